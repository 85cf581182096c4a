"""The built-in writers of the timeline, registered through the plugin hooks."""

from __future__ import annotations

from collections.abc import Callable

from toolkit.plugins import hookimpl
from toolkit.plugins.base import Writer


@hookimpl
def register_writers(register: Callable[[Writer], None]) -> None:
    from toolkit.timeline.writers import (
        TimelineCsvWriter,
        TimelineHtmlWriter,
        TimelineJsonWriter,
    )

    register(TimelineJsonWriter())
    register(TimelineCsvWriter())
    register(TimelineHtmlWriter())
