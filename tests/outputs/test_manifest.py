"""Incremental builds: an output is rebuilt when anything it is made from changed, and only then.

First the manifest's parts (the key of the inputs, the manifest file), then the build through the
CLI on a copy of Assen (HTML and report only, except where the PDF is the point).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from prestatie_build import sources
from prestatie_build.cli import cli
from prestatie_build.commands import build_options
from prestatie_build.outputs import (
    MANIFEST_VERSION,
    Manifest,
    NotCacheable,
    OutputRecord,
    input_digest,
    manifest_path,
    output_keys,
    read_manifest,
    record,
    select,
)

FAST = ("--format", "html,report")
AGREEMENT_5 = Path("agreements") / "betaalbaarheid" / "afspraak-5.md"


def build(root: Path, *args: str) -> Result:
    result = CliRunner().invoke(
        cli, ["--root", str(root), "build", "--year", "2024", *args], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    return result


def written(result: Result) -> list[str]:
    return [
        line.rsplit("/", 1)[-1]
        for line in result.output.splitlines()
        if line.startswith("geschreven:")
    ]


def up_to_date(result: Result) -> list[str]:
    return [
        line.rsplit("/", 1)[-1]
        for line in result.output.splitlines()
        if line.startswith("al bijgewerkt:")
    ]


def stamps(folder: Path) -> dict[str, tuple[int, int]]:
    """Each file's inode and modification time: a file written anew changes both."""
    return {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in sorted(folder.iterdir())}


# --- the key of the inputs -----------------------------------------------------------------------


def test_the_input_key_follows_content_not_time(assen: Path) -> None:
    key = input_digest(assen, 2024)
    agreement = assen / AGREEMENT_5
    os.utime(agreement, (1, 1))
    assert input_digest(assen, 2024) == key
    agreement.write_text(agreement.read_text("utf-8") + "\nMeer.\n", encoding="utf-8")
    assert input_digest(assen, 2024) != key


@pytest.mark.parametrize(
    "change",
    [
        lambda root: (root / "agreements" / "wonen-en-zorg" / "afspraak-31.md").write_text("x"),
        lambda root: (root / AGREEMENT_5).rename(root / AGREEMENT_5.with_name("afspraak-6.md")),
        lambda root: (root / "agreements" / "leeg").mkdir(),
        lambda root: (root / "amendments" / "2024" / "extra.yaml").write_text("changes: []\n"),
        lambda root: (root / "amendments" / "oud").mkdir(),
        lambda root: (root / "templates" / "style.css").write_text("body { color: red }\n"),
        lambda root: (root / "amendments" / "2023").mkdir(),
    ],
    ids=["new-file", "renamed", "new-folder", "extra-changes", "odd-folder", "template", "2023"],
)
def test_the_input_key_sees_everything_a_build_may_read(assen: Path, change: object) -> None:
    (assen / "templates").mkdir(exist_ok=True)
    key = input_digest(assen, 2024)
    change(assen)  # type: ignore[operator]
    assert input_digest(assen, 2024) != key


def test_later_years_are_not_inputs(assen: Path) -> None:
    key_2024, key_2025 = input_digest(assen, 2024), input_digest(assen, 2025)
    later = assen / "amendments" / "2025" / "jaarplan.yaml"
    later.parent.mkdir()
    later.write_text("year: 2025\n", encoding="utf-8")
    assert input_digest(assen, 2024) == key_2024
    assert input_digest(assen, 2025) != key_2025


@pytest.mark.parametrize("kind", ["fifo", "folder-link"])
def test_a_tree_the_key_cannot_vouch_for_has_no_key(assen: Path, kind: str) -> None:
    if kind == "fifo":
        os.mkfifo(assen / "agreements" / "betaalbaarheid" / "pijp.md")
    else:
        (assen / "agreements" / "gedeeld").symlink_to(assen / "amendments")
    with pytest.raises(NotCacheable):
        input_digest(assen, 2024)
    assert output_keys(assen, 2024, None, select({"html"}), {}) == {"html": None}


