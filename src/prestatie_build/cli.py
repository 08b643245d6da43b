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
from .core.catalogue import CLICK_DUTCH
from .core.controls import LAYOUT, visible
from .core.errors import (
    NOTHING_WRITTEN,
    Diagnostic,
    RenderError,
    SourceError,
    UsageError,
    WriteError,
)
from .core.messages import (
    DEFAULT_LANGUAGE,
    LANGUAGES,
    Language,
    Message,
    Text,
    language_named,
    t,
)
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


# --- help and click's own words in the invocation's language ---------------------------------


def _click_words(english: str) -> str:
    """One of click's own phrases ("Usage:", "Missing option") in the invocation's language."""
    return CLICK_DUTCH.get(english, english) if _language == "nl" else english


def _click_plural_words(singular: str, plural: str, count: int) -> str:
    return _click_words(singular if count == 1 else plural)


_CLICK_MODULES = ("core", "exceptions", "parser", "types", "decorators", "formatting", "termui")
"""click's modules that word what they print through ``gettext`` (their module attribute ``_``)."""


def _install_click_translator() -> None:
    """Let click's own phrases go through :data:`CLICK_DUTCH`, looked up when printed.

    Installed when the command line runs (after every decorator has run, so that what click
    stores at import time, such as a path type's name, stays English and is never baked into
    one language)."""
    import importlib

    for name in _CLICK_MODULES:
        module = importlib.import_module(f"click.{name}")
        module._ = _click_words  # type: ignore[attr-defined]
        if hasattr(module, "ngettext"):
            module.ngettext = _click_plural_words  # type: ignore[attr-defined]


@contextmanager
def speaking(language: Language) -> Iterator[None]:
    """Help and click's own words in ``language`` while formatted outside an invocation (the
    documentation's page of every command's help)."""
    global _language
    before = _language
    _language = language
    _install_click_translator()
    try:
        yield
    finally:
        _language = before


def _help_text(message: Message) -> str:
    """A help text: ours (a :class:`Text`) from the catalogue, click's own from its table."""
    return _say(message) if isinstance(message, Text) else _click_words(message)


class _TranslatedHelp:
    """``help`` given as a :class:`Text` (or one of click's own English phrases) and shown in
    the invocation's language: looked up each time click formats the help, never stored in
    one language."""

    _help_message: Message | None = None

    @property
    def help(self) -> str | None:
        message = self._help_message
        return None if message is None else _help_text(message)

    @help.setter
    def help(self, message: Message | None) -> None:
        self._help_message = message


_METAVARS: dict[str, Text] = {
    "[OPTIONS]": t("[OPTIONS]"),
    "COMMAND [ARGS]...": t("COMMAND [ARGS]..."),
    "INTEGER": t("INTEGER"),
    "INTEGER RANGE": t("INTEGER RANGE"),
    "TEXT": t("TEXT"),
    "DIRECTORY": t("DIRECTORY"),
    "FILE": t("FILE"),
    "LIST": t("LIST"),
    "REV": t("REV"),
    "YYYY-MM-DD": t("YYYY-MM-DD"),
    "TARGET": t("TARGET"),
}
"""The placeholders of usage lines and ``--help``, click's (a type's name) and ours, by how
click writes them; a metavar not listed (``N``, a choice's ``[nl|en]``) reads the same in both."""


def _metavar_words(metavar: str) -> str:
    """A metavar in the invocation's language, looked up each time click formats one."""
    message = _METAVARS.get(metavar)
    return metavar if message is None else _say(message)


class _TranslatedMetavar:
    """A parameter whose metavar (``INTEGER``, ``DIRECTORY``) speaks the chosen language, in
    ``--help`` and in click's errors ("Missing argument 'TARGET'")."""

    def make_metavar(self, ctx: click.Context) -> str:
        return _metavar_words(super().make_metavar(ctx))  # type: ignore[misc]


class _Option(_TranslatedHelp, _TranslatedMetavar, click.Option):
    def __init__(
        self, declarations: Any = None, help: Message | None = None, **attributes: Any
    ) -> None:
        # click cleans a help string up on the way in; a Text is set after it, untouched.
        super().__init__(declarations, **attributes)
        self.help = help


class _Argument(_TranslatedMetavar, click.Argument):
    pass


def _option(*declarations: str, **attributes: Any) -> Callable[[Any], Any]:
    """``click.option`` whose ``help=t(...)`` is shown in the invocation's language."""
    return click.option(*declarations, cls=_Option, **attributes)


