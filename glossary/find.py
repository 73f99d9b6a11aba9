"""Spot the glossary's expressions in a text.

``compile`` turns a Glossary into an index keyed by the first word of each
headword and form; ``find`` walks the text's tokens once, tries only the
patterns whose first word is the token at hand, and keeps, among overlapping
candidates, the one covering the most words.
"""

from __future__ import annotations

from dataclasses import dataclass

from .entries import Entry, Glossary
from .errors import GlossaryError
from .text import BREAK, GLUED, Token, can_end, can_start, tokenize


@dataclass(frozen=True)
class Match:
    entry: Entry
    start: int  # offsets into the text as given; start/end enclose all spans
    end: int
    spans: tuple[tuple[int, int], ...]  # one per contiguous part of the match


@dataclass(frozen=True)
class _Pattern:
    keys: tuple[str, ...]
    glued: tuple[bool, ...]  # glued[k]: token k is glued to token k-1 (k >= 1)
    entry: Entry


@dataclass(frozen=True)
class Index:
    by_first_key: dict[str, tuple[_Pattern, ...]]


def compile(glossary: Glossary) -> Index:  # noqa: A001 - the stage's name, as in re.compile
    by_first: dict[str, list[_Pattern]] = {}
    for entry in glossary.entries:
        for phrase in (entry.headword, *entry.forms):
            tokens = tokenize(phrase)
            if not tokens:
                raise GlossaryError(f"{phrase!r} has no letters or signs to spot", entry.origin)
            glued = tuple(t.joint == GLUED for t in tokens)
            pattern = _Pattern(tuple(t.key for t in tokens), glued, entry)
            by_first.setdefault(pattern.keys[0], []).append(pattern)
    return Index({key: tuple(patterns) for key, patterns in by_first.items()})


def _matches_at(pattern: _Pattern, tokens: list[Token], i: int) -> bool:
    n = len(pattern.keys)
    if i + n > len(tokens):
        return False
    for k in range(1, n):
        token = tokens[i + k]
        if token.key != pattern.keys[k] or token.joint == BREAK:
            return False
        # Glued must meet glued; a space and a hyphen stand for each other.
        if pattern.glued[k] != (token.joint == GLUED):
            return False
    return can_end(tokens, i + n - 1)


def find(index: Index, text: str) -> list[Match]:
    """Every expression of the index in ``text``, in text order, no two on
    the same token."""
    tokens = tokenize(text)
    candidates: list[tuple[int, int, Entry]] = []  # first and last token index
    for i, token in enumerate(tokens):
        patterns = index.by_first_key.get(token.key)
        if patterns and can_start(tokens, i):
            for pattern in patterns:
                if _matches_at(pattern, tokens, i):
                    candidates.append((i, i + len(pattern.keys) - 1, pattern.entry))
    chosen = _resolve_overlaps(_merge_same_entry(candidates), tokens)
    return [
        Match(entry, tokens[first].start, tokens[last].end, ((tokens[first].start, tokens[last].end),))
        for first, last, entry in chosen
    ]


def _merge_same_entry(candidates: list[tuple[int, int, Entry]]) -> list[tuple[int, int, Entry]]:
    """Overlapping candidates of one entry (its headword and one of its forms,
    say "fumer la moquette" and "moquette de Latché") become one match."""
    merged: list[tuple[int, int, Entry]] = []
    for first, last, entry in sorted(candidates, key=lambda c: (id(c[2]), c[0], c[1])):
        if merged and merged[-1][2] is entry and first <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(last, merged[-1][1]), entry)
        else:
            merged.append((first, last, entry))
    return merged


def _resolve_overlaps(candidates: list[tuple[int, int, Entry]], tokens: list[Token]) -> list[tuple[int, int, Entry]]:
    """Keep the longest: most tokens, then most characters, then earliest."""
    def priority(c: tuple[int, int, Entry]) -> tuple[int, int, int]:
        first, last, _ = c
        return (-(last - first), -(tokens[last].end - tokens[first].start), first)

    taken: set[int] = set()
    chosen = []
    for first, last, entry in sorted(candidates, key=priority):
        span = range(first, last + 1)
        if not taken.intersection(span):
            taken.update(span)
            chosen.append((first, last, entry))
    return sorted(chosen, key=lambda c: c[0])
