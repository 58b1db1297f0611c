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

This module holds ``respond`` (safety, the asks and the follow-up flow); its pieces are in
content/asks.py (reading a message), content/week.py (the runner's week), content/situation.py (kit,
claims and the body the runner describes) and content/one_ask.py (answering one ask).
"""

from __future__ import annotations

import re
from dataclasses import replace

from content import rx
from content.anatomy import INJURIES, MUSCLES
from content.asks import (
    BACK,
    BACK_OFF,
    BACK_OFF_TEXT,
    BACKGROUND,
    BARE_CHOICE,
    CHRONIC,
    CONTENT_ASK,
    CUT_ASK,
    CUT_BACK_TEXT,
    DAY_SLOT,
    DAYS,
    FLIP,
    FORM_WORDS,
    MINUTES_SAID,
    MUSCLE_WORDS,
    NOW_ASK,
    PART,
    POINTER,
    QUESTION_START,
    RESUME_ASK,
    RESUME_TEXT,
    SENTENCE,
    STOP_X,
    SYMPTOM,
    TIMED,
    VERDICT,
    Ask,
    Engine,
    both_said,
    generic_ask,
    is_covered,
    kit_pronoun_said,
    memo,
    named_exercises,
    named_topic,
    says_exercise,
    split_asks,
    then_said,
    trace,
    without_filler,
)
from content.cards import exercises_for_muscle
from content.compose import MACHINE_OUT, STILL_DO, ask_of, busy_swap, kit_swap, pointer, settled
from content.direct import direct, order_verdict, week_verdict
from content.exercises import EXERCISES
from content.followups import VERSION_ASK, also_version, next_fact, version_of
from content.model import INJURY_CAUTION, Answer, Exercise
from content.one_ask import (
    _PRIORITY,
    CAREFUL,
    COMBINE,
    COMBINE_TEXT,
    JOINT_TOLD,
    SETS_FIRST,
    SLOWER,
    SPREAD,
    SPREAD_TEXT,
    SUITS_WHO,
    YOUNG_AGE,
    all_in_one,
    answer_one,
    need_lifting,
    others_advice_lead,
    sprint_start,
    suits,
)
from content.plan import (
    BALANCE_POINT_TEXT,
    BOTH_LEGS_ASK,
    ENOUGH,
    FIT_IN_ASK,
    FLOOR_MOVES,
    GYM_OUT_ASK,
    GYM_OUT_LINE,
    HILL_SESSION_LINE,
    HOW_OFTEN_ASK,
    MOVES_ASK,
    NO_GRIP,
    NO_HILLS,
    OPEN,
    SESSION_START_LINE,
    SESSION_WALK,
    START_NOW_LINE,
    TOO_SOON,
    TOO_SOON_LINE,
    WEEK_ASKED,
    enough,
    hills_as_place,
    kit_enough,
    kit_part,
    moves_without,
    no_jumping,
    no_one_leg,
    no_step,
    one_pick,
    plan,
    plyo_start,
    strong_told,
)
from content.reasons import (
    AFTER_BABY,
    OFF_TOPIC_SUGGESTIONS,
    OFF_TOPIC_TEXT,
    away_text,
    gap,
    hard_run_sore,
    heart_rate,
    leg_words,
    off_scope,
    off_topic_line,
    plan_note,
)
from content.safety import (
    AFTER,
    CLOT_TEXT,
    SEVERE_LEAD,
    acute,
    acute_lead,
    cleared,
    clot,
    denied,
    goes_on,
    hops_while_sore,
    joint_fix,
    knee_depth_asked,
    numb,
    numb_text,
    pet_hurt,
    pro_cleared,
    recent_surgery,
    red_flag,
    red_flag_text,
    returning,
    severe,
    sore_train,
    sore_train_text,
    uncovered,
    uncovered_text,
)
from content.situation import (
    ABOUT_TO_GO,
    AFTER_SESSION,
    BALANCE_COVERS,
    BULK_WORRY,
    CAUSE,
    CHILDREN,
    CHILDREN_ASK,
    CHILDREN_TEXT,
    CLAIM_ASK,
    CLAIM_WHO,
    FORM_ASK,
    IS_BAD,
    KEEP_AWAY,
    KEEP_AWAY_LEAD,
    KEEPS_RECURRING,
    KIT_HATED,
    KIT_LACK,
    KIT_TOLD,
    KIT_TOPIC,
    KNEES_IN,
    NORMAL_ASK,
    ONE_SIDE,
    ONE_SIDE_LINE,
    OVER_ASK,
    OVER_COVERS,
    PART_PAIN,
    PHYSIO_LINE,
    PRO_SAID,
    RETURN_LEAD,
    SHIN,
    TOLD_KIT_COVERS,
    VAGUE,
    VARY_LINE,
    WARNING_LINE,
    WEAK_ASK,
    WEEK_LINE,
    YOUNG,
    YOUNG_ASK,
    YOUNG_TEXT,
    balance_told,
    drop_kit,
    family,
    focus_swap,
    form_check,
    hands_free_steps,
    heavy_before_hard,
    injury_names,
    judge_claim,
    keep_at_it,
    lacked,
    no_bar_reply,
    overload_reply,
    overstraight_told,
    owned_variation,
    pro_weak,
    recur_line,
    season_verdict,
    squad_reply,
    start_reply,
    swap_steps,
    told_claim,
    told_kit_reply,
    who_right,
)
from content.technique import (
    balance_with_reply,
    missing_parts,
    move_parts_reply,
    moves_and_rules,
    technique_reply,
    verdict_lead,
    weak_partner_fix,
    which_injuries_reply,
)
from content.text import STOPWORDS, normalize, stem_words
from content.topics import BY_ID, topic_title
from content.verdicts import HILLS_ALONE_TEXT, HILLS_FOR_GYM, SORE_LIFT_SAID, versus
from content.week import (
    DAY,
    DAY_NAMES,
    DROP_COVERS,
    FIT_ASK,
    REVIEW_JUDGE,
    WHICH_DAYS,
    days_reply,
    drop_reply,
    guard_days,
    move_day_reply,
    race_day,
    review,
    shared_day_reply,
    sore_next_told,
    their_days,
    then_day_reply,
)

# The myth the bulk rule answers, asked for a runner whose worry about bulk is told beside another ask
_BULK_ASK = "will lifting weights make me bulky?"
# (r16 zb) a swap asked for a gym machine told busy or broken
_SWAP_ASK = rx.compile(
    r"\b(?:instead|swap\w*|sub|subs|substitut\w*|alternatives?|replace\w*|what else|other options?|"
    r"something else|what (?:can|should|do|could) i do|any ideas|plan b|work ?around)\b"
)


# (r16 wa) "with no curl machine", "without a leg press": that machine out of reach
_NO_MACHINE = rx.compile(
    r"\b(?:no|without|dont have|havent got|hasnt got|doesnt have)\b(?: \w+){0,3} machine\b"
)


_BALANCE_WORRY = rx.compile(
    r"\b(?:unbalanced|imbalance\w*|imbalanced|out of balance|lopsided|balance (?:it|them|out))\b"
)
HAM_BALANCE_LINE = (
    "Good instinct: quad work needs hamstring work to balance it, since an imbalance between "
    "opposing muscles is a major cause of overuse injuries."
)


# (r16 wa) an ask for moves, a plan or a how, not only a verdict: "is there anything that helps?",
# "can I do leg work in that setup?", "what should I do?"
_MOVES_WANTED = rx.compile(
    r"\b(?:what|which|how|where|when|(?:is|are) there|"
    r"(?:anything|something)(?! (?:at all|else)\b)(?= (?:\w+ )?"
    r"(?:that|which|i|we|to|for|strength\w*|helps?|useful|good|worth)\b)|"
    r"any (?:\w+ )?(?:exercises?|moves?|ideas?|tips?)|"
    r"exercises?|moves?|routine|plan|programme|program|workouts?|setup|set up|kit|equipment)\b"
)


def _verdict_only(ask: str) -> bool:
    """(r16 wa) A yes/no ask that wants a verdict, not moves: "would it help me hold onto anything?"."""
    a = normalize(ask)
    return bool(_YES_NO_ASK.match(a)) and not (
        _MOVES_WANTED.search(a) or OPEN.search(a) or _PLAN_ASKED.search(a) or MOVES_ASK.search(a)
    )


# (r16 wb) How a move is done, asked by a runner who can't hold a weight.
_GRIP_HOW_ASK = rx.compile(r"\bhow (?:do|should|can|would|to|do you)\b|\bhow (?:i|you) (?:do|should)\b")


def _grip_how(message: str, answer_fn: Ask) -> tuple[str, str] | None:
    """(r16 wb) "I've got wrist tendonitis and can't grip dumbbells, how do I do lunges?": the move's steps
    with the hands on the hips instead of holding dumbbells, led by the no-grip way to make it harder."""
    plain = normalize(message)
    if not NO_GRIP.search(plain):
        return None
    for a in split_asks(message)[0]:
        named = named_exercises(normalize(a))
        if len(named) != 1 or not _GRIP_HOW_ASK.search(normalize(a)):
            continue
        if rx.search(
            r"\b(?:leg (?:work|stuff|exercises?|day|training)|other|else|workouts?|routine)\b", normalize(a)
        ):
            return None  # ("how can I still do lunges and leg work?": the plan with nothing held)
        got = answer_fn(f"how do I do the {topic_title(named[0]) or ''}?")
        if (
            not got.found
            or got.topic != named[0]
            or not rx.search(r"\d\) Hold (?:a |two )?dumbbell", got.text)
        ):
            return None
        # (the key cue left to a dose asked next: "...and how many?" says it with the figure)
        steps = "\n".join(
            x for x in hands_free_steps(got.text, ["dumbbells"]).split("\n") if not x.startswith("Key cue")
        )
        lead = (
            "Nothing needs a grip: keep your hands on your hips instead of holding dumbbells, and when it "
            "gets easy add reps or go one-legged."
        )
        return f"{lead}\n{steps}", named[0]
    return None


def _busy_machine(message: str) -> tuple[str, str] | None:
    """(r16 zb) One gym machine told busy or broken and a swap asked: the same muscles' other moves."""
    plain = normalize(message)
    if not (MACHINE_OUT.search(plain) or _NO_MACHINE.search(plain)) or not _SWAP_ASK.search(plain):
        return None
    named = [
        t
        for t in named_exercises(plain)
        if t.startswith("exercise:")
        and t[9:] in EXERCISES
        and any("machine" in k for k in EXERCISES[t[9:]].equipment)
    ]
    if len(named) > 1:
        # (r16 wa) "the curl machine is broken; I've been doing leg press and leg extensions": the one
        # machine told out (its own clause says so, or "no curl machine"), not every machine named
        out = {
            t
            for c in map(normalize, rx.split(r"[.;!?]+|,\s+(?:but|and|so)\b|\bbut\b", message.lower()))
            if MACHINE_OUT.search(c) or _NO_MACHINE.search(c)
            for t in named_exercises(c)
        }
        named = [t for t in named if t in out]
    if len(named) != 1:
        return None
    swap = busy_swap(EXERCISES[named[0][9:]], message)
    if swap is None:
        return None
    if "hamstrings" in EXERCISES[named[0][9:]].primary and _BALANCE_WORRY.search(plain):
        # (r16 wa) "I read unbalanced muscles cause injuries": the worry is right, said first
        swap = f"{HAM_BALANCE_LINE} {swap}"
    first = rx.search(r"needed: ([a-z' -]+?)(?:,| or )", swap)
    ptr = f"\nFull card: /exercise {first.group(1)}" if first else ""
    return swap + ptr, named[0]


# (r16 zb) back after a baby: the not-covered note leads even when cleared, and the list has no jumps
_AFTER_BABY_NOTE = "Returning after pregnancy"
AFTER_BABY_CLEARED_LINE = (
    "Good that you've been cleared: returning after pregnancy isn't covered in the article, so start light, "
    "build up gradually, stop if anything hurts, and a pelvic-health physio can guide you."
)
_JUMP_ITEM = rx.compile(r"• (?:Line hops|Box hops|Skipping|Plyometric)")
# (r16 zb) a hill move asked by a runner who told they have no hills: the slope that stands in
_HILL_MOVES_TOLD_FLAT = frozenset({"exercise:hill_repeats"})
FLAT_HILL_LINE = "No hill nearby? A car-park ramp or a sloping road of about 5–10% works just as well."
GYM_HILL_LINE = (
    "In your gym, raise the treadmill's incline to about 5–10% for the climbs: it stands in for a hill. "
    "Outside, a car-park ramp or a sloping road works too."
)
_GYM_TOLD = rx.compile(r"\b(?:gym|treadmill)\b")
_NO_TREADMILL = rx.compile(
    r"\b(?:no|without|dont have|havent got|not got|doesnt have|hasnt got|lacks?) (?:a |any )?(?:\w+ )?"
    r"treadmills?\b|\btreadmills? (?:\w+ ){0,3}(?:cant|doesnt|wont|broken|no incline)\b"
)

MAX_ASKS = 3
CLEARED_LINE = "Good that you've been cleared: start light, build up gradually, and stop if anything hurts."

# A technique rule asked about on an exercise ("should my knees go fully straight on the leg press?").
_RULE_ASKED = (
    ("rule:lock_knees", rx.compile(r"\b(?:lock\w*|(?:fully|all the way|completely|dead) straight\w*)\b")),
    ("rule:breathing", rx.compile(r"\bbreath\w*\b")),
    ("rule:slow_controlled", rx.compile(r"\b(?:fast|quick\w*|slow\w*|explosive\w*|speed)\b")),
)

# Someone cleared them ("physio gave me the all clear"), not only "it's better now", "fully healed".


# General technique and load rules: one part of a question about a named exercise, not its subject.
_HOW_RULES = frozenset(
    "rule:breathing rule:range_of_motion rule:slow_controlled rule:lock_knees rule:form_first "
    "rule:sets_reps rule:comfortable_load rule:one_legged".split()
)


# A worry told in the background that the article answers: "she's worried it'll make her bulky",
# "I'm afraid to become big and slow".
_SURGERY = rx.compile(
    r"\b(?:replace\w*|surgery|operation|arthrit\w*|torn|tear|meniscus|ligament\w*|acl|pregnan\w*)\b"
)
_BULK_TOLD = rx.compile(
    rf"{BULK_WORRY.pattern}|\b(?:become|becoming|get|getting|turn(?:ing)? into|end up|look) (?:too )?"
    r"(?:big|bulky|huge|massive)\b|\b(?:big|heavy|heavier) and slow(?:er)?\b|"
    r"\bheavy legs and slow\w*|\badds? (?:weight|mass|muscle) (?:that |which |and )?slow\w*|"
    # (r15 ya) "I don't want big thighs", "don't wanna get bulky legs": the worry told with the asks
    r"\b(?:dont|do not|dont wanna|never) (?:want|wanna) (?:\w+ ){0,2}(?:big|bulky|huge|massive|thick|chunky) "
    r"(?:thighs|legs|quads|calves|muscles|bum|glutes)\b"
)
# (r15 xe) Pain going on, told or asked after an injury, a move or a muscle: worse or not easing is a
# physio's; training through it is no.
_WORSENING = rx.compile(
    r"\b(?:getting|got|gets|going|feels?|feeling|is|its|been) (?:\w+ )?worse\b|"
    r"\bworse (?:now|than|though|still|every|each|after)\b|\bnot (?:getting )?(?:any )?better\b|"
    r"\bisnt (?:getting )?(?:any )?better\b|"
    r"\bno better\b|\bnot (?:easing|settling|going away|improving)\b|\bwont (?:go away|ease|settle)\b"
)
_THROUGH_PAIN = rx.compile(
    r"\b(?:ok|okay|fine|safe|alright|good|keep (?:going|doing)|carry on|push on|push through)\b.{0,30}"
    r"\b(?:if|when|while|though|even|with)\b.{0,20}\b(?:hurts?|hurting|pain\w*|aches?|aching)\b|"
    r"\b(?:through|with) (?:the |a bit of |some |a little )?(?:pain|it hurting)\b"
)
WORSE_TEXT = (
    "Then get it checked: ease off the running and the moves that bring it on, and see a physio or "
    "doctor. Pain that gets worse or won't settle needs a proper diagnosis before you train it."
)
THROUGH_PAIN_TEXT = (
    "No, not through pain: do only what stays pain-free (lighter, slower, a smaller range), and stop at the "
    "first twinge. If it keeps hurting, see a physio or doctor."
)


def _ongoing_pain(message: str) -> str | None:
    plain = normalize(message)
    if len(plain.split()) > 14 or acute(plain) or red_flag(plain):
        return None
    if _WORSENING.search(plain) and not rx.search(
        r"\b(?:form|technique|balance|running|times?|pace)\b", plain
    ):
        return WORSE_TEXT
    if _THROUGH_PAIN.search(plain):
        return THROUGH_PAIN_TEXT
    return None


_FIRST_DRILL = rx.compile(
    r"^(?:(?:ok|okay|so|and|but|then) )*(?:(?:which|what) (?:one|drill|ones?|exercise)s? (?:\w+ ){0,3}?"
    r"(?:first|start|begin)\w*|(?:which|what)s? (?:is )?(?:the )?(?:easiest|simplest|best (?:one )?to start)"
    r"(?: one| drill)?|(?:start|begin) with (?:which|what))\b"
)
PLYO_FIRST_TEXT = (
    "Line hops first: they're the easiest (small, quick hops over a line, landing lightly). Once those "
    "feel easy, hop onto a low box or step, then add skipping."
)


# (r15 xe) A bare time or season asked after a dose rule carries that rule's question.
_FRAME_OF = {
    "rule:frequency": "how often should I do strength work",
    "rule:sets_reps": "how many sets and reps should I do",
}
_FRAME_CARRIED = rx.compile(
    r"(?i)^\s*(?:(?:and|ok|okay|so|but) )*(?:what about |how about |and )?"
    r"(?P<rest>(?:in|during|over|through|throughout) (?:the |my |a |an )?(?:\w+[ -]?){0,2}?"
    r"(?:off ?-?season|offseason|winter|summer|base (?:phase|building|season)|pre ?-?season|close season|"
    r"cold months|dark months))\s*\?*\s*$"
)
# (r17 vf) "what about if I only have a step?", "and if I've got dumbbells?" after the home workout: the same
# ask with that kit (or time) told, so the plan fits it, not the home list again
_KIT_CARRIED = rx.compile(
    r"(?i)^\s*(?:(?:and|ok|okay|so|but) )*(?:what about |how about |what )?(?:if |when )?"
    r"i(?:['\u2019]?ve|['\u2019]?m| am)?\b (?:only |just )?(?:have|got|had|have got|own|using|use|with)"
    r"(?: only| just)? (?P<kit>(?:a |an |some |my |the |\d+ )?\w+(?:[ -]\w+){0,2}?)"
    r"(?: (?:at home|instead|too|as well))?\s*\?*\s*$"
)
_ORDER_CARRIED = rx.compile(
    r"(?i)^\s*((?:and|also|what about|how about|ok and|okay and|plus) (?:the |my )?"
    r"(?:stretch\w*|warm ?ups?|warming up|cool ?downs?|cooling down|foam rolling))\s*\?*\s*$"
)
# The ask points back at the worry the background told: "is my worry justified?", "am I wrong?",
# "is that true or a myth?", "is that a real concern?", "should I be worried?".
_WORRY_CHECK = rx.compile(
    r"^(?:so |but |and )?(?:is (?:my|this|that|the) (?:worry|fear|concern) (?:justified|valid|right|founded|"
    r"real|legit|true|warranted)|is (?:that|this|it) (?:true|a myth|right|a real (?:concern|worry|thing)|"
    r"a thing|legit|correct)|am i (?:wrong|right)|should i (?:be )?(?:worried|worry|concerned)|"
    r"(?:do|does) (?:that|it|this) (?:really )?happen|is there (?:any )?truth (?:in|to) (?:that|this|it))\b"
)
_WORRY_WORD = rx.compile(r"\b(?:worr\w*|afraid|scared|fear\w*|concern\w*|nervous|don ?t want|dont wanna)\b")


# How the runner trains, told in the message, set against the article's rules: each (pattern, change).
_PRACTICES = (
    (
        rx.compile(r"\bbounc\w*|\bmomentum\b|\bswing\w* (?:the|my) weights?\b"),
        "No bouncing or momentum: every rep slow and controlled, lowering under control.",
    ),
    (
        rx.compile(
            r"\b(?:fast|quick|rapid|speedy) reps\b|\breps? (?:as )?(?:fast|quick)\w*\b|"
            r"\bas (?:fast|quick(?:ly)?) as (?:possible|we can|i can|you can)\b"
        ),
        "Slow reps, not fast ones: the article wants controlled movement, not speed.",
    ),
    (
        rx.compile(
            r"\b(?:to|until|till|til|into) (?:muscle )?(?:failure|exhaustion|collapse)\b|"
            r"\buntil (?:we|i|you) (?:can ?t|cannot|cant) (?:move|walk|stand|go on|do another)\b|"
            r"\buntil (?:we|i|you) drop\b|\bwreck(?:ed|s)? (?:my|our) legs\b"
        ),
        "Don't go to extremes: stop with form intact, at a load that tires you by 12–15 reps, 2–3 sets.",
    ),
    (
        rx.compile(
            r"\b(?:every ?day|daily|[4-7] (?:days|times|x) (?:a|per) week|[4-7]x (?:a |per )?week|"
            r"(?:four|five|six|seven) (?:days|times) (?:a|per) week)\b"
        ),
        "Twice a week (three at most) is enough: muscles get stronger in the rest between sessions.",
    ),
    (
        rx.compile(
            r"\b(?:super|really|very|crazy|max(?:imum)?|as) heavy(?: as (?:possible|i can))?\b|"
            r"\b(?:one|1) ?rep max\b|\bmax (?:weight|lifts?|out)\b"
        ),
        "Use weights you're comfortable with, tired by 12–15 good reps, not the most you can lift.",
    ),
    (
        rx.compile(r"\block(?:ing)? (?:my |our |the )?knees?(?: out)?\b|\block(?:ing)? out\b"),
        "Don't lock your knees: stop just short of straight.",
    ),
)
# "is this the right kind of training for me?", "is that good for a runner?", "should I change things?"
_REVIEW_ASK = rx.compile(
    r"\b(?:is|are|was) (?:this|that|it|these|those|what i m doing|what im doing) (?:\w+ ){0,2}"
    r"(?:right|good|ok|okay|fine|helping|smart|wise|sensible|useful|bad|wrong|the best|a good|the right|"
    r"doing (?:me )?any good)\b|"
    r"\bshould i (?:change|switch|rethink|adjust|fix) (?:things|anything|it|this|that|something|my)\b|"
    r"\bam i (?:doing (?:it|this|too much|something) (?:wrong|right)?|overdoing)\b|"
    r"\bdoing (?:it|this) (?:wrong|right)\b"
)


# An ask whose own words route nowhere ("is there an actual point?", "what would be reasonable for
# her?", "could that be the missing piece?") after a background about running or strength work: its
# subject is the message's, not a refusal.
_RUN_OR_LIFT_TOLD = rx.compile(
    r"\b(?:run|runs|running|runner|runners|ran|jog\w*|race\w*|racing|marathons?|5k|10k|parkrun|track|"
    r"cross country|xc|sprint\w*|pace|km|miles?|strength|lift\w*|weights?|gym|leg (?:work|day|exercises?)|"
    r"exercises?|drills?|squats?|lunges?|plyo\w*|hops?|hopping|jump\w*|bounding)\b"
)
_DOSE_WORDS = rx.compile(r"\b(?:dose|how much|how often|how many|how long|minimum|least|times a week)\b")
_WORTH_WORDS = rx.compile(
    r"\b(?:point|worth|help|helps|missing|benefit\w*|pay off|matter|difference|any use|any good|waste)\b"
)


# A leg part that feels wrong, told in plain words ("my right hip feels kind of tight", "my knee
# sometimes feels like it's not tracking straight", "ankles wobble on rough ground").
_PART_FELT = rx.compile(
    r"\b(?:knees?|kneecaps?|shins?|hips?|calf|calves|heels?|ankles?|hamstrings?|quads?|glutes?|thighs?|"
    r"achilles)\b(?: \w+){0,6} (?:tight|tightness|stiff|sore|aches?|aching|achy|hurts?|weak|wobbl\w*|"
    r"unstable|not tracking|tracking|gives? way|clicks?|clicking|twinge\w*|niggl\w*|battered|trashed|wrecked|"
    r"smashed|destroyed|complain\w*|grumbl\w*|playing up|acting up|flar\w*)\b"
)


# "Could that be the missing piece?", "would it make a difference?", "is it worth it?" straight after a
# sentence that tells strength work: whether strength work pays (not a bulk or pain question).
_SESSION_LENGTH_LEAD = "A Legwork session has 4 to 6 exercises"
# An ask for the reason only ("why would...", "how come...", "what's the mechanism?").
_WHY_ONLY = rx.compile(
    r"^(?:(?:so|but|and|ok|okay|then|really) )*(?:why|how come|in what way)\b|"
    r"\b(?:mechanism|pathway|physiology|the science)\b"
)
_PRONOUN_PAYOFF = rx.compile(
    r"^(?:(?:so|and|but|honestly|really|then) )*(?:could|would|will|can|might|is|does|do|was)n?t? "
    r"(?:that|it|this|those|these|they)\b(?!.*\b(?:slow\w*|bulk\w*|heavy|hurt\w*|pain\w*|ache\w*|sore\w*|"
    r"injur\w*|why|cause\w*|too much|too many|(?:matter|difference)\w* (?:if|whether|when|what|which))\b)"
    r".*\b(?:point|worth|help|helps|missing|benefit\w*|pay off|pays off|matter|difference|any use|any good|"
    r"answer|key|fix|solution)\b"
)
# (r16 wb) An injury the article covers, named anywhere in the message ("shin splints keep coming back
# even after new shoes"): the story is on topic even when a shoe or kit word is in it.
_COVERED_INJURY_TOLD = rx.compile(
    r"\b(?:"
    + "|".join(
        sorted(
            {re.escape(normalize(n)) for i in INJURIES.values() for n in (i.name, *i.aliases) if " " in n},
            key=lambda n: (-len(n), n),  # (ties by text: one pattern and rx_table key in every process)
        )
    )
    + r")\b"
)
_STRENGTH_SAID = rx.compile(
    r"\b(?:strength|lift|lifted|lifting|weights|weight training|leg (?:work|day|exercises|workouts?)|"
    r"gym work|squats?|the gym)\b"
)


def _describes(topic_id: str, sentence: str) -> bool:
    """Does a sentence describe this exercise: its name, or two of the content words its steps use
    ("jump off one foot and land on that same foot" is skipping's; "one leg" alone is no move)?"""
    ex = EXERCISES.get(topic_id.split(":", 1)[1]) if topic_id.startswith("exercise:") else None
    if ex is None:
        return False
    told = normalize(sentence)
    if says_exercise(topic_id, told):
        return True
    own = {w.rstrip("s") for w in normalize(" ".join((ex.name, *ex.steps))).split() if w not in STOPWORDS}
    said = {w.rstrip("s") for w in told.split() if w not in STOPWORDS and w not in ("leg", "one", "other")}
    return len(own & said) >= 2


# A pointing word standing for a move an earlier ask named ("will they help my shin splints?").
_THEY = rx.compile(r"\b(?:they|them|those|these|it)\b", re.IGNORECASE)


# An enumerated list of asks: "1) ... 2) ...", "1. ... 2. ...", "a) ... b) ...".
_NUMBERED = rx.compile(r"(?:^|(?<=\s))(?:[1-5]|[a-c])[).](?=\s)\s*")


# An ask for what to do ("what strength work should I keep doing?", "which exercises?", "what would
# you have me do?", "what helps?"), and the asks that name their own subject (a time, kit, a place).
_WHAT_TO_DO = rx.compile(
    r"\b(?:what|which) (?:\w+ ){0,2}(?:work|exercises?|moves?|training|stuff|strength)\b|"
    r"\bwhat (?:should|can|could|do|would) (?:i|we) (?:\w+ ){0,2}(?:do|doing|add|focus on|work on)\b|"
    r"\bwhat (?:would|will|do) you (?:have|get|make) (?:me|us) (?:do|doing)\b|"
    r"\bwhat (?:\w+ )?(?:helps?|would help|will help|can help)\b|\banything (?:i|we) (?:can|could) do\b"
)
_OWN_SUBJECT = rx.compile(
    r"\b(?:when|how often|how many|how long|how much|home|gym|race|day|days|week|weeks|before|after|"
    r"warm|stretch\w*|machines?|weights?|dumbbells?|age|old|heavy)\b"
)


# A part told as beaten up or misbehaving over time ("shins always battered after descents", "my knee
# starts complaining downhill"): a symptom in runners' words (not a session's soreness).
_PART_BEATEN = rx.compile(
    r"\b(?:knees?|shins?|hips?|calf|calves|heels?|ankles?|hamstrings?|quads?|glutes?|achilles)\b"
    r"(?: \w+){0,3} (?:battered|trashed|wrecked|smashed|destroyed|complain\w*|grumbl\w*|playing up|"
    r"acting up|flar\w*|not tracking|gives? way)\b"
)


def _told_pieces(background: str) -> list[str]:
    """The background's sentences and clauses; a piece of one or two words is joined to the next one
    ("quads and shins always battered": "quads" alone tells nothing, the battering is both's)."""
    pieces = [p for p in rx.split(r"(?<=[.!])\s+|,\s*|\s+(?:and|but)\s+", background) if p]
    out: list[str] = []
    carry = ""
    for p in pieces:
        if len(p.split()) <= 2 and not p.rstrip().endswith((".", "!")):
            carry = f"{carry}{p} and "
            continue
        out.append(f"{carry}{p}")
        carry = ""
    if carry:
        out.append(carry[: -len(" and ")])
    return out


# A verb whose object the pointing word is: "what exercises help it", "how do I keep them balanced".
_ACTED_ON = rx.compile(
    r"\b(?:help|helps|fix|fixes|strengthen|train|work|keep|balance|prevent|treat|target|stretch|build|"
    r"protect|ease)\s*$"
)


def _said_subject(plain: str) -> str | None:
    """What an ask names as its subject, said as a runner would: one exercise, a titled topic, an
    injury by name, or the muscles it names ("the quads and hamstrings"); None for none or several."""
    exercises = named_exercises(plain)
    if exercises:
        return (topic_title(exercises[0]) or "").lower() or None if len(set(exercises)) == 1 else None
    topic = named_topic(plain)
    if topic:
        return (topic_title(topic) or "").lower() or None
    if rx.search(r"\b(?:plyos?|plyo \w+|jump training)\b", plain):
        return "plyometrics"  # (the runner's short name for the titled topic)
    for inj in INJURIES.values():
        if any(f" {normalize(n)} " in f" {plain} " for n in (inj.name, *inj.aliases)):
            return inj.name.lower()
    muscles = [m.group(0) for w, _ in MUSCLE_WORDS if (m := rx.search(rf"\b(?:{w})\b", plain))]
    # (one muscle named is the follow-up's context already; two named at once are what "them" says)
    if len(muscles) >= 2 and not rx.search(r"\b(?:leg|legs)\b", " ".join(muscles)):
        return "the " + " and ".join(muscles)
    return None


# An ask for moves: "what are the first exercises I should learn?", "which moves?", "any exercises?"
# ((r20 tq) "move" the noun, not the verb: "how fast should I move on those?" asks the tempo)
_EXERCISES_ASKED = rx.compile(
    r"\b(?:exercises?|moves|(?:a|the|which|what|one|any|best|good|this|that|each|every|first|other|new) move|"
    r"drills?|routine|workouts?)\b"
)


def _names_a_move(text: str) -> bool:
    """Does a reply name at least one exercise?"""
    return bool(named_exercises(normalize(text)))


_BARE_ORDER = rx.compile(
    r"^(?:(?:and|so|but|also) )?(?:in )?(?:what|which) order(?: (?:should|do) (?:i|we) (?:do|go in)"
    r"(?: them| these| those)?)?(?: (?:is )?best)?\W*$"
)
_RUN_WORD = rx.compile(r"\b(?:run|runs|running|jog|jogs|jogging|tempo|intervals|parkrun|long run|\d+ ?k)\b")


