"""Follow-ups of the last topic, for ``answer_one`` (content/one_ask.py): the other exercises of a
list, the next step of a progression, a part of the body asked about, a version or sibling of an
exercise, which muscle does a job, the next unsaid fact of a card, and the small asks that lean on
what came before (keep running?, feel it where?, at home?, a rest day, short on time, one pick).
Pure, like the rest of content/.
"""

from __future__ import annotations

import re
from dataclasses import replace

from content import rx
from content.anatomy import INJURIES, MUSCLES
from content.asks import (
    BACK,
    MUSCLE_WORDS,
    POINTER,
    SENTENCE,
    Ask,
    Engine,
    named_exercises,
    says_exercise,
    trace,
)
from content.cards import exercises_for_muscle, muscle_names
from content.compose import ask_of
from content.direct import direct
from content.exercises import EXERCISES
from content.guidance import EQUIPMENT, RULES
from content.model import Answer
from content.plan import plan
from content.situation import (
    family,
)
from content.steer import steer
from content.text import STOPWORDS, normalize
from content.topics import topic_title
from content.week import their_days

TAKEN_ASK = rx.compile(
    r"\b(?:taken|busy|occupied|in use|being used|hogged|out of order|broken|packed|full)\b"
)

# "what exercises should I do for them?" after an exercise's muscles: exercises for those muscles.
FOR_THEM = rx.compile(
    r"\b(?:what|which) (?:other )?(?:exercises?|moves?|strength work)\b.*"
    r"\b(?:for|train|work|strengthen|build) (?:them|those|these|those muscles|these muscles)\b"
)

# Words that point back at what was just said.
LACK = rx.compile(r"\b(?:no|dont|havent|without|cant|lack|missing|nothing)\b")

# "would that help my weak side?", "so that'd fix it?", "will it help with shin splints?"
WOULD_HELP = rx.compile(
    r"\b(?:would|will|does|do|could|can|should) (?:that|it|this|they|those|these|them) "
    r"(?:\w+ )?(?:help|work|fix|improve|sort)\b|"
    # (r16 za) "would those side-lying leg lifts help?", "will some calf raises fix it?": a move named
    r"^(?!.*\bor\b)(?:(?:and|so|but) )*(?:would|will|could|can) (?:those|these|the|some|leg|strength|lifting|"
    r"weights) "
    r"(?:\w+ ){0,4}(?:help|fix|improve)\b|"
    r"\b(?:thatd|itd|theyd|thatll|itll|theyll|(?:that|it|they) (?:would|will)) "
    r"(?:\w+ )?(?:help|work|fix|improve|sort)\b"
)


# The exercises a topic lists, in its own order (what "besides X" and "any that don't need a step" pick from).
_LISTS = {
    "rule:plyometrics": ("line_hops", "box_hops", "skipping"),
    "rule:home_workout": ("calf_raise", "one_leg_squat", "hamstring_pushup", "step_up", "bridge"),
    "rule:routine": ("calf_raise", "one_leg_squat", "hamstring_pushup", "step_up", "bridge"),
    "rule:machines": ("quad_extension", "hamstring_curl", "leg_press"),
    "rule:free_weights": ("lunge", "wall_squat", "hip_abduction", "supine_leg_lift"),
    "rule:balance_training": ("one_leg_squat", "lunge", "step_up"),
    "rule:one_legged": ("one_leg_squat", "calf_raise", "step_up"),
}


def listed(topic_id: str | None) -> tuple[str, ...]:
    """The exercise ids a topic lists: an injury's, a muscle's, a list rule's; an exercise's own muscle's."""
    if not topic_id:
        return ()
    kind, _, key = topic_id.partition(":")
    if kind == "injury" and key in INJURIES:
        return INJURIES[key].helps
    if kind == "muscle" and key in MUSCLES:
        return tuple(e.id for e in exercises_for_muscle(key))
    if kind == "exercise" and key in EXERCISES and EXERCISES[key].primary:
        return tuple(e.id for e in exercises_for_muscle(EXERCISES[key].primary[0]))
    return _LISTS.get(topic_id, ())


# "besides calf raises", "apart from bridges", "what else", "any others", "other exercises"
_OTHER = rx.compile(
    r"\b(?:besides|apart from|other than|aside from|except(?: for)?|on top of|in addition to)\b"
    r"(?! (?:that|this|it|those|these)\b)|"  # ("other than that, how many?": not a list)
    r"\b(?:any|some|what|which) (?:others\b|other\s*$|other (?:exercises?|moves?|ones|options|drills)\b)|"
    r"\bother (?:exercises?|moves?|ones|options|drills|machines?|free weight (?:moves|exercises))\b|"
    r"\b(?:anything|something) else\b(?! (?:i should|should i|to) (?:know|remember|keep|watch|avoid))|"
    r"\bwhat else(?: (?:can|could|should|would) i do| (?:works?|helps?|is good|would work)|\s*$| for\b)"
)


_EXCLUDING = frozenset("besides apart other aside except".split())
# (r16 zd) "what other machines then?" after the leg press: the kind asked names the list (the other
# machines), not the exercise's own muscle's moves
_KIND_LIST = (
    (rx.compile(r"\bmachines?\b"), "rule:machines"),
    (rx.compile(r"\bfree weights?\b"), "rule:free_weights"),
)
# "for that / for it / for the same thing": the purpose of the move just asked about
_FOR_PURPOSE = rx.compile(r"\b(?:for|with|help\w*) (?:that|it|this|them|the same (?:thing|problem|issue))\b")


# "any that don't need a step", "which ones work without a bench": the list, less that kit.
_NO_KIT = rx.compile(
    # ((r19 tj) "and if I have no step?", "and if I don't own a box?" after shin splints: the same list less
    # that kit, whatever the ask's opening)
    r"\b(?:any|which|what|ones?|exercises?|moves?|something|anything|if)\b.*"
    r"\b(?:dont|doesnt|do not|does not|havent|hasnt|have not|without|no|minus|skip(?:ping)? the)\s+"
    r"(?:need(?:ing)?\s+|us(?:e|ing)\s+|requir(?:e|ing)\s+|own(?:ing)?\s+|(?:have|has)(?: got)?\s+|got\s+)?"
    r"(?:a |an |any |the )?"
    r"(step|stairs?|bench|box|ball|chair|wall|weights?|dumbbells?|machines?|hill|treadmill|gym|kit|equipment)\b"
)


def _kit_of(ex_id: str) -> str:
    ex = EXERCISES[ex_id]
    return normalize(" ".join((*ex.equipment, ex.setting, *ex.steps[:1])))


def _needs(ex_id: str, kit: str) -> bool:
    kit = kit.rstrip("s") if kit not in ("stairs",) else "stair"
    uses = _kit_of(ex_id)
    if kit in ("kit", "equipment"):
        return bool(EXERCISES[ex_id].equipment) and "floor" not in uses
    if kit == "gym":
        return EXERCISES[ex_id].setting == "gym"
    if kit in ("weight", "dumbbell"):
        return "dumbbell" in uses or "weight" in uses
    if kit in ("step", "stair", "box", "bench"):
        return bool(rx.search(r"\b(?:steps?|stairs?|box|bench|block)\b", uses))
    return kit in uses