class _TranslatedUsage:
    """A command whose usage line (``[OPTIONS]``, ``COMMAND [ARGS]...``) speaks the chosen
    language."""

    def collect_usage_pieces(self, ctx: click.Context) -> list[str]:
        pieces: list[str] = super().collect_usage_pieces(ctx)  # type: ignore[misc]
        return [_metavar_words(piece) for piece in pieces]


class _Command(_TranslatedHelp, _TranslatedUsage, click.Command):
    """A command whose help (``help=t(...)``), like its options', speaks the chosen language."""

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        return _with_help_option_words(super().get_help_option(ctx))


def _with_help_option_words(option: click.Option | None) -> click.Option | None:
    # click creates the help option once and caches it, worded in the language of that moment.
    if option is not None:
        option.help = _click_words("Show this message and exit.")
    return option


class _Group(_TranslatedHelp, _TranslatedUsage, click.Group):
    """The command group, whose command-line errors never print control characters raw."""

    command_class = _Command

    def make_context(self, *arguments: Any, **options: Any) -> click.Context:
        # Before parsing: `--help` is eager and must already speak the chosen language.
        _set_language(os.environ.get(LANGUAGE_VARIABLE))
        _install_click_translator()
        with _visible_click_errors():
            return super().make_context(*arguments, **options)

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        return _with_help_option_words(super().get_help_option(ctx))

    def invoke(self, ctx: click.Context) -> Any:
        with _visible_click_errors():
            return super().invoke(ctx)


def _formats(_ctx: click.Context, _param: click.Parameter, value: str | None) -> frozenset[str]:
    if value is None:
        return frozenset(OUTPUT_NAMES)
    chosen = {part.strip() for part in value.split(",") if part.strip()}
    unknown = chosen - set(OUTPUT_NAMES)
    if unknown or not chosen:
        message = (
            t(
                "unknown format {formats}; choose from {choices}",
                formats=", ".join(sorted(unknown)),
                choices=", ".join(OUTPUT_NAMES),
            )
            if unknown
            else t("no format given; choose from {choices}", choices=", ".join(OUTPUT_NAMES))
        )
        raise click.BadParameter(_say(message))
    return frozenset(chosen)


def _show_version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    """``--version``: click's own words, in the invocation's language."""
    if not value or ctx.resilient_parsing:
        return
    _echo(
        _click_words("%(prog)s, version %(version)s")
        % {"prog": "prestatie", "version": __version__}
    )
    ctx.exit()


@click.group(
    cls=_Group,
    context_settings={"help_option_names": ["-h", "--help"]},
    help=t("Consolidate prestatieafspraken and their yearly Jaarplannen."),
)
@_option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_show_version,
    help="Show the version and exit.",
)
@_option(
    "--root",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path(),
    help=t(
        "The project root: the folder with agreements/ and amendments/ "
        "(default: the current folder)."
    ),
)
@_option(
    "--lang",
    type=click.Choice(LANGUAGES, case_sensitive=False),
    default=None,
    is_eager=True,
    expose_value=False,
    callback=_language_option,
    help=t(
        "Language of messages and help: nl or en (default: ${variable}, else nl).",
        variable=LANGUAGE_VARIABLE,
    ),
)
@click.pass_context
def cli(ctx: click.Context, root: Path) -> None:
    ctx.obj = root


