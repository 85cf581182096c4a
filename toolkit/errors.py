"""The exception tree of report-toolkit and the exit code each one maps to.

Every error a user can cause is a :class:`ToolkitError`: the command line turns it into one line
(``report-toolkit: error: <file>: <problem>``), an optional hint, and the exit code below. Anything
else is a bug and exits with :attr:`ExitCode.INTERNAL`.
"""

from __future__ import annotations

from enum import IntEnum
from pathlib import Path


class ExitCode(IntEnum):
    """Exit codes of the ``report-toolkit`` command (documented in the README)."""

    OK = 0
    INTERNAL = 1  #: a bug: please report it with ``--traceback`` output
    USAGE = 2  #: wrong command-line usage (Typer's own code)
    INPUT = 3  #: an input file is missing, a directory, or cannot be read
    FORMAT = 4  #: an input file's content cannot be read as a report (corrupt, empty, binary …)
    OUTPUT = 5  #: an output cannot be written (exists without --force, is an input, no permission)
    TEMPLATE = 6  #: a Word template lacks the styles report-toolkit needs
    PLUGIN = 7  #: a plugin failed to load or registered something invalid


class ToolkitError(Exception):
    """Base of all errors a user can cause. ``path`` names the file concerned, if any."""

    exit_code: ExitCode = ExitCode.INTERNAL

    def __init__(self, message: str, path: str | Path | None = None, hint: str | None = None):
        super().__init__(message)
        self.message = message
        self.path = None if path is None else str(path)
        self.hint = hint

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class InputError(ToolkitError):
    """An input path is missing, not a regular file, or not readable."""

    exit_code = ExitCode.INPUT


class FormatError(ToolkitError):
    """An input file exists but its content cannot be read as a report."""

    exit_code = ExitCode.FORMAT


class OutputError(ToolkitError):
    """An output file cannot be written safely."""

    exit_code = ExitCode.OUTPUT


class TemplateError(ToolkitError):
    """A Word template is unusable (missing styles, not a .docx)."""

    exit_code = ExitCode.TEMPLATE


class PluginError(ToolkitError):
    """A plugin failed to load or registered an invalid or duplicate component."""

    exit_code = ExitCode.PLUGIN