def others(ask: str, context: str | None, answer_fn: Ask | None = None) -> Answer | None:
    """ "anything besides calf raises?" after shin splints, "any that don't need a step?": the listed
    exercises less the one named (and its versions) or less those that need the kit; None if the ask
    is not one of those."""
    plain = normalize(ask)
    other = _OTHER.search(plain)
    no_kit = _NO_KIT.search(plain)
    if (not other and not no_kit) or FOR_THEM.search(plain):
        return None  # ("what other exercises train those?": the muscles just named, below)
    named = named_exercises(plain)
    named = [t for t in named if not any(t != o and t in family(o) and o in named for o in named)] or named
    if other and not named and answer_fn is not None and other.group(0).split()[0] in _EXCLUDING:
        # "other than the curl machine": what the words after it land on, if one exercise
        after = plain[other.end() :].strip()
        if len([w for w in after.split() if w not in STOPWORDS]) >= 1:
            routed = answer_fn(after)
            if routed.found and len(routed.topics) == 1 and routed.topics[0].startswith("exercise:"):
                named = [routed.topics[0]]
    rest = plain
    for t in named:  # ("calf raises" names an exercise, not the calves)
        for n in (EXERCISES[t.split(":", 1)[1]].name, *EXERCISES[t.split(":", 1)[1]].aliases):
            rest = rx.sub(rf"\b{re.escape(normalize(n))}s?\b", " ", rest)
    muscle = next((m for w, m in MUSCLE_WORDS if rx.search(rf"\b(?:{w})\b", rest)), None)
    if other and not named and context and context.startswith("exercise:"):
        named = [context]  # "any others?" after the calf raise: others than it
    shown: tuple[str, ...] = ()
    if (
        other
        and not named
        and not no_kit
        and context
        and context.startswith(("injury:", "muscle:"))
        and muscle is None
        and len([w for w in plain.split() if w not in STOPWORDS]) <= 3
    ):
        # (r15 ya) a bare "anything else?", "any other exercises?" after runner's knee or a muscle:
        # the ones the reply didn't show (an injury's first three, a muscle's first four)
        shown = listed(context)[: 3 if context.startswith("injury:") else 4]
    if other and not named and not no_kit and not shown:
        return None  # "anything else for shin splints?": nothing to leave out
    if other and not no_kit and (LACK.search(plain) or TAKEN_ASK.search(plain)):
        return None  # "I don't have a chair, what else works?": a stand-in for the kit (its swap)
    if no_kit and not other and (named or not context or context.startswith("exercise:")):
        return None  # "what if I don't have a step?" after calf raises: that exercise's swap
    kind_list = next((t for p, t in _KIND_LIST if p.search(plain)), None) if other else None
    source = kind_list or muscle or (context if context and not context.startswith("exercise:") else None)
    if source is None and context and context.startswith("exercise:") and _FOR_PURPOSE.search(plain):
        # (r15 xe) "anything else for that besides calf raises?" after "calf raises help shin splints?":
        # "that" is what the move was for, the injury it helps, not more moves like it
        ex = EXERCISES.get(context.split(":", 1)[1])
        if ex is not None and ex.prevents:
            source = f"injury:{ex.prevents[0]}"
    pool = list(listed(source) or listed(named[0] if named else context))
    if not pool:
        return None
    out_ids = {t.split(":", 1)[1] for n in named for t in family(n)} | set(shown)
    # (a shown move's own versions are not "something else": the weighted calf raise after the calf raise)
    out_ids |= {e for e in pool if EXERCISES[e].variation_of in shown}
    picked = [e for e in pool if e not in out_ids]
    kit = no_kit.group(1) if no_kit else ""
    if kit:
        picked = [e for e in picked if not _needs(e, kit)]
    if not picked or (len(picked) == len(pool) and not kit):
        return None
    picked = picked[:3]
    names = [EXERCISES[e].name.lower() for e in picked]
    listed_names = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
    if named and other:
        left = EXERCISES[named[0].split(":", 1)[1]].name.lower()
        lead = f"Besides the {left}: the {listed_names}"
    elif shown and context == "injury:hip_weakness":
        lead = f"Also for weak hips: the {listed_names}"
    elif shown and context and context.startswith("injury:"):
        # (the chat's injury said as the reply before said it: "if it's", no diagnosis of a symptom)
        lead = f"If it's {INJURIES[context[7:]].name.lower()}, also: the {listed_names}"
    elif shown and context and context.startswith("muscle:"):
        lead = f"Also for the {MUSCLES[context[7:]].name.lower()}: the {listed_names}"
    else:
        lead = f"Without a {kit.rstrip('s')}: the {listed_names}" if kit else f"Also: the {listed_names}"
    first = EXERCISES[picked[0]]
    dose = first.dose.text()
    same = all(EXERCISES[e].dose.text() == dose for e in picked)
    each = " each" if len(picked) > 1 and same and not dose.endswith(" each leg") else ""
    lead += f" ({dose}{each})." if same else "."
    how = " ".join(first.steps) if len(first.steps) <= 3 else first.summary
    how = how if len(picked) == 1 else f"{first.name}: {how}"
    swap = _kit_swap(kit, pool[:3]) if kit and not other else ""
    text = f"{lead}\n{how}\n{swap + chr(10) if swap else ''}Full card: /exercise {names[0]}"
    topic = f"exercise:{first.id}"
    trace("others", topic)
    # (after an injury's or a muscle's list, the chat stays on it: "how many reps?" is about its moves)
    return Answer(text, topic, True, (), topics=(topic,), context=context if shown and context else topic)


def _kit_swap(kit: str, shown: tuple[str, ...] | list[str]) -> str:
    """(r19 tj) "and if I have no step?" after shin splints: the first shown move that needs the kit,
    with the kit's own stand-in for it ("Calf raise: ... or flat on the floor."), or ""."""
    for ex_id in shown:
        if not _needs(ex_id, kit):
            continue
        for e in EQUIPMENT.values():
            if ex_id not in e.used_by or not _needs(ex_id, kit) or kit.rstrip("s") not in normalize(e.name):
                continue
            name = normalize(EXERCISES[ex_id].name)
            own = next((x for x in e.substitutes if normalize(x.split(":", 1)[0]) == name), None)
            if own is not None:
                return own
    return ""


# The article's sequences: line hops, then box hops, then skipping; the side-lying hip raise, then
# the same lift lying on your back.
_NEXT = {
    "exercise:line_hops": "exercise:box_hops",
    "exercise:box_hops": "exercise:skipping",
    "exercise:hip_abduction": "exercise:supine_leg_lift",
}


# "and after?", "then what?", "what's next?", "and after both sides?"
_NEXT_ASK = rx.compile(
    r"^(?:(?:and|so|ok|okay|then|but)\s+)*(?:what s |whats |what is )?(?:next|after\b|afterwards|then what)"
)


_AFTER_WORDS = frozenset(
    "after afterwards afterward later end finish finished finishing done post next then what whats about so "
    "and ok okay both sides side workout session lifting leg day it that this those them once when anything "
    "over".split()
)


_BEFORE_WORDS = frozenset(
    "before beforehand first start begin earlier pre what whats about so and ok okay workout session lifting "
    "leg day it that this those them".split()
)


def _only(plain: str, allowed: frozenset[str], need: set[str]) -> bool:
    words = [w for w in plain.split() if w not in STOPWORDS or w in need]
    return bool(set(words) & need) and all(w in allowed or w in STOPWORDS for w in words)


def next_step(ask: str, context: str | None, engine: Engine) -> Answer | None:
    """ "and after?" after the warm-up: the stretch; "and before?" after the stretch: the warm-up;
    "what's next?" after line hops: box hops. None otherwise."""
    if context is None:
        return None
    plain = normalize(ask)
    after = _only(
        plain,
        _AFTER_WORDS,
        {
            "after",
            "afterwards",
            "afterward",
            "next",
            "end",
            "finish",
            "finished",
            "finishing",
            "post",
            "done",
        },
    )
    before = _only(plain, _BEFORE_WORDS, {"before", "beforehand", "first", "start", "pre"})
    if context == "rule:warm_up" and after:
        return engine.compose_for("rule:stretch_after", "what should i do after")
    if context == "rule:stretch_after" and before:
        return engine.compose_for("rule:warm_up", "what should i do before")
    if context in _NEXT and after and _NEXT_ASK.search(plain):
        then = _NEXT[context]
        ans = engine.compose_for(then, f"how do i do {topic_title(then) or ''}")
        if ans is not None:
            trace("next", then)
            return replace(ans, text=f"Then: {ans.text}")
    return None


# "what comes after hopping over a line?", "what do I move on to from box hops?": the next drill.
_AFTER_THIS = rx.compile(
    r"\b(?:what (?:comes|goes|do i do|should i do|do i move on to|do i progress to)|whats|what is|"
    r"where do i go|how do i progress|progression|move on|progress|next step|next stage|level up) "
    r"(?:\w+ ){0,2}(?:after|from|beyond|once i (?:can|have|ve|m))\b|"
    # "and after hopping over the line, what next?", "once I can do box hops, what then?"
    r"^(?:(?:and|so|ok|okay|but) )*(?:after|once i (?:can do|have done|ve done|ve nailed)|beyond) "
    r"(?:\w+ ){1,6}"
    r"(?:what next|whats next|what then|then what|what now|what comes next|what do i do next)\b"
)
# "without stepping back", "instead of lying on my side", "is there a version on my back?", "only on my
# side?": a related exercise (a variation, or the next drill) that differs in just that.
_OTHER_WAY = rx.compile(
    r"\b(?:without|instead of|rather than|not)\s+(\w+)|\b(?:version|variation|way|option) (?:\w+ ){0,2}"
    r"(?:on|with|lying|standing|without|that)\b|^(?:(?:is it|so|and|but) )?only\b"
)


def _related(context: str) -> list[str]:
    """The exercises one step from this one: its variations, the one it varies, the drill before or after."""
    ex_id = context.split(":", 1)[1]
    ex = EXERCISES[ex_id]
    out = [e.id for e in EXERCISES.values() if e.variation_of == ex_id]
    if ex.variation_of:
        out.append(ex.variation_of)
    out += [k.split(":", 1)[1] for k, v in _NEXT.items() if v == context]
    if context in _NEXT:
        out.append(_NEXT[context].split(":", 1)[1])
    return [e for e in dict.fromkeys(out) if e != ex_id]


