"""``prestatie check``: every year applied, every problem with a stable code, three formats."""

from __future__ import annotations

import datetime
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from gitrepos import assen_repository, commit_all, edit, line_of
from prestatie_build.cli import cli
from prestatie_build.commands import check_project
from prestatie_build.core import CODES, CheckResult, Diagnostic, SourceLocation, adoption_deadline
from prestatie_build.render import render_check_github

TODAY = datetime.date(2024, 6, 1)
JAARPLAN_2024 = "amendments/2024/jaarplan.yaml"


def check(root: Path, *arguments: str) -> Result:
    runner = CliRunner()
    return runner.invoke(cli, ["--root", str(root), "check", "--today", "2024-06-01", *arguments])


def write(root: Path, relative: str, text: str) -> Path:
    path = root / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def jaarplan(year: int, changes: str, status: str = "adopted") -> str:
    adopted = f"adopted: {{date: {year - 1}-12-01, place: Assen}}\n" if status == "adopted" else ""
    return f"year: {year}\ntitle: Jaarplan {year}\nstatus: {status}\n{adopted}changes:\n{changes}"


# --- the Assen sources ----------------------------------------------------------------------


def test_the_assen_sources_are_clean(assen: Path) -> None:
    result = check_project(assen, today=TODAY)
    assert result.diagnostics == ()
    assert result.years == (2022, 2023, 2024, 2025)
    outcome = check(assen, "--strict")
    assert outcome.exit_code == 0, outcome.stderr
    assert (
        outcome.stdout
        == "0 fouten, 0 waarschuwingen in 12 bestanden; jaren 2022-2025 gecontroleerd\n"
    )
    assert outcome.stderr == ""


# --- a broken target, committed in a real repository, in every format ------------------------


@pytest.fixture
def broken_target(tmp_path: Path) -> tuple[Path, int]:
    """A repository whose second commit points a change of 2024 at agreement 77."""
    repo = assen_repository(tmp_path / "repo")
    path = repo / JAARPLAN_2024
    edit(path, "    target: 7\n", "    target: 77\n")
    commit_all(repo, "Jaarplan 2024: a typo in a target")
    return repo, line_of(path, "target: 77")


def test_a_broken_target_fails_with_file_line_and_code_as_text(
    broken_target: tuple[Path, int],
) -> None:
    repo, line = broken_target
    outcome = check(repo)
    assert outcome.exit_code == 1
    assert outcome.stderr.splitlines()[0] == (
        f"{repo}/{JAARPLAN_2024}:{line}:5: error: afspraak '77' bestaat niet [P201 unknown-target]"
    )
    assert outcome.stderr.splitlines()[1] == "  hint: bedoelt u '7', '17' of '27'?"
    assert outcome.stdout.startswith("1 fout, 0 waarschuwingen")


def test_a_broken_target_fails_as_a_github_annotation(broken_target: tuple[Path, int]) -> None:
    repo, line = broken_target
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(repo)  # a workflow runs the command from the repository root
        outcome = CliRunner().invoke(cli, ["check", "--format", "github"])
    assert outcome.exit_code == 1
    assert outcome.stdout == (
        f"::error file={JAARPLAN_2024},line={line},col=5,title=P201 unknown-target"
        "::afspraak '77' bestaat niet%0Ahint: bedoelt u '7', '17' of '27'?\n"
    )


def test_a_broken_target_fails_as_json(broken_target: tuple[Path, int]) -> None:
    repo, line = broken_target
    outcome = check(repo, "--format", "json")
    assert outcome.exit_code == 1
    report = json.loads(outcome.stdout)
    assert (report["ok"], report["errors"], report["warnings"]) == (False, 1, 0)
    assert report["diagnostics"] == [
        {
            "path": f"{repo}/{JAARPLAN_2024}",
            "line": line,
            "col": 5,
            "severity": "error",
            "code": "P201",
            "name": "unknown-target",
            "message": "afspraak '77' bestaat niet",
            "hint": "bedoelt u '7', '17' of '27'?",
        }
    ]


def test_every_year_is_checked_and_every_failure_reported(assen: Path) -> None:
    edit(assen / JAARPLAN_2024, "    target: 7\n", "    target: 77\n")
    write(
        assen,
        "amendments/2025/jaarplan.yaml",
        jaarplan(
            2025,
            "  - op: replace\n    target: 5\n    old: niet bestaande woorden\n"
            "    new: iets anders\n",
        ),
    )
    codes = [d.code for d in check_project(assen, today=TODAY).errors]
    assert codes == ["P201", "P202"]


