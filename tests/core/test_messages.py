"""The message catalogue: every message a writer can see exists in Dutch and English, with the
same fields, and none prints an unformatted ``{…}``.

The templates are found where they are written: every call ``t("…", field=value)`` in ``src/``.
The command line's help is checked on the command tree itself, and click's own words against
the installed click's source.
"""

from __future__ import annotations

import ast
import re
import string
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from prestatie_build.core.catalogue import CLICK_DUTCH, DUTCH
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


# --- no message of ours passes by the catalogue -----------------------------------------------

MESSAGE_ARGUMENTS: dict[str, tuple[tuple[int, str], ...]] = {
    "Diagnostic": ((1, "message"), (2, "hint")),
    "RenderError": ((0, "message"),),
    "PdfTooLarge": ((0, "message"),),
    "UsageError": ((0, "message"),),
    "WriteError": ((1, "reason"), (2, "outcome")),
}
"""Each error type of the project, and where its calls give the words a writer reads."""


def _called(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    return func.id if isinstance(func, ast.Name) else ""


def _literal_words(node: ast.expr) -> Iterator[ast.expr]:
    """Text written in place: a string literal or f-string, also inside ``a if c else b``,
    ``a or b`` and ``a + b``. A call (``t(...)``, ``str(exc)``) or a name is not looked into:
    a library's own words arrive as a variable."""
    if isinstance(node, ast.JoinedStr) or (
        isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value
    ):
        yield node
    elif isinstance(node, ast.IfExp):
        yield from _literal_words(node.body)
        yield from _literal_words(node.orelse)
    elif isinstance(node, ast.BoolOp):
        for value in node.values:
            yield from _literal_words(value)
    elif isinstance(node, ast.BinOp):
        yield from _literal_words(node.left)
        yield from _literal_words(node.right)


def words_in_place(tree: ast.AST) -> Iterator[ast.expr]:
    """Every message given to an error type of the project as a str or an f-string."""
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or _called(node) not in MESSAGE_ARGUMENTS:
            continue
        for index, keyword in MESSAGE_ARGUMENTS[_called(node)]:
            given = [*node.args[index : index + 1]]
            given += [k.value for k in node.keywords if k.arg == keyword]
            for argument in given:
                yield from _literal_words(argument)


def test_no_error_is_given_words_that_pass_by_the_catalogue() -> None:
    """A message written in place as a str or an f-string would be shown in English only."""
    found = [
        f"{path.relative_to(SOURCE)}:{literal.lineno}: {ast.unparse(literal)}"
        for path in sorted(SOURCE.rglob("*.py"))
        for literal in words_in_place(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert found == []


def test_the_scan_for_words_in_place_finds_them() -> None:
    """The scan above cannot pass by looking at nothing."""
    source = (
        'RenderError(f"cannot read {x}", where)\n'
        'errors.Diagnostic(where, t("fine"), "a hint" if x else t("fine"))\n'
        'WriteError(path, reason=str(exc), outcome="half " + "written")\n'
        "UsageError(t('fine'))\n"
        "print('not an error')\n"
    )
    found = [ast.unparse(literal) for literal in words_in_place(ast.parse(source))]
    assert found == ["f'cannot read {x}'", "'a hint'", "'half '", "'written'"]


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


# --- the command line's help: every text a writer reads in --help has its Dutch form -------------


def _help_texts() -> Iterator[tuple[str, object]]:
    """Every help text of the command line as written (a Text, or one of click's phrases)."""
    import click

    from prestatie_build.cli import cli

    commands: list[tuple[str, click.Command]] = [("prestatie", cli)]
    commands += [(f"prestatie {name}", command) for name, command in cli.commands.items()]
    for path, command in commands:
        # Written as given (``_help_message``), not as shown: a Text, or click's English.
        yield path, getattr(command, "_help_message", command.help)
        for parameter in command.params:
            if isinstance(parameter, click.Option):
                shown = f"{path} {parameter.opts[0]}"
                yield shown, getattr(parameter, "_help_message", parameter.help)


HELP_TEXTS = list(_help_texts())


def test_the_command_line_has_help_texts() -> None:
    assert len(HELP_TEXTS) > 20


@pytest.mark.parametrize(("where", "message"), HELP_TEXTS, ids=[w for w, _ in HELP_TEXTS])
def test_every_help_text_has_a_dutch_form(where: str, message: object) -> None:
    """No command or option without help, and no help without Dutch: our own texts are
    ``t()`` calls (checked above with every other message), click's own are in its table."""
    if isinstance(message, Text):
        assert message.template in DUTCH, where
    else:
        assert isinstance(message, str) and message in CLICK_DUTCH, (where, message)


# --- click's own words: every phrase in the table is one the installed click really says ---------


def _click_phrases() -> frozenset[str]:
    """Every literal the installed click passes to ``_()`` or ``ngettext()``."""
    import click

    phrases: set[str] = set()
    for path in Path(click.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("_", "ngettext")
            ):
                phrases.update(
                    arg.value
                    for arg in node.args
                    if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
                )
    # click words the "required" of an option's help through ``_(extra["required"])``.
    if 'extra["required"] = "required"' in (Path(click.__file__).parent / "core.py").read_text():
        phrases.add("required")
    return frozenset(phrases)


CLICK_PHRASES = _click_phrases()


def test_click_still_words_its_messages_through_gettext() -> None:
    assert {"Usage:", "Options", "Error: {message}"} <= CLICK_PHRASES


@pytest.mark.parametrize("english", sorted(CLICK_DUTCH))
def test_every_click_phrase_in_the_table_is_one_click_uses(english: str) -> None:
    """A click upgrade that rewords a phrase fails here, not silently in English."""
    assert english in CLICK_PHRASES


def _click_fields(template: str) -> frozenset[str]:
    return frozenset(
        name for _literal, name, _spec, _conversion in string.Formatter().parse(template) if name
    )


@pytest.mark.parametrize("english", sorted(CLICK_DUTCH))
def test_click_phrases_in_dutch_use_only_the_fields_click_gives(english: str) -> None:
    dutch = CLICK_DUTCH[english]
    assert _click_fields(dutch) <= _click_fields(english), english
    assert re.findall(r"%\(\w+\)s", dutch) == re.findall(r"%\(\w+\)s", english), english


def test_the_help_option_speaks_the_chosen_language() -> None:
    """click makes ``--help`` itself, once, and caches it: worded anew at every use."""
    import click

    import prestatie_build.cli as command_line

    context = click.Context(command_line.cli)
    for language, expected in (("en", "Show this message and exit."), ("nl", "Toon deze hulp")):
        command_line._set_language(language)
        option = command_line.cli.get_help_option(context)
        assert option is not None and option.help is not None
        assert option.help.startswith(expected)
