"""`make bench`: issue 6's speed targets, measured side by side in one run, printed as one table.

    python bench/run.py [--runs 5] [--quick] [--only pdf-scale ...]

Every row is the median of ``--runs`` repetitions (the PDF and the 10,000-agreement corpus:
fewer); where two things are compared they run alternately, so that both see the same machine.
Commands run as a user runs them: a new process, Python's start and imports included.

- ``prestatie --help`` against a bare click program with one command (WeasyPrint is lazy);
- ``prestatie check`` on Assen and on 1,000 agreements x 10 years x 100 changes;
- consolidation + HTML of the last year of that corpus (in process, sources loaded beforehand),
  and of corpora of 100, 1,000 and 10,000 agreements x 10 years x 100 changes: the time must
  grow about linearly (at most 12x per 10x); for information also with a tenth of the
  agreements changed each year (10,000 x 10 x 1,000);
- ``prestatie build --format pdf`` on Assen against WeasyPrint alone rendering the same HTML
  with the same PDF options (the floor; it does not embed the sources);
- the same on the 1,000-agreement corpus (362 pages), time and peak memory of each process,
  both at most 1.15 x WeasyPrint alone (``core.print_limits`` sets the largest PDF from these).
  Measured on 2 cores (medians of 2): WeasyPrint alone 61.3 s and 952 MB, prestatie 66.9 s
  (1.09x) and 1,023 MB (1.07x); the extra is loading, consolidating ten years and embedding the
  1,000 source files;
- a no-op rebuild: ``prestatie build`` when every output is up to date.

A missed target gets a profile (cProfile, or ``-X importtime`` for start-up) under the table.
Corpora come from ``bench/corpus.py`` and live in a temporary folder.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import FIRST_YEAR, copy_assen, make_corpus

from prestatie_build.core import Project, consolidate
from prestatie_build.render import DOCUMENT_PDF_OPTIONS, asset_base_dir, render_document_html
from prestatie_build.sources import load_project

YEARS = 10
GROWTH = (100, 1000, 10_000)
LINEAR_STEP = 12.0
"""The most that 10 times the agreements may cost: 10x is linear, a little more is allowed."""

BARE_CLICK = '''
import click

@click.group()
def cli():
    """A bare click program."""

@cli.command()
@click.option("--year", type=int, required=True, help="A year.")
def build(year):
    """Build."""

cli()
'''

WEASYPRINT_ALONE = """
import sys, weasyprint
from weasyprint.text.fonts import FontConfiguration
html, base_url, variant, tags = sys.argv[1:5]
weasyprint.HTML(string=open(html, encoding="utf-8").read(), base_url=base_url).write_pdf(
    font_config=FontConfiguration(), pdf_variant=variant or None, pdf_tags=tags == "1"
)
"""


@dataclass
class Row:
    what: str
    seconds: float
    target: str
    met: bool | None
    """None: measured for information, no target."""
    profile: Callable[[], str] | None = None


def median(action: Callable[[], object], runs: int) -> float:
    return statistics.median(timed(action) for _ in range(runs))


def side_by_side(
    first: Callable[[], object], second: Callable[[], object], runs: int
) -> tuple[float, float]:
    """Medians of ``first`` and ``second``, run alternately."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        times[0].append(timed(first))
        times[1].append(timed(second))
    return statistics.median(times[0]), statistics.median(times[1])


def timed(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return time.perf_counter() - started


def command(args: Sequence[str], cwd: Path | None = None) -> Callable[[], object]:
    def run() -> None:
        subprocess.run(args, cwd=cwd, check=True, capture_output=True)

    return run


def prestatie() -> list[str]:
    """The console script beside this Python (no shell shim in between), else ``-m``."""
    script = Path(sys.executable).parent / "prestatie"
    return [str(script)] if script.exists() else [sys.executable, "-m", "prestatie_build"]


def profile_of(action: Callable[[], object], lines: int = 12) -> Callable[[], str]:
    def run() -> str:
        profiler = cProfile.Profile()
        profiler.runcall(action)
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("cumulative").print_stats(lines)
        return out.getvalue()

    return run


def import_profile() -> str:
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", "import prestatie_build.cli"],
        capture_output=True,
        text=True,
        check=True,
    )
    rows = [line for line in done.stderr.splitlines() if "|" in line and "self" not in line]
    rows.sort(key=lambda line: int(line.split("|")[1]), reverse=True)
    return "import time (us, cumulative), largest first:\n" + "\n".join(rows[:15])


