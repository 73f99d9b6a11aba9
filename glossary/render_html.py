"""The HTML handout: one self-contained page (inline CSS, no script, no
font or image to fetch) that reads on a phone or a desktop and prints like
a glossed reader.

Each paragraph is a two-column grid row, the French text on the left and,
beside it, the glosses first met in it; so a paragraph's glosses start where
the paragraph starts (Chromium moves a whole row to the next page when its
first gloss does not fit), and a long column of glosses pushes the next row
down instead of running into its glosses. A paragraph whose glosses would
run far below it is cut at sentence ends into several rows, so that each
sentence stays beside its own glosses rather than pages above them. On a
narrow screen the glosses drop under their paragraph. The text ends with
an alphabetical glossary.

``show all`` makes a booklet: a cover with links to the texts, each text on
new pages with its title in the running header, and an index of every
expression naming the texts it appears in.

Everything taken from a text or a gloss file goes through ``_escape`` (or
``_css_string`` inside the style sheet), so a text may hold ``<script>`` or
``&`` and shows them as written.
"""

from __future__ import annotations

import bisect
import html
import itertools
import re
from typing import Callable

from .entries import Entry
from .find import Match
from .render_text import (
    BOOKLET_TITLE, Glossed, Marker, Marks, about, combined_index, details, glossary_of, is_item, layout,
    numbering, Paragraph, summary, title_of,
)

PAPERS = ("a4", "letter")  # CSS page size names, as --paper takes them

# Characters HTML forbids in text (C0 controls but tab, line feed, form
# feed and carriage return; DEL and C1 controls) become U+FFFD.
_FORBIDDEN = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")

STYLE = """
:root {
  --serif: Charter, "Bitstream Charter", Georgia, Cambria, "Liberation Serif", "DejaVu Serif", serif;
  --sans: "Helvetica Neue", Arial, "Liberation Sans", "DejaVu Sans", sans-serif;
  --rule: #999;
}
html { color: #111; background: #fff; -webkit-text-size-adjust: 100%; }
body { margin: 0 auto; max-width: 64rem; padding: 1rem 1.25rem 3rem; font: 1.0625rem/1.55 var(--serif);
  overflow-wrap: break-word; }  /* a long web address must not push into the next column */
h1, h2 { font-weight: 700; line-height: 1.2; }
h1 { font-size: 1.6em; margin: 0 0 0.3em; }
h2 { font-size: 1.25em; margin: 1.5em 0 0.6em; break-after: avoid; }
a { color: inherit; }
.glossary a, .index a { text-decoration: none; }
/* One row per paragraph: the text, and its glosses beside it. */
.row { display: grid; grid-template-columns: minmax(0, 11fr) minmax(0, 9fr); column-gap: 1.75rem; }
.row > p, .row > header { margin: 0 0 0.75em; }
.row > p.cut { margin-bottom: 0.25em; }  /* a paragraph goes on in the next row */
.row > p.item { padding-left: 1.5em; text-indent: -1.5em; }
.row > p.sub { padding-left: 1.5em; }
.about { font: 0.8rem/1.4 var(--sans); color: #444; margin: 0; }
/* A glossed expression: underlined (it survives black-and-white printing)
   and followed by its number. */
mark { background: none; color: inherit; text-decoration: underline; text-decoration-thickness: 0.07em;
  text-underline-offset: 0.2em; }
sup.n { font: 700 0.62em/0 var(--sans); padding-left: 0.1em; }
sup.n a { text-decoration: none; }
.glosses { list-style: none; margin: 0 0 0.75em; padding: 0; font: 0.78rem/1.35 var(--sans); }
.glosses li { break-inside: avoid; margin: 0 0 0.6em; padding-left: 2em; position: relative; }
.glosses p { margin: 0; }
.glosses .head b, .glossary dt, .index dt { font-family: var(--serif); font-size: 1.08em; }
.num { position: absolute; left: 0; width: 1.6em; text-align: right; font-weight: 700; white-space: nowrap; }
.kind { font-style: italic; color: #444; }
.more { color: #333; }
.more i { font-style: normal; font-weight: 700; font-size: 0.92em; }
/* The glossary at the end and the booklet's index. */
.glossary dl, .index dl { margin: 0; columns: 2 17rem; column-gap: 2rem; font: 0.85rem/1.35 var(--sans); }
.glossary dl > div, .index dl > div { break-inside: avoid; margin: 0 0 0.45em; }
.glossary dt, .index dt { font-weight: 700; display: inline; }
.glossary dd, .index dd { display: inline; margin: 0; }
.cover h1 { font-size: 2.2em; margin-top: 2em; }
.cover ol { font-size: 1.15em; padding-left: 1.5em; }
.cover li { margin: 0 0 0.5em; }
.cover + .text, .text + .text, .index { border-top: 1px solid var(--rule); margin-top: 2rem; padding-top: 1rem; }
@media (max-width: 44rem) {
  body { padding: 0.75rem 1rem 2rem; font-size: 1rem; }
  .row { display: block; }
  .glosses { border-left: 3px solid #bbb; padding-left: 0.6rem; margin-bottom: 1.2em; }
}
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; line-height: 1.45; }
  .row { column-gap: 6mm; }
  .row > p { orphans: 2; widows: 2; }
  .glosses { font-size: 7.8pt; }
  .glossary dl, .index dl { font-size: 8.5pt; }
  .text, .index { break-before: page; }
  .cover + .text, .text + .text, .index { border-top: none; margin-top: 0; padding-top: 0; }
  h1 { font-size: 18pt; }
}
@page {
  margin: 17mm 15mm 17mm;
  /* Margin boxes do not see the custom properties of :root. */
  @bottom-center { content: counter(page); font: 8.5pt "Helvetica Neue", Arial, "DejaVu Sans", sans-serif; color: #444; }
}
""".strip()


