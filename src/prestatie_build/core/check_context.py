"""What a warning rule of ``prestatie check`` may look at: one type, shared by the rules of
:mod:`.rules` and :mod:`.loud_rules` without either importing the other."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from .model import AppliedChange, Document, Project


@dataclass(frozen=True, slots=True)
class CheckContext:
    """What a warning rule may look at."""

    project: Project
    final: Document
    """The document with every Jaarplan applied (deleted articles keep their place)."""
    applied: tuple[AppliedChange, ...]
    """Every change that applied, in order."""
    today: datetime.date
