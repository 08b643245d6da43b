"""Real git repositories in temporary folders, holding a copy of the Assen project."""

from __future__ import annotations

import subprocess
from pathlib import Path

from projects import copy_assen

_IDENTITY = (
    "-c",
    "user.name=Test Reviewer",
    "-c",
    "user.email=review@example.org",
    "-c",
    "commit.gpgsign=false",
    "-c",
    "init.defaultBranch=main",
)


def git(repo: Path, *arguments: str) -> str:
    """Run git in ``repo`` and return its output; fails the test when git fails."""
    completed = subprocess.run(
        ["git", *_IDENTITY, "-C", str(repo), *arguments],
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
    return completed.stdout


def assen_repository(path: Path) -> Path:
    """A new repository whose one commit holds the Assen sources."""
    copy_assen(path)
    git(path, "init", "-q")
    commit_all(path, "Assen 2022-2025 with Jaarplan 2024")
    return path


def commit_all(repo: Path, message: str) -> str:
    """Commit everything in the working tree; the new commit's hash."""
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)
    return git(repo, "rev-parse", "HEAD").strip()


def edit(path: Path, old: str, new: str) -> None:
    """Replace the one occurrence of ``old`` in a file."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in {path}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def line_of(path: Path, text: str) -> int:
    """The 1-based number of the one line that holds ``text``."""
    lines = [n for n, line in enumerate(path.read_text().splitlines(), 1) if text in line]
    assert len(lines) == 1, f"{text!r} on lines {lines} of {path}"
    return lines[0]
