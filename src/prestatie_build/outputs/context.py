"""What every output renderer may use: the loaded project, its consolidation and report.

The command that builds (``build`` or a ``publish`` worker) reads everything from outside:
the sources' bytes (for the PDFs to carry) and ``SOURCE_DATE_EPOCH``. A renderer reads no file
and no environment.
"""

from __future__ import annotations

import datetime
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from ..core.dates import as_moment, document_date
from ..core.model import Consolidation, Project
from ..core.report import ChangeReport

if TYPE_CHECKING:
    from ..render.pdf import SourceAttachment

SOURCE_MEDIA_TYPES = {".md": "text/markdown", ".yaml": "application/yaml"}
"""How an archival PDF labels the source files it carries."""


@dataclass(frozen=True, slots=True)
class BuildContext:
    """One year of one project, consolidated, with everything the renderers may use."""

    project: Project
    consolidation: Consolidation
    report: ChangeReport
    sources: Mapping[str, bytes] = field(default_factory=dict)
    """The source files the build read, by path inside the project, for a PDF/A-3 to carry."""
    epoch: datetime.datetime | None = None
    """``SOURCE_DATE_EPOCH``: the date of a version that no adoption dates (see core.dates)."""

    @property
    def templates(self) -> Path:
        return Path(self.project.root) / "templates"

    @property
    def year(self) -> int:
        return self.consolidation.year

    def attachments(self, names: Sequence[str] | None = None) -> tuple[SourceAttachment, ...]:
        """The files the build read (or ``names`` of them), for a PDF/A-3 to carry as sources.

        Stamped with the version's date (see :mod:`..core.dates`), never with the files' mtimes.
        """
        from ..render.pdf import SourceAttachment

        stamp = as_moment(document_date(self.consolidation, self.epoch))
        return tuple(
            SourceAttachment(
                name,
                self.sources[name],
                SOURCE_MEDIA_TYPES.get(PurePosixPath(name).suffix, "application/octet-stream"),
                stamp,
            )
            for name in (self.project.source_files if names is None else names)
        )
