"""Spot the glossary's expressions in a text.

``compile`` turns each headword and form into a Pattern (patterns.py) and
indexes it under every key of its anchor slot, its most distinctive word.
``find`` cuts the text into pieces once, looks each piece up in that index,
and for each hit walks the pattern's other slots backwards and forwards from
the anchor, skipping the gap words a verb phrase allows. Among overlapping
candidates the one with the most slots wins, then the tightest (fewest gap
words), then the one closest to the headword as written, then the longest.
"""

from __future__ import annotations

import gc
import re
from itertools import compress
from typing import NamedTuple

from . import patterns
from .entries import Entry, Glossary
from .errors import GlossaryError
from .patterns import (
    HARD, HYPH, MAX_GAP, SOFT, Pattern, PatternError, auxiliary_forms, case_fits, is_gap_word, reflexive_agrees,
)
from .text import BREAK, GLUED, HYPHEN, SPACE, is_word, next_token, pieces, prev_token

# The text is spotted in chunks cut at blank lines, so memory stays bounded
# on huge texts; a match never crosses a blank line anyway.
CHUNK = 1 << 18
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
_SENTENCE_END = re.compile(r"[.!?…]\s")
# Web addresses and e-mail addresses are not prose: nothing is spotted in them.
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"«»]+", re.IGNORECASE)
_EMAIL_AROUND_AT = re.compile(r"[\w.+-]+$|^[\w-]+(?:\.[\w-]+)+")


class Match(NamedTuple):
    entry: Entry
    start: int  # offsets into the text as given; start/end enclose all spans
    end: int
    spans: tuple[tuple[int, int], ...]  # one per contiguous part of the match


class _Compiled(NamedTuple):
    pattern: Pattern
    entry: Entry
    order: int  # the entry's place in the glossary, the last tie-breaker


class _Anchored(NamedTuple):
    """The patterns anchored on one key, sorted by how to probe them: a word
    alone is a match at once; longer patterns are filed under the keys of
    the slot next to their anchor (after it, or before it when the anchor is
    last), so that a hit walks only the patterns its neighbour can start."""

    alone: tuple[_Compiled, ...]
    after: dict[str, tuple[_Compiled, ...]]
    before: dict[str, tuple[_Compiled, ...]]
    gappy_after: bool  # gap words may stand between the anchor and the slot after it
    gappy_before: bool


class Index(NamedTuple):
    by_anchor: dict[str, tuple[_Compiled, ...]]
    # The probe tables of each anchor key, built the first time the key is
    # met in a text: filing every pattern under every form of its anchor and
    # of its neighbour up front would cost seconds on a large glossary.
    probes: dict[str, _Anchored]


def compile(glossary: Glossary) -> Index:  # noqa: A001 - the stage's name, as in re.compile
    by_anchor: dict[str, list[_Compiled]] = {}
    # Building many small objects that hold no cycles: the cyclic garbage
    # collector would only walk them again and again (a third of the time).
    collecting = gc.isenabled()
    gc.disable()
    try:
        for order, entry in enumerate(glossary.entries):
            for item in _compile_entry(entry, order):
                for key in item.pattern.slots[item.pattern.anchor]:
                    by_anchor.setdefault(key, []).append(item)
        return Index({key: tuple(items) for key, items in by_anchor.items()}, {})
    finally:
        if collecting:
            gc.enable()


def _anchored(items: tuple[_Compiled, ...]) -> _Anchored:
    """Sort the patterns of one anchor key for probing (see _Anchored)."""
    alone: list[_Compiled] = []
    tables: tuple[dict[str, list[_Compiled]], dict[str, list[_Compiled]]] = ({}, {})
    gappy = [False, False]
    for item in items:
        pattern = item.pattern
        a = pattern.anchor
        if len(pattern.slots) == 1:
            alone.append(item)
            continue
        forward = a + 1 < len(pattern.slots)
        side = 0 if forward else 1
        for neighbour in pattern.slots[a + 1] if forward else pattern.slots[a - 1]:
            tables[side].setdefault(neighbour, []).append(item)
        gappy[side] = gappy[side] or pattern.verb >= 0
    after, before = ({k: tuple(v) for k, v in table.items()} for table in tables)
    return _Anchored(tuple(alone), after, before, gappy[0], gappy[1])


