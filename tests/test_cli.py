"""The command line, called in-process as ``main([...])``: what a user
types, what lands on stdout and stderr, and the exit code."""

import json
import os
import tempfile
import unittest
from pathlib import Path

from tests.support import run

ROOT = Path(__file__).resolve().parent.parent
SEED_000 = ROOT / "seeds" / "000_61b8a11eb5f2ff7e.txt"


def body(handout: str) -> str:
    """The handout without its header, whose Source line names the path given."""
    return handout.split("\n\n", 1)[1]


class Show(unittest.TestCase):
    def test_seed_000(self):
        code, out, err = run("show", "000")
        self.assertEqual((code, err), (0, ""))
        self.assertTrue(out.startswith("La moquette de Latché\n=====================\nSource: seeds/000_61b8a11eb5f2ff7e.txt\n"))
        self.assertIn("[fumer la moquette][17] de [Latché][1]", " ".join(out.split()))

    def test_every_way_to_name_a_seed_gives_the_same_handout(self):
        _, expected, _ = run("show", "000")
        for name in ("0", "000_61b8a11eb5f2ff7e.txt"):
            with self.subTest(name):
                self.assertEqual(run("show", name)[1], expected)
        for name in (str(SEED_000), "-"):
            with self.subTest(name):
                code, out, err = run("show", name, stdin=SEED_000.read_bytes())
                self.assertEqual((code, err), (0, ""))
                self.assertEqual(body(out), body(expected))

    def test_width(self):
        code, out, _ = run("show", "001", "--width", "50")
        self.assertEqual(code, 0)
        # Only an unbreakable run (a URL, say) may pass the width.
        for line in out.splitlines():
            if len(line) > 50:
                self.assertNotIn(" ", line.strip(), line)

    def test_all(self):
        code, out, err = run("show", "all")
        self.assertEqual((code, err), (0, ""))
        self.assertEqual(out.count("Source: seeds/"), 5)

    def test_json_offsets_index_the_text(self):
        code, out, err = run("show", "000", "--format", "json")
        self.assertEqual((code, err), (0, ""))
        data = json.loads(out)
        text = SEED_000.read_text(encoding="utf-8")
        self.assertEqual(data["source"], "seeds/000_61b8a11eb5f2ff7e.txt")
        self.assertEqual(data["title"], "La moquette de Latché")
        self.assertTrue(data["matches"])
        for match in data["matches"]:
            self.assertEqual(text[match["start"] : match["end"]], match["text"])
            self.assertEqual((match["spans"][0][0], match["spans"][-1][1]), (match["start"], match["end"]))
            for key in ("headword", "kind", "gloss", "register", "literal", "english", "note", "see"):
                self.assertIn(key, match)

    def test_list(self):
        code, out, err = run("list")
        self.assertEqual((code, err), (0, ""))
        lines = out.splitlines()
        self.assertEqual(len(lines), 5)
        self.assertTrue(lines[0].startswith("000  La moquette de Latché  ("))

    def test_own_glossary_replaces_the_built_in_one(self):
        with tempfile.TemporaryDirectory() as tmp:
            gloss = Path(tmp, "mine.yml")
            gloss.write_text("bouquin:\n  kind: colloquial\n  register: familiar\n  gloss: book\n", encoding="utf-8")
            code, out, _ = run("show", "000", "--glossary", str(gloss), "--format", "json")
        self.assertEqual(code, 0)
        self.assertEqual([m["headword"] for m in json.loads(out)["matches"]], ["bouquin"])


class Output(unittest.TestCase):
    def test_output_file_is_written_whole_and_nothing_else_is_left(self):
        with tempfile.TemporaryDirectory() as tmp:
            target = Path(tmp, "000.txt")
            code, out, err = run("show", "000", "-o", str(target))
            self.assertEqual((code, out, err), (0, "", ""))
            self.assertEqual(target.read_text(encoding="utf-8"), run("show", "000")[1])
            self.assertEqual(os.listdir(tmp), ["000.txt"])
            umask = os.umask(0)
            os.umask(umask)
            self.assertEqual(target.stat().st_mode & 0o777, 0o666 & ~umask)

    def test_a_failed_run_leaves_the_previous_output(self):
        with tempfile.TemporaryDirectory() as tmp:
            target = Path(tmp, "000.txt")
            target.write_text("previous", encoding="utf-8")
            bad = Path(tmp, "bad.yml")
            bad.write_text("bouquin:\n  kind: colloquial\n", encoding="utf-8")
            code, _, err = run("show", "000", "--glossary", str(bad), "-o", str(target))
            self.assertEqual(code, 1)
            self.assertEqual(target.read_text(encoding="utf-8"), "previous")
            self.assertEqual(sorted(os.listdir(tmp)), ["000.txt", "bad.yml"])

    def test_refuses_to_overwrite_the_input(self):
        with tempfile.TemporaryDirectory() as tmp:
            text = Path(tmp, "texte.txt")
            text.write_text("Il a voulu fumer la moquette.\n", encoding="utf-8")
            code, _, err = run("show", str(text), "-o", str(text))
            self.assertEqual(code, 1)
            self.assertEqual(err, f"{text}: refusing to overwrite an input file with the output\n")
            self.assertEqual(text.read_text(encoding="utf-8"), "Il a voulu fumer la moquette.\n")


class BadInput(unittest.TestCase):
    """Each mistake gives one line on stderr (a gloss file's error adds the
    line it is on and a caret), a non-zero exit, and no traceback."""

    def assertOneLine(self, argv, expected, code=1, stdin=None):
        got_code, out, err = run(*argv, stdin=stdin)
        self.assertEqual((got_code, out), (code, ""))
        self.assertEqual(err, expected + "\n")

    def test_unknown_seed(self):
        self.assertOneLine(
            ["show", "7"], "glossary: no seed 7 (seeds: 000, 001, 002, 003, 004); give a file path to read any text"
        )

    def test_missing_file(self):
        self.assertOneLine(["show", "nowhere/texte.txt"], "nowhere/texte.txt: no such file")

    def test_directory(self):
        with tempfile.TemporaryDirectory() as tmp:
            self.assertOneLine(["show", tmp], f"{tmp}: is a directory, not a text file")

    def test_binary_file(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp, "rapport.pdf")
            path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
            self.assertOneLine(["show", str(path)], f"{path}: this is a PDF file, not text: save it as plain text first")

    def test_malformed_gloss_file(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp, "bad.yml")
            path.write_text("bouquin:\n  kind: colloquial\n  glos: book\n", encoding="utf-8")
            code, out, err = run("show", "000", "--glossary", str(path))
        self.assertEqual((code, out), (1, ""))
        self.assertEqual(
            err.splitlines(),
            [f"{path}:3:3: unknown field 'glos' (did you mean 'gloss'?)", "      glos: book", "      ^"],
        )

    def test_gloss_file_not_utf8(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp, "bad.yml")
            path.write_bytes("bouquin:\n  kind: colloquial\n  gloss: livre très familier\n".encode("latin-1"))
            self.assertOneLine(["show", "000", "--glossary", str(path)], f"{path}:3:18: not valid UTF-8 (byte 0xE8): save the file as UTF-8")

    def test_usage_errors_exit_2(self):
        for argv in (["show", "000", "--width", "10"], ["show"], ["frobnicate"], []):
            with self.subTest(argv):
                code, out, err = run(*argv)
                self.assertEqual((code, out), (2, ""))
                self.assertIn("usage: glossary", err)
                self.assertNotIn("Traceback", err)


if __name__ == "__main__":
    unittest.main()
