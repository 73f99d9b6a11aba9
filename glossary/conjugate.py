"""French verb conjugation: every simple form of a verb.

The glossary spots expressions in whatever inflected form they take, so for a
verb it needs every simple (one-word) form: the forms that compound tenses
need are the past participles, and the auxiliaries are verbs like any other.

Three kinds of verbs are conjugated:

* regular -er verbs (first group), with their spelling changes: commençons,
  mangeons, lève, appelle, jette, cède, paie/paye, nettoie, ...;
* regular -ir verbs of the finir type (second group), listed in FINIR_VERBS;
* every verb of data/verbs.txt: the irregular verbs, the regular -re verbs
  (vendre, rompre) and their derivatives.  The file gives a few principal
  parts per model verb and this module derives the tenses from them; its
  header documents the format.

Where French admits two spellings, conjugate() gives the usual one (the first
one of Bescherelle and Le Conjugueur) and verb_forms() gives both, including
the spellings of the 1990 reform (connait, cèderai, étiquète, assoir, ...).

Forms are lowercase NFC strings without elision: callers handle "j'".
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
import os

# Keys of the dict returned by conjugate(), in order.
TENSES = (
    "infinitif",
    "present",
    "imparfait",
    "passe_simple",
    "futur",
    "conditionnel",
    "subjonctif_present",
    "subjonctif_imparfait",
    "imperatif",
    "participe_present",
    "participe_passe",
)

# A slot holds the spellings of one form, usual spelling first; an empty slot
# is a form the verb does not have (il faut has no "je" form).
Slot = tuple[str, ...]
# tense -> one slot per person (6), per imperative person (3), per participle
# agreement (4: m.sg, f.sg, m.pl, f.pl), or a single slot.
Table = dict[str, tuple[Slot, ...]]

IMPARFAIT_ENDINGS = ("ais", "ais", "ait", "ions", "iez", "aient")
FUTUR_ENDINGS = ("ai", "as", "a", "ons", "ez", "ont")
SUBJONCTIF_ENDINGS = ("e", "es", "e", "ions", "iez", "ent")

# Passé simple vowel -> the same vowel with a circumflex (nous prîmes, nous
# reçûmes); ï keeps its diaeresis (nous haïmes).
CIRCUMFLEX = {"i": "î", "u": "û", "î": "î", "û": "û", "ï": "ï"}

# Verbs conjugated with "être" in their non-pronominal use.  The verbs that
# take either auxiliary (monter, passer, sortir: être when intransitive) are
# listed too.
ETRE_VERBS = frozenset(
    """
    aller arriver partir repartir venir devenir revenir redevenir parvenir
    intervenir survenir provenir advenir naître renaître mourir décéder entrer
    rentrer sortir ressortir monter remonter descendre redescendre rester
    tomber retomber retourner passer repasser apparaître réapparaître
    """.split()
)

# Regular -ir verbs conjugated like finir (nous finissons).
FINIR_VERBS = frozenset(
    """
    abasourdir abêtir abolir abonnir aboutir abrutir accomplir accroupir
    adoucir affadir affaiblir affermir affranchir agir agonir agrandir aguerrir
    alanguir alourdir alunir amaigrir amerrir ameublir amincir amoindrir
    amollir amortir anéantir anoblir aplanir aplatir appauvrir appesantir
    applaudir approfondir arrondir assagir assainir assombrir assortir
    assoupir assouplir assourdir assouvir asservir assujettir atterrir
    attendrir avachir avertir avilir bannir bâtir bénir blanchir blêmir
    blettir bleuir blondir bondir bouffir brandir brunir chérir choisir
    compatir convertir crépir croupir décrépir définir défraîchir dégarnir
    dégourdir déguerpir démolir dépérir désemplir désobéir dessaisir désunir
    divertir durcir ébahir éblouir éclaircir élargir embellir emplir
    enchérir endolorir endurcir enfouir engloutir engourdir enhardir enlaidir
    ennoblir enorgueillir enrichir ensevelir envahir épaissir épanouir
    équarrir établir étourdir évanouir faiblir farcir finir fléchir flétrir
    fleurir fournir fraîchir franchir frémir garantir garnir gauchir gémir
    glapir grandir gravir grossir guérir infléchir intervertir invertir
    investir jaillir jaunir jouir languir lotir maigrir meurtrir mincir
    moisir mollir mugir munir mûrir noircir nourrir obéir obscurcir pâlir
    pâtir périr pervertir pétrir polir pourrir punir rabougrir raccourcir
    radoucir rafraîchir ragaillardir raidir rajeunir ralentir ramollir
    rancir raplatir rassir rassortir ravir réagir rebâtir rebondir
    reconvertir redéfinir réfléchir refleurir refroidir régir réinvestir
    réjouir remplir renchérir répartir réplétir resplendir ressaisir
    resurgir rétablir retentir réunir réussir rôtir rougir roussir rugir
    saisir salir sertir subir surenchérir surgir tarir ternir tiédir trahir
    unir vagir vernir verdir vieillir vomir vrombir
    abâtardir ahurir aigrir attiédir blottir déglutir dégrossir démunir
    dépolir désinvestir emboutir empuantir estourbir forcir fourbir hennir
    honnir impartir interagir nantir ourdir prédéfinir préétablir prémunir
    racornir raffermir réassortir regarnir rejaillir rembrunir ressurgir
    rétrécir rétroagir reverdir roidir rosir rouir sévir subvertir tapir
    transir travestir
    """.split()
)

# Words ending in -er that are not verbs (an -er word is taken for a regular
# verb unless it is listed here).  Adjectives, nouns of trees, trades and
# things in -ier, -ger, -cher, and English loanwords.  Words that are also a
# verb (poster, boucher, noyer, dîner, coucher, ...) are not listed.
NON_VERBS_IN_ER = frozenset(
    """
    premier dernier hier cher fier mer fer ver hiver enfer super cancer laser
    leader amer éther cuiller revolver hamster scooter bunker joker docker
    rocker gangster thriller speaker bulldozer blazer hamburger sweater
    cluster container starter cutter charter pullover polder geyser kaiser
    quaker pater magister mister liber gaster jupiter lucifer niger alger
    outsider bestseller best-seller blockbuster browser player reader
    teenager trader tuner freezer poker soccer water carter cocker setter
    tender toaster shaker timer ulster munster loser teaser tanker sticker
    master insider
    léger étranger danger verger berger boulanger oranger potager passager
    messager horloger mensonger usager fromager bocager viager archer porcher
    vacher rocher nocher
    entier particulier singulier régulier irrégulier familier séculier
    coutumier grossier financier saisonnier printanier hospitalier routier
    immobilier mobilier policier douanier pétrolier forestier fruitier
    laitier altier plénier princier carnassier hauturier journalier
    nourricier côtier meurtrier roturier manufacturier rancunier casanier
    dépensier tracassier justicier
    ouvrier courrier février janvier calendrier papier métier quartier
    chantier sentier dossier cahier clavier escalier panier foyer loyer
    atelier collier soulier tablier évier bélier sanglier voilier levier
    gibier fumier grenier acier bouclier sablier gosier encrier baudrier
    plumier palier pilier denier dentier damier glacier fichier chéquier
    bénitier échiquier saladier sucrier poulailler cellier sommier beurrier
    cendrier
    laurier mûrier olivier figuier cerisier poirier pommier prunier rosier
    fraisier framboisier palmier amandier noisetier citronnier bananier
    cocotier dattier abricotier peuplier marronnier châtaignier
    pompier banquier épicier caissier cuisinier infirmier fermier jardinier
    plombier menuisier charpentier couturier bijoutier serrurier pâtissier
    charcutier poissonnier cordonnier teinturier écolier greffier chevalier
    cavalier héritier guerrier sorcier prisonnier pionnier romancier
    boursier coursier huissier tapissier sommelier chandelier hôtelier
    bachelier templier fusilier grenadier écuyer métayer aventurier usurier
    créancier rentier portier potier cafetier chocolatier bottier
    quincaillier joaillier conférencier costumier luthier verrier vitrier
    voiturier guichetier
    """.split()
)

# Words that are verbs only when pronominal: "se fier à", "se tapir" (fier is
# an adjective, tapir a noun).
PRONOMINAL_ONLY = frozenset({"fier", "tapir"})

_REFLEXIVE_PREFIXES = ("s'en ", "se ", "s'")

# é + consonants + er: è before a mute e (je cède); the futur keeps é in the
# traditional spelling (je céderai) and takes è in the 1990 one (je cèderai).
# e + one consonant + er: è before a mute e, futur included (je lève, lèverai).
# -eler and -eter verbs double their consonant instead (j'appelle, je jette)
# except the verbs below, which take è (j'achète, je gèle); the 1990 reform
# gives è to all but appeler, jeter and their derivatives (j'étiquète).
E_GRAVE_ELER_ETER = frozenset(
    """
    acheter racheter préacheter bégueter celer déceler receler démanteler
    écarteler harceler peler
    """.split()
)
# Endings that take è in any verb: congeler, décongeler, remodeler.  (Not
# -celer: ficeler doubles; not -acheter: cacheter doubles.)
E_GRAVE_ENDINGS = (
    "geler", "modeler", "marteler", "ciseler", "haleter", "crocheter", "fureter", "corseter", "fileter",
)
# Verbs taking è whose doubled spelling is also admitted (il harcelle).
DOUBLING_ALSO_ADMITTED = frozenset({"harceler"})

VOWELS = frozenset("aeiouyàâäéèêëîïôöùûüœæ")
CONSONANTS_BEFORE_E_GRAVE = frozenset("bcdfgjklmnpqrstvz")


def _normalize(word: str) -> str:
    return unicodedata.normalize("NFC", word).strip().lower().replace("’", "'")


def _bare_infinitive(word: str) -> tuple[str, bool]:
    """Infinitive without its reflexive pronoun, and whether it had one.

    "s'en aller" -> ("aller", True); "prendre" -> ("prendre", False).
    """
    word = _normalize(word)
    for prefix in _REFLEXIVE_PREFIXES:
        if word.startswith(prefix):
            return word[len(prefix):].strip(), True
    return word, False


# ---------------------------------------------------------------- data file

# Principal parts a verbs.txt block may give, and how many forms each takes.
PART_SIZES = {
    "infinitif": (1,),
    "present": (6,),
    "imparfait": (1,),  # stem
    "passe_simple": (1, 6),  # first person, or all six
    "futur": (1,),  # stem, also the conditionnel's
    "subjonctif_present": (6,),
    "imperatif": (3,),
    "participe_present": (1,),
    "participe_passe": (1, 4),  # m.sg, or m.sg f.sg m.pl f.pl
}
REQUIRED_PARTS = ("present", "futur", "participe_passe")

Parts = dict[str, tuple[Slot, ...]]


class _Block:
    """One [verb] or [verb < model] block of verbs.txt."""

    __slots__ = ("verb", "model", "parts", "like", "impersonal")

    def __init__(self, verb: str, model: str | None) -> None:
        self.verb = verb
        self.model = model
        self.parts: Parts = {}
        self.like: list[str] = []
        self.impersonal = False


def _parse_slots(text: str) -> tuple[Slot, ...]:
    """ "assieds|assois - peut" -> (("assieds", "assois"), (), ("peut",))"""
    return tuple(() if token == "-" else tuple(token.split("|")) for token in text.split())


def _read_blocks(text: str) -> list[_Block]:
    blocks: list[_Block] = []
    for number, raw_line in enumerate(text.splitlines(), start=1):
        line = raw_line.split("#", 1)[0].strip()
        if not line:
            continue
        if line.startswith("["):
            if not line.endswith("]"):
                raise ValueError(f"verbs.txt:{number}: unclosed [")
            verb, _, model = line[1:-1].partition("<")
            blocks.append(_Block(verb.strip(), model.strip() or None))
            continue
        key, colon, value = (part.strip() for part in line.partition(":"))
        if not blocks or not colon:
            raise ValueError(f"verbs.txt:{number}: expected a [verb] line or 'key: value'")
        block = blocks[-1]
        if key == "like":
            block.like.extend(value.split())
        elif key == "impersonal":
            block.impersonal = value == "yes"
        elif key in PART_SIZES:
            slots = _parse_slots(value)
            if len(slots) not in PART_SIZES[key]:
                raise ValueError(f"verbs.txt:{number}: {key} takes {PART_SIZES[key]} forms")
            block.parts[key] = slots
        else:
            raise ValueError(f"verbs.txt:{number}: unknown key {key!r}")
    return blocks


def _radical(verb: str, parts: Parts) -> str:
    """Longest prefix shared by the verb and all its principal parts.

    What follows it in the infinitive is the ending a derivative must share:
    prendre -> "pr" + "endre", so apprendre = "appr" + "endre".
    """
    radical = verb
    for slots in parts.values():
        for slot in slots:
            for form in slot:
                while not form.startswith(radical):
                    radical = radical[:-1]
    return radical


def _derive_parts(model: str, parts: Parts, verb: str) -> Parts:
    """Principal parts of `verb`, conjugated like `model`: swap the radical."""
    radical = _radical(model, parts)
    ending = model[len(radical):]
    if not verb.endswith(ending):
        raise ValueError(f"verbs.txt: {verb} cannot be conjugated like {model} (-{ending})")
    prefix = verb[: len(verb) - len(ending)]
    return {
        key: tuple(tuple(prefix + form[len(radical):] for form in slot) for slot in slots)
        for key, slots in parts.items()
    }


@lru_cache(maxsize=1)
def _verb_data() -> dict[str, tuple[Parts, bool]]:
    """verb -> (principal parts, impersonal) for every verb of verbs.txt."""
    with open(os.path.join(os.path.dirname(__file__), "data", "verbs.txt"), encoding="utf-8") as data:
        text = data.read()
    verbs: dict[str, tuple[Parts, bool]] = {}

    def add(verb: str, parts: Parts, impersonal: bool) -> None:
        if verb in verbs:
            raise ValueError(f"verbs.txt: {verb} is given twice")
        missing = [key for key in REQUIRED_PARTS if key not in parts]
        if missing:
            raise ValueError(f"verbs.txt: {verb} lacks {', '.join(missing)}")
        verbs[verb] = (parts, impersonal)

    for block in _read_blocks(unicodedata.normalize("NFC", text)):
        impersonal = block.impersonal
        if block.model is None:
            parts: Parts = {"infinitif": ((block.verb,),)}
        elif block.model in verbs:
            model_parts, model_impersonal = verbs[block.model]
            parts = _derive_parts(block.model, model_parts, block.verb)
            impersonal = impersonal or model_impersonal
        else:
            raise ValueError(f"verbs.txt: [{block.verb} < {block.model}] comes before [{block.model}]")
        parts.update(block.parts)
        add(block.verb, parts, impersonal)
        for derivative in block.like:
            add(derivative, _derive_parts(block.verb, parts, derivative), impersonal)
    return verbs


# ------------------------------------------------------------ slot helpers


def _unique(forms) -> Slot:
    return tuple(dict.fromkeys(forms))


def _attach(stems: Slot, ending: str) -> Slot:
    return tuple(stem + ending for stem in stems)


def _persons(stems: Slot, endings: tuple[str, ...]) -> tuple[Slot, ...]:
    return tuple(_attach(stems, ending) for ending in endings)


def _strip(slot: Slot, ending: str) -> Slot:
    """Stems of a slot's forms that end in `ending` ("prennent" -> "prenn")."""
    return tuple(form[: len(form) - len(ending)] for form in slot if form.endswith(ending))


