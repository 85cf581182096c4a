"""Rebuild templates/default.docx from toolkit/word/default_template.py.

Run from the repository root: ``python templates/build_default.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from toolkit.fsio import write_atomic
from toolkit.word.default_template import build_default_template

if __name__ == "__main__":
    out = write_atomic(
        Path(__file__).with_name("default.docx"), build_default_template(), force=True
    )
    print(f"wrote {out}")
