"""`make fuzz`: run every fuzz target of tests/test_fuzz.py with many examples and count them.

    python tests/fuzz.py                 # 2,000 examples per target (12,000 in all), and
                                         # 5,000 projects for check-implies-build, and
                                         # 5,000 edits for the review's completeness
    python tests/fuzz.py --examples 500 --build-examples 100 --review-examples 100  # a quick look

Each target is a hypothesis test; this calls it directly with ``PRESTATIE_FUZZ_EXAMPLES`` set, so
hypothesis searches anew (not the suite's fixed examples) and shrinks any failure to a small
falsifying example. Exits 1 when a target fails or fewer than ``--minimum`` examples ran.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import time
import traceback
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--examples", type=int, default=2000, help="examples per target")
    parser.add_argument("--minimum", type=int, default=10_000, help="examples required in all")
    parser.add_argument(
        "--build-examples",
        type=int,
        default=5000,
        help="projects for the check-implies-build property (each that passes check is built)",
    )
    parser.add_argument(
        "--review-examples",
        type=int,
        default=5000,
        help="edits for the review-completeness property (each that changes an output)",
    )
    args = parser.parse_args()
    os.environ["PRESTATIE_FUZZ_EXAMPLES"] = str(args.examples)
    os.environ["PRESTATIE_BUILD_FUZZ_EXAMPLES"] = str(args.build_examples)
    os.environ["PRESTATIE_REVIEW_FUZZ_EXAMPLES"] = str(args.review_examples)
    for folder in ("tests", "tests/core", "tests/commands"):  # the helpers, then the targets
        sys.path.insert(0, str(REPO / folder))
    fuzz = importlib.import_module("test_fuzz")
    failures = run_targets(fuzz)
    total = sum(fuzz.EXAMPLES.values())
    print(f"{'total':<70} {total:>9,}")
    builds = importlib.import_module("test_check_implies_build")
    if args.build_examples:
        failures += run_targets(builds)
        projects, built = sum(builds.EXAMPLES.values()), sum(builds.BUILT.values())
        print(
            f"check implies build: {projects:,} projects, {built:,} passed check and built "
            "every output of every year"
        )
    reviews = importlib.import_module("test_review_complete")
    if args.review_examples:
        failures += run_targets(reviews)
        print(f"review completeness: {sum(reviews.EXAMPLES.values()):,} edits")
    if failures:
        print(f"{failures} target(s) failed", file=sys.stderr)
        return 1
    if total < args.minimum:
        print(f"only {total:,} examples ran; at least {args.minimum:,} wanted", file=sys.stderr)
        return 1
    print(f"{total:,} examples, no exception but located diagnostics escaped")
    return 0


def run_targets(module: Any) -> int:
    """Run every ``test_`` function of a test module, with a line each; the failures."""
    failures = 0
    print(f"{'target':<70} {'examples':>9} {'seconds':>8}")
    for name, test in vars(module).items():
        if not name.startswith("test_"):
            continue
        before = sum(module.EXAMPLES.values())
        started = time.perf_counter()
        try:
            test()
            outcome = ""
        except Exception:  # a falsifying example: hypothesis has printed it
            failures += 1
            outcome = "  FAILED"
            traceback.print_exc()
        ran = sum(module.EXAMPLES.values()) - before
        print(f"{name:<70} {ran:>9,} {time.perf_counter() - started:>8.1f}{outcome}", flush=True)
    return failures


if __name__ == "__main__":
    sys.exit(main())
