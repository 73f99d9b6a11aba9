"""Benchmark the spotter on a large French text and large glossaries.

What it does: builds, deterministically, N MB of French prose (real sentences
of the seed texts mixed with sentences sampled Zipf-like from a vocabulary of
tens of thousands of real French forms) and gloss files of 1 000, 10 000 and
100 000 entries, then prints, as medians of several runs:

- the time of a bare ``re.finditer(r"\\w+", text)`` pass, the reference;
- for each glossary size, the time to load and compile it (``entries.build``
  and ``find.compile`` from the gloss-file text, in a fresh process), its peak
  memory, and the spotting time (``find.find``) and throughput in MB/s;
- spotting time per MB on 1/4, 1/2 and all of the text (linearity).

Why: these are the figures the performance targets are stated in: spotting
with 10 000 entries at no less than half the speed of the bare tokenising
pass; 100 000 entries load and compile in under 3 s and 500 MB; cost linear
in the text size and flat in the glossary size beyond the compile step. The
script prints figures; it does not fail when a target is missed.

    python benchmarks/spotting.py             # 10 MB, 3 runs: a few minutes
    python benchmarks/spotting.py --quick     # 1 MB, 1 run, 1k and 10k: seconds
"""

from __future__ import annotations

import argparse
import gc
import itertools
import json
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from glossary import conjugate, entries, find, inflect  # noqa: E402

MB = 1_000_000  # bytes of UTF-8
DEFAULT_SIZES = (1_000, 10_000, 100_000)

# --------------------------------------------------------------- the seeds

# Where the English part of a seed starts (comments, the blogger's bio).
ENGLISH_TAIL = {"000": "\nDéc09", "002": "\nPosted via web from"}
URLS_AND_EMAILS = re.compile(r"https?://\S+|\S+@\S+\.\w+|\S*_\S*")  # and tags: "barcamp_second_life"
# A word of the vocabulary: letters, an elided word keeps its apostrophe.
WORD = re.compile(r"aujourd['’]hui|[^\W\d_]+(?:['’](?=[^\W\d_]))?")
SENTENCE_END = re.compile(r"(?<=[.!?…])\s+")


def seed_sentences() -> list[str]:
    """The sentences of the French part of the five seeds."""
    sentences = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        tail = ENGLISH_TAIL.get(path.name[:3])
        if tail and tail in text:
            text = text[: text.index(tail)]
        text = URLS_AND_EMAILS.sub("", text)
        for line in text.splitlines():
            for sentence in SENTENCE_END.split(line.strip()):
                if len(WORD.findall(sentence)) >= 5:
                    sentences.append(" ".join(sentence.split()))
    return sentences


def seed_words(sentences: list[str]) -> list[str]:
    """The seeds' words, most frequent first, as a reader would write them
    mid-sentence: lowercase, unless never seen so ("Facebook", "CRM")."""
    counts: Counter[str] = Counter()
    lowercase_seen: set[str] = set()
    written: dict[str, str] = {}
    for sentence in sentences:
        for i, match in enumerate(WORD.finditer(sentence)):
            word = match.group().replace("’", "'")
            key = word.lower()
            counts[key] += 1
            if word == key:
                lowercase_seen.add(key)
            elif i > 0:
                written[key] = word
    ranked = sorted(counts, key=lambda key: (-counts[key], key))
    return [key if key in lowercase_seen or key not in written else written[key] for key in ranked]


# ------------------------------------------------------- the long tail

