"""Answer free-text questions from the content: one topic, two close ones, or "not sure, pick one".

Every topic (exercise, muscle, injury, rule, missing piece of kit) becomes one document: its title,
names, keywords, the questions it declares (content/questions.py) and its text. content/retrieval.py
ranks the documents (BM25 with Snowball stems, fused with wordllama embeddings by reciprocal rank
fusion). Then:

- a clear winner is answered in full, its facts ordered by the question's intent words (how, how
  many, when, why, can I...);
- when the runner-up scores close and matches words of the question that the winner does not, both
  are answered briefly ("stretch before or after?" is the warm-up and the cool-down);
- a weak match says so and offers the three closest topics (``Answer.choices``, buttons in chat);
- a question with nothing to do with leg strength gets a short "I only know..." reply.

The index is built on first use (about a quarter of a second) and then reused; nothing touches the
network: the embedding model is read from inside its installed wheel. The retrieval stack (numpy,
rapidfuzz, the model) is imported then too, not with this module: a bot process that is
never asked a question never loads it, and starts without it (docs/benchmarks.md).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache, lru_cache, partial
from itertools import pairwise
from types import MappingProxyType
from typing import TYPE_CHECKING

from content import rx
from content.anatomy import INJURIES, MUSCLES
from content.asks import POINTER, named_exercises, says_exercise, split_asks
from content.cards import exercises_for_muscle
from content.claims import LIFTING_NEEDED, frame_verdict, works_verdict
from content.compose import (
    MUSCLE_CHOICE,
    WEEK_OFF_SAID,
    compose,
    drop_lacked,
    drop_moves,
    quality_choice,
    settle_verdict,
    unverdicted,
)
from content.described import name_described
from content.dialogue import BULK_LINE, NO_JUMP_POWER, respond, told_only
from content.direct import order_verdict
from content.exercises import BENCH_AT_KNEE, BENCH_HEIGHT_CUE, EXERCISES
from content.fulltext import _lines
from content.guidance import RULES
from content.heap import give_back
from content.lookup import find_exercise, find_injury, find_muscle
from content.model import INJURY_CAUTION, Answer, Equipment, Exercise, Injury, Muscle, Rule
from content.pairs import ENTITIES as _ENTITIES
from content.pairs import JOINS as _JOINS
from content.pairs import pair_text as _pair_text
from content.paraphrases import PARAPHRASES
from content.plan import lacks_bench, lacks_stairs, machine_stand_in, no_jumping
from content.questions import OFF_SCOPE, QUESTIONS, SHORTHAND
from content.reasons import (
    OFF_TOPIC_SUGGESTIONS,
    OFF_TOPIC_TEXT,
    elsewhere_entirely,
    leg_words,
    off_topic_text,
    says_sport,
)
from content.spelling import fix_typos, unstretch
from content.text import MAX_INPUT, STOPWORDS, normalize, stem_words
from content.topics import BY_ID, TOPICS, Topic

if TYPE_CHECKING:
    import numpy as np

    from content.retrieval import Doc, Ranking

MAX_ANSWER = 3500

# Decision thresholds, tuned on the tuning part of tests/data/question_bank.tsv (docs/answers.md).
OFF_LEXICAL = 2.5  # with less BM25 evidence than this the question leans on its embedding alone:
OFF_SEMANTIC = 0.55  # below this cosine it is off-topic,
SURE_SEMANTIC = 0.62  # below this one we are unsure and offer the closest topics
# A question of a word or two ("knee", "legs") whose two best topics tie is vague: offer choices.
TIE = 0.95
GUESS_SEMANTIC = 0.5  # an unsure question that speaks of strength work is answered from this cosine
BARE_SEMANTIC = 0.8  # a question with no topic word is answered from its embedding only above this
EXACT_SEMANTIC = 0.95  # ...unless it is (nearly) one of a topic's own phrasings
# Off-scope (content/questions.py OFF_SCOPE) wins when its best cosine beats the topics' by this...
SCOPE_MARGIN = -0.05
SCOPE_LEXICAL = 0.5  # ...and its BM25 score is at least this share of the topics' best
PAIN_BOOST = 0.15  # a question about pain raises the injuries' fused scores by this share
# A variation keeps the lead over its named base when the question says a word of its own name
# ("weighted", "walking") or reads like one of its phrasings: this cosine, this much above the base's.
VARIATION_SEMANTIC = 0.8
VARIATION_MARGIN = 0.1
# A topic whose phrasings the question reads like (this cosine), this far above the fused winner's:
READS_LIKE = 0.7
READS_MARGIN = 0.15
READS_NEAR = 0.88  # a question this close to one of a topic's phrasings (nearly saying it)...
READS_NEAR_MARGIN = 0.08  # ...needs only this lead in cosine over a winner with weak word evidence
LEX_CLEAR = 1.5  # a BM25 lead this many times the next topic's (and the fused winner's)...
LEX_CLEAR_SEMANTIC = 0.05  # ...with a cosine at most this much below the winner's leads
# Two topics at once:
PART_SEMANTIC = 0.7  # a part of a question ("...or after?") counts on its embedding alone above this
PART_RANK = 3  # a part's topic must rank this high for the whole question when the winner isn't a part
NAMED_RANK = 3  # a topic the question names counts if it also ranks among this many overall
RULE_NAMED_CLOSE = 0.85  # a rule named by a keyword of two or more words leads over an unnamed one this close
KIT_CLOSE = 0.85  # an exercise using the kit the question describes leads over one this close that doesn't
PLACE_CLOSE = 0.6  # ...and over where or with what to train from this close
NAMED_CLOSE = 0.9  # a topic the question names leads over an unnamed winner this close
STOCK_CLOSE = 0.8  # a stock answer not asked for yields the lead to a topic this close (_STOCK_ASKED)
CLOSE = 0.70  # runner-up fused score / winner's: close enough to answer both
OWN_TERMS = 0.35  # share of the pair's BM25 weight the runner-up must bring on its own words
NAMED_OWN = 0.2  # the same share, for a runner-up the question names
SECOND_MARGIN = 0.3  # an unnamed runner-up must read nearly as much like the question as the winner
# Catch-all topics: answered when asked, never glued on as an unasked runner-up.
# Where or with what to train: a muscle or exercise the question names says more ("glutes asleep,
# best stuff at home?" is the glutes' exercises, not the home workout).
_PLACES = frozenset({"rule:home_workout", "rule:gym_vs_home", "rule:routine", "rule:muscles_used"})
_HOME_GYM = frozenset({"rule:home_workout", "rule:gym_vs_home"})
_UMBRELLA = frozenset({"rule:routine", "rule:muscles_used", "rule:about"})

# Keywords so common in runners' questions that they don't name a topic ("stretch after leg day" is
# not asking for Legwork's routine): they stay in the topic's document, not among its names.
_LOOSE_NAMES = frozenset({"leg day", "leg workout", "strong legs", "stronger legs", "leg strength"})

_LOOSE_PADDED = tuple(f" {n} " for n in _LOOSE_NAMES)
_SHORTHAND = tuple((rx.compile(p, re.IGNORECASE), r) for p, r in SHORTHAND)


# "is that just a lunge?", "is it basically a calf raise", "a kind of hill repeat?": is the move
# described a version of the one named (the name at the end of the question).
_JUST_A = rx.compile(
    r"\b(?:is|isnt|are|arent) (?:that|it|this|they|those|these|the [a-z]+(?: [a-z]+){0,3}?) "
    r"(?:just|basically|simply|essentially|pretty much|(?:just |basically )?(?:a )?(?:kind|type|form|version|"
    r"variation|variant|sort) of) (?:a |an |the )?(?P<base>[a-z]+(?: [a-z]+){0,2}?)"
    r"(?: then| really| or what| or not)?$"
)

_BLEND = rx.compile(
    r"\b(squat|lunge|raise|curl|press|bridge|hop|jump|step)s?-(squat|lunge|raise|curl|press|bridge|hop|jump)s?\b",
    re.IGNORECASE,
)
_WHY_WORDS = frozenset({"why", "point", "bother", "benefit", "benefits"})
_HOME_OR_BODYWEIGHT = frozenset({"home", "bodyweight", "house", "calisthenics"})
# "do I need both?", "both or just one?": two moves, whether to do each.
_BOTH_GATE = frozenset({"both", "one", "either", "already"})
_BOTH_ASK = rx.compile(
    r"\bneed(?: to (?:do|use|keep|train|include))? (?:them |these |those )?both\b|"
    r"\b(?:should|must|shall) i (?:do|use|keep|include|bother with) (?:them |these |those )?both\b|"
    r"\b(?:have|got) to do (?:them |these |those )?both\b|\bbother with both\b|"
    r"\bboth (?:or|necessary|needed)\b|"
    r"\b(?:just|only) one (?:of (?:them|these|those)|or)\b|\bis one (?:of them )?enough\b|"
    # (r17 ve) "do I need hamstring curls if I already do leg extensions?", "I already do X, do I need Y?"
    r"\bneed (?:\w+ ){1,4}(?:if|since|when|as|given) i (?:already|also) (?:do|use|train)\b|"
    r"\balready (?:do|doing|use) (?:\w+ ){1,4}(?:do|should) i (?:also |still )?need\b|"
    # (r17 vc) "do I need leg extensions AND hamstring curls or just one?"
    r"\b(?:need|do|use|keep) (?:\w+ ){1,4}and (?:\w+ ){1,4}or (?:just|only) (?:one|the one|one of them)\b"
)


def _the(title: str) -> str:
    t = title.lower()
    return t if t.endswith(("s", "ing")) and not t.endswith("ss") else f"the {t}"


def _both_opposing(a: Topic, b: Topic) -> Answer | None:
    """ "a machine where you kick your legs straight out and one where you curl your heels to your bum,
    do I need both?": yes, when the two moves work opposing muscles (quads and hamstrings), because
    an imbalance between opposing groups is a leading cause of runners' overuse injuries."""
    if not (isinstance(a.ref, Exercise) and isinstance(b.ref, Exercise)):
        return None
    if not (a.ref.primary and b.ref.primary):
        return None
    ma, mb = MUSCLES.get(a.ref.primary[0]), MUSCLES.get(b.ref.primary[0])
    if ma is None or mb is None:
        return None
    an, bn = _the(a.title), _the(b.title)
    if mb.id in ma.opposes:
        lead = (
            f"Yes, do both: {an} works the {ma.name.lower()} ({ma.location}) and {bn} the "
            f"{mb.name.lower()} ({mb.location}). They're opposing muscles, and an imbalance between "
            f"opposing groups is a major cause of the overuse injuries runners get, so keep them even."
        )
    elif set(a.ref.primary) == set(b.ref.primary) and ma.id != "calves":  # (calves: the shin's too)
        said = " and ".join(MUSCLES[m].name.lower() for m in a.ref.primary if m in MUSCLES)
        lead = (
            f"Not necessarily: {an} and {bn} both work the {said}, so either one covers them. Doing both "
            f"adds variety; balance them with work for the opposing muscles."
        )
    elif not set(a.ref.primary) & set(b.ref.primary):
        lead = (
            f"Yes, both: they work different muscles, {an} the {ma.name.lower()} and {bn} the "
            f"{mb.name.lower()}, and a runner's legs need all the main groups strong."
        )
    else:
        return None
    text = f"{lead}\nFull card: /exercise {a.title.lower()}"
    return Answer(_clip(text), a.id, True, _suggest(a), topics=(a.id, b.id), context=a.id)


# How heavy a load to lift (the ask, not a worry about getting heavy or bulky).
_LOAD_ASK = rx.compile(
    r"^(?:(?:so|and|but|ok|okay|right|also|roughly) )*"
    r"(?:how (?:heavy|much weight)|(?:what|which) (?:weight|kg|load)s?) "
    r"(?:should|do|must|to|would|can|is|are|for)\b"
)
_NOT_LOAD = rx.compile(
    r"\b(?:bulk\w*|big|slow\w*|mass|light(?:er)?|bones?|body ?weight|weigh|scales?|loss|lose)\b"
)
# Running's muscles asked as a set ("which muscles", "all the muscles", "muscle groups"), not one group.
_ALL_MUSCLES = rx.compile(
    r"\b(?:which|what|whats|all|main|every|other|rest of the|different) (?:\w+ )?muscles?\b|"
    r"\bmuscle groups\b|"
    r"\b(?:and|or|vs|versus) (?:the |my )?(?:\w+ )?"
    r"(?:muscles?|hamstrings?|quads?|calf|calves|glutes?|hips?)\b"
)
_JUST_GATE = frozenset({"just", "basically", "simply", "essentially", "pretty", "of"})


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _end(s: str) -> str:
    s = s.strip()
    return s if s.endswith((".", "!", "?")) else s + "."


_INDEX: MappingProxyType[str, int] = MappingProxyType({t.id: i for i, t in enumerate(TOPICS)})
_SKIPPING = _INDEX["exercise:skipping"]


def _names(t: Topic) -> list[str]:
    """What the topic is called: title, id words and aliases."""
    ref = t.ref
    names = [t.title, t.id.split(":", 1)[1].replace("_", " ")]
    if isinstance(ref, Muscle):
        names.append(ref.full_name)
    if isinstance(ref, Exercise | Muscle | Injury | Equipment):
        names += list(ref.aliases)
    if isinstance(ref, Rule):
        names += list(ref.keywords)
    return names


def _called(t: Topic) -> list[str]:
    """The names a question can call the topic by: its names, and for a muscle each one-word name
    with "muscles" after it ("my quad muscles", "the hamstring muscles"), so that word is the
    muscle's and not the start of "muscles ... running" (which muscles running uses)."""
    names = _names(t)
    if isinstance(t.ref, Muscle):
        names += [f"{n} muscles" for n in names if " " not in n and "muscle" not in n]
    return names


def _body(t: Topic) -> list[str]:
    """The topic's own text, for BM25."""
    ref = t.ref
    if isinstance(ref, Exercise):
        return [ref.summary, *ref.steps, *ref.cues, ref.harder or "", ref.easier or "", *ref.substitutes]
    if isinstance(ref, Muscle):
        return [ref.location, ref.role, ref.balance, *ref.parts, ref.when_weak or ""]
    if isinstance(ref, Injury):
        return [ref.problem, ref.advice]
    if isinstance(ref, Rule):
        return [ref.text, *ref.hints]
    return [*ref.substitutes]


def _doc(t: Topic) -> Doc:
    from content.retrieval import Doc  # deferred with the retrieval stack, see the docstring

    names = _names(t)
    questions = list(QUESTIONS.get(t.id, ()))
    # The title counts twice: a question that names the topic should find it first.
    text = " ".join([t.title, *names, *questions, *_body(t)])
    # The extra runner wordings are embedded only: BM25's document lengths and counts stay as they are.
    extra = list(PARAPHRASES.get(t.id, ()))
    return Doc(text=text, phrases=tuple(dict.fromkeys([*names, *questions, *extra])))


# ---- intent -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Intent:
    dose: bool = False  # how many, how much, how often, how long, how heavy
    howto: bool = False  # how (do I), technique, form
    why: bool = False  # why, what for, benefit
    when: bool = False  # when, which day
    can: bool = False  # can I, should I, is it ok / bad / safe
    lack: bool = False  # no / don't have / instead of
    harder: bool = False  # harder, easier, progress
    pain: bool = False  # hurts, sore, aching: an injury is the likelier topic


_LACK = frozenset(
    {"no", "dont", "without", "instead", "havent", "substitute", "replace", "alternative", "place", "lack"}
)
_PERMISSION = frozenset(
    {("can", "i"), ("should", "i"), ("is", "it"), ("ok", "to"), ("okay", "to"), ("it", "safe"), ("it", "bad")}
)
_PAIN = frozenset(
    """hurt hurts hurting pain pains painful sore ache aches aching achy injured injury niggle niggles
    twinge tender throbbing dodgy agony""".split()
)
_DOSE_NEXT = frozenset({"many", "much", "often", "long", "heavy", "far", "high", "low", "deep", "steep"})


def _instead_of_doing(words: tuple[str, ...]) -> bool:
    """ "instead of running", "instead of sprinting down": a doing follows (not "instead of a hill")."""
    return any(
        a == "instead" and b == "of" and c.endswith("ing") and c not in ("ceiling", "building")
        for a, b, c in zip(words, words[1:], words[2:], strict=False)
    )


def _intent(words: tuple[str, ...]) -> _Intent:
    w = set(words)
    pairs = set(pairwise(words))
    dose = any(a == "how" and b in _DOSE_NEXT for a, b in pairs) or bool(w & {"reps", "sets", "dose"})
    return _Intent(
        dose=dose,
        howto=("how" in w and not dose) or bool(w & {"form", "technique", "steps", "properly"}),
        why=bool(w & {"why", "benefit", "benefits", "point"}) or ("what", "for") in pairs,
        when=bool(w & {"when", "day", "days"}),
        # "how many should I do" asks for a dose, not permission.
        can=bool(pairs & _PERMISSION) and not dose and "how" not in w,
        # "so I don't get bulky" is not a missing piece of kit: "don't" counts before have / own / got.
        lack=bool(
            w
            & (
                _LACK
                - {"dont", "without"}
                # (r16 wd) "why jog down instead of running hard both ways?": instead of doing a thing is
                # a manner, not a missing piece of kit (as compose's _MANNER reads it)
                - ({"instead"} if _instead_of_doing(words) else set())
            )
        )
        # "without hurting my knee", "without bouncing": a manner, not a missing piece of kit.
        or any(a == "without" and not b.endswith("ing") and b not in _PAIN for a, b in pairs)
        or any(a == "dont" and b in {"have", "own", "got", "possess"} for a, b in pairs),
        harder=bool(w & {"harder", "easier", "progress", "easy", "advanced", "beginner"}),
        pain=bool(w & _PAIN),
    )


def _clip(text: str) -> str:
    return text if len(text) <= MAX_ANSWER else text[: MAX_ANSWER - 1].rstrip() + "…"


# ---- deciding ---------------------------------------------------------------------------------


def _spells(title: str, words: tuple[str, ...]) -> bool:
    """Does a word of the question look like a misspelling of this one-word title (5+ letters)?"""
    from rapidfuzz.distance import OSA

    t = normalize(title)
    if " " in t or len(t) < 5:
        return False
    base = t[:-1] if t.endswith("s") else t
    return any(len(w) >= 4 and min(OSA.distance(w, t), OSA.distance(w, base)) <= 1 for w in words)


# A short subject, a dash, and a do-they ask about it: the dash reads as a comma ("my calves - do they
# matter?"); a longer telling before a dash is left as it is.
# "hamstrng pushup", "hammy push up", "hamstirng curl": the exercise's first word however it is
# typed or shortened, before the upper-body guard reads "push up" as the chest exercise
_HAM_MOVE = rx.compile(r"\b(?:ham(?:m(?:y|ies|ys)|[a-z]{0,2}st?[a-z]{0,4}))(?=[ -]?(?:push|curl))", re.I)
# (r17 vf) "whats a good hamstrng excersise": the misspellings the index knows as the muscle's aliases (so
# the typo fixer keeps them) are the muscle for every rule after it, not for retrieval alone
_HAM_TYPO = rx.compile(r"\bham(?:strng|sting|estring)(s?)\b", re.I)
# "How would stronger legs make me faster, why?": a "how would it" and a bare "why" tacked on ask for
# the same mechanism, so one "why" question (not a how-to: "how do I squat, and why?" keeps both).
# (r17 vd) A claim with a tag ("squats are bad for knees, aren't they?") or put to the coach in slang
# ("y'all think leg day ruins your speed"): asked as "is it true that <claim>?", its verdict first.
_TAG_ASK = rx.compile(
    r"^\s*(?P<claim>[a-z][^?.!,]{5,160}?),?\s+(?:aren[’']?t|isn[’']?t|don[’']?t|doesn[’']?t|won[’']?t|"
    r"wouldn[’']?t|can[’']?t|ain[’']?t)\s+(?:they|it|you|we|that|those|these|there)\s*\?+\s*$|"
    r"^\s*(?:do |don[’']?t )?(?:y[’']?all|yall|u|ya) (?:think|reckon)\s+(?:that\s+)?"
    r"(?P<opinion>(?!(?:i|im|i[’']m|we|my|me)\b)[a-z][^?.!,]{5,160}?)\s*\??\s*$",
    re.IGNORECASE,
)


# (r17 vd) "Runner's knee. Which exercises help?": a sentence that is only a topic's name labels the ask
# after it, as "Runner's knee: which exercises help?" does.
_LABEL_THEN_ASK = rx.compile(r"^\s*(?P<label>[A-Za-z][A-Za-z' -]{2,30}?)\s*[.!]+\s+(?P<ask>\S[^.!]*\?+\s*)$")


def _labelled(question: str) -> str:
    m = _LABEL_THEN_ASK.match(question) if "?" in question else None
    if m is None or len(m.group("label").split()) > 4:
        return question
    label = m.group("label")
    if find_injury(label) is None and find_exercise(label) is None and find_muscle(label) is None:
        return question
    return f"{label}: {m.group('ask')}"


# (r17 uc) The word order of "is it true" turned, as a learner says it ("It is true that weights make the
# runner slow?", "its true that squats hurt knees?"): the same ask, its verdict first.
_TRUE_THAT = rx.compile(
    r"(?:^|(?<=[.!]\s))\s*(?:so |and |but |please )?(?:it is|it[’']?s|is|its) true (?:that )?"
    r"(?=[a-z][^?.!]{5,160}\?)",
    re.IGNORECASE,
)


_TRUE_NOT = rx.compile(r"(?i)\b(?:not|never|no|dont|don[’']t|shouldn[’']?t|mustn[’']?t|cant|can[’']t)\b")


def _tag_asked(question: str) -> str:
    t_m = _TRUE_THAT.search(question) if "true" in question and "?" in question else None
    if t_m is not None and not _TRUE_NOT.search(question[t_m.end() :]):
        # (a claim said in the negative, "must not lift the day before", is left alone: "is it true that"
        # with a negated rule still leads with the rule's own "No")
        question = f"{question[: t_m.start()]} is it true that {question[t_m.end() :]}".strip()
    m = _TAG_ASK.match(question) if "?" in question or "think" in question or "reckon" in question else None
    if m is None:
        return question
    return f"is it true that {m.group('claim') or m.group('opinion')}?"


