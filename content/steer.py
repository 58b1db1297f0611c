"""Steers: the topic a (normalised) question is surely about, said before retrieval (`steer`).

A few phrasings name their topic more surely than retrieval can (the timing of strength work
around hard runs and races, the order of a run and a lift, a muscle's exercises); a runner's week
is read by content/direct.py's week reader. Pure.
"""

from __future__ import annotations

import re

from content import rx
from content.direct import (
    _DAY_WORD,
    _EVENT_WEEK,
    _NOT_DAY,
    _TEST_EVENT,
    _WEEKS_TO_GO,
    BEYOND_RUNNING,
    FAR_OFF,
    NO_RUNNING_SPELL,
    RUN_DAYS_ASK,
    RUNNERS_SKIP,
    RUNS_MADE_STRONG,
    RUNS_MAKE_STRONG,
    SPEED_ASK_SAID,
    SPEED_LEGS_SAID,
    SPEED_NOT_HILLS,
    SPEED_WHAT_SAID,
    SPRING_ASK,
    SPRING_WHAT,
    SPRING_YES_NO,
    START_WHEN,
    VARY_WHEN,
    _week,
    week_verdict,
    without_run_frequency,
)
from content.verdicts import _HARD, _RACE, GET_READY

# A few phrasings that say which topic they are about more surely than retrieval can: the timing
# of strength work around a race ("legday tmrw but got a 10k sat").
_LIFT = (
    r"(?:leg ?day|lift\w*|weight ?lift\w*|weight training|strength|squat\w*|weights|gym|leg workout|"
    r"leg session)"
)
# "legs" as the strength work ("legs after my tempo"), not the body part ("my legs are sore after...").
_LEGS = r"legs(?! (?:are|feel|felt|get|got|were|is|ache|hurt|still|always|so)\b)"
_BENEFIT = (
    r"(?:help|helps|improve|improves|make|makes|give|protect|protects|better|boost|worth|good for|stop|"
    r"prevent|fix|need)"
)
# A move of the article's named in the question: what it says is about that move.
_MOVE_NAMED = (
    r"step ?ups?|lunges?|squats?|bridges?|calf raises?|toe raises?|push ?ups?|curls?|extensions?|"
    r"leg press\w*|hip (?:raises?|strengthen\w*)|leg lifts?|hops|box (?:hops?|jumps?)"
)
# A break from lifting asked about after weeks of it (content/direct.py says when it is due).
_BREAK_DUE = rx.compile(
    rf"^(?!.*\b(?:{_RACE}|taper\w*|injur\w*|pain\w*|hurt\w*|sets?|reps?|between)\b)"
    r"(?=.*\b(?:lift\w*|strength|weights|gym|legs|leg (?:days?|work|sessions?)|squat\w*|training|"
    r"trained)\b)"
    r".*(?:\b(?:due|overdue|ready|time) (?:for )?(?:a|an|some) (?:break|rest|breather|week off|time off)\b|"
    r"\b(?:need|needs|take|taking|have|get|deserve) (?:a|some) (?:break|breather|time off)\b|"
    r"\b(?:time|need) to (?:back off|ease off|ease up|rest|stop)\b|\bback off\b|"
    r"\bwithout (?:a |any )?(?:break|rest|week off|time off|breather)\b|"
    r"\b(?:weeks?|wks|months?) (?:straight|in a row|non ?stop|solid|on end)\b)"
)
# A why asked of strength work's gain in speed, economy or climbing (the article's mechanism).
_WHY_STRONGER = rx.compile(
    r"^(?!.*\b(?:pain\w*|hurt\w*|injur\w*|sore\w*|shins?|knees?|splints?|achilles|itb)\b)"
    r"(?=.*\b(?:why|how come|in what way|mechanism|pathway|what makes|"
    # "what exactly does leg strength do for my pace?": what it does for speed, the same mechanism
    r"what (?:\w+ ){0,2}?(?:does|do|will|would|can|could) (?:\w+ ){1,4}?do (?:for|to)|"
    r"how (?:is|are|does|do)(?! (?:i|you|we)\b))\b)"
    r"(?:(?=.*\b(?:strength|stronger|strong|lift\w*|weights|dumbbells?|kettlebells?|barbells?|squats?|lunges?|"
    r"step ?ups?|calf raises?|leg work|leg training|gym|muscles?)\b)"
    r".*\b(?:faster|speed|quicker|economy|economical|efficien\w*|pace|vo2\w*|oxygen|uphill|hills?|climb\w*|"
    r"(?:\d+ ?k|race|marathon|half|finish) times?|pbs?|prs?|"
    # (what it does for the joints: steadies them, less wear on the ligaments and tendons)
    r"joints?|tendons?|ligaments?|wear and tear)\b"
    r"|(?=.*\b(?:hills?|uphill|slopes?)\b).*\b(?:like|as|count\w*) (?:a |doing a )?(?:strength|resistance|"
    r"weights|gym|lifting)\b)"
)
_REPS_OR_FORM = rx.compile(
    r"\b(?:more|extra|higher|max|maximum|most)(?: \w+)? (?:reps|weight|load)\b.*\b(?:or|vs|"
    r"versus)\b.*\b(?:clean|good|"
    r"better|proper|perfect|strict|tidy|quality)(?: \w+)? (?:reps|form|technique)\b|"
    r"\b(?:clean|good|better|proper|perfect|strict|tidy|quality)(?: \w+)? (?:reps|form|"
    r"technique)\b.*\b(?:or|vs|"
    r"versus)\b.*\b(?:more|extra|higher|max|maximum|most)(?: \w+)? (?:reps|weight|load)\b|"
    r"\bquality (?:or|vs|versus|over) quantity\b|\bquantity (?:or|vs|versus|over) quality\b"
)
_TOO_HEAVY_ASK = rx.compile(
    r"^(?!.*\b(?:pain\w*|hurt\w*|injur\w*|sharp|sore|bulk\w*|slow\w*|race\w*|knees?|back|kids?|son|daughter)\b)"
    # ((r18 tf) "is 10kg too heavy for my squats?": a load told as a figure)
    r"(?=.*\b(?:how (?:do|can|would|will|should) (?:i|you) (?:know|tell)|is (?:my|it|this|that)|"
    r"are (?:my|they)|is (?:a )?\d+ ?(?:kg|kgs|kilos?|lbs?|pounds?))\b)"
    r".*(?:\b(?:weights?|dumbbells?|kettlebells?|loads?|lifting|kg|lbs?|"
    r"\d+ ?(?:kg|kgs|kilos?|lbs?|pounds?))\b"
    r".*\btoo (?:heavy|light)\b|"
    r"\btoo (?:heavy|light)\b.*\b(?:weights?|dumbbells?|kettlebells?|loads?)\b)"
)
_LAST_REPS = rx.compile(
    r"^(?!.*\b(?:pain\w*|hurt\w*|injur\w*|sharp)\b)(?=.*\b(?:should|meant|supposed|normal|ok|okay|fine|is "
    r"it|do)\b)"
    r".*(?:\b(?:(?:last|final) (?:few |couple (?:of )?|2 |3 )?reps?|end of (?:a |the |each "
    r")?set)\b.*\b(?:hard|"
    r"tough|difficult|struggle|struggling|challenging|a fight|grind\w*)\b|\b(?:hard|tough|difficult|struggle|"
    r"struggling|challenging)\b.*\b(?:(?:last|final) (?:few |couple (?:of )?)?reps?|end of (?:a |the |each "
    r")?set)\b)"
)
# When in the season to take up strength work (a race near is the race-day rule's case).
_WHEN_START = rx.compile(
    r"^(?!.*\b(?:pain\w*|hurt\w*|injur\w*|taper\w*|days?|tomorrow|tonight|morning|evening|run first|"
    r"after (?:my|a|the) run)\b)"
    rf"(?!.*(?<!\bdont )(?<!\bnot )(?<!\bno )(?<!\bany )\b{_RACE}s? (?:in|is|next|this|on)\b)"
    r"(?=.*\b(?:strength|lift\w*|legs|leg (?:work|days?|training|sessions?)|gym|weights|squats?|"
    r"resistance)\b)"
    r".*(?:\b(?:good|right|best|ideal|smart|sensible|bad|wrong|ok|okay) (?:time|moment|point|phase|period|"
    r"stage) (?:of (?:the )?(?:year|season) )?(?:to|for) (?:start|begin|add|introduce|get into|pick up|"
    r"take up)\b|"
    rf"{START_WHEN})"
)
# Activity the runner already does (a job on their feet, walking, farm work) against strength work.
_DAY_ACTIVITY = (
    r"(?:walk\w*|stand\w*|on (?:my|our) feet|feet all|shifts?|farm\w*|graft|labou?r\w*|manual|"
    r"physical (?:job|work)|active job|hik\w*|cycl\w*|commut\w*|steps|carry\w*|haul\w*|"
    r"building site|construction|warehouse|postie|postman|nurs\w*|waiting tables)"
)
_STILL_NEED = rx.compile(
    r"^(?!.*\b(?:pain\w*|hurt\w*|injur\w*|sore\w*|shin splints?|how (?:many|much|often|long))\b)"
    r"(?!.*\b(?:one|single|1) (?:foot|leg)\b)"
    rf"(?=.*\b{_DAY_ACTIVITY}\b)"
    r"(?=.*\b(?:strength|leg (?:work|training|days?|exercises?|sessions?)|lift\w*|weights|gym|"
    r"calf raises?|squats?|lunges?|exercises?)\b)"
    r".*\b(?:still (?:need|do|bother|worth|have to)|really need|need (?:any|extra|specific|separate|more|"
    r"dedicated|to do)|(?:is|isnt|thats|that|it|this) (?:\w+ ){0,3}enough|count\w* as|replaces?|"
    r"instead of|on top of|as well|cover\w* it|do the job|"
    # "...my legs already get plenty, is it really necessary?"
    r"(?:really |actually |even |strictly )?(?:necessary|needed)|already get (?:plenty|enough|loads|a lot))\b"
)
# Will strength work pay off for what the runner wants (the verdict and the article's reason).
_WOULD_HELP = rx.compile(
    r"^(?!.*\b(?:pain\w*|hurt\w*|injur\w*|sore\w*|shins?|knees?|splints?|achilles|itb|ache\w*|"
    r"how (?:many|much|often|long|heavy)|which|what (?:exercises?|moves?)|tomorrow|day before|"
    r"night before|taper\w*)\b)"
    r"(?=.*\b(?:lift\w*|strength|weights|gym|leg (?:work|days?|training|sessions?)|squats?|"
    r"weight training)\b)"
    r"(?=.*\b(?:pb|pbs|pr|prs|personal best|personal record|faster|quicker|speed|fade\w*|fading|"
    r"cooked|fried|tired?|tiring|fatigue\w*|fall\w* apart|fell apart|die|dying|dies|jelly|dead|"
    r"give out|gave out|hit (?:the|a) wall|bonk\w*|blow\w* up|blew up)\b)"
    r".*(?:\b(?:would|will|could|can|does|do|is|gonna|going to|might|actually)\b (?:\w+ ){0,3}?"
    r"(?:help|work for (?:me|that|this|it)|make (?:a|any) difference|fix|improve|stop|prevent)\b|"
    r"\b(?:help|work) or (?:nah|not|no|cap)\b|\bor (?:is that|thats) cap\b)"
)
# Weather that keeps a runner indoors ("it's been chucking it down every day", "pouring all week").
_WET = (
    r"rain(?:ing|s|y|ed)?|pouring|pours|chucking it down|tipping it down|bucketing(?: it)? down|"
    r"pissing (?:it )?down|lashing(?: it)? down|downpours?|storms?|stormy|monsoon|flood\w*|sleet\w*|"
    r"blizzards?|heat ?wave|too hot to run"
)
_QUAD_W = r"(?:quads?|quadriceps|front of (?:my |the )?(?:thighs?|legs?))"
_HAM_W = r"(?:hamstrings?|hams|back of (?:my |the )?(?:thighs?|legs?))"
_STEER: tuple[tuple[re.Pattern[str], str], ...] = (
    # (r16 zb) "I can only do strength on days I'm already running, ok?": the order on a shared day
    (rx.compile(RUN_DAYS_ASK), "rule:run_first"),
    # "on holiday two weeks with no running, worth doing legs?": a spell without running is the
    # off-season's case (not why runners lift, nor the hard-run rule the word "run" brushes)
    (rx.compile(NO_RUNNING_SPELL), "rule:off_season"),
    # (r16 zc) "should i lift?", "should i lift or just run?": whether a runner should strength train
    (
        rx.compile(
            r"^(?:(?:so|ok|okay|and|but|honestly) )*(?:should|do|must|would) (?:i|runners|we|a runner) "
            r"(?:even |really |actually |still )?(?:lift|lift weights|strength train|weight train|do weights|"
            r"do strength(?: work| training)?|do leg ?day)"
            r"(?: (?:or (?:should i |do i )?(?:just|only|simply) (?:run|running|jog)(?: more)?|as a runner|"
            r"for running|too|at all|or not|or nah))?$"
        ),
        "rule:why_strength",
    ),
    # (r16 zc) "what do squats add that my runs don't?": what strength adds over running, not one move
    (rx.compile(BEYOND_RUNNING), "rule:why_strength"),
    # (r16 zf) "will more miles make my legs stronger?": ordinary running as strength work, a No
    (rx.compile(RUNS_MAKE_STRONG), "rule:why_strength"),
    # (r16 wa) "my legs are already strong from all that running, right?": the same No
    (rx.compile(RUNS_MADE_STRONG), "rule:why_strength"),
    # (r15 yb) "will stronger calves give me more spring?", "want more bounce in my stride, what helps?":
    # spring in the stride is the calves' and the jumping drills' (content/direct.py answers both), not
    # the plyometrics card alone; pain, a named drill's how-to and the season ("springtime") stay out
    (rx.compile(f"(?:{SPRING_YES_NO})|(?:{SPRING_WHAT}){SPRING_ASK}"), "rule:why_strength"),
    # (r15 yb) "how often should I switch up my routine?", "when do I change my exercises?": how often to
    # vary the routine, not how often to lift
    (rx.compile(VARY_WHEN), "rule:variety_fun"),
    # (r15 yb) "first ultra next year, should I lift?", "marathon in 8 months - worth starting weights?":
    # a race months away is no race-day question; whether to lift is why runners lift
    (
        rx.compile(
            rf"^(?=.*\b(?:{_RACE}|ultras?|ironman|triathlon|tri)\b)(?=.*{FAR_OFF})"
            r"(?!.*\b(?:day before|night before|tomorrow|race week|taper\w*|how (?:many|often|much|long)|"
            rf"pain\w*|hurt\w*|injur\w*|sore\w*|{_MOVE_NAMED})\b)"
            r".*\b(?:should|do|need|worth|start\w*|bother|can|is it|would|will|must)\b (?:\w+ ){0,4}?"
            r"(?:lift\w*|strength|weights?|legs|leg (?:work|day|days|sessions?|training)|gym|lifting)\b"
        ),
        "rule:why_strength",
    ),
    # "scared squats will make me bulky and slow", "worried lifting makes me slower": the bulk worry
    (
        rx.compile(
            r"^(?=(?:\S+\s+){0,14}\S*$)(?!.*\b(?:pain|hurts?|injur\w*|race|tomorrow|day before)\b)"
            r".*\b(?:scared|worried|afraid|nervous|terrified|worry|worrying|fear|concerned|paranoid)\b"
            r"(?: that)? (?:\w+ ){0,4}?(?:will|would|gonna|going to|might|could|make|makes)\b"
            r".*\b(?:bulk\w*|slow|slower|slows|heavy legs|big legs|huge legs|legs heavy|legs big)\b"
        ),
        "rule:bulk",
    ),
    # "will lunges make my thighs too bulky to run fast?": the bulk worry asked, not the thighs' card
    (
        rx.compile(
            r"^(?!.*\b(?:pain\w*|hurt\w*|injur\w*|sore\w*|race|tomorrow|day before)\b)"
            r".*\b(?:make|makes|making|turn|turns|give|gives|get|getting)\b (?:\w+ ){0,3}(?:too )?bulky\b"
        ),
        "rule:bulk",
    ),
    # "best time to lift relative to my run?", "when do legs go in relation to my runs?": the order of
    # the two on one day (run first), not how often
    (
        rx.compile(
            rf"^(?!.*\b(?:{_RACE}|pain\w*|hurt\w*|sore\w*|how (?:many|often|long)|fit|slot|schedule|put|"
            r"days|week)\b)"
            rf"(?=.*\b(?:{_LIFT}|{_LEGS})\b)"
            r"(?=.*\b(?:time|when|order|first|before|after)\b)"
            r".*\b(?:relative to|in relation to|compared (?:to|with)|in respect to|around|with respect to) "
            r"(?:my |the |a |an |your )?(?:\w+ )?(?:runs?|running|jogs?|jogging)\b"
        ),
        "rule:run_first",
    ),
    # "why would stronger legs make me more efficient uphill?", "how come a few squats change my
    # economy?", "in what way is running hills like a strength session?": the reason, not a routine
    (_WHY_STRONGER, "rule:why_strength"),
    # "what matters more, extra reps or clean reps?", "quality or quantity?": form first, never traded
    (_REPS_OR_FORM, "rule:form_first"),
    # "should the last few reps feel properly hard?": the load that tires you by 12-15, not the form rule
    (_LAST_REPS, "rule:sets_reps"),
    # (r18 tb) "how do I tell if I'm lifting too heavy?", "is my dumbbell too light?": the 12-15 test
    (_TOO_HEAVY_ASK, "rule:sets_reps"),
    # "on my feet all shift, is that enough or do I still need calf raises?", "I walk 20 km a day, do I
    # really need leg work on top?": a day's activity weighed against strength work, not its dose
    (_STILL_NEED, "rule:why_strength"),
    # "what's the #1 reason runners should bother lifting?", "biggest reason to do leg work?": the article's
    # most important reason, heading off injury (not the whole list of benefits)
    (
        rx.compile(
            r"^(?!.*\b(?:pain\w*|hurt\w*|injur\w*|sore\w*|why (?:do|does|is|are) my)\b)"
            r"(?=.*\b(?:lift\w*|strength|weights|gym|leg (?:work|days?|training|exercises?)|squats?|"
            r"strength train\w*)\b)"
            r".*\b(?:(?:the )?(?:1|one|number one|no 1|main|biggest|top|most important|primary|single best|"
            r"best|real|key) reason)\b"
        ),
        "rule:injury_prevention",
    ),
    # "is strength work even necessary for me?", "are leg days really needed?": whether to do it at all
    (
        rx.compile(
            r"^(?!.*\b(?:pain\w*|hurt\w*|injur\w*|sore\w*|kit|equipment|weights for|ball|bench|machines?)\b)"
            r".*\b(?:is|are|isnt|arent) (?:\w+ )?(?:strength|leg ?days?|leg work|leg training|lifting|"
            r"weights|gym work|weight training)\b (?:\w+ ){0,2}?(?:really |even |actually |strictly |that )?"
            r"(?:necessary|needed|essential|required|a must|mandatory)\b"
        ),
        "rule:why_strength",
    ),
    # "legs cooked by km 8, would lifting actually help?", "PB in 8 wks, lifting gonna help or nah":
    # whether strength work pays for that, not the race rule or how to progress
    (_WOULD_HELP, "rule:why_strength"),
    # "tryna get a 5k PB, what exercises are best for legs", "best leg exercises to get faster": a speed
    # goal and an ask for moves, the article's speed picks (content/direct.py), not a session's length
    (
        rx.compile(
            r"^(?!.*\b(?:why|how (?:does|do|will|would|much|many|often|long)|pain|hurts?|injur\w*|sore)\b)"
            + SPEED_NOT_HILLS
            + r"(?=.*\b(?:pb|pbs|pr|prs|personal best|personal record|faster|quicker|speed|"
            r"(?<!hill )sprint\w*|kick|(?:5k|10k|race|parkrun|mile) time|"
            # (r16 wc) "tryna get them quick legs for track season, what's the move": speed said as legs
             + SPEED_LEGS_SAID + r")\b)"
            r".*\b(?:(?:what|which|best|good|top|any)\b (?:\w+ ){0,3}(?:exercises?|moves?|workouts?|drills?)|"
            + SPEED_WHAT_SAID
            + "|"
            + SPEED_ASK_SAID
            + r")\b"
        ),
        "rule:why_strength",
    ),
    # "how high should the box or bench be for step ups?", "what height step for step-ups": the step-up's
    # height (knee-high or lower), not box hops against step-ups.
    (
        rx.compile(
            r"^(?=.*\bstep ?ups?\b)(?!.*\b(?:hops?|jumps?|plyo\w*)\b)"
            r".*\b(?:how (?:high|tall|big|low)|what height|which height|right height|height)\b"
        ),
        "exercise:step_up",
    ),
    # "what's the least amount of time a leg workout can take and still be worth it?": the time
    # needed, not the benefits that "worth" brings up.
    (
        rx.compile(
            r"\b(?:least (?:amount of )?time|minimum (?:amount of )?time|shortest|bare minimum of time|"
            r"fewest minutes|how (?:short|little time))\b"
            r"(?=.*\b(?:workout|session|routine|leg day|legs|strength|lifting|worth\w*|count|work)\b)"
        ),
        "rule:time_needed",
    ),
    # (r16 zd) "how long should leg day be for marathon training?", "how many minutes leg day marathon":
    # a session's length; the race named is the runner's goal, not a race-day timing
    (
        rx.compile(
            r"^(?!.*\b(?:before|after|until|till|wait\w*|between|rest\w*|hold\w*|out from|away|taper\w*|"
            r"weeks? out|days? out|tomorrow|tonight|eve|race day|race week|hills?|warm\w*|stretch\w*)\b)"
            r".*\bhow (?:long|many minutes|many mins)\b (?:\w+ ){0,3}?(?:should|does|do|is|must|would|will|"
            r"can)? ?(?:(?:a|my|the|each|one|your) )?(?:leg day|leg days|leg sessions?|strength sessions?|"
            r"strength workouts?|leg workouts?|gym sessions?|sessions?|workouts?)\b"
            r"(?=.*\b(?:marathon|half|10k|5k|ultra|race|racing)\b)|"
            r"^(?!.*\b(?:before|after|until|wait\w*|between|rest\w*|taper\w*|days? out|weeks? out)\b)"
            r".*\bhow many (?:minutes|mins)\b (?:\w+ )?(?:leg day|legs|leg session|strength|lifting)\b"
        ),
        "rule:time_needed",
    ),
    # "how long does a leg workout need to be to be worth it?", "how long do I have to lift for it to
    # count?": the time a session needs, not the benefits that "worth" brings up.
    (
        rx.compile(
            r"^(?!.*\b(?:hills?|climbs?|hold\w*|rest\w*|recover\w*|races?|runs?|sprints?|reps?|sets?|"
            r"stretch\w*|weeks?|months?)\b)"
            r".*\bhow (?:long|many minutes)\b.*\b(?:need|needs|have|has|got) to "
            r"(?:be|last|take|go|lift|train)\b"
            r"(?=.*\b(?:worth\w*|count|useful|effective|work|do anything|make a difference)\b)"
        ),
        "rule:time_needed",
    ),
    # "should the front and back of my thighs be equally strong?", "quads stacked but hamstrings weak,
    # a problem?", "hamstrings tight after speedwork, is something out of balance?": opposing muscles.
    (
        rx.compile(
            r"^(?!.*\b(?:balance (?:training|work|board|exercises?)|on one (?:leg|foot)|wobbl\w*|steady)\b)"
            r"(?:.*\bfront (?:and|&|n) back of (?:my |the |your )?(?:thighs?|upper legs?|legs?)\b"
            # ("switched off even though my hamstrings and quads test fine": "even" said in passing)
            rf"|(?=.*\b{_QUAD_W}\b)(?=.*\b{_HAM_W}\b).*\b(?:equal\w*|evenly|evened|"
            r"even(?= ?$| (?:or|out|up|strength|strong|balanced|match\w*)\b)|"
            r"(?:kept|be|stay|staying|keep them|are|is|equally) even|same|balanc\w*|imbalanc\w*|"
            r"stronger|weaker|weak|ratio|match\w*|stacked|overpower\w*|dominant|lopsided)\b"
            r"|(?!.*\b(?:(?:left|right) (?:leg|side|one|calf|quad|"
            r"hamstring|glute)s?|sides|one legs?|other legs?|"
            r"one side|hips?|weaker legs?)\b)"
            r".*\b(?:out of balance|imbalanc\w*|unbalanced|lopsided)\b)"
        ),
        "rule:opposing_balance",
    ),
    # (r19 ti) "what's a good way to get ready before a leg session?", "how should I prepare for leg day?":
    # the warm-up, not the session itself
    (rx.compile(GET_READY), "rule:warm_up"),
    # (r19 ti) "why do so many runners skip leg training?": why they skip it, the strength case's rule
    (rx.compile(RUNNERS_SKIP), "rule:why_strength"),
    # (r19 ti) "what does balanced mean for a runner's legs?", "keep their legs balanced": balanced
    # development of the muscle groups (opposing ones above all), not standing on one leg
    (
        rx.compile(
            r"^(?!.*\b(?:on one (?:leg|foot)|one legged|single leg\w*|wobbl\w*|steady|stabili[sz]\w*|"
            r"fall\w*|posture|balance (?:training|work|board|exercises?|drills?|moves?)|diet|meals?|food)\b)"
            r"(?=.*\b(?:balanced|unbalanced)\b)"
            r"(?=.*\b(?:legs?|muscles?|muscle groups?|development|developed|program\w*|routine|regime|"
            r"mean|means|meaning|by that)\b)"
        ),
        "rule:opposing_balance",
    ),
    # (r19 ti) "how does strength work help coordination, not just bigger muscles?": the balance and
    # coordination rule alone (not the muscles running uses, nor the speed gains)
    (
        rx.compile(
            r"^(?!.*\b(?:pain\w*|hurt\w*|injur\w*|sore\w*|dizz\w*|balance (?:board|exercises?|drills?))\b)"
            r"(?!.*\b(?:which|what|any|best|good) (?:kinds? of |types? of |sorts? of )?"
            r"(?:exercises?|moves?|drills?)\b)"
            r"(?=.*\b(?:how|in what way|not just|not only|rather than|instead of|besides|as well as|"
            r"more than)\b)"
            r".*\b(?:coordinat\w*|co ordinat\w*)\b"
        ),
        "rule:balance_training",
    ),
    # "why do balance exercises matter?", "what's the point of balance work?": balance training (not
    # the muscle imbalance that "balance" also brings up).
    (
        rx.compile(
            r"^(?!.*\b(?:pain\w*|hurt\w*|injur\w*|imbalanc\w*|quads? and hamstrings?)\b)"
            r"(?=.*\b(?:why|point|matter|matters|worth\w*|bother|need)\b)"
            r".*\bbalance (?:exercises?|work|training|drills?|stuff|moves|things)\b"
        ),
        "rule:balance_training",
    ),
    # "train the little stabiliser muscles that keep me steady", "steadier when I land on one foot":
    # balance work (no muscle or sore part named).
    (
        rx.compile(
            r"^(?!.*\b(?:quads?|hamstrings?|calf|calves|glutes?|hips?|knees?|ankles?|shins?|pain\w*|sore|"
            r"hurt\w*|injur\w*|core|abs|one legged|single legs?|one legs?|skip\w*|omit\w*|avoid\w*|stop|"
            # ("walk me thru a step up, i keep wobbling at the top": that move's steps and cue)
            rf"{_MOVE_NAMED})\b)"
            r".*\b(?:stabili[sz]\w*|small muscles|little muscles|"
            r"tiny muscles|keep me (?:steady|stable|balanced)|"
            r"steadier|more stable|less wobbly|wobbl\w*)\b"
        ),
        "rule:balance_training",
    ),
    # "what do the muscles at the front of my hip do?": the hip muscles (the flexors), not hip pain.
    (
        rx.compile(
            r"^(?!.*\b(?:pain\w*|hurts?|hurting|aches?|aching|achy|sore|tender|niggl\w*|tight\w*)\b)"
            r".*\b(?:front of (?:my |the )?hips?|hip flexors?)\b"
        ),
        "muscle:hips",
    ),
    # "how many hill reps is enough?": the hill's own dose (5-8), not the generic sets-and-reps.
    (
        rx.compile(
            r"\bhow many\b.*\b(?:hill (?:reps|repeats|sprints|climbs|efforts|intervals)|hills|times up)\b|"
            r"\bhill (?:reps|repeats|sprints)\b.*\bhow many\b"
        ),
        "exercise:hill_repeats",
    ),
    # "how should I set up uphill sessions?", "how do I structure my hill workouts?": hill repeats (the
    # sets-and-reps rule's "sessions" words are the gym's).
    (
        rx.compile(
            r"^(?!.*\b(?:gym|leg day|weights|lifting|squats?|lunges?|leg press|treadmills?|flat|no hills?|vs|"
            r"versus|or)\b)"
            r".*\b(?:uphill (?:sessions?|workouts?|reps|efforts|intervals|work)|"
            r"(?:hill|hills|climbing) sessions?)\b"
        ),
        "exercise:hill_repeats",
    ),
    # "how many sets of each exercise?", "how heavy should I go with the weights?": the sets-and-reps
    # rule and its load (an exercise named keeps its own card).
    (
        rx.compile(
            r"^(?!.*\b(?:week|weekly|often|days?|leg press|squats?|lunges?|calf raises?|step ?ups?|bridges?|"
            r"curls?|extensions?|hops|skips|hills?|bulk\w*|big|slow\w*|plyometric\w*)\b)"
            r".*\b(?:how many sets (?:of|for|per|on|in) (?:each|every|an?|per|one) (?:exercise|move)|"
            r"how heavy (?:should|do|must|can) (?:i|you|we) (?:go|lift) (?:with|on) (?:the |my )?(?:weights?|"
            r"dumbbells?)|how heavy should (?:the |my )?weights be|"
            r"what (?:weight|weights|load) (?:should|do) i (?:use|pick|choose|lift|start)|"
            r"(?:dont|never) know (?:what|which|how heavy) (?:weight|weights))\b"
        ),
        "rule:sets_reps",
    ),
    # "a quick leg workout the morning of a race?": race day itself.
    (
        rx.compile(
            rf"\b(?:morning|afternoon|evening) of (?:the |my |a |your )?{_RACE}\b|\brace day itself\b|"
            rf"\bsame day as (?:the |my |a )?{_RACE}\b|\bon race (?:day|morning)\b"
        ),
        "rule:race_day",
    ),
    # "I hate the gym, how do I make lifting not suck", "strength work bores me": keeping it fun.
    (
        rx.compile(
            r"^(?!.*\b(?:home|without|instead|pain\w*|hurt\w*|sore|injur\w*)\b)"
            r"(?=.*\b(?:how|tips?|ideas?|help|advice|make|any)\b)"
            r".*\b(?:hate|hating|boring|bored|bores?|dread\w*|suck|sucks|chore|tedious|monoton\w*|"
            r"motivat\w*|not fun|more fun|enjoy\w*|stick (?:at|with) it|keep at it|keep it up)\b"
        ),
        "rule:variety_fun",
    ),
    # "my legs turn to jelly on hills, how do I fix that?": stronger legs on hills (hill repeats).
    (
        rx.compile(
            r"^(?!.*\b(?:pain\w*|hurt\w*|sore|ache\w*|injur\w*|shins?|knees?|calf|calves|achilles)\b)"
            # (the hill workout's own figure asked, "how steep ... don't want to die": its card answers)
            r"(?!.*\b(?:how (?:steep|many|long|far|often|fast)|what (?:grade|gradient|incline|slope)|"
            r"steep\w*|"
            r"grade|gradient|percent|flat|no hills?|without (?:any )?hills?|substitut\w*|alternatives?|"
            r"swap)\b)"
            r".*(?:\b(?:jelly|dead|die|dies|dying|weak|give out|gives out|struggle\w*|suffer\w*|fade\w*|"
            r"burn out|blow up|crawl\w*)\b.*\b(?:hills?|uphill|climbs?|inclines?)\b|"
            r"\b(?:hills?|uphill|climbs?)\b.*\b(?:jelly|dead|die|dies|dying|give out|struggle\w*|fade\w*|"
            r"feel easier|easier|less hard|less of a struggle)\b)"
        ),
        "rule:why_strength",
    ),
    # "any good stretches for tight hip flexors?": the stretch after a session (not the muscle card).
    (
        rx.compile(
            r"^(?!.*\b(?:pain\w*|hurt\w*|injur\w*|pulled|strain\w*|sharp|before or after|after or before|"
            r"warm ?up|how long)\b)"
            r".*\b(?:stretch|stretches|stretching)\b (?:\w+ ){0,2}(?:for|to loosen|to help)\b"
        ),
        "rule:stretch_after",
    ),
    # "is it too late to start lifting at 50?", "skip leg day during my marathon block?": why strength.
    (
        rx.compile(
            rf"\btoo (?:old|late)\b(?=.*\b(?:{_LIFT}|legs|start\w*|lifting)\b)|"
            rf"\b(?:{_LIFT}|legs|start\w*|lifting)\b.*\btoo (?:old|late)\b|"
            # (r18 ta) "is it ok to begin strength training at my age?", "safe to start lifting at 63?"
            r"^(?=.*\b(?:start\w*|begin\w*|take up|taking up)\b)"
            rf"(?=.*\b(?:{_LIFT}|lifting|strength|weights)\b)"
            r"(?=.*\b(?:ok|okay|safe|fine|alright|can i|could i|should i|sensible|wise)\b)"
            r".*\b(?:at my age|at (?:5|6|7|8)\d)\b(?!.*\b(?:pain\w*|hurt\w*|injur\w*|sore)\b)|"
            r"\b(?:skip\w*|drop\w*|stop\w*|pause|ditch\w*|quit|"
            r"omit\w*) (?:\w+ ){0,2}(?:leg ?day|legs|lifting|"
            r"strength|gym|weights)\b.*\b(?:during|through|while|"
            r"mid|throughout|in) (?:my |a |the |this )?(?:\w+ )?"
            r"(?:block|build ?up|training|cycle|season|mileage|prep)\b"
        ),
        "rule:why_strength",
    ),
    # "my stride feels short and choppy": strength lengthens the stride.
    (
        rx.compile(
            r"^(?!.*\b(?:pain\w*|hurt\w*|sore|injur\w*)\b)"
            r".*(?:\b(?:short|shorter|choppy|tiny|shuffl\w*|longer|lengthen\w*)\b (?:\w+ ){0,3}strides?\b|"
            r"\bstrides? (?:is |feels |are |gets |seems )?(?:\w+ ){0,2}(?:short|choppy|shorter|tiny))\b"
        ),
        "rule:why_strength",
    ),
    # "how do I know if I'm doing too much strength work?": the signs, and the article's limits.
    (
        rx.compile(
            r"\bhow (?:do|can|would|will) (?:i|you) (?:know|tell)\b.*\b(?:too much|overdo\w*|overtrain\w*|"
            r"too many|too often|too hard)\b"
        ),
        "rule:comfortable_load",
    ),
    # (r16 zd) "do I walk or jog the recovery?", "recovery jog or walk between reps?": the recovery between
    # hill climbs (jog back down), not the monthly recovery week
    (
        rx.compile(
            r"\b(?:walk|jog)\w* or (?:walk|jog)\w* (?:\w+ )?"
            r"(?:the |my |during the |for the |on the )?"
            r"(?:recovery|recoveries|recover|downs?|back down|way down|"
            r"between (?:reps|repeats|climbs|efforts|hills|intervals|sprints))\b(?! (?:days?|runs?|weeks?))|"
            r"\b(?:recovery|recoveries) (?:jog|walk)s?\b(?! (?:days?|runs?|weeks?))|"
            r"\b(?:recovery|recoveries|recover|between (?:reps|repeats|climbs|efforts)),? (?:\w+ ){0,3}"
            r"(?:walk|jog)\w* or (?:an? )?(?:walk|jog)\w*\b"
        ),
        "exercise:hill_repeats",
    ),
    # "should I ever skip a week?", "do I need a week off?": the monthly recovery week.
    (
        rx.compile(
            rf"^(?!.*\b(?:{_RACE}|taper\w*|injur\w*|pain\w*|hurt\w*)\b)"
            r".*\b(?:(?:omit|skip\w*|take|have|need) (?:a|one|the odd|an easy) (?:week|wk)\b|weeks? off\b|"
            # "how often should I schedule a break from strength training?", "when do I take a rest week?"
            r"(?:rest|recovery|easy|deload|down|off|lighter|cutback|cut back|unloading) weeks?\b"
            r"(?! (?:before|after|of (?:running|the race)|from (?:my )?run\w*))|deload\w*|"
            r"(?:break|time off|rest) from (?:strength|lifting|the gym|the weights|weights|"
            r"leg (?:work|training|workouts?|days?)|squats))"
        ),
        "rule:recovery_week",
    ),
    # "been lifting 7 weeks straight, due a break?", "time to back off?", "squatting twice a week since
    # January without a rest, do I need a breather?": weeks of lifting done, the monthly week off (not
    # how often, which the "2x a week" told would point to).
    (_BREAK_DUE, "rule:recovery_week"),
    # "what part of my leg absorbs the landing?": the quads soak up the shock.
    (
        rx.compile(
            r"^(?!.*\b(?:pain\w*|hurt\w*|sore|ache\w*|shins?|knees?|injur\w*|shoes?)\b)"
            r"(?=.*\b(?:what|which)\b).*\b(?:absorb\w*|soak\w* up|cushion\w*|shock|jolt|impact)\b.*"
            r"\b(?:land\w*|impact|foot ?strike|hit\w* the ground|ground)\b"
        ),
        "muscle:quads",
    ),
    # "which muscle lifts my foot up when I run?": the shin muscles, with the calves.
    (
        rx.compile(
            r"\b(?:what|which)\b.*\b(?:lifts?|raises?|pulls?|"
            r"flex\w*) (?:my |the )?(?:foot|feet|toes?)(?: up)?\b"
        ),
        "muscle:calves",
    ),
    # "what keeps my pelvis level when I run?": the hip muscles hold the joint steady.
    (rx.compile(r"^(?!.*\b(?:pain\w*|hurt\w*|sore|ache\w*)\b).*\bpelvis\b"), "muscle:hips"),
    # "which strength exercise copies running the most?": one-legged work.
    (
        rx.compile(
            r"\b(?:copies|copy|mimics?|mimicking|closest to|most like|similar to|resembles?|specific to) "
            r"(?:the )?running\b|\brunning.specific\b"
        ),
        "rule:one_legged",
    ),
    # "how do I get faster off the start line?", "a better finishing kick": explosive power.
    (
        rx.compile(
            # (r16 zc: "more pop off the start line, are box jumps a thing?": the move named is asked)
            rf"^(?!.*\b(?:plyometric\w*|drills?|ideas?|{_MOVE_NAMED}|skipping|line hops?)\b).*"
            r"\b(?:start line|starting line|off the (?:start|line|"
            r"blocks)|explosive start|faster start|quicker start|"
            r"finishing kick|finishing sprint|kick at the end|sprint finish)\b"
        ),
        "rule:why_strength",
    ),
    # "is leg day worth it (or nah)?", "what's the point of lifting?": why strength work, not how often.
    (
        rx.compile(
            r"^(?!.*\b(?:squats?|lunges?|calf raises?|bridges?|"
            r"step ?ups?|hops|skipping|plyometric\w*|leg press|"
            r""
            r""
            r""
            r"curls?|extensions?|machines?|membership|hills?|treadmill|dumbbells?|kettlebells?|\d+|minutes?|mins?|"
            # (r16 zd) "free weights any point?": the free weights' own point, not lifting's
            r"once|twice|times|short|quick|shin\w*|knees?|injur\w*|pain\w*|older|age|"
            r"free weights?|barbells?)\b)"
            r"(?=.*\b(?:leg ?day|lifting|lift|strength (?:work|training)|weights|leg work|leg workouts?)\b)"
            r".*\b(?:worth (?:it|doing|the (?:time|effort|bother))|"
            r"any point|the point of|worthwhile|bother(?:ing)?)\b"
        ),
        "rule:why_strength",
    ),
    # "Ironman base phase, good time to start strength?", "when in my training year should I begin
    # lifting?": the article's season for it (the off-season), not how long a session takes.
    (_WHEN_START, "rule:off_season"),
    # "is leg day ok in the cold?", "strength work when it's icy out": the off-season / weather rule.
    (
        rx.compile(
            rf"^(?!.*\b(?:(?:a|got|have|with) (?:a )?cold|shin\w*|knees?|pain\w*)\b)"
            rf"(?!.*(?<!\bdont )(?<!\bnot )(?<!\bno )(?<!\bany )\b{_RACE}s?\b)"
            rf"(?=.*\b(?:{_LIFT}|legs|leg work)\b)"
            r".*\b(?:in the (?:cold|snow|rain|dark|winter|wet|heat)|"
            r"when (?:its|it is) (?:cold|icy|snowing|raining|dark)|"
            rf"icy|snowy|winter|weather|{_WET})\b"
        ),
        "rule:off_season",
    ),
    # "lift the day after my long run or the day before?": the hard-run-day rule, either day.
    (
        rx.compile(
            rf"^(?!.*\b{_RACE}\b).*(?:\bday after\b.*\bor\b.*\bbefore\b|\bday before\b.*\bor\b.*\bafter\b)"
        ),
        "rule:hard_run_day",
    ),
    # "do I need weights to get strong legs?": no, bodyweight works (an exercise named keeps its card).
    (
        rx.compile(
            r"^(?!.*\b(?:calf raises?|squats?|lunges?|bridges?|"
            r"step ?ups?|hamstring|leg press|hops|plyometric\w*)\b)"
            # ("do I need any equipment?" alone is a follow-up about the exercise just asked about)
            r".*\bneed (?:any |some )?(?:weights|dumbbells|equipment|kit)\b (?:\w+ )?(?:to|for|as)\b"
        ),
        "rule:home_workout",
    ),
    # "soleus vs gastrocnemius": the two calf muscles.
    (rx.compile(r"\b(?:soleus|gastroc\w*)\b"), "muscle:calves"),
    # "which muscles do the work when I push off?", "what gives me spring at toe-off": the calves.
    (
        rx.compile(
            r"\b(?:which|what) (?:\w+ )?muscles?\b.*\b(?:push(?:es|ing)? off|toe ?off|spring\w*|propel\w*|"
            r"drive me forward|launch\w*)\b|"
            r"\b(?:push(?:es|ing)? off|toe ?off)\b.*\b(?:which|what) (?:\w+ )?muscles?\b"
        ),
        "muscle:calves",
    ),
    # "how do I get more pop off the ground", "more spring in my stride": plyometrics.
    (
        rx.compile(
            r"^(?!.*\b(?:hills?|uphill|muscles?|pain|sore|hurt\w*|bulk\w*|big|huge|heavy)\b)"
            r".*\b(?:more|better|extra|get|add|build|need|want|"
            r"improve) (?:\w+ ){0,2}(?:pop|spring|springiness|"
            r"springy|bounce|bouncy|explosive\w*|snap|oomph)\b"
        ),
        "rule:plyometrics",
    ),
    # "should air go in or out when I push?", "do I exhale on the way up": breathing.
    (
        rx.compile(
            r"^(?!.*\b(?:lock\w*|knees?|form|slow\w*|fast|speed|depth|deep|tempo|and how|leg press|squats?|"
            r"lunges?|calf raises?|step ?ups?|bridges?|curls?|extensions?|hops)\b)"
            r".*\b(?:breath\w*|exhal\w*|inhal\w*|air)\b.*\b(?:in|out|up|down|push\w*|lift\w*|effort|press\w*|"
            r"rep|reps|squat\w*)\b|\b(?:blow out|breathe out|breathe in)\b"
        ),
        "rule:breathing",
    ),
    # "I slump/hunch/lean forward late in long runs": weak glutes (the article's link), not a card
    # or the whole muscles list.
    (
        rx.compile(
            r""
            r""
            r""
            r"^(?=.*\b(?:run\w*|race\w*|marathon|miles?|km|tired|end|late|last|finish\w*|cooked|fatigue\w*)\b)"
            r"(?=.*\b(?:weak\w*|muscles?|why|strength|stronger|strengthen\w*|fix|help|work on|exercises?)\b)"
            r"(?!.*\b(?:squat\w*|lunge\w*|step ?ups?|deadlifts?|leg press|bridges?|when i lift)\b)"
            r".*\b(?:(?:lean\w*|lent|tip\w*|fold\w*|bend\w*|collaps\w*) (?:\w+ ){0,2}(?:forward|over)|"
            r"slump\w*|hunch\w*|slouch\w*)\b"
        ),
        "muscle:glutes",
    ),
    # "will lifting make me slower?", "is leg day gonna wreck my HM pace": the bulk-and-slow worry,
    # answered No (not the race-day timing, not the benefits list read as "Yes").
    (
        rx.compile(
            r"^(?!.*\b(?:day before|night before|tomorrow|tmrw|days? (?:before|out)|this week|race week)\b)"
            rf"(?=.*\b(?:{_LIFT}|legs|leg work|lifting|strength training)\b)"
            r".*(?:\bslow(?:s|ing)? (?:me|you|us|runners?|\w+ers) down\b|"
            r"\bmake (?:me|you|us|runners?|my legs) (?:\w+ )?slow(?:er)?\b|"
            # ("I'm slower on the hills than I used to be": told, not the worry that lifting slows you)
            r"(?<!\bim )(?<!\bam )(?<!getting )(?<!gotten )(?<!got )(?<!been )(?<!\bgo )(?<!going )"
            r"\bslower\b(?! (?:reps?|tempo|on the way|lowering|pace for|on (?:the )?(?:hills?|climbs?)|up |"
            r"uphill|than (?:i|before|last|\d)|these days|lately|recently|every year|each year))|"
            # ((r17 vd) "leg day ruins your speed": any form of the verb)
            r"\b(?:kill|wreck|ruin|hurt|hamper|cost)(?:s|ed|ing)?(?: me)? (?:my |your |the )?(?:\w+ ){0,2}"
            r"(?:speed|pace|times?|splits|personal best|race|racing|running)\b)"
        ),
        "rule:bulk",
    ),
    # "should I be doing plyos or nah", "are jumping drills worth it for distance runners": plyometrics'
    # own verdict, not the general benefits (no injury asked about, no comparison).
    (
        rx.compile(
            r"^(?!.*\b(?:shin|knee|pain|hurt\w*|injur\w*|sore|vs|versus|instead|compared|home|indoors|inside|"
            r"garden|flat|apartment)\b)"
            r"(?!.*\bor (?!nah|not)\w)"
            r"(?=.*\bplyometric\w*\b)"
            r"(?:(?:are|is|do|does|will|would|can|could|should)\b.*\b(?:useful|worth|good|help\w*|point|"
            r"necessary|need|benefit\w*|doing|do|bother|add|include|start)\b|.*\bor (?:nah|not)\b)"
        ),
        "rule:plyometrics",
    ),
    # "is leg day even worth it if I only race 5ks", "can lifting make my 10k time drop": a benefit of
    # strength work for a race distance, not the race-day timing rule (no timing word is said).
    (
        rx.compile(
            r"^(?!.*\b(?:day before|"
            r"night before|tomorrow|tmrw|week|days|before (?:a|my|the)|after (?:a|my|the)|"
            r"taper\w*|recover\w*|last|when (?:should|do|can|is|to|would)|which day|off ?season|winter|"
            r"not racing)\b|^when\b)"
            # "what leg work would help me on the hills": asks for exercises, which retrieval answers.
            r"(?!.*\b(?:(?:what|"
            r"which) (?:leg |strength |kind of |sort of )?(?:exercises?|work|moves?|drills?|"
            r"should i|would|can i|do i)|how (?:do|should|can) i)\b)"
            r"(?=.*\b(?:race|racing|races|5ks?|10ks?|half marathons?|marathons?|halfs?|ultras?|parkruns?)\b)"
            r"(?=.*\b(?:worth|point|bother\w*|help|helps|benefit\w*|good for|improve\w*|faster|quicker|pb|pr|"
            r"(?:time|"
            r"pb|pr) drop|drop (?:my |a |the |some )?(?:\w+ )?(?:time|pb|pr|minutes|seconds|mins|secs))\b)"
            rf"(?=.*\b(?:{_LIFT}|legs|leg work|lifting)\b)"
        ),
        "rule:why_strength",
    ),
    # "will lifting make my stride longer", "do strong legs protect tendons", "legs die late in races":
    # the article's reasons for strength work.
    (
        rx.compile(
            # (a symptom told or a lift described, "my tendon aches lifting up onto my toes", "stride
            # still short even with weights": not the benefits)
            r"^(?!.*\b(?:ache\w*|aching|hurt\w*|pain\w*|sore\w*|click\w*|crack\w*|cramp\w*|twing\w*|"
            r"niggl\w*|sloppy|even with|despite|even though)\b)(?!.*\blift\w* (?:up|onto|on to)\b)"
            # ("what muscles do I need to strengthen for running?": which muscles, not whether to lift)
            r"(?!.*\b(?:which|what|whats) (?:\w+ )?(?:muscles?|muscle groups?|parts?|bits)\b).*(?:"
            rf"\b{_BENEFIT}\b.*\b(?:joints?|tendons?|ligaments?|stride|running economy|oxygen)\b|"
            r"\b(?:joints?|tendons?|ligaments?|stride)\b.*\b(?:stronger|"
            r"strength|lift\w*|weights|gym|leg work|leg day|squats?)\b|"
            r"\b(?:is|isnt) (?:just )?running (?:alone |on its own )?enough\b|"
            r"\b(?:do|does) (?:runners?|i|we|you) (?:even |really |"
            r"actually )?need (?:to (?:do )?)?(?:lift|strength|"
            r"(?<=to )weights|(?<=do )weights|leg work|leg day|lifting)(?!.*\b(?:for|"
            r"on|with|to do) (?:the |my )?(?:calf raises?|squats?|lunges?|"
            r"bridges?|step ?ups?|hamstring|wall|one legged|hip|leg press|hops)\b)|"
            r"\b(?:jelly|dead|die|dying|fade|fading)\b.*\b(?:end|late|last|final|finish)\b)"
        ),
        "rule:why_strength",
    ),
    # "my bro says running IS leg day": running alone is not enough.
    (
        rx.compile(
            r"\b(?:running|run|runs|miles)\b (?:is|counts? as|=|as|basically|already|kind of)"
            r"(?: (?:a|basically|really|just|already|like|kinda|pretty much|real|proper|enough))?"
            r" (?:leg ?day|leg work|strength (?:work|training)|a leg workout|lifting|strength)\b(?! is\b)"
        ),
        "rule:why_strength",
    ),
    # "I skip leg day because I run anyway, bad idea?": running alone is not enough.
    (
        rx.compile(
            r"\b(?:skip\w*|omit\w*|ditch\w*|drop\w*)\b (?:\w+ ){0,2}"
            r"(?:leg ?day|legs|strength|lifting|weights)\b"
            r".*\b(?:run|running|runs)\b"
        ),
        "rule:why_strength",
    ),
    # "do I gotta hit legs if I'm a runner": yes, running alone is not enough.
    (
        rx.compile(
            r"\b(?:gotta|got to|have to|need to|must) (?:hit|do|train|bother with) (?:legs|leg day)\b"
        ),
        "rule:why_strength",
    ),
    # "running is so hard, why doesn't it build strength?", "how come all my miles don't make my legs
    # strong?": why running itself isn't strength work (the article's reason), not a hard-run day.
    (
        rx.compile(
            r"^(?=.*\b(?:run|running|runs|miles|mileage|jogging|km)\b)"
            r".*\b(?:why|how come)\b (?:\w+ ){0,3}?(?:doesnt|does not|dont|do not|wont|cant|isnt|is not|"
            r"arent|didnt|havent|hasnt)\b (?:\w+ ){0,5}?(?:build\w*|make\w*|give\w*|count\w*|strengthen\w*|"
            r"enough|strength|strong|stronger|train\w*)\b"
        ),
        "rule:why_strength",
    ),
    # "why can't I just run more to get stronger legs": running alone is not enough.
    (
        rx.compile(
            # (r18 ta) "I reckon I just need to run more": the same, told as a claim
            r"\b(?:just|only|simply) (?:need to |have to |got to |gotta |should )?(?:run|running) "
            r"(?:more|further|longer|extra)\b|"
            # (r15 xe) "leg work or just add more miles?"
            r"\bor (?:just |only |simply )(?:add|do|log|put in|run) (?:more|extra) (?:miles|mileage|running|"
            r"km|kms)\b|"
            # (r15 yb) "should I just run?", "why not only run", "do I need anything besides running?":
            # whether running alone will do (not the order of a run and a lift on one day)
            r"^(?!.*\b(?:race|pain\w*|hurt\w*|injur\w*|sore\w*|through|first|after|before|then|easy|"
            r"tomorrow|today|tonight|day)\b)(?:.*\b(?:should|can|could|do|shall|why not|cant|"
            r"wouldnt) (?:i |we |you )?"
            r"(?:not )?(?:just|only|simply) (?:run|running|jog|jogging)(?: (?:more|instead|then))?\s*$|"
            r".*\b(?:anything|something|stuff|more) (?:other than|besides|apart from|beyond|"
            r"on top of|as well as|"
            r"except) (?:my )?(?:running|run|runs|miles|mileage)\b)"
        ),
        "rule:why_strength",
    ),
    # "legs in the morning and run in the evening": the order of run and strength on one day.
    (
        rx.compile(
            r"^(?!.*\b(?:race|racing|marathon|half|parkrun|ultra|stretch\w*|warm\w*|(?:night|day) before|"
            r"tomorrow)\b)"
            # "I lift in the evening, how many sets?": a dose ask; the time of day is background.
            r"(?!.*\b(?:how (?:many|much|long|heavy|often|do i do)|sets|reps|what exercises|which exercises|"
            r"routine|program\w*|programme)\b)"
            rf"(?=.*\b{_LIFT}\b|.*\blegs\b)"
            r"(?=.*\b(?:better|best|worse|matter|matters|ok|okay|fine|alright|good|bad|should i|can i|"
            r"could i|or|first|then|order|when|same day|after|before)\b)"
            # ...and a run said, or two times of day compared ("squats on my lunch break?" is neither).
            r"(?=.*\b(?:run|runs|running|ran|jog\w*|5k|10k|miles|time of day|what time|best time)\b|"
            r".*\b(?:morning|evening|afternoon|night|am|pm|lunch ?time|lunch)\b.*"
            r"\b(?:morning|evening|afternoon|night|am|pm|lunch ?time|lunch)\b)"
            r".*\b(?:morning|evening|afternoon|night|\d+ ?(?:am|pm)|lunch ?time|lunch)\b"
        ),
        "rule:run_first",
    ),
    # "live somewhere flat, how do I do hill training": no hill, so the treadmill or plyometrics.
    (
        rx.compile(
            # ("the only hills near me are steep": hills they have, too steep; not none)
            r"\b(?:flat|no hills?|without (?:a |any )?hills?|(?:arent|are no|isnt|dont have|no|any) (?:\w+ )?"
            r"hills? (?:near|around) me)\b.*\bhill|"
            r"\bhill\w*\b.*\b(?:flat|no hills?|without (?:a |any )?hills?)\b"
        ),
        "equipment:hill",
    ),
    # "90-minute gym sessions, heavy leg day twice a week, is that too much?": don't go to extremes.
    (
        rx.compile(
            # (anchored: the exclusions must look at the whole question, not from a later position)
            r"^(?=.*\b(?:too much|overdo\w*|overkill)\b)(?!.*\bhow (?:many|much|long)\b)"
            r"(?=.*\b(?:sessions?|minutes|mins|hours?|sets|reps|exercises|heavy|heavier|\d+)\b)"
            rf"(?!.*\b{_HARD}\b)"
            r"(?!.*\b(?:race|tomorrow|stretch\w*|every (?:single )?day|daily|"
            r"(?:[3-7]|three|four|five|six|seven) (?:times|days)|"
            # (r16 zd) "is three strength sessions a week overkill?": how often, the frequency rule's
            r"(?:[2-7]|two|three|four|five|six|seven) (?:\w+ )?(?:sessions?|workouts?|x) "
            r"(?:a|per|each|every) week)\b)"
        ),
        "rule:comfortable_load",
    ),
    # "which one first", "lift before or after my easy run": the order of run and strength.
    (
        rx.compile(
            r"\bwhich (?:one |comes |should come |goes |do i do )?first\b|"
            # (r16 zc) "strength or run first same day?", "run or weights first": the order of the two
            rf"^(?!.*\b{_HARD}\b).*(?:\b(?:{_LIFT}|legs)\b (?:\w+ )?or (?:\w+ )?(?:run|runs|running)\b "
            rf"(?:\w+ )?first\b|"
            rf"\b(?:run|runs|running)\b (?:\w+ )?or (?:\w+ )?(?:{_LIFT}|legs)\b (?:\w+ )?first\b)|"
            # (r16 zd) "strength or run first same day?", "run or gym first?": the order of the two
            # (the message's last words: "run or gym first, and does it matter if...?" asks two things)
            r"\b(?:lift\w*|strength|weights|gym|legs|leg day|squats?|the gym) or (?:a |the |my )?"
            r"(?:run|running|runs)(?: \w+)? first(?: \w+){0,4}$|"
            r"\b(?:run|running|runs) or (?:the )?(?:lift\w*|strength|weights|gym|legs|leg day|squats?)"
            r"(?: \w+)? first(?: \w+){0,4}$|"
            r"^(?!.*\b(?:stretch\w*|warm\w*)\b).*"
            r"(?:\b(?:before or after|after or before)\b.*\b(?:run|runs|running)\b"
            r"|\b(?:run|runs|running)\b.*\b(?:before or after|after or before)\b)"
        ),
        "rule:run_first",
    ),
    # "what plyometric exercises are good", "plyo ideas": the plyometrics rule, not balance training.
    (
        rx.compile(
            r"\b(?:what|which|any|best|good|some)\b.*\bplyometric\w*\b.*\b(?:exercises?|drills?|moves?)\b|"
            r"\bplyometric\w* (?:ideas|exercises|drills|moves)\b"
        ),
        "rule:plyometrics",
    ),
    # "hill sprints instead of the gym", "skip the gym": gym or home, not the missing kit.
    (rx.compile(r"\binstead of (?:the |a )?gym\b|\b(?:skip|ditch|quit) the gym\b"), "rule:gym_vs_home"),
    # "keep my quads and hamstrings balanced": the balance of opposing muscles.
    (
        rx.compile(r"\bbalanc\w*\b.*\bquads?\b.*\bhamstrings?\b|\bquads?\b.*\bhamstrings?\b.*\bbalanc\w*\b"),
        "rule:opposing_balance",
    ),
    (
        rx.compile(rf"\b(?:race|marathon|taper) week\b|\bweek of (?:the|my|a) {_RACE}\b|{_EVENT_WEEK}"),
        "rule:race_day",
    ),
    # "police test in 8 weeks, should I even bother with strength this close?": keep at it till then.
    (
        rx.compile(
            rf"^(?=.*\b(?:{_RACE}|{_TEST_EVENT})\b)(?=.*(?:{_WEEKS_TO_GO}))"
            r"(?=.*\b(?:strength|lift\w*|legs|leg (?:work|days?|sessions?)|gym|weights|squats?)\b)"
            r".*\b(?:bother\w*|worth\w*|keep|still|stop|continue|carry on|this close|so close|too close|"
            r"drop|quit|pause|cut)\b"
        ),
        "rule:race_day",
    ),
    (
        rx.compile(r"\b(?:how|where|when) (?:do|can|should|would) i (?:fit|put|slot|schedule)\b"),
        "rule:frequency",
    ),
    # One ask about lifting on a hard-run day; "run first or lift first?" and race days are others.
    (
        rx.compile(
            # ("run first or lift first?" is the order rule; "good or bad", "yay or nay" are yes/no tails)
            rf"^(?!.*\b(?:or(?! (?:bad|not|nah|nay|no)\b)|"
            # ("what does a hill session for strength look like?" asks what the session is, not when)
            rf"race|first|vs|versus|compared|than|(?:session|workout) (?:\w+ ){{0,4}}looks? like|"
            rf"structure (?:a|an|my) (?:\w+ ){{0,2}}session|"
            # ("what grade for hill repeats, legs turn to jelly": the hill workout's own figure)
            rf"how steep|what (?:grade|gradient|incline|slope)|how many (?:hill |reps|repeats|times up))\b)"
            rf".*?(?:\b(?:{_LIFT}|{_LEGS})\b (?:\w+ ){{0,6}}?{_HARD}\b|"
            rf"\b{_HARD}\b (?:\w+ ){{0,6}}?(?:{_LIFT}|legs)\b)"
        ),
        "rule:hard_run_day",
    ),
    # "after an easy 30 min jog can I go straight into a leg workout?": the order of run and lift on
    # one day (a hard run said is caught above), not the session length the minutes point to.
    (
        rx.compile(
            rf"^(?!.*\b(?:sore|aches?|aching|hurts?|hurting|pain\w*|tight|stiff|{_RACE})\b)"
            r"(?=.*\b(?:can|could|should|ok|okay|fine|alright|good|bad|straight|right|directly|then)\b)"
            rf".*(?:\b(?:after|following|post) (?:my |an |a |"
            rf"the )?(?:\w+ ){{0,3}}(?:run|jog|runs)\b.*\b{_LIFT}\b|"
            rf"\b{_LIFT}\b.*\b(?:after|following|post) (?:my |an |a |the )?(?:\w+ ){{0,3}}(?:run|jog|runs)\b)"
        ),
        "rule:run_first",
    ),
    # "how many days a week can I lift without hurting my running?": how often.
    (
        rx.compile(
            rf"^(?!.*\b{_RACE}\b).*\bhow (?:many|often)\b(?:.*\b(?:days?|times|sessions)\b "
            r"(?:a|per|each|every|in a) week\b|.*\b(?:lift\w*|strength|"
            r"legs|leg days?|gym|weights)\b.*\b(?:a|per) week\b)"
        ),
        "rule:frequency",
    ),
    # "what's the minimum that works?", "least I can get away with": the shortest worthwhile dose.
    (rx.compile(r"\b(?:bare )?minimum\b|\bthe least (?:i|amount|you)\b"), "rule:time_needed"),
    # "legs 5 days a week to get faster?", "leg day two days in a row": how often, whatever else it says.
    (
        rx.compile(
            rf"^(?!.*\b{_RACE}\b).*(?:\b(?:[2-7]|two|three|four|five|six|seven) (?:days?|times|x) "
            r"(?:a|per|each|every) week\b|\bevery ?day\b|\bdaily\b|\b(?:two|2|back to back|consecutive) days"
            r"(?: in a row)?\b|\b(?:days?|sessions|times) in a row\b|"
            r"\bbetween (?:two |my |the |each )?(?:leg |strength )?"
            r"(?:sessions|workouts|leg days)\b)"
        ),
        "rule:frequency",
    ),
    (
        rx.compile(rf"\b{_RACE}\b.*\b(?:last|final) (?:leg|strength|gym|lifting|workout|session)"),
        "rule:race_day",
    ),
    # "when is my last strength session?", "what day should my final leg workout be": the last one
    # before a race (no other "last session" has a when), not the stretch at the end of a session.
    (
        rx.compile(
            r"\b(?:when|what day|which day)\b.*\b(?:last|final) (?:\w+ )?(?:leg|strength|gym|lifting|lift|"
            r"weights|heavy) ?(?:day|session|workout|lift)?\b|"
            # "what's the latest I can do legs?", "when do I stop squats?" (before the race)
            r"\bthe latest (?:day )?(?:i|you) (?:can|could|should) (?:still )?(?:do|lift|train|hit|squat)\b|"
            r"\bwhen (?:do|should|must) (?:i|you) (?:stop|quit|cut out|drop|pause|taper) (?:the )?(?:lifting|"
            r"squats?|lunges?|legs|leg ?days?|strength|weights|gym)\b"
        ),
        "rule:race_day",
    ),
    (
        rx.compile(rf"\b(?:day before|night before|tomorrow|days? (?:before|out from))\b.*\b{_RACE}\b"),
        "rule:race_day",
    ),
    (
        rx.compile(rf"\b{_RACE}\b.*\b(?:day before|night before|tomorrow|days? (?:before|out))\b"),
        "rule:race_day",
    ),
)


