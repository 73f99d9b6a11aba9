"""Parse a gloss file: a strict subset of YAML, specified in glossary/gloss-format.md.

A gloss file is a top-level mapping of French headwords to mappings of fields,
whose values are strings or lists of strings. Everything this parser accepts
means the same to a YAML 1.2 (and 1.1) reader; everything else is an error at
``file:line:col``. The parser knows nothing of which fields exist: that is
entries.py's job.

Like tomli's parser, it keeps positions as plain character offsets into the
source and turns them into line and column only when it raises.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .errors import GlossaryError


class Value(NamedTuple):
    """A parsed scalar (``str``) or list of scalars, and where it starts."""

    data: str | tuple[str, ...]
    pos: int


class Field(NamedTuple):
    name: str
    name_pos: int
    value: Value


class RawEntry(NamedTuple):
    headword: str
    pos: int
    fields: tuple[Field, ...]
    line: int  # 1-based line of the headword


class _Line(NamedTuple):
    start: int  # offset of the line's first character in the source
    text: str  # without its line break
    indent: int  # leading spaces
    is_blank: bool  # spaces only
    is_comment: bool  # a "#" after the leading spaces


def _line(start: int, text: str) -> _Line:
    content = text.lstrip(" ")
    return _Line(start, text, len(text) - len(content), not content, content.startswith("#"))


# Characters YAML does not allow in a stream, or that would break lines in
# YAML 1.1 but not 1.2 (NEL, LS, PS): rejected so both readers agree.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")

# A plain scalar may not start with a YAML indicator (we also refuse "-", "?"
# and ":" followed by text, which YAML allows, to keep the rules short).
_INDICATORS = "-?:,[]{}#&*!|>'\"%@`"

# Plain scalars that a YAML 1.1 or 1.2 reader would turn into something other
# than a string (PyYAML's resolvers and the 1.2 core schema).
_NOT_A_STRING = re.compile(
    r"""(?x)^(?:
      y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF
    | ~|null|Null|NULL|<<|=
    | [-+]?0b[0-1_]+ | [-+]?0o?[0-7_]+ | [-+]?(?:0|[1-9][0-9_]*) | [-+]?0x[0-9a-fA-F_]+
    | [-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?
    | [-+]?(?:[0-9][0-9_]*)?\.[0-9_]*(?:[eE][-+]?[0-9]+)?
    | [-+]?[0-9][0-9_]*[eE][-+]?[0-9]+
    | [-+]?\.(?:inf|Inf|INF) | \.(?:nan|NaN|NAN)
    | [0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}.*)?
    )$"""
)

_ESCAPES = {
    "0": "\0", "a": "\a", "b": "\b", "t": "\t", "n": "\n", "v": "\v", "f": "\f",
    "r": "\r", "e": "\x1b", '"': '"', "/": "/", "\\": "\\",
    "N": "\x85", "_": "\xa0", "L": "\u2028", "P": "\u2029",
}
_HEX_ESCAPES = {"x": 2, "u": 4, "U": 8}

_KEY_END = re.compile(r":(?: |$)")
_FLOW_ITEM = re.compile(r"[^,\]]*")
_BLOCK_HEADER = re.compile(r"([|>])([-+]?)(?: +(?:#.*)?)?$")


class _Source:
    """The source text and its path, for raising errors at an offset."""

    def __init__(self, src: str, path: str) -> None:
        self.src = src
        self.path = path

    def error(self, pos: int, message: str) -> GlossaryError:
        return GlossaryError.at(message, self.path, self.src, pos)


def parse(src: str, path: str = "<string>") -> list[RawEntry]:
    """Parse a gloss file into entries, in file order, keeping positions."""
    source = _Source(src, path)
    body_start = 1 if src.startswith("\ufeff") else 0  # a BOM may open a YAML stream
    bad = _FORBIDDEN.search(src, body_start)
    if "\t" in src:
        raise source.error(src.index("\t"), "tab character: indent and separate with spaces only")
    if bad:
        raise source.error(bad.start(), f"character U+{ord(bad.group()):04X} is not allowed in a gloss file")
    lines = _split_lines(src, body_start)
    entries: list[RawEntry] = []
    first_seen: dict[str, int] = {}
    i = _skip_blank_and_comments(lines, 0)
    while i < len(lines):
        line = lines[i]
        if line.indent:
            raise source.error(line.start, "a headword must start at the beginning of its line")
        if line.text.startswith(("---", "...")):
            raise source.error(line.start, "document markers ('---', '...') are not supported: one file is one mapping")
        key, key_pos, rest = _parse_key(source, line)
        if key in first_seen:
            first_line = GlossaryError.at("", path, src, first_seen[key]).line
            raise source.error(key_pos, f"duplicate headword {key!r} (first defined at line {first_line})")
        first_seen[key] = key_pos
        if _strip_comment(rest):
            raise source.error(
                line.start + len(line.text) - len(rest.lstrip(" ")),
                "a headword is followed by its fields on the next lines, indented",
            )
        headword_line = i + 1
        fields, i = _parse_fields(source, lines, i + 1, key, key_pos)
        entries.append(RawEntry(key, key_pos, fields, headword_line))
        i = _skip_blank_and_comments(lines, i)
    return entries


def _split_lines(src: str, start: int) -> list[_Line]:
    lines = []
    pos = start
    for brk in _LINE_BREAK.finditer(src, start):
        lines.append(_line(pos, src[pos : brk.start()]))
        pos = brk.end()
    if pos < len(src):
        lines.append(_line(pos, src[pos:]))
    return lines


def _skip_blank_and_comments(lines: list[_Line], i: int) -> int:
    while i < len(lines) and (lines[i].is_blank or lines[i].is_comment):
        i += 1
    return i


def _strip_comment(rest: str) -> str:
    """What follows a key or value on its line, less spaces and a comment."""
    rest = rest.strip(" ")
    return "" if rest.startswith("#") else rest


def _parse_key(source: _Source, line: _Line) -> tuple[str, int, str]:
    """Read ``key:`` at the start of a line's content; return the key, its
    offset, and the rest of the line after the colon."""
    col = line.indent
    text = line.text
    key_pos = line.start + col
    if text[col] in "'\"":
        key, end = _parse_quoted(source, text, col, line.start)
        if not text.startswith(":", end):
            raise source.error(line.start + end, "expected ':' right after the quoted key")
    else:
        match = _KEY_END.search(text, col)
        if match is None:
            raise source.error(key_pos, "expected 'key: value' (a key ends with a colon)")
        end = match.start()
        key = text[col:end]
        if key.endswith(" "):
            raise source.error(line.start + len(key.rstrip(" ")) + col, "space before the colon: write the colon right after the key")
        _check_plain(source, key, key_pos, what="key")
    return key, key_pos, text[end + 1 :]


def _parse_fields(
    source: _Source, lines: list[_Line], i: int, headword: str, key_pos: int
) -> tuple[tuple[Field, ...], int]:
    """Read the indented block of fields under a headword (line ``i`` on)."""
    fields: list[Field] = []
    seen: dict[str, int] = {}
    indent = None
    while True:
        i = _skip_blank_and_comments(lines, i)
        if i >= len(lines) or lines[i].indent == 0:
            break
        line = lines[i]
        if indent is None:
            indent = line.indent
        elif line.indent != indent:
            raise source.error(
                line.start + line.indent,
                f"bad indentation: fields of {headword!r} are indented by {indent} spaces"
                " (a value longer than one line needs '>' or '|')",
            )
        name, name_pos, rest = _parse_key(source, line)
        if name in seen:
            first_line = GlossaryError.at("", source.path, source.src, seen[name]).line
            raise source.error(name_pos, f"field {name!r} given twice (first at line {first_line})")
        seen[name] = name_pos
        value, i = _parse_value(source, lines, i, rest, indent, name)
        fields.append(Field(name, name_pos, value))
    if not fields:
        raise source.error(key_pos, f"headword {headword!r} has no fields: add indented 'kind:' and 'gloss:' lines")
    return tuple(fields), i


def _parse_value(
    source: _Source, lines: list[_Line], i: int, rest: str, indent: int, name: str
) -> tuple[Value, int]:
    """Read the value of field ``name`` whose key is on line ``i``; ``rest``
    is the text after its colon. Return the value and the next line index."""
    line = lines[i]
    offset = len(line.text) - len(rest)  # column of ``rest`` in the line
    stripped = rest.lstrip(" ")
    col = offset + len(rest) - len(stripped)
    pos = line.start + col
    if not _strip_comment(stripped):
        return _parse_block_list(source, lines, i + 1, indent, name, pos)
    first = stripped[0]
    if first in "|>":
        return _parse_block_scalar(source, lines, i, col, indent)
    if first == "[":
        items, end = _parse_flow_list(source, line.text, col, line.start)
        _check_line_end(source, line, end)
        value: Value = Value(tuple(items), pos)
    elif first in "'\"":
        text, end = _parse_quoted(source, line.text, col, line.start)
        _check_line_end(source, line, end)
        value = Value(text, pos)
    else:
        value = Value(_parse_plain(source, stripped, pos), pos)
    _check_no_continuation(source, lines, i, indent)
    return value, i + 1


def _check_line_end(source: _Source, line: _Line, end: int) -> None:
    """After a closed value, only spaces and a comment may follow."""
    tail = line.text[end:]
    if tail.strip(" ") and not (tail.startswith(" ") and tail.lstrip(" ").startswith("#")):
        raise source.error(line.start + end, "unexpected text after the value (a comment needs a space before '#')")


def _check_no_continuation(source: _Source, lines: list[_Line], i: int, indent: int) -> None:
    nxt = _skip_blank_and_comments(lines, i + 1)
    # A comment line may sit at any indentation; only text lines continue values.
    if nxt < len(lines) and lines[nxt].indent > indent:
        bad = lines[nxt]
        raise source.error(
            bad.start + bad.indent,
            "unexpected indented line: a value longer than one line needs '>' (folded) or '|' (literal)",
        )


def _check_plain(source: _Source, text: str, pos: int, what: str = "value", flow: bool = False) -> None:
    """Refuse plain scalars that YAML would read differently, or not at all."""
    if not text:
        raise source.error(pos, f"empty {what}")
    if text[0] in "&*!":
        raise source.error(pos, f"YAML anchors (&), aliases (*) and tags (!) are not supported: quote a {what} that starts with {text[0]!r}")
    if text[0] in _INDICATORS:
        raise source.error(pos, f"a {what} starting with {text[0]!r} must be quoted: write '{text}' in single quotes")
    if _NOT_A_STRING.match(text):
        raise source.error(pos, f"YAML would read {text!r} as a number, boolean, date or null: quote it")
    if " #" in text:
        raise source.error(pos + text.index(" #"), f"' #' starts a comment: quote the {what} if it contains one")
    if ": " in text or text.endswith(":"):
        at = text.find(": ") if ": " in text else len(text) - 1
        raise source.error(pos + at, f"a ':' followed by a space (or ending a {what}) must be inside quotes")
    if flow:
        # PyYAML (YAML 1.1) also stops a flow scalar at "?"
        bad = re.search(r"[\[\]{},:?]", text)
        if bad:
            raise source.error(pos + bad.start(), f"{bad.group()!r} inside a [list] item: quote the item")


def _parse_plain(source: _Source, text: str, pos: int) -> str:
    """A plain scalar on the rest of a line; ``#`` after a space starts a comment."""
    comment = re.search(r" #", text)
    if comment:
        text = text[: comment.start()]
    text = text.rstrip(" ")
    _check_plain(source, text, pos)
    return text


