"""Fixtures for the renderer tests: small hand-built consolidations, no loader involved.

The model is frozen, so one instance per session is safe to share between tests.
"""

from __future__ import annotations

import datetime

import pytest

from prestatie_build.core import (
    Adoption,
    Article,
    Block,
    Chapter,
    Consolidation,
    Document,
    HistoryEntry,
    Item,
    Jaarplan,
    Op,
    Party,
    Period,
    Provenance,
    SourceLocation,
)

DOCUMENT_TITLE = "Prestatieafspraken 2022-2025 Teststad"
SCRIPT_TEXT = "<script>alert(1)</script>"
TEMPLATE_TEXT = "{{ 7*7 }}"
SPECIAL_TEXT = (
    "Zeeën, café, reïntegratie en coöperatie: ‘enkel’ en “dubbel” … "  # noqa: RUF001
    "met een bijdrage van € 480.000 per jaar."
)


def _at(path: str, line: int = 1) -> SourceLocation:
    return SourceLocation(path, line)


def _provenance(year: int, label: str, op: Op) -> Provenance:
    return Provenance(year, label, op, _at(f"amendments/{year}/jaarplan.yaml", 10))


def build_render_sample_consolidation(*, concept: bool = False) -> Consolidation:
    """A two-chapter document with every kind of change the renderers must show.

    With ``concept`` a draft Jaarplan 2025 is applied on top of the adopted 2024 one.
    """
    aanvulling = _provenance(2024, "Aanvulling 2024", "append")
    wijziging = _provenance(2024, "Wijziging 2024", "replace")
    nieuw = _provenance(2024, "Nieuwe afspraak 2024", "add")
    vervallen = _provenance(2024, "Verwijderd 2024", "delete")
    eigen_label = _provenance(2024, "Wijziging/aanvulling 2024", "append")
    betaalbaarheid = Chapter(
        id="betaalbaarheid",
        title="Betaalbaarheid",
        location=_at("agreements/document.yaml", 20),
        goals_title="Wat willen we tot en met 2025 bereiken?",
        goals=(
            Item("We willen dat de woonlasten **betaalbaar** blijven;", _at("d.yaml", 22)),
            Item("We willen geen huisuitzettingen meer.", _at("j.yaml", 30), aanvulling),
        ),
        articles=(
            Article(
                chapter="betaalbaarheid",
                number=None,
                id="tijdlijn",
                title="Jaarlijkse cyclus",
                blocks=(
                    Block(
                        "Partijen plannen vóór 1 april een overleg:\n\n"
                        "1. terugkijken\n2. focuspunten bepalen",
                        _at("agreements/betaalbaarheid/tijdlijn.md", 5),
                        wijziging,
                    ),
                ),
                location=_at("agreements/betaalbaarheid/tijdlijn.md"),
                title_provenance=wijziging,
                history=(HistoryEntry(wijziging, "de cyclus is vereenvoudigd"),),
            ),
            Article(
                chapter="betaalbaarheid",
                number="5",
                id=None,
                title="",
                blocks=(
                    Block(SPECIAL_TEXT, _at("agreements/betaalbaarheid/afspraak-5.md", 4)),
                    Block(
                        f"Onveilig: {SCRIPT_TEXT} en {TEMPLATE_TEXT} blijven tekst.",
                        _at("agreements/betaalbaarheid/afspraak-5.md", 6),
                    ),
                    Block(
                        "Begin 2023 was de gemiddelde wachttijd circa 3 jaar.",
                        _at("amendments/2024/jaarplan.yaml", 40),
                        aanvulling,
                    ),
                ),
                location=_at("agreements/betaalbaarheid/afspraak-5.md"),
                history=(HistoryEntry(aanvulling, "de wachttijd is gemeten"),),
            ),
            Article(
                chapter="betaalbaarheid",
                number="7",
                id=None,
                title="Verhuurdersheffing",
                blocks=(),
                location=_at("agreements/betaalbaarheid/afspraak-7.md"),
                deleted=vervallen,
                history=(HistoryEntry(vervallen, "de verhuurdersheffing is afgeschaft"),),
            ),
            Article(
                chapter="betaalbaarheid",
                number="12",
                id=None,
                title="",
                blocks=(
                    Block(
                        "Partijen brengen de energiecoaches onder de aandacht.",
                        _at("amendments/2024/jaarplan.yaml", 50),
                        nieuw,
                    ),
                ),
                location=_at("amendments/2024/jaarplan.yaml", 48),
                origin=nieuw,
                history=(HistoryEntry(nieuw),),
            ),
            Article(
                chapter="betaalbaarheid",
                number="12a",
                id=None,
                title="Jongerenhuisvesting",
                blocks=(
                    Block("Een afspraak met een titel.", _at("agreements/b/afspraak-12a.md", 4)),
                    Block(
                        "Momenteel vindt een locatieonderzoek plaats.",
                        _at("amendments/2024/jaarplan.yaml", 60),
                        eigen_label,
                    ),
                ),
                location=_at("agreements/betaalbaarheid/afspraak-12a.md"),
                history=(HistoryEntry(eigen_label),),
            ),
        ),
    )
    duurzaamheid_blocks = [
        Block(
            "Zie de [Woonvisie](https://www.example.nl/woonvisie) en ![logo](http://example.com/l.png)"
            " en [een lokaal bestand](file:///etc/passwd).",
            _at("agreements/duurzaamheid/afspraak-27.md", 4),
        )
    ]
    jaarplannen = [
        Jaarplan(
            year=2024,
            title="Jaarplan 2024",
            status="adopted",
            location=_at("amendments/2024/jaarplan.yaml"),
            adopted=Adoption(datetime.date(2023, 12, 7), "Teststad", _at("j.yaml", 5)),
        )
    ]
    if concept:
        duurzaamheid_blocks.append(
            Block(
                "Partijen verkennen extra middelen.",
                _at("amendments/2025/jaarplan.yaml", 12),
                _provenance(2025, "Aanvulling 2025", "append"),
            )
        )
        jaarplannen.append(
            Jaarplan(
                year=2025,
                title="Jaarplan 2025",
                status="draft",
                location=_at("amendments/2025/jaarplan.yaml"),
            )
        )
    duurzaamheid = Chapter(
        id="duurzaamheid",
        title="Duurzaamheid",
        location=_at("agreements/document.yaml", 30),
        articles=(
            Article(
                chapter="duurzaamheid",
                number="27",
                id=None,
                title="",
                blocks=tuple(duurzaamheid_blocks),
                location=_at("agreements/duurzaamheid/afspraak-27.md"),
            ),
        ),
    )
    document = Document(
        title=DOCUMENT_TITLE,
        period=Period(2022, 2025),
        parties=(
            Party(
                "gemeente", "Gemeente Teststad", _at("d.yaml", 5), "De heer A. Jansen", "wethouder"
            ),
            Party(
                "corporatie",
                "Woonstichting Één",
                _at("d.yaml", 9),
                "Mevrouw B. de Vries",
                "directeur-bestuurder",
            ),
            Party("huurders", "Huurdersvereniging Ons Belang", _at("d.yaml", 13)),
        ),
        chapters=(betaalbaarheid, duurzaamheid),
        location=_at("agreements/document.yaml"),
        place="Teststad",
        documents=(
            Item("Woonvisie Teststad 2020", _at("d.yaml", 40)),
            Item("Nota Vereveningsfonds 2023", _at("j.yaml", 90), aanvulling),
        ),
    )
    return Consolidation(
        year=2025 if concept else 2024,
        document=document,
        jaarplannen=tuple(jaarplannen),
        applied=(),
    )


@pytest.fixture(scope="session")
def render_sample() -> Consolidation:
    """The adopted 2024 consolidation of the renderer sample."""
    return build_render_sample_consolidation()


@pytest.fixture(scope="session")
def render_sample_concept() -> Consolidation:
    """The renderer sample with a draft Jaarplan 2025 applied: a CONCEPT build."""
    return build_render_sample_consolidation(concept=True)
