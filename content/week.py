"""Reading the runner's week: the days they run hard or easy and race (``busy_days``, ``race_day``),
the reply to "which days" asks, the guard that keeps a reply's days off those the runner named, the
review of a week they describe, and the "then" day of a sequence.
"""

from __future__ import annotations

import re

from content import rx
from content.asks import POINTER, SENTENCE, named_exercises, split_asks, trace
from content.calendar import DAY_NAMES
from content.direct import WEEKDAYS_ONLY, allowed_days, week_verdict, within_days
from content.exercises import EXERCISES
from content.plan import WEEKDAY
from content.text import normalize

_DAY_NAMES = tuple(d[:3].lower() for d in DAY_NAMES)  # "mon"…, as the regexes below read days


DAY = rx.compile(
    r"\b(mon|tue|wed|thu|fri|sat|sun)(?:days?|s|nesdays?|rsdays?|urdays?|sdays?|n|r|rs|urs|es|t)?\b"
)


_HARD_RUN = rx.compile(
    r"\b(?:(?:hard|key|big) (?:runs?|days?|sessions?|efforts?|workouts?)|"
    r"intervals?|tempo|long(?: run)?|lr|race|racing|parkrun|speed ?work|track|hills?|hill reps|fartlek|"
    r"threshold|reps|quality|"
    # ("last leg session thursday": a strength session, not a hard run)
    r"(?<!leg )(?<!legs )(?<!strength )(?<!gym )(?<!weights )(?<!lifting )(?<!lift )"
    r"(?:workouts?|sessions?))\b"
)


_EASY_RUN = rx.compile(r"\b(?:easy|recovery|off|rest|nothing|free|jog|gym|strength|lift\w*)\b")
# (r16 zd) A day the runner asks about ("is wednesday ok for legs?", "what about thursday?",
# "wednesday fine?"), not a day they tell.
_DAY_ASKED_AFTER = rx.compile(
    r"\s*(?:(?:then|too|instead|for (?:legs|leg day|lifting|the gym|gym|strength|weights))\s+)?"
    r"(?:ok|okay|fine|alright|good|better|any good|too (?:soon|close|early|late)|a good (?:day|idea|shout)|"
    r"work|doable|safe|bad|smart|wise|enough)\b"
)
_DAY_ASKED_BEFORE = rx.compile(
    r"\b(?:what about|how about|whats wrong with) (?:(?:doing|lifting|legs|gym|strength) )?(?:on )?"
    r"(?:the )?$"
)


# ("where do I put my back foot / hands?" is about form, not the week)
_BODY_PLACE = (
    r"(?! (?:my|the|your) (?:\w+ )?"
    r"(?:foot|feet|hands?|arms?|knees?|heels?|toes|weight|legs?|hips?|elbows?)\b)"
)


WHICH_DAYS = rx.compile(
    r"\b(?:which|what) days?\b|\bwhere (?:do|does|should|can|could|would) (?:they|it|i|these|those|the)\b"
    r"(?: \w+){0,3} (?:go|fit|put)" + _BODY_PLACE + "|"
    r"\b(?:when|where) in (?:the|my|a) week\b|"
    # (r16 za) "where do my two strength sessions go?"
    r"\bwhere (?:do|does|should|can|would) (?:my|our) (?:\w"
    r"+ )?(?:strength |leg |gym )?(?:sessions?|workouts?|"
    r"leg days?|lifts?|lifting) (?:go|fit)\b|"
    r"\bwhich days? (?:of the week )?(?:should|do|can)\b|"
    r"\bwhat days?\b|\bwhere (?:do|should|can) i (?:put|fit|slot|add)\b" + _BODY_PLACE + "|"
    r"\bhow (?:do|should|can|could|would) i (?:even )?(?:fit|slot|squeeze|schedule)\b|"
    # "can I fit strength in twice?" after the runner's week: which two days
    r"\b(?:can|could) i (?:still )?(?:fit|squeeze|slot|add|get) (?:\w+ ){0,3}(?:in )?(?:twice|two|2)\b|"
    # "my hard runs are Mon, Wed and Fri. When can I fit lifting in?": which of their days
    r"\bwhen (?:can|could|should|do|would) i (?:\w+ )?(?:fit|squeeze|slot|schedule|put)\b"
)


# "how do I fit in two sessions?" after the runner's week: their days, not a routine
FIT_ASK = rx.compile(r"\bhow (?:do|should|can|could|would) i (?:even )?(?:fit|slot|squeeze|schedule)\b")


_FULL = {"mon": "Mon", "tue": "Tue", "wed": "Wed", "thu": "Thu", "fri": "Fri", "sat": "Sat", "sun": "Sun"}


_ON_DAY = rx.compile(
    r"\b(on (?:a |my )?(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*)\b(?! (?:and|or|&)\b)(?![,.;:])"
)


def _by_day(pieces: list[str]) -> list[str]:
    """(r19 tl) "tuesday intervals thursday tempo sunday long run" (its commas gone): one piece per day
    and its own label, when days and labels take turns, so every day is not the first one's intervals."""
    out: list[str] = []
    for piece in pieces:
        days = [m.start() for m in DAY.finditer(piece)]
        labels = [m.start() for m in _HARD_RUN.finditer(piece)]
        labels += [m.start() for m in _EASY_RUN.finditer(piece)]
        if len(days) < 2 or len(labels) < 2:
            out.append(piece)
            continue
        ends = [m.end() for m in DAY.finditer(piece)]
        gaps = list(zip(ends[:-1], days[1:], strict=True))
        if not all(any(a <= x < b for x in labels) for a, b in gaps):
            out.append(piece)  # ("tue thu intervals": two days share one label)
            continue
        if days[0] < min(labels):
            cuts = days[1:]  # the label after its day: cut before each later day
        else:
            cuts = ends[:-1]  # the label before its day: cut after each day but the last
        start = 0
        for cut in cuts:
            out.extend([piece[start:cut], ","])
            start = cut
        out.append(piece[start:])
    return out


def _week(text: str) -> dict[str, str]:
    """The runner's week as told ("mon easy, tue intervals, sat long run, wed fri sun off"):
    day -> "hard: intervals" / "easy"."""
    week: dict[str, str] = {}
    label = ""
    # "tempo on thursdays long run saturdays" (punctuation gone): a day after "on" ends its label's piece
    text = _ON_DAY.sub(r"\1,", text)
    for piece in _by_day(rx.split(r"([,.;:\n]|\band\b|\bthen\b)", text)):
        chunk = piece
        if piece in (",", ".", ";", ":", "\n", "then"):
            label = "" if piece not in (",",) else label
            continue
        if piece == "and":
            continue
        days = [
            m.group(1)
            for m in DAY.finditer(chunk)
            # ("legs friday before sat parkrun": Friday is the lifting day put to the race, not the race)
            if not (
                rx.match(r"\s+(?:before|ahead of)\b", chunk[m.end() :])
                and rx.search(
                    r"\b(?:legs|leg day|lift\w*|gym|strength|weights)\s+(?:on\s+)?$", chunk[: m.start()]
                )
            )
            # (r16 zd) "hard track session tuesday - is wednesday ok for legs?": the day asked about is
            # not told as a track day
            and not _DAY_ASKED_AFTER.match(chunk[m.end() :])
            and not _DAY_ASKED_BEFORE.search(chunk[: m.start()])
        ]
        hard = _HARD_RUN.search(chunk)
        easy = _EASY_RUN.search(chunk)
        if (
            days
            and not hard
            and not easy
            and label
            # ((r16 zd) "long runs are saturday and sunday back to back": the pair said as such)
            and (
                len(chunk.split()) <= 2
                or rx.fullmatch(r"\s*\w+ (?:back to back|both|too|as well|in a row)\s*", chunk)
            )
        ):
            # "quality runs Tue and Thu": the second day shares the first one's label
            for d in days:
                week[d] = label
            continue
        label = ""
        if not days:
            continue
        if hard and not (easy and easy.start() < hard.start() and "off" in chunk):
            label = "hard: " + hard.group(0).replace("lr", "long run")
        elif easy:
            label = "easy"
        for d in days:
            if hard and not (easy and easy.start() < hard.start() and "off" in chunk):
                if hard.group(0) in ("session", "sessions", "workout", "workouts") and week.get(d) == "easy":
                    # (r15 ya) "lifting Tuesdays and Fridays... skip Friday's session?": the lifting told
                    continue
                week[d] = "hard: " + hard.group(0).replace("lr", "long run")
            elif easy:
                week[d] = "easy"
    return week


