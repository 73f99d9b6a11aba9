"""Plural and feminine of French nouns and adjectives.

The glossary matches an expression whatever the number and gender of its
nouns and adjectives, so noun_adj_forms() gives every form a word may take:
itself, its plural, and its feminine singular and plural.  It is generous on
purpose: where the rules hesitate it gives both candidates (muet -> muette
and muète, acteur -> actrice and acteuse), since a form that never occurs in
text costs nothing while a missing one loses a match.  It stays strict only
where a wrong form would be a common word of its own (prix -> prise, mer ->
mère, banc -> banque are not generated).

Words are expected in the masculine singular, lowercase; forms are lowercase
NFC strings.
"""

from __future__ import annotations

import unicodedata

# Words whose every form is irregular: any of them gives the whole family.
FAMILIES = (
    ("beau", "bel", "belle", "beaux", "belles"),
    ("nouveau", "nouvel", "nouvelle", "nouveaux", "nouvelles"),
    ("vieux", "vieil", "vieille", "vieilles"),
    ("fou", "fol", "folle", "fous", "folles"),
    ("mou", "mol", "molle", "mous", "molles"),
)
_FAMILY_OF = {form: family for family in FAMILIES for form in family}

# Irregular plurals, usual one first.
IRREGULAR_PLURALS = {
    "œil": ("yeux", "œils"),
    "ciel": ("cieux", "ciels"),
    "aïeul": ("aïeux", "aïeuls"),
    "ail": ("aulx", "ails"),
    "monsieur": ("messieurs",),
    "madame": ("mesdames",),
    "mademoiselle": ("mesdemoiselles",),
    "bonhomme": ("bonshommes",),
    "gentilhomme": ("gentilshommes",),
    # The circumflex of dû, crû, mû is on the masculine singular only.
    "dû": ("dus",),
    "crû": ("crus",),
    "mû": ("mus",),
}

# -al -> -als instead of -aux.
AL_PLURAL_S = frozenset(
    """
    bal bancal cal carnaval cérémonial chacal choral étal fatal festival
    narval natal naval pal récital régal santal tonal
    """.split()
)
# -al words with both plurals in use (finals, finaux).
AL_PLURAL_BOTH = frozenset("austral banal boréal final glacial idéal val".split())
# -ail -> -aux instead of -ails.
AIL_PLURAL_AUX = frozenset("bail corail émail soupirail travail vantail ventail vitrail".split())
# -au, -eu -> -s instead of -x (lieu and feu take both: lieus for the fish).
EU_AU_PLURAL_S = frozenset("bleu émeu landau pneu sarrau".split())
EU_AU_PLURAL_BOTH = frozenset("feu lieu".split())
# -ou -> -x instead of -s.
OU_PLURAL_X = frozenset("bijou caillou chou genou hibou joujou pou".split())

# Feminines that no rule gives, usual one first.
IRREGULAR_FEMININES = {
    "frais": ("fraîche", "fraiche"),
    "doux": ("douce",),
    "faux": ("fausse",),
    "roux": ("rousse",),
    "préfix": ("préfixe",),
    "gentil": ("gentille",),
    "nul": ("nulle",),
    "malin": ("maligne",),
    "bénin": ("bénigne",),
    "favori": ("favorite",),
    "coi": ("coite", "coîte"),
    # -g and -c: no rule, too many nouns (banc -> banque, lac -> laque).
    "long": ("longue",),
    "oblong": ("oblongue",),
    "blanc": ("blanche",),
    "franc": ("franche", "franque"),
    "sec": ("sèche",),
    "grec": ("grecque",),
    "public": ("publique",),
    "caduc": ("caduque",),
    "turc": ("turque",),
    "laïc": ("laïque",),
    "ammoniac": ("ammoniaque",),
    "tiers": ("tierce",),
    "dissous": ("dissoute",),
    "absous": ("absoute",),
    "bref": ("brève",),
    "andalou": ("andalouse",),
    "jumeau": ("jumelle",),
    "chameau": ("chamelle",),
    "puceau": ("pucelle",),
    "chat": ("chatte",),
    "aigu": ("aiguë", "aigüe"),
    "ambigu": ("ambiguë", "ambigüe"),
    "contigu": ("contiguë", "contigüe"),
    "exigu": ("exiguë", "exigüe"),
    # Nouns whose feminine is another word or takes -esse.
    "roi": ("reine",),
    "héros": ("héroïne",),
    "dieu": ("déesse",),
    "neveu": ("nièce",),
    "loup": ("louve",),
    "compagnon": ("compagne", "compagnonne"),
    "copain": ("copine",),
    "empereur": ("impératrice",),
    "ambassadeur": ("ambassadrice",),
    "chanteur": ("chanteuse", "cantatrice"),
    "enchanteur": ("enchanteresse", "enchanteuse"),
    "pécheur": ("pécheresse",),
    "vengeur": ("vengeresse",),
    "maître": ("maîtresse", "maitresse"),
    "traître": ("traîtresse", "traitresse"),
    "prince": ("princesse",),
    "comte": ("comtesse",),
    "duc": ("duchesse",),
    "hôte": ("hôtesse",),
    "tigre": ("tigresse",),
    "âne": ("ânesse",),
    "poète": ("poétesse",),
}