_HOW_THEN_WHY = rx.compile(
    r"^\s*how (would|does|do|will|can|could|did|is|are|might) (?!i\b|you\b|we\b|u\b)([^?.!]+?)\s*[,;:-]*\s*"
    r"(?:\?\s*)?(?:and |but |so )?(?:why|how come)\s*[?!.]*\s*$",
    re.IGNORECASE,
)
# (r18 tb) "race on saturday, it's thursday now. can i still do my leg session?": the day told as today,
# said in the ask ("... on thursday?") where the race-day reader looks for it
_TODAY_IS = rx.compile(
    r"(?i)[,.;]?\s*\b(?:it'?s|it is|today is|today'?s)\s+"
    r"(?P<day>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?:\s+(?:now|today))?[.,;!]?"
)
_RACE_SAID = rx.compile(r"(?i)\b(?:race|racing|parkrun|marathon|half|10k|5k|10 ?km|5 ?km)\b")


def _today_named(question: str) -> str:
    m = _TODAY_IS.search(question) if "day" in question.lower() else None
    if m is None or not _RACE_SAID.search(question) or "?" not in question[m.end() :]:
        return question
    rest = question[m.end() :]
    if rx.search(
        r"(?i)\b(?:today|tonight|tomorrow|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", rest
    ):
        return question
    at = m.end() + rest.rindex("?")
    return f"{question[: m.start()]}. {question[m.end() : at].lstrip()} on {m.group('day')}{question[at:]}"


_DASH_ASK = rx.compile(
    r"^((?:[\w'\u2019]+ ){0,5}[\w'\u2019]+)\s+[-\u2013\u2014]+\s+"
    r"(?=(?:do|does|are|is) (?:they|those|these|it|that|this)\b(?:(?! and )[^?.!,])*\??\s*$)",
    re.IGNORECASE,
)

# "<a move> - is that a legit start?", "<a move> - what's it for and how do I do it right?": the
# question's "that"/"it" is the move before the dash (round 12: a described move named there lost
# its yes/no verdict and its steps). Only a short lead that names an exercise is moved in.
_DASH_BACK = rx.compile(
    r"^(?P<np>(?:the |doing |raising |a )?(?:[\w'\u2019-]+ ){0,5}[\w'\u2019-]+)(?: on the floor)?"
    r"\s+[-\u2013\u2014]+\s+"
    r"(?P<q>(?:is|does|did|are|can|could|should|would|will|what(?:s|'s| is)|how|why)\b[^\n]*\?)\s*$",
    re.IGNORECASE,
)
_BACK = rx.compile(r"\b(?:that|it|this)\b(?! one\b)(?! (?:is|was)\b(?: \w+)? (?:the|a)\b)", re.IGNORECASE)


def _dash_back(question: str) -> str:
    m = _DASH_BACK.match(question)
    if m is None or not named_exercises(normalize(m.group("np"))):
        return question
    np, q = m.group("np"), m.group("q")
    if not _BACK.search(q) or _BACK.search(np) or rx.search(r"\b(?:one|them|they)\b", np, re.I):
        return question  # ("<the bridge> and hold it - what's it good for?": whose "it" is unclear)
    return q[:1].upper() + _BACK.sub(lambda _: np[:1].lower() + np[1:], q)[1:]


@lru_cache(maxsize=4096)
def _plain(question: str) -> str:
    """The question with chat shorthand spelled out (content/questions.py SHORTHAND). Idempotent,
    and remembered (a message is spelt out again for each ask and stage)."""
    out = question
    for pattern, repl in _SHORTHAND:
        out = pattern.sub(repl, out)
    return out


# A part that only sets the question against a dismissive alternative ("or is it all calves and
# thighs", "or just cardio", "or is it cope") asks nothing new.
_ASIDE = rx.compile(
    r"^\s*(?:(?:is|are|was|isnt) (?:that|it|this|they|those) |(?:thats|its) )?"
    # (r14 wb: "shift worker, only energy for two sessions a week": a limit told, not an aside)
    r"(?:(?:just|only)(?! (?:after|before|during|once|twice|on|at|in|energy|time|room|space|have|has|got|"
    r"get|manage|able|one|two|three|four|five|\d+|a few|a couple|a bit|enough|short|quick)\b)|"
    # (r18 tb: "off-season or all year round?" offers the second option, not an aside)
    r"all(?! (?:year|the year|season|the time|round)\b)|simply|"
    r"mostly|purely|"
    r"really just|nah|cope|hype|a myth|overrated|bro science)\b",
    re.IGNORECASE,
)
# A later part that points back at the first one's subject: "could that be...", "does it matter".
_POINTS_BACK = rx.compile(
    r"^\s*(?:(?:could|would|does|do|is|are|can|will|might|should) (?:that|it|this|they|those|these)|"
    r"(?:thats|its|is that|is it) (?:because|from|why|normal|bad|ok|okay|fine|true|right))\b|"
    r"^[^?]*\b(?:from|of|for|about|with|by) (?:that|this|it|them)\W*$|"
    # "my glutes are weak, what exercises help?": which moves help with the first part's subject
    r"^\s*(?:so |and )?(?:what|which|any) (?:exercises?|moves?|stuff|workouts?|drills?)"
    r"(?: (?:would|will|can|could|should|might|do|does))?(?: (?:help|helps|work|fix (?:it|that|them)))?\W*$",
    re.IGNORECASE,
)
# "the leg press, worth doing?": a verdict asked of the first part's move, in a word or two (the
# move's own verdict, not why runners should strength train at all).
_VERDICT_BACK = rx.compile(
    r"^\s*(?:(?:is|are) (?:it|that|this|they) )?(?:really |even )?(?:worth (?:it|doing|the effort|bothering)|"
    r"any (?:good|use|point)|useful)(?: for (?:runners?|running|me))?\W*$",
    re.IGNORECASE,
)


# Where or when a runner trains, said as the setting of the question ("in the gym", "on my lunch break").
_SETTING = rx.compile(
    r"\b(?:in|at) (?:the|my|a) gym\b|\b(?:on |in |during )?(?:my |a |the )?(?:lunch|coffee|work) ?breaks?\b|"
    r"\b(?:at|on my|in my) lunch ?(?:time|hour)?\b|\b(?:after|before) work\b"
)
# A part that tells the runner's situation ("I only get a 30 min lunch break", "my gym is tiny"), with no
# question word in it: the setting of the ask before it, not a second ask.
_TELLS_SETTING = rx.compile(
    r"^\s*(?:but |and |as |since |because |cause |cos |coz )?(?:i|im|ive|id|my|we|our)\b"
    r"(?!.*\b(?:how|what|which|why|when|where|should|can|could|would|do|does|is|are|will)\b)"
)


def _without_aside(question: str, last_only: bool = False) -> str:
    """The question without a trailing dismissive aside ("..., or is it all calves and thighs"):
    the topics the aside names are not asked about. ("quads or mostly glutes?" offers a choice between
    two muscles, no aside: kept whole.)"""
    if MUSCLE_CHOICE.search(normalize(question)):
        return question
    for m in _JOINS.finditer(question):
        rest = question[m.end() :]
        if rx.fullmatch(r"\s*(?:nah|not|no|nay)\W*", rest):
            continue  # "hammy curls or nah?": a yes/no tail, not an aside
        # (for the verdict, an aside ends the message: "I run about 30 miles a week, mostly on my days
        # off. ... How often should I lift?" tells a fact, and the asks after it are what a verdict
        # must fit)
        if m.start() >= 12 and _ASIDE.match(rest) and not (last_only and rx.search(r"[.!?]\s+\S", rest)):
            return question[: m.start()].rstrip(" ,;") + ("?" if question.rstrip().endswith("?") else "")
    return question


# A part of a question that asks something: a question word or mark, or an auxiliary first.
_ASKS = rx.compile(
    r"\?|^\s*(?:so |and |but |or )?(?:how|what|whats|which|where|when|why|who|should|can|could|would|will|"
    r"do|does|"
    r"did|is|are|am|was|any|anything)\b",
    re.IGNORECASE,
)
_TOLD_NOT = rx.compile(r"\b(?:no|not|dont|doesnt|didnt|cant|havent|hasnt|without|never|only|just)\b")
# "how do I do a step up, I keep wobbling at the top": the steps of the move it names, not the rule
# its background brushes (balance work).
_HOW_TO_DO = rx.compile(
    r"\bhow (?:do|should|can) (?:i|you|u|we) (?:do|perform|set up)\b|\bhow to (?:do|perform)\b"
)
# A comma's part that asks only for a verdict on what came before it ("..., worth it for a runner?").
_BARE_VERDICT = rx.compile(
    r"^(?:(?:is|are) (?:it|that|this|they|those) )?(?:(?:even|really|actually) )?(?:worth it|worth doing|"
    r"worthwhile|any good|good|useful|helpful|necessary|needed|a good idea|ok|okay|fine|pointless|a waste)"
    r"(?: (?:for|to) (?:a |us |me )?(?:runners?|running|distance runners?|me))?(?: or (?:not|nah|no))?$"
)
_ALREADY = rx.compile(r"\b(?:if|since|as|when) i (?:already|also) (?:do|did|have|hit|train)\b", re.IGNORECASE)
_HELPS = rx.compile(
    r"\b(?:would|will|could|can|might|does|do|should) (?:\w+ )?help\b|\bhelps\b|"
    r"\bhelp (?:with|me (?:with|get|run|to))\b"
)
# Movement words of exercise names; a modifier before one that no name of the article has is a move
# it doesn't cover.
_MOVES = frozenset(
    """squat lunge plank kick kickback raise curl press deadlift thrust bridge jump hop extension
    swing""".split()
)
# Words before a movement word that don't make it another move ("my squats", "weighted lunges").
_NOT_A_MOVE = frozenset(
    """my your our their his her the a an some any more these those good best bad great weighted heavy
    light slow fast deep bodyweight body dumbbell dumbbells db single one two leg legged legs do doing did
    of for with and or many few most normal regular basic simple proper full half partial short long
    quick easy hard harder easier advanced beginner front back barbell box high low jumping jump run
    plyo plyos plyometric plyometrics bounding bouncy explosive
    already still usually normally sometimes often always never ever even really actually currently
    running runner runners runs home gym machine ball wall hill hills calf toe heel hip side hamstring quad
    knee standing forward travelling walking lying seated also tempo pause paused daily extra just only
    isometric static air power jumped after before during between than then like vs versus instead
    without over under up down off out from per each every all both no not nor too very when while
    why where which who what how ok okay fine worth help helps tight sore stiff aching achy painful after
    post pre following same other another next last first new old usual daily weekly
    work morning mornings evening evenings night nightly lunch lunchtime noon today tonight tomorrow
    weekend weekday monday tuesday wednesday thursday friday saturday sunday am pm school office
    kitchen garden garage bedroom lounge park outdoor outside indoor indoors hotel travel bedtime
    foot feet week weeks day days month months time times set sets rep reps""".split()
)  # (times and places: "squats after work", "morning squats", "garage lunges" are our moves)
# "what's bending my knee?": a movement of the runner's body, asked who does it.
_MOVES_MY = (
    r"\bwhat(?:s| is| does)? (?:actually |really |even )?(?:bending|straightening|lifting|pulling|pushing|"
    r"driving|extending|flexing|swinging|moving|powering|propelling|stabili[sz]ing|steadying|holding|"
    r"controlling|absorbing|raising|pointing|doing the work (?:of|for)) (?:up )?(?:my|the) "
    r"(?:knees?|hips?|legs?|feet|foot|ankles?|thighs?|toes?|heels?)\b"
)
# A question that asks which muscle does a movement.
_WHICH_MUSCLE = rx.compile(
    r"\b(?:which|what) (?:muscles?|muscle group)\b"
    r"(?! (?:do|does|will|would|should|can|could) (?:\w+ ){0,3}"
    r"(?:work|hit|target|train|use|strengthen|build))|"
    # "whats the name of the muscle at the front of the shin", "the muscle ... called": a muscle's name
    r"\bname of (?:the |that |this )?muscles?\b|\bmuscles? (?:\w+ ){0,8}?called\b|" + _MOVES_MY
)
_OTHER_MOVES = frozenset({"burpees", "burpee", "thrusters", "cleans", "snatches"})
# Verbs said before a move ("if I stop squats", "can I swap lunges"): what the runner does with it.
_DOING = frozenset(
    """stop start skip quit drop add try miss love hate ditch pause keep avoid need want use include cut
    swap replace change prefer like hit nail mix pair combine count feel feels felt stopped started skipped
    dropped added hold holds held do does did perform performs
    tried missed loved hated ditched paused avoided swapped replaced changed preferred liked
    omit omitted
    says said say reckons reckon thinks think swears swear tells told recommends recommend recommended
    suggests suggest suggested claims claim""".split()  # (r16 lead) "my dad says squats...": not a move
)


def _singular(word: str) -> str:
    if word.endswith("es") and word[:-2] in _MOVES:
        return word[:-2]
    return word[:-1] if word.endswith("s") and word[:-1] in _MOVES else word


# "where do I even start?" is about starting leg strength work, unless the message tells a symptom
# ("my knees ache... where do I even start" is about the knees). The whole message is looked at.
# Training or news the question is about that isn't the legs: the upper body ("bigger chest and
# arms", "best bicep exercises") or the weather ("what's the weather looking like for the marathon").
# Declined unless the question also says a leg part, a leg move or a topic's name (safety has run
# first: "chest pain" never gets here). Weather beside strength words ("is an icy spell a good time
# for leg work") stays in scope.
_UPPER = rx.compile(
    r"\b(?:chest|pecs?|arms?|biceps?|triceps?|shoulders?|delts?|lats|abs?|six ?pack|upper body|forearms?|"
    r"(?<!hamstring )push ?ups?|pull ?ups?|chin ?ups?|bench press\w*|(?:bicep|arm) curls?)\b"
)
_WEATHER = rx.compile(r"\b(?:weather|forecast|temperature|degrees)\b")
_UPPER_MOVE = rx.compile(
    r"\b(?:(?<!hamstring )push ?ups?|pull ?ups?(?! bars?)|chin ?ups?(?! bars?)|bench press\w*|"
    r"(?:bicep|arm) curls?|sit ?ups?|"
    r"crunches|dips|bicep\w*|tricep\w*|pecs)\b"
)
_ANY_PAIN = rx.compile(
    r"\b(?:pain\w*|hurt\w*|ach\w*|sore\w*|tight\w*|pressure|dizz\w*|faint\w*|numb\w*|tingl\w*|breath\w*|"
    r"heart|palpitat\w*|injur\w*|pulled|strain\w*|torn|tore)\b"
)
_LEGS = rx.compile(
    r"\b(?:legs?|lower body|quads?|quadriceps|hamstrings?|calf|calves|glutes?|butt|bum|hips?|knees?|"
    r"shins?|ankles?|thighs?|feet|foot|squats?|lunges?|step ?ups?|bridges?|plyo\w*|hops?|hill\w*)\b"
)
_TRAINING = rx.compile(
    r"\b(?:strength|lift\w*|weights?|gym|workouts?|exercises?|sessions?|train\w*|routine|indoors?|"
    r"treadmill)\b"
)


# "my upper body tips forward late in races", "shoulders hunch on long runs": running posture, which
# the glutes hold, not an upper-body workout.
_POSTURE = rx.compile(
    r"\b(?:lean\w*|tip\w*|tilt\w*|fold\w*|slump\w*|hunch\w*|slouch\w*|collaps\w*|posture)\b"
    r"(?=.*\b(?:run\w*|rac\w*|marathon|miles?|km|stride)\b)|"
    r"\b(?:run\w*|rac\w*|marathon|miles?|km|stride)\b.*\b(?:lean\w*|tip\w*|tilt\w*|fold\w*|slump\w*|hunch\w*|"
    r"slouch\w*|collaps\w*|posture)\b"
)


# An animal's legs ("my dog limps after our runs", "exercises for my dog's hips"): not the runner's.
_PETS = r"(?:dog|dogs|puppy|pup|cat|horse|pony)"
_PET = rx.compile(
    rf"\b{_PETS}s? (?:keeps |is |was |has |started |seems |always |still |kinda |a bit )*(?:limp\w*|lame)\b|"
    rf"\b{_PETS}s? (?:paws?|legs?|hips?|joints?)\b|"
    rf"\b(?:exercises?|strength\w*|workouts?|stretch\w*) (?:\w+ ){{0,2}}for (?:my |our |the )?{_PETS}\b|"
    rf"\b{_PETS}\b.*\b(?:exercises?|strength\w*|workouts?|stretch\w*) for (?:him|her|it|them)\b"
)
_PET_TEXT = (
    "I only coach runners themselves: leg strength, the muscles running uses, injuries and when and how "
    "to train. For an animal that limps or struggles after runs, a vet is the one to ask."
)


# Where a move should be felt ("should I feel it in my glutes?", "I feel lunges in my back").
_FEEL_ASK = rx.compile(
    r"\b(?:feel|feeling|felt|feels)\b(?: \w+){0,4} (?:in|on) (?:my|the|your)\b|"
    r"\bwhere (?:should|do|am|are|will|would|is) (?:\w+ ){0,3}feel\b"
)


# The trunk tipping forward as a run wears on (the article: weak glutes let the trunk lean forward).
_SLUMP = rx.compile(
    r"\b(?:lean\w*|tip\w*|tilt\w*|fold\w*|slump\w*|hunch\w*|slouch\w*|bend\w* (?:over|forward)|bent over|"
    r"collaps\w*)\b(?=.*\b(?:run\w*|rac\w*|marathon|miles?|km|k)\b)"
    r"(?=.*\b(?:late|later|end|ending|last|tired|tiring|tire|fatigu\w*|finish\w*|goes on|more and more|"
    r"final)\b)"
    r"|\b(?:late|end|last|tired|tiring|fatigu\w*|finish\w*|final)\b"
    r"(?=.*\b(?:run\w*|rac\w*|marathon|miles?|km)\b)"
    r".*\b(?:lean\w*|tip\w*|tilt\w*|fold\w*|slump\w*|hunch\w*|slouch\w*|bend\w* (?:over|forward)|bent over|"
    r"collaps\w*)\b"
)
# (topics a run's context names by the way: "long run" is the hard-run rule's keyword)
_SLUMP_TOPICS = frozenset(
    {"muscle:glutes", "injury:hip_weakness", "rule:running_form", "rule:hard_run_day", "rule:race_day"}
)


def elsewhere(plain: str) -> bool:
    """Is the (normalised) question about the upper body or the weather, not leg strength?"""
    if _LEGS.search(plain) or _POSTURE.search(plain):
        return False
    return bool(_UPPER.search(plain)) or bool(_WEATHER.search(plain) and not _TRAINING.search(plain))


# Words of an entity's names that say a symptom or a body in general, not which one ("sore" of "sore
# knees", "leg" of "one-legged squat"): saying one doesn't name the entity.
# Where on the leg, not which muscle: "the front of my lower legs" names no muscle group.
_PLACE_WORDS = frozenset({"lower", "upper", "shin", "front", "back"})
_LOOSE_NAME_WORDS = frozenset(
    "sore pain painful hurt ach bad weak tight poor leg muscl exercis one lift weight train work lie".split()
)


# What a question must say for a stock answer that assumes it to lead (round 6c, pattern 1: the
# one-legged blurb answered "how often should I train legs" and "what are my leg options").
_SESSIONS_A_WEEK = rx.compile(
    r"\b(?:twice|once|(?:one|two|three|four|[1-7]) (?:\w+ )?(?:times|days|sessions|workouts|x)) "
    r"(?:a|per|each|every) week\b"
)
_WEEK_OF = rx.compile(r"\b(?:a|one|1|the) weeks? of\b")
_EVIDENCE_WORDS: dict[str, str] = {
    "rule:one_legged": """one single each side sides uneven unequal weaker weak stronger left right
    unilateral unilaterally separately separate dominant nondominant non imbalance imbalanced lopsided
    lazy different asymmetry asymmetric either both alone individually""",
    # Runner's knee is named for the runner: "I'm a beginner runner, should I do leg exercises" or
    # "calves sore after runs" say nothing of a knee, so that injury's stock answer doesn't lead.
    "injury:runners_knee": """knee knees kneecap kneecaps kneed patella patellar patellofemoral pfps
    kneee knne""",
    # (r19 tj) Shin splints likewise: "my quad has a nagging ache after tempo runs, any exercises?" or
    # "my legs are wrecked after leg day" say nothing of a shin, so that injury's stock answer doesn't lead.
    "injury:shin_splints": """shin shins shinsplints splint splints tibia tibial tibialis mtss shinbone
    shinbones stress lower bone bones""",
    # The monthly week off answers an ask about rest or time off: "£30 a month" or "a test in 8 weeks"
    # says a time span, not a wish to stop.
    "rule:recovery_week": """rest rests rested resting recover recovery recovering recuperate deload
    deloading break breaks off pause pausing paused stop stopping skip skipping omit omitting fresh tired
    tiredness fatigue fatigued exhausted burnout burned burnt overtrain overtraining overtrained easier
    lighter taper tapering row straight nonstop continuous continuously holiday vacation drop dropping cycle
    cycles block blocks""",
}


# A verdict asked of a move ("worth it?", "any use for runners?", "do runners need them?").
# "skip" the verb, with what is left out after it ("skip a whole week", "skipping leg day"), and no word of
# the drill ("skipping drills", "skips each leg")
_SKIP_VERB = rx.compile(
    r"^(?!.*\b(?:skipping (?:drills?|exercises?|rope)|skips? (?:each|per|on each) (?:leg|side)|plyo\w*|"
    r"hops?|bounding)\b).*\bskip(?:ping|ped|s)? (?:(?:a|an|the|my|this|that|one|whole|full|of) )*"
    r"(?:leg|legs|strength|lifting|weights|gym|weeks?|sessions?|days?|workouts?|training)\b"
)
_MOVE_VERDICT = rx.compile(
    r"\b(?:worth\w*|any (?:good|use|point)|useful|legit|good for|need (?:them|it|those|these)|bother\w*|"
    r"point of|pointless|overrated|waste)\b"
)


