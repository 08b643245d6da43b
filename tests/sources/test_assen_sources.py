"""The Assen sources (agreements/, amendments/2024/) say word for word what the signed PDF says.

Standalone on purpose: only PyYAML and the standard library, not the project's own package, so a
bug in the tool cannot hide a mistake in the data (or the other way round).

The seed is the text extracted from the signed PDF of the Jaarplan 2024 of Assen
(tests/data/seed/jaarplan-2024-assen.txt). The test cuts it into passages programmatically: the
seed is folded (every run of white space becomes one space) and then split at a list of known
headings ("Huidige afspraak:", "Aanvulling 2024:", ...), in document order. The split is checked
to cover the seed from the first heading to the end, so no passage can be skipped or cut short
without a failing test. Every passage is then compared, with white space folded, for *equality*
(not mere containment) with the source text that should hold it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "tests" / "data" / "seed" / "jaarplan-2024-assen.txt"
AGREEMENTS = ROOT / "agreements"
JAARPLAN = ROOT / "amendments" / "2024" / "jaarplan.yaml"

YEAR = 2024
DEFAULT_LABELS = {
    "add": f"Nieuwe afspraak {YEAR}",
    "append": f"Aanvulling {YEAR}",
    "replace": f"Wijziging {YEAR}",
    "delete": f"Verwijderd {YEAR}",
}
LDQ, RDQ = "\u201c", "\u201d"  # the PDF's typographic double quotes
BULLET = "\u2022"


# --------------------------------------------------------------------------- helpers


def fold(text: str) -> str:
    """Every run of white space (newlines included) becomes one space; trimmed."""
    return " ".join(text.split())


def unmark(markdown: str) -> str:
    """Drop the Markdown markup that the PDF text does not have: `**` and bullet markers.

    Numbered list markers ("1. ") stay: the PDF prints the numbers too.
    """
    lines = [re.sub(r"^\s*[-*+] ", "", line) for line in markdown.replace("**", "").splitlines()]
    return fold("\n".join(lines))


def debullet(seed_text: str) -> str:
    """Drop the PDF's bullet characters; the sources write them as Markdown list markers."""
    return fold(seed_text.replace(BULLET, " "))


def split_front_matter(path: Path) -> tuple[dict[str, Any], str]:
    text = path.read_text(encoding="utf-8")
    match = re.match(r"---\n(.*?)\n---\n(.*)\Z", text, re.DOTALL)
    assert match, f"{path}: no YAML front matter between --- lines"
    front = strict_load(match.group(1), str(path))
    assert isinstance(front, dict), f"{path}: front matter is not a mapping"
    return front, match.group(2)


class _NoDuplicatesLoader(yaml.SafeLoader):
    pass


def _construct_mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            raise AssertionError(f"duplicate key {key!r} at line {key_node.start_mark.line + 1}")
        seen.add(key)
    return loader.construct_mapping(node)


_NoDuplicatesLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping
)


def strict_load(text: str, name: str) -> Any:
    """yaml.safe_load, plus: no anchors, aliases, explicit tags or duplicate keys."""
    for event in yaml.parse(text):
        assert not isinstance(event, yaml.AliasEvent), f"{name}: alias at {event.start_mark}"
        anchor = getattr(event, "anchor", None)
        assert anchor is None, f"{name}: anchor &{anchor} at {event.start_mark}"
        tag = getattr(event, "tag", None)
        assert tag is None, f"{name}: explicit tag {tag} at {event.start_mark}"
    data = yaml.load(text, Loader=_NoDuplicatesLoader)
    assert data == yaml.safe_load(text)
    return data


def blocks(markdown: str) -> list[str]:
    """The body's blocks: runs of non-blank lines separated by blank lines."""
    return [b for b in re.split(r"\n[ \t]*\n", markdown.strip()) if b.strip()]


# --------------------------------------------------------------------------- the seed, cut up


@dataclass
class Passage:
    key: str
    text: str  # folded
    chapter: str | None  # title of the chapter heading that precedes it in the seed
    groups: dict[str, str] = field(default_factory=dict)  # named groups of the heading


DEL = (
    r"Onderstaande tekst kan verwijderd worden uit de Meerjarige Prestatieafspraken"
    r"(?: \((?P<reason>[^()]*)\))?:?"
)
CHAPTERS = (
    "Samenwerking, procesafspraken en monitoring",
    "Betaalbaarheid",
    "Beschikbaarheid",
    "Duurzaamheid",
    "Wonen en Zorg",
    "Leefbaarheid",
)


