"""``export``: each format read back with the tool its readers use (csv,
json, xml.etree, Anki's header rules), and the command line."""

import csv
import io
import json
import tempfile
import unittest
import xml.etree.ElementTree as ET
from pathlib import Path

from glossary import entries, export, find, occurrences, sources
from tests.support import run, text_file

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
# A gloss file whose fields hold what breaks careless writers: commas,
# quotes, tabs of HTML, line breaks, "&" and "<".
AWKWARD = """\
"fumer la moquette":
  kind: idiom
  register: slang
  literal: to smoke the carpet
  gloss: 'to talk nonsense, as if "high"; <b>not</b> a carpet & rug shop'
  english: what has he been smoking?
  note: |
    First paragraph, with a comma.

    Second paragraph.
  forms: [moquette de Latché]
  see: [Latché]

Latché:
  kind: reference
  gloss: François Mitterrand's country house
"""


def items_for(gloss_files, names):
    glossary = entries.build(gloss_files)
    index = find.compile(glossary)
    documents = [d for name in names for d in sources.open_documents(name)]
    where = occurrences.collect(index, documents)
    return glossary, [export.Item(e, where.get(e, [])) for e in glossary.entries]


class Formats(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.glossary, cls.items = items_for(sources.builtin_gloss_files(), ["all"])
        cls.awkward, cls.awkward_items = items_for([("awkward.yml", AWKWARD)], ["000"])

    def test_csv_reads_back(self):
        for items in (self.items, self.awkward_items):
            out = export.csv_(items)
            self.assertTrue(out.endswith("\r\n"))
            rows = list(csv.reader(io.StringIO(out, newline="")))
            self.assertEqual(tuple(rows[0]), export.CSV_COLUMNS)
            self.assertEqual(len(rows), len(items) + 1)
            for row, item in zip(rows[1:], items):
                entry = item.entry
                self.assertEqual(row[:7], [entry.headword, entry.kind, entry.gloss, entry.register or "",
                                           entry.literal or "", entry.english or "", entry.note or ""])
                self.assertEqual(row[7].split(" | ") if row[7] else [], list(entry.forms))
                self.assertEqual(row[9], entry.origin)
                self.assertEqual(int(row[11]), len(item.occurrences))
        note = list(csv.reader(io.StringIO(export.csv_(self.awkward_items), newline="")))[1][6]
        self.assertEqual(note, "First paragraph, with a comma.\n\nSecond paragraph.")

    def test_json_offsets_index_the_texts(self):
        data = json.loads(export.json_(self.items))
        self.assertEqual(len(data["entries"]), len(self.glossary.entries))
        texts = {f"seeds/{p.name}": p.read_text(encoding="utf-8") for p in sources.seed_paths()}
        for entry in data["entries"]:
            self.assertTrue(entry["occurrences"], entry["headword"])  # every entry is used in a seed
            for o in entry["occurrences"]:
                self.assertEqual(texts[o["source"]][o["start"] : o["end"]], o["text"])
                self.assertEqual(o["text_id"], o["source"][6:9])

    def test_anki(self):
        out = export.anki(self.awkward_items)
        lines = out.split("\n")
        self.assertEqual(lines[:4], ["#separator:tab", "#html:true", "#tags column:3", "#columns:Front\tBack\tTags"])
        notes = [line.split("\t") for line in lines[4:] if line]
        self.assertEqual(len(notes), 2)
        self.assertTrue(all(len(note) == 3 for note in notes))
        front, back, tags = notes[0]
        self.assertEqual(front, "La <b>moquette de Latché</b>")  # the first occurrence: the title
        self.assertNotIn('"', front + back)  # quotes are &quot;: Anki reads no field as quoted
        self.assertIn("to talk nonsense, as if &quot;high&quot;; &lt;b&gt;not&lt;/b&gt; a carpet &amp; rug shop", back)
        self.assertIn("<i>Literally:</i> to smoke the carpet", back)
        self.assertIn("<i>Note:</i> First paragraph, with a comma.<br><br>Second paragraph.", back)
        self.assertEqual(tags, "idiom 000")
        self.assertEqual(notes[1][2], "reference 000")

    def test_anki_entry_found_nowhere(self):
        glossary, items = items_for([("mine.yml", "vrai faux ami:\n  kind: false friend\n  gloss: g\n")], ["000"])
        (note,) = [line.split("\t") for line in export.anki(items).split("\n")[4:] if line]
        self.assertEqual(note, ["<b>vrai faux ami</b>", "<b>vrai faux ami</b> <i>(false friend)</i><br>g", "false_friend"])

    def test_tbx_structure(self):
        root = ET.fromstring(export.tbx(self.items))
        self.assertEqual((root.tag, root.get("type")), ("martif", "TBX-Basic"))
        self.assertEqual(root.find("martifHeader/encodingDesc/p").text, "TBXBasicXCSV02.xcs")
        term_entries = root.findall("text/body/termEntry")
        self.assertEqual(len(term_entries), len(self.glossary.entries))
        self.assertEqual(len({t.get("id") for t in term_entries}), len(term_entries))
        for term_entry, entry in zip(term_entries, self.glossary.entries):
            with self.subTest(entry.headword):
                langs = [lang.get(XML_LANG) for lang in term_entry.findall("langSet")]
                self.assertEqual(langs, ["fr", "en"])
                french, english = term_entry.findall("langSet")
                terms = [t.text for t in french.findall("tig/term")]
                self.assertEqual(terms[0], entry.headword)
                self.assertTrue(all(terms))
                self.assertEqual(english.find("descrip[@type='definition']").text, entry.gloss)
                self.assertTrue(english.find("tig/term").text)
                self.assertTrue(term_entry.find("note").text.startswith(f"kind: {entry.kind}"))
                if entry.note:
                    self.assertEqual(term_entry.findall("note")[1].text, entry.note)

    def test_tbx_terms(self):
        root = ET.fromstring(export.tbx(self.awkward_items))
        first = root.find("text/body/termEntry")
        tigs = first.findall("langSet/tig")
        self.assertEqual([t.find("term").text for t in tigs], ["fumer la moquette", "moquette de Latché", "what has he been smoking?"])
        self.assertEqual(tigs[0].find("termNote[@type='termType']").text, "phrase")
        self.assertEqual(tigs[1].find("termNote[@type='termType']").text, "variant")
        self.assertEqual(tigs[0].find("descrip[@type='context']").text, "La moquette de Latché")
        self.assertEqual(tigs[0].find("note").text, "literally: to smoke the carpet")

    def test_english_term(self):
        cases = [
            (entries.Entry("24h/24", "idiom", "round the clock, 24 hours a day; short for x", english="24/7"), "24/7"),
            (entries.Entry("à savoir", "idiom", "namely, that is to say"), "namely, that is to say"),
            (entries.Entry("Latché", "reference", "a hamlet, in the Landes"), "Latché"),
        ]
        for entry, term in cases:
            self.assertEqual(export.english_term(entry), term)


class CommandLine(unittest.TestCase):
    def test_every_format_on_every_seed(self):
        for path in sources.seed_paths():
            for format_ in export.FORMATS:
                with self.subTest(seed=path.name, format=format_):
                    code, out, err = run("export", "--format", format_, path.name[:3])
                    self.assertEqual((code, err), (0, ""))
                    self.assertTrue(out)

    def test_only_the_entries_of_the_texts_named(self):
        code, out, _ = run("export", "--format", "csv", "003")
        self.assertEqual(code, 0)
        rows = list(csv.reader(io.StringIO(out, newline="")))[1:]
        self.assertEqual(len(rows), 42)  # the README's coverage table
        self.assertTrue(all(row[10] == "003" for row in rows))

    def test_any_text_file_even_with_nothing_glossed(self):
        with text_file("notes.txt", "Le mobinaute fait ses courses en ligne.\n") as path:
            code, out, _ = run("export", "--format", "anki", str(path))
        self.assertEqual(code, 0)
        self.assertTrue(out.rstrip("\n").split("\n")[-1].endswith("\tjargon notes"))
        with text_file("rien.txt", "Nous allons au marché.\n") as path:
            code, out, _ = run("export", "--format", "tbx", str(path))
        self.assertEqual(code, 0)
        self.assertEqual(ET.fromstring(out).findall("text/body/termEntry"), [])

    def test_output_file(self):
        with tempfile.TemporaryDirectory() as tmp:
            target = Path(tmp, "glossary.tbx")
            code, out, err = run("export", "--format", "tbx", "-o", str(target))
            self.assertEqual((code, out, err), (0, "", ""))
            self.assertEqual(ET.parse(target).getroot().tag, "martif")
            text = Path(tmp, "texte.txt")
            text.write_text("Il a voulu fumer la moquette.\n", encoding="utf-8")
            code, _, err = run("export", "--format", "csv", str(text), "-o", str(text))
            self.assertEqual((code, err), (1, f"{text}: refusing to overwrite an input file with the output\n"))

    def test_errors(self):
        self.assertEqual(run("export", "--format", "csv", "9")[0], 1)
        code, _, err = run("export", "000")
        self.assertEqual(code, 2)
        self.assertIn("--format", err)


if __name__ == "__main__":
    unittest.main()
