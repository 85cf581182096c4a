"""The built-in HTML writers, registered through the plugin hooks like any third-party writer.

``diff``/``html`` writes a :class:`~toolkit.compare.model.Comparison`; ``report``/``html`` a
:class:`~toolkit.review.Review`. Both read the options ``side_by_side`` and ``author`` (shown in
the header) of :class:`~toolkit.plugins.base.WriteOptions`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from toolkit.plugins import hookimpl
from toolkit.plugins.base import DEFAULT_OPTIONS, WriteOptions, Writer


class _HtmlWriter(Writer):
    format = "html"
    suffixes = (".html", ".htm")

    def render(self, result: Any, *, side_by_side: bool, author: str | None) -> str:
        raise NotImplementedError

    def write(self, result: Any, options: WriteOptions = DEFAULT_OPTIONS) -> bytes:
        page = self.render(result, side_by_side=options.side_by_side, author=options.author)
        return page.encode("utf-8")


class DiffHtmlWriter(_HtmlWriter):
    name = "diff-html"
    description = "Comparison as one self-contained HTML page (summary, contents, inline diffs)"
    subject = "diff"

    def render(self, result: Any, *, side_by_side: bool, author: str | None) -> str:
        from toolkit.html import diff_page

        return diff_page(result, side_by_side=side_by_side, author=author)


class ReviewHtmlWriter(_HtmlWriter):
    name = "report-html"
    description = "Review page: comparison, targets and terms in one self-contained HTML file"
    subject = "report"

    def render(self, result: Any, *, side_by_side: bool, author: str | None) -> str:
        from toolkit.html import review_page

        return review_page(result, side_by_side=side_by_side, author=author)


@hookimpl
def register_writers(register: Callable[[Writer], None]) -> None:
    register(DiffHtmlWriter())
    register(ReviewHtmlWriter())
