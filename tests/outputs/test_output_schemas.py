"""The published JSON Schemas of the change report and the review, against real outputs.

Both documents hold the same redline fields (``redline.schema.json``); each schema refuses any
key it does not know, so a renamed field fails here before a tool downstream trips on it.
"""

from __future__ import annotations

import copy
import dataclasses
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import referencing
import referencing.jsonschema
from click.testing import CliRunner

from gitrepos import assen_repository, commit_all, edit
from prestatie_build.cli import cli
from prestatie_build.core import build_report
from prestatie_build.render import SCHEMA_VERSION, render_report_json
from prestatie_build.sources import load_schema
from render.report_fixtures import sample_consolidation

OUTPUT_SCHEMAS = ("redline.schema.json", "report.schema.json", "review.schema.json")


def validator(name: str) -> jsonschema.protocols.Validator:
    """A validator of ``name`` that resolves the references between the output schemas."""
    registry: referencing.Registry[Any] = referencing.Registry().with_resources(
        (schema, referencing.jsonschema.DRAFT202012.create_resource(load_schema(schema)))
        for schema in OUTPUT_SCHEMAS
    )
    return jsonschema.Draft202012Validator(load_schema(name), registry=registry)


def problems(name: str, document: object) -> list[str]:
    return [error.message for error in validator(name).iter_errors(document)]


def run(root: Path, *arguments: str) -> str:
    outcome = CliRunner().invoke(cli, ["--root", str(root), *arguments])
    assert outcome.exit_code == 0, outcome.output
    return outcome.stdout


@pytest.mark.parametrize("name", OUTPUT_SCHEMAS)
def test_each_schema_is_a_valid_draft_2020_12_schema(name: str) -> None:
    jsonschema.Draft202012Validator.check_schema(load_schema(name))


def test_both_schemas_state_the_version_the_outputs_carry() -> None:
    for name in ("report.schema.json", "review.schema.json"):
        assert load_schema(name)["properties"]["schema_version"]["const"] == SCHEMA_VERSION


# --- the change report ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def built_reports(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    """Assen's change reports as ``prestatie build`` writes them: 2024, 2022 (empty) and
    2023-2024 (a period)."""
    from projects import copy_assen

    root = copy_assen(tmp_path_factory.mktemp("reports") / "assen")
    out = root / "out"
    run(root, "build", "--year", "2024", "--format", "report", "--out", str(out))
    run(root, "build", "--year", "2022", "--format", "report", "--out", str(out))
    run(root, "build", "--year", "2024", "--since", "2022", "--format", "report", "--out", str(out))
    files = ["wijzigingen-2024.json", "wijzigingen-2022.json", "wijzigingen-2023-2024.json"]
    return [json.loads((out / name).read_text(encoding="utf-8")) for name in files]


def test_assen_change_reports_validate(built_reports: list[dict[str, Any]]) -> None:
    for report in built_reports:
        assert problems("report.schema.json", report) == []
    assert len(built_reports[0]["changes"]) == 20, "the 2024 report is not empty"


@pytest.mark.parametrize(
    ("concept", "first", "last"), [(False, 2024, 2024), (True, 2025, 2025), (True, 2023, 2025)]
)
def test_every_kind_of_change_validates(concept: bool, first: int, last: int) -> None:
    # The hand-built story has every op, every text change, lists, sections and a draft year.
    report = build_report(sample_consolidation(concept=concept), first, last)
    assert problems("report.schema.json", json.loads(render_report_json(report))) == []


def test_an_empty_report_validates() -> None:
    report = build_report(dataclasses.replace(sample_consolidation(), year=2025), 2025, 2025)
    assert problems("report.schema.json", json.loads(render_report_json(report))) == []


def test_the_report_schema_refuses_what_the_output_does_not_hold(
    built_reports: list[dict[str, Any]],
) -> None:
    report = built_reports[0]
    renamed = copy.deepcopy(report)
    renamed["changes"][0]["before"] = renamed["changes"][0].pop("was")
    assert problems("report.schema.json", renamed), "a renamed redline field fails"
    unknown = copy.deepcopy(report)
    unknown["changes"][0]["extra"] = 1
    assert problems("report.schema.json", unknown), "an unknown key in a change fails"
    newer = dict(report, schema_version=SCHEMA_VERSION + 1)
    assert problems("report.schema.json", newer), "another schema version fails"


# --- the review -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def review_document(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """``prestatie diff --format json`` of a commit that changes agreements, a section, the
    lists and adds a draft Jaarplan: every kind of entry."""
    repo = assen_repository(tmp_path_factory.mktemp("review") / "repo")
    edit(repo / "agreements/betaalbaarheid/afspraak-5.md", "voldoende aanbod", "ruim aanbod")
    (repo / "amendments/2025").mkdir()
    (repo / "amendments/2025/jaarplan.yaml").write_text(
        "year: 2025\ntitle: Jaarplan 2025\nstatus: draft\nchanges:\n"
        "  - op: delete\n    target: 33\n"
        "  - op: add\n    chapter: leefbaarheid\n    number: 34\n    text: Nieuwe afspraak.\n"
        "  - op: append\n    target: betaalbaarheid/goals\n    text: Een nieuw doel.\n"
        "  - op: append\n    target: documents\n    text: Nota 2025\n"
        "  - op: replace\n    target: tijdlijn\n    text: Een geheel andere tekst.\n",
        encoding="utf-8",
    )
    commit_all(repo, "changes of every kind")
    data: dict[str, Any] = json.loads(
        run(repo, "diff", "--base", "HEAD~1", "--head", "HEAD", "--format", "json")
    )
    return data


def test_a_review_validates(review_document: dict[str, Any]) -> None:
    assert problems("review.schema.json", review_document) == []
    entries = [entry for year in review_document["years"] for entry in year["entries"]]
    kinds = {entry["target"]["kind"] for entry in entries}
    changes = {entry["text_change"] for entry in entries}
    assert kinds == {"agreement", "section", "list", "metadata"}  # metadata: the new Jaarplan
    assert {"new", "changed", "rewritten"} <= changes


def test_an_unchanged_review_validates(tmp_path: Path) -> None:
    repo = assen_repository(tmp_path / "repo")
    data = json.loads(run(repo, "diff", "--base", "HEAD", "--format", "json"))
    assert data["unchanged"] is True
    assert problems("review.schema.json", data) == []


def test_the_review_schema_refuses_what_the_output_does_not_hold(
    review_document: dict[str, Any],
) -> None:
    renamed = copy.deepcopy(review_document)
    entry = next(year["entries"][0] for year in renamed["years"] if year["entries"])
    entry["redline"] = entry.pop("ops")
    assert problems("review.schema.json", renamed), "the review's old key for the runs fails"
    unversioned = dict(review_document)
    del unversioned["schema_version"]
    assert problems("review.schema.json", unversioned), "the version is required"


def test_report_and_review_describe_a_redline_with_the_same_fields(
    built_reports: list[dict[str, Any]], review_document: dict[str, Any]
) -> None:
    change = built_reports[0]["changes"][0]
    entry = next(year["entries"][0] for year in review_document["years"] if year["entries"])
    redline_fields = list(load_schema("redline.schema.json")["required"])
    assert list(entry) == redline_fields
    assert list(change)[-len(redline_fields) :] == redline_fields
