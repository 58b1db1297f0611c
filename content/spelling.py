"""Typos fixed in the whole message, before any rule reads it.

The index has always snapped a misspelt word to the closest word of the documents, but only for
retrieval: the rules that run before it (safety words, the race-day steer, the yes/no and dose
detectors, "before or after") read the raw words and missed "strech befor or aftr", "bounse at the
bottom", "calf raisies". Here a word the index doesn't know and the embedding model's tokenizer
doesn't hold whole (a real word is never a typo) is replaced in the raw text by the index's
correction, only when it is a typing slip (see ``_typo_of``: a swap of neighbours, a letter
left out of a longer word, a last letter typed twice) and never from a short word, where one
letter off is usually another word ("tore" is not "toe"). Function words the documents never
use are corrected against the question words too.

Pure: the index is passed in.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Protocol

from content.text import STOPWORDS

# Function words runners misspell that the documents' own vocabulary may not hold.
_FUNCTION = tuple(sorted({w for w in STOPWORDS if len(w) >= 4} | {"before", "after", "during", "between"}))
_ENDINGS = frozenset({"s", "es", "y", "d", "ed", "er", "ers", "ing", "ly"})
_WORD = re.compile(r"[A-Za-z]+")
# Words the tokenizer splits but runners mean as written: never "corrected".
_KEEP = frozenset(
    "lats strung lite legday plyo plyos hammies quads glutes calfs tmrw sesh pb pbs hm lr xc".split()
)


class Corrector(Protocol):
    @property
    def known(self) -> frozenset[str]: ...
    def correct(self, words: list[str]) -> tuple[str, ...]: ...
    def is_word(self, w: str) -> bool: ...


# One letter typed for another that sounds alike ("bounse", "excersise"); any other swap of one
# letter for another makes a different word too often ("creak" is not "break").
_ALIKE = frozenset({("s", "c"), ("c", "s"), ("c", "k"), ("k", "c"), ("i", "e"), ("e", "i"), ("a", "e"),
                    ("e", "a"), ("o", "u"), ("u", "o"), ("i", "y"), ("y", "i")})  # fmt: skip


def _typo_of(w: str, fixed: str, is_word: Callable[[str], bool]) -> bool:
    """Is ``w`` a typing slip for ``fixed``? Two neighbours swapped ("hoem", "wieght"); or, in a
    word of six letters or more that starts with the same letter, one like-sounding letter for
    another ("bounse") or letters left out (one, two in a long word: "strech", "brethe") when
    ``fixed`` is a real word, or one letter typed twice ("offten"). A short word one letter off is
    too often another word ("tore" is not "toe"), and so is a word with a letter too many ("movies"
    is not "moves")."""
    from rapidfuzz.distance import OSA, Levenshtein

    if OSA.distance(w, fixed) == 1 and len(w) == len(fixed) and sorted(w) == sorted(fixed):
        return True
    if len(w) <= 5 or w[0] != fixed[0]:
        return False
    ops = Levenshtein.editops(w, fixed)
    only = list(ops)
    if len(only) == 1 and only[0].tag == "delete":
        # a letter typed twice inside the word ("offten", "sqquats"): the same letter beside it
        k = only[0].src_pos
        return (k > 0 and w[k - 1] == w[k]) or (k + 1 < len(w) and w[k + 1] == w[k])
    if len(ops) > (1 if len(w) <= 6 else 2) or any(op.tag == "delete" for op in ops):
        return False
    swaps = [(w[op.src_pos], fixed[op.dest_pos]) for op in ops if op.tag == "replace"]
    if swaps:
        return len(ops) == 1 and swaps[0] in _ALIKE
    return is_word(fixed)  # letters left out: only into a real word ("skiing" is not "skiping")


def _closest_function(w: str) -> str | None:
    best = [f for f in _FUNCTION if abs(len(f) - len(w)) <= 1 and _typo_of(w, f, lambda _: True)]
    return best[0] if len(best) == 1 else None


def fix_typos(text: str, index: Corrector) -> str:
    """``text`` with its misspelt words replaced (case kept for a capitalised first letter)."""
    known = index.known
    out: list[str] = []
    last = 0
    for m in _WORD.finditer(text):
        raw = m.group(0)
        w = raw.lower()
        if len(w) < 4 or w in known or w in _KEEP or index.is_word(w):
            continue
        # a last letter typed twice ("stepp" is "step", not "stepup"; "noon" stays)
        doubled = {w[:-1]} & known if w[-1] == w[-2] else set()
        twice = len(doubled) == 1
        fixed = doubled.pop() if twice else index.correct([w])[0]
        if (fixed.startswith(w) and fixed[len(w) :] in _ENDINGS) or (
            w.startswith(fixed) and (w[len(fixed) :] in _ENDINGS or len(w) == len(fixed) + 1) and not twice
        ):
            # another form of the word ("gyms", "strides", "jumpy"), or a word one letter longer
            # ("kneel" is not "knee"): not a typo
            fixed = w
        if fixed == w or not (twice or _typo_of(w, fixed, index.is_word)):
            fixed = _closest_function(w) or w
        if fixed == w:
            continue
        if raw[0].isupper():
            fixed = fixed[0].upper() + fixed[1:]
        out.append(text[last : m.start()])
        out.append(fixed)
        last = m.end()
    if not out:
        return text
    out.append(text[last:])
    return "".join(out)
