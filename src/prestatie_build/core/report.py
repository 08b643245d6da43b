"""The change report: what the Jaarplannen of a period changed, change by change.

The report is built from a :class:`~prestatie_build.core.model.Consolidation` only; the renderers
in ``render/report_*.py`` turn it into Markdown, JSON and HTML without looking anything up.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, replace
from typing import Literal

from .dutch import dutch_date, dutch_period, dutch_status
from .model import OPS, AppliedChange, Consolidation, FieldChange, Jaarplan, Op
from .targets import TargetRedline
from .worddiff import word_diff

TOTAL_LABELS: tuple[tuple[Op, str], ...] = (
    ("add", "Toegevoegd"),
    ("append", "Aangevuld"),
    ("replace", "Gewijzigd"),
    ("delete", "Verwijderd"),
    ("set", "Gegevens gewijzigd"),
)
"""How the totals name each op, in the order of :data:`~prestatie_build.core.model.OPS`."""

ALWAYS_TOTALLED: tuple[Op, ...] = ("add", "append", "replace", "delete")
"""The ops every report counts, even at zero; ``set`` (contract Part 2) only when the report
holds one, so that a report without keeps its shape (and its bytes)."""

CONCEPT_NOTE = "dit overzicht bevat wijzigingen uit een Jaarplan dat nog niet is vastgesteld."
"""What every format of a concept report says after CONCEPT."""


@dataclass(frozen=True, slots=True)
class ReportEntry(TargetRedline):
    """One applied change: its target's redline, and which change of which Jaarplan it is."""

    year: int
    op: Op
    label: str
    reason: str
    source: str
    """The change in its Jaarplan file, ``path:line``."""
    fields: tuple[FieldChange, ...] = ()
    """For ``set``: each field it changed (``Wie: Heuvelwonen → Heuvelwonen, Seyster Veste``)."""


@dataclass(frozen=True, slots=True)
class JaarplanSummary:
    """A Jaarplan whose changes the report holds."""

    year: int
    title: str
    status: Literal["draft", "adopted"]
    adopted_on: datetime.date | None = None
    adopted_place: str = ""

    @property
    def is_draft(self) -> bool:
        return self.status == "draft"

    @property
    def description(self) -> str:
        """``Jaarplan 2024, vastgesteld op 7 december 2023 te Assen`` or ``..., concept``."""
        text = f"{self.title}, {dutch_status(self.status)}"
        if self.adopted_on is not None:
            text += f" op {dutch_date(self.adopted_on)}"
        if self.adopted_place:
            text += f" te {self.adopted_place}"
        return text


@dataclass(frozen=True, slots=True)
class ChangeReport:
    """What changed in the years ``first_year`` to ``last_year`` (inclusive)."""

    title: str
    """The title of the document the changes apply to."""
    first_year: int
    last_year: int
    document_year: int
    """The year of the consolidated document the report accompanies (its anchors)."""
    is_concept: bool
    """A draft Jaarplan was applied: every rendering must say CONCEPT."""
    entries: tuple[ReportEntry, ...]
    """In applying order."""
    totals: tuple[tuple[Op, int], ...]
    """Changes per op, in the order of ``OPS``: always ``add, append, replace, delete``, and
    ``set`` when the report holds one."""
    jaarplannen: tuple[JaarplanSummary, ...]

    @property
    def is_empty(self) -> bool:
        return not self.entries

    @property
    def years(self) -> str:
        """``2024``, or ``2023-2024`` (with an en dash) for a longer period."""
        if self.first_year == self.last_year:
            return str(self.first_year)
        return dutch_period(self.first_year, self.last_year)

    @property
    def heading(self) -> str:
        """``Wijzigingen 2024``."""
        return f"Wijzigingen {self.years}"

    @property
    def summary(self) -> str:
        """One Dutch sentence that every rendering shows: ``Geen wijzigingen in 2025.``."""
        count = len(self.entries)
        if count == 0:
            return f"Geen wijzigingen in {self.years}."
        noun = "wijziging" if count == 1 else "wijzigingen"
        return f"{count} {noun} in {self.years}."

    @property
    def total_count(self) -> int:
        return len(self.entries)

    def total(self, op: Op) -> int:
        return dict(self.totals)[op]

    def labelled_totals(self) -> tuple[tuple[str, int], ...]:
        """``(("Toegevoegd", 2), ("Aangevuld", 5), ...)``: the totals as the report names them."""
        counted = dict(self.totals)
        return tuple((label, counted[op]) for op, label in TOTAL_LABELS if op in counted)


def build_report(consolidation: Consolidation, first_year: int, last_year: int) -> ChangeReport:
    """The report of every change applied in ``first_year`` to ``last_year``.

    The years must lie within what the consolidation applied: a report of a later year than the
    consolidated document would silently miss that year's changes.
    """
    if first_year > last_year:
        raise ValueError(f"first year {first_year} is after last year {last_year}")
    if last_year > consolidation.year:
        raise ValueError(f"year {last_year} is after the consolidated year {consolidation.year}")
    entries = tuple(_entry(applied) for applied in consolidation.applied_in(first_year, last_year))
    return ChangeReport(
        title=consolidation.document.title,
        first_year=first_year,
        last_year=last_year,
        document_year=consolidation.year,
        is_concept=consolidation.is_concept,
        entries=entries,
        totals=_totals(entries),
        jaarplannen=tuple(
            jaarplan_summary(jaarplan)
            for jaarplan in consolidation.jaarplannen
            if first_year <= jaarplan.year <= last_year
        ),
    )


def _totals(entries: tuple[ReportEntry, ...]) -> tuple[tuple[Op, int], ...]:
    counts = {op: sum(1 for entry in entries if entry.op == op) for op in OPS}
    return tuple((op, n) for op, n in counts.items() if n or op in ALWAYS_TOTALLED)


def _entry(applied: AppliedChange) -> ReportEntry:
    change = applied.change
    return ReportEntry(
        target=applied.target,
        before=applied.before,
        after=applied.after,
        redline=word_diff(applied.before, applied.after),
        year=change.year,
        op=change.op,
        label=change.label,
        reason=change.reason,
        source=str(change.location),
        fields=applied.fields,
    )


def jaarplan_summary(jaarplan: Jaarplan) -> JaarplanSummary:
    """What the report (and the version list) says about a Jaarplan."""
    adoption = jaarplan.adopted
    summary = JaarplanSummary(jaarplan.year, jaarplan.title, jaarplan.status)
    if adoption is None:
        return summary
    return replace(summary, adopted_on=adoption.date, adopted_place=adoption.place)
