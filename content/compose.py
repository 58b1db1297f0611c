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
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from content import rx
from content.anatomy import INJURIES, MUSCLES
from content.cards import exercises_for_muscle, muscle_names, named_exercises
from content.direct import KNEE_PAST_TOES, VARY_WHEN_TEXT, WEIGHTS_NAMED, direct, order_verdict, week_verdict
from content.exercises import COOLDOWN, EXERCISES, WARMUP
from content.model import Equipment, Exercise, Injury, Muscle, Rule
from content.reasons import reason
from content.text import STOPWORDS, normalize, stem_words
from content.verdicts import DROP_CHOICE_TEXT, MACHINES_THEN_FREE, easy_run_as_no, number_asked

# ---- intent -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Ask:
    """What one question asks for."""

    kind: str  # "dose" | "howto" | "why" | "when" | "lack" | "harder" | "easier" | "check" | "what"
    dose: str = ""  # for "dose": "count" | "time" | "heavy" | "rest" | "often" | "depth"
    yesno: bool = False  # asked as yes/no ("is it ok", "should I", "do I", "will it")
    compare: bool = False  # "X or Y", "vs", "better"
    other_side: bool = False  # "the other leg / side"
    then: bool = False  # "then what?", "what next?": the steps after the ones told


# (r17 va) A side named by left or right: "the left leg", "my right side", "left one", "the leg on the left".
_SIDE_NAMED = rx.compile(
    r"\b(?:left|right) (?:\w+ )?(?:legs?|sides?|one|foot|knee|hip|glute|calf|hamstring|quad)\b|"
    r"\b(?:legs?|sides?) (?:\w+ ){0,2}(?:left|right)\b"
)
# A dash between two clauses ("<a move told by its look> - should my chest stay up?").
_DASH = rx.compile(r"\s[-\u2013\u2014]+\s")
# The one-leg version named ("single-leg", "one legged"): pairs.py's one-or-two check reads it too.
ONE_LEG_WORDS = rx.compile(r"\b(?:single|one leg(?:ged)?|single leg(?:ged)?)\b")
_DOES_FOR = rx.compile(
    # (a muscle's job is its role: "what do my calf muscles do for runners" is not a benefit)
    # (r16 zf: a move named after its muscle, "glute bridge", "hamstring push-up", is a move, not a muscle)
    r"^(?!.*\b(?:muscles?|calf|calves|quads?|hamstrings?|glutes?|hips?|thighs?|shins?)\b"
    r"(?! raises?| curls?| bridges?| push ?ups?| lifts?| extensions?))"
    r".*\bwhat (?:does|do|will|would|can) (?:\w+ ){1,4}do (?:for|"
    r"to) (?:my |me|your |the |a )?(?:running|runners?|me|"
    r"legs?|speed|race|racing|stride|form)\b|\bwhats? (?:it|that|this|they|those) (?:good )?for\b|"
    # "what is that for?", "what's that one supposed to fix?", "..., what does it do?" (of a move)
    r"^(?!.*\b(?:muscles?|calf|calves|quads?|hamstrings?|glutes?|hips?|thighs?|shins?)\b"
    r"(?! raises?| curls?| bridges?| push ?ups?| lifts?| extensions?)).*(?:"
    r"\bwhat(?: is| are|s) (?:it|that|this|they|those)(?: one)? (?:good |meant |supposed to be )?for\b|"
    r"\bwhat(?: is| are|s) (?:it|that|this|they|those)(?: one)? (?:supposed|meant) to "
    r"(?:fix|do|help|train|work)\b|"
    r"\bwhat (?:does|do) (?:it|that|this|they|those)(?: one)? (?:actually |really |even )?do$)"
)
# "..., time for a rest?", "too close?": a yes/no said without its verb.
_ELLIPTIC = rx.compile(
    r"(?:^|[,;.]\s*)(?:time (?:to|for)|too (?:much|many|close|soon|often|heavy))\b|"
    r"[,;]\s*(?:would |will |could |can )?(?:\w+ ){0,2}(?:help|helps|work|works)\s*\?+\s*$|"
    r"[,;]\s*(?:a )?(?:problem|bad|ok|okay|normal|fine|safe|worth it|good idea|bad idea|true|correct|"
    r"a myth)\s*\?*\s*$"
)
# ("..., right?" is a tag; "how do I do them right" asks the way to do them)
_OR_NOT = rx.compile(
    r"\b(?:or nah|or not|yay or nay|worth it|(?<!\bdo )(?<!\bdoing )(?<!\bget )(?<!\bgetting )"
    r"(?<!\bdone )(?<!\bit )(?<!\bthem )(?<!\bthis )(?<!\bthat )(?<!\bem )(?<!\bform )right|isnt it)$"
)
# "how do I do calf raises right": "right" after the thing done is the right way, not a tag question.
_DO_RIGHT = rx.compile(r"\b(?:do|doing|done|get|getting)\b(?: \w+){0,6} right$")
# "what muscles does it work", "which muscles": what it works, not how heavy its weight should be
_MUSCLES_ASK = rx.compile(r"\b(?:what|which) muscles?\b")
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
    "tall": "depth",  # "how tall a box for step ups": the height, as "how high"
}
# "how far should I bend my knee", "what angle", "what % grade": a figure of the movement itself.
_DEPTH = frozenset("angle degrees degree grade incline percent bend height".split())
_WEIGHT = frozenset("kg lbs kilos heavy heavier weight weigh weights dumbbell dumbbells".split())
_HELD = frozenset("dumbbell dumbbells weights kettlebell kettlebells db dbs plates plate".split())
# "explain bridges", "what do I actually do on the leg curl", "walk me through": the technique.
_FIGURE = rx.compile(r"\d|°|degree|grade|angle|below|as high")
_HOWTO = frozenset("technique form properly steps correctly explain instructions".split())
_WHOLE_ASKED = rx.compile(
    r"\b(?:explain|describe|walk (?:me|us) through|talk (?:me|us) through|run (?:me|us) through|"
    r"break (?:it )?down|show (?:me|us) how|instructions)\b"
)


# "how do I do the hip strengthener with an ankle weight": the steps, not how heavy the weight is.
_HOW_DO_I = rx.compile(
    r"\bhow (?:do|would|should|can) (?:i|you|u) (?:actually |properly |correctly |best )?"
    r"(?:do|perform|set up|run)\b|"
    r"\bhow to (?:do|perform|run)\b|\b(?:right|proper|correct|best) technique\b|"
    r"\bwhats? (?:is )?the (?:right|proper|correct|best) form\b|(?:^|, )proper form$"
)


# "you lie down with your feet on a chair? then what?", "ok I'm up on the bench, what next?": the rest
_THEN_WHAT = rx.compile(
    r"\b(?:then what|what then|what next|whats next|what now|now what|"
    r"what do (?:i|you) do (?:next|after that|then)|what comes next|what happens next|and after that)\b"
)


# (r18 td) "what do calf raises help with?", "what are lunges good for?", "whats the bridge for": the
# purpose of the thing named, said last
_FOR_WHAT = rx.compile(
    r"(?:(?:so|and|but|ok|okay) )*(?:what|whats|wat) (?:\w+ ){1,5}?(?:good for|for|help with|helps? with)"
    r"(?: exactly| then| again)?$"
)


# (r19 ti) A move's look asked ("meant to look like", "what does it look like"): its steps; not a
# session's or a week's shape, nor a body's.
_LOOKS_LIKE = rx.compile(
    r"^(?!.*\b(?:sessions?|workouts?|routines?|weeks?|plans?|programm?e?s?|days?|schedule|legs|muscles?|"
    r"form|posture|strong|stronger|weak)\b)"
    r".*\b(?:(?:meant|supposed) to look|looks? like|look right|"
    # (r19 tk) "how should the rep look?", "how's a good lunge done?", "how is a proper bridge done?"
    r"how (?:should|does|do|would|must) (?:\w+ ){1,4}look|(?:hows|how is|how are) (?:\w+ ){1,4}done)\b"
)


