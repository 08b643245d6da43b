"""A target's redline as JSON: the fields that the change report and the review share.

Both documents carry ``schema_version``; their JSON Schemas are published with the package
(``schemas/report.schema.json`` and ``schemas/review.schema.json``, which share
``schemas/redline.schema.json``). Keys come in a fixed, readable order (not sorted): the same
input always gives the same bytes.
"""

from __future__ import annotations

import json
from typing import Any

from ..core.targets import TargetRedline
from ..core.worddiff import Redline

SCHEMA_VERSION = 1
"""Of both JSON documents (they share the redline's fields): it goes up when a key changes
meaning or disappears; adding keys does not."""


def json_document(**fields: Any) -> str:
    """The fields after ``schema_version`` as indented JSON text (UTF-8 characters kept),
    ending in a newline."""
    document = {"schema_version": SCHEMA_VERSION, **fields}
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def redline_record(entry: TargetRedline) -> dict[str, Any]:
    """Where the target is, both its texts, and the runs that turn one into the other."""
    target = entry.target
    return {
        "chapter": {"id": target.chapter, "title": target.chapter_title},
        "target": {
            "kind": target.kind,
            "key": target.key,
            "title": target.title,
            "anchor": target.anchor,
        },
        "was": entry.before,
        "wordt": entry.after,
        "text_change": entry.text_change,
        "words": _words(entry.redline),
        "ops": _ops(entry.redline),
    }


def _words(redline: Redline) -> dict[str, int]:
    """How many words the redline deletes, inserts and keeps."""
    counts = redline.counts
    return {"deleted": counts.deleted, "inserted": counts.inserted, "kept": counts.kept}


def _ops(redline: Redline) -> list[dict[str, str]]:
    """The redline's runs: both texts can be rebuilt from them."""
    return [{"kind": op.kind, "text": op.text} for op in redline.ops]
