"""Build glossary/data/frequency-fr.txt and frequency-en.txt from wordfreq.

What it does: writes the most frequent French words (and, for spotting
English words in French text, the most frequent English ones) with their
Zipf frequency, one word a line, most frequent first, each file under a
header that says where the figures come from and under which licence.

Why a script: ``suggest`` needs to know how common a word is in general
French, and the runtime is standard library only. The figures come from
wordfreq (Robyn Speer; code Apache-2.0, data CC BY-SA 4.0), which blends
Wikipedia, subtitles, news, books, web text and Twitter; this script runs
once, at build time, in a throwaway environment:

    python -m venv /tmp/wf && /tmp/wf/bin/pip install wordfreq
    /tmp/wf/bin/python tools/build_frequency.py

A Zipf frequency is log10 of a word's occurrences per billion words: 7 is
"de", 3 is once per million words, 0 is unknown. The files are CC BY-SA 4.0,
as the wordfreq data they come from.
"""

from __future__ import annotations

import argparse
import re
import unicodedata
from pathlib import Path

import wordfreq  # build time only: glossary never imports it

DATA = Path(__file__).resolve().parent.parent / "glossary" / "data"

# A word: letters, with an apostrophe or hyphen inside ("aujourd'hui"); no
# digits, no punctuation-only tokens.
_WORD = re.compile(r"[^\W\d_]+(?:['-][^\W\d_]+)*")

# (language, how many words at most, lowest Zipf frequency kept)
LISTS = {
    "fr": (50_000, 0.0, "French"),
    # Only words at least as frequent as once per million words: the signal
    # "an English word" needs a word that English readers meet often.
    "en": (30_000, 3.0, "English"),
}


def words(language: str, count: int, floor: float) -> list[tuple[str, float]]:
    """The ``count`` most frequent words of ``language`` with a Zipf
    frequency of at least ``floor``, most frequent first."""
    result: list[tuple[str, float]] = []
    seen: set[str] = set()
    for word in wordfreq.iter_wordlist(language, wordlist="large"):
        word = unicodedata.normalize("NFC", word)
        if word in seen or not _WORD.fullmatch(word):
            continue
        zipf = wordfreq.zipf_frequency(word, language, wordlist="large")
        if zipf < floor:
            break
        seen.add(word)
        result.append((word, zipf))
        if len(result) == count:
            break
    return result


def header(language_name: str, count: int, floor: float) -> str:
    version = getattr(wordfreq, "__version__", None)
    if version is None:
        from importlib.metadata import version as package_version

        version = package_version("wordfreq")
    lines = [
        f"{language_name} word frequencies, for `python -m glossary suggest`.",
        "",
        f"Source: wordfreq {version} by Robyn Speer, its \"large\" {language_name} list",
        "(https://github.com/rspeer/wordfreq, https://doi.org/10.5281/zenodo.7199437),",
        "built from Wikipedia, OpenSubtitles, SUBTLEX, news, books (Google Books",
        "Ngrams), web text (ParaCrawl, the Leeds Internet Corpus) and Twitter.",
        "Licence: this file, like the wordfreq data it is taken from, is under the",
        "Creative Commons Attribution-ShareAlike 4.0 licence (CC BY-SA 4.0,",
        "https://creativecommons.org/licenses/by-sa/4.0/). wordfreq's code is",
        "Apache-2.0; SUBTLEX data by Marc Brysbaert et al., freely available.",
        "",
        "Built by tools/build_frequency.py (wordfreq is needed at build time only).",
        f"Content: the {count} most frequent words made of letters"
        + (f" with a Zipf frequency of at least {floor}" if floor else "")
        + ", lowercase NFC,",
        "most frequent first. Format: the word, a tab, its Zipf frequency (log10 of",
        "occurrences per billion words: 7 = very common, 3 = once per million words).",
        "Lines starting with '#' are comments.",
    ]
    return "".join(f"# {line}".rstrip() + "\n" for line in lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=DATA, help=f"folder to write to (default {DATA})")
    args = parser.parse_args()
    for language, (count, floor, name) in LISTS.items():
        found = words(language, count, floor)
        body = "".join(f"{word}\t{zipf:.2f}\n" for word, zipf in found)
        target = args.out / f"frequency-{language}.txt"
        target.write_text(header(name, len(found), floor) + body, encoding="utf-8", newline="\n")
        print(f"{target}: {len(found)} words, {target.stat().st_size / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