_HILLS_AS_STRENGTH = rx.compile(
    r"\bhill (?:reps|repeats|sprints|work)\b (?:\w+ ){0,2}(?:as|for|count as|counts as|instead of) "
    r"(?:my |a |the )?(?:strength|leg)|"
    # "should I add hill sprints to build leg strength?", "hills to get stronger legs": the hills are the
    # strength work asked about, not a hard run to keep it away from
    r"\b(?:hill (?:reps|repeats|sprints|climbs|running|work|sessions?)|hills|uphill (?:sprints|reps))\b "
    r"(?:\w+ ){0,3}?(?:build\w*|get(?: me)?|gets|getting|gain\w*|improv\w*|develop\w*|boost\w*|increas\w*|"
    r"add\w*|work on|for|more) (?:my |some |more |the |real |extra )?(?:leg |lower body |muscle )?"
    r"(?:strength|stronger|power|muscle)\b|"
    r"^(?:hill (?:reps|repeats|sprints|running|work)|hills) (?:are |is |equals? )?(?:strength|resistance) "
    r"(?:work|training)\b|"
    r"\bhow (?:should|do|can|would) i (?:\w+ ){0,3}hill (?:reps|repeats|sprints)\b|"
    # (r17 vd) "the right way to do hill repeats if the goal is leg strength": strength is the hills' aim,
    # no lifting session beside them (a lift, a gym or a second hard run said keeps the hard-run rule)
    r"^(?!.*\b(?:lift\w*|gym|weights|squats?|lunges?|leg ?day|tempo|intervals?|long run|track|fartlek)\b)"
    r"(?=.*\bhill (?:reps|repeats|sprints|climbs|running|work|sessions?)\b)"
    r".*\b(?:(?:if|when|since|as) (?:the |my |your )?(?:goal|aim|point|idea|focus|target) (?:is|was|s) |"
    r"if (?:i|you|im|you re|i am) (?:want|wanna|need|after|m after|re after|trying) |"
    r"(?:goal|aim) (?:is|of|being) |(?:with|for) (?:the )?(?:goal|aim) of )(?:\w+ ){0,3}?"
    r"(?:leg |more |real |building |build |get\w* |gain\w* )?(?:strength|stronger|power|muscle)\b"
)


