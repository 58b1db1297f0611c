"""A plan from the runner's own constraints: "I have 20 minutes and only machines, what do I do?"

A message that tells what the runner has (machines, dumbbells, an exercise ball, stairs, a chair,
only home) or how long they have, and asks an open "what should I do / what can I do / how do I fit
it in", gets the exercises that fit that kit (never a "No chair?" to someone who has one), one dose
line, the time and how often — in one short reply, instead of one topic's card.

Pure: regexes on the normalised message and the exercise table; no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from content.exercises import EXERCISES

# What the runner says they have; "no free weights" / "no gym" are read as not having them.
_KIT: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...] = (
    ("machines", re.compile(r"\b(?:machines?|leg press)\b"), ("machine", "treadmill")),
    ("dumbbells", re.compile(r"\b(?:dumbbells?|free weights)\b"), ("dumbbell",)),
    ("a kettlebell", re.compile(r"\b(?:kettlebells?|kettle bells?|kb)\b"), ("dumbbell",)),
    (
        "an exercise ball",
        re.compile(r"\b(?:exercise|yoga|swiss|stability|gym|fit) ball\b"),
        ("exercise ball",),
    ),
    ("stairs", re.compile(r"\b(?:stairs?|staircase|steps?)\b"), ("step", "bench")),
    ("a bench", re.compile(r"\b(?:bench|box)\b"), ("step", "bench")),
    ("a chair", re.compile(r"\b(?:chair|sofa|couch)\b"), ("chair",)),
)
_NOT = re.compile(
    r"\b(?:no|without|dont have|havent got|not|nor|instead of)\s+(?:any\s+|an?\s+)?(?:\w+\s+)?$"
)
_HOME = re.compile(r"\b(?:at home|home|no gym|living room|house|flat|apartment)\b")
_MINUTES = re.compile(r"\b(\d{1,2})\s*(?:min|mins|minutes)\b(?! (?:jogs?|runs?|easy|of running))")
# An open ask for what to do: "what should I do", "what can I do with them", "how do I fit it in".
OPEN = re.compile(
    r"\b(?:what (?:should|can|could|do|would) (?:i|we|he|she) (?:actually |really |even )?(?:do|use|try)|"
    r"what (?:\w+ )?(?:exercises|workout|routine|plan)|which exercises|how (?:do|can|should) i (?:fit|start|"
    r"get started|add)|what would you (?:include|suggest|recommend)|(?:a|any) (?:plan|routine))\b"
)
# A message that is all constraints and a short ask ("hotel room, 15 min, no weights. leg workout?").
_ASKS_WORKOUT = re.compile(r"\b(?:leg (?:workout|session|day)|legs for running|workout|legs)\b\s*$")
_GENTLE = re.compile(
    r"\b(?:overdo|overdoing|too much|getting back|coming back|returning|jelly|beginner|new to)\b"
)
# A symptom says more about what to do than "no gym" does: the symptom's answer, not the home plan.
_SORE = re.compile(r"\b(?:ache|aches|aching|achy|pain|painful|hurts?|hurting|sore|niggle|injur\w*)\b")
_ONLY = re.compile(r"\b(?:only|just) (?:have|got|has|own)\b|\ball i (?:have|got)\b")
_NO_KIT = re.compile(r"\bno (?:weights|equipment|kit|gear)\b|\bhotel\b|\bbodyweight\b")
# Never lifted before: the article's home basics are the place to start.
_NEW = re.compile(
    r"\b(?:never lifted|never done (?:any )?(?:strength|weights)|new to (?:lifting|strength)|first time)\b"
)
# Exercises with no kit beyond a wall or a line: always possible at home.
_FREE = ("one_leg_squat", "bridge", "toe_raise", "line_hops")


@dataclass(frozen=True)
class Plan:
    text: str
    topic: str  # the related topic, for follow-ups


def _has(text: str) -> list[tuple[str, tuple[str, ...]]]:
    out = []
    for name, pattern, marks in _KIT:
        m = pattern.search(text)
        if m and not _NOT.search(text[: m.start()]):
            out.append((name, marks))
    return out


def plan(message: str) -> Plan | None:
    """The plan for a (normalised) message that states its constraints and asks what to do, or None."""
    kit = _has(message)
    minutes = _MINUTES.search(message)
    home = bool(_HOME.search(message)) or bool(_NO_KIT.search(message))
    said = len(kit) + bool(minutes) + home + bool(_ONLY.search(message) and kit)
    if not OPEN.search(message) and not (said >= 2 and _ASKS_WORKOUT.search(message)):
        return None
    short = minutes is not None and int(minutes.group(1)) < 15
    if (
        said < 2
        and not (_NEW.search(message) and not kit)
        and not short
        and not (home and not kit and not _SORE.search(message))
    ):
        return None  # "what can I do with dumbbells" is the free-weights topic, not a plan
    marks = tuple(m for _, ms in kit for m in ms)
    gentle = bool(_GENTLE.search(message) or _NEW.search(message))
    gym = any(name in ("machines", "dumbbells") for name, _ in kit)
    picked: list[str] = []
    for ex in EXERCISES.values():
        if ex.variation_of and ex.variation_of in picked:
            continue
        if any(EXERCISES[p].variation_of == ex.id for p in picked):
            continue  # the weighted one-legged squat already says the plain one
        if gentle and ex.setting == "plyo":
            continue  # jumping drills are not where a returning runner starts
        needs = [e.lower() for e in ex.equipment if e != "a wall" and not e.startswith("a line")]
        if needs and all(any(m in n for m in marks) for n in needs):
            picked.append(ex.id)
    if not kit:
        picked = [e.id for e in EXERCISES.values() if e.setting == "home"][:5]  # the article's basics
    elif not gym or len(picked) < 3:
        picked += [e for e in _FREE if e not in picked and (not gym or e == "bridge")]
    # A variation already says its base ("weighted one-legged squat", not also "one-legged squat").
    picked = [e for e in picked if not any(EXERCISES[p].variation_of == e for p in picked)]
    keep = 3 if short else 5
    picked = picked[:keep]
    names = [EXERCISES[e].name.lower() for e in picked]
    if not names:
        return None
    owned = [n for n, _ in kit]
    have = (", ".join(owned[:-1]) + " and " + owned[-1] if len(owned) > 1 else "".join(owned)) or (
        "no kit" if _NO_KIT.search(message) else "what you have at home" if home else ""
    )
    head = f"With {have}: " if have else ""
    body = ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else names[0]
    lines = [
        f"{head}{body[:1].upper()}{body[1:]}. {'2' if short else '2–3'} sets of 12–15 reps each"
        + (" (the bridge: a 30 s hold)" if "bridge" in picked else "")
        + ", with a resistance that tires you by the last reps."
    ]
    if any(n == "a kettlebell" for n, _ in kit):
        lines.insert(
            0, "The article doesn't cover kettlebell moves; hold it like a dumbbell for added weight."
        )
    if minutes:
        n = int(minutes.group(1))
        if n >= 15:
            lines.append(f"{n} minutes is enough: the article says a worthwhile session takes 15 to 20.")
        else:
            lines.append(
                f"{n} minutes still helps, with short rests "
                "(the article's worthwhile session takes 15 to 20)."
            )
    elif re.search(r"\bhow long\b|\bminutes\b|\bhow much time\b", message):
        lines.append("A session takes 15 to 20 minutes.")
    lines.append("Twice a week, not on a hard-run day or the day before a race.")
    if gentle:
        lines.append("Start with one or two sets and build up over the weeks, so you don't overdo it.")
    topic = "rule:machines" if any(n == "machines" for n, _ in kit) else "rule:home_workout"
    where = "gym" if gym else "home"
    return Plan(" ".join(lines) + f"\nTry one: /workout {where}", topic)
