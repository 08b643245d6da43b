"""Every failure outside the sources is a located error with exit status 1 or 2, never a traceback.

Issue 9 part 4 (the error boundary of rendering, the template sandbox) and issue 10 item 13.
The CLI runs in-process through click's CliRunner, which catches any exception: so each test
checks that the command ended through ``sys.exit`` with its status, not by a crash.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from gitrepos import assen_repository, commit_all, git
from prestatie_build.cli import cli
from prestatie_build.commands import PublishRequest, publish_site
from prestatie_build.core import RenderError, UsageError, parse_epoch
from prestatie_build.outputs import OUTPUTS, Output
from prestatie_build.render import COMMENT_MARKER, PACKAGE_TEMPLATES

CHEAP = "html,report"
"""Outputs that need no PDF: every template error below is raised before a PDF is set."""


def run(root: Path, *arguments: str, status: int, env: dict[str, str] | None = None) -> Result:
    """Run the CLI on ``root``; it must end by ``sys.exit(status)``, printing no traceback."""
    result = CliRunner().invoke(cli, ["--root", str(root), *arguments], env=env)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exc_info
    assert result.exit_code == status, result.output
    assert "Traceback" not in result.output
    return result


def project_template(root: Path, name: str, line: int, insert: str) -> None:
    """The package's template ``name`` as the project's own, with ``insert`` ending ``line``."""
    lines = (PACKAGE_TEMPLATES / name).read_text(encoding="utf-8").splitlines(keepends=True)
    lines[line - 1] = lines[line - 1].rstrip("\n") + insert + "\n"
    (root / "templates").mkdir(exist_ok=True)
    (root / "templates" / name).write_text("".join(lines), encoding="utf-8")


# --- project templates: syntax, undefined names, the sandbox -------------------------------------


def test_a_template_syntax_error_is_located_at_its_line_without_a_traceback(assen: Path) -> None:
    """The issue's own example, run as a real process: 63 lines of Jinja traceback before."""
    project_template(assen, "report.html.j2", 12, "{% if %}")
    done = subprocess.run(
        [sys.executable, "-m", "prestatie_build", "build", "--year", "2024", "--format", CHEAP],
        cwd=assen,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)},
        check=False,
    )
    assert done.returncode == 1
    assert done.stderr.splitlines() == [
        "templates/report.html.j2:12: error: het sjabloon is niet goed geschreven: "
        "Expected an expression, got 'end of statement block'",
        "er is niets geschreven",
    ]
    assert not (assen / "build" / "2024").exists()


def test_an_undefined_name_in_a_template_is_located(assen: Path) -> None:
    project_template(assen, "report.html.j2", 20, "{{ no_such_name }}")
    result = run(assen, "build", "--year", "2024", "--format", CHEAP, status=1)
    where = f"{assen}/templates/report.html.j2:20"
    assert (
        f"{where}: error: onbekende naam in het sjabloon: 'no_such_name' is undefined"
        in result.output
    )


def test_an_error_inside_a_template_expression_is_located(assen: Path) -> None:
    project_template(assen, "document.html.j2", 30, "{{ 1 / 0 }}")
    result = run(assen, "build", "--year", "2024", "--format", CHEAP, status=1)
    assert (
        f"{assen}/templates/document.html.j2:30: error: het sjabloon werkt niet: "
        "ZeroDivisionError: division by zero"
    ) in result.output


def test_a_template_error_speaks_english_on_request(assen: Path) -> None:
    project_template(assen, "document.html.j2", 30, "{{ 1 / 0 }}")
    result = run(assen, "--lang", "en", "build", "--year", "2024", "--format", CHEAP, status=1)
    assert (
        f"{assen}/templates/document.html.j2:30: error: the template failed: "
        "ZeroDivisionError: division by zero"
    ) in result.output
    assert "nothing was written" in result.output


def test_a_project_template_cannot_reach_python_through_the_sandbox(
    assen: Path, tmp_path: Path
) -> None:
    """``cycler.__init__.__globals__`` reaches ``os`` in a plain Jinja environment."""
    witness = tmp_path / "ran"
    escape = f"{{{{ cycler.__init__.__globals__.os.popen('touch {witness}').read() }}}}"
    project_template(assen, "report.html.j2", 12, escape)
    result = run(assen, "build", "--year", "2024", "--format", CHEAP, status=1)
    assert (
        f"{assen}/templates/report.html.j2:12: error: het sjabloon vraagt iets wat niet mag: "
        "access to attribute '__init__' of 'type' object is unsafe."
    ) in result.output
    assert not witness.exists()


