"""The whole build on the real Assen sources, through the CLI, with real PDFs."""

from __future__ import annotations

import hashlib
import json
import re
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from prestatie_build.cli import cli
from prestatie_build.core import fold
from projects import copy_assen

SEED = Path(__file__).parents[1] / "data" / "seed" / "jaarplan-2024-assen.txt"

FILES_2024 = (
    "prestatieafspraken-2024.html",
    "prestatieafspraken-2024.pdf",
    "wijzigingen-2024.html",
    "wijzigingen-2024.md",
    "wijzigingen-2024.json",
)
JAARPLAN_2024 = ("jaarplan-2024.html", "jaarplan-2024.pdf")

# The four passages the Jaarplan 2024 deletes, and the Tijdlijn it replaces.
DELETED = (
    "Actium en de gemeente Assen onderzoeken momenteel of vraag en aanbod",
    "De gemeente overweegt welke andere vormen van financiële bijdragen",
    "Er zal een taskforce sociale woningbouw opgericht worden",
    "In eerste instantie wordt uitbreiding van de huidige locaties benut.",
)
OLD_TIJDLIJN = (
    "Voorbereidend tripartiet overleg:",
    "Uitbrengen activiteitenoverzicht:",
    "Partijen starten voor 1 april van elk jaar het gesprek",
)
# Every addition of the seed, in document order (the start of each passage).
ADDITIONS = (
    "Jaarlijkse cyclus",
    "Partijen plannen vóór 1 april een bestuurlijk overleg",
    "In het vierde kwartaal stellen partijen (vóór 15 december)",
    "We willen geen huisuitzettingen meer vanwege huurachterstanden",
    "In 2024 worden de resultaten uit het Drents Woonlastenonderzoek 2023 geanalyseerd.",
    "Begin 2023 was de gemiddelde wachttijd voor jongeren",
    "De mogelijkheden worden verkend om de huurwoningvoorraad",
    "Partijen zullen tijdens verschillende contactmomenten met bewoners",
    "De Taskforce sociale woningbouw krijgt de taak",
    "Sinds 1 juni 2023 heeft Actium gekozen voor een tijdelijke verkoopstop",
    "Momenteel vindt een locatieonderzoek plaats",
    "De zoektijden zijn momenteel nog niet betrouwbaar genoeg",
    "Partijen verkennen of er nog extra (financiële) middelen",
    "Partijen streven ernaar voldoende rolstoeltoegankelijke woningen te realiseren.",
    "Partijen doen onderzoek naar welke locaties in aanmerking komen",
    "Om de doorstroming van senioren naar een nultredenwoning te stimuleren",
    "Mijn buurt Assen bevordert leefbaarheidsinitiatieven.",
    "Nota Vereveningsfonds sociale woningbouw gemeente Assen 2023",
    "Doelgroepenverordening gemeente Assen 2023",
)


def run(root: Path, *args: str) -> Result:
    return CliRunner().invoke(cli, ["--root", str(root), *args], catch_exceptions=False)


def pdf_text(path: Path) -> str:
    """The PDF's text with white space folded and hyphenation at line ends undone."""
    text = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    text = re.sub(r"[\u2010-]\n\s*", "", text.replace("\u00a0", " "))
    return fold(text)


def build_assen(folder: Path, *formats: str) -> Path:
    """A copy of the Assen project in ``folder``, built for 2023 and 2024."""
    root = copy_assen(folder)
    for year in ("2023", "2024"):
        result = run(root, "build", "--year", year, *formats)
        assert result.exit_code == 0, result.output
    return root


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Assen project, built for 2023 and 2024 (all outputs) once for this module."""
    return build_assen(tmp_path_factory.mktemp("built"))


@pytest.fixture(scope="module")
def built_pages(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same without the PDFs, for the tests that read none (the fast tier)."""
    return build_assen(tmp_path_factory.mktemp("pages"), "--format", "html,report")


@pytest.mark.pdf
def test_build_2024_writes_the_seven_files(built: Path) -> None:
    folder = built / "build" / "2024"
    assert sorted(p.name for p in folder.iterdir()) == sorted(FILES_2024 + JAARPLAN_2024)
    assert not [p for p in (built / "build").iterdir() if p.name.startswith(".")]