def _passe_simple_persons(first: str) -> tuple[str, ...]:
    """The six persons from the first one: aimai, pris, reçus, vins, crûs."""
    if first.endswith("ai"):
        stem = first[:-2]
        return (first, stem + "as", stem + "a", stem + "âmes", stem + "âtes", stem + "èrent")
    if first.endswith("ins"):
        stem = first[:-3]
        return (first, first, stem + "int", stem + "înmes", stem + "întes", stem + "inrent")
    stem, vowel = first[:-2], first[-2]
    if not first.endswith("s") or vowel not in CIRCUMFLEX:
        raise ValueError(f"unexpected passé simple {first!r}")
    hat = stem + CIRCUMFLEX[vowel]
    return (first, first, stem + vowel + "t", hat + "mes", hat + "tes", stem + vowel + "rent")


def _passe_simple(first: Slot) -> tuple[Slot, ...]:
    persons = [_passe_simple_persons(form) for form in first]
    return tuple(_unique(forms[i] for forms in persons) for i in range(6))


def _subjonctif_imparfait(passe_simple: tuple[Slot, ...]) -> tuple[Slot, ...]:
    """From the passé simple: tu pris -> que je prisse; nous prîmes -> qu'il prît."""
    tu, nous = passe_simple[1], passe_simple[3]
    third = tuple(form[:-3] + "t" for form in nous)
    return (
        _attach(tu, "se"),
        _attach(tu, "ses"),
        third,
        _attach(tu, "sions"),
        _attach(tu, "siez"),
        _attach(tu, "sent"),
    )


