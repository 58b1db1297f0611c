"""Form and technique asks, self-checks and the verdicts about them (round 14, tuner wc).

Whole-message replies for asks the topic retrieval tends to miss because their words point elsewhere:
"any ground rules so I don't hurt myself?" (the form rules, not injury prevention), "how do I not look
like a noob on the leg press?" (its form, not the easier version), "how can I tell if my legs are out of
balance?" (the signs, not the advice to balance them), "my lunges get wobbly as I add weight, push
through?" (No: form first), "is lifting for runners mostly about size?" (No) and "I skip leg day
because I run, mistake?" (Yes). Pure: text in, text out.
"""

from __future__ import annotations

from content import rx
from content.asks import named_exercises
from content.cards import exercises_for_muscle
from content.compose import FORM_RULES_TEXT
from content.exercises import EXERCISES
from content.lookup import find_muscle
from content.model import Exercise
from content.one_ask import _FORM_BREAKS, _GO_HEAVIER, FORM_FIRST_HEAVIER
from content.reasons import reason

# "any ground rules", "general rules for doing leg exercises right", "safety tips", "dos and don'ts",
# "how do I lift without hurting myself": the rules for every exercise, no one move named.
_RULES_ASK = rx.compile(
    r"\b(?:ground|general|basic|golden|main|key|safety|form|technique|lifting|universal|simple)"
    r" (?:rules|tips|pointers|guidelines|principles|advice)\b|"
    r"\b(?:rules?|guidelines?|principles?|dos and donts|do and donts) (?:of|for|to|when|on)\b|"
    r"\bdos and donts\b|\bsafety (?:first|wise)\b|"
    r"\b(?:how|way) (?:do i |can i |should i |to )?(?:do|perform|train|lift|exercise)"
    r" (?:(?:leg|strength|the|my|these|those|any) )?(?:exercises?|moves?|lifts?|work|workouts?|"
    r"weights?|training) (?:right|properly|correctly|safely|the right way)\b|"
    r"\b(?:without|so i dont|not to|avoid|to avoid|so as not to|dont want to)"
    r" (?:hurting|hurt|injuring|injure|getting hurt|get hurt|getting injured|get injured|wrecking|"
    r"wreck|screwing|screw) (?:myself|me|my body|up)?\b.{0,30}\b(?:doing|when|while|during|with|in)"
    r" (?:(?:the|my|these|those|any|leg|strength) )*(?:leg work|legs?|strength|weights?|lifting|"
    r"exercises?|workouts?|training|gym|sessions?|leg day)\b"
)
# "what moves can I teach, and any safety tips?": the moves are asked too (left to the routine reply).
_MOVES_ASK = rx.compile(
    r"\b(?:what|which|give me|list|some|good|best)\b.{0,30}\b(?:moves|exercises|workouts?|routine|drills)\b"
)
# A rules ask about a topic that is not form: "rules for rest days", "tips for hill repeats timing".
_NOT_FORM = rx.compile(
    r"\b(?:rest|recover\w*|schedul\w*|timing|race|races|racing|week|weeks|weekly|days?|often|"
    r"frequency|diet|eat\w*|food|sleep|stretch\w*|warm\w*|plan|programme|program|progress\w*|"
    r"beginners? plan|mileage|order|before|after)\b"
)

# "is there a breathing rule when lifting?", "a rule about locking the knees?": one rule asked, which
# its own reply says (not the whole list). (Lead, after test26-051.)
_ONE_RULE = rx.compile(
    r"\b(?:breath\w*|exhal\w*|inhal\w*|lock\w*|range of motion|full range|bounc\w*|tempo|how fast|"
    r"how slow|how heavy|what weight)\b"
)

