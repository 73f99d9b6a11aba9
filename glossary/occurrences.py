"""Where expressions occur in texts: sentences, line and column, and every
match of the glossary's entries gathered by entry, for ``lookup``,
``export`` and ``suggest``.

Offsets are Python string indices into the text as read, as in find.Match.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from pathlib import PurePath
from typing import NamedTuple

from .entries import Entry
from .find import Index, find
from .render_text import paragraphs
from .sources import Document

# A sentence ends at . ! ? or … (and any closing quote or bracket after it),
# before white space and the capital, digit or opening quote that starts
# the next one; not after an initial ("M. Jean", "J. Attali").
_SENTENCE_END = re.compile(r"(?<!\b[^\W\d_])[.!?…]+[»”\"')\]]*\s+(?=[«“\"'(\[]?\s*[^\W_a-zà-ÿ])")
_SEED_LABEL = re.compile(r"seeds/(\d{3})_[0-9a-z]+\.txt")


class Occurrence(NamedTuple):
    source: str  # the document's label: "seeds/000_….txt", a path, "<stdin>"
    text_id: str  # "000" for a seed, else the file's name without its suffix
    start: int
    end: int
    spans: tuple[tuple[int, int], ...]
    line: int  # 1-based, as in error messages
    column: int
    passage: str  # text[start:end], as written
    sentence_start: int
    sentence: str  # the sentence it stands in (or the sentences it spans), as written


def text_id(label: str) -> str:
    """A short name for a document: the seed number, or the file's stem."""
    seed = _SEED_LABEL.fullmatch(label)
    if seed:
        return seed.group(1)
    if label == "<stdin>":
        return "stdin"
    return PurePath(label).stem or label


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """The sentences of ``text``, as offsets, in order: each paragraph (see
    render_text.paragraphs) cut after . ! ? or … followed by a capital."""
    spans = []
    for start, end in paragraphs(text):
        cut = start
        for stop in _SENTENCE_END.finditer(text, start, end):
            spans.append((cut, stop.end()))
            cut = stop.end()
        spans.append((cut, end))
    return [_strip(text, s, e) for s, e in spans if text[s:e].strip()]


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentence_at(sentences: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """The sentence holding the passage start..end (``sentences`` as
    sentence_spans gives them), widened to every sentence it touches: a
    passage can straddle a sentence end."""
    k = max(0, bisect_right(sentences, (start, math.inf)) - 1)
    touching = []
    while k < len(sentences) and sentences[k][0] < max(end, start + 1):
        if start < sentences[k][1]:
            touching.append(sentences[k])
        k += 1
    if not touching:
        return start, end
    return min(touching[0][0], start), max(touching[-1][1], end)


def one_line(text: str) -> str:
    return " ".join(text.split())


def context(text: str, sentence: tuple[int, int], start: int, end: int, width: int = 240) -> str:
    """The sentence on one line, cut to about ``width`` characters around
    the passage start..end with "…" where it is cut."""
    s, e = sentence
    if e - s <= width:
        return one_line(text[s:e])
    room = max(width - (end - start), 20) // 2
    left, right = max(s, start - room), min(e, end + room)
    while left > s and not text[left - 1].isspace():  # do not cut a word
        left += 1
    while right < e and not text[right].isspace():
        right -= 1
    return ("… " if left > s else "") + one_line(text[left:right]) + (" …" if right < e else "")


def marked(occurrence: Occurrence, before: str, after: str, escape=str) -> str:
    """The occurrence's sentence on one line, each part of the passage
    between ``before`` and ``after``, the rest passed through ``escape``."""
    s, sentence = occurrence.sentence_start, occurrence.sentence
    pieces, at = [], 0
    for start, end in occurrence.spans:
        pieces += [escape(sentence[at : start - s]), before, escape(sentence[start - s : end - s]), after]
        at = end - s
    pieces.append(escape(sentence[at:]))
    return one_line("".join(pieces))


class Lines:
    """Line and column (from 1) of offsets into one text, by bisection."""

    def __init__(self, text: str) -> None:
        self.starts = [0, *(m.end() for m in re.finditer("\n", text))]

    def __call__(self, pos: int) -> tuple[int, int]:
        line = bisect_right(self.starts, pos)
        return line, pos - self.starts[line - 1] + 1


def line_col(text: str, pos: int) -> tuple[int, int]:
    return Lines(text)(pos)


def collect(index: Index, documents: list[Document]) -> dict[Entry, list[Occurrence]]:
    """Every match of the index in the documents, by entry; entries in the
    order they are first met, occurrences in text order."""
    found: dict[Entry, list[Occurrence]] = {}
    for document in documents:
        text = document.text
        sentences = sentence_spans(text)
        lines = Lines(text)
        for match in find(index, text):
            line, column = lines(match.start)
            sentence = sentence_at(sentences, match.start, match.end)
            found.setdefault(match.entry, []).append(
                Occurrence(
                    source=document.label,
                    text_id=text_id(document.label),
                    start=match.start,
                    end=match.end,
                    spans=match.spans,
                    line=line,
                    column=column,
                    passage=text[match.start : match.end],
                    sentence_start=sentence[0],
                    sentence=text[sentence[0] : sentence[1]],
                )
            )
    return found
