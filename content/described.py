"""Moves, machines and muscles told by what they look like instead of by name.

A runner who doesn't know a move's name tells it: "stand on the edge of a step, let your heels sink
and go up on tiptoes", "lying on my back pushing my hips to the ceiling", "the machine where you sit
and kick your legs out", "running up the lane over and over". Each thing the article names is
described here as a few *features* (what the feet stand on, which part moves, which way), each a
set of words; a sentence that shows every feature of one thing, in any order and any wording
between them, is about that thing, and the span that told it is replaced by its name. Every rule
after this (retrieval, verdicts, doses) then reads the move asked about, not the words of the
description ("heels" asking about a form cue, "ceiling" about nothing).

This is one layer for every description, not one pattern per wording: a new wording of the same
move meets it when it shows the same features. A sentence that already names the thing is left
alone. Pure: no I/O.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from content import rx

_F = re.IGNORECASE


@dataclass(frozen=True)
class _Thing:
    noun: str  # what the span becomes in a sentence that names a thing ("the calf raise")
    doing: str  # ... after a verb or for a told action ("doing calf raises")
    features: tuple[re.Pattern[str], ...]  # every one must occur in the sentence
    named: re.Pattern[str]  # the sentence already names it (or a neighbour): left alone
    unless: re.Pattern[str] | None = None  # words that make it something else
    extra: tuple[re.Pattern[str], ...] = ()  # more of the telling, taken into the span when next to it
    muscle: bool = False
    said_too: re.Pattern[str] | None = None  # the sentence must say this too, anywhere (not replaced)

    @property
    def verb(self) -> str:
        """After "I", "we", "can I": what the runner does ("do calf raises", "raise the incline")."""
        if self.doing.startswith("doing "):
            return "do " + self.doing.removeprefix("doing ")
        return self.doing.replace("raising ", "raise ", 1)


def _p(pattern: str) -> re.Pattern[str]:
    return rx.compile(pattern, _F)


# Shared features.
_STEP = r"(?:steps?|stairs?|stair ?case|ledge|kerb|curb|edge|platform|block|bottom stair)"
_ON_TOES = _p(
    r"\b(?:on|onto|on to|up on|up onto)(?: (?:my|your|the|their|our))? (?:very )?(?:tip ?toes?|"
    r"tippy ?toes?|tippie ?toes?|"
    r"toes|balls of (?:my|your|the|their|our) feet|the front of (?:my|"
    r"your|the) feet)\b|\btip ?toe\w*|\btippy ?toe\w*"
)
_HEELS_DOWN = _p(
    r"\bheels?\b[^.?!]{0,40}?\b(?:drop\w*|sink\w*|hang\w*|dangl\w*|below|"
    r"lower\w*|down|off the|over the|dip\w*)\b|"
    r"\b(?:drop\w*|sink\w*|lower\w*|let)\b[^.?!]{0,12}\bheels?\b(?: (?:down|"
    r"below)(?: (?:the|a) (?:step|stair|edge))?)?"
)
_ON_STEP = _p(
    rf"\b(?:on|off|of|over|from) (?:the |a |my |your )?(?:very )?(?:edge of (?:the |a |my )?)?{_STEP}\b"
)
_ON_BACK = _p(
    r"\b(?:lying|lie|lay|laying|lies|flat) (?:down )?(?:flat )?(?:on (?:my|"
    r"your|the|their|our) back|on the floor|"
    r"on the ground|on a mat|face up)\b|\bon (?:my|your) back\b"
)
_HIPS_UP = _p(
    r"\b(?:push\w*|lift\w*|rais\w*|thrust\w*|driv\w*|bridg\w*|press\w*|"
    r"squeez\w*)\b[^.?!]{0,25}?\b(?:hips?|bum|butt|"
    r"glutes|pelvis|backside|booty|bottom)\b(?: up(?:wards)?\b)?|"
    r"\b(?:hips?|bum|butt|pelvis|backside|bottom)\b[^.?!]{0,12}?\b(?:up|"
    r"upwards?|to the ceiling|towards? the ceiling|"
    r"in the air|off the (?:floor|ground))\b|"
    r"\bceiling\b"
)
_FEET_ON_SEAT = _p(
    r"\b(?:feet|heels|foot|legs?)\b[^.?!]{0,15}?\b(?:on|onto|up on) (?:a |"
    r"the |my |your )?(?:desk |kitchen |dining )?"
    r"(?:chair|seat|bench|sofa|couch|stool|ball|bed|box)\b"
)
_ONE_FOOT_OFF = _p(
    r"\b(?:take|taking|takes|lift\w*|rais\w*|drop\w*|pick\w*|hold\w*|straighten\w*) (?:one|"
    r"a|1|the other) (?:foot|leg)\b"
    r"(?: (?:off|up|away)(?: (?:the|a) (?:chair|seat|bench|sofa|couch|stool|ball))?)?|"
    r"\b(?:one|a|1) (?:foot|leg) (?:off|up)\b|"
    r"\bon (?:one|a single) (?:foot|leg)\b|\bone[- ](?:leg|foot)(?:ged)?\b"
)
_BACK_ON_WALL = _p(
    r"\b(?:back|bum|butt|shoulders)\b[^.?!]{0,15}?\b(?:on|against|to) (?:a |the )?wall\b|"
    # "a big ball between your back and the wall", "a ball behind me against the wall"
    r"\bbetween (?:my |your |the |their )?(?:lower )?back and (?:a |the )?wall\b|"
    r"\bball\b[^.?!]{0,25}?\b(?:against|on) (?:a |the )?wall\b|"
    r"\b(?:lean\w*|press\w*|rest\w*|stand\w*|sit\w*|slid\w*) (?:back )?(?:on|against|into) (?:a |the )?wall\b"
)
_TOES_UP = _p(
    r"\b(?:lift\w*|rais\w*|pull\w*|point\w*|bring\w*|flex\w*|tap\w*|curl\w*) (?:up )?(?:my |"
    r"your |the |their )?"
    r"(?:toes|feet|front of (?:my|your|the) feet?)\b(?! (?:off|on))(?: up\b)?|"
    r"\btoes (?:up|off the (?:floor|ground))\b"
)
_HEELS_STAY = _p(r"\bheels?\b[^.?!]{0,25}?\b(?:stay\w*|on the (?:floor|ground)|down|planted|stuck)\b")
_SQUAT_DOWN = _p(
    r"\b(?:sit\w*|squat\w*|slid\w*|lower\w*|sink\w*|bend\w*|go\w* down|come down|down and up|invisible chair|"
    r"imaginary chair|chair pose|90 ?(?:degrees|°))\b"
)
_BALL = _p(r"\b(?:ball|swiss ball|gym ball|exercise ball|stability ball)\b")
_RUN_UP = _p(
    r"\b(?:run\w*|ran|sprint\w*|jog\w*|charg\w*|dash\w*|power\w*|blast\w*|"
    r"bound\w*|attack\w*|push\w*|go\w*|went|"
    r"hammer\w*|bomb\w*|trudg\w*|slog\w*) (?:hard |fast |flat out |all out )?up\b"
)
_SLOPE = _p(
    r"\b(?:hills?|slopes?|lanes?|incline|inclines|rises?|banks?|roads?|streets?|driveways?|tracks?|paths?|it|"
    r"bridge|ramp|dune|dunes|climb|steep\w*)\b"
)
_AGAIN = _p(
    r"\b(?:over and over|again and again|repeatedly|and again|a few times|several times|\d+ times|"
    r"(?:five|six|seven|eight|ten) times|reps|repeats|efforts|laps)\b|"
    r"\b(?:jog\w*|walk\w*|trot\w*|stroll\w*|amble\w*|come|coming|float\w*|"
    r"drift\w*|recover\w*) (?:back )?down\b"
)
_TREADMILL = _p(
    r"\b(?:treadmills?|running machines?|(?:moving |rolling |conveyor )belts?|belt (?:thing|machine)s?|"
    r"dreadmills?)\b"
)
_TILT = _p(
    r"\b(?:tilt\w*(?: (?:it|the front|the belt|the platform))?(?: up)?|incline\w*|angle\w*|slope\w*|uphill|"
    r"going up|gradient|grade|raise the front|front up|"
    r"ramp\w*|elevat\w*)\b"
)
_SEATED = _p(r"\b(?:sit|sits|sitting|sat|seated|seat|chair)\b")
_KICK_OUT = _p(
    r"\b(?:kick\w*|straighten\w*|extend\w*|lift\w*|rais\w*|swing\w*|push\w*)\b[^.?!]{0,20}?\b(?:legs?|"
    r"knees|shins|"
    r"feet|lower legs?)\b[^.?!]{0,25}?\b(?:out|straight|up|in front)\b"
)
_PAD = _p(r"\b(?:pad\w*|bar|roller|cushion\w*|machine|weight stack|lever)\b")
_FACE_DOWN = _p(r"\b(?:face ?down|on (?:my|your|the|their) (?:front|stomach|belly|tummy)|prone)\b|\bsit\w*\b")
_CURL = _p(
    r"\b(?:curl\w*|bend\w*|pull\w*|bring\w*|kick\w*|flex\w*)\b[^.?!]{0,25}?\b(?:heels?|"
    r"legs?|feet|knees|lower legs?|"
    r"pad)\b[^.?!]{0,25}?\b(?:bum|butt|backside|glutes|behind|towards? (?:my |your )?(?:bum|butt|backside)|"
    r"towards? (?:me|you|my|your)|under|back|in|up)\b"
)
_PUSH_AWAY = _p(
    r"\b(?:push\w*|press\w*|shov\w*|driv\w*|kick\w*)\b[^.?!]{0,25}?\b(?:platform|"
    r"plate|footplate|sled|sledge|board|"
    r"wall of weight)\b[^.?!]{0,20}?\b(?:away|off|with (?:my|your) (?:feet|legs))\b|"
    r"\b(?:lie|lying|sit\w*|lean\w*) (?:back )?(?:in|on) (?:a|the) (?:seat|"
    r"sled|machine)\b[^.?!]{0,40}?\bpush\w*\b"
)
_HOP = _p(r"\b(?:hop\w*|jump\w*|bound\w*|leap\w*|spring\w*|take off|takes off|taking off|push off)\b")
_SAME_FOOT = _p(
    r"\b(?:land\w*|come down|coming down)\b[^.?!]{0,15}?\b(?:on )?(?:the )?same (?:foot|leg|one)\b|"
    r"\b(?:twice|two hops?|2 hops?) (?:on|off) (?:the same|one|each) (?:foot|leg)\b"
)
_ONTO_BOX = _p(
    r"\b(?:on ?to|onto|up on|up onto|on top of) (?:a |the |my |your )?(?:low |"
    r"small |little |sturdy )?(?:box|step|bench|"
    r"stair|platform|crate|block|kerb|curb)\b"
)
_OVER_LINE = _p(
    r"\b(?:over|across) (?:a |the |some )?(?:chalk |painted |taped |floor |drawn |imaginary |crack in the |)?"
    r"(?:line|mark|crack|tape|stripe|rope|stick)s?\b"
)
# "one foot forward and the back foot on its toes a step behind", "the back leg resting on its toes":
# the split stance of the one-legged squat
_BACK_FOOT = _p(
    r"\b(?:back|rear|other|trailing|behind) (?:foot|leg|toes)\b|"
    r"\b(?:foot|leg|toes)\b[^.?!]{0,30}?\bbehind\b|\ba (?:step|stride|pace) behind\b"
)
_FRONT_FOOT = _p(
    r"\b(?:one|front|a|your|my) (?:foot|leg)(?:['\u2019]?s| is)? (?:out )?(?:forward|in front|ahead)\b|"
    r"\b(?:front|forward) (?:foot|leg|knee)\b"
)
_DROP = _p(
    r"\b(?:drop\w*|lower\w*|sink\w*|bend\w*|dip\w*|squat\w*)(?: (?:right |straight )?down)?\b|"
    r"\b(?:go\w*|come|coming) down\b"
)
# "step forward holding dumbbells, drop down, then step back": the lunge
_STRIDE = _p(
    r"\b(?:step\w*|strid\w*|reach\w*) (?:\w+ )?(?:forward|forwards|out front|ahead)\b|"
    r"\b(?:a |one )?(?:long|big|giant) (?:step|stride)\b"
)
# "step up onto a bench with one foot", "stepping up on a box": the step-up
_STEP_ONTO = _p(
    r"\bstep\w* (?:up )?(?:on ?to|onto|up on|up to) (?:a |the |my |your )?(?:\w+ )?"
    r"(?:bench|box|chair|step|stair|platform|crate|block)\b"
)
_SIDE = _p(r"\b(?:on (?:my|your|one|the|their) side|sideways|side[- ]lying)\b")
_LEG_UP = _p(r"\b(?:lift\w*|rais\w*|swing\w*)\b[^.?!]{0,20}?\b(?:legs?|knees?)\b|\blegs? (?:up|raise|lift)\b")

# Muscles told by where they are or what they do.
_MUSCLE = r"(?:muscles?|ones|bits?|things?)"
_MUSCLES_SIT_ON = _p(
    rf"\b{_MUSCLE} (?:that |which )?(?:you|i|we|u) (?:sit|sits) on\b|\b(?:bum|butt|booty) muscles?\b"
)
_LOWER_LEG_BACK = _p(
    rf"\b{_MUSCLE} (?:at|on|in|down) the back of (?:my|the|your) (?:lower legs?|shins?)\b|"
    rf"\b{_MUSCLE} (?:behind|below|under) (?:my|the|your) knees?\b[^.?!]{{0,20}}\bback\b|"
    r"\bback of (?:my|the|your) lower legs?\b|\bbehind (?:my|the|your) shins?\b"
)
_ROUND_HIP = _p(
    rf"\b(?:small |little |deep |tiny )*{_MUSCLE} (?:deep )?(?:round|around|"
    rf"in|inside|near|at|of) (?:the |my |your )?hip"
    r"(?: joints?|s)?\b|\bhip rotators?\b"
)
_TURN_LEG = _p(
    r"\b(?:turn\w*|rotat\w*|twist\w*|swivel\w*|spin\w*) (?:the |my |your )?(?:legs?|thighs?|knees?|feet)\b"
    r"(?: (?:in and out|out and in|inwards? and outwards?|in or out))?|\bdeep\b"
)

_EX_NAMES = (
    r"calf|calves|raises?|squats?|lunges?|bridges?|push ?-?ups?|step ?-?ups?|hops?|skipping|skips|repeats|"
    r"treadmill|extensions?|curls?|press"
)

_THINGS: tuple[_Thing, ...] = (
    _Thing(
        "the one-legged squat",
        "doing one-legged squats",
        (_BACK_FOOT, _FRONT_FOOT, _DROP),
        _p(r"\b(?:one|single|1)[- ]leg(?:ged)? squats?\b|\bsplit squats?\b|\blunges?\b|\blunging\b"),
        _p(r"\b(?:hop\w*|jump\w*|skip\w*|dumbbells?|step\w* back|walk\w* forward|stride\w* forward)\b"),
        (_BACK_FOOT, _FRONT_FOOT, _DROP, _ON_TOES),
    ),
    _Thing(
        "the lunge",
        "doing lunges",
        (_STRIDE, _DROP),
        _p(r"\blunges?\b|\blunging\b|\bsplit squats?\b|\bstep ?-?ups?\b"),
        _p(
            r"\b(?:hop\w*|jump\w*|skip\w*|bound\w*|run\w*|jog\w*|sprint\w*|hills?|slopes?|downhill|stretch\w*)\b|"
            r"\bstep\w* (?:up )?(?:on ?to|up on)\b"
        ),
        (
            _STRIDE,
            _DROP,
            _p(
                r"\b(?:step\w*|push\w*|come|coming|spring\w*) back\b|\b(?:holding|with) (?:\w+ )?dumbbells?\b"
            ),
        ),
    ),
    _Thing(
        "the bench step-up",
        "doing step-ups",
        (_STEP_ONTO,),
        _p(r"\bstep ?-?ups?\b(?! ?(?:on|onto|to)\b)|\bstepups?\b"),
        _p(r"\b(?:hop\w*|jump\w*|skip\w*|bound\w*|calf|calves|heels?|tip ?toes?|toes)\b"),
        (
            _STEP_ONTO,
            _p(r"\b(?:push\w*|driv\w*|straighten\w*|step\w* (?:back )?down|with one (?:foot|leg))\b"),
        ),
    ),
    _Thing(
        "the calf raise",
        "doing calf raises",
        (_ON_TOES, _p(rf"\b{_STEP}\b|\bheels?\b")),
        _p(r"\bcalf raises?\b|\bcalf raising\b|\btoe raises?\b"),
        _p(
            r"\b(?:back|bum|butt)\b[^.?!]{0,15}\b(?:on|against) (?:a |"
            r"the )?wall\b|\b(?:hop\w*|jump\w*|skip\w*)\b"
        ),
        (_HEELS_DOWN, _ON_STEP, _ON_TOES),
    ),
    _Thing(
        "the calf raise",
        "doing calf raises",
        (_HEELS_DOWN, _ON_STEP),
        _p(r"\bcalf raises?\b|\bcalf raising\b"),
        _p(
            r"\b(?:back|bum|butt)\b[^.?!]{0,15}\b(?:on|against) (?:a |"
            r"the )?wall\b|\b(?:hop\w*|jump\w*|skip\w*)\b"
        ),
        (_HEELS_DOWN, _ON_STEP, _ON_TOES),
    ),
    _Thing(
        "the wall toe raise",
        "doing wall toe raises",
        (_BACK_ON_WALL, _TOES_UP),
        _p(r"\btoe raises?\b"),
    ),
    _Thing(
        "the hamstring push-up",
        "doing hamstring push-ups",
        (_FEET_ON_SEAT, _HIPS_UP),
        _p(r"\bhamstring push ?-?ups?\b|\bhamstring (?:exercise|one|move)\b"),
        None,
        (_ON_BACK, _ONE_FOOT_OFF, _HIPS_UP, _FEET_ON_SEAT),
    ),
    _Thing(
        "the hamstring push-up",
        "doing hamstring push-ups",
        (_FEET_ON_SEAT, _ONE_FOOT_OFF, _p(r"\b(?:lower\w*|slow\w*|hips?|bum|butt|backside|hamstrings?)\b")),
        _p(r"\bhamstring push ?-?ups?\b"),
    ),
    _Thing(
        # "the hamstring exercise with the chair", "that hammy move on the sofa": the kind and the kit
        "the hamstring push-up",
        "doing hamstring push-ups",
        (
            _p(
                r"\b(?:the |that |this )?(?:hamstrings?|hammy|hammies|"
                r"hams) (?:exercise|one|move|thing|drill)\b"
            ),
        ),
        _p(r"\bhamstring push ?-?ups?\b|\bcurl\w*\b|\bmachine\b"),
        # (the kit said anywhere in the sentence, and left as said: "don't own an exercise ball, can I
        # still do the hamstring one")
        said_too=_p(r"\b(?:chair|sofa|couch|bench|stool|ball)\b"),
    ),
    _Thing(
        "the bridge",
        "doing bridges",
        (_ON_BACK, _HIPS_UP),
        _p(r"\bbridges?\b|\bbridging\b|\bhip thrusts?\b"),
        _FEET_ON_SEAT,
        (
            _ON_BACK,
            _HIPS_UP,
            _p(
                r"\b(?:(?:with )?(?:my |your )?(?:feet|knees) (?:flat|"
                r"bent|up)(?: on the (?:floor|ground))?)\b"
            ),
        ),
    ),
    _Thing(
        "the wall squat",
        "doing wall squats",
        (_BACK_ON_WALL, _SQUAT_DOWN),
        _p(r"\bwall squats?\b|\bwall sits?\b"),
        _TOES_UP,
    ),
    _Thing(
        "hill repeats",
        "doing hill repeats",
        (_RUN_UP, _SLOPE, _AGAIN),
        _p(r"\bhill (?:repeats?|reps|sprints?|intervals?|efforts?|sessions?|work|training)\b|\btreadmill\b"),
        _p(r"\b(?:stairs?|steps?|stair ?case|box|bench)\b(?! of)"),
        (_AGAIN, _RUN_UP),
    ),
    _Thing(
        "the treadmill incline",
        "raising the treadmill incline",
        (_TREADMILL, _TILT),
        _p(r"\btreadmills?\b"),
        None,
        (_TILT,),
    ),
    _Thing(
        # "lie on your belly and curl your heels to your bum on the machine"
        "the hamstring curl",
        "doing hamstring curls",
        (_FACE_DOWN, _CURL),
        _p(r"\b(?:hamstring|leg|ham|hammy) curls?\b|\bcurl machine\b"),
        _p(r"\b(?:chair|ball|floor|bicep\w*|arms?)\b"),
    ),
    _Thing(
        "skipping drills",
        "doing skipping drills",
        (_HOP, _SAME_FOOT),
        _p(r"\bskip\w*\b"),
    ),
    _Thing(
        "box hops",
        "doing box hops",
        (_HOP, _ONTO_BOX),
        _p(r"\bbox\b|\bstep hops?\b"),
        _p(r"\b(?:over|across) (?:a |the )?line\b"),
    ),
    _Thing(
        "line hops",
        "doing line hops",
        (_HOP, _OVER_LINE),
        _p(r"\bline hops?\b"),
    ),
    _Thing(
        "the side-lying hip raise",
        "doing side-lying hip raises",
        (_SIDE, _LEG_UP),
        _p(r"\bhip raises?\b|\bside[- ]lying\b|\bleg (?:raises?|lifts?)\b|\bside leg\b"),
    ),
    _Thing("the glutes", "the glutes", (_MUSCLES_SIT_ON,), _p(r"\bglute\w*\b"), muscle=True),
    _Thing("the calves", "the calves", (_LOWER_LEG_BACK,), _p(r"\bcalf\b|\bcalves\b"), muscle=True),
    _Thing(
        "the deep hip muscles",
        "the deep hip muscles",
        (_ROUND_HIP, _TURN_LEG),
        _p(r"\bhip rotators?\b|\bdeep hip muscles\b"),
        extra=(_TURN_LEG,),
        muscle=True,
    ),
)

_SENTENCE = rx.compile(r"(?<=[.?!;\n])")
# "that thing where you", "the one where your", "the machine at the gym where you": the words that
# announce a description go with it.
_LEAD_IN = _p(
    r"\b(?:that|the|this|those|these|a|one of those|one of the) (?:[\w-]+ ){0,3}?(?:thing|"
    r"one|exercise|move|drill|"
    r"machine|stuff|workout|bit|routine|ones|things|exercises|moves|drills|machines)s? (?:\w+ ){0,3}?"
    r"(?:(?:where|when|with|in which|that) (?:you|i|u|we|they|your|my)?\b[^,.?!]{0,40})?$"
)
_VERBISH = _p(
    r"\b(?:had me|have me|has me|started|start|starting|keep|kept|been|"
    r"like|love|hate|tried|try|trying|doing|do|does|"
    r"did|about|by|from|of|for|without|with|enjoy|quit|stop|stopped|avoid|recommend)\s*$"
)
_MAX_SPAN = 170
_NAME_ASKED = _p(
    r"\bwhat(?:['\u2019]?s| is| was| are)? (?:the|that|this|it|those|these) (?:\w+ )?(?:called|named|name)\b|"
    r"\bwhat(?:['\u2019]?s| is| was)? (?:the|that|this) (?:one|thing|exercise|"
    r"move|machine|drill)\b(?! (?:for|do)\b)|"
    r"\bwhat (?:do|would) (?:you|they|people) call\b|\bname (?:of|for)\b|\b(?:called|named)\b"
)
_DETERMINER = _p(r"\b(?:the|those|these|this|that|my|your|a|an|one of those|one of these)\s*$")
# "the calves, the ones that make my stride springy": the telling that follows a muscle's name
_RELATIVE = _p(r",? (?:the ones?|those|which|that|the bits?)\b(?: (?:that|which|you|i))?[^,.?!]{0,70}")


_HYPHENED = rx.compile(r"\b[A-Za-z]+(?:-[A-Za-z]+){2,}\b")
_GAP = 30  # a feature told this close to the span is part of the same telling
_ASK_GAP = rx.compile(r"\?|\s[-\u2013\u2014]\s")
_TOLD = _p(
    r"(?:^|(?<=\s))(?:(?:standing|stand|stood|lying|lie|lay|laying|sitting|"
    r"sit|sat|going|go|getting|get|putting|"
    r"put|with|leaning|lean|rising|rise|raising|raise|pushing|push|coming|"
    r"come|climbing|climb|lifting|lift|tilting|tilt|"
    r"your|my|the|a|on|up|and|then|feet|foot|flat|down|very|just|kind of|sort of) )+$"
)
# "we run up the road over and over", "can I tilt the running machine": the runner does the move
_SUBJECT = _p(r"\b(?:i|we|you|they|u|can i|should i|do i|could i|ill|id|i'll|i'd|to)\s*$")


def _span(thing: _Thing, sent: str) -> tuple[int, int] | None:
    """The shortest stretch of the sentence that shows every feature, widened over the features
    told right next to it (the same telling goes on: "..., then lower slowly on one leg")."""
    hits = [[(m.start(), m.end()) for m in f.finditer(sent)][:6] for f in thing.features]
    if not all(hits):
        return None
    best: tuple[int, int] | None = None
    for first in hits[0]:
        lo, hi = first
        for other in hits[1:]:
            near = min(other, key=lambda h: max(h[1], hi) - min(h[0], lo))
            lo, hi = min(lo, near[0]), max(hi, near[1])
        if best is None or hi - lo < best[1] - best[0]:
            best = (lo, hi)
    if best is None or best[1] - best[0] > _MAX_SPAN:
        return None
    lo, hi = best
    grew = True
    every = [
        h for f in (*thing.features, *thing.extra) for h in ((m.start(), m.end()) for m in f.finditer(sent))
    ]
    while grew:
        grew = False
        for a, b in every:
            # (not over a "?" or a dash: "<move> - how far down?" asks about the move, it tells no more)
            if (
                a < lo
                and lo - b <= _GAP
                and b > 0
                and hi - a <= _MAX_SPAN + 60
                and not _ASK_GAP.search(sent[b:lo])
            ):
                lo, grew = a, True
            if b > hi and a - hi <= _GAP and b - lo <= _MAX_SPAN + 60 and not _ASK_GAP.search(sent[hi:a]):
                hi, grew = b, True
    told = _TOLD.search(sent[:lo].rsplit(",", 1)[-1][-40:]) if lo else None
    if told is not None:
        lo -= len(told.group(0))
    return lo, hi


def name_described(text: str, muscles: bool = False) -> str:
    """``text`` with each move, machine or muscle it describes instead of naming replaced by the
    article's name (in the sentence that tells it). Text that describes nothing comes back as is."""
    if len(text) > 1500:
        return text
    # "the pushing-up-onto-tiptoes-off-a-stair one": a telling hyphenated into one word is read as words
    # (a name's single hyphen, "one-legged", "side-lying", stays)
    given, text = text, _HYPHENED.sub(lambda m: m.group(0).replace("-", " "), text)
    out: list[str] = []
    changed = False
    for sent in _SENTENCE.split(text):
        for thing in _THINGS:
            if muscles and not thing.muscle:
                continue
            if _NAME_ASKED.search(sent):
                break  # ("whats the one where..., what's it called": the name is the answer, told first)
            if thing.named.search(sent) or (thing.unless is not None and thing.unless.search(sent)):
                continue
            if thing.said_too is not None and not thing.said_too.search(sent):
                continue
            span = _span(thing, sent)
            if span is None:
                continue
            lo, hi = span
            before = sent[:lo]
            lead = _LEAD_IN.search(before[-70:])
            if lead is not None:
                lo = len(before) - len(before[-70:]) + lead.start()
                before = sent[:lo]
            word = sent[lo:hi].split(" ", 1)[0].lower()
            gerund = word.endswith("ing") or bool(_VERBISH.search(before))
            name = thing.doing if gerund and not thing.muscle else thing.noun
            if rx.search(r"\b(?:do|does|did|doing)\s*$", before, re.I) and name.startswith("doing "):
                name = name.removeprefix("doing ")
            if _SUBJECT.search(before) and not thing.muscle:
                name = thing.verb
            if _DETERMINER.search(before):
                name = thing.noun.removeprefix("the ")
            if thing.muscle:
                rel = _RELATIVE.match(sent, hi)
                hi = rel.end() if rel else hi
            sent = before + name + sent[hi:]
            changed = True
        out.append(sent)
    return "".join(out) if changed else given
