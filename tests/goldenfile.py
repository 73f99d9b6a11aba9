"""Golden files: a rendered handout compared with the one kept in
tests/golden/, so that any change of layout or glosses shows as a diff.

Set GLOSSARY_UPDATE_GOLDEN=1 to rewrite them after a deliberate change, then
read the diff before committing it."""

import os
import unittest
from pathlib import Path

GOLDEN = Path(__file__).parent / "golden"


def check(test: unittest.TestCase, got: str, name: str) -> None:
    path = GOLDEN / name
    if os.environ.get("GLOSSARY_UPDATE_GOLDEN"):
        path.write_text(got, encoding="utf-8")
    test.assertEqual(got, path.read_text(encoding="utf-8"))
