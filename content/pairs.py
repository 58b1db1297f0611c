"""Two topics answered at once: which leads, whether the second adds anything, one verdict.

content/answers.py decides that a question is about two topics (two parts, two names, or a close
runner-up); this module writes the reply: the topic with the reason or the verdict leads, a
runner-up nobody asked for is dropped when it adds none of the question's words (or repeats the
lead's figures), a comparison leads with its verdict ("Both are good for the quads and glutes…"),
and a direct line that answers both is said once. Pure.
"""

from __future__ import annotations

import functools
import re
from typing import Protocol

from content import rx
from content.anatomy import INJURIES, MUSCLES
from content.cards import muscle_names
from content.compose import (
    GENERIC,
    ONE_LEG_WORDS,
    ask_of,
    asks_yes_no,
    compose,
    muscle_choice,
    pointer,
    rule_verdict,
    settled,
    stems,
)
from content.direct import TIMING_RULES, direct, week_verdict
from content.model import Exercise, Injury, Muscle
from content.reasons import reason
from content.text import normalize
from content.verdicts import HILL_EITHER, one_for, versus

# Where a question joins two asks: "before or after", "how often and how long", "X vs Y", "A, B".
# (r16 zf) "how many sets and reps for legs?": "sets and reps" is one dose, not two parts (the second,
# "reps for legs", glued the muscles-used rule on)
JOINS = rx.compile(
    r"\b(?:(?<!sets )(?<!reps )and|and(?! (?:reps|sets)\b)|or|vs|versus|plus|also|both)\b|[,;?]",
    re.IGNORECASE,
)
ENTITIES = frozenset({"exercise", "muscle", "injury"})
# Rules on how to move or breathe through any exercise: the exercise a question names beside them is
# when it happens ("breathe on the way up out of a squat"), not a second ask.
_BODY_RULES = frozenset({"rule:breathing"})
# Words a runner calls a muscle group by, and a group told weak beside another ("hammies are noodles").
_GROUP_WORDS = {
    "muscle:calves": r"calf|calves|calfs",
    "muscle:hamstrings": r"hamstrings?|hammies|hammys|hams",
    "muscle:quads": r"quads?|quadriceps|thighs?",
    "muscle:glutes": r"glutes?|gluts?|bum|butt",
    "muscle:hips": r"hips?|hip muscles",
}
_WEAK_SAID = (
    r"(?:weak\w*|lag\w*|behind|noodles?|puny|tiny|lazy|useless|rubbish|trash|pathetic|nothing|asleep)"
)


def _weak_one(plain: str, a: Topic, b: Topic) -> Topic | None:
    """Of two muscle groups told, the one said weak beside the other (and only that one), or None."""
    said = []
    for t in (a, b):
        w = _GROUP_WORDS.get(t.id)
        if w is None:
            return None
        if rx.search(
            rf"\b(?:{w})\b(?: \w+){{0,3}} {_WEAK_SAID}\b|\b(?:weak|weaker|lazy|puny) (?:\w+ )?(?:{w})\b",
            plain,
        ):
            said.append(t)
    if len(said) != 1:
        return None
    other = b if said[0] is a else a
    ow = _GROUP_WORDS[other.id]
    if not rx.search(
        rf"\b(?:than|compared (?:to|with)|vs|versus|but|while|whereas|and)\b|\b(?:{ow})\b(?: \w+){{0,3}} "
        r"(?:strong\w*|massive|huge|big|stacked|jacked|fine|good|solid|great)\b",
        plain,
    ):
        return None
    return said[0]


# "glute bridges lowkey mid or actually worth it for runners?": a verdict on the move named, not why
# runners should lift at all.
_MOVE_WORTH = rx.compile(
    r"\bworth\b|\b(?:mid|overrated|underrated|legit|pointless|useless|waste of time|any good|any use)\b"
)
_ON_BODY = rx.compile(r"\bbreath\w*", re.IGNORECASE)
_HELD = rx.compile(r"\bhold\w* (?:in )?(?:my |your |the |a |our )?breath\b")
_KIT_SAID = rx.compile(
    r"\b(?:weights?|weighted|dumbbells?|db|barbells?|kettlebells?|machines?|free|lift\w*|gym|plates?|"
    r"resistance|heavy|heavier|load)\b"
)
# A question about what an exercise works, or for more exercises for a muscle: both topics answer it.
_WORKS_ASK = rx.compile(
    r"\b(?:works?|target\w*|hits?|muscles?|good for|else|other|another|more|best|instead|alternatives?|"
    r"exercises? for|moves? for)\b"
)
# An exercise described rather than named: "the exercise lying on your back...", "that move where...".
_DESCRIBED = rx.compile(
    r"\b(?:the|that|this) (?:\w+ )?(?:exercise|move|one|thing)\b (?:\w+ )?(?:where|with|lying|when|you)\b"
)


