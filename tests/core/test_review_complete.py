"""The review shows every change that alters an output (contract Part 2, "Guarantees").

A property test: hypothesis picks any value of any source file of a small project (a YAML
scalar, a front-matter field, a paragraph of an agreement) and edits it. When the edited
sources still consolidate, every output of every year is rendered for both sides; for each year
in which any output's bytes differ, the review must show at least one entry for that year.

The outputs compared are the screen and print HTML of the document and of the Jaarplan (a PDF
is its print HTML set by WeasyPrint, plus the sources it carries) and the change report in its
three formats; rendering the PDFs themselves would make the test a hundred times slower.

``make test`` runs 200 examples (marked slow); ``make fuzz`` (tests/fuzz.py) runs 5,000
(``PRESTATIE_REVIEW_FUZZ_EXAMPLES``).
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Callable
from functools import cache
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from prestatie_build.core import (
    Side,
    SourceError,
    build_renvooi,
    build_report,
    consolidate,
    review_sides,
)
from prestatie_build.render import (
    render_document_html,
    render_jaarplan_html,
    render_report_html,
    render_report_json,
    render_report_markdown,
)
from prestatie_build.sources import load_project, read_templates
from projects import add_jaarplan, small_project

SUITE_EXAMPLES = 200
EXAMPLES: Counter[str] = Counter()
"""Examples run (read by tests/fuzz.py, which sets ``PRESTATIE_REVIEW_FUZZ_EXAMPLES``)."""

WORDS = ("Teststad", "wethouder", "2024", "Aanvulling", "nieuw", "x", "")


def base_project(root: Path) -> Path:
    """Every kind of value a source holds: parties with every field, chapters with goals, two
    Jaarplannen with signatories, an introduction, labels and reasons, a draft; types, a
    section that says its type, owners, due and tags, and a ``set`` that changes them."""
    small_project(root)
    (root / "agreements" / "document.yaml").write_text(
        "title: Prestatieafspraken 2022-2025 Teststad\n"
        "period: {start: 2022, end: 2025}\n"
        "place: Teststad\n"
        "parties:\n"
        "  - {id: gemeente, name: Gemeente Teststad, representative: De heer A. Jansen,"
        " role: wethouder, designation: de gemeente, office: wethouder wonen}\n"
        "  - {id: corporatie, name: Woonstad, representative: Mevrouw B. Bakker,"
        " role: directeur-bestuurder, mandate: Gemachtigd door het bestuur.}\n"
        "chapters:\n"
        "  - {id: wonen, title: Wonen, goals_title: 'Wat willen we bereiken?',"
        " goals: [Genoeg betaalbare woningen.]}\n"
        "documents:\n  - Woonvisie Teststad 2020\n"
        "types: {proces: Procesafspraak, resultaat: Resultaatafspraak}\n",
        encoding="utf-8",
    )
    (root / "agreements" / "wonen" / "tijdlijn.md").write_text(
        "---\nid: tijdlijn\ntitle: Tijdlijn\ntype: proces\nowners: [gemeente]\ndue: 2024-Q2\n"
        "tags: [overleg]\n---\nElk jaar een overleg.\n",
        encoding="utf-8",
    )
    (root / "amendments" / "2023" / "jaarplan.yaml").write_text(
        "year: 2023\ntitle: Jaarplan 2023\nstatus: adopted\n"
        "adopted: {date: 2022-12-08, place: Teststad}\n"
        "signatories:\n  - {party: gemeente, name: De heer A. Jansen, role: wethouder}\n"
        "introduction: Een korte inleiding.\n"
        "changes:\n"
        "  - op: append\n    target: 5\n    text: Ook voor jongeren.\n"
        "    label: Aanvulling 2023\n    reason: de wachttijd is lang\n"
        "  - op: set\n    target: tijdlijn\n    owners: [gemeente, corporatie]\n"
        "    due: 2025-06-30\n    type: resultaat\n    label: Wie en wanneer 2023\n",
        encoding="utf-8",
    )
    add_jaarplan(root, 2025)  # a draft
    return root


@cache
def base_root() -> Path:
    root = base_project(Path(tempfile.mkdtemp(prefix="prestatie-review-complete-")) / "teststad")
    normalised(root)
    return root


def outputs(root: Path) -> dict[int, dict[str, bytes]]:
    """Every output of every year (PDFs as their print HTML), or {} when a year fails."""
    project = load_project(root)
    templates = root / "templates"
    rendered: dict[int, dict[str, bytes]] = {}
    for year in range(project.document.period.start, project.document.period.end + 1):
        consolidation = consolidate(project, year)
        report = build_report(consolidation, year, year)
        files = {
            "document.html": render_document_html(consolidation, templates_dir=templates),
            "document.print.html": render_document_html(
                consolidation, templates_dir=templates, for_print=True
            ),
            "report.html": render_report_html(report, templates_dir=templates),
            "report.md": render_report_markdown(report),
            "report.json": render_report_json(report),
        }
        renvooi = build_renvooi(project, year)
        if renvooi is not None:
            files["jaarplan.html"] = render_jaarplan_html(renvooi, templates_dir=templates)
            files["jaarplan.print.html"] = render_jaarplan_html(
                renvooi, templates_dir=templates, for_print=True
            )
        rendered[year] = {name: text.encode() for name, text in files.items()}
    return rendered


@cache
def base_outputs() -> dict[int, dict[str, bytes]]:
    return outputs(base_root())


# --- the edits -------------------------------------------------------------------------------

Edit = Callable[[str], str]


def yaml_leaves(data: object, path: tuple[object, ...] = ()) -> list[tuple[object, ...]]:
    """The path of every scalar in a YAML document."""
    if isinstance(data, dict):
        return [leaf for key, value in data.items() for leaf in yaml_leaves(value, (*path, key))]
    if isinstance(data, list):
        return [leaf for i, value in enumerate(data) for leaf in yaml_leaves(value, (*path, i))]
    return [path]


def edited_value(value: object, word: str, how: int) -> object:
    """Another value of the same kind: a number or year one up, a text with a word more or
    replaced, a date a day later."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value + 1
    if hasattr(value, "toordinal"):
        import datetime

        assert isinstance(value, datetime.date)
        return value + datetime.timedelta(days=1)
    text = str(value)
    return f"{text} {word}".strip() if how == 0 else (word or "y")


