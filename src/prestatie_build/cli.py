"""The command line: a thin click layer over :mod:`prestatie_build.commands.build`.

Only this module prints and chooses exit statuses: 1 for problems in the
sources, 2 for wrong command-line use. Everything it prints goes through :func:`_echo`, which
shows control characters as escapes: a file name or an argument must not steer the terminal.
"""

from __future__ import annotations

import datetime
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from . import __version__
from .commands.build import BuildRequest, build_year
from .core.controls import LAYOUT, visible
from .core.errors import (
    NOTHING_WRITTEN,
    Diagnostic,
    RenderError,
    SourceError,
    UsageError,
    WriteError,
)
from .core.messages import DEFAULT_LANGUAGE, LANGUAGES, Language, Message, language_named
from .core.messages import rendered as rendered_in
from .outputs.registry import OUTPUT_NAMES

if TYPE_CHECKING:
    from .core.show import ShownTarget

EXIT_SOURCE_ERROR = 1
EXIT_USAGE = 2

LANGUAGE_VARIABLE = "PRESTATIE_LANG"
_language: Language = DEFAULT_LANGUAGE
"""The language of this invocation: ``--lang``, else ``PRESTATIE_LANG``, else Dutch. Set when
the command line is read, before any help or message is formatted."""


def _say(message: Message) -> str:
    """A message in the invocation's language."""
    return rendered_in(message, _language)


def _set_language(value: str | None) -> None:
    global _language
    _language = (language_named(value) if value else None) or DEFAULT_LANGUAGE


def _language_option(_ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value is not None:
        _set_language(value)


def _echo(message: str, **options: Any) -> None:
    """``click.echo`` with every control character but line ends and tabs shown as an escape."""
    click.echo(visible(message, keep=LAYOUT), **options)


@contextmanager
def _visible_click_errors() -> Iterator[None]:
    """Click repeats a wrong argument in its message; show its control characters as escapes."""
    try:
        yield
    except click.ClickException as exc:
        exc.message = visible(exc.message)  # type: ignore[misc]  # click marks it Final
        raise


class _Group(click.Group):
    """The command group, whose command-line errors never print control characters raw."""

    def make_context(self, *arguments: Any, **options: Any) -> click.Context:
        # Before parsing: `--help` is eager and must already speak the chosen language.
        _set_language(os.environ.get(LANGUAGE_VARIABLE))
        with _visible_click_errors():
            return super().make_context(*arguments, **options)

    def invoke(self, ctx: click.Context) -> Any:
        with _visible_click_errors():
            return super().invoke(ctx)


def _formats(_ctx: click.Context, _param: click.Parameter, value: str | None) -> frozenset[str]:
    if value is None:
        return frozenset(OUTPUT_NAMES)
    chosen = {part.strip() for part in value.split(",") if part.strip()}
    unknown = chosen - set(OUTPUT_NAMES)
    if unknown or not chosen:
        raise click.BadParameter(
            f"unknown format {', '.join(sorted(unknown)) or '(none)'}; "
            f"choose from {', '.join(OUTPUT_NAMES)}"
        )
    return frozenset(chosen)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="prestatie")
@click.option(
    "--root",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path(),
    show_default="current directory",
    help="The project root: the folder with agreements/ and amendments/.",
)
@click.option(
    "--lang",
    type=click.Choice(LANGUAGES, case_sensitive=False),
    default=None,
    is_eager=True,
    expose_value=False,
    callback=_language_option,
    help=f"Language of messages and help: nl or en (default: ${LANGUAGE_VARIABLE}, else nl).",
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
    help=f"Comma-separated outputs to build: {', '.join(OUTPUT_NAMES)} (default: all).",
)
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="Output folder (default: build/<year>).",
)
@click.option(
    "--force",
    is_flag=True,
    help="Rebuild every output, also those whose sources, templates and options are unchanged.",
)
@click.option(
    "--strict",
    is_flag=True,
    help="First run check: fail, writing nothing, on any warning as well as on any error.",
)
@click.pass_obj
def build_command(
    root: Path,
    year: int,
    since: int | None,
    formats: frozenset[str],
    out: Path | None,
    force: bool,
    strict: bool,
) -> None:
    """Apply the Jaarplannen up to --year; write the consolidated document, the change report
    and the year's Jaarplan ready to sign."""
    if strict:
        _refuse_warnings(root)
    with _reported_errors(root):
        result = build_year(BuildRequest(root, year, since, formats, out, force=force))
    for path in result.written:
        _echo(f"wrote {_shown(path)}")
    for path in result.up_to_date:
        _echo(f"up to date: {_shown(path)}")
    if result.concept:
        _echo("note: a draft Jaarplan is applied; every output is marked CONCEPT")


