"""One message in, one reply out: safety first, then each ask of the message, in context.

- **Safety first** (content/safety.py): red-flag words (chest pain, dizzy...) get "stop, see a
  doctor" and nothing else; acute-injury words (pulled, strained, torn, sharp, swollen...) put
  "stop and rest it, see a doctor or physiotherapist" before what the article says; running
  injuries the article doesn't cover (ITB, plantar fascia, Achilles...) get an honest general answer.
- **Asks**: a message is split into sentences; statements are background, questions are asks (at
  most three answered, in order, under one reply). A message with no question mark is one ask.
- **Context**: an ask that names no topic and reads as a follow-up ("and how many?", "why?", "is
  that ok for beginners", "what about the other leg") is answered about the last topic: the chat's
  previous one (``last``, which the handler keeps in the store for 15 minutes) or the previous ask's.
  An ask too vague on its own is read together with the message's background sentences.

Pure: the caller passes the last topic in and stores ``Answer.context`` out.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import replace
from functools import lru_cache
from typing import Protocol

from content.anatomy import INJURIES
from content.compose import ask_of, settled
from content.direct import asks_which_day, direct, steer, week_verdict
from content.exercises import EXERCISES
from content.model import Answer
from content.plan import ENOUGH, OPEN, constraint, enough, kit_enough, plan, which
from content.reasons import OFF_TOPIC_SUGGESTIONS, OFF_TOPIC_TEXT, gap, off_scope, plan_note
from content.safety import (
    AFTER,
    CLOT_TEXT,
    RED_FLAG_TEXT,
    SEVERE_LEAD,
    acute,
    acute_lead,
    cleared,
    clot,
    denied,
    goes_on,
    numb,
    numb_text,
    red_flag,
    returning,
    severe,
    uncovered,
    uncovered_text,
)
from content.text import STOPWORDS, normalize
from content.topics import topic_ids, topic_title

MAX_ASKS = 3

# Which rule fired, for a precision audit (bench/audit_r2b.py listens at DEBUG); silent otherwise.
_LOG = logging.getLogger("content.dialogue.rules")


def _trace(rule: str, detail: str = "") -> None:
    if _LOG.isEnabledFor(logging.DEBUG):
        _LOG.debug("%s\t%s", rule, detail)


def _says_exercise(topic_id: str, plain: str) -> bool:
    """Does the message name this exercise ("can I still do calf raises?"), not just land on it?"""
    ex = EXERCISES.get(topic_id.split(":", 1)[1]) if topic_id.startswith("exercise:") else None
    if ex is None:
        return False
    words = set(plain.split())
    return any(
        all(w in words or w.rstrip("s") in words or f"{w}s" in words for w in normalize(n).split())
        for n in (ex.name, *ex.aliases)
    )


# Pain told in the message (not acute): the reply says to see a physio if it persists.
_CHRONIC = re.compile(
    r"\b(?:pain|painful|aches?|aching|achy|hurts?|hurting|niggles?|niggling|tender|"
    r"(?:runners|jumpers) knee|shin splints|syndrome|tendinitis|tendonitis|tendinopathy)\b"
)
_SYMPTOM = re.compile(
    r"\b(?:shins?|knees?|kneecaps?|hips?|heels?|ankles?|feet|foot|achilles|back|calf|calves|hamstrings?|"
    r"quads?|glutes?|hammies)\b(?: \w+){0,2} "
    r"(?:sore|stiff|tender|collapse|collapses|cave|caves|drop|drops)\b|"
    r"\b(?:bad|dodgy|wonky|creaky|iffy|dicky) (?:knees?|shins?|hips?|ankles?|back)\b|"
    + _CHRONIC.pattern[2:-2]
    + r"\b"
)
# "should I stop the hills": what to ease off.
_STOP_X = re.compile(
    r"\b(?:should|do|must) i (?:stop|quit|drop|skip|give up|pause) (?:doing |the |my )*(\w+(?: \w+)?)\b"
)
_MINUTES_SAID = re.compile(r"\b\d+\s*(?:min|mins|minutes?)\b")
# "can I use a swiss ball instead", "could I do it with a step": kit the runner has, for the last exercise.
_USE_KIT = re.compile(
    r"\b(?:use|with|on|onto|off) (?:a |an |my |the |some )?((?:swiss |exercise |stability |yoga )?"
    r"(?:ball|chair|step|stairs?|bench|box|dumbbells?|weights?|strap|wall|sofa|couch|bed|table|stool|"
    r"ottoman|desk|kerb|curb))\b"
)
_HOLD = re.compile(r"\bhow long (?:do|should|can) (?:i|you) hold\b|\bhold (?:it|that|them|the \w+) for\b")
_NEED_KIT = re.compile(
    r"\b(?:do|will|would) (?:i|you) need (?:any |special |a |an |the |some |extra )*(kit|equipment|gear|"
    r"anything|ball|bench|weights?|dumbbells?|machine|chair|step|box|strap)\b|"
    r"\bwhat (?:kit|equipment|gear) (?:do|will) i need\b"
)


def _kit_needed(topic_id: str, asked: str = "") -> str | None:
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


# The two ends of a session: "and after?" after the warm-up is the stretch, and the other way round.
_FLIP = {"rule:warm_up": "rule:stretch_after", "rule:stretch_after": "rule:warm_up"}
_DO_SOMETHING = re.compile(
    r"\b(?:should|can|could) i (?:be )?(?:do|doing) (?:something|anything|more) (?:for|about|with)\b|"
    r"\b(?:should|can|do) i (?:lift|train|strengthen|work) (?:them|it)\b|\banything i (?:can|should) do\b"
)
_MUSCLE_WORDS = (
    ("calf|calves", "muscle:calves"),
    ("hamstrings?|hammies|hammys", "muscle:hamstrings"),
    ("quads?|quadriceps|thighs?", "muscle:quads"),
    ("glutes?|bum|butt", "muscle:glutes"),
    ("hips?", "muscle:hips"),
)
_WEIGHTS = re.compile(r"\b(?:weights?|dumbbells?|added weight|extra weight|weighted|hold (?:a )?weight)\b")


def _weighted(topic_id: str) -> str | None:
    """The dumbbell version of an exercise (the weighted calf raise for the calf raise), if it has one."""
    if not topic_id.startswith("exercise:"):
        return None
    for t in sorted(_family(topic_id) - {topic_id}):
        ex = EXERCISES[t.split(":", 1)[1]]
        base = EXERCISES[topic_id.split(":", 1)[1]]
        if any("dumbbell" in e for e in base.equipment):
            return None  # already done with dumbbells (the lunge)
        if any("dumbbell" in e for e in ex.equipment) and ex.variation_of:
            return t
    return None


_TAKEN_ASK = re.compile(
    r"\b(?:taken|busy|occupied|in use|being used|hogged|out of order|broken|packed|full)\b"
)
_KIT_OF = {"rule:machines": "equipment:machines", "rule:free_weights": "equipment:dumbbells"}


_HEAL_TIME = re.compile(
    r"\bhow (?:long|soon) (?:till|until|before|will|does|do|for)\b.{0,30}"
    r"\b(?:better|heal\w*|recover\w*|goes? away|settles?|clears? up|fixed|back to running|run again)\b|"
    r"\bwhen (?:will|does|can) (?:it|this|i)\b.{0,20}"
    r"\b(?:better|heal\w*|recover\w*|go away|settle|run again)\b"
)
HEAL_TEXT = (
    "The article doesn't give a recovery time, and it varies from person to person. In general: ease off "
    "what brings it on, keep up the strength work that doesn't hurt, and build back gradually. If it isn't "
    "clearly improving within a couple of weeks, or it gets worse, see a physio or doctor."
)
_KIT_TOPIC = {"equipment:machines": "rule:machines", "equipment:dumbbells": "rule:free_weights"}
_KIT_RULES = frozenset("rule:machines rule:free_weights rule:gym_vs_home rule:home_workout".split())
_KIT_NOUNS = (
    r"(?:steps?|stairs?|bench|box|ball|hills?|chair|treadmill|dumbbells?|weights?|machines?|gym|kettlebells?|"
    r"straps?|equipment|kit)"
)
_KIT_LACK = re.compile(
    r"\b(?:no|dont have|do not have|havent got|havent|without|cant find|cant get|lack|missing|not got)\s+"
    r"(?:a |an |any |the |access to )?(?:\w+ )?" + _KIT_NOUNS + r"\b|\bno " + _KIT_NOUNS + r"\b"
)
_KIT_TOLD = re.compile(r"\b" + _KIT_NOUNS + r"\b")
# Knees that cave in when running: the hips' job (a form sign, not a diagnosis).
_KNEES_IN = re.compile(
    r"\bknees? (?:\w+ ){0,3}(?:collaps\w*|cav\w*|drift\w*|fall\w*|go(?:es|ing)?|turn\w*|roll\w*|buckl\w*) "
    r"(?:\w+ ){0,2}(?:in|inwards?|toward(?:s)? each other|together)\b|\bknock kneed\b|\bvalgus\b"
)
# "on its own", "by itself": one exercise asked about as the whole session.
_ALONE = re.compile(
    r"\b(?:on (?:its|their|it s) own|alone|by itself|by themselves|"
    r"(?:just|only) (?:that|those|them|it|this))\b"
)
# Rest between sessions (or blocks of them), not between sets.
_REST_BETWEEN = re.compile(
    r"\b(?:rest|recovery|recover|off)\b.{0,30}\bbetween (?:\w+ )?(?:blocks?|sessions?|workouts?|leg days?|"
    r"lifting days?|strength days?)\b"
)
REST_BETWEEN_TEXT = (
    "Between sessions: the article's twice a week (sometimes three) leaves a day or more between them; "
    "keep them off hard-run days. And once a month, take a whole week off strength work for extra "
    "recovery."
)
# "how should I set it up / structure it / schedule it": fitting strength work around the running.
_SETUP = re.compile(
    r"\bhow (?:should|do|can|would|could) (?:i|we) (?:best )?(?:set (?:\w+ ){1,2}up\b|"
    r"(?:structure|schedule|organi[sz]e|arrange|balance|plan) "
    r"(?:my |the |it\b|this\b|leg|strength|lifting|them\b))"
)
# "what exercises should I do for them?" after an exercise's muscles: exercises for those muscles.
_FOR_THEM = re.compile(
    r"\b(?:what|which) (?:other )?(?:exercises?|moves?|strength work)\b.*"
    r"\b(?:for|train|work|strengthen|build) (?:them|those|these|those muscles|these muscles)\b"
)


def _for_muscles(ex: object, context: str) -> Answer:
    """Strength exercises that cover the muscles ``ex`` works (up to three muscles, three moves)."""
    muscles = list(ex.muscles[:3])  # type: ignore[attr-defined]
    pool = [
        e
        for e in EXERCISES.values()
        if e.setting in ("home", "gym") and not e.variation_of and f"exercise:{e.id}" != context
    ]
    picked: list[str] = []
    for m in muscles:
        if any(m in EXERCISES[p].muscles for p in picked):
            continue
        best = max(
            (e for e in pool if m in e.muscles and e.id not in picked),
            key=lambda e: len(set(e.muscles) & set(muscles)),
            default=None,
        )
        if best is not None:
            picked.append(best.id)
    for e in sorted(pool, key=lambda e: -len(set(e.muscles) & set(muscles))):
        if len(picked) >= 3:
            break
        if e.id not in picked:
            picked.append(e.id)
    names = [EXERCISES[p].name.lower() for p in picked]
    listed = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
    said = ", ".join(muscles[:-1]) + " and " + muscles[-1] if len(muscles) > 1 else muscles[0]
    own = EXERCISES[context.split(":", 1)[1]].name.lower()
    text = (
        f"For the {said}: the {listed} (2–3 sets × 12–15 reps each), alongside the {own}."
        f"\nHow to do it: /exercise {names[0]}"
    )
    return Answer(text, f"exercise:{picked[0]}", True, (), topics=(f"exercise:{picked[0]}",), context=context)


# "how would I ease into it?", "how do I get started with them?": where to start.
_START_ASK = re.compile(
    r"\b(?:ease (?:in|into|myself into)|build (?:up )?(?:in)?to|get(?:ting)? (?:started|into)|"
    r"start(?:ing)? out|"
    r"(?:where|how) (?:do|should|would|can) i (?:even )?(?:start|begin))\b"
)
# A race a few weeks (or days) away, and an ask about starting strength work now.
_RACE_SOON = re.compile(
    r"\b(?:race|racing|marathon|half|\d+ ?k|ultra|parkrun|event)\b.{0,40}\bin "
    r"(?:\d+|a|one|two|three|four|a few|a couple of|ten|\w+) (?:days?|weeks?)\b|"
    r"\b(?:\d+|one|two|three|four|a few) (?:days?|weeks?) (?:out|to go|until|before) "
    r"(?:my |the )?(?:race|marathon|half|ultra|\d+ ?k)\b"
)
_START_NEW = re.compile(
    r"\b(?:start|begin|starting|beginning|take up|pick up) (?:\w+ ){0,3}(?:now|strength|program\w*|lifting|"
    r"weights|leg (?:work|day)s?|training)\b.{0,40}\b(?:now|wait|after|later|until)\b|"
    r"\b(?:too late|wait until after|wait till after)\b"
)
START_BEFORE_RACE = (
    "Wait until after: a race that close is no time to start something new, since new exercises "
    "leave you sore while your body should be freshening up. Start the strength work once you've "
    "recovered from the race (easy moves, twice a week). The article's one firm rule near a race: "
    "no strength work the day before it."
)
# "is that right?", "is she right?", "true?": a claim told just before is the question.
_CLAIM_ASK = re.compile(
    r"^(?:and |so |but )?(?:is|are) (?:that|this|it|she|he|they) (?:right|true|correct|legit|a myth|so)\b|"
    r"^(?:true|right|correct|legit|myth)\b"
)
_CLAIM_TOLD = re.compile(
    r"\b(?:says?|said|saying|told me|tells me|reckons?|swears?|heard|read|claims?|thinks?) (?:that )?(.+)$"
)
_NEGATED = re.compile(r"\b(?:never|dont|don t|shouldnt|should not|not|no|avoid|skip)\b")


def _claim(background: str) -> str | None:
    """The claim in the last background sentence that reports one ("my coach says X"), or None."""
    for told in reversed(_SENTENCE.split(background.strip())[-2:]):
        m = _CLAIM_TOLD.search(normalize(told))
        if m and len(m.group(1).split()) >= 3:
            return m.group(1).strip()
    return None


def _judge_claim(claim: str, ans: Answer) -> Answer | None:
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
_ABOUT_TO_GO = re.compile(
    r"\btwing(?:y|ey|es)\b|\blike (?:it|they|its|theyre|it is|they are) (?:\w+ )?"
    r"(?:about to|going to|gonna|might|could|will) (?:go|pull|tear|snap|ping|give)\b"
)
WARNING_LINE = (
    "A muscle that feels like it might go is a warning: ease off the fast running for a few days, warm "
    "up well before hard sessions, and see a physio if it keeps coming back."
)
# Trouble on one side only: one-legged work, weaker side first.
_ONE_SIDE = re.compile(
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
_SHIN = re.compile(
    r"\b(?:(?:the )?(?:inside|front|inner (?:edge|side)) of (?:my |the )?lower legs?|"
    r"(?:my |the )?lower legs? along the (?:shin ?)?bone|shin ?bones?|tibia)\b",
    re.IGNORECASE,
)
# A body part a symptom can be in.
_PART = re.compile(
    r"\b(?:knees?|kneecaps?|shins?|hips?|calf|calves|heels?|ankles?|feet|foot|hamstrings?|quads?|glutes?|"
    r"thighs?|groin|back|achilles|arch|legs?|it band|itb)\b"
)
# "is that bad?", "is it normal?": the runner wants a verdict on the symptom itself.
_IS_BAD = re.compile(
    r"\b(?:is|are) (?:that|it|this|they|those) (?:bad|normal|a problem|an issue|ok|okay|serious|a concern|"
    r"something to worry about)\b|\bshould i (?:be )?worr(?:y|ied)\b"
)
# Words that make an injury alias a symptom ("bad knees", "knee pain"), not the injury's name.
_VAGUE = frozenset("pain hurt hurts sore ache aches aching bad weak dodgy".split())
_PRO_SAID = re.compile(r"\b(?:physio\w*|doctor)\b")
PHYSIO_LINE = "If the pain persists or gets worse, see a physio or doctor."

# "popped during lunges", "while doing calf raises": the move that hurt it.
# "hurt it during lunges", "doing squats and got a sharp pain": the move that hurt it.
_CAUSE = re.compile(
    r"\b(?:during|while|mid|in the middle of|halfway through)\b|"
    r"\b(?:doing|did) (?:\w+ ){0,2}(?:and|when) (?:i )?(?:got|felt|had|something)\b"
)


def injury_names(topic_id: str) -> tuple[str, ...]:
    """An injury topic's name and aliases (what a runner says when they name it)."""
    i = INJURIES.get(topic_id.split(":", 1)[1])
    return (i.name, *i.aliases) if i is not None else ()


