"""Words that mean the same in every language: taxonomy terms, NACE codes and neutral tokens.

A profile says "pagamenti digitali", "цифровых платежей" or "digital payments"; all three must
become the technology id `digital-payments`. Synonyms come from the shipped technology taxonomy
in en/it/ru. Inflection (Russian cases, Italian plurals) is absorbed by matching word beginnings.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache

_WORD = re.compile(r"\w+", re.UNICODE)
_ACRONYM = re.compile(r"^(?:[^\W\d_]*[A-ZА-ЯЁ][^\W\d_]*){2,}$|^(?=\w*\d)(?=\w*[^\W\d_])\w+$")
_LATIN = re.compile(r"^[A-Za-z][A-Za-z0-9]+$")
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
MAX_ACRONYM = 5
MAX_NEUTRAL_TOKEN = 15
# A synonym word longer than this loses up to SUFFIX letters (its ending) and then matches any
# text word that starts with what is left and adds at most MAX_ENDING letters: "платежи" finds
# "платежей", "pagamenti" finds "pagamento", but "электромобили" does not find "электродвигатели".
SHORT_WORD = 5
SUFFIX = 3
MAX_ENDING = 4
BUCKET = 4


def _fold(word: str) -> str:
    return word.casefold().replace("ё", "е")


@dataclass(frozen=True)
class WordKey:
    """One word of a synonym: an exact acronym ("IT" must not find "it") or a folded stem."""

    text: str
    exact: bool

    def matches(self, raw: str, folded: str) -> bool:
        if self.exact:
            return raw == self.text
        return folded.startswith(self.text) and len(folded) - len(self.text) <= MAX_ENDING


def word_key(word: str) -> WordKey:
    if word.isupper() and len(word) <= MAX_ACRONYM:
        return WordKey(word, exact=True)
    folded = _fold(word)
    if len(folded) <= SHORT_WORD:
        return WordKey(folded, exact=False)
    return WordKey(folded[: max(SHORT_WORD, len(folded) - SUFFIX)], exact=False)


STARTING_CACHE_SIZE = 200_000


@lru_cache(maxsize=200_000)
def _text_word(raw: str) -> tuple[str, str, tuple[str, ...]]:
    # A directory repeats its vocabulary: caching makes each word's preparation a lookup.
    folded = _fold(raw)
    return raw, folded, tuple(dict.fromkeys((raw[:BUCKET], folded[:BUCKET])))


Phrase = tuple[WordKey, ...]


@dataclass(frozen=True)
class TermMatcher:
    """Finds taxonomy terms (any language, any inflection) in free text."""

    phrases: dict[str, tuple[tuple[Phrase, str], ...]]  # by the first letters of their 1st word
    # Per distinct text word, the phrases whose first word it matches: a directory repeats its
    # vocabulary, so most words cost one lookup. Emptied when full, so that a long-running web
    # process does not grow with every new word it ever sees.
    _starting: dict[str, tuple[tuple[Phrase, str], ...]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def find(self, text: str) -> frozenset[str]:
        words = [_text_word(raw) for raw in _WORD.findall(text)]
        found: set[str] = set()
        for position, word in enumerate(words):
            for phrase, term_id in self._phrases_starting_with(word):
                if _rest_at(phrase, words, position):
                    found.add(term_id)
        return frozenset(found)

    def _phrases_starting_with(self, word: tuple[str, str, tuple[str, ...]]):
        raw, folded, buckets = word
        if raw not in self._starting:
            if len(self._starting) >= STARTING_CACHE_SIZE:
                self._starting.clear()
            self._starting[raw] = tuple(
                (phrase, term_id)
                for bucket in buckets
                for phrase, term_id in self.phrases.get(bucket, ())
                if phrase[0].matches(raw, folded)
            )
        return self._starting[raw]


def _rest_at(phrase: Phrase, words: list[tuple[str, str, tuple[str, ...]]], at: int) -> bool:
    """Do the phrase's words after the first follow the word at `at`?"""
    if at + len(phrase) > len(words):
        return False
    return all(key.matches(*words[at + i][:2]) for i, key in enumerate(phrase[1:], 1))


def build_term_matcher(synonyms: Iterable[tuple[str, str]]) -> TermMatcher:
    """From (term id, phrase) pairs."""
    by_bucket: dict[str, set[tuple[Phrase, str]]] = {}
    for term_id, text in synonyms:
        phrase = tuple(word_key(word) for word in _WORD.findall(text))
        if phrase:
            by_bucket.setdefault(phrase[0].text[:BUCKET], set()).add((phrase, term_id))
    return TermMatcher(
        {
            bucket: tuple(sorted(found, key=lambda item: (item[1], str(item[0]))))
            for bucket, found in by_bucket.items()
        }
    )


@cache
def technology_matcher() -> TermMatcher:
    from incontra.taxonomy import technologies

    return build_term_matcher(_technology_phrases(technologies()))


def _technology_phrases(taxonomy: dict) -> list[tuple[str, str]]:
    phrases = []
    for tech_id, technology in taxonomy.items():
        phrases.extend((tech_id, label) for label in technology.labels.values())
        for variants in technology.synonyms.values():
            phrases.extend((tech_id, variant) for variant in variants)
    return phrases