def test_a_stylesheet_that_is_not_utf8_is_located(assen: Path) -> None:
    (assen / "templates" / "style.css").write_bytes(b"/* \xe9t\xe9 */\n")
    result = run(assen, "build", "--year", "2024", "--format", CHEAP, status=1)
    assert (
        f"{assen}/templates/style.css: error: het opmaakbestand is niet te lezen: "
        "'utf-8' codec can't decode byte 0xe9"
    ) in result.output


# --- the Jaarplan's phrases -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "message"),
    [
        (
            'page_title: "{jaarplan[999]}"',
            "de vaste tekst 'page_title' heeft het invulveld {jaarplan[999]}. "
            "Een invulveld is alleen een naam tussen accolades, zoals {jaarplan}.",
        ),
        (
            'page_title: "{jaarplan.__class__}"',
            "de vaste tekst 'page_title' heeft het invulveld {jaarplan.__class__}.",
        ),
        (
            'agreed: "Getekend op {date:>99}"',
            "de vaste tekst 'agreed' heeft het invulveld {date:>99}.",
        ),
        (
            'agreed: "Getekend op {date"',
            "de vaste tekst 'agreed' heeft een losse accolade (expected '}' before end of "
            "string). Schrijf {{ of }} voor een accolade zelf.",
        ),
        (
            'agreed: "Getekend op {datum}"',
            "de vaste tekst 'agreed' gebruikt het invulveld 'datum', maar krijgt dat hier niet. "
            "Gebruik alleen: ",
        ),
    ],
)
def test_a_wrong_phrase_is_located_at_its_line(assen: Path, phrase: str, message: str) -> None:
    phrases = assen / "templates" / "jaarplan-phrases.yaml"
    text = phrases.read_text(encoding="utf-8")
    phrases.write_text(f"{text}{phrase}\n", encoding="utf-8")
    line = len(text.splitlines()) + 1
    result = run(assen, "build", "--year", "2024", "--format", "jaarplan", status=1)
    assert f"{assen}/templates/jaarplan-phrases.yaml:{line}: error: {message}" in result.output


# --- publish: workers ----------------------------------------------------------------------------


def test_a_template_error_in_publish_workers_is_reported_once_for_every_year(
    assen: Path, tmp_path: Path
) -> None:
    project_template(assen, "document.html.j2", 30, "{% endif %}")
    site = tmp_path / "site"
    result = run(assen, "publish", "--out", str(site), "--jobs", "2", status=1)
    assert result.output.splitlines() == [
        f"{assen}/templates/document.html.j2:30: error: het sjabloon is niet goed geschreven: "
        "Encountered unknown tag 'endif'. (jaren 2022, 2024)",
        "er is niets geschreven",
    ]
    assert not site.exists()


def _dies(_context: object) -> dict[str, bytes]:
    os._exit(3)  # a worker killed mid-render (the OOM killer, a segfault in a library)


def _raises(_context: object) -> dict[str, bytes]:
    raise LookupError("a renderer's own bug")


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_renderer_that_raises_is_a_render_error_naming_the_output(
    assen: Path, tmp_path: Path, jobs: int
) -> None:
    broken = Output("broken", "raises", ("broken-{year}.txt",), _raises)
    request = PublishRequest(assen, tmp_path / "site", jobs=jobs, outputs=(OUTPUTS[0], broken))
    with pytest.raises(RenderError) as caught:
        publish_site(request)
    [diagnostic] = caught.value.diagnostics
    assert str(diagnostic.message) == (
        "the broken output failed: LookupError: a renderer's own bug (years 2022, 2024)"
    )
    assert diagnostic.text() == (
        "de uitvoer broken is mislukt: LookupError: a renderer's own bug (jaren 2022, 2024)"
    )


