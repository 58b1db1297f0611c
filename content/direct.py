"""Direct answers to the common yes/no and how-much questions of a topic, yes/no or number first.

Each entry: a topic id, a pattern on the normalised question (lower case, apostrophes dropped) and
the reply's lead. The first entry of the topic whose pattern matches wins; none matching, the
composer (content/compose.py) picks a fact of the topic itself. Written from the article's facts.

Also here: the order of a run and strength work on one day (`order_verdict`) and the runner's week
read from a message (`week_verdict`, `asks_which_day`). The either/or and settled yes/no verdicts
asked before any topic is chosen are in content/verdicts.py; the steers before retrieval in
content/steer.py.
"""

from __future__ import annotations

import re

from content import rx
from content.calendar import DAY_NAMES
from content.exercises import EXERCISES
from content.verdicts import _PICK, GET_READY, _settles, _versus, as_good_lead, versus

# Free weights named in a message ("no gym but I have dumbbells"): their moves stay in a kit-cut list
WEIGHTS_NAMED = rx.compile(r"\b(?:dumbbells?|kettlebells?|weights|barbell)\b")

_DAYS_OUT = r"(?:(?:2|3|4|5|two|three|four|five|couple of|few) days|48 hours|72 hours|(?:the )?week)"
# A test or match the runner trains for, timed like a race ("the week of my police fitness test").
_TEST_EVENT = r"(?:tests?|trials?|tryouts?|assessments?|selection|competition|meet|match|game|event)"
_EVENT_WEEK = (
    rf"\b(?:week of|week before|same week as) (?:the|my|a|our) (?:\w+ ){{0,2}}{_TEST_EVENT}\b|"
    rf"\b(?:test|trial|tryout|assessment|selection|competition) week\b"
)
# "police test in 8 weeks, should I even bother with strength this close?": weeks to go, keep at it.
# (r15 xe) A race close enough that new strength work can't help it: days away, this or next
# weekend, its own week.
_RACE_CLOSE = (
    r"\b(?:race|marathon|half|10k|5k|parkrun|ultra|tri|triathlon) week\b|"
    r"\bweek of (?:the |my |a )?(?:\w+ )?(?:race|marathon|half|10k|5k|ultra)\b|"
    r"\b(?:race|marathon|half|10k|5k|ultra|parkrun)\b(?: \w+){0,3}? (?:is )?(?:next|this) "
    r"(?:weekend|week|saturday|sunday)\b|"
    r"\b(?:2|3|4|5|6|two|three|four|five|six|couple of|few) days (?:before|out|from|away|to go)\b|"
    r"\bin (?:2|3|4|5|6|two|three|four|five|six|a few|a couple of) days\b"
)
# Starting strength work from scratch with a race days away (shared with content/one_ask.py): wait.
START_BEFORE_RACE = (
    "Wait until after: a race that close is no time to start something new, since new exercises "
    "leave you sore while your legs should be freshening up. Start once you've recovered from it: the "
    "off-season or the early weeks of a build-up is the best time to begin (easy moves, twice a week). "
    "The article's one firm rule near a race: no strength work the day before it."
)
_WEEKS_TO_GO = (
    r"\b(?:in|within) (?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|a couple of|"
    r"several) ?(?:weeks?|wks|months?)\b|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve) "
    r"?(?:weeks?|wks|months?) (?:away|to go|out|until|till|from now)\b"
)

# "the warm-up jog: before or after the stretching?": which of the two comes first (the jog).
# When the stretching goes in a session: "stretch before or after?", "when should I stretch?", (r16 zd)
# "at what point in the session do I stretch?", "where does stretching go?", "at the start or the end?"
_STRETCH_WHEN = (
    r"\bstretch\w*\b.*\b(?:before\b.*\bor after|after\b.*\bor before|before\b.*\bafter\b.*\bor both|"
    r"before and after|"
    r"when (?:should|do|to|is|are))\b|^when\b.*\bstretch|"
    r"^(?=.*\bstretch\w*\b)(?!.*\b(?:how (?:long|many|much)|which|what stretch\w*)\b).*\b(?:"
    r"at what (?:point|stage|part)|what point|which point|what part of|which part of|"
    r"where (?:does|do|should|would) (?:\w+ ){0,3}(?:go|fit|come|belong)|"
    r"(?:at )?the (?:start|beginning) or (?:at )?the end|(?:at )?the end or (?:at )?the (?:start|beginning)|"
    r"start or (?:the )?end|end or (?:the )?start|beginning or (?:the )?end)\b"
)
_JOG_OR_STRETCH = (
    r"\b(?:jog\w*|warm ?up)\b.*\b(?:before or after|after or before|first)\b.*\bstretch\w*|"
    r"\bstretch\w*\b.*\b(?:before or after|after or before|first)\b.*\b(?:jog\w*|warm ?up)\b"
)
_JOG_FIRST = (
    "Jog first: a few minutes of light jogging to warm up, then stretch, then the strength work. "
    "Stretch again after it."
)
# "I already do box jumps for basketball, does that carry over to running or do I need something
# different?": yes, and what it doesn't cover (on the plyometrics topic or one of its drills)
_CARRY_OVER = rx.compile(
    r"\b(?:carry over|carries over|carryover|transfer\w*|translate\w*|cross over|something (?:different|"
    r"else|more)|anything (?:different|else|more)|enough for (?:my )?running)\b"
)
CARRY_OVER_TEXT = (
    "Yes, it carries over: jump training builds explosive power (a springier push-off) and works deeper "
    "muscles running needs. It isn't the whole job, though: add targeted strength twice a week (calf "
    "raises, one-legged squats or step-ups, bridges) and some hill running."
)

# A speed or race-time goal with the exercises asked for: the article's picks for speed.
# (r15 yb) Spring, bounce or pop asked for in the stride (never "springtime", the season: content/
# questions.py spells that out), with no pain, no single named drill's how-to and no why.
SPRING_ASK = (
    r"(?!.*\b(?:pain\w*|hurt\w*|injur\w*|sore\w*|how (?:do|should|can) (?:i|you) do|bounc\w* (?:at|"
    r"out of|off) "
    r"the bottom|springtime)\b)"
    r"(?=.*\b(?:spring(?:y|ier|iness)|bounc(?:y|ier|iness)|(?:more|extra|some|any|better|a bit of|a little) "
    r"(?:spring|bounce|pop)|spring in (?:my|your|the|their|his|her) (?:step|stride|legs?|feet))\b)"
    r"(?=.*\b(?:calf|calves|strength|stronger|strong|lift\w*|weights?|squats?|raises?|plyo\w*|jump\w*|"
    r"hops?|exercises?|drills?|legs?|training|gym|what|which|how|tips?|want|wanna|need|weak|fix)\b)"
)
# A race months off (content/direct.py has the weeks-to-go case).
FAR_OFF = (
    r"\b(?:next (?:year|season|springtime|summer|autumn|fall|winter)|later (?:this|in the) (?:year|season)|"
    r"this (?:coming )?(?:summer|autumn|fall|springtime)|in the (?:springtime|summer|autumn|fall|new year)|"
    r"(?:in|within) (?:\d+|a few|a couple of|several|five|six|seven|eight|nine|ten|eleven|twelve) months?|"
    r"(?:\d+|five|six|seven|eight|nine|ten|eleven|twelve) months? (?:away|out|to go|from now|off)|"
    r"(?:months|ages|a long way) (?:away|off|out)|(?:by|for) (?:springtime|(?:the )?summer|"
    r"(?:the )?autumn))\b"
)
# (r15 yb) How often or when to change the routine (not how often to lift).
VARY_WHEN = (
    r"\b(?:how (?:often|frequently|regularly|many weeks)|when|how long|"
    r"every how many)\b (?:\w+ ){0,4}?(?:switch\w*|chang\w*|vary\w*|varying|swap\w*|mix\w*|rotat\w*|shak\w*|"
    r"shuffl\w*|refresh\w*|stick (?:with|to)(?: the same)?|"
    r"keep (?:doing )?the same)\b (?:\w+ ){0,2}?(?:up )?(?:my |the |your |a |to )?"
    r"(?:new )?(?:routine|routines|exercises?|workouts?|programm?e?s?|plan|moves|sessions?|things|it)\b"
)
VARY_WHEN_TEXT = (
    "The article sets no schedule for it: it just says to vary your routine and try new exercises so "
    "it stays fun, hitting a few of the big leg muscle groups every session. A workable habit (ours, not "
    "the article's): keep the core moves, swap one or two every few weeks, and move to a harder version "
    "once 12–15 reps feel easy."
)
# (r16 zc) "what extra does leg strength give me that the miles don't?", "what's leg day gonna do for me
# that mileage can't": what strength work adds over running alone
BEYOND_RUNNING = (
    r"\bwhat(?:s| is| does| do| will| would| can| could)?\b(?: \w+){1,5}? (?:give|gives|add|adds|offer|"
    r"offers|"
    r"bring|brings|do for|doing for|get)\b(?: \w+){0,3}? (?:that|which) (?:my |the |all |all the |just |"
    r"your )?"
    r"(?:running|runs?|miles|mileage|kms?|jogging)\b(?: \w+)? (?:dont|doesnt|cant|wont|isnt|arent|not|"
    r"cannot)\b"
)
BEYOND_RUNNING_TEXT = (
    "Strength: running builds endurance but is an inefficient way to get stronger. Stronger muscles hold "
    "your form and alignment late in a run, "
    "steady your joints (less wear on ligaments and tendons) and, above all, help prevent injuries; they "
    "also use oxygen more efficiently, tire more slowly and can lengthen your stride. Twice a week, 15 to "
    "20 minutes, is enough."
)
RACE_MOVES = (
    r"^(?!.*\b(?:why|how (?:many|much|often|long)|day before|night before|tomorrow|tonight|race week|"
    r"taper\w*|"
    r"days? (?:before|after|out)|week (?:before|of|after)|after (?:the|my|a) (?:race|marathon)|pain\w*|"
    r"hurt\w*|"
    r"injur\w*)\b)"
    r"(?=.*\b(?:marathons?|half|ultras?|10k|5k|races?|parkrun|triathlon|10 miler)\b)"
    r".*\b(?:what|which|best|good|any)\b (?:\w+ ){0,3}(?:exercises?|moves?|leg work|strength work|lifts?)\b"
)
RACE_MOVES_TEXT = (
    "The basics, twice a week on easy days: one-legged squats, step-ups, bridges, hamstring push-ups and "
    "calf raises, 2–3 sets of 12–15, plus hill repeats (5–8 climbs at a 5–10% grade) for strength on the "
    "climbs. Keep it off hard-run days and the day before the race."
)
# (r16 zf) "will plodding more miles make my legs stronger?", "does running longer distances strengthen
# your legs?", "will jogging build leg strength": a yes/no on ordinary running as the strength work. No:
# it builds endurance (hills, the article's resistance training, and lifting words stay out)
# (r19 ti) Why runners skip strength work: the behaviour asked about, not the benefit.
_RUNNERS_SAID = (
    r"(?:so many |most |a lot of |lots of |many |more |some |other |distance |marathon )*"
    r"(?:runners|joggers|people who run)\b"
)
RUNNERS_SKIP = (
    rf"\bwhy (?:(?:do|are|is it|would) {_RUNNERS_SAID}.*\b(?:skip\w*|omit\w*|miss|leave out|avoid\w*|"
    r"ignor\w*|neglect\w*|hate|"
    r"dislike|not do|dont do|never do|not lift|dont lift|shy away|steer clear|stay away|scared|afraid|fear|"
    rf"wary|resist\w*)\b|(?:dont|arent|do not|wont|are not) {_RUNNERS_SAID}.*\b(?:do|lift|train|bother|go|"
    r"like|use|into)\b)"
)
RUNNERS_SKIP_TEXT = (
    "Because many fear it will bulk them up and slow them down, or think running already works their legs "
    "enough. Neither holds: a balanced programme won't slow you, and running builds endurance but is an "
    "inefficient way to get stronger. And yes, skipping it matters: weak or imbalanced muscles are a major "
    "cause of runners' injuries to knees, hips and feet."
)
RUNS_MAKE_STRONG = (
    r"^(?:(?:so|and|but|ok|okay|also|honestly|seriously|genuinely|really) )*"
    r"(?:will|would|does|do|can|could|is|isnt|are|arent|wont|doesnt|dont|cant|am)\b"
    r"(?!.*\b(?:why|how come|hills?|hill repeats|uphill|inclines?|sprints?|lift\w*|weights?|gym|squats?|"
    r"lunges?|strength (?:training|work|workouts?|sessions?)|exercises?|plyo\w*|raises?|bridges?|"
    r"hurt\w*|pain\w*|sore\w*|cross ?train\w*)\b)"
    r"(?=.*\b(?:running|runs?|miles|mileage|plodding|plod|jogging|jogs?|kms?|distance|distances)\b"
    r".*\b(?:(?:make|makes|making|build|builds|give|gives|get|gets|develop|develops|going to|gonna)\b"
    r"(?: \w+){0,5} (?:stronger|strength|strong|leg muscles?)|strengthen\w*)\b)"
)
# The lead both running-as-strength verdicts share (zf's "will miles make me stronger?", wa's "my legs
# are already strong from running, right?")
_RUNS_NOT_STRENGTH = "No: running builds endurance, but it's an inefficient way to build strength."
RUNS_MAKE_STRONG_TEXT = (
    f"{_RUNS_NOT_STRENGTH} Targeted leg work twice a week fills the gap (15 to 20 minutes is enough)."
)
# (r16 wa) "my legs are already strong from all that running, right?", "surely 90k a week has made my legs
# strong enough?": the belief told and checked, answered No with what strength work adds
RUNS_MADE_STRONG = (
    # (a why, "my calves feel fit from running, why train them?", is the reasons' Because)
    r"^(?!.*\b(?:why|how come)\b).*?(?:"
    r"\b(?:legs?|quads|calves|hamstrings|glutes|muscles?)\b (?:\w+ ){0,2}(?:are|is|r|must be|get|got|"
    r"feel)(?: (?:already|plenty|pretty|really|super|quite|surely|probably))? (?:strong|tough|fit)\w*"
    r"(?: enough)? (?:already )?(?:from|with|after|by) (?:\w+ ){0,2}(?:running|runs|miles|mileage|kms?|"
    r"training|the distance)\b|"
    r"\b(?:running|miles|mileage|kms?)\b (?:\w+ ){0,3}(?:has|have|must have|surely|already)(?: \w+){0,2} "
    r"(?:made|built|given) (?:my|me) (?:\w+ )?(?:legs? |muscles? )?(?:strong|stronger|strength)\b)"
)
RUNS_MADE_STRONG_TEXT = (
    f"{_RUNS_NOT_STRENGTH} Targeted leg work makes your legs use oxygen better and tire more slowly, "
    "steadies your joints, and above all helps prevent the overuse injuries that imbalances cause, in 15 "
    "to 20 minutes twice a week."
)
# (r16 zf) "what should my leg sessions focus on?", "what should I focus on in the gym?", "what should I
# prioritise each session?": the article's session rules (several major groups, opposing ones balanced,
# alignment and coordination, form first), not how often to lift. A goal, muscle or injury named is its own.
FOCUS_ASK = (
    r"^(?:(?:so|and|but|ok|okay|also) )*(?:what|whats|wat|wot)\b(?: \w+){0,5} "
    r"(?:focus(?:ed|ing)?|concentrat\w*|prioriti[sz]\w*|emphasi[sz]\w*)(?: on)?\b"
    r"(?!.*\b(?:speed|faster|sprint\w*|injur\w*|knees?|shins?|splints|hips?|glutes?|quads?|hamstrings?|calf|"
    r"calves|hills?|race|marathon|half|10k|5k|ultra|off ?season|winter|taper\w*|pain|hurt\w*|sore|beginner|"
    r"week|month|year|weeks|months)\b)"
)
FOCUS_TEXT = (
    "Work several major muscle groups each session (quads, hamstrings, calves, glutes and hips), keeping "
    "opposing ones in balance: quad work matched by hamstring work. Don't chase size alone: balance moves "
    "and one-legged variations train alignment and coordination, and good form comes before heavier weights."
)
SPRING_YES_NO = (
    r"^(?:(?:so|and|but|ok|okay|also) )*(?:will|would|does|do|can|could|is|are|should|am)\b(?!.*\bwhy\b)"
    + SPRING_ASK
)
# "want springier strides", "my push-off feels weak, what should I do?", "more pop off the ground": a
# goal for the stride told and what to do asked
SPRING_WHAT = (
    r"^(?!(?:will|would|does|do|can|could|is|are|should|why)\b)(?!.*\bwhy\b)"
    r"(?!.*\b(?:can|could|will|would|does|do|is|should) (?:\w+ ){0,3}(?:fix|help|make|give|improve|"
    r"lengthen)\b)"
    # (r16 zc) "tryna get more pop off the line, are box jumps a thing?": a yes/no asked of a move
    # named after the goal is that move's verdict, not the list of what to do
    r"(?!.*\b(?:is|are|do|does|should|would|will) (?!i\b|we\b|you\b)(?:\w+ ){0,2}?"
    r"(?:box (?:jumps?|hops?)|line hops?|skipping|jump squats?|squats?|lunges?|calf raises?|bridges?|"
    r"step ups?|leg press|hill (?:reps|repeats|sprints))\b)"
    r"(?=.*\b(?:spring(?:y|ier|iness)|spring in (?:my|your) (?:step|stride)|more spring|"
    r"springs? (?:me |you )?off|bounc\w*|pop|push ?off|toe ?off|strides?|explosiv\w*)\b)"
    r"(?=.*\b(?:what|which|how (?:do|can|would|should) i|want|wanna|need|tips?|ideas?|exercises?|moves?|"
    r"drills?|fix|improve|build|more)\b)"
)
# (r16 wc) Speed said in slang ("them quick legs", "snappier turnover", "track season") and the ask said
# as "what's the move": read by content/steer.py's speed steer and the speed picks below.
SPEED_LEGS_SAID = (
    r"(?:quick|fast|faster|quicker|speedy|snappy|snappier|zippy|explosive|springy|bouncy) "
    r"(?:legs|feet|turnover)|leg speed|foot speed|turnover|track season|more pop"
)
SPEED_ASK_SAID = (
    r"whats the (?:move|play|plan|best way|go to|trick|secret)|how (?:do|can|should) i (?:get|build)"
)
# ((r17 ua) "what should I focus on for speed?": what to put first, asked as "focus on" or "work on")
SPEED_WHAT_SAID = (
    r"what (?:should|do|can|could) i (?:do|add|try|focus on|work on|prioriti[sz]e|train)|"
    r"what to (?:do|focus on|work on)"
)
# ("tryna get faster up hills, whats the move": the hill climb asked about, its own card)
SPEED_NOT_HILLS = r"(?!.*\b(?:up ?hills?|uphill|climbs?|climbing)\b.*\b(?:" + SPEED_ASK_SAID + r")\b)"
SPEED_PICKS = (
    "For speed, the article's picks: plyometrics for explosive power (line hops, then box hops onto a "
    "low "
    "step, then skipping), hill repeats (5–8 climbs at a 5–10% grade) and one-legged moves like the "
    "one-legged squat and step-up, twice a week. Stronger legs tire more slowly and lengthen your "
    "stride."
)
# "want a sub-20 parkrun, which leg exercises?": a time goal, the moves asked, no day or week asked about
_GOAL_MOVES = (
    r"^(?!.*\b(?:why|when|day|days|tomorrow|tonight|week|weeks|before|after|taper\w*)\b)"
    r"(?=.*\b(?:sub ?\d+|under \d+|break(?:ing)? \d+|goal time|target time|pb|pbs|pr|prs|personal best)\b)"
    r".*\b(?:what|which|best|good|top|any)\b (?:\w+ ){0,3}(?:exercises?|moves?|workouts?|drills?|lifts?)\b"
)

