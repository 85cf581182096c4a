"""Opening input files with the checks every reader needs."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from toolkit.errors import FormatError, InputError

#: Larger inputs are refused: no report comes near this, and it bounds memory.
MAX_INPUT_BYTES = 200 * 1024 * 1024
#: More paragraphs than this are refused: a 3,000-page report has fewer, and each paragraph costs
#: memory in the section tree (about 1 KB when they are all short headings). A 50 MB report of
#: ordinary paragraphs has about 100,000.
MAX_BLOCKS = 200_000


def check_input(path: str | Path) -> Path:
    """The path as a readable regular file, or :class:`InputError` saying why not."""
    p = Path(path)
    if not p.exists():
        raise InputError("no such file", p)
    if p.is_dir():
        raise InputError("is a directory, not a file", p)
    if not p.is_file():
        raise InputError("is not a regular file", p)
    if not os.access(p, os.R_OK):
        raise InputError("permission denied", p)
    return p


def read_head(path: Path, size: int = 8192) -> bytes:
    """The first bytes of a file, for sniffing its format."""
    try:
        with path.open("rb") as handle:
            return handle.read(size)
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path) from exc


def read_bytes(path: Path) -> bytes:
    """The whole file; :class:`FormatError` when it is empty or larger than the limit."""
    try:
        size = path.stat().st_size
        if size > MAX_INPUT_BYTES:
            raise FormatError(
                f"file is {size // (1024 * 1024)} MB; the limit is "
                f"{MAX_INPUT_BYTES // (1024 * 1024)} MB",
                path,
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path) from exc
    if not data:
        raise FormatError("file is empty", path)
    return data


def check_block_count(count: int, path: str | Path) -> None:
    """:class:`FormatError` when a document has more than :data:`MAX_BLOCKS` paragraphs."""
    if count > MAX_BLOCKS:
        raise FormatError(
            f"more than {MAX_BLOCKS:,} paragraphs or lines; not a report this tool can hold "
            "in memory",
            path,
            hint="split the file into its reports",
        )


def report_files(
    inputs: Iterable[str | Path], suffixes: Iterable[str], *, recursive: bool = False
) -> list[Path]:
    """The report files of ``inputs``: a file as given; a folder's files whose suffix is one of
    ``suffixes``, sorted, in its subfolders too when ``recursive``, leaving out hidden files
    and folders, Word's ``~$`` lock files and README files. A missing input, or a folder that
    holds no report file, is :class:`InputError`."""
    known = {s.lower() for s in suffixes}
    found: list[Path] = []
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            files = _files_in(path, known, recursive)
            if not files:
                inner = [] if recursive else _files_in(path, known, True)
                files_word = "report file" if len(inner) == 1 else "report files"
                hint = (
                    f"its subfolders hold {len(inner)} {files_word}: name a subfolder"
                    if inner
                    else None
                )
                raise InputError("no report files in this folder", path, hint=hint)
            found.extend(files)
        elif path.exists() or path.is_symlink():
            found.append(path)
        else:
            raise InputError("no such file or folder", path)
    return found


def _files_in(folder: Path, known: set[str], recursive: bool) -> list[Path]:
    """The report files of one folder (see :func:`report_files`), sorted."""
    candidates = sorted(folder.rglob("*") if recursive else folder.iterdir())
    return [
        f
        for f in candidates
        if f.is_file()
        and f.suffix.lower() in known
        and f.stem.upper() != "README"
        and not f.name.startswith("~$")
        and not any(part.startswith(".") for part in f.relative_to(folder).parts)
    ]
