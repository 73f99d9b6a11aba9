"""Turn a headword (or one of its forms) into the patterns the spotter looks for.

A pattern is a sequence of *slots*, each the set of keys that may stand
there, worked out from the dictionary form alone:

- the verb of a verb phrase (its first infinitive, after "ne", "se" and
  clitics) takes every simple form and participle: "fumer" → fume, fumaient,
  fumé, fumerions…;
- a reflexive "se" takes me, te, se, nous, vous, m', t', s';
- a possessive takes every possessive: "son" → mon, ta, leurs…;
- elidable words take their elided form and contractions: "de" → d', du,
  des; "que" → qu'; "à" → au, aux; "le", "la" → l';
- other words take their plural and feminine forms: "numérique" →
  numériques, "sûr" → sûre, sûrs, sûres — except proper names (capitalised
  in the headword) and words of one or two letters.

In a verb phrase, up to MAX_GAP words that French puts inside an expression
(negations, adverbs, clitic pronouns, auxiliaries and modals) may stand
between two slots: "ne se fait pas encore suffisamment sentir".

``forms:`` entries may use two extra signs: ``a / b`` for alternatives and
``(word …)`` for optional words, e.g. ``(depuis) belle lurette``.
"""

from __future__ import annotations

import itertools
import re
from typing import NamedTuple
from functools import lru_cache

from .text import GLUED, HYPHEN, tokens


class _OnFirstUse:
    """A module imported when first used: a run served from the cache
    (cache.py) spots with ready-made patterns and never needs them."""

    def __init__(self, name: str) -> None:
        self._name = name

    def __getattr__(self, attribute: str):
        import importlib

        return getattr(importlib.import_module(f"glossary.{self._name}"), attribute)


conjugate = _OnFirstUse("conjugate")
inflect = _OnFirstUse("inflect")

MAX_GAP = 4  # words allowed between two slots of a verb phrase
MAX_VARIANTS = 64  # expansions of one form with ( ) and /

# How a slot must be joined to the one before it.
HARD = 0  # glued, as in "@micalement", "24H/24"
SOFT = 1  # a space or hyphen, or glued after an elided word ("n'ai", "l'avenir")
HYPH = 2  # a hyphen: "savoir-faire" is not "savoir faire", but "relation
#           client" (written with a space) is found as "relation-client" too

