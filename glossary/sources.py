"""Find and read the files the user names: seeds, texts, gloss files.

This and cli.py are the only modules that touch the file system; every
failure becomes a GlossaryError naming the file (and, for bad bytes, the line
and column).
"""

from __future__ import annotations

import codecs
import re
import sys
import os
from pathlib import Path
from typing import NamedTuple

from .errors import GlossaryError

_SEED_NAME = re.compile(r"(\d{3})_[0-9a-z]+\.txt")


class Document(NamedTuple):
    label: str  # how the handout names its source
    text: str
    note: str | None = None  # the encoding assumed, when the file was not UTF-8


# Above this size a text is spotted and printed paragraph by paragraph
# (see Stream), so memory stays bounded whatever its length.
LARGE = 32 * 1024 * 1024
BLOCK = 1 << 20  # bytes read at a time from a large text
_BLANK = re.compile(r"\n[^\S\n]*\n")
_SENTENCE_END = re.compile(r"[.!?…]\s")


def seeds_dir() -> Path:
    """The seed texts: beside the package in a checkout, inside it once installed."""
    packaged = Path(__file__).resolve().parent / "seeds"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent / "seeds"


def seed_paths() -> list[Path]:
    folder = seeds_dir()
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if _SEED_NAME.fullmatch(p.name))


def decode(data: bytes, label: str) -> str:
    """Strict UTF-8, for gloss files (a leading BOM is dropped); anything
    else is an error that points at the first bad byte."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise _utf8_error(data, error, label) from None
    return text[1:] if text.startswith("\ufeff") else text


def _utf8_error(data: bytes, error: UnicodeDecodeError, label: str) -> GlossaryError:
    good = data[: error.start].decode("utf-8", "replace")
    line = good.count("\n") + 1
    col = len(good) - (good.rfind("\n") + 1) + 1
    return GlossaryError(f"not valid UTF-8 (byte 0x{data[error.start]:02X}): save the file as UTF-8", label, line, col)


# What a reader points the tool at by mistake, by the bytes it starts with.
_NOT_TEXT = (
    (b"%PDF-", "a PDF file, not text: save it as plain text first"),
    (b"\x89PNG", "a PNG image, not text"),
    (b"GIF8", "a GIF image, not text"),
    (b"\xff\xd8\xff", "a JPEG image, not text"),
    (b"PK\x03\x04", "a ZIP archive (a .docx or .odt file?), not text: save it as plain text first"),
    (b"\x1f\x8b", "a gzip archive, not text"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8", None),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16"),
)
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")


def decode_text(data: bytes, label: str) -> tuple[str, str | None]:
    """The text of a file a reader gives, and a note naming the encoding
    assumed when it was not UTF-8: UTF-8 (with or without BOM), UTF-16 and
    UTF-32 with a BOM, else Windows-1252, else Latin-1. Binary files (NUL
    bytes, a PDF, an image, an archive) are refused."""
    for bom, codec, name in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(codec), (f"read as {name} (byte-order mark)" if name else None)
            except UnicodeDecodeError as error:
                if codec == "utf-8":
                    raise _utf8_error(data, error, label) from None
                raise GlossaryError(f"not valid {name} despite its byte-order mark", label) from None
    for magic, what in _NOT_TEXT:
        if data.startswith(magic):
            raise GlossaryError(f"this is {what}", label)
    if b"\x00" in data:
        raise GlossaryError("a binary file (it holds NUL bytes), not text", label)
    try:
        text, note = data.decode("utf-8"), None
    except UnicodeDecodeError:
        try:
            text, note = data.decode("cp1252"), "not UTF-8: read as Windows-1252"
        except UnicodeDecodeError:
            text, note = data.decode("latin-1"), "not UTF-8: read as Latin-1 (ISO 8859-1)"
    # Text has tabs and line breaks, not a run of other control characters.
    if len(_CONTROL.findall(text[:65536])) > 8:
        raise GlossaryError("a binary file (it holds control characters), not text", label)
    return text, note


class _Reading:
    """Turns the errors of opening and reading a file into GlossaryErrors."""

    def __init__(self, label: str) -> None:
        self.label = label

    def __enter__(self) -> None:
        return None

    def __exit__(self, kind, error, _traceback) -> None:
        if isinstance(error, FileNotFoundError):
            raise GlossaryError("no such file", self.label) from None
        if isinstance(error, IsADirectoryError):
            raise GlossaryError("is a directory, not a text file", self.label) from None
        if isinstance(error, PermissionError):
            raise GlossaryError("permission denied", self.label) from None
        if isinstance(error, OSError):
            raise GlossaryError(f"cannot read: {error.strerror or error}", self.label) from None


def read_file(path: Path, label: str | None = None) -> str:
    """A gloss file's text: strict UTF-8."""
    label = label or str(path)
    with _Reading(label):
        data = path.read_bytes()
    return decode(data, label)


def _document(path: Path, label: str) -> Document:
    with _Reading(label):
        data = path.read_bytes()
    return Document(label, *decode_text(data, label))


class Stream(NamedTuple):
    """A text too large to hold whole: read again for each pass."""

    label: str
    path: str  # the file, or a temporary copy of standard input
    size: int