_RACE_DAY = rx.compile(
    r"\b(?:race|races|racing|parkrun|marathon|half|10k|5k)\b(?: (?!(?:mon|tue|wed|thu|fri|sat|sun))\w+){0,3} "
    r"(?:on |this |next )?"
    # (r15 ya: a day's own endings, so "10k in a month" names no Monday)
    r"(mon|tue|wed|thu|fri|sat|sun)(?:days?|s|nesdays?|rsdays?|urdays?|sdays?|n|r|rs|urs|es|t)?\b|"
    r"\b(mon|tue|wed|thu|fri|sat|sun)(?:days?|s|nesdays?|rsdays?|urdays?|sdays?|n|r|rs|urs|es|t)? "
    r"(?:race|parkrun|marathon)\b"
)


_NOT_AFTER = rx.compile(
    r"^,? (?:\(|is (?:the day|a hard|your|race)|(?:the day before|a hard|your race|race day))", re.IGNORECASE
)


_DAY_IN_REPLY = rx.compile(r"\b(Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?s?\b")


_NOT_BEFORE = rx.compile(
    r"\b(?:not|no|off|avoid|skip|never|except|rather than|instead of|away from|before|after|than)\b"
    r"[^:;,()]*$",
    re.IGNORECASE,
)


def busy_days(plain: str) -> dict[str, str]:
    """The days the runner's message says are taken: a hard or quality run, a race, a race's eve."""
    busy = {d: v for d, v in _week(plain).items() if v.startswith("hard")}
    for m in _RACE_DAY.finditer(plain):
        d = m.group(1) or m.group(2)
        busy[d] = "race"
        eve = _DAY_NAMES[(_DAY_NAMES.index(d) - 1) % 7]
        busy.setdefault(eve, "the day before your race")
    return busy


def race_day(plain: str) -> str | None:
    m = _RACE_DAY.search(plain)
    return (m.group(1) or m.group(2)) if m else None


# "can I do legs Saturday afternoon?", "is a gym session Saturday evening ok?": a yes/no on one day
_SAME_DAY_ASK = rx.compile(
    r"\b(?:can|could|should|is it ok to|is it fine to|would it be ok to|is|are|would|"
    r"will) (?:i|a|my|it|the|doing|legs|leg day|lifting)\b"
)


def guard_days(text: str, plain: str) -> str:
    """The reply without a suggestion of a day the runner said is taken (a quality run, a race or its
    eve), and with the race-day arithmetic done on the runner's own race day."""
    race = race_day(plain)
    if race is not None:
        r = _DAY_NAMES.index(race)

        def ours(m: re.Match[str]) -> str:
            return f"for your {DAY_NAMES[r]} race, {DAY_NAMES[(r - 2) % 7]} at the latest"

        text = rx.sub(r"for an? \w+day race, \w+day at the latest", ours, text)
    busy = busy_days(plain)
    if not busy:
        return text
    lines = []
    for line in text.split("\n"):
        if POINTER.match(line):
            lines.append(line)
            continue
        kept = []
        for p in SENTENCE.split(line):
            bad = [
                m.group(1).lower()
                for m in _DAY_IN_REPLY.finditer(p)
                if m.group(1).lower() in busy
                and not _NOT_BEFORE.search(p[: m.start()])
                and not _NOT_AFTER.match(p[m.end() :])
                and not rx.match(r"^(?:No|Not|Don't|Skip|Avoid|Keep)\b", p)
            ]
            if bad:
                trace("busy_day", ",".join(bad))
                continue
            kept.append(p)
        if kept:
            lines.append(" ".join(kept))
    if not any(not POINTER.match(x) for x in lines):
        return text
    out = "\n".join(lines)
    if out != text:
        asks = split_asks(plain)[0]
        asked = [m.group(1) for m in DAY.finditer(asks[-1])] if asks else []
        if (
            len(asks) == 1
            and asked
            and all(d in busy for d in asked)
            and _SAME_DAY_ASK.search(normalize(asks[-1]))
            and not WHICH_DAYS.search(normalize(asks[-1]))
        ):
            # "parkrun flat out every Saturday, can I do legs Saturday afternoon?": that day's no
            d = asked[0]
            why = busy[d].replace("hard: ", "")
            what = (
                "your race"
                if why == "race"
                else why
                if why.startswith("the day before")
                else f"a hard-run day ({why})"
            )
            free = [x for x in _DAY_NAMES if x not in busy]
            alt = f" such as {DAY_NAMES[_DAY_NAMES.index(free[0])]}" if free else ""
            return (
                f"No: {DAY_NAMES[_DAY_NAMES.index(d)]} is {what}, and the article keeps strength work off "
                f"it, even later the same day. Put it on an easy day{alt}; if you run that day too, run "
                "first."
            )
        days = days_reply(plain)
        if days is not None:
            return days
        taken = ", ".join(
            f"{DAY_NAMES[_DAY_NAMES.index(d)]} ({v.replace('hard: ', '')})" for d, v in busy.items()
        )
        out = f"{out}\nKeep strength work off your taken days: {taken}; pick an easy day instead."
    return out


_DOING = rx.compile(
    r"\b(?:i (?:only |just |mostly |usually |currently )?(?:do|did|have been doing|ve been doing|been doing|"
    r"was doing|am doing|m doing)|ive been (?:lifting|doing)|"
    r"been (?:lifting|doing)|my (?:routine|session|workout|leg day|gym session) (?:is|has|includes)|"
    r"currently (?:do|doing)|i (?:lift|train)|"
    # (r16 za) "Legs twice a week: squats and leg press, 5 reps each": the routine told by its days
    r"^(?:\w+ ){0,8}?legs (?:once|twice|two times|three times|[23] ?x) a week|"
    r"my (?:current )?(?:setup|set up|routine|schedule)"
    r"(?= is| looks| \w+ (?:in the )?(?:morning|evening)|$))\b"
)


_JUDGE = REVIEW_JUDGE = rx.compile(
    r"\b(?:am i doing (?:it|this|something|anything) wrong|doing it wrong|"
    r"is (?:that|this|it|my \w+) (?:ok|okay|enough|good|right|balanced|any good)|should i change|"
    r"is (?:this|that|my) (?:\w+ )?(?:set up|laid out|put together|done) (?:right|ok|okay|well|properly)|"
    r"what (?:should|would) (?:i|you) (?:add|change)|anything missing|what am i missing|"
    r"change the (?:exercises|weights?)|(?:which|what) (?:\w+ ){0,2}(?:am i|are we|is it|"
    r"does it) (?:missing|leaving out|"
    r"neglecting|skipping)|(?:leaving|left|leave) (?:\w+ )?out|(?:is|are) (?:that|this|it|"
    r"my \w+) (?:\w+ )?balanced|"
    r"what else (?:should|do|would|could) i|"
    # (r17 vb) "was it lifting itself, or what I picked?": the cause asked of their own routine
    r"(?:was|is) it (?:the )?(?:lifting|weights|gym|strength work|strength training)(?: itself)?,? or)\b"
)
_CAUSE_CHOICE = rx.compile(
    r"\b(?:was|is) it (?:the )?(?:lifting|weights|gym|strength work|strength training)(?: itself)?,? or\b"
)
# (r17 vb) "basically zero hamstring or hip work": the groups the runner says the routine left out
_TOLD_NONE = rx.compile(
    r"\b(?:no|zero|without|hardly any|never any)\s+((?:(?:hamstrings?|hips?|glutes?|calf|calves|quads?)"
    r"(?: or | and |, |\s)?)+)"
)
_GROUP_WORD = {
    "hamstring": "hamstrings",
    "hip": "hips",
    "glute": "glutes",
    "calf": "calves",
    "calve": "calves",
}


_EASY_LOAD = rx.compile(
    r"\b(?:(?:feels?|felt|pretty|really|too|very|quite) (?:easy|light)|too light|a breeze)\b"
)


