"""``prestatie diff``: what a commit does to the consolidated text of each year."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from gitrepos import assen_repository, commit_all, edit, git
from prestatie_build.cli import cli
from prestatie_build.core import Review, TargetRedline, TargetRef, YearDiff, word_diff
from prestatie_build.render import (
    COMMENT_MARKER,
    GITHUB_COMMENT_LIMIT,
    MINIMUM_LIMIT,
    WORD_JOINER,
    marked,
    neutralise_references,
    render_review_html,
    render_review_markdown,
)

DASH = "\u2013"
"""The en dash between the years of a range, as Dutch typesetting writes it."""
JAARPLAN_2024 = "amendments/2024/jaarplan.yaml"
AFSPRAAK_5 = "agreements/betaalbaarheid/afspraak-5.md"
JAARPLAN_2025 = """\
year: 2025
title: Jaarplan 2025
status: draft
changes:
  - op: append
    target: 30
    text: In 2025 evalueren partijen de inzet van de seniorenmakelaar.
"""


def diff(repo: Path, *arguments: str) -> Result:
    return CliRunner().invoke(cli, ["--root", str(repo), "diff", *arguments])


def diff_json(repo: Path, *arguments: str) -> dict[str, object]:
    outcome = diff(repo, *arguments, "--format", "json")
    assert outcome.exit_code == 0, outcome.output
    data: dict[str, object] = json.loads(outcome.stdout)
    return data


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    return assen_repository(tmp_path / "repo")


# --- the three cases of the issue ------------------------------------------------------------


def test_a_changed_append_text_shows_the_old_and_new_words(repo: Path) -> None:
    edit(repo / JAARPLAN_2024, "in Assen circa 3 jaar.", "in Assen circa 4 jaar.")
    commit_all(repo, "Jaarplan 2024: the waiting time is 4 years")
    outcome = diff(repo, "--base", "HEAD~1", "--head", "HEAD")
    assert outcome.exit_code == 0, outcome.output
    comment = outcome.stdout
    assert comment.startswith(COMMENT_MARKER + "\n")
    assert "in Assen circa <del>3</del><ins>4</ins> jaar." in comment
    assert f"**2022{DASH}2023:** de geconsolideerde tekst verandert niet." in comment
    assert f"### 2024{DASH}2025\n\n1 onderdeel verandert in elk van deze jaren." in comment
    assert "<summary><b>Afspraak 5</b> · Betaalbaarheid · <code>#afspraak-5</code>" in comment
    assert comment.count("<details>") == 1
    review = diff_json(repo, "--base", "HEAD~1", "--head", "HEAD")
    assert review["changed_years"] == [2024, 2025]


def test_a_fix_in_the_agreements_shows_in_every_year(repo: Path) -> None:
    edit(repo / AFSPRAAK_5, "voldoende aanbod", "ruim voldoende aanbod")
    commit_all(repo, "afspraak 5: a correction of the base text")
    review = diff_json(repo, "--base", "HEAD~1", "--head", "HEAD")
    assert review["changed_years"] == [2022, 2023, 2024, 2025]
    years = review["years"]
    assert isinstance(years, list)
    for year in years:
        (entry,) = year["entries"]
        target = entry["target"]
        assert (target["key"], target["anchor"], entry["text_change"]) == (
            "5",
            "afspraak-5",
            "changed",
        )
        assert {"kind": "insert", "text": "ruim "} in entry["ops"]
    comment = diff(repo, "--base", "HEAD~1", "--head", "HEAD").stdout
    # Agreement 5 reads otherwise from 2024 on (the Jaarplan appends to it): two runs of years.
    assert f"### 2022{DASH}2023\n" in comment
    assert f"### 2024{DASH}2025\n" in comment
    assert comment.count("dat er <ins>ruim</ins> voldoende aanbod") == 2


def test_a_change_in_a_later_jaarplan_shows_from_that_year_on(repo: Path) -> None:
    (repo / "amendments" / "2025").mkdir()
    (repo / "amendments" / "2025" / "jaarplan.yaml").write_text(JAARPLAN_2025)
    commit_all(repo, "Jaarplan 2025, draft")
    review = diff_json(repo, "--base", "HEAD~1", "--head", "HEAD")
    assert review["changed_years"] == [2025]
    years = review["years"]
    assert isinstance(years, list)
    assert years[-1]["concept"] is True
    comment = diff(repo, "--base", "HEAD~1", "--head", "HEAD").stdout
    assert f"**2022{DASH}2024:** de geconsolideerde tekst verandert niet." in comment
    assert "### 2025 (CONCEPT)" in comment
    assert "<ins>In 2025 evalueren partijen de inzet van de seniorenmakelaar.</ins>" in comment


# --- the working tree, years, formats ------------------------------------------------------------


def test_without_head_the_working_tree_is_compared(repo: Path) -> None:
    edit(repo / AFSPRAAK_5, "voldoende aanbod", "ruim voldoende aanbod")  # not committed
    review = diff_json(repo, "--base", "HEAD")
    assert review["head"] == "werkmap"
    assert str(review["base"]).startswith("HEAD (")
    assert review["changed_years"] == [2022, 2023, 2024, 2025]
    assert "afspraak-5.md" in git(repo, "status", "--porcelain")  # left as it was


def test_an_unchanged_text_says_so_in_one_line(repo: Path) -> None:
    # Re-wrapping a paragraph changes the file, not the text.
    edit(repo / AFSPRAAK_5, "met een huur onder", "met een huur\nonder")
    commit_all(repo, "re-wrap")
    outcome = diff(repo, "--base", "HEAD~1", "--head", "HEAD")
    lines = [line for line in outcome.stdout.splitlines() if line.strip()]
    assert lines[-1] == f"_De geconsolideerde tekst verandert in geen enkel jaar (2022{DASH}2025)._"
    assert "<details>" not in outcome.stdout


def test_one_year_only(repo: Path) -> None:
    edit(repo / AFSPRAAK_5, "voldoende aanbod", "ruim voldoende aanbod")
    review = diff_json(repo, "--base", "HEAD", "--year", "2023")
    years = review["years"]
    assert isinstance(years, list)
    assert [year["year"] for year in years] == [2023]


def test_a_year_outside_the_period_or_an_unknown_revision_is_misuse(repo: Path) -> None:
    outcome = diff(repo, "--base", "HEAD", "--year", "2030")
    assert outcome.exit_code == 2
    assert "--year 2030 valt buiten de looptijd 2022-2025" in outcome.stderr
    outcome = diff(repo, "--base", "no-such-branch")
    assert outcome.exit_code == 2
    assert "onbekende versie `no-such-branch`: er is geen branch, tag of commit" in outcome.stderr


def test_broken_head_sources_name_the_side(repo: Path) -> None:
    edit(repo / JAARPLAN_2024, "    target: 7\n", "    target: 77\n")
    outcome = diff(repo, "--base", "HEAD")
    assert outcome.exit_code == 1
    assert "error: afspraak '77' bestaat niet (in werkmap)" in outcome.stderr


def test_a_deleted_agreement_and_an_added_one(repo: Path) -> None:
    (repo / "amendments" / "2025").mkdir()
    (repo / "amendments" / "2025" / "jaarplan.yaml").write_text(
        "year: 2025\ntitle: Jaarplan 2025\nstatus: adopted\n"
        "adopted: {date: 2024-12-10, place: Assen}\nchanges:\n"
        "  - op: delete\n    target: 33\n"
        "  - op: add\n    chapter: leefbaarheid\n    number: 34\n    text: Nieuwe afspraak.\n"
    )
    review = diff_json(repo, "--base", "HEAD", "--year", "2025")
    years = review["years"]
    assert isinstance(years, list)
    entries = {entry["target"]["key"]: entry for entry in years[0]["entries"]}
    assert entries["33"]["wordt"] == "[Vervallen per 2025]"
    assert entries["34"]["text_change"] == "new"
    keys = [entry["target"]["key"] for entry in years[0]["entries"]]
    # The texts in reading order; then the new Jaarplan and its changes, which the outputs show
    # too (the Jaarplan itself, labels and histories in the document).
    assert keys == ["33", "34", "jaarplan/2025", "jaarplan/2025/1", "jaarplan/2025/2"]
    assert [entries[key]["target"]["kind"] for key in keys[2:]] == ["metadata"] * 3
    assert "Status: adopted\nVastgesteld:\n  Datum: 2024-12-10" in entries["jaarplan/2025"]["wordt"]


def test_the_html_page_shows_both_texts_and_escapes_user_text(repo: Path) -> None:
    edit(repo / AFSPRAAK_5, "voldoende aanbod", "<script>alert(1)</script> aanbod")
    outcome = diff(repo, "--base", "HEAD", "--year", "2024", "--format", "html")
    page = outcome.stdout
    assert page.startswith("<!DOCTYPE html>")
    assert "<script>" not in page
    assert "<ins>&lt;script&gt;alert(1)&lt;/script&gt;</ins>" in page
    assert "<del>voldoende</del>" in page


class _Ids(HTMLParser):
    """Every id of a page, and every id an ``aria-labelledby`` points at."""

    def __init__(self, page: str) -> None:
        super().__init__()
        self.ids: list[str] = []
        self.labelledby: list[str] = []
        self.feed(page)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.ids += [str(attributes["id"])] if "id" in attributes else []
        self.labelledby += (
            [str(attributes["aria-labelledby"])] if "aria-labelledby" in attributes else []
        )


def test_the_html_page_labels_every_year_change_and_text(repo: Path) -> None:
    edit(repo / AFSPRAAK_5, "voldoende aanbod", "ruim voldoende aanbod")
    page = diff(repo, "--base", "HEAD", "--format", "html").stdout
    found = _Ids(page)
    assert len(found.ids) == len(set(found.ids)), "ids are unique"
    assert found.labelledby and set(found.labelledby) <= set(found.ids)
    assert '<h4 id="jaar-2024-1-was">Was</h4>' in page
    assert '<h3 id="jaar-2024-1-titel">Afspraak 5 <small>(gewijzigd)</small></h3>' in page


REVIEW_TEMPLATE = """\
{% from "redline.html.j2" import texts %}
<h1>Eigen review: {{ review.title }}</h1>
{% for run in runs if not run[0].is_unchanged %}
{% for entry in run[0].entries %}
<h2>{{ years_label(run) }}: {{ entry.target.title }}</h2>
{{ texts(entry, "t" ~ loop.index) }}
{% endfor %}
{% endfor %}
"""


def test_a_projects_template_overrides_the_review_page_and_is_autoescaped(repo: Path) -> None:
    (repo / "templates" / "review.html.j2").write_text(REVIEW_TEMPLATE, encoding="utf-8")
    edit(repo / AFSPRAAK_5, "voldoende aanbod", "<b>ruim</b> voldoende aanbod")
    edit(
        repo / "agreements" / "document.yaml",
        "title: Meerjarige Prestatieafspraken 2022-2025 Assen",
        "title: Afspraken <i>Assen</i>",
    )
    outcome = diff(repo, "--base", "HEAD", "--year", "2024", "--format", "html")
    assert outcome.exit_code == 0, outcome.output
    page = outcome.stdout
    assert page.startswith("<h1>Eigen review: Afspraken &lt;i&gt;Assen&lt;/i&gt;</h1>\n")
    assert "<h2>2024: Afspraak 5</h2>" in page
    # The shared redline macro draws the texts, escaped like everything else.
    assert '<h4 id="t1-wordt">Wordt</h4>' in page
    assert "<ins>&lt;b&gt;ruim&lt;/b&gt;</ins> voldoende aanbod" in page
    assert "<b>" not in page and "<i>" not in page


def test_out_writes_the_file(repo: Path, tmp_path: Path) -> None:
    edit(repo / AFSPRAAK_5, "voldoende aanbod", "ruim voldoende aanbod")
    target = tmp_path / "review" / "diff.md"
    outcome = diff(repo, "--base", "HEAD", "--out", str(target))
    assert outcome.exit_code == 0
    assert outcome.stdout.startswith("geschreven: ")
    assert target.read_text().startswith(COMMENT_MARKER)


# --- the comment size limit -------------------------------------------------------------------


def large_review(agreements: int, words: int) -> Review:
    entries = tuple(
        TargetRedline(
            target=TargetRef(
                kind="agreement",
                key=str(n),
                title=f"Afspraak {n}",
                chapter="hoofdstuk",
                chapter_title="Hoofdstuk",
                anchor=f"afspraak-{n}",
            ),
            before=" ".join(f"oud{k}" for k in range(words)),
            after=" ".join(f"nieuw{k}" if k % 3 == 0 else f"oud{k}" for k in range(words)),
            redline=word_diff(
                " ".join(f"oud{k}" for k in range(words)),
                " ".join(f"nieuw{k}" if k % 3 == 0 else f"oud{k}" for k in range(words)),
            ),
        )
        for n in range(1, agreements + 1)
    )
    years = (YearDiff(2024, entries), YearDiff(2025, entries[: agreements // 2]))
    return Review("Synthetisch", "main (abc)", "werkmap", years)


def test_a_long_review_is_cut_below_githubs_limit_with_a_note() -> None:
    review = large_review(agreements=300, words=60)
    comment = render_review_markdown(review)
    assert len(comment) <= GITHUB_COMMENT_LIMIT
    assert "> [!NOTE]\n> Ingekort:" in comment
    assert "maximaal 65.536 tekens" in comment
    # Every year stays, with its count; what is shown is whole <details> blocks.
    assert "### 2024\n\n300 onderdelen veranderen." in comment
    assert "### 2025\n\n150 onderdelen veranderen." in comment
    assert comment.count("<details>") == comment.count("</details>")
    shown = comment.count("<details>")
    assert 0 < shown < 450
    assert f"Ingekort: {450 - shown} gewijzigde onderdelen passen niet" in comment


def test_a_short_review_is_not_cut() -> None:
    comment = render_review_markdown(large_review(agreements=3, words=20))
    assert "Ingekort" not in comment
    assert comment.count("<details>") == 4


def test_a_smaller_limit_is_respected() -> None:
    comment = render_review_markdown(large_review(agreements=40, words=30), limit=5_000)
    assert len(comment) <= 5_000
    assert "Ingekort" in comment


def test_user_text_cannot_break_the_comment() -> None:
    before, after = "Tekst met | en ` en </details>", "Tekst met | en ` en </details> <b>x</b>"
    entry = TargetRedline(
        target=TargetRef(
            kind="section",
            key="tijdlijn",
            title="</summary><script>",
            chapter="samenwerking",
            chapter_title="A & B",
            anchor="tijdlijn",
        ),
        before=before,
        after=after,
        redline=word_diff(before, after),
    )
    comment = render_review_markdown(Review("T", "b", "h", (YearDiff(2024, (entry,)),)))
    assert comment.count("</details>") == 1
    assert comment.count("</summary>") == 1
    assert "<b>&lt;/summary&gt;&lt;script&gt;</b> · A &amp; B" in comment
    page = render_review_html(Review("T", "b", "h", (YearDiff(2024, (entry,)),)))
    assert "<script>" not in page


# --- what reaches GitHub: no mentions, no references, no links; the limit on the whole comment --

REFERENCES = {
    "mention or e-mail": re.compile(r"@[A-Za-z0-9]"),
    "issue": re.compile(r"#[0-9]"),
    "gh-issue": re.compile(r"\bGH-[0-9]", re.IGNORECASE),
    "url": re.compile(r"[A-Za-z]://"),
    "www": re.compile(r"\bwww\.", re.IGNORECASE),
}
"""What GitHub turns into a notification or a link in a comment's text (not in code)."""
HOSTILE = (
    "Vragen aan @jan of @gemeente-assen/woningbouw, zie #123, GH-7 en woonbond/assen#45; "
    "meer op https://www.assen.nl/wonen, www.assen.nl of via info@assen.nl."
)


