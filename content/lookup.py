"""Name lookups for exercises, muscles and injuries: exact first, then fuzzy."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Generic, TypeVar

from rapidfuzz import fuzz, process

from content.anatomy import INJURIES, MUSCLES
from content.exercises import EXERCISES
from content.model import Exercise, Injury, Muscle
from content.text import key, normalize

T = TypeVar("T")

_FUZZY_CUTOFF = 80.0


class _Index(Generic[T]):
    """Immutable after construction: canonical keys → item, plus a list of names for fuzzy matching."""

    def __init__(self, items: Iterable[tuple[T, Iterable[str]]]) -> None:
        exact: dict[str, T] = {}
        names: list[str] = []
        owners: list[T] = []
        for item, labels in items:
            for label in labels:
                norm = normalize(label)
                if not norm:
                    continue
                exact.setdefault(norm, item)
                exact.setdefault(key(label), item)
                names.append(norm)
                owners.append(item)
        self._exact: Mapping[str, T] = exact
        self._names: tuple[str, ...] = tuple(names)
        self._owners: tuple[T, ...] = tuple(owners)

    def find(self, text: str, cutoff: float = _FUZZY_CUTOFF) -> T | None:
        if not isinstance(text, str):
            return None
        norm = normalize(text)
        if not norm:
            return None
        hit = self._exact.get(norm) or self._exact.get(key(norm))
        if hit is not None:
            return hit
        if len(norm) < 3:
            return None
        best = process.extractOne(norm, self._names, scorer=fuzz.ratio, score_cutoff=cutoff)
        return self._owners[best[2]] if best else None


def _labels(ex: Exercise) -> tuple[str, ...]:
    return (ex.id.replace("_", " "), ex.name, *ex.aliases)


_EX_INDEX: _Index[Exercise] = _Index((e, _labels(e)) for e in EXERCISES.values())
_MUSCLE_INDEX: _Index[Muscle] = _Index((m, (m.id, m.name, m.full_name, *m.aliases)) for m in MUSCLES.values())
_INJURY_INDEX: _Index[Injury] = _Index(
    (i, (i.id.replace("_", " "), i.name, *i.aliases)) for i in INJURIES.values()
)
_EX_SORTED: tuple[Exercise, ...] = tuple(sorted(EXERCISES.values(), key=lambda e: e.name.lower()))
_SUGGEST_LABELS: tuple[str, ...] = tuple(normalize(s) for e in _EX_SORTED for s in _labels(e))
_SUGGEST_OWNER: tuple[int, ...] = tuple(i for i, e in enumerate(_EX_SORTED) for _ in _labels(e))


def find_exercise(name: str) -> Exercise | None:
    """The exercise called ``name`` (id, name or alias, any case), else the closest fuzzy match, else None."""
    return _EX_INDEX.find(name)


def find_muscle(name: str) -> Muscle | None:
    """The muscle group called ``name`` (id, name or alias), else a close fuzzy match, else None."""
    return _MUSCLE_INDEX.find(name)


def find_injury(name: str) -> Injury | None:
    """The injury called ``name`` (id, name or alias), else a close fuzzy match, else None."""
    return _INJURY_INDEX.find(name)


def suggest_exercises(prefix: str, limit: int = 25) -> list[Exercise]:
    """Exercises for autocomplete, best first. An empty prefix lists them all by name.

    A label equal to the text beats one starting with it, which beats one with a word starting with
    it, which beats a fuzzy match (rapidfuzz WRatio ≥ 75, from 3 letters); ties go by name.
    """
    if limit <= 0:
        return []
    q = normalize(prefix) if isinstance(prefix, str) else ""
    if not q:
        return list(_EX_SORTED[:limit])
    best: dict[int, float] = {}
    if len(q) >= 3:  # one or two letters: prefixes only
        for _, score, pos in process.extract(
            q, _SUGGEST_LABELS, scorer=fuzz.WRatio, limit=None, score_cutoff=75
        ):
            i = _SUGGEST_OWNER[pos]
            best[i] = max(best.get(i, 0.0), score)
    for pos, label in enumerate(_SUGGEST_LABELS):
        if label == q:
            s = 300.0
        elif label.startswith(q):
            s = 200.0 - len(label) / 100
        elif f" {q}" in f" {label}":
            s = 150.0 - len(label) / 100
        else:
            continue
        i = _SUGGEST_OWNER[pos]
        best[i] = max(best.get(i, 0.0), s)
    ranked = sorted(best.items(), key=lambda kv: (-kv[1], _EX_SORTED[kv[0]].name.lower()))
    return [_EX_SORTED[i] for i, _ in ranked[:limit]]
