"""Pull out of a text the expressions that look worth glossing and that no
entry covers yet, ranked, each with its reasons and its sentence.

The text is cut into tokens (text.pieces) and sentences (occurrences); web
and e-mail addresses, and sentences written in English (a blog comment, an
English blurb: most of their words are commoner in English than in French),
are left out. Then each *signal* below marks spans of tokens, with a weight:

==============  ======  ===================================================
signal          weight  what it marks
==============  ======  ===================================================
rare            1–2     a word rare in general French (data/frequency-fr.txt,
                        from wordfreq): 2 when it is not among the 50 000
                        commonest words, 1.5 under Zipf 3 (once per million
                        words), 1 under Zipf 3.4. A word counts as its
                        commonest lemma: a plural as its singular, a
                        conjugated verb as its infinitive ("travailleront"),
                        a feminine as its masculine, an -ment adverb as its
                        adjective
english         1.5–2   a word at least ten times commoner in English than
                        in French (data/frequency-en.txt), or about as common
                        in English, rare-ish in French and spelt the English
                        way (w, k, ee, oo, sh, ck, -ing: "geek", "hacker");
                        a run of them is one span ("one to one", "Big
                        Data"); a capitalised word alone is left to names
acronym         1–1.5   a word in capitals ("CRM", "GAFAMA"); a common word
                        in capitals is emphasis ("VRAI"), weight 1; a line in
                        capitals is skipped
web             1–2     web and SMS spellings: "@" for a sound
                        ("@micalement"), "k" for "qu" ("pourkoi"), stretched
                        letters ("trooop", "illlustre"), SMS abbreviations
                        ("mdr"), letters mixed with digits ("3D"), words
                        glued by . & / + ("Relationclient.net", "H&M",
                        "24H/24") or _ ; clipped words in -o ("perso" for
                        "personnel")
hyphen          1–1.5   a hyphenated coinage ("cyber-habitants",
                        "techno-phobes"): 1.5 with a coining prefix (cyber-,
                        techno-, anti-, e-…) or a rare part, 1 otherwise;
                        inversions ("peut-il") and compounds of very common
                        words ("peut-être", "c'est-à-dire") are skipped
quoted          1.5     one to five words in « », “ ” or " ": the author
                        marks them as special
name            0.5–1.5 capitalised words in mid-sentence, with their
                        particles ("Michel de Guilhermier", "World of
                        Warcraft") and a version number ("Web 2.0"): 1.5 for
                        several capitalised words or a rare one, 1 for an
                        uncommon one, 0.5 for a common word ("Internet"); at
                        the start of a sentence, only several capitalised
                        words or a word unknown to the list
shape           1–1.5   the shapes of French fixed expressions (SHAPES), most
                        of them a noun without its article: verb + noun
                        ("prendre contact", "faire usage"), verb +
                        preposition + noun ("mettre en œuvre", "aller de
                        pair"), preposition + noun ("en ligne", "sans doute",
                        "en toute tranquillité", "en premier lieu"),
                        preposition + article + noun + de ("à l'insu de"),
                        noun + de + noun ("carte de fidélité"), a word
                        repeated around a preposition ("de plus en plus"),
                        "tout à la fois", à + an infinitive that ends the
                        clause ("à suivre"), a pronominal verb and its
                        preposition ("se contenter de"), ne + verb + qu'à
                        ("ne demander qu'à")
pair            1–1.5   two lowercase content words side by side at least
                        twice in the text (1.5 from three times): "relation
                        client". Two given content words stand side by side
                        far less often than that in general French, so the
                        text uses them as one term.
==============  ======  ===================================================

Closed word classes (determiners, prepositions, pronouns, conjunctions,
common adverbs) and the forms of common verbs, from conjugate.py, tell a
noun from the rest; the lists are below.

Spans marked at the same place merge, their weights added (each signal
counted once); a span inside a longer one of at most five words gives it
its signals. Occurrences of the same words (case, plural endings and the
kind of apostrophe or hyphen aside) make one candidate, whose score is its
best occurrence's plus 0.25 for each further one (at most 0.75). A
candidate scoring under MIN_SCORE, or with an occurrence that overlaps a
match of the glossary, or whose words are a headword or form of the
glossary, is dropped. The kind a candidate is given is the guess of its
strongest signal.

``evaluate`` measures all this against the glossary itself: how many of the
entries found in a seed ``suggest`` would propose with an empty glossary,
and how many of its first 30 proposals are real entries.
"""

from __future__ import annotations

import math
import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache
from typing import Iterable, Iterator, NamedTuple

from . import conjugate, frequency, inflect
from .entries import Entry
from .find import Match
from .occurrences import Lines, context, sentence_at, sentence_spans
from .text import BREAK, GLUED, HYPHEN, SPACE, fold, is_word, match_key, next_token, pieces

MIN_SCORE = 1.0
TOP = 30  # proposals counted by evaluate's precision
MAX_QUOTED_WORDS = 5

# ------------------------------------------------------------------ words

DETERMINERS = frozenset(
    """le la les l' un une des du de d' au aux ce cet cette ces mon ton son ma ta sa mes tes ses notre votre
    leur nos vos leurs quelques plusieurs chaque certains certaines aucun aucune nul nulle tout toute tous
    toutes quel quelle quels quelles""".split()
)
PREPOSITIONS = frozenset(
    """à de d' en par pour sur sous dans avec sans vers chez entre contre depuis pendant avant après selon
    malgré hors parmi envers dès jusqu' jusque via outre lors""".split()
)
PRONOUNS = frozenset(
    """je j' tu il elle on nous vous ils elles me m' te t' se s' lui y ce c' ça ca cela ceci qui que qu'
    quoi dont où celui celle ceux celles moi toi soi eux rien personne chacun chacune""".split()
)
CONJUNCTIONS = frozenset("et ou mais donc or ni car si comme quand lorsque lorsqu' puisque puisqu' quoique parce afin".split())
ADVERBS = frozenset(
    """ne n' pas plus moins très trop bien mal aussi encore déjà toujours jamais souvent peu beaucoup assez
    tant autant même non oui ainsi alors puis ici là là-bas partout plutôt vraiment surtout enfin
    point guère presque tellement voire désormais aujourd'hui maintenant hier demain ensuite cependant
    pourtant toutefois longtemps autrefois parfois tard tôt vite loin près ailleurs davantage environ bientôt
    ensemble certes sinon aussitôt volontiers debout""".split()
)
CLOSED = DETERMINERS | PREPOSITIONS | PRONOUNS | CONJUNCTIONS | ADVERBS
# Words shorter than this are never a candidate on their own.
MIN_WORD = 3

# Verbs that make fixed expressions with a bare noun ("prendre contact",
# "faire usage", "avoir affaire", "mettre en œuvre", "aller de pair").
SUPPORT_VERBS = (
    "avoir faire prendre mettre remettre donner tenir rendre porter perdre trouver passer tirer garder poser "
    "lever courir jeter laisser reprendre aller"
).split()
# Frequent verbs whose forms are never a "bare noun" after a support verb.
COMMON_VERBS = SUPPORT_VERBS + (
    "être venir dire voir savoir pouvoir vouloir devoir falloir sembler paraître devenir rester croire penser "
    "parler demander montrer entendre connaître comprendre suivre vivre écrire lire ouvrir offrir recevoir "
    "sortir partir servir sentir permettre arriver"
).split()
# Prefixes that coin words with a hyphen: cyber-habitant, e-commerce.
COINING_PREFIXES = frozenset(
    """cyber techno anti non pseudo néo neo post pré pre multi hyper méga mega super ultra éco eco web télé
    auto micro macro inter ex mini maxi bio euro e m v i x self""".split()
)
# Subject pronouns after a hyphen make an inversion ("peut-il"), not a compound.
INVERSION = frozenset("je tu il elle on nous vous ils elles ce t-il t-elle t-on là ci moi toi lui leur y en le la les".split())
SMS_ABBREVIATIONS = frozenset(
    "mdr lol ptdr xptdr bcp pk pq tkt jsp slt dsl mtn qqn qqch tjrs bjr keske koi kan oklm jpp osef wesh stp dac".split()
)
# Units, ordinals and times are not web spellings: 2e, 1er, 3h, 18h30, 15%.
_NUMBERISH = re.compile(r"\d+(?:e|er|re|ère|ème|è|es|h|h\d+|min|mn|s|k|m|km|kg|g|cm|mm|l|ans?|mois|%)?|n°\d*")
_ENGLISH_SPELLING = re.compile(r"w|k|ee|oo|sh|ck|zz|ings?$|y$")
_STRETCHED = re.compile(r"([^\W\d_])\1\1+")
_QUOTED = re.compile(r"[«“„‹\"]\s*([^«»“”„‹›\"\n]{1,80}?)\s*[»”›\"«]")
_ADDRESS = re.compile(r"(?:https?://|www\.)[^\s<>\"«»]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+", re.IGNORECASE)
_WEB_GLUE = frozenset("._&/+")


_INFINITIVE_ENDINGS = ("er", "ir", "re", "oir", "dre", "tre", "ire", "enir", "aître", "oître", "indre", "uire", "")
# Endings to strip to find an adjective's masculine singular, or the
# adjective an -ment adverb is made from.
_ADJECTIVE_ENDINGS = (
    ("euses", "eux"), ("euse", "eux"), ("ives", "if"), ("ive", "if"), ("elles", "el"), ("elle", "el"),
    ("iennes", "ien"), ("ienne", "ien"), ("aux", "al"), ("es", ""), ("e", ""), ("s", ""), ("x", ""),
)
_ADVERB_ENDINGS = (("emment", "ent"), ("amment", "ant"), ("ement", "e"), ("ement", ""), ("ment", ""))


@lru_cache(maxsize=65536)
def verb_lemma(key: str) -> str | None:
    """The commonest infinitive that has ``key`` among its forms
    ("travailleront" -> "travailler", "advienne" -> "advenir"), or None."""
    best, best_zipf = None, 0.0
    for cut in range(2, len(key) + 1):
        for ending in _INFINITIVE_ENDINGS:
            infinitive = key[:cut] + ending
            zipf = frequency.zipf(infinitive)
            if zipf > best_zipf and conjugate.is_verb(infinitive) and key in conjugate.verb_forms(infinitive):
                best, best_zipf = infinitive, zipf
    return best


@lru_cache(maxsize=65536)
def _fr(key: str) -> float:
    """Zipf frequency in French of the word or of its lemma, whichever is
    higher: a plural counts as its singular ("compères"), a conjugated verb
    as its infinitive ("travailleront"), a feminine as its masculine, an
    -ment adverb as its adjective, an elided word as the full one
    ("quoiqu'" as "quoique")."""
    zipf = frequency.zipf(key)
    if key.endswith("'"):
        return max(zipf, frequency.zipf(key[:-1] + "e"))
    if zipf >= 3.4 or not _letters(key):
        return zipf
    verb = verb_lemma(key)
    if verb:
        zipf = max(zipf, frequency.zipf(verb))
    for ending, replacement in _ADJECTIVE_ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= 2:
            lemma_word = key[: len(key) - len(ending)] + replacement
            lemma = frequency.zipf(lemma_word)
            if lemma > zipf and key in inflect.noun_adj_forms(lemma_word):
                zipf = lemma
    for ending, replacement in _ADVERB_ENDINGS:
        if key.endswith(ending) and len(key) - len(ending) >= 3:
            zipf = max(zipf, _fr(key[: len(key) - len(ending)] + replacement))
    return zipf


def _en(key: str) -> float:
    return frequency.zipf(key, "en")


def _letters(key: str) -> bool:
    return key.replace("'", "").isalpha()


def _is_content(key: str) -> bool:
    """A word that can be a noun, verb or adjective: not a function word,
    not a number, not an -ment adverb."""
    return _letters(key) and len(key) >= MIN_WORD and key not in CLOSED and not _is_adverb(key)


@lru_cache(maxsize=65536)
def _is_adverb(key: str) -> bool:
    """An -ment adverb made from an adjective ("vraiment", "justement",
    "évidemment"), not a noun ("complément", "changement": "change" is a
    verb form, not an adjective)."""
    if not key.endswith("ment"):
        return False
    if key.endswith(("emment", "amment")):
        return True
    base = key[:-4]
    return frequency.zipf(base) > 0 and verb_lemma(base) is None


