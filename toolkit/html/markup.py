"""Escaping and the few HTML building helpers every part of the page uses.

Everything taken from an input report goes through :func:`esc` (text and attribute values
alike: quotes are escaped too), so a heading such as ``"><script>…`` is shown as text.
"""

from __future__ import annotations

import html
import re

_ID_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]")


def esc(value: object) -> str:
    """``value`` as text, escaped for use in element content and quoted attribute values."""
    return html.escape(str(value), quote=True)


def anchor_id(prefix: str, key: object) -> str:
    """A safe fragment id (``pair-12``): anything but ASCII letters, digits, ``_.-`` dropped."""
    return f"{prefix}-{_ID_UNSAFE.sub('', str(key))}"


def percent(value: float) -> str:
    """0.734 → "73%"."""
    return f"{round(value * 100)}%"


def signed(value: int) -> str:
    """+12 / −3 / ±0, with a real minus sign."""
    if value > 0:
        return f"+{value}"
    if value < 0:
        return f"−{-value}"
    return "±0"
