"""On a terminal a diff goes through $PAGER (as git does); --no-pager and pipes print directly.
Run in a real pseudo-terminal, with a PAGER that writes what it is given to a file."""

from __future__ import annotations

import os
import pty
import subprocess
import sys

from tests.conftest import SAMPLES

ARGS = [str(SAMPLES / "hunan-2025.txt"), str(SAMPLES / "hunan-2026.txt"), "--section", "三"]


def _on_a_terminal(tmp_path, *extra: str) -> tuple[str, bytes]:
    paged = tmp_path / "paged.txt"
    env = {**os.environ, "PAGER": f"cat > '{paged}'", "TERM": "xterm", "COLUMNS": "100"}
    env.pop("LESS", None)
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "toolkit", "diff", *ARGS, *extra],
        stdin=follower,
        stdout=follower,
        stderr=subprocess.DEVNULL,
        env=env,
    )
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed
            break
        if not chunk:
            break
        shown += chunk
    process.wait(timeout=60)
    os.close(leader)
    return paged.read_text("utf-8") if paged.exists() else "", shown


def test_a_terminal_gets_the_diff_through_the_pager(tmp_path):
    paged, shown = _on_a_terminal(tmp_path)
    assert "关于2026年工作" in paged and "\x1b[" in paged  # with its colours
    assert "关于2026年工作".encode() not in shown


def test_no_pager_prints_to_the_terminal(tmp_path):
    paged, shown = _on_a_terminal(tmp_path, "--no-pager")
    assert paged == ""
    assert "关于2026年工作".encode() in shown


def test_a_pipe_never_pages(tmp_path):
    env = {**os.environ, "PAGER": f"cat > '{tmp_path / 'paged.txt'}'"}
    result = subprocess.run(
        [sys.executable, "-m", "toolkit", "diff", *ARGS], capture_output=True, text=True, env=env
    )
    assert result.returncode == 0 and "关于2026年工作" in result.stdout
    assert not (tmp_path / "paged.txt").exists()