# A stock answer that answers one question only leads when that question is asked: "good time to start
# in base phase?" says "time" but not how long a session takes; "why would stronger legs make me more
# efficient uphill?" asks no routine; "due a break after 7 weeks of 2x a week?" asks not how often;
# "could weak muscles be why?" asks not which muscles running uses.
_STOCK_ASKED: dict[str, re.Pattern[str]] = {
    "rule:time_needed": rx.compile(
        r"\bhow (?:long|much time|many minutes|quick\w*|short)\b|\b\d+ ?(?:min|mins|minutes?|m|hours?|hrs?|"
        r"h)\b|\b(?:minutes?|mins?|hours?|hrs?|half an hour|length|duration|lengthy|long|short|shorter|"
        r"quick|quicker|quickest|busy|takes?|taking|(?<!good )(?<!right )(?<!best )(?<!ideal )(?<!great "
        r")(?<!bad )"
        r"time (?:needed|commitment|for (?:it|a|leg|strength)|"
        r"to (?:do|fit|spend))|(?:enough|no|little|less|much|more|short on|limited|spare) time|"
        r"time (?:poor|crunched|limited))\b"
    ),
    # (whether to keep one routine or vary it is keeping it fresh's question, not for a routine:
    # "should every session be the exact same routine?")
    "rule:routine": rx.compile(
        r"^(?!.*\b(?:(?:the )?same (?:\w+ )?(?:routines?|sessions?|workouts?|exercises?|moves?|thing)|"
        r"(?:vary|varied|varying|variety|change|changing|switch|switching|mix|mixing|rotate|rotating|swap|"
        r"swapping) (?:\w+ )?(?:up |it |them )?(?:my |the |your )?(?:\w+ )?(?:routines?|sessions?|workouts?|"
        r"exercises?|moves?|things?|it|them)|"
        r"(?:routines?|sessions?|workouts?) (?:\w+ )?(?:stale|boring|samey))\b).*?"
        r"\b(?:routines?|plans?|program\w*|schedules?|give me|sample|example|template|set ?up|look like|"
        r"consists?|include|structure|a (?:leg |strength |full |short |quick |good |simple |basic )?"
        r"(?:workout|session)|what (?:should|do|can|could|would|to) (?:i )?do|"
        r"(?:where|how) (?:do|should|can|would) i (?:\w+ ){0,2}(?:start|begin|ease|get back|return)|"
        r"what (?:\w+ ){0,2}(?:should|can|could|would|do) i (?:do|try|include)|how many exercises|"
        r"(?:want|going|plan|planning|trying|ready|about) to (?:start|begin|get into|restart)|"
        r"start\w* (?:\w+ ){0,2}again|get (?:started|going))\b"
    ),
    # (how often to change the exercises is keeping it fresh's, not how often to lift)
    "rule:frequency": rx.compile(
        r"^(?!.*\b(?:change|changing|vary|varying|switch|switching|swap|swapping|rotate|rotating|mix|mixing|"
        r"new) (?:\w+ )?(?:up )?(?:my |the |your )?(?:new |different |fresh )?(?:leg |strength |gym )?"
        r"(?:routine|workouts?|exercises|moves|programme|program|"
        r"things|it up)\b).*?"
        # ("leg day", "gym day" name a session, not a count of days: "is machine leg day mid?")
        r"(?:\bhow (?:often|many)\b|\b(?:often|frequen\w*|times|(?<!leg )(?<!legs )(?<!gym )(?<!lift )days?|"
        r"sessions?|(?<!\d )(?<!\d)weeks?|"
        r"weekly|x|"
        r"once|twice|"
        r"daily|everyday|[1-7]x|per|a week|in a row|consecutive|back to back|fit|schedule\w*|when)\b)"
    ),
    # Run first, then strength answers the order of a run and a lift ("I'm a runner first though",
    # "how long before I feel it in my running?" ask no order).
    "rule:run_first": rx.compile(
        r"\b(?:(?<!runner )(?<!runners )first|then|order|sequence|same day|same session|afterwards|"
        r"beforehand|straight after|right after|combine\w*|back to back|prior to|post run|or after|"
        r"or before)\b|\b(?:before|after) (?:a |an |my |the |your |i |we |you )?(?:\w+ )?(?:run|runs|running|"
        r"ran|jog\w*|lift\w*|strength|gym|weights|legs|leg ?day|workouts?|sessions?|training|it|them|that)\b|"
        r"\b(?:before|after)\s*$|"
        # (both told by the time of day: "I lift in the mornings and my runs are always in the evening")
        r"\b(?:mornings?|evenings?|lunch\w*|afternoons?|am|pm)\b.*\b(?:runs?|running|ran|lift\w*|gym|"
        r"strength|weights)\b.*\b(?:mornings?|evenings?|lunch\w*|afternoons?|nights?|am|pm)\b"
    ),
    # No strength work on a hard-run day answers pairing it with a hard run ("running is so hard, why
    # doesn't it build strength?" pairs nothing).
    "rule:hard_run_day": rx.compile(
        r"\b(?:hard (?:run|runs|session|sessions|day|days|workout|workouts|effort|efforts|training|"
        r"intervals)|"
        r"tempo\w*|intervals?|long runs?|speed ?work|speed sessions?|track|fartlek|threshold|workout days?|"
        r"key (?:run|runs|session|sessions)|races?|hill (?:reps|repeats|sprints|sessions?)|same day|"
        r"day (?:before|after)|easy (?:day|days|run|runs|pace)|pair\w*|combine\w*|back to back|which days?|"
        r"what days?|on (?:a |my |the )?(?:\w+ )?run days?|(?:before|after|on) (?:a |my |the |your )?(?:\w+ "
        r")?"
        r"runs?|runs? (?:in the |this |that |tomorrow |tonight)|(?:morning|evening|lunch|lunchtime) runs?)\b|"
        # (soreness from leg day carried into the runs: which days to lift)
        r"\b(?:doms|sore\w*|leg ?day|squats|lifting)\b.*\bruns?\b|\bruns?\b.*\b(?:doms|sore\w*|leg ?day)\b"
    ),
    "rule:muscles_used": rx.compile(
        r"\b(?:which|what|whats|all|main|every|the) (?:\w+ )?muscles?\b|\bmuscles? (?:do|does|are|is|get|"
        r"running|runners?|used|involved|work\w*|matter)\b|\bmuscle groups?\b|\bwhat (?:does|do) running "
        r"(?:use|work|train)\b|\b(?:parts?|bits) of (?:my|the|your) (?:legs?|body)\b|\bdoing the work\b|"
        r"\b(?:which|what) (?:parts?|bits)\b|"
        r"\bwhat (?:does|do|is|are) (?:\w+ ){0,4}(?:target\w*|work\w*|hit\w*|train\w*|doing)\b|"
        r"\b(?:target|targets|work|works|hit|hits|train|trains) what\b"
    ),
}

# What a question must say for a topic to be glued on as an unnamed runner-up: the warm-up is asked
# about by its time ("before", "first"), not by a word of its steps ("jog or walk back down between
# hill repeats?" is the hill's own step, not the warm-up's easy jogging).
_SECOND_EVIDENCE_WORDS: dict[str, str] = {
    "rule:warm_up": """warm warmup warming before beforehand first prep prepare preparing ready pre start
    starting activation activate primed loosen""",
    # "balance" alone is balance training's word: the opposing-muscles rule is glued on only when the
    # question speaks of one side against the other.
    "rule:opposing_balance": """imbalance imbalances imbalanced opposing opposite opposites equal equally
    even uneven lopsided ratio quad quads quadriceps hamstring hamstrings front back weaker weak lagging
    neglect neglected forgetting""",
    # Why strength train at all is glued on only when the question asks about strength work itself
    # ("what's the point of balance work?" is the balance rule's own reason).
    "rule:why_strength": """strength strong stronger lift lifting weights gym bother need needed worth
    running runner runners mileage faster speed benefit benefits""",
    # Heading off injury is glued on only when the question speaks of injury ("take off and land on
    # the same foot" shares "off" and "foot" with it, and asks nothing about injuries).
    "rule:injury_prevention": """injury injuries injured injure prevent preventing prevention protect
    protects protection avoid avoiding hurt hurting pain niggle niggles overuse robust bulletproof durable
    healthy safe risk""",
    # Run first, then strength is glued on only when the question speaks of a run AND of an order
    # ("how many weeks can I lift before taking a break" says "before" but no run; "what do they do
    # when I run" says a run but no order). Groups split by "|" must each be said.
    "rule:run_first": """run runs running runner jog jogging mileage miles tempo intervals 5k 10k
    | first before after afterwards order then sequence same beforehand""",
}


# Verbs that are also words of exercise names ("walk" of walking lunge, "step" of step-up): said
# alone in a part, they name no exercise.
_VERB_WORDS = "walk walking step stepping raise raising press pressing push pushing lift lifting hop hopping"
_VERB_STEMS = frozenset(stem_words(_VERB_WORDS.split()))


@cache
def _second_evidence(topic_id: str) -> tuple[frozenset[str], ...]:
    words = _SECOND_EVIDENCE_WORDS.get(topic_id)
    groups = [] if words is None else words.split("|")
    return tuple(frozenset(_stems(tuple(g.split()))) for g in groups)


def _lacks_evidence(topic_id: str, stems: Iterable[str]) -> bool:
    """Does a question (its stems) say none of a word group this topic needs to be glued on?"""
    said = set(stems)
    return any(not need & said for need in _second_evidence(topic_id))


@cache
def _evidence(topic_id: str) -> frozenset[str] | None:
    """The stems one of which a question must say for this topic's stock answer to lead (None: any)."""
    words = _EVIDENCE_WORDS.get(topic_id)
    return None if words is None else frozenset(_stems(tuple(words.split())))


def _glue_asked(topic_id: str, words: tuple[str, ...], stems: Iterable[str]) -> bool:
    """May this topic be glued on unnamed: its stock question asked (_STOCK_ASKED) and a word of what its
    stock answer assumes said (_EVIDENCE_WORDS)?"""
    own = _STOCK_ASKED.get(topic_id)
    if own is not None and own.search(" ".join(words)) is None:
        return False
    need = _evidence(topic_id)
    return need is None or bool(set(stems) & need)


_START = rx.compile(
    r"^(?![\s\S]*\b(?:aches?|aching|achy|hurts?|hurting|pain\w*|sore|niggl\w*|injur\w*|tight)\b)"
    r"([\s\S]*?)\b(?:where|how) (?:do|should|can) (?:i|we) (?:even |actually )?"
    r"(?:start|begin|get started)(?=\s*(?:[?.!,]|$|and\b|tho\b|lol\b))",
    re.IGNORECASE,
)
_RAW_WORD = rx.compile(r"[A-Za-z0-9'\u2019]+")


def _near(w: str, want: str) -> bool:
    """Is ``w`` a plausible typo of ``want`` (a word of a name the question otherwise says)?"""
    from rapidfuzz.distance import OSA

    if len(want) <= 2:
        return len(w) == len(want) and OSA.distance(w, want) == 1  # "step op"
    if len(w) < 3:
        return False
    d = OSA.distance(w, want)
    if d <= (1 if min(len(w), len(want)) <= 5 else 2):
        return True
    return len(w) >= 5 and len(want) >= 5 and w[:5] == want[:5]  # "hamster" for "hamstring"


_MISSING = frozenset(
    {
        "no",
        "dont",
        "without",
        "instead",
        "havent",
        "substitute",
        "replace",
        "alternative",
        "place",
        "lack",
        "cant",
        "none",
        "nothing",
        "taken",
        "busy",
        "broken",
        "occupied",
        "unavailable",
        "queue",
        "nowhere",
        "flat",
        "lacking",
        "missing",
        "doesnt",
        "didnt",
        "aint",
        "not",
    }
)


def _stems(words: tuple[str, ...]) -> list[str]:
    from content.text import stem_words

    return stem_words(list(words))


def _contains(seq: tuple[str, ...], part: tuple[str, ...]) -> bool:
    n = len(part)
    return any(seq[i : i + n] == part for i in range(len(seq) - n + 1))


def _variation(a: Topic, b: Topic) -> bool:
    """``a`` is a variation of exercise ``b`` (the weighted calf raise of the calf raise)."""
    return getattr(a.ref, "variation_of", None) == b.id.split(":", 1)[1]


