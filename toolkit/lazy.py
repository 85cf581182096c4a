"""Package exports that are imported on first use (PEP 562 module ``__getattr__``).

Registering the built-in plugins imports their packages; a package whose ``__init__`` imported
its extractor eagerly would make every command, ``--help`` included, pay for it.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any


def lazy_exports(package: str, exports: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package`` that imports ``name`` from the module
    ``exports[name]`` when it is first asked for, and keeps it."""

    def __getattr__(name: str) -> Any:
        module = exports.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
