"""Direct answers to the common yes/no and how-much questions of a topic, yes/no or number first.

Each entry: a topic id, a pattern on the normalised question (lower case, apostrophes dropped) and
the reply's lead. The first entry of the topic whose pattern matches wins; none matching, the
composer (content/compose.py) picks a fact of the topic itself. Written from the article's facts.
"""

from __future__ import annotations

import functools
import re

from content.anatomy import INJURIES
from content.calendar import DAY_NAMES
from content.exercises import EXERCISES
from content.guidance import EQUIPMENT

_DAYS_OUT = r"(?:(?:2|3|4|5|two|three|four|five|couple of|few) days|48 hours|72 hours|(?:the )?week)"

# "the warm-up jog: before or after the stretching?": which of the two comes first (the jog).
_JOG_OR_STRETCH = (
    r"\b(?:jog\w*|warm ?up)\b.*\b(?:before or after|after or before|first)\b.*\bstretch\w*|"
    r"\bstretch\w*\b.*\b(?:before or after|after or before|first)\b.*\b(?:jog\w*|warm ?up)\b"
)
_JOG_FIRST = (
    "Jog first: a few minutes of light jogging to warm up, then stretch, then the strength work. "
    "Stretch again after it."
)
_DIRECT: tuple[tuple[str, str, str], ...] = (
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
        "rule:comfortable_load",
        r"\b(?:too much|overdo\w*|overkill|too long)\b",
        "Probably: a worthwhile session can take as little as 15 to 20 minutes, and the article warns "
        "against going to extremes: use weights you're comfortable with. Keep lifting off hard-run days "
        "and take a week off strength work each month.",
    ),
    # timing
    (
        "rule:race_day",
        r"(?=.*\b(?:heavy|heavier|max|maxes|pb|pr|hard|new)\b)"
        r"(?:.*\b(?:race|marathon|taper) week\b|.*\bweek of (?:the|my|a) (?:race|marathon)\b)",
        "No: in race week keep it light and familiar, nothing heavier or new, and skip strength work the "
        "day before the race so you start fresh.",
    ),
    (
        "rule:race_day",
        r"\b(?:race|marathon|taper) week\b|\bweek of (?:the|my|a) (?:race|marathon)\b",
        "Yes: keep it light and familiar (nothing new or heavier), and skip strength work the day before "
        "the race so you start fresh.",
    ),
    (
        "rule:race_day",
        rf"\b{_DAYS_OUT} (?:before|out|from)\b|\bin (?:2|3|4|5|two|three|four|five|a few|a couple of) days\b",
        "Yes, that's fine: only the day before a race is the one to skip, so you start fresh.",
    ),
    (
        # "the morning of my race", "on race day itself": the race is that day's hard run.
        "rule:race_day",
        r"\b(?:morning|"
        r"day|afternoon|evening) of (?:the |my |a |your )?(?:race|marathon|half|10k|5k|parkrun)\b|"
        r"\brace day itself\b|\bsame day as (?:the |my |a )?(?:race|marathon|half|10k|5k|parkrun)\b",
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
        r"\b(?:before|day|days|week|tomorrow|tmrw|eve|night|taper\w*|when|close to|leading up|ahead of|"
        r"build ?up|race day)\b",
        "Skip strength work the day before a race; two or more days out is fine.",
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
        r".*\b(?:day|night|evening|eve) before\b",
        "Yes: the article only rules out the same day as a hard run (and the day before a race). If your "
        "legs feel heavy on the hard run, keep that session light or move it a day earlier (general "
        "advice).",
    ),
    (
        "rule:hard_run_day",
        r"\bhow long\b.*\b(?:wait|after)\b|\bhow (?:many|much) (?:days?|hours|time)\b.*\b(?:after|between)\b",
        "The article gives no gap: it only rules out the same day as a hard run (and the day before a race). "
        "The next day is fine once your legs feel recovered (general advice).",
    ),
    (
        "rule:hard_run_day",
        r"\bday after\b",
        "Yes, if your legs have recovered: the rule is not on the same day as a hard run (and not the day "
        "before a race). An easy day after a long run suits it; if you run that day too, run first.",
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
        "rule:hard_run_day",
        r"^(?!.*\b(?:first|then|morning|evening|before|after)\b).*\b(?:same day|together|also|and)\b",
        "Yes, if it's an easy run: run first, then the strength work. Not on a hard-run day "
        "(intervals, a tempo or a long run).",
    ),
    (
        # "can I strength train twice in one day?": no need.
        "rule:frequency",
        r"\b(?:twice|two sessions|2 sessions|two times|"
        r"2x) (?:in )?(?:one|a|the same|per) day\b|\btwice daily\b",
        "No need: one session a day covers it. The article's dose is two or three sessions a week, with "
        "rest days between, because your muscles get stronger in the recovery.",
    ),
    (
        "rule:frequency",
        r"\b(?:every day|daily|each day|7 days|six|6 times|5 times|five times|4 times|four times|"
        r"(?:4|5|6|7|four|five|six|seven) days)\b",
        "No need: twice a week is the usual, three at most. Your muscles get stronger in the rest between.",
    ),
    (
        "rule:off_season",
        # ...said about strength work ("is rain a good reason to skip my run?" is not).
        r"(?=.*\b(?:strength|lift\w*|legs|leg day|leg work|gym|squats?|weights|train\w*|stronger|focus|"
        r"(?:what|how) (?:should|can|do) i do|instead)\b)"
        r".*\b(?:off ?season|season|winter|summer|weather|time of (?:the )?year|ice|icy|snow\w*|rain\w*|"
        r"cold|dark)\b",
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
        "Take the hops outside (line hops, skipping) or run hill repeats: hills build power too. Indoors, "
        "quiet moves do the strength work: calf raises, one-legged squats, step-ups and the bridge.",
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
        r"\bfit\b",
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
        "rule:frequency",
        r"\b(?:twice|two|2)\b.*\bor\b.*\b(?:three|3)\b|\b(?:three|3)\b.*\bor\b.*\b(?:twice|two|2)\b",
        "Either works: twice a week is the usual and enough; a third session is fine if you recover well "
        "between them. Keep them off hard-run days and the day before a race.",
    ),
    (
        "rule:frequency",
        r"\bmore than (?:three|3)\b|\b(?:more|over) (?:three|3) (?:\w+ )?(?:times|days|sessions)\b",
        "No: three a week at most; twice is the usual. Your muscles get stronger in the recovery between "
        "sessions.",
    ),
    (
        "rule:frequency",
        r"\b(?:three|3) (?:\w+ )?(?:times|days|sessions|x)\b(?=.*\b(?:too|overkill|overdo\w*)\b)",
        "No, three is fine: runners usually lift twice a week, sometimes three times. Keep the sessions off "
        "hard-run days and the day before a race.",
    ),
    (
        "rule:frequency",
        r"\b(?:three|3) (?:\w+ )?(?:times|days|sessions|x)\b",
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
        "rule:warm_up",
        r"\bstretch\w*\b.*\b(?:before\b.*\bor after|after\b.*\bor before|before\b.*\bafter\b.*\bor both|"
        r"before and after|"
        r"when (?:should|do|to|is|are))\b|^when\b.*\bstretch",
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
        r"\bstretch\w*\b.*\b(?:before\b.*\bor after|after\b.*\bor before|before\b.*\bafter\b.*\bor both|"
        r"before and after|"
        r"when (?:should|do|to|is|are))\b|^when\b.*\bstretch",
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
        "rule:plyometrics",
        r"\b(?:what (?:are|is|even|kind|sort|type|types)|which (?:ones?|drills?|exercises?|moves?)|ideas?|"
        r"examples?|exercises?|drills?|moves?|give me|any good|list)\b",
        "Start by hopping back and forth over a line, then hop forward onto a step or low box "
        "(alternating legs), then skipping: take off and land on the same foot, then switch. They build "
        "explosive power and reach deeper muscles.",
    ),
    (
        "rule:run_first",
        r"^(?!.*\b(?:run|runs|running|jog\w*|5k|10k|parkrun|race|marathon|half|(?:night|day) before)\b)"
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
        "The article gives no gap: it only says to run first, then do the strength work. A short break to "
        "refuel and stretch is plenty (general advice).",
    ),
    (
        "rule:run_first",
        r"(?=.*\b(?:run|runs|running|jog\w*|5k|10k|tempo|intervals?|strides|miles)\b)"
        r".*\b(?:before or after|after or before)\b",
        "After: run first, then the strength workout.",
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
        "Yes, that's the right order: run first, then the strength workout.",
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
        # "I've lifted 5 weeks in a row, time to rest?": a month or more without the week off.
        "rule:recovery_week",
        r"\b(?:[4-9]|1\d|four|five|six|seven|eight|nine|ten|"
        # ("strained it 6 weeks ago": when something happened, not weeks of lifting)
        r"twelve) (?:straight |solid |whole )?(?:weeks?|wks)\b(?! (?:ago|back|before|off|out))|"
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
        r"(?:can|could|is it possible|is it|do|does|will|would|am i able)\b.*"
        r"\b(?:without|no|home|house|flat|apartment|living room|garage|bodyweight)\b",
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
        "rule:time_needed",
        r"",
        "15 to 20 minutes is enough for a worthwhile session, much less than a typical run, and you "
        "feel the benefit quickly.",
    ),
    # benefits: the article's reasons, each as the direct answer to the question that asks for it
    (
        "rule:why_strength",
        r"\b(?:need|have) to (?:lift|strength|do strength|do weights|train strength)|"
        r"\b(?:gotta|got to|have to|need to|must) (?:hit|do|train) (?:legs|leg day)\b|"
        r"\bneed (?:strength|to lift|"
        r"weights|leg work|leg day|lifting)\b",
        "Yes: running builds endurance, but it's an inefficient way to build strength, and stronger legs "
        "tire more slowly and help head off injuries. Twice a week, 15 to 20 minutes, is enough.",
    ),
    (
        "rule:why_strength",
        r"\b(?:running|run|runs|miles|mileage)\b.*\benough\b|\benough\b.*\brunning\b|\bjust run\b|"
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
        r"\b(?:jelly|dead|die|dying|fade|fading|tire|tires|tiring|tired|fatigue\w*|heavy|give out)\b",
        "Yes: stronger legs tire more slowly, because well-trained muscles use oxygen more efficiently, and "
        "they hold your form late in a run. Two short strength sessions a week build that.",
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
        r"\b(?:bulk\w*|big|huge|heavy legs|slow|slow me|slower|gain weight|kill|wreck|ruin|mess up|hurt)\b",
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
        r"",
        "No, don't lock them: stop just before the knees are fully straight, so the muscle keeps the load "
        "instead of the joint.",
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
)
_COMPILED = tuple((t, re.compile(p), text) for t, p, text in _DIRECT)


_ORDER_RUN = re.compile(r"\b(?:run|runs|running|jog\w*|strides|easy run|5k|10k|parkrun|tempo|intervals?)\b")
_ORDER_LIFT = re.compile(
    r"\b(?:lift\w*|legs|leg ?day|gym|strength|squats?|lunges?|weights|leg (?:workout|session))\b"
)


def order_subject(question: str) -> str | None:
    """ "do my strides go before or after the strength session": the answer for the thing asked
    about (the run goes before, the strength work after); None when it doesn't say."""
    m = re.search(r"\b(?:before or after|after or before)\b", question)
    if m is None or not _ORDER_RUN.search(question):
        return None  # "legs before or after a swim": no run to put first
    head = question[: m.start()]
    runs = [x.start() for x in _ORDER_RUN.finditer(head)]
    lifts = [x.start() for x in _ORDER_LIFT.finditer(head)]
    if not runs and not lifts:
        return None
    if runs and (not lifts or runs[-1] > lifts[-1]):
        return "Before: run first, then the strength work."
    return "After: run first, then the strength work."


# A knee "nearly / almost / just short of" straight is the article's rule, not the mistake.
_NEARLY_STRAIGHT = re.compile(
    r"^(?!.*\b(?:all the way|fully|completely|100)\b)(?=.*\b(?:straight|straighten\w*|lock\w*)\b)"
    r".*\b(?:nearly|"
    r"almost|just short|not quite|most of the way|short of)\b"
)
NEARLY_STRAIGHT_TEXT = (
    "Yes: nearly straight is right. Stop just short of locking the knee, so the muscle keeps the load "
    "instead of the joint."
)
_FULLY_STRAIGHT = re.compile(
    r"(?:^(?:is|does|am|shall)|\b(?:do|should|can|must) (?:i|you|we))\b"
    r"(?=.*\b(?:straight|straighten\w*|lock\w*)\b).*\b(?:all the way|"
    r"fully|completely|100|right up)\b(?!.*\b(?:nearly|almost|short)\b)"
)
FULLY_STRAIGHT_TEXT = (
    "No: stop just short of fully straight. Locking the knee takes the load off the muscle and puts it "
    "on the joint."
)
_GIVE_UP = re.compile(
    r"\b(?:bother\w*|give (?:up|them up|it up)|skip\w*|quit|drop (?:them|it)|pointless|waste of time|"
    r"stop (?:doing )?(?:them|it)|not do (?:them|it)|worth it)\b"
)
_NO_RACE = re.compile(r"\b(?:no|not a|not|isnt a|its not a) (?:race|racing)\b")
_EVE = re.compile(r"\b(?:day|night|evening|eve) before\b")
_STRAIGHTEN_TOPICS = frozenset(
    {"rule:lock_knees", "exercise:step_up", "exercise:leg_press", "exercise:quad_extension"}
)


def direct(topic_id: str, question: str) -> str | None:
    """The direct lead for this topic and (normalised) question, or None."""
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
        return FULLY_STRAIGHT_TEXT
    if topic_id in ("rule:run_first", "rule:hard_run_day"):
        verdict = order_verdict(question)
        if verdict is not None:
            return verdict
    if topic_id == "rule:run_first" and not re.search(r"\bstretch\w*|\bwarm", question):
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
            return _race_weekday(question, text)
        if t == "rule:bulk" and text.startswith("No: ") and _WORTH.search(question):
            # "is it worth it, or will it make me slower?": a bare "No" would answer the worth
            return "Yes, it's worth it, and " + text[4:]
        return text
    return None


_WORTH = re.compile(r"\b(?:worth ?(?:it|while|doing|the (?:time|effort|bother)|my time)|should i bother)\b")