def _compile_entry(entry: Entry, order: int) -> list[_Compiled]:
    try:
        phrases = [entry.headword, *(p for form in entry.forms for p in patterns.expand(form))]
        return [_Compiled(patterns.compile_phrase(phrase), entry, order) for phrase in phrases]
    except PatternError as error:
        path, _, line = entry.origin.rpartition(":")
        raise GlossaryError(f"{error} (headword {entry.headword!r})", path or None, int(line) if line else None) from None


def find(index: Index, text: str) -> list[Match]:
    """Every expression of the index in ``text``, in text order, no two on
    the same word."""
    found: list[Match] = []
    # Spotting makes no reference cycles; a collection here would only walk
    # the index's millions of objects, again and again.
    collecting = gc.isenabled()
    gc.disable()
    try:
        start = 0
        while start < len(text):
            end, clean = _cut(text, start)
            if clean:
                found.extend(_find_in_chunk(index, text[start:end], start))
                start = end
                continue
            # Cut in mid-sentence: spot a little past the cut so that an
            # expression across it is found whole; keep what starts before
            # the cut, and go on after the last match kept.
            matches = [m for m in _find_in_chunk(index, text[start : end + MARGIN], start) if m.start < end]
            found.extend(matches)
            start = max([end, *(m.end for m in matches)])
    finally:
        if collecting:
            gc.enable()
    return found


# How far past a cut in mid-sentence spotting looks: longer than any expression.
MARGIN = 2000


def _cut(text: str, start: int) -> tuple[int, bool]:
    """Where the chunk from ``start`` ends, and whether that is a clean cut
    (at a blank line, which no match crosses): near every CHUNK characters,
    else after a sentence end, else at a space, else anywhere."""
    if len(text) - start <= CHUNK:
        return len(text), True
    low, high = start + CHUNK // 2, start + CHUNK
    blank = _BLANK_LINE.search(text, low, high)
    if blank:
        return blank.end(), True
    sentence = _SENTENCE_END.search(text, low, high)
    if sentence:
        return sentence.end(), False
    return (text.rfind(" ", low, high) + 1 or high), False


def _joint_ok(glue: int, joint: int, before: str) -> bool:
    """Does a text joint fit the pattern's? ``before`` is the text token on
    the left of the joint: an elided word ("n'", "qu'") may be glued."""
    if glue == HARD:
        return joint == GLUED
    if glue == HYPH:
        return joint == HYPHEN
    return joint in (SPACE, HYPHEN) or (joint == GLUED and before.endswith("'"))


def _walk(pattern: Pattern, keys: list[str], anchor: int) -> tuple[list[int], int] | None:
    """The piece index of each slot's token, and how many gap words the
    match holds, for the pattern anchored at piece ``anchor``; None if it
    does not match there. Takes the nearest token that fits each slot."""
    slots, glue = pattern.slots, pattern.glue
    at = [0] * len(slots)
    at[pattern.anchor] = anchor
    gaps = 0
    for s in range(pattern.anchor + 1, len(slots)):  # forwards
        current, skipped = at[s - 1], 0
        while True:
            b, joint = next_token(keys, current)
            if b < 0 or joint == BREAK:
                return None
            if keys[b] in slots[s] and _joint_ok(glue[s] if not skipped else SOFT, joint, keys[current]):
                at[s] = b
                break
            if not (_may_skip(pattern, s, skipped) and is_gap_word(keys[b], s <= pattern.verb)):
                return None
            if not _joint_ok(SOFT, joint, keys[current]):
                return None
            current, skipped = b, skipped + 1
        gaps += skipped
    for s in range(pattern.anchor - 1, -1, -1):  # backwards
        current, skipped = at[s + 1], 0
        while True:
            b, joint = prev_token(keys, current)
            if b < 0 or joint == BREAK:
                return None
            if keys[b] in slots[s] and _joint_ok(glue[s + 1] if not skipped else SOFT, joint, keys[b]):
                at[s] = b
                break
            if not (_may_skip(pattern, s + 1, skipped) and is_gap_word(keys[b], s + 1 <= pattern.verb)):
                return None
            if not _joint_ok(SOFT, joint, keys[b]):
                return None
            current, skipped = b, skipped + 1
        gaps += skipped
    return (at, gaps) if _bounded(keys, at[0], at[-1]) else None


