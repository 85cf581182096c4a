"""Findings of a draft check: frozen dataclasses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Severity = Literal["P0", "P1", "P2"]
#: P0 must be fixed, P1 should be looked at, P2 is style
SEVERITIES: tuple[Severity, ...] = ("P0", "P1", "P2")


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in the draft. ``line`` is the draft's line (paragraph number of a .docx);
    ``text`` the line as written; ``suggestion`` what to write instead, "" when none can be
    told; ``section`` the heading of the draft's top-level section holding the line ("" for
    front matter)."""

    kind: str
    severity: Severity
    line: int
    text: str
    message: str
    suggestion: str = ""
    section: str = ""


@dataclass(frozen=True, slots=True)
class SectionCopy:
    """How much of a top-level section of the draft is last year's text unchanged."""

    section: str
    line: int
    chars: int
    copied_chars: int

    @property
    def share(self) -> float:
        return self.copied_chars / self.chars if self.chars else 0.0


@dataclass(frozen=True, slots=True)
class CheckResult:
    """What :func:`toolkit.check.check_draft` found: findings in line order, the draft's year
    (None when it cannot be told) and the copied share of each top-level section (empty without
    a previous report)."""

    draft: str
    previous: str | None
    year: int | None
    findings: tuple[Finding, ...]
    copied: tuple[SectionCopy, ...] = ()

    def counts(self) -> dict[str, int]:
        """Findings per severity, every severity present (0 when none)."""
        counts: dict[str, int] = dict.fromkeys(SEVERITIES, 0)
        for finding in self.findings:
            counts[finding.severity] += 1
        return counts

    @property
    def has_p0(self) -> bool:
        return any(f.severity == "P0" for f in self.findings)