def _ex_text(ex_id: str) -> str:
    ex = EXERCISES[ex_id]
    return normalize(" ".join((ex.name, *ex.aliases, ex.summary, *ex.steps)))


# "where should my knees be?", "my back, where does it go?" about an exercise: its lines about it.
_WHERE_PART = rx.compile(
    r"\b(?:where|how) (?:should|do|does|must|would) (?:my|the|your) (?P<a>\w+) "
    r"(?:be|go|point|sit|stay|end up|finish)\b|"
    r"\b(?:my|the) (?P<b>\w+),? where (?:do|does|should) (?:they|it) (?:go|be)\b|"
    r"\bwhere (?:do|should) i (?:put|keep|place) (?:my|the) (?P<c>\w+)\b"
)
_PARTS = frozenset(
    "knee knees foot feet toe toes heel heels back torso trunk hip hips arm arms hand hands leg legs "
    "shoulder shoulders butt bum chest".split()
)


def _part_pattern(part: str) -> re.Pattern[str]:
    stem = {"feet": "f", "knees": "knee", "toes": "toe"}.get(part, part.rstrip("s"))
    words = {
        "f": r"feet|foot",
        "back": r"torso|trunk|upper body|upright|back(?! (?:to|down|up|where|and|on|so))",
        "torso": r"torso|trunk|upper body|upright",
        "trunk": r"torso|trunk|upper body|upright",
    }.get(stem, re.escape(stem))
    return rx.compile(rf"\b(?:{words})", re.IGNORECASE)


def _part_in_listed(part: str, context: str) -> Answer | None:
    """The first move a muscle lists whose steps or cues place ``part`` (only a part few moves name:
    "shoulders" picks the bridge; "knees", in most of them, picks none)."""
    pat = _part_pattern(part)
    hits = [
        (e, [x for x in (*EXERCISES[e].steps, *EXERCISES[e].cues) if pat.search(x)])
        for e in listed(context)
        if e in EXERCISES
    ]
    hits = [(e, lines) for e, lines in hits if lines]
    if len(hits) != 1:
        return None
    ex = EXERCISES[hits[0][0]]
    lines = hits[0][1][:2]
    topic = f"exercise:{ex.id}"
    trace("where_part", topic)
    return Answer(
        f"{ex.name}: {' '.join(lines)}\nFull card: /exercise {ex.name.lower()}",
        topic,
        True,
        (),
        topics=(topic,),
        context=topic,
    )


def where_part(ask: str, context: str | None, earlier: bool = False) -> Answer | None:
    """ "where should my knees be?" after the wall squat: the step and the cue that place the knees
    (bent to 90°, not out past the toes), not only the first of them. ``earlier``: another ask of the
    message came first (its reply may hold the step), so the cue leads."""
    if context is None or not context.startswith(("exercise:", "muscle:")):
        return None
    m = _WHERE_PART.search(normalize(ask))
    part = (m.group("a") or m.group("b") or m.group("c")) if m else None
    if part is None or part not in _PARTS:
        return None
    if context.startswith("muscle:"):
        # "where should my shoulders be?" after a muscle's moves: the listed move whose steps place them
        return _part_in_listed(part, context)
    ex = EXERCISES[context.split(":", 1)[1]]
    pat = _part_pattern(part)
    picked: list[str] = []
    for line in (*ex.steps, *ex.cues):
        if not pat.search(line):
            continue
        figures = set(rx.findall(r"\d+°?", line))
        if any(figures and figures <= set(rx.findall(r"\d+°?", p)) for p in picked):
            continue  # "Stop at 90° at the knee" after "bent to 90°"
        if any(len(set(normalize(line).split()) - set(normalize(p).split()) - STOPWORDS) < 3 for p in picked):
            continue  # "Shoulder blades stay on the floor." after the step that says it
        picked.append(line)
        if len(picked) == 2:
            break
    if len(picked) < 2:
        return None  # one line is what the card's own reply gives already
    if earlier:
        # (r15 ya) "how low, and where do the knees go?": the depth was the first ask's, the cue is new
        picked.sort(key=lambda x: x not in ex.cues)
    trace("where_part", context)
    return Answer(
        f"{ex.name}: {' '.join(picked)}\nFull card: /exercise {ex.name.lower()}",
        context,
        True,
        (),
        topics=(context,),
        context=context,
    )


# "talk me through lunges, including the walking version", "calf raises, and the weighted one too"
_ALSO_VERSION = rx.compile(
    r"\b(?:including|incl|and|plus|also|with|as well as) (?:also )?(?:the |a |its )?(?P<what>(?:\w+ ){0,3}?)"
    r"(?:version|variation|variant|one|kind)s?\b(?P<tail>(?: \w+){0,3})"
)


def version_of(topic: str, words: list[str]) -> str | None:
    """The exercise next to this one (a variation, the drill before or after) that the words describe
    and this one's own text doesn't ("walking" -> the walking lunge after the lunge)."""

    def names(e: str) -> str:
        return normalize(" ".join((EXERCISES[e].name, *EXERCISES[e].aliases)))

    me = topic.split(":", 1)[1]
    for text_of in (names, _ex_text):  # its name says it ("weighted"), else its steps ("on your back")
        own = text_of(me)
        hit = next(
            (
                e
                for e in _related(topic)
                if all(rx.search(rf"\b{re.escape(w[:4])}", text_of(e)) for w in words)
                and any(not rx.search(rf"\b{re.escape(w[:4])}", own) for w in words)
            ),
            None,
        )
        if hit is not None:
            return hit
    return None


# "and the weighted version too?" as its own ask after an exercise's: that version.
VERSION_ASK = rx.compile(
    r"^(?:and |also |plus |what about |how about )?(?:the |a |its )?(?P<what>(?:\w+ ){1,3}?)"
    r"(?:version|variation|variant|one)s?(?: too| as well| aswell)?\W*$"
)


def also_version(message: str, ans: Answer, engine: Engine) -> Answer | None:
    """The reply about an exercise, with the version of it the message also asked for ("including the
    walking version": the walking lunge's steps after the lunge's)."""
    if not ans.found or not ans.topic or not ans.topic.startswith("exercise:"):
        return None
    if any(not t.startswith("rule:") for t in ans.topics[1:]):
        return None  # (two exercises asked: answered as asked)
    plain = normalize(message)
    m = _ALSO_VERSION.search(plain)
    if m is None:
        return None
    words = [
        w
        for w in f"{m.group('what')} {m.group('tail')}".split()
        if w not in STOPWORDS and w not in ("too", "aswell", "well", "please", "pls")
    ]
    if not words:
        return None
    topic = ans.topic
    best = version_of(topic, words)
    if best is None:
        return None
    ask = plain[: m.start()].strip() or "how do i do it"
    if len(ans.topics) > 1:
        # "calf raises, and the weighted version too": the rule the word "weighted" glued on goes
        alone = engine.compose_for(topic, ask)
        if alone is None:
            return None
        ans = replace(ans, text=alone.text, topics=(topic,))
    name = normalize(EXERCISES[best].name)
    me = EXERCISES[topic.split(":", 1)[1]]
    base = [normalize(n) for n in (me.name, *me.aliases)]
    said = [b for b in sorted(base, key=len, reverse=True) if rx.search(rf"\b{re.escape(b)}", ask)]
    # "how many sets of one-legged squats": the same ask about the version
    swapped = rx.sub(rf"\b{re.escape(said[0])}\w*", name, ask, count=1) if said else ""
    more = engine.compose_for(f"exercise:{best}", swapped or f"how do i do {name}")
    if more is None:
        return None
    trace("also_version", best)
    body = [x for x in ans.text.split("\n") if not POINTER.match(x)]
    pointers = [x for x in (*ans.text.split("\n"), *more.text.split("\n")) if POINTER.match(x)]
    more_body = [x for x in more.text.split("\n") if not POINTER.match(x)]
    head, more_head = (SENTENCE.split(x[0])[0] if x else "" for x in (body, more_body))
    if body and more_body and head.split(": ", 1)[-1] == more_head.split(": ", 1)[-1]:
        # the same dose for both: said once, for both ("... each leg, the same for the weighted one")
        shown = EXERCISES[best].name.lower()
        body[0] = body[0].replace(head, f"{head.rstrip('.')}, the same for the {shown}.", 1)
        more_body = []
    text = "\n".join(body) + ("\n\n" + "\n".join(more_body) if more_body else "")
    text += "\n" + "\n".join(pointers[:2]) if pointers else ""
    return replace(ans, text=text, topics=(topic, f"exercise:{best}"))


