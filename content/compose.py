"""Short, direct replies: what is asked (intent), the fact that answers it, one support line, a pointer.

content/answers.py decides WHICH topic a question is about; this module decides WHAT to say about
it. A topic is split into facts (an exercise's dose, steps, cues, variations, substitutes, what it
works; a rule's sentences; a muscle's role; an injury's advice...). The question's intent picks the
kind of fact (how many → the dose, how → the steps, why → what it works and prevents, when → the
timing, can I / is it ok → the cue or sentence that matches the question's words), and the words of
the question pick among facts of that kind. The reply leads with the answer (yes/no first for a
yes/no question when the matching fact says so, the number first for a how-many), adds at most one
short supporting line, and ends with a pointer to the full card (``/exercise bridge``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from content.anatomy import INJURIES, MUSCLES
from content.cards import exercises_for_muscle, muscle_names
from content.direct import direct
from content.exercises import COOLDOWN, EXERCISES, WARMUP
from content.model import Equipment, Exercise, Injury, Muscle, Rule
from content.reasons import reason
from content.text import STOPWORDS, normalize, stem_words

# ---- intent -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Ask:
    """What one question asks for."""

    kind: str  # "dose" | "howto" | "why" | "when" | "lack" | "harder" | "easier" | "check" | "what"
    dose: str = ""  # for "dose": "count" | "time" | "heavy" | "rest" | "often" | "depth"
    yesno: bool = False  # asked as yes/no ("is it ok", "should I", "do I", "will it")
    compare: bool = False  # "X or Y", "vs", "better"
    other_side: bool = False  # "the other leg / side"


_OR_NOT = re.compile(r"\b(?:or nah|or not|yay or nay|worth it)$")
_YESNO_START = frozenset(
    "is are am do does did should can could will would was were must shall isnt arent doesnt dont wont "
    "cant shouldnt ok okay".split()
)
_DOSE_NEXT = {
    "many": "count",
    "much": "count",
    "often": "often",
    "long": "time",
    "heavy": "heavy",
    "far": "count",
    "frequently": "often",
    "low": "depth",
    "deep": "depth",
    "steep": "depth",
    "high": "depth",
}
# "how far should I bend my knee", "what angle", "what % grade": a figure of the movement itself.
_DEPTH = frozenset("angle degrees degree grade incline percent bend".split())
_WEIGHT = frozenset("kg lbs kilos heavy heavier weight weigh weights dumbbell dumbbells".split())
# "explain bridges", "what do I actually do on the leg curl", "walk me through": the technique.
_FIGURE = re.compile(r"\d|°|degree|grade|angle|below|as high")
_HOWTO = frozenset("technique form properly steps correctly explain instructions".split())


def ask_of(text: str) -> Ask:
    """The intent of one question (normalised words: "how many", "why", "is it ok"...)."""
    words = normalize(text).split()
    w = set(words)
    pairs = set(pairwise(words))
    dose = ""
    for a, b in pairs:
        if a == "how" and b in _DOSE_NEXT:
            dose = _DOSE_NEXT[b]
            break
    if dose == "count" and ("far" in w or w & _DEPTH) and not w & {"reps", "sets", "times", "rep"}:
        dose = "depth"
    if dose == "count" and w & _WEIGHT and not w & {"reps", "sets", "rep"}:
        dose = "heavy"  # "how much weight for leg extensions"
    if not dose and w & _DEPTH and w & {"what", "how"} and not w & {"why", "better", "or", "vs"}:
        dose = "depth"  # "what % grade for hill repeats"
    if not dose:
        if w & {"kg", "lbs", "kilos", "heavy", "heavier", "weight"} and w & {
            "what",
            "which",
            "how",
            "enough",
        }:
            dose = "heavy"
        elif "rest" in w and w & {"sets", "set", "between"}:
            dose = "rest"
        elif w & {"reps", "sets", "rep", "enough"} or ("per", "week") in pairs or ("a", "week") in pairs:
            dose = "count"
        elif w & {"seconds", "secs", "minutes", "mins", "hold"} and w & {"how", "what", "long"}:
            dose = "time"
        elif ("times", "a") in pairs or w & {"frequency"}:
            dose = "often"
    often = "week" in w or bool(w & {"day", "days", "month", "weekly"}) or ("times", "a") in pairs
    # "how many times up the hill?" counts repeats; "how many times should I lift?" is how often.
    often = often or ("times" in w and not w & {"up", "hill", "hills", "repeats", "hops", "over"})
    if dose == "count" and often and not (w & {"reps", "sets", "rep"}):
        dose = "often"
    if dose == "much" and "rest" in w:
        dose = "rest"
    if dose == "count" and "rest" in w:
        dose = "rest"
    # A yes/no question may follow a statement: "calves tight after runs, should I lift them?"
    clause_starts = {c.split()[0] for c in re.split(r"[,;]|\bso\b|\bbut\b", text.lower()) if c.split()}
    yesno = (
        (bool(words) and words[0] in _YESNO_START)
        or bool(clause_starts & {"should", "can", "could", "is", "do", "does", "will", "would"})
    ) and ("how", "do") not in pairs
    yesno = yesno or bool(_OR_NOT.search(" ".join(words)))
    other = bool(w & {"other", "left", "right"}) and bool(w & {"leg", "side", "legs", "sides"})
    compare = bool(w & {"vs", "versus", "better", "difference", "compared"}) or ("or", "not") in pairs
    if words and words[0] == "why":
        kind = "why"  # "why bother if I run 50k a week": the why, not the dose
    elif dose:
        kind = "dose"
    elif words[-1:] == ["how"] and not yesno:
        kind = "howto"  # "i want the treadmill to give me the same benefit as hills, how"
    elif (
        w & {"why", "benefit", "benefits", "point", "worth", "reason", "reasons"}
        or ("what", "for") in pairs
        or ("how", "come") in pairs
    ):
        kind = "why"
    elif (
        (words and words[0] == "when")
        or ("which", "day") in pairs
        or ("which", "days") in pairs
        or ("what", "days") in pairs
        or ("what", "time") in pairs
        or (w & {"timing", "morning", "evening"})
    ):
        kind = "when"
    elif (
        (lacks := w - ({"without", "instead"} if _MANNER.search(" ".join(words)) else set()))
        & {"instead", "substitute", "alternative", "replace", "without", "dont", "havent", "no"}
        and lacks & {"have", "got", "instead", "substitute", "alternative", "replace", "without", "own"}
    ) or w & {"taken", "occupied", "busy", "broken", "unavailable", "queue"}:
        kind = "lack"
    elif w & {"harder", "progress", "advanced", "tougher", "level"} or ("too", "easy") in pairs:
        kind = "harder"
    elif w & {"easier", "beginner", "beginners", "newbie", "start", "starting", "easy", "modify"}:
        kind = "easier"
    elif (
        ("how" in w and not yesno)
        or w & _HOWTO
        or "way" in w
        or (words[:1] == ["what"] and "do" in w and bool(w & {"actually", "on"}))
        or (("what", "do") in pairs and ("i", "do") in pairs)
        or ({("what", "can"), ("what", "should")} & pairs and ("i", "do") in pairs)
    ):
        kind = "howto" if not yesno else "check"
    elif yesno:
        kind = "check"
    else:
        kind = "what"
    return Ask(kind, dose, yesno, compare, other)


# ---- fact matching ----------------------------------------------------------------------------

# "without hurting my knee", "without bouncing": how to do it, not a missing piece of kit (T3).
_MANNER = re.compile(r"\bwithout (?:\w+ing|pain)\b|\binstead of (?:\w+ing)\b")
_NEG = re.compile(r"\b(?:don't|dont|never|no|not|avoid|skip|stop|without|isn't|aren't)\b", re.IGNORECASE)
_WORKS_ASK = re.compile(r"\b(?:work|works|target|targets|hit|hits|muscles?|for|good)\b")
_SKIP = re.compile(r"\b(?:skip|skipping|omit|ditch|leave out|cut out|drop the)\b", re.IGNORECASE)
_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])")


@lru_cache(maxsize=4096)  # facts are a fixed set: each is stemmed once
def stems(text: str) -> frozenset[str]:
    return frozenset(s for s in stem_words([x for x in normalize(text).split() if x not in STOPWORDS]) if s)


def _best(question: frozenset[str], facts: list[str], skip: frozenset[str] = frozenset()) -> tuple[str, int]:
    """The fact sharing most content stems with the question (beyond ``skip``, e.g. the topic's name)."""
    best, score = "", 0
    q = question - skip
    for f in facts:
        n = len(q & stems(f))
        if n > score:
            best, score = f, n
    return best, score


_LEAD_VERDICT = re.compile(r"^(?:Yes|No)[,:.]\s+(?:that's fine:\s+)?")
GENERIC = frozenset(
    "help make would need get realli leg legs strength strong stronger run runner lift bother train".split()
)
_CAUSE = re.compile(r"\b(?:because|so|which|lets|allows|means|so that|helps?|prevent|cause)\b", re.IGNORECASE)
_HARM = re.compile(r"\b(?:bad|wrong|a problem|harmful|dangerous|a mistake|too much|too heavy|risky)\b")


def _forbids(q: str, fact: str) -> bool:
    """The fact forbids something the question asks about: a negation with a question word within
    the next few words ("don't let your knees travel" for "knees past my toes"), not any negation
    ("without bouncing" says nothing about "do I need to stretch")."""
    qs = stems(q) - GENERIC  # "while lifting" is not what "no added weight" forbids
    for m in _NEG.finditer(fact):
        after = " ".join(fact[m.end() :].split()[:6])
        if stems(after) & qs:
            return True
    return False


def _yes_no(q: str, fact: str, score: int = 2) -> str:
    """The verdict for a yes/no question from the fact that answers it: "No. " when the fact forbids
    what is asked; "Yes. " when it matches the question well (two words or more) and forbids nothing;
    a "is it bad if..." question turns that round ("Yes, avoid it."); else nothing."""
    asked_neg = bool(_NEG.search(q))
    said_neg = _forbids(q, fact) if _NEG.search(fact) else False
    if _HARM.search(normalize(q)):
        return "Yes, avoid it. " if said_neg else ""
    if said_neg and not asked_neg:
        return "No. "
    if _SKIP.search(q) and not said_neg and score >= 1:
        return "No, don't skip it. "  # "should I skip the stretching?": the fact recommends it
    if asked_neg or said_neg or score < 2:
        return ""  # "should I skip the stretching?": a plain "Yes" would say skip it
    # "Yes" only when the fact speaks to the asking clause, not just to the background before it
    # ("lower back aches after long runs, could weak glutes be it?" is not answered by "long run").
    clause = re.split(r"[,;]\s*|\.\s+", q.strip().lower())[-1] or q
    if _unmatched_extreme(q, fact):
        return ""  # "really steep", "5 days a week": the fact doesn't back that, so no "Yes"
    return "Yes. " if stems(clause) & stems(fact) else ""


_EXTREME = re.compile(
    r"\b(?:really|very|super|extremely|too|so|every|daily|always|max|maximum|maximal|all|completely|"
    r"entirely|only|heav(?:y|ier|iest)|steep\w*|fast\w*|lots|tons|loads|hours?|twice|in a row|"
    r"back to back|straight|consecutive|\d+|one|two|three|four|five|six|seven|eight|nine|ten)\b"
)
_NUMBER_WORDS = {
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
    "ten": "10",
    "twice": "2",
}


def _unmatched_extreme(q: str, fact: str) -> bool:
    """The question asks about an amount or an extreme (a number, "really steep", "every day", "in
    a row") that the fact doesn't say: the fact can't back a plain "Yes"."""
    f = normalize(fact)
    fs = stems(fact)
    fnums = set(re.findall(r"\d+", fact)) | {d for w, d in _NUMBER_WORDS.items() if re.search(rf"\b{w}\b", f)}
    for m in _EXTREME.finditer(normalize(q)):
        w = m.group(0)
        num = w if w.isdigit() else _NUMBER_WORDS.get(w)
        if num is not None:
            if num not in fnums:
                return True
        elif not (stems(w) & fs) and w not in f:
            return True
    return False


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENT.split(text) if s.strip()]


