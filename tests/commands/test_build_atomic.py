"""Atomic outputs: a build killed at any moment leaves the earlier outputs whole.

Real builds in subprocesses, killed with SIGKILL (which no process can catch or clean up
after): during the PDF step, after everything is staged but before it is moved into place, and
half-way through the moves. Every output is rendered in memory and staged beside ``build/<year>``;
the moves are atomic renames, the manifest is moved last, and the next build removes what a
killed one left behind.
"""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from prestatie_build.fs import staging_prefix, sweep_stale_staging

AGREEMENT_5 = Path("agreements") / "betaalbaarheid" / "afspraak-5.md"


def snapshot(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` by relative path, with its SHA-256."""
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def prestatie(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "prestatie_build", *args],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )


def has_loaded(pid: int, library: str) -> bool:
    """Whether process ``pid`` has ``library`` mapped into its memory (False once it ended)."""
    try:
        return library in Path(f"/proc/{pid}/maps").read_text()
    except OSError:
        return False


def kill_when(process: subprocess.Popen[str], ready: str, timeout: float = 60) -> None:
    """SIGKILL ``process`` as soon as it has loaded the library ``ready``."""
    deadline = time.monotonic() + timeout
    while not has_loaded(process.pid, ready):
        assert process.poll() is None, f"the build ended before loading {ready}"
        assert time.monotonic() < deadline, f"the build never loaded {ready}"
        time.sleep(0.005)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert process.returncode == -signal.SIGKILL


def run_until_killed(root: Path, script: str) -> None:
    """Run ``script`` (with ``root`` as argv[1]) in a fresh interpreter; it must die of SIGKILL."""
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script), str(root)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == -signal.SIGKILL, done.stderr


@pytest.fixture
def built(assen: Path) -> Path:
    """The Assen project with every output of 2024 built (the earlier outputs)."""
    done = prestatie(assen, "build", "--year", "2024")
    assert done.returncode == 0, done.stderr
    return assen


@pytest.fixture
def built_html(assen: Path) -> Path:
    """The Assen project with the HTML and the report of 2024 built (no PDF: faster)."""
    done = prestatie(assen, "build", "--year", "2024", "--format", "html,report")
    assert done.returncode == 0, done.stderr
    return assen


@pytest.mark.pdf
def test_a_build_killed_during_the_pdf_step_leaves_the_earlier_outputs(built: Path) -> None:
    build = built / "build"
    before = snapshot(build)
    assert {"2024.manifest.json", "2024/prestatieafspraken-2024.pdf"} <= set(before)
    process = subprocess.Popen(
        [sys.executable, "-m", "prestatie_build", "build", "--year", "2024", "--force"],
        cwd=built,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    # WeasyPrint loads Pango when the PDF step begins (the HTML is rendered by then).
    kill_when(process, "libpango")
    assert snapshot(build) == before
    assert sorted(p.name for p in build.iterdir()) == ["2024", "2024.manifest.json"]
    # Nothing changed, so the next build has nothing to do.
    done = prestatie(built, "build", "--year", "2024")
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("al bijgewerkt:") == len(before) - 1  # all but the manifest
    assert snapshot(build) == before


STAGED_THEN_KILLED = """
    import os, signal, sys
    from pathlib import Path
    from prestatie_build.commands import BuildRequest, build_year

    # Everything is rendered and staged; the first move into place is never made.
    Path.replace = lambda self, target: os.kill(os.getpid(), signal.SIGKILL)
    formats = frozenset({"html", "report"})
    build_year(BuildRequest(Path(sys.argv[1]), 2024, formats=formats, force=True))
"""


def test_what_a_build_killed_before_its_moves_staged_is_swept_by_the_next(
    built_html: Path,
) -> None:
    built = built_html
    build = built / "build"
    before = snapshot(build)
    run_until_killed(built, STAGED_THEN_KILLED)
    [stray] = [p for p in build.iterdir() if p.name.startswith(staging_prefix(build / "2024"))]
    assert sorted(p.name for p in stray.iterdir()) == [
        "2024.manifest.json",
        "prestatieafspraken-2024.html",
        "wijzigingen-2024.html",
        "wijzigingen-2024.json",
        "wijzigingen-2024.md",
    ]
    assert {k: v for k, v in snapshot(build).items() if not k.startswith(".")} == before
    done = prestatie(built, "build", "--year", "2024", "--format", "html,report")  # and sweep
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in build.iterdir()) == ["2024", "2024.manifest.json"]
    assert snapshot(build) == before


MOVED_HALF_THEN_KILLED = """
    import os, signal, sys
    from pathlib import Path
    from prestatie_build.commands import BuildRequest, build_year

    # The first output is moved into place, then the process dies.
    real_replace, moves = Path.replace, []
    def replace(self, target):
        if moves:
            os.kill(os.getpid(), signal.SIGKILL)
        moves.append(target)
        return real_replace(self, target)
    Path.replace = replace
    build_year(BuildRequest(Path(sys.argv[1]), 2024, formats=frozenset({"html", "report"})))
"""


def test_a_build_killed_between_its_moves_is_redone_by_the_next(built_html: Path) -> None:
    """Each file is whole, old or new; the manifest is moved last, so the next build redoes it."""
    built = built_html
    build = built / "build" / "2024"
    before = snapshot(built / "build")
    agreement = built / AGREEMENT_5
    agreement.write_text(agreement.read_text("utf-8") + "\nEen nieuwe zin.\n", encoding="utf-8")
    run_until_killed(built, MOVED_HALF_THEN_KILLED)
    after = snapshot(built / "build")
    changed = sorted(name for name in before if after.get(name) != before[name])
    assert changed == ["2024/prestatieafspraken-2024.html"]
    assert "Een nieuwe zin." in (build / "prestatieafspraken-2024.html").read_text("utf-8")
    done = prestatie(built, "build", "--year", "2024", "--format", "html,report")
    assert done.returncode == 0, done.stderr
    assert "up to date" not in done.stdout
    assert sorted(p.name for p in (built / "build").iterdir()) == ["2024", "2024.manifest.json"]
    again = prestatie(built, "build", "--year", "2024", "--format", "html,report")
    assert again.stdout.count("al bijgewerkt:") == 4


def test_a_running_build_keeps_its_staging_folder(tmp_path: Path) -> None:
    folder = tmp_path / "build" / "2024"
    folder.parent.mkdir()
    mine = folder.parent / f"{staging_prefix(folder)}{os.getpid()}-abc"
    mine.mkdir()
    finished = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    dead = folder.parent / f"{staging_prefix(folder)}{finished.stdout.strip()}-abc"
    dead.mkdir()
    other_year = folder.parent / ".2023.tmp-1-abc"
    other_year.mkdir()
    sweep_stale_staging(folder)
    assert sorted(p.name for p in folder.parent.iterdir()) == sorted([mine.name, other_year.name])