def _label(label: str) -> str:
    return rf"(?P<label>{re.escape(label)}):"


def _chapter(title: str) -> str:
    return rf"(?P<chapter>{re.escape(title)})"


def _num(n: int) -> str:
    return rf"(?P<number>{n})\."


HUIDIG = r"Huidige afspraak:"
AANV = _label("Aanvulling 2024")
NIEUW = _label("Nieuwe afspraak 2024")

# (key, regex of the heading that starts the passage), in seed order. A passage runs from the end
# of its heading to the start of the next heading.
HEADINGS: list[tuple[str, str]] = [
    ("introduction", r"Inleiding"),
    ("parties", r"Partijen en ondertekening"),
    (
        "base:tijdlijn",
        rf"Wijzigingen en aanvullingen {LDQ}Meerjarige Prestatieafspraken 2022-2025 "
        rf"Assen{RDQ} {_chapter(CHAPTERS[0])} {HUIDIG} (?P<title>Tijdlijn)",
    ),
    ("new:tijdlijn", rf"{_label('Wijziging 2024')} (?P<title>Jaarlijkse cyclus)"),
    (
        "base:goals",
        rf"{_chapter(CHAPTERS[1])} {HUIDIG} (?P<title>Wat willen we tot en met 2025 "
        rf"bereiken\?)",
    ),
    ("new:goals", AANV),
    ("new:2", rf"{NIEUW} {_num(2)}"),
    ("base:5", rf"{HUIDIG} {_num(5)}"),
    ("del:5", DEL),
    ("new:5", AANV),
    ("base:7", _num(7)),
    ("del:7", DEL),
    ("new:12", rf"{AANV} {_num(12)}"),
    ("base:13", rf"{_chapter(CHAPTERS[2])} {HUIDIG} {_num(13)}"),
    ("del:13", DEL),
    ("new:13", AANV),
    ("base:15", _num(15)),
    ("new:15", AANV),
    ("base:17", _num(17)),
    ("del:17", DEL),
    ("new:17", _label("Wijziging/aanvulling 2024")),
    ("base:19", _num(19)),
    ("new:19", AANV),
    ("base:27", rf"{_chapter(CHAPTERS[3])} {_num(27)}"),
    ("new:27", AANV),
    ("new:29", rf"{_chapter(CHAPTERS[4])} {NIEUW} {_num(29)}"),
    ("base:30", rf"{HUIDIG} {_num(30)}"),
    ("new:30", AANV),
    ("new:31", rf"{NIEUW} {_num(31)}"),
    ("base:33", rf"{_chapter(CHAPTERS[5])} {_num(33)}"),
    ("new:33", AANV),
    ("new:documents", r"Bijlage 2: Overzicht documenten Volgende documenten toevoegen:"),
]


@cache
def seed_text() -> str:
    return fold(SEED.read_text(encoding="utf-8"))


@cache
def seed_passages() -> dict[str, Passage]:
    text = seed_text()
    found: list[tuple[str, re.Match[str]]] = []
    pos = 0
    for key, pattern in HEADINGS:
        # A heading stands on its own: preceded by a space (or the start), followed by a space
        # (or the end). The search starts where the previous heading ended, so order matters.
        regex = re.compile(rf"(?:(?<= )|^){pattern}(?= |$)")
        match = regex.search(text, pos)
        assert match, f"heading for {key!r} not found in the seed after offset {pos}"
        found.append((key, match))
        pos = match.end()
    passages: dict[str, Passage] = {}
    chapter: str | None = None
    for i, (key, match) in enumerate(found):
        end = found[i + 1][1].start() if i + 1 < len(found) else len(text)
        chapter = match.groupdict().get("chapter") or chapter
        groups = {k: v for k, v in match.groupdict().items() if v is not None}
        passages[key] = Passage(key, text[match.end() : end].strip(), chapter, groups)
    return passages


def passage(key: str) -> Passage:
    return seed_passages()[key]


# --------------------------------------------------------------------------- the sources


@cache
def document() -> dict[str, Any]:
    data = strict_load((AGREEMENTS / "document.yaml").read_text(encoding="utf-8"), "document")
    assert isinstance(data, dict)
    return data


