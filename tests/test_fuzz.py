"""Fuzzing: no input makes the loader or the consolidation fail with anything but a diagnostic.

Hypothesis generates YAML text, whole project trees, documents with random changes, and Markdown
bodies. The contract: the only exception that escapes is :class:`SourceError`, and each of its
diagnostics has a location, at a line >= 1 of a file that exists.

The suite runs a few hundred examples in all. ``make fuzz`` runs ``tests/fuzz.py``, which sets
``PRESTATIE_FUZZ_EXAMPLES`` (examples per target) and calls these tests directly, counting the
examples each one ran (:data:`EXAMPLES`).
"""

from __future__ import annotations

import os
import re
import tempfile
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, TypeVar

import yaml
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from prestatie_build.core import (
    CODES,
    OPS,
    Article,
    Change,
    Chapter,
    Diagnostic,
    Document,
    Item,
    Jaarplan,
    Party,
    Period,
    Project,
    SourceError,
    SourceLocation,
    build_report,
    consolidate,
    find_spans,
    fold,
    replace_span,
    split_blocks,
)
from prestatie_build.render import document_anchors, markdown_to_html
from prestatie_build.sources import (
    DEFAULT_LABELS,
    YamlDocument,
    load_project,
    order_articles,
    parse_yaml,
    split_front_matter,
    validate,
)

EXAMPLES: Counter[str] = Counter()
"""How many examples each target ran in this process (read by ``tests/fuzz.py``)."""

_F = TypeVar("_F", bound=Callable[..., None])
SLOW = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]


def fuzz_settings(share: float = 1.0) -> Callable[[_F], _F]:
    """Hypothesis settings: the profile's examples, or ``PRESTATIE_FUZZ_EXAMPLES`` per target.

    The profiles (conftest.py) keep the suite repeatable and writing nothing: "suite" (50 per
    target) for `make test`, "fast" (10) for `make test-fast`. ``share`` scales a slow target
    down in the suite only.
    """
    wanted = os.environ.get("PRESTATIE_FUZZ_EXAMPLES")
    if wanted:  # the fuzz run searches anew each time, and remembers what failed
        return settings(max_examples=int(wanted), deadline=None, suppress_health_check=SLOW)
    return settings(max_examples=max(5, int(settings.default.max_examples * share)))


def counted(name: str) -> None:
    EXAMPLES[name] += 1


# --- the contract every failure must keep ------------------------------------------------------


def assert_located(diagnostics: Iterable[Diagnostic], exists: Callable[[str], bool]) -> None:
    """Every diagnostic has a known code and a location: line >= 1 wherever the file exists."""
    for diagnostic in diagnostics:
        assert diagnostic.code in CODES, diagnostic.format()
        assert diagnostic.location.path, diagnostic.format()
        assert diagnostic.location.line >= 0 and diagnostic.location.col >= 0, diagnostic.format()
        if exists(diagnostic.location.path):
            assert diagnostic.location.line >= 1, diagnostic.format()


def only_source_errors(action: Callable[[], Any], exists: Callable[[str], bool]) -> Any:
    """Run ``action``: it returns, or raises a SourceError whose diagnostics are located."""
    try:
        return action()
    except SourceError as error:
        assert error.diagnostics, "a SourceError without diagnostics"
        assert_located(error.diagnostics, exists)
        return None


# --- building blocks ---------------------------------------------------------------------------

WORDS = (
    "Partijen",
    "bouwen",
    "honderd",
    "woningen",
    "huurders",
    "de",
    "gemeente",
    "**vet**",
    "_schuin_",
    "€ 480.000",
    "café",
    "\u2018enkel\u2019",
    "<script>alert(1)</script>",
    "<b>",
    "{{ 7*7 }}",
    "{% if x %}",
    "![geheim](file:///etc/passwd)",
    "![web](http://127.0.0.1:9/x.png)",
    "[link](../../../etc/hosts)",
    "[data](data:text/html,<script>x</script>)",
    "<http://example.org>",
    "&amp;",
    "&#0;",
    "\\",
    "`code`",
    "#",
    "|",
    ":",
    "-",
    "*",
    ">",
    "1.",
    "&a",
    "*a",
    "!tag",
    "\t",
    "\u00a0",
    "\u200b",
    "\ufeff",
)
SEPARATORS = (" ", " ", " ", "\n", "\n\n", "\n- ", "\n\n- ", "\n1. ", "\n    ", "\r\n", "\n> ")
SLUGS = ("wonen", "zorg", "tijdlijn", "aanpak", "b-2", "documents", "doelen-wonen", "hoofdstuk-x")
NUMBERS = ("1", "2", "5", "12", "12a", "13", "40", "0", "12A", "5 ", "5\n")

