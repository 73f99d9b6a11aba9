"""The HTML handout: a golden file for seed 000, a structural check of the
page (well nested, self-contained, languages marked, links that land), and
escaping of whatever a text or a gloss file holds.

The page is read back with html.parser into ``Page``, which tests/test_pdf.py
uses too, to know what each printed page must show.
"""

import re
import unittest
from html.parser import HTMLParser
from pathlib import Path

from glossary import entries, find, render_html, render_text, sources
from tests import goldenfile

HERE = Path(__file__).parent
FIXTURES = HERE / "render"
VOID = {"meta", "br", "hr", "img", "link", "input", "wbr"}


class Row:
    """One row of a handout: the text beside the glosses."""

    def __init__(self):
        self.text = ""  # all of it, the numbers of the marks included
        self.marks: list[str] = []  # the numbers after the marked expressions
        self.glosses: list[str] = []  # the text of each gloss
        self.langs: set[str] = set()  # the languages of the text (not of the glosses)


class Page(HTMLParser):
    """What a handout page holds: its rows, ids, links, the languages the
    glosses are in; it raises on a tag closed out of order."""

    def __init__(self, source: str):
        super().__init__(convert_charrefs=True)
        self.open: list[tuple[str, dict]] = []
        self.ids: list[str] = []
        self.links: list[str] = []
        self.tags: set[str] = set()
        self.rows: list[Row] = []
        self.glossary: list[str] = []  # headwords of the final glossary, in order
        self.gloss_langs: set[str] = set()
        self.style = ""
        self.feed(source)
        self.close()
        if self.open:
            raise AssertionError(f"unclosed: {[tag for tag, _ in self.open]}")

    def _inside(self, name: str) -> bool:
        return any(name in attrs.get("class", "").split() for _, attrs in self.open)

    def lang(self) -> str:
        return next((attrs["lang"] for _, attrs in reversed(self.open) if "lang" in attrs), "")

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.tags.add(tag)
        if "id" in attrs:
            self.ids.append(attrs["id"])
        if "href" in attrs:
            self.links.append(attrs["href"])
        if tag in VOID:
            return
        self.open.append((tag, attrs))
        classes = attrs.get("class", "").split()
        if "row" in classes:
            self.rows.append(Row())
        elif tag == "li" and self._inside("glosses"):
            self.rows[-1].glosses.append("")
        if tag == "dt" and self._inside("glossary"):
            self.glossary.append("")

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.open or self.open[-1][0] != tag:
            raise AssertionError(f"</{tag}> closes <{self.open[-1][0] if self.open else None}>")
        self.open.pop()

    def handle_data(self, data):
        if self.open and self.open[-1][0] == "style":
            self.style += data
        elif self._inside("glosses"):
            self.rows[-1].glosses[-1] += data
            self.gloss_langs.add(self.lang())
        elif self._inside("row"):
            row = self.rows[-1]
            row.text += data
            if self._inside("n"):
                row.marks.append(data)
            elif not self._inside("about") and data.strip():
                row.langs.add(self.lang())
        if self.open and self.open[-1][0] in ("dt", "a") and self._inside("glossary") and self.glossary:
            self.glossary[-1] += data


def seed_html(seed: str, paper: str = "a4", **choice) -> str:
    glossary = entries.build(sources.builtin_gloss_files())
    index = find.compile(glossary)
    docs = [
        render_text.Glossed(d.label, d.text, render_text.select(find.find(index, d.text), **choice))
        for d in sources.open_documents(seed)
    ]
    return render_html.render(docs, paper)


def fixture_html() -> str:
    glossary = entries.build([(str(FIXTURES / "markup.yml"), (FIXTURES / "markup.yml").read_text(encoding="utf-8"))])
    text = (FIXTURES / "markup.txt").read_text(encoding="utf-8")
    return render_html.render([render_text.Glossed("markup.txt", text, find.find(find.compile(glossary), text))])


class Golden(unittest.TestCase):
    def test_seed_000(self):
        goldenfile.check(self, seed_html("000"), "000.html")