def _participles(masculine: Slot) -> tuple[Slot, ...]:
    """pris -> pris prise pris prises; vendu -> vendu vendue vendus vendues."""
    plural = tuple(form if form.endswith(("s", "x")) else form + "s" for form in masculine)
    return (masculine, _attach(masculine, "e"), plural, _attach(masculine, "es"))


def _imperative_from_present(tu: Slot) -> Slot:
    """tu ouvres -> ouvre; tu prends -> prends."""
    return tuple(form[:-1] if form.endswith("es") else form for form in tu)


# ---------------------------------------------------------- table builders


def _table_from_parts(parts: Parts, impersonal: bool) -> Table:
    """Every simple tense from the principal parts of a verbs.txt entry."""
    present = parts["present"]
    imparfait_stem = parts["imparfait"][0] if "imparfait" in parts else _strip(present[3], "ons")
    if "passe_simple" not in parts:
        passe_simple: tuple[Slot, ...] = ((),) * 6
    elif len(parts["passe_simple"]) == 6:
        passe_simple = parts["passe_simple"]
    else:
        passe_simple = _passe_simple(parts["passe_simple"][0])
    futur_stem = parts["futur"][0]
    if "subjonctif_present" in parts:
        subjonctif = parts["subjonctif_present"]
    else:
        # que je prenne (ils prennent), que nous prenions (nous prenions)
        strong = _strip(present[5], "ent")
        subjonctif = _persons(strong, SUBJONCTIF_ENDINGS[:3]) + _persons(
            imparfait_stem, SUBJONCTIF_ENDINGS[3:5]
        ) + (_attach(strong, "ent"),)
    if "imperatif" in parts:
        imperatif = parts["imperatif"]
    else:
        imperatif = (_imperative_from_present(present[1]), present[3], present[4])
    if "participe_present" in parts:
        participe_present = parts["participe_present"][0]
    else:
        participe_present = _attach(imparfait_stem, "ant")
    participe_passe = parts["participe_passe"]
    if len(participe_passe) == 1:
        participe_passe = _participles(participe_passe[0])
    table = {
        "infinitif": parts["infinitif"],
        "present": present,
        "imparfait": _persons(imparfait_stem, IMPARFAIT_ENDINGS),
        "passe_simple": passe_simple,
        "futur": _persons(futur_stem, FUTUR_ENDINGS),
        "conditionnel": _persons(futur_stem, IMPARFAIT_ENDINGS),
        "subjonctif_present": subjonctif,
        "subjonctif_imparfait": _subjonctif_imparfait(passe_simple),
        "imperatif": imperatif,
        "participe_present": (participe_present,),
        "participe_passe": participe_passe,
    }
    if impersonal:
        # il faut, il pleut: only the third person singular exists.
        for tense, slots in table.items():
            if len(slots) == 6:
                table[tense] = tuple(slot if person == 2 else () for person, slot in enumerate(slots))
        table["imperatif"] = ((), (), ())
    return table