def asks_if_it_helps(question: str) -> bool:
    """Does the (normalised) question ask whether strength work would help a goal it names ("PB in 8
    wks, lifting gonna help or nah")?"""
    return _WOULD_HELP.search(question) is not None


def steer(question: str) -> str | None:
    """The topic a (normalised) question is surely about, before retrieval, or None."""
    m = _LAGGING.search(question)
    if m is not None and _FIX_ASK.search(question):
        # "my quads are massive but my hamstrings are noodles, fix?": the lagging group's exercises
        return _MUSCLE_OF[m.group(1)]
    for pattern, topic in _STEER:
        m = pattern.search(without_run_frequency(question) if topic == "rule:frequency" else question)
        if m is None:
            continue
        if topic == "rule:hard_run_day" and _DAY_WORD.search(m.group(0)) and not _NOT_DAY.search(question):
            continue  # "leg day every Monday and long run Sunday": two days, the week reader's case
        if topic == "rule:hard_run_day" and _HILLS_AS_STRENGTH.search(question):
            continue  # "how should I set up hill repeats as strength work?": the hills are the strength work
        return topic
    if week_verdict(question, lift_only=False) is not None:
        # "LR on sun, legs sat?": the runner's week, checked against the hard-run and race-day rules.
        return "rule:race_day" if _week(question)["race"] else "rule:hard_run_day"
    m = _WEAK_ONE.search(question)
    if (
        m is not None
        and "what exercises fix it" in question
        and len(set(_MUSCLES_SAID.findall(question))) == 1
    ):
        # "my calves are noodles on hills, fix?" (content/questions.py spells the ask out): its exercises
        return _MUSCLE_OF[m.group(1)]
    m = _MUSCLE_WORK.search(question)
    if m and not _NOT_MUSCLE_WORK.search(question):
        # "hip strengthening exercises for runners", "best ham exercises": that muscle's exercises.
        return _MUSCLE_OF[m.group(1) or m.group(2)]
    return None