# Heavy and few: "really heavy, about 5 reps a set", "5x5 as heavy as I can", "sets of 3".
_HEAVY_FEW = rx.compile(
    r"\b(?:(?:about|around|only|just) )?(?:[1-8]|three|four|five|six) reps?\b(?! (?:each|per) (?:leg|side))|"
    r"\b(?:sets? of|\d ?x) ?[1-6]\b(?! ?(?:min|sec|km|mi|k\b))|\b(?:really|very|super|max|maximum) heavy\b|"
    r"\bas heavy as (?:i|you) can\b"
)


_GROUP_ADD = {
    "quads": ("quads", "the one-legged squat"),
    "hamstrings": ("hamstrings", "the hamstring curl or hamstring push-up"),
    "calves": ("calves", "the calf raise"),
    "glutes": ("glutes", "the bridge"),
    "hips": ("hips", "the side-lying hip raise"),
}


def review(message: str) -> str | None:
    """The runner's own routine told ("leg press, leg extensions and calf raises, 3x10, feels easy. Am I
    doing it wrong?"): the load first when it feels easy, then the muscle groups it leaves out."""
    plain = normalize(message)
    doing = _DOING.search(plain)
    if not (doing and _JUDGE.search(plain)) or rx.search(
        r"\b(?:when|while|if|as|before|after)\s*$", plain[: doing.start()]
    ):
        return None  # "is it ok to let my knees go past my toes when I do wall squats": a form question
    done = [EXERCISES[t.split(":", 1)[1]] for t in named_exercises(plain)]  # ("wall squats" is one)
    one_only = len(done) == 1 and rx.search(r"\b(?:enough|something else|anything else|what else)\b", plain)
    if len(done) < 2 and not one_only:
        return _light_review(plain)
    worked = {m for e in done for m in e.primary}
    many = [
        int(n) for n in rx.findall(r"\b(\d{2,3}) (?:\w+ )?(?:reps?|squats?|lunges?|raises?|of them)\b", plain)
    ]
    if many and max(many) > 20 and not _EASY_LOAD.search(plain):
        plain += " feels easy"  # "3 sets of 30": a load that light is the first fix
    told_none = [
        _GROUP_WORD.get(w.rstrip("s"), w)
        for m in _TOLD_NONE.finditer(plain)
        for w in rx.findall(r"\w+", m.group(1))
        if w not in ("or", "and")
    ]
    worked -= set(told_none)
    missing = [g for g in _GROUP_ADD if g not in worked]
    missing = [g for g in missing if g in told_none] + [g for g in missing if g not in told_none]
    cause = bool(_CAUSE_CHOICE.search(plain))
    lines = []
    if _HEAVY_FEW.search(plain) and not _EASY_LOAD.search(plain):
        # (r16 za) "really heavy, about 5 reps a set. what should I change?": the load the other way
        lines.append(
            "Two changes. First the load: a few very heavy reps isn't what the article suggests; pick a "
            "weight that tires you by 12–15 reps, 2–3 sets, slow and controlled, knees never locked."
        )
    elif _EASY_LOAD.search(plain):
        lines.append(
            "Yes, the load is the first fix: a weight that feels easy won't make you stronger. Use a "
            "resistance that leaves you tired by the last of 12–15 reps, 2–3 sets, and raise it as you "
            "get stronger."
        )
    if missing:
        n = (
            3
            if cause
            or rx.search(r"\b(?:missing|leaving out|left out|neglecting|balanced|imbalances?)\b", plain)
            else 2
        )
        what = _and([_GROUP_ADD[g][0] for g in missing[:n]])
        add = _and([_GROUP_ADD[g][1] for g in missing[:n]])
        if rx.search(r"\b(?:home|body ?weight|no (?:gym|weights|equipment))\b", plain):
            add = add.replace(
                "the hamstring curl or hamstring push-up", "the hamstring push-up"
            )  # no machine
        if lines and lines[0].startswith("Two changes"):
            lines.append(f"Then balance it: nothing in your list works the {what}; add {add}.")
        elif lines:
            lines.append(
                f"And change the exercises a little: nothing in your list works the {what}; add {add}."
            )
        elif rx.search(r"\b(?:missing|leaving out|left out|leave out|neglecting|skipping|balanced)\b", plain):
            # "which muscles am I missing?": the muscles first, then what to add
            lead = "Not quite: your" if "balanced" in plain else "Your"
            lines.append(f"{lead} list leaves out the {what}; add {add}.")
        elif rx.search(r"\b(?:add|missing)\b", plain):
            lines.append(f"Add {add}: nothing in your list works the {what}.")
        else:
            lines.append(
                f"{'Fix it' if cause else 'Partly'}: nothing in your list works the {what}, so add {add}."
            )
    if not lines:
        return None
    if rx.search(r"\b(?:is (?:that|it|this) enough|enough)\b", plain) and lines[0].startswith(
        "Yes, the load"
    ):
        lines[0] = "No: the load" + lines[0][len("Yes, the load") :]  # "is that enough?": no, too light
    if cause and missing and not _EASY_LOAD.search(plain):
        # (r17 vb) "...zero hamstring or hip work. Was it lifting itself, or what I picked?": the choice first
        lines.insert(
            0,
            "Most likely what you picked, not lifting itself: a balanced programme won't slow a runner "
            "down, and yours wasn't balanced.",
        )
    if one_only and lines[0].startswith("Partly: "):
        lines[0] = "Not on its own: " + lines[0][len("Partly: ") :]
    elif one_only and not lines[0].startswith(("Yes", "No")):
        lines[0] = "Not on its own. " + lines[0]
    lines.append("Keep it to twice a week, off hard-run days.")
    return "\n".join(lines)


_HIGH_REPS = rx.compile(r"\b(?:sets? of|x) ?(\d{2,3})\b|\b(\d{2,3}) reps?\b")
_WORN_OUT = rx.compile(
    r"\b(?:wrecked|dead|tired|heavy|flat|sluggish|slow|slower|fried|cooked|exhausted|knackered|shattered|"
    r"trashed|never (?:feel )?fresh)\b"
)
_RUN_THEN_LIFT = rx.compile(
    r"\b(?:run|runs|running|jog|\d+ ?k)\b(?: \w+){0,4} (?:in the )?morning\b.{0,80}\b(?:evening|afternoon|"
    r"night|later)\b|\brun (?:first|then)\b"
)


def _light_review(plain: str) -> str | None:
    """Their routine told by its numbers, not its moves ("light weights, 3 sets of 25 on everything, three
    times a week; legs always wrecked. Is it set up right?"): the load first, then the recovery."""
    reps = [int(a or b) for a, b in _HIGH_REPS.findall(plain)]
    if not reps or max(reps) <= 20:
        return None
    n = max(reps)
    lines = [
        f"Not quite: {n} reps means a weight too light to build much strength; many coaches now advise "
        "heavier weights with fewer reps. Pick a resistance that tires you by the last of 12–15 reps, 2–3 "
        "sets, and raise it as you get stronger."
    ]
    if _WORN_OUT.search(plain):
        three = rx.search(r"\b(?:three|3) (?:times|days|x|sessions)(?: a| per| each)? week\b|\b3 ?x\b", plain)
        lines.append(
            "Legs that never recover say it's too much overall: "
            + ("three times a week is the top of the article's range, so drop to twice; " if three else "")
            + "keep it off hard-run days and take a week off strength work once a month."
        )
    if _RUN_THEN_LIFT.search(plain):
        lines.append("Running first and lifting later in the day is the right order: keep that.")
    return "\n".join(lines)


def _and(items: list[str]) -> str:
    return ", ".join(items[:-1]) + " and " + items[-1] if len(items) > 1 else "".join(items)


_THEN = rx.compile(
    r"\b(?:in |on )?(?:then|that (?:same )?(?:day|evening|night|morning|afternoon)|the same day|"
    r"after (?:it|that|the session|the run|the workout))\b"
)


