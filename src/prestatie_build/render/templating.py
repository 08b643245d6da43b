"""The Jinja2 environment shared by every HTML renderer, and its error boundary.

Templates are looked up first in the project's own ``templates/`` folder (a
municipality overrides a file by giving one of the same name), then in the
defaults shipped with the package.

A project's templates are layout, not code: they render in Jinja's sandbox (no ``_``
attributes, no Python internals), and every error in loading or rendering one becomes a
:class:`~prestatie_build.core.errors.RenderError` located at the template's file and line.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import Any

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup

from ..core.dutch import dutch_date, dutch_status
from ..core.errors import UNLOCATED, RenderError, SourceLocation, display_path
from ..core.messages import Text, t
from .markdown import (
    keep_hyphenated,
    markdown_inline_to_html,
    markdown_to_html,
    reference_definitions,
    typography,
)

PACKAGE_TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


def template_dirs(project_templates: Path | None) -> tuple[Path, ...]:
    """Where templates and their assets are searched, first match wins."""
    dirs = [PACKAGE_TEMPLATES]
    if project_templates is not None and project_templates.is_dir():
        dirs.insert(0, project_templates)
    return tuple(dirs)


def find_asset(name: str, project_templates: Path | None) -> Path:
    """A CSS or font file, from the project's templates or the package's."""
    for folder in template_dirs(project_templates):
        candidate = folder / name
        if candidate.is_file():
            return candidate
    raise FileNotFoundError(name)


def read_asset(name: str, project_templates: Path | None) -> str:
    """The text of a CSS file from the templates; a located RenderError when it cannot be read."""
    path = find_asset(name, project_templates)
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        location = SourceLocation(_shown(path, project_templates))
        # The cause is the system's or the decoder's own words, quoted as they are.
        raise RenderError(
            t("cannot read the stylesheet: {cause}", cause=str(exc)), location
        ) from None


def inline_css(css: str) -> Markup:
    """CSS to place inside ``<style>`` as it is (escaping would break selectors like ``a > b``).

    ``</`` could close the style element early; ``<\\/`` means the same to CSS.
    """
    return Markup(css.replace("</", "<\\/"))


def inline_stylesheet(name: str, project_templates: Path | None) -> Markup:
    """A stylesheet of the templates (the project's or the package's), ready for ``<style>``."""
    return inline_css(read_asset(name, project_templates))


class LocatedTemplate(jinja2.Template):
    """A template whose rendering fails with a located RenderError, never a Jinja traceback."""

    def render(self, *args: Any, **kwargs: Any) -> str:
        try:
            return super().render(*args, **kwargs)
        except RenderError:
            raise  # already located (a phrase, a stylesheet)
        except Exception as exc:
            environment = self.environment
            assert isinstance(environment, HouseEnvironment)
            raise environment.located(exc) from exc


class HouseEnvironment(SandboxedEnvironment):
    """The sandboxed environment of every template, the package's and the project's."""

    template_class = LocatedTemplate

    def __init__(self, project_templates: Path | None, **options: Any) -> None:
        loader = jinja2.FileSystemLoader([str(d) for d in template_dirs(project_templates)])
        super().__init__(loader=loader, **options)
        self.project_templates = project_templates

    def get_template(self, *args: Any, **kwargs: Any) -> jinja2.Template:
        try:
            return super().get_template(*args, **kwargs)
        except jinja2.TemplateSyntaxError as exc:
            raise self.located(exc) from exc

    def located(self, exc: BaseException) -> RenderError:
        """``exc``, raised while loading or rendering a template, as a located RenderError."""
        filename, line = _template_position(exc)
        location = UNLOCATED
        if filename:
            location = SourceLocation(_shown(Path(filename), self.project_templates), line)
        return RenderError(_message(exc), location)


def _template_position(exc: BaseException) -> tuple[str | None, int]:
    """The template file and line ``exc`` comes from: a syntax error names them; at run time
    Jinja rewrites the traceback so that each template frame carries its file and line."""
    if isinstance(exc, jinja2.TemplateSyntaxError):
        return exc.filename, exc.lineno
    position: tuple[str | None, int] = (None, 0)
    traceback: TracebackType | None = exc.__traceback__
    while traceback is not None:
        frame = traceback.tb_frame
        if "__jinja_exception__" in frame.f_globals:  # a frame Jinja made for a template line
            position = (frame.f_code.co_filename, traceback.tb_lineno)
        traceback = traceback.tb_next
    return position


_MESSAGES: tuple[tuple[type[BaseException], Callable[[Any], Text]], ...] = (
    (jinja2.TemplateSyntaxError, lambda exc: t("template syntax: {cause}", cause=exc.message)),
    (SecurityError, lambda exc: t("refused by the template sandbox: {cause}", cause=str(exc))),
    (
        jinja2.UndefinedError,
        lambda exc: t("undefined in the template: {cause}", cause=exc.message),
    ),
    (jinja2.TemplateNotFound, lambda exc: t("no template named {name}", name=repr(exc.name))),
    (jinja2.TemplateError, lambda exc: t("template error: {cause}", cause=str(exc))),
)
"""How each kind of Jinja error reads; the first matching class wins. The cause is Jinja's
own English, quoted as it is."""


def _message(exc: BaseException) -> Text:
    for kind, message in _MESSAGES:
        if isinstance(exc, kind):
            return message(exc)
    return t("the template failed: {kind}: {cause}", kind=type(exc).__name__, cause=str(exc))


def _shown(path: Path, project_templates: Path | None) -> str:
    """A template's path as diagnostics show it: from the project root (the folder holding
    ``templates/``) when it is the project's, else as it is (the package's)."""
    if project_templates is None:
        return path.as_posix()
    return display_path(path, project_templates.parent)


def make_environment(project_templates: Path | None = None) -> jinja2.Environment:
    """An autoescaping, sandboxed environment with the filters every document template uses."""
    environment = HouseEnvironment(
        project_templates,
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    environment.filters.update(
        md=markdown_to_html,
        md_inline=markdown_inline_to_html,
        typo=typography,
        keep_hyphenated=keep_hyphenated,
        dutch_date=dutch_date,
        dutch_status=dutch_status,
    )
    # The reference definitions of blocks rendered one by one: md_references(texts), then md(refs).
    environment.globals.update(md_references=reference_definitions)
    return environment
