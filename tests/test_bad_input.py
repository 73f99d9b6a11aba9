"""What readers point the tool at (issue 7): texts in other encodings,
Windows and old Mac line ends, binary files, empty files, files it cannot
read, huge texts, a reader that stops reading; and -o never losing a file.
Each case runs the command line in a temporary folder and checks stdout,
stderr, the exit code and the files left behind."""

import json
import os
import subprocess
import sys
import tempfile
import unittest
from pathlib import Path
from unittest import mock

from glossary import sources
from glossary.errors import GlossaryError
from tests.support import run

ROOT = Path(__file__).resolve().parent.parent
FRENCH = "La moquette de Latché\n\nIl a dû trop fumer la moquette, c’est vous dire.\nÀ tout va !\n"


class Encodings(unittest.TestCase):
    """A text that is not UTF-8 is read, and stderr says how."""

    CASES = [
        # (file name, bytes, note on stderr or None)
        ("utf8.txt", FRENCH.encode("utf-8"), None),
        ("utf8-bom.txt", b"\xef\xbb\xbf" + FRENCH.encode("utf-8"), None),
        ("utf16.txt", FRENCH.encode("utf-16"), "read as UTF-16 (byte-order mark)"),
        ("utf16-be.txt", b"\xfe\xff" + FRENCH.encode("utf-16-be"), "read as UTF-16 (byte-order mark)"),
        ("windows.txt", FRENCH.replace("’", "'").encode("cp1252"), "not UTF-8: read as Windows-1252"),
        ("latin1.txt", FRENCH.replace("’", "'").encode("latin-1") + b"\x81", "not UTF-8: read as Latin-1 (ISO 8859-1)"),
    ]

    def test_every_encoding_gives_the_same_handout(self):
        _, expected, _ = run("show", "-", stdin=FRENCH.encode("utf-8"))
        with tempfile.TemporaryDirectory() as tmp:
            for name, data, note in self.CASES:
                path = Path(tmp, name)
                path.write_bytes(data)
                with self.subTest(name):
                    code, out, err = run("show", str(path))
                    self.assertEqual(code, 0)
                    self.assertEqual(err, f"{path}: {note}\n" if note else "")
                    self.assertIn("[fumer la moquette][", out)
                    if name != "latin1.txt":  # that one has an extra (control) character
                        body = out.split("\n", 3)[3]
                        self.assertEqual(body, expected.split("\n", 3)[3].replace("’", "’" if "’" in data.decode("utf-8", "replace") or "16" in name else "'"))

    def test_quiet_silences_the_note(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp, "windows.txt")
            path.write_bytes(FRENCH.replace("’", "'").encode("cp1252"))
            code, out, err = run("show", str(path), "--quiet")
        self.assertEqual((code, err), (0, ""))
        self.assertTrue(out)

    def test_line_ends_keep_offsets_into_the_text_as_read(self):
        for name, text in (("crlf", FRENCH.replace("\n", "\r\n")), ("cr", FRENCH.replace("\n", "\r"))):
            with self.subTest(name), tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp, f"{name}.txt")
                path.write_bytes(text.encode("utf-8"))
                code, out, _ = run("show", str(path), "--format", "json")
                self.assertEqual(code, 0)
                matches = json.loads(out)["matches"]
                self.assertTrue(matches)
                for match in matches:
                    self.assertEqual(text[match["start"] : match["end"]], match["text"])


