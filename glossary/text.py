"""Cut text into the tokens the spotter compares.

A token is a word (a run of letters and digits, with the combining marks of
decomposed accents) or a single other character. Each token records how it is
joined to the one before: glued, by spaces (at most one line break), by a
hyphen between two words, or by a paragraph break. Offsets index the original
text; only the comparison key is casefolded and normalised, so "Français",
"İ" or an NFD "é" never shift a span.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# How a token is joined to the previous one.
GLUED = 0  # nothing between them: "l'" + "avenir", "@" + "micalement"
SPACE = 1  # spaces, tabs, no-break spaces, at most one line break
HYPHEN = 2  # one hyphen or dash between two words: "linden-dollar"
BREAK = 3  # a blank line (paragraph end), or the start of the text

# Python's re has no \p{M}; these blocks hold the combining marks that NFD
# French (and most Latin-script text) uses.
_MARKS = "\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
# U+2018 is a left quotation mark, but web text uses it for an apostrophe too.
APOSTROPHES = "'\u2019\u02bc\u2018"
HYPHENS = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63\uff0d"

# U+02BC MODIFIER LETTER APOSTROPHE is a letter to Unicode, an apostrophe to us.
_WORD = rf"(?:[^\W_\u02bc]|[{_MARKS}])+"
_TOKEN = re.compile(
    rf"""
    (?P<word>{_WORD}(?:[{APOSTROPHES}](?={_WORD}))?)   # an elided word keeps its apostrophe: l' qu' aujourd'
  | (?P<space>\s+)
  | (?P<hyphen>(?:(?<=[^\W_])|(?<=[{_MARKS}]))[{HYPHENS}](?=[^\W_]))  # joins two words
  | (?P<symbol>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_LINE_BREAK = re.compile("\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]")
_PLAIN = str.maketrans({**{c: "'" for c in APOSTROPHES}, **{c: "-" for c in HYPHENS}})


@dataclass(frozen=True, slots=True)
class Token:
    key: str  # what is compared: casefolded, NFC, plain apostrophe and hyphen
    start: int
    end: int
    joint: int  # GLUED, SPACE, HYPHEN or BREAK: how it joins the token before
    is_word: bool


def fold(text: str) -> str:
    """The comparison form of a word: case and Unicode composition ignored."""
    return unicodedata.normalize("NFC", text.casefold()).translate(_PLAIN)


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    joint = BREAK
    for match in _TOKEN.finditer(text):
        kind = match.lastgroup
        if kind == "space":
            if joint != BREAK:
                breaks = len(_LINE_BREAK.findall(match.group()))
                joint = BREAK if breaks > 1 or "\f" in match.group() else SPACE
            continue
        if kind == "hyphen":
            joint = HYPHEN
            continue
        tokens.append(Token(fold(match.group()), match.start(), match.end(), joint, kind == "word"))
        joint = GLUED
    return tokens


def match_key(phrase: str) -> tuple[str, ...]:
    """What makes two headwords the same expression: their token keys, each
    marked with whether it is glued to the one before (a hyphen and a space
    count as the same, so "relation-client" = "relation client")."""
    return tuple(("" if t.joint == GLUED and i else " ") + t.key for i, t in enumerate(tokenize(phrase)))


def can_start(tokens: list[Token], i: int) -> bool:
    """A match may not begin inside a word: not after a hyphen ("e-commerce"
    does not contain "commerce"), nor right after a glued word unless that
    word is elided ("l'avenir" contains "avenir")."""
    token = tokens[i]
    if token.joint == HYPHEN:
        return False
    if token.joint == GLUED and i and token.is_word and tokens[i - 1].is_word:
        return tokens[i - 1].key.endswith("'")
    return True


def can_end(tokens: list[Token], j: int) -> bool:
    """A match may not end inside a word: not before a hyphen or a glued word."""
    if j + 1 >= len(tokens):
        return True
    nxt = tokens[j + 1]
    if nxt.joint == HYPHEN:
        return False
    return not (nxt.joint == GLUED and nxt.is_word and tokens[j].is_word)
