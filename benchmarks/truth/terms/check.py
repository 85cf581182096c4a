"""Check a hand-made terms truth file against the corpus texts.

usage: python3 check.py FILE.terms.json [...]   (corpus at /work/shared/corpus/reports)
"""
import json, sys, os
ROOT = os.environ.get("CORPUS", "/work/shared/corpus/reports")

def first_line(lines, s):
    return next((i + 1 for i, l in enumerate(lines) if s in l), None)

def check(path):
    d = json.load(open(path, encoding="utf-8"))
    old = open(os.path.join(ROOT, d["old_file"]), encoding="utf-8").read()
    new = open(os.path.join(ROOT, d["new_file"]), encoding="utf-8").read().split("\n")
    bad = []
    seen = set()
    for t in d["new_terms"]:
        s = t["term"]
        if s in seen: bad.append(("dup", s))
        seen.add(s)
        ln = first_line(new, s)
        if ln is None: bad.append(("not in new", s))
        elif ln != t["line"]: bad.append(("line", s, t["line"], ln))
        if s in old: bad.append(("in old", s))
        if t["kind"] not in ("quoted", "formula", "stance", "title", "concept"): bad.append(("kind", s))
    for g in d["new_glossary"]:
        s = g["term"]
        if first_line(new, s) is None: bad.append(("gloss not in new", s))
        if new[g["line"] - 1].find(s) < 0: bad.append(("gloss line", s, g["line"]))
        if (s in old) != g["in_old_text"]: bad.append(("in_old_text", s))
    for r in d["renamed"]:
        if r["old"] not in old: bad.append(("renamed old missing", r["old"]))
        if first_line(new, r["new"]) is None: bad.append(("renamed new missing", r["new"]))
    for n in d["not_terms"]:
        s = n["text"]
        if first_line(new, s) is None: bad.append(("not_term not in new", s))
        if s in old: bad.append(("not_term in old", s))
        if s in seen: bad.append(("not_term also term", s))
    kinds = {}
    for t in d["new_terms"]: kinds[t["kind"]] = kinds.get(t["kind"], 0) + 1
    print(path, "terms", len(d["new_terms"]), kinds, "glossary", len(d["new_glossary"]),
          "renamed", len(d["renamed"]), "not_terms", len(d["not_terms"]))
    for b in bad: print("  FAIL", *b)
    return not bad

if __name__ == "__main__":
    ok = all([check(p) for p in sys.argv[1:]])
    sys.exit(0 if ok else 1)
