"""More ways runners word each topic, for the embedding side of retrieval only.

content/questions.py's phrasings feed both BM25 (as text) and the embeddings. These extra ones are
embedded but never added to a topic's BM25 text, so they widen what a question can *mean* without
changing any document's length or word counts (which would shift every BM25 score). Written for
round 6c in our own words: everyday, indirect wordings of each need (the words a runner uses when
they don't know the article's term), not copies of any question set.
"""

from __future__ import annotations

from types import MappingProxyType

_P: dict[str, tuple[str, ...]] = {
    "rule:why_strength": (
        "what's the main payoff of strength work for a runner",
        "what do I actually gain from leg conditioning",
        "biggest benefit of strength work for a runner",
        "why would an endurance runner bother with strength",
        "isn't my weekly mileage enough to keep my legs strong",
        "I run plenty of kilometres, do I need anything else for my legs",
        "is it worth adding gym work on top of my running",
        "what's in it for me if I train my legs",
        "how does leg strength turn into more running speed",
        "how does building strength actually make you faster",
        "does my tempo pace really feel easier once my legs are stronger",
        "running has felt smoother since I started lifting, is that real",
        "is it true that stronger legs make runs feel easier or is that a myth",
        "my legs tire before my lungs do going up hills, how do I fix that",
        "my legs give up before my breathing does on climbs",
        "will weights give me a more explosive sprint start",
        "anything in the weight room for a faster first burst off the line",
    ),
    "rule:injury_prevention": (
        "will being stronger keep me off the injury bench",
        "can getting stronger keep me from breaking down every season",
        "I keep picking up niggles, would strength help",
        "does leg work protect joints like knees and hips",
    ),
    "rule:one_legged": (
        "one side of my body is weaker than the other",
        "my left leg is weaker than my right, what should I do",
        "my right leg is stronger than my left",
        "training each side separately instead of both legs at once",
        "unilateral work versus working both legs together",
        "is single-side training worth it",
        "one leg does more of the work than the other",
    ),
    "muscle:glutes": (
        "what happens to my running if my backside is weak",
        "my bum muscles are weak, how would I notice it on a run",
        "what do weak buttocks do to my stride",
        "my physio says my glutes are weak, what does that mean for running",
        "how do weak glutes show up when I run",
        "I lean further and further forward as my long run goes on",
        "my upper body tips forward when I get tired late in a race",
        "I hunch over at the waist near the end of long runs",
        "my form falls apart and I fold forward in the last few miles",
    ),
    "exercise:leg_press": (
        "the seated machine where you push a weighted platform away with your feet",
        "sitting back and shoving a footplate away with both legs",
        "the big sled machine you drive away with your legs",
    ),
    "exercise:quad_extension": (
        "the seated machine where you kick your lower legs out straight against a pad",
        "sitting on a machine and straightening my knees to lift a padded bar",
        "the machine that isolates the front of the thighs by extending the knee",
    ),
    "exercise:hamstring_curl": (
        "the machine where you lie face down and bend your knees to pull your heels to your bum",
        "curling a padded bar up toward my backside with my heels",
    ),
    "exercise:calf_raise": (
        "going up onto my tiptoes on the edge of a stair",
        "rising up high on my toes with my heels hanging off a step",
        "lifting my heels up and down off the bottom step",
    ),
    "exercise:step_up": (
        "a move I can do on a low wall or ledge",
        "exercise using a knee-high wall in the garden",
        "stepping up onto a park bench or low wall",
        "what can I do with a sturdy box or low bench",
    ),
    "exercise:treadmill_incline": (
        "how do I do hill training inside at the gym",
        "uphill running when I'm stuck indoors",
        "getting hill work in on a machine indoors",
        "can I simulate climbs in the gym",
        "anything to do on the treadmill besides running flat",
    ),
    "exercise:hill_repeats": (
        "running up slopes over and over to get stronger",
        "uphill sprints for leg strength",
    ),
    "rule:home_workout": (
        "stuck in a hotel room, how do I keep my legs strong",
        "travelling with no gym, leg ideas",
        "leg moves I can do anywhere with no kit",
        "no gym and no weights, what can I do",
        "bodyweight leg routine for a small space",
    ),
    "rule:gym_vs_home": (
        "why would a gym be better than training at home",
        "what does a gym give me that my living room doesn't",
        "is paying for a gym worth it over home workouts",
    ),
    "rule:machines": (
        "my gym only has machines, is that enough",
        "can I get by with just the gym machines",
    ),
    "rule:routine": (
        "what does a whole leg session look like from warm-up to cool-down",
        "how should a strength workout be structured from beginning to end",
        "how many exercises should one session have",
        "how many different moves per workout",
        "how many exercises go in a leg session",
    ),
    "rule:stretch_after": (
        "what do I do straight after a strength workout before heading off",
        "once the last set is done, is there anything else to do",
    ),
    "rule:warm_up": ("should the warm-up jog come before or after stretching",),
    "rule:muscles_used": (
        "which parts of my legs should I be making stronger",
        "what muscles should a runner work on",
    ),
    "muscle:calves": (
        "what do my calf muscles do when I run",
        "what are the two calf muscles for in running",
        "what muscles push me off the ground",
        "which muscles give the spring at toe-off",
    ),
    "muscle:hamstrings": (
        "which muscle pulls my leg back behind me when I run",
        "what works the back of my thigh in each stride",
    ),
    "rule:bulk": (
        "will pumping iron make me bulky and sluggish on race day",
        "is getting big and slow a real risk from lifting",
    ),
    "rule:frequency": (
        "what's the least leg work I can get away with",
        "bare minimum strength training for a runner",
    ),
    "rule:plyometrics": (
        "jump training for a beginner, where do I start",
        "is jumping work any use for a distance runner",
        "how do I get more pop and spring off the ground",
        "bouncy jumping drills for a quicker push-off",
    ),
    "muscle:quads": (
        "what soaks up the jolt when my foot hits the ground",
        "which muscle takes the shock when I land on each step",
        "what do the big muscles at the front of my thighs do on a run",
        "which muscle swings my leg forward when I run",
        "what keeps my knee steady when I land",
    ),
    "injury:shin_splints": (
        "the front of my lower leg throbs after running on pavement",
        "pain down the inside of my shinbone after runs",
        "my shins ache every time I up my mileage",
    ),
    "injury:runners_knee": ("dull ache around my kneecap after long runs",),
    "injury:hip_weakness": (
        "my knees drift inward when I run",
        "my hips drop and wobble when I get tired on a run",
        "my stride goes wonky and my legs angle in",
    ),
    "exercise:hamstring_pushup": (
        "lying on the floor with my heels on a chair and pushing my hips up",
        "the move with one foot on a chair where you lower your hips slowly",
        "back-of-thigh exercise using a chair and the floor",
        "lying with my heels up on an exercise ball and lifting my backside off the floor",
    ),
    "exercise:bridge": (
        "lie on my back, knees bent, and push my hips to the ceiling",
        "how do I check my hip lift on the floor is done right",
        "squeezing my glutes to lift my hips while lying down",
    ),
    "exercise:wall_squat": (
        "squatting with a big ball between my back and the wall",
        "sliding down a wall with a gym ball behind me",
        "leaning back against an inflatable ball on the wall and sitting down",
    ),
    "exercise:lunge": (
        "stepping forward and dropping my back knee towards the floor",
        "how low should my back knee go when I step forward",
        "a big forward stride holding dumbbells, sinking down and stepping back",
        "stepping out long with weights in my hands and dropping down",
    ),
    "exercise:skipping": (
        "the bouncy skip drill runners do on the track",
        "hopping and skipping drills for spring in my stride",
        "two hops on the same foot and then switching to the other foot",
        "jumping off one foot and landing on that same foot before changing legs",
    ),
    "rule:recovery_week": (
        "should I keep lifting all year without ever taking a break",
        "do I need time off from the gym every so often",
        "will I lose my strength if I stop lifting for a week",
        "if I take a break from the gym will all my progress disappear",
        "does a week without leg work set me back",
        "missing a few sessions, will my legs get weaker again",
        # (r17 uf) the interval said as weeks ("every 4 weeks or so, skip strength for a week?")
        "every few weeks should I skip strength work for a week",
    ),
    "rule:hard_run_day": (
        "can I lift on the same day as my track session",
        "legs after a hard interval workout, good idea or not",
        "is it ok to do strength after a tempo run",
    ),
    "rule:progression": (
        "my weights feel way too easy now, what do I change",
        "I've been doing the same weight for months and nothing changes",
        "how do I know when to go heavier",
    ),
    "rule:form_first": (
        "what are the basic technique rules for strength exercises",
        "general form tips that apply to every leg exercise",
        "my knees cave in when I squat, does it matter",
        "should I worry about my technique more than the weight",
    ),
    "rule:opposing_balance": (
        "should the front and back of my thighs be equally strong",
        "my quads are much stronger than my hamstrings",
    ),
    "rule:balance_training": (
        "I keep rolling my ankle on trails, can strength help",
        "how do I get steadier on uneven ground",
        "is standing on one leg and wobbling worth doing for a runner",
        "what do balance drills actually do for me",
        "single-leg stability work, any benefit",
    ),
}

PARAPHRASES: MappingProxyType[str, tuple[str, ...]] = MappingProxyType(_P)
