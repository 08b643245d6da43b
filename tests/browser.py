"""Real headless Chromium for tests: Debian's browser driven by playwright, and axe-core.

No browser is downloaded: playwright launches ``/usr/bin/chromium`` (``apt-get install
chromium``, see scripts/install-system-deps.sh), which also installs ``axe-core`` from npm into
``.cache/axe``. Without them the tests that need a browser fail (they are in the slow tier, which
``make test`` and CI run after the install script; tiers.need skips them in a run of fast tests).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import tiers

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
AXE_VERSION = "4.11.0"
"""Pinned in scripts/install-system-deps.sh too."""
AXE_SCRIPT = REPO / ".cache" / "axe" / "node_modules" / "axe-core" / "axe.min.js"

CHROMIUM_FLAGS = (
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)

WCAG_TAGS = ("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa")
"""WCAG 2.0, 2.1 and 2.2, levels A and AA: what Dutch public bodies must meet."""


def require_browser() -> None:
    """Fail (skip in a run of fast tests only) when Chromium, playwright or axe-core is missing."""
    missing = [
        what
        for what, present in (
            (str(CHROMIUM), CHROMIUM.is_file()),
            ("playwright", _has_playwright()),
            (str(AXE_SCRIPT.relative_to(REPO)), AXE_SCRIPT.is_file()),
        )
        if not present
    ]
    tiers.need(", ".join(missing), not missing, "'make test' installeert het")


def _has_playwright() -> bool:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return False
    return True


@contextmanager
def chromium(profile: Path) -> Iterator[Any]:
    """A browser context on a fresh profile folder; yields playwright's ``BrowserContext``."""
    require_browser()  # before the import: without playwright, say what is missing
    from playwright.sync_api import sync_playwright

    with sync_playwright() as driver:
        context = driver.chromium.launch_persistent_context(
            str(profile),
            executable_path=str(CHROMIUM),
            headless=True,
            args=list(CHROMIUM_FLAGS),
        )
        try:
            yield context
        finally:
            context.close()


def axe_violations(page: Any, tags: tuple[str, ...] = WCAG_TAGS) -> list[dict[str, Any]]:
    """Run axe-core on the page for ``tags``; every violation with its failing nodes."""
    page.add_script_tag(content=AXE_SCRIPT.read_text(encoding="utf-8"))
    options = json.dumps({"runOnly": {"type": "tag", "values": list(tags)}})
    result: dict[str, Any] = page.evaluate(f"async () => await axe.run(document, {options})")
    return list(result["violations"])


def describe(violations: list[dict[str, Any]]) -> str:
    """Violations as lines a developer can act on: rule, impact, help and the elements."""
    lines = []
    for violation in violations:
        lines.append(f"{violation['id']} ({violation['impact']}): {violation['help']}")
        lines.extend(
            f"    {node['target']}: {node['failureSummary']}" for node in violation["nodes"]
        )
    return "\n".join(lines)
