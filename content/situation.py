"""The runner's situation, held against a reply: kit they need or lack (and the filters that drop or
swap kit from a reply), kit they own, a claim they were told ("someone said never stretch"), and
the body they describe (pain, one side, a warning twinge, a young runner) with the lines it adds.
"""

from __future__ import annotations

import re
from dataclasses import replace

from content.anatomy import INJURIES
from content.asks import POINTER, SENTENCE
from content.exercises import EXERCISES
from content.model import Answer
from content.text import STOPWORDS, normalize
from content.topics import topic_title

# "can I use a swiss ball instead", "could I do it with a step": kit the runner has, for the last exercise.
USE_KIT = re.compile(
    r"\b(?:use|with|on|onto|off) (?:a |an |my |the |some )?((?:swiss |exercise |stability |yoga )?"
    r"(?:ball|chair|step|stairs?|bench|box|dumbbells?|weights?|strap|wall|sofa|couch|bed|table|stool|"
    r"ottoman|desk|kerb|curb))\b"
)


HOLD = re.compile(r"\bhow long (?:do|should|can) (?:i|you) hold\b|\bhold (?:it|that|them|the \w+) for\b")


NEED_KIT = re.compile(
    r"\b(?:do|will|would) (?:i|you) need (?:any |special |a |an |the |some |extra )*(kit|equipment|gear|"
    r"anything|ball|bench|weights?|dumbbells?|machine|chair|step|box|strap)\b|"
    r"\bwhat (?:kit|equipment|gear) (?:do|will) i need\b"
)


def kit_needed(topic_id: str, asked: str = "") -> str | None:
    """What an exercise uses (or a muscle's or injury's exercises use), from the exercise table."""
    kind, _, key = topic_id.partition(":")
    if kind == "exercise":
        exs = [EXERCISES[key]] if key in EXERCISES else []
    elif kind in ("muscle", "injury"):
        part = "hips" if key == "hip_weakness" else key
        exs = [e for e in EXERCISES.values() if part in e.primary and not e.variation_of][:3]
    else:
        return None
    if not exs:
        return None
    lines = []
    for e in exs:
        if not e.equipment:
            lines.append(f"{e.name}: no kit needed.")
            continue
        line = f"{e.name}: {'; '.join(e.equipment)}."
        if e.substitutes:
            instead = re.sub(r"^no \w+: ", "", e.substitutes[0])
            line += f" Without it: {instead}."
        lines.append(line)
    text = "\n".join(lines)
    if asked and len(exs) == 1 and exs[0].substitutes and any(asked in x for x in exs[0].equipment):
        text = f"Not strictly. {text}"  # "do I need the ball?": there's a way without it
    return text


WEIGHTS = re.compile(r"\b(?:weights?|dumbbells?|added weight|extra weight|weighted|hold (?:a )?weight)\b")


def weighted_of(topic_id: str) -> str | None:
    """The dumbbell version of an exercise (the weighted calf raise for the calf raise), if it has one."""
    if not topic_id.startswith("exercise:"):
        return None
    for t in sorted(family(topic_id) - {topic_id}):
        ex = EXERCISES[t.split(":", 1)[1]]
        base = EXERCISES[topic_id.split(":", 1)[1]]
        if any("dumbbell" in e for e in base.equipment):
            return None  # already done with dumbbells (the lunge)
        if any("dumbbell" in e for e in ex.equipment) and ex.variation_of:
            return t
    return None


KIT_OF = {"rule:machines": "equipment:machines", "rule:free_weights": "equipment:dumbbells"}


KIT_TOPIC = {"equipment:machines": "rule:machines", "equipment:dumbbells": "rule:free_weights"}


KIT_RULES = frozenset("rule:machines rule:free_weights rule:gym_vs_home rule:home_workout".split())


_KIT_NOUNS = (
    r"(?:steps?|stairs?|bench|box|ball|hills?|chair|treadmill|dumbbells?|weights?|machines?|gym|kettlebells?|"
    r"straps?|equipment|kit)"
)


KIT_LACK = re.compile(
    r"\b(?:no|dont have|do not have|havent got|havent|without|cant find|cant get|lack|missing|not got)\s+"
    r"(?:a |an |any |the |access to )?(?:\w+ )?" + _KIT_NOUNS + r"\b|\bno " + _KIT_NOUNS + r"\b"
)


KIT_TOLD = re.compile(r"\b" + _KIT_NOUNS + r"\b")


