"""``show all`` in every format: a cover listing the five texts, each text
in turn, and an index naming the texts each expression appears in, checked
against the matches the JSON handout reports."""

import io
import json
import re
import unittest
from contextlib import redirect_stderr, redirect_stdout

from glossary.cli import main

TITLES = [
    "La moquette de Latché",
    "Exploration n°5 - Salons Professionnels virtuels",
    "24 mai 2010",
    "Archives mensuelles\u00a0: avril 2017",
    "Miss TICS",
]


def show(*argv: str) -> str:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        code = main(["show", *argv])
    if (code, err.getvalue()) != (0, ""):
        raise AssertionError(f"show {' '.join(argv)}: exit {code}: {err.getvalue()}")
    return out.getvalue()


def texts_of_each_headword() -> dict[str, list[int]]:
    """Which texts (numbered from 1) each headword appears in, from the JSON handout."""
    found: dict[str, list[int]] = {}
    for k, document in enumerate(json.loads(show("all", "--format", "json")), 1):
        for match in document["matches"]:
            if k not in found.setdefault(match["headword"], []):
                found[match["headword"]].append(k)
    return found


class Booklet(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.expected = texts_of_each_headword()

    def test_text(self):
        out = show("all")
        cover, *handouts, index = out.split("\n" + "-" * 80 + "\n\n")
        self.assertTrue(cover.startswith("Glossed French texts\n====================\n"))
        unwrapped = re.sub(r"\n {5}", " ", cover)  # a long title wraps under itself
        for k, title in enumerate(TITLES, 1):
            self.assertIn(f"  {k}. {title} (seeds/00{k - 1}_", unwrapped)
            self.assertTrue(handouts[k - 1].startswith(f"{title}\n"), handouts[k - 1][:80])
        self.assertEqual(out.count("Source: seeds/"), 5)
        entries = re.findall(r"^(\S.*?) \((?:[a-z ]+)\): .*? — texts? ((?:\d \[\d+\](?:, )?)+)$", " ".join(index.split("\n    ")), re.M)
        got = {headword: [int(k) for k in re.findall(r"(\d) \[", texts)] for headword, texts in entries}
        self.assertEqual(got, self.expected)

    def test_html(self):
        out = show("all", "--format", "html")
        cover = out[out.index('<section class="cover">') : out.index("</section>")]
        for k, title in enumerate(TITLES, 1):
            self.assertIn(f'<a href="#t{k}" lang="fr">{title}</a>', cover)
            self.assertEqual(out.count(f'<article class="text" id="t{k}">'), 1)
        index = out[out.index('<section class="index"') :]
        rows = re.findall(r'<dt lang="fr">(.*?)</dt>.*?</dd>', index)
        got = {
            html_unescape(headword): [int(k) for k in re.findall(r'<a href="#t(\d)-g\d+">', row)]
            for headword, row in zip(rows, re.findall(r"<dd>.*?</dd>", index))
        }
        self.assertEqual(got, self.expected)

    def test_markdown(self):
        out = show("all", "--format", "md")
        for k, title in enumerate(TITLES, 1):
            self.assertIn(f"\n{k}. [{title}](#", out)
            self.assertEqual(out.count(f"\n## {k}. {title}\n"), 1)
        index = out[out.index("\n## Index of expressions\n") :]
        got = {
            markdown_unescape(headword): [int(k) for k in re.findall(r"\[(\d)\]\(#", texts)]
            for headword, texts in re.findall(r"^- \*\*(.*?)\*\* \(.*? — texts? (.*)$", index, re.M)
        }
        self.assertEqual(got, self.expected)

    def test_each_text_starts_a_new_printed_page(self):
        # tests/test_pdf.py checks it on paper; this is the rule that does it.
        self.assertIn(".text, .index { break-before: page;", show("all", "--format", "html"))


def html_unescape(text: str) -> str:
    import html

    return html.unescape(text)


def markdown_unescape(text: str) -> str:
    return re.sub(r"\\(.)", r"\1", text)


if __name__ == "__main__":
    unittest.main()