# The last reps of a set asked to be hard ("should the last few reps feel properly hard?", "meant to
# struggle by the end of a set?"): the article's load tires you by the 12th to 15th rep.
_LAST_REPS_HARD = (
    r"\b(?:(?:last|final|end) (?:few |couple (?:of )?|2 |3 )?reps?|end of (?:a |the |each )?set|by rep \d+)\b"
    r".*\b(?:hard|tough|difficult|struggle|struggling|burn\w*|challenging|heavy|a fight|grind\w*)\b|"
    r"\b(?:hard|tough|difficult|struggle|struggling|challenging)\b.*\b(?:(?:last|final) (?:few |couple "
    r"(?:of )?)?"
    r"reps?|end of (?:a |the |each )?set)\b"
)
# A spell without running that isn't the weather ("travelling 2 weeks with nowhere to run", "on holiday
# with no running, worth doing legs?"), said about strength work.
NO_RUNNING_SPELL = (
    r"^(?!.*\b(?:pain\w*|hurt\w*|injur\w*|sore\w*|race|tomorrow)\b)"
    r"(?=.*\b(?:strength|lift\w*|legs|leg day|leg work|gym|squats?|weights|train\w*|stronger|instead)\b)"
    r".*\b(?:(?:nowhere|no ?where|no chance|no way|no place) to (?:go )?run|cant (?:go )?run|cannot run|"
    r"unable to run|not able to run|no running|(?:travel\w*|trip|holiday|vacation|away) (?:\w+ ){0,6}"
    r"(?:no|without) (?:\w+ )?(?:runs?|running))\b"
)
# What such a spell is good for (also situation.py's reply when the spell is told beside the ask).
SPELL_WITHOUT_RUNNING = (
    "a spell when you can't run is a good one for strength work (the article calls it great when the "
    "weather limits your running, and this is the same kind of gap). Two or three 15–20-minute leg "
    "sessions a week keep your legs working: bodyweight moves need no kit (calf raises, one-legged squats, "
    "step-ups, bridges: 2–3 sets of 12–15), and a treadmill on a 5–10% incline can stand in for hills."
)
# "when should I start / begin / add it?", "when in the season do I begin?": when to start, asked.
START_WHEN = (
    r"\bwhen (?:in (?:the|my) (?:\w+ )?(?:year|season|cycle|plan) )?(?:should|do|can|would|to) (?:i )?"
    r"(?:start|begin|add|introduce|take up)\b"
)
# A why or a mechanism asked ("why would…", "how come…", "what makes…"), anywhere in the ask.
_WHY_ASKED = r"^(?=.*\b(?:why|how come|in what way|mechanism|pathway|explain|what makes)\b)"
LONGER_STRIDE_TEXT = (
    "Build leg strength: lunges, step-ups and one-legged squats, 2–3 sets of 12–15, plus plyometrics (line "
    "hops, box hops, skipping), twice a week. Stronger legs drive a longer stride, which lets you run "
    "faster over distance."
)
# "do I need strength work if I run?" and "do I need anything besides my running?": one yes
NEED_BEYOND_RUNS_TEXT = (
    "Yes: running builds endurance, but it's an inefficient way to build strength, and stronger legs "
    "tire more slowly and help head off injuries. Twice a week, 15 to 20 minutes, is enough."
)
# (r17 ue) "machines vs free weights, ... which should a beginner start with?": the pick, not the difference
_BEGINNER_PICK = (
    # (a pick asked: "should beginners start on machines?" keeps its own "Yes, start simple")
    r"^(?=.*\b(?:which|what|or|vs|versus)\b).*"
    r"\b(?:beginners?|newbies?|novices?|new to (?:lifting|the gym|weights|strength)|never lifted|"
    r"(?:which|what) (?:\w+ )?(?:start|begin) (?:with|on)|(?:start|begin) (?:with|on) which)\b"
)
BEGINNER_KIT_TEXT = (
    "Start on the machines: they isolate one muscle group and make good form and a full range of motion "
    "easier. Add free weights as you settle in: they build overall strength "
    "and the balance and alignment running needs."
)
# (r17 ua) rest days in a week, not the monthly week off strength work that shares "rest" and "week"
_REST_DAYS = r".*\b(?:(?:rest|off|recovery) days?|days? off)\b(?: (?:a|per|each|every|in a) (?:week|wk))?"
_REST_DAYS_HOW_MANY = r"^(?=.*\bhow many\b)(?:" + _REST_DAYS + ")"
_REST_DAYS_TEXT = (
    "One full rest day a week is a sensible minimum (take more if you're worn out); the "
    "article doesn't set rest days. What it does set: strength work twice a week, sometimes three "
    "times, never on a hard-run day or the day before a race, and a week off strength work once a "
    "month."
)
_LONGER_STRIDE_HOW = (
    r"^(?=.*\b(?:how|what|which|ways?|tips?|best)\b)"
    r"(?!.*\b(?:will|would|does|do|can|could|should) "
    r"(?:strength|lifting|it|that|squats|weights|lunges)\b)"
    r".*\b(?:lengthen\w*|longer|increase|extend|open up|bigger)"
    r"(?: (?:\w+ )?strides?| (?:\w+ )?stride length)\b"
)
_RUN_FIRST_TEXT = "After: run first, then the strength workout."  # (before or after a run: two entries)
# Legs kept busy all day by a job or a habit ("a postie, 15k steps a day", "on my feet all shift", "I farm
# sheep", "cycle to work"): told, they still build endurance rather than strength.
BUSY_LEGS_TOLD = rx.compile(
    r"\b(?:walk\w*|stand\w*|on (?:my|our) feet|feet all|shifts?|farm\w*|graft|labou?r\w*|manual|"
    r"physical (?:job|work)|active job|hik\w*|cycl\w*|commut\w*|steps|carry\w*|haul\w*|postie|"
    r"postman|nurs\w*)\b"
)
BUSY_LEGS_BODY = (
    "walking, standing and physical work keep your legs busy, but like running they build endurance "
    "rather than strength. Only targeted work against a resistance that tires you by 12–15 reps makes the "
    "muscles stronger (and helps head off injuries). Twice a week, 15 to 20 minutes on your lighter days, "
    "is enough."
)
STILL_NEED_TEXT = (
    f"You still need it: {BUSY_LEGS_BODY}"  # ("do I still need it?"; "is there any point?": "Yes: ")
)


