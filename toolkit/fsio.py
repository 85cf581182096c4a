"""Safe file output: atomic writes that never clobber an input or, without ``force``, any file."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from toolkit.errors import OutputError


def check_output_path(
    path: str | Path, *, force: bool = False, inputs: Iterable[str | Path] = ()
) -> Path:
    """Validate ``path`` as an output before any work is done, and return it.

    Raises :class:`OutputError` when the path is one of ``inputs``, is a directory or a special
    file (device, pipe, socket), exists and ``force`` is false, or its folder does not exist or
    is not writable.
    """
    out = Path(path)
    if str(out) in ("/dev/stdout", "/dev/stderr", "/dev/fd/1", "/proc/self/fd/1"):
        raise OutputError("to write to standard output, give - as the output", out)
    resolved = out.resolve()
    for item in inputs:
        if Path(item).resolve() == resolved:
            raise OutputError("output path is also an input; refusing to overwrite it", out)
    if out.is_dir():
        raise OutputError("output path is a directory", out)
    if out.exists() and not out.is_file():  # --force would rename a file over /dev/null
        raise OutputError(
            "output path is a device, pipe or socket, not a file; use - for standard output", out
        )
    if out.exists() and not force:
        raise OutputError("file exists; use --force to overwrite it", out)
    folder = resolved.parent
    if not folder.is_dir():
        raise OutputError(f"folder {folder} does not exist", out)
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"folder {folder} is not writable", out)
    return out


def write_atomic(
    path: str | Path,
    data: bytes | str | Iterable[str | bytes],
    *,
    force: bool = False,
    inputs: Iterable[str | Path] = (),
) -> Path:
    """Write ``data`` to ``path`` through a temporary file in the same folder, then rename.

    ``data`` is bytes, text, or an iterable of text or bytes chunks (written as they come, so a
    large output is never held whole in memory). Text is written as UTF-8. An interrupted run
    (an exception from the chunks, Ctrl-C, SIGTERM under ``report-toolkit``) leaves either the
    old file or the new one, never a partial file, and removes its temporary file. Checks the
    path with :func:`check_output_path` first.
    """
    out = check_output_path(path, force=force, inputs=inputs)
    chunks: Iterable[str | bytes] = (data,) if isinstance(data, str | bytes) else data
    with atomic_path(out, force=force, inputs=inputs) as tmp, open(tmp, "wb") as handle:
        for chunk in chunks:
            handle.write(chunk.encode("utf-8") if isinstance(chunk, str) else chunk)
        handle.flush()
        os.fsync(handle.fileno())
    return out


@contextlib.contextmanager
def atomic_path(
    path: str | Path, *, force: bool = False, inputs: Iterable[str | Path] = ()
) -> Iterator[Path]:
    """For a library that writes a file by name (sqlite3): yield an empty temporary file in
    ``path``'s folder to write, renamed to ``path`` when the block ends without an exception and
    removed otherwise; the same checks and guarantees as :func:`write_atomic`."""
    # here, not at the top: tempfile imports random (some 5 M instructions), which a run that
    # writes no file by name never needs
    import tempfile

    out = check_output_path(path, force=force, inputs=inputs)
    folder = out.resolve().parent
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{out.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise OutputError(f"cannot create a file in {folder}: {exc.strerror}", out) from exc
    os.close(fd)
    try:
        os.chmod(tmp_name, _file_mode(out))
        yield Path(tmp_name)
        if out.exists() and not force:  # appeared while we were writing
            raise OutputError("file exists; use --force to overwrite it", out)
        os.replace(tmp_name, out)
    except BaseException as exc:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write: {exc.strerror or exc}", out) from exc
        raise


def cache_folder(path: str | Path) -> Path:
    """Create a cache folder (and its parents) when missing, and return it. A cache is not a
    user's output: its files are written with ``force`` by their owner."""
    folder = Path(path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create the cache folder: {exc.strerror or exc}", folder) from exc
    return folder


def _file_mode(out: Path) -> int:
    """The mode the output should get: the existing file's when overwriting, else 0666 less
    the umask, as for any file a program creates."""
    try:
        return out.stat().st_mode & 0o7777
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask
