"""Shared fixtures. Tests run with the built-in plugins only."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

os.environ["REPORT_TOOLKIT_NO_PLUGINS"] = "1"

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
DATA = Path(__file__).resolve().parent / "data"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

#: successive-year pairs among the samples
PAIRS = [
    ("guangdong-2025.txt", "guangdong-2026.txt"),
    ("sichuan-2025.txt", "sichuan-2026.txt"),
    ("hunan-2025.txt", "hunan-2026.txt"),
]
TEXT_SAMPLES = sorted(p.name for p in SAMPLES.glob("*.txt") if "gb18030" not in p.name)

needs_soffice = pytest.mark.skipif(
    shutil.which("soffice") is None, reason="LibreOffice is not installed"
)


def soffice_convert(path: Path, target: str, folder: Path) -> None:
    """Convert ``path`` with headless LibreOffice into ``folder`` (``target``: "pdf",
    "txt:Text (encoded):UTF8" …), with a profile of its own there."""
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{folder}/lo",
            "--convert-to",
            target,
            "--outdir",
            str(folder),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )


@pytest.fixture(scope="session")
def samples() -> Path:
    return SAMPLES
