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
from content.anatomy import INJURIES, MUSCLES
from content.asks import named_exercises
from content.cards import exercises_for_muscle
from content.compose import FORM_RULES_TEXT
from content.exercises import EXERCISES
from content.lookup import find_muscle
from content.model import Exercise
from content.one_ask import (
    _FORM_BREAKS,
    _GO_HEAVIER,
    BASICS_TEXT,
    FORM_FIRST_HEAVIER,
    FORM_FIRST_MATTERS,
    MATTERS_ASK,
)
from content.reasons import reason
from content.safety import returning

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
    r"add(?:ed|ing)? (?:more )?(?:weight|load|plates|kg|kilos)|heavier|more weight|go up in weight|"
    # (r20 fb) the load already raised, told in the past: "I've added weight every week", "upped the
    # weight", "since I went up to 20kg", "moved up to the 25 kg dumbbells"
    r"up(?:ped|ping)? (?:the )?(?:weight|load|kg)|increas(?:e|ed|ing) (?:the )?(?:weight|load)|"
    r"(?:went|gone|go|going|moved|jumped|bumped|stepped) up (?:in weight|to (?:the )?\d+ ?(?:kg|kilos|lbs?))|"
    r"that'?s how you grow|how you (?:grow|get stronger)|ego lift\w*|every session)\b"
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

# "what happens to my running if my hips are weak?", "how do I know if my glutes are weak?", "signs of weak
# calves?", "what do weak hammies do to your stride?": what a weak group shows as (the article's signs
# for hips and glutes; for the others, what their job means when they can't do it), then its moves. (The
# topic retrieval lands on the muscle's card or the weak-hips injury's exercises, which say neither.)
_WEAK_WORD = (
    r"(?:weak|weaker|weakness|underdeveloped|under developed|undertrained|lazy|switched off|not firing)"
)
_GROUP = (
    r"(?:quads?|quadriceps|hamstrings?|hammies|glutes?|butt|bum|calf|calves|hips?|hip muscles?|"
    r"calf muscles?)"
)
_WEAK_GROUP = rx.compile(
    rf"\b{_WEAK_WORD} (?:\w+ )?(?P<m>{_GROUP})\b|"
    rf"\b(?P<m2>{_GROUP})\b(?: (?:are|is|r|were|being|get|gets|getting|"
    rf"feel|feels|might be|may be|could be|seem|seems|too|really|quite|a bit|pretty|so|very)){{0,3}} "
    rf"{_WEAK_WORD}\b"
)
_EFFECT_ASK = rx.compile(
    r"\b(?:what (?:actually |really |exactly )?(?:happens|goes wrong|would happen|will happen|can happen|"
    r"does it do|do they do|"
    r"does (?:that|this|it) (?:do|mean|cause)|do (?:weak \w+|they) (?:do|cause)|are the (?:effects?|"
    r"consequences?|signs?|symptoms?|results?)|would i (?:notice|see|feel)|"
    r"(?:would|will|do|does|can|could|might) (?!(?:you|i|we|me|u)\b)(?:\w+ ){0,3}(?:do|cause|mean)"
    r"(?! (?:for (?:them|it|those)|about|instead|there)))|"
    r"how (?:do|does|would|will|can|could) (?:that|it|this|they|weak \w+(?: \w+)?) (?:affect|hurt|change|"
    r"show|impact|mess)|how (?:can|do|would|could|will|should) (?:i|you|we|one) (?:tell|know|check|spot|see|"
    r"find out|figure out|test|notice|recogni[sz]e|identify)|how do (?:you|i) know|"
    r"(?:signs?|symptoms?|giveaways?|tell ?tale|effects?|consequences?) (?:of|that|my|your|for)|"
    r"(?:is|are) (?:there )?(?:any )?(?:signs?|symptoms?)|what does (?:\w+ ){1,3}(?:do|mean) (?:to|for))\b"
)
_WEAK_EFFECT = {
    "hips": (
        "Weak hip muscles let your legs angle in or out instead of each stride tracking "
        "straight, and that poor alignment strains the knees, hips and feet; runners are known for hip "
        "imbalances. Watch (or film) your stride for legs drifting in or out."
    ),
    "glutes": (
        "Weak glutes can let your trunk lean forward as you run, so you lose the tall posture and "
        "alignment strong glutes give you. A trunk that tips forward as you run is the sign to look for."
    ),
    "quads": (
        "The article gives no sign list for the quads, but they steady the knee and soak up the shock "
        "of each landing, so weak ones leave the knee less steady; quads lagging behind (or far ahead "
        "of) the hamstrings is the kind of imbalance behind knee, hip and foot overuse injuries."
    ),
    "hamstrings": (
        "The article gives no sign list for the hamstrings, but weak ones beside stronger quads are the "
        "opposing-muscle imbalance it calls a major cause of overuse injuries to knees, hips and feet; "
        "they also drive the hip back and lift the knee behind you, so that part of each stride suffers."
    ),
    "calves": (
        "The article gives no sign list for the calves, but they cushion each landing and put the spring "
        "in your toe-off, so weak ones mean less bounce and more impact passed up the leg; calf work "
        "is also its remedy for shin splints."
    ),
}