@lru_cache(maxsize=2048)
def ask_of(text: str) -> Ask:
    """The intent of one question (normalised words: "how many", "why", "is it ok"...)."""
    words = normalize(text).split()
    pairs = set(pairwise(words))
    # "hill reps": the move's name, no count asked ("want to do hill reps, how should i run them")
    w = set(words) - ({"reps", "rep"} if ("hill", "reps") in pairs or ("hill", "rep") in pairs else set())
    dose = ""
    # The last "how <word>" in the message, read in order: "how long should the box be, I mean how
    # high?" asks the height. (This loop read the set of pairs, whose order changes with the process's
    # string hashing: such a message got a different answer from one process to the next.)
    for a, b in pairwise(words):
        if a == "how" and b in _DOSE_NEXT:
            dose = _DOSE_NEXT[b]
    if dose == "count" and ("far" in w or w & _DEPTH) and not w & {"reps", "sets", "times", "rep"}:
        dose = "depth"
    if (
        ("how", "much") in pairs
        and w & {"lift", "press", "push", "load", "use"}
        and not w
        & {
            "times",
            "week",
            "often",
            "reps",
            "sets",
        }
    ):
        dose = "heavy"  # "how much should I lift on the leg press"
    if dose == "count" and w & _WEIGHT and not w & {"reps", "sets", "rep"}:
        dose = "heavy"  # "how much weight for leg extensions"
    if not dose and w & _DEPTH and w & {"what", "how"} and not w & {"why", "better", "or", "vs"}:
        dose = "depth"  # "what % grade for hill repeats"
    if not dose and not _HOW_DO_I.search(" ".join(words)) and not _MUSCLES_ASK.search(" ".join(words)):
        if (
            w & {"kg", "lbs", "kilos", "heavy", "heavier", "weight"}
            # (r16 zb) "what size dumbbells for lunges?", "how big a kettlebell?": the load asked
            or (w & {"size", "sizes", "sized", "big"} and w & _HELD)
        ) and w & {
            "what",
            "whats",  # "what's the right weight for leg presses?"
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
    # (r17 ue) "and how many sessions?", "how many workouts should I do?": sessions counted are how often
    often = often or any(
        a == "many" and {"sessions", "workouts"} & set(words[i + 1 : i + 3]) for i, a in enumerate(words)
    )
    if dose == "count" and often and not (w & {"reps", "sets", "rep"}):
        dose = "often"
    if (
        dose == "count"
        and w & {"seconds", "secs", "second", "pause", "hold"}
        and not w & {"reps", "sets", "rep"}
    ):
        dose = "time"  # "how many seconds should I pause at the top": a hold, not a rep count
    if dose == "much" and "rest" in w:
        dose = "rest"
    if dose in ("count", "time") and "rest" in w and w & {"between", "sets", "set"}:
        dose = "rest"  # "how long should I rest between sets of lunges"
    # A yes/no question may follow a statement: "calves tight after runs, should I lift them?"
    clause_starts = {
        # ("<the move> - should my chest stay up?": the dash starts the asking clause)
        c.split()[0]
        for c in rx.split(r"[,;:]|[.!?](?=\s)|\bso\b|\bbut\b|\s[-\u2013\u2014]+\s", text.lower())
        if c.split()
    }
    yesno = (
        (bool(words) and words[0] in _YESNO_START)
        or bool(clause_starts & {"should", "can", "could", "is", "do", "does", "will", "would"})
    ) and ("how", "do") not in pairs
    joined = " ".join(words)
    yesno = (
        yesno
        or bool(_OR_NOT.search(joined) and not _DO_RIGHT.search(joined))
        or bool(_ELLIPTIC.search(text.lower()))
    )
    # "could you please explain how to perform the bridge?": a request for the steps, not a yes/no
    yesno = yesno and not (_REQUEST.search(joined) and w & {"how", "explain", "describe", "show", "walk"})
    # ("how do I do the side-lying hip raise right?": no other side asked)
    other = bool(w & {"other", "left", "right"}) and bool(w & {"leg", "side", "legs", "sides"})
    # (r17 va) "the instructor showed us the leg press... then left us to it": "left" the verb, no side
    other = other and ("other" in w or bool(_SIDE_NAMED.search(joined)))
    # ("what's the right weight for leg presses?": "right" said of the weight, not the right leg)
    other = other and (("right", "weight") not in pairs or bool(w & {"other", "left"}))
    other = other and not (_DO_RIGHT.search(" ".join(words)) and not w & {"other", "left"})
    compare = bool(w & {"vs", "versus", "better", "difference", "compared"}) or ("or", "not") in pairs
    # "would hill repeats or the leg press help me more?", "which one, A or B?": a choice asked
    compare = compare or (
        "or" in w and bool(w & {"more", "most", "best", "which"}) and not _OR_NOT.search(" ".join(words))
    )
    if _LOOKS_LIKE.search(joined):
        # (r19 ti) "what's that side-lying lift with an ankle weight meant to look like?": the steps, not
        # the load its "weight" brushes
        kind, dose = "howto", ""
    elif _DOES_FOR.search(" ".join(words)):
        # "...with a weight on your foot - what does that do for running?": what it's for, not the load
        kind, dose = "why", ""
    elif words and words[0] == "why":
        kind = "why"  # "why bother if I run 50k a week": the why, not the dose
    elif dose:
        kind = "dose"
    elif words[-1:] == ["how"] and not yesno:
        kind = "howto"  # "i want the treadmill to give me the same benefit as hills, how"
    elif (
        w & {"why", "benefit", "benefits", "point", "worth", "reason", "reasons"}
        or ("what", "for") in pairs
        or ("how", "come") in pairs
        or bool(_FOR_WHAT.match(joined))
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
    elif w & {"harder", "tougher"} and ("how", "do") in pairs:
        kind = "harder"  # "how do I make squats harder without weights": harder, not the missing kit
    elif (
        (lacks := w - ({"without", "instead"} if _MANNER.search(" ".join(words)) else set()))
        & {"instead", "substitute", "alternative", "replace", "without", "dont", "havent", "no"}
        and lacks & {"have", "got", "instead", "substitute", "alternative", "replace", "without", "own"}
    ) or w & {"taken", "occupied", "busy", "broken", "unavailable", "queue"}:
        kind = "lack"
    elif w & {"harder", "progress", "advanced", "tougher", "level"} or ("too", "easy") in pairs:
        kind = "harder"
    elif (
        w
        - ({"easy"} if _EASY_RUN.search(" ".join(words)) else set())
        - ({"start", "starting"} if _RACE_START.search(" ".join(words)) else set())
    ) & {
        "easier",
        "beginner",
        "beginners",
        "newbie",
        "start",
        "starting",
        "easy",
        "modify",
    }:
        kind = "easier"  # (an "easy pace" or "easy run day" is a run, not an easier version asked for)
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
    then = bool(_THEN_WHAT.search(" ".join(words)))
    if then and not dose:
        kind, yesno = "howto", False
    return Ask(kind, dose, yesno, compare, other, then)


# ---- the article's do's and don'ts, as verdicts -------------------------------------------------
# A yes/no question about one of the article's rules of form or schedule gets that rule's verdict,
# whichever topic retrieval picked (a wall squat's card for "knees past my toes?" has the cue, but a
# cue sentence read for "Yes"/"No" can come out backwards). Each pattern says which way round the
# question asks: doing the thing the article warns against ("No: ...") or the thing it recommends
# ("Yes: ..."). Written from the article's own rules.

# (r17 ue) "my long trail run", "a sunday long slow run": a long run all the same
_LONG_RUNW = r"long (?:trail |road |slow |weekend |sunday |saturday |hilly |fell |mountain )?run"
_EVERY_MORNING = r"(?:every (?:single )?(?:morning|night|evening)|each (?:morning|night|evening)|nightly)"
_LIFTW = r"(?:lift\w*|legs|leg ?day|strength|weights|gym|squats?|lunges?|leg (?:session|workout))"
_RUNW = r"(?:run|runs|running|jog|jogging|easy run|long run)"
# (r18 tc) A hard run however it's named ("my speed sesh", "hill sprints", "track night", "quality
# session") and the strength work however it's named ("calf raises", "bridges"): one vocabulary for the
# hard-run-day verdicts and the combining verdicts that must not answer them.
_HARDW = (
    rf"(?:{_LONG_RUNW}s?|tempo(?: runs?)?|intervals?|interval (?:sessions?|runs?)|"
    r"track(?: sessions?| workouts?| nights?)?|speed ?(?:work|sessions?|sesh|workouts?|runs?)|"
    r"sprint (?:sessions?|workouts?|training)|"
    r"hill (?:reps?|repeats?|sprints?|sessions?)|fartleks?|threshold(?: runs?)?|hard (?:runs?|sessions?|"
    r"workouts?)|race pace|quality (?:sessions?|runs?))"
)
_MOVEW = (
    rf"(?:{_LIFTW}|calf raises?|step ?ups?|bridges?|deadlifts?|leg press\w*|leg curls?|leg extensions?|"
    r"wall squats?|hamstring (?:curls?|push ?ups?)|plyo\w*|box jumps?)"
)
_SKIPW = r"(?:skip\w*|omit\w*|drop\w*|without|no|ditch\w*|miss\w*|forget|leave out|cut out)"
_KEEPW = (
    r"(?:need|have|got|must|should|do|worth)\b "
    r"(?:(?!skip|omit|drop|without|no\b|ditch|miss|forget|leave|cut|only|just)\w+ ){0,3}"
)
_VERDICTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        # (r17 ue) "legs always tired from work: is there a way to do it without being knackered all the
        # time?": yes, kept small; not a muscle's card nor "change your routine"
        rx.compile(
            r"\b(?:(?:a|any) way|how (?:do|can|could|would) (?:i|you)|can i|could i|possible) (?:to )?"
            r"(?:do|add|fit|get|build|start)\b(?: \w+){0,4} without (?:being|getting|feeling|ending up|"
            r"leaving (?:me|my legs)) (?:\w+ )?(?:knackered|tired|wrecked|exhausted|fatigued|drained|cooked|"
            r"shattered|wiped|dead|trashed|worn out)\b"
        ),
        "Yes, keep it small: two 15–20 minute sessions a week with a load you're comfortable with (never "
        "to extremes), on easy days and never the day before a race, plus a week off strength once a month. "
        "Stronger muscles tire more slowly, so done this way it should leave your legs fresher, not more "
        "worn.",
    ),
    (
        # "are half reps fine on the leg press?": the article's full range of motion
        rx.compile(
            r"^(?!.*\b(?:full|whole|all the way)\b.*\bor\b|.*\bor\b.*\b(?:full|whole|all the way)\b)"
            r".*\b(?:half|partial|quarter|shallow|mini)(?: range)? (?:reps?|squats?|lunges?|range|rom)\b"
        ),
        "No: move through your full range of motion on every rep, slow and controlled, stopping just "
        "short of locking the joint.",
    ),
    (
        # "should my knees stay behind my toes?" asks about the thing the article recommends
        rx.compile(r"\bknees?\b.*\b(?:behind|back from|not (?:go |going )?(?:past|over))\b.*\btoe[sz]?\b"),
        "Keep them behind your toes: don't let your knees travel out in front of them; lower only until "
        "they're bent about 90 degrees.",
    ),
    (
        KNEE_PAST_TOES,
        "No: don't let your knees travel out in front of your toes; lower only until they're bent about "
        "90 degrees.",
    ),
    (
        rx.compile(
            r"\block\w* (?:\w+ ){0,2}knees?\b|\bknees? (?:\w+ ){0,2}lock\w*|\block ?out\b|"
            r"\bknees? (?:\w+ ){0,3}(?:snaps?|pops?|goes|slams?|jerks?) (?:\w+ )?straight\b|"
            r"\bstraighten\w* (?:my |the |your )?(?:knees?|legs?) (?:all the way|fully|completely)\b"
        ),
        "No, don't lock them: stop just before the knee is fully straight. Locking out takes the load off "
        "the muscle and puts it on the joint.",
    ),
    (
        rx.compile(r"\bhold\w* (?:my |your |the |in (?:my |your )?)?breath\b"),
        "No: never hold your breath. Breathe out as you do the main effort (the push or lift) and in as "
        "you lower.",
    ),
    (
        # Bouncing in a rep or a stretch; "bouncing on my toes as a warm-up" is not a rep.
        rx.compile(
            r"^(?=.*\b(?:squats?|lunges?|reps?|sets?|bottom|weights?|calf raises?|press|lift\w*|stretch\w*|"
            r"step ups?|exercises?)\b)(?:.*\bbounc\w*|.*\bmomentum\b|.*\bswing\w* (?:the )?weights?\b)"
        ),
        "No: keep every rep slow and controlled through the full range of motion, no bouncing.",
    ),
    (
        rx.compile(
            # (not the running form: "my running feels sloppy, will strength improve my running form?")
            r"^(?!.*\b(?:my running|running form|running technique|when i run|while running|my stride)\b).*"
            r"(?:\b(?:form|technique)\b.*\b(?:sloppy|messy|break\w*|slip\w*|suffer\w*|worse|sacrific\w*|"
            r"ugly|goes|go)\b|\b(?:sloppy|messy|cheat\w*|sacrific\w*)\b.*\b(?:form|reps?|technique)\b|"
            r"\bas heavy as (?:possible|i can)\b|\bego lift\w*)"
        ),
        "No: never sacrifice form to lift heavier or squeeze out a few more reps. Use a weight you can "
        "control with good form and alignment on every rep.",
    ),
    (
        rx.compile(r"\b(?:steeper|steepest|really steep|very steep|super steep|as steep as)\b"),
        "No: steeper isn't better. Choose a 5–10% grade, not too steep, and run up 5 to 8 times, jogging "
        "back down.",
    ),
    (
        rx.compile(
            # ((r18 tc) "can i do plyo b4 my run": a move named, not only "lift")
            # ((r19 tj) "the morning after leg day": the next day, not one shared)
            rf"^(?!.*\b(?:day (?:before|after)|morning after|tomorrow|yesterday|night before)\b)"
            rf"(?:.*\b{_MOVEW}\b "
            rf"(?:\w+ ){{0,5}}(?:first|before|then)\b.*\b{_RUNW}\b|.*\b{_RUNW}\b (?:\w+ ){{0,3}}after "
            rf"(?:\w+ ){{0,3}}{_MOVEW}\b)"
        ),
        "No: when both share a day, run first, then do the strength work (a few minutes of light jogging "
        "is the warm-up before lifting).",
    ),
    (
        # (r16 wc) "does skipping leg day actually matter if i run 50k a week?", "is missing strength work
        # a big deal?": whether leaving it out matters, so Yes (the skip's own verdict below is a No)
        rx.compile(
            rf"\b(?:{_SKIPW}) (?:\w+ ){{0,2}}(?:leg ?days?|legs|strength(?: work| training)?|lifting|weights|"
            r"leg work|the gym)\b (?:\w+ ){0,2}?(?:really |actually |even |that )?"
            r"(?:matters?|make (?:a|any|much of a) difference|a big deal|such a big deal|"
            r"hurt (?:me|my running)|cost me)\b"
        ),
        "Yes, it matters: running builds endurance but is an inefficient way to build strength. Two "
        "short leg sessions a week (15 to 20 minutes) make you more efficient, fix imbalances and help "
        "head off injuries.",
    ),
    (
        rx.compile(
            # (r15 yb: "they say never skip leg day but I run every day, do I need it?": the saying told,
            # not a skip asked; the need is Yes)
            rf"^(?!.*\b(?:never|dont|do not|not to) (?:\w+ )?(?:{_SKIPW})\b)"
            # ((r18 tf) "coach says never do legs on a run day": when, not whether)
            r"(?!.*\b(?:same day|(?:run|running) days?|days? (?:i|you|we) (?:run|go running)|day as)\b)"
            rf".*\b(?:{_SKIPW}|dont do|never do)\b (?:\w+ ){{0,2}}"
            r"(?:leg ?day|legs|strength|lifting|weights)\b.*\b(?:run|running|runs)\b"
        ),
        "No: running builds endurance, but it's an inefficient way to build strength. Two short leg "
        "sessions a week (15 to 20 minutes) fill the gap and help head off injuries.",
    ),
    (
        rx.compile(
            # How often they LIFT: not "I run every day, do I need leg work?" or "I only run".
            r"^(?!.*\b(?:(?:only|just) (?:run|running)|"
            r"(?:run|runs|running|jog\w*|walk\w*|cycle|cycling|swim\w*|bike|ride|hike|commute|"
            # ("it's been chucking it down every day": the weather, not their lifting)
            r"rain\w*|pouring|down|snow\w*|storm\w*|wet|sleet\w*|freezing|icy|dark) "
            rf"(?:\w+ ){{0,2}}?(?:every ?day|daily|{_EVERY_MORNING}))\b)"
            # ((r17 ua) "toe raises every morning for my shin splints?": a daily habit too)
            rf".*\b(?:every ?day|daily|each day|7 days a week|every single day|{_EVERY_MORNING}|"
            r"(?:6|7|six|seven) days a week)\b"
        ),
        "No need: twice a week is the usual, sometimes three. Your muscles get stronger in the rest "
        "between sessions.",
    ),
    (
        # "I've lifted 5 weeks without a break, is it time to rest?": asking for the week off, so yes.
        rx.compile(
            r"^(?!.*\b(?:[1-3]|one|two|three|a couple of) (?:straight |solid )?weeks?\b)"
            r"(?=.*\b(?:in a row|straight|without (?:a )?(?:breaks?|"
            r"rest|week off)|no (?:breaks?|rest|week off)|"
            r"non ?stop|in ages|for ages|in (?:a )?(?:long )?while|(?:\d+|four|"
            r"five|six|seven|eight|ten|several|many|a|two|three|couple of) "
            r"(?:straight |solid |whole )?(?:weeks|months?|wks))\b)"
            r".*\b(?:time (?:to|for) (?:a |some )?(?:rest|break|week off|deload|time off|recovery)|"
            r"(?:need|take|have|due) (?:a |some )?(?:rest|break|week off|deload|time off|recovery week)|"
            r"(?:should i|time to|need to) (?:rest|stop|back off|ease off|ease up|pull back|take it easy|"
            r"deload)|(?:rest|break|week off) (?:now|yet))\b"
        ),
        "Yes: the article's advice is a week off strength work once a month for extra recovery, so if "
        "you've gone a month or more without one, take it now. Then pick up where you left off.",
    ),
    (
        rx.compile(
            r"\b(?:all year|year round|no breaks?|never (?:take|have) (?:a )?(?:break|week off)|"
            r"without (?:a )?breaks?|non ?stop)\b"
        ),
        "No: once a month, take a week off strength work to give your body extra recovery.",
    ),
    (
        rx.compile(
            # not when the ask is about the warm-up or stretch and bodyweight is only its setting ("do I
            # need to warm up if I'm just doing bodyweight stuff?")
            r"^(?!.*\b(?:warm\w*|stretch\w*|breath\w*)\b)"
            r".*\b(?:only|just)\b (?:\w+ ){0,2}(?:bodyweight|body weight|calisthenics|home workouts?)\b"
        ),
        "Yes: the bodyweight basics (calf raise, one-legged squat, hamstring push-up, step-up, bridge), "
        "plyometrics and hills build strong legs. Make them harder as you get stronger, e.g. one leg at a "
        "time.",
    ),
    (
        # (r19 ti) "run first or strength work first if they're on the same day?": the order asked is
        # answered (no "Yes" to an either/or), with the easy-day condition
        rx.compile(
            r"^(?!.*\b(?:tempo|intervals?|race|racing|track|hard run|bad|harm\w*|hurt)\b)"
            r"(?=.*\b(?:first or|or (?:\w+ ){0,4}first|which (?:\w+ )?first)\b)"
            r"(?=.*\b(?:run|runs|running|jog\w*)\b)"
            r".*\b(?:same|that|one) day\b"
        ),
        "Run first, then the strength work, on an easy-run day: not on a hard-run day (intervals, a tempo or "
        "a long run).",
    ),
    (
        # "(can I run and) do strength on the same day?": the same day as what is the run (the ask
        # split off it), not two exercises in one session.
        rx.compile(
            rf"^(?!.*\b(?:tempo|intervals?|race|racing|{_LONG_RUNW}|track|fartlek|threshold|hard run|hills?|"
            rf"{_HARDW}|speed|sprint\w*|bad|harm\w*|hurt|every|each|always)\b)"
            r"(?=.*\b(?:strength|lift\w*|weights|gym|leg ?day|leg (?:session|workout)s?)\b|"
            # a run and a named move ("can I jog and do squats the same day")
            r".*\b(?:run|runs|running|jog\w*)\b(?=.*\b(?:squats?|lunges?|step ?ups?|calf raises?|bridges?|"
            r"leg press\w*|deadlifts?|plyo\w*)\b)|"
            r".*\b(?:squats?|lunges?|step ?ups?|calf raises?|bridges?|leg press\w*|deadlifts?|plyo\w*)\b"
            r"(?=.*\b(?:run|runs|running|jog\w*)\b))"
            r".*\b(?:same|that|one) day\b"
        ),
        "Yes, if it's an easy run: run first, then the strength work. Not on a hard-run day (intervals, a "
        "tempo or a long run).",
    ),
    (
        rx.compile(
            rf"^(?!.*\b(?:run|runs|running|jog\w*|tempo|intervals?|race|{_LONG_RUNW}|track|fartlek|threshold|"
            rf"{_HARDW}|speed|sprint\w*|hills?|every|each|always|all the time|over and over)\b)"
            # (r15 yb) "one leg at a time rather than both together?": the one-legged choice, not combining
            r"(?!.*\b(?:one (?:leg|side) at a time|one at a time|single leg\w*|one legged|each leg|both legs|"
            r"two legs|both together|legs together|separately|individually)\b)"
            # (r19 th) "is doing both on the same day a problem?": a run and a session, the pair told before
            r"(?!.*\b(?:doing|do|does|have|fit|combine|combining) (?:the )?(?:both|two)\b(?: \w+){0,2} "
            r"same day\b)"
            r".*\b(?:same (?:day|session|workout)|together|in one (?:session|workout|go))\b"
        ),
        "Yes: the article says to work several major muscle groups in each session, so combining them is "
        "fine. Keep good form on each.",
    ),
    (
        # (r18 tb) "do I need a rest day after leg day?": rest after the session, not lifting on rest days
        rx.compile(
            r"\b(?:rest|off|recovery) days? (?:\w+ ){0,1}(?:after|following|post) "
            r"(?:a |my |the |each |every )?"
            r"(?:leg ?days?|legs|lift\w*|strength\w*|gym|weights|leg (?:session|workout)s?)\b"
        ),
        "No, not a full one: an easy run the next day is fine if your legs feel OK (general advice; the "
        "article doesn't set one). Its rules are no strength work on a hard-run day or the day before a "
        "race, and two or three sessions a week, so your muscles recover between them.",
    ),
    (
        rx.compile(
            rf"\b{_LIFTW}\b (?:\w+ ){{0,3}}on (?:a |my |the )?(?:rest|off|non running|easy) days?\b|"
            r"\b(?:rest|off) days?\b (?:\w+ ){0,3}(?:for |to )?(?:legs|lift\w*|strength|leg day|gym)\b"
        ),
        "Yes: a day without a hard run suits strength work. The article only keeps it off hard-run days "
        "and the day before a race.",
    ),
    (
        rx.compile(
            rf"\b{_MOVEW}\b.*\b(?:morning|evening|night|afternoon|day) of (?:a |my |the |your )?"
            rf"(?:{_HARDW}|track|hard run)\b|"
            rf"\bsame day as (?:a |my |the |your )?(?:{_HARDW}|track)\b|"
            # (r18 tc) "calf raises on my intervals day", "bridges on track day": a move named, not "lift"
            rf"^(?=.*\b{_MOVEW}\b).*\bon (?:my |a |the |your )?(?:{_HARDW}|hard|workout|speed) "
            r"(?:run )?days?\b|"
            rf"^(?=.*\b{_LIFTW}\b).*\bon (?:my |a |the |your )(?:{_LONG_RUNW}|tempo|intervals?|"
            r"interval|track|speed ?work|fartlek|threshold|hard run|hard|workout) (?:run )?days?\b|"
            rf"^(?=.*\bsame day\b)(?=.*\b{_LIFTW}\b)(?!.*\beasy\b)"
            rf".*\b(?:{_LONG_RUNW}|tempo|intervals?|track session|fartlek|threshold|hard run|"
            r"hill (?:reps|repeats|sprints))\b"
        ),
        "No: that's the same day as a hard run, and the article says to keep strength work off those "
        "days. Put it on an easy day instead.",
    ),
    (
        # (r18 tc) "can i hit the gym after track tonight", "legs straight after my speed sesh ok?": lifting
        # after the hard run is still on its day (not "the day after", not an easy run)
        rx.compile(
            r"^(?!.*\b(?:(?:day|morning|night|evening) (?:before|after)|tomorrow|tmrw|yesterday|"
            r"next (?:day|morning)|following|\d+ days?|rest day|easy|sore\w*|ach\w*|hurt\w*|pain\w*|goal)\b)"
            rf".*\b{_MOVEW}\b (?:\w+ ){{0,3}}?(?:right |straight |just |directly )?(?:after|post) "
            rf"(?:my |a |the |your |an )?{_HARDW}\b"
        ),
        "No: lifting after a hard run still puts it on a hard-run day, which the article keeps free of "
        "strength work. Save it for an easy day (run first, then lift).",
    ),
    (
        rx.compile(
            r"\b(?:only|just) stretch\w* (?:\w+ ){0,2}(?:quads?|hamstrings?|calves|calf|glutes?|hips?)\b"
        ),
        "No: after your workout, stretch all the main leg muscles: quads, hamstrings, calves, glutes and "
        "hips, a few minutes in all.",
    ),
    (
        rx.compile(
            # "only do leg extensions", not the kit the gym has ("my gym only has a leg press").
            r"\b(?:only|just|spam\w*)\b (?:(?!has\b|"
            r"have\b|got\b|own\b|owns\b)\w+ ){0,2}(?:leg extensions?|quad extensions?|extensions|squats?|"
            r"lunges?|calf raises?|leg press|curls?|bridges?|one exercise)\b.*\b(?:call it|enough|all i need|"
            r"nothing else|for (?:my )?leg day|as (?:my )?leg day|be done|neglect\w*)\b"
        ),
        "No: one exercise isn't a leg day. The article says to work several major muscle groups each "
        "session and balance quad work with hamstring work, plus calves, glutes and hips.",
    ),
    (
        rx.compile(
            r"^(?!.*\bstretch\w*).*\b(?:only|just)\b (?:\w+ ){0,3}(?:quads?|calves|calf muscles|hamstrings?|"
            r"glutes?|hips)\b"
            r"(?! (?:exercises?|raises?|curls?|bridges?))"
        ),
        "No: nearly all your leg muscles work when you run. Balance quad work with hamstring work, and "
        "train the calves, glutes and hips too.",
    ),
    (
        rx.compile(
            r"\b(?:warm ?ups?|warming up|warmed up)\b.*\b(?:run|ran|jog|jogged)\b.*\benough\b|"
            r"\b(?:just|already) (?:ran|run|jogged|been running)\b.*\bwarm"
        ),
        "If you've just run, that counts: light jogging is the article's warm-up. Stretch, then start the "
        "strength work.",
    ),
    (
        rx.compile(
            rf"\b{_KEEPW}(?:warm ?up|warming up)\b|"
            # "is a warm-up necessary / really needed?"
            r"\b(?:warm ?ups?|warming up)\b (?:\w+ ){0,2}(?:necessary|needed|required|essential|important|"
            r"a must|worth it|worth doing)\b"
        ),
        "Yes: always warm up first (a few minutes of light jogging works), then stretch before the "
        "strength work. It only takes a few minutes.",
    ),
    (
        rx.compile(
            rf"\b{_SKIPW}\b (?:\w+ ){{0,2}}warm ?ups?\b|"
            # "start lifting cold" (no warm-up), not "lift when it's cold outside" (the weather).
            r"\b(?:lift\w*|start\w*|go|straight|squat\w*)\b (?:(?!when\b|its\b|it\b|if\b)\w+ ){0,3}cold\b"
            r"(?! (?:outside|out|weather|days?|mornings?|evenings?|nights?|temperatures?|gym))|\bcrack on\b|"
            r"\bjump (?:straight )?in(?:to)?\b"
        ),
        "No: always warm up first (a few minutes of light jogging works), then stretch before the strength "
        "work.",
    ),
    (
        rx.compile(rf"\b{_KEEPW}stretch\w* (?:\w+ ){{0,2}}before\b"),
        "Yes: the article says to warm up and stretch before you begin; a few minutes of light jogging "
        "first, then the stretch.",
    ),
    (
        rx.compile(rf"\b{_SKIPW}\b (?:\w+ ){{0,2}}stretch\w*"),
        "No, don't skip it: the article says to do some stretching after your workout. Short on time? "
        "Even two or three minutes on the quads, hamstrings and calves is worth keeping.",
    ),
    (
        rx.compile(rf"\b{_KEEPW}stretch\w* (?:\w+ ){{0,2}}after\b"),
        "Yes: the article says to do some stretching after your workout, a few minutes on the quads, "
        "hamstrings, calves, glutes and hips.",
    ),
    (
        rx.compile(r"\bhill\w*\b.*\benough\b|\benough\b.*\bhill\w*"),
        "Not on its own: the article calls hill running resistance training, so it does build strength, "
        "but targeted exercises for each muscle group (hamstrings, glutes, hips too) keep your legs "
        "balanced.",
    ),
    (
        # (r17 vf) "is one session of leg work a week enough?", "will 1 leg day a week do anything?": one
        # strength session counted in other words (not a rest day or a run)
        rx.compile(
            r"\b(?:once|one time|1x|(?:one|1|a single) (?:(?!rest|off|run\w*|long|easy|hard|race|tempo|hill"
            r"|interval\w*|speed|track)\w+ ){0,4}?(?:sessions?|days?|workouts?|times?))"
            r"(?: of (?:\w+ ){0,2}?(?:work|training|strength|lifting|legs|weights))?"
            r" (?:a|per|each|every) week\b"
        ),
        "It's a start, but runners usually do strength work twice a week, sometimes three times.",
    ),
    (
        # "my knees point inward when I squat, is that bad?": keep them in line (weak hips/glutes).
        rx.compile(
            r"^(?=.*\b(?:squat\w*|lunge\w*|step ?ups?|leg press|lift\w*|bridges?|hops?|jumps?|box)\b)"
            r"(?!.*\b(?:run|runs|running|ran|miles?|race\w*)\b)"
            r".*\bknees? (?:\w+ ){0,3}(?:point|cave|caving|caves|"
            r"collapse|collapsing|collapses|drift|drifting|"
            r"drifts|go|going|goes|turn|turning|turns|fall|falling|"
            r"falls|buckle|buckling)\w* (?:in|inward|inwards)\b"
        ),
        "No: keep your knees in line over your toes. Knees that drift inward usually mean weak hips and "
        "glutes, so add the side-lying hip raise, the lying leg lift and the bridge.",
    ),
    (
        # "do I need weights for calf raises?": no, bodyweight first.
        rx.compile(
            r"\bneed (?:\w+ )?(?:weights|dumbbells|a weight|equipment|"
            r"kit|a gym)\b.*\b(?:calf raises?|squats?|lunges?|"
            r"step ?ups?|bridges?|hamstring push ?ups?|toe raises?)\b|"
            r"\b(?:calf raises?|squats?|lunges?|step ?ups?|"
            r"bridges?)\b.*\bneed (?:\w+ )?(?:weights|dumbbells|a weight|equipment)\b"
        ),
        "No: it works with bodyweight. When 12–15 reps feel easy, make it harder: on one leg, or holding "
        "dumbbells.",
    ),
    (
        # "is it bad to do the same workout every time?": vary it.
        rx.compile(
            r"(?<!\bin the )\bsame (?:(?:old|few|two|three|four|five|\d|basic|leg|strength|gym|home) ){0,2}"
            r"(?:workouts?|routines?|exercises|sessions?|moves|lifts|programme|program|leg day)\b"
            r".*\b(?:every|each|always|all the time|"
            r"over and over|for (?:weeks|months))\b|\b(?:every|each|all) (?:(?:leg|strength|gym|my|of my|"
            r"single) ){0,2}"
            r"(?:time|session|sessions|week|workout|workouts)\b.*\bsame\b|"
            # "switch up my routine or stick with one?", "keep the same moves or rotate them?"
            r"\b(?:switch|mix|change|vary|rotate)\w* (?:it |things )?(?:up )?(?:my |the |your |our )?"
            r"(?:leg |strength |gym |home )?(?:routine|workouts?|exercises|sessions?|moves|programme|"
            r"program)\b"
            r".*\b(?:or|stick|keep)\b|\b(?:switch|mix|change)\w* (?:it|things) up\b|"
            r"\bkeep (?:doing )?the same (?:\w+ )?(?:routine|workouts?|exercises|moves|sessions?)\b|"
            r"\bstick (?:with|to) (?:the same|one) (?:\w+ )?"
            r"(?:routine|workout|session|programme|program|set of (?:exercises|moves))\b|"
            # (xb) "should every leg session be the exact same routine?"
            r"\b(?:every|each|all(?: my| the)?) (?:(?:leg|strength|gym) )?(?:sessions?|workouts?|leg days?)\b"
            r".*\bsame\b"
        ),
        "Better to vary it: the article says to change your routine and try new exercises, hitting a few "
        "of the big leg muscle groups each session, so it stays enjoyable. Keep the basics, and make them "
        "harder as you get stronger.",
    ),
    (
        # "are hill sprints a form of strength training?", "do hills count as leg day?": yes.
        rx.compile(
            r"^(?!.*\b(?:enough|instead|replace|only|just)\b)"
            r".*\b(?:hills?|hill (?:sprints?|repeats|reps|running|"
            r"runs|work)|uphill (?:running|runs|sprints))\b.*"
            r"\b(?:count|counts|form of|kind of|type of|considered|qualify|classed as|really)\b.*"
            r"\b(?:strength|resistance|leg day|lifting|leg work)\b"
        ),
        "Yes: the article calls hill running a form of resistance training, and 5–8 climbs at a 5–10% "
        "grade build leg strength. Add targeted exercises for the hamstrings, glutes and hips too.",
    ),
    (
        # (r19 tj) "do lunges wreck ur knees if u go too low?", "is going deep on squats bad for my
        # knees?": the depth is the ask, so the 90° limit leads
        rx.compile(
            r"^(?=.*\b(?:squats?|squatting|lunges?|lunging|step ?ups?|leg press)\b)(?=.*\bkne{1,2}s{0,2}\b)"
            r"(?=.*\b(?:bad|harmful|dangerous|wreck\w*|ruin\w*|destroy\w*|damag\w*|kill\w*|hurt\w*|"
            r"mess\w* up|wear\w* out|blow\w* out)\b)"
            r"(?=.*\b(?:low|lower|deep|deeper|far down|below (?:90|parallel)|past (?:90|parallel)|atg|"
            r"ass to grass)\b)"
        ),
        "Don't go below 90°: lower only until the front knee is bent to a right angle, with your torso "
        "upright and the knee over your foot, not past your toes. Done like that they strengthen the muscles "
        "that steady the knee; stop any move that hurts.",
    ),
    (
        # "are squats bad for your knees?": no, with good form they protect them.
        rx.compile(
            r"\b(?:squats?|squatting|lunges?|leg press|step ?ups?|lifting|weights|strength (?:work|training)|"
            r"leg day)\b.*\b(?:bad|harmful|dangerous|hard) (?:for|"
            r"on) (?:my |your |the |our )?(?:knees?|joints?)\b"
        ),
        "No, not with good form (knees in line over your toes, no deeper than 90°, never locked out): they "
        "strengthen the muscles that steady the knee. Stop any move that hurts and get it checked.",
    ),
    (
        # "are wall squats OK for my knees?": the same answer the other way round (not to a sore knee).
        rx.compile(
            r"^(?!.*\b(?:hurt\w*|pain\w*|sore|ach\w*|injur\w*|tweak\w*|swell\w*|swollen)\b).*"
            r"\b(?:squats?|squatting|lunges?|leg press|step ?ups?|lifting|weights|strength (?:work|training)|"
            r"leg day)\b.*\b(?:ok|okay|safe|fine|good|alright|all right) (?:for|"
            r"on) (?:my |your |the |our )?(?:knees?|joints?)\b"
        ),
        "Yes, with good form (knees in line over your toes, no deeper than 90°, never locked out): they "
        "strengthen the muscles that steady the knee. Stop any move that hurts and get it checked.",
    ),
    (
        # "can I do lunges if my knee is a bit achy?": only pain-free.
        rx.compile(
            r"\b(?:(?:can|could|should|may) i|is it (?:ok|okay|"
            r"safe|fine|alright) to) (?:still )?(?:do|lunge|lift|"
            r"squat|train|keep|go)\b.*\b(?:if|with|when|while|"
            r"though|even though)\b (?:my |a |the )?(?:\w+ ){0,4}(?:achy|aches?|aching|sore|niggl\w*|tender|"
            r"stiff)\b"
        ),
        "Only if it stays pain-free: keep the load light, stop if the ache gets sharper, and see a physio "
        "or doctor if it hasn't settled within a week or two.",
    ),
    (
        # "leg press 3x20 light, that's right?", "3 sets of 30 squats ok?": more reps than the article's
        # dose (not hops or skips, whose dose is 20–30).
        rx.compile(
            r"^(?!.*\b(?:hops?|hopping|skip\w*|jumps?|plyo\w*|seconds?|secs?|minutes?|mins?)\b)"
            r".*\b(?:[1-9] sets of (?:1[6-9]|[2-9]\d)|(?:1[6-9]|[2-9]\d) reps)\b"
        ),
        "No: that's more reps than the article's dose. Many coaches now advise heavier weights with fewer "
        "reps: a resistance that tires you by 12–15 reps, 2–3 sets, with good form.",
    ),
    (
        # "calf raises 3x15, right?": the article's own dose.
        rx.compile(
            r"^(?!.*\b(?:hops?|hopping|skip\w*|jumps?|plyo\w*|seconds?|secs?|minutes?|mins?|or|vs)\b)"
            r".*\b[23] sets of 1[2-5](?: reps)?\b(?!\s*(?:to|or)\b)"
        ),
        "Yes: that's the article's dose, 2–3 sets of 12–15 reps, with a resistance that leaves you tired by "
        "the last reps.",
    ),
    (
        # "can I do too many calf raises?": yes; more isn't the way to progress.
        rx.compile(r"\b(?:can|could) (?:i|you) (?:do |overdo )?too (?:many|much)\b"),
        "Yes: the dose is 2–3 sets of 12–15, two or three times a week. When that feels easy, make the "
        "exercise harder rather than doing more.",
    ),
    (
        # "I slouch late in long runs, would getting stronger fix that?": yes, the glutes.
        rx.compile(
            r"\b(?:lean\w*|tip\w*|fold\w*|slump\w*|hunch\w*|slouch\w*|bend\w* forward|collaps\w*)\b"
            r"(?=.*\b(?:run\w*|race\w*|marathon|miles?|tired|end|late|last|finish\w*|cooked)\b)"
            r"(?=.*\b(?:fix|help|stronger|strength|strengthen\w*|lifting|exercises?|work|weak\w*|"
            r"muscles?)\b)"
        ),
        "Yes: the article links leaning forward to weak glutes, which steady your trunk so you run tall. "
        "Strengthen them (bridge, one-legged squat, hill repeats) along with your hips, twice a week.",
    ),
    (
        rx.compile(r"\blean\w* (?:\w+ )?forward\b|\bbend\w* forward\b|\bhunch\w*"),
        "No: keep your trunk upright. The article links leaning forward to weak glutes, and good form "
        "means staying tall and aligned on every rep.",
    ),
    (
        rx.compile(
            r"\btreadmill\b.*\b(?:as good|same|instead|replace|equivalent|count|just as)\b|"
            r"\b(?:hills?|hill repeats|hill reps|hill sprints)\b.*\b(?:on|using) (?:a |the )?treadmill\b|"
            r"\b(?:as good|instead)\b.*\btreadmill\b"
        ),
        "Yes: raising the treadmill's incline gives you the equivalent of hill running. Aim for about a "
        "5 to 10 percent grade and 5 to 8 efforts.",
    ),
    (
        rx.compile(
            # ...about strength work then ("is rain a good reason to skip my run?" is not).
            r"^(?=.*\b(?:strength|lift\w*|legs|leg day|leg work|gym|squats?|weights|train\w*|stronger)\b)"
            r".*\b(?:off ?season|winter|weather|ice|icy|snow\w*|rain\w*|heat ?wave|flooded|dark nights)\b"
            r"(?!.*\b(?:race|tomorrow)\b)"
        ),
        "Yes: the article says strength training is great for the off-season and for spells when the "
        "weather limits your running. Keep to two or three sessions a week; a treadmill on an incline "
        "can stand in for hills.",
    ),
)
_REFRAIN = rx.compile(
    r"\b(?:stop|skip|avoid|not do|drop|cut|pause|rest from|hold off|leave out|omit)\w* (?:\w+ ){0,2}"
    r"(?:lift\w*|strength|legs|leg day|leg work|squats?|lunges?|weights|gym|the gym)\b"
)
_FLIP = rx.compile(
    r"\b(?:bad|wrong|a mistake|avoid|harmful|dangerous|a problem|an issue|should i not|"
    r"(?:does|do|would|will) (?:that|it|this|they) matter|"
    # "lifting the day before my half = cooked?", "will I be wrecked?": whether it leaves them wrecked
    r"cooked|wrecked|toast|fried|trashed|knackered|shattered|"
    # (r15 yb: "when the reps get heavy" is the load, not the runner left heavy)
    r"(?<!\breps )(?<!\brep )(?<!\bweights )(?<!\bweight )(?<!\bsets )(?<!\bset )(?<!\bload )(?<!\bbar )"
    r"(?:be|feel|get|leave (?:me|them|my legs)) (?:\w+ )?(?:sore|dead|heavy|tired))\b"
)


_EASY_RUN = rx.compile(r"\beasy (?:pace|runs?|running|days?|jogs?|miles|km|weeks?|effort|spins?)\b")
# (r16 zc) "a faster start", "pop off the start line": a race's start, not a beginner starting out
_RACE_START = rx.compile(
    r"\b(?:faster|quicker|explosive|better|stronger|fast|quick|race|races|sprint) starts?\b|"
    r"\b(?:start(?:ing)?) (?:line|gun|blocks|of (?:a|the|my) (?:race|sprint|\d+ ?k))\b|\boff the start\b"
)

_YN_CUE = rx.compile(
    # (r19 tm) "in a squat should my knees go beyond my toes?": the yes/no asked of the body part
    r"\b(?:should|can|could) (?:my|your) \w+\b|"
    r"\b(?:is it|is that|is this|are they|can i|could i|should i|do i|does it|will it|would it|ok|okay|"
    r"fine|alright|right|good idea|bad idea|good (?:time|point|moment|stage)|right time|smart|wise)\b|"
    # "7 weeks straight, due a break?", "time to back off?": a verdict asked without its verb
    r"\b(?:(?:due|overdue|ready) (?:for )?(?:a|an|some)|time (?:for|to) (?:a |an )?(?:break|rest|back off|"
    r"ease off|stop|start))\b|"
    # "doing lunges 4x25, good?": a check ending the message
    r"\b(?:good|legit|sensible|the way to go)\s*$|"
    r"\b(?:legit|decent|solid|proper) (?:\w+ )?(?:drill|exercise|move|option)\s*$"
)
# (r17 vf) "what about 2 days before?", "and two days out?" after "can I lift the day before a race?": the
# same yes/no asked of another day
_OTHER_DAY_ASK = rx.compile(
    r"^(?:(?:and|ok|okay|so|but) )*(?:what about |how about |and )(?:on |the )?(?:\d+|two|three|four|five|"
    r"a few|a couple of) days? (?:before|out|prior|ahead)(?: (?:it|the race|race day|that))?$"
)


_RUN_GOAL = rx.compile(
    r"\b(?:run\w*|rac(?:e|es|ing)|kick|sprint\w*|speed|finish\w*|hills?|\d+ ?k|\d+ ?m|\d{3,4}|marathons?|"
    r"miles?|stride|power|explosive|strength|legs?|glutes?|quads?|hamstrings?|calf|calves|hips?|pb|pr)\b"
)
# "should I bother with X or not", "is X worth bothering with or not": a verdict asked, two ways.
_BOTHER_OR_NOT = rx.compile(
    r"^(?:(?:so|and|but|ok|honestly|tbh|ngl) )*(?:should|do|would|is it worth it to) (?:i|we|you) "
    r"(?:even |really )?"
    r"bother (?:with|doing|to do|\w+ing)\b.*\bor not\b"
)
# A bare verdict asked of the thing named: "yay or nay", "W or L", "thumbs up or down".
_VERDICT_ONLY = rx.compile(
    r"\b(?:yay or nay|yea or nay|w or l|thumbs up or (?:thumbs )?down|legit or not|hot or not|"
    r"worth it or not|good or not|any good or not)\b"
)
_TOLD_GOOD = rx.compile(r"(?:,|\s[-–—])\s*(?:any |are (?:they|those|these) |is (?:it|that|this) )?good for\b")
# "raining every day, switch to the gym?", "swap my runs for leg day?": a change proposed without its
# "should I", the clause's first word the verb and the message's last mark a question mark.
_BARE_SWAP = rx.compile(
    r"(?:^|[,;:.!]\s*|\s[-–—]\s*|\b(?:so|then|just|or) )(?:switch|swap|move|shift|trade|change|head) "
    r"(?:\w+ ){0,3}?(?:to|for|over|instead|indoors|inside)\b[^,.;!?]*\?\s*$"
)


def asks_yes_no(question: str, ask: Ask) -> bool:
    """A yes/no question, even after a lead-in ("on wall squats, is it fine if..."); not a why."""
    plain = normalize(question)
    if _OTHER_DAY_ASK.match(plain):
        return True
    if rx.match(r"(?:why|how|what|whats|which|where|when|who)\b", plain) or rx.search(
        r"\b(?:how|what|which|where|when) (?:do|can|should|would) i\b", plain
    ):
        return False  # "what should I do to warm up?", "how do I keep my hill strength": not yes/no
    # "box jumps and bounding, good for my kick?": a check after the things named
    return (
        ask.yesno
        or bool(_YN_CUE.search(plain))
        or bool(_TOLD_GOOD.search(question.lower()))
        or bool(_BARE_SWAP.search(question.lower()))
    )


def rule_verdict(question: str) -> str | None:
    """The article's verdict on a yes/no question about one of its do's and don'ts, or None."""
    plain = normalize(question)
    if rx.search(
        r"\b(?:before\b.*\bor after|after\b.*\bor before|before\b.*\bafter\b.*\bor both|"
        r"which (?:one )?first)\b",
        plain,
    ):
        return None  # "stretch before or after?" asks which, not whether
    if DROP_CHOICE.search(plain):
        return DROP_CHOICE_TEXT  # (r16 za) "skip the strength sessions or cut my running?": which to keep
    order = order_verdict(plain)
    if order is not None:
        return flip(
            plain, order
        )  # "lifting in the morning, long run in the afternoon, ok?": the day's order and load
    for pattern, text in _VERDICTS:
        if pattern.search(plain):
            if text.startswith("Not on its own") and number_asked(plain):
                continue  # "how many hill repeats is enough?": the dose, not the verdict on hills alone
            return flip(plain, text)
    return None