# Common regular verbs; conjugate.verb_forms gives their forms.
ER_VERBS = """
accepter accompagner accorder acheter adorer affirmer afficher aider aimer ajouter allumer améliorer
amener amuser analyser annoncer annuler appeler apporter apprécier approcher arrêter arriver associer
attacher attaquer augmenter avancer baisser balancer bavarder blesser bloquer briser brûler cacher
calculer casser causer céder changer chanter charger chercher choquer citer classer coller commander
commencer comparer compter concerner confier confirmer consacrer conseiller considérer consulter
continuer contrôler copier coucher couper créer crier critiquer danser décider déclarer décorer
demander démontrer dépasser dépenser déplacer déposer désirer dessiner détester deviner diminuer
discuter donner doubler douter dresser durer échanger éclairer écouter effacer élever éliminer
embrasser emmener emporter emprunter encourager enfermer engager enlever entrer envisager espérer
essayer estimer éviter évoquer exagérer examiner exister expliquer exposer exprimer fabriquer fermer
fêter fixer former frapper fumer gagner garder gérer glisser gouverner goûter habiter hésiter ignorer
imaginer imiter imposer indiquer informer inquiéter installer inspirer intéresser inventer inviter
jeter jouer juger jurer lancer laisser laver lever limiter livrer louer manger manquer marcher marquer
mélanger mener mesurer monter montrer nager négliger nettoyer noter occuper organiser oublier
pardonner parler participer passer payer penser peser placer planter pleurer plonger porter poser
pousser pratiquer préparer présenter presser prêter prier profiter prouver proposer protéger quitter
raconter ramasser rappeler rater réaliser recommander refuser regarder régler regretter rejeter
remarquer remercier remplacer rencontrer renoncer rentrer réparer repérer répéter reposer représenter
réserver respecter rester retirer retourner retrouver réveiller rêver risquer rouler sauter sauver
sembler séparer serrer signer signaler soigner sonner souhaiter souligner supporter supposer tâcher
téléphoner terminer tirer tomber toucher tourner traiter travailler traverser tromper trouver tuer
utiliser vérifier visiter voler voter
""".split()

ADJECTIVES = """
grand petit beau bon mauvais nouveau vieux jeune gros long haut bas vrai faux plein vide seul libre
dernier premier propre simple rapide lent fort faible riche pauvre cher facile difficile clair sombre
chaud froid doux dur léger lourd large étroit profond rare commun public privé entier général
particulier principal naturel virtuel réel humain social local mondial moderne ancien récent sûr
certain précis direct ouvert fermé heureux sérieux curieux fameux joli drôle bizarre étrange noir
blanc rouge vert bleu gris jaune
""".split()
ADJECTIVE_ENDINGS = ("ique", "el", "al", "if", "eux", "able", "ible", "aire", "ain", "ien", "ier")

# Words too common to be the heart of an idiom.
FUNCTION_WORDS = set(
    """
    le la les un une des du de à au aux en dans par pour sur sous avec sans chez entre vers et ou ni
    mais car donc si que qui quoi dont où ce cet cette ces se ne pas plus moins très trop peu bien
    tout tous toute toutes il ils elle elles on nous vous je tu me te lui leur leurs eux mon ton son
    ma ta sa mes tes ses notre votre nos vos là ici comme quand ainsi alors aussi encore déjà même
    autre autres cela ceci celui celle ceux celles rien jamais toujours parce puis lorsque avant après
    pendant depuis selon contre chaque quelque quelques plusieurs certains certaines aucun aucune
    chacun chacune beaucoup souvent lequel laquelle lesquels quel quelle quels quelles plutôt vraiment
    tellement également toutefois cependant pourtant bref voilà oui non
    """.split()
)


