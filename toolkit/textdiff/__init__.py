"""Word-level diff of Chinese text: a tokenizer that keeps numbers whole and a token diff.

:func:`toolkit.textdiff.tokens.tokenize` splits text into segmenter words with numbers, percents,
ranges, Chinese-numeral amounts and their units and qualifiers kept as single tokens;
:func:`toolkit.textdiff.engine.diff_texts` diffs two texts over those tokens and returns
lossless :class:`~toolkit.textdiff.ops.TextOp` lists.
"""
