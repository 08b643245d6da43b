"""The message catalogue: every message a writer can see exists in Dutch and English, with the
same fields, and none prints an unformatted ``{…}``.

The templates are found where they are written: every call ``t("…", field=value)`` in ``src/``.
"""

from __future__ import annotations

import ast
import re
import string
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from prestatie_build.core.catalogue import DUTCH
from prestatie_build.core.messages import Text, language_named, t

SOURCE = Path(__file__).resolve().parents[2] / "src" / "prestatie_build"
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_.\[\]]*(![rsa])?(:[^{}]*)?\}")


@dataclass(frozen=True)
class Use:
    """One ``t(...)`` call in the source."""

    where: str
    template: str
    given: frozenset[str]


def _calls() -> Iterator[tuple[str, ast.Call]]:
    for path in sorted(SOURCE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "t"
            ):
                yield f"{path.relative_to(SOURCE)}:{node.lineno}", node


def _uses() -> list[Use]:
    uses = []
    for where, call in _calls():
        first = call.args[0] if call.args else None
        assert isinstance(first, ast.Constant) and isinstance(first.value, str), (
            f"{where}: t() takes a literal template, or the catalogue cannot be checked"
        )
        assert all(k.arg for k in call.keywords), f"{where}: t(**values) hides the fields"
        given = frozenset(k.arg for k in call.keywords if k.arg)
        uses.append(Use(where, first.value, given))
    return uses


USES = _uses()


def fields(template: str) -> frozenset[str]:
    names = set()
    for _literal, name, _spec, _conversion in string.Formatter().parse(template):
        if name is not None:
            assert name, f"positional field in {template!r}: name every field"
            names.add(re.split(r"[.\[]", name)[0])
    return frozenset(names)


def test_the_source_has_messages() -> None:
    assert len(USES) >= 1


@pytest.mark.parametrize("use", USES, ids=lambda use: use.where)
def test_every_message_has_a_dutch_form(use: Use) -> None:
    assert use.template in DUTCH, f"{use.where}: no Dutch for {use.template!r}"


@pytest.mark.parametrize("use", USES, ids=lambda use: use.where)
def test_every_call_gives_exactly_the_fields_of_its_template(use: Use) -> None:
    assert fields(use.template) == use.given, f"{use.where}: {use.template!r}"


@pytest.mark.parametrize("english", sorted(DUTCH))
def test_both_forms_have_the_same_fields(english: str) -> None:
    assert fields(DUTCH[english]) == fields(english), english


def test_the_catalogue_holds_no_unused_message() -> None:
    used = {use.template for use in USES}
    assert sorted(set(DUTCH) - used) == []


@pytest.mark.parametrize("english", sorted(DUTCH))
def test_no_rendered_message_shows_a_placeholder(english: str) -> None:
    values = dict.fromkeys(fields(english), "X")
    for language in ("nl", "en"):
        shown = Text(english, tuple(values.items())).render(language)
        assert not PLACEHOLDER.search(shown), (language, shown)


def test_dutch_is_the_default_and_english_on_request() -> None:
    english = next(iter(sorted(DUTCH)))
    message = t(english, **dict.fromkeys(fields(english), "X"))
    assert message.render() == message.render("nl") != message.render("en") or (
        DUTCH[english] == english
    )
    assert str(message) == message.render("en")


def test_a_value_that_is_a_message_is_rendered_in_the_same_language() -> None:
    inner = Text("nothing was written")
    outer = Text("{what}", (("what", inner),))
    assert outer.render("en") == "nothing was written"
    assert outer.render("nl") == DUTCH["nothing was written"]


@pytest.mark.parametrize(
    ("name", "language"),
    [("nl", "nl"), ("nl_NL.UTF-8", "nl"), ("EN", "en"), ("en_GB", "en"), ("fr", None), ("", None)],
)
def test_language_names(name: str, language: str | None) -> None:
    assert language_named(name) == language