class Topic(Protocol):
    """What this module needs of content.answers' topics."""

    @property
    def id(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def ref(self) -> object: ...


def pair_text(
    question: str, a: Topic, b: Topic, a_named: bool, b_named: bool, optional: bool = False
) -> tuple[str, tuple[str, ...]]:
    """Two topics asked at once: each one's lead, in the order asked, and one pointer. A "why"
    question leads with the topic that says why; a yes/no one with a topic that answers it directly."""
    ask = ask_of(question)
    plain = normalize(question)
    for t, t_named in ((a, a_named), (b, b_named)):
        ex_ref = t.ref if isinstance(t.ref, Exercise) and t_named else None
        choice = muscle_choice(ex_ref, question) if ex_ref is not None else None
        if ex_ref is not None and choice is not None:
            # "is the bridge more for glutes or hamstrings?": which of the two it works, first; the
            # muscle's own card would answer nothing the choice doesn't
            return f"{choice} Dose: {ex_ref.dose.text()}.\n{pointer(t.id)}", (t.id,)
    weak = _weak_one(plain, a, b) if a.kind == "muscle" and b.kind == "muscle" else None
    if weak is not None:
        # "glutes feel weak compared to my quads, fix?", "quads massive but hammies are noodles": the
        # weak group's moves, not a verdict that both matter
        name = weak.id.split(":", 1)[1]
        return compose(weak.id, weak.ref, f"exercises to strengthen weak {name}", named=True), (weak.id,)
    chosen = versus(plain)
    if chosen is not None:
        # "leg press vs lunges?": the choice between them, said once (content/verdicts.py)
        return chosen[0], (a.id, b.id)  # (both: a later "which is better?" ask is this one's)
    if (
        (ask.kind != "why" and week_verdict(question))
        or (asks_yes_no(question, ask) and rule_verdict(question))
        or settled(question)
    ):
        # One verdict answers the whole question ("knees past my toes on wall squats?"): no second topic.
        lead, lead_named = (b, b_named) if a.kind == "rule" and b.kind in ENTITIES else (a, a_named)
        if lead.kind == "rule" and b.id in TIMING_RULES and a.id not in TIMING_RULES:
            lead, lead_named = b, b_named  # no "/workout home" pointer under a timing verdict
        a_card = a.kind == "exercise" and _name_in(a, plain)
        if a.kind in ENTITIES and b.kind == "exercise" and _name_in(b, plain) and not a_card:
            lead, lead_named = b, b_named  # "ball or chair for the hamstring push-up": its card
        # (the exercise's card is the pointer worth giving; both topics stay the reply's topics)
        return compose(lead.id, lead.ref, question, named=lead_named), (a.id, b.id)
    if (
        a.kind == "exercise"
        and b.kind == "muscle"
        and asks_yes_no(question, ask)
        and ask.kind != "why"
        and b.id.split(":", 1)[1] in getattr(a.ref, "primary", ())
    ):
        # (r18 tc) "is hill sprints good for gluts or nah": yes, and the move's card says it works them;
        # the muscle's anatomy after it answers nothing asked
        return compose(a.id, a.ref, question, named=a_named), (a.id, b.id)
    why_b = ask.kind == "why" and getattr(b.ref, "category", "") == "why" != getattr(a.ref, "category", "")
    a_titled = (
        bool(stems(getattr(a.ref, "title", "") or "x") - GENERIC <= stems(plain))
        if a.kind == "rule"
        else False
    )
    if (
        why_b
        and not b_named
        and ((a_named and reason(a.id) is not None) or (a_titled and b.id == "rule:why_strength"))
    ):
        # "what's the point of plyometrics for a distance runner?": the named topic's own reason,
        # not why runners should strength train at all ("plyo, worth it?" with its verdict).
        text = compose(a.id, a.ref, question, named=a_named)
        if (asks_yes_no(question, ask) or rx.search(r"\bworth\b", plain)) and not rx.match(
            r"(?:Yes|No)\b", text
        ):
            text = "Yes: " + text[:1].lower() + text[1:]
        return text, (a.id,)
    if (
        a.id in _BODY_RULES
        and b.kind == "exercise"
        and not _WORKS_ASK.search(plain)
        and ask.kind != "why"
        and not _ON_BODY.search(compose(b.id, b.ref, question, named=b_named, brief=True))
    ):
        # "how should I breathe when I push up out of a squat?": the breathing answers; the squat is
        # when, and its card would be filler (an exercise's own breathing cue is kept: "Leg press:
        # breathe out as you press").
        return compose(a.id, a.ref, question, named=a_named), (a.id,)
    held = a if a.id in _BODY_RULES else b if b.id in _BODY_RULES else None
    if held is not None and (b if held is a else a).kind == "rule" and _HELD.search(plain):
        # "when I go heavy do I hold my breath to brace?": the breath-holding is the ask (never hold
        # it); the heavy lifting is when, and a second rule about loads would be filler.
        return compose(held.id, held.ref, question, named=True), (held.id,)
    loaded = next((t for t, n in ((a, a_named), (b, b_named)) if n and t.kind == "exercise"), None)
    if (
        loaded is not None
        and ask.dose == "heavy"
        and (b if loaded is a else a).id in ("rule:sets_reps", "rule:why_strength", "rule:progression")
    ):
        # (r17 uf) "how heavy should I set the leg press?": the machine's own load line says it; the
        # general "heavy enough for 12-15" rule before it was the same advice twice
        return compose(loaded.id, loaded.ref, question, named=True), (loaded.id,)
    solo = _solo_howto(plain, ask.kind, a, b) if not ask.yesno else None
    if solo is not None:
        # "the right way to do the bridge... on the lounge floor": the move asked about; a second move
        # the words only look like ("lounge") is filler. "walk me thru a step up, I wobble at the top":
        # its steps, and the wobble in one line.
        text = compose(solo.id, solo.ref, question, named=True)
        if b.id == "rule:balance_training" and solo is a and _WOBBLE.search(plain):
            lines = text.split("\n")
            at = next((i for i, x in enumerate(lines) if x.startswith(("Full card:", "More:"))), len(lines))
            lines.insert(at, _WOBBLE_LINE)
            text = "\n".join(lines)
        return text, (solo.id,)
    m_only = _muscle_only(plain, a, b)
    if m_only is not None:
        # "inner calf vs outer calf, what's the difference": the muscle's parts; an exercise the words
        # only brush against ("calf" in "calf raise") is filler.
        return compose(m_only.id, m_only.ref, question, named=True), (m_only.id,)
    if why_b or (ask.yesno and direct(b.id, plain) is not None and direct(a.id, plain) is None):
        a, b, a_named, b_named = b, a, b_named, a_named
    why = bool({"why", "reason"} & set(plain.split()))
    if why and not a_named and reason(b.id) is not None and reason(a.id) is None:
        a, b, a_named, b_named = b, a, b_named, a_named  # the topic that has the reason leads
    if why and not b_named and getattr(a.ref, "category", "") == "why" and reason(a.id) is not None:
        # "why bother lifting if I run 50k a week": the reason; the other topic would be filler.
        return compose(a.id, a.ref, question, named=a_named), (a.id,)
    ex_inj = {t.kind: t for t in (a, b)}
    ex, inj = getattr(ex_inj.get("exercise"), "ref", None), getattr(ex_inj.get("injury"), "ref", None)
    if (
        isinstance(ex, Exercise)
        and isinstance(inj, Injury)
        and ex.id in inj.helps
        and ask.kind == "dose"
        and not asks_yes_no(question, ask)
        and (a_named if a.kind == "exercise" else b_named)
    ):
        # "how many calf raises a day for shin splints": that exercise's number first, honest about it.
        daily = " (not every day)" if rx.search(r"\b(?:a|per|each|every) ?day\b|\bdaily\b", plain) else ""
        text = (
            f"{ex.name}: {ex.dose.text()}, in your strength sessions two or three times a week{daily}. "
            f"{ex.dose_note or f'The article gives no separate count for {inj.name.lower()}.'}\n{inj.caution}"
        )
        return text + f"\n{pointer(ex_inj['exercise'].id)}", (ex_inj["exercise"].id, ex_inj["injury"].id)
    if (a.id in TIMING_RULES) != (b.id in TIMING_RULES) and not (
        _SCHEDULE.search(plain) and _WHEN.search(plain)
    ):
        # "hammies tight after intervals, what should I do?": the run is background; the rule on
        # which day to lift answers nothing asked.
        keep, keep_named = (b, b_named) if a.id in TIMING_RULES else (a, a_named)
        return compose(keep.id, keep.ref, question, named=keep_named), (keep.id,)
    if asks_yes_no(question, ask) and not b_named and b.kind == "rule":
        said = direct(a.id, plain) or ""
        if _VERDICT.match(said) and not _VERDICT.match(direct(b.id, plain) or ""):
            # "easy run and legs same day ok?": the lead's verdict answers; a rule without one is filler.
            return compose(a.id, a.ref, question, named=a_named), (a.id, b.id)
    if a.id in TIMING_RULES and b.id in TIMING_RULES and asks_yes_no(question, ask):
        # "race in 2 days, can I lift today?": one timing verdict answers; a second rule is filler.
        for t, t_named in ((a, a_named), (b, b_named)):
            if _VERDICT.match(direct(t.id, plain) or ""):
                return compose(t.id, t.ref, question, named=t_named), (a.id, b.id)
    if "rule:time_needed" in (a.id, b.id) and not _SESSION.search(plain):
        # "how long do I hold each stretch": session length is not what "how long" asks here.
        keep, keep_named = (b, b_named) if a.id == "rule:time_needed" else (a, a_named)
        return compose(keep.id, keep.ref, question, named=keep_named), (keep.id,)
    for t, t_named in ((a, a_named), (b, b_named)):
        said = direct(t.id, plain) or ""
        if rx.search(r"\b(?:before or after|after or before)\b", plain) and said.startswith(
            ("Before:", "After:", "Both:")
        ):
            # "strides before or after the strength session?": one line answers which; no second topic.
            return compose(t.id, t.ref, question, named=t_named), (a.id, b.id)
    if (
        isinstance(a.ref, Exercise)
        and not b_named
        and not (b.kind == "exercise" and _name_in(b, plain))  # ("step-ups vs single-leg squats": two moves)
        and ONE_LEG_WORDS.search(plain)
        and _VERSUS.search(plain)
    ):
        # "single-leg calf raises vs both legs": the progression answers it; "both legs" is no topic.
        return compose(a.id, a.ref, question, named=a_named), (a.id,)
    if (
        a.kind == "exercise"
        and b.kind == "muscle"
        and not _WORKS_ASK.search(plain)
        and (ask.kind in ("howto", "dose") or _DESCRIBED.search(plain))
    ):
        # "how do you do that hamstring one where you lift your butt", "glute bridge, how long do I
        # hold it": the muscle is how the runner describes the exercise; its list is filler.
        return compose(a.id, a.ref, question, named=a_named), (a.id,)
    if optional and b.id in ("rule:free_weights", "rule:machines") and not _KIT_SAID.search(plain):
        # "how can I use the stairs for leg strength?": machines vs free weights is a runner-up that
        # shares "strength", not something asked; no weights or machines are said.
        return compose(a.id, a.ref, question, named=a_named), (a.id,)
    if optional:
        if (
            a.kind in ENTITIES
            and a_named
            and b.kind == "exercise"
            and not b_named
            and asks_yes_no(question, ask)
        ):
            # "should my back be straight on lunges": the lunge's cue answers; "back" is no other exercise.
            return compose(a.id, a.ref, question, named=a_named), (a.id,)
        if a.kind in ENTITIES and a_named and b.kind == "rule" and not b_named:
            # "how long do I pause at the top of calf raises": the exercise answers; a rule that
            # only shares a word ("how long" -> session length) is filler.
            return compose(a.id, a.ref, question, named=a_named), (a.id,)
        rule_a = a.kind == "rule" and not a_named and direct(a.id, plain) is None
        if b.kind in ENTITIES and b_named and rule_a:
            return compose(b.id, b.ref, question, named=b_named), (b.id,)
    if a.id == "rule:why_strength" and b.kind == "exercise" and b_named and _MOVE_WORTH.search(plain):
        text = compose(b.id, b.ref, question, named=True)
        if not rx.match(r"(?:Yes|No)\b", text) and not rx.search(r"\b(?:waste|pointless|useless)\b", plain):
            text = "Yes: " + text[:1].lower() + text[1:]
        return text, (b.id,)
    one_reason = (
        reason(a.id) is not None
        and not rx.search(r"\band\b", plain)
        and not rx.search(r"\b(?:point|benefits?|good for|work|works|muscles?|do for)\b", plain)
    )
    if ask.kind == "why" and ((not b_named and (optional or b.kind == "rule")) or one_reason):
        return compose(a.id, a.ref, question, named=a_named), (a.id,)  # one reason, no runner-up
    if b.id == "rule:routine" and not b_named and a.id != b.id and not _ROUTINE_ASK.search(plain):
        # "do i need to do step ups on both legs?": "legs" brushed the session rule; "A Legwork session
        # has 4 to 6 exercises..." under the answer asks nothing of what was asked.
        return compose(a.id, a.ref, question, named=a_named), (a.id,)
    if (
        b.id == "rule:why_strength"
        and not b_named
        and a_named
        and getattr(a.ref, "category", "technique") == "technique"
    ):
        # "lock out on leg press, W or L?", "leg press: worth it?": the verdict on the thing named; why
        # runners should strength train at all is a general line glued under it, not asked.
        return compose(a.id, a.ref, question, named=a_named), (a.id,)
    first = compose(a.id, a.ref, question, named=a_named, brief=True)
    second = compose(b.id, b.ref, question, named=b_named, brief=True)
    if isinstance(a.ref, Exercise) and b.id == "rule:muscles_used" and _ITS.search(plain):
        # "how do I do a one-legged squat and what muscles does it work": that exercise's muscles.
        names = muscle_names(a.ref.primary).lower()
        head, _, tail = names.rpartition(", ")
        return f"{first}\nIt works the {f'{head} and {tail}' if head else names}.\n{pointer(a.id)}", (a.id,)
    if optional and ask.kind == "dose" and not rx.search(r"\d", first) and rx.search(r"\d", second):
        a, b, a_named, b_named, first, second = b, a, b_named, a_named, second, first  # the figure first
    if second == first:
        # One direct line answers both ("stretch before or after?"): say it once.
        return compose(a.id, a.ref, question, named=a_named), (a.id, b.id)
    q = stems(question) - GENERIC - _RUNNER_KIND
    said_a, said_b = q & stems(first), q & stems(second)
    if optional and not ask.compare and b.kind == "rule" and said_a and not said_b - said_a:
        # A runner-up rule nobody asked for that brings none of the question's words the lead
        # lacks: filler ("A Legwork session has 4 to 6 exercises..." after a stretching answer).
        return compose(a.id, a.ref, question, named=a_named), (a.id,)
    one_ask = optional or not JOINS.search(question)
    nums_a, nums_b = set(rx.findall(r"\d+", first)), set(rx.findall(r"\d+", second))
    same_figures = bool(nums_b) and nums_b <= nums_a  # "2–3 sets × 12–15" said twice
    adds_nothing = not said_b or (said_b <= said_a and len(said_a) >= 2)
    if (
        one_ask
        and not ask.compare
        and not b_named
        and b.kind not in ENTITIES
        and said_a
        and (adds_nothing or same_figures)
    ):
        # The second topic's lead answers nothing of the question the first doesn't: filler.
        return compose(a.id, a.ref, question, named=a_named), (a.id,)
    if (
        one_ask
        and not ask.compare
        and not a_named
        and a.kind not in ENTITIES
        and not said_a
        and len(said_b) >= 2
    ):
        # The mirror case: the first topic's lead says none of the question's words and the second's
        # says several ("should distance runners stick to light weights?": the light-weights rule, not
        # the stride benefit the runner's description pointed to).
        return compose(b.id, b.ref, question, named=b_named), (b.id,)
    if ask.yesno:
        # One verdict, first: the topic that gives one leads; a second verdict is dropped.
        if _VERDICT.match(second) and not _VERDICT.match(first):
            first, second = second, first
        elif _VERDICT.match(second):
            second = _cap(_VERDICT.sub("", second, count=1))
    verdict = _compare(plain, a, b) if not ask.yesno or ask.compare else ""
    if verdict == HILL_EITHER:
        ptr = pointer(a.id) or pointer(b.id)
        return verdict + (f"\n{ptr}" if ptr else ""), (a.id, b.id)
    if (
        verdict.startswith("They're different moves")
        and isinstance(a.ref, Exercise)
        and isinstance(b.ref, Exercise)
    ):
        # "is X basically Y?": how each is done, which shows the difference (not two summaries)
        first, second = (f"{ex.name}: {' '.join(ex.steps[:2])}" for ex in (a.ref, b.ref))
    elif verdict and isinstance(a.ref, Exercise) and isinstance(b.ref, Exercise):
        # Each one's summary, whole sentences: a fact line alone can be a fragment.
        first, second = (f"{ex.name}: {ex.summary}" for ex in (a.ref, b.ref))
    elif verdict and isinstance(a.ref, Muscle) and isinstance(b.ref, Muscle):
        # "quads vs hamstrings, which matters more?": the verdict said the balance; then what each
        # does in running, not each one's balance line again.
        first, second = (f"{m.name}: {_role(m)}" for m in (a.ref, b.ref))
    if verdict:
        # the verdict said the choice: a rule's own "Both work." under it says it again
        first, second = (rx.sub(r"^(?:Both work|Either works)\.\s*", "", x) for x in (first, second))
    ptr = pointer(a.id) or pointer(b.id)
    body = f"{verdict}\n{first}\n{second}" if verdict else f"{first}\n{second}"
    return body + (f"\n{ptr}" if ptr else ""), (a.id, b.id)


# A second ask joined to the first: "how do I do the bridge and the lunge?" keeps both.
_JOINED_ASK = rx.compile(r"\b(?:and|or|vs|versus|also|plus|then|both)\b")
_WOBBLE = rx.compile(
    r"\b(?:wobbl\w*|unsteady|shaky|lose my balance|losing my balance|off balance|tip\w* over)\b"
)
_WOBBLE_LINE = (
    "The wobble: slow down and keep each rep controlled. It's the small muscles that steady you learning "
    "their job; they get steadier with practice (one-legged moves train them most)."
)
# What a muscle's exercises are asked for: then the exercise beside the muscle is part of the answer.
_EXERCISE_ASK = rx.compile(r"\b(?:exercises?|moves?|train\w*|strengthen\w*|work (?:on|them|it)|raises?)\b")


def _solo_howto(plain: str, kind: str, a: Topic, b: Topic) -> Topic | None:
    """The one move a how-to asks about when the other topic is not asked: an exercise named in full
    beside an exercise the words only resemble, or beside balance work ("I wobble at the top")."""
    if kind != "howto" or a.kind != "exercise" or not _name_in(a, plain) or _JOINED_ASK.search(plain):
        return None
    if b.kind == "exercise" and not _name_in(b, plain):
        return a
    if b.id == "rule:balance_training" and _WOBBLE.search(plain):
        return a
    return None


def _muscle_only(plain: str, a: Topic, b: Topic) -> Topic | None:
    """The muscle of a "difference between its parts" question, when the other topic is an exercise
    the question doesn't name in full and no exercise is asked for."""
    m, ex = (a, b) if a.kind == "muscle" else (b, a)
    if m.kind != "muscle" or ex.kind != "exercise" or _name_in(ex, plain):
        return None
    if not _DIFF_ONLY.search(plain) or _EXERCISE_ASK.search(plain):
        return None
    return m


# What kind of runner the question is from ("should distance runners..."): no topic of its own.
_RUNNER_KIND = frozenset({"distanc", "marathon", "ultra", "trail", "road", "recreat", "amateur", "club"})
# What asks about a session's make-up, for the session rule glued on as a runner-up.
_ROUTINE_ASK = rx.compile(
    r"\b(?:sessions?|workouts?|routine|plan|how many (?:exercises|moves|different)|how long|minutes|"
    r"what (?:exercises|moves) (?:should|do|would)|put together|structure)\b"
)
_SESSION = rx.compile(
    r"\b(?:session|sessions|workout|workouts|leg day|strength|training|routine|it take|worth)\b"
)
# A word of when: without one, "races" or "long runs" in a question are background ("legs die on the
# climbs in my trail races, what do I hit in the gym?"), and a rule on which day to lift is filler.
_WHEN = rx.compile(
    r"\b(?:days?|today|tonight|tomorrow|tmrw|morning|mornings|evening|evenings|night|week|weekend|before|"
    r"after|same|when|first|order|then|schedule\w*|monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|am|pm|race day|taper\w*|weeks? out)\b"
)
# A question about when to do the strength work: a lift word, or "which day", "before or after"...
_SCHEDULE = rx.compile(
    r"\b(?:legs|leg ?day|lift\w*|strength|squats?|lunges?|weights|gym|both|leg workout|session|"
    r"same day|which days?|what days?|when|before or after|after or before|which first|order)\b"
)


_VERSUS = rx.compile(r"\b(?:vs|versus|or|double|two|both|better)\b")


@functools.lru_cache(maxsize=1024)
def _for_pattern(name: str) -> re.Pattern[str]:
    return rx.compile(rf" (?:for|with|help|helps) (?:the |my |your |bad |weak )?{re.escape(name)}s? ")


def _says(plain: str, *names: str) -> bool:
    """The question asks what is best FOR this ("for hamstrings", "for my shin splints"), not just
    naming it in an exercise's name ("hamstring curls")."""
    text = f" {plain} "
    return any(_for_pattern(normalize(n)).search(text) for n in names if n)


def _opposed(x: Exercise, y: Exercise) -> bool:
    """Two exercises for opposing muscle groups only (quad extensions and hamstring curls)."""
    mx, my = set(x.primary), set(y.primary)
    if len(mx) != 1 or len(my) != 1:
        return False
    a, b = next(iter(mx)), next(iter(my))
    return b in MUSCLES[a].opposes or a in MUSCLES[b].opposes


def _name_in(t: Topic, plain: str) -> bool:
    names = [getattr(t.ref, "name", ""), *getattr(t.ref, "aliases", ())]
    q = stems(plain)
    return any(n and stems(n) <= q for n in names)  # "hamstring push ups" names the push-up


_SAME_ASK = rx.compile(
    r"\b(?:basically|the same (?:as|thing|move|exercise)|same thing|just (?:a|an) (?!or\b)\w+|a (?:kind|type|"
    r"version|form) of|pretty much|difference|differences|differ)\b"
)
_ITS = rx.compile(r"\b(?:does|do) (?:it|that|this|they|those) (?:work|target|hit|train)\b")
_COMPARE = rx.compile(r"\b(?:or|vs|versus|better|compared|difference|which)\b")
_DIFF_ONLY = rx.compile(r"\b(?:difference|differences|differ\w*|distinguish|vs|versus)\b")
_ONLY_ONE = rx.compile(
    r"\b(?:only (?:\w+ )?(?:time|room|energy|space) for one|only (?:do|pick|choose|have) one|just one|"
    r"one machine|one of them|if i can only)\b"
)
_KIT_RULES = frozenset(
    {"rule:plyometrics", "rule:free_weights", "rule:machines", "rule:gym_vs_home", "rule:home_workout"}
)


def _role(m: Muscle) -> str:
    """A muscle's job in running, its role's first sentence without the leading "They"."""
    first = rx.split(r"(?<=\.)\s+", m.role)[0]
    first = rx.sub(r"^They\s+", "", first)
    return first[:1].lower() + first[1:]


def _and(names: str) -> str:
    head, _, last = names.rpartition(", ")
    return f"{head} and {last}" if head else names


def _compare(plain: str, a: Topic, b: Topic) -> str:
    """The verdict of "A or B?" between two exercises, two muscles or two ways to train; "" if the
    question compares nothing (or the topics are of different kinds)."""
    if not _COMPARE.search(plain) or rx.search(r"\bbefore or after|after or before\b", plain):
        return ""
    x, y = a.ref, b.ref
    if isinstance(x, Exercise) and isinstance(y, Exercise):
        for inj in INJURIES.values():
            if _says(plain, inj.name, *inj.aliases) and x.id in inj.helps and y.id in inj.helps:
                # "calf raises or toe raises for shin splints": the article names both for it.
                return one_for(inj, x, y)
        for m in MUSCLES.values():
            if _says(plain, m.name, *m.aliases) and (m.id in x.primary) != (m.id in y.primary):
                # "bridge or hamstring push-up for hamstrings": the one that targets that muscle.
                best, other = (x, y) if m.id in x.primary else (y, x)
                return (
                    f"For the {m.name.lower()}, the {best.name.lower()}: it targets them; the "
                    f"{other.name.lower()} mainly works the {_and(muscle_names(other.primary).lower())}."
                )
        for m in MUSCLES.values():
            only = [e for e in (x, y) if e.primary == (m.id,)]
            if (
                _says(plain, m.name, *m.aliases)
                and len(only) == 1
                and m.id in x.primary
                and m.id in y.primary
            ):
                # "bridges or step-ups for glutes": both work them; the one that works only them targets them
                best, other = (only[0], y if only[0] is x else x)
                return (
                    f"For the {m.name.lower()}, the {best.name.lower()}: it targets them most directly; the "
                    f"{other.name.lower()} works them too, along with the "
                    f"{_and(muscle_names(tuple(p for p in other.primary if p != m.id)).lower())}."
                )
        if _SAME_ASK.search(plain) and not rx.search(r"\b(?:or|vs|versus|better|which|best)\b", plain):
            # "is a one legged squat basically a lunge?": whether they're the same move, not which to pick
            if y.variation_of == x.id or x.variation_of == y.id:
                base, var = (x, y) if y.variation_of == x.id else (y, x)
                return f"Nearly the same: the {var.name.lower()} is a version of the {base.name.lower()}."
            shared = [p for p in x.primary if p in y.primary]
            if shared:
                both = _and(muscle_names(tuple(shared)).lower())
                return f"They're different moves, though both work the {both}:"
            mx, my = (_and(muscle_names(e.primary).lower()) for e in (x, y))
            return (
                f"They're different moves: the {x.name.lower()} mainly works the {mx}, the "
                f"{y.name.lower()} the {my}."
            )
        order = {e.id: i for i, e in enumerate((x, y))}
        for first, then, why in _PROGRESSION:
            if first in order and then in order:
                return why
        if {x.id, y.id} == {"hill_repeats", "treadmill_incline"}:
            return HILL_EITHER  # (the whole answer: the two cards would only say it again)
        if y.variation_of == x.id or x.variation_of == y.id:
            base, var = (x, y) if y.variation_of == x.id else (y, x)
            return f"Both work: the {var.name.lower()} is a version of the {base.name.lower()}."
        if _opposed(x, y) and _ONLY_ONE.search(plain):
            # "only time for one machine: leg extension or leg curl?": a pick, then the balance
            ham, quad = (x, y) if "hamstrings" in x.primary else (y, x)
            return (
                f"Pick either, and do the other next session: the {quad.name.lower()} works the front of "
                f"the thigh, the {ham.name.lower()} the back, and the article wants the two kept in balance, "
                "so alternate them rather than always doing the same one."
            )
        if _opposed(x, y):
            return (
                "Neither alone: do both, in balance. Quad work should be matched by hamstring work, since "
                "an imbalance between opposing muscles is a major cause of running injuries."
            )
        picked = _broader(plain, x, y)
        if picked:
            return picked
        if set(x.primary) == set(y.primary):
            muscles = _and(muscle_names(x.primary).lower())
            return f"Both are good for the {muscles}: pick the one your kit allows, or alternate them."
        mx, my = (_and(muscle_names(e.primary).lower()) for e in (x, y))
        return (
            f"Both are useful and work different things ({x.name.lower()}: {mx}; {y.name.lower()}: {my}): "
            "vary your routine to include both."
        )
    if isinstance(x, Muscle) and isinstance(y, Muscle):
        if _DIFF_ONLY.search(plain) and not rx.search(r"\b(?:which|better|best|more important|or)\b", plain):
            # "whats the difference between quads and hamstrings?": where each is, not a "Both" verdict
            return (
                f"Where they are: {x.name.lower()}, {x.location}; {y.name.lower()}, {y.location}. They do "
                "different jobs in your stride:"
            )
        if y.id in x.opposes or x.id in y.opposes:
            return (
                "Both, in balance: an imbalance between opposing muscles is a major cause of running "
                "injuries, so match one's work with the other's."
            )
        return "Both matter: train every major leg muscle group."
    if a.id in _KIT_RULES and b.id in _KIT_RULES:
        return "Both have a place; if you can, do both:"
    return ""


# "which is better", "if I only have time for one": a pick is asked for, not a difference
_PICK_ASKED = rx.compile(
    r"\b(?:which|better|best|pick|choose|only (?:\w+ )?(?:time|room|energy|space) for one|just one|"
    r"only (?:do|pick|choose|have) one|if i (?:can|could) only)\b"
)


def _broader(plain: str, x: Exercise, y: Exercise) -> str:
    """A pick between two exercises when one is asked for: the one that works more of the legs ("step-ups
    or bridges if I only have time for one?": the step-up); "" when neither works more, or no pick is
    asked ("what's the difference", "don't they work the same thing?")."""
    if len(x.muscles) == len(y.muscles) or not _PICK_ASKED.search(plain) or _SAME_ASK.search(plain):
        return ""
    best, other = (x, y) if len(x.muscles) > len(y.muscles) else (y, x)
    works, mostly = _and(muscle_names(best.muscles).lower()), _and(muscle_names(other.primary).lower())
    return (
        f"If you pick one, make it the {best.name.lower()}, for the {works}; the {other.name.lower()} is "
        f"mostly {mostly} work. Rotate the other in when you have time."
    )


# Two drills the article orders: the first one first.
_PROGRESSION: tuple[tuple[str, str, str], ...] = (
    (
        "line_hops",
        "box_hops",
        "Line hops first: the article starts plyometrics with hopping back and forth over a line, then "
        "hopping forward onto a step or low box, alternating legs.",
    ),
)
# (content/direct.py's "Fine:" / "Bad idea:" answer "a bad idea or fine?" as a Yes / No does)
_VERDICT = rx.compile(
    # (r17 uf: "It can:" is a verdict too: a second one under "Yes, it's a good one" says yes twice)
    r"^(?:(?:Yes|No)(?:, (?:avoid it|it can|it does|they can|they do))?[.:,]|"
    r"(?:Fine|Bad idea|Sensible|Smart|Legit|Good|Safe|It can|It does|They can|They do)[:,]) ?(?:that's "
    r"fine: )?"
)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]