# Knees that cave in when running: the hips' job (a form sign, not a diagnosis).
KNEES_IN = re.compile(
    r"\bknees? (?:\w+ ){0,3}(?:collaps\w*|cav\w*|drift\w*|fall\w*|go(?:es|ing)?|turn\w*|roll\w*|buckl\w*) "
    r"(?:\w+ ){0,2}(?:in|inwards?|toward(?:s)? each other|together)\b|\bknock kneed\b|\bvalgus\b"
)


# "is that right?", "is she right?", "true?": a claim told just before is the question.
CLAIM_ASK = re.compile(
    r"^(?:and |so |but )?(?:is|are) (?:that|this|it|she|he|they) (?:right|true|correct|legit|a myth|so)\b|"
    r"^(?:true|right|correct|legit|myth)\b"
)


_CLAIM_TOLD = re.compile(
    r"\b(?:says?|said|saying|told me|tells me|reckons?|swears?|heard|read|claims?|thinks?) (?:that )?(.+)$"
)


_NEGATED = re.compile(r"\b(?:never|dont|don t|shouldnt|should not|not|no|avoid|skip)\b")


def told_claim(background: str) -> str | None:
    """The claim in the last background sentence that reports one ("my coach says X"), or None."""
    for told in reversed(SENTENCE.split(background.strip())[-2:]):
        m = _CLAIM_TOLD.search(normalize(told))
        if m and len(m.group(1).split()) >= 3:
            return m.group(1).strip()
    return None


def judge_claim(claim: str, ans: Answer) -> Answer | None:
    """The verdict on the claim, not on its words: "never lift after a hard run" + "No: not on a
    hard-run day" is "Yes, that's right"."""
    negative = bool(_NEGATED.search(claim))
    text = ans.text
    if re.match(r"(?:Skip|Don't|Never|Avoid)\b", text):
        # a rule that forbids: a claim that forbids the same is right; one that asks for it is not
        lead = "Yes, that's right: " if negative else "No: "
        return replace(ans, text=lead + text[:1].lower() + text[1:])
    if text.startswith("No"):
        body = re.sub(r"^No\b[,:.]?\s*", "", text) if re.match(r"No\b", text) else text
        text = ("Yes, that's right: " if negative else "No: ") + body[:1].lower() + body[1:]
    elif text.startswith("Yes"):
        body = re.sub(r"^Yes\b[,:.]?\s*", "", text)
        text = ("Not quite: " if negative else "Yes, that's right: ") + body[:1].lower() + body[1:]
    elif not negative and ans.topics[0] == "rule:recovery_week":
        text = "Yes, that's right: " + text[:1].lower() + text[1:]
    else:
        return None  # a fact, no verdict: the usual reading of the ask
    return replace(ans, text=text)


# A muscle that feels on the edge of an injury ("twingy, like they might go"): a warning sign.
ABOUT_TO_GO = re.compile(
    r"\btwing(?:y|ey|es)\b|\blike (?:it|they|its|theyre|it is|they are) (?:\w+ )?"
    r"(?:about to|going to|gonna|might|could|will) (?:go|pull|tear|snap|ping|give)\b"
)


WARNING_LINE = (
    "A muscle that feels like it might go is a warning: ease off the fast running for a few days, warm "
    "up well before hard sessions, and see a physio if it keeps coming back."
)


# Trouble on one side only: one-legged work, weaker side first.
ONE_SIDE = re.compile(
    r"\b(?:left|right|one) (?:side|leg) only\b|\bonly (?:on )?(?:my |the )?(?:left|right|one) (?:side|leg)\b|"
    r"\b(?:always|only) (?:on )?(?:my |the )?(?:left|right) (?:side|leg)\b|\bone side (?:more|worse) than\b|"
    r"\b(?:left|right) (?:side|leg) (?:always|never|more)\b|"
    r"\b(?:only|always|ever)\b.{0,30}\b(?:on|in) (?:my|the) (?:left|right) (?:side|leg)\b"
)


ONE_SIDE_LINE = (
    "One side only: work each leg on its own (one-legged squats, step-ups, one-legged calf raises), "
    "the weaker side first; one-legged moves help bring up the weaker leg."
)


# The shin in other words: "the inside of my lower leg", "along the shin bone".
SHIN = re.compile(
    r"\b(?:(?:the )?(?:inside|front|inner (?:edge|side)) of (?:my |the )?lower legs?|"
    r"(?:my |the )?lower legs? along the (?:shin ?)?bone|shin ?bones?|tibia)\b",
    re.IGNORECASE,
)