def _escape(text: str) -> str:
    return html.escape(_FORBIDDEN.sub("\ufffd", text))


def _css_string(text: str) -> str:
    """A CSS string literal; anything but letters, digits and plain
    punctuation is written as an escape, so nothing closes the style sheet."""
    safe = " ,.;:!?'’-–—()«»"
    return '"' + "".join(c if c.isalnum() or c in safe else f"\\{ord(c):x} " for c in text) + '"'


def _running_header(page: str, header: str) -> str:
    """The header of the pages named ``page`` (all pages when empty)."""
    return (
        f"@page {page}{' ' if page else ''}{{ @top-center {{ content: {_css_string(header)}; "
        'font: italic 8.5pt Charter, Georgia, "DejaVu Serif", serif; color: #444; } }'
    )


def _gloss(entry: Entry, number: int, pid: str, by_headword: dict[str, int]) -> str:
    """One gloss in the margin column; its "see also" links to glosses of the same text."""
    parts = [
        f'<li id="{pid}-g{number}"><p class="head"><span class="num">{number}</span> '
        f'<b lang="fr">{_escape(entry.headword)}</b> <span class="kind">{_escape(about(entry))}</span></p>'
    ]
    parts += [f"<p>{_escape(p)}</p>" for p in entry.gloss.split("\n\n")]
    for name, value in details(entry):
        if name == "See also":
            links = [
                f'<a href="#{pid}-g{by_headword[h]}" lang="fr">{_escape(h)}</a>'
                if h in by_headword
                else f'<span lang="fr">{_escape(h)}</span>'
                for h in entry.see
            ]
            value_html = ", ".join(links)
        else:
            value_html = _escape(value)
        parts.append(f'<p class="more"><i>{name}:</i> {value_html}</p>')
    return "".join(parts) + "</li>"


# Rough sizes of the printed columns, to tell when a paragraph's glosses
# would run far below it: characters a line and line heights (points) of
# the text and of the glosses. Only where a paragraph is cut depends on
# them, never what is printed.
_TEXT_LINE, _TEXT_HEIGHT = 58, 15.2
_GLOSS_LINE, _GLOSS_HEIGHT, _GLOSS_GAP = 50, 10.5, 4.7
# Where a sentence may end (after . ! ? or …, and any closing quote or
# bracket) and, after the spaces, where the next one starts; it is one if
# that starts with a capital, a digit, an opening quote or bracket, or a dash.
_SENTENCE_END = re.compile(r"[.!?…][»”\"')\]]*(?=[ \t\r\n\u00a0\u202f]+(?P<next>\S))")
_SENTENCE_START = "«“\"([–—-"