def test_each_output_and_each_option_has_its_own_key(
    assen: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    outputs = select({"html", "pdf", "report"})
    keys = output_keys(assen, 2024, None, outputs, build_options())
    assert len(set(keys.values())) == 3
    assert output_keys(assen, 2024, None, outputs, build_options()) == keys
    assert output_keys(assen, 2024, 2022, outputs, build_options())["report"] != keys["report"]
    assert output_keys(assen, 2025, None, outputs, build_options())["html"] != keys["html"]
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    assert output_keys(assen, 2024, None, outputs, build_options())["pdf"] != keys["pdf"]


# --- the manifest file ---------------------------------------------------------------------------


def test_the_manifest_lies_beside_its_folder() -> None:
    assert manifest_path(Path("build/2024")) == Path("build/2024.manifest.json")


def test_a_manifest_round_trips(tmp_path: Path) -> None:
    folder = tmp_path / "2024"
    folder.mkdir()
    (folder / "a.html").write_bytes(b"<p>a</p>")
    entry = record("k1", {"a.html": b"<p>a</p>"}, concept=True)
    assert entry is not None
    manifest_path(folder).write_bytes(Manifest({"html": entry}).to_bytes())
    manifest = read_manifest(folder)
    assert manifest.outputs == {"html": entry}
    assert manifest.is_current("html", "k1", folder)
    assert not manifest.is_current("html", "k2", folder)
    assert not manifest.is_current("html", None, folder)
    assert not manifest.is_current("pdf", "k1", folder)
    assert manifest.concept(frozenset({"html"}))
    (folder / "a.html").write_bytes(b"<p>b</p>")  # edited by hand
    assert not manifest.is_current("html", "k1", folder)
    (folder / "a.html").unlink()
    assert not manifest.is_current("html", "k1", folder)


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"{not json",
        b"[]",
        json.dumps({"version": MANIFEST_VERSION + 1, "outputs": {}}).encode(),
        json.dumps({"version": MANIFEST_VERSION, "outputs": {"html": {"key": 1}}}).encode(),
        json.dumps({"version": MANIFEST_VERSION, "outputs": {"html": []}}).encode(),
        b"\xff\xfe",
    ],
)
def test_a_broken_manifest_means_rebuild(tmp_path: Path, content: bytes) -> None:
    manifest_path(tmp_path / "2024").write_bytes(content)
    assert read_manifest(tmp_path / "2024") == Manifest()


def test_updating_forgets_an_output_without_a_key() -> None:
    old = Manifest({"html": OutputRecord("k", (("a.html", "0"),))})
    assert old.updated({"html": None}).outputs == {}
    assert old.updated({"pdf": OutputRecord("p", ())}).outputs.keys() == {"html", "pdf"}


# --- incremental builds through the CLI ----------------------------------------------------------


def test_a_second_build_writes_nothing_and_says_so(assen: Path) -> None:
    first = build(assen, *FAST)
    folder = assen / "build" / "2024"
    before = stamps(folder)
    second = build(assen, *FAST)
    assert written(second) == []
    assert up_to_date(second) == written(first)
    assert stamps(folder) == before


def test_force_rebuilds_everything(assen: Path) -> None:
    first = build(assen, *FAST)
    forced = build(assen, *FAST, "--force")
    assert written(forced) == written(first)
    assert up_to_date(forced) == []


def test_a_changed_source_rebuilds(assen: Path) -> None:
    first = build(assen, *FAST)
    agreement = assen / AGREEMENT_5
    agreement.write_text(agreement.read_text("utf-8") + "\nEen nieuwe zin.\n", encoding="utf-8")
    second = build(assen, *FAST)
    assert written(second) == written(first)
    html = (assen / "build" / "2024" / "prestatieafspraken-2024.html").read_text("utf-8")
    assert "Een nieuwe zin." in html


def test_a_changed_template_rebuilds(assen: Path) -> None:
    build(assen, *FAST)
    (assen / "templates").mkdir(exist_ok=True)
    (assen / "templates" / "style.css").write_text("body { color: #123456 }\n", encoding="utf-8")
    second = build(assen, *FAST)
    assert "prestatieafspraken-2024.html" in written(second)
    html = (assen / "build" / "2024" / "prestatieafspraken-2024.html").read_text("utf-8")
    assert "#123456" in html


def test_a_deleted_or_edited_output_is_rebuilt_alone(assen: Path) -> None:
    build(assen, *FAST)
    folder = assen / "build" / "2024"
    (folder / "wijzigingen-2024.md").unlink()
    original = (folder / "prestatieafspraken-2024.html").read_bytes()
    (folder / "prestatieafspraken-2024.html").write_bytes(b"bewerkt")
    second = build(assen, *FAST)
    assert sorted(written(second)) == [
        "prestatieafspraken-2024.html",
        "wijzigingen-2024.html",
        "wijzigingen-2024.json",
        "wijzigingen-2024.md",
    ]
    assert (folder / "prestatieafspraken-2024.html").read_bytes() == original


def test_only_the_requested_outputs_are_considered(assen: Path) -> None:
    build(assen, *FAST)
    html_only = build(assen, "--format", "html")
    assert up_to_date(html_only) == ["prestatieafspraken-2024.html"]
    assert written(html_only) == []
    since = build(assen, "--format", "html,report", "--since", "2023")
    assert "wijzigingen-2024.json" in written(since)  # 2023 had no changes: same report years


def test_a_later_years_jaarplan_leaves_this_year_up_to_date(assen: Path) -> None:
    build(assen, *FAST)
    later = assen / "amendments" / "2025" / "jaarplan.yaml"
    later.parent.mkdir()
    later.write_text("year: 2025\ntitle: Jaarplan 2025\nstatus: draft\n", encoding="utf-8")
    assert written(build(assen, *FAST)) == []


def test_an_up_to_date_concept_still_says_concept(assen: Path) -> None:
    jaarplan = assen / "amendments" / "2024" / "jaarplan.yaml"
    text = jaarplan.read_text("utf-8").replace("status: adopted", "status: draft")
    jaarplan.write_text(text, encoding="utf-8")
    assert "CONCEPT" in build(assen, *FAST).output
    second = build(assen, *FAST)
    assert written(second) == [] and "CONCEPT" in second.output


