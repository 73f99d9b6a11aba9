"""Tests of glossary.conjugate.

The conjugation tables of tests/conjugation/ come from published tables
(each file's header names its sources), not from the module's own code.
"""

import itertools
import time
import unittest
from pathlib import Path

from glossary.conjugate import (
    TENSES,
    auxiliary,
    conjugate,
    is_verb,
    past_participles,
    verb_forms,
)

TABLE_DIR = Path(__file__).parent / "conjugation"
TABLE_PATHS = sorted(TABLE_DIR.glob("*.txt"))


def read_table(path: Path) -> dict[str, tuple[str, ...]]:
    """tense -> forms of a reference table; '-' (no such form) becomes ""."""
    rows = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        tense, _, forms = line.partition(":")
        rows[tense.strip()] = tuple("" if form == "-" else form for form in forms.split())
    return rows


class ConjugationTablesTest(unittest.TestCase):
    def test_tables_are_found(self):
        self.assertGreater(len(TABLE_PATHS), 40, f"reference tables missing in {TABLE_DIR}")

    def test_tables_give_every_tense(self):
        for path in TABLE_PATHS:
            with self.subTest(table=path.name):
                self.assertEqual(tuple(read_table(path)), TENSES)

    def test_conjugation_matches_reference_tables(self):
        for path in TABLE_PATHS:
            rows = read_table(path)
            verb = rows["infinitif"][0]
            result = conjugate(verb)
            for tense, expected in rows.items():
                with self.subTest(verb=verb, tense=tense):
                    self.assertEqual(result[tense], expected)

    def test_verb_forms_hold_every_conjugated_form(self):
        for path in TABLE_PATHS:
            verb = read_table(path)["infinitif"][0]
            with self.subTest(verb=verb):
                conjugated = {form for forms in conjugate(verb).values() for form in forms if form}
                self.assertLessEqual(conjugated, verb_forms(verb))


class ConjugateShapeTest(unittest.TestCase):
    def test_keys_and_sizes(self):
        for verb in ("parler", "finir", "prendre", "falloir", "être"):
            with self.subTest(verb=verb):
                result = conjugate(verb)
                self.assertEqual(tuple(result), TENSES)
                sizes = {tense: len(forms) for tense, forms in result.items()}
                self.assertEqual(sizes["infinitif"], 1)
                self.assertEqual(sizes["imperatif"], 3)
                self.assertEqual(sizes["participe_present"], 1)
                self.assertEqual(sizes["participe_passe"], 4)
                for tense in TENSES[1:8]:
                    self.assertEqual(sizes[tense], 6, tense)

    def test_unknown_words_raise(self):
        for word in ("premier", "avenir", "autre", "", "xyz"):
            with self.subTest(word=word):
                with self.assertRaises(ValueError):
                    conjugate(word)
                with self.assertRaises(ValueError):
                    verb_forms(word)