_DIRECT: tuple[tuple[str, str, str], ...] = (
    (
        # (r18 tc) "what should i do for legs?", "wat can i do for my legs", "what do i do for leg day": the
        # moves, not how many a session holds
        "rule:routine",
        r"^(?!.*\bhow (?:long|many|much|often)\b)(?:.*\b)?what (?:should|can|could|do) (?:i|we) "
        r"(?:actually |even )?do (?:for|on|with) (?:my |the |a |our )?"
        r"(?:legs?|leg day|leg strength|leg sessions?|leg workouts?)\b",
        "Cover the main leg muscles with a handful of moves: calf raises, one-legged squats, hamstring "
        "push-ups, step-ups and bridges, 2–3 sets of 12–15 (the bridge held 30 s), twice a week on easy "
        "days.",
    ),
    # (r18 td) "how many rest days a week should I take?", landing on how often to lift or on the week off
    ("rule:frequency", _REST_DAYS_HOW_MANY, _REST_DAYS_TEXT),
    ("rule:recovery_week", _REST_DAYS_HOW_MANY, _REST_DAYS_TEXT),
    ("rule:free_weights", _BEGINNER_PICK, BEGINNER_KIT_TEXT),
    ("rule:machines", _BEGINNER_PICK, BEGINNER_KIT_TEXT),
    # (r16 zf) "what should my leg sessions focus on?": the session's rules, whichever of these the ask
    # lands on (first: the frequency catch-all would answer how often)
    *(
        (t, FOCUS_ASK, FOCUS_TEXT)
        for t in (
            "rule:frequency",
            "rule:variety_fun",
            "rule:routine",
            "rule:warm_up",
            "rule:off_season",
            "rule:race_day",
        )
    ),
    (
        # "extra reps or clean reps?", "more weight or better form?": the clean ones, always
        "rule:form_first",
        r"\b(?:more|extra|higher|max|maximum|most)(?: \w+)? (?:reps|weight|load)\b.*\b(?:or|vs|versus|"
        r"over)\b|"
        r"\b(?:or|vs|versus|over)\b.*\b(?:more|extra|higher|max|maximum|most)(?: \w+)? (?:reps|weight|"
        r"load)\b|"
        r"\bquantity\b",
        "Clean reps: never sacrifice form to lift a heavier weight or squeeze out a few more reps. Hold good "
        "form and alignment through every rep, and stop the set when it slips.",
    ),
    ("rule:race_day", _GOAL_MOVES, SPEED_PICKS),
    ("rule:time_needed", _GOAL_MOVES, SPEED_PICKS),
    (
        # "should I be doing single-leg stuff?", "do I need one-legged work?": yes, where you can.
        "rule:one_legged",
        r"^(?:should|do|does|is|are|would|will|must|can|could)\b(?!.*\b(?:or|vs|versus|instead|than|how "
        r"many|which)\b)|\b(?:worth|need|bother)\b(?!.*\b(?:or|vs|versus|than)\b)",
        "Yes, where you can: one-legged moves copy running, where each leg works on its own, work each leg "
        "harder than the two-legged version so you build more strength, and bring up a weaker, "
        "non-dominant leg. One-legged squats, step-ups and single-leg calf raises, 2–3 sets of 12–15 "
        "each leg.",
    ),
    (
        # "is a 30 minute leg session too much?": a session of up to about 40 minutes is not extreme.
        "rule:comfortable_load",
        r"^(?!.*\b(?:[4-9]\d|1\d\d) ?(?:min|mins|minutes)\b)(?!.*\bhours?\b)"
        r".*\b(?:[1-3]\d|40|half an hour) ?(?:min|mins|minutes)?\b.*\b(?:too much|overkill|too long)\b",
        "No, that's fine: a worthwhile session takes as little as 15 to 20 minutes, so a bit longer is no "
        "problem with weights you're comfortable with and good form. Keep it off hard-run days.",
    ),
    (
        "rule:comfortable_load",
        r"\bhow (?:do|can|would|will) (?:i|you) (?:know|tell)\b",
        "Signs you're overdoing it: legs still heavy or sore on your runs, runs getting slower, or "
        "soreness lasting more than a couple of days (general signs; the article just warns against "
        "extremes). Then cut back to two 15–20 minute sessions a week with comfortable weights, and take "
        "the monthly week off.",
    ),
    (
        # "2 hour leg sessions, is that overkill?": an hour or more is past the article's 15-20 minutes
        "rule:comfortable_load",
        r"^(?=.*\b(?:hours?|hrs?|[4-9]\d ?(?:min|mins|minutes)|1\d\d ?(?:min|mins|minutes))\b)"
        r".*\b(?:too much|overdo\w*|overkill|too long)\b",
        "Yes, probably: a worthwhile session can take as little as 15 to 20 minutes, and the article warns "
        "against going to extremes: use weights you're comfortable with. Keep lifting off hard-run days "
        "and take a week off strength work each month.",
    ),
    (
        "rule:comfortable_load",
        r"\b(?:too much|overdo\w*|overkill|too long)\b",
        "Not if you keep it sensible: a worthwhile session can take as little as 15 to 20 minutes, and the "
        "article warns against going to extremes: use weights you're comfortable with. If your legs stay "
        "sore for days or your runs suffer, it's too much: cut back. Keep lifting off hard-run days and "
        "take a week off strength work each month.",
    ),
    # timing
    (
        "rule:race_day",
        rf"^(?=.*(?:{_WEEKS_TO_GO}))(?!.*\b(?:day before|night before|tomorrow|bother\w*|worth\w*)\b)"
        r".*\b(?:stop|drop|quit|pause|cut (?:out|back)|give up|ditch)\b",
        "Don't stop, keep it up: there's time for strength work to help, since stronger legs tire more "
        "slowly and hold your form. Twice a week, off your hard-run days; keep the final week light and "
        "familiar, nothing new or heavier, and skip it the day before the race so you start fresh.",
    ),
    (
        "rule:race_day",
        rf"^(?=.*(?:{_WEEKS_TO_GO}))(?!.*\b(?:day before|night before|tomorrow)\b)"
        r".*\b(?:bother\w*|worth\w*|keep|still|continue|carry on|close)\b",
        "Yes, keep it up: there's time for strength work to help, since stronger legs tire more slowly and "
        "hold your form. Twice a week, off your hard-run days; keep the final week light and familiar, "
        "nothing new or heavier, and skip it the day before the race so you start fresh.",
    ),
    (
        # (r15 xe) starting strength work for the first time days before a race ("good time to start
        # squats 3 days before my 10k?"): new work leaves you sore; the article's time to start is the
        # off-season or a build-up, not race week.
        "rule:race_day",
        r"^(?=.*\b(?:start\w*|begin\w*|take up|pick up|new to|first (?:ever|time)|never (?:done|lifted|"
        r"did))\b)"
        r"(?!.*\bstart (?:the race )?fresh\b)"
        rf"(?=.*(?:\b{_DAYS_OUT} (?:before|out|from|away|to go)\b|\bin (?:2|3|4|5|6|two|three|four|five|six|"
        rf"a few|"
        r"a couple of) days\b|\b(?:race|marathon|taper) week\b|\bthis (?:week(?:end)?|saturday|sunday)\b))",
        START_BEFORE_RACE,
    ),
    (
        "rule:race_day",
        r"^(?=.*\b(?:heavy|heavier|max|maxes|pb|pr|hard|new)\b)"
        r"(?:.*\b(?:race|marathon|taper) week\b|.*\bweek of (?:the|my|a) (?:race|marathon)\b|"
        rf".*(?:{_EVENT_WEEK}))",
        "No: in race week keep it light and familiar, nothing heavier or new, and skip strength work the "
        "day before the race so you start fresh.",
    ),
    (
        "rule:race_day",
        rf"\b(?:race|marathon|taper) week\b|\bweek of (?:the|my|a) (?:race|marathon)\b|{_EVENT_WEEK}",
        "Yes: keep it light and familiar (nothing new or heavier), and skip strength work the day before "
        "the race so you start fresh.",
    ),
    (
        "rule:race_day",
        rf"\b{_DAYS_OUT} (?:before|out|from)\b|\bin (?:2|3|4|5|two|three|four|five|a few|a couple of) days\b",
        # (r17 ve) what's fine said first: "...the day before? What about two days before?" kept only
        # this, and a repeat of "skip the day before" was cut
        "Yes, that's fine: two or more days out is OK, kept light and familiar; only the day before a race "
        "is the one to skip, so you start fresh.",
    ),
    (
        # "the morning of my race", "on race day itself": the race is that day's hard run.
        "rule:race_day",
        r"\b(?:morning|"
        r"day|afternoon|evening) of (?:the |my |a |your )?(?:race|marathon|half|10k|5k|parkrun)\b|"
        # ((r18 tc) "legs on race day morning ok?", "squats on race day?": the day itself, not its run-up)
        r"\brace day itself\b|\bsame day as (?:the |my |a )?(?:race|marathon|half|10k|5k|parkrun)\b|"
        # (the shorthand has made "race day" plain "race": "squats on race?")
        r"\b(?:on|that) race(?: ?day)?\b(?! (?:week|prep|pace|weeks?|training|season|plan))|"
        r"\brace(?: ?day)? (?:morning|afternoon|evening)\b",
        "No: not on race day itself. The race is that day's hard run, and the article keeps strength work "
        "off hard-run days and the day before a race, so you start fresh.",
    ),
    (
        "rule:race_day",
        r"\b(?:day before|night before|eve|(?:24|twenty four) hours (?:before|"
        r"out)|a day before)\b|\b(?:race|marathon|half|10k|5k|parkrun) (?:is )?tomorrow\b",
        "No: skip strength work the day before a race; your body needs that time to recover so you "
        "start fresh.",
    ),
    (
        "rule:race_day",
        # "when should my last leg session be": the last session before it, not "my race was last week".
        r"\b(?:last|"
        r"final) (?:\w+ )?(?:session|workout|lift|leg day|gym|strength|one|time)\b|\blatest\b|^when\b",
        "Not the day before the race: make your last leg session two or more days out (for a Saturday race, "
        "Thursday at the latest), and keep it familiar, nothing new.",
    ),
    (
        # Only when the question says something about timing around the race ("lifting before a 10k"),
        # not "plyo for an ultra runner" or "help me recover between races".
        "rule:race_day",
        # ("leg day", "gym day" name a session, not a day near the race: "is leg day even a thing?")
        r"\b(?:before|(?<!leg )(?<!legs )(?<!gym )day|days|week|tomorrow|tmrw|eve|night|taper\w*|when|"
        r"close to|leading up|ahead of|build ?up|race day)\b",
        "Skip strength work the day before a race; two or more days out is fine.",
    ),
    (
        # (r18 tc) "shud i do leg day b4 or aftr my run": the order on a day with a run (an easy one), not
        # the day before or after it
        "rule:hard_run_day",
        r"^(?!.*\b(?:(?<!leg )day|night|morning|evening) (?:before|after)\b)"
        r"(?!.*\b(?:long|tempo|hard|intervals?|race|speed|track|hill|hills|threshold|fartlek)\b)"
        r"(?=.*\b(?:run|runs|running|jog\w*)\b).*\b(?:before or after|after or before)\b",
        _RUN_FIRST_TEXT,
    ),
    (
        # "the day after my long run or the day before?": either; only the same day is out.
        "rule:hard_run_day",
        r"\bday after\b.*\bor\b.*\bbefore\b|\bday before\b.*\bor\b.*\bafter\b",
        "Either works: the article only rules out the same day as a hard run (and the day before a race). "
        "The day after suits if your legs have recovered; the day before is fine if it doesn't leave them "
        "heavy for the run.",
    ),
    (
        "rule:hard_run_day",
        # ("the evening before my track session? not racing": the not-a-race says it's no race)
        r"^(?!.*(?<!not )(?<!no )(?<!not a )\b(?:race|racing|parkrun|marathon|half|10k|5k)\b)"
        # (r16 wd) "how long should I wait after leg day before intervals?": "leg day before" is no eve
        r"(?!.*\bhow (?:long|many|much)\b).*\b(?<!leg )(?:day|night|evening|eve) before\b",
        "Yes: the article only rules out the same day as a hard run (and the day before a race). If your "
        "legs feel heavy on the hard run, keep that session light or move it a day earlier (general "
        "advice).",
    ),
    (
        "rule:hard_run_day",
        r"\bhow long\b.*\b(?:wait|after)\b|\bhow (?:many|much) (?:days?|hours|time)\b.*\b(?:after|between)\b",
        "At least a day: the article sets no gap beyond keeping strength work off the same day as a hard "
        "run (and the day before a race), so the next day is fine once your legs feel recovered (general "
        "advice).",
    ),
    (
        "rule:hard_run_day",
        # ("the morning after my long run", "the following morning": the next day, not the same one)
        # ((r18 tc) "hill reps then leg day after, fine?": leg day after the run, the same day)
        r"\b(?<!leg )(?:day|morning) after\b|\b(?:next|following) (?:day|morning)\b",
        "Yes, if your legs have recovered: the rule is not on the same day as a hard run (and not the day "
        "before a race). The easy day after a hard run (a tempo, intervals or a long run) suits it; if you "
        "run that day too, run first.",
    ),
    (
        # "leg day tmrw but I've got a tempo too, bad idea to double up?": both on one day.
        "rule:hard_run_day",
        r"^(?!.*\b(?:race|racing|parkrun|marathon|half|10k|5k)\b)(?=.*\b(?:tomorrow|tmrw|today|tonight)\b)"
        r".*\b(?:double up|doubling up|both|same day|together|as well|too|also)\b",
        "No: that puts strength work on the same day as a hard run, which the article rules out. Move leg "
        "day to an easy day (the day after the hard run, if your legs have recovered).",
    ),
    (
        "rule:hard_run_day",
        r"^(?!.*\b(?:race|racing|parkrun|marathon|half|10k|5k)\b).*\b(?:tomorrow|tmrw|next day|yesterday)\b",
        "Yes: the article's rule is only that strength work and a hard run don't share a day. If your legs "
        "are still heavy, take the hard run a little easier (general advice, not the article's).",
    ),
    (
        "rule:hard_run_day",
        r"\b(?:easy|recovery|gentle|slow) (?:run|jog|day)\b",
        "Yes: an easy day is the right one for it. Run first, then the strength work; just keep it off "
        "hard-run days.",
    ),
    (
        # "legs wrecked from yesterday's long run, can I still squat today?": another day.
        "rule:hard_run_day",
        r"^(?!.*\b(?:race|racing|parkrun|marathon|half|10k|5k)\b).*\b(?:yesterday\w*|last night\w*)\b",
        "Yes, if your legs have recovered: the article's rule is only that strength work and a hard run "
        "don't share a day. If they're still heavy, keep today's session light or give it another day.",
    ),
    (
        "rule:hard_run_day",
        # The strength work and the hard run said close together (not "leg day every Monday and long
        # run Sunday", two days; direct() skips a match that spans a weekday).
        # ("my legs are sore after a long run" is the body part, not leg day)
        r"(?:\b(?:legs(?! (?:are|feel|felt|get|got|were|is|ache|hurt|still|always|so))|leg ?day|lift\w*|"
        r"strength|squats?|lunges?|weights|gym|both|leg workout|leg session|"
        r"same day)\b (?:\w+ ){0,6}?|\bon (?:my|a|the|your) (?:\w+ )?)"
        r"(?:tempo|intervals?|interval day|long run|speed ?work|fartlek|threshold|track|"
        r"hard run|hard day|race pace|workout day|hill (?:reps|repeats|sprints|session))\b|"
        r"\b(?:tempo|intervals?|interval day|long run|speed ?work|fartlek|threshold|track|hard run|"
        r"hill (?:reps|repeats|sprints|session))\b (?:\w+ ){0,6}?(?:legs|leg ?day|lift\w*|strength|squats?|"
        r"lunges?|weights|gym|leg workout|leg session)\b",
        "No: not on a hard-run day. Don't pair strength work with intervals, a tempo or a long run; "
        "put it on an easy day.",
    ),
    (
        # "and on interval days?", "what about tempo days?": a hard-run day, however it's said
        "rule:hard_run_day",
        r"^(?!.*\b(?:day (?:before|after)|easy|recovery|rest)\b)(?:.*\b(?:on|for|about|and) )?(?:my |the "
        r"|those |a )?"
        r"(?:interval|intervals|tempo|long run|speed ?work|speed|track|hard|workout|quality|hill "
        r"reps?|threshold|"
        r"fartlek) (?:run |session |workout )?days?\b",
        "No: not on a hard-run day. Don't pair strength work with intervals, a tempo or a long run; "
        "put it on an easy day.",
    ),
    (
        "rule:hard_run_day",
        r"^(?!.*\b(?:first|then|morning|evening|before|after)\b).*\b(?:same day|together|also|and)\b",
        "Yes, if it's an easy run: run first, then the strength work. Not on a hard-run day "
        "(intervals, a tempo or a long run).",
    ),
    (
        # "can I strength train twice in one day?": no need.
        "rule:frequency",
        # (r17 ue: "if I'm running twice a day" is the runs, not the lifting)
        r"(?<!running )(?<!run )(?<!runs )(?<!jogging )(?<!training )\b(?:twice|two sessions|2 sessions|"
        r"two times|2x) (?:in )?(?:one|a|the same|per) day\b|(?<!running )(?<!run )\btwice daily\b",
        "No need: one session a day covers it. The article's dose is two or three sessions a week, with "
        "rest days between, because your muscles get stronger in the recovery.",
    ),
    (
        "rule:frequency",
        # ("lifting for six weeks", "5 days before my race": not how often)
        # (r16 wc: "everyday" as one word: daily too)
        r"\b(?:every day|everyday|daily|each day|six (?:times|x|sessions)|6 times|5 times|"
        r"five times|4 times|"
        r"four times|(?:4|5|6|7|four|five|six|seven) days)\b"
        r"(?! (?:ago|before|after|out|off|until|till|to go|left|in a row|straight|of))",
        "No need: twice a week is the usual, three at most. Your muscles get stronger in the rest between.",
    ),
    (
        # (r15 xe) "is the week of my first marathon a good time to start?": not with the race that close
        "rule:off_season",
        rf"^(?=.*(?:{_RACE_CLOSE}))"
        r"(?=.*\b(?:start\w*|begin\w*|take up|pick up|new to|first (?:ever|time)|"
        r"never (?:done|lifted|did))\b)",
        START_BEFORE_RACE,
    ),
    (
        # "Ironman base phase, good time to start strength?", "when should I begin lifting?": now
        "rule:off_season",
        r"\b(?:good|right|best|ideal|smart|sensible|ok|okay) (?:time|moment|point|phase|period|stage) "
        r"(?:of (?:the )?(?:year|season) )?(?:to|for) (?:start|begin|add|introduce|get into|pick up|"
        r"take up)\b|" + START_WHEN,
        "Yes: a base phase or the off-season is an ideal time to start; the article calls the off-season "
        "great for strength work, and easier running weeks give your legs room to adapt before the hard "
        "sessions come. Begin with two short sessions a week (15 to 20 minutes) on easy days, and keep "
        "them going all year.",
    ),
    (
        "rule:off_season",
        # A spell without running that isn't the weather ("travelling 2 weeks with nowhere to run",
        # "work trip, can't run"): the same verdict, with what needs no kit.
        NO_RUNNING_SPELL,
        f"Yes: {SPELL_WITHOUT_RUNNING}",
    ),
    (
        "rule:off_season",
        # ...said about strength work ("is rain a good reason to skip my run?" is not).
        r"^(?=.*\b(?:strength|lift\w*|legs|leg day|leg work|gym|squats?|weights|train\w*|stronger|focus|"
        r"(?:what|how) (?:should|can|do) i do|instead)\b)"
        r".*\b(?:off ?season|season|winter|summer|weather|time of (?:the )?year|ice|icy|snow\w*|rain\w*|"
        r"cold|dark|pouring|chucking it down|tipping it down|bucketing(?: it)? down|pissing (?:it )?down|"
        r"lashing(?: it)? down|downpours?|storms?|stormy|monsoon|flood\w*|sleet\w*|blizzards?|heat ?wave)\b",
        "Yes: strength training is great for the off-season and for spells when the weather limits your "
        "running. Keep to two or three sessions a week; a treadmill on an incline can stand in for hills.",
    ),
    # plyometrics: what the question asks of it, not the definition every time
    (
        "rule:plyometrics",
        r"\b(?:after that|next|progress\w*|harder|then what|move on|level up)\b",
        "Progress from line hops, to hopping forward onto a low box or step (switching legs), to "
        "skipping drills.",
    ),
    (
        "rule:plyometrics",
        r"\b(?:alternatives?|instead|quiet|neighbou?rs?|downstairs|cant jump|no jumping|without jumping)\b",
        # (r18 tb) the runner's limit first: the quiet moves, then where the jumping can go
        "Quiet moves do the strength work indoors: calf raises, one-legged squats, step-ups and the bridge. "
        "For power, take the hops outside (line hops, skipping) or run hill repeats.",
    ),
    (
        # "how close to a race can I do plyometrics?": like other strength work around a race.
        "rule:plyometrics",
        r"^(?=.*\b(?:close to|how close|before|race week|week of|"
        r"days? (?:before|out)|tomorrow|taper\w*|near)\b)"
        r".*\b(?:race|racing|marathon|half|10k|5k|parkrun)\b",
        "Treat them like other strength work: not the day before a race, and keep race week light and "
        "familiar (no new or harder drills), so your legs are fresh on the day.",
    ),
    (
        # "can I do plyos on my rest day?": better not, the verdict first
        "rule:plyometrics",
        r"^(?:can|could|should|is it|are|do|would)\b.*\b(?:rest day|day off|off day)\b",
        "Better not: plyometrics are strength work, so count them as one of your 2–3 sessions a week, on "
        "easy-run days, not hard-run days; a rest day is better left for rest (the article gives no more "
        "detail).",
    ),
    (
        "rule:plyometrics",
        r"\b(?:rest day|day off|too much|every day|same day|how often|times a week)\b",
        "Plyometrics are strength work, so count them as one of your 2–3 sessions a week and keep them "
        "off hard-run days; a rest day is better left for rest (the article gives no more detail).",
    ),
    (
        "rule:frequency",
        r"\b(?:(?:days?|sessions|times) in a row|back to back|consecutive days|straight days|"
        r"between (?:two |my |the |each )?(?:leg |strength )?"
        r"(?:sessions|workouts|leg days|days))\b",
        "Leave at least a day between them: your muscles get stronger in the recovery between sessions, "
        "which is why the article says twice a week, three at most (the exact gap is ours: e.g. Tuesday "
        "and Friday).",
    ),
    (
        "rule:frequency",
        r"\b(?:once|one time|1 time|1x)\b",
        "Once a week is a start, but runners usually do it twice a week, sometimes three times.",
    ),
    (
        "rule:frequency",
        r"\boff ?season|winter\b",
        "The off-season is a great time for strength work, the article says; still twice a week, three "
        "at most, so your muscles recover between sessions.",
    ),
    (
        "rule:frequency",
        r"\b(?:tired|fatigued?|drained|wiped|exhausted|knackered)\b",
        "Not if you keep it balanced: twice a week on easy days, 15 to 20 minutes, after your run. A "
        "balanced programme won't slow you down.",
    ),
    (
        "rule:frequency",
        r"\b(?:where|when) (?:do|can|should|would) i (?:fit|put|slot|schedule)\b",
        "On two easy days, away from the hard ones: not the same day as intervals, a tempo or the long "
        "run, and not the day before a race. If you run on those days, run first, then lift.",
    ),
    (
        "rule:frequency",
        r"^(?!.*\b(?:third|3rd)\b).*\bfit\b",  # ((r19 tj) "fit in a third session?": the third's)
        "Twice a week on easy days, 15 to 20 minutes each, after your run if they share a day; keep it "
        "off hard-run days and the day before a race. Done like that it won't leave your runs tired.",
    ),
    (
        "rule:muscles_used",
        r"\b(?:neglect\w*|forgotten|overlooked|ignored|skipped|miss(?:ed)?)\b|"
        r"^(?=.*\bmuscles?\b).*\b(?:forget|forgets|overlook|overlooks|ignore|ignores|leave out)\b|"
        r"\b(?:usually|often|commonly|typically|most often|"
        r"always) weak\b|\bweak in (?:most |many |a lot of )?runners\b",
        "The hip muscles: they lie deeper than the quads and hamstrings, so workouts often neglect them. "
        "Side-lying hip raises and lying leg lifts work them, and plyometrics reach those deeper muscles "
        "too.",
    ),
    (
        "rule:muscles_used",
        r"",
        "Nearly all of them: mainly the quads (front of the thigh), the hamstrings (back of the thigh) and "
        "the calves (soleus and gastrocnemius), helped by the glutes and the deeper hip muscles, which "
        "keep you upright and stable.",
    ),
    (
        # "she lifts 3x a week, I do 2x, which of us is right?": two people's weeks weighed, both answered
        "rule:frequency",
        r"^(?=.*\b(?:who|which of us|whos|both of us|each of us|right|wrong|slacking|overdoing)\b)"
        r"(?=.*\b(?:she|he|they|him|her|(?:\w+ )?(?:mate|friend|partner|wife|husband|sister|brother|twin|"
        r"coach|buddy|pal))\b)"
        r"(?:.*\b(?:twice|(?:two|2) ?(?:x|times|days|sessions))\b"
        r".*\b(?:three|3) ?(?:x|times|days|sessions)\b|"
        r".*\b(?:three|3) ?(?:x|times|days|sessions)\b.*\b(?:twice|(?:two|2) ?(?:x|times|days|sessions))\b)",
        "Both are fine: runners usually lift twice a week, sometimes three times, so two is enough and "
        "three is fine if you recover well between sessions. Keep them off hard-run days and the day before "
        "a race.",
    ),
    (
        "rule:frequency",
        r"\b(?:twice|two|2)\b.*\bor\b.*\b(?:three|3)\b|\b(?:three|3)\b.*\bor\b.*\b(?:twice|two|2)\b",
        "Two is enough: twice a week is the usual for runners; a third session is fine if you recover well "
        "between them. Keep them off hard-run days and the day before a race.",
    ),
    (
        # (r16 zd) "would 4 leg workouts a week be too much?": past the article's usual two, three at most
        "rule:frequency",
        r"^(?=.*\b(?:too (?:much|many|often|hard)|overkill|overdo\w*|excessive)\b)"
        r".*\b(?:[4-7]|four|five|six|seven) (?:\w+ )?(?:times|days|sessions|workouts|x)\b",
        "Yes, probably: runners usually lift twice a week, three times at most, and your muscles get "
        "stronger in the recovery between sessions. Keep it off hard-run days and the day before a race.",
    ),
    (
        # (r16 zd) "2 gym sessions a week, is that overkill?": twice is the usual
        "rule:frequency",
        r"^(?=.*\b(?:too (?:much|many|often|hard)|overkill|overdo\w*|excessive)\b)"
        r".*\b(?:twice|(?:two|2) (?:\w+ )?(?:times|days|sessions|workouts|x))\b",
        "No, twice a week is what runners usually do (three at most), and a worthwhile session can take as "
        "little as 15 to 20 minutes. Keep it off hard-run days and the day before a race.",
    ),
    (
        "rule:frequency",
        r"\bmore than (?:three|3)\b|\b(?:more|over) (?:three|3) (?:\w+ )?(?:times|days|sessions)\b",
        "No: three a week at most; twice is the usual. Your muscles get stronger in the recovery between "
        "sessions.",
    ),
    (
        "rule:frequency",
        # "is 3x a week too much?", "is it too much to lift 3 times a week?": the too-word either side
        r"^(?=.*\b(?:too (?:much|many|often|hard)|overkill|overdo\w*|excessive)\b)"
        # ((r16 zd) "is 3 too many?" after how often: the number alone)
        r".*\b(?:three|3)(?: (?:\w+ )?(?:times|days|sessions|x)\b| too (?:much|many|often)\b)",
        "No, three is fine: runners usually lift twice a week, sometimes three times. Keep the sessions off "
        "hard-run days and the day before a race.",
    ),
    (
        "rule:frequency",
        # ((r16 zd) "is 3 ok?" after how often: the number alone, checked)
        r"\b(?:three|3) (?:\w+ )?(?:times|days|sessions|x)\b|"
        r"^(?:(?:and|so|but) )?(?:is|are|would|what about) (?:three|3)"
        r"(?: (?:ok|okay|fine|alright|good|better))?$|"
        # (r19 tj) "what about a third day?", "can I go to three?" after how often: the third, checked
        r"\b(?:third|3rd|extra|another|one more) (?:\w+ )?(?:day|session|workout|leg day|time)\b|"
        r"\b(?:go|up|move|bump|increase|step up|add one) (?:it )?(?:up )?to (?:three|3)\b",
        "Yes, three is fine: runners usually lift twice a week, sometimes three times. Keep the sessions off "
        "hard-run days and the day before a race.",
    ),
    (
        # "is twice a week enough?", "2 days a week for 30 min each, is that enough": yes.
        "rule:frequency",
        r"\b(?:twice|two|2) (?:\w+ )?(?:a week|times|days|sessions|x)\b.*\b(?:enough|worth it|ok|okay|fine|"
        r"sufficient)\b|"
        r"\b(?:enough|sufficient)\b.*\b(?:twice|two|2) (?:\w+ )?(?:a week|times|days|sessions|x)\b",
        "Yes, twice a week is enough: it's what runners usually do (three at most), and a worthwhile session "
        "can take as little as 15 to 20 minutes. Keep it off hard-run days and the day before a race.",
    ),
    (
        "rule:frequency",
        r"",
        "Twice a week, sometimes three times. Keep it off hard-run days and the day before a race.",
    ),
    (
        # "the warm-up jog: before or after the stretching?": which of the two comes first.
        "rule:warm_up",
        _JOG_OR_STRETCH,
        _JOG_FIRST,
    ),
    (
        # (r19 ti) "what's a good way to get ready before a leg session?": warm up and stretch first
        "rule:warm_up",
        GET_READY,
        "Warm up and stretch first: a few minutes of light jogging is a good way to get ready, then some "
        "stretching before the first exercise (and more stretching once you finish).",
    ),
    (
        "rule:warm_up",
        _STRETCH_WHEN,
        "Both: warm up (a few minutes of light jogging) and stretch before the workout, then stretch "
        "again after it.",
    ),
    (
        "rule:stretch_after",
        _JOG_OR_STRETCH,
        _JOG_FIRST,
    ),
    (
        "rule:stretch_after",
        _STRETCH_WHEN,
        "Both: warm up (a few minutes of light jogging) and stretch before the workout, then stretch "
        "again after it.",
    ),
    (
        "rule:warm_up",
        r"^when\b(?=.*\b(?:jog\w*|warm\w*|stretch\w*)\b)|\bwhen (?:in|during|should|do|to|is)\b.*"
        r"\b(?:jog\w*|warm\w*)\b|\b(?:jog\w*|warm\w*)\b.*\bwhen (?:in|during|should|do|to|is)\b",
        "At the start: a few minutes of light jogging, then a stretch, before the strength exercises. "
        "Stretch again at the end.",
    ),
    (
        "rule:warm_up",
        r"\bhow long\b|\bhow many minutes\b|\bminutes\b",
        "The article doesn't give a time: some light jogging, then a stretch, is its warm-up. A few "
        "minutes is plenty for most runners (5 to 10 in all is a common guide).",
    ),
    (
        "rule:plyometrics",
        r"\b(?:beginners?|new|safe|safely|(?<!the )start|starting|first)\b",
        "Yes, if you start simple: hop back and forth over a line first, then hop forward onto a step or "
        "low box (alternating legs), then skipping. Keep the landings soft and controlled.",
    ),
    ("rule:plyometrics", _CARRY_OVER.pattern, CARRY_OVER_TEXT),
    (
        # "are jumping drills actually useful for runners?", "should I be doing plyos or nah"
        "rule:plyometrics",
        r"^(?!.*\b(?:how (?:many|much|often|long)|what|which|home|indoors|inside|garden|flat|apartment)\b)"
        r"(?:(?:are|is|do|does|will|would|can|could|should)\b"
        r".*\b(?:useful|worth|good|help\w*|point|necessary|need|benefit\w*|doing|do|bother|add|include|start|"
        r"make\w*|faster|quicker|speed|improve\w*)\b|.*\bor (?:nah|not)\b)",
        "Yes: plyometrics need no kit and build explosive power (a quicker, springier push-off) and "
        "reach deeper muscles most workouts miss. Start with line hops, then hops onto a low box, then "
        "skipping, with soft landings.",
    ),
    (
        # "chasing a sub 20 5k, are plyos worth it or a waste of time tbh", "those bouncy drills, any use
        # for someone who runs long": worth it (a verdict the "or" and the lead-in don't strip).
        "rule:plyometrics",
        r"^(?!.*\b(?:how (?:many|much|often|long)|which|home|indoors|inside|garden|flat|apartment)\b)"
        r".*\b(?:worth (?:it|doing|the time|bothering)|waste of time|any use|any good|of any use|useful)\b",
        "Worth it: plyometrics need no kit, build explosive power (a quicker, springier push-off) and "
        "reach deeper muscles most workouts miss, for distance runners too. Start with line hops, then "
        "hops onto a low box, then skipping, with soft landings.",
    ),
    (
        "rule:plyometrics",
        r"\b(?:what (?:are|is|even|kind|sort|type|types)|which (?:ones?|drills?|exercises?|moves?)|ideas?|"
        r"examples?|exercises?|drills?|moves?|give me|any good|list)\b",
        "Start by hopping back and forth over a line, then hop forward onto a step or low box "
        "(alternating legs), then skipping: take off and land on the same foot, then switch. They build "
        "explosive power and reach deeper muscles.",
    ),
    (
        "rule:run_first",
        r"^(?!.*\b(?:run|runs|running|ran|jog\w*|5k|10k|parkrun|race|marathon|half|(?:night|day) before)\b)"
        r"(?!.*\b(?:how (?:many|much|long|heavy|often)|sets|reps|what exercises|which exercises)\b)"
        r".*\b(?:morning|evening|night|afternoon|\d+ ?(?:am|pm)|time of day|lunch ?time)\b",
        "The article doesn't say: pick whichever time you can stick to. Its one rule for a day with a run "
        "as well: run first, then the strength work.",
    ),
    (
        "rule:run_first",
        r"\bhow long\b.*\b(?:wait|between|gap|after)\b|"
        r"\bwait\b (?:\w+ ){0,4}(?:after|before|between)\b (?:\w+ ){0,3}(?:run|runs|running|jog\w*|lift\w*|"
        r"strength|legs|leg day|weights|gym)\b",
        "The article gives no gap, so a short break to refuel and stretch is plenty (general advice); its "
        "only rule is to run first, then do the strength work.",
    ),
    (
        "rule:run_first",
        r"^(?=.*\b(?:run|runs|running|jog\w*|5k|10k|tempo|intervals?|strides|miles)\b)"
        r".*\b(?:before or after|after or before)\b",
        _RUN_FIRST_TEXT,
    ),
    (
        "rule:run_first",
        # "leg day straight after my long run?": the order is right, the day isn't
        r"^(?!.*\b(?:day|night|morning|evening) (?:after|before)\b)"
        r".*\b(?:after|following|post) (?:my |an |the |a )?(?:\w+ ){0,2}"
        r"(?:long|tempo|hard|intervals?|race|speed|track|hill|hills|threshold|fartlek) (?:run|jog)\b",
        "No: not on a hard-run day, even after the run. Don't pair strength work with intervals, a tempo "
        "or a long run; put it on an easy day (and on a day you also run, run first).",
    ),
    (
        "rule:run_first",
        r"^(?!.*\b(?:day|night|morning|evening) (?:after|before)\b)"
        # (not after a hard run: "straight after my long run" is the hard-run-day rule's No)
        r"(?!.*\b(?:long|tempo|hard|intervals?|race|speed|track|hill|hills|threshold|fartlek) (?:run|jog)\b)"
        r".*\b(?:after|following|post) (?:my |an |the |a )?(?:\w+ ){0,3}(?:run|jog)\b",
        "Yes, after an easy run: run first, then the strength workout. Not after a hard one (intervals, a "
        "tempo or a long run): those days stay free of strength work.",
    ),
    (
        # (r19 th) "is doing both on the same day a problem?", "can I do both on one day?": whether a run
        # and a session may share a day (the order alone answers no yes/no)
        "rule:run_first",
        r"^(?!.*\b(?:long|tempo|hard|intervals?|race|racing|speed|track|threshold|fartlek|hills?|order|first|"
        r"before or after|after or before|which)\b)"
        r"(?=.*\b(?:both|run|runs|running|jog\w*)\b)"
        r"(?:(?:and|so|but|also) )*(?:is|are|can|could|should|would|will|do|does|ok|okay|fine|bad)\b"
        r".*\b(?:same day|one day|same morning|same evening)\b",
        "Fine on an easy-run day: run first, then the strength work. Just keep it off hard-run days "
        "(intervals, a tempo or a long run) and the day before a race.",
    ),
    (
        # Only when the question says something about a run or an order: "I lift in the evening, how
        # many sets?" is not answered with the order rule.
        "rule:run_first",
        # ("legs before or after a swim" names no run)
        r"\b(?:run|runs|running(?! (?:shoes|trainers|form|club))|ran|jog\w*|miles|first|order|same day|both|"
        r"strides|5k|10k)\b",
        "Run first, then strength: when both share a day, do the run and then the strength workout.",
    ),
    (
        # "do I sprint up or just run hard?", "all out or controlled?", "how hard on the hill reps?": the
        # effort of each climb, a strong run you can repeat, not a flat-out sprint.
        "exercise:hill_repeats",
        r"^(?!.*\b(?:steep\w*|grade|gradient|incline|slope|how (?:many|long|often|far)|when|which days?)\b)"
        # ("should I add hill sprints to build leg strength?": whether to do them, not how hard)
        r"(?!.*\b(?:(?:to|for) (?:build\w*|get\w*|gain\w*|improv\w*|develop\w*|boost\w*|more) |"
        r"(?:should|can|could|do) i (?:add|do|try|include|start|bother)|worth|good (?:idea|for)|help\w*)\b)"
        r".*\b(?:sprint\w*|all out|flat out|full (?:gas|send|effort|pelt)|max(?:imum|imal)? effort|"
        r"as fast as|how (?:hard|fast|quick\w*)|what (?:effort|pace|intensity)|effort)\b",
        "Run hard, not an all-out sprint: charge up with high knees and pumping arms at an effort you can "
        "repeat 5–8 times, then jog gently back down to recover. If the last climbs fall apart, ease off a "
        "little (the article gives no pace).",
    ),
    (
        # "want to do hill reps, how should I actually run them?", "hill reps - what's the right
        # technique?": how a hill session goes, not only its count.
        "exercise:hill_repeats",
        r"^(?!.*\b(?:how (?:many|much|long|often|far|steep|hard|fast)|when|which days?|why)\b)"
        r".*(?:\bhow (?:should|do|can|would|to|shall) (?:i |you |u |we )?(?:actually |properly |best |even )?"
        r"(?:run|do|perform|tackle|approach|go about)\b|\b(?:technique|properly|right way|correct way|"
        r"best way|walk me through|talk me through|explain)\b)",
        "Pick a slope of about 5–10% (not too steep), run up it lifting your knees and pumping your arms, "
        "then jog gently back down to recover: that's one. Do 5 to 8, after an easy jog to the hill as "
        "your warm-up.",
    ),
    (
        # "how do I turn the treadmill into a strength workout?", "is there strength stuff I can do on the
        # treadmill?": its incline is the gym's hill running.
        "exercise:treadmill_incline",
        r"^(?!.*\b(?:how (?:many|much|long|often|steep)|what (?:grade|incline|percent)|why|before|after)\b)"
        r"(?:(?=.*\b(?:strength\w*|stronger|resistance|workout|legs?)\b)"
        r".*\b(?:on|near|with|use|using|turn|make|from|the) (?:the |a |my )?treadmills?\b|"
        r".*\b(?:use|using) (?:the |a |my )?treadmills? (?:for|as|instead of) (?:\w+ )?hills?\b)",
        "Yes: raise the incline. A treadmill at a 5–10% grade gives you hill running indoors, which the "
        "article calls resistance training for runners: run hard up the incline for a short spell, ease off "
        "to recover, and repeat 5 to 8 times.",
    ),
    (
        # (r19 ti) "do I stop running too?", "should I rest from running as well?": no, only the lifting stops
        "rule:recovery_week",
        r"^(?!.*\b(?:lift\w*|strength|weights?|gym|squats?|lunges?)\b.*\b(?:run|runs|running|jog\w*)\b)"
        r".*\b(?:stop|stopping|pause|quit|skip|rest from|drop|cut out) (?:the |my )?"
        r"(?:run|runs|running|jog\w*)\b",
        "No, keep running: the article's week off is from strength work only, so your runs carry on.",
    ),
    (
        # (r19 ti) "should I keep running that week?", "can I still run during the break?": the week off is
        # from strength work only; the runs carry on (before the "need/take" verdict that answers the week)
        "rule:recovery_week",
        r"^(?!.*\b(?:lift\w*|strength|weights?|gym|squats?|lunges?)\b.*\b(?:run|runs|running|jog\w*)\b)"
        r"(?:.*\b(?:keep|still|carry on|continue|should i|can i|do i|is it ok to) (?:\w+ )?"
        r"(?:run|runs|running|jog|jogs|jogging)\b|"
        r".*\b(?:run|running|jog|jogging) (?:during|in|through|that|this|the) (?:\w+ )?"
        r"(?:week|break|time off)\b)",
        "Yes, keep running: the article's week off is from strength work only, so your runs carry on.",
    ),
    (
        # (r17 ua) "is one rest day a week enough?", "how many rest days a week?": rest days in a week, not
        # the monthly week off strength work that shares the words "rest" and "week".
        "rule:recovery_week",
        _REST_DAYS,
        "Usually yes: " + _REST_DAYS_TEXT[:1].lower() + _REST_DAYS_TEXT[1:],
    ),
    (
        # "4 week training blocks, when do I take the strength week off?": a block told, not weeks done;
        # the last week of each block.
        "rule:recovery_week",
        r"\b(?:4|four) ?(?:week|wk)s? (?:\w+ )?(?:blocks?|cycles?|mesocycles?|phases?)\b|"
        # ("4 week training blocks, when ..." reaches here as "4 week training when ...")
        r"\b(?:4|four) ?(?:week|wk) training (?:when|which|what)\b",
        "The fourth: make the last week of each 4-week block your week off strength work. The article "
        "advises a week off once a month for extra recovery, and Legwork's plan does the same, every fourth "
        "week. Then pick up where you left off.",
    ),
    (
        # 3-, 5- or 6-week blocks: the week off once a month, at the end of the block nearest a month.
        "rule:recovery_week",
        r"\b(?:[2356]|two|three|five|six) ?(?:week|wk)s? (?:\w+ )?(?:blocks?|cycles?|mesocycles?|phases?)\b",
        "At the end of a block, about once a month: the article advises a week off strength work once a "
        "month for extra recovery, so put it in the block's last week when about four weeks of lifting "
        "have built up. Then pick up where you left off.",
    ),
    (
        # "I've lifted 5 weeks in a row, time to rest?": a month or more without the week off.
        "rule:recovery_week",
        # ("test in 8 weeks": weeks to go, not weeks done)
        r"\b(?<!\bin )(?<!within )(?:[4-9]|1\d|four|five|six|seven|eight|nine|ten|"
        # ("strained it 6 weeks ago": when something happened, not weeks of lifting)
        r"twelve) (?:straight |solid |whole )?(?:weeks?|wks)\b"
        r"(?! (?:ago|back|before|off|out|away|to go|until|till|from now))|"
        r"(?<!for )\b(?:two|2|3|three|couple of|few|several) (?:straight |solid |whole )?months?\b"
        r"(?! (?:ago|back|before|off|out))|"
        r"\bmonths? (?:straight|in a row|without)\b",
        "Yes: the article's advice is a week off strength work once a month for extra recovery, so after "
        "four or more weeks in a row it's time for that week. Then pick up where you left off.",
    ),
    (
        "rule:recovery_week",
        r"\b(?:[1-3]|one|two|three|a couple of|a few) (?:straight |solid )?(?:weeks?|wks)\b "
        r"(?:straight|in a row|solid|now|without)\b",
        "Not yet: the article's week off comes once a month, so keep going and take it at about the "
        "four-week mark (Legwork makes every fourth week that recovery week).",
    ),
    (
        "rule:recovery_week",
        r"^(?:do|does|should|is|are|will|must|can) .*\b(?:need|take|have|get|ok|okay|allowed)\b",
        "Yes: once a month, take a week off strength work; the article says it gives your body extra "
        "recovery. Legwork makes every fourth week of your plan that recovery week.",
    ),
    (
        # ...when the question says something about a break ("squats on my lunch break" does not).
        "rule:recovery_week",
        r"\b(?:week|weeks|month|deload\w*|recover\w*|rest|time off|off|burn\w* out|burnt out|fried|"
        r"pause|stop)\b|(?<!lunch )(?<!coffee )\bbreaks?\b",
        "Once a month, take a week off strength work: the article says it gives your body extra "
        "recovery. Legwork makes every fourth week of your plan that recovery week (if you'd rather not "
        "stop completely, one easy set of each exercise, no added weight).",
    ),
    (
        "rule:gym_vs_home",
        r"\b(?:need|have to|must)\b.*\bgym\b",
        "No: calf raises, one-legged squats, hamstring push-ups, step-ups and bridges, plus plyometrics "
        "and hills, all work at home. A gym adds machines that isolate muscles and easy ways to add "
        "resistance, but it isn't required.",
    ),
    (
        "rule:gym_vs_home",
        r"\b(?:skip|without|only|just|need|avoid)\b.*\b(?:gym|home)\b",
        "Yes, home works: calisthenics, plyometrics and hills build strong legs. A gym adds machines that "
        "isolate muscles and easy ways to add resistance, but it isn't required.",
    ),
    (
        # "can I get a proper leg workout without a gym?", "is it possible to build strong legs at home?"
        "rule:home_workout",
        r"\bneed (?:any |some )?(?:weights|dumbbells|equipment|kit)\b",
        "No: bodyweight moves build strong legs: calf raises, one-legged squats, hamstring push-ups, "
        "step-ups and bridges, then plyometrics and hills. Add dumbbells later, once 12–15 reps feel easy.",
    ),
    (
        "rule:home_workout",
        # (a move named is that move's question: "can I do plyometrics at home?")
        r"^(?!.*\b(?:plyometric\w*|hops?|jump\w*|skipping|"
        r"squats?|lunges?|calf raises?|bridges?|step ?ups?)\b)"
        # ("zero budget, no gym, no kit. can I still get stronger legs?": the kit told first)
        r"(?:(?:can|could|is it possible|is it|do|does|will|would|am i able)\b.*"
        r"\b(?:without|no|home|house|flat|apartment|living room|garage|bodyweight)\b|"
        r"(?=.*\b(?:no|zero|without) (?:\w+ )?(?:gym|equipment|kit|weights|money|budget)\b)"
        r".*\b(?:(?:can|could) i (?:still )?(?:get|build|make|train|develop)|is it (?:still )?possible)\b)",
        "Yes: bodyweight moves at home build strong legs: calf raises, one-legged squats, hamstring "
        "push-ups, step-ups and bridges, then plyometrics (line hops, box hops, skipping) and hills. Make "
        "them harder as you go, e.g. one leg at a time.",
    ),
    (
        "rule:time_needed",
        r"\b(?:minimum|least)\b",
        "The minimum that works: two sessions a week of 15 to 20 minutes, e.g. calf raises, a "
        "one-legged squat and the bridge, 2–3 sets each. Even that shows in your running.",
    ),
    (
        # "is 10 minutes better than nothing?", "are 5 minute sessions worth it?": yes, it still helps.
        "rule:time_needed",
        r"^(?!.*\b(?:how|what|which)\b)(?=.*\b(?:[1-9]|1[0-4]|five|ten|a few) ?(?:min|mins|minutes)\b)"
        r".*\b(?:better than nothing|worth\w*|any good|enough|count|counts|pointless|waste|point|help\w*|"
        r"do anything|useful)\b",
        "Yes, it still helps: a short session beats none, and the article's worthwhile session is only 15 to "
        "20 minutes, so add a few minutes when you can. Pick two or three moves for the big muscle groups.",
    ),
    (
        # (r17 ub) "which is more time-efficient, a long run or a strength session?": the pick first
        "rule:time_needed",
        r"^(?=.*\b(?:run|runs|running|miles|jog\w*)\b)(?=.*\b(?:strength|gym|leg (?:session|workout)|lifting|"
        r"weights)\b)(?!.*\b(?:hills?|hill reps|plyo\w*)\b)"
        r"(?=.*\b(?:or|vs|versus)\b)(?=.*\b(?:which|what)\b).*\b(?:time ?efficient|less time|quicker|"
        r"shorter|time ?wise|efficient)\b",
        "The strength session: a worthwhile one takes just 15 to 20 minutes, where a run usually takes an "
        "hour or more.",
    ),
    (
        # (r18 tc) "quickest way to get stronger legs if i'm short on time?", "busy, what should i do?": the
        # moves that fill the short session, not its length alone
        "rule:time_needed",
        r"^(?!.*\bhow (?:long|many|much)\b).*\b(?:(?:quickest|fastest|best|easiest|simplest|most efficient|"
        r"most effective) (?:way|ways|thing|things)|what (?:should|can|could|do) i do|"
        r"what (?:exercises|moves|stuff)|how (?:do|can|should) i (?:get|build|make))\b",
        "Two short sessions a week, 15 to 20 minutes each, are enough: choose moves that cover the big "
        "muscle groups, e.g. calf raises, one-legged squats, step-ups and bridges, 2–3 sets of 12–15.",
    ),
    (
        "rule:time_needed",
        r"",
        # (r16 zb: the figure asked, not a benefit nobody asked about)
        "15 to 20 minutes is enough for a worthwhile session, much less than the hour or more a run takes.",
    ),
    # benefits: the article's reasons, each as the direct answer to the question that asks for it
    (
        # (r19 ti) "why do so many runners skip leg training?", "why do runners avoid the weight room, and
        # should they?": why they skip it (the fears), then whether it matters
        "rule:why_strength",
        RUNNERS_SKIP,
        RUNNERS_SKIP_TEXT,
    ),
    ("rule:why_strength", RUNS_MAKE_STRONG, RUNS_MAKE_STRONG_TEXT),
    ("rule:why_strength", RUNS_MADE_STRONG, RUNS_MADE_STRONG_TEXT),
    (
        # "in what way is running hills like a strength session?": why hills count as strength work
        "rule:why_strength",
        r"^(?=.*\b(?:hills?|uphill|slopes?|inclines?)\b)"
        r"(?=.*\b(?:why|how come|in what way|how (?:is|are|does|do|can)|what makes)\b)"
        r".*\b(?:like|as|count\w*|strength (?:work|training|session)|resistance|"
        r"a workout|the gym|weights)\b",
        "Because running uphill makes your legs lift your whole body weight against the slope on every "
        "stride, so it loads the quads, calves and glutes far harder than flat running: the article calls "
        "hill running resistance training for runners. 5–8 climbs at a 5–10% grade, jogging back down.",
    ),
    (
        # "why would stronger legs make me more efficient uphill?": the mechanism on a climb
        "rule:why_strength",
        _WHY_ASKED + r".*\b(?:hills?|uphill|climb\w*|inclines?|slopes?)\b",
        "Because every uphill stride lifts your body weight, and stronger quads, glutes and calves do that "
        "at a smaller share of their maximum effort. Well-trained muscles also use oxygen more "
        "efficiently and tire more slowly, so you power up hills more easily and hold your form to the "
        "top.",
    ),
    (
        # (r16 wd) "why would stronger legs make me less tired late in a run?", "how come strength work
        # stops you fading?": the why of tiring later (oxygen used better), not a muscle's job
        "rule:why_strength",
        _WHY_ASKED + r"(?=.*\b(?:strong\w*|strength|lifting|leg work|leg days?|weights|muscles?)\b)"
        r"(?!.*\b(?:faster|speed|quicker|pace|pbs?|hills?|uphill)\b)"
        r".*\b(?:less (?:tired|fatigued|wiped|knackered)|(?:tire|fatigue|fade)s? (?:less|later|more slowly)|"
        r"slower to (?:tire|fatigue)|(?:stop|keep|prevent|help|helps)s? (?:me |you |us |runners )?(?:from )?"
        r"(?:fading|tiring|getting tired|fatiguing|hitting the wall|with (?:fatigue|tiredness))|"
        r"late(?:r)? (?:on )?in (?:a|the|my) (?:\w+ )?(?:runs?|races?)|(?:more|better|build\w*) stamina)\b",
        "Because well-trained muscles use oxygen more efficiently and are slower to fatigue, so the same "
        "pace costs you less and you still have something left late in a run; stronger legs also hold your "
        "form upright when you tire.",
    ),
    (
        # "what exactly does leg strength do for my pace?": what it does, said plainly (no "Because")
        "rule:why_strength",
        r"^(?!.*\b(?:why|how come)\b)"
        r".*\bwhat (?:\w+ ){0,2}?(?:does|do|will|would|can|could) (?:\w+ ){1,4}?do (?:for|to) (?:\w+ ){0,2}?"
        r"(?:faster|speed|quicker|economy|efficien\w*|pace|times?|race|racing|running|vo2\w*)\b",
        "It makes the same pace cost you less: well-trained muscles use oxygen more efficiently and are "
        "slower to fatigue, so you run faster on the flat and up hills and hold your form late on; stronger "
        "legs also lengthen your stride. Two short sessions a week (15 to 20 minutes) are enough to feel it.",
    ),
    (
        # "why would a few squats change my speed or economy?", "how come lifting makes you faster?"
        "rule:why_strength",
        _WHY_ASKED + r".*\b(?:faster|speed|quicker|economy|economical|efficien\w*|pace|vo2\w*|oxygen)\b",
        "Because well-trained muscles use oxygen more efficiently and are slower to fatigue, so the same "
        "pace costs you less and you run faster on the flat and up hills; stronger legs also lengthen your "
        "stride and keep your form upright. Running itself builds endurance but is an inefficient way to "
        "build that strength, hence the targeted work.",
    ),
    (
        # "what exercises make me faster", "5k PB, what leg exercises": what to do, not only why
        "rule:why_strength",
        # ("no hills, what instead of hill sprints?": the hill is the ask, not speed)
        r"^(?!.*\bwhy\b)"
        + SPEED_NOT_HILLS
        + r"(?=.*\b(?:pb|pbs|pr|prs|personal best|faster|quicker|speed|(?<!hill )sprint\w*|kick|"
        # (r15 yb) "under 50 for 10k by spring, what would make a difference?": a time goal is a speed goal
        r"(?:under|sub|break|breaking|beat|beating) \d[\d:.]*(?: ?(?:min\w*|mins))?|goal time|target time|"
        + SPEED_LEGS_SAID
        + r")\b)"
        r".*(?:\b(?:what|which|best|good|top|any)\b (?:\w+ ){0,3}(?:exercises?|moves?|workouts?|"
        r"drills?|lifts?)\b|\b(?:" + SPEED_WHAT_SAID + r")\b|\b(?:" + SPEED_ASK_SAID + r")\b|"
        r"\bwhat (?:would|will|could|can|might|should) (?:\w+ ){0,2}?(?:make (?:a|the|any|the most|"
        r"the biggest) "
        r"(?:\w+ )?difference|help (?:the )?most|help me|get me there|move the needle|work best)\b)",
        SPEED_PICKS,
    ),
    (
        # (r15 yb) "will stronger calves give me more spring?", "do plyos make you bouncier?": yes, the
        # calves put the bounce in the stride and the jumping drills add spring, both said
        "rule:why_strength",
        SPRING_YES_NO,
        "Yes: strong calves put the bounce in your stride (they cushion each landing and drive the "
        "push-off), and jumping drills add the spring. Calf raises, 2–3 sets of 12–15 (then one leg at a "
        "time), plus plyometrics (line hops, then box hops onto a low step, then skipping), twice a week "
        "on fresh legs.",
    ),
    # (r17 uf) "how can I lengthen my stride?": how asked, so the moves (not only that it can); (r18 td)
    # also when the words land on running form ("best way to increase my stride length?")
    ("rule:why_strength", _LONGER_STRIDE_HOW, LONGER_STRIDE_TEXT),
    ("rule:running_form", _LONGER_STRIDE_HOW, LONGER_STRIDE_TEXT),
    (
        # "want springier strides", "my push-off feels weak, what should I do?", "more pop off the ground":
        # a goal for the stride told and what to do asked, not only that strength can lengthen a stride
        "rule:why_strength",
        SPRING_WHAT,
        "Calf raises and jumping drills: calf raises for the push-off (2–3 sets of 12–15, then one leg at a "
        "time), and plyometrics for spring (line hops, then box hops onto a low step, then skipping), twice "
        "a week on fresh legs. Strong calves put the bounce in your stride, and stronger legs can "
        "lengthen it.",
    ),
    (
        # "my coach says strength is only for sprinters, true?": no, distance runners gain too
        "rule:why_strength",
        r"\b(?:only|just|mainly|purely) (?:for|about|useful for|helps?|matters? for|worth it for) "
        r"(?:the )?(?:sprinters?|sprinting|sprints|speed|short (?:races|distances?)|track)\b|"
        r"\bnot (?:for|useful for|needed for|worth it for) (?:distance|long|endurance|marathon|ultra)",
        "No, not only sprinters: they gain a more explosive start, but distance runners gain too. Stronger "
        "muscles use oxygen more efficiently and tire more slowly, lengthen your stride, hold your form late "
        "in a run and, above all, help prevent injuries.",
    ),
    (
        # "on my feet all shift, is that enough or do I still need calf raises?": yes, still need it
        "rule:why_strength",
        r"^(?!.*\b(?:one|single|1) (?:foot|leg)\b)"
        rf"(?=.*{BUSY_LEGS_TOLD.pattern})"
        r".*\b(?:still (?:need|do|bother|worth|have to)|really need|need (?:any|extra|specific|separate|more|"
        r"dedicated|to do)|enough|count\w* as|replaces?|instead of|on top of|as well|do the job|"
        r"(?:really |actually |even |strictly )?(?:necessary|needed)|"
        r"already get (?:plenty|enough|loads|a lot))\b",
        STILL_NEED_TEXT,
    ),
    (
        # "how heavy tho?" after "should I lift as a marathoner?": the load, not "heavy legs" tiring
        "rule:why_strength",
        r"^(?:(?:and|so|but|ok|okay|right) )?how (?:heavy|much weight|hard)\b",
        "Heavy enough that 12 to 15 reps leave you tired, with good form, for 2 or 3 sets; a weight you're "
        "comfortable with, never at the cost of form.",
    ),
    (
        "rule:why_strength",
        r"^(?:(?:and|so|but|ok|okay|right) )?how many (?:sets|reps)\b",
        "2 or 3 sets of 12 to 15 reps, with a resistance that leaves you tired by the end of each set.",
    ),
    (
        "rule:why_strength",
        # ("how many days a week must a runner do legs": the number, not whether)
        r"^(?!.*\bhow (?:many|often|much)\b)(?:.*\b(?:need|have) to (?:lift|strength|do strength|do weights|"
        r"train strength)|"
        r".*\b(?:gotta|got to|have to|need to|must) (?:hit|do|train) (?:legs|leg day)\b|"
        r".*\bneed (?:strength|to lift|"
        r"weights|leg work|leg day|lifting)\b)",
        NEED_BEYOND_RUNS_TEXT,
    ),
    (
        # (r15 xe) "should I lift for running or just run more?": a choice, answered with the option
        # (both), not a "No" that reads as "don't lift"
        "rule:why_strength",
        # (r16 zd: "strength or run first same day?" asks the order, the run-first rule's)
        r"^(?!.*\b(?:first|same day|which order|what order)\b).*?(?:"
        r"\b(?:lift\w*|strength|weights|gym|leg work|leg day|squat\w*)\b.*\bor (?:should i |do i )?(?:just |"
        r"only |simply )?"
        # (r16 zc: "strength or run first same day?" asks the order, run_first's)
        r"(?:run|running|add (?:more )?miles|more miles)\b(?! (?:first|1st|before|after)\b)|"
        r"\b(?:just |only |simply )?(?:run|running) more\b.*\bor\b.*\b(?:lift\w*|strength|weights|gym|"
        r"leg work|"
        r"leg day)\b)",
        "Do both: keep your running and add the lifting. Running builds endurance, but it's an inefficient "
        "way to build strength; two short leg sessions a week (15 to 20 minutes) give you legs that tire "
        "more slowly and fewer injuries, which more miles alone won't.",
    ),
    ("rule:variety_fun", VARY_WHEN, VARY_WHEN_TEXT),
    (
        # (r15 yb) "first ultra next year, should I lift?": months to go, so yes, and how to start
        "rule:why_strength",
        rf"^(?=.*{FAR_OFF})(?!.*\b(?:day before|night before|tomorrow|race week|taper\w*)\b)"
        r"(?=.*\b(?:race|racing|marathon|half|ultras?|10k|5k|ironman|triathlon|tri|event)\b)"
        r".*\b(?:should|do|need|worth|start\w*|bother|can|is it|would|will|must)\b",
        "Yes: with months to go there's plenty of time for strength work to pay off (legs that tire more "
        "slowly, a longer stride and fewer injuries). Start with two short sessions a week, 15 to 20 "
        "minutes, on easy days, and skip it only the day before the race itself.",
    ),
    ("rule:why_strength", BEYOND_RUNNING, BEYOND_RUNNING_TEXT),
    (
        # (r15 yb) "do I even need anything besides running?": yes (a "No" would say running will do)
        "rule:why_strength",
        r"\b(?:need|have to do|should i (?:do|add)) (?:anything|something|stuff|"
        r"more) (?:\w+ )?(?:other than|besides|"
        r"apart from|beyond|on top of|as well as|except) (?:my )?(?:running|run|runs|miles|mileage)\b",
        NEED_BEYOND_RUNS_TEXT,
    ),
    (
        "rule:why_strength",
        r"\b(?:running|run|runs|miles|mileage)\b.*\benough\b|\benough\b.*\brunning\b|\bjust run\b|"
        r"\b(?:only|simply) run\b|\bjust (?:running|jogging|jog)\s*$|"
        r"\balready run\b|\brun (?:a lot|loads|plenty)\b",
        "No: running builds endurance, but it's an inefficient way to build strength. Targeted leg work "
        "twice a week fills the gap (15 to 20 minutes is enough).",
    ),
    (
        # "my mate says running IS leg day", "doesn't running count as strength work?"
        "rule:why_strength",
        r"\b(?:running|run|runs|miles)\b (?:is|counts? as|=|as|basically|already|kind of)"
        r"(?: (?:a|basically|really|just|already|like|kinda|pretty much|real|proper|enough))?"
        r" (?:leg ?day|leg work|strength (?:work|training)|a leg workout|lifting|strength)\b(?! is\b)",
        "No: running builds endurance, but it's an inefficient way to build strength. Targeted leg work "
        "twice a week fills the gap (15 to 20 minutes is enough).",
    ),
    (
        "rule:why_strength",
        r"\b(?:joints?|tendons?|ligaments?|knees? (?:joint|health))\b",
        "Yes: stronger muscles steady your joints, so ligaments and tendons take less wear and tear, and "
        "balanced strength is the main way runners head off injuries.",
    ),
    (
        "rule:why_strength",
        r"\bstride\b",
        "Yes, it can: strength work helps lengthen your stride, which lets you run faster over distance.",
    ),
    (
        # "is it a VO2 thing?", "isn't speed just a cardio/lungs thing?": the muscles, not the lungs
        "rule:why_strength",
        r"^(?!.*\bwhy\b).*\b(?:vo2\w*|vo2 max|aerobic|cardio|lungs?|heart)\b (?:\w+ ){0,2}"
        r"(?:thing|things|issue|problem|stuff)\b|\b(?:just|only|all|purely) (?:a |about )?(?:the )?"
        r"(?:vo2\w*|aerobic|cardio|lungs?|fitness)\b",
        "Not really a lungs thing: it's the muscles. Well-trained muscles use the oxygen they get more "
        "efficiently and are slower to fatigue, so the same pace costs you less and you hold it longer. "
        "Strength work builds that; running alone is an inefficient way to.",
    ),
    (
        "rule:why_strength",
        r"\b(?:economy|economical|oxygen|efficien\w*)\b",
        "Yes: well-trained muscles use oxygen more efficiently and tire more slowly, so the same pace "
        "costs you less.",
    ),
    (
        "rule:why_strength",
        r"\b(?:hills?|uphill|climb\w*|inclines?)\b",
        "Yes: stronger legs power you up hills more easily. Hill repeats are strength work in themselves: "
        "5–8 climbs at a 5–10% grade.",
    ),
    (
        "rule:why_strength",
        # ("won't it just make me more tired?": a worry that lifting tires them, not legs that fade)
        r"^(?!.*\b(?:make|makes|making|leave|leaves|leaving|get|getting) (?:me|my legs|them|you|us) (?:\w+ )?"
        r"(?:more |too |even more )?(?:tired|fatigued|heavy|wrecked|cooked|knackered)\b)(?:.*?)"
        r"(?:\b(?:jelly|dead|die|dying|died|dies|fade|fades|faded|fading|tire|tires|tiring|tired|fatigue\w*|heavy|"
        r"give out|gave out|gives out|cooked|fried|toast|fall\w* apart|fell apart|blow\w* up|blew up|"
        r"hit (?:the|a) wall|bonk\w*|wrecked|shot|gone)\b|"
        r"\b(?:by|after|at|from) (?:km|k|mile|kilometre) \d+\b|\b(?:late|last \w+) (?:in|of) (?:the|a|my) "
        r"(?:race|run|long run|marathon|half)\b)",
        "Yes: stronger legs tire more slowly, because well-trained muscles use oxygen more efficiently, and "
        "they hold your form late in a run. Two short strength sessions a week build that.",
    ),
    (
        # "tryna PB my HM in 8 wks, lifting gonna help or nah": yes, and how to fit it before the race
        "rule:why_strength",
        rf"^(?=.*(?:{_WEEKS_TO_GO}))"
        r".*\b(?:pb|pbs|pr|prs|personal best|personal record|faster|quicker|speed|sub ?\d+|time)\b",
        "Yes: well-trained muscles use oxygen more efficiently and tire more slowly, so you run faster on "
        "the flat and up hills, and strength work can lengthen your stride. Two short sessions a week on "
        "easy days; keep the last week before a race light and familiar, and none the day before.",
    ),
    (
        # "is it too late to start lifting at 50?": no.
        "rule:why_strength",
        r"\btoo (?:old|late)\b",
        "No: you can start at any age, and the reasons hold at any age (stronger legs tire more "
        "slowly and help head off injuries). The article doesn't single out older runners, so start "
        "light, build up gradually, and check with your doctor if you have a health condition.",
    ),
    (
        # "can I skip leg day during my marathon block?": no, keep it in (lighter in race week).
        "rule:why_strength",
        r"\b(?:skip\w*|drop\w*|stop\w*|pause|ditch\w*|quit|omit\w*)\b.*\b(?:during|through|while|mid|"
        r"throughout|in) (?:my |a |the |this )?(?:\w+ )?(?:block|"
        r"build ?up|training|cycle|season|mileage|prep)\b",
        "No, keep it in: two short sessions a week on easy days support your running through a training "
        "block. Only race week changes it: keep that week light and familiar, with none just before the "
        "race.",
    ),
    (
        "rule:why_strength",
        r"\b(?:older|old|age|aging|ageing|masters|over \d\d|in my \d0s)\b",
        "Yes: the reasons hold at any age (stronger legs tire more slowly and help head off injuries); the "
        "article doesn't single out older runners, so start light and build up gradually.",
    ),
    (
        "rule:why_strength",
        r"\bsprint\w*\b|\b(?:start line|starting line|"
        r"off the (?:start|line|blocks)|explosive start|faster start|"
        r"quicker start|finishing kick|kick at the end)\b",
        "Yes: strength work gives sprinters a more explosive start and faster times, and plyometrics "
        "(line hops, box hops, skipping) build that explosive power.",
    ),
    (
        "rule:why_strength",
        # Running faster, not a rep's speed ("a bit faster on the way up in a squat").
        r"^(?!.*\b(?:recover\w*|on the way (?:up|down)|reps?|lowering|movements?)\b)"
        r".*\b(?:faster|speed|quicker|pb|pr|personal best|times?)\b",
        "Yes: well-trained muscles use oxygen more efficiently and tire more slowly, so you run faster on "
        "the flat and up hills, and strength can lengthen your stride.",
    ),
    # load
    (
        "rule:bulk",
        # ((r17 vd) "is it true that leg day slows you down / ruins your speed": any form of the verb)
        r"\b(?:bulk\w*|big|huge|heavy legs|slow(?:s|er|ing)?|slow me|gain weight|kill(?:s|ed|ing)?|"
        r"wreck(?:s|ed|ing)?|ruin(?:s|ed|ing)?|mess(?:es)? up|hurt(?:s|ing)?|"
        # (r16 wb) "put on a load of weight from the muscle", "make me heavier"
        r"put on (?:\w+ ){0,3}weight|heavier|weigh more|weight gain)\b",
        "No: with a balanced programme, lifting won't bulk you up or slow you down. Many coaches now advise "
        "heavier weights with fewer reps: a load that tires you by 12–15 reps, 2–3 sets.",
    ),
    (
        "rule:bulk",
        r"\b(?:tired|fatigued?|drained|wiped|exhausted|knackered)\b",
        "Not if you keep it balanced: 15 to 20 minutes twice a week, on easy days and after your run, "
        "leaves your runs fresh, and a balanced programme won't slow you down.",
    ),
    (
        # "should the last few reps feel properly hard?", "is it meant to be a struggle by rep 12?": yes
        "rule:sets_reps",
        _LAST_REPS_HARD,
        "Yes, that's the idea: a resistance that leaves you tired by the last of 12 to 15 reps, 2 or 3 sets, "
        "but never at the cost of form: if your form slips, the load is too heavy.",
    ),
    (
        "rule:sets_reps",
        r"\brest\b",
        "Rest about 30 seconds to a minute between sets: enough to do the next set with good form. "
        "(The article gives no figure; Legwork's routines allow 30 s.)",
    ),
    (
        "rule:sets_reps",
        r"\b(?:enough|too few|too many)\b",
        "Aim for 2 or 3 sets of 12 to 15 reps with a resistance that leaves you tired by the last reps; "
        "if they feel easy, make it harder rather than just doing more.",
    ),
    (
        # (r18 tb) "how do I know if the weight is too heavy?", "is it too light?": the test, said plainly
        "rule:sets_reps",
        r"\btoo (?:heavy|light|much weight|little weight)\b|\b(?:right|correct) (?:weight|load)\b",
        "Too heavy if you can't finish 12 to 15 reps with good form; too light if they don't leave you tired "
        "by the end. Aim for 2 or 3 sets.",
    ),
    (
        "rule:sets_reps",
        r"\bheavy|weight|kg|lbs\b",
        "Heavy enough that 12 to 15 reps leave you tired, with good form, for 2 or 3 sets.",
    ),
    (
        "rule:sets_reps",
        r"",
        "2 or 3 sets of 12 to 15 reps, with a resistance that leaves you tired by the end of each set.",
    ),
    (
        # "is something out of balance?", "could that be an imbalance?": likely, said as such.
        "rule:opposing_balance",
        r"^(?=.*\b(?:out of balance|imbalanc\w*|unbalanced)\b).*\b(?:could|might|something|maybe)\b",
        "It can be: an imbalance between opposing muscles (quads against hamstrings above all) is a "
        "leading cause of runners' overuse injuries. Match every quad exercise with hamstring work "
        "(hamstring push-up, hamstring curl), and see a physio if the soreness doesn't settle.",
    ),
    (
        # "is that bad?", "does it matter?", "should they be equally strong?": yes, keep them balanced.
        "rule:opposing_balance",
        r"^(?:is|are|does|do|should|would|will|am|can)\b|\b(?:problem|bad|matter|matters|issue|worry|"
        r"equal\w*|even)\b",
        "Yes: an imbalance between opposing muscles (quads against hamstrings above all) is a leading "
        "cause of runners' overuse injuries in the knees, hips and feet. Match every quad exercise with "
        "hamstring work (hamstring push-up, hamstring curl).",
    ),
    (
        # "does balance stuff matter?", "do I need balance work?": yes, and what it adds.
        "rule:balance_training",
        r"^(?!.*\bwhy\b)(?:does|do|is|are|should|will|would|must|can)\b.*\b(?:matters?|need|worth\w*|"
        r"bother|point|necessary|important)\b",
        "Yes: strength isn't only bigger muscles. Balance exercises train the small muscles that keep "
        "adjusting your posture, which sharpens your alignment and coordination, so each stride lands in "
        "line. One-legged moves (one-legged squat, step-ups, single-leg calf raises) build strength and "
        "balance at once.",
    ),
    (
        # "why do balance exercises matter if I just want to get stronger?": what balance work adds.
        "rule:balance_training",
        r"\b(?:why|point|matters?|worth\w*|bother|need)\b",
        "Because strength isn't only bigger muscles: balance exercises train the small muscles that keep "
        "adjusting your posture, which sharpens your alignment and coordination, so each stride lands in "
        "line. One-legged moves (one-legged squat, step-ups, single-leg calf raises) build strength and "
        "balance at once.",
    ),
    (
        # (r19 ti) "how does strength work help coordination, not just bigger muscles?": how it does it
        "rule:balance_training",
        r"^(?!.*\bwhy\b)(?=.*\b(?:coordinat\w*|co ordinat\w*)\b)"
        r"(?=.*\b(?:how|in what way|what way|not just|not only|rather than|instead of|besides|as well as)\b)",
        "Through balance and form, not only bigger muscles: exercises that make you balance train the small "
        "muscles that keep adjusting your posture, and holding good form and alignment through every rep "
        "(never traded for more weight or reps) trains coordination. One-legged moves (one-legged squat, "
        "single-leg calf raises) do both.",
    ),
    (
        "rule:balance_training",
        r"^(?!(?:should|do|does|is|are|will|would|must)\b)(?!.*\bwhy\b)"
        r"(?=.*\b(?:balanc\w*|steady|steadier|stable|stabili[sz]\w*|wobbl\w*|coordinat\w*|small muscles|"
        r"little muscles)\b)"
        r".*\b(?:what|which|how|ideas?|exercises?|moves?|train|work|start|best|good)\b",
        "Balance work: one-legged moves (one-legged squat, calf raises on one leg) make the small "
        "muscles that steady you keep adjusting, and the side-lying hip raise and lying leg lift work "
        "the deep hip muscles that hold the joint steady.",
    ),
    (
        # "do I stop when it's nearly straight?", "almost straight at the top, right?": that is the rule,
        # so the verdict is yes (only a fully locked knee is the mistake).
        "rule:lock_knees",
        r"^(?!.*\b(?:all the way|fully|completely|100)\b).*\b(?:nearly|almost|just short|not quite|"
        r"most of the way|short of)\b",
        "Yes: nearly straight is right. Stop just short of locking the knee, so the muscle keeps the load "
        "instead of the joint.",
    ),
    (
        "rule:lock_knees",
        # ((r17 vd) "do I keep my back straight on lunges?": the torso's straightness, not the knee's)
        r"^(?!(?!.*\bknees?\b).*\b(?:back|torso|spine|upper body|chest|trunk|posture)\b)",
        "No, don't lock them: stop just before the knees are fully straight, so the muscle keeps the load "
        "instead of the joint.",
    ),
    (
        # "my hip flexors are weak apparently, do they even matter for running or is that yoga talk?"
        "muscle:hips",
        r"^(?!.*\b(?:why|how|what|which|pain\w*|hurts?|sore|injur\w*)\b)"
        r"(?:do|does|is|are|should|will|would)\b.*\b(?:matter|matters|important|count|do anything|necessary|"
        r"worth\w*|bother|need|really|even)\b",
        "Yes: the hip flexors and extenders swing your legs forward and back with the quads and "
        "hamstrings, and the hip rotators hold the joint steady, keeping each stride in line; weak hips let "
        "the legs angle in or out. They lie deep, so workouts often miss them: add the side-lying hip raise "
        "and the lying leg lift, 2–3 sets of 12–15 each leg.",
    ),
    (
        # "when I go heavy do I hold my breath to brace?": no, whatever the load.
        "rule:breathing",
        r"\bhold\w* (?:in )?(?:my |your |the |a |our )?breath\b",
        "No: never hold your breath, even on heavy lifts. Breathe out on the effort (the lift, press or "
        "push) and in as you come back.",
    ),
    (
        "rule:breathing",
        r"",
        "Breathe out on the effort (the lift, press or push) and in as you come back. "
        "Never hold your breath.",
    ),
    (
        "rule:slow_controlled",
        r"\bhow (?:long|many seconds|slow)\b|\bseconds\b",
        "The article gives no count: it says keep movements slow and controlled, never bouncing. About "
        "2–3 seconds on the way down is a common guide (general advice, not the article's).",
    ),
    (
        "rule:stretch_after",
        r"\bhow long\b|\bseconds\b|\bhow many minutes\b",
        "About 20–30 seconds per stretch, easing in without bouncing; a few minutes covers the quads, "
        "hamstrings, calves, glutes and hips (the article gives no time; this is general guidance).",
    ),
    (
        # "should I do reps fast or slow?": a pick, not a "No"
        "rule:slow_controlled",
        r"\b(?:fast|quick\w*|explosive\w*)\b.*\bor\b.*\bslow\w*|\bslow\w*\b.*\bor\b.*\b(?:fast|quick\w*|"
        r"explosive\w*)\b",
        "Slow: keep every rep slow and controlled, no bouncing or momentum. Speed and spring come from "
        "plyometrics, not fast lifting.",
    ),
    (
        "rule:slow_controlled",
        r"\b(?:bounce|bouncing|fast|quick|momentum|swing)\b",
        "No: keep every rep slow and controlled, no bouncing or momentum.",
    ),
    # (r16 zc) "what exercises should I do for a half marathon?", "first ultra, what exercises?": the
    # basics for a race ahead (a time goal's speed picks come first, above), not the race-eve rule
    ("rule:race_day", RACE_MOVES, RACE_MOVES_TEXT),
    ("rule:why_strength", RACE_MOVES, RACE_MOVES_TEXT),
    ("rule:time_needed", RACE_MOVES, RACE_MOVES_TEXT),
)
_COMPILED = tuple((t, rx.compile(p), text) for t, p, text in _DIRECT)