# A plan asked for in so many words: "what would a simple plan look like?", "give me a routine".
_PLAN_ASKED = rx.compile(
    r"\b(?:(?:what|how) (?:would|should|could|does|do|might) (?:a|an|my|the) (?:\w+ ){0,2}"
    r"(?:plan|routine|programme|program|schedule|week)s? look like|"
    r"(?:give|send|write|make|build|suggest|recommend|need|want) (?:me |us )?(?:a|an) (?:\w+ ){0,2}"
    r"(?:plan|routine|programme|program)s?)\b"
)


def told_only(message: str) -> bool:
    """A message of two or more statements that asks nothing (no "?", no sentence opening as a
    question): "...my knee feels like it's not tracking. I don't really know what to ask."."""
    if "?" in message or rx.search(
        r"[,;:\u2013-]\s*(?:(?:so|and|but|ok) )?(?:how|what|whats|why|which|when|where|is|are|do|does|did|"
        r"can|could|should|will|would|any)\b",
        message.lower(),
    ):
        return False  # ("feet are ok now, does calf work help the feet at all": a question in a clause)
    sentences = [normalize(x) for x in SENTENCE.split(message.strip()) if normalize(x)]
    return len(sentences) >= 2 and not any(
        x.split()[0] in QUESTION_START or rx.match(r"(?:so|and|but|ok) (?:how|what|why|is|can|should)\b", x)
        for x in sentences
    )


_START_ASKED = rx.compile(r"\b(?:start\w*|begin\w*|progress\w*|first|build up|get going)\b")


def _subject_of(
    ask: str, background: str, plain: str, answer_fn: Ask, engine: Engine, specific: bool = False
) -> Answer | None:
    """The ask answered about the message's subject when its own words route nowhere: a move, muscle
    or symptom the background describes (nearest the ask first), then a young runner's guidance,
    then strength work itself by what the ask wants (how much, whether it pays, where to start)."""
    if not background.strip() or not _RUN_OR_LIFT_TOLD.search(plain):
        return None
    a_plain = normalize(ask)
    if len(a_plain.split()) < 3:
        return None  # ("Cuantas... sorry, how many...": "sorry" asks nothing)
    for sentence in reversed(SENTENCE.split(background)):
        if len(sentence.split()) < 4:
            continue
        got = answer_fn(SHIN.sub("shin", sentence))
        if not got.found or got.off_topic or not got.topic:
            continue
        if specific and not _describes(got.topic, sentence):
            continue
        if got.topic.startswith(("exercise:", "muscle:", "injury:")):
            named = not got.topic.startswith("injury:") or any(
                f" {normalize(n)} " in f" {plain} " for n in injury_names(got.topic)
            )
            composed = engine.compose_for(got.topic, ask, named=named)
            if composed is not None and composed.found:
                trace("subject_of", got.topic)
                return composed
    if specific:
        return None
    if YOUNG.search(plain) or YOUNG_AGE.search(plain):
        trace("subject_of", "young")
        return Answer(YOUNG_TEXT, "rule:routine", True, (), topics=("rule:routine",), context="rule:routine")
    if _DOSE_WORDS.search(a_plain) or ask_of(ask).kind == "dose":
        topic, said = "rule:frequency", "how often should runners do strength training, and how long?"
    elif _SPEED_GOAL.search(plain) and rx.match(r"(?:(?:so|and|but|ok|then) )*(?:what|which)\b", a_plain):
        # (r15 yb) "I want sub 50 for 10k by spring. What would make a difference?": what to do for the
        # speed goal told (the picks for speed), not a "Yes" to a worth-it nobody asked
        topic, said = "rule:why_strength", f"{ask.rstrip(' ?.')} to get faster, what exercises?"
    elif _WORTH_WORDS.search(a_plain) or ask_of(ask).yesno or ask_of(ask).kind in ("why", "check"):
        topic, said = "rule:why_strength", f"{ask.rstrip(' ?.')}: is strength training worth it for runners?"
    else:
        topic, said = "", "What beginner routine should I start with?"
    trace("subject_of", topic or "start")
    out = engine.compose_for(topic, said) if topic else answer_fn(said)
    return out if out is not None and out.found and not out.off_topic else None


# A speed or time goal told: a PB, faster, a time to get under.
_SPEED_GOAL = rx.compile(
    r"\b(?:pb|pbs|pr|prs|personal best|faster|quicker|(?:under|sub|break|breaking|beat|beating) \d[\d:.]*|"
    r"goal time|target time)\b"
)


def _practice_review(message: str, asks: list[str], background: str) -> str | None:
    """ "A legs class: bouncing squat jumps, fast reps, until we can't move. Is this right for me?":
    what in the training told goes against the article, one line each, under a verdict that fits the
    ask ("is this right?" -> not as it stands; "am I overdoing it?", "should I change?" -> yes)."""
    told = normalize(background)
    if not told or not asks:
        return None
    checks = [normalize(a) for a in asks if _REVIEW_ASK.search(normalize(a))]
    if not checks:
        return None
    # (only what the runner told they do: "is it ok to bounce?" alone is the slow-and-controlled rule's)
    changes = [change for pat, change in _PRACTICES if pat.search(told)]
    if not changes:
        return None
    fault = rx.search(r"\b(?:bad|wrong|overdo\w*|too much|change|switch|rethink|adjust|fix)\b", checks[0])
    if len(changes) == 1:
        return f"{'Yes' if fault else 'Not quite'}. {changes[0]}"
    lead = "Yes, change it" if fault else "Not as it stands"
    body = "\n".join(f"• {c}" for c in changes[:4])
    return f"{lead}: for runners, strength work should be controlled and moderate.\n{body}"


# "is it doing anything?", "does that count?", "is this worth it?": a yes/no about what was told.
_ABOUT_TOLD_MOVE = rx.compile(
    r"^(?:so |but |and )?(?:is|does|do|will|would|could|can) (?:that|it|"
    r"this)\b(?! (?:ok|okay|fine|safe) to\b)"
    r"(?!.*\b(?:because|why|stuff|routines?|workouts?|training|sessions?|weights?|machines?)\b)"
)


# "is that good for runner's knee?", "will it help my shins?": a told move asked about for a part or injury
_GOOD_FOR_IT = rx.compile(
    r"^(?:so |but |and )?(?:is|are|does|do|will|would|could|can) (that|it|this|they|those)\b"
    r"(?=.*\b(?:good|ok|okay|bad|safe|useful|helpful|help|helps|enough) (?:for|with)\b|"
    r".*\bhelp (?:my|with)\b)",
    re.IGNORECASE,
)


# (r19 tg) "that exercise", "this move": the one move the story told
_THAT_MOVE = rx.compile(r"\b(?:that|this) (?:exercise|move|one|drill|lift)\b")


def _told_moves(background: str, aliases: bool = False) -> list[str]:
    """The exercises the background names by their own name ("I've started doing hill repeats"), not
    ones a word of it only leans towards ("the big hill on campus"); with ``aliases``, a two-word alias
    counts as its own name too ("leg extensions" for the quadriceps extension)."""
    told = normalize(background)
    return [
        t
        for t in dict.fromkeys(named_exercises(told))
        if t.startswith("exercise:")
        and any(
            normalize(n).removesuffix("s") in told
            for n in (
                EXERCISES[t[9:]].name,
                *(a for a in EXERCISES[t[9:]].aliases if aliases and " " in a.strip()),
            )
        )
    ]


# "...for each?", "for both of them": the moves the story told, each
_EACH_ASKED = rx.compile(r"\b(?:each|both|them|these|those|either|the two)\b")
# how to do a move well: its cues, form, steps, how to explain it
_FORM_ASKED = rx.compile(
    r"\b(?:cues?|form|technique|steps?|explain|describe|teach|coach|say|tips?|pointers?|key points?|"
    r"how (?:do|to|should|would) (?:i|you|we|they)? ?(?:do|perform|explain|teach|coach|cue))\b"
)


# A worry about getting bulky or slow, said in any part of the message.
_SLOW_WORRY = rx.compile(
    r"\b(?:wont|not|dont wanna|dont want to|without|no|never) (?:\w+ ){0,3}(?:slow\w*|"
    r"swole|bulk\w*|big and slow|"
    r"heavy and slow)\b"
)
_SPRINTERS = rx.compile(r"\bsprint(?:ers?|ing)\b")
_DISTANCE_RUNNERS = rx.compile(
    r"\b(?:distance|endurance|marathon|long ?distance|5k|10k|cross country|xc)"
    r"(?: runners?| people| folks?| guys| types?)\b|"
    r"\bmarathoners?\b|\bdistance\b"
)
_BOTH_KINDS = rx.compile(
    r"\b(?:both|each|alike|same|equally)\b|"
    r"\bsprint\w*(?: \w+){0,3} (?:and|or|vs|versus|as well as)(?: \w+){0,3} "
    r"(?:distance|endurance|marathon\w*|long distance)\b|"
    r"\b(?:distance|endurance|marathon\w*)(?: \w+){0,3} (?:and|or|vs|versus|as well as)"
    r"(?: \w+){0,3} sprint\w*"
)
_ANY_HURT = rx.compile(r"\b(?:tore|torn|injur\w*|pain\w*|hurts?|hurting|sore|ache\w*|pulled|strain\w*)\b")
BOTH_RUNNERS_TEXT = (
    "Yes, both. Sprinters get a more explosive start and faster times. Distance runners get muscles that use "
    "oxygen more efficiently and tire later, a longer stride, steadier form, easier hills and fewer injuries."
)
_JOINED_ASK = rx.compile(r"\b(?:and|also|plus) (?:will|would|does|do|is|can|could|should)\b")
BULK_LINE = "with a balanced programme, lifting won't bulk you up or slow you down."


def _with_line(text: str, line: str) -> str:
    """``text`` with ``line`` put before its pointer lines ("Try one: /workout home")."""
    lines = text.split("\n")
    at = next((i for i, x in enumerate(lines) if POINTER.match(x)), len(lines))
    lines.insert(at, line)
    return "\n".join(lines)


# (xb) A question told inside a statement: "not sure whether I lift my hips first or the leg first",
# "we argue about whether to lift before or after a run", "I wonder if I should do them daily".
_INDIRECT = rx.compile(
    r"\b(?:not sure|never sure|unsure|wonder(?:ing)?|dont know|do not know|no idea|cant decide|cant work out|"
    r"confused (?:about|as to)|argue\w* (?:about|over)|debat\w*|disagree\w* (?:about|on|over)|"
    r"curious|clueless (?:about|as to)|never know)"
    r"(?: (?:about|as to|on|over))? "
    r"(?P<wh>whether|if|how|what|when|which|where|why)\b(?P<rest>(?: [\w']+){2,16})"
)
_WH_TO = {
    "how": "how do I",
    "what": "what should I",
    "when": "when should I",
    "which": "which should I",
    "where": "where should I",
    "why": "why should I",
}


def _indirect_ask(sentence: str) -> str | None:
    """The direct question a told sentence holds ("...not sure whether I lift my hips first or the leg
    first" -> "do I lift my hips first or the leg first?"), or None."""
    m = _INDIRECT.search(normalize(sentence))
    if m is None:
        return None
    wh, rest = m.group("wh"), m.group("rest").strip()
    words = rest.split()
    if words[0] == "to":  # "whether to lift before or after", "how to brace the chair"
        body = " ".join(words[1:])
        lead = "should I" if wh in ("whether", "if") else _WH_TO[wh]
        return f"{lead} {body}?"
    if wh in ("whether", "if"):
        if words[0] in ("i", "we") and len(words) > 2:
            if words[1] in ("should", "can", "could", "need", "must"):
                verb = "do" if words[1] == "need" else words[1]
                tail = " ".join(words[2:]) if verb != "do" else " ".join(["need", *words[2:]])
                return f"{verb} {words[0]} {tail}?"
            if words[1] in ("am", "was", "m"):
                return f"am I {' '.join(words[2:])}?"
            return f"do {words[0]} {' '.join(words[1:])}?"
        if words[0] in ("its", "it", "that", "this", "strength", "lifting", "running", "my"):
            return f"is {' '.join(words)}?"
        return None
    return f"{wh} {rest}?"


def _line_said(line: str, before: str) -> bool:
    """Is a short supporting line ("Key cue: brace the chair against a wall") already said in ``before``?"""
    words = [w for w in normalize(line).split() if w not in STOPWORDS and len(w) > 3]
    if not 2 <= len(words) <= 10 or rx.search(r"\d", line):
        return False
    said = normalize(before)
    hits = sum(_starts_a_word(w[:4], said) for w in words)
    # (a short line needs fewer: "After: run first, then the strength work." after "...run first")
    return 5 * hits >= (3 if len(words) <= 6 else 4) * len(words)


def _indirect_after(out: Answer, asks: list[str], background: str, answer_fn: Ask, engine: Engine) -> Answer:
    """The reply with each question told inside the background answered after it, in order (at most
    three asks in all), when that answer says something the reply has not."""
    if not background or len(asks) >= MAX_ASKS:
        return out
    told = SENTENCE.split(background)
    direct = [d for x in told if (d := _indirect_ask(x)) is not None]
    if not direct:
        return out
    text = out.text
    topics = list(out.topics)
    plain_told = " ".join(x for x in [*told, *asks] if _indirect_ask(x) is None)
    moves = list(dict.fromkeys(named_exercises(normalize(plain_told))))
    if not moves and (out.context or "").startswith("exercise:"):
        moves = [out.context or ""]
    for d in direct[: MAX_ASKS - len(asks)]:
        d_plain = normalize(d)
        if set(d_plain.split()) & {"it", "that", "this", "those", "these", "them", "they", "ones"}:
            continue  # ("no idea where it fits", "which ones are for the legs": the reply's own subject)
        if _names_a_move(text) and (
            OPEN.search(d_plain) or rx.search(r"\b(?:work on|focus on|target|train|do for)\b", d_plain)
        ):
            continue  # ("don't know which part of me to work on. Any ideas?": the moves given are that)
        if len(moves) == 1 and not named_exercises(normalize(d)) and moves[0][9:] in EXERCISES:
            # ("I do bridges. Not sure how long to hold each one": the one move the message is about)
            d = f"{d.rstrip(' ?')} in the {EXERCISES[moves[0][9:]].name.lower()}?"
        # (it leans on what the reply was about: "...the chair slides. Not sure whether I lift my hips
        # or the leg first" is about the hamstring push-up)
        more = respond(d, out.context, answer_fn, engine, depth=1)
        if not more.found or more.off_topic or not more.topics or more.text in text:
            continue
        if _restates(more.text, [text]):
            continue
        if _adds_nothing(more.text, text):
            continue
        trace("indirect_ask", d)
        body = [x for x in text.split("\n") if not POINTER.match(x)]
        more_body = [
            x
            for x in more.text.split("\n")
            if not POINTER.match(x) and x not in body and not _line_said(x, text)
        ]
        if not more_body:
            continue
        pointers = [x for x in (*text.split("\n"), *more.text.split("\n")) if POINTER.match(x)]
        text = "\n".join(body) + "\n\n" + "\n".join(more_body)
        if pointers:
            text += "\n" + "\n".join(list(dict.fromkeys(pointers))[:2])
        topics += [t for t in more.topics if t not in topics]
    if text == out.text:
        return out
    return replace(out, text=text, topics=tuple(topics[:3]))


# (r16 ze) The ask a situational reply on this topic answers, when it isn't the first one.
_COVERS_OF = {
    # (r17 ue) "Could leg strength help and when would I even fit it in?": the week's plan covers the
    # fitting-in, so the "could it help" before it is still answered
    "rule:frequency": rx.compile(
        r"\bhow (?:often|many (?:times|days|sessions))\b|\b(?:fit|slot|squeeze|schedule)\b"
    ),
    # (r16 wb) "Do I stretch before or after? And is a jog a good warm-up?": the warm-up's reply covers
    # the warm-up ask, the stretch ask before it is answered first
    "rule:warm_up": rx.compile(r"\bwarm ?ups?\b|\bwarming up\b"),
    # (r19 th) "I stoop late in races. Is that down to weak muscles, and what should I do?": the glute, hip
    # and one-legged plan answers both the cause and what to do
    "rule:running_form": rx.compile(
        r"\bwhat (?:should|can|do|would|could) i\b|\bwhat (?:would|will|can|could|might) help\b|"
        r"\bhow (?:do|can|should|would) i (?:fix|stop|sort|improve|hold|keep|correct)\b|"
        r"\b(?:fix|help|sort)\b|"
        r"\b(?:weak\w*|strength|cause\w*|connected|linked|related|down to|focus|work on|muscles?)\b"
    ),
}


# (r15 xe) Too old or too late to start, asked or told beside a plan request: never, said first.
_TOO_LATE = rx.compile(
    # (r16 ze: "too late to start before the race?" asks about the race date, not the runner's age)
    r"\btoo old\b|\btoo late\b(?!.{0,40}\b(?:before (?:the|my|a|race)|race|marathon|half|\d+ ?k|this close|"
    r"so close|in time for)\b)|\b(?:past it|over the hill) (?:to|for)\b|\bat my age\b(?= .{0,40}\b(?:start|"
    r"begin|lift|late)\w*)|"
    # (r18 ta) "is it ok to begin strength training at my age?": the start said before the age
    r"\b(?:start|begin)\w* (?:\w+ ){0,4}at my age\b"
)
_TOO_LATE_RACE = rx.compile(
    r"\btoo late\b(?=.{0,40}\b(?:before (?:the|my|a|race)|race|marathon|half|\d+ ?k|this close|so close|"
    r"in time for)\b)"
)
TOO_LATE_LEAD = (
    "No, it's never too late: you can start at any age, and stronger legs help at any age. Start light "
    "and build up gradually (check with your doctor first if you have a health condition)."
)

# (r18 ta) "is it safe for me to start lifting at my age?", "can I still start at 63?": no worry of
# being too old put, so the same verdict the other way up ("No, it's never too late" answered "safe?" No)
_OLD_ASKED = rx.compile(r"\b(?:too old|too late|past it|over the hill|pointless|waste of time|no point)\b")


def _age_lead(plain: str) -> str:
    """The age verdict, its "No" for "too old?" and "Yes" for "is it safe / can I at my age?"."""
    return TOO_LATE_LEAD if _OLD_ASKED.search(plain) else "Yes, i" + TOO_LATE_LEAD[5:]


# (r15 xe) Two kinds of spent legs with their own answer, not a routine or a rule: bonking ("hit the
# wall at 30k"), which is fuel and endurance (the article doesn't cover it; strength helps the legs
# resist fatigue), and legs that die on descents (the quads absorb the landing: their strength,
# lowered under control).
_BONK = rx.compile(
    r"\b(?:bonk\w*|hit(?:s|ting)? (?:the|a) wall|glycogen|run(?:s|ning)? out of (?:gas|fuel|energy|steam)|"
    r"running on empty)\b"
)
_DESCENT = rx.compile(
    r"\b(?:descents?|descending|downhills?|down ?hill|going down (?:hills?|the hill)|runn\w* down (?:hills?|"
    r"the hill)|hill (?:descents|downs))\b"
)
_SPENT = rx.compile(
    r"\b(?:die|dies|dying|died|dead|trash\w*|smash\w*|wreck\w*|shot|jelly|destroy\w*|cooked|fried|toast|"
    r"give out|"
    r"gives out|gave out|burn\w*|fatigu\w*|tired?|struggl\w*|weak|sore|shaky|battered|hammered|"
    r"pounded|pounding|suffer\w*|blown|fall apart|falls apart|fell apart)\b"
)
_SPENT_ASK = rx.compile(
    r"\b(?:help|fix|stop|prevent|what|how|which|should|would|could|can|any|tips?|ideas?|advice|why|do)\b"
)
# The asks a descent reply answers: whether strength work helps, and which moves.
_DESCENT_HELP = rx.compile(
    r"\b(?:help\w*|which (?:\w+ )?(?:exercises?|moves?)|what (?:\w+ )?(?:exercises?|moves?|strength work))\b"
)
BONK_TEXT = (
    "Partly. Bonking (hitting the wall) is mostly about fuel and endurance: eating and drinking on long "
    "runs and building your long runs up gradually, which the article doesn't cover. Strength work "
    "helps with the rest: well-trained muscles use oxygen more efficiently and tire more slowly, so "
    "your legs and form hold up better late in a race. Two short sessions a week, off your hard-run days."
)
DESCENT_TEXT = (
    "Downhills load your quads hardest: they steady the knee and absorb the shock of every landing, "
    "and your calves take impact too. Build that strength with squats, lunges and step-ups, lowering "
    "slowly and under control (step down off the box, don't drop), plus calf raises, 2–3 sets of "
    "12–15, twice a week. Practising some downhill running on easy days helps your legs get used to it."
)


_LATE = rx.compile(
    r"\b(?:last|final|closing) (?:\d+ ?(?:k|km|kms|miles?)|few (?:k|km|miles)|stretch|stages?|part|third|"
    r"quarter|half|mile|miles|kilometres?)\b|"
    r"\b(?:late|end) (?:in|of) (?:the |a |my )?(?:race|run|long runs?|marathons?|halfs?|half marathons?)\b"
)
# (r17 uf) "legs are cooked after every long run": the legs spent by the long run itself (a part named,
# "hips feel dead on long runs", is that part's own question)
_LATE_LONG = rx.compile(
    r"^(?!.*\b(?:hips?|glutes?|butt|bum|calf|calves|quads?|hamstrings?|knees?|shins?|feet|ankles?|back)\b)"
    r".*\b(?:after|by the end of|on|during) (?:every |each |all |my |a |the |those |these )*"
    r"(?:long runs?|long ones|marathons?|ultras?)\b"
)
LATE_TEXT = (
    "Yes: stronger legs tire more slowly, because well-trained muscles use oxygen more efficiently, and "
    "they hold your form together late in a race or long run. Two short strength sessions a week (15 to 20 "
    "minutes) on your easier days build that."
)
CLIMB_CALVES_TEXT = (
    "Calf raises and hill repeats, twice a week. Calf raises off the edge of a step, 2–3 sets of 12–15, "
    "moving to one leg at a time as they get easy; hill repeats, 5–8 hard climbs of a 5–10% grade, "
    "jogging back down between them. Stronger calves tire more slowly and push you up the climbs."
)
LATE_MOVES_TEXT = (
    "Step-ups, one-legged squats, lunges, calf raises, bridges and hamstring push-ups, 2–3 sets of 12–15, "
    "in two short sessions a week (15 to 20 minutes) on easier days. Stronger legs tire more slowly, "
    "because well-trained muscles use oxygen more efficiently, and they hold your form together late in "
    "a long run."
)
LATE_WHY_TEXT = (
    "Because well-trained muscles use oxygen more efficiently and are slower to fatigue, so the same pace "
    "costs stronger legs less and they still have something left late in a run; they also hold your form "
    "upright as you tire."
)
_KIT_TOLD = rx.compile(
    r"\b(?:gym|machines?|dumbbells?|kettlebells?|barbells?|weights|bands?|home (?:setup|gym)|"
    r"session look like|routine|programme|program)\b"
)
_WOBBLY = rx.compile(r"\b(?:wobbl\w*|unstable|unsteady|balance|rolling (?:my )?ankles?|ankles? roll\w*)\b")
WOBBLY_LINE = (
    "For wobbly knees or ankles, add one-legged balance work: calf raises and squats on one leg, a hand "
    "on a wall at first."
)


def _spent_near(plain: str) -> bool:
    """A spent word within a few words of the descent ("quads get trashed on the downhills")."""
    if rx.search(
        r"\b(?:descents?|downhills?) (?:are|is|feel|feels)? ?(?:fine|ok|okay|easy|good|no problem)\b", plain
    ):
        return False  # ("I struggle on the climbs but descents are fine")
    words = plain.split()
    down = [i for i in range(len(words)) if _DESCENT.match(" ".join(words[i : i + 3]))]
    up = [i for i, w in enumerate(words) if rx.match(r"(?:climbs?|climbing|uphills?|inclines?)$", w)]
    spent = [i for i, w in enumerate(words) if _SPENT.search(w)]
    return any(abs(a - b) <= 7 and all(abs(c - b) > abs(a - b) for c in up) for a in down for b in spent)


def _spent_legs(plain: str) -> tuple[str, str, str] | None:
    """Bonking or legs that die on descents, asked about: (kind, reply, context topic), or None."""
    if not _SPENT_ASK.search(plain):
        return None
    climbs = rx.search(r"\b(?:up ?hills?|climbs?|climbing|inclines?|power up)\b", plain)
    if _BONK.search(plain) and not climbs:
        return ("bonk", BONK_TEXT, "rule:why_strength")
    if (
        (_LATE.search(plain) or _LATE_LONG.search(plain))
        and rx.search(
            r"\b(?:dead|die|dies|dying|go|goes|gone|went|fade\w*|heavy|jelly|tired?|tiring|sore|give out|"
            r"gives out|gave out|cooked|toast|shot|fall apart|falls apart)\b",
            plain,
        )
        and (
            rx.search(r"\b(?:help|fix|stop|prevent|improve)\w*\b", plain)
            # (r16 wd) a why about strength ("why would stronger legs ...?"), not about tiring itself
            or (
                rx.search(r"\b(?:why|how come)\b", plain)
                and rx.search(r"\b(?:strong\w*|strength|lift\w*|weights|leg work|muscles?)\b", plain)
            )
        )
        and not climbs
        # ("my hips ache": the pain told is its own question; "legs are sore on the last 5k" is fatigue)
        and not rx.search(r"\b(?:pain\w*|aches?|aching|achy|hurt\w*|niggl\w*|injur\w*)\b", plain)
    ):
        if rx.search(r"\b(?:why|how come)\b", plain):
            # (r16 wd) "why would stronger legs make me less tired late in a run?": the because
            return ("late", LATE_WHY_TEXT, "rule:why_strength")
        if rx.search(
            r"\b(?:what|which|any)\b(?: \w+){0,2} (?:strength|exercises?|moves?|stuff|work|things)\b", plain
        ):
            # (r17 uf) "what strength stuff actually helps?": the moves, not only that it helps
            return ("late", LATE_MOVES_TEXT, "rule:why_strength")
        return ("late", LATE_TEXT, "rule:why_strength")
    if _KIT_TOLD.search(
        rx.sub(r"\b(?:no|never|without|not|dont|cant)\b(?: \w+){0,3}? (?:gym|weights|machines)\b", " ", plain)
    ):
        return None  # (the kit told shapes a plan for the part: "...gym access, what should i do")
    if (
        climbs
        and rx.search(r"\b(?:calf|calves)\b", plain)
        and not rx.search(r"\b(?:quads?|hamstrings?|glutes?|hips?|knees?|shins?|achilles|ankles?)\b", plain)
        # (spent outright: "calves burn" on a climb keeps the calves' own card)
        and rx.search(
            r"\b(?:toast|cooked|dead|die|dies|dying|trashed|fried|shot|wrecked|destroyed|blown|smashed|"
            r"give out|gives out|gave out|are sore|gone)\b",
            plain,
        )
        and not rx.search(r"\b(?:pain\w*|hurt\w*|niggl\w*|injur\w*|cramp\w*|tear|torn|pull\w*)\b", plain)
    ):
        # (r17 uf) "calves are toast on every climb, fix?": the calves' strength work and the hills
        return ("climb", CLIMB_CALVES_TEXT, "muscle:calves")
    if _DESCENT.search(plain) and _SPENT.search(plain) and _spent_near(plain):
        if _WOBBLY.search(plain):
            return ("descent", f"{DESCENT_TEXT} {WOBBLY_LINE}", "muscle:quads")
        return ("descent", DESCENT_TEXT, "muscle:quads")
    return None


# (r19 tg) "I did my first parkrun on Saturday and my legs were like jelly afterwards. Is that normal, and
# should I be doing leg exercises?": legs spent by a run or race just done (not one ahead), asked whether
# that's normal or whether strength work is the answer
_LEGS_SPENT_TOLD = rx.compile(
    r"\b(?:legs?|quads|thighs|calves) (?:\w+ ){0,2}?(?:were|are|was|felt|feel|went|go|turned|turn)(?: to)? "
    r"(?:\w+ )?(?:like )?(?:jelly|dead|wrecked|shot|weak|wobbly|shaky|heavy|gone|destroyed|noodles|rubber|"
    r"cooked|toast|trashed)\b"
)
_EFFORT_DONE = rx.compile(
    r"\b(?:did|done|ran|run|finished|completed|raced|after|afterwards|post)\b (?:\w+ ){0,3}?"
    r"(?:parkrun|race|5k|10k|half|marathon|run|ultra|event)\b|\bafterwards\b|\bafter (?:it|that)\b"
)
_NORMAL_OR_LIFT_ASK = rx.compile(
    r"\b(?:normal|common|usual|expected|to be expected|okay|ok)\b|"
    r"\b(?:should|do|would|could|must|need to|will) (?:i|it) (?:\w+ ){0,2}?(?:lift|strength|weights|gym|"
    r"leg (?:exercises?|work|day|sessions?)|exercises?|squats?|strengthen)\b|\bhelp\b"
)
AFTER_EFFORT_NORMAL = (
    "Yes, that's normal after a hard effort when you're new to it (general experience, not the article's). "
)
AFTER_EFFORT_TEXT = (
    "Yes, leg exercises help: running builds endurance but is an inefficient way to build strength, and "
    "well-trained muscles are slower to fatigue. Start with two short sessions a week (15 to 20 minutes) of "
    "the bodyweight basics, on easy days and not the day before a race.\nTry one: /workout home"
)


def _after_effort(plain: str, asks: list[str]) -> bool:
    """Legs spent by a run or race just done, asked whether that's normal or strength work helps."""
    return bool(
        _LEGS_SPENT_TOLD.search(plain)
        and _EFFORT_DONE.search(plain)
        and asks
        and all(_NORMAL_OR_LIFT_ASK.search(normalize(a)) for a in asks)
        and not rx.search(
            r"\b(?:pain\w*|hurt\w*|injur\w*|ache\w*|aching|sore|tomorrow|tmrw|next (?:week|weekend|month)|"
            r"coming up|upcoming|this (?:saturday|sunday|weekend)|day before)\b",
            plain,
        )
    )


_WHAT_IS_ASK = rx.compile(
    r"^(?:(?:so|and|ok|okay|but|hey) )*(?:whats|what is|what are|wats|wat is)\b|\btell me about\b"
)
# An ask for the steps themselves ("how do I do it?", "what's the technique?"): the card stays whole.
_STEPS_ASKED = rx.compile(
    r"\bhow (?:do|should|would|can) (?:i|you|u) (?:do|perform)\b|\b(?:steps?|technique|form|instructions?)\b"
)


# (r19 tk) The front and back of the thigh told as unequal ("quads massive compared to my hamstrings",
# "thighs huge at the front but the back of my legs is weak"), and a vague ask about it.
_QUAD_SIDE = (
    r"(?:quads?|quadriceps|front of (?:my |the )?(?:thighs?|legs?)|thighs? (?:\w+ ){0,2}(?:at|in) the front)"
)
# (r20 to: "thighs huge at the front, the backs weak": the backs of those thighs)
_HAM_SIDE = (
    r"(?:hamstrings?|hammys?|hammies|back of (?:my |the )?(?:thighs?|legs?)|(?:the|their) backs|back of them)"
)
_OPPOSING_TOLD = rx.compile(
    rf"^(?=.*\b(?:bigger|stronger|weaker|weak|massive|huge|compared|than|vs|versus|dwarf\w*|outweigh\w*|"
    rf"imbalanc\w*|lopsided|out of proportion|way more|much more)\b)"
    rf".*(?:\b{_QUAD_SIDE}\b.{{0,100}}\b{_HAM_SIDE}\b|\b{_HAM_SIDE}\b.{{0,100}}\b{_QUAD_SIDE}\b)"
)
# (r20 to) an ask that points back at the story by a pronoun ("is this a problem?", "does that matter?")
_POINTS_BACK = rx.compile(
    r"^(?:(?:and|so|but|also) )*(?:is|isnt|does|doesnt|will|would|could|should) (?:this|that|it)\b"
)
_WORRY_ASK = rx.compile(
    r"\b(?:why|worry|worried|matter|matters|problem|bad|issue|concern\w*|dangerous|big deal|normal)\b"
)