word_text = st.lists(
    st.tuples(st.sampled_from(WORDS), st.sampled_from(SEPARATORS)), min_size=1, max_size=14
).map(lambda pairs: "".join(word + sep for word, sep in pairs))
any_text = st.one_of(word_text, word_text, st.text(max_size=30))
slug = st.one_of(st.sampled_from(SLUGS), st.from_regex(r"[a-z][a-z0-9-]{0,6}", fullmatch=True))
number = st.one_of(st.sampled_from(NUMBERS), st.integers(-1, 60))
target = st.one_of(number, slug, slug.map(lambda s: f"{s}/goals"), st.just("documents"))


@st.composite
def fragment_of(draw: st.DrawFn, texts: list[str]) -> str:
    """A run of words of one block of ``texts`` (reflowed now and then), a raw slice, or any
    text."""
    blocks = [b for text in texts for b in re.split(r"\n\s*\n", text) if b.split()]
    kind = draw(st.integers(0, 5))
    if not blocks or kind == 0:
        return draw(any_text)
    block = draw(st.sampled_from(blocks))
    if kind == 1:
        start = draw(st.integers(0, len(block)))
        return block[start : draw(st.integers(start, len(block)))]
    words = block.split()
    start = draw(st.integers(0, len(words) - 1))
    end = draw(st.integers(start + 1, len(words)))
    return draw(st.sampled_from([" ", "\n", "  \n  "])).join(words[start:end])


@st.composite
def change_data(
    draw: st.DrawFn,
    texts: Mapping[str, list[str]],
    targets: list[str],
    chapters: tuple[str, ...] = ("wonen",),
    careful: bool = False,
) -> dict[str, Any]:
    """One change as a Jaarplan writes it.

    ``careful``: the shape its op needs, aimed at what exists, so that most apply; otherwise any
    target, chapter or text, an unknown op or field now and then, a field left out.
    """
    op = draw(st.sampled_from(OPS if careful else [*OPS, *OPS, *OPS, "remove"]))
    aim = st.sampled_from(targets) if careful else st.one_of(st.sampled_from(targets), target)
    text = word_text if careful else any_text
    fields: dict[str, Any] = {"op": op}
    if op != "add":
        fields["target"] = draw(aim)
    # A fragment of the target's own text, mostly: of another target's, now and then.
    own = texts.get(str(fields.get("target")), [])
    every = [t for listed in texts.values() for t in listed]
    fragment = fragment_of(own if own and draw(st.integers(0, 3)) else every)
    if op == "add":
        fields["chapter"] = draw(st.sampled_from(chapters) if careful else slug)
        if draw(st.booleans()):
            fields["number"] = draw(st.sampled_from(NEW_NUMBERS) if careful else number)
        else:
            fields |= {"id": draw(st.sampled_from(NEW_IDS) if careful else slug)}
            fields["title"] = draw(text)
            if draw(st.booleans()):
                fields["after"] = draw(st.sampled_from([*targets, "tijdlijn"]))
        fields["text"] = draw(text)
    elif op == "append":
        fields["text"] = draw(text)
        if draw(st.booleans()):
            fields["after"] = draw(fragment)
    elif op == "replace":
        if draw(st.booleans()):
            fields |= {"old": draw(fragment), "new": draw(st.one_of(st.just(""), text))}
        else:
            fields["text"] = draw(text)
            if draw(st.booleans()):
                fields["title"] = draw(text)
    elif draw(st.booleans()):
        fields["text"] = draw(fragment)
    extras = ["label", "reason"] if careful else ["label", "reason", "bogus"]
    for extra in draw(st.sets(st.sampled_from(extras), max_size=2)):
        fields[extra] = draw(text)
    if not careful and draw(st.booleans()):
        fields.pop(draw(st.sampled_from(sorted(fields))))
    return fields