_HARD_NAMED = rx.compile(
    r"\b(?:tempo|intervals?|interval session|long run|speed ?work|fartlek|threshold|"
    r"track (?:session|workout)|hill (?:reps|repeats|sprints|session|sessions|runs?|running|"
    r"workouts?|climbs)|"
    r"(?:running|run|sprinting|sprint) (?:up )?(?:the |some |a |my )?hills?|hills)\b"
)
_ORDER_RUN = rx.compile(r"\b(?:run|runs|running|jog\w*|strides|easy run|5k|10k|parkrun|tempo|intervals?)\b")
_ORDER_LIFT = rx.compile(
    r"\b(?:lift\w*|legs|leg ?day|gym|strength|squats?|lunges?|weights|leg (?:workout|session)|"
    r"calf raises?|step ?ups?|bridges?|leg press\w*|deadlifts?|rdls?)\b"
)


def order_subject(question: str) -> str | None:
    """ "do my strides go before or after the strength session": the answer for the thing asked
    about (the run goes before, the strength work after); None when it doesn't say."""
    m = rx.search(r"\b(?:before or after|after or before)\b", question)
    if m is None or not _ORDER_RUN.search(question):
        return None  # "legs before or after a swim": no run to put first
    if hard_order(question) is not None:
        return HARD_ORDER_TEXT  # "squats before or after my tempo?": not that day, ideally
    head = question[: m.start()]
    runs = [x.start() for x in _ORDER_RUN.finditer(head)]
    lifts = [x.start() for x in _ORDER_LIFT.finditer(head)]
    if not runs and not lifts:
        return None
    if runs and (not lifts or runs[-1] > lifts[-1]):
        return "Before: run first, then the strength work."
    return "After: run first, then the strength work."


