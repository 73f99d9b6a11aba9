"""The shipped glossary itself: it loads, every entry is found in the seeds,
nothing is spotted in their English parts, and the README's coverage table
is the one `check` prints."""

import io
import unittest
from contextlib import redirect_stdout
from pathlib import Path

from glossary import entries, find, report, sources
from glossary.cli import main

ROOT = Path(__file__).resolve().parent.parent
# Where the English part of a seed starts: blog comments (000) and an
# English blurb (002) that no French gloss may touch.
ENGLISH_FROM = {"000": "  1. I love reading", "002": "Posted via web from"}


def seed_matches():
    glossary = entries.build(sources.builtin_gloss_files())
    index = find.compile(glossary)
    found = {}
    for path in sources.seed_paths():
        text = path.read_text(encoding="utf-8")
        found[path.name[:3]] = (text, find.find(index, text))
    return glossary, found


class ShippedGlossary(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.glossary, cls.found = seed_matches()

    def test_there_are_five_seeds(self):
        self.assertEqual(sorted(self.found), ["000", "001", "002", "003", "004"])

    def test_every_entry_is_found_in_a_seed(self):
        unused = report.unused(self.glossary, {k: m for k, (_, m) in self.found.items()})
        self.assertEqual([e.headword for e in unused], [])

    def test_nothing_is_spotted_in_the_english_parts(self):
        for seed, marker in ENGLISH_FROM.items():
            text, matches = self.found[seed]
            start = text.index(marker)
            with self.subTest(seed):
                self.assertEqual([text[m.start : m.end] for m in matches if m.start >= start], [])

    def test_every_kind_is_used(self):
        self.assertTrue(all(report.kind_counts(self.glossary.entries)))

    def test_readme_table_is_current(self):
        out = io.StringIO()
        with redirect_stdout(out):
            self.assertEqual(main(["check"]), 0)
        table = out.getvalue().split("\n\n")[2]
        self.assertIn(table, (ROOT / "README.md").read_text(encoding="utf-8"))


if __name__ == "__main__":
    unittest.main()