def test_a_source_edited_during_a_build_and_edited_back_is_rebuilt(
    assen: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The key is checked against what the loader read, not only against the disk before."""
    agreement = assen / AGREEMENT_5
    original = agreement.read_bytes()
    real_load = sources.load_project

    def load_while_edited(root: Path, **options: int | None) -> object:
        # Someone saves the file just as the build reads it, then undoes the edit.
        agreement.write_bytes(original + b"\nEen tijdelijke zin.\n")
        try:
            return real_load(root, **options)
        finally:
            agreement.write_bytes(original)

    monkeypatch.setattr("prestatie_build.sources.load.load_project", load_while_edited)
    build(assen, *FAST)
    monkeypatch.undo()
    page = assen / "build" / "2024" / "prestatieafspraken-2024.html"
    assert "Een tijdelijke zin." in page.read_text("utf-8")  # built from what was read
    second = build(assen, *FAST)
    assert "prestatieafspraken-2024.html" in written(second)
    assert "Een tijdelijke zin." not in page.read_text("utf-8")
    assert written(build(assen, *FAST)) == []  # and now it is vouched for


def test_the_key_is_of_the_sources_as_read(assen: Path) -> None:
    read = {AGREEMENT_5.as_posix(): (assen / AGREEMENT_5).read_bytes()}
    assert input_digest(assen, 2024, read) == input_digest(assen, 2024)
    edited = {AGREEMENT_5.as_posix(): read[AGREEMENT_5.as_posix()] + b"\nMeer.\n"}
    assert input_digest(assen, 2024, edited) != input_digest(assen, 2024)
    with pytest.raises(NotCacheable):  # read, but no longer in the tree
        input_digest(assen, 2024, {"agreements/betaalbaarheid/weg.md": b"x"})


def test_the_sources_a_pdf_carries_are_the_bytes_that_were_read(assen: Path) -> None:
    project = sources.load_project(assen, up_to_year=2024)
    original = (assen / AGREEMENT_5).read_bytes()
    (assen / AGREEMENT_5).write_bytes(original + b"\nNa het laden.\n")
    assert sources.read_sources(project)[AGREEMENT_5.as_posix()] == original
    assert sorted(sources.read_sources(project)) == sorted(project.source_files)


def test_a_failed_build_keeps_the_manifest(assen: Path) -> None:
    build(assen, *FAST)
    manifest = (assen / "build" / "2024.manifest.json").read_bytes()
    jaarplan = assen / "amendments" / "2024" / "jaarplan.yaml"
    jaarplan.write_text(jaarplan.read_text("utf-8").replace("target: 33", "target: 34"), "utf-8")
    result = CliRunner().invoke(cli, ["--root", str(assen), "build", "--year", "2024", *FAST])
    assert result.exit_code == 1
    assert (assen / "build" / "2024.manifest.json").read_bytes() == manifest


def test_a_tree_without_a_key_is_always_built(assen: Path) -> None:
    (assen / "agreements" / "gedeeld").symlink_to(assen / "amendments")
    (assen / "agreements" / "document.yaml").write_text(
        (assen / "agreements" / "document.yaml").read_text("utf-8"), encoding="utf-8"
    )
    result = CliRunner().invoke(cli, ["--root", str(assen), "build", "--year", "2024", *FAST])
    # The linked folder is no chapter: the build fails, and a fixed one is built every time.
    assert result.exit_code == 1
    (assen / "agreements" / "gedeeld").unlink()
    (assen / "templates").mkdir(exist_ok=True)
    (assen / "templates" / "gedeeld").symlink_to(assen / "agreements")
    first, second = build(assen, *FAST), build(assen, *FAST)
    assert written(second) == written(first) and up_to_date(second) == []


NO_OP = """
import sys
from prestatie_build.cli import cli
try:
    cli(["--root", sys.argv[1], "build", "--year", "2024"])
except SystemExit as exit:
    assert not exit.code, exit.code
heavy = (
    "weasyprint", "jsonschema", "jinja2", "markdown_it", "yaml", "prestatie_build.sources.load"
)
print(sorted(name for name in heavy if name in sys.modules))
"""


@pytest.mark.pdf
def test_a_no_op_build_loads_parses_and_renders_nothing(assen: Path) -> None:
    build(assen)  # every output, the PDF too
    done = subprocess.run(
        [sys.executable, "-c", NO_OP, str(assen)], capture_output=True, text=True, check=True
    )
    assert done.stdout.count("al bijgewerkt:") == len(list((assen / "build" / "2024").iterdir()))
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_an_editor_dropping_neither_changes_nor_removes_the_key(assen: Path) -> None:
    """Issue 10 item 15: an unsaved buffer's lock (a link to nowhere) is no source."""
    key = input_digest(assen, 2024)
    chapter = assen / "agreements" / "betaalbaarheid"
    (chapter / ".#afspraak-5.md").symlink_to("reviewer@laptop.4242:1700000000")
    (chapter / "afspraak-5.md~").write_text("oud\n", encoding="utf-8")
    assert input_digest(assen, 2024) == key
