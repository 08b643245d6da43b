"""Messages to the people who write: written in English in the code, shown in Dutch by default.

A message is a :class:`Text`: an English template (``str.format`` fields, named) and its values.
It is rendered only when shown, in the language the command line chose (``--lang``,
``PRESTATIE_LANG``), by looking the template up in :data:`~.catalogue.DUTCH`: one catalogue, the
way gettext keys on the English ``msgid``. ``tests/core/test_messages.py`` proves that every
template written in ``src/`` has a Dutch form with the same fields, and that none leaks a ``{…}``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from .catalogue import DUTCH

Language = Literal["nl", "en"]
LANGUAGES: tuple[Language, ...] = ("nl", "en")
DEFAULT_LANGUAGE: Language = "nl"
"""The documents are Dutch, and so are the people who write them."""


@dataclass(frozen=True, slots=True)
class Text:
    """A message in the writer's language, rendered when shown."""

    template: str
    """The English form: a literal in the code, the key of the catalogue."""
    values: tuple[tuple[str, object], ...] = ()
    """The template's fields; a value that is itself a :class:`Text` is rendered in the same
    language (a hint quoting a message, a list of valid values in words)."""

    def render(self, language: Language = DEFAULT_LANGUAGE) -> str:
        template = translate(self.template, language)
        values = {
            name: value.render(language) if isinstance(value, Text) else value
            for name, value in self.values
        }
        return template.format_map(values)

    def __str__(self) -> str:
        """English: for logs, exceptions in tests and developers."""
        return self.render("en")


def t(template: str, /, **values: object) -> Text:
    """A message: ``t("unknown agreement {number}", number=55)``. The template must be a
    literal, so that the catalogue test finds it."""
    return Text(template, tuple(values.items()))


Message = Text | str
"""What a diagnostic holds: a :class:`Text`; a plain ``str`` only for text that is not ours to
translate (a library's own words, quoted as they are)."""


def rendered(message: Message, language: Language = DEFAULT_LANGUAGE) -> str:
    return message.render(language) if isinstance(message, Text) else message


def translate(template: str, language: Language) -> str:
    """The template in ``language``: Dutch from the catalogue, English as written."""
    if language == "en":
        return template
    return DUTCH.get(template, template)


def language_named(name: str) -> Language | None:
    """``nl``/``en`` (also ``nl_NL.UTF-8``, ``EN``), or None for a language we do not speak."""
    code = name.strip().lower()[:2]
    return "nl" if code == "nl" else "en" if code == "en" else None
