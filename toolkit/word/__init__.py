"""Everything that touches python-docx: reading .docx reports, writing drafts and redlines.

Modules: :mod:`~toolkit.word.reader` (read a .docx report), :mod:`~toolkit.word.styles` (the
named styles a template must have), :mod:`~toolkit.word.template` (open and check a template),
:mod:`~toolkit.word.default_template` (build the shipped GB/T 9704 template),
:mod:`~toolkit.word.builder` (styled paragraphs, placeholders, comments, tables, atomic save),
:mod:`~toolkit.word.revisions` (tracked insertions and deletions; accept or reject them),
:mod:`~toolkit.word.ooxml` (raw elements in schema order), :mod:`~toolkit.word.draft_writer`
(the draft skeleton), :mod:`~toolkit.word.redline` (the comparison as tracked changes) and
:mod:`~toolkit.word.plugin` (the redline registered as the ``diff``/``docx`` writer, importable
without python-docx). Nothing here is imported by ``report-toolkit --help``.
"""