# "is that bad?", "is it normal?": the runner wants a verdict on the symptom itself.
IS_BAD = re.compile(
    r"\b(?:is|are) (?:that|it|this|they|those) (?:bad|normal|a problem|an issue|ok|okay|serious|a concern|"
    r"something to worry about)\b|\bshould i (?:be )?worr(?:y|ied)\b"
)


# Words that make an injury alias a symptom ("bad knees", "knee pain"), not the injury's name.
VAGUE = frozenset("pain hurt hurts sore ache aches aching bad weak dodgy".split())


PRO_SAID = re.compile(r"\b(?:physio\w*|doctor)\b")


PHYSIO_LINE = "If the pain persists or gets worse, see a physio or doctor."


# "popped during lunges", "while doing calf raises": the move that hurt it.
# "hurt it during lunges", "doing squats and got a sharp pain": the move that hurt it.
CAUSE = re.compile(
    r"\b(?:during|while|mid|in the middle of|halfway through)\b|"
    r"\b(?:doing|did) (?:\w+ ){0,2}(?:and|when) (?:i )?(?:got|felt|had|something)\b"
)


def injury_names(topic_id: str) -> tuple[str, ...]:
    """An injury topic's name and aliases (what a runner says when they name it)."""
    i = INJURIES.get(topic_id.split(":", 1)[1])
    return (i.name, *i.aliases) if i is not None else ()


def family(topic_id: str) -> set[str]:
    """An exercise with its base and its variations (the lunge and the walking lunge)."""
    if not topic_id.startswith("exercise:"):
        return {topic_id}
    ex = EXERCISES.get(topic_id.split(":", 1)[1])
    if ex is None:
        return {topic_id}
    base = ex.variation_of or ex.id
    return {f"exercise:{e.id}" for e in EXERCISES.values() if e.id == base or e.variation_of == base}


def _kit_nouns(equipment: tuple[str, ...]) -> list[str]:
    """The key noun of each piece of kit ("a hill with a 5–10% grade" -> "hill")."""
    out = []
    for item in equipment:
        words = [
            w for w in normalize(item.split(",")[0]).split() if w not in STOPWORDS and not w[0].isdigit()
        ]
        if words:
            out.append(words[0] if words[0] in ("hill", "treadmill", "step", "bench") else words[-1])
    return out


def owned_variation(topic_id: str, plain: str) -> str | None:
    """The version of this exercise that the runner's stated kit fits, when theirs isn't mentioned."""
    ex = EXERCISES.get(topic_id.split(":", 1)[1])
    if ex is None:
        return None
    words = set(plain.split()) | {w.rstrip("s") for w in plain.split()}
    mine = _kit_nouns(ex.equipment)
    if any(
        re.search(rf"\b(?:a|an|have|got|has|near|nearby|some|the|with|own) (?:\w+ )?{k}s?\b", plain)
        for k in mine
    ):
        return None  # they have its own kit ("a hill near me"); "my hill strength" is not a hill
    for other in sorted(family(topic_id) - {topic_id}):
        o = EXERCISES[other.split(":", 1)[1]]
        need = _kit_nouns(o.equipment)
        if set(need) <= set(mine):
            continue  # same kit as the exercise itself (the hip raises' ankle weight): nothing to swap for
        if need and all(k in words for k in need) and not KIT_LACK.search(plain):
            return other
    return None


# Kit a reply may suggest: (what the runner calls it, how a reply mentions it).
_KIT_WORDS: tuple[tuple[str, str], ...] = (
    ("treadmill", r"treadmills?"),
    ("ball", r"(?:exercise |swiss |stability |gym )?balls?"),
    ("dumbbells", r"dumbbells?|free weights|hand weights|(?<!ankle )weights"),
    ("ankle weights", r"ankle weights?|ankle straps?"),
    ("machines", r"machines?"),
    ("kettlebell", r"kettlebells?"),
    ("gym", r"gym"),
    ("stairs", r"stairs?|staircase|stairway"),
    ("step", r"(?:a |the |on a |on the )(?:low )?step(?! ?ups?\b)|steps(?! ?ups?\b)"),
    ("box", r"box(?:es)?(?! hops?\b)"),
    ("chair", r"chairs?"),
    ("bench", r"bench(?:es)?(?! step)"),
)


