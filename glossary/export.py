"""The glossary in formats other programs read: Anki, CSV, JSON and TBX.

Each function takes the entries to export, each with its occurrences in
the texts (occurrences.collect), and returns the whole file as a string.

- ``anki``: tab-separated notes that Anki imports as they are, with the
  header lines ``#separator:tab``, ``#html:true``, ``#tags column:3``. Front:
  the sentence of the expression's first occurrence, the expression in bold
  (the headword alone when it occurs in none of the texts). Back: the
  headword with its kind and register, the gloss, the literal sense, the
  English equivalent and the note. Tags: the kind ("false_friend") and the
  text ids ("000").
- ``csv``: one row per entry, every field, RFC 4180 (CRLF line ends, fields
  quoted when they hold a comma, a quote or a line break), UTF-8 without a
  byte-order mark; lists joined with " | "; then the texts and the number
  of occurrences.
- ``json``: every entry with its fields and its occurrences (offsets into
  the text as read, as in ``show --format json``).
- ``tbx``: TBX-Basic, the TermBase eXchange format of ISO 30042 in the
  ``martif`` form that OmegaT, memoQ and Trados MultiTerm import: one
  ``termEntry`` per entry, a French ``langSet`` (the headword, then each
  form as a variant, with the sentence it occurs in as context) and an
  English one (the gloss as definition; as the term, the English
  equivalent, else the name for a reference, else the gloss).
"""

from __future__ import annotations

from typing import NamedTuple

from . import patterns
from .entries import Entry
from .occurrences import Occurrence, marked

FORMATS = ("anki", "csv", "json", "tbx")
LIST_SEPARATOR = " | "


class Item(NamedTuple):
    entry: Entry
    occurrences: list[Occurrence]


def text_ids(item: Item) -> list[str]:
    return list(dict.fromkeys(o.text_id for o in item.occurrences))


def render(format_: str, items: list[Item]) -> str:
    return {"anki": anki, "csv": csv_, "json": json_, "tbx": tbx}[format_](items)


# ----------------------------------------------------------------- Anki


def anki(items: list[Item]) -> str:
    import html

    def field(text: str) -> str:
        return text.replace("\t", " ").replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br>")

    lines = ["#separator:tab", "#html:true", "#tags column:3", "#columns:Front\tBack\tTags"]
    for entry, occurrences in items:
        escape = lambda text: html.escape(text, quote=True)  # noqa: E731
        if occurrences:
            front = marked(occurrences[0], "<b>", "</b>", escape)
        else:
            front = f"<b>{escape(entry.headword)}</b>"
        kind = entry.kind + (f", {entry.register}" if entry.register else "")
        back = [f"<b>{escape(entry.headword)}</b> <i>({escape(kind)})</i>", escape(entry.gloss)]
        if entry.literal:
            back.append(f"<i>Literally:</i> {escape(entry.literal)}")
        if entry.english:
            back.append(f"<i>English:</i> {escape(entry.english)}")
        if entry.note:
            back.append(f"<i>Note:</i> {escape(entry.note)}")
        tags = [entry.kind.replace(" ", "_"), *("_".join(t.split()) for t in text_ids(Item(entry, occurrences)))]
        lines.append("\t".join([field(front), field("<br>".join(back)), " ".join(tags)]))
    return "\n".join(lines) + "\n"


# ------------------------------------------------------------------ CSV

CSV_COLUMNS = (
    "headword", "kind", "gloss", "register", "literal", "english", "note", "forms", "see", "origin", "texts",
    "occurrences",
)


def csv_(items: list[Item]) -> str:
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")  # RFC 4180: CRLF, minimal quoting with ""
    writer.writerow(CSV_COLUMNS)
    for item in items:
        entry = item.entry
        writer.writerow([
            entry.headword, entry.kind, entry.gloss, entry.register or "", entry.literal or "", entry.english or "",
            entry.note or "", LIST_SEPARATOR.join(entry.forms), LIST_SEPARATOR.join(entry.see), entry.origin,
            LIST_SEPARATOR.join(text_ids(item)), len(item.occurrences),
        ])
    return out.getvalue()


# ----------------------------------------------------------------- JSON


