"""Quantitative targets and achieved figures of work reports, compared year on year.

>>> from toolkit.api import load_report
>>> from toolkit.targets import compare_targets, extract_targets
>>> targets = extract_targets(load_report("samples/sichuan-2026.txt"))
>>> comparison = compare_targets(load_report("samples/sichuan-2025.txt"),
...                              load_report("samples/sichuan-2026.txt"))

See :mod:`toolkit.targets.extract` for what counts as a target or an achieved figure and
:mod:`toolkit.targets.compare` for the change and attainment rules.
"""

from toolkit.targets.compare import compare_targets
from toolkit.targets.extract import extract_targets
from toolkit.targets.indicators import IndicatorTable, read_indicator_file
from toolkit.targets.model import Attainment, Target, TargetChange, TargetComparison

__all__ = [
    "Attainment",
    "IndicatorTable",
    "Target",
    "TargetChange",
    "TargetComparison",
    "compare_targets",
    "extract_targets",
    "read_indicator_file",
]
