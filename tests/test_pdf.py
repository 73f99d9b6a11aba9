"""The HTML handouts printed by a real browser: every seed and the booklet,
on A4 and on US Letter, turned into PDF by headless Chromium and read back
with poppler's pdfinfo and pdftotext.

On paper it checks the page size, the page count (within bounds set by the
amount of text), every glossed headword, that no gloss is cut by a page
edge, that each paragraph's glosses start on the page where it starts, and
that no two words overlap or leave the page.

Without Chromium (or poppler) the test is skipped with a message, except in
CI (CI=true), where it fails: `.ci/run` installs both. The PDFs of seed 000
stay in tests/artifacts/ for a person to look at.
"""

import html
import os
import re
import shutil
import subprocess
import tempfile
import unittest
from pathlib import Path

from glossary import entries, render_text, sources
from tests import test_html

ARTIFACTS = Path(__file__).parent / "artifacts"
BROWSERS = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
# Without the network switches Chromium waits for servers it cannot reach;
# without --no-pdf-header-footer it prints its own date and URL on each page.
FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-pdf-header-footer",
)
PAPER_POINTS = {"a4": (595.28, 841.89), "letter": (612.0, 792.0)}
MARGIN = 17 / 25.4 * 72  # the @page margin, top and bottom, where the running header and page number go
WORD = re.compile(r'<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">(.*?)</word>')
SEEDS = ("000", "001", "002", "003", "004", "all")


def tool(names: tuple[str, ...]) -> str | None:
    return next(filter(None, map(shutil.which, names)), None)


def squash(text: str) -> str:
    """Text compared without spaces and digits: PDF extraction splits and
    joins lines its own way, and the raised numbers of marks stand where
    their line's order puts them."""
    return re.sub(r"[\s\d]+", "", text)


class Word:
    def __init__(self, x0: str, y0: str, x1: str, y1: str, text: str):
        self.x0, self.y0, self.x1, self.y1 = float(x0), float(y0), float(x1), float(y1)
        self.text = html.unescape(text)

    @property
    def area(self) -> float:
        return (self.x1 - self.x0) * (self.y1 - self.y0)


def _middle(words: list[Word]) -> float:
    return sum(w.y0 + w.y1 for w in words) / (2 * len(words))


class PrintedPage:
    """One page of a PDF: its size, its words, and its text in reading
    order: the left column (the French text), then the right one (the
    glosses beside it), each from top to bottom."""

    def __init__(self, width: float, height: float, words: list[Word]):
        self.width, self.height, self.words = width, height, words
        body = [w for w in words if MARGIN - 4 < w.y0 and w.y1 < height - MARGIN + 4]
        columns: tuple[list, list] = ([], [])
        for piece in self._pieces(body):
            columns[piece[0].x0 > 0.45 * width].append(piece)
        self.text = "\n".join(self._lines(column) for column in columns)

    @staticmethod
    def _pieces(words: list[Word]) -> list[list[Word]]:
        """Runs of words in one font on one line (the same box heights),
        cut where the gap is wider than a word space and a raised number:
        a gutter between two columns."""
        runs: dict[tuple[float, float], list[Word]] = {}
        for word in words:
            runs.setdefault((round(word.y0, 1), round(word.y1, 1)), []).append(word)
        pieces: list[list[Word]] = []
        for run in runs.values():
            run.sort(key=lambda w: w.x0)
            pieces.append([run[0]])
            for before, word in zip(run, run[1:]):
                if word.x0 - before.x1 > 14:
                    pieces.append([word])
                else:
                    pieces[-1].append(word)
        return pieces

    @staticmethod
    def _lines(pieces: list[list[Word]]) -> str:
        """The pieces of one column as lines, top to bottom, left to right;
        a raised number or a word in another font joins its line."""
        lines: list[list[list[Word]]] = []
        for piece in sorted(pieces, key=_middle):
            if lines and _middle(piece) - _middle(lines[-1][0]) < 3:
                lines[-1].append(piece)
            else:
                lines.append([piece])
        return "\n".join(" ".join(w.text for piece in sorted(line, key=lambda p: p[0].x0) for w in piece) for line in lines)

    def overlaps(self) -> list[str]:
        """Pairs of words drawn over each other (more than a fifth of the smaller)."""
        found = []
        ordered = sorted(self.words, key=lambda w: w.y0)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                if b.y0 >= a.y1:
                    break
                wide = min(a.x1, b.x1) - max(a.x0, b.x0)
                high = min(a.y1, b.y1) - max(a.y0, b.y0)
                if wide > 0 and high > 0 and wide * high > 0.2 * min(a.area, b.area):
                    found.append(f"{a.text!r} and {b.text!r}")
        return found


