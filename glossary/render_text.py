"""The plain-text handout: a header, the text re-wrapped with each glossed
expression in [brackets] and its number, and after each paragraph the
glosses first met in it.

    Sur le coup, je dois bien avouer que je me suis dit « le Jacques, il a dû
    trop [fumer la moquette de Latché][4] quand il était conseiller de …

        [4] fumer la moquette (idiom, slang)
            to be talking nonsense, as if high …
"""

from __future__ import annotations

import re
import textwrap

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


def numbering(matches: list[Match]) -> dict[Entry, int]:
    """Entries numbered in order of first appearance; a repeat keeps its number."""
    numbers: dict[Entry, int] = {}
    for match in matches:
        numbers.setdefault(match.entry, len(numbers) + 1)
    return numbers


def _insertions(matches: list[Match], numbers: dict[Entry, int]) -> dict[int, tuple[str, str]]:
    """Marks to insert at each offset: (closing marks, opening marks)."""
    marks: dict[int, list[str]] = {}
    for match in matches:
        for start, end in match.spans:
            marks.setdefault(start, ["", ""])[1] += "["
            marks.setdefault(end, ["", ""])[0] += "]"
        marks[match.end][0] += f"[{numbers[match.entry]}]"
    return {offset: (close, open_) for offset, (close, open_) in marks.items()}


def _marked(text: str, start: int, end: int, marks: dict[int, tuple[str, str]], spans: list[tuple[int, int]]) -> str:
    # A part that runs across two paragraphs is bracketed in each of them.
    pieces = ["[" if any(s < start < e for s, e in spans) else ""]
    pos = start
    for offset in sorted(o for o in marks if start <= o <= end):
        pieces.append(text[pos:offset])
        close, open_ = marks[offset]
        # A paragraph does not open a mark at its very end, nor close one at its start.
        pieces.append((close if offset > start else "") + (open_ if offset < end else ""))
        pos = offset
    pieces.append(text[pos:end])
    pieces.append("]" if any(s < end < e for s, e in spans) else "")
    return "".join(pieces)


def _wrap(text: str, width: int, indent: str, hanging: str | None = None) -> str:
    wrapper = textwrap.TextWrapper(
        width=width,
        initial_indent=indent,
        subsequent_indent=indent if hanging is None else hanging,
        break_long_words=False,
        break_on_hyphens=False,
    )
    return "\n".join(wrapper.fill(_SPACES.sub(" ", part).strip()) for part in text.split("\n\n"))


def format_gloss(number: int, entry: Entry, width: int) -> str:
    label = f"    [{number}] "
    body = " " * len(label)
    about = ", ".join(x for x in (entry.kind, entry.register) if x)
    lines = [_wrap(f"{entry.headword} ({about})", width, label, body)]
    lines.append(_wrap(entry.gloss, width, body))
    for name, value in (
        ("Literally", entry.literal),
        ("English equivalent", entry.english),
        ("Note", entry.note),
        ("See also", ", ".join(entry.see)),
    ):
        if value:
            lines.append(_wrap(f"{name}: {value}", width, body, body + "  "))
    return "\n".join(lines)


def render(label: str, text: str, matches: list[Match], width: int = 80) -> str:
    numbers = numbering(matches)
    title = title_of(text)
    header = [
        title,
        "=" * min(len(title), width),
        f"Source: {label}",
        f"Glossed: {_count(len(numbers), 'expression')}, {_count(len(matches), 'occurrence')}",
    ]
    marks = _insertions(matches, numbers)
    spans = [span for match in matches for span in match.spans]
    out = ["\n".join(header)]
    shown: set[Entry] = set()
    for start, end in paragraphs(text):
        raw = text[start:end]
        leading = raw[: len(raw) - len(raw.lstrip())]
        indent = " " * min(len(leading.expandtabs(4)), 8)
        bullet = _BULLET.match(raw)
        hanging = indent + " " * (len(bullet.group()) - len(indent)) if bullet else indent
        out.append(_wrap(_marked(text, start, end, marks, spans), width, indent, hanging))
        new = [m.entry for m in matches if start <= m.end <= end and m.entry not in shown]
        glosses = []
        for entry in dict.fromkeys(new):
            shown.add(entry)
            glosses.append(format_gloss(numbers[entry], entry, width))
        if glosses:
            out.append("\n\n".join(glosses))
    return "\n\n".join(out) + "\n"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
