"""Who signs a Jaarplan, and how (source-format Part 2, "Signing"): the parties as they stand
in the year, each with the person who signs and, when signed digitally, the date."""

from __future__ import annotations

import datetime
from dataclasses import replace
from pathlib import Path

from prestatie_build.core import build_renvooi, parties_in
from prestatie_build.sources import load_project

PART2 = Path(__file__).parent.parent / "data" / "part2"


def test_the_parties_of_a_year_are_those_of_the_document_in_that_year() -> None:
    project = load_project(PART2)
    assert [p.id for p in parties_in(project, 2025)][:3] == ["gemeente", "heuvelwonen", "seyster"]
    assert len(parties_in(project, 2025)) == 12


def test_the_jaarplan_is_signed_by_the_parties_of_its_year() -> None:
    project = load_project(PART2)
    renvooi = build_renvooi(project, 2025)
    assert renvooi is not None
    assert tuple(s.party for s in renvooi.parties) == parties_in(project, 2025)


def test_a_digital_signature_carries_its_date() -> None:
    renvooi = build_renvooi(load_project(PART2), 2025)
    assert renvooi is not None and renvooi.signed_digitally
    first = renvooi.parties[0]
    assert (first.name, first.role, first.signed) == (
        "De heer A. Jansen",
        "wethouder",
        datetime.date(2024, 12, 12),
    )


def test_ink_signing_has_no_dates_and_a_party_without_representative_no_person() -> None:
    renvooi = build_renvooi(load_project(PART2), 2024)
    assert renvooi is not None and not renvooi.signed_digitally
    assert all(signer.signed is None for signer in renvooi.parties)
    unrepresented = next(s for s in renvooi.parties if s.party.id == "hv-heuvelstad")
    assert unrepresented.name == ""


def test_the_signatory_of_the_year_signs_for_a_party_without_representative() -> None:
    project = load_project(PART2)
    renvooi = build_renvooi(project, 2025)
    assert renvooi is not None
    signer = next(s for s in renvooi.parties if s.party.id == "hv-heuvelstad")
    assert (signer.name, signer.role) == ("Mevrouw L. Hendriks", "voorzitter")
    # Without the Jaarplan's signatories the same party has no one to sign for it.
    [jaarplan] = [j for j in project.jaarplannen if j.year == 2025]
    bare = replace(
        project,
        jaarplannen=tuple(
            replace(j, signatories=()) if j is jaarplan else j for j in project.jaarplannen
        ),
    )
    renvooi = build_renvooi(bare, 2025)
    assert renvooi is not None
    signer = next(s for s in renvooi.parties if s.party.id == "hv-heuvelstad")
    assert (signer.name, signer.signed) == ("", None)