# What a background sentence can set as the topic of the asks after it: a symptom, a missing piece
# of kit, a muscle, or how the runner runs ("I slump forward"); not a timing or planning rule
# ("I only have 20 minutes twice a week" is a constraint, not the question).
_BACKGROUND = (
    "injury:",
    "equipment:",
    "muscle:",
    "rule:running_form",
    "rule:injury_prevention",
    "rule:opposing_balance",
    "rule:one_legged",
    "rule:balance_training",
)


class Engine(Protocol):
    """What this module needs of content.answers.Answerer."""

    def probe(self, question: str) -> tuple[bool, int, bool]: ...
    def compose_for(self, topic_id: str, question: str, named: bool = True) -> Answer | None: ...
    def answer_topic(self, topic_id: str) -> Answer | None: ...
    def __hash__(self) -> int: ...  # a topic's words are remembered per engine


Ask = Callable[[str], Answer]
_SPLIT = re.compile(r"(?<=[?.!])\s+|\n+")
# "What should I do and how often?": a second question word after "and" starts a second ask.
_AND_ASK = re.compile(
    r"\s*(?:,\s*)?\b(?:and|also|plus)\s+(?=(?:how|hows|what|whats|why|when|which|where|wheres|"
    r"should|can|could|is|are|do|does|"
    r"will|would)\b)|,\s*(?=(?:how|hows|what|whats|why|when|which|where|wheres)\b)|"
    # "whats the deal with wall squats — do i need the ball": a dash before a question word
    r"\s*[—–]\s*|\s+-\s+(?=(?:how|hows|what|whats|why|when|which|where|do|does|is|are|can|could|should|"
    r"will|would)\b)",
    re.IGNORECASE,
)
# A background sentence about running form sets the topic only when it is about form.
_FORM_WORDS = re.compile(
    r"\b(?:posture|slump|slumps|lean|leaning|form|stride|wobble|wobbly|balance|cave|caves)\b"
)
_QUESTION_START = frozenset(
    """how what why when which where who whats is are am do does did should can could will would was
    were must shall any anything isnt arent doesnt dont wont cant shouldnt tips best ok okay""".split()
)
# Words that point back at what was just said.
_LACK = re.compile(r"\b(?:no|dont|havent|without|cant|lack|missing|nothing)\b")
_VERDICT = re.compile(r"^(?:Yes|No)\b[^.:]*[.:]\s*")
# "what about on one leg?" after an exercise: a facet of that exercise, not the one-legged rule.
_FACET = re.compile(
    r"\b(?:one leg|single leg|one legged|single legged|harder|easier|weights?|dumbbells?|other (?:leg|side)|"
    r"beginners?|newbie|at home|in the gym)\b"
)
_PREAMBLE = re.compile(r"^(?:\w+[\s']+){0,3}\w+:\s+(?=\w)")
# A preamble that names what the questions are about ("hill reps: how steep, how many") is kept,
# as a comma; only one without a topic word is dropped ("Two things:", "quick q:").
_EMPTY_PREAMBLE = re.compile(
    r"^(?:(?:ok|okay|so|right|hi|hey|hello|and|also|plus|just|my|a|one|two|three|four|2|3|4|few|couple|of|"
    r"quick|some|random|dumb|silly|basic|noob|beginner|last|other|more|follow|up|another|general|main)\s+)*"
    r"(?:things?|ones?|questions?|qs?|query|queries|points?|asks?|thoughts?|issues?|help|context|background|"
    r"update|ok|so|hi|hey|also|follow up|tldr|tl;dr|edit)\s*:\s+",
    re.IGNORECASE,
)