@lru_cache(maxsize=1)
def _verb_forms() -> dict[str, str]:
    """form -> infinitive, for COMMON_VERBS (a support verb wins a clash)."""
    forms: dict[str, str] = {}
    for verb in reversed(COMMON_VERBS):
        for form in conjugate.verb_forms(verb):
            forms[form] = verb
    for verb in SUPPORT_VERBS:
        for form in conjugate.verb_forms(verb):
            forms[form] = verb
    return forms


# Endings that only a verb form has (a noun or adjective in -ent, like
# "client", is not a verb form).
_FINITE = re.compile(r".+(?:ent|ons|ez|ait|aient|ais|ai|iez|ions|èrent|irent|urent)")
_PARTICIPLE = re.compile(r".+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|its|ites|ert|erte|erts|ertes)")


def _is_verbal(key: str) -> bool:
    """An infinitive, a form of a common verb, or a conjugated form or past
    participle of another verb that is rarer than its infinitive ("place",
    "relations" and "compte" are commoner as nouns than "placer", "relater"
    and "compter" are as verbs)."""
    if key in _verb_forms() or conjugate.is_verb(key):
        return True
    if not (_FINITE.fullmatch(key) or _PARTICIPLE.fullmatch(key)):
        return False
    lemma = verb_lemma(key)
    return bool(lemma) and frequency.zipf(key) <= frequency.zipf(lemma) + 0.3


def _bare_noun(key: str) -> bool:
    return _is_content(key) and not _is_verbal(key) and not key.endswith("ant")


# ----------------------------------------------------------------- tokens


class Token(NamedTuple):
    key: str  # folded (text.pieces)
    word: str  # as written
    start: int
    end: int
    joint: int  # to the token before: GLUED, SPACE, HYPHEN, or BREAK (also across sentences)
    initial: bool  # the first word of its sentence