# (r19 tk) A hard run told as done today and a lift planned later the same day, asked about by pronoun.
_HARD_DONE_TODAY = rx.compile(
    r"\b(?:intervals?|interval session|tempo(?: run)?|track (?:session|workout)|speed ?work|long run|"
    r"hill repeats|hard (?:run|session|workout)|reps session)\b(?: \w+){0,5} "
    r"(?:this morning|today|earlier|at lunch(?:time)?|at dawn)\b|"
    r"\b(?:this morning|earlier today|today)\b(?: \w+){0,4} (?:intervals?|interval session|tempo|"
    r"track session|long run|hard (?:run|session))\b"
)
_LIFT_LATER = rx.compile(
    r"\b(?:leg weights|leg day|legs|weights|strength(?: session| work)?|lifting|lift|gym|squats|"
    r"leg session)\b"
    r"(?: \w+){0,5} (?:tonight|this evening|later(?: today| on)?|this afternoon)\b|"
    r"\b(?:tonight|this evening|later today|this afternoon)\b(?: \w+){0,4} (?:leg weights|leg day|weights|"
    r"strength|lifting|gym|squats)\b"
)
_PRONOUN_VERDICT = rx.compile(
    r"^(?:so |but |and )?(?:is (?:that|it|this)|would (?:that|it)|should i|can i|could i|am i ok|"
    r"(?:that|it)s? (?:ok|okay|fine|a good idea))\b"
)
_TIRED_TOLD = rx.compile(r"\b(?:tired|tight|heavy|dead|sore|stiff|knackered|wrecked|drained)\b")


def _hard_today_reply(message: str, asks: list[str]) -> str | None:
    """A hard run done today, a lift planned for later today, and "is that a good idea?": better not."""
    if not asks or any(a.rstrip().endswith("?") for a in asks[:-1]):
        return None
    plain = normalize(message)
    ask = normalize(asks[-1])
    if not (_HARD_DONE_TODAY.search(plain) and _LIFT_LATER.search(plain) and _PRONOUN_VERDICT.search(ask)):
        return None
    if rx.search(r"\b(?:race|racing|parkrun|easy|recovery)\b", plain):
        return None
    tired = " How your legs feel now is one more reason to leave it." if _TIRED_TOLD.search(plain) else ""
    return (
        "No, better to wait: you've had a hard run today, and the article says to keep strength work off "
        "hard-run days. Move the leg session to your next easy day (if a run and a lift ever must share "
        f"a day, run first).{tired}"
    )


# (r20 tp) A part that pitches jumping drills: its first sentence names them (not "No jumping, so no
# plyometrics", not "take the hops outside" said for a runner who can't jump indoors).
_JUMP_PITCH = rx.compile(
    r"^(?!no jumping\b)(?!quiet moves\b)(?!without jumping\b)[^.\n]*\b(?:line hops|box hops|hops?|hopping|"
    r"skipping|plyometrics?|plyos?|jumping (?:drills|exercises)|bounding)\b",
    re.IGNORECASE,
)
_JUMP_POINTER = rx.compile(
    r"^(?:Full card|How to do it|More): /(?:exercise (?:line hops|box hops|skipping)|topic plyo\w*)$"
)
# (r20 tp and to: one text for both passes, the lead swapped here and any part swapped in answers.py)
NO_JUMP_POWER = (
    "without jumping: hill repeats (5–8 up a 5–10% grade, or a treadmill on that incline) build power, and "
    "so do one-legged squats, step-ups, lunges and calf raises with a load that tires you by 12–15 reps."
)
# (a place that rules the hops out, not a body that hurts when it lands: they can come back elsewhere)
HOPS_ELSEWHERE = (
    " The hops are the article's main explosive-power drill: add them when you have somewhere to land, "
    "like a park or a track."
)
_CAN_ASK = rx.compile(r"^(?:(?:and|so|but) )?(?:can|could|is|are|will|would|do|does|should)\b")


def _jumps_kept_out(text: str, asks: list[str], hurts: bool) -> str | None:
    """The reply with its line that pitches jumping drills swapped for the no-jump way to power (another
    such line dropped, a drill's pointer turned to the hills), or None when no line pitches them."""
    lines = text.split("\n")
    pitched = [
        i
        for i, x in enumerate(lines)
        if not POINTER.match(x) and _JUMP_PITCH.match(x.removeprefix("Yes. ").removeprefix("Yes: "))
    ]
    if not pitched:
        return None
    yes = lines[pitched[0]].startswith("Yes") or any(_CAN_ASK.match(normalize(a)) for a in asks)
    lead = f"Yes, {NO_JUMP_POWER}" if yes else NO_JUMP_POWER[:1].upper() + NO_JUMP_POWER[1:]
    lead += "" if hurts else HOPS_ELSEWHERE
    if lines[pitched[0]].startswith("• "):
        # (a list's item stays an item: "• Plyometrics: ..." under "Twice a week, off your hard sessions:")
        lead = "• Power without jumping: hill repeats (5–8 up a 5–10% grade, or a treadmill on that incline)."
    out = [
        lead if i == pitched[0] else "Full card: /exercise hill repeats" if _JUMP_POINTER.match(x) else x
        for i, x in enumerate(lines)
        if i == pitched[0] or i not in pitched
    ]
    return rx.sub(r"\n{3,}", "\n\n", "\n".join(out)).strip()


def respond(message: str, last: str | None, answer_fn: Ask, engine: Engine, depth: int = 0) -> Answer:
    """The reply to a whole message (``_respond``), with the bulk worry the background told answered
    in one line when the reply says nothing of it, whichever rule made the reply."""
    message = without_filler(message)
    sore = sore_train(normalize(message)) if depth == 0 else None
    if sore is not None and not (
        clot(s_plain := normalize(message))
        or red_flag(s_plain)
        or numb(s_plain)
        or hard_run_sore(s_plain)
        # ("quads still fried from sunday's LR, ok to do my leg sesh tmrw?": the next-day session's rule)
        or sore_next_told(s_plain)
        # ("calves are wrecked from the hills, can I still hit legs tmrw?": (r17 vf)'s verdict has it)
        or rx.search(SORE_LIFT_SAID, s_plain)
    ):
        # (r17 ua) "my quads ache, can i do squats today?", "hammies tight, should i skip leg day?": today's
        # session weighed against the soreness told (the ask alone read "squats" or "leg day" as a card)
        trace("sore_train", sore.id)
        return Answer(sore_train_text(sore, s_plain), None, False, ("How often to strength train",))
    if depth == 0 and len(_NUMBERED.findall(message)) >= 2:
        # "1) best exercise for glutes 2) how long to hold 3) how many times a week": each its own ask
        message = _NUMBERED.sub(
            lambda m: (
                " "
                if not m.string[: m.start()].strip() or m.string[: m.start()].rstrip()[-1] in ":-"
                else "? "
            ),
            message,
        ).strip()
        message = rx.sub(r"\s*[,;.]?\?\s+", "? ", message)
        message = message if message.endswith(("?", ".", "!")) else f"{message}?"
    if depth == 0 and last is not None and last.split(":", 1)[0] in ("injury", "exercise", "muscle"):
        ongoing = _ongoing_pain(message)
        if ongoing is not None:
            # (r15 xe) "they're getting worse though" after shin splints, "ok if it still hurts a bit?"
            # after runner's knee: the pain going on is the question, not a new topic (or a refusal)
            trace("ongoing_pain", last)
            return Answer(ongoing, last, True, (), topics=(last,), context=last)
    if depth == 0 and last is not None and last.startswith("exercise:") and "same" in message.lower():
        same = _same_dose(normalize(message), last)
        if same is not None:
            return same
    if depth == 0 and last == "rule:plyometrics" and _FIRST_DRILL.search(normalize(message)):
        # (r15 xe) "which one first?", "whats the easiest one" after plyometrics: the drills' order,
        # not run-first
        trace("plyo_first")
        topic = "exercise:line_hops"
        return Answer(PLYO_FIRST_TEXT, topic, True, (), topics=(topic,), context=topic)
    if depth == 0 and last in _FRAME_OF and _FRAME_CARRIED.match(message):
        # (r15 xe) "and in the off season?" after "how often should runners lift?": the same question
        # asked of that time, not the off-season's general line
        rest = _FRAME_CARRIED.match(message).group("rest")  # type: ignore[union-attr]
        message = f"{_FRAME_OF[last]} {rest.strip()}?"
    if (
        depth == 0
        and last is not None
        and last in BY_ID
        and BARE_CHOICE.fullmatch(normalize(message))
        and not engine.says_topic(message)
    ):
        # (r20 tq) "before or after?" after stretching, "walk or jog?" after hill repeats: the choice is
        # about the last topic, so it is asked of it by name ("Stretch afterwards before or after?")
        trace("choice_carried", last)
        message = f"{BY_ID[last].title} {message.strip()}"
    if depth == 0 and last == "rule:home_workout" and (kit := _KIT_CARRIED.match(message)) is not None:
        message = f"I only have {kit.group('kit')}, what leg moves can I do?"
    if depth == 0 and last == "rule:run_first":
        # "and stretching?" after "strength before or after my run?": the same before-or-after frame
        message = _ORDER_CARRIED.sub(r"\1 before or after?", message, count=1)
    asks, background = split_asks(message)
    told = normalize(background)
    each_moves = _told_moves(background) if not depth and len(asks) == 1 and background else []
    # (in the order told)
    each_moves.sort(key=lambda t: told.find(normalize(EXERCISES[t[9:]].name).removesuffix("s")))
    if (
        2 <= len(each_moves) <= 3
        and _EACH_ASKED.search(normalize(asks[0]))
        and _FORM_ASKED.search(normalize(asks[0]))
        and not named_exercises(normalize(asks[0]))
        and not acute(normalize(message))
        and not _ANY_HURT.search(normalize(message))
    ):
        # (r15 ya) "...explain the bench step-up and the glute bridge... what are the key cues for each?":
        # each move told, asked how to do well, one after the other
        trace("each_move", ",".join(each_moves))
        message = " ".join(
            f"how do I do the {EXERCISES[t[9:]].name.lower()} with good form?" for t in each_moves
        )
        asks, background = split_asks(message)
        told = ""
    if (
        not depth
        and len(asks) == 1
        and told
        and _WORRY_CHECK.search(normalize(asks[0]))
        and _BULK_TOLD.search(told)
        and not acute(normalize(message))
    ):
        # "I've always believed weights make me heavy and slow. Is my worry justified?": the myth's answer
        w_ans = answer_fn(_BULK_ASK)
        if w_ans.found and w_ans.topics == ("rule:bulk",):
            trace("bulk_check")
            if rx.match(r"(?:so |but |and )?am i wrong\b", normalize(asks[0])):
                return replace(w_ans, text=rx.sub(r"^No\b[,:.]?\s*", "Yes, it's a myth: ", w_ans.text))
            return w_ans
    one_ask = len(asks) <= 1 or (not depth and len(asks) == 2 and min(len(a.split()) for a in asks) <= 3)
    tech = (
        technique_reply(normalize(message), tuple(normalize(a) for a in asks))
        if one_ask and not acute(normalize(message))
        else None
    )
    if tech is not None:
        # "any ground rules so I don't get hurt?", "how can I tell if I'm out of balance?", "my lunges go
        # wobbly as I add weight, push through?": form, self-checks and their verdicts (technique.py)
        trace("technique", tech[1])
        return Answer(tech[0], tech[1], True, (), topics=(tech[1],), context=tech[1])
    parts = (
        (
            which_injuries_reply(normalize(message))
            or (balance_with_reply(normalize(message)) if len(asks) <= 2 else None)
        )
        # (an old injury told, "pulled one twice back then", is history: not an acute word)
        if not depth and not (acute(normalize(message)) and not returning(normalize(message)))
        else None
    )
    if parts is not None and len(asks) == 2 and any(_VARY_ASK.search(normalize(a)) for a in asks):
        # (r16 za) "same four exercises for a year, bored. Should I be changing things, and how do I keep
        # it balanced?": the change asked first, then the balance
        trace("move_parts", f"vary+{parts[1]}")
        text = f"Yes. {VARY_LINE}\n\n{parts[0]}"
        return Answer(text, parts[1], True, (), topics=(parts[1],), context=parts[1])
    if parts is not None:
        # "one-leg squat: what does it hit and how low?": the depth and the other part, from the move
        trace("move_parts", parts[1])
        return Answer(parts[0], parts[1], True, (), topics=(parts[1],), context=parts[1])
    squad = squad_reply(message, asks) if not depth and not acute(normalize(message)) else None
    if squad is not None:
        # "sprinters and 800/1500 kids, two gym slots: what do I put in?": a plan with a line per group
        trace("plan", "squad")
        return Answer(squad, "rule:routine", True, (), topics=("rule:routine",), context="rule:routine")
    plain_all = normalize(message)
    if (
        not depth
        and last is None
        and _SPRINTERS.search(plain_all)
        and _DISTANCE_RUNNERS.search(plain_all)
        and _BOTH_KINDS.search(plain_all)
        and not rx.search(r"\b(?:plyo\w*|hop\w*|jump\w*|bound\w*|skipping)\b", plain_all)
        and not _ANY_HURT.search(plain_all)
        and not acute(plain_all)
        and asks
    ):
        # "is strength work useful for sprinters and distance runners both? what does it do for each?":
        # each kind of runner's gain, not the sprinters' alone
        trace("both_runners")
        return Answer(
            BOTH_RUNNERS_TEXT,
            "rule:why_strength",
            True,
            (),
            topics=("rule:why_strength",),
            context="rule:why_strength",
        )
    out = _respond(message, last, answer_fn, engine, depth)
    parts = move_parts_reply(plain_all, out.text) if not depth and not acute(plain_all) else None
    if parts is not None:
        # "one-leg squat: what does it hit and how low?" answered without the depth or the muscles (the
        # depth ask sent to the general range-of-motion rule): both, from the move
        trace("move_parts", parts[1])
        return Answer(parts[0], parts[1], True, (), topics=(parts[1],), context=parts[1])
    if not depth and out.found and not out.off_topic and not acute(plain_all):
        out = _indirect_after(out, asks, background, answer_fn, engine)
    if depth or not out.found or out.off_topic:
        return out
    if (
        no_jumping(plain_all)
        and not acute(plain_all)
        and rx.search(r"\b(?:power\w*|explosive\w*|explosiveness|spring\w*)\b", plain_all)
    ):
        # (r20 tp) jumping ruled out ("paper thin floors, so jumping is out. Can I still build some
        # power?"): a part that pitches the jumping drills keeps the limit told, whichever rule wrote it
        kept = _jumps_kept_out(out.text, asks, bool(_ANY_HURT.search(plain_all)))
        if kept is not None:
            trace("no_jumping")
            out = replace(out, text=kept)
    partner = weak_partner_fix(plain_all, out.text) if not acute(plain_all) else None
    if partner is not None:
        # "quads jacked, glutes weak sauce, how do I sort it?" answered with the quads' moves: the glutes'
        trace("weak_partner", partner[1])
        return Answer(partner[0], partner[1], True, (), topics=(partner[1],), context=partner[1])
    filled = (
        (missing_parts(plain_all, out.text, out.topic) or moves_and_rules(plain_all, out.text))
        if not acute(plain_all) and not told_only(message)
        else None
    )
    if filled is not None:
        # "what do calf raises work, and how do I make them harder?": the part the reply left out
        trace("missing_parts", out.topic or "")
        out = replace(out, text=filled)
    if (
        "rule:plyometrics" in out.topics
        and out.text.startswith(PLYO_DEFINED)
        and not rx.search(
            r"\b(?:line hops|hop\w*|skipping)\b", out.text.split("\n")[0].replace(PLYO_DEFINED, "")
        )
        and not rx.search(
            r"\b(?:hop\w*|skipping)\b", "\n".join(x for x in out.text.split("\n")[1:] if not POINTER.match(x))
        )
    ):
        # "what counts as plyometrics?": what they are, and the drills that are it (not the word alone),
        # unless another part of the reply already names them
        trace("plyo_drills")
        first, sep, rest = out.text.partition("\n")
        out = replace(out, text=f"{first} {PLYO_DRILLS}{sep}{rest}")
    led = verdict_lead(plain_all, out.text, out.topics[0] if out.topics else None)
    if led is not None:
        # "glute activation - meme or legit?", "do strong glutes really keep me upright?": the verdict first
        trace("verdict_lead")
        out = replace(out, text=led)
    if (
        "\n• " in out.text
        and _SLOW_WORRY.search(normalize(message))
        and not rx.search(r"\b(?:bulk\w*|slow you down|big and slow)\b", out.text, re.IGNORECASE)
        and not acute(normalize(message))
    ):
        # "whats a solid leg day that wont make me slow af": the routine asked for, and the worry said
        # with it answered in a line (the article: a balanced programme won't bulk you up or slow you down)
        return replace(out, text=_with_line(out.text, f"On bulk: {BULK_LINE}"))
    # The worry told in the background ("I'm worried weights make me bulky"), or asked as one part of
    # a message whose reply answered another ("heavy vs light, and will heavy make me bulky and
    # slow?"; "the lads say lifting makes you bulky and slow... heavy or light, how many reps?").
    told_worry = bool(background) and bool(_BULK_TOLD.search(told)) and bool(_WORRY_WORD.search(told))
    told_worry = told_worry and not any(_BULK_TOLD.search(normalize(a)) for a in asks)
    part_worry = (
        len(asks) > 1 or bool(background) or _JOINED_ASK.search(normalize(message)) is not None
    ) and bool(_BULK_TOLD.search(normalize(message)))
    if (
        not (told_worry or part_worry)
        or rx.search(r"\b(?:bulk\w*|slow you down|big and slow)\b", out.text, re.IGNORECASE)
        or acute(normalize(message))
    ):
        return out
    w_ans = answer_fn(_BULK_ASK)
    if not (w_ans.found and w_ans.topics == ("rule:bulk",)):
        return out
    trace("bulk_told")
    bulk = rx.sub(r"^(?:No|Yes)\b[,:.]?\s*", "", w_ans.text.split("\n")[0])
    bulk = SENTENCE.split(bulk)[0]
    lines = out.text.split("\n")
    at = next((i for i, x in enumerate(lines) if POINTER.match(x)), len(lines))
    lines.insert(at, f"On bulk: {bulk[:1].lower()}{bulk[1:]}")
    return replace(out, text="\n".join(lines))


# (r20 to) an ask about what the muscles are or do ("which muscles actually do what during a stride?",
# "what muscles take the hit when I land?"), not which moves to do: knowledge asked, whatever plan the story
# ("I want to plan a balanced routine") mentions
_MUSCLES_ASK = rx.compile(
    r"^(?=.*\b(?:which|what|whats|how)\b)(?!.*\b(?:exercises?|moves?|routines?|workouts?|programmes?|"
    r"programs?|plans?|(?:should|can|could|do|must) (?:i|we) (?:\w+ )?(?:do|add|train|work|strengthen|use|"
    r"try|focus|target|priorit\w*|hit|build))\b)"
    r".*\bmuscles?\b"
)


# (r19 th) a yes/no about two sessions sharing a day ("is doing both on the same day a problem?", "can I lift
# the same day as my track session?")
_SAME_DAY_ASK = rx.compile(
    r"^(?=.*\b(?:same day|same session|one day|back to back|same morning|same evening|"
    r"on (?:a |my |the )?(?:hard|interval|intervals|tempo|track|speed|long run) (?:run |session )?days?)\b)"
    r"(?:(?:and|so|but|also) )*(?:is|are|can|could|should|would|will|do|does|ok|okay|fine|bad)\b"
)


# (r19 th) jumping drills for young runners: the landings (general guidance; the article has no age line)
YOUNG_LANDING_LINE = (
    "For young runners keep it short and playful: warm up first, land softly with bent knees, "
    "and end a drill once the hops get sloppy."
)

PLYO_DEFINED = "Plyometrics are jumping and bounding drills."
PLYO_DRILLS = (
    "The article's drills: line hops (quick hops back and forth over a line), box hops onto a low step "
    "or box, alternating legs, and skipping (take off and land on the same foot, then switch)."
)
# "what even is plyometrics", "is it ok for a beginner": the parts a start-how ask comes with
_PLYO_WHAT = rx.compile(
    r"\bwhat(?: even| exactly| actually)? (?:is|are|r) (?:even |exactly |actually )?"
    r"(?:plyo\w*|jump(?:ing)? (?:training|drills))\b"
)
_PLYO_BEGINNER_OK = rx.compile(
    r"\b(?:ok|okay|safe|fine|good|suitable|alright|appropriate)\b(?: \w+){0,2} "
    r"(?:for )?(?:a |an )?(?:total |complete |absolute )?(?:beginners?|newbies?|novices?|noobs?)\b"
)


_BARE_FIGURE = rx.compile(
    r"(?:(?:and|so|also|then) )?how (?:far|low|deep|high|wide|fast|slow|slowly)\b"
    r"(?! (?:\w+ )?(?:run|runs|running|race|races|week|weeks|days?|sessions?)\b)"
)
_BARE_TOO_LATE = rx.compile(
    r"(?:(?:so|but|and) )?(?:is it|is this|am i|would it be) (?:\w+ )?(?:too late|too old)"
    r"(?: (?:for me|now|already))?"
)
_COND_FIRST = rx.compile(r"(?i)^(?P<cond>(?:if|when|once) [^,?]{3,60}),\s*(?P<ask>\S.{3,})$")
_HOW_MOVE = rx.compile(r"\bhow (?:do|should|can|would|could) (?:i|you|we)\b|\bhow to\b")


# A piece of kit missing for one move ("no gym ball for wall squats", "don't own a bench for step-ups").
_KIT_FOR_MOVE = rx.compile(
    r"\b(?:no|without|dont (?:have|own)|do not (?:have|own)|havent got)\b(?: \w+){0,3} (?:ball|bench|chair|"
    r"step|box|weights?|dumbbells?|strap|machine)s? for (?:the |my |a |an )?\w+"
)
_LIFT_SESSION = rx.compile(
    r"\b(?:leg ?days?|lifting|lift|weights|strength (?:work|training|sessions?)|"
    r"leg (?:sessions?|workouts?|work)|gym sessions?|squats?|lunges?)\b"
)
# (t27) the weaker-leg reply that also answers "should I still do two-leg exercises?" covers that ask too
_WEAK_OR_BOTH = rx.compile(f"{WEAK_ASK.pattern}|{BOTH_LEGS_ASK.pattern}")
# (r19 tl) "a run this morning and legs at the gym later today, is that ok?": the session is still ahead
# and nothing is felt, so the same-day order is asked, not whether soreness after it is normal
_SESSION_AHEAD = rx.compile(
    r"\b(?:later (?:today|on|tonight)|want to|wanna|going to|gonna|plan(?:ning)? to|about to|tonight|"
    r"this (?:evening|afternoon)|tomorrow)\b"
)
_LEGS_FEEL = rx.compile(
    r"\b(?:sore\w*|stiff\w*|ach\w+|doms|hurts?|hurting|pain\w*|heavy|tired|dead|wrecked|jelly|barely|"
    r"cant walk|burn\w*|tight\w*)\b"
)
_HILLS_FOR_GYM = rx.compile(HILLS_FOR_GYM)

# (r20 tn) How the lifting itself should change ("should I change how I train legs", "how do I adapt my
# lifting"), not how to organise the week around shifts (the week's own rules answer that)
_CHANGE_HOW = rx.compile(r"\b(?:adjust|change|adapt|tweak|modify|rework)\b")
# (r20 tn) The asks COMBINE_TEXT answers: the fit itself, how often, sets and reps, how heavy.
_COMBINE_COVERS = rx.compile(
    rf"{COMBINE.pattern}|{HOW_OFTEN_ASK.pattern}|\bhow many (?:sets|reps)\b|\bhow heavy\b|\bhow much weight\b"
)

# (r20 tn) A yes/no asked of what the story set out ("does that setup work or am I messing it up?", "is my
# week ok?", "would this plan work?"): a verdict on it, not a request for something new.
_VERDICT_ON_TOLD = rx.compile(
    r"^(?:(?:so|and|but|ok|okay|honestly|basically) )*(?:(?:does|do|is|are|would|will|could|can) "
    r"(?:(?:that|this|it|my|the|such a) (?:\w+ ){0,2}?(?:setup|set up|plan|schedule|week|split|routine|"
    r"arrangement|approach|combo|timing|rota)?|that|this|it)\b(?! (?:\w+ )?(?:for|to) do\b)|am i (?:\w+ )?"
    r"(?:messing|screwing|getting|doing|ruining|overdoing|doing it))\b(?!.*\b(?:how|what|which|where|why)\b)"
)
_HILLS_SKIP_ASK = rx.compile(
    r"\b(?:omit|skip\w*|ditch|drop|quit|miss|replace\w*|instead of|swap\w*|do without|bin|cut)\b "
    r"(?:\w+ ){0,2}(?:gym|leg ?days?|leg sessions?|strength|weights|lifting)\b"
)
# (the asks that verdict answers: "hill reps = leg day?" beside "can I skip the gym then")
_HILLS_GYM_ASKS = rx.compile(
    _HILLS_SKIP_ASK.pattern + r"|\b(?:is|are|counts? as|equals?|same as)\b (?:a |my |the )?(?:leg ?days?|"
    r"strength (?:work|training))\b"
)
_HILLS = rx.compile(r"\b(?:hills?|hilly|uphill|inclines?|climbs?|climbing)\b")


def _heart_rate_pivot(plain: str, answer_fn: Ask) -> Answer | None:
    """Heart-rate training asked of a topic the article covers ("what HR zone for hill repeats?"): that
    it isn't covered, then what the article says about the topic (how hard, for an exercise); or None."""
    if not heart_rate(plain):
        return None
    named = named_exercises(plain)
    topic = named[0] if named else "exercise:hill_repeats" if _HILLS.search(plain) else named_topic(plain)
    if topic is None and _LIFT_SESSION.search(plain):
        # "should I track heart rate on leg day?": how hard a strength session is, the article's load rule
        sub = answer_fn("how heavy should I lift on leg day")
        if sub.found and "rule:sets_reps" in sub.topics:
            text = (
                "Heart-rate training isn't covered here, so no zones or figures from me. The article sets a "
                f"strength session's effort by the load instead:\n{sub.text}"
            )
            return Answer(
                text, "rule:sets_reps", True, (), topics=("rule:sets_reps",), context="rule:sets_reps"
            )
    if topic is None:
        return None
    title = (topic_title(topic) or "").lower()
    if not title:
        return None
    sub = answer_fn(f"how hard should {title} be" if topic.startswith("exercise:") else title)
    if not sub.found or sub.off_topic or topic not in sub.topics:
        return None
    text = (
        "Heart-rate training isn't covered here, so no zones or figures from me. "
        f"What the article says about {title}:\n{sub.text}"
    )
    return Answer(text, topic, True, (), topics=(topic,), context=topic)


_PROGRESS_OR_FUN = rx.compile(r"\b(?:progress\w*|harder|interesting|fun|bored|boring|fresh|variety)\b")
# (r17 vb) an ask for both things told, and hills one of them
_BOTH_ASK = rx.compile(r"\b(?:covers?|covering|helps?|fix|fixes|for|hits?|tackles?|sorts?|address\w*) both\b")
_HILLS_SLOW = rx.compile(
    r"\b(?:slow|slower|weak|struggle|struggling|suffer|die|dying|fade|walk)\w* (?:\w+ ){0,2}(?:on|up) "
    r"(?:the |any )?(?:hills?|climbs?|inclines?)\b"
)
_TEEN_TOLD = rx.compile(r"\bteen\w*|\b1[3-9][ -]?(?:years?[ -]olds?|yos?)\b|\bhigh school\b")


# (r18 ta) Back after an illness with a doctor's go-ahead: one line, then the asks.
ILL_CLEARED_LINE = (
    "Good that you're cleared: build back gradually, starting with lighter sessions (fewer sets, easy "
    "loads) while your energy returns, and stop if you feel unwell."
)
# still ill, or warning signs told: the illness caution stands
_ILL_NOW = rx.compile(
    r"\b(?:still (?:ill|sick|coughing|poorly|wheezy)|chest pain|racing heart|palpitations?|dizz\w*|"
    r"breathless\w*|short of breath|(?<!glandular )fever|long covid)\b"
)


_EASE_BACK = rx.compile(
    r"\b(?:ease|easing|get|getting|come|coming|build|building|work|working|return\w*) (?:\w+ )?(?:back|in)\b|"
    r"\bback (?:into|to)\b|\bhow (?:soon|long|quickly)\b"
)


def _claim_said(ask: str, background: str, answer_fn: Ask, engine: Engine) -> Answer | None:
    """The reply to the claim a lone "is my coach right?" / "who's right?" asks about, when the
    article's answer to it is a statement with no verdict to turn (the one-ask rules judge the rest);
    None otherwise."""
    by_pronoun = bool(_HE_RIGHT.match(normalize(ask)))  # (r20 tn) "is he right?": only for a move's side
    if not background or not (CLAIM_WHO.search(normalize(ask)) or by_pronoun):
        return None
    claim = told_claim(background, reach=3)
    if claim is None or rx.search(r"\b(?:nonsense|rubbish|wrong|disagrees?|opposite)\b", claim):
        return None  # ("my PT says that's nonsense and ...": two sides told, not one claim)
    told_moves = _told_moves(background, aliases=True)
    pronoun = _CLAIM_PRONOUN.match(claim)
    if pronoun is not None and len(told_moves) == 1 and not named_exercises(claim):
        # (r20 tn) "...doing calf raises on the bottom stair. He says they're pointless for running": the
        # claim's "they" is the move told before it
        verb = pronoun.group(1) or (" are" if claim.startswith("theyre") else " is")
        claim = f"{EXERCISES[told_moves[0][9:]].name.lower()}{verb}{claim[pronoun.end() :]}"
    if (
        len(
            rx.findall(r"\b(?:says?|said|reckons?|thinks?|claims?|insists?|swears?)\b", normalize(background))
        )
        > 1
    ):
        return None  # ("my coach says 3 a week, my friend says 2": two sides, weighed by the one-ask rules)
    routed = answer_fn(f"{claim}?")
    if routed.topics[:1] == ("rule:bulk",) or (
        routed.found
        and len(routed.topics) == 1
        and routed.topics[0].startswith("rule:")
        and judge_claim(claim, routed) is not None
    ):
        return None  # (a verdict to turn, the bulk myth's who_right's included: the one-ask rules judge it)
    c_ans = respond(f"{claim}?", None, answer_fn, engine)
    if not c_ans.found or c_ans.off_topic or not c_ans.topics:
        return None
    if by_pronoun and not CLAIM_WHO.search(normalize(ask)) and not c_ans.text.startswith(_GOOD_ONE_NO):
        return None  # ("husband says I dont need leg workouts. is he right": the one-ask rules' verdict)
    if c_ans.text.startswith(_GOOD_ONE_NO):
        # (r20 tn) "he says calf raises are pointless. Who's right?": the move's "No, it's a good one" says
        # whose side it takes (a bare "No" to "who's right?" read as nothing and was dropped)
        who = _CLAIM_BY.search(normalize(background))
        side = f"your {who.group(1)}" if who else "that claim"
        c_ans = replace(
            c_ans, text=f"Not {side}: it's a good one for runners.{c_ans.text[len(_GOOD_ONE_NO) :]}"
        )
    if c_ans.topics[0].startswith("rule:") and len(c_ans.topics) == 1 and judge_claim(claim, c_ans):
        return None
    return c_ans


# (r20 tn) A claim told of "it"/"they" ("they're pointless for running"), and who told it ("my husband says")
_CLAIM_PRONOUN = rx.compile(
    r"^(?:(?:they|it|those|these)( (?:re|are|s|is|arent|isnt|dont|do|does|will|wont)\b)|theyre\b|its\b)"
)
_CLAIM_BY = rx.compile(
    r"\b(?:my|our) ((?:\w+ )?(?:brother|sister|dad|father|mum|mom|mother|friend|mate|coach|teacher|physio|"
    r"partner|husband|wife|boyfriend|girlfriend|buddy|pal|trainer|pt|doctor|club mate|running buddy))\b"
)
_GOOD_ONE_NO = "No, it's a good one for runners."
_HE_RIGHT = rx.compile(
    r"(?:and |so |but )?(?:is|are) (?:he|she|they) (?:really |actually )?(?:right|correct|wrong)$"
)


