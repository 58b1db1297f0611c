"""The runner's situation, held against a reply: kit they need or lack (and the filters that drop or
swap kit from a reply), kit they own, a claim they were told ("someone said never stretch"), and
the body they describe (pain, one side, a warning twinge, a young runner) with the lines it adds.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import replace

from content import rx
from content.anatomy import INJURIES
from content.asks import POINTER, SENTENCE
from content.direct import SPELL_WITHOUT_RUNNING, WEIGHTS_NAMED
from content.exercises import EXERCISES
from content.model import Answer
from content.plan import DUMBBELLS_SAID, NO_GRIP, _minutes, cut_back, exercise_names, uneven
from content.text import STOPWORDS, normalize, stem_words
from content.topics import topic_title

# "can I use a swiss ball instead", "could I do it with a step": kit the runner has, for the last exercise.
USE_KIT = rx.compile(
    r"\b(?:use|with|on|onto|off) (?:a |an |my |the |some )?((?:swiss |exercise |stability |yoga )?"
    r"(?:ball|chair|step|stairs?|bench|box|dumbbells?|weights?|strap|wall|sofa|couch|bed|table|stool|"
    r"ottoman|desk|kerb|curb))\b"
)


HOLD = rx.compile(
    r"\bhow long (?:do|should|can) (?:i|you) hold\b|\bhold (?:it|that|them|the \w+) for\b|"
    # (r16 wd) "how long do I stay up there?", "how many seconds at the top?": the hold, said otherwise
    r"\bhow long (?:do|should|can|must|to) (?:i |you )?(?:stay|remain|keep it|keep them|keep my hips|sit|"
    r"pause|be) (?:up|in (?:that|the|this) position|at the top|there|raised|lifted)\b|"
    r"\bhow (?:long|many seconds) (?:\w+ ){0,3}(?:up there|at the top|in the top position)\b"
)


NEED_KIT = rx.compile(
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
            instead = rx.sub(r"^no \w+: ", "", e.substitutes[0])
            kit_said = " ".join(e.equipment)
            said = set(stem_words([w for w in normalize(kit_said).split() if w not in STOPWORDS]))
            new = set(stem_words([w for w in normalize(instead).split() if w not in STOPWORDS]))
            if 2 * len(new - said) > len(new):
                # (a swap the kit list already names, "or a weight hung from a strap", is not said
                # again; the kit it stands in for is named when there are two)
                first = e.equipment[0].split(",")[0]
                pron = "one" if rx.match(r"an? ", first) else "them"
                line += f" Without {first if len(e.equipment) > 1 else pron}: {instead}."
        lines.append(line)
    text = "\n".join(lines)
    if asked and len(exs) == 1 and exs[0].substitutes and any(asked in x for x in exs[0].equipment):
        text = f"Not strictly. {text}"  # "do I need the ball?": there's a way without it
    return text


WEIGHTS = rx.compile(r"\b(?:weights?|dumbbells?|added weight|extra weight|weighted|hold (?:a )?weight)\b")


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
    # (r20 tn) "15k steps a day", "10000 steps": a walking count, not a step to stand on
    r"(?:(?<!\dk )(?<!\d )(?<!thousand )steps?(?! (?:a|per|each|every) day\b)|stairs?|bench|box|ball|hills?|"
    r"chair|treadmills?|dumbbells?|weights?|machines?|gym|kettlebells?|"
    r"straps?|equipment|kit)"
)


# Kit told as hated ("I hate the treadmill with a passion"): not kit they will use.
_WONT_USE = (
    r"hate|hates|cant stand|can not stand|cannot stand|loathe|detest|dislike|not a fan of|dont like|sick of"
)


KIT_LACK = rx.compile(
    r"\b(?:no|dont have|do not have|havent got|havent|without|cant find|cant get|lack|missing|not got|"
    # (r16 zb) "my gym doesn't have any exercise balls", "I don't own a ball", "the gym lacks a treadmill"
    r"doesnt have|does not have|dont own|do not own|doesnt own|lacks|never had|"
    + _WONT_USE
    + r")\s+(?:a |an |any |the |access to )?(?:\w+ )?"
    + _KIT_NOUNS
    + r"\b|\bno "
    + _KIT_NOUNS
    + r"\b"
)


KIT_TOLD = rx.compile(r"\b" + _KIT_NOUNS + r"\b")
# "I hate the treadmill with a passion": kit told, and not to be used.
KIT_HATED = rx.compile(r"\b(?:" + _WONT_USE + r")\s+(?:a |an |any |the |my )?(?:\w+ )?" + _KIT_NOUNS + r"\b")


# Knees that cave in when running: the hips' job (a form sign, not a diagnosis).
KNEES_IN = rx.compile(
    r"\bknees? (?:\w+ ){0,3}(?:collaps\w*|cav\w*|drift\w*|fall\w*|go(?:es|ing)?|turn\w*|roll\w*|buckl\w*|"
    r"wobbl\w*) "
    r"(?:\w+ ){0,2}(?:in|inwards?|toward(?:s)? each other|together)\b|\bknock kneed\b|\bvalgus\b"
)


# "is that right?", "is she right?", "true?": a claim told just before is the question.
# (r18 ta) "is my coach right?", "are my mates right?", "it is true?", "which of them is right?", "who's
# right?": whose claim is right, asked of people or of a claim told in the story
CLAIM_WHO = rx.compile(
    r"^(?:and |so |but )?(?:is|are) (?:my|our|the) \w+(?: \w+)? (?:really |actually )?"
    r"(?:right|correct|wrong)\b|"
    r"^(?:and |so |but )?(?:it|that|this) is (?:really |actually )?(?:true|right|correct)\b|"
    r"^(?:so |and |but )?(?:which (?:one |of them |of us |of the two )?is|who(?:s| is)) (?:right|correct)\b"
)
CLAIM_ASK = rx.compile(
    r"^(?:and |so |but )?(?:is|are) (?:that|this|it|she|he|they) (?:really |actually )?"
    r"(?:right|true|correct|legit|a myth|so)\b|"
    r"^(?:true|right|correct|legit|myth)\b|" + CLAIM_WHO.pattern
)

# "My teammates say lift light... Who's right?": who said it, for the verdict's opener.
CLAIMANT = rx.compile(
    r"\bmy (\w+(?: (?!keeps?\b|kept\b|always\b)\w+)?) (?:keeps? |kept |always )?(?:says?|said|saying|"
    r"told me|tells me|telling me|reckons?|swears?|thinks?|claims?|insists?)\b"
)


def who_right(text: str, background: str) -> str:
    """A claim's verdict put as who is right: "No: ..." -> "Not your teammates: ..."."""
    m = CLAIMANT.search(normalize(background))
    if m is None:
        return text
    who = m.group(1)
    plural = who.endswith("s") and not who.endswith("ss")
    if text.startswith("No: "):
        return f"Not your {who}: " + text[4:]
    if text.startswith("Yes, that's right: "):
        return f"Your {who} {'are' if plural else 'is'}: " + text[len("Yes, that's right: ") :]
    return text


_CLAIM_TOLD = rx.compile(
    # (r17 uc) "the guy at the gym keeps telling me to go light", "she insists lifting slows you"
    r"\b(?:says?|said|saying|told me|tells me|telling (?:me|us)|reckons?|swears?|heard|read|claims?|thinks?|"
    r"insists?|insisted|advised|advises|suggests?|suggested) (?:that )?(.+)$"
)


_NEGATED = rx.compile(r"\b(?:never|dont|don t|shouldnt|should not|not|no|avoid|skip)\b")


def told_claim(background: str, reach: int = 2) -> str | None:
    """The claim in the last background sentence that reports one ("my coach says X"), or None
    (``reach``: how many of the last sentences are read)."""
    for told in reversed(SENTENCE.split(background.strip())[-reach:]):
        m = _CLAIM_TOLD.search(normalize(told))
        if m and len(m.group(1).split()) >= 3:
            return m.group(1).strip()
    return None


_BULK_FEAR = rx.compile(r"\b(?:bulk\w*|slow\w*|big|light)\b")
_PURPOSE = rx.compile(r"\b(?:so|so that|in case) (?:i|you|we|they|it) (?:dont|wont|do not|will not)\b.*$")
_NO_BULK = rx.compile(
    r"\b(?:wont|will not|doesnt|does not|dont|do not|wouldnt|not|never) "
    r"(?:\w+ ){0,3}(?:bulk\w*|slow\w*|big)\b"
)


def judge_claim(claim: str, ans: Answer) -> Answer | None:
    """The verdict on the claim, not on its words: "never lift after a hard run" + "No: not on a
    hard-run day" is "Yes, that's right"."""
    negative = bool(_NEGATED.search(claim))
    text = ans.text
    if rx.match(r"(?:Never|Don't|Do not) (?:skip|miss|forget|neglect|leave out)\b", text):
        # "Never skip the warm-up" asks for it: a claim that asks for the same is right
        lead = "No: " if negative else "Yes, that's right: "
        return replace(ans, text=lead + text[:1].lower() + text[1:])
    if rx.match(r"(?:Skip|Don't|Never|Avoid)\b", text):
        # a rule that forbids: a claim that forbids the same is right; one that asks for it is not
        lead = "Yes, that's right: " if negative else "No: "
        return replace(ans, text=lead + text[:1].lower() + text[1:])
    if ans.topics[0] == "rule:bulk" and _BULK_FEAR.search(claim) and not _CLAIM_TOLD.search(claim):
        # (r17 uc) "the guy at the gym says go light so I don't bulk up": the claim is right only if it
        # says lifting won't bulk or slow you, whatever the article's reply opens with (two sides told,
        # "my coach says X but my dad says Y", are weighed by who_right)
        fear = _PURPOSE.sub("", claim)
        body = rx.sub(r"^(?:No|Yes)\b[,:.]?\s*", "", text)
        lead = "Yes, that's right: " if _NO_BULK.search(fear) else "No: "
        text = lead + body[:1].lower() + body[1:]
    elif text.startswith("No"):
        body = rx.sub(r"^No\b[,:.]?\s*", "", text) if rx.match(r"No\b", text) else text
        text = ("Yes, that's right: " if negative else "No: ") + body[:1].lower() + body[1:]
    elif text.startswith("Yes"):
        body = rx.sub(r"^Yes\b[,:.]?\s*", "", text)
        text = ("Not quite: " if negative else "Yes, that's right: ") + body[:1].lower() + body[1:]
    elif not negative and ans.topics[0] == "rule:recovery_week":
        text = "Yes, that's right: " + text[:1].lower() + text[1:]
    else:
        return None  # a fact, no verdict: the usual reading of the ask
    return replace(ans, text=text)


# A muscle that feels on the edge of an injury ("twingy, like they might go"): a warning sign.
ABOUT_TO_GO = rx.compile(
    r"\btwing(?:y|ey|es)\b|\blike (?:it|they|its|theyre|it is|they are) (?:\w+ )?"
    r"(?:about to|going to|gonna|might|could|will) (?:go|pull|tear|snap|ping|give)\b"
)


# (r16 wb) A niggle that keeps coming back ("my hamstring keeps tweaking every time I do speed work",
# "shin splints keep returning even with new shoes"): not acute, but recurring, so a back-off and a
# physio line go with whatever answers it.
KEEPS_RECURRING = rx.compile(
    r"^(?=.*\b(?:knees?|kneecaps?|shins?|splints?|hips?|calf|calves|heels?|ankles?|hamstrings?|hammies|quads?|"
    r"glutes?|thighs?|achilles|groin|feet|foot|it band|itb|muscles?|niggles?|tweaks?|strains?|pain|aches?)\b)"
    r".*\b(?:(?:keeps?|kept|always|still) (?:on )?(?:coming back|returning|recurring|reappearing|tweaking|"
    r"twinging|tightening up|tightening|flaring(?: up)?|pulling|niggling|going again)|"
    r"(?:keeps?|kept) (?:getting|picking up) (?:\w+ )?(?:tweaks?|strains?|pulls?|niggles?|shin splints)|"
    r"(?:tweak|pull|strain|tear|twang)(?:s|ed)? (?:\w+ ){0,2}"
    r"(?:again|every time|every single time|each time)|"
    r"(?:recurring|recurrent|repeated|repeat) (?:\w+ )?"
    r"(?:strains?|tweaks?|pulls?|pain|shin splints|niggles?)|"
    r"again and again|over and over|(?:came|come|comes) back (?:again|every)|back again)\b"
)


def recur_line(plain: str) -> str:
    """The back-off and physio line for a niggle that keeps coming back (shins: a stress fracture to
    rule out)."""
    shin = rx.search(r"\bshins?\b|\bsplints?\b", plain)
    return (
        "As it keeps coming back, ease off the running that sets it off for a while and have a physio or "
        + (
            "doctor check it (shin pain that keeps returning can be a stress fracture)."
            if shin
            else "doctor check it."
        )
    )


WARNING_LINE = (
    "A muscle that feels like it might go is a warning: ease off the fast running for a few days, warm "
    "up well before hard sessions, and see a physio if it keeps coming back."
)