# Form asks about one named move.
_LOOK_NOOB = rx.compile(
    r"\b(?:look|looking|seem|seeming) (?:like )?(?:a |an )?(?:total |complete |absolute |massive )?"
    r"(?:noob|newb|newbie|n00b|beginner|amateur|idiot|fool|rookie|clown|muppet|dork|stupid|silly|dumb)\b|"
    r"\bembarrass\w*\b"
)
_FORM_WORD = rx.compile(
    r"\b(?:form cues?|cues?|proper form|good form|correct form|right form|form tips?|technique|"
    r"form check|do (?:it|them|this|that) (?:right|properly|correctly)|the right way|properly|correctly)\b"
)
_DEPTH_ASK = rx.compile(
    r"\bhow (?:low|deep|far down|far)\b|\b(?:depth|how much do i bend|bend (?:my knees? )?how far)\b"
)
_KNEES_ASK = rx.compile(
    r"\b(?:where|how) (?:do|should|does|must) (?:my |the )?knees? (?:go|be|point|sit|stay|end up)\b|"
    r"\bknees? (?:past|over|behind|in front of|beyond|ahead of) (?:my |the )?(?:toes?|ankles?|feet)\b|"
    r"\bwhere (?:do|should) (?:my |the )?knees?\b"
)
_PAIN = rx.compile(r"\b(?:pain\w*|hurts?|hurting|ache\w*|aching|sore|injur\w*|swollen|swelling|tweak\w*)\b")
_KNEE_LINE = "Keep your knees over your ankles, in line with your feet, never out past your toes."
_FORM_TAIL = (
    "Also: full range, slow and controlled, breathe out on the push, and a weight you can move with "
    "good form."
)

# "my lunges get wobbly by the last reps as I add weight, push through?": form breaking down under
# a load that keeps rising.
_FORM_SLIPS = rx.compile(
    r"\b(?:wobbl\w*|shak\w*|sloppy|sloppier|messy|ugly|breaks? down|breaking down|falls? apart|"
    r"falling apart|going to pot|goes to pot|cave\w*|collaps\w*|lose (?:my |the )?form|losing (?:my |the )?"
    r"form|lost (?:my |the )?form|form (?:goes|slips|breaks|suffers|gets worse|gets bad|deteriorat\w*)|"
    r"cheat\w*|grind\w*|swing\w*|struggl\w*)\b"
)
_LOAD_PUSH = rx.compile(
    r"\b(?:push through|push on|keep (?:adding|going|pushing|increasing)|grind (?:it )?out|power through|"
    r"add(?:ing)? (?:more )?(?:weight|load|plates|kg|kilos)|heavier|more weight|go up in weight|"
    r"increase the weight|that'?s how you grow|how you (?:grow|get stronger)|ego lift\w*|every session)\b"
)

# "how can I tell if my legs are out of balance?", "what does a muscle imbalance look like?",
# "signs of weak hips?": what to look for.
_IMBALANCE = (
    r"(?:imbalance\w*|imbalanced|out of balance|unbalanced|lopsided|uneven|one side (?:is )?weaker|"
    r"one leg (?:is )?weaker|weaker (?:side|leg))"
)
_SELF_CHECK = rx.compile(
    r"\b(?:how (?:can|do|would|could|will|should) (?:i|you|we|one|someone|a runner) (?:tell|know|check|"
    r"spot|see|find out|figure out|test|notice|recogni[sz]e|identify)|what are (?:the )?(?:signs|symptoms)|"
    r"(?:signs?|symptoms?|giveaways?|tell-?tale|red flags?) (?:of|that)|how do (?:you|i) know|"
    r"what (?:does|do|would|might) (?:an? |my |the )?(?:\w+ ){0,3}(?:look|looks) like|"
    r"(?:looks?|shows?|showing|show up) (?:like|in)|am i|do i have|have i got|test for|check for)\b"
    rf".{{0,60}}\b{_IMBALANCE}\b|\b{_IMBALANCE}\b.{{0,40}}\b(?:look like|looks like|show up|signs?|"
    r"symptoms?|tell|spot|notice|check)\b"
)
IMBALANCE_SIGNS_TEXT = (
    "Signs to look for:\n"
    "• Your legs angling inward or outward instead of each stride tracking straight (often weak hips).\n"
    "• Your trunk leaning forward as you run (often weak glutes).\n"
    "• One side or one group clearly weaker: a one-legged squat or step-up much harder on one leg, "
    "or quads far stronger than hamstrings.\n"
    "Imbalances like these are a major cause of overuse injuries to knees, hips and feet. Fix them by "
    "balancing every quad exercise with hamstring work and doing one-legged moves, weaker leg first."
)

