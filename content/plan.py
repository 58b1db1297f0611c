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
    (
        "a gym",
        re.compile(r"\b(?:gym|weights? room|fitness cent(?:er|re))\b(?! ball)"),
        ("machine", "dumbbell"),
    ),
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
_NO_KIT = re.compile(
    r"\bno (?:weights|equipment|kit|gear)\b|\bhotel\b|\bbody ?weight\b|\bbw\b|\bnothing but\b|"
    r"\bwithout (?:any )?(?:weights|equipment|kit)\b"
)
# An outright request for a routine: "give me a leg routine", "BW leg circuit pls", "need a 20 min
# workout". A routine word alone is not enough ("is my routine ok?"); a request word or a constraint is.
_ROUTINE = re.compile(r"\b(?:routine|circuit|workout|session|sesh|plan|program|programme|w o)\b")
_REQUEST = re.compile(
    r"\b(?:give|send|write|make|build|suggest|recommend|need|want|pls|please|plz|got any|any good|"
    r"anything for|something for|whats a good|what is a good|whats a quick|quick)\b"
)
_NOT_A_REQUEST = re.compile(
    r"^(?:how|why|when|is|are|does|do|should|will|would|am)\b|^(?:can|could) (?:i|runners?|we)\b|"
    r"\b(?:my|this|that|the) (?:routine|workout|session|plan)\b"
)
_LEGS = re.compile(r"\b(?:legs?|lower body|strength|runners?|running|squats?|glutes?|quads?|calf|calves)\b")
_YESNO = re.compile(
    r"(?:do|does|is|are|should|can|could|will|would|am) (?:i|we|it|they|runners?)\b|(?:do|are) you\b"
)
_HARD_DAYS = re.compile(r"\b(?:tempo|intervals?|long runs?|speed ?work|track (?:session|night|day)s?)\b")
# "anything for legs?", "what can i do": an open ask that a constraint turns into a plan.
_ANYTHING = re.compile(r"\b(?:anything|something|ideas?|suggestions?|options?) (?:for|i can do)\b")
# Never lifted before: the article's home basics are the place to start.
_NEW = re.compile(
    r"\b(?:never lifted|never done (?:any )?(?:strength|weights)|new to (?:lifting|strength)|first time)\b"
)
# A race tomorrow (or "the day before my race"): not a routine, the race-day rule.
_RACE_NEXT = re.compile(
    r"\b(?:race|racing|marathon|10k|5k|parkrun|half)\b.*\b(?:tomorrow|tmrw|tonight|in the morning)\b|"
    r"\b(?:tomorrow|tmrw)\b.*\b(?:race|racing|marathon|10k|5k|parkrun)\b|\bday before (?:a |my |the )?race\b"
)
# Exercises with no kit beyond a wall or a line: always possible at home.
_FREE = ("one_leg_squat", "bridge", "toe_raise", "line_hops")
# With nothing at all (a hotel room): a stair or ledge for the calves, a chair against the wall.
_NOTHING = ("one_leg_squat", "calf_raise", "bridge", "hamstring_pushup", "line_hops")
_WHERE = {
    "calf_raise": " (on a stair or ledge)",
    "hamstring_pushup": " (a chair braced on a wall)",
    "step_up": " (a knee-high step or bench)",
    "lunge": " (a weight in each hand)",
}


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


def _requested(message: str, said: int) -> bool:
    """Does the message ask for a routine or for what to do (given what the runner said they have)?"""
    if OPEN.search(message):
        return True
    if _YESNO.match(message):
        return False  # "do i need a gym membership to get stronger legs": a yes/no, not a plan request
    if said >= 2 and _ASKS_WORKOUT.search(message):
        return True
    routine = bool(_ROUTINE.search(message)) and not _NOT_A_REQUEST.search(message)
    if routine and (_REQUEST.search(message) or said) and (_LEGS.search(message) or said):
        return True
    return bool(said and _ANYTHING.search(message) and _LEGS.search(message))


def _line(ex_id: str) -> str:
    """One routine line: the exercise and its reps (the sets are said once, above the list)."""
    ex = EXERCISES[ex_id]
    d = ex.dose
    side = " each leg" if d.per_side else ""
    if d.hold_s is not None:
        amount = f"hold {d.hold_s} s"
    elif d.repeats_min is not None:
        amount = f"{d.repeats_min}–{d.repeats_max} repeats"
    else:
        amount = f"{d.reps}–{d.reps_max} {d.unit}{side}"
    return f"• {ex.name}{_WHERE.get(ex_id, '')}: {amount}"


