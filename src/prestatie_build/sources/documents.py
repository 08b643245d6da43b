"""The safe reader of Word (.docx) and PDF files: paragraphs with where they came from.

Import reads documents that come from outside (a signed agreement, a filled-in form). The reader
refuses what a hostile or broken file could do to us before any library parses it:

- a .docx is a zip: its directory is checked first (part count, every part's size, the total
  unpacked size and the packing ratio, against zip bombs); macros (``vbaProject.bin``, a
  macro-enabled content type, ActiveX) are refused; so is any external relationship other than
  a hyperlink (a linked template, image or object would be fetched by Word; we never follow any,
  and a hyperlink is kept as its text only); a DOCTYPE in any XML part (entity expansion) is
  refused; an OLE container (what Word writes for an encrypted document, or an old .doc) too.
- a PDF that is encrypted is refused; any parser failure is a located error, never a traceback.

Only the given file is read: python-docx opens the package itself, nothing it names.
Page headers and footers of a PDF are dropped (text that repeats in the top or bottom band of
the pages), hyphenation at line ends is joined, bold lead-ins are found from the font names.
"""

from __future__ import annotations

import importlib.util
import re
import statistics
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..core.errors import Diagnostic, SourceError, SourceLocation, UsageError
from ..core.messages import Text, t