# "hard days are Tuesday and Thursday, legs on Wednesday?": the day put to them, at the message's end.
_DAY_FOR_LEGS = rx.compile(
    r"(?:^|[,.;]\s*|\band\s+|\bso\s+)(?:what about |how about |maybe |is |and )?(?:(?:legs|leg day|lifting|"
    r"lift|strength|gym|weights) (?:on )?(?:a )?(?P<d1>mon|tue|wed|thu|fri|sat|sun)[a-z]*|"
    r"(?P<d2>mon|tue|wed|thu|fri|sat|sun)[a-z]* (?:ok |okay |good |fine |alright )?(?:for )?(?:legs|leg day|"
    r"lifting|strength|the gym|weights))\W*$"
)
# "I run 5 days a week, where do I squeeze in two strength sessions?": no days named, the rule for them.
_RUN_COUNT = rx.compile(
    r"\b(?:run|running|jog|jogging) (?:\w+ )?(?P<n>[3-7]|three|four|five|six|seven) ?(?:days?|times|x) "
    r"(?:a|per|each) ?week\b|\b(?P<m>[3-7]|three|four|five|six|seven) (?:days?|runs) a week\b"
)
_WHERE_WHEN = rx.compile(
    r"\b(?:where|when) (?:do|should|can|could|would) i (?:\w+ ){0,2}(?:put|fit|slot|add|squeeze|do|"
    r"schedule|place|lift|train)\b"
)
# A race weeks away: "race Saturday in 3 wks", "half marathon in 12 weeks".
_RACE_FAR = rx.compile(
    r"\bin (?P<n>[2-9]|1\d|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) ?(?:wks?|weeks?)\b"
)
# A week told by its hard sessions, no days named ("long run up to 30k plus one workout a week")
_LONG_TOLD = rx.compile(r"\b(?:long runs?|lrs?|long ones?)\b")
_HARD_TOLD = rx.compile(
    r"\b(?:workouts?|intervals?|tempos?|speed ?work|speed sessions?|track (?:sessions?|nights?|work)|"
    r"threshold|quality sessions?|hill (?:reps|repeats|sessions?))\b"
)
_COUNTS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


# "I get maybe two evenings free", "only 2 free nights a week": the slots there are for strength.
_FREE_SLOTS = rx.compile(
    r"\b(?P<n>2|two|3|three|a couple of|a couple) (?:free |spare |quiet )?"
    r"(?P<slot>evenings|nights|mornings|lunchtimes|lunch breaks)"
    r"(?: (?:free|spare|off|to myself|a week|per week|each week|in the week))?\b"
)
# Long runs at the weekend ("back to back long runs at weekends", "weekend long runs"): both days taken.
_WEEKEND_LONG = rx.compile(
    r"\b(?:long runs?|lrs?|long ones|long efforts?)\b(?: \w+){0,2} (?:at |on |over |every )?(?:the )?"
    r"weekends?\b|\bweekend long runs?\b|\bweekends? (?:are|is|=) (?:\w+ ){0,2}long runs?\b|"
    r"\bback to back long runs?\b|\bb2b long runs?\b"
)
_FIT_WHEN = rx.compile(
    r"\bwhen (?:do|should|can|could|would|shall) i (?:\w+ ){0,2}(?:fit|slot|squeeze|put|do|schedule|add)\b|"
    r"\bdoes it matter which\b|\bwhich (?:evenings?|nights?|mornings?|ones?)\b"
)


def _slots_fit(message: str) -> str | None:
    """Where two sessions go when the runner tells the slots they have ("two evenings free") or that their
    weekends hold the long runs, and asks when (no race day, no weekday put to them): two days a day or
    more apart, off the hard days, with the order for a day that has a run too."""
    plain = normalize(message)
    if "free" not in plain and "weekend" not in plain and "back to back" not in plain and "b2b" not in plain:
        return None  # (cheap gate)
    slots = _FREE_SLOTS.search(plain)
    weekend = _WEEKEND_LONG.search(plain)
    if not (slots or weekend):
        return None
    if not (WHICH_DAYS.search(plain) or _WHERE_WHEN.search(plain) or _FIT_WHEN.search(plain)):
        return None
    if not rx.search(r"\b(?:strength|legs|leg (?:work|day|sessions?|strength)|lift\w*|gym|weights)\b", plain):
        return None
    if race_day(plain) is not None or rx.search(r"\b(?:parkrun|race day|racing)\b", plain):
        return None  # a race in the week: the race-day rules answer
    hard = {d for d, v in _week(plain).items() if v.startswith("hard")}
    if weekend:
        hard |= {"sat", "sun"}
    days = ("mon", "tue", "wed", "thu", "fri") if slots or weekend else _DAY_NAMES
    near = {_DAY_NAMES[(_DAY_NAMES.index(h) + k) % 7] for h in hard for k in (-1, 1)}
    pick: list[str] = []
    for d in sorted((d for d in days if d not in hard), key=lambda d: (d in near, _DAY_NAMES.index(d))):
        if all(
            min(
                abs(_DAY_NAMES.index(d) - _DAY_NAMES.index(p)),
                7 - abs(_DAY_NAMES.index(d) - _DAY_NAMES.index(p)),
            )
            >= 2
            for p in pick
        ):
            pick.append(d)
        if len(pick) == 2:
            break
    if len(pick) < 2:
        return None
    pick.sort(key=_DAY_NAMES.index)
    slot = slots.group("slot") if slots else ""
    both = f"{DAY_NAMES[_DAY_NAMES.index(pick[0])]} and {DAY_NAMES[_DAY_NAMES.index(pick[1])]}"
    week = _week(plain)
    taken = (
        "your weekend long runs"
        if weekend
        else _and(
            [f"{DAY_NAMES[_DAY_NAMES.index(d)]}'s {week[d][6:]}" for d in sorted(hard, key=_DAY_NAMES.index)]
        )
    )
    off = f"off {taken} (no strength work on a hard-run day) and" if hard else "off any hard-run day and"
    if slots:
        n = "three" if slots.group("n") in ("3", "three") else "two"
        lead = (
            f"Use {n} of your free {slot}, ideally {both}: two 15–20 minute sessions a week is the "
            "article's usual figure."
        )
    else:
        lead = f"Midweek, e.g. {both}: two 15–20 minute sessions a week is the article's usual figure."
    gap = f"keep them a day or more apart, {off} off the day before a race."
    matter = rx.search(r"\b(?:matter|matters|difference)\b", plain)
    why = f" It matters only this much: {gap}" if matter else f" {gap[:1].upper()}{gap[1:]}"
    one = slot[:-1] if slot.endswith("s") else "day"
    order = f" If you run that {one} too, run first, then the strength work."
    extra = ""
    if weekend and rx.search(r"\b(?:ultra|block|build|peak|high mileage|big week)\b", plain):
        extra = "\nIn a big block keep the sessions short, and take a week off strength work once a month."
    return lead + why + order + extra