def tokens(text: str) -> list[Token]:
    """The tokens of the French prose of ``text``: addresses and English
    sentences are dropped, and the token after a gap is joined by BREAK."""
    keys, offsets = pieces(text)
    sentences = sentence_spans(text)
    starts = [s for s, _ in sentences]
    english = {i for i, (s, e) in enumerate(sentences) if _is_english(text[s:e])}
    addresses = [m.span() for m in _ADDRESS.finditer(text)]
    result: list[Token] = []
    a = next((i for i, key in enumerate(keys) if not key[0].isspace()), -1)
    joint, last_sentence, skipped, worded = BREAK, -1, False, False
    while a != -1:
        start, end = offsets[a], offsets[a + 1]
        sentence = bisect_right(starts, start) - 1
        if sentence in english or _inside(start, addresses):
            skipped = True
        else:
            if sentence != last_sentence:
                worded = False
            if skipped or sentence != last_sentence:
                joint = BREAK
            word = is_word(keys[a])
            before = result[-1] if result else None
            if before and joint == GLUED and before.key.endswith("'") and word and frequency.zipf(before.key + keys[a]):
                # One word with an apostrophe inside: "aujourd'hui", "quelqu'un".
                result[-1] = before._replace(key=before.key + keys[a], word=text[before.start : end], end=end)
                a, joint = next_token(keys, a)
                continue
            result.append(Token(keys[a], text[start:end], start, end, joint, word and not worded))
            last_sentence, skipped, worded = sentence, False, worded or word
        a, joint = next_token(keys, a)
    return result


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    """Is ``pos`` inside one of ``spans`` (sorted, not overlapping)?"""
    k = bisect_right(spans, (pos, math.inf)) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def _is_english(sentence: str) -> bool:
    """Most words commoner in English than in French (by a factor of 3)."""
    words = [fold(w) for w in re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", unicodedata.normalize("NFC", sentence))]
    leaning = [_en(w) - frequency.zipf(w) for w in words if _en(w) or frequency.zipf(w)]
    english = sum(d >= 0.5 for d in leaning)
    french = sum(d <= -0.5 for d in leaning)
    if english == 1 and french == 0 and len(words) >= 3:
        return True  # "Welcome on Patrick Willemarck's blog"
    return english >= 2 and english >= 2 * french and english * 5 >= 2 * len(words)


# ---------------------------------------------------------------- signals


class Hit(NamedTuple):
    first: int  # token indices, inclusive
    last: int
    signal: str
    weight: float
    reason: str
    kind: str
    headword: str | None = None  # when the words as written are not the headword


def _linked(toks: list[Token], i: int, joints=(SPACE, HYPHEN)) -> bool:
    """Token i follows token i-1 in the same sentence, across the given joints."""
    return 0 < i < len(toks) and toks[i].joint in joints


def _capitalised(token: Token) -> bool:
    word = token.word
    return len(word) >= 2 and word[0].isupper() and not word.isupper() or (word[:1].islower() and not word.islower())


def rare_words(toks: list[Token]) -> Iterator[Hit]:
    """Words rare in general French: trade words, coinages, slang."""
    for i, t in enumerate(toks):
        if not _letters(t.key) or len(t.key) < MIN_WORD or t.key in CLOSED or t.word.isupper() or t.key.endswith("'"):
            continue
        if _capitalised(t) and not t.initial:
            continue  # a name: see names()
        zipf = _fr(t.key)
        if zipf == 0:
            yield Hit(i, i, "rare", 2.0, "not among the 50,000 commonest French words", "jargon")
        elif zipf < 3.0:
            yield Hit(i, i, "rare", 1.5, f"rare in general French (Zipf {zipf:.1f})", "jargon")
        elif zipf < 3.4:
            yield Hit(i, i, "rare", 1.0, f"uncommon in general French (Zipf {zipf:.1f})", "jargon")


def _english_word(key: str) -> bool:
    en, fr = _en(key), frequency.zipf(key)
    if en < 3.0 or not _letters(key) or len(key) < 2:
        return False
    if en - fr >= 1.5 or (en - fr >= 1.0 and fr < 4.5):
        return True
    return en >= fr - 0.3 and fr < 4.0 and bool(_ENGLISH_SPELLING.search(key))


def english_words(toks: list[Token]) -> Iterator[Hit]:
    """English words in French text; a run of them (with the English
    function words between) is one span: "one to one", "Big Data"."""
    i = 0
    while i < len(toks):
        if not _english_word(toks[i].key):
            i += 1
            continue
        last = i
        j = i + 1
        while j < len(toks) and _linked(toks, j, (SPACE,)) and _letters(toks[j].key):
            en, fr = _en(toks[j].key), frequency.zipf(toks[j].key)
            if not (_english_word(toks[j].key) or (en >= 3.0 and en >= fr + 0.3)):
                break
            if _english_word(toks[j].key):
                last = j
            j += 1
        words = last - i + 1
        if words == 1 and _capitalised(toks[i]) and not toks[i].initial:
            i += 1
            continue  # a name: see names()
        yield Hit(i, last, "english", 2.0 if words > 1 else 1.5, "English words" if words > 1 else "an English word", "anglicism")
        i = last + 1


def acronyms(toks: list[Token]) -> Iterator[Hit]:
    """Words in capitals: acronyms, or a common word shouted."""
    for i, t in enumerate(toks):
        if not (t.word.isupper() and _letters(t.key) and len(t.key.rstrip("'")) >= 2) or re.fullmatch(r"[IVXLC]+", t.word):
            continue
        neighbours = [u for u in toks[max(0, i - 3) : i + 4] if u is not t and _letters(u.key) and len(u.key) > 1]
        if neighbours and all(u.word.isupper() for u in neighbours):
            continue  # a line in capitals: a title, not an acronym
        if len(t.key) >= 4 and frequency.zipf(t.key) >= 4.0:
            yield Hit(i, i, "acronym", 1.0, "a common word in capitals, for emphasis", "colloquial")
        else:
            yield Hit(i, i, "acronym", 1.5, "an acronym", "jargon")


def web_spellings(toks: list[Token]) -> Iterator[Hit]:
    """Spellings of the web and of text messages."""
    i = 0
    while i < len(toks):
        t = toks[i]
        # Words glued by . & / + or @: "Relationclient.net", "H&M", "24H/24", "@micalement".
        j = i
        while (
            j + 2 < len(toks)
            and toks[j + 1].word in _WEB_GLUE
            and toks[j + 1].joint == GLUED
            and toks[j + 2].joint == GLUED
            and is_word(toks[j + 2].key)
            and is_word(toks[j].key)
            and not (toks[j + 1].word == "." and _capitalised(toks[j + 2]) and frequency.zipf(toks[j + 2].key) >= 5.0)
        ):
            j += 2
        if j > i and any(c.isalpha() for u in toks[i : j + 1] for c in u.key):
            dotted = any(toks[k].word in ".&" for k in range(i + 1, j, 2))
            yield Hit(i, j, "web", 1.5, "words glued by punctuation, as in a web name", "reference" if dotted else "colloquial")
            i = j + 1
            continue
        if t.word == "@" and i + 1 < len(toks) and toks[i + 1].joint == GLUED and _letters(toks[i + 1].key):
            yield Hit(i, i + 1, "web", 2.0, "'@' written for a sound (web spelling)", "colloquial")
            i += 2
            continue
        yield from _web_word(toks, i)
        i += 1


def _web_word(toks: list[Token], i: int) -> Iterator[Hit]:
    key = toks[i].key
    if not is_word(key):
        return
    if "_" in key:
        yield Hit(i, i, "web", 1.0, "words joined by underscores (a web name)", "colloquial")
    elif any(c.isdigit() for c in key) and any(c.isalpha() for c in key) and not _NUMBERISH.fullmatch(key):
        yield Hit(i, i, "web", 1.0, "letters and digits mixed (web or SMS spelling, or a code)", "colloquial")
    elif key in SMS_ABBREVIATIONS:
        yield Hit(i, i, "web", 2.0, "an SMS abbreviation", "colloquial")
    elif "k" in key and frequency.zipf(key) == 0 and frequency.zipf(key.replace("k", "qu")) >= 4.0:
        yield Hit(i, i, "web", 2.0, f"SMS spelling of {key.replace('k', 'qu')!r}", "colloquial")
    elif _STRETCHED.search(key) and frequency.zipf(key) == 0:
        for variant in (_STRETCHED.sub(r"\1\1", key), _STRETCHED.sub(r"\1", key)):
            if frequency.zipf(variant) >= 3.0:
                yield Hit(i, i, "web", 1.5, f"stretched or mistyped spelling of {variant!r}", "colloquial")
                break


@lru_cache(maxsize=1)
def _sorted_words() -> list[str]:
    return sorted(frequency.table("fr"))


def clipped(toks: list[Token]) -> Iterator[Hit]:
    """Clipped words of familiar French: "perso" for "personnel", "resto",
    "dispo": a word ending in -o that is the start of a commoner word."""
    words = _sorted_words()
    for i, t in enumerate(toks):
        key = t.key
        if not (3 <= len(key) <= 6 and key.endswith("o") and _letters(key)) or t.word.isupper():
            continue
        if t.joint == HYPHEN or (i + 1 < len(toks) and toks[i + 1].joint == HYPHEN):
            continue  # "techno-phobes": a prefix, see hyphenated()
        zipf = frequency.zipf(key)
        k = bisect_right(words, key)
        while k < len(words) and words[k].startswith(key):
            longer = words[k]
            if len(longer) >= len(key) + 3 and frequency.zipf(longer) > zipf + 0.3:
                yield Hit(i, i, "web", 1.5, f"a clipped word, for {longer!r}?", "colloquial")
                break
            k += 1


def hyphenated(toks: list[Token]) -> Iterator[Hit]:
    """Hyphenated coinages: "cyber-habitants", "techno-phobes", "anti-geek"."""
    i = 0
    while i < len(toks):
        j = i
        while j + 1 < len(toks) and toks[j + 1].joint == HYPHEN:
            j += 1
        if j == i:
            i += 1
            continue
        parts = [t.key for t in toks[i : j + 1]]
        i, first = j + 1, i
        if parts[-1] in INVERSION or any(not _letters(p) for p in parts):
            continue
        if parts[0] in COINING_PREFIXES:
            yield Hit(first, j, "hyphen", 1.5, f"a coinage with the prefix '{parts[0]}-'", "jargon")
        elif any(_fr(p) < 3.4 for p in parts):
            yield Hit(first, j, "hyphen", 1.5, "a hyphenated compound with a rare part", "jargon")
        elif not all(frequency.zipf(p) >= 5.0 for p in parts):
            yield Hit(first, j, "hyphen", 1.0, "a hyphenated compound", "jargon")


def quoted(text: str, toks: list[Token]) -> Iterator[Hit]:
    """One to five words between quotation marks."""
    starts = [t.start for t in toks]
    for match in _QUOTED.finditer(text):
        start, end = match.span(1)
        while end > start and text[end - 1] in ",;:":
            end -= 1
        inside = text[start:end]
        first, last = bisect_right(starts, start - 1), bisect_right(starts, end - 1) - 1
        if first > last or inside[-1:] in ".!?…" or toks[first].start != start or toks[last].end != end:
            continue
        if any(toks[k].joint == BREAK for k in range(first + 1, last + 1)):
            continue
        words = sum(is_word(t.key) and not t.key.endswith("'") for t in toks[first : last + 1])
        if 1 <= words <= MAX_QUOTED_WORDS:
            title = inside[:1].isupper() or (toks[first].key.endswith("'") and inside[len(toks[first].word) :][:1].isupper())
            yield Hit(first, last, "quoted", 1.5, "in quotation marks", "reference" if title else "jargon")


_PARTICLES = frozenset("de du des d' of the la le von van & sur".split())


def names(toks: list[Token]) -> Iterator[Hit]:
    """Capitalised words in mid-sentence, with particles between them."""
    i = 0
    while i < len(toks):
        if not (_capitalised(toks[i]) or (toks[i].word.isupper() and len(toks[i].key) > 1 and _letters(toks[i].key))):
            i += 1
            continue
        j = i
        while True:
            if _linked(toks, j + 1) and _capitalised(toks[j + 1]):
                j += 1
            elif (
                _linked(toks, j + 2)
                and _linked(toks, j + 1)
                and toks[j + 1].key in _PARTICLES
                and toks[j + 1].word.islower()
                and _capitalised(toks[j + 2])
            ):
                j += 2
            else:
                break
        first, i = i, j + 1
        while first < j and toks[first].initial and toks[first].key in CLOSED:
            first += 1  # "Entre Miss": a preposition that starts a sentence
        if first + 2 <= j and toks[first].initial and toks[first + 1].key in _PARTICLES and _fr(toks[first].key) >= 4.0:
            first += 2  # "Partenaire de Facebook": a noun that starts a sentence
        if (
            j + 1 < len(toks)
            and toks[j + 1].joint == SPACE
            and toks[j + 1].key.isdigit()
            and toks[j + 1].start - toks[j].end == 1
        ):
            j += 1  # a version: "Web 2.0", "Windows 95"
            while j + 2 < len(toks) and toks[j + 1].word == "." and toks[j + 2].key.isdigit() and toks[j + 2].joint == GLUED:
                j += 2
        span = toks[first : j + 1]
        capitals = sum(_capitalised(t) for t in span)
        if not capitals:
            continue  # acronyms alone: see acronyms()
        unknown = any(_capitalised(t) and _letters(t.key) and _fr(t.key) < 3.0 for t in span)
        if span[0].initial and capitals < 2 and not (unknown and frequency.zipf(span[0].key) == 0):
            continue  # the first word of a sentence
        if capitals >= 2 or unknown:
            weight = 1.5
        elif _fr(span[0].key) < 4.5 or span[-1].key.isdigit():
            weight = 1.0
        else:
            weight = 0.5
        yield Hit(first, j, "name", weight, "a name (capitalised in mid-sentence)", "reference")


def _follow(toks: list[Token], i: int, k: int) -> str | None:
    """The key of the k-th token after token i, if every token between
    follows the one before it as the next word of the same sentence (after a
    space or hyphen, or glued to an elided word: "l'" + "insu")."""
    if i + k >= len(toks):
        return None
    for n in range(i + 1, i + k + 1):
        if not (toks[n].joint in (SPACE, HYPHEN) or (toks[n].joint == GLUED and toks[n - 1].key.endswith("'"))):
            return None
    return toks[i + k].key


def _noun_after_preposition(key: str, preposition: str) -> bool:
    """After a preposition a verb form can only be an infinitive, or a
    conjugated verb after the pronoun "en" ("en utilisent")."""
    if not _is_content(key) or conjugate.is_verb(key) or key.endswith("ant"):
        return False
    return preposition != "en" or _bare_noun(key)


QUANTIFIERS = ("tout", "toute", "tous", "toutes", "quelque")
# Adjectives that come before the noun in set phrases: "en premier lieu".
PRENOMINAL = frozenset("premier première dernier dernière second seconde grand grande petit petite bon bonne seul seule pur pure plein pleine simple".split())
_PREPOSITION_NOUN = ("en", "sans", "sur", "par", "sous", "avec", "hors", "entre")


def _preposition_noun(toks: list[Token], i: int) -> Iterator[Hit]:
    """"en ligne", "sans doute", "en quelque sorte", "en premier lieu"."""
    key = toks[i].key
    if key not in _PREPOSITION_NOUN:
        return
    k = 2 if _follow(toks, i, 1) in QUANTIFIERS or _follow(toks, i, 1) in PRENOMINAL else 1
    noun = _follow(toks, i, k)
    if noun and toks[i + k].word.islower() and (_is_content(noun) if k == 2 else _noun_after_preposition(noun, key)):
        yield Hit(i, i + k, "shape", 1.0, "preposition + noun without article, like 'en ligne'", "idiom")


def _prepositional_locution(toks: list[Token], i: int) -> Iterator[Hit]:
    """"à l'insu de", "à l'égard du", "à l'heure où", "au travers de"."""
    key = toks[i].key
    if key in ("au", "aux"):
        k = 1
    elif key in ("à", "sous", "en", "par", "sur") and _follow(toks, i, 1) in ("l'", "la", "le"):
        k = 2
    else:
        return
    noun = _follow(toks, i, k)
    if noun and _bare_noun(noun) and toks[i + k].word.islower() and _follow(toks, i, k + 1) in ("de", "d'", "du", "des", "où"):
        yield Hit(i, i + k + 1, "shape", 1.5, "preposition + article + noun + de, like 'à l'égard de'", "idiom")


def _to_infinitive(toks: list[Token], i: int) -> Iterator[Hit]:
    """"à suivre", "à savoir": à + an infinitive that ends the clause."""
    if toks[i].key == "à" and (verb := _follow(toks, i, 1)) and conjugate.is_verb(verb):
        after = i + 2
        if after >= len(toks) or toks[after].joint == BREAK or not is_word(toks[after].key):
            yield Hit(i, i + 1, "shape", 1.0, "à + an infinitive that ends the clause, like 'à suivre'", "idiom")


def _repeated(toks: list[Token], i: int) -> Iterator[Hit]:
    """"de plus en plus", "peu à peu": a word repeated around a preposition."""
    key = toks[i].key
    if (_is_content(key) or key in ADVERBS) and _follow(toks, i, 1) in ("à", "en", "après", "par", "pour", "sur"):
        if _follow(toks, i, 2) == key:
            first = i - 1 if i and toks[i - 1].key == "de" and toks[i].joint == SPACE else i
            yield Hit(first, i + 2, "shape", 1.5, "a word repeated around a preposition, like 'peu à peu'", "idiom")


def _tout(toks: list[Token], i: int) -> Iterator[Hit]:
    """"tout à fait", "tout à la fois", "tout de suite"."""
    if toks[i].key == "tout" and _follow(toks, i, 1) in ("à", "de"):
        k = 3 if _follow(toks, i, 2) in ("la", "le", "l'") else 2
        word = _follow(toks, i, k)
        if word and _letters(word) and word not in DETERMINERS:
            yield Hit(i, i + k, "shape", 1.5, "'tout' + preposition, like 'tout à fait'", "idiom")


def _compound_noun(toks: list[Token], i: int) -> Iterator[Hit]:
    """"carte de fidélité", "rupture de stock": noun + de + noun."""
    key = toks[i].key
    if _bare_noun(key) and toks[i].word.islower() and _follow(toks, i, 1) in ("de", "d'"):
        noun = _follow(toks, i, 2)
        if noun and _bare_noun(noun) and toks[i + 2].word.islower():
            yield Hit(i, i + 2, "shape", 1.0, "noun + de + noun without article, like 'carte de fidélité'", "jargon")


_REFLEXIVE = ("se", "s'", "me", "m'", "te", "t'")
_PRONOMINAL_PREPOSITIONS = ("de", "d'", "à", "en")


def _pronominal(toks: list[Token], i: int) -> Iterator[Hit]:
    """"se contenter de", "s'agir de", "s'ouvrir à": a pronominal verb and
    the preposition it takes."""
    if toks[i].key not in _REFLEXIVE:
        return
    verb = _follow(toks, i, 1)
    infinitive = verb and (verb if conjugate.is_verb(verb) else verb_lemma(verb))
    if infinitive and _follow(toks, i, 2) in _PRONOMINAL_PREPOSITIONS:
        reflexive = "s'" if infinitive[0] in "aeiouyhéèêâîôû" else "se "
        preposition = "de" if toks[i + 2].key == "d'" else toks[i + 2].key
        headword = f"{reflexive}{infinitive} {preposition}"
        yield Hit(i, i + 2, "shape", 1.0, "a pronominal verb and its preposition, like 's'agir de'", "idiom", headword)


def _support_verb(toks: list[Token], i: int) -> Iterator[Hit]:
    """"prendre contact", "faire usage", "mettre en œuvre", "aller de pair":
    a support verb and a noun without article."""
    infinitive = _verb_forms().get(toks[i].key)
    if infinitive not in SUPPORT_VERBS:
        return
    k = 1
    while _follow(toks, i, k) in ("pas", "plus", "jamais", "point", "même", "bien", "encore", "déjà"):
        k += 1
    word = _follow(toks, i, k)
    if word is None:
        return

    def headword(last: int) -> str:
        return " ".join([infinitive, *(toks[n].word.lower() for n in range(i + k, last + 1))])

    if _bare_noun(word) and toks[i + k].word.islower() and infinitive != "aller":
        yield Hit(i, i + k, "shape", 1.5, "verb + noun without article, like 'prendre contact'", "idiom", headword(i + k))
    elif word in ("en", "de", "à", "sur", "par", "hors") and not (word == "de" and infinitive == "avoir"):
        noun = _follow(toks, i, k + 1)
        if noun and _noun_after_preposition(noun, word):
            yield Hit(i, i + k + 1, "shape", 1.5, "verb + preposition + noun, like 'mettre en œuvre'", "idiom", headword(i + k + 1))


def _only(toks: list[Token], i: int) -> Iterator[Hit]:
    """"ne demander qu'à", "n'avoir plus qu'à": ne + verb + que + à."""
    if toks[i].key not in ("ne", "n'"):
        return
    verb = _follow(toks, i, 1)
    infinitive = verb and (_verb_forms().get(verb) or verb_lemma(verb))
    k = 3 if _follow(toks, i, 2) in ("plus", "pas") else 2
    if infinitive and _follow(toks, i, k) in ("qu'", "que") and _follow(toks, i, k + 1) == "à":
        negation = "n'" if infinitive[0] in "aeiouyhéèêâîôû" else "ne "
        middle = " plus" if k == 3 else ""
        headword = f"{negation}{infinitive}{middle} qu'à"
        yield Hit(i, i + k + 1, "shape", 1.5, "ne + verb + qu'à, like 'ne demander qu'à'", "idiom", headword)


SHAPES = (
    _support_verb, _preposition_noun, _prepositional_locution, _to_infinitive, _repeated, _tout, _compound_noun,
    _pronominal, _only,
)


def shapes(toks: list[Token]) -> Iterator[Hit]:
    """The shapes of French fixed expressions (SHAPES), at every token."""
    for i in range(len(toks)):
        for shape in SHAPES:
            yield from shape(toks, i)


def _pair_key(key: str) -> str:
    """A word without its plural ending, for grouping."""
    return key[:-1] if key[-1:] in ("s", "x") and len(key) > 3 else key


def repeated_pairs(toks: list[Token]) -> Iterator[Hit]:
    """Two content words met together at least twice."""
    places: dict[tuple[str, str], list[int]] = {}
    for i in range(1, len(toks)):
        a, b = toks[i - 1], toks[i]
        if b.joint == SPACE and all(_is_content(k) and k not in _verb_forms() for k in (a.key, b.key)):
            if not (b.word.islower() and (a.word.islower() or a.initial)):
                continue  # names: see names()
            places.setdefault((_pair_key(a.key), _pair_key(b.key)), []).append(i - 1)
    for where in places.values():
        if len(where) >= 2:
            weight = 1.5 if len(where) >= 3 else 1.0
            for i in where:
                yield Hit(i, i + 1, "pair", weight, f"two words met together {len(where)} times", "jargon")


# -------------------------------------------------------------- candidates


class Candidate(NamedTuple):
    phrase: str  # the first occurrence as written, on one line
    headword: str  # what to file it under
    kind: str  # a guess
    score: float
    reasons: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]  # every occurrence
    line: int  # of the first occurrence
    context: str  # its sentence