def _last_vowel(stem: str) -> int:
    """Index of the vowel before the stem's final consonants, or -1.

    "gu" and "qu" count as consonants: lég|u (je lègue), disséq|u.
    """
    index = len(stem) - (2 if stem.endswith(("gu", "qu")) else 0) - 1
    while index >= 0 and stem[index] not in VOWELS:
        index -= 1
    return index


def _stressed_stems(verb: str, stem: str) -> tuple[Slot, Slot]:
    """Stems of an -er verb before a mute e (je lève) and of its futur (lèver-).

    Returns (stems before -e/-es/-ent, futur stems), usual spelling first.
    """
    unchanged = ((stem,), (stem + "er",))
    if stem.endswith("ay"):  # je paie / je paye
        return (stem[:-1] + "i", stem), (stem[:-1] + "ier", stem + "er")
    if stem.endswith(("oy", "uy")):  # je nettoie, j'essuie
        return (stem[:-1] + "i",), (stem[:-1] + "ier",)
    index = _last_vowel(stem)
    consonants = stem[index + 1:]
    if index < 0 or not consonants:  # créer, étudier: no consonant to stress
        return unchanged
    grave = stem[:index] + "è" + consonants
    if stem[index] == "é":  # je cède; je céderai (1990: je cèderai)
        return (grave,), (stem + "er", grave + "er")
    if stem[index] != "e":  # aimer, gueuler
        return unchanged
    in_vowel_group = index > 0 and stem[index - 1] in VOWELS and stem[index - 2:index] not in ("qu", "gu")
    if in_vowel_group or (consonants not in CONSONANTS_BEFORE_E_GRAVE and consonants != "vr"):
        return unchanged  # tweeter; verser, presser, vexer
    takes_grave = verb in E_GRAVE_ELER_ETER or verb.endswith(E_GRAVE_ENDINGS)
    doubled = stem + consonants
    if consonants in ("l", "t") and not takes_grave:  # j'appelle, je jette
        if verb.endswith(("appeler", "jeter")):
            return (doubled,), (doubled + "er",)
        return (doubled, grave), (doubled + "er", grave + "er")  # 1990: j'étiquète
    if verb in DOUBLING_ALSO_ADMITTED:
        return (grave, doubled), (grave + "er", doubled + "er")
    return (grave,), (grave + "er",)  # je lève, je lèverai