MAX_FILE_BYTES = 100 * 1024 * 1024
MAX_PARTS = 2000
MAX_PART_BYTES = 20 * 1024 * 1024
"""A single part (an image, the text) larger than this is refused: a real agreement's biggest
part is a photo of a few megabytes."""
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
MAX_RATIO = 100
"""Packed XML shrinks about 10 times; a part that shrank more than this is a bomb."""
RATIO_FROM_BYTES = 1024 * 1024
MAX_PAGES = 2000

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_SIGNATURE = b"PK\x03\x04"
PDF_SIGNATURE = b"%PDF-"
HYPERLINK = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink"
MACRO_PARTS = re.compile(r"(^|/)(vbaProject\.bin|vbaData\.xml|activeX[^/]*)$", re.IGNORECASE)
MACRO_TYPES = re.compile(rb"macroEnabled|vbaProject|activeX", re.IGNORECASE)
EXTERNAL = re.compile(rb"<Relationship\b[^>]*>", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DocumentParagraph:
    """One paragraph (or whole table) of a document, in reading order."""

    text: str
    origin: str
    """Where it came from, in Dutch, for the import report: "pagina 3" or "alinea 12"."""
    style: str | None = None
    """The Word style name ("Heading 2", "List Number"); None in a PDF."""
    level: int | None = None
    """The heading level when known: Word's heading styles; in a PDF the rank of a bold font
    size larger than the body text (1 = largest)."""
    bold_lead: str | None = None
    """The bold words that open the paragraph, when the rest is not bold ("Doorstroming:")."""
    in_table: bool = False
    table: tuple[tuple[str, ...], ...] | None = None
    """A whole table, row by row (the first row as written: usually the header)."""
    list_kind: str | None = None
    """``bullet`` or ``number`` for a list item (Word numbering, or a PDF line's marker)."""
    size: float | None = None
    """The font size of the text (points) when known."""
    bold: bool = False
    """The whole paragraph is bold."""
    image: bool = False
    """An image (its text says so): the import reports it, it cannot place it."""


def read_document(path: Path) -> tuple[DocumentParagraph, ...]:
    """The paragraphs of a .docx or .pdf file; SourceError (P520-P526) for anything refused."""
    shown = path.as_posix()
    kind = path.suffix.lower()
    if kind not in (".docx", ".pdf"):
        raise _refused(shown, t("a document to import must be a .docx or .pdf file"), "P526")
    _require_readers(kind)
    head = _head(path, shown)
    if head.startswith(OLE_SIGNATURE):
        raise _refused(
            shown,
            t("the file is encrypted (protected with a password) or an old Word file (.doc)"),
            "P521",
            hint=t("save it in Word without a password, as .docx"),
        )
    if kind == ".docx":
        if not head.startswith(ZIP_SIGNATURE):
            raise _malformed(shown, t("it is not a Word (.docx) file"))
        return tuple(_read_docx(path, shown))
    if not head.startswith(PDF_SIGNATURE):
        raise _malformed(shown, t("it is not a PDF file"))
    return tuple(_read_pdf(path, shown))


def _require_readers(kind: str) -> None:
    """The readers are an extra (``pip install prestatie[import]``): a clear message without."""
    module = "docx" if kind == ".docx" else "pdfplumber"
    if importlib.util.find_spec(module) is None:
        raise UsageError(
            t("import needs the package {package}: pip install 'prestatie[import]'", package=module)
        )


def _head(path: Path, shown: str) -> bytes:
    try:
        if not path.is_file():
            raise _refused(shown, t("the file does not exist or is not a regular file"), "P520")
        if path.stat().st_size > MAX_FILE_BYTES:
            raise _refused(
                shown,
                t("the file is larger than {limit} MB", limit=MAX_FILE_BYTES // 2**20),
                "P522",
            )
        with path.open("rb") as file:
            return file.read(8)
    except OSError as exc:
        raise _refused(
            shown, t("the file cannot be read: {reason}", reason=str(exc.strerror)), "P520"
        ) from exc


def _refused(shown: str, message: Text, code: str, hint: Text | str = "") -> SourceError:
    return SourceError([Diagnostic(SourceLocation(shown), message, hint=hint, code=code)])


def _malformed(shown: str, detail: Text | str) -> SourceError:
    return _refused(
        shown, t("the file is damaged or of another kind: {detail}", detail=detail), "P520"
    )


# --- Word -------------------------------------------------------------------------------------


def check_package(path: Path, shown: str) -> None:
    """Refuse a .docx whose zip could hurt: every check reads the zip's directory only, or
    parts already known to be small."""
    try:
        with zipfile.ZipFile(path) as package:
            parts = package.infolist()
            _check_sizes(parts, shown)
            names = {part.filename for part in parts}
            _check_macros(package, names, shown)
            _check_relationships(package, names, shown)
    except zipfile.BadZipFile as exc:
        raise _malformed(shown, str(exc)) from exc
    except (OSError, RuntimeError, NotImplementedError) as exc:  # encrypted zip, odd methods
        raise _malformed(shown, str(exc)) from exc


def _check_sizes(parts: Sequence[zipfile.ZipInfo], shown: str) -> None:
    if len(parts) > MAX_PARTS:
        raise _refused(shown, t("the file holds more than {limit} parts", limit=MAX_PARTS), "P522")
    for part in parts:
        if part.flag_bits & 0x1:
            raise _refused(
                shown,
                t("the file is encrypted (protected with a password) or an old Word file (.doc)"),
                "P521",
            )
        packed = max(part.compress_size, 1)
        if part.file_size > RATIO_FROM_BYTES and part.file_size / packed > MAX_RATIO:
            raise _refused(
                shown,
                t(
                    "the part {part} unpacks {ratio} times larger than it is: a zip bomb",
                    part=part.filename,
                    ratio=part.file_size // packed,
                ),
                "P522",
            )
        if part.file_size > MAX_PART_BYTES:
            raise _refused(
                shown,
                t(
                    "the part {part} is {size} MB unpacked; the limit is {limit} MB",
                    part=part.filename,
                    size=part.file_size // 2**20,
                    limit=MAX_PART_BYTES // 2**20,
                ),
                "P523",
                hint=t("make the images in the document smaller, or leave them out"),
            )
    total = sum(part.file_size for part in parts)
    if total > MAX_UNPACKED_BYTES:
        raise _refused(
            shown,
            t("the file unpacks to more than {limit} MB", limit=MAX_UNPACKED_BYTES // 2**20),
            "P522",
        )


def _check_macros(package: zipfile.ZipFile, names: set[str], shown: str) -> None:
    macro = next((name for name in sorted(names) if MACRO_PARTS.search(name)), None)
    types = package.read("[Content_Types].xml") if "[Content_Types].xml" in names else b""
    if macro is not None or MACRO_TYPES.search(types):
        raise _refused(
            shown,
            t(
                "the file holds macros or ActiveX controls; "
                "import never runs them and refuses the file"
            ),
            "P524",
            hint=t("save the document in Word as a plain Word document (.docx), without macros"),
        )


def _check_relationships(package: zipfile.ZipFile, names: set[str], shown: str) -> None:
    for name in sorted(names):
        if not name.endswith((".xml", ".rels")):
            continue
        content = package.read(name)
        if b"<!DOCTYPE" in content or b"<!ENTITY" in content:
            raise _malformed(shown, t("the part {part} declares a DOCTYPE", part=name))
        if not name.endswith(".rels"):
            continue
        for relationship in EXTERNAL.findall(content):
            if b'TargetMode="External"' in relationship and HYPERLINK.encode() not in relationship:
                target = re.search(rb'Target="([^"]*)"', relationship)
                raise _refused(
                    shown,
                    t(
                        "the file refers to another file or website ({target}) that Word would "
                        "fetch; import refuses it",
                        target=(target.group(1) if target else b"").decode("utf-8", "replace"),
                    ),
                    "P525",
                    hint=t("embed the image or template in the document, or remove the link"),
                )


def _read_docx(path: Path, shown: str) -> Iterator[DocumentParagraph]:
    check_package(path, shown)
    import docx  # imported here: only import needs python-docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    try:
        document = docx.Document(str(path))
        body = document.element.body
        count = 0
        for child in body.iterchildren():
            tag = child.tag.rsplit("}", 1)[-1]
            if tag == "p":
                count += 1
                paragraph = _word_paragraph(Paragraph(child, document), f"alinea {count}")
                if paragraph is not None:
                    yield paragraph
            elif tag == "tbl":
                count += 1
                yield _word_table(Table(child, document), f"alinea {count}")
    except SourceError:
        raise
    except Exception as exc:  # python-docx on a damaged package: never a traceback
        raise _malformed(shown, f"{type(exc).__name__}: {exc}") from exc


def _word_paragraph(paragraph: Any, origin: str) -> DocumentParagraph | None:
    text = _joined(paragraph.text)
    if not text:
        return None
    style = paragraph.style.name if paragraph.style is not None else None
    return DocumentParagraph(
        text=text,
        origin=origin,
        style=style,
        level=_heading_level(style),
        bold_lead=_word_bold_lead(paragraph),
        list_kind=_word_list_kind(paragraph, style),
        bold=all(run.bold for run in paragraph.runs if run.text.strip()) and bool(paragraph.runs),
    )


HEADING_STYLES = re.compile(r"^(?:Heading|Kop)\s*(\d)$", re.IGNORECASE)


def _heading_level(style: str | None) -> int | None:
    if style is None:
        return None
    if style.lower() in ("title", "titel"):
        return 0
    match = HEADING_STYLES.match(style)
    return int(match.group(1)) if match else None


def _word_list_kind(paragraph: Any, style: str | None) -> str | None:
    name = (style or "").lower()
    if "list number" in name or "lijstnummering" in name:
        return "number"
    if "list bullet" in name or "lijst opsommingsteken" in name:
        return "bullet"
    properties = paragraph._p.pPr
    if properties is not None and properties.numPr is not None:
        return "number" if re.match(r"^\d+[.)]\s", paragraph.text) else "bullet"
    return None


def _word_bold_lead(paragraph: Any) -> str | None:
    lead: list[str] = []
    runs = [run for run in paragraph.runs if run.text]
    for run in runs:
        if not run.bold:
            break
        lead.append(run.text)
    words = _joined("".join(lead))
    if not words or len(lead) == len(runs):
        return None
    return words


def _word_table(table: Any, origin: str) -> DocumentParagraph:
    rows = tuple(
        tuple(_joined(" ".join(p.text for p in cell.paragraphs)) for cell in row.cells)
        for row in table.rows
    )
    return DocumentParagraph(
        text="\n".join(" | ".join(row) for row in rows), origin=origin, in_table=True, table=rows
    )


def _joined(text: str) -> str:
    return " ".join(text.split())


# --- PDF --------------------------------------------------------------------------------------


@dataclass(slots=True)
class _Line:
    text: str
    top: float
    bottom: float
    x0: float
    size: float
    bold: bool
    bold_lead: str | None
    page: int


NUMBERED_ITEM = re.compile(r"^(\d{1,2})[.)]\s+\S")
LEADER = re.compile(r"\.{4,}\s*\d+\s*$")
KEEP_SPACE_AFTER_HYPHEN = frozenset({"en", "of", "tot", "t/m", "c.q."})


def _read_pdf(path: Path, shown: str) -> Iterator[DocumentParagraph]:
    import pdfplumber  # imported here: only import needs pdfplumber
    from pdfminer.pdfdocument import PDFPasswordIncorrect

    try:
        with pdfplumber.open(str(path)) as pdf:
            if pdf.doc.encryption is not None:
                raise _encrypted(shown)
            if len(pdf.pages) > MAX_PAGES:
                raise _refused(
                    shown, t("the PDF has more than {limit} pages", limit=MAX_PAGES), "P522"
                )
            pages = [list(_page_items(page, number)) for number, page in enumerate(pdf.pages, 1)]
    except SourceError:
        raise
    except PDFPasswordIncorrect as exc:
        raise _encrypted(shown) from exc
    except Exception as exc:  # pdfminer on a damaged file: never a traceback
        raise _malformed(shown, f"{type(exc).__name__}: {exc}") from exc
    items = _without_running_lines(pages)
    yield from _paragraphs(items)


def _encrypted(shown: str) -> SourceError:
    return _refused(
        shown,
        t("the PDF is encrypted; import reads only PDFs without protection"),
        "P521",
        hint=t("save or print the document again as a PDF without a password or protection"),
    )


def _page_items(page: Any, number: int) -> Iterator[_Line | DocumentParagraph]:
    """The page's lines, top to bottom, with each table as one paragraph in its place."""
    tables = list(_tables(page, number)) + [
        (
            (image["x0"], image["top"], image["x1"], image["bottom"]),
            DocumentParagraph(text="[afbeelding]", origin=f"pagina {number}", image=True),
        )
        for image in page.images
    ]
    inside = [bbox for bbox, _ in tables]
    lines = [line for line in _lines(page, number) if not _within(line, inside)]
    pending = sorted(tables, key=lambda table: table[0][1])
    for line in lines:
        while pending and pending[0][0][1] <= line.top:
            yield pending.pop(0)[1]
        yield line
    yield from (table for _, table in pending)


def _within(line: _Line, boxes: Iterable[tuple[float, float, float, float]]) -> bool:
    middle = (line.top + line.bottom) / 2
    return any(top <= middle <= bottom and x0 - 1 <= line.x0 <= x1 for x0, top, x1, bottom in boxes)


def _tables(
    page: Any, number: int
) -> Iterator[tuple[tuple[float, float, float, float], DocumentParagraph]]:
    """Real tables only: pdfplumber also finds the frames drawn around whole articles, whose
    rows have a single cell; the runs of rows with two or more cells are the tables."""
    for found in page.find_tables():
        run: list[tuple[Any, list[str]]] = []
        for row, cells in zip(found.rows, found.extract(), strict=False):
            filled = [cell for cell in cells if cell is not None]
            if len(filled) >= 2:
                run.append((row, [_joined(cell) for cell in filled]))
                continue
            if len(run) >= 2:
                yield _table_from(run, number)
            run = []
        if len(run) >= 2:
            yield _table_from(run, number)


def _table_from(
    run: list[tuple[Any, list[str]]], number: int
) -> tuple[tuple[float, float, float, float], DocumentParagraph]:
    x0 = min(row.bbox[0] for row, _ in run)
    top = min(row.bbox[1] for row, _ in run)
    x1 = max(row.bbox[2] for row, _ in run)
    bottom = max(row.bbox[3] for row, _ in run)
    rows = tuple(tuple(cells) for _, cells in run)
    paragraph = DocumentParagraph(
        text="\n".join(" | ".join(row) for row in rows),
        origin=f"pagina {number}",
        in_table=True,
        table=rows,
    )
    return (x0, top, x1, bottom), paragraph


def _lines(page: Any, number: int) -> Iterator[_Line]:
    words = page.extract_words(x_tolerance=1.5, y_tolerance=4, extra_attrs=["fontname"])
    for found in page.extract_text_lines(return_chars=True, x_tolerance=1.5, y_tolerance=4):
        chars = [char for char in found["chars"] if char["text"].strip()]
        if not chars:
            continue
        size = statistics.median(char["size"] for char in chars)
        text = _with_note_marks(found, size)
        bold_flags = [_is_bold(char["fontname"]) for char in chars]
        level = [char for char in chars if not _raised(char, found, size)] or chars
        yield _Line(
            text=text,
            top=min(char["top"] for char in level),
            bottom=found["bottom"],
            x0=found["x0"],
            size=round(max(char["size"] for char in chars if not _raised(char, found, size)), 1),
            bold=all(bold_flags),
            bold_lead=_pdf_bold_lead(found, words)
            if bold_flags[0] and not all(bold_flags)
            else None,
            page=number,
        )


def _raised(char: dict[str, Any], line: dict[str, Any], size: float) -> bool:
    """A footnote mark: a digit in a smaller size, set higher than the line's other text."""
    return bool(
        char["text"].isdigit()
        and char["size"] < size * 0.95
        and char["bottom"] < line["bottom"] - 1.5
    )


def _with_note_marks(line: dict[str, Any], size: float) -> str:
    """The line's text with each raised number written ``[^n]`` (a footnote reference): the
    digits stand in the text right after the character before them."""
    text: str = line["text"]
    chars = line["chars"]
    for index, char in enumerate(chars):
        if not _raised(char, line, size) or (index and _raised(chars[index - 1], line, size)):
            continue
        digits = char["text"]
        for following in chars[index + 1 :]:
            if not _raised(following, line, size):
                break
            digits += following["text"]
        before = chars[index - 1]["text"] if index else ""
        at = text.find(before + digits) if before else (0 if text.startswith(digits) else -1)
        if at < 0:
            continue
        start = at + len(before)
        text = f"{text[:start]}[^{digits}]{text[start + len(digits) :]}"
    return text


def _is_bold(fontname: str) -> bool:
    return bool(re.search(r"bold|black|heavy|semibold|,b$", fontname, re.IGNORECASE))


def _pdf_bold_lead(line: dict[str, Any], words: Sequence[dict[str, Any]]) -> str | None:
    """The line's leading bold words (pdfplumber splits words where the font changes)."""
    inside = sorted(
        (
            word
            for word in words
            if abs(word["top"] - line["top"]) < 4 and line["x0"] - 1 <= word["x0"] <= line["x1"]
        ),
        key=lambda word: word["x0"],
    )
    lead = []
    for word in inside:
        if not _is_bold(word["fontname"]):
            break
        lead.append(word["text"])
    return " ".join(lead) or None


def _without_running_lines(
    pages: list[list[_Line | DocumentParagraph]],
) -> list[_Line | DocumentParagraph]:
    """Drop page headers and footers: the lines in the top or bottom band of a page whose text
    (digits aside) recurs at the same height on at least half of the pages."""
    if len(pages) < 2:
        return [item for page in pages for item in page]
    edge = _page_edges(pages)
    bands: Counter[tuple[int, str]] = Counter()
    for page in pages:
        edges = [item for item in page if isinstance(item, _Line) and _at_edge(item, edge)]
        for key in {(round(item.top), _shape(item.text)) for item in edges}:
            bands[key] += 1
    threshold = max(2, len(pages) // 2)
    running = {key for key, count in bands.items() if count >= threshold}
    kept: list[_Line | DocumentParagraph] = []
    for page in pages:
        for item in page:
            if (
                isinstance(item, _Line)
                and _at_edge(item, edge)
                and (round(item.top), _shape(item.text)) in running
            ):
                continue
            kept.append(item)
    return kept


def _page_edges(pages: list[list[_Line | DocumentParagraph]]) -> tuple[float, float]:
    lines = [item for page in pages for item in page if isinstance(item, _Line)]
    top = min(line.top for line in lines) if lines else 0.0
    bottom = max(line.bottom for line in lines) if lines else 0.0
    return top, bottom


def _at_edge(line: _Line, edge: tuple[float, float]) -> bool:
    top, bottom = edge
    reach = (bottom - top) * 0.06
    return line.top <= top + reach or line.bottom >= bottom - reach


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", text)[:20]


def _paragraphs(items: list[_Line | DocumentParagraph]) -> Iterator[DocumentParagraph]:
    """Lines joined into paragraphs: a paragraph ends at a wider gap, a change of size or
    weight, or a line that starts a list item."""
    lines = [item for item in items if isinstance(item, _Line)]
    body = _body_size(lines)
    levels = _heading_levels(lines, body)
    current: list[_Line] = []
    for item in items:
        if isinstance(item, DocumentParagraph):
            if current:
                yield _paragraph(current, levels)
                current = []
            yield item
            continue
        if current and _continues(current, item):
            current.append(item)
            continue
        if current:
            yield _paragraph(current, levels)
        current = [item]
    if current:
        yield _paragraph(current, levels)


def _body_size(lines: Sequence[_Line]) -> float:
    sizes = Counter(line.size for line in lines if not line.bold)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _heading_levels(lines: Sequence[_Line], body: float) -> dict[float, int]:
    sizes = sorted({line.size for line in lines if line.bold and line.size > body}, reverse=True)
    return {size: rank for rank, size in enumerate(sizes, 1)}


def _continues(current: list[_Line], line: _Line) -> bool:
    last = current[-1]
    if line.page != last.page or line.size != last.size or line.bold != last.bold:
        return False
    if _item_marker(line.text) is not None or LEADER.search(last.text) or line.bold_lead:
        return False
    pitch = last.size * 1.6
    if line.top - last.top > pitch:
        return False
    first = current[0]
    if _item_marker(first.text) is not None:
        return line.x0 > first.x0 + 2  # an item's next line is indented under its text
    return abs(line.x0 - first.x0) < 6 or line.x0 < first.x0


def _item_marker(text: str) -> str | None:
    if len(text) > 1 and text[0] in "•◦▪‣" and text[1] == " ":
        return "bullet"
    if NUMBERED_ITEM.match(text):
        return "number"
    return None


def _paragraph(lines: list[_Line], levels: dict[float, int]) -> DocumentParagraph:
    first = lines[0]
    kind = _item_marker(first.text)
    text = first.text
    for line in lines[1:]:
        text = join_broken_line(text, line.text)
    if kind == "bullet":
        text = text[1:].strip()
    return DocumentParagraph(
        text=text,
        origin=f"pagina {first.page}",
        level=levels.get(first.size) if first.bold else None,
        bold_lead=first.bold_lead,
        list_kind=kind,
        size=first.size,
        bold=all(line.bold for line in lines),
    )


def join_broken_line(text: str, following: str) -> str:
    """Two lines of one paragraph as one text: a word broken at the line end is joined without
    its hyphen ("kwaliteits-" + "kortingsgrens"), a hyphen before "en"/"of" keeps its space
    ("wacht- en zoektijden"), a hyphen after a digit stays ("10-" + "15")."""
    if text.endswith(("-", "\u2010", "\u00ad")) and len(text) > 1 and following:
        before = text[-2]
        first_word = following.split(" ", 1)[0]
        if first_word in KEEP_SPACE_AFTER_HYPHEN:
            return f"{text[:-1]}- {following}"
        if before.isalpha() and following[0].islower():
            return text[:-1] + following
        return text[:-1] + "-" + following
    return f"{text} {following}"