class _Spot(NamedTuple):
    first: int
    last: int
    hits: tuple[Hit, ...]


def _score(hits: Iterable[Hit]) -> float:
    best: dict[str, float] = {}
    for hit in hits:
        best[hit.signal] = max(best.get(hit.signal, 0.0), hit.weight)
    return sum(best.values())


def _spots(text: str, toks: list[Token]) -> list[_Spot]:
    """Every hit, merged by place: a short span takes in the spans inside it."""
    hits = [
        *rare_words(toks), *english_words(toks), *acronyms(toks), *web_spellings(toks), *clipped(toks), *hyphenated(toks),
        *quoted(text, toks), *names(toks), *shapes(toks), *repeated_pairs(toks),
    ]
    by_place: dict[tuple[int, int], list[Hit]] = {}
    for hit in hits:
        by_place.setdefault((hit.first, hit.last), []).append(hit)
    places = sorted(by_place)
    inner: set[tuple[int, int]] = set()
    for a, b in places:
        if b == a or sum(is_word(t.key) for t in toks[a : b + 1]) > MAX_QUOTED_WORDS:
            continue
        for c, d in places[bisect_right(places, (a, -1)) : bisect_right(places, (b, b))]:
            if d <= b and (c, d) != (a, b):
                by_place[(a, b)] = by_place[(a, b)] + by_place[(c, d)]
                inner.add((c, d))
    return [_Spot(a, b, tuple(by_place[(a, b)])) for a, b in places if (a, b) not in inner]


