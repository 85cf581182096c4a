"""Accuracy on real reports: the tool scored against the hand-made truth of ``../shared/corpus``.

    python -m benchmarks.accuracy            # every truth pair, .docx and .txt readings
    python -m benchmarks.accuracy --json     # the same figures as JSON
    python -m benchmarks.accuracy --details  # also every missed and extra item

For each province with truth (``truth/<p>-<year>.headings.json``, ``alignment/<p>-2025-2026.json``,
``truth/<p>-<year>.targets.json``) it prints, per pair and in total, then the same for the
held-out pairs of ``benchmarks/truth/structure`` (headings and alignment):

- headings precision/recall per level (level 1: body parts; level 2: （一） sections), for the 2025
  report read from .docx and from .txt and for the 2026 report;
- glossary recall (terms of a parsed 名词解释, where the truth has a glossary);
- alignment precision/recall per level, links counted as in the truth: one link per old → new
  pair of a split or merge, (old, none) for a dropped section, (none, new) for an added one; for
  2025 .docx → 2026 and 2025 .txt → 2026;
- headline-target precision/recall: a target counts when its canonical indicator, value,
  value_max, unit and qualifier are all right (``python -m benchmarks.targets_accuracy`` scores
  the targets engine on more truth: more headline targets, achieved figures, commitments).
- then (text output only) the terms figures of :mod:`benchmarks.terms_accuracy`: new-term recall
  by kind, new-glossary recall, not-terms in the top 30, renamed pairs linked.

Headings are compared without white space, label (一、 （一） 第一部分 …) and closing 。, so that a
heading printed with another label style still counts; a wrong heading text does not.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from toolkit.compare.model import Comparison, SectionPair
from toolkit.model import Report, Role, Section

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"

_LABEL = re.compile(
    r"^(?:第[一二三四五六七八九十]+部分|[（(]?[一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+[、.．])"
)
_SPACE = re.compile(r"[\s\u3000]+")
_NOT_BODY = {Role.ANNEX, Role.GLOSSARY}


def heading_key(heading: str) -> str:
    """A heading as compared: no white space, no leading label, no closing punctuation."""
    text = _SPACE.sub("", heading)
    text = _LABEL.sub("", text.lstrip("（("), count=1) if _LABEL.match(text) else text
    text = text.removeprefix("）").removeprefix(")")
    return text.rstrip("。；;：:，,")


@dataclass
class Score:
    """Counts of one measure: items found right, items the tool gave, items of the truth."""

    right: int = 0
    given: int = 0
    truth: int = 0
    missed: list[str] = field(default_factory=list)
    extra: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.right / self.given if self.given else 1.0

    @property
    def recall(self) -> float:
        return self.right / self.truth if self.truth else 1.0

    def add(self, other: Score) -> None:
        self.right += other.right
        self.given += other.given
        self.truth += other.truth
        self.missed += other.missed
        self.extra += other.extra


def score_items(given: Iterable[str], truth: Iterable[str]) -> Score:
    """Multiset precision/recall of two lists of keys."""
    g, t = Counter(given), Counter(truth)
    both = g & t
    return Score(
        right=sum(both.values()),
        given=sum(g.values()),
        truth=sum(t.values()),
        missed=sorted((t - both).elements()),
        extra=sorted((g - both).elements()),
    )


# --- headings --------------------------------------------------------------------------------


def body_parts(report: Report) -> list[Section]:
    """The report's level-1 body parts: top-level sections that are not annex or glossary."""
    return [s for s in report.sections if s.role not in _NOT_BODY]


def report_headings(report: Report) -> dict[int, list[str]]:
    parts = body_parts(report)
    return {
        1: [heading_key(s.heading) for s in parts],
        2: [heading_key(c.heading) for s in parts for c in s.children],
    }


