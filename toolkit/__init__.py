"""report-toolkit: read, compare, analyse and draft Chinese government work reports.

The core is importable and never prints or exits; the command line lives in ``toolkit.cli``.
"""

__version__ = "0.1.0"
