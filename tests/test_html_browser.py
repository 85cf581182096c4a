"""The review page in a real browser (headless Chromium): it loads from the file alone, its
script runs, and a screenshot is drawn. Skipped when Chromium is not installed."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from conftest import SAMPLES
from lxml import html as lxml_html

from toolkit.api import load_report
from toolkit.html import review_page
from toolkit.review import build_review

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")


def chromium(tmp_path, *args: str) -> subprocess.CompletedProcess:
    profile = tmp_path / "profile"
    profile.mkdir(exist_ok=True)
    return subprocess.run(
        [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            f"--user-data-dir={profile}",
            *args,
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.fixture(scope="module")
def page_file(tmp_path_factory):
    review = build_review(
        load_report(SAMPLES / "guangdong-2025.txt"), load_report(SAMPLES / "guangdong-2026.txt")
    )
    path = tmp_path_factory.mktemp("browser") / "review.html"
    path.write_text(review_page(review, side_by_side=True), encoding="utf-8")
    return path


def test_chromium_renders_the_page_and_runs_its_script(tmp_path, page_file):
    result = chromium(tmp_path, "--dump-dom", page_file.as_uri())
    assert result.returncode == 0, result.stderr[-2000:]
    dom = lxml_html.document_fromstring(result.stdout)
    # the script added its toolbar: it ran without error, with the page's own data only
    toolbar = dom.xpath("//div[@id='toolbar-slot']/div[@class='toolbar']")
    assert toolbar and toolbar[0].xpath(".//select/option")
    assert dom.xpath("//table[contains(@class,'summary')]/tbody/tr")
    assert dom.xpath("//table[contains(@class,'targets-changes')]")


def test_chromium_draws_a_screenshot(tmp_path, page_file):
    shot = tmp_path / "review.png"
    result = chromium(
        tmp_path, f"--screenshot={shot}", "--window-size=390,1200", page_file.as_uri()
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 20_000  # text and tables, not a blank page
