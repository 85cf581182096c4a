"""The importable entry points: read a file, parse it, load a report.

>>> from toolkit.api import load_report
>>> report = load_report("samples/sichuan-2025.txt")
>>> report.year
2025
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from toolkit.errors import FormatError
from toolkit.model import Report, SourceDocument
from toolkit.plugins.manager import Registry, get_registry
from toolkit.readers.files import check_input, read_head


def read_document(
    path: str | Path, registry: Registry | None = None, encoding: str | None = None
) -> SourceDocument:
    """Read a file with the reader that claims it most confidently (content beats suffix).
    ``encoding`` forces the text encoding of a text or HTML file (None: detected)."""
    if encoding is not None:
        from toolkit.readers.encoding import forced

        with forced(encoding):
            return read_document(path, registry)
    registry = registry or get_registry()
    p = check_input(path)
    head = read_head(p)
    if not head:
        raise FormatError("file is empty", p)
    scored = [(reader.sniff(head, p), name) for name, reader in registry.readers.items()]
    score, name = max(scored, default=(0, ""))
    if score <= 0:
        if head.startswith(b"%PDF"):
            raise FormatError("PDF is not supported", p, hint="save the report as .docx or .txt")
        known = sorted({s for r in registry.readers.values() for s in r.suffixes})
        raise FormatError(
            f"unsupported file type {p.suffix or '(no suffix)'!r}",
            p,
            hint="supported: " + " ".join(known),
        )
    document = registry.readers[name].read(p)
    if _has_surrogates(document.path):
        document = dataclasses.replace(document, path=_printable_path(document.path))
    return document


def _has_surrogates(text: str) -> bool:
    return any("\udc80" <= ch <= "\udcff" for ch in text)


def _printable_path(path: str) -> str:
    """A file name that is not valid UTF-8 reaches Python with lone surrogates, which no UTF-8
    output can hold: the report's ``source`` shows such bytes as U+FFFD instead."""
    return os.fsencode(path).decode("utf-8", "replace")


def parse_document(
    document: SourceDocument, profile: str | None = None, registry: Registry | None = None
) -> Report:
    """Parse with the named profile, or with the profile that scores highest. The report
    carries the document's warnings."""
    registry = registry or get_registry()
    if profile is not None:
        if profile not in registry.profiles:
            raise FormatError(
                f"unknown profile {profile!r}; known: " + ", ".join(sorted(registry.profiles))
            )
        report = registry.profiles[profile].parse(document)
    else:
        best = max(registry.profiles.values(), key=lambda p: p.score(document))
        report = best.parse(document)
    if document.warnings and not report.warnings:  # a plugin profile that did not copy them
        report = dataclasses.replace(report, warnings=document.warnings)
    return report


def order_warning(old: Report, new: Report) -> str | None:
    """The warning for two reports given newest first (the first plans a later year than the
    second), None when their order is right or a year is unknown. Every command that takes an
    older and a newer report asks this one check."""
    if old.year is None or new.year is None or old.year <= new.year:
        return None
    return (
        f"{old.source} plans {old.year} and {new.source} plans {new.year}: "
        "give the older report first"
    )


def load_report(
    path: str | Path,
    profile: str | None = None,
    registry: Registry | None = None,
    encoding: str | None = None,
) -> Report:
    """Read and parse one report file (``encoding``: see :func:`read_document`)."""
    return parse_document(read_document(path, registry, encoding), profile, registry)