# -s: feminine in -sse (gros -> grosse) rather than -se (gris -> grise).
S_DOUBLES = frozenset("bas épais exprès gras gros las métis profès".split())
# -et: feminine in -ète rather than -ette.
ET_GRAVE = frozenset("complet concret désuet discret incomplet indiscret inquiet replet secret".split())
# -ot: feminine in -otte rather than -ote.
OT_DOUBLES = frozenset("boulot jeunot maigriot pâlot sot vieillot".split())
# -eur: feminine in -eure (comparatives).
EUR_PLUS_E = frozenset(
    """
    antérieur extérieur inférieur intérieur majeur meilleur mineur postérieur
    supérieur ultérieur
    """.split()
)
# Common nouns without a feminine whose regular feminine would be another
# common word (cas -> case, mer -> mère, son -> sonne): no feminine for them.
NO_FEMININE = frozenset(
    """
    appel bois bras cas choix conseil corps cours dos fil fils fois lieu mer
    mois mon mot os parti pas poids point pont port prix puits rappel repas
    réveil riz sel sommeil son sort temps ton vent vers voix vol
    """.split()
)


def _normalize(word: str) -> str:
    return unicodedata.normalize("NFC", word).strip().lower()


def _unique(forms) -> tuple[str, ...]:
    return tuple(dict.fromkeys(forms))


def plurals(word: str) -> tuple[str, ...]:
    """Plurals of a singular noun or adjective, usual one first."""
    word = _normalize(word)
    if word in IRREGULAR_PLURALS:
        return IRREGULAR_PLURALS[word]
    if word.endswith(("s", "x", "z")):  # gris, prix, nez: invariable
        return (word,)
    if word.endswith("al"):
        aux = word[:-2] + "aux"
        if word in AL_PLURAL_S:
            return (word + "s",)
        if word in AL_PLURAL_BOTH:
            return (word + "s", aux)
        return (aux,)
    if word.endswith("ail"):
        if word in AIL_PLURAL_AUX:
            return (word[:-3] + "aux", word + "s")
        return (word + "s",)
    if word.endswith(("au", "eu")):  # bateaux, tuyaux, cheveux
        if word in EU_AU_PLURAL_S:
            return (word + "s",)
        if word in EU_AU_PLURAL_BOTH:
            return (word + "x", word + "s")
        return (word + "x",)
    if word.endswith("ou"):
        return (word + "x",) if word in OU_PLURAL_X else (word + "s",)
    return (word + "s",)


def plural(word: str) -> str:
    """The usual plural: cheval -> chevaux, bijou -> bijoux, bleu -> bleus."""
    return plurals(word)[0]


def feminines(word: str) -> tuple[str, ...]:
    """Feminine singulars of a masculine word, usual one first.

    Empty when the word has none the rules can give (prix, bateau).  Words
    in -e are their own feminine.
    """
    word = _normalize(word)
    if word in _FAMILY_OF:
        family = _FAMILY_OF[word]
        return tuple(form for form in family if form.endswith("lle"))
    if word in IRREGULAR_FEMININES:
        return IRREGULAR_FEMININES[word]
    if word in NO_FEMININE:
        return ()
    if word.endswith("e"):
        return (word,)
    if word.endswith("eur"):
        return _feminines_in_eur(word)
    if word.endswith("eux"):  # heureux -> heureuse
        return (word[:-1] + "se",)
    if word.endswith("oux"):  # jaloux -> jalouse
        return (word[:-1] + "se",)
    if word.endswith(("x", "z", "eau", "au", "ail", "c", "g")):
        return ()  # prix, nez, bateau, travail, banc, sang: none (long, blanc: above)
    if word.endswith("s"):
        if word in S_DOUBLES:
            return (word + "se",)
        return (word + "e",)  # gris -> grise, français -> française
    if word.endswith("f"):  # actif -> active, neuf -> neuve, bref -> brève
        if word.endswith("ef"):
            return (word[:-2] + "ève", word[:-1] + "ve")
        return (word[:-1] + "ve",)
    if word.endswith("er"):  # léger -> légère, premier -> première
        return (word[:-2] + "ère",)
    if word.endswith(("el", "eil", "en", "on")):  # cruelle, pareille, ancienne, bonne
        return (word + word[-1] + "e",)
    if word.endswith("an"):  # persane, paysanne
        return (word + "e", word + "ne")
    if word.endswith("et"):  # muette; complète
        if word in ET_GRAVE:
            return (word[:-2] + "ète", word + "te")
        return (word + "te", word[:-2] + "ète")
    if word in OT_DOUBLES:  # sotte; but idiote (below)
        return (word + "te", word + "e")
    if word.endswith("û"):  # dû -> due
        return (word[:-1] + "ue",)
    return (word + "e",)  # grand -> grande, joli -> jolie, sûr -> sûre


def _feminines_in_eur(word: str) -> tuple[str, ...]:
    """Feminines of -eur words: -eure, -euse, -rice, and the modern +e."""
    if word in EUR_PLUS_E:  # meilleure, supérieure
        return (word + "e",)
    stem = word[:-3]  # "act" for acteur, "vend" for vendeur
    if word.endswith("teur"):
        trice = stem[:-1] + "trice"  # actrice, directrice
        teuse = stem + "euse"  # menteuse, chanteuse
        if word.endswith(("ateur", "cteur", "iteur")):
            return (trice, teuse, word + "e")
        return (teuse, trice, word + "e")
    return (stem + "euse", word + "e")  # vendeuse; professeure, auteure


def feminine(word: str) -> str:
    """The usual feminine: actif -> active; the word itself if it has none."""
    found = feminines(word)
    return found[0] if found else _normalize(word)


def noun_adj_forms(word: str) -> frozenset[str]:
    """The word, its plural, and its feminine singular and plural."""
    word = _normalize(word)
    if word in _FAMILY_OF:
        return frozenset(_FAMILY_OF[word])
    forms = {word, *plurals(word)}
    for female in feminines(word):
        forms.add(female)
        forms.update(plurals(female))
    return frozenset(forms)
