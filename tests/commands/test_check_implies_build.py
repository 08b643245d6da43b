"""The contract's guarantee as a property: for every project that passes ``prestatie check``,
every output of every year builds (contract Part 2, "Guarantees").

Hypothesis writes small projects whose texts hold what broke builds after a clean check: links
to anchors a year's document lacks (or has in another year only, or has as a vervallen
agreement), YAML escapes that make characters the fonts cannot print (``\\a``, ``\\e``, ``\\L``,
``\\N``, ``\\uFFFE``), entity references that do (``&#0;``, ``&#xE000;``), tokens longer than a
line, and the Markdown around them. Each project is checked; when check finds no error, every
output of every year of its period is built, PDFs included, and must build.

The projects are tiny (one or two years, a few short agreements), so that a PDF takes a
fraction of a second: the suite runs :data:`SUITE_EXAMPLES` examples (slow tier), ``make
fuzz`` (``tests/fuzz.py``) sets ``PRESTATIE_BUILD_FUZZ_EXAMPLES`` for many more and counts them
in :data:`EXAMPLES`.
"""

from __future__ import annotations

import datetime
import os
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from prestatie_build.commands import BuildRequest, build_year, check_project
from test_fuzz import WORDS, fragment_of

SUITE_EXAMPLES = 200
EXAMPLES: Counter[str] = Counter()
"""Examples run (read by tests/fuzz.py)."""
BUILT: Counter[str] = Counter()
"""Of those, the projects that passed check and were built."""
TODAY = datetime.date(2023, 6, 1)

_F = TypeVar("_F", bound=Callable[..., None])


def build_fuzz_settings() -> Callable[[_F], _F]:
    """The suite's fixed examples, or ``PRESTATIE_BUILD_FUZZ_EXAMPLES`` new ones."""
    wanted = os.environ.get("PRESTATIE_BUILD_FUZZ_EXAMPLES")
    common: dict[str, Any] = {
        "deadline": None,
        "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
    }
    if wanted:
        return settings(max_examples=int(wanted), **common)
    return settings(max_examples=SUITE_EXAMPLES, derandomize=True, database=None, **common)


# --- what the texts are made of ----------------------------------------------------------------

LINKS = (
    "[afspraak 5](#afspraak-5)",
    "[afspraak 2](#afspraak-2)",
    "[afspraak 12a](#afspraak-12a)",
    "[afspraak 14](#afspraak-14)",
    "[de tijdlijn](#tijdlijn)",
    "[het hoofdstuk](#hoofdstuk-wonen)",
    "[de doelen](#doelen-wonen)",
    "[de doelen van zorg](#doelen-zorg)",
    "[versies](#document-versies)",
    "[documenten](#documenten)",
    "[hoofdletter](#Afspraak-5)",
    "[gecodeerd](#afspraak%2D5)",
    "[leeg](#)",
    "[ref][r]\n\n[r]: #afspraak-5",
    "[ref][s]\n[s]: #afspraak-99",
    "![kaart met [link](#afspraak-99)](kaart.png)",
    "`[code](#afspraak-99)`",
    "<#afspraak-5>",
)
CHARACTERS = (
    "\x07",  # YAML \a
    "\x1b",  # YAML \e
    "\x00",  # YAML \0
    "\u2028",  # YAML \L
    "\u2029",  # YAML \P
    "\x85",  # YAML \N
    "\ufffe",
    "\ue000",
    "\uf8ff",  # private use, yet Lato has it
    "\U0001f3e0",
    "\u200d",
    "\u0301",
    "\u00ad",
    "\u2010",
    "\u2713",
    "\t",
    "é€≥",
    "&#0;",
    "&#xE000;",
    "&#x2028;",
    "&hearts;",
    "&amp;",
    "&#xe9;",
)
LONG = ("Woningbouw" * 14, "https://example.org/" + "x" * 120)
SEPARATORS = (" ", " ", " ", "\n", "\n\n", "\n\n- ", "\n\n1. ", "\n\n> ", "\n\n# ")

SPICES = (*LINKS, *CHARACTERS, *LONG)


def texts_with(spice: tuple[str, ...]) -> st.SearchStrategy[str]:
    """Markdown of words, with the project's few hostile pieces among them now and then.

    Each project draws its own few pieces (:data:`SPICES`): a project with only harmless ones
    passes check, and is built; one piece check refuses is enough to stop it.
    """
    piece = st.sampled_from(WORDS)
    if spice:
        piece = st.one_of(piece, piece, st.sampled_from(spice))
    pairs = st.lists(st.tuples(piece, st.sampled_from(SEPARATORS)), min_size=1, max_size=8)
    return pairs.map(lambda ps: "".join(p + s for p, s in ps).strip() or "Tekst")