def _headword(toks: list[Token], spot: _Spot, text: str) -> str:
    given = next((h.headword for h in spot.hits if h.headword), None)
    if given:
        return given
    words = " ".join(text[toks[spot.first].start : toks[spot.last].end].split())
    signals = {h.signal for h in spot.hits}
    first = toks[spot.first]
    keep_case = signals & {"name", "acronym"} or (signals & {"english", "quoted", "web"} and not first.initial)
    if keep_case or (first.word.isupper() and len(first.word) > 1):
        return words
    words = words[:1].lower() + words[1:] if first.initial else words
    return _dictionary_form(words) if spot.first == spot.last or "hyphen" in signals else words


def _dictionary_form(word: str) -> str:
    """The form a glossary files a word under: a conjugated verb as its
    infinitive ("pronostiquent"), a plural as its singular ("néophytes",
    "techno-phobes"); the word as it is when unsure."""
    head, _, last = word.rpartition("-")
    key = fold(last)
    if not (_letters(key) and last.islower()):
        return word
    if _FINITE.fullmatch(key) and (verb := verb_lemma(key)) and not head:
        return verb
    if key[-1:] in ("s", "x") and key in inflect.noun_adj_forms(key[:-1]) and frequency.zipf(key[:-1]) >= frequency.zipf(key):
        return word[:-1]
    return word