def truth_headings(data: dict) -> dict[int, list[str]]:
    sections = data["sections"]
    return {
        1: [heading_key(s["heading"]) for s in sections],
        2: [heading_key(c["heading"]) for s in sections for c in s.get("subsections", [])],
    }


# --- alignment -------------------------------------------------------------------------------


def report_links(old: Report, new: Report) -> dict[int, list[str]]:
    """The comparison's links as ``"old → new"`` keys per level (``∅`` for none)."""
    from toolkit.compare import compare_reports
    from toolkit.compare.model import FRONT_ID

    comparison = compare_reports(old, new)
    heading = {("old", s.id): s for s in old.walk()} | {("new", s.id): s for s in new.walk()}
    links: dict[int, list[str]] = {1: [], 2: []}
    parents = {pair.parent for pair in comparison.pairs}
    for index, pair in enumerate(comparison.pairs):
        if pair.level not in links or FRONT_ID in (*pair.old, *pair.new):
            continue
        olds = [heading["old", i] for i in pair.old]
        news = [heading["new", i] for i in pair.new]
        if any(s.role in _NOT_BODY for s in (*olds, *news)) or _under_annex(pair, comparison):
            continue
        if pair.links:
            for old_id, new_id, *_ in pair.links:
                links[pair.level].append(
                    _link(heading["old", old_id].heading, heading["new", new_id].heading)
                )
        else:
            for o in olds or [None]:
                for n in news or [None]:
                    links[pair.level].append(_link(o and o.heading, n and n.heading))
        if index not in parents and pair.level + 1 in links:
            # a pair diffed whole, subsections included: the subsections of the side that has
            # them found no counterpart
            for o in olds:
                links[pair.level + 1] += [_link(c.heading, None) for c in o.children]
            for n in news:
                links[pair.level + 1] += [_link(None, c.heading) for c in n.children]
    return links


def _under_annex(pair: SectionPair, comparison: Comparison) -> bool:
    """Whether a pair sits below an annex or glossary pair."""
    index = pair.parent
    while index is not None:
        parent = comparison.pairs[index]
        sections = [comparison.old.section(i) for i in parent.old] + [
            comparison.new.section(i) for i in parent.new
        ]
        if any(s.role in _NOT_BODY for s in sections):
            return True
        index = parent.parent
    return False


def _link(old: str | None, new: str | None) -> str:
    return f"{heading_key(old) if old else '∅'} → {heading_key(new) if new else '∅'}"


def truth_links(data: dict) -> dict[int, list[str]]:
    return {level: [_link(e["old"], e["new"]) for e in data[f"level{level}"]] for level in (1, 2)}


# --- glossary and targets --------------------------------------------------------------------


def _term_key(term: str) -> str:
    return _SPACE.sub("", term).strip("“”\"'‘’《》")


def score_glossary(report: Report, truth: Sequence[dict]) -> Score:
    return score_items(
        (_term_key(e.term) for e in report.glossary), (_term_key(e["term"]) for e in truth)
    )


def score_targets(report: Report, truth: Sequence[dict]) -> Score:
    """Headline targets: canonical indicator, value, value_max, unit and qualifier all right
    (:func:`benchmarks.targets_accuracy.score_headline`)."""
    from benchmarks.targets_accuracy import score_headline
    from toolkit.targets import extract_targets
    from toolkit.targets.indicators import registered_table

    table = registered_table()
    return score_headline(extract_targets(report, table), truth, table)


# --- the corpus ------------------------------------------------------------------------------


def truth_provinces(corpus: Path = CORPUS) -> list[str]:
    return sorted(
        p.name.removesuffix("-2025-2026.json") for p in (corpus / "alignment").glob("*.json")
    )


#: structure truth (headings of both years, alignment) written by reading for corpus pairs the
#: corpus has none for, each pair scored once before any change made on its misses (which pairs
#: were used so afterwards: ``benchmarks/truth/README.md``): ``<p>-<year>.headings.json``,
#: ``<p>-2025-2026.alignment.json`` (the corpus's formats; see ``benchmarks/truth/README.md``)
HELD_OUT = Path(__file__).resolve().parent / "truth" / "structure"