class Answerer:
    """The topics' index and the rules for turning a ranking into an answer. Immutable once built."""

    def __init__(self, *, lexical: bool = True, semantic: bool = True) -> None:
        import numpy as np  # deferred with the retrieval stack, see the module docstring

        from content.retrieval import Doc, Index

        self.index = Index([_doc(t) for t in TOPICS], lexical=lexical, semantic=semantic)
        # Questions that are about running but not leg strength (food, shoes, pace plans...): their
        # own small index, so they don't change the topics' BM25 statistics.
        scope = [Doc(" ".join(group), group) for group in OFF_SCOPE]
        self.scope = Index(scope, lexical=lexical, semantic=semantic, model=self.index.model)
        # (the one piece of state that changes: has the first answer's heap been given back yet?)
        self._settled = threading.Event()
        spans: dict[tuple[str, ...], set[int]] = {}
        for i, t in enumerate(TOPICS):
            for name in _called(t):
                if name in _LOOSE_NAMES:
                    continue
                stems = self.index.terms(name)
                # A rule's one-word keywords ("form", "time") are too loose to count as naming it.
                if stems and (len(stems) >= 2 or t.kind != "rule"):
                    spans.setdefault(stems, set()).add(i)
        # What sets a variation's names apart from its base's ("weight", "walk"): a variation keeps
        # the lead over its named base only when the question says one of these.
        self._marks: list[frozenset[str]] = [frozenset() for _ in TOPICS]
        for i, t in enumerate(TOPICS):
            base = BY_ID.get(f"exercise:{getattr(t.ref, 'variation_of', None)}")
            if base is not None:
                own = {s for name in _names(t) for s in self.index.terms(name)}
                self._marks[i] = frozenset(own - {s for name in _names(base) for s in self.index.terms(name)})
        self._kit_names = {
            i: [self.index.terms(n) for n in _names(t) if self.index.terms(n)]
            for i, t in enumerate(TOPICS)
            if t.kind == "equipment"
        }
        self._injury = np.array([1.0 + PAIN_BOOST * (t.kind == "injury") for t in TOPICS])
        self._not_kit = np.array([t.kind != "equipment" for t in TOPICS], dtype=np.float64)
        self._ones = np.ones(len(TOPICS))
        self._exact = {k: next(iter(v)) for k, v in spans.items() if len(v) == 1}
        # Longest names first, so "weighted calf raise" claims its words before "calf raise" can.
        self._names = tuple(sorted(((k, frozenset(v)) for k, v in spans.items()), key=lambda kv: -len(kv[0])))
        # Each topic's title, as stems: a question that says a closest topic's title answers it
        # rather than offering choices ("what are plyos", "do my hips need work").
        self._titles = [frozenset(self.index.terms(t.title)) for t in TOPICS]
        self._name_words = {k: frozenset(k) for k in spans}
        # Which names (their places in self._names) hold each stem: named() looks only at those.
        by_stem: dict[str, list[int]] = {}
        for pos, (k, _) in enumerate(self._names):
            for stem in frozenset(k):
                by_stem.setdefault(stem, []).append(pos)
        self._names_by_stem = {k: tuple(v) for k, v in by_stem.items()}
        self._names_always = tuple(pos for pos, (k, _) in enumerate(self._names) if not k)
        # How far apart a name's first and last words may be in a question: as in the name itself
        # ("front of the thigh": 3), plus one word ("step right up").
        # A rule's keyword ("heavy weights" in "how heavy should the weights be") may be spread out.
        span: dict[tuple[str, ...], int] = {
            k: 99 for k, v in spans.items() if any(TOPICS[i].kind == "rule" for i in v)
        }
        for t in TOPICS:
            for name in _called(t):
                stems = self.index.terms(name)
                if stems in spans and span.get(stems) != 99:
                    span[stems] = max(span.get(stems, 0), len(normalize(name).split()))
        self._name_span = span
        self._name_stems = [
            frozenset(s for name in _names(t) for s in self.index.terms(name)) for t in TOPICS
        ]
        # The words of the things the article names (exercises, muscles, injuries, kit), for the
        # real-word typos the index can't see ("shin splits", "wall squad", "glue bridges").
        seqs: set[tuple[str, ...]] = set()
        for t in TOPICS:
            if t.kind == "rule":
                continue
            for name in _names(t):
                words = tuple(normalize(name).split())
                if len(words) >= 2:
                    seqs.add(words)
                    seqs.add((*words[:-1], words[-1] + "s"))
        # Keyed by (length, the odd word's place, the other words) → the words a typo there can be.
        holes: dict[tuple[int, int, tuple[str, ...]], set[str]] = {}
        for seq in seqs:
            for j in range(len(seq)):
                holes.setdefault((len(seq), j, seq[:j] + seq[j + 1 :]), set()).add(seq[j])
        self._name_holes = {k: tuple(sorted(v)) for k, v in holes.items()}
        self._name_lengths = tuple(sorted({len(q) for q in seqs}, reverse=True))
        # Every "<word> <movement>" the article names ("calf raises", "walking lunges"), to tell a
        # move it doesn't cover ("cossack squats", "donkey kicks") from one it does.
        self._moves = frozenset(
            (q[i], _singular(q[i + 1]))
            for q in seqs
            for i in range(len(q) - 1)
            if _singular(q[i + 1]) in _MOVES
        )

    def fix_names(self, text: str) -> str:
        """Real-word typos inside a named thing, fixed in the raw text: "shin splits", "wall squad",
        "glue bridges", "hamster push up", "bench step op". A run of words that is one of the
        article's multi-word names but for one word, a word the index doesn't know and that is one
        or two letters off (or shares a five-letter start) with the name's word, becomes the name.
        The index's own typo fix leaves these alone because they are real words."""
        spans = [(m.start(), m.end(), normalize(m.group(0))) for m in _RAW_WORD.finditer(text[:MAX_INPUT])]
        words = [w for _, _, w in spans]
        if len(words) < 2:
            return text
        known = self.index.known
        fixes: dict[int, str] = {}
        # Only a word the index doesn't know can be the typo; try it in each place of each name.
        odd_words = [k for k, w in enumerate(words) if w not in known and w not in STOPWORDS and w.isalpha()]
        for k in odd_words:
            for n in self._name_lengths:
                for j in range(n):
                    i = k - j
                    if i < 0 or i + n > len(words) or k in fixes:
                        continue
                    rest = tuple(words[i:k]) + tuple(words[k + 1 : i + n])
                    for want in self._name_holes.get((n, j, rest), ()):
                        if _near(words[k], want):
                            fixes[k] = want
                            break
        if not fixes:
            return text
        out = text
        for k in sorted(fixes, reverse=True):
            a, b, _ = spans[k]
            out = out[:a] + fixes[k] + out[b:]
        return out

    def named(self, r: Ranking, lack: bool) -> dict[int, int]:
        """Topics the question names outright (each on words no longer name has claimed) → name length."""
        taken = [False] * len(r.stems)
        found: dict[int, int] = {}
        present = set(r.stems)
        # Where each stem's word is in the question: a name's words must stand together, not be
        # strung across other words ("stand on a step and go up on your toes" is not the step-up).
        at = [i for i, w in enumerate(r.words) if w not in STOPWORDS]
        if len(at) != len(r.stems):
            at = list(range(len(r.stems)))
        # Only names whose words all occur can match; same longest-first order as self._names.
        places = set(self._names_always)
        for stem in present:
            places.update(self._names_by_stem.get(stem, ()))
        names = self._names
        for name, owners in (names[p] for p in sorted(places) if self._name_words[names[p][0]] <= present):
            n = len(name)
            for start in range(len(r.stems) - n + 1):
                if (
                    r.stems[start : start + n] == name
                    and not any(taken[start : start + n])
                    and at[start + n - 1] - at[start] <= self._name_span[name]
                ):
                    taken[start : start + n] = [True] * n
                    for i in owners:
                        if i not in found and (lack or TOPICS[i].kind != "equipment"):
                            found[i] = n
        if "skip" in present and _SKIPPING in found and _SKIP_VERB.search(" ".join(r.words)):
            del found[_SKIPPING]  # (r20 tq) "skip a whole week of lifting": the verb, not the drill
        return found

    def _kit(self, r: Ranking) -> list[int]:
        """Equipment topics whose names the question says, whatever other names claim the words."""
        found = []
        # Each word's stem (None for a stopword), to find where a kit name is said.
        stems = [None if w in STOPWORDS else s for w, s in zip(r.words, _stems(r.words), strict=True)]
        for i in self._kit_names:
            if any(self._lacking(r.words, stems, name) for name in self._kit_names[i]):
                found.append(i)
        return found

    def says_topic(self, question: str) -> bool:
        """Does the question name an exercise, muscle, injury or kit, or say a topic's title ("plyos",
        "calf raises")? A rule's keyword ("lift before") doesn't count."""
        r = self.index.rank(question)
        stems = set(r.stems)
        named = any(TOPICS[i].kind != "rule" for i in self.named(r, False))
        return named or any(t and t <= stems for t in self._titles)

    def unnamed_move(self, question: str) -> str | None:
        """A move the question names that the article doesn't ("are cossack squats good", "donkey
        kicks for glutes?"), as said, or None."""
        from rapidfuzz.distance import OSA

        said = normalize(question).split()
        words = list(self.index.correct(said))  # "clf raises", "wal squat": typos of ours, not new moves
        for i in range(1, len(words)):
            move = _singular(words[i])
            if move not in _MOVES:
                continue
            mod = words[i - 1]
            if mod in _NOT_A_MOVE or mod in STOPWORDS or mod.isdigit() or (mod, move) in self._moves:
                continue
            if mod in _DOING or (mod.endswith("ing") and len(mod) > 4):
                continue  # "stopping squats for a week", "if I drop lunges": what's done with our moves
            if mod != said[i - 1] or not mod.isalpha():
                continue
            if rx.search(rf"\b{re.escape(mod)}\b\W*?[.,;:!?)]+\W*{re.escape(said[i])}", question.lower()):
                continue  # (r15 yb) "glutes r lazy af. bridge or what": a sentence ended between them
            if _singular(mod) in _MOVES:
                continue  # "those lunge-squat things": a blend of two moves of ours, described after it
            if any(m == move and OSA.distance(mod, k) <= 2 for k, m in self._moves):
                continue  # one or two letters off a word of ours
            if i >= 2 and (words[i - 2], mod) in self._moves:
                continue  # "hip raise" inside "side lying hip raise"
            return f"{mod} {said[i]}"
        for w in words:
            if w in _OTHER_MOVES:
                return w
        return None

    def _kit_described(self, r: Ranking, fused: np.ndarray, order: list[int]) -> list[int]:
        """A move described by the kit it uses ("lying on their back with heels on a chair, lifting
        one leg" is the hamstring push-up, not the lying leg lift): when the question says a piece of
        kit that the leading exercise doesn't use and a close exercise does, that one leads."""
        said = [i for i, names in self._kit_names.items() if any(_contains(r.stems, n) for n in names)]
        if not said:
            return order
        uses = {u for i in said for u in getattr(TOPICS[i].ref, "used_by", ())}
        lead = order[0]
        if TOPICS[lead].id.split(":", 1)[1] in uses:
            return order
        for i in order[1:4]:
            t = TOPICS[i]
            if t.kind == "exercise" and t.id.split(":", 1)[1] in uses and fused[i] >= KIT_CLOSE * fused[lead]:
                return [i, *(j for j in order if j != i)]
        return order

    def _with_kit(self, r: Ranking, lead: int) -> int | None:
        """For a muscle asked about with the kit the runner has ("hamstrings with just a chair",
        "glutes, all I have is a bench"): the muscle's first exercise that uses that kit, or None."""
        ref = TOPICS[lead].ref
        if not isinstance(ref, Muscle):
            return None
        said = [i for i, names in self._kit_names.items() if any(_contains(r.stems, n) for n in names)]
        uses = {u for i in said for u in getattr(TOPICS[i].ref, "used_by", ())}
        for ex in exercises_for_muscle(ref.id):
            if ex.id in uses and f"exercise:{ex.id}" in BY_ID:
                return _INDEX[f"exercise:{ex.id}"]
        return None

    @staticmethod
    def _lacking(words: tuple[str, ...], stems: list[str | None], name: tuple[str, ...]) -> bool:
        """Is the kit ``name`` said near a word that says it is missing ("instead of the leg press
        machine", "no hills near me", "the machine is taken")? "an uphill road as my gym instead of
        paying for one" lacks a gym, not the hill."""
        at = [i for i, s in enumerate(stems) if s is not None]
        content = [stems[i] for i in at]
        n = len(name)
        for k in range(len(content) - n + 1):
            if tuple(content[k : k + n]) == name:
                start, end = at[k], at[k + n - 1]
                near = set(words[max(0, start - 6) : start]) | set(words[end + 1 : end + 5])
                if near & _MISSING:
                    return True
        return False

    def _prior(self, it: _Intent) -> np.ndarray:
        """Weights on the fused scores from the question's intent: "No bench?" answers only a
        lack; a question about pain leans to the injuries."""
        w = (self._ones if it.lack else self._not_kit).copy()
        if it.pain:
            w *= self._injury
        return w

    def _parts(
        self,
        question: str,
        prior: np.ndarray,
        joins: dict[int, str] | None = None,
        texts: dict[int, str] | None = None,
    ) -> list[int]:
        """The distinct confident winners of the question's parts ("how often and how long");
        ``joins`` gets, for each, the word that joined its part to the one before ("and", ","), and
        ``texts`` its part's text."""
        if joins is None:
            joins = {}
        if texts is None:
            texts = {}
        # Each piece with the joining word before it ("and", "vs", ","...).
        joined: list[tuple[str, str]] = []
        start, join = 0, ""
        for m in _JOINS.finditer(question):
            joined.append((join, question[start : m.start()]))
            start, join = m.end(), m.group(0).lower()
        joined.append((join, question[start:]))
        joined = [(j, p) for j, p in joined if p and p.strip()]
        if len(joined) < 2:
            return []
        tops: list[int] = []
        for n, (join, piece) in enumerate(joined[:4]):
            if n and _ASIDE.match(piece):
                break  # "...or is that just gym bro stuff": an aside about the same ask, not a second one
            if n and _POINTS_BACK.match(piece):
                continue  # "..., could that be from weak muscles?": about the first part's subject
            if n and join == "," and _TELLS_SETTING.match(normalize(piece)):
                continue  # "how long should a session be, I only get a 30 min lunch break": told, not asked
            if n and tops and TOPICS[tops[0]].kind == "exercise" and _VERDICT_BACK.match(piece):
                continue
            if n and tops:
                # "how many reps | and sets should I do in the gym": where the runner trains is the
                # setting of the ask, not a second topic (gym or home)
                piece = _SETTING.sub(" ", piece)
            r = self.index.rank(piece)  # (the off-scope check is the whole question's)
            if not r.terms:
                continue
            if tops and join in ("and", "or") and set(r.stems) <= self._name_stems[tops[0]]:
                continue  # "bulky | and slow": a word of the first part's own topic ("slow me down")
            fused = r.fused * prior
            best, runner = (int(i) for i in (-fused).argsort(kind="stable")[:2])
            # A part whose winner an earlier part already took ("how often | and how long should I
            # strength train") asks about its runner-up, if that is close.
            top = runner if best in tops and fused[runner] >= CLOSE * fused[best] else best
            # Both signals must agree: a fragment like "bad?" or "or the other way" proves nothing.
            lex, sem = float(r.lexical[top]), float(r.semantic[top])
            sure = (lex >= OFF_LEXICAL and sem >= OFF_SEMANTIC) or sem >= PART_SEMANTIC
            if (
                TOPICS[top].kind == "exercise"
                and set(r.stems) < self._name_stems[top]
                and not says_exercise(TOPICS[top].id, normalize(piece))
            ):
                continue  # "walk | or jog back down": a word of a longer name (walking lunge) names nothing
            said_of_name = set(r.stems) & self._name_stems[top]
            if (
                TOPICS[top].kind == "exercise"
                and said_of_name
                and said_of_name <= _VERB_STEMS
                and not says_exercise(TOPICS[top].id, normalize(piece))
            ):
                continue  # "or walk back down": only a verb of a longer name (walking lunge) is said
            if n and _lacks_evidence(TOPICS[top].id, r.stems):
                continue
            if (
                n
                and tops
                and TOPICS[top].kind == "muscle"
                and not (self._name_stems[top] - _LOOSE_NAME_WORDS - _PLACE_WORDS) & set(r.stems)
            ):
                # "the muscles in the lower leg that point | and flex my foot": a later part that
                # says no word of a muscle's name describes the first part's muscle, it asks about
                # no second one (the glutes, for "flex").
                continue  # "walk | or jog back down": a later part that says none of its topic's words
            if sure and top not in tops:
                tops.append(top)
                joins[top] = join
                texts[top] = piece
        return tops  # in the order the question asks them

    @staticmethod
    def _own(r: Ranking, first: int, other: int, below: float = 0.25) -> float:
        """BM25 weight of the question's words that ``other`` matches and ``first`` barely does
        (scores less than ``below`` times ``other``'s)."""
        a, b = r.term_scores[:, first], r.term_scores[:, other]
        return float((b * (a < below * b)).sum())

    def _second(
        self, r: Ranking, fused: np.ndarray, first: int, candidates: list[int], named: Iterable[int]
    ) -> int | None:
        """A runner-up that scores close to ``first`` and answers words of the question it doesn't.

        Its own words (those ``first`` barely matches) must carry OWN_TERMS of the pair's BM25
        weight: "bounce at the bottom" has no word the bounce rule lacks, so the glutes stay out.
        """
        a = r.term_scores[:, first]
        best, best_share = None, 0.0
        ok: list[int] = []
        for c in dict.fromkeys(candidates):
            close = c in named or fused[c] >= CLOSE * fused[first]  # a named topic is asked about
            if c == first or not close or r.lexical[c] <= 0:
                continue
            if (
                first in named
                and c not in named
                and TOPICS[first].kind == TOPICS[c].kind == "exercise"
                and self._name_stems[first] <= set(r.stems)  # named in full, not "hip raise" of another
                and not (_variation(TOPICS[first], TOPICS[c]) or _variation(TOPICS[c], TOPICS[first]))
            ):
                # "on lunges, how far should my knee bend?": the exercise named answers; another one
                # that shares the movement's words ("bending your knees": the leg press) is filler.
                continue
            sem = float(r.semantic[c])
            if c not in named and (
                TOPICS[c].id in _UMBRELLA or sem < float(r.semantic[first]) - SECOND_MARGIN
            ):
                # Words in common but it reads nothing like the question ("don't" is not lock your
                # knees), or a catch-all topic ("A Legwork session has 4 to 6 exercises"): filler.
                continue
            if (
                TOPICS[first].kind == "muscle"
                and TOPICS[c].id == "rule:muscles_used"
                and not _ALL_MUSCLES.search(" ".join(r.words))
            ):
                # (r18 tf) "what job do the front thigh muscles do when running?": that group's work,
                # not the list of every running muscle its "muscles do" names
                continue
            if c not in named and TOPICS[c].id == "rule:why_strength" and _WHY_WORDS & set(r.words):
                # "why bother with balance exercises for running": why that kind of work, not why
                # runners should strength train at all (the "why ... for running" words it shares).
                continue
            if (
                TOPICS[first].kind == "injury"
                and TOPICS[c].kind == "muscle"
                and not (self._name_stems[c] - _LOOSE_NAME_WORDS - _PLACE_WORDS) & set(r.stems)
            ):
                # "does it help the pain on the front of my lower legs?": the injury's answer names
                # the moves for it; the body part's description ("lower leg") told after it is padding.
                continue
            if c not in named and _lacks_evidence(TOPICS[c].id, r.stems):
                continue
            if c not in named and not _glue_asked(TOPICS[c].id, r.words, r.stems):
                # A stock answer glued on must answer something asked too: "two weeks away with nowhere
                # to run" says "weeks", not a wish for the monthly week off.
                continue
            if c not in named and TOPICS[c].kind in _ENTITIES:
                # An exercise, muscle or injury whose only own words are part of its name ("weak"
                # of "weak hips" in "hamstrings weak compared to my quads") isn't asked about.
                b = r.term_scores[:, c]
                mine = {
                    t
                    for t, x, y in zip(r.terms, r.term_scores[:, first], b, strict=True)
                    if y > 0 and x < 0.25 * y
                }
                if mine and mine <= self._name_stems[c]:
                    continue
                if not (self._name_stems[c] - _LOOSE_NAME_WORDS) & set(r.stems):
                    # Nor is one the question says no word of the name of ("legs cooked on every
                    # hill" is not runner's knee; a tired lower back is not the hamstring push-up).
                    continue
            # A named topic owns the words it shares with ``first`` where it matches them better.
            own = self._own(r, first, c, 0.75 if c in named else 0.25)
            share = own / (float(a.sum()) + own)
            if share >= (NAMED_OWN if c in named else OWN_TERMS):
                ok.append(c)
                if share >= best_share:
                    best, best_share = c, share
        if best is not None and best not in named:
            # A topic the question names, reading at least as much like it, comes before one it
            # doesn't name ("how do I strengthen my hamstrings": the hamstrings, not hip strengtheners).
            said = [c for c in ok if c in named and r.semantic[c] >= r.semantic[best]]
            if said:
                best = max(said, key=lambda c: float(r.semantic[c]))
        return best

    def _load_asked(self, names: dict[int, int], plain: str) -> Answer | None:
        """ "how heavy should the weights feel on leg day?", "what weight should I lift?": the load (a
        weight that tires you by 12–15 reps), not the bulk myth that "heavy weights" names, nor how
        often to train. A move named ("how heavy for lunges") has its own card's load."""
        if not _LOAD_ASK.search(plain) or _NOT_LOAD.search(plain):
            return None
        if any(TOPICS[n].kind in ("exercise", "injury", "equipment") for n in names):
            return None
        t = BY_ID["rule:sets_reps"]
        text = compose(t.id, t.ref, plain, named=False)
        return Answer(_clip(text), t.id, True, _suggest(t), topics=(t.id,), context=t.id)

    def _variant_asked(self, r: Ranking, names: dict[int, int], plain: str) -> Answer | None:
        """ "walking across the floor with dumbbells, dropping the back knee each step - is that just a
        lunge?", "is a calf raise holding weights a kind of calf raise?": yes, a version of the move
        named, the variation the question's own words describe ("walking", "weights")."""
        m = _JUST_A.search(plain)
        if m is None:
            return None
        asked = set(self.index.terms(m.group("base")))
        in_base = self.named(self.index.rank(m.group("base")), False)
        bases = [
            n
            for n in in_base
            if TOPICS[n].kind == "exercise" and getattr(TOPICS[n].ref, "variation_of", 1) is None
        ]
        if len(bases) != 1:
            return None
        base = TOPICS[bases[0]]
        stems = set(r.stems)
        said = stems - asked
        kin = [
            i
            for i, t in enumerate(TOPICS)
            if isinstance(t.ref, Exercise)
            and t.ref.variation_of == base.id.split(":", 1)[1]
            and (i in names or self._marks[i] & said)
        ]
        if len(kin) != 1:
            return None
        v = TOPICS[kin[0]]
        assert isinstance(v.ref, Exercise)
        text = (
            f"Yes, it's a version of the {base.title.lower()}: the {v.title.lower()}. {_end(v.ref.summary)} "
            f"Dose: {v.ref.dose.text()}.\nFull card: /exercise {v.title.lower()}"
        )
        return Answer(_clip(text), v.id, True, _suggest(v), topics=(v.id,), context=v.id)

    def _with_evidence(self, r: Ranking, order: list[int], fused: np.ndarray | None = None) -> list[int]:
        """A stock answer that assumes something the question must say (the one-legged rule assumes
        one leg or side against the other) doesn't lead a question that says none of it: "how often
        should I train legs" reads like "should I train one leg at a time" but asks how often. Nor does
        a stock answer to one question (_STOCK_ASKED) lead a question that doesn't ask it, when another
        topic reads nearly as well."""
        stems = set(_stems(r.words))
        said = " ".join(r.words)

        def has(i: int) -> bool:
            need = _evidence(TOPICS[i].id)
            if TOPICS[i].id == "rule:recovery_week" and (
                len(stems) <= 1 or _WEEK_OF.search(" ".join(r.words))
            ):
                return True  # "do I ever need a week of from weights?" (off, mistyped); "week": vague
            return need is None or bool(stems & need)

        def asked(i: int) -> bool:
            own = _STOCK_ASKED.get(TOPICS[i].id)
            return own is None or bool(own.search(said))

        if not order:
            return order
        if not has(order[0]):
            rest = [i for i in order if has(i)]
            return [*rest, *(i for i in order if i not in rest)] if rest else order
        if asked(order[0]) or fused is None:
            return order
        near = [
            i
            for i in order[1:]
            if has(i) and asked(i) and float(fused[i]) >= STOCK_CLOSE * float(fused[order[0]])
        ]
        return [near[0], *(i for i in order if i != near[0])] if near else order

    def _rank(self, text: str) -> tuple[Ranking, bool]:
        """The topics' ranking, and whether an off-scope question matches the text better."""
        r = self.index.rank(text)
        s = self.scope.rank(text)
        off = float(s.semantic.max()) > float(r.semantic.max()) + SCOPE_MARGIN
        return r, off and float(s.lexical.max()) >= SCOPE_LEXICAL * float(r.lexical.max())

    def answer(self, question: str) -> Answer:
        whole = normalize(_plain(question))  # the run in an aside still counts ("just did 10x400")
        question = _without_aside(_plain(question))
        r, off_scope = self._rank(question)
        # "my glutes are asleep" names a topic: neither the off-scope sleep group nor off-topic.
        said_name = bool(self.named(r, False))
        if not said_name and elsewhere(normalize(question)):
            return Answer(OFF_TOPIC_TEXT, None, False, _suggest(None), off_topic=True)
        # ...nor is "HM PB in 2 weeks, keep lifting?" race results: it says lifting.
        if off_scope and not said_name and not leg_words(normalize(question)):
            return Answer(OFF_TOPIC_TEXT, None, False, _suggest(None), off_topic=True)
        lex_top = float(r.lexical.max(initial=0.0))
        sem_top = float(r.semantic.max(initial=0.0))
        if lex_top < OFF_LEXICAL and sem_top < OFF_SEMANTIC and not said_name:
            both = order_verdict(whole)
            if both is not None:
                # "smash legs now, just did 10x400, good idea?": a run and lifting on one day, asked
                # about; in scope however few topic words it has (R3V, content/direct.py).
                rid = "rule:hard_run_day" if both.startswith("No: that's") else "rule:run_first"
                return Answer(both, rid, True, (), topics=(rid,), context=rid)
            return Answer(OFF_TOPIC_TEXT, None, False, _suggest(None), off_topic=True)
        it = _intent(r.words)
        fused = r.fused * self._prior(it)
        order = [int(i) for i in (-fused).argsort(kind="stable")[:4]]
        sem = r.semantic * (self._prior(it) > 0)
        close = int(sem.argmax())
        nearly = float(sem[close]) >= READS_NEAR  # nearly one of the topic's own phrasings
        if (
            close != order[0]
            and float(sem[close]) >= READS_LIKE
            and float(sem[close]) - float(sem[order[0]]) >= (READS_NEAR_MARGIN if nearly else READS_MARGIN)
            and float(r.lexical[order[0]]) < OFF_LEXICAL + 0.5
        ):
            # The question reads like one topic's own phrasings far better than like the winner's,
            # whose word evidence is weak ("I skip leg day because I run anyway" is why strength,
            # not the off-season).
            order = [close, *(i for i in order if i != close)][:4]
        lex = r.lexical * (self._prior(it) > 0)
        by_words = [int(i) for i in (-lex).argsort(kind="stable")[:2]]
        if (
            by_words[0] != order[0]
            and order[0] != close  # a winner the cosine also ranks first keeps the lead
            and float(lex[by_words[0]]) >= LEX_CLEAR * max(float(lex[by_words[1]]), float(lex[order[0]]))
            and float(lex[by_words[0]]) >= OFF_LEXICAL + 1
            and float(r.semantic[by_words[0]]) >= float(r.semantic[order[0]]) - LEX_CLEAR_SEMANTIC
        ):
            # The mirror case: one topic's words match the question far better than any other's and
            # it reads about as much like it; rank fusion, blind to that margin, must not bury it
            # ("strength sessions feel like homework I dread" is keeping it fun, not session length).
            order = [by_words[0], *(i for i in order if i != by_words[0])][:4]
        if (
            TOPICS[order[0]].id == "rule:home_workout"
            and "gym" in r.words
            and _HOME_OR_BODYWEIGHT & set(r.words)
            and not it.lack
        ):
            # "why do the gym if I can do bodyweight stuff at home?": the gym weighed against home,
            # not the home workout the words "bodyweight stuff at home" land on.
            g = _INDEX["rule:gym_vs_home"]
            order = [g, *(i for i in order if i != g)]
        if not it.lack and TOPICS[order[0]].kind == "exercise":
            order = self._kit_described(r, fused, order)
        pre = order[0]
        order = self._with_evidence(r, order, fused)
        if (
            TOPICS[order[0]].id == "rule:frequency"
            and _INDEX["rule:recovery_week"] in order[:3]
            and "week" in r.words
            and WEEK_OFF_SAID.search(normalize(question))
            and not _SESSIONS_A_WEEK.search(normalize(question))
        ):
            # (r17 uf) "every 4 weeks or so, should I skip strength for a week?": the week off asked
            # of (its interval's "weeks" read as how often), not how many sessions a week
            w = _INDEX["rule:recovery_week"]
            order = [w, *(i for i in order if i != w)]
        # (a stock answer that yielded the lead to one its question asks for: that one is the answer, not
        # a tie that leaves the question vague)
        stock_moved = (
            order[0] != pre and TOPICS[pre].id in _STOCK_ASKED and float(r.lexical[order[0]]) >= OFF_LEXICAL
        )
        names = self.named(r, it.lack)
        spoken = " ".join(r.words)
        # A stock answer's loose name ("lift or run" in "lift for running") doesn't name it when its own
        # question isn't asked ("what changes when you lift for running instead of footy?").
        names = {
            n: k
            for n, k in names.items()
            if (own := _STOCK_ASKED.get(TOPICS[n].id)) is None or own.search(spoken) is not None
        }
        if "-" in question and _BLEND.search(question):
            # "those lunge-squat things where your back foot rests on its toes": a move described, the
            # blend's words not naming the lunge (nor a squat) on their own
            blend = {s for m in _BLEND.finditer(question) for w in m.groups() for s in self.index.terms(w)}
            names = {n: k for n, k in names.items() if not (self._titles[n] and self._titles[n] <= blend)}
        if "heavy" in r.words or "weight" in r.words or "kg" in r.words:
            load = self._load_asked(names, normalize(question)) if TOPICS[order[0]].kind == "rule" else None
            if load is not None:
                return load
        variant = self._variant_asked(r, names, normalize(question)) if _JUST_GATE & set(r.words) else None
        if variant is not None:
            return variant
        felt = [n for n in names if TOPICS[n].kind == "exercise" and names[n] >= 1]
        if _FEEL_ASK.search(normalize(question)) and len(felt) == 1:
            # "should I feel the bridge in my glutes or my hamstrings?": where that move works, from
            # its own card (not the muscle's card glued on).
            t = TOPICS[felt[0]]
            text = compose(t.id, t.ref, question, named=True)
            return Answer(_clip(text), t.id, True, _suggest(t), topics=(t.id,), context=t.id)
        if (
            not it.pain
            and _SLUMP.search(normalize(question))
            and all(TOPICS[n].id in _SLUMP_TOPICS for n in names)
            and TOPICS[order[0]].id not in ("muscle:glutes", "injury:hip_weakness")
            and (not it.can or rx.search(r"\bwhat (?:can|could|should) i\b", normalize(question)))
            and len(r.words) <= 20  # (a long message's other asks are answered on their own)
        ):
            # "near the end of races I hunch over more and more": the trunk tipping forward as the
            # runner tires is what the article says weak glutes do (not race day or running form).
            t = BY_ID["muscle:glutes"]
            text = compose(t.id, t.ref, question, named=True)
            return Answer(_clip(text), t.id, True, _suggest(t), topics=(t.id,), context=t.id)
        if (
            _WHICH_MUSCLE.search(normalize(question))
            and (TOPICS[order[0]].kind == "exercise" or rx.search(_MOVES_MY, normalize(question)))
            and TOPICS[order[0]].kind != "injury"
            and order[0] not in names
        ):
            # "what's actually bending my knee as my leg swings back?", "which muscle pushes me off?":
            # a muscle answers, not an exercise that shares the movement's words (the leg press).
            muscles = [int(i) for i in (-fused).argsort(kind="stable")[:8] if TOPICS[int(i)].kind == "muscle"]
            if muscles:
                order = [muscles[0], *(i for i in order if i != muscles[0] and TOPICS[i].kind == "muscle")]
        vague = (
            len(r.terms) <= 2
            and not names
            and not (it.pain and len(r.stems) >= 2)  # "dodgy knee from running" tells a symptom
            and sem_top < EXACT_SEMANTIC
            and fused[order[1]] >= TIE * fused[order[0]]
            and not stock_moved
        )
        why = [i for i in order[:2] if getattr(TOPICS[i].ref, "category", "") == "why"]
        if vague and "why" in r.words and len(why) == 1:
            # "why shoud runners lift": a near tie, but a why-question asks for the topic that says why.
            order = [why[0], *(i for i in order if i != why[0])]
            vague = False
        # A question with no word the topics use ("anything I should be doing?", "what are my
        # options?") rests on its embedding alone: unless it nearly says a topic's phrasing, that is
        # a stock answer to a question it doesn't answer. Unsure, so a message's background is read
        # with it (content/dialogue.py) and a lone one gets the closest topics to choose from.
        if not r.terms and len(r.words) >= 3 and sem_top < BARE_SEMANTIC and not names:
            vague = True
        unsure = (lex_top < OFF_LEXICAL and sem_top < SURE_SEMANTIC) or vague
        titled = [i for i in order[:3] if self._titles[i] and self._titles[i] <= set(r.stems)]
        if unsure and not titled:
            # A misspelt one-word title ("brigde", "brige"): the closest topic it spells.
            titled = [i for i in order[:1] if _spells(TOPICS[i].title, r.words)]
        if (
            TOPICS[order[0]].id == "rule:why_strength"
            and not self._titles[order[0]] <= set(r.stems)
            and titled
            and titled[0] != order[0]
            and TOPICS[titled[0]].kind != "equipment"
        ):
            # "what's the point of plyometrics for a distance runner?": the point of the thing it names,
            # not why runners should strength train at all.
            order = [titled[0], *(i for i in order if i != titled[0])]
        named_moves = [n for n in names if TOPICS[n].kind == "exercise"]
        if (
            TOPICS[order[0]].id == "rule:why_strength"
            and len(named_moves) == 1
            and not it.pain
            and _MOVE_VERDICT.search(normalize(question))
        ):
            # "glute bridges lowkey mid or actually worth it for runners?": the verdict on the move it
            # names, not why runners should strength train at all.
            order = [named_moves[0], *(i for i in order if i != named_moves[0])]
        if unsure and titled and len(r.stems) >= 2:
            order.remove(titled[0])
            order.insert(0, titled[0])
        elif (
            unsure
            # ((r18 tc) "any tips for a job interview": vague, and no word of sport, body or training)
            and (not vague or _elsewhere_vague(normalize(question)))
            and not leg_words(normalize(question))
            and not names
        ):
            # Nothing about leg strength in it and no topic close ("are compression socks worth it").
            return Answer(OFF_TOPIC_TEXT, None, False, _suggest(None), off_topic=True)
        elif unsure and not vague and sem_top >= GUESS_SEMANTIC and lex_top > 0:
            # It speaks of strength work and a topic is near: answer the best guess (a canned "not
            # sure" scored 0 on covered questions); a missing-kit topic only when kit is missing.
            if not it.lack:
                order = [i for i in order if TOPICS[i].kind != "equipment"] or order
        elif unsure:
            choices = tuple(TOPICS[i].id for i in order[:3])
            titles = [TOPICS[i].title for i in order[:3]]
            text = "I'm not sure what you're asking. Closest topics: " + "; ".join(titles) + "."
            return Answer(text, None, False, tuple(titles), choices=choices)
        plain = normalize(question)
        move = self.unnamed_move(question) if not it.pain else None
        if move is not None:
            # A move the article doesn't cover: say so, and give the closest one it does.
            near_ex = [
                i for i in (-fused).argsort(kind="stable")[:8].tolist() if TOPICS[i].kind == "exercise"
            ]
            if near_ex:
                t = TOPICS[near_ex[0]]
                summary = getattr(t.ref, "summary", "")
                text = (
                    f"The article doesn't cover {move}, so I can't give you details or a dose for them. "
                    f"The closest move it does cover is the {t.title.lower()}: "
                    f"{summary[:1].lower()}{summary[1:]}\nClosest here: /exercise {t.title.lower()}"
                )
                return Answer(_clip(text), t.id, True, _suggest(t), topics=(t.id,), context=t.id)
        if (
            TOPICS[order[0]].id == "rule:about"
            and _HELPS.search(plain)
            and not rx.search(r"\byou\b|\bi can help\b", plain)
        ):
            # "What would help?" asks what helps the runner (the background says with what), not
            # what the bot can do: unsure, so a message's background is asked along with it.
            choices = tuple(TOPICS[i].id for i in order[1:4])
            titles = [TOPICS[i].title for i in order[1:4]]
            text = "I'm not sure what you're asking. Closest topics: " + "; ".join(titles) + "."
            return Answer(text, None, False, tuple(titles), choices=choices)
        optional = False
        joins: dict[int, str] = {}
        texts: dict[int, str] = {}
        parts = self._parts(question, self._prior(it), joins, texts)
        top = set((-fused).argsort(kind="stable")[:PART_RANK].tolist())
        if (
            len(parts) >= 2
            and not it.lack  # ("my gym has no ankle weights, can I still...": the missing kit is asked about)
            and parts[0] not in names
            and TOPICS[parts[0]].kind == "rule"  # (a symptom or a move told first is what the ask is about)
            and not it.pain
            and not _ASKS.search(texts.get(parts[0], "?"))
            and not _TOLD_NOT.search(normalize(texts.get(parts[0], "")))
            and all(joins.get(i) == "," and _ASKS.search(texts.get(i, "")) for i in parts[1:])
        ):
            # "starting at a gym next month, which leg machines should I use?": the words before the
            # comma tell the runner's situation, they ask nothing (gym or home is not the question).
            parts = parts[1:]
        if len(parts) >= 2:
            # A comma's part whose topic is far down the whole question's ranking, or a catch-all,
            # is a phrase of a description ("I run 60 miles a week already, surely my legs are
            # strong enough"; "total beginner, where do I begin with leg strength"), not an ask.
            parts = [
                i
                for i in parts
                if joins.get(i) != ","
                or i in names
                or (i in top and (i == order[0] or TOPICS[i].id not in _UMBRELLA))
            ]
            # "On the single leg squat, how deep do I bend the front knee?": a comma's part that names
            # no exercise, after a part that names one, asks about that one (its words "bend the knee"
            # land on a look-alike exercise, the leg press, that nobody asked about).
            named_ex = [i for i in parts if i in names and TOPICS[i].kind == "exercise"]
            parts = [
                i
                for i in parts
                if not (
                    joins.get(i) == ","
                    and i not in names
                    and TOPICS[i].kind == "exercise"
                    and named_ex
                    and parts.index(named_ex[0]) < parts.index(i)
                )
            ]
        lead = order[0]
        if (
            len(parts) == 2
            and parts[0] in names
            and TOPICS[parts[0]].kind in _ENTITIES
            and parts[1] not in names
            and TOPICS[parts[1]].kind == "rule"
            and joins.get(parts[1]) == ","
            and _BARE_VERDICT.search(normalize(texts.get(parts[1], "")))
        ):
            # "the hamstring curl, worth it for a runner?": the verdict on the move named before the
            # comma, not why runners lift at all.
            parts, lead = [parts[0]], parts[0]
        pair: tuple[int, int] | None = None
        exact = self._exact.get(r.stems)
        if (
            exact is not None
            and (it.lack or TOPICS[exact].kind != "equipment")
            and (len(parts) < 2 or exact in parts)
        ):
            # The question is a topic's name and nothing else (a title asked back): that topic,
            # unless its parts ask about two others ("what do the quads and hamstrings each do").
            t = TOPICS[exact]
            text = compose(t.id, t.ref, question, named=True)
            return Answer(_clip(text), t.id, True, _suggest(t), topics=(t.id,), context=t.id)
        near = set((-fused).argsort(kind="stable")[:NAMED_RANK].tolist())
        named = sorted((i for i in names if i in near), key=lambda i: -fused[i])
        already = _ALREADY.search(question)
        if already and len(names) >= 2:
            # "do I need the curl if I already do leg extensions?": what they already do is background,
            # the move named before it is the one asked about.
            before = self.named(self.index.rank(question[: already.start()]), it.lack)
            if before and len(before) < len(names):
                named = [i for i in named if i in before]
                names = {i: n for i, n in names.items() if i in before}
                parts = [i for i in parts if i in before]
        kit = self._kit(r) if it.lack and TOPICS[lead].kind != "equipment" and len(parts) < 2 else []
        muscle_named = [n for n in names if TOPICS[n].kind == "muscle" and n in near]
        if kit and muscle_named and not any(TOPICS[n].kind == "exercise" for n in names):
            # "how do I strengthen my hamstrings at home without weights": the muscle's moves that need
            # no kit (content/compose.py muscle_reply), not the stock "no dumbbells?" swap list.
            t = TOPICS[muscle_named[0]]
            text = compose(t.id, t.ref, question, named=True)
            return Answer(_clip(text), t.id, True, _suggest(t), topics=(t.id,), context=t.id)
        if kit:
            # "What can I do instead of the leg press machine": the missing kit leads, even where an
            # exercise's name claimed its word; the exercise asked about comes second.
            k = max(kit, key=lambda i: fused[i])
            used = TOPICS[lead].id.split(":", 1)[1] in getattr(TOPICS[k].ref, "used_by", ())
            pair = (k, lead) if used else None
            lead = k
        if len(parts) > 2:
            # More parts than topics to answer: the ones the question names come first, in order.
            parts = sorted(parts, key=lambda i: i not in names)
        if kit:
            pass  # the missing kit, decided above
        elif len(parts) >= 2:
            pair = (parts[0], parts[1])  # "X and Y?", "X or Y?": each part asks about its own topic
        elif (
            len(named) >= 2
            and len(glue := [i for i in named if not _lacks_evidence(TOPICS[i].id, r.stems)]) >= 2
        ):
            # the question names two things: answer both (a rule its keyword names, "lift before"
            # of run-first, is no second thing when the question says no run: "how many weeks can I
            # lift before taking a break")
            pair = (glue[0], glue[1])
            place_muscle = sorted((TOPICS[i].kind == "muscle", TOPICS[i].id in _HOME_GYM) for i in pair)
            if place_muscle == [(False, True), (True, False)]:
                # (r18 tf) "what's good for my hamstrings if I don't have a gym?": that muscle's moves
                # for the place (its no-kit moves), not the whole home list with the muscle after it
                lead, pair = next(i for i in pair if TOPICS[i].kind == "muscle"), None
        else:
            # A named muscle or exercise leads over a close look-alike ("how do I strengthen my
            # hamstrings": not the hamstring push-up), and over where to train ("glutes asleep, best
            # stuff at home?": the glutes, not the home workout) even when further behind.
            ratio = PLACE_CLOSE if TOPICS[lead].id in _PLACES else NAMED_CLOSE
            close_named = [
                n
                for n in sorted(names, key=lambda i: -fused[i])
                if TOPICS[n].kind in _ENTITIES
                and (
                    fused[n] >= ratio * fused[lead]
                    # the one exercise the question names, over an unnamed exercise that only shares
                    # the movement's words ("on lunges, how far should my knee bend": not the leg press)
                    or (TOPICS[n].kind == TOPICS[lead].kind == "exercise" and n in parts)
                    # a name said in full, whose words are the question's only real evidence, over a
                    # winner that only reads like "...for runners" ("is the leg press good for runners")
                    or (names[n] >= 2 and float(r.lexical[n]) >= OFF_LEXICAL > float(r.lexical[lead]))
                )
            ]
            if (
                lead not in names
                and close_named
                and (TOPICS[lead].kind in _ENTITIES or TOPICS[lead].id in _PLACES)
            ):
                # "how do I strengthen my hamstrings": the muscle it names, not the hamstring push-up
                # that edged it on the word it shares.
                lead = close_named[0]

            elif (
                lead not in names
                and TOPICS[lead].kind == "rule"
                and len(ex_named := [n for n in names if TOPICS[n].kind == "exercise"]) == 1
                and _HOW_TO_DO.search(normalize(question))
            ):
                lead = ex_named[0]
            elif lead not in names and TOPICS[lead].kind == "rule":
                # A rule named in full ("best leg machine for a runner") over an unnamed rule the
                # words merely brush ("leg" of one-legged).
                full = [
                    n
                    for n in sorted(names, key=lambda i: -fused[i])
                    if TOPICS[n].kind == "rule"
                    and names[n] >= 2
                    and fused[n] >= RULE_NAMED_CLOSE * fused[lead]
                    and r.lexical[n] > r.lexical[lead]
                ]
                if full:
                    lead = full[0]
            for n in sorted(names, key=lambda i: -fused[i]):
                same = TOPICS[n].kind == TOPICS[lead].kind in _ENTITIES
                # A variation ("weighted calf raise") keeps the lead over its named base only when
                # the question has words of its own ("holding weights").
                keep = _variation(TOPICS[lead], TOPICS[n]) and (
                    bool(self._marks[lead] & set(r.stems))
                    or (
                        float(r.semantic[lead]) >= VARIATION_SEMANTIC
                        and float(r.semantic[lead]) >= float(r.semantic[n]) + VARIATION_MARGIN
                    )
                )
                base = _variation(TOPICS[lead], TOPICS[n])
                # ((r20 tq) a one-word title said whole, "bend on lunges", names it over an unnamed
                # look-alike whose movement words it shares: the leg press's "bending your knees")
                titled_move = lead not in names and bool(self._titles[n]) and self._titles[n] <= set(r.stems)
                if n != lead and same and (names[n] >= 2 or base or titled_move) and not keep:
                    lead = n  # "lying leg lift" named in full beats a look-alike exercise
                    break
            with_kit = self._with_kit(r, lead) if not it.lack else None
            second = self._second(r, fused, lead, [*order, *names], names) if with_kit is None else None
            if (
                second is not None
                and TOPICS[lead].id in _UMBRELLA
                and lead not in names
                and float(r.lexical[second]) > float(r.lexical[lead])
                and any(n in f" {normalize(question)} " for n in _LOOSE_PADDED)
            ):
                # "how do stronger legs actually make you faster?": a catch-all that leads only on its
                # loose name's cosine ("stronger legs") gives way to the runner-up the words ask about.
                lead, second = second, None
            if with_kit is not None:
                lead = with_kit  # "backs of my thighs with just a kitchen chair": the hamstring push-up
            elif second is not None:
                pair = (lead, second)
                optional = True  # a runner-up the question didn't ask for by name or by part
        first = TOPICS[lead]
        said = set(names)
        picked: tuple[str, ...]
        # (r17 ve) "do I need hamstring curls if I already do leg extensions?": the two moves named, even
        # when the ranking kept only one
        both_pair = pair if pair is not None else (tuple(names)[:2] if len(names) == 2 else None)
        if both_pair is not None and _BOTH_GATE & set(r.words) and _BOTH_ASK.search(normalize(question)):
            both_ans = _both_opposing(TOPICS[both_pair[0]], TOPICS[both_pair[1]])
            if both_ans is not None:
                return both_ans
        if pair is not None:
            first, other = TOPICS[pair[0]], TOPICS[pair[1]]
            text, picked = _pair_text(question, first, other, pair[0] in said, pair[1] in said, optional)
            first = BY_ID[picked[0]]
        else:
            text = compose(first.id, first.ref, question, named=lead in said)
            picked = (first.id,)
        others = tuple(TOPICS[i].title for i in order if TOPICS[i].id not in picked)
        return Answer(_clip(text), first.id, True, _suggest(first, others), topics=picked, context=first.id)

    def probe(self, question: str) -> tuple[bool, int, bool]:
        """(names a topic, content words the index knows, confidently about some topic) for the
        follow-up decision (content/dialogue.py)."""
        question = _plain(question)
        r = self.index.rank(question)
        it = _intent(r.words)
        named = bool(self.named(r, it.lack))
        lex = float(r.lexical.max(initial=0.0))
        sem = float(r.semantic.max(initial=0.0))
        return named, len(r.terms), lex >= OFF_LEXICAL and sem >= SURE_SEMANTIC

    def compose_for(self, topic_id: str, question: str, named: bool = True) -> Answer | None:
        """A short answer to ``question`` about a given topic (a follow-up about the last one);
        ``named`` False when the topic is an injury the runner only described (no diagnosis)."""
        t = BY_ID.get(topic_id) if isinstance(topic_id, str) else None
        if t is None:
            return None
        text = compose(t.id, t.ref, _plain(question), named=named, symptom=not named)
        return Answer(_clip(text), t.id, True, _suggest(t), topics=(t.id,), context=t.id)

    def answer_topic(self, topic_id: str) -> Answer | None:
        """The full answer for one topic (a pressed "closest topic" button), or None for an unknown id."""
        t = BY_ID.get(topic_id) if isinstance(topic_id, str) else None
        if t is None:
            return None
        text = "\n".join(_lines(t.ref, _Intent()))
        return Answer(_clip(text), t.id, True, _suggest(t), topics=(t.id,), context=t.id)


