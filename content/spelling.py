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

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from content import rx
from content.text import STOPWORDS

# Function words runners misspell that the documents' own vocabulary may not hold.
_FUNCTION = tuple(sorted({w for w in STOPWORDS if len(w) >= 4} | {"before", "after", "during", "between"}))
_ENDINGS = frozenset({"s", "es", "y", "d", "ed", "er", "ers", "ing", "ly"})
_WORD = rx.compile(r"[A-Za-z]+")
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
                    ("e", "a"), ("o", "u"), ("u", "o"), ("i", "y"), ("y", "i"), ("s", "z"),
                    ("z", "s")})  # fmt: skip


def _typo_of(w: str, fixed: str, is_word: Callable[[str], bool], ours: frozenset[str] = frozenset()) -> bool:
    """Is ``w`` a typing slip for ``fixed``? Two neighbours swapped ("hoem", "wieght"); or, in a
    word of six letters or more that starts with the same letter, one like-sounding letter for
    another ("bounse") or letters left out (one, two in a long word: "strech", "brethe") when
    ``fixed`` is a real word, or one letter typed twice ("offten"). A short word one letter off is
    too often another word ("tore" is not "toe"), and so is a word with a letter too many ("movies"
    is not "moves")."""
    from rapidfuzz.distance import OSA, Levenshtein

    if OSA.distance(w, fixed) == 1 and len(w) == len(fixed) and sorted(w) == sorted(fixed):
        return True
    ops = Levenshtein.editops(w, fixed)
    only = list(ops)
    if len(w) >= 4 and len(only) == 1 and only[0].tag == "insert" and w[0] == fixed[0]:
        k = only[0].dest_pos
        if fixed[k] in fixed[k - 1 : k] + fixed[k + 1 : k + 2]:
            return True  # one of a double letter left out ("wobly"; "hoping" is a word, never here)
    if (
        4 <= len(w) <= 5
        and len(only) == 1
        and only[0].tag == "insert"
        and w[0] == fixed[0]
        and fixed in ours
        and fixed[only[0].dest_pos] in "aeiou"
        and only[0].dest_pos < len(fixed) - 1  # (inside the word: "overd" is a stem, not "overdo")
    ):
        return True  # a vowel left out of a short word of ours ("hevy", "sqat", "lnge")
    if (
        len(w) >= 5
        and len(only) == 1
        and only[0].tag == "insert"
        and only[0].dest_pos == len(fixed) - 1
        and fixed[-1] == "e"
        and fixed in ours
    ):
        return True  # (r17 vd) a word of ours without its silent last e ("strid", "lung" is a word)
    if len(w) <= 5 or w[0] != fixed[0]:
        return False
    if len(only) == 1 and only[0].tag == "delete":
        # a letter typed twice inside the word ("offten", "sqquats"): the same letter beside it
        k = only[0].src_pos
        return (k > 0 and w[k - 1] == w[k]) or (k + 1 < len(w) and w[k + 1] == w[k])
    if len(ops) > (1 if len(w) <= 6 else 2) or any(op.tag == "delete" for op in ops):
        return False
    swaps = [(w[op.src_pos], fixed[op.dest_pos]) for op in ops if op.tag == "replace"]
    if swaps:
        # one like-sounding letter for another; two in a long word ("exersize")
        return (len(ops) == 1 or (len(w) >= 7 and len(ops) == len(swaps) == 2)) and all(
            x in _ALIKE for x in swaps
        )
    # letters left out: only into a real word ("skiing" is not "skiping"), or one letter out of a long
    # word of ours that the tokenizer splits ("marthon"; (r16 wc) a consonant too, "mucles", "plyometics",
    # but not in an -ing or -ed form, which is more often a real word the tokenizer splits: "skiing")
    return is_word(fixed) or (
        len(only) == 1
        and fixed in ours
        and len(fixed) >= 7
        and (fixed[only[0].dest_pos] in "aeiou" or not w.endswith(("ing", "ed")))
    )


def _closest_function(w: str) -> str | None:
    # _typo_of needs at most two edits (its editops are the Levenshtein ones): one C call finds
    # the few function words that close, in _FUNCTION's order, before the slow check.
    near = process.extract(w, _FUNCTION, scorer=Levenshtein.distance, score_cutoff=2, limit=None)
    best = [
        f
        for f in (_FUNCTION[i] for i in sorted(i for _, _, i in near))
        if abs(len(f) - len(w)) <= 1 and _typo_of(w, f, lambda _: True)
    ]
    return best[0] if len(best) == 1 else None


_STRETCHED = rx.compile(r"[A-Za-z]*([A-Za-z])\1\1[A-Za-z]*")
_RUN3 = rx.compile(r"([A-Za-z])\1{2,}")
_RUN2 = rx.compile(r"([A-Za-z])\1+")
# Three-letter chat words whose swapped letters spell a real word ("rpe" is not "per").
_SHORT_KEEP = frozenset("rpe pbs bpm hiit amrap emom dad".split())  # ("dad": not "add")


def unstretch(text: str, index: Corrector) -> str:
    """ "sooo boring", "pleeease", "sorrre": a word typed with a letter held down, back to the word
    (three or more of a letter: two if that is a word, else one, else two)."""

    def one(m: re.Match[str]) -> str:
        raw = m.group(0)
        two = _RUN3.sub(r"\1\1", raw)
        single = _RUN3.sub(r"\1", raw)
        for w in (two, single, _RUN2.sub(r"\1", raw)):
            if w.lower() in index.known or index.is_word(w.lower()) or w.lower() in STOPWORDS:
                return w
        return two

    return _STRETCHED.sub(one, text) if _RUN3.search(text) else text


def _swapped(w: str, known: frozenset[str]) -> str | None:
    """The one word the documents use that ``w`` makes with two neighbours swapped ("dya", "hte",
    "bset", "glutse"), or None."""
    if w in _SHORT_KEEP:
        return None
    found = {
        s
        for s in (w[:i] + w[i + 1] + w[i] + w[i + 2 :] for i in range(len(w) - 1))
        if s != w and (s in known or s in STOPWORDS)
    }
    return found.pop() if len(found) == 1 else None


def fix_typos(text: str, index: Corrector) -> str:
    """``text`` with its misspelt words replaced (case kept for a capitalised first letter)."""
    known = index.known
    out: list[str] = []
    last = 0
    for m in _WORD.finditer(text):
        raw = m.group(0)
        w = raw.lower()
        if len(w) == 3 and not (w in known or w in _KEEP or index.is_word(w)):
            # "my rest dya", "hte hills": too short for the index's fix, but a swap of neighbours
            short = _swapped(w, known)
            if short is not None:
                out.append(text[last : m.start()])
                out.append(short[0].upper() + short[1:] if raw[0].isupper() else short)
                last = m.end()
            continue
        if len(w) < 4 or w in known or w in _KEEP or index.is_word(w):
            continue
        if w.endswith("in") and len(w) >= 5 and (w + "g" in known or index.is_word(w + "g")):
            # the g dropped ("killin", "liftin", "runnin")
            out.append(text[last : m.start()])
            out.append(raw + "g")
            last = m.end()
            continue
        swap = _swapped(w, known)
        if swap is not None:
            # two neighbours swapped into a word of ours ("glutse", "bset"): before the index's
            # closest word, which may be a shorter one ("glute")
            out.append(text[last : m.start()])
            out.append(swap[0].upper() + swap[1:] if raw[0].isupper() else swap)
            last = m.end()
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
        if fixed == w or not (twice or _typo_of(w, fixed, index.is_word, known)):
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
