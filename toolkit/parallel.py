"""Run a pure function over a list on two cores, by forking.

A forked child inherits everything already loaded (the segmentation dictionary, parsed
reports), so it can take half of the work at once; ``multiprocessing`` would re-import and
re-load everything in a spawned child, or add pickling and a manager thread for little gain.
Each caller sets its own least amount of work worth a child: the diff's pairs
(:data:`toolkit.compare.build.DIFF_MIN_CHARS`), the two reports' terms analysis
(:data:`toolkit.terms.compare.SIDES_MIN_CHARS`, through :func:`in_child`), its renamed links
(:data:`toolkit.terms.renamed.FORK_MIN_WEIGHT`), and :data:`MIN_CHARS` for a timeline's reports.
Segmenting is never split for its own sake (the diff's tokens): with rjieba a provincial pair is
cut in 15-40 ms, and a child doing half of it was slower at every size measured
(``benchmarks/README.md``); the newer report's lines are cut in the child that analyses that
report for ``terms``, as part of its work.

Forking is used only where it is safe and worth it: on Linux, with more than one core
available, no other thread running, and enough work. Anything else, or any failure of the child,
falls back to doing all the work in this process; the result is the same either way.
``REPORT_TOOLKIT_JOBS=1`` turns forking off.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import signal
import sys
import threading
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, TypeVar

T = TypeVar("T")

#: least characters of report text worth a second process for a timeline's reports (reading,
#: parsing and extracting 20,000 characters takes some 70 ms of CPU, 84 ms a corpus report;
#: forking and collecting cost 15-25 ms)
MIN_CHARS = 20_000


def usable() -> bool:
    """Whether :func:`map_split` may fork here."""
    if os.environ.get("REPORT_TOOLKIT_JOBS", "").strip() == "1":
        return False
    if not sys.platform.startswith("linux") or not hasattr(os, "fork"):
        return False
    if threading.active_count() > 1:  # forking a threaded process can deadlock the child
        return False
    return len(os.sched_getaffinity(0)) > 1


def map_split(
    function: Callable[[T], Any],
    items: Sequence[T],
    *,
    weight: Callable[[T], int],
    min_weight: int,
    fork: bool = True,
) -> list[Any]:
    """``[function(item) for item in items]``, the second half computed by a forked child when
    ``fork`` and the items' total ``weight`` reaches ``min_weight`` (see the module docstring).
    The child always has one item at least.

    ``function`` must be deterministic and its results marshal-able (str, int, tuple, list …).
    """
    if not fork or len(items) < 2:
        return [function(item) for item in items]
    weights = [weight(item) for item in items]
    total = sum(weights)
    if total < min_weight or not usable():
        return [function(item) for item in items]
    cut, running = 0, 0
    while cut < len(items) - 1 and running * 2 < total:
        running += weights[cut]
        cut += 1
    first, second = items[:cut], items[cut:]
    child = None
    try:
        # Ctrl-C or SIGTERM during the fork would run its handler inside the interpreter's
        # at-fork hooks, which swallow the exit it raises: held until the child is known
        with _signals_held():
            child = _fork(function, second)
        results = [function(item) for item in first]
    except BaseException:
        if child:
            _stop(child)
        raise
    rest = _join(child) if child else None
    if rest is None or len(rest) != len(second):
        rest = [function(item) for item in second]
    return results + rest


@contextlib.contextmanager
def in_child(function: Callable[[], T], *, fork: bool = True) -> Iterator[Callable[[], T]]:
    """A way to get ``function()`` that a forked child computes meanwhile (when ``fork`` and
    forking is usable): the block does other work, then calls what it was given for the result
    (computed in this process if the child failed, or was never started). The child is stopped
    if the block leaves without asking. ``function`` must be deterministic and its result
    marshal-able, as for :func:`map_split`."""
    child = None
    if fork and usable():
        with _signals_held():
            child = _fork(lambda _: function(), [None])
    done: list[T] = []

    def result() -> T:
        nonlocal child
        if not done:
            found = _join(child) if child else None
            child = None
            done.append(found[0] if found is not None and len(found) == 1 else function())
        return done[0]

    try:
        yield result
    finally:
        if child:
            _stop(child)


@contextlib.contextmanager
def _signals_held() -> Iterator[None]:
    """SIGINT and SIGTERM held back (blocked) in the block, delivered when it ends; a child
    forked inside keeps them blocked (the parent stops it with SIGKILL)."""
    held = {signal.SIGINT, signal.SIGTERM}
    before = signal.pthread_sigmask(signal.SIG_BLOCK, held)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, before)


def _fork(function: Callable[[T], Any], items: Sequence[T]) -> tuple[int, int] | None:
    """Start a child that computes ``items`` and writes the marshalled results to a pipe;
    returns (pid, read end), or None when no child could be started."""
    sys.stdout.flush()
    sys.stderr.flush()
    try:
        read, write = os.pipe()
    except OSError:
        return None
    try:
        pid = os.fork()
    except OSError:
        os.close(read)
        os.close(write)
        return None
    if pid == 0:  # the child: never returns
        status = 1
        try:
            os.close(read)
            data = marshal.dumps([function(item) for item in items])
            with os.fdopen(write, "wb") as pipe:
                pipe.write(data)
            status = 0
        finally:
            os._exit(status)
    os.close(write)
    return pid, read


def _stop(child: tuple[int, int]) -> None:
    pid, read = child
    os.close(read)
    os.kill(pid, signal.SIGKILL)
    os.waitpid(pid, 0)


def _join(child: tuple[int, int]) -> list[Any] | None:
    """The child's results, or None when it failed."""
    pid, read = child
    try:
        with os.fdopen(read, "rb") as pipe:
            data = pipe.read()
    except BaseException:  # Ctrl-C while waiting: the child's work is of no use any more
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        raise
    _, status = os.waitpid(pid, 0)
    if status != 0:
        return None
    try:
        results = marshal.loads(data)
    except (EOFError, ValueError, TypeError):
        return None
    return results if isinstance(results, list) else None


