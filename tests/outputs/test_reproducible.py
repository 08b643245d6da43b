"""Reproducible bytes: the same sources give the same HTML, PDF, JSON and site, byte for byte.

Each build runs as its own process (as CI and a reader checking a published file would), and the
outputs are compared by sha256. Dates come from the sources or from SOURCE_DATE_EPOCH, never from
the clock, so a build a second (or a year) later gives the same files.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from projects import add_jaarplan, small_project

pytestmark = pytest.mark.pdf


def prestatie(root: Path, *args: str, epoch: str | None = None) -> None:
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    if epoch is not None:
        env["SOURCE_DATE_EPOCH"] = epoch
    command = [sys.executable, "-m", "prestatie_build", "--root", str(root), *args]
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr


def digests(folder: Path) -> dict[str, str]:
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def test_two_builds_of_assen_2024_are_byte_identical(published_assen: Path) -> None:
    root = published_assen.parent / "assen"
    first, second = root.parent / "repro-1", root.parent / "repro-2"
    prestatie(root, "build", "--year", "2024", "--out", str(first), "--force")
    prestatie(root, "build", "--year", "2024", "--out", str(second), "--force")
    one, two = digests(first), digests(second)
    assert {Path(name).suffix for name in one} >= {".html", ".pdf", ".json", ".md"}
    assert one == two
    # ... and the same as the published site's, built earlier in worker processes.
    published = digests(published_assen / "2024")
    assert {name: published[name] for name in one} == one


def test_two_publishes_serial_and_parallel_are_byte_identical(published_assen: Path) -> None:
    root = published_assen.parent / "assen"
    again = root.parent / "site-again"
    prestatie(root, "publish", "--out", str(again), "--jobs", "1")
    assert digests(again) == digests(published_assen)


def test_a_draft_takes_its_date_from_source_date_epoch_and_is_reproducible(tmp_path: Path) -> None:
    root = small_project(tmp_path / "teststad")
    add_jaarplan(root, 2024)  # a draft: no adoption date in the sources
    first, second = tmp_path / "one", tmp_path / "two"
    prestatie(root, "publish", "--out", str(first), "--include-drafts", epoch="1700000000")
    prestatie(root, "publish", "--out", str(second), "--include-drafts", epoch="1700000000")
    assert digests(first) == digests(second)
    page = (first / "2024" / "index.html").read_text(encoding="utf-8")
    assert '<meta name="dcterms.created" content="2023-11-14T22:13:20Z">' in page
    adopted = (first / "2023" / "index.html").read_text(encoding="utf-8")
    assert '<meta name="dcterms.created" content="2022-12-08">' in adopted  # the adoption wins
