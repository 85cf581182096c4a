"""The built-in targets writers and indicator table, registered through the plugin hooks."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from toolkit.plugins import hookimpl
from toolkit.plugins.base import Writer
from toolkit.targets.indicator_names import BUILTIN_INDICATORS


@hookimpl
def register_writers(register: Callable[[Writer], None]) -> None:
    from toolkit.targets.writers import TargetsCsvWriter, TargetsJsonWriter

    register(TargetsJsonWriter())
    register(TargetsCsvWriter())


@hookimpl
def register_indicators(register: Callable[[str, Iterable[str]], None]) -> None:
    for canonical, aliases in BUILTIN_INDICATORS.items():
        register(canonical, aliases)
