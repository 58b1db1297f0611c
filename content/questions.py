"""The questions each topic answers, in a runner's words: retrieval indexes them beside the topic's text.

Keys are topic ids ("exercise:calf_raise", "rule:frequency", ...); every topic has a few phrasings so
that each fact of the content can be reached by asking, not only by naming it. Kept in one table so
that exercises.py, anatomy.py and guidance.py stay about the facts themselves.
"""

from __future__ import annotations

from types import MappingProxyType

_Q: dict[str, tuple[str, ...]] = {
    # ---- exercises ---------------------------------------------------------------------------------
    "exercise:calf_raise": (
        "going up on tiptoe on the edge of a stair",
        "how do I raise my heels off a step",
        "what is the standing calf raise and how many do I do",
        "rising onto the toes to strengthen the lower leg",
    ),
    "exercise:one_leg_squat": (
        "how do I do a squat balancing on one foot",
        "single-leg squat steps",
        "bodyweight squat on one leg for runners",
    ),
    "exercise:hamstring_pushup": (
        "how do I lift my hips with my heels up on a ball",
        "hamstring exercise on the back with feet raised",
        "what is the hamstring push up",
    ),
    "exercise:step_up": (
        "how do I step up onto a bench or box",
        "stepping onto a knee-high bench one leg at a time",
        "what height of step for the step-up",
    ),
    "exercise:bridge": (
        "how do I raise my hips off the floor lying on my back",
        "glute bridge technique",
        "hip lift from the floor for the glutes and hamstrings",
    ),
    "exercise:toe_raise": (
        "how do I pull my toes up with my back to a wall",
        "exercise for the muscles at the front of the shin",
        "toe lift leaning against a wall",
    ),
    "exercise:line_hops": (
        "how do I hop over a line quickly",
        "side to side hopping drill",
        "first plyometric drill for beginners",
    ),
    "exercise:box_hops": (
        "how do I jump up onto a box",
        "hopping onto a low step and switching legs",
        "box jump drill for runners",
    ),
    "exercise:skipping": (
        "how do skipping drills work",
        "skip with high knees drill",
        "bounding and skipping for power",
    ),
    "exercise:hill_repeats": (
        "how do I run hill reps",
        "how steep a hill and how many repeats",
        "uphill sprints and jogging back down",
    ),
    "exercise:treadmill_incline": (
        "how do I do hills on a treadmill",
        "what gradient to set on the treadmill",
        "incline running indoors",
    ),
    "exercise:quad_extension": (
        "how do I use the knee extension machine",
        "seated machine that straightens the knees",
        "quad machine technique",
    ),
    "exercise:hamstring_curl": (
        "how do I use the leg curl machine",
        "bending the knees against a pad on a machine",
        "hamstring machine technique",
    ),
    "exercise:leg_press": (
        "how do I use the leg press machine",
        "pushing a platform away with my feet",
        "how deep on the leg press",
    ),
    "exercise:lunge": (
        "how far down do I go in a lunge",
        "how do I do a lunge",
        "stepping forward and dropping the back knee",
        "dumbbell lunge technique",
    ),
    "exercise:walking_lunge": (
        "how do I do lunges that move forward",
        "lunge walk across the floor",
        "travelling lunges",
    ),
    "exercise:wall_squat": (
        "how do I squat with my back against a wall",
        "wall sit with an exercise ball",
        "sliding down a wall into a squat",
    ),
    "exercise:hip_abduction": (
        "how do I lift my leg to the side lying down",
        "hip strengthener with an ankle weight",
        "side leg raise for the outer hip",
    ),
    "exercise:supine_leg_lift": (
        "straight leg lift on your back with an ankle weight",
        "how do I raise a straight leg lying face up",
        "leg lift on my back for the hip flexors",
        "lying straight leg raise",
    ),
    "exercise:weighted_calf_raise": (
        "calf raise while holding a weight in each hand",
        "how do I do calf raises with dumbbells",
        "adding weight to calf raises",
        "heavier calf raise in the gym",
    ),
    "exercise:weighted_one_leg_squat": (
        "one-legged squat while holding a weight",
        "how do I do a one-leg squat holding weights",
        "single leg squat with dumbbells in the gym",
        "making the one legged squat heavier",
    ),
    # ---- muscles -----------------------------------------------------------------------------------
    "muscle:quads": (
        "what do the front thigh muscles do in running",
        "how do I train my quadriceps",
        "which exercises work the quads",
    ),
    "muscle:hamstrings": (
        "what do the back thigh muscles do in running",
        "how do I train my hamstrings",
        "which exercises work the hamstrings",
    ),
    "muscle:calves": (
        "what do the calf muscles do when I run",
        "how do I train my calves and lower legs",
        "which exercises work the calves",
    ),
    "muscle:glutes": (
        "what do the buttock muscles do in running",
        "how do I train my glutes",
        "which exercises work the glutes",
    ),
    "muscle:hips": (
        "what do the hip flexors and extenders do",
        "how do I train my hip muscles",
        "which exercises work the hips",
    ),
    # ---- injuries ----------------------------------------------------------------------------------
    "injury:shin_splints": (
        "what helps pain at the front of the shins",
        "which exercises prevent shin splints",
        "why do my shins ache when I run",
    ),
    "injury:runners_knee": (
        "what helps pain around the kneecap",
        "which exercises prevent runner's knee",
        "why does my knee hurt after running",
    ),
    "injury:hip_weakness": (
        "what if my knees collapse inwards when I run",
        "what do weak hips do to my running",
        "which exercises fix weak hips",
    ),
    # ---- timing ------------------------------------------------------------------------------------
    "rule:frequency": (
        "how frequently should I train for strength",
        "how many times a week should I do strength training",
        "how often should runners lift",
        "is every day too much strength work",
    ),
    "rule:hard_run_day": (
        "which days of the week suit strength sessions",
        "lifting on a workout day with a hard session",
        "can I lift on the same day as a hard run",
        "should strength go with an easy run or a hard one",
        "strength after intervals or a long run",
    ),
    "rule:race_day": (
        "leg session the day before a 5k, 10k or half marathon",
        "can I do strength work the day before a race",
        "should I skip lifting before a race",
        "strength training in the days before a race",
    ),
    "rule:run_first": (
        "should I run or lift first on the same day",
        "do I run before or after strength training",
        "which comes first, the run or the weights",
    ),
    "rule:recovery_week": (
        "do I need a week off strength training",
        "how often should I take a recovery week",
        "should I rest from lifting for a week",
    ),
    "rule:off_season": (
        "when in the year is best for strength training",
        "what should I do when bad weather stops me running",
        "strength training in the off season and winter",
    ),
    # ---- session shape -----------------------------------------------------------------------------
    "rule:warm_up": (
        "how do I warm up before a strength session",
        "do I need to warm up before lifting",
        "should I stretch before strength work",
    ),
    "rule:stretch_after": (
        "should I stretch after strength training",
        "how do I cool down after a session",
        "which stretches at the end of a workout",
    ),
    "rule:time_needed": (
        "how long should a strength session be",
        "how many minutes does strength work take",
        "I don't have much time, is a short session enough",
    ),
    "rule:variety_fun": (
        "how do I make dull workouts more interesting",
        "I hate doing strength work",
        "how do I stop strength training being boring",
        "how do I stay motivated to do strength work",
        "should I change my exercises to keep it fun",
    ),
    "rule:routine": (
        "give me a strength routine",
        "what should today's leg session be",
        "make me a workout for my legs",
    ),
    "rule:progression": (
        "what next when an exercise is too easy",
        "when do I make my sessions harder",
        "how do I progress my strength training",
        "what do I do when an exercise gets too easy",
        "when should I add reps, sets or weight",
    ),
    # ---- load --------------------------------------------------------------------------------------
    "rule:sets_reps": (
        "how many sets and reps should I do",
        "how heavy should the weight be",
        "what resistance should I use",
    ),
    "rule:bulk": (
        "will I get huge legs like a bodybuilder",
        "will lifting make me bulky",
        "will strength training slow me down",
        "should runners lift heavy weights or light ones",
    ),
    "rule:comfortable_load": (
        "should I lift as heavy as possible",
        "should I lift as much as I can",
        "is training to failure a good idea",
        "how hard should I push each set",
    ),
    # ---- technique ---------------------------------------------------------------------------------
    "rule:breathing": (
        "how should I breathe during exercises",
        "when do I breathe in and out on a rep",
        "is holding my breath bad",
    ),
    "rule:range_of_motion": (
        "how far should each rep go",
        "should I use a full range of motion",
        "are partial reps enough",
    ),
    "rule:slow_controlled": (
        "how fast should I do each rep",
        "is bouncing or using momentum ok",
        "should I lower the weight slowly",
    ),
    "rule:lock_knees": (
        "should I straighten my knees all the way",
        "is locking the knees bad",
        "how straight should my legs get at the top",
    ),
    "rule:form_first": (
        "is it ok if my form slips on the last reps",
        "how important is form compared to weight",
        "should I keep my knees behind my toes",
        "is it ok to cheat a rep to lift more",
    ),
    "rule:balance_training": (
        "why train balance and coordination",
        "how do I get more stable on my feet",
        "do balance exercises help runners",
    ),
    "rule:one_legged": (
        "why do exercises on one leg",
        "what if one leg is weaker than the other",
        "are single-leg exercises better for runners",
    ),
    # ---- why ---------------------------------------------------------------------------------------
    "rule:why_strength": (
        "will strength work improve my race times or personal best",
        "why should runners do strength training",
        "will strength work make me run faster",
        "is running enough on its own to get strong",
    ),
    "rule:injury_prevention": (
        "how does strength training prevent injuries",
        "how do I stop getting injured",
        "what causes overuse injuries in runners",
    ),
    "rule:opposing_balance": (
        "one muscle group is much stronger than its opposite",
        "should quads and hamstrings be equally strong",
        "what is a muscle imbalance and why does it matter",
        "do I need to train opposing muscles",
    ),
    "rule:muscles_used": (
        "which muscles does running use",
        "what are the main leg muscles for runners",
        "which muscle groups should a runner train",
    ),
    "rule:running_form": (
        "why do I lean forward or slouch when I get tired",
        "does strength help my running posture",
        "how do strong legs improve running form",
        "why do I slump or lean when I run",
    ),
    "rule:about": (
        "what can you do",
        "what can I ask you about",
        "what topics do you know",
    ),
    # ---- where and kit -----------------------------------------------------------------------------
    "rule:gym_vs_home": (
        "should I train at the gym or at home",
        "do I need a gym",
        "what are the advantages of the gym",
    ),
    "rule:home_workout": (
        "leg exercises for a small flat or living room with no kit",
        "what can I do at home with no equipment",
        "which bodyweight exercises for runners",
        "home leg workout without a gym",
    ),
    "rule:machines": (
        "which gym machines should I use",
        "are resistance machines good for runners",
        "what are the basic leg machines",
    ),
    "rule:free_weights": (
        "should I use free weights or machines",
        "what can I do with dumbbells",
        "why use free weights",
    ),
    "rule:plyometrics": (
        "what is plyometric training",
        "should runners do jumping drills",
        "how do I build explosive power",
    ),
    # ---- missing kit -------------------------------------------------------------------------------
    "equipment:exercise_ball": (
        "what can I use instead of an exercise ball",
        "I don't have a stability ball",
    ),
    "equipment:bench": (
        "what can I use instead of a bench",
        "I don't have a bench",
    ),
    "equipment:step": (
        "what can I use instead of a step or box",
        "I don't have a step",
    ),
    "equipment:hill": (
        "what can I do instead of hills",
        "there is no hill near me",
    ),
    "equipment:treadmill": (
        "what can I do instead of a treadmill",
        "I don't have a treadmill",
    ),
    "equipment:ankle_weights": (
        "what can I use instead of ankle weights",
        "I don't have an ankle weight",
    ),
    "equipment:dumbbells": (
        "what can I do without dumbbells",
        "I don't have any weights",
    ),
    "equipment:machines": (
        "what can I do instead of gym machines",
        "my gym doesn't have leg machines",
    ),
    "equipment:chair": (
        "what can I use instead of a chair",
        "I don't have a chair",
    ),
}

QUESTIONS: MappingProxyType[str, tuple[str, ...]] = MappingProxyType(_Q)
