"""Answering one ask in context (``answer_one``): follow-ups of the last topic, the special asks
(starting before a race, healing time, rest between sets, who an exercise is for...) and the rules
only it uses; also the "combine lifting with running" ask.
"""

from __future__ import annotations

import re
from dataclasses import replace

from content import rx
from content.anatomy import INJURIES
from content.asks import (
    BACK,
    DAYS,
    FOLLOW_START,
    MUSCLE_WORDS,
    POINTER,
    SENTENCE,
    TIMED,
    Ask,
    Engine,
    coverage,
    follow_up,
    named_exercises,
    named_topic,
    says_exercise,
    trace,
)
from content.cards import exercises_for_muscle
from content.compose import DROP_CHOICE, DROP_CHOICE_TEXT, UNSTEADY_KIT, ask_of, pointer, unsteady_reply
from content.direct import (
    BUSY_LEGS_BODY,
    BUSY_LEGS_TOLD,
    RUN_AFTER_LEGS,
    START_BEFORE_RACE,
    asks_which_day,
    direct,
    hard_order,
    week_verdict,
)
from content.exercises import EXERCISES
from content.followups import (
    FOR_THEM,
    LACK,
    TAKEN_ASK,
    TECHNIQUE,
    WOULD_HELP,
    applied,
    at_home,
    bad_weather,
    comes_after,
    complement,
    feel_it,
    keep_running,
    listed,
    next_fact,
    next_step,
    one_pick,
    other_kit,
    other_way,
    others,
    own_direct,
    rest_day,
    says_any,
    short_on_time,
    sibling,
    where_part,
    which_muscle,
)
from content.guidance import RULES
from content.model import Answer, Exercise
from content.plan import ENOUGH, OPEN, which
from content.reasons import OFF_TOPIC_SUGGESTIONS, YOUNG_LEAD, comeback, gap, reason
from content.safety import returning
from content.situation import (
    CLAIM_ASK,
    HOLD,
    KIN_ADVISES,
    KIT_LACK,
    KIT_OF,
    KIT_RULES,
    KNEES_IN,
    NEED_KIT,
    USE_KIT,
    VAGUE,
    WEIGHTS,
    YOUNG,
    family,
    injury_names,
    judge_claim,
    kit_needed,
    told_claim,
    weighted_of,
)
from content.steer import asks_if_it_helps, steer
from content.text import STOPWORDS, normalize
from content.topics import topic_title
from content.verdicts import HILL_EITHER, low_step, settles, versus
from content.week import DAY, FIT_ASK, WHICH_DAYS, days_reply

# (r17 ve) an ask that names its own subject: the warm-up or the stretching, or the sets and reps
_OWN_SUBJECT = rx.compile(
    r"\b(?:warm ?ups?|warming up|warm up|stretch\w*|cool ?down|how many (?:\w+ )?(?:reps|sets)|"
    # (r19 tk) "...the bench is pretty low for me. Is locking out actually bad?": the lockout is asked
    r"lock(?:ing|ed)? (?:out|my knees?|the knees?)|lockout|"
    r"(?:snap\w*|straighten\w*) (?:\w+ )?(?:knees?|legs?) (?:fully|all the way|straight)|"
    # (r20 tn) "...the coach has them doing box jumps... What is the point of it for a runner?": the
    # purpose of the thing told is asked, not the story's worry (a step or box as kit)
    r"(?:whats|what is|what s) (?:even |actually |really )?the (?:point|purpose|benefit|idea)|"
    r"what (?:is|are|s) (?:it|they|that|those|these) (?:even |actually |really )?(?:for|good for))\b"
)
# (r17 vc) the two topics an either-works verdict on hills or the treadmill is about
_HILL_PAIR = ("exercise:hill_repeats", "exercise:treadmill_incline")
# (r20 tn) "what is the point of it?", "what's the purpose of them": a purpose asked of a pronoun
_PURPOSE_OF_IT = rx.compile(
    r"(?i)\bwhat(?:'s|s| is) (?:even |actually |really )?the (?:point|purpose|benefit) of (?:doing )?"
    r"(it|them|this|that|these|those)\b"
)

_DO_SOMETHING = rx.compile(
    r"\b(?:should|can|could) i (?:be )?(?:do|doing) (?:something|anything|more) (?:for|about|with)\b|"
    r"\b(?:should|can|do) i (?:lift|train|strengthen|work) (?:them|it)\b|"
    r"\banything (?:i|we) (?:can|could|should) (?:do|try)\b"
)


