"""The parse cache: a report's facts by the hash of its bytes, so that a re-run parses only the
files that are new or changed.

One JSON file per report, ``<folder>/facts-<version>-s<schema>/<ab>/<digest>.json`` (``ab``:
the digest's first two hex digits), ``<folder>`` being ``$XDG_CACHE_HOME/report-toolkit``
(default ``~/.cache/report-toolkit``). The folder name carries the package version and
:data:`~toolkit.corpus.facts.FACTS_SCHEMA`: an upgrade reads none of the old entries (delete the
old folders to reclaim the space). An entry that cannot be read back is treated as missing.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from toolkit import __version__
from toolkit.corpus.facts import FACTS_SCHEMA, ReportFacts, from_json, to_json
from toolkit.errors import ToolkitError
from toolkit.fsio import cache_folder, write_atomic


def default_folder() -> Path:
    """``$XDG_CACHE_HOME/report-toolkit``, else ``~/.cache/report-toolkit``."""
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(base) if base else Path.home() / ".cache") / "report-toolkit"


class FactsCache:
    """Facts by digest under ``folder`` (see the module docstring)."""

    def __init__(self, folder: str | Path | None = None) -> None:
        self.root = Path(folder) if folder is not None else default_folder()
        self.folder = self.root / f"facts-{__version__}-s{FACTS_SCHEMA}"

    def _path(self, digest: str) -> Path:
        return self.folder / digest[:2] / f"{digest}.json"

    def get_text(self, digest: str) -> str | None:
        """The cached facts of ``digest`` as JSON text (:func:`~toolkit.corpus.facts.from_json`
        reads them); None when not cached."""
        try:
            return self._path(digest).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None

    def get(self, digest: str, source: str) -> ReportFacts | None:
        """The cached facts of ``digest`` with ``source`` as their path; None when not cached
        or when the entry cannot be read back."""
        text = self.get_text(digest)
        try:
            facts = from_json(text) if text is not None else None
        except ValueError:
            return None
        if facts is None or facts.digest != digest:
            return None
        return facts if facts.source == source else dataclasses.replace(facts, source=source)

    def put(self, facts: ReportFacts) -> None:
        """Keep ``facts`` (see :meth:`put_text`)."""
        self.put_text(facts.digest, to_json(facts))

    def put_text(self, digest: str, text: str) -> None:
        """Keep the facts JSON ``text`` of ``digest``; a cache that cannot be written is
        skipped silently (the run goes on, and parses the file again next time)."""
        path = self._path(digest)
        try:
            cache_folder(path.parent)
            write_atomic(path, text, force=True)
        except ToolkitError:  # a full disk or a read-only cache must never fail the run
            return