def held_out_provinces(folder: Path = HELD_OUT) -> list[str]:
    return sorted(
        p.name.removesuffix("-2025-2026.alignment.json")
        for p in folder.glob("*-2025-2026.alignment.json")
    )


@dataclass
class PairResult:
    province: str
    headings: dict[str, dict[int, Score]]  #: reading ("2025.docx" …) → level → score
    alignment: dict[str, dict[int, Score]]  #: "2025.docx→2026" … → level → score
    glossary: dict[str, Score]
    targets: dict[str, Score]


def _load(path: Path) -> Report:
    from toolkit.api import load_report

    return load_report(path)


def score_province(province: str, corpus: Path = CORPUS, held_out: bool = False) -> PairResult:
    """A pair scored against the corpus's truth, or with ``held_out`` against the structure
    truth of :data:`HELD_OUT` (headings and alignment only)."""
    reports = corpus / "reports" / province
    truth = HELD_OUT if held_out else corpus / "truth"
    alignment = (
        HELD_OUT / f"{province}-2025-2026.alignment.json"
        if held_out
        else corpus / "alignment" / f"{province}-2025-2026.json"
    )
    readings = {name: _load(reports / name) for name in ("2025.docx", "2025.txt", "2026.txt")}
    result = PairResult(province, {}, {}, {}, {})
    for name, report in readings.items():
        data = json.loads((truth / f"{province}-{name[:4]}.headings.json").read_text("utf-8"))
        got, want = report_headings(report), truth_headings(data)
        result.headings[name] = {lv: score_items(got[lv], want[lv]) for lv in (1, 2)}
        targets = truth / f"{province}-{name[:4]}.targets.json"
        if targets.exists():
            data = json.loads(targets.read_text("utf-8"))
            result.targets[name] = score_targets(report, data["targets"])
            if data.get("glossary"):
                result.glossary[name] = score_glossary(report, data["glossary"])
    data = json.loads(alignment.read_text("utf-8"))
    want = truth_links(data)
    for name in ("2025.docx", "2025.txt"):
        got = report_links(readings[name], readings["2026.txt"])
        result.alignment[f"{name}→2026"] = {lv: score_items(got[lv], want[lv]) for lv in (1, 2)}
    return result


def score_corpus(corpus: Path = CORPUS, provinces: Sequence[str] | None = None) -> list[PairResult]:
    """The corpus's truth pairs (of ``provinces`` only, when given)."""
    chosen = truth_provinces(corpus) if provinces is None else provinces
    return [score_province(p, corpus) for p in chosen]


def score_held_out(
    corpus: Path = CORPUS, provinces: Sequence[str] | None = None
) -> list[PairResult]:
    """The pairs of :data:`HELD_OUT` (of ``provinces`` only, when given)."""
    wanted = held_out_provinces()
    return [
        score_province(p, corpus, held_out=True)
        for p in wanted
        if provinces is None or p in provinces
    ]


@dataclass
class Totals:
    """Sums over the corpus, by measure and reading ("docx" readings of 2025, or "txt")."""

    scores: dict[str, Score] = field(default_factory=dict)

    def add(self, key: str, score: Score) -> None:
        self.scores.setdefault(key, Score()).add(score)


def totals(results: Sequence[PairResult]) -> Totals:
    out = Totals()
    for r in results:
        for name, levels in r.headings.items():
            reading = "docx" if name.endswith("docx") else "txt"
            for lv, s in levels.items():
                out.add(f"headings L{lv} ({reading})", s)
        for name, levels in r.alignment.items():
            reading = "docx" if "docx" in name else "txt"
            for lv, s in levels.items():
                out.add(f"alignment L{lv} ({reading})", s)
        for name, s in r.glossary.items():
            out.add(f"glossary ({'docx' if name.endswith('docx') else 'txt'})", s)
        for name, s in r.targets.items():
            out.add(f"targets ({'docx' if name.endswith('docx') else 'txt'})", s)
    return out


