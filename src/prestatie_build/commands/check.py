"""``prestatie check``: load every source, then apply the rules of :mod:`..core.rules`.

Nothing here imports the rendering machinery: the command must be fast enough for a
pre-commit hook (``bench/bench_check.py`` measures it).
"""

from __future__ import annotations

import datetime
from pathlib import Path

from ..core.errors import SourceError
from ..core.rules import CheckResult, check_loaded
from ..sources.load import load_project


def check_project(root: Path, *, today: datetime.date) -> CheckResult:
    """Load every source under ``root`` and apply every Jaarplan; never raises SourceError."""
    try:
        project = load_project(root)
    except SourceError as failure:
        return CheckResult(failure.diagnostics)
    return check_loaded(project, today=today)