def text_outside_code(comment: str) -> str:
    """The comment without its code spans and <code> elements, where GitHub links nothing."""
    return re.sub(r"<code>.*?</code>|(?<!\\)(`+).*?(?<!`)\1(?!`)", "", comment, flags=re.S)


def test_mentions_references_and_links_in_user_text_reach_github_inert() -> None:
    before, after = "Partijen overleggen.", f"Partijen overleggen. {HOSTILE}"
    entry = TargetRedline(
        target=TargetRef(
            kind="agreement",
            key="5",
            title=f"Afspraak 5 ({HOSTILE})",
            chapter="hoofdstuk",
            chapter_title="Hoofdstuk @wonen #1",
            anchor="afspraak-5",
        ),
        before=before,
        after=after,
        redline=word_diff(before, after),
    )
    review = Review(f"Titel {HOSTILE}", "main (#12 @abc)", "werkmap", (YearDiff(2024, (entry,)),))
    comment = render_review_markdown(review)
    visible = text_outside_code(comment)
    for kind, pattern in REFERENCES.items():
        assert not pattern.search(visible), (kind, pattern.search(visible))
    # The reader sees the same text: only invisible word joiners were added, and none in code.
    seen = comment.replace(WORD_JOINER, "")
    assert seen.count("@gemeente-assen/woningbouw") == 3  # title, summary, redline
    assert "https://www.assen.nl/wonen" in seen and "info@assen.nl" in seen
    assert "\\#123" in seen and "woonbond/assen\\#45" in seen
    assert "`main (#12 @abc)`" in comment  # code: left exactly as it was
    assert "<code>#afspraak-5</code>" in comment
    assert neutralise_references(comment) == comment  # once is enough