_CUT_COVERS = rx.compile(
    rf"{CUT_ASK.pattern}|\b(?:break|week off|time off|rest week|deload|pause|off from)\b"
)


def _respond(message: str, last: str | None, answer_fn: Ask, engine: Engine, depth: int = 0) -> Answer:
    """The reply to a whole message. ``answer_fn`` answers one ask on its own (the topic router),
    ``engine`` the Answerer (probe and compose_for); ``last`` the chat's previous topic, if recent.
    ``depth`` is 1 when answering the asks a situational reply left over (no deeper)."""
    answer_fn = memo(answer_fn)  # one routing per distinct text within this message

    def then_rest(text: str, topic: str, covers: re.Pattern[str] | None) -> Answer:
        """A situational reply, and the asks it doesn't cover answered after it ("Is that too much, and
        which exercises should I keep?"): the first ask (or those ``covers`` matches) is its own."""
        all_asks = split_asks(message)[0]
        by_topic = covers is None and topic in _COVERS_OF
        if by_topic:
            covers = _COVERS_OF[topic]  # (r16 ze) "which moves..., and how often?": the how-often is its own
            if topic == "rule:frequency" and text.startswith("Yes"):
                # (r17 ue) "is it worth it, and where do I fit them?" told "Yes: ...": the yes/no is its own
                covers = HOW_OFTEN_ASK
        covered = [a for a in all_asks if covers is not None and covers.search(normalize(a))] or all_asks[:1]
        rest = [a for a in all_asks if a not in covered]
        # (r16 ze) an ask before the one the reply covers is answered first, in the order asked
        rest_first = by_topic and bool(rest) and all_asks.index(rest[0]) < all_asks.index(covered[0])
        first = Answer(text, topic, True, (), topics=(topic,), context=topic)
        if not rest or depth:
            return first
        # ("how do I progress plyometrics, and what's the point of them?": "them" is the reply's topic)
        leans = all(
            (
                (
                    bool(set(normalize(a).split()) & {"it", "them", "they", "those", "these"})
                    and ask_of(a).kind in ("why", "what")
                )
                # (r15 ya) "...do I need plyos, and if so which ones / what do I start with / how many?": a
                # bare pick or figure leans on the reply
                or (
                    len([w for w in normalize(a).split() if w not in STOPWORDS]) <= 2
                    and bool(
                        rx.match(
                            r"(?:(?:and|so|but|then) )*(?:which\b|what (?:ones?|kind|sort|type)\b|"
                            r"how (?:many|much|long|often)\b|(?:what|where) (?:\w+ ){0,3}(?:start|first)\b)",
                            normalize(a),
                        )
                    )
                )
            )
            and named_topic(normalize(a)) is None
            and not named_exercises(normalize(a))
            and not ask_of(a).yesno
            for a in rest
        )
        more = respond(" ".join(rest), topic if leans else None, answer_fn, engine, depth=1)
        if (
            (not more.found or more.off_topic)
            and not leans
            and not rx.match(r"(?:Yes|No|It can be)\b", text)  # (the reply's own verdict answers it)
            and _POINTS_BACK.search(normalize(" ".join(rest)))
            and _WORRY_ASK.search(normalize(" ".join(rest)))
        ):
            # (r20 to) "...my quads are way overdeveloped. Is this actually a problem, and what should I
            # add?": a "this" that finds nothing alone is the story told, so the ask is read with it
            more = respond(f"{split_asks(message)[1]} {' '.join(rest)}", None, answer_fn, engine, depth=1)
            if topic in more.topics:
                return first  # (the story's own topic again: the reply already answers it)
            rest_first = all_asks.index(rest[0]) < all_asks.index(covered[0])  # (its verdict first, as asked)
        if (
            not more.found
            or more.off_topic
            or more.text in text
            or (topic in more.topics and _same_lead(more.text, text))
        ):
            return first  # (nothing new, or the same topic again: the reply already covers it)
        if _restates(more.text, [text]) or _mostly_said(more.text, text):
            return first  # ("...and what should I be careful of?" after a reply that listed what to watch)
        body = [x for x in text.split("\n") if not POINTER.match(x)]
        more_body = [x for x in more.text.split("\n") if not POINTER.match(x) and x not in body]
        pointers = [x for x in (*text.split("\n"), *more.text.split("\n")) if POINTER.match(x)]
        if not more_body:
            return first
        joined = "\n".join(body) + "\n\n" + "\n".join(more_body)
        if rest_first:
            joined = "\n".join(more_body) + "\n\n" + "\n".join(body)
        if pointers:
            joined += "\n" + "\n".join(list(dict.fromkeys(pointers))[:2])
        topics = tuple(dict.fromkeys((topic, *more.topics)))[:3]
        return Answer(joined, topic, True, (), topics=topics, context=more.context or topic)

    message = denied(message)  # "no swelling", "nothing hurts": not a symptom, nor a missing piece of kit
    back_off = False
    cut_back = False
    resume = False
    claim_reply: Answer | None = None
    if depth == 0:
        # "<background>. Where do I begin?", "...what's in it for me?": a generic ask said plainly, so its
        # intent (with the background's kit, race or fatigue) picks the answer, not a word the
        # background happened to name.
        g_asks, g_background = split_asks(message)
        for g_at, g_ask in enumerate(g_asks):
            if g_at and _BARE_WHY.match(normalize(g_ask)):
                continue  # "why do runners skip calves and why should I bother": the first ask's subject
            # (with nothing told and no chat before it, only an ask that can mean one thing is read)
            generic = generic_ask(g_ask, g_background) if g_background or last is None else None
            if len(g_asks) == 1 and claim_reply is None:
                claim_reply = _claim_said(g_ask, g_background, answer_fn, engine)
            if generic is not None and g_ask in message:
                trace("generic_ask", generic[0])
                message = message.replace(g_ask, generic[1], 1)
                back_off = back_off or generic[0] == "back_off"
                cut_back = cut_back or generic[0] == "cut_back"
                resume = resume or generic[0] == "resume"
            elif (then := then_said(g_ask, g_background)) is not None and g_ask in message:
                trace("then_said", then)
                message = message.replace(g_ask, then, 1)
            elif (kit_said := kit_pronoun_said(g_ask, g_background)) is not None and g_ask in message:
                trace("kit_pronoun_said", kit_said)
                message = message.replace(g_ask, kit_said, 1)
            elif (both := both_said(g_ask, g_background)) is not None and g_ask in message:
                trace("both_said", both)
                message = message.replace(g_ask, both, 1)
            elif (
                len(g_asks) == 1
                and _WHY_ALONE.fullmatch(normalize(g_ask))
                and (why_claim := told_claim(g_background)) is not None
                and g_ask in message
            ):
                # (r17 uc) "my gym buddy says dont lock ur knees on leg press. why tho": the why of the
                # rule told, not of strength work in general
                trace("why_claim", why_claim)
                message = message.replace(g_ask, f"why {why_claim}?", 1)
    plain = normalize(message)
    if clot(plain):
        return Answer(CLOT_TEXT, None, False, ())
    if red_flag(plain):
        return Answer(red_flag_text(plain), None, False, ())
    if numb(plain):
        return Answer(numb_text(plain), None, False, ())
    hurt = acute(plain) and not cleared(plain) and not returning(plain)
    today_hard = None if hurt or depth else _hard_today_reply(message, split_asks(message)[0])
    if today_hard is not None:
        # (r19 tk) "Hard intervals this morning... leg weights tonight. Is that a good idea or should I
        # wait?": the verdict on the plan told, not a gym routine or the soreness rule
        trace("plan", "hard_today")
        return Answer(
            today_hard,
            "rule:hard_run_day",
            True,
            (),
            topics=("rule:hard_run_day",),
            context="rule:hard_run_day",
        )
    injury = uncovered(plain)
    last_move = (last or "").removeprefix("exercise:") if (last or "").startswith("exercise:") else ""
    if not hurt and last_move in EXERCISES and _MOVE_PRONOUN.search(plain):
        # (r17 ve) after "how do I do a lunge?": "my lower back aches when I do them with dumbbells, what am
        # I doing wrong?" is the ache on that move (its form fix), not back pain in general
        on_move = joint_fix(_MOVE_PRONOUN.sub(normalize(EXERCISES[last_move].name), plain, count=1))
        if on_move is not None:
            injury = on_move
    if not hurt and not depth and _after_effort(plain, split_asks(message)[0]):
        trace("plan", "after_effort")
        normal = any(
            rx.search(r"\b(?:normal|common|usual|expected|okay|ok)\b", normalize(a))
            for a in split_asks(message)[0]
        )
        return Answer(
            f"{AFTER_EFFORT_NORMAL}And y{AFTER_EFFORT_TEXT[1:]}" if normal else AFTER_EFFORT_TEXT,
            "rule:why_strength",
            True,
            (),
            topics=("rule:why_strength",),
            context="rule:why_strength",
        )
    if resume and not hurt and not depth:
        # (r19 tg) "...six months off everything. Do I pick up where I left off?": no, lighter, build back
        trace("plan", "resume")
        return then_rest(RESUME_TEXT + "\nTry one: /workout gym", "rule:comfortable_load", RESUME_ASK)
    op = None if hurt or depth else recent_surgery(plain)
    if op is not None:
        trace("recent_surgery")
        return Answer(op, None, False, ())
    if (
        not hurt
        and not depth
        and _KNEE_DOWNHILL.search(plain)
        and _DESCENT_HELP_ASK.search(plain)
        # (one ask: "where do I start, and is heavier safe?" beside the knee keeps its plan)
        and len(split_asks(message)[0]) == 1
        and not rx.search(r"\b(?:where|how) (?:do|should|can) i (?:start|begin)\b", plain)
    ):
        # (r17 uf) "my knee keeps playing up on descents, any strength stuff that'll sort it?": the knee's
        # strength work (quads and hamstrings in balance, hips and glutes for tracking), and a physio
        trace("plan", "knee_downhill")
        return then_rest(KNEE_DOWNHILL_TEXT, "injury:runners_knee", _DESCENT_HELP_ASK)
    spent_asks = split_asks(message)[0]
    spent = (
        None
        if hurt
        or injury is not None
        or depth
        or (len(spent_asks) > 1 and not all(_DESCENT_HELP.search(normalize(a)) for a in spent_asks))
        else _spent_legs(plain)
    )
    if spent is not None and spent[0] == "descent" and len(spent_asks) > 1:
        # (r16 za) "quads destroyed after mountain races. Would strength training help with the downhill
        # pounding, and which exercises help the quads cope with landing?": yes, and the descent's moves
        trace("spent_legs", "descent_asks")
        yes = "Yes. " if any(_YES_NO_ASK.match(normalize(a)) for a in spent_asks) else ""
        return Answer(f"{yes}{spent[1]}", spent[2], True, (), topics=(spent[2],), context=spent[2])
    if spent is not None:
        trace("spent_legs", spent[0])
        s_asks = split_asks(message)[0]
        if (
            s_asks
            and not depth
            and all(
                rx.search(r"\?\s*$", a)
                # (a yes/no of its own: "what strength work helps?" asks about the spent legs told)
                and _YES_NO_ASK.match(normalize(a))
                and not rx.search(
                    r"\b(?:help\w*|fix\w*|stop|prevent\w*|about (?:it|that|this))\b", normalize(a)
                )
                and not (
                    _DESCENT.search(normalize(a)) or _BONK.search(normalize(a)) or _LATE.search(normalize(a))
                )
                for a in s_asks
            )
        ):
            # (r15 ya) "...do I even need leg days or is the terrain doing it? my quads get wrecked on the
            # descents and I'm not sure what to do": the ask said outright first, then the spent legs
            s_said = respond(" ".join(s_asks), None, answer_fn, engine, depth=1)
            if s_said.found and not s_said.off_topic and not _mostly_said(s_said.text, spent[1]):
                s_body = [x for x in s_said.text.split("\n") if not POINTER.match(x)]
                s_text = "\n".join(s_body) + "\n\n" + spent[1]
                s_topics = tuple(dict.fromkeys((*s_said.topics, spent[2])))[:3]
                return Answer(s_text, spent[2], True, (), topics=s_topics, context=spent[2])
        return Answer(spent[1], spent[2], True, (), topics=(spent[2],), context=spent[2])
    if (
        injury is not None
        and getattr(injury, "id", "") in ("arthritis", "tendon")
        and NO_GRIP.search(plain)
        # (r16 wb) "wrist tendonitis and can't grip dumbbells, how do I do lunges?": the same grip limit
        and rx.search(r"\b(?:hands?|wrists?|fingers?|thumbs?|knuckles?|elbows?|forearms?)\b", plain)
        and not rx.search(r"\b(?:knees?|hips?|ankles?|feet|foot|back|achilles|shins?)\b", plain)
    ):
        # (r14 vb) "arthritis in my hands, gripping weights is hard: leg exercises?": a grip limit for
        # the plan (nothing held), not a joint of the legs to be careful of
        injury = None
    if claim_reply is not None and not hurt and injury is None:
        # (r18 ta) "My friend says plyos are pointless for distance runners. Which of them is right?": the
        # claim told is the question, not "right" read on its own nor a figure the story happened to give
        trace("claim_said", claim_reply.context or "")
        fear_told = rx.search(r"\b(?:bulk\w*|slow|slower|heavy and|and heavy|big and|and big)\b", plain)
        if fear_told and not rx.search(r"\bbulk|\bslow (?:you|them) down\b", claim_reply.text):
            # ("...I'm afraid I'll get slow and heavy. Is it true?": the fear told is answered too)
            fear_ans = answer_fn(_BULK_ASK)
            if fear_ans.found and fear_ans.topics == ("rule:bulk",):
                fear = rx.sub(r"^(?:No|Yes)\b[,:.]?\s*", "", fear_ans.text.split("\n")[0])
                fear = SENTENCE.split(fear)[0]
                fear = fear[:1].upper() + fear[1:]
                claim_reply = replace(claim_reply, text=_with_line(claim_reply.text, fear))
        if CHRONIC.search(plain) and PHYSIO_LINE not in claim_reply.text:
            claim_reply = replace(claim_reply, text=_with_line(claim_reply.text, PHYSIO_LINE))
        return claim_reply
    if hurt:
        trace("acute", "severe" if severe(plain) else "")
    who_m = SUITS_WHO.match(plain) if depth == 0 and last is not None and not hurt else None
    who = (who_m.group("who") or who_m.group("who2") or "") if who_m else ""
    if (
        who
        # (a beginner or an older runner: the one-ask rules' beginner answer says it better)
        and (JOINT_TOLD.search(who) or YOUNG.search(who) or YOUNG_AGE.search(who))
        and not _SURGERY.search(who)
        and not named_exercises(plain)
        and not (last or "").startswith("injury:")
        and len(split_asks(message)[0]) == 1
    ):
        # "ok for someone w dodgy knees?", "safe for my 14yo?" after plyometrics: that topic for them
        # (a careful start), not the general knee or young-runner block
        fit = suits(last or "", who, engine)
        if fit is not None:
            return fit
    return_note = ""
    steady = (
        None
        if hurt or depth or injury is not None or named_exercises(plain)
        else balance_told(plain, split_asks(message)[0])
    )
    if steady is not None:
        # "my balance isn't what it was and I worry about tripping on trails, what would help?"
        trace("plan", "balance_told")
        return then_rest(steady, "rule:balance_training", BALANCE_COVERS)
    over = None if hurt or depth else overstraight_told(plain, split_asks(message)[0])
    if over is not None:
        # "my teacher says I hyperextend my knees, anything in leg training for that?": don't lock them
        trace("plan", "overstraight")
        return then_rest(over, "rule:lock_knees", None)
    # ("what should I watch out for when I start strength training?": not a watch; the article's cautions)
    careful = bool(CAREFUL.search(plain) and _LIFT_TOLD.search(plain))
    # The off-topic gates read the asks: a story's incidental words ("two years of Strava data", "my
    # dog", "heart rate looks normal", "homework until late") refuse nothing when the message is about
    # strength work or a leg that feels wrong and the asks themselves ask nothing off-topic.
    g_asks, g_told = split_asks(message)
    g_plain = normalize(" ".join(g_asks))
    story_on_topic = bool(
        depth == 0
        and g_asks
        and (
            (
                g_told.strip()
                and (leg_words(plain) or _STRENGTH_SAID.search(plain) or _PART_FELT.search(plain))
            )
            or (not g_told.strip() and _PART_FELT.search(plain) and len(plain.split()) >= 12)
            or (g_told.strip() and _COVERED_INJURY_TOLD.search(plain))
        )
        and away_text(g_plain if g_told.strip() else "") is None
        and not (g_told.strip() and off_scope(g_plain))
    )
    # (r16 zd) "how do I do lunges, and what shoes should I wear?": some asks off-topic, some about leg
    # strength; the leg asks are answered and the others get one line each (not the whole reply declined)
    off_asks = (
        frozenset(a for a in g_asks if _ask_off(a))
        if depth == 0 and len(g_asks) >= 2 and not hurt
        else frozenset()
    )
    if off_asks and not any(
        leg_words(normalize(a)) or named_exercises(normalize(a)) for a in g_asks if a not in off_asks
    ):
        off_asks = frozenset()
    away = (
        None if hurt or careful or (story_on_topic and not pet_hurt(plain)) or off_asks else away_text(plain)
    )
    pivot = _heart_rate_pivot(plain, answer_fn) if away is not None and not depth else None
    if pivot is not None:
        # (r15 yc) "should I use heart rate for my hill repeats?": not covered, then the topic named
        trace("heart_rate_pivot", pivot.context or "")
        return pivot
    if away is not None:
        # "blister on my big toe", "a chest and back workout for the gym": not leg strength.
        return Answer(away, None, False, OFF_TOPIC_SUGGESTIONS, off_topic=True)
    if (
        injury is not None
        and not hurt
        and (returning(plain) or cleared(plain))
        # (r14 wb: "meniscus trim years ago, how do I squat without wrecking it?": the knee-safe rules)
        and not (getattr(injury, "id", "") == "meniscus" and knee_depth_asked(plain))
    ):
        r_asks, r_bg = split_asks(message)
        # the asks, and the sentence just before them ("weak hips and glutes... which exercises target those")
        later = normalize(" ".join([*SENTENCE.split(r_bg)[-1:], *r_asks]))
        # (r17 ve) "recovering from a calf strain... which exercises can I ease back in with?": the part
        # in the injury's name is what was hurt, not a muscle asked to be targeted
        aimed = _HURT_NAMED.sub(" ", later) if _TARGET_ASK.search(later) else later
        if not (_BUILD_BACK.search(later) and not _TARGET_ASK.search(later)) and (
            any(rx.search(rf"\b(?:{w})\b", aimed) for w, _ in MUSCLE_WORDS)
            or any(says_exercise(f"exercise:{e.id}", aimed) for e in EXERCISES.values())
        ):
            # "back from a stress reaction, cleared; which exercises target the hips?": their ask is
            # answered, after the honest line about the injury itself.
            name = getattr(injury, "name", "That injury")
            if pro_cleared(plain):
                # (r15 xe) whoever cleared them: "cleared by the surgeon" is the surgeon's plan
                who = next(
                    (w for w in ("surgeon", "doctor", "gp", "consultant") if rx.search(rf"\b{w}\b", plain)),
                    "physio",
                )
                who = "GP" if who == "gp" else who
                return_note = (
                    f"Good that you're cleared. {name} isn't covered in detail here, so your {who}'s plan "
                    "comes first; no hopping or jumping until running feels normal again."
                )
            else:
                # ("better now", "healed": no one cleared them, so no "good that you're cleared")
                return_note = (
                    f"Good that it's settled. {name} isn't covered in detail here: build back gradually, "
                    "no hopping or jumping until running feels normal again, and see a physio if it "
                    "flares up."
                )
            injury = None
    if not hurt and injury is None:
        m_asks, m_told = split_asks(message)
        for m_ask in m_asks[:MAX_ASKS]:
            # (the kit told missing in the story or in this ask: an ask of its own, "what if I have no
            # chair?", is answered as itself)
            without = moves_without(
                normalize(f"{m_told} {m_ask}"), normalize(m_ask), named_exercises(normalize(m_ask))
            )
            if without is not None:
                # (xb) "no stairs in the flat: how do I do calf raises and step-ups?": each move's stand-in
                trace("plan", "moves_without")
                return then_rest(without[0], without[1], _HOW_MOVE)
    keep_on = None if hurt else keep_at_it(message, split_asks(message)[0])
    if keep_on is not None:
        # "strength always felt like a chore; any tips to keep at it?" (before a niggle told as the why)
        trace("plan", "keep_at_it")
        return Answer(
            keep_on, "rule:variety_fun", True, (), topics=("rule:variety_fun",), context="rule:variety_fun"
        )
    start = None if hurt else start_reply(message, split_asks(message)[0])
    if start is not None:
        # "sluggish out of the blocks, what helps the first 20 metres?": explosive work
        trace("plan", "start")
        return Answer(
            start, "rule:plyometrics", True, (), topics=("rule:plyometrics",), context="rule:plyometrics"
        )
    no_bar = None if hurt else no_bar_reply(message, split_asks(message)[0])
    if no_bar is not None:
        # "can't put a barbell on my back (old disc issue), what are my options?": no spinal load
        trace("plan", "no_bar")
        return Answer(no_bar, "rule:machines", True, (), topics=("rule:machines",), context="rule:machines")
    grip_how = None if hurt or depth else _grip_how(message, answer_fn)
    if grip_how is not None:
        # (r16 wb) "wrist tendonitis, can't grip dumbbells: how do I do lunges?": the move with nothing held
        trace("plan", "grip_how")
        return then_rest(grip_how[0], grip_how[1], _GRIP_HOW_ASK)
    busy_one = None if hurt else _busy_machine(message)
    if busy_one is not None:
        # (r16 zb) "the leg press is broken at my gym, what do I do instead?": that machine's swaps in the
        # gym, not a gym plan that lists it
        trace("plan", "busy_machine")
        return then_rest(busy_one[0], busy_one[1], _SWAP_ASK)
    eve_heavy = None if hurt else heavy_before_hard(message, split_asks(message)[0])
    if eve_heavy is not None:
        # "heavy 5s Mon and Thu, intervals Tuesday, legs dead: what should I change?": the day and the load
        trace("plan", "heavy_before_hard")
        return then_rest(eve_heavy, "rule:hard_run_day", OVER_ASK)
    step_gone = None if hurt or depth or last is not None else no_step(plain)
    if step_gone is not None:
        # (r14 vb) "wheelchair-accessible flat, no steps anywhere. leg stuff without a step?"
        trace("plan", "no_step")
        return then_rest(step_gone, "rule:home_workout", None)
    two_legs = None if hurt or depth or last is not None else no_one_leg(plain)
    if two_legs is not None:
        # (r17 ve) "balance is terrible, so single leg stuff is out for now: what two-legged exercises?"
        trace("plan", "no_one_leg")
        return then_rest(two_legs, "exercise:wall_squat", None)
    told_kit = (
        None
        if hurt
        # ((r16 wb) "my apartment gym only has a treadmill, what should I do?": the kit told, no move asked)
        or [
            x
            for x in named_exercises(normalize(" ".join(split_asks(message)[0])))
            if x != "exercise:treadmill_incline" or "incline" in plain
        ]
        else told_kit_reply(message, split_asks(message)[0])
    )
    if told_kit is not None:
        # "my building gym has a treadmill and a flat bench, anything worth doing?": that kit's moves
        trace("plan", "told_kit")
        return then_rest(told_kit, "rule:home_workout", TOLD_KIT_COVERS)
    how_named = any(
        rx.match(r"(?:how (?:do|should|can) i|how to) (?:do|perform)\b", normalize(a)) and named_exercises(a)
        for a in split_asks(message)[0]
    )  # ("how do I perform the bridge correctly? my physio says my glutes are weak": the how-to asked)
    # (r16 za) "left hip drops... would those side-lying leg lifts help?": the move asked about gets its
    # verdict, not the one-legged block the weaker side told would bring
    help_named = any(
        rx.match(r"(?:(?:and|so|but) )*(?:would|will|could|can|do|does|might) ", normalize(a))
        and rx.search(r"\b(?:help|helps|work|fix|sort|good|useful|worth)\b", normalize(a))
        and named_exercises(normalize(a))
        for a in split_asks(message)[0]
    )
    weak = (
        None
        if hurt or how_named or help_named or getattr(injury, "id", "") == "condition"
        else pro_weak(message, split_asks(message)[0], getattr(injury, "name", None))
    )
    if weak is not None and any(_CAUSE_ASK.match(normalize(a)) for a in split_asks(message)[0]):
        # (r16 za) "My coach thinks weak hips. Could that be the cause?": the verdict on it first
        weak = (f"Possibly. {weak[0]}", weak[1])
    if weak is not None:
        # "My physio says my hips are weak. What exercises target that?": the muscle they found leads
        trace("background", "pro_weak")
        return then_rest(weak[0], weak[1], _WEAK_OR_BOTH if "two-legged moves" in weak[0] else WEAK_ASK)
    sore_dose = (
        _sore_then_dose(message, answer_fn)
        if injury is not None and not hurt and getattr(injury, "id", "") == "session_sore"
        else None
    )
    if sore_dose is not None:
        # "how many hill repeats am i meant to do, quads are cooked after 3": the number asked, then
        # the soreness told (normal, build up), not the soreness alone
        trace("sore_dose", sore_dose.topic or "")
        return sore_dose
    sore_hops = None if hurt or injury is not None else hops_while_sore(plain)
    if sore_hops is not None:
        trace("hops_while_sore")
        return Answer(sore_hops, None, False, ("Injury prevention", "Plyometrics"))
    ill_asks = split_asks(message)[0] if getattr(injury, "id", "") == "illness" else []
    if (
        ill_asks
        and not hurt
        and not depth
        and pro_cleared(plain)
        and not _ILL_NOW.search(plain)
        # ("how do I ease back into the strength side?": the way back is the ask, the illness answer has it)
        and not any(_EASE_BACK.search(normalize(a)) for a in ill_asks)
    ):
        # (r18 ta) "had covid twice... GP has cleared me. I've only got 20 minutes: is that enough, and what
        # would you put in it?": the asks answered, after one line on easing back in (not the illness
        # caution alone, and no "check with a doctor" to someone a doctor has cleared)
        well = " ".join(x for x in SENTENCE.split(message) if not injury.pattern.search(normalize(x)))  # type: ignore[union-attr]
        ill_said = respond(well, None, answer_fn, engine, depth=1)
        # ("two weeks off" read as the monthly week off is no answer to "what now?")
        if ill_said.found and not ill_said.off_topic and "rule:recovery_week" not in ill_said.topics:
            trace("uncovered", "illness_cleared")
            return replace(ill_said, text=f"{ILL_CLEARED_LINE}\n{ill_said.text}")
    if injury is not None:
        trace("uncovered", injury.name if hasattr(injury, "name") else str(injury))
        text = uncovered_text(injury, hurt, plain)
        if _DAILY_HABIT.search(plain) and _OVERDONE_ASK.search(plain):
            # (r17 va) "plyos every single day for two weeks, achilles achy: have I overdone it, and how often
            # should they be?": the verdict and the figure first, then the care for what aches
            text = f"{DAILY_OVERDONE_LEAD}\n{text}"
        return Answer(text, None, False, ("Injury prevention", "Calf raise", "Weak hips and poor alignment"))
    if not hurt and CHILDREN.search(plain) and CHILDREN_ASK.search(plain) and not _TEEN_TOLD.search(plain):
        trace("children")
        return Answer(
            CHILDREN_TEXT, "rule:routine", True, (), topics=("rule:routine",), context="rule:routine"
        )
    if not hurt and YOUNG.search(plain) and YOUNG_ASK.search(plain):
        # "im 16, am i too young to lift?": not in the article; said so, with safe general guidance.
        return Answer(YOUNG_TEXT, "rule:routine", True, (), topics=("rule:routine",), context="rule:routine")
    if (
        not hurt
        and AFTER_SESSION.search(plain)
        and NORMAL_ASK.search(plain)
        and not PART_PAIN.search(plain)
        and not (_SESSION_AHEAD.search(plain) and not _LEGS_FEEL.search(plain))
    ):
        # "first leg session yesterday, today I can barely walk down stairs. normal?": the soreness
        # after a session (its honest answer says what is not normal).
        doms = gap(normalize("legs sore after leg day, is that normal"))
        if doms is not None:
            return Answer(doms[0], doms[1], True, OFF_TOPIC_SUGGESTIONS, topics=(), context=doms[1])
    if not hurt and COMBINE.search(plain) and len(split_asks(message)[0]) == 1:
        return Answer(
            COMBINE_TEXT, "rule:frequency", True, (), topics=("rule:frequency",), context="rule:frequency"
        )
    if (
        not hurt
        and COMBINE.search(plain)
        and any(
            COMBINE.search(normalize(a)) and _CHANGE_HOW.search(normalize(a)) for a in split_asks(message)[0]
        )
    ):
        # (r20 tn) "Should I change how I train legs now running is the priority? And how many days a week?":
        # the fit around running asked, its figures (how often, sets and reps) in the same reply; the other
        # asks after it (alone, the first read "change" as varying the routine)
        trace("plan", "combine")
        should = any(
            rx.match(r"(?:(?:so|and|but) )*should i\b", normalize(a)) for a in split_asks(message)[0]
        )
        # ("should I change...?" is a yes/no: yes, fitted to the running, not "keep it" as it is)
        text = (
            COMBINE_TEXT.replace("Keep the leg work; fit", "Yes: keep the leg work but fit", 1)
            if should
            else COMBINE_TEXT
        )
        return then_rest(text, "rule:frequency", _COMBINE_COVERS)
    # ("calf raises flat on the floor or off a step, does it matter?": an either/or, its verdict)
    form = None if hurt or versus(plain) is not None else form_check(message, *split_asks(message))
    if form is not None:
        # "I do bridges like this... am I doing them right?": that exercise's cues against what they told
        trace("form_check", form[1])
        return then_rest(form[0], form[1], FORM_ASK)
    if not hurt and _PLYO_SAID.search(plain) and _LIFT_NAMED.search(plain) and _PAIR_ASK.search(plain):
        # "plyometrics before or after lifting?", "box hops and squats the same day, which first?"
        trace("plan", "plyo_order")
        order = PLYO_ORDER_TEXT
        if _START_OR_END_ASK.search(plain):
            # (r17 vd) "at the start or at the end?": where, not whether they can share a session
            order = "At the start, after the warm-up: t" + order.split("; t", 1)[1]
        return then_rest(order, "rule:plyometrics", _PAIR_ASK)
    if not hurt and _PLYO_SAID.search(plain) and _KNEE_WORRY.search(plain) and not _LIFT_NAMED.search(plain):
        # (r17 uf) "any plyo stuff that isnt gonna wreck my knees?": the gentlest drills first, landing
        # softly, and a stop if the knees hurt (not plyometrics described)
        trace("plan", "plyo_knees")
        knees = PLYO_KNEES_TEXT
        if _YES_NO_ASK.match(plain):
            knees = "Yes, with care. " + knees  # "are plyos ok for bad knees?"
        return then_rest(knees, "rule:plyometrics", None)
    season = None if hurt else season_verdict(message, split_asks(message)[0])
    if season is not None:
        # "ice and dark evenings, three treadmill runs a week: should I use this period for strength?"
        trace("plan", "season")
        return Answer(
            season, "rule:off_season", True, (), topics=("rule:off_season",), context="rule:off_season"
        )
    if not hurt and any(
        SPREAD.search(normalize(a)) and not named_exercises(normalize(a)) for a in split_asks(message)[0]
    ):
        # "one long gym session on Sunday or spread it over the week?": split it (not a gym plan)
        trace("plan", "spread")
        return then_rest(SPREAD_TEXT, "rule:frequency", SPREAD)
    if back_off and not hurt:
        # "legs dead, runs awful. Push through or back off?": back off, the week off, then how to return
        trace("plan", "back_off")
        return then_rest(BACK_OFF_TEXT, "rule:recovery_week", BACK_OFF)
    if cut_back and not hurt:
        # (r19 tg) "...I feel permanently tired. Should I be cutting something, and do runners ever take a
        # break from the weights?": ease the strength side, and the week off (its own ask covered too)
        trace("plan", "cut_back")
        return then_rest(CUT_BACK_TEXT, "rule:recovery_week", _CUT_COVERS)
    o_asks, o_background = split_asks(message)
    # ("I'm wondering if I'm overdoing it. Should I do something different?": the worry told is an ask)
    o_asks += [x for x in SENTENCE.split(o_background) if _OVERDO_TOLD.search(normalize(x))]
    heavy = None if hurt else _too_heavy(message, o_asks)
    if heavy is not None:
        # "as heavy as I can, 5 reps to failure, form gets ugly, legs dead for parkrun. Overdoing it?"
        trace("plan", "too_heavy")
        return then_rest(heavy, "rule:form_first", OVER_ASK)
    light = None if hurt else _too_light(message, o_asks)
    if light is not None:
        # "light weights, 3 sets of 25, three times a week, legs always wrecked. Is this set up right?"
        trace("plan", "too_light")
        return then_rest(light, "rule:sets_reps", _SET_UP_RIGHT)
    heavy_review = None if hurt else review(message)
    if heavy_review is not None and heavy_review.startswith("Two changes"):
        # (r16 za) "leg press and extensions as heavy as I can, sets of 4; physio says it's unbalanced. What
        # should I change?": the load and the missing muscles, not only the load
        trace("plan", "review_heavy")
        return then_rest(heavy_review, "rule:sets_reps", OVER_COVERS)
    over = None if hurt else overload_reply(message, o_asks)
    if over is not None:
        # "legs 3x a week for four months, no breaks, flat on runs. What am I doing wrong?"
        trace("plan", "overload")
        o_topic = "rule:recovery_week" if "week off" in over else "rule:frequency"
        return then_rest(over, o_topic, OVER_COVERS)
    # The runner's week, told and asked about: "leg day Monday, long run Tuesday, legs dead for it.
    # Should I move leg day?"; "I can only lift on my interval nights" (run first, kept short);
    # "10k on Sunday, I lift Thursday and Saturday: which one should I drop?" (the race's eve).
    for week_reply, name, w_topic, covers in (
        (move_day_reply, "move_day", "rule:hard_run_day", None),
        (shared_day_reply, "shared_day", "rule:run_first", None),
        (drop_reply, "drop_day", "rule:race_day", DROP_COVERS),
    ):
        told = None if hurt else week_reply(message)
        if told is not None:
            trace("plan", name)
            return then_rest(told, w_topic, covers)
    eve = None if hurt else _eve_reply(message)
    if eve is not None:
        # "10k on Sunday, my legs session is Saturday morning. Do it as normal or skip?": the race's eve
        trace("plan", "race_eve")
        return then_rest(eve, "rule:race_day", _KEEP_OR_SKIP)
    ends = (
        None
        if hurt
        or not (
            _BOTH_ENDS.search(plain)
            or any(
                _ENDS.search(normalize(a))
                # ("stretching before and after a workout?": both, its own short verdict)
                and not ("stretch" in normalize(a) and "warm" not in normalize(a))
                for a in split_asks(message)[0]
            )
        )
        else _ends_reply(engine)
    )
    if ends is not None:
        # "I walk in and start on the leg press. What should the start and end of a session look like?"
        trace("plan", "ends")
        return then_rest(ends, "rule:warm_up", _EVERY_ASK if _BOTH_ENDS.search(plain) else _ENDS)
    run_up = None if hurt else _run_up_reply(message)
    if run_up is not None:
        # "10k in 3 weeks, two leg sessions a week. What should I do in the run-up, especially race week?"
        trace("plan", "run_up")
        return then_rest(run_up, "rule:race_day", _RUN_UP)
    own_review = None if hurt else review(message)
    if own_review is not None:
        # "leg press, extensions and calf raises, 3x10, pretty easy. Am I doing it wrong?": their routine
        trace("plan", "review")
        # (r15 yc) "...Is that enough? How high for the step-ups?": the review, then the other asks
        return then_rest(own_review, "rule:routine", REVIEW_JUDGE)
    practice = None if hurt or depth else _practice_review(message, *split_asks(message))
    if practice is not None:
        # "lots of bouncing squat jumps, fast reps, to failure. Is this right for me?": what to change
        trace("practice_review")
        return then_rest(practice, "rule:slow_controlled", _REVIEW_ASK)
    then_verdict = None if hurt else then_day_reply(message)
    if then_verdict is not None:
        # "hard track workout on Thursdays. Can I squeeze strength in then?": "then" is the Thursday.
        trace("plan", "then_day")
        # (an ask it doesn't cover, "...and how long should sessions be?", is answered after it)
        then_covers = _DAYS_AND_START if "Start with" in then_verdict else WHICH_DAYS
        return then_rest(then_verdict, "rule:hard_run_day", then_covers)
    kit_verdict = None if hurt else kit_enough(plain)
    if kit_verdict is not None and kit_verdict.startswith("Yes: light"):
        # "only own one pair of 5kg dumbbells, enough? was thinking RDLs": the verdict, then the rest
        trace("plan", "kit_enough")
        return then_rest(kit_verdict, "rule:free_weights", ENOUGH)
    if kit_verdict is not None and len(split_asks(message)[0]) == 1:
        # "my gym only has a leg press and a treadmill, is that enough?": what to add, no more kit
        trace("plan", "kit_enough")
        return Answer(
            kit_verdict, "rule:machines", True, (), topics=("rule:machines",), context="rule:machines"
        )
    verdict = None if hurt else enough(plain)
    if (
        verdict is not None
        and len(split_asks(message)[0]) == 1
        and not OPEN.search(plain)
        # ("is once a week enough?" alone: content/direct.py's verdict)
        and (
            MINUTES_SAID.search(plain)
            or verdict.startswith("Yes")
            # "I only have time for one session a week (and run three times). Is that enough?"
            or bool(
                rx.search(r"\b(?:one|1|a single) (?:strength |leg |gym )?(?:session|workout) a week\b", plain)
            )
        )
    ):
        # "only 15 mins twice a week, is that even worth it?": their time against the article's.
        about = "rule:time_needed" if MINUTES_SAID.search(plain) else "rule:frequency"
        return Answer(verdict, about, True, (), topics=(about,), context="rule:frequency")
    p_asks, p_background = split_asks(message)
    yes_no = any(
        rx.match(r"(?:should|do|does|is|are|will|would|can|could)\b", normalize(a)) for a in p_asks
    )  # "should I bother with plyos, and where do I start?": the verdict first, the usual reading
    plyo_first = None if hurt or yes_no else plyo_start(plain, bool(p_background.strip()) or len(p_asks) > 1)
    if plyo_first is not None:
        # "never done any jumping drills, where do I start and how do I progress?"
        trace("plan", "plyo_start")
        # ("what is plyometrics, is it ok at 57, and how do I start?": the start answers its own ask,
        # and the others are answered after it)
        started = then_rest(plyo_first, "rule:plyometrics", _START_ASKED)
        first_ask = normalize(split_asks(message)[0][0]) if split_asks(message)[0] else ""
        body, _, plyo_ptr = started.text.partition("\nFull card:")
        paragraphs = body.split("\n\n")
        if len(paragraphs) == 2 and not _START_ASKED.search(first_ask):
            # (the asks' order kept: "what is plyometrics..., and how do I start?" -> what, then how)
            text = "\n\n".join(paragraphs[::-1]) + (f"\nFull card:{plyo_ptr}" if plyo_ptr else "")
            started = replace(started, text=text)
        # "what even is plyometrics, is it ok for a beginner, and how do I start?": each part, in order
        plyo_said = started.text
        if _PLYO_WHAT.search(plain) and "bounding" not in plyo_said:
            plyo_said = "Plyometrics are jumping and bounding drills that build explosive power. " + plyo_said
        if _PLYO_BEGINNER_OK.search(plain) and not rx.search(r"(?:^|\n)(?:Yes|No)\b", plyo_said):
            ok_line = "Yes, they suit a beginner if you start easy and land softly. "
            head, sep, tail = plyo_said.partition("\n\n")
            plyo_said = (
                f"{head}{sep}{ok_line}{tail}"
                if sep and head.startswith("Plyometrics are")
                else ok_line + plyo_said
            )
            if plyo_said.startswith(ok_line) and plyo_said[len(ok_line) :].startswith("Plyometrics are"):
                # (what they are first, then the verdict)
                plyo_head, _, after = plyo_said[len(ok_line) :].partition(". ")
                plyo_said = f"{plyo_head}. {ok_line}{after}"
        started = replace(started, text=plyo_said)
        return started
    together = None if hurt or len(p_asks) > 1 else all_in_one(plain)
    if together is not None:
        # "what can I do at home that hits quads, hams and glutes in one go?": that one move
        return Answer(together[0], together[1], True, (), topics=(together[1],), context=together[1])
    ramp = None if hurt else _RAMP_TOLD.search(plain)
    if ramp is not None and len(p_asks) == 1 and _SUBSTITUTE_ASK.search(normalize(p_asks[0])):
        # (r16 za) "flat city... a multi-storey car park ramp near me and a gym membership. What's my best
        # substitute?": the slope they told first, at the article's grade, then the treadmill
        trace("plan", "ramp")
        gym = " in your gym" if rx.search(r"\bgym\b", plain) else ""
        lead = (
            f"Yes, if it's about a 5–10% grade: run up the {ramp.group(0)}"
            if _YES_NO_ASK.match(normalize(p_asks[0]))
            else f"Your {ramp.group(0)}, if it's about a 5–10% grade: run up it"
        )
        text = (
            f"{lead} lifting your knees and pumping your arms, jog back down to recover, 5–8 times. If it's "
            f"steeper or busy, a treadmill{gym} with the incline raised to 5–10% does the same job.\n"
            "Full card: /exercise hill repeats"
        )
        return Answer(
            text,
            "exercise:hill_repeats",
            True,
            (),
            topics=("exercise:hill_repeats",),
            context="exercise:hill_repeats",
        )
    single = None if hurt else one_pick(plain)
    chosen = versus(plain)
    if single is not None and chosen is not None and chosen[1] != single[1]:
        single = None  # ("step-ups or lunges, if I can only do one?": the verdict between the two named)
    if single is not None:
        # "I've got time for only one glute exercise. Which one?": one, not the list
        trace("plan", "one_pick")
        # (r19 tk: the balance verdict says what kind too, so it covers every ask)
        return then_rest(single[0], single[1], _EVERY_ASK if single[0] == BALANCE_POINT_TEXT else None)
    part_asks = split_asks(message)[0]
    part = None if hurt or len(part_asks) > 1 else kit_part(plain, normalize(" ".join(part_asks)))
    if part is not None:
        # "All I have is a bench and ankle weights. Anything for my hips?": that part's moves the kit allows
        trace("plan", "kit_part")
        head = part[0].split("\n", 1)[0].lower()
        ask0 = normalize(part_asks[0]) if part_asks else ""
        if _CAN_I_DO.search(ask0) and any(
            EXERCISES[x.split(":")[1]].name.lower() in head
            for x in named_exercises(ask0)
            if x.startswith("exercise:")
        ):
            # (r17 ub) "only a chair - could I still do the hamstring push-up?": the move named is one
            # the kit allows, so the verdict first
            return Answer(f"Yes. {part[0]}", part[1], True, (), topics=(part[1],), context=part[1])
        return Answer(part[0], part[1], True, (), topics=(part[1],), context=part[1])
    # "15 min on my lunch break, give me a leg routine" is on topic; "home or gym for a beginner?"
    # asks for a verdict (content/compose.py settled), not a plan.
    # ("hill repeats or a gym session, which is better for my quads?": the either/or verdict, not a plan)
    verdict_asked = settled(message) is not None and any(
        # (a settled verdict the asks never ask for: "ball and dumbbells... what can I do with this lot?"
        # is a plan for that kit, not the bodyweight-or-dumbbells verdict)
        _CHOICE_ASKED.search(normalize(a))
        for a in p_asks
    )
    if not hurt and _HILLS_FOR_GYM.search(plain) and _HILLS_SKIP_ASK.search(plain):
        # (r16 zc) "hill reps = leg day? skip gym": whether the hills can be all the strength work, one
        # verdict for the message's asks about it
        trace("plan", "hills_for_gym")
        return then_rest(HILLS_ALONE_TEXT, "exercise:hill_repeats", _HILLS_GYM_ASKS)
    both_places = home_and_gym(plain, p_asks) if not hurt and not verdict_asked else None
    if both_places is not None:
        # (r18 tb) "what can I do for my hamstrings at home, and what at the gym?": one line for each place
        trace("plan", "home_and_gym")
        return Answer(
            both_places[0], both_places[1], True, (), topics=(both_places[1],), context=both_places[1]
        )
    own = (
        plan(plain, their_days)
        # ("do I even need a strength sesh if I already run 50k?": yes and why, not a routine)
        if not verdict_asked
        and chosen is None
        and not any(need_lifting(a, plain) for a in p_asks)
        # (r16 zc) "hill reps = leg day? skip gym": whether hills replace the gym, not a gym routine
        and not _HILLS_FOR_GYM.search(plain)
        else None
    )
    if (
        own is not None
        and p_asks
        and all(_WHY_ONLY.search(normalize(a)) for a in p_asks)
        and not any(OPEN.search(normalize(a)) for a in p_asks)
    ):
        # "why would a few sets of squats twice a week change my speed? what's the pathway?": the reason
        # asked, not a routine for the kit and time the question happens to mention
        own = None
    if (
        own is not None
        and p_asks
        and all(SLOWER.search(normalize(a)) for a in p_asks)
        and not named_exercises(plain)
    ):
        # (r18 tf) "ngl leg day scares me, will it make me slow af": the speed worry asked, not a routine
        own = None
    if (
        own is not None
        and not any(OPEN.search(normalize(a)) for a in p_asks)
        and any(order_verdict(normalize(a)) is not None for a in p_asks)
    ):
        # (r17 ub) "I do my gym session first then go for my run after, that fine?": the day's order is
        # asked, not a gym routine for the "gym" it names
        own = None
    if (
        own is not None
        and p_asks
        and all(_SAME_DAY_ASK.search(normalize(a)) for a in p_asks)
        and not any(OPEN.search(normalize(a)) for a in p_asks)
    ):
        # (r19 th) "...want to add two leg sessions. Is doing strength and intervals on the same day a
        # problem?": the same-day verdict asked, not a routine for the sessions the story mentions
        own = None
    if (
        own is not None
        and p_asks
        and all("muscle" in a.lower() and _MUSCLES_ASK.search(normalize(a)) for a in p_asks)
    ):
        # (r20 to) "I want to plan a balanced routine. Which muscles actually do what in a stride?": the
        # muscles asked, not the routine the story says it will build from them
        own = None
    if (
        own is not None
        and len(p_asks) == 1
        and _PRIORITY.search(normalize(p_asks[0]))
        and others_advice_lead(plain)
    ):
        own = None  # (r16 wc) "gym bros say deadlift, run club says yoga, what actually matters?": no plan
    kit_for_move = bool(
        named_exercises(plain)
        and _KIT_FOR_MOVE.search(plain)
        and not any(MOVES_ASK.search(normalize(a)) for a in p_asks)
    )
    if kit_for_move:
        own = None  # (t27) "no gym ball for wall squats, what do I do?": that move's way round, no plan
    if (
        own is not None
        and len(p_asks) == 1
        and _ABOUT_TOLD_MOVE.match(normalize(p_asks[0]))
        and not named_exercises(normalize(p_asks[0]))
        and len(_told_moves(p_background)) == 1
    ):
        own = None  # "...started doing hill repeats. Is it doing anything?": that move's verdict, no plan
    if (
        own is None
        and not hurt
        and not verdict_asked
        and not kit_for_move
        and chosen is None
        and any(_PLAN_ASKED.search(normalize(a)) for a in p_asks)
        and not any(need_lifting(a, plain) for a in p_asks)
    ):
        # "What would a simple plan look like?" with no kit or place told: the basic moves need none
        base = plan(f"{plain} at home", their_days)
        if base is not None and base.text.startswith("With what you have at home:"):
            trace("plan", "plain_ask")
            own = replace(
                base,
                text=base.text.replace("With what you have at home:", "A simple start, no kit needed:", 1),
            )
    if own is not None and any(_TOO_LATE_RACE.search(normalize(a)) for a in p_asks):
        # (r16 ze) "10k in ten days, never lifted: too late to start before the race?": the race's answer
        own = None
    if own is not None and any(sprint_start(a, p_background) for a in p_asks):
        own = None  # "slow out of the blocks, what would help my start?": the sprinter's start, not a routine
    week_told = bool(WHICH_DAYS.search(plain) and (week_verdict(message) or days_reply(message.lower())))
    if own is not None and week_told and (not OPEN.search(plain) or FIT_ASK.search(plain)):
        own = None  # "mon rest, tue hills, fri tempo... where do I put two gym days": their days, not a plan
    if (
        own is not None
        and p_asks
        and all(_VERDICT_ON_TOLD.match(normalize(a)) for a in p_asks)
        and week_verdict(message) is not None
    ):
        # (r20 tn) "hard track Wednesdays, Thursday's my only gym slot, race Saturdays. Does that setup
        # work?": every ask is a yes/no on the week the story told, so the verdict on its lift day, not a
        # routine for the "gym" the story names
        own = None
    if (
        own is None
        and off_scope(plain)
        and not hurt
        and not story_on_topic
        and not off_asks
        # ("what should I watch out for when I start strength training?": the article's cautions)
        and not careful
        # ("circuits or all my sets of one exercise first?": how a session runs)
        and not SETS_FIRST.search(plain)
    ):
        return Answer(OFF_TOPIC_TEXT, None, False, OFF_TOPIC_SUGGESTIONS, off_topic=True)
    asks, background = split_asks(message)
    replies: list[Answer] = []
    kinds: list[str] = []
    asked: list[str] = []
    age_led = False
    if own is not None and _TOO_LATE.search(plain) and not hurt and not own.text.startswith("No"):
        # (r15 xe) "I'm 55, too late to start, and how do I begin?": the age verdict leads the plan,
        # whether the worry is asked or only told
        own = replace(own, text=f"{_age_lead(plain)}\n{own.text}")
        age_led = True
    if own is not None:
        trace("plan", own.topic or "")
        # The runner's kit and time decide what to do: one plan covers the open asks and the doses;
        # the other asks ("will it leave me tired?") are answered after it.
        replies.append(Answer(own.text, own.topic, True, (), topics=(own.topic,), context=own.topic))
        kinds.append("plan")
        asked.append(message)
        asks = [
            a
            for a in asks
            # ("can you help?", "thoughts?" after the constraints: the plan is the help)
            if (
                not rx.match(
                    r"(?:so |and )?(?:(?:can|could) you help(?: me)?|help me|any help|thoughts|ideas)\W*$",
                    normalize(a),
                )
                and not is_covered(a)
                # ("straight after the run ok?" when the plan already led with "run first")
                and not (DAY_SLOT.search(normalize(a)) and "run first" in own.text)
                and not (
                    TOO_SOON.search(normalize(a))
                    and (TOO_SOON_LINE in own.text or START_NOW_LINE in own.text)
                )
                # (r17 vb) "how do I progress it and keep it interesting?" under "Make it harder: ..." and
                # the keep-it-fun line: both said
                and not (
                    own.text.startswith(("Make it harder", "Make them harder"))
                    and _PROGRESS_OR_FUN.search(normalize(a))
                )
                # (r16 wa) "walk me through it from start to finish" under a plan laid out start to end
                and not (SESSION_WALK.search(normalize(a)) and SESSION_START_LINE in own.text)
            )
            or (ENOUGH.search(normalize(a)) and not OPEN.search(normalize(a)))  # ("what's worth doing")
            or (week_told and WHICH_DAYS.search(normalize(a)))
        ]
        if age_led:
            asks = [a for a in asks if not _TOO_LATE.search(normalize(a))]  # (said in the lead)
        # (r16 za) "which moves are silent, and should I just skip the jumping drills?" under a plan that
        # leads "No jumping, so no plyometrics": the skip asked is what its lead already settled
        own_lead = set(normalize(own.text.split("\n", 1)[0]).split())
        asks = [a for a in asks if not _SKIP_SETTLED(normalize(a), own_lead)]
        if GYM_OUT_LINE in own.text:
            # (r14 vb) "hate gyms, can I still get strong legs?": the plan's "No gym needed" answered it
            asks = [
                a
                for a in asks
                if not GYM_OUT_ASK.search(normalize(a)) and not rx.search(r"\bgyms?\b", normalize(a))
            ]
        if rx.match(r"(?:Yes|No)\b", own.text):
            # "only a 3kg pair of dumbbells, worth bothering?": the plan's "Yes." answered it; the why-
            # strength or a muscle's block after the plan would be a second answer to the same ask
            asks = [a for a in asks if not _WORTH_ASK.search(normalize(a))]
    context = last
    told_context: str | None = None
    symptom_of: str | None = None
    told_injury: str | None = None
    if background:
        # "My knees ache after long runs. What should I do?": the first background sentence that
        # tells a symptom or a missing piece of kit is what the questions are about.
        found_in: list[str] = []
        kit_told: str | None = None
        for sentence in _told_pieces(background):
            if _indirect_ask(sentence) is not None:
                continue  # (xb) "not sure whether I lift my hips first": an ask, answered after the reply
            told = normalize(sentence)
            useful = (
                PART.search(told)
                or KIT_TOLD.search(told)
                or FORM_WORDS.search(told)
                or "imbalanc" in told
                or KIT_LACK.search(told)
            )
            # (a fragment naming no body part, kit or form word can't set the topic: not routed)
            long_enough = len(told.split()) >= 3 or bool(KIT_LACK.search(told))  # "no hills"
            # ("the inside of my lower leg along the bone" is where shin pain is felt)
            # ("I hate the treadmill with a passion": kit they won't use is no topic)
            ans = (
                answer_fn(SHIN.sub("shin", sentence))
                if long_enough and useful and not KIT_HATED.search(told)
                else None
            )
            told = normalize(sentence)
            if ans is not None and ans.context == "exercise:hill_repeats" and hills_as_place(told):
                ans = None  # "I'm slower on the hills than I used to be": where it shows, not hill repeats
            if ans is not None and ans.found and ans.context and KIT_TOLD.search(told):
                # "I don't know what half the machines do": what "which ones" means (the kit, not its lack).
                kit_told = KIT_TOPIC.get(ans.context, ans.context)
                if kit_told.startswith("equipment:"):
                    kit_told = None
            if ans is None or not ans.found or not ans.context or not ans.context.startswith(BACKGROUND):
                continue
            if ans.context.removeprefix("muscle:") in strong_told(normalize(background)):
                continue  # "my quads are strong but my glutes feel lazy": not the quads
            if ans.context.startswith("muscle:") and not any(
                m == ans.context and rx.search(rf"\b(?:{w})\b", _EX_NAMES.sub(" ", told))
                for w, m in MUSCLE_WORDS
            ):
                # "the inside of my lower leg aches": not the glutes the words landed on; "my gym has a
                # hamstring curl": a machine, not the hamstrings told
                continue
            if ans.context.startswith("rule:") and not FORM_WORDS.search(told):
                continue  # "I run 4x a week" is not about running form
            if ans.context.startswith("equipment:") and not KIT_LACK.search(told):
                continue  # "I've got a chair", "no time for a gym block": not a missing piece of kit
            if ans.context.startswith("injury:") and not (
                (
                    SYMPTOM.search(told)
                    or FORM_WORDS.search(told)
                    or "weak" in told.split()
                    or _PART_BEATEN.search(told)
                )
                and PART.search(told)
            ):
                continue  # "knee one block", "I'm sore for days": no symptom of a named part
            found_in.append(ans.context)
        # A symptom or a missing piece of kit says most about what the runner needs.
        found_in.sort(key=lambda t: not t.startswith(("injury:", "equipment:")))
        told_moves = _told_moves(background)
        told_last = _told_moves(SENTENCE.split(background.strip())[-1], aliases=True)
        if not told_moves and len(told_last) == 1 and _PRONOUN_ASK.search(normalize(asks[0] if asks else "")):
            # (r17 ve) "...my quads get destroyed. I've been thinking about leg extensions. Are those worth
            # doing?": the move told by a two-word alias in the sentence just before the pronoun ask
            told_moves = told_last
        if (
            len(told_moves) == 1
            and asks
            and (
                # (r15 ya) "Bridges feel easy. How do I make them harder?": the pronoun is the move told
                (
                    (
                        bool(set(normalize(asks[0]).split()) & {"it", "them", "they", "these", "those"})
                        # (r19 tg) "...doing wall squats with one. How do I do that exercise properly?"
                        or bool(_THAT_MOVE.search(normalize(asks[0])))
                    )
                    and named_topic(normalize(asks[0])) is None
                    and (
                        not any(t.startswith(("muscle:", "injury:")) for t in found_in)
                        # (r17 ve) "...my quads get destroyed. I've been thinking about leg extensions.
                        # Are those worth doing?": the move in the sentence just before the ask
                        or (not any(t.startswith("injury:") for t in found_in) and told_last == told_moves)
                    )
                )
                or rx.match(
                    r"^(?:so |but |and )?(?:(?:is|does|do|will|would|could|should|can|am) "
                    r"(?:that|it|this|i)\b|"
                    # (td, round 13) "...a ball between your back and the wall. How low do I go?": a detail
                    # of the one move told
                    r"how (?:low|deep|far|high|many|heavy|steep)\b|where (?:do|does|should|am|are)\b|"
                    # (r19 tk) "...the bridge on my bedroom floor. How long am I supposed to hold it?"
                    r"how long (?:\w+ ){0,4}hold\b|"
                    r"(?:what|which) (?:muscles?|parts?|bits?)\b|(?:and |so )?then what\b|"
                    r"(?:do |so )?you (?:lie|lay|stand|put|start|sit|hold|rest|step|place|lean|get)\b|"
                    r"what(?:s| is| are) (?:it|that|this|they) (?:\w+ )?for\b)",
                    normalize(asks[0]),
                )
            )
            and not named_exercises(normalize(asks[0]))
            and not any(t.startswith(("injury:", "equipment:")) for t in found_in)
        ):
            # "...I've started doing hill repeats up the lane. Is it doing something real?": "it" is
            # the one move the runner told, not a rule a passing word ("a gym session") landed on.
            found_in.insert(0, told_moves[0])
            for at_ask, told_ask in enumerate(asks):
                it = _GOOD_FOR_IT.match(told_ask)
                if it is not None and not named_exercises(normalize(told_ask)):
                    # (td r13) "I've been doing wall squats. Is that good for runner's knee?": the move
                    # is what's asked about for the knee, not the knee's own list
                    move = EXERCISES[told_moves[0][9:]].name.lower()
                    asks[at_ask] = f"{told_ask[: it.start(1)]}the {move}{told_ask[it.end(1) :]}"
        if not found_in and all(
            set(normalize(a).split()) & BACK
            or len([w for w in normalize(a).split() if w not in STOPWORDS]) <= 2
            for a in asks[:1]
        ):
            # "calves always sore after tempo runs, should I lift them?": "them" is the muscle told.
            named_muscle = next(
                (
                    m
                    for w, m in MUSCLE_WORDS
                    if rx.search(
                        rf"\b(?:{w})\b",
                        _EX_NAMES.sub(
                            " ",
                            # (xb: not the muscle a question told inside the story names)
                            normalize(
                                " ".join(x for x in SENTENCE.split(background) if _indirect_ask(x) is None)
                            ),
                        ),
                    )
                ),
                None,
            )
            if named_muscle:
                found_in.append(named_muscle)
        if (
            not found_in
            and kit_told
            and all(
                set(rx.sub(r"\bone (?:leg\w*|foot|side)\b", "", normalize(a)).split()) & BACK
                and not NOW_ASK.search(normalize(a))
                for a in asks[:1]
            )
        ):
            # ("...I notice it on hills. Should I do one-legged stuff?": "one" is no pronoun for the hills)
            found_in.append(kit_told)  # "...the machines. Which ones should I use?"
        if (
            asks
            and _OPPOSING_TOLD.search(normalize(background))
            and found_in[:1] != ["rule:opposing_balance"]
            and not named_exercises(normalize(asks[0]))
            and _WORRY_ASK.search(normalize(asks[0]))
        ):
            # (r19 tk) "My quads are massive compared to my hamstrings... Is it something I should worry
            # about?", "...the back of my legs is weak. Why would that matter?": the imbalance told is the
            # "it", not one of the two muscles
            found_in.insert(0, "rule:opposing_balance")
        if found_in:
            trace("background", found_in[0])
            context = found_in[0]
            told_context = context
            told_injury = context if context.startswith("injury:") else None
            if context.startswith("injury:") and not any(
                normalize(n) in plain for n in injury_names(context)
            ):
                symptom_of = context
    # "how steep and how many for hill reps?": a bare first ask takes the exercise the next one names.
    for k in range(len(asks) - 1):
        a_words = normalize(asks[k]).split()
        later_ex = [t for a in asks[k + 1 :] for t in named_exercises(normalize(a))]
        if (
            1 <= len(a_words) <= 3
            and a_words[0] in ("how", "what", "which", "whats")
            and not named_exercises(normalize(asks[k]))
            # (r16 zf) "what's plyometrics, and is skipping part of it?": an ask naming a topic of its
            # own is about that topic, not the drill named next
            and named_topic(normalize(asks[k])) is None
            and len(set(later_ex)) == 1
            # (a bare later ask, "..., how many, and on a treadmill?", leans on the one before it)
            and not any(named_exercises(normalize(a)) for a in asks[:k])
        ):
            asks[k] = f"{asks[k].rstrip(' ?')} for {EXERCISES[later_ex[0][9:]].name.lower()}?"
    # "hotel gym has leg press, ham curl and leg extension. what order, how many sets?": the order asked
    # is of the moves the message lists (no run in it), not of a run and a lift.
    for k, o_ask in enumerate(asks[:MAX_ASKS]):
        if (
            _BARE_ORDER.match(normalize(o_ask))
            and not _RUN_WORD.search(plain)
            and len(set(named_exercises(plain))) >= 2
        ):
            trace("order_of_moves", o_ask)
            asks[k] = "in what order should I do my exercises?"
    # (xb) "how should I breathe during squats and how far should I go down?": a bare figure ask after an
    # ask that named one move is about that move (the first ask's answer may be a rule, breathing)
    for k in range(1, min(len(asks), MAX_ASKS)):
        k_plain = normalize(asks[k])
        if not _BARE_FIGURE.match(k_plain) or named_exercises(k_plain) or named_topic(k_plain) is not None:
            continue
        earlier_moves = list(dict.fromkeys(t for a in asks[:k] for t in named_exercises(normalize(a))))
        if len(earlier_moves) == 1 and earlier_moves[0][9:] in EXERCISES:
            move = EXERCISES[earlier_moves[0][9:]].name.lower()
            trace("figure_of_move", move)
            asks[k] = f"{asks[k].rstrip(' ?')} in the {move}?"
    # "can I do calf raises every day and will they help my shin splints?": a later ask's "they" is the
    # move the earlier ask named. Said in full, the ask is read as the question it is (calf raises
    # against shin splints), not as a follow-up about how often.
    for k in range(1, min(len(asks), MAX_ASKS)):
        pron = _THEY.search(asks[k])
        if pron is None:
            continue
        # ("will they help me on hills?": "they" does the helping, the hills are what it's for)
        does = rx.match(
            r"\s*(?:really |actually |even |still )?(?:help|helps|make|makes|improve|fix|build|count|work)\b",
            asks[k][pron.end() :],
        )
        if not does and (named_exercises(normalize(asks[k])) or named_topic(normalize(asks[k]))):
            continue  # (an injury or muscle the ask names is what the move is asked about, not the move)
        before = list(dict.fromkeys(x for a in asks[:k] if (x := _said_subject(normalize(a)))))
        if len(before) != 1 or any(rx.search(r"\b(?:what|which) muscles?\b", normalize(a)) for a in asks[:k]):
            continue  # ("what muscles do lunges work and what else trains those?": "those" is the answer's)
        names_own, _, confident = engine.probe(asks[k])
        acted_on = _ACTED_ON.search(asks[k][: pron.start()].lower())
        if not (names_own or confident or acted_on):
            continue  # ("...and how many of them?": the earlier ask's follow-up, as before)
        name = before[0]
        if (
            pron.group(0).lower() in ("they", "them", "those", "these")
            and not name.endswith("s")
            and " and " not in name
        ):
            name += "s"
        trace("pronoun_named", name)
        asks[k] = f"{asks[k][: pron.start()]}{name}{asks[k][pron.end() :]}"
    for ask in asks[:MAX_ASKS]:
        if ask in off_asks:
            line = off_topic_line(normalize(ask))
            replies.append(Answer(line, None, True, (), topics=(), context=context))
            kinds.append("off")
            asked.append(ask)
            continue
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
            once = said_v.startswith("Once a week")  # "one free day a week": not "twice a week" after it
            replies = [
                replace(
                    r,
                    text="\n".join(
                        x
                        for x in r.text.split("\n")
                        if "minutes" not in x and not (once and x.startswith("Twice a week"))
                    ),
                )
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
            and context in TIMED | DAYS
            and context != told_context
            and CONTENT_ASK.search(normalize(ask))
        ):
            # "where would sessions fit and what should they focus on?" after "my knees ache": the
            # second ask is about what the background told, not the timing the first ask got.
            trace("content_ask", told_context)
            context = told_context
        if context is not None and context == told_context and context.startswith("muscle:"):
            if FIT_IN_ASK.search(normalize(ask)) and not named_exercises(normalize(ask)):
                context = None  # "...quads trashed on descents. How would you fit strength in?": the week
        if (
            replies
            and context is not None
            and context.startswith(("muscle:", "equipment:", "exercise:"))
            and OPEN.search(normalize(ask))
            and _NO_KIT_ASKED.search(normalize(ask))
            and not named_exercises(normalize(ask))
        ):
            # (r16 za) "can I do the side-lying lift with a band, and what else needs zero equipment?":
            # the kit asked for is the second ask's own subject, not a follow-up on the hips
            trace("no_kit_ask", ask)
            context = None
            kit_plan = plan(normalize(ask))
            if kit_plan is not None:
                replies.append(
                    Answer(
                        kit_plan.text,
                        kit_plan.topic,
                        True,
                        (),
                        topics=(kit_plan.topic,),
                        context=kit_plan.topic,
                    )
                )
                kinds.append("plan")
                asked.append(ask)
                continue
        if _BARE_TOO_LATE.fullmatch(normalize(ask)):
            ask = "is it too late to start strength training?"  # (xb) "never lifted 😬 is it too late and..."
        ans = answer_one(
            ask,
            context,
            background,
            answer_fn,
            engine,
            symptom=context == symptom_of,
            earlier=bool(replies),
            earlier_text=" ".join(asked),
            from_last=last is not None and context == last and told_context is None and not replies,
        )
        if (
            _CAUSE_ASK.match(normalize(ask))
            and not hurt
            and told_context is not None
            and told_context.startswith("injury:")
            and ans.text.startswith("I can't diagnose it, but if it's")
        ):
            # (r16 za) "...hunching forward late in races. A friend says weak glutes. Could that be it?": a
            # verdict on the cause first, in the article's own words for what the runner told
            cause = _cause_verdict(told_context, background, later=len(asks) > asks.index(ask) + 1)
            if cause is not None:
                trace("cause_verdict", told_context)
                ans = replace(ans, text=cause)
        if (
            _STRENGTH_HELP_ASK.match(normalize(ask))
            and not rx.search(r"\bor\b", normalize(ask))  # ("help my running or slow me down": both halves)
            and not hurt
            and ans.found
            and not ans.off_topic
            and not _VERDICT_LEAD.match(ans.text)
            and not rx.match(
                r"(?:Usually|Partly|It can|It should|Maybe|Possibly|Not|I can't|The article doesn)", ans.text
            )
        ):
            # (r16 za) "will leg strength work actually help that?": the yes before the moves
            trace("strength_helps", ask)
            ans = replace(ans, text=f"Yes. {ans.text}")
        cond = _COND_FIRST.match(ask)
        if cond is not None and (not ans.found or ans.off_topic):
            # (xb) "If I'm fine already, why lift": the condition is what's told, the ask after it is asked
            plain_ask = answer_one(
                cond.group("ask"),
                context,
                f"{background} {cond.group('cond')}.".strip(),
                answer_fn,
                engine,
                symptom=context == symptom_of,
                earlier=bool(replies),
                earlier_text=" ".join(asked),
            )
            if plain_ask.found and not plain_ask.off_topic:
                trace("condition_told", cond.group("cond"))
                ans = plain_ask
        if (
            depth == 0
            and not hurt
            and _PRONOUN_PAYOFF.match(normalize(ask))
            and not named_exercises(normalize(ask))
            and named_topic(normalize(ask)) is None
            and background.strip()
            and _STRENGTH_SAID.search(normalize(SENTENCE.split(background.strip())[-1]))
            and ans.topic != "rule:why_strength"
        ):
            # "I've never done any strength work. Could that be the missing piece?": "that" is the
            # strength work the sentence before it told, and the ask is whether it pays.
            payoff = engine.compose_for("rule:why_strength", "is strength training worth it for runners?")
            if payoff is not None:
                trace("pronoun_payoff", ask)
                ans = payoff
        if ans.off_topic and depth == 0 and background:
            # "<the drill the coach sets>. Is there an actual point?": the ask names nothing, the story does
            subject = _subject_of(ask, background, plain, answer_fn, engine)
            if subject is not None:
                ans = subject
        elif (
            depth == 0
            and background
            and not hurt
            and ans.topics == ("rule:why_strength",)
            and not named_exercises(normalize(ask))
            and named_topic(normalize(ask)) is None
            and not replies
            and not _STRENGTH_SAID.search(normalize(" ".join(asks)))
        ):
            # "...hopping on one leg over hurdles. Is there any point?": the drill told, not strength at all
            subject = _subject_of(ask, background, plain, answer_fn, engine, specific=True)
            if subject is not None and subject.topic and subject.topic.startswith("exercise:"):
                ans = subject
        if (
            told_context is not None
            and told_context.startswith(("injury:", "muscle:"))
            and not hurt
            and ans.found
            and (ans.topic or "").startswith("rule:")
            and told_context not in ans.topics
            and _WHAT_TO_DO.search(normalize(ask))
            and not named_exercises(normalize(ask))
            and named_topic(normalize(ask)) is None
            and not _OWN_SUBJECT.search(normalize(ask))
            # (r16 za) "my quads are strong from cycling... what should my strength work focus on?": a
            # muscle told strong is not what to work on
            and not rx.search(
                rf"\b{told_context.removeprefix('muscle:')} (?:are|is|feel|feels|s) (?:\w+ )?(?:strong|solid|"
                r"fine|huge|big|good)\b",
                normalize(background),
            )
        ):
            # "Physio diagnosed runner's knee last year. What strength work should I keep doing?": what
            # to do is about the knee the story told, not a rule the ask's loose words ("keep") meet.
            told_ans = engine.compose_for(told_context, ask, named=told_context != symptom_of)
            if told_ans is not None:
                trace("told_what_to_do", told_context)
                ans = told_ans
        if (
            context is not None
            and context.startswith("rule:")
            and ans.found
            and ans.topics == (context,)
            and _EXERCISES_ASKED.search(normalize(ask))
            and not named_exercises(normalize(ask))
            and not _names_a_move(ans.text)
        ):
            # "I'm 49, is it too late to start, and what are the first exercises I should learn?": the
            # why-it-pays rule has no moves to give; the ask alone names them.
            alone = answer_fn(ask)
            ref = BY_ID[context].ref if context in BY_ID else None
            own_line = next(
                (
                    x
                    for x in SENTENCE.split(getattr(ref, "text", ""))
                    if len(named_exercises(normalize(x))) >= 2 and x not in ans.text
                ),
                None,
            )
            if own_line is not None:
                # "not locking the knees - why, and on which exercises does it matter?": the rule's
                # own line that names the moves ("That goes for step-ups, leg presses..."), not
                # some muscle's exercise list the ask's loose words land on.
                trace("rule_moves", context)
                ans = replace(ans, text=own_line)
            elif alone.found and not alone.off_topic and _names_a_move(alone.text):
                trace("exercises_asked", alone.topic or "")
                ans = alone
        if context is not None and any(r.text == ans.text for r in replies):
            # The same reply again ("how many days a week, how long per session"): the context
            # swallowed the ask; answer it on its own.
            alone = answer_fn(ask)
            starter = rx.search(
                r"\b(?:starter|beginners?|first one|start with|easiest|easy one)\b", normalize(ask)
            )
            if starter:
                # "whats a good starter one?" after "do I need plyos?": where to start with them.
                first = engine.compose_for(context, "where do i start")
                if first is not None and all(r.text != first.text for r in replies):
                    ans = first
            elif (
                context.startswith("exercise:")
                and (unsaid := next_fact(context, ask, " ".join(r.text for r in replies), engine)) is not None
            ):
                # "how low in a wall squat, and where should my knees be?": the card's next fact
                # that says the ask's words, not the depth again nor a general rule.
                ans = unsaid
            elif alone.found and alone.topic != context and _answered_by(ask, ans.text):
                # "my bum muscles - what do they actually do when I run?": "they" are the muscles the
                # reply before already said what they do; alone, the ask's loose words ("when I
                # run") land on an unrelated rule (run first, then strength). ("...shin ache... which
                # exercises exactly?": the reply before named them.)
                trace("pronoun_said", ask)
                continue
            elif alone.found and alone.topic != "rule:about":
                ans = alone
            elif context in FLIP and rx.search(r"\b(?:after|afterwards|before)\b", normalize(ask)):
                flipped = engine.compose_for(FLIP[context], ask)
                if flipped is not None:
                    ans = flipped
        if replies and ans.found and len(ans.topics) > 1:
            fresh = [t for t in ans.topics if not any(t in r.topics for r in replies)]
            if len(fresh) == 1 and not (
                ans.topic
                and (rule_lead := direct(ans.topic, normalize(ask)))
                and ans.text.startswith(rule_lead)
            ):
                # (r17 ue) "do i stretch before or after or both?" after the warm-up: the warm-up rule's
                # own lead answers it ("Both: ..."); the run-first rule its words brushed is not the answer
                # "is it ok the day after intervals, and should I run first on easy days?": the hard-day
                # rule the first part answered is not glued onto the second's run-first answer again.
                alone_ans = engine.compose_for(fresh[0], ask)
                if alone_ans is not None:
                    ans = alone_ans
        if len(asks) > 1 and ans.found and len(ans.topics) > 1 and ans.topic:
            a_plain = normalize(ask)
            said_t = [t for t in ans.topics if says_exercise(t, a_plain) or named_topic(a_plain) == t]
            glued = [
                t
                for t in ans.topics
                if t not in said_t
                and (
                    (t.startswith("rule:") and t not in TIMED | DAYS)
                    # ("is the leg press good for runners": not runner's knee, which no one said)
                    or (
                        t.startswith("injury:")
                        and not any(f" {normalize(n)} " in f" {a_plain} " for n in injury_names(t))
                        and not SYMPTOM.search(a_plain)
                    )
                )
            ]
            if len(said_t) == 1 and len(glued) == len(ans.topics) - 1:
                # "are step ups good for runners, and how high...": the step-up, not a muscles-used rule too.
                alone_ans = engine.compose_for(said_t[0], ask)
                if alone_ans is not None:
                    ans = alone_ans
        if (
            not ans.found
            and context in FLIP
            and rx.search(r"\b(?:after|afterwards|before)\b", normalize(ask))
        ):
            # "what should I do to warm up and what after?": the other end of the session.
            flipped = engine.compose_for(FLIP[context], ask)
            if flipped is not None:
                ans = flipped
        if (
            (not ans.found or ans.off_topic or not set(ans.topics) & DAYS)
            and DAY_SLOT.search(normalize(ask))
            and (replies or background)
            and depth == 0
        ):
            # "...and is it better first thing in the morning or in the evening?": "it" is the strength
            # work the message is about; alone the ask names nothing, and the kit or muscle told is no
            # answer to when.
            slot = respond(f"{ask.rstrip(' ?.')} for strength work?", None, answer_fn, engine, depth=1)
            if slot.found and not slot.off_topic and set(slot.topics) & DAYS:
                ans = slot
        each = _EACH.search(normalize(ask)) and ask_of(ask).kind == "dose"
        named_here = [t.split(":", 1)[1] for t in named_exercises(plain)] if each else []
        named_here.sort(key=lambda e: _first_at(e, plain))  # in the order the message said them
        if each and 2 <= len(named_here) <= 3:
            # "can I do step-ups and lunges on the same day, and how many of each?": each one's dose
            doses = [engine.compose_for(f"exercise:{e}", "how many sets and reps") for e in named_here]
            leads = [SENTENCE.split(d.text.split("\n")[0])[0] for d in doses if d is not None]
            if len(leads) == len(named_here):
                ans = Answer(
                    " ".join(leads),
                    f"exercise:{named_here[0]}",
                    True,
                    (),
                    topics=tuple(f"exercise:{e}" for e in named_here),
                    context=f"exercise:{named_here[0]}",
                )
        version = VERSION_ASK.match(normalize(ask)) if replies else None
        last_topic = replies[-1].topic if replies else None
        if version and last_topic and last_topic.startswith("exercise:"):
            # "How do I do calf raises, and the weighted version too?": that version's steps
            words = [w for w in version.group("what").split() if w not in STOPWORDS]
            other = version_of(last_topic, words) if words else None
            steps = (
                engine.compose_for(f"exercise:{other}", f"how do i do {EXERCISES[other].name.lower()}")
                if other
                else None
            )
            if steps is not None:
                ans = steps
        if len(asks) > 1 and ans.found and ans.topic and ans.topic.startswith("equipment:"):
            # "What do hamstring push-ups work, and what can I use if I don't have a chair?": that
            # exercise's swap, not every exercise's that uses a chair.
            focus = [
                f"exercise:{e.id}" for e in EXERCISES.values() if says_exercise(f"exercise:{e.id}", plain)
            ]
            if len(focus) == 1:
                ans = replace(ans, text=focus_swap(ans.text, focus[0]))
        kind = ask_of(ask).kind
        if (
            replies
            and _BARE_WHAT_DO.match(normalize(ask))
            and any(_DOSE_SAID.search(r.text) for r in replies)
        ):
            # "who's right, and what should I actually do?": the first part's answer said what to do
            # (the load and sets); a second reply would only say it again.
            continue
        if (
            replies
            and _BARE_WHY.match(normalize(ask))
            and (
                replies[-1].text.startswith("Because")
                or (asked[-1:] and normalize(asked[-1]).startswith("why"))
            )
        ):
            continue
        if replies and "plan" in kinds:
            plan_said = normalize(
                " ".join(r.text for r, k in zip(replies, kinds, strict=True) if k == "plan")
            )
            plan_topics = {r.topic for r, k in zip(replies, kinds, strict=True) if k == "plan"}
            if (not ans.found or ans.topic in plan_topics) and all(
                _starts_a_word(w.rstrip("s"), plan_said)
                for w in normalize(ask).split()
                if w not in STOPWORDS and w not in BACK and w not in QUESTION_START
            ):
                continue  # "where do I start, can I do it at home?": the home plan said it
        if replies and ans.found and ans.topic is not None and any(r.topic == ans.topic for r in replies):
            said_before = normalize(" ".join(r.text for r in replies))
            if (
                kind == "what"
                and not rx.search(
                    r"\b(?:muscles?|work|works|target|hit|for|help|helps|point|good|benefits?|after|before|"
                    # (td r13: "where do my feet go" asks the step, even after a card that holds it)
                    r"start|starter|first|where)\b",
                    normalize(ask),
                )
                and all(
                    _starts_a_word(w.rstrip("s"), said_before)
                    for w in normalize(ask).split()
                    if w not in STOPWORDS and w not in BACK and w not in QUESTION_START
                )
                and (
                    any(r.text == ans.text for r in replies)
                    or normalize(SENTENCE.split(ans.text.split("\n")[0])[-1]) in said_before
                )
            ):
                continue  # "what does it look like" after the hill steps: already said
            if (
                replies[-1].topics == (ans.topic,)
                and kinds[-1] == "what"
                and len(asked[-1].split()) <= 4
                and normalize(asked[-1]).split()[0] not in QUESTION_START
                # (r16 zd) "Run or gym first, and does it matter if...?": a choice asked, not a name
                and not rx.search(r"\b(?:or|first)\b", normalize(asked[-1]))
            ):
                replies.pop()  # "overhead lunges? how do I do those": the steps replace the summary
                kinds.pop()
                asked.pop()
            elif (
                replies[-1].topics == (ans.topic,)
                and kind == "why"
                and _DEAL_WITH.match(normalize(asked[-1]))
            ):
                # (r17 vd) "what's the deal w single leg stuff, why is every coach obsessed": the why is
                # the ask; the summary before it would say the reason twice
                replies.pop()
                kinds.pop()
                asked.pop()
        if (
            context is not None
            and context.startswith("exercise:")
            and says_exercise(context, plain)
            and ans.found
            and ans.topics
            and all(t.startswith("exercise:") and t != context for t in ans.topics)
            and not any(says_exercise(t, plain) for t in ans.topics)
            and not named_exercises(normalize(ask))
            # ("what other exercises train those?": other moves are asked for)
            and not rx.search(
                r"\b(?:exercises?|moves?|drills?|other|else|another|instead|alternatives?|swap|replace)\b",
                normalize(ask),
            )
        ):
            # "Wall squat - where do my feet go, how deep, and anything to watch with my knees?": the
            # move the message names, not a look-alike the ask's words ("bending your knees") land on
            stays = engine.compose_for(context, ask)
            if stays is not None:
                trace("named_move_stays", context)
                ans = stays
        if (
            replies
            and replies[-1].topic == "rule:muscles_used"
            and (
                rx.search(r"\b(?:exercises?|moves?|drills?)\b", normalize(ask))
                or rx.search(
                    r"\b(?:what|which)\b.* for (?:each(?: one)?|them|those|all of them)$", normalize(ask)
                )
            )
            and not named_exercises(normalize(ask))
            and named_topic(normalize(ask)) is None
        ):
            # "which muscles matter for running, and which exercise for each?": a move or two per
            # muscle the reply named, not a rule the ask's loose words land on
            trace("moves_per_muscle", ask)
            ans = Answer(
                MOVES_PER_MUSCLE,
                "rule:muscles_used",
                True,
                (),
                topics=("rule:muscles_used",),
                context="rule:muscles_used",
            )
        the_one = _THE_MUSCLE_ONE.search(normalize(ask))
        if the_one is not None and replies and (replies[-1].topic or "").startswith("equipment:"):
            # "dont own an exercise ball, can i still do the hamstring one": the kit reply's swap for
            # that muscle's move, not the muscle's card after it
            muscle = next((m for w, m in MUSCLE_WORDS if rx.fullmatch(rf"(?:{w})", the_one.group(1))), None)
            word = the_one.group(1).rstrip("s")
            swapped = [
                f"exercise:{e.id}"
                for e in EXERCISES.values()
                if f"{e.name}:" in replies[-1].text
                and (
                    (muscle is not None and e in exercises_for_muscle(muscle[7:]))
                    or word in normalize(e.name).split()
                )
            ]
            if len(swapped) == 1:
                trace("kit_one", swapped[0])
                focused = focus_swap(replies[-1].text, swapped[0])
                if focused != replies[-1].text:
                    replies[-1] = replace(replies[-1], text=focused)
                    continue
        end = _SESSION_END.search(normalize(ask))
        end_rule = (
            None if end is None else "rule:warm_up" if end.group(1) == "before" else "rule:stretch_after"
        )
        if (
            end_rule is not None
            and ans.topic != end_rule
            and not _RUN_WORD.search(normalize(ask))
            and not hurt
        ):
            # "what should I do before a leg session, and what after it?": the warm-up and the
            # stretch after, not what a session holds (nor the run-first rule, nor the other end)
            end_ans = engine.compose_for(end_rule, ask)
            if end_ans is not None:
                trace("session_end", ask)
                ans = end_ans
                context = ans.context or context
        gain_ask = _IMPROVE_ASK.search(normalize(ask))
        if (
            gain_ask is not None
            and ans.found
            and not ans.off_topic
            and not named_exercises(normalize(ask))
            and (
                not _LEANS.search(gain_ask.group(0))
                or (
                    ans.topic in _GAIN_TOPICS
                    and not (context or "").startswith(("exercise:", "muscle:", "injury:"))
                )
            )
        ):
            # "what does it actually improve for running?", "why would stronger legs make me faster?":
            # what strength work improves, all of it in a sentence, not only the stride
            trace("gains", ask)
            gains = (
                GAINS_WHY
                if normalize(ask).startswith("why")
                else GAINS_WHY.replace("Because w", "W", 1)
                if gain_ask.group(0).startswith("how")
                else GAINS_TEXT
            )
            ans = replace(
                ans, text="\n".join([gains, *(x for x in ans.text.split("\n") if POINTER.match(x))])
            )
        if (
            replies
            and ans.found
            and ans.topics
            and set(ans.topics) <= _CATCH_ALL
            and any((r.topic or "").startswith(("injury:", "muscle:", "exercise:")) for r in replies)
            and not engine.says_topic(ask)
            and named_topic(normalize(ask)) is None
        ):
            # "when my knees collapse inward - what's going on muscle-wise?": the knees' reply said
            # which muscles; the catch-all "nearly all of them" after it answers nobody.
            trace("catch_all_after", ask)
            continue
        if (
            replies
            and ans.found
            # (another move's steps share words but not the move; "Yes, both sides: ..." is the answer)
            and not any(
                t.startswith("exercise:") and not any(t in r.topics for r in replies) for t in ans.topics
            )
            and not _VERDICT_LEAD.match(ans.text)
            # (r17 ue) "...before or after or both?": "Both: ..." is the pick asked, however its words repeat
            and not _CHOICE_LEAD.match(ans.text)
            and _adds_nothing(ans.text, " ".join(r.text for r in replies))
        ):
            # ("why is everyone into single-leg moves, and which ones?": the why said twice is no answer)
            trace("said_already", ask)
            card = next(
                (
                    j
                    for j, r in enumerate(replies)
                    if r.topic is not None and r.topic == ans.topic and r.topic.startswith("exercise:")
                ),
                None,
            )
            if (
                card is not None
                and _WHAT_IS_ASK.search(normalize(asked[card]))
                and " 1) " in replies[card].text
                and " 1) " not in ans.text
                and not _STEPS_ASKED.search(normalize(ask))
            ):
                # (r16 zf) "what's the deal with the step-up, how high should the bench be?": the first
                # ask's card holds the detail somewhere in its steps; the card's summary, then the detail
                # asked, said plainly
                head, _, rest = replies[card].text.partition(" 1) ")
                kept = [
                    x for x in rest.split("\n")[1:] if POINTER.match(x) is None and not x.startswith("Dose:")
                ]
                replies[card] = replace(replies[card], text="\n".join([head.rstrip(), *kept]))
                replies.append(ans)
                kinds.append(kind)
                asked.append(ask)
                context = ans.context or context
                continue
            context = ans.context or context  # (the next ask still leans on this one)
            continue
        replies.append(ans)
        kinds.append(kind)
        asked.append(ask)
        if ans.context:
            if (
                context is not None
                and (
                    (context.startswith("exercise:") and says_exercise(context, normalize(message)))
                    or (context == told_context and context.startswith(("muscle:", "injury:")))
                )
                and ans.context in _HOW_RULES | {"rule:stretch_after", "rule:warm_up"}
            ):
                # "how low on a step-up, should I lock my knee, and how do I lower?": the exercise the
                # message named stays the subject; the knee rule answered one part of it. ("My calves
                # get tight. Should I stretch them, and which exercise strengthens them?": the calves.)
                pass
            else:
                context = ans.context
    if (
        depth == 0
        and len(replies) > 1
        and kinds[0] == "plan"
        and "plan" not in kinds[1:]
        and all(r.found and _VERDICT_LEAD.match(r.text) for r in replies[1:])
        and all(_verdict_only(a) for a in split_asks(message)[0])
        and len(replies) - 1 >= len(split_asks(message)[0])
    ):
        # (r16 wa) "would strength work over winter help?", "does a week off make sense, and should I
        # change things up?": each yes/no ask has its verdict; a routine nobody asked for is not glued on
        trace("plan_unasked")
        ptrs = [x for x in replies[0].text.split("\n") if POINTER.match(x)]
        replies, kinds, asked = replies[1:], kinds[1:], asked[1:]
        if ptrs and not any(POINTER.search(r.text) for r in replies):
            replies[-1] = replace(replies[-1], text=replies[-1].text + "\n" + ptrs[0])
    if (
        len(replies) > 1
        and kinds[0] == "plan"
        and replies[1].found
        and _YES_NO_ASK.match(normalize(asked[1]))
        and _VERDICT_LEAD.match(replies[1].text)
        # ("im 63, can I still build strength? and light weights?": the second ask's "No." is no
        # answer to the first; the order they asked in stays)
        and normalize(asked[1]) == normalize(split_asks(message)[0][0])
    ):
        # "Would leg exercises help with balance, and what should I do?": the verdict first, then the plan
        replies[0], replies[1] = replies[1], replies[0]
        kinds[0], kinds[1] = kinds[1], kinds[0]
        asked[0], asked[1] = asked[1], asked[0]
    if len(replies) > 1 and any(a.found and a.topic != "rule:about" for a in replies):
        replies = [a for a in replies if a.topic != "rule:about"]  # the help menu is no answer to an ask
    found = [a for a in replies if a.found]
    if len(replies) == 1:
        out = replies[0]
        if depth == 0 and "plan" not in kinds:
            out = also_version(message, out, engine) or out  # "lunges, including the walking version"
    elif not found:
        out = replies[0]
    else:
        texts: list[str] = []
        seen: set[str] = set()
        said: set[str] = set()
        seen_topics: set[str] = set()
        for a in replies:
            if a.text in seen:
                continue
            seen.add(a.text)
            if not a.found:
                # (a part no topic answers is left out: the parts answered are the reply, not a line
                # telling the runner to ask again)
                continue
            title = rx.match(r"([A-Z][\w' -]{2,40}): (?=\S)", a.text)
            if (
                title
                and rx.match(r"(?:Yes|No|Not|Both|Either)\b", title.group(1))
                and not any(t.startswith(title.group(0)) for t in texts)
            ):
                # (r20 tp) a verdict is no card's name: each yes/no ask keeps its own "Yes:", unless the
                # part before opened with the same one (its "Yes:" said once: a later dedupe reads the
                # second part's opening sentence bare)
                title = None
            if title and any(
                rx.match(
                    rf"(?:(?:Yes|No|Not strictly|Not quite)\b[^.:]{{0,40}}[.:]\s+)?"
                    rf"{re.escape(title.group(0))}",
                    t,
                )
                for t in texts
            ):
                # "Wall squat: ...\n\nWall squat: Don't let your knees...": the name is said once
                rest = a.text[title.end() :]
                a = replace(a, text=rest[:1].upper() + rest[1:])
            hedge = rx.match(r"I can't diagnose it, but if it's [^:]*: ", a.text)
            if hedge and any(t.startswith(hedge.group(0)) for t in texts):
                # the same "I can't diagnose it, but if it's X:" is said once, on the first part
                rest = a.text[hedge.end() :]
                a = replace(a, text=rest[:1].upper() + rest[1:])
            # A line an earlier ask already said (a caution, a pointer) is not said twice, nor a
            # sentence ("Brace the chair against a wall" after the steps that said it).
            heads = [x.strip() for x in SENTENCE.split(a.text.split("\n")[0]) if x.strip()]
            while len(heads) > 1 and _CAUTION.search(heads[0]):
                heads = heads[
                    1:
                ]  # "If pain is sharp..., see a physio. What helps shin splints: ...": the answer
            head = heads[0] if heads else ""
            said_lower = {x.lower() for x in said}
            if (
                said
                and len(head) >= 12  # a bare "Yes." said before is no answer already given
                and (
                    head in said
                    or head.split(": ", 1)[-1] in said
                    or head.lower() in said_lower
                    # (r19 ti) "...Never hold your breath." then "No: never hold your breath. ...": the
                    # No's prohibition was said above, the second ask answered already
                    or (
                        (verdict_said := rx.match(r"No[:,] (?=(?:never|don't|do not|not|avoid)\b)", head))
                        is not None
                        and len(head[verdict_said.end() :]) >= 12
                        and head[verdict_said.end() :].lower() in said_lower
                    )
                )
            ):
                # Its answer was already given ("how many" after the steps that gave the dose):
                # the rest would be a leftover line, not an answer.
                continue
            lines = []
            for x in a.text.split("\n"):
                if x in said:
                    continue
                parts = SENTENCE.split(x)
                kept = [
                    p
                    for p in parts
                    if (
                        p.strip() not in said
                        and (p.split(": ", 1)[-1] not in said or len(p.split(": ", 1)[-1]) < 25)
                    )
                    # (a short numbered step said before is a leftover: "2) Hop forward onto it.")
                    or (len(p) < 25 and not (rx.match(r"\d+\) ", p.strip()) and p.strip() in said))
                ]
                said.update(p.strip() for p in parts)
                said.update(p.split(": ", 1)[-1].strip() for p in parts)
                # a numbered step said before ("3) Lower yourself until...") is said
                said.update(rx.sub(r"^\d+\)\s*", "", p.strip()) for p in rx.split(r"\s(?=\d+\) )", x))
                said.add(x)
                if kept:
                    lines.append(" ".join(kept))
            if texts and _BARE_VERDICT.fullmatch(" ".join(x for x in lines if not POINTER.match(x)).strip()):
                # ("...pre-session stretch.\n\nNo.": the part's reasons were said above; a bare verdict
                # left on its own reads as a contradiction)
                continue
            if lines and texts and set(a.topics) <= seen_topics and _restates("\n".join(lines), texts):
                continue  # "how heavy, how many reps and how many sets?": the dose said once, not twice over
            if lines and texts and lines[0].startswith("Because ") and set(a.topics) <= seen_topics:
                lines = _because_said(lines, texts)
            if lines:
                texts.append("\n".join(lines))
                seen_topics.update(a.topics)
        # One pointer block at the end, not a "Full card:" between two answers about the same thing.
        pointers: list[str] = []
        for i, t in enumerate(texts):
            keep = [x for x in t.split("\n") if not POINTER.match(x)]
            pointers += [x for x in t.split("\n") if POINTER.match(x) and x not in pointers]
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
    is_bad = IS_BAD.search(plain)
    # The topics of the reply, and a symptom the background told ("my shins get sore after hill
    # sprints, should I stop the hills?" asks about the hills, but the shins are the point).
    told_topics = out.topics + ((told_injury,) if told_injury and told_injury not in out.topics else ())
    if (
        not hurt
        and len(replies) == 1
        and own is None
        and SYMPTOM.search(plain)
        and (
            len(told_topics) > 1 or bool(is_bad and told_topics[:1] and told_topics[0].startswith("injury:"))
        )
        and (
            told_topics[0].startswith("injury:")
            or ((STOP_X.search(plain) or is_bad) and any(t.startswith("injury:") for t in told_topics))
        )
        and all(
            t.startswith("rule:")
            or (t.startswith("exercise:") and (not says_exercise(t, plain) or bool(STOP_X.search(plain))))
            for t in told_topics
            if not t.startswith("injury:")
        )
        and sum(t.startswith("injury:") for t in told_topics) == 1
    ):
        # A symptom told: that injury's answer alone (a glued stretching or rule line reads as filler),
        # never as a diagnosis unless the runner named it.
        inj = next(t for t in told_topics if t.startswith("injury:"))
        stop = STOP_X.search(plain)
        said_name = any(
            f" {normalize(n)} " in f" {plain} "
            for n in injury_names(inj)
            if not set(normalize(n).split()) & VAGUE
        )
        trace("symptom_injury", inj)
        inj_ans = engine.compose_for(
            inj, f"{STOP_X.sub('', plain)}, what helps" if stop or is_bad else message, named=said_name
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
        and SYMPTOM.search(plain)
        and not any(
            f" {normalize(n)} " in f" {plain} "
            for n in injury_names(out.topics[0])
            if not set(normalize(n).split()) & VAGUE
        )
    ):
        # "dodgy knee, what can I still do?": a symptom, not the injury's name; no diagnosis.
        hedged = engine.compose_for(out.topics[0], message, named=False)
        if hedged is not None:
            out = hedged
    if not hurt and out.found and out.topics[:1] == ("injury:hip_weakness",) and KNEES_IN.search(plain):
        # "my knees cave in, is that a strength thing?": a form sign the hips explain, said plainly;
        # no pain told, no pain line.
        body = rx.sub(
            r"^.*?(?:I can't diagnose it, but if|If|For) (?:it's )?weak hips and poor alignment[^:]*: ",
            "",
            out.text,
            count=1,
            flags=re.DOTALL,
        )
        lines = [
            x
            for x in body.split("\n")
            if (CHRONIC.search(plain) or is_bad or not x.startswith("If pain is sharp"))
            # (r20 fb) the symptom lead said once: this reply's own lead says it again
            and not x.startswith("Worth sorting out rather than ignoring")
        ]
        check = ask_of(asks[-1] if asks else message)
        yesno = (
            check.yesno or check.kind == "check" or rx.search(r"\b(?:is|are|could) (?:that|it|this)\b", plain)
        )
        # ("is that bad?": worth sorting out, and when to get it seen)
        lead = "Worth sorting out rather than ignoring: " if is_bad else "Yes, usually: " if yesno else ""
        out = replace(
            out,
            text=f"{lead}knees that drift inward are a common sign of weak hips and glutes, which should "
            "hold the knee in line.\n" + "\n".join(lines),
        )
        out = replace(out, text=out.text[0].upper() + out.text[1:])
    told_pain = CHRONIC.search(
        rx.sub(
            # "without hurting", "keep me from getting hurt", "how do I avoid hurting my knees": no pain told
            r"\b(?:without|avoid|avoiding|prevent|preventing|not|never) (?:\w+ )?(?:hurting|pain|aching)\b|"
            r"\b(?:get|gets|getting|got) hurt\b|"
            # "before it starts hurting my running": harm to the running, no pain told
            r"\b(?:hurt|hurts|hurting) (?:my |your |the |our )?(?:running|runs?|races?|racing|times?|pace|"
            r"performance|training|progress|gains|recovery|speed|season|marathon|plan|chances|results?|splits?)\b|"
            # (r16 ze) "so it helps my running rather than hurting it", "help or hurt": a worry, no pain
            r"\b(?:rather than|instead of|or|and not|not) (?:hurt|hurts|hurting|harm|harms|harming) "
            r"(?:it|them|that|this|things)?\b|"
            # (r19 th) "I don't want to hurt anyone", "scared of injuring the kids": harm to others, no pain
            r"\b(?:hurt|hurting|injure|injuring) (?:anyone|anybody|someone|somebody|others|"
            r"any of (?:them|the)\b|(?:the |my |our )?(?:kids|children|pupils|juniors|athletes|group|squad|"
            r"class)\b)|"
            # (r20 tn) "I thought jumping stuff could hurt her", "it might hurt me": harm feared, no pain
            r"\b(?:could|might|would|will|may|can|gonna|going to|ll) (?:\w+ )?(?:hurt|harm|injure) "
            r"(?:her|him|them|me|you|us)\b",
            " ",
            plain,
        )
    )
    # (r18 tb) "niggly hip flexor on my right side only": a niggle told is pain told
    told_pain = told_pain or ABOUT_TO_GO.search(plain) or rx.search(r"\bniggly\b", plain)
    if (
        not hurt
        and not told_pain
        and _ANKLE_KEEPS.search(plain)
        and not PRO_SAID.search(out.text)
        and not out.off_topic
    ):
        # (r16 za) "I keep going over on my ankle on rough ground": strength and balance work help, but an
        # ankle that keeps rolling is one the article doesn't cover
        lines = out.text.split("\n")
        at = next((i for i, x in enumerate(lines) if POINTER.match(x)), len(lines))
        trace("ankle_line")
        lines.insert(at, ANKLE_LINE)
        out = replace(out, text="\n".join(lines))
    recurs = bool(not hurt and KEEPS_RECURRING.search(plain) and not out.off_topic)
    if recurs and PRO_SAID.search(out.text) and INJURY_CAUTION in out.text.split("\n"):
        # (r16 wb) "shin splints keep coming back even after new shoes": the card's "if pain is sharp or
        # doesn't settle" becomes the back-off and physio line for a niggle that recurs
        trace("recur_line", "caution")
        out = replace(out, text=out.text.replace(INJURY_CAUTION, recur_line(plain), 1))
    elif recurs and not PRO_SAID.search(out.text):
        # (r16 wb) "my hamstring keeps tweaking every time I do speed work": the moves, and the back-off
        lines = out.text.split("\n")
        at = next((i for i, x in enumerate(lines) if POINTER.match(x)), len(lines))
        trace("recur_line")
        lines.insert(at, recur_line(plain))
        out = replace(out, text="\n".join(lines))
    if not hurt and told_pain and not PRO_SAID.search(out.text) and not out.off_topic:
        # Pain that keeps coming back: a physio line, whichever topic answered it.
        lines = out.text.split("\n")
        at = next((i for i, x in enumerate(lines) if POINTER.match(x)), len(lines))
        trace("physio_line")
        lines.insert(
            at, WARNING_LINE if ABOUT_TO_GO.search(plain) and not CHRONIC.search(plain) else PHYSIO_LINE
        )
        out = replace(out, text="\n".join(lines))
    if (
        not hurt
        and (CHILDREN.search(plain) or YOUNG.search(plain))
        # (their safety is the worry told, and jumping is what's asked)
        and rx.search(r"\b(?:safe\w*|hurt\w*|injur\w*|careful|worried|nervous|scared|risk\w*)\b", plain)
        and rx.search(r"\b(?:jump\w*|hop\w*|plyo\w*|bound\w*)\b", plain)
        and rx.search(r"\b(?:hop|hops|hopping|skipping)\b", out.text.split("\n")[0])
        and not rx.search(
            r"\bland(?:ing|ings|s)? (?:lightly|softly|soft|quietly)\b|\bsoft landings?\b", out.text
        )
    ):
        # (r19 th) jumping drills for a group of children or a teenager: how they land, said once
        lines = out.text.split("\n")
        at = next((i for i, x in enumerate(lines) if POINTER.match(x)), len(lines))
        trace("young_landing")
        lines.insert(at, YOUNG_LANDING_LINE)
        out = replace(out, text="\n".join(lines))
    if (
        not hurt
        and out.found
        and own is None
        and ONE_SIDE.search(plain)
        and not rx.search(r"one[- ]legged|one leg|each leg on its own|weaker side", out.text)
    ):
        # "I always get hurt on my right side only": each leg on its own, the weaker one first.
        lines = out.text.split("\n")
        at = next((i for i, x in enumerate(lines) if POINTER.match(x)), len(lines))
        lines.insert(at, ONE_SIDE_LINE)
        out = replace(out, text="\n".join(lines))
    if out.found and len(replies) == 1 and out.context:
        named = named_topic(plain)
        if (
            named
            and named != out.context
            and (named in out.topics or out.context == "rule:why_strength")
            and named_topic(normalize(topic_title(out.context) or "")) != named
        ):
            # "are plyometrics worth it?" answered by the why-strength rule: a follow-up ("where do I
            # start?") is about plyometrics, the thing the runner named.
            out = replace(out, context=named)
    rule_said = [t for t in out.topics if t in _HOW_RULES] or [
        t for t, pat in _RULE_ASKED if pat.search(plain) and rx.match(r"(?:Yes|No)\b", out.text)
    ]
    if (
        out.found
        and len(replies) == 1
        and (out.context or "").startswith("exercise:")
        and len(rule_said) == 1
        and ask_of(message).yesno
        and not out.text.startswith(f"{topic_title(out.context or '')}:")
    ):
        # "should I lock my knees at the top of a step-up?" answered by the knee rule: a "why?" after
        # it asks why not lock them, not what the step-up is for.
        out = replace(out, context=rule_said[0])
    if out.found and not hurt and len(replies) == 1 and out.topic and out.topic.startswith("exercise:"):
        owned = owned_variation(out.topic, plain)
        if owned is not None and not (len(out.topics) > 1 and set(out.topics) <= family(out.topic)):
            # "stuck with a treadmill all winter, how do I keep my hill strength": the treadmill version.
            swap = engine.compose_for(owned, message)
            if swap is not None:
                out = swap
    if out.found and out.topic and out.topic.startswith("equipment:") and len(replies) == 1:
        # "no bench for step ups?", "and if I have no step" after calf raises: that exercise's swap only.
        focus = [f"exercise:{e.id}" for e in EXERCISES.values() if says_exercise(f"exercise:{e.id}", plain)]
        if not focus and last is not None and last.startswith("exercise:"):
            focus = [last]
        if focus:
            # (the exercise stays the subject: "what muscles does it work?" after "no chair" is about it)
            still = bool(STILL_DO.search(plain))
            out = replace(out, text=focus_swap(out.text, focus[0], still), context=focus[0])
    if out.found and not hurt:
        out = replace(out, text=guard_days(out.text, message.lower()))
    inj_key = (told_injury or "").split(":", 1)[-1]
    if (
        out.found
        and not hurt
        and own is not None
        and inj_key in INJURIES
        and INJURIES[inj_key].helps
        and symptom_of != told_injury  # (named by the runner, not read from "my knees ache")
    ):
        # "I keep getting shin splints... I've got a gym. What exercises?": the plan for their kit, led
        # by the moves for the injury they told (the plan alone knows only the kit).
        told_inj = INJURIES[inj_key]
        at_home = "/workout home" in out.text
        # (a plan that took out squats and lunges for the knee told keeps them out of the lead too)
        no_squats = "No squats or lunges" in out.text
        standing = "nothing on the floor" in out.text
        moves = [
            EXERCISES[e].name.lower()
            for e in told_inj.helps
            if not EXERCISES[e].variation_of
            and (EXERCISES[e].setting == "home" or not at_home)
            and not (no_squats and rx.search(r"squat|lunge", e))
            # (r19 tm) "can't lie down... what can I do standing?": no floor move leads a standing plan
            and not (standing and e in FLOOR_MOVES)
        ][:3]
        missing = [m for m in moves if m not in out.text.lower()]
        if missing:
            listed = ", ".join(missing[:-1]) + " and " + missing[-1] if len(missing) > 1 else missing[0]
            lead = f"For the {told_inj.name.lower()}, add the {listed} first (2–3 sets of 12–15 each)."
        else:
            built = " and ".join(told_inj.strengthen)
            lead = f"This covers the {told_inj.name.lower()} too: it builds the {built} it needs."
        if moves and not out.text.startswith(("For the ", "For your ")):
            out = replace(out, text=f"{lead}\n{out.text}")
    if (
        out.found
        and not hurt
        and own is None
        and _MEMBERSHIP.search(plain)
        and not rx.search(r"\b(?:gym|home|machines?)\b", out.text.lower())
    ):
        # "...asking before I pay for a membership": the decision told is answered too (no gym needed
        # to start; what a gym adds)
        lines = out.text.split("\n")
        at = next((i for i, x in enumerate(lines) if POINTER.match(x)), len(lines))
        lines.insert(at, MEMBERSHIP_LINE)
        out = replace(out, text="\n".join(lines))
    kit = lacked(plain)
    if kit and out.found and not hurt:
        # (td r13) "wall squat with the ball or just my back on the wall? no ball here": the card's own
        # no-ball version first, so the steps stay whole under it
        kit_line = kit_swap(out.topic or "", kit) if len(out.topics) <= 1 else None
        if (
            kit_line
            and rx.search(r"(?:^|\s)1\) ", out.text)
            and not rx.search(r"^No [^?]{2,40}\? ", out.text, re.M)
        ):
            out = replace(out, text=f"{kit_line}\n{out.text}")
        elif len(out.topics) > 1:
            out = replace(out, text=swap_steps(out.text, kit, kit_swap))
        out = replace(out, text=drop_kit(hands_free_steps(out.text, kit), kit, plain))
    if (
        out.found
        and not hurt
        and out.topic in _HILL_MOVES_TOLD_FLAT
        and NO_HILLS.search(plain)
        and not rx.search(r"\b(?:ramp|sloping road|No hill)", out.text)
    ):
        # (r16 zb) "totally flat where I live, no treadmill. how do I do hill repeats?": the hill they
        # lack has a stand-in, said first, then the how-to; (r17 ve) with a gym told and no treadmill
        # lacked, the treadmill's incline first
        gym_hill = _GYM_TOLD.search(plain) and not _NO_TREADMILL.search(plain)
        flat = (
            FLAT_HILL_LINE
            if _NO_TREADMILL.search(plain)
            # (r18 tb) no treadmill ruled out: the article's own stand-in too
            else FLAT_HILL_LINE.replace(" works just as well.", ", or a treadmill with the incline raised.")
        )
        hill_line = GYM_HILL_LINE if gym_hill else flat
        if gym_hill and rx.search(
            r"\b(?:at sea|on board|onboard|offshore|on (?:a|the) (?:ship|boat|rig|vessel))\b", plain
        ):
            # (r19 tg) away at sea: the ship's treadmill, no car park outside
            hill_line = GYM_HILL_LINE.split(". ")[0].replace("In your gym", "On board") + "."
        out = replace(out, text=f"{hill_line}\n{out.text}")
    if (
        background
        and out.found
        and any(rx.search(r"\bwho(?:s| is) (?:right|correct)\b", normalize(a)) for a in asks)
    ):
        out = replace(out, text=who_right(out.text, background))  # "who's right?": who, not "No"
        # (a card pointer for an exercise the message never named is a stray line under the verdict)
        out = replace(
            out,
            text="\n".join(
                x
                for x in out.text.split("\n")
                if not (POINTER.match(x) and "/exercise " in x and not named_exercises(plain))
            ),
        )
    worry = told_claim(background) if background and not hurt and out.found else None
    if worry is not None and not any(CLAIM_ASK.search(normalize(a)) for a in asks):
        # "Teammate says weights will make me slow. How should I set it up?": the worry told is
        # answered too, when it is the bulk myth (the article answers it).
        w_ans = answer_fn(f"{worry}?")
        if w_ans.found and w_ans.topics == ("rule:bulk",) and "bulk" not in out.text:
            worry_line = w_ans.text.split("\n")[0]
            if rx.match(r"(?:Yes|No|Not)\b", worry_line):
                out = replace(out, text=f"{out.text}\n\n{worry_line}")
            else:
                # (r17 uc) "friends keep telling me to lift but I don't want big thighs": no verdict on a
                # claim, so the worry's own "On bulk:" line below
                worry = None
    if (
        worry is None
        and not hurt
        and out.found
        and BULK_WORRY.search(normalize(background))
        and not rx.search(r"\b(?:bulk|bulky)\b", out.text)
    ):
        # "...but I'm worried about bulking up. What should I do in the gym?": the worry answered too
        w_ans = answer_fn(_BULK_ASK)
        if w_ans.found and w_ans.topics == ("rule:bulk",):
            bulk = rx.sub(r"^(?:No|Yes)\b[,:.]?\s*", "", w_ans.text.split("\n")[0])
            # (r16 za) its first sentence: the load that follows it is the dose the reply gives already
            bulk = SENTENCE.split(bulk)[0]
            lines = out.text.split("\n")
            at = next((i for i, x in enumerate(lines) if POINTER.match(x)), len(lines))
            lines.insert(at, f"On bulk: {bulk[:1].lower()}{bulk[1:]}")
            out = replace(out, text="\n".join(lines))
    if (
        not hurt
        and out.found
        and (cleared(plain) or returning(plain))
        and any(t.startswith("injury:") for t in out.topics)
        and not rx.search(r"\b(?:start light|build up|build back|gradually)\b", out.text)
    ):
        # "coming back from runner's knee, cleared, how do I rebuild?": how to return, then what to do.
        trace("returning")
        if KEEP_AWAY.search(plain):
            # "cleared, and I want to bulletproof myself": keeping it away, not coming back from it
            out = replace(out, text=f"{KEEP_AWAY_LEAD}\n{out.text}")
        else:
            out = replace(out, text=f"{RETURN_LEAD}\n{out.text}")
    if (
        not hurt
        and out.found
        and (
            (len(asks) > 1 and any(WHICH_DAYS.search(normalize(a)) for a in asks))
            # (r17 vb) "can you suggest a week I'd actually stick to?": the week asked, the days too
            or any(WEEK_ASKED.search(normalize(a)) for a in asks)
        )
        and not rx.search(r"\b(?:easy days?|hard-run days?|Mon|Tue|Wed|Thu|Fri|Sat|Sun)", out.text)
    ):
        # "...what should it focus on, and where in the week should it go?": the week part too
        lines = out.text.split("\n")
        at = next((i for i, x in enumerate(lines) if POINTER.match(x)), len(lines))
        lines.insert(at, WEEK_LINE)
        out = replace(out, text="\n".join(lines))
    if (
        not hurt
        and out.found
        and _BOTH_ASK.search(plain)
        and _HILLS_SLOW.search(plain)
        and not rx.search(r"\bhill", out.text, re.IGNORECASE)
    ):
        # (r17 vb) "slow on hills and my hips ache after long tabs. What covers both?": the hills too
        lines = out.text.split("\n")
        at = next((i for i, x in enumerate(lines) if not x.strip() or POINTER.match(x)), len(lines))
        lines.insert(at, f"For the hills, add hill repeats. {HILL_SESSION_LINE}")
        out = replace(out, text="\n".join(lines))
    if return_note and out.found:
        # no symptom told now: not a hedged diagnosis ("I can't diagnose it, but if it's weak hips...: ")
        body = rx.sub(r"(?m)^I can't diagnose it, but if it's [^:]*: ", "", out.text)
        if _HOP_MOVE.search(body):
            # (r17 ve) the note says no hopping yet: a muscle's list keeps only its non-jumping moves
            body = _without_hops(body)
        out = replace(out, text=f"{return_note}\n{body}")
    note = plan_note(plain)
    if note and TOO_LATE_LEAD[4:] in out.text.split("\n", 1)[0]:
        note = None  # (the age verdict already says start light and ask a doctor)
    if note and out.found and not hurt and note.split(":", 1)[0].lower() not in out.text.lower():
        # After pregnancy, at 67: the article doesn't single it out; said first, then the answer.
        yes_no_asked = ask_of(message).yesno or any(_YES_NO_ASK.match(normalize(a)) for a in asks)
        if (
            note.startswith(_AFTER_BABY_NOTE)
            and cleared(plain)
            and {m.group(0) for m in AFTER_BABY.finditer(plain)} == {"pelvic floor"}
        ):
            # (r17 va) "pelvic floor has been checked and is fine" with no birth told as recent (a toddler's
            # mum): nothing to return from, so no after-pregnancy line at all
            pass
        elif note.startswith(_AFTER_BABY_NOTE) and AFTER_BABY.search(plain) and cleared(plain):
            # (r16 zb) "6 months postpartum, cleared to run, no equipment, what's sensible?": the moves
            # first, no jumping drills, and cleared is not the article covering it: the not-covered line
            # with a pelvic-health physio after them
            lines = [x for x in out.text.split("\n") if not _JUMP_ITEM.match(x)]
            at = next((i for i, x in enumerate(lines) if POINTER.match(x)), len(lines))
            lines.insert(at, AFTER_BABY_CLEARED_LINE)
            out = replace(out, text="\n".join(lines))
        elif note.startswith(_AFTER_BABY_NOTE) and AFTER_BABY.search(plain):
            # (r16 zb) not cleared yet: the not-covered line and the physio first, no jumping drills
            body = "\n".join(x for x in out.text.split("\n") if not _JUMP_ITEM.match(x))
            if not yes_no_asked:
                # (a "Yes:" the plan put on "20 minutes is enough" answers nothing asked once it's not first)
                body = rx.sub(r"^Yes[:,.] (\w)", lambda m: m.group(1).upper(), body)
            out = replace(out, text=f"{note}\n{body}".rstrip())
        elif cleared(plain):
            # "my GP has cleared me to exercise again... what should I start with?": cleared already, so
            # the answer first and one short line after it (not "your physio's advice comes first")
            lines = out.text.split("\n")
            at = next((i for i, x in enumerate(lines) if POINTER.match(x)), len(lines))
            lines.insert(at, CLEARED_LINE)
            out = replace(out, text="\n".join(lines))
        elif (
            yes_no_asked
            and len(asks) == 1
            # ("is the gym safe for me or should I stick to home?": a choice the note itself answers)
            and (_VERDICT_LEAD.match(out.text) or not rx.search(r"\bor\b", normalize(asks[0])))
        ):
            # ("Would leg exercises help with balance?" at 65: the verdict first, then the note)
            head, _, rest = out.text.partition("\n")
            out = replace(out, text=f"{head}\n{note}" + (f"\n{rest}" if rest else ""))
        else:
            body = out.text
            if body.startswith(_SESSION_LENGTH_LEAD):
                # ("I'm 61, can I safely do these or am I too old?": the note answers it; the session's
                # length under it answers nothing asked)
                body = "\n".join(x for x in body.split("\n") if not x.startswith(_SESSION_LENGTH_LEAD))
            out = replace(out, text=f"{note}\n{body}".rstrip())
    if hurt:
        lead = SEVERE_LEAD if severe(plain) else acute_lead()
        if goes_on(plain):
            lead = f"Not yet. {lead}"  # "can I still lift tomorrow?": the verdict first
        if severe(plain) or CAUSE.search(plain):
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
            or not any(says_exercise(t, plain) for t in out.topics)
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
            named_ex = [t for t in out.topics if says_exercise(t, plain)]
            if named_ex and len(out.topics) > 1:
                ex_ans = engine.compose_for(named_ex[0], message)
                if ex_ans is not None:
                    out = ex_ans
            # The lead already says to see someone: the body's own caution line would repeat it.
            body = "\n".join(x for x in out.text.split("\n") if "doctor or physio" not in x)
            body = VERDICT.sub("", body, count=1)  # "Not yet" leads; a "Yes, ..." after it would contradict
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


