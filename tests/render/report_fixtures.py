"""Hand-built consolidations for the change-report and plain-text tests (no loader involved).

One small story, told consistently: Voorbeeldstad's agreements, a Jaarplan 2023 that changed
one word, a Jaarplan 2024 that uses every op (with hostile text in it), and optionally a draft
Jaarplan 2025 whose changes come from two files. Builders are plain functions, so a test can
make the variant it needs.
"""

from __future__ import annotations

import datetime

from prestatie_build.core import (
    Adoption,
    AppliedChange,
    Article,
    Block,
    Change,
    Chapter,
    Consolidation,
    Document,
    Item,
    Jaarplan,
    Op,
    Party,
    Period,
    Provenance,
    SourceLocation,
    TargetKind,
    TargetRef,
)

TITLE = "Prestatieafspraken 2022-2025 Voorbeeldstad"
HOSTILE = '<script>alert("x")</script> | *niet vet* [link](http://x)'
"""User text that must stay text in every format."""

DEFAULT_LABELS: dict[Op, str] = {
    "add": "Nieuwe afspraak",
    "append": "Aanvulling",
    "replace": "Wijziging",
    "delete": "Verwijderd",
}


def at(path: str, line: int = 1, col: int = 0) -> SourceLocation:
    return SourceLocation(path, line, col)


def jaarplan_file(year: int) -> str:
    return f"amendments/{year}/jaarplan.yaml"


def make_change(
    op: Op,
    year: int,
    line: int,
    *,
    label: str = "",
    reason: str = "",
    target: str | None = None,
    path: str = "",
) -> Change:
    """A change as the loader makes it: default label, location of its ``- op:`` line."""
    return Change(
        op=op,
        year=year,
        label=label or f"{DEFAULT_LABELS[op]} {year}",
        location=at(path or jaarplan_file(year), line, 5),
        reason=reason,
        target=target,
    )


def provenance_of(change: Change) -> Provenance:
    return Provenance(change.year, change.label, change.op, change.location)


def make_applied(
    change: Change,
    *,
    before: str,
    after: str,
    target: str,
    title: str,
    kind: TargetKind = "agreement",
    chapter: tuple[str, str] = ("betaalbaarheid", "Betaalbaarheid"),
    anchor: str | None = None,
) -> AppliedChange:
    """A change as applied; the anchor follows the consolidator's rules unless given."""
    if anchor is None:
        anchor = f"afspraak-{target}" if kind == "agreement" else target
    return AppliedChange(
        change=change,
        target=TargetRef(
            kind=kind,
            key=target,
            title=title,
            chapter=chapter[0],
            chapter_title=chapter[1],
            anchor=anchor,
        ),
        before=before,
        after=after,
    )


def make_jaarplan(year: int, changes: tuple[Change, ...] = (), *, draft: bool = False) -> Jaarplan:
    adopted = None if draft else Adoption(datetime.date(year - 1, 12, 7), "Voorbeeldstad", at("x"))
    return Jaarplan(
        year=year,
        title=f"Jaarplan {year}",
        status="draft" if draft else "adopted",
        location=at(jaarplan_file(year)),
        adopted=adopted,
        changes=changes,
    )


# --- the changes of the story, in applying order ---------------------------------------------

AFSPRAAK_5_BASE = (
    "Woningcorporaties borgen voldoende aanbod voor jongeren tot 23 jaar.\n\n"
    "Actium en de gemeente onderzoeken vraag en aanbod."
)
AFSPRAAK_5_2023 = AFSPRAAK_5_BASE.replace("23 jaar", "27 jaar")
AFSPRAAK_5_2024 = AFSPRAAK_5_2023 + "\n\nDe wachttijd mag niet oplopen: **3 jaar** is de grens."
TIJDLIJN_BEFORE = (
    "Tijdlijn\n\n"
    "Partijen starten voor 1 april van elk jaar het gesprek.\n\n"
    "- terugkijken op het voorgaande jaar;\n"
    "- samen besluiten over nieuwe afspraken."
)
TIJDLIJN_AFTER = (
    "Jaarlijkse cyclus\n\n"
    "Partijen plannen vóór 1 april een bestuurlijk overleg.\n\n"
    "1. terugkijken op het voorgaande jaar;\n"
    "2. focuspunten bepalen."
)
GOALS_BEFORE = "- We willen betaalbare woonlasten;"
GOAL_2024 = f"We willen geen huisuitzettingen. {HOSTILE}"
AFSPRAAK_2 = "In 2024 analyseren partijen het woonlastenonderzoek."
AFSPRAAK_7 = "De gemeente overweegt andere financiële bijdragen."


