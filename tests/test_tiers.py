"""The tier guard (tiers.py) fails what a test may only do with a marker it lacks; a test with
the pdf or browser marker counts as slow.

Each test runs a small pytest session of its own, in a child process, with the guard as plugin.
"""

from __future__ import annotations

from pathlib import Path

import pytest

TESTS = Path(__file__).parent

CONFTEST = f"""
import sys

sys.path.insert(0, {str(TESTS)!r})
pytest_plugins = ("tiers",)


def pytest_configure(config):
    for marker in ("pdf", "browser", "slow"):
        config.addinivalue_line("markers", marker)
"""

UNMARKED = """
import subprocess
import sys
from concurrent.futures import ProcessPoolExecutor

import pytest

import tiers


@pytest.mark.pdf
def test_left_out_as_slow():
    import weasyprint  # noqa: F401


@pytest.mark.browser
def test_left_out_as_slow_too():
    pass


def test_nothing_heavy():
    assert "weasyprint" not in sys.modules


def test_imports_weasyprint():
    import weasyprint  # noqa: F401


def _import_weasyprint():
    import weasyprint  # noqa: F401


def test_a_forked_worker_imports_weasyprint():
    with ProcessPoolExecutor(1) as pool:
        pool.submit(_import_weasyprint).result()


def test_a_child_python_imports_weasyprint_and_nobody_checks():
    subprocess.run([sys.executable, "-c", "import weasyprint"], capture_output=True, check=False)


def test_starts_chromium_and_swallows_the_error():
    try:
        subprocess.run(["/usr/bin/chromium", "--version"], capture_output=True, check=False)
    except Exception:
        pass


def test_a_missing_tool():
    tiers.need("a-tool", False, "install it")
"""

AFTER_AN_IMPORT = """
import pytest

import tiers

HTML = "<p>Tekst.</p>"


@pytest.mark.pdf
def test_a_pdf_test_imports_and_renders():
    import weasyprint

    assert weasyprint.HTML(string=HTML).write_pdf().startswith(b"%PDF-")


def test_then_an_unmarked_one_renders():
    import weasyprint  # imported already: only the rendering can tell

    weasyprint.HTML(string=HTML).write_pdf()


def test_a_missing_tool():
    tiers.need("a-tool", False, "install it")
"""

NOT_MARKED_PDF = "in a test not marked @pytest.mark.pdf"


def run_session(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch, source: str, *args: str
) -> pytest.RunResult:
    pytester.makeconftest(CONFTEST)
    pytester.makepyfile(test_inner=source)
    monkeypatch.setenv("COLUMNS", "400")  # the summary's lines whole
    monkeypatch.delenv("CI", raising=False)  # under CI a missing tool fails instead of skipping
    return pytester.runpytest_subprocess("-p", "no:cacheprovider", "-rA", *args)


def test_what_an_unmarked_test_may_not_do_fails_it_wherever_it_happens(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = run_session(pytester, monkeypatch, UNMARKED, "-m", "not slow")
    result.assert_outcomes(passed=1, failed=4, skipped=1, deselected=2)  # pdf, browser: slow
    for test in (
        "test_imports_weasyprint",
        "test_a_forked_worker_imports_weasyprint",
        "test_a_child_python_imports_weasyprint_and_nobody_checks",
    ):
        result.stdout.fnmatch_lines(
            [f"FAILED test_inner.py::{test} - *importing weasyprint {NOT_MARKED_PDF}*"]
        )
    result.stdout.fnmatch_lines(
        [
            "FAILED test_inner.py::test_starts_chromium_and_swallows_the_error - "
            "*starting /usr/bin/chromium --version in a test not marked @pytest.mark.browser*"
        ]
    )
    # a run of fast tests only: a tool that `make test` installs is skipped when missing
    result.stdout.fnmatch_lines(["SKIPPED * a-tool ontbreekt: install it"])


@pytest.mark.pdf  # the session imports WeasyPrint and renders a page
def test_rendering_fails_an_unmarked_test_after_a_pdf_test_imported_weasyprint(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    result = run_session(pytester, monkeypatch, AFTER_AN_IMPORT)
    result.assert_outcomes(passed=1, failed=2)
    result.stdout.fnmatch_lines(
        [
            "FAILED test_inner.py::test_then_an_unmarked_one_renders - "
            f"*rendering with WeasyPrint {NOT_MARKED_PDF}*"
        ]
    )
    # a run with the slow tier: a tool that `make test` installs must be there
    result.stdout.fnmatch_lines(
        ["FAILED test_inner.py::test_a_missing_tool - *a-tool ontbreekt: install it"]
    )