def _refuse_warnings(root: Path) -> None:
    """``build --strict``: what ``check --strict`` would fail on stops the build before it
    writes anything (a warning marks a mistake that would otherwise be signed)."""
    from .commands.check import check_project
    from .render.diagnostics import CHECK_FORMATS, check_summary

    result = check_project(root, today=datetime.date.today())
    if result.failed(strict=True):
        _echo(CHECK_FORMATS["text"](result, _with_root(root, ""), _language), err=True, nl=False)
        _echo(check_summary(result), err=True)
        sys.exit(EXIT_SOURCE_ERROR)


@cli.command("publish")
@click.option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Folder to write the site into; an earlier site there is replaced.",
)
@click.option(
    "--include-drafts",
    is_flag=True,
    help="Also publish versions with a draft Jaarplan, marked CONCEPT (or set it in publish.yaml).",
)
@click.option(
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help="Years built at once, each in its own process (default: one per core).",
)
@click.option(
    "--check-deadline",
    is_flag=True,
    help="Then fail when next year's Jaarplan is not adopted and on the site by 15 December.",
)
@click.option(
    "--today",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="The date --check-deadline assumes, as YYYY-MM-DD (default: today).",
)
@click.pass_obj
def publish_command(
    root: Path,
    out: Path,
    include_drafts: bool,
    jobs: int | None,
    check_deadline: bool,
    today: datetime.datetime | None,
) -> None:
    """Write the website: every version, its PDF and change report, versions.json, SHA256SUMS."""
    from .commands.publish import PublishRequest, publish_site
    from .core.deadline import check_deadline as deadline_check
    from .sources.publish_config import load_publish_config

    if today is not None and not check_deadline:
        raise click.UsageError("--today only goes with --check-deadline")
    with _reported_errors(root):
        drafts = include_drafts or load_publish_config(root).include_drafts
        request = PublishRequest(root, out, drafts, jobs)
        with _progress_bar("building versions") as progress:
            result = publish_site(request, progress)
    plan = result.site.plan
    years = ", ".join(f"{v.year}{' (CONCEPT)' if v.concept else ''}" for v in plan.versions)
    _echo(f"wrote {_shown(result.written)}: {len(result.site.files)} files; versions {years}")
    _echo(f"latest/ is {plan.latest}" if plan.latest else "no adopted version: no latest/")
    if check_deadline:
        day = today.date() if today is not None else datetime.date.today()
        outcome = deadline_check(result.project, plan.published_years, day)
        if outcome.failed:
            _echo(f"error: deadline missed: {outcome.message}", err=True)
            sys.exit(EXIT_SOURCE_ERROR)
        _echo(f"deadline: {outcome.message}")


@cli.command("publish-targets")
@click.pass_obj
def publish_targets_command(root: Path) -> None:
    """Print publish.yaml's enabled targets as one line of JSON (the workflow's job matrix)."""
    import json

    from .sources.publish_config import load_publish_config, workflow_matrix

    with _reported_errors(root):
        config = load_publish_config(root)
    _echo(json.dumps(workflow_matrix(config), separators=(",", ":")))


@contextmanager
def _progress_bar(label: str) -> Iterator[Callable[[int, int], None] | None]:
    """A progress bar on a terminal (stderr); nothing when output goes to a file or CI log."""
    if not sys.stderr.isatty():
        yield None
        return
    with click.progressbar(length=0, label=label, file=sys.stderr) as bar:

        def advance(done: int, total: int) -> None:
            bar.length = total
            bar.update(done - bar.pos)

        yield advance


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
            _echo(_located(root, diagnostic), err=True)
        count = len(exc.diagnostics)
        _echo(f"{count} error{'s' if count != 1 else ''}; nothing was written", err=True)
        sys.exit(EXIT_SOURCE_ERROR)
    except RenderError as exc:
        for diagnostic in exc.diagnostics:
            _echo(_located(root, diagnostic), err=True)
        _echo(_say(NOTHING_WRITTEN), err=True)
        sys.exit(EXIT_SOURCE_ERROR)
    except WriteError as exc:
        _echo(f"{_shown(exc.path)}: error: {_say(exc.reason)}", err=True)
        _echo(_say(exc.outcome), err=True)
        sys.exit(EXIT_SOURCE_ERROR)
    except UsageError as exc:
        _echo(f"error: {_say(exc.message)}", err=True)
        sys.exit(EXIT_USAGE)
    except OSError as exc:  # the last net: a file the system refused is no reason for a traceback
        named = isinstance(exc.filename, str | Path)
        where = f"{_shown(Path(exc.filename))}: " if named else ""
        _echo(f"{where}error: {exc.strerror or exc}", err=True)
        sys.exit(EXIT_SOURCE_ERROR)


def _with_root(root: Path, text: str) -> str:
    """Show source paths as the user can open them from the current directory."""
    if root == Path():
        return text
    return f"{root.as_posix().rstrip('/')}/{text}"


def _located(root: Path, diagnostic: Diagnostic) -> str:
    """A diagnostic as the user can open it: a project file (relative to the project root)
    from the current directory, a file elsewhere (the package's templates) as it is."""
    path = diagnostic.location.path
    if not path or Path(path).is_absolute():
        return diagnostic.format(_language)
    return _with_root(root, diagnostic.format(_language))


