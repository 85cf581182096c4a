"""`report-toolkit corpus` on the real corpus: the store's rows, values read by reading the
reports, failures, the cache, overwrite refusal and the README's SQL queries."""

from __future__ import annotations

import json
import re
import shutil
import signal
import sqlite3
import time
from pathlib import Path

import jsonschema
import pytest

from tests.conftest import CORPUS, ROOT, SAMPLES, needs_corpus
from toolkit.cli.app import main
from toolkit.errors import InputError

pytestmark = needs_corpus

#: 18 provinces' 2025 .docx and 2026 .txt, and the State Council's 2012–2017
PROVINCES = sorted(d.name for d in (CORPUS / "reports").glob("*")) if CORPUS.is_dir() else []


def corpus_files() -> list[Path]:
    files = [CORPUS / "reports" / p / "2025.docx" for p in PROVINCES]
    files += [CORPUS / "reports" / p / "2026.txt" for p in PROVINCES]
    return files


def run(capsys: pytest.CaptureFixture[str], *args: str | Path) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("store")
    out = folder / "corpus.sqlite"
    args = [
        "corpus",
        *map(str, corpus_files()),
        str(CORPUS / "series"),
        "-o",
        str(out),
        "--cache-dir",
        str(folder / "cache"),
    ]
    assert main(args) == 0
    return out


def query(store: Path, sql: str, *args: object) -> list[tuple]:
    with sqlite3.connect(store) as db:
        return db.execute(sql, args).fetchall()


def test_one_row_per_report_and_targets_wherever_a_targets_paragraph_exists(store: Path):
    assert query(store, "SELECT COUNT(*) FROM reports") == [(len(PROVINCES) * 2 + 6,)]
    assert len(PROVINCES) == 18
    with_paragraph = query(
        store,
        "SELECT r.source, COUNT(t.rowid) FROM reports r LEFT JOIN targets t "
        "ON t.report_id = r.id AND t.headline WHERE r.targets_line IS NOT NULL GROUP BY r.id",
    )
    assert len(with_paragraph) == len(PROVINCES) * 2 + 6  # each has a 主要预期目标 paragraph
    assert [s for s, n in with_paragraph if n == 0] == []
    for table in ("sections", "achieved", "commitments", "terms"):
        empty = query(
            store,
            f"SELECT source FROM reports WHERE id NOT IN (SELECT report_id FROM {table})",
        )
        assert empty == [], table


def test_spot_values_read_by_reading(store: Path):
    # anhui 2026.txt line 41: "全省地区生产总值增长5%—5.5%，…城镇新增就业68万人左右，
    # 城镇调查失业率5.5%左右"
    anhui = str(CORPUS / "reports" / "anhui" / "2026.txt")
    rows = query(
        store,
        "SELECT canonical, value, value_max, unit, qualifier, line FROM targets "
        "WHERE source = ? AND headline ORDER BY rowid",
        anhui,
    )
    assert ("地区生产总值", 5.0, 5.5, "%", "", 41) in rows
    assert ("城镇新增就业", 68.0, None, "万人", "左右", 41) in rows
    assert ("城镇调查失业率", 5.5, None, "%", "左右", 41) in rows
    # State Council 2013, line 35: "国内生产总值增长7.5%左右…城镇新增就业900万人以上"
    gwy = str(CORPUS / "series" / "guowuyuan" / "2013.txt")
    rows = query(
        store, "SELECT canonical, value, qualifier, line FROM targets WHERE source = ?", gwy
    )
    assert ("地区生产总值", 7.5, "左右", 35) in rows
    assert ("城镇新增就业", 900.0, "以上", 35) in rows


