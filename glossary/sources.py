"""Find and read the files the user names: seeds, texts, gloss files.

This and cli.py are the only modules that touch the file system; every
failure becomes a GlossaryError naming the file (and, for bad bytes, the line
and column).
"""

from __future__ import annotations

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
    """UTF-8 (a leading BOM is dropped); anything else is an error that
    points at the first bad byte."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        good = data[: error.start].decode("utf-8")
        line = good.count("\n") + 1
        col = len(good) - (good.rfind("\n") + 1) + 1
        raise GlossaryError(
            f"not valid UTF-8 (byte 0x{data[error.start]:02X}): save the file as UTF-8", label, line, col
        ) from None
    return text[1:] if text.startswith("\ufeff") else text


def read_file(path: Path, label: str | None = None) -> str:
    label = label or str(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise GlossaryError("no such file", label) from None
    except IsADirectoryError:
        raise GlossaryError("is a directory, not a text file", label) from None
    except PermissionError:
        raise GlossaryError("permission denied", label) from None
    except OSError as error:
        raise GlossaryError(f"cannot read: {error.strerror or error}", label) from None
    return decode(data, label)


def _document(path: Path, label: str) -> Document:
    text = read_file(path, label)
    if not text.strip():
        raise GlossaryError("the file is empty: there is nothing to gloss", label)
    return Document(label, text)


def open_documents(name: str) -> list[Document]:
    """What ``show NAME`` reads: ``-`` (stdin), ``all`` (every seed), a seed
    number (``000``, ``0``), a seed's file name, or a path to a text file."""
    if name == "-":
        text = decode(sys.stdin.buffer.read(), "<stdin>")
        if not text.strip():
            raise GlossaryError("the text is empty: there is nothing to gloss", "<stdin>")
        return [Document("<stdin>", text)]
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
