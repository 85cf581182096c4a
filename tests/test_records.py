"""Records (:mod:`toolkit.records`) compare, hash and print as the dataclasses they replace."""

from __future__ import annotations

import dataclasses
import pickle
from dataclasses import FrozenInstanceError, dataclass, field

import pytest

from toolkit.compare.model import DiffStats, SectionPair
from toolkit.model import Block, Paragraph, Section
from toolkit.records import record


class _Several:
    text: str
    line: int
    note: str = field(default="", compare=False)
    secret: str = field(default="", repr=False)
    weight: float = field(default=0.0, hash=False)


class _One:
    value: float


class _None:
    pass


def _twins(body: type, **options: bool) -> tuple[type, type]:
    """The same class body made by dataclass and by record."""
    namespace = {k: v for k, v in vars(body).items() if k not in ("__dict__", "__weakref__")}
    made = [
        maker(type(body.__name__, (), dict(namespace)))
        for maker in (dataclass(**options), record(**options))  # type: ignore[call-overload]
    ]
    return made[0], made[1]


FROZEN = {"frozen": True, "slots": True}


@pytest.mark.parametrize(
    ("body", "values"),
    [
        (_Several, [("a", 1), ("a", 1, "n"), ("a", 1, "", "s"), ("a", 1, "", "", 0.5), ("b", 2)]),
        (_One, [(1.0,), (2.0,), (float("nan"),)]),
        (_None, [()]),
    ],
)
@pytest.mark.parametrize(
    "options",
    [FROZEN, {"frozen": True, "slots": False}, {"frozen": False, "slots": False}],
    ids=["frozen-slots", "frozen", "mutable"],
)
def test_equal_hashed_and_shown_as_by_dataclass(body, values, options):
    reference, made = _twins(body, **options)
    assert [f.name for f in dataclasses.fields(made)] == [
        f.name for f in dataclasses.fields(reference)
    ]
    refs = [reference(*v) for v in values]
    records = [made(*v) for v in values]
    for r1, m1 in zip(refs, records, strict=True):
        assert repr(m1) == repr(r1)
        for r2, m2 in zip(refs, records, strict=True):
            assert (m1 == m2) == (r1 == r2)
            assert (m1 != m2) == (r1 != r2)
        assert (m1 == object()) is False
        if options["frozen"]:
            assert hash(m1) == hash(r1)
        else:
            with pytest.raises(TypeError):
                hash(m1)
    nan = float("nan")
    if body is _One:  # the same object compares equal to itself inside a tuple, as dataclass's
        assert (made(nan) == made(nan)) == (reference(nan) == reference(nan))


def test_frozen_with_slots():
    assert Block.__slots__ == ("text", "line", "heading_level", "bold_prefix")
    block = Block("一", 1)
    with pytest.raises(FrozenInstanceError):
        block.text = "二"  # type: ignore[misc]
    with pytest.raises(FrozenInstanceError):
        del block.line  # type: ignore[misc]
    assert not hasattr(block, "__dict__")
    assert dataclasses.replace(block, line=2) == Block("一", 2)
    assert pickle.loads(pickle.dumps(block)) == block


def test_other_classes_and_identity():
    assert Block("一", 1) != Paragraph("p1", 1, "一")
    assert {Block("一", 1): 1}[Block("一", 1)] == 1
    assert DiffStats(1) + DiffStats(2) == DiffStats(3)
    assert repr(DiffStats()) == (
        "DiffStats(changes=0, chars_old=0, chars_new=0, chars_deleted=0, chars_inserted=0, "
        "rollovers=0, renumbered=0)"
    )
    section = Section("s1", 1, "一、", "总结", "一、总结", 3)
    assert section == dataclasses.replace(section) and hash(section) == hash(
        dataclasses.replace(section)
    )
    assert SectionPair.__hash__ is not None


def test_what_a_class_defines_itself_is_kept():
    @record
    class Own:
        value: int

        def __repr__(self) -> str:
            return "own"

        def __eq__(self, other: object) -> bool:
            return True

    # as dataclass: __eq__ kept, hash added (a class defining __eq__ has __hash__ None)
    assert repr(Own(1)) == "own" and Own(1) == Own(2)
    assert hash(Own(1)) == hash((1,))


def test_a_recursive_repr_stops():
    @record(frozen=False, slots=False)
    class Loop:
        items: list

    loop = Loop([])
    loop.items.append(loop)
    assert repr(loop) == f"{Loop.__qualname__}(items=[...])"


def test_identity_when_not_compared():
    @record(frozen=False, slots=False, eq=False)
    class Node:
        value: int

    one = Node(1)
    assert one != Node(1) and one == one and hash(one) == object.__hash__(one)