# A strength session on a race's eve, and the runner asking whether to keep it: "do it as normal or
# skip?", "should I still do legs?", "is it ok to keep it?", "move it?".
_KEEP_OR_SKIP = rx.compile(
    r"\b(?:skip|skip it|drop|miss|cancel|move|still|as normal|as usual|go ahead|keep|ok|okay|fine|"
    r"should i|can i|do i|shall i)\b"
)
_LIFT_TOLD = rx.compile(r"\b(?:lift\w*|gym|strength|leg days?|legs|weights|leg sessions?|squats?)\b")
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


_CLAUSE = rx.compile(r"\s*[,;]\s*|\s+(?:but|and|cos|cause|because)\s+")


def _sore_then_dose(message: str, answer_fn: Ask) -> Answer | None:
    """A how-many ask about a named exercise, with soreness after a session told beside it."""
    for ask in split_asks(message)[0]:
        for clause in _CLAUSE.split(ask):
            c_plain = normalize(clause)
            if not c_plain.startswith(("how many", "how much", "how long")) or not named_exercises(c_plain):
                continue
            dose = answer_fn(clause)
            if not dose.found or not dose.topic or not dose.topic.startswith("exercise:"):
                continue
            lines = [x for x in dose.text.split("\n") if not POINTER.match(x)]
            pointers = [x for x in dose.text.split("\n") if POINTER.match(x)]
            text = "\n".join(
                [
                    *lines,
                    "Tired, sore legs while you build up to that are normal: ordinary muscle fatigue and "
                    "soreness, not an injury, so add a rep or two at a time. Sharp pain, joint pain or "
                    "swelling is different: see a doctor or physio.",
                    *pointers[:1],
                ]
            )
            return replace(dose, text=text)
    return None