def suggest(text: str, covered: Iterable[Match] = (), known: Iterable[Entry] = ()) -> list[Candidate]:
    """The candidates of ``text``, best first: none overlaps a match of
    ``covered`` or has the words of an entry of ``known``."""
    toks = tokens(text)
    taken = sorted(span for match in covered for span in match.spans)
    longest = max((e - s for s, e in taken), default=0)
    known_keys = {tuple(map(_pair_key, match_key(p))) for entry in known for p in (entry.headword, *entry.forms)}
    sentences = sentence_spans(text)
    lines = Lines(text)
    groups: dict[tuple[str, ...], list[_Spot]] = {}
    for spot in _spots(text, toks):
        start, end = toks[spot.first].start, toks[spot.last].end
        key = tuple(_pair_key(k) for k in match_key(text[start:end]))
        groups.setdefault(key, []).append(spot)
    result = []
    for key, spots in groups.items():
        spans = tuple((toks[s.first].start, toks[s.last].end) for s in spots)
        if key in known_keys or any(_overlaps(span, taken, longest) for span in spans):
            continue
        best = max(spots, key=lambda s: _score(s.hits))
        score = _score(best.hits) + min(0.75, 0.25 * (len(spots) - 1))
        if score < MIN_SCORE:
            continue
        reasons = tuple(dict.fromkeys(h.reason for s in spots for h in s.hits))
        kinds = [h.kind for h in sorted(best.hits, key=lambda h: -h.weight)]
        start, end = spans[0]
        sentence = sentence_at(sentences, start, end)
        result.append(
            Candidate(
                phrase=" ".join(text[start:end].split()),
                headword=_headword(toks, spots[0], text),
                kind=kinds[0],
                score=score,
                reasons=reasons,
                spans=spans,
                line=lines(start)[0],
                context=context(text, sentence, start, end),
            )
        )
    result.sort(key=lambda c: (-c.score, c.spans[0]))
    return result


def _overlaps(span: tuple[int, int], taken: list[tuple[int, int]], longest: int) -> bool:
    """Does ``span`` overlap one of ``taken`` (sorted spans, none longer
    than ``longest``)?"""
    start, end = span
    k = bisect_right(taken, (start - longest, 0))
    while k < len(taken) and taken[k][0] < end:
        if start < taken[k][1]:
            return True
        k += 1
    return False


# ---------------------------------------------------------------- output


