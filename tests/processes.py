"""Processes for the tests of interruption: a command started as a terminal starts it, and the
children a process has forked."""

from __future__ import annotations

import contextlib
import signal
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def _as_from_a_terminal() -> None:
    # a shell's background job (no job control) starts its children with SIGINT ignored, and
    # Python then never raises KeyboardInterrupt; a terminal user's Ctrl-C is not ignored
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def start(*args: str, stdout: int = subprocess.DEVNULL) -> subprocess.Popen[str]:
    """``python -m toolkit ARGS…`` in the repository, SIGINT at its default, stderr piped."""
    return subprocess.Popen(
        [sys.executable, "-m", "toolkit", *args],
        cwd=ROOT,
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=_as_from_a_terminal,
    )


def children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (Linux: from /proc)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
                if int(fields[1]) == pid:
                    found.append(int(entry.name))
    return found