def plain_from(text: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """A title or name: a fixed word, or the start of a text."""
    return st.one_of(st.sampled_from(("Wonen", "Zorg", "Jaarplan")), text.map(lambda t: t[:60]))


CHAPTERS = ("wonen", "zorg")
KEYS = ("2", "5", "12a", "tijdlijn")
NEW_KEYS = ("7", "12b", "14", "slot")


def _dump(data: Any) -> str:
    # PyYAML writes what it cannot print as an escape: "\u2028" becomes \L, "\x07" \a, ...
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000)


@st.composite
def project(draw: st.DrawFn) -> dict[str, str]:
    """A small project: its files by path."""
    spice = tuple(draw(st.lists(st.sampled_from(SPICES), max_size=3)))
    text, plain = texts_with(spice), plain_from(texts_with(spice))
    end = draw(st.sampled_from((2023, 2024)))
    chapters = draw(st.lists(st.sampled_from(CHAPTERS), min_size=1, unique=True))
    document = {
        "title": draw(plain),
        "period": {"start": 2023, "end": end},
        "place": draw(plain),
        "parties": [{"id": "gemeente", "name": draw(plain)}],
        "chapters": [
            {"id": c, "title": draw(plain), "goals": draw(st.lists(text, max_size=1))}
            for c in chapters
        ],
        "documents": draw(st.lists(text, max_size=1)),
    }
    files = {"agreements/document.yaml": _dump(document)}
    texts: dict[str, list[str]] = {}
    for key in draw(st.lists(st.sampled_from(KEYS), min_size=1, max_size=3, unique=True)):
        front = {"number": key} if key[0].isdigit() else {"id": key, "title": draw(plain)}
        body = draw(text)
        chapter = draw(st.sampled_from(chapters))
        files[f"agreements/{chapter}/{key}.md"] = f"---\n{_dump(front)}---\n{body}\n"
        texts[key] = [body]
    for year in draw(st.lists(st.sampled_from(range(2023, end + 1)), max_size=2, unique=True)):
        files[f"amendments/{year}/jaarplan.yaml"] = _dump(
            _jaarplan(draw, year, texts, chapters, text)
        )
    return files


def _jaarplan(
    draw: st.DrawFn,
    year: int,
    texts: dict[str, list[str]],
    chapters: list[str],
    text: st.SearchStrategy[str],
) -> dict[str, Any]:
    plain = plain_from(text)
    data: dict[str, Any] = {
        "year": year,
        "title": draw(plain),
        "status": draw(st.sampled_from(("adopted", "draft"))),
    }
    if data["status"] == "adopted":
        data["adopted"] = {"date": f"{year - 1}-12-07", "place": draw(plain)}
    if draw(st.booleans()):
        data["introduction"] = draw(text)
    count = draw(st.integers(0, 3))
    data["changes"] = [_change(draw, texts, chapters, text) for _ in range(count)]
    return data


def _change(
    draw: st.DrawFn,
    texts: dict[str, list[str]],
    chapters: list[str],
    text: st.SearchStrategy[str],
) -> dict[str, Any]:
    plain = plain_from(text)
    op = draw(st.sampled_from(("add", "append", "replace", "delete")))
    targets = [*texts, *(f"{c}/goals" for c in chapters), "documents"]
    change: dict[str, Any] = {"op": op}
    if op == "add":
        key = draw(st.sampled_from(NEW_KEYS))
        change["chapter"] = draw(st.sampled_from(chapters))
        if key[0].isdigit():
            change["number"] = key
        else:
            change |= {"id": key, "title": draw(plain)}
        change["text"] = draw(text)
    else:
        change["target"] = draw(st.sampled_from(targets))
    own = texts.get(change.get("target", ""), [])
    if op == "append":
        change["text"] = draw(text)
    elif op == "replace" and own and draw(st.booleans()):
        change |= {"old": draw(fragment_of(own)), "new": draw(st.one_of(st.just(""), text))}
    elif op == "replace":
        change["text"] = draw(text)
    elif op == "delete" and draw(st.booleans()):
        change["text"] = draw(fragment_of(own)) if own else draw(text)
    for extra in draw(st.sets(st.sampled_from(("label", "reason")), max_size=2)):
        change[extra] = draw(plain)
    return change


# --- the property ------------------------------------------------------------------------------


def _write(root: Path, files: dict[str, str]) -> None:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")


@pytest.mark.pdf
@given(files=project())
@build_fuzz_settings()
def test_every_output_of_every_year_builds_when_check_passes(files: dict[str, str]) -> None:
    EXAMPLES["check_implies_build"] += 1
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "project"
        _write(root, files)
        result = check_project(root, today=TODAY)
        if result.errors:
            return
        BUILT["check_implies_build"] += 1
        for year in result.years:
            request = BuildRequest(root, year, out_dir=Path(folder) / "out" / str(year))
            built = build_year(request)  # any exception here is the defect
            assert built.written, year