def comes_after(ask: str, context: str | None, alone: Answer, engine: Engine) -> Answer | None:
    """ "what comes after hopping over a line?": the next drill of the one the ask names (or the last one)."""
    plain = normalize(ask)
    if not _AFTER_THIS.search(plain):
        return None
    named = next((t for t in alone.topics if t in _NEXT and says_exercise(t, plain)), None)
    if named is None and alone.found and alone.topics[:1] and alone.topics[0] in _NEXT:
        named = alone.topics[0]
    if (
        named is None
        and context is not None
        and context in _NEXT
        and (says_exercise(context, plain) or rx.search(r"\b(?:there|that|it|them|this|those)\b", plain))
    ):
        named = context  # "what do I progress to from there?" after box hops
    if named is None:
        return None
    then = _NEXT[named]
    ans = engine.compose_for(then, f"how do i do {topic_title(then) or ''}")
    if ans is None:
        return None
    trace("comes_after", then)
    title = topic_title(then) or ""
    body = ans.text[len(title) + 2 :] if ans.text.startswith(f"{title}: ") else ans.text
    return replace(ans, text=f"After {(topic_title(named) or '').lower()}, {title.lower()}: {body}")


def other_way(ask: str, context: str | None, engine: Engine) -> Answer | None:
    """ "what about without stepping back each time?" after lunges: the walking lunge; "only lying on my
    side?" after the side-lying hip raise: no, the lying leg lift too. A related exercise whose own text
    says the ask's words, where the last one's doesn't."""
    if context is None or not context.startswith("exercise:"):
        return None
    plain = normalize(ask)
    m = _OTHER_WAY.search(plain)
    if m is None or len([w for w in plain.split() if w not in STOPWORDS]) > 7:
        return None
    own = _ex_text(context.split(":", 1)[1])
    words = [w for w in plain.split() if w not in STOPWORDS and w not in BACK and len(w) > 2]
    best, best_hits = None, 0
    for e in _related(context):
        text = _ex_text(e)
        if m.group(1):
            # "without stepping back": the one that says "instead of / rather than / without stepping"
            stem = m.group(1)[:4]
            hits = 2 * bool(rx.search(rf"\b(?:instead of|rather than|without) {re.escape(stem)}", text))
        else:
            hits = sum(
                bool(rx.search(rf"\b{re.escape(w[:4])}", text))
                and not rx.search(rf"\b{re.escape(w[:4])}", own)
                for w in words
            )
            if (
                not hits
                and m.group(0).strip().endswith("only")
                and len(_related(context)) == 1
                and any(
                    rx.search(rf"\b{re.escape(w[:4])}", own) and not rx.search(rf"\b{re.escape(w[:4])}", text)
                    for w in words
                )
            ):
                # "only lying on my side?": the one other way there is, when it differs in what they said
                # ("only with dumbbells?" after lunges: the walking lunge uses them too, so no)
                hits = 1
        if hits > best_hits:
            best, best_hits = e, hits
    if best is None:
        return None
    ans = engine.compose_for(f"exercise:{best}", f"how do i do {EXERCISES[best].name.lower()}")
    if ans is None:
        return None
    trace("other_way", best)
    name = EXERCISES[best].name
    if " only " in f" {plain} " and ans.text.startswith(f"{name}: "):
        # "only lying on my side?": no, and the other way
        return replace(ans, text=f"No, there's also the {name.lower()}: {ans.text[len(name) + 2 :]}")
    return ans


# Words of an exercise's name that say which exercise, not what kind ("box" of box hops, not "hops").
_GENERIC_NAME = frozenset(
    "raise raises squat squats lift lifts hop hops leg legs legged one exercise lunge lunges curl curls "
    "press up ups push".split()
)


# Kit a runner calls by another name: "the box" of a step-up is its bench.
_KIT_CLASS = frozenset("box bench step stair stairs block platform chair".split())


# "the box one", "the walking version", "can I do them walking instead": another exercise, not this one.
# "moving forward across the room", "travelling down the hall", "walk them": a version that travels
_TRAVEL = rx.compile(
    r"\bacross the (?:room|floor|hall|gym|field|garden)\b|\btravel\w*\b|\b(?:down|along) the (?:hall|room|"
    r"corridor|field)\b|\b(?:mov\w*|go\w*|walk\w*) (?:them )?forwards? instead\b"
)
_SIBLING = rx.compile(r"\b(?:one|ones|version|versions|variation|kind|type|drill|instead)\b")


def sibling(ask: str, context: str | None, alone: Answer, engine: Engine) -> Answer | None:
    """A short follow-up that says a word of another exercise's name ("and the box one?" after
    skipping, "can I do them walking instead?" after lunges): that exercise. A kit word the last
    exercise uses under another name ("how high should the box be" after step-ups): the last one."""
    if context is not None and context.startswith("exercise:") and _TRAVEL.search(normalize(ask)):
        # "can I do them moving forward across the room instead?" after lunges: the walking version
        walk = next((e for e in _related(context) if "walking" in EXERCISES[e].name.lower()), None)
        if walk is not None:
            ans = engine.compose_for(f"exercise:{walk}", f"how do i do {EXERCISES[walk].name.lower()}")
            if ans is not None:
                trace("sibling_travel", walk)
                lead = f"Yes: that's the {EXERCISES[walk].name.lower()}. "
                return replace(
                    ans, text=lead + rx.sub(rf"^{re.escape(EXERCISES[walk].name)}:\s*", "", ans.text)
                )
    if context is None or not alone.found or len(alone.topics) != 1:
        return None
    plain = normalize(ask)
    words = [w for w in plain.split() if w not in STOPWORDS and w not in BACK]
    if len(words) > 6:
        return None
    other = alone.topics[0]
    if other == context or not other.startswith("exercise:") or says_exercise(other, plain):
        return None  # ("what exactly is the skipping drill?" names it: answered as asked)
    ex = EXERCISES[other.split(":", 1)[1]]
    own = (
        set(
            normalize(
                " ".join(
                    (EXERCISES[context.split(":", 1)[1]].name, *EXERCISES[context.split(":", 1)[1]].aliases)
                )
            ).split()
        )
        if context.startswith("exercise:")
        else set(normalize(topic_title(context) or "").split())
    )
    name_words = set(normalize(" ".join((ex.name, *ex.aliases))).split()) - _GENERIC_NAME - STOPWORDS
    said_all = [w for w in words if w in name_words or w.rstrip("s") in name_words]
    said = [w for w in said_all if w not in own]
    marker = bool(_SIBLING.search(plain))
    if said_all and not said and not marker and context.startswith("exercise:"):
        # "how high should the box be" after box step-ups: a word of the last exercise's own names
        trace("sibling_own", context)
        return engine.compose_for(context, ask)
    if not said:
        return None
    if context.startswith("exercise:") and not marker and set(said) <= _KIT_CLASS:
        ctx_ex = EXERCISES[context.split(":", 1)[1]]
        ctx_kit = next((k for k in ("bench", "step", "box", "chair") if k in _kit_of(ctx_ex.id)), None)
        if ctx_kit is not None:
            # "how high should the box be" after step-ups: the bench it is done on
            trace("sibling_kit", context)
            return engine.compose_for(context, rx.sub(rf"\b{said[0]}\b", ctx_kit, plain))
    if not marker:
        return None  # ("should I walk down?" after hill repeats is not the walking lunge)
    trace("sibling", other)
    check = ask_of(ask)
    if check.kind in ("what", "check") or check.yesno or "instead" in plain.split():
        ans = engine.compose_for(other, f"how do i do {topic_title(other) or ''}")
        if ans is not None and (check.yesno or check.kind == "check"):
            ans = replace(ans, text=f"Yes. {ans.text}")
        return ans
    return engine.compose_for(other, ask)


# ---- "which muscles push me off the ground?": the muscle whose job the question describes ----------

# What each muscle group does in a stride, in runners' words (from the article's muscle section).
_JOBS = {
    "quads": "forward swing swings swinging bring brings front absorb absorbs shock impact landing lands "
    "straighten straightens straightening knee steady",
    "hamstrings": "behind back backward backwards drive drives pull pulls extend extends curl bend bends "
    "bending straighten hip",
    "calves": "push pushes pushing off toe toes spring springy bounce bouncy propel propels ankle foot feet "
    "cushion point",
    "glutes": "upright tall trunk posture lean leaning hunch hunched torso extend hip power",
    "hips": "stable stabilise stabilize steady wobble wobbly rotate rotation line sway joint deep",
}


_WHICH_MUSCLE = rx.compile(r"\b(?:which|what) (?:muscles?|muscle groups?)\b")


_WHICH_ONES = rx.compile(r"\b(?:which|what) ones?\b")