def verb_infinitives(words: list[str]) -> list[str]:
    """The verbs of data/verbs.txt (models and their ``like:`` derivatives),
    the regular verbs above, and the seeds' infinitives."""
    verbs: list[str] = []
    for line in (ROOT / "glossary" / "data" / "verbs.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("["):
            verbs.append(line[1:-1].split("<")[0].strip())
        elif line.startswith("like:"):
            verbs.extend(line[len("like:") :].split())
    verbs += ER_VERBS
    verbs += sorted(getattr(conjugate, "FINIR_VERBS", ()))
    verbs += [w for w in words if w.endswith(("er", "ir", "re")) and w.isalpha() and w.islower()]
    return [v for v in dict.fromkeys(verbs) if conjugate.is_verb(v)]


class Vocabulary:
    """Words to write prose and headwords with.

    ``words`` is ranked for Zipf sampling: the seeds' words by frequency,
    then a shuffled long tail of the forms of every verb, noun and adjective;
    ``verbs``, ``nouns`` and ``adjectives`` are headword material."""

    def __init__(self, rng: random.Random) -> None:
        self.sentences = seed_sentences()
        head = seed_words(self.sentences)
        self.verbs = verb_infinitives(head)
        verb_forms = set().union(*(conjugate.verb_forms(v) for v in self.verbs))
        content = [
            w for w in head[30:]
            if len(w) >= 4 and w.isalpha() and w.islower() and w not in FUNCTION_WORDS
            and w not in verb_forms and not w.endswith(("ment", "s", "x"))  # adverbs, plurals
        ]
        self.adjectives = list(dict.fromkeys(ADJECTIVES + [w for w in content if w.endswith(ADJECTIVE_ENDINGS)]))
        self.nouns = [w for w in content if w not in self.adjectives]
        self.rare = [w for w in content[100:] if not conjugate.is_verb(w)]
        tail = set(verb_forms)
        for word in self.nouns + self.adjectives:
            tail |= self.forms_of(word)
        tail -= {w.lower() for w in head}
        tail_list = sorted(tail)
        rng.shuffle(tail_list)
        self.words = head + tail_list
        # Zipf-Mandelbrot weights: the word of rank r has weight 1 / (r + 2.7).
        self.cum_weights = list(itertools.accumulate(1 / (r + 2.7) for r in range(len(self.words))))

    def forms_of(self, word: str) -> frozenset[str]:
        """A noun's plurals; an adjective's plurals and feminines."""
        if word in self.adjectives:
            return inflect.noun_adj_forms(word)
        return frozenset({word, *inflect.plurals(word)})

    def sample(self, rng: random.Random, k: int) -> list[str]:
        return rng.choices(self.words, cum_weights=self.cum_weights, k=k)


# ------------------------------------------------------------ writing prose

VOWEL_START = tuple("aeiouyàâäéèêëîïôöùûüœAEIOUYÀÂÉÈÊÎÔÛ")
ELIDES = {"le": "l'", "la": "l'", "de": "d'", "que": "qu'", "ne": "n'", "je": "j'", "se": "s'",
          "me": "m'", "te": "t'", "ce": "c'", "jusque": "jusqu'", "lorsque": "lorsqu'", "puisque": "puisqu'"}


def join_words(words: list[str], apostrophe: str = "'") -> str:
    """Words joined with spaces, with French elision: "de avion" becomes
    "d'avion" and an elided word before a consonant gets its vowel back."""
    out: list[str] = []
    for i, word in enumerate(words):
        following = words[i + 1] if i + 1 < len(words) else ""
        if word.endswith("'") and word != "aujourd'":
            word = word[:-1] if following.startswith(VOWEL_START) else ("le" if word == "l'" else word[:-1] + "e")
            glued = following.startswith(VOWEL_START)
        elif word.lower() in ELIDES and following.startswith(VOWEL_START):
            word, glued = ELIDES[word.lower()][:-1], True
            word = word.capitalize() if words[i][0].isupper() else word
        else:
            glued = False
        out.append(word + apostrophe if glued else word + " ")
    return "".join(out).rstrip(" ")


class Prose:
    """Paragraphs of French: real seed sentences and sampled ones, some of
    which carry a planted glossary expression."""

    def __init__(self, vocabulary: Vocabulary, rng: random.Random) -> None:
        self.vocabulary = vocabulary
        self.rng = rng
        self.planted: list[int] = []  # the glossary band of each planted expression

    def sentence(self, apostrophe: str, plant: list[str] | None) -> str:
        rng = self.rng
        if plant is None and rng.random() < 0.2:
            return rng.choice(self.vocabulary.sentences).replace("'", apostrophe).replace("’", apostrophe)
        words = self.vocabulary.sample(rng, rng.randint(6, 26))
        for i, word in enumerate(words[:-1]):
            if rng.random() < 0.05 and not word.endswith("'") and word not in ELIDES:
                words[i] = word + ","
        if plant:
            at = rng.randint(0, len(words))
            words[at:at] = plant
        text = join_words(words, apostrophe)
        end = rng.choices([".", "?", "!", " …", "..."], weights=[85, 5, 4, 3, 3])[0]
        return text[0].upper() + text[1:] + end

    def text(self, size_mb: float, plants: list[tuple[int, list[str]]], plant_rate: float) -> str:
        """About ``size_mb`` MB of paragraphs separated by blank lines;
        ``plants`` (band, words) are taken in order, one per planted sentence."""
        rng = self.rng
        target = size_mb * MB
        paragraphs: list[str] = []
        size = 0
        pending = iter(plants)
        while size < target:
            apostrophe = "’" if rng.random() < 0.7 else "'"
            sentences = []
            for _ in range(rng.randint(2, 8)):
                band, plant = next(pending, (None, None)) if rng.random() < plant_rate else (None, None)
                if band is not None:
                    self.planted.append(band)
                sentences.append(self.sentence(apostrophe, plant))
            paragraph = " ".join(sentences)
            paragraphs.append(paragraph)
            size += len(paragraph.encode("utf-8")) + 2
        return "\n\n".join(paragraphs) + "\n"


# ----------------------------------------------------- writing gloss files

ARTICLES = ("le", "la", "les", "un", "une", "du", "des", "son", "sa")
PERSONAL_TENSES = ("present", "imparfait", "passe_simple", "futur", "conditionnel", "subjonctif_present")
REFLEXIVES = ("me", "te", "se", "nous", "vous", "se")
OPTIONAL_WORDS = ("tout", "bien", "très", "encore")  # as in "(depuis) belle lurette"
GAP_WORDS = ("pas", "souvent", "vraiment", "toujours", "bien", "encore", "jamais")
EN_VERBS = ("take", "keep", "lose", "push", "turn", "hold", "break", "bring", "throw", "miss")
EN_NOUNS = ("ball", "point", "cake", "boat", "road", "hat", "bread", "rope", "line", "wind")
EN_ADJECTIVES = ("old", "empty", "quiet", "easy", "fine", "rough", "plain", "odd", "bold", "dry")
ONSETS = ("b", "br", "ch", "cl", "d", "f", "fr", "g", "gr", "j", "l", "m", "n", "p", "pl", "pr", "r", "s", "t", "tr", "v")
NUCLEI = ("a", "ou", "i", "é", "e", "o", "eu", "an", "on", "in", "ai")
CODAS = ("", "", "", "s", "t", "l", "x", "ette", "ard", "eau", "ouille")
# From glossary/gloss-format.md.
KINDS = ("idiom", "colloquial", "jargon", "anglicism", "false friend", "reference", "pun")
REGISTERS = ("formal", "literary", "dated", "familiar", "slang", "vulgar", "jargon", "humorous")
# Shapes of headwords and how often each is drawn.
SHAPES = {"verb article noun": 25, "se verb noun": 10, "ne verb que": 5, "noun de noun": 20,
          "noun adjective": 20, "word": 20}


class Expression:
    """A generated headword: its words (one of them a verb to conjugate when
    planted), and the gloss-file entry that defines it."""

    def __init__(self, words: list[str], verb: int | None, entry: str) -> None:
        self.words = words
        self.verb = verb
        self.entry = entry


def pseudo_word(rng: random.Random) -> str:
    syllables = [rng.choice(ONSETS) + rng.choice(NUCLEI) for _ in range(rng.randint(2, 3))]
    return "".join(syllables) + rng.choice(CODAS)


def headword_words(shape: str, vocabulary: Vocabulary, rng: random.Random) -> tuple[list[str], int | None]:
    """The words of a headword of this shape, and the verb's position."""
    noun, verb, adjective = (rng.choice(vocabulary.nouns), rng.choice(vocabulary.verbs), rng.choice(vocabulary.adjectives))
    if rng.random() < 0.2:
        noun = pseudo_word(rng)  # unknown words make the headwords unique and the index wide
    if shape == "verb article noun":
        return [verb, rng.choice(ARTICLES), noun], 0
    if shape == "se verb noun":
        return ["se", verb, *([rng.choice(ARTICLES)] if rng.random() < 0.5 else []), noun], 1
    if shape == "ne verb que":
        return ["ne", verb, "que", *rng.choice((["à"], ["par", noun], ["le", noun], [noun]))], 1
    if shape == "noun de noun":
        return [noun, "de", rng.choice(vocabulary.nouns)], None
    if shape == "noun adjective":
        return [noun, adjective], None
    # A single word: a slang or trade word, a name; now and then a rarer
    # noun or adjective of the text (the 100 most frequent are not glossed).
    word = rng.choice(vocabulary.rare) if rng.random() < 0.1 else pseudo_word(rng)
    return [word], None


def gloss_entry(order: int, headword: str, words: list[str], verb: int | None, rng: random.Random) -> str:
    """The gloss-file text of one entry: kinds cycled, a short English gloss,
    and on some entries a register, a literal sense or ``forms:``."""
    kind = KINDS[order % len(KINDS)]
    en = f"{rng.choice(EN_ADJECTIVES)} {rng.choice(EN_NOUNS)}"
    gloss = f"to {rng.choice(EN_VERBS)} the {en}, figuratively" if verb is not None else f"a kind of {en}, said of people too"
    lines = [f"{headword}:", f"  kind: {kind}", f"  gloss: {gloss}"]
    if order % 5 == 1:
        lines.append(f"  register: {REGISTERS[order % len(REGISTERS)]}")
    if order % 7 == 2:
        lines.append(f"  literal: to {rng.choice(EN_VERBS)} a {rng.choice(EN_NOUNS)}")
    if order % 10 == 3 and len(words) > 1:
        other = [*words[:-1], rng.choice(EN_NOUNS) + "e"]
        lines.append(f"  forms: [({rng.choice(OPTIONAL_WORDS)}) {headword} / {join_words(other)}]")
    elif order % 10 == 3:
        lines.append(f"  forms: [{headword}s / {headword}-là, (grand) {headword}]")
    return "\n".join(lines) + "\n"


def make_expressions(count: int, vocabulary: Vocabulary, rng: random.Random) -> list[Expression]:
    """``count`` expressions with headwords unique whatever the case,
    apostrophe or hyphen (entries.build refuses duplicates)."""
    seen: set[str] = set()
    shapes, weights = list(SHAPES), list(SHAPES.values())
    result: list[Expression] = []
    while len(result) < count:
        words, verb = headword_words(rng.choices(shapes, weights)[0], vocabulary, rng)
        if KINDS[len(result) % len(KINDS)] == "reference" and len(words) == 1:
            words = [words[0].capitalize()]  # a name: spotted capitalised, never inflected
        headword = join_words(words)
        key = " ".join(headword.casefold().replace("'", "' ").replace("-", " ").split())
        if key in seen or not headword[0].isalpha():
            continue
        seen.add(key)
        result.append(Expression(words, verb, gloss_entry(len(result), headword, words, verb, rng)))
    return result


def gloss_file(expressions: list[Expression]) -> str:
    header = f"# {len(expressions)} generated entries for benchmarks/spotting.py\n\n"
    return header + "\n".join(e.entry for e in expressions)


def realise(expression: Expression, vocabulary: Vocabulary, rng: random.Random) -> list[str]:
    """The words of an expression as it may stand in a text: the verb
    conjugated, sometimes an adverb after it, nouns and adjectives inflected."""
    words = list(expression.words)
    for i, word in enumerate(words):
        if i == expression.verb and i > 0 and words[i - 1] == "se":
            # The reflexive pronoun agrees with the verb: "nous nous rendons".
            person = rng.randrange(6)
            form = conjugate.conjugate(word)[rng.choice(PERSONAL_TENSES)][person]
            if form:
                words[i - 1], words[i] = REFLEXIVES[person], form
        elif i == expression.verb:
            words[i] = rng.choice(sorted(conjugate.verb_forms(word)))
        elif len(word) > 3 and word.islower() and word not in FUNCTION_WORDS and rng.random() < 0.3:
            words[i] = rng.choice(sorted(vocabulary.forms_of(word)))
    if expression.verb is not None and expression.verb + 1 < len(words) and rng.random() < 0.2:
        words.insert(expression.verb + 1, rng.choice(GAP_WORDS))
    return words


def choose_plants(expressions: list[Expression], vocabulary: Vocabulary, sizes: list[int], count: int, rng: random.Random) -> list[tuple[int, list[str]]]:
    """``count`` realised expressions, drawn evenly from each size's band of
    entries (0 to 999, 1 000 to 9 999, ...), each with its band."""
    bounds = [0, *sizes]
    plants = []
    for n in range(count):
        band = n % len(sizes)
        expression = expressions[rng.randrange(bounds[band], bounds[band + 1])]
        plants.append((band, realise(expression, vocabulary, rng)))
    rng.shuffle(plants)
    return plants


# --------------------------------------------------------------- measuring


def median_time(function, runs: int) -> float:
    times = []
    for _ in range(runs):
        gc.collect()
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def reference_pass(text: str) -> None:
    for _ in re.finditer(r"\w+", text):
        pass


def cut(text: str, fraction: float) -> str:
    """The first ``fraction`` of the text, cut at a blank line."""
    if fraction >= 1:
        return text
    end = text.rfind("\n\n", 0, int(len(text) * fraction))
    return text[: end + 1] if end > 0 else text[: int(len(text) * fraction)]


def megabytes(text: str) -> float:
    return len(text.encode("utf-8")) / MB


def max_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB.

    That is ``ru_maxrss``, but on Linux a process started by a big parent
    reports the parent's ru_maxrss (the figure survives fork and exec), so
    read the process's own high-water mark, VmHWM, where /proc has it."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return maxrss / (1024 * 1024 if sys.platform == "darwin" else 1024)  # bytes on macOS, KB elsewhere


def split_gloss_file(source: str, label: str, per_file: int) -> list[tuple[str, str]]:
    """The entries of a generated gloss file as files of ``per_file`` entries
    (0: the one file as it is). Entries are separated by blank lines."""
    if not per_file:
        return [(label, source)]
    blocks = source.split("\n\n")[1:]  # [0] is the header comment
    return [(f"{label}:{i}", "\n\n".join(blocks[i : i + per_file]) + "\n") for i in range(0, len(blocks), per_file)]


def load_and_compile(files: list[tuple[str, str]]) -> find.Index:
    return find.compile(entries.build(files))


def child(size: int, folder: Path, per_file: int, spot_chars: int) -> None:
    """``--child``: load and compile one glossary in this fresh process
    (cold caches, nothing else in memory) and print, as JSON, the time it
    took and the peak RSS after it, and after spotting ``spot_chars``
    characters of the text if that is not 0."""
    label = f"gloss-{size}.yml"
    files = split_gloss_file((folder / label).read_text(encoding="utf-8"), label, per_file)
    result: dict = {"rss_start_mb": max_rss_mb()}
    start = time.perf_counter()
    index = load_and_compile(files)
    result["compile_s"] = time.perf_counter() - start
    result["rss_compile_mb"] = max_rss_mb()
    if spot_chars:
        text = (folder / "text.txt").read_text(encoding="utf-8")[:spot_chars]
        result["matches"] = len(find.find(index, text))
        result["rss_find_mb"] = max_rss_mb()
    print(json.dumps(result))


def run_child(folder: Path, size: int, per_file: int, spot_chars: int, timeout: float) -> dict | None:
    """Run ``child`` in a subprocess; None if it did not finish in time."""
    command = [sys.executable, str(Path(__file__).resolve()), "--child", str(size), "--dir", str(folder),
               "--per-file", str(per_file), "--spot-chars", str(spot_chars)]
    try:
        done = subprocess.run(command, capture_output=True, text=True, check=True, cwd=ROOT, timeout=timeout)
    except subprocess.TimeoutExpired:  # subprocess.run kills the child
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])