# --- the rows --------------------------------------------------------------------------------


def help_rows(work: Path, runs: int) -> list[Row]:
    bare = work / "bare_click.py"
    bare.write_text(BARE_CLICK, encoding="utf-8")
    ours, theirs = side_by_side(
        command([*prestatie(), "--help"]), command([sys.executable, str(bare), "--help"]), runs
    )
    return [
        Row("bare click program --help", theirs, "reference", None),
        Row(
            "prestatie --help",
            ours,
            f"<= 2 x bare = {2 * theirs:.3f} s ({ours / theirs:.2f}x)",
            ours <= 2 * theirs,
            import_profile,
        ),
    ]


def check_rows(assen: Path, corpus: Path, runs: int) -> list[Row]:
    on_assen = median(command([*prestatie(), "--root", str(assen), "check"]), runs)
    on_corpus = median(command([*prestatie(), "--root", str(corpus), "check"]), max(3, runs // 2))
    return [
        Row("prestatie check, Assen", on_assen, "<= 0.5 s", on_assen <= 0.5),
        Row("prestatie check, 1,000 x 10 x 100", on_corpus, "(no target)", None),
    ]


def consolidation_html(project: Project, year: int) -> Callable[[], object]:
    def run() -> str:
        return render_document_html(consolidate(project, year))

    return run


def growth_rows(work: Path, runs: int, sizes: Sequence[int]) -> list[Row]:
    """Consolidation + HTML as the agreements grow, with the issue's 100 changes a year (the
    target: about linear); then, for information, with a tenth of the agreements changed each
    year (more changes, and longer lists, which each change of a list reports in full)."""
    rows: list[Row] = []
    times: dict[tuple[int, int], float] = {}
    for size in sizes:
        times[size, 100] = _consolidation_html_seconds(work, size, 100, runs)
        label = f"consolidation + HTML, {size:,} x {YEARS} x 100"
        previous = times.get((size // 10, 100))
        checks = []
        if size == 1000:
            checks.append(("<= 2 s", times[size, 100] <= 2))
        if previous is not None:
            step = times[size, 100] / previous
            checks.append(
                (f"<= {LINEAR_STEP:.0f}x the {size // 10:,} ({step:.1f}x)", step <= LINEAR_STEP)
            )
        target = "; ".join(text for text, _ in checks) or "(base of the growth)"
        met = all(ok for _, ok in checks) if checks else None
        rows.append(Row(label, times[size, 100], target, met, _profile(work, size, 100)))
    for size in (s for s in sizes if s > 1000):
        changes = size // 10
        seconds = _consolidation_html_seconds(work, size, changes, runs)
        step = seconds / times[1000, 100]
        rows.append(
            Row(
                f"consolidation + HTML, {size:,} x {YEARS} x {changes:,}",
                seconds,
                f"(information: {step:.1f}x the 1,000 x {YEARS} x 100)",
                None,
            )
        )
    return rows


def _consolidation_html_seconds(work: Path, size: int, changes: int, runs: int) -> float:
    root = work / f"corpus-{size}-{changes}"
    make_corpus(root, size, YEARS, changes)
    project = load_project(root)
    seconds = median(
        consolidation_html(project, FIRST_YEAR + YEARS - 1),
        runs if size < 10_000 else max(3, runs // 2),
    )
    shutil.rmtree(root)
    return seconds


def _profile(work: Path, size: int, changes: int) -> Callable[[], str]:
    root = work / "profiled"

    def run() -> str:
        make_corpus(root, size, YEARS, changes)
        try:
            action = consolidation_html(load_project(root), FIRST_YEAR + YEARS - 1)
            return profile_of(action)()
        finally:
            shutil.rmtree(root)

    return run


def pdf_rows(assen: Path, work: Path, runs: int) -> list[Row]:
    project = load_project(assen, up_to_year=2024)
    html = render_document_html(consolidate(project, 2024), for_print=True)
    page = work / "print.html"
    page.write_text(html, encoding="utf-8")
    base_url = asset_base_dir(assen / "templates").resolve().as_uri() + "/"
    variant = str(DOCUMENT_PDF_OPTIONS.get("pdf_variant") or "")
    tags = "1" if DOCUMENT_PDF_OPTIONS.get("pdf_tags") else "0"
    build = [*prestatie(), "build", "--year", "2024", "--format", "pdf", "--force"]
    alone = [sys.executable, "-c", WEASYPRINT_ALONE, str(page), base_url, variant, tags]
    ours, floor = side_by_side(command(build, cwd=assen), command(alone), runs)

    return [
        Row("WeasyPrint alone, same HTML and options", floor, "the floor", None),
        Row(
            "prestatie build --format pdf, Assen",
            ours,
            f"<= 1.15 x floor = {1.15 * floor:.3f} s ({ours / floor:.2f}x)",
            ours <= 1.15 * floor,
            lambda: pdf_phases(assen),
        ),
    ]


def pdf_scale_rows(corpus: Path, work: Path, runs: int) -> list[Row]:
    """The PDF of 1,000 agreements (the last year of the corpus), time and peak memory, against
    WeasyPrint alone on the same print HTML and options: both at most 1.15 x WeasyPrint's."""
    year = FIRST_YEAR + YEARS - 1
    html = render_document_html(
        consolidate(load_project(corpus), year), templates_dir=corpus / "templates", for_print=True
    )
    page = work / "print-1000.html"
    page.write_text(html, encoding="utf-8")
    base_url = asset_base_dir(corpus / "templates").resolve().as_uri() + "/"
    variant = str(DOCUMENT_PDF_OPTIONS.get("pdf_variant") or "")
    tags = "1" if DOCUMENT_PDF_OPTIONS.get("pdf_tags") else "0"
    build = [*prestatie(), "build", "--year", str(year), "--format", "pdf", "--force"]
    alone = [sys.executable, "-c", WEASYPRINT_ALONE, str(page), base_url, variant, tags]
    ours: list[Usage] = []
    floor: list[Usage] = []
    for _ in range(runs):  # alternately, so that both see the same machine
        ours.append(usage_of(build, cwd=corpus))
        floor.append(usage_of(alone))
    ours_time, floor_time = (statistics.median(u.seconds for u in side) for side in (ours, floor))
    ours_peak, floor_peak = (statistics.median(u.peak_mb for u in side) for side in (ours, floor))
    time_ratio, peak_ratio = ours_time / floor_time, ours_peak / floor_peak
    return [
        Row(
            f"WeasyPrint alone, 1,000 agreements ({floor_peak:,.0f} MB peak)",
            floor_time,
            "the floor",
            None,
        ),
        Row(
            "prestatie build --format pdf, 1,000 agreements: time",
            ours_time,
            f"<= 1.15 x floor = {1.15 * floor_time:.1f} s ({time_ratio:.2f}x)",
            time_ratio <= 1.15,
        ),
        Row(
            f"prestatie build --format pdf, 1,000 agreements: {ours_peak:,.0f} MB peak",
            ours_time,
            f"memory <= 1.15 x floor = {1.15 * floor_peak:,.0f} MB ({peak_ratio:.2f}x)",
            peak_ratio <= 1.15,
        ),
    ]


@dataclass(frozen=True)
class Usage:
    seconds: float
    peak_mb: float
    """The child's peak resident memory (``ru_maxrss``, of this child alone)."""


def usage_of(args: Sequence[str], cwd: Path | None = None) -> Usage:
    """Run a command; its wall-clock time and its own peak memory (``os.wait4``: the rusage of
    this child only, where ``RUSAGE_CHILDREN`` would give the largest of all children)."""
    started = time.perf_counter()
    child = subprocess.Popen(args, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    errors = child.stderr.read().decode() if child.stderr else ""
    if child.returncode != 0:
        raise RuntimeError(f"{args[0]} failed ({child.returncode}): {errors[-2000:]}")
    return Usage(seconds, usage.ru_maxrss / 1024)  # kB on Linux


PDF_PHASES = """
import time
started = time.perf_counter()
from pathlib import Path
import prestatie_build.cli
from prestatie_build.outputs import output_keys
from prestatie_build.outputs import BuildContext
from prestatie_build.outputs import select
from prestatie_build.core import consolidate
from prestatie_build.sources import load_project, read_sources
from prestatie_build.core import build_report
phases = {"imports of prestatie (after Python's start)": time.perf_counter() - started}

def phase(name, action):
    begun = time.perf_counter()
    result = action()
    phases[name] = time.perf_counter() - begun
    return result

root = Path(".")
phase("manifest keys", lambda: output_keys(root, 2024, None, select({"pdf"}), {}))
project = phase("load", lambda: load_project(root, up_to_year=2024))
consolidation = phase("consolidate", lambda: consolidate(project, 2024))
report = phase("report", lambda: build_report(consolidation, 2024, 2024))
context = BuildContext(project, consolidation, report)
phase("import weasyprint", lambda: __import__("weasyprint"))
from prestatie_build.render import render_document_html, asset_base_dir
from prestatie_build.render import DOCUMENT_PDF_OPTIONS, render_pdf
from prestatie_build.render import template_dirs
templates = root / "templates"
html = phase("print HTML", lambda: render_document_html(consolidation, templates_dir=templates,
                                                        for_print=True))
full = BuildContext(project, consolidation, report, read_sources(project))
sources = phase("read the sources to embed", full.attachments)
phase("WeasyPrint render (with sources)", lambda: render_pdf(
    html, base_url=asset_base_dir(templates), allowed_roots=template_dirs(templates),
    pdf_options=DOCUMENT_PDF_OPTIONS, attachments=sources))
for name, seconds in phases.items():
    print(f"{seconds:8.3f} s  {name}")
"""


def pdf_phases(assen: Path) -> str:
    """The PDF build's phases, timed in one process like the command's."""
    done = subprocess.run(
        [sys.executable, "-c", PDF_PHASES], cwd=assen, capture_output=True, text=True, check=True
    )
    return done.stdout + "\n" + import_profile()


def no_op_rows(assen: Path, runs: int) -> list[Row]:
    build = [*prestatie(), "build", "--year", "2024"]
    subprocess.run(build, cwd=assen, check=True, capture_output=True)
    done = subprocess.run(build, cwd=assen, check=True, capture_output=True, text=True)
    assert "wrote" not in done.stdout, done.stdout
    seconds = median(command(build, cwd=assen), runs)
    return [Row("no-op rebuild (prestatie build), Assen", seconds, "<= 0.3 s", seconds <= 0.3)]


# --- the table -------------------------------------------------------------------------------


def table(rows: Sequence[Row]) -> str:
    width = max(len(row.what) for row in rows)
    target_width = max(len(row.target) for row in rows)
    lines = [f"{'measurement':<{width}}  {'median':>9}  {'target':<{target_width}}  met"]
    lines.append("-" * len(lines[0]))
    for row in rows:
        met = {True: "yes", False: "NO", None: ""}[row.met]
        lines.append(
            f"{row.what:<{width}}  {row.seconds:>7.3f} s  {row.target:<{target_width}}  {met}"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="repetitions of each measurement")
    parser.add_argument("--quick", action="store_true", help="skip the 10,000-agreement corpus")
    parser.add_argument(
        "--only",
        action="append",
        choices=("help", "check", "growth", "pdf", "pdf-scale", "no-op"),
        help="run only these rows (repeatable); default: all",
    )
    args = parser.parse_args()
    sizes = GROWTH[:2] if args.quick else GROWTH
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="prestatie-bench-") as folder:
        work = Path(folder)
        assen = copy_assen(work / "assen")
        corpus = work / "corpus"
        make_corpus(corpus, 1000, YEARS, 100)
        steps: dict[str, Callable[[], list[Row]]] = {
            "help": lambda: help_rows(work, args.runs * 2),
            "check": lambda: check_rows(assen, corpus, args.runs),
            "growth": lambda: growth_rows(work, args.runs, sizes),
            "pdf": lambda: pdf_rows(assen, work, args.runs),
            "pdf-scale": lambda: pdf_scale_rows(corpus, work, max(1, args.runs // 2)),
            "no-op": lambda: no_op_rows(assen, args.runs * 2),
        }
        for name, step in steps.items():
            if not args.only or name in args.only:
                rows.extend(step())
        print(
            f"python {sys.version.split()[0]}, {os.cpu_count()} cores; medians of "
            f"{args.runs} runs (--help and no-op: {args.runs * 2}; 10,000 agreements: "
            f"{max(3, args.runs // 2)}; PDF of 1,000 agreements: {max(1, args.runs // 2)})"
        )
        print(table(rows))
        for row in rows:
            if row.met is False and row.profile is not None:
                print(f"\n--- where the time goes: {row.what} ---\n{row.profile()}")
    return 0 if all(row.met is not False for row in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