def _agrees(pattern: Pattern, keys: list[str], at: list[int]) -> bool:
    """The reflexive pronoun and the verb agree in person (see patterns)."""
    pronoun, verb = at[pattern.reflexive], at[pattern.verb]
    between = []
    a = next_token(keys, pronoun)[0]
    while a != verb and a >= 0:
        between.append(keys[a])
        a = next_token(keys, a)[0]
    after_auxiliary = any(k in auxiliary_forms() for k in between)
    return reflexive_agrees(pattern, keys[pronoun], keys[verb], after_auxiliary)


def _may_skip(pattern: Pattern, slot: int, skipped: int) -> bool:
    """May one more gap word stand before ``slot``? Only in a verb phrase,
    only where the headword has a space, and MAX_GAP at most."""
    return pattern.verb >= 0 and pattern.glue[slot] == SOFT and skipped < MAX_GAP


def _bounded(keys: list[str], first: int, last: int) -> bool:
    """A match may not start or end inside a word: not next to a hyphen
    ("e-commerce" does not contain "commerce") nor glued to a word, unless
    the word on the left is elided ("l'avenir" contains "avenir")."""
    b, joint = prev_token(keys, first)
    if joint == HYPHEN or (joint == GLUED and is_word(keys[b]) and is_word(keys[first]) and not keys[b].endswith("'")):
        return False
    b, joint = next_token(keys, last)
    if joint == HYPHEN or (joint == GLUED and is_word(keys[b]) and is_word(keys[last]) and not keys[last].endswith("'")):
        return False
    return True


class _Candidate:
    """A match in the making; merging same-entry candidates updates it."""

    __slots__ = ("compiled", "tokens", "gaps", "exact")

    def __init__(self, compiled: _Compiled, tokens: set[int], gaps: int, exact: int) -> None:
        self.compiled = compiled
        self.tokens = tokens  # piece indices of the slot tokens
        self.gaps = gaps
        self.exact = exact  # how many slots are the headword's own words

    def priority(self, offsets: list[int]) -> tuple:
        first, last = min(self.tokens), max(self.tokens)
        length = offsets[last + 1] - offsets[first]
        return (-len(self.tokens), self.gaps, -self.exact, -length, first, self.compiled.order)


def _find_in_chunk(index: Index, text: str, offset: int) -> list[Match]:
    keys, offsets = pieces(text)
    by_anchor = index.by_anchor
    candidates: list[_Candidate] = []
    # Which pieces are anchors: map() and compress() loop in C, not Python.
    probes = index.probes
    for i in compress(range(len(keys)), map(by_anchor.__contains__, keys)):
        anchored = probes.get(keys[i])
        if anchored is None:
            anchored = probes[keys[i]] = _anchored(by_anchor[keys[i]])
        for item in _probe(anchored, keys, i):
            walked = _walk(item.pattern, keys, i)
            if walked is not None:
                at, gaps = walked
                if any(item.pattern.case) and not all(
                    case_fits(c, text[offsets[a] : offsets[a + 1]]) for c, a in zip(item.pattern.case, at)
                ):
                    continue
                if item.pattern.reflexive >= 0 and not _agrees(item.pattern, keys, at):
                    continue
                exact = sum(map(str.__eq__, map(keys.__getitem__, at), item.pattern.literal))
                candidates.append(_Candidate(item, set(at), gaps, exact))
    chosen = _resolve(_merge_same_entry(candidates), offsets)
    matches = [_to_match(c, keys, offsets, offset) for c in chosen]
    matches.sort(key=lambda m: m.start)
    addresses = _addresses(text, offset)
    return _outside(matches, sorted(addresses)) if addresses else matches


def _outside(matches: list[Match], addresses: list[tuple[int, int]]) -> list[Match]:
    """The matches that overlap no address; both lists sorted by start."""
    kept = []
    a = 0
    for match in matches:
        while a < len(addresses) and addresses[a][1] <= match.start:
            a += 1
        if a < len(addresses) and addresses[a][0] < match.end:
            continue
        kept.append(match)
    return kept


