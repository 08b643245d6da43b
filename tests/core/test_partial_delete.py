"""A block that lost a fragment to a ``delete`` keeps its rest under ``Wijziging {year}``.

Assen 2024 deletes one sentence of agreement 17: the remaining sentence stays in force, so it
must not sit under the delete's label "Verwijderd 2024" (as if it had gone too).
"""

from __future__ import annotations

import re

from prestatie_build.core import consolidate
from prestatie_build.render import render_document_html
from prestatie_build.sources import load_project
from projects import REPO

REMAINING = "De gemeente en Actium voegen 10-15 extra standplaatsen"


def test_assen_17_keeps_its_remaining_sentence_under_wijziging() -> None:
    result = consolidate(load_project(REPO), 2024)
    seventeen = next(a for a in result.document.articles() if a.number == "17")
    remaining = next(b for b in seventeen.blocks if b.text.startswith(REMAINING))
    assert remaining.provenance is not None
    assert remaining.provenance.label == "Wijziging 2024"
    labels = [entry.provenance.label for entry in seventeen.history]
    assert labels == ["Verwijderd 2024", "Wijziging/aanvulling 2024"]


def test_assen_17_html_shows_wijziging_above_the_sentence_and_verwijderd_in_history() -> None:
    html = render_document_html(consolidate(load_project(REPO), 2024))
    article = re.search(r'<article[^>]*id="afspraak-17".*?</article>', html, re.S)
    assert article is not None
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", article.group(0)))
    assert re.search(rf"Wijziging 2024 {REMAINING}", text), text
    before_history = text.split("Geschiedenis")[0]
    assert "Verwijderd" not in before_history
    assert "Verwijderd 2024" in text.split("Geschiedenis")[1]