_MUSCLE_OF = {
    "hip": "muscle:hips",
    "glute": "muscle:glutes",
    "butt": "muscle:glutes",
    "quad": "muscle:quads",
    "hamstring": "muscle:hamstrings",
    "ham": "muscle:hamstrings",
    "hammies": "muscle:hamstrings",
    "calf": "muscle:calves",
    "calve": "muscle:calves",
}
_MUSCLE_NAME = r"(?:hips?|glutes?|butt|quads?|quadriceps|hamstrings?|hammies|calf|calves)"
_LAGGING = rx.compile(
    rf"\b{_MUSCLE_NAME} (?:are |is |r |feel |seem )?(?:\w+ ){{0,2}}?"
    r"(?:strong|massive|big|huge|fine|solid|jacked|"
    rf"good|ok|okay|stacked|overdeveloped|dominant)\b,? (?:(?:but|while|and|whereas) )?(?:my |the )?"
    r"(hip|glute|butt|quad|hamstring|ham|calf|calve)(?:s|mies)? (?:are |is |r |feel |seem )?(?:\w+ ){0,2}?"
    r"(?:weak\w*|noodles?|jelly|tiny|lagging|behind|nothing|useless|soft|puny|skinny|non ?existent)\b"
)
_WEAK_ONE = rx.compile(
    r"\b(hip|glute|butt|quad|hamstring|ham|calf|calve)(?:s|mies)? (?:are |is |r |feel |feel like |seem )?"
    r"(?:\w+ ){0,3}?(?:weak\w*|noodles?|jelly|tiny|lagging|behind|useless|soft|puny|skinny)\b"
)
_MUSCLES_SAID = rx.compile(r"\b(hip|glute|butt|quad|hamstring|ham|calf|calve)(?:s|mies)?\b")
_FIX_ASK = rx.compile(
    r"\b(?:fix\w*|what (?:exercises?|moves?|should|can|do)|which|how (?:do|can|should) i|help|tips|advice|"
    r"exercises?|balance)\b"
)
_MUSCLE_WORK = rx.compile(
    r"\b(?:what (?:are )?(?:the |some )?|which |any |best |good |top |some )?(?:good |best )?"
    r"(hip|glute|butt|quad|hamstring|ham|calf|calve)s? (?:stren\w* |gains? |strength )?"
    r"(?:exer\w*|excer\w*|moves?|workouts?|tips)\b"
    r"|\b(?:exer\w*|excer\w*|moves?|workouts?) (?:for|to strengthen) (?:my |the |your )?"
    r"(hip|glute|butt|quad|hamstring|ham|calf|calve)s?\b"
)
_NOT_MUSCLE_WORK = rx.compile(
    r"\b(?:pain|hurts?|sore|ache|aches|aching|injur\w*|or|and|vs|versus|instead|without|no|how do i do|"
    # ("how do you do the hip strengthener exercise with ankle weights?": that exercise, not the list)
    r"how (?:do|should|can|would) (?:you|we|one) (?:do|perform)|the hip strengthen\w*|ankle weights?)\b"
)