def test_a_source_that_cannot_be_loaded_is_reported_without_years(assen: Path) -> None:
    write(assen, "amendments/2025/jaarplan.yaml", "year: 2025\ntitle: [unclosed\n")
    result = check_project(assen, today=TODAY)
    assert [d.code for d in result.errors] == ["P101"]
    assert result.years == ()
    outcome = check(assen)
    assert outcome.exit_code == 1
    assert "konden niet worden gelezen, dus is geen enkel jaar gecontroleerd" in outcome.stdout


def test_every_code_in_the_output_is_a_known_one(broken_target: tuple[Path, int]) -> None:
    repo, _ = broken_target
    report = json.loads(check(repo, "--format", "json").stdout)
    assert all(d["code"] in CODES for d in report["diagnostics"])


# --- warnings --------------------------------------------------------------------------------


def warnings_of(root: Path, today: datetime.date = TODAY) -> list[tuple[str, str, int]]:
    result = check_project(root, today=today)
    assert result.errors == ()
    return [(d.code, d.location.path, d.location.line) for d in result.warnings]


def test_w301_two_files_of_one_year_change_the_same_target(assen: Path) -> None:
    extra = write(
        assen,
        "amendments/2024/woonlasten.yaml",
        "changes:\n  - op: append\n    target: 5\n    text: Nog een alinea.\n",
    )
    assert warnings_of(assen) == [("W301", "amendments/2024/woonlasten.yaml", 2)]
    diagnostic = check_project(assen, today=TODAY).warnings[0]
    assert "also changed in amendments/2024/jaarplan.yaml" in str(diagnostic.message)
    assert f"see {JAARPLAN_2024}:56:5, {JAARPLAN_2024}:60:5" in str(diagnostic.hint)
    assert "file-name order" in str(diagnostic.hint)
    assert extra.exists()
    assert check(assen).exit_code == 0
    assert check(assen, "--strict").exit_code == 1


def test_w302_an_added_agreement_numbered_outside_its_chapter(assen: Path) -> None:
    # Betaalbaarheid holds 2, 5, 7 and 12; Beschikbaarheid starts at 13.
    write(
        assen,
        "amendments/2025/jaarplan.yaml",
        jaarplan(
            2025,
            "  - op: add\n    chapter: betaalbaarheid\n    number: 45\n    text: Te hoog.\n"
            "  - op: add\n    chapter: betaalbaarheid\n    number: 8\n    text: Past.\n"
            "  - op: add\n    chapter: leefbaarheid\n    number: 34\n    text: Past.\n",
        ),
    )
    assert warnings_of(assen) == [("W302", "amendments/2025/jaarplan.yaml", 8)]
    diagnostic = check_project(assen, today=TODAY).warnings[0]
    assert str(diagnostic.message) == (
        "agreement 45 is added to chapter 'betaalbaarheid', "
        "but agreement 13 is in chapter 'beschikbaarheid'"
    )
    assert str(diagnostic.hint).startswith("numbers below 13 fit chapter 'betaalbaarheid'")


def test_w303_a_file_name_that_disagrees_with_its_number(assen: Path) -> None:
    folder = assen / "agreements" / "betaalbaarheid"
    (folder / "afspraak-7.md").rename(folder / "afspraak-8.md")
    assert warnings_of(assen) == [("W303", "agreements/betaalbaarheid/afspraak-8.md", 1)]
    hint = check_project(assen, today=TODAY).warnings[0].hint
    assert str(hint) == "rename it to afspraak-7.md, or correct the number"


def test_w303_a_section_file_is_named_after_its_id(assen: Path) -> None:
    folder = assen / "agreements" / "samenwerking"
    (folder / "tijdlijn.md").rename(folder / "cyclus.md")
    assert warnings_of(assen) == [("W303", "agreements/samenwerking/cyclus.md", 1)]


def test_w304_a_draft_past_its_adoption_deadline(assen: Path) -> None:
    write(assen, "amendments/2025/jaarplan.yaml", jaarplan(2025, "  []\n", status="draft"))
    assert adoption_deadline(2025) == datetime.date(2024, 12, 15)
    assert warnings_of(assen, datetime.date(2024, 12, 15)) == []
    assert warnings_of(assen, datetime.date(2024, 12, 16)) == [
        ("W304", "amendments/2025/jaarplan.yaml", 3)
    ]
    assert check(assen, "--today", "2024-12-16", "--strict").exit_code == 1
    assert check(assen, "--today", "2024-12-01", "--strict").exit_code == 0


