"""Text normalisation shared by the lookups and the question answerer (Snowball stems via PyStemmer)."""

from __future__ import annotations

import threading
import unicodedata
from functools import lru_cache

import Stemmer

from content import rx

MAX_INPUT = 500  # characters of user text we look at

_WORD = rx.compile(r"[a-z0-9]+")
_HEIGHT = rx.compile(r"\b([4-7]) ?['\u2019] ?(\d{1,2})\b(?:\"|'')?")
# PyStemmer's stemmer objects are not thread-safe (each keeps a working buffer and a cache), so each
# thread gets its own.
_LOCAL = threading.local()


def _stemmer() -> Stemmer.Stemmer:
    s: Stemmer.Stemmer | None = getattr(_LOCAL, "stemmer", None)
    if s is None:
        s = _LOCAL.stemmer = Stemmer.Stemmer("english")
    return s


# Function words of questions: they carry no topic, so retrieval ignores them and typo correction
# leaves them alone. Words that do tell topics apart stay out of this list even if they are short:
# "no", "not", "dont", "cant" (missing kit, "not the day before"), "one" (one-legged), "off"
# (off-season), "same" (same day), "up" (step-up).
STOPWORDS = frozenset(
    """
    a an the and or but if of to in on at by for with from into onto about as is are was were be been
    being am do does did doing done have has had having i me my mine we us our you your yours he she it
    its they them their this that these those there here what which who whom whose when where why how
    can could should would will shall may might must nor so than too very just also only then any some
    all each every both such own s t im ive id youre wasnt shouldnt wouldnt couldnt hi hello hey please
    thanks thank ok okay yes yeah get got go going
    want need know tell let lets thing things something anything much many really like good best now
    more most even make makes idea else either ever still lol meh wanna gonna gimme pls
    """.split()
)


_PERCENT = rx.compile(r"(\d)\s*%")


@lru_cache(maxsize=4096)
def normalize(text: str) -> str:
    """Lower-case ASCII words separated by single spaces; apostrophes vanish ("runner's" → "runners").
    Memoised: the rules of one reply normalise the same message and sentences many times over."""
    text = text[:MAX_INPUT].lower()
    if "'" in text or "\u2019" in text:
        # (r16 zb) "I'm 6'5": a height in feet and inches, not the age 65
        text = _HEIGHT.sub(r"\1ft \2in", text)
    text = text.replace("'", "").replace("\u2019", "").replace("`", "")
    if "%" in text:
        # (r20 fa) "the map says 12%, too steep?": the sign is a word, or the grade reads as a bare count
        text = _PERCENT.sub(r"\1 percent", text)
    text = unicodedata.normalize("NFKD", text)
    return " ".join(_WORD.findall(text))


# Words whose Snowball stem is another word's: "lungs" and "lunges" both stem to "lung", so "my legs
# give out before my lungs" named the lunge. Each gets a stem of its own.
_OWN_STEM = {"lung": "lungs", "lungs": "lungs"}


def stem_words(words: list[str]) -> list[str]:
    """Snowball (Porter 2) English stems of normalised words, in order."""
    out = _stemmer().stemWords(words)
    if _OWN_STEM.keys() & set(words):
        out = [_OWN_STEM.get(w, s) for w, s in zip(words, out, strict=True)]
    if any(s.endswith("li") for s in out):
        out = [_adverb_stem(w, s) for w, s in zip(words, out, strict=True)]
    return out


def _adverb_stem(word: str, stem: str) -> str:
    """(r20 tq) Snowball keeps "-li" on adverbs it can't tell from other words ("slowly" -> "slowli",
    "easily" -> "easili"), so "slow or fast?" never met "Move slowly" and "slow and controlled" never
    restated "Move slowly": an adverb's stem is its adjective's ("slow", "easi"). Only a base of four
    letters or more ("reply", "apply", "early" keep theirs)."""
    if stem.endswith("li") and word.endswith("ly") and len(word) >= 6:
        return stem[:-2]
    return stem


def tokens(text: str) -> tuple[str, ...]:
    """Normalised, stemmed tokens."""
    return tuple(stem_words(normalize(text).split()))


def key(text: str) -> str:
    """A canonical lookup key: stemmed tokens joined by spaces."""
    return " ".join(tokens(text))
