"""Synthetic year-on-year edits of real reports, with known answers, for alignment scoring.

From a real parsed report (the "old" one) a "new" one is made the way drafters change a report:
task sections shuffled, renamed, split, merged, removed, added (taken from another province's
report), parts renamed, a part added and a part removed, sentences deleted and rewritten,
targets changed, every year rolled by one, and everything renumbered. Each new section remembers
which old sections it came from, so the right pairing is known.

``python benchmarks/synthetic.py`` prints precision and recall per level over many seeds;
``tests/test_alignment_benchmark.py`` holds them to ≥ 0.95.
"""

from __future__ import annotations

import random
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from toolkit.api import load_report  # noqa: E402
from toolkit.compare import compare_reports  # noqa: E402
from toolkit.model import Paragraph, Report, Role, Section  # noqa: E402

SAMPLES = ROOT / "samples"
REPORTS = [
    "guangdong-2025.txt",
    "sichuan-2025.txt",
    "hunan-2025.txt",
    "guangdong-2026.txt",
    "sichuan-2026.txt",
    "hunan-2026.txt",
]
CN = "一二三四五六七八九十"


def cn_number(n: int) -> str:
    if n <= 10:
        return CN[n - 1]
    if n < 20:
        return "十" + CN[n - 11]
    return CN[n // 10 - 1] + "十" + (CN[n % 10 - 1] if n % 10 else "")


@dataclass
class Spec:
    """A section being edited: its text, children and the old sections it came from."""

    title: str
    paragraphs: list[str]
    role: Role
    origin: list[str]
    children: list[Spec] = field(default_factory=list)


def to_spec(section: Section) -> Spec:
    paragraphs = [p.text for p in section.paragraphs]
    return Spec(
        section.title,
        paragraphs,
        section.role,
        [section.id],
        [to_spec(c) for c in section.children],
    )


def build(
    specs: list[Spec], level: int = 1, prefix: str = "s", line: list[int] | None = None
) -> tuple[list[Section], dict[str, list[str]]]:
    """Sections with positional ids, fresh labels and line numbers; origin map new id → old ids."""
    line = line if line is not None else [10]
    sections: list[Section] = []
    origins: dict[str, list[str]] = {}
    for index, spec in enumerate(specs, start=1):
        sid = f"{prefix}{index}"
        label = f"{cn_number(index)}、" if level == 1 else f"（{cn_number(index)}）"
        heading_line = line[0]
        line[0] += 1
        paragraphs = []
        for k, text in enumerate(spec.paragraphs, start=1):
            paragraphs.append(Paragraph(f"{sid}.p{k}", line[0], text))
            line[0] += 1
        children, child_origins = build(spec.children, level + 1, sid + ".", line)
        origins.update(child_origins)
        origins[sid] = spec.origin
        sections.append(
            Section(
                sid,
                level,
                label,
                spec.title,
                label + spec.title,
                heading_line,
                tuple(paragraphs),
                tuple(children),
                spec.role,
            )
        )
    return sections, origins


_YEAR = re.compile(r"(?:19|20)\d{2}(?=年)")
_PERCENT = re.compile(r"\d+(?:\.\d+)?%")


def edit_text(text: str, rng: random.Random) -> str:
    """Roll years, change targets, delete or rewrite a sentence now and then."""
    text = _YEAR.sub(lambda m: str(int(m.group()) + 1), text)
    text = _PERCENT.sub(
        lambda m: f"{rng.choice([3, 4, 5, 6, 7, 8])}%" if rng.random() < 0.5 else m.group(), text
    )
    sentences = [s for s in re.split(r"(?<=。)", text) if s]
    if len(sentences) > 2 and rng.random() < 0.4:
        del sentences[rng.randrange(1, len(sentences))]
    if len(sentences) > 2 and rng.random() < 0.3:
        k = rng.randrange(1, len(sentences))
        sentences[k] = "坚持稳中求进工作总基调，" + sentences[k]
    return "".join(sentences)


def edit_tree(specs: list[Spec], donor: list[Spec], rng: random.Random) -> list[Spec]:
    """Apply the drafters' edits to a parsed report's parts (see the module docstring)."""
    for spec in _walk(specs):
        spec.title = _YEAR.sub(lambda m: str(int(m.group()) + 1), spec.title)
        spec.paragraphs = [edit_text(p, rng) for p in spec.paragraphs]
    parts = [s for s in specs if len(s.children) >= 5]
    for part in parts:
        kids = part.children
        # shuffle: swap two sections
        i, j = rng.sample(range(len(kids)), 2)
        kids[i], kids[j] = kids[j], kids[i]
        # rename one section (new wording, same topic)
        victim = rng.choice(kids)
        clauses = victim.title.rstrip("。").split("，")
        victim.title = "突出" + clauses[-1] + ("，" + clauses[0] if len(clauses) > 1 else "") + "。"
        # split one section with enough paragraphs
        splittable = [k for k in kids if len(k.paragraphs) >= 4 and len(k.origin) == 1]
        if splittable:
            whole = rng.choice(splittable)
            half = len(whole.paragraphs) // 2
            piece = Spec(
                whole.paragraphs[half].split("。")[0] + "。",
                whole.paragraphs[half:],
                whole.role,
                list(whole.origin),
            )
            whole.paragraphs = whole.paragraphs[:half]
            kids.insert(kids.index(whole) + 1, piece)
        # merge two neighbours
        k = rng.randrange(len(kids) - 1)
        first, second = kids[k], kids[k + 1]
        if len(first.origin) == 1 and len(second.origin) == 1 and first.origin != second.origin:
            first.paragraphs += [second.title, *second.paragraphs]
            first.origin += second.origin
            del kids[k + 1]
        # remove one, add one from another report
        singles = [
            k
            for k in kids
            if len(k.origin) == 1 and sum(o == k.origin for o in (x.origin for x in kids)) == 1
        ]
        if singles:
            kids.remove(rng.choice(singles))
        donated = [c for d in donor for c in d.children if d.role is part.role]
        if donated:
            gift = rng.choice(donated)
            kids.insert(rng.randrange(len(kids) + 1), replace(gift, origin=[]))
    # parts: rename the review part, add a part from the donor, remove one part
    for spec in specs:
        if spec.role is Role.REVIEW:
            spec.title = spec.title.replace("工作回顾", "和过去五年工作回顾")
    removable = [s for s in specs if s.role is Role.GOVERNMENT and not s.children]
    if removable:
        specs.remove(removable[0])
    outlook = [d for d in donor if d.role is Role.OUTLOOK]
    if outlook and not any(s.role is Role.OUTLOOK for s in specs):
        gift = outlook[0]
        specs.insert(1, Spec(gift.title, list(gift.paragraphs), gift.role, [], []))
    return specs


def _walk(specs: list[Spec]) -> Iterator[Spec]:
    for spec in specs:
        yield spec
        yield from _walk(spec.children)


def make_case(name: str, donor_name: str, seed: int) -> tuple[Report, Report, set[tuple[str, str]]]:
    """(old report, synthetic new report, true (old id, new id) pairs of sections)."""
    rng = random.Random(seed)
    old = load_report(SAMPLES / name)
    donor = [to_spec(s) for s in load_report(SAMPLES / donor_name).sections]
    specs = edit_tree([to_spec(s) for s in old.sections], donor, rng)
    sections, origins = build(specs)
    new = replace(old, sections=tuple(sections), year=(old.year or 2025) + 1, glossary=())
    truth = {(o, n) for n, olds in origins.items() for o in olds}
    return old, new, truth


def predicted(old: Report, new: Report) -> set[tuple[str, str]]:
    comparison = compare_reports(old, new)
    links = set()
    for pair in comparison.pairs:
        if pair.links:
            links.update((o, n) for o, n, *_ in pair.links)
        else:
            links.update((o, n) for o in pair.old for n in pair.new if o != "front")
    return links


def score(cases: int = 12) -> dict[int, tuple[float, float, int]]:
    """Precision, recall and number of true pairs per old-section level, over ``cases`` cases."""
    hits: dict[int, list[int]] = {1: [0, 0, 0], 2: [0, 0, 0]}  # right, predicted, true
    for seed in range(cases):
        name = REPORTS[seed % len(REPORTS)]
        donor = REPORTS[(seed + 1) % len(REPORTS)]
        old, new, truth = make_case(name, donor, seed)
        pred = predicted(old, new)
        level = {s.id: s.level for s in old.walk()}
        for lvl in hits:
            t = {p for p in truth if level.get(p[0]) == lvl}
            q = {p for p in pred if level.get(p[0]) == lvl}
            hits[lvl][0] += len(t & q)
            hits[lvl][1] += len(q)
            hits[lvl][2] += len(t)
    return {
        lvl: (right / max(npred, 1), right / max(ntrue, 1), ntrue)
        for lvl, (right, npred, ntrue) in hits.items()
    }


if __name__ == "__main__":
    cases = int(sys.argv[1]) if len(sys.argv) > 1 else 24
    print(f"{'level':>5} {'precision':>10} {'recall':>8} {'true pairs':>10}   ({cases} cases)")
    for lvl, (p, r, n) in score(cases).items():
        print(f"{lvl:>5} {p:>10.3f} {r:>8.3f} {n:>10}")
