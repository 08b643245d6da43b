"""Reading a revision's sources through git, with the working tree left as it is."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from gitrepos import assen_repository, commit_all, edit, git
from prestatie_build.core import UsageError
from prestatie_build.sources import load_project, resolve_revision, revision_sources

AFSPRAAK_5 = "agreements/betaalbaarheid/afspraak-5.md"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return assen_repository(tmp_path / "repo")


def test_a_revision_is_read_as_committed_while_the_working_tree_differs(repo: Path) -> None:
    first = git(repo, "rev-parse", "HEAD").strip()
    edit(repo / AFSPRAAK_5, "voldoende aanbod", "ruim voldoende aanbod")
    commit_all(repo, "afspraak 5: ruim")
    edit(repo / AFSPRAAK_5, "ruim voldoende", "zeer ruim voldoende")  # not committed
    status = git(repo, "status", "--porcelain")
    working = (repo / AFSPRAAK_5).read_text()

    for name, expected in (("HEAD", "ruim voldoende"), ("HEAD~1", "er voldoende"), (first, "er v")):
        revision = resolve_revision(repo, name)
        with revision_sources(repo, revision) as sources:
            text = (sources / AFSPRAAK_5).read_text()
            assert expected in text
            assert "zeer ruim" not in text
            assert load_project(sources).document.title.startswith("Meerjarige")
        assert not sources.exists()  # the temporary copy is gone

    assert git(repo, "status", "--porcelain") == status
    assert (repo / AFSPRAAK_5).read_text() == working


def test_a_revision_resolves_to_its_commit(repo: Path) -> None:
    revision = resolve_revision(repo, "main")
    assert revision.commit == git(repo, "rev-parse", "HEAD").strip()
    assert revision.short == revision.commit[:10]
    assert revision.name == "main"


def test_a_project_in_a_sub_folder_of_the_repository(tmp_path: Path) -> None:
    top = tmp_path / "top"
    assen_repository(top / "assen")
    shutil.move(top / "assen" / ".git", top / ".git")
    git(top, "add", "-A")
    commit_all(top, "move the project into a sub-folder")
    project = top / "assen"
    with revision_sources(project, resolve_revision(project, "HEAD")) as sources:
        assert (sources / "agreements" / "document.yaml").is_file()
        assert (sources / "amendments" / "2024" / "jaarplan.yaml").is_file()


@pytest.mark.parametrize("folder", ["met spatie", "coöperatie", "[1] *?", ":(top)x"])
def test_a_sub_folder_whose_name_git_would_quote_or_match(tmp_path: Path, folder: str) -> None:
    top = tmp_path / "top"
    assen_repository(top / folder)
    shutil.move(top / folder / ".git", top / ".git")
    git(top, "add", "-A")
    commit_all(top, "move the project into a sub-folder with an awkward name")
    project = top / folder
    with revision_sources(project, resolve_revision(project, "HEAD")) as sources:
        assert sorted(p.name for p in sources.iterdir()) == [
            "agreements",
            "amendments",
            "templates",
        ]
        assert len(load_project(sources).jaarplannen[0].changes) == 20


def test_a_revision_without_templates_or_amendments(repo: Path) -> None:
    git(repo, "rm", "-r", "-q", "amendments", "templates")
    commit_all(repo, "only the base document")
    with revision_sources(repo, resolve_revision(repo, "HEAD")) as sources:
        assert sorted(p.name for p in sources.iterdir()) == ["agreements"]
        assert load_project(sources).jaarplannen == ()


def test_an_unknown_revision_is_a_usage_error(repo: Path) -> None:
    with pytest.raises(UsageError, match="unknown revision 'no-such-branch'"):
        resolve_revision(repo, "no-such-branch")
    with pytest.raises(UsageError, match="unknown revision '--output=x'"):
        resolve_revision(repo, "--output=x")


def test_outside_a_repository_is_a_usage_error(tmp_path: Path) -> None:
    with pytest.raises(UsageError, match="is not inside a git repository"):
        resolve_revision(tmp_path, "HEAD")