_ELISIONS = {
    "de": ("de", "d'", "du", "des"),
    "d'": ("de", "d'", "du", "des"),
    "du": ("du", "d'"),
    "à": ("à", "au", "aux"),
    "que": ("que", "qu'"),
    "qu'": ("que", "qu'"),
    "ne": ("ne", "n'"),
    "n'": ("ne", "n'"),
    "le": ("le", "l'"),
    "la": ("la", "l'"),
    "l'": ("le", "la", "l'"),
    "ce": ("ce", "c'"),
    "c'": ("ce", "c'"),
    "je": ("je", "j'"),
    "j'": ("je", "j'"),
    "me": ("me", "m'"),
    "te": ("te", "t'"),
    "jusque": ("jusque", "jusqu'"),
    "lorsque": ("lorsque", "lorsqu'"),
    "puisque": ("puisque", "puisqu'"),
    "quoique": ("quoique", "quoiqu'"),
}
_REFLEXIVE = ("me", "te", "se", "nous", "vous", "m'", "t'", "s'")
_POSSESSIVES = ("mon", "ton", "son", "ma", "ta", "sa", "mes", "tes", "ses", "notre", "votre", "leur", "nos", "vos", "leurs")
# Clitics that may come before the verb of a headword: "ne pas", "s'en", "y".
_LEADING = {"ne", "n'", "se", "s'", "en", "y", "me", "m'", "te", "t'", "le", "la", "les", "l'", "lui", "leur"}
# Words that never inflect: articles, prepositions, conjunctions, pronouns,
# and invariable adverbs.
_FUNCTION = {
    *_ELISIONS, *_REFLEXIVE, *_POSSESSIVES,
    "les", "un", "une", "des", "au", "aux", "en", "dans", "par", "pour", "sur", "sous", "avec", "sans",
    "chez", "entre", "vers", "depuis", "pendant", "contre", "selon", "et", "ou", "ni", "mais", "car",
    "donc", "si", "il", "ils", "elle", "elles", "on", "y", "lui", "leur", "eux", "moi", "toi", "soi",
    "qui", "quoi", "dont", "où", "tout", "tous", "toute", "toutes", "plus", "moins", "pas", "bien",
    "très", "trop", "peu", "tant", "autant", "aussi", "comme", "quand", "ainsi", "alors", "jamais",
    "rien", "cela", "ça", "ceci", "celui", "celle", "ceux", "là", "ici", "même", "encore", "déjà",
}
# Words that may stand inside a verb phrase, between two of its slots:
# negations and adverbs anywhere; clitic pronouns, auxiliaries and modals
# only before its verb ("nous nous en sommes rendu compte"), since after it
# "le", "la" are articles ("il a pris le contact" is not "prendre contact").
_ADVERBS = {
    "ne", "n'", "pas", "plus", "jamais", "rien", "guère", "point",
    "trop", "bien", "déjà", "encore", "toujours", "vraiment", "suffisamment", "vite", "mieux", "tout",
    "très", "peu", "assez", "beaucoup", "souvent", "même", "aussi", "alors", "donc", "enfin", "ainsi",
    "certes", "parfois", "presque", "pourtant", "surtout", "longtemps", "tellement", "plutôt",
    "bientôt", "ensuite", "désormais", "aussitôt", "toutefois", "cependant", "pourtant", "ici", "là",
}
_CLITICS = {"en", "y", "le", "la", "les", "l'", "lui", "leur"}
_AUXILIARIES_AND_MODALS = ("avoir", "être", "pouvoir", "devoir", "vouloir", "savoir", "falloir")
# Nouns ending in -ment are not adverbs: they may not stand in a gap.
_MENT_NOUNS = {
    "moment", "comment", "gouvernement", "changement", "développement", "mouvement", "événement",
    "évènement", "document", "élément", "argument", "instrument", "monument", "segment", "paiement",
    "payement", "logement", "traitement", "sentiment", "jugement", "comportement", "enseignement",
    "environnement", "fonctionnement", "investissement", "équipement", "établissement", "lancement",
    "classement", "financement", "recrutement", "engagement", "raisonnement", "rassemblement",
    "vêtement", "bâtiment", "aliment", "médicament", "appartement", "département", "compartiment",
    "parlement", "firmament", "ciment", "serment", "tourment", "froment", "jument", "piment",
}


class Pattern(NamedTuple):
    slots: tuple[frozenset[str], ...]
    glue: tuple[int, ...]  # glue[k]: how slot k joins slot k-1 (glue[0] unused)
    verb: int  # the verb's slot, or -1: gap words may stand between slots of a verb phrase
    anchor: int  # the slot the index is keyed on: the most distinctive one
    literal: tuple[str, ...]  # the phrase's own keys, to prefer exact matches
    case: tuple[int, ...]  # per slot: ANY_CASE, CAPITAL or ALL_CAPS, as the text must be written
    reflexive: int = -1  # the slot of a reflexive "se", whose person the verb must agree with
    # For a reflexive verb: its finite forms by person (je … ils), the forms
    # any person takes (infinitive, present participle), its past participles.
    agreement: tuple[tuple[frozenset[str], ...], frozenset[str], frozenset[str]] | None = None


# Case is ignored, except that a headword's proper names and acronyms must
# look like ones in the text: "l'Atelier" (the BNP Paribas unit) is not found
# in "l'atelier de couture", nor "TIC" (the technologies) in "un tic nerveux".
ANY_CASE = 0
CAPITAL = 1  # a capitalised word after the first: the text word starts with a capital
ALL_CAPS = 2  # an acronym of two letters or more: the text word is in capitals