_DEFAULT_SUGGESTIONS = OFF_TOPIC_SUGGESTIONS


def _related(t: Topic) -> list[str]:
    ref = t.ref
    if isinstance(ref, Exercise):
        return [INJURIES[i].name for i in ref.prevents] + [MUSCLES[m].name for m in ref.primary]
    if isinstance(ref, Injury):
        return [EXERCISES[e].name for e in ref.helps[:3]]
    if isinstance(ref, Muscle):
        return [e.name for e in exercises_for_muscle(ref.id)[:3]]
    if isinstance(ref, Equipment):
        return [EXERCISES[e].name for e in ref.used_by]
    return [r.title for r in RULES.values() if r.category == ref.category and r.id != ref.id]


def _suggest(t: Topic | None, ranked: tuple[str, ...] = ()) -> tuple[str, ...]:
    """Three topic titles to ask about next (each, asked back, answers that topic)."""
    out: list[str] = []
    pool = [*ranked[:1], *(_related(t) if t else []), *_DEFAULT_SUGGESTIONS]
    for title in pool:
        if len(out) < 3 and title not in out and (t is None or title != t.title):
            out.append(title)
    return tuple(out)


@cache
def _shared() -> Answerer:
    built = Answerer()
    give_back()  # the build's freed buffers (the tokenizer's JSON above all) back to the OS
    return built


_BUILDING = threading.Lock()  # handlers answer in worker threads: the first ones must not build twice


def settle_heap(engine: Answerer) -> None:
    """After the process's first answer, once: give the freed heap back to the OS. The first answer
    compiles the patterns it meets and builds their gates; ~4 MB of what it allocated and freed stays
    mapped otherwise (bench/bench_process.py: the bot after its first question 97-98 MB -> 93 MB)."""
    if engine._settled.is_set():
        return
    with _BUILDING:
        if not engine._settled.is_set():
            engine._settled.set()
            give_back()


# (r18 tc) Words that ask for something without saying what ("any tips?", "thoughts?").
_ASKING = frozenset({"tips", "tip", "advice", "ideas", "idea", "suggestions", "thoughts", "help", "think"})
# (r18 tc) A word that leans on what was said before ("or 3 days before?", "what about that one"): a
# vague part with it is no off-topic message, even with no word of sport in it.
_FRAGMENT = rx.compile(
    r"\b(?:days?|weeks?|months?|before|after|time|times|morning|evening|tomorrow|today|it|that|this|them|"
    r"those|these|one|ones|then|instead|else)\b"
)


def _elsewhere_vague(plain: str) -> bool:
    """(r18 tc) A vague message that is about something else: two or more content words, none of sport,
    the body or training, and none that leans on what was said before ("What should I be doing?" and
    "or 3 days before?" stay unsure)."""
    said = [w for w in plain.split() if w not in STOPWORDS and w not in _ASKING]
    return len(said) >= 2 and not says_sport(plain) and not _FRAGMENT.search(plain)


def answerer() -> Answerer:
    """The answerer with both retrieval parts, built on first use and then shared (it is immutable)."""
    with _BUILDING:
        return _shared()


# ---- One reply says each thing once -------------------------------------------------------------
# Composed parts can restate each other ("Leg press: 2–3 sets × 12–15 reps." then "2 or 3 sets of
# 12 to 15 reps, with..."; "No ball: keep your back flat..." under a line that said it; a second
# "if the pain persists, see a physio"). A last pass over every reply drops a sentence whose content
# words and figures an earlier one already said (or that one later line says in full), a second
# generic see-a-professional caution, and a pointer line said twice. A verdict ("Yes, ...", "Not
# if ..."), a list item and a numbered step always stay.
_RANGE = rx.compile(r"\b(\d+)\s*(?:[-–—]|to|or)\s*(\d+)\b")
_LABEL = rx.compile(r"^([^:.!?/]{2,70}[:?])\s+(?=\S)")
# A name with where it is in brackets ("Calves and lower leg (the soleus ... at the front):") leads
# its sentence like a short label.
_NAMED_LABEL = rx.compile(r"^([^:.!?/()]{2,40} \([^():]{5,140}\):)\s+(?=\S)")


def _is_label(u: str) -> bool:
    m = _NAMED_LABEL.match(u + " x")
    return (u.endswith((":", "?")) and len(u.split()) <= 8) or (m is not None and m.group(1) == u)


_POINTER = rx.compile(r"(?:^|\s)/[a-z]")
_CAUTION = rx.compile(
    r"^(?:if\b[^.]*\b(?:pain|it|hurts?)\b|for a diagnosis|see a|get (?:it|that) checked)[^.]*"
    r"\b(?:doctor|physio\w*|gp)\b",
    re.IGNORECASE,
)
_PRO = rx.compile(r"\b(?:doctor|physio\w*|gp)\b", re.IGNORECASE)
_KEEP = rx.compile(
    r"^(?:•|-|\d+\)|(?:yes|no|nope|probably|usually|sure|fine|depends)\s*[,.:;!—–]|(?:not|both|neither|"
    r"either)\b)",
    re.IGNORECASE,
)
_SENTENCE = rx.compile(r"(?<=[.!?])\s+(?=[A-Z0-9(\"'•])")
_FILLER = frozenset("article say says said dose full card no".split())


def _facts(text: str) -> frozenset[str]:
    """A sentence's content-word stems and figures ("2 or 3" and "2–3" alike)."""
    from content.text import stem_words

    text = _RANGE.sub(lambda m: f" {m.group(1)}r{m.group(2)} ", text.replace("°", " "))
    words = [w for w in normalize(text).split() if w not in STOPWORDS and w not in _FILLER]
    return frozenset(stem_words(words))


def _units(line: str) -> list[str]:
    """A line's sentences, a short "Label:" or "No ball?" lead split off as its own unit."""
    if _KEEP.match(line.lstrip()) and not rx.match(r"\s*\w", line):
        return [line]  # a list item: whole
    out: list[str] = []
    for sentence in _SENTENCE.split(line):
        m = _LABEL.match(sentence)
        if not (m and len(m.group(1).split()) <= 8):
            m = _NAMED_LABEL.match(sentence)
        if m and not _POINTER.search(sentence) and not _KEEP.match(sentence):
            out += [m.group(1), sentence[m.end() :]]
        else:
            out.append(sentence)
    return [u for u in out if u.strip()]