@cache
def jaarplan() -> dict[str, Any]:
    data = strict_load(JAARPLAN.read_text(encoding="utf-8"), "jaarplan")
    assert isinstance(data, dict)
    return data


@cache
def agreement_files() -> dict[str, tuple[Path, dict[str, Any], str]]:
    """'5' / 'tijdlijn' -> (path, front matter, body)."""
    result: dict[str, tuple[Path, dict[str, Any], str]] = {}
    for path in sorted(AGREEMENTS.glob("*/*.md")):
        front, body = split_front_matter(path)
        key = str(front["number"]) if "number" in front else str(front["id"])
        assert key not in result, f"{key} defined twice: {result[key][0]} and {path}"
        result[key] = (path, front, body)
    return result


def chapter_title(chapter_id: str) -> str:
    titles = {c["id"]: c["title"] for c in document()["chapters"]}
    return titles[chapter_id]


def changes() -> list[dict[str, Any]]:
    result = jaarplan()["changes"]
    assert isinstance(result, list)
    return result


# --------------------------------------------------------------------------- the cut is sound


def test_seed_copy_is_the_extracted_pdf_text() -> None:
    raw = SEED.read_bytes()
    assert raw.startswith(b" Inleiding \n")
    assert raw.decode("utf-8")  # UTF-8, no stray bytes
    assert b"Doelgroepenverordening gemeente Assen 2023" in raw


def test_headings_cover_the_seed_without_gaps() -> None:
    """Headings + passages put back together give the whole folded seed."""
    text = seed_text()
    rebuilt: list[str] = []
    pos = 0
    for key, pattern in HEADINGS:
        match = re.compile(rf"(?:(?<= )|^){pattern}(?= |$)").search(text, pos)
        assert match
        rebuilt.append(match.group(0))
        p = passage(key).text
        if p:
            rebuilt.append(p)
        pos = match.end()
    assert " ".join(rebuilt) == text


@pytest.mark.parametrize("key", [k for k, _ in HEADINGS if k != "parties"])
def test_every_passage_is_nonempty(key: str) -> None:
    assert passage(key).text


# --------------------------------------------------------------------------- document.yaml


def test_document_title_and_period_as_in_seed() -> None:
    doc = document()
    assert doc["title"] == "Meerjarige Prestatieafspraken 2022-2025 Assen"
    assert f"{LDQ}{doc['title']}{RDQ}" in seed_text()
    assert doc["period"] == {"start": 2022, "end": 2025}
    assert doc["place"] == "Assen"


def test_chapters_in_seed_order() -> None:
    ids = [c["id"] for c in document()["chapters"]]
    assert ids == [
        "samenwerking",
        "betaalbaarheid",
        "beschikbaarheid",
        "duurzaamheid",
        "wonen-en-zorg",
        "leefbaarheid",
    ]
    assert tuple(c["title"] for c in document()["chapters"]) == CHAPTERS
    seen = [p.groups["chapter"] for p in seed_passages().values() if "chapter" in p.groups]
    assert tuple(seen) == CHAPTERS


def _seed_parties() -> list[dict[str, str]]:
    section = passage("parties").text
    regex = re.compile(
        r"\d\. (?P<name>[^,]+), rechtsgeldig vertegenwoordigd door (?:de )?"
        r"(?P<role>wethouder|directeur-bestuurder|voorzitter) "
        r"(?P<rep>(?:de heer|mevrouw) [A-Z]\. \w+)"
    )
    return [m.groupdict() for m in regex.finditer(section)]


PARTY_IDS = ["gemeente", "actium", "woonservice", "mevm", "samen-sterk"]


def test_parties_in_seed_order() -> None:
    assert [p["id"] for p in document()["parties"]] == PARTY_IDS
    assert len(_seed_parties()) == len(PARTY_IDS)


@pytest.mark.parametrize("index", range(len(PARTY_IDS)), ids=PARTY_IDS)
def test_party_as_in_seed(index: int) -> None:
    party = document()["parties"][index]
    seed = _seed_parties()[index]
    assert party["name"] == seed["name"]
    assert party["role"] == seed["role"]
    rep = party["representative"]
    assert rep == seed["rep"][0].upper() + seed["rep"][1:]
    # the signature blocks print the name exactly like this
    assert f" {rep} " in f" {seed_text()} "


def test_goals_title_as_in_seed() -> None:
    betaalbaarheid = document()["chapters"][1]
    assert betaalbaarheid["goals_title"] == passage("base:goals").groups["title"]


