"""Every pair records its links with the shares of text that flowed (the alignment's why-trail),
and the JSON carries them: a merge names each old section with its share."""

from __future__ import annotations

import jsonschema

from tests.conftest import SAMPLES
from toolkit.api import load_report
from toolkit.compare import compare_reports
from toolkit.compare.serialize import comparison_dict


def test_a_merge_links_each_old_section_with_its_share_and_the_json_has_them():
    import json
    from importlib import resources

    comparison = compare_reports(
        load_report(SAMPLES / "sichuan-2025.txt"), load_report(SAMPLES / "sichuan-2026.txt")
    )
    merged = next(p for p in comparison.pairs if p.old == ("s2.5", "s2.6"))
    assert [(o, n) for o, n, *_ in merged.links] == [("s2.5", "s3.4"), ("s2.6", "s3.4")]
    # most of both old sections went into the new one, and each makes a good part of it
    assert all(share_old > 0.5 and share_new > 0.3 for *_, share_old, share_new in merged.links)
    for pair in comparison.pairs:
        if pair.old and pair.new and pair.level:
            assert {o for o, *_ in pair.links} == set(pair.old)
            assert {n for _, n, *_ in pair.links} == set(pair.new)
        else:
            assert pair.links == ()
    data = comparison_dict(comparison)
    schema = json.loads(
        resources.files("toolkit").joinpath("schemas/diff.schema.json").read_text("utf-8")
    )
    jsonschema.validate(data, schema)
    row = next(p for p in data["pairs"] if p["old"] == ["s2.5", "s2.6"])
    assert row["links"][0] == {
        "old": "s2.5",
        "new": "s3.4",
        "share_old": merged.links[0][2],
        "share_new": merged.links[0][3],
    }