def _rows(results: Sequence[PairResult]) -> Iterator[tuple[str, str, Score]]:
    for r in results:
        for name, levels in r.headings.items():
            for lv, s in levels.items():
                yield r.province, f"headings L{lv} {name}", s
        for name, s in r.glossary.items():
            yield r.province, f"glossary {name}", s
        for name, levels in r.alignment.items():
            for lv, s in levels.items():
                yield r.province, f"alignment L{lv} {name}", s
        for name, s in r.targets.items():
            yield r.province, f"targets {name}", s


def figures(s: Score) -> dict[str, float | int]:
    """A score as printed by ``--json``."""
    return {
        "precision": round(s.precision, 3),
        "recall": round(s.recall, 3),
        "right": s.right,
        "given": s.given,
        "truth": s.truth,
    }


def print_scores(
    rows: Iterable[tuple[str, str, Score]],
    total: Mapping[str, Score],
    first: tuple[str, int],
    second: tuple[str, int],
    *,
    details: bool,
) -> None:
    """The table of scores per item (``first`` and ``second`` name the columns and give their
    widths), every miss and extra with ``details``, then the totals."""
    (name, w1), (measure, w2) = first, second
    print(f"{name:<{w1}} {measure:<{w2}} {'P':>6} {'R':>6}  right/given/truth")
    for key, label, s in rows:
        print(f"{key:<{w1}} {label:<{w2}} {s.precision:6.3f} {s.recall:6.3f}  "
              f"{s.right}/{s.given}/{s.truth}")  # fmt: skip
        if details:
            for item in s.missed:
                print(f"{'':<{w1}}   missed: {item}")
            for item in s.extra:
                print(f"{'':<{w1}}   extra:  {item}")
    print()
    print(f"{'total':<{w1}} {measure:<{w2}} {'P':>6} {'R':>6}  right/given/truth")
    for key, s in total.items():
        print(f"{'':<{w1}} {key:<{w2}} {s.precision:6.3f} {s.recall:6.3f}  "
              f"{s.right}/{s.given}/{s.truth}")  # fmt: skip


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--details", action="store_true", help="list missed and extra items")
    parser.add_argument("--province", action="append", help="only these provinces")
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    args = parser.parse_args(argv)
    if not (args.corpus / "alignment").is_dir():
        print(f"accuracy: no corpus at {args.corpus}", file=sys.stderr)
        return 2
    wanted = args.province
    developed = truth_provinces(args.corpus)
    results = score_corpus(args.corpus, [p for p in wanted or developed if p in developed])
    total = totals(results)
    held = score_held_out(args.corpus, wanted)
    held_total = totals(held)
    if args.json:
        data: dict[str, object] = {key: figures(s) for key, s in total.scores.items()}
        if held:
            data["held out"] = {key: figures(s) for key, s in held_total.scores.items()}
        print(json.dumps(data, ensure_ascii=False, indent=1))
        return 0
    if results:
        ordered = {key: total.scores[key] for key in sorted(total.scores)}
        print_scores(
            _rows(results), ordered, ("province", 10), ("measure", 34), details=args.details
        )
    if held:
        print(f"\nheld out (structure truth of {HELD_OUT.relative_to(HELD_OUT.parents[2])}, "
              "each scored once before tuning on it):")  # fmt: skip
        ordered = {key: held_total.scores[key] for key in sorted(held_total.scores)}
        print_scores(_rows(held), ordered, ("province", 10), ("measure", 34), details=args.details)
    from benchmarks import terms_accuracy

    if terms_accuracy.truth_files():
        print("\nterms (benchmarks/terms_accuracy.py):")
        terms_accuracy.main(
            ["--corpus", str(args.corpus), *(["--details"] if args.details else [])]
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