def test_goals_as_in_seed() -> None:
    seed_goals = [fold(g) for g in passage("base:goals").text.split(BULLET) if g.strip()]
    assert len(seed_goals) == 2
    assert document()["chapters"][1]["goals"] == seed_goals
    assert all(goal.endswith(";") for goal in seed_goals)


def test_no_other_goals_or_documents() -> None:
    for chapter in document()["chapters"]:
        if chapter["id"] != "betaalbaarheid":
            assert "goals" not in chapter
    assert "documents" not in document()


# --------------------------------------------------------------------------- agreements/*.md

# seed passage(s) that make up each base file, and the number of blocks the file has
BASE_FILES: dict[str, tuple[str, list[str], int]] = {
    # key: (path below agreements/, seed passages in order, blocks)
    "tijdlijn": ("samenwerking/tijdlijn.md", ["base:tijdlijn"], 4),
    "5": ("betaalbaarheid/afspraak-5.md", ["base:5", "del:5"], 2),
    "7": ("betaalbaarheid/afspraak-7.md", ["base:7", "del:7"], 1),
    "13": ("beschikbaarheid/afspraak-13.md", ["base:13", "del:13"], 2),
    "15": ("beschikbaarheid/afspraak-15.md", ["base:15"], 1),
    "17": ("beschikbaarheid/afspraak-17.md", ["base:17", "del:17"], 1),
    "19": ("beschikbaarheid/afspraak-19.md", ["base:19"], 1),
    "27": ("duurzaamheid/afspraak-27.md", ["base:27"], 1),
    "30": ("wonen-en-zorg/afspraak-30.md", ["base:30"], 1),
    "33": ("leefbaarheid/afspraak-33.md", ["base:33"], 1),
}


def test_exactly_the_base_agreements_of_the_seed() -> None:
    seed_keys = {k.split(":", 1)[1] for k in seed_passages() if k.startswith("base:")} - {"goals"}
    assert set(agreement_files()) == seed_keys == set(BASE_FILES)


@pytest.mark.parametrize("key", list(BASE_FILES))
def test_base_file_name_and_front_matter(key: str) -> None:
    rel, parts, _ = BASE_FILES[key]
    path, front, _ = agreement_files()[key]
    assert path == AGREEMENTS / rel
    if key.isdigit():
        assert front == {"number": int(key)}
        assert path.name == f"afspraak-{key}.md"
        assert passage(parts[0]).groups["number"] == key
    else:
        assert front == {"id": key, "title": passage(parts[0]).groups["title"]}
        assert path.name == f"{key}.md"


@pytest.mark.parametrize("key", list(BASE_FILES))
def test_base_file_in_seed_chapter(key: str) -> None:
    rel, parts, _ = BASE_FILES[key]
    assert chapter_title(rel.split("/")[0]) == passage(parts[0]).chapter


@pytest.mark.parametrize("key", list(BASE_FILES))
def test_base_text_word_for_word(key: str) -> None:
    """Body == what the seed quotes, to-be-deleted passages included."""
    _, parts, _ = BASE_FILES[key]
    expected = debullet(" ".join(passage(p).text for p in parts))
    _, _, body = agreement_files()[key]
    assert unmark(body) == expected


@pytest.mark.parametrize("key", list(BASE_FILES))
def test_base_paragraph_structure(key: str) -> None:
    _, _, n_blocks = BASE_FILES[key]
    _, _, body = agreement_files()[key]
    assert len(blocks(body)) == n_blocks


def test_tijdlijn_markdown_shape() -> None:
    _, _, body = agreement_files()["tijdlijn"]
    first, bullets, second, third = blocks(body)
    assert first.startswith("**Voorbereidend tripartiet overleg:** Partijen starten")
    assert first.endswith("Onderdeel van dit overleg is:")
    items = bullets.splitlines()
    assert len(items) == 4
    assert all(item.startswith("- ") for item in items)
    assert second.startswith("**Uitbrengen activiteitenoverzicht:** Uiterlijk op 1 juli")
    assert third.startswith(
        "**Opstellen prestatieafspraken (indien afgesproken tijdens voorbereidend tripartiet "
        "overleg):** Huurdersorganisaties,"
    )


# --------------------------------------------------------------------------- jaarplan.yaml