# A knee "nearly / almost / just short of" straight is the article's rule, not the mistake.
_NEARLY_STRAIGHT = rx.compile(
    r"^(?!.*\b(?:all the way|fully|completely|100)\b)(?=.*\b(?:straight|straighten\w*|lock\w*)\b)"
    r".*\b(?:nearly|"
    r"almost|just short|not quite|most of the way|short of)\b"
)
NEARLY_STRAIGHT_TEXT = (
    "Yes: nearly straight is right. Stop just short of locking the knee, so the muscle keeps the load "
    "instead of the joint."
)
_FULLY_STRAIGHT = rx.compile(
    # ("that machine where you kick your legs straight out, do i go all the way": the straightening
    # said before the ask)
    r"^(?=.*\b(?:straight|straighten\w*|lock\w*|kick\w*|extend\w*|extensions?)\b)"
    r"(?=(?:is|does|am|shall)\b|.*\b(?:do|should|can|must) (?:i|you|we)\b)"
    r"(?!.*\ball the way (?:down|low|to the (?:floor|bottom)))"
    r".*\b(?:all the way|fully|completely|100|right up)\b(?!.*\b(?:nearly|almost|short)\b)"
)
FULLY_STRAIGHT_TEXT = (
    "No: stop just short of fully straight. Locking the knee takes the load off the muscle and puts it "
    "on the joint."
)
# (r19 tk) The ask is whether to stop or avoid the full straightening: the verdict turns round.
_STOP_STRAIGHT = rx.compile(
    r"\b(?:stop|quit|avoid|not|never|no longer|cut out) (?:\w+ )?(?:straighten\w*|lock\w*|going all the way|"
    r"extend\w*)\b"
)
_NO_RACE = rx.compile(r"\b(?:no|not a|not|isnt a|its not a) (?:race|racing)\b")
_EVE = rx.compile(r"\b(?:day|night|evening|eve) before\b")
_STRAIGHTEN_TOPICS = frozenset(
    {"rule:lock_knees", "exercise:step_up", "exercise:leg_press", "exercise:quad_extension"}
)


# "is doing legs tonight a bad idea or fine?", "sensible or overkill?": a bare "Yes" or "No" doesn't say
# which of the two, so the verdict names it ("Fine: ...", "Bad idea: ...").
_NEG_SIDE = r"(?:a bad idea|bad idea|bad|dumb|stupid|wrong|too much|risky|lazy|overkill|harmful|a mistake)"
_POS_SIDE = r"(?:fine|ok|okay|good|alright|sensible|smart|legit|safe)"
_POLAR = rx.compile(
    rf"\b{_NEG_SIDE} (?:\w+ ){{0,2}}?or (?:is it |its |am i |totally |just |actually |is that )?"
    rf"(?P<pos>{_POS_SIDE})\b|"
    rf"\b(?P<pos2>{_POS_SIDE}) (?:\w+ ){{0,2}}?or (?:is it |its |a |is that |just )?{_NEG_SIDE}\b"
)
_PLAIN_OK = frozenset({"ok", "okay", "alright", "fine", "good", "safe"})


def _polar(question: str, text: str) -> str:
    m = _POLAR.search(question)
    if m is None:
        return text
    pos = m.group("pos") or m.group("pos2")
    word = "Fine" if pos in _PLAIN_OK else pos.capitalize()
    if rx.match(r"Yes\b", text):
        return word + text[3:]
    if rx.match(r"No[:,]", text):
        return "Bad idea" + text[2:]
    return text


