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


def add_jaarplan(root: Path, year: int, adopted: str | None = None) -> None:
    """A Jaarplan that appends a paragraph to agreement 5: a draft, or adopted on ``adopted``."""
    status = f"adopted\nadopted: {{date: {adopted}, place: Teststad}}" if adopted else "draft"
    folder = root / "amendments" / str(year)
    folder.mkdir(parents=True)
    (folder / "jaarplan.yaml").write_text(
        f"year: {year}\ntitle: Jaarplan {year}\nstatus: {status}\nchanges:\n"
        f"  - op: append\n    target: 5\n    text: Een nieuwe alinea van {year}.\n",
        encoding="utf-8",
    )


def small_project(root: Path) -> Path:
    """A one-agreement project (2022-2025) whose PDFs take a fraction of a second."""
    (root / "agreements" / "wonen").mkdir(parents=True)
    (root / "agreements" / "document.yaml").write_text(
        "title: Prestatieafspraken 2022-2025 Teststad\nperiod: {start: 2022, end: 2025}\n"
        "place: Teststad\nparties:\n  - {id: gemeente, name: Gemeente Teststad}\n"
        "chapters:\n  - {id: wonen, title: Wonen}\n",
        encoding="utf-8",
    )
    (root / "agreements" / "wonen" / "afspraak-5.md").write_text(
        "---\nnumber: 5\n---\nPartijen bouwen genoeg betaalbare woningen.\n", encoding="utf-8"
    )
    add_jaarplan(root, 2023, adopted="2022-12-08")
    return root
