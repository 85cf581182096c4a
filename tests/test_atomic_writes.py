"""Outputs are written atomically: an interrupted write leaves neither a partial output nor a
temporary file, an existing file is only replaced with ``force``, and an input never."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import hostile
import pytest
from conftest import ROOT, SAMPLES

from tests.processes import start
from toolkit.errors import ExitCode, OutputError
from toolkit.fsio import check_output_path, write_atomic


class Boom(Exception):
    pass


def chunks_then_fail(count: int) -> Iterator[str]:
    for index in range(count):
        yield f"第{index}段。\n" * 1000
    raise Boom("the producer failed mid-write")


def test_exception_mid_write_leaves_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    with pytest.raises(Boom):
        write_atomic(out, chunks_then_fail(50))
    assert list(tmp_path.iterdir()) == []


def test_exception_mid_write_keeps_the_old_file(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    out.write_text("old", encoding="utf-8")
    with pytest.raises(Boom):
        write_atomic(out, chunks_then_fail(50), force=True)
    assert out.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_chunks_text_and_bytes_are_written_in_order(tmp_path: Path) -> None:
    out = write_atomic(tmp_path / "o.txt", iter(["一、", b"\xe6\x80\xbb", "体要求\n"]))
    assert out.read_text(encoding="utf-8") == "一、总体要求\n"


def test_existing_file_needs_force(tmp_path: Path) -> None:
    out = tmp_path / "o.txt"
    out.write_text("keep", encoding="utf-8")
    with pytest.raises(OutputError, match="file exists"):
        write_atomic(out, "new")
    assert out.read_text(encoding="utf-8") == "keep"
    write_atomic(out, "new", force=True)
    assert out.read_text(encoding="utf-8") == "new"


def test_never_an_input_in_any_spelling(tmp_path: Path) -> None:
    source = tmp_path / "r.txt"
    source.write_text("报告", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(source)
    (tmp_path / "sub").mkdir()
    for spelling in (source, tmp_path / "sub" / ".." / "r.txt", link):
        with pytest.raises(OutputError, match="also an input"):
            check_output_path(spelling, force=True, inputs=[source])
    assert source.read_text(encoding="utf-8") == "报告"


@pytest.mark.parametrize(
    ("signum", "code"), [(signal.SIGTERM, 128 + signal.SIGTERM), (signal.SIGINT, 130)]
)
def test_signal_during_write_leaves_no_partial_file(tmp_path: Path, signum: int, code: int) -> None:
    """Kill ``outline --format json -o`` while its temporary file is growing: the command
    exits with the signal's code, the output does not exist and the temporary file is gone."""
    source = hostile.fifty_mb_text(
        tmp_path / "big.txt", [SAMPLES / "guangdong-2025.txt"], size=20 * hostile.MB
    )
    out = tmp_path / "outline.json"
    process = start("outline", str(source), "-f", "json", "-o", str(out), stdout=subprocess.PIPE)
    deadline = time.monotonic() + 60
    part = None
    while time.monotonic() < deadline and process.poll() is None:
        parts = list(tmp_path.glob(".outline.json.*.part"))
        if parts and parts[0].stat().st_size > 0:
            part = parts[0]
            break
        time.sleep(0.005)
    assert part is not None, "the write finished before it could be interrupted"
    os.kill(process.pid, signum)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == code, stderr
    assert "Traceback" not in stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["big.txt"]


def test_cli_unwritable_target_name_is_one_line(tmp_path: Path) -> None:
    """An output path that is a directory is refused before any work."""
    source = str(SAMPLES / "hunan-2025.txt")
    result = subprocess.run(
        [sys.executable, "-m", "toolkit", "outline", source, "-f", "json", "-o", str(tmp_path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == ExitCode.OUTPUT
    assert "output path is a directory" in result.stderr


def test_special_files_are_never_replaced(tmp_path: Path) -> None:
    """With --force, a rename over a device or pipe would replace it with a plain file (as root,
    ``-o /dev/null --force`` would have replaced /dev/null)."""
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(OutputError, match="device, pipe or socket"):
        write_atomic(fifo, "x", force=True)
    assert fifo.is_fifo()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe"]


def test_full_disk_is_an_output_error(tmp_path: Path) -> None:
    """A write that fails mid-way (here: a file-size limit, as a full disk or a quota would)
    is exit 5 with one line, and leaves neither the output nor the temporary file."""
    import resource

    out = tmp_path / "outline.json"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "toolkit",
            "outline",
            str(SAMPLES / "hunan-2025.txt"),
            "-f",
            "json",
            "-o",
            str(out),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (10_000, 10_000)),
    )
    assert result.returncode == ExitCode.OUTPUT, result.stderr
    assert "cannot write: File too large" in result.stderr
    assert "Traceback" not in result.stderr
    assert list(tmp_path.iterdir()) == []