def test_a_worker_that_dies_is_a_render_error_not_a_broken_pool(
    assen: Path, tmp_path: Path
) -> None:
    dying = Output("dying", "dies", ("dying-{year}.txt",), _dies)
    request = PublishRequest(assen, tmp_path / "site", jobs=2, outputs=(dying,))
    with pytest.raises(RenderError, match="the worker process failed: BrokenProcessPool"):
        publish_site(request)
    assert not (tmp_path / "site").exists()


# --- publish --out . -----------------------------------------------------------------------------


def test_publish_into_a_current_folder_that_is_no_site_is_a_usage_error(
    assen: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(assen)  # the project root holds the sources: not a site
    for out in (".", "./", str(assen)):
        result = run(assen, "publish", "--out", out, status=2)
        assert (
            f"error: --out {Path(out)} is niet leeg en bevat geen .prestatie-site.json"
            in result.output
        )


@pytest.mark.pdf
def test_publish_into_the_current_folder_writes_there_when_it_may(
    assen: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Publish writes file by file: the current folder is a folder like any other."""
    here = tmp_path / "here"
    here.mkdir()
    monkeypatch.chdir(here)
    result = run(assen, "publish", "--out", ".", "--jobs", "1", status=0)
    assert (here / "index.html").is_file(), result.output


# --- build: the output folder and its manifest ---------------------------------------------------


def test_an_output_folder_that_is_a_file_is_a_located_error(assen: Path) -> None:
    (assen / "build").mkdir()
    (assen / "build" / "2024").write_text("not a folder", encoding="utf-8")
    result = run(assen, "build", "--year", "2024", "--format", CHEAP, status=1)
    assert result.output.splitlines()[-2:] == [
        f"{os.path.relpath(assen / 'build' / '2024')}: error: is een bestand: "
        "de uitvoer komt in een map met deze naam",
        "er is niets geschreven",
    ]


def test_a_manifest_that_is_a_folder_leaves_the_earlier_outputs_in_place(assen: Path) -> None:
    """Before, the outputs were moved into place and then the manifest failed with a traceback."""
    run(assen, "build", "--year", "2024", "--format", CHEAP, status=0)
    html = assen / "build" / "2024" / "prestatieafspraken-2024.html"
    before = html.stat().st_ino
    manifest = assen / "build" / "2024.manifest.json"
    manifest.unlink()
    manifest.mkdir()
    result = run(assen, "build", "--year", "2024", "--format", CHEAP, "--force", status=1)
    assert result.output.splitlines()[-2:] == [
        f"{os.path.relpath(manifest)}: error: is een map, maar hier moet een bestand met deze "
        "naam komen",
        "er is niets geschreven",
    ]
    assert html.stat().st_ino == before  # not replaced


@contextmanager
def immutable(path: Path) -> Iterator[None]:
    """Nothing may replace ``path``, not even root: a refusal after some files were moved."""
    done = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
    if done.returncode != 0:
        pytest.skip(f"chattr +i is not available here: {done.stderr!r}")
    try:
        yield
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)


@pytest.mark.parametrize(
    ("locked", "outcome"),
    [
        (
            "2024/wijzigingen-2024.html",
            "1 van de 4 bestanden zijn al vervangen; het overzichtsbestand niet",
        ),
        ("2024.manifest.json", "de uitvoer is vervangen; het overzichtsbestand is niet bijgewerkt"),
    ],
)
def test_a_refusal_after_files_were_moved_says_what_was_written(
    assen: Path, locked: str, outcome: str
) -> None:
    run(assen, "build", "--year", "2024", "--format", CHEAP, status=0)
    target = assen / "build" / locked
    with immutable(target):
        result = run(assen, "build", "--year", "2024", "--format", CHEAP, "--force", status=1)
    assert result.output.splitlines()[-2:] == [
        f"{os.path.relpath(target)}: error: kan niet schrijven: Operation not permitted",
        outcome,
    ]
    assert not [p for p in (assen / "build").iterdir() if ".tmp-" in p.name]  # staging removed


# --- SOURCE_DATE_EPOCH ---------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["999999999999", "253402300800", "1.5e9", "-1", "soon"])
def test_a_source_date_epoch_no_document_can_carry_is_a_usage_error(
    assen: Path, tmp_path: Path, value: str
) -> None:
    message = f"error: SOURCE_DATE_EPOCH={value!r} is geen bruikbare datum"
    env = {"SOURCE_DATE_EPOCH": value}
    built = run(assen, "build", "--year", "2024", "--format", CHEAP, status=2, env=env)
    assert message in built.output
    site = tmp_path / "site"
    published = run(assen, "publish", "--out", str(site), "--jobs", "1", status=2, env=env)
    assert message in published.output


@pytest.mark.parametrize(
    ("value", "year"),
    [("", None), ("0", 1970), ("99999999999", 5138), ("253402300799", 9999)],
)
def test_every_whole_second_up_to_the_year_9999_is_a_date(value: str, year: int | None) -> None:
    moment = parse_epoch(value)
    assert (moment.year if moment else None) == year


def test_a_malformed_epoch_raises_a_usage_error() -> None:
    with pytest.raises(UsageError, match="at most 253402300799"):
        parse_epoch("１２３")  # fullwidth digits: str.isdigit says yes  # noqa: RUF001


# --- diff: a base revision with a link out of the project -----------------------------------------


def test_a_base_revision_with_links_out_of_the_project_names_every_one(tmp_path: Path) -> None:
    repo = assen_repository(tmp_path / "repo")
    (repo / "agreements" / "betaalbaarheid" / "geheim.md").symlink_to("/etc/passwd")
    (repo / "templates" / "logo.svg").symlink_to("../../elders/logo.svg")
    commit_all(repo, "Links out of the project")
    git(repo, "rm", "-q", "agreements/betaalbaarheid/geheim.md", "templates/logo.svg")
    result = run(repo, "diff", "--base", "HEAD", status=1)
    assert result.output.splitlines() == [
        f"{repo}/agreements/betaalbaarheid/geheim.md: error: een link naar /etc/passwd, buiten "
        "het project: kan niet veilig gelezen worden (in HEAD)",
        f"{repo}/templates/logo.svg: error: een link naar ../../elders/logo.svg, buiten het "
        "project: kan niet veilig gelezen worden (in HEAD)",
        "2 fouten; er is niets geschreven",
    ]


# --- diff --out: staged beside the file, in its own folder ---------------------------------------


@contextmanager
def read_only(folder: Path) -> Iterator[None]:
    """``folder`` refuses new entries, also to root (which ignores modes: then chattr +i)."""
    folder.chmod(0o555)
    immutable = False
    try:
        if os.access(folder, os.W_OK):  # root: the mode does not bind
            done = subprocess.run(["chattr", "+i", str(folder)], capture_output=True, check=False)
            if done.returncode != 0:
                pytest.skip(f"cannot make a folder read-only here: {done.stderr!r}")
            immutable = True
        yield
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        folder.chmod(0o755)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return assen_repository(tmp_path / "repo")


def test_diff_out_writes_into_a_folder_whose_parent_is_read_only(
    repo: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "locked" / "comments"
    folder.mkdir(parents=True)
    with read_only(folder.parent):
        result = run(repo, "diff", "--base", "HEAD", "--out", str(folder / "review.md"), status=0)
    assert result.output.startswith("geschreven: ")
    assert (folder / "review.md").read_text(encoding="utf-8").startswith(COMMENT_MARKER)
    assert [p.name for p in folder.iterdir()] == ["review.md"]  # no staging file left


def test_diff_out_into_a_read_only_folder_is_a_clear_error(repo: Path, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    with read_only(folder):
        result = run(repo, "diff", "--base", "HEAD", "--out", str(folder / "review.md"), status=1)
    target = os.path.relpath(folder / "review.md")
    assert result.output.splitlines()[0].startswith(f"{target}: error: kan niet schrijven: ")
    assert result.output.splitlines()[1] == "er is niets geschreven"
    assert list(folder.iterdir()) == []


def test_an_error_in_the_projects_review_template_is_located(repo: Path) -> None:
    # The review page is a template like every other page: a project's own copy is checked alike.
    project_template(repo, "review.html.j2", 20, "{{ no_such_name }}")
    result = run(repo, "diff", "--base", "HEAD", "--format", "html", status=1)
    where = f"{repo}/templates/review.html.j2:20"
    assert (
        f"{where}: error: onbekende naam in het sjabloon: 'no_such_name' is undefined"
        in result.output
    )
