"""Quantitative targets and achieved figures of work reports, compared year on year.

>>> from toolkit.api import load_report
>>> from toolkit.targets import compare_targets, extract_targets
>>> targets = extract_targets(load_report("samples/sichuan-2026.txt"))
>>> comparison = compare_targets(load_report("samples/sichuan-2025.txt"),
...                              load_report("samples/sichuan-2026.txt"))

See :mod:`toolkit.targets.extract` for what counts as a target or an achieved figure and
:mod:`toolkit.targets.compare` for the change and attainment rules.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from toolkit.lazy import lazy_exports

if TYPE_CHECKING:
    from toolkit.targets.commitments import track_commitments
    from toolkit.targets.compare import compare_targets
    from toolkit.targets.extract import extract_targets
    from toolkit.targets.indicators import IndicatorTable, read_indicator_file
    from toolkit.targets.model import (
        Attainment,
        Commitment,
        Target,
        TargetChange,
        TargetComparison,
    )

# imported on first use: registering the plugin must not load the extractor (start-up time)
_EXPORTS = {
    "compare_targets": "toolkit.targets.compare",
    "track_commitments": "toolkit.targets.commitments",
    "extract_targets": "toolkit.targets.extract",
    "IndicatorTable": "toolkit.targets.indicators",
    "read_indicator_file": "toolkit.targets.indicators",
    "Attainment": "toolkit.targets.model",
    "Commitment": "toolkit.targets.model",
    "Target": "toolkit.targets.model",
    "TargetChange": "toolkit.targets.model",
    "TargetComparison": "toolkit.targets.model",
}

__all__ = [
    "Attainment",
    "Commitment",
    "IndicatorTable",
    "Target",
    "TargetChange",
    "TargetComparison",
    "compare_targets",
    "extract_targets",
    "read_indicator_file",
    "track_commitments",
]


__getattr__ = lazy_exports(__name__, _EXPORTS)