def test_warnings_are_shown_with_their_code_and_do_not_fail_without_strict(assen: Path) -> None:
    folder = assen / "agreements" / "betaalbaarheid"
    (folder / "afspraak-7.md").rename(folder / "zeven.md")
    outcome = check(assen)
    assert outcome.exit_code == 0
    assert "afspraak-7" not in outcome.stdout
    assert (
        f"{assen}/agreements/betaalbaarheid/zeven.md:1: warning: de bestandsnaam 'zeven.md' past "
        "niet bij het nummer 7 [W303 file-name-mismatch]"
    ) in outcome.stderr
    assert outcome.stdout.startswith("0 fouten, 1 waarschuwing in")
    github = check(assen, "--format", "github").stdout
    assert github.startswith("::warning file=")
    assert "title=W303 file-name-mismatch::" in github


def test_today_must_be_a_date(assen: Path) -> None:
    outcome = check(assen, "--today", "15-12-2024")
    assert outcome.exit_code == 2


# --- fast enough for a pre-commit hook ----------------------------------------------------------


def test_check_imports_no_rendering_machinery(assen: Path) -> None:
    program = (
        "import sys\n"
        "from prestatie_build.cli import cli\n"
        "try:\n"
        f"    cli(['--root', {str(assen)!r}, 'check'], standalone_mode=False)\n"
        "except SystemExit:\n"
        "    pass\n"
        "loaded = sorted({m.split('.')[0] for m in sys.modules} & {'jinja2', 'weasyprint'})\n"
        "print('loaded:', loaded)\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, check=True
    )
    assert completed.stdout.splitlines()[-1] == "loaded: []"
    assert "0 fouten" in completed.stdout


def test_github_annotations_escape_what_would_end_a_field() -> None:
    diagnostic = Diagnostic(
        SourceLocation("amendments/2025/a,b:c.yaml", 3, 7),
        "100% wrong\nsecond line",
        hint="use 'x'",
        code="P113",
    )
    rendered = render_check_github(CheckResult((diagnostic,)))
    assert rendered == (
        "::error file=amendments/2025/a%2Cb%3Ac.yaml,line=3,col=7,title=P113 invalid-value"
        "::100%25 wrong%0Asecond line%0Ahint: use 'x'\n"
    )
    without_line = Diagnostic(SourceLocation("agreements/document.yaml"), "m", code="P004")
    assert render_check_github(CheckResult((without_line,))) == (
        "::error file=agreements/document.yaml,title=P004 missing-file::m\n"
    )


# --- W307-W313: loud where a mistake would be signed ------------------------------------------

JAARPLAN_2025 = "amendments/2025/jaarplan.yaml"


def plan_2025(assen: Path, changes: str, adopted: str = "2024-12-01") -> Path:
    text = jaarplan(2025, changes).replace("2024-12-01", adopted)
    return write(assen, JAARPLAN_2025, text)


def test_w307_a_whole_delete_repeats_the_first_words_and_whole_true_passes_strict(
    assen: Path,
) -> None:
    """A swapped digit (13 for 31) deleted agreement 13 without a word."""
    path = plan_2025(assen, "  - op: delete\n    target: 13\n")
    assert warnings_of(assen) == [("W307", JAARPLAN_2025, 7)]
    outcome = check(assen, "--strict")
    assert outcome.exit_code == 1
    assert f"{JAARPLAN_2025}:7:5: warning: verwijdert Afspraak 13 helemaal (“Partijen " in (
        outcome.stderr
    )
    assert "  hint: Zet `whole: true` bij de wijziging" in outcome.stderr
    path.write_text(jaarplan(2025, "  - op: delete\n    target: 13\n    whole: true\n"), "utf-8")
    assert warnings_of(assen) == []
    assert check(assen, "--strict").exit_code == 0


def test_w307_a_whole_body_replace_of_several_blocks(assen: Path) -> None:
    """`text:` without `old:` replaced all of agreement 27 with one sentence."""
    plan_2025(assen, "  - op: replace\n    target: 27\n    text: Eén zin.\n")
    assert warnings_of(assen) == [("W307", JAARPLAN_2025, 7)]
    [warning] = check_project(assen, today=TODAY).warnings
    assert str(warning.message).startswith("replaces all 2 blocks of Afspraak 27 (“")


def test_w307_a_replace_of_one_block_or_with_a_new_title_is_not_whole_by_mistake(
    assen: Path,
) -> None:
    plan_2025(
        assen,
        "  - op: replace\n    target: 12\n    text: Eén zin.\n"
        "  - op: replace\n    target: 27\n    title: Nieuw\n    text: Eén zin.\n",
    )
    assert warnings_of(assen) == []


