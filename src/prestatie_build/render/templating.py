"""The Jinja2 environment shared by every HTML renderer.

Templates are looked up first in the project's own ``templates/`` folder (a
municipality overrides a file by giving one of the same name), then in the
defaults shipped with the package.
"""

from __future__ import annotations

from pathlib import Path

import jinja2

from ..core.dutch import dutch_date, dutch_status
from .markdown import keep_hyphenated, markdown_inline_to_html, markdown_to_html, typography

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


def make_environment(project_templates: Path | None = None) -> jinja2.Environment:
    """An autoescaping environment with the filters every document template uses."""
    loader = jinja2.FileSystemLoader([str(d) for d in template_dirs(project_templates)])
    environment = jinja2.Environment(
        loader=loader,
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
    return environment
