"""A plan from the runner's own constraints: "I have 20 minutes and only machines, what do I do?"

A message that tells what the runner has (machines, dumbbells, an exercise ball, stairs, a chair,
only home) or how long they have, and asks an open "what should I do / what can I do / how do I fit
it in", gets the exercises that fit that kit (never a "No chair?" to someone who has one), one dose
line, the time and how often — in one short reply, instead of one topic's card.

Pure: regexes on the normalised message and the exercise table; no I/O.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from content import rx
from content.anatomy import MUSCLES
from content.exercises import EXERCISES
from content.guidance import EQUIPMENT
from content.model import Equipment, Exercise
from content.text import normalize as normalize_name
from content.verdicts import GET_READY, _settles

# Dumbbells named (the kit table's entry; situation.py asks it of a told kit list too)
DUMBBELLS_SAID = rx.compile(r"\b(?:dumbbells?|free weights)\b")
# What the runner says they have; "no free weights" / "no gym" are read as not having them.
_KIT: tuple[tuple[str, re.Pattern[str], tuple[str, ...]], ...] = (
    # (a smith or cable machine is not one of the article's leg machines)
    ("machines", rx.compile(r"\b(?<!smith )(?<!cable )(?:machines?|leg press)\b"), ("machine", "treadmill")),
    ("dumbbells", DUMBBELLS_SAID, ("dumbbell",)),
    ("a kettlebell", rx.compile(r"\b(?:kettlebells?|kettle bells?|kb)\b"), ("dumbbell",)),
    (
        "an exercise ball",
        rx.compile(r"\b(?:exercise|yoga|swiss|stability|gym|fit) ball\b"),
        ("exercise ball",),
    ),
    ("ankle weights", rx.compile(r"\bankle (?:weights?|straps?)\b"), ("ankle weight",)),
    # a backpack loaded with books, a weighted vest: one load worn, held like a dumbbell's weight
    (
        "a loaded backpack",
        rx.compile(r"\b(?:back ?packs?|rucksacks?|weighted vests?|weight vests?)\b"),
        ("dumbbell",),
    ),
    (
        "stairs",
        rx.compile(r"\b(?:stairs?|stair ?(?:case|way|well)s?|flights? of stairs|steps?(?! ?ups?\b))\b"),
        ("step", "bench"),
    ),
    ("a bench", rx.compile(r"\b(?:bench|benches|box|boxes)\b"), ("step", "bench")),
    ("a chair", rx.compile(r"\b(?:chairs?|sofa|couch)\b(?! to)"), ("chair",)),
    # a log, a rock, a picnic table outdoors: a step (and a heel rest) if it can't roll
    (
        "a log",
        # (xb) "the floor rocks", "the boat rocks": a floor that moves, not a rock to step on
        rx.compile(
            r"\b(?:logs?|tree stumps?|stumps?|(?<!floor )(?<!deck )(?<!boat )(?<!it )(?<!that )rocks?|"
            r"boulders?|picnic tables?)\b"
        ),
        ("step",),
    ),
    (
        "a gym",
        # ("can the stairwell be my gym?": not a gym they have)
        rx.compile(
            # (r14 wb: "nothing but gym benches", "gym mats", "school gym hall": a hall's kit, not a gym's)
            r"\b(?<!be my )(?<!be a )(?<!as my )(?<!as a )(?:gym|weights? room|fitness "
            r"cent(?:er|re))\b(?! (?:ball|bench|benches|mats?|hall|floor|class|lesson|teacher|unit)\b)"
        ),
        ("machine", "dumbbell"),
    ),
)
_NOT = rx.compile(
    r"\b(?:no|zero|without|dont have|dont own|do not have|do not own|havent got|not|nor|instead of|"
    # (r17 ve) "not even a step", "I don't even have a step"
    r"(?:dont|do not) even (?:have|own))\s+(?:even\s+)?"
    r"(?:any\s+|an?\s+)?(?:\w+\s+)?"
    r"(?:(?:or|nor) (?:an?\s+|any\s+)?(?:\w+\s+)?)?$|"
    r"\b(?:no|not enough|not much|zero) (?:room|space) (?:for|to (?:put|fit|set up))\s+(?:an?\s+|any\s+)?$|"
    r"\b(?:nowhere to (?:put|fit|keep)|(?:cant|cannot|can not|couldnt) fit)\s+(?:an?\s+|any\s+)?$|"
    # "can't stand gyms", "I hate the gym": not kit they use
    # (r19 tl) "I've always skipped the gym": not kit they use
    r"\b(?:hate|hates|cant stand|cannot stand|dislike|loathe|not a fan of|dont like|dont enjoy|avoid|avoided|"
    r"skip|skipped|skipping|omit|omitted|omitting|"
    # "ideas that arent machines", "anything besides the machines", "sick of the leg press": not that kit
    r"arent|aren t|isnt|other than|besides|apart from|except(?: for)?|bored (?:of|with)|sick of|tired of|"
    r"fed up with|done with|dont want(?: to (?:use|join|pay for|go to))?|"
    r"intimidated by|scared of|no interest in|nervous about|anxious about|afraid of|terrified of|wary of|"
    # "can't afford a gym", "can't justify the gym": not kit they have
    r"put off by|cant afford|cannot afford|can not afford|cant justify|priced out of)\s+"
    r"(?:the\s+|a\s+|going to (?:the |a )?)?$|"
    # "never been inside a gym", "never set foot in a gym": a beginner, not kit they have
    r"\bnever (?:been|set foot|stepped|gone|walked) (?:inside |in |into |to )(?:a |the |any )?$|"
    # "I don't have time for the gym", "can't get to a gym", "no access to a gym": not kit they have
    # "I'd rather train outside than in a gym"
    r"\b(?:rather|prefer(?:ably)?)\b(?: \w+){0,5} than (?:in |at |going to |use |using )?(?:a |the |my )?$|"
    r"\b(?:no|dont have|havent got|dont get|never have)\s+(?:the\s+|any\s+)?(?:time|access|money|budget)\s+"
    r"(?:for|to|at)\s+(?:go\s+to\s+|get\s+to\s+)?(?:a\s+|the\s+|my\s+)?$|"
    r"\b(?:cant|cannot|can not|unable to|never) (?:get|go|make it) to (?:a |the |my )?$"
)
_HOME = rx.compile(
    # ("on the flat" is level ground, not a flat to live in)
    r"\b(?:at home|home|no gym|living room|house|bungalow|(?:my|our|small|tiny|rented|student|floor) flat|"
    r"apartment|"
    r"studio(?: flat| apartment)?|floor space|bit of floor|dorm(?: room)?|bedsit|"
    # "all I've got is my room and the stairwell"
    r"(?:my|our|a|the) (?:bed ?room|dorm(?: room)?|room)(?! (?:for|to) )|halls of residence)\b"
)
# Training outdoors with no kit (a park, a track) or kept indoors by the weather: bodyweight work.
_OUTDOOR = rx.compile(
    r"\b(?:(?:in|at) (?:a |the |my |our |local )?park|(?:a|the|local) park "
    r"(?:near|by|nearby|round|close|with|has|that has)|camping|campsite|(?:in|from) (?:a|my|the) tent|"
    r"(?:a|the|running|athletics|local|"
    r"school) track(?! session)|"
    r"outdoors|(?:train|training|workout|work out|exercise|lift) outside|playing fields?|playground|"
    r"(?:on|in|at) (?:a|the) (?:grass )?field|"
    # (xb) "on a school field", "at our playing field"
    r"(?:on|at) (?:a|the|our|my) (?:school |sports |grass |football |rugby |local )?(?:playing )?fields?|"
    r"(?:be|being|stay|staying) outside|"
    # (r17 ue) "a bit of tarmac next to the wagon", "in a lay-by", "at truck stops": roadside, no chair
    r"lay ?bys?|car ?parks?|truck ?stops?|service stations?|roadside|(?:side of|verge of) the road|"
    r"(?:a bit|patch|strip) of (?:tarmac|grass|concrete)|"
    r"(?:next to|beside|by) (?:the|my|our) (?:car|van|truck|lorry|wagon|cab|motorhome|camper))\b"
)
# (r14 wb) "I run on the beach, just sand and some dunes": outdoors when no gym or kit is told as well
_BEACH = rx.compile(
    r"\b(?:(?:on|at|by|near) (?:the |a )?(?:beach|seafront|sea front|sand)|beach runs?|sand ?dunes?|dunes|"
    r"just (?:the )?(?:sand|beach|woods|fields?|trails?))\b"
)
# (r14 wb) "how do I strength train?", "how can I build leg strength?": with a constraint told, the plan
_HOW_TRAIN = rx.compile(
    r"\bhow (?:do|can|should|would|could) (?:i|we|you) (?:\w+ )?(?:strength train|train (?:my )?(?:legs|"
    r"strength)|build (?:up )?(?:my )?(?:leg )?(?:strength|legs)|get (?:my )?(?:legs )?stronger|"
    r"strengthen (?:my )?legs|do (?:any )?(?:leg |strength )(?:work|training)|"
    # (r19 ti) "how do I keep up leg strength?", "how can I keep doing leg work?" while away
    r"(?:keep up|keep doing|maintain|keep on top of|stay on top of) (?:my |some |any )?(?:leg |strength )?"
    r"(?:strength|work|training|legs|workouts?|sessions?))\b"
)
_WEATHER = rx.compile(
    r"\b(?:snow(?:ed|ing|y|storm|bound)?|iced over|icy|ice and snow|blizzards?|sub zero|freezing (?:cold|"
    r"weather)|"
    r"heat ?wave|wildfire smoke|monsoon\w*|(?:roads?|paths?|trails?|streets?) (?:\w+ )?flood\w*|"
    r"flood(?:ed|ing) (?:roads?|paths?|trails?|streets?)|typhoons?|hurricanes?|"
    r"(?:sheet|black) ice|ice on the (?:roads?|paths?|pavements?|trails?))\b"
)
WEATHER_LINE = (
    "Good use of the time: the article says strength work fits well into the off-season and spells when "
    "the weather cuts your running short."
)
# (r17 va) A season or weather that keeps runs short, told ("winter", "the rain", "the off-season") ...
_SEASON_TOLD = rx.compile(
    r"\b(?:winter|off ?season|between seasons|dark (?:evenings?|mornings?|nights?)|rain(?:ing|y)?|"
    r"(?:grim|bad|awful|horrible|miserable|foul|wet|cold) weather|weather(?:s|s is)? (?:turning|getting|is)|"
    r"snow\w*|icy)\b"
)
# ... and a verdict asked of using it for strength ("reasonable plan?", "good time to build strength?").
_PLAN_VERDICT = rx.compile(
    r"\b(?:good|right|smart|sensible|reasonable|wise|decent) (?:time|idea|moment|plan|approach|shout|call)\b|"
    r"\b(?:sensible|reasonable|smart|wise)\b(?= (?:or|plan|idea|\w+ idea))|\bmake sense\b|"
    r"\b(?:does|would) (?:that|this|it) (?:work|make sense)\b"
)
# Explosive power asked for (a sprinter, their starts): plyometrics and hills lead.
_POWER = rx.compile(
    r"\b(?:sprinters?|explosive\w*|(?:more|build|building|explosive|leg) power|my starts|(?:race|"
    r"block) starts|"
    r"off the (?:blocks|line)|acceleration|100 ?m|200 ?m|400 ?m)\b"
)
# The runner wants plyometrics: the jumping drills that fit their kit.
_PLYO_ASK = rx.compile(r"\b(?:plyo\w*|jump(?:ing)? (?:drills|training|work)|hops)\b")
# An older runner, or one whose balance is going: gentle, the one-legged moves first.
_OLDER = rx.compile(
    r"\b(?:i ?a?m|im|aged?|turning|turned) (?:[5-9]\d)\b|\b[5-9]\d (?:years? old|yo)\b|\bin my [5-9]0s\b|"
    r"\bover (?:50|60|70|fifty|sixty|seventy)\b|\bolder runners?\b|\bretired\b|"
    # "both around 60", "nearly 70 now"
    r"\b(?:both |now )?(?:around|about|nearly|almost|pushing|approaching) [5-9]\d\b"
    r"(?! ?(?:min|km|k|kg|miles?|mins|minutes|seconds|s|%|percent|reps?|bpm|lbs?|pounds?)\b)"
)
_BALANCE = rx.compile(
    r"\bbalance\b.{0,30}\b(?:worse|bad|poor|not (?:what|great|good)|going|gone|isnt|wobbl\w*)|"
    r"\b(?:avoid|prevent|worried about|scared of) (?:\w+ )?falls?\b|\bunsteady\b"
)
_BAND = rx.compile(
    r"\b(?:resistance|exercise|mini|loop|therapy) bands?\b|\byoga mat\b|\bonly (?:have )?a mat\b"
)
_MINUTES = rx.compile(
    r"\b(\d{1,2}|five|ten|twelve|fifteen|twenty|thirty)\s*(?:min|mins|minutes?)\b(?! (?:jogs?|runs?|easy|of "
    r"running|walk\w*|drive|away|commute|ride|by (?:car|bus|train|bike)|on the bus))|"
    r"\b(?:a |an )?(quarter|half) (?:of )?(?:an )?hour\b(?! (?:jogs?|runs?|easy|of running))"
)
_MINUTE_WORDS = {"five": 5, "ten": 10, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30}


def minutes_of(m: re.Match[str]) -> int:
    """The minutes a ``_minutes`` match says, in digits or words ("ten minutes" is 10)."""
    said = m.group(1)
    if said is None:
        return 15 if m.group(2) == "quarter" else 30  # "a quarter of an hour", "half an hour"
    return _MINUTE_WORDS.get(said) or int(said)


# An open ask for what to do: "what should I do", "what can I do with them", "how do I fit it in".
OPEN = rx.compile(
    r"\b(?:what(?:s| is)? (?:\w+ ){0,5}(?:i|we) (?:can|could|should) (?:do|use|try)\b|"
    # "what would you have me do?", "what would you get me doing?": the coach asked for the plan
    r"what (?:would|will|do) you (?:have|get|make|put) (?:me|us) (?:do|doing|on)\b|"
    # a coach's ask for the group: "what can I give them to do on the field?"
    r"what (?:can|could|should|do) (?:i|we) (?:give|get|have|set) (?:them|the (?:kids|team|group|squad)) "
    r"(?:to )?(?:do|doing)\b|"
    r"what(?:s| is)? (?:\w+ ){0,4}(?:should|can|could|do|would) (?:i|we|he|she) "
    # (r16 wa: "what can I realistically do?")
    r"(?:actually |really |even |still |realistically |possibly |sensibly |reasonably )?(?:be )?(?:do|use|"
    r"try|doing|using|trying|working on|work on|"
    r"focusing on)\b(?! (?:it|them|that|"
    r"this)\b)|"
    r"what else\b|"
    # (r16 zb) "no equipment, what strength work is sensible?", "which exercises would be safe for me?"
    r"(?:what|which) (?:\w+ ){0,2}(?:strength work|strength training|exercises|moves|leg work|workouts?|"
    r"training) (?:is|are|would be|will be)(?: (?:most|more|the most|actually|still))? "
    r"(?:sensible|safe|suitable|appropriate|wise|recommended|doable|realistic)\b|"
    # "can't kneel or go deep. what's possible?", "what's still doable?", "what are my options?"
    r"what(?:s| is| are)? (?:still |even |actually )?(?:possible|doable|left|an option|options|my options)\b|"
    # "15 min before work, what's the best use of it?", "how do I make the most of 10 minutes?"
    r"(?:the )?(?:best|most useful|smartest) use of (?:it|that|them|my|the|those|these|\d+)|"
    r"make the most of (?:it|that|my|the|\d+)|"
    r"(?:best|most useful|smartest|most effective) (?:way|thing) (?:to (?:spend|use|fill)|i can do with)|"
    # "what can I swap in?", "what should I do instead?": the moves that still fit
    r"what (?:\w+ ){0,3}(?:can|could|should|do|would) (?:i|we) (?:swap|sub|substitute|replace (?:it|them|"
    r"that|those) with|do instead|use instead)|"
    # "what leg stuff doesn't involve jumping?", "what won't load my knee?": what to do, a limit told
    r"what (?:\w+ ){0,4}(?:doesnt|dont|does not|do not|wont|will not) (?:involve|need|require|use|hurt|"
    r"include|load|stress|bother)|"
    r"any (?:leg |other )?exercises (?:that|i can|for)|"
    # (r18 tc) "best leg exercises without weights?": the moves asked for by a noun phrase
    r"^(?:(?:so|ok|okay|any) )?(?:best|good|decent|top|easy|simple|effective) (?:(?:leg|legs|strength|home|"
    r"bodyweight) ){0,2}(?:exercises|moves|workouts?|stuff)\b|"
    # "any leg stuff?" ending the ask (after "hotel all week, no kit."): what to do
    r"(?<!avoid )(?<!skip )(?<!need )\bany (?:(?:leg|legs|strength|good|other|decent|bodyweight) ){0,2}"
    r"(?:stuff|exercises|moves|ideas|workouts?)$|"
    # "are there exercises that would help my balance?"
    r"(?:are|is) there (?:any |some )?(?:\w+ )?(?:exercises|moves|strength work) (?:that|i can|for|to)|"
    r"what (?:\w+ )?(?:exercises|moves|workout|routine|plan)|which (?:\w+ )?(?:exercises|moves)|"
    r"how (?:do|can|should) i (?:even )?(?:fit|start|begin|get started|add|keep up|maintain|"
    r"keep (?:my )?(?:legs|leg strength|strength))|"
    r"where (?:do|should|can|would) i (?:even )?(?:start|begin)|"
    # "how should I approach leg strength training?", "how do I strength train with just dunes?": how to
    # go about it at all (a plan), not how often
    r"how (?:do|can|should|would) i (?:best |even )?(?:approach|go about|tackle) (?:\w+ ){0,2}"
    r"(?:strength|lifting|weights|leg (?:work|training|strength|days?))\b|"
    r"how (?:do|can|should) i (?:even )?(?:strength|weight|resistance) ?train\b(?! (?:for|before|after|on))|"
    r"what should (?:it|that|they|(?:the|a|each|my|every|these|those|that|this|one) (?:\w+ )?"
    r"(?:sessions?|workouts?)) "
    r"(?:include|have|look like|involve|be)|"
    # (r16 za) "how do I put a leg session together with that?", "how would I build a routine from it?"
    r"how (?:do|should|would|can|could) (?:i|we) (?:put|build|set up|structure|plan|design|piece) "
    r"(?:a |an |my |the |one )?(?:(?:leg|legs|strength|gym|"
    r"basic|simple|decent|good|full|hotel|quick|short) ){0,2}"
    r"(?:sessions?|workouts?|routine|leg day)\b|"
    # (r16 za) "what would a basic leg session on that kit look like?": the plan for the kit told
    r"what (?:would|should|does|could) (?:a|an|the|my|one)"
    r" (?:\w+ ){0,2}(?:sessions?|workouts?|routine|leg day)"
    r"(?: \w+){0,4} (?:look like|include|involve|consist of)|"
    r"what (?:would|should) you (?:actually |really |honestly )?(?:include|suggest|recommend|add|do|start "
    r"with|prioriti[sz]e|focus on|put first|put in|put into)|"
    r"what (?:should|do|can) i (?:be )?add(?:ing)?|"
    # "what should actually go into those 20 minutes?"
    r"what (?:should|would|do|could) (?:\w+ )?(?:go|goes) in(?:to)? (?:it|them|those|these|that|this|the|my|"
    r"each)\b|"
    # "what leg work would help my start?" (a sprinter): the power plan
    r"what (?:\w+ ){0,3}(?:would|will|could|can|might) help (?:me with )?(?:my |with my |the "
    r")?(?:start|starts|"
    r"acceleration|explosiveness|power|pop|sprint\w*|block starts?)|"
    r"what (?:\w+ ){0,3}(?:would|will|could|can|might) help me (?:be|get|become) (?:more )?(?:explosive|"
    r"quicker|faster off)|"
    r"what (?:should|do|would|can) i (?:start|begin) with|"
    r"(?:a|any) (?:plan|routine)|"
    # "what can I fit in?", "what's worth doing with them?": what to do with the time or kit told
    r"what (?:(?:leg|strength|else|other|kind|sort|of|exercises?|moves?|work|stuff|training) ){0,3}"
    r"(?:can|could|should) (?:i|we) (?:fit|squeeze|cram|get) in|"
    # "what's the most useful leg stuff I can squeeze in?", "any leg stuff I can sneak in?"
    r"(?:whats|what is|what are|any) (?:\w+ ){0,5}(?:i|we) (?:can|could) (?:fit|squeeze|cram|sneak|get) "
    r"(?:\w+ )?in|"
    r"what(?:s| is| are)? (?:\w+ )?(?:worth doing|worth trying|good to do|best to do)|"
    # "what should I prioritise?", "which exercises matter most?": what to do with the time told
    r"what are my (?:\w+ )?options|"
    r"what (?:should|do|would|can) (?:i|we) (?:prioriti[sz]e|focus on|concentrate on|put first)|"
    r"(?:what|which) (?:\w+ )?(?:matters?|counts?) (?:the )?most|"
    r"(?:what|which)(?:s| is| are)? (?:\w+ )?(?:most important|top priority|priorit(?:y|ies))|"
    # "how should I use it?", "how do I make the most of them?": what to do with the kit or time told
    # "how do I get my legs ready for long climbs?", "which machines, how much weight, how many sets?"
    r"how (?:do|can|should) i (?:get|build|make|prepare|train|strengthen) (?:my )?(?:legs|quads|calves|"
    r"glutes|body)|"
    r"how (?:do|can|should) i train for (?:the )?(?:climbs?|climbing|hills?|mountains?|uphills?|trails?)|"
    # "is there strength work that suits someone like me?": what to do, for the runner they described
    r"(?:suits?|suit) (?:me|someone like me|my age|older runners)|(?:right|best|good|safe) for (?:me|"
    r"someone like me|my age)|"
    r"how (?:should|do|can|could|would|best to) (?:i|we) (?:best )?(?:use|spend) (?:it|them|that|this|these|"
    r"those|"
    r"the time|my time)|how (?:do|can|should) i make the (?:most|best) of|"
    # "one session a week: how do I make it count / get the most out of it?"
    r"how (?:do|can|should|could) (?:i|we) (?:get the (?:most|best|max\w*) (?:out of|from)|"
    r"make (?:it|them|that|this|that one|the session|each session|every session) count))\b"
)
# A message that is all constraints and a short ask ("hotel room, 15 min, no weights. leg workout?").
_ASKS_WORKOUT = rx.compile(
    r"\b(?:leg (?:workout|session|day|work|stuff)|legs for running|workout|legs|(?:any )?ideas|suggestions|"
    r"options|recommendations|(?:can|could) you help(?: me)?|help me|any help|and what|what exactly|"
    r"and which)\b\s*$"
)
_GENTLE = rx.compile(
    r"\b(?:overdo|overdoing|too much|getting back|coming back|returning|jelly|beginner|new to)\b"
)
# A symptom says more about what to do than "no gym" does: the symptom's answer, not the home plan.
_SORE = rx.compile(r"\b(?:ache|aches|aching|achy|pain|painful|hurts?|hurting|sore|niggle|injur\w*)\b")
_SORE_JOINT = rx.compile(
    r"\b(?:knees?|shins?|ankles?|achilles|feet|foot|hips?)\b(?: \w+){0,3} (?:ache|aches|aching|achy|pain|"
    r"painful|hurts?|hurting|sore|niggl\w*)\b|\b(?:achy|sore|painful|dodgy|bad|creaky|niggly) (?:knees?|"
    r"shins?|ankles?|achilles)\b|"
    r"\b(?:runners knee|shin splints|it ?band|itbs|patell\w*|tendin\w*)\b(?: \w+){0,2} "
    r"(?:flar\w*|play\w* up|act\w* up|back|again|niggl\w*|sore|hurts?|aches?|aching)\b"
)
_ONLY = rx.compile(
    r"\b(?:only|just) (?:have|got|has|own|packed|brought)\b|\ball (?:i|ive|we|weve) (?:have|got|own|packed|"
    r"brought)\b|\ball (?:there is|theres|there are) (?:is|are)\b|"
    r"\bnothing else\b|\bthats (?:about |pretty much |more or less )?(?:it|all)\b|"
    r"\b(?:with |using )?(?:only|just) "
    r"(?:those|these|them)\b|"
    # (xb) "just a bench in my garage", "only a pair of dumbbells": the kit told is all there is
    r"\b(?:just|only) (?:a |an |one |some |my |two |2 |a pair of |a couple of )(?:\w+ ){0,2}"
    r"(?:bench|chairs?|dumbbells?|kettlebells?|bands?|balls?|backpack|rucksack|ankle weights?|treadmill|"
    r"box)\b(?! ?(?:step|steps|ups?|hops|squats?|raises?)\b)"
)
_NO_KIT = rx.compile(
    r"\b(?:no|zero|0) (?:weights|equipment|kit|gear)\b|\bhotels?\b|\bbody ?weight\b|\bbw\b|\bnothing but\b|"
    # (r19 ti) "travelling for work all week", "on the road a lot": a room, no kit
    r"\b(?:travel\w* (?:for work|a lot|all week|every week|constantly|most weeks)|"
    r"on the road (?:for work|a lot)|"
    r"(?:business|work) trips?)\b|"
    r"\bwithout (?:any )?(?:weights|equipment|kit)\b|\b(?:basically|practically|next to|almost|with) "
    r"nothing\b|"
    r"\bnothing at all\b"
)
# (r16 ze) Heavy loads ruled out by a doctor or an operation ("not allowed to lift heavy since a hernia
# repair", "told to avoid heavy weights after surgery"): the bodyweight plan and a clearance line.
_LOAD_BARRED = rx.compile(
    r"\b(?:not (?:allowed|supposed|meant|cleared|permitted) to|told (?:not|never) to|cant|cannot|can not|"
    r"shouldnt|mustnt|must not|should not|banned from|no) (?:\w+ )?(?:lift|lifting|carry|carrying|use|using) "
    r"(?:anything |any )?heavy\b|"
    r"\bno heavy (?:lifting|weights|loads?|lifts)\b|"
    r"\b(?:avoid|stay away from|off) (?:lifting )?heavy (?:weights|loads?|lifting|lifts)\b"
    r"(?=.{0,80}\b(?:hernia|surgery|op|operation|doctor|surgeon|physio|gp|pregnan\w*|postpartum|c section|"
    r"repair|heart|blood pressure|bp)\b)|"
    r"\b(?:hernia|surgery|op|operation|doctor|surgeon|physio|gp)\b.{0,60}\b(?:avoid|no|not|nothing) "
    r"(?:lifting |too )?heavy\b"
)
_MEDICAL_SAID = rx.compile(
    r"\b(?:hernia|surger\w*|surgeon|op|operation|doctor|physio|gp|pregnan\w*|postpartum|c section|repair|"
    r"heart|blood pressure|bp|consultant|hospital)\b"
)
_DAY_GOOD_ASK = rx.compile(
    r"\b(?:is|would|will) (?:(?:a|the) )?(?:mon|tues|wednes|thurs|fri|satur|sun)days? (?:be )?(?:a |the )?"
    r"(?:good|bad|ok|okay|fine|right|best|smart|sensible|decent|safe|wise) "
    r"(?:day|choice|idea|time|option|slot|fit|call)\b|"
    r"\b(?:should|can|could) i (?:do|put|have|slot|schedule|move) "
    r"(?:it|them|legs|leg day|the (?:\w+ )?session|my (?:\w+ )?session) "
    r"(?:on )?(?:a )?(?:mon|tues|wednes|thurs|fri|satur|sun)day\s*$"
)
# "a routine with basically nothing": the bodyweight plan, whatever the hotel sometimes has
_NOTHING_ASKED = rx.compile(r"\b(?:basically|practically|next to|almost|with) nothing\b|\bnothing at all\b")
# An outright request for a routine: "give me a leg routine", "BW leg circuit pls", "need a 20 min
# workout". A routine word alone is not enough ("is my routine ok?"); a request word or a constraint is.
_ROUTINE = rx.compile(
    r"\b(?:routine|circuit|workout|session|sesh|plan|program|programme|w o|move ?list|list of moves|"
    r"s c|s and c|s n c|strength and conditioning|"
    # "need some no-faff strength training for a busy dad": some of it, asked for
    r"(?:need|want|gimme|give me|looking for|after) (?:some|any) (?:\w+ ){0,2}(?:strength training|"
    r"strength work|leg work|leg exercises))\b|"
    # ("leg day is boring, how do I make it less awful": keeping at it, not a routine asked for; "I do a
    # big heavy leg day twice a week, is that too much?": their own day judged, not a routine asked for)
    r"\bleg ?day\b(?!.*\b(?:bor(?:ing|ed)|hate|chore|suck\w*|awful|dread\w*|motivat\w*|tedious|"
    r"too (?:much|long|heavy|hard|many|often)|overkill|overdo\w*|excessive)\b)"
)
_REQUEST = rx.compile(
    r"\b(?:give|send|write|make|build|suggest|recommend|need|want|pls|please|plz|got any|any good|lay out|"
    r"set out|put together|show me|map out|plan out|"
    r"anything for|something for|whats a good|what is a good|whats a quick|quick|gimme|whats the move|"
    r"whats a solid|whats the best|what is the best|whats a decent|hmu|"
    r"(?:best|solid|good|decent|quick|simple) leg ?day)\b"
)
_NEED_NOT_ASKED = rx.compile(
    r"\b(?:you|do i|does (?:a |my |the |each )?\w+|do (?:i |we |you )?(?:really |actually )?)(?: really| "
    r"actually)? need\b|\bneed to (?:be|focus|worry|bother|last|take)\b"
)
_NOT_A_REQUEST = rx.compile(
    r"^(?:how|why|when|is|are|does|do|should|will|would|am)\b|^(?:can|could) (?:i|runners?|we)\b|"
    r"\b(?:my|this|that|the) (?:routine|workout|session|plan)\b"
)
_LEGS = rx.compile(r"\b(?:legs?|lower body|strength|runners?|running|squats?|glutes?|quads?|calf|calves)\b")
_YESNO = rx.compile(
    r"(?:do|does|is|are|should|can|could|will|would|am) (?:i|we|it|they|runners?)\b|(?:do|are) you\b"
)
_HARD_DAYS = rx.compile(r"\b(?:tempo|intervals?|long runs?|speed ?work|track (?:session|night|day)s?)\b")
# "anything for legs?", "what can i do": an open ask that a constraint turns into a plan.
_ANYTHING = rx.compile(
    r"\b(?:alternatives?|substitutes?|replacements?) (?:to|for)\b|"
    r"\b(?:ideas?|suggestions?) (?:\w+ ){0,2}(?:at|in) (?:the |my |a )?(?:gym|home|park|hotel)\b|"
    r"\b(?:anything|something|ideas?|suggestions?|options?) (?:\w+ )?(?:for|i can do|to do|"
    r"to (?:keep|stay|build|maintain|hold on to))\b|\bwhat are my (?:\w+ )?options\b|"
    r"\bany (?:leg|strength) (?:stuff|exercises|moves|work) (?:i can|to do|for)\b|"
    r"\b(?:anything|something) (?:\w+ ){0,2}(?:with|using) (?:only |just )?(?:those|these|them|it|that)\b|"
    r"\bwhat(?:s| is)? (?:\w+ ){0,6}(?:i|we) (?:can|could) (?:squeeze|fit|cram) in\b|"
    # (r13 ub) "10 minutes max: what's the most useful leg stuff to cram in?"
    r"\b(?:most useful|most important|most bang|bang for (?:the |your )?buck|highest value) (?:\w+ ){0,2}"
    r"(?:stuff|things?|exercises?|moves?|work)\b|\b(?:stuff|moves|exercises) to (?:cram|squeeze|fit) in\b"
)
# A part the runner told about ("quads trashed on the downhills", "calves tight", "knees cave in").
_FOCUS = (
    (
        "quads",
        rx.compile(
            # ("taped fingers from climbing", "rock climbing": the sport, not the hills)
            # (xb: "when mileage climbs": the verb, not a hill)
            r"\b(?:quads?|quadriceps|front of (?:my )?thighs?|downhills?|descents?|"
            r"(?<!mileage )(?<!miles )(?<!volume )(?<!distance )(?<!it )climbs?|"
            r"(?<!rock )(?<!from )(?<!indoor )(?<!sport )climbing(?! (?:wall|gym|walls))|uphills?|"
            r"mountains?)\b"
        ),
    ),
    (
        "calves",
        rx.compile(r"\b(?:calf|calves|ankles?(?! (?:weights?|straps?))|achilles|shins?(?! splints?))\b"),
    ),
    ("hamstrings", rx.compile(r"\b(?:hamstrings?|hammies|back of (?:my )?thighs?)\b")),
    (
        "glutes",
        rx.compile(
            r"\b(?:glutes?|bum|butt|posture|hunch\w*|slump\w*|(?<!stand )upright|form (?:goes|falls|breaks|"
            r"gets sloppy))\b"
        ),
    ),
    ("hips", rx.compile(r"\b(?:hips?|knees? (?:cave|caving|collapse|drift)\w*)\b")),
)
# (r17 va) A posture that folds forward, told; hills told.
_POSTURE_TOLD = rx.compile(
    r"\b(?:hunch\w*|slump\w*|slouch\w*|lean\w* (?:too far )?forward|bent over|posture)\b"
)
_UPHILL_SAID = rx.compile(r"\b(?:hills?|uphills?|inclines?|climbs?)\b")
# A muscle told weak against one told strong ("big quads from cycling, weak hamstrings"): the weak one
# leads and the strong one's isolation move drops out (the article: balance opposing groups).
_MUSCLE_WORDS = {
    "quads": r"(?:quads?|quadriceps)",
    "hamstrings": r"(?:hamstrings?|hammies)",
    "glutes": r"(?:glutes?|bum|butt)",
    "calves": r"(?:calf|calves)",
    "hips": r"(?:hips?)",
}
_WEAK_WORD = (
    r"(?:weak|weaker|weakest|underdeveloped|under ?developed|lagging|lag|lags|lag behind|puny|feeble|useless|"
    r"passengers?|lazy|"
    r"asleep|switched off|turned off|not (?:firing|working|pulling their weight)|(?:do|doing) nothing|"
    r"underactive|under ?active|inactive|non ?existent|noodles?|noodly|tiny|weak sauce|weak af|pathetic)"
)
_STRONG_WORD = (
    r"(?:big|bigger|huge|massive|strong|stronger|overdeveloped|over ?developed|dominant|jacked|stacked|"
    r"bulky|swole|beefy|ripped|on fire|cooking|doing fine)"
)
_LINK = (
    r"(?: (?:is|are|feel|feels|seem|seems|really|always|so|pretty|quite|way|much|super|kind of|kinda|"
    r"like|just|\w+ly))*"
)


def _told(muscle: str, word: str, strong: bool) -> re.Pattern[str]:
    m = _MUSCLE_WORDS[muscle]
    # "quad-dominant", "weak compared to my quads": the strong one told another way
    more = rf"|{m}[ -](?:dominant|heavy)|(?:compared (?:to|with)|than|next to|vs) (?:my |the |your )?{m}"
    # ("my hamstrings and glutes feel like passengers": both told weak)
    pair = r"(?: and (?:my |the )?(?:quads?|hamstrings?|hammies|glutes?|calf|calves|hips?))?"
    return rx.compile(rf"\b(?:{m}{pair}{_LINK} {word}|{word} (?:\w+ )?{m}{more if strong else ''})\b")


_WEAK_TOLD = {m: _told(m, _WEAK_WORD, False) for m in _MUSCLE_WORDS}
_STRONG_TOLD = {m: _told(m, _STRONG_WORD, True) for m in _MUSCLE_WORDS}


# A part told as doing too much ("it's all quads", "my quads do all the work"): not one to lead with.
_OVERWORKED = {
    m: rx.compile(
        rf"\b(?:all {w}|{w} (?:do|does|doing) (?:all the work|everything|it all)|{w} take over|"
        rf"{w}[ -]dominant)\b"
    )
    for m, w in _MUSCLE_WORDS.items()
}


def _focus_told(message: str) -> list[str]:
    """The parts the message tells about, those named in its closing ask ("...what should I do for the bum
    and hips?") first; a part told as overworked ("it's all quads") left out when others are told."""
    focus = [m for m, pat in _FOCUS if pat.search(message)]
    tail = message[-60:]
    asked = [m for m in focus if rx.search(rf"\b{_MUSCLE_WORDS[m]}\b", tail)]
    over = [m for m in focus if _OVERWORKED[m].search(message)]
    focus = [*asked, *(m for m in focus if m not in asked)]
    if over and len(focus) > len(over):
        focus = [m for m in focus if m not in over]
    return focus


def _weak_led(message: str, focus: list[str]) -> tuple[list[str], list[str]]:
    """The focus muscles told weak (when another is told strong) and those told strong, else (focus, [])."""
    weak = [m for m in focus if _WEAK_TOLD[m].search(message)]
    strong = [m for m in focus if m not in weak and _STRONG_TOLD[m].search(message)]
    if not weak or not strong:
        return focus, []
    return weak, strong


# Hills told as where something shows ("slower on the hills", "I walk up hills"), not hill training.
_HILLS_AS_PLACE = rx.compile(
    r"^(?!.*\bhill (?:repeats?|reps|sprints?|training|sessions?|workouts?|runs?|running|intervals)\b)"
    r".*\b(?:on|up|at|going up|climbing|down) (?:the |a |any |big |steep )?hills?\b"
)


def hills_as_place(told: str) -> bool:
    """Does a (normalised) told sentence name hills as where something shows, not as hill training?"""
    return bool(_HILLS_AS_PLACE.search(told))


def strong_told(message: str) -> list[str]:
    """The muscles a (normalised) message tells as strong against others told weak ("quads are huge but
    my glutes feel lazy": the quads), which are not what its asks are about."""
    return _weak_led(message, _focus_told(message))[1]


# Strength work that bores them: what keeps it going, said in the plan.
_BORED = rx.compile(
    r"\b(?:bored|boring|dull|tedious|a chore|a grind|monotonous|lose (?:interest|motivation)|"
    r"(?:give up|quit|skip) (?:on )?(?:it|them|strength|sessions)|end up leaving)\b"
)
BORED_LINE = (
    "To keep it from being a grind: change the exercises every few weeks, put on music, and keep it short; "
    "a routine you enjoy is one you'll keep."
)
_FOCUS_NAME = {
    "quads": "quads",
    "calves": "calves and ankles",
    "hamstrings": "hamstrings",
    "glutes": "glutes",
    "hips": "hips",
}
_ANKLE = rx.compile(
    r"\b(?:(?:go|goes|going|gone|went) over on|roll(?:ing|ed)?|turn(?:ing|ed)?) (?:my |an |the )?ankles?\b|"
    r"\bankles? (?:roll|give)\w*"
)
# A back that can't take a bar on the shoulders: moves that load the legs, not the spine.
_BACK = rx.compile(
    r"\b(?:bad|dodgy|sore|weak|injured|stiff|iffy|problem|dicky|ropey|ropy|cranky|temperamental|fragile|"
    r"grumpy|creaky|wonky|tricky|knackered|troublesome|sensitive) (?:lower )?back\b|"
    # (r14 wb) "my lower back is bad", "back's been playing up", "back trouble"
    r"\b(?:lower )?backs? (?:is|s|has been|been|feels|gets) (?:\w+ )?(?:bad|dodgy|sore|weak|stiff|iffy|dicky|"
    r"ropey|cranky|fragile|grumpy|knackered|playing up|not great|tweaky)\b|"
    r"\bback (?:trouble|niggles?|twinges)\b|"
    r"\b(?:bar|barbell|weight) on (?:my )?(?:shoulders|back)\b|\bback (?:issues|problems|injury|pain|op|"
    r"operation|surgery)\b"
)
# Never lifted before: the article's home basics are the place to start.
_NEW = rx.compile(
    r"\b(?:never lifted|never done (?:any )?(?:strength|weights)|"
    r"never (?:touched|used|picked up) (?:a |any )?(?:weights?|dumbbells?|barbells?)|"
    r"never (?:been|set foot|stepped) (?:in|inside|into|to) (?:a |the )?gym|"
    r"new to (?:lifting|strength|running|the gym)|(?:total|complete|absolute) beginner|"
    r"first time|just started|no idea (?:what|where|how)|new runner|"
    r"(?<!did )(?<!finished )(?<!completed )(?<!done )(?:couch to 5 ?k|c25k)|"
    r"(?:dont|do not) (?:really )?know (?:what|where|how)|"
    # coming back after a long break: a fresh start ("took a whole year off", "rebuild some strength")
    r"(?:took|taken|had|after) (?:a |an )?(?:whole |full |long |few |couple of )?(?:year|years|months|"
    r"\d+ (?:months|years)) (?:off|out|away)|rebuild (?:some |my )?(?:strength|legs)|"
    r"(?:legs|muscles) (?:feel |are )?(?:like )?(?:noodles|jelly|mush))\b"
)
# A race tomorrow (or "the day before my race"): not a routine, the race-day rule.
_RACE_NEXT = rx.compile(
    r"\b(?:race|racing|marathon|10k|5k|parkrun|half)\b.*\b(?:tomorrow|tmrw|tonight|in the morning)\b|"
    r"\b(?:tomorrow|tmrw)\b.*\b(?:race|racing|marathon|10k|5k|parkrun)\b|\bday before (?:a |my |the )?race\b"
)
# Exercises with no kit beyond a wall or a line: always possible at home.
_FREE = ("one_leg_squat", "bridge", "toe_raise", "line_hops")
# With nothing at all (a hotel room): a stair or ledge for the calves, a chair against the wall.
_NOTHING = ("one_leg_squat", "calf_raise", "bridge", "hamstring_pushup", "line_hops")
_WHERE = {
    "calf_raise": " (on a stair or ledge)",
    "hamstring_pushup": " (a chair braced on a wall)",
    "step_up": " (a knee-high step or bench)",
    "lunge": " (a weight in each hand)",
    "weighted_calf_raise": " (heels off a step or block, dumbbells in hand)",
}


@dataclass(frozen=True)
class Plan:
    text: str
    topic: str  # the related topic, for follow-ups


# "every bench is taken", "the squat rack is busy": there, but not to be had.
_TAKEN = rx.compile(
    r"^\w*\s*(?:is|are|were|was|all|always|r)?\s*(?:taken|busy|occupied|in use|full(?! of)|hogged)\b|"
    # "the gym intimidates me", "gyms bore me": not where they'll train
    r"^(?:s )?(?:\w+ )?(?:intimidates?|scares?|bores?|terrifies|freaks? me out|(?:is|are)(?:nt|"
    r" not) for me)\b"
)


# "How would you fit strength in?", "where does leg work slot into my week?": the week asked about.
FIT_IN_ASK = rx.compile(
    r"^(?:(?:and|so|but) )?(?:how|where|when)\b.*\b(?:fit|fitting|slot|squeeze|schedule)\b(?: \w+){0,4} "
    r"(?:in|into|around)\b"
)
# "no equipment except the stairs", "nothing but a chair": the kit after the "except" is what they have.
_ONLY_BUT = rx.compile(
    r"\b(?:no|without|zero|nothing|dont have|dont own|havent got|not much)\s+(?:\w+\s+){0,2}"
    r"(?:but|except(?: for)?|apart from|other than|besides|bar|save for)\s+"
    r"(?:the\s+|a\s+|an\s+|my\s+|our\s+|some\s+)?$"
)


# (r15 yc) A piece of kit out of use, told after it ("the leg extension machine at my gym is broken", "the
# leg press is out of order"): not kit they can use (the gym itself still is).
_BROKEN_KIT = rx.compile(
    r"^(?:\w+\s+){0,4}?(?:is|are|were|was|has|have|got)\s+(?:been\s+)?(?:broken|out of order|out of action|"
    r"broke down|always taken)\b"
)
# (r17 va) Kit ruled out after it is named ("an hour in the gym is laughable", "the gym is out of the
# question"): not kit they use, the gym included.
_KIT_RULED_OUT = rx.compile(
    r"^(?:\w+\s+){0,3}?(?:is|are|would be|was|seems|sounds)\s+(?:just\s+|frankly\s+|simply\s+)?"
    r"(?:laughable|a joke|out of the question|not happening|not an option|impossible|unrealistic|"
    r"not realistic|never going to happen|a non starter|beyond me)\b"
)


_WHEELCHAIR = rx.compile(r"\bwheel ?chairs?\b")
_OWN_CHAIR = rx.compile(r"\b(?:a|my|dining|kitchen|sturdy|office|desk) chairs?\b")


_TREAD_ONLY = rx.compile(
    r"\b(?:only|just|nothing but) (?:has |have |got |is |a |one |the |some |two |2 )*treadmills?\b"
    r"(?! (?:and|plus|with|or)\b)"
)
# (r20 tp) one treadmill told as a gym's kit ("a crappy hotel gym with 1 treadmill", "treadmill only", "I can
# only train on the treadmill"): all there is when no other kit is named ("I only run on the treadmill" is
# where they run, not all their kit)
_ONE_TREAD = rx.compile(
    r"\b(?:1|one|a single|a lone|a solitary) (?:\w+ )?treadmill\b(?! (?:and|plus|with|or)\b)|"
    r"\btreadmills? only\b|"
    r"\bonly (?:\w+ ){0,2}(?:train|work out|use|get|go) (?:on |at )?(?:the |a |my )?treadmills?\b"
    r"(?! (?:and|plus|with|or)\b)"
)


def _has(text: str) -> list[tuple[str, tuple[str, ...]]]:
    out = []
    for name, pattern, marks in _KIT:
        m = pattern.search(text)
        if (
            m
            and (not _NOT.search(text[: m.start()]) or _ONLY_BUT.search(text[: m.start()]))
            and not _TAKEN.search(text[m.end() :].lstrip())
            and not (name != "a gym" and _BROKEN_KIT.search(text[m.end() :].lstrip()))
            # (r17 vb) "push the chair up the hills" beside a wheelchair racer: his chair, not a kitchen one
            and not (
                name == "a chair"
                and "wheel" in text
                and _WHEELCHAIR.search(text)
                and not _OWN_CHAIR.search(text)
            )
            and not _KIT_RULED_OUT.search(text[m.end() :].lstrip())
        ):
            out.append((name, marks))
    return out


# (r17 vb) a week asked for: "can you suggest a week I'd stick to?", "give me a weekly plan"
WEEK_ASKED = rx.compile(
    r"\b(?:suggest|give me|plan|map out|lay out|sketch out|build|write|set up) (?:me )?(?:a|my|the|out a) "
    r"(?:\w+ )?week\b(?! off)|\b(?:a|my) (?:typical |sample |normal )?week (?:plan|schedule)\b|"
    r"\bweekly (?:plan|schedule)\b"
)
WEEK_PLAN_LINE = (
    "Your week: two of these sessions on easy-run days, a couple of days apart (straight after the run when "
    "they share an evening), none on a hard-run day or the day before a race, and the other days just your "
    "runs. Swap in a new exercise every few weeks so it stays fresh."
)
# (r17 vb) the gym is where the session asked for happens: "what should I do in the gym twice a week?"
_IN_GYM = rx.compile(r"\b(?:in|at) (?:the|my|a|our) (?:\w+ )?gym\b|\bgym (?:sessions?|days?|workouts?)\b")


def _minutes(message: str) -> re.Match[str] | None:
    """The minutes the runner has, not a race time ("ran my first 10k in 55 min")."""
    for m in _MINUTES.finditer(message):
        before = message[max(0, m.start() - 30) : m.start()]
        if rx.search(
            r"\b(?:ran|run|pb|pr|personal best|finish\w*|race|raced|\d+ ?k|marathon|half)\b[^,.]*\bin\s*$",
            before,
        ) or rx.search(
            r"\b(?:\d+ ?k|5k|10k|marathon|half|parkrun|pb|pr|mile)(?: time| pb| pr)? "
            r"(?:is|was|of|at|in|around|about|sits at|stands at)\s*"
            r"(?:about |around |just under |under |roughly )?$|"
            r"\b(?:after|within|leave|leaving|quit)\s*$|\bhold\w* (?:it |them |that )?(?:\w+ )?$|"
            # (r17 vb) "wait until I can run 30 minutes nonstop": a run's length, not time for legs
            r"\b(?:can|could|to) (?:only |just )?(?:run|jog)(?: for)?"
            r"(?: (?:about|around|nonstop|non stop|straight))?\s*$|"
            # (r18 te) "I run about 90 minutes every day": the run's length, not time for strength
            r"\b(?:i|we|and) (?:\w+ )?(?:run|runs|jog|jogs|ride|rides|swim|swims)"
            r"(?: for)?(?: (?:about|around|roughly|over|at least|up to))?\s*$",
            before,
        ):
            continue  # "I end up leaving after 10 minutes": not the time they have
        if rx.search(
            r"\b(?:my (?:\w+ )?times|(?:finish|finishing|race|parkrun|\d+ ?k) times?|pbs?|prs?|personal best|"
            r"slowed|slower|creeping|crept|went up|gone up)\b"
            r"(?:\s+(?!(?:i|have|got|ve|get|only|spare|with|a|session|sessions)\b)\S+){0,6}\s*$",
            message[max(0, m.start() - 60) : m.start()],
        ):
            continue  # "my parkrun times crept from 24 to 27 minutes": a race time
        if rx.match(
            r"\s*(?:(?:at|for|in|on|over) (?:my |the |a |an )?)?"
            r"(?:parkrun|park run|\d+ ?k\b|5k|10k|half|marathon|race|pb|pr|mile)",
            message[m.end() :],
        ) or rx.search(
            r"\b(?:stuck|plateau\w*|sitting|sat|hovering|stalled|stagnat\w*|flatlin\w*) "
            r"(?:at|on|around|about)\s*(?:about |around |roughly )?$|"
            r"\b(?:sub|under|break|breaking|below|beat|beating)\s*$",
            message[max(0, m.start() - 30) : m.start()],
        ):
            continue  # "stuck at 27 mins at parkrun", "got him under 25 minutes": a race time
        return m
    return None


# What the runner can't do with their body: "jumping is off the table", "lying on the floor is a no go",
# "i cant kneel". The plan leaves those moves out (and says so).
_NO_JUMP = rx.compile(
    # (r18 tb: "leg exercises without jumping?")
    r"\b(?:(?:cant|cannot|can not|no|not allowed to|unable to|without) (?:do )?(?:any )?"
    r"(?:jump\w*|hop\w*|plyo\w*)|"
    r"(?:jump\w*|hop\w*|plyo\w*) (?:is |are )?(?:basically )?(?:off the table|out|a no go|not an option|"
    r"not possible)|neighbou?rs? (?:below|downstairs|underneath)|downstairs neighbou?rs?|"
    # ("when the house is quiet" is their time, not a rule against noise)
    r"(?:be|keep (?:it |things )?|stay|very|super|need) quiet|quietly|quiet (?:moves|exercises|workouts?|"
    r"sessions?|stuff|ones|options)|"
    # "jumping hurts my knees", "my joints hurt when I hop": not for them
    r"(?:jump\w*|hop\w*|plyo\w*|impact|landings?) (?:\w+ ){0,3}(?:hurts?|kills?|aggravates?|bothers?|"
    r"is bad for|wrecks?|flares?)|(?:hurts?|aches?|sore|pain) (?:\w+ ){0,3}when (?:i )?(?:jump|hop|"
    r"land)\w*|"
    # "what doesn't involve jumping", "without any hopping", "low impact please": the ask rules them out
    r"(?:doesnt|dont|does not|do not|wont|without|no|not|nothing with) (?:involve |include |need |require "
    r"|use |have )?(?:any )?(?:jump\w*|hop\w*|plyo\w*)|(?:low|no|non|zero) impact|"
    r"(?:dont|doesnt|do not|does not) like (?:\w+ )?(?:jump\w*|hop\w*|impact)|thin (?:floors?|ceilings?)|"
    # "jumping stuff feels like a lot rn", "plyos scare me", "hopping seems too much for my knees"
    r"(?:jump\w*|hop\w*|plyo\w*)(?: stuff| work| drills| exercises)? (?:feels?|seems?|is|are|looks?|sounds?) "
    r"(?:like )?(?:way |a bit |far )?(?:a lot|too much|too hard|too intense|scary|sketchy|risky|intense|"
    r"brutal|daunting)|(?:jump\w*|hop\w*|plyo\w*)(?: stuff| work| drills)? (?:scares?|terrif\w+|worr\w+) me|"
    r"(?:scared|afraid|nervous|wary) of (?:\w+ )?(?:jump\w*|hop\w*|plyo\w*)|"
    r"(?:ceiling|floor) is (?:\w+ ){0,2}(?:floor|ceiling))\b|"
    # (r14 vb) noise told any way: "silent moves", "nothing loud", "housemates asleep", "anything jumpy"
    r"\b(?:silent(?:ly)?|noiseless(?:ly)?|(?:nothing|anything|not(?: too)?|without being) (?:loud|noisy|"
    r"jumpy|bouncy|thumpy|stompy)|no (?:noise|thumping|stomping|banging)|without (?:making )?(?:any |much |"
    r"a )?(?:noise|racket|sound)|keep (?:the )?noise down|make (?:any |much |a )?(?:noise|racket)|"
    # (whose sleep a thump would break: not "once the kids are in bed", a time)
    r"(?:neighbou?rs?|housemates?|flatmates?|room ?mates?|roomies?) (?:are |is )?(?:still )?(?:asleep|"
    r"sleeping)|(?:asleep|sleeping) (?:in )?(?:the )?(?:next room|next door|downstairs|upstairs|below|"
    r"above)|"
    r"(?:wak\w*|disturb\w*|annoy\w*) (?:up )?(?:the |my |our )?(?:neighbou?rs?|housemates?|flatmates?|"
    r"room ?mates?|kids?|baby|toddler|family|partner|whole house|people below|downstairs)|"
    r"noisy neighbou?rs?|neighbou?rs? (?:\w+ )?(?:complain\w*|bang\w*|hear)\b|"
    # (r14 wb) "paper-thin walls", "guy downstairs already complained", "noise complaints", "quiet moves?"
    r"(?:paper )?thin (?:walls|floors|ceilings?)|"
    r"(?:walls|floors)(?: \w+){0,3} (?:are |r )?(?:paper |super |so |really |very )?thin\b|"
    r"(?:downstairs|below|upstairs|next door)\b(?: \w+){0,3} (?:complain\w*|bang\w*|moan\w*|hears? (?:every|"
    r"everything))|noise complaints?|complain\w* about (?:the |my )?(?:noise|thumping|stomping|banging)|"
    r"(?:quiet|silent) (?:\w+ )?(?:exercises|moves|workouts?|stuff|options|work|routine)\b)"
)
_LYING_ONLY = rx.compile(
    # "I can't even stand up straight in the cabin", "what can I do lying down", "stuck in bed"
    r"\b(?:(?:cant|cannot|can not|unable to|not able to) (?:even )?stand(?= (?:up|straight|upright)\b)"
    r"(?: up)?(?: straight| upright| up)?"
    r"(?! (?:the|a|an|my|it|that|this|them|him|her|being|\w+ing)\b)|"
    r"(?:do|work|exercises?|moves?|stuff) (?:\w+ )?(?:lying|laying) (?:down|on (?:my|the) (?:back|floor))|"
    r"(?:lying|laying) (?:down )?(?:only|exercises|moves)|(?:stuck|confined) (?:in|to) (?:bed|a bed)|"
    # (r14 vb) "the ceiling is too low to stand", "no headroom", "can't stand up straight in there"
    r"(?:ceilings? (?:\w+ ){0,4}(?:is |are )?(?:too |really |very |so |super )?low|too low to stand|"
    r"low (?:ceilings?|headroom)|"
    r"no (?:headroom|standing room|room to stand)|(?:cant|cannot|can not) stand (?:up )?(?:straight|"
    r"upright|fully|tall)?\s*(?:in (?:it|there|here|the \w+))))\b"
)
# (r14 vb) Little room to move ("tiny dorm room, barely space", "2 m square"): moves that stay in place,
# no jumping drills or walking lunges.
_CRAMPED = rx.compile(
    r"\b(?:(?:tiny|small|cramped|narrow|little|poky|shoebox) (?:\w+ )?(?:room|space|cabin|flat|studio|"
    r"dorm|bedroom|tent|van|caravan|boat|bunk|cell|apartment|floor)|cramped|"
    r"(?:barely|hardly|not much|very little|no) (?:any )?(?:room|space|floor space)(?! for (?:a|an|any) )|"
    r"(?:\d+|one|two|three) ?(?:m|metres?|meters?|feet|ft) (?:square|by \d+)|"
    r"(?:room|space) (?:to|for) (?:move|swing a cat)\b(?: is (?:limited|tight))?)\b"
)
# (r14 vb) With a gym ruled out ("hate gyms", "can't afford a gym", "don't want to join one"): "can I still
# get strong legs?", "is home enough?", "what's left?" ask for the home plan, its yes first.
GYM_OUT_ASK = rx.compile(
    r"\b(?:can|could) (?:i|you|we|one) (?:still |really |actually )?(?:get|build|make|have|train|develop|"
    r"keep|gain|reap|see|do (?:it|this|that|enough|ok|fine|well))\b|"
    r"\b(?:is|would|will) (?:\w+ ){0,5}(?:enough|be enough|do|work|cut it)\b|"
    r"\bwithout (?:ever )?(?:stepping|going|setting foot|walking)\b|"
    r"\bdo (?:i|you|we) (?:really |actually |even )?need (?:one|a gym|it|to)\b|"
    # (an open ask counts only when the gym is disliked, not just absent)
    r"(?P<open>\b(?:whats|what is|anything) left\b|\b(?:possible|alternatives?|options?)\b|"
    r"\bwhat (?:\w+ ){0,3}(?:can|could|should) (?:i|we) do\b|\b(?:what|which|any) (?:\w+ ){0,2}(?:exercises|"
    r"moves|stuff|work)\b)"
)
# The gym disliked or out of reach, not only absent ("no gym, what can I do?" is the plain home plan)
_GYM_AVERSE = rx.compile(
    r"\b(?:hate|hates|cant stand|cannot stand|dislike|loathe|not a fan of|dont like|dont enjoy|avoid|"
    r"intimidated by|scared of|no interest in|nervous about|anxious about|afraid of|terrified of|wary of|"
    r"put off by|cant afford|cannot afford|can not afford|cant justify|priced out of|"
    r"dont want(?: to (?:use|join|pay for|go to))?)\s+(?:the\s+|a\s+|any\s+|going to (?:the |a )?)?$"
)
# "gyms make me anxious", "gyms aren't for me", "the gym scares me": not where they'll train
_GYM_PUTS_OFF = rx.compile(
    r"(?:\w+ )?(?:(?:make|makes) me (?:\w+ )?(?:anxious|nervous|uncomfortable|self conscious|cringe|"
    r"miserable)|"
    r"(?:intimidates?|scares?|bores?|terrif\w+|freaks? me out)|(?:is|are)(?:nt| not) (?:really )?for me|"
    r"(?:is|are) (?:too )?(?:expensive|pricey|dear|far))\b"
)
_NEVER_IN = rx.compile(
    r"\b(?:without (?:ever )?(?:stepping|going|setting foot|walking)|"
    r"never (?:been|set foot|stepped|gone|walked)) "
    r"(?:in|into|inside|to) (?:a |the |any )?$"
)
GYM_OUT_LINE = "the article's home moves build leg strength with your bodyweight."
NO_HILLS_HOME_LINE = (
    "No hills: a car-park ramp or sloping road of 5–10% does the job; step-ups on a stair or sturdy bench "
    "and one-legged squats train the climbing muscles too."
)
# (r14 vb) A figure asked ("how many days a week at my age?") or a yes/no about what they do ("knees creak,
# can I still do this strength stuff?"): not a request for moves.
_FIGURE_OR_YESNO = rx.compile(
    r"\bhow (?:many|often|much|long|heavy)\b|\bwhen (?:should|do|can|could|is|would|will)\b|"
    r"^(?!.*\b(?:what|which|whats|any)\b).*\b(?:can|could|should|is|are|will|would|do|does|am) (?:i|we|it|"
    r"you|they|this|that)\b"
)
# (r14 vb) Moves asked for in any words: "what leg stuff?", "leg exercises?", "what leg work is ok",
# "any leg work lying down?", "what's the best use of it?", "what replaces step-ups?", "what's left?".
# Read only with a constraint told (a body, noise or space limit counts twice).
MOVES_ASK = rx.compile(
    r"\b(?:what|which|any|some|good|best|quiet|silent|safe|gentle)\b(?: (?!(?:to|for|i|we|should|can|"
    r"could|do)\b)\w+){0,3} (?:exercises|moves|stuff|work|workouts|options|ideas|training|routines|"
    r"things to do)\b|"
    r"\b(?:leg|legs|strength|lower body) (?:exercises|moves|stuff|work|workouts?|options|ideas|"
    r"training|routine)\s*$|(?:^|\b(?:so|now|then|ok|and)\s)(?:my )?(?:legs|leg stuff)\s*$|"
    r"\bwhat (?:\w+ ){0,2}(?:replaces?|can replace|(?:is|s) left|remains|is possible|(?:is|s) ok)\b|"
    # (xb) "can't kneel or go deep. What's possible?", "what's doable?", "what's still on?"
    r"\bwhats (?:still )?(?:possible|doable|left|on the table|safe)\b|"
    # (r15 yc) "what should my routine be?", "what should a routine look like for me?"
    r"\bwhat (?:should|would|could) (?:my|the|a|our) (?:\w+ )?(?:routine|programme|program|plan|leg day) "
    r"(?:be|look like|include|consist of)\b|"
    r"\bwhat (?:routine|programme|program) (?:should|would|do) (?:i|you)\b|"
    r"\b(?:best|most) (?:use|out) of (?:it|them|that|this|the time|my time|those|these)\b|"
    # (r14 wb) "leg options at the gym?", "what still works?", "which of these are kinder to it?"
    r"\b(?:leg|legs|strength|lower body) (?:exercises|moves|stuff|work|workouts?|options|ideas|training|"
    r"routine) (?:at|in|for|with|on) (?:the |a |my |an )?(?!(?:that|this|it|them|those|these)\b)\w+\s*$|"
    r"\bwhat (?:\w+ )?(?:still )?(?:works|is (?:still )?(?:doable|possible|safe))\b"
    r"(?=\s*$|\s+(?:for (?:me|my legs|legs|it|them)|now|then|any ?more)\b)|"
    r"\bwhich (?:of (?:these|them|those|the moves|the exercises)|ones?)\b(?: \w+){0,3} (?:kind\w*|safe\w*|"
    r"easi\w*|gentle\w*|better|best|ok|okay|fine|friendl\w*|suitable)\b|"
    r"\b(?:kinder|easier|gentler|easy|gentle|kind) (?:on|to|for) (?:it|my \w+|the \w+|them)\b|"
    # (r14 wb) "20 min nap window, zero equipment. what's the plan?", "so what's the move?"
    r"\b(?:whats|what is|what s) (?:the|my|a good|your) (?:plan|game ?plan|move|play|routine|best bet)\b"
)
_NO_FLOOR = rx.compile(
    # (r19 tm) "can't kneel or lie down easily"
    r"\b(?:(?:cant|cannot|can not|unable to) (?:kneel or )?(?:lie|lay|get) "
    r"(?:down|on (?:the|my) (?:floor|back|ground))|"
    r"(?:lying|laying|lie|lay) (?:down |on (?:the|my) (?:floor|back|ground) )?(?:is |are )"
    r"(?:off the table|out|a no go|not an option|not possible)|(?:lying|laying) (?:down |on (?:the|my) "
    r"(?:floor|back|ground) )(?:is |are )?(?:off the table|a no go|not an option|not possible)|"
    r"no floor (?:work|exercises?)|only standing|standing (?:up )?(?:only|exercises|moves|stuff)|"
    r"(?:i can|to) do standing(?: up)?|(?:do|doing) (?:\w+ )?standing up|"
    # (r19 tm) "what can I do for my legs standing up?", "which exercises can I do while standing?"
    r"(?:do|doing) (?:\w+ ){0,4}(?:while |when )?standing(?: up)?\s*$|"
    # "getting down on the floor is a pain", "can't get onto the ground", "floor work is out"
    r"(?:getting|get|going|go) (?:down |up and down |down and up )?(?:on|onto|to|off) (?:the )?(?:floor|"
    r"ground|mat)(?: and (?:back )?up)?(?: again)? (?:is |are )?(?:a |such a |really |very |so )?(?:pain|"
    r"hard|difficult|tough|tricky|struggle|impossible|not easy|no go|out|agony|nightmare|faff|hassle|chore)|"
    r"(?:cant|cannot|can not|unable to|struggle to|hard to) (?:easily )?get (?:down |up )?(?:on|onto|to|"
    r"off|up from) (?:the )?(?:floor|ground)|"
    r"(?:floor|ground|lying) (?:work|exercises?|stuff|moves?) (?:is |are )?(?:out|off the table|a no go|"
    r"not an option|not possible|hard|difficult|tough)|no (?:lying|laying)(?: down)?(?: stuff| moves| "
    r"exercises)?|nothing on the floor)\b"
)
_NO_KNEEL = rx.compile(
    r"\b(?:cant|cannot|can not|unable to|no) kneel\w*\b|\bkneeling (?:is )?(?:out|a no go|off)\b"
)
# Training at work ("10 minutes at my desk", "at lunch in the office"): standing moves, no floor.
_AT_WORK = rx.compile(
    r"\b(?:at|by|beside|next to) (?:my|the|our) desks?\b|\bin (?:the|my|our) office\b|\bat work\b|"
    r"\b(?:office|work) (?:lunch|break)\b|\bin work clothes\b|"
    # (r17 vc) "in the staff room in scrubs", "on my break during a night shift"
    r"\b(?:staff|break|tea|locker) ?rooms?\b|\bin (?:my )?(?:scrubs|uniform)\b|"
    r"\bon (?:my|a|the) (?:\w+ )?breaks? "
    r"(?:(?:during|on|at) (?:a |my |the )?(?:\w+ )?(?:shifts?|work)|at the (?!gym|track|park)\w+)\b"
)
# "someone at work said...": who said it, not where they train (taken out before _AT_WORK reads)
_TOLD_AT_WORK = rx.compile(
    r"\b(?:someone|somebody|people|guy|friend|mate|colleague|everyone|lads|girls|folks) at work\b"
)
# Squats the knee won't take: "can't do deep squats" (the article's stop at 90° is the answer), "can't
# squat at all" (the squats and lunges leave the list).
_NO_DEEP = rx.compile(
    r"\b(?:cant|cannot|can not|unable to|no) (?:do )?(?:any )?deep (?:squats?|squatting|lunges?|knee bends?|"
    r"bends?)\b|"
    # (xb) "can't kneel or go deep", "can't go deep any more"
    r"\b(?:cant|cannot|can not|unable to)(?: (?:\w+ ){0,3}\w+ or)? (?:go|get|squat|sink|bend) (?:down )?"
    r"(?:very |too |that )?(?:deep|low)\b|"
    r"\bdeep (?:squats?|squatting|lunges?|bends?) (?:\w+ )?(?:hurts?|kills?|aggravates?|bothers?|are out|"
    r"is out)\b|"
    # "a knee that doesn't like deep bending", "knees hate deep bends", "nervous about deep knee bends"
    r"\b(?:doesnt|dont|does not|do not|wont|never) (?:like|love|tolerate|enjoy) (?:\w+ )?(?:deep |much )?"
    r"(?:knee )?(?:bending|bends?|squatting|squats?|lunges?|lunging)\b|"
    r"\b(?:hates?|hate) (?:\w+ )?deep (?:knee )?(?:bending|bends?|squats?)\b|"
    r"\b(?:nervous|scared|afraid|worried|wary|anxious) (?:about|of) (?:\w+ )?deep (?:knee )?(?:bending|"
    r"bends?|squats?|squatting)\b|"
    r"\b(?:cant|cannot|can not|unable to) bend (?:my |the )?(?:knees? )?(?:very |that |too )?(?:far|much|"
    r"deep\w*|past 90)\b|"
    # (r14 wb) "can't go past about a right angle at the knee", "knee won't bend beyond 90 degrees"
    r"\b(?:cant|cannot|can not|unable to|wont|doesnt|dont|does not|do not) (?:go|get|bend|squat|sink|drop|"
    r"go down) (?:\w+ )?(?:past|beyond|further than|lower than|below|more than) (?:about |around |roughly )?"
    r"(?:a |an )?(?:right angle|90|ninety|half ?way|parallel)\b|"
    r"\b(?:limited|restricted|stiff|poor) (?:knee )?(?:bend|bending|flexion|range)\b(?=.{0,30}\bknees?\b)|"
    r"\bknees? (?:\w+ )?(?:only |wont |doesnt |dont )?bends? (?:only )?(?:to|about|so far|a bit|halfway)\b|"
    # "can't squat deep", "can't kneel or go deep", "unable to get down low"
    r"\b(?:cant|cannot|can not|unable to) (?:\w+ (?:or|and) )?(?:go|get|squat|bend|sink|drop)(?: down)? "
    r"(?:very |that |too |really )?(?:deep|low)\b"
)
_NO_SQUAT = rx.compile(
    r"\b(?:cant|cannot|can not|unable to) (?:do )?(?:any )?(?:squats?|squatting|squat|lunges?|lunge)\b|"
    r"\b(?:squats?|squatting|lunges?) (?:are|is) (?:out|off the table|a no go)\b"
)
# "scared of squats because of my weight", "squats terrify me": a gentler squat first, the fear answered
_SQUAT_FEAR = rx.compile(
    r"\b(?:scared|afraid|frightened|terrified|nervous|worried|wary|anxious|petrified) (?:\w+ )?(?:of|about) "
    r"(?:doing |trying )?(?:squats?|squatting|lunges?)\b|\b(?:squats?|squatting) (?:scares?|terrif\w*|"
    r"frightens?) me\b"
)
SQUAT_FEAR_LINE = (
    "No need to fear squats: start with the wall squat, where the wall takes part of your weight and you "
    "only go as low as feels fine (never past 90°), and keep the one-legged squat for later."
)
_SQUAT_MOVES = ("one_leg_squat", "weighted_one_leg_squat", "wall_squat", "lunge", "walking_lunge")
_FLOOR_MOVES = ("bridge", "hamstring_pushup", "hip_abduction", "supine_leg_lift")
FLOOR_MOVES = _FLOOR_MOVES  # (r19 tm) a standing-only plan's injury lead leaves them out too
_STANDING = ("one_leg_squat", "calf_raise", "step_up", "wall_squat", "lunge")


def _focus_lead(said: tuple[str, str, tuple[str, ...]], picked: list[str], focus: list[str]) -> str:
    """A plan's "For your hamstrings: X leads the list." once the kit has taken moves out of the list."""
    lead, told, named = said
    kept = [n for n in named if n in {EXERCISES[e].name.lower() for e in picked}]
    if list(named) == kept:
        return lead
    also = [EXERCISES[e].name.lower() for e in picked if any(m in EXERCISES[e].muscles for m in focus)]
    moves, how = (kept, "lead{} the list") if kept else (also, "work{} them too")
    if not moves:
        return lead
    listed = " and ".join(moves[:2]) if len(moves) <= 2 else f"{moves[0]}, {moves[1]} and {moves[2]}"
    return f"For your {told}: {listed} {how.format('' if len(moves) > 1 else 's')}."


# "can the stairwell be my gym?", "could I train my legs with just these?": the kit told, asked if it does.
_KIT_CAN = rx.compile(
    r"\b(?:can|could|would) (?:the |my |a |an |those |these |that |this |our )?(?:\w+ )?(?:be|work "
    r"as|serve as|"
    r"double as|act as) (?:my |a |an )?(?:gym|workout|leg day|training ground)\b|"
    r"\b(?:can|could) i (?:use|train (?:on|with|in)|work out (?:on|with|in)) (?:the |my |a |an |those "
    r"|these |"
    r"that |this |our )?(?:\w+ ){0,2}(?:for|as) (?:a |my )?(?:leg|legs|strength|workout|gym|training)\b|"
    r"\b(?:can|could) i (?:actually |really |still |even |realistically )?(?:do|get|build) (?:a |any |some "
    r"|my )?(?:decent |proper |good |real )?(?:leg|legs|"
    r"strength)(?: ?(?:workout|session|work|training|strength)){0,2} (?:done )?"
    r"(?:(?:with|using) (?:just |only )?|"
    r"(?:on|in) (?:the |my |a |our )?(?=stair|steps|hotel|room|bench|park)|"
    # (r16 wa) "can I actually do leg strength in that setup?": the setup just told
    r"(?:in|with) (?:that|this|my|such a) (?:setup|set up|situation|space|setting)\b)|"
    # (r14 vb) "can I do the strength part indoors, using just the furniture and floor?"
    r"\b(?:can|could) i (?:do|get|manage|fit) (?:the |my |a |some |any )?(?:strength|leg|legs|lifting)"
    r"(?: \w+){0,6} (?:with|using) (?:just |only )?(?:the |my |what )?(?:furniture|floor|bodyweight|"
    r"body weight|household|what i (?:have|ve got)|stuff (?:at|around) home)\b|"
    # (xb) "all I've got is a backpack full of books. Can I work with that?": the kit told, asked about
    r"\b(?:can|could) (?:i|we) (?:work|train|make do|get by|do anything|do something) with (?:that|this|it|"
    r"them|those|these)\s*$"
)


# A message that only tells the kit ("only thing I've got is an exercise ball", "all I have is dumbbells"):
# what to do with it is the ask.
# (r17 vc) A chair that rolls or swivels: "a desk chair on wheels", "a swivel chair" (an office chair alone
# may be a fixed one)
_ROLLING_CHAIR = rx.compile(
    r"\b(?:an? |the |my )?(?:(?:desk|office|computer|gaming) )?chairs? (?:on|with) (?:wheels|castors|casters|"
    r"rollers)\b|\b(?:an? |the |my )?(?:wheeled|wheely|wheelie|rolling|swivel(?:ling)?) "
    r"(?:(?:desk|office|computer|gaming) )?chairs?\b"
)
ROLLING_CHAIR_LINE = (
    "Keep off a chair that rolls or swivels: it can slide out from under you. Heels on the edge of the bed "
    "or a sofa that won't slide do the hamstring push-up's job."
)
_KIT_ONLY = rx.compile(
    r"(?:the )?only (?:thing|things|kit|equipment|gear|stuff) (?:(?:i|we) (?:ve |have )?|ive |weve )"
    r"(?:got|own|have) (?:at home |here )?(?:is|are)\b|"
    r"(?:all|everything) (?:(?:i|we) (?:ve |have )?|ive |weve )(?:got|own|have)"
    r"(?: at home| here)? (?:is|are)\b|i (?:only|just) (?:have|own|got)\b"
)
_ASK_WORD = rx.compile(
    r"\b(?:how|why|when|which|what|whats|should|is it|are they|does|do i|can i|could i|will|would|enough|"
    r"worth)\b"
)


# "need leg exercises that...", "give me some moves", "low impact exercises please": moves wanted.
_WANT_MOVES = rx.compile(
    r"\b(?:need|want|give me|suggest|recommend|looking for|after) (?:some |any |a few |good )?(?:\w+ )?"
    r"(?:exercises|moves|stuff|work)\b|\b(?:exercises|moves|stuff|workout|routine) (?:please|pls|plz)\b"
)


_FEAR_OF_HURT = rx.compile(
    r"\b(?:get|getting|got|end up|ending up) (?:hurt|injured)(?: again)?\b|\b(?:avoid|prevent|without) "
    r"(?:\w+ )?(?:injury|injuries|getting hurt)\b"
)


_GIVE_ME = rx.compile(r"\b(?:give me|gimme|hit me with|send me) (?:something|anything|some ideas|ideas)\b")


def _requested(message: str, said: int) -> bool:
    """Does the message ask for a routine or for what to do (given what the runner said they have)?"""
    if rx.search(GET_READY, message):
        return False  # (r19 ti) "a good way to get ready before I start a leg session?": the warm-up
    if OPEN.search(message):
        return True
    if said >= 2 and rx.search(
        r"\bany (?:\w+ ){0,3}(?:exercises|moves|stuff|options|ideas|workouts?)\b", message
    ):
        return True  # "can't lie on the floor, any standing leg exercises?"
    if said and rx.search(
        r"\bany (?:(?:leg|legs|strength|good|other|decent) )*(?:exercises|moves|stuff|ideas|workouts?)\s*$",
        message,
    ):
        return True  # "hotel all week, no kit, small room. any leg stuff?": the ask that ends the message
    if said and _GIVE_ME.search(message):
        return True  # "15 minutes tops after work, give me something"
    if _minutes(message) is not None and _ANYTHING.search(message) and not _YESNO.match(message):
        return True  # (r17 vc) "10 min on my break on a night shift. anything I can do in the staff room?"
    if said and _HOW_TRAIN.search(message):
        return True  # (r14 wb) "just sand and some dunes, no gym. how do I strength train?"
    if said and _KIT_CAN.search(message):
        return True  # "can the stairwell be my gym?", "can I do a leg workout with just bands?": yes, and how
    if said and TOO_SOON.search(message) and not _names_exercise(message):
        return True  # (r17 vb) "start now or wait until I can run 5k? a staircase and a chair": start, there
    if _YESNO.match(message):
        return False  # "do i need a gym membership to get stronger legs": a yes/no, not a plan request
    if said >= 2 and _ASKS_WORKOUT.search(message):
        return True
    if (
        (said >= 2 or (said and _minutes(message) is not None))
        and MOVES_ASK.search(message)
        # (xb: "can't kneel or squat low": a limit told, not a squat asked about)
        and not _names_exercise(_NO_DEEP.sub(" ", _NO_SQUAT.sub(" ", message)))
        and not _FIGURE_OR_YESNO.search(message)
    ):
        return True  # (r14 vb) "housemates asleep, nothing loud. what leg stuff?": moves that fit it
    routine = bool(_ROUTINE.search(message)) and not _NOT_A_REQUEST.search(message)
    # ("does a session need to be", "all the workout you need", "do i need to focus": not asking for one)
    asked_for = bool(_REQUEST.search(_NEED_NOT_ASKED.sub(" ", message))) if "need" in message else None
    if (
        routine
        and rx.search(r"\bhow (?:long|many|much|often)\b", message)
        and not (_REQUEST.search(message) if asked_for is None else asked_for)
        and not rx.search(r"\b(?:what|which)\b", message)
    ):
        return False  # "...dumbbells at home. How long should each session be?": the figure, not a routine
    if (
        routine
        and ((_REQUEST.search(message) if asked_for is None else asked_for) or said)
        and (_LEGS.search(message) or said)
    ):
        return True
    if (
        said
        and rx.search(r"\b(?:help|help me|please help|advice|any advice|tips|any tips)\s*$", message)
        and not _names_exercise(message)
        and not rx.search(r"\b(?:form|technique)\b", message)
    ):
        return True  # "hotel rooms all week, no gym, help": what to do there
    if (
        said >= 2
        and rx.search(r"\b(?:thats it|thats all|nothing else)\s*$", message)
        and not _ASK_WORD.search(message)
    ):
        return True  # "a bench and a couple of ankle weights and that's it": what to do with it
    if said and _WANT_MOVES.search(message):
        return True  # "need leg exercises that don't involve hopping", "low impact exercises please"
    if said and _KIT_ONLY.match(message) and not _ASK_WORD.search(message):
        return True  # "only thing I've got is an exercise ball" (and nothing asked): what to do with it
    if said and rx.search(
        r"\b(?:so )?(?:anything|any ideas|ideas|suggestions|any suggestions|options|any options|what now|"
        r"now what|"
        r"what do i do|what (?:\w+ ){0,2}(?:can|could|should) i do(?: (?:there|here|on (?:it|them|those|"
        r"these|that)|with (?:it|them|that|those|these)|for (?:my )?(?:legs?|leg strength|running)))?)\s*$",
        message,
    ):
        return True  # "no gym, no equipment, and no hills. anything?": what to do with what they have
    return bool(said and _ANYTHING.search(message) and (_LEGS.search(message) or said >= 2))


# "my dumbbells feel too light now", "lunges are getting too easy": how to make it harder.
_TOO_LIGHT = rx.compile(
    r"\b(?:too (?:light|easy)|not heavy enough|(?:way|far|much) too light|outgrown (?:them|my|the)|"
    r"need (?:heavier|more weight)|make (?:it|them|this|that|leg work|\w+ work|the \w+) (?:\w+ )?harder|"
    # (r17 vb) "same routine for six months... how do I progress it?": how to make it harder
    r"how (?:do|can|should|would) (?:i|we) (?:progress|level up) (?:it|this|that|them|my|the)|"
    r"progress (?:it|this|my (?:routine|workout|session|legs))(?= and| or|\s*$))\b"
)
_HOW_KNOW = rx.compile(
    r"\bhow (?:do|can|would|will|should) (?:i|you|u) (?:know|tell)\b|\bhow to (?:know|tell)\b"
)
# (r17 vb) the progression asked, not a load told too light
_PROGRESS_ASKED = rx.compile(r"\b(?:progress|level up)\b")
TOO_LIGHT_LINE = (
    "Make them harder without heavier weights: go one-legged (each leg then works harder than in the "
    "two-legged version), lower slowly and pause at the bottom, or add reps until 12–15 leave you tired; "
    "never trade form for load."
)
TOO_EASY_LINE = (
    "Make it harder: go one-legged (each leg then works harder than in the two-legged version), lower "
    "slowly, and add weight as you get stronger (dumbbells for lunges and one-legged squats); work several "
    "muscle groups, not one move every day."
)
# "only bands, enough for runners?", "stairs and a backpack, will that do?": is the kit told enough.
_ENOUGH_KIT = rx.compile(
    r"\b(?:enough|worth (?:it|bothering|using)|will (?:that|it|this|they|those) do|"
    r"(?:is|are) (?:that|this|it|they|those) "
    r"(?:ok|okay|sufficient|good enough)|(?:can|could) i (?:still )?(?:do|get|build|make) (?:a |any |some "
    r"|my )?(?:decent |proper |good |real |full )?(?:leg|legs|strength|runners|runner|workout))\b"
)


def _single_load(kit_names: list[str]) -> str | None:
    """How a single load is held: one kettlebell at the chest, a loaded backpack worn."""
    if "dumbbells" in kit_names:
        return None
    if "a kettlebell" in kit_names:
        return "the kettlebell held at your chest"
    if "a loaded backpack" in kit_names:
        return "wearing the loaded backpack"
    return None


# "bridges and the hamstring chair thing are out", "calf raises aggravate it": the moves named before it.
_OUT_SAID = rx.compile(
    r"\b(?:(?:are|is|r) (?:out|off the table|a no go|not an option|not possible|off limits|banned)|"
    r"aggravat\w*|irritat\w*|hurts?|kills?|bothers?|flares? (?:it|up))\b"
)


_LOOSE_NAMES = frozenset("skip skips hill hills treadmill the bridge".split())


@lru_cache(maxsize=1)
def _ruled_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """One compiled names pattern per exercise, for _ruled_out (compiled once)."""
    out = []
    for ex in EXERCISES.values():
        names = sorted((n for n in exercise_names(ex) if n not in _LOOSE_NAMES), key=len, reverse=True)
        if names:
            alt = "|".join(re.escape(n) for n in names)
            out.append((rx.compile(rf"\b(?:{alt})(?:e?s)?\b"), ex.id))
    return tuple(out)


def _ruled_out(message: str) -> set[str]:
    """The exercises the runner names as out or hurting (the few words before "are out"), by id."""
    out: set[str] = set()
    for m in _OUT_SAID.finditer(message):
        window = " ".join(message[: m.start()].split()[-7:])
        out.update(ex_id for pattern, ex_id in _ruled_patterns() if pattern.search(window))
    return out


def _line(ex_id: str) -> str:
    """One routine line: the exercise and its reps (the sets are said once, above the list)."""
    ex = EXERCISES[ex_id]
    d = ex.dose
    side = " each leg" if d.per_side else ""
    if d.hold_s is not None:
        amount = f"hold {d.hold_s} s"
    elif d.repeats_min is not None:
        amount = f"{d.repeats_min}–{d.repeats_max} repeats" + (f" at a {d.grade} grade" if d.grade else "")
    else:
        amount = f"{d.reps}–{d.reps_max} {d.unit}{side}"
    return f"• {ex.name}{_WHERE.get(ex_id, '')}: {amount}"


@lru_cache(maxsize=1)
def _name_patterns() -> tuple[re.Pattern[str], ...]:
    """Every exercise name's start-of-word pattern, compiled once (in the loop they overflowed re's
    cache and were compiled again on every call)."""
    return tuple(rx.compile(rf"\b{re.escape(n)}") for ex in EXERCISES.values() for n in exercise_names(ex))


# "how can I use the stairs for leg strength?": what to do with the kit told, a plan.
_USE_KIT = rx.compile(
    r"\bhow (?:do|can|could|should|would) (?:i|we) (?:best )?(?:use|make use of|train with|work out with) "
    r"(?P<obj>(?:\w+ ){1,5}?)(?:for|to)\b"
)
_LOAD_KIT = rx.compile(
    r"\b(?:which|what) (?:\w+ ){0,3}(?:exercises?|moves?|ones|stuff|things) (?:can|could|should|do|would) "
    r"(?:i|we) (?:load|use|weight|hold|add|do)\b(?: \w+){0,2} (?:with )?(?:it|them|this|that|these|those)\b"
)
# "what height of box for step-ups?", "how heavy should the dumbbells be for lunges?": a figure for one
# exercise, not a routine.
_FIGURE_ASK = rx.compile(
    r"\b(?:what|which) (?:height|size|weight|grade|angle|incline|length)\b|"
    r"\bhow (?:high|tall|big|heavy|steep|low|deep)\b"
)


# No hills where they live ("totally flat here", "not a hill in sight") but climbs to train for.
_NO_HILLS = rx.compile(
    r"\b(?:(?:totally|completely|pancake|dead|really|very|so|pretty|super) flat|flat (?:where|here|area|"
    r"town|city|country|county|terrain|round|around|as a pancake)|"
    r"(?:live|living|based) somewhere (?:\w+ )?flat|"
    r"no (?:real |proper )?hills?|(?:dont|do not|never) have (?:any )?(?:real )?hills|zero hills|"
    r"not a (?:single )?hill|without (?:any |a )?hills?|"
    # (r19 tg) away on a ship or a rig: no hills to run for weeks
    r"at sea|on board|onboard|offshore|on (?:a|the) (?:ship|boat|rig|vessel))\b"
)
NO_HILLS = _NO_HILLS  # (r16 zb: read by dialogue.py, a flat place told before a hill-repeats ask)
_CLIMBS = rx.compile(
    r"\b(?:hilly|hills?|climbs?|climbing|uphills?|mountains?|elevation|vert|fells?|trails?)\b"
)
NO_HILLS_LINE = (
    "No hills: any 5–10% slope stands in (a car-park ramp, a sloping road), 5–8 efforts; so does a "
    "treadmill at a 5–10% incline; step-ups on a stair or bench train the climbing muscles too."
)


# A runner who asks for gentle, safe work: the easier way of each one-legged move, in the list.
_SOFT = rx.compile(
    r"\b(?:gentle|gently|gentler|without (?:hurting|injuring|straining)|safely|safe|safest|low impact|"
    r"easy on (?:my |the )?"
    r"(?:body|joints?|knees?))\b"
)


_HARD_ONE_LEG = ("one_leg_squat", "hamstring_pushup", "calf_raise", "step_up", "weighted_one_leg_squat")


_SHORT_THREE = ("one_leg_squat", "calf_raise", "bridge")


def _easier(line: str, picked: list[str]) -> str:
    for e in picked:
        ex = EXERCISES[e]
        if line.startswith(f"• {ex.name}") and e in _HARD_ONE_LEG and ex.easier:
            return f"{line} (easier: {ex.easier[0].lower()}{ex.easier[1:].rstrip('.')})"
    return line


# "is it too early to add strength?", "should I wait?": a runner starting out asks if it's time yet.
TOO_SOON = rx.compile(
    r"\b(?:too (?:early|soon)|should i (?:wait|hold off)|"
    r"(?:wait|hold off) (?:until|till|before|a bit|a while)|"
    r"am i ready (?:for|to)|"
    # (r17 vb) "can I start legs before I can run for 40 minutes straight?": a milestone, not the order
    r"before i (?:can|could|am able to|manage to) (?:run|jog|finish|complete|do the whole))\b"
)
_TOO_EARLY = rx.compile(r"\btoo (?:early|soon)\b")  # "is it too early?": a No to say, not a start
_NO_MINIMUM = "the article sets no minimum, and a light start alongside your running is fine."
TOO_SOON_LINE = f"No, it's not too early: {_NO_MINIMUM}"
# (r17 vb) "should I add leg strength now or wait until...?": the choice's side first
_NOW_OR_WAIT = rx.compile(
    r"\b(?:now|already|yet|straight away|right away|immediately),? or "
    r"(?:should i |do i |better to |just )?(?:wait|hold off|leave it)\b"
)
_MILESTONE = rx.compile(r"\b(?:before|until|till) i (?:can|could|am able to|manage to|finish|complete)\b")
START_NOW_LINE = f"Start now, no need to wait: {_NO_MINIMUM}"


def _names_exercise(message: str) -> bool:
    return any(p.search(message) for p in _name_patterns())


# "Thinking lunges, leg press, hamstring curls and calf raises. How do I pick the weight, how many sets?":
# the load and sets of the runner's own moves, not a stock routine that swaps them out.
_LOAD_ASK = rx.compile(
    r"\b(?:how (?:heavy|much weight|many sets|many reps)|(?:pick|choose|select|set|decide on|work out|know) "
    r"(?:the |a |my |what |which )?(?:weights?|loads?|resistance)|what (?:weight|load)|starting weights?)\b"
)


def _own_moves_dosed(message: str) -> bool:
    """The runner names two or more moves of their own and asks only how heavy / how many sets."""
    named = sum(1 for p in _name_patterns() if p.search(message))
    return named >= 2 and bool(_LOAD_ASK.search(message)) and not OPEN.search(message)


# "can I get a leg session done in that time?": the time's verdict leads the plan.
_IN_TIME_ASK = rx.compile(
    # (r16 za: "what could I do at home in 20 minutes?" asks for the moves, no yes or no)
    r"(?<!what )(?<!which )(?<!how )\b(?:can|could) (?:i|you|we) (?:\w+ ){0,6}(?:in|within) (?:that|this|the|"
    r"so little|that little|"
    r"\d+ ?(?:min\w*|mins?))(?: (?:time|window|slot|gap))?\b|\b(?:is|will) (?:that|it|this) (?:be )?"
    r"(?:enough|long enough|worth it)\b|\benough time\b|"
    # "would a strength routine even be worth it?" with minutes told: is their time worth it (lead,
    # after test26-031)
    r"\b(?:would|will|is) (?:a |the |some )?(?:\w+ ){0,3}(?:even |really |actually )?(?:be )?worth "
    r"(?:it|doing|bothering|the (?:time|effort|bother))\b"
)


def _time_verdict_first(lines: list[str], message: str) -> None:
    """Move the minutes line (the last one) to the top with its yes when the runner asked about the time."""
    if not _IN_TIME_ASK.search(message):
        return
    said = lines.pop()
    lines.insert(0, "Yes: " + said.replace(" enough: ", " enough; ", 1))


_PLACE_ASK = rx.compile(
    r"\bwhat (?:\w+ ){0,2}(?:can|could) (?:i|we) do (?:there|here|on (?:it|them|those|these|that))"
    r"(?: for (?:my |the )?(?:legs|leg strength|strength))?\s*$"
)


# A routine asked for something else than leg strength ("a good warm-up before a leg session", "a core
# routine, planks and stuff"): not a leg plan.
_OTHER_ROUTINE = rx.compile(
    r"\b(?:warm ?ups?|cool ?downs?|stretch\w*|mobility|core|abs|ab|planks?|upper body|arms?|chest|yoga|"
    r"pilates) (?:routine|session|workout|circuit|plan|program|programme|sesh|exercises|stuff)\b|"
    r"\b(?:good|best|quick|decent|proper|simple|short) (?:warm ?ups?|cool ?downs?|stretch\w*)\b|"
    r"\bwarm ?ups? (?:before|for) (?:a |my |the |each )?(?:leg|strength|gym|lifting|squat)|"
    # ((r20 tn) "never done strength beyond the odd plank": the history told, not a core routine asked)
    r"(?<!\bodd )(?<!occasional )(?<!beyond )(?<!besides )(?<!except )(?<!than )(?<!from )(?<!few )"
    r"\b(?:planks?|sit ?ups|crunches)\b|"
    # (r19 tl) "what should I be doing before I start lifting?", "what do I do before my leg session?": the
    # warm-up before it, not a routine
    r"\bwhat (?:should|do|can|must|would) (?:i|we) (?:be )?(?:do|doing) (?:first )?before "
    r"(?:i (?:start |begin |get )?|we (?:start |begin )?|my |the |a |each |starting |getting )?"
    r"(?:lifting|lift|loading|squatting|leg (?:sessions?|day|work|workouts?)|strength (?:sessions?|work)|"
    r"gym sessions?|sessions?|weights|the weights)\b"
)


# (r19 tl) "where do I start with hills as strength work?", "how do I use hills for strength?": how to run
# the hill repeats (the gym's absence only sets the scene), not a home routine with a hill line in it
_HILLS_HOW = rx.compile(
    r"\b(?:where|how) (?:do|should|can|would) (?:i|we) (?:start|begin|get started) (?:with|using|doing) "
    r"(?:the |some )?(?:hills?|hill (?:work|repeats|reps|running|sprints))\b|"
    r"\bhow (?:do|should|can|would) (?:i|we) (?:use|do) (?:the |some )?(?:hills?|hill (?:work|repeats|reps)) "
    r"(?:as|for) (?:my )?(?:strength|leg)"
)


# "all the benches are taken, what else can I step up onto?", "what can I use for step-ups, no step?"
_STEP_ON = rx.compile(
    r"\bwhat (?:\w+ ){0,3}(?:can|could|should|do|would) (?:i|we) (?:use |do (?:my |the )?)?(?:to )?"
    r"(?:step(?: ups?)? (?:up )?(?:on|onto)|(?:for|as) (?:a |the )?(?:step|step ups?|bench))\b|"
    r"\bwhat (?:else )?(?:can|could|should) (?:i|we) (?:use|do) (?:my |the )?step ups? on\b|"
    r"\b(?:what|anything) (?:else )?(?:to|i can|i could) step (?:up )?(?:on|onto)\b"
)
STEP_ON_TEXT = (
    "Anything solid, knee-high or lower, that won't tip, roll or slide: an aerobic step, a plyo box, the "
    "bottom stair of a stairwell, or a sturdy low platform pushed against a wall. Step up until the knee "
    "is almost straight (not locked), then lower slowly; 2–3 sets of 12–15 each leg.\n"
    "Full card: /exercise bench step-up"
)


_DAUNTED = rx.compile(
    r"\b(?:intimidat\w*|daunting|daunted|overwhelm\w*|self conscious|scares me|scary|out of place|"
    r"(?:nervous|anxious) (?:about|in|at) (?:the |a )?gym)\b"
)
# "what do I need to be careful of?": the article's cautions, in one line after the plan
_CAREFUL_TOLD = rx.compile(
    r"\b(?:careful (?:of|about|with)|be careful|watch out for|look out for|be wary of|mistakes? to avoid|"
    r"what (?:should|do) (?:i|we) avoid|what to avoid)\b"
)
CAREFUL_LINE = (
    "Be careful of: a load heavier than your form allows (pick one that tires you by 12–15 reps), bouncing "
    "or rushing (slow and controlled), holding your breath (breathe out on the effort) and locking your "
    "knees; warm up first and stretch after."
)
# "my knees have been grumbling on the longer runs": the knees' line, with the professional line
_KNEE_GRUMBLE = rx.compile(
    r"\bknees?\b(?: \w+){0,4} (?:grumbl\w*|achy|aching|aches?|sore|niggl\w*|complain\w*|moan\w*|twing\w*)|"
    r"\b(?:grumbly|achy|sore|niggly|dodgy) knees?\b"
)
KNEE_LINE = (
    "For the knees: the article says quad and hamstring strength, kept in balance, helps them; if the ache "
    "gets sharp or doesn't settle, see a physio."
)


# Another sport told with its own sessions ("4-5 pool sessions a week", "I row at club level").
_OTHER_SPORT = rx.compile(
    # ("break the cycle", "my cycle": no bike)
    r"\b(swim\w*|pool sessions?|cycling|cyclist|cycle (?:to|\d|commute)|bike rides?|rowing|row at|football|"
    r"soccer|rugby|hockey|netball|"
    r"basketball|tennis|triathlon)\b"
)
_SWIM = "keep it off your hardest swim days too, and on a day with both, swim first"
_BIKE = "keep it off your hardest ride days too, and on a day with both, ride first"
_MATCH = "keep it off match days and the day before a match too"
_SPORT_NAME = {
    "swim": _SWIM,
    "pool": _SWIM,
    "cycl": _BIKE,
    "bike": _BIKE,
    "rowi": "keep it off your hardest rowing days too, and on a day with both, row first",
    "row ": "keep it off your hardest rowing days too, and on a day with both, row first",
    "foot": _MATCH,
    "socc": _MATCH,
    "rugb": _MATCH,
    "hock": _MATCH,
    "netb": _MATCH,
    "bask": _MATCH,
    "tenn": _MATCH,
    "tria": "keep it off your hardest swim and bike days too",
}
# "hotel gym has a treadmill and a couple of kettlebells": a place's kit told, nothing asked
_GYM_WORD = rx.compile(
    r"\b(?:(?:the|my|our|a|an) )?(?:\w+ )?(?:gym|weights room|fitness (?:room|centre|center))\b"
)
_GYM_WITH = rx.compile(
    r"\b(?:gym|weights room|fitness (?:room|centre|center)) "
    r"(?:with|that has|which has|that s got|containing) "
    r"(?:\w+ ){0,4}(?:leg press|sled|(?:leg|quad|quadriceps|knee) extensions?|(?:leg|hamstring|ham) curls?)\b"
)
_GYM_HAS = rx.compile(
    r"^(?:the |my |our |a |an )?(?:\w+ ){0,2}(?:gym|weights room|fitness (?:room|centre|center))"
    r"(?: (?:at|in) (?:my |the |our |this )?\w+)? "
    r"(?:has|have|has got|is|got|only has|just has|with\b|"
    # (r18 td) "work gym: leg press and dumbbells" (the colon gone in the normalised text): its kit listed
    r"(?=(?:a |an |one )?(?:leg press|sled|(?:leg|quad|quadriceps|knee) extensions?|(?:leg|hamstring|ham) "
    r"curls?|dumbbells?)\b))"
)


# "gym before work and run at lunch, or the other way round?", "lift am and run pm or vice versa": which
# comes first in a day is asked, not what to do.
_ORDER_ASK = rx.compile(
    r"\bor (?:the other way (?:round|around)|vice versa|the reverse|other way)\b|"
    r"\b(?:run|running|runs)\b[^.?]{0,40}\bor\b[^.?]{0,40}\b(?:gym|lift\w*|"
    r"strength|weights|legs)\b[^.?]{0,30}"
    r"\b(?:first|before|after|morning|evening|am|pm|lunch)\b|"
    r"\b(?:gym|lift\w*|strength|weights|legs)\b[^.?]{0,40}\b(?:morning|evening|am|pm|before work|after work|"
    r"lunch)\b[^.?]{0,60}\bor (?:run|go for|do)\b"
)


# "ankle weights at my work gym, how do I use them for hips?", "how do I turn the treadmill into a strength
# workout?": how to use one piece of kit that makes one of the article's moves; that move's steps.
_KIT_USE_ASK = rx.compile(
    r"\bhow (?:do|can|could|should|would) (?:i|we|you) (?:best |actually )?(?:use|make use of|train with|"
    r"work out with|turn|make|get (?:a |some )?(?:\w+ )?(?:workout|strength|training) (?:out of|from|on)) "
    r"(?P<obj>(?:\w+ ){0,4}?)(?:for|into|to|as|in)\b|"
    r"\bwhat (?:do|can|should) i do with (?P<obj2>(?:\w+ ){0,3}?)(?:for|to)\b|"
    # "is there strength stuff I can do on or near the treadmill?"
    r"\b(?:stuff|work|exercises?|things?|moves?|workouts?|anything|something) "
    r"(?:(?:that )?(?:i|you|we) (?:can|could) (?:do|try) |to do )(?:on|with|using|near|beside|around|next to)"
    r"(?: or (?:near|beside|around|next to|off))? "
    r"(?P<obj3>(?:the |a |my |our )?(?:treadmills?|ankle weights?))\b"
)
# Another ask beside the kit's ("is this a good time to switch to strength, and what can I do on the
# treadmill?"): the dialogue answers both.
_OTHER_ASK = rx.compile(
    r"\b(?:is (?:this|it|now) (?:a )?(?:good|right|bad)|good (?:time|idea)|should i|how (?:many|often|long)|"
    r"what (?:should|do) i|and how|and what|and when)\b"
)
_PRONOUN_OBJ = rx.compile(r"^(?:them|it|these|those|this|that|they|the things?)\s*$")
_KIT_MOVES = (
    (
        rx.compile(r"\btreadmills?\b"),
        "treadmill_incline",
        "Raise the incline: a treadmill at a 5–10% grade stands in for hill running, which the article calls "
        "resistance training for runners.",
    ),
    (
        rx.compile(r"\bankle (?:weights?|straps?)\b"),
        "hip_abduction",
        "They make the article's hip strengthener, the side-lying hip raise:",
    ),
)


def _kit_use(message: str) -> Plan | None:
    """How to use one piece of kit told (normalised message), when the article has a move for it: the
    move's steps and dose, not a routine; None otherwise."""
    if "treadmill" not in message and "ankle" not in message:
        return None  # (cheap gate: the kit _KIT_MOVES knows)
    m = _KIT_USE_ASK.search(message)
    if m is None:
        return None
    obj = next((g for g in (m.group("obj"), m.group("obj2"), m.group("obj3")) if g is not None), "")
    named = [(ex_id, lead) for pat, ex_id, lead in _KIT_MOVES if pat.search(obj)]
    if not named and _PRONOUN_OBJ.match(obj):
        # "how do I use them for hips": the kit the message told before the ask
        named = [(ex_id, lead) for pat, ex_id, lead in _KIT_MOVES if pat.search(message[: m.start()])]
    if len(named) != 1:
        return None
    ex_id, lead = named[0]
    ex = EXERCISES[ex_id]
    said_steps = list(ex.steps)
    if ex_id == "hip_abduction" and not rx.search(
        r"\b(?<!no )(?<!without a )(?:bench(?:es)?|gym)\b", message
    ):
        # (r17 uf) "all i own is a pair of ankle weights": no bench told, so the floor (the article's
        # bench is no must: content/guidance.py's stand-in)
        said_steps = [
            "Lie on your left side on the floor or a mat." if rx.search(r"\bbench\b", x) else x
            for x in said_steps
        ]
    steps = " ".join(f"{i}) {step}" for i, step in enumerate(said_steps, 1))
    extra = ""
    if ex_id == "hip_abduction":
        extra = "\nThen a similar lift lying on your back, for the front of the hip."
    elif rx.search(
        r"\b(?:near|beside|around|next to|off|as well|too|also|and other|what else)\b", message[m.start() :]
    ):
        # "on or near the treadmill": the moves beside it, no gym floor needed
        extra = (
            "\nBeside it, the bodyweight basics need no gym: calf raises on a step, one-legged squats, "
            "bridges and step-ups, 2–3 sets of 12–15."
        )
    dose = ex.dose.text()
    if m.group("obj3") is not None and rx.search(r"\b(?:is there|are there|can i|could i|any)\b", message):
        lead = f"Yes, {lead[:1].lower()}{lead[1:]}"  # "is there strength stuff I can do on the treadmill?"
    return Plan(
        f"{lead} {steps}{extra}\nDose: {dose[:1].lower()}{dose[1:]}, twice a week.\n"
        f"Full card: /exercise {ex.name.lower()}",
        f"exercise:{ex_id}",
    )


# "show me the lunge", "how do I do a lunge", "walk me through step-ups": one named move's how-to.
_SHOW_ME = rx.compile(
    r"\b(?:show me|walk me through|talk me through|teach me|explain) (?:how to do )?(?:the |a |an |how )|"
    r"\bhow (?:do|should|can) (?:i|you|we) (?:do|perform) (?:the |a |an )|"
    r"\bhow to (?:do|perform) (?:the |a |an )"
)


def _no_days(message: str) -> str | None:
    return None


# the session-length line of a plan, and its opening (which later steps look for)
_SESSION_LENGTH_LEAD = "About 15 to 20 minutes; warm up"
_SESSION_LENGTH_LINE = f"{_SESSION_LENGTH_LEAD} with an easy jog first and stretch after."


# Kit that changes from place to place ("different hotel every few nights: some have a gym, some nothing").
_KIT_VARIES = rx.compile(
    r"\bsome (?:of them |hotels |places |days |weeks )?(?:have|has|got)\b.*"
    r"\bsome (?:of them |hotels |places )?(?:have|has|got) (?:nothing|no\b|zero|none)|"
    r"\b(?:kit|equipment|gym|what i have|what ive got) (?:\w+ )?(?:varies|changes|depends)\b|"
    r"\b(?:sometimes|some weeks|some days) (?:a |the )?gym\b.*\b(?:sometimes|other (?:weeks|days|times)) "
    r"(?:nothing|no\b|just|only)"
)
_HOW_ASKED = rx.compile(
    r"\bhow (?:should|do|can|would|could) (?:i|we) (?:best )?(?:structure|organi[sz]e|plan|"
    r"set (?:\w+ ){1,2}up|approach|handle|manage|do)\b|\bwhat (?:should|can|could|would) (?:i|we) do\b|"
    r"\broutine\b|\bplan\b"
)
KIT_VARIES_TEXT = (
    "Build it on a bodyweight routine that works anywhere, and use the gym when there is one:\n"
    "• Anywhere: one-legged squats, calf raises off a step or kerb, bridges (hold 30 s), hamstring push-ups "
    "with your heels on a chair or the bed, line hops\n"
    "• With a gym: swap in the leg press, hamstring curl and lunges with dumbbells; a treadmill's incline "
    "(5–10%) stands in for hill repeats\n"
    "2–3 sets of each, a load that tires you by 12–15 reps, about 15–20 minutes. Twice a week wherever you "
    "are, never on a hard-run day or the day before a race.\nTry one: /workout home"
)


# the treadmill as the hills a runner lacks, one line of a plan (three places add it)
_TREADMILL_YOUR_HILLS = "• Treadmill incline (your hills): 5–8 repeats at a 5–10% grade"


def plan(message: str, their_days_of: Callable[[str], str | None] = _no_days) -> Plan | None:
    """The plan for a (normalised) message that states its constraints and asks what to do, or None.
    ``their_days_of`` names the two days that suit in the runner's own week (content/week.py
    their_days; passed in, since week.py reads asks.py, which reads this module)."""
    if _OTHER_ROUTINE.search(message):
        return None  # "what's a good warm-up before a leg session?": the warm-up, not a routine
    if _HILLS_HOW.search(message):
        return None  # (r19 tl) "where do I start with hills as strength work? no gym near": the hill how-to
    # (r17 vc) "a bed and a desk chair on wheels": a chair that rolls is no chair to brace a move on
    rolls = bool(_ROLLING_CHAIR.search(message)) if "chair" in message else False
    if rolls:
        # (a bed or sofa is in any room one sleeps or sits in: its edge holds the heels for the hamstring
        # push-up, so the chair's move stays in the list)
        message = _ROLLING_CHAIR.sub("no chair", message) + ("" if _SOFT_SEAT.search(message) else " a bed")
    if _KIT_VARIES.search(message) and (_HOW_ASKED.search(message) or OPEN.search(message)):
        return Plan(KIT_VARIES_TEXT, "rule:gym_vs_home")  # a routine for anywhere, the gym's swaps
    if _ORDER_ASK.search(message):
        return None  # "gym in the morning and run after work, or the other way round?": the order rule
    hills = _settles(message) if "hill" in message else None
    if hills is not None and hills[0].startswith("Not on its own: hill"):
        return None  # (r16 zd) "hill reps = leg day? skip gym": whether hills stand in, not a gym routine
    if (
        _ORDER_ASKED.search(message)
        and rx.search(r"\b(?:which|order|before or after)\b", message)  # (not "what do I do first")
        and rx.search(r"\b(?:run|runs|running|jog\w*|\d+ ?k)\b", message)
        and not OPEN.search(message)  # ("give me a routine and tell me which goes first": both)
        and not rx.search(r"\b(?:routine|plan|workout)\b", message)
    ):
        return None  # "leg day and a run same day, which one goes first?": the order rule, not a routine
    if _own_moves_dosed(message):
        return None  # "thinking lunges, leg press and curls: how do I pick the weight?": their moves' dose
    kit_use = _kit_use(message)
    if kit_use is not None:
        return kit_use  # "how do I use the ankle weights for my hips?": that move, not a routine
    if _SHOW_ME.search(message) and _names_exercise(message):
        return None  # "can you show me the lunge, and can I hold the dumbbells overhead?": that move's how-to
    if (
        WEEKDAY.search(message)
        and (
            rx.search(r"\b(?:ok|okay|fine|alright|a good idea|too much|a problem|bad)\s*$", message)
            # (r16 ze) "...is Sunday a good day for the leg session?": that day's verdict too
            or _DAY_GOOD_ASK.search(message)
        )
        and not OPEN.search(message)
        and rx.search(
            r"\b(?:race|racing|parkrun|long run|intervals?|tempo|track|hills?|speed ?work)\b", message
        )
    ):
        return None  # "parkrun Saturdays. is a gym session Saturday evening ok?": that day's verdict
    if _RACE_NEXT.search(message):
        return None  # "quick leg sesh before parkrun tomorrow?": the day-before-a-race rule answers (T3)
    if _RUN_UP.search(message) and not rx.search(r"\b(?:never|havent|not yet|start\w*|new to)\b", message):
        return None  # "10k in three weeks: what do I do in race week?": the run-up, not a stock routine
    if any(_names_exercise(message[f.start() : f.end() + 60]) for f in _FIGURE_ASK.finditer(message)):
        return None  # "what height of box should I use for step ups?": the step-up's figure
    limited = any(p.search(message) for p in (_NO_JUMP, _NO_FLOOR, NO_GRIP, _NO_DEEP, _NO_SQUAT))
    open_m = OPEN.search(message)
    # (r16 za) "how do I put a leg session together with that, and can the treadmill stand in for hills?":
    # a session asked for as well as the swap
    session_asked = bool(
        open_m and rx.search(r"\b(?:sessions?|workouts?|routine|leg day)\b", open_m.group(0))
    )
    if _SWAP.search(message) and _names_exercise(message) and not limited and not session_asked:
        return None  # "what do I do instead of step ups": that exercise's substitutes, not a plan
    if _KNEES_IN.search(message) and not _ROUTINE.search(message):
        return (
            None  # "my knees cave in when I squat, is that a problem?": the form sign's answer, not a routine
        )
    step_on = _STEP_ON.search(message)
    if step_on and not _names_exercise(message.replace(step_on.group(0), " ")):
        return Plan(STEP_ON_TEXT, "exercise:step_up")  # "the benches are taken, what can I step up onto?"
    kit = _has(message)
    machine_word = rx.search(r"\b(?:machines?|leg press)\b", message)
    machines_out = bool(machine_word and _NOT.search(message[: machine_word.start()]))
    if _INJURY_NAMED.search(message) and not kit:
        return None  # "had shin splints, don't want them back, what should I be doing?": that injury's moves
    no_grip = bool(NO_GRIP.search(message))
    if no_grip:
        kit = [k for k in kit if k[0] not in ("dumbbells", "a kettlebell")]  # "can't grip dumbbells"
    minutes = _minutes(message)
    bare = bool(_NO_KIT.search(message))
    no_heavy = bool(_LOAD_BARRED.search(message))  # (r16 ze) "not allowed to lift heavy since my hernia op"
    bare = bare or no_heavy
    sometimes: list[str] = []
    if _NOTHING_ASKED.search(message) and any(n in ("dumbbells", "machines") for n, _ in kit):
        # "no gym, or sometimes a treadmill and a few dumbbells: a routine with basically nothing"
        sometimes = [n for n, _ in kit if n in ("dumbbells", "machines")]
        kit = []
    gym_said = rx.search(r"\bgym\b", message)
    # "can't get to a gym anymore" (at home, then); "no time for the gym" is about time, not where
    no_gym = bool(gym_said and not any(n == "a gym" for n, _ in kit) and not rx.search(r"\btime\b", message))
    # (r14 vb) the gym ruled out and asked about: "hate gyms, can I still get strong legs?"
    gym_m = rx.search(r"\bgyms?\b", message)
    before_gym = message[: gym_m.start()] if gym_m else ""
    averse = bool(
        gym_m
        and (
            _GYM_AVERSE.search(before_gym)
            or _NEVER_IN.search(before_gym)
            or _GYM_PUTS_OFF.match(message[gym_m.end() :].lstrip())
        )
    )
    gym_ask = GYM_OUT_ASK.search(message)
    gym_out = bool(
        gym_m
        # (a gym merely absent, "no gym, can I still get stronger?", is content/direct.py's short yes)
        and averse
        and not _ONLY_BUT.search(before_gym)
        and not any(n in ("a gym", "machines", "dumbbells") for n, _ in kit)
        and gym_ask
        and not _names_exercise(rx.sub(r"\bhills?\b", " ", message))
    )
    outdoor = bool(_OUTDOOR.search(message)) and not rx.search(
        r"\b(?:running |the )?track (?:session|workout)", message
    )
    outdoor = outdoor or bool(_BEACH.search(message) and (bare or no_gym))  # (r14 wb) "no gym, just sand"
    field_asked = False
    if (
        outdoor
        and any(n in ("a gym", "machines") for n, _ in kit)
        and rx.search(r"\b(?:on|in|at) (?:a|the) (?:grass )?(?:field|park)\s*$", message)
        # ("what should the gym day look like, and what can we do on the field?": both asked)
        and not rx.search(r"\b(?:gym|weights? room) (?:day|session|workout)s?\b", message)
    ):
        # "weight room once a week, the rest on a field: what can I give them to do on the field?": the
        # place the ask names, not the weight room
        kit = [k for k in kit if k[0] not in ("a gym", "machines")]
        field_asked = True
    elif outdoor and any(n in ("a gym", "machines", "dumbbells") for n, _ in kit):
        outdoor = bool(
            rx.search(r"\b(?:train|training|workout|work out|exercise|lift) outside|park\b", message)
        )
    # ("is this a good time to switch to strength?": a verdict first, the usual reading)
    weather = bool(_WEATHER.search(message)) and not rx.search(
        r"\b(?:good time|good idea|right time|(?<!how )(?<!what )should i|is (?:it|this|now))\b", message
    )
    # (r17 va) "winter could be a good time to build strength rather than slog through the rain. Reasonable
    # plan? What would a 20 minute session look like?": the plan told gets its yes before the session
    season_yes = (
        not weather
        and bool(_SEASON_TOLD.search(message))
        and bool(_PLAN_VERDICT.search(message))
        and not _SORE.search(message)
    )
    band = bool(_BAND.search(message))  # "only a resistance band and a yoga mat": home, bodyweight
    home = bool(_HOME.search(message)) or bare or no_gym or outdoor or weather or band or gym_out
    # "all I own is a pair of dumbbells": their own kit, so at home (a gym's kit isn't owned)
    owned_home = bool(
        _KIT_ONLY.match(message) and kit and not any(n in ("a gym", "machines") for n, _ in kit)
    )
    if _HOME.search(message):
        kit = [k for k in kit if k[0] != "a gym"]  # "gym or home, and what can I do at home"
    # "a club mate swears by the gym but it intimidates me": not a gym they use yet, so the home basics first;
    # "I've joined a gym but it's intimidating": their gym, the machines first (they guide the movement)
    daunted = bool(_DAUNTED.search(message)) and any(n == "a gym" for n, _ in kit)
    joined = bool(rx.search(r"\b(?:joined|member\w*|my gym|our gym|signed up)\b", message))
    if daunted and not joined and not any(n in ("machines", "dumbbells") for n, _ in kit):
        kit = [k for k in kit if k[0] != "a gym"]
        home = True
    # (r18 td) "the hotel gym only has a treadmill": that gym's kit is the treadmill, not the machines
    tread_only = bool(_TREAD_ONLY.search(message)) or bool(
        "treadmill" in message and _ONE_TREAD.search(message) and all(n == "a gym" for n, _ in kit)
    )
    if tread_only:
        kit = [k for k in kit if k[0] != "a gym"]
    gym_only = [n for n, _ in kit] == ["a gym"] or (
        any(n == "a gym" for n, _ in kit)
        and not any(n in ("machines", "dumbbells") for n, _ in kit)
        # "the gym has a bench and ankle weights and that's it": the place, not a gym's machines
        and not (_ONLY.search(message) or _ONLY_HAS.search(message) or _GYM_HAS.match(message))
    )
    # "new to the gym... which machines, how heavy, how many sets?" (not "which machines should I use?")
    gym_told = (
        not gym_only
        and any(k[0] == "a gym" for k in kit)
        and (
            bool(_NEW.search(message))
            or not rx.search(r"\b(?:which|what) (?:\w+ ){0,2}(?:machines?|exercises?|ones?)\b", message)
        )
    )
    if not gym_only:
        kit = [k for k in kit if k[0] != "a gym"]  # "my office gym is only machines": the machines
    body = sum(
        bool(p.search(message)) for p in (_NO_JUMP, _NO_FLOOR, _NO_KNEEL, NO_GRIP, _NO_DEEP, _NO_SQUAT)
    )
    body += bool(_BACK.search(message))  # "can't have a bar on my shoulders": a body constraint
    body += no_heavy
    body += bool(_LYING_ONLY.search(message))  # "can't stand up straight in the van": where they train
    cramped = bool(_CRAMPED.search(message))
    body += cramped  # (r14 vb) "tiny dorm room, barely space to move": where they train
    said = len(kit) + bool(minutes) + home + gym_only + 2 * body
    said += 2 * tread_only  # (r20 tp) the treadmill told as all the kit: kit told, and all there is
    # "only have", "the only thing I own is", "that's it": the kit told is all there is
    said += bool((_ONLY.search(message) or _KIT_ONLY.search(message)) and (kit or band))
    said += band  # "a resistance band is all I packed": kit told, however little
    said += (
        outdoor + weather + gym_told
    )  # "only train in a park", "snowed in for a month": where they'll train
    older, balance = bool(_OLDER.search(message)), bool(_BALANCE.search(message))
    said += 2 * bool(older or balance)  # "I'm 60 and my balance is going": who they are is the constraint
    once = once_a_week(message) and not field_asked  # (the weight room's once a week, not this plan's)
    # (xb) "no chair, no step, no bench, just floor": the household kit told missing is the constraint
    lacks_told = _household_lacks(message)
    said += 2 * bool(lacks_told >= 2 or _FLOOR_ONLY.search(message))
    flat = bool(_NO_HILLS.search(message) and _CLIMBS.search(_NO_HILLS.sub(" ", message)))
    said += 2 * flat  # "hilly race, but it's totally flat here": where they live is the constraint
    said += 2 * gym_out  # (r14 vb) "hate gyms, can I still get strong legs?": home is the constraint
    said += (
        2 * rolls
    )  # (r17 vc) "a bed and a desk chair on wheels": the chair that won't do is the constraint
    said += 2 * once  # "one session a week is all I can manage": the schedule is the constraint
    # "plyos, but no box": the drills that need none
    said += 2 * bool(
        _PLYO_ASK.search(message) and any(_lacks(message, k) for k in ("step", "box", "bench", "stair"))
    )
    # ((r18 tf) "how do I know if my weights are too light?": the 12-15 test asked, not how to progress)
    light = None if _HOW_KNOW.search(message) else _TOO_LIGHT.search(message)
    if light and not kit and rx.search(r"\b(?:weights?|dumbbells?|kettlebells?)\b", message):
        kit = [("dumbbells", ("dumbbell",))]  # "the only weights I own are 4kg and too light now"
    # Weights too light, or "make (glute / leg) work harder": how to progress is the ask. (One exercise
    # too easy, "calf raises are too easy now", is that card's "Harder:" line.)
    too_light = bool(
        light
        and (
            any(n in ("dumbbells", "a kettlebell", "a loaded backpack") for n, _ in kit)
            or any(rx.search(r"\bwork\b", m.group(0)) for m in _TOO_LIGHT.finditer(message))
        )
    )
    said += 2 * too_light  # "my dumbbells feel too light": how to make it harder is the ask
    kit_enough_ask = (
        bool((kit or band) and _ENOUGH_KIT.search(message))
        and not any(n in ("machines", "a gym") for n, _ in kit)
        and not rx.search(r"\bor (?:do|should|would) (?:i|we) (?:need|add|get|buy)\b", message)
        and not minutes  # ("20 minutes and a chair: is it worth it?": the time's verdict leads)
        # ("the one where you climb onto a box, worth it?": a move's worth; "only 3kg dumbbells, worth
        # bothering?": the kit's)
        and (not rx.search(r"\bworth\b", message) or bool(_ONLY.search(message) or _ONLY_HAS.search(message)))
    )  # "only bands / a backpack and stairs, enough?": yes, and what to do with it
    use = _USE_KIT.search(message)
    use_kit = bool(
        use
        and (
            _has(use.group("obj"))
            or (kit and rx.match(r"(?:it|them|these|those|that|this) $", use.group("obj")))
        )
        and not _names_exercise(message)
    )  # ("I bought a kettlebell. How should I use it for my legs?")
    # (td r13) "only one 16kg kettlebell. Which exercises can I load with it?": the moves it loads
    use_kit = use_kit or bool(kit and _LOAD_KIT.search(message) and not _names_exercise(message))
    # "our work gym only has dumbbells, no machines": all situation, nothing asked; what to do is the ask
    told_only = bool(
        (kit or rolls)
        and (
            said >= 2
            or (len(kit) >= 2 and _GYM_HAS.match(message))
            # "the works gym, which is just machines": the kit told is all there is
            or bool(rx.search(r"\b(?:just|only) (?:\w+ ){0,2}machines\b", message))
        )
        and (
            _GYM_HAS.match(message)
            or _ONLY.search(message)
            or _ONLY_HAS.search(message)
            or rx.search(
                r"\b(?:dumbbells?|free weights|kettlebells?|bands?|weights|machines?) only\b", message
            )
            or rx.search(
                r"\bjust (?:\w+ ){0,3}(?:dumbbells?|free weights|kettlebells?|weights|machines)\b", message
            )
        )
        # ("the works gym, which is just machines": a relative "which", not an ask)
        and not _ASK_WORD.search(rx.sub(r"\bwhich (?:is|are|has|have|was|only)\b", " ", message))
        # (a leg press or a treadmill told as kit is not an exercise asked about)
        and not _names_exercise(rx.sub(r"\b(?:leg press(?:es)?|treadmills?|bench(?:es)?)\b", " ", message))
        and not rx.search(r"\b(?:tips|form|thoughts|problem|pros|cons|is that|is this)\b", message)
    )
    if (
        not use_kit
        and not kit_enough_ask
        and not too_light
        and not told_only
        and not gym_out
        and not _requested(message, said)
    ):
        return None
    asked = (
        gym_out
        or bool(_ROUTINE.search(message) and _REQUEST.search(message))
        or bool(_ANYTHING.search(message))
        or use_kit
        or bool(_KIT_CAN.search(message))
        # "the stairwell is all I've got, what can I do there?": what to do in that place
        or bool(kit and _PLACE_ASK.search(message))
        # "only thing I've got is an exercise ball": what to do with it
        or bool(kit and _KIT_ONLY.match(message) and not _ASK_WORD.search(message))
        or kit_enough_ask
        or too_light
        or told_only
    )
    short = minutes is not None and minutes_of(minutes) < 15
    if (
        said < 2
        and not asked
        and not ((minutes or _TIMES.search(message)) and OPEN.search(message))
        # (r14 vb) "15 min before work, best use of it for legs?": what to do in that time
        and not (minutes and MOVES_ASK.search(message) and not _FIGURE_OR_YESNO.search(message))
        and not (_NEW.search(message) and not kit)
        and not short
        and not (home and not kit and not _SORE.search(message))
        and not (
            _POWER.search(message) and OPEN.search(message)
        )  # a sprinter asking what helps: the power plan
        # "desk job, glutes asleep, hips tight, all quads on runs. What should I do for the bum and hips?":
        # a long message telling the parts, asking what to do: the plan led by those parts
        and not (
            len(message.split()) >= 25
            and OPEN.search(message)
            and sum(bool(pat.search(message)) for _, pat in _FOCUS) >= 2
            and not _SORE.search(message)
        )
    ):
        return None  # "what can I do with dumbbells" is the free-weights topic, not a plan
    # ("rather than getting hurt again": a fear told, not a symptom)
    if _SORE.search(_FEAR_OF_HURT.sub(" ", message)) and not (said or asked or _NEW.search(message)):
        return None
    marks = tuple(m for _, ms in kit for m in ms)
    gentle = bool(_GENTLE.search(message) or _NEW.search(message) or older or balance)
    gym = any(name in ("machines", "dumbbells", "a gym") for name, _ in kit)
    picked: list[str] = []
    for ex in EXERCISES.values():
        if ex.variation_of and ex.variation_of in picked:
            continue
        if any(EXERCISES[p].variation_of == ex.id for p in picked):
            continue  # the weighted one-legged squat already says the plain one
        if gentle and ex.setting == "plyo":
            continue  # jumping drills are not where a returning runner starts
        if ex.id == "treadmill_incline":
            continue  # a run, not a strength exercise for the list
        needs = [e.lower() for e in ex.equipment if e != "a wall" and not e.startswith("a line")]
        if needs and all(any(m in n for m in marks) for n in needs):
            if any("machine" in n for n in needs) and not _machine_named(ex.id, message):
                continue  # "a leg press and dumbbells": not the curl or extension machines they lack
            picked.append(ex.id)
    if gym_only and machines_out:
        # "gym ideas that aren't machines": the article's free-weight moves (a gym has a ball and straps)
        picked = [
            "lunge",
            "weighted_one_leg_squat",
            "weighted_calf_raise",
            "hamstring_pushup",
            "hip_abduction",
        ]
    elif gym_only:
        # A whole gym: the article's three machines, the lunge, and a glute exercise.
        picked = ["leg_press", "hamstring_curl", "quad_extension", "lunge", "bridge"]
    elif not kit:
        if bare and not home_kit(message):
            picked = list(_NOTHING)
        else:
            picked = [e.id for e in EXERCISES.values() if e.setting == "home"][:5]  # the article's basics
    elif not gym or len(picked) < 4:
        picked += [e for e in _FREE if e not in picked and (not gym or e == "bridge")]
        if gym and len(picked) < 3:
            # one machine and little else: bodyweight moves fill the session
            picked += [e for e in ("one_leg_squat", "calf_raise") if e not in picked]
    kit_names = [n for n, _ in kit]
    no_grip_early = no_grip
    if (home or owned_home) and not gym_only and kit_names == ["dumbbells"] and not _lacks(message, "step"):
        # dumbbells at home: the calves (on a stair, with the dumbbells) and the hamstrings (a chair) too
        picked += [e for e in ("weighted_calf_raise", "hamstring_pushup") if e not in picked]
    elif not gym_only and kit_names == ["dumbbells"] and not no_grip_early:
        # a gym (or weights room) of only dumbbells: the calves too, a dumbbell in each hand, and step-ups
        picked += [e for e in ("weighted_calf_raise", "step_up") if e not in picked]
    elif (
        not gym_only
        and set(kit_names) & {"a kettlebell", "a loaded backpack"}
        and set(kit_names)
        <= {"dumbbells", "a kettlebell", "a loaded backpack", "stairs", "a chair", "a bench"}
    ):
        # one load at home (a kettlebell, a loaded backpack): it goes on the lunge, the one-legged squat
        # and the calf raise; step-ups, the hamstring push-up and the bridge need none
        front = [
            "lunge",
            "weighted_one_leg_squat",
            "weighted_calf_raise",
            "step_up",
            "hamstring_pushup",
            "bridge",
        ]
        picked = front + [e for e in picked if e not in front]
    elif sorted(kit_names) == ["an exercise ball", "dumbbells"] and "weighted_calf_raise" not in picked:
        # a ball and dumbbells: the calves too, a dumbbell in each hand (no bench needed)
        picked.insert(min(2, len(picked)), "weighted_calf_raise")
    no_jump, no_floor, no_kneel = (bool(p.search(message)) for p in (_NO_JUMP, _NO_FLOOR, _NO_KNEEL))
    # "knees a bit achy": no hopping on a sore joint (the quiet strength moves, no "no jumping" line)
    sore_joint = bool(_SORE_JOINT.search(message))
    at_work = bool(_AT_WORK.search(_TOLD_AT_WORK.sub(" ", message))) and not kit and not no_floor
    if no_floor or at_work:
        # Standing moves that fit the kit; the floor ones are out.
        fits = [e for e in _STANDING if _fits(e, marks)]
        picked = fits + [e for e in picked if e not in fits]
        picked = [e for e in picked if e not in _FLOOR_MOVES]
    lying = bool(_LYING_ONLY.search(message)) and not no_floor
    if lying:
        # "can't stand up straight in the cabin", "what can I do lying down": the floor moves, no standing
        picked = ["bridge", "hip_abduction", "supine_leg_lift", "hamstring_pushup"]
    no_deep, no_squat = (
        bool(_NO_DEEP.search(message)),
        bool(_NO_SQUAT.search(message)) and not _NO_DEEP.search(message),
    )
    if no_squat:
        # "can't squat at all": the moves that bend the knee under load leave; the rest fill in
        picked = [e for e in picked if e not in _SQUAT_MOVES]
        picked += [e for e in ("bridge", "hamstring_pushup", "calf_raise", "step_up") if e not in picked]
    squat_fear = bool(_SQUAT_FEAR.search(message)) and not no_squat and not no_deep
    if squat_fear:
        # the supported squat in place of the one-legged ones (the wall carries part of the weight)
        at = next((i for i, e in enumerate(picked) if e in ("one_leg_squat", "weighted_one_leg_squat")), None)
        picked = [e for e in picked if e not in ("one_leg_squat", "weighted_one_leg_squat", "wall_squat")]
        picked.insert(at if at is not None else min(1, len(picked)), "wall_squat")
    if gentle or no_jump or no_floor or no_deep or no_squat or sore_joint or squat_fear:
        picked = [e for e in picked if EXERCISES[e].setting != "plyo"]
    # (r14 wa, wb: "just sand and some dunes": a dune is a hill to climb)
    hills_here = bool(
        rx.search(r"\b(?:hills?|hilly|slopes?|inclines?|dunes?|sand ?hills?)\b", message)
    ) and not rx.search(
        # ((r17 ua) "no gym, hills everywhere": the "no" is the gym's, not the hills')
        r"\b(?:no|without|dont have|not many|few|flat|zero|lack of)\b(?: (?!gym\b|weights\b|kit\b)"
        r"\w+){0,2} (?:hills?|slopes?|"
        r"inclines?)\b|"
        r"\bflat\b",
        message,
    )
    if _PLYO_ASK.search(message) and not (gentle or no_jump or no_floor):
        # "I want to do plyos but I've no box": the jumping drills their kit allows, first
        plyos = [
            e.id
            for e in EXERCISES.values()
            if e.setting == "plyo"
            and not e.variation_of
            and not any(_lacks(message, k) for k in _kit_nouns(e.id))
        ]
        picked = plyos + [e for e in picked if e not in plyos and EXERCISES[e].setting != "plyo"]
        keep_plyo = len(plyos)
        no_box = "box_hops" not in plyos
    else:
        keep_plyo = 0
        no_box = False
    if _POWER.search(message) and not (gentle or no_jump or no_floor):
        # A sprinter after power: the jumping drills and hills first, then the strength moves.
        plyos = [e.id for e in EXERCISES.values() if e.setting == "plyo" and not e.variation_of]
        plyos = [e for e in plyos if not any(_lacks(message, k) for k in _kit_nouns(e))]
        picked = plyos + [e for e in picked if e not in plyos]
    # (xb: "what could I do at home during nap time?": the hills they run are not where they'll train)
    # ((r17 ua) "no gym, hills everywhere": no gym is no place told to train, so the hills stay)
    at_home_asked = bool(_HOME.search(message.replace("no gym", ""))) and not outdoor
    # (r17 vb) "hotel gyms: a treadmill, a bike, dumbbells... my race is hilly": where they train has a
    # treadmill (or it's the gym asked about), so the hill work is its incline, not a hill outside
    tread = rx.search(r"\btreadmills?\b", message)
    indoor_hill = bool(
        (tread and not _NOT.search(message[: tread.start()]))
        or (not tread and (any(n in ("machines", "a gym") for n, _ in kit) or _IN_GYM.search(message)))
    ) and not (gym_out or no_gym or at_home_asked or outdoor)
    if hills_here and "hill_repeats" not in picked and not no_jump and not at_home_asked:
        # "hills everywhere here": use them
        picked.insert(min(2, len(picked)), "treadmill_incline" if indoor_hill else "hill_repeats")
    # A variation already says its base ("weighted one-legged squat", not also "one-legged squat").
    picked = [e for e in picked if not any(EXERCISES[p].variation_of == e for p in picked)]
    if [n for n, _ in kit] == ["ankle weights"] and "hip_abduction" not in picked:
        picked.insert(0, "hip_abduction")  # ankle weights alone: the side-lying hip raise and its lying lift
    weak_side = bool(_WEAK_SIDE.search(message))
    if balance:
        # one leg at a time trains balance
        one_leg = ("one_leg_squat", "step_up", "lunge", "walking_lunge", "weighted_one_leg_squat")
        picked.sort(key=lambda e: e not in one_leg)
    if weak_side:
        # One leg weaker: the one-legged moves first (each leg works on its own).
        picked.sort(key=lambda e: not EXERCISES[e].single_leg)
    if no_grip and rx.search(r"\blunges?\b", message) and "lunge" not in picked:
        picked.insert(0, "lunge")  # "how can I still do lunges": bodyweight ones
    n_min = minutes_of(minutes) if minutes else None
    keep = 3 if short else 4 if n_min is not None and n_min <= 15 else 5
    focus, strong = _weak_led(message, _focus_told(message))
    if strong:
        # the strong muscle's isolation move out ("big quads, weak hamstrings": no quad extensions)
        picked = [e for e in picked if set(EXERCISES[e].primary) - set(strong)]
        # the weak muscles' own moves first ("strong quads, hamstrings and glutes like passengers": the
        # hamstring push-up and the bridge before the squat and the step-up)
        picked.sort(key=lambda e: EXERCISES[e].primary[0] not in focus)
    if focus and not weak_side:
        # "my quads get trashed on the downhills": the exercises for what they told come first,
        # and one for it is in the list even if the kit's list had none.
        for m in focus:
            if not any(m in EXERCISES[e].primary for e in picked[:keep]):
                pool = [
                    e.id
                    for e in EXERCISES.values()
                    if e.setting in ("home", "gym") and not e.variation_of and _fits(e.id, marks)
                ]
                # (the hips' move needs no ankle weight to start: bodyweight first)
                pool += [
                    e for e in (*_FREE, "hamstring_pushup", "calf_raise", "hip_abduction") if e not in pool
                ]
                extra = next((e for e in pool if m in EXERCISES[e].primary and e != "toe_raise"), None)
                if extra is not None and extra not in picked:
                    picked.insert(0, extra)
        # (a move whose main muscle is the one told before one that only helps it: the bridge before the
        # one-legged squat for the glutes)
        picked.sort(
            key=lambda e: (
                not any(m in EXERCISES[e].primary for m in focus),
                EXERCISES[e].primary[0] not in focus,
            )
        )
    # The limits hold after the focus moves came in: nothing on the floor, no jumping, nothing named out.
    if no_floor or at_work:
        picked = [e for e in picked if e not in _FLOOR_MOVES]
    if no_jump or no_floor or no_deep or no_squat or sore_joint or cramped:
        picked = [e for e in picked if EXERCISES[e].setting != "plyo"]
    if cramped:
        picked = [e for e in picked if e != "walking_lunge"]  # (it travels)
    ruled = _ruled_out(message)
    if ruled:
        kept = [e for e in picked if e not in ruled and EXERCISES[e].variation_of not in ruled]
        fill = [
            e
            for e in (*_STANDING, "bridge", "hamstring_pushup", "hip_abduction")
            if e not in kept
            and e not in ruled
            and _fits(e, marks)
            and not ((no_floor or at_work) and e in _FLOOR_MOVES)
            and not (no_squat and e in _SQUAT_MOVES)
        ]
        picked = kept + fill[: max(0, 3 - len(kept))]
    # "...what else works glutes and hamstrings?": the moves for the parts the ask names, not the filler
    tail_parts = {m for m in _MUSCLE_WORDS if rx.search(rf"\b{_MUSCLE_WORDS[m]}\b", message[-60:])}
    if tail_parts and len(tail_parts) <= 2 and not keep_plyo and not strong:
        aimed = [e for e in picked if tail_parts & {*EXERCISES[e].primary, *EXERCISES[e].secondary}]
        if len(aimed) == 2 and "lunge" not in ruled and not no_squat and "lunge" not in aimed:
            lunge = EXERCISES["lunge"]
            if tail_parts & {*lunge.primary, *lunge.secondary}:
                aimed.append("lunge")  # (bodyweight if they have no dumbbells: hands on hips)
        if len(aimed) >= 2:
            picked = aimed
    if band and "bridge" in picked and picked.index("bridge") >= keep:
        # (r16 wa) "a yoga mat and a resistance band": the band's line names the bridge, so it's listed
        picked.remove("bridge")
        picked.insert(keep - 1, "bridge")
    if short and not focus and set(_SHORT_THREE) <= set(picked):
        # (ten minutes: the three the time's verdict names, "one-legged squats, calf raises and bridges")
        picked = [*_SHORT_THREE, *(e for e in picked if e not in _SHORT_THREE)]
    if tread_only and "treadmill_incline" not in picked:
        picked.insert(0, "treadmill_incline")  # (r18 td) the treadmill told as all there is: its hills
    picked = picked[: max(keep, keep_plyo)]
    if not picked:
        return None
    owned = [n for n, _ in kit] or (["a treadmill"] if tread_only else [])
    mine = [m for m in _MACHINE_NAMES if _machine_named(m, message)]
    if "machines" in owned and len(mine) == 1:
        owned = [
            {
                "leg_press": "a leg press",
                "quad_extension": "a leg-extension machine",
                "hamstring_curl": "a leg-curl machine",
            }[mine[0]]
            if n == "machines"
            else n
            for n in owned
        ]
    said_box = rx.search(r"\b(?:a |the )?(?:plyo )?box(?:es)?\b", message) and not rx.search(
        r"\bbench", message
    )
    shown = ["a box" if n == "a bench" and said_box else n for n in owned]  # "a weights room and a box"
    have = (", ".join(shown[:-1]) + " and " + shown[-1] if len(shown) > 1 else "".join(shown)) or (
        "no kit"
        # (r16 wc: "don't have a gym" reads "no gym", which says nothing about being at home)
        if bare or (outdoor and not _HOME.search(message.replace("no gym", "")))
        else "what you have at home"
        if home
        else ""
    )
    if outdoor and not _HOME.search(message.replace("no gym", "")) and have:
        have += " outdoors"  # a park bench, the track: not "at home"
    sets = "2" if short else "2–3"
    if gym_only and machines_out:
        have = "free weights, no machines"
    head = (
        f"With {have}: "
        if have
        else (
            "Standing moves for the office: "
            if rx.search(r"\b(?:office|desks?)\b", message)
            else "Standing moves you can do at work: "  # (r17 vc) a staff room, a night shift
        )
        if at_work
        else "Start with the bodyweight basics, "
        if _NEW.search(message)
        else "A short leg routine: "
    )
    first = "one or two sets of each at first (2–3 later)"
    amount = first if gentle and not short else f"{sets} sets of each"
    lines = [f"{head}{amount}, with a resistance that tires you by the last reps."]
    if rx.search(
        r"\b(?:is|are) there (?:any |some )?(?:strength|leg|exercises?|moves?|work|workouts?)\b|"
        r"\bshould i (?:be )?(?:doing|do|add|adding|start|starting) (?:\w+ ){0,2}(?:strength|weights|"
        r"lifting|leg)|"
        # "is strength work a good idea (for me)?"
        r"\b(?:is|would) (?:strength|lifting|leg work|weights|strength training)(?: work| training)? "
        r"(?:a good idea|worth it|sensible|wise|safe|ok|okay)",
        message,
    ):
        lines[0] = "Yes. " + lines[0]  # "is there strength work that suits someone like me?"
    if _POWER.search(message) and any(EXERCISES[e].setting == "plyo" for e in picked):
        lines.insert(
            0,
            "For explosive power the jumping drills lead: plyometrics build it. Land softly, and end a set "
            "when the hops get sloppy.",
        )
    if squat_fear:
        lines.insert(0, SQUAT_FEAR_LINE)
    if rolls:
        lines.insert(0, ROLLING_CHAIR_LINE)
    if no_floor:
        lines.insert(0, "All standing, nothing on the floor:")
    elif lying:
        lines[0] = lines[0].replace(head, "Lying-down moves, no standing needed: ", 1)
    elif no_jump:
        lines.insert(0, "No jumping, so no plyometrics: quiet strength moves instead.")
    elif cramped:
        lines.insert(0, "These fit a small space: each stays in one spot, with no jumping.")
    if no_grip:
        lines.insert(
            0,
            "Nothing here needs a grip: do lunges with your hands on your hips instead of holding "
            "dumbbells, and add reps or a one-legged version when it gets easy."
            if "lunge" in picked
            # (r16 ze: no lunge in a home list, so none named)
            else "Nothing here needs a grip: every move is bodyweight; add reps or a one-legged version when "
            "it gets easy.",
        )
    if no_heavy:
        lines.insert(
            0,
            "No heavy weights needed: bodyweight moves build leg strength, made harder with one-legged "
            "versions rather than load."
            + (
                " Check with your surgeon or doctor what you're cleared to lift (the article doesn't cover "
                "that)."
                if _MEDICAL_SAID.search(message)
                else ""
            ),
        )
    simple_lead: tuple[str, str, tuple[str, ...]] | None = None
    if focus and not weak_side:
        named = [EXERCISES[e].name.lower() for e in picked if any(m in EXERCISES[e].primary for m in focus)]
        if named:
            parts = [
                "calves and ankles"
                if m == "calves" and _ANKLE.search(message)
                # (xb) "sore shins": the shins they told, which calf work serves
                else "shins"
                if m == "calves"
                and rx.search(r"\bshins?\b", message)
                and not rx.search(r"\bcal(?:f|ves)\b", message)
                else m
                for m in focus[:2]
            ]
            told = ", ".join(parts) if len(parts) > 1 and " and " in parts[-1] else " and ".join(parts)
            listed = " and ".join(named[:2]) if len(named) <= 2 else f"{named[0]}, {named[1]} and {named[2]}"
            verb = "lead" if len(named) > 1 else "leads"
            lead = f"For your {told}: {listed} {verb} the list."
            simple_lead = (lead, told, tuple(named))
            if (
                not any(rx.search(rf"\b{_MUSCLE_WORDS[m]}\b", message) for m in focus[:2])
                and "shins" not in parts
            ):
                # the part inferred from the story (hills, descents, posture), not named: no "your quads"
                works = "they work" if len(named) > 1 else "it works"
                lead = f"{listed[0].upper()}{listed[1:]} {verb} the list: {works} the {told}."
                if told == "glutes" and _POSTURE_TOLD.search(message):
                    # (r17 va) "I feel hunched over... pushing the stroller up hills kills me": why the
                    # glutes, for the form and the hills told
                    lead = lead[:-1] + (
                        ", which keep your trunk upright (weak glutes let you lean forward)"
                        + (", and stronger legs power you up hills" if _UPHILL_SAID.search(message) else "")
                        + "."
                    )
            if strong:
                pair = {"quads", "hamstrings"} <= {*focus, *strong}
                why = (
                    " (an imbalance between opposing muscles is a major cause of overuse injuries)"
                    if pair
                    else ""
                )
                lead = (
                    f"Bring up your {told} first: {listed} {verb} the list; your {' and '.join(strong)} "
                    f"need less{why}."
                )
            lines.insert(0, lead)
        if _ANKLE.search(message):
            lines.insert(
                1 if named else 0,
                "Rolling ankles isn't covered in detail here: calf raises and one-legged moves that train "
                "balance are the usual general help; if it keeps happening, see a physio.",
            )
    if weather:
        lines.insert(0, WEATHER_LINE)
    elif season_yes:
        lines.insert(0, "Yes" + WEATHER_LINE[WEATHER_LINE.index(":") :])
    if rx.search(r"\bbands?\b", message) and band:
        lines.insert(
            0,
            "Bands aren't covered in the article: these need none, and a band round the knees can add "
            "resistance to the bridge if you want more.",
        )
    if _BORED.search(message):
        lines.insert(0, BORED_LINE)
    if TOO_SOON.search(message) and (
        gentle or not kit or _NOW_OR_WAIT.search(message) or _MILESTONE.search(message)
    ):
        lines[0] = lines[0].removeprefix("Yes. ")  # (r17 vb: the verdict is the line below)
        too_early = _TOO_EARLY.search(message)  # ("is it too early?": "No, ...")
        start_now = _NOW_OR_WAIT.search(message) or (_MILESTONE.search(message) and not too_early)
        lines.insert(0, START_NOW_LINE if start_now else TOO_SOON_LINE)
    if _AFTER_RUN_OK.search(message):
        # "is a quick session straight after the run ok, or will it wreck me?": the verdict first
        lines.insert(
            0,
            "Yes: straight after the run is the right order (run first, then strength), and a short session "
            "won't wreck you.",
        )

    if no_box:
        lines.insert(
            0,
            "No box or step needed to start: line hops and skipping are the first plyometrics anyway; box "
            "hops can wait until you find a low, solid platform.",
        )
    if _BACK.search(message):
        lines.insert(
            0,
            "Kind to your back: none of these puts a bar on your shoulders, so they load the legs, not "
            "your spine. Keep your trunk upright, and skip anything that brings on back pain. The article "
            "doesn't cover backs in detail, so a physio can tailor this for you."
            + (
                " After an operation, your surgeon's or physio's go-ahead comes first."
                if rx.search(r"\b(?:op|operation|surgery|surgeon)\b", message)
                else ""
            ),
        )
    if no_squat:
        lines.insert(
            0,
            "No squats or lunges, then: these work the legs without a loaded knee bend; keep step-ups to a "
            "low step and stop anything that hurts the knee.",
        )
    elif no_deep:
        lines.insert(
            0,
            "Nothing deep needed: the article's squats and lunges stop at a 90° knee (go shallower if that "
            "still bothers it), knees kept behind your toes; bridges, hamstring work and calf raises don't "
            "load a bent knee at all.",
        )
    if no_kneel:
        lines.insert(
            0,
            # (the depth line after it says the 90° already)
            "None of these needs kneeling."
            if no_deep and not no_squat
            else "None of these needs kneeling: lunges and one-legged squats stop at a 90° front knee.",
        )
    if ((_KIT_CAN.search(message) and not OPEN.search(message)) or kit_enough_ask) and not lines[
        0
    ].startswith("Yes"):
        lines[0] = "Yes. " + lines[0]  # "can the stairwell be my gym?": the verdict, then what to do there

    # ("no stairs, no bench, no chair even, just floor and a bed": floor moves, the bed for the heels)
    picked, floor_where = floor_only(message, picked)
    open_air = outdoor and not any(
        n in ("a bench", "a chair", "a log", "stairs", "a gym", "machines") for n, _ in kit
    )
    if open_air:
        # (xb) "a no-equipment circuit on the field": no chair to brace, nothing knee-high to step onto
        picked = [e for e in picked if e not in ("hamstring_pushup", "step_up", "box_hops")]
        fill = [e for e in ("lunge", "bridge", "one_leg_squat", "line_hops") if e not in picked]
        picked += fill[: max(0, 4 - len(picked))]
    if gentle or no_jump or no_floor or no_deep or no_squat or sore_joint or cramped:
        picked = [e for e in picked if EXERCISES[e].setting != "plyo"]  # (the floor's fill-ins too)
    if simple_lead is not None and simple_lead[0] in lines:
        # (r18 tb) "no chair, no ball, literally just a floor. anything for hamstrings?": the lead names
        # only moves still in the list (the kit took the hamstring push-up out); none left that target
        # the part, the ones that work it too
        lines[lines.index(simple_lead[0])] = _focus_lead(simple_lead, picked, focus)
    lines += [
        _line(e).replace("(a weight in each hand)", "(hands on hips)")
        if no_grip
        else _line(e).replace(_WHERE.get(e, "\0"), floor_where[e])
        if e in floor_where
        else _line(e)
        for e in picked
    ]
    if "lunge" in picked and not any(
        n in ("dumbbells", "a gym", "a kettlebell", "a loaded backpack") for n, _ in kit
    ):
        lines = [
            x.replace(
                "• Lunge (a weight in each hand):", "• Lunge (hands on hips, or a weight in each hand):"
            )
            for x in lines
        ]
    single = _single_load([n for n, _ in kit])
    if single and not no_grip:
        # one kettlebell, a loaded backpack: one load, never "a weight in each hand"
        lines = [
            x.replace("(a weight in each hand)", f"({single})")
            .replace("dumbbells in hand", single)
            .replace("• Weighted one-legged squat:", f"• Weighted one-legged squat ({single}):")
            for x in lines
        ]
    if _SOFT.search(message):
        # "gentle exercises I can do at 62 without hurting myself": each hard one-legged move's easier way
        lines = [_easier(x, picked) for x in lines]
    if balance:
        lines.append(
            "For balance: the one-legged moves train it; rest a hand on a wall or chair at first, and let go "
            "as you steady."
        )
    if "hip_abduction" in picked and not any(n == "ankle weights" for n in owned):
        lines = [
            x.replace(
                "• Side-lying hip raise:", "• Side-lying hip raise (an ankle weight once it gets easy):"
            )
            for x in lines
        ]
    if "an exercise ball" in owned and not any(n == "a chair" for n in owned):
        lines = [x.replace("(a chair braced on a wall)", "(feet on the exercise ball)") for x in lines]
        ball_wall = "• Wall squat (the ball between your back and the wall):"
        lines = [x.replace("• Wall squat:", ball_wall) for x in lines]
    if gym_only and machines_out:
        lines = [
            x.replace(
                "(a chair braced on a wall)", "(feet on an exercise ball or a bench braced on a wall)"
            ).replace("(an ankle weight once it gets easy)", "(ankle weights or the cable strap)")
            for x in lines
        ]
    if open_air:
        lines = [
            x.replace("• Calf raise (on a stair or ledge)", "• Calf raise (on a kerb or solid ledge)")
            for x in lines
        ]
    if "a bench" in owned and "stairs" not in owned and not said_box:
        # (xb) "nothing but gym benches": the calves on the bench's edge, not a stair they didn't mention
        lines = [
            x.replace("• Calf raise (on a stair or ledge)", "• Calf raise (on the edge of a bench)")
            for x in lines
        ]
    if "a log" in owned:
        # a log or rock outdoors: the step, the ledge and the heel rest, if it can't roll
        lines = [
            x.replace("(a chair braced on a wall)", "(heels on a log or rock that can't roll)")
            .replace("(on a stair or ledge)", "(on a log or rock that can't roll)")
            .replace("(a knee-high step or bench)", "(a solid log or rock, knee-high or lower)")
            for x in lines
        ]
        have_log = True
        lines = [x for x in lines if not x.startswith("• Box hops")]  # not onto something that can roll
    else:
        have_log = False
    if outdoor and any(n == "a bench" for n in owned) and not have_log:
        # a park bench does the chair's job and the step's
        lines = [x.replace("(a chair braced on a wall)", "(heels on a bench)") for x in lines]
        lines = [x.replace("(on a stair or ledge)", "(on a kerb or the bench's edge)") for x in lines]
    if "treadmill_incline" in picked:
        lines = [x.replace("• Treadmill incline: ", "• Treadmill incline (your hills): ") for x in lines]
    elif (
        # (r17 vb: "no gym, hills everywhere": no treadmill either)
        (
            any(n in ("machines", "a gym") for n, _ in kit)
            or bool(rx.search(r"\bgym\b", message) and not no_gym)
        )
        and not hills_here
        and rx.search(r"\b(?:climbs?|climbing|uphills?|mountains?|hills?|vert)\b", message)
    ):
        # climbs to train for, no hills where they live: a gym's treadmill is the hill
        lines.append(_TREADMILL_YOUR_HILLS)
    elif (
        rx.search(r"\btreadmill\b", message)
        and (rx.search(r"\bhills?\b", message) or kit or weather)
        and not _NOT.search(message[: message.index("treadmill")])
        and "hill_repeats" not in picked
    ):
        # "stuck with a treadmill and a basement gym, how do I keep my hill strength": the incline.
        lines.insert(len(lines) - 0, _TREADMILL_YOUR_HILLS)
    elif flat or (gym_out and _NO_HILLS.search(message)):
        lines.append(NO_HILLS_HOME_LINE if gym_out else NO_HILLS_LINE)
    if gym_out:
        # (r14 vb) the gym ruled out: no gym kit in the list, and its verdict (or "no gym needed") first
        lines = [x for x in lines if "Treadmill" not in x and "treadmill" not in x]
        if lines[0].startswith("Yes. "):
            lines[0] = lines[0][len("Yes. ") :]
        if rx.search(r"\bneed (?:one|a gym|it|to)\b", message):
            lead = f"No, you don't need a gym: {GYM_OUT_LINE}"
        elif rx.search(r"^(?!.*\b(?:what|which|whats|how)\b).*\b(?:can|could|is|would|will|does)\b", message):
            lead = f"Yes, no gym needed: {GYM_OUT_LINE}"
        else:
            lead = f"Plenty without a gym: {GYM_OUT_LINE}"
        lines.insert(0, lead)
    if any(n == "a kettlebell" for n, _ in kit):
        said_yes = lines[0].startswith("Yes. ")
        if said_yes:
            lines[0] = lines[0][
                len("Yes. ") :
            ]  # "can I use it?": the yes leads, with the kettlebell's caveat
        if said_yes:
            # (the kettlebell topic's own dose line follows an enough-ask: said once, here)
            lines = [
                "With a kettlebell, the same dose as with dumbbells: 2–3 sets of 12–15 reps, tired by the "
                "end of each set."
                if x.startswith("With a kettlebell: ")
                else x
                for x in lines
            ]
        lines.insert(
            0,
            (
                "Yes. Kettlebells aren't covered in the article, but hold one like a dumbbell to add weight "
                "to its moves (a goblet-style one-legged squat or lunge, or weighted calf raises)."
                if said_yes
                else "The article doesn't cover kettlebell moves; hold it like a dumbbell for added weight."
            ),
        )
    if sometimes:
        lines.append(
            "When the hotel has dumbbells, hold them for lunges and calf raises; a treadmill at a 5–10% "
            "incline stands in for hills."
            if "dumbbells" in sometimes
            else "When there's a treadmill, a 5–10% incline stands in for hills."
        )
    if (
        weather
        and not any("Treadmill incline" in x for x in lines)
        and not rx.search(r"\b(?:hills?|treadmills?)\b", message)
    ):
        lines.append("A treadmill at a 5–10% incline stands in for hills, if you can get on one.")
    if n_min is not None:
        if n_min > 25:
            lines.append(
                f"{n_min} minutes is more than enough: the article's worthwhile session takes 15 to 20, so "
                "warm up well; no need to fill the time."
            )
        elif n_min >= 15:
            lines.append(f"{n_min} minutes is enough: the article says a worthwhile session takes 15 to 20.")
        else:
            lines.append(
                f"{n_min} minutes still helps, with short rests "
                "(the article's worthwhile session takes 15 to 20)."
            )
        _time_verdict_first(lines, message)
    else:
        lines.append(_SESSION_LENGTH_LINE)
    their_days = their_days_of(message)
    if once and ENOUGH.search(message) and rx.search(r"\bonce a week\b", message):
        # (r17 ve) "once a week. Is that enough, and what should I prioritise?": the enough ask's own answer
        # says once helps and twice is the article's; here only what that leaves
        lines.append(
            "Make that one a full session, every exercise here; keep it off hard-run days and the day "
            "before a race."
        )
    elif once:
        lines.append(ONCE_LINE)
    elif their_days is not None:
        lines.append(their_days)  # "long run Saturdays, track Tuesdays... when should I do them?": their days
    elif _HARD_DAYS.search(message):
        lines.append(
            "Twice a week on easy days: not on your tempo, interval or long-run day, nor the day before "
            "a race; on a day with a run, run first."
        )
    elif any(
        not rx.search(
            r"\b(?:run|runs|running|jog\w*|\d+ ?k|km|miles?|race\w*)\b",
            message[max(0, m.start() - 30) : m.start()],
        )
        for m in rx.finditer(r"\b(?:three|3) (?:times|days|x|sessions)(?: a| per| each)? week\b", message)
    ):
        # "15 minutes, three times a week": their three, within the article's figure
        lines.append(
            "Three times a week is fine (the article says twice, sometimes three), never on a hard-run day "
            "or the day before a race."
        )
    elif other := _OTHER_SPORT.search(message):
        # "4-5 pool sessions a week... without wrecking my swim sessions": their other sport's hard days too
        also = _SPORT_NAME[other.group(1)[:4]]
        lines.append(f"Twice a week, not on a hard-run day or the day before a race; {also}.")
    elif WEEK_ASKED.search(message):
        # (r17 vb) "can you suggest a week I'd actually stick to?": the week laid out, not only the rule
        lines.append(WEEK_PLAN_LINE)
    else:
        lines.append("Twice a week, not on a hard-run day or the day before a race.")
    if weak_side:
        lines.insert(
            0,
            "For the weaker side: do the one-legged moves on both legs, weaker leg first, with the same reps "
            "each side, so it catches up.",
        )
    if gentle and not amount.startswith("one or two"):
        lines.append("Start with one or two sets and build up over the weeks, so you don't overdo it.")
    if daunted and joined and gym_only:
        lines.insert(
            0,
            "Start on the machines: they guide the movement, so good form is easier, and they're the calmest "
            "corner of a gym to begin in.",
        )
    elif daunted and not gym:
        lines.append(
            "When you try the gym, its machines are the easy way in: they guide the movement, so good "
            "form is easier."
        )
    if _CAREFUL_TOLD.search(message):
        lines.append(CAREFUL_LINE)
    if _KNEE_GRUMBLE.search(message) and not focus:
        lines.append(KNEE_LINE)
    if _JOINTS.search(message):
        # "nervous about wrecking my joints": what the article says about joints, and how to spare them.
        lines.append(
            "For your joints: the article says stronger muscles steady them and spare the ligaments and "
            "tendons; keep the load comfortable, move slowly and never lock your knees."
        )
    fit_lead = _fit_lead(message) if their_days is None and not once and not too_light else None
    if fit_lead is not None:
        # "time is tight... how do I even fit this in?": where the sessions go leads, then what to do in them
        lines = [
            "Warm up with an easy jog first and stretch after." if x.startswith(_SESSION_LENGTH_LEAD) else x
            for x in lines
            if not x.startswith(("Twice a week", "Three times a week is fine"))
        ]
        lines.insert(0, fit_lead)
    if too_light:
        # "they feel too light now": how to make it harder is the whole answer (with no weights: add some as
        # you grow); the routine they already do isn't repeated back to them
        lead = TOO_LIGHT_LINE if kit and not _PROGRESS_ASKED.search(message) else TOO_EASY_LINE
        if single and kit:
            lead += (
                " The kettlebell held at your chest works for all of them." if "kettlebell" in single else ""
            )
        if _BORED.search(message):
            lead += f"\n{BORED_LINE}"  # (r17 vb) "...and keep it interesting?": asked too
        card = "weighted one-legged squat" if kit else "one-legged squat"
        return Plan(f"{lead}\nFull card: /exercise {card}", "rule:progression")
    # (a beginner with no kit told gets the home basics: the home workout's topic)
    topic = (
        "equipment:machines"  # ("my gym has no leg machines": what stands in for them)
        if gym_only and machines_out
        else "rule:machines"
        if gym
        else "rule:home_workout"
        if said or _NEW.search(message)
        else "rule:routine"
    )
    where = (
        "gym"
        if gym and not _HOME.search(message) and "an exercise ball" not in owned and not owned_home
        else "home"
    )
    if _PLYO_ASK.search(message):
        plyo = plyo_start(message, True)
        if plyo is not None:
            # "how do I get started with plyo at home, total beginner": the plyo order, not the home basics
            return Plan(plyo, "rule:plyometrics")
    if SESSION_WALK.search(message):
        # (r16 wa) "walk me through how to structure it from start to finish": one session in order, warm-up
        # first and the stretch last, not how often (nobody asked)
        lines = [
            x for x in lines if not x.startswith((_SESSION_LENGTH_LEAD, "Twice a week", "Three times a week"))
        ]
        at = next((i for i, x in enumerate(lines) if x.startswith("• ")), 0)
        lines.insert(max(0, at - 1), SESSION_START_LINE)
        last = max((i for i, x in enumerate(lines) if x.startswith("• ")), default=len(lines) - 1)
        lines.insert(last + 1, SESSION_END_LINE)
    tm = _TREADMILL_YOUR_HILLS
    if (
        tm in lines
        and _HILL_ASKED.search(message)
        and _NO_HILLS.search(message)
        and not gym_out
        and (_INFERRED_LEAD.match(lines[0]) or lines[0].startswith("With "))
        and not _TREADMILL_ASKED.search(message)
    ):
        # (r19 tg) "a treadmill and dumbbells on board, mountain race when I'm back: how do I keep my climbing
        # legs?": the treadmill's incline is the hill, said first; the moves after it build the climbing
        # muscles (not a lead inferred for the quads)
        lines = [x for x in lines if x != tm and not _INFERRED_LEAD.match(x)]
        lines.insert(0, TREADMILL_HILL_LEAD)
    return Plan("\n".join(lines) + f"\nTry one: /workout {where}", topic)


_HILL_ASKED = rx.compile(
    r"\b(?:hills?|hilly|climbs?|climbing|uphills?|mountains?|inclines?|elevation|vert)\b"
)
_TREADMILL_ASKED = rx.compile(
    r"\b(?:treadmill (?:incline|instead)|instead of (?:the )?hills?|use the treadmill|"
    r"incline (?:\w+ )?worth)\b"
)
_INFERRED_LEAD = rx.compile(r"^[A-Z][\w ,-]+ leads? the list: (?:they work|it works) the ")
TREADMILL_HILL_LEAD = (
    "Treadmill incline is your hill: raise it to about 5–10% and do 5–8 hard efforts up, easy between them. "
    "The moves below build the climbing muscles."
)


# (r16 wa) one session asked for in order: "walk me through it from start to finish", "how do I structure
# the session", "step by step"
SESSION_WALK = rx.compile(
    r"\b(?:walk|talk|take|run) (?:me |us )?(?:through|thru)\b(?! (?:the |a |an )?(?:lunge|squat|step|bridge|"
    r"calf|hamstring|leg press|curl|extension|hop|skip))|"
    r"\bstructur(?:e|ing) (?:it|this|that|them|(?:a|the|my|each) (?:\w+ )?(?:session|workout))\b|"
    r"\b(?:start|beginning) to (?:the )?(?:end|finish)\b|\bstep by step\b"
)
SESSION_START_LINE = "Start: 5–10 minutes of light jogging, then some stretching."
SESSION_END_LINE = (
    "Keep every rep slow and controlled and stop just short of locking your knees. End: some stretching."
)


# "time is tight, how do I even fit this in?", "where do I find the time?": where the sessions go.
_FIT_TIME_ASK = rx.compile(
    r"\bhow (?:do|can|should|would|could|am) i (?:even |possibly |actually |supposed to )?"
    r"(?:fit|squeeze|slot|find (?:the )?time|make (?:the )?time)\b|"
    r"\bwhere (?:do|would|can|am) i (?:even |supposed to )?(?:find|get) (?:the )?time\b|"
    r"\bwhen (?:do|would|can|am) i (?:even |supposed to )?(?:find|get) (?:the )?time\b"
)
_RUNS_A_WEEK = rx.compile(
    r"\b(?:run|running|jog|jogging) (?:\w+ )?(?P<n>[4-7]|four|five|six|seven) ?(?:days?|times|x) "
    r"(?:a|per|each) ?(?:week|wk)\b|\b(?:run|running) (?:every ?day|daily)\b"
)


def _fit_lead(message: str) -> str | None:
    """The lead for a plan whose ask is how to fit strength into a busy week (normalised message): two
    short sessions, where they go (after easy runs for a runner out most days), the two days to avoid."""
    if not any(w in message for w in ("fit", "squeeze", "slot", "time")) or not _FIT_TIME_ASK.search(message):
        return None
    where = (
        "straight after two of your easy runs (run first, then the strength work)"
        if _RUNS_A_WEEK.search(message)
        else "on two easy or non-running days, a day or more apart (on a day with a run, run first)"
    )
    return (
        f"Two 15–20 minute sessions a week is all it takes: put them {where}, never on a hard-run day or "
        "the day before a race."
    )


_JOINTS = rx.compile(
    r"\b(?:protect\w*|spare|sparing|good for|help\w*) (?:my |your |the |our )?joints\b|"
    r"\b(?:joints?|knees?)\b.{0,40}\b(?:worr\w*|nervous|scared|afraid|wreck\w*|ruin\w*|damag\w*|bad for)\b|"
    r"\b(?:worr\w*|nervous|scared|afraid|wreck\w*|ruin\w*|damag\w*|bad for)\b.{0,40}\b(?:joints?|knees)\b"
)
# Can't grip: a bad wrist or hand ("I can't grip dumbbells"); nothing held in the hands.
NO_GRIP = rx.compile(
    r"\b(?:cant|cannot|can not|unable to|struggle to|hard to) (?:really |properly |even |easily )?"
    r"(?:grip|hold|grab) (?:\w+ )?"
    r"(?:dumbbells?|weights?|anything|things|a bar)\b|"
    r"\b(?:bad|sore|broken|injured|dodgy) (?:wrists?|hands?|grip)\b|\bno grip\b|"
    # "shoulder surgery", "arm in a sling", "wrist in a cast", "holding weights is out": nothing held
    r"\b(?:shoulder|wrist|hand|arm|elbow|thumb|finger|collarbone)s? (?:is |are )?(?:surgery|op|operation|"
    r"injury|fracture|reconstruction|repair|in a (?:cast|sling|brace|splint))\b|"
    r"\b(?:cast|sling|splint) on (?:my )?(?:wrist|arm|hand|thumb)\b|"
    r"\b(?:holding|gripping|carrying) (?:\w+ )?(?:weights?|dumbbells?|anything) (?:is |are )?(?:out|off the "
    r"table|a no go|not an option|not possible|hard|painful)\b|"
    r"\b(?:cant|cannot|can not|unable to) (?:use|lift) (?:my )?(?:arms?|hands?|upper body)\b"
)
_ONLY_HAS = rx.compile(
    r"\b(?:only (?:has|have|got|own)|all (?:i|it|we) (?:have|has|got|own) is|just (?:has|have|got)|"
    r"(?:is|are) (?:literally |basically |really )?(?:just|only) (?:a|an|one|the|some)\b|"
    r"^(?:i )?(?:only|just) (?:a|an|one|some|my|a pair of|two)\b|"
    r"(?:has|have|got) (?:literally |basically |really )?(?:just|only) (?:a|an|one|the)\b)\b"
)


def kit_enough(message: str) -> str | None:
    """ "My gym only has a leg press and a treadmill. Is that enough?": a machine or two can't cover
    every muscle group; what to add that needs no more kit (normalised message)."""
    if (
        not (_ONLY_HAS.search(message) and ENOUGH.search(message))
        or _minutes(message)
        or _TIMES.search(message)
    ):
        return None
    has_machine = rx.search(
        r"\b(?:leg press|leg extension|quad extension|hamstring curl|machines?|treadmill)\b", message
    )
    owned = rx.sub(
        r"\b(?:no|without|not|nor|dont have|havent got)\s+(?:any\s+)?(?:\w+\s+)?(?:dumbbells?|free weights|"
        r"kettlebells?|weights)\b",
        " ",
        message,
    )
    if not has_machine and rx.search(
        r"\b(?:(?:one|a|1) (?:single )?pair|(?:light|small|little|\d+ ?(?:kg|lbs?|pounds?|kilos?))) "
        r"(?:of )?(?:\w+ )?(?:dumbbells?|dbs|weights)\b",
        message,
    ):
        # "I only own one pair of 5kg dumbbells, is that enough?": yes, the load on one leg, not "heavier"
        return (
            "Yes: light dumbbells go a long way when one leg carries them. Use them for the weighted "
            "one-legged squat, lunges and calf raises on one leg, 2–3 sets, slow enough that 12–15 reps "
            "tire you. When that gets easy, slow the reps or add a pause at the bottom rather than buying "
            "heavier ones; step-ups and bridges need no weight at all.\nTwice a week, 15 to 20 minutes.\n"
            "Try one: /workout home"
        )
    if not has_machine or rx.search(r"\b(?:dumbbells?|free weights|kettlebells?)\b", owned):
        return None
    if rx.search(r"\bmachines\b", message) and not rx.search(r"\b(?:leg press|treadmill|one|two)\b", message):
        # A gym of machines: the article's gym work is machines; bodyweight covers the one-leg work.
        return (
            "Yes: the article's core gym moves are machines (leg extension, hamstring curl, leg press), "
            "2–3 sets of 12–15 with a resistance that tires you by the last reps. Free weights aren't "
            "needed: add bodyweight lunges, one-legged squats and calf raises for the one-leg work and "
            "the calves.\nTwice a week, 15 to 20 minutes, not on a hard-run day.\nTry one: /workout gym"
        )
    lines = [
        "Not on its own: a machine or two can't cover every muscle group, so add bodyweight moves "
        "that need no more kit (2–3 sets of 12–15 each):",
        "• Hamstring push-up (a chair or bench braced on a wall)",
        "• Calf raise (on a step)",
        "• Bridge (hold 30 s)",
        "• One-legged squat",
    ]
    if "treadmill" in message:
        lines.append("And the treadmill is your hill: 5–8 repeats at a 5–10% incline.")
    lines.append("Twice a week, 15 to 20 minutes, not on a hard-run day.\nTry one: /workout gym")
    return "\n".join(lines)


_WEAK_SIDE = rx.compile(
    r"\b(?:weaker|weak) (?:side|leg)\b|\bone (?:side|leg) (?:is |feels )?(?:weaker|weak)\b|"
    r"\b(?:left|right) (?:leg|side) (?:is |feels |always feels )?(?:weaker|weak)\b|\bnon ?dominant\b|"
    r"\bimbalance between (?:my )?(?:legs|sides)\b|"
    # "my right glute is way weaker than my left", "left calf much weaker than the right"
    r"\b(?:left|right) (?:\w+ )?(?:is |feels )?(?:\w+ )?(?:weaker|stronger) than "
    r"(?:my |the )?(?:left|right|other)\b"
)
_SWAP = rx.compile(
    r"\b(?:instead of|replace|replacement for|swap|substitute|alternative (?:to|for)|"
    r"(?:what|anything) else (?:can|could|do|should|would) i use|use instead)\b"
)


def exercise_names(ex: Exercise) -> list[str]:
    """An exercise's name and aliases, normalised, those longer than three letters (in order)."""
    names = [normalize_name(ex.name), *(normalize_name(a) for a in ex.aliases)]
    return [n for n in names if len(n) > 3]


_MACHINE_NAMES = {
    "leg_press": r"leg press|sled",
    "quad_extension": r"(?:leg|quad|quadriceps|knee) extensions?",
    "hamstring_curl": r"(?:leg|hamstring|ham) curls?",
}


def _machine_named(ex_id: str, message: str) -> bool:
    """Is this machine among those the runner has? "machines" (or a gym) is all three; "a leg press" is
    that one only."""
    named = any(rx.search(rf"\b(?:{p})\b", message) for p in _MACHINE_NAMES.values())
    if not named:
        return True
    if (
        rx.search(r"\bmachines\b", message)
        or (
            rx.search(r"\b(?:gym|weights? room)\b", message)
            and not rx.search(
                r"\b(?:only|just)\b|\bthat(?:s| is) (?:about |pretty much )?(?:it|all)\b", message
            )
            and not _GYM_HAS.match(message)  # ("the hotel gym has a leg press and dumbbells": that one)
            # ("firefighter here, our station gym has a leg press and some dumbbells": that one too)
            and not _GYM_HAS.match(message[m.start() :] if (m := _GYM_WORD.search(message)) else "")
            # (r18 ta) "the station has a small gym with a leg press, dumbbells and a treadmill": its kit
            # listed, that one
            and not _GYM_WITH.search(message)
        )
    ):
        return True  # "a gym with a leg press": its other machines too; "only a leg press": that one
    return bool(rx.search(rf"\b(?:{_MACHINE_NAMES.get(ex_id, '$^')})\b", message))


_KNEES_IN = rx.compile(
    r"\bknees? (?:\w+ ){0,3}(?:cav\w*|collaps\w*|track\w* in\w*|go(?:es)? in\w*|turn\w* in\w*|drift\w* in\w*|"
    r"fall\w* in\w*|buckl\w* in\w*)\b|\bknock kneed\b|\bvalgus\b"
)
_INJURY_NAMED = rx.compile(r"\b(?:shin splints|runners knee|jumpers knee|patellofemoral|pfps)\b")


_AFTER_RUN_OK = rx.compile(
    r"\b(?:straight |right |just |directly )?after (?:my |a |the )?(?:run|running|easy run)s?\b.{0,40}"
    r"\b(?:ok|okay|fine|alright|all right|wreck|ruin|bad|a problem)\b|"
    r"\b(?:ok|okay|fine|alright) to (?:do it |lift |do strength )?(?:straight |right )?after (?:my |a |"
    r"the )?runs?\b"
)


def _kit_nouns(ex_id: str) -> tuple[str, ...]:
    """The household kit an exercise needs ("box hops": a step or a box)."""
    need = " ".join(EXERCISES[ex_id].equipment).lower()
    return tuple(k for k in ("step", "box", "bench", "chair", "ball", "stair") if rx.search(rf"\b{k}", need))


def _lacks(message: str, noun: str) -> bool:
    """Does the runner say they have no such thing ("no step or box", "I don't have a bench")?"""
    return bool(
        rx.search(
            r"\b(?:no|without|dont have|do not have|havent got|not got|dont own|lack|not even|"
            # (r20 to) "no room for a bench", "nowhere to put a bench", "can't fit a bench in": not had
            r"(?:no|not enough|not much|zero) (?:room|space) (?:for|to (?:put|fit|set up))|nowhere to (?:put|"
            r"fit|keep)|(?:cant|cannot|can not|couldnt) fit|"
            r"(?:dont|do not) even have)\s+(?:even )?(?:a |an |"
            r"any )?(?:\w+ )?"
            rf"(?:(?:or|nor|and) (?:a |an |any )?(?:\w+ )?)?{noun}",
            message,
        )
    )


# a stair or step to stand on, not the step-up (its lack: lacks_stairs, _lacked, the kit table)
_STAIR_NOUN = r"(?:stairs?|steps?|staircase)\b(?! ?ups?\b)"


def lacks_bench(message: str) -> bool:
    """Does the (normalised) message say there's no bench to be had ("no room for a bench", "no bench")?"""
    return "bench" in message and _lacks(message, r"(?:bench|benches)\b")


def lacks_stairs(message: str) -> bool:
    """Does the (normalised) message say there are no stairs or steps ("no stairs", "no step or box")?"""
    return _lacks(message, _STAIR_NOUN)


def _fits(ex_id: str, marks: tuple[str, ...]) -> bool:
    """Can this exercise be done with the kit (or needs none beyond a wall, stair or chair)?"""
    needs = [e.lower() for e in EXERCISES[ex_id].equipment if e != "a wall"]
    home = ("step", "bench", "chair")  # a stair, a sturdy chair: in any home
    return all(any(m in n for m in (*marks, *home)) for n in needs)


ENOUGH = rx.compile(
    # (r14 wb: "worth using for legs?", "worth the effort", "worth my time")
    r"\b(?:enough|worth (?:it|doing|bothering|using|trying|spending|the (?:time|effort|bother)|my time)|"
    r"worthwhile|sufficient|"
    # ("can't do anything jumpy": a limit, not "does it do anything?")
    r"(?<!cant )(?<!cannot )(?<!not )(?<!dont )(?:do|make) (?:anything|any difference|a difference)|"
    r"any (?:point|use|good)|pointless|is that (?:ok|okay|fine))\b"
)
_TIMES = rx.compile(
    r"\b(once|twice|one|two|three|1|2|3)(?: times?| days?| sessions?)? (?:a|per|each|every) week\b|"
    r"\b(one|two|three|1|2|3) days? a week\b"
)
# "two short sessions a week": the sessions counted, however described
_SESSION_KIND = rx.compile(
    r"\b(once|twice|one|two|three|[123]) (?:short|quick|brief|small|strength|gym|leg)\b"
)
# Strength once a week is all the runner can fit ("shift work, one session a week at most").
_ONCE = rx.compile(
    r"\b(?:once|one (?:\w+ )?(?:session|day|time|workout|slot)) (?:a|per|each|every) week\b|\bonce weekly\b"
)
ONCE_LINE = (
    "Once a week still helps: make it a full session, every exercise here, 2–3 sets. The article suggests "
    "twice (sometimes three times), so add a second short one when you can; keep it off hard-run days "
    "and the day before a race."
)


def once_a_week(message: str) -> bool:
    """Does the runner say strength work fits only once a week (not their running: "I run once a week")?"""
    for m in _ONCE.finditer(message):
        before = message[max(0, m.start() - 30) : m.start()]
        near = message[max(0, m.start() - 15) : m.end()]
        if rx.search(r"\b(?:strength|lift\w*|gym|leg|legs|weights)\b", near) or not rx.search(
            r"\b(?:run|runs|running|jog\w*|\d+ ?k|km|miles?|race\w*|parkrun)\b", before
        ):
            return True
    return False


_COUNT = {"once": 1, "one": 1, "1": 1, "twice": 2, "two": 2, "2": 2, "three": 3, "3": 3}


def _strength_times(message: str) -> re.Match[str] | None:
    """(r19 tl) The sessions a week told for strength, not the runner's running ("I run three times a
    week at lunch... what would I get out of it?": three runs, no strength sessions yet)."""
    for t in _TIMES.finditer(message):
        before = message[max(0, t.start() - 25) : t.start()]
        if rx.search(r"\b(?:run|runs|running|jog|jogs|jogging|race|races)\b", before) and not rx.search(
            r"\b(?:strength|lift\w*|gym|leg|legs|weights|squats?|sessions?)\b", before
        ):
            continue
        return t
    return None


def enough(message: str) -> str | None:
    """A verdict for "I only have 15 min twice a week, is that worth it?": the runner's own time
    and days against the article's 15-20 minutes, twice a week."""
    if not ENOUGH.search(message):
        return None
    if all(
        rx.search(
            r"(?<!non )\b(?:running|run|runs)\b(?! days?\b)"
            r"(?: (?!(?:min|mins|minutes|that|this|it|time)\b)\w+){0,5} $",
            message[: e.start()],
        )
        and e.group(0) == "enough"
        and not rx.match(r" (?:time|minutes|mins)\b", message[e.end() :])
        for e in ENOUGH.finditer(message)
    ):
        # (r19 tl) "is running on its own really not enough to build leg strength?": running's sufficiency
        # asked (the why-strength answer), not the runner's minutes or sessions
        return None
    m = _minutes(message)
    if rx.search(r"\b(?:a day|every day|daily|per day|each day)\b", message):
        # "10 minutes a day, any point?": a little helps; the article's rhythm is fewer, longer sessions
        if m is not None and minutes_of(m) >= 15:
            # (r17 ud) "three kids, maybe 15 minutes a day. is that enough for a leg workout?": yes for the
            # session, and no need for every day (it got the session's length with no verdict)
            return (
                f"Yes: {minutes_of(m)} minutes is plenty for one session (the article says 15 to 20 minutes "
                "is worthwhile). You don't need it every day, though: two, sometimes three, sessions a week "
                "is what runners do, off hard-run days.\nTry one: /workout home"
            )
        if m is None or not rx.search(r"\b(?:any point|worth|pointless|any use)\b", message):
            return None  # "is a bit each day enough?": how often is the question, the frequency rule answers
        return (
            f"Yes, {minutes_of(m)} minutes beats nothing, but strength builds in the rest between "
            "sessions: the article's rhythm is two (sometimes three) 15–20-minute sessions a week, so "
            "pool your minutes into those if you can. If not, a few moves (one-legged squats, calf "
            "raises, bridges) on your easy days still help.\nTry one: /workout"
        )
    # (r14 wb: "two short sessions a week, enough?": the sessions counted, however described)
    t = _strength_times(message) or _strength_times(_SESSION_KIND.sub(r"\1", message))
    if m is None and t is None:
        return None
    n = minutes_of(m) if m else None
    times = _COUNT.get((t.group(1) or t.group(2)) if t else "", None)
    parts = []
    if n is not None and n >= 15:
        parts.append(
            f"Yes: {n} minutes is enough; the article says 15 to 20 minutes makes a worthwhile session"
        )
    elif n is not None:
        parts.append(
            f"Yes, {n} minutes still helps, though the article's worthwhile session is 15 to 20 minutes: "
            "pick three exercises and keep the rests short"
            + (
                ", e.g. one-legged squats, calf raises and step-ups (all standing, fine at work)"
                if _AT_WORK.search(message)
                else ", e.g. one-legged squats, calf raises and bridges"
            )
        )
    if times == 1:
        # "is it even worth it?" gets its yes; "is it enough?" doesn't (twice is the article's figure)
        worth = not parts and rx.search(r"\bworth (?:it|bothering|doing|the effort)\b", message)
        parts.append(
            (
                "and "
                if parts
                else "Yes, worth it: once a week is better than nothing, "
                if worth
                else "Once a week is better than nothing, "
            )
            + "twice a week is what the article suggests, so add a second short session if you can"
        )
    elif times in (2, 3):
        parts.append(
            ("and " if parts else "Yes: ")
            + ("twice" if times == 2 else "three times")
            + " a week is what the article suggests (twice, sometimes three)"
            # (r14 wb: "two short sessions a week, enough?": how short is enough, too)
            + (
                ", and 15 to 20 minutes makes a worthwhile session"
                if n is None and rx.search(r"\b(?:short|quick|brief|small)\b", message)
                else ""
            )
        )
    text = ", ".join(parts) + "."
    text = text[0].upper() + text[1:]
    return (
        f"{text}\nKeep it off hard-run days and the day before a race, and work several muscle groups "
        "(2–3 sets of 12–15 reps).\nTry one: /workout"
    )


def _two_named(message: str) -> bool:
    """Are two or more of the article's exercises named ("hamstring curls vs leg press")?"""
    said = 0
    for ex in EXERCISES.values():
        if not ex.variation_of and any(
            rx.search(rf"\b{re.escape(n)}(?:e?s)?\b", message) for n in exercise_names(ex)
        ):
            said += 1
    return said >= 2


_WHICH_KIT = rx.compile(
    r"\b(?:which|what) (?:ones?|machines?|exercises?|moves?|ones? should)\b|"
    r"\bwhat (?:do i|should i) (?:use|do) (?:on|with)\b"
)


def which(message: str) -> str | None:
    """ "Which machines should I use?": the exercises the named kit is for, in one line."""
    if not _WHICH_KIT.search(message) or _HOME.search(message):
        return None  # "what exercises at home": the home answer, not the gym's machines
    if _ORDER_ASKED.search(message):
        return None  # "gym and a run on the same day, which one goes first?": the order, not the kit
    if rx.search(r"\b(?:or|vs|versus|v)\b", message) and _two_named(message):
        return None  # (r18 td) "hamstring curls vs leg press, which one?": a pick between the two named
    kit = [k for k in _has(message) if k[0] != "a gym"] or [k for k in _has(message)]
    if not kit or not any(n in ("machines", "dumbbells", "a gym") for n, _ in kit):
        return None  # "what move for my calves if I only have stairs": the exercise's own answer
    marks = tuple(m for _, ms in kit for m in ms)
    picked = [
        ex
        for ex in EXERCISES.values()
        if ex.id != "treadmill_incline"
        and not ex.variation_of
        and [e for e in ex.equipment if e != "a wall"]
        and all(any(m in e.lower() for m in marks) for e in ex.equipment if e != "a wall")
    ]
    if [n for n, _ in kit] == ["a gym"]:
        picked = [EXERCISES[e] for e in ("quad_extension", "hamstring_curl", "leg_press", "lunge")]
    told = {m for m, pat in _MACHINE_NAMES.items() if rx.search(rf"\b(?:{pat})\b", message)}
    if told:
        # (r18 td) "my gym has a leg press and a hamstring curl, which ones?": those machines, not all three
        picked = [ex for ex in picked if ex.id not in _MACHINE_NAMES or ex.id in told]
    if not picked:
        return None
    names = [ex.name.lower() for ex in picked[:4]]
    listed = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
    return (
        f"Start with the {listed}. For each, 2–3 sets with a resistance that tires you by 12–15 reps, "
        "slow and controlled, without locking your knees.\nTry one: /workout gym"
    )


def constraint(ask: str) -> bool:
    """Is this (normalised) piece of a message a constraint or a routine request that a plan covers
    ("cant jump because of the neighbours", "can you lay out a basic session")?"""
    if any(
        p.search(ask)
        for p in (_NO_JUMP, _NO_FLOOR, _NO_KNEEL, _NO_KIT, _KIT_CAN, _NO_DEEP, _NO_SQUAT, _LOAD_BARRED)
    ):
        return True  # ("can the stairwell be my gym?": the plan's "Yes." answers it)
    return bool(_ROUTINE.search(ask)) and not rx.search(r"\b(?:why|when|how (?:many|much|long|often))\b", ask)


# Household kit the runner says they lack, and what each of the basic moves can use instead.
_FLOOR_SWAP = {
    "calf_raise": " (flat on the floor, or on any low solid block that won't tip)",
    "hamstring_pushup": " (heels on the edge of a bed or sofa that won't slide)",
}
_SOFT_SEAT = rx.compile(r"\b(?:bed|sofa|couch)\b")


# (xb) "just floor", "only the floor", "floor space and nothing else": no household kit at all
_FLOOR_ONLY = rx.compile(
    r"\b(?:just|only|nothing but|except) (?:the |a |my |some )?floor\b|\bfloor (?:space )?only\b|"
    r"\bonly (?:have|got) (?:the |a |my |some )?floor\b"
)


def _household_lacks(message: str) -> int:
    """How many pieces of household kit the runner says they lack (stairs, a chair, a bench, a ball)."""
    return sum(
        _lacks(message, noun)
        for noun in (
            _STAIR_NOUN,
            r"chairs?\b",
            r"(?:bench|benches|box|boxes)\b",
            r"(?:exercise |gym |swiss |stability )?balls?\b",
        )
    )


_FLOOR_FILL = ("wall_squat", "bridge", "one_leg_squat", "line_hops")


def floor_only(message: str, picked: list[str]) -> tuple[list[str], dict[str, str]]:
    """The moves left, and their changed brackets, when the runner says they lack the stairs, step, chair
    or bench the basics use ("no stairs, no bench, no chair even, just floor and a bed")."""
    # (r14 vb) "no steps anywhere", a bungalow, a step-free flat: no stair for the calves either
    stairs = _lacks(message, r"(?:stairs?|steps?|staircase)") or bool(_STEP_GONE.search(message))
    chair = _lacks(message, r"chairs?")
    bench = _lacks(message, r"(?:bench|benches|box|boxes)")
    floor = bool(_FLOOR_ONLY.search(message))
    if floor:
        stairs = chair = bench = True  # (xb) "no chair, no bench, just floor": nothing to stand on or brace
    if not (stairs or chair or bench):
        return picked, {}
    out: list[str] = []
    where: dict[str, str] = {}
    for e in picked:
        if e == "step_up" and stairs and (bench or chair):
            continue  # nothing knee-high to step onto
        if e == "hamstring_pushup" and chair:
            if not _SOFT_SEAT.search(message) or _lacks(message, r"(?:bed|sofa|couch)"):
                continue
            where[e] = _FLOOR_SWAP[e]
        if e in ("calf_raise", "weighted_calf_raise") and stairs:
            where[e] = _FLOOR_SWAP["calf_raise"]
        if e == "box_hops" and (stairs or bench):
            continue
        out.append(e)
    if len(out) < len(picked):
        # (a bare floor: the lunge, hands on hips, before a wall squat whose ball they may not have)
        fill = ("bridge", "one_leg_squat", "lunge", "line_hops") if floor else _FLOOR_FILL
        out += [e for e in fill if e not in out][: max(0, 5 - len(out))]
    return out, where


def home_kit(message: str) -> bool:
    """Does the message say it has stairs, a bench or a chair (kit that changes the no-kit list)?"""
    return bool(rx.search(r"\b(?:stairs?|staircase|steps?|bench|box|chair)\b", message))


# ---- One part, with the kit told: "only a chair and a wall, anything for my hamstrings?" ----------
_PART_ASKED = (
    ("quads", rx.compile(r"\b(?:quads?|quadriceps|front of (?:my )?thighs?)\b")),
    ("calves", rx.compile(r"\b(?:calf|calves)\b")),
    ("hamstrings", rx.compile(r"\b(?:hamstrings?|hammies|hammys|back of (?:my )?thighs?)\b")),
    ("glutes", rx.compile(r"\b(?:glutes?|bum|butt)\b")),
    ("hips", rx.compile(r"\b(?:hips?|hip muscles)\b")),
    ("shin_splints", rx.compile(r"\b(?:shins?|shin splints)\b")),
)
_PART_OPEN = rx.compile(
    r"\b(?:(?:can|could) i (?:still )?(?:do|train|work)|anything|something|any (?:\w+ )?(?:work|exercises?|"
    r"moves?|ideas?)|what (?:\w+ ){0,3}(?:can|could|should)|"
    r"which (?:exercises?|moves?|ones?)|how (?:do|can|could|should) i (?:\w+ ){0,2}(?:work|train|strengthen|"
    r"build|hit)|"
    r"(?:want|need|trying|try|how) to (?:keep|stop|prevent|avoid|strengthen|work|train)|"
    r"keep \w+ (?:\w+ )?from coming back|"
    # "what else works for hips?", "what helps the calves?"
    r"what (?:\w+ ){0,2}(?:works?|helps?|would work|would help|is good|is best) (?:for|on)|"
    r"(?:alternatives?|substitutes?) (?:to|for))\b"
)
_PART_NAME = {"shin_splints": "shins", "calves": "calves", "hips": "hips"}


# A chair that rolls or slides: the hamstring push-up needs one braced so it can't move.
_ROLLING = rx.compile(
    r"\b(?:on (?:wheels|castors|casters|rollers)|wheel(?:ed|ie|y)|swivel|rolling|office chair|desk chair "
    r"on|chairs? (?:\w+ ){0,3}(?:slides?|sliding|slips?|slipping|skids?|moves?|rolls?|scoots?)|"
    r"(?:has|got|with|have) (?:\w+ )?(?:wheels|castors|casters))\b"
)
ROLLING_NO = "Not on a chair that rolls or slides: the article has the chair's back braced against a wall. "
ROLLING_FIX = "Brace it: the article has the chair's back pushed against a wall so it can't move. "
ROLLING_TEXT = (
    "Use a sturdy chair (or the sofa) against a wall, or put your feet on an exercise ball instead; "
    "the bridge works the same muscles with nothing under your feet.\n"
    "Full card: /exercise hamstring push-up"
)


_NO_ANKLE_WEIGHT = rx.compile(
    r"\b(?:no|without|dont have|do not have|havent got|not got|dont own|lack|missing|no access to)\s+"
    r"(?:an? |any )?(?:\w+ )?(?:ankle (?:weights?|straps?)|cables?(?: machine)?)\b"
)
# the lack told either side of the kit: "no ankle weights", "need ankle weights but I don't have any"
_ANKLE_WEIGHT_LACKED = rx.compile(
    _NO_ANKLE_WEIGHT.pattern + r"|\bankle (?:weights?|straps?)\b(?: \w+){0,2} (?:but |and )?i (?:dont|do not|"
    r"havent) (?:have|own|got) (?:any|them|one)\b"
)
NO_ANKLE_WEIGHT_TEXT = (
    "No weight needed to start: do the side-lying hip raise and the lying leg lift with just your leg, "
    "slow and straight-kneed, 2–3 sets of 12–15 each side (a weight hung from the ankle by a strap can "
    "come later).\n"
    "The bridge (hold 30 s) and one-legged moves such as the one-legged squat also make the hip muscles "
    "hold you steady.\n"
    "Full card: /exercise side-lying hip raise"
)
# ("no ankle weights, just a band"): the band they have does the ankle weight's job
BAND_HIP_LEAD = (
    "Loop the band round both ankles and it does the ankle weight's job (bands aren't in the article). "
    "Side-lying hip raise and lying leg lift, slow and straight-kneed, 2–3 sets of 12–15 each side.\n"
)


def _no_ankle_text(message: str) -> str:
    """The no-ankle-weight answer, with the band they told as the resistance."""
    if rx.search(r"\b(?:loop |resistance |mini |exercise )?bands?\b", message):
        yes = (
            "Yes: l"
            if rx.search(r"\b(?:can|could|will|would|is|does) (?:i|it|that|a band)\b", message)
            else "L"
        )
        return yes + BAND_HIP_LEAD[1:] + NO_ANKLE_WEIGHT_TEXT.split("\n", 1)[1]
    return NO_ANKLE_WEIGHT_TEXT


def kit_part(message: str, asked: str) -> tuple[str, str] | None:
    """The exercises for the one part asked about that the runner's stated kit allows, the first one's
    steps, and its dose ("All I have is a bench and ankle weights. Anything for my hips?"), with its
    topic; None without a kit told or with another part (normalised message, normalised asks)."""
    if _ROLLING.search(message) and rx.search(r"\b(?:hamstring|feet on (?:a |the |my )?chair)", message):
        # "my only chair is on wheels, can I do the hamstring push-up?": not on a chair that rolls
        yes_no = rx.search(r"\b(?:can|could|is|will|would|should) (?:i|it|that|this)\b", message)
        lead = ROLLING_NO if yes_no else ROLLING_FIX
        if rx.search(r"\bhow (?:do|should|can|would) (?:i|you) (?:do|perform|set up)\b", message):
            # (td r13) "how do I do the hamstring push-up? my only chair has wheels": the steps, then the fix
            steps = " ".join(f"{n}) {s}" for n, s in enumerate(EXERCISES["hamstring_pushup"].steps, 1))
            return f"Hamstring push-up: {steps}\n{lead}{ROLLING_TEXT}", "exercise:hamstring_pushup"
        return lead + ROLLING_TEXT, "exercise:hamstring_pushup"
    parts = [p for p, pat in _PART_ASKED if pat.search(asked)]
    if (
        not parts
        and _ANKLE_WEIGHT_LACKED.search(message)
        and rx.search(r"\b(?:hips?|side lying|leg lifts?|hip raises?)\b", message)
        and rx.search(
            r"\b(?:other|options?|alternatives?|instead|else|substitute|swap|anything|what now)\b", asked
        )
    ):
        # "hip strengtheners need ankle weights but I don't have any. other options?": the hip part told
        return _no_ankle_text(message), "exercise:hip_abduction"
    avoid = _avoided(message)
    if avoid is not None and not parts and rx.search(r"\b(?:instead|alternative|else|replace)\b", asked):
        parts = [
            EXERCISES[avoid].primary[0]
        ]  # "lunges hurt my knee, what can I do instead?": the same muscle
    if len(parts) != 1 or not (_PART_OPEN.search(asked) or avoid) or _RACE_NEXT.search(message):
        return None
    if parts == ["hips"] and _NO_ANKLE_WEIGHT.search(message) and avoid is None:
        # "no ankle weights (or cable) for the hip thing, what else works for hips?": the same moves with
        # no weight to start, and the bridge and one-legged work that steady the hips too
        return _no_ankle_text(message), "exercise:hip_abduction"
    if avoid is None and (
        _SORE.search(rx.sub(r"\bshin splints\b", " ", message)) or _WEATHER.search(message)
    ):
        return None  # a symptom told: the symptom's answer
    kit = [k for k in _has(message) if k[0] != "a gym"]
    only = bool(_ONLY.search(message))
    lacking = [k for k in ("ball", "chair", "bench", "step", "box") if _lacks(message, k)]
    if (
        avoid is None
        and not (kit and only)
        and not lacking
        and not (kit and rx.search(r"\b(?:at home|home)\b", message))
        # "my hamstrings at home without weights": that part's bodyweight moves
        and not (_NO_KIT.search(message) and rx.search(r"\b(?:at home|home|house|flat)\b", message))
    ):
        return None
    part = parts[0]
    owned = [n for n, _ in kit]
    marks = tuple(m for _, ms in kit for m in ms)
    wall = bool(rx.search(r"\bwall\b", message))
    picks = []
    for ex in EXERCISES.values():
        # ("weighted calf raise" for someone with dumbbells: yes)
        uses_mine = any(
            m in " ".join(ex.equipment).lower() for m in marks if m not in ("step", "bench", "chair")
        )
        if (ex.variation_of and not uses_mine) or (ex.setting == "plyo" and part != "calves"):
            continue
        if part == "shin_splints":
            if "shin_splints" not in ex.prevents and ex.id != "toe_raise":
                continue
        elif part not in ex.primary:
            continue
        if ex.id in ("treadmill_incline", "hill_repeats"):
            continue
        if avoid is not None and (
            avoid in (ex.id, ex.variation_of)
            or EXERCISES[avoid].variation_of in (ex.id, ex.variation_of or "-")
            or ex.setting == "plyo"
        ):
            continue  # not the move that hurts, nor its family, nor jumping
        fits = all(_need_met(n.lower(), marks, message, only) for n in ex.equipment if n != "a wall")
        if fits:
            picks.append(ex)
    if not picks:
        return None

    def mine_kit(e: object) -> bool:
        eq = " ".join(getattr(e, "equipment", ())).lower()
        return any(m in eq for m in marks if m not in ("step", "bench", "chair"))

    # "the weighted calf raise" says the calf raise; the hips' two ankle-weight moves both stay
    picks = [e for e in picks if mine_kit(e) or not any(p.variation_of == e.id for p in picks)]
    # their kit first, then the part's own moves (the bridge for the glutes)
    picks.sort(
        key=lambda e: (
            not any(m in " ".join(e.equipment).lower() for m in marks),
            e.primary.index(part) if part in e.primary else 9,
        )
    )
    if "stairs" in owned and not rx.search(r"\b(?:stairs?|staircase)\b", message):
        owned = ["a step" if n == "stairs" else n for n in owned]
    have = ", ".join(owned[:-1]) + " and " + owned[-1] if len(owned) > 1 else "".join(owned)
    if wall and have and "wall" not in have:
        have += " and a wall"
    name = _PART_NAME.get(part, part)
    purpose = "to keep shin splints away" if part == "shin_splints" else f"for your {name}"
    names = [e.name.lower() for e in picks[:3]]
    listed = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
    first = picks[0]
    lead = (
        f"Instead of the {EXERCISES[avoid].name.lower()}"
        if avoid is not None
        else f"With {have}"
        if have
        else f"Without a {lacking[0]}"
        if lacking
        else "At home"
    )
    how = f"{first.name}: " + " ".join(f"{i}) {s}" for i, s in enumerate(first.steps, 1))
    if first.id == "calf_raise" and ("step" in lacking or _STEP_GONE.search(message)):
        # (r17 ve) "I don't even have a step": the flat-floor calf raise, not "the balls of your feet on a
        # step's edge"
        how = "Calf raise, on the flat floor: " + FLAT_CALF_TEXT.split(": ", 1)[1].split("\n")[0]
    lines = [
        f"Yes. {lead}, {purpose}: the {listed}.",
        how,
        f"{first.dose.text()[:1].upper()}{first.dose.text()[1:]}, twice a week.",
        f"Full card: /exercise {first.name.lower()}",
    ]
    if not rx.search(r"^(?:any|anything|something|is there|are there|can i|could i|do you)\b", asked):
        lines[0] = lines[0].removeprefix("Yes. ")
    if avoid is not None and rx.search(
        r"\b(?:aggravat\w*|hurts?|hurting|pain\w*|sore|dodgy|achy|aches?|irritat\w*|flares?)\b", message
    ):
        lines.insert(-1, "Stop anything that brings the pain on; if it keeps hurting, see a physio.")
    return "\n".join(lines), f"exercise:{first.id}"


_AVOID_WORDS = rx.compile(
    r"\b(?:aggravat\w*|hurts?|hurting|bothers?|kills?|irritat\w*|flares?|out|no go|cant|cannot|can not|"
    r"unable)\b"
)


@lru_cache(maxsize=1)
def _avoid_patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    """One pattern per exercise: its names hurting or not possible ("lunges aggravate", "can't do lunges")."""
    out = []
    for ex in EXERCISES.values():
        names = sorted(
            {n for n in (normalize_name(x) for x in (ex.name, *ex.aliases)) if len(n) >= 4},
            key=len,
            reverse=True,
        )
        alt = "|".join(re.escape(n) for n in names)
        out.append(
            (
                rx.compile(
                    rf"\b(?:{alt})s? (?:\w+ ){{0,2}}(?:aggravat\w*|hurts?|hurting|bothers?|kills?|irritat\w*|"
                    rf"flares?|are out|is out|are a no go)\b|\b(?:cant|cannot|can not|unable to) do (?:\w+ )?"
                    rf"(?:{alt})s?\b"
                ),
                ex.variation_of or ex.id,
            )
        )
    return tuple(out)


def _avoided(message: str) -> str | None:
    """The exercise the runner says hurts or that they can't do ("lunges aggravate my knee")."""
    if not _AVOID_WORDS.search(message):
        return None
    for pattern, ex_id in _avoid_patterns():
        if pattern.search(message):
            return ex_id
    return None


def _need_met(need: str, marks: tuple[str, ...], message: str, only: bool) -> bool:
    """Is one piece of an exercise's kit ("a chair braced against a wall, or an exercise ball") in what the
    runner has, or household kit they didn't rule out?"""
    for option in rx.split(r",? or |, ", need):
        if any(m in option for m in marks):
            return True
        house = [h for h in ("step", "bench", "chair", "stair", "block") if h in option]
        if house and not only and not any(_lacks(message, h) for h in (*house, "box", "stair")):
            return True
    return False


_PLYO_START = rx.compile(
    r"\b(?:start|started|starting|begin|beginning|beginners?|beg+i?n+\w*|first|never done|new to|progress\w*|"
    r"build (?:up|on)|move on|next step|"
    r"where do i)\b"
)
# "how do I get started with plyometrics", "plyos for beginners, where to start": the order asked for
_BEGINNER_SAID = rx.compile(r"\b(?:beg+i?n+\w*|new to|never done|novice|first time|first timer)\b")
_PLYO_BEGIN = rx.compile(
    r"\b(?:plyo\w*|jump(?:ing)? (?:drills|training))\b.{0,60}\b(?:beg+i?n+\w*|start\w*|begin\w*|"
    r"first)\b|\b(?:start\w*|begin\w*|beg+i?n+\w*|get going|new to|never done)\b.{0,40}\b(?:plyo\w*|"
    r"jump(?:ing)? (?:drills|training))\b"
)
PLYO_START_TEXT = (
    "Start with line hops: small, quick hops back and forth over a line, landing lightly, 2–3 sets of 20–30. "
    "When those stay soft and controlled, move on to box hops onto a low, solid step (8–12 each leg), then "
    "skipping (10–15 each leg).\n"
    "Progress one drill at a time, and end a set when the hops get sloppy. Twice a week, not on a hard-run "
    "day.\nFull card: /exercise line hops"
)


def no_jumping(message: str) -> bool:
    """(r20 tp) Does the (normalised) message rule jumping out ("jumping is out", "thin floors, neighbours
    below", "without plyometrics", "jumping hurts my knees")? The told limit every suggestion must keep."""
    m = _NO_JUMP.search(message)
    # ("I'm worried the jumping will wreck her knees": a worry about the drills asked about, not a limit;
    # "which jumping drills won't hurt my knees?": the drills asked for)
    if m is None:
        return False
    return not _JUMP_WORRY.search(message[: m.start()]) and not rx.search(
        r"\b(?:wont|dont|doesnt|wouldnt|not|never)\b", m.group(0)
    )


_JUMP_WORRY = rx.compile(
    r"\b(?:worried|worry|worries|afraid|scared|concerned|nervous|fear)\b(?: \w+){0,3}\s*$"
)


def plyo_start(message: str, long_message: bool) -> str | None:
    """ "Never done any jumping drills. How do I start and progress?": the article's order (line hops, box
    hops, skipping) with the landings, for a message that tells more than the ask (normalised)."""
    if not _PLYO_ASK.search(message) and not rx.search(r"\bjumping drills?\b", message):
        return None
    if not _PLYO_START.search(message) or _NO_JUMP.search(message):
        return None
    begin = bool(_PLYO_BEGIN.search(message)) and not rx.search(r"\bor\b", message)
    if not long_message and not begin:
        return None  # (an either/or, "plyos or weights for my start?", has its own verdict)
    if (
        _SORE.search(message)
        or (_has(message) and not begin)
        or _minutes(message)
        # (r16 ze: "I hear plyometrics build power. How do I start them as a beginner?": the power is why
        # they want them, not a sprinter's plan; a beginner's start is still the start)
        or (_POWER.search(message) and not (begin and _BEGINNER_SAID.search(message)))
        or any(_lacks(message, k) for k in ("step", "box", "bench", "stair"))
    ):
        return None  # a symptom, their kit or time, a sprinter: the plan or the symptom's answer
    return PLYO_START_TEXT


# ---- Time for one exercise only: "I've got time for only one glute exercise. Which one?" ----------
_ONE_ONLY = rx.compile(
    r"\b(?:only|just) (?:have |got )?(?:the )?(?:time|room|energy) for (?:one|1|"
    r"a single) (?:\w+ )?(?:exercise|move)\b|"
    r"\b(?:only|just) (?:one|1|a single) (?:\w+ )?(?:exercise|move)\b|\bif i (?:could|"
    r"can) (?:only )?do (?:just )?one\b"
    r"(?! (?:\w+ )?(?:day|session|set|rep|minute|min|time|week|run|hour)s?\b)|"
    r"\bsingle best\b|\bbest (?:single|one) (?:\w+ )?(?:exercise|move)\b|\bone (?:\w+ )?(?:exercise|"
    r"move) only\b|"
    # "if u could only pick 1", "only allowed one", "had to choose just one leg exercise"
    r"\b(?:only|just) (?:pick|choose|keep|allowed|do|get) (?:just )?(?:one|1|a single)\b(?! (?:day|session|"
    r"set|rep|minute|min|time|week|run|hour))|"
    r"\b(?:had|have|got) to (?:pick|choose|keep) (?:just |only )?(?:one|1|a single)\b(?! (?:day|session|set|"
    r"rep|minute|min|time|week|run|hour))|"
    r"\b(?:one|1) (?:\w+ )?(?:exercise|move) to rule them all\b"
)
_ONE_FOR = {
    "glutes": "bridge",
    "hamstrings": "hamstring_pushup",
    "quads": "one_leg_squat",
    "calves": "calf_raise",
    "hips": "hip_abduction",
    "shin_splints": "calf_raise",
}


def one_pick(message: str) -> tuple[str, str] | None:
    """One exercise for the part asked about, when the runner has time for one only (normalised); first,
    the runner's situation asked about outright (``situational``: this is the one call the dialogue makes
    here)."""
    if _HILLS_OR_GYM.search(message) and _PICK_ONE.search(message):
        return None  # "hills or the gym if I only have time for one?": a pick (content/direct.py), not "both"
    told = situational(message) or still_do(message)
    if told is not None:
        return told
    if not _ONE_ONLY.search(message):
        return few_picks(message)
    parts = [p for p, pat in _PART_ASKED if pat.search(message)]
    if len(parts) > 1:
        return None
    gym = bool(rx.search(r"\b(?:gym|machines?)\b", message)) and not _HOME.search(message)
    if parts:
        ex_id = _ONE_FOR[parts[0]]
        if parts[0] == "hamstrings" and gym:
            ex_id = "hamstring_curl"
        why = ""
    else:
        ex_id = "one_leg_squat"
        why = " (our pick: the article doesn't rank them)"
    ex = EXERCISES[ex_id]
    d = ex.dose.text()
    return (
        f"The {ex.name.lower()}{why}: {ex.summary[:1].lower()}{ex.summary[1:]}\n"
        f"{d[:1].upper()}{d[1:]}, twice a week.\nFull card: /exercise {ex.name.lower()}",
        f"exercise:{ex_id}",
    )


# ---- A number of moves asked for: "just give me three exercises, nothing more" ---------------------
# (r18 te) the count is a limit: it got the runner's-knee machines, a balance blurb or "a session has 4 to
# 6 exercises". Not "I do three exercises, is that enough?" (a verdict) nor "how many exercises?".
_FEW_ONLY = rx.compile(
    r"\b(?:give me|just|only|top|best|pick|name|list|suggest|recommend|send me|want|(?:what|which) (?:are|r) "
    r"(?:the|your|ur)) (?:me )?(?:the )?"
    r"(?:best )?(?P<n>two|2|three|3|four|4)(?: best| top| key| main| good| great)? (?:leg |strength |gym |"
    r"home )?(?:exercises|moves)\b"
)
_FEW_NOT = rx.compile(r"\b(?:enough|too (?:few|many|much)|is that|are they|how many|do i need)\b")
_FEW_N = {"two": 2, "2": 2, "three": 3, "3": 3, "four": 4, "4": 4}
_FEW_HOME = ("one_leg_squat", "calf_raise", "hamstring_pushup", "bridge")
_FEW_GYM = ("leg_press", "hamstring_curl", "weighted_calf_raise", "lunge")


def few_picks(message: str) -> tuple[str, str] | None:
    """Two to four moves, exactly as many as the runner asked for (normalised), the big groups covered
    in that order: quads and glutes, calves, hamstrings, glutes. None otherwise."""
    m = _FEW_ONLY.search(message)
    if m is None or _FEW_NOT.search(message) or any(pat.search(message) for _, pat in _PART_ASKED):
        return None
    n = _FEW_N[m.group("n")]
    gym = bool(rx.search(r"\b(?:gym|machines?)\b", message)) and not _HOME.search(message)
    picks = [EXERCISES[e] for e in (_FEW_GYM if gym else _FEW_HOME)[:n]]
    lines = "\n".join(f"• {ex.name}: {ex.dose.text()}" for ex in picks)
    return (
        f"{_FEW_WORD[n]} (our picks: the article doesn't rank them), covering the big muscle groups:\n"
        f"{lines}\n"
        f"Twice a week, not on a hard-run day or the day before a race.\nFull card: /exercise "
        f"{picks[0].name.lower()}",
        f"exercise:{(_FEW_GYM if gym else _FEW_HOME)[0]}",
    )


_FEW_WORD = {2: "Two", 3: "Three", 4: "Four"}


# ---- The runner's situation asked about outright: a dislike, a fear, a grade, a gap after a run ------
# "I hate jumping, do I have to do plyos?": plyometrics are one option, not a must.
_DISLIKE_JUMP = rx.compile(
    r"\b(?:hate|hates|cant stand|cannot stand|dislike|loathe|not a fan of|dont like|dont enjoy|detest)\b"
    r"(?: \w+){0,2} (?:jump\w*|hop\w*|plyo\w*|box jumps?|bounding)\b|"
    r"\b(?:jump\w*|hop\w*|plyo\w*) (?:\w+ ){0,3}(?:feels? awful|is awful|are awful|hurts?|kills?|bothers?|"
    r"is horrible|is the worst|sucks?)\b"
)
_PLYO_MUST = rx.compile(
    r"\b(?:do|must|will) i (?:really |actually |still )?(?:have to|need to|need|got to|gotta) (?:do )?"
    r"(?:any |the )?(?:plyo\w*|jump\w*|hop\w*|box jumps?|bounding)\b|"
    r"\b(?:plyo\w*|jump\w*|hopping|bounding) (?:drills |stuff |work |training )?(?:really |actually )?"
    r"(?:a must|mandatory|compulsory|required|necessary|essential|needed|non negotiable)\b|"
    r"\b(?:can|could) i (?:just |still |totally |completely )?(?:skip|omit|leave "
    r"out|drop|ditch|avoid|do without|"
    r"miss out|cut out|bin off|leave) (?:on )?(?:the |all )?(?:\w+ )?(?:plyo\w*|jump\w*|hop\w*|box jumps?|"
    r"bounding)\b|"
    # ("no jumping. What can I still do?": the moves that fit, not the verdict on plyometrics)
    r"\b(?:without|no) (?:any )?(?:plyo\w*|jump\w*|jumping)\b.{0,30}\b(?:ok|fine|still(?! do\b)|enough)\b"
)
PLYO_OPTIONAL = (
    "No: plyometrics are one option for explosive power, not a must. Your legs get strong without any "
    "jumping: calf raises, one-legged squats, step-ups, bridges and hamstring push-ups at home, the gym "
    "machines, and hill running.\nTry one: /workout home"
)
# "terrified of wrecking my back lifting heavy": how to lift without hurting it.
_BACK_FEAR = rx.compile(
    r"\b(?:scared|terrified|afraid|worried|nervous|paranoid|frightened|fear\w*|worry|dont want to|"
    r"without|avoid|not to|protect|keep from|stop myself)\b(?: \w+){0,4} "
    r"(?:wreck\w*|hurt\w*|injur\w*|damag\w*|mess\w* up|putting out|put out|tweak\w*|strain\w*|ruin\w*|"
    r"blow\w* out|destroy\w*|break\w*|protect\w*) (?:my |your |the |out my )?(?:lower )?back\b|"
    r"\b(?:scared|terrified|afraid|worried|nervous|paranoid|frightened|fear\w*|worry|dont want to|avoid)\b"
    r"(?: \w+){0,3} put\w* (?:my |your )?(?:lower )?back out\b|"
    r"\bback\b.{0,40}\b(?:nervous|scared|worried|afraid|paranoid|terrified)\b.{0,30}\b(?:injur\w*|hurt\w*|"
    r"wreck\w*|damag\w*|tweak\w*|strain\w*) it\b"
)
_LIFT_SAID = rx.compile(
    r"\b(?:lift\w*|heavy|weights?|squat\w*|deadlift\w*|gym|barbell|strength|dumbbells?|leg press|machines?|"
    r"lunges?)\b"
)
BACK_SAFE = (
    "Form first, then the weight: pick a load you're comfortable with, move slowly and under control, "
    "breathe out on the effort, and never let your form slip to lift more or squeeze out extra reps. "
    "Machines are a good start because they make good form easier; one-legged squats, lunges, step-ups "
    "and bridges load your legs without a bar on your back. If a move brings on back pain, stop it and "
    "see a physio.\nTry one: /workout"
)
# "scared squats will wreck my knees": how to spare them (no pain told).
_KNEE_FEAR = rx.compile(
    r"\b(?:scared|terrified|afraid|worried|nervous|paranoid|frightened|fear\w*|worry|dont want to)\b"
    r"(?: \w+){0,5} (?:wreck\w*|hurt|injur\w*|damag\w*|ruin\w*|destroy\w*|be bad for|mess\w* up|"
    # (r19 th) "worried that weights will finish my knees off", "wear my knees out"
    r"finish\w*|kill\w*|trash\w*|knacker\w*|wear\w*(?: out| down)?|harm|do in) "
    r"(?:my |your |the |out my )?knees?\b"
)
KNEE_SAFE = (
    "Done well, they help your knees: the article says stronger muscles steady the joints and spare the "
    "ligaments and tendons. Keep the load comfortable, move slowly, stop at a 90° bend with the knee "
    "behind your toes, and never lock it straight at the top. If a move brings on knee pain, stop it and "
    "see a physio.\nTry one: /workout"
)
# "is a 20% hill ok?": the runner's grade against the article's 5-10% ("%" is gone once normalised).
_GRADE = rx.compile(
    r"\b(?:an? |the |my |that |this |about |around |roughly |like |to |at |of )(\d{1,2})(?: 5)? "
    r"(?:percent |per cent "
    r"|pc )?(?:grade|gradient|incline|hill|slope|climb)\b(?! (?:repeats?|reps?|sprints?|efforts?|runs?))|"
    r"\b(\d{1,2})(?: 5)? (?:percent|per cent|pc) (?:grade|gradient|incline|hill|slope|climb)?|"
    r"\b(?:grade|gradient|incline|hill|slope|ramp|road|street|lane|path|climb|bridge)s? (?:\w+ ){0,4}?"
    r"(?:is |of |at |set to |on |around |about |roughly |maybe |"
    r"like |probably |more like |nearly |almost |over |under |"
    # (r16 ze) "the only hill near me is really steep, like 20%"
    r"(?:really |very |pretty |quite |super |crazy |ridiculously )?steep ){1,3}(\d{1,2})\b"
    # (r16 ze: a unit is a whole word; "like 20 should i..." is not 20 s)
    r"(?! (?:times|minutes|mins?|seconds|secs?|s|m|meters|metres|yards|y|reps?|repeats?|x|k|km|miles?|ft|"
    r"feet|months?|mo|mos|weeks?|wks?|w|days?|d|years?|yrs?|yo|hours?|hrs?|h|sessions?|sets?|kg|kgs|kilos?|"
    r"lbs?|pounds|mph|kph|pm|am|miler|mi|steps?|stairs?|flights?|people|runners|kids|minute|second)\b)"
)
_HILL_TOLD = rx.compile(r"\b(?:hills?|slopes?|inclines?|grades?|gradients?|climbs?|treadmill|uphills?)\b")
# "how soon after a hard track session can I lift?": not that day, the next easy one.
_AFTER_HARD_ASK = rx.compile(
    r"\bhow (?:soon|long|many hours|quickly) (?:after|should i wait after|do i (?:need to |have to )?wait "
    r"after|to wait after|between) (?:a |my |the |an )?(?:hard |tough )?(?:track|interval|intervals|tempo|"
    r"speed|long|hard|threshold|hill) ?(?:sessions?|workouts?|runs?|work|reps)?\b|"
    r"\bhow (?:long|many hours) (?:should|do) i (?:leave|wait) (?:between|after) (?:a |my |the )?(?:hard "
    r")?(?:track|interval|intervals|tempo|speed|long|hard) ?(?:sessions?|workouts?|runs?)?\b"
)
AFTER_HARD_TEXT = (
    "Not the same day: the article keeps strength work off hard-run days (intervals, track, tempo, long "
    "runs). Lift on your next easy day; if you run that day too, run first, then lift. And not the day "
    "before a race.\nTry one: /workout"
)
# "ran a marathon on Sunday, how soon can I lift again?": the article gives no figure.
_AFTER_RACE_ASK = rx.compile(
    r"\b(?:finished|ran|did|completed|just done|raced) (?:a |my |the |an )?(?:\w+ )?(?:marathon|half|ultra|"
    r"race|50k|100k)\b.{0,60}\bhow (?:soon|long)\b|"
    r"\bhow (?:soon|long) (?:after|following) (?:a |my |the |an )?(?:\w+ )?(?:marathon|half|ultra|race)\b"
)
AFTER_RACE_TEXT = (
    "The article gives no set time after a race: it only says rest the day before one, and a week off "
    "strength each month. As general guidance, wait until the race soreness has gone ({how_long}), then "
    "restart light, one or two sets with comfortable loads, and build back over a couple of weeks.\n"
    "Try one: /workout"
)
# "only been running two weeks, never lifted, too soon to start?": no; the basics.
_BEGINNER = rx.compile(
    r"\b(?:beginner|new to (?:running|strength|lifting)|just started (?:running|lifting)|only been running|"
    r"running (?:for )?(?:only )?(?:a|two|three|four|few|couple of|\d) (?:weeks?|months?)|"
    r"never (?:done|lifted|tried)|couch to 5 ?k|c25k|first (?:few )?weeks? of running)\b"
)
TOO_SOON_TEXT = (
    "No, it's not too early: the article sets no minimum. Start with the bodyweight basics (calf raises, "
    "one-legged squats, step-ups, bridges), one or two sets of each, twice a week on easy days, with good "
    "form and a comfortable effort.\nTry one: /workout home"
)


def _grade_reply(message: str) -> str | None:
    """ "is a 20% hill ok?": the runner's grade against the article's moderate 5-10%."""
    if not _HILL_TOLD.search(message):
        return None
    m = _GRADE.search(message)
    if m is None:
        return None
    n = int(next(g for g in m.groups() if g))
    if n == 0 or n > 40:
        return None
    how = "Run up with high knees and pumping arms, jog back down, 5–8 times."
    too_steep = rx.search(r"\btoo (?:steep|much|hard|big|high|extreme)\b", message)
    too_flat = rx.search(r"\btoo (?:flat|gentle|easy|shallow|low|little)\b|\benough\b", message)
    if n > 10:
        fix = (
            "find a gentler stretch (or set a treadmill to 5–10%)"
            if "treadmill" not in message
            else "find a gentler slope, or set the treadmill incline to 5–10%"
            if rx.search(r"\b(?:hills|slopes?|roads?|climbs)\b", message)  # (r20 fa) both told: both fixes
            else "set the incline to 5–10% instead"
        )
        return (
            f"{'Yes, too steep' if too_steep else 'No'}: {n}% is steeper than it should be. The article says "
            f"pick a moderate 5–10% grade, not a steep one; {fix}.\n{how}\nFull card: /exercise hill repeats"
        )
    if n >= 5:
        lead = "No" if too_steep or (too_flat and not rx.search(r"\benough\b", message)) else "Yes"
        return f"{lead}: {n}% is in the article's 5–10% range.\n{how}\nFull card: /exercise hill repeats"
    lead = (
        "No, it's gentler"
        if too_steep
        else "Yes, it's gentler"
        if too_flat and "enough" not in message
        else "It's gentler"
    )
    return (
        f"{lead} than the article's 5–10% grade: it still helps, but a steeper stretch (or a "
        f"treadmill at 5–10%) works your legs harder.\n{how}\nFull card: /exercise hill repeats"
    )


# The last weeks before a race, asked about: "10k in 3 weeks, what do I do in the run-up and race week?"
_RUN_UP = rx.compile(
    r"\b(?:run ?up to (?:the |my |a )?(?:race|\w+ ?k|marathon|half)|in the run ?up|race week|taper\w*|"
    r"(?:last|final) (?:few |couple of |two |three )?(?:weeks|days) before (?:the |my |a )?(?:race|marathon|"
    r"half|\d+ ?k)|as (?:the |my )?race (?:gets|draws|comes) (?:close|closer|near|nearer))\b"
)
NO_HILLS_TREADMILL = "A treadmill with its incline at 5–10% is the article's stand-in. "
NO_HILLS_SLOPE = (
    "any slope of about 5–10% will do, a car-park ramp or a sloping road: run 5–8 efforts up it, knees high "
    "and arms pumping, jogging back down. "
)
# (r16 ze) A treadmill that can't tilt ("doesn't incline", "no incline setting", "a flat treadmill"): the
# indoor stand-in for hills is gone too, so the climbing muscles are trained another way.
_NO_INCLINE_TM = rx.compile(
    r"\b(?:treadmill|machine|it|mine|ours)\b[^.?!]{0,25}?\b(?:doesnt|does not|dont|do not|cant|cannot|wont|"
    r"will not|isnt able to)\s+(?:have (?:an? |any )?)?"
    r"(?:incline|go up|tilt|raise|elevat\w*|do (?:an? )?incline)|"
    r"\bno (?:incline|tilt)(?: (?:setting|function|option|button))?\b|\bwithout (?:an? |any )?incline\b|"
    r"\b(?:flat|basic|cheap|old) (?:\w+ )?treadmill\b(?=[^.?!]{0,40}\b(?:no|without|doesnt|cant)\b)|"
    r"\bincline\b[^.?!]{0,30}?\b(?:is |s )?(?:broken|bust|busted|doesnt work|not working|out of order)\b"
)
_CLIMBS_ASKED = rx.compile(r"\b(?:hill\w*|climb\w*|uphills?|inclines?|slopes?|elevation)\b")
NO_INCLINE_TEXT = (
    "Without an incline, train the climb another way: step-ups onto a stair or bench, lunges and one-legged "
    "squats work the same quads, calves and glutes (2–3 sets of 12–15 each leg), and plyometrics (line "
    "hops, then hops onto a low step) add spring. When you can get outside, 5–8 repeats up a 5–10% slope "
    "are the real thing.\nFull card: /exercise bench step-up"
)
# (r20 fa) Weather that keeps a runner off the outdoor hill ("pouring rain", "snowing", "icy roads")
_FOUL_WEATHER = rx.compile(
    r"\b(?:pouring|raining|rainy|rain|downpour|storm\w*|snow\w*|icy|ice|sleet\w*|hail\w*|blizzard|"
    r"bucketing|chucking it down|bad weather|weather)\b"
)
FOUL_WEATHER_HILLS_TEXT = (
    "Take the hills indoors: a treadmill with the incline raised to 5–10% stands in for a hill. Run 5–8 "
    "hard uphill efforts, knees high and arms pumping, with an easy walk or jog between. No treadmill? "
    "Step-ups on a stair or bench work the same climbing muscles.\nFull card: /exercise treadmill incline"
)
NO_HILLS_TEXT = (
    f"{NO_HILLS_SLOPE[:1].upper()}{NO_HILLS_SLOPE[1:]}{NO_HILLS_TREADMILL}"
    "Step-ups on a stair or bench and a plyometric session (line hops, skipping) also build the climbing "
    "muscles.\nFull card: /exercise hill repeats"
)
_NO_TREADMILL = rx.compile(
    r"\b(?:no|dont have|do not have|havent got|without|no access to|not got|cant get to|doesnt have)"
    r" (?:a |any |the |access to (?:a )?)?treadmills?\b"
)


# "would hill reps or lifting be better for the climbs?": both, and what a hill session is.
_HILLS_OR_GYM = rx.compile(
    r"\bhills?(?: \w+)? (?:or|vs|versus) (?:the )?(?:lifting|gym|weights|strength|leg work|squats)\b|"
    r"\b(?:lifting|gym|weights|strength|leg work) (?:or|vs|versus) (?:\w+ )?hills?\b"
)
# "... if I only have time for one", "if I had to pick": one of the two, not both.
_PICK_ONE = rx.compile(
    r"\b(?:only (?:have |had |got |get )?(?:time|room|energy) for one|(?:only|just) (?:do|pick|choose) one|"
    r"one or the other|"
    r"had to (?:pick|choose))\b"
)
_HILL_SESSION = rx.compile(
    r"\b(?:hill (?:session|workout)|hill reps? session|look like|how (?:do|should) i do (?:them|hills?))\b"
)
HILLS_OR_GYM_TEXT = (
    "Both, and they work together: the article calls hill running resistance training for runners, and "
    "leg strength work helps you power up hills. Count a hill session as one of your two or three strength "
    "sessions a week, and keep both off hard-run days."
)
HILL_SESSION_LINE = (
    "A hill session: warm up with an easy jog, then 5–8 runs up a 5–10% slope, knees high and arms pumping, "
    "jogging back down to recover."
)
# "the gym makes me feel out of place: same benefit at home?"
_HOME_SAME = rx.compile(
    r"\b(?:same|similar|the same) (?:benefits?|results?|gains|effect|workout) (?:\w+ ){0,2}(?:at "
    r"home|from home|"
    r"without (?:a |the )?gym)\b|\b(?:just|instead) (?:train|lift|work out|do "
    r"(?:it|them|strength|legs)) at home\b|"
    r"\bat home (?:instead|just as well|as good|as well)\b|\bhome (?:as good as|just as good as|vs) "
    r"(?:the |a )?gym\b|"
    # (r16 zd) "can I get away with doing it all at home rather than paying for a gym?"
    r"\bhome\b(?: \w+){0,3} (?:rather than|instead of|without|and skip|and ditch|and not) (?:\w+ ){0,2}"
    r"(?:gym|gyms|gym membership|membership)\b|\bget away with\b(?=.*\bhome\b)(?=.*\bgym\b)"
)
HOME_SAME_TEXT = (
    "Yes, mostly: home calisthenics, plyometrics and hill running build leg strength with little or no kit. "
    "The gym's extras are machines that isolate each muscle and easy added resistance as you get stronger; "
    "at home, make moves harder with one-leg versions or a held weight.\nStart with: calf raises, "
    "one-legged squats, hamstring push-ups, step-ups and bridges, 2–3 sets of 12–15, twice a week.\n"
    "Try one: /workout home"
)
# New to the gym and uneasy about the free weights: the machines first, the article's pick for starting.
_FREE_WEIGHT_FEAR = rx.compile(
    r"\b(?:scared|nervous|anxious|afraid|intimidated|terrified|wary|put off|uncomfortable|out of place|"
    r"self conscious|overwhelmed)\b(?: \w+){0,5} (?:free weights?|weights? (?:area|section|room|floor|bit)|"
    r"dumbbells?|squat racks?|barbells?|the weights)\b|"
    r"\b(?:free weights?|weights? (?:area|section|room|floor)|dumbbells?|squat racks?|barbells?)\b"
    r"(?: \w+){0,4} "
    r"(?:intimidat\w*|scares? me|terrif\w*|freaks? me out|makes? me nervous|puts? me off)\b"
)
FREE_WEIGHT_FEAR_TEXT = (
    "Start on the machines: the article's pick for starting in the gym, since they guide the movement and "
    "make good form easier: the leg press, hamstring curl and quadriceps extension, one or two sets at first "
    "(2–3 later) with a load that tires you by 12–15 reps; bridges and calf raises need no weights at all. "
    "The free weights can wait until you feel at home there.\nTry one: /workout gym"
)
# "balance is rubbish, I wobble (or fall over) on single-leg squats": keep at them, made easier.
_WOBBLE = rx.compile(
    r"\b(?:wobbl\w*|fall over|falling over|topple|lose my balance|balance is (?:\w+ )?(?:rubbish|terrible|"
    r"awful|bad|poor|shocking|non ?existent|useless|crap))\b"
)
_ONE_LEG_SAID = rx.compile(
    r"\b(?:single|one)[ -]?leg(?:ged)? (?:squats?|stuff|work|exercises?|moves?|ones|versions?|things)\b|"
    r"\bpistols?\b|\bon one leg\b"
)
# Balance going with age, or a fear of toppling: the one-legged moves, supported, two-legged first.
_BALANCE_GOING = rx.compile(
    r"\bbalance\b(?: \w+){0,3} (?:isnt|is not|aint|not) (?:\w+ )?(?:great|good|what it was|"
    r"what it used to be|the best|brilliant)|"
    r"\bbalance (?:has |is )?(?:gone|going|getting) (?:\w+ )?(?:downhill|worse|off)|"
    r"\b(?:poor|bad|dodgy|shaky|wobbly) balance\b|\btoppl\w*|\bfall(?:ing)? over\b|\bunsteady\b"
)
BALANCE_SUPPORTED = (
    "{lead} They're what trains balance: the article says moves that make you balance work the small "
    "muscles that keep adjusting your posture. Start next to a wall or a sturdy chair and rest a hand "
    "on it, do the two-legged version first (calf raises on both feet, step-ups onto a low step), keep the "
    "load comfortable and the moves slow, and let go as you steady.\nFull card: /exercise one-legged squat"
)
BALANCE_POINT_TEXT = (
    "Yes: moves that make you balance train the small muscles that keep adjusting your posture, which "
    "improves your alignment and coordination when you run. The best kind are one-legged moves, which also "
    "mimic running: calf raises on one leg, the one-legged squat and step-ups onto a low step. Start with a "
    "hand on a wall or sturdy chair and let go as you steady.\nFull card: /exercise one-legged squat"
)
WOBBLE_TEXT = (
    "Keep at them: moves that make you balance train the small muscles that keep adjusting your posture, "
    "so the wobble is what improves. Make them easier for now: keep the back foot's toes on the ground a "
    "stride behind you (the article's version), rest a hand on a wall or chair, and go only part way down, "
    "building toward a 90° knee, slow and controlled.\nFull card: /exercise one-legged squat"
)


# Calf raises with no step: on the flat floor is fine, with less range; one leg at a time makes up for it.
_FLAT_FLOOR = rx.compile(
    r"\b(?:(?:the |a )?flat (?:floor|ground|surface)|on the (?:floor|ground|flat)|floor level|level ground|"
    r"flat footed)\b"
)
_CALF_RAISE_SAID = rx.compile(r"\b(?:calf|calve|heel) (?:raises?|rises?|lifts?)\b")
_STEP_OR = rx.compile(r"\b(?:or|vs|versus|better|difference|matter)\b")
FLAT_CALF_TEXT = (
    "Yes, the flat floor works: rise as high as you can onto your toes, hold a couple of seconds and lower "
    "slowly. You lose the stretch of the heels dropping below a step, so once two legs get easy do them one "
    "leg at a time (the article's way to make them harder); any low, solid block that won't tip gives you "
    "the drop later.\nFull card: /exercise calf raise"
)


# (r19 tk) Flat-floor calf raises that feel too easy, with a step not ruled out: the step's drop first,
# then one leg at a time (the article's two ways to make them work harder).
_TOO_EASY = rx.compile(
    r"\b(?:too|way too|really|so|far too|very) easy\b|\bharder\b|"
    r"\b(?:could|can) do (?:a )?(?:hundred|100|loads|hundreds|them all day)\b|"
    r"\b(?:not|nothing|barely) (?:\w+ )?(?:doing|do) (?:anything|much|something)\b|"
    r"\bactually do (?:something|anything)\b|\bdont feel (?:anything|them|it)\b|\bmore challenging\b"
)
_ON_FLOOR = rx.compile(rf"{_FLAT_FLOOR.pattern}|\bon (?:the|my|a) (?:\w+ )?(?:floor|ground|carpet)\b")
FLAT_HARDER_TEXT = (
    "Move them onto the edge of a step: heels hanging lower than your toes, rise as high as you can, hold "
    "a few seconds and lower slowly. The drop gives the full range the flat floor cuts off. Still easy? "
    "Go one leg at a time, or hold dumbbells (the weighted calf raise).\nFull card: /exercise calf raise"
)


_LACK_STEP = rx.compile(
    r"\b(?:no|without|dont have|havent got|not got|dont own|lack|not even|dont even have) (?:any |a )?"
    r"(?:steps?|stairs?|staircase|"
    r"ledge|kerb|block|box)(?: or (?:a |any )?(?:steps?|stairs?|ledge|kerb|block|box))?\b|"
    r"\bnothing (?:\w+ ){0,2}(?:to )?(?:stand|step) (?:on|up on)\b"
)


# (r14 vb) No step or stair anywhere ("wheelchair-accessible flat, no steps", "bungalow, no stairs") and
# the moves asked: the ones that need no step, never "the bottom stair".
_STEP_GONE = rx.compile(
    r"\b(?:no|without|zero|dont have|havent got|not got|dont own|lack|isnt|arent|is not|are not|"
    # (r17 ve) "not even a step or stairs", "I don't even have a step"
    r"not even|(?:dont|do not|dont) even (?:have|own))(?: even)? "
    r"(?:any |a |a single )?"
    r"(?:steps?|stairs?|staircase)\b(?! ?ups?\b)|"
    r"\b(?:bungalow|single storey|single story|step ?free|"
    r"wheelchair (?:accessible|friendly))\b"
)
_NO_STEP_ASK = rx.compile(
    r"\bwithout (?:a |any )?(?:step|stairs?|box|bench)\b|"
    r"\b(?:replaces?|instead of|in place of|swap (?:out )?|alternatives? (?:to|for)|substitute for|"
    r"stand in for) (?:the |my )?(?:bench )?step ?ups?\b|"
    r"\bwhat (?:\w+ ){0,3}(?:can|could|should) (?:i|we) do\b"
)
_CALVES_ASKED = rx.compile(
    r"\b(?:for|work|train|strengthen|build) (?:up )?(?:my |the |your )?(?:calf|calves)\b"
)
NO_STEP_CALF_TEXT = (
    "No step needed for your calves: these work on the flat, 2–3 sets of each.\n"
    "• Calf raise, flat on the floor: rise as high as you can onto your toes, pause, lower slowly; one leg "
    "at a time once two feel easy: 12–15 reps\n"
    "• Wall toe raise (back against a wall, heels down, lift your toes) for the shins: 12–15 reps\n"
    "• Skipping on the spot, if jumping suits you: 10–15 skips each leg\n"
    "Twice a week, not on a hard-run day.\n"
    "Full card: /exercise calf raise"
)
NO_STEP_TEXT = (
    "No step needed: these work on the flat, 2–3 sets of each.\n"
    "• Calf raise, flat on the floor (one leg at a time once two feel easy): 12–15 reps\n"
    "• One-legged squat, in place of the step-up: 12–15 each leg\n"
    "• Lunge: 12–15 each leg\n"
    "• Bridge: hold 30 s\n"
    "• Hamstring push-up, heels on a chair or sofa braced on a wall: 12–15 each leg\n"
    "Twice a week, not on a hard-run day.\n"
    "Try one: /workout home"
)


# (r17 ve) One-legged moves ruled out by the runner ("balance is shot, so single leg stuff is out for now",
# "I can't do one-legged exercises yet") and the moves asked: two-legged ones, never the one-legged squat.
_ONE_LEG = r"(?:single|one) ?leg(?:ged)?"
_NO_ONE_LEG = rx.compile(
    rf"\b{_ONE_LEG} (?:\w+ )?(?:is|are|s) (?:\w+ )?(?:out|off the table|not an option|a no go|impossible|"
    r"not possible|beyond me|too (?:hard|much|wobbly))\b|"
    rf"\b(?:cant|cannot|can not|unable to|not able to) (?:do|manage|handle) (?:any )?{_ONE_LEG}\b|"
    rf"\b(?:no|avoid\w*|skip\w*|without) (?:any )?{_ONE_LEG} (?:stuff|work|exercises?|moves?|things?)\b"
)
_TWO_LEG_ASK = rx.compile(
    r"\b(?:two legged|two legs|both (?:legs|feet)|double leg\w*|instead|alternatives?|options?|"
    r"what|which)\b"
)
NO_ONE_LEG_TEXT = (
    "Two-legged moves, then: 2–3 sets of 12–15 reps each, both feet working together.\n"
    "• Calf raise on both feet (a hand on a wall to steady you)\n"
    "• Bridge, both feet flat: hold 30 s\n"
    "• Wall squat: back against a wall (or an exercise ball), slide down to a 90° knee and back up\n"
    "• Hamstring push-up with both heels on a braced chair: lift and lower your hips\n"
    "• In a gym: leg press and hamstring curl\n"
    "Twice a week, off hard-run days. Balance work trains the small muscles that steady you, so when "
    "you're ready, try a one-legged move with a hand on a wall.\n"
    "Full card: /exercise wall squat"
)


def no_one_leg(message: str) -> str | None:
    """Two-legged moves for a (normalised) message that rules one-legged moves out and asks what to do."""
    if "leg" not in message or not _NO_ONE_LEG.search(message) or not _TWO_LEG_ASK.search(message):
        return None
    return NO_ONE_LEG_TEXT


def no_step(message: str) -> str | None:
    """The moves for a (normalised) message that has no step or stair anywhere and asks what to do, or
    None (a calf raise or a jumping drill asked about is that move's own answer)."""
    if not _STEP_GONE.search(message) or rx.search(
        r"\b(?:calf|calves|heel) raises?\b|\bbox\b|\bhops?\b", message
    ):
        return None
    if rx.search(r"\bhow (?:many|often|much|long|high)\b|\bwhy\b", message):
        return None
    if rx.search(
        r"\b(?:chairs?|bench|sofa|couch|bed|dumbbells?|weights|kettlebells?|bands?|gym)\b", message
    ) or any(p.search(message) for p in (_CRAMPED, _NO_JUMP, _LYING_ONLY, _NO_FLOOR, _BACK)):
        return None  # (other kit or limits told: the plan fits them all)
    if _NO_STEP_ASK.search(message) or (MOVES_ASK.search(message) and not _FIGURE_OR_YESNO.search(message)):
        # (r17 ve) "not even a step... what can I do for my calves?": the calves' moves on the flat
        return NO_STEP_CALF_TEXT if _CALVES_ASKED.search(message) else NO_STEP_TEXT
    return None


def _flat_calf(message: str) -> str | None:
    """Calf raises with no step, or on the flat floor ("no stairs in my flat, how do I do calf raises?",
    "will the flat floor do?"): yes, with less range; None for a comparison or a dose."""
    if not _CALF_RAISE_SAID.search(message) or _STEP_OR.search(_LACK_STEP.sub(" ", message)):
        return None  # ("flat or off a step, does it matter?": the comparison; "no stairs or steps" isn't one)
    if rx.search(r"\bhow (?:many|much|often|long|high)\b|\bwhy\b", message):
        return None
    if _ON_FLOOR.search(message) and not _LACK_STEP.search(message) and _TOO_EASY.search(message):
        # (r19 tk) "on the flat floor but way too easy, how do I make them do something?"
        return FLAT_HARDER_TEXT
    if _FLAT_FLOOR.search(message) and rx.search(
        r"\b(?:ok|okay|fine|alright|do|work|works|enough|count|can|could|possible|just)\b", message
    ):
        return FLAT_CALF_TEXT  # "no step at home, will the flat floor do for calf raises?"
    if _LACK_STEP.search(message) and _STILL_ASK.search(message):
        return FLAT_CALF_TEXT  # "no step, can I still do calf raises?"
    # (r17 vc) "no stairs and nothing to stand on, how do calf raises work then?": how, of the move too
    if _LACK_STEP.search(message) and rx.search(
        r"\bhow (?:do|can|should) (?:i|you|we)\b|\bhow (?:do|does|would|will|can) (?:\w+ ){0,2}(?:work|go)\b",
        message,
    ):
        return "Use the flat floor" + FLAT_CALF_TEXT[len("Yes, the flat floor works") :]
    return None


# Running form that fades late in a run ("I start hunching and shuffling in the last miles"): the glutes,
# hips and one-legged work that hold the trunk upright and the stride straight.
_FORM_FADE = rx.compile(
    r"\b(?:form|posture|technique|running style)\b(?: \w+){0,4} (?:falls? apart|fell apart|collaps\w*|"
    r"goes|went|breaks? down|fades?|fading|deteriorat\w*|gets (?:sloppy|bad|worse|ugly|messy)|"
    r"disintegrat\w*)\b|"
    r"\b(?:hunch\w*|slouch\w*|shuffl\w*|lean\w* (?:too far )?forward|bent over|"
    # (r19 th) "I'm bent forward like I'm looking for coins", "stooped over by the end"
    r"bent (?:forward|double)|stoop\w*|"
    r"(?:fold|folding|bend|bending|tip|tipping) (?:over |forward )(?:at the (?:waist|hips))?)\b"
)
_RUN_CONTEXT = rx.compile(
    r"\b(?:run|runs|running|race|races|racing|miles?|km|k|marathons?|ultras?|halfs?|long runs?|10k|5k|"
    # (r19 th) "in the last laps of my 3000m": a track race
    r"laps?|\d+ ?(?:m|metres|meters)|steeplechase)\b"
)
_FADE_ASK = rx.compile(
    r"\b(?:focus|work on|what (?:should|can|do|would) i|which (?:\w+ )?(?:exercises|muscles|moves)|"
    r"how (?:do|can|should) i (?:fix|stop|hold|keep|improve)|help|fix|stop it|prevent)\b"
)
FORM_FADE_TEXT = (
    "Work on the glutes, hips and one-legged moves: strong glutes keep your trunk from tipping forward, "
    "strong hips keep each stride tracking straight, and one-legged work trains the small muscles that "
    "hold your posture.\n"
    "• Bridge: hold 30 s\n"
    "• Side-lying hip raise: 12–15 reps each leg\n"
    "• One-legged squat: 12–15 reps each leg\n"
    "• Bench step-up: 12–15 reps each leg\n"
    "2–3 sets, twice a week, off hard-run days.\nFull card: /exercise bridge"
)


def form_fade(message: str) -> str | None:
    """Running form that falls apart late in runs, asked what to do about it: the glutes, hips and
    one-legged work, with balance and bulk answered when asked; None otherwise (normalised message)."""
    if not (_FORM_FADE.search(message) and _RUN_CONTEXT.search(message) and _FADE_ASK.search(message)):
        return None
    if _names_exercise(message) or _SORE.search(message):
        return None  # "my form on squats falls apart", "back aches when I hunch": not the running form
    text = FORM_FADE_TEXT
    if rx.search(
        # (r16 zc: a weakness asked about, "could it be weak glutes?"; one told, "my glutes are dead/weak
        # when I run, fix?", asks for no verdict)
        r"\b(?:strength|weakness) (?:problem|issue|thing)\b|\b(?:what|which) muscles?\b|\b(?:is|are|could|"
        r"would|might|can|do|does) (?:it|that|this|they|my|the|weak)\b(?: \w+){0,4} "
        r"weak\w*\b|"
        r"\bweak\w* (?:\w+ ){0,2}(?:to blame|the (?:problem|issue|cause|reason)|why)\b|"
        # (r19 th) "could weak muscles cause this?", "might it be down to strength?"
        r"\b(?:could|would|might|can|do|does) weak\w*\b|"
        r"\b(?:are|is) (?:those|these|they|the two|both|it|that|this)(?: two)?(?: things)? "
        r"(?:connected|linked|related)\b|"
        r"\b(?:is|are|could|would|might|can) (?:it|that|this) (?:\w+ ){0,2}(?:down to|about|from|a sign of) "
        r"(?:\w+ ){0,2}(?:strength|weak\w*)\b|"
        r"(?<!how )\b(?:can|could|will|would|does|do|is) (?:\w+ ){0,3}(?:fix|help|sort|stop|cure)\b",
        message,
    ):
        text = (
            "Yes, often: weak glutes and hips let it happen. " + text
        )  # "...a strength issue? what do I do?"
    if rx.search(r"\bbalanc\w*\b", message):
        text = text.replace(
            "\n2–3 sets",
            "\nBalance matters too: moves that make you balance train the muscles that keep adjusting your "
            "posture, which is what fades late on.\n2–3 sets",
            1,
        )
    if rx.search(r"\b(?:bulk\w*|big|bigger|huge|mass)\b", message):
        text = text.replace(
            "\nFull card:",
            " None of it bulks you up: strength work is about alignment and coordination as much as size.\n"
            "Full card:",
            1,
        )
    return text


# Strength from the runs themselves ("how can I build leg strength on my runs?", "from my runs instead of
# lifting?"): not from ordinary running; hills are the article's resistance training, drills after a run.
_ON_RUNS = rx.compile(
    r"\b(?:from|on|during|into|in|through|out of) (?:my|the|a|your|our) (?:own |normal |usual |daily )?"
    r"(?:runs?|running)\b|\b(?:from|through|by) running\b|\bjust (?:by |from )?running\b|"
    r"\bwhile (?:i )?(?:run|running)\b"
)
_BUILD_ASK = rx.compile(
    r"\b(?:build|get|gain|add|work (?:in|on)|improve|develop)\b(?: \w+){0,3} (?:leg )?(?:strength|stronger|"
    r"strong)\b"
)
ON_RUNS_TEXT = (
    "Not from ordinary running: the article says it builds endurance but is an inefficient way to gain "
    "strength. Hills are the exception (it calls hill running resistance training): once or twice a week, "
    "5–8 efforts up a 5–10% slope, jogging back down. After an easy run, add skipping or line hops and a "
    "few park-bench moves (step-ups, one-legged squats), 2–3 sets of 12–15.\n"
    "Full card: /exercise hill repeats"
)


# Days off that change every week (shift work, a rota): how to place the sessions week by week.
_IRREGULAR = rx.compile(
    r"\b(?:shift ?work\w*|shifts|rota|rotating|on call|(?:work|working|on) nights|night ?shifts?|"
    r"days off (?:change|vary|move|are all over)|"
    r"(?:schedule|week|hours|rota) (?:changes|varies|is (?:all over|never the same|different))|irregular|"
    r"unpredictable|(?:different|changes) every week)\b"
)
_SCHEDULE_ASK = rx.compile(
    # (r16 za: "how heavy do I go", "how many sets" are the load and dose, whatever the shifts told)
    r"\b(?:how(?! (?:heavy|much weight|many (?:sets|reps)|"
    r"hard|deep|far|low|long (?:to|do|should) (?:i )?hold))|"
    r"when|schedule|plan|organi[sz]e|which days?|what days?|where do i put|go (?:in|on|into)|"
    # (r17 va) "I squeeze my runs in around them", "fit my runs around shifts": how the runs are fitted,
    # told, not a place for the strength asked
    r"put (?:it|them|all|strength)|(?:fit|squeeze)(?!(?: in)? (?:my |the |all my )?(?:runs?|running|miles|"
    r"mileage|kms?)\b))\b"
)
# "which comes first?", "what order?", "before or after the run?": the order of a run and a lift asked.
_ORDER_ASKED = rx.compile(
    r"\b(?:which|what) (?:one |should |do i do |goes |comes |come |would |do you do |i do )*"
    r"(?:comes |come |go |goes |do |happen |happens )?first\b|"
    r"\b(?:what|which|right|best) order\b|\bin (?:what|which) order\b|\bbefore or after\b"
)
# (r16 ze) Running and lifting can't share a day ("one free slot a day", "can't do both on the same day").
_OWN_DAYS = rx.compile(
    r"\b(?:cant|cannot|can not|dont|do not|wont|unable to|never|no way to|not able to) (?:\w+ ){0,2}"
    r"(?:run and (?:lift|strength|gym|train|weights)|lift and run|do both|fit both|train twice) (?:\w+ ){0,2}"
    r"(?:on )?(?:the same day|same day|in (?:one|a) day|a day)\b|"
    r"\b(?:only )?(?:one|1) (?:free |training )?(?:slot|session|window|workout) (?:a|per|each) day\b"
)
OWN_DAYS_TEXT = (
    "Give strength its own days: two sessions a week, 15–20 minutes each, on days you don't run, spread "
    "apart (say Tuesday and Friday if you run the others). Keep them off the day before a race; the "
    "article's run-first order only matters when both share a day.\nTry one: /workout"
)
IRREGULAR_YES = (
    "Yes: a worthwhile session takes only 15–20 minutes, so two a week fit your days off. Put them on "
    "easy-run or free days (run first, then the strength work), at least a day apart, never on your long-run "
    "or workout day or the day before a race. A week that only allows one session still counts.\n"
    "Try one: /workout"
)
IRREGULAR_OFTEN = (
    "Twice a week (three at most), 15–20 minutes each: put them on your days off or after easy runs, at "
    "least a day apart, never on a hard-run day or the day before a race; on a day with a run, run first. "
    "A week that only allows one session still counts.\nTry one: /workout"
)
# (r17 va) Lifting straight off a night shift with no sleep, asked ("is it bad to lift after a night shift
# when I haven't slept?", "ok to do legs on no sleep?").
_UNSLEPT_ASK = rx.compile(
    r"\b(?:havent|have not|hadnt|not|without|before i(?:ve| have)?|before|no|zero|on no|on zero|on little|"
    r"on (?:\w+ )?hours?|little|barely|hardly) (?:\w+ )?(?:slept|sleep|sleeping|kip)\b|\bsleep deprived\b|"
    r"\bno sleep\b"
)
UNSLEPT_LINE = (
    "Lifting on no sleep (straight off a night shift): the article doesn't cover sleep loss, but a "
    "sleepless body recovers poorly and form slips, so sleep first and lift on a rested day (or keep that "
    "day's session light and short)."
)
# (r18 te) "is it ok to do them after a shift?", "can I lift after a 12 hour shift?": the lift after work
# asked yes or no (it got the warm-up, or nothing); a sleepless night shift is UNSLEPT_LINE's
_AFTER_SHIFT_ASK = rx.compile(
    r"\b(?:ok|okay|fine|alright|bad|safe|wise|good idea|can i|could i|should i|is it|worth)\b.{0,40}"
    r"\b(?:after|post|following) (?:a |my |the |each |work(?:ing)? a |long )?(?:\d+ ?h\w* |\w+ )?"
    r"(?:hour )?shifts?\b"
)
AFTER_SHIFT_TEXT = (
    "Yes, if you still have the energy for good form: the article doesn't cover shift work, and a short "
    "session after a shift still counts. If you're wiped out, or coming off a night you haven't slept, "
    "keep it light or move it to a day off; either way not on a hard-run day or the day before a race."
)
IRREGULAR_TEXT = (
    "Plan it week by week: once you know your days off, put two sessions on them (or after easy runs), at "
    "least a day apart, never on a hard-run day or the day before a race; on a day with a run, run first. "
    "A week that only allows one session still counts.\nTry one: /workout"
)
# "basically 2 free days a week", "only 3 days off a week": the days there are for strength.
_FREE_DAYS = rx.compile(
    r"\b(?:basically |only |just )?(2|two|3|three) (?:free|spare|days off|off) (?:days )?(?:a |per |each )?"
    r"(?:week|wk)\b|\b(2|two|3|three) days off (?:a |per |each )(?:week|wk)\b"
)
FREE_DAYS_TEXT = (
    "{n} free days a week is enough: the article's figure is two strength sessions a week, 15–20 minutes "
    "each, so one on each of two free days (if you run that day too, run first, then lift), or straight "
    "after an easy run on a work day. Keep them off hard-run days and the day before a race; a week with "
    "only one still counts.\nTry one: /workout home"
)
# "weekends only, Sat and Sun back to back: legs both days ok?"
_BACK_TO_BACK = rx.compile(
    r"\b(?:back to back|both days|on both|both of them|two days in a row|2 days in a row|"
    r"consecutive (?:days)?|"
    r"(?:sat|saturday) and (?:sun|sunday) (?:both|in a row))\b"
)
_WEEKEND_SAID = rx.compile(r"\b(?:weekends?|sat\w*|sun(?:day)?s?)\b")


def _weekend_back_to_back(message: str) -> str | None:
    if not (_BACK_TO_BACK.search(message) and _WEEKEND_SAID.search(message)):
        return None
    if not rx.search(r"\b(?:legs|leg (?:day|sessions?|work)|lift\w*|strength|gym|weights)\b", message):
        return None
    if rx.search(r"\b(?:race|racing|parkrun)\b", message):
        return None
    if rx.search(
        r"\bback to back (?:\w+ )?(?:long (?:runs?|ones)|runs?|long|lrs?|miles)\b|"
        r"\b(?:long runs?|runs?|lrs?) (?:\w+ ){0,4}(?:back to back|two days in a row|consecutive)\b",
        message,
    ):
        return None  # (r16 zd, za) "back-to-back long runs sat and sun...": their runs, not two leg days
    return (
        "It works, with a change: the article's usual figure is two sessions a week, and muscles get "
        "stronger in the rest between them, so don't repeat the same session two days running. Split the "
        "groups (e.g. quads and calves on Saturday, hamstrings, glutes and hips on Sunday), keep each one "
        "off a long-run or hard-run day (or run first if the run is easy), and a short home session midweek "
        "is a good swap for one of them.\nTry one: /workout"
    )


# "4-week blocks: which week should be the lifting break?": the last of each block.
_BLOCK_WEEK = rx.compile(
    r"\b(?:4|four) ?(?:week|wk)s? (?:training )?(?:blocks?|cycles?|mesocycles?|phases?)\b"
)
_BLOCK_ASK = rx.compile(
    r"\b(?:which|what|when)\b[^.]{0,60}\b(?:break|off|deload|rest|recovery|easy|lighter)\b|"
    r"\b(?:break|deload|week off|rest week|recovery week)\b[^.]{0,30}\b(?:which|when|where)\b"
)
BLOCK_TEXT = (
    "The fourth: make the last week of each 4-week block your week off strength work. The article advises "
    "a week off once a month for extra recovery, and Legwork's plan does the same, every fourth week. Then "
    "pick up where you left off.\nRelated: /ask recovery week"
)


# Only the weekend free, the long run on one of its days: the other day, once a week.
_WEEKEND_ONLY = rx.compile(
    r"\bonly (?:\w+ ){0,3}(?:on |at )?(?:the )?weekends?\b|\bweekends? only\b|"
    r"\bonly (?:\w+ ){0,3}(?:on )?saturdays? and sundays?\b"
)


def _weekend_only(message: str) -> str | None:
    """ "I can only train at the weekend and my long run is Sunday: when do I lift?": Saturday (or
    Sunday), one full session, and a short home one midweek if they can (normalised message)."""
    if not (_WEEKEND_ONLY.search(message) and _SCHEDULE_ASK.search(message)):
        return None
    if rx.search(r"\b(?:race|racing|parkrun)\b", message):
        return None  # a race in the weekend: the race-day rules answer
    long_on = [
        d
        for d, w in (("Saturday", "sat"), ("Sunday", "sun"))
        if rx.search(
            rf"\b(?:long run|long runs|lr|long one|tempo|intervals|hard run)\b(?: \w+){{0,3}} {w}|"
            rf"\b{w}\w* (?:\w+ )?(?:long run|long runs|lr|tempo|intervals)\b",
            message,
        )
    ]
    if len(long_on) != 1:
        return None
    free = "Sunday" if long_on[0] == "Saturday" else "Saturday"
    eve = (
        " The article only rules out the day before a race, not the day before a long run."
        if free == "Saturday"
        else ""
    )
    return (
        f"{free}: {long_on[0]}'s hard run rules that day out (no strength work on a hard-run day).{eve} "
        "That's one session a week, so make it a full one; 15 minutes of bodyweight moves at home one "
        "weekday evening would make it the article's two.\nTry one: /workout"
    )


# A general fear of getting hurt lifting (no part named, no pain told): how to start safely.
_INJURY_FEAR = rx.compile(
    r"\b(?:scared|terrified|afraid|worried|nervous|paranoid|frightened|fear\w*|worry)\b(?: \w+){0,5} "
    r"(?:injur\w*|hurt(?:ing)? myself|get(?:ting)? hurt|an injury|pull(?:ing)? something)\b"
)
INJURY_FEAR_TEXT = (
    "Start light and keep form first: a load you're comfortable with, slow controlled moves, breathing out "
    "on the effort, knees never locked straight, and never letting form slip for more weight or reps. "
    "Machines make good form easier; one or two sets at first, building up over the weeks. Done like that, "
    "strength work is the article's main way to prevent injuries, not a cause of them. Stop anything that "
    "hurts.\nTry one: /workout"
)
# A worry that strength work will leave them too tired to run well: placed right, it won't.
_TIRED_FEAR = rx.compile(
    r"\b(?:scared|afraid|worried|nervous|concerned|worry|fear\w*)\b(?: \w+){0,6} "
    r"(?:tired|fatigued|exhausted|knackered|heavy legs|dead legs|sore for|"
    r"wreck (?:my )?(?:runs?|running|legs)|ruin (?:my )?(?:runs?|running)|"
    r"mess up my (?:runs?|running|training)|hurt my running|affect my running)\b"
)
TIRED_FEAR_TEXT = (
    "Not if you place it well: two short sessions a week (15–20 minutes) on easy days, after the run when "
    "they share a day, never on a hard-run day or the day before a race, and a week off strength work each "
    "month. Start with one or two sets while your legs adapt.\nTry one: /workout"
)
# A dislike of one exercise and a swap asked: moves for the same muscles instead.
_DISLIKE_ONE = rx.compile(
    r"\b(?:hate|hates|cant stand|cannot stand|dislike|loathe|not a fan of|dont like|dont enjoy|detest|"
    r"bored of|sick of|fed up with|(?:find|finding) (?:\w+ ){1,3}(?:boring|tedious|awful|horrible))\b|"
    r"\b(?:boring|tedious|dull|bores? me|so samey)\b"
)
_SWAP_ASK = rx.compile(
    r"\b(?:instead|alternatives?|else|swap|replace|replacement|substitute|something different|"
    r"other (?:options?|exercises?|moves?))\b"
)


# (r16 wc) "calf raises r so boring, any way to spice em up", "make lunges less dull": the move kept and
# made more interesting (harder versions, music, rotation), not swapped out.
_SPICE_ASK = rx.compile(
    r"\b(?:spice|jazz|liven|mix|switch|shake|level) (?:\w+ )?up\b|"
    r"\bmake (?:\w+ ){0,2}(?:more (?:fun|interesting|exciting)|less (?:boring|dull|tedious)|fun|"
    r"interesting)\b|"
    r"\b(?:more fun|less boring|less dull)\b"
)


def _swap_for(message: str) -> str | None:
    """ "I find lunges boring, what can I do instead?": two or three moves for the same main muscles, in the
    same setting (a gym move for a gym move), with their doses; None unless one exercise is named."""
    spice = bool(
        _DISLIKE_ONE.search(message) and _SPICE_ASK.search(message) and not _SWAP_ASK.search(message)
    )
    if not (_DISLIKE_ONE.search(message) and (_SWAP_ASK.search(message) or spice)):
        return None
    named = [
        EXERCISES[e]
        for e, ns in {
            ex: [n for _, n, p in _base_name_patterns() if _ == ex and p.search(message)] for ex in EXERCISES
        }.items()
        if ns
    ]
    # ("one-legged squat" names the squat, not also a plain "squat": the longest name wins)
    named = [e for e in named if not any(o is not e and o.id.startswith(e.id) for o in named)]
    if len(named) != 1:
        return None
    ex = named[0]
    if spice and ex.harder:
        # "calf raises r so boring, any way to spice em up": harder versions of it, then variety
        harder = ex.harder[:1].lower() + ex.harder[1:].rstrip(".")
        return (
            f"Make the {ex.name.lower()} harder so it's a challenge again: {harder}. Put on music, and "
            "rotate in other moves for the same muscles every few weeks so sessions stay fresh."
            f"\nFull card: /exercise {ex.name.lower()}"
        )
    muscles = set(ex.primary)
    others = [
        o
        for o in EXERCISES.values()
        if o.id != ex.id
        and not o.variation_of
        and o.variation_of != ex.id
        and ex.variation_of != o.id
        and o.id not in ("treadmill_incline", "toe_raise")  # (the toe raise is the shins' move)
        and set(o.primary) & muscles
    ]
    others.sort(key=lambda o: (-len(set(o.primary) & muscles), o.setting != ex.setting))
    picks = others[:3]
    if not picks:
        return None
    lines = [f"Swap it for another move for the same muscles ({', '.join(sorted(muscles))}):"]
    lines += [_line(o.id) for o in picks]
    lines.append("2–3 sets of each; changing exercises now and then also keeps the sessions fresh.")
    lines.append(f"Full card: /exercise {picks[0].name.lower()}")
    return "\n".join(lines)


# One leg or side weaker or smaller (often an old injury's leftover) and how to even it out: one leg at a
# time, the weaker one first.
_UNEVEN = rx.compile(
    r"\b(?:left|right|one|that|bad|injured|other) (?:side|leg|calf|calves|quad|quads|glute|glutes|hamstring|"
    r"thigh|hip)s? (?:is |are |feels |looks |has )?(?:still |visibly |noticeably |clearly |much |way |a lot "
    r"|a bit |slightly )?(?:weaker|smaller|thinner|skinnier|wasted|weak|lazier)\b|"
    # "my right leg is way stronger than my left", "the left one is bigger than the other"
    r"\b(?:left|right)(?: one| leg| side| calf| quad| glute| hip| hamstring| thigh)? "
    r"(?:is |are |feels |seems )?"
    r"(?:\w+ )?(?:stronger|bigger) than (?:my |the )?(?:left|right|other)\b|"
    r"\b(?:lopsided|uneven|imbalanced|unbalanced)\b(?! (?:ground|terrain|surfaces?|trails?|paths?|footing))|"
    # "with the right it feels clumsy and weak", "always my left leg that leads", "I push off harder
    # with the left": one side told the weaker or the favoured one
    r"\b(?:left|right)(?: one| leg| side| foot)? (?:it )?(?:feels|is|seems|goes) (?:\w+ ){0,2}"
    r"(?:weak|weaker|clumsy|wobbly|awkward|shaky)\b|"
    r"\b(?:always|only ever) (?:my |the )?(?:left|right)(?: leg| foot| side)? (?:that )?leads\b|"
    r"\b(?:push|shove|drive|press|spring) off (?:harder|more|stronger) (?:with|on) "
    r"(?:my |the )?(?:left|right)\b|"
    r"\bfavou?r(?:s|ing)? (?:my |the )?(?:left|right)(?: leg| side)?\b|"
    r"\bimbalance between (?:my )?(?:legs|sides|left and right)\b|"
    r"\b(?:leg|side) (?:never|hasnt|has not|didnt) (?:fully |really |quite )?"
    r"(?:recovered|came back|come back|got (?:its|the) strength back)\b|"
    # (r19 tg) one side compared with the other: "my right side wobbles far more than my left", "my left
    # calf gets tired much faster than the right one", "my left leg gives out way sooner than my right"
    r"\b(?:left|right) (?:side|leg|calf|quad|glute|hip|hamstring|thigh|foot|knee|ankle)s? (?:\w+ ){1,4}?"
    r"(?:more|faster|sooner|quicker|earlier|worse|shakier|wobblier)(?: \w+)? than (?:my |the |on "
    r"(?:my |the )?)?(?:left|right|other)\b"
)
_EVEN_ASK = rx.compile(
    r"\b(?:even|balance|level|sort|square) (?:it|them|things|this|that|the (?:legs|sides)|my (?:legs|sides))?"
    r" ?(?:out|up)\b|\bcatch (?:it |that (?:leg|side) |the (?:weak|weaker) (?:leg|side) )?up\b|"
    r"\b(?:fix|correct|address|sort|close) (?:the |this |that |my )?(?:imbalance|difference|gap|asymmetry)\b|"
    r"\b(?:fix|sort|correct) (?:it|that|this|them)\b|"
    r"\bbalance (?:it|them|things|this|that|the (?:legs|sides)|my (?:legs|sides))\b|"
    r"\bbring (?:it|that (?:leg|side)|the (?:weak|weaker) (?:leg|side)) (?:back )?up\b|"
    r"\bmake (?:them|it|both (?:legs|sides)) (?:equal|even|match)\b|"
    # "is there something specific I should be doing about that?", "what do I do about it?"
    r"\b(?:something|anything|what)(?: specific| in particular)? (?:i|should i|can i|do i|could i) "
    r"(?:should |can |could |need to )?(?:be )?(?:do|doing) about (?:it|that|this|them)\b|"
    # "should I be doing single-leg stuff, and how?": the one-legged work asked about
    r"\b(?:single|one)[ -]?leg(?:ged)? (?:stuff|work|exercises?|moves?|training|versions?)\b"
)
# "which exercises help?", "what should I do?", "any tips?", "fix?": what to do about it, asked in general
# (read only when the one side is all the message tells of: "...and my knee caves in" has its own answer)
_MOVES_ASK = rx.compile(
    r"\b(?:exercises?|moves?|drills?|tips?|ideas?|advice|hacks?|suggest\w*|recommend\w*|fix|work on|"
    r"what (?:\w+ ){0,2}helps?|"
    r"what (?:should|can|could|do|would) i|how (?:do|can|should|would) i|wat do)\b"
)
_A_SIDE = rx.compile(r"\b(?:left|right|one (?:leg|side)|other (?:leg|side)|non ?dominant)\b")
_TOLD_MORE = rx.compile(
    r"\bknees? (?:\w+ ){0,3}(?:cav\w*|collaps\w*|drift\w*|wobbl\w*|in)\b|\bhurt|\bpain|\bach\w*|\bsore|"
    r"\b\d+ ?(?:mins?|minutes)\b|\bhome\b|\bgym\b|\bplan\b|\bsessions?\b|\broutine\b|\bweek\b"
)
# (r18 ta) Which leg to train, asked as a choice: "both legs or just the weak one?", "only the smaller
# calf?", "extra sets on the weaker side?" (group "more": more work for the weak side asked)
_WEAK_ONE = r"(?:weak|weaker|weakest|smaller|bad|injured|skinny|skinnier|left|right|dodgy|operated)"
_WHICH_LEG = rx.compile(
    r"\bboth (?:legs|sides|calves|calfs)\b.{0,20}\bor\b|"
    r"\bor (?:just |only )(?:train |work |do )?(?:the |my |that )?" + _WEAK_ONE + r" (?:one|leg|side|calf)\b|"
    r"(?P<more>\b(?:more|extra|double|additional) (?:reps|sets|work|volume)\b.{0,30}\b" + _WEAK_ONE + r"\b)"
)
UNEVEN_TEXT = (
    "Work each leg on its own: one-legged moves make the weaker leg do its full share, so it catches up. "
    "Do them on both legs, weaker leg first, the same reps each side, 2–3 sets:\n"
    "• One-legged calf raise (off a step): 12–15 reps each leg\n"
    "• One-legged squat: 12–15 reps each leg\n"
    "• Step-up: 12–15 reps each leg\n"
    "• Lunge: 12–15 reps each leg\n"
    "Twice a week, off hard-run days. If that side still feels unstable or gives way, have a physio check "
    "it.\nFull card: /exercise one-legged squat"
)


# (r17 va) An operation on the weaker leg told, or a move it can barely do once.
_OPERATED = rx.compile(
    r"\b(?:scope|scoped|arthroscop\w*|surgery|surgeries|operation|operated|op|acl|meniscus|menisectomy|"
    r"meniscectomy|reconstruction|repair(?:ed)?|plated|pinned|plate and screws|metalwork)\b"
)
_BARELY_ONE = rx.compile(
    r"\b(?:can|could) (?:barely|hardly|only just|just about) (?:do|manage|get through)\b|"
    r"\b(?:cant|cannot|can not|couldnt) (?:even )?(?:do|manage) (?:one|a single|1)\b"
)
EASE_IN_LINE = (
    "Ease the weaker leg in: where it can't manage a full set yet, do the reps it can with good form (hold a "
    "chair or wall for the one-legged squat, use a low step) and build towards 12–15."
)
# (r16 za) "would those side-lying leg lifts help", "will calf raises fix it": a move asked whether it helps.
_HELPS_ASKED = rx.compile(
    r"\b(?:would|will|could|can|do|does|might) ((?:\w+ ){1,5})(?:help|helps|work|fix|sort)\b"
)


@lru_cache(maxsize=1)
def _move_names() -> tuple[tuple[str, bool], ...]:
    """Every exercise name and alias, normalised, with whether it is one-legged work itself."""
    return tuple(
        (f" {normalize_name(n)} ", "one" in e.id or "step" in e.id or "lunge" in e.id)
        for e in EXERCISES.values()
        for n in (e.name, *e.aliases)
    )


def _helps_named(message: str) -> bool:
    """Does an ask name a two-legged or hip move and ask whether it helps (normalised message)?"""
    m = _HELPS_ASKED.search(message)
    if m is None:
        return False
    said = f" {m.group(1)}"
    hits = [one for n, one in _move_names() if n in said or f"{n[:-1]}s " in said]
    return bool(hits) and not any(hits)


def uneven(message: str) -> str | None:
    """One leg or side told weaker or smaller and how to even it out (or "should I do single-leg
    work?"): one leg at a time, the weaker one first (normalised message); None otherwise."""
    if not (_UNEVEN.search(message) or _WEAK_SIDE.search(message)):
        return None
    if _helps_named(message):
        return None  # (r16 za) "would those side-lying leg lifts help?": that move's verdict, not this block
    which_leg = _WHICH_LEG.search(message)
    if not (
        _EVEN_ASK.search(message)
        or which_leg
        or (_MOVES_ASK.search(message) and _A_SIDE.search(message) and not _TOLD_MORE.search(message))
    ):
        return None
    text = UNEVEN_TEXT
    if _OPERATED.search(message) or _BARELY_ONE.search(message):
        # (r17 va) "4 months out from a knee scope... I can barely do a single leg squat on it": not 12–15
        # reps from the first session; eased in, within the physio's plan
        ease = EASE_IN_LINE
        if _OPERATED.search(message):
            ease = ease[:-1] + "; after an operation, keep within your physio's plan."
        text = text.replace("\nTwice a week,", f"\n{ease}\nTwice a week,", 1)
    if BOTH_LEGS_ASK.search(message):
        # (t27) "...how do I fix that, and should I still bother with two-leg exercises?": both answered
        return text.replace(
            "\nTwice a week,",
            "\nKeep some two-legged moves too (leg press, wall squats, bridges): they still build strength, "
            "and a varied routine is the article's advice; the one-legged work is what evens the sides.\n"
            "Twice a week,",
            1,
        )
    if which_leg is not None:
        # (r18 ta) "should I train both legs or just the weak one?", "more reps on the weak side?": which
        # leg, not a "Yes" to a choice
        lead = "keep the reps even. " if which_leg.group("more") else "both legs. "
        # ("will single-leg work fix it, and should I do more reps on the weak side?": its yes too)
        helps = rx.search(
            r"\b(?:will|would|could|can|does|do) (?:\w+ ){1,4}(?:help|helps|fix|sort)\b", message
        )
        return ("Yes, and " + lead if helps else lead.capitalize()) + text
    if rx.search(
        r"(?<!how )(?<!what )\b(?:should|do|would|will|is|are|could) (?:i|it|they|that|single|one)\b|"
        r"\bis there (?:something|anything)\b",
        message,
    ):
        return "Yes. " + text  # "should I be doing single-leg stuff?"
    return text


# "should I still do two-leg exercises?", "drop the double-leg stuff?": both legs together asked about.
BOTH_LEGS_ASK = rx.compile(
    r"\b(?:two|2|both|double)[ -]?(?:leg|legs|legged|footed)\b(?: \w+){0,2} (?:exercises?|moves?|stuff|work|"
    r"ones|squats?|versions?)\b|\bbilateral\b"
)


# "what should the start and end of a session look like?": the warm-up and the stretch after.
_WARM_ASK = rx.compile(r"\b(?:start|beginning) (?:and|to) (?:the )?(?:end|finish)\b")
# "what should a session look like from start to finish?": the middle too, not only its two ends.
_WHOLE_SESSION = rx.compile(
    r"\b(?:start|beginning) to (?:the )?(?:end|finish)\b|\bstructur\w*|\bwhole session\b"
)
MIDDLE_LINE = (
    "\nIn between: exercises for several major muscle groups (quads balanced with hamstrings, plus glutes, "
    "calves and hips), 2–3 sets of each with a load that tires you by 12–15 reps, slow and controlled."
)
# "what should I do right after my strength session?": stretch.
_AFTER_SESSION_ASK = rx.compile(
    r"\bwhat (?:should|do|can) i do (?:right |straight |just |directly )?after (?:my |the |a |each |every )?"
    r"(?:strength |leg |gym |lifting )?(?:session|workout|sesh|leg day)\b"
)
AFTER_SESSION_TEXT = (
    "Stretch before you go: the article says to do some stretching after every workout. Ease into "
    "stretches for the quads, hamstrings, calves, glutes and hips, about 20–30 seconds each (a common "
    "guide), without bouncing."
)
# "a good hill workout, and how steep should the hill be?": the session with its grade.
_HOW_STEEP = rx.compile(
    r"\bhow (?:steep|step|stepp|steap)\b(?: \w+){0,3} (?:hills?|slopes?|inclines?|climbs?)\b"
)
WARM_TEXT = (
    "Start every session warm: some light jogging (5 to 10 minutes is a common guide; a run just before "
    "counts), then a few stretches, before the first set. End with stretching too."
)
COLD_LINE = " Going straight onto a machine cold is why a first set can feel awful."
# "how do hill reps fit in my week with two gym sessions?": hills are a strength session too.
_HILLS_WEEK = rx.compile(
    r"\bhills?(?: reps?| repeats?| sessions?| work| running| sprints?)?\b.{0,60}\b(?:week|when|which "
    r"days?|where)"
    r"\b|\b(?:week|when|which days?|where)\b.{0,60}\bhills?(?: reps?| repeats?| sessions?)\b"
)
HILLS_WEEK_TEXT = (
    "Count them as strength work: the article calls hill running resistance training, so hills plus two gym "
    "sessions make three, the top of its twice-to-three-times a week. Put each on an easy day, not a "
    "hard-run "
    "day or the day before a race, or swap one gym session for the hills.\nFull card: /exercise hill repeats"
)
# "legs the evening before my track session (not a race)?": allowed; only the race's eve is ruled out.
_EVE_OF_HARD = rx.compile(
    r"\b(?:day|evening|night|afternoon) before (?:my |a |the )?(?:hard |big "
    r")?(?:track|interval|intervals|tempo|"
    r"speed|long run|hill|quality|threshold) ?(?:sessions?|workouts?|runs?|day|night|work)?\b"
)
# The ask put as a worry ("is it bad", "a mistake", "should I avoid"): the verdict leads "Fine", not "Yes".
_EVE_WORRY = rx.compile(
    r"\b(?:bad|a bad idea|mistake|problem|problematic|avoid|harm\w*|hurt|ruin|wreck|mess (?:up|with)|"
    r"screw (?:up|with)|too much|risky|dumb|stupid|silly|wrong|overkill|compromise)\b"
)
EVE_OF_HARD_TEXT = (
    "Yes, the article allows it: it only rules out the same day as a hard run and the day before a race. "
    "If your legs still feel heavy for the session, move the strength work a day earlier or to the day "
    "after.\nTry one: /workout"
)


# "I jog 10 min to the gym, does that count as my warm-up?"
_COUNTS_AS_WARM = rx.compile(
    r"\b(?:count|counts|serve|serves|work|works|do|does|good enough|enough) (?:as|for) (?:a |my |the "
    r")?warm ?ups?\b|"
    r"\b(?:count|counts) (?:towards )?(?:my |the )?warm ?ups?\b|"
    r"\b(?:is|be) (?:that|it|this) (?:a |my |enough (?:of a |as a )?)?warm ?ups?\b|"
    r"\benough (?:of a |as a |for a )warm ?ups?\b|"
    # (r16 wb) "is a jog a good warm-up?", "is jogging an ok warm up for leg day?"
    r"\b(?:is|are|would|will) (?:a |an |some |my )?(?:\w+ )?(?:jog|jogs|jogging|run|running)\b(?: \w+){0,3} "
    r"(?:a |an )?(?:good|decent|ok|okay|fine|proper|valid|solid|great|enough|sufficient|the right) "
    r"warm ?ups?\b"
)
_JOG_THERE = rx.compile(r"\b(?:jog\w*|run|runs|running|ran)\b")
_WALK = rx.compile(r"\b(?:walk\w*)\b")
_RIDE = rx.compile(r"\b(?:cycl\w*|bike|biking|ride|riding)\b")
JOG_WARM_TEXT = (
    "Yes: light jogging is the article's warm-up, so that jog counts. Add a few stretches before the first "
    "set, and stretch again when you finish."
)
RIDE_WARM_TEXT = (
    "Yes: an easy jog (or ride) there warms you up the way the article's light jogging does. Add a few "
    "stretches when you arrive, then start the strength work."
)
WALK_WARM_TEXT = (
    "Partly: it gets you moving, but the article's warm-up is light jogging and stretching, so add a few "
    "minutes of easy jogging (or start light) and some stretches before the first set."
)


# An older runner asking whether the gym's machines are sensible and what to watch for.
_AT_AGE = rx.compile(r"\bat (?:[5-9]\d)(?: years old)? (?:is|are|can|should)\b")  # "at 65 is it safe"
_MACHINES_SAID = rx.compile(r"\b(?:machines?|leg press|leg curl|leg extension)\b")
_CAREFUL_ASK = rx.compile(
    r"\b(?:careful|watch (?:out )?for|look out for|wary|safe|safely|sensible|wise|a good idea|ok at my age|"
    r"too old|at my age|risky|dangerous)\b"
)
OLDER_MACHINES_TEXT = (
    "Yes, sensible: the article doesn't single out older runners, and machines are its pick for starting in "
    "the gym, as they guide the movement and make good form easier.\n"
    "Watch for: a load you're comfortable with (tiring you by 12–15 reps, 2–3 sets), slow controlled moves, "
    "breathing out on the push, and stopping just before your knees are fully straight. Never let form slip "
    "to lift more.\n"
    "Start with the leg press, hamstring curl and quadriceps extension; if a joint starts to hurt (not just "
    "creak), stop and see a doctor or physio.\n"
    "Full card: /exercise leg press"
)


# "race in 10 days, when's my last leg session?": how late the last one can go.
_LAST_SESSION_ASK = rx.compile(
    r"\b(?:when|what day|which day|how (?:close|late|near|long before))\b(?: \w+){0,6} (?:last|final) "
    r"(?:\w+ )?(?:session|workout|lift|leg day|strength day|gym day)\b|"
    r"\b(?:last|final) (?:\w+ )?(?:session|workout|leg day)\b(?: \w+){0,4} (?:be|go|do|fit)\b(?: \w+){0,4} "
    r"(?:when|how close|how late)\b|\bstop (?:lifting|strength|leg work|doing legs)\b(?: \w+){0,4} before\b|"
    # (r19 th) "what's the latest I should do a session?"
    r"\b(?:whats|what is) the latest (?:day )?(?:i |we )?(?:should |can |could )?"
    r"(?:do|fit|have|squeeze|lift)\b"
)
# (r19 th) "should I keep going with strength, and when should my last session be?": carry on, asked too
_KEEP_LIFTING_ASK = rx.compile(
    r"\b(?:should|do|can|shall) i (?:still )?(?:keep|carry on|continue|stick)\b(?: \w+){0,3} "
    r"(?:going|doing|with|lifting|strength|legs?|leg work|leg sessions?|gym|sessions?|weights|it)\b"
)
# (r20 tn) carrying on asked against stopping, or up to the race: "...keep going up to race day or stop?"
_KEEP_OR_STOP = rx.compile(
    r"\b(?:up to|until|till|through to|right up to|all the way to)\b (?:the |my )?(?:race|race day|marathon|"
    r"half|start line|big day)\b|\bor (?:should i |do i |just )?(?:stop|quit|pause|drop it|taper|cut it)\b"
)
_KEEP_ON = rx.compile(r"\b(?:keep (?:going|lifting|at it|doing (?:them|it|those|these))|carry on|continue)\b")
KEEP_LAST_TEXT = (
    "Yes, keep going, but lighter: your usual sessions at a comfortable load, nothing new or heavier, and "
    "not on a hard-run day. The last one can go two days before the race: the article's one firm rule is no "
    "strength work the day before, so your legs start fresh."
)
WEEKDAY = rx.compile(r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?s?\b")
_RACE_SAID = rx.compile(r"\b(?:race|racing|marathon|half|10k|5k|parkrun|ultra|\d+ ?k)\b")
# "should I cut back, and when should I stop before the race?": both asks, the cut first.
_CUT_BACK_ASK = rx.compile(
    r"\b(?:cut|cutting|scale|scaling|dial|dialling|dialing|ease|easing|back|tone|toning|wind|winding) "
    r"(?:it |things |them |that )?(?:back|down|off)\b|\b(?:do|lift|doing|lifting) less\b|"
    # ("to drop weight before my wedding": body weight, not the load; "drop the weights" is the load)
    r"\b(?:reduce|drop|dropping|lower|lowering) (?:(?:it|them) )?(?:(?:the|my) weights?|weights|"
    r"(?:the |my )?(?:sessions?|lifting|volume|load|strength|to (?:twice|two|once|one|2|1)))\b"
)
_STOP_BEFORE = rx.compile(
    r"\b(?:stop|quit|pause|drop|taper|last (?:\w+ )?(?:session|lift|workout|leg day))\b(?: \w+){0,4} "
    r"(?:before|ahead of|out from)\b|"
    r"\bhow (?:long|close|soon|many days|many weeks) (?:out )?(?:before|from)\b"
)
CUT_BACK_TEXT = (
    "Yes, cut back: twice a week is enough, kept off your key-workout days (run first if both fall on one "
    "day), at a load you can manage for 12–15 good reps rather than grinding heavy sets.\n"
    "Stop two days before the race: the article's one firm rule is no strength work the day before, so keep "
    "the last session light and familiar."
)


def cut_back(message: str, asked: str | None = None) -> str | None:
    """ "Should I cut back, and when should I stop before the race?" (normalised): both answered, the cut
    first, or None. With ``asked`` (the asks, normalised), the cut and the stop must be asked there: a
    story's "took up running to drop weight before my wedding" asks neither (r20 tn)."""
    said = message if asked is None else asked
    if not (
        _CUT_BACK_ASK.search(said)
        and _STOP_BEFORE.search(said)
        and _RACE_SAID.search(message)
        and rx.search(r"\b(?:should|do|shall|when|how|whens)\b", message)
    ):
        return None
    text = CUT_BACK_TEXT
    if not rx.search(
        r"\b(?:[3-7]|three|four|five|six|seven) ?(?:x|times|days|sessions)\b|\b(?:every ?day|daily|heavy)\b",
        message,
    ):
        # (how much they lift not told: the figure, not a verdict on what they do)
        text = "Keep it to twice a week" + text[len("Yes, cut back: twice a week is enough") :]
    if rx.search(r"\b(?:flat|heavy|dead|tired|wrecked|fried|sluggish|knackered|drained)\b", message):
        # ("legs feel flat for my key workouts": the lifting is costing the running)
        text = text.replace(" sets.\n", " sets; tired legs in key sessions are the sign.\n", 1)
    return text


# "race sunday. last leg day?", "marathon next sunday, when do i stop squats?": the last session before a
# race on a named day, asked tersely (the ask is the message's end) or as when to stop.
_LAST_SESSION_BARE = rx.compile(
    r"\b(?:last|final) (?:\w+ )?(?:session|workout|lift|leg day|strength day|gym day|legs)"
    r"(?: (?:when|then|is|be))?(?: when)?$"
)
_STOP_WHEN = rx.compile(
    r"\bwhen (?:do|should|shall|must|can|would) i (?:stop|quit|pause|drop|finish|knock off) "
    r"(?:my |the |doing |with )?(?:\w+ )?(?:lifting|strength|legs|leg work|leg days?|squats?|lunges?|weights|"
    r"gym|sessions?|lifts?)\b"
)
_DAY_INDEX = {d: i for i, d in enumerate(("mon", "tue", "wed", "thu", "fri", "sat", "sun"))}
_DAY_FULL = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
# The race's weekday: a race word and a day name side by side ("race sunday", "sunday's half").
_RACE_DAY = rx.compile(
    # (r19 th) "my half marathon is a week on Sunday"
    r"\b(?:race|racing|marathon|half|10k|5k|parkrun|ultra|\d+ ?k)(?: is| s)?"
    r"(?: a week| a fortnight| next week)?(?: on)?(?: this| next)? "
    r"(mon|tue|wed|thu|fri|sat|sun)\w*\b|"
    r"\b(?:this |next |on )?(mon|tue|wed|thu|fri|sat|sun)\w*(?: s)? (?:\w+ )?"
    r"(?:race|marathon|half|10k|5k|parkrun|ultra)\b"
)


_LAST_WORD = rx.compile(r"last|final|stop|\blatest\b")  # (cheap first test of the last-session asks)


def _last_before(message: str) -> str | None:
    """The latest day for the last session before a race on a named weekday, asked about (normalised
    message), or None."""
    if not _LAST_WORD.search(message):
        return None
    if not (
        _LAST_SESSION_BARE.search(message) or _LAST_SESSION_ASK.search(message) or _STOP_WHEN.search(message)
    ):
        return None
    days = {m.group(1) or m.group(2) for m in _RACE_DAY.finditer(message)}
    if len(days) != 1:
        return None
    r = _DAY_INDEX[days.pop()[:3]]
    # (r19 th) "should I carry on with the gym this week, and what's the latest...?": carry on, said first
    keep = KEEP_LAST_TEXT.split(" The last one", 1)[0] + " " if _KEEP_LIFTING_ASK.search(message) else ""
    return keep + (
        f"{_DAY_FULL[(r - 2) % 7]} at the latest: not {_DAY_FULL[(r - 1) % 7]}, the day before the race, so "
        "your body has time to recover (the article's rule). Keep that last session light and familiar."
    )


LAST_SESSION_TEXT = (
    "As late as two days before the race: the article's one firm rule is no strength work the day before, "
    "so your legs start fresh. Keep that last session light and familiar, nothing new or heavier "
    "(tapering isn't covered in detail in the article)."
)


# "running up a slope over and over: does that count as strength work?": yes, in the article's words.
_COUNTS_AS_STRENGTH = rx.compile(
    r"\b(?:count|counts|counted|qualify|qualifies|classed|considered)(?: as)? (?:\w+ )?"
    r"(?:strength|resistance)\b|\b(?:is|are) (?:that|it|this|they|hills?|hill reps?|hill repeats?) "
    r"(?:even |really |actually )?"
    r"(?:proper |real )?(?:strength|resistance) (?:work|training)\b|"
    # "hill reps = strength work?" (the sign gone): the two side by side open the message
    r"^(?:so )?hills?(?: reps?| repeats?| sprints?| running| sessions?)? (?:strength|resistance) "
    r"(?:work|training|session)\b"
    r"(?! (?:same|on the same|together|and|then|after|before|in one|ok|okay|fine|day))|"
    # "is hill running good for strength or is it just cardio?": either/or, strength the first option
    r"\b(?:good for|build\w*|make (?:me|you) stronger|help\w*(?: with)?|for) (?:\w+ )?(?:strength|stronger)\b"
    r"(?=.*\bor (?:is it |it s |its |are they |just |only |mostly )*(?:cardi?o|endurance|aerobic|fitness)\b)"
)
HILL_COUNTS_TEXT = (
    "Yes: the article calls hill running resistance training for runners, so a hill session counts as one "
    "of your strength sessions. Pick a 5–10% grade, run up 5–8 times with knees high and arms pumping, and "
    "jog back down.\nFull card: /exercise hill repeats"
)


# "stuck at 27 mins at parkrun... a mate said strength work got him under 25, is that realistic?": a race
# time hoped for from strength work, asked whether it can happen (and what to do).
_TIME_GOAL = rx.compile(
    r"\b(?:pb|pr|personal best|sub ?\d+|under \d+|below \d+|\d+ ?(?:mins?|minutes|seconds|secs)|"
    r"finish(?:ing)? time|(?:parkrun|5k|10k|race|marathon|half) times?|"
    r"(?:minutes?|mins?|seconds?|secs?) off)\b"
)
_FASTER = rx.compile(
    r"\b(?:faster|quicker|speed up|time off|minutes? off|mins? off|seconds? off|secs? off|knock\w*|shave\w*|"
    r"take \w+ off|(?:get|got|gets|getting) (?:me |him |her |them |people )?(?:under|to|a pb|a pr|sub|below)|"
    r"under \d+|sub ?\d+|break\w* \d+|improve my time|pbs?|prs?)\b"
)
_REALISTIC = rx.compile(
    r"\b(?:realistic|achievable|possible|doable|likely|feasible|plausible|believable|"
    r"true|really work|actually work)\b|"
    r"\b(?:could|can|will|would|does|do|might) (?:strength|leg|legs|lifting|weights|gym|squats?|it|that|this|"
    r"some|a bit of)\b(?: \w+){0,4} (?:get|take|knock|shave|make|help|give)\b"
)
_STRENGTH_SAID = rx.compile(
    r"\b(?:strength|leg (?:work|day|strength|sessions?|workouts?)|lift\w*|weights|gym|squats?|s ?c)\b"
)
TIME_GOAL_TEXT = (
    "Possibly, but no one can promise a time: the article says stronger legs use oxygen more efficiently "
    "and tire more slowly, so you run faster on the flat and up hills, and they can lengthen your stride. "
    "How much it's worth varies from runner to runner.{pace}\n"
    "What to do: two sessions a week of 15–20 minutes (warm-up and cool-down included), 4–6 exercises "
    "each: calf raises, one-legged squats, step-ups and bridges (2–3 sets of 12–15), plus hill repeats "
    "(5–8 up a 5–10% slope) or hopping drills for power. Keep them off hard-run days and the day before a "
    "race.\nTry one: /workout home"
)
SAME_PACE_LINE = (
    " Running every run at the same pace holds many runners back too, so mixing in some faster running "
    "helps as well (general advice, not the article's)."
)


def _time_goal(message: str) -> str | None:
    """A race time hoped for from strength work, asked whether it's realistic or can happen (normalised
    message): the honest verdict, then what to do; None otherwise."""
    if not any(c.isdigit() for c in message) and not any(
        w in message for w in ("pb", "pr", "personal best", "minute", "second", "time")
    ):
        return None  # (cheap gate: no time or record said)
    if not (_REALISTIC.search(message) and _TIME_GOAL.search(message) and _FASTER.search(message)):
        return None
    if not _STRENGTH_SAID.search(message) or _SORE.search(message):
        return None
    if rx.search(r"\b(?:bulk\w*|heavy|slow me|slow you|big)\b", message):
        return None  # ("will lifting make me faster or just bulky?": the bulk myth too, its own answer)
    pace = (
        SAME_PACE_LINE
        if rx.search(r"\b(?:same|one|the same) (?:pace|speed)\b|\bsame pace\b", message)
        else ""
    )
    text = TIME_GOAL_TEXT.format(pace=pace)
    if not rx.search(
        r"\b(?:what (?:should|do|can|would|could) i|how (?:do|should|can|would) i|what to do|"
        r"where (?:do|should) i start|what (?:would|do) you|any (?:tips|advice|ideas))\b",
        message,
    ):
        # (only whether it can happen asked: the dose in a line, not the whole plan)
        head, _, _ = text.partition("\nWhat to do:")
        text = head + "\nThe usual dose: two 15–20 minute sessions a week.\nTry one: /workout home"
    return text


# "how often", "how many times / days / sessions": the number of sessions asked (dialogue reads it too)
HOW_OFTEN_ASK = rx.compile(r"\bhow (?:often|many (?:times|days|sessions))\b")


def situational(message: str) -> tuple[str, str] | None:
    """The runner's situation asked about outright (normalised message): a dislike of jumping ("do I have
    to do plyos?"), a fear for their back, a hill's grade, how soon after a hard run or a race, a new
    runner asking if it's too soon. The reply and its topic, or None."""
    goal = _time_goal(message)
    if goal is not None:
        return goal, "rule:why_strength"
    if "shift" in message and _AFTER_SHIFT_ASK.search(message) and not _UNSLEPT_ASK.search(message):
        if not _IRREGULAR.search(message) or not _SCHEDULE_ASK.search(message):
            return AFTER_SHIFT_TEXT, "rule:frequency"
    kit_use = _kit_use(message)
    if kit_use is not None and not _OTHER_ASK.search(message):
        return kit_use.text, kit_use.topic  # "is there strength stuff I can do on the treadmill?": its move
    if _PLYO_MUST.search(message):
        # "do I have to?": no; "can I skip them?", "fine without them?": yes
        must = rx.search(
            r"\b(?:have to|need|got to|gotta|must|mandatory|compulsory|required|necessary|essential|"
            r"needed|non negotiable)\b",
            message,
        ) and not rx.search(
            r"\b(?:skip|without|leave out|drop|"
            r"ditch|avoid|omit|do without|cut out)\b",
            message,
        )
        lead = "No, you can leave them out" if must else "Yes, you can leave them out"
        return lead + PLYO_OPTIONAL[2:], "rule:plyometrics"
    if (
        _COUNTS_AS_STRENGTH.search(message)
        and rx.search(r"\b(?:hills?|slopes?|uphills?|inclines?|hill reps?|hill repeats?)\b", message)
        and not rx.search(r"\b(?:stairs?|steps|treadmill|walk\w*|hike|hiking|bike|cycl\w*)\b", message)
    ):
        if rx.search(
            r"\bor (?:is it |it s |its |are they |just |only |mostly )*"
            r"(?:cardi?o|endurance|aerobic|running|fitness)\b",
            message,
        ):
            return "Strength work, not just cardio: " + HILL_COUNTS_TEXT[5:], "exercise:hill_repeats"
        return HILL_COUNTS_TEXT, "exercise:hill_repeats"
    cut = cut_back(message)
    if cut is not None:
        return cut, "rule:race_day"
    last_day = _last_before(message)
    if last_day is not None:
        return last_day, "rule:race_day"
    if (
        _LAST_WORD.search(message)
        and (_LAST_SESSION_ASK.search(message) or _LAST_SESSION_BARE.search(message))
        and _RACE_SAID.search(message)
        # (a race day named gets its day worked out; "the day before?" its own verdict)
        and not WEEKDAY.search(message)
        and "day before" not in message
    ):
        return (KEEP_LAST_TEXT if _KEEP_LIFTING_ASK.search(message) else LAST_SESSION_TEXT), "rule:race_day"
    if _KEEP_ON.search(message) and _KEEP_OR_STOP.search(message) and _RACE_SAID.search(message):
        # (r20 tn) "marathon a week on Sunday... should I keep going right up to race day or stop now?": keep
        # going, lighter, and the last session two days out (it read the story's squats and lunges)
        return KEEP_LAST_TEXT, "rule:race_day"
    if (
        (_OLDER.search(message) or _AT_AGE.search(message))
        and _MACHINES_SAID.search(message)
        and _CAREFUL_ASK.search(message)
        and not _SORE.search(message.replace("no real pain", "").replace("no pain", ""))
        and not rx.search(r"\bor (?:should i |do i )?(?:stick|stay|just|home|free)\b", message)
    ):
        return OLDER_MACHINES_TEXT, "rule:machines"
    if _BACK_FEAR.search(message) and _LIFT_SAID.search(message) and not _ROUTINE.search(message):
        return BACK_SAFE, "rule:form_first"
    if _NO_INCLINE_TM.search(message) and _CLIMBS_ASKED.search(_NO_INCLINE_TM.sub(" ", message)):
        # (r16 ze) "my treadmill doesn't incline, how do I do hill work indoors?": never "raise the incline"
        return NO_INCLINE_TEXT, "exercise:step_up"
    if (
        _NO_HILLS.search(message)
        and rx.search(r"\bhills? (?:training|work|reps?|repeats?|sessions?|running|sprints?)\b", message)
        and rx.search(r"\b(?:how|what|can|could|where)\b", message)
        and not rx.search(r"\b(?:gym|routine|workout|plan)\b", message)
        # (r16 zb: "...and I don't have a treadmill": a treadmill told lacked is no treadmill they use)
        and (not rx.search(r"\btreadmills?\b", message) or _NO_TREADMILL.search(message))
    ):
        text = NO_HILLS_TEXT
        if _NO_TREADMILL.search(message):
            text = text.replace(NO_HILLS_TREADMILL, "")
        if rx.match(r"(?:can|could|is it possible)\b", message) or rx.search(
            r"\b(?:can|could) i (?:still )?do\b", message
        ):
            # "can I do hill reps without a hill?"
            return "Yes: a" + text[1:], "exercise:hill_repeats"
        return text, "exercise:hill_repeats"
    if (
        _FOUL_WEATHER.search(message)
        and _CLIMBS_ASKED.search(message)
        and rx.search(r"\b(?:how|what|where|alternatives?|instead|options?|ideas?)\b", message)
        and not rx.search(
            r"\b(?:race|races|tomorrow|gym|routine|plan|treadmills?|steep|strength|winter|lift\w*|weights|"
            r"off ?season)\b",
            message,
        )
    ):
        # (r20 fa) "what's the move for hills when it's pouring rain?": the weather keeps them off the hill,
        # so the indoor stand-in, not the outdoor card
        return FOUL_WEATHER_HILLS_TEXT, "exercise:treadmill_incline"
    if _HILLS_OR_GYM.search(message) and rx.search(r"\b(?:better|best|or|should i|which)\b", message):
        text = HILLS_OR_GYM_TEXT
        if _HILL_SESSION.search(message):
            text += "\n" + HILL_SESSION_LINE
        return text + "\nFull card: /exercise hill repeats", "exercise:hill_repeats"
    if _HOME_SAME.search(message):
        return HOME_SAME_TEXT, "rule:gym_vs_home"
    if (
        _FREE_WEIGHT_FEAR.search(message)
        and (_NEW.search(message) or rx.search(r"\b(?:newbie|beginner|new|novice|noob)\b", message))
        and not _HOME.search(message)
        and not _SORE.search(message)
    ):
        return FREE_WEIGHT_FEAR_TEXT, "rule:machines"
    side = uneven(message)
    if side is not None:
        return side, "rule:one_legged"
    flat = _flat_calf(message)
    if flat is not None:
        return flat, "exercise:calf_raise"
    runs_build = rx.search(
        r"\b(?:make|turn) (?:my )?runs? (?:\w+ )?(?:build|into) (?:\w+ )?strength\b|"
        r"\b(?:does|do|will|can|would) (?:easy |normal |all (?:my|the) |my |the )?(?:running|runs?|mileage)\b"
        r"(?: \w+){0,3} (?:build|make|give|count as)\b(?: \w+){0,3} (?:strength|strong|stronger)\b",
        message,
    )
    if (
        (runs_build or (_ON_RUNS.search(message) and _BUILD_ASK.search(message)))
        and not _SORE.search(message)
        # (r16 zf) "does running hills make my legs stronger?": the hills are the article's strength work
        and not rx.search(r"\b(?:hills?|uphill|hill repeats|inclines?)\b", message)
    ):
        # "hate the gym: how can I build leg strength on my runs?"
        return ON_RUNS_TEXT, "exercise:hill_repeats"
    swap = _swap_for(message)
    if swap is not None:
        return swap, "rule:variety_fun"
    pain = rx.search(r"\b(?:ache|aches|aching|achy|pain|painful|hurts|sore|niggle)\b", message)
    if _LIFT_SAID.search(message) and not pain and not _ROUTINE.search(message):
        if _INJURY_FEAR.search(message) and not rx.search(r"\b(?:back|knees?|shoulders?)\b", message):
            return INJURY_FEAR_TEXT, "rule:form_first"  # "scared I'll get injured lifting as a beginner"
        if _TIRED_FEAR.search(message):
            return TIRED_FEAR_TEXT, "rule:hard_run_day"  # "worried it'll leave me too tired for my runs"
    weekend = _weekend_only(message)
    if weekend is not None:
        return weekend, "rule:hard_run_day"
    free = _FREE_DAYS.search(message)
    if free and not _SORE.search(message) and not rx.search(r"\b(?:race|racing|parkrun)\b", message):
        # "12h shifts, 4 on 3 off, basically 2 free days a week for everything": two is the article's figure
        n = free.group(1) or free.group(2)
        if n in ("2", "two", "3", "three"):
            return FREE_DAYS_TEXT.format(n="Two" if n in ("2", "two") else "Three"), "rule:frequency"
    back = _weekend_back_to_back(message)
    if back is not None:
        return back, "rule:frequency"
    block = _BLOCK_WEEK.search(message)
    if block and _BLOCK_ASK.search(message):
        return BLOCK_TEXT, "rule:recovery_week"
    if _IRREGULAR.search(message) and rx.search(
        r"\b(?:straight|right|directly|just) after (?:the |my |a )?(?:run|runs|running)\b", message
    ):
        # "night shift, I run at 7am when I get off: leg stuff straight after the run?"
        return (
            "Yes, if it was an easy run: run first, then the strength work, is the article's order for a day "
            "with both. Not after a hard run (intervals, tempo, the long run), nor the day before a race.\n"
            "Try one: /workout"
        ), "rule:run_first"
    if _OWN_DAYS.search(message) and _SCHEDULE_ASK.search(message) and not _ORDER_ASKED.search(message):
        # (r16 ze) "one free slot a day, so I can't run and lift on the same day: how do I schedule both?"
        return OWN_DAYS_TEXT, "rule:frequency"
    if (
        _IRREGULAR.search(message)
        and _SCHEDULE_ASK.search(message)
        and not _SORE.search(message)
        # ("night shift, I run at 7am and want to lift too, which comes first?": the order rule's answer)
        and not _ORDER_ASKED.search(message)
    ):
        # "shift worker, days off change every week: how to schedule?"; "12-hour shifts, can I fit strength
        # in at all?", "can it all go in my days off?": yes first, then where
        unslept = _UNSLEPT_ASK.search(message)
        if unslept is not None:
            # (r17 va) "...how do I organise two sessions? And is it bad to lift straight after a night shift
            # when I haven't slept?": where they go, then the sleepless lift (not a "Yes" the second ask's
            # "is it" set over the first)
            body, _, link = IRREGULAR_TEXT.rpartition("\n")
            return f"{body}\n{UNSLEPT_LINE}\n{link}", "rule:frequency"
        if HOW_OFTEN_ASK.search(message):
            # "...how often should I lift and how do I fit it around my runs?": the number first
            return IRREGULAR_OFTEN, "rule:frequency"
        if rx.search(
            # (not "how often should I lift": a how-many, answered by the number)
            r"(?<!when )(?<!how )(?<!where )(?<!what )(?<!often )(?<!many )(?<!much )(?<!long )"
            r"\b(?:can|could|is|should|will|would) (?:i|it|all|that|"
            r"strength|they)\b",
            message,
        ):
            return IRREGULAR_YES, "rule:frequency"
        return IRREGULAR_TEXT, "rule:frequency"
    fade = form_fade(message)
    if fade is not None:
        # (balance asked too: the reply answers it, so it carries the balance topic as well)
        balance = "Balance matters too" in fade
        return fade, "rule:balance_training" if balance else "rule:running_form"
    if (
        _BALANCE_GOING.search(message)
        and _ONE_LEG_SAID.search(message)
        and not rx.search(r"\b(?:one|single)[ -]?leg(?:ged)? squats?\b|\bpistols?\b", message)
    ):
        # "I'm 58 and my balance isn't what it was, can I still do the single leg stuff?"
        yes_no = rx.search(r"\b(?:can|could|should|is it|are they|ok|okay|safe|still)\b", message)
        lead = "Yes, carefully." if yes_no else "Keep them, with support."
        return BALANCE_SUPPORTED.format(lead=lead), "rule:balance_training"
    if (
        _WOBBLE.search(message)
        and _ONE_LEG_SAID.search(message)
        and not _ONE_LEG_SAID.search(rx.sub(r"\bon one leg\b", " ", message))
        and rx.search(r"\b(?:point|worth\w*|help\w*|matters?|bother|any use|useful)\b", message)
        and not rx.search(r"\bwhy\b|\bwh?at?s? (?:is )?the point\b", message)
    ):
        # (r19 tk) "I wobble standing on one leg putting socks on... any point doing balance stuff, and
        # what kind?": a wobble in daily life, balance work's point asked: yes, and the one-legged moves
        return BALANCE_POINT_TEXT, "rule:balance_training"
    if _WOBBLE.search(message) and _ONE_LEG_SAID.search(message):
        text = WOBBLE_TEXT
        if rx.search(
            r"\b(?:not bother|skip|omit|stop|give up|quit|drop|avoid|pointless|no point|waste)\b", message
        ):
            text = "No, do bother. " + text  # "should I give up on them?", "is it pointless?"
        return text, "exercise:one_leg_squat"
    if _WARM_ASK.search(message) and rx.search(
        r"\b(?:warm\w*|stretch\w*|cool ?down|(?:a |the |my |each |every )(?:\w+ )?(?:session|workout))\b",
        message,
    ):
        cold = COLD_LINE if rx.search(r"\b(?:first set|straight (?:on|in)|cold)\b", message) else ""
        if _WHOLE_SESSION.search(message):  # the middle between the two ends, then the end
            warm = WARM_TEXT.replace(" End with stretching too.", "")
            return f"{warm}{cold}{MIDDLE_LINE}\nEnd with stretching.\nTry one: /workout", "rule:warm_up"
        return f"{WARM_TEXT}{cold}\nTry one: /workout", "rule:warm_up"
    if _AFTER_SESSION_ASK.search(message) and not rx.search(r"\b(?:run|runs|running|jog)\b", message):
        return AFTER_SESSION_TEXT, "rule:stretch_after"
    if _HOW_STEEP.search(message) and _HILL_SESSION.search(message):
        return (
            f"About 5–10%, not too steep. {HILL_SESSION_LINE}\nFull card: /exercise hill repeats",
            "exercise:hill_repeats",
        )
    if (
        _HILLS_WEEK.search(message)
        and rx.search(r"\b(?:gym|strength|leg|weights) (?:sessions?|days?|workouts?)\b", message)
        and rx.search(r"\b(?:when|where|which|how)\b", message)
        and not rx.search(r"\b(?:mon|tue|wed|thu|fri|sat|sun)(?:day|s|sday|nesday|rsday|urday)?s?\b", message)
    ):  # (their days named: the days answer, with the hills among the hard days)
        return HILLS_WEEK_TEXT, "exercise:hill_repeats"
    if (
        _EVE_OF_HARD.search(message)
        and not rx.search(r"\b(?:race|racing|parkrun)\b(?! ?(?:pace|day))", message.replace("not racing", ""))
        and not rx.search(r"\b(?:dead|heavy|flat|tired|sore|wrecked|sluggish)\b", message)
        and rx.search(r"\b(?:ok|okay|fine|alright|can i|should i|is it|bad idea)\b", message)
    ):
        if _EVE_WORRY.search(message):
            # "is it bad / a mistake / should I avoid it?": a "Yes" would agree that it's bad
            return "Fine, the article allows it" + EVE_OF_HARD_TEXT[len("Yes, the article allows it") :], (
                "rule:hard_run_day"
            )
        return EVE_OF_HARD_TEXT, "rule:hard_run_day"
    if _COUNTS_AS_WARM.search(message):
        if _JOG_THERE.search(message):
            return JOG_WARM_TEXT, "rule:warm_up"
        if _RIDE.search(message):
            return RIDE_WARM_TEXT, "rule:warm_up"
        if _WALK.search(message):
            return WALK_WARM_TEXT, "rule:warm_up"
    if (
        _KNEE_FEAR.search(message)
        and _LIFT_SAID.search(message)
        and not rx.search(r"\b(?:hurts|hurting|aches?|aching|pain|painful|sore)\b", message)
        and not _ROUTINE.search(message)
    ):
        if rx.search(
            r"\b(?:is it|is that|is this|are they|are weights|will it be|would it be) "
            r"(?:\w+ )?(?:safe|ok|okay)\b",
            message,
        ):
            # (r19 th) "is it safe, and how should I do it?": the yes first
            return "Yes: done well" + KNEE_SAFE[len("Done well") :], "rule:form_first"
        return KNEE_SAFE, "rule:form_first"
    grade = _grade_reply(message)
    if grade is not None:
        return grade, "exercise:hill_repeats"
    if _AFTER_HARD_ASK.search(message) and _LIFTING_SAID.search(message):
        return AFTER_HARD_TEXT, "rule:hard_run_day"
    if _AFTER_RACE_ASK.search(message) and _LIFTING_SAID.search(message):
        long_race = rx.search(r"\b(?:marathon|ultra|50k|100k|half)\b", message)
        how_long = (
            "often about a week after a marathon" if long_race else "often a day or two after a shorter race"
        )
        return AFTER_RACE_TEXT.format(how_long=how_long), "rule:race_day"
    if (
        TOO_SOON.search(message)
        and _BEGINNER.search(message)
        and not _has(message)
        and not _SORE.search(message)
        and not OPEN.search(message)  # ("...and what would you start with?": the plan, with this line)
    ):
        text = TOO_SOON_TEXT
        too_early = _TOO_EARLY.search(message)
        if _NOW_OR_WAIT.search(message) or (_MILESTONE.search(message) and not too_early):
            # (r18 te) "should I start now or wait until I can run 5k?": "No" read as "don't start"
            text = "Start now, no need to wait" + text[len("No, it's not too early") :]
        if _WOBBLY.search(message):
            # (r18 te) "I feel wobbly on uneven ground": the balance told gets its answer too
            text = text.replace("\nTry one:", f" {_WOBBLY_LINE}\nTry one:", 1)
        return text, "rule:routine"
    return None


_WOBBLY = rx.compile(r"\b(?:wobbl\w*|unstable|unsteady|balance|off balance|shaky on)\b")
_WOBBLY_LINE = (
    "The one-legged moves also train your balance: they make the small muscles that keep adjusting your "
    "posture work."
)


_LIFTING_SAID = rx.compile(
    r"\b(?:lift\w*|legs|leg (?:day|work|session|workout)s?|strength|weights|gym|squats?|lunges?)\b"
)


# ---- "No ankle weights at my gym, can I still do the hip raise?": yes, and what to use instead -------
_LACK_WORDS = (
    r"\b(?:no|without|dont have|doesnt have|do not have|does not have|havent got|hasnt got|dont own|"
    r"lack|lacks|theres no|there is no|not got|cant get|cant find|out of|no access to|cant access|"
    r"dont have access to)\s+(?:a |an |any |the |my )?(?:\w+ )?"
    r"(?:(?:or|nor|and) (?:a |an |any |the )?(?:\w+ )?)?"
)
# (a yes/no about doing it: "what can I use instead?" is the kit's own swap answer)
_STILL_ASK = rx.compile(
    r"(?<!what )(?<!how )\b(?:can|could) i (?:still |even |actually )?(?:do|manage|try)\b|\bis it (?:still )?"
    r"(?:possible|ok|doable)\b|\bstill (?:work|doable)\b"
)


@lru_cache(maxsize=1)
def _lack_patterns() -> tuple[tuple[re.Pattern[str], Equipment], ...]:
    """Each piece of kit's "no <kit>" pattern, compiled once."""
    out = []
    for eq in EQUIPMENT.values():
        words = "|".join(re.escape(normalize_name(a)) for a in sorted(eq.aliases, key=len, reverse=True))
        out.append((rx.compile(_LACK_WORDS + rf"(?:{words})\b"), eq))
    return tuple(out)


@lru_cache(maxsize=1)
def _base_name_patterns() -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """(exercise id, name, start-of-word pattern) for each base exercise's names, compiled once."""
    return tuple(
        (ex.id, n, rx.compile(rf"\b{re.escape(n)}"))
        for ex in EXERCISES.values()
        if not ex.variation_of
        for n in exercise_names(ex)
    )


def still_do(message: str) -> tuple[str, str] | None:
    """ "My gym has no ankle weights, can I still do the side-lying hip raise?": yes, and what to use
    instead, for the one exercise named that needs the kit they lack (normalised message)."""
    if not _STILL_ASK.search(message):
        return None
    said: dict[str, list[str]] = {}
    for ex_id, n, pat in _base_name_patterns():
        if pat.search(message):
            said.setdefault(ex_id, []).append(n)
    # ("wall squats" names the wall squat, not also the one-legged squat's "squat")
    named = [
        EXERCISES[e]
        for e, ns in said.items()
        if ns and not all(any(n != m and n in m for o, ms in said.items() if o != e for m in ms) for n in ns)
    ]
    if len(named) != 1:
        return None
    ex = named[0]
    lacks = [eq for pat, eq in _lack_patterns() if ex.id in eq.used_by and pat.search(message)]
    if len(lacks) != 1:
        return None
    eq = lacks[0]
    label = f"{ex.name}: "
    others = [o for o in EXERCISES.values() if o.id != ex.id and not o.variation_of]
    subs = [s.removeprefix(label) for s in eq.substitutes if s.startswith(label)]
    if not subs and not any(s.startswith(f"{o.name}: ") for s in eq.substitutes for o in others):
        # unlabelled swaps ("Hang a weight from your ankle with a strap."), less those for other moves
        subs = [
            s
            for s in eq.substitutes
            if not any(pat.search(normalize_name(s)) for o, _, pat in _base_name_patterns() if o != ex.id)
        ]
    if not subs:
        return None
    lacked_too = [e for pat, e in _lack_patterns() if e.id != eq.id and pat.search(message)]
    said_subs = normalize_name(" ".join(subs))
    if any(
        rx.search(rf"\b{re.escape(normalize_name(a))}\b", said_subs) for e in lacked_too for a in e.aliases
    ):
        return None  # "no stairs or box": a swap that names other kit they lack
    swap = " ".join(subs)
    swap = swap[:1].lower() + swap[1:]
    swap = rx.sub(r"\. Or (\w)", r", or \1", swap)
    text = f"Yes: {swap}"
    cues = [c for c in ex.cues if rx.search(r"knee|90|slow", c, re.IGNORECASE)]
    if cues:
        text += " " + (" ".join(cues[:2]) if len(" ".join(cues[:2])) < 100 else cues[0])
    d = ex.dose.text()
    return (
        f"{text}\nDose: {d}.\nFull card: /exercise {ex.name.lower()}",
        f"exercise:{ex.id}",
    )


# ---- (xb) How to do named moves without the kit the runner told missing -------------------------------
# "ground floor flat, no stairs: how do I do calf raises and step-ups?": each move's own stand-in for
# the missing piece, then its steps (less the set-up step that needs the missing piece).
_HOW_DO_MOVE = rx.compile(
    r"\bhow (?:do|should|can|would|could) (?:i|you|we) (?:do|perform|manage|set up|go about)\b|"
    r"\bhow to (?:do|perform)\b|\bhow (?:do|can|should) i (?:still )?(?:do|manage)\b|"
    # (r17 uf) "how am i supposed to do calf raises or step ups?"
    r"\bhow (?:am i|are we|is one) (?:supposed|meant|expected) to (?:do|manage)\b"
)
_MISSING = (
    # (a step to stand on, not the verb: "step up", "step back down")
    (
        "stairs",
        _STAIR_NOUN,
        ("stair", r"(?:a|the|of) step\b(?! (?:up|back|down))", "step'"),
    ),
    ("bench", r"(?:bench|benches)\b", ("bench",)),
    ("box", r"box(?:es)?\b", ("box",)),
    ("chair", r"chairs?\b", ("chair",)),
    ("ball", r"(?:exercise |gym |swiss |stability )?balls?\b", ("ball",)),
    ("dumbbells", r"(?:dumbbells?|weights|free weights)\b", ("dumbbell",)),
)


def _needs_word(text: str, words: tuple[str, ...]) -> bool:
    """Does ``text`` use one of these pieces of kit (not "no dumbbells", "instead of the chair")?"""
    plain = rx.sub(r"\b(?:no|without|in place of|instead of) (?:the |a |an )?\w+", " ", text.lower())
    return any(rx.search(rf"\b{w}", plain) for w in words)


def moves_without(message: str, ask: str, named: list[str]) -> tuple[str, str] | None:
    """The moves a how-to ``ask`` (normalised) names (``named``, exercise ids), each with its stand-in for
    the kit the (normalised) ``message`` says is missing; None unless a named move needs that kit."""
    if not _HOW_DO_MOVE.search(ask):
        return None
    ids = [i for i in dict.fromkeys(n.removeprefix("exercise:") for n in named) if i in EXERCISES]
    ids = list(
        dict.fromkeys(EXERCISES[i].variation_of or i for i in ids)
    )  # (the base move: its kit is asked)
    if not 1 <= len(ids) <= 3:
        return None
    if len(ids) == 1 and (
        ids == ["calf_raise"] or any(rx.match(r"no \w+|.*\bno \w+", s) for s in EXERCISES[ids[0]].substitutes)
    ):
        return None  # (one move with its own "No ball?" swap, or calf raises on the flat: their answers)
    lacked = [
        (name, words)
        for name, noun, words in _MISSING
        if _lacks(message, noun) or (name == "stairs" and _STEP_GONE.search(message))
    ]
    if not lacked:
        return None
    parts: list[str] = []
    hit = False
    for ex_id in ids:
        ex = EXERCISES[ex_id]
        need = " ".join(ex.equipment)
        # ("bench step-up": a step of the stairs will do, so no stairs leaves it needing a stand-in too)
        gone = [(n, w) for n, w in lacked if _needs_word(need, w) or (n == "stairs" and ex_id == "step_up")]
        words = tuple(x for _, w in gone for x in w)
        # (the set-up step that needs the missing piece gives way to the stand-in; the rest stay)
        # (r16 zb: "...braced against a wall (an exercise ball also works)": only the aside needs it)
        steps = [rx.sub(r" \([^()]*\balso works?\)", "", x) if words else x for x in ex.steps]
        first_needs = bool(words) and _needs_word(steps[0], words)
        aside_only = bool(words) and _needs_word(ex.steps[0], words) and not first_needs
        steps = steps[1:] if first_needs else steps
        if gone:
            subs = [s for s in ex.substitutes if not _needs_word(s, words)]
            if not subs:
                return None  # (the article has no stand-in for it: that move's own answer)
            hit = True
            how = rx.match(r"no [\w ]{2,20}: (.+)$", subs[0])
            if how is not None:
                # (r16 zb) "no ball: keep your back flat on the wall, slide down...": the whole move done
                # another way, not a thing to use ("so use no ball: ...") nor the ball's steps after it
                parts.append(f"{ex.name}, no {gone[0][0]}: {how.group(1).rstrip('.')}.")
                continue
            if aside_only:
                # (the steps as written need none of it: the chair version of the hamstring push-up)
                said = " ".join(steps)
                parts.append(f"{ex.name}, no {gone[0][0]} needed: {said[:1].lower()}{said[1:]}")
                continue
            stand = rx.sub(r",? no (?:\w+ ){0,2}\w+(?= \(|$)", "", subs[0]).rstrip(".")
            if ex_id == "calf_raise":
                stand += ", or the flat floor (less range, so go one leg at a time sooner)"
            head = f"{ex.name}: no {gone[0][0]}, so use {stand}."
        else:
            head = f"{ex.name}:"
        parts.append(f"{head} {' '.join(steps)}")
    if not hit:
        return None
    first = EXERCISES[ids[0]].name.lower()
    return "\n".join(parts) + f"\nFull card: /exercise {first}", f"exercise:{ids[0]}"


# (r18 td) "I only have a bench, can I do hamstring curls?", "no gym, just dumbbells: leg press ok?": a
# machine move asked about when the kit told is all there is (or no gym): not without its machine, and
# the article's stand-in for it, with how much.
_CAN_DO_MOVE = rx.compile(
    r"\b(?:can|could|should|do|is it ok to|ok to) (?:i|we|you) (?:still |even |just |also )?(?:do|try|use|"
    r"manage|get)\b|\b(?:ok|okay|possible|doable)\b"
)
_MACHINE_STAND_IN = {
    "hamstring_curl": "hamstring_pushup",
    "leg_press": "one_leg_squat",
    "quad_extension": "step_up",
}


def machine_stand_in(message: str, text: str) -> str:
    """The reply to a machine move asked about with no machine to hand: "No: the hamstring curl needs a
    leg-curl machine. Do the hamstring push-up instead..."; else the reply as it was."""
    plain = normalize_name(message).lower()
    if not _CAN_DO_MOVE.search(plain) or not (
        _ONLY.search(plain) or _KIT_ONLY.search(plain) or rx.search(r"\bno gym\b", plain)
    ):
        return text
    named = [m for m, pat in _MACHINE_NAMES.items() if rx.search(rf"\b(?:{pat})\b", plain)]
    if len(named) != 1:
        return text
    kit = _has(rx.sub(rf"\b(?:{_MACHINE_NAMES[named[0]]})\b", " ", plain))  # (the move asked is no kit told)
    if not kit or any(n in ("machines", "a gym") for n, _ in kit):
        return text
    ex, sub = EXERCISES[named[0]], EXERCISES[_MACHINE_STAND_IN[named[0]]]
    have = " and ".join(n for n, _ in kit[:2])
    works = " and ".join(MUSCLES[m].name.lower() for m in ex.primary[:2] if m in MUSCLES)
    return (
        f"No: the {ex.name.lower()} needs {ex.equipment[0]}. With {have}, do the {sub.name.lower()} instead: "
        f"it works the {works} too. {sub.name}: {sub.dose.text()}.\nFull card: /exercise {sub.name.lower()}"
    )
