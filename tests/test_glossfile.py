"""The gloss-file parser and the entry checks, driven by fixture files:
valid/*.yml beside the data they must parse to (*.json), invalid/*.yml
beside the exact error they must raise (*.err)."""

import json
import unittest
from pathlib import Path

from glossary import entries, glossfile
from glossary.errors import GlossaryError

FIXTURES = Path(__file__).parent / "glossfile"


def read(path: Path) -> str:
    text = path.read_bytes().decode("utf-8")
    return text[1:] if text.startswith("\ufeff") else text


def as_data(raw_entries):
    """The parsed file as a YAML reader would give it: dicts, lists, strings."""
    return {
        entry.headword: {
            field.name: list(field.value.data) if isinstance(field.value.data, tuple) else field.value.data
            for field in entry.fields
        }
        for entry in raw_entries
    }


class ValidFiles(unittest.TestCase):
    def test_each_valid_file_parses_to_its_data(self):
        paths = sorted((FIXTURES / "valid").glob("*.yml"))
        self.assertGreaterEqual(len(paths), 5, "the fixture glob found too few files")
        for path in paths:
            with self.subTest(path.name):
                expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
                self.assertEqual(as_data(glossfile.parse(read(path), path.name)), expected)

    def test_positions_point_at_the_source(self):
        src = read(FIXTURES / "valid" / "full-entry.yml")
        first = glossfile.parse(src, "full-entry.yml")[0]
        self.assertTrue(src.startswith("fumer la moquette:", first.pos))
        gloss = next(f for f in first.fields if f.name == "gloss")
        self.assertTrue(src.startswith("gloss:", gloss.name_pos))
        self.assertTrue(src.startswith("to be talking", gloss.value.pos))


class InvalidFiles(unittest.TestCase):
    def test_each_invalid_file_gives_its_error(self):
        paths = sorted((FIXTURES / "invalid").glob("*.yml"))
        self.assertGreaterEqual(len(paths), 40, "the fixture glob found too few files")
        for path in paths:
            with self.subTest(path.name):
                expected = path.with_suffix(".err").read_text(encoding="utf-8").rstrip("\n")
                with self.assertRaises(GlossaryError) as caught:
                    entries.build([(path.name, read(path))])
                self.assertEqual(str(caught.exception), expected)

    def test_error_shows_line_and_caret(self):
        with self.assertRaises(GlossaryError) as caught:
            entries.build([("x.yml", "bouquin:\n  kind: colloquial\n  glos: book\n")])
        self.assertEqual(caught.exception.excerpt, "      glos: book\n      ^")

    def test_duplicate_across_files_names_the_first_file(self):
        files = [
            ("a.yml", "bouquin:\n  kind: colloquial\n  gloss: book\n"),
            ("b.yml", "livre:\n  kind: colloquial\n  gloss: book\nBouquin:\n  kind: colloquial\n  gloss: book\n"),
        ]
        with self.assertRaises(GlossaryError) as caught:
            entries.build(files)
        self.assertEqual(str(caught.exception), "b.yml:4:1: duplicate headword 'Bouquin' (first defined at a.yml:1)")


class Entries(unittest.TestCase):
    def test_fields_become_an_entry(self):
        glossary = entries.build([("x.yml", read(FIXTURES / "valid" / "full-entry.yml"))])
        entry = glossary.get("fumer la moquette")
        self.assertEqual(entry.kind, "idiom")
        self.assertEqual(entry.register, "slang")
        self.assertEqual(entry.forms, ("moquette de Latché",))
        self.assertEqual(entry.see, ("Latché",))
        # A folded note is shown re-wrapped: its line break is a space, its end trimmed.
        self.assertEqual(
            entry.note,
            "Said of someone with far-fetched ideas. The author jokes that Attali smoked the carpet of Latché.",
        )
        self.assertEqual(entry.origin, "x.yml:2")


if __name__ == "__main__":
    unittest.main()
