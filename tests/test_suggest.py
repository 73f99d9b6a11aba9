"""``suggest``: tables of real French sentences with what each signal must
propose there (and what it must not), the gloss-file skeletons, the
measure against the glossary, and the command line."""

import unittest
from pathlib import Path

from glossary import entries, find, glossfile, sources, suggest
from glossary.errors import GlossaryError
from tests.support import run, text_file

ROOT = Path(__file__).resolve().parent.parent

# (sentence, a phrase suggest must propose, a word of the reason it gives)
PROPOSED = [
    # rare words, and inflected forms counted as their lemma
    ("Il le dit depuis belle lurette, et ça ne change rien.", "lurette", "rare"),
    ("Le mobinaute consulte le site depuis son téléphone.", "mobinaute", "commonest"),
    # English words, alone and in runs
    ("Il faut installer un framework sur le poste client.", "framework", "English"),
    ("C'est le nouvel horizon du marketing one to one.", "one to one", "English"),
    ("Le geek est condamné à l'autisme.", "geek", "English"),
    # acronyms
    ("Les outils et canaux CRM sont nombreux.", "CRM", "acronym"),
    ("Votre carte de fidélité RFID émet un signal.", "RFID", "acronym"),
    # web and SMS spellings
    ("Voilà pourkoi je ne m'inscris pas sur facebook.", "pourkoi", "SMS spelling"),
    ("Je t'attends avec impatience... @micalement, Henri", "@micalement", "'@'"),
    ("Un autre article récent de Relationclient.net pressent la même chose.", "Relationclient.net", "glued"),
    ("Ce scénario illlustre le retard des entreprises.", "illlustre", "stretched"),
    ("Perso, je ne suis pas anti-geek.", "Perso", "clipped"),
    ("Le salon est ouvert 24H/24 et 7j/7.", "24H/24", "glued"),
    # hyphenated coinages
    ("Il a proposé des articles aux cyber-habitants à des prix avantageux.", "cyber-habitants", "prefix"),
    ("Les techno-phobes ne semblent pas y croire.", "techno-phobes", "prefix"),
    ("On peut y faire ses courses avec le linden-dollar.", "linden-dollar", "rare part"),
    # quotation marks
    ("Ils laissent beaucoup de « traces numériques » sur le web.", "traces numériques", "quotation"),
    ("Il y a bien la « commère » qui regarde par la fenêtre.", "commère", "quotation"),
    ('La ristourne accordée à tous les "likers" de la marque.', "likers", "quotation"),
    # names in mid-sentence, with their particles
    ("Consultez le blog de Michel de Guilhermier si vous voulez.", "Michel de Guilhermier", "name"),
    ("Ah, les victimes de World of Warcraft.", "World of Warcraft", "name"),
    ("Je n'ai plus qu'à racheter le stock mondial de Guronsan.", "Guronsan", "name"),
    ("Il en a parlé avec M. Dupont et J. Attali.", "Attali", "name"),  # an initial ends no sentence
    # shapes of fixed expressions
    ("Il organise ses rendez-vous en prenant contact avec les intervenants.", "prenant contact", "verb + noun"),
    ("Les entreprises sont désireuses d'en faire usage.", "faire usage", "verb + noun"),
    ("Les nombreux essais mis en oeuvre sur Second Life.", "mis en oeuvre", "verb + preposition"),
    ("Le Web 2.0 va de pair avec l'ère communautaire.", "va de pair", "verb + preposition"),
    ("Il a organisé une vente privée, une boutique en ligne en quelque sorte.", "en quelque sorte", "preposition + noun"),
    ("Sans doute le passage à l'échelle modifie-t-il notre perception.", "Sans doute", "preposition + noun"),
    ("Ces données sont collectées à l’insu de l’individu.", "à l’insu de", "article + noun + de"),
    ("Nous sommes plus suspicieux à l'égard du village internet.", "à l'égard du", "article + noun + de"),
    ("Les débits sont de plus en plus élevés.", "de plus en plus", "repeated"),
    ("Le mythe de l'internet, tout à la fois global et intime.", "tout à la fois", "'tout'"),
    ("Vous êtes en rupture de stock.", "rupture de stock", "noun + de + noun"),
    ("Il se contente de vous saluer.", "se contente de", "pronominal"),
    ("Elle ne demande qu'à y croire.", "ne demande qu'à", "qu'à"),
    ("Le potentiel commercial, à suivre.", "à suivre", "infinitive"),
    # two content words met together twice
    ("La relation client change. Une relation client améliorée ?", "relation client", "together"),
]