def _join(items: list[str], word: str = "or") -> str:
    items = [i for i in items if i]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {word} " + items[-1]


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:] if s else s


def _end(s: str) -> str:
    s = s.strip()
    return s if not s or s[-1] in ".!?" or s.endswith(".)") else s + "."


# ---- per kind ---------------------------------------------------------------------------------


def pointer(topic_id: str) -> str:
    kind, _, key = topic_id.partition(":")
    if kind == "exercise" and key in EXERCISES:
        return f"Full card: /exercise {EXERCISES[key].name.lower()}"
    if kind == "muscle" and key in MUSCLES:
        return f"More: /muscle {MUSCLES[key].name.lower()}"
    if kind == "injury" and key in INJURIES and INJURIES[key].helps:
        return f"How to do it: /exercise {EXERCISES[INJURIES[key].helps[0]].name.lower()}"
    if topic_id in ("rule:routine", "rule:time_needed", "rule:home_workout"):
        return "Try one: /workout home"
    if topic_id == "rule:warm_up" or topic_id == "rule:stretch_after":
        return "A full session: /workout"
    return ""


def _and_names(ex: Exercise) -> str:
    names = muscle_names(ex.primary).lower()
    head, _, tail = names.rpartition(", ")
    return f"{head} and {tail}" if head else names


