"""The parse cache: a report's facts by the hash of its bytes, so that a re-run parses only the
files that are new or changed.

One JSON file per report, ``<folder>/facts-<version>-s<schema>-<code>/<ab>/<digest>.json``
(``ab``: the digest's first two hex digits), ``<folder>`` being
``$XDG_CACHE_HOME/report-toolkit`` (default ``~/.cache/report-toolkit``). The folder name
carries the package version, :data:`~toolkit.corpus.facts.FACTS_SCHEMA` and :func:`code_digest`
of what makes the facts (the package's own files and the loaded plugins' indicator table): an
upgrade, or any change of the extraction between two versions of one number, reads none of
the old entries (delete the old folders to reclaim the space). A plugin's own code is not in
the digest: after changing one, run with ``--no-cache`` once. An entry that cannot be read back
is treated as missing.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from collections.abc import Mapping
from functools import cache
from pathlib import Path

from toolkit import __version__
from toolkit.corpus.facts import FACTS_SCHEMA, ReportFacts, from_json, to_json
from toolkit.errors import ToolkitError
from toolkit.fsio import cache_folder, write_atomic


def default_folder() -> Path:
    """``$XDG_CACHE_HOME/report-toolkit``, else ``~/.cache/report-toolkit``."""
    base = os.environ.get("XDG_CACHE_HOME", "").strip()
    return (Path(base) if base else Path.home() / ".cache") / "report-toolkit"


def code_digest(package: Path, indicators: Mapping[str, tuple[str, ...]]) -> str:
    """16 hex digits of the SHA-256 of every file under ``package`` (path and bytes, in path
    order; compiled files aside) and of the ``indicators`` table: what a report's facts are
    made by, besides its bytes."""
    digest = hashlib.sha256()
    paths: list[Path] = []
    for folder, children, names in os.walk(package):
        children[:] = [c for c in children if c != "__pycache__"]  # not walked: 15 → 10 ms
        paths.extend(Path(folder, name) for name in names if not name.endswith(".pyc"))
    for path in sorted(paths):
        digest.update(path.relative_to(package).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes() + b"\0")
    table = sorted((name, list(aliases)) for name, aliases in indicators.items())
    digest.update(json.dumps(table, ensure_ascii=False).encode("utf-8"))
    return digest.hexdigest()[:16]


@cache
def _this_code() -> str:
    """:func:`code_digest` of this package with the registered indicator table (10 ms: 1.7 MB
    read, once a process)."""
    from toolkit.targets.indicators import registered_table

    return code_digest(Path(__file__).resolve().parent.parent, registered_table().names)


class FactsCache:
    """Facts by digest under ``folder`` (see the module docstring)."""

    def __init__(self, folder: str | Path | None = None) -> None:
        self.root = Path(folder) if folder is not None else default_folder()
        self.folder = self.root / f"facts-{__version__}-s{FACTS_SCHEMA}-{_this_code()}"

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