def test_neutralising_keeps_markup_and_entities() -> None:
    text = "<!-- prestatie-diff -->\n<b>@jan</b> &#35;1 &amp; `@code` \\`@los\\` www.x.nl"
    assert neutralise_references(text) == (
        f"<!-- prestatie-diff -->\n<b>@{WORD_JOINER}jan</b> &#35;1 &amp; `@code` "
        f"\\`@{WORD_JOINER}los\\` www{WORD_JOINER}.x.nl"
    )


def test_a_title_of_7000_words_still_fits_in_one_comment() -> None:
    review = large_review(agreements=3, words=20)
    long_title = Review(
        " ".join(["Prestatieafspraken"] * 7_000), review.base, review.head, review.years
    )
    comment = render_review_markdown(long_title)
    assert len(comment) <= GITHUB_COMMENT_LIMIT
    title_line = next(line for line in comment.splitlines() if line.startswith("**Prestatie"))
    assert len(title_line) < 400 and title_line.endswith("…**<br>")
    assert comment.count("<details>") == 4  # the agreements still fit


@pytest.mark.parametrize("limit", [MINIMUM_LIMIT, 10_000, GITHUB_COMMENT_LIMIT])
def test_the_limit_holds_for_the_whole_comment_whatever_the_sources(limit: int) -> None:
    entries = large_review(agreements=2, words=20).years[0].entries
    # A year that changes after every year that does not: no two years share a line.
    years = tuple(YearDiff(year, entries if year % 2 else ()) for year in range(1900, 3000))
    worst = Review("&@" * 5_000, "`" * 5_000, "<" * 5_000, years)
    comment = render_review_markdown(worst, limit=limit)
    assert len(comment) <= limit
    assert comment.startswith(COMMENT_MARKER)
    assert comment.count("<details>") == comment.count("</details>")
    assert "> [!NOTE]" in comment