def _parse_quoted(source: _Source, text: str, col: int, line_start: int) -> tuple[str, int]:
    """A single- or double-quoted scalar starting at ``text[col]``; return the
    string and the column just after the closing quote. Quotes must close on
    the same line (YAML would fold a multi-line one; we keep it simple)."""
    quote = text[col]
    out: list[str] = []
    j = col + 1
    while j < len(text):
        char = text[j]
        if quote == "'" and char == "'":
            if text.startswith("''", j):
                out.append("'")
                j += 2
                continue
            return "".join(out), j + 1
        if quote == '"' and char == '"':
            return "".join(out), j + 1
        if quote == '"' and char == "\\":
            decoded, j = _parse_escape(source, text, j, line_start)
            out.append(decoded)
            continue
        out.append(char)
        j += 1
    style = "single" if quote == "'" else "double"
    raise source.error(line_start + col, f"unterminated {style}-quoted value: close the quote on the same line")


def _parse_escape(source: _Source, text: str, j: int, line_start: int) -> tuple[str, int]:
    code = text[j + 1 : j + 2]
    if code in _ESCAPES:
        return _ESCAPES[code], j + 2
    if code in _HEX_ESCAPES:
        digits = text[j + 2 : j + 2 + _HEX_ESCAPES[code]]
        if len(digits) == _HEX_ESCAPES[code] and all(c in "0123456789abcdefABCDEF" for c in digits):
            point = int(digits, 16)
            if 0xD800 <= point <= 0xDFFF or point > 0x10FFFF:
                raise source.error(line_start + j, f"escape '\\{code}{digits}' is not a character")
            return chr(point), j + 2 + len(digits)
    raise source.error(line_start + j, f"unknown escape '\\{code}' in a double-quoted value (write '\\\\' for a backslash)")