def test_government_level_and_year_of_three_reports(store: Path):
    def report(path: Path) -> tuple:
        (row,) = query(
            store,
            "SELECT government, level, year, year_source FROM reports WHERE source = ?",
            str(path),
        )
        return row

    # "2025年1月13日在广西壮族自治区第十四届人民代表大会第三次会议上"; title says only 广西
    assert report(CORPUS / "reports/guangxi/2025.docx") == (
        "广西壮族自治区",
        "province",
        2025,
        "report",
    )
    # 天津市 is a province-level municipality
    assert report(CORPUS / "reports/tianjin/2026.txt") == ("天津市", "province", 2026, "report")
    # "我代表国务院…"; no title, heading or date names the year: its plan part opens "2013年是…"
    assert report(CORPUS / "series/guowuyuan/2013.txt") == ("国务院", "national", 2013, "report")
    assert query(
        store,
        "SELECT DISTINCT value_year FROM targets WHERE source = ? AND category = 'annual'",
        str(CORPUS / "series/guowuyuan/2013.txt"),
    ) == [(2013,)]


def test_a_report_that_never_names_its_year_takes_it_from_the_file_name(tmp_path, capsys):
    """The State Council's 2013 report with every year taken out of its text."""
    text = (CORPUS / "series/guowuyuan/2013.txt").read_text(encoding="utf-8")
    source = tmp_path / "guowuyuan-2013.txt"
    source.write_text(re.sub(r"(19|20)[0-9]{2}年", "今年", text), encoding="utf-8")
    out = tmp_path / "one.sqlite"
    code, _, err = run(capsys, "corpus", source, "-o", out, "--no-cache")
    assert code == 0, err
    assert query(out, "SELECT year, year_source FROM reports") == [(2013, "file name")]
    # targets take the year of the report, also when it came from the file name
    assert query(out, "SELECT DISTINCT value_year FROM targets WHERE category = 'annual'") == [
        (2013,)
    ]


def test_readme_sql_queries_run_and_return_rows(store: Path):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## corpus:") :]
    queries = re.findall(r"```sql\n(.*?)```", section, re.S)
    assert len(queries) >= 3
    for sql in queries:
        assert query(store, sql), sql
    gdp = query(store, queries[0])
    assert ("国务院", 2016, 6.5, 7.0, "") in [row[:5] for row in gdp]


def test_series_reads_a_government_back_without_parsing(store: Path):
    from toolkit.corpus.extract import facts_of
    from toolkit.corpus.query import governments, series, tracked_commitments

    reports = series(store, "国务院")
    assert [r.year for r in reports] == [2012, 2013, 2014, 2015, 2016, 2017]
    assert ("国务院", "national", 6) in governments(store)
    assert series(store, "火星省") == []
    # what is read back is what was stored, field for field
    path = CORPUS / "series/guowuyuan/2015.txt"
    assert reports[3] == facts_of(path, reports[3].digest)
    # last year's commitments against this year's review, as `targets OLD NEW` pairs them
    from toolkit.api import load_report
    from toolkit.targets import extract_targets, track_commitments

    found = [
        extract_targets(load_report(CORPUS / f"series/guowuyuan/{year}.txt"), all_figures=True)
        for year in (2014, 2015)
    ]
    tracked = tracked_commitments(reports[2], reports[3])
    assert tracked == track_commitments(*found)
    assert any(c.result is not None for c in tracked)


