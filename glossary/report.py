"""What `check` reports: how many of the glossary's expressions each text
uses, by kind, and which entries no text uses."""

from __future__ import annotations

from .entries import KINDS, Entry, Glossary
from .find import Match


def kind_counts(entries: set[Entry] | tuple[Entry, ...]) -> list[int]:
    return [sum(e.kind == kind for e in entries) for kind in KINDS]


def coverage_table(glossary: Glossary, found: dict[str, list[Match]]) -> str:
    """A Markdown table: one row per text (distinct entries found in it, by
    kind), then a row for the whole glossary."""
    header = ["text", *KINDS, "total"]
    rows = []
    for name, matches in found.items():
        counts = kind_counts({m.entry for m in matches})
        rows.append([name, *map(str, counts), str(sum(counts))])
    counts = kind_counts(glossary.entries)
    rows.append(["glossary", *map(str, counts), str(sum(counts))])
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]

    def line(cells: list[str]) -> str:
        padded = [cells[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(cells[1:], widths[1:])]
        return "| " + " | ".join(padded) + " |"

    rule = "|" + "|".join(["-" * (widths[0] + 2)] + ["-" * (w + 1) + ":" for w in widths[1:]]) + "|"
    return "\n".join([line(header), rule, *(line(row) for row in rows)])


def unused(glossary: Glossary, found: dict[str, list[Match]]) -> list[Entry]:
    used = {m.entry for matches in found.values() for m in matches}
    return [e for e in glossary.entries if e not in used]
