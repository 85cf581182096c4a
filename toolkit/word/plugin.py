"""Built-in Word writers, registered through the plugin hooks like any third-party writer.

Importing this module does not import python-docx; the writers import it when they write.
"""

from __future__ import annotations

import os
from typing import Any

from toolkit.plugins import hookimpl
from toolkit.plugins.base import DEFAULT_OPTIONS, WriteOptions, Writer

#: environment variable naming the author of redline revisions when the caller gives none
AUTHOR_VARIABLE = "REPORT_TOOLKIT_AUTHOR"


def _signing(options: WriteOptions) -> dict[str, Any]:
    """``author`` (the option, else ``REPORT_TOOLKIT_AUTHOR``, else "report-toolkit") and
    ``date`` (None: now) for a Word builder."""
    author = options.author or os.environ.get(AUTHOR_VARIABLE) or "report-toolkit"
    return {"author": author, "date": options.date}


class RedlineWriter(Writer):
    """The comparison of two reports as a .docx with native tracked changes.

    Options: ``author`` (signs revisions and comments; default: the environment variable
    ``REPORT_TOOLKIT_AUTHOR``, else "report-toolkit"), ``template``
    (a .docx with the RT styles; default the shipped GB/T 9704 template), ``date`` (a datetime;
    default now).
    """

    name = "redline"
    description = "Word redline: the newer text with every change as a tracked revision"
    subject = "diff"
    format = "docx"
    suffixes = (".docx",)

    def write(self, result: Any, options: WriteOptions = DEFAULT_OPTIONS) -> bytes:
        from toolkit.word.redline import render_redline

        return render_redline(result, options.template, **_signing(options)).to_bytes()


class DiffTableWriter(Writer):
    """The comparison as a Word 新旧对照表 (old paragraph | new paragraph | 说明), changes marked
    inside the cells. Options: ``template``, ``author``, ``date`` as for the redline.
    Format ``table``: it claims no suffix (.docx is the redline's); ``diff --table`` picks it."""

    name = "diff-table"
    description = "Word 新旧对照表: old | new | 说明 per paragraph, changes marked in the cells"
    subject = "diff"
    format = "table"
    suffixes = ()

    def write(self, result: Any, options: WriteOptions = DEFAULT_OPTIONS) -> bytes:
        from toolkit.word.diff_table import render_diff_table

        return render_diff_table(result, options.template, **_signing(options)).to_bytes()


class TargetsDocxWriter(Writer):
    """The targets of two reports as Word tables: headline targets' change and attainment, and
    the quantitative commitments with both sentences. Needs a comparison (two reports).
    Options: ``template``, ``author``, ``date`` as for the redline."""

    name = "targets-docx"
    description = "Word 对照表 of two reports' targets: change, attainment, commitments"
    subject = "targets"
    format = "docx"
    suffixes = (".docx",)

    def write(self, result: Any, options: WriteOptions = DEFAULT_OPTIONS) -> bytes:
        from toolkit.word.targets_table import render_targets_table

        if result.comparison is None:
            raise ValueError("the targets 对照表 compares two reports")
        builder = render_targets_table(result.comparison, options.template, **_signing(options))
        return builder.to_bytes()


@hookimpl
def register_writers(register: Any) -> None:
    register(RedlineWriter())
    register(DiffTableWriter())
    register(TargetsDocxWriter())