def format_text(label: str, candidates: list[Candidate], top: int | None = None, width: int = 80) -> str:
    """The candidates (the ``top`` first), numbered, each with its score,
    reasons and sentence."""
    if not candidates:
        return f"{label}: nothing to suggest: no expression stands out that the glossary does not cover\n"
    import textwrap

    def wrapped(label: str, text: str) -> list[str]:
        # French puts a space before ? ! : ; and inside « »: never break there.
        text = re.sub(r" (?=[?!:;»])|(?<=«) ", "\u00a0", text)
        lines = textwrap.wrap(text, width, initial_indent=f"     {label:<5}", subsequent_indent=" " * 10, break_on_hyphens=False)
        return [line.replace("\u00a0", " ") for line in lines]

    count = f"{len(candidates)} expression{'s' if len(candidates) > 1 else ''}"
    shown = candidates[:top] if top else candidates
    first = f" (the first {len(shown)} shown)" if len(shown) < len(candidates) else ""
    lines = [f"{label}: {count} the glossary does not cover, most likely first{first}", ""]
    for n, c in enumerate(shown, 1):
        times = f", {len(c.spans)} times" if len(c.spans) > 1 else ""
        lines.append(f"{n:3}. {c.phrase}  ({c.kind}?, score {c.score:.2f}, line {c.line}{times})")
        lines += wrapped("why:", "; ".join(c.reasons)) + wrapped("in:", c.context)
    return "\n".join(lines) + "\n"


def format_yml(label: str, candidates: list[Candidate], top: int | None = None) -> str:
    """Entry skeletons (of the ``top`` first candidates) to paste into a
    gloss file: the kind guessed, the other fields empty, so that the loader
    refuses them until written."""
    from .entries import KINDS

    out = [
        f"# Suggested for {label} by `python -m glossary suggest --format yml`.",
        "# Fill in each gloss (and the other fields, or delete their lines): the loader",
        "# refuses an entry whose gloss is empty. Check the kind; headwords of verb phrases",
        "# take the infinitive, nouns and adjectives the masculine singular.",
        "",
    ]
    if not candidates:
        out.append("# Nothing to suggest: no expression stands out that the glossary does not cover.")
    for c in candidates[:top] if top else candidates:
        out += [
            f"# {c.phrase!s} — {'; '.join(c.reasons)} (line {c.line}, score {c.score:.2f})",
            f"# « {c.context} »",
            f"{_yaml_key(c.headword)}:",
            f"  kind: {c.kind}  # a guess: {', '.join(KINDS)}",
            "  gloss:",
            "  register:",
            "  literal:",
            "  english:",
            "  note:",
            "",
        ]
    return "\n".join(out).rstrip("\n") + "\n"


def _yaml_key(headword: str) -> str:
    """The headword as a key the gloss-file parser reads back unchanged:
    plain when it can be, else double-quoted (JSON escapes are YAML ones)."""
    from . import glossfile
    from .errors import GlossaryError

    try:
        raw = glossfile.parse(f"{headword}:\n  kind: idiom\n", "<key>")
        if len(raw) == 1 and raw[0].headword == headword:
            return headword
    except GlossaryError:
        pass
    import json

    return json.dumps(headword, ensure_ascii=False)


# ------------------------------------------------------------ evaluation


class Score(NamedTuple):
    label: str
    entries: int  # distinct entries the glossary finds in the text
    proposed: int  # how many of them suggest proposes with an empty glossary
    candidates: int  # how many proposals in all
    top: int  # proposals looked at for precision (the first TOP)
    top_real: int  # how many of those are real entries
    by_kind: dict[str, tuple[int, int]]  # kind -> (proposed, entries)


def hits(candidate: Candidate, matches: list[Match], keys: dict[Entry, set] | None = None) -> set[Entry]:
    """The entries a candidate stands for: their matches overlap one of its
    occurrences, or their headword or a form has its words. ``keys`` holds
    each entry's match keys, when the caller has worked them out."""
    key = match_key(candidate.phrase)
    found = set()
    for match in matches:
        entry = match.entry
        if any(s < ce and cs < e for s, e in match.spans for cs, ce in candidate.spans):
            found.add(entry)
        elif key in (keys[entry] if keys else _keys(entry)):
            found.add(entry)
    return found


def _keys(entry: Entry) -> set[tuple[str, ...]]:
    return {match_key(phrase) for phrase in (entry.headword, *entry.forms)}


def evaluate(label: str, text: str, matches: list[Match]) -> Score:
    """How ``suggest`` with an empty glossary does on ``text`` against the
    entries ``matches`` (the real glossary's) finds there."""
    candidates = suggest(text)
    entries = {m.entry for m in matches}
    keys = {entry: _keys(entry) for entry in entries}
    proposed: set[Entry] = set()
    for candidate in candidates:
        proposed |= hits(candidate, matches, keys)
    top = candidates[:TOP]
    top_real = sum(bool(hits(c, matches, keys)) for c in top)
    by_kind: dict[str, tuple[int, int]] = {}
    for entry in entries:
        got, total = by_kind.get(entry.kind, (0, 0))
        by_kind[entry.kind] = (got + (entry in proposed), total + 1)
    return Score(label, len(entries), len(proposed), len(candidates), len(top), top_real, by_kind)


def format_scores(scores: list[Score]) -> str:
    """A Markdown table: recall and precision at 30 per text, then overall;
    then recall by kind."""
    from .entries import KINDS

    def pct(part: int, whole: int) -> str:
        return f"{100 * part / whole:.0f} %" if whole else "-"

    rows = [["text", "entries", "proposed", "recall", "proposals", f"real in top {TOP}", f"precision@{TOP}"]]
    for s in scores:
        rows.append([s.label, str(s.entries), str(s.proposed), pct(s.proposed, s.entries), str(s.candidates),
                     f"{s.top_real}/{s.top}", pct(s.top_real, s.top)])
    total = [sum(getattr(s, f) for s in scores) for f in ("entries", "proposed", "candidates", "top", "top_real")]
    rows.append(["all", str(total[0]), str(total[1]), pct(total[1], total[0]), str(total[2]),
                 f"{total[4]}/{total[3]}", pct(total[4], total[3])])
    kinds = [["kind", "entries", "proposed", "recall"]]
    for kind in KINDS:
        got = sum(s.by_kind.get(kind, (0, 0))[0] for s in scores)
        whole = sum(s.by_kind.get(kind, (0, 0))[1] for s in scores)
        if whole:
            kinds.append([kind, str(whole), str(got), pct(got, whole)])
    return _table(rows) + "\n\n" + _table(kinds) + "\n"


def _table(rows: list[list[str]]) -> str:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = ["| " + " | ".join([row[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(row[1:], widths[1:])]) + " |" for row in rows]
    rule = "|" + "|".join(["-" * (widths[0] + 2)] + ["-" * (w + 1) + ":" for w in widths[1:]]) + "|"
    return "\n".join([lines[0], rule, *lines[1:]])