def _case(written: str, first: bool) -> int:
    if written.isupper() and sum(c.isalpha() for c in written) >= 2:
        return ALL_CAPS
    if not first and written[:1].isupper():
        return CAPITAL
    return ANY_CASE


def case_fits(case: int, word: str) -> bool:
    """Does a word of the text, as written, have the case a slot asks for?"""
    if case == ALL_CAPS:
        return word.isupper()
    if case == CAPITAL:
        return word[:1].isupper()
    return True


_gap_before_verb: list[tuple[frozenset[str], frozenset[str]]] = []  # computed once, or loaded by cache.py


def gap_words_before_verb(known: tuple[frozenset[str], frozenset[str]] | None = None) -> tuple[frozenset[str], frozenset[str]]:
    """The words a gap before a verb may hold (adverbs, clitics and every
    form of the auxiliaries and modals), and the auxiliaries' forms alone;
    ``known``: both, from the cache."""
    if known is not None:
        _gap_before_verb[:] = [known]
    if not _gap_before_verb:
        verbs = (conjugate.verb_forms(v) for v in _AUXILIARIES_AND_MODALS)
        auxiliaries = conjugate.verb_forms("avoir") | conjugate.verb_forms("être")
        _gap_before_verb.append((frozenset(_ADVERBS.union(_CLITICS, *verbs)), auxiliaries))
    return _gap_before_verb[0]


def is_gap_word(key: str, before_verb: bool) -> bool:
    if key in _ADVERBS or (before_verb and key in gap_words_before_verb()[0]):
        return True
    # An adverb in -ment ("suffisamment", "profondément"), not a noun in -ment.
    return len(key) > 6 and key.endswith("ment") and key not in _MENT_NOUNS


class PatternError(ValueError):
    """A form that cannot be turned into a pattern; entries.py adds the place."""


def expand(form: str) -> list[str]:
    """The plain phrases a form stands for: ``a / b`` alternatives and
    ``(optional words)``."""
    variants: list[str] = []
    for alternative in form.split(" / "):
        parts = re.split(r"(\([^()]*\))", alternative)
        if any(c in part for part in parts if not part.startswith("(") for c in "()"):
            raise PatternError(f"unbalanced parentheses in form {form!r}")
        choices = [[part[1:-1], ""] if part.startswith("(") else [part] for part in parts]
        for combination in itertools.product(*choices):
            phrase = " ".join("".join(combination).split())
            if phrase and phrase not in variants:
                variants.append(phrase)
            if len(variants) > MAX_VARIANTS:
                raise PatternError(f"form {form!r} has more than {MAX_VARIANTS} variants")
    if not variants:
        raise PatternError(f"form {form!r} has no words")
    return variants


def _verb_position(toks: list[tuple[str, int, str]]) -> int | None:
    """Where the verb of a verb phrase is: its first word after leading
    clitics, if that word is an infinitive and not part of a hyphenated
    compound ("savoir-faire" is a noun)."""
    i = 0
    while i < len(toks) and toks[i][0] in _LEADING:
        i += 1
    if i >= len(toks) or not conjugate.is_verb(toks[i][0]):
        return None
    if toks[i][1] == HYPHEN or (i + 1 < len(toks) and toks[i + 1][1] == HYPHEN):
        return None
    return i


_PERSONS = {"me": (0,), "m'": (0,), "te": (1,), "t'": (1,), "se": (2, 5), "s'": (2, 5), "nous": (3,), "vous": (4,)}
_FINITE = ("present", "imparfait", "passe_simple", "futur", "conditionnel", "subjonctif_present", "subjonctif_imparfait")


@lru_cache(maxsize=4096)
def _agreement(infinitive: str) -> tuple[tuple[frozenset[str], ...], frozenset[str], frozenset[str]]:
    table = conjugate.conjugate(infinitive)
    persons = tuple(frozenset(table[tense][person] for tense in _FINITE) - {""} for person in range(6))
    free = frozenset(table["infinitif"]) | frozenset(table["participe_present"])
    return persons, free, conjugate.past_participles(infinitive)


