"""Tests of glossary.inflect: plural and feminine of nouns and adjectives."""

import unicodedata
import unittest

from glossary.inflect import feminine, feminines, noun_adj_forms, plural, plurals

# (word, forms noun_adj_forms must give), one row or more per rule.
EXPECTED_FORMS = [
    # -s, -x, -z: invariable plural
    ("gris", {"gris", "grise", "grises"}),
    ("prix", {"prix"}),
    ("nez", {"nez"}),
    ("français", {"français", "française", "françaises"}),
    # -al -> -aux, with the -als exceptions
    ("cheval", {"cheval", "chevaux"}),
    ("normal", {"normal", "normaux", "normale", "normales"}),
    ("journal", {"journaux"}),
    ("bal", {"bals"}),
    ("carnaval", {"carnavals"}),
    ("festival", {"festivals"}),
    ("récital", {"récitals"}),
    ("chacal", {"chacals"}),
    ("naval", {"navals", "navale", "navales"}),
    ("fatal", {"fatals", "fatale", "fatales"}),
    ("final", {"finals", "finaux", "finale", "finales"}),
    ("natal", {"natals", "natale"}),
    ("banal", {"banals", "banale"}),
    ("idéal", {"idéals", "idéaux"}),
    # -eau, -au, -eu -> +x, with the -s exceptions
    ("bateau", {"bateau", "bateaux"}),
    ("tuyau", {"tuyaux"}),
    ("cheveu", {"cheveux"}),
    ("jeu", {"jeux"}),
    ("pneu", {"pneus"}),
    ("bleu", {"bleus", "bleue", "bleues"}),
    ("landau", {"landaus"}),
    ("sarrau", {"sarraus"}),
    ("émeu", {"émeus"}),
    # -ou -> -s, except the seven in -x
    ("trou", {"trous"}),
    ("clou", {"clous"}),
    ("bijou", {"bijoux"}),
    ("caillou", {"cailloux"}),
    ("chou", {"choux"}),
    ("genou", {"genoux"}),
    ("hibou", {"hiboux"}),
    ("joujou", {"joujoux"}),
    ("pou", {"poux"}),
    # -ail -> -s, except those in -aux
    ("détail", {"détails"}),
    ("éventail", {"éventails"}),
    ("travail", {"travaux"}),
    ("vitrail", {"vitraux"}),
    ("bail", {"baux"}),
    ("corail", {"coraux"}),
    ("émail", {"émaux"}),
    ("soupirail", {"soupiraux"}),
    ("vantail", {"vantaux"}),
    ("ventail", {"ventaux"}),
    # irregular plurals
    ("œil", {"yeux"}),
    ("ciel", {"cieux"}),
    ("monsieur", {"messieurs"}),
    # feminines
    ("heureux", {"heureux", "heureuse", "heureuses"}),
    ("actif", {"actifs", "active", "actives"}),
    ("neuf", {"neuve", "neuves"}),
    ("bref", {"brève", "brèves"}),
    ("cher", {"chers", "chère", "chères"}),
    ("léger", {"légère", "légères"}),
    ("premier", {"premiers", "première", "premières"}),
    ("dernier", {"dernière"}),
    ("cruel", {"cruelle", "cruelles"}),
    ("pareil", {"pareille", "pareilles"}),
    ("ancien", {"ancienne", "anciennes"}),
    ("européen", {"européenne"}),
    ("bon", {"bons", "bonne", "bonnes"}),
    ("mignon", {"mignonne"}),
    ("muet", {"muette", "muettes"}),
    ("net", {"nette"}),
    ("complet", {"complète", "complètes"}),
    ("incomplet", {"incomplète"}),
    ("concret", {"concrète"}),
    ("discret", {"discrète"}),
    ("inquiet", {"inquiète"}),
    ("replet", {"replète"}),
    ("secret", {"secrète"}),
    ("blanc", {"blancs", "blanche", "blanches"}),
    ("franc", {"franche"}),
    ("sec", {"sèche", "sèches"}),
    ("public", {"publique", "publiques"}),
    ("grec", {"grecque", "grecques"}),
    ("acteur", {"acteurs", "actrice", "actrices"}),
    ("directeur", {"directrice"}),
    ("conservateur", {"conservatrice", "conservatrices"}),
    ("menteur", {"menteuse"}),
    ("vendeur", {"vendeuse", "vendeuses"}),
    ("supérieur", {"supérieure", "supérieures"}),
    ("inférieur", {"inférieure"}),
    ("meilleur", {"meilleure", "meilleures"}),
    ("majeur", {"majeure"}),
    ("mineur", {"mineure"}),
    ("extérieur", {"extérieure"}),
    ("intérieur", {"intérieure"}),
    ("ultérieur", {"ultérieure"}),
    ("antérieur", {"antérieure"}),
    ("postérieur", {"postérieure"}),
    ("rapide", {"rapide", "rapides"}),
    ("beau", {"beau", "bel", "belle", "beaux", "belles"}),
    ("bel", {"beau", "belle", "beaux", "belles"}),
    ("nouveau", {"nouveau", "nouvel", "nouvelle", "nouveaux", "nouvelles"}),
    ("vieux", {"vieux", "vieil", "vieille", "vieilles"}),
    ("fou", {"fou", "fol", "folle", "fous", "folles"}),
    ("mou", {"mou", "mol", "molle", "mous", "molles"}),
    ("long", {"longs", "longue", "longues"}),
    ("frais", {"frais", "fraîche", "fraîches", "fraiche"}),
    ("doux", {"doux", "douce", "douces"}),
    ("faux", {"faux", "fausse", "fausses"}),
    ("roux", {"roux", "rousse", "rousses"}),
    ("jaloux", {"jalouse", "jalouses"}),
    ("gentil", {"gentils", "gentille", "gentilles"}),
    ("nul", {"nuls", "nulle", "nulles"}),
    ("gros", {"gros", "grosse", "grosses"}),
    ("bas", {"bas", "basse", "basses"}),
    ("gras", {"grasse"}),
    ("épais", {"épaisse"}),
    ("las", {"lasse"}),
    ("malin", {"maligne", "malignes"}),
    ("bénin", {"bénigne"}),
    ("favori", {"favorite", "favorites"}),
    ("sot", {"sotte", "sottes"}),
    ("vieillot", {"vieillotte"}),
    ("pâlot", {"pâlotte"}),
    ("idiot", {"idiote"}),
    ("aigu", {"aiguë", "aigüe", "aiguës"}),
    ("grand", {"grands", "grande", "grandes"}),
    ("joli", {"jolie", "jolies"}),
    ("voisin", {"voisine"}),
    ("paysan", {"paysanne"}),
    ("gris", {"grise"}),
    ("sûr", {"sûrs", "sûre", "sûres"}),
    ("numérique", {"numériques"}),
    ("créé", {"créée", "créés", "créées"}),
    ("dû", {"due", "dus", "dues"}),
    ("maître", {"maîtres", "maîtresse", "maîtresses"}),
]