@pytest.mark.pdf
def test_pdf_2024_holds_every_addition_in_order_and_no_deleted_text(built: Path) -> None:
    text = pdf_text(built / "build" / "2024" / "prestatieafspraken-2024.pdf")
    body = text[text.index("Samenwerking, procesafspraken en monitoring", text.index("pagina 2")) :]
    positions = [body.find(fold(passage)) for passage in ADDITIONS]
    missing = [p for p, at in zip(ADDITIONS, positions, strict=True) if at < 0]
    assert not missing
    assert positions == sorted(positions)
    for passage in (*DELETED, *OLD_TIJDLIJN):
        assert fold(passage) not in text
    assert "Aanvulling 2024" in text and "Wijziging/aanvulling 2024" in text


@pytest.mark.pdf
def test_pdf_2023_shows_the_base_with_tijdlijn_and_no_2024_labels(built: Path) -> None:
    text = pdf_text(built / "build" / "2023" / "prestatieafspraken-2023.pdf")
    for passage in (*DELETED, *OLD_TIJDLIJN):
        assert fold(passage) in text
    for label in ("Aanvulling 2024", "Wijziging 2024", "Nieuwe afspraak 2024"):
        assert label not in text
    assert fold(ADDITIONS[3]) not in text


def test_year_2023_has_a_report_that_says_there_are_no_changes(built_pages: Path) -> None:
    report = json.loads(
        (built_pages / "build" / "2023" / "wijzigingen-2023.json").read_text("utf-8")
    )
    assert report["changes"] == []
    assert "Geen wijzigingen" in (built_pages / "build" / "2023" / "wijzigingen-2023.md").read_text(
        "utf-8"
    )


def test_the_2024_report_lists_every_change_of_the_seed_with_its_line(built_pages: Path) -> None:
    report = json.loads(
        (built_pages / "build" / "2024" / "wijzigingen-2024.json").read_text("utf-8")
    )
    changes = report["changes"]
    assert len(changes) == 20
    assert report["totals"] == {"add": 4, "append": 11, "replace": 1, "delete": 4}
    jaarplan = (
        (built_pages / "amendments" / "2024" / "jaarplan.yaml").read_text("utf-8").split("\n")
    )
    for change in changes:
        path, line = change["source"].split(":")[:2]
        assert path == "amendments/2024/jaarplan.yaml"
        assert jaarplan[int(line) - 1].lstrip().startswith("- op: " + change["op"])
    markdown = (built_pages / "build" / "2024" / "wijzigingen-2024.md").read_text("utf-8")
    for change in changes:
        assert change["source"] in markdown


def test_html_is_one_self_contained_dutch_page(built_pages: Path) -> None:
    html = (built_pages / "build" / "2024" / "prestatieafspraken-2024.html").read_text("utf-8")
    assert '<html lang="nl"' in html
    assert not re.search(r"""(src|href)=["']?(https?:|file:|//)""", html)
    assert "<link" not in html
    for anchor in ("afspraak-5", "afspraak-17", "afspraak-31", "tijdlijn"):
        assert f'id="{anchor}"' in html
        assert f'href="#{anchor}"' in html
    assert "[Vervallen per" not in html


def test_a_failed_build_writes_nothing_and_keeps_earlier_outputs(built_pages: Path) -> None:
    folder = built_pages / "build" / "2024"
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}
    jaarplan = built_pages / "amendments" / "2024" / "jaarplan.yaml"
    original = jaarplan.read_text("utf-8")
    try:
        jaarplan.write_text(original.replace("target: 33", "target: 34"), encoding="utf-8")
        result = run(built_pages, "build", "--year", "2024")
    finally:
        jaarplan.write_text(original, encoding="utf-8")
    assert result.exit_code == 1
    assert re.search(
        r"amendments/2024/jaarplan.yaml:\d+:5: error: afspraak '34' bestaat niet", result.output
    )
    assert "Traceback" not in result.output
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}
    assert after == before
    assert not [p for p in (built_pages / "build").iterdir() if p.name.startswith(".")]


def test_format_selects_outputs(assen: Path) -> None:
    result = run(assen, "build", "--year", "2024", "--format", "html,report")
    assert result.exit_code == 0, result.output
    names = sorted(p.name for p in (assen / "build" / "2024").iterdir())
    assert names == sorted(n for n in FILES_2024 if not n.endswith(".pdf"))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--year", "2030"], "--year 2030 valt buiten de looptijd 2022-2025"),
        (["--year", "twintig"], "'twintig' is geen geldig getal"),
        (
            ["--year", "2024", "--format", "docx"],
            "onbekend formaat docx; kies uit html, pdf, report, jaarplan",
        ),
        (["--year", "2024", "--since", "2024"], "--since 2024 moet vóór --year 2024 liggen"),
        (
            ["--year", "2024", "--since", "1000"],
            "--since 1000 ligt vóór de looptijd 2022-2025; met --since 2021",
        ),
    ],
)
def test_wrong_command_line_use_exits_2(assen: Path, args: list[str], message: str) -> None:
    result = run(assen, "build", *args)
    assert result.exit_code == 2
    assert message in result.output
    assert not (assen / "build").exists()