# "is lifting for runners mostly about building muscle size?": No.
_SIZE_VERDICT = rx.compile(
    r"^(?:so |but |and )?(?:is|isnt|are|arent) (?:\w+ ){0,6}?(?:mostly|mainly|just|only|all|really|purely|"
    r"primarily|basically|simply)? ?(?:about|for) (?:building |adding |getting |gaining |putting on )?"
    r"(?:muscle size|size|bigger muscles|big muscles|muscle mass|mass|bulk\w*|getting big(?:ger)?|"
    r"muscle|muscles|looking big)\b"
)
_LIFT_WORD = rx.compile(r"\b(?:lift\w*|strength|weights?|gym|leg day|leg work|resistance|training)\b")
SIZE_VERDICT_TEXT = (
    "No: size isn't the point. Strength work for runners builds strength that running alone can't, "
    "and just as much it improves your alignment and coordination (balance moves train the small "
    "muscles that steady your posture) and helps prevent injuries. With a balanced programme it won't "
    "bulk you up."
)

# "I skip leg day cause I run, big mistake?", "is it ok to skip leg day since I run?",
# "gym bros say never skip leg day, does that apply to runners?"
_SKIP = rx.compile(
    r"\b(?:skip\w*|omit\w*|ditch\w*|avoid\w*|never do|dont do|never bother with|dont bother with)\b"
    r".{0,25}\b(?:leg days?|leg work|leg training|leg sessions?|strength work|strength training|lifting|"
    r"weights)\b"
)
_BECAUSE_RUN = rx.compile(
    r"\b(?:runners?|running|i run|cause i run|because i run|since i run|as i run|i already run|"
    r"my runs?)\b"
)
_MISTAKE = rx.compile(
    r"\b(?:mistake|bad idea|bad|wrong|dumb|stupid|problem|issue|error|hurting me|costing me|big deal)\b"
)
_OK_TO_SKIP = rx.compile(
    r"\b(?:ok|okay|fine|alright|all right|acceptable|get away with|can i (?:skip|omit|ditch|drop|miss)|"
    r"is it enough|running enough|enough on its own)\b"
)
_SKIP_WHY = (
    "running builds endurance but is an inefficient way to build strength. Twice-weekly leg work makes "
    "you faster and better on hills, keeps your stride aligned and, above all, helps prevent injuries."
)


# "quads on fire, hammies weak af, how do I fix that?", "quads jacked, glutes weak sauce": one group told
# strong, another weak. A fallback (weak_partner_fix): when the reply leads with neither the weak group
# nor its moves, the weak group's moves (not more for the strong one).
_MUSCLE = r"(?:quads?|quadriceps|hamstrings?|hammies|glutes?|butt|bum|calf|calves|hips?)"
_WEAK = (
    r"(?:weak\w*|noodles?|noodly|lazy|switched off|asleep|sleeping|puny|tiny|lagging|lag|useless|"
    r"pathetic|dead|not firing|dont fire|wont fire|underdeveloped|feeble|non ?existent)"
)
_LINKS = (
    r"(?: (?:are|is|r|feel|feels|seem|seems|kinda|so|really|pretty|very|just|still|way|too|totally|"
    r"super|af|like|basically|=|my|do|does|doing|always)){0,3}"
)
_WEAK_MUSCLE = rx.compile(rf"\b(?P<m>{_MUSCLE})\b{_LINKS} {_WEAK}\b|\b{_WEAK} (?P<m2>{_MUSCLE})\b")
_STRONG = (
    r"(?:strong\w*|jacked|huge|big|massive|on fire|dominant|overdeveloped|overpower\w*|beefy|"
    r"do all the work|does all the work|doing all the work|take over|takes over|taking over|"
    r"stacked|swole|bulky|built|buff|ripped)"
)
_STRONG_MUSCLE = rx.compile(rf"\b(?P<m>{_MUSCLE})\b{_LINKS} {_STRONG}\b|\b{_STRONG} (?P<m2>{_MUSCLE})\b")
_ADJ = {"quads": "quad", "hamstrings": "hamstring", "glutes": "glute", "calves": "calf", "hips": "hip"}
_PROBLEM_ASK = rx.compile(
    r"\b(?:problem|issue|bad|matter|matters|worry|worried|concern\w*|big deal|normal|okay|ok|fine)\b"
)