class NotText(unittest.TestCase):
    CASES = [
        ("nul.txt", b"Il a\x00 fum\x00", "a binary file (it holds NUL bytes), not text"),
        ("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "this is a PNG image, not text"),
        ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF", "this is a JPEG image, not text"),
        ("lettre.docx", b"PK\x03\x04\x14\x00\x06\x00", "this is a ZIP archive (a .docx or .odt file?), not text: save it as plain text first"),
        ("rapport.pdf", b"%PDF-1.7\n%\xb5\xb5\xb5\xb5\n", "this is a PDF file, not text: save it as plain text first"),
        ("controls.bin", bytes(range(1, 32)) * 4, "a binary file (it holds control characters), not text"),
    ]

    def test_binary_files_are_refused_in_one_line(self):
        with tempfile.TemporaryDirectory() as tmp:
            for name, data, message in self.CASES:
                path = Path(tmp, name)
                path.write_bytes(data)
                with self.subTest(name):
                    self.assertEqual(run("show", str(path)), (1, "", f"{path}: {message}\n"))


class Empty(unittest.TestCase):
    def test_an_empty_text_gives_a_handout_that_says_so(self):
        for content in (b"", b"  \n\n\t\n"):
            with self.subTest(content=content), tempfile.TemporaryDirectory() as tmp:
                path = Path(tmp, "vide.txt")
                path.write_bytes(content)
                code, out, err = run("show", str(path))
                self.assertEqual(code, 0)
                self.assertEqual(err, f"{path}: the text is empty: there is nothing to gloss\n")
                self.assertEqual(
                    out,
                    f"(empty text)\n============\nSource: {path}\nGlossed: 0 expressions, 0 occurrences\n\n"
                    "This text is empty: there is nothing to gloss.\n",
                )

    def test_empty_stdin_in_every_format(self):
        for fmt in ("text", "json", "html", "md"):
            with self.subTest(fmt):
                code, out, err = run("show", "-", "--format", fmt, stdin=b"")
                self.assertEqual((code, err), (0, "<stdin>: the text is empty: there is nothing to gloss\n"))
                self.assertTrue(out)


class Unreadable(unittest.TestCase):
    def test_a_file_it_may_not_read(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp, "secret.txt")
            path.write_text(FRENCH, encoding="utf-8")
            path.chmod(0)
            try:
                if os.access(path, os.R_OK):
                    self.skipTest("running as root: a file without read permission can still be read")
                self.assertEqual(run("show", str(path)), (1, "", f"{path}: permission denied\n"))
            finally:
                path.chmod(0o600)

    def test_reading_errors_become_one_line(self):
        for error, message in (
            (PermissionError(13, "Permission denied"), "permission denied"),
            (FileNotFoundError(2, "No such file"), "no such file"),
            (IsADirectoryError(21, "Is a directory"), "is a directory, not a text file"),
            (OSError(5, "Input/output error"), "cannot read: Input/output error"),
        ):
            with self.subTest(message), self.assertRaises(GlossaryError) as caught:
                with sources._Reading("texte.txt"):
                    raise error
            self.assertEqual(str(caught.exception), f"texte.txt: {message}")


class Outputs(unittest.TestCase):
    def test_never_overwrites_a_gloss_file(self):
        builtin = sources.builtin_gloss_paths()[0]
        before = Path(builtin).read_bytes()
        code, out, err = run("show", "000", "-o", builtin)
        self.assertEqual((code, out), (1, ""))
        self.assertEqual(err, f"{builtin}: refusing to overwrite an input file with the output\n")
        self.assertEqual(Path(builtin).read_bytes(), before)
        with tempfile.TemporaryDirectory() as tmp:
            mine = Path(tmp, "mine.yml")
            mine.write_text("bouquin:\n  kind: colloquial\n  gloss: book\n", encoding="utf-8")
            code, _, err = run("show", "000", "--glossary", str(mine), "-o", str(mine))
            self.assertEqual(code, 1)
            self.assertEqual(os.listdir(tmp), ["mine.yml"])

    def test_output_into_a_missing_folder(self):
        code, out, err = run("show", "000", "-o", "/nonexistent-folder/000.txt")
        self.assertEqual((code, out), (1, ""))
        self.assertTrue(err.startswith("/nonexistent-folder/000.txt: cannot write here: "), err)
        self.assertEqual(err.count("\n"), 1)


class BrokenPipe(unittest.TestCase):
    def test_a_reader_that_stops_reading(self):
        # Pipes can hold a megabyte here: the handout must be larger than that.
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp, "long.txt")
            path.write_text((FRENCH + "\n") * 20_000, encoding="utf-8")
            process = subprocess.Popen(
                [sys.executable, "-m", "glossary", "show", str(path)],
                cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            )
            process.stdout.read(100)
            process.stdout.close()  # as `| head -c 100` does
            err = process.stderr.read().decode()
            process.wait(timeout=120)
        self.assertEqual(err, "")
        self.assertEqual(process.returncode, 141)


class LargeTexts(unittest.TestCase):
    """Above sources.LARGE a text is read piece by piece; the handout is the
    same as for the whole text. The threshold is lowered for the test."""

    def setUp(self):
        paragraph = "Il a dû trop fumer la moquette de Latché, c’est vous dire. On a beau clamer que le Web 2.0 va de pair avec l’ère communautaire."
        self.text = "Un long texte\n\n" + "\n\n".join(f"{paragraph} ({n})" for n in range(3000)) + "\n"
        self.folder = tempfile.TemporaryDirectory()
        self.path = Path(self.folder.name, "long.txt")
        self.path.write_text(self.text, encoding="utf-8")
        self.addCleanup(self.folder.cleanup)

    def both(self, *argv: str) -> tuple[str, str]:
        whole = run("show", str(self.path), *argv)
        with mock.patch.object(sources, "LARGE", 10_000), mock.patch.object(sources, "BLOCK", 4096):
            pieces = run("show", str(self.path), *argv)
        self.assertEqual(whole[0], 0)
        self.assertEqual(pieces[0], 0)
        return whole[1], pieces[1]

    def test_text_handout_is_the_same_piece_by_piece(self):
        whole, pieces = self.both()
        self.assertEqual(pieces, whole)

    def test_json_is_the_same_piece_by_piece(self):
        whole, pieces = self.both("--format", "json")
        self.assertEqual(json.loads(pieces), json.loads(whole))

    def test_first_and_only_carry_over_pieces(self):
        whole, pieces = self.both("--first", "--only", "idiom")
        self.assertEqual(pieces, whole)

    def test_html_refuses_a_large_text(self):
        with mock.patch.object(sources, "LARGE", 10_000):
            code, out, err = run("show", str(self.path), "--format", "html")
        self.assertEqual((code, out), (1, ""))
        self.assertEqual(err, f"{self.path}: 0 MB is too large for --format html (the limit is 0 MB): use --format text or json\n")

    def test_a_long_line_with_no_break(self):
        line = "fumer la moquette " * 60_000  # a megabyte with no line break
        self.path.write_text(line, encoding="utf-8")
        code, out, _ = run("show", str(self.path), "--format", "json")
        self.assertEqual(code, 0)
        self.assertEqual(len(json.loads(out)["matches"]), 60_000)


if __name__ == "__main__":
    unittest.main()
