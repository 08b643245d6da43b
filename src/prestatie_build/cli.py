"""The command line: a thin click layer over :mod:`prestatie_build.build`.

Only this module prints and chooses exit statuses: 1 for problems in the
sources, 2 for wrong command-line use.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import click

from . import __version__
from .build import OUTPUTS, BuildRequest, build
from .errors import RenderError, SourceError, UsageError

EXIT_SOURCE_ERROR = 1
EXIT_USAGE = 2


def _formats(_ctx: click.Context, _param: click.Parameter, value: str | None) -> frozenset[str]:
    if value is None:
        return frozenset(OUTPUTS)
    chosen = {part.strip() for part in value.split(",") if part.strip()}
    unknown = chosen - set(OUTPUTS)
    if unknown or not chosen:
        raise click.BadParameter(
            f"unknown format {', '.join(sorted(unknown)) or '(none)'}; "
            f"choose from {', '.join(OUTPUTS)}"
        )
    return frozenset(chosen)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="prestatie")
@click.option(
    "--root",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path(),
    show_default="current directory",
    help="The project root: the folder with agreements/ and amendments/.",
)
@click.pass_context
def cli(ctx: click.Context, root: Path) -> None:
    """Consolidate prestatieafspraken and their yearly Jaarplannen."""
    ctx.obj = root


@cli.command("build")
@click.option("--year", type=int, required=True, help="The year to consolidate, e.g. 2024.")
@click.option(
    "--since",
    type=int,
    default=None,
    help="Report every change after this year up to --year (default: the changes of --year).",
)
@click.option(
    "--format",
    "formats",
    callback=_formats,
    default=None,
    metavar="LIST",
    help=f"Comma-separated outputs to build: {', '.join(OUTPUTS)} (default: all).",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Output folder (default: build/<year>).",
)
@click.pass_obj
def build_command(
    root: Path, year: int, since: int | None, formats: frozenset[str], out: Path | None
) -> None:
    """Apply the Jaarplannen up to --year and write the consolidated document and change report."""
    with _reported_errors(root):
        result = build(BuildRequest(root, year, since, formats, out))
    for path in result.written:
        click.echo(f"wrote {_shown(path)}")
    if result.consolidation.is_concept:
        click.echo("note: a draft Jaarplan is applied; every output is marked CONCEPT")


def _shown(path: Path) -> str:
    try:
        return os.path.relpath(path)
    except ValueError:
        return str(path)


@contextmanager
def _reported_errors(root: Path) -> Iterator[None]:
    """Turn the project's own errors into messages and exit statuses."""
    try:
        yield
    except SourceError as exc:
        for diagnostic in exc.diagnostics:
            click.echo(_with_root(root, diagnostic.format()), err=True)
        count = len(exc.diagnostics)
        click.echo(f"{count} error{'s' if count != 1 else ''}; nothing was written", err=True)
        sys.exit(EXIT_SOURCE_ERROR)
    except RenderError as exc:
        click.echo(f"error: {exc}", err=True)
        click.echo("nothing was written", err=True)
        sys.exit(EXIT_SOURCE_ERROR)
    except UsageError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(EXIT_USAGE)


def _with_root(root: Path, text: str) -> str:
    """Show source paths as the user can open them from the current directory."""
    if root == Path():
        return text
    return f"{root.as_posix().rstrip('/')}/{text}"


def main() -> None:
    cli(prog_name="prestatie")
