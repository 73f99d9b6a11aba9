"""Spotting: tables of real French sentences with the expected matches
marked in them (see tests/spotting/*.txt for the notation)."""

import re
import unittest
from pathlib import Path

from glossary import entries, find
from glossary.text import tokenize

TABLES = Path(__file__).parent / "spotting"
_ESCAPE = re.compile(r"\\(n|r|t|u[0-9a-fA-F]{4}|[\[\]{}\\])")


def _unescape(match: re.Match) -> str:
    code = match.group(1)
    if code[0] == "u":
        return chr(int(code[1:], 16))
    return {"n": "\n", "r": "\r", "t": "\t"}.get(code, code)


def parse_case(line: str) -> tuple[str, list[tuple[str, list[tuple[int, int]]]]]:
    """A marked sentence -> (plain sentence, [(headword, spans), ...])."""
    text = ""
    expected = []
    parts: list[tuple[int, int]] = []
    open_at = None
    i = 0
    while i < len(line):
        char = line[i]
        if char == "\\":
            escape = _ESCAPE.match(line, i)
            text += _unescape(escape)
            i = escape.end()
            continue
        if char == "[":
            open_at = len(text)
        elif char == "]":
            parts.append((open_at, len(text)))
        elif char == "{":
            end = line.index("}", i)
            expected.append((line[i + 1 : end], parts))
            parts = []
            i = end
        else:
            text += char
        i += 1
    return text, expected


def read_cases(pattern: str) -> list[tuple[str, str]]:
    cases = []
    for path in sorted(TABLES.glob(pattern)):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip() and not line.startswith("#"):
                cases.append((f"{path.name}:{number}", line))
    return cases


def load_glossary(name: str) -> entries.Glossary:
    path = TABLES / name
    return entries.build([(path.name, path.read_text(encoding="utf-8"))])


class SpottingTables(unittest.TestCase):
    def test_typography(self):
        index = find.compile(load_glossary("glossary.yml"))
        cases = read_cases("typography.txt")
        self.assertGreater(len(cases), 40, "the table glob found too few cases")
        for where, line in cases:
            with self.subTest(where, sentence=line):
                text, expected = parse_case(line)
                found = [(m.entry.headword, list(m.spans)) for m in find.find(index, text)]
                self.assertEqual(found, expected)


class MatchOffsets(unittest.TestCase):
    def test_offsets_index_the_original_text(self):
        # Casefolding "ß" or composing an NFD "é" changes lengths; spans must not move.
        index = find.compile(load_glossary("glossary.yml"))
        text = "Straße, cafe\u0301 : il a voulu fumer la moquette."
        [match] = find.find(index, text)
        self.assertEqual(text[match.start : match.end], "fumer la moquette")

    def test_decomposed_accents_match_composed_headwords(self):
        index = find.compile(load_glossary("glossary.yml"))
        text = "un me\u0300tre carre\u0301 de moquette"
        [match] = find.find(index, text)
        self.assertEqual(match.entry.headword, "mètre carré")
        self.assertEqual(text[match.start : match.end], "me\u0300tre carre\u0301")

    def test_tokens_keep_offsets(self):
        text = "L’Avenir du «travail»"
        self.assertEqual([text[t.start : t.end] for t in tokenize(text)], ["L’", "Avenir", "du", "«", "travail", "»"])
        self.assertEqual([t.key for t in tokenize(text)], ["l'", "avenir", "du", "«", "travail", "»"])


if __name__ == "__main__":
    unittest.main()
