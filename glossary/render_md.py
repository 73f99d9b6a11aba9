"""The Markdown handout, to paste into a wiki or a course page: each glossed
expression in bold with a footnote reference, and its gloss as a footnote
(``[^n]``) written after the paragraph where it is first met.

    **barcamp\\_second\\_life**[^2] Je suis en train de lire « **l’Avenir du
    travail**[^3]« , un **bouquin**[^4] …

    [^2]: **barcamp** (jargon): an informal, participant-run technology …

Headings are the plain titles, so that the links of a booklet's contents
(GitHub-style heading anchors) find them; a title line that holds glossed
expressions is repeated, marked, as the first paragraph. Text from the
source and the gloss files is escaped: a ``*`` or ``<script>`` in it shows
as written.
"""

from __future__ import annotations

import re

from .entries import Entry
from .render_text import (
    BOOKLET_TITLE, Glossed, Marker, Marks, about, combined_index, details, layout, numbering, one_line, summary,
    title_of,
)

# Characters Markdown may read as markup anywhere in a line, and an "&"
# that would start an entity.
_INLINE = re.compile(r"([\\`*_\[\]<>|~])|&(?=#?\w+;)")
# What makes a line a heading, quote, list item or rule when it starts it.
_LINE_START = re.compile(r"^([#>+=-]|\d+(?=[.)]))")


def _escape(text: str) -> str:
    return _INLINE.sub(lambda m: "\\" + m.group(), text)


def _paragraph(text: str) -> str:
    """A paragraph on one line, not read as a heading, list or quote."""
    line = one_line(text)
    return _LINE_START.sub(lambda m: m.group() + "\\" if m.group().isdigit() else "\\" + m.group(), line)


def slug(heading: str) -> str:
    """The anchor GitHub (and GitLab) give a heading: lower case, punctuation
    dropped, spaces as hyphens."""
    return "".join(c for c in heading.lower() if c.isalnum() or c in " -_").replace(" ", "-")


def _footnote(label: str, entry: Entry) -> str:
    parts = [f"**{_escape(entry.headword)}** ({_escape(about(entry))}): {_escape(one_line(entry.gloss))}"]
    parts += [f"*{name}:* {_escape(one_line(value))}" for name, value in details(entry)]
    return f"[^{label}]: " + " — ".join(parts)


def _text(doc: Glossed, heading: str, prefix: str) -> list[str]:
    """One text's blocks: heading, source line, paragraphs and footnotes.
    ``prefix`` keeps footnote labels apart in a booklet ("2-5")."""
    text, matches = doc.text, doc.matches
    numbers = numbering(matches)
    marks = Marks("**", "**", lambda n: f"[^{prefix}{n}]", _escape)
    title = title_of(text)
    blocks = [heading, f"*{_escape(doc.label)} · glossed: {summary(matches)}*"]
    mark = Marker(text, matches, numbers, marks)
    for k, para in enumerate(layout(text, matches)):
        if k == 0 and not para.glosses and text[para.start : para.end].strip() == title:
            continue  # the title line again, with nothing marked in it
        blocks.append(_paragraph(mark(para.start, para.end)))
        if para.glosses:
            blocks += [_footnote(f"{prefix}{numbers[e]}", e) for e in para.glosses]
    return blocks


def _texts(n: int) -> str:
    return "text" if n == 1 else "texts"


def render(docs: list[Glossed]) -> str:
    """One text's handout, or with several texts a booklet: contents with
    links, the texts, and an index naming the texts each expression is in."""
    if len(docs) == 1:
        return "\n\n".join(_text(docs[0], f"# {_escape(title_of(docs[0].text))}", "")) + "\n"
    headings = [f"{k}. {title_of(doc.text)}" for k, doc in enumerate(docs, 1)]
    blocks = [f"# {BOOKLET_TITLE}", f"{len(docs)} French texts, each with its expressions glossed in footnotes."]
    blocks.append(
        "\n".join(
            f"{k}. [{_escape(title_of(doc.text))}](#{slug(heading)}) — {summary(doc.matches)}"
            for k, (doc, heading) in enumerate(zip(docs, headings), 1)
        )
        + f"\n\n[Index of expressions](#{slug('Index of expressions')})"
    )
    for k, (doc, heading) in enumerate(zip(docs, headings), 1):
        blocks += ["---", *_text(doc, f"## {_escape(heading)}", f"{k}-")]
    blocks += ["---", "## Index of expressions"]
    index = []
    for entry, places in combined_index(docs):
        texts = ", ".join(f"[{k}](#{slug(headings[k - 1])})" for k, _ in places)
        gloss = _escape(one_line(entry.gloss))
        index.append(f"- **{_escape(entry.headword)}** ({entry.kind}): {gloss} — {_texts(len(places))} {texts}")
    blocks.append("\n".join(index))
    return "\n\n".join(blocks) + "\n"