# --- review: check, diff, show, new (imports are lazy: check must stay light) ---------------


@cli.command("check")
@click.option("--strict", is_flag=True, help="Fail on warnings as well as errors.")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "github", "json"]),
    default="text",
    show_default=True,
    help="text for people, github for workflow annotations, json for tools.",
)
@click.option(
    "--today",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    metavar="YYYY-MM-DD",
    help="The date W304 (a draft past its adoption deadline) compares with (default: today).",
)
@click.pass_obj
def check_command(
    root: Path, strict: bool, output_format: str, today: datetime.datetime | None
) -> None:
    """Validate every source and apply every Jaarplan; report every problem with its code.

    Exit status 1 on any error, and with --strict on any warning too.
    """
    from .commands.check import check_project
    from .render.diagnostics import CHECK_FORMATS, check_summary

    day = today.date() if today is not None else datetime.date.today()
    result = check_project(root, today=day)
    rendered = CHECK_FORMATS[output_format](result, _with_root(root, ""), _language)
    if output_format == "text":
        _echo(rendered, err=True, nl=False)
        _echo(check_summary(result))
    else:
        _echo(rendered, nl=False)
    if result.failed(strict=strict):
        sys.exit(EXIT_SOURCE_ERROR)


@cli.command("diff")
@click.option(
    "--base", required=True, metavar="REV", help="The revision to compare with, e.g. origin/main."
)
@click.option(
    "--head",
    default=None,
    metavar="REV",
    help="The revision to review (default: the working tree, committed or not).",
)
@click.option("--year", type=int, default=None, help="Only this year (default: every year).")
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["md", "html", "json"]),
    default="md",
    show_default=True,
    help="md for a pull-request comment, html for the whole comparison, json for tools.",
)
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Write to this file instead of standard output.",
)
@click.pass_obj
def diff_command(
    root: Path,
    base: str,
    head: str | None,
    year: int | None,
    output_format: str,
    out: Path | None,
) -> None:
    """Show what a change does to the consolidated text of every year, agreement by agreement.

    Both sides are read through git; the working tree is never touched.
    """
    from .commands.diff import review_revisions
    from .core.errors import render_boundary
    from .fs import write_file
    from .render.review_formats import REVIEW_FORMATS

    with _reported_errors(root):
        review = review_revisions(root, base, head, year)
        with render_boundary("the review"):
            text = REVIEW_FORMATS[output_format](review, root / "templates")
        if out is not None:
            write_file(out, text.encode())
    if out is None:
        _echo(text, nl=False)
    else:
        _echo(f"wrote {_shown(out)}")


@cli.command("show")
@click.argument("target")
@click.option("--year", type=int, default=None, help="The year (default: the period's last).")
@click.option(
    "--numbered",
    is_flag=True,
    help="Number the blocks and their sentences (2, 2.1), to copy one with --copy.",
)
@click.option(
    "--copy",
    "copy_number",
    metavar="N",
    default=None,
    help="Print only block N or sentence N.M as written: a fragment to paste into old:/text:.",
)
@click.pass_obj
def show_command(
    root: Path, target: str, year: int | None, numbered: bool, copy_number: str | None
) -> None:
    """Print TARGET (5, tijdlijn, betaalbaarheid/goals, documents) as consolidated, with history."""
    import shutil

    from .commands.show import show_in_year
    from .render.show_text import render_numbered_text, render_show_text

    with _reported_errors(root):
        shown = show_in_year(root, target, year)
        if copy_number is not None:
            _print_copy(shown, copy_number)
            return
    width = min(shutil.get_terminal_size((100, 24)).columns, 100)
    render = render_numbered_text if numbered else render_show_text
    _echo(render(shown, width=width, prefix=_with_root(root, "")), nl=False)


def _print_copy(shown: ShownTarget, number: str) -> None:
    """The fragment on stdout, exactly; what a writer should know about it on stderr."""
    from .core.show import copy_fragment

    copied = copy_fragment(shown, number)
    _echo(copied.text)
    if copied.widened:
        _echo(
            f"let op: {number} staat vaker in {shown.target.title}; "
            f"met {', '.join(copied.widened)} erbij komt het fragment één keer voor",
            err=True,
        )
    if copied.occurrences > 1:
        _echo(
            f"let op: deze tekst staat {copied.occurrences} keer in {shown.target.title}; "
            "als fragment is hij niet eenduidig",
            err=True,
        )


@cli.command("new")
@click.option("--year", type=int, required=True, help="The year of the new Jaarplan.")
@click.pass_obj
def new_command(root: Path, year: int) -> None:
    """Start amendments/<year>/jaarplan.yaml: a draft with commented examples of every op."""
    from .commands.new import new_jaarplan

    with _reported_errors(root):
        path = new_jaarplan(root, year)
    _echo(f"wrote {_shown(path)}")
    _echo("next: write its changes, then run 'prestatie check'")


def main() -> None:
    cli(prog_name="prestatie")