# (sentence, a phrase suggest must not propose)
NOT_PROPOSED = [
    ("Peut-être pas, mais je ne pense pas que nous pourrons l'éviter.", "Peut-être"),  # common compound
    ("Accepterons-nous que toutes ces informations circulent ?", "Accepterons-nous"),  # inversion
    ("Le passage à l'échelle modifie-t-il notre perception ?", "modifie-t-il"),
    ("Grâce à son avatar, il a pu discuter avec eux.", "Grâce"),  # a capital that starts a sentence
    ("Il a organisé une vente et il a fini par partir.", "a fini"),  # a verb, not a noun
    ("L'internaute laisse des traces.", "L'"),  # an elided capital is no acronym
    ("Ils travailleront dans des mondes virtuels.", "travailleront"),  # a common verb, conjugated
    ("Le rendez-vous est fixé à 18h30, le 2e jour.", "18h30"),  # times and ordinals
    ("Voir http://www.exemple.com/cyber-truc ou écrire à jean.dupont@exemple.fr", "cyber-truc"),  # addresses
    ("Voir http://www.exemple.com/cyber-truc ou écrire à jean.dupont@exemple.fr", "jean.dupont"),
]

# Sentences in English inside a French text are left alone.
ENGLISH = "Le billet est court.\n\nI love reading these articles because they're short but informative.\n"


def phrases(text: str) -> list[str]:
    return [c.phrase for c in suggest.suggest(text)]


class Signals(unittest.TestCase):
    def test_proposed(self):
        for sentence, phrase, reason in PROPOSED:
            with self.subTest(sentence):
                found = {c.phrase: c for c in suggest.suggest(sentence)}
                self.assertIn(phrase, found, f"not proposed; got {list(found)}")
                self.assertIn(reason, "; ".join(found[phrase].reasons))

    def test_not_proposed(self):
        for sentence, phrase in NOT_PROPOSED:
            with self.subTest(sentence):
                self.assertNotIn(phrase, phrases(sentence))

    def test_english_sentences_are_skipped(self):
        self.assertEqual(phrases(ENGLISH), [])

    def test_headwords(self):
        cases = [
            ("Il organise ses rendez-vous en prenant contact avec eux.", "prenant contact", "prendre contact"),
            ("Le Web 2.0 va de pair avec l'ère communautaire.", "va de pair", "aller de pair"),
            ("Il s'agit d'un lieu de rencontre.", "s'agit d'", "s'agir de"),
            ("Perso, je ne suis pas anti-geek.", "Perso", "perso"),  # lowercase: it starts the sentence
            ("Il a parlé à Michel de Guilhermier.", "Michel de Guilhermier", "Michel de Guilhermier"),
        ]
        for sentence, phrase, headword in cases:
            with self.subTest(sentence):
                found = {c.phrase: c.headword for c in suggest.suggest(sentence)}
                self.assertEqual(found.get(phrase), headword)

    def test_occurrences_make_one_candidate_with_their_sentence(self):
        text = "Le mobinaute lit.\nChaque mobinaute écrit aussi.\n"
        (candidate,) = [c for c in suggest.suggest(text) if c.phrase == "mobinaute"]
        self.assertEqual(candidate.spans, ((3, 12), (25, 34)))
        self.assertEqual((candidate.line, candidate.context), (1, "Le mobinaute lit."))

    def test_ranked_best_first(self):
        scores = [c.score for c in suggest.suggest((ROOT / "seeds" / "004_affe261f8401dc5a.txt").read_text("utf-8"))]
        self.assertEqual(scores, sorted(scores, reverse=True))
        self.assertGreaterEqual(min(scores), suggest.MIN_SCORE)

    def test_decomposed_accents(self):
        import unicodedata

        text = unicodedata.normalize("NFD", "Le mobinaute fait ses courses à l’insu de tous, déjà « réseauté ».")
        found = {text[s:e] for c in suggest.suggest(text) for s, e in c.spans}
        self.assertEqual(found, {unicodedata.normalize("NFD", w) for w in ("mobinaute", "à l’insu de", "réseauté")})

    def test_text_without_candidates(self):
        self.assertEqual(suggest.suggest("Nous allons au marché avec les enfants.\n"), [])


