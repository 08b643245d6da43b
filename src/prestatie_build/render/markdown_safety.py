"""Markdown for a GitHub comment in which the user's text notifies no one and links nowhere.

GitHub turns ``@user`` and ``@org/team`` into mentions (which notify them), ``#123``,
``GH-123`` and ``owner/repo#123`` into references (which link, and leave a trace on the issue
referred to), and bare URLs (``https://...``, ``www.``) and e-mail addresses into links. Agreement
text may hold any of them, and a comment posted by a workflow must not ping a stranger's team
because a Jaarplan quotes an e-mail address.

A WORD JOINER (U+2060) after the ``@``, the ``#``, the ``GH-``, the scheme's ``:`` and the ``www``
breaks each pattern: it is not a word character, it is invisible and it allows no line break
there, so the reader sees exactly the same text. Markup is left as it is: HTML comments, tags
(their attributes are no text), entities, and code (GitHub finds no references in code, and a
code span shows every character literally).
"""

from __future__ import annotations

import re

WORD_JOINER = "\u2060"

_MARKUP = re.compile(
    r"<!--.*?-->"  # an HTML comment, such as the review's marker
    r"|<code>.*?</code>"  # inline code as HTML
    r"|<[A-Za-z/][^<>]*>"  # a tag with its attributes
    r"|&#?[A-Za-z0-9]+;"  # an entity: its '#' is no reference
    r"|\\`"  # an escaped backtick opens no code span
    r"|(?P<fence>`+).*?(?<!`)(?P=fence)(?!`)",  # a code span
    re.DOTALL,
)
_REFERENCE = re.compile(
    r"@(?=[A-Za-z0-9])"  # @user, @org/team, user@example.nl
    r"|#(?=[0-9])"  # #123, owner/repo#123
    r"|\bGH-(?=[0-9])"  # GH-123
    r"|(?<=[A-Za-z0-9]):(?=//)"  # https://...: the scheme's colon
    r"|\bwww(?=\.)",  # www.example.nl
    re.IGNORECASE,
)


def neutralise_references(markdown: str) -> str:
    """``markdown`` with every mention, reference and bare link in its text made inert."""
    pieces: list[str] = []
    start = 0
    for markup in _MARKUP.finditer(markdown):
        pieces.append(_neutralise_text(markdown[start : markup.start()]))
        pieces.append(markup.group())
        start = markup.end()
    pieces.append(_neutralise_text(markdown[start:]))
    return "".join(pieces)


def _neutralise_text(text: str) -> str:
    return _REFERENCE.sub(lambda match: match.group() + WORD_JOINER, text)
