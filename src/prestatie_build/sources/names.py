"""Editor droppings: files an editor leaves beside the one being edited, never sources.

Emacs leaves a lock (``.#jaarplan.yaml``, a symbolic link to nowhere while a buffer is unsaved)
and an auto-save (``#jaarplan.yaml#``), Emacs and others a backup (``jaarplan.yaml~``), Vim a swap
file (``.jaarplan.yaml.swp``). A module of its own, without YAML, so that the manifest of a build
can pass over them before anything is loaded.
"""

from __future__ import annotations

import re

_EDITOR_DROPPING = re.compile(r"\.#.*|#.*#|.*~|\..*\.sw[a-p]")
"""Emacs locks and auto-saves, backups, Vim swap files (.swp, and .swo ... when one exists)."""


def is_editor_dropping(name: str) -> bool:
    """Whether a file name is an editor's lock, auto-save, backup or swap file."""
    return _EDITOR_DROPPING.fullmatch(name) is not None
