"""How a reader names what the agreements hold: one spelling for every output.

The change report, the review, ``prestatie show``, the consolidated document (HTML and text)
and the Jaarplan's targets take their names from here, so that an agreement reads
"Afspraak 5 (Titel)" wherever it is named. The words of a redline (the legend, "Was" and
"Wordt", what happened to a text) are here too: the change report and the review share them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from .model import Article
from .worddiff import TextChange

APPENDIX_CHAPTER = "Bijlagen"
"""Where the documents list stands, when a chapter title is asked for."""
DOCUMENTS_LIST = "Overzicht documenten"
"""The name of the documents appendix."""


def agreement_name(number: str, title: str = "") -> str:
    """``Afspraak 5``, or ``Afspraak 5 (Titel)`` for an agreement with a title."""
    name = f"Afspraak {number}"
    return f"{name} ({title})" if title else name


def article_name(article: Article) -> str:
    """An agreement by number and title, a section by its title (after its number, if any)."""
    if article.number is None:
        number = article.section_number
        return f"{number} {article.title}" if number else article.title
    return agreement_name(article.number, article.title)


DEFAULT_AGREEMENT_HEADING = "Afspraak {number}"
"""``document.yaml``'s ``agreement_heading`` when it sets none."""
_HEADING_FIELD = re.compile(r"\{(number|title|type)\}")
_SEPARATORS = " :;,-\u2013\u2014"
"""What may stand between an empty title and the rest, to go with it."""


def agreement_heading_text(heading: str, number: str, title: str = "", type_name: str = "") -> str:
    """An agreement's heading after ``document.yaml``'s ``agreement_heading`` (contract Part 2).

    ``{number}``, ``{title}`` and ``{type}`` are filled in; an empty one leaves no double space
    or dangling separator. A heading that does not name ``{title}`` gets the title in brackets
    after it, as the default does: ``Afspraak 5 (Titel)``. The one place that formats the
    heading: the ``type`` of an agreement arrives here once agreements have one.
    """
    template = heading or DEFAULT_AGREEMENT_HEADING
    values = {"number": number, "title": title, "type": type_name}
    text = " ".join(_HEADING_FIELD.sub(lambda m: values[m.group(1)], template).split())
    if "{title}" not in template:
        return f"{text} ({title})" if title else text
    return text if title else text.strip(_SEPARATORS)


def article_heading(article: Article, heading: str = "") -> str:
    """The article's heading in the document: its name, but a deleted agreement only by
    number (its title was part of the text that went). ``heading``: the document's
    ``agreement_heading``."""
    if article.number is None:
        return article_name(article)
    title = "" if article.deleted is not None else article.title
    return agreement_heading_text(heading, article.number, title)


def toc_label(article: Article, heading: str = "") -> str:
    """How the table of contents names an article; deleted ones say so."""
    text = article_heading(article, heading)
    return f"{text} (vervallen)" if article.deleted is not None else text


def goals_name(chapter_title: str) -> str:
    """A chapter's goals list: ``Doelen Betaalbaarheid``."""
    return f"Doelen {chapter_title}"


def deleted_label(article: Article) -> str:
    """What stands in the place of a deleted agreement or section, ``[Vervallen per 2025]``;
    empty while it stands."""
    if article.deleted is None:
        return ""
    return f"[Vervallen per {article.deleted.year}]"


# --- the words of a redline ---------------------------------------------------------------

LEGEND = "Doorgehaalde tekst vervalt, onderstreepte tekst is nieuw."
UNCHANGED_NOTE = "De tekst is niet gewijzigd."
# The headings of the old text, of the new text, and of one text that shows both (what goes
# struck through, what comes underlined).
BEFORE, AFTER, BEFORE_AND_AFTER = "Was", "Wordt", "Was → wordt"
TEXT_CHANGE_WORDS: Mapping[TextChange, str] = {
    "unchanged": "ongewijzigd",
    "new": "nieuw",
    "removed": "vervalt",
    "changed": "gewijzigd",
    "rewritten": "herschreven",
}
"""What happened to a target's text, in a word (see :attr:`Redline.text_change`)."""
