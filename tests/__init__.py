"""The test suite: a package, so that ``tests.conftest`` is this folder's even when an installed
distribution ships a top-level ``tests`` package (fast-diff-match-patch 2.1.0 does)."""
