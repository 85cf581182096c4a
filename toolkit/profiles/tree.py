"""Assemble classified blocks into a frozen section tree with positional ids."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import field

from toolkit.model import Block, Paragraph, Role, Section
from toolkit.records import record


@record
class Heading:
    """A block recognised as a heading. ``heading`` is the prefix of the block's text that is
    the heading; when it is shorter than the block the rest is a run-in body paragraph."""

    level: int
    label: str
    title: str
    heading: str
    role: Role | None = None  #: None: inherit the parent's role (or OTHER at the top)
    #: (offset, line) where a heading split over lines continues (see Section.continued)
    continued: tuple[tuple[int, int], ...] = ()


@record
class Up:
    """A body block that belongs to the innermost open section of ``level`` or above, not to
    a deeper one: "各位代表！…" closing a part after its last （N） section."""

    level: int = 1


@record(frozen=False, slots=False)
class _Node:
    heading: Heading
    block: Block
    role: Role
    paragraphs: list[tuple[Block, str]] = field(default_factory=list)  # (block, text)
    children: list[_Node] = field(default_factory=list)


LeadFinder = Callable[[Block, str], str]


def no_lead(block: Block, text: str) -> str:
    return ""


def build_sections(
    items: Sequence[tuple[Block, Heading | Up | None]], lead: LeadFinder = no_lead
) -> tuple[Section, ...]:
    """Nest headings by level (a heading closes every open section of its level or deeper);
    body blocks go to the innermost open section. Blocks before the first heading are not
    accepted: the caller keeps them as front matter."""
    roots: list[_Node] = []
    stack: list[_Node] = []
    for block, heading in items:
        if heading is None or isinstance(heading, Up):
            if not stack:
                raise ValueError("body block before the first heading")
            if isinstance(heading, Up):
                while len(stack) > 1 and stack[-1].heading.level > heading.level:
                    stack.pop()
            stack[-1].paragraphs.append((block, block.text))
            continue
        while stack and stack[-1].heading.level >= heading.level:
            stack.pop()
        role = heading.role or (stack[-1].role if stack else Role.OTHER)
        node = _Node(heading, block, role)
        (stack[-1].children if stack else roots).append(node)
        stack.append(node)
        rest = block.text[len(heading.heading) :]
        if rest:
            node.paragraphs.append((block, rest))
    return tuple(_freeze(node, f"s{i}", lead) for i, node in enumerate(roots, 1))


def _freeze(node: _Node, section_id: str, lead: LeadFinder) -> Section:
    heading = node.heading
    run_in = not heading.continued and len(heading.heading) < len(node.block.text)
    paragraphs = tuple(
        Paragraph(
            f"{section_id}.p{i}", block.line, text, "" if (run_in and i == 1) else lead(block, text)
        )
        for i, (block, text) in enumerate(node.paragraphs, 1)
    )
    children = tuple(
        _freeze(child, f"{section_id}.{i}", lead) for i, child in enumerate(node.children, 1)
    )
    return Section(
        id=section_id,
        level=heading.level,
        label=heading.label,
        title=heading.title,
        heading=heading.heading,
        line=node.block.line,
        paragraphs=paragraphs,
        children=children,
        role=node.role,
        run_in=run_in,
        continued=heading.continued,
    )


def front_paragraphs(blocks: Sequence[Block], prefix: str) -> tuple[Paragraph, ...]:
    return tuple(Paragraph(f"{prefix}.p{i}", b.line, b.text) for i, b in enumerate(blocks, 1))
