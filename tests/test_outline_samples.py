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


@pytest.mark.parametrize("name", TEXT_SAMPLES)
def test_sample_outline_matches_golden(name):
    got = summarize(load_report(SAMPLES / name))
    golden = GOLDEN / (name.removesuffix(".txt") + ".json")
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(json.dumps(got, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert got == json.loads(golden.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", TEXT_SAMPLES)
def test_tree_covers_every_line_once(name):
    document = read_document(SAMPLES / name)
    report = load_report(SAMPLES / name)
    assert list(report.lines()) == [(b.line, b.text) for b in document.blocks]


def test_gb18030_copy_parses_like_the_utf8_original():
    utf8 = load_report(SAMPLES / "guangdong-2026.txt")
    gb = load_report(SAMPLES / "guangdong-2026.gb18030.txt")
    assert gb.encoding == "gb18030"
    assert summarize(gb) == summarize(utf8)