_HEAL_TIME = rx.compile(
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


# "on its own", "by itself": one exercise asked about as the whole session.
_ALONE = rx.compile(
    r"\b(?:on (?:its|their|it s) own|alone|by itself|by themselves|"
    r"(?:just|only) (?:that|those|them|it|this))\b"
)


# Rest between sessions (or blocks of them), not between sets.
_REST_BETWEEN = rx.compile(
    r"\b(?:rest|recovery|recover|off)\b.{0,30}\bbetween (?:\w+ )?(?:blocks?|sessions?|workouts?|leg days?|"
    r"lifting days?|strength days?)\b"
)


# Rest between sets (or exercises) of one session: the sets-and-reps rule's rest line, whatever
# else the words land on ("how long rest between sets?" is not the monthly week off).
# How steep a hill to run ("how steep tho", "what gradient?", "how much incline?").
_HOW_STEEP = rx.compile(
    r"\b(?:how steep|steepness|what (?:gradient|grade|incline|slope)|how (?:much|big) (?:of )?(?:an? )?"
    r"(?:gradient|incline|slope))\b"
)
# No kit or gym told, then "can I still get stronger?" asked.
_NO_KIT_TOLD = rx.compile(r"\b(?:no|zero|without) (?:\w+ )?(?:gym|equipment|kit|weights|money|budget)\b")
_CAN_GET_STRONGER = rx.compile(
    r"\b(?:can|could) i (?:still )?(?:get|build|make|develop)\b.*\b(?:strong\w*|strength)\b|"
    r"\bis it (?:still )?possible\b.*\b(?:strong\w*|strength)\b"
)
_REST_SETS = rx.compile(
    r"\b(?:rest|recovery|recover|break|pause|wait)\b.{0,25}\bbetween (?:\w+ ){0,2}"
    r"(?:sets?|reps?|exercises?|rounds?)\b|"
    # (not "without a break, time to back off?": a comma lost, then "time to")
    r"\b(?:rest|break)s? (?:time|period)s?\b(?! between (?:sessions?|workouts?|blocks?))(?! to\b)|"
    # (r16 zd) "and rest between?" after how many sets: between the sets just given
    r"^(?:(?:and|so|but|ok|okay|what about|how much|how long|any) )*(?:rest|recovery|a break|breaks) "
    r"(?:in )?between(?: (?:them|each|each one|each set|those|these))?$"
)


REST_BETWEEN_TEXT = (
    "Between sessions: the article's twice a week (sometimes three) leaves a day or more between them; "
    "keep them off hard-run days. And once a month, take a whole week off strength work for extra "
    "recovery."
)


# "how should I set it up / structure it / schedule it": fitting strength work around the running.
_SETUP = rx.compile(
    r"\bhow (?:should|do|can|would|could) (?:i|we) (?:best )?(?:set (?:\w+ ){1,2}up\b|"
    r"(?:structure|schedule|organi[sz]e|arrange|balance|plan) "
    r"(?:my |the |it\b|this\b|leg|strength|lifting|them\b))"
)


_ONE_LEG_SAID = rx.compile(r"\b(?:single|one)[ -]?leg(?:ged)?\b|\bunilateral\b")
ONE_LEG_SETUP = (
    "Set it up like this: one-legged squats, step-ups, lunges and one-legged calf raises, 2–3 sets of "
    "12–15 reps on each leg, the weaker side first and the same reps on the stronger one. Twice a week on "
    "easy days, as part of your usual sessions.\nFull card: /exercise one-legged squat"
)
# "strengthen them or rest?", "rest them or train them?": the choice between resting and strengthening.
_REST_OR_STRENGTHEN = rx.compile(
    r"\b(?:strengthen\w*|train\w*|work\w* on|lift\w*|exercise\w*)\b(?: \w+){0,2} or (?:\w+ ){0,2}"
    r"(?:rest\w*|stop\w*|leave (?:them|it)|back off)\b|"
    r"\b(?:rest\w*|stop\w*)\b(?: \w+){0,2} or (?:\w+ ){0,2}(?:strengthen\w*|train\w*|work on)\b"
)
_FREE_TOO = rx.compile(
    r"\b(?:need|add|use|get|want|include)\b.{0,20}\bfree ?weights?\b|"
    r"\bfree ?weights?\b.{0,20}\b(?:too|as well|also|needed|necessary|worth it)\b"
)
FREE_TOO_TEXT = (
    "Add free weights too. Machines are a good start (they isolate single muscles and make good form "
    "easy), while dumbbell lunges and one-legged squats build the legs more broadly and train the balance "
    "and alignment running needs. Calf raises cover the calves, which the machines miss."
)
# "is it mid to just do machines or nah", "can I stick to the machines?": a good start, not the whole job.
_ONLY_MACHINES = rx.compile(
    r"^(?:(?:and|so|but|yo|ok|okay|honestly|like|fr|ngl|lol) )*"
    r"(?:(?:is|isnt|are|can|could|should|do|does|would|will|am|ok|okay|fine)\b.*)?"
    r"\b(?:(?:(?:only|just|purely|solely|nothing but) (?:(?:do|doing|use|using|hit|hitting|train|training|on|"
    r"stick to|sticking to|go on|the|gym) ){0,3}|stick(?:ing)? (?:with|to) (?:the )?)machines|"
    r"machines (?:only|alone|on their own|by themselves))\b(?! or (?!nah|not|no)\b)"
)
ONLY_MACHINES_TEXT = (
    "Machines alone are a good start, not the whole job: they isolate single muscles and make good form "
    "easy, but free weights (dumbbell lunges, one-legged squats) build the legs more broadly and train the "
    "balance and alignment running needs. Add a few, plus calf raises for the calves."
)
_MACHINES_TOLD = rx.compile(
    r"\b(?:machines?|leg press|leg extension|quad(?:riceps)? extension|hamstring curl|leg curl)\b"
)
_COMPARED = rx.compile(r"\b(?:better|worse|vs|versus|compared?|instead of|rather than|or|as good as|than)\b")
_ACHE_OR_FORM = rx.compile(
    r"\b(?:ache\w*|achy|hurts?|hurting|pain\w*|sore|niggl\w*|twing\w*|cave|caves|collaps\w*|lean\w*|"
    r"slump\w*|wobbl\w*|drop\w*|tired|fatigu\w*)\b"
)
_OVERDO_ASK = rx.compile(r"\b(?:overdo\w*|overdid|overdone|too (?:much|hard|heavy))\b")
_WRECKED_AFTER = rx.compile(
    r"\b(?:wrecked|toast|dead|cooked|destroyed|sore|doms|stiff|smashed|battered|trashed)\b.{0,40}"
    r"\b(?:after|since|from)\b.{0,20}\b(?:leg day|legs day|session|squats?|lunges?|lifting|gym|workout)\b"
)
_HOME_TOLD = rx.compile(r"\b(?:home|house|flat|apartment|garage|living room|no gym|without a gym)\b")
# (named apart from the later _GYM_TOLD, a longer list, which had silently replaced this one)
_GYM_OR_MACHINES = rx.compile(r"\b(?:gym|machines?)\b")


# "what should I do?", "what can I do about it?": no topic of its own.
_BARE_WHAT_TO_DO = rx.compile(
    r"^(?:(?:and|so|but|then|ok|okay) )*what (?:should|can|could|do) (?:i|we) (?:actually |even |then )?"
    r"do(?: about (?:it|that|them|this))?(?: then)?$"
)
# "could that be weak quads?", "is it my glutes?": a muscle offered as the cause of what they told.
_COULD_BE_WEAK = rx.compile(
    r"^(?:(?:so|and|but) )?(?:could|can|might|would|is|does) (?:that|it|this) (?:\w+ ){0,2}?"
    r"(?:be|mean|come from|be from|be because of|be down to|due to) (?:my |weak |tight |lazy )*"
    r"(?P<m>quads?|hamstrings?|hammies|glutes?|calf|calves|hips?)\b"
)


def _muscle_moves(muscle: str, told: str) -> str:
    """ "Yes" and the moves that strengthen this muscle, the kit told first (at home: the home ones)."""
    moves = [
        e for e in exercises_for_muscle(muscle[7:]) if not e.variation_of and e.setting in ("home", "gym")
    ]
    if _HOME_TOLD.search(told):
        moves = [e for e in moves if e.setting == "home"] or moves
    elif _GYM_OR_MACHINES.search(told):
        moves.sort(key=lambda e: e.setting != "gym")
    if muscle == "muscle:hips" and rx.search(r"\bhip flexors?\b", told):
        # "my hip flexors are weak": the straight-leg lift on your back lifts the thigh, so it leads
        moves = [EXERCISES["supine_leg_lift"], *(e for e in moves if e.id != "supine_leg_lift")]
    names = [e.name.lower() for e in moves[:3]]
    listed = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
    held = " (the bridge held 30 s)" if "bridge" in names else ""
    return (
        f"Yes: the {listed}, 2–3 sets of 12–15 reps{held}, twice a week on an easy day. "
        "Stretch them after your runs too."
    )


# "what glute work would you do?", "which calf exercises should I do?", "what would you do for my hamstrings?"
_MUSCLE_WORK_ASK = rx.compile(
    r"^(?:(?:and|so|but) )*(?:what|which) (?:\w+ )?(?:work|exercises?|moves?|stuff|strength work) "
    r"(?:would|should|do|could|can) (?:you|i|we) (?:do|recommend|suggest|start with)\b|"
    r"^(?:(?:and|so|but) )*what (?:would|should) (?:you|i) do for (?:my |the |weak )*\w+\b"
)


# "how do I not wreck my knees on it?", "how do I keep my knees safe on lunges?": that move's knee cues.
_KNEE_SAFE = rx.compile(
    r"\b(?:not|without|avoid\w*|stop|protect\w*|keep|save|spare|look after)\b(?: \w+){0,3} "
    r"(?:wreck\w*|hurt\w*|injur\w*|damag\w*|trash\w*|kill\w*|destroy\w*|blow\w* out|my|the)"
    r"(?: \w+){0,2} knees?\b(?!.*\b(?:hurt|hurts|pain|sore|aches?)\b)|"
    r"\bknees? (?:safe|happy|healthy|ok|okay)\b"
)


# "should I go heavier?", "do I need to lift heavy?", "is it worth going heavier on squats?"
_GO_HEAVIER = rx.compile(
    r"^(?:(?:and|so|but|also) )*(?:should|can|could|do|would|will|is it (?:ok|okay|worth|better)(?: to)?|"
    r"am i (?:supposed|meant) to) (?:i )?(?:\w+ )?(?:go|going|lift|lifting|use|using|move up to|try|"
    r"be lifting|need to (?:go|lift)) (?:\w+ )?heavier\b(?! legs)"
)
_NOT_HEAVIER = rx.compile(
    r"\b(?:race week|taper\w*|day before|too heavy|injur\w*|hurts?|pain|sore|rehab|bulk\w*|fail\w*|"
    r"max\w*|possible|as i can|or lighter|or light)\b"
)
# "...when I go heavier my knee wobbles and my torso tips forward. Keep going heavier anyway?": form breaks
_FORM_BREAKS = rx.compile(
    r"\b(?:wobbl\w*|shak(?:y|es|ing)|tips? forward|tipping forward|leans? forward|leaning forward|"
    r"cav(?:e|es|ing) in|collaps\w*|buckl\w*|(?:los(?:e|ing)|lost) (?:my |good )?form|"
    r"form (?:is |gets |goes |looks |turns |becomes )?(?:\w+ "
    r"){0,2}(?:ugly|bad|sloppy|messy|terrible|awful|rubbish|"
    r"trash|off|falls apart|breaks down|goes out the window|suffers|slips)|"
    r"(?:ugly|sloppy|bad|messy|trash) (?:form|reps)|"
    r"(?:get|gets|getting|go|goes|going|look|looks|are|is|turn|turns) "
    r"(?:really |so |pretty |super |a bit |kinda |very "
    r")?(?:sloppy|ugly|messy|wobbly|shaky|trash|terrible|awful))\b"
)
FORM_FIRST_HEAVIER = (
    "No: not while your form breaks down. The article's rule is never to give up good form for more "
    "weight or "
    "reps: drop to a weight you can move with a steady knee and an upright torso for 12–15 reps (2–3 sets), "
    "slow and controlled, and add weight only once those reps look clean."
)
# (r20 fb) form breaking down at a raised load, asked "does it matter?", "is that a problem?", "should I
# worry?": a yes/no whose "yes" means "fix it" (FORM_FIRST_HEAVIER's "No" answers "keep going heavier?")
MATTERS_ASK = rx.compile(r"\b(?:matters?|a problem|an issue|bad|worry|worried|care|concern\w*|a big deal)\b")
FORM_FIRST_MATTERS = (
    "Yes, it matters: when your form breaks down under load (knee wobbling, torso tipping), the weight is "
    "too heavy. The article's rule is never to give up good form for more weight or reps: drop to a weight "
    "you can move with a steady knee and an upright torso for 12–15 reps (2–3 sets), and add weight only "
    "once those reps look clean."
)
GO_HEAVIER = (
    "Yes, within reason: many coaches now favour heavier weights with fewer reps to strengthen muscles and "
    "ligaments. Go as heavy as still lets you do 12–15 good reps (2–3 sets), add weight as that gets "
    "easy, and never trade form for load. With a balanced programme it won't slow you down."
)
# "one big leg session or split it over the week?": how to spread the work, not a big-or-bulky verdict
SPREAD = rx.compile(
    r"\bone (?:big|long|huge|massive|giant|monster|single) (?:\w+ "
    r")?(?:session|day|workout|block)\b.*\b(?:or|vs|versus)\b|"
    r"\b(?:split|spread|break) (?:\w+ ){0,3}?(?:up |out )?"
    r"(?:over|across|into|through(?:out)?) (?:the |a |my )?(?:week|days|smaller|shorter|two|2)\b|"
    r"\bspread (?:it|them|things) out\b"
)
SPREAD_TEXT = (
    "Split it: two (sometimes three) shorter sessions a week, 15–20 minutes each, beat one big one, "
    "with rest days between (your muscles get stronger in the rest), and none on a hard-run day or the day "
    "before a race."
)
# "should each session hit lots of muscle groups?", "one muscle group per workout or several?"
# A hard run named in a follow-up ("what if it's a tempo day?", "does it matter if the run is a hard one?").
_HARD_RUN_NAMED = rx.compile(
    r"\b(?:hard (?:one|run|runs|session|day|workout)|tempo\w*|intervals?|interval day|long run|speed ?work|"
    r"fartlek|threshold|track (?:session|day|workout)|hill (?:reps|repeats|sprints))\b"
)
# Changing the exercises ("how often should I switch up my routine?"): keeping it fresh, not how often to
# lift.
_CHANGE_MOVES = rx.compile(
    r"\b(?:change|changing|vary|varying|switch|switching|swap|swapping|rotate|rotating|mix|mixing|"
    r"refresh\w*) "
    r"(?:\w+ )?(?:up )?(?:my |the |your |our )?(?:new |different |fresh )?(?:leg |strength |gym |home )?"
    r"(?:routine|workouts?|exercises|moves|programme|program|things|it up)\b"
)
_GROUPS_PER_SESSION = rx.compile(
    r"\b(?:each|every|one|a|per|the same) (?:leg |strength |gym )?(?:session|workout|day)\b.*\b(?:muscle "
    r"groups?|"
    r"groups|body parts|"
    r"muscles?)\b|\b(?:muscle groups?|body parts) (?:\w+ ){0,4}?(?:each|per|every|in (?:one|a|each)) "
    # (r15 ya) "how many muscle groups should I hit each time?"
    r"(?:session|workout|day|time)\b"
)
GROUPS_TEXT = (
    "Yes: work several of the major leg muscle groups each session (quads, hamstrings, calves, glutes and "
    "hips), opposing groups in balance, and vary the routine from week to week."
)
# "how long should each set be?", "how long per set?": a set's length, not a session's.
_SET_LENGTH = rx.compile(
    r"\bhow long (?:should|is|does|do|would|will) (?:each|a|one|every|my|the) set\b|"
    r"\bhow long (?:per|for each|for a|for every) set\b|"
    r"\bhow (?:many )?(?:seconds|minutes) (?:per|a|each) set\b"
)
SET_LENGTH_TEXT = (
    "The article counts sets in reps, not minutes: 12–15 slow, controlled reps with a load that tires you "
    "by the last one, 2–3 sets (the bridge is the one held, 30 seconds)."
)
# "what exercises should I do?", "and which exercises?": no muscle, kit or goal of its own.
_BARE_EXERCISES = rx.compile(
    r"^(?:(?:and|so|but|ok|okay|then) )*(?:what|which|whats|what are the|what are) (?:(?:\w+ )?"
    # ((r17 ua) "what leg work is safe?", "which strength stuff is ok?": the moves, in other words)
    r"(?:exercises?|moves?|lifts?)|(?:leg |strength )?(?:work|stuff|training))"
    r"(?: (?:should|do|would|can|could) (?:i|we)(?: still| safely)?)?"
    # ((r18 tc) "what leg stuff should i chuck in", "what moves should i add": the moves asked for)
    r"(?: (?:do|use|try|start with|include|be doing|focus on|add|be adding|chuck in|throw in|put in|stick in|"
    r"incorporate))?(?: then| first)?"
    # "which leg exercises are ok?", "what moves are safe for me?"
    r"(?: (?:are|r|is) (?:ok|okay|safe|fine|good|alright|allowed|suitable)(?: for me| now| then)?)?$"
)
BASICS_TEXT = (
    "Start with a few that cover the main muscles: one-legged squats, step-ups, bridges, hamstring "
    "push-ups and calf raises at home (in a gym: leg press, hamstring curls and lunges), 2–3 sets of "
    "12–15 reps, twice a week on easy days.\nTry one: /workout"
)
HEALED_LINE = (
    "Good that it's behind you: start light, with a weight you're comfortable with, build up gradually, "
    "and stop anything that brings the old pain back."
)
_HOW_DO = rx.compile(r"\bhow (?:(?:do|should|would|can) (?:i|you) |to )do\b")


_LABEL_HEAD = rx.compile(r"^[A-Z][\w' -]{1,40}: (?=[A-Z])")  # "Lunge: " before a card's first sentence


def suits(context: str, who: str, engine: Engine) -> Answer | None:
    """ "ok for someone w dodgy knees?" after plyometrics: a joint told gets caution first (the article
    doesn't cover it); an age or "newbie" gets yes, the same advice, started light."""
    joint = JOINT_TOLD.search(who)
    young = bool(YOUNG.search(who) or YOUNG_AGE.search(who))
    if joint is None and not young and not _AGE_OR_NEW.search(who):
        return None
    base = engine.compose_for(context, topic_title(context) or context)
    if base is None or not base.found:
        return None
    body = [x for x in base.text.split("\n") if x.strip()]
    lead = SENTENCE.split(body[0])[0] if body else ""
    pointers = [x for x in body if POINTER.match(x)]
    ex_of = EXERCISES.get(context[9:]) if context.startswith("exercise:") else None
    plyo = context == "rule:plyometrics" or (ex_of is not None and ex_of.setting == "plyo")
    if joint is not None:
        part = (joint.group("part") or "joints").rstrip("s")
        gentle = (
            "begin with the gentlest drill (line hops) before any box, land softly"
            if plyo
            else "begin with the simplest version and a light, comfortable weight"
        )
        text = (
            f"Go carefully: the article doesn't cover {part} problems in detail. If you try it, "
            f"{gentle}, keep "
            f"every rep pain-free and controlled, and build up gradually; stop and see a physio if your "
            f"{part} hurts."
        )
    elif young:
        # "safe for my 14yo?" after plyometrics: the article has no youth advice; this move, started gently
        start = (
            "start with the gentlest drill (hops over a line) before any box, with soft, controlled landings"
            if plyo
            else "start with the simplest version and bodyweight or a light, comfortable load"
        )
        text = (
            "Generally yes, with care: the article doesn't cover young runners. "
            f"{start[:1].upper()}{start[1:]}, good form before anything harder, and build up gradually, "
            "ideally with a coach checking technique."
        )
    else:
        # an exercise's card leads "Lunge: A dumbbell lunge …": its easier version, not its label
        caveat = (
            "build up gradually with good form, and check with your doctor first if you have any health "
            "concerns."
        )
        if ex_of is not None and ex_of.easier:
            text = f"Yes: start with the easier version. {ex_of.easier} Then {caveat}"
        else:
            what = _LABEL_HEAD.sub("", lead)
            text = (
                f"Yes, the same advice suits you: {what[:1].lower()}{what[1:]} Start light, with a "
                f"comfortable resistance, {caveat}"
            )
    trace("suits", context)
    topic = base.topic or context
    return Answer("\n".join([text, *pointers[:1]]), topic, True, (), topics=(topic,), context=context)


def _knee_safe(plain: str, context: str | None, earlier: str) -> Answer | None:
    if not _KNEE_SAFE.search(plain) or rx.search(
        r"\bhow (?:(?:do|should|would|can) (?:i|you) |to )do\b", plain
    ):
        return None  # ("how do I do the leg press without hurting my knees": its steps say it)
    if rx.search(r"\b(?:why|how come)\b", plain):
        return None  # (r16 wd) "why am I not supposed to straighten my knee...?": a why takes its because
    said = named_exercises(plain) or (named_exercises(earlier) if set(plain.split()) & BACK else [])
    ex_id = said[0] if len(said) == 1 else context if len(said) == 0 else None
    ex = EXERCISES.get(ex_id.split(":", 1)[1]) if ex_id and ex_id.startswith("exercise:") else None
    if ex is None or ex.setting in ("plyo", "hills"):
        return None
    cues = [c for c in ex.cues if "knee" in c.lower()]
    locks = any("lock" in c.lower() or "straight" in c.lower() for c in cues)
    said_cues = " ".join(cues)
    lock_line = "" if locks else ", and never lock the knee out"
    said_cues = said_cues[:1].lower() + said_cues[1:] + " " if said_cues else ""
    text = (
        f"For your knees on the {ex.name.lower()}: {said_cues}Keep every rep slow and controlled, with a "
        f"load you're comfortable with (tired by 12–15 reps){lock_line}. "
        "If a knee hurts, rather than just working hard, stop and see a physio."
    )
    trace("knee_safe", ex.id)
    return Answer(
        text, f"exercise:{ex.id}", True, (), topics=(f"exercise:{ex.id}",), context=f"exercise:{ex.id}"
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
_START_ASK = rx.compile(
    r"\b(?:ease (?:in|into|myself into)|build (?:up )?(?:in)?to|get(?:ting)? (?:started|into)|"
    r"start(?:ing)? out|"
    r"(?:where|how) (?:do|should|would|can) i (?:even )?(?:start|begin))\b"
)


# A race a few weeks (or days) away, and an ask about starting strength work now.
_RACE_SOON = rx.compile(
    r"\b(?:race|racing|marathon|half|\d+ ?k|ultra|parkrun|event)\b.{0,40}\bin "
    r"(?:\d+|a|one|two|three|four|a few|a couple of|ten|\w+) (?:days?|weeks?)\b|"
    r"\b(?:\d+|one|two|three|four|a few) (?:days?|weeks?) (?:out|to go|until|before) "
    r"(?:my |the )?(?:race|marathon|half|ultra|\d+ ?k)\b|"
    # (r15 xe) "marathon is this sunday", "it's race week"
    r"\b(?:race|marathon|half|ultra|\d+ ?k|parkrun)\b(?: \w+){0,2}? (?:is |s )?this (?:weekend|saturday|"
    r"sunday)\b|"
    r"\b(?:race|marathon) week\b|"
    r"\bweek of (?:the |my |a )?(?:\w+ )?(?:race|marathon|half|10k|5k|ultra)\b|"
    r"\b(?:race|marathon|half|ultra|\d+ ?k|parkrun)\b(?: \w+){0,3}? (?:is )?next "
    r"(?:weekend|week|saturday|sunday)\b|"
    r"\b(?:race|marathon|half|ultra|\d+ ?k|parkrun)\b(?: \w+){0,2}? (?:is )?(?:\d+|one|two|three|four|five|"
    r"six|a few|"
    r"a couple of) days? (?:away|off)\b"
)


_START_NEW = rx.compile(
    r"\b(?:start|begin|starting|beginning|take up|pick up) (?:\w+ ){0,3}(?:now|strength|program\w*|lifting|"
    r"weights|leg (?:work|day)s?|training)\b.{0,40}\b(?:now|wait|after|later|until)\b|"
    r"\b(?:too late|wait until after|wait till after)\b|"
    r"\b(?:start|begin|starting|beginning) (?:\w+ ){0,3}now\b|"
    r"\b(?:good|right|ok|okay|smart) (?:time|idea) to (?:start|begin|take up|pick up)\b|"
    r"\b(?:thinking|planning|want\w*|going|about) (?:about |of |to )?(?:start|begin)\w*\b"
)


# A race or fitness test some weeks away, and "should I even bother with strength this close?": worth it
# with a month or more to go (twice a week, never the day before); closer, the race-week rules.
_EVENT_AHEAD = rx.compile(
    r"\b(?:race|racing|marathon|half|\d+ ?k|ultra|parkrun|event|test|exam|assessment|selection|"
    r"tryouts?|trials?|fitness test|beep test|bleep test|pat|pft|combine)\b"
)
_WEEKS_AHEAD = rx.compile(
    r"\b(?:in|within|only|just|about|around|got|have|its|it is) "
    r"(?P<n>\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|a couple of|couple|few) "
    r"(?P<unit>weeks?|wks?|months?)\b|"
    r"\b(?P<n2>\d+|two|three|four|five|six|seven|eight|nine|ten|twelve) (?P<unit2>weeks?|wks?|months?) "
    r"(?:out|away|to go|left|until|till|before)\b"
)
_BOTHER_NOW = rx.compile(
    r"\b(?:bother|worth|any point|pointless|no point|too late|this close|so close|that close|too close|"
    r"waste of time)\b"
)
_NUMBER_WORDS = {
    "a": 1,
    "one": 1,
    "two": 2,
    "couple": 2,
    "a couple of": 2,
    "three": 3,
    "a few": 3,
    "few": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "twelve": 12,
}


# "my chairs keep sliding, what else can I use?" after the hamstring push-up: the kit that moves under
# them (an exercise's chair, step or box): how to steady it, then what to use instead.
_KIT_MOVES_WORDS = frozenset(
    {
        "slide",
        "slides",
        "sliding",
        "slid",
        "slip",
        "slips",
        "slipping",
        "wobble",
        "wobbles",
        "wobbly",
        "wobbling",
        "tipping",
        "rolls",
        "rolling",
        "moves",
        "moving",
        "shifts",
        "shifting",
        "skids",
        "skidding",
        "unstable",
        "unsteady",
        "rocks",
        "rocking",
    }
)
_KIT_MOVES = rx.compile(
    r"\b(?:chairs?|step(?!s? ups?\b)|steps(?! ups?\b)|stair|box|boxes|bench|block|ball|platform|"
    r"it|they|thing)\b "
    r"(?:(?!(?:i|im|me|my|i m)\b)\w+ ){0,3}?"
    r"(?:slid\w*|slip\w*|wobbl\w*|tipping|tipped|tips over|roll\w*|mov\w*|shift\w*|skid\w*|"
    r"unstable|unsteady|rock\w*)\b"
)


def kit_moves(ask: str, context: str | None) -> Answer | None:
    """The exercise's kit slides or tips: its steadying cue, then the other kit the card allows."""
    plain = normalize(ask)
    if not _KIT_MOVES_WORDS & set(plain.split()) or not _KIT_MOVES.search(plain):
        return None
    said = named_exercises(plain)
    ex_id = said[0] if said else context
    if not ex_id or not ex_id.startswith("exercise:"):
        return None
    ex = EXERCISES.get(ex_id.split(":", 1)[1])
    if ex is None or not ex.substitutes:
        return None
    steady = next(
        (c for c in ex.cues if rx.search(r"\b(?:slide|roll|tip|brace|solid|stable)\b", c.lower())),
        "Push it against a wall so it can't move.",
    )
    others = [x for x in ex.substitutes if not ("wall" in x and "wall" in steady.lower())]
    text = steady if not others else f"{steady} Or use {' or '.join(others)}."
    return Answer(f"{ex.name}: {text}", ex_id, True, (), topics=(ex_id,), context=ex_id)


# (r16 wa) never lifted, or afraid of the soreness: a gentle start
_FIRST_TIMER = rx.compile(
    r"\b(?:never (?:\w+ ){0,2}(?:done|lifted|tried|did)|new to|first time|beginner|sore|soreness|doms|"
    r"stiff|wreck\w*|mess (?:up|with))\b"
)


def event_ahead(ask: str, whole_told: str) -> Answer | None:
    """ "police test in 8 weeks. should i even bother with strength this close?": the verdict on the
    time left (a month or more: yes; less: wait until after the event)."""
    plain = normalize(ask)
    if not _BOTHER_NOW.search(plain) or not _EVENT_AHEAD.search(whole_told):
        return None
    m = _WEEKS_AHEAD.search(whole_told)
    if m is None:
        return None
    n_word, unit = (m.group("n"), m.group("unit")) if m.group("n") else (m.group("n2"), m.group("unit2"))
    n = int(n_word) if n_word.isdigit() else _NUMBER_WORDS.get(n_word, 0)
    weeks = n * 4 if unit.startswith("month") else n
    if weeks < 4:
        return None  # (a race that close: the rules for then, keep it light or wait until after)
    span = f"{n_word} {unit}"
    # (r16 wa) "is it too late to start?": the answer to that ask is "no", not "yes"; and a runner who
    # has never lifted or fears soreness starts gently rather than hearing the time is "plenty"
    lead = (
        "No, it's not too late"
        if (
            rx.search(r"\btoo (?:late|close)\b", plain)
            and not rx.search(r"\b(?:worth|bother\w*|point|pointless)\b", plain)
        )
        or (
            rx.search(r"\b(?:this|so|that) close\b", plain)
            and not rx.search(r"\b(?:worth|bother\w*|point)\b", plain)
        )
        else "Yes, it's worth it"
    )
    new_to_it = bool(_FIRST_TIMER.search(f"{whole_told} {plain}"))
    if new_to_it:
        text = (
            f"{lead}: {span} is time to get stronger and steadier if you start gently, one or two sets of "
            "bodyweight moves at first so the soreness stays mild. Do it twice a week, keep it off your "
            "hard-run days, and skip it the day before the big day (an easy final week helps you arrive "
            "fresh)."
        )
    else:
        text = (
            f"{lead}: {span} is plenty of time for leg strength work to make you stronger and "
            "steadier. Do it twice a week, keep it off your hard-run days, and skip it the day before the "
            "big day (an easy final week helps you arrive fresh)."
        )
    return Answer(text, "rule:race_day", True, (), topics=("rule:race_day",), context="rule:race_day")


# "what about on one leg?" after an exercise: a facet of that exercise, not the one-legged rule.
# A kind of run or a race said in an ask ("the same evening as an interval session"): its own day.
_RUN_NAMED = rx.compile(
    r"\b(?:intervals?|tempo\w*|long runs?|hard runs?|track (?:session|night|workout)s?|speed ?work|"
    r"fartlek|races?|parkrun|[0-9]+ ?k|marathon|half marathon)\b"
)
_FACET = rx.compile(
    r"\b(?:one leg|single leg|one legged|single legged|harder|easier|weights?|dumbbells?|other (?:leg|side)|"
    r"beginners?|newbie|at home|in the gym)\b"
)


# "how deep do I sit?", "where do my feet go?", "anything to watch with my knees?": a detail of doing a
# move, which after an ask about one exercise is about that exercise (not a seated machine's "sit").
_MOVE_DETAIL = rx.compile(
    r"\bhow (?:deep|low|far down|far|high|wide|slow|fast)\b(?: \w+){0,2} (?:do|does|should|can|am|must|to)\b|"
    r"\bwhere (?:do|does|should|must) (?:my|the|your) "
    r"(?:feet|foot|knees?|hands?|arms?|back|hips?|heels?|toes)\b|"
    r"\b(?:anything|what|things?) (?:else )?to (?:watch|look out|be careful|avoid)\b|"
    r"\bwhat (?:do|should) (?:i do with )?(?:my|the) (?:knees?|feet|back|arms?|hands?|hips?)\b"
)


_OFTEN_SAID = rx.compile(r"\b(?:week|weekly|times|twice|daily|every day|a month)\b")


# What is asked of one exercise: its sides, reps, sets, how it is done.
_ONE_EXERCISE = rx.compile(
    r"\b(?:both sides|each side|other side|both legs|each leg|other leg|reps?|sets?|how do i do|"
    r"how is it done|"
    r"how do you do|form|technique)\b"
)


_BOTH_SIDES = rx.compile(
    r"\b(?:both|each|other|either) (?:sides?|legs?)\b|\bswitch (?:sides|legs)\b|"
    r"\bjust (?:the )?one (?:side|leg)\b"
)


# "what about the other leg?", "and the other side?", "how do I do the left one?": the switch step.
_OTHER_LEG = rx.compile(
    r"^(?:(?:and|so|but|ok|okay|then) )*(?:(?:what|how) about |and )?(?:the |my )?"
    r"(?:other|left|right|weaker) (?:leg|side|one)\b|"
    r"\bhow do i (?:do|switch to|work) (?:the |my )?(?:other|left|right) (?:leg|side|one)\b"
)


def _switch_step(ex: Exercise) -> str | None:
    """The step of a one-sided move that changes sides (it comes last: "repeat leading with the left
    leg"), read by the both-sides and the side-order answers."""
    return next(
        (
            x
            for x in reversed(ex.steps)
            if rx.search(r"\b(?:switch|turn over|other (?:leg|side|foot|ankle)|alternat|left)", x.lower())
        ),
        None,
    )


def _sides(context: str, plain: str) -> Answer | None:
    """ "do I do it on both sides?" about a one-sided exercise: yes, and the step that switches."""
    ex = EXERCISES.get(context.split(":", 1)[1]) if context.startswith("exercise:") else None
    if ex is None or not ex.dose.per_side or not _BOTH_SIDES.search(plain):
        return None
    other = _OTHER_LEG.search(plain)
    if not (ask_of(plain).yesno or ask_of(plain).kind == "check" or other):
        return None
    step = _switch_step(ex)
    if other and step:
        text = f"Same again on the other side: {step[:1].lower()}{step[1:]}"  # (no "yes": nothing was asked)
    else:
        text = (
            f"Yes, both sides: {step[:1].lower()}{step[1:]}"
            if step
            else "Yes, both sides, the same number each."
        )
    text += f" Dose: {ex.dose.text()}.\nFull card: /exercise {ex.name.lower()}"
    return Answer(text, context, True, (), topics=(context,), context=context)


# (r16 wb) Which order the sides go in: "do I do all reps on one side first?", "alternate legs or finish
# one side?", "should I finish one leg before switching?".
_SIDE_ORDER = rx.compile(
    r"\b(?:all (?:the |my )?(?:reps?|sets?) (?:on|with|for) (?:one|the same|1) (?:side|leg)|"
    r"(?:one|1|the same|a) (?:side|leg) (?:at a time )?(?:first|before)|"
    r"finish (?:one|the first|a|1) (?:side|leg)|"
    r"(?:alternate|alternating|swap|swapping|switch|switching|change|changing) (?:the )?(?:legs?|sides?) "
    r"(?:each|every|after each|after every|on each|between) (?:rep|time|step)|"
    r"(?:alternate|alternating) (?:the )?(?:legs?|sides?) or|"
    r"or (?:alternate|alternating|swap|switch)(?: (?:the )?(?:legs?|sides?))?$)"
)
# A switch step that changes legs every rep (the others finish a set on one leg first).
_EVERY_REP = rx.compile(r"\beach time\b|\balternat\w*|\brepeat leading with\b|\bkeep travelling\b")


def _side_order(ex_id: str, plain: str) -> Answer | None:
    """(r16 wb) "For step-ups, do I do all reps on one side first?": alternate, or one side's set first,
    as the move's own steps say."""
    ex = EXERCISES.get(ex_id)
    if ex is None or not ex.dose.per_side or not _SIDE_ORDER.search(plain):
        return None
    step = _switch_step(ex)
    if step is None:
        return None
    said = f"{step[:1].lower()}{step[1:].rstrip('.')}"
    yesno = bool(rx.search(r"\b(?:do|should|can|must|shall|am) i\b", plain)) and bool(
        rx.search(r"\bfirst\b|\bfinish\b|\bbefore\b", plain)
    )
    if _EVERY_REP.search(step):
        text = f"{'No, alternate' if yesno else 'Alternate'}: switch legs every rep ({said})."
    else:
        head = "Yes, one side first" if yesno else "One side first"
        text = f"{head}: the whole set on one leg, then the other ({said})."
    topic = f"exercise:{ex.id}"
    trace("side_order", ex.id)
    return Answer(
        f"{text}\nFull card: /exercise {ex.name.lower()}", topic, True, (), topics=(topic,), context=topic
    )


# "both legs at once or one at a time?" about the move being talked about: which way it's done
_ONE_OR_BOTH = rx.compile(
    r"\b(?:both (?:legs|feet|sides)(?: at once| together)?|two legs|double leg\w*)\b.*\bor\b.*\b"
    r"(?:one|single) (?:leg|side|foot)\w*|"
    r"\b(?:one|single) (?:leg|side|foot)\w*(?: at a time)?\b.*\bor\b.*\b(?:both|two legs|double leg\w*)\b|"
    # (r17 ve) the same asked as a yes/no: "do I do both legs at once?", "should it be one leg at a time?"
    r"(?:^|\b(?:also|and|so) )(?:do|should|can|must) (?:i|you|we) "
    r"(?:do (?:it |them |this |that )?|go |keep )?"
    r"(?:(?<!on )both (?:legs|feet) (?:at once|together)|(?:one|single) (?:leg|foot) at a time)\b"
)


def _one_or_both(context: str | None, plain: str, earlier: bool) -> Answer | None:
    if context is None or not _ONE_OR_BOTH.search(plain) or named_exercises(plain):
        return None
    ex_id = (
        context[9:]
        if context.startswith("exercise:")
        else listed(context)[0]
        if context.startswith("muscle:") and listed(context) and not earlier
        else None
    )
    ex = EXERCISES.get(ex_id or "")
    if ex is None:
        return None
    if ex.dose.per_side:
        text = (
            f"One leg at a time: the {ex.name.lower()} works each leg on its own ({ex.dose.text()}), "
            "which copies running, works each leg harder and brings up the weaker one."
        )
    else:
        harder = f" Once that's easy: {ex.harder[:1].lower()}{ex.harder[1:]}" if ex.harder else ""
        text = f"Both together for the {ex.name.lower()} ({ex.dose.text()}).{harder}"
    trace("one_or_both", ex.id)
    topic = f"exercise:{ex.id}"
    return Answer(
        f"{text}\nFull card: /exercise {ex.name.lower()}", topic, True, (), topics=(topic,), context=topic
    )


# "how does the wall one work?" after shin splints' moves: the listed move with that word in its name
_THE_X_ONE = rx.compile(r"\bthe (?P<word>[a-z]+)(?: [a-z]+)? (?:one|exercise|move|thing|version)\b")


def _the_x_one(context: str | None, plain: str, engine: Engine) -> Answer | None:
    m = _THE_X_ONE.search(plain)
    if m is None or context is None or named_exercises(plain) or m.group("word") in STOPWORDS:
        return None
    if rx.search(r"\bhow (?:many|much|long|often|heavy|far|deep|high|low|fast)\b", plain) or not rx.search(
        r"\b(?:how (?:do|does|should|would|to)|explain|what (?:is|s|does)|whats|show me|describe|steps)\b",
        plain,
    ):
        return None  # ("how many reps for the hip thing?": its dose, not its steps)
    if m.group("word") in ("first", "second", "third", "last", "other", "next", "same", "hard", "easy"):
        return None
    shown = listed(context)[:4]
    hits = [
        e
        for e in shown
        if e in EXERCISES
        and any(m.group("word") in normalize(n).split() for n in (EXERCISES[e].name, *EXERCISES[e].aliases))
    ]
    if len(hits) != 1:
        return None
    ex = EXERCISES[hits[0]]
    steps = engine.compose_for(f"exercise:{ex.id}", f"how do i do {ex.name.lower()}")
    if steps is not None:
        trace("the_x_one", ex.id)
    return steps


# "what benefits will I notice?", "what will it do for me?": what strength work gives a runner.
_BENEFIT = rx.compile(
    r"\bbenefits?\b|"
    r"\bwhat (?:will|would|does|do|can) (?:it|this|that|lifting|they) (?:do|give) (?:for|to) me\b|"
    r"\bwhat(?:s| is) (?:the point|in it for me)\b|\bwhy bother\b|"
    r"\bwhat (?:will|would) i (?:\w+ )?(?:notice|gain|get)\b"
)


# Rules about how or when to lift that say nothing of what it gives (a benefit ask about them is the why).
_NO_BENEFIT = frozenset(
    "rule:bulk rule:frequency rule:hard_run_day rule:race_day rule:run_first rule:time_needed rule:sets_reps "
    "rule:comfortable_load rule:progression rule:routine rule:recovery_week rule:off_season".split()
)


# "the first one", "the last exercise": one of a list just shown
_ORDINAL = rx.compile(
    r"\b(?:the )?(first|1st|second|2nd|third|3rd|last)(?: one| exercise| move| of (?:them|those))\b"
)


# General load and technique rules a dose follow-up about one exercise lands on by its words.
_GENERAL_DOSE = frozenset(
    "rule:sets_reps rule:comfortable_load rule:slow_controlled rule:range_of_motion rule:time_needed".split()
)


# "how do hills help?", "how does that help me?": why they're good
_HOW_HELP = rx.compile(
    r"^((?:and |so |but |ok )?)how (do|does|will|would|can|could) ((?:\w+ ){1,3}?)help"
    r"(?: me| my running| runners| you)?$"
)


# "what even are plyometrics?", "wat is plyo": what a thing is
_WHICH_PLYO = rx.compile(
    r"^(?:(?:so|and|ok|okay) )*(?:what|which) (?:kind of |sort of |type of |types of )?(?:plyo\w*|jump\w*|"
    r"hop\w*|bounding)(?: drills?| exercises?| moves?)? "
    r"(?:should|can|could|would|do|are (?:good|best|worth))\b"
)
_DEFINE = rx.compile(
    r"^(?:so |and |ok |okay )?(?:what|wat|whats|what s) (?:even |exactly |actually |the heck )?(?:is|are|s)\b"
    r"(?! (?:the )?(?:best|point|difference|reason|right|ideal))"
)


# "should I stretch them?", "do I stretch it too?" about a muscle or exercise just told
_STRETCH_THEM = rx.compile(
    r"\b(?:should|do|can|must) i (?:also |still |even )?stretch (?:them|it|those|these|that|my \w+)\b"
)


# "what causes it?", "why do I get it?" about an injury
_CAUSE_ASK = rx.compile(
    r"\b(?:cause|causes|caused|causing)\b|\bwhy (?:do|did|does) (?:i|it|people|runners) (?:get|happen)|"
    r"\bwhat brings (?:it|them) on\b|\bwhere does it come from\b"
)


# "what if it's too hard?", "I can't do one yet": the easier version
_TOO_HARD = rx.compile(
    r"\btoo (?:hard|difficult|tough|advanced)\b|\bcant (?:do|manage|finish) (?:it|one|them|a single)\b"
)


# "getting too easy now, what next?", "what if I can do like 20 easy?" after an exercise: its harder form
_TOO_EASY = rx.compile(
    r"\b(?:too easy|(?:getting|got|gotten|feels?|feeling|is|are|its|seems?) (?:\w+ )?easy|easy now|"
    r"(?:do|manage|bang out|knock out|crank out) (?:like |about |around |over )?\d+ (?:reps? "
    r")?(?:easy|easily|"
    r"no problem|without trying)|can do (?:like |about |around |over )?\d+ easy|(?:a )?breeze|no challenge|"
    r"not (?:challenging|hard) (?:any ?more|enough))\b"
)
# "ok for someone w dodgy knees?", "ok for a 70 yr old newbie?" after a topic: does it suit that runner
_SUITS = rx.compile(
    r"^(?:(?:and|so|but|ok|okay) )*(?:(?:is|are|would|will) (?:it|that|this|they|these|those) (?:be )?)?"
    r"(?:ok|okay|safe|fine|good|suitable|alright|appropriate|sensible)(?: too| as well| still)? "
    r"(?:for|with) (?P<who>.+)$"
)
YOUNG_AGE = rx.compile(
    r"\b1[0-7] ?(?:yo|y o|yr|yrs|year|years)\b|\b1[0-7]$|\bkids?\b|\bteens?\b|\b(?:son|daughter)\b"
    + KIN_ADVISES
)
# "safe for my 14yo?", "can my 13 year old do them?", "ok on 50+ year old knees?": who a follow-up asks about
SUITS_WHO = rx.compile(
    r"^(?:(?:and|so|but|ok|okay) )*(?:(?:is|are|would|will) (?:it|that|this|they|these|those) (?:be )?)?"
    r"(?:ok|okay|safe|fine|good|suitable|alright|appropriate)(?: too| as well| still)? "
    r"(?:for|with|on) (?P<who>.+)$|"
    r"^(?:(?:and|so|but|ok|okay) )*(?:can|could|should) "
    r"(?P<who2>(?:my|a|an|someone|people|older|young) (?:\w+ ){0,4}?)"
    r"(?:do|try|start) (?:it|them|that|this|these|those)\b"
)
JOINT_TOLD = rx.compile(
    r"\b(?P<part>knees?|back|hips?|ankles?|achilles|joints?|shins?)\b|\barthrit\w*|\bhip replacement\b"
)
_AGE_OR_NEW = rx.compile(
    r"\b(?:[4-9]\d ?(?:yr|yrs|year|years|yo|y o)(?: old)?|[4-9]\d s|older|senior|pensioner|retired|oldie|"
    r"newbie|beginners?|novice|new (?:runner|to (?:this|it|lifting|strength))|never lifted|total noob|noob|"
    r"complete beginner|first timer)\b"
)
# "how many different exercises in that time?", "how many moves per session?": the count in a session
_HOW_MANY_MOVES = rx.compile(
    r"\bhow many (?:different |separate |individual )?(?:exercises|moves|drills|movements)\b"
    r"(?!.*\b(?:a|per|each) (?:week|month)\b)"
)
HOW_MANY_MOVES_TEXT = (
    "Four to six: a Legwork session has 4 to 6 exercises in about 15–20 minutes, enough to work several of "
    "the major leg muscle groups (the article gives no exact number). Vary them from week to week."
)
# "do I need any equipment for those?" after the home basics: what little the home moves use
_KIT_NEED = rx.compile(
    r"\b(?:need|require|have to (?:buy|get|have)|buy|get) (?:any |some |special |much |extra )?"
    r"(?:equipment|kit|gear|stuff|things)\b|\bwhat (?:equipment|kit|gear)\b"
)
HOME_KIT_TEXT = (
    "Very little: a stair or sturdy step for calf raises, a chair braced against a wall (or an "
    "exercise ball) "
    "for hamstring push-ups, and a bench or step knee-high or lower for step-ups; one-legged squats and "
    "bridges need nothing. Dumbbells can come later, once 12–15 reps feel easy."
)
# "which ones do people forget?" after the muscles running uses; "which muscle do runners neglect most?"
_NEGLECTED = rx.compile(
    r"^(?:(?:and|so|but|ok|okay) )*(?:which|what)\b(?:(?! exercises?\b| "
    r"drills?\b).)*\b(?:forget\w*|forgotten|neglect\w*|"
    r"overlook\w*|ignored?|under ?(?:train\w*|work\w*)|miss(?:ed)?|leave out|left out)\b"
)
NEGLECTED_ASK = "which leg muscles do runners usually forget to train"
_MAKE_HARDER = rx.compile(
    r"\b(?:make|making|get|getting) (?:it|them|this|that|these|those|the exercise) (?:any "
    r")?(?:harder|tougher|more "
    r"(?:challenging|difficult))\b"
)
# "do I finish all sets of one before the next?", "circuits or all my sets of one exercise first?"
SETS_FIRST = rx.compile(
    r"\b(?:(?:all|every|each of) (?:the |my |of the )?(?:\d |two |three |four )?sets|rotate "
    r"(?:through|round|around)|"
    r"(?:then|and) move on|sets of (?:one|an?|the same) (?:exercise|move) (?:first|before|then)|"
    r"circuits?|supersets?|superset\w+|one (?:exercise|move) at a time|"
    r"(?:before|then) (?:moving|going|switching|changing) (?:on|to (?:the )?next)|before the next "
    r"(?:one|exercise|move)?)"
)
_OTHER_FOR_CIRCUIT = rx.compile(r"\b(?:warm\w*|stretch\w*|cool ?down|breath\w*|music|sore\w*|hurts?|pain)\b")
SETS_FIRST_TEXT = (
    "Finish an exercise's sets first: the article says to do two or three sets of each exercise before "
    "moving on to the next. (It doesn't cover circuits; going round the moves is a fine variation if your "
    "form holds.)"
)
# "how do I know when to go heavier?", "when should I increase the weight on my lunges?"
_WHEN_HEAVIER = rx.compile(
    r"\b(?:when|how (?:do|will|would|can) (?:i|you) (?:know|tell)(?: when)?)\b(?: \w+){0,5} "
    r"(?:go(?:ing)? heavier|add(?:ing)? (?:more )?(?:weight|resistance|load|plates?|kg)|"
    r"increas\w* (?:the )?(?:weight|load|resistance)|up(?:ping)? the (?:weight|load)|mov\w* up (?:a|"
    r"in) weight|"
    r"heavier (?:weights?|dumbbells?))\b"
)
WHEN_HEAVIER_TEXT = (
    "When 12–15 reps stop tiring you: that's the cue to add resistance as you get stronger, enough that "
    "12–15 reps tire you again (2–3 sets), in small steps, never to extremes, and only while your form "
    "stays clean."
)
# "should I keep it going during marathon training?", "stop lifting in season?": strength work in season
_IN_SEASON = rx.compile(
    r"\b(?:in ?season|during (?:the |my |a )?(?:\w+ )?(?:season|training|block|build ?up|build)|"
    r"while (?:i m |im |i am )?(?:\w+ )?(?:training|building)|"
    r"(?:marathon|race|racing|training) (?:block|build|season))\b"
)
_KEEP_GOING = rx.compile(
    r"\b(?:keep|keeping|continue|continuing|carry on|maintain|stop|stopping|drop|dropping|pause|quit|still)\b"
)
# (r16 zd) "do I keep running during a strength block?", "should I stop running while I build strength?":
# the running goes on; the strength work sits beside it
_RUN_ON = rx.compile(
    r"^(?:(?:and|so|but|ok) )*(?:do|should|can|would|must|will) i (?:still |just )?"
    r"(?:keep|carry on|continue|stop|pause|quit|give up|cut out|drop) (?:my )?(?:running|runs|run|to run)\b"
    r"(?=.*\b(?:during|while|through|throughout) (?:it|that|this|the (?:block|phase)|"
    r"(?:a |the |my )?(?:strength|lifting|gym|off ?season) ?(?:block|phase|period|programme|program|work|"
    r"training)?|i (?:lift|build|do (?:it|strength|the strength)))\b)"
)
RUN_ON_TEXT = (
    "The article never has you stop running for strength work: the sessions sit beside your runs, twice a "
    "week on easy days, and on a day with both, run first, then lift."
)
IN_SEASON_TEXT = (
    "keep it going in season: twice a week (three at most), on easy days, never on a hard-run day or the day "
    "before a race; on a day you also run, run first. Take a week off strength about once a month."
)
# "what should I notice?", "what changes will I see from strength training?": what it does for a runner
_NOTICE = rx.compile(
    r"\bwhat (?:\w+ )?(?:should|will|would|do|could|might) (?:i|you) (?:\w+ )?(?:notice|see|feel|expect)\b|"
    r"\bwhat (?:changes|improvements|differences?|results|benefits) (?:should|will|would|can|do|could|might) "
    r"(?:i|you) (?:\w+ )?(?:notice|see|feel|expect|get)\b"
)
NOTICE_TEXT = (
    "Faster, stronger running: stronger muscles use oxygen more efficiently and tire more slowly, so you run "
    "faster on the flat and power up hills more easily; your stride lengthens and your form holds up better "
    "late in runs. The article says the results soon show."
)
# "why can't I just run more instead of lifting?", "why do I need weights if I already run 50 miles?":
# why running alone isn't the strength work (hills alone are the uphill reason's case).
_WHY_JUST_RUN = rx.compile(
    r"^(?:(?:but|so|and|ok|okay) )*why\b"
    r"(?=.*\b(?:run|running|runs|miles|mileage|km|kms|jog\w*)\b)"
    r"(?=.*\b(?:lift\w*|weights?|gym|strength|squats?|leg work|leg day|leg exercises|resistance)\b)"
    r"(?=.*\b(?:instead|rather than|when|if|since|already|just|enough|anyway|on its own|alone|not)\b)"
    r"(?!.*\b(?:before|after|first|same day|day before|hard run|race|pain|hurt\w*|injur\w*|sore\w*|"
    r"faster|speed|efficien\w*|oxygen|stride)\b)"
)
# "how much strength work before it hurts my running?", "what's too much leg work?", "max sessions a week?":
# the amount of strength work overall, so the weekly figure first.
_HOW_MUCH_OVERALL = rx.compile(
    r"^(?:(?:and|so|but|ok|okay) )*(?:how (?:much|many|often)|what s|whats|what is|what are|whats the|"
    r"what s the|is there a)\b"
    r"(?=.*\b(?:strength|leg work|leg days?|legs days?|lifting|lift|weights|gym|sessions?|workouts?|s ?c)\b)"
    r"(?=.*\b(?:too much|too many|too often|max|maximum|(?:the )?most (?:sessions|times|days|i can|i should|"
    r"often)|limit|upper limit|cap|without (?:it )?(?:hurting|"
    r"affecting|harming|slowing|wrecking|ruining|compromising|hampering|messing)|"
    r"before (?:it|lifting|the gym|strength|they|that) (?:\w+ )?(?:hurts?|hurting|affects?|affecting|"
    r"harms?|slows?|wrecks?|eats?|costs?|messes|ruins?|starts)|"
    r"(?:hurts?|hurting|harms?|harming|affects?|slows?) my "
    r"(?:running|race|races|times|runs|pace|training))\b)"
    r"(?!.*\b(?:reps?|sets?|kg|kilos?|lbs?|pounds|weight|heavy|heavier|pain|painful|injur\w*|knee|knees|shin|"
    r"shins|ankle|achilles|back|hip|hips|sore\w*|minutes?|mins?|hours?|long)\b)"
)
HOW_MUCH_OVERALL_TEXT = (
    "Twice a week, three at most: that's what runners who lift usually do, and 15–20 minutes a session is "
    "enough. Keep them off hard-run days and the day before a race, and take a week off strength work once a "
    "month, so your running doesn't pay for it."
)
# (r15 ya) "how should I pace it so I don't overdo it?", "how do I ease into it?", "how do I build up
# without overdoing it?": how to build up, not the warm-up a passing word lands on
_PACE_ASK = rx.compile(
    r"^(?:(?:and|so|but|ok|okay) )*how (?:do|should|can|would|could|will) (?:i|you|we) "
    r"(?:pace|ease (?:in|into)|build (?:it |this |up|into)|ramp (?:it |this )?up|start (?:off|out)?"
    r"(?: \w+){0,3} (?:without|so i (?:dont|do not|wont)) (?:overdo\w*|over doing)|"
    r"(?:not|avoid|stop) (?:overdo\w*|over doing))\b"
)
PACE_TEXT = (
    "Build up gradually: start with one or two sets of each move at a resistance you're comfortable with, "
    "twice a week on easy days, and add reps toward 15 and sets toward 3 over the weeks. If your legs stay "
    "sore for days or your runs suffer, ease back; and take a week off strength work once a month."
)
# "what's the hardest version?", "how do I level up?", "next level?": the harder form
_HARDEST = rx.compile(
    r"\b(?:hardest|toughest|most advanced|most difficult|next level|level (?:it )?up|more challenging|"
    r"advanced version|step it up|progress (?:it|this|that|them))\b"
)


# Where the dumbbells are held in a lunge.
_HELD_WHERE = rx.compile(
    r"\b(?:over ?head|over (?:my|your) head|above (?:my|your) head|(?:at|by) (?:my|your) sides?)\b"
)
_HARDER = rx.compile(
    r"\b(?:harder|tougher|progress\w*|advance\w*|once (?:that|it|they)(?:s| is| are) easy)\b"
)
# (r19 tj) "the next morning", "the following day": a day after something said before
_NEXT_MORNING = rx.compile(r"\b(?:next|following) (?:morning|day)\b|\bday after\s*$")


# (r19 tj) "and after that?", "what next?", "then what?" after where to start with plyos: the next drills
_PLYO_NEXT = rx.compile(
    r"^(?:(?:ok|okay|and|so|then|right|cool|great)\s+)*(?:what s |whats |what is |what comes )?"
    r"(?:next|after that|after those|afterwards|then what|and then|the next (?:step|stage|level))\b"
)


PLYO_HARDER = (
    "Move on through the article's sequence: once line hops are easy, hop forward onto a step or low box, "
    "alternating legs, then skipping (off and onto the same foot). Past that the article stops; more hops "
    "per set or a slightly higher box is the usual next step (general advice), landings always soft."
    "\nFull card: /exercise box hops"
)


PLYO_HARDER_AFTER = (
    "Build up gradually: move to the next drill only once the one before feels easy and your landings stay "
    "soft and controlled; end a set when they get sloppy. Past skipping, more hops per set or a slightly "
    "higher box is the usual next step (general advice)."
)


# "how much time does it take?", "how many minutes?": the session's length
_SESSION_TIME = rx.compile(
    r"\bhow (?:much time|many minutes|long)\b"
    r"(?!.*\b(?:hold|rest|pause|recover\w*|off|break|before|after|till|until)\b)"
)


# "should I ever skip a week?" ("skip" is "omit" by then), "do I need a week off?", "a break ever?"
_WEEK_OFF = rx.compile(
    r"\b(?:omit|take|have|need|miss|drop|rest) (?:a |an |one |the odd |the occasional |the )?"
    r"(?:whole |full |entire |easy )?weeks?\b|"
    r"\bweeks? off\b|\b(?:a|any) (?:break|breaks|rest week|deload)\b|\bdeload\b"
)


# "which one comes first?", "what order?", "before or after the run?": the order of a run and a lift.
_ORDER = rx.compile(
    r"\b(?:which|what) (?:one |should |do i do |goes |comes )*(?:comes |go |goes |do )?first\b|"
    r"\b(?:what|which|right|best) order\b|\bin (?:what|which) order\b|\bbefore or after\b"
)


# "which days tho", "when should I lift": when to train (not "when do I go heavier").
_WHEN_TRAIN = rx.compile(
    r"\b(?:days?|week|weekly)\b|^(?:so |and |but )?when (?:should|do|can|could) (?:i|we) "
    r"(?:lift|train|do (?:it|them|legs|strength|this|that))\b"
)


# Where a muscle is, said instead of its name: "the back of my thighs", "the front of the thigh".
_REGION = rx.compile(
    r"\b(?:the |my |your )?(?:(?P<back>backs? of (?:the |my |your )?(?:upper )?(?:legs?|thighs?))|"
    r"(?P<calf>backs? of (?:the |my |your )?lower legs?)|"
    r"fronts? of (?:the |my |your )?(?:thighs?|upper legs?))\b"
)


_WEAK_PART = rx.compile(
    r"\b(?P<m>calves|calf|glutes?|hamstrings?|hammies|quads?|hips?|butt|bum)\b (?:\w+ ){0,3}?"
    r"(?:weak|weaker|nonexistent|non existent|useless|pathetic|flat|asleep|give up|giving up|gives up|"
    r"die|dies|dying|fail|fails|trash|garbage|rubbish|weaklings?)\b"
)
_HELP_ASKED = rx.compile(
    r"\b(?:help|what (?:do|should|can) i do|wat do i do|what now|fix (?:it|them|this)|how do i fix)\b"
)
_WEAK_MUSCLE = {
    "calves": "calves",
    "calf": "calves",
    "glutes": "glutes",
    "glute": "glutes",
    "butt": "glutes",
    "bum": "glutes",
    "hamstrings": "hamstrings",
    "hamstring": "hamstrings",
    "hammies": "hamstrings",
    "quads": "quads",
    "quad": "quads",
    "hips": "hips",
    "hip": "hips",
}


def _the_week_off(context: str, plain: str) -> bool:
    """ "do I need a recovery week? and how long should it be?": after the recovery week, a time ask
    that names no session is about the week off, not a session's length."""
    return context == "rule:recovery_week" and not _SESSION_WORD.search(plain)


_SESSION_WORD = rx.compile(r"\b(?:sessions?|workouts?)\b")


# Moves dosed as a number of times ("5–8 climbs"): a bare "how many times?" after them counts those.
_COUNTED_MOVES = frozenset({"exercise:hill_repeats", "exercise:treadmill_incline"})
_PER_WEEK = rx.compile(r"\b(?:week|weekly|weeks|days?|month|per|a (?:week|day))\b")
_HOW_MANY_TIMES = rx.compile(r"^(?:(?:and|so|ok|okay|but|right) )*how many (?:times|goes|climbs|of them)\b")


_PLYO_CONTEXTS = frozenset(
    {"rule:plyometrics", "exercise:box_hops", "exercise:line_hops", "exercise:skipping"}
)
_NO_BOX = rx.compile(
    r"\b(?:no|without|havent got|haven t got|dont have|don t have|do not have|have not got|lack|missing)"
    r"(?: \w+){0,2} (?:box|boxes|step|steps|platform|plyo box|bench|stairs?)\b"
)
# (r17 uf) "can i hold dumbbells tho?" after the step-up: weights held in that move (its harder
# version), not the lunge whose steps hold dumbbells.
_HOLD_WEIGHTS = rx.compile(
    r"^(?:(?:and|so|but|ok|okay|what about|how about|also) )*"
    r"(?:(?:can|could|should|do|may|is it ok to|ok to) (?:i|you|we) (?:also |still |just )?"
    r"(?:hold|use|add|grab|carry|do (?:it|them|those|these|that) with)\b"
    # (r18 td) "what about with dumbbells?", "and holding weights?", "with a weight?"
    r".*|(?:with|using|holding|adding) (?:a |an |some |two |2 |extra |added |light |heavy )?)"
    r"\b(?:dumbbells?|dbs?|weights?|kettlebells?)\b"
)


def _held_weights(context: str | None, plain: str, named: bool = False) -> Answer | None:
    """``named``: the ask names the move itself (_named_weights), not the chat's last one."""
    if not (context or "").startswith("exercise:") or not (named or _HOLD_WEIGHTS.search(plain)):
        return None
    ex = EXERCISES.get((context or "")[9:])
    if ex is None or (named_exercises(plain) and not named):
        return None
    if "dumbbell" not in (ex.harder or "").lower():
        if not rx.search(r"\bone leg\b", ex.harder or ""):
            return None
        # (r18 td) "can I hold a weight tho?" after the bridge: no weights in the article's, its one-leg form
        harder = (ex.harder or "").rstrip(".")
        text = (
            f"Not in the article: its {ex.name.lower()} uses no weights. To make it harder, "
            f"{harder[:1].lower()}{harder[1:]}: one leg at a time loads it more, as running does."
            f"\n{pointer(context or '')}"
        )
        return Answer(text, context, True, (), topics=(context or "",), context=context)
    if any("dumbbell" in x.lower() for x in ex.steps) or any(
        v.variation_of == ex.id for v in EXERCISES.values()
    ):
        return None  # (the lunge's own steps hold them; a weighted variant has its own steps)
    harder = ex.harder[:1].lower() + ex.harder[1:] if ex.harder else ""
    text = (
        f"Yes, once the bodyweight version feels easy: {harder} Keep every rep just as slow and controlled. "
        f"{ex.name}: {ex.dose.text()}.\n{pointer(context or '')}"
    )
    return Answer(text, context, True, (), topics=(context or "",), context=context)


# (r20 tp) "can I do calf raises with weights?", "does the one-legged squat work with dumbbells too?", "can
# step-ups be weighted?": a yes/no on loading the move the ask names (the chat's last move is _held_weights')
_YES_NO_ASK = rx.compile(
    r"^(?:(?:and|so|but|also|ok|okay) )*"
    r"(?:can|could|does|do|is|are|will|would|may|(?:what|how) about)\b"
)
_LOADED_ASK = rx.compile(
    r"\b(?:with|holding|hold|using|use|carry|carrying|grab) (?:\w+ ){0,2}(?:weights?|dumbbells?|"
    r"dbs|kettlebells?)\b|\b(?:be |get )?weighted\b"
)


def _named_weights(plain: str) -> Answer | None:
    named = named_exercises(plain)
    if len(named) != 1 or not named[0].startswith("exercise:") or not _YES_NO_ASK.match(plain):
        return None
    rest = rx.sub(r"^(?:(?:and|so|but|also|ok|okay) )*(?:what|how) about\b", "", plain)
    if not _LOADED_ASK.search(plain) or rx.search(
        r"\b(?:how|which|what|heavy|heavier|light|lighter|kg|overhead|over my head|sides?)\b", rest
    ):
        # (how much weight is the load rule's; where to hold them, _HELD_WHERE's; "are dumbbell lunges any
        # good?" asks the move's worth, not whether it takes a load)
        return None
    ex = EXERCISES[named[0][9:]]
    if ex.variation_of:
        ex = EXERCISES[ex.variation_of]  # ("calf raises with weights" reads as the weighted calf raise)
    if ex.setting in ("plyo", "hills") or any("machine" in e for e in ex.equipment) or ex.id == "calf_raise":
        return None  # (the calf raise's own verdict, content/verdicts.py, answers it)
    variant = weighted_of(f"exercise:{ex.id}")
    loaded = EXERCISES[variant[9:]] if variant else ex
    held = next((x for x in loaded.steps if "dumbbell" in x.lower()), None)
    if held is None:
        return _held_weights(f"exercise:{ex.id}", plain, named=True)
    held = held.rstrip(".")
    text = (
        f"Yes, you can: {held[:1].lower()}{held[1:]} for the {loaded.name.lower()}, {loaded.dose.text()}."
        if variant
        else f"Yes, you can: {ex.name.lower()}s are done with them. {held}; {loaded.dose.text()}."
    ) + f"\n{pointer(f'exercise:{loaded.id}')}"
    topic = f"exercise:{loaded.id}"
    return Answer(text, topic, True, (), topics=(topic,), context=topic)


def _answer_one(
    ask: str,
    context: str | None,
    background: str,
    answer_fn: Ask,
    engine: Engine,
    symptom: bool = False,
    earlier: bool = False,
    earlier_text: str = "",
    from_last: bool = False,
) -> Answer:
    if _HOW_HELP.match(normalize(ask)):
        # "how do hills help?" asks why they're good, not the steps
        ask = _HOW_HELP.sub(r"\1why \2 \3 good", normalize(ask), count=1)
    plain = normalize(ask)
    if (
        _NEXT_MORNING.search(plain)
        and not RUN_AFTER_LEGS.search(plain)
        and rx.search(
            r"\b(?:leg ?day|lifting|lifts?|strength|gym|squats|weights)\b",
            normalize(earlier_text or background),
        )
        and RUN_AFTER_LEGS.search(f"{plain}, the day after leg day")
    ):
        # (r19 tj) "Do I need a rest day after leg day, and can I run easy the next morning?": the next
        # morning is the one after the leg day said before, so the run is the act
        trace("run_after_legs", plain)
        run_said = "Yes, an easy run the next morning is fine if your legs feel OK."
        return Answer(run_said, "rule:hard_run_day", True, (), topics=("rule:hard_run_day",))
    if _SIDE_ORDER.search(plain):
        # (r16 wb) the move named in the ask, else in a frame before it ("For step-ups, do I ..."), else
        # the one being talked about
        own = named_exercises(plain) or named_exercises(normalize(background))
        ex_ids = [x for x in own if x.startswith("exercise:")] or (
            [context] if context and context.startswith("exercise:") else []
        )
        ordered = _side_order(ex_ids[0][9:], plain) if len(ex_ids) == 1 else None
        if ordered is not None:
            return ordered
    if context in _COUNTED_MOVES and _HOW_MANY_TIMES.match(plain) and not _PER_WEEK.search(plain):
        # "how many times?" after the hill workout: how many climbs (5–8), not sessions a week
        counted = engine.compose_for(context, "how many repeats")
        if counted is not None:
            return counted
    if (
        context in _PLYO_CONTEXTS
        and _NO_BOX.search(plain)
        and not named_exercises(plain)
        and not rx.search(r"\b(?:plyo\w*|calf|calves|step ?ups?)\b", plain)
    ):
        # (r17 uf) "what if I haven't got a box?" after plyometrics: the drills' way round it, not
        # every move that stands on a step (the calf raise too)
        trace("plyo_no_box", context or "")
        return answer_fn(f"{ask.rstrip(' ?.')} for plyometrics?")
    # (the chat's last topic: an earlier ask of the same message has its own answer, r17 vc)
    loaded = _held_weights(context, plain) if from_last and not earlier else None
    if loaded is not None:
        trace("held_weights", context or "")
        return loaded
    loaded = _named_weights(plain) if WEIGHTS.search(plain) else None
    if loaded is not None:
        trace("named_weights", loaded.context or "")
        return loaded
    told = f"{background} {ask}"
    back = comeback(normalize(told)) if background and not earlier else None
    if back is not None:
        # "Back after an overuse injury. How do I build strength without a setback?": the way back
        return Answer(back[0], back[1], True, (), topics=(back[1],), context=back[1])
    ahead = event_ahead(ask, normalize(told)) if "week" in told or "month" in told or "wk" in told else None
    if ahead is not None:
        trace("event_ahead", ahead.text[:20])
        return ahead
    kit_fix = kit_moves(ask, context)
    if kit_fix is not None:
        trace("kit_moves", kit_fix.context or "")
        return kit_fix
    region = _REGION.search(plain)
    if region is not None:
        # "and something for the back of the leg to balance it" after quads: the hamstrings, named
        # (the router reads the muscle's name, not where it is; "it" would keep the quads)
        named_region = "hamstrings" if region.group("back") else "calves" if region.group("calf") else "quads"
        ask = plain = f"{plain[: region.start()]}{named_region}{plain[region.end() :]}"
        trace("region", named_region)
    if (
        _PAYOFF.search(plain)
        and not (context or "").startswith("exercise:")
        and not named_exercises(plain)
        and not _PAYOFF_OTHER.search(plain)
    ):
        # "could that really bring my times back down?", "is it worth it?" with strength work in the
        # background: what strength work does for a runner, not whatever the words land on.
        trace("payoff", plain)
        if (
            "worth" in plain.split()
            and background
            and BUSY_LEGS_TOLD.search(normalize(background))
            # (a rider's legs have the cross-training answer, content/reasons.py)
            and not rx.search(r"\b(?:cycl\w*|bikes?|biking|rides?|riding)\b", normalize(background))
        ):
            # (r20 tn) "a postie, 15k steps a day... Is there any point when my legs are hammered all day?":
            # the busy legs the story told still build endurance, not strength
            return Answer(
                f"Yes: {BUSY_LEGS_BODY}",
                "rule:why_strength",
                True,
                (),
                topics=("rule:why_strength",),
                context="rule:why_strength",
            )
        ask = (
            "is strength training worth it for runners"
            if "worth" in plain.split()
            else "will strength training make me faster"
        )
        plain = normalize(ask)
    weak_part = _WEAK_PART.search(plain) if "help" in plain or " do" in plain or "fix" in plain else None
    if (
        weak_part is not None
        and _HELP_ASKED.search(plain)
        # ("...give up on every hill": the hill is where it shows, not a move asked about)
        and not [e for e in named_exercises(plain) if e != "exercise:hill_repeats"]
        and not rx.search(
            r"\b(?:why|hurt\w*|pain\w*|sore|injur\w*|sharp|swollen|compared|than|vs|versus|imbalanc\w*|balance)\b",
            plain,
        )
    ):
        # "my calves r sooo weak they give up on every hill, help", "my glutes are nonexistent, wat do i
        # do": that muscle's moves and doses, not its anatomy nor the hill the words landed on
        weak_muscle = _WEAK_MUSCLE[weak_part.group("m")]
        fix = engine.compose_for(f"muscle:{weak_muscle}", f"weak {weak_muscle}, what should i do")
        if fix is not None and fix.found:
            trace("weak_part", weak_muscle)
            return fix
    if SLOWER.search(plain) and not named_exercises(plain):
        # "...how should I fit it in, and will it actually make me slower?": the worry, answered
        trace("slower", plain)
        slower = answer_fn(SLOWER_ASK)
        if slower.found and slower.topics == ("rule:bulk",):
            return slower
    if rx.search(r"\broutine\b", plain) and _RUN_ORDER.search(plain):
        # "can I go straight into my leg routine after an easy run?": the session and the run's order,
        # not how a routine progresses
        ask = rx.sub(r"\b(?:(?:leg|legs|strength|gym|lifting) )?routine\b", "strength workout", plain)
        plain = ask
    placed = _PLACE.search(plain)
    if placed:
        # "where do I put my back foot?" on a named move (or the one being talked about): its steps,
        # not where sessions go in the week.
        moves = named_exercises(plain) or (
            [context] if context and context.startswith("exercise:") and context[9:] in EXERCISES else []
        )
        if len(moves) == 1:
            steps = engine.compose_for(moves[0], f"how do i do {EXERCISES[moves[0][9:]].name.lower()}")
            if steps is not None:
                trace("place", moves[0])
                return steps
    told = rx.sub(r"['’]", "", f"{background} {ask}".lower())
    # (content/direct.py week_verdict answers the weeks it can read; this reads the rest)
    days = days_reply(told) if WHICH_DAYS.search(plain) and not week_verdict(told) else None
    # ("...intervals Tue, tempo Fri, long run Sun. Which days should I fit leg strength into?": their days,
    # not the taper the race in the background would steer to)
    fit_week = (
        week_verdict(f"{background}, {ask}")
        if background and (FIT_ASK.search(plain) or WHICH_DAYS.search(plain))
        else None
    )
    if fit_week is not None:
        # "My week is: Mon easy, Tue intervals... How do I fit in two sessions?": their own days.
        days_topic = "rule:hard_run_day"
        return Answer(fit_week, days_topic, True, (), topics=(days_topic,), context=days_topic)
    if days is not None:
        # "mon easy, tue intervals, thu tempo, sat long run. where do they go?": their own days.
        return Answer(
            days, "rule:hard_run_day", True, (), topics=("rule:hard_run_day",), context="rule:hard_run_day"
        )
    if _WHICH_PLYO.match(plain) and "rule:plyometrics" in answer_fn(ask).topics[:1]:
        # "what plyos should I do?": the drills, in the article's order (not what plyometrics are)
        drills = engine.compose_for("rule:plyometrics", "which plyo drills should i do")
        if drills is not None:
            trace("which_plyo", plain)
            return drills
    if _DEFINE.match(plain) and "rule:plyometrics" in answer_fn(ask).topics[:1]:
        # "what even are plyometrics?": what they are (the rule's direct answer is where to start)
        defined = engine.compose_for("rule:plyometrics", "what exactly are plyometrics")
        if defined is not None:
            trace("define", "rule:plyometrics")
            return defined
    if _GO_HEAVIER.search(plain) and _FORM_BREAKS.search(normalize(f"{background} {ask}")):
        # "my knee wobbles when I go heavier; keep going heavier anyway?": no, form first
        trace("go_heavier", "form_breaks")
        return Answer(
            FORM_FIRST_HEAVIER,
            "rule:form_first",
            True,
            (),
            topics=("rule:form_first",),
            context="rule:form_first",
        )
    if _GO_HEAVIER.search(plain) and not _NOT_HEAVIER.search(normalize(f"{background} {ask}")):
        # "should I go heavier in the gym?": yes, within reason (not the gym's perks, not "No. ...heavier")
        trace("go_heavier", plain)
        return Answer(
            GO_HEAVIER, "rule:sets_reps", True, (), topics=("rule:sets_reps",), context="rule:sets_reps"
        )
    # (after a muscle's list, "it" is the move it led with: "how do I make it harder once it gets easy?")
    said_ex = named_exercises(plain)
    easy_of = (
        said_ex[0]
        if len(said_ex) == 1
        else context
        if (context or "").startswith("exercise:")
        else f"exercise:{listed(context)[0]}"
        if (context or "").startswith("muscle:") and listed(context) and not earlier
        else None
    )
    if (
        easy_of is not None
        and (_TOO_EASY.search(plain) or _MAKE_HARDER.search(plain))
        and not rx.search(r"\bhow (?:much|many|heavy)\b", plain)  # ("...how much more weight?": the amount)
        and easy_of[9:] in EXERCISES
        and not _TOO_HARD.search(plain)
        and not [e for e in named_exercises(plain) if e != easy_of]
    ):
        harder_ans = engine.compose_for(easy_of, "how do i make it harder")
        if harder_ans is not None and harder_ans.found:
            trace("too_easy", easy_of)
            # (the harder form only: the easier one is the opposite of what was asked)
            text = rx.sub(r" Easier: [^\n]*", "", harder_ans.text)
            text = rx.sub(r"^Harder: (\w)", lambda m: f"Time to make it harder: {m.group(1).lower()}", text)
            return replace(harder_ans, text=text)
    if (
        _NEGLECTED.search(plain)
        and not named_exercises(plain)
        and (
            rx.search(r"\b(?:muscles?|ones|groups?|parts?|bits)\b", plain)
            or (context or "").startswith("muscle")
            or context == "rule:muscles_used"
        )
    ):
        neglected = answer_fn(NEGLECTED_ASK)
        if neglected.found and neglected.text.startswith("The hip muscles"):
            trace("neglected", plain)
            hips = "muscle:hips"
            text = f"{neglected.text.split(chr(10))[0]}\nMore: /muscle hips"
            return Answer(text, hips, True, (), topics=(hips,), context=hips)
    if _WHEN_HEAVIER.search(plain):
        trace("when_heavier", plain)
        return Answer(
            WHEN_HEAVIER_TEXT,
            "rule:sets_reps",
            True,
            (),
            topics=("rule:sets_reps",),
            context="rule:sets_reps",
        )
    if _RUN_ON.search(plain) and not named_exercises(plain):
        # (r16 zd) "do I keep running during it?" after a strength block: the runs go on beside it
        trace("run_on", plain)
        stop = rx.search(r"\b(?:stop|stopping|pause|quit|drop|give up|cut out)\b", plain)
        text = ("No: keep running. " if stop else "Yes: keep running. ") + RUN_ON_TEXT
        return Answer(text, "rule:run_first", True, (), topics=("rule:run_first",), context="rule:run_first")
    if (
        _IN_SEASON.search(plain)
        and _KEEP_GOING.search(plain)
        and not rx.search(r"\boff ?season\b", plain)
        and not named_exercises(plain)
        and rx.match(r"(?:(?:and|so|but) )*(?:should|do|can|is|would|will|must|shall)\b", plain)
    ):
        trace("in_season", plain)
        stop = rx.search(r"\b(?:stop|stopping|drop|dropping|pause|quit)\b", plain)
        text = ("No, " if stop else "Yes, ") + IN_SEASON_TEXT
        return Answer(text, "rule:frequency", True, (), topics=("rule:frequency",), context="rule:frequency")
    if (
        _IN_SEASON.search(plain)
        and context
        in ("rule:frequency", "rule:why_strength", "rule:routine", "rule:time_needed", "rule:sets_reps")
        and rx.match(
            r"(?:(?:and|but|so|ok) )*"
            r"(?:even|still|what about|how about|during|in|also|same|is that|does that)\b",
            plain,
        )
        and len([w for w in plain.split() if w not in STOPWORDS]) <= 5
        and not rx.search(r"\boff ?season\b", plain)
        and not named_exercises(plain)
    ):
        # "even in race season?" after how often: yes, the same, kept off the hard days and race eve
        trace("in_season", plain)
        what_about = rx.match(r"(?:(?:and|but|so|ok) )*(?:what|how) about\b", plain)
        season_lead = "Keep" if what_about else "Yes, keep"
        return Answer(
            season_lead + IN_SEASON_TEXT[4:],
            "rule:frequency",
            True,
            (),
            topics=("rule:frequency",),
            context="rule:frequency",
        )
    if (
        _PACE_ASK.search(plain)
        and not named_exercises(plain)
        and not (context or "").startswith(("exercise:", "injury:"))
        and context not in ("rule:plyometrics", "exercise:hill_repeats")
        and not rx.search(r"\b(?:plyo\w*|jump\w*|hops?|hills?|run\w*|mileage)\b", plain)
    ):
        trace("pace", plain)
        return Answer(
            PACE_TEXT, "rule:progression", True, (), topics=("rule:progression",), context="rule:progression"
        )
    if _HOW_MUCH_OVERALL.search(plain) and not named_exercises(plain):
        trace("how_much_overall", plain)
        return Answer(
            HOW_MUCH_OVERALL_TEXT,
            "rule:frequency",
            True,
            (),
            topics=("rule:frequency",),
            context="rule:frequency",
        )
    if _WHY_JUST_RUN.search(plain):
        trace("why_just_run", plain)
        why = reason("rule:why_strength") or ""
        if rx.search(r"\bhills?\b|\buphill\b", plain):
            why = (
                "Because running builds endurance but is an inefficient way to build strength. Hill running "
                "is the exception (the article calls it resistance training for runners), so keep it; "
                "targeted moves then work specific muscle groups and let you add resistance as you get "
                "stronger."
            )
        return Answer(
            why, "rule:why_strength", True, (), topics=("rule:why_strength",), context="rule:why_strength"
        )
    if _NOTICE.search(plain) and not named_exercises(plain) and not (context or "").startswith("exercise:"):
        trace("notice", plain)
        return Answer(
            NOTICE_TEXT,
            "rule:why_strength",
            True,
            (),
            topics=("rule:why_strength",),
            context="rule:why_strength",
        )
    if rx.search(
        r"\b(?:to|until|till|into|near|close to|point of|edge of) (?:muscle )?failure\b|"
        r"\b(?:close to|near|nearly|almost|on the verge of|point of) (?:fail|failing)\b",
        plain,
    ) and rx.match(r"(?:(?:and|so|but) )*(?:should|do|must|is|can|would|will|am|are|shall)\b", plain):
        # "should I go to failure?": no; tired by the last of 12-15 good reps
        trace("failure", plain)
        near = rx.search(r"\b(?:close to|near|nearly|almost|on the verge of|edge of)\b", plain)
        return Answer(
            (
                "Tired, yes; to failure, no: the article warns against going to extremes. Pick a resistance"
                if near
                else "No: the article warns against going to extremes. Pick a resistance"
            )
            + " that leaves you tired by the "
            "last of 12–15 reps while your form still holds, 2–3 sets; good form comes before more reps or "
            "weight.",
            "rule:comfortable_load",
            True,
            (),
            topics=("rule:comfortable_load",),
            context="rule:comfortable_load",
        )
    hard_first = hard_order(plain)
    if hard_first is not None:
        # "squats before or after my tempo?": the order asked, around a hard run
        trace("hard_order", plain)
        return Answer(
            hard_first,
            "rule:hard_run_day",
            True,
            (),
            topics=("rule:hard_run_day",),
            context="rule:hard_run_day",
        )
    # (r15 ya) "how do I progress them without getting hurt?" after the plyo drills: their next steps
    # (landings soft), not the lifting rules
    plyo_on = context in (
        "rule:plyometrics",
        "exercise:line_hops",
        "exercise:box_hops",
        "exercise:skipping",
    ) and bool(rx.search(r"\b(?:progress\w*|harder|next|build (?:up|on))\b", plain))
    knee_cues = _knee_cues(context, plain)
    if knee_cues is not None and context is not None:
        # (r19 tm) "wall squats: ...and is there anything to avoid for my knees?": that move's own knee cues
        trace("knee_cues", plain)
        return Answer(knee_cues, context, True, (), topics=(context,), context=context)
    if (
        (CAREFUL.search(plain) or _SAFE_HOW.search(plain))
        and len(named_exercises(plain)) != 1
        and not plyo_on
    ):
        if (
            (context or "").startswith("exercise:")
            and not named_exercises(plain)
            and context not in _HILL_PAIR
            and (move := EXERCISES.get((context or "")[9:])) is not None
            and move.cues
            and bool(set(plain.split()) & {"watch", "careful", "avoid", "mistakes", "wrong"})
            # (the move named in the message, one move asked about: not "those machines", not "the usual
            # advice", and no operation or condition whose limits come first)
            and says_exercise(context or "", normalize(f"{background} {earlier_text} {ask}"))
            and not set(plain.split())
            & {"machines", "those", "these", "them", "exercises", "moves", "advice", "usual", "general"}
            and _careful_text(normalize(f"{background} {ask}")) == CAREFUL_TEXT
        ):
            # (r19 tk) "How far down on wall squats, and what should I watch out for?": that move's own
            # cues first, then the article's general form rules in one line
            trace("careful_move", context or "")
            cues = " ".join(move.cues[:2])
            text = (
                f"{move.name}, what to watch: {cues} Keep it slow and controlled, breathe out on the effort, "
                f"and never trade form for more weight or reps.\nFull card: /exercise {move.name.lower()}"
            )
            return Answer(text, context, True, (), topics=(context or "",), context=context)
        trace("careful", plain)
        return _careful(background, ask)
    if (
        SETS_FIRST.search(plain)
        and rx.search(r"\b(?:sets?|exercises?|moves?|circuits?|supersets?|next)\b", plain)
        # (r16 za) "which two days for a strength circuit?": the days asked
        and not rx.search(r"\b(?:which|what) (?:\w+ )?days?\b|\bwhen\b|\bbefore or after\b", plain)
        # (r17 ub) "do I really need to warm up before a 15 min leg circuit?": the circuit names the
        # session; the warm-up (or stretch, breathing) is asked, not how its sets run
        and not (_OTHER_FOR_CIRCUIT.search(plain) and not rx.search(r"\bsets?\b|\bsuperset|\brotat", plain))
    ):
        trace("sets_first", plain)
        return Answer(
            (
                "Two or three: the article says to do 2–3 sets of each exercise (12–15 reps at a "
                "load that tires "
                "you) before moving on to the next."
            )
            if rx.search(r"\bhow many\b", plain)
            else SETS_FIRST_TEXT,
            "rule:sets_reps",
            True,
            (),
            topics=("rule:sets_reps",),
            context="rule:sets_reps",
        )
    x_one = _the_x_one(context, plain, engine)
    if x_one is not None:
        return x_one
    sided = _one_or_both(context, plain, earlier)
    if sided is not None:
        return sided
    suits_m = _SUITS.match(plain) if context is not None and not background else None
    if suits_m is not None and not named_exercises(plain):
        # (a beginner's own answer, where there is one, says it better)
        suited = (_beginner(ask, context) if not JOINT_TOLD.search(suits_m.group("who")) else None) or suits(
            context or "", suits_m.group("who"), engine
        )
        if suited is not None:
            return suited
    if (
        _HOW_MANY_MOVES.search(plain)
        and not named_exercises(plain)
        and not (context or "").startswith(("exercise:", "injury:", "muscle:"))
        and context != "rule:plyometrics"
    ):
        trace("how_many_moves", plain)
        return Answer(
            HOW_MANY_MOVES_TEXT, "rule:routine", True, (), topics=("rule:routine",), context="rule:routine"
        )
    if (
        _KIT_NEED.search(plain)
        and not named_exercises(plain)
        and not rx.search(r"\b(?:gym|machines?|plyo\w*|hills?)\b", plain)
        and (context == "rule:home_workout" or rx.search(r"\b(?:home|house|flat|apartment)\b", plain))
    ):
        trace("home_kit", plain)
        return Answer(
            HOME_KIT_TEXT,
            "rule:home_workout",
            True,
            (),
            topics=("rule:home_workout",),
            context="rule:home_workout",
        )
    if SPREAD.search(plain) and not named_exercises(plain):
        trace("spread", plain)
        return Answer(
            SPREAD_TEXT, "rule:frequency", True, (), topics=("rule:frequency",), context="rule:frequency"
        )
    if _GROUPS_PER_SESSION.search(plain) and rx.match(
        r"(?:(?:and|so|but) )?(?:should|do|does|is|can|would|how many)\b", plain
    ):
        trace("groups_per_session", plain)
        one_only = rx.search(
            r"\b(?:one|a single|just one|only one|1) (?:leg )?(?:muscle|body part|group)", plain
        )
        several = rx.search(
            # (r16 wb) "...like bodybuilders do, or everything at once?"
            r"\bor (?:several|more|many|lots|all|a few|multiple|the whole|every|everything|the lot|full)\b",
            plain,
        )
        several = several or rx.match(r"(?:(?:and|so|but) )?how many\b", plain)
        # (r16 wb) which groups a session works: varying the routine is another ask's, said there if asked
        groups = GROUPS_TEXT.replace(", and vary the routine from week to week.", ".")
        return Answer(
            # ("one muscle or several?": the option chosen, not a yes or no)
            "Several: cover a few" + groups[17:] if several else "No: w" + groups[6:] if one_only else groups,
            "rule:routine",
            True,
            (),
            topics=("rule:routine",),
            context="rule:routine",
        )
    if _SET_LENGTH.search(plain):
        # "how long should each set be?": the article counts reps (or the bridge's hold), not minutes
        moves = named_exercises(plain) or named_exercises(normalize(earlier_text))
        if not moves and context and context.startswith("exercise:"):
            moves = [context]
        if len(moves) == 1 and moves[0][9:] in EXERCISES:
            set_ex = EXERCISES[moves[0][9:]]
            if set_ex.dose.hold_s:
                lead = f"{set_ex.name}: each set is one {set_ex.dose.hold_s}-second hold, 2–3 sets."
            else:
                per = set_ex.dose.text().split(" × ")[-1]
                lead = f"{set_ex.name}: a set is counted, not timed: {per}, slow and controlled, 2–3 sets."
            text = f"{lead}\nFull card: /exercise {set_ex.name.lower()}"
            trace("set_length", moves[0])
            return Answer(text, moves[0], True, (), topics=(moves[0],), context=moves[0])
        trace("set_length", plain)
        return Answer(
            SET_LENGTH_TEXT, "rule:sets_reps", True, (), topics=("rule:sets_reps",), context="rule:sets_reps"
        )
    if _BARE_EXERCISES.match(plain) and (context is None or context in TIMED or context == "rule:routine"):
        # "what exercises should I do?" with nothing else said (or after when/how often): the basics
        trace("bare_exercises", plain)
        r_topic = "rule:routine"
        basics = BASICS_TEXT
        if returning(normalize(f"{background} {ask}")):
            # "broke my ankle years ago, healed now. which exercises are ok?": history, not an injury to
            # rest; the basics, started light
            basics = basics.replace("\nTry one:", f"\n{HEALED_LINE}\nTry one:", 1)
        return Answer(basics, r_topic, True, (), topics=(r_topic,), context=r_topic)
    if _FREE_TOO.search(plain) and (
        _MACHINES_TOLD.search(normalize(f"{background} {ask}"))
        or context
        in ("exercise:leg_press", "exercise:quad_extension", "exercise:hamstring_curl", "rule:machines")
    ):
        # "my gym has a leg press, extension and curl. Is that enough, or do I need free weights too?"
        trace("free_too", plain)
        r_topic = "rule:free_weights"
        return Answer(FREE_TOO_TEXT, r_topic, True, (), topics=(r_topic,), context=r_topic)
    if "machine" in plain and _ONLY_MACHINES.match(plain) and not rx.search(r"\b(?:how|which|what)\b", plain):
        trace("only_machines", plain)
        r_topic = "rule:free_weights"
        return Answer(ONLY_MACHINES_TEXT, r_topic, True, (), topics=(r_topic,), context=r_topic)
    rest_or = _REST_OR_STRENGTHEN.search(plain)
    told_muscle = next(
        (m for w, m in MUSCLE_WORDS if rx.search(rf"\b(?:{w})\b", normalize(f"{background} {ask}"))),
        context if (context or "").startswith("muscle:") else None,
    )
    if rest_or is not None and told_muscle is not None:
        # "little hamstring niggles, strengthen them or rest?": the verdict between the two, then how
        trace("rest_or_strengthen", told_muscle)
        rest_moves = _muscle_moves(told_muscle, normalize(f"{background} {ask}")).removeprefix("Yes: the ")
        rest_moves = rest_moves.split(". Stretch them")[0]
        text = (
            f"Strengthen them, gently, while it's only a mild niggle: the {rest_moves}, kept comfortable and "
            "pain-free. "
            "Rest instead while anything is sharp, swollen or getting worse, and see a physio if it keeps "
            "coming back."
        )
        return Answer(text, told_muscle, True, (), topics=(told_muscle,), context=told_muscle)
    weak_m = _COULD_BE_WEAK.match(plain)
    if weak_m is not None and background and _ACHE_OR_FORM.search(normalize(background)):
        # "my knees ache on the stairs after long runs. Could that be weak quads?": possibly (no
        # diagnosis), and why the muscle matters; what to do is the next ask's (or the pointer's).
        word = weak_m.group("m")
        muscle = next((m for w, m in MUSCLE_WORDS if rx.fullmatch(w, word)), None)
        if muscle in ("muscle:glutes", "muscle:hips") and KNEES_IN.search(normalize(background)):
            trace("could_be_weak", "knees_in")
            text = (
                "Yes, often: knees that drift inward are a common sign of weak hips and glutes, which "
                "should hold the knee in line (I can't diagnose it). Strengthen them: the bridge, the "
                "side-lying hip raise and one-legged squats, 2–3 sets of 12–15, twice a week."
                "\nMore: /muscle hips"
            )
            return Answer(text, "muscle:hips", True, (), topics=("muscle:hips",), context=muscle)
        if muscle is not None:
            trace("could_be_weak", muscle)
            name = muscle[7:]
            text = (
                f"Possibly, though I can't diagnose it: weak or unbalanced leg muscles pull you out of "
                f"alignment and leave the joints taking load the muscles should, and the {name} are a usual "
                f"suspect. Strengthening them is worth doing either way.\nMore: /muscle {name}"
            )
            return Answer(text, muscle, True, (), topics=(muscle,), context=muscle)
    knees = _knee_safe(plain, context, normalize(earlier_text))
    if knees is not None:
        return knees
    chosen = versus(plain)
    said_now = named_exercises(plain)
    if (
        chosen is None
        and (context or "").startswith("exercise:")
        and (context or "")[9:] in EXERCISES
        and len(said_now) == 1
        and said_now[0] != context
        and _COMPARED.search(plain)
    ):
        # "is it better than squats?" after the leg press: the either/or between the two
        chosen = versus(normalize(f"{EXERCISES[(context or '')[9:]].name} or {plain}"))
    if chosen is not None:
        # "leg press vs lunges, which one?", "push-ups or the curl machine, which?": the either/or
        # verdict (content/verdicts.py), not the gym starter nor one pick that ignores the two named.
        trace("versus", chosen[1])
        # (r17 vc) hills or the treadmill: either, so the answer is about both (as content/pairs.py's)
        both = _HILL_PAIR if chosen[0].startswith(HILL_EITHER) else (chosen[1],)
        return Answer(chosen[0], chosen[1], True, (), topics=both, context=chosen[1])
    job = which_muscle(ask, context) or one_pick(ask, context)
    if job is not None:
        # "which muscles push me off the ground?": the group whose job it is (not an unnamed move)
        return job
    paired = complement(ask, context, background)
    if paired is not None:
        # "what else should I do alongside it?" after the leg press: hamstring work, not more quads
        return paired
    listed_others = others(ask, context, answer_fn)
    if listed_others is not None:
        # "anything besides calf raises?" after shin splints: the others it lists, not the calf raise again
        return listed_others
    kit_ask = which(plain) or (
        which(normalize(f"{background} {ask}"))
        if background and set(plain.split()) & BACK and context in KIT_RULES
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
    if (
        _GYM_START.search(plain)
        and not _ORDER_MATTERS.search(plain)
        and not rx.search(r"\bdoes it matter\b|\bwhat (?:weights?|load)\b", plain)  # (the load asked)
        and (
            _GYM_WORDS.search(plain)
            or (context in ("rule:gym_vs_home", "rule:machines") and "one" in plain.split())
            # ("...a gym membership I never use. What should I even start with?")
            or (
                bool(background)
                and bool(_GYM_WORDS.search(normalize(background)))
                and not _GYM_AVERSE.search(normalize(background))  # ("the gym scares me a bit")
                and len(plain.split()) <= 8
            )
        )
        and not named_exercises(plain)
    ):
        # "...and if I join one, what should I start on?": the machines, named
        first = engine.compose_for("rule:machines", "what should i start with in the gym")
        if first is not None:
            trace("gym_start", plain)
            lead = first.text.split("\n")[0]
            return replace(first, text=f"{lead}\n{GYM_START_TAIL}")
    if _MISSED.search(f"{normalize(background)} {plain}") and _MISSED_ASK.search(plain):
        # "what if I miss a session?", "missed a week, is that bad?": no harm; pick up where you left off
        trace("missed", plain)
        missed = MISSED_TEXT
        if rx.search(r"\b(?:double|make up|catch up|extra|twice as)\b", plain):
            missed = "No need to double up: " + MISSED_TEXT.split(": ", 1)[1]
        r_topic = "rule:recovery_week"
        return Answer(missed, r_topic, True, (), topics=(r_topic,), context=r_topic)
    if _BREAK_UNDO.search(plain) and rx.match(
        r"(?:(?:so|and|but) )*(?:is|will|would|does|do|am|can|could)\b", plain
    ):
        undo = engine.compose_for("rule:recovery_week", BREAK_UNDO_ASK)
        if undo is not None and undo.text.startswith("No"):
            trace("break_undo", plain)
            return undo
    sprint = sprint_start(ask, background)
    if sprint is not None:
        return sprint
    if _EACH_MUSCLE.search(plain) and (
        _MUSCLES_ASKED.search(plain)
        or _MUSCLES_ASKED.search(normalize(earlier_text))
        or context == "rule:muscles_used"
    ):
        # "which muscles matter most, and one exercise for each?": each main muscle with one move
        trace("each_muscle", plain)
        each = EACH_MUSCLE_TEXT
        if _MUSCLES_ASKED.search(normalize(earlier_text)):
            each = "One move " + each.split(" One move ", 1)[1]  # (the muscles were the earlier part's)
        r_topic = "rule:muscles_used"
        return Answer(each, r_topic, True, (), topics=(r_topic,), context=r_topic)
    if _MUSCLES_ASKED.search(plain) and _PRIORITY.search(plain):
        # "which muscles matter most for running?": the muscles (not the priority moves)
        used = engine.compose_for("rule:muscles_used", "which muscles do runners use most")
        if used is not None:
            trace("muscles_most", plain)
            return used
    if (
        _PRIORITY.search(plain)
        and rx.match(r"(?:(?:and|so|but|ok) )*(?:what|which|where|how|any)\b", plain)
        # (r20 fa) "how long does a session need to be to actually count?": the length asked, not the moves
        and not rx.match(r"(?:(?:and|so|but|ok) )*how (?:long|many (?:minutes|mins)|much time)\b", plain)
        and not named_exercises(plain)
        and not (context or "").startswith(("exercise:", "injury:", "muscle:"))
    ):
        trace("priority", plain)
        priority = others_advice_lead(normalize(told)) or _parts_priority(normalize(told)) or PRIORITY_TEXT
        if _TERRAIN_TOLD.search(normalize(told)):
            # "tons of long climbs and descents out there": the hills' own work too
            priority = priority.replace("\nTry one:", f"\n{TERRAIN_LINE}\nTry one:", 1)
        return Answer(priority, "rule:routine", True, (), topics=("rule:routine",), context="rule:routine")
    if (
        CAREFUL.search(plain)
        and not named_exercises(plain)
        # ("the machine where you sit and kick your legs up, anything to watch out for?": that machine)
        and not rx.search(r"\b(?:machine|machines|where you|the one|thing where|bar|barbell)\b", plain)
        and not (context or "").startswith(("exercise:", "injury:"))
        and not plyo_on
    ):
        trace("careful", plain)
        return _careful(background, ask)
    told_both = normalize(f"{background} {ask}")
    if background and _NO_KIT_TOLD.search(told_both) and _CAN_GET_STRONGER.search(plain):
        # "zero budget, no gym, no equipment. can I still get stronger legs?": yes, at home
        home = direct("rule:home_workout", told_both)
        if home is not None and home.startswith("Yes"):
            trace("no_kit_yes", plain)
            return Answer(
                home + "\nTry one: /workout home",
                "rule:home_workout",
                True,
                (),
                topics=("rule:home_workout",),
                context="rule:home_workout",
            )
    if (
        " or " in plain
        and ("strength" in plain or "lift" in plain or "weights" in plain or "gym" in plain)
        and _FIX_CHOICE.search(plain)
        and not DROP_CHOICE.search(plain)  # ("cut runs or the strength sessions?": which to keep, time short)
    ):
        # (r20 to) "is strength training the answer or should I just cut my mileage back?": the remedy chosen
        trace("fix_choice", plain)
        on_knees = rx.search(r"\bknees?\b", told_both) is not None
        hurt = rx.search(r"\b(?:ach\w*|pain\w*|hurt\w*|sore\w*|grumbl\w*|niggl\w*|injur\w*)\b", told_both)
        text = (
            FIX_CHOICE_TEXT + (FIX_CHOICE_KNEES if on_knees else "") + (FIX_CHOICE_TAIL if hurt else "")
        ).strip()
        return Answer(
            text, "rule:why_strength", True, (), topics=("rule:why_strength",), context="rule:why_strength"
        )
    if DROP_CHOICE.search(plain):
        # (r16 za) "what goes first, should I drop runs or the leg days?": which to keep, not their order
        trace("drop_choice", plain)
        return Answer(
            DROP_CHOICE_TEXT, "rule:frequency", True, (), topics=("rule:frequency",), context="rule:frequency"
        )
    if (
        _ORDER_MATTERS.search(plain)
        and _RUN_TOLD.search(told_both)
        and _LIFT_SAID.search(told_both)
        and not rx.search(r"\b(?:exercises?|moves?|sets?|drills?)\b", plain)  # (the exercises' order)
    ):
        first = engine.compose_for("rule:run_first", "which comes first the run or the strength workout")
        if first is not None:
            trace("order", plain)
            return first
    if _GYM_GIVES.search(plain):
        gives = engine.compose_for("rule:gym_vs_home", "what does the gym give me that home workouts dont")
        if gives is not None:
            trace("gym_gives", plain)
            return replace(gives, text=rx.sub(r"\n?Both work\.\s*$", "", gives.text).strip())
    fast = _fast_reps(ask, context)
    if fast is not None:
        return fast
    on_kit = _kit_for(ask, engine, background, context)
    if on_kit is not None:
        return on_kit
    hills = _hills_help(ask)
    if hills is not None:
        return hills
    needless = (
        one_session(ask, background)
        or _pointless(ask, background)
        or need_lifting(ask, background)
        or counts_as(ask, answer_fn)
    )
    if needless is not None:
        return needless
    claim = told_claim(background) if background and CLAIM_ASK.search(plain) else None
    if claim is not None:
        # "My running group says never lift after a hard run. Is that right?": the claim is the question.
        c_ans = answer_fn(f"{claim}?")
        judged = (
            judge_claim(claim, c_ans)
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
    if _REST_SETS.search(plain) and not _REST_BETWEEN.search(plain):
        rest_of = named_exercises(plain)
        rest_sets = (
            engine.compose_for(rest_of[0], "how long should i rest between sets")
            if len(rest_of) == 1
            else engine.compose_for("rule:sets_reps", "how long should i rest between sets")
        )
        if rest_sets is not None:
            trace("rest_sets", plain)
            return rest_sets
    if _SETUP.search(plain) and (
        context == "rule:one_legged"
        or (bool(set(plain.split()) & BACK) and _ONE_LEG_SAID.search(earlier_text.lower()))
    ):
        # "should I do single-leg work, and how would I set that up?": the one-legged moves and their dose
        trace("setup_one_legged", plain)
        return Answer(
            ONE_LEG_SETUP, "rule:one_legged", True, (), topics=("rule:one_legged",), context="rule:one_legged"
        )
    if _SETUP.search(plain) and not FIT_ASK.search(plain):
        # "how should I set it up so it doesn't kill my track sessions?": how to fit it around running
        fit_q = "how do i fit strength work in around my running"
        fit_topic = steer(normalize(fit_q))
        fit = engine.compose_for(fit_topic, fit_q) if fit_topic else None
        if fit is not None:
            return fit
    alone_ex = context if context and context.startswith("exercise:") else None
    said_ex = named_exercises(plain)
    if len(said_ex) == 1 and said_ex[0] not in ("exercise:hill_repeats", "exercise:treadmill_incline"):
        alone_ex = said_ex[0]  # "is the leg press enough on its own?"
    if alone_ex is None and background:
        alone_ex = next(
            (
                f"exercise:{e.id}"
                for e in EXERCISES.values()
                if says_exercise(f"exercise:{e.id}", normalize(background))
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
        # (once per message: a later ask is its own question, "..., and how often?")
        gap(normalize(f"{background} {ask}"))
        # (r17 ve) "...legs feel stiff for the first sets. Is skipping the warm up a problem?", "...heavy
        # 5s. How many reps should I do?": an ask naming its subject is its own, not the story's
        if background and not asks_for_moves and not earlier and not _OWN_SUBJECT.search(plain)
        else None
    )
    told_all = normalize(f"{background} {ask}")
    if general is None and _OVERDO_ASK.search(plain) and _WRECKED_AFTER.search(told_all):
        # "legs wrecked for days after leg day, am I overdoing it?": the soreness after a session
        general = gap("legs sore after leg day, am i overdoing it")
    if (
        general is not None
        and gap(plain) is None
        and general[0].startswith(YOUNG_LEAD)
        and _ADULT_AGE.search(normalize(f"{background} {ask}"))
    ):
        general = None  # ("I'm 62... is that sensible at my age?": not the teenagers' answer)
    if general is not None and general[1] == "rule:race_day" and asks_if_it_helps(plain):
        general = None  # ("PB in 8 wks, lifting gonna help or nah": whether it helps, not the taper)
    if general is not None:
        if gap(plain) is None:
            trace("gap_bg", general[1] or "")
        # A common question the article has no figure for: the honest general answer.
        text, topic = general
        if text.startswith("Yes, that's normal") and rx.search(
            r"\b(?:overdo\w*|overdid|too (?:much|hard|heavy))\b", plain
        ):
            # "DOMS for days, am I overdoing it?": not necessarily (a "Yes, that's normal" says both)
            text = "Not necessarily: " + text.split(": ", 1)[1]
        topics = (topic,) if topic else ()
        return Answer(text, topic, True, OFF_TOPIC_SUGGESTIONS, topics=topics, context=topic)
    # ("do I really need the ball for wall squats?" asks what "do I need the ball..." asks)
    need_plain = rx.sub(r"\b(?:really|actually|even|definitely|absolutely) ", "", plain)
    kit_of_named = named_exercises(plain) if NEED_KIT.search(need_plain) else []
    if (
        not kit_of_named
        and NEED_KIT.search(need_plain)
        and (context or "").startswith("exercise:")
        and rx.search(r"(?<!free )\b(?:weights?|dumbbells?)\b", need_plain)
        and not rx.search(r"\b(?:enough|too|also|as well|or)\b", need_plain)
    ):
        kit_of_named = [context or ""]  # "...calf raises, and do I need weights?": the exercise in hand
    if len(kit_of_named) == 1:
        # "do I need weights for lunges?": what that exercise uses (not why runners need to lift)
        m = NEED_KIT.search(need_plain)
        word = m.group(1) if m and m.group(1) not in ("kit", "equipment", "gear", "anything") else ""
        kit_text = kit_needed(kit_of_named[0], word or "")
        need_ex = EXERCISES.get(kit_of_named[0].split(":", 1)[1])
        if (
            kit_text is not None
            and need_ex is not None
            and need_ex.substitutes
            and word in ("weights", "weight", "dumbbells", "dumbbell")
            and any("dumbbell" in e for e in need_ex.equipment)
            and not rx.match(r"(?:Yes|No|Not)\b", kit_text)
        ):
            kit_text = f"Not strictly. {kit_text}"  # "do I need weights for lunges?": bodyweight works too
        elif (
            need_ex is not None
            and word in ("weights", "weight", "dumbbells", "dumbbell")
            and not any("dumbbell" in e or "weight" in e for e in need_ex.equipment)
        ):
            # "do I need weights for calf raises?": no; holding them is the harder version, if it has one
            harder = (
                " Holding dumbbells is the harder version."
                if "dumbbell" in (need_ex.harder or "").lower()
                else ""
            )
            kit_text = f"No: the {need_ex.name.lower()} works with your bodyweight.{harder}"
        if kit_text is not None:
            trace("need_kit", kit_of_named[0])
            return Answer(
                kit_text, kit_of_named[0], True, (), topics=(kit_of_named[0],), context=kit_of_named[0]
            )
    sure = steer(plain)
    if (
        sure is not None
        and context is not None
        and sure != context
        and plain.startswith(FOLLOW_START)
        and own_direct(context, plain)
        and not engine.probe(ask)[0]
    ):
        sure = None  # "what about two days before?" after the race-day rule: about the race, not frequency
    whole = ask
    if sure is None and background and (context or "").startswith("muscle:") and set(plain.split()) & BACK:
        # "quads are stacked but hammies are weak, is that a problem?": the muscle told is one side of
        # a balance (or a slump) the story describes; that steer answers "that" (t3, round 7).
        told_steer = steer(normalize(f"{background} {ask}"))
        if told_steer in ("rule:opposing_balance", "muscle:glutes") and told_steer != context:
            sure = told_steer
            trace("steer_bg", sure)
    move_id = (context or "").removeprefix("exercise:")
    about_move = (
        (context or "").startswith("exercise:")
        and move_id in EXERCISES
        and normalize(EXERCISES[move_id].name).removesuffix("s") in normalize(background or "")
        and bool(rx.match(r"(?:so |but |and )?(?:is|does|do|will|would|could|can) (?:that|it|this)\b", plain))
    )  # ("...I've started doing hill repeats. Is it doing anything?": the move told, not its timing)
    if (
        sure is None
        and background
        and not about_move
        and not (context or "").startswith(("muscle:", "injury:"))
        # (xb) "dead flat here, no hills for miles. Substitute?": the kit told missing is the topic
        and not (
            (context or "").startswith("equipment:")
            and KIT_LACK.search(normalize(background))
            and not rx.search(r"\b(?:replac\w*|instead|swap\w*|alternativ\w*|in place of)\b", plain)
        )
    ):
        # (a muscle, symptom or missing kit the background told is the topic: "tight hamstrings after
        # intervals" is not a question about intervals)
        sure = steer(normalize(f"{background} {ask}"))
        if sure is not None and (
            claim is not None
            or not (
                sure == context
                or ask_of(ask).kind == "when"
                or WHICH_DAYS.search(plain)
                or DAY.search(plain)
                or rx.search(r"\b(?:today|tomorrow|tonight|tmrw|day before|day after|same day)\b", plain)
                or rx.search(r"\bwhere (?:do|does|should|can|could|would) (?:\w+ ){1,3}(?:go|fit)\b", plain)
                # "...leaning forward late in a marathon. Which muscles are weak?": the story says which
                or rx.search(
                    r"\b(?:which|what) muscles?\b.*\b(?:weak|to blame|responsible|need work)\b", plain
                )
                or (
                    not earlier  # (a vague ask after an earlier one is about that one)
                    and (set(plain.split()) & BACK or engine.probe(ask)[1] == 0)
                )
            )
        ):
            # "...the evening of a run day. How much rest between strength blocks?": the background's
            # timing is not what this ask is about (nor when the ask checks a claim told).
            sure = None
        if sure is not None and earlier and sure.startswith("rule:why") and OPEN.search(plain):
            sure = None  # ("...can strength work fix this, and what should I try?": the moves, not the why)
        if sure is not None:
            trace("steer_bg", sure)
        if sure == "rule:frequency":
            sure = None  # "I run 3x a week. Is it worth it?": how often they run is not the question
        if sure is not None and week_verdict(f"{background}, {ask}"):
            whole = f"{background}, {ask}"  # "My long run is on Sundays. Is Saturday ok for legs?"
        elif (
            sure is not None
            and sure.startswith("rule:")
            and direct(sure, plain) is None
            and direct(sure, normalize(f"{background} {ask}")) is not None
        ):
            # "I'd love a longer stride. Can weights help with that?": the direct answer the background
            # asks for (the stride), not the rule's first sentence (t3, round 7).
            whole = f"{background} {ask}"
    elif background and asks_which_day(ask) and week_verdict(f"{background}, {ask}"):
        whole = f"{background}, {ask}"  # "Tempo Weds, long run Sun. Which 2 days for strength?"
    if sure is not None:
        purpose = _PURPOSE_OF_IT.search(whole)
        if purpose is not None and whole == ask and topic_title(sure):
            # (r20 tn) "...the coach has them doing box jumps. What is the point of it for a runner?": the
            # purpose of the topic told, asked as of it by name (the "it" let the drills lead)
            whole = f"{whole[: purpose.start(1)]}{(topic_title(sure) or '').lower()}{whole[purpose.end(1) :]}"
        ans = engine.compose_for(sure, whole)
        if ans is not None:
            return ans
    if context is not None and TAKEN_ASK.search(plain) and not named_topic(plain):
        # "what if they're all taken?" after the machines: what to use instead.
        kit_topic = KIT_OF.get(context)  # (an exercise's own "No leg-press machine?" answers it already)
        if kit_topic is not None:
            taken = engine.compose_for(kit_topic, "what can i use instead")
            if taken is not None:
                return taken
    if context is not None and context.startswith("injury:") and _HEAL_TIME.search(plain):
        # "how long till it gets better?" about an injury: the article gives no timeline; say so.
        return Answer(HEAL_TEXT, context, True, (), topics=(context,), context=context)
    # "do I really need ankle weights?" asks for weights
    kit_plain = rx.sub(
        r"\b(?:ankle|hand|free) (weights?|straps?)\b",
        r"\1",
        rx.sub(r"\b(?:really|actually|even) ", "", plain),
    )
    if context is not None and NEED_KIT.search(kit_plain):
        # "do I need special kit?", "do I need the ball?": what the exercise (or the muscle's) uses.
        m = NEED_KIT.search(kit_plain)
        word = m.group(1) if m and m.group(1) not in ("kit", "equipment", "gear", "anything") else ""
        kit_text = kit_needed(context, word.rstrip("s") if word.endswith("weights") else word)
        if kit_text is not None:
            return Answer(kit_text, context, True, (), topics=(context,), context=context)
    if context is not None and context.startswith("exercise:"):
        swap = USE_KIT.search(plain)
        if (
            swap
            and not LACK.search(plain)
            and rx.match(r"(?:so |and |but |ok )?(?:can|could|is it ok|would)\b", plain)
        ):
            full = engine.answer_topic(context)
            kit = swap.group(1).split()[-1].rstrip("s")
            said = (
                [x for x in rx.split(r"(?<=[.!?])\s+|\n|\s(?=\d\) )", full.text) if kit in x.lower()]
                if full
                else []
            )
            if said:
                # "can I use a swiss ball instead?" after the hamstring push-up: yes, it says so.
                line = rx.sub(r"^\d\)\s*", "", said[0].strip())
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
    if context is not None and not context.startswith("exercise:") and HOLD.search(plain):
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
    weighted = weighted_of(context) if context and WEIGHTS.search(plain) else None
    named_now = named_topic(plain)
    if weighted is not None and (named_now is None or named_now in family(weighted)):
        # "and should I use weights?" after calf raises: the weighted version is the answer.
        w_ans = engine.compose_for(weighted, f"how do i do {topic_title(weighted) or ''}")
        if w_ans is not None:
            check = ask_of(ask)
            yes = "Yes, once the plain version feels easy: " if check.yesno or check.kind == "check" else ""
            return replace(w_ans, text=yes + w_ans.text)
    base_ex = EXERCISES.get(context.split(":", 1)[1]) if context and context.startswith("exercise:") else None
    if (
        base_ex is not None
        and WEIGHTS.search(plain)
        and ask_of(ask).yesno
        and (named_now is None or named_now == context)
    ):
        with_db = [x for x in base_ex.steps if "dumbbell" in x.lower()]
        if _HELD_WHERE.search(plain) and context in ("exercise:lunge", "exercise:walking_lunge"):
            # "can I hold the weights over my head?", "do they have to stay at my sides?": where they go
            lead = "No" if rx.search(r"\b(?:have to|must|need to|only)\b", plain) else "Yes"
            return Answer(
                f"{lead}: the article lets you hold the dumbbells at your sides or over your head; overhead "
                "is the harder one. Either way keep your torso straight and the front knee at 90°.",
                context,
                True,
                (),
                topics=(context,),
                context=context,
            )
        if with_db and context:
            # "should I use weights?" about the lunge: it is done with them. ("dumbbells or bodyweight?"
            # offers a choice a "Yes" can't answer: both ways, each said.)
            text = f"Yes: {base_ex.name.lower()}s are done with them. {with_db[0]}"
            alone = next((x for x in base_ex.substitutes if x.startswith("bodyweight")), None)
            if alone is not None and rx.search(r"\bor\b", plain):
                text = f"Either works. With dumbbells: {with_db[0]} Without them: {alone}."
            return Answer(
                text,
                context,
                True,
                (),
                topics=(context,),
                context=context,
            )
    beginner = _beginner(ask, context) or _new_at_load(ask, context)
    if beginner is not None:
        return beginner
    felt = (
        feel_it(ask, context)
        or at_home(ask, context)
        or bad_weather(ask, context)
        or rest_day(ask, context)
        or short_on_time(ask, context)
        or other_kit(ask, context)
    )
    if felt is not None:
        return felt
    on_it = applied(ask, context, answer_fn(ask)) if context in TECHNIQUE else None
    if on_it is not None:
        return on_it
    still = keep_running(ask, context, answer_fn(ask), background)
    if still is not None:
        return still
    if (
        context is not None
        and (context.startswith("rule:why") or context in ("rule:bulk", "rule:running_form"))
        and ask_of(ask).kind == "dose"
        and not named_exercises(plain)
        and len([w for w in plain.split() if w not in STOPWORDS]) <= 3
    ):
        # "how heavy tho" after "should I lift weights?": the load, which the why-rule doesn't give
        load = answer_fn(ask)
        if load.found and not load.off_topic and context not in load.topics:
            trace("why_then_dose", plain)
            return load
    if (
        context not in (None, "exercise:hill_repeats", "exercise:treadmill_incline")
        and _HOW_STEEP.search(plain)
        and not named_exercises(plain)
    ):
        # "how steep tho" after a routine or a hill workout read as one: the hill's grade, whatever
        # the last topic was
        steep = engine.compose_for("exercise:hill_repeats", "how steep should the hill be")
        if steep is not None and steep.found:
            trace("how_steep", context or "")
            return steep
    then = (
        where_part(ask, context, earlier)  # (r15 ya: after another ask too, the cue first)
        or next_step(ask, context, engine)
        or comes_after(ask, context, answer_fn(ask), engine)
        or other_way(ask, context, engine)
    )
    if then is not None:
        # "and after?" after the warm-up: the stretch, not the warm-up again
        return then
    if context is not None:
        other = sibling(ask, context, answer_fn(ask), engine)
        if other is not None:
            return other
    if (
        context is not None
        and context.startswith("rule:")
        and background
        and ask_of(ask).kind == "howto"
        and not named_exercises(plain)
        and len(
            told_moves := [
                m
                for m in named_exercises(normalize(background))
                if says_exercise(m, normalize(background)) and m not in _HILL_PAIR
            ]
        )
        == 1
    ):
        # (r19 tk) "...step ups on a bench... Is locking out bad, and how should the rep look?": the rep
        # is the move told, not the rule the first ask was about
        trace("howto_told_move", told_moves[0])
        context = told_moves[0]
    probe = engine.probe(ask) if context is not None or background else (False, 0, True)
    opener = plain.startswith(FOLLOW_START)
    facet = context is not None and context.startswith("exercise:") and bool(_FACET.search(plain))
    detail = (
        context is not None
        and context.startswith("exercise:")
        and earlier
        and bool(_MOVE_DETAIL.search(plain))
        and not named_exercises(plain)
    )
    # ("should I lift the day before a race? and what about on interval days": a day of its own)
    # (r18 tb: "...the day before parkrun? and is it ok the same evening as an interval session?": a run
    # named in the ask sets its own day, opener or not)
    moved = (
        (opener or bool(_RUN_NAMED.search(plain)))
        and probe[2]
        and context in TIMED
        and answer_fn(ask).topics[:1] not in ((context,), ())
    )
    moved = (
        moved and answer_fn(ask).found and answer_fn(ask).topics[0] in ("rule:hard_run_day", "rule:race_day")
    )
    if context is not None and (
        (follow_up(ask, probe) and not moved)
        or (opener and not probe[0] and not moved and (own_direct(context, plain) or facet))
        or (facet and bool(set(plain.split()) & BACK))  # "should I do them one legged"
        or detail  # "Wall squat: where do my feet go, how deep do I sit?": the same move's detail
    ):
        trace("followup", context)
        intent = ask_of(ask)
        about_set: str | None = None
        nth = _ORDINAL.search(plain)
        if nth is not None and listed(context) and not context.startswith("exercise:"):
            # "how do I do the first one?" after the hamstrings' exercises: that one
            # (as many as the reply showed: an injury's first three, a muscle's first four)
            shown = listed(context)[: 3 if context.startswith("injury:") else 4]
            at = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "last": -1}[nth.group(1)]
            if -len(shown) <= at < len(shown):
                context = f"exercise:{shown[at]}"
                trace("ordinal", context)
        elif (
            OPEN.search(plain)
            and (context.startswith("rule:why") or context in ("rule:bulk", "rule:running_form"))
            # ("...my stride is short. Can strength work fix this, and what should I try?": the moves,
            # after the yes; a background with kit is the plan's to answer)
            and (not background or earlier)
        ):
            context = "rule:home_workout"  # "so what should I do instead?" after why lift: where to start
        if (
            context.startswith("injury:")
            and _CAUSE_ASK.search(plain)
            and context.split(":", 1)[1] in INJURIES
        ):
            # "what causes it?" after runner's knee: what goes wrong, then what helps
            i = INJURIES[context.split(":", 1)[1]]
            trace("injury_cause", context)
            return Answer(
                f"{i.problem}\n{i.advice}\n{i.caution}", context, True, (), topics=(context,), context=context
            )
        if context == "rule:plyometrics" and OPEN.search(plain) and not _HARDER.search(plain):
            # "...would jumping drills help, and what would you add?": the drills, in order
            drills = engine.compose_for("rule:plyometrics", "which plyo drills should i do")
            if drills is not None:
                trace("plyo_which", plain)
                return drills
        if (
            context == "rule:plyometrics"
            # ((r19 tj) "ok and once those feel easy?", "and after that?": the next drills, not the start)
            and (
                _HARDEST.search(plain)
                or _HARDER.search(plain)
                or _TOO_EASY.search(plain)
                or _PLYO_NEXT.match(plain)
            )
            and not _TOO_HARD.search(plain)
        ):
            # "harder version?" after where to start with plyos: the later steps, not the start again
            trace("plyo_harder", plain)
            # (r16 za) "what jumps should I start with, and how do I progress them?": the sequence was just
            # said, so the progression is how to move along it, not the sequence again
            seq_said = earlier and rx.search(
                r"\b(?:start|first|begin|which|what (?:jumps|drills))\b", earlier_text.lower()
            )
            return Answer(
                PLYO_HARDER_AFTER if seq_said else PLYO_HARDER,
                "rule:plyometrics",
                True,
                (),
                topics=("rule:plyometrics",),
                context=context,
            )
        if (
            context == "rule:race_day"
            and rx.search(r"\b(?:day|days) after\b|\bafterwards?\b|\bpost race\b", plain)
            and not rx.search(r"\b(?:race|racing|parkrun|marathon|10k|5k|half)\b", plain)
        ):
            after = gap("can i lift the day after a race")  # "and the day after?" after the race's eve
            if after is not None and after[1]:
                trace("race_after", plain)
                return Answer(after[0], after[1], True, (), topics=(after[1],), context=after[1])
        if _HARDEST.search(plain) and context.startswith("exercise:") and not _TOO_HARD.search(plain):
            about_set = "how do i make it harder"  # "what's the hardest version?": its harder form
        if _STRETCH_THEM.search(plain) and context.startswith(("muscle:", "exercise:", "injury:")):
            # "my calves get tight. Should I stretch them?": yes, after the run or the session
            stretch = engine.compose_for("rule:stretch_after", "should i stretch after")
            if stretch is not None:
                trace("stretch_them", context)
                return stretch
        if _TOO_HARD.search(plain) and context.startswith("exercise:"):
            about_set = "how do i make it easier"  # "what if it's too hard?": the easier version
        if (
            _SESSION_TIME.search(plain)
            and (
                context in DAYS
                or context in _NO_BENEFIT
                or context in KIT_RULES
                or context == "rule:plyometrics"
                or context.startswith("rule:why")
            )
            and context != "rule:time_needed"
            # ("do I need a recovery week? and how long should it be?": "it" is the week off)
            and not _the_week_off(context, plain)
        ):
            context = "rule:time_needed"  # "ok but how much time does it take?" after why lift
        elif (
            intent.kind == "dose"
            and intent.dose in ("count", "heavy")
            and not context.startswith(("exercise:", "injury:"))
            # (r15 ya) "how many reps?" after the glutes' moves: theirs (the bridge is held), not the rule
            and not (context.startswith("muscle:") and intent.dose == "count")
            and direct(context, plain) is None
            # (r15 ya) "how much should I change them around?" after variety: how much to vary, not a load
            and not rx.search(r"\b(?:chang\w*|var(?:y|ied|ying)|switch\w*|swap\w*|rotat\w*|mix\w*)\b", plain)
        ):
            context = "rule:sets_reps"  # "how many sets each?" after the gym machines: the dose rule
        elif (
            (
                (intent.kind == "when" and bool(_WHEN_TRAIN.search(plain)))
                or (intent.kind == "dose" and intent.dose == "often")
            )
            and (context not in TIMED or context in ("rule:race_day", "rule:run_first", "rule:hard_run_day"))
            and not context.startswith("injury:")
            # ("how many times?" after the hill workout: how many climbs, not how many sessions a week)
            and not (context in _COUNTED_MOVES and not _PER_WEEK.search(plain))
            # (a rule's stock lead that says nothing of how often is no answer: "how many a week?"
            # after the session length, "and how often?" after "can I start 8 weeks out?")
            and not _OFTEN_SAID.search(direct(context, plain) or "")
        ):
            context = "rule:frequency"  # "which days tho?" after "should I lift": how often, which days
        elif (
            intent.kind == "dose"
            and intent.dose == "time"
            and context in DAYS | {"rule:recovery_week", "rule:off_season", "rule:why_strength"}
            and not rx.search(r"\b(?:hold|rest|recover\w*|off|break|before|after)\b", plain)
            and not _the_week_off(context, plain)
        ):
            context = "rule:time_needed"  # "and how long should it take?" after which days: the session
        elif (
            context.startswith("muscle:")
            and rx.search(r"\b(?:it|that one|this one|that exercise|this exercise)\b", plain)
            and _ONE_EXERCISE.search(plain)
            and not HOLD.search(plain)
            and exercises_for_muscle(context.split(":", 1)[1])
        ):
            # "do I do it on both sides?" after "a good exercise for my hips": the first one named
            context = f"exercise:{exercises_for_muscle(context.split(':', 1)[1])[0].id}"
        elif _BENEFIT.search(plain) and context in _NO_BENEFIT:
            # "and what benefits will I notice?" after "will it slow me down?": what it gives a runner
            gains = engine.compose_for("rule:why_strength", "what benefits will i notice")
            if gains is not None:
                trace("benefit", context)
                return replace(gains, text=rx.sub(r"^Because [^.]*\.\s+(?=\S)", "", gains.text))
        elif _TOO_OFTEN.search(plain) and context in (
            "rule:run_first",
            "rule:hard_run_day",
            "rule:time_needed",
        ):
            context = "rule:frequency"  # "is that too much?" after run-first: how often, not the order again
        elif context == "rule:run_first" and _HARD_RUN_NAMED.search(plain):
            # "does it matter if it's an interval day?" after which comes first: the hard-run rule
            context = "rule:hard_run_day"
        elif _WEEK_OFF.search(plain) and context.startswith("rule:") and context != "rule:recovery_week":
            context = "rule:recovery_week"  # "should I ever skip a week?" after how often: the week off
        elif (
            _ORDER.search(plain)
            and context in DAYS | {"rule:time_needed"}
            and not rx.search(r"\b(?:exercises?|moves?|sets?|drills?)\b", plain)  # (the exercises' order)
        ):
            context = "rule:run_first"  # "which one comes first?" after "can I lift on a run day?"
        # A context the runner's symptom set ("my knees ache...") is not a diagnosis: say so.
        about = ask if about_set is None else about_set
        if background and len([w for w in plain.split() if w not in STOPWORDS and w not in BACK]) <= 1:
            # "a friend says strength exercises help. is that true?": "that" is the last thing told.
            about = f"{SENTENCE.split(background.strip())[-1].rstrip('.!')}, {ask}"
            if _GYM_AVERSE.search(normalize(about)):
                about = f"at home, no gym, {ask}"  # "...and the gym scares me a bit. Where do I start?"
        muscles_ex = EXERCISES.get(context.split(":", 1)[1]) if context.startswith("exercise:") else None
        if muscles_ex is not None and FOR_THEM.search(plain):
            # "which muscles get me up hills, and what exercises should I do for them?": "them" is the
            # muscles the hill repeats work; the exercises for those, not the hill repeats again.
            return _for_muscles(muscles_ex, context)
        if _START_ASK.search(plain) and not context.startswith(("injury:", "muscle:")):
            # "and how would I ease into it?" after plyometrics: where to start, not the definition again.
            first = engine.compose_for(context, "where do i start")
            if first is not None:
                return replace(first, text=rx.sub(r"^If you start simple: ", "Start simple: ", first.text))
        if context.startswith("injury:") and not symptom:
            # A follow-up about an injury the chat reached ("anything I can do at home for that?" after
            # "my shins ache"): named only if this message names it; otherwise no diagnosis.
            # (the message's earlier asks count: "why do runners get weak hips, and what can I do?")
            told_text = normalize(f"{background} {ask}")
            symptom = not any(
                f" {normalize(n)} " in f" {told_text} "
                for n in injury_names(context)
                if not set(normalize(n).split()) & VAGUE
            ) and not (
                # an earlier ask of the message that said its name in full was answered by name
                earlier_text
                and any(
                    f" {normalize(n)} " in f" {normalize(earlier_text)} " for n in injury_names(context)[:3]
                )
            )
            # (r15 ya) the chat's last topic, not named now: the reply before already said it (named or
            # "I can't diagnose it, but if it's ..."), so "I can't diagnose it" isn't said again ("what
            # should I do?" after "I think I have runner's knee"): "If it's runner's knee: ..."
            said_before = symptom and from_last and not earlier
        else:
            said_before = False
        sides = _sides(context, plain)
        if sides is not None:
            return sides
        ans = engine.compose_for(context, about, named=not symptom)
        if ans is not None and said_before:
            # ("If it's runner's knee: ...": still no diagnosis of a symptom the runner only told)
            unhedged = rx.sub(
                r"^I can't diagnose it, but if it's ([^(:]*?)(?: \([^)]*\))?: ", r"If it's \1: ", ans.text
            )
            ans = replace(ans, text=unhedged)
        if (
            ans is not None
            and context.startswith("muscle:")
            and _DO_SOMETHING.search(plain)
            and not ans.text.startswith("Yes")
            and not rx.match(r"(?:and |so |but )?(?:how|what|which|where|when|why)\b", plain)
        ):
            # "tight hamstrings after intervals, should I be doing something for them?": yes, and what
            # (the moves for that muscle, the kit told first; not what the muscle does in running).
            lead = _muscle_moves(context, normalize(f"{background} {ask}"))
            pointers = [x for x in ans.text.split("\n") if POINTER.match(x)]
            ans = replace(ans, text="\n".join([lead, *pointers]))
        elif ans is not None and context.startswith("muscle:") and _BARE_WHAT_TO_DO.match(plain):
            # "what should I do?" after "could that be weak quads?": that muscle's moves, with a dose
            # (the muscle told weak, when the background names two: "quads fine but hammies weak")
            told = normalize(background)
            weak_one = next(
                (
                    m
                    for w, m in MUSCLE_WORDS
                    if rx.search(rf"\b(?:{w})\b(?: \w+){{0,3}} weak|weak (?:\w+ )?(?:{w})\b", told)
                ),
                context,
            )
            lead = _muscle_moves(weak_one, normalize(f"{background} {ask}")).removeprefix("Yes: the ")
            pointers = [
                x.replace(context[7:], weak_one[7:]) for x in ans.text.split("\n") if POINTER.match(x)
            ]
            ans = replace(
                ans,
                topic=weak_one,
                topics=(weak_one,),
                context=weak_one,
                text="\n".join([f"For the {weak_one[7:]}: the {lead}", *pointers]),
            )
        if (
            ans is not None
            and context.startswith("exercise:")
            and (intent.yesno or intent.kind == "check")
            and intent.kind != "dose"
            and not says_any(ask, ans.text, context)
        ):
            # "should I walk down?" after hill repeats: a stock line that says none of the ask's words;
            # the card's sentence that does ("jog back down")
            unsaid = next_fact(context, ask, "", engine)
            if unsaid is not None:
                return unsaid
        if ans is not None:
            return ans
    ans = answer_fn(ask)
    dose_ask = ask_of(ask)
    if (
        context is not None
        and context.startswith("exercise:")
        and dose_ask.kind == "dose"
        and ans.found
        and ans.topics
        and all(t in _GENERAL_DOSE for t in ans.topics)
        and not named_exercises(plain)
        and not probe[0]
    ):
        # "how long per rep?" after the bridge: the bridge's own dose (its 30 s hold), not the general rule
        own_dose = engine.compose_for(context, ask)
        if own_dose is not None:
            trace("own_dose", context)
            return own_dose
    kin = [t for t in ans.topics if context is not None and family(t) & family(context)]
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
        # (a tie stays with the last exercise: "how far do my knees bend?" after wall squats)
        and coverage(ask, context, engine) >= max(1, coverage(ask, ans.topic, engine))
        and not says_exercise(ans.topic, plain)
    ):
        # "how do I hold the dumbbells for lunges, and do I step back or walk forward?": the second
        # ask names nothing; the lunge explains its words better than the box hops do.
        same = engine.compose_for(context, ask)
        if same is not None:
            return same
    if (
        ans.found
        and ans.topics
        and len(ans.topics) == 1
        and ans.topics[0].startswith("muscle:")
        and _DO_SOMETHING.search(plain)
        and not ans.text.startswith("Yes")
        and not rx.match(r"(?:and |so |but )?(?:how|what|which|where|when|why)\b", plain)
    ):
        # "my hamstrings are my weak link, is there anything I could do at home?": yes, and the moves
        trace("muscle_moves", ans.topics[0])
        lead = _muscle_moves(ans.topics[0], normalize(f"{background} {ask}"))
        return replace(ans, text="\n".join([lead, *(x for x in ans.text.split("\n") if POINTER.match(x))]))
    if (
        ans.found
        and ans.topics
        and len(ans.topics) == 1
        and ans.topics[0].startswith("muscle:")
        and _MUSCLE_WORK_ASK.search(plain)
        and "Exercises:" not in ans.text.split("\n")[0][:40]
    ):
        # (r16 za) "what glute work would you do?": that muscle's moves, not its role against the hip flexors
        trace("muscle_work", ans.topics[0])
        lead = _muscle_moves(ans.topics[0], normalize(f"{background} {ask}")).removeprefix("Yes: the ")
        name = ans.topics[0].removeprefix("muscle:")
        lead = f"For your {name}: the {lead}"
        return replace(ans, text="\n".join([lead, *(x for x in ans.text.split("\n") if POINTER.match(x))]))
    intent = ask_of(ask)
    if (
        ans.found
        and len(ans.topics) == 1
        and ans.topics[0].startswith("rule:")
        and ans.topics[0] not in DAYS
        and intent.kind == "when"
        and _WHEN_TRAIN.search(plain)
    ):
        # "when in the week?": which days, whatever rule the words landed on.
        often = engine.compose_for("rule:frequency", ask)
        if often is not None:
            ans = often
    if (
        (
            (
                ans.found
                and len(ans.topics) == 1
                and ans.topics[0].startswith("rule:")
                and ans.topics[0] not in TIMED
            )
            # (r17 ue) "how many sessions should I do?" with nothing else said: how often, not "not sure"
            or (not ans.found and not ans.off_topic and context is None)
        )
        and intent.kind == "dose"
        and intent.dose == "often"
        and not _CHANGE_MOVES.search(plain)  # ("how often should I change my exercises?": keeping it fresh)
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
        context is None
        and not ans.found
        and not ans.off_topic
        and (WHICH_DAYS.search(plain) or _BEST_DAYS.search(plain))
        and not rx.search(r"\b(?:race|parkrun|marathon|half|10k|5k|before|after)\b", plain)
    ):
        # "which days should I do legs?" with no week told: the rule for picking them
        trace("which_days_rule", plain)
        return Answer(
            PICK_DAYS_TEXT,
            "rule:hard_run_day",
            True,
            (),
            topics=("rule:hard_run_day",),
            context="rule:hard_run_day",
        )
    if context is not None and not background and not ans.found and not ans.off_topic:
        # "how many days before?" after the race-day rule: too vague alone, so about the last topic
        trace("followup_unsure", context)
        same = engine.compose_for(context, ask)
        if same is not None:
            return same
    if (
        (background and not ans.found and not ans.off_topic)
        or (background and ans.off_topic and probe[1] < 3)
        or (background and ans.topic == "rule:about")
    ):
        with_bg = answer_fn(f"{background} {ask}")
        if with_bg.topic == "rule:recovery_week" and not _REST_TOLD.search(normalize(f"{background} {ask}")):
            # ("the gym is £30 a month... What would you have me do?": a month told is no ask for the
            # week off; the sentence just before the ask says what it is about)
            trace("no_week_off", ask)
            kept = [
                x for x in SENTENCE.split(background.strip()) if not rx.search(r"\b(?:months?|weeks?)\b", x)
            ]
            with_bg = answer_fn(f"{' '.join(kept)} {ask}") if kept else ans
            if with_bg.topic == "rule:recovery_week":
                return ans
        if with_bg.found:
            return with_bg
    return ans


# A message that speaks of rest or a break (the week off is an answer to it).
_REST_TOLD = rx.compile(
    r"\b(?:rest\w*|break|breaks|week off|weeks off|time off|deload\w*|recover\w*|tired|fatigued?|fried|"
    r"burn\w* out|burnt out|exhausted|knackered|wrecked|dead|overtrain\w*|skip\w*|pause)\b"
)


def would_help(ask: str, ans: Answer) -> Answer:
    """ "so that'd help my weaker leg?" answered by a text that says it helps: "Yes." first."""
    plain = normalize(ask)
    if (
        ans.found
        and ans.topic
        and WOULD_HELP.search(plain)
        and not rx.match(r"(?:Yes|No|Not|Only|A little)\b", ans.text)
        and rx.search(r"\b(?:help|helps|good for|bring up|strengthen|prevent|fix)", ans.text.lower())
        and says_any(WOULD_HELP.sub(" ", plain), ans.text, ans.topic)
    ):
        trace("would_help", ans.topic)
        return replace(ans, text=f"Yes. {ans.text}")
    if (
        ans.found
        and ans.topic
        and _CAN_AT_HOME.search(plain)
        and not rx.match(r"(?:Yes|No|Not|Only|A little)\b", ans.text)
        and (
            ans.topic in ("rule:plyometrics", "rule:home_workout")
            or (
                ans.topic.startswith("exercise:")
                and EXERCISES[ans.topic.split(":", 1)[1]].setting in ("home", "plyo")
            )
        )
    ):
        # "can I do plyometrics at home?": yes, they're home moves (the article's own setting)
        trace("home_yes", ans.topic)
        if ans.topic == "rule:plyometrics" and not ans.text.startswith("Start"):
            # (what they'd do at home, not what plyometrics are: the definition is no answer to "can I")
            return replace(ans, text=PLYO_AT_HOME)
        return replace(ans, text=f"Yes, you can do them at home. {ans.text}")
    return ans


PLYO_AT_HOME = (
    "Yes, you can do them at home, no kit needed: hop back and forth over a line on the floor, then hop "
    "onto a low step, then skip, landing softly each time."
)


# "can I do plyometrics at home?", "could I do these in my flat?"
_CAN_AT_HOME = rx.compile(
    r"^(?:so |and |ok )?(?:can|could) (?:i|you|we) (?:\w+ ){1,4}?"
    r"(?:at home|indoors|in my (?:room|house|flat|apartment|garage|living room))\b"
)


# "is that a thing?", "is that even real", "does that exist for runners?": whether it exists.
_IS_A_THING = rx.compile(
    r"(?:^|\b(?:week|weeks|day|days|thing|things|s)\b )(?:(?:and|so|but|ok|okay|wait) )*"
    r"(?:(?:is|are) (?:that|this|it|they|those|these)|(?:does|do) (?:that|this|it|"
    r"they) (?:even |actually |really )?exist)(?: (?:even|actually|really))?"
    r"(?: (?:a thing|real|legit|a real thing))?"
    r"\b(?=.*\b(?:thing|real|legit|exist)\b)"
)


# (xb) "do I lift my hips first or the leg first in the hamstring push-up?", "on a lunge, do I step
# or bend first?": the order of one move's own steps, not the run-first rule nor a muscle.
_STEP_ORDER = rx.compile(
    r"\b(?:\w+ ){1,4}first or (?:\w+ ){1,4}(?:first|after|second)\b|"
    r"\b(?:\w+ ){1,3}or (?:\w+ ){1,3}first\b|\bwhich (?:part |bit |step )?(?:comes|goes|happens) first\b|"
    r"\b(?:\w+ ){1,4}(?:before|after) or (?:before|after) (?:\w+ ){0,2}(?:raising|lifting|lowering|bending|"
    r"stepping)\b|"
    r"\bwhat order (?:do|are|should)\b|\bin what order\b"
)
_NOT_A_STEP = rx.compile(
    r"\b(?:run|runs|running|jog\w*|session|workout|strength|lift\w* (?:weights|day)|gym|warm\w*|stretch\w*|"
    r"cardio|exercises|moves|sets|plyo\w*|hills?|intervals?|tempo|race)\b"
)


def _step_order(ask: str, engine: Engine) -> Answer | None:
    """The steps of the one move an ask names, when it asks in which order its parts go."""
    plain = normalize(ask)
    moves = list(dict.fromkeys(named_exercises(plain)))
    if len(moves) != 1 or not _STEP_ORDER.search(plain):
        return None
    name = EXERCISES[moves[0][9:]].name.lower()
    if _NOT_A_STEP.search(plain.replace(normalize(name), " ")):
        return None
    steps = engine.compose_for(moves[0], f"how do i do the {name} step by step")
    if steps is None or not rx.search(r"\b1\)", steps.text):
        return None
    trace("step_order", moves[0])
    return steps


_PREVENTS_ASKED = rx.compile(
    r"(?:(?:and|so|but|also) )?(?:can|could|does|do|will|would|should|is|are|might)\b(?!.*\bwhich\b)"
    r".*\b(?:prevent\w*|stop\w*|protect\w*|reduc\w*|cut\w*|avoid\w*|lower\w*|help\w*|keep\w*)\b"
    r".*\binjur\w*"
)


# (xb) "which injuries does it help with?", "and which ones?" after injury prevention: the ones the
# article names, each with its moves, after the overuse injuries that weakness and imbalance cause.
_WHICH_INJURIES = rx.compile(
    r"\b(?:which|what) (?:kinds? of |types? of |sorts? of )?injur(?:y|ies)\b"
    r"(?! (?:do you|can you) (?:cover|know))"
)
_WHICH_ONES = rx.compile(r"^(?:(?:and|so|but) )?(?:which|what) (?:ones|kinds|types|sorts)\b")
WHICH_INJURIES_TEXT = (
    "Mostly the overuse (repetitive-stress) injuries of the knees, hips and feet that weak or unbalanced "
    "muscles bring on. The article names three: shin splints (calf raises and the wall toe raise), "
    "runner's knee (quad and hamstring work, kept in balance) and weak hips with poor alignment (the hip "
    "strengtheners and the bridge)."
)


def _which_injuries(ask: str, context: str | None) -> Answer | None:
    plain = normalize(ask)
    if named_exercises(plain) or rx.search(r"\b(?:hurts?|pain\w*|sore|ache\w*|aching|injured)\b", plain):
        return None  # ("which injuries do calf raises prevent?": that move's own; a pain: not a list)
    if not (
        _WHICH_INJURIES.search(plain)
        and rx.search(r"\b(?:prevent\w*|help\w*|stop\w*|protect\w*|avoid\w*|guard\w*|reduc\w*)\b", plain)
    ) and not (context == "rule:injury_prevention" and _WHICH_ONES.match(plain)):
        return None
    trace("which_injuries", plain)
    # (after the injury-prevention reply, its overuse sentence is said already: the three named)
    said = WHICH_INJURIES_TEXT[WHICH_INJURIES_TEXT.index("The article") :]
    return Answer(
        said if context == "rule:injury_prevention" else WHICH_INJURIES_TEXT,
        "rule:injury_prevention",
        True,
        (),
        topics=("rule:injury_prevention",),
        context="rule:injury_prevention",
    )


def _leaning_rule(ask: str, context: str | None, engine: Engine) -> Answer | None:
    """(r19 ti) "Run first or lift first? And how long between them?": a short ask pointing back at the
    rule just answered, which that rule has a direct lead for (the gap), is about that rule, not the one
    its loose words ("how long") land on alone."""
    if context is None or not context.startswith("rule:"):
        return None
    plain = normalize(ask)
    if (
        len([w for w in plain.split() if w not in STOPWORDS]) > 5
        or not rx.search(r"\b(?:them|the two|between|in between)\b", plain)
        or not rx.search(r"\bhow (?:long|many|much|often|soon)\b", plain)
        or named_topic(plain) is not None
        or named_exercises(plain)
        or direct(context, plain) is None
    ):
        return None
    trace("leaning_rule", context)
    return engine.compose_for(context, ask)


# (r19 ti) "My knees ache on long runs, should I do stretching or strengthening?", "shins hurt, what
# stretching or strength work would help?": strength work for that part, by name, then the stretch's place.
_STRETCH_OR_STRENGTH = rx.compile(
    r"^(?=.*\bstretch\w*)(?=.*\b(?:strength\w*|strengthen\w*|lifting|weights|exercises?|strong\w*)\b)"
    r"(?=.*\b(?:or|vs|versus|which|what)\b)"
)
_PAIN_PART = rx.compile(
    r"\b(?:knees?|shins?|hips?)\b(?: (?:\w+ ){0,3})?(?:hurt\w*|ache\w*|aching|achy|sore\w*|pain\w*|"
    r"niggl\w*|twing\w*|grumbl\w*|play\w* up)\b|"
    r"\b(?:hurt\w*|ache\w*|aching|achy|sore|pain\w*|niggl\w*) (?:in )?(?:my |the |both )?"
    r"(?:knees?|shins?|hips?)\b"
)
_SORE_PART_MOVES = {
    "knee": "work that builds the quads and hamstrings, which the article gives for runner's knee: "
    "one-legged squats and step-ups to 90° (never locking the knee), hamstring push-ups and the bridge",
    "shin": "calf raises and the wall toe raise (back against a wall, lift your toes, heels down), which "
    "the article gives for shin splints",
    "hip": "the side-lying hip raise, the bridge and one-legged squats, for the hip and glute muscles that "
    "keep each stride in line",
}
_SORE_PART_POINTER = {
    "knee": "Related: /muscle quads",
    "shin": "Full card: /exercise calf raise",
    "hip": "More: /muscle hips",
}


def _part_stretch_or_strength(ask: str, background: str) -> Answer | None:
    plain = normalize(ask)
    if not _STRETCH_OR_STRENGTH.search(plain):
        return None
    told = _PAIN_PART.search(normalize(f"{background} {ask}"))
    if told is None:
        return None
    part_m = rx.search(r"\b(knee|shin|hip)s?\b", told.group(0))
    if part_m is None:
        return None
    part = part_m.group(1)
    trace("part_stretch_or_strength", part)
    text = (
        f"Strength work, mostly: for your {part}s, {_SORE_PART_MOVES[part]}; 2–3 sets of 12–15, twice a "
        "week. "
        "Stretching still has its place: warm up and stretch before a session, and stretch after.\n"
        "Ease off whatever brings the pain on; if it persists or gets worse, see a physio or doctor.\n"
        + _SORE_PART_POINTER[part]
    )
    topic = "rule:injury_prevention"
    return Answer(text, topic, True, (), topics=(topic,), context=topic)


def answer_one(
    ask: str,
    context: str | None,
    background: str,
    answer_fn: Ask,
    engine: Engine,
    symptom: bool = False,
    earlier: bool = False,
    earlier_text: str = "",
    from_last: bool = False,
) -> Answer:
    """One ask answered in context (``_answer_one``), with "Yes." first where a would-it-help ask is
    answered by a text that says it helps. ``from_last``: the context is the chat's last topic (the
    reply before said it), not one this message told."""
    steps = _step_order(ask, engine)
    if steps is not None:
        return steps
    part_either = _part_stretch_or_strength(ask, background)
    if part_either is not None:
        return part_either
    leaned = _leaning_rule(ask, context, engine)
    if leaned is not None:
        return leaned
    which = _which_injuries(ask, context)
    if which is not None:
        return which
    ans = _answer_one(ask, context, background, answer_fn, engine, symptom, earlier, earlier_text, from_last)
    ans = _no_to_fast(ask, would_help(ask, ans))
    if (
        ans.found
        and ans.topics[:1] == ("rule:injury_prevention",)
        and _PREVENTS_ASKED.match(normalize(ask))
        and not rx.match(r"(?:Yes|No|Not)\b", ans.text)
    ):
        # (xb) "can strength work stop injuries, and which ones?": the yes the ask asks for, first
        trace("prevents_yes", ask)
        ans = replace(ans, text=f"Yes. {ans.text}")
    if (
        ans.found
        and ans.topics[:1] == (ans.context,)
        and (ans.context or "").startswith("rule:")
        and ("thing" in ask or "real" in ask or "exist" in ask)
        and _IS_A_THING.search(normalize(ask))
        and not rx.match(r"(?:Yes|No|Not)\b", ans.text)
    ):
        # "deload week?? is that a thing for runners who lift": yes, it exists; then what it is
        body = rx.sub(r"^[A-Z][\w' -]{1,40}: ", "", ans.text, count=1)
        ans = replace(ans, text=f"Yes: {body[:1].lower()}{body[1:]}")
    if rx.match(r"(?:(?:and|so|but) )?(?:should|do|must|would|will) (?:i|we)\b", normalize(ask)) and rx.match(
        r"(?:Where you can, )?(?:include|add)\b", ans.text, re.IGNORECASE
    ):
        # "should I be doing single-leg stuff?" -> "Where you can, include...": its "Yes" first
        ans = replace(ans, text=f"Yes: {ans.text[:1].lower()}{ans.text[1:]}")
    return ans


# "do I sprint back down?" answered "Yes. Jog gently back down": the fact says the slow way, so "No".
_FAST_ASKED = rx.compile(
    # ((r20 tq) "sprinters" are people: "do sprinters need strength work?" asks no speed of a move)
    r"\b(?:sprint(?!ers?\b)\w*|fast|faster|explosive\w*|race|racing|bounc\w*|as hard as)\b|"
    # (r17 ub) "a quick leg session" is a short one, not speed
    r"\bquick\w*\b(?! (?:\w+ )?(?:session|workout|circuit|routine|sesh|question|check|one)s?\b)"
)
_SLOW_SAID = rx.compile(r"\b(?:jog\w*|gently|slow\w*|controlled|walk\w*|easy)\b")


def _no_to_fast(ask: str, ans: Answer) -> Answer:
    m = rx.match(r"(?:Yes[.:]\s+|[A-Z][\w' -]{2,30}: (?=[A-Z]))", ans.text)
    plain = normalize(ask)
    if (
        m is None
        or not _FAST_ASKED.search(plain)
        or not rx.match(r"(?:(?:and|so|but) )?(?:do|should|can|could|is|am|will)\b", plain)
    ):
        return ans
    rest = ans.text[m.end() :]
    fact = SENTENCE.split(rest)[0]
    if _SLOW_SAID.search(fact.lower()) and not _FAST_ASKED.search(fact.lower()):
        trace("no_to_fast", plain)
        return replace(ans, text=f"No: {rest[:1].lower()}{rest[1:]}")
    return ans


# A session set against a run: "after an easy run", "straight after running", "before my jog".
_RUN_ORDER = rx.compile(
    r"\b(?:after|before|post|pre)\b (?:\w+ ){0,3}(?:runs?|running|jogs?|jogging|tempo|intervals|long run|"
    r"parkrun|\d+ ?k)\b"
)


# Where a body part goes in a move: "where do I put my back foot / hands / weight?"
_PLACE = rx.compile(
    r"\bwhere (?:do|does|should|can|would) (?:i|you) (?:put|place|keep|rest|plant|position) "
    r"(?:my|the|your) (?:\w+ )?(?:foot|feet|hands?|arms?|knees?|heels?|toes|weight|legs?|hips?|elbows?)\b"
)


# Does strength work pay off for a runner: "could that bring my times back down?", "will it make me
# faster?", "is it worth it?", "would lifting speed me up?" (the subject is strength work or a pronoun).
_PAYOFF = rx.compile(
    r"^(?:(?:but|and|so|honestly|really) )*(?:could|would|will|can|does|do|is|might)n?t? "
    r"(?:it|that|this|strength(?: work| training)?|lifting|weights|the gym|leg work|"
    r"(?:doing )?any of (?:it|that)) "
    r"(?:really |actually |honestly |even |still )*(?:"
    r"make (?:me|my \w+) (?:\w+ )?(?:faster|quicker|a better runner|stronger on hills)|speed me up|"
    r"(?:bring|get|knock|take|push) (?:my )?(?:\w+ )?(?:times?|pace|pbs?|prs?|splits) (?:back )?down|"
    r"(?:improve|help|help with|help me with|fix) (?:my )?(?:\w+ )?(?:times?|pace|speed|pbs?|prs?|racing|"
    r"running economy)|be worth it|worth it|worth (?:the|my) (?:time|effort|bother))\b"
)
# Does strength work cost a runner speed or add bulk: "will it actually make me slower?", "won't that
# slow me down?", "is it going to make me bulky?" (the subject is strength work or a pronoun): the
# bulk myth's answer, not the timing or kit the message's other asks were about. (r18 tf) A told
# clause may come first: "ngl leg day scares me, will it make me slow af".
SLOWER = rx.compile(
    r"\b(?:(?:but|and|so|honestly|really|also|plus) )*(?:could|would|will|can|does|do|is|isnt|wont|might|"
    r"wouldnt|doesnt)n?t? (?:it|that|this|strength(?: work| training)?|lifting|weights|the gym|leg work|"
    r"all (?:that|this)) (?:(?!(?:or|help\w*|improve\w*)\b)\w+ ){0,3}?"
    r"(?:make (?:me|my legs) (?:\w+ )?(?:slower|slow|heavy|heavier|bulky|"
    r"bulkier|big|bigger|huge|sluggish)|slow me (?:right )?down|bulk me up|add bulk|bulk up my legs)\b"
)
SLOWER_ASK = "will lifting weights slow me down or make me bulky"


# "is that ok if I'm new?", "fine for a beginner?", "does that work for someone who's never lifted?"
# after a rule or a muscle's exercises: yes, and how a beginner starts it.
_NEW_TO_IT = (
    r"(?:new|beginners?|a beginner|newbies?|novices?|unfit|starting out|just starting|(?:a )?first timer|"
    r"(?:only |just )?(?:just )?(?:started|taken up|begun) (?:running|to run|lifting)|"
    r"never (?:lifted|done (?:any|this|it|strength|weights)|trained|done)|"
    r"(?:new|fresh) to (?:this|it|all this|"
    r"lifting|strength|the gym|weights))"
)
_BEGINNER_CHECK = rx.compile(
    r"^(?:(?:and|but|so|ok|okay|also) )*(?:(?:is|would|will|does|do|are|can) "
    r"(?:that|this|it|these|those|they|all that|all this) (?:still |really |actually )?"
    r"(?:be |work |ok|okay|fine|alright|suitable|safe|good|right|"
    r"doable|work)|(?:ok|okay|fine|good|suitable|safe|doable|alright)\b)"
    r".{0,40}\b(?:if|for|when|as|since) "
    r"(?:i(?:m| am|ve| have)|me|someone|a|an|people|total|complete|somebody)?"
    r"(?: (?:who(?:s| is| has|ve)?|thats|completely|totally|total|complete|absolute|quite|pretty|very|so|"
    r"still|a|an|relatively))* ?" + _NEW_TO_IT + r"\b"
)
_BEGINNER_HOW = (
    "Start with one or two sets at a resistance you're comfortable with, build up to 2–3 sets, and put good "
    "form before more weight or reps."
)


# "and if I'm a total beginner?", "what if I've never lifted?" after what weight to use (the gym, the
# machines, the load): the load for a beginner, not only where to start.
_IF_NEW = rx.compile(
    r"^(?:(?:and|but|so|ok|okay|what|also) )*(?:if|about if|about when|when|as|since) "
    r"(?:i(?:m| am|ve| have)|im)? ?(?:(?:still |completely |totally |total |complete |absolute |quite |"
    r"brand |pretty |very |a |an |relatively )*)" + _NEW_TO_IT + r"\b"
)
_LOAD_TOPICS = frozenset(
    {"rule:machines", "rule:free_weights", "rule:sets_reps", "rule:comfortable_load", "rule:form_first"}
)
NEW_LOAD_TEXT = (
    "Then start light: a weight you're comfortable with, where 12–15 slow, controlled reps leave you "
    "tired but still in good form, one or two sets at first, building to 2–3. The machines are a good "
    "first stop (they guide the movement); add weight only once every rep looks clean."
)


def _new_at_load(ask: str, context: str | None) -> Answer | None:
    """The beginner's load after a what-weight or gym topic ("and if I'm a total beginner?"), else None."""
    if context not in _LOAD_TOPICS or not _IF_NEW.search(normalize(ask)):
        return None
    trace("new_at_load", context)
    return Answer(NEW_LOAD_TEXT, context, True, (), topics=(context,), context=context)


# The rules a beginner keeps as they are: a day, a habit, a point of form (not a load to start light).
_SAME_FOR_ALL = frozenset(
    f"rule:{r}"
    for r in (
        "race_day recovery_week warm_up stretch_after breathing range_of_motion slow_controlled lock_knees "
        "form_first"
    ).split()
)


def _beginner(ask: str, context: str | None) -> Answer | None:
    """ "is that ok if I'm new?" after how often, or after a muscle's or the home exercises: yes, and how
    a beginner starts (an exercise's own easier version is its card's, elsewhere)."""
    if context is None or context.startswith("exercise:") or not _BEGINNER_CHECK.search(normalize(ask)):
        return None
    inj = INJURIES.get(context.split(":", 1)[1]) if context.startswith("injury:") else None
    if context.startswith("injury:"):
        if inj is None or not inj.helps:
            return None
        # "is that ok if I'm new to running?" after shin splints: yes, those moves, eased into.
        names = [EXERCISES[e].name.lower() for e in inj.helps if not EXERCISES[e].variation_of][:2]
        listed = " and ".join(names)
        text = (
            f"Yes: the {listed} suit a beginner too. Start light, with one or two sets, build up to 2–3 "
            "sets, and keep them pain-free; if something hurts or keeps coming back, see a physio."
        )
        trace("beginner", context)
        return Answer(text, context, True, (), topics=(context,), context=context)
    if context == "rule:plyometrics":
        # (no "resistance" for hops: the easiest drill first, landings soft)
        text = (
            "Yes, if you start easy: line hops first, a few short sets with soft, controlled landings, and "
            "move on to box hops and skipping only once those feel easy. Keep them off hard-run days."
        )
        trace("beginner", context)
        return Answer(text, context, True, (), topics=(context,), context=context)
    if context in _SAME_FOR_ALL and context[5:] in RULES:
        # (r15 ya) "is that ok for beginners?" after the race-eve rule, the warm-up or locking the
        # knees: the rule holds for them as it is (not "start with one or two sets")
        first = SENTENCE.split(RULES[context[5:]].text)[0]
        first = rx.sub(r"^[A-Z][\w ]{2,20}: ", "", first)
        text = f"Yes, it's the same for a beginner. {first[:1].upper()}{first[1:]}"
        trace("beginner", context)
        return Answer(text, context, True, (), topics=(context,), context=context)
    if context in ("rule:frequency", "rule:hard_run_day", "rule:run_first", "rule:time_needed"):
        lead = "Yes: twice a week, 15 to 20 minutes, suits a beginner too"
    else:
        lead = "Yes, that suits a beginner too"
    text = f"{lead}. {_BEGINNER_HOW}"
    trace("beginner", context)
    return Answer(text, context, True, (), topics=(context,), context=context)


# "strength training is pointless for us, we already run loads", "running is all the leg work you
# need": the claim that runners needn't lift, told (then "is he right?", "is he wrong?") or asked.
_POINTLESS = rx.compile(
    r"\b(?:strength(?: work| training| stuff)?|lifting|weights|the gym|gym work|leg work|leg strength|"
    r"leg days?)\b(?: \w+){0,4} (?:is|are|s|isnt|arent) (?:\w+ ){0,2}(?:pointless|useless|unnecessary|"
    r"a waste|waste of time|not needed|no use|overrated|not worth it|for bodybuilders|not for runners)\b|"
    r"\b(?:running|runs|mileage) (?:\w+ ){0,2}(?:is|are|s) (?:\w+ )?"
    r"(?:enough|all (?:the \w+ )?(?:you|we|i) need)\b|"
    # ("I assumed I don't need any extra leg training": walking all day told)
    r"\b(?:dont|do not|never) need (?:any |extra |more |to do |separate )*(?:to lift|strength|weights|"
    r"the gym|leg (?:work|workouts?|training|strength|exercises?|days?|sessions?)|gym work)\b|"
    # (r16 za) "my brother says running covers it", "reckons the farm work does it for me"
    r"\b(?:running|runs|mileage|work|job|terrain|hills|cycling) (?:\w+ ){0,2}(?:covers?|takes? care of|"
    r"does) (?:it|that|the job|it all)\b|"
    r"^(?:(?:and|so|but) )*(?:is|isnt|are|arent) (?:\w+ ){0,3}?"
    r"(?:strength(?: work| training)?|lifting|weights|"
    r"leg work|leg days?) (?:\w+ ){0,2}(?:pointless|useless|unnecessary|a waste|waste of time|"
    r"not needed|no use|overrated)\b|"
    r"^(?:(?:and|so|but) )*(?:is|isnt) (?:just |simply )?(?:running|my running|my mileage) (?:\w+ ){0,2}"
    r"(?:enough|all (?:the (?:\w+ ){1,2})?(?:you|we|i) need)\b"
)
# One kind of leg work named before the session it is ("machine leg day", "bodyweight leg work"): the
# verdict is on that kind (the machines', the home workout's), not on runners lifting at all.
_KIND_OF_LIFTING = rx.compile(
    r"\b(?:machines?|gym machines?|free ?weights?|dumbbells?|barbells?|kettlebells?|plyos?|plyometrics?) "
    r"(?:\w+ )?(?:leg days?|leg work|lifting|strength(?: work| "
    r"training)?|training|workouts?|sessions?)\b|"
    r"^(?:(?:and|so|but) )*(?:is|are|r) (?:the )?(?:free ?weights|(?:gym |leg |resistance )?machines|plyos|"
    r"plyometrics)\b"
)
_CLAIM_WRONG = rx.compile(
    r"^(?:(?:and|so|but|honestly) )*(?:is|are) (?:he|she|they|that|this|it|my \w+|the \w+) "
    r"(?:\w+ )?(?:wrong|mistaken|off base|talking rubbish|full of it)\b"
)
_CLAIM_RIGHT = rx.compile(
    r"^(?:(?:and|so|but|honestly) )*(?:is|are) (?:he|she|they|that|this|it|my \w+|the \w+) "
    r"(?:\w+ )?(?:right|true|correct|legit|onto something)\b|^(?:true|right)\W*$"
)
_CLAIM_TAIL = rx.compile(
    r"\b(?:is|are) (?:he|she|they|that|this|my \w+|the \w+) (?:\w+ )?(?:wrong|mistaken|right|correct)\W*$"
)
# (asked straight, only these words: "is running enough?" has its own answer)
_NEEDLESS = rx.compile(
    r"\b(?:pointless|useless|unnecessary|a waste|waste of time|not needed|no use|overrated)\b|"
    r"\ball (?:the (?:\w+ ){1,2})?(?:you|we|i) need\b"
)
POINTLESS_TEXT = (
    "running builds endurance, but it's an inefficient way to build strength, so targeted leg work "
    "earns its place even at high mileage. Stronger muscles use oxygen more efficiently and tire more "
    "slowly, steady your joints and, above all, help prevent injuries. Twice a week, 15 to 20 minutes, "
    "is enough."
)


def _pointless(ask: str, background: str) -> Answer | None:
    """ "A clubmate says lifting is pointless for us, we run enough. Is he wrong?": yes (or "is he
    right?": no), and why runners lift; "is strength work pointless if I run a lot?" asked straight: no."""
    plain = normalize(ask)
    if rx.search(r"\b(?:stretch\w*|warm(?:ing)? ?ups?|cool(?:ing)? ?downs?|foam \w+|mobility)\b", plain):
        return None  # (r15 yb) "is stretching after leg day a waste of time?": the stretch asked about
    if _KIND_OF_LIFTING.search(plain):
        return None  # (r20 tq) "is machine leg day mid?": one kind of leg work judged, not lifting at all
    tail = _CLAIM_TAIL.search(plain)
    if tail is not None and _POINTLESS.search(plain[: tail.start()]):
        # (r18 td) "my brother reckons I dont need leg workouts since I run 60k, is he wrong?": the claim
        # and the ask in one sentence
        background, plain = plain[: tail.start()], tail.group(0).strip()
    wrong = _CLAIM_WRONG.search(plain)
    if (wrong or _CLAIM_RIGHT.search(plain)) and _POINTLESS.search(normalize(background)):
        who = {"he": "He's", "she": "She's", "they": "They're"}.get(plain.split()[1] if wrong else "", "")
        lead = f"{who or 'That claim is'} wrong: " if wrong else "No: "
    elif (
        _POINTLESS.search(plain)
        and _NEEDLESS.search(plain)
        and rx.match(r"(?:(?:and|so|but) )*(?:is|isnt|are|arent|do|does)\b", plain)
    ):
        lead = "No: "
    else:
        return None
    trace("pointless", plain)
    topic = "rule:why_strength"
    return Answer(lead + POINTLESS_TEXT, topic, True, (), topics=(topic,), context=topic)


# (r19 ti) A verdict asked of the one session a week the runner has: "pointless?", "worth it?", "enough?"
_ONE_WORTH = rx.compile(
    r"\b(?P<no>pointless|useless|a waste|waste of time|no use|not worth it|do nothing|a joke)\b|"
    r"\b(?P<yes>worth (?:it|bothering|doing|the effort)|any (?:point|use|good)|do anything|make a difference|"
    r"still (?:help|work|count)|help at all|count for anything)\b|\b(?P<enough>enough|sufficient)\b"
)


def one_session(ask: str, background: str) -> Answer | None:
    """(r19 ti) "I can only lift 1 day a week. Is one strength day pointless?", "is once a week worth
    it?": the one session they have, made to count, not the case for strength work in general."""
    plain = normalize(ask)
    worth = _ONE_WORTH.search(plain)
    if worth is None or not rx.match(
        r"(?:(?:and|so|but) )*(?:is|isnt|are|will|would|does|do|can|could)\b", plain
    ):
        return None
    if not (
        _ONE_SESSION.search(plain)
        or rx.search(r"\b(?:just|only) once\b", plain)
        or (_ONE_SESSION.search(normalize(background)) and rx.search(r"\b(?:it|that|this|one)\b", plain))
    ):
        return None
    trace("one_session", plain)
    topic = "rule:frequency"
    if not (worth.group("no") or worth.group("yes")):
        # ("is once a week enough?": the usual two first, then the one made to count)
        return Answer(ONE_ENOUGH_TEXT, topic, True, (), topics=(topic,), context=topic)
    lead = "No: " if worth.group("no") else "Yes: "
    return Answer(lead + ONE_SESSION_TEXT, topic, True, (), topics=(topic,), context=topic)


# (r19 ti) One strength session a week, told or asked about ("lift 1 day a week", "one leg day").
_ONE_SESSION = rx.compile(
    r"\b(?:once a week|once weekly|(?:one|1|a single) (?:strength |leg |lifting |gym |weights? )?"
    r"(?:day|session|workout)s?|(?:lift\w*|strength|gym|weights) (?:only )?(?:1|one) "
    r"(?:day|time|session)s?)\b"
)
ONE_ENOUGH_TEXT = (
    "It's a start, but runners usually do strength work twice a week, sometimes three times. If one is all "
    "you have, make it count: work several major muscle groups (quads, hamstrings, calves and glutes) in 15 "
    "to 20 minutes, off a hard-run day."
)
ONE_SESSION_TEXT = (
    "one strength session a week is far better than none, though runners usually lift twice a week, "
    "sometimes three. Make that one count: work several major muscle groups (quads, hamstrings, calves and "
    "glutes) in 15 to 20 minutes, and keep it off a hard-run day."
)


# "yo do i even need a strength sesh if im already doing 50k a wk", "is leg day necessary if I run
# 60k?", "do big-mileage runners need to lift?": yes, running alone is an inefficient way to build
# strength (not a plan, nor where the run goes on a shared day).
_NEED_START = rx.compile(
    r"^(?:(?:and|so|but|yo|ok|okay|honestly|wait|like|fr|ngl|lol|srsly|seriously) )*"
    # (a bare "need some S&C for a busy dad" asks for a routine: a request, not "do I need it?";
    # "need a gym sesh if I run 70k?" still asks)
    r"(?:do|does|is|are|would|will|should|need(?! (?:some|a|an|help|ideas?|tips?|advice)\b(?!.*\bif\b))|"
    r"needed|necessary|isnt|dont|doesnt|must)\b"
)
_NEED_LIFT = rx.compile(
    r"\b(?:need|needs|needed) (?:\w+ ){0,3}?(?:strength\w*|lift\w*|weights|leg ?days?|leg work|"
    r"leg sessions?|leg workouts?|gym (?:sessions?|work|time|days?)|squats?|sesh|strength session)\b|"
    r"\b(?:strength(?: work| training)?|lifting|weights|leg ?days?|leg work|gym work)\b(?: \w+){0,3} "
    r"(?:necessary|needed|required|essential|a must)\b"
)
_ALREADY_RUN = rx.compile(
    r"\b(?:already|if|since|when|cause|cuz|coz|because|as|who)\b(?: \w+){0,6} "
    r"(?:run|running|runs|km|kms|miles|mileage|marathons?|ultras?|\d+ ?(?:k|km|kms|mi|miles))\b|"
    # (r15 ya) "do I need leg days or is the terrain doing it for me?": the running is the other option
    r"\bor (?:is|does|are|do|will|wont) (?:the |my |all (?:the |that |this |my )?)?"
    r"(?:terrain|running|climbing|hills?|mileage|trails?|mountains?|runs?) (?:\w+ ){0,2}"
    r"(?:doing|do|enough|cover\w*|count\w*|take care|giving|build\w*)\b"
)
# the running told before the ask: "I run 100 km a week", "doing 60 miles a week"
_MILEAGE_TOLD = rx.compile(
    r"\b(?:run|running|runs|ran|do|doing|log|logging)\b(?: \w+){0,3} (?:\d+ ?(?:k|km|kms|mi|miles)|a lot|"
    r"loads|marathons?|ultras?|(?:\w+ )?(?:days?|times) a week|every ?day|daily|every single day|most days|"
    r"(?:\w+ )?(?:times|days) (?:a|per) week)\b|"
    r"\b\d+ ?(?:k|km|kms|mi|miles) (?:(?:a|per) week|weekly)\b"
)
# (r16 zc) A bare "do I (really) need it?" ending the ask, and the lifting it points back to, told before it.
_BARE_NEED = rx.compile(
    r"\bneed (?:it|that|this|them|to|to bother|one)(?: (?:at all|really|tho|though|honestly|or (?:nah|not|"
    r"no)))?$|"
    r"^(?:so |but )?(?:is|isnt) (?:it|that|this) (?:really |actually |even |still |honestly )*"
    r"(?:necessary|needed|required|essential|a must)(?: (?:at all|really|tho|though|or (?:nah|not|no)))?$"
)
_LIFT_TOLD_BEFORE = rx.compile(
    r"\b(?:leg ?days?|lift\w*|weights|strength (?:work|training|sessions?)|leg work|gym|squats?)\b"
)
# (r20 to) Strength work or fewer miles as the remedy ("is strength training the answer or should I just cut
# my mileage back?", "should I cut my miles or start lifting?"): the article's answer is the strength work
_LIFT_WORDS = r"(?:strength(?: work| training)?|lift\w*|weights|leg work|the gym|gym work)"
_CUT_WORDS = (
    r"(?:cut|cutting|reduce|reducing|drop|dropping|lower|lowering|scale|scaling|dial|dialling|back off|"
    r"ease off) (?:\w+ ){0,3}?(?:mileage|miles|kms?|running|volume|runs)"
)
_FIX_CHOICE = rx.compile(
    rf"\b{_LIFT_WORDS}\b(?: \w+){{0,6}} or (?:\w+ ){{0,4}}?{_CUT_WORDS}\b|"
    rf"\b{_CUT_WORDS}\b(?: \w+){{0,4}} or (?:\w+ ){{0,4}}?(?:start |add |do |try )?{_LIFT_WORDS}\b"
)
FIX_CHOICE_TEXT = (
    "Strength work: stronger muscles steady your joints (less wear on ligaments and tendons), and weak or "
    "unbalanced muscles are a major cause of runners' overuse injuries, so the article's answer is to "
    "strengthen, twice a week for 15 to 20 minutes, off hard-run days. "
)
FIX_CHOICE_KNEES = (
    "For the knees, quad and hamstring work (one-legged squats, step-ups, hamstring curls) is what it "
    "suggests. "
)
FIX_CHOICE_TAIL = "If the pain keeps coming back, see a physio."


# (r20 to) A bare "is there any point?", "is it worth it?", "why bother?" whose subject is the strength work
# told before it ("My physio keeps nagging me about strength work. Is there any point when my legs work all
# day?")
_BARE_WORTH = rx.compile(
    r"^(?:(?:so|but|and|honestly|really|seriously|ok|okay) )*(?:is there (?:really |actually |even )?"
    r"(?:any|a|even a|much) point|whats the point|is it (?:even |really |actually |honestly )?worth "
    r"(?:it|bothering|the (?:effort|bother|time))|why (?:should i )?(?:even )?bother|should i "
    r"(?:even |really |actually )?bother)"
    r"(?: (?:at all|really|tho|though|honestly|anyway|then))*"
    r"(?:$| (?:when|if|since|as|because|cos|cause|given|seeing as|considering)\b)"
)
# (r20 to) the legs already working, told as why lifting may be pointless ("when my legs work all day", "I'm
# on my feet all day", "since I run 60k")
_LEGS_BUSY = rx.compile(
    rf"{_MILEAGE_TOLD.pattern}|{BUSY_LEGS_TOLD.pattern}|\b(?:legs? (?:\w+ ){{0,3}}(?:work\w*|busy|hammered|"
    r"moving|active|used)|all day|already (?:run|running|active|fit))\b"
)
_NEED_NOT = rx.compile(
    r"\b(?:how|what|which|day (?:after|before)|same day|taper\w*|race week|(?:before|after) (?:my|a|the) "
    r"(?:\w+ )?runs?|(?:at|from) home|equipment|kit)\b"
)


def need_lifting(ask: str, background: str = "") -> Answer | None:
    """ "do I even need leg day if I already run 40k a week?": yes, and why (the article's reasons). The
    running may be told before the ask ("I run 100 km a week. Do I still need leg work?")."""
    plain = normalize(ask)
    told = normalize(background)
    parts = rx.split(r"\s*(?:[,;:]|\s[-–—]+)\s+", ask.strip())
    if len(parts) > 1 and not _NEED_START.match(plain):
        # "I run 100 km a week, do I still need leg work?": the ask after the running told
        plain, told = normalize(parts[-1]), normalize(" ".join([background, *parts[:-1]]))
    worth = _BARE_WORTH.search(plain) if "point" in plain or "worth" in plain or "bother" in plain else None
    if (
        worth is not None
        and _LIFT_TOLD_BEFORE.search(told)
        # (the clause after it, or the story when there's none: "if I can only find 15 minutes" is the time)
        and _LEGS_BUSY.search(plain[worth.end() :] if worth.end() < len(plain) else told)
    ):
        # (r20 to) the worth of the lifting told before, asked bare: yes, and why
        trace("need_lifting", "bare worth")
        topic = "rule:why_strength"
        return Answer("Yes: " + POINTLESS_TEXT, topic, True, (), topics=(topic,), context=topic)
    if not ("need" in plain or "necessary" in plain or "required" in plain or "essential" in plain):
        return None
    if _BARE_NEED.search(plain) and _LIFT_TOLD_BEFORE.search(told) and _MILEAGE_TOLD.search(told):
        # (r16 zc) "they say never skip leg day but I literally run every day, do I need it fr": the "it"
        # is the leg day told before, and the running told is why it's asked
        plain = "do i even need leg day"
    if not (
        _NEED_START.match(plain)
        and _NEED_LIFT.search(plain)
        and (
            _ALREADY_RUN.search(plain)
            or (rx.search(r"\b(?:still|even)\b", plain) and _MILEAGE_TOLD.search(f"{told} {plain}"))
        )
        and not _NEED_NOT.search(plain)
    ):
        return None
    trace("need_lifting", plain)
    topic = "rule:why_strength"
    return Answer("Yes: " + POINTLESS_TEXT, topic, True, (), topics=(topic,), context=topic)


# "hill reps = leg day??", "are hill sprints basically strength work", "plyos count as leg day?": an
# activity the runner already does, asked whether it is strength work.
_COUNTS_AS = rx.compile(
    r"^(?:(?:and|so|but|yo|ok|okay|wait|like|lol|fr|ngl) )*(?:(?:is|are|do|does) )?(?:doing )?"
    r"(?P<what>hills?|hill (?:reps?|repeats?|sprints?|running|runs?|work|sessions?|intervals)|"
    r"uphill (?:running|runs?|sprints?|reps?)|plyos?|plyometrics?|jump(?:ing)? drills|"
    r"(?:incline|inclined) (?:treadmill|running|walking|walks?)|treadmill (?:on )?(?:an )?incline)"
    r"(?: (?:is|are|counts?|count as|=|basically|technically|really|kinda|kind of|pretty much|just|like|"
    r"the same as|as good as|a form of|a type of))* "
    # (r17 vd: "hill sprints = free leg day", "a whole leg day": the same equation)
    r"(?:a |my |basically |just |like |proper |real |free |whole |full |entire |an )*"
    r"(?:leg ?days?|leg work|leg workouts?|leg sessions?|strength(?: work| training| session)?|"
    r"resistance training|lifting|weights)\b(?P<rest>.*)$"
)
_COUNTS_NOT = rx.compile(
    r"\b(?:enough|instead|replace\w*|skip\w*|or|vs|how|which|what|when|same|days?|after|before|then|ok|okay|"
    r"fine|together|both|and)\b"
)
PLYO_COUNTS_TEXT = (
    "Yes: plyometrics (jumping and bounding drills) are a convenient, effective form of leg workout: "
    "they reach deeper muscles that usually get neglected and build explosive power. Start with line hops, "
    "then hops onto a low step, then skipping drills."
)


HILLS_LEG_DAY_TEXT = (
    "Yes, mostly: the article calls hill running resistance training for runners, but it mainly loads "
    "the quads, calves and glutes, so it isn't a whole leg day. Keep a few moves for the rest (hamstring "
    "push-ups or curls, the side-lying hip raise, the bridge).\n"
    "Full card: /exercise hill repeats"
)


def counts_as(ask: str, answer_fn: Ask) -> Answer | None:
    """ "hill reps = leg day??": yes, hill running is resistance work (the hill or treadmill rule's own
    verdict); plyometrics too."""
    plain = normalize(ask)
    if not ("hill" in plain or "plyo" in plain or "incline" in plain or "jump" in plain):
        return None
    m = _COUNTS_AS.match(plain)
    if m is None or _COUNTS_NOT.search(m.group("rest")) or _COUNTS_NOT.search(m.group("what")):
        return None
    what = m.group("what")
    trace("counts_as", what)
    if what.startswith("plyo") or what.startswith("jump"):
        topic = "rule:plyometrics"
        return Answer(PLYO_COUNTS_TEXT, topic, True, (), topics=(topic,), context=topic)
    if "incline" in what or "treadmill" in what:
        ans = answer_fn("does the treadmill on incline count as strength work")
        return ans if ans.found and ans.text.startswith("Yes") else None
    if rx.search(r"\bleg ?days?\b|\bleg (?:work|workouts?|sessions?)\b", plain):
        # (r16 wc) "hill reps = leg day?": strength work, yes, but not a whole leg day (the hamstrings
        # and deep hip muscles need their own moves)
        topic = "exercise:hill_repeats"
        return Answer(HILLS_LEG_DAY_TEXT, topic, True, (), topics=(topic,), context=topic)
    hills = settles("hill reps is strength work")
    if hills is None:
        return None
    return Answer(hills[0], hills[1], True, (), topics=(hills[1],), context=hills[1])


# "whats smth i can do at home that hits quads hams n glutes in one go", "one move for glutes and
# quads at once?": the move that works every muscle named, not a routine or one muscle's list.
_AT_ONCE = rx.compile(
    r"\b(?:in one go|(?:all )?at once|at the same time|all together|altogether|together|"
    r"in one (?:move|exercise)|one (?:move|exercise|thing|drill)|single (?:move|exercise)|"
    r"all (?:three|four|of them|in one)|"
    r"both (?:at once|together)|(?:hits?|works?|covers?|targets?) (?:them )?all|two birds)\b"
)
_HOME_SAID = rx.compile(
    r"\b(?:home|house|flat|apartment|bodyweight|no gym|hate gyms?|without a gym|no equipment)\b"
)
_GYM_SAID = rx.compile(r"\b(?:gym|machines?|dumbbells?|weights)\b")
_MUSCLE_NAMES = {
    "quads": "quads",
    "hamstrings": "hamstrings",
    "glutes": "glutes",
    "calves": "calves",
    "hips": "hips",
}


def all_in_one(message: str) -> tuple[str, str] | None:
    """(the reply, its topic) for one move that works every muscle the (normalised) message names."""
    if not _AT_ONCE.search(message) or named_exercises(message):
        return None
    if rx.search(r"\b(?:how|when|why|which muscles?|what muscles?)\b", message):
        return None
    at = {m[7:]: f.start() for w, m in MUSCLE_WORDS if (f := rx.search(rf"\b(?:{w})\b", message))}
    wanted = sorted(at, key=at.__getitem__)  # in the order the runner named them
    if len(wanted) < 2:
        return None
    home = bool(_HOME_SAID.search(message)) and not rx.search(r"\b(?:at|in) the gym\b", message)
    gym = not home and bool(_GYM_SAID.search(message))
    settings = ("home",) if home else ("gym",) if gym else ("home", "gym")
    fits = [
        e
        for e in EXERCISES.values()
        if e.setting in settings and not e.variation_of and all(m in e.muscles for m in wanted)
    ]
    if not fits:
        return None
    fits.sort(
        key=lambda e: (
            -sum(m in e.primary for m in wanted),
            settings.index(e.setting),  # (nothing said of kit: the home move, which needs none)
            len(set(e.muscles) - set(wanted)),  # (the most targeted of equals)
        )
    )
    best = fits[0]
    names = [_MUSCLE_NAMES[m] for m in wanted]
    listed_m = ", ".join(names[:-1]) + " and " + names[-1]
    text = f"The {best.name.lower()}: it works your {listed_m} in one move. {best.dose.text()}."
    if len(fits) > 1:
        text += f" The {fits[1].name.lower()} hits the same muscles if you want a second."
    text += f"\nFull card: /exercise {best.name.lower()}"
    trace("all_in_one", best.id)
    return text, f"exercise:{best.id}"


# "will squats and stuff help me on hills?", "would lunges help my climbing?": yes, and why.
_HILLS_HELP = rx.compile(
    r"^(?:(?:but|and|so|honestly|really) )*(?:will|would|could|can|does|do|is|are|might)\b.{0,60}"
    r"\b(?:help|helps|make|improve|better|easier|stronger|faster)\b.{0,30}"
    r"\b(?:hills?|uphill|uphills|up hills|climbs?|climbing|inclines?|ascents?)\b"
)
_HILL_MOVES = frozenset({"exercise:hill_repeats", "exercise:treadmill_incline"})


def _hills_help(ask: str) -> Answer | None:
    """ "will doing squats actually help me on hills?": yes (the article: stronger legs tire more slowly
    and run faster up hills), and what the named move works; hill repeats themselves otherwise."""
    plain = normalize(ask)
    if not _HILLS_HELP.search(plain):
        return None
    named = [t for t in named_exercises(plain) if t not in _HILL_MOVES][:3]
    if not named:
        return None  # (strength work in general, or hill repeats: their own answers say hills)
    exs = [EXERCISES[t.split(":", 1)[1]] for t in named]
    parts = [m for m in ("quads", "glutes", "calves", "hamstrings") if any(m in e.muscles for e in exs)][:2]
    names = " and ".join(f"the {e.name.lower()}" for e in exs)
    verb = "works" if len(exs) == 1 else "work"
    text = (
        "Yes: well-trained leg muscles use oxygen more efficiently and tire more slowly, so you run faster "
        "up hills as well as on the flat."
        + (
            f" {names[:1].upper()}{names[1:]} {verb} the {' and '.join(parts)}, which drive you up a climb."
            if parts
            else ""
        )
        + f"\nFull card: /exercise {exs[0].name.lower()}"
    )
    topic = named[0]
    trace("hills_help", topic)
    return Answer(text, topic, True, (), topics=(topic,), context=topic)


# "can I do calf raises on the bottom stair?", "is a kitchen chair ok for hamstring push-ups?": a piece
# of household kit for a named exercise.
_ON_KIT = rx.compile(
    r"\b(?:use|using|with|on|onto|off|against|from|of) (?:a |an |my |the |some |our |this )?(?:\w+ )?"
    # (r16 wd) "on a wobbly old stool": a second describing word
    r"(?:(?:old|wobbly|rickety|shaky|wonky|flimsy|folding|little|wooden|plastic|kitchen|dining|garden|"
    r"coffee) )?"
    r"(?P<kit>ball|chair|step|stair|stairs|staircase|bench|box|wall|sofa|couch|bed|table|stool|footstool|"
    r"ottoman|kerb|curb|"
    r"block|ledge|crate|log|bleacher|terrace|bollard|planter|rock|platform)s?\b(?! ?ups?\b)|"
    r"^(?:(?:so|and|but) )?(?:is|are|would|will) (?:a |an |my |the |our )?(?:\w+ ){0,2}"
    r"(?P<kit2>ball|chair|step|stair|stairs|bench|box|sofa|couch|bed|table|stool|footstool|ottoman|kerb|curb|"
    r"block|ledge|wall|"
    r"crate|log|bleacher|terrace|bollard|planter|rock|platform)s?"
    r"(?! ?ups?\b) (?:\w+ )?(?:ok|okay|fine|good|enough|alright|work|do)\b"
)
_TOLD_KIT = rx.compile(
    r"\b(?:\w+ )?(?:ball|chair|step|stair|bench|box|wall|sofa|couch|bed|table|stool|kerb|curb|block|ledge|"
    r"crate|log|bleacher|terrace|bollard|planter|rock|platform)s?\b(?! ?ups?\b)"
)
# (r14 vb) "only the bleacher steps. ok for step-ups?": the kit told just before a bare "ok for X?"
_BARE_OK_FOR = rx.compile(
    r"^(?:(?:so|and|but) )?(?:(?:is|are|would|will) (?:that|it|this|these|those|they) )?(?:ok|okay|fine|good|"
    r"good enough|alright|usable|safe|enough)(?: to use)? for\b|"
    r"^(?:(?:so|and|but) )?(?:will|would|could) (?:that|it|this|these|those|they) (?:do|work)(?: for)?\b"
)
_FIRM = rx.compile(r"\b(?:solid|stable|brace|braced|tip|slide|roll)\b")
# ... not when the ask compares or checks form ("as good as off a step?", "snap my knee straight on
# step-ups?"): other rules answer those.
_NOT_KIT_ASK = rx.compile(
    r"\b(?:as good as|better than|or|vs|versus|instead of|straight\w*|snap\w*|lock\w*|habit|form|"
    r"technique|any use|any good|worth\w*|useful|help\w*|do anything|work anything|"
    # (r18 tf) "can you explain calf raises off a stair?": the how-to asked, the stair only where
    r"(?:can|could|would) you (?:\w+ )?(?:explain|describe|show|talk me through|walk me through|break down|"
    r"go through|tell me how)|how (?:to|do|does|would|should) (?:i |you )?(?:do|perform))\b"
)


_PLATFORM = frozenset("step stair bench box block kerb curb ledge table stool".split())
_KIT_WORD = rx.compile(r"\b(chair|ball|bench|box|block|step|stair|kerb|curb|ledge|table|stool)s?\b")


def _same_kit(cue: str, kit: str) -> bool:
    """Does a cue speak of this kit (or one like it: a step, a stair, a block are all platforms)?"""
    words = {w for w in _KIT_WORD.findall(cue.lower())}
    return not words or kit in words or (kit in _PLATFORM and words <= _PLATFORM)


# (r16 wd) "should I do leg extensions fast and explosive?", "is it ok to rush my lunges?": a strength
# move's reps done fast; the article keeps them slow and controlled (the explosive work is plyometrics)
_FAST_REPS = rx.compile(
    r"\b(?:fast|quick|quickly|explosive|explosively|rapid|rapidly|at speed|jerky|rush\w*|"
    r"speedy|swing(?:ing)? (?:it|them|the weight))\b(?! (?:or|vs) )"
)
_FAST_NOT_TEMPO = rx.compile(
    r"\bmake (?:me|my \w+) |\bhelp (?:me |my |with )|\bfaster (?:runner|times?|pace|on)\b|\bor slow\w*\b|"
    r"\bslow\w* or\b|\bhow (?:fast|quick)\b|\bhurts?\b|\bpain\w*\b|\bfast twitch\b"
)


def _fast_reps(ask: str, context: str | None) -> Answer | None:
    plain = normalize(ask)
    if not _FAST_REPS.search(plain) or _FAST_NOT_TEMPO.search(plain):
        return None
    if not rx.match(r"(?:(?:so|and|but|ok) )?(?:should|can|could|is|do|does|am|would|will|must)\b", plain):
        return None
    named = named_exercises(plain)
    if not named and context and context.startswith("exercise:"):
        named = [context]
    if len(named) != 1 or named[0].split(":", 1)[1] not in EXERCISES:
        return None
    ex = EXERCISES[named[0].split(":", 1)[1]]
    if ex.setting in ("plyo", "hills"):
        return None
    if ex.id == "one_leg_squat" and not rx.search(r"\b(?:one|single|1) ?(?:leg|legged)\b|\bpistol", plain):
        return None  # ("go down fast in my squats?": squats in general, the slow-and-controlled rule's)
    trace("fast_reps", named[0])
    name = ex.name.lower()
    lock = next((c for c in ex.cues if rx.search(r"\block\w*\b|short of fully straight", c.lower())), "")
    text = f"No: keep the {name} slow and controlled, with no bouncing or momentum."
    if lock:
        text += f" {lock}"
    if rx.search(r"\b(?:explosive\w*|power\w*|spring\w*)\b", plain):
        text += " For explosive power, add plyometrics (line hops, box hops, skipping) instead."
    text += f"\nFull card: /exercise {name}"
    return Answer(text, named[0], True, (), topics=(named[0],), context=named[0])


# (r16 wd) "is my coffee table ok?" after a list of home moves: the listed move that stands on such kit
_PLATFORM_KIT = frozenset(
    "table stool footstool ottoman desk crate box block platform bed sofa couch planter log rock".split()
)


def _kit_context(plain: str, context: str | None) -> list[str]:
    """The exercise a bare kit follow-up ("is my coffee table ok?") is about: the last topic's own
    exercise, or the one move of a listed set whose kit that is (a table or stool stands in for a bench)."""
    if not context:
        return []
    key = context.split(":", 1)[1]
    if context.startswith("exercise:"):
        return [context] if key in EXERCISES and EXERCISES[key].equipment else []
    m = _KIT_WORD.search(plain) or rx.search(
        r"\b(footstool|ottoman|desk|crate|sofa|couch|bed|planter|log|rock)\b", plain
    )
    if m is None:
        return []
    kit = m.group(1)
    want = "bench" if kit in _PLATFORM_KIT else kit
    fits = [
        e
        for e in listed(context)
        if e in EXERCISES and rx.search(rf"\b{want}s?\b", normalize(" ".join(EXERCISES[e].equipment)))
    ]
    return [f"exercise:{fits[0]}"] if len(fits) == 1 else []


def _kit_for(ask: str, engine: Engine, background: str = "", context: str | None = None) -> Answer | None:
    """ "can I just do calf raises on the bottom stair?": yes when the exercise's own kit or stand-ins
    say it (with its stability cue); otherwise what the article uses, and that firm kit can stand in.
    Kit said to wobble is a no; a bare kit follow-up is about ``context`` (the last topic)."""
    plain = normalize(ask)
    m = _ON_KIT.search(plain)
    told = normalize(SENTENCE.split(background.strip())[-1]) if background.strip() else ""
    if m is None and _BARE_OK_FOR.match(plain) and told:
        # (r14 vb) "...only the bleacher steps. ok for step-ups?": the kit of the sentence before (the
        # last one told as had, not "no bench")
        had = [
            k
            for k in _TOLD_KIT.finditer(told)
            if not rx.search(
                r"\b(?:no|without|not|nor|dont have|havent got)(?: an?| any)?\s*(?:\w+ )?$", told[: k.start()]
            )
        ]
        if had:
            plain = f"is the {had[-1].group(0)} ok {plain}"
            m = _ON_KIT.search(plain)
    if m is None or not rx.match(r"(?:(?:so|and|but|ok) )?(?:can|could|is|are|would|will|do|does)\b", plain):
        return None
    if _NOT_KIT_ASK.search(plain):
        return None
    named = named_exercises(plain)
    if not named and not background.strip():
        named = _kit_context(plain, context)
    if len(named) != 1 or named[0].split(":", 1)[1] not in EXERCISES:
        return None
    ex = EXERCISES[named[0].split(":", 1)[1]]
    if UNSTEADY_KIT.search(plain) and ex.equipment:
        # (r16 wd) "calf raises on a wobbly old stool?": no; the move needs a base that won't tip
        trace("kit_unsteady", named[0])
        lead, _ = unsteady_reply(ex)
        return Answer(
            f"{lead}\nFull card: /exercise {ex.name.lower()}",
            named[0],
            True,
            (),
            topics=(named[0],),
            context=named[0],
        )
    low = low_step(plain) if ex.id == "step_up" else None
    if low is not None:
        # (r16 zb) "is a low step fine for step-ups if I'm 1.95m?": the height asked about, answered
        return Answer(low, named[0], True, (), topics=(named[0],), context=named[0])
    kit = (m.group("kit") or m.group("kit2")).rstrip("s")
    kit = "stair" if kit.startswith("stair") else kit
    kit_end = m.end("kit") if m.group("kit") else m.end("kit2")
    if any(
        plain[kit_end - len(m.group("kit") or m.group("kit2")) :].startswith(
            n.split(" ", 1)[0].removesuffix("s") + " "
        )
        and rx.sub(r"^s?\s+", "", plain[kit_end:]).startswith(n.split(" ", 1)[1].split(" ")[0][:4])
        for n in (ex.name.lower(), *ex.aliases)
        if " " in n and n.split(" ", 1)[0].removesuffix("s") == kit
    ):
        return (
            None  # "my knees past my toes on wall squats": the wall of the move's name, not kit asked about
        )
    # ("an exercise ball in place of the chair" is the ball; "a chair braced..., or an exercise ball" two)
    parts = [
        p for x in (*ex.substitutes, *ex.equipment) for p in rx.split(r",? or ", x.split(" in place of ")[0])
    ]
    # ("a chair pushed against a wall" is a chair, not a wall)
    said = next(
        (
            x
            for x in parts
            if rx.search(rf"\b{kit}s?\b", x.lower())
            and not rx.search(rf"\b(?:against|on|onto|beside|by|off) (?:a |the |any )?{kit}s?\b", x.lower())
        ),
        None,
    )
    # (a low wall to step onto is a platform for the step-up or the calf raise)
    odd = (
        ("ball", "sofa", "couch", "bed")
        if ex.id in ("step_up", "calf_raise")
        else ("ball", "wall", "sofa", "couch", "bed")
    )
    if said is None and (not ex.equipment or kit in odd):
        return None  # (a soft or odd surface: the usual reading of the ask)
    name = ex.name.lower()
    if said is not None and not rx.match(r"(?i)(?:a|an|the|one|two|your|any|some|dumbbells)\b", said):
        # (r19 tg) "a step or low box": a low box
        said = f"{'an' if said[:1].lower() in 'aeiou' else 'a'} {said}"
    if said is not None:
        firm = next((c for c in ex.cues if _FIRM.search(c.lower()) and _same_kit(c, kit)), "")
        text = f"Yes: {said[:1].lower()}{said[1:]} works for the {name}. {firm}".rstrip()
    else:
        text = (
            f"Yes, if it's firm and stable: the article uses {' and '.join(ex.equipment)} for the {name}; "
            f"{'an' if kit[:1] in 'aeiou' else 'a'} {kit} that won't slide or tip can stand in."
        )
        if told and rx.search(r"\b(?:no|without|dont have|havent got|not got)\b", told):
            # (the article's kit is what they lack: the stand-in, said without it)
            an = "an" if kit[:1] in "aeiou" else "a"
            text = f"Yes, if it's firm and stable: {an} {kit} that won't slide or tip works for the {name}."
        if ex.id == "step_up" and "knee" not in text:
            text += " Keep it at knee height or lower."
    trace("kit_for", named[0])
    text += f"\nFull card: /exercise {name}"
    return Answer(text, named[0], True, (), topics=(named[0],), context=named[0])


# What a gym adds over training at home: "what does the gym give me that home workouts don't?",
# "what's the advantage of a gym?" ("why pay for a gym...?" is a why: its "Because..." answer).
_GYM_GIVES = rx.compile(
    r"\bwhat (?:does|do|would|will|can) (?:the |a )?gym (?:\w+ ){0,2}(?:give|offer|add|do)\b|"
    r"\b(?:advantages?|benefits?|point|upside|perks?) (?:of|to|in) (?:joining |using |going to |paying for )?"
    r"(?:the |a )?gym\b|"
    r"\bgym (?:\w+ ){0,2}(?:give|offer|add)s? (?:me |you )?(?:that|over|which)\b"
)


# Where to start in a gym: "if I join one, what should I start on?", "what do I start with at the gym?"
_GYM_START = rx.compile(
    r"\b(?:what|which|where) (?:\w+ ){0,3}(?:start (?:on|with)|begin (?:on|with)|start|begin|do first|"
    r"use first|try first)\b"
)
_GYM_WORDS = rx.compile(r"\b(?:gym|gyms|join one|membership)\b")
GYM_START_TAIL = (
    "The three basics: quadriceps extension, hamstring curl and leg press, 2–3 sets × 12–15 reps."
)


# "is a break going to undo everything?", "will time off make me lose my gains?": no (the week off).
_BREAK_UNDO = rx.compile(
    r"\b(?:break|breaks|time off|week off|weeks off|rest week|deload|pause|stopping|stop)\b.{0,40}"
    r"\b(?:undo|undoes|lose|losing|lost|wipe|waste|reverse|set me back|go backwards|ruin|throw away|"
    r"erase|kill)\b|\b(?:lose|losing) (?:\w+ ){0,3}(?:gains|progress|strength)\b.{0,30}"
    r"\b(?:break|time off|week off|rest week|deload)\b"
)
BREAK_UNDO_ASK = "will a week off undo my progress"
_MISSED = rx.compile(
    r"\b(?:miss|missed|missing|skip|skipped|skipping|omit\w*) (?:\w+ ){0,3}?(?:weeks?|sessions?|workouts?|"
    r"leg days?|strength days?)\b"
)
_MISSED_ASK = rx.compile(
    r"\b(?:what if|is (?:that|it|this) (?:bad|a problem|ok|okay|an issue)|does (?:that|it|this) matter|"
    r"have i (?:lost|ruined|undone)|did i (?:lose|ruin|undo)|"
    r"will (?:that|it|i) (?:hurt|set|lose|undo|matter)|"
    r"should i (?:double|make up|catch up|do extra|do two))\b"
)
MISSED_TEXT = (
    "No harm done: a missed session or week won't undo your strength. The article even builds in a week "
    "off once a month for recovery. Pick up where you left off, at your usual twice a week."
)


_TOO_OFTEN = rx.compile(r"\b(?:too much|too often|too many|overkill|overdoing it|excessive)\b")
# "does the order matter?", "does it matter which comes first?" about a run and a lift on one day.
_ORDER_MATTERS = rx.compile(
    r"\b(?:does|do|would) (?:the )?order (?:\w+ )?matter\b|\bdoes it matter (?:which|what) (?:\w+ ){0,2}"
    r"(?:first|order)\b|\b(?:which|what) order\b|"
    # ("which one goes first?", "which of the two comes first?")
    r"\bwhich (?:one |of (?:them|the two|those|these) )?(?:comes|goes|should come|should go|do i do|"
    r"to do|do i start with|first)\b(?: first\b)?|\bwhat (?:comes|goes) first\b"
)
_RUN_TOLD = rx.compile(
    r"\b(?:run|runs|running|commute|jog|jogs|jogging|miles|k|km|parkrun|tempo|intervals)\b"
)
_LIFT_SAID = rx.compile(r"\b(?:lift\w*|legs|leg day|gym|strength|weights|squats?|session)\b")


# A sprinter's start: "what leg work would make me more explosive out of the blocks?", "help my start?"
_START_POWER = rx.compile(
    r"\b(?:explosive\w*|pop|power|powerful|out of the blocks|(?:my|sprint|race|block) starts?|"
    r"acceleration|accelerate|first (?:few )?(?:steps|strides|metres|meters))\b"
)
_SPRINT = rx.compile(
    r"\b(?:sprint\w*|blocks|track|[12]00 ?m?|[48]00 ?m?|60 ?m|hurdles?)\b|\b(?:my|race|block) starts?\b"
)
_WHICH_WORK = rx.compile(
    r"\b(?:what|which|how|any)\b.{0,40}\b(?:leg work|exercises?|work|training|strength|lifts?|do|drills?|"
    r"help|helps|improve|build|get)\b"
)
_GYM_TOLD = rx.compile(r"\b(?:gym|weights? room|weights|barbell|dumbbells|leg press|machines)\b")


def sprint_start(ask: str, background: str) -> Answer | None:
    """ "Sprinter, always last out of the blocks, coach says I need more pop. What leg work would help
    my start?": plyometrics for explosive power, then strength moves, twice a week."""
    plain = normalize(ask)
    told = normalize(f"{background} {ask}")
    if not (_START_POWER.search(plain) and _SPRINT.search(told) and _WHICH_WORK.search(plain)):
        return None
    if named_exercises(plain):
        return None  # ("would box hops help my start?": that drill's own answer)
    gym = " (in a gym, the leg press too)" if _GYM_TOLD.search(told) else ""
    text = (
        "The article says strength work gives sprinters a more explosive start. Twice a week, off your hard "
        "sessions:\n"
        "• Plyometrics for explosive power: line hops, then hops onto a low box (alternating legs), then "
        "skipping; soft landings, stop when they get sloppy.\n"
        f"• Strength: lunges, step-ups and one-legged squats{gym}, 2–3 sets with a load that tires you by "
        "12–15 reps.\nFull card: /exercise box hops"
    )
    trace("sprint_start", plain)
    return Answer(
        text, "rule:plyometrics", True, (), topics=("rule:plyometrics",), context="rule:plyometrics"
    )


# "what should I be careful of?", "any mistakes to avoid?", "safety tips?" about strength work in
# general: the article's things to keep in mind (an exercise's own cues answer it for that exercise).
_OPERATED = rx.compile(
    r"\b(?:new (?:hip|knee)|(?:hip|knee|joint) replacement|replaced (?:hip|knee)|"
    r"(?:hip|knee)s? (?:was |were )?replaced|surgeon\w*|surgery|operation|op)\b"
)


def _careful_text(told: str) -> str:
    """The article's cautions; after an operation told, the surgeon's or physio's limits first."""
    if not _OPERATED.search(told):
        return CAREFUL_TEXT
    if rx.search(r"\b(?:replace\w*|replacement|new (?:hip|knee)|new joint)\b", told):
        # (r16 za) a replaced joint: the article's advice isn't written for one, so the moves that load it
        # most are the surgeon's call
        return (
            "Your surgeon's or physio's limits come first: the usual advice isn't written for a replaced "
            "joint, so run the bigger loads past them (jumping drills, deep one-legged squats, heavier "
            "weights). Within their limits, the article's rules: "
            f"{CAREFUL_TEXT[:1].lower()}{CAREFUL_TEXT[1:]}"
        )
    return (
        "Your surgeon's or physio's limits come first; within them, the article's rules: "
        f"{CAREFUL_TEXT[:1].lower()}{CAREFUL_TEXT[1:]}"
    )


CAREFUL = rx.compile(
    r"\b(?:careful (?:of|about|with)|be careful|"
    # (r17 uf) "the best GPS watch for ultras": the device, not a caution
    r"(?<!gps )(?<!smart )(?<!best )(?<!good )(?<!running )(?<!sports )(?<!new )(?<!a )watch (?:out )?for|"
    r"look out for|be wary of|"
    r"(?:go|take it) easy (?:on|with)|"
    r"mistakes? to avoid|"
    r"common mistakes|what not to do|safety (?:tips?|advice|pointers?|rules?)|"
    r"what (?:shouldnt|should not|shouldn t) (?:i|you|we) do|"
    r"what (?:should|do) (?:i|you|we) avoid|what to avoid|donts|"
    # (r15 xd) "new hip, cleared: anything I should go easy on?", "anything to avoid?"
    r"(?:anything|what|things) (?:\w+ )?(?:i should |should i |i need to |to )?(?:go easy on|take it easy on|"
    r"avoid|steer clear of|stay away from|hold back on))\b"
)
# "how do I use them without hurting myself?", "how do I lift safely?": the article's technique rules
_SAFE_HOW = rx.compile(
    r"^(?:(?:and|so|but) )*how (?:do|should|can|would) (?:i|you|we) .*\b"
    r"(?:without (?:hurting|injur\w*|getting hurt|straining)|safely)\b"
)


def _knee_cues(context: str | None, plain: str) -> str | None:
    """ "Anything to avoid for my knees?" asked of a move: its cues about the knee, or None."""
    ex = (
        EXERCISES.get((context or "").removeprefix("exercise:"))
        if (context or "").startswith("exercise:")
        else None
    )
    if (
        ex is None
        or not rx.search(r"\bknees?\b", plain)
        or not (CAREFUL.search(plain) or _SAFE_HOW.search(plain))
    ):
        return None
    if named_exercises(plain) not in ([], [context]):
        return None  # (another move named: its own ask)
    cues = [c for c in ex.cues if rx.search(r"\bknees?\b", c.lower()) and rx.search(r"\btoes?\b", c.lower())]
    if not cues:
        return None
    rest = [c.rstrip(".") for c in ex.cues if c not in cues and rx.search(r"\bknee|90", c.lower())]
    lead = cues[0].rstrip(".")
    return f"For your knees: {lead[:1].lower()}{lead[1:]}" + (
        f"; {rest[0][:1].lower()}{rest[0][1:]}." if rest else "."
    )


def _careful(background: str, ask: str) -> Answer:
    """The article's cautions; after an operation told ("new hip, cleared"), their limits first."""
    careful = _careful_text(normalize(f"{background} {ask}"))
    return Answer(
        careful, "rule:form_first", True, (), topics=("rule:form_first",), context="rule:form_first"
    )


CAREFUL_TEXT = (
    "Keep every rep slow and controlled, with no bouncing; move through your full range but stop just "
    "before the joint locks (knees never snapped straight); use a resistance you're comfortable with; "
    "breathe out on the effort and never hold your breath; and never give up good form for more weight "
    "or reps."
)
# An age told (an adult's, not a teenager's): "I'm 62", "aged 45", "at 54".
_ADULT_AGE = rx.compile(
    r"\b(?:im|i am|aged?|at) ([2-9]\d)\b|\b([2-9]\d) ?(?:yo|y o|years old|year old|[mf])\b"
)


# "what would you prioritise?", "what matters most if I only have 20 minutes?": a few moves that
# work several big muscle groups (the article: several major groups each session).
_PRIORITY = rx.compile(
    r"\b(?:prioriti[sz]e|priorit(?:y|ies)|most important|matters? most|biggest bang|best bang|"
    # (r16 wc) "what actually matters for running legs", "what really counts": the essentials
    r"(?:actually|really|truly) (?:matters?|counts?|works?)|"
    r"most bang|get the most out|if i (?:can )?only do (?:a few|one or two|two|three)|focus on first)\b"
)
_EACH_MUSCLE = rx.compile(
    r"\b(?:an?|one|1|the best|a good|best) (?:exercise|move|thing) (?:for|per|to train) (?:each|every|all)"
    r"(?: one| of them| muscle| group)?\b|\b(?:exercise|move) for each (?:one|muscle|of them)\b"
)
_MUSCLES_ASKED = rx.compile(r"\b(?:which|what|key|main|most important) (?:\w+ )?muscles?\b")
EACH_MUSCLE_TEXT = (
    "The main ones are the quads, hamstrings and calves, helped by the glutes and hip muscles. One move "
    "each: quads, the one-legged squat; hamstrings, the hamstring push-up (the curl machine in a gym); "
    "calves, the calf raise; glutes, the bridge; hips, the side-lying hip raise. 2–3 sets of 12–15 reps, "
    "twice a week.\nTry one: /workout"
)
PRIORITY_TEXT = (
    "A few moves that work several big muscle groups at once, as the article advises each session: the "
    "one-legged squat (quads, glutes, hamstrings), the step-up, the bridge (glutes) and the calf raise, "
    "2–3 sets each, twice a week.\nTry one: /workout home"
)


# (r17 va) The parts a runner told are sore or brutal ("brutal on my shins and hips"), and the article's
# moves for each: "which exercises matter most for me?" is answered for those parts first.
_PART_MOVES: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        rx.compile(r"\bshins?\b"),
        "for the shins, calf raises and the wall toe raise (back against a wall, lift your toes, heels down)",
    ),
    (
        rx.compile(r"\bhips?\b"),
        "for the hips, the side-lying leg raise and the same lift lying on your back (ankle weights if you "
        "have them), plus bridges",
    ),
    (rx.compile(r"\bknees?\b"), "for the knees, step-ups, one-legged squats and hamstring work in balance"),
    (rx.compile(r"\b(?:calf|calves|achilles)\b"), "for the calves, calf raises, one leg at a time"),
)
_PART_HURTS = rx.compile(
    r"\b(?:brutal|hard|tough|sore\w*|ach\w*|hurt\w*|pain\w*|niggl\w*|beat(?:s|en)? up|wreck\w*|kill\w*|"
    r"batter\w*|take a (?:beating|pounding)|suffer\w*)\b"
)


def _parts_priority(told: str) -> str | None:
    """(r17 va) "walking is brutal on my shins and hips... which exercises matter most for me?": the moves
    for the parts told first (normalised background); None when no part is told as taking a beating."""
    spans = [(m.start(), m.end()) for m in _PART_HURTS.finditer(told)]
    if not spans:
        return None
    # (a part named near the beating told: "brutal on my shins and hips", "my knees ache"; not "the
    # straight-knee rule" a sentence away)
    parts = [
        line
        for pat, line in _PART_MOVES
        if any(a - 25 <= m.start() and m.start() - b <= 40 for m in pat.finditer(told) for a, b in spans)
    ]
    if not parts:
        return None
    first = parts[0][:1].upper() + parts[0][1:]
    said = "; ".join([first, *parts[1:]])
    return f"{said}. 2–3 sets of 12–15 each, twice a week.\nTry one: /workout home"


# (r16 wc) Advice heard from others that the article doesn't cover ("gym bros say deadlift, run club
# says yoga"): said to be outside the article before what it says matters.
_OTHERS_ADVICE = rx.compile(
    r"\b(?P<what>deadlifts?|rdls?|yoga|pilates|barre|crossfit|kettlebell swings?|nordics?|box jumps?|"
    r"back squats?|barbell squats?|cycling|spin classes?|swimming)\b"
)
_OTHERS_SAY = rx.compile(
    r"\b(?:says?|said|tells? me|told me|swears? by|swear by|reckons?|push(?:es|ing)?|preach\w*)\b"
)
_OTHERS_MASS = ("yoga", "pilates", "barre", "crossfit", "cycling", "swimming")
PRIORITY_BASICS = (
    "What it says matters: all the main leg groups (quads, hamstrings, calves, glutes and hips) worked "
    "in balance, one-legged moves, and good form over heavy weight. For example the one-legged squat, "
    "step-up, bridge and calf raise, 2–3 sets each, twice a week.\nTry one: /workout home"
)


def others_advice_lead(told: str) -> str | None:
    """ "gym bros say deadlift, run club says yoga... what actually matters?": the things heard that the
    article doesn't cover, then its basics; None when no such advice is told."""
    if not _OTHERS_SAY.search(told):
        return None
    heard: list[str] = []
    for m in _OTHERS_ADVICE.finditer(told):
        w = m.group("what")
        w = {"rdl": "RDLs", "rdls": "RDLs", "nordic": "Nordic curls", "nordics": "Nordic curls"}.get(w, w)
        w = w if w.endswith("s") or w in _OTHERS_MASS else f"{w}s"
        if w not in heard:
            heard.append(w)
    if not heard:
        return None
    if len(heard) == 2:
        said = f"Neither {heard[0]} nor {heard[1]} is"
    else:
        said = (", ".join(heard[:-1]) + " and " + heard[-1] if len(heard) > 1 else heard[0]) + (
            " isn't" if len(heard) == 1 else " aren't"
        )
    said = said[:1].upper() + said[1:]
    return f"{said} in the article, so it can't settle that for you. {PRIORITY_BASICS}"


# Climbs and descents told ("a hilly trail ultra", "long climbs and descents on the trek"): hill work earns
# its place among the priority moves.
_TERRAIN_TOLD = rx.compile(
    r"\b(?:climbs?|climbing|descents?|descending|downhills?|uphills?|hil+y|mountains?|mountainous|"
    r"elevation|vert|fells?|treks?|trekking|hikes?|hiking|(?:steep|big|long) hills?)\b"
)
TERRAIN_LINE = (
    "For the climbs and descents, add hill repeats (5–8 at a 5–10% grade) or an inclined treadmill; "
    "step-ups and lunges build the quads that take the downhills."
)


# "best days for legs?": which days of the week, with no week told.
_BEST_DAYS = rx.compile(r"\b(?:best|right|ideal|good) days?\b")
PICK_DAYS_TEXT = (
    "Two easy days a week: not a hard-run day (intervals, a tempo or a long run) and not the day before a "
    "race (e.g. Tuesday and Friday if your hard runs fall elsewhere). On a day you also run, run first."
)


# ... unless the payoff asked about is a named other thing ("is it worth it for my knees?").
_PAYOFF_OTHER = rx.compile(r"\b(?:knees?|shins?|hips?|my back|injur\w*|pain|bulk\w*|weight loss)\b")


# "How should I adjust leg training now I'm running?", "how do I balance the gym and running": how
# strength work fits around running, in one answer (frequency, hard days, order, load).
_LIFT = (
    r"(?:leg training|leg days?|legs|lifting|lifts?|the gym|gym|strength(?: work| training)?|weights|"
    r"bodybuilding)"
)


_RUNNING = r"(?:running|runs?|my training|marathon|half|10k|5k|race training)"


# "the gym scares me", "gyms intimidate me", "terrified of the gym": not where they'll train
_GYM_AVERSE = rx.compile(
    r"\bgyms? (?:\w+ )?(?:scares?|intimidates?|terrif\w+|freaks? me out)|"
    r"\b(?:scared|afraid|nervous|terrified|intimidated) (?:of|by) (?:the |a )?gyms?\b"
)


COMBINE = rx.compile(
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