_WEEKDAYS = tuple(d.lower() for d in DAY_NAMES)
_RACE_ON = re.compile(
    r"\b(?:race|marathon|half|10k|5k|parkrun|ultra|meet)\b(?: \w+){0,3}? (?:is )?(?:on |this |next )?"
    r"(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b|"
    r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?(?:'s)? "
    r"(?:race|marathon|half|10k|5k|parkrun)\b"
)


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
_RUN_FREQ = re.compile(
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


_RACE = r"(?:race|racing|marathon|half|10k|5k|parkrun|ultra|meet)"
# A few phrasings that say which topic they are about more surely than retrieval can: the timing
# of strength work around a race ("legday tmrw but got a 10k sat").
_HARD = (
    r"(?:tempo|intervals?|interval day|long run|speed ?work|fartlek|threshold|track (?:session|workout|day)|"
    r"hill (?:reps|repeats|sprints|session)|hard runs?|hard sessions?)"
)
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
_QUAD_W = r"(?:quads?|quadriceps|front of (?:my |the )?(?:thighs?|legs?))"
_HAM_W = r"(?:hamstrings?|hams|back of (?:my |the )?(?:thighs?|legs?))"
_STEER: tuple[tuple[re.Pattern[str], str], ...] = (
    # "what's the least amount of time a leg workout can take and still be worth it?": the time
    # needed, not the benefits that "worth" brings up.
    (
        re.compile(
            r"\b(?:least (?:amount of )?time|minimum (?:amount of )?time|shortest|bare minimum of time|"
            r"fewest minutes|how (?:short|little time))\b"
            r"(?=.*\b(?:workout|session|routine|leg day|legs|strength|lifting|worth\w*|count|work)\b)"
        ),
        "rule:time_needed",
    ),
    # "how long does a leg workout need to be to be worth it?", "how long do I have to lift for it to
    # count?": the time a session needs, not the benefits that "worth" brings up.
    (
        re.compile(
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
        re.compile(
            r"^(?!.*\b(?:balance (?:training|work|board|exercises?)|on one (?:leg|foot)|wobbl\w*|steady)\b)"
            r"(?:.*\bfront (?:and|&|n) back of (?:my |the |your )?(?:thighs?|upper legs?|legs?)\b"
            rf"|(?=.*\b{_QUAD_W}\b)(?=.*\b{_HAM_W}\b).*\b(?:equal\w*|even\w*|same|balanc\w*|imbalanc\w*|"
            r"stronger|weaker|weak|ratio|match\w*|stacked|overpower\w*|dominant|lopsided)\b"
            r"|(?!.*\b(?:(?:left|right) (?:leg|side|one|calf|quad|"
            r"hamstring|glute)s?|sides|one legs?|other legs?|"
            r"one side|hips?|weaker legs?)\b)"
            r".*\b(?:out of balance|imbalanc\w*|unbalanced|lopsided)\b)"
        ),
        "rule:opposing_balance",
    ),
    # "why do balance exercises matter?", "what's the point of balance work?": balance training (not
    # the muscle imbalance that "balance" also brings up).
    (
        re.compile(
            r"^(?!.*\b(?:pain\w*|hurt\w*|injur\w*|imbalanc\w*|quads? and hamstrings?)\b)"
            r"(?=.*\b(?:why|point|matter|matters|worth\w*|bother|need)\b)"
            r".*\bbalance (?:exercises?|work|training|drills?|stuff|moves|things)\b"
        ),
        "rule:balance_training",
    ),
    # "train the little stabiliser muscles that keep me steady", "steadier when I land on one foot":
    # balance work (no muscle or sore part named).
    (
        re.compile(
            r"^(?!.*\b(?:quads?|hamstrings?|calf|calves|glutes?|hips?|knees?|ankles?|shins?|pain\w*|sore|"
            r"hurt\w*|injur\w*|core|abs|one legged|single legs?|one legs?|skip\w*|omit\w*|avoid\w*|stop)\b)"
            r".*\b(?:stabili[sz]\w*|small muscles|little muscles|"
            r"tiny muscles|keep me (?:steady|stable|balanced)|"
            r"steadier|more stable|less wobbly|wobbl\w*)\b"
        ),
        "rule:balance_training",
    ),
    # "what do the muscles at the front of my hip do?": the hip muscles (the flexors), not hip pain.
    (
        re.compile(
            r"^(?!.*\b(?:pain\w*|hurts?|hurting|aches?|aching|achy|sore|tender|niggl\w*|tight\w*)\b)"
            r".*\b(?:front of (?:my |the )?hips?|hip flexors?)\b"
        ),
        "muscle:hips",
    ),
    # "how many hill reps is enough?": the hill's own dose (5-8), not the generic sets-and-reps.
    (
        re.compile(
            r"\bhow many\b.*\b(?:hill (?:reps|repeats|sprints|climbs|efforts|intervals)|hills|times up)\b|"
            r"\bhill (?:reps|repeats|sprints)\b.*\bhow many\b"
        ),
        "exercise:hill_repeats",
    ),
    # "how many sets of each exercise?", "how heavy should I go with the weights?": the sets-and-reps
    # rule and its load (an exercise named keeps its own card).
    (
        re.compile(
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
        re.compile(
            rf"\b(?:morning|afternoon|evening) of (?:the |my |a |your )?{_RACE}\b|\brace day itself\b|"
            rf"\bsame day as (?:the |my |a )?{_RACE}\b|\bon race (?:day|morning)\b"
        ),
        "rule:race_day",
    ),
    # "I hate the gym, how do I make lifting not suck", "strength work bores me": keeping it fun.
    (
        re.compile(
            r"^(?!.*\b(?:home|without|instead|pain\w*|hurt\w*|sore|injur\w*)\b)"
            r"(?=.*\b(?:how|tips?|ideas?|help|advice|make|any)\b)"
            r".*\b(?:hate|hating|boring|bored|bores?|dread\w*|suck|sucks|chore|tedious|monoton\w*|"
            r"motivat\w*|not fun|more fun|enjoy\w*|stick (?:at|with) it|keep at it|keep it up)\b"
        ),
        "rule:variety_fun",
    ),
    # "my legs turn to jelly on hills, how do I fix that?": stronger legs on hills (hill repeats).
    (
        re.compile(
            r"^(?!.*\b(?:pain\w*|hurt\w*|sore|ache\w*|injur\w*|shins?|knees?|calf|calves|achilles)\b)"
            r".*(?:\b(?:jelly|dead|die|dies|dying|weak|give out|gives out|struggle\w*|suffer\w*|fade\w*|"
            r"burn out|blow up|crawl\w*)\b.*\b(?:hills?|uphill|climbs?|inclines?)\b|"
            r"\b(?:hills?|uphill|climbs?)\b.*\b(?:jelly|dead|die|dies|dying|give out|struggle\w*|fade\w*|"
            r"feel easier|easier|less hard|less of a struggle)\b)"
        ),
        "rule:why_strength",
    ),
    # "any good stretches for tight hip flexors?": the stretch after a session (not the muscle card).
    (
        re.compile(
            r"^(?!.*\b(?:pain\w*|hurt\w*|injur\w*|pulled|strain\w*|sharp|before or after|after or before|"
            r"warm ?up|how long)\b)"
            r".*\b(?:stretch|stretches|stretching)\b (?:\w+ ){0,2}(?:for|to loosen|to help)\b"
        ),
        "rule:stretch_after",
    ),
    # "is it too late to start lifting at 50?", "skip leg day during my marathon block?": why strength.
    (
        re.compile(
            rf"\btoo (?:old|late)\b(?=.*\b(?:{_LIFT}|legs|start\w*|lifting)\b)|"
            rf"\b(?:{_LIFT}|legs|start\w*|lifting)\b.*\btoo (?:old|late)\b|"
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
        re.compile(
            r"^(?!.*\b(?:pain\w*|hurt\w*|sore|injur\w*)\b)"
            r".*(?:\b(?:short|shorter|choppy|tiny|shuffl\w*|longer|lengthen\w*)\b (?:\w+ ){0,3}strides?\b|"
            r"\bstrides? (?:is |feels |are |gets |seems )?(?:\w+ ){0,2}(?:short|choppy|shorter|tiny))\b"
        ),
        "rule:why_strength",
    ),
    # "how do I know if I'm doing too much strength work?": the signs, and the article's limits.
    (
        re.compile(
            r"\bhow (?:do|can|would|will) (?:i|you) (?:know|tell)\b.*\b(?:too much|overdo\w*|overtrain\w*|"
            r"too many|too often|too hard)\b"
        ),
        "rule:comfortable_load",
    ),
    # "should I ever skip a week?", "do I need a week off?": the monthly recovery week.
    (
        re.compile(
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
    # "what part of my leg absorbs the landing?": the quads soak up the shock.
    (
        re.compile(
            r"^(?!.*\b(?:pain\w*|hurt\w*|sore|ache\w*|shins?|knees?|injur\w*|shoes?)\b)"
            r"(?=.*\b(?:what|which)\b).*\b(?:absorb\w*|soak\w* up|cushion\w*|shock|jolt|impact)\b.*"
            r"\b(?:land\w*|impact|foot ?strike|hit\w* the ground|ground)\b"
        ),
        "muscle:quads",
    ),
    # "which muscle lifts my foot up when I run?": the shin muscles, with the calves.
    (
        re.compile(
            r"\b(?:what|which)\b.*\b(?:lifts?|raises?|pulls?|"
            r"flex\w*) (?:my |the )?(?:foot|feet|toes?)(?: up)?\b"
        ),
        "muscle:calves",
    ),
    # "what keeps my pelvis level when I run?": the hip muscles hold the joint steady.
    (re.compile(r"^(?!.*\b(?:pain\w*|hurt\w*|sore|ache\w*)\b).*\bpelvis\b"), "muscle:hips"),
    # "which strength exercise copies running the most?": one-legged work.
    (
        re.compile(
            r"\b(?:copies|copy|mimics?|mimicking|closest to|most like|similar to|resembles?|specific to) "
            r"(?:the )?running\b|\brunning.specific\b"
        ),
        "rule:one_legged",
    ),
    # "how do I get faster off the start line?", "a better finishing kick": explosive power.
    (
        re.compile(
            r"^(?!.*\b(?:plyometric\w*|drills?|ideas?)\b).*"
            r"\b(?:start line|starting line|off the (?:start|line|"
            r"blocks)|explosive start|faster start|quicker start|"
            r"finishing kick|finishing sprint|kick at the end|sprint finish)\b"
        ),
        "rule:why_strength",
    ),
    # "is leg day worth it (or nah)?", "what's the point of lifting?": why strength work, not how often.
    (
        re.compile(
            r"^(?!.*\b(?:squats?|lunges?|calf raises?|bridges?|"
            r"step ?ups?|hops|skipping|plyometric\w*|leg press|"
            r""
            r""
            r""
            r"curls?|extensions?|machines?|membership|hills?|treadmill|dumbbells?|kettlebells?|\d+|minutes?|mins?|"
            r"once|twice|times|short|quick|shin\w*|knees?|injur\w*|pain\w*|older|age)\b)"
            r"(?=.*\b(?:leg ?day|lifting|lift|strength (?:work|training)|weights|leg work|leg workouts?)\b)"
            r".*\b(?:worth (?:it|doing|the (?:time|effort|bother))|"
            r"any point|the point of|worthwhile|bother(?:ing)?)\b"
        ),
        "rule:why_strength",
    ),
    # "is leg day ok in the cold?", "strength work when it's icy out": the off-season / weather rule.
    (
        re.compile(
            rf"^(?!.*\b(?:(?:a|got|have|with) (?:a )?cold|{_RACE}|shin\w*|knees?|pain\w*)\b)"
            rf"(?=.*\b(?:{_LIFT}|legs|leg work)\b)"
            r".*\b(?:in the (?:cold|snow|rain|dark|winter)|"
            r"when (?:its|it is) (?:cold|icy|snowing|raining|dark)|"
            r"icy|snowy|winter|weather)\b"
        ),
        "rule:off_season",
    ),
    # "lift the day after my long run or the day before?": the hard-run-day rule, either day.
    (
        re.compile(
            rf"^(?!.*\b{_RACE}\b).*(?:\bday after\b.*\bor\b.*\bbefore\b|\bday before\b.*\bor\b.*\bafter\b)"
        ),
        "rule:hard_run_day",
    ),
    # "do I need weights to get strong legs?": no, bodyweight works (an exercise named keeps its card).
    (
        re.compile(
            r"^(?!.*\b(?:calf raises?|squats?|lunges?|bridges?|"
            r"step ?ups?|hamstring|leg press|hops|plyometric\w*)\b)"
            # ("do I need any equipment?" alone is a follow-up about the exercise just asked about)
            r".*\bneed (?:any |some )?(?:weights|dumbbells|equipment|kit)\b (?:\w+ )?(?:to|for|as)\b"
        ),
        "rule:home_workout",
    ),
    # "soleus vs gastrocnemius": the two calf muscles.
    (re.compile(r"\b(?:soleus|gastroc\w*)\b"), "muscle:calves"),
    # "which muscles do the work when I push off?", "what gives me spring at toe-off": the calves.
    (
        re.compile(
            r"\b(?:which|what) (?:\w+ )?muscles?\b.*\b(?:push(?:es|ing)? off|toe ?off|spring\w*|propel\w*|"
            r"drive me forward|launch\w*)\b|"
            r"\b(?:push(?:es|ing)? off|toe ?off)\b.*\b(?:which|what) (?:\w+ )?muscles?\b"
        ),
        "muscle:calves",
    ),
    # "how do I get more pop off the ground", "more spring in my stride": plyometrics.
    (
        re.compile(
            r"^(?!.*\b(?:hills?|uphill|muscles?|pain|sore|hurt\w*|bulk\w*|big|huge|heavy)\b)"
            r".*\b(?:more|better|extra|get|add|build|need|want|"
            r"improve) (?:\w+ ){0,2}(?:pop|spring|springiness|"
            r"springy|bounce|bouncy|explosive\w*|snap|oomph)\b"
        ),
        "rule:plyometrics",
    ),
    # "should air go in or out when I push?", "do I exhale on the way up": breathing.
    (
        re.compile(
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
        re.compile(
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
        re.compile(
            r"^(?!.*\b(?:day before|night before|tomorrow|tmrw|days? (?:before|out)|this week|race week)\b)"
            rf"(?=.*\b(?:{_LIFT}|legs|leg work|lifting|strength training)\b)"
            r".*(?:\bslow(?:s|ing)? (?:me|you|us|runners?|\w+ers) down\b|"
            r"\bmake (?:me|you|us|runners?|my legs) (?:\w+ )?slow(?:er)?\b|"
            r"\bslower\b(?! (?:reps?|tempo|on the way|lowering|pace for))|"
            r"\b(?:kill|wreck|ruin|hurt|mess up|hamper|cost me) (?:my |your |the )?(?:\w+ ){0,2}"
            r"(?:speed|pace|times?|splits|personal best|race|racing|running)\b)"
        ),
        "rule:bulk",
    ),
    # "should I be doing plyos or nah", "are jumping drills worth it for distance runners": plyometrics'
    # own verdict, not the general benefits (no injury asked about, no comparison).
    (
        re.compile(
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
        re.compile(
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
        re.compile(
            # (a symptom told or a lift described, "my tendon aches lifting up onto my toes", "stride
            # still short even with weights": not the benefits)
            r"^(?!.*\b(?:ache\w*|aching|hurt\w*|pain\w*|sore\w*|click\w*|crack\w*|cramp\w*|twing\w*|"
            r"niggl\w*|sloppy|even with|despite|even though)\b)(?!.*\blift\w* (?:up|onto|on to)\b).*(?:"
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
        re.compile(
            r"\b(?:running|run|runs|miles)\b (?:is|counts? as|=|as|basically|already|kind of)"
            r"(?: (?:a|basically|really|just|already|like|kinda|pretty much|real|proper|enough))?"
            r" (?:leg ?day|leg work|strength (?:work|training)|a leg workout|lifting|strength)\b(?! is\b)"
        ),
        "rule:why_strength",
    ),
    # "I skip leg day because I run anyway, bad idea?": running alone is not enough.
    (
        re.compile(
            r"\b(?:skip\w*|omit\w*|ditch\w*|drop\w*)\b (?:\w+ ){0,2}"
            r"(?:leg ?day|legs|strength|lifting|weights)\b"
            r".*\b(?:run|running|runs)\b"
        ),
        "rule:why_strength",
    ),
    # "do I gotta hit legs if I'm a runner": yes, running alone is not enough.
    (
        re.compile(
            r"\b(?:gotta|got to|have to|need to|must) (?:hit|do|train|bother with) (?:legs|leg day)\b"
        ),
        "rule:why_strength",
    ),
    # "why can't I just run more to get stronger legs": running alone is not enough.
    (
        re.compile(r"\b(?:just|only|simply) (?:run|running) (?:more|further|longer|extra)\b"),
        "rule:why_strength",
    ),
    # "legs in the morning and run in the evening": the order of run and strength on one day.
    (
        re.compile(
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
        re.compile(
            r"\b(?:flat|no hills?|without (?:a |any )?hills?|hills? (?:near|around) me)\b.*\bhill|"
            r"\bhill\w*\b.*\b(?:flat|no hills?|without (?:a |any )?hills?)\b"
        ),
        "equipment:hill",
    ),
    # "90-minute gym sessions, heavy leg day twice a week, is that too much?": don't go to extremes.
    (
        re.compile(
            # (anchored: the exclusions must look at the whole question, not from a later position)
            r"^(?=.*\b(?:too much|overdo\w*|overkill)\b)(?!.*\bhow (?:many|much|long)\b)"
            r"(?=.*\b(?:sessions?|minutes|mins|hours?|sets|reps|exercises|heavy|heavier|\d+)\b)"
            rf"(?!.*\b{_HARD}\b)"
            r"(?!.*\b(?:race|tomorrow|stretch\w*|every (?:single )?day|daily|"
            r"(?:[3-7]|three|four|five|six|seven) (?:times|days))\b)"
        ),
        "rule:comfortable_load",
    ),
    # "which one first", "lift before or after my easy run": the order of run and strength.
    (
        re.compile(
            r"\bwhich (?:one |comes |should come |goes |do i do )?first\b|"
            r"^(?!.*\b(?:stretch\w*|warm\w*)\b).*"
            r"(?:\b(?:before or after|after or before)\b.*\b(?:run|runs|running)\b"
            r"|\b(?:run|runs|running)\b.*\b(?:before or after|after or before)\b)"
        ),
        "rule:run_first",
    ),
    # "what plyometric exercises are good", "plyo ideas": the plyometrics rule, not balance training.
    (
        re.compile(
            r"\b(?:what|which|any|best|good|some)\b.*\bplyometric\w*\b.*\b(?:exercises?|drills?|moves?)\b|"
            r"\bplyometric\w* (?:ideas|exercises|drills|moves)\b"
        ),
        "rule:plyometrics",
    ),
    # "hill sprints instead of the gym", "skip the gym": gym or home, not the missing kit.
    (re.compile(r"\binstead of (?:the |a )?gym\b|\b(?:skip|ditch|quit) the gym\b"), "rule:gym_vs_home"),
    # "keep my quads and hamstrings balanced": the balance of opposing muscles.
    (
        re.compile(r"\bbalanc\w*\b.*\bquads?\b.*\bhamstrings?\b|\bquads?\b.*\bhamstrings?\b.*\bbalanc\w*\b"),
        "rule:opposing_balance",
    ),
    (re.compile(rf"\b(?:race|marathon|taper) week\b|\bweek of (?:the|my|a) {_RACE}\b"), "rule:race_day"),
    (
        re.compile(r"\b(?:how|where|when) (?:do|can|should|would) i (?:fit|put|slot|schedule)\b"),
        "rule:frequency",
    ),
    # One ask about lifting on a hard-run day; "run first or lift first?" and race days are others.
    (
        re.compile(
            # ("run first or lift first?" is the order rule; "good or bad", "yay or nay" are yes/no tails)
            rf"^(?!.*\b(?:or(?! (?:bad|not|nah|nay|no)\b)|"
            # ("what does a hill session for strength look like?" asks what the session is, not when)
            rf"race|first|vs|versus|compared|than|(?:session|workout) (?:\w+ ){{0,4}}looks? like|"
            rf"structure (?:a|an|my) (?:\w+ ){{0,2}}session)\b)"
            rf".*?(?:\b(?:{_LIFT}|{_LEGS})\b (?:\w+ ){{0,6}}?{_HARD}\b|"
            rf"\b{_HARD}\b (?:\w+ ){{0,6}}?(?:{_LIFT}|legs)\b)"
        ),
        "rule:hard_run_day",
    ),
    # "after an easy 30 min jog can I go straight into a leg workout?": the order of run and lift on
    # one day (a hard run said is caught above), not the session length the minutes point to.
    (
        re.compile(
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
        re.compile(
            rf"^(?!.*\b{_RACE}\b).*\bhow (?:many|often)\b(?:.*\b(?:days?|times|sessions)\b "
            r"(?:a|per|each|every|in a) week\b|.*\b(?:lift\w*|strength|"
            r"legs|leg days?|gym|weights)\b.*\b(?:a|per) week\b)"
        ),
        "rule:frequency",
    ),
    # "what's the minimum that works?", "least I can get away with": the shortest worthwhile dose.
    (re.compile(r"\b(?:bare )?minimum\b|\bthe least (?:i|amount|you)\b"), "rule:time_needed"),
    # "legs 5 days a week to get faster?", "leg day two days in a row": how often, whatever else it says.
    (
        re.compile(
            rf"^(?!.*\b{_RACE}\b).*(?:\b(?:[2-7]|two|three|four|five|six|seven) (?:days?|times|x) "
            r"(?:a|per|each|every) week\b|\bevery ?day\b|\bdaily\b|\b(?:two|2|back to back|consecutive) days"
            r"(?: in a row)?\b|\b(?:days?|sessions|times) in a row\b|"
            r"\bbetween (?:two |my |the |each )?(?:leg |strength )?"
            r"(?:sessions|workouts|leg days)\b)"
        ),
        "rule:frequency",
    ),
    (
        re.compile(rf"\b{_RACE}\b.*\b(?:last|final) (?:leg|strength|gym|lifting|workout|session)"),
        "rule:race_day",
    ),
    # "when is my last strength session?", "what day should my final leg workout be": the last one
    # before a race (no other "last session" has a when), not the stretch at the end of a session.
    (
        re.compile(
            r"\b(?:when|what day|which day)\b.*\b(?:last|final) (?:\w+ )?(?:leg|strength|gym|lifting|lift|"
            r"weights|heavy) ?(?:day|session|workout|lift)?\b"
        ),
        "rule:race_day",
    ),
    (
        re.compile(rf"\b(?:day before|night before|tomorrow|days? (?:before|out from))\b.*\b{_RACE}\b"),
        "rule:race_day",
    ),
    (
        re.compile(rf"\b{_RACE}\b.*\b(?:day before|night before|tomorrow|days? (?:before|out))\b"),
        "rule:race_day",
    ),
)


_HILLS_AS_STRENGTH = re.compile(
    r"\bhill (?:reps|repeats|sprints|work)\b (?:\w+ ){0,2}(?:as|for|count as|counts as|instead of) "
    r"(?:my |a |the )?(?:strength|leg)|"
    r"^(?:hill (?:reps|repeats|sprints|running|work)|hills) (?:are |is |equals? )?(?:strength|resistance) "
    r"(?:work|training)\b|"
    r"\bhow (?:should|do|can|would) i (?:\w+ ){0,3}hill (?:reps|repeats|sprints)\b"
)


def steer(question: str) -> str | None:
    """The topic a (normalised) question is surely about, before retrieval, or None."""
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
    "calf": "muscle:calves",
    "calve": "muscle:calves",
}
_MUSCLE_WORK = re.compile(
    r"\b(?:what (?:are )?(?:the |some )?|which |any |best |good |top |some )?(?:good |best )?"
    r"(hip|glute|butt|quad|hamstring|ham|calf|calve)s? (?:stren\w* )?"
    r"(?:exer\w*|excer\w*|moves?|workouts?)\b"
    r"|\b(?:exer\w*|excer\w*|moves?|workouts?) (?:for|to strengthen) (?:my |the |your )?"
    r"(hip|glute|butt|quad|hamstring|ham|calf|calve)s?\b"
)
_NOT_MUSCLE_WORK = re.compile(
    r"\b(?:pain|hurts?|sore|ache|aches|aching|injur\w*|or|and|vs|versus|instead|without|no|how do i do|"
    # ("how do you do the hip strengthener exercise with ankle weights?": that exercise, not the list)
    r"how (?:do|should|can|would) (?:you|we|one) (?:do|perform)|the hip strengthen\w*|ankle weights?)\b"
)


# ---- run and lift on one day: which comes first, read from the question ----------------------------

_RUN_WORD = re.compile(
    r"\b(?:run|runs|running|jog|jogs|jogging|run club|long run|tempo|intervals?|track (?:session|workout)|"
    r"parkrun|race|5k|10k|strides)\b"
)
_LIFT_WORD = re.compile(
    r"\b(?:lift\w*|legs|leg day|gym|strength|squats?|weights|leg workout|leg session|"
    r"leg (?:routine|work|training|exercises|sesh|circuit))\b"
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
    "night": 4,
    "tonight": 4,
}
_ORDER_ASK = re.compile(
    r"\b(?:ok|okay|fine|alright|right|good|bad|wrong|order|should|can|could|better|work)\b"
)
_HARD_RUN = re.compile(
    r"\b(?:long run|tempo|intervals?|track|speed ?work|fartlek|threshold|race|hard run|workout run)\b"
)
_EASY = re.compile(r"\beasy\b")


def _first_of(question: str) -> str | None:
    """ "run" or "lift": which the runner does first, from "then", "after", "before" or the times of
    day next to each; None when the question doesn't say."""
    runs = [m.start() for m in _RUN_WORD.finditer(question)]
    lifts = [m.start() for m in _LIFT_WORD.finditer(question)]
    if not runs or not lifts:
        return None
    r, lift = runs[0], lifts[0]
    r_end = _RUN_WORD.search(question, r).end()  # type: ignore[union-attr]
    lift_end = _LIFT_WORD.search(question, lift).end()  # type: ignore[union-attr]
    first, second = ("run", "lift") if r < lift else ("lift", "run")
    if re.search(
        r"\b(?:just|already) (?:did|done|finished|ran|had|got back from|back from)\b(?: \w+){0,6}\s*$",
        question[:r],
    ):
        return "run"  # "smash legs now, just did 10x400?": the run is done, the lifting comes after it
    between = question[min(r, lift) : max(r, lift)]
    if re.search(r"\b(?:after|following)\b", between):
        return second  # "legs at night after an easy morning run"
    if re.search(r"\b(?:then|before|followed by|and then)\b", between):
        return first  # "lifting in the morning then a long run"
    times = [
        (m.start(), _TIME_RANK[m.group(0)])
        for m in re.finditer(r"\b(?:" + "|".join(_TIME_RANK) + r")\b", question)
    ]
    if len(times) >= 2:

        def rank_of(start: int, pos: int) -> int:
            # "morning run and evening legs": a time word right before the word is its own; else
            # "gym at 6am, run at lunch": the time just after a word is its own, else the nearest,
            # measured from the END of the word: "leg day in the evening" is the evening's.
            before = [
                t
                for t in times
                if re.fullmatch(r"\w+ ", question[t[0] : start])
                # ("gym at 6am run at lunch": "at 6am" belongs to the gym)
                and not re.search(
                    r"\b(?:at|in|by|around|about|from|till|until|before|after|the)\s*$", question[: t[0]]
                )
            ]
            if before:
                return before[-1][1]
            after = [t for t in times if 0 < t[0] - pos <= 12]
            return (after[0] if after else min(times, key=lambda t: abs(t[0] - pos)))[1]

        rr, lr = rank_of(r, r_end), rank_of(lift, lift_end)
        if rr != lr:
            return "run" if rr < lr else "lift"
    return None


def order_verdict(question: str) -> str | None:
    """The verdict on a day with both a run and strength work ("is that order ok?"): yes when the run
    comes first and isn't a hard one; else what to change."""
    if re.match(r"(?:how|what|whats|when|which|where|why)\b", question):
        return None  # "how long should I wait after a run before lifting?" asks for a figure
    if not _ORDER_ASK.search(question) or re.search(r"\b(?:before or after|after or before|or)\b", question):
        return None  # "before or after my run?" asks which, not whether
    if re.search(
        r"\b(?:day|days|week|hours) (?:after|before|out)\b|\b(?:night|"
        r"eve|evening) before\b|\bnext day\b|\btomorrow\b|"
        r"\byesterday\b",
        question,
    ):
        return None  # "the day after a long run": another day, not the order within one
    first = _first_of(question)
    if first is None:
        return None
    hard = bool(_HARD_RUN.search(question)) and not _EASY.search(question)
    if hard:
        return (
            "No: that's the same day as a hard run (a race, long run, tempo or intervals), and the "
            "article says to keep strength work off those days. Move it to an easy day; if they must share "
            "a day, run first."
        )
    if first == "run":
        return "Yes, that's the right order: run first, then the strength work, on an easy day."
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
_DAY_WORD = re.compile(r"\b(" + "|".join(sorted(_DAY_OF, key=len, reverse=True)) + r")\b")
# Three-letter day names only where they can't be something else ("sat down", "the sun is out").
_NOT_DAY = re.compile(r"\b(?:sat (?:down|on|in|there)|the sun|sun (?:is|was|out)|in the sun)\b")
_WEEK_RACE = re.compile(
    r"\b(?:race|racing|parkrun|marathon|half marathon|half|10k|5k|ultra|meet|hm|fm|race day)\b"
)
_WEEK_HARD = re.compile(
    r"\b(?:long runs?|tempos?|tempo runs?|intervals?|interval sessions?|track|speed ?work|"
    r"hill (?:reps|repeats|sprints|session)|hard run|hard session|threshold|fartlek|workout run|"
    r"quality (?:sessions?|runs?|days?|workouts?)|key (?:sessions?|runs?|workouts?)|speed sessions?|lr)\b"
)
_WEEK_EASY = re.compile(r"\b(?:easy|recovery|rest|rest day|day off|off day|off|jog|shakeout|nothing)\b")
# The part of the message that asks about a day: a weekday, a strength word, "which days", "when".
_WHICH_DAY = re.compile(r"\b(?:which|what) (?:\w+ )?days?\b|\bwhen\b|\bwhere\b")
_DAY_ASK = re.compile(
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


_WEEK_LIFT = re.compile(
    r"\b(?:legs|leg ?day|leg session|leg workout|strength|lift\w*|gym|squats?|lunges?|weights|"
    r"strength session|s ?c)\b"
)
_WEEK_EVENT = {"hard": "hard run", "race": "race"}


def _segments(message: str) -> list[str]:
    text = message.lower().replace("'", "")
    parts = re.split(
        r"[,;.!?\n]+|\s+-\s+|\b(?:and|but|then|so|while|plus|if|because|cos|since|as|with|when)\b", text
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
    if _WEEK_EASY.search(seg) or re.search(r"\b(?:run|runs|running)\b", seg):
        return "easy"
    return None


def _week(message: str) -> dict[str, set[int]]:
    """{"hard": days, "race": days, "lift": days, "easy": days} named in the message."""
    days: dict[str, set[int]] = {"hard": set(), "race": set(), "lift": set(), "easy": set()}
    if _NOT_DAY.search(message.lower()):
        return days
    last: str | None = None
    for seg in _segments(message):
        found = [_DAY_OF[m.group(1)] for m in _DAY_WORD.finditer(seg)]
        event = _event_of(seg)
        if event is None and found and not _DAY_WORD.sub("", seg).replace("on", "").strip():
            event = last  # "legs on mon and thu": "thu" alone borrows the event before it
        if event is not None:
            last = event
        if not found or event is None:
            continue
        for kind in event.split("+"):
            days[kind].update(found)
    return days


def _names(ds: list[int]) -> str:
    names = [DAY_NAMES[d] for d in sorted(ds)]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " or " + names[-1]


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


def _asks_ok(plain: str) -> bool:
    return bool(
        re.search(r"\b(?:ok|okay|fine|alright|good|can i|could i|should i|is it|would it|do i)\b", plain)
    )


# "is that a bad combo?", "too close?", "is that a problem?": asked the other way round, so "No:
# Friday is the day before your race" must read "Yes, that's a problem: ...".
_PROBLEM_ASK = re.compile(
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
    if "the day before your race" in out and re.search(r"\bonly\b", message.lower()):
        out += (
            "\nIf that's your only gym day, skip it on race weekends, or do 15 minutes of bodyweight moves "
            "at home earlier in the week instead."
        )
    return out


def _week_verdict(message: str, lift_only: bool = True) -> str | None:
    """A runner who names their week ("long run Sunday, legs Saturday?", "intervals Tue, race Sat,
    which days for legs?"): the verdict for the strength day they named, or two days that fit. The
    article's rules: not on the same day as a hard run, not the day before a race. None when the
    message names no hard-run or race day."""
    plain = message.lower()
    if not _WEEK_LIFT.search(plain) and not re.search(r"\bwhat days|which days?\b", plain):
        return None
    asking = _segments(message)[-1:]
    if not asking or not (_DAY_ASK.search(asking[0]) or _DAY_WORD.search(asking[0])):
        return None  # "I lift Mondays, long run Sundays. Is my coach right about a week off?"
    days = _week(message)
    hard, race, lift = days["hard"], days["race"], days["lift"]
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
    if lift:
        clash = sorted(lift & hard)
        if clash:
            return (
                f"No: {_names(clash)} is a hard-run day, and the article says not to do strength work on "
                "the same day as a hard run. Move it to an easy day (if a run shares that day, run first)."
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
        return (
            f"Yes, {ok} {are} fine: the article only rules out the same day as a hard run and the day "
            f"before a race, and {neither}. If you run that day too, run first, then the strength work."
        )
    out = sorted(hard | race | eve)
    free = [d for d in range(7) if d not in out]
    if race and re.search(r"\b(?:last|final|latest)\b", plain):
        r = min(race)
        return (
            f"{DAY_NAMES[(r - 2) % 7]} at the latest: not {DAY_NAMES[(r - 1) % 7]}, the day before the "
            "race, so your body has time to recover (the article's rule). Keep that last session light and "
            "familiar."
        )
    no = []
    if hard:
        no.append(f"{_names(sorted(hard))} ({'hard-run days' if len(hard) > 1 else 'a hard-run day'})")
    if eve:
        no.append(f"{_names(sorted(eve))} (the day before your race)")
    lead = "Not " + " or ".join(no) + ": the article keeps strength work off those days."
    pick = _spread(free, days["easy"])
    if pick is None:
        return lead + " Your week has no other day: fit one short session on your easiest day."
    return (
        f"{lead} Pick two easy days: {DAY_NAMES[pick[0]]} and {DAY_NAMES[pick[1]]} fit (about twice a "
        "week); if you run on them too, run first, then lift."
    )


# ---- "X or Y?" between two options the article describes ------------------------------------------
# A choice between two of the article's options, however the runner words them ("leg press vs lunges",
# "hill sprints or squats in the gym", "calf raises flat or off a step", "walking lunges or stepping
# back"): the choice first, then why, from the article. Asked before any topic is chosen (content/
# reasons.py gap), so a word like "machine" can't turn it into the machines' stock answer. Each entry:
# the two options' patterns (both must be said), the verdict, and its topic.
_CHOICE = re.compile(
    r"\b(?:or|vs|versus|v|better|best|compared?|comparison|difference|differences|which|rather than|"
    r"instead of|{over}|as (?:good|useful|effective|worthwhile|helpful|beneficial) as|more useful|"
    r"more effective|matter|matters)\b".format(
        # "X over Y", not "going over on my ankle", "fall over", "over and over"
        over=r"(?<!going )(?<!gone )(?<!goes )(?<!rolled )(?<!rolling )(?<!fall )(?<!falling )(?<!fell )"
        r"(?<!tip )(?<!tipping )(?<!tipped )(?<!all )over(?! (?:on|and over|my|the top)\b)"
    )
)
# "can I do squats or lunges at home?": a yes/no on doing them, not a choice between them.
_MAY_I = re.compile(
    r"^(?:can|could|are|will|would|may) (?:i|you|we|they|runners?)\b(?!.*\b(?:which|better|vs)\b)"
)
_KNEES_IN = (
    r"(?:knees? (?:\w+ ){0,3}(?:fold\w*|cav\w*|collaps\w*|drift\w*|wobbl\w*|knock\w*|go\w*|point\w*|turn\w*|"
    r"roll\w*|come|comes|coming|bend\w*|buckl\w*|dive\w*|diving) (?:\w+ ){0,2}(?:in|inward\w*|inside|"
    r"together|toward (?:each other|one another))|knock kneed|(?:hip|hips|pelvis) (?:\w+ ){0,2}"
    r"(?:drops?|dropping|dips?|dipping|sags?|sagging|sinks?|hitch\w*)|(?:hip|pelvic) drop)"
)
_FORM_FIRST = (
    "never trade good form for a heavier weight or a few more reps. Pick a load that tires you by 12–15 "
    "reps while your form holds, and add weight only when it still does."
)
_LUNGE = r"(?<!walking )(?<!walking dumbbell )lunges?"
_HILLS = (
    r"(?:(?:hill|treadmill incline) "
    r"(?:sprints?|reps?|repeats?|running|runs?|work|sessions?|intervals?)|hills|"
    r"running (?:hills|treadmill incline)|uphill)"
)
_VERSUS_TABLE: tuple[tuple[str, str, str, str, frozenset[str]], ...] = (
    (
        r"(?:(?<=calf raises )(?:\w+ ){0,5}?|\b(?=(?:on the flat|flat (?:ground|floor|surface)|on the "
        r"(?:floor|ground))\b.*\bcalf raises?\b))(?P<x>on the flat|flat on the (?:floor|ground)|(?:on )?flat "
        r"(?:ground|floor|surface)|on the (?:floor|ground))\b",
        r"\b(?:step|steps|stair|stairs|edge|block|off a|kerb|curb)\b",
        "A step: with your heels hanging below the edge you start lower than your toes, so each rep works "
        "through the full range; flat ground cuts off the bottom of the movement. Use a step or block that "
        "won't tip, rise as high as you can, hold a few seconds and lower slowly.\n"
        "Full card: /exercise calf raise",
        "exercise:calf_raise",
        frozenset({"exercise:calf_raise", "exercise:weighted_calf_raise", "equipment:step"}),
    ),
    (
        r"\bwalking (?:dumbbell )?lunges?\b|\bwalking (?:ones|kind|version)\b",
        r"\b(?:step(?:ping)? back|back to (?:the )?start|return\w*|static|regular|normal|standard|stationary|"
        r"in place|on the spot|(?<!walking )lunges?(?! (?:with|holding)))\b",
        "Either: the article gives both. Standard lunges step back to the start and switch legs; walking "
        "lunges travel forward instead, bringing the trailing leg through into the next lunge, so you need "
        "room to walk. The form is the same: front knee down to 90°, torso straight, a dumbbell in each "
        "hand.\n"
        "Full card: /exercise lunge",
        "exercise:walking_lunge",
        frozenset({"exercise:walking_lunge", "exercise:lunge"}),
    ),
    (
        r"\b(?:leg ?press(?:es)?|leg press machine)\b",
        rf"\b{_LUNGE}\b",
        "Lunges have the edge for running: they load one leg at a time, as running does. A dumbbell lunge "
        "builds the legs overall and trains balance and alignment. The leg press is a machine that isolates "
        "the quads and glutes and makes good form easy: a good place to start. Both have a place."
        "\nFull card: /exercise lunge",
        "exercise:lunge",
        frozenset(
            {
                "exercise:lunge",
                "exercise:leg_press",
                "rule:machines",
                "rule:free_weights",
                "equipment:machines",
            }
        ),
    ),
    (
        r"\b(?:leg ?press(?:es)?|leg press machine)\b",
        r"\b(?:wall squats?|(?<!leg )squats?)\b",
        "Both build the quads and glutes, so pick by where you train: in a gym, the leg press (it isolates "
        "them and makes good form easy); at home, the wall squat (just an exercise ball and a wall: lower "
        "to 90°, knees no further forward than your toes). For more running-like work, the one-legged squat "
        "loads one leg at a time.\nFull card: /exercise leg press",
        "exercise:leg_press",
        frozenset({"exercise:wall_squat", "exercise:leg_press", "rule:machines", "equipment:machines"}),
    ),
    (
        r"\bhamstring (?:push ?ups?|pushups?)\b|\bpush ?ups?\b",
        r"\b(?:hamstring |leg )?curls?\b|\bcurl machine\b",
        "Both work the hamstrings, so pick by kit: the curl machine isolates them and makes it easy to add "
        "resistance as you get stronger. Lowering yourself on one leg from a chair is hard, focused work for "
        "the back of the thigh: the hamstring push-up needs only a chair braced against a wall (or an "
        "exercise ball). Gym: curls; home: push-ups; both is fine."
        "\nFull card: /exercise hamstring push-up",
        "exercise:hamstring_pushup",
        frozenset(
            {
                "exercise:hamstring_pushup",
                "exercise:hamstring_curl",
                "rule:machines",
                "equipment:machines",
                "muscle:hamstrings",
            }
        ),
    ),
    (
        r"\b(?:step ?ups?|bench step ?ups?)\b",
        rf"\b{_LUNGE}\b",
        "Both are good for the quads and glutes, and both work one leg at a time, close to how running "
        "loads them. The step-up is the simplest, needing only a bench knee-high or lower (knee not locked "
        "at the top). The lunge uses dumbbells and also trains "
        "balance and alignment. Pick the one your kit allows."
        "\nFull card: /exercise bench step-up",
        "exercise:step_up",
        frozenset({"exercise:step_up", "exercise:lunge"}),
    ),
    (
        r"\b(?<!wall )(?<!leg )(?<!legged )(?<!single )(?<!single leg )squats?\b",
        rf"\b{_LUNGE}\b",
        "Both work the quads and glutes; for running the article favours one-legged moves: lunges and the "
        "one-legged squat load one leg at a time, as running does, and train balance. Its two-legged squat "
        "is the wall squat (ball behind your back, down to 90°).\n"
        "Full card: /exercise one-legged squat",
        "exercise:one_leg_squat",
        frozenset(
            {
                "exercise:one_leg_squat",
                "exercise:lunge",
                "exercise:wall_squat",
                "exercise:weighted_one_leg_squat",
            }
        ),
    ),
    (
        rf"\b{_HILLS}\b",
        r"\b(?:flat|track|intervals?|speed ?work|tempo|fartlek|strides)\b",
        "Hills, for leg strength. Running uphill is strength training for runners: charge up, jog back "
        "down, repeat. Pick a 5–10% grade, lift your knees and pump your arms, 5–8 times. The "
        "article doesn't treat flat "
        "intervals as strength work.\nFull card: /exercise hill repeats",
        "exercise:hill_repeats",
        frozenset({"exercise:hill_repeats", "exercise:treadmill_incline", "equipment:hill"}),
    ),
    (
        rf"\b{_HILLS}\b",
        r"\b(?:gym|squats?|weights|lifting|lift|leg press|machines?|lunges?|strength work|strength "
        r"training)\b",
        "Both, for different jobs. Running uphill is strength training for runners: charge up, jog back "
        "down, repeat (a 5–10% grade, 5–8 times, knees high, arms pumping), while gym exercises "
        "target specific muscles more precisely "
        "and let you add weight as you get stronger. A balanced week can have both, on separate easy days."
        "\nFull card: /exercise hill repeats",
        "exercise:hill_repeats",
        frozenset(
            {
                "exercise:hill_repeats",
                "exercise:treadmill_incline",
                "rule:gym_vs_home",
                "rule:home_workout",
                "rule:machines",
            }
        ),
    ),
    (
        # (about injuries: "what prevents injury better, stretching or strength work?")
        r"^(?=.*\b(?:injur\w*|hurt|prevent\w*|protect\w*)\b).*?"
        r"\b(?P<x>strength|lifting|weights|strengthening|leg work|gym)\b",
        r"\bstretch\w*",
        "Strength work does more to head off injuries: weak or unevenly developed muscles pull you out of "
        "alignment, and an imbalance between opposing muscles is a major cause of runners' overuse "
        "injuries. Stretching still has its place: warm up and stretch before a session, and stretch after."
        "\nMore: /ask injury prevention",
        "rule:injury_prevention",
        frozenset({"rule:injury_prevention", "rule:stretch_after", "rule:warm_up", "rule:why_strength"}),
    ),
    (
        r"\b(?:race|racing|competition|in) season\b|\bduring (?:the )?season\b",
        r"\b(?:off ?season|offseason|winter|base (?:phase|building))\b",
        "The off-season is the time to build it: the article says strength training is great then, and "
        "in spells when the weather limits your running. In race season keep it going, twice a week, off "
        "hard-run days and never the day before a race.",
        "rule:off_season",
        frozenset({"rule:off_season", "rule:frequency"}),
    ),
    (
        r"\beasy (?:run )?days?\b|\beasy runs?\b|\brecovery run\b",
        r"\b(?:rest days?|day off|days off|non ?run(?:ning)? days?|full rest|off days?)\b",
        "Either works: the article only rules out a hard-run day and the day before a race. On an easy-run "
        "day, run first and then do the strength work; a rest day keeps it on its own.",
        "rule:hard_run_day",
        frozenset({"rule:hard_run_day", "rule:run_first", "rule:recovery_week"}),
    ),
    (
        # (of one named exercise, "calf raises: both legs or one?", its own progression answers)
        r"^(?!.*\b(?:calf|calves|squats?|bridges?|press|curls?|lunges?|step ?ups?|raises?|extensions?)\b)"
        r".*\b(?:single ?leg(?:ged)?|one ?leg(?:ged)?|unilateral)\b",
        r"\b(?:two ?leg(?:ged)?|double ?leg(?:ged)?|both legs|bilateral|regular|normal)\b",
        "Single-leg, where you can: one-legged moves mimic running, where each leg works on its own, work "
        "each leg harder than the two-legged version so you build more strength, and bring up a weaker, "
        "non-dominant leg.\nTry one: /exercise one-legged squat",
        "rule:one_legged",
        frozenset({"rule:one_legged"}),
    ),
    (
        r"\b(?:at|by|down by) (?:my |your |the )?sides?\b",
        r"\b(?:over ?head|over my head|above (?:my |your )?head|up high)\b",
        "Either: the article lets you hold the dumbbells at your sides or over your head. At your sides is "
        "the easier start; whichever you pick, keep your torso straight and the front knee at 90°.\n"
        "Full card: /exercise lunge",
        "exercise:lunge",
        frozenset({"exercise:lunge", "exercise:walking_lunge"}),
    ),
)
_VERSUS_TABLE += (
    # "flat calf raises or ones off a step?": the step's verdict, as for "calf raises on the flat".
    (r"\b(?:flat|floor|flat ground|flat floor) calf raises?\b", *_VERSUS_TABLE[0][1:]),
)
_VERSUS_TABLE += (
    (
        r"\bline (?:hops?|hopping|jumps?)\b|\bhop\w* (?:back and forth )?over (?:a|the) line\b",
        r"\bbox (?:hops?|jumps?|hopping)\b|\bhop\w* (?:onto|up onto|on to) (?:a |the )?(?:box|step)\b",
        "Line hops first: the article starts plyometrics with hopping back and forth over a line, then "
        "hopping forward onto a step or low box, alternating legs.\nFull card: /exercise line hops",
        "exercise:line_hops",
        frozenset({"exercise:line_hops", "exercise:box_hops", "rule:plyometrics"}),
    ),
)
_VERSUS_TABLE += (
    (
        r"\b(?:full (?:rom|range(?: of motion)?|depth|reps?|squats?)|all the way(?: down)?|(?:whole|entire) "
        r"range)\b",
        r"\b(?:half (?:reps?|squats?|range|way)|partial(?: reps?)?|quarter (?:reps?|squats?)|short range|"
        r"halfway)\b",
        "Full range: the article says to move through your entire range of motion, slowly and without "
        "bouncing, stopping just short of locking the joint. Squats and lunges go down to about 90°.",
        "rule:range_of_motion",
        frozenset(
            {"rule:range_of_motion", "exercise:one_leg_squat", "exercise:lunge", "exercise:wall_squat"}
        ),
    ),
)
_VERSUS_TABLE += (
    (
        # "hill reps: jog the downs or walk them?"
        r"^(?=.*\b(?:hills?|hill \w+|downs|downhill|back down|way down|uphill)\b).*?\b(?P<x>jog\w*)\b",
        r"\bwalk\w*\b",
        "Jog: the article has you jog gently back down to recover between climbs; the climb is the work. "
        "A walk is fine if you need longer to recover, but an easy jog is the usual way.\n"
        "Full card: /exercise hill repeats",
        "exercise:hill_repeats",
        frozenset({"exercise:hill_repeats", "exercise:treadmill_incline", "equipment:hill"}),
    ),
)
_VERSUS_TABLE += (
    (
        # "what matters more, good form or lifting heavy?"
        # (a yes/no, "does form matter more than weight?", is the verdict table's)
        r"^(?!(?:is|are|does|do|would|should)\b).*?\b(?P<x>(?:good |proper |strict )?form)\b",
        r"\b(?:lifting heav\w*|heav\w* (?:weights?|lifting)|heavier|heavy|more weight|weights?|more reps|"
        r"load)\b",
        "Form comes first: " + _FORM_FIRST,
        "rule:form_first",
        frozenset({"rule:form_first", "rule:comfortable_load"}),
    ),
)
_VERSUS_TABLE += (
    (
        # "bridges or hip raises for weak glutes?"
        r"\bbridges?\b",
        r"\b(?:(?:side lying )?hip raises?|hip strengtheners?|leg lifts?|leg raises?|hip abductions?)\b",
        "Both, for different jobs: the bridge builds the glutes (lift your hips into a line and hold about "
        "30 seconds), while the side-lying hip raise works the hip muscles that keep each leg in line. For "
        "weak glutes lead with the bridge, and add the hip raise if your hips or knees drift too.\n"
        "Full card: /exercise bridge",
        "exercise:bridge",
        frozenset({"exercise:bridge", "exercise:hip_abduction", "exercise:supine_leg_lift", "muscle:glutes"}),
    ),
    (
        # "line hops or skipping for a beginner?"
        r"\bline (?:hops?|hopping|jumps?)\b",
        r"\bskip(?:s|ping)?\b(?! (?:it|them|the|a|leg|lifting|strength|warm))",
        "Line hops first: the article starts plyometrics with hopping back and forth over a line, then "
        "hopping onto a low box or step, and skipping drills after that.\nFull card: /exercise line hops",
        "exercise:line_hops",
        frozenset({"exercise:line_hops", "exercise:skipping", "rule:plyometrics"}),
    ),
    (
        # "leg extension or leg press for my knees?"
        r"\b(?:(?:leg|quad|quadriceps) extensions?)\b",
        r"\bleg ?press(?:es)?\b",
        "Both: they're two of the three basic leg machines and both build the quads, which the article "
        "says helps runner's knee. The extension isolates the front of the thigh; the leg press works the "
        "quads and glutes together. Balance them with hamstring curls, move slowly and stop just short of "
        "locking your knees.\nFull card: /exercise leg press",
        "exercise:leg_press",
        frozenset({"exercise:leg_press", "exercise:quad_extension", "rule:machines", "injury:runners_knee"}),
    ),
)
_LIFT_OPT = r"(?:lift\w*|strength(?: work| training)?|weights|gym|squats?|leg day|legs)"
_RUN_OPT = r"(?:run|runs|running|jog|jogging)"
_VERSUS_TABLE += (
    (
        # "lift then run, or run then lift?": the order, run first (not a "No")
        rf"\b{_LIFT_OPT} (?:then|before|first then|and then|followed by) (?:\w+ )?{_RUN_OPT}\b",
        rf"\b{_RUN_OPT} (?:then|before|first then|and then|followed by) (?:\w+ )?{_LIFT_OPT}\b",
        "Run first, then lift: when both share a day, do the run and then the strength work (a few minutes "
        "of light jogging is the warm-up before lifting).",
        "rule:run_first",
        frozenset({"rule:run_first", "rule:warm_up", "rule:hard_run_day"}),
    ),
    (
        # "should I use dumbbells instead of machines?": content/compose.py's "free weights or machines?"
        # verdict, word for word, for dumbbells (not the missing-kit answer "instead" brings up)
        r"\b(?:dumbbells?|kettlebells?)\b",
        r"\b(?:machines?|resistance machines?)\b",
        "Both, for different jobs. Machines isolate one muscle group and make good form and a full range "
        "of motion easier: a good place to start. Free weights build the legs overall and train the "
        "balance and alignment running needs.",
        "rule:free_weights",
        frozenset({"rule:free_weights", "rule:machines", "equipment:machines", "equipment:dumbbells"}),
    ),
)
_VERSUS = tuple(
    (re.compile(a), re.compile(b), text, topic, about) for a, b, text, topic, about in _VERSUS_TABLE
)


@functools.lru_cache(maxsize=1024)
def _versus(plain: str) -> tuple[str, str, frozenset[str]] | None:
    if not _CHOICE.search(plain) or _MAY_I.search(plain):
        return None
    for first, second, text, topic, about in _VERSUS:
        a, b = _span(first, plain), _span(second, plain)
        if not a or not b or not (a[0] >= b[1] or b[0] >= a[1]):
            continue
        # the two options joined as a choice, close together ("hill reps or flat intervals"; not "legs
        # cooked after hill reps, still do my S&C or bin it?")
        between = plain[min(a[1], b[1]) : max(a[0], b[0])]
        if len(between) <= 45 and _JOINED.search(between):
            return text, topic, about
    return None


def _span(pattern: re.Pattern[str], plain: str) -> tuple[int, int] | None:
    """Where the option is said: its group "x" if the pattern has one (the rest is context)."""
    m = pattern.search(plain)
    if m is None:
        return None
    return m.span("x") if "x" in pattern.groupindex else m.span()


_JOINED = re.compile(
    r"\b(?:or|vs|versus|v|than|compared|over|instead of|rather than|and|"
    r"as (?:good|useful|effective|worthwhile|helpful) as)\b"
)


# "...if I only have time for one": a pick, not "both". The article's own words decide it where it has
# them (the step-up is "simple, valuable"; one-legged moves copy running).
_ONLY_ONE = re.compile(
    r"\b(?:only (?:have )?(?:time|room|energy) for one|(?:if|when) i (?:can|could) only "
    r"(?:do|pick|choose) one|"
    r"only (?:do|pick|choose) one|just one of (?:them|those|the two)|one or the other|had to "
    r"(?:pick|choose))\b"
)
_PICK: dict[str, str] = {
    "exercise:step_up": (
        "Step-ups, if it's only one: the article calls them a simple, valuable exercise for runners, they "
        "work one leg at a time, and they need just a bench or stair knee-high or lower. Lunges need "
        "dumbbells, though they also train balance and alignment.\nFull card: /exercise bench step-up"
    ),
    "exercise:one_leg_squat": (
        "Lunges or the one-legged squat, if it's only one: they load one leg at a time, as running does, "
        "and train balance, where a two-legged squat doesn't.\nFull card: /exercise one-legged squat"
    ),
    "exercise:hill_repeats": (
        "Hills, if it's only one: hill running is resistance training for runners and needs no gym (a 5–10% "
        "grade, 5–8 charges up, knees high, arms pumping). The gym adds more precise work on single "
        "muscles.\nFull card: /exercise hill repeats"
    ),
}


# "is the leg press as good as lunges?": a yes/no, so the verdict's yes or "not quite" comes first.
_AS_GOOD = re.compile(
    r"^(?:is|are|would|will|do|does|can)\b(?P<subject>.*?)\bas (?:good|useful|effective|worthwhile|"
    r"helpful|beneficial) (?:as|for)\b"
)
_LEAD_SKIP = frozenset({"a", "an", "the", "for", "if", "its"})


def as_good_lead(plain: str, text: str) -> str:
    """The choice's verdict, turned into the answer to "is X as good as Y?": "Yes: both..." when the
    article rates them alike or X is its pick, "Not quite: ..." when Y is."""
    m = _AS_GOOD.search(plain)
    if m is None:
        return text
    head = [w for w in re.findall(r"[a-z]+", text.split(":")[0].split(",")[0].lower()) if w not in _LEAD_SKIP]
    if not head:
        return text
    if head[0] in ("both", "either") or re.search(rf"\b{re.escape(head[0].rstrip('s'))}", m.group("subject")):
        return f"Yes, {text[0].lower()}{text[1:]}"
    return f"Not quite. {text}"


def versus(plain: str) -> tuple[str, str] | None:
    """(the verdict, its topic) for a choice between two options in the (normalised) question, or None."""
    found = _versus(plain)
    if found is None:
        return None
    if found[1] in _PICK and _ONLY_ONE.search(plain):
        return _PICK[found[1]], found[1]
    return as_good_lead(plain, found[0]), found[1]


# ---- Yes/no questions whose verdict the article settles, however the topic lands ---------------------
# "will squats and stuff help me on hills?", "can I run and lift on one day or does it cancel out?",
# "do I need a gym or can I do it at home?", "can I do calf raises on the bottom stair?": asked before
# any topic is chosen (content/reasons.py gap) and as the direct lead of a related topic, so the
# verdict comes first, not an exercise card. Each: pattern, verdict, topic, related topics.
_STRENGTH_THING = (
    r"(?:squats?|lunges?|strength|lifting|lift|weights|leg (?:work|workouts?|days?|exercises|sessions?|"
    r"strength)|gym|exercises|calf raises|step ?ups|plyo\w*|this|it|that|stuff|stronger legs)"
)
_YES_NO_START = r"^(?:will|would|does|do|can|could|is|are|should|might)\b"
_WORTH_ASK = (
    r"\b(?:worth (?:it|doing|using|bothering|the time)|any good|any use|useful|(?:good|ok|okay|fine|safe|"
    r"alright) for (?:runners?|running|me|us)|is it good|is that good|does it help|do i need)\b"
)
_VERDICT_TABLE: tuple[tuple[str, str, str, frozenset[str]], ...] = (
    (
        rf"{_YES_NO_START}(?=.*\b{_STRENGTH_THING}\b).*\b(?:help|helps|improve|make|better|easier|stronger|"
        r"faster|good)\b.*\b(?:hills?|hilly|uphill|climbs?|climbing|inclines?)\b"
        r"(?!.*\b(?:instead|replace|count|as (?:my )?strength)\b)",
        "Yes: stronger leg muscles use oxygen more efficiently and are slower to tire, so you power up hills "
        "more easily and run faster on the flat too. Squats, lunges, step-ups and calf raises all feed that; "
        "hill repeats train it directly (5–8 climbs at a 5–10% grade).",
        "rule:why_strength",
        frozenset(
            {
                "rule:why_strength",
                "exercise:hill_repeats",
                "exercise:one_leg_squat",
                "exercise:lunge",
                "exercise:wall_squat",
                "exercise:treadmill_incline",
                "equipment:hill",
            }
        ),
    ),
    (
        r"\b(?:cancel\w* (?:it |each other |them |things )?out|undo(?:es)? (?:the|my|all)|wipes? out|"
        r"negate\w*|interfere\w*|defeat\w* the (?:point|purpose))\b"
        r"(?=.*\b(?:run\w*|lift\w*|strength|gym|leg day|same day|after|before)\b)|"
        r"\b(?:run\w*|lift\w*|strength|gym|leg day|same day)\b.*\b(?:cancel\w* (?:it |each other |them )?out|"
        r"undo(?:es)? (?:the|my|all)|wipes? out|negate\w*|interfere\w*)\b",
        "It doesn't cancel out: runners who lift often do both on one day. Run first, then the strength "
        "work, and keep it to easy-run days, not intervals, a tempo or a long run.",
        "rule:run_first",
        frozenset({"rule:run_first", "rule:hard_run_day", "rule:variety_fun", "rule:routine"}),
    ),
    (
        r"^(?:do|does|will|would|must) (?:i|you|we|runners?|one) (?:really |actually |absolutely )?"
        r"(?:need|have to (?:go to|join|use|get)|need to (?:go to|join|use)|require) (?:a |the |to join a )?"
        r"(?:gym|gym membership)\b|\b(?:gym|gym membership) (?:really |actually )?(?:necessary|required|"
        r"essential|needed|a must|compulsory)\b",
        "No: calf raises, one-legged squats, hamstring push-ups, step-ups and bridges, plus plyometrics and "
        "hills, all work at home with your bodyweight. A gym adds machines that isolate muscles and easy "
        "ways to add resistance, but it isn't required.\nTry one: /workout home",
        "rule:gym_vs_home",
        frozenset({"rule:gym_vs_home", "rule:home_workout", "rule:machines", "equipment:machines"}),
    ),
    (
        # "I fall over on single-leg squats, should I just not bother?", "wobble all over on one-legged
        # squats": keep at them, with the article's support (the back toes down a stride behind).
        r"^(?=.*\b(?:(?:one|single) ?leg(?:ged)? squats?|pistol squats?)\b)"
        r"(?=.*\b(?:wobbl\w*|fall\w* over|fall off|topple\w*|tip(?:ping)? over|(?:lose|losing|lost) (?:my )?"
        r"balance|balance is (?:rubbish|terrible|awful|bad|poor|shocking|non ?existent)|"
        r"(?:rubbish|terrible|awful|"
        r"bad|poor|no) balance|unsteady|shaky)\b)"
        r"(?!.*\b(?:hurts?|pain|sharp|knee pain)\b)",
        "Keep at them: the wobble is the balance work, training the small muscles that keep adjusting your "
        "posture. Use the article's set-up for support, the back leg a stride behind with just its toes on "
        "the ground; go part way down at first and build towards 90°, and a hand on a wall is fine while "
        "you learn.\nFull card: /exercise one-legged squat",
        "exercise:one_leg_squat",
        frozenset({"exercise:one_leg_squat", "rule:balance_training", "rule:one_legged"}),
    ),
    (
        # "can the home moves be done in the gym with weights too?", "do the bodyweight ones work with
        # dumbbells?": yes, the article's weighted versions.
        r"^(?:can|could|do|does|will|would|is|are|should)\b(?=.*\b(?:home|bodyweight|calisthenics)\b)"
        r"(?=.*\b(?:with (?:weights|dumbbells|a dumbbell|a weight|extra weight)|weighted|(?:in|at) the gym|"
        r"add(?:ing)? (?:weights?|dumbbells|load))\b)"
        r"(?!.*\b(?:without|no (?:weights|gym|dumbbells)|or|vs|versus|better)\b)",
        "Yes: the article gives weighted versions. Hold dumbbells for calf raises and one-legged squats, "
        "lunges take a dumbbell in each hand, and in the gym the treadmill on an incline stands in for "
        "hills. "
        "Add weight once 12–15 reps feel easy.\nTry one: /workout gym",
        "rule:home_workout",
        frozenset(
            {
                "rule:home_workout",
                "rule:gym_vs_home",
                "rule:free_weights",
                "rule:progression",
                "equipment:dumbbells",
                "exercise:weighted_calf_raise",
                "exercise:weighted_one_leg_squat",
            }
        ),
    ),
    (
        # "is one side weaker?", "could my left leg be weaker than my right?", "am I stronger on one
        # side?": quite possibly, and the one-legged moves are the article's fix.
        r"^(?:is|are|could|might|would|can|am|do|does|maybe)\b(?!.*\b(?:how|what|which)\b)"
        # ("do I need single-leg work if one leg is weaker?": whether to do the work, not whether it is)
        r"(?!.*\b(?:need|should|worth|bother|include|add|adding) (?:\w+ ){0,3}(?:work|stuff|exercises?|"
        r"moves|training|things|versions?)\b)"
        r"(?=.*\b(?:one (?:side|leg|hip)|(?:left|right)(?: side| leg| hip)?|that side|this side|"
        r"other (?:side|leg)|"
        r"(?:both|each) (?:sides?|legs?))\b)"
        r".*\b(?:weaker|stronger|imbalance\w*|unbalanced|uneven|lopsided|dominant)\b|"
        r"\b(?:is|could|might) (?:one|my (?:left|right)|the (?:left|right)) (?:side|leg|hip) (?:be )?"
        r"(?:weaker|stronger)\b(?!.*\b(?:how|what|which)\b)",
        "Quite possibly: runners often have a weaker side, and an imbalance is a common source of niggles on "
        "one side. One-legged moves (one-legged squats, step-ups, single-leg calf raises, the side-lying hip "
        "raise for the hips) work each side on its own and bring up the weaker one. If the niggle keeps "
        "coming back or hurts, see a physio.",
        "rule:one_legged",
        frozenset(
            {"rule:one_legged", "exercise:hip_abduction", "injury:hip_weakness", "rule:opposing_balance"}
        ),
    ),
    (
        # a leg machine told in words and asked "worth doing / any good / do I need it?": its yes first.
        # The quad extension: "the one where you sit and kick your legs out straight".
        r"^(?=.*\b(?:sit|sitting|seated|sat|seat)\b)"
        r"(?=.*\b(?:kick\w*|straighten\w*|extend\w*|lift\w*|raise\w*) "
        r"(?:\w+ ){0,3}(?:out|up|straight)\b)(?!.*\b(?:curl\w*|platform|sled|how|knee pain|hurts?)\b)"
        rf".*{_WORTH_ASK}",
        "Yes: that's the quadriceps extension, one of the three basic leg machines. It isolates the quads, "
        "so balance it with hamstring curls; move slowly and stop just before your knees lock.\n"
        "Full card: /exercise quadriceps extension",
        "exercise:quad_extension",
        frozenset({"exercise:quad_extension", "rule:machines", "rule:lock_knees", "equipment:machines"}),
    ),
    (
        # the side-lying hip raise: "lying on my side lifting the top leg with a weight round my ankle"
        r"^(?=.*\b(?:lying|lie|lay|laying) (?:on|along) (?:my|your|a|the) (?:side|bench)\b)"
        r"(?=.*\b(?:lift\w*|rais\w*) (?:\w+ ){0,3}(?:leg|legs)\b)(?!.*\b(?:how|hurts?|pain)\b)"
        rf".*{_WORTH_ASK}",
        "Yes: that's the side-lying hip raise, the article's hip strengthener. It works the hip muscles "
        "that hold the joint steady and keep your form tidy. Keep the top leg straight, lower it slowly, "
        "then switch sides: 2–3 sets of 12–15 each side.\nFull card: /exercise side-lying hip raise",
        "exercise:hip_abduction",
        frozenset(
            {"exercise:hip_abduction", "muscle:hips", "injury:hip_weakness", "equipment:ankle_weights"}
        ),
    ),
    (
        # the leg press: "sit back and push a platform away with your feet"
        r"^(?=.*\b(?:push\w*|press\w*|shove\w*) (?:\w+ ){0,3}(?:platform|plate|sled|footplate)\b)"
        r"(?!.*\b(?:how|knee pain|hurts?)\b)"
        rf".*{_WORTH_ASK}",
        "Yes: that's the leg press, one of the three basic leg machines, for the quads and glutes. Keep it "
        "slow and controlled with a weight that tires you by 12–15 reps, and stop just before your knees "
        "are fully straight.\nFull card: /exercise leg press",
        "exercise:leg_press",
        frozenset({"exercise:leg_press", "rule:machines", "rule:lock_knees", "equipment:machines"}),
    ),
    (
        # the hamstring curl: "lie face down and curl your heels up to your bum"
        r"^(?=.*\b(?:face down|on (?:my|your) (?:front|stomach|belly)|lying|lie)\b)"
        r"(?=.*\bcurl\w* (?:\w+ ){0,3}(?:heels?|feet|legs?|up)\b)(?!.*\b(?:how|hurts?)\b)"
        rf".*(?:{_WORTH_ASK}|\bneed\b)",
        "Yes: that's the hamstring curl, and it's the partner to the quad extension: every quad exercise "
        "should be balanced by hamstring work, since an imbalance between opposing muscles is a major cause "
        "of overuse injuries.\nFull card: /exercise hamstring curl",
        "exercise:hamstring_curl",
        frozenset(
            {"exercise:hamstring_curl", "rule:machines", "rule:opposing_balance", "equipment:machines"}
        ),
    ),
    (
        # the calf raise told in words, not named: "going up on my tiptoes off a stair, does that do
        # anything?", "is rising onto my toes on the step worth it?": yes, that is the calf raise.
        r"^(?=.*\b(?:up on(?:to)?|rise (?:up )?on(?:to)?|rising (?:up )?on(?:to)?|raise (?:up )?on(?:to)?|"
        r"raising (?:up )?on(?:to)?|onto) (?:my |your |the |me )?"
        r"(?:tip ?toes|toes|balls of (?:my|your) feet)\b)"
        r"(?=.*\b(?:stairs?|steps?|staircase|kerb|curb|ledge|edge|block)\b)"
        r"(?=.*\b(?:do|does|is|are|worth|help|helps|good|useful|work|works|point|any use|ok|okay)\b)"
        r"(?!.*\b(?:how (?:do|should|many|long|far|high)|hurts?|pain)\b)",
        "Yes: that's the calf raise, one of the article's basics. It strengthens the calves that cushion "
        "each landing and push you off, and it helps against shin splints. Heels hanging below the edge, "
        "rise as high as you can, hold a few seconds, lower slowly; one leg at a time makes it harder."
        "\nFull card: /exercise calf raise",
        "exercise:calf_raise",
        frozenset({"exercise:calf_raise", "exercise:weighted_calf_raise", "equipment:step", "muscle:calves"}),
    ),
    (
        r""
        r""
        r""
        r"^(?:can|could|is|are|will|would|should|do|does)\b(?!.*\b(?:no|dont|without|havent|hasnt|or|vs|better|"
        r"difference|as good)\b)"
        r"(?=.*\bcalf raises?\b)(?:.*\b(?:on|use|using|off|with) (?:a |the |my |our |just )?|"
        r" (?:a |the |my |our )?)(?:bottom (?:stair|step)|stairs?|staircase|kerb|curb|doorstep|"
        r"step)\b",
        "Yes: any stable step works, a stair or a kerb. Stand on the edge with your heels hanging off, lower "
        "than your toes, rise as high as you can, hold a few seconds and lower slowly; a hand on a rail or "
        "wall helps your balance."
        "\nFull card: /exercise calf raise",
        "exercise:calf_raise",
        frozenset({"exercise:calf_raise", "equipment:step", "exercise:weighted_calf_raise"}),
    ),
)
_VERDICT_TABLE += (
    (
        # "do I have to do plyometrics?", "can I skip the plyo stuff entirely?": a must or an option
        r"\b(?:(?:do|must) (?:i|we) (?:really |actually |absolutely )?(?:have to|need to|got to|gotta)"
        r"(?: do| include)?|(?:can|could) i (?:just )?(?:skip|omit|leave out|drop|ditch|avoid)|(?:is "
        r"it|would it "
        r"be) (?:ok|okay|fine|bad) (?:to|if i) (?:skip|omit|leave out|drop|ditch|avoid|dont do)) "
        r"(?:the |any |all )?"
        r"(?:plyo\w*|jumping|jumps|jump training|hopping|hops)\b",
        "You can leave them out: plyometrics are one of the article's options (they build explosive "
        "power and work the deeper muscles), not a must. Calf raises, squats, lunges, step-ups, bridges and "
        "hills build the strength; if jumping hurts your knees, skip it and keep those.",
        "rule:plyometrics",
        frozenset({"rule:plyometrics", "exercise:line_hops", "exercise:box_hops", "exercise:skipping"}),
    ),
)
_VERDICT_TABLE += (
    (
        # "running up a slope over and over, does that count as strength work?"
        r"^(?=.*\b(?:hills?|slopes?|uphill|inclines?|hill (?:reps|repeats|sprints|running))\b)"
        r"(?!.*\b(?:instead of|replace|or (?:the )?gym|vs|same day|that day|same session|after|before)\b)"
        r"(?:.*\b(?:count\w*|proper|real|actual|considered|classed|is that|is it)\b.*"
        r"\b(?:strength|resistance)"
        r"(?: (?:work|training|session|workout))?\b|"
        # "hill reps = strength work?" (the "=" is gone once normalised)
        r"^(?:hill (?:reps|repeats|sprints|running|work)|hills|running hills) (?:are |is |equals? |as )?"
        r"(?:strength|resistance) (?:work|training)\b)",
        "Yes: the article calls hill running resistance training for runners. Pick a 5–10% grade, run up "
        "lifting your knees and pumping your arms, jog back down, and aim for 5–8 climbs.\n"
        "Full card: /exercise hill repeats",
        "exercise:hill_repeats",
        frozenset({"exercise:hill_repeats", "equipment:hill", "exercise:treadmill_incline"}),
    ),
    (
        # "those jumping and bounding moves, are they actually useful for runners?"
        r"^(?=.*\b(?:jump\w*|bound\w*|hopping|hops|plyo\w*)\b)"
        r"(?!.*\b(?:skip|omit|leave out|hurt\w*|pain|knees?|or|vs)\b)"
        r"(?=(?:^|.*\b)(?:are|is|do|does|will|would) (?:they|those|these|it|that|plyo\w*|jump\w*|bound\w*)\b|"
        # ("box jumps n bounding, good for my 800 kick?": the drills named first, the ask after)
        r"^(?:the |doing )?(?:box |line |squat )?(?:jump\w*|bound\w*|plyo\w*|hops|hopping)\b)"
        r".*\b(?:useful|worth\w*|any good|any use|of use|good for|help\w*|effective|point|benefit\w*)\b",
        "Yes: jumping and bounding drills (plyometrics) work the often-ignored deeper muscles and build "
        "explosive power. Start with line hops (back and forth over a line), then box hops onto a low step "
        "or box, alternating legs; skipping drills come next.",
        "rule:plyometrics",
        frozenset({"rule:plyometrics", "exercise:line_hops", "exercise:box_hops", "exercise:skipping"}),
    ),
    (
        # "my bum doesn't seem to do anything when I run, does that even matter?"
        r"^(?=.*\b(?:bum|butt|glutes?|backside|arse|booty)\b)(?!.*\b(?:or|vs|pain|hurts?|sore)\b)"
        r".*\b(?:(?:does|do) (?:that|it|this|they) (?:even |really )?matter|is (?:that|it|this) (?:a )?"
        r"(?:problem|big deal|bad|an issue))\b",
        "Yes, it matters: the glutes straighten your hip under you and keep your trunk upright, so weak or "
        "idle ones let you lean forward and lose alignment. The bridge builds them (lift your hips, squeeze, "
        "hold about 30 seconds), with step-ups and one-legged squats.\nFull card: /exercise bridge",
        "muscle:glutes",
        frozenset({"muscle:glutes", "exercise:bridge", "injury:hip_weakness"}),
    ),
    (
        # "is it fine to drop down quick and spring back up out of the bottom of a squat?"
        rf"{_YES_NO_START}(?=.*\b(?:squats?|lunges?|reps?|step ?ups?|leg press|calf raises?|bottom)\b)"
        r".*\b(?:(?:drop|dropping|go|going|come|coming) (?:down )?(?:quick\w*|fast|rapid\w*)|spring\w* "
        r"(?:back )?up|fast reps|as fast as|speed (?:through|up) (?:the |my )?reps)\b(?!.*\bbounc)",
        "No: keep every rep slow and controlled, and don't bounce out of the bottom; the load belongs on the "
        "muscle, not on momentum. Speed and spring come from plyometrics, not from fast lifting.",
        "rule:slow_controlled",
        frozenset({"rule:slow_controlled", "rule:range_of_motion", "rule:form_first"}),
    ),
    (
        # "only been running 2 weeks and never done strength, too soon to start?"
        r"^(?=.*\b(?:weeks?|months?|just started|new to (?:running|this)|beginner|never (?:done|lifted))\b)"
        r"(?!.*\b(?:race|marathon|injur\w*|surgery|baby|pregnan\w*)\b)"
        r".*\b(?:too (?:soon|early|new)|not ready|ready (?:to|for))\b",
        "No, it's not too soon: a short routine of the bodyweight basics (calf raises, bridges, step-ups, "
        "one-legged squats), 15 to 20 minutes twice a week, suits a new runner. Start light, build up "
        "slowly, and keep it off your harder run days.\nTry one: /workout home",
        "rule:routine",
        frozenset(
            {"rule:routine", "rule:progression", "rule:frequency", "rule:run_first", "rule:hard_run_day"}
        ),
    ),
    (
        # "I jog 10 min to the gym, does that count as my warm-up?"
        r"\b(?:jog\w*|run\w*|cycl\w*|bike|walk\w*)\b(?: \w+){0,5} (?:to|into) (?:the )?gym\b"
        r".*\b(?:count\w*|enough|do|work)\b.*\bwarm ?(?:up|ing up)\b|"
        r"\bwarm ?up\b.*\b(?:jog\w*|run\w*) (?:\w+ ){0,3}(?:to|into) (?:the )?gym\b",
        "Yes: an easy jog (or ride) there warms you up, and light jogging is the article's own warm-up. "
        "Add a few stretches when you arrive, then start the strength work.",
        "rule:warm_up",
        frozenset({"rule:warm_up", "rule:run_first"}),
    ),
    (
        # "can I jog and do squats the same day?", "run and lift on one day, ok?": yes, easy days, run
        # first (a hard run, a race or an order told is the hard-run / order readers' case)
        rf"^(?!.*\b(?:{_RACE}|{_HARD}|twice|two sessions|first|then|before|after|morning|evening|order|"
        r"cancel\w*|undo\w*|hurt\w*|pain\w*|sore)\b)"
        r"(?:can|could|is|are|should|do|does|will|would|am)\b"
        r"(?=.*\b(?:run|runs|running|jog|jogs|jogging|a jog|miles)\b)"
        r"(?=.*\b(?:lift|lifting|strength|squats?|lunges?|weights|gym|leg (?:work|day|session|workout)|"
        r"calf raises?|step ?ups?|bridges?)\b)"
        r".*\b(?:(?:the )?same day|(?:in |on )?one day|a single day|same session|back to back)\b",
        "Yes, if it's an easy run: run first, then the strength work. Not on a hard-run day (intervals, "
        "a tempo or a long run), and not the day before a race.",
        "rule:hard_run_day",
        frozenset({"rule:hard_run_day", "rule:run_first", "rule:warm_up"}),
    ),
)
_VERDICT_TABLE += (
    (
        # "do I sprint back down?", "should I run hard on the way down the hill too?": the climb is the
        # work, the way down is recovery.
        r"(?:^(?:is it|am i|are you)|\b(?:do|does|should|can|could|must|would) (?:i|you|we|runners?|one))\b"
        r".*\b(?:sprint\w*|run\w* (?:\w+ )?(?:hard|fast|quick\w*)|race|racing|bomb\w*|charge|charging|"
        r"hammer\w*|push\w* (?:it|hard)|go (?:hard|fast|all out)|fly|flying)\b(?: \w+){0,4} "
        r"(?:back down|down (?:the|again|too|as well|after)|on the way down|the downs?|downhill)\b",
        "No: jog gently back down to recover; the climb is the work, the way down is your rest before "
        "the next one.\nFull card: /exercise hill repeats",
        "exercise:hill_repeats",
        frozenset({"exercise:hill_repeats", "exercise:treadmill_incline", "equipment:hill"}),
    ),
)
_VERDICT_TABLE += (
    (
        # "is form more important than weight?": yes; "is lifting heavy more important than form?": no
        r"^(?:is|are|does|do|would|should)\b.*\bform\b.*\b(?:more important|matters? more|comes? first|"
        r"before|over|priority)\b.*\b(?:weights?|heav\w*|load|reps|lifting)\b",
        "Yes, form comes first: " + _FORM_FIRST,
        "rule:form_first",
        frozenset({"rule:form_first", "rule:comfortable_load"}),
    ),
    (
        r"^(?:is|are|does|do|would|should)\b.*\b(?:weights?|heav\w*|load|more reps)\b.*\b(?:more important|"
        r"matters? more|comes? first|before|over|priority)\b.*\bform\b",
        "No, form comes first: " + _FORM_FIRST,
        "rule:form_first",
        frozenset({"rule:form_first", "rule:comfortable_load"}),
    ),
    (
        # "can I hold onto something on one-legged squats?", "is it cheating to grab a chair for
        # balance?": yes, while you learn the balance (not the dumbbells "hold" also brings up).
        r"^(?!.*\b(?:dumbbells?|weights?|kettlebells?)\b)(?=.*\b(?:one legged|single leg|one leg|pistol|"
        r"calf raises?|lunges?|step ?ups?|balance|wobbl\w*)\b)"
        r".*\b(?:hold\w*(?: on)?(?: ?to| onto)?|grab\w*|hang\w* on to|lean\w* on|us\w*|touch\w*|rest\w* "
        r"(?:a|my) hand on) (?:on(?:to)? )?(?:a |the |some |my )?(?:wall|chair|something|rail|railing|"
        r"banister|bannister|counter|worktop|door ?frame|support|table)\b",
        "Yes: a hand on a wall, chair or rail is fine while you learn the balance. Lighten the grip as you "
        "get steadier, since the wobble is what trains the small muscles that steady you.",
        "rule:balance_training",
        frozenset({"rule:balance_training", "exercise:one_leg_squat", "exercise:calf_raise"}),
    ),
)
_VERDICT_TABLE += (
    (
        # "my knees fold in toward each other every step, is something weak?", "hip drops on one side,
        # is that a strength problem?": yes, most likely the hips and glutes
        rf"^(?!.*\b(?:pain\w*|hurt\w*|sharp|swell\w*|injur\w*)\b)(?=.*\b{_KNEES_IN}\b)"
        r".*\b(?:(?:something|anything|what|which|muscles?|it|that|this|i|my \w+) (?:is |are |be |being )?"
        r"(?:too )?weak|weakness|(?:strength|weakness|muscle) (?:thing|issue|problem)|lack of strength|"
        r"not strong enough)\b",
        "Yes, usually: knees that drift inward or a hip that drops are common signs of weak hips and "
        "glutes, which should hold each leg in line. Strengthen them twice a week: the side-lying hip raise, "
        "the lying leg lift and the bridge (2–3 sets of 12–15; hold the bridge about 30 seconds), plus "
        "one-legged moves that make the hip steady you.\nFull card: /exercise side-lying hip raise",
        # (not under injury:hip_weakness: content/dialogue.py's knees-in lead answers that topic itself)
        "muscle:hips",
        frozenset({"muscle:hips", "muscle:glutes", "exercise:hip_abduction"}),
    ),
)
_VERDICT_TABLE += (
    (
        # "is it ok to lift if my legs are still a bit sore?": ordinary soreness, a light session is fine
        r"^(?!.*\b(?:sharp|swell\w*|swollen|joint|knee|ankle|shin|pain\w*|injur\w*|"
        r"tempo|intervals?|long run|race)\b)"
        r"(?:is it (?:ok|okay|fine|safe|bad)|can i|should i|could i|ok to|okay to)\b.*\b(?:lift|train|do "
        r"(?:legs|leg day|strength|squats|weights|my session))\b.*\b(?:still |a bit |bit |really |quite )?"
        r"(?:sore|stiff|achy|aching|doms)\b",
        "Yes, if it's ordinary muscle soreness: a day or two of it is normal after a session, and a light "
        "session is fine. If your legs are still very sore, keep it light or give it another day; sharp "
        "pain, pain in a joint or swelling is different: stop and see a doctor or physiotherapist.",
        "rule:comfortable_load",
        frozenset({"rule:comfortable_load", "rule:recovery_week"}),
    ),
    (
        # "does the leg press count as a free weight?": no, a machine
        r"\b(?:leg press|leg extensions?|quad(?:riceps)? extensions?|hamstring curls?|curl machine|"
        r"machines?)\b.*\b(?:count\w* as|is|are|a kind of|class\w* as)\b (?:a |an )?free ?weights?\b",
        "No: the leg press, quad extension and hamstring curl are machines, which isolate single muscle "
        "groups. Free weights are dumbbells, as in lunges and weighted calf raises or one-legged squats.",
        "rule:machines",
        frozenset({"rule:machines", "rule:free_weights", "equipment:machines"}),
    ),
)
_VERDICT_TABLE += (
    (
        # "can I hold the weights over my head?" (lunges): yes, the article's other grip
        r"^(?!.*\b(?:or|vs|versus|squats?|calf|step ?ups?)\b)"
        r"(?:can|could|should|is it ok to|may|do) (?:i|you|we)\b"
        r".*\b(?:hold|holding|carry|carrying|keep|keeping|lift|put) (?:the |my |both )?"
        r"(?:weights?|dumbbells?|them|dbs)\b"
        r".*\b(?:over ?head|over (?:my|your) head|above (?:my|your) head|up high)\b",
        "Yes: the article lets you hold the dumbbells at your sides or over your head. Overhead is harder, "
        "so start at your sides; either way keep your torso straight and the front knee at 90°.",
        "exercise:lunge",
        frozenset({"exercise:lunge", "exercise:walking_lunge"}),
    ),
)
_VERDICTS = tuple((re.compile(p), text, topic, about) for p, text, topic, about in _VERDICT_TABLE)
# "do I have to do hill repeats?", "must I do the wall squat at all?": one exercise is an option, not a must.
_MUST_DO = tuple(
    (
        re.compile(
            r"^(?:do|must|should) (?:i|we|runners?|you) (?:really |actually |absolutely )?(?:have to|need to|"
            r"got to|gotta|must) (?:do |include )?(?:the |any |a )?(?:"
            + "|".join(re.escape(n.lower()) + "(?:e?s)?" for n in (e.name, *e.aliases))
            + r")(?: at all| every (?:time|session|week))?(?: or (?:can|could) i (?:skip|leave|drop) "
            r"(?:it|them|that))?$"
        ),
        e,
    )
    for e in EXERCISES.values()
)


# "quad extension machine ok for runners?", "is the leg press good for runners?": a named exercise and
# a worth-it ask, its yes first (not the runner's-knee card that "leg press" and "runners" bring up).
_NAME_OF = {
    re.sub(r"[^a-z0-9 ]", "", n.lower().replace("-", " ")): e
    for e in EXERCISES.values()
    for n in (e.name, *e.aliases)
}
_OK_FOR = re.compile(
    r"^(?!.*\b(?:or|vs|versus|than|instead|how|why|what|which|pain\w*|hurt\w*|knees?|injur\w*|sore|bad|"
    r"bulk\w*|if)\b)(?:(?:is|are|would|will|does|do|should) )?"
    r"(?P<use>(?:can|could|should) (?:i|we) (?:use|do) )?"
    r"(?:(?:the|a|doing|using) )?"
    r"(?P<name>" + "|".join(re.escape(n) for n in sorted(_NAME_OF, key=len, reverse=True)) + r")"
    # ("any good / worth doing for runners?" has its own fuller yes, content/compose.py)
    r"(?:e?s)?(?: machines?)?(?:(?: \w+){0,2} (?:ok|okay|(?<!any )good|fine|alright|safe|a good idea) for "
    r"(?:runners?|running|a runner|me|us|distance runners?)|(?(use) (?:as a runner|for running|for runners)|"
    r"(?!x)x))\b"
)


# "leg press 3x20 light, that's the move right?", "doing 2x12 lunges, is that right?": their dose against
# the article's (a resistance that tires you by 12–15 reps, 2–3 sets), the verdict first.
_DOSE_TOLD = re.compile(r"\b(\d{1,2}) sets of (\d{1,3})\b")
_DOSE_CHECK = re.compile(
    r"^(?!.*\bhow (?:many|much|often|long|heavy)\b)(?=.*\b(?:right|correct|ok|okay|good|fine|enough|"
    r"the move|the way|too (?:much|many|few|little|light|heavy|easy)|is that|is this|does that|sound\w*|"
    r"legit|alright|wrong|sensible)\b)"
)
_DOSE_ABOUT = frozenset({"rule:sets_reps", "rule:comfortable_load", "rule:progression"})


def _dose_check(plain: str) -> tuple[str, str, frozenset[str]] | None:
    m = _DOSE_TOLD.search(plain)
    if m is None or not _DOSE_CHECK.search(plain):
        return None
    sets, reps = int(m.group(1)), int(m.group(2))
    if not 1 <= sets <= 10 or not 6 <= reps <= 100:
        return None  # (5x5 and the like: heavy barbell work, content/reasons.py's honest gap)
    if reps > 15:
        text = (
            f"Not quite: {reps} reps means the load is light. The article's dose is 2–3 sets with a "
            "resistance "
            "that tires you by 12–15 reps; many coaches now favour heavier weights with fewer reps for "
            "strengthening muscles and ligaments, so add load until 12–15 reps are hard, keeping good form."
        )
    elif reps < 12:
        text = (
            "A little heavy for the article's dose: it picks a resistance that tires you by 12–15 reps, "
            "2–3 sets. Go slightly lighter so 12–15 reps are hard, and never trade form for weight."
        )
    elif sets > 3:
        text = (
            f"Fewer sets will do: {reps} reps is right, and the article's dose is 2–3 sets, with a load that "
            "tires you by the last reps."
        )
    elif sets < 2:
        text = (
            "Add a set: the article's dose is 2–3 sets of 12–15 reps (one set is a fine start for a "
            "beginner), with a load that tires you by the last reps."
        )
    else:
        text = (
            "Yes: that's the article's dose, 2–3 sets of 12–15 reps, as long as the load tires you by the "
            "last reps and your form holds."
        )
    return text, "rule:sets_reps", _DOSE_ABOUT


# "can I use a chair instead of a bench?", "the stairs instead of a step?": yes where the article's own
# stand-in for that kit says so (its lines that name the thing), not "No chair?" for the thing they have.
_INSTEAD = re.compile(
    r"^(?:can|could|would|will|should|is it ok to|is it okay to|is it fine to) (?:i|we|you) (?:just )?"
    r"(?:use|do (?:it|them) (?:on|with)|swap in|sub in) (?:a |an |the |my |some |our )?(?:\w+ )?"
    r"(?P<have>\w+?)s? (?:instead of|in place of|rather than) (?:a |an |the |my )?(?P<lack>[a-z ]+?)s?"
    r"(?: for (?P<ex>[a-z ]+?))?\s*$"
)
_KIT_OF = {re.sub(r"s$", "", alias): e for e in EQUIPMENT.values() for alias in (e.name.lower(), *e.aliases)}


def _instead(plain: str) -> tuple[str, str, frozenset[str]] | None:
    m = _INSTEAD.search(plain)
    if m is None:
        return None
    kit = _KIT_OF.get(m.group("lack").strip())
    if kit is None or kit.id in ("hill", "treadmill"):
        return None  # (a treadmill for hills has its own fuller yes)
    have = re.compile(rf"\b{re.escape(m.group('have'))}s?\b")
    lines = [x for x in kit.substitutes if have.search(x.lower())]
    if m.group("ex"):
        # "a kitchen chair instead of a box for step-ups": any of the article's stand-ins for that move
        move = re.sub(r"e?s$", "", m.group("ex").replace(" ", "").replace("-", ""))
        lines = [
            x
            for e in EQUIPMENT.values()
            for x in e.substitutes
            if have.search(x.lower()) and move in x.lower().replace(" ", "").replace("-", "")
        ] or lines
    if not lines:
        return None
    return "Yes. " + " ".join(dict.fromkeys(lines)), f"equipment:{kit.id}", frozenset({f"equipment:{kit.id}"})


# "can I do lunges without weights?", "wall squats without a ball?": yes, the exercise's own stand-in
# (not "No dumbbells?" said once for the kit and again for the exercise).
_WITHOUT = re.compile(
    r"^(?:can|could|is it ok to|is it okay to|should|would it work to) (?:i|you|we) (?:still |just )?"
    r"(?:do|try|manage) (?:the |a |my )?(?P<name>"
    + "|".join(re.escape(n) for n in sorted(_NAME_OF, key=len, reverse=True))
    + r")(?:e?s)? without (?:any |a |an |the )?(?:weights?|dumbbells?|kit|equipment|"
    r"(?:exercise |swiss )?ball|"
    r"bench|step|box|chair|machines?)\b"
)


def _without(plain: str) -> tuple[str, str, frozenset[str]] | None:
    m = _WITHOUT.search(plain)
    if m is None:
        return None
    ex = _NAME_OF[m.group("name")]
    if not ex.substitutes or ex.id in ("hill_repeats", "treadmill_incline"):
        return None
    subs = "; ".join(ex.substitutes)
    text = f"Yes: {subs[:1].lower()}{subs[1:]}.\nFull card: /exercise {ex.name.lower()}"
    return text, f"exercise:{ex.id}", frozenset({f"exercise:{ex.id}"})


# "can I skip the bridge if I do step-ups?": one exercise is an option, not a must (as "do I have to do
# X?" is answered), with yes first.
_SKIP_ONE = re.compile(
    r"^(?:can|could|is it ok to|is it okay to|is it fine to) (?:i|we) (?:just )?(?:skip|drop|leave out|ditch|"
    r"miss out|miss|omit) (?:the |doing (?:the )?)?(?P<name>"
    + "|".join(re.escape(n) for n in sorted(_NAME_OF, key=len, reverse=True))
    + r")(?:e?s)?\b"
)
# "do I need ankle weights for the hip raise?": not necessarily, the article's stand-in
_NEED_KIT = re.compile(
    r"^(?:do|will|would) (?:i|you|we) (?:really |actually )?need (?:a |an |the |some |any )?"
    r"(?P<kit>[a-z ]+?)s? "
    r"(?:for|to do) (?:the |a )?(?P<name>"
    + "|".join(re.escape(n) for n in sorted(_NAME_OF, key=len, reverse=True))
    + r")(?:e?s)?\b"
)


def _skip_or_kit(plain: str) -> tuple[str, str, frozenset[str]] | None:
    m = _SKIP_ONE.search(plain)
    if m is not None:
        ex = _NAME_OF[m.group("name")]
        text = (
            "Yes, you can: the article offers it as one option among several. What matters is working the "
            "main "
            "leg muscles (quads, hamstrings, calves, glutes, hips) about twice a week, so keep something for "
            f"the {' and '.join(ex.primary)}."
        )
        return text, f"exercise:{ex.id}", frozenset({f"exercise:{ex.id}"})
    m = _NEED_KIT.search(plain)
    if m is not None:
        kit = _KIT_OF.get(m.group("kit").strip())
        ex = _NAME_OF[m.group("name")]
        if kit is None or kit.id in ("hill", "treadmill"):
            return None
        move = ex.name.lower().replace("-", " ")
        lines = [x for x in kit.substitutes if move in x.lower().replace("-", " ")] or list(kit.substitutes)
        uses = f"the article's {ex.name.lower()} uses {ex.equipment[0]}. " if ex.equipment else ""
        said = set(re.findall(r"[a-z]{4,}", uses))
        # (a stand-in the kit's own description already says, "...or a weight on a strap", isn't repeated)
        lines = [
            x
            for x in lines
            if len((words := set(re.findall(r"[a-z]{4,}", x.lower()))) & said) < max(3, 0.5 * len(words))
        ] or lines
        text = f"Not strictly: {uses}" + " ".join(lines) + f"\nFull card: /exercise {ex.name.lower()}"
        if not uses:
            text = "Not strictly. " + text[len("Not strictly: ") :]
        return text, f"exercise:{ex.id}", frozenset({f"exercise:{ex.id}", f"equipment:{kit.id}"})
    return None


# "knees ache doing wall squats, am I doing it wrong?", "my knees hurt on lunges, is my form off?": the
# verdict on their form first, with that exercise's own cues, and when to stop and get it seen.
_HURTS_ON = re.compile(
    r"^(?!.*\b(?:sharp|stabbing|swell\w*|swollen|pop\w*|snap\w*|tore|torn|pulled|strain\w*)\b)"
    r"(?=.*\b(?:ache\w*|aching|achy|hurt\w*|pain\w*|sore|twinge\w*)\b)"
    r"(?=.*\b(?:doing (?:it|them|this|that|something) (?:wrong|right|badly)|wrong|form (?:off|bad|wrong)|"
    r"bad form|my form|technique)\b)"
    r".*\b(?:on|doing|during|with|from|in|after) (?:my |the )?(?P<name>"
    + "|".join(re.escape(n) for n in sorted(_NAME_OF, key=len, reverse=True))
    + r")(?:e?s)?\b"
)


def _hurts_on(plain: str) -> tuple[str, str, frozenset[str]] | None:
    m = _HURTS_ON.search(plain)
    if m is None:
        return None
    ex = _NAME_OF[m.group("name")]
    cues = " ".join(ex.cues[:2])
    text = (
        f"Possibly: an ache on the {ex.name.lower()} often comes down to form. Check: {cues} Keep it slow, "
        "with a weight you're comfortable with. If it still hurts with good form, drop it for now and see a "
        f"physio.\nFull card: /exercise {ex.name.lower()}"
    )
    return text, f"exercise:{ex.id}", frozenset({f"exercise:{ex.id}", "rule:form_first"})


def _ok_for(plain: str) -> tuple[str, str, frozenset[str]] | None:
    m = _OK_FOR.search(plain)
    if m is None:
        return None
    ex = _NAME_OF[m.group("name")]
    text = (
        f"Yes, it's a good one for runners. {ex.name}: {ex.summary} Dose: {ex.dose.text()}.\n"
        f"Full card: /exercise {ex.name.lower()}"
    )
    return text, f"exercise:{ex.id}", frozenset({f"exercise:{ex.id}"})


# "physio says runner's knee: is the leg press ok or will it make it worse?", "shin splints, are calf
# raises safe?": an exercise the article names for that injury, asked about while having it.
_OK_ASK = (
    r"(?:\b(?:ok|okay|safe|fine|alright|a good idea|allowed)\b|\bstill (?:do|use|lift|train)\b|"
    r"\b(?:make|making) (?:it|things|that|them|this) worse\b|\baggravat\w*|\bflare (?:it )?up\b|"
    r"^(?:can|could|should) i\b|\b(?:can|could|should) i (?:still |keep |carry on )?(?:do|doing|use|using|"
    r"lift|train)\b|\b(?:keep|carry on) (?:doing|with)\b)"
)
_HAVING = tuple(
    (
        re.compile(
            r"^(?!.*\b(?:prevent\w*|avoid\w*|stop (?:it|them) (?:coming|happening)|keep (?:it|them) away)\b)"
            # ("how many calf raises for shin splints?" asks for the number, not whether)
            r"(?!.*\b(?:how (?:many|much|long|often|do|should)|what|which|when|why)\b)"
            r"(?=.*\b(?:"
            + "|".join(re.escape(n.lower().replace("'", "")) for n in (i.name, *i.aliases))
            + r")s?\b)"  # ("is the leg press ok for runners knees?")
            r"(?=.*\b(?:"
            + "|".join(
                re.escape(n.lower()) + r"(?:e?s)?"
                for e in i.helps
                for n in (EXERCISES[e].name, *EXERCISES[e].aliases)
            )
            + r")\b)"
            rf"(?=.*{_OK_ASK})"
        ),
        i.id,
    )
    for i in INJURIES.values()
    if i.id != "hip_weakness"
)
_HAVING_TEXT = {
    "runners_knee": (
        "Usually yes, if it's pain-free: the article says building quad and hamstring strength helps you "
        "recover from runner's knee. Keep the weight comfortable and the movement slow, stop just short of "
        "locking your knees, and stop if it hurts; your physio's advice comes first."
    ),
    "shin_splints": (
        "Yes, if they're pain-free: the article names calf raises for shin splints, and the wall toe raise "
        "(back to a wall, lift your toes, heels down) as a preventive. Go slowly through the full range and "
        "stop if the shin pain gets worse; if it doesn't settle, see a physio."
    ),
}


@functools.lru_cache(maxsize=1024)
def _settles(plain: str) -> tuple[str, str, frozenset[str]] | None:
    for having, injury in _HAVING:
        if having.search(plain):
            about = frozenset({f"injury:{injury}", *(f"exercise:{e}" for e in INJURIES[injury].helps)})
            return _HAVING_TEXT[injury], f"injury:{injury}", about
    if plain.startswith(("do ", "must ", "should ")):
        for must, ex in _MUST_DO:
            if must.search(plain):
                text = (
                    "No, not that one in particular: the article offers it as one option among several. What "
                    "matters is working the main leg muscles (quads, hamstrings, calves, glutes, hips) about "
                    f"twice a week. It's a good one, though: {ex.summary[:1].lower()}{ex.summary[1:]}"
                )
                return text, f"exercise:{ex.id}", frozenset({f"exercise:{ex.id}"})
    ok_for = (
        _ok_for(plain)
        or _dose_check(plain)
        or _instead(plain)
        or _without(plain)
        or _skip_or_kit(plain)
        or _hurts_on(plain)
    )
    if ok_for is not None:
        return ok_for
    for pattern, text, topic, about in _VERDICTS:
        if pattern.search(plain):
            if text.startswith("No, it's not too soon") and not re.search(
                r"\btoo (?:soon|early|new)\b", plain
            ):
                text = "Yes, you're ready" + text[len("No, it's not too soon") :]  # "am I ready to start?"
            if text.startswith("Yes: ") and re.match(r"why\b", plain):
                # "why does hill running count as strength?": the reason, not a yes
                text = "Because " + text[len("Yes: ") :]
            if text.startswith("Yes: a hand on a wall") and re.search(r"\bcheat\w*|\bbad\b|\bwrong\b", plain):
                text = "No, not at all" + text[len("Yes") :]  # "is it cheating to hold a chair?"
            if text.startswith("Keep at them") and _GIVE_UP.search(plain):
                text = "No, do bother. " + text  # "should I just not bother?"
            if text.startswith("You can leave them out"):
                # "do I have to?": "No"; "can I skip them?": "Yes"
                lead = "No, y" if re.match(r"(?:do|must) ", plain) or " have to " in plain else "Yes, y"
                text = lead + text[1:]
            if topic == "rule:run_first":
                # "does it cancel out?" asks that alone: "No"; "can I do both, or does it cancel out?": "Yes"
                alone = re.match(r"(?:does|will|would|is|do) ", plain) and " or " not in f" {plain} "
                lead = "No, it doesn't" if alone else "Yes, and it doesn't"
                text = lead + text[len("It doesn't") :]
            return text, topic, about
    return None


def settles(plain: str) -> tuple[str, str] | None:
    """(the verdict, its topic) for a yes/no the article settles whatever topic it lands on, or None."""
    found = _settles(plain)
    return None if found is None else (found[0], found[1])
