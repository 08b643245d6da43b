"""Set-up as a writer meets it: `make build` installs only what building needs, `./prestatie`
runs it (or says in Dutch to run `make build` first), and one script lists the Debian packages."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
WRAPPER = REPO / "prestatie"
VENV = Path(sys.prefix)
"""The virtualenv running these tests, which holds the real ``bin/prestatie``."""


def run_wrapper(
    wrapper: Path, *args: str, cwd: Path, **env: str
) -> subprocess.CompletedProcess[str]:
    environment = {key: value for key, value in os.environ.items() if key != "PRESTATIE_LANG"}
    return subprocess.run(
        [str(wrapper), *args],
        cwd=cwd,
        env={**environment, **env},
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A folder holding the wrapper as a clone has it, without .venv."""
    folder = tmp_path / "repo"
    folder.mkdir()
    shutil.copy2(WRAPPER, folder / "prestatie")
    return folder


def test_the_wrapper_is_committed_executable() -> None:
    assert os.access(WRAPPER, os.X_OK)
    tracked = subprocess.run(
        ["git", "ls-files", "--stage", "prestatie"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert tracked.startswith("100755 "), tracked  # a fresh clone has it, executable


def test_without_venv_the_wrapper_says_to_run_make_build(checkout: Path) -> None:
    done = run_wrapper(checkout / "prestatie", "--help", cwd=checkout)
    assert done.returncode == 1
    assert done.stdout == ""
    assert done.stderr == (
        f"prestatie is nog niet geïnstalleerd: voer eerst 'make build' uit in {checkout}\n"
    )


@pytest.mark.parametrize(
    ("args", "env"),
    [(("--lang", "en", "check"), {}), (("--lang=en",), {}), ((), {"PRESTATIE_LANG": "en"})],
    ids=["--lang en", "--lang=en", "PRESTATIE_LANG"],
)
def test_the_wrapper_says_it_in_english_on_request(
    checkout: Path, args: tuple[str, ...], env: dict[str, str]
) -> None:
    done = run_wrapper(checkout / "prestatie", *args, cwd=checkout, **env)
    assert done.returncode == 1
    assert done.stderr == f"prestatie is not installed yet: run 'make build' in {checkout} first\n"


def test_the_wrapper_runs_the_venvs_prestatie_from_any_folder(
    checkout: Path, tmp_path: Path
) -> None:
    assert (VENV / "bin" / "prestatie").is_file()
    (checkout / ".venv").symlink_to(VENV)
    elsewhere = tmp_path / "elders"
    elsewhere.mkdir()
    link = elsewhere / "prestatie"  # as on the PATH: a link to the repository's wrapper
    link.symlink_to(checkout / "prestatie")
    for wrapper in (checkout / "prestatie", link):
        done = run_wrapper(wrapper, "--help", cwd=elsewhere)
        assert done.returncode == 0, done.stderr
        assert "Gebruik: prestatie [OPTIES] OPDRACHT [ARGUMENTEN]..." in done.stdout


# --- what `make build` installs --------------------------------------------------------------


def distribution(requirement: str) -> str:
    """The distribution a requirement names, normalised: ``types-PyYAML>=6`` gives types-pyyaml."""
    name = re.match(r"[A-Za-z0-9._-]+", requirement)
    assert name is not None, requirement
    return re.sub(r"[-_.]+", "-", name.group()).lower()


def test_building_needs_no_test_or_lint_tool() -> None:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    runtime = set(map(distribution, project["dependencies"]))
    extras = project["optional-dependencies"]
    tools = set(map(distribution, extras["test"] + extras["lint"]))
    assert {"pytest", "playwright", "mypy", "ruff", "pikepdf", "hypothesis"} <= tools
    assert runtime & tools == set()


def makefile_recipe(target: str) -> list[str]:
    """The command lines of ``target``'s rule in the Makefile."""
    lines = (REPO / "Makefile").read_text(encoding="utf-8").splitlines()
    start = lines.index(next(line for line in lines if line.startswith(f"{target}:")))
    recipe = []
    for line in lines[start + 1 :]:
        if not line.startswith("\t"):
            break
        recipe.append(line.strip())
    return recipe


def test_make_build_installs_the_package_without_extras() -> None:
    installs = [line for line in makefile_recipe("$(BIN)/prestatie") if "pip install" in line]
    assert installs[-1] == "$(BIN)/pip install -q -e ."
    assert "[" not in " ".join(installs)


# --- the Debian packages ---------------------------------------------------------------------


def test_one_script_lists_the_debian_packages() -> None:
    """Everything that installs Debian packages goes through scripts/install-system-deps.sh."""
    script = REPO / "scripts" / "install-system-deps.sh"
    files = [
        REPO / "Makefile",
        REPO / ".ci" / "run",
        *(REPO / ".github" / "workflows").glob("*.yml"),
        *(REPO / "scripts").glob("*.sh"),
    ]
    installers = [path for path in files if "apt-get install" in path.read_text(encoding="utf-8")]
    assert installers == [script]
    assert "./scripts/install-system-deps.sh" in (REPO / ".ci" / "run").read_text(encoding="utf-8")
    text = script.read_text(encoding="utf-8")
    for package in ("libpango-1.0-0", "libharfbuzz-subset0", "poppler-utils", "chromium"):
        assert f'"{package} ' in text, package


def test_the_install_script_refuses_an_unknown_option() -> None:
    done = subprocess.run(
        [str(REPO / "scripts" / "install-system-deps.sh"), "--alles"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr == "usage: scripts/install-system-deps.sh [--build]\n"


def test_the_readme_says_how_to_run_prestatie_and_what_it_needs() -> None:
    text = (REPO / "README.md").read_text(encoding="utf-8")
    for needed in ("./prestatie --help", ". .venv/bin/activate", "Pango", "install-system-deps.sh"):
        assert needed in text, needed