class Structure(unittest.TestCase):
    """Every seed and the booklet: one well-formed, self-contained page."""

    @classmethod
    def setUpClass(cls):
        cls.pages = {seed: seed_html(seed) for seed in ("000", "001", "002", "003", "004", "all")}

    def test_well_nested_with_unique_ids_and_links_that_land(self):
        for seed, source in self.pages.items():
            with self.subTest(seed):
                page = Page(source)
                self.assertTrue(source.startswith("<!DOCTYPE html>\n<html lang=\"en\">"))
                self.assertEqual(len(page.ids), len(set(page.ids)), "duplicate id")
                for link in page.links:
                    self.assertTrue(link.startswith("#"), f"a link leaves the page: {link}")
                    self.assertIn(link[1:], page.ids)

    def test_self_contained_and_script_free(self):
        for seed, source in self.pages.items():
            with self.subTest(seed):
                page = Page(source)
                self.assertFalse(page.tags & {"script", "img", "link", "iframe", "object"}, page.tags)
                self.assertNotRegex(page.style, r"url\(|@import|@font-face")
                self.assertNotRegex(source, r"\son\w+=")

    def test_text_is_french_and_glosses_english(self):
        page = Page(self.pages["000"])
        self.assertEqual(set.union(*(row.langs for row in page.rows)), {"fr"})
        self.assertEqual(page.gloss_langs, {"en", "fr"})  # a gloss is English, its headword French
        self.assertIn('<b lang="fr">Latché</b>', self.pages["000"])

    def test_each_gloss_once_beside_the_paragraph_where_it_is_first_met(self):
        glossary = entries.build(sources.builtin_gloss_files())
        [document] = sources.open_documents("001")
        matches = find.find(find.compile(glossary), document.text)
        numbers = render_text.numbering(matches)
        page = Page(self.pages["001"])
        shown = [int(gloss.split()[0]) for row in page.rows for gloss in row.glosses]
        self.assertEqual(shown, sorted(numbers.values()))
        self.assertEqual(sum(len(row.marks) for row in page.rows), len(matches))
        for row in page.rows:
            for gloss in row.glosses:
                self.assertIn(gloss.split()[0], row.marks)

    def test_ends_with_an_alphabetical_glossary(self):
        page = Page(self.pages["000"])
        self.assertEqual(len(page.glossary), 49)
        self.assertEqual(page.glossary, sorted(page.glossary, key=render_text.sort_key))
        # Word by word, accents and case aside: "à l'heure où" comes before "abordable".
        self.assertEqual(page.glossary[:3], ["à l'heure où", "abordable", "article nautique"])

    def test_paper(self):
        self.assertIn("@page { size: a4;", self.pages["000"])
        self.assertIn("@page { size: letter;", seed_html("000", "letter"))
        with self.assertRaises(ValueError):  # the size goes into the style sheet: only known names
            seed_html("000", "a5; } body { display: none")

    def test_print_and_screen_layouts(self):
        style = Page(self.pages["000"]).style
        for rule in ("@media print", "@media (max-width:", "@bottom-center { content: counter(page)", "@top-center"):
            self.assertIn(rule, style)
        self.assertIn('@top-center { content: "La moquette de Latché"', style)

    def test_booklet_has_a_cover_each_text_and_an_index(self):
        page = Page(self.pages["all"])
        self.assertEqual([link for link in page.links if re.fullmatch(r"#t\d", link)][:5], ["#t1", "#t2", "#t3", "#t4", "#t5"])
        for k in range(1, 6):
            self.assertIn(f"#t{k} {{ page: t{k}; }}", page.style)
        self.assertIn("index", page.ids)
        self.assertIn('<a href="#t1-g17">text 1 (17)</a>', self.pages["all"])  # fumer la moquette


class Rows(unittest.TestCase):
    """A paragraph whose glosses would run far below it is cut at sentence
    ends, so that each sentence stays beside its own glosses."""

    def rows(self, text: str) -> list[tuple[str, int]]:
        path = HERE / "spotting" / "glossary.yml"
        glossary = entries.build([(path.name, path.read_text(encoding="utf-8"))])
        page = render_html.render([render_text.Glossed("t", text, find.find(find.compile(glossary), text))])
        return [(row.text, len(row.glosses)) for row in Page(page).rows[1:]]

    def test_cut_where_the_glosses_overhang(self):
        self.assertEqual(
            self.rows("Titre\nIl a voulu fumer la moquette. Puis une vente privée sur Second Life. Et rien d'autre.\n"),
            [("Il a voulu fumer la moquette1.", 1), ("Puis une vente privée2 sur Second Life3. Et rien d'autre.", 2)],
        )

    def test_not_cut_where_the_text_is_longer_than_its_glosses(self):
        long = "Il a voulu fumer la moquette, ce qui est une façon de parler que tout le monde connaît bien. " * 3
        self.assertEqual(self.rows(f"Titre\n{long}Puis une vente privée.\n"), [(f"{long.replace('moquette,', 'moquette1,')}Puis une vente privée2.", 2)])

    def test_not_cut_before_a_lowercase_word_or_inside_an_expression(self):
        for text in (
            "Titre\nIl a voulu fumer la moquette ! dit-il sur Second Life.\n",
            "Titre\nIl a voulu fumer la moquette (ah !) : puis une vente privée.\n",
        ):
            with self.subTest(text):
                self.assertEqual(len(self.rows(text)), 1)


class Escaping(unittest.TestCase):
    """A text and a gloss file full of markup (tests/render/markup.*): every
    character shows as written and nothing runs."""

    def test_markup_is_shown_not_run(self):
        source = fixture_html()
        page = Page(source)
        self.assertNotIn("script", page.tags)
        self.assertEqual(source.count("</style>"), 1)
        main = " ".join(row.text for row in page.rows)
        self.assertIn('Titre </style><script>alert("title")</script> & co', main)
        self.assertIn('Une <script>alert("text")</script> vente privée1 & R&D, *gras* et _souligné_ &amp;', main)
        glosses = " ".join(g for row in page.rows for g in row.glosses)
        self.assertIn("a <b>private</b> sale & more", glosses)
        self.assertIn('<script>alert("gloss")</script>', glosses)
        self.assertIn("Literally: to smoke the <carpet>", glosses)

    def test_running_header_is_a_css_string_that_cannot_close_the_style(self):
        style = Page(fixture_html()).style
        self.assertIn(r'content: "Titre \3c \2f style\3e \3c script\3e alert(\22 title\22 )\3c \2f script\3e  \26  co";', style)

    def test_control_characters_become_replacement_characters(self):
        self.assertEqual(render_html._escape("a\x00b\x1bc\td"), "a\ufffdb\ufffdc\td")


if __name__ == "__main__":
    unittest.main()