# (r16 zf) "which muscles take over once my body has moved past my planted foot?", "what works as I move
# forward over my foot?": the article's second phase ("as your body moves forward, the action switches to
# your hamstrings"), whatever the foot or landing words would score
_BODY_PAST = rx.compile(
    r"^(?!.*\b(?:push\w* (?:\w+ )?off|toe ?off|take ?off|lift\w* (?:the |my )?(?:leg|knee|foot)|"
    r"swing\w*)\b).*(?:"
    r"\b(?:body|hips?|weight|torso|i|im|you|youre)\b (?:\w+ ){0,2}?(?:moves?|moved|moving|goes|going|"
    r"pass|passes|passed|passing|rolls?|rolling|travels?|travel\w*|gets?|getting|come|comes|coming|shifts?|"
    r"shifting|is|am|are) (?:\w+ ){0,1}?(?:forward|forwards|past|over|ahead of|beyond|in front of)\b"
    r"|\b(?:im|i am|youre|you are|body is) (?:\w+ )?(?:over|past|ahead of) "
    r"(?:my |your |the )?(?:\w+ )?foot\b)"
)


# (r17 ub) "which muscles absorb the shock when I land?": the article gives that job to two groups
_SHOCK_ASK = rx.compile(
    r"^(?!.*\b(?:pain\w*|hurt\w*|sore|ache\w*|shins?|knees?|injur\w*|shoes?|exercises?|moves?)\b)"
    r"(?=.*\b(?:what|which)\b).*\b(?:absorb\w*|soak\w* up|cushion\w*|shock|jolt|impact)\b"
)
SHOCK_TEXT = (
    "Two groups: the quads (front of the thigh) steady the knee and take the shock as you land, and the "
    "calves (soleus and gastrocnemius) help absorb the impact too, then give your push-off its spring.\n"
    "More: /muscle quads"
)


# (r20 to) "which muscles do what during a stride?", "what does each leg muscle actually do when I run?",
# "what's the role of each muscle group in running?": every group's job, not the list of names alone
_EACH_JOB_ASK = rx.compile(
    r"\b(?:(?:which|what) (?:\w+ )?(?:muscles?|muscle groups?|bits|parts) (?:\w+ ){0,2}do (?:what|which)|"
    r"what (?:does|do) (?:each|every|all the|the different|the various) (?:\w+ ){0,2}(?:muscles?|groups?)"
    r"(?: \w+){0,3} do|"
    r"(?:role|roles|job|jobs) (?:of|for) (?:each|every|all the|the different|the various|the) (?:\w+ ){0,2}"
    r"(?:muscles?|muscle groups?)|"
    r"(?:what|which) (?:\w+ ){0,1}(?:muscles?|muscle groups?) (?:\w+ ){0,2}(?:does|do) (?:\w+ ){0,2}(?:which|"
    r"what) (?:job|part|bit)|"
    r"how (?:do|does) (?:\w+ ){0,2}(?:muscles|muscle groups) work together)\b"
)
EACH_JOB_TEXT = (
    "Each group has its job in the stride:\n"
    "• Quads (front of the thigh): swing the leg forward, bending the hip and straightening the knee; they "
    "also steady the knee and absorb the landing.\n"
    "• Hamstrings (back of the thigh): as your body moves forward, they straighten the hip and start to bend "
    "the knee.\n"
    "• Calves (soleus and gastrocnemius): flex and extend the foot as you land and push off, absorbing the "
    "impact and giving your stride its spring.\n"
    "• Glutes: extend the hip and keep your trunk upright.\n"
    "• Deeper hip muscles: the flexors and extenders move the leg forward and back; the rotators keep the "
    "hip stable.\n"
    "Balance opposing groups: match quad work with hamstring work."
)


def which_muscle(ask: str, context: str | None) -> Answer | None:
    """ "which muscles swing my leg forward?": the group whose job that is, and what it does."""
    plain = normalize(ask)
    if ("do" in plain or "role" in plain or "job" in plain or "work" in plain) and _EACH_JOB_ASK.search(
        plain
    ):
        trace("which_muscle", "each job")
        return Answer(
            EACH_JOB_TEXT,
            "rule:muscles_used",
            True,
            (),
            topics=("rule:muscles_used",),
            context="rule:muscles_used",
        )
    if _SHOCK_ASK.search(plain) and rx.search(r"\b(?:muscles?|bits?|parts?|what|which)\b", plain):
        trace("which_muscle", "shock")
        return Answer(SHOCK_TEXT, "muscle:quads", True, (), topics=("muscle:quads",), context="muscle:quads")
    if not (
        _WHICH_MUSCLE.search(plain)
        or (_WHICH_ONES.search(plain) and context is not None and context.startswith("muscle:"))
    ):
        return None
    if any(says_exercise(f"exercise:{e.id}", plain) for e in EXERCISES.values()):
        return None  # "which muscles does the bridge work": the exercise's own answer
    if rx.search(
        r"\b(?:running|run|runs|runner|runners|used|use|it|this|that|they|them)\b", plain
    ) and not rx.search(r"\b(?:push|swing|forward|upright|off|land|landing|behind)\b", plain):
        return None  # "which muscles does running use?": the muscles-used rule
    words = [w for w in plain.split() if w not in STOPWORDS]
    scores = {m: sum(w in _JOBS[m].split() for w in words) for m in _JOBS}
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    (best, top), (_, second) = ranked[0], ranked[1]
    if _BODY_PAST.search(plain):
        best, top, second = "hamstrings", 1, 0  # the body moving on past the foot: the hamstrings' phase
    if top < 1 or top == second:
        return None
    m = MUSCLES[best]
    said = set(words)
    role = max(SENTENCE.split(m.role), key=lambda x: len(said & set(normalize(x).split())))
    where = rx.sub(r"\s*\(.*\)$", "", m.location)
    text = f"Mainly the {m.name.lower()} ({where}). {role}\nMore: /muscle {m.name.lower()}"
    topic = f"muscle:{best}"
    sure = steer(plain)
    if sure is not None and sure != topic:
        return None  # "I slump forward late in races, which muscles are weak?": the steer knows (t3)
    trace("which_muscle", topic)
    return Answer(text, topic, True, (), topics=(topic,), context=topic)


_ASK_WORDS = frozenset(
    "how what where when which why should do does can could would is are it its go be get good ok okay "
    "fine right need".split()
)


def says_any(ask: str, text: str, context: str) -> bool:
    """Does the reply say any of the ask's own words (beyond the topic's name and question words)?"""
    own = set(normalize(topic_title(context) or "").split())
    want = {
        w.rstrip("s")
        for w in normalize(ask).split()
        if w not in STOPWORDS and w not in BACK and w not in _ASK_WORDS and w not in own
    }
    return not want or bool(want & {w.rstrip("s") for w in normalize(text).split()})


_GENERIC_WORK = frozenset(
    "work strength training train exercise exercis use using session workout time period instead leg".split()
)


def next_fact(context: str, ask: str, said: str, engine: Engine) -> Answer | None:
    """The sentence of the topic's card that shares most of the ask's own words and hasn't been said
    yet (a second ask about the same exercise whose first answer was already given); None if none."""
    full = engine.answer_topic(context)
    if full is None:
        return None
    title = topic_title(context) or ""
    own = set(normalize(title).split())
    want = {w.rstrip("s") for w in normalize(ask).split() if w not in STOPWORDS and w not in BACK} - own
    want -= {"how", "what", "where", "when", "should", "do", "does", "go", "be", "get"}
    want -= _GENERIC_WORK  # ("should I use this period for strength work?": not "work up toward 8")
    if not want:
        return None
    said_plain = normalize(said)
    best, score = "", 0
    for line in full.text.split("\n")[1:]:
        body = rx.sub(r"^(?:\d+\.|[A-Z][a-z ]+:)\s*", "", line)
        for sentence in SENTENCE.split(body):
            plain = normalize(sentence)
            if not plain or plain in said_plain:
                continue
            n = len(want & {w.rstrip("s") for w in plain.split()})
            if n > score:
                best, score = sentence.strip(), n
    if not score:
        return None
    trace("next_fact", context)
    return Answer(f"{title}: {best}", context, True, (), topics=(context,), context=context)


def own_direct(context: str, plain: str) -> bool:
    """Has the last topic a direct answer to this very ask ("what about two days before?" after the
    race-day rule), not just its stock lead that any ask gets ("what about race week?" after how often)?"""
    said = direct(context, plain)
    return said is not None and said != direct(context, "what about it")


# "can I still run?", "should I keep running?", "do I stop running?" about an injury.
_KEEP_RUNNING = rx.compile(
    r"\b(?:ok|okay|safe|fine|alright|bad) to (?:keep |still )?(?:run|running|race)\b|"
    r"\brun(?:ning)? (?:with|on|through) (?:it|them|this|that|the pain)\b|"
    r"\b(?:can|should|could|do|must) i (?:still |keep |carry on |stop |keep on )?"
    r"(?:run|running|race|racing)\b|"
    r"\b(?:keep|carry on|stop) (?:on )?running\b|\brun through (?:it|the pain)\b"
)


_ACHE_TOLD = rx.compile(r"\b(?:ache\w*|achy|hurts?|hurting|pain\w*|sore|niggl\w*|twing\w*)\b")