class Covered(unittest.TestCase):
    """What the glossary already has is never suggested."""

    @classmethod
    def setUpClass(cls):
        cls.glossary = entries.build(sources.builtin_gloss_files())
        cls.index = find.compile(cls.glossary)

    def test_nothing_overlaps_a_glossed_expression(self):
        for path in sources.seed_paths():
            text = path.read_text(encoding="utf-8")
            matches = find.find(self.index, text)
            taken = [span for m in matches for span in m.spans]
            with self.subTest(path.name):
                for candidate in suggest.suggest(text, matches, self.glossary.entries):
                    for start, end in candidate.spans:
                        self.assertFalse(any(s < end and start < e for s, e in taken), candidate.phrase)

    def test_a_headword_is_not_suggested_even_where_it_is_not_spotted(self):
        glossary = entries.build([("mine.yml", "mobinaute:\n  kind: jargon\n  gloss: a mobile web user\n")])
        self.assertNotIn("mobinaute", [c.phrase for c in suggest.suggest("Le mobinaute lit.", (), glossary.entries)])


def fill(skeleton: str) -> str:
    """A skeleton as its author would finish it: each gloss written, the
    other empty fields deleted."""
    lines = [line for line in skeleton.splitlines() if line.strip() not in ("register:", "literal:", "english:", "note:")]
    return "\n".join(line + " to be written" if line.strip() == "gloss:" else line for line in lines) + "\n"


class Skeletons(unittest.TestCase):
    def setUp(self):
        text = "Voilà pourkoi… @micalement, le mobinaute a « tout à la fois » un avatar."
        self.out = suggest.format_yml("notes.txt", suggest.suggest(text))

    def test_the_loader_refuses_an_empty_gloss(self):
        with self.assertRaises(GlossaryError) as caught:
            entries.entries_from_source(self.out, "skeleton.yml")
        self.assertRegex(str(caught.exception), r"^skeleton\.yml:\d+:\d+: field 'gloss' has no value$")

    def test_filled_in_it_loads_with_the_headwords_as_written(self):
        loaded = entries.entries_from_source(fill(self.out), "skeleton.yml")
        self.assertTrue(all(e.gloss == "to be written" and e.kind in entries.KINDS for e in loaded))
        headwords = [e.headword for e in loaded]
        self.assertIn("@micalement", headwords)  # quoted: '@' may not start a plain value
        self.assertIn("pourkoi", headwords)
        self.assertIn("tout à la fois", headwords)

    def test_each_skeleton_has_its_sentence_and_reasons_as_comments(self):
        self.assertIn("# « Voilà pourkoi… @micalement, le mobinaute a « tout à la fois » un avatar. »", self.out)
        self.assertIn("# pourkoi — ", self.out)


