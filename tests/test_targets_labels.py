"""The tracker's statuses and remarks in Chinese, in every view that shows them."""

from __future__ import annotations

import pytest
from conftest import CORPUS, CORPUS_PAIRS, needs_corpus

from toolkit.api import load_report
from toolkit.targets import compare_targets
from toolkit.targets.labels import COMMITMENT_LABELS, REMARKS


@needs_corpus
@pytest.mark.parametrize("province", CORPUS_PAIRS)
def test_every_status_and_remark_of_the_tracker_has_its_chinese_label(province):
    # "an increment against the term's level" was shown in English on the HTML page
    old, new = (load_report(CORPUS / "reports" / province / f"{y}.txt") for y in (2025, 2026))
    commitments = compare_targets(old, new).commitments
    assert {c.status for c in commitments} <= set(COMMITMENT_LABELS)
    assert {c.remark for c in commitments if c.remark} <= set(REMARKS)


@needs_corpus
def test_the_review_page_shows_the_remarks_in_chinese():
    from toolkit.html.targets import commitments_table

    old, new = (load_report(CORPUS / "reports" / "hainan" / f"{y}.txt") for y in (2025, 2026))
    comparison = compare_targets(old, new)
    remarks = {c.remark for c in comparison.commitments if c.remark}
    assert "an increment against a stock" in remarks
    page = commitments_table(comparison, "2025", "2026")
    assert all(REMARKS[r] in page and r not in page for r in remarks)
