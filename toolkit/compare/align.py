"""Section alignment: which sections of the older report became which of the newer one.

Level-1 parts are linked first, then the sections within linked parts, level by level. At each
level: identical text → heading equal once normalised (:mod:`.normalize`) → where the text went
(:mod:`.flow`): the strongest flows one to one, then a second link wherever 40% or more of the old
side's text went, or of the new side's came from (with some text gone the other way: a split, a
merge, a many-to-many regrouping), then a section still unlinked joins the section most of its
text went to. Within a linked pair the paragraphs are compared with the pair's paragraphs
only, and two sections left over whose text went nowhere are linked as rewritten when each is
the other's most alike by its whole text. Sections left over are looked for under other parents
(moves) and at other levels. Families of roles must agree: review with review, tasks with tasks;
a five-year outline part only with another one. Every match records its pass, its similarity
and its links with their shares of text.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import field
from itertools import chain
from statistics import median

from toolkit.compare.flow import MIN_UNIT, Flow
from toolkit.compare.model import MatchPass
from toolkit.compare.normalize import normalize_title, years_as_y
from toolkit.memo import Memo
from toolkit.model import Role, Section
from toolkit.records import record
from toolkit.textdiff.similarity import dice, line_keys

#: least strength (mean share of text that went between them) for a one-to-one link
MIN_LINK = 0.2
#: least share of either side's text for a second link (a split, a merge)
MIN_SECOND = 0.4
#: least similarity of two paragraphs for the text of one to count as gone to the other, when
#: looking only inside a pair of linked sections
MIN_LOCAL_UNIT = 0.15
#: a second link needs some text to have gone the other way too (a section written anew on the
#: same topic finds its best matches in the old section, but that section's text went elsewhere)
MIN_BACK = 0.05
#: least share of an unlinked section's text for it to join the section it went to
MIN_ATTACH = 0.25
#: least strength for a section found under another parent
MIN_MOVE = 0.3
#: least content similarity for a section found at another level
MIN_CROSS_LEVEL = 0.3
#: how much more alike than the median pair of siblings two sections left over must be to be
#: linked (see :func:`_link_leftovers`): on the 18 corpus pairs, the 6 links made were 1.21-3.03
#: times the median; the two mutual bests left unlinked were 0.60 (zhejiang's, dropped in its
#: truth) and 0.73 (xinjiang's, a merge in its truth, written later)
MIN_LEFTOVER_LIFT = 1.0

_FAMILIES: dict[Role, str] = {
    Role.REVIEW: "review",
    Role.OUTLOOK: "outlook",
    Role.PLAN: "forward",
    Role.GOVERNMENT: "forward",
    Role.ANNEX: "annex",
    Role.GLOSSARY: "glossary",
}


def _family(role: Role) -> str:
    """The family of a role ("" for other: it goes with any)."""
    return _FAMILIES.get(role, "")


def compatible(a: Role, b: Role) -> bool:
    """Whether sections of these roles may pair: review never with plan/outlook/government,
    annexes and glossaries only with their kind; "other" with anything."""
    if a is Role.OTHER or b is Role.OTHER:
        return True
    return _FAMILIES.get(a) == _FAMILIES.get(b)


@record(frozen=False, slots=False, eq=False)
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
    return _build_nodes(sections, parent, [])


def _build_nodes(sections: Sequence[Section], parent: Node | None, keys: list[str]) -> list[Node]:
    """:func:`build_nodes`, adding to ``keys`` the words (:func:`line_keys`) of the sections'
    lines, subsections included: each node's words are counted from its subtree's in one call
    (adding up the lines' and children's counters, in Python, took 20-30 ms a provincial pair)."""
    nodes = []
    for index, section in enumerate(sections):
        node = Node(section, index, parent, title=normalize_title(section.title or section.heading))
        own = list(chain.from_iterable(map(line_keys, section.own_lines())))
        node.children = _build_nodes(section.children, node, own)
        node.words = Counter(own)
        keys += own
        node.key = normalize_title(section.heading) + "\n" + _year_free(section)
        nodes.append(node)
    return nodes


def _year_free(section: Section) -> str:
    """The section's text after its first line, years written "Y" (the identical pass's key).

    A year never spans a line break, so each line's years are replaced once rather than once
    for every section the line is in (a substitution over each section's text, subsections
    included, took some 8 M instructions a provincial pair)."""
    lines = list(section.lines())
    if any("\n" in line for line in lines):  # a line of several: as the text reads
        text = "\n".join(lines)
        return years_as_y(text.split("\n", 1)[1])
    return "\n".join(map(_year_free_lines.__getitem__, lines[1:]))


#: a line with its years written "Y", worked out once a line
_year_free_lines = Memo(years_as_y, 16384)


@record(frozen=False, slots=False, eq=False)
class Match:
    """Old nodes paired with new nodes (one side may be empty)."""

    old: list[Node]
    new: list[Node]
    matched_by: MatchPass
    score: float
    children: list[Match] = field(default_factory=list)
    whole: bool = False  #: the pair covers its sections' whole text, subsections included
    links: list[Link] = field(default_factory=list)  #: the old → new links, with their shares

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


def match_level(
    olds: list[Node],
    news: list[Node],
    flow: Flow,
    anchor: tuple[Node, Node] | None = None,
    leftovers: bool = False,
) -> tuple[list[Match], list[Node], list[Node]]:
    """Link sibling lists by identical text, heading, then by where their text went; with
    ``leftovers`` (siblings inside a linked pair of parents), then sections rewritten whole.

    Returns the matches (one per connected group of links: a split, a merge or a many-to-many
    link is one match) and the old and new nodes left unlinked (in order).
    """
    links: list[Link] = []
    how: dict[tuple[int, int], MatchPass] = {}
    free_old = list(olds)
    free_new = list(news)

    def take(o: Node, n: Node, passed: MatchPass) -> None:
        links.append(_link(o, n, flow))
        how[id(o), id(n)] = passed
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
    # 3. the strongest flows, one to one
    _link_by_flow(free_old, free_new, flow, MIN_LINK, MatchPass.CONTENT, take)
    # 4. a second link wherever a large share of either side's text went
    linked = {(id(link.old), id(link.new)) for link in links}

    def add(o: Node, n: Node) -> None:
        links.append(_link(o, n, flow))
        linked.add((id(o), id(n)))
        how[id(o), id(n)] = MatchPass.SPLIT
        for node in (o, n):
            for free in (free_old, free_new):
                if node in free:
                    free.remove(node)

    if anchor is not None:
        holder_old = next((o for o in olds if _holds(o, anchor[0])), None)
        holder_new = next((n for n in news if _holds(n, anchor[1])), None)
        if holder_old is not None and holder_new is not None:
            key = id(holder_old), id(holder_new)
            if key not in linked and _may_link(holder_old, holder_new):
                add(holder_old, holder_new)
    for o in olds:
        for n in news:
            if (id(o), id(n)) in linked or not _may_link(o, n):
                continue
            gone, came = flow.share_old(o, n), flow.share_new(o, n)
            if gone >= MIN_SECOND or (came >= MIN_SECOND and gone >= MIN_BACK):
                add(o, n)
    # 5. a section still unlinked joins the section most of its text went to (or came from)
    for old_node in list(free_old):
        target = _most_of(old_node, news, flow.share_old, flow.share_new, lambda a, b: (a, b))
        if target is not None:
            add(old_node, target)
    for new_node in list(free_new):
        source = _most_of(new_node, olds, flow.share_new, flow.share_old, lambda a, b: (b, a))
        if source is not None:
            add(source, new_node)
    # 6. in a linked pair of parents: sections left over, rewritten whole
    if leftovers:
        _link_leftovers(olds, news, free_old, free_new, flow, take)
    return _groups(links, how, olds, news), free_old, free_new


def _link_leftovers(
    olds: list[Node],
    news: list[Node],
    free_old: list[Node],
    free_new: list[Node],
    flow: Flow,
    take: Callable[[Node, Node, MatchPass], None],
) -> None:
    """Link sections left over in a pair of linked parents whose text went nowhere (a
    one-paragraph section rewritten whole shares no paragraph with its successor): each the
    other's most alike among the leftovers, by their whole texts (:meth:`Flow.similarity`), and
    more alike than the median pair of the siblings (:data:`MIN_LEFTOVER_LIFT`). A section
    whose text mostly went to one section (:data:`MIN_SECOND`) is not left over: a second link
    missed for want of text gone the other way (:data:`MIN_BACK`) is not made up here. Annex
    items (民生实事) are never linked so: a project on the theme of last year's is a new one."""
    if not free_old or not free_new:
        return
    if _annex_items(olds, news):
        return
    old_left = [o for o in free_old if max(flow.share_old(o, n) for n in news) < MIN_SECOND]
    new_left = [n for n in free_new if max(flow.share_new(o, n) for o in olds) < MIN_SECOND]
    if not old_left or not new_left:
        return
    alike = {(o, n): flow.similarity(o, n) for o in olds for n in news if _may_link(o, n)}
    if not alike:
        return
    typical = median(alike.values())
    chosen = []
    for o in old_left:
        scored = [(alike[o, n], -n.index, n) for n in new_left if (o, n) in alike]
        if not scored:
            continue
        score, _, n = max(scored)
        rivals = [(alike[x, n], -x.index, x) for x in old_left if (x, n) in alike]
        if max(rivals)[2] is o and score > 0 and score >= typical * MIN_LEFTOVER_LIFT:
            chosen.append((o, n))
    for o, n in chosen:
        take(o, n, MatchPass.REWRITTEN)