def _rest(facts: list[frozenset[str]], k: int, lead: dict[int, int]) -> set[str]:
    """What the reply's other units say (a label's topic name is often said again in its pointer)."""
    return set().union(*(f for j, f in enumerate(facts) if j not in (k, lead.get(k))))


def drop_repeats(text: str) -> str:
    """``text`` without what it already said (see above). A label goes with the sentence it leads;
    of two restatements the first stays, unless a later line says all of it and more."""
    lines = text.split("\n")
    units = [(n, u.strip()) for n, line in enumerate(lines) for u in _units(line)]
    facts = [_facts(u) for _, u in units]
    label = [_is_label(u) for _, u in units]
    pointer = [bool(_POINTER.search(u)) for _, u in units]
    keep = [bool(_KEEP.match(u)) for _, u in units]
    # The label a sentence is led by, on its line ("Leg press:" of "Leg press: 2–3 sets × 12–15 reps").
    lead = {k + 1: k for k in range(len(units) - 1) if label[k] and units[k][0] == units[k + 1][0]}
    # (r20 tp) Each line's paragraph, and the unit that opens each paragraph's answer: an ask's own dose
    # leading its paragraph ("Leg press: 2–3 sets × 12–15 reps." for "how many sets and reps...") stays
    # there, though the next ask's answer ("heavy or light?") says the dose again inside more.
    para = [0] * len(lines)
    for n in range(1, len(lines)):
        para[n] = para[n - 1] + (not lines[n - 1].strip())
    opens = {
        min(k for k, (n, _) in enumerate(units) if para[n] == q and not label[k])
        for q in {para[n] for n, _ in units}
        if any(para[n] == q and not label[k] for k, (n, _) in enumerate(units))
    }
    trimmed = False
    for j, (n, u) in enumerate(units):
        # A later answer that ends by restating a dose said before ("...no set weight: pick one that
        # tires you by the last reps: 2–3 sets × 12–15 reps each leg" under "Lunge: 2–3 sets × ...")
        # loses that tail; the first answer's dose stays where it was asked.
        cut = u.rfind(": ")
        if label[j] or pointer[j] or keep[j] or cut < 0 or len(u[:cut].split()) < 4:
            continue
        tail = _facts(u[cut + 2 :])
        if len(tail) >= 3 and any(w[:1].isdigit() for w in tail):
            earlier = [m for m in range(j) if not label[m] and not pointer[m]]
            if any(tail <= facts[m] for m in earlier):
                units[j] = (n, u[:cut].rstrip(" ,;") + ".")
                facts[j] = _facts(units[j][1])
                trimmed = True
    drop = [False] * len(units)
    said: set[str] = set()
    pointers: set[str] = set()
    pro = False
    for k, (n, u) in enumerate(units):
        f = facts[k]
        # (a name with its place in brackets is no new name for what the sentence says)
        full = f | facts[lead[k]] if k in lead and len(units[lead[k]][1].split()) <= 8 else f
        if pointer[k]:
            drop[k] = u in pointers
            pointers.add(u)
            continue
        if label[k]:
            continue
        if _CAUTION.match(u) and pro and not keep[k]:
            drop[k] = True  # a second "see a doctor or physio"
            continue
        pro = pro or bool(_PRO.search(u))
        dose = any(w[:1].isdigit() for w in f)
        if keep[k]:
            pass
        elif len(f) >= 3 and f <= said and full <= (said | (_rest(facts, k, lead) if dose else set())):
            # Said already; a dose said again goes even under the name of its card ("Leg press: 2–3
            # sets × 12–15 reps" after "2 or 3 sets of 12 to 15 reps"), a cue stays under a new name.
            drop[k] = True
        elif (
            len(f) >= 3
            and dose
            and any(
                units[j][0] != n
                and not label[j]
                and not pointer[j]
                and not keep[j]
                and f < facts[j]
                and not (k in opens and para[units[j][0]] != para[n])
                for j in range(k + 1, len(units))
            )
        ):
            # A later line says all of this dose and more; its label must be said elsewhere too.
            if full <= _rest(facts, k, lead):
                drop[k] = True
                continue
        said |= full
    for k in range(len(units) - 2, -1, -1):
        if label[k] and drop[k + 1] and units[k][0] == units[k + 1][0]:
            drop[k] = True  # "No ball:" goes with the sentence it leads
    if not any(drop) and not trimmed:
        return text
    kept: dict[int, list[str]] = {}
    for k, (n, u) in enumerate(units):
        if not drop[k]:
            kept.setdefault(n, []).append(u)
    out: list[str] = []
    for n, line in enumerate(lines):
        if not line.strip():
            if out and out[-1]:
                out.append("")
        elif n in kept:
            out.append(" ".join(kept[n]))
    while out and not out[-1]:
        out.pop()
    # a paragraph left with only its pointer joins the one before ("...Key cue.\n\nFull card: ...")
    out = [x for i, x in enumerate(out) if x or i + 1 >= len(out) or not _POINTER.search(out[i + 1])]
    return "\n".join(out)


# ---- No padding glued on ---------------------------------------------------------------------------
# Parts composed one after another can end in padding: the generic "It's a good one for runners.
# <Move> works the ..." under a reply that already dealt with that move ("no ball, can I still do wall
# squats?" -> the swap, then the endorsement), or a later paragraph that only says the first one's
# point again in other words ("Run first, then the strength work" and then "Run first, then strength:
# when both share a day..."). Such a line or paragraph goes; a verdict, a list, a step, a figure not
# said before and a caution always stay.
_ENDORSE = rx.compile(r"^(?:Yes, )?[Ii]t's a good one for runners\.\s*")
_MOVE_WORKS = rx.compile(r"^([A-Z][\w' -]{1,40}?) works? the\b")
_PAD_FIGURES = rx.compile(r"\d+|\b(?:once|twice|three times|weekly|daily)\b")
_PAD_KEEP = rx.compile(
    r"^(?:•|-|\d+\)|Yes\b|No\b|Not\b|Both\b|Either\b|Neither\b|Only\b|If\b|Stop\b|See\b|Keep at it\b)|"
    r"\b(?:doctor|physio\w*|GP|pain|hurts?|injur\w*)\b"
)


_VERDICT_ABOVE = rx.compile(r"(?:Yes|No|Not|Both|Either|Neither|Only|Keep at it)\b")
_WORTH_Q = rx.compile(
    r"\b(?:good|worth\w*|useful|legit|any use|point|help\w*|hit|hits|work|works|target\w*|need|effective|"
    r"decent|valuable|bother|bussin|mid)\b"
)
_STEP_OR_CARD = rx.compile(r"(?:^|\s)\d\) |^[A-Z][\w' -]{1,40}: ")


def _content_words(text: str) -> list[str]:
    return [w for w in normalize(text).split() if w not in STOPWORDS and len(w) > 3 and not w.isdigit()]


def _said_before(text: str, before: str) -> bool:
    """Is ``text`` (one paragraph) only what ``before`` said: at least 70% of its content words (by
    their first four letters) there, no figure that isn't, and at least 5 such words to judge by?"""
    words = _content_words(text)
    said = f" {normalize(before)}"
    if len(words) < 5:
        return False
    if not set(_PAD_FIGURES.findall(text)) <= set(_PAD_FIGURES.findall(before)):
        return False
    hits = sum(f" {w[:4]}" in said for w in words)
    return 10 * hits >= 7 * len(words)


# ---- A later part that only restates an earlier one ------------------------------------------------
# Two asks answered one after the other can say the same thing in other words ("...twice a week is
# what the article suggests (twice, sometimes three)." and then "Twice a week, sometimes three
# times."; "the calves point and pull up the foot ..." said again under "Yes, it matters:"). A
# sentence on a later line goes when most of its content words (three in four, by stem) were said
# on the lines above, half of them by one sentence there, and every figure it gives was given there
# too. A verdict keeps its head ("Yes, it matters: <restated>" -> "Yes, it matters."); a list item, a
# numbered step, a label, a pointer and a caution always stay.
_RESTATED_SHARE = 0.75  # (at 0.6 an ask's own answer goes: "which first?" after the hard-run-day rule)
_FIGURE_WORDS = rx.compile(r"\d+|\b(?:once|twice|three|four|five)\b")
_HEAD = rx.compile(r"^((?:Yes|No|Not|Both|Either|Neither|Usually|Probably)\b[^:;.!?]{0,40})[:;] (?=\S)")
_CARD_NAMES = frozenset(e.name.lower() for e in EXERCISES.values())
_VERDICT_LABEL = rx.compile(r"(?:Yes|No|Not|Better|Both|Either|Neither|Usually|Probably|Worth|Fine|Sure)\b")
_STAYS = rx.compile(r"^(?:•|-|\d+\))|\b(?:doctor|physio\w*|GP|pain\w*|hurts?|injur\w*|stop)\b", re.IGNORECASE)


def _figures(text: str) -> set[str]:
    return set(_FIGURE_WORDS.findall(_RANGE.sub(lambda m: f" {m.group(1)} {m.group(2)} ", text.lower())))


# Words that carry no point of their own when two sentences say the same in other words ("keep it off
# hard-run days" and "not on a hard-run day"), and two that say one thing ("a resistance", "a load").
_LIGHT = frozenset(
    "keep off not never no avoid put make do get take use leav leaves go also just still alway "
    "theyr usual".split()
)
# (r15 yd) and the same point in a coach's other words: "neglected" / "most workouts miss", "tire" /
# "fatigue", "alternating" / "switching"
_SAME = {
    "resist": "load",
    "resistanc": "load",
    "heavi": "load",
    "weight": "load",
    "neglect": "miss",
    "ignor": "miss",
    "forgotten": "miss",
    "overlook": "miss",
    "fatigu": "tire",
    "altern": "switch",
    "ahead": "forward",
    "quicker": "fast",
    "faster": "fast",
}
# A short aside in brackets ("(a quicker, springier push-off)") is detail, not the sentence's point.
_BRACKETED = rx.compile(r"\s*\((?:[^()]{1,60})\)")


def _plain_facts(f: frozenset[str]) -> frozenset[str]:
    return frozenset(_SAME.get(w, w) for w in f if w not in _LIGHT)


def _restated(f: frozenset[str], figs: set[str], above: list[frozenset[str]], said_figs: set[str]) -> bool:
    if len(f) < 4 or not above or not figs <= said_figs:
        return False
    f, above = _plain_facts(f), [_plain_facts(a) for a in above]
    if len(f) < 4:
        return False
    every = frozenset().union(*above)
    best = max(len(f & a) for a in above)
    return len(f & every) >= _RESTATED_SHARE * len(f) and 2 * best >= len(f)


# (r15 yd) The other way round: an earlier paragraph that a later one says in full, in its own words or
# in its numbered steps ("Bridge: Lie face up, knees bent... Dose: ..." and then the steps, whose 1)
# says it again; "Pick a slope of about 5–10%..." then the whole climb with the same slope), goes;
# its name leads the later paragraph, and its dose, when the later one gives other figures, joins it.
_STEP_NO = rx.compile(r"(?:^|\s)\d\)\s")


def _covered(para: str, later: str) -> tuple[str, str] | None:
    """(name, dose) of ``para`` when ``later`` says all of its sentences; None when it doesn't."""
    lines = [x for x in para.split("\n") if x.strip() and not _POINTER.search(x)]
    later_units = [
        u for x in later.split("\n") if not _POINTER.search(x) for u in _units(x.strip()) if not _is_label(u)
    ]
    later_facts = [_plain_facts(_facts(_STEP_NO.sub(" ", u))) for u in later_units]
    later_figs = _figures(_STEP_NO.sub(" ", later))
    units = [u for x in lines for u in _units(x.strip())]
    name = dose = ""
    said = 0
    for k, u in enumerate(units):
        if _is_label(u):
            if k == 0 and u.endswith(":") and u[:-1].lower() in _CARD_NAMES:
                name = u
            elif u != "Dose:":
                return None
            continue
        if k and units[k - 1] == "Dose:":
            dose = "" if _figures(u) <= later_figs else f"Dose: {u}"
            continue
        if _KEEP.match(u) or _STAYS.search(u) or u.endswith("?"):
            return None  # a verdict, a list, a caution, an ask: the paragraph's own
        f = _plain_facts(_facts(u))
        if len(f) < 4 or not _figures(u) <= later_figs:
            return None
        # (said again near the top of the later paragraph, where the answer still comes first: not by
        # its last step, "How long should I hold the bridge?")
        if not any(len(f & g) >= _RESTATED_SHARE * len(f) for g in later_facts[:2]):
            return None
        said += 1
    return (name, dose) if said and name else None


def _drop_covered(text: str) -> str:
    paras = text.split("\n\n")
    if len(paras) < 2:
        return text
    k = 0
    while k < len(paras) - 1:
        got = _covered(paras[k], paras[k + 1])
        if got is None:
            k += 1
            continue
        name, dose = got
        nxt = paras[k + 1].split("\n")
        if name and not nxt[0].lower().startswith(name[:-1].lower()):
            nxt[0] = f"{name} {nxt[0]}"
        if dose:
            at = len(nxt)
            while at and _POINTER.search(nxt[at - 1]):
                at -= 1
            nxt.insert(at, dose)
        ptrs = [x for x in paras[k].split("\n") if _POINTER.search(x) and x not in nxt]
        paras[k + 1] = "\n".join([*nxt, *ptrs])
        del paras[k]
    return "\n\n".join(paras)


# (r15 yd) A line of one short sentence that only says the frequency or rule above again, with its
# usual hedge ("Twice a week, sometimes three times." under "Twice a week on easy days, 15 to 20
# minutes each..." or "two short sessions a week"): said, so it goes.
_HEDGE = rx.compile(r",? (?:sometimes|occasionally|or|maybe) (?:three|3|four|4)(?: times)?\b", re.IGNORECASE)
_COUNT_SAME = {"two": "twice", "2": "twice", "one": "once", "1": "once"}


def _short_said(u: str, above: list[frozenset[str]], said_figs: set[str]) -> bool:
    if not above or rx.match(r"(?:Yes|No|Not|Both|Either|Neither|Only)\b", u):
        return False
    plain = _HEDGE.sub("", u)
    f = frozenset(_COUNT_SAME.get(w, w) for w in _plain_facts(_facts(plain)))
    every = frozenset(_COUNT_SAME.get(w, w) for w in _plain_facts(frozenset().union(*above)))
    figs = {_COUNT_SAME.get(x, x) for x in _figures(plain)}
    said = {_COUNT_SAME.get(x, x) for x in said_figs}
    return 2 <= len(f) <= 4 and f <= every and figs <= said | every


# (r16 za) A long message's asks answered in order: a supporting sentence (or "; " clause) of an earlier
# ask's paragraph that a later ask's paragraph says in full ("...great for the off-season. Keep to two or
# three sessions a week" and then "how often?": "Twice a week, sometimes three times") goes from the
# earlier paragraph, so each ask's answer is said once, where it was asked. A paragraph's lead (and the
# sentence after a bare verdict), a list item, a step and a caution always stay.
_FORESTALLED_SHARE = 0.75


def _counted(f: frozenset[str]) -> frozenset[str]:
    return frozenset(_COUNT_SAME.get(w, w) for w in _plain_facts(f))


def _bracket_kept(after_f: frozenset[str], m: re.Match[str]) -> str:
    """A bracketed sequence ("(line hops, then box hops...)") a later paragraph says in full: dropped."""
    if " then " not in m.group(0):
        return m.group(0)  # (only a sequence in brackets, not a reason or a dose)
    f = _counted(_facts(m.group(0)))
    return "" if len(f) >= 3 and len(f & after_f) >= _FORESTALLED_SHARE * len(f) else m.group(0)


def drop_forestalled(text: str) -> str:
    paras = text.split("\n\n")
    if len(paras) < 2:
        return text
    later_facts: list[frozenset[str]] = []
    later_figs: list[set[str]] = []
    for para in paras:
        if rx.match(r"(?:Yes|No)\b", para):
            # (a later verdict that restates keeps its head and loses its body in drop_restated instead:
            # "Yes, it matters." under the calves' role)
            later_facts.append(frozenset())
            later_figs.append(set())
            continue
        units = [
            u for x in para.split("\n") if x.strip() and not _POINTER.search(x) for u in _units(x.strip())
        ]
        later_facts.append(frozenset().union(*(_counted(_facts(u)) for u in units)) if units else frozenset())
        later_figs.append({_COUNT_SAME.get(x, x) for u in units for x in _figures(u)})
    changed = False
    for i in range(len(paras) - 1):
        after_f = frozenset().union(*later_facts[i + 1 :])
        after_figs = set().union(*later_figs[i + 1 :])
        lines = paras[i].split("\n")
        out_lines: list[str] = []
        seen = 0
        for line in lines:
            if not line.strip() or _POINTER.search(line) or rx.match(r"\s*(?:•|-|\d+\))", line):
                out_lines.append(line)
                seen += bool(line.strip())
                continue
            units = _units(line.strip())
            kept: list[str] = []
            for k, u in enumerate(units):
                seen += 1
                lead = seen == 1 or (seen == 2 and len(kept) == 1 and len(kept[0].split()) <= 3)

                # (a list in brackets that a later ask's paragraph gives in full: "plyometrics for spring
                # (line hops, then box hops...)" before "Start simple: hop back and forth over a line...")
                u_short = _BRACKETED.sub(partial(_bracket_kept, after_f), u)
                if u_short != u:
                    changed = True
                    u = u_short
                # (what a label or a colon introduces, "Dose: ...", "The form is the same: ...", is its own)
                labelled = k > 0 and (_is_label(units[k - 1]) or units[k - 1].endswith(":"))
                if (
                    lead
                    or labelled
                    or _is_label(u)
                    or u.endswith("?")
                    or _STAYS.search(u)
                    or rx.match(r"(?:Yes|No)\b", u)
                ):
                    kept.append(u)
                    continue
                clauses = u.rstrip(".").split("; ")
                left = []
                for c in clauses:
                    f = _counted(_facts(_BRACKETED.sub("", c)))
                    figs = {_COUNT_SAME.get(x, x) for x in _figures(c)}
                    if (
                        len(f) >= 3
                        and figs <= after_figs
                        and len(f & after_f) >= _FORESTALLED_SHARE * len(f)
                        # (a load in sets and reps stays with the heavy-or-light verdict it explains;
                        # the later plain dose line is the one drop_restated takes)
                        and not rx.search(r"\b(?:reps?|sets?)\b", c)
                    ):
                        changed = True
                        continue
                    left.append(c)
                if left == clauses:
                    kept.append(u)
                elif left:
                    kept.append(_cap("; ".join(left)).rstrip(".") + ".")
            if kept:
                out_lines.append(" ".join(kept) if kept != units else line)
        paras[i] = "\n".join(out_lines)
    return "\n\n".join(paras) if changed else text


def drop_restated(text: str) -> str:
    """``text`` without a later sentence that restates the lines above it, nor an earlier paragraph
    the next one says in full (see above)."""
    return _drop_lone_verdict(_drop_said_clause(_drop_covered(_drop_restated(text))))


# (r16 za) "Yes: the wobble is the training... \n\nYes." : a later ask's answer restated away to its bare
# verdict, under a paragraph that opens with the same verdict, is a stray line, not an answer.
_LONE_VERDICT = rx.compile(r"(Yes|No)[.!]?")


def _drop_lone_verdict(text: str) -> str:
    paras = text.split("\n\n")
    if len(paras) < 2:
        return text
    out = [paras[0]]
    for para in paras[1:]:
        lines = para.split("\n")
        m = _LONE_VERDICT.fullmatch(lines[0].strip())
        if m and any(p.startswith(m.group(1)) for p in out):
            rest = "\n".join(lines[1:])
            if rest:
                out[-1] = f"{out[-1]}\n{rest}"
            continue
        out.append(para)
    return "\n\n".join(out)


def _drop_said_clause(text: str) -> str:
    """(r15 yd) A sentence's first clause that only says what the reply said just before it goes, its
    second clause stays: "A single-leg bend that works the quads, hamstrings and glutes. It works the
    quads and glutes; it helps prevent runner's knee" -> "... It helps prevent runner's knee"."""
    said: set[str] = set()
    out: list[str] = []
    for line in text.split("\n"):
        if not line.strip() or _POINTER.search(line):
            out.append(line)
            continue
        units = _units(line.strip())
        kept: list[str] = []
        for k, u in enumerate(units):
            head, sep, rest = u.partition("; ")
            f = _facts(head)
            if (
                sep
                and rest[:1].islower()
                and len(f) >= 3
                and not (
                    k and _is_label(units[k - 1])
                )  # ("Key cue: Lower slowly; ...": a cue is said on purpose)
                and not _figures(head)
                and f <= said
                and not _KEEP.match(u)
                and not _STAYS.search(head)
                and not _is_label(u)
            ):
                u = _cap(rest)
            said |= _facts(u) | f
            kept.append(u)
        out.append(" ".join(kept) if kept != units else line)
    return "\n".join(out)


def _new_move(unit: str, said_text: str) -> bool:
    """(r20 tp) Does this sentence name a move the lines above never named ("...for the weighted
    one-legged squat" under "...for the weighted calf raise")? Then it answers about that move, however
    alike the words: not a restatement."""
    low = unit.lower()
    return any(n in low and n not in said_text for n in _CARD_NAMES)