def _week_fit(message: str) -> str | None:
    """A day put to a week told ("hard Tue and Thu, legs Wed?"), or where two sessions go in a week of
    n runs with no day named."""
    low = message.lower()
    m = _DAY_FOR_LEGS.search(low.strip())
    if m:
        before = low[: m.start()]
        week = _week(before)
        hard = [d for d in _DAY_NAMES if week.get(d, "").startswith("hard")]
        if hard and not any(week[d][6:] in ("race", "racing", "parkrun") for d in hard):
            # (a race told: the race-day verdict answers it)
            d = m.group("d1") or m.group("d2")
            day = DAY_NAMES[_DAY_NAMES.index(d)]
            busy = busy_days(normalize(before))
            if d in hard or busy.get(d) == "race":
                free = [x for x in _DAY_NAMES if x not in busy and x not in hard]
                alt = f" such as {DAY_NAMES[_DAY_NAMES.index(free[0])]}" if free else ""
                return (
                    f"No: {day} is one of your hard days, and the article says no strength work on the same "
                    f"day as a hard run. Put it on an easy day{alt}; if you run that day too, run first."
                )
            if busy.get(d) == "the day before your race":
                return (
                    f"No: {day} is the day before your race, and the article says to skip strength work then "
                    "so your body can recover."
                )
            hard_said = " and ".join(DAY_NAMES[_DAY_NAMES.index(x)] for x in hard)
            return (
                f"Yes, {day} works: it isn't one of your hard days ({hard_said}), and the article only rules "
                "out those and the day before a race. If you run that day too, run first, then lift."
            )
    slots = _slots_fit(message)
    if slots is not None:
        return slots
    plain = normalize(message)
    far = _RACE_FAR.search(plain)
    if far and (WHICH_DAYS.search(plain) or _WHERE_WHEN.search(plain)):
        # "long run Sunday, race Saturday in 3 weeks: which days do I lift this week?": a normal week now
        rest = _RACE_FAR.sub(" ", low)
        rest = rx.sub(
            r"\b(?:race|racing|parkrun|marathon|half|10k|5k)\b(?: \w+){0,2}? (?:on "
            r")?(?:mon|tue|wed|thu|fri|sat|"
            r"sun)[a-z]*\b",
            " ",
            rest,
        )
        days = days_reply(rest)
        hard_one = [d for d, v in _week(rest).items() if v.startswith("hard")]
        if days is None and len(hard_one) == 1:
            # one hard day told ("long run Sunday"): two days apart, neither it nor the day before it
            h = _DAY_NAMES.index(hard_one[0])
            pick: list[int] = []
            for i in range(7):
                if i != h and (i + 1) % 7 != h and all(min(abs(i - p), 7 - abs(i - p)) >= 2 for p in pick):
                    pick.append(i)
                if len(pick) == 2:
                    break
            both = " and ".join(DAY_NAMES[i] for i in pick)
            days = (
                f"{both} suit it: not {DAY_NAMES[h]} ({_week(rest)[hard_one[0]][6:]}), by the article's "
                f"hard-run-day rule, and {DAY_NAMES[(h - 1) % 7]} left free so your legs are fresh for "
                "it. On a "
                "day you also run, run first, then the strength work."
            )
        if days is not None:
            n = far.group("n")
            weeks = f"{n} weeks" if n not in ("1", "one", "a") else "a week"
            start = ""
            if rx.search(r"\b(?:start with|where (?:do|should) i (?:even )?start|begin with)\b", plain):
                start = (
                    "\nStart with the machines: leg extension, hamstring curl and leg press, 2–3 sets "
                    "with a load "
                    "that tires you by 12–15 reps."
                    if rx.search(r"\bgym\b", plain)
                    else "\nStart with the bodyweight basics: calf raises, one-legged squats, step-ups and "
                    "bridges, 2–3 sets of 12–15."
                )
            return (
                f"{days}\nThe race is {weeks} off, so these are normal weeks; when it comes, keep the "
                "day before "
                f"it free of strength work.{start}"
            )
    if (
        not DAY.search(plain)
        and _LONG_TOLD.search(plain)
        and _HARD_TOLD.search(plain)
        and (WHICH_DAYS.search(plain) or _WHERE_WHEN.search(plain))
    ):
        # "long run up to 30k plus one workout a week: how would I slot two leg sessions in?": where they go
        told = _HARD_TOLD.search(plain)
        word = rx.sub(r"s$", "", told.group(0) if told else "workout").replace(" ", "-")
        return (
            f"On two easy days, a day or more apart: not on the long-run day or the {word} day, and not "
            f"the day before either, so your legs are fresh for them. Say the long run is Sunday and the "
            f"{word} Wednesday: lift Monday and Friday. On a day you also run easy, run first, then lift; "
            "15 to 20 minutes is enough."
        )
    c = _RUN_COUNT.search(plain)
    if c is None or DAY.search(plain) or not (WHICH_DAYS.search(plain) or _WHERE_WHEN.search(plain)):
        return None
    if FIT_ASK.search(plain):
        return None  # "how do I fit it in around 5 runs?": when and how long, the week rule's answer
    said = c.group("n") or c.group("m")
    n = _COUNTS.get(said) or int(said)
    where = "after two of your easy runs" if n >= 5 else "on two of your non-running days or after easy runs"
    return (
        f"With {n} runs a week, put them {where}, a day or more apart; on a day with a run, run first. "
        "Not on a "
        "hard-run day (intervals, tempo, the long run) and not the day before a race. Tell me which days "
        "are hard and I'll name the two."
    )


def then_day_reply(message: str) -> str | None:
    """A strength ask that points back at the one day the runner told ("...track on Thursdays. Can I
    lift then?"): that day's verdict (a hard-run day or a race's eve is a no). Also a day put to the
    week told, and the two sessions in a week of n runs (``_week_fit``)."""
    fit = _week_fit(message)
    if fit is not None:
        return fit
    asks, background = split_asks(message)
    if len(asks) != 1 or not background:
        return None
    ask = asks[0].lower()
    if (
        not _THEN.search(ask)
        or DAY.search(ask)
        or not rx.search(
            r"\b(?:lift|lifting|strength|legs|leg day|gym|weights|squeeze|fit|train|session|it)\b", ask
        )
    ):
        return None
    days = {m.group(1) for m in DAY.finditer(background.lower())}
    if len(days) != 1:
        return None
    day = DAY_NAMES[_DAY_NAMES.index(days.pop())]
    verdict = week_verdict(f"{background} {_THEN.sub(f'on {day}', ask, count=1)}")
    return verdict if verdict and verdict.startswith(("No", "Yes")) else None


def their_days(message: str) -> str | None:
    """The runner's own week told with its hard days and a "when" asked: the two days that suit, by name,
    for a plan's frequency line (content/plan.py plan); None otherwise."""
    days = list(WEEKDAY.finditer(message))
    if not days or not all(rx.search(r"\bon (?:a |my )?$", message[: d.start()]) for d in days):
        return None  # (only "<run> on <day>" is read safely without the message's punctuation)
    if WHICH_DAYS.search(message):
        return None  # "...and which days?": the dialogue answers that ask with the week's own reply
    return days_reply(message)


def days_reply(text: str) -> str | None:
    """Which of the runner's own days strength work fits (not a hard-run day nor the day before a race)."""
    week = _week(text)
    hard = [d for d in _DAY_NAMES if week.get(d, "").startswith("hard")]
    if not hard or len(week) < 2 or any(week[d][6:] in ("race", "racing", "parkrun") for d in hard):
        return None  # a race day: the race-day rule answers which day is the last session
    free = [d for d in _DAY_NAMES if d not in hard]
    # (r16 za) "races most Saturdays": the race and its eve are out too; "we practise every weekday": the
    # sessions go on practice days
    raced = {m.group(1) or m.group(2) for m in _RACE_DAY.finditer(text)}
    eves = {_DAY_NAMES[(_DAY_NAMES.index(r) - 1) % 7] for r in raced}
    free = [d for d in free if d not in raced and d not in eves]
    if WEEKDAYS_ONLY.search(text) and len([d for d in free if _DAY_NAMES.index(d) < 5]) >= 2:
        free = [d for d in free if _DAY_NAMES.index(d) < 5]
    allowed = allowed_days(text.lower())
    if allowed:
        # (r19 ti) "I can only train at weekends, Saturday is long run day": only the runner's days
        hard_at = {_DAY_NAMES.index(d) for d in hard}
        eve_at = {_DAY_NAMES.index(d) for d in eves}
        return within_days(sorted(allowed), hard_at, eve_at)
    # Two days apart where possible, easy-run days first (run first, then the strength work).
    pick: list[str] = []

    def before_hard(d: str) -> bool:
        return _DAY_NAMES[(_DAY_NAMES.index(d) + 1) % 7] in hard

    def apart(a: str, b: str) -> int:
        gap_days = abs(_DAY_NAMES.index(a) - _DAY_NAMES.index(b))
        return min(gap_days, 7 - gap_days)

    # Fresh legs for the hard sessions: not the day before one where possible; easy-run days first.
    for d in sorted(free, key=lambda d: (before_hard(d), week.get(d) != "easy", _DAY_NAMES.index(d))):
        if all(apart(d, p) >= 2 for p in pick):
            pick.append(d)
        if len(pick) == 2:
            break
    pick.sort(key=_DAY_NAMES.index)
    label = {
        **{
            f"{a} {b}{s}": f"{a} {b}"
            for a in ("hard", "key", "big")
            for b in ("run", "day", "session", "effort", "workout")
            for s in ("", "s")
        },
        "session": "hard session",
        "sessions": "hard session",
        "workout": "workout",
        "workouts": "workout",
    }
    avoid = ", ".join(f"{_FULL[d]} ({label.get(week[d][6:], week[d][6:])})" for d in hard)
    both = " and ".join(_FULL[d] for d in pick)
    can = rx.search(r"\b(?:can|could) i (?:still )?(?:fit|squeeze|slot|add|get)\b", text)
    yes = "Yes. " if can else ""
    return (
        f"{yes}Put them on easy days: {both} suit it. Keep strength work off your hard days, {avoid}, "
        "and off the day before a race. "
        "On a day you also run, run first, then the strength work."
    )