def _addresses(text: str, offset: int) -> list[tuple[int, int]]:
    """Spans of web and e-mail addresses; the searches run only when the
    text holds an "@", "://" or "www." at all (cheap checks in C)."""
    spans = []
    if "://" in text or "www." in text or "WWW." in text:
        spans.extend((m.start() + offset, m.end() + offset) for m in _URL.finditer(text))
    at = text.find("@")
    while at != -1:
        before = _EMAIL_AROUND_AT.search(text, max(0, at - 64), at)
        after = re.match(r"[\w-]+(?:\.[\w-]+)+", text[at + 1 : at + 256])
        if before and after:
            spans.append((before.start() + offset, at + 1 + after.end() + offset))
        at = text.find("@", at + 1)
    return spans


def _probe(anchored: _Anchored, keys: list[str], i: int) -> tuple[_Compiled, ...] | list[_Compiled]:
    """The patterns worth walking from the anchor at piece ``i``: those its
    neighbouring words can start, looking past gap words where allowed.
    This runs once per hit, the hottest path of all: the usual case (one
    plain space between words) is handled inline."""
    found: tuple[_Compiled, ...] | list[_Compiled] = anchored.alone
    for table, gappy, forward in ((anchored.after, anchored.gappy_after, True), (anchored.before, anchored.gappy_before, False)):
        if not table:
            continue
        j = i
        for _ in range(MAX_GAP + 1 if gappy else 1):
            near = j + 1 if forward else j - 1
            if 0 < near < len(keys) - 1 and keys[near] == " ":
                j = near + 1 if forward else near - 1
            else:
                j, joint = (next_token if forward else prev_token)(keys, j)
                if j < 0 or joint == BREAK:
                    break
            items = table.get(keys[j])
            if items:
                found = [*found, *items]
            if not gappy or not is_gap_word(keys[j], True):
                break
    if len(found) > 1 and isinstance(found, list):
        found = list({id(item): item for item in found}.values())  # walk a pattern once
    return found


def _merge_same_entry(candidates: list[_Candidate]) -> list[_Candidate]:
    """Overlapping candidates of one entry (its headword and one of its forms,
    say "fumer la moquette" and "moquette de Latché") become one."""
    merged: list[_Candidate] = []
    owner: dict[tuple[int, int], _Candidate] = {}  # (entry order, token) -> merged candidate
    for candidate in candidates:
        order = candidate.compiled.order
        other = None
        for t in candidate.tokens:
            other = owner.get((order, t))
            if other is not None:
                break
        if other is None:
            other = _Candidate(candidate.compiled, set(candidate.tokens), candidate.gaps, candidate.exact)
            merged.append(other)
        elif candidate.tokens <= other.tokens:
            continue
        elif other.tokens <= candidate.tokens:
            other.tokens, other.gaps, other.exact = set(candidate.tokens), candidate.gaps, candidate.exact
        else:
            other.tokens |= candidate.tokens
            other.gaps += candidate.gaps
            other.exact += candidate.exact
        for t in other.tokens:
            owner[order, t] = other
    return merged


def _resolve(candidates: list[_Candidate], offsets: list[int]) -> list[_Candidate]:
    taken: set[int] = set()
    chosen = []
    for candidate in sorted(candidates, key=lambda c: c.priority(offsets)):
        if not taken & candidate.tokens:
            taken |= candidate.tokens
            chosen.append(candidate)
    return chosen


def _to_match(candidate: _Candidate, keys: list[str], offsets: list[int], offset: int) -> Match:
    """One span per run of slot tokens that follow each other in the text."""
    spans: list[list[int]] = []
    previous = None
    for a in sorted(candidate.tokens):
        if previous is not None and next_token(keys, previous)[0] == a:
            spans[-1][1] = offsets[a + 1] + offset
        else:
            spans.append([offsets[a] + offset, offsets[a + 1] + offset])
        previous = a
    return Match(candidate.compiled.entry, spans[0][0], spans[-1][1], tuple((s, e) for s, e in spans))