def weak_partner_fix(plain: str, said: str) -> tuple[str, str] | None:
    """The weak group's moves when ``plain`` tells one group strong and another weak and the reply
    ``said`` doesn't lead with the weak one (nor its first move); else None."""
    weak = _WEAK_MUSCLE.search(plain)
    if weak is None or len(plain.split()) > 25 or rx.search(r"\bwhy\b", plain) or _PAIN.search(plain):
        return None  # (a long message asks for more than the moves; a why wants the reason)
    if len(list(_WEAK_MUSCLE.finditer(plain))) > 1:
        return None
    weak_m = find_muscle(weak.group("m") or weak.group("m2"))
    strong = [find_muscle(m.group("m") or m.group("m2")) for m in _STRONG_MUSCLE.finditer(plain)]
    strong_m = next((m for m in strong if m is not None and weak_m is not None and m.id != weak_m.id), None)
    if weak_m is None or strong_m is None:
        return None
    moves = [
        e for e in exercises_for_muscle(weak_m.id) if not e.variation_of and e.setting in ("home", "gym")
    ][:3]
    if not moves:
        return None
    weak_name, strong_name = weak_m.name.lower(), strong_m.name.lower()
    head = said[:80].lower()
    if _ADJ.get(weak_name, weak_name) in head:
        return None
    names = [e.name.lower() for e in moves]
    listed = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
    weak_adj, strong_adj = _ADJ.get(weak_name, weak_name), _ADJ.get(strong_name, strong_name)
    lead = (
        f"Yes, it's worth fixing: strong {strong_name} with weak {weak_name} is the kind of imbalance that "
        "pulls you out of alignment and sets up overuse injuries."
        if _PROBLEM_ASK.search(plain)
        else f"Bring the {weak_name} up rather than adding more {strong_adj} work."
    )
    held = " (the bridge held 30 s)" if "bridge" in names else ""
    balance = (
        f"Balance every {strong_adj} exercise with a {weak_adj} one."
        if weak_m.id in strong_m.opposes
        else "Keep the work all-round, no group lagging behind."
    )
    text = (
        f"{lead} For the {weak_name}: the {listed}, 2–3 sets of 12–15 reps{held}, twice a week. "
        f"{balance}\nMore: /muscle {weak_name}"
    )
    return text, f"muscle:{weak_m.id}"


# "is it possible to be strong without big?", "can I get stronger legs without bulking up?", "will I stay
# lean?": Yes (the bulk rule's "No" answers "will it make me bulky?", the opposite ask).
_WITHOUT_BULK = rx.compile(
    r"\b(?:without|and not|but not|while not|instead of) (?:getting |becoming |going |adding |putting on |"
    r"gaining |looking |turning |being |get |become |look |be )?(?:too |really |very |super |so |all )?"
    r"(?:big|bigger|bulky|bulk|bulking|bulked up|bulking up|huge|heavy|heavier|size|mass|muscly|muscular|"
    r"massive|like a bodybuilder)\b|"
    r"\b(?:stay|staying|keep|remain) (?:lean|light|slim|skinny|small|thin|lightweight)\b"
)
_HOW_NO_BULK_TEXT = (
    "Keep the programme balanced, every group trained, with a load that tires you by 12–15 reps, 2–3 "
    "sets (many coaches now favour heavier weights with fewer reps). That builds strength without bulking "
    "you up or slowing you down."
)
_CAN_ASK = rx.compile(r"\b(?:can|could|possible|is it|will|would|way to|is there)\b")
_WITHOUT_BULK_TEXT = (
    "a balanced programme builds strength without bulking you up or slowing you down. Many coaches now "
    "favour heavier weights with fewer reps: a load that tires you by 12–15 reps, 2–3 sets."
)

# "is the whole 'runners should only lift light' idea outdated?", "is lifting light still right for
# runners?": the old advice, and the verdict its ask wants (outdated: Yes; still right: No).
_LIGHT_IDEA = rx.compile(
    r"\b(?:only|just|stick to|always|should) (?:lift |lifting |use |using |go |do |train )?"
    r"(?:light|lighter|light weights?|low weights?)\b|\blight weights?,? (?:and |with )?high reps\b"
)
_OUTDATED = rx.compile(
    r"\b(?:outdated|out of date|old ?school|old ?fashioned|dated|myth|debunked|wrong|over)\b"
)
_STILL_TRUE = rx.compile(r"\b(?:still (?:true|right|valid|best|the way)|true|right|correct|best)\b")
_LIGHT_WHY = (
    "the old advice to stick to light weights has given way. Many coaches now recommend heavier weights "
    "with fewer reps, a load that tires you by 12–15 reps (2–3 sets), as the best way to strengthen "
    "muscles and ligaments, with good form on every rep."
)


