from __future__ import annotations

import os

from toolkit.fsio import write_atomic


def test_new_output_gets_the_umask_default_mode(tmp_path):
    mask = os.umask(0o022)
    try:
        path = write_atomic(tmp_path / "out.json", "{}")
    finally:
        os.umask(mask)
    assert path.stat().st_mode & 0o777 == 0o644


def test_overwritten_output_keeps_its_mode(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    write_atomic(target, "new", force=True)
    assert target.stat().st_mode & 0o777 == 0o640 and target.read_text() == "new"
