"""Temporary projects for tests: a copy of the real Assen sources."""

from __future__ import annotations

import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def copy_assen(target: Path) -> Path:
    """A copy of the Assen sources (agreements, amendments, templates) as a project root."""
    for name in ("agreements", "amendments", "templates"):
        if (REPO / name).is_dir():
            shutil.copytree(REPO / name, target / name)
    return target