def pool_size(jobs: int | None = None) -> int:
    """The worker processes :func:`imap_bounded` will use for ``jobs`` (None: one a usable
    core); 1 means no pool (forking not usable here, or ``REPORT_TOOLKIT_JOBS=1``)."""
    if not usable():
        return 1
    cores = len(os.sched_getaffinity(0))
    return max(1, min(cores if jobs is None else jobs, 64))


def imap_bounded(
    function: Callable[[T], Any], items: Iterable[T], *, jobs: int | None = None, window: int = 0
) -> Iterator[Any]:
    """``function(item)`` for every item, yielded in the order of ``items``, computed by a pool
    of forked worker processes (:func:`pool_size`); in this process when that is 1.

    At most ``window`` items (default: 8 a worker) are in flight or finished and not yet taken,
    so memory stays bounded however many items there are and however slowly the caller takes
    the results. ``function`` and its results must pickle; workers ignore Ctrl-C (the caller
    gets it and the pool is terminated). Stopping the iteration early terminates the pool.
    """
    size = pool_size(jobs)
    if size <= 1:
        yield from map(function, items)
        return
    import multiprocessing

    slots = threading.BoundedSemaphore(window or 8 * size)
    stop = threading.Event()

    def feed() -> Iterator[T]:  # runs in the pool's task thread
        for item in items:
            while not slots.acquire(timeout=0.1):
                if stop.is_set():
                    return
            if stop.is_set():
                return
            yield item

    sys.stdout.flush()
    sys.stderr.flush()
    pool = multiprocessing.get_context("fork").Pool(size, initializer=_ignore_interrupts)
    try:
        for result in pool.imap(function, feed()):
            slots.release()
            yield result
        pool.close()
        pool.join()
    finally:
        stop.set()
        pool.terminate()


def _ignore_interrupts() -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
