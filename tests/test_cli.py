"""The command line itself: help, module entry point, lazy imports."""

from __future__ import annotations

import subprocess
import sys

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
    assert result.stdout.strip() == f"prestatie, version {__version__}"


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
