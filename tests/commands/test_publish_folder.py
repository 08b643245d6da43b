"""`prestatie publish` into a folder it shares: only the files publish wrote are ever touched.

The site's manifest (``.prestatie-site.json``) lists every file publish wrote; the next publish
replaces those, removes the ones it no longer writes and leaves everything else (a ``CNAME``,
``uploads/``). A symlinked ``--out`` is followed into the served folder. The files move into
place one atomic rename at a time, so a publish killed at any rename (SIGKILL, in a subprocess)
leaves a site whose every file is whole, old or new, and whose index links only to files that
are there; the next publish finishes the job.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner, Result

from prestatie_build.cli import cli
from prestatie_build.commands import PublishRequest, publish_site
from prestatie_build.core import UsageError
from prestatie_build.outputs import CHECKSUMS, select
from projects import add_jaarplan, small_project

MANIFEST = ".prestatie-site.json"
HTML_ONLY = ("html",)
"""The outputs the fast tests publish: the site's mechanics do not need the PDFs."""


def publish(root: Path, out: Path, *args: str) -> Result:
    return CliRunner().invoke(
        cli, ["--root", str(root), "publish", "--out", str(out), "--jobs", "1", *args]
    )


def publish_html(root: Path, out: Path, include_drafts: bool = False) -> None:
    request = PublishRequest(root, out, include_drafts, jobs=1, outputs=select(set(HTML_ONLY)))
    publish_site(request)


