"""Reading a message: splitting it into asks, background and preambles, what a follow-up is, how
well an ask is covered by a topic, the topic a message names, the shared sentence patterns,
and what a background sentence can set as the topic of the asks after it.

Also the rule trace the dialogue logs at DEBUG (logger ``content.dialogue.rules``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from functools import lru_cache
from typing import Protocol

from content import rx
from content.cards import named_exercises
from content.compose import ask_of
from content.exercises import EXERCISES
from content.model import Answer
from content.plan import MOVES_ASK, OPEN, constraint
from content.text import STOPWORDS, normalize
from content.topics import topic_ids, topic_title

# Which rule fired, for a precision audit (bench/audit_r2b.py listens at DEBUG); silent otherwise.
_LOG = logging.getLogger("content.dialogue.rules")


def trace(rule: str, detail: str = "") -> None:
    if _LOG.isEnabledFor(logging.DEBUG):
        _LOG.debug("%s\t%s", rule, detail)


def says_exercise(topic_id: str, plain: str) -> bool:
    """Does the message name this exercise ("can I still do calf raises?"), not just land on it?"""
    names = _exercise_words(topic_id)
    if not names:
        return False
    words = _word_set(plain)
    return any(all(w in words or w.rstrip("s") in words or f"{w}s" in words for w in n) for n in names)


@lru_cache(maxsize=64)
def _word_set(plain: str) -> frozenset[str]:
    """A message's words as a set (the callers ask about every exercise in turn with one text)."""
    return frozenset(plain.split())


@lru_cache(maxsize=256)
def _exercise_words(topic_id: str) -> tuple[tuple[str, ...], ...]:
    """An exercise topic's name and aliases, normalised and split once (none for another topic)."""
    ex = EXERCISES.get(topic_id.split(":", 1)[1]) if topic_id.startswith("exercise:") else None
    return () if ex is None else tuple(tuple(normalize(n).split()) for n in (ex.name, *ex.aliases))


# Pain told in the message (not acute): the reply says to see a physio if it persists.
CHRONIC = rx.compile(
    r"\b(?:pain|painful|aches?|aching|achy|hurts?|hurting|niggles?|niggling|tender|"
    r"(?:runners|jumpers) knee|shin splints|syndrome|tendinitis|tendonitis|tendinopathy)\b"
)


SYMPTOM = rx.compile(
    r"\b(?:shins?|knees?|kneecaps?|hips?|heels?|ankles?|feet|foot|achilles|back|calf|calves|hamstrings?|"
    r"quads?|glutes?|hammies)\b(?: \w+){0,2} "
    r"(?:sore|stiff|tender|collapse|collapses|cave|caves|drop|drops)\b|"
    r"\b(?:bad|dodgy|wonky|creaky|iffy|dicky|sore|achy|aching|painful|tender) "
    r"(?:knees?|shins?|hips?|ankles?|back)\b|" + CHRONIC.pattern[2:-2] + r"\b"
)


# "should I stop the hills": what to ease off.
STOP_X = rx.compile(
    r"\b(?:should|do|must) i (?:stop|quit|drop|skip|give up|pause) (?:doing |the |my )*(\w+(?: \w+)?)\b"
)


MINUTES_SAID = rx.compile(r"\b\d+\s*(?:min|mins|minutes?)\b")


# The two ends of a session: "and after?" after the warm-up is the stretch, and the other way round.
FLIP = {"rule:warm_up": "rule:stretch_after", "rule:stretch_after": "rule:warm_up"}


MUSCLE_WORDS = (
    ("calf|calves|calfs", "muscle:calves"),
    ("hamstrings?|hammies|hammys|hamstings?", "muscle:hamstrings"),
    ("quads?|quadriceps|thighs?", "muscle:quads"),
    ("glutes?|gluts?|bum|butt", "muscle:glutes"),
    ("hips?", "muscle:hips"),
)


# A body part a symptom can be in.
PART = rx.compile(
    r"\b(?:knees?|kneecaps?|shins?|hips?|calf|calves|heels?|ankles?|feet|foot|hamstrings?|quads?|glutes?|"
    r"thighs?|groin|back|achilles|arch|legs?|it band|itb)\b"
)


