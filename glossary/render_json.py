"""The JSON handout: every match with its offsets and its entry's fields.

Offsets are Python string indices into the text as read (after UTF-8
decoding, without a BOM), so ``text[start:end]`` is the matched passage and
each ``[s, e]`` in ``spans`` one contiguous part of it.
"""

from __future__ import annotations

from .find import Match
from .render_text import title_of


def document(label: str, text: str, matches: list[Match]) -> dict:
    return {
        "source": label,
        "title": title_of(text),
        "matches": [
            {
                "start": m.start,
                "end": m.end,
                "spans": [list(span) for span in m.spans],
                "text": text[m.start : m.end],
                "headword": m.entry.headword,
                "kind": m.entry.kind,
                "gloss": m.entry.gloss,
                "register": m.entry.register,
                "literal": m.entry.literal,
                "english": m.entry.english,
                "note": m.entry.note,
                "see": list(m.entry.see),
            }
            for m in matches
        ],
    }


def render(documents: list[dict]) -> str:
    """One document as an object; several (``show all``) as a list of them."""
    import json  # only for this output format

    data = documents[0] if len(documents) == 1 else documents
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
