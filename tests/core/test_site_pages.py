"""The pure parts of the site's pages to find things: the pairs of versions, an agreement's
history, the comparison of two years, the search records and the filters' choices."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from prestatie_build.core import (
    Side,
    VersionPair,
    agreement_histories,
    changed_years,
    filter_options,
    published_texts,
    review_years,
    search_records,
    version_pairs,
)
from prestatie_build.sources import load_project
from projects import copy_assen

PART2 = Path(__file__).resolve().parent.parent / "data" / "part2"


@pytest.fixture(scope="module")
def assen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return copy_assen(tmp_path_factory.mktemp("site-pages") / "assen")


def test_every_pair_of_versions_the_older_first_the_newest_comparison_first() -> None:
    pairs = version_pairs([2024, 2022, 2023])
    assert pairs == (
        VersionPair(2023, 2024),
        VersionPair(2022, 2024),
        VersionPair(2022, 2023),
    )
    assert pairs[1].file == "vergelijk/2022-2024.html"
    assert version_pairs([2022]) == ()


def test_the_history_of_agreement_13_has_both_versions_the_redline_and_the_changes(
    assen: Path,
) -> None:
    texts = published_texts(load_project(assen), [2022, 2024])
    history = next(h for h in agreement_histories(texts) if h.number == "13")
    assert history.file == "afspraken/afspraak-13.html"
    assert [version.year for version in history.versions] == [2022, 2024]
    (step,) = history.steps
    assert (step.from_year, step.to_year) == (2022, 2024)
    assert step.redline is not None
    assert step.redline.before == history.versions[0].text
    assert step.redline.after == history.versions[1].text
    assert {change.label for change in step.changes} == {"Verwijderd 2024", "Aanvulling 2024"}
    assert {change.jaarplan for change in step.changes} == {"Jaarplan 2024"}
    assert "de taskforce sociale woningbouw is opgericht" in {c.reason for c in step.changes}


def test_a_history_step_without_a_change_has_no_redline(tmp_path: Path) -> None:
    root = Path(shutil.copytree(PART2, tmp_path / "part2"))
    texts = published_texts(load_project(root), [2023, 2024, 2025])
    history = next(h for h in agreement_histories(texts) if h.number == "5.4.1")
    assert [step.redline for step in history.steps] == [None, None]
    assert [step.changes for step in history.steps] == [(), ()]


def test_two_years_compare_in_the_review_form_with_the_deletion_in_agreement_7(
    assen: Path,
) -> None:
    review = review_years(Side("werkmap", "", load_project(assen)), 2022, 2024)
    assert (review.base, review.head) == ("2022", "2024")
    (year,) = review.years
    entry = next(e for e in year.entries if e.target.key == "7")
    deleted = [op.text for op in entry.redline.ops if op.kind == "delete"]
    assert any("verhuurdersheffing" in text for text in deleted)
    assert not [op for op in entry.redline.ops if op.kind == "insert"]


def test_search_records_lead_to_each_agreement_in_each_version(assen: Path) -> None:
    texts = published_texts(load_project(assen), [2022, 2024])
    records = search_records(texts.documents, "index.html")
    found = [r.url for r in records if "woonwagen" in r.text.lower()]
    assert found == ["2022/index.html#afspraak-17", "2024/index.html#afspraak-17"]
    assert all("\ue000" not in r.text and "\ue002" not in r.text for r in records)


def test_the_filters_offer_only_what_the_agreements_say(tmp_path: Path) -> None:
    root = Path(shutil.copytree(PART2, tmp_path / "part2"))
    project = load_project(root)
    texts = published_texts(project, [2023, 2024, 2025])
    changed = changed_years(texts.applied, 2025)
    options = filter_options(texts.documents[2025], changed)
    assert [(c.value, c.label) for c in options.owners] == [
        ("gemeente", "Gemeente Heuvelstad"),
        ("heuvelwonen", "Heuvelwonen"),
        ("seyster", "Seyster Veste"),
    ]
    assert [c.value for c in options.types] == ["proces", "resultaat"]
    assert [c.value for c in options.changed] == ["2025", "2024"]
    assert "hoofdstuk-uitvoering" in [c.value for c in options.chapters]
    assert changed["21"] == (2025,)


def test_assen_offers_no_party_filter(assen: Path) -> None:
    """Assen's signed text names no owners per agreement, so its page offers no party filter."""
    texts = published_texts(load_project(assen), [2022, 2024])
    options = filter_options(texts.documents[2024], changed_years(texts.applied, 2024))
    assert options.owners == ()
    assert options.types == () and options.tags == ()
    assert [c.value for c in options.changed] == ["2024"]
