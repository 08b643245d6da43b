"""The fixed Dutch wording of the outputs (``jaarplan-phrases.yaml``): the package's file, with
each phrase that the project's own ``templates/jaarplan-phrases.yaml`` gives taking precedence.

Its own module: the document page, the site and the Jaarplan all name the document by its title
through these phrases, and none of them may import another renderer for it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from string import Formatter

import yaml
from markupsafe import Markup

from ..core.errors import UNLOCATED, RenderError, SourceLocation, display_path
from ..core.messages import Text, t
from .markdown import typography
from .templating import PACKAGE_TEMPLATES

__all__ = ["PHRASES_FILE", "Phrases", "load_phrases", "one_full_stop"]

PHRASES_FILE = "jaarplan-phrases.yaml"
TABLE_PHRASES = frozenset({"in_sentence"})
"""Phrases that are a table (text -> text) rather than one text."""


@dataclass(frozen=True, slots=True)
class Phrases:
    """The Jaarplan's fixed wording, by name; called from the template."""

    texts: Mapping[str, str]
    tables: Mapping[str, Mapping[str, str]]
    where: Mapping[str, SourceLocation] = field(default_factory=dict)
    """The file and line each phrase comes from, to locate a problem with it."""

    def __call__(self, name: str, **values: object) -> Markup:
        """The phrase with its placeholders filled in; plain-text values are escaped."""
        filled = {
            key: value if isinstance(value, Markup) else typography(str(value))
            for key, value in values.items()
        }
        try:
            return one_full_stop(Markup.escape(typography(self.texts[name])).format(**filled))
        except KeyError as missing:
            raise RenderError(
                _placeholder_not_given(name, str(missing), sorted(values)),
                self.where.get(name, UNLOCATED),
            ) from None

    def in_sentence(self, text: str) -> str:
        """``text`` as it reads inside a sentence: "De heer C. Staal" -> "de heer C. Staal"."""
        for start, replacement in self.tables["in_sentence"].items():
            if text.startswith(start):
                return replacement + text[len(start) :]
        return text


_DOUBLED_STOP = re.compile(
    r"([.!?\u2026])"  # a quotation that ends a sentence of its own: "... voor."
    r"((?:</[a-z]+>)*(?:[\u201d\u2019\u00bb]|&#34;|&#39;|&quot;)(?:</[a-z]+>)*)"  # its close
    r"\."  # and the full stop of the sentence around it
)


def _placeholder_not_given(name: str, missing: str, given: Sequence[str]) -> Text:
    if not given:
        return t(
            "phrase '{name}' uses the placeholder {missing}, which it does not get here; "
            "it may use none",
            name=name,
            missing=missing,
        )
    return t(
        "phrase '{name}' uses the placeholder {missing}, which it does not get here; "
        "it may use {given}",
        name=name,
        missing=missing,
        given=", ".join(given),
    )


def one_full_stop(html: str) -> Markup:
    """``html`` without the full stop after a closing quote that follows a stop of its own.

    "In de huidige afspraak wordt ... vervangen door: “... voor.”." ends once, as Dutch
    writes it: "... voor.”". Tags and escaped quotes between the two are allowed for.
    """
    return Markup(_DOUBLED_STOP.sub(r"\1\2", str(html)))


def load_phrases(templates_dir: Path | None = None) -> Phrases:
    """The package's phrases, each overridden by the project's file when it gives it.

    Every problem with the project's file is a RenderError located at its line.
    """
    defaults, where = _read_phrases(PACKAGE_TEMPLATES / PHRASES_FILE, None)
    merged = dict(defaults)
    own = templates_dir / PHRASES_FILE if templates_dir is not None else None
    if own is not None and own.is_file():
        overrides, own_where = _read_phrases(own, templates_dir)
        unknown = sorted(str(name) for name in set(overrides) - set(defaults))
        if unknown:
            raise RenderError(_unknown_phrases(unknown, sorted(defaults)), own_where[unknown[0]])
        merged.update(overrides)
        where = {**where, **own_where}
    texts = {k: v for k, v in merged.items() if isinstance(v, str)}
    tables = {k: v for k, v in merged.items() if isinstance(v, dict)}
    return Phrases(texts, tables, where)


def _unknown_phrases(unknown: Sequence[str], known: Sequence[str]) -> Text:
    names, choices = ", ".join(unknown), ", ".join(known)
    if len(unknown) == 1:
        return t("unknown phrase {names}; known: {known}", names=names, known=choices)
    return t("unknown phrases {names}; known: {known}", names=names, known=choices)


PhraseValues = dict[str, str | dict[str, str]]


def _read_phrases(
    path: Path, templates_dir: Path | None
) -> tuple[PhraseValues, dict[str, SourceLocation]]:
    """A phrases file: a mapping of names to texts (or, for tables, to text -> text), with the
    line of each name. ``templates_dir`` is the project's folder (None: the package's)."""
    file = SourceLocation(
        display_path(path, templates_dir.parent) if templates_dir else path.as_posix()
    )
    try:
        loader = yaml.SafeLoader(path.read_text(encoding="utf-8"))
        try:
            node = loader.get_single_node()
            data = loader.construct_document(node) if node is not None else {}
        finally:
            loader.dispose()
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        mark = getattr(exc, "problem_mark", None)
        at = file.at(mark.line + 1, mark.column + 1) if mark is not None else file
        # The cause is the YAML library's or the system's own words, quoted as they are.
        raise RenderError(t("cannot read the phrases: {cause}", cause=str(exc)), at) from None
    if not isinstance(data, dict) or not isinstance(node, yaml.MappingNode):
        raise RenderError(t("the phrases must be a mapping of names to texts"), file.at(1))
    where = {str(key.value): file.at(key.start_mark.line + 1) for key, _ in node.value}
    for name, value in data.items():
        problem = _phrase_problem(str(name), value)
        if problem is not None:
            raise RenderError(problem, where.get(str(name), file))
    return data, where


def _phrase_problem(name: str, value: object) -> Text | None:
    """What is wrong with one phrase, or None."""
    if name in TABLE_PHRASES:
        if isinstance(value, dict) and all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()
        ):
            return None
        return t("phrase '{name}' must be a mapping of texts", name=name)
    if not isinstance(value, str):
        return t("phrase '{name}' must be a text", name=name)
    return _placeholder_problem(name, value)


def _placeholder_problem(name: str, text: str) -> Text | None:
    """A phrase fills in only plain ``{name}`` placeholders: an index, an attribute or a format
    (``{jaarplan[999]}``, ``{title.__class__}``, ``{date:>9}``) could fail or reach into objects."""
    try:
        fields = [(f, spec, conv) for _, f, spec, conv in Formatter().parse(text) if f is not None]
    except ValueError as exc:
        return t(
            "phrase '{name}' has a stray brace ({cause}); write {{{{ or }}}} for a brace itself",
            name=name,
            cause=str(exc),
        )
    for field_name, spec, conversion in fields:
        if not field_name.isidentifier() or spec or conversion:
            placeholder = "{" + field_name + (f"!{conversion}" if conversion else "")
            placeholder += (f":{spec}" if spec else "") + "}"
            return t(
                "phrase '{name}' has the placeholder {placeholder}: a placeholder is a plain "
                "name in braces, such as {example}",
                name=name,
                placeholder=placeholder,
                example="{jaarplan}",
            )
    return None
