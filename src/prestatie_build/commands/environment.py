"""What a build reads from its process environment, read in one place.

Renderers read no environment: the commands call :func:`source_date_epoch` and hand the value
down, and wrap rendering in :func:`stable_font_stamps`.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Iterator
from contextlib import contextmanager

from ..core.dates import SOURCE_DATE_EPOCH, parse_epoch

FONT_STAMP_EPOCH = "0"
"""``SOURCE_DATE_EPOCH`` for a render when the caller set none (see :func:`stable_font_stamps`)."""


def source_date_epoch() -> datetime.datetime | None:
    """``SOURCE_DATE_EPOCH`` of this process (https://reproducible-builds.org/specs/source-date-epoch/)."""
    return parse_epoch(os.environ.get(SOURCE_DATE_EPOCH, ""))


def build_options() -> dict[str, str | None]:
    """The environment variables that can change an output: part of every output's key."""
    return {SOURCE_DATE_EPOCH: os.environ.get(SOURCE_DATE_EPOCH)}


@contextmanager
def stable_font_stamps() -> Iterator[None]:
    """Keep the clock out of the PDF.

    Without the system library libharfbuzz-subset0, WeasyPrint 70 subsets fonts with fontTools,
    which stamps each embedded font's ``head.modified`` with the current time unless
    ``SOURCE_DATE_EPOCH`` is set: the same input would give another PDF every second. A value the
    caller set is respected; otherwise one is set for the duration of the render. fontTools reads
    only the environment, so this is the one place that writes it.
    """
    if SOURCE_DATE_EPOCH in os.environ:
        yield
        return
    os.environ[SOURCE_DATE_EPOCH] = FONT_STAMP_EPOCH
    try:
        yield
    finally:
        os.environ.pop(SOURCE_DATE_EPOCH, None)