def weak_effect_reply(plain: str) -> tuple[str, str] | None:
    """What a weak muscle group shows as, and its moves, for "what happens if my X are weak?"-type asks."""
    if not _EFFECT_ASK.search(plain) or rx.search(r"\bwhy\b", plain):
        return None
    groups = {find_muscle(m.group("m") or m.group("m2")) for m in _WEAK_GROUP.finditer(plain)} - {None}
    if len(groups) != 1:
        return None
    muscle = next(iter(groups))
    assert muscle is not None
    effect = _WEAK_EFFECT.get(muscle.id)
    if effect is None:
        return None
    moves = [
        e for e in exercises_for_muscle(muscle.id) if not e.variation_of and e.setting in ("home", "gym")
    ]
    if muscle.id == "hips":
        hip_moves = [e for e in EXERCISES.values() if "hips" in e.primary and not e.variation_of][:2]
        moves = [*hip_moves, EXERCISES["bridge"]]
    names = [e.name.lower() for e in moves[:3]]
    listed = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
    name = muscle.name.lower()
    text = (
        f"{effect}\nTo strengthen them: the {listed}, 2–3 sets of 12–15, twice a week.\nMore: /muscle {name}"
    )
    return text, f"muscle:{muscle.id}"


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
_WEAK_MUSCLE = rx.compile(
    rf"\b(?P<m>{_MUSCLE})\b{_LINKS} {_WEAK}\b|\b{_WEAK} (?P<m2>{_MUSCLE})\b|"
    # (r18 ta) "massive quads but no hamstrings": a group told missing
    rf"\b(?:but|and|with) (?:no|zero|hardly any|barely any|not much|next to no) (?P<m3>{_MUSCLE})\b"
)
# (r18 ta) evening it out asked: a long message's story may tell the two groups ("...How do I even that out?")
_EVEN_ASKED = rx.compile(
    r"\b(?:even|balance|level|sort) (?:it|that|this|them|things)? ?(?:out|up)\b|\bbalance (?:it|them|that)\b|"
    r"\b(?:fix|correct|sort) (?:the |this |that )?(?:imbalance|difference|it|that)\b|\bcatch up\b"
)
_STRONG = (
    r"(?:strong\w*|jacked|huge|big|massive|on fire|dominant|overdeveloped|overpower\w*|beefy|"
    r"do all the work|does all the work|doing all the work|take over|takes over|taking over|"
    r"stacked|swole|bulky|built|buff|ripped)"
)
_STRONG_MUSCLE = rx.compile(rf"\b(?P<m>{_MUSCLE})\b{_LINKS} {_STRONG}\b|\b{_STRONG} (?P<m2>{_MUSCLE})\b")
# (r19 th) the two groups told as a comparison: "my quads are massive compared to my hamstrings", "quads
# much stronger than my hammies", "glutes lag behind my quads"
_GROUPS_COMPARED = rx.compile(
    rf"\b(?P<s>{_MUSCLE})\b{_LINKS} (?:\w+ )?(?:{_STRONG}|bigger|stronger|more developed|overdeveloped) "
    rf"(?:compared (?:to|with)|than|next to|relative to|in comparison (?:to|with)|versus|vs) "
    rf"(?:my |the |your )?(?P<w>{_MUSCLE})\b|"
    rf"\b(?P<w2>{_MUSCLE})\b{_LINKS} (?:\w+ )?(?:weaker|smaller|less developed|lag\w* behind|way behind) "
    rf"(?:compared (?:to|with)|than|next to|relative to|in comparison (?:to|with)|versus|vs)? ?"
    rf"(?:my |the |your )?(?P<s2>{_MUSCLE})\b"
)
# (r19 th) pain the runner (or their physio) puts down to the imbalance: still the weak group's moves
_PAIN_FROM_IMBALANCE = rx.compile(
    r"\b(?:imbalance|difference|mismatch|uneven\w*)\b(?: \w+){0,6} (?:why|cause\w*|behind|to blame|reason|"
    r"explain\w*|leads? to|giving me)\b|"
    r"\b(?:because of|from|due to|down to|caused by) (?:the |this |that |my )?"
    r"(?:imbalance|difference|mismatch)\b"
)
_ADJ = {"quads": "quad", "hamstrings": "hamstring", "glutes": "glute", "calves": "calf", "hips": "hip"}
_PROBLEM_ASK = rx.compile(
    r"\b(?:problem|issue|bad|matter|matters|worry|worried|concern\w*|big deal|normal|okay|ok|fine)\b"
)