# ---- Strength forced onto run days: "I can only lift Tue and Fri nights, which are also my interval nights"
_ONLY_SLOT = rx.compile(
    r"\b(?:(?:can|could) only (?:\w+ ){0,2}(?:lift|gym|train|do (?:it|strength|legs|weights)|get to (?:the|"
    r"a) gym)|"
    r"only (?:\w+ ){0,2}(?:day|days|slot|slots|night|nights|evening|evenings|time|chance)|"
    r"(?:day|days|nights?|evenings?) i can (?:lift|train|get to the gym)|"
    r"only (?:get|make it) to (?:the|a) gym)\b"
)
_RUN_SLOT = (
    r"(?:run|running|interval|tempo|track|speed ?work|long|club|hill|workout|session)(?: run)? "
    r"(?:nights?|days?|evenings?|mornings?)"
)
_SAME_AS_RUN = rx.compile(
    r"\b(?:also|too|as well)\b.{0,30}\b"
    + _RUN_SLOT
    + r"\b|\b"
    + _RUN_SLOT
    + r"\b.{0,20}\b(?:too|as well|also)\b|"
    r"\b(?:also|same (?:time|days?|nights?|evenings?)) (?:as |that |when )?(?:i|my) (?:run|runs|train)\b|"
    r"\bclash\w* with (?:my )?(?:runs?|running|intervals|tempo|track)\b|"
    # "only day I can lift is the day of my long run", "...and that's when I do my long run"
    r"\b(?:the )?(?:same )?day (?:of|as) (?:my|the) (?:weekly |big |sunday |saturday )?(?:long (?:run|one)|"
    r"intervals?|tempo|track (?:session|workout)|club run|hill reps|speed ?work|runs?)\b|"
    r"\b(?:thats|that is|its|it is|which is) (?:also )?(?:when|the day) i (?:do |have |run )?(?:my |the )?"
    r"(?:long (?:run|one)|intervals?|tempo|track|club run|hills|speed ?work|runs?|running)\b"
)
# "track is Tuesday night, and Tuesday evening is my only gym time": one day named for both.
_SAME_DAY = rx.compile(
    r"\b(mon|tue|wed|thu|fri|sat|sun)(?:days?|s|nesdays?|rsdays?|urdays?|sdays?)?\b.{0,80}?\b\1(?:days?|s|"
    r"nesdays?|rsdays?|urdays?|sdays?)?\b"
)
_HARD_SHARED = rx.compile(
    r"\b(?:intervals?|tempo|track|speed ?work|long runs?|hills?|reps|threshold|workouts?|club)\b"
)


# "easy run to work Mon Wed Fri, legs at lunch on the run days: does the order matter, too much?"
_ON_RUN_DAYS = rx.compile(
    r"\b(?:on|after) (?:the |my |those |these )?(?:run|running|commute|commuting) days\b|"
    r"\b(?:on )?(?:those|the same|these) days\b|\bthen (?:lift|legs|gym|strength)\b"
)
# (r17 vc) the days told are easy run days: "those are my easy run days", "my easy days"
_EASY_RUN_DAYS = rx.compile(
    r"\b(?:easy|recovery|easy run|recovery run|short run) (?:run )?(?:days|evenings|nights)\b"
)
_ORDER_OR_MUCH = rx.compile(
    r"\b(?:order|first|before or after|after or before|too much|too many|too often|overdo\w*|right way)\b"
)

# a yes/no ask's opening word ("is that ok", "should I")
_YES_NO_HEAD = rx.compile(r"(?:is|are|does|do|can|could|should|would|will) ")


def _easy_shared(message: str, asks: list[str]) -> str | None:
    """Lifting after the easy runs on the same days (a run commute, then the gym at lunch): the order is
    the article's, and the count against its twice, sometimes three."""
    plain = normalize(message)
    # (r17 vc) "Tue and Thu evenings are my only time and those are my easy run days. Where does strength
    # go?": the slots told are easy run days, and where it goes is asked: on them, after the run
    slotted = bool(
        asks
        and _ONLY_SLOT.search(plain)
        and _EASY_RUN_DAYS.search(plain)
        and _FIT_IN.search(normalize(" ".join(asks)))
        and not rx.search(r"\b(?:sore|pain|hurts?|ache\w*|race|racing|parkrun)\b", plain)
    )
    if not slotted and (
        not asks or not _ON_RUN_DAYS.search(plain) or not _ORDER_OR_MUCH.search(normalize(" ".join(asks)))
    ):
        return None
    if _HARD_SHARED.search(plain) or not rx.search(r"\b(?:easy|commute|commuting|to work|jog\w*)\b", plain):
        return None
    if not rx.search(r"\b(?:lift\w*|legs|gym|strength|weights)\b", plain):
        return None
    days = list(dict.fromkeys(m.group(1) for m in DAY.finditer(plain)))
    n = len(days)
    asked = normalize(" ".join(asks))
    lead = (
        "It does, and yours is right"
        if rx.search(r"\border (?:\w+ )?matter", asked)
        else "Yes, that works"
        if _YES_NO_HEAD.match(normalize(asks[0]))
        or rx.search(r"\b(?:fine|ok|okay|alright|right|good)$", asked)
        else "That works"
    )
    if slotted and not _YES_NO_HEAD.match(normalize(asks[0])):
        lead = "On those days, straight after the easy run"
    lines = [
        f"{lead}: the run comes first and the strength after, which is the article's order when the two "
        "share a day, and it's an easy run, not a hard one."
    ]
    if rx.search(r"\b(?:too much|too many|too often|overdo\w*)\b", asked) or n >= 3:
        lines.append(
            "Three days is the top of the article's range (twice a week, sometimes three): fine on easy "
            "days; "
            "drop to two if your legs feel heavy, and take a week off strength work once a month."
            if n >= 3
            else "Twice a week is the article's usual figure, so not too much; take a week off strength work "
            "once a month."
        )
    return "\n".join(lines) + "\nTry one: /workout"


def _only_hard_days(plain: str) -> str | None:
    """ "My only free days are Sunday (long run) and Wednesday (intervals)": every day they can train is a
    hard-run day; a short session on another day beats lifting on them."""
    if not rx.search(r"\bonly (?:\w+ ){0,2}(?:days?|slots?|evenings?|nights?|time)\b", plain):
        return None
    if rx.search(
        r"\b(?:other|(?:the )?rest of the|remaining) (?:days|week)\b (?:are |is )?(?:\w+ )?(?:easy|off|rest)",
        plain,
    ):
        return None  # (r19 tl) "other days easy or off": easy days are told, so not only hard ones
    week = _week(plain)
    told_days = {m.group(1) for m in DAY.finditer(plain)}
    if not week or not all(week.get(d, "").startswith("hard") for d in told_days):
        return None
    if any(v[6:] in ("race", "racing", "parkrun") for v in week.values()):
        return None
    told = " and ".join(f"{DAY_NAMES[_DAY_NAMES.index(d)]} ({week[d][6:]})" for d in _DAY_NAMES if d in week)
    many = len(week) > 1
    return (
        f"Not ideally on {'those days' if many else 'that day'}: {told} "
        f"{'are hard-run days' if many else 'is a hard-run day'}, and the article keeps strength work off "
        f"{'them' if many else 'it'}. Better: a short bodyweight session at home (15–20 minutes) on another, "
        "easy day, even a busy one.\n"
        f"If it has to be {'one of those days' if many else 'that day'}, run first and lift straight after, "
        "short and controlled.\nTry one: /workout home"
    )