def _eve_reply(message: str) -> str | None:
    """ "10k this Sunday; legs are Saturday morning. Do it as normal or skip?": the one lift day told is
    the race's eve, and an ask whether to keep it: skip it or move it (the article's one firm rule)."""
    plain = normalize(message)
    race = race_day(plain)
    if race is None:
        return None
    asks = split_asks(message)[0]
    if not any(_KEEP_OR_SKIP.search(normalize(a)) for a in asks):
        return None
    lift: list[str] = []
    for chunk in rx.split(r"[,.;:!?]|\bbut\b", message.lower()):
        told = normalize(chunk)
        if _LIFT_TOLD.search(told):
            lift += [m.group(1) for m in DAY.finditer(told) if m.group(1) != race]
    lift = list(dict.fromkeys(lift))
    eve = _WEEKDAYS[(_WEEKDAYS.index(race) - 1) % 7]
    if len(lift) != 1:
        return None
    name = DAY_NAMES[_WEEKDAYS.index(lift[0])]
    if lift[0] != eve:
        return (
            f"Yes, keep it: {name} is clear of the day before your race, the one day the article rules "
            "out. Keep it off hard-run days as usual."
        )
    either = any(rx.search(r"\bor\b", normalize(a)) for a in asks)
    verdict = week_verdict(message)
    if verdict is not None and verdict.startswith("No: ") and "day before your race" in verdict:
        return f"Skip it or move it: {verdict[4:]}" if either else verdict
    yes_no = any(
        rx.match(
            r"(?:(?:and|so|but|ok) )*(?:should|can|could|do|is|shall|would|will|ok|okay)\b", normalize(a)
        )
        for a in asks
    )
    lead = "Skip it or move it" if either or not yes_no else "No, skip it or move it"
    return (
        f"{lead}: {name} is the day before your race, and the article says no strength work "
        "then, so your legs have time to recover and you start fresh. Two or more days out is fine "
        "(not on a hard-run day); moving one session loses you nothing."
    )