# "I can only lift on days I also run, is that ok?": a yes, then the order and the hard-day rule, whichever
# timing topic its words land on
RUN_DAYS_ASK = (
    # (not "can I do it on my long run day?": the hard-run day's No)
    r"^(?!.*\b(?:long|hard|tempo|intervals?|speed|track|race|workout|hill) (?:run |running )?days?\b)"
    # (r16 zb) "...on days I'm already running. is that ok?", "will that hurt my running?"
    r"(?=.*\b(?:(?:is|would|will) (?:that|it|this) (?:be )?(?:ok|okay|fine|alright|a problem|an issue|bad|"
    r"hurt|harm|mess)|can i|is it (?:ok|okay|fine|alright))\b).*\b(?:days? (?:when |that )?(?:i|im|i am) "
    r"(?:also |already )?(?:run|running|go running)|"
    r"same days? (?:as|that|i) (?:\w+ )?(?:run|runs)|running days?|run days?)\b"
)
_RUN_DAYS_OK = rx.compile(RUN_DAYS_ASK)
_RUN_DAYS_BAD = rx.compile(r"\b(?:a problem|an issue|bad|hurt|harm|mess)\b")
# (r18 tf) "legit can i just run and skip the gym entirely", "can I only run instead of doing strength?":
# running alone is the ask (the gym or strength dropped for it), whichever topic the words land on: no,
# running won't build the strength, but the leg work needs no gym.
_RUN_ONLY_TOPICS = frozenset(
    {
        "rule:why_strength",
        "rule:gym_vs_home",
        "rule:off_season",
        "rule:home_workout",
        "rule:routine",
        "rule:warm_up",
        "rule:free_weights",
        "rule:machines",
    }
)
_RUN_ONLY = rx.compile(
    r"^(?!.*\b(?:first|before|after|then|same day|race|injur\w*|hurt\w*|pain|warm\w*|stretch\w*)\b)"
    r"(?:.*\b)?(?:can|could|should|is it ok to|is it fine to|do i|would it be ok to) (?:i )?"
    r"(?:just|only|simply) (?:run|running|jog|jogging|do my runs|stick to running)\b"
    r"(?: \w+){0,4} (?:and (?:skip|omit|ditch|drop|not|forget|avoid|leave out|no)|instead of|rather than|"
    r"without)\b"
)
_RUN_ORDER_ASKED = rx.compile(
    r"^(?!.*\b(?:warm\w*|cool\w*|stretch\w*|how|why|hurt\w*|pain\w*|race|racing|marathon)\b).*\b(?:"
    r"before (?:or after )?(?:my |a |the |i )?(?:runs?|running|jogs?)\b(?: (?:\w+ )?or (?:after|post))?|"
    r"before or after\b|pre or post|after (?:or before )?(?:my |a |the )?(?:runs?|running)\b(?: or before)?)"
)
_HARD_TIMED = rx.compile(
    r"^(?:(?:and|so|but|also) )*(?:can|could|is|are|should|do|does|would|will|am|ok|okay)\b"
    r"(?!.*\b(?:how|why|which|what|race|racing|marathon|hurt\w*|pain\w*|sore\w*)\b)"
    r".*\b(?:(?:the )?(?:day|morning|evening|night) (?:after|before)|same day as|after|before) "
    r"(?:my |a |an |the |our |some |hard |tough |big )*"
    r"(?:track (?:intervals?|sessions?|workouts?|night)|intervals?|interval (?:sessions?|workouts?|runs?)|"
    r"tempos?(?: runs?)?|long runs?|speed ?work|speed sessions?|hill sessions?|hard runs?|hard sessions?|"
    r"hard workouts?|reps session)\b"
)
_RACE_TIMED = rx.compile(
    r"^(?!.*\b(?:warm\w*|after|recover\w*|how|why|what|which|hurt\w*|pain\w*)\b).*(?:"
    # ("race day" is spelt "race" by content/questions.py SHORTHAND: "squats on race day" -> "on race")
    r"\brace (?:day|morning)\b|\bon (?:my |the |a )?race$|"
    r"\b(?:day|night|morning|eve) (?:before|of) (?:my |the |a |an |our )?"
    r"(?:race|marathon|half|half marathon|10k|5k|parkrun|ultra)\b)"
)
RUN_ONLY_TEXT = (
    "Not if you want stronger legs: running builds endurance, but it's an inefficient way to build "
    "strength, and that strength is what tires more slowly and heads off injuries. You can skip the gym, "
    "though: calf raises, one-legged squats, hamstring push-ups, step-ups and bridges at home, 15 to 20 "
    "minutes twice a week."
)
_RUN_DAYS_TOPICS = ("rule:run_first", "rule:hard_run_day", "rule:frequency", "rule:race_day")
RUN_DAYS_OK = (
    "Yes, that's fine: on a shared day, run first, then lift. Just keep strength work off your hard-run "
    "days (intervals, tempo, the long run) and the day before a race."
)


# (r17 vc) a skipping rope asked about alongside the skipping drill
_ROPE = rx.compile(r"\b(?:skipping|jump|jumping) ?ropes?\b|\bropes?\b")
SKIP_NOT_ROPE = (
    "No, not rope skipping: the article's skipping is a bounding drill with no rope. You take off from one "
    "foot and land on that same foot, then do the same on the other, in a steady skipping rhythm."
)


# (r18 td) a rope the runner has ("I have a skipping rope", "got a jump rope", "only a rope at home")
_ROPE_OWNED = rx.compile(
    r"\b(?:have|got|own|bought|only|just|with) (?:a |an |my |one )?(?:\w+ )?(?:skipping|jump|jumping|speed) ?"
    r"ropes?\b"
)
_ROPE_SAME = rx.compile(r"\b(?:same|different|difference|mean|means|like)\b")
ROPE_KIT_TEXT = (
    "A rope isn't in the article, but jumping rope is quick hopping, close to its plyometrics: use it for "
    "short bouts of hops (a few sets of 20–30) to build spring in the calves. Add the bodyweight basics: "
    "calf raises, one-legged squats and bridges, 2–3 sets of 12–15 (bridge: hold 30 s), twice a week. "
    "(The article's own skipping drill needs no rope: bound off one foot and land on it, then switch.)"
)


PLYO_MEMBER = rx.compile(
    r"^(?:(?:and|so|but|ok|also) )*(?:is|are|does|do|would|will|isnt|arent)\b"
    r"(?!.*\b(?:why|how (?:many|often|long|high|far)|harder|easier|help\w*|instead|replace|carry over)\b)"
    r".*\b(?:plyo\w*|plyometric\w*|jump(?:ing)? (?:drills?|training|exercises?|work))\b|"
    r"^(?:(?:and|so|but|ok|also) )*(?:is|are|isnt|arent) (?:it|they|that|those|this|\w+(?: \w+)?) "
    r"(?:part|one|a part) of (?:it|them|that|those|plyo\w*)\b"
)


def direct(topic_id: str, question: str) -> str | None:
    """The direct lead for this topic and (normalised) question, or None."""
    if topic_id in _RUN_DAYS_TOPICS and _RUN_DAYS_OK.search(question):
        # (r16 zb) "is that a problem?" is answered No, "is that ok?" Yes
        # ("Not at all": a "No" here would be turned round as a No to doing it)
        return "Not at all" + RUN_DAYS_OK[3:] if _RUN_DAYS_BAD.search(question) else RUN_DAYS_OK
    ex = EXERCISES.get(topic_id.removeprefix("exercise:"))
    if ex is not None and ex.setting == "plyo" and _CARRY_OVER.search(question):
        return _polar(question, CARRY_OVER_TEXT)
    if topic_id in ("exercise:skipping", "rule:plyometrics", "exercise:line_hops") and _ROPE.search(question):
        if _ROPE_OWNED.search(question):
            # (r18 td) "I have a skipping rope and that's it, leg ideas?": the rope as kit, not the drill
            return ROPE_KIT_TEXT
        if "skip" in question or _ROPE_SAME.search(question):
            # (r17 vc) "what's skipping as a plyo exercise, is it the same as skipping rope?": not the rope
            return SKIP_NOT_ROPE
    if ex is not None and ex.setting == "plyo" and PLYO_MEMBER.search(question):
        # (r16 zf) "is skipping a plyometric exercise?", "are box hops plyos?": yes, one of the three drills
        others = " and ".join(
            e.name.lower() for e in EXERCISES.values() if e.setting == "plyo" and e is not ex
        )
        verb = "are" if ex.name.endswith("s") else "is"
        return (
            f"Yes: {ex.name.lower()} {verb} one of the article's plyometric drills (jumping and "
            f"bounding work for explosive power), with {others}."
        )
    if topic_id in _RUN_ONLY_TOPICS and _RUN_ONLY.search(question):
        return RUN_ONLY_TEXT
    if topic_id.startswith("exercise:") and _RACE_TIMED.search(question):
        # (r18 tf) "squats on race day?", "lunges the day before my marathon?": the race rule's verdict,
        # though the words land on the move's card
        return direct("rule:race_day", question)
    if (topic_id.startswith("exercise:") or topic_id == "rule:plyometrics") and _HARD_TIMED.search(question):
        # (r19 ti) "can I do my jumping drills the day after track intervals?": the hard-run rule's
        # verdict on that day, though the words land on the drills' own pitch
        return direct("rule:hard_run_day", question)
    if topic_id.startswith("exercise:") and _RUN_ORDER_ASKED.search(question):
        # (r18 tf) "calf raises before my run or after?": the day's order asked of a move, run first
        return direct("rule:run_first", question)
    if topic_id in TIMING_RULES | {"rule:recovery_week", "rule:frequency"} and RUN_AFTER_LEGS.search(
        question
    ):
        # (r19 tj) "can I run easy the morning after leg day?": the run is the act, leg day the anchor
        return _polar(question, RUN_AFTER_LEGS_TEXT)
    said = _direct(topic_id, question)
    if topic_id not in TIMING_RULES and _ORDER_YES_NO.match(question):
        # "is it acceptable to do my leg routine in the morning and run in the afternoon?": a day's
        # order asked about, whichever topic its words land on (a routine, a session's length)
        said = order_verdict(question) or said
    if said is None:
        return None
    if topic_id in TIMING_RULES and said.startswith("Yes") and _BAD_ASK.search(question):
        said = _turned(said)
    return _polar(question, said)


# (r19 tj) An easy run asked of the day after leg day ("can I run easy the morning after leg day?", "is an
# easy jog ok the day after squats?"): a run after lifting, not a lift after a run
RUN_AFTER_LEGS = rx.compile(
    r"^(?=.*\b(?:easy|gentle|light|recovery|slow|short) (?:run|runs|jog|jogs|miles)\b|"
    r".*\b(?:run|jog) (?:easy|gently|slowly|light)\b)"
    r"(?=.*\b(?:day|morning) after (?:my |a |the |doing |heavy )?(?:leg ?day|lifting|lifts?|strength|gym|"
    r"squats|weights|leg (?:session|workout))\b)"
)
RUN_AFTER_LEGS_TEXT = (
    "Yes: an easy run the day after leg day is fine if your legs feel OK "
    "(general advice; the article doesn't say). Its rule is the other way round: no strength work on a "
    "hard-run day or the day before a race."
)


_ORDER_YES_NO = rx.compile(
    r"(?:(?:is|would|will|can|could|should|do|does|am) (?:it|i|that|this)|its|ok|okay|legit|fine)\b"
)


# The rules on which day to lift (content/pairs.py uses them too). "is leg day the day after my long
# run a bad idea?": their approving "Yes" answers the other way round ("No, ..."); an either/or ("bad
# idea or fine?") is _polar's.
TIMING_RULES = frozenset({"rule:hard_run_day", "rule:race_day", "rule:run_first"})
_BAD_ASK = rx.compile(
    r"^(?!.*\bor (?:is it |its |just )?(?:fine|ok|okay|good|alright)\b)"
    r".*\b(?:a bad idea|bad idea|bad|wrong|a mistake|dumb|stupid|risky|a problem|an issue|harmful)\b"
)


def _turned(text: str) -> str:
    # ("Fine", not "No": content/compose.py flip() turns a leading "No" under "is it bad?" round again)
    for yes, fine in (
        ("Yes, if ", "Fine, if "),
        ("Yes, after ", "Fine after "),
        ("Yes, that's ", "Fine, that's "),
    ):
        if text.startswith(yes):
            return fine + text[len(yes) :]
    if text.startswith("Yes: "):
        return "Fine: " + text[len("Yes: ") :]
    return text


# "what is a wall squat and does it help my knees?", "knee op 6 months ago, physio cleared me, can I do
# wall squats?": a quad exercise asked about for the knees is a yes, pain-free (the article: strong,
# balanced quads and hamstrings steady the knee), not a card cue turned into "No".
_KNEE_HELP = rx.compile(
    r"\b(?:help|helps|good|better|ok|okay|safe|fine|bad|alright|protect\w*|strengthen\w*)\b(?: \w+){0,4} "
    r"(?:for )?(?:my |the |your |dodgy |bad |weak )?knees?\b"
)
_CLEARED = rx.compile(
    r"\b(?:cleared|signed (?:me |it )?off|given the (?:ok|okay|all clear|green light)|all clear|green light|"
    r"physio (?:says|said) (?:im|i am|its) (?:ok|okay|fine|good))\b"
)
_CAN_DO = rx.compile(r"\b(?:can|could|should) i (?:now |still |start |try )?(?:do|doing|start|try|use|add)\b")
_KNEE_SAID = rx.compile(r"\bknees?\b|\bacl\b|\bmeniscus\b|\bpatella\w*")
KNEE_PAST_TOES = rx.compile(
    r"\bknees?\b.*\b(?:past|pass\w*|over|beyond|in front of|ahead of)\b.*\btoe[sz]?\b"
)


def _knee_yes(topic_id: str, question: str) -> str | None:
    ex = EXERCISES.get(topic_id.removeprefix("exercise:")) if topic_id.startswith("exercise:") else None
    if ex is None or "quads" not in ex.primary or not _KNEE_SAID.search(question):
        return None
    if KNEE_PAST_TOES.search(question):
        return None  # (r19 tm) "is it ok if my knees go past my toes?": the article's no, not this yes
    name = ex.name.lower()
    if _CLEARED.search(question) and _CAN_DO.search(question):
        return (
            f"Yes, once your physio has cleared you: the {name} builds the quads that steady the knee. "
            "Start light (one or two sets, no added weight), slow and controlled, build up over the weeks, "
            "and stop if the knee hurts or swells."
        )
    if _KNEE_HELP.search(question) and not rx.search(
        r"\b(?:hurts?|pain\w*|sore|swollen|swelling|clicks?)\b", question
    ):
        return (
            f"Yes, done pain-free: the {name} builds the quads (with the glutes), and strong, balanced thigh "
            "muscles steady the knee. Keep each knee in line over your toes, not out past them."
        )
    return None


# (r16 zf) "runner's knee: what should I strengthen, and can I still lift?", "shin splints - is it ok to
# keep lifting?", "should I stop lifting?": a named running injury and whether to keep up strength work.
# Yes, pain-free: the article says strength work helps repair or prevent these injuries.
_KEEP_LIFTING = rx.compile(
    r"\b(?:can|could|should|may|is it (?:ok|okay|fine|safe|alright)(?: to)?|ok|okay|safe|fine) (?:i |to )?"
    r"(?:still |keep (?:on )?|carry on |continue |keep up )"
    r"(?:lift\w*|train\w*|strength train\w*|gym\w*|working out|work out|"
    r"do(?:ing)? (?:legs|leg day|leg work|strength\w*(?: training| work| workouts?)?|weights|squats|lunges|"
    r"the gym|"
    r"my (?:leg|strength|gym) \w+))\b|"
    r"\b(?:stop|quit|pause|give up|drop|skip|avoid|lay off|take a break from) (?:all |doing )?(?:lifting|"
    r"strength(?: training| work| workouts?)?|weights|leg day|legs|the gym|squats|lunges)\b"
)
_KEEP_LIFTING_WHY = {
    "injury:runners_knee": "quad and hamstring strength work helps you recover from runner's knee",
    "injury:shin_splints": "strength work helps shin splints, calf raises and the wall toe raise above all",
    "injury:hip_weakness": "strengthening the hips and glutes is the fix for weak hips and poor alignment",
}


_KNEE_TOE_TOPICS = frozenset(
    {
        "exercise:wall_squat",
        "exercise:one_leg_squat",
        "exercise:weighted_one_leg_squat",
        "exercise:lunge",
        "exercise:walking_lunge",
        "rule:form_first",
    }
)
_KNEE_TOE_WHERE = rx.compile(
    r"^(?!.*\b(?:hurts?|pain\w*|sore|ache\w*|click\w*|cave|caving|inward|in or out)\b)(?:"
    r".*\b(?:where|how far|how much)\b(?: \w+){0,6} knees?\b(?: \w+){0,6} "
    r"(?:toes?|forward|front|go|travel|end up|be|sit|stay)\b|"
    r".*\bknees?\b(?: \w+){0,4} (?:relative to|compared to|in relation to|vs|versus) "
    r"(?:my |the |your )?toes?\b|"
    # (r17 ve) "what's the actual rule about knees?", "any rule for my knees on the wall squat?"
    r".*\b(?:rules?|advice|cue) (?:about|for|on|with) (?:my |the |your )?knees?\b)"
)
KNEE_TOE_TEXT = (
    "Keep them behind your toes: don't let your knees travel out in front of them, and lower only until "
    "they're bent about 90 degrees."
)


def _keep_lifting(topic_id: str, question: str) -> str | None:
    why = _KEEP_LIFTING_WHY.get(topic_id)
    m = _KEEP_LIFTING.search(question) if why is not None else None
    if m is None:
        return None
    stop = not m.group(0).startswith(("can", "could", "should", "may", "is it", "ok", "okay", "safe", "fine"))
    lead = "No, keep it up, pain-free" if stop else "Yes, pain-free"
    return (
        f"{lead}: the article says {why}. Use loads you're comfortable with, keep every move slow and "
        "controlled, and drop any move that hurts."
    )


_WINDED = rx.compile(r"\b(?:out of breath|short of breath|breathless\w*|winded|gasping|puffing)\b")
WINDED_TEXT = (
    "Partly: stronger leg muscles use oxygen more efficiently and are slower to tire, so runs and climbs "
    "feel easier. Being out of breath is mostly your aerobic fitness, though, which the running itself "
    "builds; if it comes with chest pain or dizziness, see a doctor."
)


# "how many hill charges, I bike a lot so my legs are already fried": the count, for tired legs ("legs
# are dead" reaches here as "legs are sore").
_TIRED_LEGS = rx.compile(
    r"\b(?:(?:legs?|quads|calves|hamstrings) (?:are |is |feel |always |already |usually |often |pretty |"
    r"so |really )*(?:fried|tired|dead|cooked|shot|heavy|wrecked|trashed|smashed|toast|fatigued|knackered|"
    r"shattered|spent|sore)|(?:already|always) (?:fried|tired|cooked|knackered|shattered|wrecked|fatigued)|"
    r"(?:tired|heavy|dead|fried|fatigued) legs)\b"
)
_NEW_TO_IT = rx.compile(
    r"\b(?:beginners?|novices?|newbies?|new to (?:this|it|them|running|strength|lifting|hills?|plyo\w*)|"
    r"first (?:time|session|go|week)|just start\w*|never done (?:them|it|this|these|any))\b"
)
_FROM_BIKE = rx.compile(r"\b(?:bike|biking|cycl\w*|ride|riding|rides|spin\w*|triathl\w*)\b")


def _tired_dose(topic_id: str, question: str) -> str | None:
    ex = EXERCISES.get(topic_id.removeprefix("exercise:")) if topic_id.startswith("exercise:") else None
    if ex is None or "how many" not in question:
        return None
    tired = _TIRED_LEGS.search(question)
    new = None if tired else _NEW_TO_IT.search(question)
    if not tired and not new:
        return None
    d = ex.dose
    if d.repeats_min is not None and d.repeats_max is not None:
        low = str(d.repeats_min)
    elif d.sets_max is not None:
        low = f"{d.sets} sets"
    else:
        return None
    dose = f"{d.text()[:1].upper()}{d.text()[1:]} is the usual range."
    if new:
        start = "one or two sets at first" if d.sets_max is not None else f"the low end ({low})"
        return (
            f"{dose} New to it, start with {start} and add more over the weeks as it gets easier, keeping "
            "your form good on every rep."
        )
    where = " from the bike" if _FROM_BIKE.search(question) else ""
    return (
        f"{dose} With legs already tired{where}, start at the low end ({low}) and stop when your form "
        "starts to slip rather than forcing the full count; keep the session off the day after your "
        "hardest training (general advice)."
    )


# "put on as much weight as I could, bounced out of the bottom and straightened my knees all the way...
# What should I change?": each fault told, its fix, not only the first one a rule spots.
_CHANGE_ASK = rx.compile(
    r"\bwhat (?:should|do|must|would) i (?:change|fix|do differently)|\bwhat (?:am i|was i|did i) (?:doing )?"
    r"(?:do(?:ing)? )?wrong\b|\bwhere did i go wrong\b"
)
_FAULTS: tuple[tuple[re.Pattern[str], str], ...] = (
    (
        rx.compile(
            r"\b(?:as (?:much|heavy) (?:weight )?as (?:i|you) (?:could|can)|max(?:imum)? weight|to failure)\b"
        ),
        "a lighter load, one that tires you by 12–15 good reps rather than the most you can lift",
    ),
    (
        rx.compile(r"\bbounc\w*|\b(?:fast|quick) reps\b"),
        "slow, controlled reps with no bouncing at the bottom",
    ),
    (
        rx.compile(
            r"\b(?:straighten\w*|lock\w*) (?:my |the )?(?:knees?|legs?) (?:all the way|fully|completely)|"
            r"\b(?:locked|locking) (?:my |the )?(?:knees?|legs?)\b|\bfully straight\b"
        ),
        "stop just short of straightening your knees fully, so the muscle keeps the load, not the joint",
    ),
)


def _changes(question: str) -> str | None:
    if (
        "wrong" not in question
        and "change" not in question
        and "fix" not in question
        and "differently" not in question
    ):
        return None
    if not _CHANGE_ASK.search(question):
        return None
    fixes = [fix for pattern, fix in _FAULTS if pattern.search(question)]
    if len(fixes) < 2:
        return None
    said = "; ".join(f"{i}) {fix}" for i, fix in enumerate(fixes, 1))
    sore = (
        " A little soreness for a day or two after a new session is normal; if your knees still hurt "
        "after that, or it's sharp, see a physio."
        if rx.search(r"\b(?:sore|ache\w*|achy|hurt\w*)\b", question)
        else ""
    )
    return f"{['', '', 'Two', 'Three'][len(fixes)]} changes: {said}.{sore}"