def test_a_limit_too_small_for_any_comment_is_refused() -> None:
    with pytest.raises(ValueError, match="needs room"):
        render_review_markdown(large_review(agreements=1, words=5), limit=MINIMUM_LIMIT - 1)


# --- every change that alters an output shows (issue 10, item 1) ----------------------------


DOCUMENT = "agreements/document.yaml"

METADATA_EDITS = [
    # (file, old, new, the key of the entry that must show, the years it shows in)
    (DOCUMENT, "De heer C. Staal", "Mevrouw C. Staal", "party/gemeente", "2022-2025"),
    (DOCUMENT, "name: Actium", "name: Actium Wonen", "party/actium", "2022-2025"),
    (
        DOCUMENT,
        "title: Beschikbaarheid",
        "title: Beschikbaar",
        "chapter/beschikbaarheid",
        "2022-2025",
    ),
    (
        DOCUMENT,
        "goals_title: Wat willen",
        "goals_title: Wat gaan",
        "chapter/betaalbaarheid",
        "2022-2025",
    ),
    (
        JAARPLAN_2024,
        "    name: Mevrouw B. Buma",
        "    name: Mevrouw B. Bouma",
        "jaarplan/2024",
        "2024-2025",
    ),
    (JAARPLAN_2024, "date: 2023-12-07", "date: 2023-12-08", "jaarplan/2024", "2024-2025"),
    (JAARPLAN_2024, "Eind 2021 hebben", "Eind 2021 maakten", "jaarplan/2024", "2024-2025"),
    (
        JAARPLAN_2024,
        "status: adopted\nadopted:\n  date: 2023-12-07\n  place: Assen\n",
        "status: draft\n",
        "jaarplan/2024",
        "2024-2025",
    ),
]