# "is he wrong?", "is my coach wrong": a person's claim judged, not the act asked whether it's bad
_PERSON_WRONG = rx.compile(
    r"\b(?:is|are) (?:he|she|they|him|her|my \w+|your \w+) (?:really |actually |just |totally )?"
    r"(?:wrong|mistaken)\b"
)


def flip(plain: str, text: str) -> str:
    """A "No" to doing the thing, turned round for a question that asks whether it's bad: "is it bad
    if my knees go past my toes?", "my knee snaps straight, does that matter?" -> "Yes, avoid it"."""
    # (r15 ya: "Not the day before..." is no "No" to turn round: "when should I stop lifting?")
    if rx.match(r"No\b", text) and _REFRAIN.search(plain) and rx.search(r"day before|hard.run", text):
        # "should I skip legs the day before a race?": yes, skip them (the "No" was to lifting).
        rest = rx.sub(r"^No[:,.] ", "", text)
        return "Yes: " + rest[:1].lower() + rest[1:]
    if (turned := easy_run_as_no(plain, text)) != text:
        return turned  # (r19 tg) "is doing both on the same day a problem?": no, the same yes as a no
    if not (_FLIP.search(_PERSON_WRONG.sub(" ", plain)) and rx.match(r"No\b", text)) or text.startswith(
        "No, not "
    ):
        return text  # ("No, not with good form" already answers "are squats bad for my knees?")
    rest = rx.sub(r"^No(?:, don.t lock them| need)?[:.,] ", "", text)
    lead = "Yes, it's a bad idea: " if "bad idea" in plain else "Yes, avoid it: "
    return lead + rest[:1].lower() + rest[1:]


# Comparisons and why-questions the article settles, whichever topic retrieval picked: the verdict
# (or the reason) first, one line on each side. Each pattern names both sides (or the why asked).
_BW = r"(?:bodyweight|body weight|bw|calisthenics|no weights|home)"
_DB = r"(?:dumbbells?|dbs?|weights|kettlebells?|free weights)"
# "a week off", "stop (my leg work) for a week"; and a loss feared from it
_WEEK_OFF = (
    r"(?:week off|(?:stop|skip|omit|miss|drop|tak|break|paus)\w* (?:\w+ ){0,6}?(?:for )?(?:a|one|1) week)"
)
# (r17 uf) a week off asked of, as a whole word (read by content/answers.py too)
WEEK_OFF_SAID = rx.compile(rf"\b{_WEEK_OFF}\b")
_SET_BACK = r"(?:lose|losing|lost|gains|undo|progress|weaker|detrain\w*|backwards?|set (?:me |us )?back)"
_WEEK_OFF_WHY = (
    "To give your body extra recovery: the article says to take a week off strength work once a month. "
    "A week won't undo what you've built; you come back fresher (that last part is general "
    "experience, not the article's)."
)
# (r16 za) "exams coming, if something has to give, should I cut runs or the strength sessions?": which to
# drop when time runs short
DROP_CHOICE = rx.compile(
    r"\b(?:cut|drop|skip|omit|ditch|lose|sacrifice|give up|scrap|bin|miss)\w* (?:\w+ ){0,2}"
    r"(?:runs?|running|mileage)\b (?:\w+ ){0,2}or (?:\w+ )"
    r"{0,3}(?:strength|legs|lifting|gym|weights|leg days?)|"
    r"\b(?:cut|drop|skip|omit|ditch|lose|sacrifice|give up|scrap|bin|miss)\w* (?:\w+ ){0,2}"
    r"(?:strength|legs|lifting|gym|weights|leg days?)\b (?:"
    r"\w+ ){0,3}or (?:\w+ ){0,3}(?:runs?|running|mileage)\b"
)
_SETTLED: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        # (r15 ya) "how often should I change my exercises?", "how much should I switch them around?",
        # "when should I change my routine?": the article sets no schedule, only keep it varied
        rx.compile(
            r"\b(?:how (?:often|much|many times|regularly|frequently|soon)|when) (?:\w+ ){0,4}?"
            r"(?:chang|vary|varie|switch|swap|rotat|mix|refresh)\w*\b"
            r"(?! (?:legs?|sides?|feet|foot)\b)(?!.*\b(?:weights?|loads?|heav\w*|reps?|sets?)\b)"
        ),
        VARY_WHEN_TEXT,  # (one text with direct.py's rule for the same ask)
    ),
    (
        rx.compile(
            r"\b(?:full|whole)(?: range(?: of motion)?| rom| reps?| depth)?\b.*\bor\b.*"
            r"\b(?:half|partial|quarter|shallow)(?: range)? (?:reps?|squats?|lunges?|range|rom)\b|"
            r"\b(?:half|partial|quarter|shallow)(?: range)? (?:reps?|squats?|lunges?|range|rom)\b.*\bor\b.*"
            r"\b(?:full|whole|all the way)\b"
        ),
        "Full range: move through your whole range of motion on every rep, slow and controlled, stopping "
        "just short of locking the joint.",
    ),
    (
        # "will lifting help my 5k or just make me bulky?": both halves answered, the help first
        rx.compile(
            r"\b(?:help|helps|improve|faster|quicker|speed me up)\b (?:\w+ ){0,4}or\b (?:\w+ ){0,4}"
            r"(?:bulk\w*|heavy|heavier|big|bigger|huge|massive|slow\w*)\b"
        ),
        "It should help: trained muscles use oxygen more efficiently and tire more slowly, so you run "
        "faster on the flat and up hills, and your stride can lengthen. And no, a balanced programme "
        "won't bulk you up or slow you down (a load that tires you by 12–15 reps, 2–3 sets).",
    ),
    (DROP_CHOICE, DROP_CHOICE_TEXT),
    (
        # (r16 za) "should I only use tiny weights and do loads of reps?", "is light weight, high reps the way
        # to go?": a yes/no on the light end only, answered No with the article's load
        rx.compile(
            r"^(?!.*\b(?:heavy|heavier)\b)(?:(?:and|so|but) )*(?:should|do|can|could|would|is|are|will) "
            r"(?:\w+ ){0,4}(?:tiny|light|lighter|small|baby|pink) (?:weights?|dumbbells?|loads?)\b"
            r".*\b(?:loads of|lots of|tons of|high|many|more|20|25|30) reps\b"
        ),
        "No: many coaches now advise heavier weights with fewer reps as the best way to strengthen muscles "
        "and ligaments. Pick a load that tires you by 12–15 reps, 2–3 sets, with good form.",
    ),
    (
        rx.compile(
            r"\b(?:heavy|heavier)\b.*\b(?:light|lighter|high reps|more reps|lots of reps|loads of reps)\b|"
            r"\b(?:light|lighter|high reps)\b.*\b(?:heavy|heavier|low reps|fewer reps)\b|"
            # (r18 tb) "more reps or more weight?", "reps or weight, which matters?": the same choice
            r"\b(?:more|higher|lots of|loads of) reps\b.*\b(?:more|heavier|bigger) (?:weights?|loads?)\b|"
            r"\b(?:more|heavier|bigger) (?:weights?|loads?)\b.*\b(?:more|higher|lots of) reps\b|"
            r"\breps or (?:the )?(?:weights?|loads?)\b|\b(?:weights?|loads?) or reps\b"
        ),
        "Heavier with fewer reps: many coaches now advise it as the best way to strengthen muscles and "
        "ligaments. Pick a load that tires you by 12–15 reps, 2–3 sets, with good form.",
    ),
    (
        rx.compile(
            r"\bmachines?\b.*\b(?:or|vs|versus|better|instead|than)\b.*\bfree ?weights?\b|"
            r"\bfree ?weights?\b.*\b(?:or|vs|versus|better|instead|than)\b.*\bmachines?\b"
        ),
        MACHINES_THEN_FREE,
    ),
    (
        rx.compile(
            rf"\b{_BW}\b.*\b(?:enough|or|vs|versus|instead|need)\b.*\b{_DB}\b|"
            rf"\b{_DB}\b.*\b(?:or|vs|versus|instead|better)\b.*\b{_BW}\b"
        ),
        "Bodyweight is enough to start: calf raises, one-legged squats, hamstring push-ups, step-ups and "
        "the bridge all work with no kit. Add dumbbells once 12–15 reps feel easy, to keep making it "
        "harder (lunges, weighted calf raises and one-legged squats).",
    ),
    (
        rx.compile(
            r"^why\b.*\b(?:pay|join|bother|go)\b.*\bgym\b|"
            r"\bgym\b.*\b(?:worth|point|why)\b.*\b(?:home|bodyweight)\b"
        ),
        "Because gym kit isolates specific muscles and lets you add resistance as you get stronger; "
        "moving between stations keeps the workout varied and balanced, and getting out of the house can "
        "lift your motivation. Home bodyweight work is still enough to start.",
    ),
    (
        rx.compile(
            r"\b(?:home|house)\b.*\b(?:or|vs|versus|better)\b.*\bgym\b|"
            r"\bgym\b.*\b(?:or|vs|versus|better)\b.*\b(?:home|house)\b"
        ),
        "Home is enough to start: bodyweight basics (calf raise, one-legged squat, hamstring push-up, "
        "step-up, bridge), plyometrics and hills are convenient and effective. The gym adds machines that "
        "isolate muscles and easy ways to add resistance as you get stronger, and can lift your "
        "motivation.",
    ),
    (
        # "ball or chair for the hamstring push-up?", "no ball and no chair" (a choice or both missing,
        # not "sit like a chair with a ball")
        rx.compile(
            r"\bball\b.*\b(?:or|vs|versus|instead of|better than|and|nor|no)\b.*\bchair\b|"
            r"\bchair\b.*\b(?:or|vs|versus|instead of|better than|and|nor|no)\b.*\bball\b"
        ),
        "Either works: the article gives both for the hamstring push-up, a chair braced against a wall or "
        "an exercise ball under your heels.",
    ),
    (
        rx.compile(
            r"\bstep\b.*\bor\b.*\b(?:flat|floor|ground)\b|\b(?:flat|floor|ground)\b.*\bor\b.*\bstep\b"
        ),
        "A step: start with your heels hanging off the edge, lower than your toes, so you work through the "
        "full range. Flat ground cuts off the bottom of the movement.",
    ),
    (
        rx.compile(r"\bhills?\b.*\bor\b.*\bplyo\w*|\bplyo\w*\b.*\bor\b.*\bhills?\b"),
        "For explosive power, plyometrics: the article says jumping and bounding drills build it. Hill "
        "running is resistance training that builds leg strength. Both fit in a week.",
    ),
    (
        rx.compile(r"\bfoam ?roll\w*\b"),
        "The article only covers stretching after a workout; it says nothing about foam rolling. Stretch "
        "after every session; a foam roller is an optional extra if you like it (general advice).",
    ),
    (
        rx.compile(r"\b(?:atg|ass to grass|deep squats?|full depth squats?|below parallel)\b"),
        "The article doesn't cover deep squats: its squats and lunges stop when the knee reaches 90 "
        "degrees, with the knees kept from travelling past the toes. Stick to that depth.",
    ),
    (
        rx.compile(
            r"\b(?:plyo\w*|hops?|hopping|jump\w*|skipping|bounding)\b.*\b(?:concrete|pavement|tarmac|asphalt|"
            r"hard (?:surface|ground|floor)|grass|surface)\b"
        ),
        "The article doesn't say. A softer surface (grass, a track, a gym floor) is kinder on the joints "
        "for jumping drills, and keep your landings soft and controlled (general advice).",
    ),
    (
        rx.compile(
            r"\bplyo\w*\b.*\b(?:or|vs|versus|than)\b.*\b(?:weights|lifting|gym|strength)\b|"
            r"\b(?:weights|lifting|gym|strength)\b.*\b(?:or|vs|versus|than)\b.*\bplyo\w*"
        ),
        "Both help: strength work makes you faster (stronger muscles use oxygen better, tire more slowly "
        "and lengthen your stride), and plyometrics add explosive power. Count plyos as one of your "
        "sessions.",
    ),
    (
        # "why stop just before the leg is straight?": the lock-out reason, not the move's card.
        rx.compile(
            r"^why\b(?!.*\b(?:hurt\w*|pain\w*|ach\w*|sore|click\w*|pop\w*|stuck|gives? way)\b)"
            r"(?=.*\b(?:don ?t|dont|not|never|stop\w*|short of|just before|shouldn ?t|avoid)\b)"
            r".*\b(?:lock\w*|straight\w*|fully extend\w*)\b"
        ),
        reason("rule:lock_knees") or "",
    ),
    (
        # "why would stronger legs make me better on hills?": the reason, not the hill repeats' card.
        rx.compile(
            r"^why\b(?!.*\b(?:repeats?|sprints?|reps)\b).*\b(?:better|faster|easier|quicker|stronger|help\w*|"
            r"climb\w*) (?:\w+ ){0,2}(?:on|up|at|with) (?:the |my )?(?:hills?|climbs?|inclines?|uphills?)\b"
        ),
        "Because climbing is strength work: each stride lifts your body weight against gravity, so "
        "stronger quads, calves and glutes push you up with less effort, and well-trained muscles use "
        "oxygen better and tire more slowly, on the flat and up hills.",
    ),
    (
        # "why hamstring work if my plan is all quads?": balance, not the hamstrings' exercise list.
        rx.compile(r"^why\b.*\bhamstrings?\b.*\bquads?\b|^why\b.*\bquads?\b.*\bhamstrings?\b"),
        reason("rule:opposing_balance") or "",
    ),
    (
        rx.compile(r"^why\b.*\bsteep\w*"),
        "The article just says not too steep: a 5–10% grade. A moderate slope lets you keep good form, "
        "lifting your knees and pumping your arms, for all 5–8 repeats (that reason is general "
        "coaching, not the article's).",
    ),
    (
        rx.compile(r"\bpistol\w*\b"),
        "No, not quite: a pistol squat balances on one leg with the other held out in front. The "
        "article's one-legged squat keeps the back foot's toes on the floor a stride behind, and you bend "
        "the front knee to 90 degrees.",
    ),
    (
        rx.compile(
            r"^(?=.*\b(?:race|racing|parkrun|marathon|half|10k|5k|meet)\b)"
            # "in the morning" is tomorrow only right after the race ("10k in the morning, legs tonight?"),
            # not an easy run's time of day ("easy 5k in the morning and leg day in the evening").
            r"(?=.*\b(?:tomorrow|tmrw|tmr|tomoz|2moro|2morrow)\b|"
            r"(?!.*\b(?:easy|recovery|in the (?:evening|afternoon)|later|tomorrow night)\b)"
            r".*\b(?:race|racing|parkrun|marathon|half|10k|5k|meet) (?:\w+ ){0,2}in the morning\b)"
            r".*\b(?:legs|leg ?day|sesh|session|squats?|lunges?|lift\w*|gym|strength|weights)\b"
        ),
        "No: skip strength work the day before a race; your body needs that time to recover so you start "
        "fresh. Two or more days out is fine.",
    ),
    (
        rx.compile(
            r"\b(?:number one|no 1|main|biggest|most important|top|primary|single best|key)\b (?:\w+ ){0,2}"
            r"reasons?\b"
        ),
        "Mainly to head off injuries: weak or unbalanced muscles pull you out of alignment, a major cause "
        "of the repetitive-stress injuries runners get in the knees, hips and feet. It also makes you "
        "faster and slower to tire.",
    ),
    (
        rx.compile(
            # (r20 tn) "what is the point of plyometrics for a runner?": the purpose asked, as a why
            r"^(?:why|(?:whats|what is|what s) (?:even |actually |really )?the "
            r"(?:point|purpose|benefit) of)\b"
            r".*\b(?:plyo\w*|jump\w*|hops?|hopping|bounding|box jumps?|skipping drills?)\b"
        ),
        "They build explosive power and work the often-ignored deeper leg muscles. Start simple: hop over a "
        "line, then onto a low step or box, then skipping drills.",
    ),
    (
        rx.compile(
            # (r15 yb: "why balance stuff like standing on one leg?": the balance reason, not one-legged)
            r"^why\b(?!.*\bbalanc\w* (?:stuff|work|training|exercises?|drills?|moves?|things?)\b)"
            r".*\b(?:single|one) ?leg\w*\b|"
            r"^why\b.*\b(?:unilateral)\b"
        ),
        "They mimic running, where each leg works on its own; they work each leg harder than two-legged "
        "versions, so you build more strength; and they strengthen your non-dominant leg.",
    ),
    (
        # "will a week off make me lose my gains?", "am I going to go backwards if I stop for a week?"
        rx.compile(rf"\b{_WEEK_OFF}\b.*\b{_SET_BACK}\b|\b{_SET_BACK}\b.*\b{_WEEK_OFF}\b"),
        _WEEK_OFF_WHY,
    ),
)


def settled(question: str) -> str | None:
    """The article's verdict on a comparison or a why it settles ("bodyweight or dumbbells?"), or None."""
    plain = normalize(question)
    for pattern, text in _SETTLED:
        if pattern.search(plain):
            if text.startswith("To give your body extra recovery") and not plain.startswith("why"):
                # "will a week off make me lose my gains?": the verdict on the worry first.
                return (
                    "No: a week off won't undo what you've built (general experience, not the article's). "
                    "The article recommends it once a month to give your body extra recovery."
                )
            return text
    return None


# ---- fact matching ----------------------------------------------------------------------------

# "without hurting my knee", "without bouncing": how to do it, not a missing piece of kit (T3).
_MANNER = rx.compile(r"\bwithout (?:\w+ing|pain)\b|\binstead of (?:\w+ing)\b")
_NEG = rx.compile(r"\b(?:don't|dont|never|no|not|avoid|skip|stop|without|isn't|aren't)\b", re.IGNORECASE)
_WORKS_ASK = rx.compile(r"\b(?:work|works|target|targets|hit|hits|muscles?|for|good)\b")
# ("skipping drills", "the skipping rhythm" are the drill, not leaving something out)
_SKIP = rx.compile(
    r"\b(?:skip|skipping)\b(?! (?:drills?|rhythm|ropes?|exercises?|moves?|steps?|technique|form))|"
    r"\b(?:omit|ditch|leave out|cut out|drop the)\b",
    re.IGNORECASE,
)
_SENT = rx.compile(r"(?<=[.!?])\s+(?=[A-Z(])")


def _why_ask_alone(question: str) -> bool:
    """(r18 te) A story, then one question, a why ("I'm 16 and on the cross-country team ... Why would that
    help me run 5k faster?"): the why is the ask, answered by the reason, not a "Yes"."""
    asked = [p for p in _SENT.split(question.strip()) if p.rstrip().endswith("?")]
    return len(asked) == 1 and bool(
        rx.match(r"(?:(?:so|but|and|ok|okay|then|ok so)\s+)*why\b", normalize(asked[0]))
    )


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


_BENEFIT_STEMS = stems("faster speed quicker stride hills climb injuries tire fatigue oxygen power sprinters")
# A kind of runner the article gives a gain of its own ("Strength gives sprinters a more explosive start")
_WHO_GAINS = stems("sprinters")
_LEAD_VERDICT = rx.compile(r"^(?:Yes|No)[,:.]\s+(?:that's fine:\s+)?")
GENERIC = frozenset(
    "help make would need get realli leg legs strength strong stronger run runner lift bother train".split()
)
_CAUSE = rx.compile(r"\b(?:because|so|which|lets|allows|means|so that|helps?|prevent|cause)\b", re.IGNORECASE)
_HARM = rx.compile(r"\b(?:bad|wrong|a problem|harmful|dangerous|a mistake|too much|too heavy|risky)\b")


def _forbids(q: str, fact: str) -> bool:
    """The fact forbids something the question asks about: a negation with a question word within
    the next few words ("don't let your knees travel" for "knees past my toes"), not any negation
    ("without bouncing" says nothing about "do I need to stretch")."""
    # "are wall squats OK for my knees?": the body part the move is good or bad for is not what a
    # cue about the knees forbids
    q = rx.sub(
        r"\b(?:ok|okay|fine|safe|good|bad|easy|hard|rough|kind) (?:for|on) (?:my|your|the) \w+",
        " ",
        q,
        flags=re.I,
    )
    # "are squats good for runner's knee?": the injury's name, not the knee a cue speaks of
    q = rx.sub(r"\brunner(?:s|'s|’s|s'|s’)? knees?\b", " ", q, flags=re.I)
    qs = stems(q) - GENERIC  # "while lifting" is not what "no added weight" forbids
    for m in _NEG.finditer(fact):
        # (the forbidding clause only: "Don't bounce; lower the weight under control" forbids no lowering)
        after = " ".join(rx.split(r"[;.!?]", fact[m.end() :], maxsplit=1)[0].split()[:6])
        if rx.match(r"\s*(?:skip|miss|forget|omit|neglect)\b", fact[m.end() :], re.IGNORECASE):
            continue  # "never skip the warm-up" recommends it: a double negative
        # ("never give up good form to use heavier dumbbells" forbids no "should I use weights?")
        hit = stems(after) & qs - _USE_STEMS
        if hit and hit <= _BACKGROUND_BODY and not hit & stems(_asking_clause(q)):
            continue  # "knee surgery 6 months ago, can I do wall squats": the knee is background
        if hit:
            return True
    return False


_USE_STEMS = stems("use uses using used")
# (named apart from the later _BODY_STEMS, a different list, which had silently replaced this one)
_BACKGROUND_BODY = stems("knee knees hip hips ankle ankles foot feet back shin shins calf calves leg legs")


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
    if rx.match(r"(?:Don't|Do not|Never|Avoid|Skip|No)\b", fact.strip()) and not said_neg:
        return ""  # a prohibition the question's words don't reach: no "Yes" to it
    if asked_neg or said_neg or score < 2:
        return ""  # "should I skip the stretching?": a plain "Yes" would say skip it
    # "Yes" only when the fact speaks to the asking clause, not just to the background before it
    # ("lower back aches after long runs, could weak glutes be it?" is not answered by "long run").
    clause = rx.split(r"[,;]\s*|\.\s+|\s[-\u2013\u2014]+\s", q.strip().lower())[-1] or q
    if not stems(clause) - GENERIC:
        # ("<move> - chest up, should it be?": the asking clause is the dash's, "should it be" says nothing)
        clause = _DASH.split(q.strip().lower())[-1]
    if _unmatched_extreme(q, fact):
        return ""  # "really steep", "5 days a week": the fact doesn't back that, so no "Yes"
    said = stems(clause)
    return "Yes. " if (said | _alike(said & _UPRIGHT_ASK)) & stems(fact) else ""


