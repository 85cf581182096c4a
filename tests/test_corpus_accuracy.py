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
    ("alignment L2 (docx)", 0.94, 0.90),
    ("alignment L2 (txt)", 0.94, 0.90),
    ("targets (docx)", 0.97, 0.97),
    ("targets (txt)", 0.97, 0.97),
]


#: the same on the held-out pairs of benchmarks/truth/structure (anhui, shaanxi: headings and
#: alignment written by reading 2026-12-03, scored before any change; first scored: headings 1.000,
#: alignment L1 1.000, L2 0.930 / 0.909 from both readings; fujian, written 2026-12-04 and
#: scored once before any change, brought L2 to 0.855 / 0.890 for the three; henan, the same
#: day, to 0.845 / 0.882 for the four; qinghai and tianjin, the same way, to 0.873 / 0.902 for
#: the six, and L1 to 0.913: both fold the government part into the plan part as one paragraph,
#: which their truth calls a merge and the tool a removal; sections rewritten whole linked, made
#: on fujian's and henan's misses, then 0.934 / 0.934, qinghai and tianjin unchanged by it;
#: the government part folded into the plan part merged, as their truth has it: L1 1.000;
#: guangxi, heilongjiang, shanxi, xinjiang, written by reading later that day and scored once
#: after those changes (95/102/106 for the four), bring the ten to 0.933 / 0.917, L1 1.000;
#: a second link by where the old text went alone, made on xinjiang's and guizhou's misses:
#: 0.951 / 0.934; ningxia and hebei, written last and scored once, 12/12/12 and 19/19/19: the
#: twelve 0.957 / 0.942)
HELD_OUT_FLOORS = [
    ("headings L1 (docx)", 0.98, 0.98),
    ("headings L1 (txt)", 0.98, 0.98),
    ("headings L2 (docx)", 0.98, 0.98),
    ("headings L2 (txt)", 0.98, 0.98),
    ("alignment L1 (docx)", 0.97, 0.97),
    ("alignment L1 (txt)", 0.97, 0.97),
    ("alignment L2 (docx)", 0.94, 0.92),
    ("alignment L2 (txt)", 0.94, 0.92),
]
CASES = [("corpus", *f) for f in FLOORS] + [("held out", *f) for f in HELD_OUT_FLOORS]


@pytest.fixture(scope="module")
def totals():
    from benchmarks.accuracy import score_corpus, score_held_out, totals

    return {
        "corpus": totals(score_corpus(CORPUS)).scores,
        "held out": totals(score_held_out(CORPUS)).scores,
    }


@pytest.mark.parametrize(
    ("pairs", "measure", "precision", "recall"), CASES, ids=[f"{c[0]}: {c[1]}" for c in CASES]
)
def test_accuracy_floor(totals, pairs, measure, precision, recall):
    score = totals[pairs][measure]
    assert score.truth > 0, measure
    assert score.precision >= precision, (measure, score.precision, score.extra)
    assert score.recall >= recall, (measure, score.recall, score.missed)
