"""Turn parsed gloss files into checked entries: the fields, kinds and registers
a gloss may have, and the rules across files (no duplicate headword, every
``see`` names an entry)."""

from __future__ import annotations

import gc
from typing import NamedTuple

from .errors import GlossaryError

# What each kind means is documented in glossary/gloss-format.md.
KINDS = ("idiom", "colloquial", "jargon", "anglicism", "false friend", "reference", "pun")
REGISTERS = ("formal", "literary", "dated", "familiar", "slang", "vulgar", "jargon", "humorous")
REQUIRED = ("kind", "gloss")
TEXT_FIELDS = ("kind", "gloss", "register", "literal", "english", "note")
LIST_FIELDS = ("forms", "see")
FIELDS = TEXT_FIELDS + LIST_FIELDS


class Entry(NamedTuple):
    headword: str
    kind: str
    gloss: str
    register: str | None = None
    literal: str | None = None
    english: str | None = None
    note: str | None = None
    forms: tuple[str, ...] = ()
    see: tuple[str, ...] = ()
    origin: str = ""  # "path:line" of the headword, for messages


class Glossary(NamedTuple):
    entries: tuple[Entry, ...]

    @property
    def size(self) -> int:
        return len(self.entries)

    def get(self, headword: str) -> Entry | None:
        for entry in self.entries:
            if entry.headword == headword:
                return entry
        return None


def _suggest(word: str, choices: tuple[str, ...]) -> str:
    import difflib  # only when there is an error to report

    close = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return f" (did you mean {close[0]!r}?)" if close else f" (one of: {', '.join(choices)})"


def _clean(text: str) -> str:
    """Block scalars end with a line break and may hold several lines; a gloss
    is shown re-wrapped, so keep paragraphs and fold the rest."""
    paragraphs = [" ".join(p.split()) for p in text.strip().split("\n\n")]
    return "\n\n".join(p for p in paragraphs if p)


def entries_from_source(src: str, path: str) -> list[Entry]:
    """Parse and check one gloss file's text; ``path`` is used in messages."""
    from . import glossfile  # not needed when the index comes from the cache
    raw_entries = glossfile.parse(src, path)
    if not raw_entries:
        raise GlossaryError("the gloss file has no entries: write at least one headword with its fields", path, 1, 1, src.split("\n", 1)[0])
    return [_entry(raw, src, path) for raw in raw_entries]


def _entry(raw: glossfile.RawEntry, src: str, path: str) -> Entry:
    def error(pos: int, message: str) -> GlossaryError:
        return GlossaryError.at(message, path, src, pos)

    headword = " ".join(raw.headword.split())
    if not headword:
        raise error(raw.pos, "empty headword")
    values: dict[str, str | tuple[str, ...]] = {}
    for field in raw.fields:
        if field.name not in FIELDS:
            raise error(field.name_pos, f"unknown field {field.name!r}{_suggest(field.name, FIELDS)}")
        data = field.value.data
        if field.name in LIST_FIELDS:
            if isinstance(data, str):
                raise error(field.value.pos, f"{field.name!r} takes a list: write [{data}]")
            items = tuple(" ".join(item.split()) for item in data)
            if not all(items):
                raise error(field.value.pos, f"empty item in {field.name!r}")
            values[field.name] = items
            continue
        if not isinstance(data, str):
            raise error(field.value.pos, f"{field.name!r} takes text, not a list")
        text = _clean(data)
        if not text:
            raise error(field.value.pos, f"{field.name!r} is empty: write it or remove the line")
        values[field.name] = text
    for name in REQUIRED:
        if name not in values:
            raise error(raw.pos, f"headword {headword!r} has no {name!r}: every entry needs 'kind' and 'gloss'")
    for name, allowed in (("kind", KINDS), ("register", REGISTERS)):
        if name in values and values[name] not in allowed:
            pos = next(f.value.pos for f in raw.fields if f.name == name)
            raise error(pos, f"unknown {name} {values[name]!r}{_suggest(str(values[name]), allowed)}")
    return Entry(headword=headword, origin=f"{path}:{raw.line}", **values)  # type: ignore[arg-type]


def build(files: list[tuple[str, str]]) -> Glossary:
    """Build a glossary from ``(path, text)`` pairs, checking across files."""
    entries: list[Entry] = []
    first: dict[tuple[str, ...], Entry] = {}
    # Parsing makes many small objects and no cycles: the cyclic garbage
    # collector would walk them again and again for nothing.
    collecting = gc.isenabled()
    gc.disable()
    try:
        _read_all(files, entries, first)
    finally:
        if collecting:
            gc.enable()
    by_headword = {entry.headword for entry in entries}
    for entry in entries:
        for target in entry.see:
            if target not in by_headword:
                raise _error_at_origin(entry, f"'see' names {target!r}, which is not a headword", files)
    return Glossary(tuple(entries))


def _read_all(files: list[tuple[str, str]], entries: list[Entry], first: dict[tuple[str, ...], Entry]) -> None:
    from .text import match_key  # the spotter's notion of "the same words"

    for path, src in files:
        for entry in entries_from_source(src, path):
            key = match_key(entry.headword)
            if key in first:
                raise _error_at_origin(entry, f"duplicate headword {entry.headword!r} (first defined at {first[key].origin})", files)
            first[key] = entry
            entries.append(entry)


def _error_at_origin(entry: Entry, message: str, files: list[tuple[str, str]]) -> GlossaryError:
    path, _, line = entry.origin.rpartition(":")
    src = dict(files)[path]
    source_line = src.splitlines()[int(line) - 1]
    return GlossaryError(message, path, int(line), 1, source_line)