@record
class Link:
    """One old section linked to one new section, with the shares of text between them."""

    old: Node
    new: Node
    share_old: float  #: share of the old section's text that went into the new one
    share_new: float  #: share of the new section's text that came from the old one


def _holds(node: Node, inner: Node) -> bool:
    """Whether ``inner`` is ``node`` or below it."""
    current: Node | None = inner
    while current is not None:
        if current is node:
            return True
        current = current.parent
    return False


def _walk_nodes(nodes: Sequence[Node]) -> Iterator[Node]:
    for node in nodes:
        yield node
        yield from _walk_nodes(node.children)


def _most_of(
    node: Node,
    others: list[Node],
    share: Callable[[Node, Node], float],
    back: Callable[[Node, Node], float],
    order: Callable[[Node, Node], tuple[Node, Node]],
) -> Node | None:
    """The one of ``others`` that holds the largest share of ``node``'s text (at least
    :data:`MIN_ATTACH`, with some text gone the other way too); the earlier one on a tie.
    ``order(node, other)`` gives the (old, new) arguments of ``share`` and ``back``."""
    best: tuple[float, int, Node] | None = None
    for other in others:
        old, new = order(node, other)
        if not _may_link(old, new) or back(old, new) < MIN_BACK:
            continue
        candidate = (share(old, new), -other.index, other)
        if best is None or candidate[:2] > best[:2]:
            best = candidate
    return best[2] if best is not None and best[0] >= MIN_ATTACH else None


