"""A queryable store of many reports: every report of a folder tree read once, its facts
(government, year, sections, targets, achieved figures, commitments, terms) written to SQLite,
JSON Lines or CSV.

>>> from toolkit.corpus.extract import facts_of
>>> facts = facts_of("samples/sichuan-2026.txt")
>>> facts.government, facts.level, facts.year
('四川省', 'province', 2026)

The per-report work (:func:`toolkit.corpus.extract.facts_of`) is a pure function of the file's
bytes, cached by their hash (:mod:`toolkit.corpus.cache`); :func:`toolkit.corpus.run.build_corpus`
maps it over a process pool and streams the results into a store writer
(:mod:`toolkit.corpus.sqlite`, :mod:`toolkit.corpus.flat`); :mod:`toolkit.corpus.query` reads a
government's series back.
"""
