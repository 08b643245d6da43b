"""Dutch wording for the rendered documents: dates, statuses, periods.

Written out by hand rather than through the ``locale`` module: a build must not depend on which
locales the machine happens to have installed.
"""

from __future__ import annotations

import datetime

__all__ = ["MONTHS", "STATUS_WORDS", "dutch_date", "dutch_period", "dutch_status"]

MONTHS: tuple[str, ...] = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)

STATUS_WORDS: dict[str, str] = {"draft": "concept", "adopted": "vastgesteld"}
"""A Jaarplan's ``status`` as the document names it."""


def dutch_date(date: datetime.date) -> str:
    """``7 december 2023``: day without leading zero, month in lower case."""
    return f"{date.day} {MONTHS[date.month - 1]} {date.year}"


def dutch_status(status: str) -> str:
    """``concept`` or ``vastgesteld``; raises ``KeyError`` on an unknown status."""
    return STATUS_WORDS[status]


def dutch_period(start: int, end: int) -> str:
    """``2022-2025`` with an en dash, as Dutch typesetting writes a range."""
    return f"{start}\u2013{end}"
