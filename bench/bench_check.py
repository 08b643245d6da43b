"""How long ``prestatie check`` takes: on the Assen sources and on a large synthetic corpus.

    python bench/bench_check.py [--agreements 1000] [--years 10] [--changes 100] [--runs 5]

Measures, side by side in one run:

- the command as a pre-commit hook runs it: a new process, imports included (``prestatie
  --root R check``), the median of ``--runs`` runs;
- the check in this process (``check_project``), split into loading the sources, the one fold
  through every Jaarplan, and the warning rules;
- for scale, how long a Python process takes that only imports the CLI.

The corpus (``bench/corpus.py``) is written to a temporary folder and removed afterwards.
"""

from __future__ import annotations

import argparse
import datetime
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from corpus import make_corpus

from prestatie_build.commands import check_project
from prestatie_build.core import WARNING_RULES, CheckContext, fold_changes
from prestatie_build.sources import load_project

REPO = Path(__file__).resolve().parent.parent
TODAY = datetime.date(2025, 6, 1)


def median_seconds(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def command(root: Path) -> Callable[[], object]:
    arguments = [sys.executable, "-m", "prestatie_build", "--root", str(root), "check"]
    return lambda: subprocess.run(arguments, check=True, capture_output=True)


def stages(root: Path, runs: int) -> dict[str, float]:
    """Median seconds of each stage of the check, in this process."""
    project = load_project(root)
    document, applied, problems = fold_changes(project.document, project.jaarplannen)
    assert not problems, problems[:3]
    context = CheckContext(project, document, applied, TODAY)

    def warnings() -> object:
        return [d for rule in WARNING_RULES for d in rule(context)]

    return {
        "load": median_seconds(lambda: load_project(root), runs),
        "fold": median_seconds(lambda: fold_changes(project.document, project.jaarplannen), runs),
        "warnings": median_seconds(warnings, runs),
        "check_project": median_seconds(lambda: check_project(root, today=TODAY), runs),
    }


def describe(root: Path) -> str:
    project = load_project(root)
    changes = sum(len(j.changes) for j in project.jaarplannen)
    articles = len(project.document.articles())
    return (
        f"{articles} agreements and sections, {len(project.jaarplannen)} Jaarplannen, "
        f"{changes} changes, {len(project.source_files)} files"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agreements", type=int, default=1000)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--changes", type=int, default=100)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="prestatie-bench-") as folder:
        corpus = Path(folder) / "corpus"
        started = time.perf_counter()
        make_corpus(corpus, options.agreements, options.years, options.changes)
        written = time.perf_counter() - started
        result = check_project(corpus, today=TODAY)
        # Errors only: a corpus beyond the PDF limit is fine for check (W306 says so).
        assert not result.errors, [d.format() for d in result.errors[:5]]

        projects = {"assen": REPO, "corpus": corpus}
        imports = [sys.executable, "-c", "import prestatie_build.cli"]
        startup = median_seconds(
            lambda: subprocess.run(imports, check=True, capture_output=True), options.runs
        )
        timings = {
            name: {
                "command": median_seconds(command(root), options.runs),
                **stages(root, options.runs),
            }
            for name, root in projects.items()
        }

        print(f"python {sys.version.split()[0]}, {options.runs} runs each, medians in seconds")
        print(f"corpus written in {written:.2f} s")
        for name, root in projects.items():
            print(f"{name}: {describe(root)}")
        print(f"process that only imports the CLI: {startup:.3f}")
        print(f"{'':16}{'assen':>10}{'corpus':>10}{'ratio':>8}")
        for stage in timings["assen"]:
            small, large = timings["assen"][stage], timings["corpus"][stage]
            print(f"{stage:16}{small:10.3f}{large:10.3f}{large / small:8.1f}")


if __name__ == "__main__":
    main()
