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

        builder = render_redline(
            result,
            options.template,
            author=options.author or os.environ.get(AUTHOR_VARIABLE) or "report-toolkit",
            date=options.date,
        )
        return builder.to_bytes()


@hookimpl
def register_writers(register: Any) -> None:
    register(RedlineWriter())