def _first_group_table(verb: str) -> Table:
    """Regular -er verb, with the spelling changes of its stem."""
    stem = verb[:-2]
    # Before a and o: commençons, mangeons.
    if stem.endswith("c"):
        soft = stem[:-1] + "ç"
    elif stem.endswith("g") and not stem.endswith("gg"):  # not jogger
        soft = stem + "e"
    else:
        soft = stem
    weak: Slot = (stem,)
    soft_slot: Slot = (soft,)
    strong, futur = _stressed_stems(verb, stem)
    passe_simple = (
        _attach(soft_slot, "ai"),
        _attach(soft_slot, "as"),
        _attach(soft_slot, "a"),
        _attach(soft_slot, "âmes"),
        _attach(soft_slot, "âtes"),
        _attach(weak, "èrent"),
    )
    return {
        "infinitif": ((verb,),),
        "present": (
            _attach(strong, "e"),
            _attach(strong, "es"),
            _attach(strong, "e"),
            _attach(soft_slot, "ons"),
            _attach(weak, "ez"),
            _attach(strong, "ent"),
        ),
        "imparfait": (
            _attach(soft_slot, "ais"),
            _attach(soft_slot, "ais"),
            _attach(soft_slot, "ait"),
            _attach(weak, "ions"),
            _attach(weak, "iez"),
            _attach(soft_slot, "aient"),
        ),
        "passe_simple": passe_simple,
        "futur": _persons(futur, FUTUR_ENDINGS),
        "conditionnel": _persons(futur, IMPARFAIT_ENDINGS),
        "subjonctif_present": (
            _attach(strong, "e"),
            _attach(strong, "es"),
            _attach(strong, "e"),
            _attach(weak, "ions"),
            _attach(weak, "iez"),
            _attach(strong, "ent"),
        ),
        "subjonctif_imparfait": _subjonctif_imparfait(passe_simple),
        "imperatif": (_attach(strong, "e"), _attach(soft_slot, "ons"), _attach(weak, "ez")),
        "participe_present": (_attach(soft_slot, "ant"),),
        "participe_passe": _participles(_attach(weak, "é")),
    }