def _dose_line(ex: Exercise, ask: Ask) -> str:
    d = ex.dose
    if ask.dose == "rest":
        return f"Rest about {d.rest_s} s between sets, enough to do the next set with good form."
    if ask.dose == "often":
        return "As part of your strength sessions: twice a week, sometimes three, not on hard-run days."
    if ask.dose == "heavy":
        loaded = any(k in e for e in ex.equipment for k in ("weight", "dumbbell", "machine", "press"))
        if not loaded:
            return (
                f"Bodyweight is the load: {d.text()}. To make it heavier: {ex.harder or 'add reps or a set'}"
            )
        return (
            "Pick a weight you're comfortable with that leaves you tired by the last of 12–15 reps, "
            f"with good form: {d.text()}."
        )
    if ask.dose == "time" and d.hold_s is None and d.repeats_min is None:
        return f"{_cap(d.text())}, about {max(1, round(ex.minutes))} min with rests."
    return f"{_cap(d.text())}."


# Words of a question about a step that the steps say otherwise (stems): "feet" are "soles".
_ALIKE = {
    "feet": ("sole", "foot"),
    "foot": ("sole", "feet"),
    "hold": ("paus",),
    "top": ("paus", "high"),
    "way": (),
    "descend": ("down", "lower"),
    "lower": ("down",),
    "back": ("down",),
    "hand": ("arm",),
    "arm": ("hand",),
}
_HOW_WORDS = stems(
    "how do i do it properly form technique steps correctly right way what should be "
    "where when can just them this that one up go get work works target hit muscles good "
    "for help fast quick"
)


