"""Spotting: tables of real French sentences with the expected matches
marked in them (see tests/spotting/*.txt for the notation)."""

import re
import unittest
from pathlib import Path

from glossary import entries, find
from glossary.text import pieces

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


class FrenchForms(unittest.TestCase):
    """Conjugation, agreement, function words, gaps, forms syntax and
    overlaps (issue 3), and the sentences that must not match."""

    def test_tables(self):
        index = find.compile(load_glossary("glossary.yml"))
        cases = [case for name in ("verbs", "words", "gaps", "forms", "negatives") for case in read_cases(f"{name}.txt")]
        self.assertGreaterEqual(len(cases), 200, "the tables hold too few sentences")
        for where, line in cases:
            with self.subTest(where, sentence=line):
                text, expected = parse_case(line)
                found = [(m.entry.headword, [list(s) for s in m.spans]) for m in find.find(index, text)]
                self.assertEqual(found, [(h, [list(s) for s in spans]) for h, spans in expected])


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

    def test_pieces_keep_offsets(self):
        for text, expected_keys in (
            ("L’Avenir du «travail»", ["l'", "avenir", " ", "du", " ", "«", "travail", "»"]),
            ("Straße, cafe\u0301", ["strasse", ",", " ", "café"]),
        ):
            with self.subTest(text):
                keys, offsets = pieces(text)
                self.assertEqual(keys, expected_keys)
                self.assertEqual(offsets[-1], len(text))
        text = "Straße, cafe\u0301"
        _, offsets = pieces(text)
        self.assertEqual([text[a:b] for a, b in zip(offsets, offsets[1:])], ["Straße", ",", " ", "cafe\u0301"])


if __name__ == "__main__":
    unittest.main()
