"""One name per target: the change report, the review, ``show`` and the document agree."""

from __future__ import annotations

from pathlib import Path

import pytest

from gitrepos import assen_repository, commit_all, edit
from prestatie_build.commands import review_revisions
from prestatie_build.core import (
    DOCUMENTS_REF,
    Article,
    Chapter,
    Provenance,
    SourceLocation,
    TargetRef,
    article_heading,
    article_ref,
    build_report,
    consolidate,
    deleted_label,
    goals_ref,
    show_target,
    toc_label,
)
from prestatie_build.sources import load_project

HERE = SourceLocation("agreements/betaalbaarheid/afspraak-5.md", 1, 0)
CHAPTER = Chapter("betaalbaarheid", "Betaalbaarheid", HERE)
DELETED_2025 = Provenance(2025, "Verwijderd 2025", "delete", HERE)


def agreement(number: str, title: str = "", deleted: Provenance | None = None) -> Article:
    return Article("betaalbaarheid", number, None, title, (), HERE, deleted=deleted)


def section(section_id: str, title: str, deleted: Provenance | None = None) -> Article:
    return Article("betaalbaarheid", None, section_id, title, (), HERE, deleted=deleted)


# article -> (its reference's title, its heading in the document, its line in the table of
# contents, what stands in its place when deleted)
ARTICLES: list[tuple[Article, str, str, str, str]] = [
    (agreement("5"), "Afspraak 5", "Afspraak 5", "Afspraak 5", ""),
    (
        agreement("12a", "Jongeren & huur"),
        "Afspraak 12a (Jongeren & huur)",
        "Afspraak 12a (Jongeren & huur)",
        "Afspraak 12a (Jongeren & huur)",
        "",
    ),
    # A deleted agreement's heading drops the title: it was part of the text that went.
    (
        agreement("7", "Oud", DELETED_2025),
        "Afspraak 7 (Oud)",
        "Afspraak 7",
        "Afspraak 7 (vervallen)",
        "[Vervallen per 2025]",
    ),
    (
        section("tijdlijn", "Jaarlijkse cyclus"),
        "Jaarlijkse cyclus",
        "Jaarlijkse cyclus",
        "Jaarlijkse cyclus",
        "",
    ),
    (
        section("overleg", "Overleg", DELETED_2025),
        "Overleg",
        "Overleg",
        "Overleg (vervallen)",
        "[Vervallen per 2025]",
    ),
]


@pytest.mark.parametrize(
    ("article", "name", "heading", "toc", "deleted"), ARTICLES, ids=[a[1] for a in ARTICLES]
)
def test_how_an_agreement_or_section_is_named(
    article: Article, name: str, heading: str, toc: str, deleted: str
) -> None:
    ref = article_ref(article, CHAPTER)
    assert ref.title == name
    assert (ref.key, ref.anchor) == (article.key, article.anchor)
    assert (ref.chapter, ref.chapter_title) == ("betaalbaarheid", "Betaalbaarheid")
    assert article_heading(article) == heading
    assert toc_label(article) == toc
    assert deleted_label(article) == deleted


# list -> (kind, key, name, chapter, chapter title, anchor)
LISTS: list[tuple[TargetRef, tuple[str, ...]]] = [
    (
        goals_ref(CHAPTER),
        (
            "list",
            "betaalbaarheid/goals",
            "Doelen Betaalbaarheid",
            "betaalbaarheid",
            "Betaalbaarheid",
            "doelen-betaalbaarheid",
        ),
    ),
    (DOCUMENTS_REF, ("list", "documents", "Overzicht documenten", "", "Bijlagen", "documenten")),
]


@pytest.mark.parametrize(("ref", "expected"), LISTS, ids=[ref.key for ref, _ in LISTS])
def test_how_a_list_is_named(ref: TargetRef, expected: tuple[str, ...]) -> None:
    assert (ref.kind, ref.key, ref.title, ref.chapter, ref.chapter_title, ref.anchor) == expected


# --- every output names a target alike --------------------------------------------------------

CHANGES_2025 = (
    "{op: append, target: 5, text: Een nieuwe alinea.}",
    "{op: delete, target: 33}",
    "{op: add, chapter: leefbaarheid, number: 34, title: Nieuw & getiteld, text: Nieuw.}",
    "{op: append, target: betaalbaarheid/goals, text: Een nieuw doel.}",
    "{op: append, target: documents, text: Nota 2025}",
    "{op: replace, target: tijdlijn, title: Cyclus, text: Een geheel andere tekst.}",
)
JAARPLAN_2025 = "year: 2025\ntitle: Jaarplan 2025\nstatus: draft\nchanges:\n" + "".join(
    f"  - {change}\n" for change in CHANGES_2025
)
TARGETS = ("5", "33", "34", "betaalbaarheid/goals", "documents", "tijdlijn")


def test_the_report_the_review_and_show_name_each_target_alike(tmp_path: Path) -> None:
    repo = assen_repository(tmp_path / "repo")
    edit(
        repo / "agreements/betaalbaarheid/afspraak-5.md", "number: 5\n", "number: 5\ntitle: Jong\n"
    )
    commit_all(repo, "agreement 5 gets a title")
    (repo / "amendments" / "2025").mkdir()
    (repo / "amendments" / "2025" / "jaarplan.yaml").write_text(JAARPLAN_2025, encoding="utf-8")
    consolidation = consolidate(load_project(repo), 2025)

    in_report = {e.target.key: e.target for e in build_report(consolidation, 2025, 2025).entries}
    compared = review_revisions(repo, "HEAD", None, 2025)  # HEAD against the working tree
    in_review = {  # the review also shows the new Jaarplan's facts: those name no target
        entry.target.key: entry.target
        for entry in compared.years[0].entries
        if entry.target.kind != "metadata"
    }
    in_show = {key: show_target(consolidation, key).target for key in TARGETS}

    assert set(in_report) == set(in_review) == set(TARGETS)
    for key in TARGETS:
        assert in_report[key] == in_review[key] == in_show[key], key
    assert in_show["5"].title == "Afspraak 5 (Jong)"
    assert in_show["34"].title == "Afspraak 34 (Nieuw & getiteld)"
    assert in_show["tijdlijn"].title == "Cyclus"
    assert show_target(consolidation, "33").deleted == "[Vervallen per 2025]"
    deleted = next(entry for entry in compared.years[0].entries if entry.target.key == "33")
    assert deleted.after == "[Vervallen per 2025]"