def _alike(q: frozenset[str]) -> frozenset[str]:
    return frozenset(a for w in q for a in _ALIKE.get(w, ()))


def exercise_reply(ex: Exercise, ask: Ask, q: frozenset[str], question: str) -> tuple[str, str]:
    """(lead, support) for an exercise."""
    name_stems = stems(" ".join([ex.name, *ex.aliases]))
    works = f"It works the {muscle_names(ex.primary).lower()}" + (
        f", and helps prevent {_join([INJURIES[i].name.lower() for i in ex.prevents], 'and')}."
        if ex.prevents
        else "."
    )
    if re.search(
        r"\bmuscles?\b|\bwhat (?:does|do) (?:it|they|this|that) (?:work|target|hit)\b", normalize(question)
    ) and (ask.kind in ("what", "check", "why")):
        # "what muscles does it work": the muscles first.
        return f"{ex.name} works the {_and_names(ex)}.", ex.summary
    if ask.other_side:
        side = ex.single_leg or "Do the same on the other side."
        return f"{ex.name}: {_end(side)} Same dose each leg: {ex.dose.text()}.", ""
    if ask.kind == "dose":
        if ask.dose == "depth":
            figures = [
                f for f in (*ex.steps, *ex.cues) if re.search(r"\d|°|degree|grade|angle|below|as high", f)
            ]
            fact, score = _best(q, figures, name_stems)
            fact = fact or (figures[0] if figures else "")
            if fact:
                return f"{ex.name}: {_end(fact)}", f"Dose: {ex.dose.text()}."
        if ask.dose == "time":
            timed = [f for f in (*ex.steps, *ex.cues) if re.search(r"second|pause|hold|\d+ s\b", f)]
            fact, score = _best(q | _alike(q), timed, name_stems)
            holding = bool(re.search(r"\b(?:hold|holding|pause|top|bottom|seconds?)\b", normalize(question)))
            if score or (holding and timed):
                return f"{ex.name}: {_end(fact or timed[0])}", f"Dose: {ex.dose.text()}."
            if holding:
                # "how long should I hold a wall squat": the article gives reps, not a timed hold.
                return (
                    f"The article gives no timed hold for the {ex.name.lower()}: it's done as reps, "
                    f"{ex.dose.text()}, slow and controlled.",
                    "",
                )
        if ask.yesno and "enough" in normalize(question).split():
            # "are 30 squats a day enough?": the article's dose, and harder rather than more.
            return (
                f"{ex.name}: aim for {ex.dose.text()} with a resistance that tires you by the last reps, "
                "two or three times a week rather than every day. If that feels easy, make it harder "
                f"({(ex.harder or 'add a set').rstrip('.').lower()}) rather than doing more.",
                "",
            )
        return f"{ex.name}: {_dose_line(ex, ask)}", ex.cues[0] if ex.cues else ""
    if ask.kind in ("howto", "what", "check") and ex.steps:
        # "where should my feet be?", "what do I do on the way down?": the step that says it.
        detail = (q | _alike(q)) - name_stems - _HOW_WORDS
        fact, score = _best(detail, [*ex.steps, *ex.cues])
        plain_q = normalize(question)
        if (
            score
            and detail
            and len(plain_q.split()) <= 10
            and not ask.yesno
            and not plain_q.endswith(" how")  # "hamstring push-up with a ball, how": all the steps
        ):
            return f"{ex.name}: {_end(_cap(fact))}", f"Dose: {ex.dose.text()}."
    if ask.kind == "howto":
        steps = " ".join(f"{n}) {s}" for n, s in enumerate(ex.steps, 1))
        return f"{ex.name}: {steps}", f"Key cue: {ex.cues[0]}" if ex.cues else ""
    if ask.kind == "why":
        return f"{ex.name}: {works}", ex.summary
    if ask.kind == "lack":
        if ex.substitutes:
            kit = re.sub(r"^(?:an?|the) ", "", ex.equipment[0].split(",")[0]) if ex.equipment else "kit"
            return f"No {kit}? " + _cap(_join(list(ex.substitutes))) + ".", ""
        return f"{ex.name} needs no special kit.", ""
    if ask.kind == "harder":
        return f"Harder: {ex.harder or 'add a set or slow the lowering down.'}", (
            f"Easier: {ex.easier}" if ex.easier else ""
        )
    if ask.kind == "easier":
        return (
            f"Yes, scale it: {ex.easier or 'fewer reps and a smaller range.'}"
            if ask.yesno
            else f"Easier: {ex.easier or 'fewer reps and a smaller range.'}",
            f"Start with {ex.dose.text()} and build up.",
        )
    plain = normalize(question)
    if re.search(r"\b(?:single|one leg(?:ged)?|single leg(?:ged)?)\b", plain) and re.search(
        r"\b(?:vs|versus|or|double|two|both|better)\b", plain
    ):
        # "single-leg calf raise vs double?": the verdict is the progression.
        return (
            f"One leg is harder and closer to running, where each leg works on its own: start on two, "
            f"move to one when 12–15 reps feel easy. {_end(ex.harder or '')}".strip(),
            "",
        )
    facts = [*ex.cues, *ex.steps, ex.harder or "", ex.easier or "", ex.single_leg or "", *ex.substitutes]
    fact, score = _best(q, facts, name_stems)
    if ask.yesno and not score and re.search(r"\b(?:should|worth|good|do|nah|use)\b", plain):
        # "should runners do leg extensions?", "hammy curls or nah": yes, and what it does.
        return f"Yes, it's a good one for runners. {ex.name}: {works}", f"Dose: {ex.dose.text()}."
    if score and ask.yesno and " or " not in f" {normalize(question)} ":
        # An exercise's cues and steps are specific: one shared word is enough to say yes.
        return f"{_yes_no(question, fact, score + 1)}{_end(_cap(fact))}", f"{ex.name}: {ex.dose.text()}."
    if score >= 2 or (score and ask.kind == "check"):
        return _end(_cap(fact)), f"{ex.name}: {ex.dose.text()}."
    if ask.kind == "what" and not ask.yesno and not _WORKS_ASK.search(normalize(question)):
        # "what is a hamstring push-up", "what's the deal with the squat where...": what it is and how.
        steps = " ".join(f"{n}) {_end(s)}" for n, s in enumerate(ex.steps, 1))
        return f"{ex.name}: {_end(ex.summary)} {steps}", f"Dose: {ex.dose.text()}."
    return f"{ex.name}: {_end(ex.summary)} {works}", f"Dose: {ex.dose.text()}."


