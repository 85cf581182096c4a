"""What is made on first use: package exports imported then (PEP 562 module ``__getattr__``),
and regular expressions compiled then.

Registering the built-in plugins imports their packages; a package whose ``__init__`` imported
its extractor eagerly would make every command, ``--help`` included, pay for it. Compiling a
regular expression costs some 0.2-2 M instructions (a class of Chinese characters is a
256-chunk bitmap that ``re`` builds in Python), and an import compiles its module's patterns
whether a run uses them or not: those that most runs do not use wait for :func:`lazy_pattern`.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Callable, Mapping
from functools import cache, partial
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


def lazy_pattern(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """A function that returns ``re.compile(pattern, flags)``, compiled on its first call."""
    return cache(partial(re.compile, pattern, flags))