# "I run 6 days a week, no spare days, can I still fit strength in?": every day has a run.
_RUN_DAILY = rx.compile(
    r"\b(?:run|running|runs)\b (?:\w+ ){0,2}(?:every ?day|daily|(?:7|seven) (?:days|times|x|d)"
    r"(?: a| per| each)? ?(?:week|wk)|7x|7 ?days)\b|\b(?:run|running) streak\b|"
    r"\bno (?:spare|free|rest|off|non running) days?\b|\bnever (?:have|get|take) a (?:rest )?day off\b|"
    r"\b(?:7|seven) (?:days|runs) a week\b"
)
_FIT_IN = rx.compile(
    r"\b(?:fit|room|squeeze|space|still (?:do|add|lift)|add|where|when|how|can i|should i|possible)\b"
)
_STRENGTH_TOLD = rx.compile(r"\b(?:strength|legs|leg (?:work|day|sessions?)|lift\w*|weights|gym)\b")
DAILY_TEXT = (
    "Yes: lift straight after two of your easy runs each week, run first, then 15–20 minutes of strength. "
    "Never after a hard run (intervals, tempo, the long run) or on the day before a race. Twice a week is "
    "the article's usual figure, so no extra day is needed.\nTry one: /workout home"
)


def shared_day_reply(message: str) -> str | None:
    """The runner can only lift on days they also run ("my only gym slot is Wednesday evening, my tempo
    night too"): run first, then lift; kept short on a hard-run day, moved when an easy day frees up."""
    plain = normalize(message)
    asks, _ = split_asks(message)
    if (
        asks
        and _RUN_DAILY.search(plain)
        and _FIT_IN.search(normalize(" ".join(asks)))
        and _STRENGTH_TOLD.search(plain)
        and not rx.search(r"\b(?:race|racing|parkrun)\b|\b(?:sore|pain|hurts?|ache\w*|tired|dead)\b", plain)
        and not DAY.search(plain)
    ):
        # "run every day, where does strength go?": after two easy runs (the yes for a yes/no ask only)
        asked = normalize(" ".join(asks))
        if rx.search(r"\b(?:when|where|how|what|which|tips?)\b", asked) and not rx.search(
            r"\b(?:can|could|should) i\b|\bis there\b", asked
        ):
            return "L" + DAILY_TEXT.removeprefix("Yes: l")
        return DAILY_TEXT
    easy_shared = _easy_shared(message, asks)
    if easy_shared is not None:
        return easy_shared
    only_hard = _only_hard_days(plain)
    if asks and only_hard is not None:
        return only_hard
    told_days = {m.group(1) for m in DAY.finditer(plain)}
    same_day = bool(
        _SAME_DAY.search(plain)
        and _HARD_SHARED.search(plain)
        # (one day told, twice: "weekends, Saturday and Sunday, long run Sunday" has Saturday free)
        and len(told_days) == 1
    )
    if not asks or not _ONLY_SLOT.search(plain) or not (_SAME_AS_RUN.search(plain) or same_day):
        return None
    if rx.search(r"\b(?:race|racing|parkrun)\b", plain):
        return None  # a race in the week: the race-day rules (week_verdict) answer
    if _HARD_SHARED.search(plain) and rx.match(
        r"(?:so )?(?:can|could|is it|would it|will it|should) i? ?", normalize(asks[-1])
    ):
        # "...that's when I do my long run. Can I lift that day too?": the yes/no first
        return (
            "Yes, if it really is your only day: run first and lift straight after, never the other way "
            "round, and keep it short and controlled. Better still: the article keeps strength work off "
            "hard-run days, so a 15–20 minute bodyweight session at home on an easy day beats the gym that "
            "day.\nTry one: /workout home"
        )
    if _HARD_SHARED.search(plain):
        return (
            "Best on another day: the article keeps strength work off hard-run days, so a short bodyweight "
            "session at home on an easy day (15–20 minutes, no gym needed) beats the gym that day.\n"
            "If that day really is the only time, run first and lift straight after, never the other way "
            "round, and keep it short and controlled.\nTry one: /workout home"
        )
    if rx.search(
        r"\b(?:before or after|after or before|which (?:first|order)|what order)\b", normalize(asks[-1])
    ):
        return (
            "After: run first, then lift, the same day; the article puts the run first when the two share a "
            "day.\nKeep it to 15–20 minutes, and off any hard-run day and the day before a race.\n"
            "Try one: /workout"
        )
    yes = (
        "Yes, that"
        if rx.match(r"(?:is|are|can|could|will|would|should|does|do) ", normalize(asks[-1]))
        else "That"
    )
    return (
        f"{yes} works: run first, then lift, the same day; the article puts the run first when the two share "
        "a day.\nKeep it to 15–20 minutes, and off any hard-run day and the day before a race.\n"
        "Try one: /workout"
    )


# ---- Legs the day before a hard run, and dead for it: "leg day Monday, long run Tuesday. Move it?" -------
_DAYS_RE = r"(mon|tue|wed|thu|fri|sat|sun)[a-z]*"
_LIFT_DAY = rx.compile(
    r"\b(?:leg day|legs|leg session|lifting|lift|strength|gym|squats?|weights)\b(?: \w+){0,3} (?:on )?"
    + _DAYS_RE
    + r"\b|\b"
    + _DAYS_RE
    + r"s? (?:is |are )?(?:my )?(?:leg day|legs|lifting|strength|gym)\b"
)
_DEAD = rx.compile(r"\b(?:dead|heavy|tired|flat|sore|wrecked|trashed|sluggish|no energy|fried|toast)\b")
_MOVE_ASK = rx.compile(r"\b(?:move|change|switch|swap|shift|reschedule|rearrange)\b|\bdifferent day\b")


# "quads still fried from Sunday's long run, ok to do my leg session tomorrow?": sore from a run done, the
# strength session asked about for the next day or two.
_SORE_FROM = rx.compile(
    r"\b(?:still |so |really |totally )?(?:dead|heavy|tired|sore|wrecked|trashed|fried|toast|cooked|battered|"
    r"smashed|stiff)\b(?: \w+){0,3} (?:from|after) (?:my |the |yesterdays |sundays |saturdays |last nights |"
    r"\w+s )?(?:\w+ )?(?:long run|lr|long one|race|marathon|half|tempo|intervals|run|workout|session)\b"
)
_NEXT_LIFT_ASK = rx.compile(
    r"\b(?:ok|okay|fine|alright|good|safe|smart|wise)\b(?: \w+){0,3} (?:to )?(?:do|lift|hit|go|train)\b|"
    r"\b(?:can|could|should) i (?:still )?(?:do|lift|hit|go|train)\b|\bor (?:nah|not|skip|wait|rest)\b"
)
_SOON = rx.compile(r"\b(?:tomorrow|tmrw|tmr|tomoz|today|tonight|this (?:evening|afternoon|morning))\b")
_LEG_SESSION = rx.compile(
    r"\b(?:leg|legs|strength|gym|lifting|weights) ?(?:sesh|session|day|workout|work)?\b"
)
SORE_NEXT_TEXT = (
    "Yes, if the soreness has mostly eased: the article only keeps strength work off hard-run days and the "
    "day before a race, and a leg session a day or more after the run breaks neither. Warm up first, "
    "keep the weights comfortable and controlled, and go lighter (or wait a day) if your legs are still "
    "very sore; not the day before your next hard run or race.\nTry one: /workout"
)


def sore_next_told(plain: str) -> bool:
    """Sore from a run done, with a day soon told (normalised text): the next-day session rule's case."""
    return bool(_SORE_FROM.search(plain) and _SOON.search(plain))


def _sore_next(plain: str, asks: list[str]) -> str | None:
    if not asks or not _SORE_FROM.search(plain) or not _SOON.search(plain):
        return None
    asked = normalize(" ".join(asks))
    if not (_NEXT_LIFT_ASK.search(asked) and _LEG_SESSION.search(asked)):
        return None
    if rx.search(
        r"\b(?:race|racing|parkrun|marathon|half|10k|5k)\b[^.]{0,30}\b(?:tomorrow|tmrw|tmr|tomoz|"
        r"this weekend|saturday|sunday)\b",
        plain,
    ) and not rx.search(
        r"\bfrom (?:my |the )?(?:race|"
        r"marathon|half)",
        plain,
    ):
        return None  # a race coming: the race-day rule answers
    return SORE_NEXT_TEXT


