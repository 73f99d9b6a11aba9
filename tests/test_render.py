"""The plain-text handout: a golden file for seed 000 (so that any change of
layout or glosses shows as a diff) and the layout rules on small texts.

Set GLOSSARY_UPDATE_GOLDEN=1 to rewrite the golden files after a deliberate
change, then read the diff before committing it."""

import os
import unittest
from pathlib import Path

from glossary import entries, find, render_text, sources

ROOT = Path(__file__).resolve().parent.parent
GOLDEN = Path(__file__).parent / "golden"
TABLES = Path(__file__).parent / "spotting"


def handout(text: str, glossary: entries.Glossary, width: int = 80) -> str:
    return render_text.render("test", text, find.find(find.compile(glossary), text), width)


def small_glossary() -> entries.Glossary:
    path = TABLES / "glossary.yml"
    return entries.build([(path.name, path.read_text(encoding="utf-8"))])


class Golden(unittest.TestCase):
    def test_seed_000(self):
        glossary = entries.build(sources.builtin_gloss_files())
        [document] = sources.open_documents("000")
        got = render_text.render(document.label, document.text, find.find(find.compile(glossary), document.text))
        path = GOLDEN / "000.txt"
        if os.environ.get("GLOSSARY_UPDATE_GOLDEN"):
            path.write_text(got, encoding="utf-8")
        self.assertEqual(got, path.read_text(encoding="utf-8"))


class Layout(unittest.TestCase):
    def test_marks_numbers_and_glosses_after_the_paragraph(self):
        text = "Titre\nIl a organisé une vente privée sur Second Life.\nPuis une autre vente privée.\n"
        self.assertEqual(
            handout(text, small_glossary()),
            "Titre\n=====\nSource: test\nGlossed: 2 expressions, 3 occurrences\n\n"
            "Titre\n\n"
            "Il a organisé une [vente privée][1] sur [Second Life][2].\n\n"
            "    [1] vente privée (jargon)\n        private sale, open to invited customers only\n\n"
            "    [2] Second Life (reference)\n        a 3D virtual world launched in 2003\n\n"
            "Puis une autre [vente privée][1].\n",
        )

    def test_every_gloss_field_is_shown(self):
        text = "Titre\nIl a dû fumer la moquette.\n"
        glossary = entries.build([("x.yml", (ROOT / "tests/glossfile/valid/full-entry.yml").read_text(encoding="utf-8"))])
        self.assertEqual(
            handout(text, glossary).split("\n\n", 3)[3],
            "    [1] fumer la moquette (idiom, slang)\n"
            "        to be talking nonsense, as if high\n"
            "        Literally: to smoke the carpet\n"
            "        English equivalent: what has he been smoking?\n"
            "        Note: Said of someone with far-fetched ideas. The author jokes that\n"
            "          Attali smoked the carpet of Latché.\n"
            "        See also: Latché\n",
        )

    def test_hard_wrapped_lines_are_one_paragraph(self):
        line = "Il a voulu fumer la moquette du salon parce qu'il trouvait que"
        text = f"Titre\n\n{line}\nc'était drôle.\n\nFin.\n"
        paras = [text[s:e] for s, e in render_text.paragraphs(text)]
        self.assertEqual(paras, ["Titre", f"{line}\nc'était drôle.", "Fin."])

    def test_blog_lines_are_paragraphs_even_without_a_blank_line(self):
        long = "Une problématique que l'on retrouve chez de nombreux spécialistes du e-commerce, et ailleurs aussi, bien sûr."
        text = f"{long}\nAinsi à l'heure où les entreprises cherchent.\n"
        self.assertEqual(len(render_text.paragraphs(text)), 2)

    def test_expression_across_a_line_break_is_marked_in_both_lines(self):
        text = "Titre\nIl a voulu fumer la\nmoquette.\n"
        out = handout(text, small_glossary())
        self.assertIn("Il a voulu [fumer la]\n\n[moquette][1].", out)

    def test_bullets_keep_their_indent(self):
        text = "Titre\n\n  • les nombreux essais mis en oeuvre sur Second Life avec un linden-dollar pour monnaie ;\n"
        out = handout(text, small_glossary(), width=40)
        self.assertIn("  • les nombreux essais [mis en\n    oeuvre][1] sur [Second Life][2] avec\n    un [linden-dollar][3]", out)

    def test_width_is_respected(self):
        text = "Titre\n" + "Il a voulu fumer la moquette du salon. " * 20 + "\n"
        for width in (40, 60, 100):
            with self.subTest(width):
                self.assertTrue(all(len(line) <= width for line in handout(text, small_glossary(), width).splitlines()))


if __name__ == "__main__":
    unittest.main()