def _form_steps(ex: Exercise) -> str:
    steps = " ".join(f"{i}) {s}" for i, s in enumerate(ex.steps, 1))
    return steps


def _exercise_form(plain: str) -> tuple[str, str] | None:
    named = named_exercises(plain)
    if len(named) != 1:
        return None
    tid = named[0]
    ex = EXERCISES.get(tid.split(":", 1)[1])
    if ex is None:
        return None
    depth = bool(_DEPTH_ASK.search(plain))
    knees = bool(_KNEES_ASK.search(plain))
    noob = bool(_LOOK_NOOB.search(plain))
    if not (noob or (depth and knees) or (knees and _FORM_WORD.search(plain))):
        return None
    card = f"Full card: /exercise {ex.name.lower()}"
    if noob:
        cue = ex.cues[0] if ex.cues else ""
        return f"{ex.name}: {_form_steps(ex)}\nKey cue: {cue} {_FORM_TAIL}\n{card}", tid
    parts: list[str] = []
    if depth:
        low = [s for s in ex.steps if rx.search(r"90|right angle|until|parallel", s)]
        parts.append(
            low[0] if low else "Go as low as you can while keeping good form, about thighs parallel."
        )
        if low and "90" in low[0]:
            parts[-1] = parts[-1].rstrip(".") + " (thighs about parallel to the floor)."
    knee_cues = [c for c in ex.cues if "knee" in c.lower() and "toe" in c.lower()]
    parts.append(_KNEE_LINE if not knee_cues else f"{knee_cues[0].rstrip('.')}: keep them over your ankles.")
    return f"{ex.name}: {' '.join(parts)}\n{card}", tid


def _skip_verdict(plain: str) -> str | None:
    if not (_SKIP.search(plain) and _BECAUSE_RUN.search(plain)):
        return None
    if rx.search(r"\b(?:upper body|arms?|chest|core|abs)\b", plain):
        return None
    bad = _MISTAKE.search(plain)
    if bad:
        said = "a bad idea" if bad.group(0) == "bad idea" else "a mistake"
        return f"Yes, it's {said}: {_SKIP_WHY}"
    if _OK_TO_SKIP.search(plain):
        return f"No: {_SKIP_WHY}"
    if rx.search(r"\b(?:apply|applies|true for|go for|count for)\b", plain):
        return f"Yes: {_SKIP_WHY}"
    return None