def _parse_flow_list(source: _Source, text: str, col: int, line_start: int) -> tuple[list[str], int]:
    """``[a, 'b', "c"]`` on one line; return the items and the column after ']'."""
    items: list[str] = []
    j = col + 1
    while True:
        while j < len(text) and text[j] == " ":
            j += 1
        if j >= len(text):
            raise source.error(line_start + col, "unclosed '[': a list must close on the same line (or use '- item' lines)")
        if text[j] == "]" and not items:
            return items, j + 1
        if text[j] in "'\"":
            item, j = _parse_quoted(source, text, j, line_start)
        else:
            match = _FLOW_ITEM.match(text, j)
            raw = match.group()
            if " #" in raw:
                raise source.error(line_start + j + raw.index(" #"), "a comment cannot stand inside a [list]")
            item = raw.rstrip(" ")
            _check_plain(source, item, line_start + j, what="list item", flow=True)
            j = match.end()
        items.append(item)
        while j < len(text) and text[j] == " ":
            j += 1
        if j < len(text) and text[j] == ",":
            j += 1
            continue
        if j < len(text) and text[j] == "]":
            return items, j + 1
        if j >= len(text):
            raise source.error(line_start + col, "unclosed '[': a list must close on the same line (or use '- item' lines)")
        raise source.error(line_start + j, "expected ',' or ']' in the list")