def muscle_reply(m: Muscle, ask: Ask, q: frozenset[str], question: str) -> tuple[str, str]:
    ex = exercises_for_muscle(m.id)
    names = _join([e.name for e in ex[:4]], "and")
    exercises_asked = bool(
        re.search(r"\b(?:exer\w*|excer\w*|moves?|workouts?|strengthen\w*|stronger)\b", normalize(question))
    )
    if ask.kind in ("howto", "dose", "harder", "easier", "lack") or (exercises_asked and not ask.yesno):
        return f"For the {m.name.lower()}: {names}.", f"In running, {m.role[:1].lower()}{m.role[1:]}"
    if ask.yesno and re.search(r"\b(?:lift|strengthen|train|work|exercise)\b", normalize(question)):
        # "should I lift them?": yes, and with what.
        return (
            f"Yes: strengthen the {m.name.lower()} with {names.lower()}.",
            f"In running, {m.role[:1].lower()}{m.role[1:]}",
        )
    if ask.kind == "when" and m.when_weak:
        return m.when_weak, f"For the {m.name.lower()}: {names}."
    facts = [m.role, m.balance, m.when_weak or "", *m.parts, m.location]
    fact, score = _best(q, facts, stems(" ".join([m.name, m.full_name, *m.aliases])))
    if score and fact != m.role:
        return _end(_cap(fact)), f"Exercises: {names}."
    why = "Why it matters: " if ask.kind == "why" else ""
    return f"{why}{m.full_name} ({m.location}): {_end(m.role)}", f"Exercises: {names}."