def review_entries(repo: Path) -> dict[int, set[str]]:
    data = diff_json(repo, "--base", "HEAD")
    years = data["years"]
    assert isinstance(years, list)
    return {year["year"]: {entry["target"]["key"] for entry in year["entries"]} for year in years}


@pytest.mark.parametrize(("path", "old", "new", "key", "span"), METADATA_EDITS)
def test_a_change_of_what_the_outputs_show_besides_the_text_shows(
    repo: Path, path: str, old: str, new: str, key: str, span: str
) -> None:
    edit(repo / path, old, new)
    first, last = (int(year) for year in span.split("-"))
    shown = review_entries(repo)
    assert {year for year, keys in shown.items() if key in keys} == set(range(first, last + 1))


@pytest.mark.parametrize("field", ["label", "reason"])
def test_a_change_of_a_label_or_a_reason_shows_as_that_change(repo: Path, field: str) -> None:
    text = (repo / JAARPLAN_2024).read_text(encoding="utf-8")
    first_change = text.index("  - op: ", text.index("changes:"))
    line = f"    {field}: Aangepast {field}\n"
    start = text.index("\n", first_change) + 1
    (repo / JAARPLAN_2024).write_text(text[:start] + line + text[start:], encoding="utf-8")
    shown = review_entries(repo)
    assert "jaarplan/2024/1" in shown[2024]
    assert "jaarplan/2024/1" not in shown[2023]