class Evaluation(unittest.TestCase):
    def test_figures_on_the_seeds(self):
        glossary = entries.build(sources.builtin_gloss_files())
        index = find.compile(glossary)
        scores = []
        for path in sources.seed_paths():
            text = path.read_text(encoding="utf-8")
            scores.append(suggest.evaluate(path.name[:3], text, find.find(index, text)))
        found = sum(s.proposed for s in scores) / sum(s.entries for s in scores)
        precision = sum(s.top_real for s in scores) / sum(s.top for s in scores)
        # Floors a little under the figures quoted in the README: a change
        # that makes suggest worse fails here.
        self.assertGreaterEqual(found, 0.5)
        self.assertGreaterEqual(precision, 0.6)
        for s in scores:
            self.assertLessEqual(s.proposed, s.entries)
            self.assertEqual(s.top, min(suggest.TOP, s.candidates))

    def test_a_hit_is_an_overlap_or_the_same_words(self):
        glossary = entries.build([("mine.yml", "fumer la moquette:\n  kind: idiom\n  gloss: to talk nonsense\n")])
        text = "Il a dû trop fumer la moquette de Latché."
        matches = find.find(find.compile(glossary), text)
        candidates = {c.phrase: c for c in suggest.suggest(text)}
        self.assertEqual(suggest.hits(candidates["moquette"], matches), {glossary.entries[0]})
        self.assertEqual(suggest.hits(candidates["Latché"], matches), set())


class CommandLine(unittest.TestCase):
    def test_every_seed(self):
        for path in sources.seed_paths():
            with self.subTest(path.name):
                code, out, err = run("suggest", path.name[:3])
                self.assertEqual((code, err), (0, ""))
                self.assertTrue(out.startswith(f"seeds/{path.name}: "))
                self.assertIn("     why: ", out)

    def test_any_text_file_and_stdin(self):
        text = "Le mobinaute est un cyber-habitant qui fait ses achats en ligne.\n"
        with text_file("notes.txt", text) as path:
            code, out, err = run("suggest", str(path))
        self.assertEqual((code, err), (0, ""))
        self.assertIn("mobinaute", out)
        code, out_stdin, _ = run("suggest", "-", stdin=text.encode())
        self.assertEqual(code, 0)
        self.assertEqual(out_stdin.split("\n", 1)[1], out.split("\n", 1)[1])

    def test_top_and_yml(self):
        code, out, _ = run("suggest", "004", "--top", "3", "--format", "yml")
        self.assertEqual(code, 0)
        self.assertEqual(len(glossfile.parse(fill(out), "out.yml")), 3)

    def test_nothing_to_suggest(self):
        code, out, _ = run("suggest", "-", stdin="Nous allons au marché.\n".encode())
        self.assertEqual((code, out), (0, "<stdin>: nothing to suggest: no expression stands out that the glossary does not cover\n"))
        code, out, _ = run("suggest", "-", "--format", "yml", stdin="Le mobinaute fait du réseautage.\n".encode())
        self.assertEqual(code, 0)
        self.assertTrue(out.endswith("\n# Nothing to suggest: no expression stands out that the glossary does not cover.\n"))

    def test_evaluate(self):
        code, out, err = run("suggest", "--evaluate")
        self.assertEqual((code, err), (0, ""))
        self.assertTrue(out.startswith("| text | entries | proposed | recall | proposals | real in top 30 | precision@30 |"))
        for name in ("000", "001", "002", "003", "004", "all", "false friend"):
            self.assertIn(f"| {name} ", out)

    def test_errors(self):
        self.assertEqual(
            run("suggest"),
            (1, "", "glossary: name a text to read (a seed id, a path, or - for stdin), or give --evaluate\n"),
        )
        self.assertEqual(
            run("suggest", "--evaluate", "--format", "yml"),
            (1, "", "glossary: --evaluate prints a table: it takes no --format or --top\n"),
        )
        code, out, err = run("suggest", "nowhere.txt")
        self.assertEqual((code, out, err), (1, "", "nowhere.txt: no such file\n"))
        code, _, err = run("suggest", "000", "--top", "0")
        self.assertEqual(code, 2)


if __name__ == "__main__":
    unittest.main()