_EXTREME = rx.compile(
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
    fnums = set(rx.findall(r"\d+", fact)) | {d for w, d in _NUMBER_WORDS.items() if rx.search(rf"\b{w}\b", f)}
    plain = normalize(q)
    for m in _EXTREME.finditer(plain):
        w = m.group(0)
        if w == "one" and rx.search(r"\b(?:the|that|this|which) $", plain[: m.start()]):
            continue  # "the one where you step forward...": a move told, no number
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


# A verdict's condition left leading once the verdict is taken off ("Yes, if you start simple: hop..."
# for "what drills should a beginner start with?"): the condition is the advice, said as one.
_IF_YOU = rx.compile(
    r"^if you (?!(?:are|were|have|had|do|did|can|could|want|need|feel|get|re|ve|d|ll)\b)"
    r"([a-z][^:.;?!,]{2,40}): (?=\S)",
    re.IGNORECASE,
)


def unverdicted(rest: str) -> str:
    """What followed a verdict taken off, as a sentence of its own ("if you start simple: hop..." ->
    "Start simple: hop...")."""
    m = _IF_YOU.match(rest)
    if m is not None:
        return _cap(m.group(1)) + ": " + rest[m.end() :]
    return _cap(rest)


def _end(s: str) -> str:
    s = s.strip()
    return s if not s or s[-1] in ".!?" or s.endswith(".)") else s + "."


# ---- per kind ---------------------------------------------------------------------------------


# The bare verdict on a move asked about ("is the bridge any good?"), before what it works
_GOOD_ONE_LEAD = "Yes, it's a good one for runners."


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
    if topic_id == "rule:plyometrics":
        return "Full card: /exercise line hops"
    if topic_id in ("rule:one_legged", "rule:balance_training"):
        return "Full card: /exercise one-legged squat"
    return ""


def _and_list(names: str) -> str:
    """ "quads, calves, glutes" -> "quads, calves and glutes" (a one-item list as it is)."""
    head, _, tail = names.rpartition(", ")
    return f"{head} and {tail}" if head else names


def _works_verb(name: str) -> str:
    """ "Hill repeats work", "Lunge works": the verb agrees with the move's name."""
    return "work" if rx.search(r"[^s]s$", name) else "works"


def prevents_phrase(ex: Exercise) -> str:
    """What a move helps prevent, as one plain list: "shin splints"; "runner's knee and weak hips" (a
    name that is itself an "X and Y" pair, "weak hips and poor alignment", keeps only its head in a
    list of two or more, so the "and"s don't pile up)."""
    names = [INJURIES[i].name.lower() for i in ex.prevents if i in INJURIES]
    if len(names) > 1:
        names = [n.split(" and ", 1)[0] for n in names]
    return _join(names, "and")


def _and_names(ex: Exercise) -> str:
    names = muscle_names(ex.primary).lower()
    head, _, tail = names.rpartition(", ")
    return f"{head} and {tail}" if head else names


def _dose_line(ex: Exercise, ask: Ask) -> str:
    d = ex.dose
    if ask.dose == "rest" and not d.rest_s:
        # hill repeats: the jog back down is the rest
        return "The easy jog back down is your rest; start the next climb once you're at the bottom."
    if ask.dose == "rest":
        return (
            f"Rest about {d.rest_s} s to a minute between sets, enough to do the next set with good form "
            "(the article gives no figure; this is general guidance)."
        )
    if ask.dose == "often":
        return "As part of your strength sessions: twice a week, sometimes three, not on hard-run days."
    if ask.dose == "heavy":
        loaded = any(k in e for e in ex.equipment for k in ("weight", "dumbbell", "machine", "press"))
        if not loaded:
            return (
                f"Bodyweight is the load: {d.text()}. To make it heavier: {ex.harder or 'add reps or a set'}"
            )
        return (
            "The article gives no set weight (no kg figure): pick one you're comfortable with that leaves "
            f"you tired by the last of 12–15 reps, with good form: {d.text()}."
        )
    if ask.dose == "time" and d.hold_s is None and d.repeats_min is None:
        return f"{_cap(d.text())}, about {max(1, round(ex.minutes))} min with rests."
    return f"{_cap(d.text())}."


# Words of a question about a step that the steps say otherwise (stems): "feet" are "soles".
_STOP_AT = rx.compile(
    r"\b(?:until|stop|as high|as low|line|bend|bent|bending|angle|height|below|lower than)\b|°"
)
_ALIKE = {
    "feet": ("sole", "foot"),
    "foot": ("sole", "feet"),
    "hold": ("paus",),
    "top": ("paus", "high"),
    "tall": ("height", "stop", "line", "level"),
    "high": ("height", "stop", "line"),  # "how high should my hips go": where the step says to stop
    "box": ("bench", "step"),
    "deep": ("stop", "bend", "angl"),
    "far": ("stop", "angl", "straight"),
    "push": ("press",),
    "way": (),
    "descend": ("down", "lower"),
    "lower": ("down",),
    "between": ("recov", "rest"),  # "walk or jog between hill repeats": the recovery
    "back": ("down",),
    "hand": ("arm",),
    "arm": ("hand",),
    # "should my chest stay up?", "lean forward?": the step or cue that keeps the upper body upright
    "chest": ("upper", "upright", "torso", "trunk"),
    "lean": ("upright", "torso", "trunk"),
    "posture": ("upright", "torso", "trunk"),
}
_VERBS = stems("come comes go goes keep put make get take let feel end up down")
_UPRIGHT_ASK = frozenset({"chest", "lean", "posture"})
# "what's it for, and am I meant to go down slow?": a yes/no detail joined on to the why
_AND_YESNO = rx.compile(r"\band (?:am|should|do|must|is|can) (?:i|it|my)\b(.+)$")
# "anything to watch with my knees?", "what should I be careful of?", "mistakes to avoid?"
_WATCH_ASK = rx.compile(r"\b(?:watch\w*|careful|mistakes?|avoid|look out)\b")
_HOW_WORDS = stems(
    "how do i do it properly form technique steps correctly right way what should be "
    "where when can just them this that one up go get work works target hit muscles good "
    "for help fast quick"
)


# "how far back / apart / forward does my foot go": where a part is placed, not how deep to go.
_PLACE_ASK = rx.compile(
    r"\b(?:far|wide|close) (?:back|forward|forwards|apart|out|behind|in front)\b|\bhow (?:wide|far apart)\b|"
    r"\b(?:where|how far) (?:\w+ ){0,4}(?:foot|feet|toes|heels?|hands?|back leg)\b"
)
_HOW_FAR = stems("far deep low high tall wide close apart go goes")
_PLACE_ALIKE = {"behind": ("back",), "rear": ("back",), "trail": ("back",), "foot": ("toe",)}


def _alike(q: frozenset[str]) -> frozenset[str]:
    return frozenset(a for w in q for a in _ALIKE.get(w, ()))


# A question about what not to do, and a fact that says not to.
_ASK_NOT = rx.compile(
    r"\b(?:shouldnt|dont|mustnt|not|never|avoid|mistakes?|wrong|bad)\b|\bshould not\b|\bdo not\b"
)
_SAYS_NOT = rx.compile(r"\b(?:don't|do not|never|not|no|avoid|stop)\b", re.IGNORECASE)


# "any use?", "does that actually do anything?", "is that a proper drill?", "do I need it?": is this
# move worth doing, asked of a move (a yes with what it works).
_WORTH_EX = rx.compile(
    r"\bany (?:good|use|point|benefit)\b|\bworth (?:it|doing|the effort|bothering)\b|"
    r"\b(?:is|are) (?:it|that|this|they|those|these) (?:\w+ )?useful\b|\buseful (?:drill|exercise|move)\b|"
    r"\b(?:is|does) (?:that|it|this) (?:even |really |actually )?count(?:s|ed)? as (?:a )?(?:strength|resist"
    r"ance|"
    r"proper|real|actual|legit|decent|good|training)\b|"
    r"\b(?:does|do|will|would) (?:it|that|this|they|those|these) (?:\w+ )?(?:do|achieve) (?:anything|much|"
    r"something)\b|"
    r"\b(?:a |an )?(?:proper|real|legit|legitimate|actual|good|decent|solid) (?:\w+ )?"
    r"(?:drill|exercise|move)\b|"
    r"\bdo i (?:really |even |actually )?need (?:it|that|this|them|one)\b|"
    r"\b(?:is|are) (?:it|that|this|they|those) (?:any )?good(?: for (?:runners?|running|me|a runner))?$|"
    r"\b(?:does|do|would|will) (?:that|it|this) (?:count|work) as (?:strength|resistance)\b|"
    r"\buseful(?: for (?:a |the )?(?:runners?|running|me))?\s*$|"
    r"\b(?:actually |really |even )?(?:work|do|achieve)s? anything\s*$|"
    # "the leg extension machine, ok for runners?"
    r"\b(?:ok|okay|fine|alright|suitable|good|safe|(?:a )?good idea|sensible|smart) for (?:a |us )?(?:distan"
    r"ce )?"
    r"(?:runners?|running|me|distance (?:folk|people|runners))\s*$|"
    # "do hills count as a leg session?", "are hill sprints a strength session?": it counts
    r"\bcount(?:s|ed)? as (?:a |an |my |proper |real )?(?:strength|resistance|leg|gym)\b|"
    r"(?:\b(?:is|are) (?:\w+ ){1,5}?|(?<!what )(?<!why )(?<!how )\b(?:is|are) )"
    r"(?:a |an )?(?:form of |kind of |type of )?(?:strength|resistance) "
    r"(?:work|training|sessions?|workouts?)\b"
)
# ("how should my runners set up the hamstring push-up", "walk me thru a step up": the whole movement)
_FORM_ASK = rx.compile(
    r"\b(?:form|technique|properly|correctly|correct way|right way|set ?up|"
    r"walk (?:me|us|them) (?:thr\w*|through))\b"
)
_BODY_STEMS = stems(
    "knee knees foot feet heel heels toe toes back hip hips hand hands arm arms torso chest head"
)
# Things the article says to do, and a question whether they are needed.
_DO_RULES = frozenset(
    {
        "rule:warm_up",
        "rule:stretch_after",
        "rule:recovery_week",
        "rule:range_of_motion",
        "rule:breathing",
        "rule:opposing_balance",
        "rule:variety_fun",
        "rule:form_first",
    }
)
_NEEDED = rx.compile(
    r"\b(?:needed|necessary|required|essential|important|compulsory|mandatory|a must|"
    r"worth (?:it|doing|bothering))\b"
)
_GOOD_RULES = frozenset(
    {"rule:plyometrics", "rule:free_weights", "rule:machines", "rule:balance_training", "rule:one_legged"}
)
# "what's that move where...", "what is this exercise called": the runner describes it, asks its name.
_WHICH_MOVE = rx.compile(
    r"\bwhat(?:s| is) (?:that|this|the) (?:move|exercise|one|thing|drill)(?: called)?(?: where| with| you)\b|"
    r"\bwhat(?:s| is) (?:that|this|it) called\b|\bwhat do you call (?:that|this|it|the)\b"
)
# (a body word is no stand-in asked about: "lunges on both legs" is not "each rep still loads one leg")
_SUB_LOOSE = stems(
    "use instead place home weight weights bodyweight only low solid "
    "leg legs foot feet knee rep reps each one side"
)
_BASIC_MACHINES = ("quad_extension", "hamstring_curl", "leg_press")
_QUAD_SIDE = rx.compile(r"\b(?:already|also|as well)\b.*\b(?:quads?|quadriceps|extensions?|kick\w*)\b")


_COUNT_STEMS = stems("reps rep sets set times dose volume")
# "fast or slow?", "how fast should I do squats?": the tempo of a rep
_SPEED_ASK = rx.compile(
    r"\b(?:fast|quick\w*|explosive\w*)\b (?:\w+ )?or (?:\w+ )?\b(?:slow\w*|controlled)\b|"
    r"\b(?:slow\w*|controlled)\b (?:\w+ )?or (?:\w+ )?\b(?:fast|quick\w*|explosive\w*)\b|"
    r"\bhow (?:fast|quick\w*|slow\w*)\b"
)
_TEMPO = frozenset({"slow", "control"})
_FELT_IN = {
    "quads": r"\bquads?\b|\bfront of (?:my|the) thighs?\b",
    "glutes": r"\bglutes?\b|\bbutt\b|\bbum\b",
    "hamstrings": r"\bhamstrings?\b|\bhammies\b|\bback of (?:my|the) thighs?\b",
    "calves": r"\bcalf\b|\bcalves\b",
    "hips": r"\bhips?\b",
    "back": r"\b(?:lower )?back\b",
    "knees": r"\bknees?\b",
}
_FEEL = rx.compile(
    r"\b(?:feel|feeling|felt|feels)\b(?: \w+){0,4} (?:in|on) (?:my|the|your)\b|"
    r"\bwhere (?:should|do|am|are|will|would|is) (?:\w+ ){0,3}feel\b"
)
# "feels easy now, how much do I add?": going up from a load, not the starting load.
_GO_UP = rx.compile(
    r"\b(?:too easy|feels? easy|feeling easy|getting easy|got easy|easy now|add on|add more|increase|go up|"
    r"put on|bump (?:it )?up|step up the|jump up)\b"
)


def _reps_of(name_stems: frozenset[str]) -> frozenset[str]:
    """ "reps" is a word of "hill repeats" said short ("hill reps")."""
    return frozenset({"rep"}) if "repeat" in name_stems else frozenset()


# (r16 wd) "on a wobbly old stool", "my rickety chair": kit said to be unsteady is a no, whatever it is
UNSTEADY_KIT = rx.compile(
    r"\b(?:wobbl\w*|rickety|unstable|unsteady|shaky|wonky|flimsy|tippy|rocky|slippery|wheeled|swivel\w*|"
    r"folding|collapsible|broken|loose) (?:\w+ ){0,2}(?:ball|chair|step|stair|bench|box|sofa|couch|bed|table|"
    r"stool|kerb|curb|block|ledge|crate|log|planter|rock|platform|ottoman)s?\b|"
    r"\b(?:chair|step|stair|bench|box|table|stool|block|ledge|crate|log|platform|ottoman)s? "
    r"(?:(?:that|which) )?(?:is |are |s |its |it s |it is )?"
    r"(?:a bit |quite |really |pretty |kind of |a little )?"
    r"(?:wobbl\w*|rickety|unstable|unsteady|shaky|wonky|flimsy|on wheels|tips|slides)\b"
)


def unsteady_reply(ex: Exercise) -> tuple[str, str]:
    """(r16 wd) Kit said to wobble, tip or roll: no, and the firm kit the move uses."""
    uses = " or ".join(ex.equipment)
    return (
        f"No: the {ex.name.lower()} needs a firm base that won't tip, slide or rock. "
        f"Use {uses} that stays put.",
        "",
    )


def _kit_choice(ex: Exercise, plain: str) -> str | None:
    """The exercise's kit line when the question weighs its two options against each other ("ankle
    weights or a strap?"): both sides of the line's "or" named, and an "or"/"vs" in the question."""
    if not rx.search(r"\b(?:or|vs|versus)\b", plain):
        return None
    asked = stems(plain)
    for item in ex.equipment:
        sides = rx.split(r",? or ", item)
        if len(sides) == 2 and all(stems(side) - GENERIC - {"weight"} & asked for side in sides):
            return item
    return None


@lru_cache(maxsize=1)
def _move_names() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Every exercise's names as one pattern each (normalised words, any plural), longest first."""
    out = []
    for e in EXERCISES.values():
        names = sorted(
            {normalize(n) for n in (e.name, *e.aliases) if len(normalize(n).split()) >= 2}, key=len
        )
        if names:
            out.append(
                (e.id, rx.compile(r"\b(?:" + "|".join(re.escape(n) for n in reversed(names)) + r")s?\b"))
            )
    return tuple(out)


def _other_moves_named(ex: Exercise, plain: str) -> list[str]:
    """The other exercises the (normalised) question names in full (two-word names and up)."""
    return [
        i
        for i, pat in _move_names()
        if i != ex.id and i != ex.variation_of and ex.id != EXERCISES[i].variation_of and pat.search(plain)
    ]


def kit_swap(topic_id: str, kit: list[str]) -> str | None:
    """ "...or just my back on the wall? no ball in my dorm": the exercise's own stand-in for the kit the
    runner lacks, as a "No ball?" line (None when the card has none for it)."""
    ex = EXERCISES.get(topic_id.removeprefix("exercise:")) if topic_id.startswith("exercise:") else None
    if ex is None:
        return None
    for k in kit:
        for sub in ex.substitutes:
            m = rx.match(rf"no {re.escape(k)}\w*: (.+)$", sub)
            if m:
                return f"No {k}? {_cap(_end(m.group(1)))}"
            if rx.search(rf"\bno {re.escape(k)}\w*\b", sub):
                # "bodyweight alone, no dumbbells (each rep still loads one leg)"
                rest = rx.sub(rf",? no {re.escape(k)}\w*", "", sub).strip()
                return f"No {k}? Use {_end(rest)}"
    for k in kit:
        # (r16 wb) "a weight hanging from a strap around the ankle instead of an ankle weight", and "no weight
        # at all while you learn the movement": the card's stand-ins for the kit lacked, as one line
        single = re.escape(k.rstrip("s"))
        instead = [
            rx.sub(rf" instead of (?:an? )?{single}s?\b", "", x)
            for x in ex.substitutes
            if rx.search(rf"\binstead of (?:an? )?{single}s?\b", x)
        ]
        if instead:
            bare = [x for x in ex.substitutes if x.startswith("no weight")] if "weight" in k else []
            said = f"Use {instead[0]}" + (f", or {bare[0]}" if bare else "")
            return f"No {k}? {_end(said)}"
    return None


# (r19 tj) "can I still do it?", "does it still work?", "is it still worth doing?": the move itself, kept
STILL_DO = rx.compile(
    r"\b(?:can|could) i (?:still |just )?do (?:it|them|that|this|those|these|the \w+)\b(?! instead)|"
    r"\b(?:does|will|would|can) (?:it|that|this) (?:still )?work\b|"
    r"\bstill (?:do|work|worth|ok|okay|fine)\b"
)


_MUSCLE_OPTION = (
    (r"quads?|quadriceps|front of (?:the|my) thighs?", "quads"),
    (r"hamstrings?|hams|hammies|back of (?:the|my) thighs?", "hamstrings"),
    (r"glutes?|bum|butt|backside", "glutes"),
    (r"calf|calves", "calves"),
    (r"hips?", "hips"),
)
_MUSCLE_ALT = "|".join(w for w, _ in _MUSCLE_OPTION)
# "glutes or hamstrings?", "quads or mostly glutes", "more for the glutes or the hammies": two muscles
# offered as a choice
MUSCLE_CHOICE = rx.compile(
    rf"\b(?:the |my )?({_MUSCLE_ALT})\b,? or (?:is it |it's |its )?(?:(?:more|mostly|mainly|just|only|the|my|"
    rf"for) )*({_MUSCLE_ALT})\b"
)


def muscle_choice(ex: Exercise, question: str) -> str | None:
    """ "is the bridge more for glutes or hamstrings?": which of the two the move works, said first (a
    "Yes" answers neither). None when the question offers no such choice, or the move works neither."""
    m = MUSCLE_CHOICE.search(normalize(question))
    if m is None:
        return None
    ids = [next(i for w, i in _MUSCLE_OPTION if rx.fullmatch(w, g)) for g in m.groups()]
    a, b = ids
    if a == b:
        return None
    name = ex.name.lower()
    main = [i for i in ids if i in ex.primary]
    helps = [i for i in ids if i in ex.secondary]
    if len(main) == 2:
        return f"Both: the {name} works the {a} and the {b} together."
    if main and helps:
        return f"Mostly the {main[0]}: the {name} works them hardest, with the {helps[0]} helping."
    if main:
        other = b if main[0] == a else a
        alt = next((e.name.lower() for e in exercises_for_muscle(other) if e.id != ex.id), "")
        extra = f"; for the {other}, add the {alt}" if alt else ""
        return f"The {main[0]}: the {name} works the {_and_names(ex)}{extra}."
    return None


def _plyo_support(ex: Exercise) -> str:
    """The line under a verdict on a plyometric drill: what such a drill is for, then its dose."""
    return (
        "A plyometric drill: it builds explosive power and reaches deeper muscles most workouts "
        f"miss. Dose: {ex.dose.text()}."
    )


# A gym machine out of reach while the runner is in the gym ("always taken", "busy", "queue for it").
_MACHINE_OUT_WORDS = (
    r"taken|busy|occupied|in use|hogg\w*|hogs?|queue\w*|waiting for|wait for|broken|out of order|"
    r"out of service|"
    # (r16 zb) "someone is always on the leg press", "never free", "can never get on the leg curl"
    r"(?:someone|somebody|people|guys|always somebody|always someone)(?: is| are|s)? (?:always )?on|"
    r"never (?:free|available)|not (?:free|available)|unavailable|crowded|packed|rammed|"
    r"(?:can never|never|cant|cannot|can not) get (?:on|onto|a go on|near)"
)
# A gym machine out of reach: busy or broken (r16 zb: read by dialogue.py for a swap asked)
MACHINE_OUT = rx.compile(rf"\b(?:{_MACHINE_OUT_WORDS})\b")
_IN_THE_GYM = rx.compile(rf"\b(?:{_MACHINE_OUT_WORDS}|(?:at|in) (?:my |the )?gym|gym (?:has|doesnt|hasnt))\b")


def busy_swap(ex: Exercise, question: str) -> str | None:
    """(t27, r16 zb) "the leg press at my gym is always taken, what can I swap in?", "someone's always on
    the hamstring curl": swaps in the gym for the same muscles, not the home version; None when the
    machine isn't told busy or missing in a gym."""
    if not (_IN_THE_GYM.search(normalize(question)) and ex.setting == "gym"):
        return None
    if not any("at home" in x for x in ex.substitutes):
        return None
    same = [
        e.name.lower()
        for e in EXERCISES.values()
        if e.id != ex.id
        and e.setting in ("gym", "home")
        and not e.variation_of
        and not any("machine" in k for k in e.equipment)
        and set(e.primary) & set(ex.primary[:1])
    ][:3]
    return (
        f"Same muscles, no {ex.name.lower()} needed: {_join(same)}, 2–3 sets of 12–15 with a load "
        "that tires you by the last reps."
    )


_QUAD_HAM_BALANCE = (
    "Quad work should be balanced by hamstring work: an imbalance between opposing muscles is a major "
    "cause of runners' overuse injuries."
)
# (r17 ua) "do I need calf raises if I already do leg presses?": whether the move is needed beside one
# already done is whether it works a muscle that one doesn't (it got the card's one-leg tip under "Yes").
_ALREADY_DO = rx.compile(
    r"\b(?:if|since|as|when|because|given) (?:i |im )?(?:already|also) (?:do|have|use|doing|hit)\b"
    r"(?P<done>.*)$"
)


def _already_done(ex: Exercise, plain: str) -> tuple[str, str] | None:
    """(lead, support) when the message asks whether ``ex`` is needed beside moves it says it already does."""
    m = _ALREADY_DO.search(plain)
    if m is None:
        return None
    done = [
        EXERCISES[i]
        for t in named_exercises(m.group("done"))
        if (i := t.removeprefix("exercise:")) in EXERCISES and i != ex.id
    ]
    if not done:
        return None
    done_names = _join([d.name.lower() for d in done], "and")
    covered = {mu for d in done for mu in d.primary}
    new = [MUSCLES[mu].name.lower() for mu in ex.primary if mu not in covered and mu in MUSCLES]
    if new:
        balance = (
            "hamstrings" in ex.primary and "quads" in covered
        )  # (the quad one done: the balance says why)
        return (
            f"Yes: the {_join(new, 'and')} get little work from the {done_names}, and the {ex.name.lower()} "
            f"works them.",
            f"{_QUAD_HAM_BALANCE} Dose: {ex.dose.text()}." if balance else f"Dose: {ex.dose.text()}.",
        )
    same = _join(sorted(MUSCLES[mu].name.lower() for mu in ex.primary if mu in MUSCLES), "and")
    verb = "work" if len(done) > 1 else "works"
    return (
        f"Not strictly: the {done_names} already {verb} the {same}, like the {ex.name.lower()}. Doing both "
        "is fine: the article favours a varied workout.",
        "",
    )


# (r18 tc) "im a beginner, 55, is lunges safe for me": whether the move is safe, not whether it is good
_SAFE_ASK = rx.compile(r"\b(?:is|are|r) (?:\w+ ){0,3}safe\b|\bsafe (?:for|to|4)\b")
# (r18 tf) "are calf raises safe", "is the bridge safe for me": the bare safety ask of a move, its verdict
# first wherever the ask's kind sends it (a body part, a pain or a jump drill has answers of its own)
_SAFE_BARE = rx.compile(
    r"^(?!.*\b(?:knees?|back|hips?|ankles?|joints?|shins?|hurt\w*|pain\w*|sore\w*|ach\w*|injur\w*|"
    r"pregnan\w*|surgery|op|or|than|instead)\b)(?:.*\b)?(?:is|are|r) (?:\w+ ){0,3}safe\b"
)


def _safe_reply(ex: Exercise) -> tuple[str, str]:
    """Safe done with care, and how: the lead and support for a move's "is it safe (for me)?"."""
    cue = f" {_end(ex.cues[0])}" if ex.cues else ""
    return (
        "Yes, usually, done with care: start with your bodyweight and a load you're comfortable with, slow "
        f"and controlled, never trading form for reps.{cue}",
        "Stop if anything hurts, and check with your doctor first if your joints give you trouble. "
        f"Dose: {ex.dose.text()}.",
    )


def exercise_reply(ex: Exercise, ask: Ask, q: frozenset[str], question: str) -> tuple[str, str]:
    """(lead, support) for an exercise."""
    choice = muscle_choice(ex, question)
    if choice is not None:
        return choice, f"Dose: {ex.dose.text()}."
    already = _already_done(ex, normalize(question)) if ask.yesno else None
    if already is not None:
        return already
    if ex.setting in ("home", "gym") and _SAFE_BARE.search(normalize(question)) and not _NEG.search(question):
        return _safe_reply(ex)
    name_stems = stems(" ".join([ex.name, *ex.aliases]))
    # What it works, as its own summary says when that is a part the muscle table has no entry for
    # ("works the front of the shin": the wall toe raise, not the calves its table row files it under).
    part = rx.search(r"\bworks the ((?:front|back|side|outside|inside) of the \w+)", ex.summary)
    worked = part.group(1) if part else muscle_names(ex.primary).lower()
    side, _, limb = part.group(1).partition(" of the ") if part else ("", "", "")
    if part and rx.search(rf"\b{side} of (?:the|my|your) {limb}s?\b", normalize(question)):
        # "strengthen the front of my shins" names what the move works, not the step that puts the
        # feet "out in front"
        q = q - stems(part.group(1))
    if not part:
        worked = _and_list(worked)  # "the quads, calves and glutes", not "quads, calves, glutes"
    # what it guards against, as its own clause ("...; it helps prevent runner's knee and weak hips"),
    # not glued onto the muscle list ("It works the quads, glutes, and helps prevent ...")
    guards = f"; it helps prevent {prevents_phrase(ex)}." if ex.prevents else "."
    works = f"It works the {worked}{guards}"
    # the move as the subject ("Bench step-up works the quads and glutes; ..."), not "Bench step-up: It
    # works ..."
    named_works = f"{ex.name} {_works_verb(ex.name)} the {worked}{guards}"
    if ask.yesno and ex.equipment and UNSTEADY_KIT.search(normalize(question)):
        return unsteady_reply(ex)
    kit_choice = _kit_choice(ex, normalize(question))
    if kit_choice is not None:
        # "ankle weights, or do people use the cable strap?": the article allows either kit.
        return f"Either works: {kit_choice}. {ex.name}: {ex.dose.text()}.", ""
    if rx.search(
        r"\bmuscles?\b|\bwhat (?:does|do) (?:it|they|this|that) (?:work|target|hit)\b|"
        # "which part of the leg does that work?", "what bit of me does the bridge hit?", "what does the
        # hamstring push-up work?" (the move said back in for "that")
        r"\b(?:what|which) (?:part|parts|bit|bits|area|areas|region) (?:of (?:\w+ ){0,3})?"
        r"(?:does|do|will|would|is|are) (?:[\w-]+ ){1,4}?(?:work|target|hit|train|strengthen)\w*\b|"
        r"\bwhat (?:does|do|will|would) (?:the |a |an )?(?:[\w-]+ ){1,4}?"
        r"(?:work|target|hit|train|strengthen)\s*$|"
        # "what's that actually training?", "what is it working?"
        r"\bwhat(?:s| is| are) (?:it|they|this|that|those) (?:actually |really |even )?(?:training|working|"
        r"targeting|hitting|strengthening)\b",
        normalize(question),
    ) and (ask.kind in ("what", "check", "why")):
        # "what muscles does it work": the muscles first (the helpers too, so the summary can't
        # name more than the lead).
        also = f" (also {muscle_names(ex.secondary).lower()})" if ex.secondary else ""
        said_muscles = rx.search(
            r"\b(?:works?|for|builds?) the (?:\w+ )?(?:quads?|hamstrings?|glutes?|calf|calves|hips?)\b|"
            r"\b(?:back|front) of the thigh\b",
            ex.summary,
        )
        if ex.cues and rx.search(r"\b(?:watch out|careful|mistakes?|avoid|look out)\b", normalize(question)):
            # "what does it hit and anything to watch out for?": the muscles, then its first cue
            return f"{ex.name} works the {_and_names(ex)}{also}.", f"Watch out: {_end(ex.cues[0])}"
        if part:
            return f"{ex.name} {_works_verb(ex.name)} the {worked}{also}{guards}", ""
        # the step that says where the work is ("...using the hamstrings of the leg still on the chair")
        where = next(
            (s for s in ex.steps if any(rx.search(rf"\b{m}\b", s, re.I) for m in ex.primary)),
            "",
        )
        if where:
            return f"{ex.name} works the {_and_names(ex)}{also}.", where
        return f"{ex.name} works the {_and_names(ex)}{also}.", "" if said_muscles else ex.summary
    if (
        ask.yesno and ask.kind == "why" and rx.search(r"\b(?:worth|point|any good)\b", normalize(question))
    ) or (ask.kind in ("why", "check", "what") and _WORTH_EX.search(normalize(question))):
        # "is it worth doing wall squats?", "does that actually do anything?", "is that a proper
        # drill?", "any use for runners?": the verdict, then what it does.
        if _SAFE_ASK.search(normalize(question)) and not _NEG.search(question):
            return _safe_reply(ex)
        support = f"Dose: {ex.dose.text()}."
        if ex.setting == "plyo":
            support = _plyo_support(ex)
        elif ex.id in _BASIC_MACHINES:
            others = _join([EXERCISES[o].name.lower() for o in _BASIC_MACHINES if o != ex.id], "and")
            support = (
                f"One of the three basic leg machines (with the {others}): keep it slow and controlled and "
                "stop just before your knees are fully straight."
            )
        elif ex.setting == "hills" or ex.id == "treadmill_incline":
            # "does running up a slope over and over count as strength work?": it does
            uphill = (
                "raising the incline gives you hill running, which is resistance training for runners"
                if ex.id == "treadmill_incline"
                else "running uphill is resistance training for runners"
            )
            return f"Yes: {uphill}. {named_works}", f"Dose: {ex.dose.text()}."
        if "hamstrings" in ex.primary and _QUAD_SIDE.search(normalize(question)):
            # "do I need it if I already do the quad one?": the balance of opposing muscles
            support = _QUAD_HAM_BALANCE
        return f"{_GOOD_ONE_LEAD} {named_works}", support
    if _WHICH_MOVE.search(normalize(question)) and ask.kind in ("what", "check", "howto"):
        # "what's that move where you lie face up with your heels on a chair...?": its name, then how
        steps = " ".join(f"{n}) {_end(s)}" for n, s in enumerate(ex.steps, 1))
        return f"That's the {ex.name.lower()}. {_end(ex.summary)} {steps}", (f"Dose: {ex.dose.text()}.")
    if (
        ex.setting == "hills"
        and ask.yesno
        and rx.search(
            r"\bhelp\w* (?:me )?(?:get |run |go |climb )?(?:up )?(?:the )?hills\b", normalize(question)
        )
        and not _NEG.search(question)
    ):
        # "will strength training help me get up hills?": yes, and the hills are strength work too
        return (
            "Yes: stronger legs power you up hills more easily, and hill repeats are strength work in "
            f"themselves: {ex.dose.text()}.",
            "",
        )
    if _SPEED_ASK.search(normalize(question)) and ex.setting not in ("plyo", "hills"):
        # "lunges: fast or slow?": the article's slow and controlled, with the move's own cue
        cue = next((c for c in ex.cues if rx.search(r"\b(?:slow\w*|control\w*|bounc\w*)\b", c, re.I)), "")
        lead = "Slow and controlled: keep every rep slow, no bouncing or momentum, and lower under control."
        return f"{ex.name}: {lead}", (f"{_end(cue)}" if cue and not cue.lower().startswith("slow") else "")
    if _FEEL.search(normalize(question)) and not _PAIN_WORD.search(normalize(question)):
        # "should I feel the bridge in my glutes or hamstrings?", "I feel lunges in my lower back":
        # where it should work, then the cue that keeps it there.
        helpers = muscle_names(ex.secondary).lower().split(", ") if ex.secondary else []
        also = f" (the {_join(helpers, 'and')} help)" if helpers else ""
        cue = next((c for c in ex.cues if rx.search(r"\bnot\b|\bdon't\b|\bkeep\b", c)), "")
        cue = cue or (ex.cues[0] if ex.cues else "")
        lead = f"Mainly in your {_and_names(ex)}{also}."
        told = {m for m, w in _FELT_IN.items() if rx.search(w, normalize(question))}
        if told and told <= set(ex.primary):
            if asks_yes_no(question, ask):
                lead = f"Yes: mainly in your {_and_names(ex)}{also}."  # "in my quads, normal?"
        elif told:
            lead = f"It should be mainly your {_and_names(ex)}{also}."  # "in my lower back, wrong?"
        return lead, (f"{_end(cue)}" if cue else "")
    if ask.other_side:
        if not ex.dose.per_side:
            # (r15 ya) "what about the other leg?" after hill repeats or the wall squat: both legs work
            # together, so there's no other side to do
            return (
                f"{ex.name}: both legs work together, so there's no other side to do. "
                f"Dose: {ex.dose.text()}.",
                f"In the one-leg version ({_lower1(ex.single_leg.rstrip('.'))}), do the same on each leg."
                if ex.single_leg
                else "",
            )
        side = ex.single_leg or "Do the same on the other side."
        return f"{ex.name}: {_end(side)} Same dose each leg: {ex.dose.text()}.", ""
    plain_q = normalize(question)
    if (
        ask.kind == "dose"
        and ask.dose == "count"
        and not rx.search(r"\b(?:how|what|which|number|sets?|enough|many|much|often)\b", plain_q)
        and (" or " in f" {plain_q} " or not (q - name_stems - _reps_of(name_stems)) & _COUNT_STEMS)
    ):
        # "hill reps: jog the way down or walk it?", "hill reps, jog the downs?": "reps" of the move's
        # name counts nothing; the step that says which is the answer.
        detail = q - name_stems - _reps_of(name_stems)
        pick, n = _best(detail | _alike(detail), [*ex.steps, *ex.cues])
        if n:
            return f"{ex.name}: {_end(pick)}", f"Dose: {ex.dose.text()}."
    if ask.kind == "dose":
        if ask.dose == "depth":
            figures = [
                f
                for f in (*ex.steps, *ex.cues)
                if rx.search(r"\d|°|degree|grade|angle|below|as high", f) and not rx.search(r"\breps?\b", f)
            ]
            # "how steep should the treadmill be?": a grade or an angle, not "repeat 5 to 8 times"
            figures = [f for f in figures if rx.search(r"%|°|degree|grade|angle|below|as high", f)] or figures
            fact, score = _best(q | _alike(q), figures, name_stems)
            placed = (q - name_stems - _HOW_WORDS - _HOW_FAR) if _PLACE_ASK.search(plain_q) else frozenset()
            placed = placed | frozenset(a for w in placed for a in _PLACE_ALIKE.get(w, ()))
            where, n = _best(placed, [*ex.steps, *ex.cues]) if placed else ("", 0)
            placed_n = n
            if n and where not in figures and not _best(placed, figures)[1]:
                # "how far back does my back foot go?" on the one-legged squat: the step that places
                # the back foot, not the knee's 90°.
                return f"{ex.name}: {_end(where)}", f"Dose: {ex.dose.text()}."
            if not score:
                # "how high should my hips go on the bridge": the step that says where to stop (not
                # one that shares only the words of the move's description: "lean on a ball").
                detail = (q | _alike(q)) - name_stems - _HOW_WORDS
                step, n = _best(detail, [s for s in (*ex.steps, *ex.cues) if _STOP_AT.search(s)])
                fact = step if n else ""
            fact = fact or (figures[0] if figures else "")
            if fact:
                lead = _end(fact)
                if placed_n and where != fact and where not in figures:
                    # "how far down, and where do my feet go?": where the feet go, then how deep
                    lead = f"{_end(where)} {lead}"
                watch = ""
                if _WATCH_ASK.search(plain_q):
                    # "..., and anything to watch with my knees?": the cue that says what not to do
                    asked = (q | _alike(q)) - name_stems - _HOW_WORDS - _HOW_FAR
                    warns = [c for c in ex.cues if _SAYS_NOT.search(c) and c != fact]
                    watch, hit = _best(asked, warns)
                    watch = _end(watch) if hit else ""
                if watch:
                    return f"{ex.name}: {lead} Watch: {_lower1(watch)}", f"Dose: {ex.dose.text()}."
                return f"{ex.name}: {lead}", f"Dose: {ex.dose.text()}."
        if ask.dose == "time":
            timed = [f for f in (*ex.steps, *ex.cues) if rx.search(r"second|pause|hold|\d+ s\b", f)]
            fact, score = _best(q | _alike(q), timed, name_stems)
            holding = bool(
                rx.search(r"\b(?:hold|holding|pause|top|bottom|seconds?|stay|staying)\b", normalize(question))
            )
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
        if ask.dose in ("count", "") and ex.dose_note and not ask.yesno:
            # "how many reps of the hamstring push-up?": the number first, and honest where it's ours.
            line = _dose_line(ex, ask)
            note = ex.dose_note
            note_figures = set(rx.findall(r"\d+", note))
            if len(note_figures) >= 2 and note_figures <= set(rx.findall(r"\d+", line)) and ";" in note:
                # The note's figures are the line's: say where they come from, not the figures again.
                note = note.split(";")[0] + "; these numbers are its general rule for strength work."
            return f"{ex.name}: {line}", note
        line = _dose_line(ex, ask)
        loaded = any(k in e for e in ex.equipment for k in ("weight", "dumbbell", "machine", "press"))
        if ask.dose == "heavy" and loaded and _GO_UP.search(normalize(question)):
            # "the leg press feels easy now, how much should I add?": more until 12–15 reps tire you again
            return (
                f"{ex.name}: add enough that 12–15 reps tire you again, with good form ({ex.dose.text()}). "
                "The article gives no kg step: the gym lets you add resistance as you get stronger, so go up "
                "a little at a time.",
                "",
            )
        cue = ex.cues[0] if ex.cues else ""
        cue_figures = set(rx.findall(r"\d+", cue))
        if cue_figures and cue_figures <= set(rx.findall(r"\d+", line)):
            cue = ""  # "Too steep: stay around 5–10%" after "5–8 at a 5–10% grade" only says it again
        return f"{ex.name}: {line}", cue
    if ask.kind == "howto" and ask.then and len(ex.steps) > 1:
        # "you lie down with your feet on a chair? then what?": the steps after the one told (the
        # first one when the question tells none)
        told_steps = q - stems(ex.name) - _HOW_WORDS
        scores = [len(told_steps & stems(s)) for s in ex.steps]
        at = max(range(len(ex.steps)), key=lambda k: (scores[k], k)) if max(scores) >= 2 else 0
        at = min(at, len(ex.steps) - 2)
        rest = " ".join(f"{n}) {_end(s)}" for n, s in enumerate(ex.steps, 1) if n > at + 1)
        return f"{ex.name}, from there: {rest}", (f"Dose: {ex.dose.text()}.")
    if ask.kind in ("howto", "what", "check") and ex.steps:
        # "where should my feet be?", "what do I do on the way down?": the step that says it.
        detail = (q | _alike(q)) - name_stems - _HOW_WORDS
        plain_q = normalize(question)
        told_not = _ASK_NOT.search(plain_q)
        # "what shouldn't my knees do?": a cue that forbids something before a step that shares the word
        fact, score = _best(
            detail,
            [*(c for c in ex.cues if told_not and _SAYS_NOT.search(c)), *ex.steps, *ex.cues],
        )
        if (
            score
            and detail
            # (a longer question that still asks one detail: "on hill repeats, what am I supposed to do on
            # the way back down?")
            and (
                len(plain_q.split()) <= 10
                # "what do I do with my arms when running up hills?": one body part's place, one step
                or (len(detail) <= 3 and detail <= _BODY_STEMS | _alike(detail & _BODY_STEMS))
                or (
                    len(detail) <= 4 and score >= 2 and not rx.search(r"\bhow (?:do|should|can) i\b", plain_q)
                )
            )
            and not ask.yesno
            and not plain_q.endswith(" how")  # "hamstring push-up with a ball, how": all the steps
            # (r18 tf) "could you explain the bridge on the floor?": the whole movement requested
            and not _WHOLE_ASKED.search(plain_q)
            # "correct form for lunges holding dumbbells": the whole movement, unless a body part's
            # place is asked ("correct form for my knees on lunges")
            and not (_FORM_ASK.search(plain_q) and not detail & _BODY_STEMS)
        ):
            # ((r17 vd) "where should my shoulders be": a place asked, no dose line under it)
            placed_asked = _PLACE_ASK.search(plain_q) or rx.match(r"(?:(?:and|so) )?where\b", plain_q)
            return f"{ex.name}: {_end(_cap(fact))}", "" if placed_asked else f"Dose: {ex.dose.text()}."
    if ask.kind == "howto":
        steps = " ".join(f"{n}) {s}" for n, s in enumerate(ex.steps, 1))
        return f"{ex.name}: {steps}", f"Key cue: {ex.cues[0]}" if ex.cues else ""
    and_yes = _AND_YESNO.search(normalize(question)) if ask.kind == "why" else None
    if and_yes is not None:
        # "what is it for and am I meant to lower slowly?": what it's for, then the yes to the detail
        yes_detail = stems(and_yes.group(1)) - name_stems - _HOW_WORDS
        fact, yes_n = _best(yes_detail | _alike(yes_detail), [*ex.cues, *ex.steps])
        if yes_n and not _SAYS_NOT.search(fact):
            why_lead = _end(ex.summary) if "work" in ex.summary else f"{_end(ex.summary)} {works}"
            return f"{ex.name}: {why_lead}", f"Yes: {_lower1(_end(fact))}"
    if ask.kind == "why":
        if ex.setting == "plyo":
            # "that hop-and-land drill, what's it for?": a plyometric drill's point is explosive power
            return (
                f"{ex.name} is a plyometric drill: it builds explosive power and reaches deeper muscles most "
                f"workouts miss. {works}",
                ex.summary,
            )
        if ex.prevents and rx.search(r"\b(?:front|back) of the (?:shin|thigh|lower leg)\b", ex.summary):
            # "toes up with my back to a wall, what's that meant to fix?": where it works, in the
            # summary's words (not the muscle group's name, "calves"), and what it guards against.
            fixes = _join([INJURIES[i].name.lower() for i in ex.prevents], "and")
            said = fixes in ex.summary.lower()
            lead = _end(ex.summary) if said else f"it helps prevent {fixes}. {_end(ex.summary)}"
            return f"{ex.name}: {lead}", f"Dose: {ex.dose.text()}."
        if ex.primary and ex.primary[0] in MUSCLES and _WHY_FOR_RUNNING.search(normalize(question)):
            # (r15 ya) "does squatting help my running, and why?", a bare "why?" after "are lunges good
            # for runners?": what the muscle it builds does in running is the why, not the move again
            m = MUSCLES[ex.primary[0]]
            if _BARE_WHY_ASK.match(normalize(question)):
                # (the move was said by the reply before: the because leads)
                role = _in_running(m).removeprefix("In running, ")
                if role.startswith("they "):
                    because = f"Because it strengthens the {m.name.lower()}, which in running {role[5:]}"
                else:
                    because = f"Because it strengthens the {m.name.lower()}: in running, {role}"
                return because, named_works
            return named_works, f"Why it matters: {_lower1(_in_running(m))}"
        return named_works, ex.summary
    if ask.kind == "lack":
        swap = busy_swap(ex, question)
        if swap is not None:
            return swap, ""
        if ex.substitutes:
            kit = rx.sub(r"^(?:an?|the) ", "", ex.equipment[0].split(",")[0]) if ex.equipment else "kit"
            # (r19 tj) a swap that says its own "no ball:" is not said twice ("No exercise ball? No ball:"),
            # and "can I still do it without a ball?" is answered yes first
            subs = [rx.sub(r"^no [\w ]+?: ", "", x) for x in ex.substitutes]
            still = ask.yesno and STILL_DO.search(normalize(question))
            head = f"Yes, without the {kit}: " if still else f"No {kit}? "
            return head + (_cap(_join(subs)) if head.startswith("No") else _join(subs)) + ".", ""
        return f"{ex.name} needs no special kit.", ""
    if ask.kind == "harder":
        # (r15 ya: "what's the harder version?" asks one way only; the easier one only when asked too)
        both = rx.search(r"\b(?:easier|scale|regress\w*|too hard|difficulty|levels?)\b", normalize(question))
        return f"Harder: {ex.harder or 'add a set or slow the lowering down.'}", (
            f"Easier: {ex.easier}" if ex.easier and both else ""
        )
    if ask.kind == "easier":
        return (
            f"Yes, scale it: {ex.easier or 'fewer reps and a smaller range.'}"
            if ask.yesno
            else f"Easier: {ex.easier or 'fewer reps and a smaller range.'}",
            f"Start with {ex.dose.text()} and build up.",
        )
    plain = normalize(question)
    # ("step-ups vs single-leg squats": "single" is another move's name, not the one-leg version asked)
    other_moves = _other_moves_named(ex, plain)
    # (the move's own name is no one-leg version asked: "one-legged squat: back foot flat or on its toes?")
    own_off = plain
    for own in sorted({normalize(x) for x in (ex.name, *ex.aliases)}, key=len, reverse=True):
        if len(own.split()) >= 2:
            own_off = rx.sub(rf"\b{re.escape(own)}s?\b", " ", own_off)
    if (
        not other_moves
        and (
            ONE_LEG_WORDS.search(own_off)
            or (
                ONE_LEG_WORDS.search(plain)
                and rx.search(
                    r"\b(?:two|double) legs?(?:ged)?\b|\b(?:normal|regular|standard|ordinary) squats?\b",
                    own_off,
                )
            )
        )
        and rx.search(r"\b(?:vs|versus|or|double|two|both|better)\b", plain)
    ):
        # "single-leg calf raise vs double?": the verdict is the progression.
        return (
            "One leg is harder and closer to running, where each leg works on its own: start on two, "
            "move to one when 12–15 reps feel easy.",
            "",
        )
    facts = [*ex.cues, *ex.steps, ex.harder or "", ex.easier or "", ex.single_leg or "", *ex.substitutes]
    if ask.yesno and _DASH.search(question):
        # "<the move, told by its look, with dumbbells> - should my chest stay up?": the asking clause's
        # words pick the fact, not the telling's ("dumbbells" is no question about going without them)
        q = stems(_DASH.split(question)[-1]) or q
    q = q | _alike(q & _UPRIGHT_ASK)  # "chest up?", "lean forward?": the upright-torso step
    if rx.search(r"\b(?:a|the|this|that|good|right|best|decent|useful) one\b", plain):
        q = q - {"one"}  # "is that a good one for runners?": a pronoun, not the one-legged version
    if rx.search(r"\b(?:dumbbells?|weights?|kettlebells?)\b", plain) and not _NEG.search(question):
        # the load told ("a weight in each hand"): not the stand-in for going without it
        facts = [f for f in facts if not rx.search(r"\bno (?:dumbbells?|weights?)\b", f)]
    if _DISMISSED.search(plain) and not _OR_WORTH.search(plain) and not _NEG.search(question):
        # "are calf raises a waste of time?", "step-ups are overrated, right?": no, and what it does
        return f"No, it's a good one for runners. {ex.name}: {works}", f"Dose: {ex.dose.text()}."
    fact, score = _best(q, facts, name_stems | _VERBS)  # "heels come up" is not "come up until..."
    if (
        ask.yesno
        and (not score or ask.kind == "why")
        # (r17 vb) "is the leg extension machine okay?": a verdict asked too
        and (
            rx.search(r"\b(?:should|worth|good|do|nah|use|legit|decent|solid)\b", plain)
            or rx.search(_MOVE_OK, plain)  # ("is it ok if my heels come up": a form question, not this)
        )
    ):
        # "should runners do leg extensions?", "hammy curls or nah": yes, and what it does.
        if _SAFE_ASK.search(plain) and not _NEG.search(question):
            return _safe_reply(ex)
        if ex.setting == "plyo":
            # "do box hops build power or just cardio?": what a plyometric drill is for, said too
            return f"{_GOOD_ONE_LEAD} {named_works}", _plyo_support(ex)
        if ex.setting == "gym" and len(ex.cues) > 1 and rx.search(_MOVE_OK, plain):
            # (r17 vb) a machine's "is it okay?": yes, done the article's way (slow, knees never locked)
            return (
                f"{_GOOD_ONE_LEAD} {named_works}",
                f"{ex.cues[0]} {ex.cues[1]} Dose: {ex.dose.text()}.",
            )
        return f"{_GOOD_ONE_LEAD} {named_works}", f"Dose: {ex.dose.text()}."
    subs = [f for f in ex.substitutes if f in facts]
    sub, sub_score = _best(q, subs, name_stems | _VERBS | _SUB_LOOSE) if subs else ("", 0)
    if sub_score and ask.yesno and not _NEG.search(question) and " or " not in f" {normalize(question)} ":
        # "can I just do calf raises on the bottom stair?", "can I use a chair for step-ups?": the
        # stand-in it asks about works.
        return f"Yes: {sub} works for the {ex.name.lower()}.", f"{ex.name}: {ex.dose.text()}."
    if score and ask.yesno and " or " not in f" {normalize(question)} ":
        # An exercise's cues and steps are specific: one shared word is enough to say yes. (The move's
        # own name is no part of what is asked: the "one" of "one-legged squat" is no number.)
        unnamed = question
        for own in sorted({normalize(x) for x in (ex.name, *ex.aliases)}, key=len, reverse=True):
            unnamed = rx.sub(
                r"\b" + r"[\s-]+".join(map(re.escape, own.split())) + r"s?\b", " ", unnamed, flags=re.I
            )
        if (
            fact == ex.harder
            and ex.setting != "gym"
            and fact.startswith("Hold ")
            and rx.search(
                r"\b(?:hold|holding|use|using|carry|carrying) (?:\w+ )?(?:dumbbells?|weights?)\b", plain
            )
        ):
            # (r17 vc) "should I be holding dumbbells for step-ups?": the load is the harder version of a
            # bodyweight move, so not at first
            return (
                f"Not at first: master it with your bodyweight, slow and controlled. Once that's easy, "
                f"{_lower1(_end(fact))}",
                f"{ex.name}: {ex.dose.text()}.",
            )
        return f"{_yes_no(unnamed, fact, score + 1)}{_end(_cap(fact))}", f"{ex.name}: {ex.dose.text()}."
    if score >= 2 or (score and ask.kind == "check"):
        either = rx.search(r"\b(\w+) or (\w+)\b", plain)
        if either and ask.yesno:
            # "straight or bent?": the option the fact says, first ("Straight: keep the lifting leg ...")
            options = [o for o in either.groups() if stems(o) & stems(fact)]
            # (r15 yb: "hill reps or not?" offers no option "not": "Not: pick a moderate slope")
            if (
                len(options) == 1
                and not set(either.groups()) & STOPWORDS
                and not set(either.groups()) & {"not", "no", "nah", "nope", "naw", "nay", "yes", "yeah"}
            ):
                return f"{_cap(options[0])}: {_lower1(_end(fact))}", f"{ex.name}: {ex.dose.text()}."
        return _end(_cap(fact)), f"{ex.name}: {ex.dose.text()}."
    if ask.kind == "what" and not ask.yesno and not _WORKS_ASK.search(normalize(question)):
        # "what is a hamstring push-up", "what's the deal with the squat where...": what it is and how.
        steps = " ".join(f"{n}) {_end(s)}" for n, s in enumerate(ex.steps, 1))
        return f"{ex.name}: {_end(ex.summary)} {steps}", f"Dose: {ex.dose.text()}."
    if part:  # the summary already says what it works
        return f"{ex.name}: {_end(ex.summary)}", f"Dose: {ex.dose.text()}."
    return f"{ex.name}: {_end(ex.summary)} {works}", f"Dose: {ex.dose.text()}."


# A why about what a move does for running, or a bare "why?" (the ask before it said the running).
_BARE_WHY_ASK = rx.compile(
    r"^(?:(?:and|so|but|ok|okay|then) )*(?:why|how come)(?: (?:is that|so|tho|though|exactly|that))?\s*$"
)
_WHY_FOR_RUNNING = rx.compile(
    rf"{_BARE_WHY_ASK.pattern}|\b(?:run|runs|running|runner|runners|race|racing|stride|pace|faster)\b"
)


def _in_running(m: Muscle) -> str:
    """ "In running, ..." from a muscle's role, without a sentence about why it's neglected (the hips'
    "Because they lie deeper... they are often forgotten" is no job in running)."""
    sents = [x for x in rx.split(r"(?<=\.)\s+", m.role) if not x.startswith("Because ")] or [m.role]
    text = " ".join(sents)
    return f"In running, {text[:1].lower()}{text[1:]}"


# "is there a deeper bit and an outer bit?", "what muscles are in there?": the parts of a muscle group.
_PART_ASK = rx.compile(
    r"\b(?:difference|differ\w*|deeper|inner|outer|two (?:muscles|parts|bits)|parts|bits|which is which|"
    r"made up of|what muscles? (?:are|is) (?:in )?(?:there|in there|it|that|those|back there)|"
    # "what's the muscle deep in the hip that turns the leg called": a part, by what it does
    r"called|name of (?:the|that|this) muscle)\b"
)


_PART_SAYS = {
    "turn": "rotate",
    "turns": "rotate",
    "turning": "rotate",
    "twist": "rotate",
    "twists": "rotate",
    "rotates": "rotate",
    "steady": "stabilise",
    "steadies": "stabilise",
    "stabilize": "stabilise",
    "stabilizes": "stabilise",
    "stabilises": "stabilise",
    "inside": "inner",
    "innermost": "inner",
    "outside": "outer",
    "outermost": "outer",
    "beneath": "deeper",
    "underneath": "deeper",
}
_PART_SAID = rx.compile(r"\b(?:" + "|".join(_PART_SAYS) + r")\b")
_PART_WORDS = frozenset(
    {"deeper", "deep", "inner", "outer", "front", "back", "shin", "toe"}
    | {"rotat", "stabilis", "swing", "drive"}
)


def _says_part(part: str, plain: str) -> bool:
    """Does the (padded, normalised) question name this part ("gastroc" for the gastrocnemius)?"""
    name = normalize(part.split(":")[0])
    if f" {name} " in plain:
        return True
    return " " not in name and any(len(w) >= 6 and name.startswith(w) for w in plain.split())


def _part_line(part: str) -> str:
    """ "soleus: the deeper, inner calf muscle" -> "the soleus is the deeper, inner calf muscle"."""
    name, _, desc = (x.strip() for x in part.partition(":"))
    if rx.match(r"(?:the|a|an)\b", desc):
        return f"the {name} is {desc}"
    if rx.match(r"(?:with|in|on|at|along)\b", desc):
        return f"the {name}, {desc}"
    return f"the {name} {desc}"


def _muscle_doses(ex: tuple[Exercise, ...] | list[Exercise]) -> str:
    """The dose of a muscle's exercises, said once: "Each: 2–3 sets × 12–15 reps." or the common one
    and the odd ones out ("Most: 2–3 sets × 12–15 reps; Bridge: 2–3 sets, hold 30 s.")."""
    # ("Hill repeats: 5–8 at a 5–10% grade", not "Hill repeats: 5–8 hill repeats at...")
    doses = [(e.name, e.dose.text().replace(" each leg", "").replace(f" {e.name.lower()} ", " ")) for e in ex]
    if not doses:
        return ""
    counts: dict[str, int] = {}
    for _, d in doses:
        counts[d] = counts.get(d, 0) + 1
    common = max(counts, key=lambda d: counts[d])
    if len(counts) == 1:
        return f"Each: {common}." if len(doses) > 1 else f"Dose: {common}."
    if counts[common] == 1:
        return "Doses: " + "; ".join(f"{n}: {d}" for n, d in doses) + "."
    odd = "; ".join(f"{n}: {d}" for n, d in doses if d != common)
    return f"Most: {common}; {odd}."


# A part of a muscle group named and what to do for it asked ("weak hip flexors, what can I do?").
_PART_MOVES_ASK = rx.compile(
    r"\b(?:exer\w*|moves?|drills?|strengthen\w*|stronger|tips?|ideas?|weak\w*|fix|"
    r"what (?:can|could|should|do) i (?:do|try)|what (?:\w+ ){0,2}helps?|"
    r"how (?:do|can) i (?:fix|train|build))\b"
)
# The move that works a part most directly: the straight-leg lift on your back lifts the thigh.
_PART_PICK = {"hip flexors": "supine_leg_lift"}
_NO_KIT = rx.compile(
    r"\b(?:without|no) (?:any )?(?:weights|dumbbells|gym|equipment|kit|machines)\b|\bbodyweight only\b|"
    r"\bjust (?:my )?bodyweight\b"
)
# Does a muscle matter for a runner: "does that even matter", "is that a problem", "do runners need
# to bother with them", "is it worth training".
_MATTERS = rx.compile(
    r"\b(?:does (?:that|it|this) (?:even |really |actually )?matter|is (?:that|it|this) (?:a )?(?:problem|"
    r"issue|"
    r"big deal|bad)|(?:need|have) to (?:bother|worry|care)|worth (?:training|working|strengthening|it)|"
    r"(?:do|should) (?:i|runners|we|you) (?:really |even |actually )?(?:need to (?:bother|care|train|work|"
    r"strengthen)|bother|care)(?: with| about)? (?:those|these|them|that|it|this)|"
    # "do my hip flexors even matter for running", "do they actually matter"
    r"(?:do|does) (?:they|those|these|my \w+(?: \w+)?|the \w+(?: \w+)?|\w+) (?:even |really |actually "
    r")?matter)\b"
)


# What a runner sees when a muscle is weak (a muscle's when_weak says it in the article's words):
# the trunk tipping forward, the knees drifting in or out.
_TELLS = rx.compile(
    # (r17 vb: "I end up bent forward at the waist")
    r"\b(?:lean\w*|tip\w*|tilt\w*|fold\w*|slump\w*|hunch\w*|slouch\w*|ben[dt]\w* (?:over|forward)|bent over|"
    r"(?:bent|bending|bend) (?:\w+ ){0,2}at the (?:waist|hips)|"
    r"collaps\w*|cav\w* in|drift\w*|angl\w* (?:in|out)|knock kneed|(?:knees?|legs?) (?:go|going|come|coming|"
    r"fall\w*|roll\w*|turn\w*|point\w*) (?:in|inwards?|out|outwards?))\b"
)


# A muscle that tires or gives out late in a run ("calves die at mile 10", "quads fade on the hills").
_TIRES = rx.compile(
    r"\b(?:giv(?:e|es|ing) out|gave out|tir(?:e|es|ing)|tired|fad(?:e|es|ing)|di(?:e|es)|dying|dead|cooked|"
    r"fried|gone|fatigu\w*|run out of (?:steam|gas)|hit (?:a|the) wall)\b"
    r"(?=.{0,60}\b(?:mile|miles|km|k|end|late|later|long runs?|race|races|marathon|half|last|after|towards?))"
)


# One exercise asked for ("a good glute exercise", "one move for the calves"), not the list.
_ONE_EXERCISE = rx.compile(
    r"\b(?:a|an|one|1|single)\b (?:[a-z]+ ){0,3}?(?:exercise|excercise|move|drill)\b(?! ball)"
    r"(?!.*\b(?:each|every|all)\b)"
)


def role_asked(question: str) -> bool:
    return bool(rx.search(r"\bwhat (?:do|does) (?:\w+ ){1,9}do\b|\b(?:role|job)\b", normalize(question)))


def _lower1(s: str) -> str:
    return s[:1].lower() + s[1:]


# (r17 vb) "is the leg extension machine okay?", "are hamstring curls fine to do?": the move itself
_MOVE_OK = (
    r"(?<!\bit )(?<!\bthat )(?<!\bthis )\b(?:ok|okay|fine|alright|all right)\b"
    r"(?! (?:if|to (?!do\b)|when|that|as|for my (?:knees?|back|hips?))\b)"
)
_POSTURE_TELL = rx.compile(
    r"\b(?:lean\w*|tip\w*|tilt\w*|fold\w*|slump\w*|hunch\w*|slouch\w*|ben[dt]\w* (?:over|forward)|bent over|"
    r"(?:bent|bending|bend) (?:\w+ ){0,2}at the (?:waist|hips)|"
    r"(?:posture|form|upper body|trunk) collaps\w*)\b"
)


# (r16 ze) A move the runner says they can't use ("my gym doesn't have a leg curl machine", "no leg
# press at my gym") or the home setting ("which one works them at home?"): the muscle's list without it.
_LACK_HEAD = (
    r"\b(?:no|without|dont have|doesnt have|do not have|does not have|havent got|hasnt got|not got|dont own|"
    r"lacks?|there is no|theres no|missing) (?:a |an |any |the )?(?:\w+ )?"
)
# (r17 vc) no gym and no machines anywhere ("no gym, no weights", "without a gym"; not "no gym time")
_NO_MACHINES_SAID = rx.compile(
    r"\b(?:no|without(?: a| any| the)?|dont have(?: a| any)?|havent got(?: a| any)?) (?:gym|machines)\b"
    r"(?! (?:time|today|tomorrow|this week|till|until|for))"
)
_HOME_ONLY_SAID = rx.compile(
    r"\b(?:at|from) home\b(?! gym)|\bno gym\b|\bwithout (?:a |the )?gym\b|"
    r"\bbody ?weight (?:only|stuff|moves|exercises)\b|\bno (?:equipment|kit|machines)\b"  # (r17 vd)
)


def _kit_told(ex: tuple[Exercise, ...], plain: str) -> tuple[Exercise, ...]:
    if not ("no" in plain or "nt " in plain or "not" in plain or "home" in plain or "without" in plain) and (
        "weight" not in plain
    ):
        return ex
    kept = [
        e
        for e in ex
        if not any(
            rx.search(_LACK_HEAD + re.escape(n.lower().replace("-", " ")) + r"(?:e?s)?\b", plain)
            for n in (e.name, *e.aliases)
        )
        and not (e.setting == "gym" and _HOME_ONLY_SAID.search(plain))
    ]
    return tuple(kept) or ex


def lacked_moves(plain: str) -> list[Exercise]:
    """The moves a (normalised) message says the runner has no kit for ("my gym doesn't have a leg curl
    machine": the hamstring curl)."""
    if not ("no" in plain or "nt " in plain or "not" in plain or "without" in plain or "lack" in plain):
        return []
    if _NO_MACHINES_SAID.search(plain):
        # (r17 vc) "no gym, no weights, just a boat deck. how do I work my hamstrings?": no machine at all,
        # so no machine move (said before the ask, which the muscle's list never saw)
        return [e for e in EXERCISES.values() if e.setting == "gym" and "machine" in " ".join(e.equipment)]
    # (each name is looked for as plain text first: the pattern only runs for a name the message holds,
    # ~100 searches of the whole message an answer otherwise, 5% of a long answer's time)
    return [
        e
        for e in EXERCISES.values()
        if e.setting == "gym"
        and any(
            rx.search(_LACK_HEAD + re.escape(n) + r"(?:e?s)?\b", plain)
            for n in (x.lower().replace("-", " ") for x in (e.name, *e.aliases))
            if n in plain
        )
    ]


def drop_lacked(message: str, text: str) -> str:
    """(r16 ze) A list line ("For the hamstrings: Hamstring push-up and Hamstring curl.", "• Hamstring curl:
    ...") without the move the runner said they have no kit for, wherever in the message they said it."""
    gone = lacked_moves(normalize(message))
    if not gone:
        return text
    return drop_moves(text, gone)


def drop_moves(text: str, gone: Iterable[Exercise]) -> str:
    """A reply's list lines ("• Line hops: ...", "Exercises: A, B and C.", "For the calves: ...") without
    these moves."""
    lines = text.split("\n")
    for e in gone:
        name = re.escape(e.name)
        lines = [x for x in lines if not rx.match(rf"(?i)• {name}\b", x)]
        lines = [
            rx.sub(rf"(?i), {name}\b|\b{name},? and |,? and {name}\b|\b{name}, ", "", x, count=1)
            # (r17 vc) "...balanced by hamstring work. Exercises: Hamstring push-up and Hamstring curl."
            if x.startswith(("For the ", "For your ")) or "Exercises: " in x
            else x
            for x in lines
        ]
    # (one move left: its dose is not "each")
    lines = [
        x.replace(". Each: ", ". Dose: ", 1)
        if x.startswith(("For the ", "For your ")) and not rx.search(r":[^.]*(?:,| and )", x.split(". ")[0])
        else x
        for x in lines
    ]
    return "\n".join(lines)


def muscle_reply(m: Muscle, ask: Ask, q: frozenset[str], question: str) -> tuple[str, str]:
    ex = exercises_for_muscle(m.id)
    if _NO_KIT.search(normalize(question)):
        # "hamstrings at home without weights": the moves that need no gym kit
        home = [e for e in ex if e.setting != "gym" and e.variation_of is None]
        if home:
            kit = [
                f"{e.name.lower()} ({e.equipment[0].split(',')[0]})" if e.equipment else e.name.lower()
                for e in home[:3]
            ]
            # (r18 tf) one move only ("the back of my thighs without a gym"): how it's done, too
            how = (
                "\nHow: " + " ".join(f"{i}) {step}" for i, step in enumerate(home[0].steps, 1))
                if len(home) == 1
                else ""
            )
            doses = _muscle_doses(home[:3])
            return (f"Without weights, for the {m.name.lower()}: {_join(kit, 'and')}. {doses}{how}", "")
    ex = _kit_told(ex, normalize(question))  # (said in the ask itself; drop_lacked covers the background)
    names = _join([e.name for e in ex[:4]], "and")
    plain = f" {normalize(question)} "
    if m.parts:
        # "the muscle inside the calf", "the one on the outside": the words its parts are described by
        plain = _PART_SAID.sub(lambda w: _PART_SAYS[w.group(0)], plain)
    said_parts = [p for p in m.parts if _says_part(p, plain)]
    if m.parts and not said_parts and _PART_ASK.search(plain) and not _ONE_EXERCISE.search(plain):
        # "is there a deeper bit and an outer bit at the back of my lower leg?": its parts, each what
        # it is (the front ones left out when the back is asked about), then what they do together.
        # (r16 zc: "soleus vs gastrocnemius - what's the difference...": the two calf muscles, not the shin)
        back = bool(rx.search(r"\b(?:back|difference|differ\w*)\b", plain))
        said_parts = [p for p in m.parts if not (back and rx.search(r"\b(?:shin|front)\b", p))] or list(
            m.parts
        )
        # ("a deeper bit and an outer bit": the parts so described)
        if not rx.search(r"\b(?:both|two|all)\b", plain):
            said_parts = [p for p in said_parts if _PART_WORDS & stems(p) & stems(plain)] or said_parts
    if said_parts and _PART_MOVES_ASK.search(normalize(question)) and not role_asked(question):
        # "what can I do for the muscles that pull my thigh up? weak on climbs": the moves for that part
        # (its own move first), then one line on what the part does.
        first = [e for e in ex if any(_PART_PICK.get(p.split(":")[0]) == e.id for p in said_parts)]
        picks = [*first, *(e for e in ex if e not in first)][:3]
        part_names = _join([p.split(":")[0].strip() for p in said_parts], "and")
        listed = _join([e.name.lower() for e in picks], "and")
        return (
            f"For the {part_names}: the {listed}. {_muscle_doses(picks)}",
            _cap(_part_line(said_parts[0])) + ".",
        )
    if said_parts:
        # "soleus vs gastrocnemius, what's the difference?": the parts named, then what they do together.
        parts = "; ".join(_part_line(p) for p in said_parts)
        yes = "Yes: " if asks_yes_no(question, ask) else ""
        lead = f"{yes}{parts}." if yes else _cap(parts) + "."
        if not m.role.startswith("They "):
            return lead, f"Exercises: {names}."
        both = "Together they" if len(said_parts) > 1 else f"In running, the {m.name.lower()}"
        role = m.role[len("They ") :]
        return lead, f"{both} {role} Exercises: {names}."
    if ex and _ONE_EXERCISE.search(normalize(question)) and not role_asked(question):
        # "what's a decent calf exercise?", "one good move for my hamstrings": one pick (the home move
        # that works this muscle alone, else the first), not the whole list.
        own = [e for e in ex if e.primary == (m.id,) and e.setting == "home" and e.variation_of is None]
        pick = (own or ex)[0]
        others = [e.name.lower() for e in ex if e is not pick and e.variation_of is None][:3]
        more = f"Others for the {m.name.lower()}: {_join(others, 'and')}." if others else ""
        return f"The {pick.name.lower()}: {_lower1(_end(pick.summary))} Dose: {pick.dose.text()}.", more
    exercises_asked = bool(
        rx.search(
            r"\b(?:exer\w*|excer\w*|moves?|workouts?|strengthen\w*|stronger|stuff|drills?|ideas|activate|"
            r"wake (?:them|it|\w+) up|work on (?:them|it|my)|fix (?:them|it|that|this))\b|"
            # "what can I do?", "what strength stuff helps?", "what do I hit in the gym?"
            r"\bwhat (?:can|could|should|do) i (?:do|hit|try)\b|\bwhat (?:\w+ ){0,2}(?:helps?|would help)\b|"
            # "glutes are lazy, what sorts that out?", "anything I can do for them at home?"
            r"\b(?:sorts?|sorted|fix(?:es)?) (?:that|it|this|them) out\b|\bwhat (?:sorts|fixes)\b|"
            r"\banything (?:i|you) can do\b",
            normalize(question),
        )
    )
    # "what do my butt muscles actually do when I run?", "how do the hamstrings help me run?": the
    # muscle's job, not its exercise list.
    role_ask = bool(
        rx.search(
            r"\bwhat (?:do|does) (?:\w+ ){1,9}do\b|\bhow do (?:my |the )?\w+ (?:\w+ )?help\b|"
            r"\b(?:role|job)\b|"
            # "how much do the bum muscles actually matter?", "how important are my calves?"
            r"\bhow (?:much|far) (?:do|does) (?:\w+ ){0,4}matter\b|"
            r"\bhow (?:important|crucial|key) (?:are|is)\b",
            normalize(question),
        )
    ) and not rx.search(r"\bwhat (?:can|should) i do\b|\bexer\w*|\bmoves?\b", normalize(question))
    # "what helps?", "any stuff I can do?": asks which exercises even where it reads as a yes/no
    wh = bool(rx.match(r"(?:what|which|any|how)\b", _asking_clause(question)))
    if (
        _TIRES.search(normalize(question))
        and not role_ask
        and not exercises_asked  # ("...what helps?": the exercises lead, as asked)
        and (wh or not ask.yesno)
        and not _PAIN_WORD.search(normalize(question))
    ):
        # "calves feel like they give out around mile 10": muscles that tire late in a run; stronger,
        # well-trained muscles use oxygen better and are slower to tire, so what strengthens them.
        return (
            f"Stronger {m.name.lower()} tire more slowly: well-trained muscles use oxygen more efficiently "
            f"and hold out longer. Strengthen them: {names}. {_muscle_doses(ex[:4])}",
            "",
        )
    if m.when_weak and _TELLS.search(normalize(question)) and not role_ask and (wh or not ask.yesno):
        # "I fold forward at the waist late in long runs (what can I do?)": what the runner told is
        # what weak glutes do, so that first, then what strengthens them.
        return m.when_weak, f"Strengthen them: {names}. {_muscle_doses(ex[:4])}"
    if not role_ask and (
        ask.kind in ("howto", "dose", "harder", "easier", "lack")
        or (exercises_asked and (wh or not ask.yesno))
    ):
        lead = f"For the {m.name.lower()}: {names}. {_muscle_doses(ex[:4])}"
        if ask.kind == "dose":
            return lead, ""  # (r15 ya: "how many reps?" wants the figures, not the muscle's job again)
        return lead, _in_running(m) if len(lead) < 160 else ""  # a long dose list is enough for a phone
    if ask.yesno and _MATTERS.search(normalize(question)):
        # "my bum doesn't do anything when I run, does that matter?", "do I really need to train the
        # deep hip muscles?": yes, what they do for a runner, and with what.
        weak = f" {m.when_weak}" if m.when_weak else ""
        # ("in running, as your body travels forward they take over": the muscle named, not "they")
        role = rx.sub(r"\bthey\b", f"the {m.name.split(' (')[0].lower()}", _in_running(m), count=1)
        return (
            f"Yes, it matters: {role[0].lower()}{role[1:]}{weak}",
            f"Strengthen them with {names.lower()}.",
        )
    if (
        ask.yesno
        and m.when_weak
        and rx.search(r"\b(?:help|helps|fix|fixes|cure|sort|solve|stop|prevent)\b", normalize(question))
    ):
        # "would getting stronger fix that?" (the slouch told before, steered to the glutes): yes, how.
        why = m.when_weak or _in_running(m)
        return (
            f"Yes, it can: {why[:1].lower()}{why[1:]} Strengthen the {m.name.lower()} with {names.lower()}.",
            "",
        )
    if (
        ask.yesno
        and m.when_weak
        and rx.search(r"\b(?:thing|weak\w*|because|from|cause\w*|sign|down to)\b", normalize(question))
    ):
        # "I lean forward late in races, is that a strength thing?": yes, and what to strengthen.
        why = m.when_weak
        return (
            f"Yes, it can be: {why[:1].lower()}{why[1:]} Strengthen the {m.name.lower()} with "
            f"{names.lower()}.",
            "",
        )
    if ask.yesno and rx.search(
        r"\b(?:lift|strengthen\w*|train|training|work|working|exercise|exercising)\b", normalize(question)
    ):
        # "should I lift them?", "would strengthening it help?": yes, and with what.
        return (
            f"Yes: strengthen the {m.name.lower()} with {names.lower()}. {_muscle_doses(ex[:4])}",
            _in_running(m) if len(names) < 60 else "",
        )
    if role_ask:
        # "what do the muscles at the front of my hip do?": their job in running, then the exercises.
        return f"{m.full_name} ({_where(m)}): {_end(m.role)}", f"Exercises: {names}."
    if ask.kind == "when" and m.when_weak:
        return m.when_weak, f"For the {m.name.lower()}: {names}."
    if m.parts and rx.search(
        r"\b(?:difference|differ|different|two|three|both|types?|kinds?|parts?|which is which|made up of|"
        r"what muscles? (?:are|is) (?:in )?(?:there|in there|it|that|those))\b",
        normalize(question),
    ):
        # "what's the difference between the two calf muscles?": the parts, each in a line's worth
        return f"The {m.name.lower()}: " + "; ".join(m.parts) + ".", f"Exercises: {names}."
    facts = [m.role, m.balance, m.when_weak or "", *m.parts, m.location]
    fact, score = _best(q, facts, stems(" ".join([m.name, m.full_name, *m.aliases])))
    if score and fact != m.role:
        return _end(_cap(fact)), f"Exercises: {names}."
    why = "Why it matters: " if ask.kind == "why" else ""
    return f"{why}{m.full_name} ({_where(m)}): {_end(m.role)}", f"Exercises: {names}."


def _where(m: Muscle) -> str:
    """Where the muscle is, for inside brackets: its own bracket becomes a comma ("the back of the lower
    leg, with the shin muscles at the front", not brackets inside brackets)."""
    return rx.sub(r" \((.*)\)$", r", \1", m.location)


# (r19 th) an either/or between strength work and running less for a symptom: "exercises that help, or do I
# just need to run less?", "strengthen or just rest it?", "or should I cut my mileage?"
_OR_RUN_LESS = rx.compile(
    r"\bor (?:\w+ ){0,5}(?:run|running) less\b|"
    r"\bor (?:\w+ ){0,4}(?:cut|cutting|drop|dropping|reduce|reducing|lower|lowering) (?:back |down )?"
    r"(?:on )?(?:my |the )?(?:mileage|miles|distance|running|kms?|volume)\b|"
    r"\bor (?:\w+ ){0,3}(?:stop|stopping|quit) running\b|"
    r"\bor (?:\w+ ){0,3}back off (?:the )?(?:running|miles|mileage)\b|"
    r"\bor (?:do i |should i |is it |just )*(?:just )?(?:rest|resting)(?: it| them| up)?\b"
)


def injury_reply(
    i: Injury, ask: Ask, named: bool, question: str = "", symptom: bool = False
) -> tuple[str, str]:
    # (r17 vd) "what can I do at home for runner's knee?": the moves that fit the kit told, not the machines
    helps = [EXERCISES[e] for e in i.helps if e in EXERCISES]
    if not WEIGHTS_NAMED.search(normalize(question)):
        helps = list(_kit_told(tuple(helps), normalize(question)))  # (dumbbells told: their moves stay)
    doses = {e.dose.text() for e in helps[:3]}
    ex = _join([e.name.lower() for e in helps[:3]], "and")
    dose = f" ({doses.pop()} each)" if len(doses) == 1 else ""
    dose = dose.replace(" each leg each)", " each leg)")  # (r17 vd: one-legged moves' dose said once)
    what = i.problem.split(".")[0].split(":")[0]
    hedge = f"I can't diagnose it, but if it's {i.name.lower()} ({what[:1].lower()}{what[1:]}): "
    plain = normalize(question)
    if rx.search(r"\b(?:avoid|prevent|protect|stop)\b", plain) and not _PAIN.search(plain):
        hedge = f"To protect against {i.name.lower()}: "  # "how do I avoid hurting my knees?"
    elif question and not _PAIN.search(plain) and not symptom:
        hedge = f"For {i.name.lower()}: "  # "my glutes are weak": not a symptom to diagnose
    frame = f"For {i.name.lower()}: " if named else hedge
    plain_q = normalize(question)
    if ask.yesno and rx.search(
        r"\b(?:run|running|train|training|race|racing)\b (?:\w+ ){0,2}(?:through|with|on)\b|"
        r"\bkeep (?:running|training|racing)\b|\bstill (?:run|race|train)\b",
        plain_q,
    ):
        # "should I run through shin pain?", "can I keep running with runner's knee?": not through pain.
        return (
            "Not through pain: ease off the running that brings it on until it settles, and see a physio "
            "or doctor if it doesn't.",
            f"{frame}{i.advice} Good exercises: {ex}{dose}.",
        )
    if _OR_RUN_LESS.search(plain_q) and not rx.search(r"\b(?:sharp|stabbing|swollen|swelling)\b", plain_q):
        # (r19 th) "are there exercises that help or do I just need to run less?": both halves of the
        # either/or, the running kept (built up more gently) and the moves that help
        return (
            "Both, without stopping: keep running but build up more gradually, add the exercises, and see a "
            f"physio if the ache sharpens or won't settle. {frame}{i.advice} Good exercises: {ex}{dose}.",
            "",
        )
    helps_q = ask.yesno and bool(
        rx.search(r"\b(?:help|helps|work|fix|worth|prevent|avoid|reduce|stop|cure|get rid)\b", plain_q)
    )
    if helps_q:
        # "could strength work help?": the verdict first, then what helps.
        return f"Yes, it can. {frame}{i.advice} Good exercises: {ex}{dose}.", i.caution
    clauses = rx.split(r"(?<=\.) |, and ", i.problem)
    checks = ask.yesno or asks_yes_no(question, ask) or question.rstrip().endswith("?")
    whq = rx.match(r"(?:what|which|how|why|where|when)\b", plain_q)
    told_sign = (
        _TELLS.search(plain_q)
        or rx.search(r"\b(?:knock\w*|fold\w*|wobbl\w*)\b", plain_q)
        # ("...my knees fold in. Is something weak?": the sign was told before the ask)
        or rx.match(
            r"(?:is|are|could|can|might|would|does|do) (?:\w+ ){0,3}(?:weak\w*|strength|muscle)", plain_q
        )
    )
    if (
        checks
        and told_sign
        and not whq
        and _WEAK_ASK.search(plain_q)
        and not _PAIN_WORD.search(plain_q)
        and len(clauses) > 1
    ):
        # "my knees fold in every step, is something weak?": yes, what the article says does that
        # (the trunk's lean is the glutes', a knee's drift the hips'), then what helps.
        # (r17 vb) "...bent forward at the waist. Is it weak glutes?": the glutes asked are the trunk's lean
        lean = _POSTURE_TELL.search(plain_q) or (
            rx.search(r"\bglute", plain_q) and not rx.search(r"\b(?:hips?|knees?|legs?)\b", plain_q)
        )
        cause = next((c for c in clauses if rx.search(r"\blean\b" if lean else r"\bin or out\b", c)), None)
        if cause is not None and lean and MUSCLES["glutes"].when_weak:
            cause = MUSCLES[
                "glutes"
            ].when_weak  # (r17 vb: the glutes' own words, so their block isn't a rerun)
        if cause is not None:
            cause = rx.sub(r"^and ", "", cause.strip()).rstrip(".")
            return (
                f"Yes, it can be: {cause[:1].lower()}{cause[1:]}. {i.advice}",
                f"Good exercises: {ex}{dose}.",
            )
    if rx.search(r"\bwhat (?:do|does|can|will|would) (?:\w+ ){1,4}do (?:to|for)\b", plain_q):
        # "what do weak hips do to my running?": what the article says they do, then what helps
        return f"{_end(i.problem)}", f"What helps: {ex}{dose}."
    told = next((c for c in clauses if rx.search(r"\blean\b", c)), None)
    slump = _POSTURE_TELL.search(plain_q) and not _PAIN_WORD.search(plain_q)
    if told is not None and not ask.yesno and slump:
        # "I hunch forward late in long runs": the article's cause of what they told, then what helps.
        return f"{_end(_cap(told))} {i.advice}", f"Good exercises: {ex}{dose}."
    if ask.kind in ("check", "when") and not named:
        return f"{frame}{i.advice} Good exercises: {ex}{dose}.", i.caution
    if ask.kind in ("check", "when"):
        return i.caution, f"What helps {i.name.lower()}: {ex}{dose}."
    if ask.kind == "why":
        return f"{frame}{i.problem}", f"What helps: {ex}{dose}."
    if ask.kind == "dose":
        if not dose and ask.dose != "often":
            # (r15 ya) "how many reps?" after weak hips: each move's own dose (the bridge is held), not
            # only how often; a figure asked is the figure first
            return (
                f"{_doses_by_group(helps[:3])} Twice a week, sometimes three, as part of your strength "
                "sessions.",
                i.caution,
            )
        return (
            f"{_cap(ex)}{dose}, as part of your strength sessions: twice a week, sometimes three.",
            i.caution,
        )
    return f"{frame}{i.advice} Good exercises: {ex}{dose}.", i.caution


def _doses_by_group(ex: list[Exercise]) -> str:
    """Exercises said with their doses, those sharing one dose together: "Side-lying hip raise and lying
    leg lift: 2–3 sets × 12–15 reps each leg; bridge: 2–3 sets, hold 30 s." """
    groups: dict[str, list[str]] = {}
    for e in ex:
        groups.setdefault(e.dose.text(), []).append(e.name.lower())
    said = "; ".join(f"{_join(names, 'and')}: {d}" for d, names in groups.items())
    return f"{_cap(said)}."


_PAIN = rx.compile(
    r"\b(?:pain|painful|hurt|hurts|hurting|sore|ache|aches|aching|achy|niggle|niggles|twinge|cave|caves|"
    r"collapse|collapses|drift|drifts|tender|swollen|swell\w*|injur\w*|pop\w*|twist\w*|sharp|numb)\b"
)
# "is something weak?", "weak muscles?", "is that a strength thing?": whether weakness causes it
_WEAK_ASK = rx.compile(
    r"\b(?:weak\w*|strength (?:thing|problem|issue)|muscle (?:thing|problem|issue)|lack of strength)\b"
)
_PAIN_WORD = rx.compile(
    r"\b(?:pain|painful|hurt|hurts|hurting|sore|ache|aches|aching|achy|twinge|sharp|numb)\b"
)
_SYMPTOM = frozenset(
    "pain hurt hurts sore ache aches aching bad weak cave collapse drift lean leaning".split()
)


def _names_injury(i: Injury, question: str) -> bool:
    """The question names the injury itself, not just a symptom ("knee pain" could be many things)."""
    text = f" {normalize(question)} "
    names = [i.name, i.id.replace("_", " "), *(a for a in i.aliases if not set(a.split()) & _SYMPTOM)]
    return any(f" {normalize(n)} " in text for n in names)


_WORRY = rx.compile(r"\b(?:worry|worried|worries|fear|fears|myth|assume|believe)\b", re.IGNORECASE)


# "what are the basic form rules?", "any general technique tips for every exercise?": the article's
# form rules together, not one of them.
_FORM_RULES_ASK = rx.compile(
    r"\b(?:form|technique|lifting|exercise|movement)\b.{0,20}\b(?:rules|tips|basics|checklist|pointers|"
    r"principles|guidelines|fundamentals)\b|\b(?:rules|basics|principles|fundamentals|guidelines) "
    r"(?:of|for) (?:good )?(?:form|technique|lifting)\b"
)
# The article's form rules, all of them (its "additional things to keep in mind" plus form first): one
# text, for a rule card asked as a whole here and for content/technique.py's ground-rules ask.
FORM_RULES_TEXT = (
    "The ground rules for every leg exercise:\n"
    "• Move through your full range of motion.\n"
    "• Slow and controlled, no bouncing.\n"
    "• Never hold your breath: breathe out on the effort.\n"
    "• Stop just short of locking the knee or other joint.\n"
    "• Use a weight or resistance you're comfortable with.\n"
    "• Good form first: never trade it for more weight or a few more reps."
)
_SESSION_RULE_IDS = frozenset({"routine", "time_needed", "stretch_after", "warm_up", "variety_fun"})
_FORM_RULE_IDS = frozenset(
    {"form_first", "range_of_motion", "slow_controlled", "comfortable_load", "breathing"}
)
# "what should a leg session look like from start to finish?": its shape, warm-up to stretch.
_SESSION_SHAPE_ASK = rx.compile(
    r"\b(?:session|workout|leg day)s?\b.{0,25}\b(?:start to (?:finish|end)|beginning to end|look like|"
    r"(?:be )?structured|laid out|step by step)\b|"
    r"\b(?:structure|lay out|plan out|shape) (?:a|my|the|each|one) (?:\w+ )?(?:session|workout)\b"
)
_SESSION_SHAPE = (
    "Start with a few minutes of light jogging and a stretch. Then 4 to 6 exercises that cover several "
    "major muscle groups (quads balanced by hamstrings, plus calves, glutes and hips): 2–3 sets each at a "
    "weight that tires you by 12–15 reps, slow and controlled. Finish with some stretching. About 15 to 20 "
    "minutes in all."
)


# One leg against two asked ("single leg or double leg squats?", "one-legged vs two-legged calf raises").
_ONE_OR_TWO = rx.compile(
    r"\b(?:single|one|1)[ -]?(?:leg|legged|foot|footed|sided)\b(?: [\w-]+){0,3} (?:or|vs|versus) (?:[\w-]+ "
    r"){0,2}?"
    r"(?:double|two|2|both)(?:[ -]?(?:legs?|legged|feet|footed))?\b|"
    r"\b(?:double|two|2|both)[ -]?(?:legs?|legged|feet|footed)\b(?: [\w-]+){0,3} (?:or|vs|versus) "
    r"(?:[\w-]+ ){0,2}?(?:single|one|1)(?:[ -]?(?:leg|legged|foot|footed|sided))?\b"
)


def rule_reply(r: Rule, ask: Ask, q: frozenset[str], question: str) -> tuple[str, str]:
    plain_q = normalize(question)
    if r.id == "machines" and rx.search(r"\b(?:which|what) (?:\w+ )?(?:machines?|ones)\b", plain_q):
        # "first time at the gym, which leg machines should I use?": the three it names, first
        named = [x for x in sentences(r.text) if "three basics" in x]
        rest = [x for x in sentences(r.text) if x not in named and x.startswith("Move ")]
        if named:
            return " ".join([*named, *rest]), ""
    if r.id in _FORM_RULE_IDS and _FORM_RULES_ASK.search(plain_q):
        return FORM_RULES_TEXT, ""
    if r.id in _SESSION_RULE_IDS and _SESSION_SHAPE_ASK.search(plain_q):
        return _SESSION_SHAPE, ""
    if r.id == "one_legged" and _ONE_OR_TWO.search(plain_q):
        # "single leg or double leg squats?": the choice first, then why and how to get there
        return (
            "One leg, where you can: it's harder and closer to running, where each leg works on its own. "
            "Start "
            "on two legs and move to one when 12–15 reps feel easy. Each leg works harder alone, so you gain "
            "more strength.",
            "",
        )
    sents = sentences(r.text)
    if (
        r.id in _KIND_RULES
        and _DISMISSED.search(plain_q)
        # (asked, "are plyos overrated?", "plyos overrated?"; a claim told, "plyos are useless", is judged
        # by whoever asks about it)
        and rx.match(r"(?:(?:so|and|but|ok) )*(?:is|are|r|isnt|arent)\b|(?!.*\b(?:is|are|s)\b)", plain_q)
        and not _OR_WORTH.search(plain_q)
        and not _NEG.search(question)
    ):
        # (r20 tq) "is machine leg day mid?", "plyos overrated?": no, and what that kind of work does
        said = sents[0] if len(sents[0]) >= 90 or len(sents) < 2 else f"{sents[0]} {sents[1]}"
        return "No: " + said[:1].lower() + said[1:], ""
    if _SPEED_ASK.search(plain_q):
        q = q | _TEMPO  # (r20 tq) "how fast on them?": the tempo the rule gives ("Move slowly")
    if ask.yesno and _WHOLE_VERDICT.search(plain_q):
        # (r20 tq) "is machine leg day worth it for runners?": the rule's own claim answers a verdict;
        # "leg", "runners" are every topic's words, not a pick of the sentence naming the leg press
        q = q - GENERIC
    fact, score = _best(q, sents, stems(r.title) if len(sents) > 2 else frozenset())
    lead = sents[0] if not score or fact == sents[0] else fact
    at = sents.index(lead)
    if (
        at > 0
        and rx.match(r"(?:Examples?|For example|E\.g\.)\b", lead)
        and ask.kind != "howto"  # (how to do one: the moves are the answer)
        and not rx.search(r"\b(?:examples?|(?:which|what) (?:\w+ )?(?:exercises|moves|ones))\b", plain_q)
    ):
        # a list of examples answers nothing asked: the rule's own first sentence leads instead
        lead, at = sents[0], 0
    elif at > 0 and rx.match(r"(?:They|It|This|These|That|Those)\b", lead):
        lead = f"{sents[at - 1]} {lead}"  # "They copy running...": say what "they" are first
        at -= 1
    elif len(lead) < 90 and at + 1 < len(sents):
        lead = f"{lead} {sents[at + 1]}"  # a short sentence says too little alone ("Both work.")
    support = "" if lead.startswith(sents[0]) or len(sents[0]) > 160 else sents[0]
    if support and _WORRY.search(support) and len(sents) > 1 and sents[1] not in lead:
        # "Runners often worry that lifting will bulk them up" says the worry, not the answer: the
        # sentence after it settles it ("With a balanced programme that isn't a concern").
        support = f"{support} {sents[1]}"
    if ask.kind == "easier" and not rx.search(
        # ((r16 za) "would strength training help my start?": a sprinter's start, not starting out)
        r"\b(?:my|the|their|explosive|quicker|faster|better) starts?\b|\bblocks\b",
        plain_q,
    ):
        start = [s for s in sents if rx.search(r"\b(?:start|begin|first|simple|progress|easy)\w*", s, re.I)]
        if start:
            first = start[0][:1].lower() + start[0][1:] if start[0][:2] != "I " else start[0]
            if rx.match(r"start\b", first, re.IGNORECASE):
                # "Start with simple calisthenics..." already says it: not "Start simple: start with"
                return ("Yes: " + first if ask.yesno else _cap(first)), ""
            return ("Yes, start simple: " if ask.yesno else "Start simple: ") + first, ""
    if r.id == "opposing_balance" and _ADD_ASK.search(plain_q):
        weak = _WEAK_PART.search(plain_q)
        part = (weak.group(1) or weak.group(2) or "") if weak else ""
        if part in MUSCLES:
            # "hammies weak vs my quads, what should I add?": the weak group's moves first, then the rule.
            exs = [e.name.lower() for e in exercises_for_muscle(part) if e.variation_of is None][:3]
            word = {"hamstrings": "hamstring", "quads": "quad", "calves": "calf", "glutes": "glute"}.get(
                part, "hip"
            )
            return f"Add {word} work: {_join(exs, 'and')}, 2–3 sets of 12–15. {lead}", ""
    if lead.startswith(sents[0]) and _ADD_ASK.search(plain_q) and not _MOVE_NAMED.search(lead):
        # "want more bounce, what builds that?" -> not the definition alone: the sentence naming moves.
        moves = next((x for x in sents if _MOVE_NAMED.search(x)), None)
        if moves is not None and moves not in lead:
            lead = f"{lead} {moves}"
    elif (
        lead.startswith(sents[0])
        and ask.kind == "howto"
        and r.id in _TRAINING_KINDS
        and not _MOVE_NAMED.search(lead)
    ):
        # "plyometric jumps, how do I do them?": the moves to do, in order, before what they are.
        moves = next((x for x in sents if _MOVE_NAMED.search(x)), None)
        if moves is not None:
            lead = f"{moves} {sents[0]}"
    if (
        r.id in _KIND_MOVES
        and _EASIEST_ASK.search(plain_q)
        and not rx.match(r"(?:\w+ )?(?:is|are|do|does|can|could|should|would|will|am)\b", plain_q)
    ):
        # "ok, what's the easiest one?", "which do I start with?": the first of the moves, by name.
        return _KIND_MOVES[r.id][0] + ".", ""
    if (
        r.id in _KIND_MOVES
        and lead.startswith(sents[0])
        and not ask.yesno
        and ask.kind not in ("why", "dose", "when")
        and not _DEFINE_ASK.search(plain_q)
        and _GOAL_ASK.search(plain_q)
        and not _HELP_CHECK.search(plain_q)
    ):
        # "plyo starter pack for a rugby wing", "more pop off the ground, what works?": a goal or a weak
        # spot told, so the moves with their doses lead; what the training is comes after, in a line.
        moves, why = _KIND_MOVES[r.id]
        return moves, why
    if r.id == "about":
        return lead, support  # the help text takes no verdict
    if ask.yesno and score and not ask.compare and " or " not in f" {normalize(question)} ":
        # A rule's sentence is advice: one shared word is enough to say yes to it.
        lead = _yes_no(question, lead, score + 1) + lead
    if r.id == "warm_up" and ask.kind in ("howto", "what", "dose"):
        support = _example(WARMUP.render()[:3], lead, trim=True)
    elif r.id == "stretch_after" and ask.kind in ("howto", "what", "dose"):
        support = _example(COOLDOWN.render()[:3], lead)
    elif r.id == "muscles_used":
        support = (
            "; ".join(f"{m.name}: {m.role.split(',')[0].split('.')[0].lower()}" for m in MUSCLES.values())
            + "."
        )
    return lead, support


def _example(items: list[str] | tuple[str, ...], lead: str, trim: bool = False) -> str:
    """ "For example: ..." from a routine's lines, without the clauses the lead already says (the
    muscles to stretch, "without bouncing"): only what the example adds, the minutes and seconds."""
    said = stems(lead)
    parts = []
    total = overlap = 0
    for item in items:
        clauses = [c.strip() for c in rx.split(r"[:,;]\s+", item.rstrip(".")) if c.strip()]
        kept = [c for c in clauses if not stems(c) <= said]
        total += len(clauses)
        overlap += sum(1 for c in clauses if (stems(c) - _EXAMPLE_LOOSE) & said)
        if kept:
            part = ", ".join(kept)
            parts.append(part[:1].lower() + part[1:])
    if trim and overlap * 2 >= total:
        return ""  # the lead already says most of it (the jog, the leg swings): an example only repeats
    return f"For example: {'; '.join(parts)}." if parts else ""


# Words every warm-up or stretch line says: sharing them is not saying the same thing.
_EXAMPLE_LOOSE = stems("warm up warming stretch stretching minute minutes about each hold for the and")


_PLYO_WORD = rx.compile(r"\b(?:plyo\w*|jump\w* (?:drills?|training|work|exercises?)|bounding)\b")


def equipment_reply(e: Equipment, question: str = "") -> tuple[str, str]:
    subs = list(e.substitutes)
    plain = normalize(question)
    named = [
        x
        for x in e.used_by
        if x in EXERCISES
        and any(
            f" {normalize(n)} " in f" {plain} " or f" {normalize(n)}s " in f" {plain} "
            for n in (EXERCISES[x].name, *EXERCISES[x].aliases)
        )
    ]
    if len(named) == 1 and (swap := busy_swap(EXERCISES[named[0]], question)) is not None:
        # (r16 zb) "hamstring curl machine is always busy, alternative?": the gym has machines, that one
        # is taken: the same muscles' other moves, not "No gym machines?"
        return swap, ""
    plyo = [x for x in e.used_by if x in EXERCISES and EXERCISES[x].setting == "plyo"]
    if not named and plyo and _PLYO_WORD.search(plain):
        # (r17 vf) "can I do plyometrics at home without a box?": yes, the drills that need none, and the
        # stand-in for the one that does
        free = [x.name.lower() for x in EXERCISES.values() if x.setting == "plyo" and x.id not in e.used_by]
        own = [
            x for x in subs if normalize(x.split(":", 1)[0]) in {normalize(EXERCISES[p].name) for p in plyo}
        ]
        head = f"{_join(free, 'and')} need no kit at all"
        # (r17 uf: "what if I haven't got a box for plyometrics?" is no yes/no: the drills, unprefixed)
        head = f"Yes: {head}" if ask_of(question).yesno else _cap(head)
        return head + (f". {_end(own[0])}" if own else "."), ""
    if len(named) == 1:
        # (r15 yc) "no exercise ball for the wall squat": that move's way round it, not every move's
        own = [x for x in subs if normalize(x.split(":", 1)[0]) == normalize(EXERCISES[named[0]].name)]
        subs = own or subs
    return f"No {e.name.lower()}? " + " ".join(_end(s) for s in subs), ""


# "can I do the home moves at the gym with weights?", "do the bodyweight exercises work with dumbbells
# at the gym too?": the article's answer, which ones and the indoor hill.
_HOME_IN_GYM = rx.compile(
    r"\b(?:home|bodyweight|calisthenics?) (?:exercises|moves|workouts?|stuff|ones)\b.*\b(?:gym|weights|"
    r"dumbbells)\b.*"
    r"\b(?:too|as well|also|instead)\b|"
    r"\b(?:home|bodyweight) (?:exercises|moves|workouts?|stuff|ones)\b.*\b(?:in|at) the gym (?:with|using) "
    r"(?:weights|dumbbells)\b"
)
_HOME_GYM_TOPICS = frozenset(
    {
        "rule:home_workout",
        "rule:gym_vs_home",
        "rule:free_weights",
        "rule:progression",
        "exercise:weighted_calf_raise",
        "exercise:weighted_one_leg_squat",
    }
)
_HOME_IN_GYM_TEXT = (
    "Yes: some home moves, such as the calf raise and the one-legged squat, can be done in the gym "
    "holding weights, and raising the treadmill's incline gives you the equivalent of hill running."
)


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
    if topic_id in _HOME_GYM_TOPICS and _HOME_IN_GYM.search(normalize(question)):
        # "can the home exercises be done in the gym with weights?": which ones, and the indoor hill
        ptr = pointer(topic_id)
        return _HOME_IN_GYM_TEXT + (f"\n{ptr}" if ptr else "")
    hit = direct(topic_id, normalize(question))
    because = reason(topic_id, question) if ask.kind == "why" else None
    if because is not None and isinstance(ref, Rule):
        # ((r20 tq) "do sprinters actually benefit?": the sentence on that kind of runner's own gain too)
        causal = [s for s in sentences(ref.text) if _CAUSE.search(s) or q & _WHO_GAINS & stems(s)]
        own = stems(ref.title) | GENERIC
        fact, score = _best(q, causal, own)
        # A sentence on the very benefit asked about ("why would it make me faster?") beats the general
        # reason; one that shares only the runner's description ("a distance runner") doesn't.
        asked = (q - own) & stems(fact) & _BENEFIT_STEMS if fact else frozenset()
        if (score >= 2 or asked) and score > max(
            len((q - own) & stems(because)), _best(q, [because], own)[1]
        ):
            because = fact  # "why would a longer stride make me faster": the stride sentence
    if because is not None and hit is not None and hit.startswith("Because "):
        because = hit  # "why would stronger legs make me more efficient uphill?": that why's own answer
    if because is not None and topic_id == "rule:recovery_week" and not ask.yesno:
        # "why a whole week off every month? feels like I'd lose it all": the reason, and the fear
        # every such why carries (a week won't undo the work), however the worry is put or split off
        because = _WEEK_OFF_WHY
    yes_no = (
        ask.yesno
        or asks_yes_no(question, ask)
        or normalize(question).startswith(("worth", "any point"))
        # (r15 yb) "ironman next summer, worth adding weights?": the last clause asks it
        or bool(rx.search(r"(?:^|[,;:\-–—]\s*)(?:worth|any point)\b[^,;:.!?]*\?\s*$", question.lower()))
        # (r16 zd) "free weights any point?", "machines any good?": a verdict asked at the end
        or bool(rx.search(r"\bany (?:point|use|good)\s*\?+\s*$", question.lower()))
    )
    # (xb) "If I'm fine already, why bother?": the condition is told, the ask is a why (no verdict)
    yes_no = yes_no and not normalize(
        rx.sub(r"(?i)^\s*(?:if|when|once) [^,?]{3,60},\s*", "", question)
    ).startswith("why ")
    if because is not None and yes_no and because.startswith("Because ") and not _NEG.search(question):
        because = "Yes, because " + because[len("Because ") :]  # "is it worth it?" asks for a verdict
    elif because is not None and yes_no and q & _WHO_GAINS & stems(because) and not _NEG.search(question):
        because = "Yes: " + because[:1].lower() + because[1:]  # (r20 tq) "do sprinters benefit?": yes, theirs
    week = week_verdict(question) if ask.kind != "why" else None
    rule = rule_verdict(question) if asks_yes_no(question, ask) else None
    settle = settled(question) if week is None and rule is None else None
    if (
        settle is None
        and week is None
        and rule is None
        and isinstance(ref, Exercise)
        and ref.setting == "plyo"
        and rx.search(r"\b(?:they|them|it|these|those)\b", normalize(question))
    ):
        # (r17 ue) "are they ok on tarmac?" after the skipping drill: the surface asked of that drill
        settle = settled(f"{ref.name.lower()}: {question}")
    if week is not None:
        lead, support = week, ""  # "long run Sunday, legs Saturday?": the day they named, checked
    elif settle is not None:
        lead, support = settle, ""  # "bodyweight or dumbbells?": the verdict, then each side
    elif rule is not None:
        lead, support = rule, ""  # "knees past my toes ok?": the article's rule, verdict first
    elif because is not None:
        lead, support = because, ""  # "why not the day before?": the reason, not the rule again
    elif hit is not None:
        either = bool(rx.search(r"\b(?:before or after|after or before)\b", normalize(question)))
        if (not asks_yes_no(question, ask) or either) and _LEAD_VERDICT.match(hit):
            hit = unverdicted(
                _LEAD_VERDICT.sub("", hit, count=1)
            )  # "where should leg day go?" takes no "No:"
        hit = flip(normalize(question), hit)
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
        lead, support = equipment_reply(ref, question)
    else:
        return ""
    if (
        (topic_id.startswith("exercise:") or topic_id in _GOOD_RULES)
        and yes_no
        and _WORTH_EX.search(normalize(question))
        and not _NEG.search(question)
        and not rx.match(r"(?:Yes|No|Not|Both|Either|Neither)\b", lead)
    ):
        # "those jumping drills, are they actually useful?": the article recommends them, so "Yes" first
        lead = f"Yes: {lead[:1].lower()}{lead[1:]}"
    elif (
        topic_id in _DO_RULES
        and yes_no
        and _NEEDED.search(normalize(question))
        and not _NEG.search(question)
        and not rx.match(r"(?:Yes|No|Not|Both|Either|Neither)\b", lead)
    ):
        # "the stretching at the end, is that really needed?": a thing the article says to do
        lead = f"Yes: {lead[:1].lower()}{lead[1:]}"
    if brief:
        if isinstance(ref, Muscle):
            lead = rx.sub(r" (?:Each|Most|Doses|Dose): .*$", "", lead)  # a runner-up's list: names only
        return _end(lead)
    parts = [_end(lead)]
    if support and len(lead) + len(support) < 420 and support not in lead:
        parts.append(_end(support))
    out = " ".join(parts) if len(parts[0]) < 200 else "\n".join(parts)
    ptr = pointer(topic_id)
    return out + (f"\n{ptr}" if ptr else "")


# ---- the verdict, checked once on every reply (issue 25 round 6c) ---------------------------------
# Every reply passes here (content.answers.answer), whichever rule or composer made its opener, so a
# "Yes"/"No" is checked where all of them meet: a verdict to a question that asks for none ("how
# often...?", "how can I tell...?", "can you explain...?") goes; a yes/no question's verdict said
# under another section comes up first; a bare "Yes" whose own next sentence says the asked thing is
# the old advice or a myth turns to "No"; a "No" to "is that a strength thing?" over a body that
# links it to weak muscles turns to "Yes"; a bare "Yes." over a sentence that shares no word with the
# question ("Yes. Repeat 5 to 8 times.") goes.

_OPENER = rx.compile(r"^(?:Yes|No|No need)[.:]\s+(?=\S)")
_WH_OPENER = rx.compile(r"^(?:Yes|No|No need)(?:, [^.:?]{0,40})?[.:]\s+(?=\S)")
_WH_ASK = rx.compile(
    r"^(?:(?:so|ok|okay|and|also|hey|yo|hi|right|quick q(?:uestion)?)\W+)*"
    r"(?:how|what|whats|which|where|when|who)\b(?! (?:if|about)\b)"
)
_REQUEST = rx.compile(
    # (r17 uf: "can someone explain this hamstring push-up thing": anyone asked, the steps requested)
    r"\b(?:can|could|would|will) (?:you|u|someone|somebody|anyone|anybody) (?:please |pls )?"
    r"(?:explain|tell|show|describe|give|list|"
    r"walk|talk|go through|break down|break (?:it|this|that|them) down|sum up|spell out)\b|"
    r"^(?:explain|describe|tell me|show me|talk me|walk me)\b"
)
_SUPERSEDED = rx.compile(
    r"\b(?:old advice|given way|no longer|a myth|isn't true|not true|outdated|out of date)\b", re.IGNORECASE
)
_CAUSE_ASK = rx.compile(
    r"\b(?:is (?:that|it|this) (?:a|an|just a|just an) \w+ (?:thing|issue|problem)|"
    r"(?:is|could|might) (?:that|it|this) be (?:a|an|from|because|due)|"
    r"(?:caused|because|due) (?:by|of|to)|is (?:that|it|this) (?:from|a sign|down to|because)|"
    r"what causes|sign of)\b"
)
_CAUSE_SAID = rx.compile(
    r"\b(?:links?|linked|causes?|caused|comes? from|a sign of|down to|because of|due to)\b[^.]*\bweak\w*",
    re.IGNORECASE,
)


_LOOSE = frozenset({"time", "way", "thing", "good", "right", "much", "lot"})  # "a good time to...?"


def _asking_clause(question: str) -> str:
    """The question's last clause, normalised: "i run 4 days, how often should i lift?" -> "how often
    should i lift"."""
    parts = [normalize(p) for p in rx.split(r"[,;.!?]+|\s[—–-]+\s", question)]  # (a dash sets off a clause)
    parts = [p for p in parts if p]
    return parts[-1] if parts else normalize(question)


# A clause that only sets the scene of the ask after it: "(ok and) on easy run days", "for hill
# repeats", "with the bridge" (a preposition and a few words, no verb of asking).
_SETTING_CLAUSE = rx.compile(
    r"(?:(?:ok|okay|and|so|but|also|then|right)\s+)*(?:on|for|with|in|at|during|after|before|about|re)"
    r"(?: (?!(?:is|are|ok|okay|fine|good|bad|safe|alright|right|should|can|do|does)\b)\w+){1,5}"
)


def _asks_no_verdict(question: str) -> bool:
    """A question a "Yes"/"No" can't answer: a how/what/where question or a request to explain, with
    no yes/no ask beside it ("Should I warm up? And what counts as one?" keeps its "Yes")."""
    plain = normalize(question)
    if _REQUEST.search(plain):
        return True
    clauses = [
        normalize(p)
        for p in rx.split(
            # (r18 tc) "physio says my glutes are asleep how do i wake em up": a how-ask run on after what
            # was told, with no comma, is a clause of its own
            r"[,;:.!?]+|\s[—–-]+\s|\band (?=how|what|which|where|when)|"
            r"\s(?=(?:how|what) (?:do|can|should|could|would) (?:i|u|you|we)\b)",
            question,
        )
    ]
    # ("ok and on easy run days, which comes first?": "on easy run days" sets the ask, it asks nothing)
    clauses = [c for c in clauses if c and not _SETTING_CLAUSE.fullmatch(c)]
    if any(not _WH_ASK.match(c) and asks_yes_no(c, ask_of(c)) for c in clauses):
        return False
    if any(rx.search(r"\btoo (?:old|late)\b", c) and not _WH_ASK.match(c) for c in clauses):
        return False  # (r15 xe) "I'm 55, too late to start, and how do I begin?": the age worry's "No"
    clause = _asking_clause(question)
    if clauses and clause.endswith(clauses[-1]) and clause != clauses[-1]:
        clause = clauses[-1]  # (r18 tc) the run-on how-ask split off above is the one asked last
    return bool(_WH_ASK.match(plain) and _WH_ASK.match(clause)) or bool(
        _WH_ASK.match(clause) and not asks_yes_no(clause, ask_of(clause))
    )


def _after_opener(text: str) -> str:
    return _cap(text[_OPENER.match(text).end() :]) if _OPENER.match(text) else text  # type: ignore[union-attr]


_WHY_ASK = rx.compile(r"\b(?:why|how come|whats the point|what is the point|reason|reasons|point of)\b")
_WORTH_ASK = rx.compile(r"\b(?:worth|help|helps|point|good|useful|benefit\w*|need|matter|bother)\b")
_DISMISS = rx.compile(
    r"\b(?:isn't|is not|aren't|not) (?:a |an |really a )?(?:concern|problem|worry|risk|issue)\b|"
    r"\bno need to worry\b",
    re.IGNORECASE,
)
_RISK_ASK = rx.compile(
    r"\b(?:make me|gonna make|going to make|turn me|risk|slow\w*|bulk\w*|sluggish|heavy legs|worried|worry)\b"
)
_CHOICE = rx.compile(
    r"\b\w+ or (?!nah\b|not\b|no\b|nope\b|what\b|anything\b|something\b|so\b)\w+|"
    r"\b(?:vs|versus|better|worse|as good as|same as|compared?|which|either|both)\b"
)
_WILL_ASK = rx.compile(
    r"^(?:will|wil|would|is|isnt|does|can|could|gonna|am i)\b|"
    r"\b(?:is (?:that|it|this)|will (?:it|that|lifting|weights|this))\b"
)


_WHO_RIGHT = rx.compile(r"\b(?:whos|who is|which of us(?: is)?|which one of us(?: is)?) (?:correct|right)\b")
_SAYS_WRONG = rx.compile(
    r"\b(?:my|our|the) (friend|partner|training partner|coach|mate|teammates?|physio|trainer|dad|mum|mom|"
    r"brother|sister|wife|husband|boyfriend|girlfriend|colleague)s? (?:\w+ )?(?:says?|said|reckons?|thinks?|"
    r"tells? me|told me)\b (?:that )?(?:(?:that|it|this)(?:s|"
    r" is)? (?:wrong|bad|not (?:ok|okay|good|right|safe)|a bad "
    r"idea|dangerous|harmful|a mistake)|(?:i )?(?:shouldnt|should not|must not|not to|dont|never|to stop))\b"
)


def _other_is_right(question: str) -> str | None:
    """ "I hold my breath on heavy reps. My friend says that's wrong. Who's right?": when the other
    person only says the runner's own habit is wrong, and the article's rule says so too, they are
    right: "Your friend is right: never hold your breath..." None otherwise."""
    plain = normalize(question)
    if not _WHO_RIGHT.search(plain):
        return None
    parts = [
        normalize(p)
        for p in rx.split(
            r"[.!?;]+|,\s*|\s+(?:and|but|while|whereas)\s+(?=(?:my|our|the)\b)", question.lower()
        )
    ]
    said = next((m for p in parts if (m := _SAYS_WRONG.search(p))), None)
    mine = [p for p in parts if rx.match(r"(?:i|im|ive|my)\b", p) and not _SAYS_WRONG.search(p)]
    if said is None or not mine:
        return None
    verdict = rule_verdict(f"{mine[0]}, is that ok?")
    if verdict is None or not _NEG_LEAD.match(verdict):
        return None
    body = _NEG_LEAD.sub("", verdict, count=1)
    return f"Your {said.group(1)} is right: {body[:1].lower()}{body[1:]}"


_NEG_LEAD = rx.compile(r"^(?:No\b(?:, (?:don.t|do not) \w+ \w+)?[:,.]?|Yes, avoid it:|Not\b)\s*")


_EITHER_OR = rx.compile(
    r"\bor (?:both|after|before|after it|should i|do i|is it|stop|keep going)\b|"
    r", or (?!just\b|not\b|nah\b|no\b|nope\b|what\b|anything\b|something\b|so\b)\w+|"
    r"\bbetter\b.*\b\w+ or (?!just\b|not\b|nah\b|no\b|so\b)\w+|"
    r"\b\w+ or (?!just\b|not\b|nah\b|no\b|so\b)\w+\b.*\bbetter\b|"
    r"^should i\b.*\b\w+ or (?!just\b|not\b|nah\b|no\b|nope\b|so\b|anything\b|something\b|whatever\b)\w+"
)


# Two kinds of benefit offered as a choice: "power or just cardio", "speed or just coordination",
# "strength or only endurance".
_QUALITY = (
    r"(?:strength|strong\w*|power|powerful|explosive\w*|speed|fast\w*|endurance|cardio|fitness|stamina|"
    r"coordination|balance|mobility|flexibility|size|bulk|conditioning|spring|bounce)"
)
_QUALITY_EITHER = rx.compile(
    rf"\b{_QUALITY}\b,? or (?:is it |it's |its |does it |do they )?"
    rf"(?:just |only |mostly |mainly |more |also |for |build |builds |improve |help )*{_QUALITY}\b"
)


# "will it mess up / ruin / hurt my race?": asks whether harm follows, so the answer to a "don't"
# rule is "Yes, it can".
_HARM_ASK = rx.compile(
    r"^(?:will|would|could|can|does|do|might|is|isnt|wont) (?:\w+ ){1,8}?(?:mess (?:up|with)|ruin|hurt|wreck|"
    r"harm|spoil|compromise|kill|sabotage|screw up|affect)\b"
)
# "what should I add", "what builds that", "any drills for it": asking for something to do.
_ADD_ASK = rx.compile(
    r"\bwhat (?:\w+ )?(?:should|shall|can|could|do) i (?:add|do|try|include|put in)\b|"
    r"\bwhat (?:builds?|helps?|works?|trains?|improves?|fixes?|develops?) (?:that|it|this|them)\b|"
    r"\bwhat (?:exercises?|moves?|drills?) (?:build|help|work|train|improve|fix|should|would|can)\b|"
    r"\bhow (?:do|can|would) i (?:build|get|train|improve|develop) (?:that|it|this|more)\b"
)
_WEAK_PART = rx.compile(
    r"\b(hamstrings|quads|calves|glutes|hips)\b(?: \w+){0,3} (?:weak|weaker|lagging|behind)\b|"
    r"\bweak(?:er)? (hamstrings|quads|calves|glutes|hips)\b"
)
# A move dismissed and the runner asking if that's so ("a waste of time?", "overrated?", "pointless?"),
# not weighed against being worth it ("mid or actually worth it?" asks for the verdict on worth).
_DISMISSED = rx.compile(
    r"\b(?:waste of (?:time|energy|effort)|pointless|useless|overrated|a gimmick|do nothing|does nothing|"
    r"dont do (?:anything|much)|doesnt do (?:anything|much))\b"
)
_OR_WORTH = rx.compile(
    r"\bor\b.{0,30}\b(?:worth|legit|good|useful|helpful|help)\b|"
    r"\bor (?:\w+ ){0,3}(?:a )?(?:waste|pointless|useless|overrated|gimmick)"
)
# A kind of training asked for as a way to a goal (not what it is): its moves first, with the doses, then
# one line on what it does (content/guidance.py's rules, the article's order and doses).
_KIND_MOVES = {
    "plyometrics": (
        "Start with line hops (2–3 sets of 20–30, landing lightly), then box hops onto a low step "
        "(8–12 each leg), then skipping (10–15 each leg), twice a week on fresh legs",
        "These jumping drills build explosive power and reach deeper muscles that usually get neglected",
    ),
    "balance_training": (
        "One-legged moves: the one-legged squat and calf raises on one leg, 2–3 sets of 12–15 each leg, "
        "plus the side-lying hip raise for the deep hip muscles; a hand on a wall is fine at first",
        "Holding yourself steady on one leg trains the small muscles that keep adjusting your posture",
    ),
    "one_legged": (
        "The one-legged squat, the step-up and the calf raise on one leg, 2–3 sets of 12–15 each leg, "
        "weaker leg first if one lags",
        "Each leg works on its own, as in running, so it works harder and builds more strength",
    ),
}
# "what's the easiest one?", "which should I start with?", "simplest drill?": the first move of a kind.
_EASIEST_ASK = rx.compile(
    r"\b(?:easiest|simplest|gentlest|easy one|simple one|first one|beginner one|starter one|"
    r"(?:start|begin) (?:with|on)|(?:start|begin) off with|starting point|where (?:do|should) i start)\b"
)
# "what even is plyometrics?", "what does single-leg training mean?": what it is was asked.
_DEFINE_ASK = rx.compile(
    r"\bwhat(?: exactly| even| actually| really)?(?:s| is| are| r)? (?:even |exactly |actually |really )?"
    r"(?:plyo\w*|balance (?:training|work)|"
    r"(?:one|single)[ -]?leg\w*(?: \w+)?|it|they|those|these|that|this)\b(?! (?:good |best |useful )?for\b)|"
    r"\bmean\w*\b|\bdefin\w*|\bwhat do (?:you|they|people|coaches) call\b|\bexplain\b|\bdifference\b|"
    r"\bwhats? (?:is )?the (?:deal|story|idea|thing)\b|\bwtf is\b|\b(?:plyo\w*|it) (?:even |actually )?is\b|"
    r"\btell me (?:about|more)\b|\bwhat (?:do|does) (?:it|they|those|these) do\b|"
    r"\bwhat (?:counts|qualifies|classes) as\b|\bwhat (?:kind|sort) of (?:thing|stuff)\b"
)
# "so they'd help my weaker leg?", "would that help my push-off?": a yes/no about what it does
_HELP_CHECK = rx.compile(r"\b(?:theyd|itd|thatd|would|will|does|do|can|could|might) (?:\w+ ){0,2}help\b")
# A goal, a weak spot or a want told, or the moves asked for ("starter pack", "more pop", "which drills").
_GOAL_ASK = rx.compile(
    r"\b(?:want|wanna|need|more|weak\w*|lag\w*|starter|pack|exercises?|moves?|drills?|ideas?|tips?|"
    r"suggest\w*|recommend\w*|routine|plan|sesh|gimme|give me|which|builds?|improve\w*|fix|"
    r"what (?:\w+ ){0,2}helps?|"
    r"start\w*|begin\w*|beginners?|what (?:should|can|could|do|would) i (?:do|try|add)|"
    r"how (?:do|can|would|should) i (?:get|build|improve|train|add|make|do))\b"
)
# Rules that are a kind of training, done through the moves they name ("how do I do plyometrics").
_TRAINING_KINDS = frozenset({"plyometrics", "balance_training", "one_legged"})
# A verdict asked of a whole topic ("worth it?", "any good for runners?")
_WHOLE_VERDICT = rx.compile(r"\b(?:worth|any (?:good|use|point)|good for|legit|overrated)\b")
# Kinds of leg work a runner may dismiss as a whole ("machines are mid", "plyos overrated")
_KIND_RULES = frozenset({"machines", "free_weights", "plyometrics"})
_MOVE_NAMED = rx.compile(
    r"\b(?:line hops|box|skipping|calf raises?|squats?|step-?ups?|bridges?|lunges?|hill repeats|"
    r"push-ups?|curls?|hip raise|leg lift|toe raise|leg press)\b",
    re.IGNORECASE,
)
_CAN_DO_ASK = rx.compile(
    r"^(?:(?:so|ok|okay|and|also|hey|hi)\W+)*(?:can|could) (?:i|we) (?:still |even |also )?"
    r"(?:do|add|fit|keep|train|lift|squeeze|work)\b"
)
_CAN_DO_NOT = rx.compile(
    r"\b(?:not|never|don't|dont|avoid|skip|stop|no|can't|cannot|isn't|wait)\b", re.IGNORECASE
)
_NO_DONT = rx.compile(r"No[:,.] (?=(?:skip|keep it off|don't|do not|avoid|move it)\b)", re.IGNORECASE)


# "do they matter?", "are calves important for running?", "does X help my shins?", "is it any use?"
_BENEFIT_ASK = rx.compile(
    r"^(?:(?!(?:how|why|what|whats|which|when|where|who|if|whether)\b)\w+ ){0,8}?"
    r"(?:(?:so|ok|okay|and|but|also|hey|hi|yo)\W+)*"
    r"(?:do|does|is|are|will|would|can|could) (?:(?!(?:how|why|what|whats|"
    r"which|when|where|who|or)\b)\w+ ){0,6}?"
    r"(?:matter|matters|important|help|helps|useful|worth it|worth doing|good for|any good|any use|necessary|"
    r"needed|count|counts|do anything|make a difference|effective|beneficial|worthwhile)\b"
)


# A reply that says what the thing is or does: a card's lead ("Wall toe raise: ...", "Calves and lower
# leg (...): ..."), a figure, or "The hip rotators stabilise..." (not "The article doesn't cover").
_STATES_GOOD = rx.compile(
    r"(?!I |It|That|This|There|The article)[A-Z][\w' -]{2,40}(?: \([^)]{0,160}\))?: |\d|"
    r"The (?!article\b)[a-z' -]{3,30} (?:stabilise|steady|steadies|work|"
    r"works|help|helps|build|builds|strengthen|"
    r"protect|power|drive|extend|cushion)\b"
)


def quality_choice(question: str, text: str) -> str:
    """ "do box hops build power or just cardio?": two kinds of benefit offered as a choice; the generic
    "Yes, it's a good one for runners." answers neither, so it goes (the reply's own statement of what
    the move does is the answer). Asked of the whole question: the choice is no dismissive aside."""
    if not _QUALITY_EITHER.search(normalize(question)):
        return text
    return _cap(rx.sub(r"^Yes, it's a good one for runners\.\s*", "", text))


def settle_verdict(question: str, text: str) -> str:
    """``text`` with its verdict made to fit ``question`` (see above); unchanged when it already does.
    A question between two options ("before or after?", "wiped out, or stop while it feels easy?",
    "is X or Y better?") gets no bare "Yes" opener: the reply's own statement answers which."""
    text = _settle_verdict(question, text)
    if _HARM_ASK.search(normalize(question)) and _NO_DONT.match(text):
        # "will squats mess up my race if I do them the day before?": yes they can, so don't; a "No:"
        # over "skip strength work the day before" would say the opposite of its own advice.
        text = "Yes, it can: " + text[_NO_DONT.match(text).end() :]  # type: ignore[union-attr]
    good = _TOLD_GOOD.search(question.lower())
    if (
        good is not None
        and _RUN_GOAL.search(question.lower()[good.end() :])
        and not _PAIN_WORD.search(normalize(question))
        and rx.match(r"[A-Z][\w' -]{2,40}: ", text)
        and not _EITHER_OR.search(normalize(question))
    ):
        # "box jumps and bounding, good for my kick?": a move's card under no verdict gets its "Yes"
        # (the article recommends every move it describes; a painful part is not asked this way).
        text = "Yes. " + text
    if (
        _BOTHER_OR_NOT.search(normalize(question))
        and not _PAIN_WORD.search(normalize(question))
        and text
        and not rx.match(
            r"(?:Yes|No|Not|Only|Usually|Both|Either|Neither|Worth|Skip|Don't|Never|Avoid|Stop|It depends)\b",
            text,
        )
    ):
        # (r15 yb) "should i bother with hill reps or not": the article recommends what it describes, so
        # the answer says Yes before the how (it read "Not: pick a moderate slope..." once)
        text = "Yes: " + text[:1].lower() + text[1:]
    if (
        _VERDICT_ONLY.search(normalize(question))
        and not _PAIN_WORD.search(normalize(question))
        and text.split(": ", 1)[0].lower() in {e.name.lower() for e in EXERCISES.values()}
    ):
        # (r15 yb) "leg press, yay or nay for runners": a move's card under no verdict gets its "Yes"
        # (the article recommends every move it describes)
        text = "Yes. " + text
    if (
        _CAN_DO_ASK.match(normalize(question))
        and "?" not in question.rstrip()[:-1]
        and not _PAIN_WORD.search(normalize(question))
        and not _EITHER_OR.search(normalize(question))
        and text
        and not rx.match(
            r"(?:Yes|No|Not|Only|Usually|Probably|Maybe|It depends|Either|Both|Go carefully)\b", text
        )
        and not _CAN_DO_NOT.search(_SENT.split(text.split("\n", 1)[0])[0])
        and not rx.match(r"[A-Z][\w' -]{2,40}: ", text)
    ):
        # "can i do leg exercises if i only run 3 days a week?" -> "Yes: twice a week...", not the
        # dose alone: a can-I question whose answer allows it says so first.
        text = "Yes: " + text[:1].lower() + text[1:]
    if (
        text
        and _BENEFIT_ASK.match(normalize(question))
        and "?" not in question.rstrip()[:-1]
        and not _EITHER_OR.search(normalize(question))
        and not _PAIN_WORD.search(normalize(question))
        and not rx.match(
            r"(?:Yes|No|Not|Only|Usually|Probably|Maybe|It depends|It can|Either|Both|Go carefully|Because|"
            r"I can't|I'm not|Stop|Quite possibly|Likely|Possibly|Fine|Worth|Partly|Somewhat|Generally|Often|"
            r"Sometimes|Not really|Up to|Depends|Absolutely|Definitely|Sure|Nope|Nah|Yep|Yeah)\b",
            text,
        )
        and not _CAN_DO_NOT.search(_SENT.split(text.split("\n", 1)[0])[0])
        and _STATES_GOOD.match(text)
        # (r17 uf: "home workouts vs gym, does it matter?" weighs two: no "Yes" to either)
        and not rx.search(r"\b(?:instead|rather than|or|vs|versus|compared to)\b", normalize(question))
    ):
        # "are calves important for running?", "does the wall toe raise help shins?": a question whether
        # something matters or helps, answered by what it does, says yes first (the article recommends
        # every move and muscle it describes; what it advises against says "don't" and is left alone).
        text = "Yes. " + text
    if rx.match(r"(?:(?:so|but|and|ok|okay|hey|yo|bro|then|ok so)\s+)*why\b", normalize(question)) or (
        "why" in question.lower() and _why_ask_alone(question)
    ):
        # "why does running up hills count as strength training?": a why is answered with the reason,
        # not a "Yes" (that answers "does it count?")
        m = rx.match(r"Yes(?:[,:.]|\b,?) +(?!because\b)(?=\S)", text)
        if m is not None:
            text = unverdicted(text[m.end() :])
    if _ONLY_ASK.search(normalize(question)):
        text = _not_only(text)
    if _OR_ONLY.search(normalize(question)):
        # (r17 ud) "is it fine in peak marathon training or only in the off season?": the first option is
        # what's asked yes or no, and all year is yes to it (a "No:" read as "not in peak training")
        if rx.match(r"Yes\b", text) and "off-season" in text.split("\n", 1)[0]:
            text = _not_only(text)
        if text.startswith(_SEASON_ONLY):
            text = _SEASON_ALL_YEAR + text[len(_SEASON_ONLY) :]
    if _OR_ALL_YEAR.search(normalize(question)):
        # "an off-season thing or all year?": a pick between the two, and the article's is all year (no
        # "Yes" to either, nor the recovery week's "No")
        first, _, rest = text.partition("\n")
        if "great for the off-season" in first or (rx.match(r"(?:Yes|No)\b", first) and "week off" in first):
            hills = " A treadmill on an incline can stand in for hills." if "treadmill" in first else ""
            # ("is it just for the off season or all year?": the "just" is asked, and No answers it)
            lead = (
                _SEASON_ONLY
                if _ONLY_ASK.search(normalize(question))
                else "A" + _SEASON_ALL_YEAR.removeprefix("Yes, a")
            )
            text = lead + hills + ("\n" + rest if rest else "")
    if _EITHER_OR.search(normalize(question)):
        m = rx.match(r"Yes(?:[,:.]|\b,?) +(?=\S)", text)
        # ("is 20 min worth anything or should I just run more?": "Yes, because ..." takes the first
        # option with its reason; a bare "Because ..." would answer a why nobody asked)
        if m is not None and not (
            text[m.end() :].startswith("because ") and _WORTH_ASK.search(normalize(question))
        ):
            text = unverdicted(text[m.end() :])
    return text


# "is strength training only an off-season thing?", "should I only lift in winter?", "is leg work just
# for the off season or all year?": the "only" asks whether it is limited to that, so a "Yes: it's
# great for the off-season" says the opposite of the article (twice a week, all year).
_ONLY_ASK = rx.compile(
    r"^(?:(?:so|but|and|ok|okay|yo|hey)\s+)*(?:(?:is|are)\b(?:(?!\b(?:if|when|since|because|as|cos|while)\b).)*"
    r"\b(?:only|just|purely|strictly)|(?:should|do|does|must|can|will)\b"
    r"(?:(?!\b(?:if|when|since|because|as|cos|while)\b).)*\bonly)\b (?:\w+ ){0,3}?"
    r"(?:for|in|during|when|an?|the|thing|things|(?:off ?season|winter|summer))\b"
)
_SEASON_ONLY = (
    "No: runners usually do strength work twice a week, sometimes three times, all year round. The "
    "off-season, and spells when the weather limits your running, are simply a great time for it."
)


_SEASON_ALL_YEAR = "Yes, all year round: " + _SEASON_ONLY.removeprefix("No: ").replace(
    ", all year round.", ".", 1
)
# "off-season or all year?", "winter thing or year round": the second option is all year
_OR_ALL_YEAR = rx.compile(
    r"\bor (?:is it |do i |should i |\w+ )?(?:all (?:year|the year|season|the time)|year ?round|all ?year|"
    r"the whole year|whole year|every (?:month|season)|throughout the year|12 months)\b"
)
# "X or only Y?": the "only" on the second option ("in race season or only in winter?")
_OR_ONLY = rx.compile(r"\bor (?:\w+ ){0,2}?only\b")


def _not_only(text: str) -> str:
    """A "Yes" lead turned round for an "only ...?" ask: the article's season advice says all year."""
    m = rx.match(r"Yes(?:[,:.]|\b,?) +(?=\S)", text)
    if m is None:
        return text
    first, _, rest = text.partition("\n")
    if "off-season" in first:
        return _SEASON_ONLY + ("\n" + rest if rest else "")
    rest_ = text[m.end() :]
    return "No: " + rest_[:1].lower() + rest_[1:]


# "DOMS for days, am I overdoing it?": a worry about doing too much, which "Yes, that's normal" answers
# the wrong way round.
_OVERDO_ASK = rx.compile(
    r"\b(?:overdo\w*|over doing|over ?train\w*|too (?:much|hard|heavy|often|many)|pushing (?:it )?too)\b"
)
_NO_NEED_DAILY = "No need: "
_OVERDO_NOTE = (
    " If it lasts longer than that or your runs suffer, ease off: the article says not to go to extremes, "
    "with a weight you're comfortable with."
)


# A yes/no ask joined on after another ask: "..., and is it ok to...", "and can I...".
_SECOND_ASK = rx.compile(
    r"\b(?:and|also|plus)\s+(?:is|are|can|could|should|do|does|will|would|am)\s+(?:it|i|that|this|they)\b"
)


_WORTH_OR_NOT = rx.compile(
    r"\b(?:worth|good|useful|any (?:good|use)|helpful|help|effective|legit|valuable|beneficial|matter)\b"
    r"[^?]*\bor (?:is it |it['\u2019]?s |just )?(?:a |an |totally |completely )?(?:pointless|"
    r"useless|waste|not worth|"
    r"no point|a gimmick|gimmick)\b"
)


def _settle_verdict(question: str, text: str) -> str:
    if not text or not question.strip():
        return text
    if text.startswith(_NO_NEED_DAILY) and _OVERDO_ASK.search(normalize(question)):
        # (r17 va) "box jumps and hops every day, calves constantly sore. Too much?": yes, too much (a "No
        # need" answers "do I need to do it daily?", which nobody asked)
        return "Yes, every day is too much: " + text[len(_NO_NEED_DAILY) :]
    if _OVERDO_ASK.search(normalize(question)) and text.startswith("Yes, that's normal: "):
        # Not "Yes" to overdoing it: soreness is normal, with when to ease off.
        first, _, rest = text.partition("\n")
        sents = _SENT.split(first[len("Yes, that's normal: ") :])
        sharp = next((k for k, x in enumerate(sents) if x.startswith("Sharp pain")), len(sents))
        lead = " ".join([" ".join(sents[:sharp]) + _OVERDO_NOTE, *sents[sharp:]])
        return "\n".join(["Not necessarily: " + lead, *([rest] if rest else [])])
    if (
        rx.search(
            r"\b(?:pointless|useless|a waste|waste of time|not worth|no point|too short|too little)\b",
            normalize(question),
        )
        # ("worth it for a runner or a waste of time?": the "Yes" answers the first option, as asked)
        and not _WORTH_OR_NOT.search(normalize(question))
        and (
            (
                rx.match(r"Yes[,:] ", text)
                and rx.search(
                    r"\b(?:helps?|worth|worthwhile|enough|fine|good|works?|counts?)\b", _SENT.split(text)[0]
                )
            )
            # (r15 yb) "is stretching after leg day a waste of time?" -> not "Yes. Finish with some
            # stretching": the advice to do it answers No to the waste
            or rx.match(
                r"Yes[.:,] (?:Finish|Do|Keep|Always|Never skip|Start|Warm|Stretch|Take|Add|Include|Use|"
                r"The article says to)\b",
                text,
            )
        )
    ):
        # "is a 10 minute session pointless?" -> not "Yes, 10 minutes still helps": the "Yes" answers
        # "is it worth it", the opposite of what was asked.
        if rx.search(r"\b(?:keep|continue|stick with|carry on)\b.*\bor\b", normalize(question)):
            # ("should I keep doing it that way or is it pointless?": keeping it is the answer)
            return "Keep at it: " + text[5:]
        if text.startswith("Yes."):
            return "No: " + text[5:6].lower() + text[6:]  # ("Yes. Finish with..." -> "No: finish with...")
        return "No, " + text[5:]
    # (a reply that already says who is right, "Your friend is; ...", is left as it is)
    other = (
        None if rx.match(r"(?:Your [\w ]+ (?:is|are)|You(?:'re| are))\b", text) else _other_is_right(question)
    )
    if other is not None:
        # (the reply's own first line on the same rule is said by it: replaced, not repeated)
        lines = text.split("\n")
        if len(stems(lines[0]) & stems(other)) >= 3:
            lines = lines[1:]
        return "\n".join([other, *lines])
    plain = normalize(question)
    paras = text.split("\n")
    first = paras[0]
    if not _CHOICE.search(plain):
        # "Both work." / "Either works." answers a choice; "is leg work worth it or nah?" offers none.
        for k, p in enumerate(paras):
            cut = rx.sub(r"(?:(?<=^)|(?<=\. ))(?:Both work|Either works)\.\s*", "", p)
            if cut != p:
                paras[k] = rx.sub(r"^(Yes|No)\.\s*$", "", cut).strip() or cut
        paras = [p for p in paras if p.strip() or not p]
        first = paras[0]
    if first.startswith("Because ") and not _WHY_ASK.search(plain):
        # "Because ..." answers a why; "what are the benefits?" gets the reasons as a statement and
        # "is leg day even worth it or nah?" a "Yes" with them.
        rest = first[len("Because ") :]
        worth = _WORTH_ASK.search(plain) and asks_yes_no(question, ask_of(question))
        paras[0] = ("Yes: " + rest) if worth else _cap(rest)
        return "\n".join(paras)
    if (
        not rx.match(r"(?:Yes|No|Not)\b", first)
        and _RISK_ASK.search(plain)
        and _WILL_ASK.search(plain)
        and not _WHY_ASK.search(plain)
    ):
        # "wil lifting make me slowr?" -> not "Runners often worry ... With a balanced programme that
        # isn't a concern.": the "No" first, with the sentence that says it.
        sents = _SENT.split(first)
        calm = next((x for x in sents if _DISMISS.search(x)), None)
        if calm is not None:
            others = [x for x in sents if x is not calm]
            paras[0] = " ".join(["No: " + calm[:1].lower() + calm[1:], *others])
            return "\n".join(paras)
    m = _OPENER.match(first)
    wm = _WH_OPENER.match(first)
    if wm and _asks_no_verdict(question):
        # "how offen shoud i do leg strenght?" -> "No need: twice a week...": the figure, no "No need";
        # "how do I know my bridge is right?" -> not "Yes, it's a good one for runners."
        paras[0] = _cap(first[wm.end() :])
        return "\n".join(paras)
    if first.startswith("Only if it's completely pain-free") and _asks_no_verdict(question):
        paras[0] = "Keep it completely pain-free" + first[len("Only if it's completely pain-free") :]
        return "\n".join(paras)
    for k, p in enumerate(paras):
        pm = rx.match(r"(?:Yes|No)\.\s+", p)
        if pm is None:
            continue
        nxt = _SENT.split(p[pm.end() :])[0]
        asked_words = stems(plain) - GENERIC - _LOOSE
        asked_words |= _alike(asked_words & _UPRIGHT_ASK)  # ("chest up?" is what "upper body upright" says)
        if (k or len(nxt.split()) <= 5) and not (stems(nxt) & asked_words):
            # "Yes. Repeat 5 to 8 times.": a bare verdict over a sentence about something else.
            paras[k] = _cap(p[pm.end() :])
    first = paras[0]
    m = _OPENER.match(first)
    if not asks_yes_no(question, ask_of(question)):
        return "\n".join(paras)
    asked = stems(plain) - GENERIC
    old = next(
        (
            (k, sent)
            for k, p in enumerate(paras)
            for sent in _SENT.split(_after_opener(p))
            if _SUPERSEDED.search(sent) and len(stems(sent) & asked) >= 2
        ),
        None,
    )
    if (
        old is not None
        and old[0] > 0
        and not _SUPERSEDED.search(plain)
        and rx.match(r"No\b", first)
        and rx.match(r"Yes\.\s+", paras[old[0]])
        and _SENT.split(_after_opener(paras[old[0]]))[0] == old[1]
    ):
        # (r19 th) "Will it slow me down, and should I use light weights?": the second part's "Yes. The old
        # advice to stick to light weights has given way" says No too
        at = old[0]
        paras[at] = "No. " + _after_opener(paras[at])
        said = stems(first)
        # (a line under it that only says the first part's answer again goes: "Runners often worry...")
        kept = [x for x in paras[at + 1 :] if not x.strip() or len(stems(x) & said) * 2 < len(stems(x))]
        return "\n".join([*paras[: at + 1], *kept])
    if old is not None and not _SUPERSEDED.search(plain) and not rx.match(r"No\b", first):
        # "Is it true that runners should stick to light weights?": the reply itself says that's the
        # old advice, so the verdict is "No", said first with the sentence that says so (not "Yes. The
        # old advice ... has given way", nor the figures first and the correction under them).
        k, sent = old
        paras[k] = " ".join(x for x in _SENT.split(_after_opener(paras[k])) if x != sent)
        paras = ["No. " + sent, *(p for p in paras if p.strip())]
        return "\n".join(paras)
    if m and first.startswith("No") and _CAUSE_ASK.search(plain):
        # "I lean forward late in races, is that a strength thing?" -> not "No: keep your trunk upright".
        cause = next((s for s in _SENT.split(first) if _CAUSE_SAID.search(s)), None)
        if cause is not None:
            after = [x for x in _SENT.split(_after_opener(first)) if x != cause]
            lead = rx.sub(r"^The article\b", "the article", cause)
            paras[0] = " ".join(["Yes, it can be: " + lead, *after])
            return "\n".join(paras)
    first = paras[0]
    if (
        not rx.match(r"(?:Yes|No|Not)\b", first)
        and "?" not in question.rstrip()[:-1]
        # ("explain how to do the bridge, and is it ok to hold my breath?": two asks, in their order)
        and not _SECOND_ASK.search(plain)
    ):
        # One yes/no ask whose verdict sits under another section (an older runner's note first):
        # the verdict's paragraph comes up first.
        later = next(
            (k for k in range(1, len(paras)) if rx.match(r"(?:Yes|No)[,:]\s", paras[k])),
            None,
        )
        if later is not None:
            paras = [paras[later], *paras[:later], *paras[later + 1 :]]
    return "\n".join(paras)
