"""The engines on the real sample pairs: diff, targets, terms, draft and every export writer.

Each engine is looked up through its public API; one that is not on this branch yet is
reported as skipped with the module it needs.
"""

from __future__ import annotations

import importlib
import time
from collections.abc import Callable
from functools import partial
from typing import Any

from benchmarks.measure import PAIRS, SAMPLES, Row


def _api(module: str, name: str) -> Callable[..., Any] | None:
    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None


def _timed(group: str, name: str, fn: Callable[[], Any], per: int) -> tuple[Row, Any]:
    try:
        started = time.perf_counter()
        result = fn()
        seconds = time.perf_counter() - started
    except Exception as exc:  # a benchmark reports a broken engine, it does not stop
        return Row(group, name, None, f"failed: {type(exc).__name__}: {exc}"[:90]), None
    return Row(group, name, seconds, f"{seconds / per * 1000:.0f} ms each, {per} runs"), result


def run() -> list[Row]:
    from toolkit.api import load_report

    pairs = [(load_report(SAMPLES / a), load_report(SAMPLES / b)) for a, b in PAIRS]
    rows: list[Row] = []
    from toolkit import segment

    started = time.perf_counter()
    segment.cut("政府工作报告")  # the words of a text are given as texts come: see speed.py
    rows.append(
        Row("engines", "segmenter start, before any text's words", time.perf_counter() - started)
    )

    results: dict[str, Any] = {"outline": pairs[0][1]}
    engines = [
        ("diff", "toolkit.compare", "compare_reports", lambda f: [f(a, b) for a, b in pairs]),
        ("targets", "toolkit.targets", "compare_targets", lambda f: [f(a, b) for a, b in pairs]),
        ("terms", "toolkit.terms", "compare_terms", lambda f: [f(a, b) for a, b in pairs]),
        ("draft", "toolkit.draft", "build_draft", lambda f: [f(b) for _, b in pairs]),  # newer
        ("report", "toolkit.review", "build_review", lambda f: [f(a, b) for a, b in pairs]),
    ]
    for subject, module, name, call in engines:
        fn = _api(module, name)
        if fn is None:
            rows.append(Row("engines", f"{subject} ({module}.{name})", None, "not on this branch"))
            continue
        row, result = _timed("engines", f"{subject} ({name})", partial(call, fn), 3)
        rows.append(row)
        if result:
            results[subject] = _writer_input(subject, result[0], pairs[0])
    rows.extend(_exports(results))
    return rows


def _writer_input(subject: str, result: Any, pair: tuple[Any, Any]) -> Any:
    """What the writers of ``subject`` take: the targets writers want the comparison wrapped
    with both reports' targets (as ``report-toolkit targets`` builds it)."""
    if subject != "targets":
        return result
    try:
        from toolkit.targets import extract_targets
        from toolkit.targets.model import ReportTargets, TargetsResult
    except ImportError:
        return result
    sides = tuple(ReportTargets(r.source, r.year, r.title, extract_targets(r)) for r in pair)
    return TargetsResult(sides, result)


def _exports(results: dict[str, Any]) -> list[Row]:
    """Every registered writer on the first pair's result of its subject."""
    from toolkit.plugins.manager import get_registry

    rows = []
    for (subject, fmt), writer in sorted(get_registry().writers.items()):
        label = f"export {subject} → {fmt} ({writer.name})"
        if subject not in results:
            rows.append(Row("exports", label, None, f"no {subject} result on this branch"))
            continue
        result = results[subject]
        row, data = _timed("exports", label, partial(writer.write, result), 1)
        if data is not None:
            row = Row(row.group, row.name, row.seconds, f"{len(data):,} bytes")
        rows.append(row)
    return rows