def _direct(topic_id: str, question: str) -> str | None:
    changes = _changes(question)
    if changes is not None:
        return changes
    tired = _tired_dose(topic_id, question)
    if tired is not None:
        return tired
    if topic_id == "rule:breathing" and _WINDED.search(question):
        # "im out of breath on runs, will leg strength help?": being winded, not breathing on a rep
        return WINDED_TEXT
    if topic_id in _KNEE_TOE_TOPICS and _KNEE_TOE_WHERE.search(question):
        # (r16 zf) "where should my knees end up relative to my toes?", "how far forward can my knees go?"
        return KNEE_TOE_TEXT
    keep = _keep_lifting(topic_id, question)
    if keep is not None:
        return keep
    knee = _knee_yes(topic_id, question)
    if knee is not None:
        return knee
    chosen = _versus(question) or _settles(question)
    if chosen is not None and topic_id in chosen[2]:
        # "leg press vs lunges?" landed on one of the pair: the choice, not that topic's own lead
        said = versus(question) if chosen[1] in _PICK else None
        return (said[0] if said else as_good_lead(question, chosen[0])).split("\n")[0]
    if topic_id == "rule:race_day" and _NO_RACE.search(question) and _EVE.search(question):
        # "the night before a long run? no race": the eve of a hard run, which the article allows
        return direct("rule:hard_run_day", question)
    if topic_id in _STRAIGHTEN_TOPICS and _NEARLY_STRAIGHT.search(question):
        # "on step-ups do I stop when it's nearly straight?": yes, that's the rule, whichever card
        return NEARLY_STRAIGHT_TEXT
    if topic_id in _STRAIGHTEN_TOPICS and _FULLY_STRAIGHT.search(question):
        # "do I push all the way till my leg is straight?": no, just short of it
        if _STOP_STRAIGHT.search(question):
            # (r19 tk) "should I stop straightening fully?": yes, stop just short
            return "Yes" + FULLY_STRAIGHT_TEXT.removeprefix("No")
        return FULLY_STRAIGHT_TEXT
    if topic_id == "rule:run_first" and _NEXT_DAY.search(question) and not rx.search(r"\bor\b", question):
        # "legs the morning after my long run?": the next day, the hard-run-day rule's case, not the
        # order within one day
        return direct("rule:hard_run_day", question)
    if topic_id in ("rule:run_first", "rule:hard_run_day"):
        when = time_choice(question) or swapped_choice(question)
        if when is not None:
            return when
        verdict = order_verdict(question)
        if verdict is not None:
            return verdict
    if topic_id == "rule:run_first" and not rx.search(r"\bstretch\w*|\bwarm", question):
        subject = order_subject(question)
        if subject is not None:
            return subject
    if topic_id == "rule:frequency":
        question = without_run_frequency(question)
    for t, pattern, text in _COMPILED:
        if t != topic_id:
            continue
        m = pattern.search(question)
        if m is None:
            continue
        if t == "rule:hard_run_day" and _DAY_WORD.search(m.group(0)) and not _NOT_DAY.search(question):
            continue  # two weekdays: the week reader's case, not one day with both
        if t == "rule:race_day":
            return _as_event(question, _race_weekday(question, text))
        if t == "rule:bulk" and text.startswith("No: ") and _WORTH.search(question):
            # "is it worth it, or will it make me slower?": a bare "No" would answer the worth
            return "Yes, it's worth it, and " + text[4:]
        if (
            t == "rule:frequency"
            and text.startswith("Twice a week, sometimes")
            and _WEEK_WHEN.search(question)
        ):
            # "when in the week should leg day go?": which days, not how many
            return WEEK_WHEN_TEXT
        if (
            t == "rule:hard_run_day"
            and text.startswith("No: not on a hard-run day")
            and _ORDER_OR.search(question)
        ):
            # "lift before or after my intervals?": which of the two, then the day rule
            return HARD_ORDER_TEXT
        return text
    return None


# "when in the week should leg day go?", "best day of the week to lift?": the days, not the count.
_WEEK_WHEN = rx.compile(
    r"\b(?:when|where) in (?:the|my|a) week\b|\b(?:best|right|ideal|good) (?:days?|time) (?:of|in) "
    r"(?:the|my|a) week\b|\b(?:which|what) days?\b|\bbest days?\b"
)
WEEK_WHEN_TEXT = (
    "On easy days, never on hard-run days (intervals, a tempo or a long run) or the day before a race. "
    "Twice a week is usual, sometimes three; on a day you also run, run first, then lift."
)
# "before or after my tempo?": a choice of order, not a yes/no.
_ORDER_OR = rx.compile(r"\b(?:before|after) (?:\w+ ){0,4}?or (?:before|after)\b")
HARD_ORDER_TEXT = (
    "Neither, ideally: a hard run (intervals, a tempo, hill reps, a long run) makes it a hard-run day, and "
    "the article says not to do strength work on the same day as a hard run. Move it to an easy day; if it "
    "really has to share that day, do it after (run first, then lift)."
)


def hard_order(plain: str) -> str | None:
    """ "squats before or after my tempo?": an order asked around a hard run, so neither ideally, and
    after if they must share the day; None for any other question."""
    if not (_ORDER_OR.search(plain) and _HARD_NAMED.search(plain) and _ORDER_LIFT.search(plain)):
        return None
    if rx.search(r"\b(?:easy|recovery|gentle|slow|stretch\w*|warm\w*|race|races|racing)\b", plain):
        return None
    if _DAY_WORD.search(plain) and week_verdict(plain) is not None:
        return None  # "... my sunday long run": the week reader names the day
    if _HILL_RUN.search(plain) and not rx.search(
        r"\b(?:intervals?|tempo|long run|speed ?work|fartlek|threshold|track)\b", plain
    ):
        return HILL_ORDER_TEXT
    return HARD_ORDER_TEXT


# (r15 yb) "squats before or after running hills?": hill repeats are strength work and a hard session
# in themselves, so the squats belong on another day; if they must share one, the hills go first.
_HILL_RUN = rx.compile(
    r"\b(?:hill (?:reps|repeats|sprints|session|sessions|runs?|running|workouts?|climbs|intervals)|"
    r"(?:running|run|sprinting|sprint|charging) (?:up )?(?:the |some |a |my )?hills?|hills|"
    r"uphill (?:reps|sprints|runs?))\b"
)
HILL_ORDER_TEXT = (
    "Neither, ideally: hill repeats are strength work in their own right and a hard session, so the "
    "article would keep other strength work off that day. Put the leg work on an easy day; if they "
    "really must share it, run the hills first and lift after."
)


_NEXT_DAY = rx.compile(r"\b(?:day|morning) after\b|\b(?:next|following) (?:day|morning)\b")
_WORTH = rx.compile(r"\b(?:worth ?(?:it|while|doing|the (?:time|effort|bother)|my time)|should i bother)\b")