NEW_NUMBERS = ("3", "5", "7", "12b", "20")
NEW_IDS = ("nieuw", "tijdlijn", "slot")


# --- 1. YAML text --------------------------------------------------------------------------------

YAML_PIECES = (
    "a: 1\n",
    "- x\n",
    "  - y\n",
    "key: value\n",
    "? [a, b]\n: c\n",
    "&anchor x",
    "*alias",
    "<<: {a: 1}\n",
    "!!python/object:os.system x\n",
    "!custom x",
    "!!binary zz",
    "!!int x",
    "2024-13-45: x\n",
    "2024-12-07",
    "{a: [b, {c: d}]}",
    "[[[[[[",
    "]]]]",
    "|\n  blok\n",
    ">-\n  gevouwen\n",
    '"\\x00\\ud800"',
    "'onafgesloten",
    "\t",
    "\x00",
    "\x07",
    "\ufeff",
    "\u2028",
    "%YAML 1.1\n",
    "---\n",
    "...\n",
    "# comment\n",
    ": ",
    "- ",
    "@",
    "`",
    "\r\n",
    "\r",
)
yaml_text = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(YAML_PIECES), max_size=25).map("".join),
    st.recursive(
        st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), st.text(max_size=20)),
        lambda inner: st.one_of(
            st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=8), inner, max_size=4)
        ),
        max_leaves=20,
    ).map(lambda data: yaml.safe_dump(data, allow_unicode=True)),
)


