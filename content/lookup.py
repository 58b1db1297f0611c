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
_EX_NAMES: tuple[tuple[Exercise, tuple[str, ...]], ...] = tuple(
    (e, tuple(normalize(s) for s in _labels(e))) for e in _EX_SORTED
)


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
    """Exercises for autocomplete, best first. An empty prefix lists them all by name."""
    if limit <= 0:
        return []
    q = normalize(prefix) if isinstance(prefix, str) else ""
    if not q:
        return list(_EX_SORTED[:limit])
    scored: list[tuple[float, str, Exercise]] = []
    for ex, labels in _EX_NAMES:
        best = 0.0
        for label in labels:
            if label == q:
                s = 300.0
            elif label.startswith(q):
                s = 200.0 - len(label) / 100
            elif any(w.startswith(q) for w in label.split()):
                s = 150.0 - len(label) / 100
            else:
                s = fuzz.WRatio(q, label)
            best = max(best, s)
        if best >= 60:
            scored.append((best, ex.name.lower(), ex))
    scored.sort(key=lambda t: (-t[0], t[1]))
    return [ex for _, _, ex in scored[:limit]]