def set_leaf(data: object, path: tuple[object, ...], new: object) -> None:
    *parents, last = path
    for key in parents:
        data = data[key]  # type: ignore[index]
    data[last] = new  # type: ignore[index]


def get_leaf(data: object, path: tuple[object, ...]) -> object:
    for key in path:
        data = data[key]  # type: ignore[index]
    return data


@st.composite
def edits(draw: st.DrawFn) -> tuple[str, str]:
    """(a source file, its new content): one value of it edited."""
    root = base_root()
    files = sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())
    name = draw(st.sampled_from(files))
    text = (root / name).read_text(encoding="utf-8")
    word = draw(st.sampled_from(WORDS))
    how = draw(st.integers(0, 1))
    if name.endswith(".yaml"):
        data = yaml.safe_load(text)
        path = draw(st.sampled_from(yaml_leaves(data)))
        set_leaf(data, path, edited_value(get_leaf(data, path), word, how))
        return name, yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
    front, _, body = text.removeprefix("---\n").partition("\n---\n")
    if draw(st.booleans()):
        data = yaml.safe_load(front)
        path = draw(st.sampled_from(yaml_leaves(data)))
        set_leaf(data, path, edited_value(get_leaf(data, path), word, how))
        front = yaml.safe_dump(data, allow_unicode=True, sort_keys=False).rstrip("\n")
    else:
        body = str(edited_value(body.rstrip("\n"), word, how)) + "\n"
    return name, f"---\n{front}\n---\n{body}"


def normalised(root: Path) -> None:
    """Write every YAML file as ``yaml.safe_dump`` would, so that only the edit differs."""
    for path in root.rglob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")


@pytest.mark.slow
@settings(
    max_examples=int(os.environ.get("PRESTATIE_REVIEW_FUZZ_EXAMPLES") or SUITE_EXAMPLES),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    database=None,
)
@given(edit=edits())
def test_every_edit_that_changes_an_output_shows_in_the_review(edit: tuple[str, str]) -> None:
    EXAMPLES["edits"] += 1
    with tempfile.TemporaryDirectory(prefix="prestatie-review-head-") as folder:
        head = Path(folder) / "teststad"
        shutil.copytree(base_root(), head)
        (head / edit[0]).write_text(edit[1], encoding="utf-8")
        check_the_review_shows(edit[0], head)


def check_the_review_shows(name: str, head: Path) -> None:
    """The review of ``head`` against the base shows every year whose outputs ``name``'s edit
    changes (an edit that breaks the sources is check's business, and skipped)."""
    base = base_root()
    try:
        head_outputs = outputs(head)
        head_project = load_project(head)
    except SourceError:
        assume(False)  # an edit that breaks the sources is check's business, not the review's
        return
    before = base_outputs()
    sides = [
        Side(label, "", load_project(root), read_templates(root))
        for label, root in (("basis", base), ("werkmap", head))
    ]
    # Another period is another set of years to build; the document's facts show it in each.
    assume(head_project.document.period == sides[0].project.document.period)
    years = sorted(before)
    result = review_sides(sides[0], sides[1], years)
    shown = {diff.year for diff in result.years if diff.entries}
    changed = {year for year in years if before[year] != head_outputs.get(year)}
    missing = changed - shown
    assert not missing, f"{name}: the outputs of {sorted(missing)} change, the review shows nothing"