# Trouble on one side only: one-legged work, weaker side first.
ONE_SIDE = rx.compile(
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
SHIN = rx.compile(
    r"\b(?:(?:the )?(?:inside|front|inner (?:edge|side)) of (?:my |the )?lower legs?|"
    r"(?:my |the )?lower legs? along the (?:shin ?)?bone|shin ?bones?|tibia)\b",
    re.IGNORECASE,
)


# "is that bad?", "is it normal?": the runner wants a verdict on the symptom itself.
IS_BAD = rx.compile(
    r"\b(?:is|are) (?:that|it|this|they|those) (?:bad|normal|a problem|an issue|ok|okay|serious|a concern|"
    r"something to worry about)\b|\bshould i (?:be )?worr(?:y|ied)\b"
)


# Words that make an injury alias a symptom ("bad knees", "knee pain"), not the injury's name.
VAGUE = frozenset("pain hurt hurts sore ache aches aching bad weak dodgy".split())


PRO_SAID = rx.compile(r"\b(?:physio\w*|doctor)\b")


PHYSIO_LINE = "Ease off whatever brings it on; if it persists or gets worse, see a physio or doctor."


# "popped during lunges", "while doing calf raises": the move that hurt it.
# "hurt it during lunges", "doing squats and got a sharp pain": the move that hurt it.
CAUSE = rx.compile(
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


@functools.lru_cache(maxsize=64)
def _has_kit(noun: str) -> re.Pattern[str]:
    """ "a hill near me", "have a box": the runner has this kit (a noun of the exercises'), compiled once."""
    return rx.compile(rf"\b(?:a|an|have|got|has|near|nearby|some|the|with|own) (?:\w+ )?{noun}s?\b")


# Hills told as steeper than the article's 5-10% grade.
_TOO_STEEP = rx.compile(
    r"\b(?:hills?|climbs?|slopes?|inclines?)\b(?:\s+\w+){0,8}\s+(?:(?:too|really|very|super|crazy|"
    r"brutally) steep|brutal|(?:1[2-9]|[2-9]\d) ?(?:%|percent|per cent))|\b(?:steep|brutal) hills?\b"
)


def owned_variation(topic_id: str, plain: str) -> str | None:
    """The version of this exercise that the runner's stated kit fits, when theirs isn't mentioned."""
    ex = EXERCISES.get(topic_id.split(":", 1)[1])
    if ex is None:
        return None
    words = set(plain.split()) | {w.rstrip("s") for w in plain.split()}
    mine = _kit_nouns(ex.equipment)
    if any(_has_kit(k).search(plain) for k in mine) and not _TOO_STEEP.search(plain):
        # they have its own kit ("a hill near me"); "my hill strength" is not a hill. (Hills told as too
        # steep, "brutal, 15%+", with a treadmill to hand: the treadmill's incline is set to the grade.)
        return None
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
    r"\b(?:no|without|dont have|do not have|havent got|not got|cant (?:use|get to|access)|no access to|lack|"
    r"doesnt have|does not have|dont own|do not own|doesnt own|lacks|never had|" + _WONT_USE + r")"
    r"\s+(?:a |an |any |the |access to )?(?:\w+ )?(?:(?:or|nor|and) (?:a |an |any |the )?(?:\w+ )?)?"
)


# Each piece of kit's "no <kit>" pattern, compiled once (built in lacked(), each of the dozen was
# compiled again whenever re's 512-entry cache had let it go).
_LACKS = tuple((name, rx.compile(_LACK_BEFORE + rf"(?:{words})\b")) for name, words in _KIT_WORDS)


_HOUSEHOLD = frozenset("stairs step box chair bench".split())  # "only have dumbbells" still has a chair


_ONLY_KIT = rx.compile(r"\b(?:only (?:have|has|got|own)|all i (?:have|own|got) is|just (?:have|has|got))\b")


# "only a chair at home", "just a chair", "the only equipment I have is a chair": the thing named is all.
_ONLY_THING = rx.compile(
    r"\b(?:only|just) (?:a |an |one |my |the |some )?(?:\w+ )?(?=(?:chairs?|benche?s?|steps?|stairs|box|"
    r"dumbbells?|kettlebell|treadmill|ball)\b)|"
    r"\bonly (?:equipment|kit|thing)\b(?: \w+){0,3} (?:is|are) (?=(?:a |an |my |the |some )?(?:\w+ )?"
    r"(?:chairs?|benche?s?|steps?|stairs|box|dumbbells?|kettlebell|treadmill|ball)\b)"
)


def lacked(plain: str) -> list[str]:
    """The pieces of kit the runner says they lack ("no treadmill access", "only has a treadmill and
    some dumbbells" lacks the rest)."""
    out = [name for name, lack in _LACKS if lack.search(plain)]
    if "have any" in plain or "own any" in plain or "got any" in plain:
        # "hip strengtheners need ankle weights but I don't have any": the lack told after the kit
        out += [
            name
            for name, words in _KIT_WORDS
            if rx.search(
                rf"\b(?:{words})\b(?: \w+){{0,2}} (?:but |and )?i (?:dont|do not|havent) "
                r"(?:have|own|got) any\b",
                plain,
            )
        ]
    m = _ONLY_KIT.search(plain) or (
        _ONLY_THING.search(plain) if ("only" in plain or "just" in plain) else None
    )
    if m:
        tail = plain[m.end() : m.end() + 80]
        owned = [name for name, words in _KIT_WORDS if rx.search(rf"\b(?:{words})\b", tail)]
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
    if NO_GRIP.search(plain):
        # (r16 wb) "wrist tendonitis, can't grip dumbbells: how do I do lunges?": nothing held in the hands
        out += ["dumbbells", "kettlebell"]
    return list(dict.fromkeys(out))


_SAYS_LACK = rx.compile(r"\b(?:no|without|skip|instead|dont|don't|isnt|isn't|or no)\b", re.IGNORECASE)


def focus_swap(text: str, exercise: str, still: bool = False) -> str:
    """A "No bench?" reply cut to the exercise asked about: its swap sentence, not the others', and no
    second card glued after it. (r19 tj) Asked "can I still do it?" (``still``): yes first, the swap after
    ("Yes, without the exercise ball: keep your back flat on the wall...")."""
    name = topic_title(exercise) or ""
    others = [e.name for e in EXERCISES.values() if e.name != name]
    lines = text.split("\n")
    first = lines[0]
    if not first.startswith("No ") or name not in first:
        return text
    head, _, rest = first.partition("? ")
    parts = rx.split(r"\s(?=(?:" + "|".join(re.escape(o) for o in [*others, name]) + r"):)", rest)
    mine = [p for p in parts if p.startswith(f"{name}:")]
    if not mine:
        return text
    tail = [x for x in lines[1:] if POINTER.match(x)]
    if still:
        how = rx.sub(r"^skip the [\w ]+?, ", "", mine[0].strip()[len(name) + 2 :])
        return "\n".join([f"Yes, without the {head[3:].lower()}: {how}", *tail])
    return "\n".join([f"{head}? {mine[0].strip()}", *tail])


_CARD_LABEL = rx.compile(r"([A-Z][\w' -]{1,40}): (?=[A-Z])")


def _agree(name: str, verb: str) -> str:
    """ "It works" said of "Hill repeats": "Hill repeats work" (a plural name takes the plain verb)."""
    if rx.search(r"[^s]s$", name) and rx.search(r"[^s]s$", verb) and verb not in ("is", "has", "was"):
        return verb[:-1]
    return {"is": "are", "has": "have", "was": "were"}.get(verb, verb) if rx.search(r"[^s]s$", name) else verb


# (r16 zb) "(an exercise ball also works)": an aside offering the lacked kit as another way, cut alone
_ALSO_ASIDE = rx.compile(r" \(([^()]*\b(?:also works?|works too|also fine|instead)\b[^()]*)\)")
# "Wall squat: 1) Trap a pumped-up exercise ball ...": one exercise's numbered steps on a line
_STEPS_LINE = rx.compile(r"^([A-Z][\w' -]{1,40}): 1\) ")


def swap_steps(text: str, kit: list[str], swap: Callable[[str, list[str]], str | None]) -> str:
    """(r16 zb) "my gym has no exercise balls. how do I do the wall squat and the hamstring one?": each
    move's steps that need the lacked kit give way to that move's own stand-in ("Wall squat, no ball:
    lean your back flat against the wall..."), so no steps built round the ball are cut into fragments."""
    pats = [rx.compile(rf"\b(?:{w})\b", re.IGNORECASE) for n, w in _KIT_WORDS if n in kit]
    if not pats:
        return text
    by_name = {e.name.lower(): e.id for e in EXERCISES.values()}
    lines = []
    for line in text.split("\n"):
        m = _STEPS_LINE.match(line)
        ex = by_name.get(m.group(1).lower()) if m else None
        bare = _ALSO_ASIDE.sub("", line)
        if ex is not None and any(k.search(bare) for k in pats):
            said = swap(f"exercise:{ex}", kit)
            if said:
                head, _, rest = said.partition("? ")
                name = m.group(1) if m else ""
                line = f"{name}, {head[:1].lower()}{head[1:]}: {rest[:1].lower()}{rest[1:]}"
        lines.append(line)
    return "\n".join(lines)


# (r16 wb) A numbered step that holds the dumbbells ("1) Hold a dumbbell in each hand, at your sides or
# above your head."): for a runner who can't hold them, the hands go on the hips instead.
_HELD_STEP = rx.compile(r"(?<=\d\) )Hold (?:a |two |the )?dumbbells?\b[^.]*\.")


def hands_free_steps(text: str, kit: list[str]) -> str:
    """The steps with no dumbbell held when the runner lacks them or can't grip them."""
    if "dumbbells" not in kit or "Hold " not in text:
        return text
    return _HELD_STEP.sub("Put your hands on your hips (no weights).", text)


def drop_kit(text: str, kit: list[str], plain: str = "") -> str:
    """The reply without the sentences that suggest kit the runner said they lack (``plain``: the
    message, for weights they do have)."""
    pats = [rx.compile(rf"\b(?:{w})\b", re.IGNORECASE) for n, w in _KIT_WORDS if n in kit]
    if not pats:
        return text
    # "(an exercise ball also works)": the other way offered goes, the step it sits in stays
    text = "\n".join(
        _ALSO_ASIDE.sub(lambda m: "" if any(k.search(m.group(1)) for k in pats) else m.group(0), x)
        for x in text.split("\n")
    )
    lines = []
    dropped: set[str] = set()
    # ("How do I do a hamstring push-up, and what if I have no chair?": the steps stay whole when the
    # reply also says what to use instead; cut, they would read as a broken list)
    swap_said = any(rx.match(r"No [^?]{2,40}\? ", x) for x in text.split("\n"))
    for line in text.split("\n"):
        if POINTER.match(line):
            lines.append(line)
            continue
        if line.startswith("• ") and any(k.search(line) for k in pats):
            # "• Bench step-up (a knee-high step or bench): ...": the lacked kit out of the brackets; a
            # bullet that needs it outside them goes
            def _unbracket(m: re.Match[str]) -> str:
                said = rx.split(r",? or ", m.group(1))
                alts = [a for a in said if not any(k.search(a) for k in pats)]
                lead = rx.match(r"(?:on|in|at|with) (?:a |an |the )?", said[0])
                if alts and lead and not alts[0].startswith(lead.group(0).split()[0]):
                    alts[0] = lead.group(0) + alts[0]  # "on a stair or ledge" -> "on a ledge"
                return f" ({' or '.join(alts)})" if alts else ""

            line = rx.sub(r" \(([^)]*)\)", _unbracket, line)
            if not any(k.search(line) for k in pats):
                lines.append(line)
            continue
        kept: list[str] = []
        orphan = ""  # the "Bench step-up: " of a labelled sentence cut whole, for the sentence after it
        for p in SENTENCE.split(line):
            if not any(k.search(p) for k in pats) or _SAYS_LACK.search(p):
                if orphan and not kept:
                    # "Bench step-up: A simple, valuable step onto a low bench ... It works the quads":
                    # the name is the subject of what's left ("Bench step-up works the quads ..."),
                    # not lost, nor left on a fragment ("Bench step-up: A simple.")
                    verb = p.split(" ", 2)[1] if p.startswith("It ") and " " in p[3:] else ""
                    p = f"{orphan} {_agree(orphan, verb)}{p[3 + len(verb) :]}" if verb else f"{orphan}: {p}"
                orphan = ""
                kept.append(p)
                continue
            if swap_said and rx.search(r"(?:^|: )\d+\) ", p):
                kept.append(p)
                continue
            # "Good choices: dumbbell lunges, the wall squat with an exercise ball, ...": the items
            # that need the missing kit go, the others stay.
            dropped.update(n for n, w in _KIT_WORDS if n in kit and rx.search(rf"\b(?:{w})\b", p, re.I))
            items = rx.split(r",\s+(?:and\s+)?", p)
            if len(items) == 2 and not rx.search(r",\s+(?:and|or)\s", p):
                # "A simple, valuable step onto a low bench": adjectives, not a list of two things
                items = [p]
            label = rx.match(r"^[^:]{1,40}:\s+", items[0])
            left = [x for x in items if not any(k.search(x) for k in pats)]
            alts = rx.split(r"\s+or\s+", p.rstrip("."))
            alt_left = [x for x in alts if not any(k.search(x) for k in pats)]
            clauses = p.rstrip(".").split("; ")
            clause_left = [x for x in clauses if not any(k.search(x) for k in pats)]
            if (
                len(clauses) > 1
                and clause_left
                and clause_left[0] == clauses[0]
                and not any(rx.match(r"(?:or|and|but)\b", x) for x in clause_left)
            ):
                # "Keep to two or three sessions a week; a treadmill on an incline can stand in for
                # hills": the clause about the lacked kit goes, the rest stays whole.
                kept.append("; ".join(clause_left) + ".")
            elif len(items) > 1 and left and ":" in left[0]:
                kept.append(", ".join(left).rstrip(".") + ".")
            elif len(alts) > 1 and alt_left and alt_left[0] == alts[0]:
                # "A sturdy chair pushed against a wall or a stair or a solid low box": the others stay.
                kept.append(" or ".join(alt_left) + ".")
            elif len(items) > 1 and left and label and not _VERDICT_WORD.match(label.group(0)):
                # "Calf raise: the bottom stair, or any low solid block": the label, then what's left.
                rest = rx.sub(r"^(?:or|and)\s+", "", ", ".join(left)).rstrip(".")
                kept.append(f"{label.group(0)}{rest}.")
            elif not kept and (named := _CARD_LABEL.match(p)):
                orphan = named.group(1)  # cut whole: its name goes on the next sentence
        # "No hill? Or do a plyometric session": the "Or" pointed at a dropped sentence.
        if kept != SENTENCE.split(line):
            kept = [rx.sub(r"^Or (\w)", lambda m: m.group(1).upper(), x) for x in kept]
        if kept:
            lines.append(" ".join(kept))
    if "machines" in kit or "gym" in kit:
        # "Good exercises: quadriceps extension, hamstring curl and leg press": machines by another name
        # ((r16 wa) no gym: no machines either)
        lines, cut = _drop_machine_moves(lines)
        if cut:
            dropped.add("machines")
    if "dumbbells" in kit or ("gym" in kit and not WEIGHTS_NAMED.search(plain)):
        # (r16 wa) "no gym": "Good exercises: calf raise, wall toe raise and weighted calf raise": the
        # dumbbell version of a move already listed goes (the bodyweight one stays)
        lines, _ = _drop_machine_moves(lines, _WEIGHTED_MOVES)
    if "machines" in dropped and not any(
        rx.search(r"\b(?:squats?|lunges?|push ?ups?|bridges?|calf raises?|step ?ups?)\b", x, re.I)
        for x in lines
        if not POINTER.match(x)
    ):
        # "runner's knee, only a chair at home": the card's machines out, the moves that need none in
        at = 1 if lines and not POINTER.match(lines[0]) else 0
        lines.insert(at, NO_MACHINE_MOVES)
        lines = [
            rx.sub(
                r"/exercise (?:quadriceps extension|hamstring curl|leg press)\b",
                "/exercise one-legged squat",
                x,
            )
            if POINTER.match(x)
            else x
            for x in lines
        ]
    body = [x for x in lines if not POINTER.match(x)]
    swaps = list(dict.fromkeys(_KIT_SWAP[n] for n in kit if n in dropped and n in _KIT_SWAP))
    if swaps and (not body or _THIN.match(" ".join(body)) or len(" ".join(body)) < 60):
        # All that was left was a verdict about the missing kit ("Either works: ..."): what to use instead.
        names = " or ".join(n for n in kit if n in dropped)
        body = [f"No {names}? " + "; ".join(swaps[:2])[:1].upper() + "; ".join(swaps[:2])[1:] + "."]
        lines = body + [x for x in lines if POINTER.match(x)]
    # (r20 tp) a verdict whose whole answer needed the lacked kit ("Yes: hold a dumbbell in each hand..."
    # under "no weights") is no answer left standing bare
    lines = [x for x in lines if not rx.fullmatch(r"(?:Yes|No)[:,.]?\s*", x)]
    out = "\n".join(lines).lstrip("\n")  # (nor a blank line left leading where it stood)
    return out if any(not POINTER.match(x) for x in lines) else text


_MACHINE_MOVES = rx.compile(
    r"\b(?:leg press(?:es)?|hamstring curls?|quadriceps extensions?|leg curls?|leg extensions?)\b", re.I
)
_MOVES_LISTED = rx.compile(r"^(?:Good exercises|Good choices|Good moves|Best moves|Try)\b[^:]{0,30}: ")


_WEIGHTED_MOVES = rx.compile(r"\bweighted [a-z-]+(?: [a-z-]+)?\b", re.I)


def _drop_machine_moves(lines: list[str], moves: re.Pattern[str] = _MACHINE_MOVES) -> tuple[list[str], bool]:
    """The lines without the machine moves (or ``moves``) a "Good exercises: ..." sentence lists;
    whether any went."""
    out, cut = [], False
    for line in lines:
        if POINTER.match(line) or not moves.search(line):
            out.append(line)
            continue
        kept = []
        for p in SENTENCE.split(line):
            head = _MOVES_LISTED.match(p)
            if not head or not moves.search(p):
                kept.append(p)
                continue
            body, _, dose = p[head.end() :].partition(" (")
            items = [x for x in rx.split(r",\s+(?:and\s+)?|\s+and\s+", body.rstrip(".")) if x]
            left = [x for x in items if not moves.search(x)]
            cut = True
            if left:
                listed = ", ".join(left[:-1]) + " and " + left[-1] if len(left) > 1 else left[0]
                kept.append(f"{head.group(0)}{listed}" + (f" ({dose}" if dose else "."))
        if kept:
            out.append(" ".join(kept))
    return out, cut


NO_MACHINE_MOVES = (
    "At home, no machines needed: one-legged squats, hamstring push-ups (heels on a chair braced on a wall) "
    "and bridges work the same muscles, 2–3 sets of 12–15, slow and pain-free."
)


_VERDICT_WORD = rx.compile(r"^(?:Yes|No|Either|Both|Neither)\b")


_THIN = rx.compile(r"^(?:Either works|Both work)\b[^.]*\.?$")


# A young runner: the article doesn't cover them; honest general guidance.
RETURN_LEAD = (
    "Coming back: start light (one or two sets, no added weight), slow and controlled, and build up "
    "over the weeks; stop anything that hurts."
)


# (r17 ue) "my son says lift weights" at 63: the son gives the advice, the runner is the one training
KIN_ADVISES = (
    r"(?! (?:\w+ )?(?:says?|said|reckons?|thinks?|told|tells|keeps (?:saying|telling)|suggest\w*|nags?|"
    r"wants me|is a (?:pt|coach|trainer|physio|doctor)))"
)
YOUNG = rx.compile(
    # (r17 va: "is 15 minutes of strength worth it?" is a length, not an age)
    r"\b(?:i ?a?m|im|is|shes|hes|aged?|turning) (?:1[0-7])\b(?! ?(?:mins?|minutes?|secs?|seconds?|reps?|"
    r"sets?|k|kms?|miles?|kgs?|kilos?|lbs?|pounds?|percent|hours?|hrs?|weeks?|wks?|days?|times?|steps?)\b)|"
    r"\b1[0-7] (?:years? old|yo|y o)\b|\bteen\w*|"
    # (r16 zb: "had my daughter in spring" is a birth, not a young runner)
    # ((r17 ua) "I run with my kids": a parent running, not a young runner)
    # ((r18 ta) "after my kids left home", "once my kids grew up": a parent's story, not a young runner)
    r"\b(?:high school|school (?:xc|cross country|team))\b|(?<!had )(?<!with )\bmy (?:son|daughter|kid|kids|"
    r"child)\b(?! (?:left|moved out|grew up|(?:had )?(?:flown|flew) the nest|"
    r"went (?:off )?to (?:uni|college)))" + KIN_ADVISES
)


YOUNG_ASK = rx.compile(
    # ("I'm 16... what jumping drills should I start with?": the drills asked, not the young-runner block)
    r"^(?!.*\b(?:what|which) (?:\w+ )?(?:drills|jumps|plyos|plyometrics|hops|"
    r"plyometric (?:drills|exercises))\b)"
    r"(?=.*\b(?:too young|young to|stunts?|growth|growing|teenagers? (?:should|lift|do)|safe|ok for|okay for|"
    r"what would you (?:suggest|recommend)|"
    # ("what time of year should I be doing most of my strength?": the season's answer, not the age's)
    r"(?<!year )should (?:she|he|they|teenagers?|kids|i) (?:be )?(?:lift|do|start|train)|"
    r"(?:can|could) (?:she|he|they|teenagers?|kids) (?:lift|do|start|train)))"
)


# (r17 vb) "which of my leg exercises would be fine for a class of 9 year olds, and which should I leave
# out?": children (not a teenager's lifting), the moves that suit a group and those to keep back.
CHILDREN = rx.compile(
    r"\b(?:[4-9]|1[0-2])[ -]?(?:years?[ -]olds?|yos?)\b|\b(?:kids|children|pupils|juniors)\b"
)
CHILDREN_ASK = rx.compile(
    r"\b(?:fine|ok|okay|safe|suitable|appropriate|good|right|alright) for (?:a |the |my |our )?(?:class|kids|"
    r"children|pupils|juniors|them|group|\d)|\bleave out\b|\btoo young\b|"
    r"\b(?:can|could|should) (?:kids|children|pupils|they) (?:do|try|lift)\b"
)
CHILDREN_TEXT = (
    "The article doesn't cover children, so this is general guidance. Fine for children: bodyweight moves "
    "done as play, such as bridges, calf raises, hopping back and forth over a line, skipping, and step-ups "
    "onto a low, solid step. Leave out anything loaded (dumbbells, ankle weights, machines) and long "
    "holds or hard one-legged work; keep it short, supervised and fun, with good form over numbers.\n"
    "Try one: /workout home"
)
YOUNG_TEXT = (
    "The article doesn't cover young runners, so this is general guidance: strength work done well is fine "
    "for teenagers and helps them as runners. Start with the bodyweight basics and good form (calf raises, "
    "one-legged squats, bridges, step-ups, hops over a line), twice a week, 15 to 20 minutes; add weights "
    "gradually and, ideally, with a coach watching technique. Sensible, supervised lifting isn't known to "
    "stunt growth; if in doubt, ask a doctor or the school coach.\nTry one: /workout home"
)


# A session just done ("my first leg session yesterday", "the day after squats") and "is this normal?".
AFTER_SESSION = rx.compile(
    r"\b(?:session|leg day|legday|workout|lifting|lifted|squats?|lunges?|gym|strength)\b.{0,60}"
    r"\b(?:yesterday|last night|today|this morning|day after|next day|since)\b|"
    r"\b(?:yesterday|last night|day after|next day)\b.{0,60}"
    r"\b(?:session|leg day|workout|lifting|squats?|lunges?)\b"
)


NORMAL_ASK = rx.compile(
    # (r16 za: "can Monday stay as normal?" keeps a session as usual, it asks about no soreness)
    r"\b(?:(?<!as )(?<!as per )normal|expected|to be expected|is (?:this|that|it) ok|did i (?:hurt|injure|"
    r"damage))\b"
)


# Pain in one joint or part is not the soreness after a session.
PART_PAIN = rx.compile(
    r"\b(?:knee|shin|heel|ankle|foot|back|hip|achilles)s?\b.{0,20}\b(?:pain|hurts?|aches?)\b"
)


# ---- A form check: "I do X like this ... am I doing it right?" ------------------------------------
# The runner describes how they do one exercise and asks whether it's right (or what the right form is,
# or which of two people is right): that exercise's cues held against what they describe.

FORM_ASK = rx.compile(
    r"\b(?:am i|are we|are you|is (?:he|she|they)|are they|was i) doing (?:\w+ )?(?:it|this|that|them|these|"
    r"those|"
    r"\w+ )?(?:right|wrong|correctly|incorrectly|ok|okay|properly|badly|fine)\b|"
    r"\bdoing (?:it|this|them|these|those|something|anything) (?:wrong|right|correctly|incorrectly|"
    r"properly)\b|"
    r"\bwhat am i doing wrong\b|\bdoing (?:\w+ )?(?:anything|something) wrong\b|"
    r"\b(?:correct|proper|right|good|best|safe) (?:form|technique|way to do)\b|"
    r"\bform (?:right|ok|okay|correct|wrong|check|good|bad)\b|\bmy form\b|"
    r"\b(?:which|who) (?:one )?of (?:us|them|the two)\b|\bwho(?:s| is) (?:right|correct)\b|"
    r"^(?:so |and |but )?(?:is|was|are) (?:that|this|it|these|those) (?:ok|okay|alright|all right|right|"
    r"correct|"
    r"fine|bad|wrong|a problem|how (?:it|they)|the right way)\b|"
    r"\bshould i (?:be )?(?:holding|hold|pausing|pause|going|stopping|slowing|locking|doing them|doing it)\b|"
    r"\bsupposed to (?:be )?(?:do|done|go|feel|look)\w*\b|\bis (?:this|that) how\b|"
    r"\b(?:anything|something) (?:else )?(?:i should|to) (?:be )?(?:do|doing|change|fix)\w* (?:differently|"
    r"better)\b|"
    r"\bwhat should i (?:change|fix|do differently)\b|"
    r"\b(?:is|was) (?:that|this|it) (?:ok|okay|alright|right|correct|fine|bad|wrong|a problem|too much)\s*$|"
    r"\bdoes (?:it|that|this) (?:even )?matter\b|\bwho(?:s| is) (?:doing (?:it|them) |got it )?(?:better|"
    r"right)\b|"
    r"\bwhat (?:should|can|do) i do about (?:it|that|this)\b|\bhow (?:do|can|should) i (?:fix|stop|"
    r"correct) (?:it|that|this)\b|"
    # "too deep?", "good or bad?", "is that doing anything?", "should I keep going heavier?"
    r"^(?:is (?:that|it|this) |am i (?:going )?|are (?:they|those|these) )?too (?:deep|low|high|far|fast|"
    r"quick|heavy|"
    r"steep|much weight|many)\b|\bgood or bad\b|\b(?:is|are) (?:that|this|it|"
    r"they) (?:even )?(?:doing anything|"
    r"any good|working)\b|\bshould i (?:keep )?(?:go|going|add|adding) (?:even )?(?:heavier|more weight)\b"
)
# (r20 tn) Whether someone else's advice holds: "is she right", "is my coach wrong", "are they right".
_OTHERS_CLAIM_ASK = rx.compile(
    r"\b(?:is|are|was) (?:she|he|they|my \w+|the \w+|her|his) (?:\w+ )?"
    r"(?:right|wrong|correct|onto something)\b"
)
# The fault a "too X?" ask suspects ("my back knee touches the floor. Too deep?").
_TOO = {
    "deep": "depth",
    "low": "depth",
    "far": "depth",
    "high": "height",
    "fast": "speed",
    "quick": "speed",
    "heavy": "ego",
    "much weight": "ego",
    "heavier": "ego",
    "more weight": "ego",
    "steep": "steep",
    "many": "count",
}

# A fault a runner describes, what in the exercise's own cues (or steps) corrects it, and a fallback fix.
# (name, the fault in the runner's words, stems of the cue that corrects it, fallback fix)
_FAULTS: tuple[tuple[str, re.Pattern[str], tuple[str, ...], str], ...] = (
    (
        "bounce",
        rx.compile(r"\bbounc\w*|\bspring\w* (?:up )?(?:out of|off) the bottom"),
        ("bounc",),
        "Lower slowly, with no bouncing at the bottom.",
    ),
    (
        "range",
        rx.compile(
            r"\bon (?:the )?flat (?:ground|floor)\b|\bflat on the (?:floor|ground)\b|\bhalf ?way\b|"
            r"\bhalf (?:reps?|range|way)\b|\bpartial\b|"
            r"\b(?:only|just) (?:go|come|"
            r"get) (?:\w+ )?part"
        ),
        ("range", "as high as"),
        "Use the whole range of the movement.",
    ),
    (
        "lock",
        rx.compile(
            r"\b(?:snap\w*|lock\w*|lockout)\b(?! (?:\w+ )?(?:short|before))|"
            r"\bslam\w* (?:my |the |his |her )?(?:knees?|legs?) (?:\w+ )?(?:straight|out|locked)\b|"
            r"\b(?:fully|all the way|dead|completely|bolt) (?:straight|upright)\b|"
            r"\bstraighten\w* (?:\w+ ){0,2}(?:fully|all the way|completely)\b"
        ),
        ("lock",),
        "Don't lock your knees: stop just short of straight, so the muscle keeps the load, not the joint.",
    ),
    (
        "speed",
        rx.compile(
            r"\b(?:swing\w*|momentum|jerk\w*|yank\w*|crash\w*|rush\w*|throw\w*|fling\w*|as fast as|"
            r"really fast|"
            r"super fast|quickly|fast as i can|fast|(?:up|down|reps?|them|it) (?:and down |"
            r"and up )?(?:really |"
            r"super |too )?fast)\b|\b(?:let|letting|lets) (?:it|the weight|the stack|them|the plate\w*) "
            r"(?:\w+ )?(?:drop|fall|crash|slam)\b|\bdrop\w* (?:it|the weight|them)\b|\b(?:pump|bang|"
            r"rattle)\w* (?:them|it|\w+) out\b"
        ),
        ("slow", "control"),
        "Slow and controlled both ways: no swinging, no dropping.",
    ),
    (
        "depth",
        rx.compile(
            r"\bbelow (?:parallel|90)\b|\ball the way down\b|\bas (?:low|deep|far down) as\b|"
            r"\bass to grass\b|"
            r"\b(?:really |super |very )?deep\b|\bknees? (?:\w+ ){0,2}(?:hits?|hitting|bangs?|banging|"
            r"touch\w*|slams?|"
            r"scrap\w*|thud\w*|smack\w*) (?:\w+ ){0,2}(?:floor|ground)\b|"
            r"\bbang\w* (?:\w+ )?(?:on )?the (?:floor|ground)\b"
        ),
        ("90",),
        "Stop when the knee is bent to 90°; don't go lower.",
    ),
    (
        "knees_toes",
        rx.compile(
            r"\bknees? (?:\w+ ){0,4}(?:past|over|beyond|in front of|ahead of) (?:my |the |his |"
            r"her )?(?:toes|feet|foot)\b|"
            r"\bknees? (?:\w+ ){0,3}(?:shoots?|goes|go|travels?|slides?|drifts?|comes?) (?:way )?forward\b"
        ),
        ("in front of your toes", "past your toes"),
        "Don't let your knee travel out past your toes; stop when it's bent to 90°.",
    ),
    (
        "lean",
        rx.compile(
            r"\blean\w* (?:\w+ )?(?:forward|over)\b|\bhunch\w*|\bround\w* (?:my |the |his |her )?back\b|"
            r"\bbend\w* (?:over|forward)\b|\btip\w* forward\b|\bslump\w*"
        ),
        ("upright", "torso", "trunk"),
        "Keep your upper body upright.",
    ),
    (
        # (r15 xd) "I also wobble loads": the balance the move trains, not a fault to stop for
        "wobble",
        rx.compile(
            r"\bwobbl\w*|\bunsteady\b|\blos(?:e|ing) (?:my )?balance\b|\b(?:tip|tipping|topple\w*) over\b"
        ),
        (),
        "The wobble is the balance work doing its job: go slowly, keep your trunk upright, and rest a hand "
        "on a wall or chair until you steady.",
    ),
    (
        "breath",
        rx.compile(r"\bhold\w* (?:my|your|his|her|their|our|the) breath\b|\bholding breath\b"),
        ("breath", "breathe"),
        "Don't hold your breath: breathe out on the effort and in on the way back.",
    ),
    (
        "arch",
        rx.compile(
            r"\barch\w* (?:my |the |his |her )?(?:lower )?back\b|\bback arch\w*|"
            r"\bfeel (?:it|them|this|that) (?:\w+ ){0,6}(?:lower )?back\b"
        ),
        ("arch",),
        "Lift with the glutes, not by arching your lower back.",
    ),
    (
        # "I push my hips up as high as I possibly can": past the straight line
        "too_high",
        rx.compile(
            r"\b(?:push\w*|lift\w*|rais\w*|driv\w*|thrust\w*|go|get)\b(?: \w+){0,3} "
            r"(?:as high as|all the way up|as far as)\b"
        ),
        ("straight line",),
        "Stop when your knees, hips and lower trunk make a straight line.",
    ),
    (
        "no_hold",
        rx.compile(
            r"\b(?:straight|right|come|coming|comes) (?:back )?down\b|\bup and down\b|\bno hold\b|"
            r"\bdont (?:hold|pause)\b|"
            r"\bwithout (?:holding|pausing|a pause|a hold)\b|\bshove\w* (?:my |the )?hips\b"
        ),
        ("hold for",),
        "",
    ),
    (
        "back_leg",
        rx.compile(
            r"\b(?:back|rear|trailing) (?:leg|foot)\b.{0,25}\b(?:does|doing|takes|pushes|"
            r"pushing) (?:\w+ ){0,3}"
            r"(?:work|weight|load)\b"
        ),
        ("front leg does",),
        "",
    ),
    (
        "steep",
        rx.compile(r"\b(?:really |very |super )?steep\b|\b(?:1[1-9]|[2-9]\d) ?(?:%|percent|per cent)"),
        ("steep",),
        "",
    ),
    (
        "down_fast",
        rx.compile(
            r"\b(?:sprint\w*|run|running|race|racing|bomb\w*|fly|flying|charge|charging|"
            r"tear\w*) (?:\w+ ){0,2}"
            r"(?:back )?down\b"
        ),
        ("jog",),
        "",
    ),
    (
        "height",
        rx.compile(
            r"\b(?:hip|waist|thigh|chest) (?:height|high|level)\b|\b(?:high|tall) (?:box|bench|step|wall|"
            r"platform)\b"
        ),
        ("knee height", "height"),
        "",
    ),
    (
        "knees_in",
        rx.compile(
            r"\bknees? (?:\w+ ){0,3}(?:cav\w*|collaps\w*|track\w* in\w*|go(?:es)? in\w*|turn\w* in\w*|"
            r"drift\w* in\w*|"
            r"fall\w* in\w*|buckl\w* in\w*)\b|\bknock kneed\b"
        ),
        ("in line",),
        "Keep each knee in line over your foot, not drifting inward: weak hips and glutes usually let it "
        "drift, so add the side-lying hip raise and the bridge.",
    ),
    (
        "slides",
        rx.compile(r"\b(?:slid\w*|slips?|slipping|moves? away|rolls? away)\b|\btip(?:s|ping|ped)? over\b"),
        ("brace", "won't", "solid"),
        "Use something solid that can't slide or tip.",
    ),
    (
        "bent_leg",
        rx.compile(r"\bbend\w* (?:my |the )?(?:knee|leg)|\bknee (?:is )?bent\b"),
        ("straight",),
        "Keep the leg straight.",
    ),
    (
        "heels_up",
        rx.compile(r"\bheels? (?:\w+ ){0,2}(?:come|comes|lift\w*|leave|rise|go) (?:up|off)\b|\bheels? off\b"),
        ("heels stay",),
        "Keep your heels on the ground.",
    ),
    (
        "landing",
        rx.compile(
            r"\bland\w* (?:\w+ ){0,2}(?:straight|stiff|locked|hard|heavy|heavily|flat)\b|\bjar\w*|\bstomp\w*|"
            r"\bslam\w* (?:\w+ )?down\b|\bcrash\w* (?:\w+ )?(?:down|land)"
        ),
        ("land softly", "land lightly", "landing"),
        "Land softly, knees bent.",
    ),
    (
        "ego",
        rx.compile(
            r"\bcheat\w*|\bas heavy as (?:i|you) can\b|\bugly\b|\bsloppy\b|\bform (?:goes|breaks|falls)"
        ),
        ("form",),
        "Never trade good form for more weight: pick a load that tires you by 12–15 reps.",
    ),
)

# Only the exercises a fault is about: the hold is the bridge's, the grade and the jog the hills'.
_FAULT_FOR = {
    "no_hold": ("bridge",),
    "landing": ("line_hops", "box_hops", "skipping"),
    "slides": ("hamstring_pushup", "calf_raise", "weighted_calf_raise", "box_hops", "step_up"),
    "bent_leg": ("hip_abduction", "supine_leg_lift"),
    "heels_up": ("toe_raise",),
    "knees_in": (
        "one_leg_squat",
        "weighted_one_leg_squat",
        "wall_squat",
        "lunge",
        "walking_lunge",
        "step_up",
        "leg_press",
        "box_hops",
    ),
    "steep": ("hill_repeats", "treadmill_incline"),
    "down_fast": ("hill_repeats",),
    "height": ("step_up", "box_hops"),
    "arch": ("bridge",),
    "too_high": ("bridge",),
    "back_leg": ("one_leg_squat", "weighted_one_leg_squat"),
    "depth": ("one_leg_squat", "lunge", "walking_lunge", "wall_squat", "weighted_one_leg_squat"),
    "knees_toes": (
        "one_leg_squat",
        "lunge",
        "walking_lunge",
        "wall_squat",
        "weighted_one_leg_squat",
        "step_up",
    ),
    "range": (
        "calf_raise",
        "weighted_calf_raise",
        "toe_raise",
        "leg_press",
        "quad_extension",
        "hamstring_curl",
    ),
}

_OTHER = rx.compile(
    r"\b(?:(?:my|our) (?:\w+ )?(?:partner|friend|mate|buddy|pal|coach|sister|brother|wife|husband|girlfriend|"
    r"boyfriend|teammate|colleague|coworker|dad|mum|mom|son|daughter|trainer|pt|bf|gf|hubby|flatmate|"
    r"housemate|roommate|other half)|he|she|hes|shes|his|her|"
    r"they)\b"
)
_OTHER_NAME = rx.compile(
    r"\bmy ((?:\w+ )?(?:partner|friend|mate|buddy|pal|coach|sister|brother|wife|husband|girlfriend|boyfriend|"
    r"teammate|colleague|coworker|dad|mum|mom|son|daughter|trainer|bf|gf|hubby|flatmate|housemate|roommate|"
    r"other half))\b"
)
_EASY_NOW = rx.compile(
    r"\b(?:too easy|way too easy|feels? easy|feel easy|getting easy|easy now|no challenge)\b"
)
_COUNT_SAID = rx.compile(
    r"\b(\d{1,3}) (?:reps?|repeats?|times|of them|each|hops|at a time|in a row|straight)\b"
)
_MINE = rx.compile(r"\b(?:i|im|ive|my|me|mine)\b")


# Every exercise name and alias (normalised, longer than three letters) with its pattern, compiled
# once: built in the loop, they overflowed re's cache of 512 and were compiled again on every call.
_EXERCISE_NAMES: tuple[tuple[str, str, re.Pattern[str]], ...] = tuple(
    (name, e.id, rx.compile(rf"\b{re.escape(name)}s?\b"))
    for e in EXERCISES.values()
    for name in dict.fromkeys(exercise_names(e))
)


def _form_exercise(plain: str) -> str | None:
    """The one exercise the message names (the longest name said: "wall squats", not "squats"); None
    when two are named (a routine, not one exercise's form)."""
    said = [(name, ex_id) for name, ex_id, pattern in _EXERCISE_NAMES if pattern.search(plain)]
    if not said:
        return None
    name, best = max(said, key=lambda x: len(x[0]))
    base = EXERCISES[best].variation_of or best
    for other, ex_id in said:
        if (EXERCISES[ex_id].variation_of or ex_id) != base and other not in name:
            return None
    return best


def _faults(text: str, ex_id: str) -> list[str]:
    out = []
    for name, pat, _, _ in _FAULTS:
        if name in _FAULT_FOR and ex_id not in _FAULT_FOR[name]:
            continue
        if pat.search(text):
            out.append(name)
    ex = EXERCISES[ex_id]
    m = _COUNT_SAID.search(text)
    top = ex.dose.repeats_max or ex.dose.reps_max
    slack = 0 if ex.dose.repeats_max else 3  # 10 hill repeats is over 5–8; 16 reps is about 12–15
    if m and top and int(m.group(1)) > top + slack and ex.dose.hold_s is None:
        out.append("count")
    return out


def _too_faults(asks: list[str]) -> list[str]:
    """The faults "too deep?", "should I go heavier?" suspect."""
    out = []
    for a in asks:
        for m in rx.finditer(
            r"\btoo (deep|low|far|high|fast|quick|heavy|much weight|steep|many)\b|\b(heavier|more weight)\b",
            normalize(a),
        ):
            out.append(_TOO[m.group(1) or m.group(2)])
    return out


def _fix(name: str, ex_id: str) -> str:
    ex = EXERCISES[ex_id]
    keys = next(k for n, _, k, _ in _FAULTS if n == name) if name != "count" else ()
    fallback = next((f for n, _, _, f in _FAULTS if n == name), "")
    if name == "count":
        d = ex.dose
        if d.repeats_min:
            return f"{d.repeats_min} to {d.repeats_max} repeats is the article's dose, not more."
        return (
            f"{d.reps}–{d.reps_max} reps a set is the target: if you can do far more, make it harder instead."
        )
    for line in (*ex.cues, *ex.steps):
        low = line.lower()
        if any(rx.search(rf"\b{re.escape(k)}", low) for k in keys):
            return line
    return fallback


# (r17 ub) someone's advice against a fault ("my mate says never hold your breath on the leg press")
_ADVICE_AGAINST = rx.compile(
    r"\b(?:says?|said|told (?:me|us)|tells (?:me|us)|reckons|insists)(?: that)?(?: \w+){0,2} "
    r"(?:never|dont|do not|not to|no)\b"
)


def form_check(message: str, asks: list[str], background: str) -> tuple[str, str] | None:
    """The reply to "I do X like this ... am I doing it right?" (and its topic), or None.

    Only when the message names one exercise, asks about its form, and describes something the
    exercise's cues correct; the fixes lead, each in the exercise's own words where it has them."""
    # "a 12% hill": the figure survives normalising
    message, background = message.replace("%", " percent"), background.replace("%", " percent")
    asks = [a.replace("%", " percent") for a in asks]
    plain = normalize(message)
    # "When I do box jumps I land stiff." reads as an ask (it starts with "when") but tells what they do
    # ((r16 za) but "How steep a hill should I look for, how many times up, and is it ok to jog down?"
    # asks its first two parts, question mark or not)
    told_asks = [
        a
        for a in asks
        if not FORM_ASK.search(normalize(a))
        and not a.rstrip().endswith("?")
        and not rx.match(
            r"(?:(?:and|so|but|also) )*(?:how|what|which|where|"
            r"why|who|should|can|could|would|will|is|are|do|does)\b",
            normalize(a),
        )
    ]
    asks = [a for a in asks if a not in told_asks]
    background = " ".join([background, *told_asks]).strip()
    if not background and len(asks) == 1:
        # "been doing lunges with my knee way over my toes lol is that bad": one unpunctuated message
        one = normalize(asks[0])
        m = FORM_ASK.search(one)
        if m and len(one[: m.start()].split()) >= 5:
            background, asks = one[: m.start()], [one[m.start() :]]
    asks = [a for a in asks if FORM_ASK.search(normalize(a))]  # ("...and how often?": answered after it)
    if any(_OTHERS_CLAIM_ASK.search(normalize(a)) for a in asks):
        # (r20 tn) "She says light and lots is best... Is she right or should I go heavier?": the claim
        # told is what's weighed, not the form of the move they do it with
        return None
    if not asks or not background.strip():
        return None  # another ask too ("...and how often?"), or nothing described: the usual reading
    ex_id = _form_exercise(plain)
    if ex_id is None:
        return None
    ex = EXERCISES[ex_id]
    # What they describe: the background and the asks, less the form question itself.
    told = normalize(" ".join([background, *[FORM_ASK.sub(" ", a) for a in asks]]))
    faults = _faults(told, ex_id)
    too = [f for f in _too_faults(asks) if f not in _FAULT_FOR or ex_id in _FAULT_FOR[f]]
    bg = normalize(background)
    if (
        not rx.search(r"\b(?:i|im|ive|id|my|me|we|our|he|she|hes|shes|they|his|her)\b|\b\d+\b", bg)
        and len(bg.split()) < 8
    ):
        return None  # "ATG squats for runners, good or bad?": a question about the move, not their habit
    if _ADVICE_AGAINST.search(bg):
        return None  # (r17 ub) "my mate says never hold your breath...": advice told, not what they do
    if not _faults(bg, ex_id) and not (too and _form_exercise(bg)):
        if (
            CHRONIC_LIKE.search(bg)
            and _form_exercise(bg) == ex_id
            and any(
                rx.search(r"\b(?:wrong|correct form|proper form|right form|technique)\b", normalize(a))
                for a in asks
            )
        ):
            # "my knees ache when I do lunges, what am I doing wrong?": its key cues to check, and the physio
            cues = [
                c for c in ex.cues if not rx.search(r"\b(?:breathe|weight that tires|pick a)\b", c.lower())
            ][:3]
            lines = ["Check these first:", *[f"• {c}" for c in cues]]
            lines.append("If it still aches with good form, see a physio or doctor.")
            lines.append(f"Full card: /exercise {ex.name.lower()}")
            return "\n".join(lines), f"exercise:{ex_id}"
        return None  # "is it ok if my knees go past my toes?": a question, not what they do
    faults += [f for f in too if f not in faults]
    which = any(
        rx.search(
            r"\b(?:which|who) (?:one )?of (?:us|them|the two)\b|\bwho(?:s| is) (?:doing (?:it|them) |"
            r"got it )?"
            r"(?:right|correct|better)\b",
            normalize(a),
        )
        for a in asks
    )
    lead = "Not quite."
    said_asks = " ".join(normalize(a) for a in asks)
    too_word = rx.search(r"\btoo (deep|low|far|high|fast|quick|heavy|steep|many|much)\b", said_asks)
    if (
        rx.search(r"\b(?:bad|wrong|a problem|incorrectly|badly)\b", said_asks)
        and "good or bad" not in said_asks
    ):
        lead = "Yes, worth fixing:"  # "is that bad?", "am I doing it wrong?"
    elif rx.search(r"\bdoes (?:it|that|this) (?:even )?matter\b", said_asks):
        lead = "Yes, avoid it:"
    elif rx.search(r"^(?:how|what)\b", said_asks) and rx.search(
        r"\b(?:fix|stop|correct|do about)\b", said_asks
    ):
        lead = "To fix it:"  # "how do I fix that?"
    elif too_word:
        lead = f"Yes, too {too_word.group(1)}:"  # "too deep?"
    elif rx.search(r"\b(?:heavier|more weight)\b", said_asks):
        lead = "No, not yet:"  # "should I keep going heavier?" with the form slipping
    elif rx.search(r"\b(?:doing anything|any good|working)\b", said_asks):
        lead = "Less than it could, done like that:"
    if faults == ["wobble"] and not rx.search(
        r"\b(?:bad|wrong|a problem|normal|incorrectly|badly|worry\w*)\b", said_asks
    ):
        return None  # ("wobbles on calf raises, is that doing anything?": the wobble-is-the-training reply)
    if faults == ["wobble"]:
        lead = "No:"  # ("I wobble on step-ups, is that bad?": the balance at work)
    if which:
        other_name = _OTHER_NAME.search(plain)
        other = f"your {other_name.group(1)}" if other_name else "they"
        theirs: list[str] = []
        mine: list[str] = []
        mine_told = False
        for clause in rx.split(
            r"[.!?;,]\s*|\s+(?:but|whereas|while|and)\s+(?=(?:i|im|ive|he|she|they|my)\b)",
            background,
            flags=re.IGNORECASE,
        ):
            c = normalize(clause)
            if not c:
                continue
            bucket = (
                theirs
                if _OTHER.search(c) and not rx.match(r"(?:i|im|ive)\b", c)
                else mine
                if _MINE.search(c)
                else None
            )
            if bucket is mine:
                mine_told = True
            if bucket is not None:
                bucket += _faults(c, ex_id)
        if theirs and not mine and not mine_told:
            # "my coach says no hold, the physio says hold them": not the runner's own way
            lead = f"Not {other}'s way:" if other != "they" else "Not the way you describe:"
            faults = list(dict.fromkeys(theirs))
        elif theirs and not mine:
            lead = "You are; they aren't." if other == "they" else f"You are; {other} isn't."
            faults = list(dict.fromkeys(theirs))
        elif mine and not theirs:
            verb = "is" if other != "they" else "are"
            lead = f"{other[:1].upper()}{other[1:]} {verb}; you're not quite there."
            faults = list(dict.fromkeys(mine))
        else:
            lead = "Neither quite."
    elif any(
        rx.search(r"\b(?:correct|proper|right|good|best|safe) (?:form|technique|way)\b", normalize(a))
        and not rx.search(r"^(?:is|am|are|do|does|was)\b", normalize(a))
        for a in asks
    ):
        lead = f"{ex.name}, against what you describe:"
    fixes = list(dict.fromkeys(f for f in (_fix(n, ex_id) for n in faults) if f))
    if not fixes:
        return None
    if any(rx.search(r"\b(?:anything|something|what) else\b", normalize(a)) for a in asks):
        # "...and is there anything else I should do differently?": the exercise's other cues too
        fixes += [c for c in ex.cues if c not in fixes][: max(0, 4 - len(fixes))]
    lines = [lead] + [f"• {f}" for f in fixes[:4]]
    d = ex.dose
    if "no_hold" in faults and d.hold_s:
        lines.append(f"Dose: {d.text()}.")
    elif _COUNT_SAID.search(told) and not {"count", "steep"} & set(faults):
        lines.append(f"Dose: {d.text()}.")
    if _EASY_NOW.search(told) and ex.harder:
        lines.append(f"Too easy once the form is right? {ex.harder}")
    if CHRONIC_LIKE.search(told):
        lines.append("If the ache persists once the form is fixed, see a physio or doctor.")
    lines.append(f"Full card: /exercise {ex.name.lower()}")
    return "\n".join(lines), f"exercise:{ex_id}"


CHRONIC_LIKE = rx.compile(r"\b(?:pain|painful|aches?|aching|achy|hurts?|hurting|niggles?|sore|tender)\b")


# ---- Too much, with the signs: "legs three times a week, four months, no break; flat on runs" -------
_FREQ_HIGH = rx.compile(
    r"\b(?:four|five|six|seven|4|5|6|7) (?:times|days|x|sessions|days in a row)(?: a| per| each)? week\b|"
    r"\b[4-7] ?x (?:a |per )?week\b|\bevery (?:single )?day\b|\bdaily\b"
)
_NO_BREAK = rx.compile(
    r"\bno (?:breaks?|rest|time off|rest weeks?|deloads?|recovery weeks?|weeks? off|days? off)\b|"
    r"\bwithout (?:a |any )?(?:single )?(?:break|breaks|rest|week off|time off|days? off)\b|"
    r"\b(?:months?|weeks) (?:straight|non ?stop|in a row|solid|without (?:a )?(?:break|missing))\b|"
    r"\bnever (?:take|taken|had|took) (?:a |any )?(?:break|week off|rest)|"
    r"\bnever (?:missing|missed|skipping|skipped) (?:a |one |any |single )?(?:week|session)s?\b|"
    r"\b(?:havent|have not|hasnt|not) (?:taken|had) (?:a |any )?(?:week off|break|rest week)"
)
_WORN = rx.compile(
    r"\b(?:flat|heavy|tired|sluggish|dead|fatigued|exhausted|drained|no energy|wiped|knackered|stale|"
    r"not sleeping|sleeping badly|cant sleep|(?:poor|bad|rubbish) sleep|sore|no pop|stalled|plateau\w*|dying|"
    r"stagnat\w*|going backwards|not improving|(?:times|running|pace) (?:\w+ )?(?:stuck|flatlined)|"
    r"(?:times?|running|pace|runs|races?) (?:\w+ )?(?:got|gotten|getting|are|is|went) (?:\w+ )?"
    r"(?:worse|slower))\b"
)
_AFTER_HARD = rx.compile(
    r"\b(?:after|following) (?:my |the |each )?(?:intervals?|interval sessions?|speed ?(?:work|sessions?)|"
    r"tempos?|"
    r"tempo runs?|track (?:sessions?|workouts?)|hard (?:runs?|sessions?)|long runs?)\b|"
    r"\bon (?:my |the )?(?:interval|tempo|track|speed|long run) (?:days|nights|sessions)\b"
)
_BEFORE_RUN = rx.compile(
    r"\b(?:legs|lift\w*|strength|gym|squats?|weights|leg day) (?:\w+ ){0,3}(?:first|before)\b.{0,50}"
    r"\b(?:runs?|tempo|intervals?|10k|5k|track)\b|"
    r"\bthen (?:\w+ ){0,2}(?:out|go|head) (?:\w+ ){0,2}(?:for|on|to) (?:a |my |the )?(?:\w+ ){0,2}"
    r"(?:runs?|tempo|intervals?|track)\b"
)
_LIFTING = rx.compile(r"\b(?:lift\w*|legs|leg (?:day|workouts?|sessions?)|strength|weights|gym|squats?)\b")
OVER_ASK = rx.compile(
    r"\b(?:doing (?:\w+ )?wrong|too much|overdo\w*|overtrain\w*|(?:take|taking|have|need) (?:a |some )?"
    r"(?:time off|break|week off|rest)|time off|should i (?:change|cut|stop|drop|swap|switch|flip)|"
    r"what should i change|why (?:do|are|is|am)|swap the order|change the order|whats going on|what gives|"
    r"(?:do|doing|try|change) (?:anything|something) (?:different\w*|else)|(?:change|do) anything|"
    r"do (?:\w+ )?differently|anything (?:i should|to) change|(?:mix|switch|change|shake) (?:it|things|"
    r"stuff|them) up)\b|"
    # "what did I mess up?", "where did I go wrong?", "what went wrong?": what in their habits was too much
    r"\b(?:what|where|how) (?:did|have|do) i (?:\w+ )?(?:mess\w*|screw\w*|muck\w*|go|gone|get|got|do|done) "
    r"(?:\w+ )?(?:up|wrong)\b|\bwhat went wrong\b|\bwhere it went wrong\b|\bwhat (?:am|was) i doing wrong\b|"
    # "should I ease off / scale it back?", "...and how long before the race do I stop?"
    r"\b(?:ease|scale|dial|wind|tone) (?:it |things |them )?(?:off|back|down)\b|"
    r"\bhow (?:long|close|soon) before (?:the |my |a )?(?:race|marathon|half|10k|5k|ultra)\b"
)
# (r16 za) "do I need to stop completely?", "should I quit lifting altogether?": stopping for good, asked.
_STOP_ALL = rx.compile(
    r"\b(?:stop|quit|drop|give up|pack in)(?: \w+){0,2} (?"
    r":completely|altogether|entirely|for good|totally)\b|"
    r"\b(?:completely|altogether|totally) (?:stop|quit|give up)\b"
    r"|\bstop (?:it |lifting |strength )?(?:or what|for now)\b|"
    r"\b(?:need|have|got) to (?:stop|quit|give up)\b"
)
# The asks an overload reply covers: the over asks and stopping for good.
OVER_COVERS = rx.compile(rf"{OVER_ASK.pattern}|{_STOP_ALL.pattern}")
# Lifting too heavy for good form: "as heavy as I can, to failure, form gets ugly".
_TOO_HEAVY = rx.compile(
    r"\b(?:to failure|as heavy as (?:i|possible)|max(?:imum)? weight|(?:form|technique) (?:\w+ ){0,3}"
    r"(?:ugly|sloppy|breaks? down|falls? apart|goes|gets (?:bad|messy|ugly|sloppy)))\b"
)
# Signs that have lasted: "stalled", "all the time", "for weeks", "lately".
_LASTING = rx.compile(
    r"\b(?:stalled|plateau\w*|stagnat\w*|going backwards|not improving|all the time|lately|for weeks|"
    r"constantly|always|every (?:run|single run)|never (?:feel )?fresh|these days|recently|stuck)\b"
)
# "I'm wondering if I'm overdoing it." told, then "should I change anything?": the worry is the ask.
_OVER_TOLD = rx.compile(r"\b(?:overdo\w*|overtrain\w*|too much)\b")
_TWICE = rx.compile(
    r"\b(?:twice|two times|2 ?x|two (?:leg |strength |gym )?sessions) (?:a|per|each) ?week\b|"
    r"\btwice weekly\b"
)
_HARD_NAMED = rx.compile(r"\b(?:intervals?|tempo|track|speed ?work|long runs?|hills?|threshold)\b")


# "same routine every time", "been doing the same workout for months", "bored": a routine gone stale.
_SAME_ROUTINE = rx.compile(
    r"\bsame (?:\w+ ){0,2}(?:routine|workout|session|exercises|moves|program|programme|plan)\b|"
    r"\b(?:bored|boring|stale|monotonous|repetitive)\b"
)
VARY_LINE = (
    "Vary it: the article says change the routine and work several muscle groups; add new moves (step-ups, "
    "hamstring push-ups, one-legged versions) and more resistance as you get stronger, a load that tires "
    "you by 12–15 reps."
)


# Strength work wanted, not yet done ("now I want to add gym for legs", "thinking of starting").
_ADDING = rx.compile(
    r"\b(?:want|wanting|plan|planning|thinking|hoping|going|like|looking) (?:\w+ ){0,2}(?:to )?"
    r"(?:add|adding|start|starting|begin|beginning|include|including|take up|try|trying) (?:\w+ ){0,3}"
    r"(?:gym|strength|weights|lifting|leg (?:work|day|sessions?|workouts?)|legs)\b"
)
# Strength habits they have now ("I lift three times a week", "my leg days").
_LIFTS_NOW = rx.compile(
    r"\b(?:i (?:lift|do (?:legs|leg day|strength|weights|squats)|squat|train legs|hit the gym)|"
    r"(?:my|our) (?:leg days?|leg sessions?|strength sessions?|gym sessions?|lifting)|already (?:lift|do)|"
    r"been (?:lifting|doing (?:legs|strength|weights|leg day)))\b"
)
ADD_CAREFULLY = (
    "Not if you add it carefully: your legs are already busy, so start with two short sessions a week "
    "(15–20 minutes, a load that tires you by 12–15 reps, not to failure), on your easier days or straight "
    "after an easy run, never on a hard-run day or the day before a race. Take a week off strength work "
    "once a month, and if you still feel tired all the time after a few weeks, cut back rather than push "
    "on.\nTry one: /workout"
)


# (r16 zc) A strength session that spoils the runs for days after it ("leg day wrecks my runs for like 3
# days", "I can't run properly for 3 days after squats", "trashed for days after every session").
_DAYS_WRECKED = rx.compile(
    r"\b(?:wreck|kill|ruin|trash|destroy|smash|wipe|nuke|tank|mess|wipes?|murder)\w* (?:up )?(?:\w+ )?"
    r"(?:runs?|running|legs)\b(?: \w+){0,4} (?:for )?(?:like |about |around |a good )?(?:\d+|two|three|four|"
    r"several|a few|a couple of|half the|the whole|the rest of the|all)(?: \w+)? (?:days?|week)\b|"
    r"\b(?:cant|cannot|can not|unable to|struggle to) run (?:\w+ ){0,2}(?:for|the next) (?:like |about )?"
    r"(?:\d+|two|three|four|several|a few|a couple of)? ?days?\b|"
    r"\b(?:trashed|wrecked|destroyed|smashed|wiped out|cooked|fried|toast|dead|ruined|"
    r"useless)\b (?:\w+ ){0,3}"
    r"for (?:like |about |around )?(?:\d+ days|two days|three days|four days|several days|days|a few days|"
    r"half the week|the whole week|the week|all week)\b|"
    r"\b(?:leave|leaves|left) (?:me|my legs) (?:\w+ ){0,2}(?:wrecked|trashed|destroyed|dead|cooked|fried)\b"
    r"(?: \w+){0,4} (?:all week|for days|half the week|the whole week|for the week)\b|"
    # ((r19 tj) "leg day has me cooked for my workouts all week", "wrecked after leg day and my runs suffer")
    r"\b(?:trashed|wrecked|destroyed|smashed|wiped out|cooked|fried|toast|dead|ruined)\b (?:\w+ ){0,5}"
    r"(?:all week|for days|half the week|the whole week|the rest of the week)\b|"
    r"\b(?:trashed|wrecked|destroyed|smashed|wiped out|cooked|fried|toast|dead|ruined)\b.*"
    r"\bmy (?:runs|running|workouts|sessions) (?:always |all |really )?suffer\w*\b"
)
_WRONG_ASK = rx.compile(
    r"\b(?:(?:is|am|was) (?:that|this|it|i) (?:\w+ )?wrong|what am i (?:doing )?(?:doing )?wrong|"
    r"doing (?:\w+ )?wrong|messing (?:it |this |something )?up|screwing (?:it |this )?up)\b|"
    # ((r19 tj) "how do i stop that", "what do I change?", "how to avoid it": a fix asked for)
    r"\bhow (?:do i |can i |to )(?:stop|avoid|prevent|fix) (?:that|this|it)\b|"
    r"\bwhat (?:do|can|should) i change\b"
)
DAYS_WRECKED_TEXT = (
    "Probably too much in one go, if it wipes out your runs for days. Use a resistance "
    "you're comfortable with (tired by the last of 12–15 reps, not to failure) and don't go to extremes; "
    "2–3 sets, 15 to 20 minutes, is enough. Put it on an easy day, never a hard-run day or the day before a "
    "race, run first when they share a day, and take a week off strength work once a month. A day or two "
    "of soreness is normal while you're new to it.\nTry one: /workout"
)


def overload_reply(message: str, asks: list[str]) -> str | None:
    """The runner's strength habits, the signs they're too much (flat, heavy, not sleeping) and an ask
    about it: each habit that goes against the article, fixed (a week off now; twice a week; off the
    hard-run days; run first)."""
    plain = normalize(message)
    if not asks or not _LIFTING.search(plain):
        return None
    cut = cut_back(plain, " ".join(normalize(a) for a in asks))
    if cut is not None:
        return cut  # "...should I ease off, and how long before the race should I stop?": both asks
    if _DAYS_WRECKED.search(plain) and any(
        OVER_ASK.search(normalize(a)) or _WRONG_ASK.search(normalize(a)) for a in asks
    ):
        # (r16 zc) "leg day wrecks my runs for like 3 days, am I doing it wrong?": a verdict, then the
        # article's fixes for a session that is too much
        return DAYS_WRECKED_TEXT
    if not any(OVER_ASK.search(normalize(a)) or _STOP_ALL.search(normalize(a)) for a in asks) and not (
        _OVER_TOLD.search(plain) and _WORN.search(plain)
    ):
        return None
    if rx.search(
        r"\b(?:knees?|shins?|hips?|back|ankles?|heels?|achilles|feet|foot)\b.{0,20}\b(?:sore|pain|hurts?|"
        r"aches?|"
        r"aching)\b",
        plain,
    ):
        return None  # "my knees are sore afterwards": a part that hurts, the symptom's answer
    often = next(
        (
            m
            for m in _FREQ_HIGH.finditer(plain)
            # ("I run four days a week": their running, not their lifting)
            if not rx.search(
                r"\b(?:run|runs|running|ran|jog|jogging|miles|km|train|trains|training|practice|practise|track|"
                r"sport|club|team)\b"
                r"(?: \w+){0,2} ?$",
                plain[max(0, m.start() - 25) : m.start()],
            )
        ),
        None,
    )
    no_break = _NO_BREAK.search(plain)
    if _ADDING.search(plain) and not _LIFTS_NOW.search(plain) and not no_break:
        # "cycle to work every day and run 3x, legs always tired. I want to add gym for legs. Too much?":
        # the "every day" is their riding, the lifting not begun; how to add it without piling on
        return ADD_CAREFULLY
    if not _WORN.search(plain):
        if often and any(
            rx.search(r"\b(?:too much|too often|overdo\w*|overtrain\w*)\b", normalize(a)) for a in asks
        ):
            # "I lift every day and feel great. Is that too much?": more than it needs, said plainly
            stop = (
                "\nNo need to stop altogether: just cut back to twice a week."
                if _STOP_ALL.search(" ".join(normalize(a) for a in asks))
                else ""
            )
            return (
                "Yes, more than you need: twice a week is the article's figure, three at most, because "
                f"muscles get stronger in the rest between sessions. Keep it off hard-run days.{stop}\n"
                "Try one: /workout"
            )
        if _TWICE.search(plain) and any(
            rx.search(r"\b(?:too much|too often|overdo\w*|overtrain\w*)\b", normalize(a)) for a in asks
        ):
            # "I lift twice a week and feel great, am I overdoing it?": no, the article's figure
            return (
                "No: twice a week is what the article suggests (sometimes three). Keep it off hard-run days "
                "and the day before a race, and take a week off strength work once a month.\nTry one: "
                "/workout"
            )
        return None
    after_hard, before = _AFTER_HARD.search(plain), _BEFORE_RUN.search(plain)
    if not (often or no_break or after_hard or before):
        # "Legs feel flat, running's stalled, strength twice a week. Too much?": the monthly week off is
        # the recovery the article builds in; the twice a week itself is fine. Lifting to failure with
        # ugly form, or the day before a weekly race: those fixed first.
        asked_all = " ".join(normalize(a) for a in asks)
        if rx.search(
            r"\b(?:week off|break|time off|rest week|deload|drop|stop|cut|swap|switch|move|order)\b",
            asked_all,
        ) and not _SAME_ROUTINE.search(plain):
            return None  # "legs fried, need a week off?", "should I drop leg day?": their own answers
        if _minutes(plain) or not (
            _OVER_TOLD.search(plain)
            or rx.search(r"\b(?:change|different\w*|switch|mix|vary|shake)\b", asked_all)
        ):
            return None  # "90-minute sessions, wiped out, too much?": the session's length, not recovery
        if not (_LASTING.search(plain) or _TOO_HEAVY.search(plain)):
            return None  # one heavy-legged run is not the months without a break
        fixes = []
        if _SAME_ROUTINE.search(plain):
            # "same routine every time, plateauing and bored": vary it, and make it harder as it gets easy
            fixes.append(VARY_LINE)
        if _TOO_HEAVY.search(plain):
            fixes.append(
                "Lighter: pick a load that tires you by 12–15 reps, 2–3 sets, and never let your form "
                "slip to "
                "lift heavier or grind out more reps."
            )
        if rx.search(r"\b(?:three|3) (?:times|days|x|sessions)(?: a| per| each)? week\b|\b3 ?x\b", plain):
            fixes.append("Three times a week is the article's top end; twice is the usual.")
        weekly_race = rx.search(r"\b(?:parkrun|race|races|racing)\b", plain)
        if weekly_race:
            fixes.append(
                f"Keep the day before your {weekly_race.group(0).replace('racing', 'race')} free of strength "
                "work: your legs need it to recover."
            )
        if fixes:
            opener = (
                "Yes. "
                if fixes[0] == VARY_LINE and rx.search(r"\b(?:change|switch|mix|vary|different)\b", asked_all)
                else "Probably. "
            )
            return opener + "\n".join(fixes) + "\nTry one: /workout"
        lead = "Not the twice a week itself" if _TWICE.search(plain) else "Possibly"
        return (
            f"{lead}: your legs need recovery time. Take a week off strength work now (the article says a "
            "week off once a month gives your body extra recovery), then make every fourth week that week. "
            "Keep sessions off hard-run days and the day before a race, and vary the exercises.\n"
            "Try one: /workout"
        )
    lines = []
    if no_break:
        lines.append(
            "Take a week off strength work now: the article says a week off once a month gives your body "
            "extra recovery, and months without one add up. After that, make every fourth week that week."
        )
    if often and not no_break and _LASTING.search(plain):
        # "legs 6 days a week, now I'm always tired": the recovery first, then the figure
        lines.append(
            "Take a week off strength work now so your legs can recover (the article builds in a week off "
            "once a month anyway)."
        )
    if often:
        lines.append("Then twice a week, three at most: muscles get stronger in the rest between sessions.")
        if not (before or after_hard):
            lines.append("Keep it off hard-run days and the day before a race.")
    if before:
        hard = _HARD_NAMED.search(plain)
        lines.append(
            "Run first, lift after: the article puts the run first when the two share a day"
            + (f"; better still, move the legs off your {hard.group(0)} day to an easy one." if hard else ".")
        )
    elif after_hard:
        lines.append(
            "Keep the lifting off your hard-run days: the article says not on the same day as intervals, "
            "a tempo or a long run, so move it to an easy day."
        )
    asked = " ".join(normalize(a) for a in asks)
    if lines[0].startswith("Then "):
        lines[0] = lines[0][5:6].upper() + lines[0][6:]  # no week off before it
    if rx.search(r"\bcut (?:back|down)\b|\bdo (?:less|fewer)\b", asked):
        lines[0] = "Yes. " + lines[0]
    elif rx.search(
        r"\b(?:take|taking|have|need) (?:a |some )?(?:time off|break|week off|rest)|time off\b", asked
    ):
        lines[0] = "Yes. " + lines[0]
    elif no_break and rx.search(
        r"\b(?:is|are|do|does|should|must) (?:\w+ ){0,4}(?:a break|breaks|time off|a week off|rest weeks?)\b",
        asked,
    ):
        lines[0] = "Yes. " + lines[0]  # (r16 za) "is a break the rule?", "do I need rest weeks?"
    elif rx.search(r"\b(?:swap|switch|flip|change) the order\b|should i (?:swap|switch|flip)", asked):
        lines[0] = "Yes. " + lines[0]
    elif rx.search(r"\bshould i (?:change|do)\b|\b(?:change|do) anything\b|\bsomething different\b", asked):
        lines[0] = "Yes. " + lines[0]
    elif rx.search(r"\b(?:overdo\w*|overtrain\w*|too much)\b", asked) and (often or no_break):
        lines[0] = "Probably. " + lines[0]
    elif rx.search(r"\b(?:wrong|mess\w* (?:\w+ )?up|screw\w* (?:\w+ )?up|muck\w* (?:\w+ )?up)\b", asked):
        lines[0] = "Too much, with too little recovery. " + lines[0] if (often or no_break) else lines[0]
    if (no_break or often) and _STOP_ALL.search(asked):
        # (r16 za) "...is there a rule about time off? do I need to stop completely or what?": the second
        # ask answered too, not left to a why-strength block
        back = "pick the lifting back up" if often else "go back to twice a week"
        lines.append(f"No need to stop for good: keep running through the week off, then {back}.")
    if rx.search(r"\b(?:not sleeping|sleeping badly|cant sleep|(?:poor|bad|rubbish) sleep)\b", plain):
        lines.append("If you still feel flat and sleep badly after the easier weeks, see a doctor.")
    return "\n".join(lines) + "\nTry one: /workout"


# ---- A professional (or coach) told them which muscle is weak: that muscle's work leads ---------------
_PRO_WEAK = rx.compile(
    r"\b(?:(?:my )?(?:physio\w*|doctor|doc|gp|coach|pt|podiatrist|sports therapist|osteo\w*|chiro\w*|"
    r"physical therapist))\b(?: (?:\w+ ){0,2}|(?: \w+){0,10} (?:and |but )?(?:she|he|they) "
    r")(?:said|says|told me|"
    r"thinks|reckons|found|diagnosed)\b(?: that)?(?P<said>.{0,60})"
)
_WEAK_WORD = rx.compile(r"\b(?:weak|weakness|imbalance\w*|underactive|not firing|lazy|inactive)\b")
_MUSCLE_OF = (
    ("hips", rx.compile(r"\b(?:hips?|hip muscles|hip abductors|abductors)\b")),
    ("glutes", rx.compile(r"\b(?:glutes?|glute med\w*|bum|butt)\b")),
    ("hamstrings", rx.compile(r"\b(?:hamstrings?|hammies)\b")),
    ("quads", rx.compile(r"\b(?:quads?|quadriceps|vmo)\b")),
    ("calves", rx.compile(r"\b(?:calf|calves)\b")),
)
_PRO_NAME = rx.compile(
    r"\b(physio|doctor|gp|coach|pt|podiatrist|osteo|chiro|physical therapist|sports therapist)"
)
WEAK_ASK = rx.compile(
    r"\b(?:exercises?|moves?|target|strengthen|work on|focus|what (?:should|can|do) i|which|how (?:do|can|"
    r"should|would) i|set (?:it|that|this|them) up|"
    # "what would you have me do there for the hips?", "what do you suggest?"
    r"what (?:would|do|will) you (?:have|get|put) me (?:do|doing|on)|(?:suggest|recommend)\w*|"
    r"fix|help|routine|plan)\b"
)


_ANKLE_WEIGHTS = rx.compile(r"\bankle (?:weights?|straps?)\b")
_GYM = rx.compile(r"\bgym\b")
_KNEE_DRIFT = rx.compile(
    r"\bknees? (?:\w+ )?(?:drift\w*|cav\w*|collaps\w*|goes in|go in|falls? in|wobbl\w*|rolls? in)\b"
)


def _hip_kit_line(plain: str) -> str | None:
    """Weak hips and the kit told (ankle weights, a gym) or the knee drifting in: how to do the hip work
    with it, and the bridge for the glutes beside it; None when neither was told."""
    kit = _ANKLE_WEIGHTS.search(plain)
    gym = _GYM.search(plain)
    drift = _KNEE_DRIFT.search(plain)
    if not (kit or gym or drift):
        return None
    place = ", at home or on a gym bench" if kit and gym else ""
    where = (
        f"Your ankle weights make them{place}: lie on your side, raise the top leg straight and lower it "
        "slowly, both sides, then the same lift lying on your back"
        if kit
        else "Lie on your side on a gym bench with an ankle weight (or a weight strapped on), raise the top "
        "leg straight and lower it slowly, both sides, then the same lift lying on your back"
        if gym
        else "Lie on your side (an ankle weight when you can), raise the top leg straight and lower it "
        "slowly, both sides, then the same lift lying on your back"
    )
    where += ", plus the bridge for the glutes (hold 30 s)"
    why = " Weak hips let the legs angle inward, so this works on the knee drift." if drift else ""
    return f"{where}.{why}"


# Legs seen angling in or out as the runner runs (knees wobbling or caving, feet turned out like a
# duck's): the article's weak-hips sign. Told, and what to work on asked: the hip work.
_ALIGN_TOLD = rx.compile(
    r"\bknees? (?:\w+ ){0,3}(?:wobbl\w*|cav\w*|collaps\w*|drift\w*|(?:go|goes|going|fall\w*|roll\w*) in)\b|"
    r"\b(?:feet|foot|toes) (?:\w+ ){0,2}(?:point\w*|turn\w*|splay\w*|flare\w*|stick\w*) out\b|"
    r"\bduck (?:feet|footed|walk\w*)\b|\blike a duck\b|\bknock kneed\b|\bbow legged\b"
)
_ALIGN_ASK = rx.compile(
    r"\b(?:working on|work on|focus\w*|be doing|should i do|can i do|exercises?|fix|correct|strengthen|"
    r"help|what (?:should|can|do) i)\b"
)
ALIGN_TEXT = (
    "Work on your hips: weak hip muscles let the legs angle in or out instead of keeping each stride in "
    "line, which is what you are seeing. Twice a week, 2–3 sets:\n"
    "• Side-lying hip raise (ankle weight when you can): 12–15 reps each leg, then the same lift on your "
    "back\n"
    "• Bridge, for the glutes: hold 30 s\n"
    "• One-legged squat, knee tracking over your toes: 12–15 reps each leg\n"
    "Balance moves like these train the small muscles that hold your alignment. If it starts to hurt, have "
    "a physio look at your gait.\nFull card: /exercise side-lying hip raise"
)


def alignment_told(plain: str, asks: list[str]) -> str | None:
    """ "A corporal said my feet point out like a duck and my knees wobble in and out. What should I be
    working on?": the hips' work (normalised message, asks); None unless the legs' line is told and what
    to do is asked."""
    if not _ALIGN_TOLD.search(plain) or not asks:
        return None
    if rx.search(r"\b(?:squat\w*|lunge\w*|step ups?|leg press|land\w*|hops?)\b", plain):
        return None  # a fault in one move: that move's form answer
    if not any(_ALIGN_ASK.search(normalize(a)) for a in asks):
        return None
    if any(rx.search(r"\b(?:caus\w*|why)\b", normalize(a)) for a in asks):
        return None  # "what's causing that?": the cause's answer first
    return ALIGN_TEXT


# Knees that bend back past straight ("I hyperextend", "my knees lock back", "they bow backwards"):
# never lock them, and slow, controlled one-legged work for the muscles that hold the knee.
_OVERSTRAIGHT = rx.compile(
    r"\bhyper ?extend\w*|\bhyper ?extension\b|"
    r"\bknees? (?:\w+ ){0,2}(?:bend\w*|bow\w*|go|goes|going|snap\w*|push\w*|curv\w*) (?:right )?backwards?\b"
)
_OVERSTRAIGHT_ASK = rx.compile(
    r"\b(?:help\w*|exercises?|moves?|fix|anything|what|which|how|safe|strength|can|could|should|would|"
    r"tips?|why|weak\w*|is|does|do)\b"
)
OVERSTRAIGHT_TEXT = (
    "Yes: strength work helps, done with control. Never lock your knees: stop every rep just short of "
    "straight, since a locked knee takes the load off the muscles and puts it on the joint. Then build the "
    "muscles that hold the knee with slow, controlled one-legged moves, the one-legged squat and step-up "
    "(2–3 sets of 12–15 each leg, a hand on a wall at first), with hamstring work to balance the quads. "
    "If a knee gives way or hurts, have a physio look at it.\nFull card: /exercise one-legged squat"
)


# Balance told as going or poor, or the fear of tripping or falling ("my balance isn't what it was",
# "unsteady on uneven ground", "keep almost rolling my ankles"), and what would help asked: one-legged
# moves with a hand on a wall at first.
_BALANCE_TOLD = rx.compile(
    r"\bbalance (?:is |isnt |is not |has |feels |seems |was |just )?(?:\w+ ){0,3}?"
    r"(?:poor|bad|rubbish|terrible|awful|gone|going|worse|off|shot|not (?:great|good|what it)|"
    r"what it (?:was|used to be)|slipping|declin\w*|getting worse)\b|"
    r"\b(?:poor|bad|rubbish|terrible|awful|shaky|wobbly|worse) balance\b|"
    r"\b(?:unsteady|unstable|wobbly|shaky) (?:on (?:\w+ ){0,2}(?:ground|terrain|trails?|paths?|surfaces?|"
    r"roots|rocks|descents?|downhills?)|when i (?:run|land))\b|"
    r"\b(?:worried|scared|afraid|nervous|worry\w*) (?:\w+ ){0,3}(?:fall\w*|trip\w*|stumbl\w*)\b|"
    # (ankles that do roll over are a sprain risk with its own honest reply; near misses are balance)
    r"\b(?:keep|kept|always) (?:almost|nearly) (?:rolling|turning|going over on) "
    r"(?:my |an |the )?ankles?\b|"
    r"\b(?:tripped|stumbled|fallen|fell) (?:over )?"
    r"(?:a (?:few|couple of) times|twice|more|again|lately|recently)\b"
)
# The asks the balance reply answers ("would it help", "what sort", "which exercises")
BALANCE_COVERS = rx.compile(
    r"\b(?:help\w*|exercises?|moves?|sort|kind|type|which|anything|tips?|work on|train|"
    r"what (?:should|can|could|do) i do)\b"
)
_BALANCE_ASK = rx.compile(
    r"\b(?:help\w*|exercises?|moves?|what|which|how|anything|tips?|sort|kind|type|work on|train|do)\b"
)
BALANCE_TEXT = (
    "Yes: one-legged moves train balance. Do calf raises on one leg, the one-legged squat and step-ups onto "
    "a low step, 2–3 sets of 12–15 each leg, twice a week, resting a hand on a wall or a sturdy chair at "
    "first and letting go as you steady. Each rep makes the small muscles that adjust your posture work; "
    "the side-lying hip raise adds the deep hip muscles that hold the joint steady. Start light and build "
    "up gradually.\nFull card: /exercise one-legged squat"
)


def balance_told(plain: str, asks: list[str]) -> str | None:
    """ "My balance isn't what it was and I worry about tripping on trails. Would leg strength help, and
    what sort?": one-legged moves with support (normalised message, asks); None unless told and asked."""
    if not _BALANCE_TOLD.search(plain) or not asks:
        return None
    if rx.search(r"\b(?:one|single)[ -]?leg", plain):
        return None  # "can I still do the one-leg exercises?": those moves with support, the usual reply
    if not any(_BALANCE_ASK.search(normalize(a)) for a in asks):
        return None
    return BALANCE_TEXT


def overstraight_told(plain: str, asks: list[str]) -> str | None:
    """ "my teacher says I hyperextend my knees, anything in leg training for that?": don't lock them,
    and controlled one-legged moves (normalised message, asks); None unless told and asked."""
    if not _OVERSTRAIGHT.search(plain) or not asks:
        return None
    if rx.search(r"\b(?:at the top|leg press|extensions?|step ups?|machines?)\b", plain):
        return None  # "my knee goes back at the top of the leg press": that move's cue
    if not any(_OVERSTRAIGHT_ASK.search(normalize(a)) for a in asks):
        return None
    return OVERSTRAIGHT_TEXT


def pro_weak(message: str, asks: list[str], uncovered_name: str | None) -> tuple[str, str] | None:
    """ "A physio told me my hips are weak. What exercises would target that?": that muscle's exercises,
    (the injury the article doesn't cover said honestly), with the muscle's topic; one side told weaker
    and how to even it out: the one-legged work (``plan.uneven``); or None."""
    plain = normalize(message)
    side = uneven(plain)
    if side is not None:
        # "my left leg is weaker since the sprain: should I do single-leg work, and how?"
        return side, "rule:one_legged"
    # (a physio's or coach's finding has its own answer below)
    align = None if _PRO_WEAK.search(plain) else alignment_told(plain, asks)
    if align is not None:
        return align, "injury:hip_weakness"
    m = _PRO_WEAK.search(plain)
    if not m or not _WEAK_WORD.search(m.group("said")):
        return None
    if not any(WEAK_ASK.search(normalize(a)) for a in asks):
        return None
    muscles = [name for name, pat in _MUSCLE_OF if pat.search(m.group("said"))]
    if not muscles:
        return None
    muscle = muscles[0]
    fit = [
        e
        for e in EXERCISES.values()
        if muscle in e.primary and e.setting in ("home", "gym") and e.id != "treadmill_incline"
    ]
    exs = [e for e in fit if not e.variation_of]
    if len(exs) < 2:
        exs += [e for e in fit if e.variation_of and e not in exs][:1]  # the hips' two moves
    exs = sorted(exs, key=lambda e: e.primary.index(muscle))[:3]  # the glutes' own move (the bridge) first
    if not exs:
        return None
    pro = _PRO_NAME.search(m.group(0))
    who = {"gp": "doctor", "pt": "trainer", "osteo": "osteopath", "chiro": "chiropractor"}.get(
        pro.group(1) if pro else "", pro.group(1) if pro else "physio"
    )
    names = [e.name.lower() for e in exs]
    listed = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
    lines = []
    if uncovered_name:
        lines.append(f"{uncovered_name} isn't covered in detail here, so your {who}'s plan comes first.")
    holds = [f"the {e.name.lower()}: hold {e.dose.hold_s} s" for e in exs if e.dose.hold_s]
    dose = "2–3 sets × 12–15 reps each" + (f" ({'; '.join(holds)})" if holds else "")
    lines.append(f"For the weak {muscle} your {who} found: the {listed}, {dose}.")
    first = exs[0]
    hip_kit = _hip_kit_line(plain) if muscle == "hips" else None
    if hip_kit is not None:
        lines.append(hip_kit)  # where their kit does the hip work, and why it helps the knee
    else:
        lines.append(f"Start with the {first.name.lower()}: {first.summary[:1].lower()}{first.summary[1:]}")
    pain = CHRONIC_LIKE.search(plain) or uncovered_name
    lines.append(
        "Twice a week, off hard-run days"
        + (f"; if the pain doesn't ease, go back to your {who}." if pain else ".")
    )
    lines.append(f"Full card: /exercise {first.name.lower()}\nMore: /muscle {muscle}")
    return "\n".join(lines), f"muscle:{muscle}"


# A worry about getting big or slow, told beside another ask ("...but I don't want to bulk up").
BULK_WORRY = rx.compile(
    r"\b(?:bulk\w*|get(?:ting)? (?:too )?(?:big|huge|massive)|too big|slow me down|make me slow(?:er)?|"
    # ("I've been getting slower on the climbs": told, not a worry about lifting)
    r"(?<!been )(?<!\bim )(?<!\bam )get(?:ting)? slow(?:er)?"
    r"(?! (?:on|up|every|each|lately|recently|than|over|with "
    r"age|as i|these days|in (?:races|the|my)|out of|off|at)\b)|"
    r"heavy legs from muscle)\b"
)


# Cleared, and wanting it never to come back: keeping it away, not a comeback.
KEEP_AWAY = rx.compile(
    r"\b(?:bulletproof|bullet proof|injury proof|prevent\w*|keep (?:it|them) (?:away|from coming back)|"
    r"(?:dont|do not|never) want (?:it|them) (?:back|again)|stop (?:it|them) (?:coming back|happening again)|"
    r"avoid (?:it|them) (?:again|coming back)|this time)\b"
)
KEEP_AWAY_LEAD = (
    "To keep it away: build the strength gradually over the weeks before the training gets hard, and stop "
    "anything that brings the pain back."
)
WEEK_LINE = (
    "Where in the week: twice a week on easy days, not on a hard-run day or the day before a race; on a day "
    "you also run, run first."
)


# ---- Weather or the season cutting the running: "is this a good time to focus on strength?" -------------
_SEASON = rx.compile(
    r"\b(?:snow\w*|ice|icy|iced|dark (?:evenings?|mornings?|by)|pouring|rain(?:ing|y|ed)?|storm\w*|"
    r"heat ?wave|monsoon\w*|flood\w*|typhoons?|cyclones?|hurricanes?|(?:rainy|wet) season|smog|"
    r"(?:too|so|way too|crazy|stupidly) (?:hot|humid)|humidity|scorching|snowed (?:in|under)|"
    r"smoke|winter|weather|freezing|brutal|off ?season|between seasons|after (?:my|the) (?:season|"
    r"race season)|seasons? (?:is |s )?(?:done|over|finished|ended|wrapped up)|time of (?:the )?year|"
    r"(?:cant|cannot|can not) run (?:outside|outdoors)|summers?|in the shade)\b"
)
# Running cut short for a spell by travel or circumstance ("away 2 weeks with nowhere to run"), not by
# an injury (that's the injury rules' case): the article's point about spells of limited running.
_NO_RUNNING = rx.compile(
    r"\b(?:nowhere (?:safe )?to run|"
    r"no (?:safe |good |decent )?(?:routes?|paths?|trails?|places?|where) to run|"
    r"no (?:chance|way|time) to run|no running|"
    r"(?:cant|cannot|can not|wont be able to|unable to|not able to) (?:get out (?:and |to )?)?run|"
    r"(?:travel\w*|work trip|business trip|on the road|hotel)\b.*\b(?:run|running)\b)"
)
# (its ask: "worth doing strength instead?", "good chance to do legs?", "lift instead?", "good time?")
_LIMITED_ASK = rx.compile(
    r"\bworth (?:doing|it|lifting|the)\b|\bgood (?:chance|opportunity|window|time|idea|moment)\b|"
    r"\b(?:lift\w*|strength|legs|leg work|weights|gym) instead\b|\bswitch (?:\w+ ){0,2}to\b|"
    r"\bshould i (?:just )?(?:lift|do|focus|switch|use|swap)\b|\bmake sense\b"
)
_HURT_SAID = rx.compile(
    r"\b(?:injur\w*|hurt\w*|pain\w*|sore\w*|ache\w*|aching|broke|broken|fractur\w*|surgery|op|sprain\w*|"
    r"strain\w*|ill|illness|sick|covid|flu|cold|physio|doctor|pregnan\w*|boot|cast|crutches)\b"
)
_GOOD_TIME = rx.compile(
    r"\b(?:good|right|smart|sensible|reasonable) (?:time|idea|moment|plan|approach)|"
    r"\bshould i (?:be )?(?:use|using|spend|spending|"
    r"switch|switching|focus|focusing|shift|shifting|put|putting)|\bmake sense|\bworth (?:using|focusing|"
    r"switching)|\bus(?:e|ing) (?:this|the) (?:time|period|spell|months?|weeks?)\b|"
    # "more strength then?", "swap my runs for strength days?", "what time of year should I lift most?"
    r"\bmore (?:strength|lifting|gym|weights|leg work)\b|\bswap (?:\w+ ){0,2}runs? for\b|"
    r"\b(?:what|which) (?:time|part) of (?:the )?year\b|\bwhen in the (?:year|season)\b|"
    # "how can I use the winter to get stronger?"
    r"\bus(?:e|ing) (?:the |this |these )?(?:winter|off ?season|dark months|cold months|snow|weeks? off)\b|"
    # "how do I make the most of this time?", "best way to use these weeks?"
    r"\b(?:make (?:the )?(?:most|best)|make (?:good|the best|best) use) of "
    r"(?:it|this|that|the|these|those)\b|"
    r"\bbest (?:way|use) (?:to use |of )(?:it|this|that|the|these|those)\b"
)
# The ask is how to use the spell (strength is what Legwork answers, so it needn't be named).
_USE_SPELL = rx.compile(
    r"\b(?:make (?:the )?(?:most|best)|make (?:good|the best|best) use) of\b|"
    # "what should I do with those months?", "could I build the summer around that?"
    r"\bwhat (?:should|can|could|do|would) i do (?:with|in|during|over) (?:those|these|the|that|this|my) "
    r"(?:months?|weeks?|summers?|winters?|time|spell|period|off ?season)\b|"
    r"\bbuild (?:the|my|those|these|this|that) (?:summers?|winters?|months?|weeks?|off ?season|time) "
    r"around\b|"
    r"\bbest (?:way|use) (?:to use |of )"
)
_STRENGTH_WORD = rx.compile(r"\b(?:strength|lifting|lift|legs|leg work|weights|gym|strength work|stronger)\b")


_OFF_SEASON = rx.compile(
    r"\b(?:off ?season|easy running only|only easy running|between seasons|base (?:season|phase|building))\b"
)
_SEASON_PLAN_ASK = rx.compile(
    r"\bhow (?:many|often)\b|\bwhat (?:should|would|do) (?:a |each |my |the )?(?:session|workout|it)\b|"
    r"\b(?:include|look like|involve)\b|\bwhat (?:should|do) i (?:do|lift|include)\b|"
    # (r17 uf) "my off-season starts in November, how should i plan strength around it?"
    r"\bhow (?:should|do|would|can|could|best to) (?:i |we )?(?:plan|structure|approach|organi[sz]e|set up|"
    r"program\w*|schedule|handle|change)\b"
)
OFF_SEASON_PLAN = (
    "Good use of it: the article says the off-season suits strength work. Lift two or three times a week "
    "(three is fine while the running is easy).\nEach session, work several major muscle groups, quads "
    "balanced with hamstrings, plus glutes, calves and hips: e.g. leg press or one-legged squats, hamstring "
    "curls or push-ups, bridges, calf raises and side-lying hip raises, 2–3 sets of 12–15.\nAdd resistance "
    "as you get stronger, vary the moves, and take a week off each month.\nTry one: /workout"
)


def season_verdict(message: str, asks: list[str]) -> str | None:
    """ "January is brutal, three treadmill runs a week. Should I use this period for strength work?": yes,
    the article's off-season and bad-weather point, and what to keep (normalised message, asks)."""
    plain = normalize(message)
    if _OFF_SEASON.search(plain) and asks and all(_SEASON_PLAN_ASK.search(normalize(a)) for a in asks):
        # "taking the winter as an off-season: how many days should I lift, what should a session include?"
        return OFF_SEASON_PLAN
    if len(asks) > 1:
        # "can't run outside in summer, it's 45 in the shade. what should I do with those months": the
        # told sentence is no ask of its own
        asks = [a for a in asks if not a.rstrip().endswith(".")] or asks
    if len(asks) == 2 and rx.match(r"(?:and |so )?how (?:often|many)\b", normalize(asks[1])):
        asks = asks[
            :1
        ]  # "...is that a reasonable plan, and how often would I lift?": the lines say how often
    limited = bool(_NO_RUNNING.search(plain)) and not _HURT_SAID.search(plain)
    if len(asks) != 1 or not (_SEASON.search(plain) or limited):
        return None
    ask = normalize(asks[0])
    # ("...a strength block in winter instead of running. Is that a reasonable plan?": the plan told)
    told_plan = bool(
        rx.match(r"(?:is|does|would|will) (?:that|this|it)\b", ask) and _STRENGTH_WORD.search(plain)
    )
    if limited and not _SEASON.search(plain) and _LIMITED_ASK.search(ask):
        return _limited_lines(plain, ask)
    if not (_GOOD_TIME.search(ask) or _USE_SPELL.search(ask)) or not (
        _STRENGTH_WORD.search(ask) or _USE_SPELL.search(ask) or told_plan
    ):
        return None
    if rx.search(r"\b(?:what|which) (?:time|part) of (?:the )?year\b|\bwhen in the (?:year|season)\b", ask):
        return YEAR_TEXT  # "what time of year should I be doing most of my strength work?"
    if limited and not _SEASON.search(plain):
        return _limited_lines(plain, ask)
    return _season_lines(plain, ask)


def _limited_lines(plain: str, ask: str) -> str:
    """ "Away two weeks with nowhere to run, good time for strength?": yes, the article's point about spells
    when running is limited, with what needs no kit (and a hotel treadmill for the hills)."""
    lead = "Good use of the time" if rx.match(r"(?:how|what|which|where)\b", ask) else "Yes"
    gym = bool(_GYM_KIT.search(plain))
    return f"{lead}: {SPELL_WITHOUT_RUNNING}\nTry one: /workout {'gym' if gym else 'home'}"


YEAR_TEXT = (
    "The off-season: the article says it's a great time for strength work, so build most of it then (two or "
    "three sessions a week). In season keep it going twice a week, never on a hard workout day or the day "
    "before a race.\nTry one: /workout"
)


_WEATHER_SAID = rx.compile(
    r"\b(?:snow\w*|ice|icy|iced|dark|pouring|rain\w*|storm\w*|heat ?wave|smoke|winter|weather|freezing|"
    r"monsoon\w*|flood\w*|typhoons?|cyclones?|hurricanes?|smog|hot|humid\w*|scorching|"
    r"brutal|cold|outside|outdoors|treadmill|summers?|heat|in the shade)\b"
)
_GYM_KIT = rx.compile(r"\b(?:gym|machines?|leg press|dumbbells?|free weights|weights room|kettlebells?)\b")


def _season_lines(plain: str, ask: str) -> str:
    """The bad-weather or off-season verdict, with the kit told put to use (a gym's machines and
    dumbbells; a treadmill's incline for the hills)."""
    # ("I hate the treadmill": not where their hills go)
    treadmill = "treadmill" in plain and not KIT_LACK.search(plain)
    gym = bool(_GYM_KIT.search(plain))
    lead = (
        "Yes, a good swap for a week like that"
        if rx.search(r"\bswap (?:\w+ ){0,2}runs? for\b", ask)
        else "Good use of the time"
        if rx.match(r"(?:how|what|which|where)\b", ask)
        else "Yes, alongside the runs rather than instead of them"
        if "instead" in ask
        # ("could I build the summer around that?": a yes/no, answered yes)
        else "Good use of the time"
        if _USE_SPELL.search(ask) and not rx.match(r"(?:could|can|should|would|is|do|does|will) ", ask)
        else "Yes"
    )
    machines = bool(rx.search(r"\b(?:gym|machines?|leg press)\b", plain))
    sessions = (
        "two or three 15–20-minute gym sessions a week (leg press, hamstring curl, quad extension, dumbbell "
        "lunges and calf raises: 2–3 sets at a load that tires you by 12–15 reps)"
        if gym and machines
        else "two or three 15–20-minute sessions a week with the dumbbells (lunges, weighted calf raises and "
        "one-legged squats, step-ups, bridges: 2–3 sets at a load that tires you by 12–15 reps)"
        if gym
        else "two or three 15–20-minute leg sessions a week (calf raises, one-legged squats, step-ups, "
        "hamstring push-ups and bridges: 2–3 sets of 12–15)"
    )
    if rx.search(r"\b(?:hips?|on (?:your|my) side|side lying|side leg|leg lifts?)\b", plain):
        # "the one where you lie on your side and lift your leg": the hip raise they want kept in
        sessions = sessions.replace("lunges and calf raises", "lunges, calf raises and side-lying hip raises")
    if not _WEATHER_SAID.search(plain):
        # "season's done after my marathon: good time to hit the weights?": the off-season, no weather
        return (
            f"{lead}: the article says the off-season is a great time for strength work. Two or three "
            f"15–20-minute sessions a week while the running is easy, adding resistance as you get stronger; "
            f"keep them off any hard-run day.\nTry one: /workout {'gym' if gym else 'home'}"
        )
    lines = [
        f"{lead}: the article says strength work fits well into the off-season and spells when the weather "
        "cuts your running short.",
        "Keep the runs you can get"
        + (" (raise the treadmill's incline to 5–10% for your hills)" if treadmill else "")
        + f" and add {sessions}, off your hardest run days.",
        f"Try one: /workout {'gym' if gym and machines else 'home'}",
    ]
    if rx.search(r"\b(?:bored|boring|dull|tedious|a chore|a grind)\b", plain):
        lines.insert(-1, "Vary the moves every few weeks and put on music, so it stays fun.")
    return "\n".join(lines)


# ---- Bored of strength work, asking how to keep at it --------------------------------------------------
_BORED_TOLD = rx.compile(
    r"\b(?:bored|boring|dull|tedious|a chore|a grind|monotonous|lose (?:interest|motivation)|"
    r"(?:give up|quit|skip|skipping|skipped) (?:on )?(?:it|them|strength|sessions|my (?:strength |leg )?"
    r"sessions)|(?:give up|quit|stop|drop it|packed it in)\w* after (?:\w+ ){0,3}(?:weeks?|fortnight|month|"
    r"sessions?)|never (?:stick|keep it up|last)|cant (?:stick|keep it up)|fall off|drop off|"
    r"same routine every time)\b"
)
_KEEP_ASK = rx.compile(
    r"\b(?:tips?|how (?:do|can|should) i (?:stick|keep|stay|make)|keep (?:at|going|it up)|stick (?:with|to|"
    r"at) it|"
    r"less (?:boring|of a (?:chore|grind))|more fun|motivat\w*|enjoy\w*|"
    # "any ideas how to make myself actually want to do it?"
    r"(?:ideas|ways|advice) (?:on |for )?how to (?:make|keep|get)|(?:actually |really )?want to do "
    r"(?:it|them)|"
    r"look forward to|(?:make|get) myself)\b"
)
KEEP_AT_IT = (
    "Make it something you look forward to: change the exercises every few weeks, put on music, and keep "
    "sessions short (15 to 20 minutes, twice a week) so they never drag.\n"
    "Give it a fixed slot, straight after an easy run, and tick each session off so it becomes a habit."
    "\nTry one: /workout"
)
# ("I keep picking up niggles so I know I should"): why it's worth sticking with
KEEP_NIGGLES = "It's also what keeps niggles away: heading off injury is the biggest reason to keep at it."


def keep_at_it(message: str, asks: list[str]) -> str | None:
    """ "Strength always felt like a chore, I know I'll get bored. Any tips to keep at it?": what keeps it
    going (the article's variety and music), when every ask is about that."""
    plain = normalize(message)
    if not asks or not _BORED_TOLD.search(plain) or len(plain.split()) < 20:
        return None  # a short "leg day is boring, how do I stay motivated": the rule's own answer
    if not all(_KEEP_ASK.search(normalize(a)) for a in asks):
        return None  # "...and what should I focus on?": the plan, with the boredom line
    if CHRONIC_LIKE.search(plain) or rx.search(r"\binjur\w*", plain):
        return KEEP_AT_IT.replace("\nTry one:", f"\n{KEEP_NIGGLES}\nTry one:")
    return KEEP_AT_IT


# ---- A constraint told with the ask: a sprint start, no bar on the back ------------------------------
_START_TOLD = rx.compile(
    r"\b(?:out of the blocks|(?:sprint |block |race |my |our |better |faster |explosive )starts?|"
    r"first (?:10|20|30|ten|twenty|thirty|few) (?:m|metres|meters|yards|strides|steps)|acceleration|"
    r"accelerat\w+ (?:phase|off the line)|drive phase|off the line|first step quickness|get going quicker)\b"
)
_SPRINTER = rx.compile(r"\b(?:sprint\w*|100 ?m?|200 ?m?|blocks|track|starts?)\b")
START_TEXT = (
    "For a more explosive start, train explosive power: plyometrics, progressed one step at a time "
    "(line hops, then box hops onto a low step, then skipping), twice a week on fresh legs, not before a "
    "hard session.\n"
    "Add heavier strength work with fewer reps (lunges, one-legged squats and leg press, a load that tires "
    "you by 12 reps), one-legged moves above all, since every stride pushes off one leg.\n"
    "Full card: /exercise line hops"
)


START_YOUNG_LINE = (
    "For a teenager, build the strength side on body weight first (one-legged squats, lunges, step-ups, "
    "calf raises) with good form, adding weights gradually with a coach watching; the article doesn't cover "
    "young runners, so this is general guidance."
)


# (r16 wa) no weights where they'll train: "without weights", "in my dorm room", "no gym"
_NO_WEIGHTS_TOLD = rx.compile(
    r"\b(?:without (?:any )?(?:weights|equipment|kit|a gym)|no (?:weights|equipment|kit|gym)|"
    r"(?:dorm|bedroom|hallway|corridor|living room)\b)"
)


def start_reply(message: str, asks: list[str]) -> str | None:
    """ "Sluggish out of the blocks, what leg work helps the first 20 metres?": explosive work (the
    plyometric progression and heavier, fewer-rep strength), not a session's length."""
    plain = normalize(message)
    if not asks or not _START_TOLD.search(plain) or not _SPRINTER.search(plain):
        return None
    if rx.search(r"\b(?:distance (?:kids|runners|group)|800|1500|and the (?:distance|endurance))\b", plain):
        return None  # two groups: the coach's two-group plan
    for a in map(normalize, asks):
        if " or " in f" {a} " or rx.search(r"\b(?:plyo\w*|jump\w*|hops?|drills?)\b", a):
            return None  # "plyos or weights?", "which jumping drills?": that ask's own answer
        if not rx.match(r"(?:so |and )?(?:what|which|how|any|anything|where)\b", a):
            return None  # ("does strength help sprinters out of the blocks?": the yes)
    if YOUNG.search(plain):
        # (r17 ve) a teenager: the same explosive work, the strength side on body weight first, coached
        # (not a general plan that reads "track" as an outdoor space with no kit)
        drills, _, rest = START_TEXT.partition("\n")
        return f"{drills}\n{START_YOUNG_LINE}\n{rest.split(chr(10))[-1]}"
    if _NO_WEIGHTS_TOLD.search(plain):
        # (r16 wa) "something I can do in my dorm without weights": the drills, not a gym line; lifting
        # they already do is the strength side
        drills, _, rest = START_TEXT.partition("\n")
        ptr = rest.split("\n")[-1]
        lifts = rx.search(
            r"\b(?:lift|lifting|weights|gym)\b (?:\w+ ){0,3}(?:twice|once|\d|two|three)\b", plain
        )
        keep = (
            "Your lifting sessions cover the heavier strength side; add one-legged squats without weights, "
            "since every stride pushes off one leg."
            if lifts
            else "No weights needed: add one-legged squats and lunges on body weight, since every stride "
            "pushes off one leg."
        )
        return f"{drills}\n{keep}\n{ptr}"
    return START_TEXT


_NO_BAR = rx.compile(
    r"\b(?:cant|can t|cannot|can not|shouldnt|not allowed to|unable to|no longer|never) (?:\w+ ){0,3}"
    r"(?:barbell|bar|weight|weights|load|anything) (?:on|across) (?:my |the )?(?:back|shoulders|spine)\b|"
    r"\b(?:no|avoid\w*|without) (?:barbell|back) (?:squats?|lifts?|work)\b|"
    r"\b(?:barbell|back squats?|deadlifts?) (?:is |are )?(?:out|off the table|not an option|banned)\b"
)
NO_BAR_LEAD = (
    "Kind to your back: none of these puts a bar on your shoulders, so they load the legs, not your spine."
)
NO_BAR_GYM = "• Leg press, quad extension, hamstring curl (the machines guide the movement): 12–15 reps"
NO_BAR_MOVES = (
    "• Lunges or step-ups, dumbbells held at your sides: 12–15 each leg",
    "• One-legged squat: 12–15 each leg",
    "• Bridge (hold 30 s) and calf raises: 12–15 reps",
)
NO_BAR_DOSE = "2–3 sets of each, a load that tires you by the last reps; stop anything that stirs the back."


def no_bar_reply(message: str, asks: list[str]) -> str | None:
    """ "Can't put a barbell on my back (old disc issue), what options do I have?": the moves that load
    no spine, and the back's own check with a physio."""
    plain = normalize(message)
    if not asks or not _NO_BAR.search(plain):
        return None
    home = bool(rx.search(r"\b(?:home|house|flat|garage|no gym)\b", plain))
    lines = [NO_BAR_LEAD, *([] if home else [NO_BAR_GYM]), *NO_BAR_MOVES, NO_BAR_DOSE]
    if rx.search(
        r"\b(?:disc|discs|spine|spinal|lumbar|sciatica|back (?:issue|problem|injury|pain))\b", plain
    ):
        lines.append("Check the plan with a physio who knows your back.")
    lines.append(f"Try one: /workout {'home' if home else 'gym'}")
    return "\n".join(lines)


# ---- The kit told, a routine asked: the moves that kit (and the body) allows ---------------------------
_KIT_SAID = rx.compile(
    r"\b(?:(?:only|just|literally) (?:have|has|got|own)|all (?:i|we) (?:have|own|ve got|got) (?:is|are)|"
    r"all ive got is|"
    r"(?:gym|station|hotel|garage|room|office|work|flat|apartment|house) (?:\w+ ){0,2}(?:has|have|had|got)|"
    r"(?:i|we) (?:own|have|ve got|got)|ive got|there s (?:a|an|only|just)|"
    # (r16 wb) "hotel gyms on my work trips usually have a treadmill", "the office gym is just a treadmill",
    # "only a treadmill in the hotel"
    r"gyms (?:\w+ ){0,5}(?:has|have|had|got)|(?:gyms?|hotels?|rooms?) (?:is|are) "
    r"(?:literally |basically |really |honestly )?"
    r"(?:just|only) (?:a|an|one)|^(?:there s )?(?:only|just) (?:a|an|one) (?=treadmill))\b"
)
# (r16 wb) The kit told is all there is ("a treadmill and literally nothing else", "just a treadmill").
_KIT_ALONE = rx.compile(
    r"\b(?:nothing else|and that s (?:it|all)|thats (?:it|all)|only|just|literally just|all (?:i|we|it) "
    r"(?:have|has|ve got|got))\b"
)
# (kit word, what it allows), in the order the lines are listed
_KIT_MOVES = (
    ("treadmill", r"treadmills?", "Treadmill on a 5–10% incline: 5–8 hill repeats, walking or jogging down"),
    ("leg press", r"leg press(?: machine)?", "Leg press: 12–15 reps"),
    ("curl", r"(?:leg|hamstring) curl(?: machine)?", "Hamstring curl: 12–15 reps"),
    ("extension", r"(?:leg|quad\w*) extension(?: machine)?", "Quad extension: 12–15 reps"),
    (
        "dumbbells",
        r"dumbbells?|kettlebells?|free weights",
        "Lunges with a dumbbell in each hand: 12–15 each leg",
    ),
    (
        "bench",
        r"(?:flat |weight |gym )?bench|box|plyo box|step|stairs",
        "Step-ups onto the bench or step: 12–15 each leg",
    ),
    (
        "band",
        r"(?:loop |resistance |mini |exercise )?bands?",
        "Side-lying hip raises with the band round your ankles: 12–15 each side",
    ),
    ("ball", r"(?:swiss |exercise |stability )ball", "Wall squat with the ball behind your back: 12–15 reps"),
)
_KETTLEBELL_LUNGE = "Lunges holding the kettlebell at your chest: 12–15 each leg"
_BODYWEIGHT = (
    "One-legged squat: 12–15 each leg",
    "Calf raises off a stair or kerb: 12–15 reps",
    "Bridge: hold 30 s",
)
_WHAT_TO_DO = rx.compile(
    r"\b(?:anything (?:worth|useful|i can)|what (?:can|should|could) i (?:do|use)|worth doing|routine|"
    r"workout|which (?:exercises|moves)|what (?:exercises|moves)|any good|enough|put together|"
    r"how (?:do|can|should) i fit|what would you)\b"
)
# (r16 wb) "what leg work can I do there?", "any strength ideas?": asked of a treadmill that is all there is
_WHAT_TO_DO_ALONE = rx.compile(r"\bwhat (?:\w+ ){1,2}(?:can|should|could) i do|\bany (?:\w+ )?ideas\b")
# (r18 ta) the asks a told-kit reply answers: what to do there, and how often (its "twice a week")
TOLD_KIT_COVERS = rx.compile(
    f"(?:{_WHAT_TO_DO.pattern})|(?:{_WHAT_TO_DO_ALONE.pattern})|"
    r"\bhow (?:often|frequently)\b|\bhow many (?:times|days|sessions)\b"
)
_ON_SHIFT = rx.compile(r"\b(?:on shift|at the station|at work|on duty|during (?:my |the )?shifts?)\b")


def told_kit_reply(message: str, asks: list[str]) -> str | None:
    """ "My building gym has a treadmill and a flat bench, anything worth doing?", "all I own is a band
    and a mat": the moves that kit allows (and the bodyweight ones), not a list that assumes more."""
    plain = normalize(message)
    m = _KIT_SAID.search(plain)
    what = any(_WHAT_TO_DO.search(normalize(a)) for a in asks)
    if not asks or m is None or not (what or any(_WHAT_TO_DO_ALONE.search(normalize(a)) for a in asks)):
        return None
    told = SENTENCE.split(plain[m.start() :])[0]
    told = rx.split(r"\b(?:but|what|which|how|can|anything|is it|should)\b", told)[0]
    owned = [(key, move) for key, words, move in _KIT_MOVES if rx.search(rf"\b(?:{words})\b", told)]
    if not owned or len(told.split()) > 25:
        return None
    keys = {k for k, _ in owned}
    alone = keys == {"treadmill"} and bool(_KIT_ALONE.search(told + " " + plain))
    if not what and not alone:
        return None
    if not ("band" in keys or {"treadmill", "bench"} <= keys or _ON_SHIFT.search(plain) or alone):
        return None  # (dumbbells, a ball, a kettlebell, a lone machine: the home or gym plan's own list)
    moves = [move for _, move in owned]
    if "dumbbells" in keys and not DUMBBELLS_SAID.search(told):
        # (r18 ta) "a kettlebell and a resistance band": one bell, held at the chest, not one in each hand
        moves = [_KETTLEBELL_LUNGE if x == _KIT_MOVES[4][2] else x for x in moves]
    if "bench" in keys and "band" not in keys:
        moves.append("Side-lying hip raises along the bench: 12–15 each side")
    moves.append(
        "Hamstring push-up, heels on the bench or a braced chair: 12–15 each leg"
        if "bench" in keys
        else "Hamstring push-up, heels on a chair braced on a wall: 12–15 each leg"
    )
    moves += [b for b in _BODYWEIGHT if not (("dumbbells" in keys or "leg press" in keys) and "Bridge" in b)]
    gym = bool(keys & {"leg press", "curl", "extension"})
    yes = rx.match(
        r"(?:can|could|is|are|anything|any(?! (?:\w+ )?ideas)|will|would|do|does|enough)\b",
        normalize(asks[-1]),
    )
    lines = [
        f"{'Yes. ' if yes else ''}With what you've got: 2–3 sets of each, a load that tires you by the "
        "last reps."
    ]
    lines += [f"• {x}" for x in moves[:6]]
    if _ON_SHIFT.search(plain):
        lines.append(
            "Do these on shift, where the kit is, and keep your days off for the runs: twice a week, not the "
            "day before a hard run or race."
        )
    else:
        lines.append("About 15 to 20 minutes, twice a week, not on a hard-run day.")
    lines.append(f"Try one: /workout {'gym' if gym else 'home'}")
    return "\n".join(lines)


# ---- Heavy, low-rep lifting the day before a hard run, legs dead: the day and the load changed ----------
_DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_DAY_WORD = rx.compile(
    r"\b(mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?s?\b"
)
_HEAVY_LOW = rx.compile(
    r"\b(?:heavy|powerlift\w*|5 ?x ?5|max(?:imal)? (?:weight|lifts?)|(?:[1-6]|three|four|five|six) reps?|"
    r"sets? of (?:[1-6]|three|four|five|six)\b)"
)
_HARD_SAID = rx.compile(
    r"\b(?:intervals?|interval session|tempo|track (?:session|night|workout)|speed ?work|long run)\b"
)
_LIFT_SAID = rx.compile(
    r"\b(?:gym|lift\w*|train|training|powerlift\w*|bodybuild\w*|squats?|deadlifts?|leg day|weights|"
    r"strength)\b"
)
_DEAD_TOLD = rx.compile(
    r"\b(?:dead|heavy|flat|sore|tired|wrecked|trashed|cooked|fried|toast|shot|empty|sluggish|knackered)\b"
)
_CHANGE_ASK = rx.compile(
    r"\b(?:what (?:should|do|could|can) i (?:change|do|fix|tweak)|what am i doing wrong|"
    r"how (?:do|can|should) i fix|change anything|any (?:advice|ideas|suggestions)|what would you change)\b"
)


def _days_in(sentence: str) -> list[int]:
    return [_DAYS.index(m.group(1)[:3]) for m in _DAY_WORD.finditer(sentence)]


def heavy_before_hard(message: str, asks: list[str]) -> str | None:
    """ "Mon and Thu I copy my powerlifter girlfriend, heavy 5s; Tuesday is intervals and my legs are dead.
    What should I change?": move the lift off the hard run's eve, and the article's lighter load."""
    plain = normalize(message)
    if not asks or not _HEAVY_LOW.search(plain) or not _DEAD_TOLD.search(plain):
        return None
    if not any(_CHANGE_ASK.search(normalize(a)) for a in asks):
        return None
    lift_days: list[int] = []
    hard_days: list[int] = []
    for sentence in SENTENCE.split(message):
        s = normalize(sentence)
        if _HARD_SAID.search(s):
            hard_days += _days_in(s)
        elif _LIFT_SAID.search(s):
            lift_days += _days_in(s)
    eve = [(d, h) for d in lift_days for h in hard_days if (d + 1) % 7 == h]
    if not eve:
        return None
    lift = eve[0][0]
    said = _HARD_SAID.search(plain)
    what = said.group(0) if said else "hard run"
    what = {"interval": "intervals", "interval session": "intervals", "tempo": "tempo run"}.get(what, what)
    sport_m = rx.search(r"\b(powerlift|strongman|bodybuild|weightlift|crossfit)\w*", plain)
    sport = (
        {"powerlift": "powerlifting", "bodybuild": "bodybuilding", "weightlift": "weightlifting"}.get(
            sport_m.group(1), sport_m.group(1)
        )
        if sport_m
        else ""
    )
    return (
        f"Two changes. Move {_DAY_NAMES[lift]}'s session off the day before your {what} (after an easy run, "
        "or two days before), so you reach the hard run fresh.\n"
        f"And lift for running{', not for ' + sport if sport else ''}: a weight that tires you by "
        "12–15 reps, 2–3 sets, with good form, rather than heavy low-rep sets.\n"
        "Try one: /workout gym"
    )


# ---- Two groups in one squad (sprinters and distance runners), a session plan asked -------------------
_SQUAD = rx.compile(r"\b(?:coach\w*|squad|team|club|group|kids|athletes|students|juniors|pupils)\b")
_TWO_GROUPS = rx.compile(
    r"\bsprint\w*\b.*\b(?:distance|endurance|800|1500|middle distance|xc|cross country|milers?)\b|"
    r"\b(?:distance|endurance|800|1500|middle distance|xc|cross country|milers?)\b.*\bsprint\w*\b"
)
_PLAN_ASK = rx.compile(
    r"\b(?:what (?:should|would|could|do) (?:i|we) (?:put|do|include|programme|program|plan)|"
    r"(?:session|gym) plan|how (?:should|would|do) (?:i|we) (?:set up|structure|plan|split|use)|"
    r"what (?:goes|would you put) in)\b"
)
SQUAD_TEXT = (
    "One session, a block for each group (2–3 sets, a load that tires them by 12–15 reps, form first):\n"
    "• Everyone: one-legged squat, bridge, calf raises, hamstring push-up (balanced quads and hamstrings "
    "and strong hips head off injuries)\n"
    "• Sprinters, early while fresh: line hops, box hops onto a low step, skipping, for explosive starts\n"
    "• Distance group meanwhile: side-lying hip raises and step-ups, since weak hips and imbalances cause "
    "most overuse injuries\n"
    "Running first, strength after; no session the day before a meet or race.\n"
    "Try one: /workout gym"
)


def squad_reply(message: str, asks: list[str]) -> str | None:
    """ "I coach sprinters and 800/1500 kids, two gym slots a week: what do I put in so the sprinters
    start better and the distance kids stop getting hurt?": one plan, a line for each group."""
    plain = normalize(message)
    if not asks or not (_SQUAD.search(plain) and _TWO_GROUPS.search(plain)):
        return None
    if not any(_PLAN_ASK.search(normalize(a)) for a in asks):
        return None
    return SQUAD_TEXT