def changes_2023() -> tuple[AppliedChange, ...]:
    return (
        make_applied(
            make_change("replace", 2023, 8, target="5"),
            before=AFSPRAAK_5_BASE,
            after=AFSPRAAK_5_2023,
            target="5",
            title="Afspraak 5",
        ),
    )


def changes_2024() -> tuple[AppliedChange, ...]:
    """Seven changes: 1 add, 3 append, 2 replace, 1 delete."""
    return (
        make_applied(
            make_change("replace", 2024, 8, target="tijdlijn"),
            before=TIJDLIJN_BEFORE,
            after=TIJDLIJN_AFTER,
            target="tijdlijn",
            title="Jaarlijkse cyclus",
            kind="section",
            chapter=("samenwerking", "Samenwerking"),
        ),
        make_applied(
            make_change("append", 2024, 20, target="betaalbaarheid/goals", reason=HOSTILE),
            before=GOALS_BEFORE,
            after=f"{GOALS_BEFORE}\n- {GOAL_2024}",
            target="betaalbaarheid/goals",
            title="Doelen Betaalbaarheid",
            kind="list",
            anchor="doelen-betaalbaarheid",
        ),
        make_applied(
            make_change("add", 2024, 25),
            before="",
            after=AFSPRAAK_2,
            target="2",
            title="Afspraak 2",
        ),
        make_applied(
            make_change("append", 2024, 30, target="5", reason="de wachttijd is gemeten"),
            before=AFSPRAAK_5_2023,
            after=AFSPRAAK_5_2024,
            target="5",
            title="Afspraak 5",
        ),
        make_applied(
            make_change(
                "delete", 2024, 40, target="7", reason="de verhuurdersheffing is afgeschaft"
            ),
            before=AFSPRAAK_7,
            after="",
            target="7",
            title="Afspraak 7",
        ),
        make_applied(
            make_change("append", 2024, 45, target="documents"),
            before="- Woonvisie Voorbeeldstad 2020",
            after="- Woonvisie Voorbeeldstad 2020\n- Nota Vereveningsfonds 2023",
            target="documents",
            title="Overzicht documenten",
            kind="list",
            chapter=("", "Bijlagen"),
            anchor="documenten",
        ),
        make_applied(
            make_change("replace", 2024, 50, target="2", label="Herformulering 2024"),
            before=AFSPRAAK_2,
            after=AFSPRAAK_2.replace(" het ", "\nhet "),
            target="2",
            title="Afspraak 2",
        ),
    )


def changes_2025() -> tuple[AppliedChange, ...]:
    """A draft year whose second change comes from an extra file of the Jaarplan."""
    return (
        make_applied(
            make_change("append", 2025, 6, target="5"),
            before=AFSPRAAK_5_2024,
            after=AFSPRAAK_5_2024 + "\n\nPartijen verkennen extra middelen.",
            target="5",
            title="Afspraak 5",
        ),
        make_applied(
            make_change("delete", 2025, 3, target="tijdlijn", path="amendments/2025/zorg.yaml"),
            before=TIJDLIJN_AFTER,
            after="",
            target="tijdlijn",
            title="Jaarlijkse cyclus",
            kind="section",
            chapter=("samenwerking", "Samenwerking"),
        ),
    )


# --- the document after 2024 -------------------------------------------------------------------