def _may_link(o: Node, n: Node) -> bool:
    return compatible(o.section.role, n.section.role)


def _link(o: Node, n: Node, flow: Flow) -> Link:
    return Link(o, n, round(flow.share_old(o, n), 3), round(flow.share_new(o, n), 3))


def _strength(o: Node, n: Node, flow: Flow) -> float:
    """How much text the two sections share, 0..1: the mean of both shares."""
    return (flow.share_old(o, n) + flow.share_new(o, n)) / 2


def _link_by_flow(
    free_old: list[Node],
    free_new: list[Node],
    flow: Flow,
    threshold: float,
    how: MatchPass,
    take: Callable[[Node, Node, MatchPass], None],
) -> None:
    scored = []
    for o in free_old:
        for n in free_new:
            if compatible(o.section.role, n.section.role):
                score = _strength(o, n, flow)
                if score >= threshold:
                    # prefer near positions on ties; then reading order, for determinism
                    scored.append((-score, abs(o.index - n.index), o.index, n.index, o, n))
    scored.sort(key=lambda item: item[:4])
    used: set[int] = set()
    for *_, o, n in scored:
        if id(o) in used or id(n) in used:
            continue
        used.update((id(o), id(n)))
        take(o, n, how)


def _groups(
    links: list[Link], how: dict[tuple[int, int], MatchPass], olds: list[Node], news: list[Node]
) -> list[Match]:
    """One match per connected group of links, its sides in reading order."""
    group: dict[int, int] = {}

    def find(key: int) -> int:
        while group.get(key, key) != key:
            key = group[key]
        return key

    for link in links:
        a, b = find(id(link.old)), find(id(link.new))
        if a != b:
            group[a] = b
    members: dict[int, list[Link]] = {}
    for link in links:
        members.setdefault(find(id(link.old)), []).append(link)
    matches = []
    for group_links in members.values():
        old = [o for o in olds if any(link.old is o for link in group_links)]
        new = [n for n in news if any(link.new is n for link in group_links)]
        one_to_one = len(old) == 1 and len(new) == 1
        passed = how[id(old[0]), id(new[0])] if one_to_one else MatchPass.SPLIT
        match = Match(old, new, passed, _pair_score(old, new))
        match.links = sorted(group_links, key=lambda k: (k.old.index, k.new.index))
        matches.append(match)
    return matches


