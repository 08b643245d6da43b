"""What an agreement says about itself (source-format Part 2): ``type``, ``owners``, ``due``,
``tags`` in the front matter and in ``add``, changed by ``set``, shown in every output.

The project is ``tests/data/part2``: its chapter ``uitvoering`` holds agreements with these
fields, and ``amendments/2025/wie-wanneer.yaml`` changes them with ``set`` and adds one.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from outputs.test_output_schemas import problems
from prestatie_build.cli import cli
from prestatie_build.core import (
    Article,
    Jaarplan,
    Side,
    build_renvooi,
    build_report,
    consolidate,
    review_sides,
    show_target,
)
from prestatie_build.render import (
    render_document_html,
    render_document_pdf,
    render_jaarplan_html,
    render_report_html,
    render_report_json,
    render_report_markdown,
    render_show_text,
)
from prestatie_build.sources import load_project

PART2 = Path(__file__).parent / "data" / "part2"
LINE_21 = (
    "Resultaatafspraak · Wie: Gemeente Heuvelstad, Heuvelwonen · Wanneer: 2e kwartaal 2025"
    " · Trefwoorden: nieuwbouw, sociale-huur"
)


def _article(year: int, number: str) -> Article:
    document = consolidate(load_project(PART2), year).document
    return next(a for a in document.articles() if a.number == number)


def _copy(tmp_path: Path) -> Path:
    return Path(shutil.copytree(PART2, tmp_path / "part2"))


def _check(root: Path) -> Result:
    return CliRunner().invoke(cli, ["--root", str(root), "check", "--today", "2024-06-01"])


def _edit(root: Path, relative: str, old: str, new: str) -> None:
    path = root / relative
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {relative}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# --- the sources -------------------------------------------------------------------------------


def test_the_front_matter_fields_are_read_as_written() -> None:
    agreement = _article(2024, "21")
    assert (agreement.type, agreement.owners, agreement.due, agreement.tags) == (
        "resultaat",
        ("gemeente", "heuvelwonen"),
        "2025-Q2",
        ("nieuwbouw", "sociale-huur"),
    )
    types = load_project(PART2).document.types
    assert [(kind.id, kind.name) for kind in types][:2] == [
        ("resultaat", "Resultaatafspraak"),
        ("proces", "Procesafspraak"),
    ]


def test_set_changes_the_fields_from_its_year_and_history_records_it() -> None:
    before, after = _article(2024, "22"), _article(2025, "22")
    assert (before.owners, before.due) == (("heuvelwonen",), "2024-06-30")
    assert (after.owners, after.due, after.type) == (
        ("heuvelwonen", "seyster"),
        "2025-Q4",
        "proces",
    )
    assert after.blocks == before.blocks
    assert after.history[-1].provenance.label == "Wijziging 2025"
    assert after.history[-1].provenance.op == "set"
    assert after.history[-1].reason == "Seyster Veste heeft ook bezit in de Zuidwijk"
    retitled = _article(2025, "21")
    assert retitled.title == "Nieuwbouw sociale huur Dorpsstraat en Kerkplein"
    assert retitled.tags == ("nieuwbouw", "sociale-huur", "kerkplein")
    assert retitled.owners == ("gemeente", "heuvelwonen")  # not named by the set: kept


def test_add_takes_the_fields_beside_its_text() -> None:
    added = _article(2025, "23")
    assert (added.type, added.owners, added.due, added.tags) == (
        "resultaat",
        ("seyster",),
        "2025-09-30",
        ("verduurzaming",),
    )


def test_the_project_checks_clean(tmp_path: Path) -> None:
    result = _check(_copy(tmp_path))
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize(
    ("relative", "old", "new", "where", "words"),
    [
        (
            "agreements/uitvoering/afspraak-21.md",
            "type: resultaat",
            "type: resultaten",
            "afspraak-21.md:4:7",
            ["P171", "onbekende soort afspraak 'resultaten'", "bedoelt u 'resultaat'?"],
        ),
        (
            "agreements/uitvoering/afspraak-21.md",
            "owners: [gemeente, heuvelwonen]",
            "owners: [gemeente, heuvelwoonen]",
            "afspraak-21.md:5:20",
            ["P172", "onbekende partij 'heuvelwoonen' in `owners`", "bedoelt u 'heuvelwonen'?"],
        ),
        (
            "agreements/uitvoering/afspraak-22.md",
            "due: 2024-06-30",
            "due: 2024-06-31",
            "afspraak-22.md:5:6",
            ["P173", "`due` is geen datum die bestaat: '2024-06-31'"],
        ),
        (
            "agreements/uitvoering/afspraak-22.md",
            "due: 2024-06-30",
            "due: 2024-q2",
            "afspraak-22.md:5:6",
            ["P113", "een jaar (2025), een kwartaal (2025-Q2) of een datum (2025-06-30)"],
        ),
        (
            "amendments/2025/wie-wanneer.yaml",
            "owners: [heuvelwonen, seyster]",
            "owners: [heuvelwonen, seyster-veste]",
            "wie-wanneer.yaml:4:27",
            ["P172", "onbekende partij 'seyster-veste'", "bedoelt u 'seyster'?"],
        ),
        (
            "amendments/2025/wie-wanneer.yaml",
            "    type: resultaat\n    owners: [seyster]",
            "    type: Inspanningsafspraak\n    owners: [seyster]",
            "wie-wanneer.yaml:14:11",
            ["P171", "'Inspanningsafspraak'", "bedoelt u 'inspanning'?"],
        ),
        (
            "amendments/2025/wie-wanneer.yaml",
            "    target: 22\n",
            "    target: uitvoering/goals\n",
            "wie-wanneer.yaml:3:5",
            ["P174", "`set` wijzigt een afspraak of een onderdeel, niet de lijst"],
        ),
        (
            "amendments/2025/wie-wanneer.yaml",
            "    title: Nieuwbouw sociale huur Dorpsstraat en Kerkplein\n"
            "    tags: [nieuwbouw, sociale-huur, kerkplein]\n",
            "",
            "wie-wanneer.yaml:7:5",
            ["'op: set' heeft ten minste een van `title`, `type`, `owners`, `due` of `tags`"],
        ),
    ],
)
def test_a_wrong_value_is_an_error_at_its_line(
    tmp_path: Path, relative: str, old: str, new: str, where: str, words: list[str]
) -> None:
    root = _copy(tmp_path)
    _edit(root, relative, old, new)
    result = _check(root)
    assert result.exit_code == 1, result.output
    line = next((line for line in result.output.splitlines() if where in line), None)
    assert line is not None, result.output
    hint = result.output.split(line, 1)[1].split("\n")[1]
    for word in words:
        assert word in line + hint, result.output
    assert "Traceback" not in result.output


def test_the_uitvoering_goals_target_exists_so_p174_is_about_set(tmp_path: Path) -> None:
    # The P174 case above must not pass for another reason: a list the chapter lacks.
    root = _copy(tmp_path)
    _edit(
        root,
        "amendments/2025/wie-wanneer.yaml",
        "    target: 22\n",
        "    target: documents\n",
    )
    assert "P174" in _check(root).output


# --- the outputs -------------------------------------------------------------------------------


def test_the_document_shows_the_line_and_the_data_attributes() -> None:
    html = render_document_html(consolidate(load_project(PART2), 2024))
    article = html.split('id="afspraak-21"')[1].split("</article>")[0]
    assert f'<p class="about">{LINE_21}</p>' in article
    assert re.search(
        r'<article class="article agreement" id="afspraak-21" data-type="resultaat"'
        r' data-owners="gemeente heuvelwonen" data-due="2025-Q2"'
        r' data-tags="nieuwbouw sociale-huur" tabindex="-1">',
        html,
    )
    # An agreement that says none of it shows no line and no attribute.
    plain = re.search(r'<article [^>]*id="afspraak-3"[^>]*>', html)
    assert plain is not None and "data-" not in plain.group()
    assert '<p class="about">' not in html.split('id="afspraak-3"')[1].split("</article>")[0]
    assert ".about {" in html  # its style comes with it


def test_the_document_of_the_year_shows_the_set_and_its_label() -> None:
    html = render_document_html(consolidate(load_project(PART2), 2025))
    article = html.split('id="afspraak-22"')[1].split("</article>")[0]
    assert (
        '<p class="about">Procesafspraak · Wie: Heuvelwonen, Seyster Veste'
        " · Wanneer: 4e kwartaal 2025</p>"
    ) in article
    assert '<span class="label">Wijziging 2025</span>' in article.split('<p class="about">')[1]
    assert "Seyster Veste heeft ook bezit in de Zuidwijk" in article  # the history


def test_a_later_set_leaves_the_earlier_years_outputs_as_they_were(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    shutil.rmtree(root / "amendments" / "2025")
    without = load_project(root)
    with_set = load_project(PART2)
    for year in (2023, 2024):
        assert render_document_html(consolidate(without, year)) == render_document_html(
            consolidate(with_set, year)
        )


def test_the_report_shows_the_set_field_by_field() -> None:
    report = build_report(consolidate(load_project(PART2), 2025), 2025, 2025)
    markdown = render_report_markdown(report)
    assert "- **Gewijzigd:** Wie: Heuvelwonen → Heuvelwonen, Seyster Veste" in markdown
    assert "- **Gewijzigd:** Wanneer: 30 juni 2024 → 4e kwartaal 2025" in markdown
    assert "| Gegevens gewijzigd | 2 |" in markdown
    html = render_report_html(report)
    assert "<dt>Gewijzigd</dt><dd>Wie: Heuvelwonen → Heuvelwonen, Seyster Veste</dd>" in html
    # The was/wordt marks the words of the line that changed.
    assert "<ins>4e kwartaal 2025</ins>" in html
    data = json.loads(render_report_json(report))
    assert problems("report.schema.json", data) == []
    assert data["totals"]["set"] == 2
    sets = [change for change in data["changes"] if change["op"] == "set"]
    first = sets[0]
    assert {"field": "Wie", "was": "Heuvelwonen", "wordt": "Heuvelwonen, Seyster Veste"} in (
        first["fields"]
    )
    [added] = [change for change in data["changes"] if change["op"] == "add"]
    assert "fields" not in added
    assert added["wordt"].startswith("Resultaatafspraak · Wie: Seyster Veste")


def test_a_report_without_set_keeps_its_four_totals() -> None:
    report = build_report(consolidate(load_project(PART2), 2024), 2024, 2024)
    assert [op for op, _ in report.totals] == ["add", "append", "replace", "delete"]
    assert "Gegevens gewijzigd" not in render_report_markdown(report)


def test_the_jaarplan_shows_the_new_agreements_line_and_the_set() -> None:
    renvooi = build_renvooi(load_project(PART2), 2025)
    assert renvooi is not None
    html = render_jaarplan_html(renvooi)
    added = html.split('id="wijziging-afspraak-23"')[1]
    assert (
        '<p class="about">Resultaatafspraak · Wie: Seyster Veste · Wanneer: 30 september 2025'
        " · Trefwoorden: verduurzaming</p>"
    ) in added
    changed = html.split('id="wijziging-afspraak-22"')[1].split('class="target"')[0]
    assert "<li>Wie: Heuvelwonen → Heuvelwonen, Seyster Veste</li>" in changed
    assert "<li>Wanneer: 30 juni 2024 → 4e kwartaal 2025</li>" in changed


def test_show_prints_the_line_under_the_heading() -> None:
    shown = show_target(consolidate(load_project(PART2), 2024), "21")
    lines = render_show_text(shown).splitlines()
    assert lines[1] == LINE_21


def test_the_review_shows_a_set() -> None:
    head = load_project(PART2)
    # The same sources without the two set changes of 2025.
    base = replace(
        head,
        jaarplannen=tuple(
            replace(j, changes=tuple(c for c in j.changes if c.op != "set")) if _sets(j) else j
            for j in head.jaarplannen
        ),
    )
    review = review_sides(Side("base", "", base), Side("head", "", head), [2024, 2025])
    [year_2024, year_2025] = review.years
    assert year_2024.is_unchanged
    texts = {entry.target.key: (entry.before, entry.after) for entry in year_2025.entries}
    assert "Wie: Heuvelwonen · " in texts["22"][0]
    assert "Wie: Heuvelwonen, Seyster Veste" in texts["22"][1]
    assert "Kerkplein" in texts["21"][1]


def _sets(jaarplan: Jaarplan) -> bool:
    """The Jaarplan of 2025, whose second file holds the set changes."""
    return jaarplan.year == 2025 and any(change.op == "set" for change in jaarplan.changes)


@pytest.mark.pdf
def test_the_pdf_prints_the_line_under_the_heading(tmp_path: Path) -> None:
    pdf = tmp_path / "document.pdf"
    pdf.write_bytes(render_document_pdf(consolidate(load_project(PART2), 2025)))
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    flat = " ".join(text.split())
    assert "Procesafspraak · Wie: Heuvelwonen, Seyster Veste · Wanneer: 4e kwartaal 2025" in flat


def test_a_set_that_changes_nothing_is_a_warning(tmp_path: Path) -> None:
    root = _copy(tmp_path)
    _edit(
        root,
        "amendments/2025/wie-wanneer.yaml",
        "    owners: [heuvelwonen, seyster]\n    due: 2025-Q4\n",
        "    owners: [heuvelwonen]\n",
    )
    result = _check(root)
    assert result.exit_code == 0, result.output
    assert (
        "wie-wanneer.yaml:2:5: warning: deze `set` verandert niets: 22 zegt dit al [W350"
        in result.output
    ), result.output
    assert "W350" not in _check(_copy(tmp_path / "clean")).output