# What to use instead of kit the runner said they lack, said when a sentence naming it was dropped.
_KIT_SWAP = {
    "chair": "rest your heels on the edge of a sofa or bed that won't slide instead",
    "ball": "rest your heels on the edge of a sofa or bed that won't slide instead",
    "stairs": "any low, solid block or kerb that won't tip does the job, or do them flat on the floor",
    "step": "any low, solid block or kerb that won't tip does the job, or do them flat on the floor",
    "box": "a low, solid platform that won't move, or stick with line hops on the floor",
    "bench": "a sturdy low platform or the bottom of a solid staircase that won't move",
    "dumbbells": "bodyweight works: go slower, or do the one-legged version to make it harder",
    "machines": "bodyweight versions at home work: one-legged squats, lunges, bridges and calf raises",
    "gym": "at home, bodyweight works: one-legged squats, lunges, hamstring push-ups, bridges, calf raises",
}


_LACK_BEFORE = (
    r"\b(?:no|without|dont have|do not have|havent got|not got|cant (?:use|get to|access)|no access to|lack)"
    r"\s+(?:a |an |any |the |access to )?(?:\w+ )?(?:(?:or|nor|and) (?:a |an |any |the )?(?:\w+ )?)?"
)


_HOUSEHOLD = frozenset("stairs step box chair bench".split())  # "only have dumbbells" still has a chair


_ONLY_KIT = re.compile(r"\b(?:only (?:have|has|got|own)|all i (?:have|own|got) is|just (?:have|has|got))\b")


def lacked(plain: str) -> list[str]:
    """The pieces of kit the runner says they lack ("no treadmill access", "only has a treadmill and
    some dumbbells" lacks the rest)."""
    out = [name for name, words in _KIT_WORDS if re.search(_LACK_BEFORE + rf"(?:{words})\b", plain)]
    m = _ONLY_KIT.search(plain)
    if m:
        tail = plain[m.end() : m.end() + 80]
        owned = [name for name, words in _KIT_WORDS if re.search(rf"\b(?:{words})\b", tail)]
        if owned:
            # What they own is all they have; a gym still has its machines.
            has_gym = "gym" in owned or "machines" in owned
            out += [
                n
                for n, _ in _KIT_WORDS
                if n not in owned and n != "gym" and n not in _HOUSEHOLD and not (n == "machines" and has_gym)
            ]
        if "kettlebell" in owned:
            out = [n for n in out if n != "dumbbells"]  # a kettlebell is held like a dumbbell
    return list(dict.fromkeys(out))


_SAYS_LACK = re.compile(r"\b(?:no|without|skip|instead|dont|don't|isnt|isn't|or no)\b", re.IGNORECASE)


def focus_swap(text: str, exercise: str) -> str:
    """A "No bench?" reply cut to the exercise asked about: its swap sentence, not the others', and no
    second card glued after it."""
    name = topic_title(exercise) or ""
    others = [e.name for e in EXERCISES.values() if e.name != name]
    lines = text.split("\n")
    first = lines[0]
    if not first.startswith("No ") or name not in first:
        return text
    head, _, rest = first.partition("? ")
    parts = re.split(r"\s(?=(?:" + "|".join(re.escape(o) for o in [*others, name]) + r"):)", rest)
    mine = [p for p in parts if p.startswith(f"{name}:")]
    if not mine:
        return text
    tail = [x for x in lines[1:] if POINTER.match(x)]
    return "\n".join([f"{head}? {mine[0].strip()}", *tail])


