"""Section alignment in passes, strongest first.

Level-1 parts are paired first, then the sections within paired parts, level by level. At each
level the passes are: identical text → heading equal once normalised (:mod:`.normalize`) →
content similarity on word tokens → splits and merges → sections found under another parent
(moves) → position between two paired neighbours as the last resort. Roles must agree: a review
section never pairs with a plan section. Every match records its pass and similarity.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import pairwise

from toolkit.compare.model import MatchPass
from toolkit.compare.normalize import normalize_title
from toolkit.model import Role, Section
from toolkit.textdiff.similarity import containment, dice, line_words

#: least content similarity for the content pass
MIN_CONTENT = 0.3
#: least content similarity for a section found under another parent
MIN_MOVE = 0.4
#: least content similarity for a section found at another level
MIN_CROSS_LEVEL = 0.3
#: least content similarity for a pair made by position alone
MIN_POSITION = 0.22
#: most sections paired by position in one gap
MAX_POSITION_RUN = 3
#: least share of a piece's words found in the whole for a split or merge
MIN_PIECE = 0.35
#: how much a split or merge must raise the similarity over the 1:1 pair
MIN_GAIN = 0.04

_FAMILIES: dict[Role, str] = {
    Role.REVIEW: "review",
    Role.OUTLOOK: "forward",
    Role.PLAN: "forward",
    Role.GOVERNMENT: "forward",
    Role.ANNEX: "annex",
    Role.GLOSSARY: "glossary",
}


def compatible(a: Role, b: Role) -> bool:
    """Whether sections of these roles may pair: review never with plan/outlook/government,
    annexes and glossaries only with their kind; "other" with anything."""
    if a is Role.OTHER or b is Role.OTHER:
        return True
    return _FAMILIES.get(a) == _FAMILIES.get(b)


def own_units(section: Section) -> list[str]:
    """The section's own text as diff units: a run-in heading is a unit of its own, without a
    line break, so that a heading printed on its own line in one year and run in the next pairs
    with its counterpart. ``"".join(own_units(s)) == "\\n".join(own_lines(s))``."""
    paragraphs = [p.text for p in section.paragraphs]
    units = [section.heading] if section.run_in and paragraphs else [section.heading + "\n"]
    units += [text + "\n" for text in paragraphs]
    units[-1] = units[-1].removesuffix("\n")
    return units


def own_lines(section: Section) -> list[str]:
    """The section's own lines: its heading (with the run-in body) and own paragraphs."""
    paragraphs = [p.text for p in section.paragraphs]
    if section.run_in and paragraphs:
        return [section.heading + paragraphs[0], *paragraphs[1:]]
    return [section.heading, *paragraphs]


@dataclass(eq=False)
class Node:
    """A section with what alignment needs about it."""

    section: Section
    index: int  #: position among its siblings
    parent: Node | None
    key: str = ""  #: normalised full text (identical pass)
    title: str = ""  #: normalised heading
    words: Counter[str] = field(default_factory=Counter)  #: words of the section and below
    children: list[Node] = field(default_factory=list)


def build_nodes(sections: Sequence[Section], parent: Node | None = None) -> list[Node]:
    nodes = []
    for index, section in enumerate(sections):
        node = Node(section, index, parent, title=normalize_title(section.title or section.heading))
        for line in own_lines(section):
            node.words.update(line_words(line))
        node.children = build_nodes(section.children, node)
        for child in node.children:
            node.words.update(child.words)
        node.key = normalize_title(section.heading) + "\n" + _year_free(section.text())
        nodes.append(node)
    return nodes


def _year_free(text: str) -> str:
    from toolkit.compare.normalize import _YEAR

    return _YEAR.sub("Y", text.split("\n", 1)[1] if "\n" in text else "")


@dataclass(eq=False)
class Match:
    """Old nodes paired with new nodes (one side may be empty)."""

    old: list[Node]
    new: list[Node]
    matched_by: MatchPass
    score: float
    children: list[Match] = field(default_factory=list)
    whole: bool = False  #: the pair covers its sections' whole text, subsections included

    @property
    def moved_parent(self) -> bool:
        return self.matched_by is MatchPass.MOVED


def _words(nodes: Iterable[Node]) -> Counter[str]:
    total: Counter[str] = Counter()
    for node in nodes:
        total.update(node.words)
    return total


def _pair_score(old: Sequence[Node], new: Sequence[Node]) -> float:
    return round(dice(_words(old), _words(new)), 3)