def _drop_restated(text: str) -> str:
    lines = text.split("\n")
    said_text = ""
    above: list[frozenset[str]] = []
    said_figs: set[str] = set()
    out: list[str] = []
    changed = False
    prev_label = False
    para_start = True
    for line in lines:
        if not line.strip() or _POINTER.search(line):
            out.append(line)
            prev_label = False
            para_start = para_start or not line.strip()
            continue
        units = _units(line.strip())
        # a paragraph that opens with a short answer ("After: run first, then...") answers an ask of
        # its own, in whatever words were said above
        answer_led = para_start and _is_label(units[0]) and len(units[0].split()) <= 3
        para_start = False
        # cards side by side ("Quadriceps extension: ..." then "Hamstring curl: ..."), each under its
        # own name, stay whole
        label_led = len(units) > 1 and units[0][:-1].lower() in _CARD_NAMES
        parallel, prev_label = label_led and prev_label, label_led
        kept: list[str] = []
        for k, u in enumerate(units):
            asked = any(x.endswith("?") for x in units[:k])  # "No chair? ...": the answer to an ask
            # ("Lunge: 2–3 sets × 12–15 reps." under "2 or 3 sets of 12 to 15 reps": the dose under a
            # name not said above is the card's own answer)
            named_dose = (
                k > 0
                and _is_label(units[k - 1])
                and bool(_figures(u))
                and not _facts(units[k - 1]) <= frozenset().union(*above, frozenset())
            )
            # (a "Because ..." is the answer to a why, however much of it was said above)
            why = u.startswith("Because ") or (k > 0 and units[k - 1].startswith("Because "))
            if (
                parallel
                or _new_move(u, said_text)
                or asked
                or named_dose
                or why
                or (answer_led and k == 1)
                or _is_label(u)
                or _STAYS.search(u)
            ):
                kept.append(u)
            elif (
                (h := _HEAD.match(u))
                and len(_facts(u[h.end() :])) >= 6  # ("No: not on a hard-run day." says what it refuses)
                and _restated(
                    _facts(_BRACKETED.sub("", u[h.end() :])), _figures(u[h.end() :]), above, said_figs
                )
            ):
                kept.append(h.group(1).rstrip(" ,") + ".")
                changed = True
            elif not h and (
                _restated(_facts(_BRACKETED.sub("", u)), _figures(u), above, said_figs)
                or (len(units) == 1 and _short_said(u, above, said_figs))
            ):
                changed = True
                if kept and _is_label(kept[-1]) and k > 0 and kept[-1] == units[k - 1]:
                    # its label goes with it, or stands as a sentence when it is a verdict
                    label = kept.pop()
                    if _VERDICT_LABEL.match(label) and label.endswith(":"):
                        kept.append(label[:-1].rstrip() + ".")
            else:
                kept.append(u)
        if kept != units:
            # what is left of a line that restated the ones above: a short sentence all of whose words
            # were said there goes too ("Not on a hard-run day." left alone), and an "Or ..." that led
            # on from a dropped sentence stands on its own
            every = _plain_facts(frozenset().union(*above)) if above else frozenset()
            kept = [
                u
                for u in kept
                if _is_label(u)
                or _STAYS.search(u)
                or rx.match(r"(?:Yes|No)\b", u)
                or (
                    not (_plain_facts(_facts(u)) <= every and _figures(u) <= said_figs)
                    and not _short_said(u, above, said_figs)
                )
            ]
            kept = [_cap(u[3:]) if u.startswith("Or ") else u for u in kept]
            while kept and _is_label(kept[-1]):
                kept.pop()
        above += [x for x in map(_facts, units) if x]
        said_figs |= _figures(line)
        said_text += f" {line.lower()}"
        if kept:
            out.append(" ".join(kept) if kept != units else line)
    if not changed:
        return text
    # blank lines doubled or left at the ends by a dropped paragraph
    res: list[str] = []
    for x in out:
        if not x.strip() and (not res or not res[-1].strip()):
            continue
        res.append(x)
    while res and not res[-1].strip():
        res.pop()
    res = [x for i, x in enumerate(res) if x.strip() or i + 1 >= len(res) or not _POINTER.search(res[i + 1])]
    return "\n".join(res)


_BULLET_DOSE = rx.compile(r"^(• [^:]{2,80}): (\d[^:]{2,40})$")
_SETS_SAID = rx.compile(r"\b(\d+(?:–\d+)? sets)\b(?! of\b| ×)")


def one_dose(text: str) -> str:
    """A list whose every item carries the same dose ("• One-legged squat: 12–15 reps each leg" three
    times over) says it once, in the line that leads the list ("..., 2–3 sets of 12–15 reps each leg:").
    Left as it is when the lead line names no sets to hang the dose on."""
    lines = text.split("\n")
    k = 0
    while k < len(lines):
        run = k
        while run < len(lines) and _BULLET_DOSE.match(lines[run]):
            run += 1
        doses = {_BULLET_DOSE.match(x).group(2) for x in lines[k:run]}  # type: ignore[union-attr]
        head = lines[k - 1] if k else ""
        if run - k >= 3 and len(doses) == 1 and head.endswith(":"):
            dose = doses.pop()
            sets = list(_SETS_SAID.finditer(head))
            if sets and rx.match(r"\d+(?:–\d+)? reps\b", dose):
                at = sets[-1].end()
                lines[k - 1] = f"{head[:at]} of {dose}{head[at:]}"
                for j in range(k, run):
                    lines[j] = _BULLET_DOSE.match(lines[j]).group(1)  # type: ignore[union-attr]
        k = max(run, k + 1)
    return "\n".join(lines)


# ---- One pointer, and no steps nobody asked for in a long reply (r15 yd) -----------------------------
# A reply built from several parts ends with each part's pointer ("More: /muscle glutes" and "Full card:
# /exercise bridge"): one is kept, the one whose command names most of what the question named (the
# first part's on a tie; a card before a general "/workout" when neither was named). A reply over
# _LONG characters that didn't ask how to do a move loses the numbered steps of its cards ("best for
# glutes and best for hamstrings?": each pick, its one-line description and its dose, not two full
# step lists); the full card stays one command away.
_LONG = 600
_POINTER_LINE = rx.compile(
    r"^(?:Full card|More|Try one|How to do it|Related|A full session|Closest here): /(\S+)(.*)$"
)
_COMMAND_WORDS = frozenset({"exercise", "muscle", "workout", "injury", "rule"})
_HOW_ASKED = rx.compile(
    r"\bhow (?:do|does|should|would|can|to|d)\b|\bhow (?:i|you) (?:do|perform)\b|\bproperly\b|\bform\b|"
    # ("what are the cues for each?", "any form tips?": the how-to asked)
    r"\btechnique\b|\bcues?\b|\btips?\b|\bsteps?\b|\bexplain\w*\b|\bshow me\b|"
    r"\bwhat do i (?:actually )?do\b|\bpositions?\b|"
    r"\bwhere (?:do|does|should)\b|\bset ?up\b|\bthen what\b|\bwalk me\b|\binstructions?\b|\bcorrect\w*\b|"
    r"\bwhat (?:goes|lifts|stays|moves)\b|\bhow far\b|\bhow low\b|\bhow deep\b|\bhow high\b|"
    r"\b(?:lift|raise|lower|put|hold|move) (?:my|the|your|a|one) \w+ (?:first|last)\b|\border\b|"
    r"\bwhat(?: is|s| are) (?:that|this|those|these)\b|\bcalled\b|\blooks? like\b"
)
_STEP_RUN = rx.compile(r"(?:^|\s)1\) .*$")


def _pointer_named(question: str, text: str) -> str:
    """(r18 td) "single leg or two leg calf raises?" -> the one-legged rule's reply, whose card pointer was
    the one-legged squat's: the pointer goes to the one exercise the question names, when the reply
    itself never names the card it pointed at."""
    body, sep, last = text.rpartition("\n")
    m = rx.match(r"(Full card|Try one): /exercise (.+)$", last)
    if not sep or m is None:
        return text
    named = [t for t in named_exercises(normalize(question)) if t.startswith("exercise:")]
    if len(named) != 1:
        return text
    ex = EXERCISES.get(named[0].split(":", 1)[1])
    card = m.group(2).strip()
    if ex is None or ex.name.lower() == card or card in body.lower():
        return text
    head = normalize(ex.name).lower().split()[0]
    if rx.search(
        rf"\b(?:no|not|without|dont have|never|cant)\b(?: \w+){{0,3}} {re.escape(head)}",
        normalize(question).lower(),
    ):
        return text  # ("no treadmill access either": not the move they have)
    return f"{body}\n{m.group(1)}: /exercise {ex.name.lower()}"


def one_pointer(question: str, text: str) -> str:
    """``text`` with one pointer line at its end, not two (see above)."""
    lines = text.split("\n")
    block = [x for x in lines if _POINTER_LINE.match(x)]
    end = len(lines)
    while end and _POINTER_LINE.match(lines[end - 1]):
        end -= 1
    if len(block) < 2 and len(block) == len(lines) - end:
        return text  # (one pointer, at the end already)
    if not block:
        return text
    # (a pointer between two paragraphs goes to the end: "...\nTry one: /workout home\n\nRunners often...")
    lines = [x for x in lines if not _POINTER_LINE.match(x)]
    while lines and not lines[-1].strip():
        lines.pop()
    lines = [x for i, x in enumerate(lines) if x.strip() or (i and lines[i - 1].strip())]
    end = len(lines)
    asked = set(stem_words(normalize(question).split()))

    def score(line: str) -> tuple[int, int]:
        m = _POINTER_LINE.match(line)
        words = [w for w in normalize(f"{m.group(1)} {m.group(2)}".replace("/", " ")).split()]  # type: ignore[union-attr]
        named = sum(w in asked for w in stem_words([w for w in words if w not in _COMMAND_WORDS]))
        return named, int(not words or words[0] != "workout")

    best = max(range(len(block)), key=lambda k: (*score(block[k]), -k))
    return "\n".join([*lines[:end], block[best]])


def drop_steps(question: str, text: str) -> str:
    """``text`` over _LONG characters without numbered steps the question didn't ask for (see above); a
    "Dose: ..." line left under a card's description joins it."""
    if len(text) <= _LONG or _HOW_ASKED.search(normalize(question)):
        return text
    out: list[str] = []
    cut = False
    for line in text.split("\n"):
        m = _STEP_RUN.search(line)
        if m and not line.startswith("•"):
            head = line[: m.start()].rstrip()
            cut = True
            if not head or _is_label(head):
                continue  # only steps ("Calf raise: 1) ..."): the line goes
            line = head
        elif cut and line.startswith("Dose: ") and out and out[-1].strip() and not _POINTER.search(out[-1]):
            out[-1] = f"{out[-1].rstrip()} {line}"
            continue
        elif not line.strip():
            cut = False
        out.append(line)
    return "\n".join(out)


# (r15 yd) One how-long / how-many / how-often ask answered by its figure in the first line: a later
# line with no figure that says nothing of what was asked (a second topic's "Strength gives sprinters a
# more explosive start..." under "15 to 20 minutes is enough", drawn in by "for a runner") is padding.
_FIGURE_ASK = rx.compile(r"\bhow (?:long|many|much|often|many times)\b")
_ASK_GENERIC = frozenset(
    "strength train leg run runner workout session exercis lift take need get make good help do go work "
    "week time should".split()
)


def _off_the_figure(question: str, lines: list[str]) -> list[str]:
    plain = normalize(question)
    if not _FIGURE_ASK.search(plain) or len(split_asks(question)[0]) != 1 or len(lines) < 2:
        return lines
    if not _PAD_FIGURES.search(lines[0].lower()) or _POINTER.search(lines[0]):
        return lines
    if any(x.startswith("•") for x in lines):
        return lines  # a plan: its lines are the plan's
    asked = set(stem_words([w for w in plain.split() if w not in STOPWORDS])) - _ASK_GENERIC
    out = [lines[0]]
    for line in lines[1:]:
        said = set(stem_words([w for w in normalize(line).split() if w not in STOPWORDS]))
        if (
            line.strip()
            and not _POINTER.search(line)
            and not _PAD_FIGURES.search(line.lower())
            and not _PAD_KEEP.search(line)
            and not _is_label(_units(line.strip())[0])
            and not said & asked
        ):
            continue
        out.append(line)
    return out


def drop_padding(question: str, text: str) -> str:
    """``text`` without the padding described above. (An endorsement is the answer, kept, when the
    question asks whether the move is any good and nothing above it gave a verdict: "what's that drill
    called, and is it any good?")"""
    lines = _off_the_figure(question, text.split("\n"))
    out: list[str] = []
    verdict_above = bool(_VERDICT_ABOVE.match(text))
    worth_asked = bool(_WORTH_Q.search(normalize(question)))
    for k, line in enumerate(lines):
        body = "\n".join(x for x in out if not _POINTER.search(x))
        m = _ENDORSE.match(line)
        # (a new paragraph answers an ask of its own: "..., and are walking lunges legit?")
        own_part = k > 0 and not lines[k - 1].strip()
        if k and m and body.strip() and not (worth_asked and (own_part or not verdict_above)):
            rest = line[m.end() :]
            move = _MOVE_WORKS.match(rest)
            if move and move.group(1).lower() in body.lower():
                continue  # the move was dealt with above: its endorsement and what it works are padding
            line = rest
        out.append(line)
    # a later paragraph that says the first ones' point again
    paras = "\n".join(out).split("\n\n")
    kept: list[str] = []
    for k, para in enumerate(paras):
        plain_lines = [x for x in para.split("\n") if not _POINTER.search(x)]
        ptrs = [x for x in para.split("\n") if _POINTER.search(x)]
        own = "\n".join(plain_lines)
        if k and kept and not own.strip():
            kept[-1] += "\n" + para.strip("\n")  # a paragraph left with only its pointer joins the one before
            continue
        if (
            k
            and kept
            and own.strip()
            and not any(_PAD_KEEP.search(x) for x in plain_lines)
            # (steps, or a card whose name wasn't said above: "Lying leg lift: 1) Keep the ankle weight on")
            and not any(
                (c := _STEP_OR_CARD.search(x))
                and (
                    c.group(0)[:1].isspace()
                    or c.group(0)[:1].isdigit()
                    or c.group(0)[:-2].lower() not in "\n".join(kept).lower()
                )
                for x in plain_lines
            )
            and _said_before(own, "\n".join(kept))
        ):
            if ptrs:
                kept[-1] += "\n" + "\n".join(ptrs)
            continue
        kept.append(para)
    return "\n\n".join(kept)


# (r19 tg) Stairs or steps told ("my building has a concrete stairwell", "stone steps by the mooring"):
# the step-up's bench said as the stair they have.
_STAIRS_TOLD = rx.compile(
    r"^(?!.*\b(?:no|without|dont have|havent got|not got|lack\w*) (?:\w+ ){0,2}(?:stairs|steps)\b)"
    r".*\b(?:stairwell|staircase|stairway|stoop|(?:stone|concrete|front|back|porch|garden|wooden|bottom) "
    r"steps|(?:my|our|the|some|have|has|got|use|using) (?:\w+ )?(?:stairs|steps))\b"
    r"(?! (?:are|is|were|was|hurt\w*|kill\w*|feel\w*|a nightmare))"
)
_BENCH_LINES = (
    (
        BENCH_HEIGHT_CUE,
        "Use one or two stairs: the top no higher than your knee.",
    ),
    (
        BENCH_AT_KNEE,
        "on a stair (one or two steps up) whose top is level with your knee or lower",
    ),
)


def _stairs_for_bench(question: str, text: str) -> str:
    """The step-up's bench said as the stairs the runner told they have."""
    if "bench" not in text or not _STAIRS_TOLD.search(normalize(question)):
        return text
    for bench, stair in _BENCH_LINES:
        text = text.replace(bench, stair)
    return text


# (r20 to) No bench to be had ("no room for a bench", "no bench, only a chair"): every list and cue says the
# stair the step-up can use instead (or, with no stairs either, leaves the step-up out)
_BENCH_SWAPS = (
    (rx.compile(r"\((?:a )?knee-high step or bench\)"), "(a stair, knee-high or lower)"),
    (rx.compile(r"\b(?:the|a) (?:sturdy |low )?bench or (?:a |the )?"), "a "),
    (rx.compile(r",? or (?:a |the )?(?:sturdy |low )?bench\b"), ""),
    (rx.compile(r", (?:a |the )?bench(?= or )"), ""),
    (rx.compile(r"\b(?:the edge of a|a low) bench\b"), "the edge of a stair"),
    (rx.compile(r"\bLie along a bench on your left side\b"), "Lie on your left side on the floor or a mat"),
    (rx.compile(r"\balong the bench\b"), "on the floor"),
    (rx.compile(r"\bBench step-up\b"), "Step-up"),
    (rx.compile(r"\bbench step-up\b"), "step-up"),
)


def _no_bench(question: str, text: str) -> str:
    """A reply's lists and cues without the bench the runner said they can't have."""
    if "bench" not in text.lower() or "bench" not in question.lower():
        return text
    plain = normalize(question)
    if not lacks_bench(plain):
        return text
    if lacks_stairs(plain):
        text = drop_moves(text, (EXERCISES["step_up"],))  # nothing knee-high to step onto
    out = []
    for line in text.split("\n"):
        if not POINTER.match(line) and "bench" in line.lower():
            for bench, stair in _BENCH_LINES:
                line = line.replace(bench, stair)
            for pattern, repl in _BENCH_SWAPS:
                line = pattern.sub(repl, line)
        out.append(line)
    return "\n".join(out)


# (r20 to) Jumping ruled out anywhere in the message ("my doctor said no jumping", "plyometrics are out",
# "thin floors"): no list keeps a hop drill, and a lead that prescribes them gives the power without them.
_HOP_DRILLS = tuple(e for e in EXERCISES.values() if e.setting == "plyo")
_HOPS_SAID = rx.compile(
    r"(?i)\b(?:line hops|box hops|skipping|hop (?:back and forth|forward|onto)|plyometrics)\b"
)
_HOPS_RULED = rx.compile(
    r"(?i)\b(?:no (?:jumping|plyometrics|hopping)|without (?:any )?jumping|hops outside)\b"
)
# "her coach wants her doing plyos", "I've started box jumps": the drills are theirs, the worry is asked about
_HOPS_DONE = rx.compile(
    r"\b(?:doing|do|does|did|started|start|starting|want\w* (?:\w+ )?(?:to do|doing)|trying|try) "
    r"(?:\w+ ){0,2}(?:plyo\w*|jump\w* drills|hops|box jumps)\b"
)
_JUMPS_ASKED = rx.compile(r"\b(?:plyo\w*|jump\w*|hop\w*|skipping|bounding)\b")


def _jump_free(question: str, text: str) -> str:
    """The reply's lists without hop drills, and a lead that prescribes them swapped for power without them,
    when the runner rules jumping out (not when the drills themselves are asked about)."""
    if not _HOPS_SAID.search(text):
        return text
    plain = normalize(question)
    if not no_jumping(plain) or _HOPS_DONE.search(plain):
        return text
    if any(_JUMPS_ASKED.search(normalize(a)) for a in split_asks(question)[0]):
        return text  # ("what instead of plyos?", "should I skip the jumping drills?": answered as asked)
    paras = []
    swapped = False
    for para in drop_moves(text, _HOP_DRILLS).split("\n\n"):
        body = "\n".join(x for x in para.split("\n") if not POINTER.match(x))
        if not _HOPS_SAID.search(body) or _HOPS_RULED.search(body):
            paras.append(para)
        elif not swapped:
            paras.append(NO_JUMP_POWER[:1].upper() + NO_JUMP_POWER[1:])
            swapped = True
    return "\n\n".join(paras)


def answer(question: str, last: str | None = None) -> Answer:
    """Answer a runner's message from the content (content/dialogue.py: safety, asks, follow-ups
    about ``last``, the chat's previous topic). Never raises; text is plain and at most 3,500 chars.
    ``Answer.context`` is the topic a follow-up to this reply should be about."""
    if not isinstance(question, str):
        question = "" if question is None else str(question)
    question = question[: MAX_INPUT * 2]
    told = question  # (r16 wa: the runner's own words, before the typo fixes: "my dad says")
    if not normalize(question):
        return Answer(OFF_TOPIC_TEXT, None, False, _suggest(None), off_topic=True)
    engine = answerer()
    question = unstretch(question, engine.index)  # "sooo boring": the word, before the shorthand reads it
    question = name_described(question, muscles=True)  # "the muscles you sit on": the glutes
    question = _HOW_THEN_WHY.sub(r"why \1 \2?", question)
    question = _labelled(_tag_asked(question))
    question = _today_named(question)  # "race on saturday, its thursday now. can I still lift?": on Thursday
    question = _DASH_ASK.sub(r"\1, ", question)  # "those deep hip muscles - do they matter?": a comma
    question = _plain(question)  # "HM PB in 2 wks, BW or DBs?": spelt out for every stage
    question = _HAM_MOVE.sub("hamstring", question)  # "hamstrng pushup": the hamstring push-up
    question = _HAM_TYPO.sub(r"hamstring\1", question)
    question = engine.fix_names(question)  # "shin splits", "wall squad": the name it misspells
    question = fix_typos(question, engine.index)  # "strech befor or aftr": for every rule, not only retrieval
    question = name_described(question)  # "heels sinking off a step, up on tiptoes": the calf raise
    question = _dash_back(question)  # "<that move> - is that a legit start?": the move is the "that"
    if last is not None and last not in BY_ID:
        last = None
    if last is None and _START.search(question) and not engine.says_topic(question):
        # Not a follow-up and no topic named ("plyos: where do I start" is the plyometrics').
        question = _START.sub(r"\1what do i do first as a complete beginner", question, count=1)
    if last is None and elsewhere_entirely(normalize(question)):
        return Answer(OFF_TOPIC_TEXT, None, False, _suggest(None), off_topic=True)
    if last is None and _UPPER_MOVE.search(normalize(question)) and elsewhere(normalize(question)):
        # "I want to finally do a pull-up. What's a good progression?": the message is about an
        # upper-body move, so its vague ask ("a good progression") is too (safety has run first on
        # chest pain only inside respond(), so a sign of one is kept out here).
        if not _ANY_PAIN.search(normalize(question)):
            return Answer(OFF_TOPIC_TEXT, None, False, _suggest(None), off_topic=True)
    if _PET.search(normalize(question)):
        # "my dog limps after our runs, any leg exercises for him?": an animal's legs are a vet's
        return Answer(_PET_TEXT, None, False, _suggest(None), off_topic=True)
    ans = respond(question, last, engine.answer, engine)
    named = _name_first(question, ans, engine) if _NAME_GATE & set(normalize(question).split()) else None
    lead, asked = "", question
    if named is not None:
        lead, ans, asked = named  # (the verdict is the other asks', "is it any use for runners")
    # (a dismissive aside, "or is it just a bodyweight thing", offers no second option to choose)
    text = quality_choice(asked, settle_verdict(_without_aside(asked, last_only=True), ans.text))
    if len(split_asks(question)[0]) >= 2:
        text = drop_forestalled(text)
    text = _verdict_up(one_dose(drop_padding(asked, drop_restated(drop_repeats(text)))))
    if not ans.off_topic and rx.match(r"Yes[:,.] ", text) and told_only(question):
        # "...my knee sometimes feels like it's not tracking. I don't know what to ask.": nothing was
        # asked yes or no, so no "Yes" opens the reply
        text = unverdicted(rx.sub(r"^Yes[:,.] (?:because )?", "", text, count=1))
    # "Yes: worth it: plyometrics...": a verdict set over another makes one ("Yes, worth it: ...")
    text = rx.sub(r"(?m)^(Yes|No): ([a-z][\w' ]{2,25}): (?=\S)", r"\1, \2: ", text)
    text = _one_verdict(question, text)
    text = _need_is_yes(question, text)
    text = _whos_right(told, text)
    text = frame_verdict(told, _they_are_right(told, text))
    text = works_verdict(question, machine_stand_in(question, text))
    if lead:
        text = lead + text if lead.endswith(" ") else f"{lead}\n{text}"
    if _CARD_CAUTION in text and not _PAIN_TOLD.search(normalize(question)):
        # (r15 xe) "best moves for a weak butt?": an injury card's "if pain is sharp..." line answers
        # pain nobody told; the moves stand on their own
        text = "\n".join(x for x in text.split("\n") if x.strip() != _CARD_CAUTION)
    text = one_pointer(question, drop_steps(question, text))
    text = _pointer_named(question, text)
    text = _pointer_listed(text)
    if ("before" in _asked_words(question) or "pre" in _asked_words(question)) and not ans.off_topic:
        text = _moves_before_run(question, text)
    text = drop_lacked(question, text)  # (r16 ze) "my gym doesn't have a leg curl machine": not listed
    text = _stairs_for_bench(question, text)  # (r19 tg) "no room for a bench but a stairwell": the stair
    text = _no_bench(question, text)  # (r20 to) "no room for a bench": the step-up on a stair, or left out
    text = _jump_free(question, text)  # (r20 to) "no jumping or impact": no hop drills in any list or lead
    text = _treadmill_only(question, text)  # (r19 tj) "I only run on the treadmill": no jog to a hill
    text = _one_no_kit(text)  # (r16 wb) "No ankle weights? ..." then "No ankle weight? ...": said once
    text = _each_machine(question, text)  # (r17 va) three machines told, "how heavy?": not the first one's
    if ans.off_topic and text == OFF_TOPIC_TEXT:
        text = off_topic_text(normalize(question))  # (r16 zd) "trail shoes for wide feet?": a running shop
    settle_heap(engine)
    return replace(ans, text=_clip(text), context=_picked_context(ans.context, text))


