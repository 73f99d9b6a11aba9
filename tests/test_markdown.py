"""The Markdown handout: a golden file for seed 000, footnotes that match
their references, escaping, and the booklet's links to its headings.
"""

import re
import unittest
from pathlib import Path

from glossary import entries, find, render_md, render_text, sources
from tests import goldenfile

HERE = Path(__file__).parent
FIXTURES = HERE / "render"
REFERENCE = re.compile(r"\[\^([^\]\s]+)\](?!:)")
DEFINITION = re.compile(r"^\[\^([^\]\s]+)\]: ", re.M)


def seed_md(seed: str) -> str:
    index = find.compile(entries.build(sources.builtin_gloss_files()))
    docs = [render_text.Glossed(d.label, d.text, find.find(index, d.text)) for d in sources.open_documents(seed)]
    return render_md.render(docs)


class Golden(unittest.TestCase):
    def test_seed_000(self):
        goldenfile.check(self, seed_md("000"), "000.md")


class Footnotes(unittest.TestCase):
    def test_every_reference_has_one_definition_after_it(self):
        for seed in ("000", "001", "002", "003", "004", "all"):
            with self.subTest(seed):
                out = seed_md(seed)
                defined = DEFINITION.findall(out)
                self.assertEqual(len(defined), len(set(defined)), "a footnote defined twice")
                self.assertEqual(set(REFERENCE.findall(out)), set(defined))
                for label in defined:
                    self.assertLess(out.index(f"[^{label}]"), out.index(f"[^{label}]: "))

    def test_expressions_are_bold_with_their_footnote(self):
        out = seed_md("000")
        self.assertIn("il a dû trop **fumer la moquette**[^17] de **Latché**[^1] quand", out)
        self.assertIn(
            "[^17]: **fumer la moquette** (idiom, slang): to talk nonsense or have wild ideas, as if high on drugs"
            " — *Literally:* to smoke the carpet — *English equivalent:* what has he been smoking?",
            out,
        )

    def test_a_paragraph_is_one_line_and_blocks_are_apart(self):
        out = seed_md("001")
        self.assertNotIn("\n\n\n", out)
        for block in out.split("\n\n"):
            self.assertNotIn("\n", block.strip(), block[:60])


class Escaping(unittest.TestCase):
    def test_markup_in_the_text_and_the_glosses_shows_as_written(self):
        gloss_path = FIXTURES / "markup.yml"
        glossary = entries.build([(str(gloss_path), gloss_path.read_text(encoding="utf-8"))])
        text = (FIXTURES / "markup.txt").read_text(encoding="utf-8")
        out = render_md.render([render_text.Glossed("markup.txt", text, find.find(find.compile(glossary), text))])
        self.assertEqual(
            out.split("\n\n")[2:],
            [
                r'Une \<script\>alert("text")\</script\> **vente privée**[^1] & R&D, \*gras\* et \_souligné\_'
                r" \&amp; \[lien\](http://x.org).",
                r"[^1]: **vente privée** (jargon): a \<b\>private\</b\> sale & more, \*not\* \[public\](http://example.com)"
                r' — *Note:* Ends a \</style\> or a \</li\>, or so it hopes, \<script\>alert("gloss")\</script\>',
                r"\# Pas un titre : il a dû **fumer la moquette**[^2].",
                r'[^2]: **fumer la moquette** (idiom, slang): to talk nonsense & "worse" — *Literally:* to smoke the'
                r" \<carpet\> — *See also:* vente privée",
                r"1\. Pas une liste, - ni \> une citation, mais une **vente privée**[^1]." + "\n",
            ],
        )

    def test_line_starts_that_would_be_markup(self):
        for line, expected in (
            ("# titre", r"\# titre"),
            ("- tiret", r"\- tiret"),
            ("+ plus", r"\+ plus"),
            ("> citation", r"\> citation"),
            ("12) liste", r"12\) liste"),
            ("2010 est une année", "2010 est une année"),
            ("  = souligné", r"\= souligné"),
        ):
            with self.subTest(line):
                self.assertEqual(render_md._paragraph(render_md._escape(line)), expected)


class Booklet(unittest.TestCase):
    def test_contents_link_to_headings(self):
        out = seed_md("all")
        headings = re.findall(r"^#+ (.*)$", out, re.M)
        anchors = {render_md.slug(h) for h in headings}
        links = re.findall(r"\]\(#([^)]+)\)", out)
        self.assertEqual(len(re.findall(r"^## \d\. ", out, re.M)), 5)
        self.assertGreater(len(links), 5 + 248)
        for link in links:
            self.assertIn(link, anchors)

    def test_slug_as_github_makes_it(self):
        for heading, anchor in (
            ("2. Exploration n°5 - Salons Professionnels virtuels", "2-exploration-n5---salons-professionnels-virtuels"),
            ("4. Archives mensuelles : avril 2017", "4-archives-mensuelles--avril-2017"),
            ("Index of expressions", "index-of-expressions"),
        ):
            with self.subTest(heading):
                self.assertEqual(render_md.slug(heading), anchor)


if __name__ == "__main__":
    unittest.main()
