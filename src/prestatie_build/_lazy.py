"""Lazy public surfaces for the subpackages.

Each subpackage's ``__init__`` names its public surface in ``__all__`` and imports a name's
module only when the name is first used: ``prestatie --help`` must not pay for Jinja,
WeasyPrint or jsonschema because some subpackage re-exports a renderer (PEP 562).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping


def lazy_exports(
    package: str, modules: Mapping[str, tuple[str, ...]]
) -> tuple[list[str], Callable[[str], object], Callable[[], list[str]]]:
    """``__all__``, ``__getattr__`` and ``__dir__`` for ``package``: each name of
    ``modules[module]`` is imported from ``package.module`` on first use."""
    where = {name: module for module, names in modules.items() for name in names}

    def __getattr__(name: str) -> object:
        module = where.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(importlib.import_module(f"{package}.{module}"), name)

    def __dir__() -> list[str]:
        return sorted(where)

    return sorted(where), __getattr__, __dir__
