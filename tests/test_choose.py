"""Choosing what to gloss: ``--only KINDS`` and ``--first``, in every
format, checked against the full list of matches of the JSON handout."""

import io
import json
import re
import unittest
from contextlib import redirect_stderr, redirect_stdout

from glossary.cli import main


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with redirect_stdout(out), redirect_stderr(err):
        try:
            code = main(["show", *argv])
        except SystemExit as exit_:  # argparse exits on usage errors
            code = exit_.code
    return code, out.getvalue(), err.getvalue()


def matches(*argv: str) -> list[tuple[int, str, str]]:
    code, out, err = run(*argv, "--format", "json")
    assert (code, err) == (0, ""), err
    return [(m["start"], m["headword"], m["kind"]) for m in json.loads(out)["matches"]]


class Choose(unittest.TestCase):
    def test_only_keeps_the_kinds_named(self):
        for seed in ("000", "001", "004"):
            every = matches(seed)
            for only, kinds in (
                ("idiom,jargon", {"idiom", "jargon"}),
                ("false-friend", {"false friend"}),
                ("false friend,pun", {"false friend", "pun"}),
                ("reference", {"reference"}),
            ):
                with self.subTest(seed=seed, only=only):
                    self.assertEqual(matches(seed, "--only", only), [m for m in every if m[2] in kinds])

    def test_first_keeps_the_first_occurrence_of_each_expression(self):
        for seed in ("000", "001"):
            with self.subTest(seed):
                every = matches(seed)
                firsts = [m for k, m in enumerate(every) if m[1] not in {n[1] for n in every[:k]}]
                self.assertEqual(matches(seed, "--first"), firsts)
                self.assertLess(len(firsts), len(every))

    def test_both_together(self):
        every = matches("001")
        idioms = [m for m in every if m[2] == "idiom"]
        firsts = [m for k, m in enumerate(idioms) if m[1] not in {n[1] for n in idioms[:k]}]
        self.assertEqual(matches("001", "--only", "idiom", "--first"), firsts)

    def test_every_format_follows_the_choice(self):
        expected = {headword for _, headword, _ in matches("000", "--only", "jargon", "--first")}
        _, text, _ = run("000", "--only", "jargon", "--first")
        self.assertEqual(set(re.findall(r"^    \[\d+\] (.*) \(jargon\)$", text, re.M)), expected)
        self.assertEqual(len(re.findall(r"\]\[\d+\]", text)), len(expected))  # each marked once
        self.assertIn("Glossed: 8 expressions, 8 occurrences", text)
        _, md, _ = run("000", "--only", "jargon", "--first", "--format", "md")
        self.assertEqual(set(re.findall(r"^\[\^\d+\]: \*\*(.*?)\*\* \(jargon\)", md, re.M)), expected)
        _, page, _ = run("000", "--only", "jargon", "--first", "--format", "html")
        self.assertEqual(set(re.findall(r'<b lang="fr">(.*?)</b> <span class="kind">jargon</span>', page)), expected)
        self.assertEqual(page.count("<mark>"), len(expected))

    def test_unknown_kind_is_a_usage_error(self):
        code, out, err = run("000", "--only", "idiom,idom")
        self.assertEqual((code, out), (2, ""))
        self.assertIn(
            "argument --only: unknown kind 'idom' (kinds: idiom, colloquial, jargon, anglicism, false friend, reference, pun)",
            err,
        )


if __name__ == "__main__":
    unittest.main()