def test_jaarplan_metadata() -> None:
    plan = jaarplan()
    assert plan["year"] == YEAR == int(JAARPLAN.parent.name)
    assert plan["title"] == f"Jaarplan {YEAR}"
    assert f"Het {plan['title']} leggen we vast" in seed_text()
    assert plan["status"] == "adopted"
    match = re.search(r"Aldus overeengekomen te (\w+) op (\d+) december (\d{4})\.", seed_text())
    assert match
    assert plan["adopted"] == {
        "date": dt.date(int(match.group(3)), 12, int(match.group(2))),
        "place": match.group(1),
    }


@pytest.mark.parametrize("index", range(len(PARTY_IDS)), ids=PARTY_IDS)
def test_signatory_is_the_party_representative(index: int) -> None:
    signatory = jaarplan()["signatories"][index]
    party = document()["parties"][index]
    assert signatory == {
        "party": party["id"],
        "name": party["representative"],
        "role": party["role"],
    }


def test_introduction_word_for_word() -> None:
    intro = jaarplan()["introduction"]
    assert fold(intro) == passage("introduction").text
    assert len(blocks(intro)) == 2


# Each change of jaarplan.yaml, in order: (id, op, target-or-(chapter number), seed passage key)
EXPECTED_CHANGES: list[tuple[str, str, Any, str]] = [
    ("replace-tijdlijn", "replace", "tijdlijn", "new:tijdlijn"),
    ("append-goals", "append", "betaalbaarheid/goals", "new:goals"),
    ("add-2", "add", 2, "new:2"),
    ("delete-5", "delete", 5, "del:5"),
    ("append-5", "append", 5, "new:5"),
    ("delete-7", "delete", 7, "del:7"),
    ("add-12", "add", 12, "new:12"),
    ("delete-13", "delete", 13, "del:13"),
    ("append-13", "append", 13, "new:13"),
    ("append-15", "append", 15, "new:15"),
    ("delete-17", "delete", 17, "del:17"),
    ("append-17", "append", 17, "new:17"),
    ("append-19", "append", 19, "new:19"),
    ("append-27", "append", 27, "new:27"),
    ("add-29", "add", 29, "new:29"),
    ("append-30", "append", 30, "new:30"),
    ("add-31", "add", 31, "new:31"),
    ("append-33", "append", 33, "new:33"),
    ("append-document-1", "append", "documents", "new:documents"),
    ("append-document-2", "append", "documents", "new:documents"),
]
CHANGE_IDS = [c[0] for c in EXPECTED_CHANGES]
# how many blocks each multi-paragraph change text has (all others: exactly one)
CHANGE_BLOCKS = {"replace-tijdlijn": 5, "append-5": 2}


def test_changes_in_seed_order() -> None:
    assert len(changes()) == len(EXPECTED_CHANGES)
    used = {key for *_, key in EXPECTED_CHANGES}
    seed_keys = {k for k in seed_passages() if k.startswith(("new:", "del:"))}
    assert used == seed_keys, "every added or deleted passage of the seed has a change"
    order = [list(seed_passages()).index(key) for *_, key in EXPECTED_CHANGES]
    assert order == sorted(order)


@pytest.mark.parametrize("index", range(len(EXPECTED_CHANGES)), ids=CHANGE_IDS)
def test_change_op_and_target(index: int) -> None:
    _, op, target, key = EXPECTED_CHANGES[index]
    change = changes()[index]
    assert change["op"] == op
    if op == "add":
        assert change["number"] == target
        assert type(change["number"]) is int
        assert passage(key).groups["number"] == str(target)
        assert "target" not in change
        assert chapter_title(change["chapter"]) == passage(key).chapter
        assert str(target) not in agreement_files(), "add may not reuse a number"
    else:
        assert change["target"] == target
        assert type(change["target"]) is type(target)
    allowed = {
        "add": {"op", "chapter", "number", "text", "label"},
        "append": {"op", "target", "text", "label"},
        "replace": {"op", "target", "title", "text"},
        "delete": {"op", "target", "text", "reason"},
    }[op]
    assert set(change) <= allowed


@pytest.mark.parametrize("index", range(len(EXPECTED_CHANGES)), ids=CHANGE_IDS)
def test_change_text_word_for_word(index: int) -> None:
    name, _, _, key = EXPECTED_CHANGES[index]
    text = changes()[index]["text"]
    expected = debullet(passage(key).text)
    if key == "new:documents":
        both = [changes()[i]["text"] for i, c in enumerate(EXPECTED_CHANGES) if c[3] == key]
        assert " ".join(fold(t) for t in both) == expected
        assert fold(text) in expected
        assert fold(text).endswith(" 2023")
    else:
        assert unmark(text) == expected
    assert len(blocks(text)) == CHANGE_BLOCKS.get(name, 1)