_WEEKDAYS = tuple(d.lower() for d in DAY_NAMES)
_RACE_ON = rx.compile(
    r"\b(?:race|marathon|half|10k|5k|parkrun|ultra|meet)\b(?: \w+){0,3}? (?:is )?(?:on |this |next )?"
    r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b|"
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?(?:'s)? "
    r"(?:race|marathon|half|10k|5k|parkrun)\b"
)


_RACE_SAID = rx.compile(r"\b(?:race|racing|marathon|half|10k|5k|parkrun|ultra)\b")
_EVENT_SAID = rx.compile(rf"\b(?:\w+ )?{_TEST_EVENT}\b")
_EVENT_OF = {"tests": "test", "trials": "trial", "tryouts": "tryout", "assessments": "assessment"}


def _as_event(question: str, text: str) -> str:
    """The race rule said of the runner's own event when it is no race ("the day before the test")."""
    if _RACE_SAID.search(question):
        return text
    m = _EVENT_SAID.search(question)
    if m is None:
        return text
    word = m.group(0).split()[-1]
    word = _EVENT_OF.get(word, word)
    text = rx.sub(r"\bin race week\b", f"in the week of the {word}", text)
    return rx.sub(r"\b(?:the|a) race\b", f"the {word}", text)


def _race_weekday(question: str, text: str) -> str:
    """The last-session rule worked through for the runner's own race day ("race is on Sunday" ->
    "Friday at the latest"), not the Saturday example."""
    m = _RACE_ON.search(question)
    if m is None:
        return text
    day = m.group(1) or m.group(2)
    latest = _WEEKDAYS[(_WEEKDAYS.index(day) - 2) % 7]
    return text.replace(
        "(for a Saturday race, Thursday at the latest)",
        f"(for your {day.title()} race, {latest.title()} at the latest)",
    )


# "I run 5 times a week", "sprint 3x a week": how often they RUN, said as background; not the
# strength frequency the question asks about ("is twice a week enough if I run 5 times a week?").
_RUN_FREQ = rx.compile(
    r"\b(?:run|runs|running|jog|jogs|jogging|sprint|sprints|sprinting|cycle|swim|race|racing|walk\w*|"
    r"hike|ride|bike)\b "
    r"(?:\w+ ){0,3}?(?:[1-7]|one|two|three|four|five|six|seven|once|twice) ?(?:x|times|days|sessions)?"
    r"(?: (?:a|per|each|every) week| weekly)\b"
    r"|\b(?:[1-7]|two|three|four|five|six|seven) (?:runs|run days|runs a week)\b(?: (?:a|per) week)?"
    r"|\b(?:run|runs|running|jog|jogs|jogging|walk\w*|cycle|cycling|bike|ride|swim\w*|hike|commute) "
    r"(?:\w+ ){0,2}?(?:every ?day|daily)\b"
    r"|\b(?:[1-7]|one|two|three|four|five|six|seven|once|twice) ?(?:x|times|days)? (?:a|per|each|every) week "
    r"(?:\w+ ){0,2}?(?:run|runs|running|jog|sprint|sprints|cycle|swim|ride|bike)\b"
)


def without_run_frequency(question: str) -> str:
    return _RUN_FREQ.sub(" ", question)


# ---- run and lift on one day: which comes first, read from the question ----------------------------

_RUN_WORD = rx.compile(
    r"\b(?:run|runs|running|ran|jog|jogs|jogging|run club|long run|tempo|intervals?|"
    r"track (?:session|workout)|parkrun|race|5k|10k|strides)\b"
)
_LIFT_WORD = rx.compile(
    r"\b(?:lift\w*|legs|leg day|gym|strength|squats?|weights|leg workout|leg session|"
    r"leg (?:routine|work|training|exercises|sesh|circuit))\b"
)
# (r17 vf) "can I do bridges before my long run?": moves named are lifting too, when they come first (a
# run first with a move after it keeps the easy-run answer of the rules after this one)
_MOVE_WORD = rx.compile(
    r"\b(?:bridges|lunges|calf raises|step ?ups|hamstring (?:curls|push ?ups)|hip raises|wall squats|"
    r"(?:glute|calf|quad|hamstring|hip) (?:stuff|work|exercises|moves|strengthening))\b"
)
_TIME_RANK = {
    "morning": 0,
    "am": 0,
    "6am": 0,
    "7am": 0,
    "lunch": 1,
    "noon": 1,
    "midday": 1,
    "lunchtime": 1,
    "afternoon": 2,
    "evening": 3,
    "pm": 3,
    "5pm": 3,
    "6pm": 3,
    "7pm": 3,
    "8pm": 3,
    "night": 4,
    "tonight": 4,
    # (r16 zd) "weights in the mornings, runs in evenings", "lifting at 7am and running after work"
    "mornings": 0,
    "before work": 0,
    "lunchtimes": 1,
    "afternoons": 2,
    "evenings": 3,
    "after work": 3,
    "nights": 4,
}
_ORDER_ASK = rx.compile(
    r"\b(?:ok|okay|fine|alright|right|good|bad|wrong|order|should|can|could|better|work|problem|issue|"
    r"acceptable|allowed|wise|sensible|smart|advisable|legit|idea)\b"
)
_ORDER_PROBLEM = rx.compile(r"\b(?:bad|wrong|problem|issue|mistake)\b")
# (r16 zb) a time slot the runner can't change: "can only", "my only free time", "always", "no choice"
_FIXED_SLOT = rx.compile(
    r"\b(?:can only|could only|only (?:have|get|got) time|only (?:free )?time|only free|only window|"
    r"only slot|only able|no choice|have to|has to|stuck with|only option|only way|(?:is|are) always|"
    r"always (?:in|at|on))\b"
)
FIXED_SLOT_TEXT = (
    ": the article says run first when both fall on one day, so lift on days with no run where you "
    "can; on shared days keep the later run easy, and never lift on the day of a hard run (intervals, a "
    "tempo, the long run)."
)
_HARD_RUN = rx.compile(
    r"\b(?:long run|tempo|intervals?|track|speed ?work|fartlek|threshold|race|hard run|workout run)\b"
)
_EASY = rx.compile(r"\beasy\b")
# (r18 td) a race said by its distance: "before a 10k", "before my half", "before the marathon" (not "a 10k
# run", "my 5k loop")
_RACE_EVENT = rx.compile(
    r"\b(?:before|pre) (?:a|my|the|this|our|sundays?|saturdays?) (?:\w+ )?(?:5k|10k|half(?: marathon)?|"
    r"marathon|parkrun|ultra|race)\b(?! (?:run|runs|jog|loop|route|training|pace|effort|workout|session)\b)"
)
# "not a tempo", "no intervals this week", "my tempo is on thursday", "tempo tomorrow": a hard run named
# but not the one on this day.
_NOT_HARD_BEFORE = rx.compile(r"\b(?:no|not|isnt|wasnt|without|skip\w*|instead of|not doing)(?: \w+){0,2} ?$")
_NOT_HARD_AFTER = rx.compile(
    r"^(?: (?:run|runs|session|day|workout|pace))?(?: (?:is|are|was|were|s))?(?: (?:on|for|in))?(?: the)?"
    r" (?:tomorrow|tmrw|yesterday|later|next|last|(?:this|next|last) week)\b|"
    # "my tempo is on thursday", "i save my tempo for saturdays": its own day, said as such (not "after
    # the long run on saturday", the lifting day itself)
    r"^(?: (?:run|runs|session|day|workout|pace))? (?:(?:is|are|was|s)(?: on| every)?|for) (?:mondays?|"
    r"tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekends?)\b"
)


def _hard_today(question: str) -> bool:
    """A hard run (tempo, intervals, long run...) said as this day's run, not negated or put on
    another day."""
    for m in _HARD_RUN.finditer(question):
        if _NOT_HARD_BEFORE.search(question[max(0, m.start() - 24) : m.start()]):
            continue
        if _NOT_HARD_AFTER.match(question[m.end() : m.end() + 40]):
            continue
        return True
    return False


def _first_of(question: str) -> str | None:
    """ "run" or "lift": which the runner does first, from "then", "after", "before" or the times of
    day next to each; None when the question doesn't say."""
    runs = [m.start() for m in _RUN_WORD.finditer(question)]
    lifts = [m.start() for m in _LIFT_WORD.finditer(question)]
    lift_word = _LIFT_WORD
    if runs and not lifts:
        lift_word = _MOVE_WORD
        lifts = [m.start() for m in _MOVE_WORD.finditer(question) if m.start() < runs[0]]
        if lifts and not rx.search(r"\b(?:before|pre)\b", question[lifts[0] : runs[0]]):
            return None
    if not runs or not lifts:
        return None
    r, lift = runs[0], lifts[0]
    r_end = _RUN_WORD.search(question, r).end()  # type: ignore[union-attr]
    lift_end = lift_word.search(question, lift).end()  # type: ignore[union-attr]
    first, second = ("run", "lift") if r < lift else ("lift", "run")
    if rx.search(
        r"\b(?:just|already) (?:did|done|finished|ran|had|got back from|back from)\b(?: \w+){0,6}\s*$",
        question[:r],
    ):
        return "run"  # "smash legs now, just did 10x400?": the run is done, the lifting comes after it
    between = question[min(r, lift) : max(r, lift)]
    if rx.search(r"\b(?:after (?:that|this|which)|afterwards?) (?:\w+ ){0,3}$", between):
        return first  # (r17 ub) "the gym for legs and after that a 5k jog": the first told is done first
    if rx.search(r"\b(?:after|following)\b", between):
        return second  # "legs at night after an easy morning run"
    if rx.search(r"\b(?:then|before|followed by|and then)\b", between):
        return first  # "lifting in the morning then a long run"
    times = [
        (m.start(), _TIME_RANK[m.group(0)])
        for m in rx.finditer(r"\b(?:" + "|".join(_TIME_RANK) + r")\b", question)
    ]
    if len(times) >= 2:

        def rank_of(start: int, pos: int) -> int:
            # "morning run and evening legs": a time word right before the word is its own; else
            # "gym at 6am, run at lunch": the time just after a word is its own, else the nearest,
            # measured from the END of the word: "leg day in the evening" is the evening's.
            before = [
                t
                for t in times
                if rx.fullmatch(r"\w+ ", question[t[0] : start])
                # ("gym at 6am run at lunch": "at 6am" belongs to the gym)
                and not rx.search(
                    r"\b(?:at|in|by|around|about|from|till|until|before|after|the)\s*$", question[: t[0]]
                )
            ]
            if before:
                return before[-1][1]
            after = [t for t in times if 0 < t[0] - pos <= 12]
            return (after[0] if after else min(times, key=lambda t: abs(t[0] - pos)))[1]

        rr, lr = rank_of(r, r_end), rank_of(lift, lift_end)
        if rx.match(r"\s+(?:then|at that time|in that (?:time|slot|window|gap))\b", question[lift_end:]):
            # (r18 te) "20 minutes before work and I run in the evening. Can I do my strength then?": "then"
            # is the other time told, not the run's
            others = [t[1] for t in times if t[1] != rr and t[0] < lift]
            if others:
                lr = others[-1]
        if rr != lr:
            return "run" if rr < lr else "lift"
    return None


_TIME_OPT = r"(?:in the |at |at night|around )?(" + "|".join(_TIME_RANK) + r")"
_TIME_OR = rx.compile(rf"\b{_TIME_OPT} or {_TIME_OPT}\b")
_RUN_AT = rx.compile(
    r"\b(?:run|runs|running|jog|jogging|run club|long run|tempo|intervals?|parkrun)\b (?:\w+ ){0,2}?"
    r"(?:at|in the|around|on my|during|over) (?:my )?(" + "|".join(_TIME_RANK) + r")\b|"
    r"\b(" + "|".join(_TIME_RANK) + r") (?:run|runs|running|jog|tempo|intervals|session)\b"
)


def time_choice(question: str) -> str | None:
    """ "I run at lunch, should I lift in the morning or evening?": the option after the run, since
    on a day with both the article has the run first; None when the question doesn't offer times."""
    choice = _TIME_OR.search(question)
    ran = _RUN_AT.search(question)
    if choice is None or ran is None or not _LIFT_WORD.search(question):
        return None
    run_rank = _TIME_RANK[ran.group(1) or ran.group(2)]
    opts = [choice.group(1), choice.group(2)]
    later = [o for o in opts if _TIME_RANK[o] > run_rank]
    if len(later) != 1:
        return None
    return (
        f"The {later[0]}: on a day with both, the article says to run first, then do the strength work, "
        f"so lift after your {ran.group(1) or ran.group(2)} run. Keep it off hard-run days."
    )


def swapped_choice(question: str) -> str | None:
    """ "gym in the morning and run in the evening, or run in the morning and gym later?": the two
    orders offered as an either/or; the one with the run first, said as that option."""
    halves = rx.split(
        r",? or (?:should i |do i |is it better to |would it be better to )?", question, maxsplit=1
    )
    if len(halves) != 2:
        return None
    a, b = (_first_of(h) or _said_first(h) for h in halves)
    if a is None or b is None or a == b:
        return None
    pick = halves[0] if a == "run" else halves[1]
    when = rx.search(r"\b(?:" + "|".join(_TIME_RANK) + r")\b", pick)
    lead = (
        f"Run in the {when.group(0)}, lift later" if when and when.group(0) in _PART_OF_DAY else "Run first"
    )
    return (
        f"{lead}: on a day with both, the article has you run first, then do the strength work, so your "
        "legs are fresh for the run. Keep the strength work off hard-run days."
    )


def _said_first(half: str) -> str | None:
    # "gym in the morning and run after work": each option told in its own order
    r, lift = _RUN_WORD.search(half), _LIFT_WORD.search(half)
    if r is None or lift is None:
        return None
    return "run" if r.start() < lift.start() else "lift"


_PART_OF_DAY = frozenset({"morning", "afternoon", "evening"})


# (r17 vf) A jog that is the warm-up ("warm up with a jog", "a jog to warm up", "warm-up jog"): no run.
_WARM_UP_JOG = rx.compile(
    r"\bwarm(?:ing)? ?up (?:with|by|on) (?:a |an |some )?(?:\w+ )?(?:jog|jogging|run|running)\b|"
    r"\b(?:jog|jogging|run|running)\w* (?:\w+ ){0,2}(?:to|as (?:a|my)) (?:warm|warmup)\b|"
    r"\bwarm ?up (?:jog|run)s?\b"
)


def order_verdict(question: str) -> str | None:
    """The verdict on a day with both a run and strength work ("is that order ok?"): yes when the run
    comes first and isn't a hard one; else what to change."""
    if rx.match(r"(?:how|what|whats|when|which|where|why)\b", question):
        return None  # "how long should I wait after a run before lifting?" asks for a figure
    if not _ORDER_ASK.search(question) or rx.search(r"\b(?:before or after|after or before|or)\b", question):
        return None  # "before or after my run?" asks which, not whether
    if rx.search(
        r"\b(?:day|days|week|hours|morning) (?:after|before|out)\b|\b(?:night|"
        r"eve|evening) before\b|\b(?:next|following) (?:day|morning)\b|\btomorrow\b|"
        r"\byesterday\b",
        question,
    ):
        return None  # "the day after a long run": another day, not the order within one
    if _WARM_UP_JOG.search(question):
        return None  # (r17 vf) "warm up with a jog before leg day?": the warm-up, not a run before lifting
    if rx.search(r"\b(?:before|until|till) (?:i|you) (?:can|could|am able|m able|manage)\b", question):
        return None  # (r17 ub) "start legs before I can run 40 minutes?": fitness first, not the day's order
    first = _first_of(question)
    if first is None:
        return None
    if first == "lift" and _RACE_EVENT.search(question):
        # (r18 td) "is it ok to lift before a 10k?": a race, not a run, so not that day nor the day before
        return (
            "No: not before a race. Keep strength work off race day and the day before it, so your legs "
            "start fresh; lift again once you've recovered."
        )
    hard = _hard_today(question) and not _EASY.search(question)
    if hard:
        return (
            "No: that's the same day as a hard run (a race, long run, tempo or intervals), and the "
            "article says to keep strength work off those days. Move it to an easy day; if they must share "
            "a day, run first."
        )
    if first == "run":
        if _ORDER_PROBLEM.search(question):
            return "No, not a problem: that's the right order, run first, then lift, on an easy day."
        return "Yes, that's the right order: run first, then the strength work, on an easy day."
    if _FIXED_SLOT.search(question):
        # (r16 zb) "I can only lift in the mornings and my runs are always in the evening, problem?": the
        # order can't be swapped, so how to live with it
        return ("A small one" if _ORDER_PROBLEM.search(question) else "It can work") + FIXED_SLOT_TEXT
    if _ORDER_PROBLEM.search(question):
        # "gym at lunch, easy club run at 6pm the same day: problem?"
        return (
            "A small one: the article says to run first, then do the strength work, so your legs are fresh "
            "for the run. Swap the order if you can, or lift on a day without a run."
        )
    return (
        "No, better the other way round: run first, then the strength work, so your legs are fresh for "
        "the run. Keep it off hard-run days."
    )


# ---- the runner's week: which weekday the strength work is on, read from the message ---------------

_DAY_OF = {
    **{d.lower(): i for i, d in enumerate(DAY_NAMES)},
    **{d.lower() + "s": i for i, d in enumerate(DAY_NAMES)},  # "tuesdays"
    "mon": 0,
    "tue": 1,
    "tues": 1,
    "wed": 2,
    "weds": 2,
    "thu": 3,
    "thur": 3,
    "thurs": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
}
_DAY_WORD = rx.compile(r"\b(" + "|".join(sorted(_DAY_OF, key=len, reverse=True)) + r")\b")
# Three-letter day names only where they can't be something else ("sat down", "the sun is out").
_NOT_DAY = rx.compile(r"\b(?:sat (?:down|on|in|there)|the sun|sun (?:is|was|out)|in the sun)\b")
_WEEK_RACE = rx.compile(
    r"\b(?:race|racing|parkrun|marathon|half marathon|half|10k|5k|ultra|meet|hm|fm|race day)\b"
)
_WEEK_HARD = rx.compile(
    r"\b(?:long runs?|tempos?|tempo runs?|intervals?|interval sessions?|track|speed ?work|"
    r"hill (?:reps|repeats|sprints|session)|hard run|hard session|threshold|fartlek|workout run|"
    r"quality (?:sessions?|runs?|days?|workouts?)|key (?:sessions?|runs?|workouts?)|speed sessions?|lr)\b"
)
_WEEK_EASY = rx.compile(r"\b(?:easy|recovery|rest|rest day|day off|off day|off|jog|shakeout|nothing)\b")
# The part of the message that asks about a day: a weekday, a strength word, "which days", "when".
_WHICH_DAY = rx.compile(r"\b(?:which|what) (?:\w+ )?days?\b|\bwhen\b|\bwhere\b")
_DAY_ASK = rx.compile(
    _WHICH_DAY.pattern
    + r"|\b(?:legs|leg ?day|leg session|leg workouts?|strength|lift\w*|gym|squats?|lunges?|weights)\b|"
    # "..., thoughts?", "is that a good setup": an opinion on the week as given.
    r"\b(?:thoughts|setup|set up|schedule|sensible)\b|"
    # "intervals on Tuesday and legs on Wednesday, ok?": a short approval ask on the week as given.
    r"^(?:is that |is this |does that |that |sound |sounds |would that |will that )?"
    r"(?:a |an )?(?:ok|okay|fine|alright|good|right|work|works|sensible|legit|good plan|problem|issue|"
    r"bad idea|good idea|bad|wise|smart|mistake)$|"
    # "is that a bad combo?", "is that a problem": a verdict on the week as given.
    r"\b(?:is|would|does|will) (?:that|this|it) (?:\w+ ){0,3}(?:a )?(?:bad|"
    r"good|ok|okay|fine|problem|mistake|combo|"
    r"clash|conflict|work|idea)\b|\btoo (?:close|soon|near|late)\b"
)


def asks_which_day(ask: str) -> bool:
    """ "which 2 days for strength?", "when should legs go?": a question about days in the week."""
    return bool(_WHICH_DAY.search(ask.lower()))


_WEEK_LIFT = rx.compile(
    # (r19 tg: "my legs were like jelly afterwards" tells how the legs felt, not a leg session)
    r"\b(?:legs(?! (?:were|are|was|is|feel|felt|feeling|get|got|went|turned|turn|ached|ache|aching|hurt|"
    r"like|still|so|really|just|always)\b)|leg ?day|leg sessions?|leg workouts?|strength|lift\w*|gym|"
    r"squats?|lunges?|weights|strength sessions?|s ?c)\b"
)
_WEEK_EVENT = {"hard": "hard run", "race": "race"}
_BEFORE_DAY = rx.compile(
    r"\b(?:before|ahead of) (?:my |the |a )?(?=(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\w*\b)"
)


def _segments(message: str) -> list[str]:
    text = message.lower().replace("'", "")
    # "legs friday before sat parkrun": the lift's day, then the race's (two pieces, not both races)
    text = _BEFORE_DAY.sub(",", text)
    parts = rx.split(
        r"[,;.!?\n]+|\s+-\s+|\s*[\u2014\u2013]\s*|\b(?:and|but|then|so|while|plus|if|because|cos|since|as|with|when)\b",
        text,
    )
    return [p.strip() for p in parts if p and p.strip()]


def _event_of(seg: str) -> str | None:
    if _WEEK_LIFT.search(seg) and not (_WEEK_HARD.search(seg) or _WEEK_RACE.search(seg)):
        return "lift"
    if _WEEK_RACE.search(seg) and not _WEEK_EASY.search(seg):
        return "race"
    hard = _WEEK_HARD.search(seg)
    if hard:
        # "legs after my long run sunday": both in one piece; the run is what the day is.
        lift = _WEEK_LIFT.search(seg)
        return "hard" if lift is None or hard.start() < lift.start() else "lift+hard"
    if _WEEK_EASY.search(seg) or rx.search(r"\b(?:run|runs|running)\b", seg):
        return "easy"
    return None


def _week(message: str) -> dict[str, set[int]]:
    """{"hard": days, "race": days, "lift": days, "easy": days} named in the message."""
    days: dict[str, set[int]] = {"hard": set(), "race": set(), "lift": set(), "easy": set()}
    if _NOT_DAY.search(message.lower()):
        return days
    last: str | None = None
    pending: list[int] = []  # "on tuesdays and thursdays I do intervals": days said before their event
    for seg in _segments(message):
        found = [_DAY_OF[m.group(1)] for m in _DAY_WORD.finditer(seg)]
        event = _event_of(seg)
        if event in ("hard", "lift+hard") and _WEEK_LIFT.search(seg) and len(found) > 1:
            # "intervals on wednesday lift tuesday wednesday or thursday": each day is the event said
            # before it (the first ones, the event after them)
            marks = sorted(
                [(m.start(), "hard") for m in _WEEK_HARD.finditer(seg)]
                + [(m.start(), "lift") for m in _WEEK_LIFT.finditer(seg)]
            )
            for m in _DAY_WORD.finditer(seg):
                said = [k for at, k in marks if at < m.start()] or [marks[0][1]]
                days[said[-1]].add(_DAY_OF[m.group(1)])
            last = marks[-1][1]
            continue
        alone = (
            bool(found)
            and not rx.sub(r"\b(?:or|either)\b", "", _DAY_WORD.sub("", seg)).replace("on", "").strip()
        )
        if event is None and alone:
            event = last  # "legs on mon and thu": "thu" alone borrows the event before it
            if event is None:
                pending += found
                continue
        if event is not None:
            last = event
            if pending:
                found, pending = pending + found, []
        if not found or event is None:
            continue
        for kind in event.split("+"):
            days[kind].update(found)
    return days


def _names(ds: list[int]) -> str:
    names = [DAY_NAMES[d] for d in sorted(ds)]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


# "we practice every weekday", "training Monday to Friday": the week the sessions must fall in.
WEEKDAYS_ONLY = rx.compile(
    r"\b(?:every weekday|(?:on )?weekdays|monday (?:to|through|thru|till|until) friday|mon ?(?:to|-) ?fri)\b"
)


# (r19 ti) "I can only train at weekends", "I only have Sundays free", "weekends are all I've got": the
# days the runner can train at all; any day offered is one of them.
_WEEKEND_ONLY = rx.compile(
    r"\bonly (?:\w+ ){0,3}(?:at |on |the )?weekends?\b|\bweekends? only\b|"
    r"\bweekends? (?:is|are) (?:all|the only)\b"
)
_ONLY_DAYS = rx.compile(
    r"\bonly (?:\w+ ){0,3}?(?:on |have |get )?(?:the )?"
    r"((?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?(?:,? (?:and|or|&) |, )?)+)"
    r"(?: (?:free|off|available|spare|to train|for training))?\b"
)


def allowed_days(plain: str) -> set[int]:
    """The days the runner says they can train at all ("only at weekends": Saturday and Sunday), or
    an empty set when the message sets no such limit."""
    if _WEEKEND_ONLY.search(plain):
        return {5, 6}
    m = _ONLY_DAYS.search(plain)
    if m is None:
        return set()
    return {_DAY_OF[d.group(1)] for d in _DAY_WORD.finditer(m.group(1))}


def _spread(free: list[int], prefer: set[int]) -> tuple[int, int] | None:
    """Two of the free days as far apart round the week as possible (easy-run days first)."""
    best: tuple[int, int] | None = None
    score = (-1, -1)
    for i, a in enumerate(free):
        for b in free[i + 1 :]:
            gap = min(b - a, 7 - (b - a))
            s = (gap, len({a, b} & prefer))
            if s > score:
                best, score = (a, b), s
    return best


def within_days(allowed: list[int], hard: set[int], eve: set[int]) -> str:
    """(r19 ti) Strength work placed only on the days the runner can train ("only at weekends,
    Saturday's the long run"): never a day they can't, the article's two timing rules kept."""
    free = [d for d in allowed if d not in hard and d not in eve]
    busy = [d for d in allowed if d in hard]
    if len(free) >= 2:
        pick = _spread(free, set()) or (free[0], free[1])
        return (
            f"{DAY_NAMES[pick[0]]} and {DAY_NAMES[pick[1]]}: that keeps it to your days and gives the usual "
            "two sessions a week, off hard-run days and the day before a race. If you run on them too, run "
            "first, then lift."
        )
    if free:
        return (
            f"{DAY_NAMES[free[0]]}: the one day you have that isn't a hard-run day or the day before a race. "
            "One session a week is better than none (twice is the usual aim), so make it work several major "
            "muscle groups; 15 to 20 minutes is enough. If you run that day too, run first."
        )
    return (
        f"After your run on {_names(busy)}: run first, then a short strength session, and only when that run "
        "is an easy one (the article keeps strength work off hard-run days and the day before a race)."
    )


def _asks_ok(plain: str) -> bool:
    return bool(
        rx.search(r"\b(?:ok|okay|fine|alright|good|can i|could i|should i|is it|would it|do i)\b", plain)
    )


# "is that a bad combo?", "too close?", "is that a problem?": asked the other way round, so "No:
# Friday is the day before your race" must read "Yes, that's a problem: ...".
_PROBLEM_ASK = rx.compile(
    r"\b(?:bad|problem|an issue|mistake|dumb|stupid|too close|risky|clash\w*|conflict\w*|mess (?:\w+ )?up|"
    r"wreck|ruin|hurt|harm|"
    r"(?:a|any) (?:problem|issue)|(?:is|was) (?:that|it|this) bad|a bad idea|a mistake|too much|"
    r"going to hurt|mess (?:me|it) up)\b",
    re.IGNORECASE,
)


def week_verdict(message: str, lift_only: bool = True) -> str | None:
    """``_week_verdict``, its opener turned round for an ask about a problem ("I lift Friday, parkrun
    Saturday, is that a bad combo?": a clash is "Yes, that's a problem: Friday is the day before your
    race"), and for the runner's only day a way round the race's eve."""
    out = _week_verdict(message, lift_only)
    asking = _segments(message)[-1:]
    bad_ask = bool(asking) and bool(_PROBLEM_ASK.search(asking[0]))
    if out is None and bad_ask:
        out = _week_verdict(f"{message.rstrip(' ?.')}. Thoughts?", lift_only)  # "is that a problem?" is one
    if out is None:
        return None
    if bad_ask:
        if out.startswith("No: "):
            out = "Yes, that's a problem: " + out[4:]
        elif out.startswith("Yes, ") and " fine" in out.split(":", 1)[0]:
            out = "No, " + out[5:]
    if "the day before your race" in out and rx.search(r"\bonly\b", message.lower()):
        out += (
            "\nIf that's your only gym day, skip it on race weekends, or do 15 minutes of bodyweight moves "
            "at home earlier in the week instead."
        )
    return out


_SAME_DAYS = rx.compile(
    r"\b(?:those|the|these) same (?:days?|evenings?|mornings?|afternoons?|nights?)\b|\bsame days\b"
)
_LEGS_TIRED = rx.compile(
    r"\b(?:sore|soreness|tired|heavy|dead|wrecked|trashed|fried|cooked|never recover\w*|dont recover|"
    r"not recover\w*|fatigued?|doms|flat)\b"
)


# "when's my last leg session before the race?", "latest I can lift": the last day out, not "started
# running last year" or "last week's parkrun".
_LAST_BEFORE = rx.compile(
    r"\b(?:latest|(?:last|final) (?!(?:year|month|week|season|night|summer|winter|spring|autumn|fall|"
    r"weekend|race|time i)\b)(?:\w+ ){0,2}(?:sessions?|workouts?|lift\w*|leg ?days?|legs|gym|strength|"
    r"weights|day|days|chance|one|i can|i could|i should))\b|"
    r"\bwhen (?:do|should|must) (?:i|you) (?:stop|quit|cut out|drop|pause|taper)\b"
)


_WHEN_DAYS_ASKED = rx.compile(
    r"^(?:(?:so|and|but|ok|okay) )*(?:when|what days?|which days?)\b(?! (?:i|im|my|the)\b)"
    r"(?!.*\b(?:before|after|latest|last|stop|start|back)\b)"
)


_RUN_FIRST_TOO = " If you run that day too, run first, then the strength work."


def _week_verdict(message: str, lift_only: bool = True) -> str | None:
    """A runner who names their week ("long run Sunday, legs Saturday?", "intervals Tue, race Sat,
    which days for legs?"): the verdict for the strength day they named, or two days that fit. The
    article's rules: not on the same day as a hard run, not the day before a race. None when the
    message names no hard-run or race day."""
    plain = message.lower()
    if not _WEEK_LIFT.search(plain) and not rx.search(r"\bwhat days|which days?\b", plain):
        return None
    asking = _segments(message)[-1:]
    # (r16 zf) "my long run is Sunday. When in the week should I put my leg sessions?", "parkrun every
    # Saturday, when should I do strength?": the "when" the segments cut off still asks for days
    when_asked = bool(_WHEN_DAYS_ASKED.search(rx.split(r"[,;.!?]+\s", plain.strip(" ?.!"))[-1]))
    if not asking or not (_DAY_ASK.search(asking[0]) or _DAY_WORD.search(asking[0]) or when_asked):
        return None  # "I lift Mondays, long run Sundays. Is my coach right about a week off?"
    days = _week(message)
    hard, race, lift = days["hard"], days["race"], days["lift"]
    if not hard and not race and allowed_days(plain) and not _DAY_WORD.search(asking[0]):
        return within_days(sorted(allowed_days(plain)), hard, set())
    if not hard and not race:
        if (
            lift_only
            and lift
            and _asks_ok(plain)
            and not (_WEEK_HARD.search(plain) or _WEEK_RACE.search(plain))
        ):
            # "I run Mon Wed Fri, should I lift Tue and Thu?": no hard run or race named that day.
            ok = _names(sorted(lift)).replace(" or ", " and ")
            are, they = ("are", "they aren't") if len(lift) > 1 else ("is", "it isn't")
            return (
                f"Yes, {ok} {are} fine as long as {they} a hard-run day or the day before a race: the "
                "article's two timing rules. If you run that day too, run first."
            )
        return None
    eve = {(r - 1) % 7 for r in race}
    if not lift and allowed_days(plain):
        return within_days(sorted(allowed_days(plain)), hard, eve)
    if not lift and hard and _SAME_DAYS.search(plain):
        lift = set(hard)  # "intervals Tue and Thu mornings, leg weights those same evenings"
    asked_days = {_DAY_OF[m.group(1)] for m in _DAY_WORD.finditer(asking[0].lower())} if lift else set()
    if len(lift) > 1 and len(asked_days) == 1 and asked_days & lift:
        lift = lift & asked_days  # (r16 ze) "...is Sunday a good day for the leg session?": the day asked
    if lift:
        clash = sorted(lift & hard)
        fine = sorted(lift - hard - eve)
        if clash and fine and rx.search(r"\bor\b", asking[0]):
            # "intervals on wednesday: lift tuesday, wednesday or thursday?": the ones that fit
            return (
                f"{_names(fine)}, not {_names(clash)}: {_names(clash)} is a hard-run day, and the article "
                "says not to do strength work on the same day as a hard run. If you run on your lifting day "
                "too, run first."
            )
        if clash:
            both = " and ".join(_names(clash).rsplit(" or ", 1))
            are = "are hard-run days" if len(clash) > 1 else "is a hard-run day"
            first = (
                " Running first doesn't change that: it's the order for a day with an easy run."
                if rx.search(r"\brun(?:ning)? first\b", plain)
                else ""
            )
            if _ORDER_OR.search(plain):
                # "strength before or after my sunday long run?": the order asked, then the day rule
                return (
                    f"Neither, ideally: {both} {are}, and the article says not to do strength work on the "
                    "same day as a hard run. Move it to an easy day; if it really has to share that day, "
                    "do it after (run first, then lift)."
                )
            return (
                f"No: {both} {are}, and the article says not to do strength work on the same day as a hard "
                f"run.{first} Move it to an easy day (if a run shares that day, run first)."
            )
        before_hard = sorted(d for d in lift if (d + 1) % 7 in hard)
        if before_hard and _LEGS_TIRED.search(plain):
            # "legs Thu and Fri, always sore going into my Saturday long run: is that the problem?"
            d = before_hard[-1]
            return (
                f"Likely, yes: {DAY_NAMES[d]}'s session is the day before a hard run, so you go into it "
                "with tired legs. The article only rules out the same day as a hard run and the day before "
                f"a race, but moving {DAY_NAMES[d]}'s session two or more days earlier should help; keep "
                "the weights comfortable (tired by 12–15 reps, not to failure)."
            )
        before = sorted(lift & eve)
        if before:
            return (
                f"No: {_names(before)} is the day before your race, and the article says to skip strength "
                "work then so your body can recover. Two or more days out is fine, kept light and familiar."
            )
        after = sorted(lift & {(r + 1) % 7 for r in race})
        if after:
            return (
                f"{_names(after)} is the day after your race: the article only rules out the day before, "
                "but let your legs recover first; lift once the soreness has gone (general advice, not the "
                "article's)."
            )
        ok = _names(sorted(lift)).replace(" or ", " and ")
        are, neither = ("are", "neither is") if len(lift) > 1 else ("is", f"{ok} is neither")
        # (r15 ya) "should I skip Friday's session?": fine means no need to skip, not "Yes"
        if rx.search(r"\b(?:skip|drop|cancel|miss|move|ditch|scrap)\w*\b", asking[0].lower()):
            return (
                f"No need to skip: {ok} {are} fine, as the article only rules out the same day as a hard run "
                f"and the day before a race, and {neither}.{_RUN_FIRST_TOO}"
            )
        return (
            f"Yes, {ok} {are} fine: the article only rules out the same day as a hard run and the day "
            f"before a race, and {neither}.{_RUN_FIRST_TOO}"
        )
    if (
        not _DAY_WORD.search(asking[0])
        and not _WHICH_DAY.search(asking[0])
        and not when_asked
        and rx.search(
            r"\b(?:ok|okay|fine|alright|good|can i|could i|should i|is it|or nah|or not)\b", asking[0]
        )
    ):
        # "quads fried from sunday's LR, ok to do my leg sesh tmrw or nah?", "morning run then lifting
        # after work, fine? tempo on saturdays": this session, not which days; yes, off those days.
        off = (
            [f"{_names(sorted(hard))} ({'hard-run days' if len(hard) > 1 else 'a hard-run day'})"]
            if hard
            else []
        )
        if eve:
            off.append(f"{_names(sorted(eve))} (the day before your race)")
        tired = (
            " With your legs still tired, keep the weights comfortable, or give them another day (general "
            "advice)."
            if _LEGS_TIRED.search(plain)
            else ""
        )
        return (
            "Yes, as long as it isn't a hard-run day or the day before a race: the article keeps strength "
            f"work off {' and '.join(off)}, nothing more.{tired} If you run that day too, run first."
        )
    out = sorted(hard | race | eve)
    free = [d for d in range(7) if d not in out]
    if race and _LAST_BEFORE.search(plain):
        r = min(race)
        return (
            f"{DAY_NAMES[(r - 2) % 7]} at the latest: not {DAY_NAMES[(r - 1) % 7]}, the day before the "
            "race, so your body has time to recover (the article's rule). Keep that last session light and "
            "familiar."
        )
    allowed = allowed_days(plain)
    if allowed:
        return within_days(sorted(allowed), hard, eve)
    no = []
    if hard:
        no.append(f"{_names(sorted(hard))} ({'hard-run days' if len(hard) > 1 else 'a hard-run day'})")
    if eve:
        no.append(f"{_names(sorted(eve))} (the day before your race)")
    lead = "Not " + " or ".join(no) + ": the article keeps strength work off those days."
    if WEEKDAYS_ONLY.search(plain) and len([d for d in free if d < 5]) >= 2:
        # (r16 za) "we practise every weekday": the two days are practice days, not the weekend
        free = [d for d in free if d < 5]
    pick = _spread(free, days["easy"])
    if pick is None:
        return lead + " Your week has no other day: fit one short session on your easiest day."
    return (
        f"{lead} Pick two easy days: {DAY_NAMES[pick[0]]} and {DAY_NAMES[pick[1]]} fit (about twice a "
        "week); if you run on them too, run first, then lift."
    )
