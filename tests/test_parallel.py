"""toolkit.parallel: the same results with or without a forked child, and no child left behind."""

from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from tests.conftest import SAMPLES
from tests.processes import children as child_pids
from tests.processes import start
from toolkit import parallel
from toolkit.textdiff import tokens

needs_fork = pytest.mark.skipif(not parallel.usable(), reason="forking not usable here")


def _square(n: int) -> int:
    return n * n


def _pid_of_worker(n: int) -> int:
    return os.getpid()


@needs_fork
def test_second_half_runs_in_a_child_and_results_keep_their_order():
    items = list(range(10))
    pids = parallel.map_split(_pid_of_worker, items, weight=lambda n: 1, min_weight=2)
    assert pids[:5] == [os.getpid()] * 5
    assert len(set(pids[5:])) == 1 and pids[5] != os.getpid()
    assert parallel.map_split(_square, items, weight=lambda n: 1, min_weight=2) == [
        n * n for n in items
    ]


@needs_fork
def test_in_child_computes_in_a_child_while_the_block_runs():
    with parallel.in_child(os.getpid) as pid:
        assert pid() != os.getpid()
        assert pid() == pid()  # asked twice: the one answer
    with parallel.in_child(os.getpid, fork=False) as pid:
        assert pid() == os.getpid()


def test_in_child_stops_its_child_when_the_block_fails():
    with pytest.raises(KeyError), parallel.in_child(lambda: time.sleep(30) or 1):
        raise KeyError("x")
    assert not child_pids(os.getpid())


@needs_fork
def test_the_child_gets_the_last_item_when_the_first_is_lighter():
    # one light item then one heavy: the cut at half the weight once took both, and the
    # child was forked for nothing
    pids = parallel.map_split(_pid_of_worker, [1, 100], weight=lambda n: n, min_weight=2)
    assert pids[0] == os.getpid() and pids[1] != os.getpid()


def test_fork_false_keeps_the_work_here():
    pids = parallel.map_split(_pid_of_worker, [1, 2], weight=lambda n: 1, min_weight=0, fork=False)
    assert pids == [os.getpid()] * 2


def test_small_work_stays_in_this_process():
    pids = parallel.map_split(_pid_of_worker, [1, 2, 3], weight=lambda n: 1, min_weight=100)
    assert pids == [os.getpid()] * 3


def test_jobs_1_turns_forking_off(monkeypatch):
    monkeypatch.setenv("REPORT_TOOLKIT_JOBS", "1")
    assert not parallel.usable()
    pids = parallel.map_split(_pid_of_worker, list(range(6)), weight=lambda n: 1, min_weight=1)
    assert pids == [os.getpid()] * 6


def _fails_in_child(parent: int) -> int:
    if os.getpid() != parent:
        raise RuntimeError("child only")
    return parent


@needs_fork
def test_a_failing_child_is_made_up_for_here():
    parent = os.getpid()
    results = parallel.map_split(_fails_in_child, [parent] * 6, weight=lambda n: 1, min_weight=1)
    assert results == [parent] * 6


def _unmarshalable(n: int) -> object:
    return object() if os.getpid() != n else n


@needs_fork
def test_results_the_child_cannot_send_are_made_up_for_here():
    parent = os.getpid()
    assert (
        parallel.map_split(_unmarshalable, [parent] * 4, weight=lambda n: 1, min_weight=1)
        == [parent] * 4
    )


def _fails_here(parent: int) -> int:
    if os.getpid() == parent:
        raise ValueError("parent")
    return parent


@needs_fork
def test_an_error_here_stops_the_child():
    parent = os.getpid()
    with pytest.raises(ValueError, match="parent"):
        parallel.map_split(_fails_here, [parent] * 4, weight=lambda n: 1, min_weight=1)
    with pytest.raises(ChildProcessError):  # no child left behind, not even a zombie
        os.waitpid(-1, os.WNOHANG)


def test_primed_tokens_equal_tokens_made_one_line_at_a_time():
    text = (SAMPLES / "sichuan-2026.txt").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip()]
    tokens.clear_cache()
    serial = [tuple(tokens.tokenize(line)) for line in lines]
    tokens.prime(lines)
    assert [tokens.line_tokens(line) for line in lines] == serial


@needs_fork
def test_a_comparison_is_the_same_on_one_core(monkeypatch):
    from toolkit.api import load_report
    from toolkit.compare import build, compare_reports
    from toolkit.compare.serialize import comparison_dict

    old, new = (load_report(SAMPLES / f"sichuan-{year}.txt") for year in (2025, 2026))
    monkeypatch.setattr(build, "DIFF_MIN_CHARS", 1)  # fork whatever the size
    tokens.clear_cache()
    two_cores = comparison_dict(compare_reports(old, new))
    monkeypatch.setenv("REPORT_TOOLKIT_JOBS", "1")
    tokens.clear_cache()
    assert comparison_dict(compare_reports(old, new)) == two_cores


@needs_fork
@pytest.mark.parametrize(("sig", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_an_interrupted_diff_leaves_no_process_behind(tmp_path, sig, code):
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    for path, name in ((old, "guangdong-2025.txt"), (new, "guangdong-2026.txt")):
        path.write_text((SAMPLES / name).read_text(encoding="utf-8") * 20, encoding="utf-8")
    # on a loaded machine a run can end between seeing its child and the signal: try again
    for _attempt in range(5):
        run = start("diff", str(old), str(new), "-f", "json")
        deadline = time.monotonic() + 60
        children: list[int] = []
        while not children and run.poll() is None and time.monotonic() < deadline:
            children = child_pids(run.pid)
            time.sleep(0.005)
        assert children, "the diff never forked"
        run.send_signal(signal.SIGSTOP)  # held still while it is seen to be running
        if run.poll() is None:
            break
        run.wait()
    run.send_signal(sig)
    run.send_signal(signal.SIGCONT)
    assert run.wait(timeout=60) == code, run.stderr.read()
    time.sleep(0.2)
    assert not any(Path(f"/proc/{pid}").exists() for pid in children)


def _slow_square(n: int) -> int:
    time.sleep(0.01)
    return n * n


@needs_fork
def test_imap_bounded_keeps_order_and_takes_no_more_than_its_window():
    pulled = []

    def items():
        for n in range(200):
            pulled.append(n)
            yield n

    results = parallel.imap_bounded(_slow_square, items(), jobs=2, window=6)
    assert next(results) == 0
    time.sleep(0.5)  # the workers would take everything by now without the window
    assert len(pulled) <= 6 + 2  # the window, the result taken, one waiting for a slot
    assert [0, *results] == [n * n for n in range(200)]


def test_imap_bounded_without_a_pool_is_map(monkeypatch):
    monkeypatch.setenv("REPORT_TOOLKIT_JOBS", "1")
    assert parallel.pool_size() == 1
    assert list(parallel.imap_bounded(_square, range(5))) == [0, 1, 4, 9, 16]