@pytest.mark.parametrize("index", range(len(EXPECTED_CHANGES)), ids=CHANGE_IDS)
def test_change_label_as_in_seed(index: int) -> None:
    """The seed's own heading names the change; `label` is set only where it is not the default."""
    _, op, _, key = EXPECTED_CHANGES[index]
    change = changes()[index]
    seed_label = passage(key).groups.get("label", DEFAULT_LABELS[op])
    assert change.get("label", DEFAULT_LABELS[op]) == seed_label
    if "label" in change:
        assert change["label"] != DEFAULT_LABELS[op]


@pytest.mark.parametrize("index", range(len(EXPECTED_CHANGES)), ids=CHANGE_IDS)
def test_change_reason_as_in_seed(index: int) -> None:
    _, _, _, key = EXPECTED_CHANGES[index]
    assert changes()[index].get("reason") == passage(key).groups.get("reason")


def test_replace_title_as_in_seed() -> None:
    assert changes()[0]["title"] == passage("new:tijdlijn").groups["title"]


def test_jaarlijkse_cyclus_markdown_shape() -> None:
    parts = blocks(changes()[0]["text"])
    assert parts[0].endswith("Onderdeel van dit overleg is:")
    assert [line[:3] for line in parts[1].splitlines()] == ["1. ", "2. ", "3. "]
    assert parts[2].startswith("In het tweede kwartaal")
    assert parts[3].startswith("In het derde kwartaal")
    assert parts[3].endswith("Dit bespreken we in een bestuurlijk overleg.")
    assert parts[4].startswith("In het vierde kwartaal")


# --------------------------------------------------------------------------- deletions


DELETES = [c for c in EXPECTED_CHANGES if c[1] == "delete"]


@pytest.mark.parametrize("expected", DELETES, ids=[c[0] for c in DELETES])
def test_deleted_passage_is_in_base_exactly_once(expected: tuple[str, str, Any, str]) -> None:
    _, _, target, _ = expected
    change = changes()[EXPECTED_CHANGES.index(expected)]
    _, _, body = agreement_files()[str(target)]
    assert unmark(body).count(fold(change["text"])) == 1


# --------------------------------------------------------------------------- file hygiene


def source_files() -> list[Path]:
    return sorted(
        [
            *AGREEMENTS.rglob("*.md"),
            *AGREEMENTS.rglob("*.yaml"),
            *(ROOT / "amendments").rglob("*.yaml"),
        ]
    )


@pytest.mark.parametrize("path", source_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_source_file_hygiene(path: Path) -> None:
    raw = path.read_bytes()
    text = raw.decode("utf-8")
    assert not raw.startswith(b"\xef\xbb\xbf"), "no BOM"
    assert "\r" not in text and "\t" not in text
    assert text.endswith("\n") and not text.endswith("\n\n")
    for number, line in enumerate(text.splitlines(), 1):
        assert line == line.rstrip(), f"trailing white space on line {number}"
        assert "  " not in line.strip(), f"double space on line {number}"
        assert "\u00a0" not in line, f"no-break space on line {number}"


@pytest.mark.parametrize("path", source_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_yaml_loads_strictly(path: Path) -> None:
    if path.suffix == ".md":
        split_front_matter(path)
    else:
        strict_load(path.read_text(encoding="utf-8"), str(path))


def _paragraph_texts() -> list[tuple[str, str]]:
    texts = [(f"{k}.md", body) for k, (_, _, body) in agreement_files().items()]
    texts += [(f"change-{c[0]}", changes()[i]["text"]) for i, c in enumerate(EXPECTED_CHANGES)]
    texts.append(("introduction", jaarplan()["introduction"]))
    return texts


@pytest.mark.parametrize("name_text", _paragraph_texts(), ids=lambda t: t[0])
def test_one_line_per_paragraph(name_text: tuple[str, str]) -> None:
    """No hard wrapping: a block has several lines only when it is a list."""
    _, text = name_text
    for block in blocks(text):
        lines = block.splitlines()
        if len(lines) > 1:
            assert all(re.match(r"(- |\d+\. )", line) for line in lines), block
