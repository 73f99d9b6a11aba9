"""How common a word is in general French, and in English.

The figures are Zipf frequencies (log10 of occurrences per billion words: 7
for "de", 3 for a word met once per million words) read from
data/frequency-fr.txt and data/frequency-en.txt, which tools/build_frequency.py
builds from wordfreq (CC BY-SA 4.0; their headers say more). A word missing
from a list is rarer than its last word: its frequency is 0.

The lists are read on first use only, so commands that do not need them
(``show``) do not pay for them.
"""

from __future__ import annotations

import os
from functools import lru_cache

from .text import fold

LANGUAGES = ("fr", "en")


@lru_cache(maxsize=None)
def table(language: str) -> dict[str, float]:
    """word -> Zipf frequency, for ``language`` ("fr" or "en")."""
    if language not in LANGUAGES:
        raise ValueError(f"no frequency list for {language!r}")
    path = os.path.join(os.path.dirname(__file__), "data", f"frequency-{language}.txt")
    with open(path, encoding="utf-8") as data:
        text = data.read()
    result: dict[str, float] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            word, _, zipf = line.partition("\t")
            result[word] = float(zipf)
    return result


@lru_cache(maxsize=1 << 16)
def zipf(word: str, language: str = "fr") -> float:
    """The Zipf frequency of ``word`` (any case; an elided "l'" is "l"), 0
    when the list does not hold it."""
    key = fold(word).rstrip("'")
    return table(language).get(key, 0.0)
