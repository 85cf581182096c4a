"""Accuracy floors on real reports: the tool against the hand-made truth of ../shared/corpus
(``python -m benchmarks.accuracy`` prints the figures). Each floor is a little below what the
tool reaches, so that a regression on real reports fails here; raise them as the tool improves.
"""

from __future__ import annotations

import pytest

from tests.conftest import CORPUS

pytestmark = pytest.mark.skipif(not (CORPUS / "alignment").is_dir(), reason="no corpus")

#: (measure, least precision, least recall), totals over every truth pair and reading
FLOORS = [
    ("headings L1 (docx)", 0.98, 0.98),
    ("headings L1 (txt)", 0.98, 0.98),
    ("headings L2 (docx)", 0.98, 0.98),
    ("headings L2 (txt)", 0.98, 0.98),
    ("glossary (docx)", 0.98, 0.98),
    ("glossary (txt)", 0.98, 0.98),
    ("alignment L1 (docx)", 0.93, 0.93),
    ("alignment L1 (txt)", 0.93, 0.93),
    ("alignment L2 (docx)", 0.92, 0.88),
    ("alignment L2 (txt)", 0.92, 0.88),
    ("targets (docx)", 0.97, 0.97),
    ("targets (txt)", 0.97, 0.97),
]


@pytest.fixture(scope="module")
def totals():
    from benchmarks.accuracy import score_corpus, totals

    return totals(score_corpus(CORPUS)).scores


@pytest.mark.parametrize(("measure", "precision", "recall"), FLOORS, ids=[f[0] for f in FLOORS])
def test_accuracy_floor_on_the_corpus(totals, measure, precision, recall):
    score = totals[measure]
    assert score.precision >= precision, (measure, score.precision, score.extra)
    assert score.recall >= recall, (measure, score.recall, score.missed)
