"""Benchmarks of report-toolkit: run ``python -m benchmarks`` from the repository root.

Scripts run on demand that print numbers (never timed unit tests): CLI start-up, parse time of
every sample, the engines (diff, targets, terms, draft, exports) on the sample pairs when they
are installed, a 50 MB input, and a scale run over a synthetic corpus of 1,000 reports.
"""
