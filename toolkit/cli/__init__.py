"""The command line: a thin Typer layer over :mod:`toolkit`. rich lives here only."""
