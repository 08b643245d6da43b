"""Footnotes and images of the texts, checked and read at the input edge.

Every Markdown text of the sources is a *unit*: an agreement file's body, a change's ``text``
or ``new``, a Jaarplan's introduction, a list item of ``document.yaml``. In a unit, every
footnote reference (``[^1]``) has its definition (``[^1]: ...``) and every definition is used;
every image (``![alt](kaart.png)``) has an alt text and names a PNG, JPEG or SVG file inside
the project, relative to the folder of the file the unit is written in. The files are read
here, once, into :class:`~..core.model.Image` values: the renderers read no file, and a build
embeds exactly the bytes that were checked.
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ElementTree
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from ..core.errors import Diagnostic, SourceError, SourceLocation, display_path
from ..core.media import FootnoteUse, MediaUses, footnote_problems, media_uses
from ..core.messages import Text, t
from ..core.model import Document, Image, Jaarplan
from .files import read_bounded

MAX_IMAGE_BYTES = 5 * 1024 * 1024
"""Larger images are refused: a map or a logo in a document is a few hundred kilobytes."""

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
)
_EXTENSIONS = {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}
_EXTENSIONS[".svg"] = "image/svg+xml"
_TYPE_NAMES = {"image/png": "PNG", "image/jpeg": "JPEG", "image/svg+xml": "SVG"}

_FOOTNOTE_PROBLEMS: dict[str, tuple[str, Callable[[str], Text], Callable[[str], Text]]] = {
    "undefined": (
        "P150",
        lambda label: t("footnote [^{label}] has no definition", label=label),
        lambda label: t(
            "write its text in the same file (or change text), on a line of its own: "
            "[^{label}]: ...",
            label=label,
        ),
    ),
    "unused": (
        "P151",
        lambda label: t("footnote [^{label}] is defined but never used", label=label),
        lambda label: t(
            "put [^{label}] in the text where the note belongs, or remove the definition",
            label=label,
        ),
    ),
    "duplicate": (
        "P159",
        lambda label: t("footnote [^{label}] is defined twice", label=label),
        lambda label: t("give each note its own label, such as [^{label}b]", label=label),
    ),
}
"""Per problem of :func:`~..core.media.footnote_problems`: code, message and hint."""


@dataclass(frozen=True, slots=True)
class Unit:
    """A Markdown text as written in one file, in one or more pieces (an agreement's blocks)."""

    pieces: tuple[tuple[str, SourceLocation], ...]
    """Each piece of text with the line where it starts."""
    folder: Path
    """The folder its images are relative to."""
    inline: bool = False
    footnotes: bool = True
    """Whether its footnotes must pair up within it (not in a fragment of a text)."""


def check_media(
    root: Path, document: Document, jaarplannen: Iterable[Jaarplan]
) -> tuple[tuple[Image, ...], list[Diagnostic]]:
    """Every image the texts show, read; and a diagnostic for each footnote or image in error."""
    shelf = _Shelf(root)
    for unit in _units(root, document, jaarplannen):
        located = [(media_uses(text, inline=unit.inline), start) for text, start in unit.pieces]
        if unit.footnotes:
            shelf.check_footnotes(located)
        for uses, start in located:
            for image in uses.images:
                shelf.take(image.src, image.alt, unit.folder, _line(start, image.line))
    return tuple(shelf.images.values()), shelf.diagnostics


def _units(root: Path, document: Document, jaarplannen: Iterable[Jaarplan]) -> Iterator[Unit]:
    agreements = root / "agreements"
    items = [*(item for c in document.chapters for item in c.goals), *document.documents]
    for item in items:
        yield Unit(((item.text, item.location),), agreements, inline=True, footnotes=False)
    for article in document.articles():
        folder = agreements / article.chapter
        yield Unit(tuple((block.text, block.location) for block in article.blocks), folder)
    for jaarplan in jaarplannen:
        folder = root / "amendments" / str(jaarplan.year)
        if jaarplan.introduction:
            start = jaarplan.introduction_location or jaarplan.location
            yield Unit(((jaarplan.introduction, start),), folder)
        for change in jaarplan.changes:
            if change.text and change.op != "delete":
                yield Unit(((change.text, change.where_text("text")),), folder)
            if change.new:
                # A fragment's notes are defined in the text it goes into.
                yield Unit(((change.new, change.where_text("new")),), folder, footnotes=False)


def _line(start: SourceLocation, line: int) -> SourceLocation:
    return start.at(start.line + line) if start.line else start


class _Shelf:
    """The images read so far, by path as written, and the problems found."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.images: dict[str, Image] = {}
        self.diagnostics: list[Diagnostic] = []

    def error(self, code: str, where: SourceLocation, message: Text, hint: Text | str = "") -> None:
        self.diagnostics.append(Diagnostic(where, message, hint, code=code))

    def check_footnotes(self, located: list[tuple[MediaUses, SourceLocation]]) -> None:
        """Pair up the footnotes of a unit; its pieces are all in one file."""
        whole = MediaUses(
            tuple(_absolute(use, start) for uses, start in located for use in uses.references),
            tuple(_absolute(use, start) for uses, start in located for use in uses.definitions),
            (),
        )
        for problem, use in footnote_problems(whole):
            code, message, hint = _FOOTNOTE_PROBLEMS[problem]
            where = located[0][1]
            self.error(
                code, where.at(use.line) if use.line else where, message(use.label), hint(use.label)
            )

    def take(self, src: str, alt: str, folder: Path, where: SourceLocation) -> None:
        """Check one image use; read its file the first time its path is met."""
        if not alt:
            self.error(
                "P152",
                where,
                t("the image {src} has no alt text", src=src),
                t(
                    "describe the image between the brackets, for readers who cannot see it: "
                    "![Kaart van de wijk]({src})",
                    src=src,
                ),
            )
        image = self._read(src, folder, where)
        if image is None:
            return
        first = self.images.setdefault(src, image)
        if first.data != image.data:
            self.error(
                "P158",
                where,
                t(
                    "the image path {src} names another file here than at {first}",
                    src=src,
                    first=first.location,
                ),
                t("give the two files different names"),
            )

    def _read(self, src: str, folder: Path, where: SourceLocation) -> Image | None:
        path = self._project_file(src, folder, where)
        if path is None:
            return None
        try:
            data = read_bounded(path, where)
        except SourceError as failure:
            self.diagnostics.extend(failure.diagnostics)
            return None
        media_type = self._media_type(src, path, data, where)
        if media_type is None:
            return None
        if media_type == "image/svg+xml" and not self._safe_svg(src, data, where):
            return None
        return Image(src, display_path(path, self.root), media_type, data, where)

    def _project_file(self, src: str, folder: Path, where: SourceLocation) -> Path | None:
        """The file an image names, when it is a regular file inside the project."""
        parts = urlsplit(src)
        if parts.scheme or parts.netloc or src.startswith("/") or not src.strip():
            self.error(
                "P154",
                where,
                t("the image {src} is not a file in the project", src=src),
                t(
                    "images are embedded from the project, never fetched: copy the file into "
                    "the project and write its path relative to this file"
                ),
            )
            return None
        # Lexically normalised: the path as the project's tree lists it (and the build key).
        path = Path(os.path.normpath(folder / unquote(parts.path)))
        shown = display_path(path, self.root)
        try:
            resolved = path.resolve()
        except (OSError, RuntimeError):
            resolved = path
        if not resolved.is_relative_to(self.root.resolve()):
            self.error(
                "P154",
                where,
                t("the image {src} lies outside the project ({path})", src=src, path=shown),
                t("copy the file into the project instead of linking to it"),
            )
            return None
        if not path.is_file():
            self.error(
                "P153",
                where,
                t("the image file {path} does not exist", path=shown),
                t(
                    "the path is relative to the folder {folder}; check the name and the folder",
                    folder=display_path(folder, self.root),
                ),
            )
            return None
        size = path.stat().st_size
        if size > MAX_IMAGE_BYTES:
            self.error(
                "P156",
                where,
                t(
                    "the image {path} is {size} MB; at most {limit} MB is allowed",
                    path=shown,
                    size=f"{size / 1024 / 1024:.1f}",
                    limit=MAX_IMAGE_BYTES // 1024 // 1024,
                ),
                t("save it smaller (fewer pixels, or JPEG for a photo)"),
            )
            return None
        return path

    def _media_type(self, src: str, path: Path, data: bytes, where: SourceLocation) -> str | None:
        """The image's type from its first bytes; None (and an error) when it is no PNG, JPEG or
        SVG, or when its name says another type than its content."""
        found = _sniff(data)
        named = _EXTENSIONS.get(PurePosixPath(path.name).suffix.lower())
        if found is None or named is None:
            self.error(
                "P155",
                where,
                t("the image {src} is not a PNG, JPEG or SVG file", src=src),
                t("save it as .png, .jpg or .svg"),
            )
            return None
        if found != named:
            self.error(
                "P155",
                where,
                t(
                    "the image {src} holds a {found} image, not what its name says",
                    src=src,
                    found=_TYPE_NAMES[found],
                ),
                t("give the file the extension of its type, or save it in the type it names"),
            )
            return None
        return found

    def _safe_svg(self, src: str, data: bytes, where: SourceLocation) -> bool:
        problem = svg_problem(data)
        if problem is not None:
            self.error(
                "P157",
                where,
                t("the SVG image {src} is refused: {problem}", src=src, problem=problem),
                t(
                    "an SVG in a document is a drawing only: no scripts, no event attributes "
                    "(onload=...), no links or references to other files or websites"
                ),
            )
        return problem is None


def _absolute(use: FootnoteUse, start: SourceLocation) -> FootnoteUse:
    """A footnote with its line in the file (0 when the file's lines are not known)."""
    return FootnoteUse(use.label, start.line + use.line if start.line else 0)


def _sniff(data: bytes) -> str | None:
    for magic, media_type in _MAGIC:
        if data.startswith(magic):
            return media_type
    return "image/svg+xml" if _looks_like_svg(data) else None


def _looks_like_svg(data: bytes) -> bool:
    """Whether the file means to be an SVG drawing: text with an ``<svg`` tag near its start.
    Whether it is a well-formed and harmless one is :func:`svg_problem`'s to say."""
    try:
        return "<svg" in data[:4096].decode("utf-8-sig", errors="replace")
    except UnicodeDecodeError:
        return False


def _svg_root(data: bytes) -> ElementTree.Element | None:
    """The root element of an SVG file, or None when the bytes are no SVG document."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None
    if "<svg" not in text[:4096]:
        return None
    if "<!DOCTYPE" in text or "<!ENTITY" in text:
        return None  # entities can expand without end or fetch files: never parsed
    try:
        root = ElementTree.fromstring(text)
    except ElementTree.ParseError:
        return None
    return root if _local(root.tag) == "svg" else None


_EXTERNAL_CSS = re.compile(r"@import|url\(\s*['\"]?(?!#)", re.IGNORECASE)
_HREFS = ("href", "src")


def svg_problem(data: bytes) -> Text | None:
    """What makes an SVG unsafe to embed in a published page, or None."""
    root = _svg_root(data)
    if root is None:
        return t("it is no SVG document (or it declares a DOCTYPE or entities)")
    for element in root.iter():
        name = _local(element.tag)
        if name in ("script", "foreignObject"):
            return t("it holds a <{element}> element", element=name)
        if name == "style" and _EXTERNAL_CSS.search(element.text or ""):
            return t("its style refers to another file")
        for attribute, value in element.attrib.items():
            attribute_name = _local(attribute)
            if attribute_name.lower().startswith("on"):
                return t("it has an event attribute {attribute}", attribute=attribute_name)
            if attribute_name in _HREFS and not value.strip().startswith("#"):
                return t("it refers to {target}", target=value.strip()[:80])
            if attribute_name == "style" and _EXTERNAL_CSS.search(value):
                return t("its style refers to another file")
    return None


def _local(name: str) -> str:
    """An XML name without its namespace: ``{http://www.w3.org/1999/xlink}href`` -> ``href``."""
    return name.rsplit("}", 1)[-1]