def match_level(olds: list[Node], news: list[Node]) -> tuple[list[Match], list[Node], list[Node]]:
    """Pair sibling lists by identical text, heading, content, then split/merge.

    Returns the matches and the old and new nodes left unpaired (in order).
    """
    matches: list[Match] = []
    free_old = list(olds)
    free_new = list(news)

    def take(o: Node, n: Node, how: MatchPass) -> None:
        matches.append(Match([o], [n], how, _pair_score([o], [n])))
        free_old.remove(o)
        free_new.remove(n)

    # 1. identical text
    by_key: dict[str, list[Node]] = {}
    for n in free_new:
        by_key.setdefault(n.key, []).append(n)
    for o in list(free_old):
        candidates = [n for n in by_key.get(o.key, []) if n in free_new]
        candidates = [n for n in candidates if compatible(o.section.role, n.section.role)]
        if candidates:
            take(o, candidates[0], MatchPass.IDENTICAL)
    # 2. heading equal once normalised, unique on both sides
    old_titles = Counter(o.title for o in free_old)
    new_titles = Counter(n.title for n in free_new)
    for o in list(free_old):
        if not o.title or old_titles[o.title] != 1 or new_titles[o.title] != 1:
            continue
        n = next(n for n in free_new if n.title == o.title)
        if compatible(o.section.role, n.section.role):
            take(o, n, MatchPass.HEADING)
    # 3. content similarity, best pairs first
    _match_by_content(free_old, free_new, MIN_CONTENT, MatchPass.CONTENT, take)
    # 4. splits and merges
    _find_splits(matches, free_old, free_new)
    return matches, free_old, free_new


def _match_by_content(
    free_old: list[Node],
    free_new: list[Node],
    threshold: float,
    how: MatchPass,
    take: Callable[[Node, Node, MatchPass], None],
) -> None:
    scored = []
    for o in free_old:
        for n in free_new:
            if compatible(o.section.role, n.section.role):
                score = dice(o.words, n.words)
                if score >= threshold:
                    # prefer near positions on ties; then reading order, for determinism
                    scored.append((-score, abs(o.index - n.index), o.index, n.index, o, n))
    scored.sort(key=lambda item: item[:4])
    used_old: set[int] = set()
    used_new: set[int] = set()
    for *_, o, n in scored:
        if id(o) in used_old or id(n) in used_new:
            continue
        used_old.add(id(o))
        used_new.add(id(n))
        take(o, n, how)


def _find_splits(matches: list[Match], free_old: list[Node], free_new: list[Node]) -> None:
    """Attach unpaired sections that are pieces of a paired one: split (old 1 → new many) and
    merged (old many → new 1)."""
    for side in ("new", "old"):
        free = free_new if side == "new" else free_old
        for piece in list(free):
            best: tuple[float, Match] | None = None
            for match in matches:
                whole = match.old if side == "new" else match.new
                parts = match.new if side == "new" else match.old
                if len(whole) != 1 or not compatible(whole[0].section.role, piece.section.role):
                    continue
                if containment(piece.words, whole[0].words) < MIN_PIECE:
                    continue
                before = dice(whole[0].words, _words(parts))
                after = dice(whole[0].words, _words([*parts, piece]))
                if after - before >= MIN_GAIN and (best is None or after - before > best[0]):
                    best = (after - before, match)
            if best is not None:
                match = best[1]
                parts = match.new if side == "new" else match.old
                parts.append(piece)
                parts.sort(key=lambda node: node.index)
                match.matched_by = MatchPass.SPLIT
                match.score = _pair_score(match.old, match.new)
                free.remove(piece)


def match_by_position(
    matches: list[Match], free_old: list[Node], free_new: list[Node]
) -> list[Match]:
    """Pair sections left between the same two paired neighbours, in order, when as many old
    as new ones are left there (at most :data:`MAX_POSITION_RUN`) and each pair shares at least
    :data:`MIN_POSITION` of its words. Neighbours are the pairs whose order agrees."""
    anchors = _in_order(
        sorted((m.old[0].index, m.new[0].index) for m in matches if m.old and m.new)
    )
    bounds = [(-1, -1), *anchors, (1 << 30, 1 << 30)]
    found = []
    for (old_low, new_low), (old_high, new_high) in pairwise(bounds):
        gap_old = [o for o in free_old if old_low < o.index < old_high]
        gap_new = [n for n in free_new if new_low < n.index < new_high]
        if not gap_old or len(gap_old) != len(gap_new) or len(gap_old) > MAX_POSITION_RUN:
            continue
        scores = [dice(o.words, n.words) for o, n in zip(gap_old, gap_new, strict=True)]
        roles_agree = all(
            compatible(o.section.role, n.section.role)
            for o, n in zip(gap_old, gap_new, strict=True)
        )
        if roles_agree and min(scores) >= MIN_POSITION:
            for o, n, score in zip(gap_old, gap_new, scores, strict=True):
                found.append(Match([o], [n], MatchPass.POSITION, round(score, 3)))
                free_old.remove(o)
                free_new.remove(n)
    return found


