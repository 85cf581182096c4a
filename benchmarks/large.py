"""One 50 MB report through the command line: time and peak memory of outline → JSON file."""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks.measure import SAMPLES, Row, run_measured


def run() -> list[Row]:
    rows = []
    with tempfile.TemporaryDirectory(prefix="rt-large-") as folder:
        source = Path(folder) / "compilation.txt"
        texts = [
            (SAMPLES / n).read_text(encoding="utf-8")
            for n in ("sichuan-2025.txt", "hunan-2026.txt")
        ]
        with source.open("w", encoding="utf-8") as out:
            size, year = 0, 1990
            while size < 50 * 1024 * 1024:
                for text in texts:
                    chunk = text.replace("2025", str(year)) + "\n"
                    out.write(chunk)
                    size += len(chunk.encode("utf-8"))
                year += 1
        mb = source.stat().st_size / 1024 / 1024
        for fmt, target in (
            ("json", Path(folder) / "o.json"),
            ("terminal", Path(folder) / "o.txt"),
        ):
            run = run_measured("outline", str(source), "-f", fmt, "-o", str(target), timeout=300)
            detail = f"peak {run.peak_mb:.0f} MB" if run.code == 0 else f"exit {run.code}"
            rows.append(Row("large", f"outline {mb:.0f} MB text → {fmt} file", run.seconds, detail))
    return rows