def test_whole_true_on_a_change_of_a_part_is_an_error(assen: Path) -> None:
    plan_2025(
        assen,
        "  - op: delete\n    target: 13\n    whole: true\n    text: Partijen\n"
        "  - op: replace\n    target: 5\n    whole: true\n    old: Actium\n    new: Zij\n",
    )
    errors = check_project(assen, today=TODAY).errors
    assert [(d.code, d.location.line) for d in errors] == [("P113", 8), ("P113", 12)]
    assert str(errors[0].message) == (
        "'whole: true' is for a change of the whole target, not for one with 'text'"
    )


def test_w308_a_field_indented_into_a_block_text(assen: Path) -> None:
    plan_2025(
        assen,
        "  - op: append\n    target: 15\n    text: |\n      Een zin.\n"
        "      reason: vergeten in te springen\n",
    )
    assert warnings_of(assen) == [("W308", JAARPLAN_2025, 10)]
    outcome = check(assen)
    assert (
        f"{JAARPLAN_2025}:10:7: warning: deze regel van `text:` begint met `reason:` en wordt "
        "als tekst afgedrukt [W308 field-in-text]"
    ) in outcome.stderr


def test_w309_a_comment_cut_an_unquoted_text(assen: Path) -> None:
    plan_2025(
        assen,
        "  - op: append\n    target: 15\n    text: Partijen leveren € 500.000,- (zie # bijlage)\n"
        '  - op: append\n    target: 17\n    text: "Quoted # is tekst"\n',
    )
    assert warnings_of(assen) == [("W309", JAARPLAN_2025, 8)]
    [warning] = check_project(assen, today=TODAY).warnings
    assert warning.location.col == len("    text: Partijen leveren € 500.000,- (zie ") + 1
    assert "“# bijlage)” valt weg als commentaar" in warning.text()


def test_w310_two_trailing_spaces_break_the_line(assen: Path) -> None:
    plan_2025(
        assen,
        "  - op: append\n    target: 15\n    text: |\n      Eerste regel  \n      tweede.\n"
        "  - op: append\n    target: 17\n    text: |\n      Laatste regel  \n",
    )
    assert warnings_of(assen) == [("W310", JAARPLAN_2025, 9)]


def test_w311_a_label_naming_another_year(assen: Path) -> None:
    plan_2025(
        assen, "  - op: append\n    target: 15\n    label: Wijziging 2024\n    text: Een zin.\n"
    )
    assert warnings_of(assen) == [("W311", JAARPLAN_2025, 8)]


def test_w312_an_adoption_after_the_deadline(assen: Path) -> None:
    plan_2025(assen, "  []\n", adopted="2024-12-31")
    assert warnings_of(assen) == [("W312", JAARPLAN_2025, 4)]
    [warning] = check_project(assen, today=TODAY).warnings
    assert warning.text() == (
        "Jaarplan 2025 is vastgesteld op 31 december 2024, na de uiterste datum 15 december 2024"
    )


def test_w313_a_date_that_reads_better_day_first(assen: Path) -> None:
    plan_2025(assen, "  []\n", adopted="2024-05-12")
    assert warnings_of(assen) == [("W313", JAARPLAN_2025, 4)]
    [warning] = check_project(assen, today=TODAY).warnings
    assert warning.text() == (
        "de datum van vaststelling 2024-05-12 is 12 mei 2024; of bedoelt u 5 december 2024?"
    )
    assert warning.text("en").endswith("or was 5 December 2024 meant?")


def test_w313_a_date_in_the_adoption_season_is_not_ambiguous(assen: Path) -> None:
    plan_2025(assen, "  []\n", adopted="2024-12-07")
    assert warnings_of(assen) == []


def test_build_strict_fails_on_a_warning_before_writing_anything(
    assen: Path, tmp_path: Path
) -> None:
    plan_2025(assen, "  - op: delete\n    target: 13\n")
    out = tmp_path / "out"
    arguments = ["--root", str(assen), "build", "--year", "2025", "--format", "html", "--out"]
    outcome = CliRunner().invoke(cli, [*arguments, str(out), "--strict"])
    assert outcome.exit_code == 1
    assert "[W307 whole-target]" in outcome.stderr
    assert not out.exists()
    assert CliRunner().invoke(cli, [*arguments, str(out)]).exit_code == 0
    assert out.exists()
