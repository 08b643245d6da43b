"""``prestatie check``: load every source, then apply the rules of :mod:`..core.rules`.

Nothing here imports the rendering machinery (``render.faces`` reads a table, not the fonts):
the command must be fast enough for a pre-commit hook (``bench/bench_check.py`` measures it).
"""

from __future__ import annotations

import datetime
from pathlib import Path

from ..core.errors import SourceError
from ..core.rules import CheckResult, check_loaded
from ..render.faces import print_charset
from ..sources.load import load_project


def check_project(root: Path, *, today: datetime.date) -> CheckResult:
    """Load every source under ``root`` and apply every Jaarplan; never raises SourceError."""
    try:
        project = load_project(root)
    except SourceError as failure:
        return CheckResult(failure.diagnostics)
    charset = print_charset(root / "templates")
    return check_loaded(project, today=today, charset=charset)
