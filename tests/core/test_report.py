"""The change report of a period: one entry per applied change of its years, in applying order."""

from __future__ import annotations

import dataclasses
import datetime
import subprocess
import sys

import pytest

from prestatie_build.core import ChangeReport, JaarplanSummary, build_report
from render.report_fixtures import (
    AFSPRAAK_5_2023,
    AFSPRAAK_5_2024,
    TITLE,
    changes_2024,
    sample_consolidation,
)


@pytest.fixture
def report_2024() -> ChangeReport:
    return build_report(sample_consolidation(), 2024, 2024)


def test_holds_the_changes_of_its_year_in_applying_order(report_2024: ChangeReport) -> None:
    assert [(entry.year, entry.source) for entry in report_2024.entries] == [
        (2024, f"amendments/2024/jaarplan.yaml:{line}:5") for line in (8, 20, 25, 30, 40, 45, 50)
    ]
    assert report_2024.title == TITLE
    assert (report_2024.first_year, report_2024.last_year, report_2024.document_year) == (
        2024,
        2024,
        2024,
    )


def test_applying_order_is_kept_across_the_files_of_a_jaarplan() -> None:
    # jaarplan.yaml comes before the Jaarplan's other files, whatever their line numbers.
    report = build_report(sample_consolidation(concept=True), 2025, 2025)
    assert [entry.source for entry in report.entries] == [
        "amendments/2025/jaarplan.yaml:6:5",
        "amendments/2025/zorg.yaml:3:5",
    ]


def test_an_entry_carries_everything_a_reader_needs(report_2024: ChangeReport) -> None:
    entry = report_2024.entries[3]
    assert (entry.op, entry.label, entry.reason) == (
        "append",
        "Aanvulling 2024",
        "de wachttijd is gemeten",
    )
    target = entry.target
    assert (target.chapter, target.chapter_title) == ("betaalbaarheid", "Betaalbaarheid")
    assert (target.kind, target.key, target.title, target.anchor) == (
        "agreement",
        "5",
        "Afspraak 5",
        "afspraak-5",
    )
    assert (entry.before, entry.after) == (AFSPRAAK_5_2023, AFSPRAAK_5_2024)
    assert entry.source == str(changes_2024()[3].change.location)


def test_the_redline_is_computed_from_the_two_texts(report_2024: ChangeReport) -> None:
    for entry in report_2024.entries:
        assert (entry.redline.before, entry.redline.after) == (entry.before, entry.after)
    appended = report_2024.entries[3].redline
    assert appended.counts.deleted == 0
    assert appended.counts.inserted == 10  # "De wachttijd mag niet oplopen: **3 jaar** ..."


def test_text_change_says_how_to_show_an_entry(report_2024: ChangeReport) -> None:
    assert [entry.text_change for entry in report_2024.entries] == [
        "rewritten",  # replace tijdlijn: more words replaced than kept
        "changed",  # append a goal
        "new",  # add 2
        "changed",  # append to 5
        "removed",  # delete 7
        "changed",  # append a document
        "unchanged",  # replace 2 with the same words on other lines
    ]


def test_totals_name_all_four_ops_in_order(report_2024: ChangeReport) -> None:
    assert report_2024.totals == (("add", 1), ("append", 3), ("replace", 2), ("delete", 1))
    assert report_2024.labelled_totals() == (
        ("Toegevoegd", 1),
        ("Aangevuld", 3),
        ("Gewijzigd", 2),
        ("Verwijderd", 1),
    )
    assert report_2024.total_count == 7
    assert report_2024.summary == "7 wijzigingen in 2024."


def test_totals_keep_ops_without_changes() -> None:
    report = build_report(sample_consolidation(year=2023), 2023, 2023)
    assert report.totals == (("add", 0), ("append", 0), ("replace", 1), ("delete", 0))
    assert report.summary == "1 wijziging in 2023."


def test_a_year_without_changes_gives_an_empty_report_that_says_so() -> None:
    consolidation = dataclasses.replace(sample_consolidation(), year=2025)
    report = build_report(consolidation, 2025, 2025)
    assert report.is_empty
    assert report.entries == ()
    assert report.jaarplannen == ()
    assert report.totals == (("add", 0), ("append", 0), ("replace", 0), ("delete", 0))
    assert report.summary == "Geen wijzigingen in 2025."
    assert report.heading == "Wijzigingen 2025"


def test_a_period_of_several_years() -> None:
    report = build_report(sample_consolidation(), 2023, 2024)
    assert [entry.year for entry in report.entries] == [2023] + [2024] * 7
    assert report.heading == "Wijzigingen 2023\u20132024"
    assert report.summary == "8 wijzigingen in 2023\u20132024."
    assert [j.year for j in report.jaarplannen] == [2023, 2024]


def test_jaarplannen_of_the_period_with_their_adoption(report_2024: ChangeReport) -> None:
    assert report_2024.jaarplannen == (
        JaarplanSummary(
            2024, "Jaarplan 2024", "adopted", datetime.date(2023, 12, 7), "Voorbeeldstad"
        ),
    )
    assert report_2024.jaarplannen[0].description == (
        "Jaarplan 2024, vastgesteld op 7 december 2023 te Voorbeeldstad"
    )


def test_a_draft_jaarplan_makes_the_report_concept() -> None:
    report = build_report(sample_consolidation(concept=True), 2025, 2025)
    assert report.is_concept
    (draft,) = report.jaarplannen
    assert draft.is_draft
    assert draft.description == "Jaarplan 2025, concept"
    assert not build_report(sample_consolidation(), 2024, 2024).is_concept


def test_an_earlier_year_of_a_concept_build_is_concept_too() -> None:
    # Every output of a build that applies a draft says CONCEPT (the contract).
    report = build_report(sample_consolidation(concept=True), 2024, 2024)
    assert report.is_concept
    assert report.document_year == 2025


@pytest.mark.parametrize(("first", "last"), [(2025, 2024), (2024, 2025)])
def test_impossible_periods_are_refused(first: int, last: int) -> None:
    with pytest.raises(ValueError, match="year"):
        build_report(sample_consolidation(), first, last)


def test_the_report_is_frozen(report_2024: ChangeReport) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        report_2024.title = "x"  # type: ignore[misc]
    assert isinstance(report_2024.entries, tuple)


def test_the_core_needs_no_template_or_cli_library() -> None:
    code = (
        "import sys, prestatie_build.core.worddiff, prestatie_build.core.report; "
        "print(sorted({'click', 'jinja2', 'weasyprint', 'markupsafe'} & set(sys.modules)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"
