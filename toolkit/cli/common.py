"""What every command shares: consoles, output files, option types."""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Iterable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

if TYPE_CHECKING:  # imported where used: ``--help`` needs none of them
    from rich.console import Console, RenderableType

    from toolkit.model import Report
    from toolkit.plugins.base import Writer
    from toolkit.plugins.manager import Registry

#: options every command that writes shares, spelled once
OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output", "-o", help="Write to this file instead of stdout (format from its suffix)."
    ),
]
ForceOption = Annotated[bool, typer.Option("--force", help="Overwrite an existing output file.")]
NoColorOption = Annotated[bool, typer.Option("--no-color", help="Plain output without colours.")]
#: the margin of 左右 targets, for the commands that judge targets met or missed
ToleranceOption = Annotated[
    float,
    typer.Option(
        min=0.0,
        max=1.0,
        help="Relative margin within which a 左右 target counts as met (0.05: 5.5%左右 is met "
        "from 5.225%).",
    ),
]


def stdout_console(no_color: bool = False) -> Console:
    """The console for results. Colour follows the terminal and NO_COLOR, or ``--no-color``."""
    from rich.console import Console

    return Console(
        no_color=no_color or bool(os.environ.get("NO_COLOR")) or None,
        highlight=False,
        soft_wrap=False,
    )


def paged(console: Console, *, enabled: bool = True) -> AbstractContextManager[object]:
    """Output printed inside goes through a pager when ``console`` is a terminal: ``$PAGER``
    (else less) with ``LESS=FRX`` unless set, as git does: colours kept, and a text that fits on
    one screen is printed as it is. A file, a pipe or ``enabled=False`` prints directly."""
    if not enabled or not console.is_terminal or os.environ.get("TERM") == "dumb":
        return nullcontext()
    os.environ.setdefault("LESS", "FRX")
    return console.pager(styles=True)


def stderr_console() -> Console:
    """The console for progress, warnings and errors."""
    from rich.console import Console

    return Console(stderr=True, highlight=False)


def one_line(text: str) -> str:
    """Line breaks and other controls (a file name may hold them) escaped: one line stays one."""
    return "".join(
        ch if ch.isprintable() or ch == " " else ch.encode("unicode_escape").decode("ascii")
        for ch in text
    )


#: the text encoding given with ``report-toolkit --encoding NAME`` (None: detected)
_encoding: list[str | None] = [None]


def force_encoding(name: str | None) -> None:
    """Decode every text and HTML input of this run with ``name`` (None: detect)."""
    _encoding[0] = name


def forced_encoding() -> str | None:
    """The encoding given with ``--encoding`` (None: detect)."""
    return _encoding[0]


def load(path: Path, profile: str | None = None) -> Report:
    """Read and parse a report; what the reader had to work around goes to stderr, a line
    each (``report-toolkit: warning: FILE: …``), and the command goes on."""
    from toolkit.api import load_report

    report = load_report(path, profile, encoding=_encoding[0])
    for warning in report.warnings:
        warn(f"{report.source}: {warning}")
    return report


def warn(message: str) -> None:
    """One warning line on stderr, ``report-toolkit: warning: …``, never wrapped (a script or a
    test reading stderr finds the sentence whole, whatever the terminal's width)."""
    sys.stderr.write(f"report-toolkit: warning: {one_line(message)}\n")


def warn_order(old: Report, new: Report, consequence: str = "") -> None:
    """Warn when the two reports were given newest first (see :func:`toolkit.api.order_warning`)."""
    from toolkit.api import order_warning

    message = order_warning(old, new)
    if message:
        warn(message + (f"; {consequence}" if consequence else ""))


def emit(
    data: bytes | str | Iterable[str | bytes],
    output: Path | None,
    *,
    force: bool,
    inputs: list[Path],
) -> None:
    """Write ``data`` (or its chunks) to ``output`` atomically, or to standard output when
    ``output`` is None or "-"."""
    if output is None or str(output) == "-":
        chunks: Iterable[str | bytes] = (data,) if isinstance(data, str | bytes) else data
        for chunk in chunks:
            if isinstance(chunk, bytes):
                sys.stdout.flush()
                sys.stdout.buffer.write(chunk)
            else:
                sys.stdout.write(chunk)
        sys.stdout.flush()
        return
    from toolkit.fsio import write_atomic

    write_atomic(output, data, force=force, inputs=inputs)


def plain_text(renderable: RenderableType, width: int = 120, *, soft_wrap: bool = False) -> str:
    """Render to text without colour, for files and pipes; with ``soft_wrap`` long lines of text
    are left whole (tables and rules still take ``width``)."""
    from rich.console import Console

    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None, highlight=False)
    console.print(renderable, soft_wrap=soft_wrap)
    return buffer.getvalue()


def format_from_suffix(fmt: str, output: Path | None, by_suffix: dict[str, str]) -> str:
    """The output format: ``--format`` when given, else the one ``by_suffix`` maps the output
    file's suffix to ("" for no file or no suffix). A suffix the command cannot write is a usage
    error naming the ones it can, never a file of another format under that name."""
    if fmt:
        return fmt
    suffix = output.suffix.lower() if output is not None and str(output) != "-" else ""
    if suffix in by_suffix:
        return by_suffix[suffix]
    known = ", ".join(s for s in by_suffix if s)
    raise typer.BadParameter(
        f"cannot write {suffix} files; use one of: {known}", param_hint="--output"
    )


def pick_writer(
    registry: Registry,
    subject: str,
    fmt: str | None,
    output: Path | None,
    *,
    default: str | None = None,
) -> Writer | None:
    """The writer for ``--format`` (or, without it, for the output file's suffix); None means
    the terminal view. ``default`` is the format of a subject that has no terminal view (the
    review page: "html"): used when nothing else chooses, and a suffix no writer claims is then
    refused. A format no writer provides is a usage error listing the known ones."""
    if not fmt and output is not None and str(output) != "-":
        writer = registry.writer_for_suffix(subject, output.suffix)
        if writer is not None:
            return writer
        if default is not None:
            suffixes = sorted(
                {
                    sfx
                    for (subj, _), w in registry.writers.items()
                    if subj == subject
                    for sfx in w.suffixes
                }
            )
            raise typer.BadParameter(
                f"no writer for {output.suffix or 'suffix-less'!r} files; use "
                f"{', '.join(suffixes) or 'none'} or --format",
                param_hint="--output",
            )
        fmt = "terminal" if output.suffix.lower() in (".txt", "") else output.suffix.lstrip(".")
    fmt = fmt or default or "terminal"
    if fmt == "terminal" and default is None:
        return None
    writer = registry.writer(subject, fmt)
    if writer is None:
        views = [] if default is not None else ["terminal"]
        known = ", ".join([*views, *registry.formats(subject)])
        raise typer.BadParameter(f"{fmt!r} is not one of: {known}", param_hint="--format")
    return writer
