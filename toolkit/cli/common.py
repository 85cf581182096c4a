"""What every command shares: consoles, output files, option types."""

from __future__ import annotations

import io
import os
import sys
from enum import StrEnum
from pathlib import Path

from rich.console import Console, RenderableType

from toolkit.fsio import write_atomic


class Format(StrEnum):
    TERMINAL = "terminal"
    JSON = "json"
    TEXT = "text"
    HTML = "html"
    DOCX = "docx"
    CSV = "csv"


def stdout_console(no_color: bool = False) -> Console:
    """The console for results. Colour follows the terminal and NO_COLOR, or ``--no-color``."""
    return Console(
        no_color=no_color or bool(os.environ.get("NO_COLOR")) or None,
        highlight=False,
        soft_wrap=False,
    )


def stderr_console() -> Console:
    """The console for progress, warnings and errors."""
    return Console(stderr=True, highlight=False)


def emit(data: bytes | str, output: Path | None, *, force: bool, inputs: list[Path]) -> None:
    """Write ``data`` to ``output`` atomically, or to standard output when ``output`` is None."""
    if output is None or str(output) == "-":
        if isinstance(data, bytes):
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        else:
            sys.stdout.write(data)
        return
    write_atomic(output, data, force=force, inputs=inputs)


def plain_text(renderable: RenderableType, width: int = 120) -> str:
    """Render to text without colour, for files and pipes."""
    buffer = io.StringIO()
    Console(file=buffer, width=width, color_system=None, highlight=False).print(renderable)
    return buffer.getvalue()
