"""The plain-text handout: a header, the text re-wrapped with each glossed
expression in [brackets] and its number, and after each paragraph the
glosses first met in it.

    Sur le coup, je dois bien avouer que je me suis dit « le Jacques, il a dû
    trop [fumer la moquette de Latché][4] quand il était conseiller de …

        [4] fumer la moquette (idiom, slang)
            to be talking nonsense, as if high …

``show all`` makes a booklet: a cover listing the texts, their handouts, and
an index naming the texts each expression appears in. The pieces every
format shares (paragraphs, numbering, marks, which glosses go after which
paragraph, the choice of what to gloss, the index) live here too.
"""

from __future__ import annotations

import re
import textwrap
from bisect import bisect_left
import unicodedata
from typing import Callable, NamedTuple

from .entries import Entry
from .find import Match

_BULLET = re.compile(r"\s*(?:[•·*▪◦‣–—-]|\d+[.)])\s")
_SPACES = re.compile(r"[ \t\r\n\v\f]+")  # not U+00A0/U+202F: they must not break


def title_of(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Offsets of the paragraphs to print, in order.

    Blog text keeps one paragraph per line, sometimes with no blank line
    between two paragraphs, so each line is a paragraph. A block of lines
    that looks hard-wrapped (every line but the last 40 to 100 characters,
    none indented or bulleted) is one paragraph instead.
    """
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n\r]+", text) if m.group().strip()]
    result: list[tuple[int, int]] = []
    block: list[tuple[int, int]] = []

    def flush() -> None:
        if _hard_wrapped([text[s:e] for s, e in block]):
            result.append((block[0][0], block[-1][1]))
        else:
            result.extend(block)
        block.clear()

    for start, end in lines:
        between = text[block[-1][1] : start] if block else ""
        if block and len(re.findall(r"\r\n|\r|\n", between)) > 1:
            flush()
        block.append((start, end))
    if block:
        flush()
    return result


def _hard_wrapped(lines: list[str]) -> bool:
    if len(lines) < 2:
        return False
    if any(line[:1].isspace() or _BULLET.match(line) for line in lines):
        return False
    return all(40 <= len(line.rstrip()) <= 100 for line in lines[:-1])


def is_item(paragraph: str) -> bool:
    """A bulleted or numbered line, printed with a hanging indent."""
    return bool(_BULLET.match(paragraph))


def numbering(matches: list[Match]) -> dict[Entry, int]:
    """Entries numbered in order of first appearance; a repeat keeps its number."""
    numbers: dict[Entry, int] = {}
    for match in matches:
        numbers.setdefault(match.entry, len(numbers) + 1)
    return numbers


class Paragraph(NamedTuple):
    start: int
    end: int
    glosses: tuple[Entry, ...]  # the entries first met in it, in order


def layout(text: str, matches: list[Match], shown: set[Entry] | None = None) -> list[Paragraph]:
    """The paragraphs, each with the glosses to print after (or beside) it:
    an entry is glossed once, in the paragraph where its first match ends.
    One pass over paragraphs and matches together, so a long text with many
    paragraphs and matches stays linear."""
    by_end = sorted(matches, key=lambda m: (m.end, m.start))
    result = []
    shown = set() if shown is None else shown  # a streamed text keeps it from piece to piece
    k = 0
    for start, end in paragraphs(text):
        ending_here = []
        while k < len(by_end) and by_end[k].end <= end:
            ending_here.append(by_end[k])
            k += 1
        ending_here.sort(key=lambda m: m.start)
        new = tuple(dict.fromkeys(m.entry for m in ending_here if m.end >= start and m.entry not in shown))
        shown.update(new)
        result.append(Paragraph(start, end, new))
    return result


def select(matches: list[Match], kinds: frozenset[str] | None = None, first: bool = False) -> list[Match]:
    """The matches to gloss: only those of ``kinds`` (all when None), and
    with ``first`` only the first occurrence of each entry, for a lighter
    handout."""
    chosen = [m for m in matches if kinds is None or m.entry.kind in kinds]
    if not first:
        return chosen
    firsts: dict[Entry, Match] = {}
    for match in chosen:
        firsts.setdefault(match.entry, match)
    return list(firsts.values())


class Glossed(NamedTuple):
    """One text of a handout with the matches chosen for it."""

    label: str
    text: str
    matches: list[Match]


def sort_key(headword: str) -> tuple[str, str]:
    """Dictionary order: accents, case and leading signs do not count
    ("égérie" files under e, "@micalement" under m); ties keep a stable order."""
    folded = "".join(c for c in unicodedata.normalize("NFD", headword.casefold()) if not unicodedata.combining(c))
    return re.sub(r"^\W+", "", folded), headword


def glossary_of(matches: list[Match]) -> list[Entry]:
    """A text's entries in alphabetical order."""
    return sorted({m.entry for m in matches}, key=lambda entry: sort_key(entry.headword))


def combined_index(docs: list[Glossed]) -> list[tuple[Entry, list[tuple[int, int]]]]:
    """Every entry of a booklet, alphabetically, with the texts it appears
    in as (text number from 1, its gloss number in that text)."""
    places: dict[Entry, list[tuple[int, int]]] = {}
    for k, doc in enumerate(docs, 1):
        for entry, n in numbering(doc.matches).items():
            places.setdefault(entry, []).append((k, n))
    return sorted(places.items(), key=lambda item: sort_key(item[0].headword))


class Marks(NamedTuple):
    """How a format marks a glossed expression: ``open`` and ``close``
    around each of its parts, ``number(n)`` after its last part, and
    ``escape`` for the text in between (HTML and Markdown need it)."""

    open: str
    close: str
    number: Callable[[int], str]
    escape: Callable[[str], str] = str


BRACKETS = Marks("[", "]", lambda n: f"[{n}]")


def _insertions(matches: list[Match], numbers: dict[Entry, int], marks: Marks) -> dict[int, tuple[str, str]]:
    """Marks to insert at each offset: (closing marks, opening marks)."""
    found: dict[int, list[str]] = {}
    for match in matches:
        for start, end in match.spans:
            found.setdefault(start, ["", ""])[1] += marks.open
            found.setdefault(end, ["", ""])[0] += marks.close
        found[match.end][0] += marks.number(numbers[match.entry])
    return {offset: (close, open_) for offset, (close, open_) in found.items()}


class Marker:
    """Marks the expressions of one text paragraph by paragraph. The marks
    and spans are sorted once and found by bisection, so marking every
    paragraph of a long text costs time in proportion to the text."""

    def __init__(self, text: str, matches: list[Match], numbers: dict[Entry, int], marks: Marks = BRACKETS) -> None:
        self.text = text
        self.marks = marks
        self.inserts = _insertions(matches, numbers, marks)
        self.offsets = sorted(self.inserts)
        # Spans never overlap (no two matches share a word), so the last
        # span starting before a position is the only one that may hold it.
        self.spans = sorted(span for match in matches for span in match.spans)
        self.starts = [start for start, _ in self.spans]

    def inside(self, pos: int) -> bool:
        """Does a marked part run across ``pos``?"""
        i = bisect_left(self.starts, pos) - 1
        return i >= 0 and self.spans[i][1] > pos

    def __call__(self, start: int, end: int) -> str:
        """The paragraph ``text[start:end]`` with its expressions marked."""
        text, marks = self.text, self.marks
        # A part that runs across two paragraphs is marked in each of them.
        pieces = [marks.open if self.inside(start) else ""]
        pos = start
        for offset in self.offsets[bisect_left(self.offsets, start) : bisect_left(self.offsets, end + 1)]:
            pieces.append(marks.escape(text[pos:offset]))
            close, open_ = self.inserts[offset]
            # A paragraph does not open a mark at its very end, nor close one at its start.
            pieces.append((close if offset > start else "") + (open_ if offset < end else ""))
            pos = offset
        pieces.append(marks.escape(text[pos:end]))
        pieces.append(marks.close if self.inside(end) else "")
        return "".join(pieces)


def one_line(text: str) -> str:
    """A paragraph on one line: runs of spaces and line breaks (not
    no-break spaces) become one space."""
    return _SPACES.sub(" ", text).strip()


def _wrap(text: str, width: int, indent: str, hanging: str | None = None) -> str:
    wrapper = textwrap.TextWrapper(
        width=width,
        initial_indent=indent,
        subsequent_indent=indent if hanging is None else hanging,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return "\n".join(wrapper.fill(_SPACES.sub(" ", part).strip()) for part in text.split("\n\n"))


def about(entry: Entry) -> str:
    """"idiom, slang": the kind and register of an entry."""
    return ", ".join(x for x in (entry.kind, entry.register) if x)


def details(entry: Entry) -> list[tuple[str, str]]:
    """The fields printed after the gloss, labelled, in order; empty ones left out."""
    fields = (
        ("Literally", entry.literal),
        ("English equivalent", entry.english),
        ("Note", entry.note),
        ("See also", ", ".join(entry.see)),
    )
    return [(name, value) for name, value in fields if value]


def format_gloss(number: int, entry: Entry, width: int) -> str:
    label = f"    [{number}] "
    body = " " * len(label)
    lines = [_wrap(f"{entry.headword} ({about(entry)})", width, label, body)]
    lines.append(_wrap(entry.gloss, width, body))
    for name, value in details(entry):
        lines.append(_wrap(f"{name}: {value}", width, body, body + "  "))
    return "\n".join(lines)


EMPTY = "This text is empty: there is nothing to gloss."


def header(label: str, title: str, glossed: str, width: int) -> str:
    title = title or "(empty text)"
    return "\n".join([title, "=" * min(len(title), width), f"Source: {label}", f"Glossed: {glossed}"])


def render(label: str, text: str, matches: list[Match], width: int = 80) -> str:
    if not text.strip():
        return header(label, "", summary([]), width) + "\n\n" + EMPTY + "\n"
    body = Body(width)
    return header(label, title_of(text), summary(matches), width) + "\n\n" + body(text, matches)


class Body:
    """The paragraphs of a handout with their glosses, for a whole text or
    for the pieces of a long one in turn: numbers and the glosses already
    shown carry over from one piece to the next."""

    def __init__(self, width: int) -> None:
        self.width = width
        self.numbers: dict[Entry, int] = {}
        self.shown: set[Entry] = set()

    def __call__(self, text: str, matches: list[Match]) -> str:
        width, numbers = self.width, self.numbers
        for match in matches:
            numbers.setdefault(match.entry, len(numbers) + 1)
        mark = Marker(text, matches, numbers)
        out = []
        for start, end, new in layout(text, matches, self.shown):
            raw = text[start:end]
            leading = raw[: len(raw) - len(raw.lstrip())]
            indent = " " * min(len(leading.expandtabs(4)), 8)
            bullet = _BULLET.match(raw)
            hanging = indent + " " * (len(bullet.group()) - len(indent)) if bullet else indent
            out.append(_wrap(mark(start, end), width, indent, hanging))
            if new:
                out.append("\n\n".join(format_gloss(numbers[entry], entry, width) for entry in new))
        return "\n\n".join(out) + "\n" if out else ""


def booklet(docs: list[Glossed], width: int = 80) -> str:
    """``show all``: a cover listing the texts, their handouts between rules,
    and the index of expressions with the texts (by number) they appear in."""
    rule = "\n" + "-" * width + "\n\n"
    cover = [BOOKLET_TITLE, "=" * min(len(BOOKLET_TITLE), width), ""]
    cover += [_wrap(f"{k}. {title_of(doc.text)} ({doc.label})", width, "  ", "     ") for k, doc in enumerate(docs, 1)]
    index = ["Index of expressions", "====================", "", "Each expression, its gloss, and the texts it is in: text [gloss number].", ""]
    for entry, places in combined_index(docs):
        texts = ", ".join(f"{k} [{n}]" for k, n in places)
        index.append(_wrap(f"{entry.headword} ({entry.kind}): {one_line(entry.gloss)} — {'text' if len(places) == 1 else 'texts'} {texts}", width, "", "    "))
    handouts = [render(doc.label, doc.text, doc.matches, width) for doc in docs]
    return rule.join(["\n".join(cover) + "\n", *handouts, "\n".join(index) + "\n"])


BOOKLET_TITLE = "Glossed French texts"


def summary(matches: list[Match]) -> str:
    """"49 expressions, 63 occurrences": what a handout glosses."""
    return f"{_count(len(numbering(matches)), 'expression')}, {_count(len(matches), 'occurrence')}"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
