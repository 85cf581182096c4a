"""Accuracy of the targets engine on real reports, against truth made by reading them.

    python -m benchmarks.targets_accuracy            # per file and in total
    python -m benchmarks.targets_accuracy --details  # also every missed and extra item
    python -m benchmarks.targets_accuracy --json     # the totals as JSON

Three measures, each per file and in total:

- headline targets (``../shared/corpus/truth/<p>-<year>.targets.json`` and
  ``benchmarks/truth/<p>-<year>.targets.json``; a 2025 report read from .docx and from .txt):
  a target counts when its canonical indicator (the table's name; the name itself, compared
  without 的, quotes and brackets, for an indicator outside the table), value, value_max, unit
  and qualifier are all right;
- achieved figures (``benchmarks/truth/<p>-2026.achieved.json``): recall of the truth's figures
  (line, indicator as above or one name within the other, value, value_max, unit, qualifier
  in normal form (超 → 超过, 低于 → 以下) and year all right; a five-year review's level at the
  term's end counts for its last year);
  precision over the lines the truth covers whole (its overview lines);
- commitments (``benchmarks/truth/<p>-2025-2026.commitments.json``): the tracker's pairs
  (old commitment → review result) against the truth's: a pair counts when the commitment is
  the truth's (line, value, unit: as written or as the tool compares it, a bare 万 of people
  as 万人) and so is its result (line, value); precision over the
  tracker's pairs, recall over the truth's; status right over the commitments both found
  (the truth's five statuses); and the commitments found at all (recall and precision).
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from benchmarks.accuracy import CORPUS, Score, figures, print_scores
from toolkit.model import Report
from toolkit.targets.indicators import IndicatorTable
from toolkit.targets.model import Commitment, Target
from toolkit.targets.scoring import plain_name as plain

TRUTH = Path(__file__).resolve().parent / "truth"


def same_indicator(found: Target, expected: str, table: IndicatorTable, *, loose: bool) -> bool:
    """Same canonical indicator; outside the table the same name (``loose``: or one name
    within the other, see :func:`_within`)."""
    # a name read without its verb ("经济" of 经济增长5%) is the table's name with it
    canonical = table.canonical(expected) or table.canonical(expected + "增长")
    if canonical is not None or found.canonical is not None:
        return canonical == found.canonical
    a, b = plain(found.indicator), plain(expected)
    return a == b or (loose and bool(a) and bool(b) and _within(*sorted((a, b), key=len)))


def _within(short: str, long: str) -> bool:
    """``short`` inside ``long``, or its characters in order there with a few words between
    ("乡村建设品质提升行动投资" in "乡村建设品质提升行动完成投资")."""
    if short in long:
        return True
    rest = iter(long)
    return all(char in rest for char in short) and len(short) >= 0.6 * len(long)


def normal_qualifier(word: str | None) -> str:
    """A qualifier as the tool writes it: the truth writes bounds as the text does ("超", "达",
    "低于"), the tool in normal form ("超过", "达到", "以下"); a change the figure ended on
    (新疆's truth: "由1.58亿人次增加到3.23亿人次", qualifier 增加到) bounds nothing, nor does
    首次 ("首次突破2万元" is bounded by 突破); 多 and 余 after a number ("2800多个") are the tool's
    超过."""
    from toolkit.targets.qualifiers import BOUND_PREFIXES, SUFFIX_QUALIFIERS

    word = (word or "").removeprefix("首次")
    if word in _CHANGED_TO:
        return ""
    if word in ("多", "余"):
        return "超过"  # "2800多个", "600余项": more than, in the tool's normal form
    return SUFFIX_QUALIFIERS.get(word) or BOUND_PREFIXES.get(word) or word


#: the words of a change to a value, which the truth sometimes gives as the qualifier
_CHANGED_TO = frozenset({"增加到", "增至", "提高到", "提升到", "提高至", "增加至", "升至"})


def _close(a: float | None, b: float | None) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-3, abs_tol=1e-9)


def facts(value: float | None, value_max: float | None, unit: str, qualifier: str) -> str:
    vmax = "" if value_max is None else f"–{float(value_max):g}"
    return f"{float(value):g}{vmax}{unit}{qualifier or ''}" if value is not None else "?"


def _describe(t: Target) -> str:
    return f"L{t.line} {t.indicator} [{t.canonical or '-'}] " + facts(
        t.value, t.value_max, t.unit, t.qualifier
    )


# --- headline targets --------------------------------------------------------------------------


def score_headline(found: Sequence[Target], truth: Sequence[dict], table: IndicatorTable) -> Score:
    """The headline numeric targets found against the truth's, every field right."""
    pool = [t for t in found if t.headline and t.scope == "target" and t.kind == "numeric"]
    result = Score(given=len(pool), truth=len(truth))
    for item in truth:
        hit = next(
            (
                t
                for t in pool
                if _close(t.value, item["value"])
                and _close(t.value_max, item["value_max"])
                and item["unit"] in (t.unit, t.compared_unit)
                and t.qualifier == (item["qualifier"] or "")
                and same_indicator(t, item["indicator"], table, loose=False)
            ),
            None,
        )
        want = facts(item["value"], item["value_max"], item["unit"], item["qualifier"])
        if hit is None:
            result.missed.append(f"{item['indicator']} {want}")
        else:
            pool.remove(hit)
            result.right += 1
    result.extra = [_describe(t) for t in pool]
    return result


# --- achieved figures --------------------------------------------------------------------------


def _lines(scope: str) -> set[int]:
    """The lines a truth's scope says it covers whole: the first "line 7", "lines 7-8" or
    "lines 7 and 18-20" (jiangsu's overview: its lead-in and the 2025 paragraphs)."""
    found = re.search(
        r"lines?\s+(\d+(?:\s*[-–—]\s*\d+)?(?:\s*(?:,|and)\s*\d+(?:\s*[-–—]\s*\d+)?)*)",
        scope.split("+")[0],
    )
    if found is None:
        return set()
    lines: set[int] = set()
    for first, last in re.findall(r"(\d+)(?:\s*[-–—]\s*(\d+))?", found[1]):
        lines |= set(range(int(first), int(last or first) + 1))
    return lines


@dataclass
class AchievedScore:
    """Recall over all the truth's figures; precision over the lines it covers whole."""

    recall: Score
    precision: Score


def score_achieved(
    found: Sequence[Target], truth: dict, table: IndicatorTable, year: int | None
) -> AchievedScore:
    """Achieved figures (not five-year ones) against the truth's."""
    # the year's figures, and the levels a five-year review gives for the term's end
    figures = [t for t in found if t.scope == "achieved" and t.year is not None]
    pool = list(figures)
    entries = truth["achieved"]
    recall = Score(truth=len(entries))
    for item in entries:
        hit = next(
            (
                t
                for t in pool
                if t.line == item["line"]
                and _close(t.value, item["value"])
                and _close(t.value_max, item.get("value_max"))
                and item["unit"] in (t.unit, t.compared_unit)
                and t.qualifier == normal_qualifier(item["qualifier"])
                and t.year == (item.get("year") or year)
                and same_indicator(t, item["indicator"], table, loose=True)
            ),
            None,
        )
        if hit is None:
            want = facts(item["value"], item.get("value_max"), item["unit"], item["qualifier"])
            recall.missed.append(f"L{item['line']} {item['indicator']} {want}")
        else:
            pool.remove(hit)
            recall.right += 1
    recall.given = recall.right
    overview = _lines(truth.get("scope", ""))
    right = sum(1 for t in figures if t.line in overview and t not in pool)
    extra = [t for t in pool if t.line in overview]
    precision = Score(
        right=right,
        given=right + len(extra),
        truth=sum(e["line"] in overview for e in entries),
        extra=[_describe(t) for t in extra],
    )
    return AchievedScore(recall, precision)


# --- commitments -------------------------------------------------------------------------------


def _same_commitment(c: Target, item: dict) -> bool:
    # the unit the tool compares, too: a bare 万 of people is 万人 ("2300万省外劳动力")
    same_unit = item["unit"] in (c.unit, c.compared_unit)
    return c.line == item["old_line"] and _close(c.value, item["value"]) and same_unit


def _same_result(r: Target | None, item: dict | None) -> bool:
    if r is None or item is None:
        return r is None and item is None
    # a result reported only in words (基本消除) has no value: its line decides
    return r.line == item["line"] and (item["value"] is None or _close(r.value, item["value"]))


@dataclass
class CommitmentScore:
    found: Score  #: commitments found (old side only)
    pairs: Score  #: pairs with a result, both sides right
    status: Score  #: status right, over the commitments both found (given = truth = both)


def score_commitments(tracked: Sequence[Commitment], truth: dict) -> CommitmentScore:
    entries = list(truth["commitments"])
    pool = list(tracked)
    found = Score(given=len(tracked), truth=len(entries))
    status = Score()
    pairs = Score(
        given=sum(c.result is not None for c in tracked),
        truth=sum(e["result"] is not None for e in entries),
    )
    matched: list[tuple[Commitment, dict]] = []
    for item in entries:
        hit = next((c for c in pool if _same_commitment(c.old, item)), None)
        label = f"L{item['old_line']} {item['indicator']} " + facts(
            item["value"], item["value_max"], item["unit"], item["qualifier"]
        )
        if hit is None:
            found.missed.append(label)
            if item["result"] is not None:
                pairs.missed.append(f"{label} → L{item['result']['line']} (commitment not found)")
            continue
        pool.remove(hit)
        found.right += 1
        matched.append((hit, item))
    found.extra = [_describe(c.old) for c in pool]
    for c in pool:
        if c.result is not None:
            pairs.extra.append(f"{_describe(c.old)} → {_describe(c.result)}")
    for c, item in matched:
        label = f"L{item['old_line']} {item['indicator']}"
        if c.result is not None and _same_result(c.result, item["result"]):
            pairs.right += 1
        else:
            if item["result"] is not None:
                got = _describe(c.result) if c.result else "none"
                want = item["result"]
                value = "?" if want["value"] is None else f"{want['value']:g}{want['unit']}"
                pairs.missed.append(f"{label} → L{want['line']} {value} (got {got})")
            if c.result is not None:
                pairs.extra.append(f"{label} → {_describe(c.result)}")
        status.given += 1
        status.truth += 1
        if c.status == item["status"]:
            status.right += 1
        else:
            status.missed.append(f"{label}: {c.status} (truth {item['status']})")
    return CommitmentScore(found, pairs, status)


# --- the files ---------------------------------------------------------------------------------


@dataclass
class FileResult:
    name: str  #: "anhui 2026.txt"
    scores: dict[str, Score] = field(default_factory=dict)  #: measure → score


def _readings(year: str) -> tuple[str, ...]:
    return ("2025.docx", "2025.txt") if year == "2025" else (f"{year}.txt",)


def truth_files(pattern: str, corpus: Path = CORPUS, truth: Path = TRUTH) -> list[Path]:
    """Truth files of one kind: the corpus's and this repository's (the latter win)."""
    found = {p.name: p for p in sorted((corpus / "truth").glob(pattern))}
    found |= {p.name: p for p in sorted(truth.glob(pattern))}
    return [found[name] for name in sorted(found)]


class _Reports:
    """Reports read once, their targets extracted once (with ``all_figures``)."""

    def __init__(self, corpus: Path) -> None:
        from toolkit.targets.indicators import registered_table

        self.corpus = corpus
        self.table = registered_table()
        self._reports: dict[str, Report] = {}
        self._found: dict[str, tuple[Target, ...]] = {}

    def report(self, name: str) -> Report:
        if name not in self._reports:
            from toolkit.api import load_report

            self._reports[name] = load_report(self.corpus / "reports" / name)
        return self._reports[name]

    def found(self, name: str) -> tuple[Target, ...]:
        if name not in self._found:
            from toolkit.targets import extract_targets

            self._found[name] = extract_targets(self.report(name), self.table, all_figures=True)
        return self._found[name]


def score_all(
    corpus: Path = CORPUS, truth: Path = TRUTH, provinces: Sequence[str] | None = None
) -> list[FileResult]:
    """Every truth file scored (see the module docstring)."""
    from toolkit.targets.compare import compare_targets

    reports = _Reports(corpus)
    results: list[FileResult] = []

    def wanted(province: str) -> bool:
        return not provinces or province in provinces

    for path in truth_files("*.targets.json", corpus, truth):
        province, year = path.name.removesuffix(".targets.json").rsplit("-", 1)
        if not wanted(province):
            continue
        data = json.loads(path.read_text("utf-8"))
        for reading in _readings(year):
            name = f"{province}/{reading}"
            result = FileResult(f"{province} {reading}")
            result.scores["targets"] = score_headline(
                reports.found(name), data["targets"], reports.table
            )
            results.append(result)
    for path in truth_files("*.achieved.json", corpus, truth):
        province, year = path.name.removesuffix(".achieved.json").rsplit("-", 1)
        if not wanted(province):
            continue
        data = json.loads(path.read_text("utf-8"))
        name = f"{province}/{year}.txt"
        split = score_achieved(reports.found(name), data, reports.table, reports.report(name).year)
        result = FileResult(f"{province} {year}.txt")
        result.scores["achieved (recall)"] = split.recall
        result.scores["achieved (overview)"] = split.precision
        results.append(result)
    for path in truth_files("*.commitments.json", corpus, truth):
        province = path.name.split("-", 1)[0]
        if not wanted(province):
            continue
        data = json.loads(path.read_text("utf-8"))
        old, new = data["old_file"], data["new_file"]
        comparison = compare_targets(reports.report(old), reports.report(new), reports.table)
        scored = score_commitments(comparison.commitments, data)
        result = FileResult(f"{province} {Path(old).name}→{Path(new).name}")
        result.scores["commitments found"] = scored.found
        result.scores["commitment pairs"] = scored.pairs
        result.scores["commitment status"] = scored.status
        results.append(result)
    return results


def _total_key(file: str, measure: str) -> str:
    if measure == "targets":
        return f"targets ({'docx' if file.endswith('docx') else 'txt'})"
    return measure


def totals(results: Sequence[FileResult]) -> dict[str, Score]:
    out: dict[str, Score] = {}
    for r in results:
        for measure, s in r.scores.items():
            out.setdefault(_total_key(r.name, measure), Score()).add(s)
    return out


def _rows(results: Sequence[FileResult]) -> Iterator[tuple[str, str, Score]]:
    for r in results:
        for measure, s in r.scores.items():
            yield r.name, measure, s


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the totals as JSON")
    parser.add_argument("--details", action="store_true", help="list missed and extra items")
    parser.add_argument("--province", action="append", help="only these provinces")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--truth", type=Path, default=TRUTH)
    args = parser.parse_args(argv)
    if not (args.corpus / "reports").is_dir():
        print(f"targets_accuracy: no corpus at {args.corpus}", file=sys.stderr)
        return 2
    results = score_all(args.corpus, args.truth, args.province)
    total = totals(results)
    if args.json:
        print(json.dumps({k: figures(s) for k, s in total.items()}, ensure_ascii=False, indent=1))
        return 0
    print_scores(_rows(results), total, ("file", 26), ("measure", 22), details=args.details)
    return 0


if __name__ == "__main__":
    sys.exit(main())