def plan(message: str) -> Plan | None:
    """The plan for a (normalised) message that states its constraints and asks what to do, or None."""
    if _RACE_NEXT.search(message):
        return None  # "quick leg sesh before parkrun tomorrow?": the day-before-a-race rule answers (T3)
    kit = _has(message)
    minutes = _MINUTES.search(message)
    bare = bool(_NO_KIT.search(message))
    home = bool(_HOME.search(message)) or bare
    if _HOME.search(message):
        kit = [k for k in kit if k[0] != "a gym"]  # "gym or home, and what can I do at home"
    gym_only = [n for n, _ in kit] == ["a gym"] or (
        any(n == "a gym" for n, _ in kit) and not any(n in ("machines", "dumbbells") for n, _ in kit)
    )
    if not gym_only:
        kit = [k for k in kit if k[0] != "a gym"]  # "my office gym is only machines": the machines
    said = len(kit) + bool(minutes) + home + bool(_ONLY.search(message) and kit) + gym_only
    if not _requested(message, said):
        return None
    asked = bool(_ROUTINE.search(message) and _REQUEST.search(message)) or bool(_ANYTHING.search(message))
    short = minutes is not None and int(minutes.group(1)) < 15
    if (
        said < 2
        and not asked
        and not (_NEW.search(message) and not kit)
        and not short
        and not (home and not kit and not _SORE.search(message))
    ):
        return None  # "what can I do with dumbbells" is the free-weights topic, not a plan
    if _SORE.search(message) and not (said or asked):
        return None
    marks = tuple(m for _, ms in kit for m in ms)
    gentle = bool(_GENTLE.search(message) or _NEW.search(message))
    gym = any(name in ("machines", "dumbbells", "a gym") for name, _ in kit)
    picked: list[str] = []
    for ex in EXERCISES.values():
        if ex.variation_of and ex.variation_of in picked:
            continue
        if any(EXERCISES[p].variation_of == ex.id for p in picked):
            continue  # the weighted one-legged squat already says the plain one
        if gentle and ex.setting == "plyo":
            continue  # jumping drills are not where a returning runner starts
        if ex.id == "treadmill_incline":
            continue  # a run, not a strength exercise for the list
        needs = [e.lower() for e in ex.equipment if e != "a wall" and not e.startswith("a line")]
        if needs and all(any(m in n for m in marks) for n in needs):
            picked.append(ex.id)
    if gym_only:
        # A whole gym: the article's three machines, the lunge, and a glute exercise.
        picked = ["leg_press", "hamstring_curl", "quad_extension", "lunge", "bridge"]
    elif not kit:
        if bare and not home_kit(message):
            picked = list(_NOTHING)
        else:
            picked = [e.id for e in EXERCISES.values() if e.setting == "home"][:5]  # the article's basics
    elif not gym or len(picked) < 3:
        picked += [e for e in _FREE if e not in picked and (not gym or e == "bridge")]
    if gentle:
        picked = [e for e in picked if EXERCISES[e].setting != "plyo"]
    # A variation already says its base ("weighted one-legged squat", not also "one-legged squat").
    picked = [e for e in picked if not any(EXERCISES[p].variation_of == e for p in picked)]
    n_min = int(minutes.group(1)) if minutes else None
    keep = 3 if short else 4 if n_min is not None and n_min <= 15 else 5
    picked = picked[:keep]
    if not picked:
        return None
    owned = [n for n, _ in kit]
    have = (", ".join(owned[:-1]) + " and " + owned[-1] if len(owned) > 1 else "".join(owned)) or (
        "no kit" if bare else "what you have at home" if home else ""
    )
    sets = "2" if short else "2–3"
    head = f"With {have}: " if have else "A short leg routine: "
    lines = [f"{head}{sets} sets of each, with a resistance that tires you by the last reps."]
    lines += [_line(e) for e in picked]
    if any(n == "a kettlebell" for n, _ in kit):
        lines.insert(
            0, "The article doesn't cover kettlebell moves; hold it like a dumbbell for added weight."
        )
    if n_min is not None:
        if n_min >= 15:
            lines.append(f"{n_min} minutes is enough: the article says a worthwhile session takes 15 to 20.")
        else:
            lines.append(
                f"{n_min} minutes still helps, with short rests "
                "(the article's worthwhile session takes 15 to 20)."
            )
    else:
        lines.append("About 15 to 20 minutes; warm up with an easy jog first and stretch after.")
    if _HARD_DAYS.search(message):
        lines.append(
            "Twice a week on easy days: not on your tempo, interval or long-run day, nor the day before "
            "a race; on a day with a run, run first."
        )
    else:
        lines.append("Twice a week, not on a hard-run day or the day before a race.")
    if gentle:
        lines.append("Start with one or two sets and build up over the weeks, so you don't overdo it.")
    topic = "rule:machines" if gym else "rule:home_workout" if said else "rule:routine"
    where = "gym" if gym else "home"
    return Plan("\n".join(lines) + f"\nTry one: /workout {where}", topic)


def home_kit(message: str) -> bool:
    """Does the message say it has stairs, a bench or a chair (kit that changes the no-kit list)?"""
    return bool(re.search(r"\b(?:stairs?|staircase|steps?|bench|box|chair)\b", message))
