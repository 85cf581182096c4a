"""Hook specifications. Each hook receives a ``register`` callback and may call it any number of
times; the registry validates what is registered and rejects duplicate names in one place.

A whole plugin can be this small::

    from toolkit.plugins import hookimpl
    from toolkit.plugins.base import Reader

    class RtfReader(Reader):
        name = "rtf"
        ...

    @hookimpl
    def register_readers(register):
        register(RtfReader())
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from toolkit.plugins.base import Profile, Reader, Writer

PROJECT = "report_toolkit"
hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


@hookspec
def register_readers(register: Callable[[Reader], None]) -> None:
    """Register readers: objects that turn a file into a :class:`~toolkit.model.SourceDocument`."""


@hookspec
def register_profiles(register: Callable[[Profile], None]) -> None:
    """Register structure profiles: objects that parse a SourceDocument into a Report."""


@hookspec
def register_writers(register: Callable[[Writer], None]) -> None:
    """Register writers: objects that serialise a result (outline, diff …) to a file format."""


@hookspec
def register_indicators(register: Callable[[str, Iterable[str]], None]) -> None:
    """Register indicator names for target matching: ``register(canonical, aliases)``, e.g.
    ``register("地区生产总值", ["GDP", "国内生产总值", "生产总值"])``."""