# (r17 va) Strength or jumping work done daily, told ("every single day for two weeks", "daily"), and
# whether that is too much asked ("have I overdone it?", "too much?").
_DAILY_HABIT = rx.compile(
    r"\b(?:every (?:single )?day|daily|each day|7 days a week|seven days a week|every morning|every night|"
    r"every evening)\b"
)
_OVERDONE_ASK = rx.compile(
    r"\b(?:overdo(?:ne|ing)?|overdid|over done|overtrain\w*|too much|too often|too many days)\b"
)
DAILY_OVERDONE_LEAD = (
    "You've overdone it: every day is too much, since muscles and tendons get stronger in the rest between "
    "sessions. Runners who lift or jump usually do it twice a week (three at most), with recovery days "
    "between and never the day before a race or a hard run. Back off until the ache settles."
)
# The worry told as a statement: "I'm wondering if I'm overdoing it", "I think it's too much".
_OVERDO_TOLD = rx.compile(r"\b(?:overdo\w*|overtrain\w*|too much)\b")
# Lifting to the limit, and form giving way: "as heavy as I can", "to failure", "form gets ugly".
_TO_LIMIT = rx.compile(
    r"\b(?:as heavy as (?:i|possible)|heavy as i can|to failure|failure|max(?:ing)? out|my max|maxes|"
    r"one rep max|1rm|until i cant|till i cant)\b"
)
_FORM_GOES = rx.compile(
    r"\bform (?:is |gets |goes |looks |turns |becomes )?(?:\w+ ){0,2}(?:ugly|bad|sloppy|messy|terrible|awful|"
    r"rubbish|falls apart|breaks down|goes out the window|goes)\b|\b(?:ugly|sloppy|bad|messy) (?:form|reps)\b"
)
_RACE_TOLD = rx.compile(r"\b(?:parkrun|race|racing)\b")


_SKIP_ASKED = rx.compile(
    r"\b(?:skip|skipping|omit|omitting|drop|ditch|avoid|"
    r"leave out|cut out|give up|forget about|steer clear of) "
    r"(?:the |all |any |those |my )?(\w+)"
)


# (r16 za) "what else needs zero equipment?", "anything with no kit?": an ask for the moves without kit.
_NO_KIT_ASKED = rx.compile(
    r"\b(?:(?:no|zero|without(?: any)?) (?:equipment|kit|gear|weights)|(?:equipment|kit|gear)[ -]?free|"
    r"bodyweight only|just (?:my )?body ?weight)\b"
)


# An ankle that keeps going over, told: "I keep going over on my ankle", "my ankles roll a lot".
_ANKLE_KEEPS = rx.compile(
    r"\b(?:keep|keeps|always|often|constantly|regularly|"
    r"forever) (?:\w+ ){0,2}(?:going over on|rolling|turning) "
    r"(?:my |an |the )?ankles?\b|\bankles? (?:keep|keeps|"
    r"always|often) (?:\w+ )?(?:rolling|roll|giving|going)\b"
)
ANKLE_LINE = (
    "Ankle sprains aren't covered in the article: if your ankle keeps going over, have a physio check it."
)


# "could that be it?", "is that the cause?", "could weak glutes be why?": a suspected cause, put to a verdict
_CAUSE_ASK = rx.compile(
    r"^(?:(?:and|so|but|honestly|really) )*(?:could|can|might|would|is|was) (?:that|it|this|they|weak \w+) "
    r"(?:\w+ ){0,2}(?:be (?:it|the (?:cause|reason|problem|"
    r"issue)|why|what)|the (?:cause|reason|problem|issue))\b"
)


def _cause_verdict(injury_id: str, background: str, later: bool) -> str | None:
    """ "Possibly: <the article's sentence nearest what was told>", and what to do unless a later ask asks."""
    inj = INJURIES.get(injury_id.removeprefix("injury:"))
    if inj is None:
        return None
    told = set(stem_words(normalize(background).split())) - STOPWORDS

    def shared(x: str) -> int:
        return len(told & set(stem_words(normalize(x).split())))

    sentences = [x.strip() for x in SENTENCE.split(inj.problem) if x.strip()]
    best = max(sentences, key=shared, default="")
    if not best or not shared(best):
        return None
    text = f"Possibly: {best[:1].lower()}{best[1:]}"
    if not later:
        text += f" {inj.advice}"
    return f"{text} I can't diagnose it, though: if it doesn't improve, see a physio."


# "should I be changing things?", "do I need to switch it up?", "time to mix my routine up?"
_VARY_ASK = rx.compile(
    r"\b(?:should|do|must|need to|time to) (?:i |we )?(?:be )?(?:chang\w*|switch\w*|vary\w*|mix\w*|shak\w*|"
    r"rotat\w*|swap\w*) (?:\w+ )?(?:things|it|stuff|them|exercises|routine|up)\b"
)


# "will leg strength work actually help that?", "would lifting help my start?": strength work's payoff asked
_STRENGTH_HELP_ASK = rx.compile(
    r"^(?:(?:and|so|but|honestly) )*(?:will|would|could|can|does|do) (?:\w+ ){0,2}(?:leg strength|strength|"
    r"lifting|weights|weight training|leg work|leg training|gym work|strength training)\b(?: \w+){0,3} "
    r"(?:help|improve|make a difference)\b"
)


# A slope the runner has instead of a hill: "a multi-storey car park ramp", "a bridge", "a parking garage".
_RAMP_TOLD = rx.compile(
    r"\b(?:(?:multi ?storey |multi ?story |underground )?(?:car ?park|parking (?:garage|lot)|garage) ramps?|"
    r"(?:car ?park|parking garage|multi ?storey|multi ?story)|(?:steep |long )?(?:bridge|overpass|flyover)|"
    r"(?:dyke|dike|levee|embankment)|(?:steep )?ramps?)\b"
)
_SUBSTITUTE_ASK = rx.compile(
    r"\b(?:substitute|sub|alternative|stand ?in|replacement|instead|replace|swap|equivalent|"
    r"do (?:the same|the job)|work (?:as|for) (?:a )?hills?)\b"
)


def _SKIP_SETTLED(ask: str, lead: set[str]) -> bool:
    """Does a plan's lead ("No jumping, so no plyometrics: ...") already answer "should I skip the X"?"""
    m = _SKIP_ASKED.search(ask)
    if m is None or (
        rx.search(r"\bskipping (?:drills?|rope)\b", ask[m.start() :]) and "skip" not in m.group(0)
    ):
        return False
    word = m.group(1)
    stem = word[:-3] if word.endswith("ing") else word.rstrip("s")
    return len(stem) >= 4 and any(w.startswith(stem) for w in lead) and "no" in lead


