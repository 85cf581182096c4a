"""The word lists that tune term filtering and ranking, read from ``toolkit/data``."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class Lexicon:
    """``generic``: words every report uses (they lower a term's specificity). ``edge``: words
    that never start or end a discovered term. ``measure``: nouns that, after a numeral and
    measure word, do not make a formula (三个方面). ``national``: national policy formulas a
    local glossary does not explain (四个意识, 五位一体). ``heads``: policy heads that end a
    stance phrase or compact concept (政策, 机制, 资本). ``stance``: words that open a stance
    modifier (更加, 适度, 稳健). ``names``: endings of the names of things (号, 运动会, 联赛).
    ``documents``: endings of the titles of policy documents (法, 条例, 规划, 意见).
    ``events``: kinds of events, brands and campaigns (赛, 品牌, 活动) that make a quoted term
    ending in one or followed by one a name. ``fields``: heads that name a field (经济, 市场),
    which after a verb start its object rather than end a name (撬动社会|资本)."""

    generic: frozenset[str]
    edge: frozenset[str]
    measure: frozenset[str]
    national: frozenset[str] = frozenset()
    heads: tuple[str, ...] = ()
    stance: frozenset[str] = frozenset()
    names: tuple[str, ...] = ()
    documents: tuple[str, ...] = ()
    events: tuple[str, ...] = ()
    fields: frozenset[str] = frozenset()
    #: ``heads`` as a set, for asking whether a word is one (the tuple serves ``str.endswith``)
    head_words: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "head_words", frozenset(self.heads))


def parse_lexicon(text: str) -> Lexicon:
    """Parse the ``[name]``-sectioned, whitespace-separated word lists."""
    lists: dict[str, set[str]] = {
        "generic": set(),
        "edge": set(),
        "measure": set(),
        "national": set(),
        "heads": set(),
        "stance": set(),
        "names": set(),
        "documents": set(),
        "events": set(),
        "fields": set(),
    }
    current: set[str] | None = None
    for raw in text.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("[") and line.endswith("]"):
            current = lists.setdefault(line[1:-1], set())
            continue
        if current is not None:
            current.update(line.split())
    return Lexicon(
        frozenset(lists["generic"]),
        frozenset(lists["edge"]),
        frozenset(lists["measure"]),
        frozenset(lists["national"]),
        tuple(sorted(lists["heads"], key=lambda w: (-len(w), w))),
        frozenset(lists["stance"]),
        tuple(sorted(lists["names"], key=lambda w: (-len(w), w))),
        tuple(sorted(lists["documents"], key=lambda w: (-len(w), w))),
        tuple(sorted(lists["events"], key=lambda w: (-len(w), w))),
        frozenset(lists["fields"]),
    )


@cache
def default_lexicon() -> Lexicon:
    """The lexicon shipped in ``toolkit/data/terms-lexicon.txt``."""
    text = resources.files("toolkit").joinpath("data/terms-lexicon.txt").read_text("utf-8")
    return parse_lexicon(text)