# (r19 tj) The treadmill told as where they run ("I only run on the treadmill, how can I train for hills?",
# "no hills here, just a treadmill"), with no outdoor slope offered as well
_TREADMILL_TOLD = rx.compile(r"\b(?:treadmill|tready|dreadmill)s?\b")
_OUTDOOR_HILL = rx.compile(
    r"\b(?:or (?:a |the )?(?:real |outdoor )?hills?|outside|outdoors?|road|park|trail|ramp|bridge)\b"
)


def _treadmill_only(question: str, text: str) -> str:
    """A reply that gives the treadmill incline to a runner on a treadmill: the outdoor hill's own steps
    ("Hill repeats: 1) Warm up with an easy jog to the hill...") and any jog to a hill are cut."""
    if "Treadmill incline:" not in text:
        return text  # (most replies: no normalising, no pattern)
    plain = normalize(question)
    told = _TREADMILL_TOLD.search(plain)
    if not told or _OUTDOOR_HILL.search(plain):
        return text
    if rx.search(r"\b(?:no|without|not|dont|havent)\b(?: \w+){0,2} $", plain[: told.start()]):
        return text
    lines = [x for x in text.split("\n") if not x.startswith("Hill repeats: ") and "jog to the hill" not in x]
    if len(lines) == len(text.split("\n")):
        return text
    if "5–10%" not in "\n".join(lines):
        # (the grade and the count the hill's line gave, said for the treadmill)
        at = next((i for i, x in enumerate(lines) if POINTER.match(x)), len(lines))
        lines.insert(at, f"Dose: {EXERCISES['treadmill_incline'].dose.text()}.")
    return "\n".join(lines)


def _picked_context(context: str | None, text: str) -> str | None:
    """(r17 vd) "What's a good glute exercise?" -> "The bridge: ...": the move picked is what "how long
    for that one" asks about next, not the muscle's first move."""
    if context is None or not context.startswith("muscle:") or not text.startswith("The "):
        return context
    head = text[4:].split(":", 1)[0]
    pick = next((e.id for e in EXERCISES.values() if e.name.lower() == head), None)
    return f"exercise:{pick}" if pick is not None and ":" in text[:60] else context


_LONE_VERDICT_PARA = rx.compile(r"\n\n(Yes|No)\.(?=\n|$)")


def _verdict_up(text: str) -> str:
    """(r17 vd) "what do the soleus and gastrocnemius do, are they different?": a later part's verdict
    whose reasons the first part already said is left alone ("...\n\nYes."): it opens the reply."""
    if "\n\nYes." not in text and "\n\nNo." not in text:
        return text
    m = _LONE_VERDICT_PARA.search(text)
    # (only right after the first part: a third part's verdict answers its own ask, not the first)
    if (
        m is None
        or "\n\n" in text[: m.start()]
        or _VERDICT_HEAD.match(text)
        or rx.match(r"(?:Yes|No|Not)\b", text)
    ):
        return text
    rest = text[: m.start()] + text[m.end() :]
    return f"{m.group(1)}. {rest}"


_HOW_POINTER = rx.compile(r"(?m)^How to do it: /exercise ([a-z' -]+)$")
_GOOD_LISTED = rx.compile(r"\bGood exercises: ([a-z' ,-]+?)(?: \(|\.)")


def _pointer_listed(text: str) -> str:
    """(r17 vd) "How to do it: /exercise quadriceps extension" under a list the runner's kit cut to home
    moves: the pointer goes to the first move listed."""
    if "How to do it: /exercise " not in text or "Good exercises: " not in text:
        return text
    m, listed = _HOW_POINTER.search(text), _GOOD_LISTED.search(text)
    if m is None or listed is None:
        return text
    names = [x.strip() for x in rx.split(r",\s+|\s+and\s+", listed.group(1)) if x.strip()]
    if not names or m.group(1) in names or names[0] not in {e.name.lower() for e in EXERCISES.values()}:
        return text
    return text[: m.start(1)] + names[0] + text[m.end(1) :]


# (r17 va) The article's three leg machines, and the head a dose line for one of them opens with.
_MACHINE_IDS = frozenset({"exercise:leg_press", "exercise:quad_extension", "exercise:hamstring_curl"})
_MACHINE_HEAD = rx.compile(r"^(Leg press|Quadriceps extension|Hamstring curl): (?=[A-Z])")


def _each_machine(question: str, text: str) -> str:
    """(r17 va) "the instructor showed us the leg press, leg extension and leg curl machines... how heavy,
    how many reps?": the load and dose hold for each machine told, so the reply isn't headed by the first
    one alone ("Leg press: The article gives no set weight...")."""
    m = _MACHINE_HEAD.match(text)
    if m is None:
        return text
    asks, background = split_asks(question)
    told = set(named_exercises(normalize(background))) & _MACHINE_IDS
    if len(told) < 2 or any(named_exercises(normalize(a)) for a in asks):
        return text
    names = [EXERCISES[t.split(":", 1)[1]].name.lower() for t in sorted(told)]
    head = ", ".join(names[:-1]) + f" and {names[-1]}"
    rest = text[m.end() :]
    return f"On each machine ({head}): " + rest[:1].lower() + rest[1:]


# (r17 vf) "any good glute stuff i can do pre long run?": the moves asked for, timed before a run; the
# moves are answered, and when to do them is said too (after the run, and never on a hard-run day).
_MOVES_BEFORE_RUN = rx.compile(
    r"^(?!.*\b(?:warm\w*|stretch\w*|activat\w*|drills?)\b)"
    r"(?=.*\b(?:what|which|any|good|best|suggest\w*|recommend\w*|ideas?)\b)"
    r".*\b(?:exercises?|stuff|moves?|work|workouts?|routine|session|things?)\b(?: \w+){0,6}? (?:before|pre) "
    r"(?:my |a |the |an |each |every )?(?P<kind>long |easy |tempo |interval |morning |evening )?"
    r"(?:run|runs|running)\b"
)
_MOVES_BEFORE_HARD_RUN = (
    "Do them on another day, not before it: a long or hard run makes it a hard-run day, which the article "
    "keeps free of strength work."
)
_MOVES_AFTER_RUN = "Do them after the run, not before it: the article says run first when both share a day."


def _asked_words(question: str) -> frozenset[str]:
    return frozenset(normalize(question).split())


def _moves_before_run(question: str, text: str) -> str:
    m = _MOVES_BEFORE_RUN.search(normalize(question))
    if m is None or rx.search(r"\b(?:run first|hard-run day|hard run)\b", text):
        return text
    line = (
        _MOVES_BEFORE_HARD_RUN
        if (m.group("kind") or "").strip() in ("long", "tempo", "interval")
        else _MOVES_AFTER_RUN
    )
    head, sep, tail = text.rpartition("\n")
    if sep and POINTER.match(tail):
        return f"{head}\n{line}\n{tail}"
    return f"{text}\n{line}"


# (r16 wb) A "No <kit>?" line's head ("No ankle weights? ", "No ankle weight? ").
# (r19 tl) "No hill with a 5–10% grade? ..." after "No hill? ...": the same kit, its qualifier aside
_NO_KIT_HEAD = rx.compile(
    r"^No ([a-z][a-z ]{1,30}?)s?(?: (?:with|of|nearby|near|around|handy)\b[^?\n]{0,40})?\? "
)


def _one_no_kit(text: str) -> str:
    """(r16 wb) The stand-ins for a missing piece of kit said once: a second "No <kit>?" line for the
    same kit (the card's list after the composed answer) is dropped."""
    if text.count("? ") < 2 or "\nNo " not in text:
        return text
    seen: set[str] = set()
    out = []
    for line in text.split("\n"):
        m = _NO_KIT_HEAD.match(line)
        if m is not None:
            if m.group(1) in seen:
                continue
            seen.add(m.group(1))
        out.append(line)
    return "\n".join(out)


# A verdict head at the start of a line: "Yes, it can be: ", "Yes: ", "Yes, usually: ", "No. ".
_VERDICT_HEAD = rx.compile(
    r"(Yes|No)(?:[.:]|, (?:it can be|it can|usually|often|definitely|really|absolutely|in general|"
    r"generally|probably|that's right|it does|it is|they do|they can)[.:,]?|,(?= (?:because|if|as long)\b)) +"
    r"(?=\S)"
)


# (r16 wa) "coach says lifting makes us bulky, my brother says that's rubbish. who's right?": the one
# the article sides with is named first; a young runner's careful start replaces the heavier-load advice.
_WHOS_RIGHT_ASK = rx.compile(r"\b(?:whos|who is|which (?:of (?:them|us|the two) )?is) (?:right|correct)\b")
_WHO_DISMISSES = rx.compile(
    r"\b(?:my|our) ((?:older |younger |big |little )?(?:brother|sister|dad|father|mum|mom|mother|friend|mate|"
    r"coach|teacher|physio|partner|husband|wife|boyfriend|girlfriend|uncle|aunt|cousin|trainer|pt))\b"
    r"(?: (?!(?:my|our)\b)\w+){0,5} (?:says?|said|reckons|thinks|insists)\b(?: \w+){0,3} "
    r"(?:rubbish|nonsense|wrong|a myth|not true|untrue|bs|rot|bollocks|outdated)\b"
)
_TEEN = rx.compile(r"\b(?:i ?a?m|im|aged?) 1[0-7]\b|\b1[0-7] ?(?:yo|years? old)\b|\bteen\w*|\bhigh school\b")


def _whos_right(question: str, text: str) -> str:
    plain = normalize(question)
    if not _WHOS_RIGHT_ASK.search(plain) or BULK_LINE not in text.lower()[:120]:
        return text
    if rx.match(r"(?:Not your|Your) [\w ]{1,40}(?::| is right:| are right:)", text):
        return text  # (r17 uc) the side already named by who said it ("Not your teammates: ...")
    m = _WHO_DISMISSES.search(plain)
    who = f"Your {m.group(1)} is right" if m else "Lifting's side is right"
    first, _, rest = text.partition("\n")
    body = rx.sub(r"^(?:No[:,.] )?", "", first)
    body = body[:1].lower() + body[1:]
    if _TEEN.search(plain):
        body = body.split(". ", 1)[0].rstrip(".") + (
            ". At your age, start with the bodyweight basics (calf raises, one-legged squats, step-ups, "
            "bridges) and have a coach check your form before adding weights (the article doesn't cover "
            "young runners)."
        )
    return f"{who}: {body}" + (f"\n{rest}" if rest else "")


# (r17 ub) "my coach says dont lift on tempo days, is she right?": a "don't" told by someone, then whether
# they're right; the article's "No: not on a hard-run day" agrees with them, so the verdict is "Yes".
_TOLD_DONT = rx.compile(
    r"\b(?:my|our) ((?:\w+ )?(?:brother|sister|dad|father|mum|mom|mother|friend|mate|coach|teacher|physio|"
    r"partner|husband|wife|boyfriend|girlfriend|gf|bf|buddy|pal|bro|sis|team|trainer|pt|doctor|gp|club|"
    r"instructor))\b(?: \w+){0,3} "
    r"(?:says?|said|told me|tells me|reckons|thinks|insists)(?: that)?(?: \w+){0,2} "
    r"(?:dont|do not|never|no|not|avoid|skip|shouldnt|should not|cant|mustnt)\b"
)
_THEY_RIGHT_ASK = rx.compile(
    r"\b(?:is|are) (?:she|he|they|that|this|it|him|her) (?:right|correct|true|wrong)\b|"
    r"\b(?:right|correct)\?*$"
)
_REPLY_FORBIDS = rx.compile(
    r"\b(?:don't|do not|skip|not on|avoid|never|keep (?:it|them|strength work) off|no \w+ing)\b"
)


def _they_are_right(question: str, text: str) -> str:
    if not text.startswith("No") or not rx.match(r"No[:,.] ", text):
        return text
    plain = normalize(question)
    m = _TOLD_DONT.search(plain)
    if m is None or not _THEY_RIGHT_ASK.search(plain) or not _REPLY_FORBIDS.search(text.split("\n")[0][:160]):
        return text
    wrong = bool(rx.search(r"\b(?:wrong|incorrect)\b", plain))
    who = m.group(1)
    head = rx.match(r"No(?:, (?:don't|do not|never|skip|avoid)\b[^:.\n]{0,30})?[:,.] ", text)
    body = text[head.end() if head else 4 :]
    lead = f"No, your {who} isn't wrong" if wrong else f"Yes, your {who} is right"
    return f"{lead}: {body[:1].lower()}{body[1:]}"


# "do I really need it?", "is it necessary?", "do I have to?": a need asked of the strength work.
_NEED_ASK = rx.compile(
    r"\b(?:do|would|will|does) (?:i|we|runners|you|a runner) "
    r"(?:really |actually |even |still |honestly |truly )*"
    r"need (?:it|them|that|this|to|leg|legs|strength|lifting|weights|the gym|any)\b|"
    r"\b(?:is|are) (?:it|that|this|they|leg day|lifting|legs|strength \w+) (?:really |actually |even |still |"
    r"truly )*(?:necessary|needed|required|essential|a must)\b|"
    r"\b(?:do|must) i (?:really |actually |even |still )*have to\b"
)


def _need_is_yes(question: str, text: str) -> str:
    """(r15 yb) "they say never skip leg day but I run every day, do I really need it?" -> not "No, don't
    skip it." nor "No: running ... is an inefficient way to build strength": the need asked is a Yes, and
    the reply's own reason says so (a "No" there answered a skip or an "is running enough" nobody asked)."""
    asks = split_asks(question)[0]
    last = normalize(asks[0] if asks else question)  # (r17 vd: the first ask is the one the lead answers)
    if not _NEED_ASK.search(last) or rx.search(r"\b(?:gym|machines?|weights?|equipment|kit)\b", last):
        return text  # ("do I need a gym / weights?": No is right, bodyweight works)
    first, sep, rest = text.partition("\n")
    m = rx.match(r"No(?:, don't skip it)?[,:.] +", first)
    if m is None or not LIFTING_NEEDED.search(first):
        return text
    body = first[m.end() :]
    return "Yes: " + body[:1].lower() + body[1:] + sep + rest


def _one_verdict(question: str, text: str) -> str:
    """(r15 yb) One ask gets one verdict: "could weak hips make my knees cave in?" was answered by two
    lines each opening "Yes, ..." (a form sign's lead, then the injury card's own "Yes, it can be:").
    A later line or paragraph whose verdict says the same as the first loses its head; a verdict of the
    other polarity (an answer turned round) is left for the reader to see."""
    lines = text.split("\n")
    m = _VERDICT_HEAD.match(lines[0]) if lines else None
    if m is None or len(lines) < 2 or len(split_asks(question)[0]) > 1:
        return text
    if "?" in question.rstrip().rstrip("?!. ")[:-1]:
        return text  # (two question marks: two asks, each may have its verdict)
    for k in range(1, len(lines)):
        lm = _VERDICT_HEAD.match(lines[k])
        if lm is not None and lm.group(1) == m.group(1) and not lines[k][lm.end() :].startswith("because "):
            lines[k] = unverdicted(lines[k][lm.end() :])
    return "\n".join(lines)


_CARD_CAUTION = INJURY_CAUTION
_PAIN_TOLD = rx.compile(
    r"\b(?:pain\w*|aches?|aching|achy|hurt\w*|sore\w*|niggl\w*|tender|twing\w*|injur\w*|splints?|strain\w*|"
    r"sprain\w*|pulled|tight\w*|stiff\w*|swell\w*|swollen|sharp|knees?|kneecaps?|shin\w*|pfps|itb|it band|"
    r"tibial|mtss|"
    r"tendon\w*|tendin\w*|achilles|heels?|problems?|issues?|syndrome|grumbl\w*|click\w*|crack\w*|flare\w*|"
    r"rehab\w*|recover\w*|physio\w*|doctor|prone)\b"
)


# "whats it called", "what do you call those", "is there a name for that", "what are those": the runner
# describes a kind of training or a move and asks its name.
_NAME_GATE = frozenset({"called", "call", "name", "those", "these"})
_NAME_ASK = rx.compile(
    r"\bwhat(?:s| is| are)? (?:it|that|this|they|those|these|the (?:drills?|exercises?|moves?|things?|ones?))"
    r"(?: (?:drills?|exercises?|moves?|things?|ones?|workouts?|training))? (?:called|named)\b|"
    r"\bwhat (?:do|would|does) (?:you|they|people|we|i|coaches|anyone|one) call "
    r"(?:it|that|this|them|those|these|the)\b|"
    r"\b(?:whats|what is|is there|theres|there is|got|know) (?:the |a |an )?"
    r"(?:proper |real |official |actual )?name (?:of|for)\b|"
    r"^(?:so |and |ok )?what (?:are|r) (?:those|these)(?: (?:even|exactly|then))?$"
)
# Training the article names as a kind, not one move: what to call it, and what it is.
_KIND_NAMES = {
    "rule:plyometrics": ("plyometrics", "jumping and bounding drills, like line hops, box hops and skipping"),
    "rule:one_legged": ("one-legged (single-leg) exercises", "each leg working on its own, as in running"),
    "rule:balance_training": (
        "balance training",
        "moves that make you hold yourself steady, such as one-legged exercises",
    ),
    "rule:free_weights": ("free-weight training", "dumbbells and ankle weights rather than machines"),
}
# An ask that asks something (not the description told before "whats it called").
_AN_ASK = rx.compile(
    r"^(?:(?:so|and|but|ok|also|plus) )*(?:what|whats|which|how|why|when|where|is|are|do|does|can|could|"
    r"should|would|will|any|worth)\b"
)
_BACK_REF = rx.compile(r"\b(?:it|they|them|those|these|that|this)\b")


def _name_first(question: str, ans: Answer, engine: Answerer) -> tuple[str, Answer, str] | None:
    """ "the bouncy jumping training where you hop over lines, whats it called and is it any use?": the
    name first ("That's plyometrics: jumping and bounding drills."), then the message's other asks
    about it, with the name put for "it" (not the stock reply to "is it any use for runners")."""
    if not ans.found or ans.off_topic or not ans.topics:
        return None
    asks = split_asks(question)[0]
    name_asks = [a for a in asks if _NAME_ASK.search(normalize(a))]
    if not name_asks:
        return None
    tid = ans.topics[0]
    t = BY_ID.get(tid)
    if t is None:
        return None
    if tid in _KIND_NAMES:
        phrase, what = _KIND_NAMES[tid]
    elif isinstance(t.ref, Exercise):
        title = t.title.lower()
        phrase = title if title.endswith(("s", "ing")) else f"the {title}"
        what = ""
    else:
        return None
    rest = [a for a in asks if a not in name_asks and _AN_ASK.match(normalize(a))]
    if not rest and phrase.removeprefix("the ").split(" (")[0] in ans.text[:25].lower():
        return None  # (the reply already leads with the name)
    plural = phrase.endswith("s") and bool(
        rx.search(r"\b(?:they|those|these|them)\b", normalize(name_asks[0]))
    )
    lead = f"{'Those are' if plural else 'That' + chr(39) + 's'} {phrase}{': ' + what if what else ''}."
    body, asked = ans, question
    if rest:
        said = " ".join(
            _BACK_REF.sub(phrase, a, count=1) if _BACK_REF.search(a) else f"{a.rstrip(' ?.')} - {phrase}?"
            for a in rest
        )
        more = respond(said, None, engine.answer, engine)
        if more.found and not more.off_topic:
            body, asked = more, said
    text = body.text
    if what:
        # (r15 yd) "That's plyometrics: jumping and bounding drills..." then "Yes: jumping and bounding drills
        # (plyometrics) work...": the verdict says "they", not the description and the name again
        said = what.split(",")[0]
        again = rx.match(rf"((?:Yes|No)[:,] ){re.escape(said)}(?: \([^()]*\))? (?=\w)", text, re.IGNORECASE)
        if again:
            text = f"{again.group(1)}they {text[again.end() :]}"
    if text.startswith(f"{t.title}: "):
        text = _cap(text[len(t.title) + 2 :])  # ("That's the wall squat. Lower yourself...": named once)
    first = rx.match(r"[^\n]*?[.!?](?:\s+|$)", text)
    if first and set(normalize(first.group(0)).split()) - STOPWORDS <= set(normalize(lead).split()):
        text = text[first.end() :]  # ("Plyometrics are jumping and bounding drills.": the lead said it)
    if not what:
        lead += " "  # (a short lead runs on into the answer)
    return (
        lead,
        replace(body, text=text, topics=tuple(dict.fromkeys((tid, *body.topics))), context=tid),
        asked,
    )


def answer_topic(topic_id: str) -> Answer | None:
    """The answer for one topic by id (from a "closest topics" button); None if there is no such topic."""
    return answerer().answer_topic(topic_id)