def neutral_terms(text: str) -> frozenset[str]:
    """Tokens that read the same in any language: acronyms, codes, product and brand names.

    General words are left out on purpose: they would favour candidates written in the query's
    own language over the right partner writing in another one. So are ordinary words written
    in capitals ("CERCHIAMO PARTNER"), the first word of each sentence, and capitalised words
    in a text that capitalises its nouns (German): there a capital says nothing about a name.
    """
    sentences = [_WORD.findall(sentence) for sentence in _SENTENCE_BREAK.split(text)]
    names_marked = _capitals_mark_names(sentences)
    in_cyrillic = bool(_CYRILLIC.search(text))
    found = {
        _neutral_form(token, in_cyrillic, names_marked and position > 0)
        for tokens in sentences
        for position, token in enumerate(tokens)
    }
    found.discard(None)
    return frozenset(found)


_SENTENCE_BREAK = re.compile(r"(?<=[.!?;:…])\s+|\n+")
# Above this share of capitalised words inside sentences, capitals mark nouns (German) or a
# title in Title Case, not names: in the evaluation set German texts have 29-45%, others < 20%.
NOUN_CAPITALS = 0.25


def _capitals_mark_names(sentences: list[list[str]]) -> bool:
    inside = [token for tokens in sentences for token in tokens[1:] if token.isalpha()]
    if not inside:
        return True
    capitalised = sum(token[0].isupper() and token[1:].islower() for token in inside)
    return capitalised <= NOUN_CAPITALS * len(inside)


@cache
def ordinary_words() -> frozenset[str]:
    """Words of en/it/de/fr/es/ru that are never names or acronyms, whatever their case."""
    from importlib.resources import files

    listed = files("incontra.matching").joinpath("ordinary_words.txt").read_text("utf-8")
    lines = (line.split("#", 1)[0].strip() for line in listed.splitlines())
    return frozenset(_fold(line) for line in lines if line)


@lru_cache(maxsize=200_000)
def _neutral_form(token: str, in_cyrillic: bool, inside_sentence: bool) -> str | None:
    """The comparable form of a language-neutral token, or None for an ordinary word."""
    if len(token) > MAX_NEUTRAL_TOKEN or _fold(token) in ordinary_words():
        return None
    latin = _LATIN.match(token) is not None
    if (
        _ACRONYM.match(token)
        or (in_cyrillic and latin)
        or (inside_sentence and latin and _is_name(token))
    ):
        return _latin_lookalike(token).casefold()
    return None


# Cyrillic capitals that look like Latin ones: "1С" (the Russian accounting system, usually typed
# in Cyrillic) must meet "1C" written in Latin letters.
_LOOKALIKES = str.maketrans("АВЕКМНОРСТХ", "ABEKMHOPCTX")


def _latin_lookalike(token: str) -> str:
    folded = token.translate(_LOOKALIKES)
    return folded if folded.isascii() else token


def _is_name(token: str) -> bool:
    """A capitalised Latin word inside a sentence is usually a name (Visa, Android, Bitrix)."""
    return len(token) >= 3 and token[0].isupper() and token[1:].islower()


# --- NACE Rev. 2 ---------------------------------------------------------------------------------

NACE_LEVEL_WEIGHTS = (0.25, 0.5, 0.75, 1.0)  # common section, division, group, class


@lru_cache(maxsize=10_000)
def nace_path(code: str) -> tuple[str, ...]:
    """`J62.01` -> (J, J62, J62.0, J62.01); `62.01` gets its section letter looked up.

    A code the classification does not know is still compared, as written, with equal codes.
    """
    from incontra.taxonomy import nace_normalise

    canonical = nace_normalise(code)
    if canonical is None:
        return (code.strip().upper(),)
    letter, digits = canonical[:1], canonical[1:]
    path = [letter]
    for length in (2, 4, 5):
        if len(digits) >= length:
            path.append(letter + digits[:length])
    return tuple(path)


def nace_similarity(
    a: tuple[tuple[str, ...], ...], b: tuple[tuple[str, ...], ...]
) -> tuple[float, str | None]:
    """Best shared level over all sector pairs: class > group > division > section."""
    best, shared = 0.0, None
    for path_a in a:
        for path_b in b:
            depth = _common_depth(path_a, path_b)
            if depth and NACE_LEVEL_WEIGHTS[depth - 1] > best:
                best, shared = NACE_LEVEL_WEIGHTS[depth - 1], path_a[depth - 1]
    return best, shared


def _common_depth(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    depth = 0
    for level_a, level_b in zip(a, b, strict=False):
        if level_a != level_b:
            break
        depth += 1
    return depth


# --- document frequencies ------------------------------------------------------------------------


@dataclass
class TermFrequencies:
    """How many profiles mention each term; rare shared terms say more than common ones."""

    documents: int = 0
    counts: Counter | None = None

    def __post_init__(self) -> None:
        self.counts = self.counts if self.counts is not None else Counter()

    def add(self, terms: Iterable[str]) -> None:
        self.documents += 1
        self.counts.update(set(terms))

    def remove(self, terms: Iterable[str]) -> None:
        self.documents -= 1
        self.counts.subtract(set(terms))

    def idf(self, term: str) -> float:
        return math.log((self.documents + 1) / (self.counts.get(term, 0) + 1)) + 1.0


def weighted_overlap(a: frozenset[str], b: frozenset[str], frequencies: TermFrequencies) -> float:
    """IDF-weighted Jaccard similarity of two term sets, in [0, 1]."""
    if not a or not b:
        return 0.0
    shared = a & b
    if not shared:
        return 0.0
    weight = frequencies.idf
    return sum(map(weight, shared)) / sum(map(weight, a | b))