def _in_order(anchors: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest run of (old, new) index pairs, sorted by old index, whose new indexes rise."""
    if not anchors:
        return []
    best = [1] * len(anchors)
    back = [-1] * len(anchors)
    for i in range(len(anchors)):
        for j in range(i):
            if anchors[j][1] < anchors[i][1] and best[j] + 1 > best[i]:
                best[i], back[i] = best[j] + 1, j
    i = max(range(len(anchors)), key=lambda k: best[k])
    chain = []
    while i >= 0:
        chain.append(anchors[i])
        i = back[i]
    return chain[::-1]


def align(old_sections: Sequence[Section], new_sections: Sequence[Section]) -> list[Match]:
    """Align two section trees; returns the top-level matches with their children matches
    (unpaired sections are matches with one empty side)."""
    old_nodes = build_nodes(old_sections)
    new_nodes = build_nodes(new_sections)
    top = _align_siblings([(old_nodes, new_nodes, None)])
    _match_across_levels(top)
    _flatten_one_sided(top)
    return top


def _match_across_levels(top: list[Match]) -> None:
    """Pair sections left unpaired at different levels (a top-level part that became a
    section of another part, or the reverse) when their content is similar: moved."""
    holders: dict[int, list[Match]] = {}

    def collect(matches: list[Match]) -> None:
        for match in matches:
            holders[id(match)] = matches
            collect(match.children)

    collect(top)
    every = _flatten(top)
    removed = [m for m in every if m.old and not m.new]
    added = [m for m in every if m.new and not m.old]
    scored = []
    for r in removed:
        for a in added:
            o, n = r.old[0], a.new[0]
            if o.section.level != n.section.level and compatible(o.section.role, n.section.role):
                score = dice(o.words, n.words)
                if score >= MIN_CROSS_LEVEL:
                    scored.append((-score, o.section.line, n.section.line, r, a))
    scored.sort(key=lambda item: item[:3])
    used: set[int] = set()
    for *_, r, a in scored:
        if id(r) in used or id(a) in used:
            continue
        used.update((id(r), id(a)))
        a.old = r.old
        a.matched_by = MatchPass.MOVED
        a.score = _pair_score(a.old, a.new)
        a.children.extend(r.children)
        holders[id(r)].remove(r)


def _flatten_one_sided(matches: list[Match]) -> None:
    """When one side of a pair has no subsections and the other's are all unpaired, the pair
    covers the whole text of both sides and gets no child pairs (a part whose sections were
    dissolved into plain paragraphs, or the reverse)."""
    for match in matches:
        if match.old and match.new and match.children:
            old_flat = not any(node.children for node in match.old)
            new_flat = not any(node.children for node in match.new)
            one_sided = all(not (c.old and c.new) for c in match.children)
            if (old_flat or new_flat) and one_sided:
                match.children = []
                match.whole = True
                continue
        _flatten_one_sided(match.children)


def _align_siblings(groups: Sequence[tuple[list[Node], list[Node], Match | None]]) -> list[Match]:
    """Align each (old siblings, new siblings) group, then moves across groups, then position,
    then recurse into the children of every match. Returns the matches of groups without a
    parent match; the others are attached to their parent match's children."""
    results: list[tuple[list[Match], list[Node], list[Node], Match | None]] = []
    for olds, news, parent in groups:
        matches, free_old, free_new = match_level(olds, news)
        results.append((matches, free_old, free_new, parent))
    # moves: unpaired sections found under another parent at the same level
    all_old = [o for r in results for o in r[1]]
    all_new = [n for r in results for n in r[2]]
    moved: list[Match] = []

    def take(o: Node, n: Node, how: MatchPass) -> None:
        moved.append(Match([o], [n], how, _pair_score([o], [n])))
        all_old.remove(o)
        all_new.remove(n)

    if len(results) > 1:
        titles_old = Counter(o.title for o in all_old)
        titles_new = Counter(n.title for n in all_new)
        for o in list(all_old):
            if o.title and titles_old[o.title] == 1 and titles_new[o.title] == 1:
                n = next(n for n in all_new if n.title == o.title)
                if compatible(o.section.role, n.section.role):
                    take(o, n, MatchPass.MOVED)
        _match_by_content(all_old, all_new, MIN_MOVE, MatchPass.MOVED, take)
    top: list[Match] = []
    created: list[Match] = list(moved)
    for matches, free_old, free_new, parent in results:
        free_old[:] = [o for o in free_old if o in all_old]
        free_new[:] = [n for n in free_new if n in all_new]
        matches.extend(match_by_position(matches, free_old, free_new))
        matches.extend(Match([o], [], MatchPass.NONE, 0.0) for o in free_old)
        matches.extend(Match([], [n], MatchPass.NONE, 0.0) for n in free_new)
        created.extend(matches)
        if parent is None:
            top.extend(matches)
        else:
            parent.children.extend(matches)
    for match in moved:
        home = _home(match, results)
        if home is None:
            top.append(match)
        else:
            home.children.append(match)
    # recurse: the children of every pair (and of unpaired sections, which may hold moves)
    child_groups = [
        ([c for o in m.old for c in o.children], [c for n in m.new for c in n.children], m)
        for m in created
        if any(o.children for o in m.old) or any(n.children for n in m.new)
    ]
    if child_groups:
        _align_siblings(child_groups)
    return top


def _home(
    match: Match, results: list[tuple[list[Match], list[Node], list[Node], Match | None]]
) -> Match | None:
    """The parent match of a moved match: the group whose new siblings held its new node."""
    for _, _, _, parent in results:
        if parent is not None and any(match.new[0] in n.children for n in parent.new):
            return parent
    return None


def _flatten(matches: Iterable[Match]) -> list[Match]:
    out: list[Match] = []
    for match in matches:
        out.append(match)
        out.extend(_flatten(match.children))
    return out