def _parse_block_list(
    source: _Source, lines: list[_Line], i: int, indent: int, name: str, pos: int
) -> tuple[Value, int]:
    """``- item`` lines under a field (indented, or level with the field name
    as YAML allows); an empty value with no items is an error."""
    items: list[str] = []
    item_indent = None
    j = _skip_blank_and_comments(lines, i)
    while j < len(lines):
        line = lines[j]
        content = line.text[line.indent :]
        if not (content == "-" or content.startswith("- ")) or line.indent < indent:
            break
        if item_indent is None:
            item_indent = line.indent
        elif line.indent != item_indent:
            raise source.error(line.start + line.indent, f"list items of {name!r} must line up at {item_indent} spaces")
        text = content[1:].lstrip(" ")
        item_pos = line.start + len(line.text) - len(text)
        if not _strip_comment(text):
            raise source.error(line.start + line.indent, "empty list item")
        if text[0] in "'\"":
            item, end = _parse_quoted(source, line.text, len(line.text) - len(text), line.start)
            _check_line_end(source, line, end)
        else:
            item = _parse_plain(source, text, item_pos)
        items.append(item)
        _check_no_continuation(source, lines, j, item_indent)
        j = _skip_blank_and_comments(lines, j + 1)
    if not items:
        if j < len(lines) and lines[j].indent > indent:
            raise source.error(
                lines[j].start + lines[j].indent,
                f"the value of {name!r} starts on the next line: put '>' after the colon for text over several lines",
            )
        raise source.error(pos, f"field {name!r} has no value")
    return Value(tuple(items), pos), j


def _parse_block_scalar(
    source: _Source, lines: list[_Line], i: int, col: int, indent: int
) -> tuple[Value, int]:
    """A ``|`` (literal) or ``>`` (folded) block scalar whose header is at
    ``lines[i].text[col]``, with YAML's clip/strip/keep chomping."""
    line = lines[i]
    header = line.text[col:]
    match = _BLOCK_HEADER.match(header)
    if not match:
        raise source.error(
            line.start + col + 1,
            "after '|' or '>' only '-' or '+' and a comment may follow (explicit indentation is not supported)",
        )
    style, chomp = match.group(1), match.group(2)
    pos = line.start + col
    j = i + 1
    body: list[_Line] = []
    while j < len(lines) and (lines[j].is_blank or lines[j].indent > indent):
        body.append(lines[j])
        j += 1
    content_indent = next((b.indent for b in body if not b.is_blank), None)
    if content_indent is None:
        raise source.error(pos, "empty block: write the text on the indented lines below '|' or '>'")
    parts: list[str] = []  # content lines, "" for an empty line
    for b in body:
        if b.is_blank:
            if len(b.text) > content_indent:
                raise source.error(b.start + content_indent, "whitespace-only line indented deeper than the text: remove its spaces")
            parts.append("")
            continue
        if b.indent < content_indent:
            raise source.error(b.start + b.indent, f"line is less indented than the first line of the block ({content_indent} spaces)")
        text = b.text[content_indent:]
        if style == ">" and text.startswith(" "):
            raise source.error(b.start + content_indent, "a line indented deeper inside '>' keeps its line break in YAML: use '|' instead")
        parts.append(text)
    # Trailing empty lines are not content: chomping decides what they become.
    trailing = 0
    while parts and parts[-1] == "":
        parts.pop()
        trailing += 1
    text = "\n".join(parts) if style == "|" else _fold(parts)
    # The last text line of a file with no final line break has no break to keep.
    last = body[len(parts) - 1]
    ends_with_break = last.start + len(last.text) < len(source.src)
    if chomp == "-" or not ends_with_break:
        end = ""
    elif chomp == "+":
        end = "\n" * (1 + trailing)
    else:
        end = "\n"
    return Value(text + end, pos), j


def _fold(parts: list[str]) -> str:
    """YAML folding: a single line break between text lines becomes a space;
    each empty line between them becomes a line break."""
    out = ""
    empties = 0
    seen_text = False
    for part in parts:
        if part == "":
            empties += 1
            continue
        if seen_text:
            out += "\n" * empties if empties else " "
        else:
            out += "\n" * empties  # leading empty lines are kept as line breaks
        out += part
        empties = 0
        seen_text = True
    return out