def _finir_parts(verb: str) -> Parts:
    """Principal parts of a finir-type verb: finis, finissons, finis, finir-, fini.

    The 1990 spelling drops the circumflex of the stem: rafraichir.
    """
    stems = _unique((verb[:-2], verb[:-2].replace("î", "i")))
    parts = {
        "infinitif": (_attach(stems, "ir"),),
        "present": _persons(stems, ("is", "is", "it", "issons", "issez", "issent")),
        "futur": (_attach(stems, "ir"),),
        "participe_passe": (_attach(stems, "i"),),
    }
    if len(stems) == 1:
        parts["passe_simple"] = ((stems[0] + "is",),)
    else:  # both stems in all six persons
        parts["passe_simple"] = tuple(
            _unique(forms) for forms in zip(*(_passe_simple_persons(stem + "is") for stem in stems))
        )
    return parts


# 1990 spelling: no circumflex on the i of connaît, naîtra, plaît, accroître.
# Croître keeps it where croire has the same form without it (il croît, crû),
# so only its infinitive, futur and conditionnel (croîtr-) lose it.
_REFORM_TENSES = ("infinitif", "present", "futur", "conditionnel")


def _add_reform_circumflex(verb: str, table: Table) -> None:
    if verb.endswith("croître") and not verb.endswith(("accroître", "décroître")):
        old, new = "îtr", "itr"
    elif verb.endswith(("aître", "oître", "plaire")):
        old, new = "ît", "it"
    else:
        return
    for tense in _REFORM_TENSES:
        table[tense] = tuple(
            _unique(slot + tuple(form.replace(old, new) for form in slot)) for slot in table[tense]
        )


