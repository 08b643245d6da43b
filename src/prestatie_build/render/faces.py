"""The typeface's faces, and which characters the fonts the PDFs are set in can print.

The print page embeds the four Lato faces of the templates (the project's own ``fonts/`` when
it has one, see ``html.asset_base_dir``). A character none of them has a glyph for would print
as an empty box, so ``prestatie check`` and every PDF build refuse it first
(:mod:`..core.characters`); this module tells them which characters those are.

Reading a font's character map takes fontTools and a quarter of a second for the four faces, too
slow for a check on every commit. The shipped faces' maps are therefore read once, when the
fonts change, into :data:`COVERAGE_FILE` (``scripts/make_font_coverage.py`` writes it;
a test holds it against the fonts). A project's own fonts are read with fontTools, once per
process.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..core.characters import Charset, charset_from_code_points

__all__ = [
    "COVERAGE_FILE",
    "FONTS_DIR",
    "FONT_FACES",
    "FONT_FAMILY",
    "WEB_FONTS_DIR",
    "FontFace",
    "coverage_table",
    "face_files",
    "print_charset",
]


@dataclass(frozen=True, slots=True)
class FontFace:
    """One face of the typeface: its full font (for the PDF) and its web subset (for HTML)."""

    file: str
    web_file: str
    weight: int
    style: str


FONT_FAMILY = "Lato"
FONT_FACES: tuple[FontFace, ...] = (
    FontFace("Lato-Regular.woff2", "PrestatieSans-Regular.woff2", 400, "normal"),
    FontFace("Lato-Italic.woff2", "PrestatieSans-Italic.woff2", 400, "italic"),
    FontFace("Lato-Bold.woff2", "PrestatieSans-Bold.woff2", 700, "normal"),
    FontFace("Lato-BoldItalic.woff2", "PrestatieSans-BoldItalic.woff2", 700, "italic"),
)
"""The typeface's four faces; :mod:`.fonts` makes their ``@font-face`` rules."""
FONTS_DIR = "fonts"
WEB_FONTS_DIR = "fonts/web"

PACKAGE_FONTS = Path(__file__).resolve().parent.parent / "templates" / FONTS_DIR
"""The shipped faces (``templating.PACKAGE_TEMPLATES``; not imported from there, which would
import Jinja into ``prestatie check``)."""
COVERAGE_FILE = PACKAGE_FONTS / "coverage.json"
"""Each shipped face's SHA-256 and the code point ranges it has glyphs for."""


def face_files(project_templates: Path | None = None) -> tuple[Path, ...]:
    """The file of each face as the print page gets it: every face from the project's
    ``fonts/`` when it holds the regular face (see ``html.asset_base_dir``), else the package's.
    """
    folder = PACKAGE_FONTS
    if project_templates is not None:
        own = project_templates / FONTS_DIR
        if (own / FONT_FACES[0].file).is_file():
            folder = own
    return tuple(folder / face.file for face in FONT_FACES)


def print_charset(project_templates: Path | None = None) -> Charset:
    """The characters every face of the print fonts can print."""
    files = face_files(project_templates)
    return _charset(tuple((path, _fingerprint(path)) for path in files))


def _fingerprint(path: Path) -> str:
    """The face's SHA-256 (a missing face: empty; the PDF build reports it)."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return ""


@lru_cache(maxsize=8)
def _charset(faces: tuple[tuple[Path, str], ...]) -> Charset:
    shipped = _shipped_coverage()
    maps = []
    for path, digest in faces:
        if not digest:
            continue
        known = shipped.get(digest)
        maps.append(set(_expand(known)) if known is not None else set(_read_cmap(path)))
    return charset_from_code_points(set.intersection(*maps) if maps else set())


@lru_cache(maxsize=1)
def _shipped_coverage() -> Mapping[str, str]:
    """The ranges of each shipped face, by SHA-256."""
    try:
        table = json.loads(COVERAGE_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # read the faces themselves, slower but right
    return {entry["sha256"]: entry["ranges"] for entry in table.values()}


def _expand(ranges: str) -> Iterable[int]:
    """``"0020-007E 00A0"`` -> 0x20 .. 0x7E, 0xA0."""
    for span in ranges.split():
        first, _, last = span.partition("-")
        yield from range(int(first, 16), int(last or first, 16) + 1)


def _read_cmap(path: Path) -> frozenset[int]:
    """The code points a font file maps to a glyph."""
    from fontTools.ttLib import TTFont  # type: ignore[import-untyped]  # lazy: a slow import

    with TTFont(str(path), lazy=True) as font:
        return frozenset(font.getBestCmap() or ())


def coverage_table(folder: Path = PACKAGE_FONTS) -> dict[str, dict[str, object]]:
    """What :data:`COVERAGE_FILE` holds for the faces in ``folder``: by file name, its
    SHA-256 and its code points as hexadecimal ranges (``"0020-007E 00A0-036F"``)."""
    table: dict[str, dict[str, object]] = {}
    for face in FONT_FACES:
        path = folder / face.file
        code_points = sorted(_read_cmap(path))
        table[face.file] = {"sha256": _fingerprint(path), "ranges": _ranges(code_points)}
    return table


def _ranges(code_points: list[int]) -> str:
    spans: list[list[int]] = []
    for code in code_points:
        if spans and code == spans[-1][1] + 1:
            spans[-1][1] = code
        else:
            spans.append([code, code])
    return " ".join(f"{a:04X}-{b:04X}" if a != b else f"{a:04X}" for a, b in spans)
