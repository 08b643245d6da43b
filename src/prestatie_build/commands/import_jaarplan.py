"""``prestatie import jaarplan``: a Jaarplan in the renvooi form back into ``jaarplan.yaml``.

Reads one file (text or PDF), finds its paragraphs and parses them against the document as it
stood at the end of the year before, then writes ``amendments/<year>/jaarplan.yaml`` with a
writer's own YAML and checks the project with it, as ``prestatie check`` does. Nothing is
written when the text has a problem that is an error, and an existing Jaarplan is never
overwritten (the file is linked into place, which fails when it exists).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from pathlib import Path

from ..core.consolidation import consolidate
from ..core.errors import Diagnostic, SourceError, SourceLocation, UsageError
from ..core.jaarplan_emit import jaarplan_yaml
from ..core.jaarplan_import import ImportedJaarplan, known_headings, parse_renvooi
from ..core.messages import t
from ..core.model import check_year
from ..core.reflow import paragraphs_from_lines
from ..core.rules import CheckResult
from ..fs import create_file
from ..sources.import_text import read_import_lines
from ..sources.load import load_project
from .check import check_project
from .new import schema_reference


@dataclass(frozen=True, slots=True)
class ImportOutcome:
    path: Path
    """The Jaarplan written."""
    imported: ImportedJaarplan
    """What was read, with the import's own warnings."""
    check: CheckResult
    """``prestatie check`` of the project with the new Jaarplan."""


def import_jaarplan_file(
    root: Path, source: Path, shown: str, year: int, *, today: datetime.date
) -> ImportOutcome:
    """Import ``source`` (shown to the user as ``shown``) as the Jaarplan of ``year``.

    Raises UsageError for a year without a year before it in the period, SourceError when the
    Jaarplan exists, the file cannot be read, or its text has errors (nothing is written).
    """
    path = root / "amendments" / str(year) / "jaarplan.yaml"
    relative = f"amendments/{year}/jaarplan.yaml"
    if path.exists():
        raise _exists(relative)
    project = load_project(root, up_to_year=year - 1)
    check_year(project, year)
    if year - 1 < project.document.period.start:
        raise UsageError(
            t(
                "{year} is the first year of the period: there is no year before it to compare "
                "the quoted texts with",
                year=year,
            )
        )
    document = consolidate(project, year - 1).document
    lines = read_import_lines(source, shown)
    paragraphs = paragraphs_from_lines(lines, known_headings(document))
    imported = parse_renvooi(paragraphs, document, year)
    if imported.has_errors:
        raise SourceError(list(imported.diagnostics))
    text = jaarplan_yaml(imported, schema_reference(root, year))
    if not create_file(path, text):
        raise _exists(relative)
    return ImportOutcome(path, imported, check_project(root, today=today))


def _exists(shown: str) -> SourceError:
    return SourceError(
        [
            Diagnostic(
                SourceLocation(shown, 1),
                t("{path} exists already; import never overwrites a Jaarplan", path=shown),
                hint=t("remove or rename it first to import again"),
                code="P504",
            )
        ]
    )
