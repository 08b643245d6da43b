"""The date an output carries: from the sources, or from ``SOURCE_DATE_EPOCH``; never the clock.

Two builds of the same sources must give the same bytes, so no output may read the current time.
A consolidated version is dated by the adoption of the newest Jaarplan it applies. A version
without one (the base document, or one that applies a draft) takes ``SOURCE_DATE_EPOCH`` when it
is set (https://reproducible-builds.org/specs/source-date-epoch/), and otherwise carries no date.
"""

from __future__ import annotations

import datetime

from .errors import UsageError
from .messages import t
from .model import Consolidation

SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH"

UNKNOWN_DATE = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)
"""What a file inside a PDF is stamped with when no date is known (WeasyPrint needs one)."""

DocumentDate = datetime.date | datetime.datetime
"""A day (an adoption) or a moment (``SOURCE_DATE_EPOCH``, in UTC)."""


LAST_EPOCH = 253402300799
"""``SOURCE_DATE_EPOCH`` of 9999-12-31 23:59:59 UTC: a PDF date has four digits for the year."""


def parse_epoch(value: str) -> datetime.datetime | None:
    """A ``SOURCE_DATE_EPOCH`` value as a UTC moment; None when empty.

    The specification asks a build to fail on a malformed value rather than guess: anything but
    whole seconds from 1970 up to :data:`LAST_EPOCH` raises UsageError.
    """
    value = value.strip()
    if not value:
        return None
    if not (value.isascii() and value.isdigit()) or int(value) > LAST_EPOCH:
        raise UsageError(
            t(
                "{name}={value} is not a date a document can carry: give whole seconds since "
                "1970-01-01, at most {last} (9999-12-31)",
                name=SOURCE_DATE_EPOCH,
                value=repr(value[:40]),
                last=LAST_EPOCH,
            )
        )
    return datetime.datetime.fromtimestamp(int(value), tz=datetime.UTC)


def document_date(
    consolidation: Consolidation, epoch: datetime.datetime | None = None
) -> DocumentDate | None:
    """The date of a consolidated version: its newest Jaarplan's adoption, when all are adopted."""
    adoptions = [j.adopted.date for j in consolidation.jaarplannen if j.adopted is not None]
    if adoptions and not consolidation.is_concept:
        return max(adoptions)
    return epoch


def w3c_date(date: DocumentDate) -> str:
    """The date as ``dcterms.created`` wants it: ``2023-12-07`` or ``2024-01-01T00:00:00Z``."""
    if isinstance(date, datetime.datetime):
        return date.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    return date.isoformat()


def as_moment(date: DocumentDate | None) -> datetime.datetime:
    """A UTC moment for file stamps: a day becomes its midnight; unknown becomes 1970-01-01."""
    if date is None:
        return UNKNOWN_DATE
    if isinstance(date, datetime.datetime):
        return date.astimezone(datetime.UTC)
    return datetime.datetime(date.year, date.month, date.day, tzinfo=datetime.UTC)