def injury_reply(
    i: Injury, ask: Ask, named: bool, question: str = "", symptom: bool = False
) -> tuple[str, str]:
    helps = [EXERCISES[e] for e in i.helps if e in EXERCISES]
    doses = {e.dose.text() for e in helps[:3]}
    ex = _join([e.name.lower() for e in helps[:3]], "and")
    dose = f" ({doses.pop()} each)" if len(doses) == 1 else ""
    what = i.problem.split(".")[0].split(":")[0]
    hedge = f"I can't diagnose it, but if it's {i.name.lower()} ({what[:1].lower()}{what[1:]}): "
    plain = normalize(question)
    if re.search(r"\b(?:avoid|prevent|protect|stop)\b", plain) and not _PAIN.search(plain):
        hedge = f"To protect against {i.name.lower()}: "  # "how do I avoid hurting my knees?"
    elif question and not _PAIN.search(plain) and not symptom:
        hedge = f"For {i.name.lower()}: "  # "my glutes are weak": not a symptom to diagnose
    frame = f"For {i.name.lower()}: " if named else hedge
    helps_q = ask.yesno and bool(re.search(r"\b(?:help|helps|work|fix|worth)\b", normalize(question)))
    if helps_q:
        # "could strength work help?": the verdict first, then what helps.
        return f"Yes, it can. {frame}{i.advice} Good exercises: {ex}{dose}.", i.caution
    if ask.kind in ("check", "when") and not named:
        return f"{frame}{i.advice} Good exercises: {ex}{dose}.", i.caution
    if ask.kind in ("check", "when"):
        return i.caution, f"What helps {i.name.lower()}: {ex}{dose}."
    if ask.kind == "why":
        return f"{frame}{i.problem}", f"What helps: {ex}{dose}."
    if ask.kind == "dose":
        return (
            f"{_cap(ex)}{dose}, as part of your strength sessions: twice a week, sometimes three.",
            i.caution,
        )
    return f"{frame}{i.advice} Good exercises: {ex}{dose}.", i.caution


_PAIN = re.compile(
    r"\b(?:pain|painful|hurt|hurts|hurting|sore|ache|aches|aching|achy|niggle|niggles|twinge|cave|caves|"
    r"collapse|collapses|drift|drifts|tender|swollen|swell\w*|injur\w*|pop\w*|twist\w*|sharp|numb)\b"
)
_SYMPTOM = frozenset(
    "pain hurt hurts sore ache aches aching bad weak cave collapse drift lean leaning".split()
)


def _names_injury(i: Injury, question: str) -> bool:
    """The question names the injury itself, not just a symptom ("knee pain" could be many things)."""
    text = f" {normalize(question)} "
    names = [i.name, i.id.replace("_", " "), *(a for a in i.aliases if not set(a.split()) & _SYMPTOM)]
    return any(f" {normalize(n)} " in text for n in names)