def align(
    old_sections: Sequence[Section],
    new_sections: Sequence[Section],
    same: tuple[str, str] | None = None,
) -> list[Match]:
    """Align two section trees; returns the top-level matches with their children matches
    (unpaired sections are matches with one empty side).

    ``same`` names two sections (old id, new id) known to do the same job, whatever their
    words: the ones that hold the headline targets (主要预期目标). The sections holding them are
    linked at every level, so a 总体要求 part folded into the task part the next year is a merge.
    """
    old_nodes = build_nodes(old_sections)
    new_nodes = build_nodes(new_sections)
    flow = Flow(old_nodes, new_nodes, _family, Section.own_lines)
    anchor = None
    if same is not None:
        old_node = next((n for n in _walk_nodes(old_nodes) if n.section.id == same[0]), None)
        new_node = next((n for n in _walk_nodes(new_nodes) if n.section.id == same[1]), None)
        if old_node is not None and new_node is not None:
            anchor = (old_node, new_node)
    top = _align_siblings([(old_nodes, new_nodes, None)], flow, anchor)
    _match_across_levels(top, flow)
    _flatten_one_sided(top)
    return top


def _match_across_levels(top: list[Match], flow: Flow) -> None:
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
        a.links = [_link(r.old[0], a.new[0], flow)]
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


def _align_siblings(
    groups: Sequence[tuple[list[Node], list[Node], Match | None]],
    flow: Flow,
    anchor: tuple[Node, Node] | None = None,
) -> list[Match]:
    """Align each (old siblings, new siblings) group, then moves across groups, then position,
    then recurse into the children of every match. Returns the matches of groups without a
    parent match; the others are attached to their parent match's children."""
    results: list[tuple[list[Match], list[Node], list[Node], Match | None]] = []
    for olds, news, parent in groups:
        # within a pair, where did the text of the children go among the pair's children
        local = flow if parent is None else _local_flow(olds, news, flow)
        matches, free_old, free_new = match_level(olds, news, local, anchor, parent is not None)
        results.append((matches, free_old, free_new, parent))
    # moves: unpaired sections found under another parent at the same level
    # (not out of a part that has no counterpart itself: that part may have become a section
    # at another level as a whole, which the cross-level pass finds)
    two_sided = [r for r in results if r[3] is None or (r[3].old and r[3].new)]
    all_old = [o for r in two_sided for o in r[1]]
    all_new = [n for r in two_sided for n in r[2]]
    moved: list[Match] = []

    def take(o: Node, n: Node, how: MatchPass) -> None:
        match = Match([o], [n], how, _pair_score([o], [n]))
        match.links = [_link(o, n, flow)]
        moved.append(match)
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
        _link_by_flow(all_old, all_new, flow, MIN_MOVE, MatchPass.MOVED, take)
    claimed_old = {id(o) for m in moved for o in m.old}
    claimed_new = {id(n) for m in moved for n in m.new}
    top: list[Match] = []
    created: list[Match] = list(moved)
    for matches, free_old, free_new, parent in results:
        free_old[:] = [o for o in free_old if id(o) not in claimed_old]
        free_new[:] = [n for n in free_new if id(n) not in claimed_new]
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
        _align_siblings(child_groups, flow, anchor)
    return top


def _annex_items(olds: list[Node], news: list[Node]) -> bool:
    """Whether the siblings are annex items (民生实事): projects chosen afresh each year."""
    return any(node.section.role is Role.ANNEX for node in (*olds, *news))


def _local_flow(olds: list[Node], news: list[Node], flow: Flow) -> Flow:
    """Where the text of sibling sections went among the siblings of a linked pair: a paragraph
    is compared with the pair's paragraphs only, so a looser similarity tells where it went.
    Annex items (民生实事) are projects chosen afresh each year: an item on the same theme with
    other projects is a new item, so they keep the strict similarity."""
    min_unit = MIN_UNIT if _annex_items(olds, news) else MIN_LOCAL_UNIT
    return Flow(olds, news, _family, Section.own_lines, flow, min_unit)


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