class VerbFormsTest(unittest.TestCase):
    def test_second_spellings_are_included(self):
        cases = {
            "payer": {"paie", "paye", "payes", "payent", "paierai", "payerai", "payerions"},
            "essayer": {"essaie", "essaye", "essaierons", "essayerons"},
            "asseoir": {"assieds", "assois", "assoit", "assoyons", "assiérai", "assoirai", "assoie", "assoir"},
            "s'asseoir": {"assieds", "assois"},
            "pouvoir": {"peux", "puis"},
            "vouloir": {"veuille", "veux", "voulons", "veuillons", "voulez", "veuillez"},
            "céder": {"céderai", "cèderai", "céderions", "cèderions"},
            "connaître": {"connaît", "connait", "connaître", "connaitre", "connaîtrai", "connaitrai"},
            "plaire": {"plaît", "plait"},
            "accroître": {"accrois", "accroîs", "accroitra"},
            "croître": {"croîtra", "croitra", "croît", "crû"},
            "étiqueter": {"étiquette", "étiquète", "étiquetterai", "étiquèterai"},
            "renouveler": {"renouvelle", "renouvèle"},
            "harceler": {"harcèle", "harcelle"},
            "luire": {"luisis", "luis", "luisisse", "luisse"},
            "mouvoir": {"mû", "mu", "mue"},
            "absoudre": {"absous", "absout", "absoute"},
        }
        for verb, expected in cases.items():
            with self.subTest(verb=verb):
                self.assertLessEqual(expected, verb_forms(verb))

    def test_appeler_and_jeter_keep_the_double_consonant(self):
        # The 1990 reform spares appeler, jeter and their derivatives.
        for verb, absent in (("appeler", "appèle"), ("rappeler", "rappèle"), ("jeter", "jète"), ("projeter", "projète")):
            with self.subTest(verb=verb):
                self.assertNotIn(absent, verb_forms(verb))

    def test_impersonal_verbs(self):
        self.assertEqual(
            verb_forms("falloir"),
            {"falloir", "faut", "fallait", "fallut", "faudra", "faudrait", "faille", "fallût", "fallu"},
        )
        self.assertEqual(
            verb_forms("pleuvoir"),
            {"pleuvoir", "pleut", "pleuvait", "plut", "pleuvra", "pleuvrait", "pleuve", "plût", "pleuvant", "plu"},
        )

    def test_auxiliaries(self):
        self.assertLessEqual({"ai", "as", "a", "avons", "avez", "ont", "eu", "eue", "aurai", "eût", "ayant"}, verb_forms("avoir"))
        etre = verb_forms("être")
        self.assertLessEqual({"suis", "es", "est", "sommes", "êtes", "sont", "été", "fûmes", "soyez", "étant"}, etre)
        self.assertNotIn("étée", etre)

    def test_past_participles(self):
        self.assertEqual(past_participles("prendre"), {"pris", "prise", "prises"})
        self.assertEqual(past_participles("naître"), {"né", "née", "nés", "nées"})
        self.assertEqual(past_participles("pouvoir"), {"pu"})
        self.assertEqual(past_participles("être"), {"été"})
        self.assertEqual(past_participles("inclure"), {"inclus", "incluse", "incluses"})
        self.assertEqual(past_participles("exclure"), {"exclu", "exclue", "exclus", "exclues"})
        self.assertEqual(past_participles("devoir"), {"dû", "due", "dus", "dues"})
        self.assertEqual(past_participles("créer"), {"créé", "créée", "créés", "créées"})

    def test_forms_are_lowercase_nfc(self):
        import unicodedata

        for verb in ("Être", "CÉDER", "s’Asseoir", "connaître"):
            with self.subTest(verb=verb):
                for form in verb_forms(verb):
                    self.assertEqual(form, unicodedata.normalize("NFC", form.lower()))
        decomposed = unicodedata.normalize("NFD", "céder")
        self.assertEqual(verb_forms(decomposed), verb_forms("céder"))

    def test_pronominal_infinitives(self):
        self.assertEqual(conjugate("se souvenir"), conjugate("souvenir"))
        self.assertEqual(conjugate("s'en aller"), conjugate("aller"))
        self.assertEqual(conjugate("s’enfuir"), conjugate("enfuir"))
        self.assertIn("fie", verb_forms("se fier"))
        self.assertIn("tapissait", verb_forms("se tapir"))

    def test_1990_infinitives(self):
        self.assertEqual(conjugate("connaitre"), conjugate("connaître"))
        self.assertEqual(conjugate("assoir"), conjugate("asseoir"))
        self.assertEqual(conjugate("rafraichir"), conjugate("rafraîchir"))
        self.assertLessEqual({"rafraîchissons", "rafraichissons", "rafraichir"}, verb_forms("rafraîchir"))

    def test_speed(self):
        # 10,000 distinct verbs in well under the 2 s the matcher can afford;
        # the bound leaves room for a slow CI machine.
        consonants, vowels = "bcdfglmnprstv", "aiou"
        stems = ("".join(letters) for letters in itertools.product(consonants, vowels, consonants, vowels, consonants))
        verbs = list(itertools.islice((stem + "er" for stem in stems if is_verb(stem + "er")), 10_000))
        self.assertEqual(len(set(verbs)), 10_000)
        start = time.perf_counter()
        for verb in verbs:
            verb_forms(verb)
        self.assertLess(time.perf_counter() - start, 4.0)


class IsVerbTest(unittest.TestCase):
    VERBS = """
        être avoir aller envoyer renvoyer faire dire prendre mettre pouvoir
        vouloir savoir devoir voir venir tenir falloir pleuvoir asseoir
        s'asseoir connaître naître mourir ouvrir offrir recevoir vendre
        attendre répondre perdre rompre interrompre battre vaincre coudre
        résoudre croître croire boire lire écrire rire conclure inclure
        suivre vivre courir fuir haïr finir choisir réussir agir grandir
        parler manger commencer lever céder appeler jeter payer nettoyer
        créer étudier naviguer poster noyer boucher dîner coucher pêcher
        conseiller interpeller prévoir pourvoir maintenir convaincre parcourir accueillir promouvoir
        prévaloir rafraîchir connaitre assoir
    """.split()

    NON_VERBS = """
        premier dernier hier cher fier mer fer hiver enfer super cancer laser
        leader avenir désir plaisir loisir soir espoir miroir noir trottoir
        couloir tiroir mouchoir comptoir réservoir rasoir entonnoir arrosoir
        autre notre votre ordre titre livre centre nombre membre lettre
        contre entre quatre chiffre offre papier métier quartier ouvrier
        boulanger danger étranger léger entier particulier février cahier
        dossier escalier foyer rocher pommier tapir souvenirs er ver
    """.split()

    def test_verbs(self):
        for word in self.VERBS + ["se souvenir", "s'en aller", "se fier", "s’en aller"]:
            with self.subTest(word=word):
                self.assertTrue(is_verb(word))

    def test_non_verbs(self):
        for word in self.NON_VERBS + ["pomme de terre", "l'avenir", ""]:
            with self.subTest(word=word):
                self.assertFalse(is_verb(word))

    def test_every_table_verb_is_a_verb(self):
        for path in TABLE_PATHS:
            verb = read_table(path)["infinitif"][0]
            with self.subTest(verb=verb):
                self.assertTrue(is_verb(verb))


class AuxiliaryTest(unittest.TestCase):
    def test_auxiliary(self):
        etre = """aller venir devenir revenir parvenir intervenir arriver partir
                  repartir naître mourir entrer rentrer sortir monter descendre
                  rester tomber retourner passer décéder apparaître survenir""".split()
        avoir = "avoir être prendre prévenir convenir faire finir laver courir vivre".split()
        for verb in etre:
            with self.subTest(verb=verb):
                self.assertEqual(auxiliary(verb), "être")
        for verb in avoir:
            with self.subTest(verb=verb):
                self.assertEqual(auxiliary(verb), "avoir")
        self.assertEqual(auxiliary("s'en aller"), "être")


if __name__ == "__main__":
    unittest.main()