def open_input(name: str) -> list[Document] | Stream:
    """What ``show NAME`` reads: the documents, or a Stream for one text of
    more than LARGE bytes (a file, or standard input copied to a temporary
    file as it is read)."""
    if name == "-":
        head = sys.stdin.buffer.read(LARGE + 1)
        if len(head) <= LARGE:
            return [Document("<stdin>", *decode_text(head, "<stdin>"))]
        import tempfile

        spool = tempfile.NamedTemporaryFile(prefix="glossary-stdin-", delete=False)  # noqa: SIM115
        with spool:
            spool.write(head)
            while block := sys.stdin.buffer.read(BLOCK):
                spool.write(block)
        return Stream("<stdin>", spool.name, os.path.getsize(spool.name))
    if not name.isdigit() and name != "all" and os.path.isfile(name) and os.path.getsize(name) > LARGE:
        return Stream(name, name, os.path.getsize(name))
    return open_documents(name)


def stream_chunks(stream: Stream):
    """(offset, text) pieces of a large text, in order, each ending at a
    blank line where there is one (else after a sentence, else at a space),
    so that no expression is cut; and the note on its encoding first, as
    (-1, note) when it is not UTF-8. The encoding is judged on the first
    block, as decode_text judges a whole file."""
    import codecs as codecs_

    with _Reading(stream.label), open(stream.path, "rb") as file:
        first = file.read(BLOCK)
        codec, note = _sniff(first, stream.label)
        if note:
            yield -1, note
        decoder = codecs_.getincrementaldecoder(codec)()
        offset, pending, block = 0, "", first
        skip_bom = True
        while True:
            try:
                pending += decoder.decode(block, final=not block)
            except UnicodeDecodeError:
                raise GlossaryError(f"not valid {codec.upper()} after character {offset + len(pending):,}", stream.label) from None
            if skip_bom:
                pending, skip_bom = pending.removeprefix("\ufeff"), False
            while len(pending) > BLOCK or (not block and pending):
                cut = _cut_point(pending) if block else len(pending)
                yield offset, pending[:cut]
                offset, pending = offset + cut, pending[cut:]
            if not block:
                return
            block = file.read(BLOCK)


def _sniff(first: bytes, label: str) -> tuple[str, str | None]:
    """The codec of a large text, judged on its first block as decode_text
    judges a whole file: a BOM names it; else UTF-8 if the block (less a
    character the block's end may have cut) is UTF-8; else Windows-1252 or
    Latin-1. Binary files are refused, as there."""
    for bom, codec, name in _BOMS:
        if first.startswith(bom):
            return ("utf-16" if "16" in codec else "utf-32" if "32" in codec else "utf-8"), (
                f"read as {name} (byte-order mark)" if name else None
            )
    end = len(first)
    while end and first[end - 1] & 0xC0 == 0x80 and len(first) - end < 3:
        end -= 1
    if end and first[end - 1] >= 0xC0:
        end -= 1
    _, note = decode_text(first[:end], label)
    if note is None:
        return "utf-8", None
    return ("cp1252" if "1252" in note else "latin-1"), note


def _cut_point(text: str) -> int:
    """Where to end a piece of a large text: after the last blank line,
    else after the last sentence end, else at the last space (a line of
    megabytes with no space is cut anyway)."""
    for pattern in (_BLANK, _SENTENCE_END):
        last = None
        for last in pattern.finditer(text, len(text) // 2):
            pass
        if last:
            return last.end()
    space = text.rfind(" ", len(text) // 2)
    return space + 1 if space != -1 else len(text)


def open_documents(name: str) -> list[Document]:
    """What ``show NAME`` reads: ``-`` (stdin), ``all`` (every seed), a seed
    number (``000``, ``0``), a seed's file name, or a path to a text file."""
    if name == "-":
        return [Document("<stdin>", *decode_text(sys.stdin.buffer.read(), "<stdin>"))]
    seeds = seed_paths()
    if name == "all":
        if not seeds:
            raise GlossaryError(f"no seed texts found in {seeds_dir()}")
        return [_document(p, f"seeds/{p.name}") for p in seeds]
    if name.isdigit():
        for path in seeds:
            if int(path.name[:3]) == int(name):
                return [_document(path, f"seeds/{path.name}")]
        known = ", ".join(p.name[:3] for p in seeds) or "none found"
        raise GlossaryError(f"no seed {name} (seeds: {known}); give a file path to read any text")
    for path in seeds:
        if path.name == name:
            return [_document(path, f"seeds/{path.name}")]
    return [_document(Path(name), name)]


def builtin_gloss_paths() -> list[str]:
    folder = os.path.join(os.path.dirname(__file__), "data")
    return [os.path.join(folder, name) for name in sorted(os.listdir(folder)) if name.endswith(".yml")]


def builtin_gloss_files() -> list[tuple[str, str]]:
    """The gloss files shipped in glossary/data, as ``(label, text)`` pairs."""
    # The data files sit beside the code, as in a checkout or an installed
    # wheel; a zipped install is not supported.
    folder = os.path.join(os.path.dirname(__file__), "data")
    names = sorted(name for name in os.listdir(folder) if name.endswith(".yml"))
    files = []
    for name in names:
        with open(os.path.join(folder, name), "rb") as data:
            files.append((f"glossary/data/{name}", decode(data.read(), f"glossary/data/{name}")))
    return files


def user_gloss_files(paths: list[str]) -> list[tuple[str, str]]:
    files = []
    for name in paths:
        text = read_file(Path(name))
        files.append((name, text))
    return files