def _too_heavy(message: str, asks: list[str]) -> str | None:
    """ "I go as heavy as I can, 5 reps to failure, and my form gets ugly; legs dead for parkrun. Am I
    overdoing it?": yes, and the article's load (never form for weight; tired by 12-15 reps)."""
    plain = normalize(message)
    if not (_TO_LIMIT.search(plain) and _FORM_GOES.search(plain)):
        return None
    if not any(OVER_ASK.search(normalize(a)) for a in asks):
        return None
    lines = [
        "Yes, probably: never give up good form to lift heavier or squeeze out more reps. Pick a weight "
        "you're comfortable with that tires you by 12–15 reps, 2–3 sets, rather than a few reps to failure."
    ]
    if rx.search(r"\b(?:3|three) (?:times|days|x|sessions)(?: a| per)? week\b|\b3 ?x\b", plain):
        lines.append("Three times a week is the most the article suggests; twice is the usual.")
    if _RACE_TOLD.search(plain):
        lines.append("And keep legs off the day before your race or parkrun, so you start fresh.")
    return "\n".join(lines)


# Jumping drills and lifting in one session, and their order.
# A knee that plays up on the way down ("knee keeps playing up on descents", "knee hurts downhill").
_KNEE_DOWNHILL = rx.compile(
    r"\bknees?\b(?: \w+){0,4} (?:playing up|acting up|hurts?|hurting|aches?|aching|achy|sore|niggl\w*|"
    r"grumbl\w*|twing\w*|complain\w*|flar\w*|pain\w*)\b(?: \w+){0,4} "
    r"(?:on |going |running |down |during |in )?(?:the |a |long |steep )?"
    r"(?:descents?|descending|downhills?|down ?hills?|downs)\b"
)
_DESCENT_HELP_ASK = rx.compile(
    r"\b(?:strength|exercises?|moves?|stuff|work|help\w*|sort|fix|prevent|stop|what (?:can|should) i)\b"
)
KNEE_DOWNHILL_TEXT = (
    "Strength work can help: a knee that grumbles on descents is usually helped by stronger quads and "
    "hamstrings kept in balance (the article's advice for runner's knee), and by strong hips and glutes, "
    "which keep the knee tracking straight. Step-ups (lowering slowly), one-legged squats and bridges, "
    "2–3 sets of 12–15, twice a week, all pain-free. If it keeps flaring up or the pain is sharp, see a "
    "physio."
)
# A worry for the knees (not a pain told): "won't wreck my knees", "easy on the knees", "bad knees".
_KNEE_WORRY = rx.compile(
    r"\b(?:(?:not|isnt|wont|doesnt|dont|without|that|which|might|could|would) (?:\w+ ){0,2}"
    r"(?:wreck|kill|destroy|ruin|trash|smash|hurt)\w*|hard on|easy on|gentle on|kind to|"
    r"kinder to|safe for|ok for|okay for|bad for|protect\w*|save|spare|worried about|worry about|"
    r"bad|dodgy|iffy|creaky|cranky|old)(?: \w+)?(?: my| the| your)? knees?\b"
)
PLYO_KNEES_TEXT = (
    "Start with the gentlest drill: line hops, quick small hops back and forth over a line. Once those feel "
    "easy, hop onto a low step, then try skipping drills. Land softly and quietly with knees slightly bent, "
    "keep every rep controlled, build up gradually, and stop if your knees hurt (see a physio if they "
    "keep aching)."
)
_PLYO_SAID = rx.compile(r"\b(?:plyo\w*|box (?:hops?|jumps?)|line hops?|jump\w*|bounding|skipping drills?)\b")
_LIFT_NAMED = rx.compile(
    r"\b(?:lift\w*|weights?|squats?|lunges?|leg press|strength (?:work|session|training)|gym work|leg day|"
    # (r17 vd) "plyos at the start of my strength session or at the end?": the session they sit in
    r"(?:strength|leg|gym|lifting) (?:sessions?|workouts?|routines?))\b"
)
_START_OR_END = (
    r"(?:start|beginning|begin) (?:\w+ ){0,5}or (?:\w+ ){0,3}(?:end|finish)|"
    r"(?:end|finish) (?:\w+ ){0,5}or (?:\w+ ){0,3}(?:start|beginning)|first or last|last or first"
)
_PAIR_ASK = rx.compile(
    r"\b(?:before or after|after or before|same (?:day|session|workout)|which (?:\w+ )?first|"
    rf"(?:what|which) order|first or|together|one session|{_START_OR_END})\b"
)
_START_OR_END_ASK = rx.compile(rf"\b(?:{_START_OR_END})\b")
PLYO_ORDER_TEXT = (
    "Yes, they can share a session; the article doesn't set an order, but do the jumping drills first, "
    "while your legs are fresh and landings stay soft and controlled, then the strength work (general "
    "advice). Keep that session off hard-run days."
)


# Exercise names that hold a muscle's name ("hamstring curl", "calf raises"): kit or moves, not a muscle.
_EX_NAMES = rx.compile(
    r"\b(?:hamstring (?:curls?|push ?ups?)|calf raises?|quad(?:riceps)? extensions?|leg (?:extensions?|"
    r"press(?:es)?|curls?)|glute bridges?|hip (?:raises?|thrusts?))\b"
)


# An ask that weighs options or asks for a verdict ("home or gym?", "is bodyweight enough?").
_CHOICE_ASKED = rx.compile(
    r"\b(?:or|vs|versus|better|best|instead|enough|need|worth|rather|should|do i|is it|are|can i just)\b"
)


# The asks a week reply that also says where to start covers: which days, and what to start with.
_DAYS_AND_START = rx.compile(rf"{WHICH_DAYS.pattern}|\b(?:start|begin)\b")


# A gym membership being weighed: "before I pay for a membership", "thinking of joining a gym".
_MEMBERSHIP = rx.compile(
    r"\b(?:pay(?:ing)? for|buy(?:ing)?|get(?:ting)?|sign(?:ing)? up (?:for|to|at)|join(?:ing)?|"
    r"splash(?:ing)? out on) (?:a |the |my )?(?:gym(?: membership)?|membership)\b"
)
MEMBERSHIP_LINE = (
    "You don't need a membership to start: calf raises, one-legged squats, step-ups, bridges and hills work "
    "at home; a gym adds machines that isolate muscles and easy ways to add weight."
)


# Light and many: "light weights, 3 sets of 25", "4x20 with the pink dumbbells"; their own set-up judged.
_HIGH_REPS = rx.compile(
    r"\b(?:\d ?x ?(?:2[0-9]|[3-9]\d)|(?:\d|two|three|four|five) sets of (?:2[0-9]|[3-9]\d))\b|"
    r"\b(?:2[0-9]|[3-9]\d) reps\b|\b(?:loads|tons|lots) of reps\b|\bhigh reps?\b"
)
_LIGHT = rx.compile(r"\b(?:light|tiny|small|baby|pink) (?:weights?|dumbbells?|loads?)\b|\blight\b")
_SET_UP_RIGHT = rx.compile(
    r"\b(?:is (?:this|that|it|my \w+) (?:\w+ )?(?:set ?up|right|ok|okay|good|any good|sensible|wrong|"
    r"working)|am i doing (?:it|this|something|anything) (?:right|wrong)|doing (?:\w+ )?wrong|"
    r"what should i change|should i change|(?:good|right|ok|okay) (?:set ?up|routine|plan)|"
    r"(?:thats|that is|is that|this is) (?:the move|the way to go|the way|right|correct|ok|okay|fine|good)|"
    r"right$)\b"
)
_DEAD_LEGS = rx.compile(
    r"\b(?:wrecked|dead|trashed|knackered|shattered|cooked|heavy|tired|flat|sluggish|never (?:feel )?fresh|"
    r"slow)\b"
)
_THRICE = rx.compile(
    r"\b(?:3|three|4|four|5|five) (?:times|days|x|sessions)(?: a| per)? week\b|\b[3-5] ?x a week\b"
)


def _too_light(message: str, asks: list[str]) -> str | None:
    """Light weights for many reps, and "is this set up right?": not quite; the article's load, and
    (legs never fresh on three or more days a week) fewer sessions."""
    plain = normalize(message)
    if not (_HIGH_REPS.search(plain) and _LIGHT.search(plain)):
        return None
    if not any(_SET_UP_RIGHT.search(normalize(a)) or OVER_ASK.search(normalize(a)) for a in asks):
        return None
    lines = [
        "Not quite. Light weights for 20-plus reps isn't what the article suggests: pick a resistance that "
        "tires you by 12–15 reps, 2–3 sets (many coaches now favour heavier weights with fewer reps), "
        "with good form."
    ]
    if _THRICE.search(plain) and _DEAD_LEGS.search(plain):
        lines.append(
            "And with legs that never feel fresh, drop to twice a week, on easy days, and take a week off "
            "strength work once a month to recover."
        )
    elif _DEAD_LEGS.search(plain):
        lines.append("Keep it off hard-run days, and take a week off strength work once a month to recover.")
    return "\n".join(lines)


# Both ends of a session: "what should the start and end look like?", "warm-up and cool-down?"
_ENDS = rx.compile(
    r"\b(?:start|beginning|begin) and (?:the )?(?:end|finish)\b|\bbefore and after (?:a |the |each |my )?"
    r"(?:\w+ )?(?:session|workout|lifting|day|strength)\b|"
    r"\bwarm ?ups? and (?:the )?(?:cool ?downs?|stretch\w*)\b|"
    r"\bwarm(?:ing)? up and (?:cool(?:ing)? down|stretch\w*)\b"
)


# "what goes at the start and what at the end of a session?": both ends asked, as two asks
_BOTH_ENDS = rx.compile(
    r"\b(?:start|beginning)\b (?:and )?(?:\w+ ){0,2}and (?:what |how )?(?:\w+ ){0,2}(?:end|finish)\b "
    r"(?:\w+ ){0,3}(?:session|workout)\b|"
    # "what should I do before a leg session and what should I do after it?"
    r"\bbefore (?:a |the |each |my |every )?(?:\w+ )?(?:session|workout|lifting|leg day|day|gym)\b"
    r"(?: \w+){0,2} and (?:what )?(?:(?:should|do|must) (?:i|we|you) (?:do )?)?(?:after|afterwards)\b"
)


_EVERY_ASK = rx.compile(r"")
_CAN_I_DO = rx.compile(r"\b(?:can|could|would|will) (?:i|we) (?:\w+ )?(?:do|use|manage|try|still do)\b")
_YES_NO_ASK = rx.compile(r"(?:(?:and|so|but|ok) )*(?:would|will|could|can|does|do|is|are|should)\b")
_VERDICT_LEAD = rx.compile(r"(?:Yes|No|Probably|Possibly|Not)\b")
_CHOICE_LEAD = rx.compile(r"(?:Both|Either|Neither|Before|After)(?: one)?[:,]")
_BARE_VERDICT = rx.compile(
    r"(?:(?:Yes|No|No need|Not really|Probably|Possibly|Not quite|Not strictly)[.!]?)?"
)


def _ends_reply(engine: Engine) -> str | None:
    """The warm-up (jog, stretch) and the stretch after, one short paragraph each."""
    before = engine.compose_for("rule:warm_up", "what should i do before")
    after = engine.compose_for("rule:stretch_after", "what should i do after")
    if before is None or after is None:
        return None
    start = [x for x in before.text.split("\n") if not POINTER.match(x)]
    end = [x for x in after.text.split("\n") if not POINTER.match(x)]
    # (the sample minutes are the /workout card's; the reply keeps to what to do)
    return (
        "Start: "
        + start[0].split(" For example")[0]
        + "\nEnd: "
        + end[0].split(" For example")[0]
        + "\nA full session: /workout"
    )


# The weeks before a race: "in the run-up", "race week", "taper", "the last weeks before my 10k".
_RUN_UP = rx.compile(
    r"\b(?:run ?up|race week|taper\w*|lead ?up|final (?:few |two |three )?weeks?|"
    r"last (?:few |two |three |couple of )?weeks? before|(?:week|weeks|days) (?:before|out from) (?:the|my) "
    r"(?:race|10k|5k|half|marathon)|before race day|"
    r"as (?:the |my )?race (?:gets|draws|comes) (?:close|closer|near|nearer))\b"
)
_RACE_TOLD_AHEAD = rx.compile(r"\b(?:race|racing|10k|5k|half marathon|half|marathon|parkrun|ultra)\b")
_OPEN_RUN_UP = rx.compile(r"^(?:(?:and|so|but|ok) )*(?:what|how|should|do|can|is|any)\b")
RUN_UP_TEXT = (
    "keep lifting, but hold it steady: your usual sessions on easy days, never on a hard-run day, light and "
    "familiar, with no new exercises or heavier weights as the race nears (the article doesn't cover "
    "tapering in detail). In race week one short, easy session early in the week is plenty (general "
    "advice), and none the day before the race, so your legs are fresh on the day."
)


def _run_up_reply(message: str) -> str | None:
    """ "10k in 3 weeks; two leg sessions a week. What should I do in the run-up, especially race
    week?": strength work in the weeks before a race (not a plan from scratch)."""
    plain = normalize(message)
    if not (_RUN_UP.search(plain) and _RACE_TOLD_AHEAD.search(plain)):
        return None
    asks = split_asks(message)[0]
    about = [normalize(a) for a in asks if _RUN_UP.search(normalize(a)) and _OPEN_RUN_UP.match(normalize(a))]
    if not about or any(
        rx.search(r"\b(?:heavy|heavier|new|max|more|harder|extra|hills?|plyo\w*)\b", a) or named_exercises(a)
        for a in about
    ):
        return None  # ("heavy squats in race week?": that exercise's or load's own verdict)
    if any(off_scope(a) for a in about):
        return None  # (r16 zd) "what should I eat the 3 days before my marathon?": the food, declined
    if rx.search(r"\b(?:how (?:many|much|long|far)|when)\b", about[0]) and rx.search(
        r"\b(?:stop\w*|quit\w*|cut\w*|drop\w*|last|final|ease off|pause|give up|finish)\b", about[0]
    ):
        # (r16 wd) "how many days before my marathon should I stop lifting?": the race-day rule's
        # day first (direct.py), not the run-up's whole plan
        return None
    yes = rx.match(r"(?:(?:and|so|but|ok) )*(?:should|do|can|is)\b", about[0])
    return "Yes: " + RUN_UP_TEXT if yes else RUN_UP_TEXT[:1].upper() + RUN_UP_TEXT[1:]


_NUMBER = rx.compile(r"\d+")


def _starts_a_word(prefix: str, said: str) -> bool:
    """``rx.search(rf"\\b{re.escape(prefix)}", said)`` for a normalised ``said`` (words of a-z and 0-9,
    single spaces) and a prefix of such a word: a word of ``said`` starts with it. Said with string
    tests: as a pattern, each new prefix was compiled again (and pushed re's cache past its 512)."""
    if not prefix:
        return bool(said)  # (an empty pattern's \b: anywhere a word starts)
    return f" {prefix}" in f" {said}"


def _ask_off(ask: str) -> bool:
    """(r16 zd) Is this one ask of a message surely off-topic (shoes, food, a podcast...)?"""
    a = normalize(ask)
    return bool(a) and (away_text(a) is not None or off_scope(a)) and not named_exercises(a)


def _same_lead(text: str, before: str) -> bool:
    """Does ``text``'s first line say what ``before`` already says (half its content words or more,
    by their first five letters)? A part about the same topic with a new lead ("...and the week after
    a race?" after the run-up) is an answer of its own."""
    lead = text.split("\n")[0]
    words = [w for w in normalize(lead).split() if w not in STOPWORDS and len(w) > 3]
    if not words:
        return True
    said = normalize(before)
    return 2 * sum(_starts_a_word(w[:5], said) for w in words) >= len(words)


def _because_said(lines: list[str], earlier: list[str]) -> list[str]:
    """(r17 vd) "doesn't running build enough strength? why lift as well?": a why part's "Because ..."
    sentence whose content words the part before already said (same topic) is dropped; its new reasons
    stay ("Stronger legs use oxygen more efficiently...")."""
    first, *rest = SENTENCE.split(lines[0], maxsplit=1)
    words = [w for w in normalize(first).split() if w not in STOPWORDS and len(w) > 3 and w != "because"]
    said = normalize(" ".join(earlier))
    if not words or sum(not _starts_a_word(w[:5], said) for w in words) > 1:
        return lines  # (a new reason in it, "so each stride lands in line": said)
    left = rest[0].strip() if rest else ""
    return ([left] if left else []) + [x for x in lines[1:] if not POINTER.match(x) or left or len(lines) > 2]


def _restates(text: str, earlier: list[str]) -> bool:
    """Does this part's reply only say again what an earlier part's said: every number of it already
    said, and most of its words ("2 or 3 sets of 12 to 15 reps" after "heavy enough that 12 to 15 reps
    leave you tired, for 2 or 3 sets")? A reply without a number is never a restatement here."""
    body = " ".join(x for x in text.split("\n") if not POINTER.match(x))
    before = " ".join(earlier)
    numbers = _NUMBER.findall(body)
    if not numbers or any(n not in _NUMBER.findall(before) for n in numbers):
        return False
    words = [w for w in normalize(body).split() if w not in STOPWORDS and len(w) > 3 and not w.isdigit()]
    said = normalize(before)
    hits = sum(_starts_a_word(w[:4], said) for w in words)
    return bool(words) and 3 * hits >= 2 * len(words)


# (r17 vd) "same for hamstring curls?", "is it the same for lunges", "and the wall squat, same?": after a
# move, another move held up against it (its sets and reps)
_SAME_FOR = rx.compile(
    r"^(?:(?:and|so|ok|okay|what about|how about) )*(?:(?:is|would|will) (?:it|that) (?:be )?|its |"
    r"(?:do|should) i do )?(?:the )?same (?:for|with|on|goes for) |"
    r"^(?:(?:and|so|ok|okay|what about|how about|for) )*(?:the )?[a-z -]{3,30} (?:the )?same(?: (?:dose|deal|"
    r"thing|numbers|again))?$"
)


def _same_dose(plain: str, last: str) -> Answer | None:
    """(r17 vd) The dose of the move named, said as the same as the last move's or not."""
    if not _SAME_FOR.search(plain):
        return None
    named = [t[9:] for t in named_exercises(plain) if t != last and t[9:] in EXERCISES]
    if len(named) != 1 or last[9:] not in EXERCISES:
        return None
    was, now = EXERCISES[last[9:]], EXERCISES[named[0]]
    dose, before = now.dose.text(), was.dose.text()
    if dose.removesuffix(" each leg") == before.removesuffix(" each leg"):
        head = f"Yes, the same: {dose} for the {now.name.lower()}."
    else:
        head = f"Not quite: {now.name.lower()}, {dose} ({was.name.lower()}: {before})."
    trace("same_dose", named[0])
    topic = f"exercise:{now.id}"
    return Answer(f"{head}\n{pointer(topic)}", topic, True, (), topics=(topic,), context=topic)


# (r17 vd) "what's the deal with single leg stuff", "thoughts on plyos": a topic raised, nothing asked of it
_DEAL_WITH = rx.compile(
    r"^(?:(?:and|so|but|ok|okay|yo|honest question|real talk) )*(?:(?:whats|what is|whats up|what s) "
    r"(?:the (?:deal|story|thing|craze|hype|fuss|big deal|obsession)|up) (?:with|w|about|behind|wiv)|"
    r"(?:any )?(?:thoughts|opinions?|views|take) on|what about|how about)\b"
)
# "what should I actually do?", "so what do I do then?": no topic of its own.
_BARE_WHAT_DO = rx.compile(
    r"^(?:(?:and|so|but|then|ok|okay) )*(?:what|which) (?:should|do|would|can) (?:i|we) "
    r"(?:actually |really |even |then |just |be )*(?:do|doing)(?: then| instead| now)?$"
)
# "healed, how do I build it back up", "cleared, how do I ease back into leg work", "are calf raises ok":
# the way back from that injury (safety's build-back answer), not the muscle's role or one move's card
_BUILD_BACK = rx.compile(
    r"\b(?:(?:build(?:ing)?|strengthen(?:ing)?) (?:\w+ ){0,2}(?:back|up)|strong(?:er)? again|"
    r"ease (?:\w+ ){0,2}(?:back|in)|eas(?:e|ing) into|"
    r"(?:start|do|doing|try) (?:\w+ ){0,3}again|(?:are|is) (?:\w+ ){1,3}(?:ok|okay|safe|fine|alright)|"
    r"safe to|ok to|okay to|too soon|too early)\b"
)
# (r17 ve) a yes/no ask about "those", "it": a pronoun for something told before ("are those worth it?")
_PRONOUN_ASK = rx.compile(
    r"^(?:so |and |but )?(?:are|is|do|does|would|will|could|can|should|were) (?:it|they|these|those|that)\b"
)
# (r17 ve) a move said by a pronoun ("when I do them", "on it")
_MOVE_PRONOUN = rx.compile(
    r"(?:(?<=\bdo )|(?<=\bdoing )|(?<=\bon )|(?<=\bduring )|(?<=\bafter )|(?<=\bwith ))"
    r"(?:them|it|these|those|that one)\b"
)
# (r17 ve) an injury named by its part ("calf strain", "hamstring tear"); a jumping move in a list line
_HURT_NAMED = rx.compile(r"\b\w+ (?:strains?|tears?|pulls?|sprains?|injury|injuries|fractures?)\b")
_HOP_MOVE = rx.compile(r"\b(?:Line hops|Box hops|Skipping)\b")


def _without_hops(body: str) -> str:
    """A muscle's list line ("For the calves: Calf raise, Line hops and Skipping. Doses: ...") without its
    jumping moves; other lines, and a list of nothing but jumps, as they were."""
    out = []
    for line in body.split("\n"):
        m = rx.match(r"(For (?:the|your) [^:]+: )(.+?)\. Doses: (.+)\.$", line)
        if m is None:
            out.append(line)
            continue
        names = [n for n in rx.split(r", | and ", m.group(2)) if not _HOP_MOVE.search(n)]
        doses = [d for d in m.group(3).split("; ") if not _HOP_MOVE.search(d)]
        if not names:
            out.append(line)
        elif len(names) == 1:
            out.append(f"{m.group(1)}{names[0]}, {doses[0].split(': ', 1)[-1]}.")
        else:
            listed = ", ".join(names[:-1]) + f" and {names[-1]}"
            out.append(f"{m.group(1)}{listed}. Doses: {'; '.join(doses)}.")
    return "\n".join(out)


_TARGET_ASK = rx.compile(r"\b(?:which|what) (?:\w+ ){0,2}(?:exercises?|moves?)\b")
_WORTH_ASK = rx.compile(
    r"\b(?:worth (?:it|bothering|doing|the (?:time|effort|bother)|using)|(?:any|a|even a) (?:point|use)|"
    r"bother(?:ing)?|any good|good enough|enough to)\b"
)
_WHY_ALONE = rx.compile(
    r"(?:(?:and|so|but|ok|okay|bro|lol|like) )*(?:why|how come)(?: (?:tho|though|is that|so|exactly|not|"
    r"would that be|does it matter|bro|lol))*"
)
# "why are hips neglected and why should I care": a bare "why care" leans on the ask before it; a reply
# that already gave the reason answers it (generic benefits after it would be a different answer)
_BARE_WHY = rx.compile(
    r"^(?:(?:and|so|but|then|ok|okay) )*(?:why|how come) (?:should|would|do|does|must) "
    r"(?:i|we|anyone|runners?|it|that|this) (?:even |really |actually )*(?:care|matter|bother)\b"
    r"|^(?:(?:and|so|but) )*why (?:bother|care)\b"
)
_DOSE_SAID = rx.compile(r"\b\d+(?:–\d+)? (?:sets|reps)\b|\b\d+–\d+ reps\b|\btires you by\b")


_FIGURES = rx.compile(r"\b(?:\d+|once|twice|three times|weekly|daily|every day)\b")


# The parts of the muscle groups by name (the soleus, the gastrocnemius, the hip flexors...).
_PART_NAMES = tuple(sorted({normalize(p.split(":")[0]) for m in MUSCLES.values() for p in m.parts}))


def _adds_nothing(text: str, before: str) -> bool:
    """Is every sentence of this reply (pointers aside) mostly said in ``before`` already? ("Don't let
    your knees pass your toes" after the depth is new, though the card's words overlap.)"""
    if not _mostly_said(text, before):
        return False
    said = normalize(before)
    figures = set(_FIGURES.findall(normalize(text)))
    if not figures <= set(_FIGURES.findall(said)):
        return False  # ("...and how often?": "twice a week" is the answer, whatever else it repeats)
    for line in text.split("\n"):
        if POINTER.match(line):
            continue
        for sentence in SENTENCE.split(line):
            words = [w for w in normalize(sentence).split() if w not in STOPWORDS and len(w) > 3]
            hits = sum(_starts_a_word(w[:4], said) for w in words)
            if len(words) >= 3 and 2 * hits < len(words):
                return False  # a sentence mostly new
            head = " ".join(normalize(sentence).split()[:3])
            if any(f" {p} " in f" {head} " and f" {p} " not in f" {said} " for p in _PART_NAMES):
                # (r19 ti) "which is the inner calf muscle and which the outer?": "The gastrocnemius is the
                # outer calf muscle" is about a part not said yet, however its other words repeat
                return False
    return True


def _mostly_said(text: str, before: str) -> bool:
    """Are at least 60% of this reply's content words (by their first four letters) in ``before``?"""
    body = " ".join(x for x in text.split("\n") if not POINTER.match(x))
    words = [w for w in normalize(body).split() if w not in STOPWORDS and len(w) > 3 and not w.isdigit()]
    said = normalize(before)
    hits = sum(_starts_a_word(w[:4], said) for w in words)
    return len(words) >= 8 and 5 * hits >= 3 * len(words)


# A safety caution that can lead a part's reply: not its answer (said once, by the first part).
_CAUTION = rx.compile(r"\bdoctor or (?:a )?physio")

# "how many of each?", "how many sets for both?": a dose for every exercise the message named.
# "what should I do before a leg session?", "what after it?": one end of the session.
_SESSION_END = rx.compile(
    r"\bwhat (?:should|do|must|can) (?:i|we|you) (?:do|be doing) (before|after|afterwards)\b"
    r"(?: (?:it|that|them|a|the|my|each|every|leg|strength|gym|lifting|sessions?|workouts?|days?)\b)*\W*$"
)
MOVES_PER_MUSCLE = (
    "Quads: one-legged squat, bench step-up. Hamstrings: hamstring push-up, hamstring curl. Calves: calf "
    "raise. Glutes: bridge. Hips: side-lying hip raise, lying leg lift."
)
# "the hamstring one", "the calf exercise": the move for that muscle in a list just given.
_THE_MUSCLE_ONE = rx.compile(r"\bthe (\w+) (?:one|exercise|move)\b")
# What strength work improves for a runner (the article's reasons, said at once).
_GAIN_WHO = (
    r"(?:it|this|that|they|strength(?: work| training)?|lifting|leg work|weights|stronger legs|strong legs)"
)
_IMPROVE_ASK = rx.compile(
    rf"\bwhat (?:does|do|will|would|can|could) {_GAIN_WHO} (?:actually |really |even )?"
    r"(?:improve|change|help with|(?:do|give) (?:for|to) (?:my )?(?:running|runners?))\b"
    r"(?! (?:form|posture|technique))|"
    rf"\bhow (?:does|do|would|will|can|could) {_GAIN_WHO} (?:actually |really )?"
    r"(?:make (?:me|you|runners|people) (?:run )?faster|improve (?:my |your )?running)\b|"
    rf"\bwhy (?:would|will|does|do|should) {_GAIN_WHO} (?:actually |really )?make (?:me|you|runners|people) "
    r"(?:run )?faster\b"
)
_LEANS = rx.compile(r"\b(?:it|this|that|they)\b")
_GAIN_TOPICS = frozenset(
    {"rule:why_strength", "rule:running_form", "rule:muscles_used", "rule:about", "rule:bulk"}
)
GAINS_TEXT = (
    "Several things: well-trained muscles use oxygen more efficiently and tire later, your stride gets "
    "longer, you hold your form and alignment, hills get easier, and you're less likely to get injured."
)
GAINS_WHY = (
    "Because well-trained muscles use oxygen more efficiently and tire later, lengthen your stride and hold "
    "your form, so you run faster on the flat and climb hills more easily (and get injured less)."
)
# Topics that answer any vague ask about muscles or sessions: no second answer after a specific one.
_CATCH_ALL = frozenset({"rule:muscles_used", "rule:about", "rule:routine"})
_EACH = rx.compile(r"\b(?:of each|for each|each one|for both|of both|both of them|for all|of all|them all)\b")


_LOOSE_ASK_WORDS = frozenset("actually even really exactly exact do does specifically precisely".split())


def _answered_by(ask: str, said: str) -> bool:
    """Is ``ask`` one the reply already given (``said``) answers: it leans back ("what do they do
    when I run") or asks for the moves that reply named ("which exercises exactly"), and says no
    word of its own beyond running, fillers and (when moves were named) "exercises"?"""
    words = normalize(ask).split()
    leans = bool(set(words) & {"they", "them", "it", "those", "these", "other", "else"})
    # (a pronoun ask about moves, "what other exercises train those?", asks for more moves)
    moves = _names_a_move(said) and not leans
    if not (leans or (moves and _EXERCISES_ASKED.search(ask))):
        return False
    return not [
        w
        for w in words
        if w not in STOPWORDS
        and w not in BACK
        and w not in QUESTION_START
        and w not in _LOOSE_ASK_WORDS
        and not _RUN_WORD.fullmatch(w)
        and not (moves and _EXERCISES_ASKED.fullmatch(w))
    ]


def _first_at(ex_id: str, plain: str) -> int:
    ex = EXERCISES[ex_id]
    padded = f" {plain}"
    # (rx.search(rf"\b{re.escape(name)}", plain).start() for a normalised name and message, by find:
    # a word of the message starts there; an empty name, where the first word starts)
    at = [
        padded.find(f" {name}") if name else 0
        for name in (normalize(n) for n in (ex.name, *ex.aliases))
        if (name and f" {name}" in padded) or (not name and plain)
    ]
    return min(at, default=len(plain))


# "...at home, and what at the gym?": both places asked for, neither ruled out ("no gym", "instead of
# the gym")
_HOME_AND_GYM = rx.compile(
    r"\b(?:at|from) home (?:\w+ ){0,3}?(?:and|or what|what) (?:\w+ ){0,4}?(?:at|in) (?:the |a )?gym\b|"
    r"\b(?:at|in) (?:the |a )?gym (?:\w+ ){0,3}?(?:and|or what|what) (?:\w+ ){0,4}?(?:at|from) home\b"
)
_GYM_OUT = rx.compile(
    r"\b(?:no|not|without|cant|cannot|instead of|rather than|dont|never|skip|hate|or|vs|versus|worth|"
    r"better|set foot)\b (?:\w+ ){0,3}"
    r"(?:gym|home)\b"
)
_HOME_BASICS = ("calf_raise", "one_leg_squat", "hamstring_pushup", "step_up", "bridge")
_GYM_BASICS = ("quad_extension", "hamstring_curl", "leg_press", "lunge", "wall_squat")


def home_and_gym(plain: str, asks: list[str]) -> tuple[str, str] | None:
    """(what to do at home and what at the gym, the topic) when a message asks for both places, each
    ask about one of them; for the muscle it names, or the article's basics of each place."""
    if not _HOME_AND_GYM.search(plain) or _GYM_OUT.search(plain) or not 1 <= len(asks) <= 2:
        return None
    if not all(rx.search(r"\b(?:home|gym)\b", normalize(a)) for a in asks):
        return None
    muscle = next(
        (
            m
            for m in MUSCLES.values()
            if rx.search(rf"\b(?:{'|'.join(re.escape(n.lower()) for n in (m.name, *m.aliases))})\b", plain)
        ),
        None,
    )
    if muscle is None:
        home, gym = ([EXERCISES[i] for i in ids] for ids in (_HOME_BASICS, _GYM_BASICS))
        head, topic = "At home", "rule:gym_vs_home"
    else:
        moves = list(exercises_for_muscle(muscle.id, primary_only=False))
        home = [e for e in moves if e.setting == "home" and e.variation_of is None][:3]
        gym = [e for e in moves if e.setting == "gym" and e.id != "treadmill_incline"][:3]
        head, topic = f"For the {muscle.name.lower()} at home", f"muscle:{muscle.id}"
    if not home or not gym:
        return None

    def said(moves: list[Exercise]) -> str:
        names = [e.name.lower() for e in moves]
        return ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else names[0]

    return (
        f"{head}: {said(home)}.\nAt the gym: {said(gym)}.\n"
        "2–3 sets of each, with a load that tires you by 12–15 reps, twice a week.",
        topic,
    )
