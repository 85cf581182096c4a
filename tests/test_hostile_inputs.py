"""Hostile and broken inputs: each gives one clear line and a documented exit code (or a
best-effort result), within bounded memory and time, and leaves every input byte-for-byte
unchanged and no stray file behind.

Every case runs the real command in a subprocess that reports its own peak memory
(``ru_maxrss``), so a reader that inflates a zip bomb or expands entities fails the memory bound.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shutil
import subprocess
import time
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import hostile
import pytest
from conftest import SAMPLES

from benchmarks.measure import Run, run_measured
from toolkit.errors import ExitCode


def error_line(run: Run) -> str:
    """The one error line; fails on tracebacks and on more than a line plus a hint."""
    assert "Traceback" not in run.stderr, run.stderr
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    assert lines and lines[0].startswith("report-toolkit: error: "), run.stderr
    assert len(lines) == 1 or (len(lines) == 2 and lines[1].startswith("  hint: ")), run.stderr
    return lines[0]


@dataclass(frozen=True)
class Case:
    """A hostile input: how to make it, and what the command must answer."""

    make: Callable[[Path], Path]  #: writes the input into the folder, returns the path
    code: ExitCode
    message: str  #: must appear in the error line (which also names the file)
    peak_mb: float = 150  #: peak resident memory bound for the whole command
    seconds: float = 20


def _write(name: str, data: bytes) -> Callable[[Path], Path]:
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    return make


def _zip_not_docx(folder: Path) -> Path:
    path = folder / "archive.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("hello.txt", "你好")
    return path


def _truncated(folder: Path) -> Path:
    path = folder / "truncated.docx"
    path.write_bytes((SAMPLES / "hunan-2025.docx").read_bytes()[:20000])
    return path


def _undetectable(folder: Path) -> Path:
    path = folder / "mystery.txt"
    path.write_bytes(bytes(range(0x80, 0x100)) * 200)
    return path


def _too_many_lines(folder: Path) -> Path:
    path = folder / "headings.txt"
    path.write_bytes("一、总体要求\n（一）稳增长\n1.发展\n".encode() * 70_000)
    return path


def _fifo(folder: Path) -> Path:
    path = folder / "pipe.txt"
    os.mkfifo(path)  # reading it would block for ever
    return path


def _huge_page(folder: Path) -> Path:
    path = folder / "page.html"
    paragraph = "<p>经济运行稳中向好，地区生产总值增长5%左右。</p>".encode()
    path.write_bytes(b"<html><body>" + paragraph * (33 * hostile.MB // len(paragraph)))
    return path


CASES: dict[str, Case] = {
    # zip bombs (350 MB honest, 200 MB lying): the memory bound proves no full inflate
    "zip bomb": Case(lambda d: hostile.zip_bomb(d / "bomb.docx"), ExitCode.FORMAT, "zip bomb", 100),
    "zip bomb lying about its size": Case(
        lambda d: hostile.lying_zip_bomb(d / "liar.docx"), ExitCode.FORMAT, "Bad CRC-32", 100
    ),
    "billion laughs": Case(
        lambda d: hostile.billion_laughs_docx(d / "laughs.docx"), ExitCode.FORMAT, "DOCTYPE"
    ),
    "zip64 with 70,000 entries": Case(
        lambda d: hostile.many_entries_docx(d / "parts.docx", 70_000),
        ExitCode.FORMAT,
        "the zip holds 70,0",
    ),
    "40 MB of styles": Case(
        lambda d: hostile.huge_styles_docx(d / "styles.docx"), ExitCode.FORMAT, "XML parts come to"
    ),
    "truncated docx": Case(_truncated, ExitCode.FORMAT, "damaged or truncated zip"),
    "zip that is not a docx": Case(_zip_not_docx, ExitCode.FORMAT, "not a Word document"),
    "legacy doc renamed docx": Case(
        lambda d: hostile.legacy_doc(d / "old.docx"), ExitCode.FORMAT, "legacy Word 97-2003"
    ),
    "password-protected docx": Case(
        lambda d: hostile.encrypted_docx(d / "locked.docx"), ExitCode.FORMAT, "password-protected"
    ),
    "damaged XML in a docx": Case(
        lambda d: hostile.damaged_xml_docx(d / "cut.docx"), ExitCode.FORMAT, "damaged Word document"
    ),
    "zip with a password": Case(
        lambda d: hostile.zip_encrypted_docx(d / "zipcrypt.docx"),
        ExitCode.FORMAT,
        "is encrypted inside the zip",
    ),
    "empty file": Case(_write("empty.txt", b""), ExitCode.FORMAT, "file is empty"),
    "empty docx": Case(_write("empty.docx", b""), ExitCode.FORMAT, "file is empty"),
    "whitespace only": Case(
        _write("blank.txt", " \r\n\u3000\n\t\n".encode()), ExitCode.FORMAT, "only whitespace"
    ),
    "binary named txt": Case(
        _write("photo.txt", hostile.random_bytes(50_000)), ExitCode.FORMAT, "binary file"
    ),
    "undetectable encoding": Case(_undetectable, ExitCode.FORMAT, "cannot detect the text"),
    "210,000 short lines": Case(_too_many_lines, ExitCode.FORMAT, "more than 200,000"),
    "33 MB HTML page": Case(_huge_page, ExitCode.FORMAT, "limit for pages is 32 MB"),
    "directory": Case(lambda d: d, ExitCode.INPUT, "is a directory"),
    "missing file": Case(lambda d: d / "nope.docx", ExitCode.INPUT, "no such file"),
    "named pipe": Case(_fifo, ExitCode.INPUT, "is not a regular file"),
}


@contextlib.contextmanager
def unchanged(folder: Path) -> Iterator[None]:
    """Every file under ``folder`` keeps its bytes, and no file appears or disappears."""
    before = hostile.tree_hashes(folder)
    yield
    assert hostile.tree_hashes(folder) == before


@pytest.mark.parametrize("name", CASES)
def test_hostile_input_is_refused_cleanly(tmp_path: Path, name: str) -> None:
    case = CASES[name]
    path = case.make(tmp_path)
    with unchanged(tmp_path):
        run = run_measured("outline", str(path), "--format", "json")
    assert run.code == case.code, run.stderr
    line = error_line(run)
    assert str(path) in line and case.message in line, line
    assert run.stdout == ""
    assert run.peak_mb < case.peak_mb, f"{name}: peak {run.peak_mb:.0f} MB"
    assert run.seconds < case.seconds, f"{name}: {run.seconds:.1f} s"


def test_external_entity_is_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET-7f3a9c", encoding="utf-8")
    path = hostile.external_entity_docx(tmp_path / "xxe.docx", secret)
    with unchanged(tmp_path):
        run = run_measured("outline", str(path), "--format", "json", "--paragraphs")
    assert run.code == ExitCode.FORMAT
    assert "DOCTYPE" in error_line(run)
    assert "SECRET-7f3a9c" not in run.stdout + run.stderr


def test_zip_bomb_is_judged_before_inflating(tmp_path: Path) -> None:
    """The refusal comes from the declared sizes: far less time than inflating 350 MB takes."""
    path = hostile.zip_bomb(tmp_path / "bomb.docx")
    started = time.perf_counter()
    with zipfile.ZipFile(path) as archive, archive.open("word/document.xml") as part:
        while part.read(1 << 20):
            pass
    inflate_seconds = time.perf_counter() - started
    from toolkit.errors import FormatError
    from toolkit.word.reader import check_package

    started = time.perf_counter()
    with pytest.raises(FormatError, match="zip bomb"):
        check_package(path)
    assert time.perf_counter() - started < inflate_seconds / 5


# ---- outputs ---------------------------------------------------------------------------


def _sample_copy(folder: Path) -> Path:
    source = folder / "hunan-2025.txt"
    shutil.copyfile(SAMPLES / "hunan-2025.txt", source)
    return source


def test_output_folder_missing(tmp_path: Path) -> None:
    source = _sample_copy(tmp_path)
    with unchanged(tmp_path):
        run = run_measured("outline", str(source), "-f", "json", "-o", str(tmp_path / "no/x.json"))
    assert run.code == ExitCode.OUTPUT
    assert "does not exist" in error_line(run)


@contextlib.contextmanager
def locked_folder(folder: Path) -> Iterator[Path]:
    """A folder nobody can write to: mode 0555, and immutable when we are root (root ignores
    modes). Skips when neither works."""
    folder.mkdir()
    folder.chmod(0o555)
    immutable = False
    if os.access(folder, os.W_OK):
        chattr = shutil.which("chattr")
        if chattr and subprocess.run([chattr, "+i", str(folder)], capture_output=True).returncode:
            chattr = None
        if not chattr:
            folder.chmod(0o755)
            pytest.skip("cannot make a folder unwritable here")
        immutable = True
    try:
        yield folder
    finally:
        if immutable:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
        folder.chmod(0o755)


def test_unwritable_output_folder(tmp_path: Path) -> None:
    source = _sample_copy(tmp_path)
    with locked_folder(tmp_path / "locked") as locked, unchanged(tmp_path):
        run = run_measured("outline", str(source), "-f", "json", "-o", str(locked / "o.json"))
    assert run.code == ExitCode.OUTPUT
    assert "not writable" in error_line(run)


# ---- inputs that must work, best effort ----------------------------------------------------


def test_fifty_mb_text_in_bounded_memory(tmp_path: Path) -> None:
    """A 50 MB report (the text samples repeated, years moved) is read, parsed and written as
    JSON under 300 MB of peak memory (measured about 175 MB; see benchmarks)."""
    samples = [SAMPLES / name for name in ("sichuan-2025.txt", "hunan-2026.txt")]
    source = hostile.fifty_mb_text(tmp_path / "compilation.txt", samples)
    out = tmp_path / "outline.json"
    before = hostile.sha256(source)
    run = run_measured("outline", str(source), "-f", "json", "-o", str(out))
    assert run.code == 0, run.stderr
    assert run.peak_mb < 300, f"peak {run.peak_mb:.0f} MB"
    assert run.seconds < 60
    assert hostile.sha256(source) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["compilation.txt", "outline.json"]
    with out.open(encoding="utf-8") as handle:
        head = handle.read(4096)
    chars = re.search(r'"chars": (\d+)', head)
    assert chars and int(chars.group(1)) > 15_000_000
    assert out.stat().st_size > 50 * hostile.MB


def test_report_without_structure_falls_back_to_generic(tmp_path: Path) -> None:
    """Prose with no labels, no headings, no year: the generic profile holds every line."""
    lines = [
        "这是一份没有任何编号和标题的说明材料。",
        "我们认真听取了各方面的意见，逐条进行了研究。",
        "",
        "下一步将继续完善有关制度，切实抓好落实。",
    ]
    source = tmp_path / "notes.txt"
    source.write_text("\r\n".join(lines), encoding="gb18030")
    with unchanged(tmp_path):
        run = run_measured("outline", str(source), "-f", "json", "--paragraphs")
    assert run.code == 0, run.stderr
    data = json.loads(run.stdout)
    assert data["profile"] == "generic"
    from toolkit.api import load_report

    report = load_report(source)
    assert [text for _, text in report.lines()] == [line for line in lines if line]


def test_html_scripts_are_dropped(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(
        "<html><head><title>2026年政府工作报告</title>"
        "<script>var leak='一、脚本里的标题'; document.write('SCRIPT-LEAK')</script></head>"
        "<body><script>alert('SCRIPT-LEAK')</script><div id='zoom'>"
        "<p>政府工作报告</p><p>一、2025年工作回顾</p><p>经济运行稳中向好。</p>"
        "<noscript>SCRIPT-LEAK</noscript><p>二、2026年工作安排</p><p>做好今年工作。</p>"
        "</div></body></html>",
        encoding="utf-8",
    )
    with unchanged(tmp_path):
        run = run_measured("outline", str(page), "-f", "json", "--paragraphs")
    assert run.code == 0, run.stderr
    assert "SCRIPT-LEAK" not in run.stdout and "脚本" not in run.stdout
    data = json.loads(run.stdout)
    assert [s["label"] for s in data["sections"]] == ["一、", "二、"]


def test_deeply_nested_html(tmp_path: Path) -> None:
    """100,000 nested <div>s: no recursion error, bounded time; libxml2 stops nesting at 255
    levels, so what lies deeper is dropped (best effort), what lies above is kept."""
    depth = 100_000
    page = tmp_path / "deep.html"
    page.write_text(
        "<html><body><p>一、总体要求</p><p>稳中求进。</p>"
        + "<div>" * depth
        + "<p>深处的段落</p>"
        + "</div>" * depth
        + "<p>二、重点工作</p></body></html>",
        encoding="utf-8",
    )
    with unchanged(tmp_path):
        run = run_measured("outline", str(page), "-f", "json", "--paragraphs")
    assert run.code == 0, run.stderr
    assert run.seconds < 20 and run.peak_mb < 150
    assert "一、总体要求" in run.stdout and "稳中求进。" in run.stdout
    (warning,) = run.stderr.splitlines()
    assert warning.startswith(f"report-toolkit: warning: {page}: the page nests elements more")


def test_docx_with_many_paragraphs(tmp_path: Path) -> None:
    """20,000 paragraphs (a 600-page document) are all read, in bounded time and memory."""
    path = hostile.many_paragraphs_docx(tmp_path / "long.docx", 20_000)
    with unchanged(tmp_path):
        run = run_measured("outline", str(path), "-f", "json")
    assert run.code == 0, run.stderr
    assert run.seconds < 30 and run.peak_mb < 200
    data = json.loads(run.stdout)

    def count(sections: list[dict]) -> int:
        return sum(1 + len(s["paragraphs"]) + count(s["children"]) for s in sections)

    assert count(data["sections"]) + len(data["front"]) == 20_000


def test_file_name_that_is_not_utf8(tmp_path: Path) -> None:
    """A name in GBK bytes (as a Windows zip or an old share leaves it) reads and writes JSON;
    the undecodable bytes show as U+FFFD in ``source``."""
    folder = os.fsencode(tmp_path)
    name = folder + b"/" + "报告".encode("gbk") + b".txt"
    shutil.copyfile(SAMPLES / "hunan-2025.txt", name)
    out = tmp_path / "outline.json"
    run = run_measured("outline", os.fsdecode(name), "-f", "json", "-o", str(out))
    assert run.code == 0, run.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["source"].endswith("\ufffd.txt") and data["year"] == 2025
    run = run_measured("outline", os.fsdecode(name), "-f", "json")
    assert run.code == 0 and json.loads(run.stdout)["source"] == data["source"]


def test_error_stays_one_line_with_a_newline_in_the_name(tmp_path: Path) -> None:
    source = tmp_path / "two\nlines.txt"
    shutil.copyfile(SAMPLES / "hunan-2025.txt", source)
    with unchanged(tmp_path):
        run = run_measured("outline", str(source), "-f", "json", "-o", str(source), "--force")
    assert run.code == ExitCode.OUTPUT
    assert "two\\nlines.txt: output path is also an input" in error_line(run)


def test_one_long_line(tmp_path: Path) -> None:
    """A report saved without line breaks (5 MB in one line) reads in linear time."""
    text = (SAMPLES / "sichuan-2025.txt").read_text(encoding="utf-8").replace("\n", "")
    source = tmp_path / "oneline.txt"
    source.write_text(text * 70, encoding="utf-8")
    with unchanged(tmp_path):
        run = run_measured("outline", str(source), "-f", "json")
    assert run.code == 0, run.stderr
    assert run.seconds < 20 and run.peak_mb < 150
    assert json.loads(run.stdout)["chars"] == len(text) * 70


# ---- every command that reads reports ------------------------------------------------------

COMMANDS = ["diff", "terms", "targets", "report"]


def only_error_line(run: Run) -> str:
    """The one error line among progress lines, with no traceback."""
    assert "Traceback" not in run.stderr, run.stderr
    errors = [line for line in run.stderr.splitlines() if line.startswith("report-toolkit: error:")]
    assert len(errors) == 1, run.stderr
    return errors[0]


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("case", ["billion laughs", "binary named txt"])
def test_every_command_refuses_hostile_input(tmp_path: Path, command: str, case: str) -> None:
    good = _sample_copy(tmp_path)
    bad = CASES[case].make(tmp_path)
    with unchanged(tmp_path):
        run = run_measured(command, str(good), str(bad))
    assert run.code == CASES[case].code, run.stderr
    line = only_error_line(run)
    assert str(bad) in line and CASES[case].message in line
    assert run.peak_mb < 250


@pytest.mark.parametrize("command", ["diff", "report"])
def test_reports_without_structure_still_compare(tmp_path: Path, command: str) -> None:
    """Two texts no profile recognises (generic profile) compare through the command line."""
    old, new = tmp_path / "old.txt", tmp_path / "new.txt"
    old.write_text("这是一份没有编号的说明。\n我们听取了意见。\n", encoding="utf-8")
    new.write_text("这是一份没有编号的说明。\n我们认真听取了各方面意见。\n", encoding="utf-8")
    out = tmp_path / ("diff.json" if command == "diff" else "review.html")
    run = run_measured(command, str(old), str(new), "-o", str(out))
    assert run.code == 0, run.stderr
    assert "认真" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030", "utf-16-le", "utf-16"])
def test_text_cut_mid_character(tmp_path: Path, encoding: str) -> None:
    """A download that stopped inside the last character: read in its encoding with U+FFFD
    for the broken tail (it used to be 'cannot detect the text encoding' or 'binary file')."""
    text = (SAMPLES / "hunan-2025.txt").read_text(encoding="utf-8").rstrip()
    source = tmp_path / "cut.txt"
    source.write_bytes(text.encode(encoding)[:-1])
    with unchanged(tmp_path):
        run = run_measured("outline", str(source), "-f", "json", "--paragraphs")
    assert run.code == 0, run.stderr
    data = json.loads(run.stdout)
    assert data["encoding"] == encoding and data["year"] == 2025
    assert "\ufffd" in run.stdout
    assert run.stderr.splitlines() == [
        f"report-toolkit: warning: {source}: the file ends inside a character, which reads as �: "
        "it may have been cut off"
    ]


@pytest.mark.parametrize(
    ("source", "claimed", "encoding"),
    [
        ("zhongshan-2018.html", "gb2312", "utf-8"),
        ("zhongshan-2018.gb2312.html", "utf-8", "gb18030"),
    ],
)
def test_page_saved_with_a_wrong_charset(
    tmp_path: Path, source: str, claimed: str, encoding: str
) -> None:
    """A page whose <meta charset> lies (re-saved by an editor) is read in its real encoding."""
    from conftest import DATA

    data = (DATA / "html" / source).read_bytes()
    page = tmp_path / "page.html"
    page.write_bytes(
        re.sub(rb"charset=[\"']?[\w-]+", b"charset=" + claimed.encode(), data, count=1)
    )
    with unchanged(tmp_path):
        run = run_measured("outline", str(page), "-f", "json")
    assert run.code == 0, run.stderr
    result = json.loads(run.stdout)
    assert result["encoding"] == encoding
    assert result["title"] == "中山区人民政府2018年政府工作报告" and result["year"] == 2018


# ---- the draft command ---------------------------------------------------------------------


@pytest.mark.parametrize("case", ["billion laughs", "binary named txt", "password-protected docx"])
def test_draft_refuses_hostile_input(tmp_path: Path, case: str) -> None:
    bad = CASES[case].make(tmp_path)
    out = tmp_path / "draft.docx"
    with unchanged(tmp_path):
        run = run_measured("draft", str(bad), "-o", str(out))
    assert run.code == CASES[case].code, run.stderr
    assert str(bad) in only_error_line(run) and CASES[case].message in only_error_line(run)
    assert not out.exists()


@pytest.mark.parametrize(
    "case",
    ["zip bomb", "zip bomb lying about its size", "billion laughs", "legacy doc renamed docx"],
)
def test_draft_refuses_hostile_template(tmp_path: Path, case: str) -> None:
    """A Word template is a .docx too: it gets the same checks, in bounded memory."""
    source = _sample_copy(tmp_path)
    template = CASES[case].make(tmp_path)
    out = tmp_path / "draft.docx"
    with unchanged(tmp_path):
        run = run_measured("draft", str(source), "-o", str(out), "--template", str(template))
    assert run.code in (ExitCode.FORMAT, ExitCode.TEMPLATE), run.stderr
    assert str(template) in only_error_line(run)
    assert run.peak_mb < 150
    assert not out.exists()