def json_(items: list[Item]) -> str:
    import json

    data = {
        "entries": [
            {
                "headword": entry.headword,
                "kind": entry.kind,
                "gloss": entry.gloss,
                "register": entry.register,
                "literal": entry.literal,
                "english": entry.english,
                "note": entry.note,
                "forms": list(entry.forms),
                "see": list(entry.see),
                "origin": entry.origin,
                "occurrences": [
                    {
                        "source": o.source,
                        "text_id": o.text_id,
                        "start": o.start,
                        "end": o.end,
                        "spans": [list(span) for span in o.spans],
                        "line": o.line,
                        "column": o.column,
                        "text": o.passage,
                        "sentence": " ".join(o.sentence.split()),
                    }
                    for o in occurrences
                ],
            }
            for entry, occurrences in items
        ]
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


# ------------------------------------------------------------------ TBX


def tbx(items: list[Item]) -> str:
    """TBX-Basic (martif): the structure is built with xml.etree, so every
    text is escaped and the file is well-formed."""
    import xml.etree.ElementTree as ET

    martif = ET.Element("martif", {"type": "TBX-Basic", "xml:lang": "en"})
    header = ET.SubElement(martif, "martifHeader")
    file_desc = ET.SubElement(header, "fileDesc")
    title = ET.SubElement(ET.SubElement(file_desc, "titleStmt"), "title")
    title.text = "glossary: French expressions glossed in English"
    source = ET.SubElement(ET.SubElement(file_desc, "sourceDesc"), "p")
    source.text = "Exported by `python -m glossary export --format tbx` from hand-written gloss files."
    encoding = ET.SubElement(ET.SubElement(header, "encodingDesc"), "p", {"type": "XCSURI"})
    encoding.text = "TBXBasicXCSV02.xcs"
    body = ET.SubElement(ET.SubElement(martif, "text"), "body")
    for n, (entry, occurrences) in enumerate(items, 1):
        _term_entry(ET.SubElement(body, "termEntry", {"id": f"entry-{n}"}), entry, occurrences)
    ET.indent(martif)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(martif, encoding="unicode") + "\n"


def _term_entry(element, entry: Entry, occurrences: list[Occurrence]) -> None:
    import xml.etree.ElementTree as ET

    def add(parent, tag: str, text: str, **attributes: str):
        child = ET.SubElement(parent, tag, attributes)
        child.text = text
        return child

    add(element, "note", f"kind: {entry.kind}" + (f"; register: {entry.register}" if entry.register else ""))
    if entry.note:
        add(element, "note", entry.note)
    french = ET.SubElement(element, "langSet", {"xml:lang": "fr"})
    tig = ET.SubElement(french, "tig")
    add(tig, "term", entry.headword)
    add(tig, "termNote", _term_type(entry.headword), type="termType")
    if occurrences:
        add(tig, "descrip", " ".join(occurrences[0].sentence.split()), type="context")
    if entry.literal:
        add(tig, "note", f"literally: {entry.literal}")
    for variant in _variants(entry):
        tig = ET.SubElement(french, "tig")
        add(tig, "term", variant)
        add(tig, "termNote", "variant", type="termType")
    english = ET.SubElement(element, "langSet", {"xml:lang": "en"})
    add(english, "descrip", entry.gloss, type="definition")
    add(ET.SubElement(english, "tig"), "term", english_term(entry))


def english_term(entry: Entry) -> str:
    """What a translator's tool offers as the English for the entry: the
    English equivalent; else, for a reference, the name itself (names are
    not translated); else the whole gloss, since no part of it can be
    picked out as "the" translation without guessing."""
    if entry.english:
        return entry.english
    if entry.kind == "reference":
        return entry.headword
    return entry.gloss


def _term_type(term: str) -> str:
    """TBX-Basic's termType: an acronym, a phrase (several words) or the
    full form of a single word."""
    letters = [c for c in term if c.isalpha()]
    if len(letters) > 1 and all(c.isupper() for c in letters) and " " not in term:
        return "acronym"
    return "phrase" if len(term.split()) > 1 else "fullForm"


def _variants(entry: Entry) -> list[str]:
    """Each form, as the plain phrases its ( ) and / stand for."""
    variants: list[str] = []
    for form in entry.forms:
        try:
            phrases = patterns.expand(form)
        except patterns.PatternError:
            phrases = [form]
        variants.extend(p for p in phrases if p != entry.headword and p not in variants)
    return variants
