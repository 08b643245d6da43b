"""Control characters: refused in the sources, never printed raw.

A source holds printable text, tabs and line ends; CR LF and a lone CR are line ends and become
``\\n`` where a file or a YAML string is read (:func:`normalise_line_ends`). Any other control
character (C0, DEL, C1: NUL, BEL, ESC, the one-byte CSI and OSC, ...) and the Unicode line and
paragraph separators are refused at the edge, raw or written as a YAML escape: in a terminal they
move the cursor, recolour it or set its title, and in a published page they are invisible. Text
that is printed anyway (a file name, a command-line argument) shows them as visible escapes
through :func:`visible`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

LAYOUT = "\n\t"
"""The control characters that multi-line output keeps: ``visible(text, keep=LAYOUT)``."""

_LINE_END = re.compile(r"\r\n?")
_REFUSED = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")
"""Every control character but tab and line feed, and U+2028/U+2029 (which YAML and some
editors count as line ends while the rest of the tool does not)."""
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def normalise_line_ends(text: str) -> str:
    """CR LF and lone CR as ``\\n``: the one line end the tool knows."""
    return _LINE_END.sub("\n", text)


def refused_characters(text: str) -> Iterator[int]:
    """The index of every refused control character in ``text`` (line ends normalised)."""
    return (found.start() for found in _REFUSED.finditer(text))


def describe_character(char: str) -> str:
    """``U+001B`` for a character that cannot be shown as itself."""
    return f"U+{ord(char):04X}"


def visible(text: str, keep: str = "") -> str:
    """``text`` with each control character (but those in ``keep``) written as an escape.

    ``visible("2025\\n")`` is ``2025\\\\n``: a name stays on its line, and nothing that reaches a
    terminal can steer it. ``keep="\\n\\t"`` keeps the layout of multi-line output.
    """
    return _UNPRINTABLE.sub(lambda found: _escape(found.group(), keep), text)


def _escape(char: str, keep: str) -> str:
    if char in keep:
        return char
    named = {"\n": "\\n", "\t": "\\t", "\r": "\\r"}
    if char in named:
        return named[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
