"""Decoding text files: byte-order marks, strict UTF-8, then detection with charset-normalizer.

Never guessed from the suffix. GB2312 and GBK detections are decoded as GB18030, their superset,
so that rarer characters in names survive.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from pathlib import Path

from toolkit.errors import FormatError

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "cp936": "gb18030",
    "hz": "gb18030",
    "ascii": "utf-8",
    "big5": "big5hkscs",
}
_ALLOWED_CONTROLS = set("\t\n\r\f\v\x1c\x1d\x1e\x85")


def _common_ratio(text: str) -> float:
    """Share of characters from the ranges real report text uses (ASCII, CJK, punctuation)."""
    if not text:
        return 0.0
    common = sum(
        1
        for ch in text
        if (
            " " <= ch <= "~"
            or ch in "\t\r\n"
            or "\u4e00" <= ch <= "\u9fff"
            or "\u3000" <= ch <= "\u303f"
            or "\uff00" <= ch <= "\uffef"
            or "\u2000" <= ch <= "\u206f"
            or ch in "·×÷°"
        )
    )
    return common / len(text)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 saved without a BOM: ASCII (line breaks, digits) puts NUL bytes in the text; the
    byte order whose decode reads as report text wins."""
    sample = data[: min(len(data), 65536) // 2 * 2]  # an odd length: cut off; see _decode_cut
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    best, best_ratio = None, 0.0
    for candidate in ("utf-16-le", "utf-16-be"):
        try:
            ratio = _common_ratio(sample.decode(candidate))
        except UnicodeDecodeError:
            continue
        if ratio > best_ratio:
            best, best_ratio = candidate, ratio
    return best if best_ratio > 0.95 else None


#: the control characters no text holds (one search in C, not a Python loop over the text)
_BAD_CONTROLS = re.compile(
    "[" + "".join(chr(c) for c in range(32) if chr(c) not in _ALLOWED_CONTROLS) + "]"
)


def _looks_binary(text: str) -> bool:
    sample = text[:20000]
    if not sample:
        return False
    bad = len(_BAD_CONTROLS.findall(sample))
    return "\x00" in sample or bad / len(sample) > 0.01


#: the encoding a user forced (``--encoding``) for the files read inside :func:`forced`
_FORCED: ContextVar[str | None] = ContextVar("forced_encoding", default=None)
#: what detection settles with certainty: a byte-order mark, valid UTF-8, UTF-16 by its NUL
#: bytes, GB18030 that reads as Chinese, or the file's own declaration; anything else is a guess
_SURE = {"utf-8", "utf-16", "utf-16-le", "utf-16-be", "utf-32", "gb18030"}


@contextmanager
def forced(encoding: str | None) -> Iterator[None]:
    """Inside, every text file is decoded with ``encoding`` (None: detected as usual). An
    unknown encoding is a :class:`FormatError`."""
    if encoding is not None:
        try:
            encoding = codecs.lookup(encoding).name
        except LookupError:
            raise FormatError(f"unknown encoding {encoding!r}") from None
    token = _FORCED.set(encoding)
    try:
        yield
    finally:
        _FORCED.reset(token)


def decode_bytes(data: bytes, path: str | Path, declared: str | None = None) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``.

    Inside :func:`forced` the forced encoding is used, strictly.

    ``declared`` is an encoding the file itself names (an HTML ``<meta charset>``); it is tried
    after the byte-order marks and before strict UTF-8 and detection. Raises
    :class:`FormatError` for binary data and undetectable encodings.
    """
    force = _FORCED.get()
    if force is not None:
        try:
            return data.decode(force), force
        except UnicodeDecodeError as exc:
            message = f"not valid {force} text ({exc.reason} at byte {exc.start})"
            raise FormatError(message, path) from exc
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(name), name.replace("-sig", "")
            except UnicodeDecodeError as exc:
                cut = _decode_cut(data, name)
                if cut is not None:
                    return cut, name.replace("-sig", "")
                raise FormatError(
                    f"not valid {name} text despite its byte-order mark ({exc.reason})", path
                ) from exc
    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return data.decode(utf16), utf16
        except UnicodeDecodeError:
            cut = _decode_cut(data, utf16)
            if cut is not None:
                return cut, utf16
    if b"\x00" in data[:65536]:
        raise FormatError(
            "binary file, not text", path, hint="give a .txt, .md, .html or .docx report"
        )
    candidates = []
    if declared:
        name = declared.strip().lower()
        candidates.append(_SUPERSETS.get(name, name))
    candidates.append("utf-8")
    for name in candidates:
        try:
            text = data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        if not _looks_binary(text):
            return text, codecs.lookup(name).name
    truncated = _decode_cut(data, "utf-8")
    if truncated is not None:
        return truncated, "utf-8"
    text, name = _detect(data, path)
    if _looks_binary(text):
        raise FormatError(
            "binary file, not text", path, hint="give a .txt, .md, .html or .docx report"
        )
    return text, name


def decoding_warnings(
    text: str, encoding: str | None = None, declared: str | None = None
) -> tuple[str, ...]:
    """What :func:`decode_bytes` had to work around in ``text``, one sentence each; with the
    ``encoding`` it used, also when that encoding was only a guess (not forced, declared, nor one
    detection is sure of)."""
    found: list[str] = []
    if text.endswith("\ufffd"):
        found.append("the file ends inside a character, which reads as �: it may have been cut off")
    sure = {*_SURE, *(_lookup(declared),), _FORCED.get()}
    if encoding is not None and _lookup(encoding) not in sure:
        found.append(
            f"the text encoding is a guess: read as {encoding}; if the text reads wrong, give "
            "the right one with --encoding (e.g. --encoding gb18030)"
        )
    return tuple(found)


def _lookup(name: str | None) -> str | None:
    if not name:
        return None
    try:
        return codecs.lookup(_SUPERSETS.get(name.strip().lower(), name.strip())).name
    except LookupError:
        return None


def _decode_cut(data: bytes, encoding: str) -> str | None:
    """Text whose last character was cut off (an interrupted download or copy, a file split by
    size), decoded with U+FFFD for the broken tail; None when the bytes are not that."""
    try:
        data.decode(encoding)
    except UnicodeDecodeError as exc:
        if exc.end == len(data) and exc.start >= len(data) - 3:
            try:
                text = data[: exc.start].decode(encoding) + "\ufffd"
            except UnicodeDecodeError:
                return None
            return None if _looks_binary(text) else text
    return None


def _detect(data: bytes, path: str | Path) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    # Chinese reports are GB18030-family when not UTF-8: try that first, strictly.
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = _decode_cut(data, "gb18030") or ""
    if text and _mostly_chinese(text):
        return text, "gb18030"
    best = from_bytes(data[:2_000_000]).best()
    if best is None or best.encoding is None:
        raise FormatError(
            "cannot detect the text encoding", path, hint="save the file as UTF-8 and try again"
        )
    name = _SUPERSETS.get(best.encoding.lower(), best.encoding)
    try:
        return data.decode(name), name
    except UnicodeDecodeError as exc:
        raise FormatError(
            f"cannot decode the text (detected {name}, {exc.reason})",
            path,
            hint="save the file as UTF-8 and try again",
        ) from exc


def _mostly_chinese(text: str) -> bool:
    sample = text[:20000]
    letters = [ch for ch in sample if not ch.isspace() and not ch.isascii()]
    if not letters:
        return False
    cjk = sum(
        1
        for ch in letters
        if "\u4e00" <= ch <= "\u9fff"
        or "\u3000" <= ch <= "\u303f"
        or "\uff00" <= ch <= "\uffef"
        or ch in "“”‘’—…·"
    )
    return cjk / len(letters) > 0.9