def keep_running(ask: str, context: str | None, alone: Answer, told: str = "") -> Answer | None:
    """ "can I still run?" about runner's knee or shin splints: the article doesn't say; general care.
    An ache ``told`` in the message with no injury named: the same care, with no diagnosis."""
    plain = normalize(ask)
    if not _KEEP_RUNNING.search(plain) or rx.search(
        r"\b(?:after|before|same day|leg day|lifting|the gym|strength)\b", plain
    ):
        return None  # ("can I run after leg day?" is about timing, not running through the pain)
    inj = context if context and context.startswith("injury:") else None
    if inj is None and alone.found and alone.topics[:1] and alone.topics[0].startswith("injury:"):
        inj = alone.topics[0]
    if inj is None and _ACHE_TOLD.search(normalize(told)):
        # "my knees ache on the stairs after long runs... can I keep running?": no injury named
        trace("keep_running", "told")
        text = (
            "Only if it doesn't make the pain worse: the article doesn't cover running through it, so cut "
            "back (shorter, flatter, easier runs) and stop if the pain builds. If it persists or gets worse, "
            "see a physio or doctor."
        )
        topic = context or "rule:injury_prevention"
        return Answer(text, topic, True, (), topics=(topic,), context=topic)
    if inj is None or inj.split(":", 1)[1] not in INJURIES:
        return None
    i = INJURIES[inj.split(":", 1)[1]]
    names = [EXERCISES[e].name.lower() for e in i.helps[:3]]
    listed_names = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
    lead = (
        "Not necessarily, but ease off"
        if rx.search(r"\b(?:stop|quit|pause|break|rest|off)\b", plain)
        else "Only if it doesn't make the pain worse"
    )
    text = (
        f"{lead}: the article doesn't cover running through it, so cut back "
        "(shorter, flatter, easier runs) and stop if the pain builds. Keep up the strength work that doesn't "
        f"hurt ({listed_names}). If it persists or gets worse, see a physio or doctor."
    )
    trace("keep_running", inj)
    return Answer(text, inj, True, (), topics=(inj,), context=inj)


# Technique rules that hold for every exercise ("and on squats?" after the breathing rule).
TECHNIQUE = frozenset(
    "rule:breathing rule:lock_knees rule:slow_controlled rule:range_of_motion rule:form_first "
    "rule:comfortable_load".split()
)


def applied(ask: str, context: str | None, alone: Answer) -> Answer | None:
    """ "and on squats?" after the breathing rule: the rule on that exercise (its own cue if it has one)."""
    if context not in TECHNIQUE or not alone.found or len(alone.topics) != 1:
        return None
    ex_id = alone.topics[0]
    plain = normalize(ask)
    words = [w for w in plain.split() if w not in STOPWORDS]
    if (
        not ex_id.startswith("exercise:")
        or len(words) > 4
        or not rx.match(r"(?:and|so|but|ok|okay|what about|how about|same|even|on|for|with|during)\b", plain)
    ):
        return None
    rule = RULES[context.split(":", 1)[1]]
    ex = EXERCISES[ex_id.split(":", 1)[1]]
    keys = {w.rstrip("s")[:6] for k in rule.keywords for w in normalize(k).split() if len(w) > 3}
    own = next(
        (c for c in (*ex.cues, *ex.steps) if keys & {w.rstrip("s")[:6] for w in normalize(c).split()}),
        None,
    )
    lead = SENTENCE.split(rule.text)[0]
    text = f"The same on the {ex.name.lower()}: {lead[:1].lower()}{lead[1:]}"
    if own is not None and normalize(own) not in normalize(text):
        text += f" {ex.name}: {own}"
    trace("applied", ex_id)
    return Answer(
        f"{text}\nFull card: /exercise {ex.name.lower()}",
        context,
        True,
        (),
        topics=(context, ex_id),
        context=context,
    )


def _and_join(items: list[str]) -> str:
    return ", ".join(items[:-1]) + " and " + items[-1] if len(items) > 1 else (items[0] if items else "")


# "should I feel it in my hamstrings?", "where should I feel this?": the muscles the exercise works.
_FEEL = rx.compile(
    r"\bfeel (?:it|this|that|them|the burn|a burn|anything)\b|\bwhere (?:should|do|will) i feel\b"
)


def feel_it(ask: str, context: str | None) -> Answer | None:
    """ "should I feel it in my hamstrings?" after the bridge: where it works, and whether that's one."""
    plain = normalize(ask)
    if not context or not context.startswith("exercise:"):
        return None
    if rx.search(
        r"\b(?:knees?|back|ankles?|shins?|feet|foot|joints?|pain|hurts?|sharp|aches?|achy)\b", plain
    ):
        return None  # ("I feel it in my knees, is that bad?": a pain question, not where it works)
    named_muscle = any(rx.search(rf"\b(?:{w})\b", plain) for w, _ in MUSCLE_WORDS)
    if not (_FEEL.search(plain) or (WOULD_HELP.search(plain) and named_muscle)):
        return None  # ("would that help my hamstrings?" after calf raises: whether it works them)
    ex = EXERCISES[context.split(":", 1)[1]]
    main = _and_join(muscle_names(ex.primary).lower().split(", "))
    also = _and_join(muscle_names(ex.secondary).lower().split(", ")) if ex.secondary else ""
    helpers_said = f"; the {also} help" if also else ""
    asked = next((m.split(":", 1)[1] for w, m in MUSCLE_WORDS if rx.search(rf"\b(?:{w})\b", plain)), None)
    if asked is None:
        lead = f"Mainly in the {main}{helpers_said}."
    elif asked in ex.primary:
        lead = f"Yes: the {ex.name.lower()} works mainly the {main}{helpers_said}."
    elif asked in ex.secondary:
        lead = f"A little: the {ex.name.lower()} works mainly the {main}{helpers_said}."
    else:
        lead = f"Not much: the {ex.name.lower()} works mainly the {main}{helpers_said}."
        for_it = [e.name.lower() for e in exercises_for_muscle(asked)[:3]]
        if for_it:
            lead += f" For the {asked}: the {_and_join(for_it)}."
    cue = ex.cues[0] if ex.cues and _FEEL.search(plain) else ""  # (where it's felt: a form cue helps)
    trace("feel_it", context)
    text = f"{lead} {cue}".strip() + f"\nFull card: /exercise {ex.name.lower()}"
    return Answer(text, context, True, (), topics=(context,), context=context)


# "can I do them at home?" after gym moves: home moves for the same muscles.
_AT_HOME = rx.compile(
    r"\b(?:at home|from home|in my (?:house|flat|apartment|room|garage)|without (?:a |the )?gym|no gym|"
    r"home (?:version|versions|alternatives?|equivalents?|options?))\b"
)


def at_home(ask: str, context: str | None) -> Answer | None:
    plain = normalize(ask)
    if not context or context.startswith("exercise:") or not _AT_HOME.search(plain):
        return None
    if not rx.search(r"\b(?:them|those|these|any|it|that|this|ones|instead|alternatives?|version)\b", plain):
        return None
    shown = [EXERCISES[e] for e in listed(context)[:4]]
    if not shown or all(e.setting != "gym" for e in shown):
        return None  # already home moves
    muscles = [m for e in shown for m in e.primary]
    home = [
        e
        for e in EXERCISES.values()
        if e.setting == "home" and not e.variation_of and set(e.primary) & set(muscles)
    ][:3]
    if not home:
        return None
    names = [e.name.lower() for e in home]
    listed_names = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
    text = (
        f"Yes, with home moves for the same muscles: the {listed_names} "
        f"({home[0].dose.text()}{' each' if len(home) > 1 and 'each' not in home[0].dose.text() else ''})."
        f"\nFull card: /exercise {names[0]}"
    )
    trace("at_home", context)
    return Answer(text, context, True, (), topics=(context,), context=context)


# "what if it's pouring rain all week?", "can I do them indoors? it's icy out" after hill repeats
_WEATHER_SAID = rx.compile(
    r"\b(?:rain\w*|pouring|snow\w*|icy|ice|sleet\w*|storm\w*|freezing|blizzards?|heat ?wave|monsoon|"
    # (r18 tb) "and if it's chucking it down?": rain said the way runners say it
    r"(?:chucking|tipping|bucketing|pissing|lashing|teeming|hammering|peeing) (?:it )?down|downpours?|"
    r"drizzl\w*|hail\w*|gales?|blowing a gale|wet|too (?:hot|cold)|"
    r"(?:bad|awful|horrible|terrible|rubbish|crap|miserable|grim|vile|foul) weather|indoors?|inside)\b"
)
_INDOOR_HILLS = (
    "Take it indoors: a treadmill with the incline raised to about 5–10% gives the equivalent of hill "
    "running. Do the same 5–8 efforts, knees high and arms pumping, easy in between."
    "\nFull card: /exercise treadmill incline"
)