def _canonical(verb: str, pronominal: bool = False) -> str | None:
    """The verb as this module knows it, or None: handles 1990 spellings."""
    if verb in PRONOMINAL_ONLY:  # se fier, but not fier
        return verb if pronominal else None
    irregular = _verb_data()
    candidates = [verb]
    if verb.endswith("aitre"):  # connaitre
        candidates.append(verb[:-5] + "aître")
    if verb.endswith("oitre"):  # accroitre
        candidates.append(verb[:-5] + "oître")
    if verb.endswith("soir"):  # assoir, rassoir
        candidates.append(verb[:-4] + "seoir")
    if "aichir" in verb:  # rafraichir
        candidates.append(verb.replace("aichir", "aîchir"))
    for candidate in candidates:
        if candidate in irregular or candidate in FINIR_VERBS:
            return candidate
    if _is_first_group(verb):
        return verb
    return None


def _is_first_group(verb: str) -> bool:
    return (
        len(verb) >= 4
        and verb.endswith("er")
        and verb not in NON_VERBS_IN_ER
        and all(char.isalpha() or char == "-" for char in verb)
    )


@lru_cache(maxsize=8192)
def _table(verb: str) -> Table:
    canonical = _canonical(*_bare_infinitive(verb))
    if canonical is None:
        raise ValueError(f"{verb!r} is not a French verb this module can conjugate")
    irregular = _verb_data()
    if canonical in irregular:
        parts, impersonal = irregular[canonical]
        table = _table_from_parts(parts, impersonal)
    elif canonical in FINIR_VERBS:
        table = _table_from_parts(_finir_parts(canonical), False)
    else:
        table = _first_group_table(canonical)
    _add_reform_circumflex(canonical, table)
    return table


# ------------------------------------------------------------- public API


def is_verb(word: str) -> bool:
    """True when `word` is an infinitive this module conjugates.

    Regular -er words are verbs unless listed in NON_VERBS_IN_ER; -ir words
    only when finir-type (FINIR_VERBS) or in verbs.txt; -re and -oir words
    only when in verbs.txt.  "se souvenir", "s'asseoir" are accepted.
    """
    return _canonical(*_bare_infinitive(word)) is not None


def conjugate(infinitive: str) -> dict[str, tuple[str, ...]]:
    """Simple forms by tense (keys of TENSES), usual spelling only.

    Six-person tenses are (je, tu, il, nous, vous, ils); "imperatif" is
    (tu, nous, vous); "participe_passe" is (m.sg, f.sg, m.pl, f.pl).  A form
    the verb lacks is "" (il faut has no "je" form).  Raises ValueError for a
    word that is_verb() rejects.
    """
    return {
        tense: tuple(slot[0] if slot else "" for slot in slots)
        for tense, slots in _table(infinitive).items()
    }


@lru_cache(maxsize=8192)
def verb_forms(infinitive: str) -> frozenset[str]:
    """Every simple form of the verb, with every admitted spelling."""
    return frozenset(form for slots in _table(infinitive).values() for slot in slots for form in slot)


def past_participles(infinitive: str) -> frozenset[str]:
    """The past participle in all its agreements and spellings."""
    return frozenset(form for slot in _table(infinitive)["participe_passe"] for form in slot)


def auxiliary(infinitive: str) -> str:
    """ "être" or "avoir", for the verb's non-pronominal use.

    Verbs that take either (monter, passer, sortir, ...) answer "être";
    pronominal use always takes "être", which callers handle.
    """
    canonical = _canonical(*_bare_infinitive(infinitive))
    if canonical is None:
        raise ValueError(f"{infinitive!r} is not a French verb this module can conjugate")
    return "être" if canonical in ETRE_VERBS else "avoir"