def rule_reply(r: Rule, ask: Ask, q: frozenset[str], question: str) -> tuple[str, str]:
    sents = sentences(r.text)
    fact, score = _best(q, sents, stems(r.title) if len(sents) > 2 else frozenset())
    lead = sents[0] if not score or fact == sents[0] else fact
    at = sents.index(lead)
    if at > 0 and re.match(r"(?:They|It|This|These|That|Those)\b", lead):
        lead = f"{sents[at - 1]} {lead}"  # "They copy running...": say what "they" are first
        at -= 1
    elif len(lead) < 90 and at + 1 < len(sents):
        lead = f"{lead} {sents[at + 1]}"  # a short sentence says too little alone ("Both work.")
    support = "" if lead.startswith(sents[0]) or len(sents[0]) > 160 else sents[0]
    if ask.kind == "easier":
        start = [s for s in sents if re.search(r"\b(?:start|begin|first|simple|progress|easy)\w*", s, re.I)]
        if start:
            first = start[0][:1].lower() + start[0][1:] if start[0][:2] != "I " else start[0]
            return ("Yes, start simple: " if ask.yesno else "Start simple: ") + first, ""
    if r.id == "about":
        return lead, support  # the help text takes no verdict
    if ask.yesno and score and not ask.compare and " or " not in f" {normalize(question)} ":
        # A rule's sentence is advice: one shared word is enough to say yes to it.
        lead = _yes_no(question, lead, score + 1) + lead
    if r.id == "warm_up" and ask.kind in ("howto", "what", "dose"):
        support = "For example: " + "; ".join(x.rstrip(".") for x in WARMUP.render()[:3]) + "."
    elif r.id == "stretch_after" and ask.kind in ("howto", "what", "dose"):
        support = "For example: " + "; ".join(x.rstrip(".") for x in COOLDOWN.render()[:3]) + "."
    elif r.id == "muscles_used":
        support = (
            "; ".join(f"{m.name}: {m.role.split(',')[0].split('.')[0].lower()}" for m in MUSCLES.values())
            + "."
        )
    return lead, support


def equipment_reply(e: Equipment) -> tuple[str, str]:
    return f"No {e.name.lower()}? " + " ".join(_end(s) for s in e.substitutes), ""


def compose(
    topic_id: str,
    ref: object,
    question: str,
    *,
    named: bool = True,
    brief: bool = False,
    symptom: bool = False,
) -> str:
    """The reply for one topic: lead (1–3 sentences), at most one support line, a pointer."""
    ask = ask_of(question)
    q = stems(question)
    hit = direct(topic_id, normalize(question))
    because = reason(topic_id) if ask.kind == "why" else None
    if because is not None and isinstance(ref, Rule):
        causal = [s for s in sentences(ref.text) if _CAUSE.search(s)]
        own = stems(ref.title) | GENERIC
        fact, score = _best(q, causal, own)
        if score and score >= len((q - own) & stems(because)):
            because = fact  # "why would a longer stride make me faster": the stride sentence
    if because is not None and ask.yesno and because.startswith("Because ") and not _NEG.search(question):
        because = "Yes, because " + because[len("Because ") :]  # "is it worth it?" asks for a verdict
    if because is not None:
        lead, support = because, ""  # "why not the day before?": the reason, not the rule again
    elif hit is not None:
        either = bool(re.search(r"\b(?:before or after|after or before)\b", normalize(question)))
        if (not ask.yesno or either) and _LEAD_VERDICT.match(hit):
            hit = _cap(_LEAD_VERDICT.sub("", hit, count=1))  # "where should leg day go?" takes no "No:"
        lead, support = hit, ""
    elif isinstance(ref, Exercise):
        lead, support = exercise_reply(ref, ask, q, question)
    elif isinstance(ref, Muscle):
        lead, support = muscle_reply(ref, ask, q, question)
    elif isinstance(ref, Injury):
        lead, support = injury_reply(ref, ask, named and _names_injury(ref, question), question, symptom)
    elif isinstance(ref, Rule):
        lead, support = rule_reply(ref, ask, q, question)
    elif isinstance(ref, Equipment):
        lead, support = equipment_reply(ref)
    else:
        return ""
    if brief:
        return _end(lead)
    parts = [_end(lead)]
    if support and len(lead) + len(support) < 420 and support not in lead:
        parts.append(_end(support))
    out = " ".join(parts) if len(parts[0]) < 200 else "\n".join(parts)
    ptr = pointer(topic_id)
    return out + (f"\n{ptr}" if ptr else "")