def technique_reply(plain: str, asks: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """The reply and its topic id for a one-ask message (normalised) of this class, or None. ``asks``:
    the message's asks, normalised ("should I keep going heavier?" is one_ask.py's own verdict)."""
    if _PAIN.search(plain) and not rx.search(r"\b(?:hurt|hurting|injur\w*)\b.{0,10}\bmyself\b", plain):
        return None
    if _SELF_CHECK.search(plain):
        return IMBALANCE_SIGNS_TEXT, "rule:opposing_balance"
    if (
        (_FORM_SLIPS.search(plain) or _FORM_BREAKS.search(plain))
        and not any(_GO_HEAVIER.search(a) for a in asks)
        and _LOAD_PUSH.search(plain)
        and named_exercises(plain)
    ):
        return FORM_FIRST_HEAVIER, "rule:form_first"
    if _WITHOUT_BULK.search(plain) and not rx.search(r"\b(?:why|what|which)\b", plain):
        if rx.search(r"\bhow (?:heavy|much|many|often|long|far|hard)\b", plain):
            return None  # (the amount asked leads: the bulk rule's own reply)
        if rx.search(r"^(?:\w+ ){0,3}how\b", plain):
            return _HOW_NO_BULK_TEXT, "rule:bulk"
        if _CAN_ASK.search(plain):
            return f"Yes: {_WITHOUT_BULK_TEXT}", "rule:bulk"
    if _LIGHT_IDEA.search(plain) and not rx.search(r"\b(?:why|how|what|which|when)\b", plain):
        bulk = rx.search(r"\b(?:bulk\w*|big|bigger|slow|slower|heavy legs)\b", plain)
        why = (
            f"{_LIGHT_WHY} With a balanced programme it won't bulk you up or slow you down."
            if bulk
            else _LIGHT_WHY
        )
        if _OUTDATED.search(plain):
            return f"Yes: {why}", "rule:sets_reps"
        if _STILL_TRUE.search(plain) or rx.match(
            r"^(?:so |but |and )?(?:should|do|must|have to|need to)\b", plain
        ):
            return f"No: {why}", "rule:sets_reps"
    if _SIZE_VERDICT.search(plain) and _LIFT_WORD.search(plain):
        return SIZE_VERDICT_TEXT, "rule:why_strength"
    skip = _skip_verdict(plain)
    if skip is not None:
        return skip, "rule:why_strength"
    ex_form = _exercise_form(plain)
    if ex_form is not None:
        return ex_form
    if (
        _RULES_ASK.search(plain)
        and not named_exercises(plain)
        and not _NOT_FORM.search(plain)
        and not _MOVES_ASK.search(plain)
        and not _ONE_RULE.search(plain)
    ):
        return FORM_RULES_TEXT, "rule:form_first"
    return None


# "glute activation - meme or legit?", "is skipping a proper exercise or just a playground thing?": a
# choice between "it's real" and a dismissal, answered with the article's move or muscle but no verdict.
_LEGIT_OR = rx.compile(
    r"\b(?:legit|legitimate|real|proper|worth it|worthwhile|useful|valid|a thing)\b.{0,30}\bor "
    r"(?:just |only |is it |a |an |some )*(?:meme|hype|fad|gimmick|nonsense|bs|bull\w*|rubbish|myth|"
    r"bro science|broscience|trend|marketing|playground|kids|instagram|tiktok|fluff|waste)\w*\b|"
    r"\b(?:meme|hype|fad|gimmick|nonsense|myth|bro science|broscience|trend)\w* or (?:\w+ )?"
    r"(?:legit|legitimate|real|proper|worth it|useful)\b"
)
# "do strong glutes really change how upright I run?": a yes/no about what a muscle group does.
_MUSCLE_CLAIM = rx.compile(
    rf"^(?:(?:so|and|but) )?(?:do|does|can|will|would|could) (?:having )?(?:strong|stronger|"
    rf"strengthening|weak|weaker|lazy|better) (?:my |your |the )?{_MUSCLE}\b"
)
_HAS_VERDICT = rx.compile(
    r"^(?:Yes|No|Not|Legit|Real|Proper|Worth|True|False|It'?s (?:real|legit|true|a myth|not|worth|proper))\b"
)


def verdict_lead(plain: str, said: str, topic: str | None) -> str | None:
    """``said`` with the verdict its ask wanted put first, or None when it has one or none is due."""
    if topic is None or _PAIN.search(plain):
        return None
    claim = _MUSCLE_CLAIM.search(plain)
    if (
        claim
        and said.startswith("No")
        and (topic.startswith("muscle:") or rx.search(r"\bweak\b", said.split(". ", 1)[-1]))
        and (
            rx.search(r"\b(?:weak|weaker|lazy)\b", claim.group(0))
            # "would strong glutes stop me leaning forward?": the "No" was to leaning, the weakness is linked
            or rx.search(r"\bweak\b", said.split(". ", 1)[-1])
        )
        and ". " in said
    ):
        # "can weak glutes make me lean forward?" read as "can I lean forward?": weak muscles do cause it
        return f"Yes. {said.split('. ', 1)[1]}"
    if _HAS_VERDICT.match(said):
        return None
    kind = topic.split(":", 1)[0]
    if _LEGIT_OR.search(plain) and kind in ("exercise", "muscle", "rule") and topic != "rule:bulk":
        rest = said.removeprefix("Because ")
        return f"Legit, for runners too. {rest[:1].upper()}{rest[1:]}"
    if _MUSCLE_CLAIM.search(plain) and kind == "muscle" and not rx.search(r"\bor\b", plain):
        because = reason(topic)
        if because is not None and because.startswith("Because ") and not said.startswith("Because"):
            # "do strong glutes really keep me upright?": the verdict and what the muscle does for it,
            # not the muscle's card
            pointers = [x for x in said.split("\n") if x.startswith(("More:", "Full card:", "Try one:"))]
            return "\n".join([f"Yes: {because[8:]}", *pointers])
        return f"Yes. {said}"
    return None