def drop_kit(text: str, kit: list[str]) -> str:
    """The reply without the sentences that suggest kit the runner said they lack."""
    pats = [re.compile(rf"\b(?:{w})\b", re.IGNORECASE) for n, w in _KIT_WORDS if n in kit]
    if not pats:
        return text
    lines = []
    dropped: set[str] = set()
    for line in text.split("\n"):
        if POINTER.match(line):
            lines.append(line)
            continue
        kept = []
        for p in SENTENCE.split(line):
            if not any(k.search(p) for k in pats) or _SAYS_LACK.search(p):
                kept.append(p)
                continue
            # "Good choices: dumbbell lunges, the wall squat with an exercise ball, ...": the items
            # that need the missing kit go, the others stay.
            dropped.update(n for n, w in _KIT_WORDS if n in kit and re.search(rf"\b(?:{w})\b", p, re.I))
            items = re.split(r",\s+(?:and\s+)?", p)
            label = re.match(r"^[^:]{1,40}:\s+", items[0])
            left = [x for x in items if not any(k.search(x) for k in pats)]
            alts = re.split(r"\s+or\s+", p.rstrip("."))
            alt_left = [x for x in alts if not any(k.search(x) for k in pats)]
            if len(items) > 1 and left and ":" in left[0]:
                kept.append(", ".join(left).rstrip(".") + ".")
            elif len(alts) > 1 and alt_left and alt_left[0] == alts[0]:
                # "A sturdy chair pushed against a wall or a stair or a solid low box": the others stay.
                kept.append(" or ".join(alt_left) + ".")
            elif len(items) > 1 and left and label and not _VERDICT_WORD.match(label.group(0)):
                # "Calf raise: the bottom stair, or any low solid block": the label, then what's left.
                rest = re.sub(r"^(?:or|and)\s+", "", ", ".join(left)).rstrip(".")
                kept.append(f"{label.group(0)}{rest}.")
        # "No hill? Or do a plyometric session": the "Or" pointed at a dropped sentence.
        if kept != SENTENCE.split(line):
            kept = [re.sub(r"^Or (\w)", lambda m: m.group(1).upper(), x) for x in kept]
        if kept:
            lines.append(" ".join(kept))
    body = [x for x in lines if not POINTER.match(x)]
    swaps = list(dict.fromkeys(_KIT_SWAP[n] for n in kit if n in dropped and n in _KIT_SWAP))
    if swaps and (not body or _THIN.match(" ".join(body)) or len(" ".join(body)) < 60):
        # All that was left was a verdict about the missing kit ("Either works: ..."): what to use instead.
        names = " or ".join(n for n in kit if n in dropped)
        body = [f"No {names}? " + "; ".join(swaps[:2])[:1].upper() + "; ".join(swaps[:2])[1:] + "."]
        lines = body + [x for x in lines if POINTER.match(x)]
    out = "\n".join(lines)
    return out if any(not POINTER.match(x) for x in lines) else text


_VERDICT_WORD = re.compile(r"^(?:Yes|No|Either|Both|Neither)\b")


_THIN = re.compile(r"^(?:Either works|Both work)\b[^.]*\.?$")


# A young runner: the article doesn't cover them; honest general guidance.
RETURN_LEAD = (
    "Coming back: start light (one or two sets, no added weight), slow and controlled, and build up "
    "over the weeks; stop anything that hurts."
)


YOUNG = re.compile(
    r"\b(?:i ?a?m|im|is|shes|hes|aged?|turning) (?:1[0-7])\b|\b1[0-7] (?:years? old|yo|y o)\b|\bteen\w*|"
    r"\b(?:high school|school (?:xc|cross country|team))\b|\bmy (?:son|daughter|kid|kids|child)\b"
)


YOUNG_ASK = re.compile(
    r"\b(?:too young|young to|stunts?|growth|growing|teenagers? (?:should|lift|do)|safe|ok for|okay for|"
    r"what would you (?:suggest|recommend)|"
    r"should (?:she|he|they|teenagers?|kids|i) (?:be )?(?:lift|do|start|train)|"
    r"(?:can|could) (?:she|he|they|teenagers?|kids) (?:lift|do|start|train))"
)


YOUNG_TEXT = (
    "The article doesn't cover young runners, so this is general guidance: strength work done well is fine "
    "for teenagers and helps them as runners. Start with the bodyweight basics and good form (calf raises, "
    "one-legged squats, bridges, step-ups, hops over a line), twice a week, 15 to 20 minutes; add weights "
    "gradually and, ideally, with a coach watching technique. Sensible, supervised lifting isn't known to "
    "stunt growth; if in doubt, ask a doctor or the school coach.\nTry one: /workout home"
)


# A session just done ("my first leg session yesterday", "the day after squats") and "is this normal?".
AFTER_SESSION = re.compile(
    r"\b(?:session|leg day|legday|workout|lifting|lifted|squats?|lunges?|gym|strength)\b.{0,60}"
    r"\b(?:yesterday|last night|today|this morning|day after|next day|since)\b|"
    r"\b(?:yesterday|last night|day after|next day)\b.{0,60}"
    r"\b(?:session|leg day|workout|lifting|squats?|lunges?)\b"
)


NORMAL_ASK = re.compile(
    r"\b(?:normal|expected|to be expected|is (?:this|that|it) ok|did i (?:hurt|injure|damage))\b"
)


# Pain in one joint or part is not the soreness after a session.
PART_PAIN = re.compile(
    r"\b(?:knee|shin|heel|ankle|foot|back|hip|achilles)s?\b.{0,20}\b(?:pain|hurts?|aches?)\b"
)
