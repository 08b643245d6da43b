"""The change report as JSON: stable, complete, both texts and the word operations of a change."""

from __future__ import annotations

import dataclasses
import json
from typing import Any

import pytest

from prestatie_build.core import ChangeReport, build_report
from prestatie_build.render import SCHEMA_VERSION, render_report_json
from render.report_fixtures import HOSTILE, sample_consolidation


@pytest.fixture
def report() -> ChangeReport:
    return build_report(sample_consolidation(), 2024, 2024)


@pytest.fixture
def data(report: ChangeReport) -> dict[str, Any]:
    parsed: dict[str, Any] = json.loads(render_report_json(report))
    return parsed


def test_top_level_keys_in_a_fixed_order(data: dict[str, Any]) -> None:
    assert list(data) == [
        "schema_version",
        "title",
        "first_year",
        "last_year",
        "document_year",
        "concept",
        "summary",
        "totals",
        "jaarplannen",
        "changes",
    ]
    assert data["schema_version"] == SCHEMA_VERSION == 1
    assert data["concept"] is False
    assert data["summary"] == "7 wijzigingen in 2024."


def test_totals_hold_all_four_ops_in_order(data: dict[str, Any]) -> None:
    assert list(data["totals"].items()) == [
        ("add", 1),
        ("append", 3),
        ("replace", 2),
        ("delete", 1),
    ]


def test_jaarplannen(data: dict[str, Any]) -> None:
    assert data["jaarplannen"] == [
        {
            "year": 2024,
            "title": "Jaarplan 2024",
            "status": "adopted",
            "adopted": {"date": "2023-12-07", "place": "Voorbeeldstad"},
        }
    ]


def test_every_change_with_both_texts_and_its_word_operations(
    data: dict[str, Any], report: ChangeReport
) -> None:
    changes = data["changes"]
    assert len(changes) == len(report.entries) == 7
    for change, entry in zip(changes, report.entries, strict=True):
        assert change["source"] == entry.source
        assert (change["was"], change["wordt"]) == (entry.before, entry.after)
        ops = change["ops"]
        assert all(list(op) == ["kind", "text"] for op in ops)
        assert "".join(op["text"] for op in ops if op["kind"] != "insert") == change["was"]
        assert "".join(op["text"] for op in ops if op["kind"] != "delete") == change["wordt"]


def test_one_change_in_full(data: dict[str, Any]) -> None:
    change = data["changes"][4]
    assert change == {
        "year": 2024,
        "op": "delete",
        "label": "Verwijderd 2024",
        "reason": "de verhuurdersheffing is afgeschaft",
        "source": "amendments/2024/jaarplan.yaml:40:5",
        "chapter": {"id": "betaalbaarheid", "title": "Betaalbaarheid"},
        "target": {"kind": "agreement", "key": "7", "title": "Afspraak 7", "anchor": "afspraak-7"},
        "was": "De gemeente overweegt andere financiële bijdragen.",
        "wordt": "",
        "text_change": "removed",
        "words": {"deleted": 6, "inserted": 0, "kept": 0},
        "ops": [{"kind": "delete", "text": "De gemeente overweegt andere financiële bijdragen."}],
    }


def test_text_is_kept_as_written(data: dict[str, Any]) -> None:
    text = render_report_json(build_report(sample_consolidation(), 2024, 2024))
    assert "financiële" in text, "ensure_ascii is off: Dutch text stays readable"
    assert data["changes"][1]["reason"] == HOSTILE, "JSON is data: no HTML escaping"
    assert text.startswith('{\n  "schema_version": 1,\n')
    assert text.endswith("}\n")


def test_concept() -> None:
    data = json.loads(
        render_report_json(build_report(sample_consolidation(concept=True), 2025, 2025))
    )
    assert data["concept"] is True
    assert data["jaarplannen"][0]["status"] == "draft"
    assert data["jaarplannen"][0]["adopted"] is None


def test_empty_period_says_so() -> None:
    report = build_report(dataclasses.replace(sample_consolidation(), year=2025), 2025, 2025)
    data = json.loads(render_report_json(report))
    assert data["changes"] == []
    assert data["summary"] == "Geen wijzigingen in 2025."
    assert set(data["totals"].values()) == {0}


def test_output_is_deterministic(report: ChangeReport) -> None:
    assert render_report_json(report) == render_report_json(
        build_report(sample_consolidation(), 2024, 2024)
    )
