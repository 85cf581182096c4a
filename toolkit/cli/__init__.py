"""The command line: a thin Typer layer over :mod:`toolkit`. rich lives here only.

A run of a command is short and most of what it makes lives to its end (Typer's and the
toolkit's classes, the segmenter's dictionary, the two reports' trees and their tokens), so the
cyclic garbage collector's young collections, every 700 new objects by default, find almost
nothing to free: a diff of a provincial pair ran some 74 of them. Set here, before Typer is
imported, a young collection every 100,000 objects: the Guangdong samples' ``diff -f json`` took
1.9 % fewer instructions (1.802 → 1.767 G, callgrind; Anhui 1.483 → 1.456 G; 50,000 to 200,000
count the same), and ``compare_terms`` of 1 MB a side in one process spent 0.12 s of CPU
collecting (3 collections, none full) instead of 0.57 s (864, 6 full). Reference counting
frees everything else as before, and no output depends on when cycles are collected.

When the program ends, the interpreter runs one more, full, collection, traversing every object
still alive (the modules, Typer's and the toolkit's classes, the reports) to free the cycles
among them a moment before the process ends anyway: some 6 % of the instructions of a ``diff``
of two one-line files. :func:`exiting` moves them to the collector's permanent generation
instead, which that collection does not traverse. Reference counting still frees what it
frees, files are closed by the ``with`` blocks that opened them and the standard streams are
flushed as before; only cyclic garbage left at the very end is not collected.
"""

import gc

gc.set_threshold(100_000, 20, 10)


def exiting() -> None:
    """Called when the program has done its work and is about to end: the objects alive now
    are left out of the interpreter's final collection (:func:`gc.freeze`). Never called by an
    in-process run (tests, embedding), which keeps collecting as usual."""
    gc.freeze()
