"""A fragment that exists but runs from one paragraph into the next (P142): ``prestatie check``
says so in Dutch, at the line of the field, and names both paragraphs by their first words,
instead of "niet gevonden" with a closest passage. (Agreement 5 as it stands in 2024: the
Jaarplan 2024 rewrote its second paragraph.)"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from prestatie_build.cli import cli

CHANGE = """\
year: 2025
title: Jaarplan 2025
status: draft
changes:
  - op: replace
    target: 5
    old: |
      (voor jongeren tot 23 jaar). Begin 2023 was de gemiddelde wachttijd
    new: (voor jongeren tot 23 jaar). Eind 2023 was de gemiddelde wachttijd
"""


def test_check_names_both_paragraphs_in_dutch(assen: Path) -> None:
    (assen / "amendments" / "2025").mkdir()
    (assen / "amendments" / "2025" / "jaarplan.yaml").write_text(CHANGE, encoding="utf-8")
    outcome = CliRunner().invoke(cli, ["--root", str(assen), "check", "--today", "2024-11-01"])
    assert outcome.exit_code == 1
    lines = outcome.stderr.replace(f"{assen}/", "").splitlines()
    assert lines[0] == (
        "amendments/2025/jaarplan.yaml:7:5: error: de tekst bij `old:` loopt over 2 alinea's "
        "van `target: 5`; die tekst moet binnen één alinea staan [P142 fragment-across-blocks]"
    )
    assert lines[1] == (
        '  hint: de tekst begint in de alinea "Woningcorporaties borgen dat er voldoende aanbod '
        'is van …" en eindigt in de alinea "Begin 2023 was de gemiddelde wachttijd voor '
        'jongeren …". Schrijf een wijziging per alinea'
    )
    assert "niet" not in lines[0]  # not the P202 of a text that is not there
