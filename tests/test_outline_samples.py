"""Every sample parses into the section tree a reader finds in it (golden files checked by
reading the reports), and the tree covers every line of the input exactly once."""

from __future__ import annotations

import json
import os

import pytest
from conftest import DATA, SAMPLES, TEXT_SAMPLES
from outline_summary import summarize

from toolkit.api import load_report, read_document

GOLDEN = DATA / "outline"
#: genre variants the samples lack: a county report (第一部分, split subtitle, 1./（1） items,
#: 附：名词解释) and a national one in Markdown (bold run-in headings)
GENRE = sorted(p.name for p in (DATA / "genre").iterdir())
CASES = [SAMPLES / name for name in TEXT_SAMPLES] + [DATA / "genre" / name for name in GENRE]


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name)
def test_outline_matches_golden(path):
    got = summarize(load_report(path))
    golden = GOLDEN / (path.stem + ".json")
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert got == json.loads(golden.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", CASES, ids=lambda p: p.name)
def test_tree_covers_every_line_once(path):
    document = read_document(path)
    report = load_report(path)
    assert list(report.lines()) == [(b.line, b.text) for b in document.blocks]


def test_gb18030_copy_parses_like_the_utf8_original():
    utf8 = load_report(SAMPLES / "guangdong-2026.txt")
    gb = load_report(SAMPLES / "guangdong-2026.gb18030.txt")
    assert gb.encoding == "gb18030"
    assert summarize(gb) == summarize(utf8)