def bad_weather(ask: str, context: str | None) -> Answer | None:
    """Hill repeats, and weather (or "indoors") that keeps the runner off the hill: the treadmill."""
    if context != "exercise:hill_repeats":
        return None
    plain = normalize(ask)
    if len(plain.split()) > 16 or not _WEATHER_SAID.search(plain):
        return None
    text = _INDOOR_HILLS
    if rx.match(r"(?:so |but |and )?(?:can|could|is it ok to|may) (?:i|you|we)\b", plain):
        text = "Yes. " + text
    trace("bad_weather", context)
    topic = "exercise:treadmill_incline"
    return Answer(text, topic, True, (), topics=(topic,), context=topic)


# "can I do it on rest days?", "lift on my easy days?", "on my day off from running?"
_REST_DAY = rx.compile(
    r"\b(?:on|during|use) (?:my |the |a |an |those |these )?"
    r"(?:rest|easy|off|recovery|non running|run free) days?\b|"
    r"\bon (?:my |a |the )?days? off\b|"
    # (r15 xe) "is a rest day fine for it?"
    r"\b(?:rest|recovery|off) days? (?:\w+ )?(?:ok|okay|fine|alright|good|better)\b"
)


REST_DAY_TEXT = (
    "Yes: the article only keeps strength work off hard-run days and the day before a race, so a rest or "
    "easy day from running suits it."
)

# (r15 ya) "what about my rest days?": no yes/no was asked, so no "Yes" opens it
REST_DAY_OPEN = (
    "Rest or easy days from running suit strength work: the article only keeps it off hard-run days and the "
    "day before a race."
)

# (r15 xe) The day-timing rules: after one, "and on rest days, is that fine?" asks about the strength
# session on those days, the lifting implied by the question before.
_DAY_RULES = frozenset(
    {"rule:hard_run_day", "rule:run_first", "rule:frequency", "rule:race_day", "rule:off_season"}
)
_WHAT_ABOUT = rx.compile(r"^(?:(?:and|so|ok|okay|but) )*(?:what|how) about\b")


# (r15 ya) the days named bare, in a short follow-up after a day rule: "what about my rest days?",
# "and recovery days?", "rest days too?"
_REST_DAYS_BARE = rx.compile(
    r"\b(?:rest|easy|off|recovery|non running|run free|running free|non run) days?\b|\bdays? off\b"
)
_BARE_OPENER = rx.compile(
    r"^(?:(?:and|so|ok|okay|but|also|then|plus) )*(?:(?:my|the|those|these|on) )*"
    r"(?:rest|easy|off|recovery|non|run|running|days?)\b"
)


def rest_day(ask: str, context: str | None = None) -> Answer | None:
    plain = normalize(ask)
    check = ask_of(ask)
    timing = context in _DAY_RULES
    short = len([w for w in plain.split() if w not in STOPWORDS]) <= 4
    bare = timing and short and bool(_REST_DAYS_BARE.search(plain))
    asked = (
        check.yesno
        or check.kind == "check"
        or (timing and bool(_WHAT_ABOUT.match(plain)))
        or (bare and bool(_BARE_OPENER.match(plain)))
    )
    if not (_REST_DAY.search(plain) or bare) or not asked or " or " in f" {plain} ":
        return None
    if timing and rx.search(r"\b(?:which|first|order|before|after)\b", plain):
        return None  # ("ok and on easy days, which one do I do first?": the order, run first)
    if not timing and not rx.search(
        r"\b(?:lift\w*|strength|legs?|leg day|gym|weights|train\w*|do (?:it|them|this|that)|workouts?|"
        r"sessions?|exercises?|squats?|lunges?)\b",
        plain,
    ):
        return None  # ("should I rest on easy days?": not about lifting on them)
    if rx.search(r"\b(?:plyo\w*|jump\w*|hops?|race|racing)\b", plain):
        return None  # (plyometrics on a rest day and race week have their own answers)
    trace("rest_day")
    topic = "rule:hard_run_day"
    verdict = (
        check.yesno or check.kind == "check" or rx.search(r"\b(?:ok|okay|fine|alright|good|better)\b", plain)
    )
    text = REST_DAY_TEXT if verdict else REST_DAY_OPEN
    return Answer(text, topic, True, (), topics=(topic,), context=topic)


# The kit a routine topic is about, said the way plan() reads it.
_ROUTINE_KIT = {
    "rule:home_workout": "at home",
    "rule:routine": "",
    "rule:machines": "at the gym",
    "rule:free_weights": "at the gym with dumbbells",
    "rule:gym_vs_home": "",
}


_MINUTES = rx.compile(r"\b\d+ ?(?:min|mins|minutes)\b|\b(?:half an|an|one) hour\b")


# (r15 ya) Short of time, said without a figure: "if I'm short on time", "on a busy day".
_SHORT_TIME = rx.compile(
    r"\b(?:short (?:on|of) time|pressed for time|(?:not|no) (?:much|enough) time|little time|busy|rushed|"
    r"in a (?:rush|hurry)|time is tight|tight on time)\b"
)
ORDER_SHORT_TEXT = (
    "{verdict}the order stays the same, run first: a worthwhile strength session takes 15 to 20 minutes, "
    "so {time} keep the run short and easy before it, or give that day to the strength session alone "
    "(never a hard run squeezed in with it)."
)


def short_on_time(ask: str, context: str | None) -> Answer | None:
    """ "what if I only have 10 minutes?" after a routine: the routine fitted to that time; after which
    comes first (a run or the strength work), the order kept and the time shared."""
    plain = normalize(ask)
    if context == "rule:run_first" and (_MINUTES.search(plain) or _SHORT_TIME.search(plain)):
        told = _MINUTES.search(plain)
        time = f"with {told.group(0)}" if told else "on a short day"
        trace("short_on_time", context)
        verdict = (
            "No, " if rx.search(r"\bdoes (?:it|that|the order) (?:even |really )?matter\b", plain) else ""
        )
        text = ORDER_SHORT_TEXT.format(time=time, verdict=verdict)
        text = text[:1].upper() + text[1:]
        return Answer(text, context, True, (), topics=(context,), context=context)
    if context not in _ROUTINE_KIT or not _MINUTES.search(plain):
        return None
    own = plan(normalize(f"{_ROUTINE_KIT[context]} {ask} what should i do"), their_days)
    if own is None:
        return None
    trace("short_on_time", context)
    topic = own.topic or context
    return Answer(own.text, topic, True, (), topics=(topic,), context=topic)


# (r15 ya) Another setting or kit named after a routine: "ok what about if I have a gym?" after the home
# moves, "and with dumbbells?", "what if I train at home?" after the gym's.
_KIT_NAMED = rx.compile(
    r"\b(?:gym|machines?|dumbbells?|kettlebells?|free weights|weights|barbell|at home|home|"
    r"no (?:kit|equipment|gym)|"
    r"bodyweight|bench|resistance bands?|bands?)\b"
)
_KIT_OPENER = rx.compile(
    r"^(?:(?:ok|okay|so|and|but|also|then|right) )*(?:(?:what|how) about|what if|if|and|with|at|in|using|"
    r"(?:and )?(?:for|at) (?:the|a) gym|suppose)\b"
)
_SETTING_OF = {
    "rule:home_workout": "home",
    "rule:routine": "",
    "rule:machines": "gym",
    "rule:free_weights": "gym",
    "rule:gym_vs_home": "",
}


def other_kit(ask: str, context: str | None) -> Answer | None:
    """ "ok what about if I have a gym?" after the home moves: the session that kit allows (not the home
    list again); None when the ask names no other kit or isn't a bare what-about."""
    plain = normalize(ask)
    if context not in _SETTING_OF or not _KIT_NAMED.search(plain) or not _KIT_OPENER.match(plain):
        return None
    if len([w for w in plain.split() if w not in STOPWORDS]) > 5 or _MINUTES.search(plain):
        return None
    said = _KIT_NAMED.search(plain).group(0)  # type: ignore[union-attr]
    setting = _SETTING_OF[context]
    home_said = said in ("at home", "home", "bodyweight") or said.startswith("no ")
    if setting == "home" and home_said:
        return None  # (the same setting again: the reply's own follow-up)
    if setting == "gym" and not home_said:
        return None  # ("what about free weights?" after the machines: that rule's comparison)
    if not setting and context == "rule:gym_vs_home":
        return None  # (both were the reply's subject)
    bare = rx.sub(
        r"^(?:(?:ok|okay|so|and|but|also|then|right) )*(?:(?:what|how) about|what if|suppose)\s*", "", plain
    )
    own = plan(normalize(f"{bare}, what should i do"), their_days)
    if own is None and "gym" not in plain:
        own = plan(normalize(f"{bare} at home, what should i do"), their_days)
    if own is None:
        return None
    trace("other_kit", said)
    topic = own.topic or context
    return Answer(own.text, topic, True, (), topics=(topic,), context=topic)