@cli.command(
    "build",
    help=t(
        "Apply the Jaarplannen up to --year; write the consolidated document, the change report "
        "and the year's Jaarplan ready to sign."
    ),
)
@_option("--year", type=int, required=True, help=t("The year to consolidate, e.g. 2024."))
@_option(
    "--since",
    type=int,
    default=None,
    help=t("Report every change after this year up to --year (default: the changes of --year)."),
)
@_option(
    "--format",
    "formats",
    callback=_formats,
    default=None,
    metavar="LIST",
    help=t(
        "Comma-separated outputs to build: {outputs} (default: all).",
        outputs=", ".join(OUTPUT_NAMES),
    ),
)
@_option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help=t("Output folder (default: build/<year>)."),
)
@_option(
    "--force",
    is_flag=True,
    help=t("Rebuild every output, also those whose sources, templates and options are unchanged."),
)
@_option(
    "--strict",
    is_flag=True,
    help=t("First run check: fail, writing nothing, on any warning as well as on any error."),
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
    if strict:
        _refuse_warnings(root)
    with _reported_errors(root):
        result = build_year(BuildRequest(root, year, since, formats, out, force=force))
    for path in result.written:
        _echo(_say(t("wrote {path}", path=_shown(path))))
    for path in result.up_to_date:
        _echo(_say(t("up to date: {path}", path=_shown(path))))
    if result.concept:
        _echo(_say(t("note: a draft Jaarplan is applied; every output is marked CONCEPT")))


def _refuse_warnings(root: Path) -> None:
    """``build --strict``: what ``check --strict`` would fail on stops the build before it
    writes anything (a warning marks a mistake that would otherwise be signed)."""
    from .commands.check import check_project
    from .render.diagnostics import CHECK_FORMATS, check_summary

    result = check_project(root, today=datetime.date.today())
    if result.failed(strict=True):
        _echo(CHECK_FORMATS["text"](result, _with_root(root, ""), _language), err=True, nl=False)
        _echo(_say(check_summary(result)), err=True)
        sys.exit(EXIT_SOURCE_ERROR)


@cli.command(
    "publish",
    help=t(
        "Write the website: every version, its PDF and change report, versions.json, SHA256SUMS."
    ),
)
@_option(
    "--out",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help=t("Folder to write the site into; an earlier site there is replaced."),
)
@_option(
    "--include-drafts",
    is_flag=True,
    help=t(
        "Also publish versions with a draft Jaarplan, marked CONCEPT (or set it in publish.yaml)."
    ),
)
@_option(
    "--jobs",
    type=click.IntRange(min=1),
    default=None,
    help=t("Years built at once, each in its own process (default: one per core)."),
)
@_option(
    "--check-deadline",
    is_flag=True,
    help=t("Then fail when next year's Jaarplan is not adopted and on the site by 15 December."),
)
@_option(
    "--today",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    metavar="YYYY-MM-DD",
    help=t("The date --check-deadline assumes, as YYYY-MM-DD (default: today)."),
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
    from .commands.publish import PublishRequest, publish_site
    from .core.deadline import check_deadline as deadline_check
    from .sources.publish_config import load_publish_config

    if today is not None and not check_deadline:
        raise click.UsageError(_say(t("--today only goes with --check-deadline")))
    with _reported_errors(root):
        drafts = include_drafts or load_publish_config(root).include_drafts
        request = PublishRequest(root, out, drafts, jobs)
        with _progress_bar(_say(t("building versions"))) as progress:
            result = publish_site(request, progress)
    plan = result.site.plan
    years = ", ".join(f"{v.year}{' (CONCEPT)' if v.concept else ''}" for v in plan.versions)
    count = len(result.site.files)
    written = (
        t(
            "wrote {folder}: {count} file; versions {years}",
            folder=_shown(result.written),
            count=count,
            years=years,
        )
        if count == 1
        else t(
            "wrote {folder}: {count} files; versions {years}",
            folder=_shown(result.written),
            count=count,
            years=years,
        )
    )
    _echo(_say(written))
    latest = (
        t("latest/ is {year}", year=plan.latest)
        if plan.latest
        else t("no adopted version: no latest/")
    )
    _echo(_say(latest))
    if check_deadline:
        day = today.date() if today is not None else datetime.date.today()
        outcome = deadline_check(result.project, plan.published_years, day)
        if outcome.failed:
            missed = t("deadline missed: {reason}", reason=outcome.message)
            _echo(f"error: {_say(missed)}", err=True)
            sys.exit(EXIT_SOURCE_ERROR)
        _echo(_say(t("deadline: {outcome}", outcome=outcome.message)))


@cli.command(
    "publish-targets",
    help=t("Print publish.yaml's enabled targets as one line of JSON (the workflow's job matrix)."),
)
@click.pass_obj
def publish_targets_command(root: Path) -> None:
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
        summary = (
            t("{count} error; nothing was written", count=count)
            if count == 1
            else t("{count} errors; nothing was written", count=count)
        )
        _echo(_say(summary), err=True)
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


@cli.command(
    "check",
    help=t(
        "Validate every source and apply every Jaarplan; report every problem with its code.\n\n"
        "Exit status 1 on any error, and with --strict on any warning too."
    ),
)
@_option("--strict", is_flag=True, help=t("Fail on warnings as well as errors."))
@_option(
    "--format",
    "output_format",
    type=click.Choice(["text", "github", "json"]),
    default="text",
    show_default=True,
    help=t("text for people, github for workflow annotations, json for tools."),
)
@_option(
    "--today",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    metavar="YYYY-MM-DD",
    help=t("The date W304 (a draft past its adoption deadline) compares with (default: today)."),
)
@click.pass_obj
def check_command(
    root: Path, strict: bool, output_format: str, today: datetime.datetime | None
) -> None:
    from .commands.check import check_project
    from .render.diagnostics import CHECK_FORMATS, check_summary

    day = today.date() if today is not None else datetime.date.today()
    result = check_project(root, today=day)
    rendered = CHECK_FORMATS[output_format](result, _with_root(root, ""), _language)
    if output_format == "text":
        _echo(rendered, err=True, nl=False)
        _echo(_say(check_summary(result)))
    else:
        _echo(rendered, nl=False)
    if result.failed(strict=strict):
        sys.exit(EXIT_SOURCE_ERROR)


@cli.command(
    "diff",
    help=t(
        "Show what a change does to the consolidated text of every year, agreement by agreement."
        "\n\nBoth sides are read through git; the working tree is never touched."
    ),
)
@_option(
    "--base",
    default=None,
    metavar="REV",
    help=t("The revision to compare with, e.g. origin/main."),
)
@_option(
    "--head",
    default=None,
    metavar="REV",
    help=t("The revision to review (default: the working tree, committed or not)."),
)
@_option("--year", type=int, default=None, help=t("Only this year (default: every year)."))
@_option(
    "--from-year",
    type=int,
    default=None,
    help=t("Instead of --base: compare the text of this year with that of --to-year."),
)
@_option(
    "--to-year",
    type=int,
    default=None,
    help=t("With --from-year: the later year to compare."),
)
@_option(
    "--format",
    "output_format",
    type=click.Choice(["md", "html", "json", "text"]),
    default=None,
    help=t(
        "md for a pull-request comment, html for the whole comparison, json for tools, text "
        "for a terminal (default: text on a terminal, else md)."
    ),
)
@_option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help=t("Write to this file instead of standard output."),
)
@click.pass_obj
def diff_command(
    root: Path,
    base: str,
    head: str | None,
    year: int | None,
    from_year: int | None,
    to_year: int | None,
    output_format: str | None,
    out: Path | None,
) -> None:
    from .commands.diff import DiffRequest, review_request
    from .core.errors import render_boundary
    from .fs import write_file
    from .render.review_formats import REVIEW_FORMATS

    with _reported_errors(root):
        request = DiffRequest(base, head, year, from_year, to_year)
        review = review_request(root, request)
        with render_boundary(t("the review")):
            chosen = output_format or _review_format_for(out)
            text = REVIEW_FORMATS[chosen](review, root / "templates", _language)
        if out is not None:
            write_file(out, text.encode())
    if out is None:
        _echo(text, nl=False)
    else:
        _echo(_say(t("wrote {path}", path=_shown(out))))


def _review_format_for(out: Path | None) -> str:
    """Plain text for a person at a terminal; Markdown for a file, a pipe, CI."""
    return "text" if out is None and sys.stdout.isatty() else "md"


@cli.command(
    "show",
    help=t(
        "Print TARGET (5, tijdlijn, betaalbaarheid/goals, documents) as consolidated, with history."
    ),
)
@click.argument("target", cls=_Argument)
@_option("--year", type=int, default=None, help=t("The year (default: the period's last)."))
@_option(
    "--numbered",
    is_flag=True,
    help=t("Number the blocks and their sentences (2, 2.1), to copy one with --copy."),
)
@_option(
    "--copy",
    "copy_number",
    metavar="N",
    default=None,
    help=t("Print only block N or sentence N.M as written: a fragment to paste into old:/text:."),
)
@click.pass_obj
def show_command(
    root: Path, target: str, year: int | None, numbered: bool, copy_number: str | None
) -> None:
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
    _echo(render(shown, width=width, prefix=_with_root(root, ""), language=_language), nl=False)


def _print_copy(shown: ShownTarget, number: str) -> None:
    """The fragment on stdout, exactly; what a writer should know about it on stderr."""
    from .core.show import copy_fragment

    copied = copy_fragment(shown, number)
    _echo(copied.text)
    title = shown.target.title
    if copied.widened:
        widened = t(
            "note: {number} occurs more than once in {title}; with {parts} added the text "
            "occurs once",
            number=number,
            title=title,
            parts=", ".join(copied.widened),
        )
        _echo(_say(widened), err=True)
    if copied.occurrences > 1:
        ambiguous = t(
            "note: this text occurs {count} times in {title}; as a text for old:, text: or "
            "after: it is not unique",
            count=copied.occurrences,
            title=title,
        )
        _echo(_say(ambiguous), err=True)


@cli.command(
    "new",
    help=t(
        "Start amendments/<year>/jaarplan.yaml: a draft with commented examples of every "
        "kind of change."
    ),
)
@_option("--year", type=int, required=True, help=t("The year of the new Jaarplan."))
@click.pass_obj
def new_command(root: Path, year: int) -> None:
    from .commands.new import new_jaarplan

    with _reported_errors(root):
        written = new_jaarplan(root, year, _language)
    _echo(_say(t("wrote {path}", path=_shown(written.path))))
    for kept in written.kept_schemas:
        note = t(
            "note: {path} was changed by hand and differs from this version's schema, so it "
            "was kept; remove it to get the new one at the next prestatie new",
            path=_shown(kept),
        )
        _echo(_say(note), err=True)
    _echo(_say(t("next: write its changes, then run 'prestatie check'")))


# --- import: documents in Word or PDF become sources ------------------------------------------


class _Subgroup(_TranslatedHelp, _TranslatedUsage, click.Group):
    """A group under ``prestatie``: the language is set already, by the top group."""

    command_class = _Command

    def get_help_option(self, ctx: click.Context) -> click.Option | None:
        return _with_help_option_words(super().get_help_option(ctx))


@cli.group(
    "import",
    cls=_Subgroup,
    help=t(
        "Turn documents in Word, PDF or text into sources: the agreements, a Jaarplan, or a "
        "change form."
    ),
)
def import_group() -> None:
    pass


@import_group.command(
    "agreements",
    help=t(
        "Turn a signed base document (.docx or .pdf) into agreements/: document.yaml and one "
        "Markdown file per agreement or section; what cannot be placed goes into "
        "import-report.md. Never overwrites; ends with 'prestatie check'."
    ),
)
@click.argument("source", cls=_Argument, type=click.Path(dir_okay=False, path_type=Path))
@_option(
    "--into",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help=t("The project folder to write into (default: --root, the current folder)."),
)
@click.pass_obj
def import_agreements_command(root: Path, source: Path, into: Path | None) -> None:
    from .commands.import_agreements import import_base_document
    from .render.diagnostics import CHECK_FORMATS, check_summary

    target = into if into is not None else root
    with _reported_errors(target):
        result = import_base_document(
            source, target, today=datetime.date.today(), language=_language
        )
    imported = result.imported
    _echo(
        _say(t("wrote {count} files into {path}", count=len(result.written), path=_shown(target)))
    )
    if imported.unplaced:
        count, report = len(imported.unplaced), _shown(result.report)
        _echo(
            _say(
                t("not placed: {count} paragraph; see {path}", count=count, path=report)
                if count == 1
                else t("not placed: {count} paragraphs; see {path}", count=count, path=report)
            )
        )
    _echo(_say(t("prestatie check on the result:")))
    _echo(
        CHECK_FORMATS["text"](result.check, _with_root(target, ""), _language), err=True, nl=False
    )
    _echo(_say(check_summary(result.check)))
    if result.check.failed(strict=False):
        sys.exit(EXIT_SOURCE_ERROR)


@import_group.command(
    "jaarplan",
    help=t(
        "Read a Jaarplan in the renvooi form (.txt or .pdf) and write "
        "amendments/<year>/jaarplan.yaml; then check the project."
    ),
)
@click.argument("source", type=click.Path(path_type=Path, dir_okay=False), cls=_Argument)
@_option("--year", type=int, required=True, help=t("The year of the Jaarplan."))
@click.pass_obj
def import_jaarplan_command(root: Path, source: Path, year: int) -> None:
    from .commands.import_jaarplan import import_jaarplan_file
    from .render.diagnostics import check_summary

    shown = str(source) if root == Path() or source.is_absolute() else str(source.resolve())
    with _reported_errors(root):
        outcome = import_jaarplan_file(root, source, shown, year, today=datetime.date.today())
    for diagnostic in outcome.imported.diagnostics:
        _echo(diagnostic.format(_language), err=True)
    count, path = len(outcome.imported.changes), _shown(outcome.path)
    wrote = (
        t("wrote {path} with {count} change", path=path, count=count)
        if count == 1
        else t("wrote {path} with {count} changes", path=path, count=count)
    )
    _echo(_say(wrote))
    for diagnostic in outcome.check.diagnostics:
        _echo(_located(root, diagnostic), err=True)
    _echo(_say(check_summary(outcome.check)))
    if outcome.check.failed():
        sys.exit(EXIT_SOURCE_ERROR)


def main() -> None:
    cli(prog_name="prestatie")