def weak_partner_fix(plain: str, said: str) -> tuple[str, str] | None:
    """The weak group's moves when ``plain`` tells one group strong and another weak and the reply
    ``said`` doesn't lead with the weak one (nor its first move); else None."""
    compared = _GROUPS_COMPARED.search(plain)
    if compared is not None and not (
        _EVEN_ASKED.search(plain) or rx.search(r"\b(?:what|how|which|should|any)\b", plain)
    ):
        compared = None  # (r19 th) a comparison told with nothing asked: the balance rule says it
    weak = None if compared is not None else _WEAK_MUSCLE.search(plain)
    long_ok = len(plain.split()) <= 25 or bool(_EVEN_ASKED.search(plain))
    # (r19 th) pain put down to the imbalance ("my physio said the imbalance might be why my knees ache")
    pain = bool(_PAIN.search(plain))
    pain_ok = not pain or bool(_PAIN_FROM_IMBALANCE.search(plain) and _EVEN_ASKED.search(plain))
    why = rx.search(r"\bwhy\b", plain) and not (pain and pain_ok)  # ("...might be why my knees ache": told)
    if (weak is None and compared is None) or not long_ok or why or not pain_ok:
        return None  # (a long message asks for more than the moves, unless it asks to even them out)
    if compared is not None:
        weak_m = find_muscle(compared.group("w") or compared.group("w2"))
        strong = [find_muscle(compared.group("s") or compared.group("s2"))]
    else:
        assert weak is not None
        if len(list(_WEAK_MUSCLE.finditer(plain))) > 1:
            return None
        if len(plain.split()) > 25 and rx.search(
            rf"\b{_MUSCLE} (?:and|&|or) $", plain[max(0, weak.start() - 20) : weak.start()]
        ):
            return None  # ("my hamstrings and calves feel like noodles": two groups weak, not the last alone)
        weak_m = find_muscle(weak.group("m") or weak.group("m2") or weak.group("m3"))
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
    head = said[: 40 if len(plain.split()) > 25 else 80].lower()  # (a long story: its lead only)
    if _ADJ.get(weak_name, weak_name) in head:
        return None
    names = [e.name.lower() for e in moves]
    listed = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
    weak_adj, strong_adj = _ADJ.get(weak_name, weak_name), _ADJ.get(strong_name, strong_name)
    lead = (
        f"Yes, it's worth fixing: strong {strong_name} with weak {weak_name} is the kind of imbalance that "
        "pulls you out of alignment and sets up overuse injuries."
        if _PROBLEM_ASK.search(plain)
        else f"Bring the {weak_name} up rather than adding more {strong_adj} work"
        + (
            ": an imbalance between opposing muscles is a major cause of overuse injuries."
            if pain and weak_m.id in strong_m.opposes
            else "."
        )
    )
    held = " (the bridge held 30 s)" if "bridge" in names else ""
    balance = (
        f"Balance every {strong_adj} exercise with a {weak_adj} one."
        if weak_m.id in strong_m.opposes
        else "Keep the work all-round, no group lagging behind."
    )
    ache_line = "\nIf the ache persists or turns sharp, ease off what brings it on and see your physio."
    caution = ache_line if pain else ""
    text = (
        f"{lead} For the {weak_name}: the {listed}, 2–3 sets of 12–15 reps{held}, twice a week. "
        f"{balance}{caution}\nMore: /muscle {weak_name}"
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


# "one-leg squat: what does it hit and how low should I go?", "how should I breathe during squats and how
# far down do I go?": one named move, its depth asked with what it works or how to breathe. Each part from
# the move's own facts, in the order asked (the split asks had sent the depth to the general
# range-of-motion rule, or dropped it under the muscles line).
_WORKS_ASK = rx.compile(
    r"\b(?:what|which) (?:muscles?|muscle groups?|bits?|parts?)\b|"
    r"\bwhat (?:does|do|will|would) (?:\w+ ){1,3}(?:actually |really |even |mainly |mostly )?"
    r"(?:hit|work|target|train|build|strengthen|do for me)\b(?! (?:on|out|with|for|around))|"
    r"\b(?:what (?:is|s|are|re)|whats|whatre) (?:it|this|that|they|these|those|(?:the |a )?\w+(?: \w+)?) "
    r"(?:good|useful|best) for\b|"
    r"\b(?:what (?:is|s)|whats) (?:it|this|that) for\b|\bgood for what\b|"
    r"\bwhat (?:does|do) (?:it|they) work\b"
)
# A reply that leads with the honest "not named in the article, its closest is..." keeps that lead.
_HONEST = rx.compile(r"closest here|named in the article|not in the article|isnt covered|isn't covered")
_BREATH_ASK = rx.compile(r"\b(?:breath\w*|exhal\w*|inhal\w*)\b")
_UP_ASK = rx.compile(
    r"\b(?:down (?:and |or |/ )?up|up (?:and |or |/ )?down|how (?:far|high) up|come (?:back )?up|"
    r"at the top)\b"
)


def move_parts_reply(plain: str, said: str) -> tuple[str, str] | None:
    """Depth with what the move works (or how to breathe), for one named move, when the reply ``said``
    left one of them out; else None."""
    named = named_exercises(plain)
    if len(named) != 1 or _PAIN.search(plain):
        return None
    ex = EXERCISES.get(named[0].split(":", 1)[1])
    depth = _DEPTH_ASK.search(plain)
    if ex is None or depth is None:
        return None
    said_low = said.lower()
    own = ex.name.lower().split()[-1]
    if _HONEST.search(said_low) and not rx.search(rf"doesn'?t cover (?:\w+ ){{0,2}}{own}", said_low):
        return None  # (a move the article doesn't name, answered by its closest: that honest lead stays)
    muscles_said = any(MUSCLES[m].name.lower() in said_low for m in ex.primary)
    if (
        "90" in said
        and (_WORKS_ASK.search(plain) is None or muscles_said)
        and (_BREATH_ASK.search(plain) is None or "breathe" in said_low)
    ):
        return None  # (the reply has every part asked)
    low = [st for st in ex.steps if rx.search(r"90|right angle", st)]
    if not low:
        return None
    parts: list[tuple[int, str]] = []
    up = " Then come back up until the knee is almost straight, not locked." if _UP_ASK.search(plain) else ""
    parts.append((depth.start(), f"{low[0].rstrip('.')}, no deeper.{up}"))
    works = _WORKS_ASK.search(plain)
    breath = _BREATH_ASK.search(plain)
    if works is None and breath is None:
        return None
    if works is not None:
        parts.append((works.start(), f"It works the {_works_of(ex)}."))
    if breath is not None:
        parts.append(
            (breath.start(), "Breathe out as you push back up, in as you lower; never hold your breath.")
        )
    parts.sort()
    body = " ".join(p for _, p in parts)
    return f"{ex.name}: {body}\nFull card: /exercise {ex.name.lower()}", named[0]


# A part of a multi-part ask about one named move that the reply left out: what it works ("what do calf
# raises actually work, and how do I make them harder?") or its form cues ("how steep, how many, and any
# form cues for hill sprints?"). Added from the move's own facts.
_CUES_ASK = rx.compile(
    r"\b(?:form cues?|cues?|technique(?: tips?)?|form tips?|form pointers?|tips on form|any tips|pointers|"
    r"how (?:do|should|can) i do (?:it|them|this|these|that) (?:properly|right|correctly|well))\b"
)


_LACKED = rx.compile(
    r"\b(?:no|without|dont have an?|don't have an?|havent got an?|lack an?) (?:\w+ )?"
    r"(ball|step|stairs|bench|chair|dumbbells|weights|box|wall)\b"
)
_HOW_DO_ASK = rx.compile(
    r"\bhow (?:do|should|can|would|to) (?:i |you |we )?(?:do|perform|manage|set up) "
    r"(?:the |a |an |my |these |those |them|it|this|that)?"
)


def _works_of(ex: Exercise) -> str:
    said = rx.search(r"\bworks? the ([^.]+?)(?: and trains| and guards|\.|$)", ex.summary)
    muscles = said.group(1) if said else ", ".join(MUSCLES[m].name.lower() for m in ex.primary)
    muscles = rx.sub(r", (?=[^,]+$)", " and ", muscles) if " and " not in muscles else muscles
    if ex.summary.startswith("Strengthens "):
        # "Strengthens the lower-leg muscles that cushion each landing...": what the work is for
        muscles += ": it s" + ex.summary[1:].rstrip(".")
    return muscles


# "what no-kit moves can I teach a class, and any safety tips?": the moves, and the article's form rules
# in one line (the routine alone gives no rules; the rules alone no moves).
_SAFETY_ASK = rx.compile(
    r"\b(?:safety|safe(?:ly)?|form|ground|general|golden|basic) (?:tips|advice|rules|pointers|guidelines|"
    r"cues|points)\b|\bhow to (?:stay|keep (?:them|it|everyone)) safe\b|\bdos and donts\b"
)
RULES_LINE = (
    "Safety: full range of motion, slow and controlled with no bouncing, breathe out on the effort, stop "
    "just short of locking the joints, a load you're comfortable with, and form before more weight or reps."
)


def moves_and_rules(plain: str, text: str) -> str | None:
    """The moves with the form rules in a line, when both are asked and the reply gave only the moves
    (or neither); else None."""
    if not (_SAFETY_ASK.search(plain) and _MOVES_ASK.search(plain)) or _PAIN.search(plain):
        return None
    if "breathe" in text.lower():
        return None
    lines = text.split("\n")
    if "\n• " not in text and not rx.search(r"\bone-legged squats?, step-ups\b", text):
        lines = BASICS_TEXT.split("\n")  # "which exercises, and any safety advice?": the moves first
    at = next(
        (i for i, x in enumerate(lines) if rx.match(r"(?:Full card|More|Try one|How to do it):", x)),
        len(lines),
    )
    lines.insert(at, RULES_LINE)
    return "\n".join(lines)


def missing_parts(plain: str, text: str, topic: str | None = None) -> str | None:
    """``text`` with the works line or the form cues a multi-part ask about one move wanted, else None.
    ``topic``: the reply's own topic, which picks the move when the message names two."""
    named = named_exercises(plain)
    if len(named) > 1 and topic in named:
        named = [topic]
    if len(named) != 1 or _PAIN.search(plain):
        return None
    ex = EXERCISES.get(named[0].split(":", 1)[1])
    if ex is None:
        return None
    general = FORM_RULES_TEXT in text and _CUES_ASK.search(plain) is not None and bool(ex.cues)
    if general:
        # "hill reps: how steep, and any form tips?": that move's cues, not the rules for every exercise
        text = "\n".join(x for x in text.replace(FORM_RULES_TEXT, "").split("\n") if x.strip())
    lines = text.split("\n")
    body = " ".join(x for x in lines if not rx.match(r"(?:Full card|More|Try one|How to do it|Related):", x))
    low = body.lower()
    changed = False
    if (
        _WORKS_ASK.search(plain)
        and not _HONEST.search(low)
        and not rx.search(r"\b(?:works?|targets?|hits?|trains?|strengthens?)\b", low)
    ):
        verb = "work" if rx.search(r"[^s]s$", ex.name) else "works"
        lines.insert(0, f"{ex.name} {verb} the {_works_of(ex)}.")
        changed = True
    if _CUES_ASK.search(plain) and not rx.search(r"\b1\)|Key cue", body):
        said = {w[:5] for w in rx.findall(r"[a-z0-9–%]{4,}", low)}
        cues = [
            c
            for c in ex.cues
            if (words := {w[:5] for w in rx.findall(r"[a-z0-9–%]{4,}", c.lower())})
            and len(words & said) * 2 < len(words)
            and not any(f in low for f in rx.findall(r"\d+(?:–\d+)?%?|90°", c))  # (a figure already said)
        ][:3]
        if cues:
            at = next(
                (i for i, x in enumerate(lines) if rx.match(r"(?:Full card|More|Try one|How to do it):", x)),
                len(lines),
            )
            lines.insert(at, "Form: " + " ".join(c if c.endswith(".") else f"{c}." for c in cues))
            changed = True
    if (
        _HOW_DO_ASK.search(plain)
        and not rx.search(r"\b1\)|\bkey cue\b", low)
        and len(body) < 160
        and not _HONEST.search(low)
        and ex.steps
    ):
        # "no ball and my chairs wobble, how do I do the hamstring bridge thing?": the swap told, and
        # the steps asked for
        at = next(
            (i for i, x in enumerate(lines) if rx.match(r"(?:Full card|More|Try one|How to do it):", x)),
            len(lines),
        )
        steps = _form_steps(ex)
        for kit in _LACKED.findall(plain):
            steps = rx.sub(rf" \([^)]*\b{kit}\b[^)]*\)", "", steps)  # ("(an exercise ball also works)")
        if any(rx.search(rf"\b{kit}\b", steps) for kit in _LACKED.findall(plain)):
            return "\n".join(lines) if changed or general else None  # (its steps need the kit they lack)
        head = lines[0] if lines else ""
        one_step = next((st for st in ex.steps if head.startswith(f"{ex.name}: {st}")), None)
        if one_step is not None:
            # "Lunge: Hold a dumbbell in each hand... Dose: ...": one step said, so all of them in its place
            dose = head[head.index(" Dose: ") :] if " Dose: " in head else ""
            lines[0] = f"{ex.name}: {steps}{dose}"
        else:
            lines.insert(at, "How: " + steps)
            at += 1
        if ex.cues and ex.cues[0] not in "\n".join(lines):
            lines.insert(at, f"Key cue: {ex.cues[0]}")
        if not any(x.startswith("Full card:") for x in lines):
            lines.append(f"Full card: /exercise {ex.name.lower()}")
        changed = True
    return "\n".join(lines) if changed or general else None


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


# "which injuries does leg strength prevent?", "what running injuries can strengthening help with?": the
# injuries by name (the injury-prevention rule's reply says why, but names none of them).
_WHICH_INJURIES = rx.compile(
    r"\b(?:which|what) (?:\w+ ){0,2}(?:injur(?:y|ies)|problems|niggles)\b(?: \w+){0,6} "
    r"(?:prevent\w*|stop\w*|avoid\w*|help\w*|reduc\w*|protect\w*|guard\w*|fix\w*|head off|ward off|cut)\b|"
    r"\b(?:prevent\w*|stop\w*|avoid\w*|help\w*|protect\w*|head off|ward off) (?:\w+ ){0,2}(?:with |against )?"
    r"(?:which|what) (?:\w+ ){0,2}injur(?:y|ies)\b"
)
WHICH_INJURIES_TEXT = (
    "The article names these:\n"
    "• Overuse (repetitive-stress) injuries to the knees, hips and feet, which weak or unbalanced muscles "
    "set up by pulling you out of alignment.\n"
    "• Shin splints: calf raises and the wall toe raise help prevent them.\n"
    "• Runner's knee: quad and hamstring strength, kept in balance, helps you recover.\n"
    "Stronger muscles also steady your joints, so less wear and tear on ligaments and tendons."
)


_WHICH_ONES = rx.compile(r"\b(?:which|what) (?:ones|kinds?|sorts?|types?)\b")
_INJURY_WORD = rx.compile(r"\binjur(?:y|ies)\b")
_YESNO_FIRST = rx.compile(r"^(?:(?:so|and|but|ok|okay) )?(?:can|could|does|do|will|would|is|are)\b")


def asked_of(plain: str) -> bool:
    """Which injuries are asked (not an injury told with a which-ask about something else)."""
    return bool(_WHICH_INJURIES.search(plain) or (_INJURY_WORD.search(plain) and _WHICH_ONES.search(plain)))


def which_injuries_reply(plain: str) -> tuple[str, str] | None:
    """The injuries leg strength helps with, by name, when which ones are asked (a yes/no before it gets
    its "Yes" first); else None."""
    asked = _WHICH_INJURIES.search(plain) or (_INJURY_WORD.search(plain) and _WHICH_ONES.search(plain))
    named = named_exercises(plain)
    if named:
        # "which injuries does the bridge help?": that move's own, when it names some; else not this reply
        ex = EXERCISES.get(named[0].split(":", 1)[1]) if len(named) == 1 else None
        if ex is None or not ex.prevents or not asked_of(plain) or _PAIN.search(_INJURY_WORD.sub(" ", plain)):
            return None
        names = [INJURIES[i].name.lower() for i in ex.prevents if i in INJURIES]
        listed = ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
        return f"{ex.name} helps prevent {listed}.\nFull card: /exercise {ex.name.lower()}", named[0]
    moves_asked = rx.search(r"\b(?:which|what) (?:\w+ )?(?:exercises?|moves?|workouts?)\b", plain)
    if not (asked or (moves_asked and _INJURY_WORD.search(plain) and rx.search(r"\bprevent\w*\b", plain))):
        return None
    if rx.search(
        r"\b(?:pain\w*|hurts?|hurting|ache\w*|aching|sore|swollen|my (?:\w+ )?injury|i (?:have|had|got))\b",
        plain,
    ):
        return None
    if moves_asked:
        return (
            "No single move: a balanced routine that works every group is the protection, since weak or "
            "unbalanced muscles set up the overuse injuries to knees, hips and feet. One-legged moves and "
            "hip work (side-lying hip raise, bridge) keep you aligned. For shin splints, calf raises and the "
            "wall toe raise; for runner's knee, quad and hamstring work kept in balance.\n"
            "Try one: /workout home",
            "rule:injury_prevention",
        )
    assert asked is not None
    if _YESNO_FIRST.search(plain) and asked.start() > 0:
        lead = "Yes: heading off injury is the biggest reason to build leg strength."
        return f"{lead} {WHICH_INJURIES_TEXT}", "rule:injury_prevention"
    return WHICH_INJURIES_TEXT, "rule:injury_prevention"


# "I do loads of squats and leg extensions, what should I balance them with?", "my routine is all quad
# stuff, what am I missing?", "what's the opposite muscle to the quads and how do I train it?": the group
# that opposes the one told (the article: every quad exercise balanced by hamstring work), and its moves.
_BALANCE_ASK = rx.compile(
    r"\bbalance (?:(?:them|it|that|this|those|these|things|everything|my \w+(?: \w+)?) )?(?:out )?"
    r"(?:with|against)\b|\bcounter ?balance\b|\bwhat (?:am i|are we|is|s) (?:\w+ )?missing\b|"
    r"\bwhat (?:am i|are we) (?:\w+ )?(?:leaving out|neglecting|forgetting|missing out)\b|"
    r"\b(?:what|which)(?: \w+){0,3} (?:opposite|opposing|antagonist\w*)"
    r"(?: muscles?| groups?| muscle groups?)? (?:to|of|for)\b|"
    r"\b(?:opposite|opposing|antagonist\w*) (?:muscles?|groups?|muscle groups?) (?:to|of|for) "
    r"(?:my |the )?\w+|"
    r"\bwhat (?:goes|works|pulls) (?:against|opposite)\b|\bwhat (?:\w+ )?balances?\b|\bopposes?\b|"
    # "how should I set up sessions so I don't end up lopsided?"
    r"\b(?:dont|not|never|avoid|without) (?:\w+ ){0,3}(?:lopsided|unbalanced|imbalanced|out of balance|"
    r"uneven)\b|\b(?:keep|stay) (?:\w+ ){0,2}(?:balanced|even)\b"
)
_MUSCLE_WORD = rx.compile(
    r"\b(?P<m>quads?|quadriceps|hamstrings?|hammies|glutes?|calf|calves|hips?|hip muscles?)\b"
)


def balance_with_reply(plain: str) -> tuple[str, str] | None:
    """The opposing group's moves for a group (or its moves) told, when what balances it is asked."""
    if not _BALANCE_ASK.search(plain) or _PAIN.search(plain) or rx.search(r"\bwhy\b", plain):
        return None
    told: dict[str, int] = {}
    for m in _MUSCLE_WORD.finditer(plain):
        found = find_muscle(m.group("m"))
        if found is not None:
            told[found.id] = told.get(found.id, 0) + 2
    for tid in named_exercises(plain):
        ex = EXERCISES.get(tid.split(":", 1)[1])
        for mid in ex.primary if ex is not None else ():
            told[mid] = told.get(mid, 0) + 1
    if not told:
        return None
    group = max(told, key=lambda k: told[k])
    tied = sum(1 for v in told.values() if v == told[group]) > 1
    top = [k for k, v in told.items() if v == told[group]]
    if (
        tied
        and any(k in MUSCLES and o in top for k in top for o in MUSCLES[k].opposes)
        and not rx.search(
            r"\b(?:big|bigger|huge|strong|stronger|massive|jacked|all|only|loads|lots|mostly)\b", plain
        )
    ):
        return None  # ("what do the quads and hamstrings do, and how do I keep them balanced?": both named)
    if tied and "quads" in told and told["quads"] == told[group]:
        group = "quads"  # (squats work quads and glutes alike: the quads are the group to balance)
    if group == "calves":
        return (
            "Balance the calves with the muscles at the front of the shin, which pull the toes up against "
            "them: the wall toe raise (lean back on a wall, lift your toes with your heels down), 2–3 sets "
            "of 12–15. It also helps keep shin splints away.\nFull card: /exercise wall toe raise",
            "exercise:toe_raise",
        )
    if group == "glutes":
        return (
            "The glutes are hip extenders, so their opposite number is the hip flexors at the front of the "
            "hip: train both. The lying leg lift and side-lying hip raise work the hip muscles, 2–3 sets of "
            "12–15 each leg. Opposing groups out of balance are a major cause of overuse injuries to knees, "
            "hips and feet.\nMore: /muscle hips",
            "muscle:hips",
        )
    muscle = MUSCLES.get(group)
    if muscle is None or not muscle.opposes:
        return None
    other = MUSCLES[muscle.opposes[0]]
    moves = [
        e.name.lower()
        for e in exercises_for_muscle(other.id)
        if not e.variation_of
        and e.setting in ("home", "gym")
        and f"exercise:{e.id}" not in named_exercises(plain)
    ][:3]
    if not moves:
        return None
    listed = ", ".join(moves[:-1]) + " and " + moves[-1] if len(moves) > 1 else moves[0]
    name, oname = muscle.name.lower(), other.name.lower()
    adj = _ADJ.get(name, name)
    oadj = _ADJ.get(oname, oname)
    old_hurt = (
        f" Given the old {oadj} injury, build that work up gradually and see a physio if it niggles."
        if returning(plain) and rx.search(rf"\b{oadj}s?\b|\bone\b", plain)
        else ""
    )
    text = (
        f"The {oname} ({other.location}) are the {name}' opposite number, so match every {adj} exercise "
        f"with {oadj} work: the {listed}, 2–3 sets of 12–15. Opposing groups out of balance are a major "
        f"cause of overuse injuries to knees, hips and feet.{old_hurt}\n"
        f"More: /muscle {oname}"
    )
    return text, f"muscle:{other.id}"


# "should the last few reps feel properly hard?", "is it normal the last couple of reps are a grind?",
# "should the end of each set feel easy?": the load's verdict (the article: a resistance that leaves you
# tired by 12–15 reps), not a form rule alone.
_LAST_REPS = rx.compile(
    r"\b(?:last|final) (?:(?:few|couple of|couple|2|3|two|three|4|four|5|five|of the|of my|of) )*"
    r"(?:reps?|ones|lifts|repetitions)\b|\bend of (?:the |each |a |my |every )?sets?\b"
)
_FEEL_HARD = rx.compile(
    r"\b(?:hard|harder|tough|difficult|a struggle|struggl\w*|a grind|grind\w*|burn\w*|tiring|tired|"
    r"challenging|exhausting|killing me|brutal)\b"
)
_FEEL_EASY = rx.compile(r"\b(?:easy|easier|comfortable|light|doable)\b")
_FEEL_ASK = rx.compile(
    r"^(?:(?:so|and|but|ok|okay) )?(?:should|is|are|do|does|must|will|would)\b|\b(?:normal|meant to|"
    r"supposed to|ok|okay|fine|right)\b"
)
LAST_REPS_WHY = (
    "pick a resistance that leaves you tired by the last of 12–15 reps, 2–3 sets, so the final few feel "
    "hard, but every rep stays slow, controlled and in good form: never trade form for those last reps. "
    "If they feel easy, the load is too light."
)


def last_reps_reply(plain: str) -> str | None:
    """The verdict on how a set's last reps should feel, or None."""
    if not (_LAST_REPS.search(plain) and _FEEL_ASK.search(plain)):
        return None
    if rx.search(r"\b(?:how many|why)\b", plain):
        return None
    hard, easy = _FEEL_HARD.search(plain), _FEEL_EASY.search(plain)
    if hard and not easy:
        return f"Yes: {LAST_REPS_WHY}"
    if easy and not hard:
        return f"No: {LAST_REPS_WHY}"
    return None


# "last time I overdid squats and my knees hurt for weeks. How do I go about it sensibly this time?": pain
# told in the past, from overdoing it, with how to start again asked: the way back (not a diagnosis of
# the pain that has gone).
_PAST_HURT = rx.compile(
    r"\b(?:last time|the last time|back then|previously|last (?:year|winter|summer|spring|autumn|season))\b"
    r".{0,80}\b(?:hurt|ached|aching|sore|pain\w*|niggl\w*|injured|wrecked|killed)\b|"
    r"\b(?:hurt|ached|were sore|was sore|was painful|were painful) for (?:\w+ )?(?:weeks|days|ages|months|"
    r"a month|a week)\b"
)
_OVERDID = rx.compile(
    r"\b(?:overdid|overdone|over did|went too (?:hard|heavy)|pushed too hard|did too much|too much too soon|"
    r"went too far|went mad|went overboard)\b"
)
_HURT_NOW = rx.compile(
    r"\b(?:still (?:hurts?|sore|aches?|painful|aching)|hurts? (?:now|today|at the moment)|currently (?:sore|"
    r"hurting|injured)|right now)\b"
)
_AGAIN_ASK = rx.compile(
    r"\bhow (?:do|should|can|would) i (?:go about|approach|start|restart|build|ease|get back|do it|do this|"
    r"avoid|not)\b|\bsensibl\w*|\bthis time\b|\bwithout (?:\w+ ){0,2}(?:repeating|hurting|overdoing|"
    r"wrecking|getting hurt)\b"
)
PAST_OVERDO_TEXT = (
    "This time, build up gradually: start with one or two sets of each move at a resistance you're "
    "comfortable with, twice a week, slow and controlled, and add a set, a few reps or a little weight "
    "only once the last session felt fine the next day. Don't go to extremes, and never trade form for "
    "more weight or reps."
)
_KNEE_BACK = (
    " For the knees: bend no deeper than 90°, keep them behind your toes and don't lock them at the top."
)


def past_overdo_reply(plain: str) -> str | None:
    """The way back after overdoing it once, pain gone, when how to start again is asked; else None."""
    if not (_PAST_HURT.search(plain) and _OVERDID.search(plain) and _AGAIN_ASK.search(plain)):
        return None
    if _HURT_NOW.search(plain):
        return None
    knee = _KNEE_BACK if rx.search(r"\bknees?\b|\bsquat\w*|\blunge\w*", plain) else ""
    return (
        f"{PAST_OVERDO_TEXT}{knee} Stop anything that brings the old pain back, and see a physio if it "
        "returns.\nTry one: /workout home"
    )


# "what matters more, extra reps or clean reps?", "good form or heavier weight?": form first.
_CLEAN = (
    r"(?:clean|good|proper|perfect|strict|quality|controlled|tidy|correct) (?:reps?|form|technique|lifts?)"
)
_MORE = (
    r"(?:(?:extra|more|max|maximum|heavier|higher|bigger) (?:reps?|weights?|load|numbers)|heavier|"
    r"ego lifting)"
)
_CLEAN_OR_MORE = rx.compile(
    rf"\b{_CLEAN}\b.{{0,40}}\bor\b.{{0,30}}\b{_MORE}\b|\b{_MORE}\b.{{0,40}}\bor\b.{{0,30}}\b{_CLEAN}\b"
)
CLEAN_FIRST_TEXT = (
    "{clean}: never trade good form for extra reps or a heavier weight. Pick a load that leaves you "
    "tired by 12–15 reps with every rep slow, controlled and through the full range; when the form "
    "slips, the set is done."
)


# "what's the easiest leg exercise?", "simplest move to start with?": no one move asked about, so the
# simplest of the article's basics (the article ranks none; it says to start with simple calisthenics).
_EASIEST_MOVE = rx.compile(
    r"^(?:(?:so|and|ok|okay) )?(?:what|which)(?:s| is| are| would be)? (?:the |a |some )?(?:very )?"
    r"(?:easiest|simplest|gentlest|most basic|easy|simple|beginner friendly) (?:leg |strength |home |"
    r"bodyweight )?(?:exercises?|moves?)\b"
)
EASIEST_MOVE_TEXT = (
    "The article doesn't rank them, but its simple home calisthenics are the place to start: the bridge "
    "(hold 30 s), calf raises on a step and step-ups onto a low step, 1–2 sets of 12–15 at first, slow "
    "and controlled.\nTry one: /workout home"
)


def technique_reply(plain: str, asks: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """The reply and its topic id for a one-ask message (normalised) of this class, or None. ``asks``:
    the message's asks, normalised ("should I keep going heavier?" is one_ask.py's own verdict)."""
    back = past_overdo_reply(plain)
    if back is not None:
        return back, "rule:comfortable_load"
    if _PAIN.search(plain) and not rx.search(r"\b(?:hurt|hurting|injur\w*)\b.{0,10}\bmyself\b", plain):
        return None
    if _SELF_CHECK.search(plain):
        return IMBALANCE_SIGNS_TEXT, "rule:opposing_balance"
    weak = weak_effect_reply(plain)
    if weak is not None:
        return weak
    last_reps = last_reps_reply(plain)
    if last_reps is not None:
        return last_reps, "rule:sets_reps"
    if (
        _EASIEST_MOVE.search(plain)
        and not named_exercises(plain)
        and not rx.search(r"\b(?:plyo\w*|jump\w*|hop\w*|drills?|gym|machines?)\b", plain)
    ):
        return EASIEST_MOVE_TEXT, "rule:home_workout"
    clean = _CLEAN_OR_MORE.search(plain)
    if clean is not None and not rx.search(r"\b(?:heav\w*|weights?|load)\b", clean.group(0)):
        # (form against weight has its own verdict, one_ask's; this is form against more reps)
        said = rx.search(rf"\b{_CLEAN}\b", clean.group(0))
        name = said.group(0) if said else "good form"
        return CLEAN_FIRST_TEXT.format(clean=name[:1].upper() + name[1:]), "rule:form_first"
    if (
        (_FORM_SLIPS.search(plain) or _FORM_BREAKS.search(plain))
        and not any(_GO_HEAVIER.search(a) for a in asks)
        and _LOAD_PUSH.search(plain)
        and named_exercises(plain)
    ):
        if any(MATTERS_ASK.search(a) for a in asks):
            # (r20 fb) "does it matter as long as I finish the set?", "is that a problem?": yes, it does
            return FORM_FIRST_MATTERS, "rule:form_first"
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
    # (r15 xe: "legit or crossfit nonsense": a word naming whose nonsense)
    r"(?:just |only |is it |a |an |some )*(?:\w+ )?(?:meme|hype|fad|gimmick|nonsense|bs|bull\w*|rubbish|myth|"
    r"bro science|broscience|trend|marketing|playground|kids|instagram|tiktok|fluff|waste)\w*\b|"
    r"\b(?:meme|hype|fad|gimmick|nonsense|myth|bro science|broscience|trend)\w* or (?:\w+ )?"
    r"(?:legit|legitimate|real|proper|worth it|useful)\b|"
    # ("just a crossfit thing or do they actually help runners?")
    r"\b(?:crossfit|gym bro|instagram|tiktok|influencer) (?:thing|stuff|fad|move|trend|nonsense)s? or "
    r"(?:\w+ ){0,3}(?:legit|real|useful|worth it|help\w*|good|work)\b"
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
    kind = topic.split(":", 1)[0]
    plain_yes = rx.match(r"(?:Yes|No)(?:, it's|: it's) (?=a good one for runners\b)", said)
    if plain_yes and _LEGIT_OR.search(plain) and kind == "exercise":
        # (r15 xe) "box jumps legit or crossfit nonsense?": which of the two, not a "Yes" (or a "No"
        # that answers the dismissal)
        return "Legit: it's " + said[plain_yes.end() :]
    if _HAS_VERDICT.match(said):
        return None
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