def _gloss_height(entry: Entry) -> float:
    fields = [entry.headword + about(entry), entry.gloss] + [name + value for name, value in details(entry)]
    return sum(-(-len(f) // _GLOSS_LINE) for f in fields) * _GLOSS_HEIGHT + _GLOSS_GAP


def _within_any(matches: list[Match]) -> Callable[[int], bool]:
    """A test of whether a position falls strictly inside some match: the
    matches sorted by start with the running furthest end, searched by
    bisection (discontinuous matches may nest, so one end is not enough)."""
    ordered = sorted(matches, key=lambda m: m.start)
    starts = [m.start for m in ordered]
    furthest = list(itertools.accumulate((m.end for m in ordered), max))

    def inside(pos: int) -> bool:
        i = bisect.bisect_left(starts, pos) - 1
        return i >= 0 and furthest[i] > pos

    return inside


def _cut(text: str, para: Paragraph, first_end: dict[Entry, int], inside_expression: Callable[[int], bool]) -> list[Paragraph]:
    """The paragraph cut at sentence ends into rows, each with the glosses
    first met in it. Where the glosses so far would run below the text so
    far, the next sentence that brings glosses of its own starts a new row
    (so text without glosses is not pushed down for nothing). A cut never
    falls inside an expression."""
    def glosses(start: int, end: int) -> tuple[Entry, ...]:
        return tuple(e for e in para.glosses if start <= first_end[e] <= end)

    rows: list[Paragraph] = []
    start, pending = para.start, None  # pending: (end, next start) of a sentence where a row may end
    for sentence_end in _SENTENCE_END.finditer(text, para.start, para.end):
        end, following = sentence_end.end(), sentence_end.start("next")
        if not (text[following].isupper() or text[following].isdigit() or text[following] in _SENTENCE_START):
            continue
        if inside_expression(end):
            continue
        if pending and glosses(pending[1], end):
            rows.append(Paragraph(start, pending[0], glosses(start, pending[0])))
            start, pending = pending[1], None
        if sum(map(_gloss_height, glosses(start, end))) > -(-(end - start) // _TEXT_LINE) * _TEXT_HEIGHT:
            pending = (end, following)
    if pending and glosses(pending[1], para.end):
        rows.append(Paragraph(start, pending[0], glosses(start, pending[0])))
        start = pending[1]
    rows.append(Paragraph(start, para.end, glosses(start, para.end)))
    return rows


def _article(doc: Glossed, pid: str, booklet: bool) -> str:
    """One text: a row for its title, then for each paragraph (or piece of
    one) with its glosses; alone, it ends with its glossary."""
    text, matches = doc.text, doc.matches
    numbers = numbering(matches)
    by_headword = {entry.headword: n for entry, n in numbers.items()}
    marks = Marks("<mark>", "</mark>", lambda n: f'<sup class="n"><a href="#{pid}-g{n}">{n}</a></sup>', _escape)

    def row(main: str, glosses: tuple[Entry, ...]) -> str:
        items = "".join(_gloss(entry, numbers[entry], pid, by_headword) for entry in glosses)
        return f'<div class="row">{main}<ol class="glosses" lang="en">{items}</ol></div>' if items else f'<div class="row">{main}</div>'

    mark = Marker(text, matches, numbers, marks)
    inside_expression = _within_any(matches)
    first_end: dict[Entry, int] = {}  # where each entry's first match ends
    for match in matches:
        first_end.setdefault(match.entry, match.end)
    paras = layout(text, matches)
    title = title_of(text)
    about_line = f'<p class="about">{_escape(doc.label)} · glossed: {_escape(summary(matches))}</p>'
    # The title line becomes the heading, marked like the rest; when it
    # starts a longer paragraph, the heading shows it plain and the
    # paragraph follows whole.
    if paras and text[paras[0].start : paras[0].end].strip() == title:
        first, *paras = paras
        heading = mark(first.start, first.end).strip()
    else:
        first, heading = Paragraph(0, 0, ()), _escape(title)
    rows = [row(f'<header><h1 lang="fr">{heading}</h1>{about_line}</header>', first.glosses)]
    for para in paras:
        item = is_item(text[para.start : para.end])
        pieces = _cut(text, para, first_end, inside_expression)
        for i, piece in enumerate(pieces):
            content = mark(piece.start, piece.end).strip()
            # A bulleted line hangs its bullet; its later pieces keep the indent.
            classes = [c for c, on in (("item", item and i == 0), ("sub", item and i > 0), ("cut", i < len(pieces) - 1)) if on]
            attributes = f' class="{" ".join(classes)}"' if classes else ""
            rows.append(row(f'<p lang="fr"{attributes}>{content}</p>', piece.glosses))
    if not booklet and matches:
        rows.append(_glossary(glossary_of(matches), numbers, pid))
    return f'<article class="text" id="{pid}">\n' + "\n".join(rows) + "\n</article>"


def _glossary(entries: list[Entry], numbers: dict[Entry, int], pid: str) -> str:
    items = "".join(
        f'<div><dt lang="fr"><a href="#{pid}-g{numbers[e]}">{_escape(e.headword)}</a></dt> '
        f'<dd><span class="kind">{_escape(e.kind)}</span> — {_escape(e.gloss)}</dd></div>'
        for e in entries
    )
    return f'<section class="glossary" lang="en"><h2>Glossary</h2><dl>{items}</dl></section>'


def _cover(docs: list[Glossed]) -> str:
    items = "".join(
        f'<li><a href="#t{k}" lang="fr">{_escape(title_of(doc.text))}</a> '
        f'<span class="about">{_escape(summary(doc.matches))}</span></li>'
        for k, doc in enumerate(docs, 1)
    )
    return (
        f'<section class="cover"><h1>{_escape(BOOKLET_TITLE)}</h1>'
        f"<p>{len(docs)} French texts with their idioms, colloquialisms, jargon, anglicisms, false friends, "
        "references and puns explained in English. Each glossed expression is underlined and numbered; "
        "its gloss stands beside the paragraph where it first appears (under it on a narrow screen).</p>"
        f'<h2>Contents</h2><ol>{items}</ol>'
        f'<p><a href="#index">Index of expressions</a>, naming the texts each appears in.</p></section>'
    )


def _index(docs: list[Glossed]) -> str:
    rows = []
    for entry, places in combined_index(docs):
        texts = ", ".join(f'<a href="#t{k}-g{n}">text {k} ({n})</a>' for k, n in places)
        rows.append(
            f'<div><dt lang="fr">{_escape(entry.headword)}</dt> <dd><span class="kind">{_escape(entry.kind)}</span>'
            f" — {_escape(entry.gloss)} — {texts}</dd></div>"
        )
    return (
        '<section class="index" id="index" lang="en"><h2>Index of expressions</h2>'
        '<p class="about">Each expression of the booklet, its gloss, and the texts it appears in: '
        f'text (gloss number).</p><dl>{"".join(rows)}</dl></section>'
    )


def render(docs: list[Glossed], paper: str = "a4") -> str:
    """One text's handout, or with several texts a booklet; ``paper`` is
    one of PAPERS."""
    if paper not in PAPERS:
        raise ValueError(f"paper must be one of {PAPERS}, not {paper!r}")
    pages = [f"@page {{ size: {paper}; }}"]
    if len(docs) > 1:
        title = BOOKLET_TITLE
        # Each text gets a named page, so its title runs in its pages' header.
        for k, doc in enumerate(docs, 1):
            pages += [_running_header(f"t{k}", title_of(doc.text)), f"#t{k} {{ page: t{k}; }}"]
        pages += [_running_header("index", "Index of expressions"), ".index { page: index; }"]
        body = [_cover(docs)] + [_article(doc, f"t{k}", True) for k, doc in enumerate(docs, 1)] + [_index(docs)]
    else:
        title = title_of(docs[0].text)
        pages.append(_running_header("", title))
        body = [_article(docs[0], "t1", False)]
    return (
        '<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_escape(title)} — glossed</title>\n<style>\n{STYLE}\n" + "\n".join(pages) + "\n</style>\n</head>\n<body>\n"
        + "\n".join(body)
        + "\n</body>\n</html>\n"
    )
