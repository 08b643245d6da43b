"""Shared fixtures (a temporary copy of the real Assen project, golden-file updates), the test
tiers and their guard (tiers.py), and the hypothesis profiles.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# The case-file helpers live beside the tests.
sys.path.insert(0, str(Path(__file__).parent))

from projects import copy_assen

pytest_plugins = ("tiers", "pytester")  # tiers.py: the test tiers and their guard

# Fuzzing (tests/test_fuzz.py): repeatable and writing nothing in the suite. `make test` runs the
# "suite" profile; `make test-fast` passes --hypothesis-profile fast; `make fuzz` runs thousands.
_REPEATABLE = {
    "deadline": None,
    "derandomize": True,
    "database": None,
    "suppress_health_check": [
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
    ],
}
settings.register_profile("suite", max_examples=50, **_REPEATABLE)
settings.register_profile("fast", max_examples=10, **_REPEATABLE)
settings.load_profile("suite")

# The tests assert the default language, Dutch, and ask for English where they test it: a
# writer's own PRESTATIE_LANG must not change what they see (nor what their subprocesses see).
os.environ.pop("PRESTATIE_LANG", None)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="Rewrite the golden files in tests/golden/ from the current output.",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def assen(tmp_path: Path) -> Path:
    return copy_assen(tmp_path / "assen")


@pytest.fixture(scope="session")
def published_assen(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Assen project published once per test session (`prestatie publish`): the site folder.

    Shared by the publishing and accessibility tests; its project lies beside it (``../assen``).
    """
    from click.testing import CliRunner

    from prestatie_build.cli import cli

    root = copy_assen(tmp_path_factory.mktemp("published") / "assen")
    site = root.parent / "site"
    result = CliRunner().invoke(cli, ["--root", str(root), "publish", "--out", str(site)])
    assert result.exit_code == 0, result.output
    return site
