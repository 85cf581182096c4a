"""`report-toolkit report`: writes the review page, reports progress and a summary, refuses to
overwrite, and picks the writer by suffix or --format."""

from __future__ import annotations

import subprocess
import sys

from conftest import ROOT, SAMPLES
from lxml import html as lxml_html

from toolkit.errors import ExitCode

OLD, NEW = str(SAMPLES / "sichuan-2025.txt"), str(SAMPLES / "sichuan-2026.txt")


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "toolkit", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )


def test_report_writes_the_review_page_then_refuses_to_overwrite(tmp_path):
    out = tmp_path / "review.html"
    result = run("report", OLD, NEW, "-o", str(out), "--author", "审阅组", "--no-color")
    assert result.returncode == 0, result.stderr
    assert "comparing sections" in result.stderr and "comparing targets" in result.stderr
    summary = result.stdout.strip().splitlines()
    assert len(summary) == 1 and summary[0].startswith(f"{out}: ")
    assert "修改" in summary[0] and "字数 27680 → 25755" in summary[0]
    doc = lxml_html.document_fromstring(out.read_bytes())
    assert doc.xpath("//table[contains(@class,'summary')]")
    assert doc.xpath("//section[@class='targets']") and doc.xpath("//section[@class='terms-part']")
    assert "审阅人：审阅组" in doc.text_content()


def test_report_picks_the_writer_by_suffix_or_format(tmp_path):
    result = run("report", OLD, NEW, "-o", str(tmp_path / "review.txt"))
    assert result.returncode == ExitCode.USAGE
    assert ".txt" in result.stderr and ".html" in result.stderr
    result = run("report", OLD, NEW, "--format", "pdf", "-o", str(tmp_path / "x.html"))
    assert result.returncode == ExitCode.USAGE
    assert "html" in result.stderr
    assert not list(tmp_path.iterdir())


def test_report_refuses_the_same_file_twice(tmp_path):
    result = run("report", OLD, OLD, "-o", str(tmp_path / "r.html"))
    assert result.returncode == ExitCode.INPUT
    assert "same file" in result.stderr


def test_report_help_stays_light():
    code = (
        "import sys\nsys.argv=['report-toolkit','report','--help']\n"
        "from toolkit.cli.app import main\ntry:\n    main()\nexcept SystemExit:\n    pass\n"
        "heavy = ('docx', 'rjieba.rjieba', 'lxml', 'fast_diff_match_patch')\n"
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "[]"
    assert "review page" in result.stdout


def test_diff_command_writes_the_html_page_by_suffix(tmp_path):
    out = tmp_path / "changes.htm"
    result = run("diff", OLD, NEW, "-o", str(out))
    assert result.returncode == 0, result.stderr
    doc = lxml_html.document_fromstring(out.read_bytes())
    assert doc.xpath("//meta[@name='generator']/@content")[0].startswith("report-toolkit")
    assert doc.xpath("//table[contains(@class,'summary')]/tbody/tr")
    assert not doc.xpath("//section[@class='targets']")  # the diff page has no targets part
