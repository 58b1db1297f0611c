"""Text normalisation shared by the lookups and the question answerer."""

from __future__ import annotations

import re
import unicodedata

MAX_INPUT = 500  # characters of user text we look at

_WORD = re.compile(r"[a-z0-9]+")

# Words that carry no topic on their own. They stay in the token list (phrases may use them) but are
# never fuzzy-corrected.
STOPWORDS = frozenset(
    """
    a an the and or but if of to in on at by for with from into onto about as is are was were be been
    being am do does did doing done have has had having i me my mine we us our you your yours he she it
    its they them their this that these those there here what which who whom whose when where why how
    can could should would will shall may might must not no nor so than too very just also only then
    any some all each every both few more most other such own same again further once up down out off
    over under s t don dont doesnt didnt cant cannot im ive id youre isnt arent wasnt shouldnt wouldnt
    couldnt wont hi hello hey please thanks thank ok okay yes yeah get got go going want need like know
    tell give make let lets one ones thing things something anything much many way really good best
    arm arms eat sit top see say new old now yet put man men guy
    """.split()
)


def normalize(text: str) -> str:
    """Lower-case ASCII words separated by single spaces; apostrophes vanish ("runner's" → "runners")."""
    text = text[:MAX_INPUT].lower()
    text = text.replace("'", "").replace("\u2019", "").replace("`", "")
    text = unicodedata.normalize("NFKD", text)
    return " ".join(_WORD.findall(text))


_ING_WORDS = frozenset({"hamstring", "string", "spring", "ceiling", "morning", "evening", "during"})


def _undouble(word: str) -> str:
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsz":
        return word[:-1]
    return word


def stem(word: str) -> str:
    """A deliberately small stemmer: plurals, -ing and -ed. Applied to phrases and queries alike."""
    if len(word) <= 3 or word.isdigit():
        return word
    if word.endswith("ies") and len(word) > 4:
        word = word[:-3] + "y"
    elif word.endswith(("sses", "xes", "ches", "shes")):
        word = word[:-2]
    elif word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    if len(word) > 6 and word.endswith("ing") and word not in _ING_WORDS and not word.endswith("thing"):
        word = _undouble(word[:-3])
    elif len(word) > 5 and word.endswith("ed"):
        word = _undouble(word[:-2])
    return word


def tokens(text: str) -> tuple[str, ...]:
    """Normalised, stemmed tokens."""
    return tuple(stem(w) for w in normalize(text).split())


def key(text: str) -> str:
    """A canonical lookup key: stemmed tokens joined by spaces."""
    return " ".join(tokens(text))