# One exercise per muscle when the runner wants just one: the article's own pick where it names one
# ("a great way to build your glutes", "great for the muscles of the lower leg"), at home or in a gym.
_ONE_PICK_HOME = {
    "glutes": "bridge",
    "calves": "calf_raise",
    "hamstrings": "hamstring_pushup",
    "quads": "one_leg_squat",
    "hips": "hip_abduction",
}
_ONE_PICK_GYM = {**_ONE_PICK_HOME, "hamstrings": "hamstring_curl", "quads": "leg_press"}


_ONE_ASK = rx.compile(
    r"\b(?:best|bst|top|number one|no 1|single best|favou?rite|most effective|go to|goto)\b|"
    r"\b(?:only|just) (?:one|1|a single)\b(?! (?:leg|side|foot|knee|calf|hip))|"
    r"\bone (?:move|exercise|thing)\b|\bthe move\b|"
    r"\bif i could only\b|\bwhich one\b|"
    # ("whats a good hamstring exercise without a gym": one move asked for, singular, that fits a place or
    # kit told; with none told, the muscle's own lead already names one and the others)
    r"\b(?:a|one) (?:really |very |solid |decent )?good (?:\w+ )?(?:exer\w*|excer\w*|move)\b(?! (?:or|and)\b)"
    r"(?=.*\b(?:without|no|home|gym|hotel|travel\w*|chair|stairs?|floor|bodyweight)\b)"
)


def one_pick(ask: str, context: str | None) -> Answer | None:
    """ "best exercise for my glutes?", "only time for one calf move": one exercise, how to do it."""
    plain = normalize(ask)
    if not _ONE_ASK.search(plain) or named_exercises(plain):
        return None
    muscle = next((m.split(":", 1)[1] for w, m in MUSCLE_WORDS if rx.search(rf"\b(?:{w})\b", plain)), None)
    if (
        muscle is None
        and context
        and context.startswith("muscle:")
        and rx.search(r"\bwhich one\b|\bbest\b", plain)
    ):
        muscle = context.split(":", 1)[1]  # "which one is best?" after the glutes' exercises
    if muscle is None or muscle not in _ONE_PICK_HOME:
        return None
    if not rx.search(
        r"\b(?:exer\w*|excer\w*|moves?|workouts?|things?|one|it|be|do|fire|build|strengthen|train)\b|"
        r"\b(?:best|bst|top) (?:\w+ )?for (?:my |the |your |weak |lazy )*\w+\W*$",  # "best for calves?"
        plain,
    ):
        return None  # ("best time for my calves"...: not asking for an exercise)
    if rx.search(r"\b(?:time|when|day|days|how many|how long|often)\b", plain):
        return None
    if rx.search(r"\b(?:exer\w*s|excer\w*s|moves|workouts|drills)\b", plain) and not rx.search(
        r"\b(?:one|single|only|just)\b", plain
    ):
        return None  # ("best ham exercises?": the list, plural)
    # (r16 wc: "if i dont have a gym", "no gym", "at home": the home pick, not the machine)
    gym = bool(rx.search(r"\b(?:gym|machines?)\b", plain)) and not rx.search(
        r"\b(?:no |without (?:a |the |any )?|not at (?:a |the )?|outside (?:a |the )?)(?:gym|machines?)\b|"
        r"\b(?:at|from) home\b",
        plain,
    )
    said = sorted(
        (m.start(), mid.split(":", 1)[1])
        for w, mid in MUSCLE_WORDS
        if (m := rx.search(rf"\b(?:{w})\b", plain)) is not None
    )
    if len(said) > 1 and rx.search(r"\band\b", plain):
        # (r16 zc) "best quad and best calf exercise": one pick for each muscle named, in order
        picks = [EXERCISES[(_ONE_PICK_GYM if gym else _ONE_PICK_HOME)[m]] for _, m in said[:3]]
        lines = [
            f"{MUSCLES[m].name}: the {e.name.lower()}, {e.dose.text()}."
            for (_, m), e in zip(said[:3], picks, strict=True)
        ]
        topic = f"exercise:{picks[0].id}"
        trace("one_pick", "several")
        text = "\n".join(lines) + f"\nFull card: /exercise {picks[0].name.lower()}"
        return Answer(text, topic, True, (), topics=(topic,), context=topic)
    ex = EXERCISES[(_ONE_PICK_GYM if gym else _ONE_PICK_HOME)[muscle]]
    steps = " ".join(f"{n}) {x}" for n, x in enumerate(ex.steps, 1))
    text = (
        f"The {ex.name.lower()}: {ex.summary[:1].lower()}{ex.summary[1:]}\n{steps}\nDose: {ex.dose.text()}."
        f"\nFull card: /exercise {ex.name.lower()}"
    )
    topic = f"exercise:{ex.id}"
    trace("one_pick", topic)
    return Answer(text, topic, True, (), topics=(topic,), context=topic)


# "what else should I do alongside it?", "what am I missing?", "what should I pair them with?": what
# rounds out the moves already done (their opposite muscle first), not more of the same muscle.
_COMPLEMENT = rx.compile(
    r"\bwhat am i missing\b|\bwhat(?:s| is) missing\b|"
    r"\bwhat (?:else )?(?:should|could|can|do|would) i (?:do|add|pair|combine|match|team)\b"
    r"(?: \w+){0,3} (?:alongside|along with|with (?:it|them|that|those|this)|to go with|to balance)\b|"
    r"\bwhat (?:goes|pairs|works) (?:well )?(?:with|alongside) (?:it|them|that|those|this)\b|"
    r"\bwhat (?:else )?(?:should|could|can|do) i (?:pair|combine|match) (?:it|them|that|those|this) with\b|"
    r"\bwhat (?:should|could|can|do) i add to (?:it|them|that|those|this|my)\b"
)
_OPPOSITE = {
    "quads": "hamstrings",
    "hamstrings": "quads",
    "glutes": "hips",
    "hips": "glutes",
    "calves": "shins",
}
_ROUND_OUT = ("hamstrings", "quads", "calves", "glutes", "hips")


def _pick_for(muscle: str, setting: str, done: set[str]) -> str | None:
    if muscle == "shins":
        return "toe_raise"
    pool = [
        e.id
        for e in exercises_for_muscle(muscle)
        if e.id not in done and e.setting in ("home", "gym") and e.id != "treadmill_incline"
    ]
    pool.sort(key=lambda e: EXERCISES[e].setting != setting)
    return pool[0] if pool else None


def complement(ask: str, context: str | None, told: str = "") -> Answer | None:
    """ "what else should I do alongside it?" after the leg press: its opposite muscle's move first
    (hamstring work for a quad move), then one for a group nothing told covers."""
    plain = normalize(ask)
    if not _COMPLEMENT.search(plain):
        return None
    done = [t.split(":", 1)[1] for t in named_exercises(normalize(told))]
    if not done and context and context.startswith("exercise:") and context[9:] in EXERCISES:
        done = [context[9:]]
    done = [e for e in done if e in EXERCISES]
    if not done:
        return None
    covered = {m for e in done for m in EXERCISES[e].primary}
    setting = EXERCISES[done[0]].setting
    first = EXERCISES[done[0]].primary[0]
    want = [_OPPOSITE[first]] if _OPPOSITE.get(first) not in covered else []
    want += [m for m in _ROUND_OUT if m not in covered and m not in want]
    picks: list[tuple[str, str]] = []
    for m in want:
        e = _pick_for(m, setting, set(done))
        if e is not None and e not in (p for _, p in picks):
            picks.append((m, e))
        if len(picks) == 3:
            break
    if not picks:
        return None
    names = [EXERCISES[e].name.lower() for _, e in picks]
    groups = [("the front of the shin" if m == "shins" else f"the {m}") for m, _ in picks]
    said = _and_join([f"the {EXERCISES[e].name.lower()}" for e in done])
    lead_m, lead_e = picks[0]
    if lead_m in ("hamstrings", "quads"):
        other = "quads" if lead_m == "hamstrings" else "hamstrings"
        lead = f"{lead_m[:-1]} work to balance the {other}, such as the {names[0]}"
    else:
        lead = f"the {names[0]} for {groups[0]}"
    rest = [
        f"the {n} ({g[4:] if g.startswith('the ') else g})"
        for n, g in zip(names[1:], groups[1:], strict=True)
    ]
    text = f"Alongside {said}: {lead}."
    if rest:
        text += f" Round it out with {_and_join(rest)}."
    text += " Work several groups each session, 2–3 sets of each."
    topic = f"exercise:{lead_e}"
    trace("complement", topic)
    return Answer(f"{text}\nFull card: /exercise {names[0]}", topic, True, (), topics=(topic,), context=topic)