def test_a_template_of_the_project_shows(repo: Path) -> None:
    (repo / "templates").mkdir(exist_ok=True)
    (repo / "templates" / "report.css").write_text("body { color: black; }\n", encoding="utf-8")
    shown = review_entries(repo)
    assert all("template/report.css" in keys for keys in shown.values())


def test_a_change_that_alters_only_a_source_file_shows_that_file(repo: Path) -> None:
    """A comment alters no text, but the PDFs carry their sources: the file itself shows."""
    edit(repo / JAARPLAN_2024, "changes:\n", "changes:  # alle wijzigingen van 2024\n")
    shown = review_entries(repo)
    assert shown[2023] == set()
    assert shown[2024] == shown[2025] == {f"source/{JAARPLAN_2024}"}


def test_a_moved_line_alone_changes_no_fact(repo: Path) -> None:
    """Where a value is written is no fact: swapping two fields shows only as the file."""
    edit(
        repo / JAARPLAN_2024,
        "year: 2024\ntitle: Jaarplan 2024\n",
        "title: Jaarplan 2024\nyear: 2024\n",
    )
    assert review_entries(repo)[2024] == {f"source/{JAARPLAN_2024}"}


def test_an_escaped_carriage_return_is_a_line_end_inside_the_quote(repo: Path) -> None:
    """Issue 10 item 3: a raw CR in the comment ended the quote (and dropped paragraphs)."""
    jaarplan = repo / JAARPLAN_2024
    jaarplan.write_text(
        jaarplan.read_text(encoding="utf-8")
        + '\n  - op: append\n    target: 7\n    text: "Een\\rTwee\\r\\rDrie"\n',
        encoding="utf-8",
    )
    outcome = diff(repo, "--base", "HEAD")
    assert outcome.exit_code == 0, outcome.output
    assert "\r" not in outcome.stdout
    # Rendered: "Een" and "Twee" are one paragraph (a line end inside it reads as a space).
    assert "> <ins>Een Twee</ins>\n>\n> <ins>Drie</ins>\n" in outcome.stdout