def move_day_reply(message: str) -> str | None:
    """A strength day the day before a hard run, legs dead for it, and "should I move it?": yes, and a
    day that leaves an easy day before the hard run."""
    plain = normalize(message)
    asks, _ = split_asks(message)
    sore_next = _sore_next(plain, asks)
    if sore_next is not None:
        return sore_next
    if not asks or not any(_MOVE_ASK.search(normalize(a)) for a in asks) or not _DEAD.search(plain):
        return None
    m = _LIFT_DAY.search(plain)
    if m is None:
        return None
    lift = (m.group(1) or m.group(2))[:3]
    hard = {d for d, v in _week(plain).items() if v.startswith("hard")} | set(busy_days(plain))
    hard.discard(lift)
    i = _DAY_NAMES.index(lift)
    nxt = _DAY_NAMES[(i + 1) % 7]
    if nxt not in hard:
        return None
    what = _week(plain).get(nxt, "hard: run").replace("hard: ", "")
    for step in range(2, 7):
        cand = _DAY_NAMES[(_DAY_NAMES.index(nxt) + step) % 7]
        if cand not in hard and _DAY_NAMES[(_DAY_NAMES.index(cand) + 1) % 7] not in hard:
            break
    return (
        f"Yes: your legs session sits the day before your {what}, so move it to leave an easy day between "
        f"them ({DAY_NAMES[_DAY_NAMES.index(cand)]} would do). The article keeps strength work off hard-run "
        "days and the day before a race so you start fresh; on a day you also run, run first."
    )


# "which session should I drop?", "which one do I skip?" with a race and the lift days told.
_DROP_ASK = rx.compile(
    r"\b(?:which|what) (?:\w+ ){0,2}(?:should|do|would|can|shall) i (?:drop|skip|cut|miss|ditch|lose|bin|"
    r"sacrifice)\b|\b(?:drop|skip|cut|ditch) which\b"
)
# The race week's other asks the drop reply answers ("and should I go lighter?").
DROP_COVERS = rx.compile(
    r"\b(?:drop|skip|cut|ditch|light|lighter|lightly|heavy|heavier|less|easier|ease off|back off|taper|"
    r"as normal|as usual)\b"
)
_LIFTING = rx.compile(r"\b(?:lift\w*|gym|strength|leg days?|legs|weights|sessions?)\b")


# "10k on Sunday, I always lift Saturday: do it anyway or skip?": the one lift day against the race.
_EVE_ASK = rx.compile(
    r"\b(?:skip|skipping|omit|anyway|as normal|as usual|still (?:do|lift|go|train)|move (?:it|them|the "
    r"session)|"
    r"should i (?:do|lift|still|train|go|omit|skip)|or not|is (?:that|it) (?:ok|okay|fine|alright))\b"
)


_CHANGE_ASK = rx.compile(
    r"\b(?:change|adjust|tweak|alter) (?:anything|something|my (?:plan|routine|week|schedule)|the plan)\b|"
    r"\bany changes\b|\bwhat (?:should|do) i change\b|"
    r"\bkeep (?:it|them|everything) (?:the same|as (?:is|normal))\b"
)


def _days_against_race(lift: list[str], race: str, eve: str) -> str:
    """Two or more lift days and a race, asked whether to skip or keep them: the eve's session goes
    (the article's one firm rule), the others stay, the one nearest the race kept light."""
    r = _DAY_NAMES.index(race)
    near = sorted(lift, key=lambda d: (r - _DAY_NAMES.index(d)) % 7)
    names = [DAY_NAMES[_DAY_NAMES.index(d)] for d in near]
    if near[0] == eve:
        earlier = DAY_NAMES[(r - 3) % 7]
        rest = names[1:]
        tail = f" {_and(rest)} can stay as normal." if rest else ""
        return (
            f"Skip or move {names[0]}: it's the day before your race, and the article says no strength work "
            f"then, so your legs recover ({earlier} works instead, light and familiar).{tail}"
        )
    gap = (r - _DAY_NAMES.index(near[0])) % 7
    days = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}.get(gap, str(gap))
    rest = names[1:]
    return (
        f"No need to skip {names[0]}: it's {days} days before your race, and the article only rules out the "
        f"day before. Going a bit lighter that session is sensible. {_and(rest)} can stay as normal."
    )


def drop_reply(message: str) -> str | None:
    """ "10k on Sunday, I lift Thursday and Saturday: which session should I drop?": the one on the
    race's eve (the article's one firm rule); none if neither is. One lift day told ("I always lift
    Saturday, do it anyway or skip?"): skip or move it if it's the eve, keep it if not."""
    plain = normalize(message)
    drop_ask = bool(_DROP_ASK.search(plain))
    # "I lift Tuesday and Friday, race Sunday: should I change anything?": their days against the race
    change_ask = bool(_CHANGE_ASK.search(plain))
    if not drop_ask and not change_ask and not _EVE_ASK.search(plain):
        return None
    race = race_day(plain)
    if race is None:
        return None
    lift: list[str] = []
    for chunk in rx.split(r"[,.;:!?]|\bbut\b", message.lower()):
        told = normalize(chunk)
        if _LIFTING.search(told):
            # the days told with the lifting, not the race's ("10k on Sunday and usually lift Thu and Sat")
            racing = [r.span() for r in _RACE_DAY.finditer(told)]
            lift += [
                m.group(1)
                for m in DAY.finditer(told)
                if m.group(1) != race and not any(a <= m.start() < b for a, b in racing)
            ]
    lift = list(dict.fromkeys(lift))
    eve = _DAY_NAMES[(_DAY_NAMES.index(race) - 1) % 7]
    if len(lift) == 1 and not drop_ask:
        day = DAY_NAMES[_DAY_NAMES.index(lift[0])]
        if lift[0] == eve:
            earlier = DAY_NAMES[(_DAY_NAMES.index(race) - 3) % 7]
            return (
                f"Skip it or move it: {day} is the day before your race, and the article says no strength "
                f"work then, so your body has time to recover. Do it earlier in the week instead ({earlier} "
                f"works), light and familiar, and go back to {day}s after the race."
            )
        lead = (
            "No, keep it"
            if rx.search(r"\b(?:skip|omit|drop|move)\b", plain)
            else "Yes, keep it"
            if rx.search(r"\b(?:ok|okay|fine|alright|still|anyway)\b", plain)
            else "Keep it"
        )
        return (
            f"{lead}: {day} isn't the day before your race, the one day the article rules out. Keep it "
            "light and familiar as the race nears."
        )
    if len(lift) >= 2 and not (drop_ask or change_ask):
        # (r16 za) "lift Tuesdays and Fridays, 10k on Sunday: skip Friday's session or go light? And is
        # Tuesday fine as normal?": each day told against the race's eve, the nearer one first
        return _days_against_race(lift, race, eve)
    if len(lift) < 2 or not (drop_ask or change_ask):
        return None
    keep = [DAY_NAMES[_DAY_NAMES.index(d)] for d in lift if d != eve]
    if change_ask and not drop_ask:
        if eve in lift:
            earlier = DAY_NAMES[(_DAY_NAMES.index(race) - 3) % 7]
            return (
                f"One change: move {DAY_NAMES[_DAY_NAMES.index(eve)]}, the day before your race (the "
                f"article says no strength work then), to {earlier} or drop it this week. Keep {_and(keep)}, "
                "light and familiar: no new exercises or heavier weights in race week."
            )
        are = "is" if len(keep) == 1 else "are"
        return (
            f"No change needed: {_and(keep)} {are} clear of the day before your race, the one day the "
            "article rules out. Keep them light and familiar this week: no new exercises or heavier weights."
        )
    if eve in lift:
        return (
            f"Drop {DAY_NAMES[_DAY_NAMES.index(eve)]}: it's the day before your race, and the article says "
            f"to skip strength work then so you start fresh. Keep {_and(keep)}, light and familiar: "
            "race week is no time for new exercises or heavier weights."
        )
    return (
        f"Neither has to go: the article's firm rule is no strength work the day before the race, and "
        f"{_and(keep)} {'is' if len(keep) == 1 else 'are'} clear of it. Keep race week light and familiar."
    )