# What a background sentence can set as the topic of the asks after it: a symptom, a missing piece
# of kit, a muscle, or how the runner runs ("I slump forward"); not a timing or planning rule
# ("I only have 20 minutes twice a week" is a constraint, not the question).
BACKGROUND = (
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
    def says_topic(self, question: str) -> bool: ...
    def __hash__(self) -> int: ...  # a topic's words are remembered per engine


Ask = Callable[[str], Answer]


_SPLIT = rx.compile(r"(?<=[?.!])\s+|\n+")


# "What should I do and how often?": a second question word after "and" starts a second ask.
_AND_ASK = rx.compile(
    r"\s*(?:,\s*)?\b(?:and|also|plus)\s+(?=(?:how|hows|what|whats|why|when|which|where|wheres|"
    r"should|can|could|is|are|does|"
    # ((r16 wb) "..., and can't grip dumbbells": a limit told, no ask; "..., and am I going to...": an ask)
    r"will|would|am(?= i\b))\b(?!['’]t\b))|"
    # ("can I run and do strength on the same day?": "do" is the verb, not a second question)
    r"\s*(?:,\s*)?\b(?:and|also|plus)\s+(?=do (?:i|you|we|they|it|he|she|these|those|that|this|both|any|"
    r"people|runners|most|other)\b)|"
    # "where do I start and anything I should be careful about?": a second ask without a question word
    r"\s*(?:,\s*)?\b(?:and|also|plus)\s+(?=anything (?:i|we) (?:should|need|must|ought)\b)|"
    # (xb) "how steep, how many reps, and any form cues?": a request for tips is an ask of its own
    r"\s*,\s*(?:and|also|plus)\s+(?=any (?:\w+ )?(?:cues?|tips?|advice|pointers?|tricks?|mistakes?)\b)|"
    # "...and do calf raises hit both?": "do <a move> work/hit" asks whether it does
    r"\s*(?:,\s*)?\b(?:and|also|plus)\s+(?=(?:do|does) (?:the |my |a )?\w+(?:[ -]\w+)?(?: \w+)? "
    r"(?:hit|work|target|train|help|count|matter)\b)|"
    # "best one for glutes and best one for hamstrings?", "one move for hips + one for calves": a second
    # pick of the same kind, for another part
    r"(?:\s*(?:,\s*)?\b(?:and|also|plus)|\s*\+)\s+(?=(?:the |a |my )?(?:best|top|good|one|fave|favourite|"
    r"favorite)(?: (?:one|exercise|move|thing|drill|pick)s?)? for\b)|"
    # "..., and for how long?", "and in what order?": a preposition before the question word
    r"\s*(?:,\s*)?\b(?:and|also|plus)\s+(?=(?:for|in|at|on|with) (?:how|what|which)\b)|"
    # "is the gym better, and if I join one what should I start on?": a conditional second ask
    r"\s*,\s*(?:and|also|plus)\s+(?=if (?!so\b|not\b)(?:[\w'’]+,? ){1,6}"
    r"(?:how|what|whats|which|where|should|can|do)\b)|"
    r",\s*(?=(?:how|hows|what|whats|why|when|which|where|wheres)\b)|"
    # (r15 ya) "do I need plyometrics, and if so which ones?": the second ask, "if so" said by the first
    r"\s*,\s*(?:and |but )?if (?:so|yes)\b,?\s*(?=(?:how|hows|what|whats|which|when|where)\b)|"
    # "how deep on wall squats, and fast or slow?": a short either/or of its own at the end
    # ((r16 zd) "..., and walk or jog back down?": up to three words after the "or")
    r"\s*,\s*(?:and|also|plus)\s+(?=(?!(?:i|you|we|it|should|can|could|do|is|are|then|just)\b)"
    r"\w+(?: \w+)? or (?:a |an |the )?"
    r"(?!(?:should|can|could|do|is|are|will|would|i|not)\b)\w+(?: \w+){0,2}\s*\?*\s*$)|"
    # "whats the deal with wall squats — do i need the ball": a dash before a question word
    r"\s*[—–]\s*|\s+-\s+(?=(?:how|hows|what|whats|why|when|which|where|do|does|is|are|can|could|should|"
    r"will|would)\b)",
    re.IGNORECASE,
)


# "how high should the bench be, should I straighten my leg fully": a yes/no ask after a comma,
# split only inside a question ("I lift Mondays, is that ok?" is one ask).
_COMMA_ASK = rx.compile(
    r",\s*(?=(?:should|can|could|do|does|is|are|will|would) (?:i|they|you|my|the|we)\b)", re.IGNORECASE
)


# (xb) "Can strength work sort my posture and also protect my knees?": one yes/no, two things asked of
# the same subject; each is an ask of its own, the subject said again in the second.
_GAIN_VERB = (
    r"(?:help|helps|protect|prevent|stop|fix|improve|make|build|boost|reduce|keep|sort|lengthen|"
    r"strengthen|speed|cut|lower|increase|cause|hurt|slow|bulk|add|give|ruin|wreck|affect|lift|"
    r"sharpen|steady|stabili[sz]e|support|undo)"
)
_TWO_GAINS = rx.compile(
    r"(?i)^(?P<ask>(?:(?:and|so|but) )?(?:can|could|will|would|does|do|should|might|is|are) "
    r"(?P<subj>(?:strength(?: work| training)?|lifting(?: weights)?|weights|leg (?:work|days?|strength|"
    r"training)|it|this|that|the gym|plyometrics|plyos)) )"
    r"(?:(?:really|actually|also|even) )?(?:going to |be able to )?" + _GAIN_VERB + r"\b.{3,60}?"
    r"(?P<join>,? and (?:also |maybe |even |will it |would it |can it |does it )?)"
    r"(?P<second>" + _GAIN_VERB + r"\b.{3,60})$"
)


def _two_gains(text: str) -> list[str]:
    m = _TWO_GAINS.match(text.strip())
    if m is None:
        return [text]
    first = text.strip()[: m.start("join")]
    second = f"{m.group('ask')}{m.group('second')}"
    return [first, second]


# (xb) "If I'm not hurt, why bother, and if I do, how do I...?": a short condition belongs to the ask
# after it, not an ask of its own.
_CONDITION = rx.compile(
    r"^(?:(?:and|but|so) )?(?:if|when|whenever|once|while|assuming|provided) (?!(?:so|not)\b)"
    # (r16 zd) "when is the best time to start, and do I need a gym?": a when-question, not a case
    r"(?!(?:is|s|are|was|would|will|should|do|does|can)\b)"
    r"(?!.*\b(?:how|what|whats|why|which|where|should i|can i|do i)\b)(?:\S+ ){0,7}\S+$"
)


# A yes/no ask inside a told part, after a break (a dash, a colon, an emoji): "... - is strength work worth
# it", "... 🙂 should I lift".
_INNER_YES_NO = rx.compile(
    r"(?i)(?:[;:]\s*|\s[-–—]\s*|[^\w\s,.;:'’?!()\-–—]+\s*)(?=(?:is|are|does|do|should|can|could|will|would) "
    r"(?:it|this|that|strength|lifting|leg|legs|weights?|i|gym|the gym|plyo\w*)\b)"
)


def _asks_under_condition(part: str) -> bool:
    """Is this part a question, or a condition and then a question ("if I join a gym, how many sets")?"""
    words = normalize(part).split()
    if not words:
        return False
    if words[0] in QUESTION_START:
        return True
    return bool(rx.match(r"(?:(?:and|but|so) )?(?:if|when|once) ", " ".join(words))) and bool(
        set(words) & _WH
    )


# "..., and any form cues?", "and any tips for hill sprints?": how to do the move well
_TIPS_PART = rx.compile(
    r"(?i)^\s*any (?:(?:form|technique|good|quick|top|other) )?(?:cues?|tips?|pointers?|advice|tricks?)"
    r"(?: (?:on|for|with) (?P<rest>[^?]+?))?\s*\??\s*$"
)


def _tips_ask(part: str) -> str:
    """ "any form cues for hill sprints?" -> "how do I do hill sprints with good form?" (a how-to the
    topics answer with their steps and cues); other tips asks are kept as they are."""
    m = _TIPS_PART.match(part)
    if m is None:
        return part
    rest = (m.group("rest") or "").strip()
    if not rest or rx.fullmatch(r"(?:my |the )?(?:form|technique)", rest.lower()):
        return "how do I do it with good form?"
    if named_exercises(normalize(rest)) and len(rest.split()) <= 4:
        return f"how do I do {rest} with good form?"
    return part


# "If so, what?", "if yes, which ones?": after a yes/no ask, what to do (a bare "what?" leans on nothing)
_IF_SO = rx.compile(r"(?i)^\s*(?:and |but )?if (?:so|yes|it does|i do|i should)\s*$")
_BARE_WHAT = rx.compile(r"(?i)^\s*(?:then )?(?:what|which|which ones|what kind|what sort|how)\s*\??\s*$")


def _and_split(text: str) -> list[str]:
    parts = _and_split_raw(text)
    parts = parts[:1] + [_tips_ask(x) for x in parts[1:]]
    # (r15 ya) "..., and if yes what should I start with?": the "if yes" is the first ask's, said
    parts = parts[:1] + [
        rx.sub(r"(?i)^\s*(?:and |but )?if (?:so|yes)\b,?\s*(?=(?:how|what|whats|which|when|where)\b)", "", x)
        for x in parts[1:]
    ]
    for k in range(len(parts) - 1):
        if _IF_SO.match(parts[k]) and _BARE_WHAT.match(parts[k + 1]):
            # (xb) "Does walking count, or do I still need strength work? If so, what?": the moves
            parts[k : k + 2] = ["", "what strength exercises should I do?"]
    parts = [x for x in parts if x]
    for k in range(1, len(parts)):
        # (r16 wb) "What should I do for shin splints, and what for runner's knee?": the second ask borrows
        # the first's verb ("what for" is not "why" here)
        bare = rx.match(
            r"(?i)\s*(?:and |but |then )?(?:what|which)(?: ones?| exercises?| moves?)? for (.+)$", parts[k]
        )
        head = rx.match(r"(?i)\s*((?:what|which)\b.*?\bfor) ", parts[k - 1])
        if (
            bare
            and head
            and not rx.match(r"(?i)\s*(?:what|which) for\b", parts[k - 1])
            # ("which muscles matter most for running, and which exercise for each?": "each" leans back)
            and not rx.match(r"(?i)(?:each|them|it|those|these|that|this|all|both|every)\b", bare.group(1))
        ):
            parts[k] = f"{head.group(1)} {bare.group(1)}"
    out: list[str] = []
    for k, x in enumerate(parts):
        if out and _CONDITION.match(normalize(out[-1])) and not out[-1].rstrip().endswith("?") and k:
            out[-1] = f"{out[-1].rstrip(' ,')}, {x}"
            continue
        out.append(x)
    return out


def _and_split_raw(text: str) -> list[str]:
    out: list[str] = []
    for x in (y for z in _AND_ASK.split(text) for y in _two_gains(z)):
        if not x.strip():
            continue
        words = normalize(x).split()
        pieces = [y for y in _COMMA_ASK.split(x) if y.strip()]
        if (
            words[:1]
            and words[0] in QUESTION_START
            and not any(rx.search(r"\b(?:or|vs|versus)\b", normalize(y)) for y in pieces[1:])
        ):
            # ("what if my calves are tight, should I stretch or strengthen them?": a choice that
            # leans on the first part is asked whole)
            out.extend(pieces)
        else:
            out.append(x)
    return out


# A framing phrase said before the ask ("ok and on easy days, ...", "for runner's knee, ..."): no verb.
_FRAME_FIRST = rx.compile(
    r"^(?:(?:ok|okay|so|and|but|right|also|then)\s+)*(?:on|for|with|during|after|before|in) "
    r"(?!.*\b(?:i|im|my legs|it|is|are|was|were|do|does|did|feel\w*|hurts?)\b)(?:\w+ ?){1,5}$"
)
_PICK_PAIR = rx.compile(
    r"^(?:the |a |my )?(?:best|top|good|one|fave|favourite|favorite)"
    r"(?: (?:one|exercise|move|thing|drill|pick)s?)? for\b|"
    # (r16 zd) "top hip exercise", "best calf move": a pick named by its muscle
    r"^(?:the |a |my )?(?:best|top|fave|favourite|favorite) (?:quads?|quadriceps|calf|calves|glutes?|"
    r"hamstrings?|hams?|hips?|shins?|thighs?) (?:exercises?|moves?|drills?|ones?)\b"
)
_TAIL_CHOICE = rx.compile(r"^\w+(?: \w+)? or \w+(?: \w+)?$")


# A background sentence about running form sets the topic only when it is about form.
FORM_WORDS = rx.compile(
    r"\b(?:posture|slump|slumps|lean|leaning|form|stride|wobble|wobbly|balance|cave|caves)\b"
)


QUESTION_START = frozenset(
    """how what why when which where who whats is are am do does did should can could will would was
    were must shall any anything isnt arent doesnt dont wont cant shouldnt tips best ok okay
    whens hows wheres""".split()
)


VERDICT = rx.compile(r"^(?:Yes|No)\b[^.:]*[.:]\s*")


_PREAMBLE = rx.compile(
    r"^(?:[\w-]+[\s']+){0,3}[\w-]+:\s+(?=\w)|"
    # "side leg raises with ankle weights: how do I set up, ...": a longer topic before a question word
    r"^(?:[\w-]+[\s']+){4,7}[\w-]+:\s+(?=(?:how|what|whats|which|when|why|where|do|does|should|can|could|will|would|is|are)\b)",
    re.IGNORECASE,
)


# A preamble that names what the questions are about ("hill reps: how steep, how many") is kept,
# as a comma; only one without a topic word is dropped ("Two things:", "quick q:").
_EMPTY_PREAMBLE = rx.compile(
    r"^(?:(?:ok|okay|so|right|hi|hey|hello|and|also|plus|just|my|a|one|two|three|four|2|3|4|few|couple|of|"
    r"quick|some|random|dumb|silly|basic|noob|beginner|last|other|more|follow|up|another|general|main)\s+)*"
    r"(?:things?|ones?|questions?|qs?|query|queries|points?|asks?|thoughts?|issues?|help|context|background|"
    r"update|ok|so|hi|hey|also|follow up|tldr|tl;dr|edit)\s*:\s+",
    re.IGNORECASE,
)


BACK = frozenset("it that this those these them they one ones other same again".split())


# "what muscles does it work", "what does that target": a question about the thing just named.
_OF_IT = rx.compile(
    r"\b(?:does|do|will|is|are) (?:it|that|this|they|those|these) (?:work|target|hit|train|help)\b"
)


# Rules that already say when or how often (a "which days?" about them is theirs to answer).
TIMED = frozenset(
    "rule:frequency rule:hard_run_day rule:race_day rule:run_first rule:recovery_week rule:off_season "
    "rule:stretch_after rule:warm_up".split()
)


# Rules that say which days ("when in the week?" is theirs; the recovery week's "once a month" is not).
DAYS = frozenset("rule:frequency rule:hard_run_day rule:race_day rule:run_first".split())


POINTER = rx.compile(r"(?:Full card|More|Try one|How to do it|Related|A full session|Closest here): /")


SENTENCE = rx.compile(r"(?<=[.!?])\s+")


# "is this a good time to...": "this" is the runner's situation, not the kit they told.
NOW_ASK = rx.compile(
    r"\b(?:is|was|would|isnt) (?:this|it|that|now) (?:a |the )?(?:good|bad|right|wrong|best|smart|sensible) "
    r"(?:time|idea|moment|season|point)\b"
)


# An ask about what the sessions hold, not when: "what should they focus on", "which exercises".
CONTENT_ASK = rx.compile(
    r"\b(?:focus (?:on|in)|include|target|prioriti[sz]e|concentrate on|work on|which exercises|"
    r"what exercises|what (?:should|would|do) (?:i|they|it|we) (?:do|add))\b"
)


# Two options and nothing they are of ("before or after?", "fast or slow?", "one or two?"): the
# thing they choose about is the one just talked about.
BARE_CHOICE = rx.compile(r"(?:(?:and|so|but|ok|okay|then) )*(?:is it |should i go |do i go )?(\w+) or (\w+)")
FOLLOW_START = ("and ", "what about", "how about", "so ", "but ", "also ", "then ", "ok ", "okay ", "why")


# "<a statement>, should I / can I / is it ... ?": the statement is background.
_TOLD_THEN_ASK = rx.compile(
    r"^(.{12,}?),\s*((?:so |but )?(?:(?:should|can|could|do|is|are|will|would) (?:i|it|that|this|they|my)|"
    r"anything|any (?:tips|ideas|advice)|what (?:can|should|do) i|how (?:can|do|should) i)\b.*)$",
    re.IGNORECASE,
)


# ("im doing an ultra, will lifting slow me down, and how long...?": a yes/no ask about any subject)
_TOLD_THEN_YES_NO = rx.compile(
    r"^(.{12,}?),\s*((?:so |but )?(?:will|would|could|can|should|does|do|is|are) (?!you\b)\w+\b.*)$",
    re.IGNORECASE,
)


# (r16 zc) A goal told before an ask ("trying to get more explosive", "want a faster start").
_GOAL_HEAD = rx.compile(
    r"^(?:(?:so|and|but|ok|okay|im|i|am|been|really|just) )*(?:trying|try|want|wanting|wanna|need|looking|"
    r"hoping|aiming|keen) (?:to|for|more|a|an|some|better|faster|quicker)\b"
)


_FEELS = frozenset("tight weak sore stiff tired cramp cramping heavy dead burning wobbly niggly".split())


# Words of a preamble that says nothing about the topic ("Two things: ...", "quick q: ...").
_FILLER = frozenset(
    """two three couple quick question questions q qs thing things ok okay so hey hi hello also coach
    help pls please random dumb silly another one more honest honestly serious seriously genuine genuinely
    legit stupid noob newbie curious simple real talk""".split()
)


# Inside a statement with no "?": where an ask starts ("ive joined a gym - are the machines...",
# "if i do it, when in the week and what kind of weights").
_INNER_ASK = rx.compile(
    r"(?:^|\s[-–]\s|[,;:]\s*|\b(?:but|so)\s+)(?=(?:how|hows|what|whats|why|when|which|where|wheres|"
    r"should i|can i|could i|do i|is it|is that|are the|are they|will it|would it|any ideas|any tips)\b)",
)


# A reply's acknowledgement before the next ask ("ok and...", "cool, and..."): not an ask of its own.
_ACK = frozenset(
    "cool right alright great nice gotcha sure thx ta cheers perfect awesome fine understood".split()
)


_GOES_ON = frozenset(("and", "also", "plus", "or"))
_WH = frozenset("how hows what whats why when which where wheres".split())
_YES_NO_START = frozenset("will would could can should do does is are".split())


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


# A question inside a part that opens with where or what it's about ("on the leg press how deep...").
_MID_ASK = rx.compile(
    r"^(?:on|for|with|in|during|at|about) \w+(?: \w+){0,7} "
    r"(?:how|what|whats|which|when|should i|do i|can i|is it)\b"
)


_PRE_IT = rx.compile(r"(?i)\b(?:it|they|this|that)\b")


def split_asks(message: str) -> tuple[list[str], str]:
    """(the questions in order, the background statements joined). The rules of one reply ask this
    of the same message many times over, so the split is memoised (a fresh list each call)."""
    asks, background = _split_asks(message)
    return list(asks), background


@lru_cache(maxsize=1024)
def _split_asks(message: str) -> tuple[tuple[str, ...], str]:
    asks, background = _split_uncached(message)
    if len(asks) > 1 and asks[0][:1] in "HhGgDdYy" and _GREETING.fullmatch(normalize(asks[0])):
        # (r17 uc) "Hello coach, how many times a week...? I run 4 days.": the greeting is no ask (answered
        # alone it took its topic from the story told after it)
        asks = asks[1:]
    setting = _settings(asks)
    for s_part in list(setting):
        # (r15 yc) "And for step-ups, how high?": a move named in the setting is the subject of the ask
        # after it ("how high for step-ups?"), not background that leaves a bare "how high?"
        at = asks.index(s_part)
        frame = normalize(s_part)
        if at + 1 < len(asks) and named_exercises(frame) and not named_exercises(normalize(asks[at + 1])):
            head = rx.sub(r"^(?:(?:and|so|but|ok|okay|also|then|right)\s+)+", "", frame)
            nxt = asks[at + 1].rstrip().rstrip("?!. ")
            asks = [*asks[: at + 1], f"{nxt} {head}?", *asks[at + 2 :]]
            asks.pop(at)
            setting.remove(s_part)
    if setting:
        asks = [a for a in asks if a not in setting]
        background = " ".join([background, *(f"{s.strip().rstrip(',;:')}." for s in setting)]).strip()
    if (
        len(asks) >= 2
        and _TOLD_PIECE.match(normalize(asks[0]))
        and not asks[0].rstrip().endswith("?")
        and _IT_ASK.match(normalize(asks[1]))
    ):
        # (r17 va) "Most strength advice is written for runners - does it carry over, and which...?": the
        # statement before the dash is told, what "it" asks about, not an ask of its own
        background = " ".join([background, f"{asks[0].strip().rstrip(',;:-')}."]).strip()
        asks = asks[1:]
    run_week = _RUN_WEEK_TOLD.match(asks[0]) if len(asks) == 1 else None
    if run_week is not None:
        # (r19 tj) "I jog a few times a week, what leg exercises should I do?": how often they run is told
        # (the story), the question after the comma is the ask (not how often to lift)
        background = " ".join([background, f"{run_week.group(1).strip()}."]).strip()
        asks = [run_week.group(2)]
    if (
        len(asks) == 2
        and _VERDICT_TAIL.fullmatch(normalize(asks[1]))
        and normalize(asks[0]).split()[:1]
        and normalize(asks[0]).split()[0] not in QUESTION_START
    ):
        # "plyo = jumping around like a kangaroo? worth it?": the verdict asked of the thing just named,
        # one ask (answered apart, the first got a definition and the verdict came second)
        asks = [f"{asks[0].rstrip(' ?!.')}, {asks[1].strip()}"]
    return tuple(asks), background


_RUN_WEEK_TOLD = rx.compile(
    r"^\s*(I (?:run|jog|go running|go jogging|go for a run)\b[^,?.;]{0,40}\b(?:a|per|each) week)\s*,\s*"
    r"((?:so |but |and )?(?:what|which|how|any)\b[^?]*\?)\s*$",
    re.IGNORECASE,
)


_GREETING = rx.compile(
    r"(?:(?:hi|hello|hey|heya|hiya|yo|dear|good (?:morning|afternoon|evening|day)|greetings|there|coach|"
    r"mate|bro|everyone|all|again|sir|madam|friend|legwork) ?)+"
)


# (r17 va) A statement with a verb of being ("most strength advice is written for runners") ...
_TOLD_PIECE = rx.compile(
    r"^(?!(?:so |and |but )*(?:how|what|whats|which|why|when|where|who|is|are|was|were|do|does|did|can|could|"
    r"should|would|will|any|has|have)\b)(?:\w+ ){2,}(?:is|are|was|were|has been|have been)\b(?: \w+){2,}$"
)
# ... and the ask after it about "it" ("does it carry over", "is that true", "do they apply").
_IT_ASK = rx.compile(
    r"^(?:so |and |but )*(?:does|do|is|are|will|would|can|could) (?:it|that|this|they|those|any of it)\b"
)
# A bare verdict asked after naming a thing ("worth it?", "any point?", "legit?").
_VERDICT_TAIL = rx.compile(
    r"(?:(?:so|but|and|ok|okay|is it|are they|is that|thats|actually|really) )*(?:worth it|worth doing|"
    r"worth the (?:time|effort|bother)|any (?:good|point|use)|legit|a good idea|good idea|useful|or nah|"
    # (r17 ub) "bridges - legit glute drill?": the verdict, its kind of move named after it
    r"(?:a )?(?:legit|decent|solid|good|proper) (?:\w+ )?(?:drill|exercise|move|option)|"
    r"yay or nay|w or l|mid or (?:legit|worth it))"
)


# A part that only sets the scene of the ask after it: "For the running side of my game, what reps...?",
# "on easy days, which comes first?" (a preposition and a few words; no verb, no question word).
_SETTING_PART = rx.compile(
    r"(?:(?:and|so|but|ok|okay|also|then|right)\s+)*(?:for|on|with|in|at|during|regarding|about|re)"
    r"(?: (?!(?:is|are|am|was|should|shall|can|could|do|does|did|will|would|ok|okay|fine|good|bad|safe|"
    r"alright|right|how|what|whats|which|why|when|where|who|help|helps|worth|i|need|get|make|go)\b)"
    r"[\w']+){1,6}"
)


# A condition that only sets the case for the ask after it: "When lifting and running land on one day,
# which goes first?", "if it's a hard run, should I skip it?" (not "when should I lift").
_CONDITION_PART = rx.compile(
    r"(?:(?:and|so|but|ok|okay|also)\s+)*(?:when|whenever|if|on (?:the |a )?days? (?:when|with|where)|"
    r"for (?:the |a )?days? (?:when|with|where))"
    r" (?!(?:should|shall|can|could|do|does|did|is|are|will|would|to|in|during|exactly|best|ideally)\b)"
    r"(?!.*\b(?:how|what|whats|which|why|where|should i|can i|do i)\b)"
    # (a symptom or a body part told is the subject, not a case: "when my knees cave in as I run, what...")
    r"(?!.*\b(?:knees?|hips?|ankles?|calf|calves|shins?|feet|foot|back|glutes?|quads?|hamstrings?|achilles|"
    r"pain\w*|hurts?|hurting|aches?|aching|sore\w*|tight\w*|collaps\w*|cave\w*|wobbl\w*|lean\w*|sag\w*)\b)"
    r"[\w' ]{3,80}"
)


def _settings(asks: list[str]) -> list[str]:
    """The parts that only set the scene of the ask after them: background, not asks of their own
    (answered alone they picked whatever topic their words brushed: "For the running side of my game"
    -> run first, then lift)."""
    return [
        a
        for k, a in enumerate(asks)
        if k + 1 < len(asks)
        and not a.rstrip().endswith("?")
        and (_SETTING_PART.fullmatch(normalize(a)) or _CONDITION_PART.fullmatch(normalize(a)))
    ]


_QFILL_CHEAP = rx.compile(r"(?i)\b(?:earth|hell|heck)\b")
_QFILL = rx.compile(r"(?i)\b((?:where|what|how|why|who|which|when)(?:'s)?) (?:on earth|the hell|the heck)\b")


def without_filler(message: str) -> str:
    """ "where on earth do I start?", "what the heck do I do?": the filler after the question word dropped."""
    if message[:12].lower().lstrip().startswith(("why", "but why", "ok why", "so why")):
        # "why tho, im a marathoner not a sprinter": a bare why, then what the runner is
        message = _WHY_THEN_TOLD.sub(r"\1? ", message, count=1)
    if _QFILL_CHEAP.search(message):
        message = _QFILL.sub(r"\1", message)
    if _HILL_LEGS_CHEAP.search(message):
        # (r19 tg) "how do I keep my climbing legs?": strength for hills (not "keep it fun")
        message = _HILL_LEGS.sub("strength for hills", message)
    if _BREAK_DOWN_CHEAP.search(message):
        # (r19 tg) "can you break down how it's meant to be done?": explained, not a break from training
        message = _BREAK_DOWN.sub("explain ", message)
    # "Would you explain how to do the bridge, and ...?": the courtesy dropped, the how-to kept
    return _COURTESY.sub("how do I", message) if _COURTESY_CHEAP.search(message) else message


_HILL_LEGS_CHEAP = rx.compile(r"(?i)\blegs\b")
_HILL_LEGS = rx.compile(r"(?i)\b(?:climbing|hill|hills|mountain|uphill) legs\b")
_BREAK_DOWN_CHEAP = rx.compile(r"(?i)\bbreak\b")
_BREAK_DOWN = rx.compile(
    r"(?i)\bbreak (?:(?:it|this|that|them) )?down (?:(?:for me|for us|step by step|simply) )?"
    r"(?=(?:how|what|the (?:form|steps?|technique|movement|moves?|exercise))\b)"
)


_WHY_THEN_TOLD = rx.compile(
    r"(?i)^(\s*(?:(?:but|ok|okay|so) )?why(?: tho| though| so| exactly)?)\s*,\s*(?=(?:i ?m|i am|i|my|we)\b)"
)
_COURTESY_CHEAP = rx.compile(r"(?i)\b(?:explain|show me|tell me|describe) how to\b")
_COURTESY = rx.compile(
    r"(?i)\b(?:(?:would|could|can|will) you (?:please |kindly |just )?|please )?"
    r"(?:explain|show me|tell me|describe) how to\b(?= (?:do|perform) )"
)


# A sentence that opens with "where I live", "when I run", "what I do" and ends with a full stop: a
# clause told, not a question.
_TOLD_CLAUSE = rx.compile(
    r"^(?:(?:and|also|plus|so|but) )?(?:where|when|whenever|what|how) (?:i|we|my|our) (?:\w+ ){0,6}"
    r"(?:is|are|was|were|am|get|gets|feel|feels|do|does|did|have|has|run|runs|live|lives|train|go|goes)\b|"
    # (r15 ya) "was thinking plyometrics for the speed part.": the "I" left out, a statement
    r"^(?:(?:and|also|plus|so|but) )?(?:was|am|were) (?:\w+ )?(?:thinking|planning|hoping|wondering|going|"
    r"looking|considering|trying|told|advised)\b|"
    # (r20 tn) "Did couch to 5k and I'm hooked now.", "Have been running for a year.": the "I" left out of
    # a past told, not a question (a question names who: "did you", "has anyone")
    r"^(?:(?:and|also|plus|so|but|then) )?(?:did|have|has|had)\b(?! (?:i|you|u|ya|we|they|he|she|it|your|"
    r"anyone|anybody|someone|somebody|people|runners|any|the article|that|this|those|these)\b)"
)


# (r16 wb) "My gym doesn't have any exercise balls, how do I do wall squats?": the kit lacked, told before
# a comma, is background; the question after it is the ask.
_LACK_THEN_ASK = rx.compile(
    r"(?i)^(?P<told>(?!\s*(?:how|what|which|why|when|where|can|could|should|do|does|is|are)\b)[^,?]{0,60}\b"
    r"(?:don'?t|doesn'?t|do not|does not|haven'?t|hasn'?t|never) (?:have|has|own|got)\b[^,?]{0,40}),\s*"
    r"(?P<ask>(?:so |but )?(?:how|what|whats|what's|which)\b[^,]*\?)\s*$"
)


def _split_uncached(message: str) -> tuple[list[str], str]:
    pieces = [p.strip() for p in _SPLIT.split(message) if p and p.strip()]
    lack_first = _LACK_THEN_ASK.match(message.strip()) if len(pieces) <= 1 else None
    if lack_first is not None:
        lack_asks, lack_told = _split_uncached(lack_first.group("ask"))
        return lack_asks, f"{lack_first.group('told').strip()}. {lack_told}".strip()
    if len(pieces) <= 1:
        one, pre = _preamble(message.strip())
        parts = _and_split(one)
        chosen = False
        framed = False  # (r16 wb) "For lunges, how low do I go and where do I hold the dumbbells?"
        while (
            len(parts) > 1
            and all(w in STOPWORDS or w in _ACK for w in normalize(parts[0]).split())
            # ("...: how many, and do i switch legs?": "how many" is an ask of its own)
            and not set(normalize(parts[0]).split()) & _WH
        ):
            parts = parts[1:]  # "ok and what comes after...?": the "ok" is no ask
        if (
            len(parts) == 2
            and normalize(parts[1]) in ("why", "and why", "but why", "how come", "why tho", "why though")
            and rx.match(
                r"(?:how|why|in what way) (?:would|will|does|do|did|can|could|is|are|might)\b",
                normalize(parts[0]),
            )
        ):
            # "how would stronger legs make me faster, why?": the how already asks the reason, one ask
            parts = [parts[0]]
        if (
            len(parts) >= 2
            and normalize(parts[0]).startswith("why ")
            and rx.match(r"(?i)(?:whats?|what's|what is)\s+(?:the|a|your)\b", parts[1])
        ):
            # ("why do runners get weak hips, and what can I do about it?" is two asks)
            # "why bother with strength training, whats the number one reason": one question, said twice
            parts = [", ".join([parts[0], parts[1]]), *parts[2:]]
        if (
            len(parts) >= 2
            and normalize(parts[0]).split()[:1] in (["when"], ["whenever"], ["if"], ["while"], ["once"])
            and rx.match(rf"{re.escape(parts[0])}\s*,", one)
            and not parts[0].rstrip().endswith("?")
            and not set(normalize(parts[0]).split()[1:]) & _WH  # (xb: the condition already has its ask)
            # (xb: "when should I breathe out on squats, and how low?": a when-question, not a clause)
            and normalize(parts[0]).split()[1:2] not in ([w] for w in (*_YES_NO_START, "did", "am", "must"))
            # (r16 zd) "when's the best time of year for a block, and do I keep running?": a when-question
            and not rx.match(r"(?i)\s*(?:when|once)(?:'s|’s|s| is| are| was| would| will)\b", parts[0])
        ):
            # "When my foot pushes off, which muscles do the work?": the "when" clause is part of the ask
            parts = [f"{parts[0]}, {parts[1]}", *parts[2:]]
        if (
            len(parts) >= 2
            and _FRAME_FIRST.match(normalize(parts[0]))
            and not parts[0].rstrip().endswith("?")
            and normalize(parts[1]).split()[:1] in (["which"], ["what"], ["how"], ["when"])
        ):
            # "ok and on easy run days, which comes first?": the days said first frame the one ask
            parts = [f"{parts[0]}, {parts[1]}", *parts[2:]]
            framed = True
        if (
            len(parts) >= 2
            and normalize(parts[0]).split()[:1]
            and normalize(parts[0]).split()[0] not in QUESTION_START
            and rx.search(r"\b(?:or|vs|versus)\b", normalize(parts[0]))
            and normalize(parts[1]).split()[:1] in (["which"], ["what"])
        ):
            # "Single-leg or double-leg, which should I do and why?": the choice is the question's
            parts = [f"{parts[0]}, {parts[1]}", *parts[2:]]
            chosen = True
        first = normalize(parts[0]).split() if parts else []
        if (
            pre
            and len(parts) >= 2
            and first[:1]
            and first[0] in _YES_NO_START
            and not named_exercises(normalize(pre))
            and not named_topic(normalize(pre))
            and not any(rx.search(rf"\b(?:{w})\b", normalize(pre)) for w, _ in MUSCLE_WORDS)
        ):
            # "first ultra in autumn: will lifting slow me down, and how long...?": what is told before
            # the asks is background (as after a comma), so the first ask keeps its yes/no reading.
            return parts, pre
        if pre and parts:
            # ("first ultra in autumn: will lifting slow me down, and...": a told clause before a yes/no
            # ask stays a clause, so the ask keeps its yes/no reading; "hill reps: how steep" reads on)
            glue = ", " if first[:1] and first[0] in _YES_NO_START else " "
            it = _PRE_IT.search(parts[0]) if len(parts) >= 2 and first[:1] and first[0] in _WH else None
            if it is not None and named_exercises(normalize(pre)):
                # (xb) "One-leg squat: what does it hit and how low?": "it" is the move the preamble names
                parts[0] = f"{parts[0][: it.start()]}the {pre.lower()}{parts[0][it.end() :]}"
            else:
                parts[0] = f"{pre}{glue}{parts[0]}"
            one = f"{pre}{glue}{one}"
        head0 = normalize(parts[0]).split() if len(parts) >= 3 else []
        if (
            len(head0) >= 3
            and head0[0] not in QUESTION_START
            and not set(head0) & _WH
            and not parts[0].rstrip().endswith("?")
            and not rx.search(r"\b(?:or|vs|versus)\b", " ".join(head0))
            and not _PICK_PAIR.match(" ".join(head0))
            and all(normalize(p).split()[:1] and normalize(p).split()[0] in QUESTION_START for p in parts[1:])
        ):
            # "ex footballer with tight hammies, whats a home hamstring exercise and how do i do it": what
            # is told first is background, the questions after it the asks
            return parts[1:], parts[0]
        if (
            len(parts) >= 3
            or (
                len(parts) == 2
                and first
                and (
                    first[0] in QUESTION_START
                    # ("squats or lunges, which is better and how many reps?": the choice is an ask)
                    or chosen
                    # ((r16 wb) "For lunges, how low do I go and where do I hold the dumbbells?": the framed
                    # ask and the one after it)
                    or (
                        framed
                        and bool(normalize(parts[1]).split()[:1])
                        and normalize(parts[1]).split()[0] in _WH
                    )
                    # (r19 tm) "For hill reps how many should I do, and am I meant to sprint back down?":
                    # a framed wh-ask with no comma after the frame, and a second ask of its own
                    or (
                        first[0] in ("for", "on", "with")
                        and bool(set(first[1:6]) & _WH)
                        and bool(normalize(parts[1]).split()[:1])
                        and normalize(parts[1]).split()[0] in QUESTION_START
                    )
                    # ("breathe in or out on a step-up, and fast or slow?": two choices, each its own ask)
                    or (len(first) >= 4 and bool(_TAIL_CHOICE.match(normalize(parts[1]))))
                    # ("one move for my hips and one for my hamstrings": two picks)
                    or all(_PICK_PAIR.match(normalize(p)) for p in parts)
                    # (xb) "if I only have dumbbells, what should I do, and if I join a gym, how many sets?"
                    or all(_asks_under_condition(p) for p in parts)
                )
            )
        ):
            # "how do I do X and how many sets?": each ask answered on its own, in order (the
            # router would give both topics one intent).
            return parts, ""
        if (
            len(parts) == 2
            and first
            and first[0] not in QUESTION_START
            and (
                normalize(parts[1]).split()[:1] in (["how"], ["what"], ["which"], ["when"], ["why"])
                # (r17 vc) "For step ups how high should the bench be, and should I be holding dumbbells?"
                or normalize(parts[1]).split()[:2] in (["should", "i"], ["do", "i"], ["can", "i"])
            )
            and _MID_ASK.search(normalize(parts[0]))
            and not _TOLD_THEN_ASK.match(parts[0])
        ):
            # "on the leg extension and curl machines how fast should I go, and how much weight?": the
            # first part's question comes after where it is; both are asks.
            return parts, ""
        if (
            len(parts) == 2
            and first
            and first[0] not in QUESTION_START
            and normalize(parts[1]).split()[:1]
            and normalize(parts[1]).split()[0] in _WH
            and (inner := _INNER_YES_NO.search(parts[0])) is not None
        ):
            # (xb) "45F, first marathon this autumn 🙂 is strength work worth it and what should I focus
            # on first?": the yes/no ask after what is told, then the second ask
            yes_no = parts[0][inner.end() :].rstrip(" ,;:")
            return [f"{yes_no}?", parts[1]], parts[0][: inner.end()].strip(" ,;:-–")
        if len(parts) == 2 and first and first[0] not in QUESTION_START:
            told2 = _TOLD_THEN_ASK.match(parts[0]) or _TOLD_THEN_YES_NO.match(parts[0])
            if (
                told2
                and normalize(told2.group(1)).split()[:1]
                and (normalize(told2.group(1)).split()[0] not in QUESTION_START)
            ):
                # "I run 4 days a week, should I lift on easy days, and how long should it take?": the
                # statement is background, both asks are answered.
                return [told2.group(2), parts[1]], told2.group(1)
        goal = _TOLD_THEN_YES_NO.match(one)
        if (
            goal
            and _GOAL_HEAD.match(normalize(goal.group(1)))
            and named_exercises(normalize(goal.group(2)))
            and not named_exercises(normalize(goal.group(1)))
        ):
            # (r16 zc) "tryna get more pop off the start line, are box jumps a thing for runners?": the
            # goal told first is background; the yes/no asked of the move is the ask
            return [goal.group(2)], goal.group(1)
        told = _TOLD_THEN_ASK.match(one)
        head_words = normalize(told.group(1)).split() if told else []
        if (
            told
            and head_words
            and head_words[0] not in QUESTION_START
            and PART.search(" ".join(head_words))
            and (SYMPTOM.search(" ".join(head_words)) or set(head_words) & _FEELS)
            # ("hammies weak compared to my quads": a balance question, asked whole)
            and not rx.search(r"\b(?:compared|than|vs|versus|imbalanc\w*|balance)\b", " ".join(head_words))
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
        if lead in ("ok", "okay") and not rx.match(
            r"(?:\w+ ){0,2}(?:ok|okay) (?:to|if|for)\b", " ".join(words)
        ):
            lead = ""  # "ok so marathoner here": not "ok to squat daily?"
        if (
            p.rstrip().endswith("?")
            or (
                lead in QUESTION_START
                # ("Where I live is completely flat.", "When I run uphill my calves burn.": told, not asked)
                and not (p.rstrip().endswith((".", "!")) and _TOLD_CLAUSE.match(" ".join(words)))
            )
            # ("do i need a gym? and if i join, what should i start on": the "and" goes on asking)
            or (asks and words[0] in _GOES_ON and len(words) > 2 and bool(set(words[1:]) & _WH))
        ):
            asks.extend(_and_split(p))
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
    return _fold_choice(asks), " ".join(background)


# "squats or lunges? which is better?": the second ask only asks for the first one's verdict.
_CHOICE_TAIL = rx.compile(
    r"^(?:(?:and|so|but|ok|okay|like) )*(?:(?:which|what) (?:one|ones|of (?:the|them|those|the two)|"
    # ("...help my finish, and what would you add?": a second ask, not the choice's verdict)
    r"is|s|(?:would|should|do|does)(?! (?:you|i|we) (?:add|try|do|include|put|change|start))|"
    r"wins|works|gives|builds)\b|"
    # ("...the run or the lifting, and does it matter if I only have 30 minutes?": a condition of its own)
    r"does it (?:even |really )?matter(?: (?:which|what)(?: one| ones| of (?:them|the two))?"
    r"(?: (?:i|you|we) \w+)?)?(?: (?:really|tho|though|at all|much))?\s*[?.!]*\s*$|"
    r"is (?:one|either) (?:better|best|more useful)\b|any (?:real )?difference\b|"
    r"(?:which|what)$)"
)
_CHOICE_HEAD = rx.compile(r"\b(?:or|vs|versus)\b")


def _fold_choice(asks: list[str]) -> list[str]:
    out: list[str] = []
    for a in asks:
        words = normalize(a).split()
        if (
            out
            and 0 < len(words) <= 9
            and _CHOICE_TAIL.match(" ".join(words))
            and _CHOICE_HEAD.search(normalize(out[-1]))
        ):
            out[-1] = f"{out[-1].rstrip(' ?.!')}, {a}"
            continue
        out.append(a)
    return out


_CAREFUL_ASK = rx.compile(
    # (xb) "and any safety tips?", "what should I watch for?": the cautions, after a plan
    r"\b(?:careful|watch out|look out|be aware|avoid|mistakes?|dangers?|risks?|pitfalls?|safety|"
    r"watch for|keep (?:them|it|everyone|us) safe|(?:go|take it) easy (?:on|with))\b"
)


# "is it too late to start leg work?", "would leg work be a waste?": a verdict on the work, not a
# request for the moves
_VERDICT_OPENER = rx.compile(r"(?:is|are|am|was|will|would|isnt|arent|wont|wouldnt)\b|.*\btoo (?:old|late)\b")


def is_covered(ask: str) -> bool:
    """Is this ask answered by a plan (what to do, how many, how long, how often)?"""
    plain = normalize(ask)
    if _WHAT_FITS.search(plain):
        return True  # ("10 minutes at lunch, what's the best leg work I can fit in?": the plan's list)
    if _CAREFUL_ASK.search(plain) and not OPEN.search(plain):
        return False  # ("...and what do I need to be careful of?": the cautions, which a plan doesn't list)
    if _SAFELY.search(plain) and ask_of(ask).kind == "howto":
        return False  # ("which machines, and how do I use them without hurting myself?": the technique)
    if _RUN_ORDER_ASK.search(plain) and ("run" in plain or "jog" in plain):
        return (
            False  # ("what exercises, and in what order with my runs?": run first, which a plan doesn't say)
        )
    if (
        DAY_SLOT.search(plain)
        and not OPEN.search(plain)
        and not constraint(plain)
        and not MOVES_ASK.search(plain)
    ):
        return (
            False  # "should I lift right after the run or in the evening?": the plan says how often, not this
        )
    return (
        bool(OPEN.search(plain))
        or constraint(plain)
        or ask_of(ask).kind in ("dose", "howto", "what", "when")
        # ("is there anything I can do at home?": what to do, which the plan says)
        or bool(_ANYTHING_TO_DO.search(plain))
        # ("what's the best leg work I can squeeze in?": what to do in their time, which the plan says)
        or bool(_WHAT_FITS.search(plain))
        # (r14 vb) "what leg work is ok?", "quiet leg exercises?": the moves the plan lists; not a
        # verdict asked of the work ("is it too late to start leg strength work?": its No comes first)
        or (bool(MOVES_ASK.search(plain)) and not _VERDICT_OPENER.match(plain))
    )


# "in what order with my runs?", "which first, run or legs?", "before or after my run?"
_RUN_ORDER_ASK = rx.compile(
    r"\b(?:what|which|right|best) order\b|\bin (?:what|which) order\b|\bbefore or after\b|"
    r"\b(?:which|what) (?:one |should |do i do |goes |comes )*(?:comes |go |goes |do )?first\b"
)


_SAFELY = rx.compile(
    r"\b(?:without (?:hurting|injur\w*|getting hurt|wrecking|straining)|safely|properly|correctly|"
    r"technique|good form|right form)\b"
)
_WHAT_FITS = rx.compile(
    r"\b(?:what|which|whats|any)\b.*\b(?:i|we) (?:can|could) (?:fit|squeeze|cram|sneak|get done|get in|"
    r"manage|realistically do)\b"
)


_ANYTHING_TO_DO = rx.compile(
    r"^(?:(?:so|and|but) )?(?:is there )?anything (?:i|we) (?:can|could|should) (?:do|try)\b"
)


# When in the day, or next to the run: a plan's "twice a week" doesn't answer it.
DAY_SLOT = rx.compile(
    r"\b(?:mornings?|evenings?|at night|lunch ?(?:time|break)?|after work|before work|am or pm|pm or am|"
    r"(?:right|straight|just|directly|immediately) (?:after|before)|(?:before|after) or (?:before|after)|"
    r"(?:before|after) (?:the|my|a|your|each|every) (?:\w+ )?(?:run|runs|jog|jogs)|"
    r"same (?:day|session|slot))\b"
)


def follow_up(ask: str, probe: tuple[bool, int, bool]) -> bool:
    """Does this ask lean on what came before ("and how many?", "why?", "is that ok for beginners")?"""
    named, terms, confident = probe
    text = normalize(ask)
    words = text.split()
    content_words = [w for w in words if w not in STOPWORDS]
    back = bool(set(words) & BACK)
    if named and not (back and len(content_words) <= 3 and _OF_IT.search(text)):
        return False
    starts = text.startswith(FOLLOW_START)
    if terms == 0 or (back and len(content_words) <= 6):
        return True
    if BARE_CHOICE.fullmatch(text):
        return (
            True  # (r20 tq) "before or after?", "heavy or light?": a choice with no object is the last one's
        )
    if confident:
        return False  # "what about breathing?": a new topic of its own
    return len(content_words) <= 1 or (starts and len(content_words) <= 4) or len(content_words) <= 3


def _stems(text: str) -> set[str]:
    return {rx.sub(r"(?:ing|ed|es|s)$", "", w) for w in normalize(text).split() if w not in STOPWORDS}


@lru_cache(maxsize=256)
def _topic_stems(topic_id: str, engine: Engine) -> frozenset[str]:
    full = engine.answer_topic(topic_id)
    return frozenset(_stems(full.text)) if full is not None else frozenset()


def coverage(ask: str, topic_id: str, engine: Engine) -> int:
    """How many of the ask's own words the topic's whole text uses."""
    return len(_stems(ask) & _topic_stems(topic_id, engine))


def _titles() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Each exercise's and rule's title (over five letters) as a pattern, longest first."""
    found = []
    for t in topic_ids():
        name = normalize(topic_title(t) or "") if t.startswith(("exercise:", "rule:")) else ""
        if len(name) > 5:
            found.append((rx.compile(rf"\b{re.escape(name)}s?\b"), t))
    return tuple(sorted(found, key=lambda x: -len(x[0].pattern)))


_TITLES = _titles()


def named_topic(plain: str) -> str | None:
    """The exercise or rule whose own title the (normalised) message says ("plyometrics", "hill
    repeats"), longest first; None if none."""
    for pattern, t in _TITLES:
        if pattern.search(plain):
            return t
    return None


def memo(fn: Ask) -> Ask:
    seen: dict[str, Answer] = {}

    def once(text: str) -> Answer:
        if text not in seen:
            seen[text] = fn(text)
        return seen[text]

    return once


# A generic ask after background ("where do I begin?", "what's in it for me?", "how should I use this
# time?", "do I push through or back off?"): its words name no topic, so the router (and the background
# sentence that names a squat or dumbbells) would pick one at random. Its intent, said the way the
# article's topics are asked, lets the background (kit, race, weather, fatigue) shape the answer.
_LEAD = r"^(?:(?:so|and|but|ok|okay|honestly|basically|then|realistically|seriously|like|just) )*"
_GENERIC_START = rx.compile(
    _LEAD + r"(?:(?:where|how) (?:do|should|would|can|could|does) (?:i|we|one|someone like me|a beginner) "
    r"(?:even |actually |best |possibly |sensibly |safely )?(?:start|begin|get started|get going|kick off)"
    r"(?: (?:out|off|things off|it|this|with (?:it|this|that|strength \w+|lifting)))?"
    r"|where (?:to|would you|do you) (?:start|begin)"
    r"|what (?:should|would|does|do|will|could) (?:my|the|a) (?:first|opening|starting) (?:month|week|weeks|"
    r"few weeks|couple of weeks|sessions?|steps?|block|phase|fortnight)(?: or (?:two|so))? (?:look like|be|"
    r"involve|include|contain)"
    r"|what(?:s| is| are) (?:the|my) (?:very )?first (?:steps?|move|thing to do)"
    r"|what(?:s| is) (?:step (?:one|1)|the first step)"
    r"|how (?:do|should|can) i (?:ease|get|build) (?:myself |my way )?(?:in|into "
    r"(?:it|this|strength \w+)|going)"
    r")\W*$"
)
_GENERIC_BENEFIT = rx.compile(
    _LEAD
    + r"(?:whats? (?:in it|in this|in strength \w+) for (?:me|someone like me|us|a runner like me|runners "
    r"like me|people like me)"
    r"|why (?:should|would|do|must) (?:i|someone like me|a runner like me) (?:even |really |actually )?bother"
    r"(?: with (?:it|this|them|strength \w+|lifting|weights))?"
    r"|what (?:would|will|could|do|does|can|might) (?:i|someone like me|it|strength "
    r"(?:work|training)|lifting) "
    r"(?:actually |really |even |honestly )?(?:gain|get out of it|get from it|do for (?:me|someone like me|"
    r"a runner like me|my running))"
    r"|whats? the (?:point|benefit|upside|payoff)(?: (?:for|to) (?:me|someone like me|a runner like me))?"
    r"|why fix (?:what|something) (?:isnt|is not|aint) broken"
    r")\W*$"
)
_GENERIC_BACK_OFF = rx.compile(
    r"\b(?:push (?:through|on)|keep (?:going|pushing)|carry on|plough on|power through|tough it out|"
    r"grind (?:through|it out))\b.*\b(?:back off|ease (?:off|up|back)|rest|take a break|step back|"
    r"cut back|dial (?:it )?back|deload|take it easy)\b"
    r"|\b(?:back off|ease (?:off|up|back)|cut back|deload)\b.*\b(?:push (?:through|on)|keep "
    r"(?:going|pushing)|"
    r"carry on|power through|tough it out)\b"
)
_GENERIC_USE_TIME = rx.compile(
    _LEAD + r"(?:how (?:should|can|do|could|would) i (?:best )?(?:use|spend|make the most of|make use of|"
    r"fill) (?:this|the|that|my|these) (?:time|period|break|spell|window|winter|weeks?|months?|"
    r"off ?season|downtime|time off|few weeks)"
    r"|what should i (?:do|be doing) with (?:this|the|that|my|these) (?:time|period|break|spell|downtime|"
    r"weeks?|months?|time off)"
    r"|how do i (?:make the most of|not waste) (?:it|this|the time|this time)"
    r")(?: (?:off|indoors|inside|instead|at home))?"
    # ("...use the winter to get stronger for spring racing?": a purpose that names no topic)
    r"(?: to (?:get|build|become|stay|keep|come back) (?:\w+ )?(?:stronger|fitter|faster|strength|fit|strong|"
    r"ready)(?: for (?:\w+ ){0,3}\w+)?"
    r"| for (?:\w+ ){0,2}(?:racing|races?|season|marathon|spring|springtime|summer))?\W*$"
)
_GENERIC_RUN_UP = rx.compile(
    r"\b(?:over|in|for|during|across) the (?:next|coming|last|final|remaining) (?:\w+ ){0,3}(?:days?|weeks?|"
    r"fortnight)\b|\bbetween now and (?:the |my |race|then|it\b)|\b(?:until|till|up to) (?:the |my )?"
    r"(?:race|race day)\b"
)
_AHEAD_RACE = rx.compile(
    r"\b(?:race|racing|10k|5k|half marathon|half|marathon|parkrun|ultra)\b.{0,60}\b(?:in|is in) "
    r"(?:\d+|a|one|two|three|four|five|six|ten|\w+ and a half) (?:days?|weeks?|fortnight)\b|"
    r"\b(?:\d+|two|three|four|five|six|ten) (?:days?|weeks?) (?:out|to go|away|until|till|before)\b|"
    r"\b(?:race|racing|10k|5k|half marathon|half|marathon|ultra) (?:is )?(?:next week|this weekend|"
    r"on (?:saturday|sunday))\b"
)
_TIRED_TOLD = rx.compile(
    r"\b(?:dead|tired|heavy|flat|awful|wrecked|trashed|fried|cooked|sore|exhausted|fatigued|drained|"
    r"knackered|sluggish|no energy|burn\w* out|run down)\b"
)
_OTHER_SUBJECT = rx.compile(r"\b(?:plyo\w*|jump\w*|hopping|bounding|box hops|line hops)\b")
_INJURY_FEARED = rx.compile(
    r"\b(?:(?:i ?ll|i will|i d|i would|youll|you will|id|ill) (?:\w+ )?get (?:injured|hurt)|"
    r"(?:avoid|prevent|stay away from|keep away) (?:\w+ )?injur\w*|injury (?:free|prevention)|"
    r"(?:scared|afraid|worried|nervous|terrified) (?:\w+ ){0,2}(?:injur\w*|getting hurt))\b"
)
_ACHE_TOLD = rx.compile(r"\b(?:aches?|aching|achy|hurts|hurting|pain\w*|niggl\w*|injur\w*|sore\w*)\b")
# (r19 tg) "I feel permanently tired. Should I be cutting something?": too much load told, what to trim
# asked (not a same-day or a how-often question); a pick between two ("cut runs or lifting?") is not it
CUT_ASK = rx.compile(
    r"^(?!.*\bor\b)(?:.*\b(?:cut|cutting|drop|dropping|reduce|reducing|trim|trimming|scale|scaling|"
    r"change|changing)\b (?:\w+ ){0,1}(?:something|anything|back|down|things)\b|"
    r".*\bwhat (?:should|do|can|would) i (?:\w+ )?(?:cut|drop|trim|reduce|change|scale back)\b)"
)
_WORN_TOLD = rx.compile(
    r"\b(?:tired|exhausted|shattered|knackered|wiped|drained|fatigued|run down|burn\w* out|no energy|"
    r"worn out|wrecked|cooked|fried|zombie|dead on my feet)\b"
)
CUT_BACK_TEXT = (
    "Yes, ease the strength side: keep it to two short sessions a week (15 to 20 minutes), only on easy "
    "days, never with a hard or long run or the day before a race, and with loads you're comfortable with "
    "rather than extremes. Breaks are normal too: the article advises a week off strength work every month "
    "for extra recovery, so if you're still worn out, take that week now."
)
# (r19 tg) "...six months off everything... Do I pick up where I left off?", "can I go straight back to
# 80 kg?": the old loads asked about after a break told
RESUME_ASK = rx.compile(
    r"\b(?:pick (?:it |things )?up where i (?:left|stopped)|(?:carry|start) on where i (?:left|stopped)|"
    r"(?:go|jump|get|start|head) (?:straight |right |directly )?back (?:in )?(?:to|at|with|on) "
    r"(?:my |the )?(?:old |same |previous |usual |former )?(?:\d+ ?(?:kg|kgs|kilos?|lbs?|pounds)|weights?|"
    r"loads?|numbers|where i was)|"
    r"(?:my |the )(?:old|same|previous|former|usual) (?:weights?|loads?|numbers|kg|lifts)|"
    r"(?:start|begin|restart) (?:back )?(?:at|with|from) "
    r"(?:\d+ ?(?:kg|kgs|kilos?|lbs?|pounds)|where i (?:left|was))|"
    r"where i (?:left off|was before|stopped))\b"
)
_BREAK_FROM_LIFTING = rx.compile(
    r"\b(?:(?:\w+ )?(?:months?|years?|weeks?) (?:off|out|away|without)|(?:time|break|layoff|lay off) "
    r"(?:off|from)|did nothing|done nothing|havent (?:lifted|trained|been)|not lifted|stopped (?:lifting|"
    r"training|going)|used to (?:\w+ ){0,3}(?:\d+ ?(?:kg|kgs|kilos?|lbs?)|lift|squat|do|press)|"
    r"before (?:my|the) (?:\w+ )?(?:job|kids?|baby|injury|break|move)|off everything)\b"
)
RESUME_TEXT = (
    "No, start lighter than where you left off and build back up. Pick a weight that tires you by 12–15 "
    "reps, 2–3 sets, one you're comfortable with, and add load only as that gets easy. Never give up good "
    "form to lift heavier or squeeze out more reps."
)
BENEFIT_ASK = "Why should runners like me do strength training?"
BACK_OFF = _GENERIC_BACK_OFF
BACK_OFF_TEXT = (
    "Back off rather than push through: legs that stay dead and runs that feel flat say you need recovery. "
    "Take a week off strength work now (the article advises a week off about once a month for extra "
    "recovery), then come back at twice a week, with a weight that tires you by 12–15 reps rather than to "
    "failure, and never on a hard-run day or the day before a race."
)


# (r17 ue) "...told me leg strength would get me under 25. Would it?": the claim told, asked of: faster?
_BARE_WOULD_IT = rx.compile(
    r"^(?:(?:and|so|but|ok|okay|well) )*(?:(?:would|will|does|could|can|might) (?:it|that|he|she|they)"
    r"(?: (?:really|actually|though|tho))?|(?:is|was) (?:he|she|that|it) right|is (?:that|it) true)$"
)
_FASTER_TOLD = rx.compile(
    r"\b(?:(?:would|will|could|can|might) (?:\w+ ){0,2}(?:get|make|help) (?:me|you)\b.{0,30}"
    r"\b(?:faster|quicker|under|sub|pb|pr)\b|"
    r"(?:knock|take) (?:\w+ ){0,3}off (?:my |your )?(?:\w+ )?(?:pb|pr|time))"
)
FASTER_ASK = "Would strength training make me a faster runner?"


# (r19 tg) "...I run 5k every morning... doing legs in the evening. Is doing both on the same day a
# problem?": "both" is the run and the strength work the background told, said so the rules see them
_BOTH_SAME_DAY = rx.compile(
    r"(?<!\bthem )\b(?:both|the two)\b(?! of them)(?: (?:\w+ ){0,3}?(?:on )?(?:the )?(?:same|one) day)\b"
)
_RUN_TOLD = rx.compile(
    r"\b(?:run|runs|running|ran|jog|jogs|jogging|\d+ ?k|tempo|intervals?|track|long run|fartlek)\b"
)
_LIFT_TOLD = rx.compile(
    r"\b(?:lift\w*|legs|leg (?:day|session|work|workout)s?|gym|weights|strength|squats?|lunges?)\b"
)
_HARD_TOLD = rx.compile(r"\b(?:tempo|intervals?|speed|track|hills?|long run|hard|fast|race|racing)\b")
_EASY_TOLD = rx.compile(
    r"\b(?:easy|gentle|steady|slow|nothing (?:hard|fast)|(?:none|not one) of (?:my|them|the) (?:runs )?"
    r"(?:are|is) (?:hard|fast))\b"
)


def both_said(ask: str, background: str) -> str | None:
    """The ask with its "both" said as the run and the strength session the background told
    ("is doing both on the same day a problem?"), else None."""
    m = _BOTH_SAME_DAY.search(normalize(ask))
    if m is None or not background:
        return None
    told = normalize(background)
    if not (_RUN_TOLD.search(told) and _LIFT_TOLD.search(told)):
        return None
    easy = _EASY_TOLD.search(told) and not _HARD_TOLD.search(_EASY_TOLD.sub(" ", told))
    said = "an easy run and lifting" if easy else "a run and lifting"
    return rx.sub(r"(?i)\b(?:both|the two)\b", said, ask, count=1)


# (r19 tg) "There's a lock with stone steps by my mooring. Can I use those for step-ups?": the pronoun is
# the kit the story told, said so the kit readers see it
_USE_PRONOUN = rx.compile(
    r"(?i)\b(?:use|try|do them on|do it on|do step ?ups on) (those|these|them|that|this|it)\b"
    r"(?= (?:for|as|to|instead)\b)"
)
_KIT_NOUN = rx.compile(
    r"\b(?:stairs|stairwell|staircase|steps|bench|chair|box|ledge|kerb|curb|wall|sofa|table|dumbbells|"
    r"kettlebells?|ankle weights|exercise ball|gym ball|ball)\b"
)


def kit_pronoun_said(ask: str, background: str) -> str | None:
    """The ask with "use those for ..." said as the one piece of kit the background told last, else None."""
    m = _USE_PRONOUN.search(ask)
    if m is None or not background:
        return None
    kits = _KIT_NOUN.findall(normalize(background))
    if not kits:
        return None
    kit = kits[-1]
    kit = {"stairwell": "stairs", "staircase": "stairs"}.get(kit, kit)
    return f"{ask[: m.start(1)]}the {kit}{ask[m.end(1) :]}"


def generic_ask(ask: str, background: str) -> tuple[str, str] | None:
    """(intent, the ask said plainly) for a generic ask the background gives its subject, else None.
    Intents: "start", "benefit", "back_off", "use_time", "run_up"."""
    plain = normalize(ask)
    told = normalize(background)
    if not plain:
        return None
    if not told:
        # ("what's in it for me?" alone, with no topic before it: what strength work does for a runner)
        return ("benefit", BENEFIT_ASK) if _GENERIC_BENEFIT.match(plain) else None
    if _GENERIC_RUN_UP.search(plain) and _AHEAD_RACE.search(f"{told} {plain}") and not named_exercises(plain):
        return "run_up", "What should I do with strength work in the run-up to the race?"
    if _GENERIC_BACK_OFF.search(plain) and _TIRED_TOLD.search(told):
        return "back_off", ask
    if RESUME_ASK.search(plain) and _BREAK_FROM_LIFTING.search(f"{told} {plain}"):
        return "resume", ask
    if CUT_ASK.search(plain) and _WORN_TOLD.search(f"{told} {plain}") and not named_exercises(plain):
        return "cut_back", ask
    if _GENERIC_USE_TIME.match(plain):
        if _AHEAD_RACE.search(told):
            return "run_up", "What should I do with strength work in the run-up to the race?"
        return "use_time", "How should I use this time for strength work?"
    if _GENERIC_BENEFIT.match(plain):
        return "benefit", f"{BENEFIT_ASK[:-1]}, and how much time does it take?"
    if _BARE_WOULD_IT.match(plain) and _FASTER_TOLD.search(told):
        return "faster", FASTER_ASK
    # ("everyone says I'll get injured if I don't": a worry about the future, not an ache told)
    ache_told = _ACHE_TOLD.search(_INJURY_FEARED.sub(" ", told) if _ACHE_TOLD.search(told) else told)
    if _GENERIC_START.match(plain) and not _OTHER_SUBJECT.search(told) and not ache_told:
        return "start", "What beginner routine should I start with?"
    return None


# "...season ends in November, then two months before track. Should I be doing strength then?": "then"
# is the break the background told, said so the asks' readers see it.
_THEN_ASKED = rx.compile(
    r"\b(?:then|during (?:that|this|those) (?:time|period|gap|window|months?|weeks?)|at that point|"
    r"in (?:that|this) (?:gap|window|period|break))(?=\W*$)",
    re.IGNORECASE,
)
_BREAK_TOLD = rx.compile(
    r"\b(?:off ?season|season (?:ends|is over|finishes)|between seasons|after (?:the|my) season|"
    r"(?:\w+ )?months? (?:off|before (?:track|the season|racing))|base (?:phase|building))\b"
)


def then_said(ask: str, background: str) -> str | None:
    """The ask with its "then" said as the off-season the background told, else None."""
    if not background or not _BREAK_TOLD.search(normalize(background)) or not _THEN_ASKED.search(ask):
        return None
    return _THEN_ASKED.sub("in the off-season", ask, count=1)
