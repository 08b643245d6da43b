"""The command line itself: help, module entry point, lazy imports."""

from __future__ import annotations

import subprocess
import sys

import pytest
from click.testing import CliRunner

from prestatie_build import __version__
from prestatie_build.cli import cli


def test_help_names_the_build_command() -> None:
    result = CliRunner().invoke(cli, ["--help"])
    assert result.exit_code == 0
    assert "build" in result.output
    assert "--root" in result.output


def test_the_package_runs_as_a_module() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "prestatie_build", "--version"],
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip() == f"prestatie, versie {__version__}"


def test_help_imports_neither_weasyprint_nor_jinja() -> None:
    probe = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from prestatie_build.cli import cli\n"
        "CliRunner().invoke(cli, ['build', '--help'])\n"
        "print(sorted(m for m in ('weasyprint', 'jinja2') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "[]"


# --- the language of the command line: Dutch by default, English on request ---------------------


def help_of(*arguments: str, env: dict[str, str] | None = None) -> str:
    result = CliRunner().invoke(cli, [*arguments, "--help"], env=env, prog_name="prestatie")
    assert result.exit_code == 0, result.output
    return result.output


def test_help_is_dutch_by_default() -> None:
    text = help_of()
    assert text.startswith("Gebruik: prestatie [OPTIES] OPDRACHT [ARGUMENTEN]...")
    assert "Consolideer prestatieafspraken en hun jaarlijkse Jaarplannen." in text
    assert "\nOpties:\n" in text and "\nOpdrachten:\n" in text
    assert "Toon deze hulp en stop." in text
    assert "Toon het versienummer en stop." in text


def test_build_help_is_dutch_by_default() -> None:
    text = help_of("build")
    assert text.startswith("Gebruik: prestatie build [OPTIES]")
    assert "Het jaar om te consolideren, bijvoorbeeld 2024." in text
    assert "[verplicht]" in text
    assert "Usage" not in text and "Options" not in text and "required" not in text


ENGLISH_BUILD_HELP = ("Usage: prestatie build [OPTIONS]", "The year to consolidate, e.g. 2024.")


def test_help_is_english_with_lang_en() -> None:
    assert help_of("--lang", "en").startswith("Usage: prestatie [OPTIONS] COMMAND [ARGS]...")
    text = help_of("--lang", "en", "build")
    assert all(part in text for part in ENGLISH_BUILD_HELP)
    assert "[required]" in text and "Show this message and exit." in text
    assert "Gebruik" not in text and "Het jaar" not in text


# Each metavar the help shows, as (command, its option or usage line) in Dutch and in English.
METAVARS = [
    ((), "Gebruik: prestatie [OPTIES] OPDRACHT [ARGUMENTEN]...", "prestatie [OPTIONS] COMMAND"),
    ((), "  --root MAP ", "  --root DIRECTORY "),
    (("build",), "  --year GETAL ", "  --year INTEGER "),
    (("build",), "  --format LIJST ", "  --format LIST "),
    (("build",), "  --out MAP ", "  --out DIRECTORY "),
    (("diff",), "  --base VERSIE ", "  --base REV "),
    (("diff",), "  --out BESTAND ", "  --out FILE "),
    (("publish",), "  --jobs GETAL ", "  --jobs INTEGER RANGE "),
    (("publish",), "  --today JJJJ-MM-DD ", "  --today YYYY-MM-DD "),
    (("check",), "  --today JJJJ-MM-DD ", "  --today YYYY-MM-DD "),
    (
        ("show",),
        "Gebruik: prestatie show [OPTIES] WAT\n",
        "Usage: prestatie show [OPTIONS] TARGET\n",
    ),
    (("show",), "  Toon WAT (5, tijdlijn,", "  Print TARGET (5, tijdlijn,"),
]


@pytest.mark.parametrize(("command", "dutch", "english"), METAVARS)
def test_the_metavars_of_the_help_speak_the_chosen_language(
    command: tuple[str, ...], dutch: str, english: str
) -> None:
    assert dutch in help_of(*command)
    assert english in help_of("--lang", "en", *command)
    assert english not in help_of(*command)


def test_no_english_metavar_is_left_in_the_dutch_help() -> None:
    for command in ((), *((name,) for name in cli.commands)):
        text = help_of(*command)
        for english in ("OPTIONS", "COMMAND", "ARGS", "INTEGER", "DIRECTORY", "TEXT", "FILE"):
            assert english not in text, (command, english)


def test_a_missing_argument_is_named_in_the_chosen_language() -> None:
    dutch = CliRunner().invoke(cli, ["show"], prog_name="prestatie")
    assert dutch.exit_code == 2
    assert dutch.output.splitlines()[0] == "Gebruik: prestatie show [OPTIES] WAT"
    assert dutch.output.endswith("Fout: Ontbrekend argument 'WAT'.\n")
    english = CliRunner().invoke(cli, ["--lang", "en", "show"], prog_name="prestatie")
    assert english.output.endswith("Error: Missing argument 'TARGET'.\n")


def test_help_is_english_with_the_environment_variable() -> None:
    text = help_of("build", env={"PRESTATIE_LANG": "en"})
    assert all(part in text for part in ENGLISH_BUILD_HELP)
    assert "Gebruik" not in text


def test_the_language_of_one_invocation_does_not_stay_for_the_next() -> None:
    """One process, both languages: nothing is worded once and kept (click caches --help)."""
    assert "Toon deze hulp" in help_of("build")
    assert "Show this message" in help_of("--lang", "en", "build")
    assert "Toon deze hulp" in help_of("build")


def test_a_misspelt_option_is_refused_in_dutch_with_exit_2() -> None:
    result = CliRunner().invoke(cli, ["build", "--yaer", "2024"], prog_name="prestatie")
    assert result.exit_code == 2
    assert result.output.splitlines() == [
        "Gebruik: prestatie build [OPTIES]",
        "Zie 'prestatie build --help' voor hulp.",
        "",
        "Fout: De optie '--yaer' bestaat niet. Bedoelt u '--year'?",
    ]


def test_a_missing_option_and_a_wrong_value_are_refused_in_dutch_with_exit_2() -> None:
    missing = CliRunner().invoke(cli, ["build"], prog_name="prestatie")
    assert missing.exit_code == 2
    assert missing.output.endswith("Fout: Ontbrekende optie '--year'.\n")
    wrong = CliRunner().invoke(cli, ["build", "--year", "twintig"], prog_name="prestatie")
    assert wrong.exit_code == 2
    assert wrong.output.endswith(
        "Fout: Ongeldige waarde voor '--year': 'twintig' is geen geldig getal.\n"
    )


def test_a_click_error_is_english_with_lang_en() -> None:
    result = CliRunner().invoke(
        cli, ["--lang", "en", "build", "--yaer", "2024"], prog_name="prestatie"
    )
    assert result.exit_code == 2
    assert result.output.endswith("Error: No such option '--yaer'. Did you mean '--year'?\n")


def test_the_version_in_english() -> None:
    result = CliRunner().invoke(cli, ["--lang", "en", "--version"])
    assert result.output == f"prestatie, version {__version__}\n"
