"""Terms accuracy floors on real reports: ``terms OLD NEW`` against the by-reading truth of
``benchmarks/truth/terms`` (``python -m benchmarks.terms_accuracy --details`` prints the figures
and the ranked top 30). Each floor is a little below what the tool reaches, so that a regression
fails here; raise them as the tool improves. The development pairs and the held-out ones (truth
written by someone else after the engine was tuned, never used to tune it:
``benchmarks.terms_accuracy.HELD_OUT``) have floors of their own.
"""

from __future__ import annotations

import pytest

from tests.conftest import CORPUS

pytestmark = pytest.mark.skipif(not (CORPUS / "reports").is_dir(), reason="no corpus")


#: the three pairs of the issue's "done means" (recall ≥ 0.9 on a by-reading list of three pairs)
FIRST = ("guizhou", "hainan", "zhejiang")


@pytest.fixture(scope="module")
def all_scores():
    from benchmarks.terms_accuracy import score_all, truth_files

    if not truth_files():
        pytest.skip("no terms truth in benchmarks/truth/terms")
    return score_all(CORPUS)


@pytest.fixture(scope="module")
def scores(all_scores):
    found = [s for s in all_scores if s.province in FIRST]
    if len(found) != len(FIRST):
        pytest.skip("the first three truth pairs are not all there")
    return found


@pytest.fixture(scope="module")
def develop(all_scores):
    from benchmarks.terms_accuracy import groups

    return groups(all_scores)["develop"]


@pytest.fixture(scope="module")
def held_out(all_scores):
    from benchmarks.terms_accuracy import groups

    found = groups(all_scores)["held out"]
    if not found:
        pytest.skip("no held-out terms truth")
    return found


def test_new_term_recall_floor(scores):
    from benchmarks.terms_accuracy import total

    recall = total(scores)["new terms"]
    assert recall.value >= 0.91, (recall.value, recall.missed)  # 164/177 = 0.927


def test_every_new_glossary_entry_is_listed(scores):
    from benchmarks.terms_accuracy import total

    glossary = total(scores)["new glossary"]
    assert glossary.total > 0
    assert glossary.value == 1.0, glossary.missed


def test_stance_phrases_are_found(scores):
    from benchmarks.terms_accuracy import total

    stance = total(scores)["  stance"]
    assert stance.value >= 0.85, stance.missed  # 25/28 = 0.893


def test_no_not_term_in_the_top_30s(scores):
    # the last, 夏训夏赛 (guizhou), a sports programme, is a name since quoted events are
    noise = [text for s in scores for text in s.noise]
    assert not noise, noise


def test_some_renamed_terms_are_linked(scores):
    from benchmarks.terms_accuracy import total

    assert total(scores)["renamed"].right >= 9  # 10 of 19


def test_concept_phrases_are_found(scores):
    from benchmarks.terms_accuracy import total

    concept = total(scores)["  concept"]
    assert concept.value >= 0.84, concept.missed  # 67/77 = 0.870


def test_the_new_term_list_is_not_too_long(scores):
    # 424-552 new terms a pair (435-568 before concepts of two generic words were dropped;
    # 426-562 before programme names and round two's stance shapes;
    # 420-569 before heads that qualify the next noun stopped ending concepts; 617-801 before
    # concepts needed evidence)
    assert all(s.listed <= 570 for s in scores), [(s.province, s.listed) for s in scores]


def test_matching_rule():
    from benchmarks.terms_accuracy import matches

    assert matches("“人工智能+”行动", "人工智能+")  # 6 of 8 characters (quotes dropped)
    assert matches("稳就业、稳企业、稳市场、稳预期", "稳就业、稳企业、稳市场、稳预期")
    assert not matches("智能", "具身智能")  # 2 of 4
    assert not matches("“45432”发展架构", "45432")  # 5 of 9


def test_development_pairs_floors(develop):
    # all eleven pairs: the three first, 云南 and 江苏 (held out from round one), 黑龙江 and 陕西
    # (held out from round two), 河南 and 青海 (from round three), 天津 and 福建 (written after
    # it); the seven of round three alone were 403/477 = 0.845, stance 46/57, concept 147/210,
    # 9 not-terms, and are 404/477 now
    from benchmarks.terms_accuracy import total

    sums = total(develop)
    # (at the start of round four: 617/794, stance 69/109, concept 221/358, 33 not-terms)
    assert sums["new terms"].value >= 0.77, sums["new terms"].missed  # 626/794 = 0.788
    assert sums["  stance"].value >= 0.69, sums["  stance"].missed  # 78/109 = 0.716
    assert sums["  concept"].value >= 0.60, sums["  concept"].missed  # 221/358 = 0.617
    assert sums["renamed"].right >= 21  # 23 of 82
    assert sum(len(s.noise) for s in develop) <= 35  # 33
    assert all(s.listed <= 570 for s in develop)  # 316-546


def test_held_out_pairs_floors(held_out):
    # truth written after the engine was last tuned, by someone else, never used to tune it
    # (benchmarks.terms_accuracy.HELD_OUT, now 山西 and 广西; 河南 and 青海, written during round
    # three; before it
    # 110/158 = 0.696 and 12 not-terms, after it 111/158 = 0.703 and 11; 黑龙江 and 陕西, held
    # out from round two at 104/147 = 0.707, were used in round three; 天津 and 福建, written
    # 2026-12-03 after round three: 103/159 = 0.648 and 13, used with 河南 and 青海 in round four;
    # 山西 and 广西, written during round four: 110/168 = 0.655 before it, 114/168 = 0.679 after,
    # 6 not-terms both times). Floors of the genre, not
    # of one set: the done-means (0.9) less the gap tuned pairs have shown to held-out ones
    from benchmarks.terms_accuracy import total

    sums = total(held_out)
    assert sums["new terms"].value >= 0.65, sums["new terms"].missed
    assert sum(len(s.noise) for s in held_out) <= 6 * len(held_out)  # round two: 12 in 2 pairs
    assert all(s.listed <= 570 for s in held_out)
