"""The built-in glossary, parsed and compiled once and kept in a cache file.

Building the index of the shipped gloss files (parsing them, conjugating the
verbs of their headwords) costs more than starting Python itself; `show`
would spend most of its time on it. Like Python's own ``__pycache__``, the
result is kept beside the code, in ``glossary/__pycache__``, and used again
while no gloss file, data file or module of the package has changed (their
sizes and modification times are the key, with the Python version). When
the folder cannot be written (a read-only install), nothing is cached and
nothing is reported: the glossary is simply built each time.
"""

from __future__ import annotations

import marshal
import os
import sys

FORMAT = 3  # bump when the shape of what is cached changes
_HERE = os.path.dirname(os.path.abspath(__file__))


def _key() -> tuple:
    """What the cached index depends on: every module and data file."""
    stats = []
    for folder in (_HERE, os.path.join(_HERE, "data")):
        for name in sorted(os.listdir(folder)):
            if name.endswith((".py", ".yml", ".txt")):
                info = os.stat(os.path.join(folder, name))
                stats.append((name, info.st_size, info.st_mtime_ns))
    return (FORMAT, sys.version, tuple(stats))


def _path() -> str:
    return os.path.join(_HERE, "__pycache__", f"builtin-glossary.{sys.implementation.cache_tag}.marshal")


def builtin():
    """The built-in Glossary and its Index, from the cache when it is fresh."""
    key = _key()
    try:
        with open(_path(), "rb") as cached:
            stored_key, frozen = marshal.load(cached)
        if stored_key == key:
            return _thaw(frozen)
    except (OSError, EOFError, ValueError, TypeError):
        pass  # no cache yet, or an unreadable one: build it
    from . import entries, find, sources

    glossary = entries.build(sources.builtin_gloss_files())
    index = find.compile(glossary)
    _store(key, _freeze(glossary, index))
    return glossary, index


def _store(key: tuple, frozen: tuple) -> None:
    path = _path()
    temp = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(temp, "wb") as out:
            marshal.dump((key, frozen), out)
        os.replace(temp, path)  # whole or not at all, even with two runs at once
    except OSError:
        try:
            os.unlink(temp)
        except OSError:
            pass


def _freeze(glossary, index) -> tuple:
    """Plain tuples, dicts and frozensets that marshal can write; shared
    slots (a verb's forms) stay shared."""
    entry_number = {id(entry): n for n, entry in enumerate(glossary.entries)}
    compiled: list = []
    number_of: dict[int, int] = {}
    anchors = {}
    for key, items in index.by_anchor.items():
        numbers = []
        for item in items:
            if id(item) not in number_of:
                number_of[id(item)] = len(compiled)
                compiled.append((tuple(item.pattern), entry_number[id(item.entry)], item.order))
            numbers.append(number_of[id(item)])
        anchors[key] = tuple(numbers)
    from .patterns import gap_words_before_verb

    return tuple(tuple(entry) for entry in glossary.entries), tuple(compiled), anchors, gap_words_before_verb()


def _thaw(frozen: tuple):
    from .entries import Entry, Glossary
    from .find import Index, _Compiled
    from .patterns import Pattern, gap_words_before_verb

    entry_tuples, compiled_tuples, anchors, gap_words = frozen
    gap_words_before_verb(gap_words)
    entries = tuple(Entry(*fields) for fields in entry_tuples)
    compiled = [_Compiled(Pattern(*pattern), entries[entry], order) for pattern, entry, order in compiled_tuples]
    by_anchor = {key: tuple(compiled[n] for n in numbers) for key, numbers in anchors.items()}
    return Glossary(entries), Index(by_anchor, {})
