"""The documentation site agrees with the code, checked without building it.

``docs/hooks.py`` generates the reference pages when mkdocs builds the site (``make docs``, in
CI). These tests run its generators directly: every diagnostic code of ``CODES`` is explained
and no other, every JSON Schema and every field is on its page, every command's help is on the
CLI page; and the README stays a short first page whose links lead somewhere.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest
import yaml

from prestatie_build.cli import cli
from prestatie_build.core import CODES

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
README = ROOT / "README.md"
README_LIMIT = 5_000


@pytest.fixture(scope="module")
def hooks() -> ModuleType:
    """docs/hooks.py, imported as mkdocs imports it: from its file, not as a package."""
    spec = importlib.util.spec_from_file_location("prestatie_docs_hooks", DOCS / "hooks.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the file runs
    spec.loader.exec_module(module)
    return module


def codes_in(text: str) -> set[str]:
    return set(re.findall(r"\b[PW]\d{3}\b", text))


def string_literals(folder: Path) -> list[str]:
    """Every string the code under ``folder`` writes literally, with the literal parts of an
    f-string joined as Python joins them (``f"a {x} " "b"`` gives ``"a "`` and ``" b"``)."""
    literals = []
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                literals.append(node.value)
    return literals


def headings(markdown: str) -> set[str]:
    """The codes that have a section of their own (``### P201 unknown-target { #P201 }``)."""
    return set(re.findall(r"^### ([PW]\d{3}) ", markdown, re.MULTILINE))


# --- diagnostics -------------------------------------------------------------------------------


def test_every_code_has_its_section_and_no_other_code_does(hooks: ModuleType) -> None:
    page = hooks.diagnostics_markdown()
    assert headings(page) == set(CODES)
    for code, name in CODES.items():
        assert f"### {code} {name} {{ #{code} }}" in page


def test_the_page_names_no_unknown_code(hooks: ModuleType) -> None:
    assert codes_in(hooks.diagnostics_markdown()) <= set(CODES)


def test_the_explanations_are_exactly_the_codes(hooks: ModuleType) -> None:
    assert set(hooks.load_explanations()) == set(CODES)


def test_a_code_without_explanation_stops_the_page(hooks: ModuleType) -> None:
    codes = {**CODES, "P999": "brand-new"}
    with pytest.raises(hooks.DocsError, match=r"P999 \(brand-new\) has no explanation"):
        hooks.diagnostics_markdown(codes, hooks.load_explanations())


def test_an_explanation_of_an_unknown_code_stops_the_page(hooks: ModuleType) -> None:
    codes = {code: name for code, name in CODES.items() if code != "P202"}
    with pytest.raises(hooks.DocsError, match="explains P202, which is not in"):
        hooks.diagnostics_markdown(codes, hooks.load_explanations())


def test_a_code_outside_every_group_stops_the_page(hooks: ModuleType) -> None:
    explanations = {**hooks.load_explanations(), "X001": hooks.Explanation("x", "x", ())}
    with pytest.raises(hooks.DocsError, match=r"X001 \(other\) belongs to no group"):
        hooks.diagnostics_markdown({**CODES, "X001": "other"}, explanations)


def test_every_code_has_a_title_a_text_and_a_message(hooks: ModuleType) -> None:
    for code, explanation in hooks.load_explanations().items():
        assert explanation.title and explanation.text and explanation.messages, code


def test_the_documented_messages_are_still_in_the_code(hooks: ModuleType) -> None:
    """Each message's fixed words (between the ``{...}`` of its values) are written in one
    string of ``src/``: a reworded message fails here until its documentation follows."""
    literals = string_literals(ROOT / "src")
    stale = [
        f"{code}: {piece!r} of {message!r}"
        for code, explanation in hooks.load_explanations().items()
        for message in explanation.messages
        for piece in re.split(r"\{[^}]*\}", message)
        if len(piece.strip()) >= 4 and not any(piece in literal for literal in literals)
    ]
    assert not stale


def test_the_pages_written_by_hand_name_only_known_codes() -> None:
    pages = [README, *sorted(DOCS.rglob("*.md"))]
    unknown = {
        page.relative_to(ROOT).as_posix(): codes_in(page.read_text(encoding="utf-8")) - set(CODES)
        for page in pages
    }
    assert not {page: codes for page, codes in unknown.items() if codes}


# --- JSON Schemas ------------------------------------------------------------------------------


def property_names(node: object) -> set[str]:
    """Every key of every ``properties`` anywhere in a schema, found without the generator."""
    if isinstance(node, list):
        return set().union(*map(property_names, node)) if node else set()
    if not isinstance(node, dict):
        return set()
    names = set(node.get("properties", {}))
    return names.union(*map(property_names, node.values()))


def test_every_schema_and_every_field_is_on_the_page(hooks: ModuleType) -> None:
    page = hooks.schemas_markdown()
    schemas = sorted((ROOT / "src" / "prestatie_build" / "schemas").glob("*.json"))
    assert schemas
    for path in schemas:
        assert f"src/prestatie_build/schemas/{path.name}" in page
        assert f"{{ #{path.name.removesuffix('.schema.json')} }}" in page
        fields = property_names(yaml.safe_load(path.read_text(encoding="utf-8")))
        missing = [name for name in fields if not re.search(rf"`([\w\[\].]*\.)?{name}`", page)]
        assert not missing, path.name


def test_schema_text_is_shown_as_written(hooks: ModuleType) -> None:
    """``<year>`` in a schema's title is text, not an HTML tag the page would swallow."""
    page = hooks.schemas_markdown()
    assert "amendments/&lt;year&gt;/jaarplan.yaml" in page
    assert r"agreements/&lt;chapter-id&gt;/\*.md" in page


# --- CLI and markers ---------------------------------------------------------------------------


def test_the_cli_page_has_every_command_with_its_help(hooks: ModuleType) -> None:
    page = hooks.cli_markdown()
    assert cli.commands
    for name, command in cli.commands.items():
        assert f"### `prestatie {name}`" in page
        assert f"Gebruik: prestatie {name}" in page
        for option in command.params:
            assert all(flag in page for flag in option.opts), (name, option.opts)


def test_every_marker_of_every_page_expands(hooks: ModuleType) -> None:
    for page in sorted(DOCS.rglob("*.md")):
        expanded = hooks.expand_markers(page.read_text(encoding="utf-8"))
        assert not hooks.MARKER.search(expanded), page


def test_an_unknown_marker_is_refused(hooks: ModuleType) -> None:
    with pytest.raises(hooks.DocsError, match="unknown marker"):
        hooks.expand_markers("text\n<!-- prestatie:nonsense -->\n")


def test_a_quoted_marker_stays_as_written(hooks: ModuleType) -> None:
    text = "The hook replaces `<!-- prestatie:cli -->` on a line of its own.\n"
    assert hooks.expand_markers(text) == text


# --- the site and the README -------------------------------------------------------------------


def nav_pages(entries: object) -> set[str]:
    if isinstance(entries, str):
        return {entries}
    if isinstance(entries, list):
        return set().union(*map(nav_pages, entries)) if entries else set()
    if isinstance(entries, dict):
        return set().union(*map(nav_pages, entries.values()))
    return set()


def test_every_page_is_in_the_nav_and_every_nav_entry_is_a_page() -> None:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    pages = {path.relative_to(DOCS).as_posix() for path in DOCS.rglob("*.md")}
    assert nav_pages(config["nav"]) == pages


def test_the_readme_is_a_short_first_page() -> None:
    text = README.read_text(encoding="utf-8")
    assert len(text.encode()) <= README_LIMIT
    # The two set-up commands a newcomer runs, as they have always been.
    assert (
        "make build   # creates .venv, installs prestatie, builds the Assen 2024 document" in text
    )
    assert "make test    # installs what the tests need" in text


def test_the_readme_links_lead_to_pages_of_the_site() -> None:
    links = re.findall(r"\]\(([^)#]+)(?:#[^)]*)?\)", README.read_text(encoding="utf-8"))
    local = [link for link in links if not link.startswith(("http://", "https://"))]
    assert local
    assert [link for link in local if not (ROOT / link).is_file()] == []
    assert all(link.startswith("docs/") for link in local)