@st.composite
def mutated_yaml(draw: st.DrawFn) -> str:
    text = draw(yaml_text)
    for _ in range(draw(st.integers(0, 3))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(st.sampled_from(YAML_PIECES)) + text[at:]
    return text


@given(text=mutated_yaml(), first_line=st.integers(1, 5))
@fuzz_settings()
def test_parse_yaml_raises_only_located_source_errors(text: str, first_line: int) -> None:
    counted("parse_yaml")
    file = SourceLocation("amendments/2024/jaarplan.yaml")
    document = only_source_errors(
        lambda: parse_yaml(text, file, first_line=first_line), lambda path: path == file.path
    )
    if document is not None:
        for location in (*document.locations.values(), *document.value_locations.values()):
            assert location.path == file.path and location.line >= first_line


# --- 2. whole project trees through the loader ---------------------------------------------------


def _document_yaml(draw: st.DrawFn, chapters: list[str], careful: bool) -> str:
    title = word_text if careful else any_text
    data: dict[str, Any] = {
        "title": draw(title),
        "period": {"start": 2022, "end": 2025},
        "parties": [{"id": "gemeente", "name": draw(title)}],
        "chapters": [
            {"id": c, "title": draw(title), "goals": draw(st.lists(word_text, max_size=2))}
            for c in chapters
        ],
    }
    if draw(st.booleans()):
        data["documents"] = draw(st.lists(word_text, max_size=2))
    if not careful:
        period = {"start": draw(st.integers(2020, 2024)), "end": draw(st.integers(2021, 2026))}
        data["period"] = period
        if draw(st.booleans()):
            data.pop(draw(st.sampled_from(sorted(data))))
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def _agreement_md(draw: st.DrawFn, key: str, careful: bool) -> str:
    front: dict[str, Any] = (
        {"number": key} if key[0].isdigit() else {"id": key, "title": draw(word_text)}
    )
    if not careful:
        front = draw(st.sampled_from([{"number": draw(number)}, {"id": draw(slug)}, front]))
    header = yaml.safe_dump(front, allow_unicode=True)
    opening, closing = "---\n", "---\n"
    if not careful:
        opening = draw(st.sampled_from(["---\n", "--- \n", "\ufeff---\n", ""]))
        closing = draw(st.sampled_from(["---\n", ""]))
        header = draw(st.sampled_from([header, header, draw(mutated_yaml())]))
    return opening + header + closing + draw(word_text if careful else any_text)


def _jaarplan_yaml(
    draw: st.DrawFn,
    year: int,
    texts: Mapping[str, list[str]],
    targets: list[str],
    chapters: tuple[str, ...],
    main: bool,
    careful: bool,
) -> str:
    data: dict[str, Any] = {}
    if main:
        data = {"year": year, "title": draw(word_text), "status": "adopted"}
        data["adopted"] = {"date": "2023-12-07", "place": "Teststad"}
        if not careful:
            data["status"] = draw(st.sampled_from(["draft", "concept", "adopted"]))
            data["adopted"]["date"] = draw(st.sampled_from(["2023-12-07", "2023-02-30", "x"]))
    changes = draw(st.lists(change_data(texts, targets, chapters, careful), max_size=6))
    data["changes"] = [c for c in changes if valid(c)] if careful else changes
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def _as_bytes(draw: st.DrawFn, text: str, careful: bool) -> bytes:
    """The text as a file holds it: UTF-8, sometimes with CRLF, a BOM or a stray bad byte."""
    encoded = text.encode("utf-8", "surrogatepass")
    match draw(st.integers(0, 9)):
        case 0:
            return encoded.replace(b"\n", b"\r\n")
        case 1:
            return b"\xef\xbb\xbf" + encoded
        case 2 if not careful:
            at = draw(st.integers(0, len(encoded)))
            bad = draw(st.sampled_from([b"\xe9", b"\xff\xfe", b"\xc3"]))
            return encoded[:at] + bad + encoded[at:]
        case _:
            return encoded


@st.composite
def project_tree(draw: st.DrawFn) -> dict[str, bytes | str]:
    """A project as files: two in three well-formed (so that the changes are applied), the rest
    with random faults, extra files and entries that are no regular file."""
    careful = draw(st.integers(0, 2)) > 0
    chapters = draw(
        st.lists(
            st.sampled_from(["wonen", "zorg", "betaalbaarheid"]),
            min_size=1,
            max_size=3,
            unique=True,
        )
    )
    files: dict[str, str] = {"agreements/document.yaml": _document_yaml(draw, chapters, careful)}
    keys = draw(
        st.lists(
            st.sampled_from(["1", "2", "5", "12", "12a", "tijdlijn", "aanpak"]),
            max_size=5,
            unique=True,
        )
    )
    document = yaml.safe_load(files["agreements/document.yaml"])
    texts: dict[str, list[str]] = {f"{c}/goals": list(_goals(document, c)) for c in chapters} | {
        "documents": list(document.get("documents") or [])
    }
    for key in keys:
        folder = draw(st.sampled_from(chapters if careful else [*chapters, "onbekend"]))
        text = _agreement_md(draw, key, careful)
        files[f"agreements/{folder}/{key}.md"] = text
        texts[key] = [text.rsplit("---\n", 1)[-1]]
    targets = list(texts)
    for year in draw(st.lists(st.sampled_from([2023, 2024, 2025]), max_size=2, unique=True)):
        files[f"amendments/{year}/jaarplan.yaml"] = _jaarplan_yaml(
            draw, year, texts, targets, tuple(chapters), True, careful
        )
        if draw(st.integers(0, 3)) == 0:
            extra = _jaarplan_yaml(draw, year, texts, targets, tuple(chapters), False, careful)
            name = "extra.yaml" if careful else draw(st.sampled_from(["extra.yaml", "x.yml"]))
            files[f"amendments/{year}/{name}"] = extra
    tree: dict[str, bytes | str] = {
        name: _as_bytes(draw, text, careful) for name, text in files.items()
    }
    if careful:
        return tree
    for _ in range(draw(st.integers(0, 2))):
        name = draw(st.sampled_from(list(files)))
        tree[name] = draw(st.one_of(mutated_yaml(), st.text(max_size=60))).encode(
            "utf-8", "surrogatepass"
        )
    if draw(st.booleans()):
        junk = draw(st.sampled_from(["amendments/abc/x.yaml", "agreements/x.md", "amendments/x"]))
        tree[junk] = b""
    for _ in range(draw(st.integers(0, 2))):
        folder = draw(st.sampled_from([f"agreements/{chapters[0]}", "amendments/2024"]))
        name = f"{folder}/{draw(st.sampled_from(['afspraak-9.md', 'extra.yaml']))}"
        tree[name] = draw(st.sampled_from(SPECIAL_FILES))
    return tree


def _goals(document: Any, chapter: str) -> list[str]:
    for entry in document.get("chapters") or []:
        if isinstance(entry, dict) and entry.get("id") == chapter:
            return list(entry.get("goals") or [])
    return []


SPECIAL_FILES = ("folder", "fifo", "loop", "dangling", "outside")
"""Entries that are not regular files, written by :func:`_write_tree`."""


def _write_tree(root: Path, files: Mapping[str, bytes | str]) -> None:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        match content:
            case bytes():
                path.write_bytes(content)
            case "folder":
                path.mkdir(exist_ok=True)
            case "fifo":
                os.mkfifo(path)
            case "loop":
                path.symlink_to(path.name)
            case "dangling":
                path.symlink_to("missing.md")
            case _:
                path.symlink_to(Path(tempfile.gettempdir()))


@given(files=project_tree())
@fuzz_settings(share=0.75)
def test_load_project_raises_only_located_source_errors(files: dict[str, bytes | str]) -> None:
    counted("load_project")
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        _write_tree(root, files)

        def exists(path: str) -> bool:
            return (root / path).exists()

        project = only_source_errors(lambda: load_project(root), exists)
        if project is None:
            return
        for year in range(project.document.period.start, project.document.period.end + 1)[:3]:
            consolidation = only_source_errors(lambda y=year: consolidate(project, y), exists)
            if consolidation is not None:
                build_report(consolidation, year, year)


# --- 3. random changes against random documents, in memory ---------------------------------------

JAARPLAN = "amendments/{year}/jaarplan.yaml"


@st.composite
def document_and_changes(draw: st.DrawFn) -> tuple[Document, tuple[Jaarplan, ...]]:
    numbers = draw(st.lists(st.sampled_from(["1", "2", "5", "12", "12a", "13"]), unique=True))
    ids = draw(st.lists(st.sampled_from(["tijdlijn", "aanpak", "b-2"]), unique=True, max_size=2))
    chapter_ids = ["wonen", "zorg"]
    articles: dict[str, list[Article]] = {c: [] for c in chapter_ids}
    texts: dict[str, list[str]] = {}
    for key in [*numbers, *ids]:
        chapter = draw(st.sampled_from(chapter_ids))
        location = SourceLocation(f"agreements/{chapter}/{key}.md", 1)
        blocks = split_blocks(draw(word_text), location.at(4))
        assume(blocks)
        texts[key] = [block.text for block in blocks]
        is_number = key[0].isdigit()
        articles[chapter].append(
            Article(
                chapter=chapter,
                number=key if is_number else None,
                id=None if is_number else key,
                title="" if is_number else draw(any_text),
                blocks=blocks,
                location=location,
            )
        )
    goals = tuple(
        Item(text, SourceLocation("agreements/document.yaml", 10 + i))
        for i, text in enumerate(draw(st.lists(word_text, max_size=3)))
    )
    texts["wonen/goals"] = [goal.text for goal in goals]
    document = Document(
        title="Prestatieafspraken",
        period=Period(2022, 2025),
        parties=(Party("gemeente", "Gemeente", SourceLocation("agreements/document.yaml", 4)),),
        chapters=tuple(
            Chapter(
                c,
                c.title(),
                SourceLocation("agreements/document.yaml", 6),
                goals=goals if c == "wonen" else (),
                articles=order_articles(articles[c]),
            )
            for c in chapter_ids
        ),
        location=SourceLocation("agreements/document.yaml", 1),
    )
    targets = [*numbers, *ids, "wonen/goals", "zorg/goals", "documents"]
    jaarplannen = []
    for year in (2023, 2024):
        # The loader hands on only what the schema accepts; so does this target.
        careful = draw(st.booleans())
        drawn = draw(st.lists(change_data(texts, targets, tuple(chapter_ids), careful), max_size=6))
        changes = [c for c in drawn if valid(c)]
        jaarplannen.append(
            Jaarplan(
                year=year,
                title=f"Jaarplan {year}",
                status="adopted",
                location=SourceLocation(JAARPLAN.format(year=year), 1),
                changes=tuple(_change(data, year, 6 + 5 * i) for i, data in enumerate(changes)),
            )
        )
    return document, tuple(jaarplannen)


def valid(data: Mapping[str, Any]) -> bool:
    source = YamlDocument(data, {}, SourceLocation(JAARPLAN), {})
    return not validate(source, "change.schema.json")


def _change(data: Mapping[str, Any], year: int, line: int) -> Change:
    """A change as the loader makes it from a schema-valid entry, written at ``line``."""
    op = data["op"]
    path = JAARPLAN.format(year=year)
    fields = {
        name: None if data.get(name) is None else str(data[name])
        for name in ("target", "chapter", "number", "id", "title", "text", "after", "old", "new")
    }
    where = {name: SourceLocation(path, line + 1 + i, 5) for i, name in enumerate(fields)}
    return Change(
        op=op,
        year=year,
        label=str(data.get("label") or DEFAULT_LABELS[op].format(year=year)),
        location=SourceLocation(path, line, 5),
        reason=str(data.get("reason") or ""),
        field_locations=tuple(where.items()),
        text_locations=tuple(where.items()),
        **fields,
    )


@given(case=document_and_changes())
@fuzz_settings()
def test_consolidate_raises_only_located_source_errors(
    case: tuple[Document, tuple[Jaarplan, ...]],
) -> None:
    counted("consolidate")
    document, jaarplannen = case
    project = Project(root=".", document=document, jaarplannen=jaarplannen)

    def exists(path: str) -> bool:
        return path.startswith("amendments/")

    consolidation = only_source_errors(lambda: consolidate(project, 2024), exists)
    if consolidation is None:
        return
    anchors = document_anchors(consolidation.document)
    assert len(anchors) == len(set(anchors)), anchors
    for article in consolidation.document.articles():
        assert all(block.text.strip() for block in article.blocks), article
    for chapter in consolidation.document.chapters:  # sections first, then agreements in order
        assert chapter.articles == order_articles(chapter.articles)
    report = build_report(consolidation, 2023, 2024)
    assert len(report.entries) == len(consolidation.applied)


# --- 4. Markdown bodies ------------------------------------------------------------------------


@given(body=st.one_of(word_text, st.text(max_size=120)), first=st.integers(1, 40))
@fuzz_settings()
def test_markdown_bodies_split_into_located_blocks_and_render_safely(body: str, first: int) -> None:
    counted("markdown")
    start = SourceLocation("agreements/wonen/afspraak-1.md", first)
    blocks = split_blocks(body, start)
    lines = re.split(r"\r\n?|\n", body)  # lines as Markdown counts them: CR is a line end too
    for block in blocks:
        assert block.text.strip()
        offset = block.location.line - first
        assert 0 <= offset < len(lines)
        # The block's text starts at its line (after white space such as a no-break space).
        assert "\n".join(lines[offset:]).strip().startswith(block.text)
    html = str(markdown_to_html(body))
    assert "<script" not in html and "<img" not in html and "<iframe" not in html
    for href in re.findall(r'href="([^"]*)"', html):
        assert href.startswith(("http:", "https:", "mailto:", "#")), href


@given(text=st.one_of(word_text, st.text(max_size=80)))
@fuzz_settings()
def test_front_matter_splitting_raises_only_located_source_errors(text: str) -> None:
    counted("front_matter")
    location = SourceLocation("agreements/wonen/afspraak-1.md")
    result = only_source_errors(lambda: split_front_matter(text, location), lambda _: True)
    if result is not None:
        _, body, body_line = result
        assert body_line >= 3
        assert text.split("\n")[body_line - 1 :] == body.split("\n")


# --- 5. fragment matching ----------------------------------------------------------------------


@given(text=word_text, data=st.data())
@fuzz_settings()
def test_fragment_spans_map_back_to_the_fragment(text: str, data: st.DataObject) -> None:
    counted("fragments")
    fragment = data.draw(fragment_of([text]))
    for start, end in find_spans(text, fragment):
        assert fold(text[start:end]) == fold(fragment)
        replaced = replace_span(text, start, end, "NIEUW")
        assert "NIEUW" in replaced
