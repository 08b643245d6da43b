"""Each subpackage's public surface: every name in ``__all__`` is there, and is what it says."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import subprocess
import sys

import pytest

import prestatie_build

SUBPACKAGES = ("core", "sources", "commands", "outputs", "render")


@pytest.mark.parametrize("name", SUBPACKAGES)
def test_every_exported_name_resolves_to_the_object_not_a_module(name: str) -> None:
    package = importlib.import_module(f"prestatie_build.{name}")
    # Import every submodule first: a submodule named like an export would then shadow it.
    for module in pkgutil.iter_modules(package.__path__):
        importlib.import_module(f"{package.__name__}.{module.name}")
    assert package.__all__, name
    for export in package.__all__:
        value = getattr(package, export)
        assert not inspect.ismodule(value), f"{name}.{export} is shadowed by a submodule"


def test_importing_a_surface_imports_nothing_heavy() -> None:
    """The surfaces are lazy: the CLI imports them, and `--help` must stay light."""
    code = (
        "import sys, prestatie_build.core, prestatie_build.sources, prestatie_build.commands, "
        "prestatie_build.outputs, prestatie_build.render; "
        "print(sorted(m for m in ('jinja2', 'weasyprint', 'jsonschema', 'markdown_it', 'yaml') "
        "if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "[]"


def test_the_package_has_a_version() -> None:
    assert prestatie_build.__version__
