"""The house typeface, Lato, as ``@font-face`` rules: for WeasyPrint and for every HTML page.

The PDF refers to the full fonts of ``templates/fonts/`` by relative URL; WeasyPrint fetches them
through its sandbox and embeds the glyphs it uses. An HTML page must stay one file that makes no
request, so it embeds ``templates/fonts/web/``: subsets of the same fonts (Latin text and its
punctuation, no hinting, about 32 kB each), as ``data:`` URLs, under the same CSS name "Lato".
Document, change report, Jaarplan and site index thus show one typeface on screen and in print.

Licence: a subset is a Modified Version under the SIL Open Font License, and "Lato" is a Reserved
Font Name, which the licence keeps from "the primary font name as presented to the users". The
subsets are therefore named "Prestatie Sans" in their own name table (what a browser or a font
tool presents); "Lato" is only the page's internal CSS name for them, which nobody is shown.
Every page carries the copyright and the licence in a CSS comment before the fonts.
``scripts/make_web_fonts.py`` makes the subsets.
"""

from __future__ import annotations

import base64
from functools import lru_cache
from pathlib import Path

from markupsafe import Markup

from .faces import FONT_FACES, FONT_FAMILY, FONTS_DIR, WEB_FONTS_DIR, FontFace
from .templating import find_asset, inline_css, read_asset

__all__ = [
    "page_stylesheet",
    "print_font_faces",
    "web_font_faces",
]

WEB_LICENCE = "fonts/web/OFL.txt"


def print_font_faces() -> str:
    """``@font-face`` rules with URLs relative to the assets folder, for WeasyPrint."""
    return "\n".join(
        _rule(face, f'url("{FONTS_DIR}/{face.file}") format("woff2")') for face in FONT_FACES
    )


def web_font_faces(templates_dir: Path | None = None) -> str:
    """The licence, then ``@font-face`` rules embedding the web subsets, for an HTML page.

    A project's ``templates/fonts/web/`` may hold its own files of the same names.
    """
    paths = tuple(find_asset(f"{WEB_FONTS_DIR}/{f.web_file}", templates_dir) for f in FONT_FACES)
    return _web_font_faces(find_asset(WEB_LICENCE, templates_dir), paths)


@lru_cache(maxsize=8)
def _web_font_faces(licence: Path, paths: tuple[Path, ...]) -> str:
    """Read and encoded once per process: every page of a build embeds the same fonts."""
    rules = [
        _rule(face, f'url("data:font/woff2;base64,{_base64(path)}") format("woff2")')
        for face, path in zip(FONT_FACES, paths, strict=True)
    ]
    return "\n".join([_comment(licence.read_text(encoding="utf-8")), *rules])


def _rule(face: FontFace, source: str) -> str:
    return (
        f'@font-face {{ font-family: "{FONT_FAMILY}"; font-weight: {face.weight}; '
        f"font-style: {face.style}; src: {source}; }}"
    )


def _base64(path: Path) -> str:
    return base64.b64encode(path.read_bytes()).decode("ascii")


def _comment(text: str) -> str:
    """``text`` as a CSS comment; a ``*/`` in it could not end the comment early."""
    return "/*\n" + text.replace("*/", "* /").strip() + "\n*/"


def page_stylesheet(name: str, templates_dir: Path | None) -> Markup:
    """The house fonts (embedded), then the stylesheet ``name`` (the project's or the
    package's), ready for a page's ``<style>``."""
    return inline_css(f"{web_font_faces(templates_dir)}\n{read_asset(name, templates_dir)}")