def read_pdf(path: Path) -> tuple[str, list[PrintedPage]]:
    """pdfinfo's report, and the pages as pdftotext -bbox sees them."""
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    boxes = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True, check=True).stdout
    pages = []
    for chunk in boxes.split("<page ")[1:]:
        width, height = map(float, re.match(r'width="([\d.]+)" height="([\d.]+)"', chunk).groups())
        pages.append(PrintedPage(width, height, [Word(*m) for m in WORD.findall(chunk)]))
    return info, pages


class Printed(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        browser = os.environ.get("GLOSSARY_CHROMIUM") or tool(BROWSERS)
        missing = [name for name, found in (("chromium", browser), ("pdftotext", tool(("pdftotext",))), ("pdfinfo", tool(("pdfinfo",)))) if not found]
        if missing:
            message = f"no {' or '.join(missing)} found: install Debian's chromium and poppler-utils (bash .ci/run does) to print the handouts"
            if os.environ.get("CI", "").lower() not in ("", "0", "false"):
                raise AssertionError(message)
            raise unittest.SkipTest(message)
        cls.work = Path(tempfile.mkdtemp(prefix="glossary-pdf-"))
        cls.html = {seed: test_html.seed_html(seed) for seed in SEEDS}
        cls.titles = {seed: [render_text.title_of(d.text) for d in sources.open_documents(seed)] for seed in SEEDS}
        jobs = [(seed, paper) for paper in PAPER_POINTS for seed in SEEDS]
        cls.printed = {}
        # Two browsers at a time: the machines have two cores.
        for pair in (jobs[i : i + 2] for i in range(0, len(jobs), 2)):
            running = [(job, cls._print(browser, *job)) for job in pair]
            for (seed, paper), process in running:
                try:
                    _, err = process.communicate(timeout=120)
                except subprocess.TimeoutExpired:
                    process.kill()
                    raise AssertionError(f"Chromium took more than 2 minutes to print {seed} on {paper}") from None
                pdf = cls.work / f"{seed}-{paper}.pdf"
                if not pdf.exists():
                    raise AssertionError(f"Chromium printed no PDF of {seed} on {paper}: {err[-500:]}")
                cls.printed[seed, paper] = read_pdf(pdf)
        ARTIFACTS.mkdir(exist_ok=True)
        shutil.copyfile(cls.work / "000-a4.pdf", ARTIFACTS / "000.pdf")
        shutil.copyfile(cls.work / "000-letter.pdf", ARTIFACTS / "000-letter.pdf")

    @classmethod
    def _print(cls, browser: str, seed: str, paper: str) -> subprocess.Popen:
        source = cls.work / f"{seed}-{paper}.html"
        source.write_text(test_html.seed_html(seed, paper), encoding="utf-8")
        profile = cls.work / f"profile-{seed}-{paper}"
        return subprocess.Popen(
            [browser, *FLAGS, f"--user-data-dir={profile}", f"--print-to-pdf={cls.work / f'{seed}-{paper}.pdf'}", source.as_uri()],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )

    @classmethod
    def tearDownClass(cls):
        if not os.environ.get("GLOSSARY_KEEP_PDF"):
            shutil.rmtree(cls.work, ignore_errors=True)

    def each(self):
        """(seed, paper, pdfinfo's report, pages) of each PDF."""
        return [(seed, paper, info, pages) for (seed, paper), (info, pages) in self.printed.items()]

    def test_page_size(self):
        for seed, paper, info, pages in self.each():
            with self.subTest(seed=seed, paper=paper):
                width, height = map(float, re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info).groups())
                self.assertAlmostEqual(width, PAPER_POINTS[paper][0], delta=1.5)
                self.assertAlmostEqual(height, PAPER_POINTS[paper][1], delta=1.5)

    def test_page_count_fits_the_amount_of_text(self):
        for seed, paper, info, pages in self.each():
            with self.subTest(seed=seed, paper=paper):
                pages_said = int(re.search(r"Pages:\s+(\d+)", info).group(1))
                self.assertEqual(pages_said, len(pages))
                # About 2,300 characters a page; a layout that wastes pages, or
                # that loses text, falls outside.
                size = len(squash(" ".join(p.text for p in pages)))
                wanted = len(squash(html.unescape(re.sub(r"<style>.*?</style>|<[^>]+>", "", self.html[seed], flags=re.S))))
                self.assertGreater(size, 0.97 * wanted)
                self.assertTrue(wanted / 3500 <= len(pages) <= wanted / 1500 + 1, f"{len(pages)} pages for {wanted} characters")

    def test_every_glossed_headword_is_printed(self):
        glossary = entries.build(sources.builtin_gloss_files())
        for seed, paper, info, pages in self.each():
            with self.subTest(seed=seed, paper=paper):
                printed = squash("".join(p.text for p in pages))
                headwords = set(re.findall(r'<b lang="fr">(.*?)</b>', self.html[seed]))
                self.assertGreater(len(headwords), 30)
                for headword in headwords:
                    self.assertIsNotNone(glossary.get(html.unescape(headword)))
                    self.assertIn(squash(html.unescape(headword)), printed)

    def test_no_gloss_is_cut_by_a_page_edge(self):
        for seed, paper, info, pages in self.each():
            with self.subTest(seed=seed, paper=paper):
                texts = [squash(p.text) for p in pages]
                glosses = [squash(g) for row in test_html.Page(self.html[seed]).rows for g in row.glosses]
                for gloss in set(glosses):
                    self.assertEqual(sum(t.count(gloss) for t in texts), glosses.count(gloss), f"cut or lost: {gloss[:60]}")

    def test_glosses_start_on_the_page_where_their_paragraph_starts(self):
        for seed, paper, info, pages in self.each():
            with self.subTest(seed=seed, paper=paper):
                texts = [squash(p.text) for p in pages]
                for row in test_html.Page(self.html[seed]).rows:
                    if not row.glosses:
                        continue
                    opening = squash(row.text)[:30]
                    starts = [k for k, t in enumerate(texts) if opening in t]
                    first_gloss = [k for k, t in enumerate(texts) if squash(row.glosses[0]) in t]
                    self.assertTrue(starts, opening)
                    self.assertTrue(set(first_gloss) & set(starts), f"{opening}: page {starts}, its glosses {first_gloss}")

    def test_nothing_overlaps_or_leaves_the_page(self):
        for seed, paper, info, pages in self.each():
            with self.subTest(seed=seed, paper=paper):
                for number, page in enumerate(pages, 1):
                    self.assertEqual(page.overlaps(), [], f"page {number}")
                    outside = [w.text for w in page.words if w.x0 < 0 or w.y0 < 0 or w.x1 > page.width or w.y1 > page.height]
                    self.assertEqual(outside, [], f"page {number}")

    def test_running_header_and_page_numbers(self):
        for seed, paper, info, pages in self.each():
            with self.subTest(seed=seed, paper=paper):
                for number, page in enumerate(pages, 1):
                    footer = " ".join(w.text for w in page.words if w.y0 > page.height - MARGIN)
                    self.assertEqual(footer, str(number))
                headers = {" ".join(w.text for w in page.words if w.y1 < MARGIN) for page in pages}
                self.assertLessEqual({" ".join(title.split()) for title in self.titles[seed]}, headers)

    def test_each_text_starts_a_new_page(self):
        for seed, paper, info, pages in self.each():
            with self.subTest(seed=seed, paper=paper):
                starts = [k for k, page in enumerate(pages) for title in self.titles[seed] if squash(page.text).startswith(squash(title))]
                self.assertEqual(len(starts), len(self.titles[seed]))
                if seed == "all":
                    self.assertEqual(starts[0], 1)  # after the cover


if __name__ == "__main__":
    unittest.main()
