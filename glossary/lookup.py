"""Look an expression up in the glossary, in French or in English.

The query and every field are compared *plain*: casefolded, accents
dropped, and cut into words ("À l'égard" = "a l egard"), so "egard",
"Égard" and "égard" find the same entries. An entry is found when the
query's words stand together, whole, in one of its fields; entries are
ranked by where:

1. the headword or a form is the query;
2. the query holds the expression in another form ("il a fumé la moquette"
   finds "fumer la moquette": the spotter is run on the query);
3. the headword or a form holds the query ("moquette");
4. the English equivalent is, or holds, the query ("out of stock");
5. the gloss or the literal sense holds it;
6. the note holds it;
7. a headword, form or English equivalent holds it inside a longer word
   ("moquet").
"""

from __future__ import annotations

import re
import textwrap
import unicodedata
from typing import NamedTuple

from . import patterns
from .entries import Entry, Glossary
from .find import Index, find
from .occurrences import Occurrence, marked

_WORD = re.compile(r"\w+")

class Found(NamedTuple):
    entry: Entry
    rank: int  # 0 is best: the place in the module's list, from 0
    field: str  # the field that matched: headword, form, english, gloss, literal, note


def plain(text: str) -> str:
    """Casefolded, without accents, the words joined by single spaces."""
    decomposed = unicodedata.normalize("NFD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(_WORD.findall(bare))


def _holds(field: str, query: str) -> bool:
    """The query's words stand together, whole, in the field."""
    return f" {query} " in f" {field} "


def _phrases(entry: Entry) -> list[str]:
    """The headword and every plain phrase its forms stand for."""
    phrases = [entry.headword]
    for form in entry.forms:
        try:
            phrases.extend(patterns.expand(form))
        except patterns.PatternError:
            phrases.append(form)
    return phrases


def _rank(entry: Entry, query: str, spotted: bool) -> tuple[int, str] | None:
    french = [plain(p) for p in _phrases(entry)]
    english = plain(entry.english or "")
    if query in french:
        return 0, "headword" if query == french[0] else "form"
    if spotted:
        return 1, "headword"
    if any(_holds(p, query) for p in french):
        return 2, "headword" if _holds(french[0], query) else "form"
    if english and _holds(english, query):
        return 3, "english"
    for name in ("gloss", "literal"):
        if _holds(plain(getattr(entry, name) or ""), query):
            return 4, name
    if _holds(plain(entry.note or ""), query):
        return 5, "note"
    for name, text in [("headword", french[0]), ("form", " ".join(french[1:])), ("english", english)]:
        if query in text:
            return 6, name
    return None


def search(glossary: Glossary, query: str, index: Index | None = None) -> list[Found]:
    """The entries that match ``query``, best first, then alphabetically.
    With ``index`` (the glossary compiled), expressions spotted in the
    query count too."""
    wanted = plain(query)
    if not wanted:
        return []
    spotted = {m.entry for m in find(index, query)} if index is not None else set()
    found = []
    for entry in glossary.entries:
        rank = _rank(entry, wanted, entry in spotted)
        if rank is not None:
            found.append(Found(entry, rank[0], rank[1]))
    found.sort(key=lambda f: (f.rank, plain(f.entry.headword)))
    return found


def closest(glossary: Glossary, query: str, n: int = 3) -> list[str]:
    """Headwords that look like the query, for a "did you mean" message."""
    import difflib

    by_plain = {plain(e.headword): e.headword for e in glossary.entries}
    return [by_plain[p] for p in difflib.get_close_matches(plain(query), list(by_plain), n=n, cutoff=0.6)]


# ------------------------------------------------------------------ output

LABEL_WIDTH = 12
MAX_SHOWN = 5  # occurrences printed per entry


def snippet(occurrence: Occurrence, width: int = 90) -> str:
    """The occurrence's sentence with the passage in [brackets], cut to
    about ``width`` characters around it."""
    sentence = marked(occurrence, "[", "]")
    if len(sentence) <= width:
        return sentence
    at = sentence.index("[")
    left = max(0, min(at - width // 3, len(sentence) - width))
    right = left + width
    left = sentence.rfind(" ", 0, left) + 1 if left else 0
    cut = sentence.find(" ", right)
    right = len(sentence) if cut == -1 else cut
    return ("… " if left else "") + sentence[left:right] + (" …" if right < len(sentence) else "")


def format_entry(entry: Entry, occurrences: list[Occurrence], width: int = 80) -> str:
    """An entry in full, then where it occurs."""
    head = entry.headword + f"  ({entry.kind}" + (f", {entry.register})" if entry.register else ")")
    lines = [head]
    fields = [
        ("gloss", entry.gloss),
        ("literally", entry.literal),
        ("English", entry.english),
        ("note", entry.note),
        ("forms", ", ".join(entry.forms)),
        ("see", ", ".join(entry.see)),
        ("defined at", entry.origin),
    ]
    for label, value in fields:
        if value:
            lines.extend(_field(label, value, width))
    if occurrences:
        texts = len({o.source for o in occurrences})
        where = f"{len(occurrences)} time{'s' if len(occurrences) > 1 else ''}" + (f" in {texts} texts" if texts > 1 else "")
        lines.append(f"    {'found:':<{LABEL_WIDTH}}{where}")
        for occurrence in occurrences[:MAX_SHOWN]:
            place = f"{occurrence.source}:{occurrence.line}:{occurrence.column}"
            lines.append(f"      {place}")
            lines.extend(_wrap(snippet(occurrence), width, " " * 8, " " * 8))
        if len(occurrences) > MAX_SHOWN:
            lines.append(f"      … and {len(occurrences) - MAX_SHOWN} more")
    else:
        lines.append(f"    {'found:':<{LABEL_WIDTH}}in none of the texts")
    return "\n".join(lines)


def _wrap(text: str, width: int, first: str, indent: str) -> list[str]:
    # Hyphens stay whole: "mètre-carré" is not cut at the end of a line.
    return textwrap.wrap(text, width, initial_indent=first, subsequent_indent=indent, break_on_hyphens=False)


def _field(label: str, value: str, width: int) -> list[str]:
    indent = " " * (4 + LABEL_WIDTH)
    lines: list[str] = []
    for n, paragraph in enumerate(value.split("\n\n")):
        first = f"    {label + ':':<{LABEL_WIDTH}}" if n == 0 else indent
        lines.extend(_wrap(paragraph, width, first, indent) or [first.rstrip()])
    return lines


def format_results(query: str, found: list[Found], occurrences: dict[Entry, list[Occurrence]]) -> str:
    count = f"{len(found)} entr{'ies' if len(found) > 1 else 'y'}"
    blocks = [f"{count} for {query!r}:"]
    blocks += [format_entry(f.entry, occurrences.get(f.entry, [])) for f in found]
    return "\n\n".join(blocks) + "\n"
