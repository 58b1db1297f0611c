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

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Protocol

from content.anatomy import INJURIES
from content.compose import ask_of, settled
from content.direct import asks_which_day, direct, steer, week_verdict
from content.exercises import EXERCISES
from content.model import Answer
from content.plan import OPEN, plan
from content.reasons import OFF_TOPIC_SUGGESTIONS, OFF_TOPIC_TEXT, gap, off_scope, plan_note
from content.safety import (
    AFTER,
    CLOT_TEXT,
    NUMB_TEXT,
    RED_FLAG_TEXT,
    SEVERE_LEAD,
    acute,
    acute_lead,
    cleared,
    clot,
    goes_on,
    numb,
    red_flag,
    severe,
    uncovered,
    uncovered_text,
)
from content.text import STOPWORDS, normalize

MAX_ASKS = 3


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


Ask = Callable[[str], Answer]
_SPLIT = re.compile(r"(?<=[?.!])\s+|\n+")
# "What should I do and how often?": a second question word after "and" starts a second ask.
_AND_ASK = re.compile(
    r"\s*(?:,\s*)?\b(?:and|also|plus)\s+(?=(?:how|what|why|when|which|should|can|could|is|are|do|does|"
    r"will|would)\b)|,\s*(?=(?:how|what|why|when|which)\b)",
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


def _drop_preamble(text: str) -> str:
    m = _PREAMBLE.match(text)
    if m is None:
        return text
    if _EMPTY_PREAMBLE.match(text):
        return text[m.end() :]
    return text[: m.end()].rstrip().rstrip(":") + ", " + text[m.end() :]


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
_POINTER = re.compile(r"(?:Full card|More|Try one|How to do it|Related|A full session|Closest here): /")
# "which days tho", "when should I lift": when to train (not "when do I go heavier").
_WHEN_TRAIN = re.compile(
    r"\b(?:days?|week|weekly)\b|^(?:so |and |but )?when (?:should|do|can|could) (?:i|we) "
    r"(?:lift|train|do (?:it|them|legs|strength|this|that))\b"
)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_FOLLOW_START = ("and ", "what about", "how about", "so ", "but ", "also ", "then ", "ok ", "okay ", "why")


def _asks(message: str) -> tuple[list[str], str]:
    """(the questions in order, the background statements joined)."""
    pieces = [p.strip() for p in _SPLIT.split(message) if p and p.strip()]
    if len(pieces) <= 1:
        one = _drop_preamble(message.strip())
        parts = [x for x in _AND_ASK.split(one) if x.strip()]
        first = normalize(parts[0]).split() if parts else []
        if len(parts) >= 3 or (len(parts) == 2 and first and first[0] in _QUESTION_START):
            # "how do I do X and how many sets?": each ask answered on its own, in order (the
            # router would give both topics one intent).
            return parts, ""
        return [one], ""
    asks: list[str] = []
    background: list[str] = []
    for p in pieces:
        p = _drop_preamble(p)  # "Two things: is it fine..." asks "is it fine..."
        words = normalize(p).split()
        if not words:
            continue
        lead = words[1] if words[0] in ("and", "also", "plus", "so", "but") and len(words) > 1 else words[0]
        if p.rstrip().endswith("?") or lead in _QUESTION_START:
            asks.extend(x for x in _AND_ASK.split(p) if x.strip())
        else:
            background.append(p)
    if not asks:
        return [message.strip()], ""
    return asks, " ".join(background)


def _covered(ask: str) -> bool:
    """Is this ask answered by a plan (what to do, how many, how long, how often)?"""
    return bool(OPEN.search(normalize(ask))) or ask_of(ask).kind in ("dose", "howto", "what", "when")


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


def _one(
    ask: str, context: str | None, background: str, answer_fn: Ask, engine: Engine, symptom: bool = False
) -> Answer:
    plain = normalize(ask)
    general = gap(plain) or (gap(normalize(f"{background} {ask}")) if background else None)
    if general is not None:
        # A common question the article has no figure for: the honest general answer.
        text, topic = general
        topics = (topic,) if topic else ()
        return Answer(text, topic, True, OFF_TOPIC_SUGGESTIONS, topics=topics, context=topic)
    sure = steer(plain)
    whole = ask
    if sure is None and background:
        sure = steer(normalize(f"{background} {ask}"))
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
    probe = engine.probe(ask) if context is not None or background else (False, 0, True)
    opener = plain.startswith(_FOLLOW_START)
    facet = context is not None and context.startswith("exercise:") and bool(_FACET.search(plain))
    if context is not None and (
        _follow_up(ask, probe)
        or (opener and (direct(context, plain) is not None or facet))
        or (facet and bool(set(plain.split()) & _BACK))  # "should I do them one legged"
    ):
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
        ans = engine.compose_for(context, ask, named=not symptom)
        if ans is not None:
            return ans
    ans = answer_fn(ask)
    intent = ask_of(ask)
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
    if (background and not ans.found and not ans.off_topic) or (
        background and ans.off_topic and probe[1] < 3
    ):
        with_bg = answer_fn(f"{background} {ask}")
        if with_bg.found:
            return with_bg
    return ans


def respond(message: str, last: str | None, answer_fn: Ask, engine: Engine) -> Answer:
    """The reply to a whole message. ``answer_fn`` answers one ask on its own (the topic router),
    ``engine`` the Answerer (probe and compose_for); ``last`` the chat's previous topic, if recent."""
    plain = normalize(message)
    if clot(plain):
        return Answer(CLOT_TEXT, None, False, ())
    if red_flag(plain):
        return Answer(RED_FLAG_TEXT, None, False, ())
    if numb(plain):
        return Answer(NUMB_TEXT, None, False, ())
    hurt = acute(plain) and not cleared(plain)
    injury = uncovered(plain)
    if injury is not None:
        text = uncovered_text(injury, hurt, plain)
        return Answer(text, None, False, ("Injury prevention", "Calf raise", "Weak hips and poor alignment"))
    # "15 min on my lunch break, give me a leg routine" is on topic; "home or gym for a beginner?"
    # asks for a verdict (content/compose.py settled), not a plan.
    own = plan(plain) if settled(message) is None else None
    if own is None and off_scope(plain) and not hurt:
        return Answer(OFF_TOPIC_TEXT, None, False, OFF_TOPIC_SUGGESTIONS, off_topic=True)
    asks, background = _asks(message)
    replies: list[Answer] = []
    kinds: list[str] = []
    asked: list[str] = []
    if own is not None:
        # The runner's kit and time decide what to do: one plan covers the open asks and the doses;
        # the other asks ("will it leave me tired?") are answered after it.
        replies.append(Answer(own.text, own.topic, True, (), topics=(own.topic,), context=own.topic))
        kinds.append("plan")
        asked.append(message)
        asks = [a for a in asks if not _covered(a)]
    context = last
    symptom_of: str | None = None
    if background:
        # "My knees ache after long runs. What should I do?": the first background sentence that
        # tells a symptom or a missing piece of kit is what the questions are about.
        found_in: list[str] = []
        for sentence in re.split(r"(?<=[.!])\s+|,\s*|\s+(?:and|but)\s+", background):
            ans = answer_fn(sentence) if len(normalize(sentence).split()) >= 3 else None
            if ans is None or not ans.found or not ans.context or not ans.context.startswith(_BACKGROUND):
                continue
            if ans.context.startswith("rule:") and not _FORM_WORDS.search(normalize(sentence)):
                continue  # "I run 4x a week" is not about running form
            if ans.context.startswith("equipment:") and not _LACK.search(normalize(sentence)):
                continue  # "I've got a chair": a constraint, not a missing piece of kit
            found_in.append(ans.context)
        # A symptom or a missing piece of kit says most about what the runner needs.
        found_in.sort(key=lambda t: not t.startswith(("injury:", "equipment:")))
        if found_in:
            context = found_in[0]
            if context.startswith("injury:") and not any(
                normalize(n) in plain for n in injury_names(context)
            ):
                symptom_of = context
    for ask in asks[:MAX_ASKS]:
        ans = _one(ask, context, background, answer_fn, engine, symptom=context == symptom_of)
        if context is not None and any(r.text == ans.text for r in replies):
            # The same reply again ("how many days a week, how long per session"): the context
            # swallowed the ask; answer it on its own.
            alone = answer_fn(ask)
            if alone.found:
                ans = alone
        kind = ask_of(ask).kind
        if replies and ans.found and ans.topic is not None and any(r.topic == ans.topic for r in replies):
            if kind == "what" and not re.search(
                r"\b(?:muscles?|work|works|target|hit|for)\b", normalize(ask)
            ):
                continue  # "what should my arms be doing" after the hill steps: already said
            if replies[-1].topics == (ans.topic,) and kinds[-1] == "what" and len(asked[-1].split()) <= 4:
                replies.pop()  # "overhead lunges? how do I do those": the steps replace the summary
                kinds.pop()
                asked.pop()
        replies.append(ans)
        kinds.append(kind)
        asked.append(ask)
        if ans.context:
            context = ans.context
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
            lines = []
            for x in a.text.split("\n"):
                if x in said:
                    continue
                parts = _SENTENCE.split(x)
                kept = [
                    p
                    for p in parts
                    if (p.strip() not in said and p.split(": ", 1)[-1] not in said) or len(p) < 25
                ]
                said.update(p.strip() for p in parts)
                said.update(p.split(": ", 1)[-1].strip() for p in parts)
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
    if not hurt and _CHRONIC.search(plain) and not _PRO_SAID.search(out.text) and not out.off_topic:
        # Pain that keeps coming back: a physio line, whichever topic answered it.
        lines = out.text.split("\n")
        at = next((i for i, x in enumerate(lines) if _POINTER.match(x)), len(lines))
        lines.insert(at, PHYSIO_LINE)
        out = replace(out, text="\n".join(lines))
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
            out.text.startswith("I can't diagnose")
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
            # The lead already says to see someone: the body's own caution line would repeat it.
            body = "\n".join(x for x in out.text.split("\n") if "doctor or physio" not in x)
            body = _VERDICT.sub("", body, count=1)  # "Not yet" leads; a "Yes, ..." after it would contradict
            # Only what the exercise is (its steps wait for the runner to be cleared) and the pointer.
            body = "\n".join(x.split(" 1) ")[0] for x in body.split("\n") if not x.startswith("Dose:"))
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