def sample_document() -> Document:
    """The agreements as they stand after Jaarplan 2024 (what ``render_document_text`` shows)."""
    by_line = {a.change.location.line: a.change for a in changes_2024()}
    tijdlijn, goal, new_2, append_5, delete_7, document = (
        provenance_of(by_line[line]) for line in (8, 20, 25, 30, 40, 45)
    )
    herformulering = provenance_of(by_line[50])
    replace_5 = provenance_of(changes_2023()[0].change)
    samenwerking = Chapter(
        id="samenwerking",
        title="Samenwerking",
        location=at("agreements/document.yaml", 10),
        articles=(
            Article(
                chapter="samenwerking",
                number=None,
                id="tijdlijn",
                title="Jaarlijkse cyclus",
                blocks=tuple(
                    Block(text, at(jaarplan_file(2024), 9), tijdlijn)
                    for text in TIJDLIJN_AFTER.split("\n\n")[1:]
                ),
                location=at("agreements/samenwerking/tijdlijn.md"),
                title_provenance=tijdlijn,
            ),
        ),
    )
    betaalbaarheid = Chapter(
        id="betaalbaarheid",
        title="Betaalbaarheid",
        location=at("agreements/document.yaml", 12),
        goals_title="Wat willen we bereiken?",
        goals=(
            Item("We willen betaalbare woonlasten;", at("agreements/document.yaml", 15)),
            Item(GOAL_2024, at(jaarplan_file(2024), 21), goal),
        ),
        articles=(
            _agreement("2", (Block(AFSPRAAK_2, at("j", 26), herformulering),), origin=new_2),
            _agreement(
                "5",
                tuple(
                    Block(text, at("agreements/betaalbaarheid/afspraak-5.md", 4), provenance)
                    for text, provenance in zip(
                        AFSPRAAK_5_2024.split("\n\n"), (replace_5, None, append_5), strict=True
                    )
                ),
            ),
            _agreement("7", (), deleted=delete_7),
            _agreement(
                "12a",
                (Block("Een afspraak met een titel\nover twee regels.", at("x", 3)),),
                title="Jongerenhuisvesting",
            ),
        ),
    )
    return Document(
        title=TITLE,
        period=Period(2022, 2025),
        parties=(
            Party(
                "gemeente", "Gemeente Voorbeeldstad", at("d", 5), "De heer A. Jansen", "wethouder"
            ),
            Party("huurders", "Huurdersvereniging Ons Belang", at("d", 9)),
        ),
        chapters=(samenwerking, betaalbaarheid),
        location=at("agreements/document.yaml"),
        place="Voorbeeldstad",
        documents=(
            Item("Woonvisie Voorbeeldstad 2020", at("agreements/document.yaml", 30)),
            Item("Nota Vereveningsfonds 2023", at(jaarplan_file(2024), 46), document),
        ),
    )


def _agreement(
    number: str,
    blocks: tuple[Block, ...],
    *,
    title: str = "",
    origin: Provenance | None = None,
    deleted: Provenance | None = None,
) -> Article:
    return Article(
        chapter="betaalbaarheid",
        number=number,
        id=None,
        title=title,
        blocks=blocks,
        location=at(f"agreements/betaalbaarheid/afspraak-{number}.md"),
        origin=origin,
        deleted=deleted,
    )


def sample_consolidation(*, year: int = 2024, concept: bool = False) -> Consolidation:
    """The story up to ``year`` (2023, 2024 or 2025); ``concept`` adds the draft 2025 changes.

    Without ``concept``, 2025 has no Jaarplan at all: a year without changes.
    """
    applied = changes_2023() + (changes_2024() if year >= 2024 else ())
    jaarplannen = [make_jaarplan(2023, tuple(a.change for a in changes_2023()))]
    if year >= 2024:
        jaarplannen.append(make_jaarplan(2024, tuple(a.change for a in changes_2024())))
    if concept:
        applied += changes_2025()
        jaarplannen.append(make_jaarplan(2025, tuple(a.change for a in changes_2025()), draft=True))
        year = max(year, 2025)
    return Consolidation(
        year=year,
        document=sample_document(),
        jaarplannen=tuple(jaarplannen),
        applied=applied,
    )
