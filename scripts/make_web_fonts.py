"""Make the web subsets of the shipped Lato fonts: src/prestatie_build/templates/fonts/web/.

Every HTML page embeds these (as data: URLs) so that it looks as the PDF does without making a
request. The PDF embeds the full fonts of templates/fonts/ (WeasyPrint subsets them itself).

A subset is a Modified Version under the SIL Open Font License, and "Lato" is a Reserved Font
Name, so the subsets carry another name in their name table ("Prestatie Sans"); copyright,
licence and designer stay. Run it again only when the fonts or WEB_CHARACTERS change:

    .venv/bin/python scripts/make_web_fonts.py [FOLDER]

It is deterministic: the same fontTools gives the same bytes.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

FONTS = Path(__file__).resolve().parent.parent / "src" / "prestatie_build" / "templates" / "fonts"
WEB = FONTS / "web"
FAMILY = "Prestatie Sans"
FACES = {
    "Lato-Regular.woff2": "Regular",
    "Lato-Italic.woff2": "Italic",
    "Lato-Bold.woff2": "Bold",
    "Lato-BoldItalic.woff2": "Bold Italic",
}
WEB_CHARACTERS = (
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x017F),  # Latin-1 Supplement and Latin Extended-A: Dutch, every EU Latin name
    (0x0192, 0x0192),
    (0x0218, 0x021B),  # Romanian comma-below letters
    (0x02C6, 0x02DD),  # spacing accents
    (0x2000, 0x206F),  # General Punctuation: dashes, quotes, spaces, ellipsis, bullets
    (0x20A0, 0x20CF),  # currency signs, the euro among them
    (0x2100, 0x214F),  # letterlike symbols: numero, trademark
    (0x2190, 0x2193),  # arrows
    (0x2200, 0x22FF),  # mathematical operators: minus, less-or-equal, ...
    (0xFB01, 0xFB02),  # fi, fl
)
"""The characters the web fonts keep (those of them Lato has): Latin text and its punctuation."""

RENAMED = {
    1: lambda style: FAMILY,
    3: lambda style: f"prestatie: {FAMILY} {style}, a subset of Lato 2.007",
    4: lambda style: f"{FAMILY} {style}",
    6: lambda style: f"{FAMILY}-{style}".replace(" ", ""),
    10: lambda style: (
        "A subset of Lato 2.007 by Lukasz Dziedzic (tyPoland) for the HTML pages of prestatie: "
        "Latin characters only, without hinting. A Modified Version under the SIL Open Font "
        'License 1.1, renamed because "Lato" is a Reserved Font Name.'
    ),
}
"""Name table entries rewritten (by name ID, on every platform): the family, full, unique and
PostScript names and the description. Copyright, trademark, designer, licence and URLs stay."""


def wanted(font: TTFont) -> list[int]:
    cmap = font.getBestCmap()
    return [c for c in sorted(cmap) if any(a <= c <= b for a, b in WEB_CHARACTERS)]


def make(source: Path, style: str) -> bytes:
    font = TTFont(source, recalcTimestamp=False)  # the same bytes on every run
    options = subset.Options()
    options.flavor = "woff2"
    options.hinting = False
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=wanted(font))
    subsetter.subset(font)
    rename(font, style)
    out = io.BytesIO()
    font.flavor = "woff2"
    font.save(out, reorderTables=True)
    return out.getvalue()


def rename(font: TTFont, style: str) -> None:
    for record in font["name"].names:
        if record.nameID in RENAMED:
            record.string = RENAMED[record.nameID](style)


def main(argv: list[str]) -> int:
    """Write the subsets into ``argv[0]`` (default: the package's fonts/web/)."""
    folder = Path(argv[0]) if argv else WEB
    folder.mkdir(exist_ok=True)
    for file, style in FACES.items():
        data = make(FONTS / file, style)
        target = folder / f"{RENAMED[6](style)}.woff2"
        target.write_bytes(data)
        print(f"{target.name}: {len(data):,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