def spot_fraction(index: find.Index, text: str, runs: int, budget: float) -> tuple[float, float]:
    """Spot a sixteenth of the text once (a warm-up that also estimates the
    cost); return the share of the text (1, 1/2, 1/4 ... 1/16) whose
    spotting fits in ``budget`` seconds for all runs, and the estimated
    seconds of one run over the whole text."""
    sample = cut(text, 1 / 16)
    start = time.perf_counter()
    find.find(index, sample)
    estimate = (time.perf_counter() - start) * len(text) / max(len(sample), 1)
    fraction = 1.0
    while fraction > 1 / 16 and estimate * fraction * runs > budget:
        fraction /= 2
    return fraction, estimate


# ------------------------------------------------------------------ report


def benchmark(args: argparse.Namespace) -> None:
    began = time.perf_counter()
    sizes = sorted(args.sizes)
    rng = random.Random(args.seed)
    vocabulary = Vocabulary(rng)
    expressions = make_expressions(sizes[-1], vocabulary, rng)
    plants = choose_plants(expressions, vocabulary, sizes, int(args.mb * 1000), rng)  # about one per kB
    prose = Prose(vocabulary, rng)
    text = prose.text(args.mb, plants, plant_rate=0.1)
    text_mb = megabytes(text)
    words = [m.group().casefold() for m in re.finditer(r"\w+", text)]
    print(f"text: {text_mb:.1f} MB, {len(words):,} words, {len(set(words)):,} distinct"
          f" (from {len(vocabulary.words):,} forms of the seeds and of {len(vocabulary.verbs)} verbs,"
          f" {len(vocabulary.nouns)} nouns, {len(vocabulary.adjectives)} adjectives)")
    del words
    per_band = Counter(prose.planted)
    bands = ", ".join(f"{per_band[b]:,} of entries {lo:,}-{hi - 1:,}" for b, (lo, hi) in enumerate(zip([0, *sizes], sizes)))
    print(f"planted expressions: {len(prose.planted):,} ({bands})")
    print(f"generated in {time.perf_counter() - began:.1f} s; figures are medians of {args.runs} run(s)")

    reference = median_time(lambda: reference_pass(text), args.runs)
    print(f'reference re.finditer(r"\\w+"): {reference:.3f} s ({text_mb / reference:.1f} MB/s)')
    print()
    print(f"{'entries':>8}  {'load+compile':>12}  {'peak RSS':>8}  {'+find':>7}  {'spot':>8}  {'MB/s':>6}"
          f"  {'ratio-to-ref':>12}  {'matches':>8}")

    results: dict[int, dict] = {}
    linearity: list[tuple[float, float]] = []
    notes: list[str] = []
    with tempfile.TemporaryDirectory(prefix="glossary-bench-") as tmp:
        folder = Path(tmp)
        (folder / "text.txt").write_text(text, encoding="utf-8")
        for size in sizes:
            label = f"gloss-{size}.yml"
            source = gloss_file(expressions[:size])
            (folder / label).write_text(source, encoding="utf-8")
            marks = ""

            # This process's index, for spotting: built from files of 1 000
            # entries, which load fast whatever one big file costs, and hold
            # the same entries in the same order, so the index is the same.
            index = load_and_compile(split_gloss_file(source, label, 1000))
            fraction, estimate = spot_fraction(index, text, args.runs, args.budget)
            part = cut(text, fraction)
            part_mb = megabytes(part)

            # Load+compile time and memory, in fresh processes: of the one
            # gloss file, or, if that takes too long, of files of 1 000.
            per_file = 0
            limit = args.timeout + 3 * estimate * fraction  # the first child spots the text too
            children = [run_child(folder, size, per_file, len(part), limit)]
            if children[0] is None:
                per_file = 1000
                marks += "†"
                notes.append(f"† one {size:,}-entry gloss file did not load, compile and spot within {limit:.1f} s;"
                             f" load+compile and RSS are for the same entries in files of {per_file:,}")
                children = [run_child(folder, size, per_file, len(part), None)]
            children += [run_child(folder, size, per_file, 0, None) for _ in range(args.runs - 1)]
            compile_s = statistics.median(c["compile_s"] for c in children)
            rss_compile = max(c["rss_compile_mb"] for c in children)
            rss_find = children[0]["rss_find_mb"]

            found: list = []
            spot = median_time(lambda: found.__setitem__(slice(None), find.find(index, part)), args.runs)
            if fraction < 1:
                marks += "*"
                notes.append(f"* {size:,} entries spotted on the first {part_mb:.1f} MB only"
                             f" (the whole text would take about {estimate:.1f} s a run)")
            ratio = (spot / part_mb) / (reference / text_mb)
            print(f"{size:>8,}  {compile_s:>10.2f} s  {rss_compile:>5.0f} MB  {rss_find:>4.0f} MB"
                  f"  {spot:>6.2f} s  {part_mb / spot:>6.2f}  {ratio:>12.1f}  {len(found):>7,}{marks}")
            results[size] = {"compile_s": compile_s, "rss_mb": rss_compile, "s_per_mb": spot / part_mb,
                             "ratio": ratio, "one_file": per_file == 0, "limit": limit}
            if size == 10_000:
                for share in (0.25, 0.5):
                    piece = cut(part, share)
                    linearity.append((megabytes(piece), median_time(lambda: find.find(index, piece), args.runs)))
                linearity.append((part_mb, spot))
            del index, found
    for note in notes:
        print(note)
    print("load+compile: entries.build + find.compile of the gloss-file text, in a fresh process (cold caches)")
    print("peak RSS: of that process (VmHWM, i.e. its own ru_maxrss) after load+compile; +find: after spotting too")
    print("ratio-to-ref: spotting time per MB / reference time per MB")
    if linearity:
        print("linearity (10k entries): " + ", ".join(f"{mb:.1f} MB {t / mb:.3f} s/MB" for mb, t in linearity))
    print(targets(results, linearity))
    print(f"total time: {time.perf_counter() - began:.0f} s")