# Forms that must not be generated: a common word of its own.
NOT_EXPECTED = [
    ("prix", "prise"),
    ("cas", "case"),
    ("port", "porte"),
    ("mer", "mère"),
    ("banc", "banque"),
    ("lac", "laque"),
    ("mot", "motte"),
    ("son", "sonne"),
    ("travail", "travaile"),
    ("bateau", "bateaue"),
    ("appeler", "appeleres"),
]


class NounAdjFormsTest(unittest.TestCase):
    def test_expected_forms(self):
        for word, expected in EXPECTED_FORMS:
            with self.subTest(word=word):
                forms = noun_adj_forms(word)
                self.assertIn(word, forms)
                self.assertLessEqual(expected, forms)

    def test_forms_not_generated(self):
        for word, absent in NOT_EXPECTED:
            with self.subTest(word=word):
                self.assertNotIn(absent, noun_adj_forms(word))

    def test_input_is_normalized(self):
        decomposed = unicodedata.normalize("NFD", "Léger")
        self.assertEqual(noun_adj_forms(decomposed), noun_adj_forms("léger"))
        for form in noun_adj_forms(decomposed):
            self.assertEqual(form, unicodedata.normalize("NFC", form.lower()))


class HelpersTest(unittest.TestCase):
    def test_plural(self):
        cases = {"cheval": "chevaux", "bal": "bals", "bijou": "bijoux", "trou": "trous",
                 "travail": "travaux", "détail": "détails", "bleu": "bleus", "feu": "feux",
                 "gris": "gris", "chat": "chats", "œil": "yeux"}
        for word, expected in cases.items():
            with self.subTest(word=word):
                self.assertEqual(plural(word), expected)
        self.assertEqual(plurals("final"), ("finals", "finaux"))

    def test_feminine(self):
        cases = {"actif": "active", "heureux": "heureuse", "léger": "légère", "bon": "bonne",
                 "muet": "muette", "secret": "secrète", "acteur": "actrice", "menteur": "menteuse",
                 "meilleur": "meilleure", "blanc": "blanche", "beau": "belle", "rapide": "rapide",
                 "prix": "prix", "sot": "sotte", "idiot": "idiote"}
        for word, expected in cases.items():
            with self.subTest(word=word):
                self.assertEqual(feminine(word), expected)
        self.assertEqual(feminines("bateau"), ())


if __name__ == "__main__":
    unittest.main()
