"""Plain-text cards (multi-line, no markup; the first line is the title)."""

from __future__ import annotations

from functools import cache, lru_cache
from types import MappingProxyType

from content.anatomy import INJURIES, MUSCLES
from content.exercises import EXERCISES
from content.model import Exercise, Injury, Muscle
from content.text import normalize

SETTING_LABELS: MappingProxyType[str, str] = MappingProxyType(
    {"home": "home", "gym": "gym", "plyo": "plyometrics", "hills": "hills"}
)


def muscle_names(ids: tuple[str, ...]) -> str:
    return ", ".join(MUSCLES[m].name.lower() for m in ids if m in MUSCLES)


def injury_names(ids: tuple[str, ...]) -> str:
    return ", ".join(INJURIES[i].name.lower() for i in ids if i in INJURIES)


# The calves group holds the shin muscles too, but the wall toe raise works the front of the shin, not
# the calf (round 10: "Exercises: Calf raise, Wall toe raise, ..." for "what hits the soleus?"): it is
# never listed as a calf exercise (the calves card names it in its balance line, for the shins).
_SHIN_ONLY = frozenset({"toe_raise"})


def exercises_for_muscle(muscle_id: str, primary_only: bool = True) -> tuple[Exercise, ...]:
    """Exercises that train ``muscle_id``: primary movers first, base exercises before variations."""
    hits = [
        e
        for e in EXERCISES.values()
        if muscle_id in (e.primary if primary_only else e.muscles)
        and not (muscle_id == "calves" and e.id in _SHIN_ONLY)
    ]
    hits.sort(key=lambda e: (muscle_id not in e.primary, e.variation_of is not None))
    return tuple(hits)


def works_line(ex: Exercise) -> str:
    if ex.id in _SHIN_ONLY:
        return "Works: the shin muscles (front of the lower leg)"
    line = f"Works: {muscle_names(ex.primary)}"
    if ex.secondary:
        line += f" (also {muscle_names(ex.secondary)})"
    return line


def exercise_card(ex: Exercise) -> str:
    """Full card: name, setting, kit and substitutes, muscles, steps, cues, dose, variations, prevents."""
    lines = [ex.name, ex.summary, f"Where: {SETTING_LABELS.get(ex.setting, ex.setting)}"]
    if ex.equipment:
        lines.append("Equipment: " + "; ".join(ex.equipment))
    if ex.substitutes:
        lines.append("Instead you can use: " + "; ".join(ex.substitutes))
    lines.append(works_line(ex))
    lines.append("")
    lines.append("How to do it:")
    lines.extend(f"{n}. {s}" for n, s in enumerate(ex.steps, 1))
    lines.append("")
    lines.append("Form and safety:")
    lines.extend(f"- {c}" for c in ex.cues)
    lines.append("")
    lines.append(f"Dose: {ex.dose.text()} (about {round(ex.minutes)} min with rest)")
    if ex.dose_note:
        lines.append(ex.dose_note)
    for label, value in (("One leg", ex.single_leg), ("Harder", ex.harder), ("Easier", ex.easier)):
        if value:
            lines.append(f"{label}: {value}")
    if ex.variation_of and ex.variation_of in EXERCISES:
        lines.append(f"Variation of: {EXERCISES[ex.variation_of].name}")
    if ex.prevents:
        lines.append(f"Helps prevent: {injury_names(ex.prevents)}")
    return "\n".join(lines)


def muscle_card(m: Muscle) -> str:
    """Role in running, parts, opposing group, and the exercises that train it."""
    lines = [m.full_name, f"Where: {m.location}", f"In running: {m.role}"]
    lines.extend(f"- {p}" for p in m.parts)
    if m.opposes:
        lines.append(f"Opposing group: {', '.join(MUSCLES[o].name for o in m.opposes)}. {m.balance}")
    else:
        lines.append(f"Balance: {m.balance}")
    if m.when_weak:
        lines.append(f"When weak: {m.when_weak}")
    main = exercises_for_muscle(m.id)
    also = [e for e in exercises_for_muscle(m.id, primary_only=False) if e not in main]
    if main:
        lines.append("Exercises: " + ", ".join(e.name for e in main))
    if also:
        lines.append("Also helped by: " + ", ".join(e.name for e in also))
    return "\n".join(lines)


def injury_card(i: Injury) -> str:
    """What goes wrong, what to strengthen, which exercises help."""
    lines = [i.name, f"What goes wrong: {i.problem}", f"What helps: {i.advice}"]
    lines.append("Strengthen: " + ", ".join(MUSCLES[m].name.lower() for m in i.strengthen))
    lines.append("Exercises:")
    lines.extend(f"- {EXERCISES[e].name}: {EXERCISES[e].dose.text()}" for e in i.helps if e in EXERCISES)
    lines.append(i.caution)
    return "\n".join(lines)


# Which exercises a message names (here, below every module that asks it: content/asks.py and
# content/compose.py both read it, and compose sits under asks).
@cache
def _name_parts() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Every exercise name and alias, normalised and split once: (topic id, words)."""
    return tuple(
        (f"exercise:{e.id}", tuple(normalize(n).split()))
        for e in EXERCISES.values()
        for n in (e.name, *e.aliases)
    )


def named_exercises(plain: str) -> list[str]:
    """The exercises a (normalised) message names, the most specific name winning: "wall squats" is
    the wall squat, not also the one-legged squat whose alias is "squats"; "squats and calf raises"
    are both."""
    return list(_named_exercises(plain))


@lru_cache(maxsize=4096)
def _named_exercises(plain: str) -> tuple[str, ...]:
    # (memoised: one reply asks it of the same strings several times, and it walks every name)
    words = set(plain.split())
    said: dict[str, set[str]] = {}
    for topic, parts in _name_parts():
        if parts and all(w in words or w.rstrip("s") in words or f"{w}s" in words for w in parts):
            said.setdefault(topic, set()).add(" ".join(parts))
    longest = {t: max(names, key=len) for t, names in said.items()}
    out = []
    for t, name in longest.items():
        # (r15 yc: "the bridge" is inside "hamstring bridge": an article isn't part of the name)
        mine = {w.rstrip("s") for w in name.split() if w not in ("the", "a")}
        if any(o != t and mine < {w.rstrip("s") for w in other.split()} for o, other in longest.items()):
            continue  # a shorter name inside another's ("squat" inside "wall squat")
        out.append(t)
    return tuple(out)