# --- diff on a terminal: plain text, one language ------------------------------------------------

SENTENCE_30 = "Dit betekent het toevoegen van 25 geclusterde sociale huurwoningen tot en met 2025."


def test_a_terminal_gets_plain_text_that_keeps_the_space_before_deleted_words() -> None:
    before = f"(van 525-625 sociale huurwoningen). {SENTENCE_30}\n\nPartijen doen onderzoek."
    after = "(van 525-625 sociale huurwoningen).\n\nPartijen doen onderzoek."
    redline = word_diff(before, after)
    assert marked(redline.combined_view()) == (
        f"(van 525-625 sociale huurwoningen). [-{SENTENCE_30}-]\n\nPartijen doen onderzoek."
    )
    assert marked(word_diff("circa 3 jaar.", "circa 4 jaar.").combined_view()) == (
        "circa [-3-]{+4+} jaar."
    )


def test_diff_format_text_is_plain_and_dutch_or_english_on_request(repo: Path) -> None:
    edit(repo / JAARPLAN_2024, "in Assen circa 3 jaar.", "in Assen circa 4 jaar.")
    commit_all(repo, "Jaarplan 2024: the waiting time is 4 years")
    dutch = diff(repo, "--base", "HEAD~1", "--head", "HEAD", "--format", "text")
    assert dutch.exit_code == 0, dutch.output
    text = dutch.stdout
    assert "<" not in text and "**" not in text  # no tags, no Markdown
    assert "in Assen circa [-3-]{+4+} jaar." in text
    assert f"2024{DASH}2025\n1 onderdeel verandert in elk van deze jaren.\n" in text
    assert "Afspraak 5 · Betaalbaarheid · #afspraak-5 · gewijzigd\n  Was → wordt:\n" in text
    english_arguments = ["--lang", "en", "diff", "--base", "HEAD~1", "--head", "HEAD"]
    english = CliRunner().invoke(cli, ["--root", str(repo), *english_arguments, "--format", "text"])
    assert "1 part changes in each of these years.\n" in english.stdout
    assert "· changed\n  Before and after:\n" in english.stdout
    assert "verandert" not in english.stdout


def test_diff_without_format_writes_markdown_when_not_on_a_terminal(repo: Path) -> None:
    outcome = diff(repo, "--base", "HEAD")  # CliRunner's stdout is no terminal
    assert outcome.stdout.startswith(COMMENT_MARKER)
