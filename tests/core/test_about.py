"""What an agreement says about itself (core.about): due dates read and worded in Dutch, the
line under the heading, the data attributes, and the checks of type, owners and due."""

from __future__ import annotations

import datetime

import pytest

from prestatie_build.core import (
    AboutValues,
    AgreementType,
    Article,
    Document,
    Party,
    Period,
    SourceLocation,
    about_line,
    check_about,
    data_attributes,
    dutch_due,
    field_changes,
    parse_due,
)

HERE = SourceLocation("agreements/uitvoering/afspraak-21.md", 1)
DOCUMENT = Document(
    title="Prestatieafspraken Heuvelstad",
    period=Period(2023, 2025),
    parties=(
        Party("gemeente", "Gemeente Heuvelstad", HERE),
        Party("heuvelwonen", "Heuvelwonen", HERE),
        Party("seyster", "Seyster Veste", HERE),
    ),
    chapters=(),
    location=HERE,
    types=(
        AgreementType("resultaat", "Resultaatafspraak", HERE),
        AgreementType("proces", "Procesafspraak", HERE),
    ),
)


def article(**fields: object) -> Article:
    return Article("uitvoering", "21", None, "", (), HERE, **fields)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("written", "dutch", "last_day"),
    [
        ("2025", "2025", datetime.date(2025, 12, 31)),
        ("2025-Q1", "1e kwartaal 2025", datetime.date(2025, 3, 31)),
        ("2025-Q2", "2e kwartaal 2025", datetime.date(2025, 6, 30)),
        ("2025-Q4", "4e kwartaal 2025", datetime.date(2025, 12, 31)),
        ("2025-06-30", "30 juni 2025", datetime.date(2025, 6, 30)),
        ("2024-02-29", "29 februari 2024", datetime.date(2024, 2, 29)),
    ],
)
def test_a_due_is_a_year_a_quarter_or_a_date(
    written: str, dutch: str, last_day: datetime.date
) -> None:
    due = parse_due(written)
    assert due is not None and due.last_day == last_day
    assert dutch_due(written) == dutch


@pytest.mark.parametrize(
    "written", ["2025-Q5", "2025-q2", "Q2 2025", "2025-02-30", "2025-13-01", "25", "2025-6-30", ""]
)
def test_anything_else_is_no_due(written: str) -> None:
    assert parse_due(written) is None


def test_the_line_names_the_type_the_parties_and_the_quarter() -> None:
    shown = article(
        type="resultaat", owners=("gemeente", "heuvelwonen"), due="2025-Q2", tags=("nieuwbouw",)
    )
    assert about_line(shown, DOCUMENT) == (
        "Resultaatafspraak · Wie: Gemeente Heuvelstad, Heuvelwonen · Wanneer: 2e kwartaal 2025"
        " · Trefwoorden: nieuwbouw"
    )


def test_only_what_is_given_is_shown_and_nothing_when_nothing_is() -> None:
    assert about_line(article(due="2025-06-30"), DOCUMENT) == "Wanneer: 30 juni 2025"
    assert about_line(article(owners=("seyster", "gemeente")), DOCUMENT) == (
        "Wie: Seyster Veste, Gemeente Heuvelstad"
    )
    assert about_line(article(), DOCUMENT) == ""
    assert data_attributes(article()) == ()


def test_the_data_attributes_hold_the_ids_for_the_site_filters() -> None:
    shown = article(type="proces", owners=("gemeente", "heuvelwonen"), tags=("a", "b-c"))
    assert data_attributes(shown) == (
        ("data-type", "proces"),
        ("data-owners", "gemeente heuvelwonen"),
        ("data-tags", "a b-c"),
    )


def test_a_set_shows_each_changed_field_as_was_and_wordt() -> None:
    before = article(owners=("heuvelwonen",), due="2024-06-30", type="proces")
    after = article(owners=("heuvelwonen", "seyster"), due="2025-Q4", type="proces")
    lines = [change.line for change in field_changes(before, after, DOCUMENT)]
    assert lines == [
        "Wie: Heuvelwonen → Heuvelwonen, Seyster Veste",
        "Wanneer: 30 juni 2024 → 4e kwartaal 2025",
    ]
    cleared = field_changes(article(tags=("x",)), article(), DOCUMENT)
    assert [change.line for change in cleared] == ["Trefwoorden: x → \u2013"]


def values(**fields: object) -> AboutValues:
    where = {
        "type": HERE.at(3, 7),
        "owners": HERE.at(4, 9),
        "owners/1": HERE.at(4, 20),
        "due": HERE.at(5, 6),
    }
    given: dict[str, object] = {"type": None, "owners": None, "due": None} | fields
    return AboutValues(where=where, fallback=HERE, **given)  # type: ignore[arg-type]


def test_known_values_pass() -> None:
    good = values(type="resultaat", owners=("gemeente", "seyster"), due="2025-Q3")
    assert check_about(good, DOCUMENT) == []


def test_an_unknown_type_is_an_error_at_its_line_with_the_nearest_id() -> None:
    [problem] = check_about(values(type="resultaten"), DOCUMENT)
    assert (problem.code, problem.location.line, problem.location.col) == ("P171", 3, 7)
    assert "'resultaat'" in str(problem.hint)
    [by_name] = check_about(values(type="Procesafspraak"), DOCUMENT)
    assert "'proces'" in str(by_name.hint)


def test_a_type_without_types_in_the_document_says_where_they_go() -> None:
    bare = Document("T", Period(2023, 2025), DOCUMENT.parties, (), HERE)
    [problem] = check_about(values(type="resultaat"), bare)
    assert problem.code == "P171" and "types:" in str(problem.hint)


def test_an_unknown_owner_is_an_error_at_its_own_item() -> None:
    [problem] = check_about(values(owners=("gemeente", "heuvelwoonen")), DOCUMENT)
    assert (problem.code, problem.location.line, problem.location.col) == ("P172", 4, 20)
    assert "'heuvelwonen'" in str(problem.hint)
    [far] = check_about(values(owners=("zzz",)), DOCUMENT)
    assert "gemeente, heuvelwonen, seyster" in str(far.hint)


def test_a_due_the_calendar_lacks_is_an_error_at_its_line() -> None:
    [problem] = check_about(values(due="2025-02-30"), DOCUMENT)
    assert (problem.code, problem.location.line) == ("P173", 5)
    assert "2025-02-30" in str(problem.message)


def test_every_problem_is_reported_at_once() -> None:
    problems = check_about(values(type="x", owners=("y", "z"), due="2025-04-31"), DOCUMENT)
    assert [p.code for p in problems] == ["P171", "P172", "P172", "P173"]