_BACK = frozenset("it that this those these them they one ones other same again".split())
# "what muscles does it work", "what does that target": a question about the thing just named.
_OF_IT = re.compile(
    r"\b(?:does|do|will|is|are) (?:it|that|this|they|those|these) (?:work|target|hit|train|help)\b"
)
# Rules that already say when or how often (a "which days?" about them is theirs to answer).
_TIMED = frozenset(
    "rule:frequency rule:hard_run_day rule:race_day rule:run_first rule:recovery_week rule:off_season "
    "rule:stretch_after rule:warm_up".split()
)
# Rules that say which days ("when in the week?" is theirs; the recovery week's "once a month" is not).
_DAYS = frozenset("rule:frequency rule:hard_run_day rule:race_day rule:run_first".split())
_POINTER = re.compile(r"(?:Full card|More|Try one|How to do it|Related|A full session|Closest here): /")
# "which days tho", "when should I lift": when to train (not "when do I go heavier").
_WHEN_TRAIN = re.compile(
    r"\b(?:days?|week|weekly)\b|^(?:so |and |but )?when (?:should|do|can|could) (?:i|we) "
    r"(?:lift|train|do (?:it|them|legs|strength|this|that))\b"
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
# "is this a good time to...": "this" is the runner's situation, not the kit they told.
_NOW_ASK = re.compile(
    r"\b(?:is|was|would|isnt) (?:this|it|that|now) (?:a |the )?(?:good|bad|right|wrong|best|smart|sensible) "
    r"(?:time|idea|moment|season|point)\b"
)
# An ask about what the sessions hold, not when: "what should they focus on", "which exercises".
_CONTENT_ASK = re.compile(
    r"\b(?:focus (?:on|in)|include|target|prioriti[sz]e|concentrate on|work on|which exercises|"
    r"what exercises|what (?:should|would|do) (?:i|they|it|we) (?:do|add))\b"
)
_FOLLOW_START = ("and ", "what about", "how about", "so ", "but ", "also ", "then ", "ok ", "okay ", "why")


# "<a statement>, should I / can I / is it ... ?": the statement is background.
_TOLD_THEN_ASK = re.compile(
    r"^(.{12,}?),\s*((?:so |but )?(?:(?:should|can|could|do|is|are|will|would) (?:i|it|that|this|they|my)|"
    r"anything|any (?:tips|ideas|advice)|what (?:can|should|do) i|how (?:can|do|should) i)\b.*)$",
    re.IGNORECASE,
)
_FEELS = frozenset("tight weak sore stiff tired cramp cramping heavy dead burning wobbly niggly".split())
# Words of a preamble that says nothing about the topic ("Two things: ...", "quick q: ...").
_FILLER = frozenset(
    """two three couple quick question questions q qs thing things ok okay so hey hi hello also coach
    help pls please random dumb silly another one more""".split()
)
# Inside a statement with no "?": where an ask starts ("ive joined a gym - are the machines...",
# "if i do it, when in the week and what kind of weights").
_INNER_ASK = re.compile(
    r"(?:^|\s[-–]\s|[,;:]\s*|\b(?:but|so)\s+)(?=(?:how|hows|what|whats|why|when|which|where|wheres|"
    r"should i|can i|could i|do i|is it|is that|are the|are they|will it|would it|any ideas|any tips)\b)",
)


def _preamble(text: str) -> tuple[str, str]:
    """(the text without a "Two things:"-style preamble, the preamble if it names something)."""
    m = _PREAMBLE.match(text)
    if not m:
        return text, ""
    pre = m.group(0).rstrip(": ").strip()
    rest = text[m.end() :]
    if _EMPTY_PREAMBLE.match(text) or all(w in _FILLER or w in STOPWORDS for w in normalize(pre).split()):
        return rest, ""  # "Two things:", "quick qs:", "context:" (T3's list) say nothing about the topic
    return rest, pre  # "hill reps: how steep, how many": the asks are about hill reps


def _asks(message: str) -> tuple[list[str], str]:
    """(the questions in order, the background statements joined)."""
    pieces = [p.strip() for p in _SPLIT.split(message) if p and p.strip()]
    if len(pieces) <= 1:
        one, pre = _preamble(message.strip())
        parts = [x for x in _AND_ASK.split(one) if x.strip()]
        if len(parts) >= 2 and normalize(parts[0]).startswith("why ") and re.match(r"(?i)whats?\b", parts[1]):
            # "why bother with strength training, whats the number one reason": one question, said twice
            parts = [", ".join([parts[0], parts[1]]), *parts[2:]]
        first = normalize(parts[0]).split() if parts else []
        if pre and parts:
            parts[0] = f"{pre} {parts[0]}"
            one = f"{pre} {one}"
        if len(parts) >= 3 or (len(parts) == 2 and first and first[0] in _QUESTION_START):
            # "how do I do X and how many sets?": each ask answered on its own, in order (the
            # router would give both topics one intent).
            return parts, ""
        told = _TOLD_THEN_ASK.match(one)
        head_words = normalize(told.group(1)).split() if told else []
        if (
            told
            and head_words
            and head_words[0] not in _QUESTION_START
            and _PART.search(" ".join(head_words))
            and (_SYMPTOM.search(" ".join(head_words)) or set(head_words) & _FEELS)
            # ("hammies weak compared to my quads": a balance question, asked whole)
            and not re.search(r"\b(?:compared|than|vs|versus|imbalanc\w*|balance)\b", " ".join(head_words))
        ):
            # "my hamstrings are tight after intervals, should I do something for them?": what is
            # told is background (it sets the topic), the question is the ask.
            return [told.group(2)], told.group(1)
        return [one], ""
    asks: list[str] = []
    background: list[str] = []
    for p in pieces:
        p, pre = _preamble(p)  # "Two things: is it fine..." asks "is it fine..."
        p = f"{pre} {p}" if pre else p
        words = normalize(p).split()
        if not words:
            continue
        lead = words[1] if words[0] in ("and", "also", "plus", "so", "but") and len(words) > 1 else words[0]
        if lead in ("ok", "okay") and not re.match(
            r"(?:\w+ ){0,2}(?:ok|okay) (?:to|if|for)\b", " ".join(words)
        ):
            lead = ""  # "ok so marathoner here": not "ok to squat daily?"
        if p.rstrip().endswith("?") or lead in _QUESTION_START:
            asks.extend(x for x in _AND_ASK.split(p) if x.strip())
        else:
            background.append(p)
    if not asks:
        # No "?" and no question word first: the last statement with a question inside it is the
        # ask ("... if i do it, when in the week and what kind of weights"), the rest background.
        for i in range(len(background) - 1, -1, -1):
            m = _INNER_ASK.search(background[i][1:])
            if m is None:
                continue
            at = m.end() + 1
            head, tail = background[i][:at].rstrip(" ,;:-–"), background[i][at:]
            asks = [x for x in _AND_ASK.split(tail) if x.strip()]
            background = background[:i] + ([head] if head.strip() else []) + background[i + 1 :]
            break
    if not asks:
        return [message.strip()], ""
    return asks, " ".join(background)


def _covered(ask: str) -> bool:
    """Is this ask answered by a plan (what to do, how many, how long, how often)?"""
    plain = normalize(ask)
    return (
        bool(OPEN.search(plain)) or constraint(plain) or ask_of(ask).kind in ("dose", "howto", "what", "when")
    )


def _follow_up(ask: str, probe: tuple[bool, int, bool]) -> bool:
    """Does this ask lean on what came before ("and how many?", "why?", "is that ok for beginners")?"""
    named, terms, confident = probe
    text = normalize(ask)
    words = text.split()
    content_words = [w for w in words if w not in STOPWORDS]
    back = bool(set(words) & _BACK)
    if named and not (back and len(content_words) <= 3 and _OF_IT.search(text)):
        return False
    starts = text.startswith(_FOLLOW_START)
    if terms == 0 or (back and len(content_words) <= 6):
        return True
    if confident:
        return False  # "what about breathing?": a new topic of its own
    return len(content_words) <= 1 or (starts and len(content_words) <= 4) or len(content_words) <= 3


def _family(topic_id: str) -> set[str]:
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


def _owned_variation(topic_id: str, plain: str) -> str | None:
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
    for other in sorted(_family(topic_id) - {topic_id}):
        o = EXERCISES[other.split(":", 1)[1]]
        need = _kit_nouns(o.equipment)
        if need and all(k in words for k in need) and not _KIT_LACK.search(plain):
            return other
    return None


def _stems(text: str) -> set[str]:
    return {re.sub(r"(?:ing|ed|es|s)$", "", w) for w in normalize(text).split() if w not in STOPWORDS}


@lru_cache(maxsize=256)
def _topic_stems(topic_id: str, engine: Engine) -> frozenset[str]:
    full = engine.answer_topic(topic_id)
    return frozenset(_stems(full.text)) if full is not None else frozenset()


def _coverage(ask: str, topic_id: str, engine: Engine) -> int:
    """How many of the ask's own words the topic's whole text uses."""
    return len(_stems(ask) & _topic_stems(topic_id, engine))


_DAY_NAMES = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_DAY = re.compile(
    r"\b(mon|tue|wed|thu|fri|sat|sun)(?:days?|s|nesdays?|rsdays?|urdays?|sdays?|n|r|rs|urs|es|t)?\b"
)
_HARD_RUN = re.compile(
    r"\b(?:intervals?|tempo|long(?: run)?|lr|race|racing|parkrun|speed ?work|track|hills?|hill reps|fartlek|"
    r"threshold|reps|quality|workout|session)\b"
)
_EASY_RUN = re.compile(r"\b(?:easy|recovery|off|rest|nothing|free|jog|gym|strength|lift\w*)\b")
_WHICH_DAYS = re.compile(
    r"\b(?:which|what) days?\b|\bwhere (?:do|does|should|can|could|would) (?:they|it|i|these|those|the)\b"
    r"(?: \w+){0,3} (?:go|fit|put)|\bwhen in the week\b|\bwhich days? (?:of the week )?(?:should|do|can)\b|"
    r"\bwhat days?\b|\bwhere (?:do|should|can) i (?:put|fit|slot|add)\b|"
    r"\bhow (?:do|should|can|could|would) i (?:even )?(?:fit|slot|squeeze|schedule)\b"
)
# "how do I fit in two sessions?" after the runner's week: their days, not a routine
_FIT_ASK = re.compile(r"\bhow (?:do|should|can|could|would) i (?:even )?(?:fit|slot|squeeze|schedule)\b")
_FULL = {"mon": "Mon", "tue": "Tue", "wed": "Wed", "thu": "Thu", "fri": "Fri", "sat": "Sat", "sun": "Sun"}


def _week(text: str) -> dict[str, str]:
    """The runner's week as told ("mon easy, tue intervals, sat long run, wed fri sun off"):
    day -> "hard: intervals" / "easy"."""
    week: dict[str, str] = {}
    label = ""
    for piece in re.split(r"([,.;:\n]|\band\b|\bthen\b)", text):
        chunk = piece
        if piece in (",", ".", ";", ":", "\n", "then"):
            label = "" if piece not in (",",) else label
            continue
        if piece == "and":
            continue
        days = [m.group(1) for m in _DAY.finditer(chunk)]
        hard = _HARD_RUN.search(chunk)
        easy = _EASY_RUN.search(chunk)
        if days and not hard and not easy and label and len(chunk.split()) <= 2:
            # "quality runs Tue and Thu": the second day shares the first one's label
            for d in days:
                week[d] = label
            continue
        label = ""
        if not days:
            continue
        if hard and not (easy and easy.start() < hard.start() and "off" in chunk):
            label = "hard: " + hard.group(0).replace("lr", "long run")
        elif easy:
            label = "easy"
        for d in days:
            if hard and not (easy and easy.start() < hard.start() and "off" in chunk):
                week[d] = "hard: " + hard.group(0).replace("lr", "long run")
            elif easy:
                week[d] = "easy"
    return week


_RACE_DAY = re.compile(
    r"\b(?:race|racing|parkrun|marathon|half|10k|5k)\b(?: \w+){0,3} (?:on |this |next )?"
    r"(mon|tue|wed|thu|fri|sat|sun)[a-z]*\b|\b(mon|tue|wed|thu|fri|sat|sun)[a-z]* (?:race|parkrun|marathon)\b"
)
_NOT_AFTER = re.compile(
    r"^,? (?:\(|is (?:the day|a hard|your|race)|(?:the day before|a hard|your race|race day))", re.IGNORECASE
)
_LONG_DAY = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_DAY_IN_REPLY = re.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?s?\b")
_NOT_BEFORE = re.compile(
    r"\b(?:not|no|off|avoid|skip|never|except|rather than|instead of|away from|before|after|than)\b"
    r"[^:;,()]*$",
    re.IGNORECASE,
)


def busy_days(plain: str) -> dict[str, str]:
    """The days the runner's message says are taken: a hard or quality run, a race, a race's eve."""
    busy = {d: v for d, v in _week(plain).items() if v.startswith("hard")}
    for m in _RACE_DAY.finditer(plain):
        d = m.group(1) or m.group(2)
        busy[d] = "race"
        eve = _DAY_NAMES[(_DAY_NAMES.index(d) - 1) % 7]
        busy.setdefault(eve, "the day before your race")
    return busy


def race_day(plain: str) -> str | None:
    m = _RACE_DAY.search(plain)
    return (m.group(1) or m.group(2)) if m else None


def _guard_days(text: str, plain: str) -> str:
    """The reply without a suggestion of a day the runner said is taken (a quality run, a race or its
    eve), and with the race-day arithmetic done on the runner's own race day."""
    race = race_day(plain)
    if race is not None:
        r = _DAY_NAMES.index(race)

        def ours(m: re.Match[str]) -> str:
            return f"for your {_LONG_DAY[r]} race, {_LONG_DAY[(r - 2) % 7]} at the latest"

        text = re.sub(r"for an? \w+day race, \w+day at the latest", ours, text)
    busy = busy_days(plain)
    if not busy:
        return text
    lines = []
    for line in text.split("\n"):
        if _POINTER.match(line):
            lines.append(line)
            continue
        kept = []
        for p in _SENTENCE.split(line):
            bad = [
                m.group(1).lower()
                for m in _DAY_IN_REPLY.finditer(p)
                if m.group(1).lower() in busy
                and not _NOT_BEFORE.search(p[: m.start()])
                and not _NOT_AFTER.match(p[m.end() :])
                and not re.match(r"^(?:No|Not|Don't|Skip|Avoid|Keep)\b", p)
            ]
            if bad:
                _trace("busy_day", ",".join(bad))
                continue
            kept.append(p)
        if kept:
            lines.append(" ".join(kept))
    if not any(not _POINTER.match(x) for x in lines):
        return text
    out = "\n".join(lines)
    if out != text:
        days = _days_reply(plain)
        if days is not None:
            return days
        taken = ", ".join(
            f"{_LONG_DAY[_DAY_NAMES.index(d)]} ({v.replace('hard: ', '')})" for d, v in busy.items()
        )
        out = f"{out}\nKeep strength work off your taken days: {taken}; pick an easy day instead."
    return out


_DOING = re.compile(
    r"\b(?:i (?:do|did|have been doing|ve been doing|been doing|am doing|m doing)|ive been (?:lifting|doing)|"
    r"been (?:lifting|doing)|my (?:routine|session|workout|leg day|gym session) (?:is|has|includes)|"
    r"currently (?:do|doing)|i (?:lift|train))\b"
)
_JUDGE = re.compile(
    r"\b(?:am i doing (?:it|this|something|anything) wrong|doing it wrong|"
    r"is (?:that|this|it|my \w+) (?:ok|okay|enough|good|right|balanced|any good)|should i change|"
    r"what (?:should|would) (?:i|you) (?:add|change)|anything missing|what am i missing|"
    r"change the (?:exercises|weights?))\b"
)
_EASY_LOAD = re.compile(
    r"\b(?:(?:feels?|felt|pretty|really|too|very|quite) (?:easy|light)|too light|a breeze)\b"
)
_GROUP_ADD = {
    "quads": ("quads", "the one-legged squat"),
    "hamstrings": ("hamstrings", "the hamstring curl or hamstring push-up"),
    "calves": ("calves", "the calf raise"),
    "glutes": ("glutes", "the bridge"),
}


def review(message: str) -> str | None:
    """The runner's own routine told ("leg press, leg extensions and calf raises, 3x10, feels easy. Am I
    doing it wrong?"): the load first when it feels easy, then the muscle groups it leaves out."""
    plain = normalize(message)
    doing = _DOING.search(plain)
    if not (doing and _JUDGE.search(plain)) or re.search(
        r"\b(?:when|while|if|as|before|after)\s*$", plain[: doing.start()]
    ):
        return None  # "is it ok to let my knees go past my toes when I do wall squats": a form question
    done = [e for e in EXERCISES.values() if _says_exercise(f"exercise:{e.id}", plain)]
    if len(done) < 2:
        return None
    worked = {m for e in done for m in e.primary}
    missing = [g for g in _GROUP_ADD if g not in worked]
    lines = []
    if _EASY_LOAD.search(plain):
        lines.append(
            "Yes, the load is the first fix: a weight that feels easy won't make you stronger. Use a "
            "resistance that leaves you tired by the last of 12–15 reps, 2–3 sets, and raise it as you "
            "get stronger."
        )
    if missing:
        what = " and ".join(_GROUP_ADD[g][0] for g in missing[:2])
        add = " and ".join(_GROUP_ADD[g][1] for g in missing[:2])
        if lines:
            lines.append(
                f"And change the exercises a little: nothing in your list works the {what}; add {add}."
            )
        elif re.search(r"\b(?:add|missing)\b", plain):
            lines.append(f"Add {add}: nothing in your list works the {what}.")
        else:
            lines.append(f"Partly: nothing in your list works the {what}, so add {add}.")
    if not lines:
        return None
    lines.append("Keep it to twice a week, off hard-run days.")
    return "\n".join(lines)


_THEN = re.compile(
    r"\b(?:in |on )?(?:then|that (?:same )?(?:day|evening|night|morning|afternoon)|the same day|"
    r"after (?:it|that|the session|the run|the workout))\b"
)


def _then_day(message: str) -> str | None:
    """A strength ask that points back at the one day the runner told ("...track on Thursdays. Can I
    lift then?"): that day's verdict (a hard-run day or a race's eve is a no)."""
    asks, background = _asks(message)
    if len(asks) != 1 or not background:
        return None
    ask = asks[0].lower()
    if (
        not _THEN.search(ask)
        or _DAY.search(ask)
        or not re.search(
            r"\b(?:lift|lifting|strength|legs|leg day|gym|weights|squeeze|fit|train|session|it)\b", ask
        )
    ):
        return None
    days = {m.group(1) for m in _DAY.finditer(background.lower())}
    if len(days) != 1:
        return None
    day = _LONG_DAY[_DAY_NAMES.index(days.pop())]
    verdict = week_verdict(f"{background} {_THEN.sub(f'on {day}', ask, count=1)}")
    return verdict if verdict and verdict.startswith(("No", "Yes")) else None


def _days_reply(text: str) -> str | None:
    """Which of the runner's own days strength work fits (not a hard-run day nor the day before a race)."""
    week = _week(text)
    hard = [d for d in _DAY_NAMES if week.get(d, "").startswith("hard")]
    if not hard or len(week) < 2 or any(week[d][6:] in ("race", "racing", "parkrun") for d in hard):
        return None  # a race day: the race-day rule answers which day is the last session
    free = [d for d in _DAY_NAMES if d not in hard]
    # Two days apart where possible, easy-run days first (run first, then the strength work).
    pick: list[str] = []

    def before_hard(d: str) -> bool:
        return _DAY_NAMES[(_DAY_NAMES.index(d) + 1) % 7] in hard

    def apart(a: str, b: str) -> int:
        gap_days = abs(_DAY_NAMES.index(a) - _DAY_NAMES.index(b))
        return min(gap_days, 7 - gap_days)

    # Fresh legs for the hard sessions: not the day before one where possible; easy-run days first.
    for d in sorted(free, key=lambda d: (before_hard(d), week.get(d) != "easy", _DAY_NAMES.index(d))):
        if all(apart(d, p) >= 2 for p in pick):
            pick.append(d)
        if len(pick) == 2:
            break
    pick.sort(key=_DAY_NAMES.index)
    avoid = ", ".join(f"{_FULL[d]} ({week[d][6:]})" for d in hard)
    both = " and ".join(_FULL[d] for d in pick)
    return (
        f"Put them on easy days: {both} suit it. Keep strength work off your hard days, {avoid}, and off "
        "the day before a race. "
        "On a day you also run, run first, then the strength work."
    )


def _one(
    ask: str,
    context: str | None,
    background: str,
    answer_fn: Ask,
    engine: Engine,
    symptom: bool = False,
    earlier: bool = False,
) -> Answer:
    plain = normalize(ask)
    told = re.sub(r"['’]", "", f"{background} {ask}".lower())
    # (content/direct.py week_verdict answers the weeks it can read; this reads the rest)
    days = _days_reply(told) if _WHICH_DAYS.search(plain) and not week_verdict(told) else None
    fit_week = week_verdict(f"{background}, {ask}") if background and _FIT_ASK.search(plain) else None
    if fit_week is not None:
        # "My week is: Mon easy, Tue intervals... How do I fit in two sessions?": their own days.
        days_topic = "rule:hard_run_day"
        return Answer(fit_week, days_topic, True, (), topics=(days_topic,), context=days_topic)
    if days is not None:
        # "mon easy, tue intervals, thu tempo, sat long run. where do they go?": their own days.
        return Answer(
            days, "rule:hard_run_day", True, (), topics=("rule:hard_run_day",), context="rule:hard_run_day"
        )
    kit_ask = which(plain) or (
        which(normalize(f"{background} {ask}"))
        if background and set(plain.split()) & _BACK and context in _KIT_RULES
        else None
    )
    if kit_ask is not None:
        # "which machines should I use", "...the machines. Which ones?": the exercises for that kit.
        return Answer(kit_ask, "rule:machines", True, (), topics=("rule:machines",), context="rule:machines")
    whole_told = normalize(f"{background} {ask}")
    if _RACE_SOON.search(whole_told) and _START_NEW.search(plain):
        # "50k in two weeks. Should I start a strength program now or wait until after?"
        return Answer(
            START_BEFORE_RACE, "rule:race_day", True, (), topics=("rule:race_day",), context="rule:race_day"
        )
    claim = _claim(background) if background and _CLAIM_ASK.search(plain) else None
    if claim is not None:
        # "My running group says never lift after a hard run. Is that right?": the claim is the question.
        c_ans = answer_fn(f"{claim}?")
        judged = (
            _judge_claim(claim, c_ans)
            if c_ans.found and len(c_ans.topics) == 1 and c_ans.topics[0].startswith("rule:")
            else None
        )
        if judged is not None:
            return judged
    if _REST_BETWEEN.search(plain):
        # "how much rest between strength blocks?": between sessions, not between sets.
        return Answer(
            REST_BETWEEN_TEXT,
            "rule:frequency",
            True,
            (),
            topics=("rule:frequency",),
            context="rule:frequency",
        )
    if _SETUP.search(plain) and not _FIT_ASK.search(plain):
        # "how should I set it up so it doesn't kill my track sessions?": how to fit it around running
        fit_q = "how do i fit strength work in around my running"
        fit_topic = steer(normalize(fit_q))
        fit = engine.compose_for(fit_topic, fit_q) if fit_topic else None
        if fit is not None:
            return fit
    alone_ex = context if context and context.startswith("exercise:") else None
    if alone_ex is None and background:
        alone_ex = next(
            (
                f"exercise:{e.id}"
                for e in EXERCISES.values()
                if _says_exercise(f"exercise:{e.id}", normalize(background))
            ),
            None,
        )
    if alone_ex is not None and _ALONE.search(plain) and ENOUGH.search(plain):
        # "I do leg extensions twice a week. Is that enough on its own?": one exercise isn't a leg day.
        text = (
            "No: one exercise on its own isn't a full leg day. Work several muscle groups each session: "
            "balance quad work with hamstring work, and add the calves, glutes and hips (2–3 sets of "
            "12–15 reps each).\nTry one: /workout"
        )
        return Answer(text, alone_ex, True, (), topics=(alone_ex,), context=alone_ex)
    asks_for_moves = ask_of(ask).kind in ("what", "howto") or bool(OPEN.search(plain))
    general = gap(plain) or (
        gap(normalize(f"{background} {ask}")) if background and not asks_for_moves else None
    )
    if general is not None:
        if gap(plain) is None:
            _trace("gap_bg", general[1] or "")
        # A common question the article has no figure for: the honest general answer.
        text, topic = general
        topics = (topic,) if topic else ()
        return Answer(text, topic, True, OFF_TOPIC_SUGGESTIONS, topics=topics, context=topic)
    sure = steer(plain)
    if (
        sure is not None
        and context is not None
        and sure != context
        and plain.startswith(_FOLLOW_START)
        and direct(context, plain) is not None
        and not engine.probe(ask)[0]
    ):
        sure = None  # "what about two days before?" after the race-day rule: about the race, not frequency
    whole = ask
    if sure is None and background and not (context or "").startswith(("muscle:", "injury:")):
        # (a muscle, symptom or missing kit the background told is the topic: "tight hamstrings after
        # intervals" is not a question about intervals)
        sure = steer(normalize(f"{background} {ask}"))
        if sure is not None and (
            claim is not None
            or not (
                sure == context
                or ask_of(ask).kind == "when"
                or _WHICH_DAYS.search(plain)
                or _DAY.search(plain)
                or re.search(r"\b(?:today|tomorrow|tonight|tmrw|day before|day after|same day)\b", plain)
                or re.search(r"\bwhere (?:do|does|should|can|could|would) (?:\w+ ){1,3}(?:go|fit)\b", plain)
                or (
                    not earlier  # (a vague ask after an earlier one is about that one)
                    and (set(plain.split()) & _BACK or engine.probe(ask)[1] == 0)
                )
            )
        ):
            # "...the evening of a run day. How much rest between strength blocks?": the background's
            # timing is not what this ask is about (nor when the ask checks a claim told).
            sure = None
        if sure is not None:
            _trace("steer_bg", sure)
        if sure == "rule:frequency":
            sure = None  # "I run 3x a week. Is it worth it?": how often they run is not the question
        if sure is not None and week_verdict(f"{background}, {ask}"):
            whole = f"{background}, {ask}"  # "My long run is on Sundays. Is Saturday ok for legs?"
    elif background and asks_which_day(ask) and week_verdict(f"{background}, {ask}"):
        whole = f"{background}, {ask}"  # "Tempo Weds, long run Sun. Which 2 days for strength?"
    if sure is not None:
        ans = engine.compose_for(sure, whole)
        if ans is not None:
            return ans
    if context is not None and _TAKEN_ASK.search(plain) and not _named_topic(plain):
        # "what if they're all taken?" after the machines: what to use instead.
        kit_topic = _KIT_OF.get(context)  # (an exercise's own "No leg-press machine?" answers it already)
        if kit_topic is not None:
            taken = engine.compose_for(kit_topic, "what can i use instead")
            if taken is not None:
                return taken
    if context is not None and context.startswith("injury:") and _HEAL_TIME.search(plain):
        # "how long till it gets better?" about an injury: the article gives no timeline; say so.
        return Answer(HEAL_TEXT, context, True, (), topics=(context,), context=context)
    if context is not None and _NEED_KIT.search(plain):
        # "do I need special kit?", "do I need the ball?": what the exercise (or the muscle's) uses.
        m = _NEED_KIT.search(plain)
        word = m.group(1) if m and m.group(1) not in ("kit", "equipment", "gear", "anything") else ""
        kit_text = _kit_needed(context, word or "")
        if kit_text is not None:
            return Answer(kit_text, context, True, (), topics=(context,), context=context)
    if context is not None and context.startswith("exercise:"):
        swap = _USE_KIT.search(plain)
        if (
            swap
            and not _LACK.search(plain)
            and re.match(r"(?:so |and |but |ok )?(?:can|could|is it ok|would)\b", plain)
        ):
            full = engine.answer_topic(context)
            kit = swap.group(1).split()[-1].rstrip("s")
            said = (
                [x for x in re.split(r"(?<=[.!?])\s+|\n|\s(?=\d\) )", full.text) if kit in x.lower()]
                if full
                else []
            )
            if said:
                # "can I use a swiss ball instead?" after the hamstring push-up: yes, it says so.
                line = re.sub(r"^\d\)\s*", "", said[0].strip())
                name = topic_title(context) or ""
                return Answer(f"Yes. {name}: {line}", context, True, (), topics=(context,), context=context)
            ex = EXERCISES.get(context.split(":", 1)[1])
            if ex is not None and ex.equipment and kit not in ("weight", "dumbbell"):
                # "can I just do it on my sofa?": not in the article; what it uses, and a safe rule.
                uses = " and ".join(ex.equipment)
                return Answer(
                    f"The article uses {uses} for the {ex.name.lower()}; it doesn't mention a {kit}. "
                    f"Anything firm and stable that won't slide or tip can stand in.",
                    context,
                    True,
                    (),
                    topics=(context,),
                    context=context,
                )
    if context is not None and not context.startswith("exercise:") and _HOLD.search(plain):
        # "how long do I hold it?" after the glutes (or the home basics): the exercise among theirs
        # that is held (the bridge).
        part = context.split(":", 1)[1]
        full = engine.answer_topic(context)
        said_text = normalize(full.text) if full is not None else ""
        held = [
            e
            for e in EXERCISES.values()
            if e.dose.hold_s
            and (
                part in e.muscles
                or (part == "hip_weakness" and "hips" in e.muscles)
                or normalize(e.name) in said_text
            )
        ]
        if held:
            same = engine.compose_for(f"exercise:{held[0].id}", ask)
            if same is not None:
                return same
    weighted = _weighted(context) if context and _WEIGHTS.search(plain) else None
    named_now = _named_topic(plain)
    if weighted is not None and (named_now is None or named_now in _family(weighted)):
        # "and should I use weights?" after calf raises: the weighted version is the answer.
        w_ans = engine.compose_for(weighted, f"how do i do {topic_title(weighted) or ''}")
        if w_ans is not None:
            check = ask_of(ask)
            yes = "Yes, once the plain version feels easy: " if check.yesno or check.kind == "check" else ""
            return replace(w_ans, text=yes + w_ans.text)
    base_ex = EXERCISES.get(context.split(":", 1)[1]) if context and context.startswith("exercise:") else None
    if (
        base_ex is not None
        and _WEIGHTS.search(plain)
        and ask_of(ask).yesno
        and (named_now is None or named_now == context)
    ):
        with_db = [x for x in base_ex.steps if "dumbbell" in x.lower()]
        if with_db and context:
            # "should I use weights?" about the lunge: it is done with them.
            return Answer(
                f"Yes: {base_ex.name.lower()}s are done with them. {with_db[0]}",
                context,
                True,
                (),
                topics=(context,),
                context=context,
            )
    probe = engine.probe(ask) if context is not None or background else (False, 0, True)
    opener = plain.startswith(_FOLLOW_START)
    facet = context is not None and context.startswith("exercise:") and bool(_FACET.search(plain))
    if context is not None and (
        _follow_up(ask, probe)
        or (opener and not probe[0] and (direct(context, plain) is not None or facet))
        or (facet and bool(set(plain.split()) & _BACK))  # "should I do them one legged"
    ):
        _trace("followup", context)
        intent = ask_of(ask)
        if (
            intent.kind == "dose"
            and intent.dose in ("count", "heavy")
            and not context.startswith(("exercise:", "injury:"))
            and direct(context, plain) is None
        ):
            context = "rule:sets_reps"  # "how many sets each?" after the gym machines: the dose rule
        elif (
            (
                (intent.kind == "when" and bool(_WHEN_TRAIN.search(plain)))
                or (intent.kind == "dose" and intent.dose == "often")
            )
            and context not in _TIMED
            and not context.startswith("injury:")
            and direct(context, plain) is None
        ):
            context = "rule:frequency"  # "which days tho?" after "should I lift": how often, which days
        # A context the runner's symptom set ("my knees ache...") is not a diagnosis: say so.
        about = ask
        if background and len([w for w in plain.split() if w not in STOPWORDS and w not in _BACK]) <= 1:
            # "a friend says strength exercises help. is that true?": "that" is the last thing told.
            about = f"{_SENTENCE.split(background.strip())[-1].rstrip('.!')}, {ask}"
        muscles_ex = EXERCISES.get(context.split(":", 1)[1]) if context.startswith("exercise:") else None
        if muscles_ex is not None and _FOR_THEM.search(plain):
            # "which muscles get me up hills, and what exercises should I do for them?": "them" is the
            # muscles the hill repeats work; the exercises for those, not the hill repeats again.
            return _for_muscles(muscles_ex, context)
        if _START_ASK.search(plain) and not context.startswith(("injury:", "muscle:")):
            # "and how would I ease into it?" after plyometrics: where to start, not the definition again.
            first = engine.compose_for(context, "where do i start")
            if first is not None:
                return replace(first, text=re.sub(r"^If you start simple: ", "Start simple: ", first.text))
        if context.startswith("injury:") and not symptom:
            # A follow-up about an injury the chat reached ("anything I can do at home for that?" after
            # "my shins ache"): named only if this message names it; otherwise no diagnosis.
            told_text = normalize(f"{background} {ask}")
            symptom = not any(
                f" {normalize(n)} " in f" {told_text} "
                for n in injury_names(context)
                if not set(normalize(n).split()) & _VAGUE
            )
        ans = engine.compose_for(context, about, named=not symptom)
        if (
            ans is not None
            and context.startswith("muscle:")
            and _DO_SOMETHING.search(plain)
            and not ans.text.startswith("Yes")
            and not re.match(r"(?:and |so |but )?(?:how|what|which|where|when|why)\b", plain)
        ):
            # "tight hamstrings after intervals, should I be doing something for them?": yes, and what.
            lead = "Yes: strengthen them twice a week on an easy day, and stretch them after your runs."
            ans = replace(ans, text=f"{lead}\n{ans.text}")
        if ans is not None:
            return ans
    ans = answer_fn(ask)
    kin = [t for t in ans.topics if context is not None and _family(t) & _family(context)]
    if kin and len(ans.topics) > 1 and context is not None and not probe[0]:
        # "...and do I step back or walk forward?" after lunges: the walking lunge, not box hops too.
        same = engine.compose_for(kin[0], ask)
        if same is not None:
            return same
    if (
        context is not None
        and context.startswith(("exercise:", "muscle:"))
        and not probe[0]
        and ans.found
        and ans.topic != context
        and ans.topic is not None
        and _coverage(ask, context, engine) > _coverage(ask, ans.topic, engine)
    ):
        # "how do I hold the dumbbells for lunges, and do I step back or walk forward?": the second
        # ask names nothing; the lunge explains its words better than the box hops do.
        same = engine.compose_for(context, ask)
        if same is not None:
            return same
    intent = ask_of(ask)
    if (
        ans.found
        and len(ans.topics) == 1
        and ans.topics[0].startswith("rule:")
        and ans.topics[0] not in _DAYS
        and intent.kind == "when"
        and _WHEN_TRAIN.search(plain)
    ):
        # "when in the week?": which days, whatever rule the words landed on.
        often = engine.compose_for("rule:frequency", ask)
        if often is not None:
            ans = often
    if (
        ans.found
        and len(ans.topics) == 1
        and ans.topics[0].startswith("rule:")
        and ans.topics[0] not in _TIMED
        and intent.kind == "dose"
        and intent.dose == "often"
    ):
        # "how many times should I do leg workouts": how often, whatever rule the words landed on.
        often = engine.compose_for("rule:frequency", ask)
        if often is not None:
            ans = often
    if ans.found and ans.topic == "rule:about" and context is not None:
        # "what do they help with" after plyometrics: about them, not the bot's help menu.
        same = engine.compose_for(context, ask)
        if same is not None:
            return same
    if (
        (background and not ans.found and not ans.off_topic)
        or (background and ans.off_topic and probe[1] < 3)
        or (background and ans.topic == "rule:about")
    ):
        with_bg = answer_fn(f"{background} {ask}")
        if with_bg.found:
            return with_bg
    return ans


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


def _focus_swap(text: str, exercise: str) -> str:
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
    tail = [x for x in lines[1:] if _POINTER.match(x)]
    return "\n".join([f"{head}? {mine[0].strip()}", *tail])


def _drop_kit(text: str, kit: list[str]) -> str:
    """The reply without the sentences that suggest kit the runner said they lack."""
    pats = [re.compile(rf"\b(?:{w})\b", re.IGNORECASE) for n, w in _KIT_WORDS if n in kit]
    if not pats:
        return text
    lines = []
    dropped: set[str] = set()
    for line in text.split("\n"):
        if _POINTER.match(line):
            lines.append(line)
            continue
        kept = []
        for p in _SENTENCE.split(line):
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
        if kept != _SENTENCE.split(line):
            kept = [re.sub(r"^Or (\w)", lambda m: m.group(1).upper(), x) for x in kept]
        if kept:
            lines.append(" ".join(kept))
    body = [x for x in lines if not _POINTER.match(x)]
    swaps = list(dict.fromkeys(_KIT_SWAP[n] for n in kit if n in dropped and n in _KIT_SWAP))
    if swaps and (not body or _THIN.match(" ".join(body)) or len(" ".join(body)) < 60):
        # All that was left was a verdict about the missing kit ("Either works: ..."): what to use instead.
        names = " or ".join(n for n in kit if n in dropped)
        body = [f"No {names}? " + "; ".join(swaps[:2])[:1].upper() + "; ".join(swaps[:2])[1:] + "."]
        lines = body + [x for x in lines if _POINTER.match(x)]
    out = "\n".join(lines)
    return out if any(not _POINTER.match(x) for x in lines) else text


_VERDICT_WORD = re.compile(r"^(?:Yes|No|Either|Both|Neither)\b")
_THIN = re.compile(r"^(?:Either works|Both work)\b[^.]*\.?$")


# A young runner: the article doesn't cover them; honest general guidance.
RETURN_LEAD = (
    "Coming back: start light (one or two sets, no added weight), slow and controlled, and build up "
    "over the weeks; stop anything that hurts."
)
_YOUNG = re.compile(
    r"\b(?:i ?a?m|im|is|shes|hes|aged?|turning) (?:1[0-7])\b|\b1[0-7] (?:years? old|yo|y o)\b|\bteen\w*|"
    r"\b(?:high school|school (?:xc|cross country|team))\b|\bmy (?:son|daughter|kid|kids|child)\b"
)
_YOUNG_ASK = re.compile(
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


def _titles() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each exercise's and rule's title (over five letters) as a pattern, longest first."""
    found = []
    for t in topic_ids():
        name = normalize(topic_title(t) or "") if t.startswith(("exercise:", "rule:")) else ""
        if len(name) > 5:
            found.append((re.compile(rf"\b{re.escape(name)}s?\b"), t))
    return tuple(sorted(found, key=lambda x: -len(x[0].pattern)))


_TITLES = _titles()


def _named_topic(plain: str) -> str | None:
    """The exercise or rule whose own title the (normalised) message says ("plyometrics", "hill
    repeats"), longest first; None if none."""
    for pattern, t in _TITLES:
        if pattern.search(plain):
            return t
    return None


# "How should I adjust leg training now I'm running?", "how do I balance the gym and running": how
# strength work fits around running, in one answer (frequency, hard days, order, load).
_LIFT = (
    r"(?:leg training|leg days?|legs|lifting|lifts?|the gym|gym|strength(?: work| training)?|weights|"
    r"bodybuilding)"
)
_RUNNING = r"(?:running|runs?|my training|marathon|half|10k|5k|race training)"
_COMBINE = re.compile(
    r"\b(?:adjust|change|adapt|combine|balance|mix|juggle|structure|organi[sz]e|tweak)\b(?: \w+){0,3} "
    + _LIFT
    + r"\b.{0,40}\b(?:with|and|around|now|for|while|alongside)\b.{0,20}\b"
    + _RUNNING
    + r"\b|\b(?:combine|balance|mix|juggle)\b(?: \w+){0,2} "
    + _RUNNING
    + r" (?:and|with) "
    + _LIFT
    + r"\b"
)
COMBINE_TEXT = (
    "Keep the leg work; fit it around your running. Twice a week (sometimes three), never on a hard-run "
    "day or the day before a race, and on a day with a run, run first. Use a resistance that tires you by "
    "12 to 15 reps, 2 or 3 sets, comfortable rather than to failure, and add one-legged and balance moves. "
    "With a balanced programme it won't slow you down."
)


def _memo(fn: Ask) -> Ask:
    seen: dict[str, Answer] = {}

    def once(text: str) -> Answer:
        if text not in seen:
            seen[text] = fn(text)
        return seen[text]

    return once


# A session just done ("my first leg session yesterday", "the day after squats") and "is this normal?".
_AFTER_SESSION = re.compile(
    r"\b(?:session|leg day|legday|workout|lifting|lifted|squats?|lunges?|gym|strength)\b.{0,60}"
    r"\b(?:yesterday|last night|today|this morning|day after|next day|since)\b|"
    r"\b(?:yesterday|last night|day after|next day)\b.{0,60}"
    r"\b(?:session|leg day|workout|lifting|squats?|lunges?)\b"
)
_NORMAL_ASK = re.compile(
    r"\b(?:normal|expected|to be expected|is (?:this|that|it) ok|did i (?:hurt|injure|damage))\b"
)
# Pain in one joint or part is not the soreness after a session.
_PART_PAIN = re.compile(
    r"\b(?:knee|shin|heel|ankle|foot|back|hip|achilles)s?\b.{0,20}\b(?:pain|hurts?|aches?)\b"
)


def respond(message: str, last: str | None, answer_fn: Ask, engine: Engine) -> Answer:
    """The reply to a whole message. ``answer_fn`` answers one ask on its own (the topic router),
    ``engine`` the Answerer (probe and compose_for); ``last`` the chat's previous topic, if recent."""
    answer_fn = _memo(answer_fn)  # one routing per distinct text within this message

    message = denied(message)  # "no swelling", "nothing hurts": not a symptom, nor a missing piece of kit
    plain = normalize(message)
    if clot(plain):
        return Answer(CLOT_TEXT, None, False, ())
    if red_flag(plain):
        return Answer(RED_FLAG_TEXT, None, False, ())
    if numb(plain):
        return Answer(numb_text(plain), None, False, ())
    hurt = acute(plain) and not cleared(plain) and not returning(plain)
    injury = uncovered(plain)
    if hurt:
        _trace("acute", "severe" if severe(plain) else "")
    return_note = ""
    if injury is not None and not hurt and (returning(plain) or cleared(plain)):
        r_asks, r_bg = _asks(message)
        # the asks, and the sentence just before them ("weak hips and glutes... which exercises target those")
        later = normalize(" ".join([*_SENTENCE.split(r_bg)[-1:], *r_asks]))
        if any(re.search(rf"\b(?:{w})\b", later) for w, _ in _MUSCLE_WORDS) or any(
            _says_exercise(f"exercise:{e.id}", later) for e in EXERCISES.values()
        ):
            # "back from a stress reaction, cleared; which exercises target the hips?": their ask is
            # answered, after the honest line about the injury itself.
            name = getattr(injury, "name", "That injury")
            return_note = (
                f"Good that you're cleared. {name} isn't covered in detail here, so your physio's plan "
                "comes first; no hopping or jumping until running feels normal again."
            )
            injury = None
    if injury is not None:
        _trace("uncovered", injury.name if hasattr(injury, "name") else str(injury))
        text = uncovered_text(injury, hurt, plain)
        return Answer(text, None, False, ("Injury prevention", "Calf raise", "Weak hips and poor alignment"))
    if not hurt and _YOUNG.search(plain) and _YOUNG_ASK.search(plain):
        # "im 16, am i too young to lift?": not in the article; said so, with safe general guidance.
        return Answer(YOUNG_TEXT, "rule:routine", True, (), topics=("rule:routine",), context="rule:routine")
    if (
        not hurt
        and _AFTER_SESSION.search(plain)
        and _NORMAL_ASK.search(plain)
        and not _PART_PAIN.search(plain)
    ):
        # "first leg session yesterday, today I can barely walk down stairs. normal?": the soreness
        # after a session (its honest answer says what is not normal).
        doms = gap(normalize("legs sore after leg day, is that normal"))
        if doms is not None:
            return Answer(doms[0], doms[1], True, OFF_TOPIC_SUGGESTIONS, topics=(), context=doms[1])
    if not hurt and _COMBINE.search(plain) and len(_asks(message)[0]) == 1:
        return Answer(
            COMBINE_TEXT, "rule:frequency", True, (), topics=("rule:frequency",), context="rule:frequency"
        )
    own_review = None if hurt else review(message)
    if own_review is not None:
        # "leg press, extensions and calf raises, 3x10, pretty easy. Am I doing it wrong?": their routine
        _trace("plan", "review")
        return Answer(own_review, "rule:routine", True, (), topics=("rule:routine",), context="rule:routine")
    then_verdict = None if hurt else _then_day(message)
    if then_verdict is not None:
        # "hard track workout on Thursdays. Can I squeeze strength in then?": "then" is the Thursday.
        _trace("plan", "then_day")
        return Answer(
            then_verdict,
            "rule:hard_run_day",
            True,
            (),
            topics=("rule:hard_run_day",),
            context="rule:hard_run_day",
        )
    kit_verdict = None if hurt else kit_enough(plain)
    if kit_verdict is not None and len(_asks(message)[0]) == 1:
        # "my gym only has a leg press and a treadmill, is that enough?": what to add, no more kit
        _trace("plan", "kit_enough")
        return Answer(
            kit_verdict, "rule:machines", True, (), topics=("rule:machines",), context="rule:machines"
        )
    verdict = None if hurt else enough(plain)
    if (
        verdict is not None
        and len(_asks(message)[0]) == 1
        and not OPEN.search(plain)
        # ("is once a week enough?" alone: content/direct.py's verdict)
        and (_MINUTES_SAID.search(plain) or verdict.startswith("Yes"))
    ):
        # "only 15 mins twice a week, is that even worth it?": their time against the article's.
        about = "rule:time_needed" if _MINUTES_SAID.search(plain) else "rule:frequency"
        return Answer(verdict, about, True, (), topics=(about,), context="rule:frequency")
    # "15 min on my lunch break, give me a leg routine" is on topic; "home or gym for a beginner?"
    # asks for a verdict (content/compose.py settled), not a plan.
    own = plan(plain) if settled(message) is None else None
    week_told = bool(_WHICH_DAYS.search(plain) and (week_verdict(message) or _days_reply(message.lower())))
    if own is not None and week_told and (not OPEN.search(plain) or _FIT_ASK.search(plain)):
        own = None  # "mon rest, tue hills, fri tempo... where do I put two gym days": their days, not a plan
    if own is None and off_scope(plain) and not hurt:
        return Answer(OFF_TOPIC_TEXT, None, False, OFF_TOPIC_SUGGESTIONS, off_topic=True)
    asks, background = _asks(message)
    replies: list[Answer] = []
    kinds: list[str] = []
    asked: list[str] = []
    if own is not None:
        _trace("plan", own.topic or "")
        # The runner's kit and time decide what to do: one plan covers the open asks and the doses;
        # the other asks ("will it leave me tired?") are answered after it.
        replies.append(Answer(own.text, own.topic, True, (), topics=(own.topic,), context=own.topic))
        kinds.append("plan")
        asked.append(message)
        asks = [
            a
            for a in asks
            if not _covered(a)
            or (ENOUGH.search(normalize(a)) and not OPEN.search(normalize(a)))  # ("what's worth doing")
            or (week_told and _WHICH_DAYS.search(normalize(a)))
        ]
    context = last
    told_context: str | None = None
    symptom_of: str | None = None
    told_injury: str | None = None
    if background:
        # "My knees ache after long runs. What should I do?": the first background sentence that
        # tells a symptom or a missing piece of kit is what the questions are about.
        found_in: list[str] = []
        kit_told: str | None = None
        for sentence in re.split(r"(?<=[.!])\s+|,\s*|\s+(?:and|but)\s+", background):
            told = normalize(sentence)
            useful = (
                _PART.search(told)
                or _KIT_TOLD.search(told)
                or _FORM_WORDS.search(told)
                or "imbalanc" in told
                or _KIT_LACK.search(told)
            )
            # (a fragment naming no body part, kit or form word can't set the topic: not routed)
            long_enough = len(told.split()) >= 3 or bool(_KIT_LACK.search(told))  # "no hills"
            # ("the inside of my lower leg along the bone" is where shin pain is felt)
            ans = answer_fn(_SHIN.sub("shin", sentence)) if long_enough and useful else None
            told = normalize(sentence)
            if ans is not None and ans.found and ans.context and _KIT_TOLD.search(told):
                # "I don't know what half the machines do": what "which ones" means (the kit, not its lack).
                kit_told = _KIT_TOPIC.get(ans.context, ans.context)
                if kit_told.startswith("equipment:"):
                    kit_told = None
            if ans is None or not ans.found or not ans.context or not ans.context.startswith(_BACKGROUND):
                continue
            if ans.context.startswith("muscle:") and not any(
                m == ans.context and re.search(rf"\b(?:{w})\b", told) for w, m in _MUSCLE_WORDS
            ):
                continue  # "the inside of my lower leg aches": not the glutes the words landed on
            if ans.context.startswith("rule:") and not _FORM_WORDS.search(told):
                continue  # "I run 4x a week" is not about running form
            if ans.context.startswith("equipment:") and not _KIT_LACK.search(told):
                continue  # "I've got a chair", "no time for a gym block": not a missing piece of kit
            if ans.context.startswith("injury:") and not (
                (_SYMPTOM.search(told) or _FORM_WORDS.search(told) or "weak" in told.split())
                and _PART.search(told)
            ):
                continue  # "knee one block", "I'm sore for days": no symptom of a named part
            found_in.append(ans.context)
        # A symptom or a missing piece of kit says most about what the runner needs.
        found_in.sort(key=lambda t: not t.startswith(("injury:", "equipment:")))
        if not found_in and all(
            set(normalize(a).split()) & _BACK
            or len([w for w in normalize(a).split() if w not in STOPWORDS]) <= 2
            for a in asks[:1]
        ):
            # "calves always sore after tempo runs, should I lift them?": "them" is the muscle told.
            named_muscle = next(
                (m for w, m in _MUSCLE_WORDS if re.search(rf"\b(?:{w})\b", normalize(background))), None
            )
            if named_muscle:
                found_in.append(named_muscle)
        if (
            not found_in
            and kit_told
            and all(set(normalize(a).split()) & _BACK and not _NOW_ASK.search(normalize(a)) for a in asks[:1])
        ):
            found_in.append(kit_told)  # "...the machines. Which ones should I use?"
        if found_in:
            _trace("background", found_in[0])
            context = found_in[0]
            told_context = context
            told_injury = context if context.startswith("injury:") else None
            if context.startswith("injury:") and not any(
                normalize(n) in plain for n in injury_names(context)
            ):
                symptom_of = context
    for ask in asks[:MAX_ASKS]:
        if verdict is not None and ENOUGH.search(normalize(ask)) and (len(asks) > 1 or own is not None):
            # "Is one enough, and what should it include?": the verdict on their time, then the rest.
            said_v = verdict.rsplit("\nTry one:", 1)[0]
            if own is not None:
                said_v = said_v.split("\n")[0]  # the plan after it says the days and the doses
            ans = Answer(
                said_v,
                "rule:frequency",
                True,
                (),
                topics=("rule:frequency",),
                context="rule:frequency",
            )
            # The verdict leads (it answers the runner's first worry), a plan after it, without
            # saying the minutes twice.
            replies = [
                replace(r, text="\n".join(x for x in r.text.split("\n") if "minutes" not in x))
                if k == "plan"
                else r
                for r, k in zip(replies, kinds, strict=True)
            ]
            replies.insert(0, ans)
            kinds.insert(0, "check")
            asked.insert(0, ask)
            context = "rule:frequency"
            verdict = None
            continue
        if (
            replies
            and told_context is not None
            and context in _TIMED | _DAYS
            and context != told_context
            and _CONTENT_ASK.search(normalize(ask))
        ):
            # "where would sessions fit and what should they focus on?" after "my knees ache": the
            # second ask is about what the background told, not the timing the first ask got.
            _trace("content_ask", told_context)
            context = told_context
        ans = _one(
            ask, context, background, answer_fn, engine, symptom=context == symptom_of, earlier=bool(replies)
        )
        if context is not None and any(r.text == ans.text for r in replies):
            # The same reply again ("how many days a week, how long per session"): the context
            # swallowed the ask; answer it on its own.
            alone = answer_fn(ask)
            starter = re.search(
                r"\b(?:starter|beginners?|first one|start with|easiest|easy one)\b", normalize(ask)
            )
            if starter:
                # "whats a good starter one?" after "do I need plyos?": where to start with them.
                first = engine.compose_for(context, "where do i start")
                if first is not None and all(r.text != first.text for r in replies):
                    ans = first
            elif alone.found and alone.topic != "rule:about":
                ans = alone
            elif context in _FLIP and re.search(r"\b(?:after|afterwards|before)\b", normalize(ask)):
                flipped = engine.compose_for(_FLIP[context], ask)
                if flipped is not None:
                    ans = flipped
        if len(asks) > 1 and ans.found and len(ans.topics) > 1 and ans.topic:
            a_plain = normalize(ask)
            said_t = [t for t in ans.topics if _says_exercise(t, a_plain) or _named_topic(a_plain) == t]
            glued = [
                t for t in ans.topics if t not in said_t and t.startswith("rule:") and t not in _TIMED | _DAYS
            ]
            if len(said_t) == 1 and len(glued) == len(ans.topics) - 1:
                # "are step ups good for runners, and how high...": the step-up, not a muscles-used rule too.
                alone_ans = engine.compose_for(said_t[0], ask)
                if alone_ans is not None:
                    ans = alone_ans
        if (
            not ans.found
            and context in _FLIP
            and re.search(r"\b(?:after|afterwards|before)\b", normalize(ask))
        ):
            # "what should I do to warm up and what after?": the other end of the session.
            flipped = engine.compose_for(_FLIP[context], ask)
            if flipped is not None:
                ans = flipped
        kind = ask_of(ask).kind
        if replies and ans.found and ans.topic is not None and any(r.topic == ans.topic for r in replies):
            if kind == "what" and not re.search(
                r"\b(?:muscles?|work|works|target|hit|for|help|helps|point|good|benefits?|after|before|"
                r"start|starter|first)\b",
                normalize(ask),
            ):
                continue  # "what should my arms be doing" after the hill steps: already said
            if (
                replies[-1].topics == (ans.topic,)
                and kinds[-1] == "what"
                and len(asked[-1].split()) <= 4
                and normalize(asked[-1]).split()[0] not in _QUESTION_START
            ):
                replies.pop()  # "overhead lunges? how do I do those": the steps replace the summary
                kinds.pop()
                asked.pop()
        replies.append(ans)
        kinds.append(kind)
        asked.append(ask)
        if ans.context:
            context = ans.context
    if len(replies) > 1 and any(a.found and a.topic != "rule:about" for a in replies):
        replies = [a for a in replies if a.topic != "rule:about"]  # the help menu is no answer to an ask
    found = [a for a in replies if a.found]
    if len(replies) == 1:
        out = replies[0]
    elif not found:
        out = replies[0]
    else:
        texts = []
        seen: set[str] = set()
        said: set[str] = set()
        for a in replies:
            if a.text in seen:
                continue
            seen.add(a.text)
            if not a.found:
                texts.append("One part I'm not sure about: ask it on its own, in other words.")
                continue
            # A line an earlier ask already said (a caution, a pointer) is not said twice, nor a
            # sentence ("Brace the chair against a wall" after the steps that said it).
            head = _SENTENCE.split(a.text.split("\n")[0])[0].strip()
            said_lower = {x.lower() for x in said}
            if (
                said
                and len(head) >= 12  # a bare "Yes." said before is no answer already given
                and (head in said or head.split(": ", 1)[-1] in said or head.lower() in said_lower)
            ):
                # Its answer was already given ("how many" after the steps that gave the dose):
                # the rest would be a leftover line, not an answer.
                continue
            lines = []
            for x in a.text.split("\n"):
                if x in said:
                    continue
                parts = _SENTENCE.split(x)
                kept = [
                    p
                    for p in parts
                    if (
                        p.strip() not in said
                        and (p.split(": ", 1)[-1] not in said or len(p.split(": ", 1)[-1]) < 25)
                    )
                    or len(p) < 25
                ]
                said.update(p.strip() for p in parts)
                said.update(p.split(": ", 1)[-1].strip() for p in parts)
                # a numbered step said before ("3) Lower yourself until...") is said
                said.update(re.sub(r"^\d+\)\s*", "", p.strip()) for p in re.split(r"\s(?=\d+\) )", x))
                said.add(x)
                if kept:
                    lines.append(" ".join(kept))
            if lines:
                texts.append("\n".join(lines))
        # One pointer block at the end, not a "Full card:" between two answers about the same thing.
        pointers: list[str] = []
        for i, t in enumerate(texts):
            keep = [x for x in t.split("\n") if not _POINTER.match(x)]
            pointers += [x for x in t.split("\n") if _POINTER.match(x) and x not in pointers]
            texts[i] = "\n".join(keep)
        texts = [t for t in texts if t.strip()]
        if pointers and texts:
            texts[-1] += "\n" + "\n".join(pointers[:2])
        topics = tuple(dict.fromkeys(t for a in found for t in a.topics))[:3]
        out = Answer(
            "\n\n".join(texts),
            topics[0],
            True,
            found[0].suggestions,
            topics=topics,
            context=found[-1].context,
        )
    is_bad = _IS_BAD.search(plain)
    # The topics of the reply, and a symptom the background told ("my shins get sore after hill
    # sprints, should I stop the hills?" asks about the hills, but the shins are the point).
    told_topics = out.topics + ((told_injury,) if told_injury and told_injury not in out.topics else ())
    if (
        not hurt
        and len(replies) == 1
        and own is None
        and _SYMPTOM.search(plain)
        and (
            len(told_topics) > 1 or bool(is_bad and told_topics[:1] and told_topics[0].startswith("injury:"))
        )
        and (
            told_topics[0].startswith("injury:")
            or ((_STOP_X.search(plain) or is_bad) and any(t.startswith("injury:") for t in told_topics))
        )
        and all(
            t.startswith("rule:")
            or (t.startswith("exercise:") and (not _says_exercise(t, plain) or bool(_STOP_X.search(plain))))
            for t in told_topics
            if not t.startswith("injury:")
        )
        and sum(t.startswith("injury:") for t in told_topics) == 1
    ):
        # A symptom told: that injury's answer alone (a glued stretching or rule line reads as filler),
        # never as a diagnosis unless the runner named it.
        inj = next(t for t in told_topics if t.startswith("injury:"))
        stop = _STOP_X.search(plain)
        said_name = any(
            f" {normalize(n)} " in f" {plain} "
            for n in injury_names(inj)
            if not set(normalize(n).split()) & _VAGUE
        )
        _trace("symptom_injury", inj)
        inj_ans = engine.compose_for(
            inj, f"{_STOP_X.sub('', plain)}, what helps" if stop or is_bad else message, named=said_name
        )
        if inj_ans is not None:
            lead = (
                f"Ease off the {stop.group(1)} while it's sore, and build back up once it settles.\n"
                if stop
                else "Worth sorting out rather than ignoring, though I can't say for sure what it is.\n"
                if is_bad
                else ""
            )
            if is_bad:
                inj_ans = replace(inj_ans, text=inj_ans.text.replace("I can't diagnose it, but if", "If", 1))
            out = replace(inj_ans, text=lead + inj_ans.text)
    if (
        not hurt
        and len(replies) == 1
        and len(out.topics) == 1
        and out.topics[0].startswith("injury:")
        and out.text.startswith("For ")
        and _SYMPTOM.search(plain)
        and not any(
            f" {normalize(n)} " in f" {plain} "
            for n in injury_names(out.topics[0])
            if not set(normalize(n).split()) & _VAGUE
        )
    ):
        # "dodgy knee, what can I still do?": a symptom, not the injury's name; no diagnosis.
        hedged = engine.compose_for(out.topics[0], message, named=False)
        if hedged is not None:
            out = hedged
    if not hurt and out.found and out.topics[:1] == ("injury:hip_weakness",) and _KNEES_IN.search(plain):
        # "my knees cave in, is that a strength thing?": a form sign the hips explain, said plainly;
        # no pain told, no pain line.
        body = re.sub(
            r"^.*?(?:I can't diagnose it, but if|If|For) (?:it's )?weak hips and poor alignment[^:]*: ",
            "",
            out.text,
            count=1,
            flags=re.DOTALL,
        )
        lines = [
            x
            for x in body.split("\n")
            if _CHRONIC.search(plain) or is_bad or not x.startswith("If pain is sharp")
        ]
        check = ask_of(asks[-1] if asks else message)
        yesno = (
            check.yesno or check.kind == "check" or re.search(r"\b(?:is|are|could) (?:that|it|this)\b", plain)
        )
        # ("is that bad?": worth sorting out, and when to get it seen)
        lead = "Worth sorting out rather than ignoring: " if is_bad else "Yes, usually: " if yesno else ""
        out = replace(
            out,
            text=f"{lead}knees that drift inward are a common sign of weak hips and glutes, which should "
            "hold the knee in line.\n" + "\n".join(lines),
        )
        out = replace(out, text=out.text[0].upper() + out.text[1:])
    told_pain = _CHRONIC.search(
        re.sub(
            # "without hurting", "keep me from getting hurt": no pain told
            r"\bwithout (?:\w+ )?(?:hurting|pain|aching)\b|\b(?:get|gets|getting|got) hurt\b",
            " ",
            plain,
        )
    )
    told_pain = told_pain or _ABOUT_TO_GO.search(plain)
    if not hurt and told_pain and not _PRO_SAID.search(out.text) and not out.off_topic:
        # Pain that keeps coming back: a physio line, whichever topic answered it.
        lines = out.text.split("\n")
        at = next((i for i, x in enumerate(lines) if _POINTER.match(x)), len(lines))
        _trace("physio_line")
        lines.insert(
            at, WARNING_LINE if _ABOUT_TO_GO.search(plain) and not _CHRONIC.search(plain) else PHYSIO_LINE
        )
        out = replace(out, text="\n".join(lines))
    if (
        not hurt
        and out.found
        and own is None
        and _ONE_SIDE.search(plain)
        and not re.search(r"one[- ]legged|one leg|each leg on its own|weaker side", out.text)
    ):
        # "I always get hurt on my right side only": each leg on its own, the weaker one first.
        lines = out.text.split("\n")
        at = next((i for i, x in enumerate(lines) if _POINTER.match(x)), len(lines))
        lines.insert(at, ONE_SIDE_LINE)
        out = replace(out, text="\n".join(lines))
    if out.found and len(replies) == 1 and out.context:
        named = _named_topic(plain)
        if (
            named
            and named != out.context
            and (named in out.topics or out.context == "rule:why_strength")
            and _named_topic(normalize(topic_title(out.context) or "")) != named
        ):
            # "are plyometrics worth it?" answered by the why-strength rule: a follow-up ("where do I
            # start?") is about plyometrics, the thing the runner named.
            out = replace(out, context=named)
    if out.found and not hurt and len(replies) == 1 and out.topic and out.topic.startswith("exercise:"):
        owned = _owned_variation(out.topic, plain)
        if owned is not None and not (len(out.topics) > 1 and set(out.topics) <= _family(out.topic)):
            # "stuck with a treadmill all winter, how do I keep my hill strength": the treadmill version.
            swap = engine.compose_for(owned, message)
            if swap is not None:
                out = swap
    if out.found and out.topic and out.topic.startswith("equipment:") and len(replies) == 1:
        # "no bench for step ups?", "and if I have no step" after calf raises: that exercise's swap only.
        focus = [f"exercise:{e.id}" for e in EXERCISES.values() if _says_exercise(f"exercise:{e.id}", plain)]
        if not focus and last is not None and last.startswith("exercise:"):
            focus = [last]
        if focus:
            out = replace(out, text=_focus_swap(out.text, focus[0]))
    if out.found and not hurt:
        out = replace(out, text=_guard_days(out.text, message.lower()))
    kit = lacked(plain)
    if kit and out.found and not hurt:
        out = replace(out, text=_drop_kit(out.text, kit))
    worry = _claim(background) if background and not hurt and out.found else None
    if worry is not None and not any(_CLAIM_ASK.search(normalize(a)) for a in asks):
        # "Teammate says weights will make me slow. How should I set it up?": the worry told is
        # answered too, when it is the bulk myth (the article answers it).
        w_ans = answer_fn(f"{worry}?")
        if w_ans.found and w_ans.topics == ("rule:bulk",) and "bulk" not in out.text:
            worry_line = w_ans.text.split("\n")[0]
            out = replace(out, text=f"{out.text}\n\n{worry_line}")
    if (
        not hurt
        and out.found
        and (cleared(plain) or returning(plain))
        and any(t.startswith("injury:") for t in out.topics)
        and not re.search(r"\b(?:start light|build up|build back|gradually)\b", out.text)
    ):
        # "coming back from runner's knee, cleared, how do I rebuild?": how to return, then what to do.
        _trace("returning")
        out = replace(out, text=f"{RETURN_LEAD}\n{out.text}")
    if return_note and out.found:
        # no symptom told now: not a hedged diagnosis ("I can't diagnose it, but if it's weak hips...: ")
        body = re.sub(r"(?m)^I can't diagnose it, but if it's [^:]*: ", "", out.text)
        out = replace(out, text=f"{return_note}\n{body}")
    note = plan_note(plain)
    if note and out.found and not hurt and note not in out.text:
        # After pregnancy, at 67: the article doesn't single it out; said first, then the answer.
        out = replace(out, text=f"{note}\n{out.text}")
    if hurt:
        lead = SEVERE_LEAD if severe(plain) else acute_lead()
        if goes_on(plain):
            lead = f"Not yet. {lead}"  # "can I still lift tomorrow?": the verdict first
        if severe(plain) or _CAUSE.search(plain):
            # Seen today, nothing else; "hurt it during lunges": not the move that hurt it either.
            out = Answer(
                lead + " Once it has settled and you're cleared, ask me what to strengthen.",
                None,
                False,
                out.suggestions,
            )
        elif out.found and (
            not goes_on(plain)  # nothing asked about carrying on: the exercise's card would read as advice
            or out.text.startswith("I can't diagnose")
            or any(t.startswith(("injury:", "rule:", "muscle:")) for t in out.topics)
            or not any(_says_exercise(t, plain) for t in out.topics)
        ):
            # Reached through a symptom: another injury's card would read as a diagnosis.
            out = Answer(
                lead + " Once it has settled and you're cleared, ask me what to strengthen.",
                None,
                False,
                out.suggestions,
            )
        elif out.found:
            # Only the exercise the runner named ("can I still do bridges?"), not the injured part's.
            named_ex = [t for t in out.topics if _says_exercise(t, plain)]
            if named_ex and len(out.topics) > 1:
                ex_ans = engine.compose_for(named_ex[0], message)
                if ex_ans is not None:
                    out = ex_ans
            # The lead already says to see someone: the body's own caution line would repeat it.
            body = "\n".join(x for x in out.text.split("\n") if "doctor or physio" not in x)
            body = _VERDICT.sub("", body, count=1)  # "Not yet" leads; a "Yes, ..." after it would contradict
            # Only what the exercise is (its steps wait for the runner to be cleared) and the pointer.
            body = "\n".join(x.split(" 1) ")[0] for x in body.split("\n") if not x.startswith("Dose:"))
            body = "\n".join(x for x in body.split("\n") if x.strip() and not x.rstrip().endswith(":"))
            out = Answer(
                f"{lead}\n{AFTER} {body}",
                out.topic,
                True,
                out.suggestions,
                topics=out.topics,
                context=out.context,
            )
        else:
            out = Answer(lead, None, False, out.suggestions)
    return out