def files_of(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def manifest_of(site: Path) -> list[str]:
    files: list[str] = json.loads((site / MANIFEST).read_text("utf-8"))["files"]
    return files


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A small project with an adopted Jaarplan 2023 and a draft one of 2025."""
    root = small_project(tmp_path / "teststad")
    add_jaarplan(root, 2025)
    return root


# --- files that are not the site's (issue 10, item 7) --------------------------------------------


def test_files_that_are_not_the_sites_stay_and_stale_ones_go(project: Path, tmp_path: Path) -> None:
    www = tmp_path / "www"
    publish_html(project, www, include_drafts=True)
    assert (www / "2025" / "index.html").is_file()
    (www / "CNAME").write_text("afspraken.example.nl\n", encoding="utf-8")
    (www / "uploads").mkdir()
    (www / "uploads" / "verslag.pdf").write_bytes(b"%PDF-1.7 van iemand anders")
    (www / "2023" / "notities.txt").write_text("van de webbeheerder", encoding="utf-8")
    publish_html(project, www)  # without the draft: 2025 is no longer published
    assert (www / "CNAME").read_text("utf-8") == "afspraken.example.nl\n"
    assert (www / "uploads" / "verslag.pdf").read_bytes() == b"%PDF-1.7 van iemand anders"
    assert (www / "2023" / "notities.txt").read_text("utf-8") == "van de webbeheerder"
    assert not (www / "2025").exists()  # every file of it was ours: the folder goes too
    ours = set(files_of(www)) - {"CNAME", "uploads/verslag.pdf", "2023/notities.txt", MANIFEST}
    assert set(manifest_of(www)) == ours
    assert "2025/index.html" not in ours


def test_a_site_published_before_the_manifest_keeps_what_is_not_its(
    project: Path, tmp_path: Path
) -> None:
    """Such a site is recognised by its versions.json and SHA256SUMS (every file it wrote)."""
    www = tmp_path / "www"
    publish_html(project, www, include_drafts=True)
    (www / MANIFEST).unlink()  # as the sites of earlier versions of prestatie are
    (www / "CNAME").write_text("afspraken.example.nl\n", encoding="utf-8")
    publish_html(project, www)
    assert (www / "CNAME").read_text("utf-8") == "afspraken.example.nl\n"
    assert not (www / "2025").exists()
    assert set(manifest_of(www)) == set(files_of(www)) - {"CNAME", MANIFEST}


@pytest.mark.parametrize(
    "versions",
    [b'{"generator": "jekyll"}\n', b"[]", b"{not json"],
    ids=["someone-elses", "a-list", "broken"],
)
def test_a_folder_with_a_versions_json_that_is_not_ours_is_refused(
    project: Path, tmp_path: Path, versions: bytes
) -> None:
    www = tmp_path / "www"
    www.mkdir()
    (www / "versions.json").write_bytes(versions)
    (www / "CNAME").write_text("afspraken.example.nl\n", encoding="utf-8")
    (www / CHECKSUMS).write_text(f"{'0' * 64}  versions.json\n{'0' * 64}  CNAME\n")
    before = files_of(www)
    result = publish(project, www)
    assert result.exit_code == 2, result.output
    assert "er wordt niets geschreven in een map die geen gepubliceerde website is" in result.output
    assert files_of(www) == before


@pytest.mark.parametrize(
    "manifest",
    [b'{"files": ["../buiten.txt"]}', b'{"files": ["/etc/passwd"]}', b'{"files": "CNAME"}', b"{"],
    ids=["parent", "absolute", "not-a-list", "broken"],
)
def test_a_manifest_that_could_lead_outside_the_site_is_refused(
    project: Path, tmp_path: Path, manifest: bytes
) -> None:
    www = tmp_path / "www"
    publish_html(project, www)
    (www / MANIFEST).write_bytes(manifest)
    before = files_of(www)
    result = publish(project, www)
    assert result.exit_code == 2, result.output
    assert f"{MANIFEST} is geen lijst van de bestanden van de website" in result.output
    assert files_of(www) == before


@pytest.mark.parametrize("kind", ["file", "link"])
def test_something_not_ours_where_the_site_needs_a_file_is_never_replaced(
    project: Path, tmp_path: Path, kind: str
) -> None:
    www = tmp_path / "www"
    publish_html(project, www)  # no 2025 yet
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    if kind == "file":
        (www / "2025").mkdir()
        (www / "2025" / "index.html").write_text("de eigen pagina van iemand", encoding="utf-8")
    else:
        (www / "2025").symlink_to(elsewhere)  # writing through it would write elsewhere
    before = files_of(www)
    with pytest.raises(UsageError, match="not written by an earlier publish: 2025/") as refused:
        publish_html(project, www, include_drafts=True)
    assert "nothing was written" in str(refused.value)
    assert files_of(www) == before
    assert list(elsewhere.iterdir()) == []


# --- a symlinked --out (item 8) ------------------------------------------------------------------


def test_a_symlinked_out_is_followed_into_the_served_folder(project: Path, tmp_path: Path) -> None:
    served = tmp_path / "srv" / "www"
    served.mkdir(parents=True)
    link = tmp_path / "deploy" / "site"
    link.parent.mkdir()
    link.symlink_to(served)
    publish_html(project, link, include_drafts=True)
    (served / "CNAME").write_text("afspraken.example.nl\n", encoding="utf-8")
    publish_html(project, link)
    assert link.is_symlink() and link.resolve() == served.resolve()
    assert sorted(p.name for p in link.parent.iterdir()) == ["site"]  # nothing left beside it
    assert (served / "CNAME").read_text("utf-8") == "afspraken.example.nl\n"
    assert (served / "index.html").is_file()
    assert not (served / "2025").exists()


def test_a_symlinked_out_that_leads_nowhere_is_refused(project: Path, tmp_path: Path) -> None:
    link = tmp_path / "site"
    link.symlink_to(tmp_path / "unmounted" / "www")
    result = publish(project, link)
    assert result.exit_code == 2, result.output
    assert "is een snelkoppeling naar een map die niet bestaat" in result.output
    assert not (tmp_path / "unmounted").exists()


# --- a publish killed half-way (item 9) ----------------------------------------------------------

KILLED_AT_RENAME = """
    import os, signal, sys
    from pathlib import Path
    from prestatie_build.commands import PublishRequest, publish_site
    from prestatie_build.outputs import select

    # Every way a file or folder can be renamed; the process dies at rename number argv[3].
    renames, kill_at = [], int(sys.argv[3])
    def dying(real):
        def rename(*args, **kwargs):
            renames.append(args)
            if len(renames) == kill_at:
                os.kill(os.getpid(), signal.SIGKILL)
            return real(*args, **kwargs)
        return rename
    Path.rename, Path.replace = dying(Path.rename), dying(Path.replace)
    os.rename, os.replace = dying(os.rename), dying(os.replace)
    request = PublishRequest(
        Path(sys.argv[1]), Path(sys.argv[2]), False, jobs=1, outputs=select({"html"})
    )
    publish_site(request)
"""


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        href = dict(attrs).get("href")
        if tag == "a" and href and "://" not in href:
            self.hrefs.append(href.split("#")[0])


def links_of(page: Path) -> list[str]:
    parser = _Links()
    parser.feed(page.read_text("utf-8"))
    return [href for href in parser.hrefs if href]


def assert_whole(site: Path, old: dict[str, bytes], new: dict[str, bytes]) -> None:
    """The site is there, every file whole (old or new), its index linking only to files there."""
    assert (site / "index.html").is_file()
    for path, content in files_of(site).items():
        if not path.startswith(".") and path != "CNAME":
            assert content in (old.get(path), new.get(path)), path
    for href in links_of(site / "index.html"):
        assert (site / href).is_file(), href
    assert (site / "CNAME").read_text("utf-8") == "afspraken.example.nl\n"


@pytest.fixture
def changed(project: Path, tmp_path: Path) -> tuple[Path, dict[str, bytes], dict[str, bytes]]:
    """The site with the 2025 draft and a CNAME, sources edited since, and the files of both."""
    www = tmp_path / "www"
    publish_html(project, www, include_drafts=True)
    (www / "CNAME").write_text("afspraken.example.nl\n", encoding="utf-8")
    old = files_of(www)
    agreement = project / "agreements" / "wonen" / "afspraak-5.md"
    agreement.write_text(agreement.read_text("utf-8") + "\nEen nieuwe zin.\n", encoding="utf-8")
    expected = tmp_path / "expected"
    publish_html(project, expected)  # without 2025: its files are removed
    return www, old, files_of(expected)


@pytest.mark.slow  # seconds of work: a huge project, real kills, glyph by glyph
def test_after_every_rename_of_a_publish_the_site_is_whole(
    project: Path,
    changed: tuple[Path, dict[str, bytes], dict[str, bytes]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A kill can only land between two renames: check the site after each one."""
    www, old, new = changed
    renames: list[object] = []

    def checked(real: Any) -> Any:
        def rename(*args: Any, **kwargs: Any) -> Any:
            result = real(*args, **kwargs)
            renames.append(args)
            assert_whole(www, old, new)
            return result

        return rename

    for owner, name in [(Path, "rename"), (Path, "replace"), (os, "rename"), (os, "replace")]:
        monkeypatch.setattr(owner, name, checked(getattr(owner, name)))
    publish_html(project, www)
    monkeypatch.undo()
    assert len(renames) >= 10  # each file of the site was checked in place
    assert {path: content for path, content in files_of(www).items() if path != "CNAME"} == new


@pytest.mark.slow  # seconds of work: a huge project, real kills, glyph by glyph
@pytest.mark.parametrize("kill_at", [1, 6, 11])
def test_a_publish_killed_at_a_rename_is_finished_by_the_next(
    project: Path, changed: tuple[Path, dict[str, bytes], dict[str, bytes]], kill_at: int
) -> None:
    """The renames: the manifest (old and new files), 9 files, the manifest (new files only)."""
    www, old, new = changed
    killed = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(KILLED_AT_RENAME), project, www, str(kill_at)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert_whole(www, old, new)
    # The next publish finishes the job and sweeps what the killed one left.
    publish_html(project, www)
    after = files_of(www)
    assert after.pop("CNAME") == b"afspraken.example.nl\n"
    assert json.loads(after.pop(MANIFEST))["files"] == sorted(set(new) - {MANIFEST})
    assert after == {path: content for path, content in new.items() if path != MANIFEST}
    assert sorted(p.name for p in www.iterdir() if p.name.startswith(".")) == [MANIFEST]


@pytest.mark.slow  # seconds of work: a huge project, real kills, glyph by glyph
def test_a_first_publish_killed_before_its_moves_is_no_obstacle(
    project: Path, tmp_path: Path
) -> None:
    www = tmp_path / "www"
    killed = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(KILLED_AT_RENAME), project, www, "1"],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert [p.name for p in www.iterdir() if not p.name.startswith(".prestatie-staging-")] == []
    publish_html(project, www)  # the folder holds only what the killed publish staged
    assert sorted(p.name for p in www.iterdir() if p.name.startswith(".")) == [MANIFEST]
    assert (www / "index.html").is_file()


def test_a_running_publishs_staging_folder_stays(tmp_path: Path) -> None:
    """The sweep removes only what dead processes left: a concurrent publish keeps its own."""
    from prestatie_build.fs import SITE_STAGING_PREFIX, sweep_stale

    mine = tmp_path / f"{SITE_STAGING_PREFIX}{os.getpid()}-abc"
    mine.mkdir()
    finished = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    dead = tmp_path / f"{SITE_STAGING_PREFIX}{finished.stdout.strip()}-abc"
    dead.mkdir()
    (dead / "0").write_bytes(b"staged")
    dead_file = tmp_path / f"{SITE_STAGING_PREFIX}{finished.stdout.strip()}-manifest"
    dead_file.write_bytes(b"{}")
    sweep_stale(tmp_path, SITE_STAGING_PREFIX)
    assert sorted(p.name for p in tmp_path.iterdir()) == [mine.name]
