"""Fuzzing with a fixed seed: mutated gloss files either load or raise the
one error type with a place in the file; mutated texts never make spotting
or a renderer raise. A few thousand cases, a few seconds."""

import random
import unittest
from pathlib import Path

from glossary import entries, find, render_json, render_text, sources
from glossary.errors import GlossaryError

ROOT = Path(__file__).resolve().parent.parent
CASES = 1500

# Pieces of YAML syntax, typography and troublemakers to splice in.
SNIPPETS = [
    "\t", "\x00", ":", ": ", " #", "#", "'", '"', "''", "[", "]", "{", "}", ",", "-", "- ", "|", ">", ">-", "|+",
    "&a", "*a", "!tag", "%", "@", "`", "?", "---", "...", "\n", "\r\n", "\r", "  ", "    ", "\ufeff", "\u2028",
    "é", "e\u0301", "\u00a0", "\u202f", "’", "ʼ", "–", "—", "yes", "no", "~", "null", "2050", "0x1F", "1:20",
    "kind: idiom", "gloss:", "forms: [a, b]", "see: []", "note: >\n  x\n", "\\", "\\u00e9", "\\q", "\ud800",
]


def mutate(rng: random.Random, text: str) -> str:
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(len(text) + 1)
        action = rng.randrange(5)
        if action == 0:  # cut
            text = text[:at] + text[at + rng.randint(1, 40) :]
        elif action == 1:  # duplicate a slice
            text = text[:at] + text[at : at + rng.randint(1, 80)] * 2 + text[at + rng.randint(1, 80) :]
        elif action == 2:  # insert a snippet
            text = text[:at] + rng.choice(SNIPPETS) + text[at:]
        elif action == 3:  # shift a line's indentation
            start = text.rfind("\n", 0, at) + 1
            text = text[:start] + rng.choice(["", " ", "  ", "   ", "\t"]) + text[start:].lstrip(" ")
        else:  # a random character
            text = text[:at] + chr(rng.randrange(1, 0x3000)) + text[at:]
    return text


class GlossFiles(unittest.TestCase):
    def test_mutated_gloss_files_load_or_fail_with_a_place(self):
        rng = random.Random(20261123)
        sources_ = [p.read_bytes() for p in sorted((ROOT / "tests" / "glossfile" / "valid").glob("*.yml"))]
        data = (ROOT / "glossary" / "data" / "idioms.yml").read_bytes()
        sources_.append(data[:4000])  # a real file, cut to keep the test fast
        self.assertGreater(len(sources_), 5)
        for case in range(CASES):
            original = rng.choice(sources_).decode("utf-8")
            mutated = mutate(rng, original)
            data = mutated.encode("utf-8", "surrogatepass")  # a lone surrogate makes bad UTF-8
            with self.subTest(case=case):
                try:
                    text = sources.decode(data, "fuzz.yml")
                    glossary = entries.build([("fuzz.yml", text)])
                    find.compile(glossary)
                except GlossaryError as error:
                    self.assertEqual(error.path, "fuzz.yml")
                    self.assertIsNotNone(error.line, str(error))
                    self.assertNotIn("\n", str(error))


class Texts(unittest.TestCase):
    def test_spotting_and_rendering_never_raise(self):
        rng = random.Random(7)
        glossary = entries.build(sources.builtin_gloss_files())
        index = find.compile(glossary)
        seeds = [p.read_text(encoding="utf-8") for p in sources.seed_paths()]
        for case in range(CASES // 3):
            seed = rng.choice(seeds)
            start = rng.randrange(len(seed))
            text = mutate(rng, seed[start : start + rng.randint(0, 600)]).replace("\ud800", "")
            with self.subTest(case=case, text=text[:60]):
                matches = find.find(index, text)
                for match in matches:
                    self.assertTrue(0 <= match.start <= match.end <= len(text))
                    for s, e in match.spans:
                        self.assertTrue(match.start <= s < e <= match.end)
                render_text.render("fuzz", text, matches, rng.choice([30, 80, 120]))
                render_json.render([render_json.document("fuzz", text, matches)])


if __name__ == "__main__":
    unittest.main()