def test_a_failing_file_is_one_line_and_skipped_and_the_status_counts_failures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    folder = tmp_path / "in"
    folder.mkdir()
    good = CORPUS / "reports/hebei/2026.txt"
    shutil.copy(good, folder / "hebei-2026.txt")
    docx = (CORPUS / "reports/hebei/2025.docx").read_bytes()
    (folder / "truncated.docx").write_bytes(docx[: len(docx) // 2])
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 64)
    out = tmp_path / "out.sqlite"
    code, stdout, stderr = run(capsys, "corpus", folder, "-o", out, "--no-cache")
    assert code == 3
    errors = [line for line in stderr.splitlines() if line.startswith("report-toolkit: error:")]
    assert len(errors) == 3
    for name in ("truncated.docx", "empty.txt", "binary.txt"):
        assert sum(name in line for line in errors) == 1
    assert "parsed 1, cached 0, failed 3" in stdout
    assert query(out, "SELECT source FROM reports") == [(str(folder / "hebei-2026.txt"),)]


def test_the_cache_parses_only_new_and_changed_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    folder = tmp_path / "in"
    folder.mkdir()
    for province in PROVINCES[:4]:
        shutil.copy(CORPUS / "reports" / province / "2026.txt", folder / f"{province}.txt")
    cache = tmp_path / "cache"
    out = tmp_path / "a.sqlite"
    code, stdout, _ = run(capsys, "corpus", folder, "-o", out, "--cache-dir", cache)
    assert code == 0 and "parsed 4, cached 0" in stdout
    first = query(out, "SELECT source, government, year FROM reports ORDER BY source")
    code, stdout, _ = run(capsys, "corpus", folder, "-o", out, "--cache-dir", cache, "--force")
    assert code == 0 and "parsed 0, cached 4" in stdout
    assert query(out, "SELECT source, government, year FROM reports ORDER BY source") == first
    changed = folder / f"{PROVINCES[0]}.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "补充一段。\n", encoding="utf-8")
    shutil.copy(CORPUS / "reports" / PROVINCES[5] / "2026.txt", folder / "new.txt")
    code, stdout, _ = run(capsys, "corpus", folder, "-o", out, "--cache-dir", cache, "--force")
    assert code == 0 and "parsed 2, cached 3" in stdout
    code, stdout, _ = run(capsys, "corpus", folder, "-o", out, "--no-cache", "--force")
    assert code == 0 and "parsed 5, cached 0" in stdout


def test_a_damaged_cache_entry_is_parsed_again(tmp_path: Path, capsys):
    from toolkit.corpus.cache import FactsCache

    cache = tmp_path / "cache"
    source = CORPUS / "reports/henan/2026.txt"
    out = tmp_path / "a.sqlite"
    assert run(capsys, "corpus", source, "-o", out, "--cache-dir", cache)[0] == 0
    (entry,) = FactsCache(cache).folder.rglob("*.json")
    entry.write_text('{"schema": 1, "source"', encoding="utf-8")
    code, stdout, _ = run(capsys, "corpus", source, "-o", out, "--cache-dir", cache, "--force")
    assert code == 0 and "parsed 1, cached 0" in stdout


def test_an_existing_store_is_not_overwritten_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    out = tmp_path / "keep.sqlite"
    out.write_bytes(b"mine")
    source = CORPUS / "reports/hebei/2026.txt"
    code, _, stderr = run(capsys, "corpus", source, "-o", out, "--no-cache")
    assert code == 5 and "--force" in stderr and stderr.count("\n") == 1
    assert out.read_bytes() == b"mine"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["keep.sqlite"]  # no temporary left
    code, _, _ = run(capsys, "corpus", source, "-o", out, "--no-cache", "--force")
    assert code == 0 and query(out, "SELECT COUNT(*) FROM reports") == [(1,)]


def test_jsonl_and_csv_hold_the_targets_and_achieved_figures(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    from toolkit.corpus.flat import COLUMNS

    series = CORPUS / "series"
    code, _, _ = run(capsys, "corpus", series, "-o", tmp_path / "t.jsonl", "--no-cache")
    assert code == 0
    schema = json.loads((ROOT / "toolkit/schemas/corpus-targets.schema.json").read_text())
    lines = (tmp_path / "t.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    for row in rows:
        jsonschema.validate(row, schema)
    gdp = [r for r in rows if r["headline"] and r["canonical"] == "地区生产总值"]
    assert [(r["year"], r["value"]) for r in gdp] == [
        (2012, 7.5),
        (2013, 7.5),
        (2014, 7.5),
        (2015, 7.0),
        (2016, 6.5),
        (2017, 6.5),
    ]
    code, _, _ = run(capsys, "corpus", series, "-o", tmp_path / "t.csv", "--no-cache")
    assert code == 0
    csv_lines = (tmp_path / "t.csv").read_text(encoding="utf-8").splitlines()
    assert csv_lines[0].split(",") == list(COLUMNS)
    import csv

    assert sum(1 for _ in csv.reader(csv_lines[1:])) == len(rows)


def test_an_unknown_store_suffix_is_refused(tmp_path: Path, capsys):
    code, _, stderr = run(capsys, "corpus", SAMPLES, "-o", tmp_path / "x.xlsx")
    assert code == 2 and ".sqlite" in stderr
    assert list(tmp_path.iterdir()) == []


def test_readme_hidden_and_lock_files_in_a_folder_are_not_reports(tmp_path: Path):
    from toolkit.readers.files import report_files

    found = report_files([SAMPLES], [".txt", ".md", ".docx"], recursive=True)
    assert SAMPLES / "README.md" not in found and SAMPLES / "hunan-2026.txt" in found
    (tmp_path / ".x.sqlite.part").write_bytes(b"")
    (tmp_path / ".hidden").mkdir()
    (tmp_path / ".hidden" / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "~$draft.txt").write_text("x", encoding="utf-8")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    with pytest.raises(InputError, match="no report files"):
        report_files([tmp_path], [".txt"], recursive=True)
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "r.txt").write_text("x", encoding="utf-8")
    assert report_files([tmp_path], [".txt"], recursive=True) == [tmp_path / "sub" / "r.txt"]
    with pytest.raises(InputError, match="no report files") as raised:
        report_files([tmp_path], [".txt"])  # one folder's own files only
    assert raised.value.hint == "its subfolders hold 1 report file: name a subfolder"


def test_a_pipe_or_a_folder_given_as_a_file_fails_without_blocking(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    import os

    pipe = tmp_path / "pipe.txt"
    os.mkfifo(pipe)
    good = CORPUS / "reports/hebei/2026.txt"
    out = tmp_path / "out.sqlite"
    code, stdout, stderr = run(capsys, "corpus", pipe, good, "-o", out, "--no-cache")
    assert code == 1 and "parsed 1, cached 0, failed 1" in stdout
    assert "pipe.txt: is not a regular file" in stderr


@pytest.mark.parametrize(("sig", "code"), [(signal.SIGINT, 130), (signal.SIGTERM, 143)])
def test_an_interrupted_run_leaves_no_store_and_no_worker(tmp_path: Path, sig, code):
    from tests.processes import children, start

    out = tmp_path / "out.sqlite"
    run = start("corpus", str(CORPUS / "reports"), "-o", str(out), "--no-cache", "--jobs", "2")
    deadline = time.monotonic() + 60
    workers: list[int] = []
    while len(workers) < 2 and run.poll() is None and time.monotonic() < deadline:
        workers = children(run.pid)
        time.sleep(0.01)
    assert workers, "the run never started its workers"
    run.send_signal(sig)
    assert run.wait(timeout=60) == code, run.stderr.read()
    time.sleep(0.3)
    assert [w for w in workers if Path(f"/proc/{w}").exists()] == []
    assert list(tmp_path.iterdir()) == []


def test_the_cache_folder_changes_with_the_code_and_the_indicator_table(tmp_path: Path):
    """Facts cached by an older build of the same version number were read back as if made by
    this one (the folder was named by version and schema only): the folder is named by a
    digest of the package's files and the indicator table too."""
    from toolkit.corpus.cache import FactsCache, code_digest

    package = tmp_path / "pkg"
    (package / "__pycache__").mkdir(parents=True)
    (package / "extract.py").write_text("RULE = 1\n", encoding="utf-8")
    (package / "__pycache__" / "extract.cpython-311.pyc").write_bytes(b"compiled")
    table = {"地区生产总值": ("生产总值",)}
    first = code_digest(package, table)
    (package / "__pycache__" / "extract.cpython-311.pyc").write_bytes(b"compiled again")
    assert code_digest(package, table) == first  # compiled files are no part of it
    (package / "extract.py").write_text("RULE = 2\n", encoding="utf-8")
    changed = code_digest(package, table)
    assert changed != first
    assert code_digest(package, {**table, "城镇新增就业": ()}) != changed
    name = FactsCache(tmp_path / "cache").folder.name
    assert name.startswith("facts-") and len(name.rsplit("-", 1)[1]) == 16
