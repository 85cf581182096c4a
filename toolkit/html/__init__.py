"""Self-contained HTML pages for a comparison (``diff``) and a review (``report``).

One HTML5 file: inline CSS, no external fonts, scripts or images, readable on a phone and
printable. Everything taken from the reports is escaped. Pure: returns a string.

>>> from toolkit.html import diff_page, review_page   # doctest: +SKIP
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from toolkit.compare.model import Comparison
    from toolkit.review import Review

__all__ = ["diff_page", "review_page"]


def diff_page(
    comparison: Comparison, *, side_by_side: bool = False, author: str | None = None
) -> str:
    """The diff page for a :class:`~toolkit.compare.model.Comparison` (see :mod:`.page`)."""
    from toolkit.html.page import diff_page as render

    return render(comparison, side_by_side=side_by_side, author=author)


def review_page(review: Review, *, side_by_side: bool = False, author: str | None = None) -> str:
    """The review page (diff, targets, terms) for a :class:`~toolkit.review.Review`."""
    from toolkit.html.page import review_page as render

    return render(review, side_by_side=side_by_side, author=author)
