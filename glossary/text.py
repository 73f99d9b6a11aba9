"""Cut text into the pieces the spotter compares.

A text is cut into *pieces* that cover it end to end: a run of white space, a
word (letters and digits, with the combining marks of decomposed accents; an
elided word keeps its apostrophe: "l'", "qu'", "aujourd'"), or any other
single character. Each piece has a *key*, the form that is compared:
casefolded, NFC, with every apostrophe made "'" and every hyphen or dash "-".
Offsets come from the lengths of the original pieces, so they always index
the text as given: "Straße", "İ" or an NFD "é" never shift a span.

Between two non-space pieces ("tokens") there is a *joint*: glued (nothing
between them), a space (spaces, no-break spaces, at most one line break), a
hyphen between two words ("linden-dollar"), or a paragraph break.
"""

from __future__ import annotations

import itertools
import re
import unicodedata

# How a token is joined to the token before it.
GLUED = 0  # nothing between them: "l'" + "avenir", "@" + "micalement"
SPACE = 1  # spaces, tabs, no-break spaces, at most one line break
HYPHEN = 2  # one hyphen or dash between two words: "linden-dollar"
BREAK = 3  # a blank line (paragraph end), or the edge of the text

# Python's re has no \p{M}; these blocks hold the combining marks that NFD
# French (and most Latin-script text) uses.
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
# U+2018 is a left quotation mark, but web text uses it for an apostrophe too.
APOSTROPHES = "'\u2019\u02bc\u2018"
HYPHENS = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"

# U+02BC MODIFIER LETTER APOSTROPHE is a letter to Unicode, an apostrophe to us.
_WORD = rf"(?:[^\W_\u02bc]|[{_MARKS}])+"
_PIECE = re.compile(rf"\s+|{_WORD}(?:[{APOSTROPHES}](?={_WORD}))?|.", re.DOTALL)
# The same cut for text already folded (apostrophes and hyphens made plain)
# and NFC, where combining marks are rare enough to ignore: \w is much faster
# than the classes above. An underscore joins words here ("Miss_TICS").
_FOLDED_PIECE = re.compile(r"\w+(?:'(?=\w))?|\s+|.", re.DOTALL)
_LINE_BREAK = re.compile("\r\n|[\n\r\v\x1c-\x1e\x85\u2028\u2029]")
_PLAIN = str.maketrans({**{c: "'" for c in APOSTROPHES}, **{c: "-" for c in HYPHENS}})
_HAS_MARK = re.compile(f"[{_MARKS}]")


def fold(text: str) -> str:
    """The comparison form of a word: case and Unicode composition ignored."""
    return unicodedata.normalize("NFC", text.casefold()).translate(_PLAIN)


def _plain(folded: str) -> str:
    """Apostrophes as "'" and hyphens as "-": str.replace per character
    present is many times faster than str.translate on a long text."""
    for char in APOSTROPHES[1:]:
        if char in folded:
            folded = folded.replace(char, "'")
    for char in HYPHENS[1:]:
        if char in folded:
            folded = folded.replace(char, "-")
    return folded


def pieces(text: str) -> tuple[list[str], list[int]]:
    """The keys of the pieces of ``text`` and their offsets (one more offset
    than keys: the last is the end of the text)."""
    folded = _plain(text.casefold())
    # Casefolding maps one character to one unless a length changes (ß → ss);
    # then, or when the text is not NFC, fold piece by piece (slower, rarer).
    if len(folded) == len(text) and unicodedata.is_normalized("NFC", folded) and not _HAS_MARK.search(folded):
        keys = _FOLDED_PIECE.findall(folded)
    else:
        raw = _PIECE.findall(text)
        offsets = [0, *itertools.accumulate(map(len, raw))]
        return [p if p[0].isspace() else fold(p) for p in raw], offsets
    return keys, [0, *itertools.accumulate(map(len, keys))]


def is_space(key: str) -> bool:
    return key[0].isspace()


def is_word(key: str) -> bool:
    first = key[0]
    return first.isalnum() or (first not in "'-" and unicodedata.category(first)[0] in "LNM")


def space_joint(key: str) -> int:
    """SPACE, or BREAK for white space holding a blank line or a form feed."""
    if len(key) == 1:
        return SPACE if key != "\f" else BREAK
    if "\f" in key or len(_LINE_BREAK.findall(key)) > 1:
        return BREAK
    return SPACE


def next_token(keys: list[str], a: int) -> tuple[int, int]:
    """The token after the one at piece ``a``, and how it is joined to it;
    (-1, BREAK) at the end of the text."""
    b = a + 1
    if b >= len(keys):
        return -1, BREAK
    if is_space(keys[b]):
        return (b + 1, space_joint(keys[b])) if b + 1 < len(keys) else (-1, BREAK)
    if keys[b] == "-" and b + 1 < len(keys) and is_word(keys[a]) and is_word(keys[b + 1]):
        return b + 1, HYPHEN
    return b, GLUED


def prev_token(keys: list[str], a: int) -> tuple[int, int]:
    """The token before the one at piece ``a``, and how ``a`` is joined to
    it; (-1, BREAK) at the start of the text."""
    b = a - 1
    if b < 0:
        return -1, BREAK
    if is_space(keys[b]):
        return (b - 1, space_joint(keys[b])) if b >= 1 else (-1, BREAK)
    if keys[b] == "-" and b >= 1 and is_word(keys[a]) and is_word(keys[b - 1]):
        return b - 1, HYPHEN
    return b, GLUED


def tokens(text: str) -> list[tuple[str, int, str]]:
    """The tokens of a short phrase (a headword, say): each key with its joint
    to the one before (the first gets BREAK) and its text as written;
    hyphens between words become HYPHEN joints."""
    text = text.strip()
    keys, offsets = pieces(text)
    result = []
    a, joint = (0 if keys else -1), BREAK
    while a != -1:
        result.append((keys[a], joint, text[offsets[a] : offsets[a + 1]]))
        a, joint = next_token(keys, a)
    return result


def match_key(phrase: str) -> tuple[str, ...]:
    """What makes two headwords the same expression: their token keys, each
    marked with whether it is glued to the one before (a hyphen and a space
    count as the same, so "relation-client" = "relation client")."""
    return tuple(("" if joint == GLUED else " ") + key for key, joint, _ in tokens(phrase))