def targets(results: dict[int, dict], linearity: list[tuple[float, float]]) -> str:
    def verdict(ok: bool) -> str:
        return "met" if ok else "MISSED"

    parts = []
    if 10_000 in results:
        ratio = results[10_000]["ratio"]
        parts.append(f"ratio <= 2.0 at 10k: {verdict(ratio <= 2.0)} ({ratio:.1f})")
    if 100_000 in results:
        r = results[100_000]
        if r["one_file"]:
            parts.append(f"100k compile < 3 s: {verdict(r['compile_s'] < 3)} ({r['compile_s']:.1f} s)")
            parts.append(f"100k < 500 MB: {verdict(r['rss_mb'] < 500)} ({r['rss_mb']:.0f} MB)")
        else:
            parts.append(f"100k compile < 3 s: MISSED (over {r['limit']:.0f} s in one file;"
                         f" {r['compile_s']:.1f} s in files of 1,000)")
            parts.append(f"100k < 500 MB: {verdict(r['rss_mb'] < 500)} ({r['rss_mb']:.0f} MB, files of 1,000)")
    else:
        parts.append("100k: not measured")
    if len(linearity) > 1:
        per_mb = [t / mb for mb, t in linearity]
        spread = max(per_mb) / min(per_mb)
        parts.append(f"linear in text size (s/MB within 20%): {verdict(spread <= 1.2)} (x{spread:.2f})")
    if len(results) > 1:
        smallest, largest = results[min(results)], results[max(results)]
        growth = largest["s_per_mb"] / smallest["s_per_mb"]
        parts.append(f"flat in glossary size (s/MB at {max(results):,} vs {min(results):,} within 20%):"
                     f" {verdict(growth <= 1.2)} (x{growth:.2f})")
    return "targets: " + ";\n         ".join(parts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=10.0, help="size of the generated text in MB (default 10)")
    parser.add_argument("--runs", type=int, default=3, help="runs per figure; medians are printed (default 3)")
    parser.add_argument("--sizes", type=lambda s: [int(n) for n in s.split(",")], default=list(DEFAULT_SIZES),
                        help="glossary sizes, comma-separated (default 1000,10000,100000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed of the text and glossaries (default 1)")
    parser.add_argument("--budget", type=float, default=60.0,
                        help="seconds allowed for the spotting runs of one glossary size: one too slow for the"
                             " whole text is spotted on its first half, quarter ... sixteenth (default 60)")
    parser.add_argument("--timeout", type=float, default=30.0,
                        help="seconds allowed to load and compile one gloss file before falling back to"
                             " files of 1,000 entries (default 30)")
    parser.add_argument("--quick", action="store_true", help="smoke test: 1 MB, 1 run, 1k and 10k entries")
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--dir", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--per-file", type=int, default=0, help=argparse.SUPPRESS)
    parser.add_argument("--spot-chars", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.dir, args.per_file, args.spot_chars)
        return
    if args.quick:
        args.mb, args.runs, args.sizes = 1.0, 1, [1_000, 10_000]
    benchmark(args)


if __name__ == "__main__":
    main()
