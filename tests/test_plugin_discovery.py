"""Third-party plugins are found through a real installed distribution (a ``*.dist-info``
folder with ``entry_points.txt``), also with the quick pre-check of
:func:`toolkit.plugins.manager._may_declare` in front of ``importlib.metadata``."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT
from toolkit.plugins.manager import _may_declare

PLUGIN = """
from toolkit.plugins import hookimpl
from toolkit.plugins.base import Reader


class RtfReader(Reader):
    name = "rtf-demo"
    description = "demo reader of a third-party distribution"
    suffixes = (".rtf",)


@hookimpl
def register_readers(register):
    register(RtfReader())
"""


def _install(folder: Path, group: str = "report_toolkit") -> None:
    """A distribution as pip leaves it: its module and its dist-info folder."""
    (folder / "rtk_demo_plugin.py").write_text(PLUGIN, encoding="utf-8")
    info = folder / "rtk_demo_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: rtk-demo-plugin\nVersion: 1.0\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(f"[{group}]\nrtf-demo = rtk_demo_plugin\n")


def _plugins_listing(folder: Path) -> str:
    env = {k: v for k, v in os.environ.items() if k != "REPORT_TOOLKIT_NO_PLUGINS"}
    env["PYTHONPATH"] = os.pathsep.join([str(folder), str(ROOT)])
    proc = subprocess.run(
        [sys.executable, "-m", "toolkit", "plugins", "--no-color"],
        capture_output=True,
        text=True,
        cwd=folder,
        env={**env, "COLUMNS": "200"},
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    return proc.stdout


def test_an_installed_distribution_s_plugin_is_registered(tmp_path):
    _install(tmp_path)
    listing = _plugins_listing(tmp_path)
    assert "rtf-demo" in listing
    assert "demo reader of a third-party distribution" in listing


def test_a_distribution_of_another_group_registers_nothing(tmp_path):
    _install(tmp_path, group="some_other_tool")
    assert "rtf-demo" not in _plugins_listing(tmp_path)


def test_the_pre_check_sees_the_group_only_where_it_is_declared(tmp_path, monkeypatch):
    other = tmp_path / "other"
    other.mkdir()
    _install(other, group="some_other_tool")
    monkeypatch.setattr(sys, "path", [str(other), str(tmp_path / "missing")])
    assert not _may_declare("report_toolkit")
    mine = tmp_path / "mine"
    mine.mkdir()
    _install(mine)
    monkeypatch.setattr(sys, "path", [str(other), str(mine)])
    assert _may_declare("report_toolkit")


def test_the_pre_check_leaves_a_zip_on_the_path_to_importlib_metadata(tmp_path, monkeypatch):
    archive = tmp_path / "plugins.zip"
    archive.write_bytes(b"PK\x05\x06" + b"\0" * 18)  # an empty zip archive
    monkeypatch.setattr(sys, "path", [str(archive)])
    assert _may_declare("report_toolkit")
