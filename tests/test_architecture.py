"""What import-linter cannot see: who reads the environment and who writes files.

``make lint`` checks the direction of imports; these tests check two rules of the layers
inside the code: only ``commands/environment.py`` (and the CLI) reads the process environment,
and only ``fs.py`` writes, moves or removes files.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "prestatie_build"

ENVIRONMENT_READERS = {"commands/environment.py", "cli.py"}
WRITERS = {"fs.py"}

ENVIRONMENT_NAMES = {"environ", "getenv", "putenv", "unsetenv"}
WRITING_CALLS = {
    "write_text",
    "write_bytes",
    "mkdir",
    "makedirs",
    "unlink",
    "rmdir",
    "rmtree",
    "rename",
    "symlink_to",
    "hardlink_to",
    "link",
    "chmod",
    "mkdtemp",
    "mkstemp",
    "TemporaryDirectory",
    "NamedTemporaryFile",
    "extractall",
    "copyfile",
    "copytree",
    "move",
}


def modules() -> Iterator[tuple[str, ast.Module]]:
    for path in sorted(PACKAGE.rglob("*.py")):
        yield path.relative_to(PACKAGE).as_posix(), ast.parse(path.read_text(encoding="utf-8"))


def environment_uses(tree: ast.Module) -> Iterator[int]:
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Attribute)
            and node.attr in ENVIRONMENT_NAMES
            and isinstance(node.value, ast.Name)
            and node.value.id == "os"
        ):
            yield node.lineno


def writes(tree: ast.Module) -> Iterator[int]:
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        function = node.func
        name = function.attr if isinstance(function, ast.Attribute) else getattr(function, "id", "")
        if name in WRITING_CALLS or (name == "open" and _opens_for_writing(node)):
            yield node.lineno


def _opens_for_writing(call: ast.Call) -> bool:
    modes = [*call.args[1:2]] + [k.value for k in call.keywords if k.arg == "mode"]
    return any(
        isinstance(mode, ast.Constant)
        and isinstance(mode.value, str)
        and set("wax+") & set(mode.value)
        for mode in modes
    )


def test_only_the_environment_module_reads_the_environment() -> None:
    found = [
        f"{name}:{line}"
        for name, tree in modules()
        if name not in ENVIRONMENT_READERS
        for line in environment_uses(tree)
    ]
    assert found == [], "read the environment in commands/environment.py and pass it down"


def test_only_fs_writes_files() -> None:
    found = [
        f"{name}:{line}" for name, tree in modules() if name not in WRITERS for line in writes(tree)
    ]
    assert found == [], "write through prestatie_build.fs"


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("import os\nos.environ['X'] = '1'\n", 1),
        ("import os\nos.getenv('X')\n", 1),
        ("environ = {}\nenviron.get('X')\n", 0),
    ],
)
def test_the_environment_rule_can_fail(source: str, expected: int) -> None:
    assert len(list(environment_uses(ast.parse(source)))) == expected


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("from pathlib import Path\nPath('x').write_text('y')\n", 1),
        ("open('x', 'w')\n", 1),
        ("open('x', mode='ab')\n", 1),
        ("open('x')\nopen('x', 'rb')\n", 0),
        ("'a'.replace('a', 'b')\n", 0),
    ],
)
def test_the_writing_rule_can_fail(source: str, expected: int) -> None:
    assert len(list(writes(ast.parse(source)))) == expected
