"""``lookup``: French and English queries against the shipped glossary,
whatever their accents and case, and the command line."""

import unittest

from glossary import entries, find, lookup, occurrences, sources
from tests.support import run, text_file

# (query, the headword that must come first, the field that matched)
FIRST = [
    ("moquette", "fumer la moquette", "headword"),
    ("MOQUETTE", "fumer la moquette", "headword"),
    ("fumer la moquette", "fumer la moquette", "headword"),
    ("il a fumé la moquette", "fumer la moquette", "headword"),  # spotted in the query
    ("egard", "à l'égard de", "headword"),  # accents do not matter
    ("A L’EGARD DE", "à l'égard de", "headword"),  # nor case or apostrophes
    ("Latche", "Latché", "headword"),
    ("cyber-habitants", "cyber-habitant", "form"),
    ("des articles nautiques", "article nautique", "headword"),  # spotted: the plural
    ("out of stock", "rupture de stock", "gloss"),
    ("what has he been smoking", "fumer la moquette", "english"),
    ("to smoke the carpet", "fumer la moquette", "literal"),
    ("sheepfold", "Latché", "note"),
    ("moquet", "fumer la moquette", "headword"),  # inside a word, last
]


class Search(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.glossary = entries.build(sources.builtin_gloss_files())
        cls.index = find.compile(cls.glossary)

    def test_first(self):
        for query, headword, field in FIRST:
            with self.subTest(query):
                found = lookup.search(self.glossary, query, self.index)
                self.assertTrue(found, "nothing found")
                self.assertEqual((found[0].entry.headword, found[0].field), (headword, field))

    def test_ranked(self):
        found = lookup.search(self.glossary, "moquette", self.index)
        self.assertEqual([f.entry.headword for f in found], ["fumer la moquette", "Latché"])
        self.assertEqual([f.rank for f in found], sorted(f.rank for f in found))

    def test_whole_words_only_before_parts_of_words(self):
        # "stock" is a word of "rupture de stock"; no headword holds "stoc" as a word.
        self.assertEqual(lookup.search(self.glossary, "stock", self.index)[0].rank, 2)
        self.assertEqual({f.rank for f in lookup.search(self.glossary, "stoc", self.index)}, {6})

    def test_nothing(self):
        self.assertEqual(lookup.search(self.glossary, "zzzz", self.index), [])
        self.assertEqual(lookup.search(self.glossary, " ’ ", self.index), [])

    def test_plain(self):
        self.assertEqual(lookup.plain("À l’Égard  de"), "a l egard de")
        self.assertEqual(lookup.plain("ŒUVRE"), "œuvre")

    def test_entry_in_full_with_its_occurrences(self):
        (entry,) = [e for e in self.glossary.entries if e.headword == "fumer la moquette"]
        where = occurrences.collect(self.index, sources.open_documents("000"))
        out = lookup.format_entry(entry, where[entry])
        self.assertTrue(out.startswith("fumer la moquette  (idiom, slang)\n    gloss:      to talk nonsense"))
        for label in ("literally:", "English:", "note:", "see:", "defined at: glossary/data/idioms.yml:", "found:      1 time"):
            self.assertIn(label, out)
        self.assertIn("seeds/000_61b8a11eb5f2ff7e.txt:3:", out)
        self.assertIn("[fumer la moquette]", out)
        self.assertTrue(all(len(line) <= 80 for line in out.splitlines()), out)


class CommandLine(unittest.TestCase):
    def test_french(self):
        code, out, err = run("lookup", "moquette")
        self.assertEqual((code, err), (0, ""))
        self.assertTrue(out.startswith("2 entries for 'moquette':\n\nfumer la moquette  (idiom, slang)\n"))
        self.assertIn("\n\nLatché  (reference)\n", out)

    def test_english_in_several_words(self):
        code, out, err = run("lookup", "out", "of", "stock")
        self.assertEqual((code, err), (0, ""))
        self.assertTrue(out.startswith("1 entry for 'out of stock':\n\nrupture de stock  (jargon)\n"))
        self.assertIn("seeds/002_3ae4bff051fb1c20.txt:", out)
        self.assertIn("[rupture de stock]", out)

    def test_no_match(self):
        self.assertEqual(run("lookup", "zzzz"), (1, "", "glossary: no entry matches 'zzzz'\n"))
        self.assertEqual(
            run("lookup", "moqette"), (1, "", "glossary: no entry matches 'moqette' (did you mean 'étiquette'?)\n")
        )

    def test_own_glossary(self):
        with text_file("mine.yml", "bouquin:\n  kind: colloquial\n  gloss: book\n") as gloss:
            code, out, _ = run("lookup", "book", "--glossary", str(gloss))
        self.assertEqual(code, 0)
        self.assertIn("bouquin  (colloquial)\n    gloss:      book\n", out)
        self.assertIn("found:      1 time", out)


if __name__ == "__main__":
    unittest.main()