def auxiliary_forms() -> frozenset[str]:
    """Every form of avoir and être (the auxiliaries of compound tenses)."""
    return gap_words_before_verb()[1]


def reflexive_agrees(pattern: Pattern, pronoun: str, verb: str, after_auxiliary: bool) -> bool:
    """Does the verb form agree with the reflexive pronoun? "vous vous
    rendez compte", "je me suis rendu compte", but not "il vous dit que"
    for "se dire que": a finite form of another person is refused, and a
    past participle needs an auxiliary before it."""
    persons, free, participles = pattern.agreement
    own = set().union(*(persons[p] for p in _PERSONS[pronoun]))
    if verb in own or verb in free:
        return True
    if verb in participles:
        return after_auxiliary
    # A form of another person is refused; a spelling the tables do not
    # give (a variant such as "paye") is let through.
    return not any(verb in forms for forms in persons)


# Slots are cached: every pattern built on a word shares one frozenset, which
# saves time and memory on glossaries of 100 000 entries.
@lru_cache(maxsize=None)
def _verb_slot(infinitive: str, after_en: bool) -> frozenset[str]:
    choices = conjugate.verb_forms(infinitive) | {infinitive}
    if after_en:
        # "en ressortant" is a gerund, not "en ressortir".
        choices -= {conjugate.conjugate(infinitive)["participe_present"][0]}
    return choices


@lru_cache(maxsize=None)
def _word_slot(key: str) -> frozenset[str]:
    return inflect.noun_adj_forms(key) | {key}


@lru_cache(maxsize=None)
def _literal_slot(key: str) -> frozenset[str]:
    return frozenset({key})


_REFLEXIVE_SLOT = frozenset(_REFLEXIVE)
_POSSESSIVE_SLOT = frozenset(_POSSESSIVES)
_ELISION_SLOTS = {key: frozenset(choices) for key, choices in _ELISIONS.items()}


@lru_cache(maxsize=None)
def _shortest(slot: frozenset[str]) -> int:
    return min(map(len, slot))


def compile_phrase(phrase: str) -> Pattern:
    toks = tokens(phrase)
    if not toks:
        raise PatternError(f"{phrase!r} has no letters or signs to spot")
    keys = [key for key, _, _ in toks]
    verb = _verb_position(toks)
    slots: list[frozenset[str]] = []
    glue: list[int] = []
    for i, (key, joint, written) in enumerate(toks):
        if i == verb:
            slot = _verb_slot(key, i > 0 and keys[i - 1] == "en")
        elif verb is not None and i < verb and key in ("se", "s'"):
            slot = _REFLEXIVE_SLOT
        elif key in _POSSESSIVES:
            slot = _POSSESSIVE_SLOT
        elif key in _ELISIONS:
            slot = _ELISION_SLOTS[key]
        elif key in _FUNCTION or len(key) <= 2 or not written[0].islower() or (verb is not None and i > verb and conjugate.is_verb(key)):
            slot = _literal_slot(key)  # function words, proper names, later infinitives
        else:
            slot = _word_slot(key)
        slots.append(slot)
        elided = i > 0 and keys[i - 1].endswith("'")
        glue.append(HARD if joint == GLUED and not elided else HYPH if joint == HYPHEN else SOFT)
    case = tuple(_case(written, i == 0) for i, (_, _, written) in enumerate(toks))
    reflexive = next((i for i in range(verb or 0) if keys[i] in ("se", "s'")), -1)
    return Pattern(
        tuple(slots), tuple(glue), -1 if verb is None else verb, _anchor(slots, keys), tuple(keys), case,
        reflexive, _agreement(keys[verb]) if reflexive >= 0 else None,
    )


def _anchor(slots: list[frozenset[str]], keys: list[str]) -> int:
    """The slot whose shortest key is longest: rare words make few hits."""
    def weight(i: int) -> tuple[int, int]:
        return (0 if keys[i] in _FUNCTION else 1, _shortest(slots[i]))

    return max(range(len(slots)), key=lambda i: (weight(i), -i))