def test_since_reports_every_change_between_two_years(assen: Path) -> None:
    draft = assen / "amendments" / "2025" / "jaarplan.yaml"
    draft.parent.mkdir()
    draft.write_text(
        "year: 2025\ntitle: Jaarplan 2025\nstatus: draft\nchanges:\n"
        "  - op: append\n    target: 33\n    text: Een aanvulling voor 2025.\n",
        encoding="utf-8",
    )
    result = run(assen, "build", "--year", "2025", "--since", "2023", "--format", "report")
    assert result.exit_code == 0, result.output
    report = json.loads((assen / "build" / "2025" / "wijzigingen-2024-2025.json").read_text())
    assert [c["year"] for c in report["changes"]] == [2024] * 20 + [2025]
    assert report["concept"] is True
    assert "CONCEPT" in (assen / "build" / "2025" / "wijzigingen-2024-2025.md").read_text()
    assert "CONCEPT" in result.output


@pytest.mark.pdf
def test_a_draft_marks_every_output_concept(assen: Path) -> None:
    jaarplan = assen / "amendments" / "2024" / "jaarplan.yaml"
    text = jaarplan.read_text("utf-8").replace("status: adopted", "status: draft")
    jaarplan.write_text(text, encoding="utf-8")
    result = run(assen, "build", "--year", "2024")
    assert result.exit_code == 0, result.output
    folder = assen / "build" / "2024"
    assert "CONCEPT" in pdf_text(folder / "prestatieafspraken-2024.pdf")
    for name in ("prestatieafspraken-2024.html", "wijzigingen-2024.html", "wijzigingen-2024.md"):
        assert "CONCEPT" in (folder / name).read_text("utf-8"), name
    assert json.loads((folder / "wijzigingen-2024.json").read_text("utf-8"))["concept"] is True


HOSTILE = """---
number: 40
---
Een <script>alert("x")</script> en {{ 7*7 }} en {% if true %}ja{% endif %}.

[link](file:///etc/passwd) en [web](http://example.org/)
"""
HOSTILE_IMAGES = (
    "![geheim](file:///etc/passwd) ![web](http://127.0.0.1:9/x.png) ![op](../../../etc/hosts)\n"
)
"""Images from outside the project: the loader refuses each at its line (source-format Part 2)."""


def test_images_from_outside_the_project_are_refused_and_nothing_is_written(assen: Path) -> None:
    agreement = assen / "agreements" / "leefbaarheid" / "afspraak-40.md"
    agreement.write_text(HOSTILE + "\n" + HOSTILE_IMAGES, "utf-8")
    result = run(assen, "build", "--year", "2024", "--format", "html")
    assert result.exit_code == 1
    at = "agreements/leefbaarheid/afspraak-40.md:8: error: de afbeelding"
    assert f"{at} file:///etc/passwd is geen bestand in het project" in result.output
    assert f"{at} http://127.0.0.1:9/x.png is geen bestand in het project" in result.output
    assert f"{at} ../../../etc/hosts staat buiten het project" in result.output
    assert not (assen / "build").exists()


@pytest.mark.pdf
def test_hostile_text_stays_text_and_fetches_nothing(assen: Path) -> None:
    (assen / "agreements" / "leefbaarheid" / "afspraak-40.md").write_text(HOSTILE, "utf-8")
    result = run(assen, "build", "--year", "2024", "--format", "html,pdf")
    assert result.exit_code == 0, result.output
    html = (assen / "build" / "2024" / "prestatieafspraken-2024.html").read_text("utf-8")
    assert "&lt;script&gt;alert(" in html and "<script>alert" not in html
    assert "{{ 7*7 }}" in html and "49" not in html.split('id="afspraak-40"')[1][:2000]
    assert "{% if true %}" in html
    assert not re.search(r"""(src|href)=["']?(file:|\.\./)""", html)
    text = pdf_text(assen / "build" / "2024" / "prestatieafspraken-2024.pdf")
    assert '<script>alert("x")</script>' in text
    assert "{{ 7*7 }}" in text
    assert "root:x:0:0" not in text
