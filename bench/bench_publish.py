"""How long ``prestatie publish`` takes with and without building years in parallel.

    python bench/bench_publish.py [--root .] [--runs 3] [--extra-years 0]

Runs, side by side in one run and alternating so that both see the same machine: the command as
CI runs it (a new process, imports included) with ``--jobs 1`` (every year in one process) and
with the default (one worker process per core). Reports the median wall time of ``--runs`` runs,
the ratio, and the CPU time the parallel run spent in its workers.

``--extra-years N`` adds N adopted Jaarplannen after the last one (each appending one paragraph),
to see how the ratio grows with the number of versions; the sources are copied to a temporary
folder first, so the project is not touched.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def publish_seconds(root: Path, out: Path, jobs: int | None) -> tuple[float, float]:
    """Wall time and the CPU time of child processes for one ``prestatie publish``."""
    command = [sys.executable, "-m", "prestatie_build", "--root", str(root), "publish"]
    command += ["--out", str(out)] + ([] if jobs is None else ["--jobs", str(jobs)])
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, check=True, capture_output=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def add_years(root: Path, count: int) -> list[int]:
    """Append ``count`` adopted Jaarplannen after the last year of the period (widened)."""
    document = root / "agreements" / "document.yaml"
    text = document.read_text(encoding="utf-8")
    years = sorted(int(p.name) for p in (root / "amendments").iterdir() if p.name.isdigit())
    start = max(years) + 1
    new = list(range(start, start + count))
    if new:
        end_line = next(line for line in text.splitlines() if "end:" in line)
        indent = end_line[: len(end_line) - len(end_line.lstrip())]
        text = text.replace(end_line, f"{indent}end: {new[-1]}", 1)
        document.write_text(text, encoding="utf-8")
    for year in new:
        folder = root / "amendments" / str(year)
        folder.mkdir()
        (folder / "jaarplan.yaml").write_text(
            f"year: {year}\ntitle: Jaarplan {year}\nstatus: adopted\n"
            f"adopted: {{date: {year - 1}-12-01, place: Assen}}\nchanges:\n"
            f"  - op: append\n    target: 5\n    text: Aanvulling van het jaar {year}.\n",
            encoding="utf-8",
        )
    return new


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=REPO)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--extra-years", type=int, default=0)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch) / "project"
        for name in ("agreements", "amendments", "templates"):
            if (args.root / name).is_dir():
                shutil.copytree(args.root / name, root / name)
        added = add_years(root, args.extra_years)
        serial: list[float] = []
        parallel: list[float] = []
        parallel_cpu: list[float] = []
        for run in range(args.runs):
            out = Path(scratch) / f"site-{run}"
            serial.append(publish_seconds(root, out, jobs=1)[0])
            wall, cpu = publish_seconds(root, out, jobs=None)
            parallel.append(wall)
            parallel_cpu.append(cpu)
        versions = sorted(p.name for p in out.iterdir() if p.name.isdigit())

    cores = os.cpu_count()
    print(f"prestatie publish on {args.root} (+{len(added)} synthetic years): versions {versions}")
    print(f"{cores} cores, median of {args.runs} runs, each a new process, imports included")
    serial_median = statistics.median(serial)
    parallel_median = statistics.median(parallel)
    print(f"  --jobs 1 (serial)        {serial_median:6.2f} s   runs: {_runs(serial)}")
    print(f"  default ({cores} workers)      {parallel_median:6.2f} s   runs: {_runs(parallel)}")
    print(f"  parallel / serial        {parallel_median / serial_median:6.2f}")
    print(
        f"  CPU time of the parallel run (all processes): {statistics.median(parallel_cpu):.2f} s"
    )


def _runs(values: list[float]) -> str:
    return ", ".join(f"{value:.2f}" for value in values)


if __name__ == "__main__":
    main()
