"""Whatever our gloss-file parser accepts must mean the same to a YAML
reader: every shipped gloss file and every valid fixture loads to the same
data with PyYAML's safe_load. PyYAML is a test oracle only (the package
imports nothing outside the standard library); .ci/run installs it in a
throwaway virtual environment for this test."""

import random
import unittest
from pathlib import Path

from glossary import glossfile
from glossary.errors import GlossaryError

try:
    import yaml
except ImportError:  # pragma: no cover - depends on the machine
    yaml = None

ROOT = Path(__file__).resolve().parent.parent


def ours(path: Path):
    text = path.read_bytes().decode("utf-8")
    text = text[1:] if text.startswith("\ufeff") else text
    return {
        entry.headword: {
            field.name: list(field.value.data) if isinstance(field.value.data, tuple) else field.value.data
            for field in entry.fields
        }
        for entry in glossfile.parse(text, path.name)
    }


@unittest.skipIf(yaml is None, "PyYAML is not installed: `pip install pyyaml` to run the YAML conformance test")
class SameAsYaml(unittest.TestCase):
    def test_every_gloss_file_reads_the_same_with_pyyaml(self):
        paths = sorted((ROOT / "glossary" / "data").glob("*.yml")) + sorted(
            (ROOT / "tests" / "glossfile" / "valid").glob("*.yml")
        )
        self.assertGreaterEqual(len(paths), 10, "the glob found too few gloss files")
        for path in paths:
            with self.subTest(path.name):
                self.assertEqual(ours(path), yaml.safe_load(path.read_bytes()))

    def test_mutated_files_that_we_accept_read_the_same_with_pyyaml(self):
        from tests.test_fuzz import mutate

        rng = random.Random(12)
        originals = [p.read_text(encoding="utf-8").lstrip("\ufeff") for p in (ROOT / "tests" / "glossfile" / "valid").glob("*.yml")]
        originals += [p.read_text(encoding="utf-8")[:3000] for p in (ROOT / "glossary" / "data").glob("*.yml")]
        accepted = 0
        for case in range(3000):
            text = mutate(rng, rng.choice(originals))
            try:
                parsed = glossfile.parse(text, "fuzz.yml")
            except GlossaryError:
                continue
            if not parsed:
                continue  # an empty file: entries.build refuses it
            accepted += 1
            data = {e.headword: {f.name: list(f.value.data) if isinstance(f.value.data, tuple) else f.value.data for f in e.fields} for e in parsed}
            with self.subTest(case=case, text=text[:200]):
                self.assertEqual(data, yaml.safe_load(text))
        self.assertGreater(accepted, 300, "too few mutants were accepted to compare anything")


if __name__ == "__main__":
    unittest.main()
