"""The questions each topic answers, in a runner's words: retrieval indexes them beside the topic's text.

Keys are topic ids ("exercise:calf_raise", "rule:frequency", ...); every topic has a few phrasings so
that each fact of the content can be reached by asking, not only by naming it. Kept in one table so
that exercises.py, anatomy.py and guidance.py stay about the facts themselves.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from types import MappingProxyType

from content import rx

_Q: dict[str, tuple[str, ...]] = {
    # ---- exercises ---------------------------------------------------------------------------------
    "exercise:calf_raise": (
        "should my heels go below the step",
        "calf raise dose and form",
        "going up on tiptoe on the edge of a stair",
        "how do I raise my heels off a step",
        "what is the standing calf raise and how many do I do",
        "rising onto the toes to strengthen the lower leg",
        "going up on my tiptoes on a stair is too easy now, how do I make it harder",
        "calf raises on one leg or both",
        "calf raises with one foot or two",
        "both feet or just one for calf raises",
        "do I do calf raises with both feet",
        "calf raises one foot at a time",
    ),
    "exercise:one_leg_squat": (
        "split squat with the back foot on its toes",
        "how far down in a one leg squat",
        "how do I do a squat balancing on one foot",
        "single-leg squat steps",
        "bodyweight squat on one leg for runners",
    ),
    "exercise:hamstring_pushup": (
        "lowering my hips slowly with one foot on a chair",
        "is the hamstring push-up hard",
        "how do I lift my hips with my heels up on a ball",
        "hamstring exercise on the back with feet raised",
        "what is the hamstring push up",
        "heels up on a chair, one foot lifted off it, lowering slowly",
    ),
    "exercise:step_up": (
        "step ups onto a chair or stair",
        "should I lock the knee at the top of a step up",
        "how do I step up onto a bench or box",
        "stepping onto a knee-high bench one leg at a time",
        "what height of step for the step-up",
    ),
    "exercise:bridge": (
        "bum off the floor on my back exercise",
        "how long do I hold a bridge",
        "how do I raise my hips off the floor lying on my back",
        "glute bridge technique",
        "hip lift from the floor for the glutes and hamstrings",
    ),
    "exercise:toe_raise": (
        "lifting toes with heels on the ground",
        "shin strengthening move by a wall",
        "how do I pull my toes up with my back to a wall",
        "exercise for the muscles at the front of the shin",
        "toe lift leaning against a wall",
        "how do I strengthen the front of my shins",
        "what strengthens the front of the lower leg",
        "the muscle at the front of my shin is weak",
    ),
    "exercise:line_hops": (
        "quick hops across a line on the floor",
        "how long do I hop over the line",
        "how do I hop over a line quickly",
        "side to side hopping drill",
        "first plyometric drill for beginners",
        "jumping side to side over a line, what is that drill for",
    ),
    "exercise:box_hops": (
        "hop onto a step and back down",
        "how high a box for hops",
        "how do I jump up onto a box",
        "hopping onto a low step and switching legs",
        "box jump drill for runners",
    ),
    "exercise:skipping": (
        "exaggerated skips with high knees",
        "skipping as a running drill",
        "how do skipping drills work",
        "skip with high knees drill",
        "bounding and skipping for power",
    ),
    "exercise:hill_repeats": (
        "run hard up a hill and walk back down",
        "what grade of slope for hill reps",
        "how do I run hill reps",
        "how steep a hill and how many repeats",
        "uphill sprints and jogging back down",
        "can I use a hill instead of a gym for strength",
        "is running up hills real strength work",
    ),
    "exercise:treadmill_incline": (
        "raise the treadmill gradient for hill work",
        "treadmill hill repeats",
        "how do I do hills on a treadmill",
        "what gradient to set on the treadmill",
        "incline running indoors",
    ),
    "exercise:quad_extension": (
        "leg extension machine for the front of the thigh",
        "should I lock my knees on the extension machine",
        "how do I use the knee extension machine",
        "seated machine that straightens the knees",
        "quad machine technique",
    ),
    "exercise:hamstring_curl": (
        "curl the heels towards my bum on the machine",
        "leg curl dose",
        "how do I use the leg curl machine",
        "bending the knees against a pad on a machine",
        "hamstring machine technique",
    ),
    "exercise:leg_press": (
        "press the platform with both feet",
        "how far to bend the knees on the leg press",
        "how do I use the leg press machine",
        "pushing a platform away with my feet",
        "how deep on the leg press",
    ),
    "exercise:lunge": (
        "lunge holding dumbbells at my sides",
        "how far forward should I step in a lunge",
        "how far down do I go in a lunge",
        "how do I do a lunge",
        "stepping forward and dropping the back knee",
        "dumbbell lunge technique",
    ),
    "exercise:walking_lunge": (
        "keep lunging forward step after step",
        "walking lunge with dumbbells",
        "how do I do lunges that move forward",
        "lunge walk across the floor",
        "travelling lunges",
    ),
    "exercise:wall_squat": (
        "ball between my back and the wall squat",
        "how low in a wall sit",
        "how do I squat with my back against a wall",
        "wall sit with an exercise ball",
        "sliding down a wall into a squat",
    ),
    "exercise:hip_abduction": (
        "raise the top leg lying on my side",
        "outer hip exercise with ankle weight",
        "how do I lift my leg to the side lying down",
        "hip strengthener with an ankle weight",
        "side leg raise for the outer hip",
    ),
    "exercise:supine_leg_lift": (
        "raise one straight leg while lying flat",
        "hip flexor lift lying face up",
        "straight leg lift on your back with an ankle weight",
        "how do I raise a straight leg lying face up",
        "leg lift on my back for the hip flexors",
        "lying straight leg raise",
    ),
    "exercise:weighted_calf_raise": (
        "calf raise with a dumbbell",
        "harder calf raise with weights",
        "calf raise while holding a weight in each hand",
        "how do I do calf raises with dumbbells",
        "adding weight to calf raises",
        "heavier calf raise in the gym",
    ),
    "exercise:weighted_one_leg_squat": (
        "split squat with dumbbells",
        "harder one-legged squat with weights",
        "one-legged squat while holding a weight",
        "how do I do a one-leg squat holding weights",
        "single leg squat with dumbbells in the gym",
        "making the one legged squat heavier",
    ),
    # ---- muscles -----------------------------------------------------------------------------------
    "muscle:quads": (
        "what are the quadriceps",
        "are my thigh muscles important for running",
        "what do the front thigh muscles do in running",
        "how do I train my quadriceps",
        "which exercises work the quads",
    ),
    "muscle:hamstrings": (
        "what are the hamstrings",
        "why do hamstrings matter for runners",
        "what do the back thigh muscles do in running",
        "how do I train my hamstrings",
        "which exercises work the hamstrings",
    ),
    "muscle:calves": (
        "what are the calves for",
        "do runners need strong calves",
        "what do the calf muscles do when I run",
        "how do I train my calves and lower legs",
        "which exercises work the calves",
        "what is the difference between the two calf muscles",
    ),
    "muscle:glutes": (
        "what are the glutes",
        "do runners need strong bum muscles",
        "what do the buttock muscles do in running",
        "how do I train my glutes",
        "which exercises work the glutes",
        "do my butt muscles matter for running",
        "my upper body tips or hunches forward when I tire late in a run",
        "why does my posture fold over at the waist in the last miles",
    ),
    "muscle:hips": (
        "what are the hip flexors",
        "do runners need strong hips",
        "what do the hip flexors and extenders do",
        "how do I train my hip muscles",
        "which exercises work the hips",
        "which muscles lift my knee up when I run",
    ),
    # ---- injuries ----------------------------------------------------------------------------------
    "injury:shin_splints": (
        "sore shins from running",
        "can exercises help my shin pain",
        "what helps pain at the front of the shins",
        "which exercises prevent shin splints",
        "why do my shins ache when I run",
        "an ache down the front of my lower legs when I run",
    ),
    "injury:runners_knee": (
        "knee cap pain from running",
        "can strength work help sore knees",
        "what helps pain around the kneecap",
        "which exercises prevent runner's knee",
        "why does my knee hurt after running",
    ),
    "injury:hip_weakness": (
        "my knee buckles inward while running",
        "knees knocking together as I run",
        "my hips are weak",
        "knees turn in when I run",
        "what if my knees collapse inwards when I run",
        "what do weak hips do to my running",
        "which exercises fix weak hips",
    ),
    # ---- timing ------------------------------------------------------------------------------------
    "rule:frequency": (
        "can I lift every day",
        "how many strength days per week",
        "how frequently should I train for strength",
        "how many times a week should I do strength training",
        "how often should runners lift",
        "is every day too much strength work",
        "how many leg sessions should I fit in",
        "what's a sensible number of strength days",
        "is training legs every single day overdoing it",
    ),
    "rule:hard_run_day": (
        "lifting on a speed session day",
        "should I do strength on easy run days",
        "which days of the week suit strength sessions",
        "lifting on a workout day with a hard session",
        "can I lift on the same day as a hard run",
        "should strength go with an easy run or a hard one",
        "strength after intervals or a long run",
    ),
    "rule:race_day": (
        "lifting the night before race day",
        "strength training right before a race",
        "leg session the day before a 5k or 10k race",
        "can I do strength work the day before a race",
        "should I skip lifting before a race",
        "strength training in the days before a race",
    ),
    "rule:run_first": (
        "gym first or run first",
        "do the run and then the weights",
        "run then lift or lift then run",
        "order of run and strength session",
        "should I run or lift first on the same day",
        "do I run before or after strength training",
        "which comes first, the run or the weights",
    ),
    "rule:recovery_week": (
        "do I need a deload",
        "a break from strength work once a month",
        "do I need a week off strength training",
        "how often should I take a recovery week",
        "should I rest from lifting for a week",
        "are deload weeks a thing for runners who lift",
    ),
    "rule:off_season": (
        "snow and ice keep me indoors, should I lift",
        "what to do in the dark winter months",
        "frozen icy roads, train strength instead",
        "strength work when I can't run outside",
        "is winter a good time to lift",
        "when in the year is best for strength training",
        "what should I do when bad weather stops me running",
        "strength training in the off season and winter",
        "is winter the right time to focus on getting stronger",
        "my goal race is months away, is now the time to lift",
        "should I do strength work in the build-up to a spring race",
        "a few months before my target race, should I be in the gym",
        "is the quiet time before race season good for weights",
        "no races for a while, should I focus on strength",
        "away for a fortnight with no chance to go running, worth doing strength instead",
        "stuck somewhere I can't get out for runs, is it a good spell for leg work",
    ),
    # ---- session shape -----------------------------------------------------------------------------
    "rule:warm_up": (
        "how do I begin a strength session",
        "first thing to do in a workout",
        "what should I do before lifting",
        "can I skip warming up",
        "how do I warm up before a strength session",
        "do I need to warm up before lifting",
        "should I stretch before strength work",
        "I don't want to start lifting with cold muscles",
        "should I jog first, before the weights",
        "how do I loosen up before strength work",
    ),
    "rule:stretch_after": (
        "how do I finish a strength session",
        "last thing to do in a workout",
        "stretch at the end of leg day",
        "should I stretch when I finish lifting",
        "should I stretch after strength training",
        "how do I cool down after a session",
        "which stretches at the end of a workout",
    ),
    "rule:time_needed": (
        "how much time should I set aside for strength work",
        "how much time does a leg session take",
        "is a 15 minute session enough",
        "how long is a leg workout",
        "how long should a strength session be",
        "how many minutes does strength work take",
        "I don't have much time, is a short session enough",
    ),
    "rule:variety_fun": (
        "leg workouts bore me",
        "how can I enjoy leg day",
        "how do I make dull workouts more interesting",
        "I hate doing strength work",
        "how do I stop strength training being boring",
        "how do I stay motivated to do strength work",
        "should I change my exercises to keep it fun",
        "I dread leg day, how do I make it less of a slog",
        "ways to make leg sessions something I look forward to",
        "leg work feels like a grind I put off",
        "strength sessions feel like a chore, how do I keep at it",
        "I keep skipping strength work because it's tedious",
    ),
    "rule:routine": (
        "which exercises go in my session",
        "what do I do for legs",
        "a plan for today's strength session",
        "what exercises for my legs today",
        "give me a strength routine",
        "what should today's leg session be",
        "make me a workout for my legs",
    ),
    "rule:progression": (
        "when should I move up to a heavier weight",
        "how do I keep improving month after month",
        "getting stronger over time",
        "how do I make an exercise harder",
        "when can I add more reps or weight",
        "what next when an exercise is too easy",
        "when do I make my sessions harder",
        "how do I progress my strength training",
        "what do I do when an exercise gets too easy",
        "when should I add reps, sets or weight",
    ),
    # ---- load --------------------------------------------------------------------------------------
    "rule:sets_reps": (
        "how heavy should my strength sessions be",
        "how much weight for leg exercises",
        "how many reps per set",
        "what load should I lift",
        "how many sets and reps should I do",
        "how heavy should the weight be",
        "what resistance should I use",
        "which rep range is best for runners",
        "after how many reps should the muscles be tired",
    ),
    "rule:bulk": (
        "bulkiness and muscle size from lifting",
        "getting too muscly for running",
        "will squats make my legs too big",
        "does heavy lifting slow runners down",
        "will I get huge legs like a bodybuilder",
        "will lifting make me bulky",
        "will strength training slow me down",
        "should runners lift heavy weights or light ones",
        "will leg workouts leave me too tired to run well",
        "will weights make me heavier and slower when I race",
        "I'm worried lifting adds muscle weight that slows me",
        "how do I get stronger without putting on size",
        "can I build strength without getting big legs",
        "will lifting make my legs feel heavy and sluggish",
        "strong lean legs without bodybuilder bulk",
    ),
    "rule:comfortable_load": (
        "going heavy until my muscles fail",
        "should I max out",
        "is it bad to lift my maximum",
        "should every set be to failure",
        "should I lift as heavy as possible",
        "should I lift as much as I can",
        "is training to failure a good idea",
        "how hard should I push each set",
    ),
    # ---- technique ---------------------------------------------------------------------------------
    "rule:breathing": (
        "should I breathe out when I lift",
        "breath holding while lifting",
        "how should I breathe during exercises",
        "when do I breathe in and out on a rep",
        "is holding my breath bad",
    ),
    "rule:range_of_motion": (
        "should I go all the way down",
        "full or half reps",
        "how far should each rep go",
        "should I use a full range of motion",
        "are partial reps enough",
    ),
    "rule:slow_controlled": (
        "should my reps be slow",
        "swinging or jerking the weight up",
        "should I move the weight fast",
        "can I bounce at the bottom of a rep",
        "reps quick or slow",
        "how fast should I do each rep",
        "is bouncing or using momentum ok",
        "should I lower the weight slowly",
    ),
    "rule:lock_knees": (
        "should my knees be straight at the top",
        "can I lock out my legs",
        "should I straighten my knees all the way",
        "is locking the knees bad",
        "how straight should my legs get at the top",
    ),
    "rule:form_first": (
        "can I sacrifice form for more weight",
        "knees in front of toes when squatting",
        "is it ok if my form slips on the last reps",
        "how important is form compared to weight",
        "should I keep my knees behind my toes",
        "is it ok to cheat a rep to lift more",
    ),
    "rule:balance_training": (
        "can balance work make me steadier",
        "exercises for stability",
        "why train balance and coordination",
        "how do I get more stable on my feet",
        "do balance exercises help runners",
        "are balance drills worth doing",
    ),
    "rule:one_legged": (
        "should I train one leg at a time",
        "my legs are uneven in strength",
        "why do exercises on one leg",
        "what if one leg is weaker than the other",
        "are single-leg exercises better for runners",
        "what's the benefit of single-leg exercises",
        "why train each leg on its own",
        "why not just work both legs together",
    ),
    # ---- why ---------------------------------------------------------------------------------------
    "rule:why_strength": (
        "is strength work good for marathon runners",
        "does getting stronger help over long distances",
        "should I bother lifting if all I care about is running",
        "what's the point of weights for a distance runner",
        "do I have to lift to run well",
        "can lifting make me a faster runner",
        "do runners need strength training",
        "will strength work improve my race times or personal best",
        "does lifting help you run a faster marathon or 10k",
        "why should runners do strength training",
        "will strength work make me run faster",
        "is running enough on its own to get strong",
        "do strong muscles use oxygen more efficiently",
        "does strength make climbing hills easier",
        "can leg work give me a longer stride",
        "do I have to train legs if I'm a runner",
        "I already run lots of miles, don't my legs get strong enough from that",
        "is it a bad idea to skip leg day because I run anyway",
        "will lifting help a sprinter get a more explosive start",
        "why do stronger legs stop me running out of energy as early",
        "someone told me running counts as leg training, is that true",
        "my mate says runners don't need the gym because running works the legs",
        "isn't running already a leg workout",
        "do I still need strength work if running trains my legs",
        "running is my leg day, so why lift",
        "how do stronger muscles look after my knees and ankles",
        "does leg strength mean less wear on tendons and ligaments",
        "what good does strength work do my joints",
        "what will stronger legs change about my running speed",
    ),
    "rule:injury_prevention": (
        "can strength training stop injuries",
        "why do runners get hurt",
        "how does strength training prevent injuries",
        "how do I stop getting injured",
        "what causes overuse injuries in runners",
    ),
    "rule:opposing_balance": (
        "can a muscle imbalance cause injury",
        "should I train quads and hamstrings equally",
        "one muscle group is much stronger than its opposite",
        "should quads and hamstrings be equally strong",
        "what is a muscle imbalance and why does it matter",
        "do I need to train opposing muscles",
        "am I training the front of my legs and forgetting the back",
    ),
    "rule:muscles_used": (
        "what leg muscles matter for running",
        "which muscles should runners strengthen",
        "which muscles does running use",
        "what are the main leg muscles for runners",
        "which muscle groups should a runner train",
        "what muscles am I using on an easy jog",
        "which leg muscles do the most work in a stride",
        "which muscles absorb the impact when my foot lands",
    ),
    "rule:running_form": (
        "can strength help me run taller",
        "does strength improve my stride",
        "why do I lean forward or slouch when I get tired",
        "does strength help my running posture",
        "how do strong legs improve running form",
        "why do I slump or lean when I run",
    ),
    "rule:about": (
        "which questions do you take",
        "what do you know about",
        "what are you for",
        "help",
        "what can you do",
        "what can I ask you about",
        "what topics do you know",
    ),
    # ---- where and kit -----------------------------------------------------------------------------
    "rule:gym_vs_home": (
        "is a gym worth it for runners",
        "can I train at home instead of a gym",
        "should I train at the gym or at home",
        "do I need a gym",
        "what are the advantages of the gym",
    ),
    "rule:home_workout": (
        "can I train legs at home",
        "exercises with no equipment",
        "leg exercises for a small flat or living room with no kit",
        "what can I do at home with no equipment",
        "which bodyweight exercises for runners",
        "home leg workout without a gym",
        "never lifted before, where do I start",
        "complete beginner, what do I do first",
        "how can I use the stairs in my building for leg strength",
        "stair workout for my legs, no gym membership",
    ),
    "rule:machines": (
        "can I use gym machines",
        "best leg machines at the gym",
        "which gym machines should I use",
        "are resistance machines good for runners",
        "what are the basic leg machines",
    ),
    "rule:free_weights": (
        "can I use dumbbells for leg strength",
        "are free weights better than machines",
        "should I use free weights or machines",
        "what can I do with dumbbells",
        "why use free weights",
    ),
    "rule:plyometrics": (
        "are jumping drills good for runners",
        "can plyometrics make me faster",
        "what is plyometric training",
        "should runners do jumping drills",
        "how do I get more explosive power in my legs",
    ),
    # ---- missing kit -------------------------------------------------------------------------------
    "equipment:exercise_ball": (
        "haven't got a ball for that exercise",
        "no gym ball",
        "can I do it without a ball",
        "what can I use instead of an exercise ball",
        "I have no stability ball",
    ),
    "equipment:bench": (
        "no weight bench",
        "can I do it without a bench",
        "what can I use instead of a bench",
        "I don't have a bench",
    ),
    "equipment:step": (
        "no step at home",
        "can I do it without a box",
        "what can I use instead of a step or box",
        "I don't have a step",
    ),
    "equipment:hill": (
        "everywhere round me is level ground, how do I do hill work",
        "no slopes anywhere near",
        "no hills nearby, what instead",
        "it's flat where I run",
        "what can I do instead of hills",
        "there is no hill near me",
    ),
    "equipment:treadmill": (
        "no treadmill at home",
        "can I do it without a treadmill",
        "what to use when there is no treadmill",
        "I have no treadmill at all",
    ),
    "equipment:ankle_weights": (
        "no ankle weight",
        "can I do it without ankle weights",
        "what can I use instead of ankle weights",
        "I don't have an ankle weight",
    ),
    "equipment:dumbbells": (
        "no dumbbells at home",
        "can I do it without dumbbells",
        "what can I do without dumbbells",
        "I don't have any weights",
    ),
    "equipment:machines": (
        "instead of a machine exercise, what can I do",
        "no leg press or curl machine",
        "no machines at my gym",
        "can I do it without a machine",
        "what can I do instead of gym machines",
        "my gym doesn't have leg machines",
    ),
    "equipment:chair": (
        "no chair",
        "can I do it without a chair",
        "what can I use instead of a chair",
        "I don't have a chair",
    ),
}

QUESTIONS: MappingProxyType[str, tuple[str, ...]] = MappingProxyType(_Q)

# Questions runners ask that are not about leg strength: each group is a document the answerer ranks
# beside the topics, and when one of them wins the question gets the "I only know leg strength"
# reply instead of a far-fetched topic.
OFF_SCOPE: tuple[tuple[str, ...], ...] = (
    (  # food and drink
        "what should I eat before a run",
        "how much protein do I need",
        "how many calories should I eat",
        "best food for runners",
        "what to drink during a marathon",
        "carbs, diet, nutrition, supplements, hydration, energy gels, breakfast",
        "which protein shake or creatine supplement should I take",
        "protein powder, protein bars, vitamins",
    ),
    (  # strength work that isn't for the legs
        "exercises for my arms, chest, shoulders or back",
        "how do I get a six pack or bigger biceps",
        "upper body workout: push-ups, pull-ups, bench press, curls",
    ),
    (  # sleep and health
        "how much sleep do I need",
        "how do I sleep better",
        "I have a cold, can I run",
        "how do I lower my blood pressure or cholesterol",
        "doctor, medicine, illness, flu, fever",
        "how do I get over a cold or a cough",
        "snoring, headaches, allergies, stress, weight loss",
    ),
    (  # kit that isn't for strength work
        "which running shoes should I buy",
        "best running watch",
        "what should I wear for running",
        "shoes, trainers, socks, clothes, headphones, watch, app",
    ),
    (  # running plans and pacing
        "what is a good marathon training plan",
        "how do I run a faster mile",
        "what pace should I run my long run",
        "how many miles a week should I run",
        "couch to 5k plan, pace, mileage, splits, personal best plan",
    ),
    (  # weather and time
        "what is the weather forecast",
        "will it rain tomorrow",
        "is it going to rain or snow this weekend",
        "what time is it",
        "forecast, temperature, sunny, today's weather",
    ),
    (  # anything else
        "jokes and small talk",
        "write me a poem or a story",
        "what is the capital of a country",
        "help me with maths or homework",
        "arithmetic: adding, multiplying, dividing numbers",
        "science and trivia: physics, space, history, geography facts",
        "recommend a film, a book or a podcast",
        "news, politics, money, shopping, travel, cooking, computers, phones",
    ),
)

_DAYS = {
    "mon": "monday",
    "tue": "tuesday",
    "tues": "tuesday",
    "wed": "wednesday",
    "weds": "wednesday",
    "thu": "thursday",
    "thur": "thursday",
    "thurs": "thursday",
    "fri": "friday",
    "sat": "saturday",
    "sun": "sunday",
}

# Chat shorthand and idioms, rewritten before retrieval (each a whole-word regex on the lower-cased
# question → plain words): "5x a week" counts times, "walk me through" asks how, not about walking.
# Lifts the article doesn't name ("is a pistol squat the same as the one-legged squat?" is answered
# honestly elsewhere, not as a difference between two of its moves).
_UNNAMED_LIFT = rx.compile(
    r"\b(?:pistols?|bulgarian|split squats?|nordic|deadlifts?|goblet|sissy|hack squats?|back squats?|"
    r"front squats?|barbell|kettlebell|box jumps?|wall sits?|sldl|rdl|thrusts?)\b",
    re.IGNORECASE,
)

_MOVES_SAID = rx.compile(
    r"\b(?:hill (?:reps|repeats|sprints|running|sessions)|hills|squats|lunges|plyos|plyometrics|calf raises|"
    r"bridges|step ups|box jumps|box hops|line hops)\b"
)
# "too thick" said of the runner's legs ("my legs"), not of a mat or a step.
_BODY_SAID = rx.compile(r"\b(?:legs?|thighs?|quads?|calf|calves|glutes?|butt|bum|me|i|im|get|getting|make)\b")
_STEEP_SAID = rx.compile(r"(?i)\b(?:steep\w*|grade|gradient|slope|incline)\b")
_THING_SAID = rx.compile(r"\b(?:mat|pad|band|step|box|bench|book|cushion|towel)\b")
# (r18 te) "every time our running volume jumps", "a big jump in mileage": the training load's rise in the
# story, not a jumping drill asked about (it answered "Not for now: hopping and bounding...")
_STORY_JUMP = (
    r"(?i)\b(?:(?:volume|mileage|miles|distance|load|training|kms?|pace|heart rate)(?: \w+)? "
    r"jump(?:s|ed|ing)?|"
    r"(?:a|the|big|sudden|any|huge) jumps? (?:in|up)|"
    r"jump(?:s|ed|ing)? (?:in|up) (?:my |our |the )?(?:mileage|volume|miles|distance|training|load|kms?))\b"
)
_RISE = {"jump": "rise", "jumps": "rises", "jumped": "rose", "jumping": "rising"}


def _story_rise(m: re.Match[str]) -> str:
    return " ".join(_RISE.get(w.lower(), w) for w in m.group(0).split(" "))


_LUNGE_TALK = rx.compile(
    r"(?i)\b(?:knees?|bend\w*|degrees?|degre|deg|90|angle|deep|depth|low|lower\w*|torso|upright|step\w*|"
    r"stride|front (?:leg|foot)|back (?:leg|foot|knee)|rear|sets?|reps?|form|technique|dumbbells?|weights?|"
    r"walking|reverse|forward|quads?|glutes?|hamstrings?)\b"
)
_BREATH_TALK = rx.compile(
    r"(?i)\b(?:breath\w*|burn\w*|air|oxygen|capacity|cardio|aerobic|vo2\w*|heart|chest|wheez\w*|asthma\w*|"
    r"cough\w*|puff\w*|lungs? (?:give|are|were|feel|hurt|ache)|before (?:my |the )?lungs)\b"
)


SHORTHAND: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    (_STORY_JUMP, _story_rise),
    # (r20 to) "should I be building in some down time?", "downtime from lifting": the break every rule
    # that reads rest already knows as "time off" (the monthly week off), not a session's length
    (r"(?i)\bdown ?time\b", "time off"),
    # (r18 te) "how should I change my gym sessions to help the running?": the gym work fitted to running
    # (which leg moves to add), not a routine varied for fun
    (
        r"(?i)\b(?:change|adapt|tweak|adjust|modify|rework) (?:my|our|the) (?P<k>gym) "
        r"(?:sessions?|routines?|workouts?|training|programme|program)(?= (?:to|for|so (?:it|they)) "
        r"(?:(?:help|suit|support|improve|benefit|fit) )?(?:my |the |a )?"
        r"(?:running|run|runs|race|marathon|half|\d+ ?k)\b)",
        lambda m: f"add leg exercises to my {m.group('k')} sessions",
    ),
    # (r18 te) "where would you slot strength sessions in?", "when would you put the leg days?": the
    # sessions' place in the week (it read the warm-up, or nothing)
    (
        r"(?i)\b(?P<wh>where|when) (?:would|should|could|do|can) (?:you|i|we) (?:slot|put|fit|squeeze|place|"
        r"schedule|pop) (?:in )?(?P<x>(?:the |my |those |these |\w+ ){0,2}(?:sessions?|workouts?|strength|"
        r"lifting|leg days?|gym days?))(?: in| into (?:my|the) week)?\b",
        lambda m: f"{m.group('wh')} should I fit {m.group('x')} into my week",
    ),
    # (r17 vb) "what would help my take-off power and landings?": a jumper's power is explosive power (the
    # plyometrics'), not the off-season that "off" reached
    (
        r"(?i)\b(?:take[ -]?off|takeoff|jumping|jump) power\b|\bpower (?:off|out of) the (?:ground|barriers?|"
        r"hurdles?|boards?)\b",
        "explosive power",
    ),
    # (r16 zf) "u think lifting heavy makes u slow?", "you reckon squats make u slower", "think lunges will
    # help my knees?": an opinion asked is a yes/no on the claim (not "think lunges", a move unknown)
    (
        r"(?:^|(?<=[.?!,;] ))(?:(?:do|d|dya|dyou) )?(?:u|you|ya|y'?all|y all|you all|yous) (?:think|reckon)"
        r"(?: that)?\b(?= \w)(?! (?:about|of|so|i (?:could|can|should) (?:ask|have)))|"
        r"^(?:think|reckon)(?: that)?(?= \w[^.?!]*\?)(?! (?:about|of|so)\b)",
        "is it true that",
    ),
    # "my glutes are dead when i run, how do i wake em up", "activate my glutes": sleepy muscles to
    # strengthen, not soreness (the "dead" is weak when the ask is to wake them)
    (
        # ("switch up my routine" varies it: only "switch on" wakes a muscle)
        # (r16 wc: "what wakes em up", "what fires them up": the verb's -s form, "what strengthens them")
        r"\b(?:wakes?|waking|fires?|firing|switch(?:es)?(?=\w* (?:\w+ )?on)|switching|turns?|turning) "
        r"(?:(em|them|it|my \w+|the \w+) )?(?:up|on)\b|\bactivat(?:e|es|ing)\b",
        lambda m: (
            m.group(0)
            if rx.search(r"\bbefore\b|\bwarm", m.string)  # ("wake my calves up before a run": the warm-up)
            else ("strengthens" if m.group(0).startswith("activates") else "strengthen")
            if m.group(0).startswith("activat")
            else ("strengthens " if rx.match(r"\w+s ", m.group(0)) else "strengthen ")
            + ("them" if m.group(1) in (None, "em", "it") else m.group(1))
        ),
    ),
    (
        r"\bdead\b",
        lambda m: (
            "weak"
            if (
                rx.search(r"\bstrengthen\b", m.string)
                # (r16 zc) "my glutes are dead when i run, form falls apart late in races": not firing
                # while running, not sore after a session
                or (
                    rx.search(
                        r"(?i)\b(?:when|while|whenever|as) (?:i|im) (?:run|running|race|racing)\b|"
                        r"\b(?:on|during|in) (?:my |long |the )?(?:runs?|races?|long runs?)\b|\bform\b|"
                        r"\blate in\b|\bfall\w* apart\b",
                        m.string,
                    )
                    and not rx.search(
                        r"(?i)\b(?:after|post|since|from|following|yesterday\w*|today|sore\w*|ach\w*|"
                        r"pain\w*|hurt\w*|tired|legs)\b",
                        m.string,
                    )
                )
            )
            and rx.search(r"\b(?:glutes?|butt|bum|hips?|hamstrings?|quads?|calf|calves)\b", m.string)
            else m.group(0)
        ),
    ),
    # "what's a good hill workout for a 10k runner?": the article's hill workout is hill repeats (not a
    # whole leg routine that "workout" would ask for)
    (
        r"(?<!treadmill )(?<!incline )\bhills? (?:workout|session|sesh|work ?out)s?\b"
        r"(?! (?:at|in|on) (?:the|a) gym)",
        # (a hill workout asked with how steep has its own reply, the grade first)
        lambda m: m.group(0) if _STEEP_SAID.search(m.string) else "hill repeats",
    ),
    # (r15 yb) "hevy or lite weigths": "lite" is the light weight (a real word, so no typo fix reaches it)
    (
        r"\blite\b(?= (?:or|weights?|loads?|dumbbells?|dbs?|reps?|resistance|ones?)\b)|(?<=\bor )lite\b",
        "light",
    ),
    # (r16 zd) "at what point in the session do I stretch?", "at which stage should plyos come in?": when,
    # not "what's the point" (a why)
    (r"\b(?:at|by|from) (?:what|which) (?:point|stage)\b", "when"),
    # (r15 yb) "how far out from a marathon should i stop lifting?": time before it, not a range of motion
    (
        r"\bhow (?:far|many days|long) (?:out|ahead|away) (?:from|of|before)\b|\bhow far before\b",
        "how long before",
    ),
    # (r15 yb) "sub 50 for 10k by spring", "a spring marathon", "in the spring": the season, a date,
    # never the springiness that strong calves give (the calves card was the answer to a 10k goal)
    (
        r"\b(?:(by|in|for|this|next|until|till|before|over|through|late|early|come|mid|the) "
        r"spring\b(?! in (?:my|your|the|their|his|her) (?:step|stride|legs?|feet)\b)|"
        r"spring(?= (?:marathon|half|race|races|racing|10k|5k|10 ?miler|ultra|season|goal|pb|pr|tri|"
        r"triathlon|event|block|build|campaign|time|break)\b))",
        lambda m: (m.group(1) + " " if m.group(1) else "") + "springtime",
    ),
    # (r16 ze) "Besides block work, what strength work helps?": the fronted "besides X" is the ask's frame,
    # said after it ("what strength work helps besides block work?"), not an ask of its own
    (
        r"(?:^|(?<=[.?!] ))(besides|apart from|other than|aside from|outside of) ([^,.?!]{1,40}), "
        r"((?:what|which|how|any|is|are|should|can|could|do|does|would|will)\b[^.?!]*)([?.!]?)",
        lambda m: f"{m.group(3)[:1].upper()}{m.group(3)[1:]} {m.group(1).lower()} {m.group(2)}{m.group(4)}",
    ),
    # (r16 ze) "is this a good stretch to focus on strength?", "a long stretch of night shifts", "during
    # this stretch": a spell of time, never the stretching before or after a session
    (
        r"\bstretch(?= of (?:time|weeks?|months?|days?|the year|the season|winter|summer|training|work|"
        r"nights?|night shifts?|shifts?|travel\w*)\b)|"
        r"\b(?:good|quiet|busy|long|short|slow|quieter|busier|easy|easier|bad|great|ideal|perfect|right) "
        r"stretch(?= (?:to|for) (?:focus|concentrate|build|work on|prioriti[sz]e|put|get|do more|lift|"
        r"strength|the gym|weights)\b)|"
        r"\b(?:during|over|through|across|in) (?:this|that) stretch\b|"
        r"\b(?:this|that) stretch(?= (?:until|till|through|of|before (?:the|my) (?:race|season|marathon|"
        r"half)|when i(?:m| am)? (?:busy|working|travel\w*|only))\b)",
        lambda m: m.group(0).replace("stretch", "period"),
    ),
    # "glute bridges mid or actually worth it?", "leg press: worth it or a waste of time?": one verdict
    # asked two ways, not a choice between two things
    (
        r"\b(?:lowkey |kinda |just |totally )?(?:mid|overrated|trash|useless|pointless|a waste of time|"
        r"a waste|a gimmick|a meme|cap) or (?:are they |is it |is that )?(?:actually |really |genuinely )?"
        r"(worth it|worth doing|good|useful|legit|any good|any use|helpful)\b",
        r"\1",
    ),
    (
        r"\b(worth it|worth doing|any good|any use|useful|legit)((?: (?!or\b)\w+){0,3}) or "
        r"(?:just |a |are they |is it )*"
        r"(?:mid|overrated|trash|useless|pointless|waste of time|a waste|a gimmick|a meme|hype)\b",
        r"\1\2",
    ),
    # (r20 tq) "y do runners even need leg day", "y should i lift": "y" opening an ask is "why"
    (
        r"(?i)(?:^|(?<=[.?!,;] ))y(?= (?:do|does|did|should|would|is|are|am|cant|can|dont|doesnt|isnt|arent|"
        r"not|bother|lift|lifting|run|stretch|warm)\b)",
        "why",
    ),
    # (r20 tq) "is machine leg day mid for runners or nah", "wall squats lowkey mid?": "mid" said as the
    # verdict (so-so, not worth it) is the dismissal "overrated" that every verdict rule knows; not
    # "mid-run", "mid 40s", "in the mid section"
    (
        r"(?<!\bthe )(?<!\bin )(?<!\ba )(?<!\bat )(?<!\bto )(?<!\bby )(?<!\bfrom )(?<!\baround )"
        r"\bmid\b(?=\s*(?:$|[?!.,]|or (?:nah|not|no|nope|naw|what)\b|for (?:a |us |me )?(?:runners?|running|"
        r"distance|me|us)\b|tho\b|though\b|ngl\b|honestly\b|right\b|fr\b))",
        "overrated",
    ),
    # "will squats make my legs too thicc to be fast", "scared of getting swole legs": the bulk worry
    (
        r"\btoo (?:thicc|swole|thick|chunky|beefy|muscly|muscular)\b|"
        r"\b(?:thicc|swole)(?= (?:legs|thighs|quads|calves|glutes)\b)",
        lambda m: (
            "too bulky" if _BODY_SAID.search(m.string) and not _THING_SAID.search(m.string) else m.group(0)
        ),
    ),
    # "what's 12 times 7" is a sum ("3x12" below is sets by reps, "2-3 times a week" a range).
    (
        r"\b\d+\s*(?:times|plus|minus|multiplied by|divided by)\s*\d+\b(?!\s*(?:reps|sets|minutes|times))",
        "arithmetic",
    ),
    # "good or bad for a runner's knees?": the knees of someone who runs, not runner's knee the injury.
    (r"\ba runner(?:'|\u2019)?s knees\b", "the knees"),
    # "can I build leg strength for free?": no money spent (at home, no kit), not free weights.
    (
        r"\b(?:for free|free of charge|for nothing|without paying(?: anything| a penny)?|"
        r"without spending (?:anything|any money|a penny|a thing))\b",
        "at home with no equipment",
    ),
    # (r16 wc) "if i dont have a gym", "no access to a gym", "can't get to the gym": no gym, read as
    # the home constraint every rule already knows ("no gym"), not a gym move's card.
    (
        r"\b(?:(?:i |we )?(?:do not|don'?t|dont|doesn'?t|dnt|dont even|can'?t afford|cannot afford) "
        r"(?:have|own|got|get|belong to|pay for)(?: access to)? (?:a |any |the |my |no )?"
        r"(?:gym|gym membership|gym access)|"
        r"(?:have |got )?no (?:access to (?:a |the |any )?gym|gym (?:membership|access))|"
        r"(?:can'?t|cannot|cant) (?:get to|go to|make it to|access) (?:a |the |any )?gym|"
        r"without (?:any )?(?:gym (?:access|membership)|access to (?:a |the |any )?gym))\b",
        "no gym",
    ),
    # (r19 tl) "what should I do before I start loading up?": lifting, so the warm-up is asked (not form
    # under a load)
    (
        r"\bbefore (i|you|we) (start|begin|get) loading(?: (?:up|the (?:bar|weights?|plates)))?\b",
        r"before \1 \2 lifting",
    ),
    # (r19 tl) "the nearest gym is a 40 minute drive", "miles from any gym": a gym out of reach is no
    # gym, so the routine is the home or hill one, not the machines'
    (
        r"\b(?:the )?(?:nearest|closest) gym (?:is |s )?(?:about |over |like |a good |an? )?"
        r"(?:\d+|an?|half an?|one|two|three|forty|thirty|twenty|fifty|sixty|ninety|many|several|few) ?"
        r"(?:min(?:ute)?s?|hours?|hrs?|miles?|km|kilometres?|kilometers?)(?: \w+)?(?: (?:drive|away|off))?|"
        r"\b(?:miles|hours|ages) (?:away )?from (?:a |any |the (?:nearest |closest )?)gym\b",
        "no gym",
    ),
    # "10x400", "6 x 800m": track intervals (a distance of 100 or more), a hard run, not sets of reps.
    (r"\b(\d+)\s*x\s*([1-9]\d{2,4})(?:\s*(?:m|metres?|meters?)\b)?", r"\1 by \2 metre intervals"),
    (r"\b(\d+)\s*x\b", r"\1 times"),
    # "the front and back of the thigh have to be kept even": both thigh groups (not the back alone).
    (
        r"\b(?:the |my |your )?(?:front and (?:the )?back|back and (?:the )?front)"
        r"(?: (?:muscles|bits|parts|sides))? of (?:my|the|your) (?:upper legs?|thighs?)\b",
        "the quads and hamstrings",
    ),
    # "wat gradient of hill is best for hill repeats", "which slope for hill sprints": how steep (the
    # card's "a moderate slope of about 5–10%" leads), whatever the word for the steepness.
    (
        r"\b(?:what|which|wat|whats the|what is the)(?: kind of| sort of| sorta| type of)? "
        r"(?:(?:gradient|gradiant|grade|slope|steepness)(?: of (?:a |the )?hills?)?|"
        r"(?:angle|pitch) of (?:a |the )?hills?)\b(?! (?:of|on) (?:a |the )?(?:treadmill|machine))",
        "how steep a hill",
    ),
    (
        r"\b(?:what|which|wat|whats the|what is the) (?:gradient|gradiant|grade|slope|angle|setting|level)"
        r"(?= (?:on|for|of) (?:a |the |my )?(?:treadmill|tread mill))",
        "how much incline",
    ),
    (r"\b(?:walk|talk|take) (?:me|us) (?:through|thru|thro)\b", "how do I do"),
    # "hill reps — jog the downs or walk em?": a short head set off by a dash before an either/or is
    # what the choice is about (a colon), not an ask of its own.
    (r"^(\s*[a-z0-9][^—–?.!,:;\n]{1,28}?)\s+(?:—|–|--?)\s+(?=[a-z][^?.!]* or )", r"\1: "),
    # "hill reps = strength work?": is.
    (r"(?<=\w)\s*=\s*(?=[a-z])", " is "),
    # "how steep and how many for hill reps?": the move said once at the end belongs to both asks.
    (
        r"\bhow (\w+) and how (\w+(?: (?:sets|reps|times))?)"
        r"( (?:for|on|of|in|with|during) (?:the |my |a |an )?[a-z'\u2019 -]+?)\s*(?=[?.!]|$)",
        r"how \1\3 and how \2\3",
    ),
    # "how do you do the hip strengthener?", "how do u do a wall squat": the runner asking how to do it.
    (r"\bhow (?:do|would|should) (?:you|u|ya|one) (do|perform)\b", r"how do I \1"),
    # "who's right?", "am I right?": correct, not the right leg or foot of an exercise's steps.
    (
        r"\b(who['\u2019]?s|who is|which of us is|which one of us is|"
        r"which of us|am i|is (?:he|she|that|this|it)|"
        r"are (?:they|we)) right\b(?! (?:leg|foot|side|knee|hip|arm|one))",
        r"\1 correct",
    ),
    # "I live somewhere totally flat", "it's pancake flat round here": no hill to run up.
    (
        r"\b(?:live|living|lives|based|stuck) "
        r"(?:somewhere|anywhere|where it is|where its|in a place that is) "
        r"(?:totally |completely |really |very |pancake |dead |so )?flat\b|"
        r"\b(?:live|living|lives|based|stuck) in an? "
        r"(?:totally |completely |really |very |pancake |dead )?flat "
        r"(?:area|place|town|city|region|country|part)\b|"
        r"\b(?:it['\u2019]?s|its|everything['\u2019]?s|area is|town is|city is) "
        r"(?:totally |completely |really |very |pancake |dead |so |all )?flat "
        r"(?:here|round here|around here|where i live)\b",
        "without a hill",
    ),
    # "a wall that's nearly hip height": a measure, not the hip muscles.
    (r"\bhips?[- ]?(?:height|high)\b", "waist height"),
    # Furniture named after a meal ("step-ups on the coffee table"): a piece of kit, not food talk.
    (r"\bcoffee tables?\b", "low table"),
    (r"\b(?:dinner|breakfast|lunch) tables?\b", "dining table"),
    (r"\bbreakfast bars?\b", "kitchen counter"),
    # "when's my last session", "where's the best place": the question word, not a stray "whens".
    (r"\bwhen['\u2019]?s\b", "when is"),
    (r"\bwhere['\u2019]?s\b", "where is"),
    # "the hip muscles get skipped in most workouts": left out (neglected), not the skipping drill.
    (r"\b(?:get|gets|getting|got|are|is|being|been) (?:often |usually |always )?skipped\b", "get neglected"),
    # "skip the stretching" is leaving it out, not the skipping drill.
    (
        r"\b(?:skip|skipping|skipped) (?=(?:(?:a|an|one|any|every|some|the odd|the occasional) )?"
        r"(?:the|my|your|it|that|this|leg|legs|stretch\w*|warm\w*|chest|arms?|upper|core|abs|runs?|breakfast"
        r"|class|"
        r"strength|lifting|gym|rest|workouts?|sessions?|days?|weeks?)\b)",
        "omit ",
    ),
    # (r15 yb) "warm up necessary or can i skip", "is it fine to skip?": a bare "skip" ending the ask is
    # leaving the thing out (the skipping drill was glued on)
    (
        r"\b((?:can|could|should|do|may|shall) (?:i|we|you) (?:just |simply |ever |sometimes )?|"
        r"(?:ok|okay|fine|alright|allowed|bad|safe|acceptable) (?:if i |to )|or (?:just |can i |"
        r"do i |should i )?|"
        r"(?:wanna|want to|going to|gonna|tempted to|rather) )skip(?=\s*(?:[?.!,;]|$|\b(?:or|and|if|"
        r"when|sometimes|"
        r"today|tonight|tomorrow|occasionally|once)\b))",
        # ("which one should I skip?": which to leave out, said as it is)
        lambda m: (
            m.group(0)
            if rx.search(r"(?i)\b(?:which|what)\b", m.string[max(0, m.start() - 30) : m.start()])
            else m.group(1) + "omit it"
        ),
    ),
    # "can i skip em if i do squats", "ok to skip hill reps?": the verb before a move or a "them", not
    # the skipping drill ("can I skip as a warm-up" stays the drill).
    (
        r"\b(?:skip|skipping|skipped) (?=(?:the |my )?(?:them|em|those|these|hills?|hill \w+|squats?|lunges?|"
        r"plyo\w*|"
        # (r16 ze) "is skipping curls a problem?", "skipping the leg press": the machines too
        r"(?:hamstring |leg |ham )?curls?|(?:the )?leg press(?:es)?|(?:leg |quad |knee )?extensions?|"
        r"bridges?|calf raises?|step ups?|the hills?|that one)\b)",
        "omit ",
    ),
    # "hill reps are mid. can i skip them if i squat instead": the "them" is the move said before it
    (
        r"\bomit (?:them|em|those|these|it)\b",
        lambda m: (
            "omit " + found[-1] if (found := _MOVES_SAID.findall(m.string[: m.start()])) else m.group(0)
        ),
    ),
    # Runners' abbreviations, spelt out before retrieval (issue 25 round 5: slang scored lowest).
    (r"\b(\d+)\s*x\s*(\d+)\b(?!\s*(?:reps|sets|minutes|times))", r"\1 sets of \2 reps"),
    (r"\bhm\b", "half marathon"),
    (r"\b(?:fm|mara|marathons?)\b", "marathon"),
    (r"\bparkrun\b", "5k race"),
    (r"\bbw\b", "bodyweight"),
    (r"\bbody weight\b", "bodyweight"),
    (r"\b(?:dbs?|dumbells?|dumbbels?|dumbels?)\b", "dumbbells"),
    (r"\b(?:kbs?|kettle bells?)\b", "kettlebell"),
    (r"\bbss\b", "bulgarian split squat"),
    (r"\bsl\b", "single leg"),
    # "1 leg or 2 legs?", "both legs or one at a time?": the one-or-two choice, in words.
    # "calf raises on both feet vs one foot": the one-or-two choice, in legs.
    (r"\b(?:both|two|2) feet\b(?=[^.?!]{0,30}\b(?:or|vs|versus)\b)", "two legs"),
    (
        r"\b(?:one|single|1) foot\b(?=[^.?!]{0,30}\b(?:or|vs|versus)\b[^.?!]{0,15}\b(?:two|both|2)\b)|"
        r"(?<=\b(?:or|vs) )(?:one|a single|single) foot\b|(?<=\bversus )(?:one|a single|single) foot\b",
        "one leg",
    ),
    # ("pick 1 leg exercise" is one exercise for the legs, not a one-legged one)
    (
        r"\b1 ?(?:legs?|foot)\b(?! (?:exercises?|moves?|workouts?|sessions?|days?|things?|drills?)\b)",
        "one leg",
    ),
    (r"\b2 ?(?:legs|feet)\b", "two legs"),
    (r"\b(?:or|vs) one at a time\b", "or one leg at a time"),
    (r"\b(?:single|one) legged\b", "one-legged"),
    (r"\bsingle leg\b", "one-legged"),
    # Round 6c: how runners say the one-legged need without "one-legged" ("my left side is weaker
    # than my right", "one side at a time", "unilateral"), in the article's words.
    (
        r"\b(?:my )?(?:left|right) (?:side|leg|one)(?: of my body)? (?:is|feels|seems)(?: \w+){0,2}? "
        r"(?:weaker|stronger|worse|better)(?: than (?:my |the )?(?:left|right|other)(?: side| leg| one)?)?",
        "one leg is weaker than the other",
    ),
    (
        r"\b(?:one|a) side at a time\b|\beach (?:side |leg |one )?(?:separately|on its own|by itself)\b",
        "one leg at a time",
    ),
    # "both legs together" is the two-legged version, not exercises combined in one session.
    (r"\b(?:both|two) (?:sides|legs|feet) (?:together|at once|at the same time)\b", "both legs at once"),
    # (r16 zc) "train legs one at a time rather than both together?": the one-or-two choice, in legs
    (
        r"\b(one (?:leg |side )?at a time) (rather than|instead of|over|or|vs|versus|than) "
        r"(?:(?:with |using |training |doing )?(?:them |it )?)?both"
        r"(?: (?:of them|together|at once|at the same time))?\b",
        r"one leg at a time \2 both legs at once",
    ),
    (
        r"\bboth (?:together|at once|at the same time) (rather than|instead of|over|or|vs|versus|than) "
        r"one (?:leg |side )?at a time\b",
        r"both legs at once \1 one leg at a time",
    ),
    (r"\bunilateral(?:ly)?\b", "one-legged"),
    # Hills where there are none, indoors or at the gym ("uphill training stuck inside at the gym",
    # "can I do hill work indoors"): the article's indoor hill is the treadmill incline.
    (
        r"\b(?:uphill|hills?)(?! repeats| reps)"
        r"(?: (?:training|work|running|runs|sessions?|climbs?|efforts?))?\b"
        r"(?=[^.?!]{0,40}\b(?:indoors?|inside|at the gym|in the gym)\b)",
        "treadmill incline",
    ),
    (
        r"\b((?:indoors?|inside|at the gym|in the gym)\b[^.?!]{0,40}?)\b(?:uphill|hills?)(?! repeats| reps)"
        r"(?: (?:training|work|running|runs|sessions?|climbs?|efforts?))?\b",
        r"\1treadmill incline",
    ),
    # "the single biggest payoff", "the single most important thing": "single" stresses the
    # superlative; it is not the single-leg exercise.
    (r"\bsingle (?=(?:biggest|best|greatest|largest|most|main|top|worst|highest|number one)\b)", ""),
    # The seat muscles in everyday words ("my backside is weak", "a weak butt"); not "butt kicks".
    (r"\b(?:backside|buttocks?|butt(?! kicks?))\b", "glutes"),
    (r"\brdls?\b", "romanian deadlift"),
    (r"\blr\b", "long run"),
    (r"\b(?:s ?& ?c|s and c|snc)\b", "strength training"),
    (r"\btib(?:ialis)? (?:raises?|lifts?)\b", "wall toe raises"),
    (r"\b(?:wks|weeks)\b", "weeks"),
    # (r15 yc) "knees are shot", "my knee is knackered": a joint that is bad (a limit), not muscles sore
    # after a session ("knee is wrecked after long runs" stays a symptom, below)
    (
        r"\b(knees?|joints?|ankles?|hips?) (?:are|r|is|feel|feels|feeling|still) (?:absolutely |totally |"
        r"completely |so |well |proper |pretty |a bit )?(?:shot|wrecked|knackered|destroyed|battered|ruined|"
        r"trashed|smashed|cooked|fried|toast)\b(?! (?:after|when|during|on|while|post|following|today)\b)",
        r"\1 are bad",
    ),
    (
        # ("bulk is dead weight", "dead straight": no soreness)
        r"\b(?:are|r|feel|feels|feeling|is|still) (?:absolutely |totally |completely |so |well |proper )?"
        r"(?:dead(?! weight| straight| lifts?| heat| end| set on| against)|toast|fried|wrecked|trashed|"
        r"smoked|shot|cooked|knackered|destroyed|smashed|battered|"
        r"jelly|in bits|ruined|mashed|hanging)\b",
        "are sore",
    ),
    (r"\bem\b", "them"),
    (r"\b(?:shud|shld|shoud|shoudl|shuold|shold|shoul|sould|shouldd)\b", "should"),
    # Function words typed fast: the index's typo fix only snaps to content words.
    (r"\b(?:waht|wht|whta|wot|wut)\b", "what"),
    (r"\b(?:wots|wats|whts|wuts)\b", "whats"),
    # Round 9: numbers for words in texting ("ok 2 do squats", "reps 4 lunges", "legs 2nite")
    (r"\b(?:2nite|2night|tonite|2nyt)\b", "tonight"),
    # (r17 uf) "my knee keeps playin up": the g dropped from a runner's words for a joint that hurts
    (r"\b(playin|actin|flarin|killin|givin)\b", r"\1g"),
    # (r17 uf) "step ups how hi the bench": the height asked, not a greeting
    (r"\bhow (?:hi|hight|hieght|hihg|hig|heigh)\b", "how high"),
    # "warm ups... can i skip em": leaving the warm-up out, not the skipping drill
    (
        r"\b(warm[ -]?ups?|warming up|stretch\w*|cool[ -]?downs?)\b([^.?!]{0,40}?)"
        r"\bskip (them|em|it|those|that)\b",
        r"\1\2omit \3",
    ),
    (
        r"(?<![\d.])\b2 (?=(?:do|get|be|go|run|lift|make|train|start|stop|build|help|keep|add|use|work|fix|"
        r"avoid|prevent|have|know|improve|strengthen|squat|stretch|warm)\b)",
        "to ",
    ),
    (
        r"(?<![\d.])\b4 (?=(?:lunges|squats|the|my|a|an|runners?|running|beginners?|calves|glutes|quads|"
        r"hamstrings|hips|legs|me|hills?|hill repeats|bridges|step ups|calf raises)\b)",
        "for ",
    ),
    (r"\b(?:hwo|hw|howw)\b", "how"),
    (r"\b(?:wich|whcih|whihc|wihch)\b", "which"),
    (r"\b(?:wen|wehn|whn)\b", "when"),
    (r"\b(?:teh|hte)\b", "the"),
    (r"\b(?:cna|cn)\b", "can"),
    (r"\b(?:befor|befroe|bfore|beofre|b4)\b", "before"),
    (r"\b(?:aftr|afer|atfer|afther)\b", "after"),
    # (r18 tc) "wat excersizes r best", "exersize", "excercise": too many slips for the index's fix
    (r"\bexc?er(?:c|s|cs|sc)?[iy](?:s|z|c)e?(s|d)?\b", r"exercise\1"),
    # (r18 tc) "take a brake from lifting": a rest, spelt like the car's
    (
        r"\b(take|need|have|taking|needs|having) (a|the|my) brake(s?)\b(?! (?:pads?|fluid|discs?|lights?))",
        r"\1 \2 break\3",
    ),
    (r"\b(?:evry|evrey|everyy)\b", "every"),
    (r"\beveryday\b(?! (?:runs?|life|activities|things|stuff)\b)", "every day"),
    (r"\b(?:becuase|becasue|becaus|bcoz|bcos|cuz)\b", "because"),
    (r"\b(?:enuf|enuff|enogh|enouf)\b", "enough"),
    (r"\b(?:wud|wuld)\b", "would"),
    (r"\b(?:cud|culd)\b(?= (?:i|u|you|it|that|this|they|lunges|squats))", "could"),
    (r"\b(?:dunno|dno)\b", "don't know"),
    (r"\bhw\b", "how"),
    (r"\blp\b", "leg press"),
    (r"\brep ranges?\b", "how many reps"),
    (
        r"\b(?:hammies|hammys|hammy|hams)\b",
        "hamstrings",
    ),
    # Round 9: going up a level, in gym and gaming slang ("calf raises r getting ez, how do i lvl up",
    # "time to step it up", "take squats to the next level"): the harder version.
    (
        r"\b(?:lvl|level) ?(?:it |them |this |that )?up\b|"
        r"\b(?:step|crank|ramp|kick|dial|turn|bump|amp) (?:it|them|things|this|that) up\b(?! (?:on|onto)\b)|"
        r"\b(?:take|bring|get) (?:it|them|this|that|things|(?:my |the )?(?:\w+ )?(?:raises|squats|lunges|bri"
        r"dges|"
        r"step ups|hops|push ups|curls)) (?:up )?to the next level\b|"
        r"\b(?:up|raise) (?:my |the )?(?:level|game)\b",
        "make it harder",
    ),
    # "tho" at a clause's end is filler ("do i gotta do the hip stuff tho or...").
    (r"\s*\btho\b(?=\s*(?:[,.?!]|$|or\b|but\b|and\b|i\b))", ""),
    # "getting swole", "too jacked": gym slang for bulky.
    (r"\b(?:swole|jacked|beefy|buff|hench|yoked)\b", "bulky"),
    # "beef up my pins for pavement-pounding": legs (as "my pins", "the pins"), and running
    (r"\b(?:my|the|your|skinny|weak|chicken) pins\b(?! and needles)", "my legs"),
    (r"\bbeef(?:ing)? up\b", "build up"),
    (r"\b(?:pavement|road|tarmac|asphalt)[- ]?(?:pounding|bashing|plodding)\b", "running"),
    (r"\b(?:calfs|calfies|calvs|cavles|calfes)\b", "calves"),
    # "is it to late", "am i to old", "way to heavy": "too" typed as "to" (a real word, so no typo fix)
    (
        r"\b(is it|is that|is this|am i|are they|are we|are you|im|i am|its|thats|it is|that is|feel|feels|"
        r"way|a bit|a little|far|much|not) to (late|early|much|many|old|young|heavy|hard|soon|easy|far|long|"
        r"deep|high|low|often|steep|sore|tired|weak|stiff|fast|slow|light)\b",
        r"\1 too \2",
    ),
    # Round 9: "musles", "one leged", "dose the squat work": common slips the index's fix can't make
    (r"\b(?:musles?|mussles?|muscels?|mucsles?|muslces?)\b", "muscles"),
    (r"\b(one|single|1)[ -]leged\b", r"\1 legged"),
    (r"\bdose (?=(?:the|it|that|this|they|my|your|running|strength|lifting|squatting|lunging)\b)", "does "),
    (r"\b(?:quadz|quaddies)\b", "quads"),
    (r"\b(?:glutez|booty)\b", "glutes"),
    (r"\bplyos?\b", "plyometrics"),
    # "jumpy stuff", "bouncy jumpy stuff", "hopping drills", "jumping exercises": plyometrics.
    (
        r"\b(?:(?:jumpy|bouncy|jumping|hopping|bounding|jump|hop)(?: (?:and|n|or))? )+"
        r"(?:stuff|exercises?|drills?|training|work|moves?|things)\b",
        "plyometric drills",
    ),
    (r"\b(?:pb|pr)s?\b", "personal best"),
    (r"\bdoms\b", "muscle soreness"),
    # Round 9: "DOMS from leg day", "sore from squats": the soreness after a session; "DOMS in my
    # glutes": sore glutes.
    (
        r"\b(muscle soreness|sore|soreness|aching|achy|stiff|stiffness) from (?=(?:leg day|legs|lifting|the "
        r"gym|"
        r"gym|squats|lunges|(?:my |the |a |last |yesterdays )?(?:session|workout|strength|weights|leg sessio"
        r"n)|"
        r"bridges|calf raises|step ups|yesterday)\b)",
        r"\1 after ",
    ),
    (r"\bmuscle soreness in (?:my|the|both) (glutes|quads|hamstrings|calves|hips|legs|thighs)\b", r"sore \1"),
    # "hitting different": unusually bad (of soreness, tiredness).
    (r"\bhit(?:ting|s)? (?:so )?different(?:ly)?\b", "worse than usual"),
    (r"\b(?:reps?|sets?)\s*x\s*(\d+)\b", r"reps \1"),
    (r"\bw/o\b", "without"),
    (r"\bw/", "with "),
    # "wall sits w the big ball", "squats w dumbbells": with, typed short.
    (
        r"\bw (?=(?:a|an|the|my|some|no|zero|weights?|dumbbells?|bands?|kettlebells?|ankle|warm|heavy|light|"
        r"bodyweight|ball|machines?)\b)",
        "with ",
    ),
    (r"\bb4\b", "before"),
    (r"\bu\b", "you"),
    (r"\b(?:tmrw|tmr|tmrrw|2moro|tomoz)\b", "tomorrow"),
    (r"\blegday\b", "leg day"),
    (r"\bsesh(?:es)?\b", "session"),
    (r"\bwat\b", "what"),
    (r"\bwil\b", "will"),
    (r"\bn\b", "and"),
    (r"\br\b", "are"),
    (r"\bur\b", "your"),
    (r"\bwk\b", "week"),
    # "the bare min", "the min I can get away with": the minimum, not minutes.
    (
        r"(?<!\d)(?<!\d )\b(?:bare )?min\b"
        r"(?= (?:i|you|we|leg|legs|strength|amount|routine|session|work|workout|to|for|needed)\b)"
        r"|\bbare min(?:imum)?\b",
        "minimum",
    ),
    (r"\bmins?\b", "minutes"),
    (r"\bhrs?\b", "hours"),
    # Round 9: the runner themselves, in slang ("a 50+ ultra dude", "distance folk"): a runner, so
    # neither "ultra" becomes a race nor the filler rule below leaves "a 50 ultra".
    (r"\b([2-9]0)\+(?=\s)", r"over \1"),
    (
        r"\b(ultra|marathon|trail|distance|long distance|endurance|masters?|older|old|vet|veteran|\d+) "
        r"(?:dude|guy|gal|lad|bloke|girl|fella|chap)\b",
        r"\1 runner",
    ),
    (
        r"\b(ultra|marathon|trail|distance|long distance|endurance|masters?|older|old|vet|veteran) "
        r"(?:dudes|guys|gals|lads|blokes|girls|fellas|chaps|folk|folks|people|peeps|types|crowd|lot)\b",
        r"\1 runners",
    ),
    # Issue 25 round 6: more runners' and gym slang, spelt out (slang scored lowest again).
    # Filler that carries no meaning ("ngl", "tbh", "weak af", "bro"): dropped, so it neither
    # tells a topic nor gets "corrected" into one.
    (
        r"\b(?:ngl|tbh|tbf|imo|imho|idk|iirc|fr|lowkey|highkey|lmao|lmfao|rofl|af|asf|bro|bruh|dude|"
        r"innit|fam)\b",
        "",
    ),
    # A greeting or hype word in front ("yo is leg day...", "ayy quick one"): no meaning either.
    (r"^(?:(?:yo+|oi|ayy+|ay|sup|wassup|heyy+)\b[,!.]*\s*)+", ""),
    (r"\bgainz\b", "gains"),
    (r"\b(?:em)\b(?= (?:if|and|or|for|when|because|since|instead|on|out|off|[?.!,]|$))", "them"),
    # "hill reps are mid", "squats r kinda mid": not much good, in the runner's view
    (r"\b(is|are|r|feel|feels|seem|seems|s|kinda|kind of|lowkey|pretty|so) mid\b", r"\1 not much good"),
    # "is leg day for runners actually a thing or just gym bro propaganda", "real thing or hype?": worth it
    (
        r"\b(?:actually |really |even )?(?:a )?(?:real |legit )?thing,? or (?:is it )?"
        r"(?:just |all |only )?(?:\w+\s+){0,3}?"
        r"(?:propaganda|hype|a myth|myth|bs|marketing|a fad|fad|nonsense|rubbish|a meme|meme)\b",
        "worth it",
    ),
    # (r16 zc) "are box jumps a thing for runners?", "is skipping even a thing": whether the move named
    # is worth doing, a yes/no (a pronoun's "is that a thing?" and a week or a day are one_ask.py's
    # _IS_A_THING: it exists)
    (
        r"\b(is|are|r) (?!(?:there|that|this|it|they|those|these)\b)((?:[\w-]+ ){0,4}?[\w-]+) "
        r"(?:even |actually |really |legit |still )?a (?:real |legit )?thing\b(?! (?:i|you|we|that|to)\b)",
        lambda m: (
            m.group(0)
            if rx.search(r"\b(?:weeks?|days?|deload|rest|recovery|taper\w*|off|season)\b", m.group(2))
            else f"{m.group(1)} {m.group(2)} worth it"
        ),
    ),
    # "ngl scared squats will make me bulky": scared that squats will (not a move called "scared squats")
    (
        r"\b(scared|worried|afraid|nervous|terrified|paranoid|worry|worrying|fear|concerned) "
        r"(?=(?:heavy |the |all the |my )?(?:squats?|lunges?|lifting|weights|leg day|leg work|strength|"
        r"plyos?|deadlifts?)\b (?:will|would|gonna|going to|might|could|can|make|makes|are|is)\b)",
        r"\1 that ",
    ),
    # "is leg day good for me (or nah)?", "should i even do leg day or nah": whether strength work is
    # worth it for a runner at all (a named move keeps its own "is it good" reading)
    (
        r"^((?:is|are|would|will) (?:doing )?(?:leg ?day|leg days|lifting|strength training|strength work|"
        r"leg work|weights|weight training|the gym|gym work|leg training)) (?:actually |even |really )?"
        r"(?:good|beneficial|helpful|useful|any good|smart) for "
        r"(?:me|us|runners|a runner|my running|running)\b"
        r"(?: or (?:nah|not|no))?",
        r"\1 worth it for runners",
    ),
    (
        r"^(?:should|do|must) (?:i|we) (?:even |really |actually |still )?"
        r"(?:do|bother with|bother doing|be doing) "
        r"(leg ?day|leg days|strength training|strength work|leg work|weights|lifting)(?: or (?:nah|not|no))?"
        r"(?=\s*(?:[?!.]|$|at all|as a runner|for running|tbh|lol))",
        r"is \1 worth it for runners",
    ),
    # "any calf gainz tips", "quad strength tips?": the muscle's exercises
    (
        r"\b(hips?|glutes?|quads?|hamstrings?|hammies|calf|calves|calve|legs?|leg day) (?:gains? |strength |"
        r"building |growth )?tips\b",
        r"\1 exercises",
    ),
    # "hammies are noodles, fix?", "weak glutes. how do i fix it": what exercises fix it
    (
        r"(?<=\w)(?:[,.!;]\s*|\s+)(?:any |a )?(?:fix|fixes|how (?:do i|to|can i) fix (?:it|this|that|them)|"
        r"fix (?:it|this|that|them))\s*(?:pls|plz|please)?\s*\?*\s*(?=$|[^\w\s])",
        lambda m: (
            ", what exercises fix it?"
            if len(m.string.split()) <= 16
            and rx.search(
                r"\b(?:weak\w*|noodles?|jelly|lag\w*|behind|imbalanc\w*|tiny|skinny|soft|puny|useless)\b",
                m.string,
            )
            else m.group(0)
        ),
    ),
    # "10 minutes max, what's the most useful leg stuff to cram in?": with a time told, which exercises
    # to do in it (the short routine), not which muscles matter most
    (
        r"\bwhat(?:s| s|['\u2019]s| is| are)? (?:the )?"
        r"(?:most (?:useful|important|effective|efficient|valuable)|"
        r"best|top|key) (?:leg |strength )?(?:stuff|exercises?|moves?|things|work)\b"
        r"(?: (?:to|i can|i could|i should|that i can))?",
        lambda m: (
            "what leg exercises should i"
            if rx.search(
                r"\b\d+ ?(?:min|mins|minutes)\b|\b(?:ten|fifteen|five) (?:min|mins|minutes)\b", m.string
            )
            else m.group(0)
        ),
    ),
    # (r16 zc) "hill reps are brutal, whats the move, how many do i send": a "what's the move" with no
    # object, set before the real ask, asks nothing of its own (the ask after it says what is wanted)
    (
        r"(?:^|(?<=[,;.!]) ?)\s*(?:so |ok |okay )?(?:what(?: is|s| s|['\u2019]s)? (?:the|ur|your) "
        r"(?:move|moves|play|plan|go|deal|verdict)|what do i do|wyd)\s*[,;:]\s*"
        r"(?=(?:and |so )?(?:how|what|which|when|should|do|can|is|are)\b)",
        " ",
    ),
    # (r16 zc) "explain plyometrics to me like I'm five", "eli5 hill repeats", "the bridge in plain
    # english": what it is, said simply (not how to progress, nor an easier version for a "noob")
    (
        r"^(?:(?:ok|so|can you|could you|pls|please) )*(?:explain|describe)\b\s*(.{3,50}?)\s*(?:to me\s*)?"
        r"(?:like|as if|as though) (?:i['\u2019]?m|im|i am|i was|to) (?:a )?(?:five|5|a (?:five|"
        r"5)[ -]?year[ -]?old|"
        # ((r18 tc) "like i'm totally new", "as if i'm brand new to this")
        r"(?:totally |completely |brand |really |super |very )?new(?: to (?:this|it|all this|training))?|"
        r"(?:five|5)[ -]?year[ -]?old|(?:total |complete |absolute )?(?:noob|n00b|newbie|beginner|idiot|kid|"
        r"child|"
        r"toddler|dummy))\b",
        r"what is \1",
    ),
    (r"^(?:(?:ok|so|pls|please) )*eli5\b[:,]?\s*", "what is "),
    (
        r"^(?:(?:ok|so) )*(?:what(?:s| is| are|['\u2019]s)) (.{3,50}?) (?:in (?:plain|simple) (?:english|"
        r"words|terms)|"
        r"in a nutshell|in one sentence|for dummies)\b",
        r"what is \1",
    ),
    # (r16 zc) "if you had to pick one reason runners should bother", "give me one good reason to do leg
    # day": the main reason (why), not one exercise picked
    (
        r"\b(?:pick|give me|name|tell me|choose|gimme) (?:just )?(?:one|1|a single) (?:good |main |big |"
        r"real |"
        r"solid )?reason\b|\b(?:the )?(?:one|1) (?:good |main |big |real )?reason\b(?= (?:to|why|runners?|i|"
        r"we|for)\b)",
        "the main reason",
    ),
    # (r16 zc) "what does the one legged squat for runners look like?": how the move looks (its steps)
    (r"(?<=\S) for (?:runners|a runner|running)(?= (?:looks?|supposed to look|meant to look) like\b)", ""),
    # (r16 zc) "marathon PB this autumn, focus?", "10k in June, what should I focus on": with a race or a
    # time goal told, which exercises to do for it (not the off-scope race talk, nor the race-eve rule)
    (
        r"\b(?:what (?:should|do|would|can|must) i (?:\w+ )?(?:focus|concentrate|work) on|"
        r"what(?:s| is|['\u2019]s) (?:the|my) (?:main |best |key |big )?focus|where (?:should|"
        r"do) i (?:put my )?focus|"
        r"(?:(?<=[,.:;-] )|(?<=^))(?:main |key |the )?focus)\s*(?=\?|$)",
        lambda m: (
            "what exercises"
            if rx.search(
                r"(?i)\b(?:pbs?|prs?|personal best|races?|marathons?|mara|half|hm|10k|5k|10 ?miler|ultra|"
                r"parkrun|"
                r"sub ?\d+|goal|season)\b",
                m.string,
            )
            else m.group(0)
        ),
    ),
    # "whats the move for legs", "what's the play": which exercises to do
    (
        r"\bwhat(?: is|s| s|['\u2019]s)? the (?:move|moves|play|go ?to|plan of attack)\b(?= (?:for|to)\b)",
        "what exercises are best",
    ),
    # (r16 wc) "every single day", "every. single. day": daily, not a single-leg move
    (r"\bevery\W{0,2} single\W{0,2} (day|week|session|run|morning|night)\b", r"every \1"),
    (r"\b(?:gotta|gota)\b", "have to"),
    (r"\b(?:tryna|trynna)\b", "trying to"),
    # (r16 wc) "imma do legs every day", "finna lift daily": a plan told, like "gonna"
    (r"\b(?:imma|ima|i'?ma|i\u2019ma|finna|fixing to|fixin to)\b", "im going to"),
    (r"\b(?:cos|coz|cuz|bc|b c)\b(?= (?:i|im|my|it|its|of|the|they|you|we)\b)", "because"),
    # ("step ups yay or nay?": a verdict asked; "yes or no" read its "no" as a missing step, r15 yb)
    # (a day or a run named keeps "yes or no": "leg day on LR day? yay or nay" is a timing check)
    (
        r"\b(?:yay|yea) or nay\b",
        lambda m: (
            "yes or no"
            if rx.search(
                r"(?i)\b(?:lr|long run|runs?|running|ran|race|races|racing|tempo|intervals?|morning|evening|"
                r"night|before|after|week)\b",
                m.string,
            )
            else "any good"
        ),
    ),
    # "lock out ur knees for max gains. legit or cap?", "real or cap", "cap or nah": is the claim told true
    # (not "worth it or cap", which read as whether strength work is worth it at all)
    (
        r"(?:\b(?:is (?:it|that|this)|thats|its) )?\b(?:legit|real|true|"
        r"facts?|fr) or (?:cap|bs|a myth|myth|fake|"
        r"false)\b|\bcap or (?:legit|not|nah|no|real|true|facts?)\b",
        "is that true",
    ),
    # Round 9: "legit" is a verdict word ("is the leg press legit", "plyo, legit or just for
    # sprinters?"), an adverb ("will it legit help"), or permission ("is it legit to blast music").
    # (r17 ub) "won't turn me into a sluggish tank?": the bulky-and-slow worry in other words
    (
        r"\b(?:turn|turns|turning|make|makes|making) me (?:into )?(?:a |an |some )?(?:sluggish |slow |big "
        r"|heavy |lumbering )?(?:tank|hulk|meathead|bodybuilder|brick|bulldozer|lump)\b",
        "make me bulky and slow",
    ),
    (r"\b(make|makes|making) (me|you|us|runners) sluggish\b", r"\1 \2 slow"),
    (
        r"\blegit (?=(?:help|helps|work|works|make|makes|improve|improves|build|builds|do|does|need|"
        r"matter|matters|count|counts|change|fix|stop|prevent|worth|necessary|needed|useful)\b)",
        "really ",
    ),
    (r"\b(is|isnt|are|arent) (it|that|this|they) legit to\b", r"\1 \2 ok to"),
    (r"\blegit\b(?= ?(?:or\b|for\b|[,?.!]|$))", "worth it"),
    (r"\b(a|an|the|some|any|my|your|this|that) legit\b", r"\1 real"),
    # (r17 ub) "bridges - legit glute drill?": a verdict on the move's kind, not the adverb
    (r"\blegit (?=(?:\w+ )?(?:drill|exercise|move|option|workout)s?\b)", "good "),
    # "legit started running 3 wks ago", "does tempo legit feel easier": an adverb (really).
    (r"^\s*legit\b\s*", ""),
    (r"\blegit\b", "really"),
    (r"\b(?:rn|atm)\b", "right now"),
    (r"\b(?:abt|bout)\b", "about"),
    (r"\b(?:smth|sth|summat)\b", "something"),
    # (r17 vd) "is that actually a prob?", "any probs with that": the noun, after an article or a size
    (
        r"\b(a|an|the|any|big|no|real|my|that|this|your|actual|huge|major|massive|biggest) (prob)(s?)\b",
        r"\1 \2lem\3",
    ),
    (r"\bprobs?\b", "probably"),
    (r"\b(?:ppl)\b", "people"),
    (r"\b(?:2day|tday)\b", "today"),
    (r"\b(?:sesh|seshes|sess)\b", "session"),
    (r"\b(?:wkt|wkout|wrkout|wrkouts|wkouts|workie)\b", "workout"),
    # "how many times a weak": the real word typed for "week" after a count or "a/per/each".
    # "twice a weak", "3 days a weak": the week misspelt; not "a weak runner", "this weak leg".
    (
        r"\b((?:(?:times?|days?|sessions?|once|twice|\d+ ?x?) (?:a|"
        r"per|each|every))|per|each|every|this|next|last) "
        r"weak\b(?! (?:runners?|legs?|glutes?|hips?|core|calf|"
        r"calves|quads?|hamstrings?|ankles?|knees?|muscles?|side|"
        r"link|point|spot|area|body|person|one|bum|butt|feet|foot|shins?))",
        r"\1 week",
    ),
    (r"\b(?:tims|tiems|timse)\b", "times"),
    (r"\b(?:ez|eazy)\b", "easy"),
    # "hitting the weights", "pumping iron": lifting, said as gym slang.
    (
        r"\b(?:hit(?:ting)?|pump(?:ing)?|smash(?:ing)?) (?:the )?(?:weights|iron|weight room|squat rack)\b",
        "lifting weights",
    ),
    # "hit legs", "hitting the gym": training them, not striking anything.
    (
        r"\bhit(?:ting)? (?=(?:legs?|leg day|the gym|glutes|quads|hamstrings|calves|squats|lunges)\b)",
        "train ",
    ),
    # Runs: the kinds of run that count as hard, and the easy ones.
    (r"\blsrs?\b", "long run"),
    (r"\b(?:long slow (?:distance|run)s?|lsd)\b", "long run"),
    (r"\b(?:recovery|rec|shakeout|shake out) (?:runs?|jogs?)\b", "easy run"),
    (r"\bfartleks?\b(?! speed work)", "fartlek speed work"),
    (r"\b(?:threshold|tempo) (?:sessions?|workouts?)\b|\bthreshold runs?\b", "tempo run"),
    (r"(?<!rep )(?<!reps )\btempos\b", "tempo runs"),
    (r"\b(?:speedwork|speed sessions?)\b", "speed work"),
    (r"\b(\d+) ?(?:k|km|kms|miles|mi) (?:a|per|each) (?:week|wk)\b", r"\1 km of running mileage"),
    # "an ultra" is a race; "an ultra runner" is a person, and "ultra training" no race named.
    (r"\bultras?\b(?! race| ?runn\w*| ?training| ?marathon)", "ultra race"),
    # Round 9: a "marathon block", "10k build", "training block" is a phase of training, not a plan asked for.
    (
        r"\b(marathon|half marathon|10k|5k|half|race|base|speed|ultra race|ultra) (?:training )?"
        r"(?:blocks?|build|builds|cycles?)\b",
        r"\1 training",
    ),
    (r"\btraining (?:blocks?|cycles?)\b", "training"),
    # Days: "LR on sun, legs sat?" names days, not the sun.
    (
        r"\b(?:on|this|next|till|until|by|before|after|every|legs|leg day|lift|lifting|gym|run|race|attempt|"
        r"parkrun|5k race|long run|tempo|intervals?) (mon|tues?|weds?|thu|thur|thurs|fri|sat|sun)\b",
        lambda m: m.group(0)[: m.start(1) - m.start(0)] + _DAYS[m.group(1).lower()],
    ),
    (
        r"\b(mon|tues?|weds?|thu|thur|thurs|fri|sat|sun) (?=(?:morning|am|pm|evening|night|and|or)\b)",
        lambda m: _DAYS[m.group(1).lower()] + " ",
    ),
    (
        r"(?<!i )(?<!we )(?<!just )\b(mon|tues?|weds?|thu|thur|thurs|fri|sat|sun)\b(?=\s*(?:[?,.!]|$))",
        lambda m: _DAYS[m.group(1).lower()],
    ),
    # Autocorrect's real words for ours (the index's typo fix leaves real words alone).
    (r"\bleg (?:breast|dress|pres|presses|preses)\b", "leg press"),
    (
        r"\blunches\b(?= (?:with|holding|on|each|and|or|vs|while)\b)|(?<=\bdo )lunches\b|"
        r"(?<=\bwalking )lunches\b",
        "lunges",
    ),
    (r"\bnee(s)?\b", r"knee\1"),
    # "my heals go wobbly": the heels (autocorrect's real word)
    (
        r"\bheals?\b(?= (?:go|goes|come|comes|drop|drops|lift|lifts|rise|rises|up|down|off|hang|hanging|wobb"
        r"le|"
        r"wobbles|wobbly|all|on|over|below|lower|higher|stay|touch|sink)\b)",
        "heels",
    ),
    (r"\b(my|your|the|both) heals\b", r"\1 heels"),
    (r"\bsquads?\b(?= (?:with|holding|on|each|and|or|vs|how|form|depth|deep)\b)", "squat"),
    # Runners' idioms for what strength work gives: a longer stride, tiring later.
    (r"\b(?:bigger|longer|wider) (?:steps|strides)\b|\bcover more ground\b", "a longer stride"),
    (
        r"\b(?:run(?:ning)? out of (?:gas|steam|juice|puff)|gas(?:sing)? out|hit(?:ting)? the wall|"
        r"bonk(?:ing)?)\b",
        "running out of energy",
    ),
    # "my legs run out of juice first": early in the race, not the order of a run and a session
    (r"\b(running out of energy|tire|tiring|get tired|fade|fading) first\b", r"\1 early"),
    # Round 9: runners' idioms for what the article says strength gives, in its own words.
    # "my steps feel short and choppy", "can it make them longer": the stride.
    (
        r"\b(?:my )?(?:steps|strides?) (?:feel |are |is |get |seem |look )?(?:\w+ )?(?:so |really |too |kind"
        r"a )?"
        r"(?:short|choppy|shuffly|tiny)(?: and (?:choppy|short|shuffly))?\b",
        "my stride is short",
    ),
    (r"\b(?:make|get) (?:them|my steps|my strides?|it|my stride) (?:longer|bigger)\b", "lengthen my stride"),
    # "legs run out of juice first... can it push that back": tiring later
    (
        r"(?<=\benergy\b)([^?]{0,60}?)\b(?:push|hold|put|keep) (?:that|it|this) (?:back|off|at bay)\b",
        r"\1help with fatigue",
    ),
    (
        r"\b(?:make|help) (?:me|my legs|them|my muscles) (?:tire|fatigue|get tired) (?:more slowly|less|late"
        r"r)\b|"
        r"\b(?:delay|put off|hold off) (?:the )?(?:fatigue|tiredness)\b",
        "help with fatigue",
    ),
    # "can getting stronger make my steps longer?": strength work's benefit, not progressing a move
    (
        r"\b(can|could|will|would|does|do|might) (?:getting|being|get) (?:stronger|more strength)\b"
        r"(?! (?:legs|muscles|calves|quads|glutes|hamstrings|hips)\b)",
        r"\1 strength training",
    ),
    # "somewhere I can squeeze in a session": fit it in (not squeezing the glutes)
    (
        r"\bsqueez(?:e|ing) (?=(?:in\b|[\w ]{1,30}? in\b))"
        r"(?!(?:my |your |the |both )?(?:glutes|butt|bum|muscles?|quads|hamstrings|calves|cheeks|knees|ball)"
        r"\b)",
        "fit ",
    ),
    # "tidy up my technique", "clean up my form": the running form strength improves.
    (
        r"\b(?:tidy|clean|smooth|sharpen|sort|fix|neaten|tighten) (?:up )?(?:my )?(?:running )?"
        r"(?:technique|form|stride|running)(?: up)?\b",
        "improve my running form",
    ),
    # "my legs swing in and out", "legs flick outwards": the legs angling in or out (weak hips).
    (
        r"\b(legs?|knees?|feet|foot) (?:start |starts |keep |keeps )?(?:to )?"
        r"(?:swing\w*|flick\w*|kick\w*|go|goes|going|wobbl\w*|drift\w*|angl\w*|point\w*) "
        r"(?:in and out|out and in|inwards? (?:and|or) outwards?|sideways|all over the place)\b",
        r"\1 angle inward or outward",
    ),
    (
        # "my feet flick outwards late in races" (knees drifting in have their own rule above)
        r"\b(legs?|feet|foot) (?:start |starts |keep |keeps )?(?:to )?"
        r"(?:swing\w*|flick\w*|kick\w*|angl\w*|splay\w*|flar\w*) (?:inwards?|outwards?|out|in)\b(?! front)",
        r"\1 angle inward or outward",
    ),
    # "after pushing weights", "throwing some weights around": lifting; "loosen up": stretch.
    (
        r"\b(?:push|pushing|pushed|throw|throwing|chuck|chucking|mov|moving|toss|tossing) (?:some |the |arou"
        r"nd )?"
        r"(?:weights|tin|iron)(?: around| about)?\b",
        "lifting weights",
    ),
    (r"\bloosen(?:ing)? (?:up|off|out)\b|\bloosen (?:my |the )?(?:legs|muscles) (?:up|off)\b", "stretch"),
    # "leg ext", "leg exts": the leg-extension machine.
    (r"\bleg exts?\b(?!\w)", "leg extension"),
    # "2 leg sesh", "a couple of session": sessions, however many.
    (
        r"\b(2|two|3|three|a couple(?: of)?|couple of|a few) ((?:leg |gym |strength |lifting )?)(?:session|s"
        r"essions)\b",
        r"\1 \2sessions",
    ),
    # "will a couple of leg sessions a week legit help my speed": does strength work help, not how often
    (
        r"\b(will|would|does|do|can|could) (?:a couple(?: of)?|couple of|two|2|three|3|a few|some|one|1) "
        r"(?:leg |strength |gym |lifting )?sessions?(?: (?:a|per|each) week)? ((?:really |actually )?)"
        r"(help|make|improve|boost)",
        r"\1 strength training \2\3",
    ),
    # "how do I set up a leg day at the gym", "put together a leg session": what the session is.
    (
        r"\bhow (?:do|should|would|can) (?:i|you|we) (?:set up|put together|plan|build|structure|program|"
        r"programme|organi[sz]e|lay out) (?:a |my |the )?(?:leg day|leg session|leg workout|strength session|"
        r"leg routine)\b",
        "what should a leg workout look like",
    ),
    # (r15 yc) a runner's name for the hamstring push-up: a bridge with the feet up on a chair
    (r"\bham(?:string)? bridges?\b", "hamstring push-up"),
    # (r15 yc) "what should my routine be?", "what should my programme look like at my age?": the routine
    (
        r"\bwhat (?:should|would|could) (?:my|a|the|our) (?:leg |strength |weekly |starting |first )?"
        r"(?:routine|programme|program)(?: look like| be| include| consist of)"
        r"(?=[\s?.!]*$|\s+(?:for (?:me|us|a beginner|someone|my age)|at my age|then|now|to start|"
        r"to begin)\b)",
        "what should a leg workout look like",
    ),
    (r"\b(?:noobs?|n00bs?|newbs?|newbies?|beginner here|new to this|new to all this)\b", "beginner"),
    # "only doing quads", "just training the front of my legs": an imbalance.
    (
        r"\b(?:only|just) (?:do(?:ing)?|work(?:ing)?|train(?:ing)?|hit(?:ting)?) (?:my |the )?"
        r"(quads?|quad exercises|hamstrings?|calves|glutes|front of my legs|back of my legs)\b",
        r"only train \1 and neglect the opposing muscles",
    ),
    (r"\b(?:is|isnt) (?:just )?running (?:alone |on its own )?not enough\b", "is running enough"),
    (
        r"\b(legs?|quads|calves|hamstrings|glutes) (?:feel|feels|feeling) (?:so |really |super )?heavy\b",
        r"\1 are sore",
    ),
    (r"\b(?:pb|pr|personal best|race|time trial) (?:attempt|effort|race|day)\b", "race"),
    (r"\b(?:til|till)\b", "until"),
    # "just spam leg extensions and call it leg day": one exercise instead of a balanced session.
    (
        r"\b(?:just|only) (?:spam|spamming|do|doing|hammer|smash|smashing) "
        # (not a length of time: "just do like 15 mins and call it a session" asks if that's enough)
        r"(?!(?:like |about |maybe |around |a |an )?"
        r"(?:\d+|one|two|five|ten|fifteen|twenty|thirty|half|few|quick|short)\b)([\w ]{3,30}?) and call it "
        r"(?:leg day|a day|a workout|a session|done)\b",
        r"only do \1 and neglect the opposing muscles",
    ),
    # Training to failure, said many ways.
    (
        r"\b(?:until|till|til|to where) (?:i )?(?:literally )?(?:cant|cannot|can not) (?:do |lift |manage )?"
        r"(?:another|one more|any more|anymore)(?: reps?)?\b|\bgo(?:ing)? all out\b|\bmax(?:ing)? out\b",
        "to failure",
    ),
    (
        r"\brest (?:days? )?(?:in )?between (?:strength|leg|lifting|gym) (?:days|sessions|workouts)\b",
        "how many days between sessions",
    ),
    (r"\b(?:stale|in a rut|samey|same old|monotonous|tedious)\b", "boring"),
    (
        r"\bknees? (?:wobbles?|wobbling|caves?|caving|falls?|falling|collapses?|collapsing|buckles?|buckling|"
        r"rolls?|rolling|goes|go|come|comes|turns?|turning|drifts?|drifting) (?:in|inwards?|inward)\b",
        "knees cave in",
    ),
    # Sprinters: "200m guy", "out of the blocks" ask about sprinting.
    (
        r"\b(?:60|100|200|400) ?m(?:etres?|eters?)?\b"
        r"(?= (?:guy|girl|runner|sprinter|specialist|athlete|lad|bloke)s?\b)",
        "sprinter",
    ),
    (r"\b(?:out of|off) the blocks\b", "at the sprint start"),
    # Gym shorthand: the lifts the article doesn't name stay recognisable for the honest answers.
    (r"\batg\b(?= squats?\b)", "ass to grass deep"),
    (r"\batg\b", "ass to grass deep squat"),
    (r"\bsldls?\b", "single leg romanian deadlift"),
    (r"\bbb\b", "barbell"),
    (r"\bghrs?\b", "nordic curl"),
    (r"\bpistols\b(?! squats?)", "pistol squats"),
    (r"\bpistol\b(?! squats?)", "pistol squat"),
    # Round 10c: "plyometrics what is it exactly", "wall squats, what are they": what the thing named is.
    (
        r"^(?!(?:ok|okay|so|and|hey|yo|hi|um|but|also|wait|right|sorry|hmm|huh|lol)\b)"
        r"([a-z][a-z -]{2,30}?)[,:]? (?:so )?what (?:is|are) (?:it|they|that|those|these)"
        r"(?: (?:exactly|exactley|even|actually|really))?(?=\s*(?:[?.!]|$))",
        r"what is \1 exactly",
    ),
    # Round 10c: "the stair thing where your heels drop off the edge and you go up on tiptoes": the whole
    # description is the calf raise (left half told, a do's-and-don'ts rule read "heels drop" as its ask).
    (
        r"\b(?:the |that |this )?(?:stair|step|steps|stairs) (?:thing|one|move|exercise|drill) "
        r"(?:where|when) (?:your|my) heels (?:drop|hang|dangle|sink)s? (?:off|over|below) "
        r"(?:the )?(?:edge|step|stair)"
        r"(?:,? (?:and|then) (?:you|i) (?:go|rise|come|push|get|lift) (?:yourself |myself )?up (?:on|onto) "
        r"(?:your |my )?(?:tip ?toes|tippy ?toes|toes))?",
        "calf raises off a step",  # (a told sentence of three words, so "does that help?" is about it)
    ),
    # Round 8: a move described in words instead of named ("going up on my tiptoes off the stair",
    # "the machine where you sit and kick your legs out", "pushing a platform away with your feet"):
    # the article's name, so every rule after this (verdicts, doses, depth, the why-strength steer)
    # reads the move asked about, not the words of the description.
    (
        r"\b(?:go(?:ing)?|get(?:ting)?|ris(?:e|ing)|com(?:e|ing)|push(?:ing)?|lift(?:ing)?|rais(?:e|ing)|"
        r"stand(?:ing)?|bounc(?:e|ing)|pop(?:ping)?)(?: myself| yourself)? (?:up |right up )?"
        r"(?:on|onto|up on) (?:my |your |the )?(?:tip ?toes|tippy ?toes|toes|balls of (?:my|your) feet)"
        r"(?: (?:off|on|from) (?:the |a |my )?(?:edge of (?:the |a )?)?(?:bottom |first |last )?(?:stair|"
        r"step)s?)?",
        "doing calf raises",
    ),
    (
        # "lying on my side lifting the top leg with a weight round my ankle": the article's hip
        # strengthener (not the lying leg lift, which is on the back)
        r"\b(?:lying|lie|laying|lay) (?:on (?:my|your|one|the|their) side|sideways),? (?:and |then )?"
        r"(?:lift|rais|swing)\w* (?:up )?(?:my |your |the |a )?(?:top |upper |outside |straight )?leg\b",
        "doing the side-lying hip raise",
    ),
    (
        # "the tippy toe thing on the stairs", "tiptoe raises off a step": up on the toes on a stair
        r"\b(?:the )?(?:tip ?toes?|tippy ?toes?|tippie ?toes?)(?: thing| things| raises?| exercise| move)? "
        r"(?:on|off|from) (?:the |a |my )?(?:edge of (?:the |a )?)?(?:bottom |first )?(?:stairs?|steps?)\b",
        "doing calf raises on a step",
    ),
    (
        r"\b(?:with )?(?:my |your )?heels? (?:hanging|dangling|dropping|drooping) (?:off|over) "
        r"(?:the |a )?(?:edge of (?:the |a )?)?(?:bottom )?(?:stair|step|ledge|edge)s?\b",
        "on a calf raise step",
    ),
    (
        r"\b(?:lean(?:ing)?|sit(?:ting)?|slid(?:e|ing)|rest(?:ing)?|press(?:ing)?)(?: (?:back|down))? "
        r"(?:on|against|into) (?:a|an|the) (?:(?:big|large|huge|inflatable|inflated|blow ?up|bouncy|swiss|"
        r"gym|"
        r"exercise|stability|yoga|fitness) )+ball(?: (?:against|on) (?:a|the) wall)?"
        r"(?: and (?:sit|squat|lower|slide|go)\w*(?: yourself| myself)?(?: down)?)?",
        "doing a wall squat",
    ),
    (
        r"\b(?:doing (?:the |a )?)?(?:(?:big|long|giant|large|deep) (?:forward )?(?:step|stride)s?"
        r"(?: forward)? |"
        r"step(?:ping|s)? (?:out |forward |out forward )(?:\w+ )?)"
        r"(?:with|holding) (?:a |the |some )?(?:weights?|dumbbells?|kettlebells?)"
        r"(?: in (?:my|your|each|both) hands?)?(?: and (?:sink|drop|lower|go|dip)\w*(?: down)?)?",
        "lunges with dumbbells",
    ),
    (
        r"\b(?:doing |the )?(?:big )?(?:forward )?(?:step|stride)(?:ping|s)? forward "
        r"(?:with|holding) (?:a )?(?:dumbbells?|weights?|kettlebells?)(?: in (?:each|both|my|your) hands?)?"
        r"(?: and (?:sink|drop|lower|dip)\w*(?: down)?)?",
        "lunges with dumbbells",
    ),
    (
        r"\b(?:(?:the |that )?(?:big )?(?:machine|thing|one)(?: thing)? where (?:you|i) (?:sit|lie|lay)"
        r"(?: back)?"
        r"(?: in a \w+(?: thing)?)?,? and |(?:the one )?where (?:you|i) )?"
        r"(?:push|press|shove|drive|kick)(?:ing)? (?:a |the )?(?:weighted |heavy |big )?"
        r"(?:platform|plate|footplate|foot plate|sled|sledge|board) away(?: from (?:you|me))?"
        r"(?: with (?:your|my) (?:feet|legs))?"
        r"(?: while sitting(?: back)?(?: in a (?:chair|seat))?(?: thing)?(?: at the gym)?)?",
        "the leg press",
    ),
    (
        r"\b(?:(?:the |that )?(?:seated |gym )*(?:machine|thing|one|seat|chair|bench)"
        r"(?: where (?:you|i) sit(?: down)?(?: on it)? and| where (?:you|i)| (?:you|i) sit (?:on|in) and) )"
        r"(?:kick|straighten|extend|lift|swing|raise)(?:ing)? (?:your|my) (?:lower )?(?:legs?|knees)"
        r"(?: out| up)?"
        r"(?: straight)?(?: out)?(?: in front(?: of (?:you|me))?)?",
        "the quadriceps extension machine",
    ),
    # "the hip exercise", "the hip strengthener" (one, with "the"): the article's side-lying hip raise
    (
        r"\bthe hip (?:exercise|strengthener|strengthening exercise|move|thing|one)\b(?!s)",
        "the side-lying hip raise",
    ),
    # Round 9: more moves described in words instead of named.
    # "leaping side to side over a chalk mark", "hopping back and forth across a line": line hops.
    (
        r"\b(?:the (?:one|move|thing|drill) where (?:you|i) )?(?:leap|jump|hop|bounc|spring|skip)\w* "
        r"(?:(?:back and forth|side to side|from side to side|sideways|left and right|over and back) )?"
        r"(?:over|across) (?:a |the |some )?(?:chalk |painted |taped |floor |drawn )?(?:line|mark|crack|tape|"
        r"stripe)s?\b(?: (?:back and forth|side to side|and back)(?: again)?)?",
        "doing line hops",
    ),
    # "climbing onto a box again and again", "stepping up onto a bench one foot at a time": step-ups.
    (
        r"\b(?:the (?:one|move|thing) where (?:you|i) )?(?:(?:climb|step)(?:ing|s)? (?:up )?|go(?:ing|es)? "
        r"up )(?:on ?to|onto|up o"
        r"n|on) "
        r"(?:a |the )?(?:box|bench|step|stair|chair|platform|park bench)\b"
        r"(?: (?:again and again|over and over|one foot at a time|one leg at a time|and back down|"
        r"repeatedly|and down again|and off))*",
        "doing bench step-ups",
    ),
    # "feet up on a seat and lift your bum": the hamstring push-up (not the bridge, feet on the floor).
    (
        r"\b(?:(?:what(?:['\u2019]?s| is) )?(?:the|that) (?:one|move|thing|exercise) where (?:you |i )?)?"
        r"(?:(?:with|put) )?(?:my |your )?(?:feet|heels) "
        r"(?:are |go |up )*(?:up )?on (?:a |the )?(?:seat|chair|bench|sofa|couch|stool|step)\b[^.?!]{0,30}?"
        r"(?:lift|rais|push|driv|thrust)\w* (?:up )?(?:my |your )?(?:bum|glutes|hips|backside)(?: up)?"
        # (the rest of the telling, "and then take one foot off", is the same move, not a new ask)
        r"(?:,? (?:and )?(?:then )?(?:take|lift|drop|raise|pick)s? (?:one|a|1) (?:foot|leg) (?:off|up)"
        r"(?: (?:the|a) (?:chair|seat|bench|sofa|couch|stool|step))?)?",
        "the hamstring push-up",
    ),
    # Round 10c: "the bum lift with your feet up on a chair where you take one foot off", "feet on a
    # chair, hips up, drop one leg and lower down slow": the hamstring push-up, told in any order.
    (
        r"\b(?:the |a |that )?(?:bum|butt|booty|hip|glute) (?:lift|raise|bridge|thrust)s? (?:with|where) "
        r"(?:your |my )?(?:feet|heels) (?:are |up )*on (?:a |the )?"
        r"(?:chair|seat|bench|sofa|couch|stool|ball)\b",
        "the hamstring push-up",
    ),
    (
        r"\b(?:my |your )?(?:feet|heels) (?:are |up )*on (?:a |the )?"
        r"(?:chair|seat|bench|sofa|couch|stool|ball)\b"
        r"(?=[^.?!]{0,60}?\b(?:(?:take|taking|lift|lifting|drop|dropping|raise|raising) (?:one|a) "
        r"(?:foot|leg)|"
        r"(?:lower|let) (?:yourself|myself|your (?:butt|bum)|my (?:butt|bum)) down|on one leg)\b)",
        "the hamstring push-up with feet on a chair",
    ),
    # "the leg press, good idea for runners?": the move's verdict (not a plan built around it).
    (
        r"\b(?:a )?(?:good|smart|sensible|wise) (?:idea|choice|call|option) for "
        r"(?=(?:a |us )?(?:distance |trail |marathon |older )?(?:runners?|running|me|distance folk)\b)",
        "worth it for ",
    ),
    # "is a one-legged squat basically a lunge?", "is X the same as Y": how the two differ (not a yes
    # read off one card).
    (
        r"\b(?:is|are) (?!(?:it|that|this|they|there|running|strength|lifting|my|your)\b)(?:a |an |the )?"
        r"([a-z][\w -]{2,30}?) (?:(?:basically|essentially|pretty much|just|really|actually) )?"
        r"(?:the same(?: thing| exercise| move)? as|equivalent to|identical to) (?:a |an |the )?"
        r"([a-z][\w -]{2,30}?)(?=\s*(?:[?.!,]|$))|"
        r"\b(?:is|are) (?!(?:it|that|this|they|there|running|strength|lifting|my|your)\b)(?:a |an |the )?"
        # (r19 tm) "hotel gym is literally just a treadmill": the kit told, no two things compared
        r"(?!(?:literally|really|actually|honestly|basically|only|still|now)\b)"
        r"([a-z][\w -]{2,30}?) (?:basically|essentially|pretty much|just) (?:a|an|the) "
        r"([a-z][\w -]{2,30}?)(?=\s*(?:[?.!,]|$))",
        lambda m: (
            m.group(0)  # a lift the article doesn't name has its own honest answer ("a pistol squat")
            if _UNNAMED_LIFT.search(m.group(0))
            else f"whats the difference between {m.group(1) or m.group(3)} and {m.group(2) or m.group(4)}"
        ),
    ),
    # "I just ran an easy 5k before legs... does that count?": as the warm-up
    (r"\b(warm(?:ing)?[ -]?ups?\b[^?]{0,80}?\bdoes (?:that|it|this) count)\b(?! as)", r"\1 as a warm up"),
    # Race fuel is nutrition ("gel strategy for an ultra"), not the race-eve rule.
    (
        r"\b(?:energy )?gels?\b(?! (?:pads?|seats?|insoles?|cushion\w*))|\bfuell?ing\b|\belectrolytes?\b",
        "nutrition",
    ),
    # "what does it even work", "what's that doing", "what does it build": the muscles it works.
    # Round 10: "the big muscles at the back of my thigh, what are they doing when I run": what the
    # muscles described do (their role), not which muscles a move works.
    (
        r"\b(?:the |those |these |my )?(?:big |large |long |main )?muscles? (?:up |at |on |in |down |behind )"
        r"(?:the )?(back|front|backs|fronts) of (?:my|the|your) (?:upper legs?|thighs?)\b",
        lambda m: "the hamstring muscles" if m.group(1).startswith("back") else "the quad muscles",
    ),
    (
        r"\b(?:the |those |these |my )?(?:big |large |long |main )?(?:muscles? )?(?:(?:up |at |on |in |down "
        r")(?:the )?)?"
        r"(back|front) of (?:my|the|your) legs?,? (above|below|under) (?:the |my )?knees?\b",
        lambda m: {"back": {"above": "the hamstring muscles"}, "front": {"above": "the quad muscles"}}.get(
            m.group(1), {}
        ).get(m.group(2), "the calf muscles" if m.group(1) == "back" else "the shins"),
    ),
    (
        r"\b(?:the |those |these |my )?(?:big |large |long |main )?muscles? (?:behind|under(?:neath)?) "
        r"(?:my|the|your) (?:upper legs?|thighs?)\b",
        "the hamstring muscles",
    ),
    # "the hamstring muscles, the ones that pull tight when you touch your toes, how do I...": the
    # muscles named, a description told beside them is no ask of its own ("them" is the muscles).
    (
        r"\b((?:the )?(?:hamstring|quad|calf|glute|shin) muscles|"
        r"(?:the |my )?(?:hamstrings|quads|calves|glutes)),"
        r" (?:the ones?|those|which|that)\b(?: (?:that|which|you|i))?[^,.?!]{3,70},",
        r"\1,",
    ),
    # "why would a runner even need leg workouts?": why runners strength train (not a session's make-up)
    (
        r"\bwhy (?:would|do|does|should|must) (?:a |any |us |we )?runners? (?:even |really |actually |ever )?"
        r"(?:need|bother with|do|want) (?:any |extra |separate )?(?:leg|strength|weights?|gym)"
        r"(?: \w+)? (?:workouts?|sessions?|training|work|exercises?|days?)\b",
        "why should runners do strength training",
    ),
    # "am I meant to go down slow?", "come back down slowly": the lowering half of a rep, slow (not
    # the "slow you down" of the bulk worry)
    (
        r"\b(?:go|going|come|coming|get|getting|drop|dropping)(?: back)? down (?:nice and )?"
        r"slow(?:ly)?\b",
        "lower slowly",
    ),
    # "the ones that go tight when you bend to touch your toes": the hamstrings, described
    (
        r"\b(?:the )?(?:muscles?|ones?) (?:that |which )?(?:pulls?|gets?|goes|go|feels?|are|is) tight "
        r"(?:when|if|as) (?:you|i) (?:try (?:to )?|bend (?:over |down )?(?:to )?|reach (?:down )?(?:to )?)?"
        r"(?:touch|reach) (?:your|my) toes\b",
        "the hamstring muscles",
    ),
    (
        r"\b((?:hamstrings|quads|calves|glutes|hip flexors|muscles)\b[^.?!]{0,12}?)\bwhat (?:are|do|is) "
        r"(?:they|those|these|them|it)(?: even| actually| really)? (?:doing|do|for)\b",
        r"\1what do they do",
    ),
    (
        r"\bwhat (?:does|do|will|would) (?:it|that|this|they|those|these)(?: thing| move| one| exercise)? "
        r"(?:even |actually |really |exactly |mainly )?(?:work|works|target|hit|build|train|strengthen)\b"
        r"(?! (?:on|out|for|with|best)\b)|"
        r"\bwhat(?:['\u2019]?s| is| are) (?:it|that|this|they|those)(?: thing| move| one| exercise)? (?:even"
        r" |actually |"
        r"really )?(?:doing|working|targeting|hitting|building|training)\b(?! (?:for|to)\b)",
        "what muscles does it work",
    ),
    (
        r"\b(?:(?:the |that )?(?:gym )?(?:machine|thing|one) where (?:you|i) "
        r"(?:lie|lay) (?:face down|on (?:your|my) (?:front|stomach|belly)) and )"
        r"(?:curl|bend|pull|bring)(?:ing)? (?:your|my) (?:heels|feet|legs|knees)"
        r"(?: up)?(?: (?:to|towards?|into) (?:your|my) (?:glutes|bum|backside))?",
        "the hamstring curl machine",
    ),
    (
        r"\b(?:take?(?:ing)? off|tak(?:e|ing) off|jump(?:ing)?|hop(?:ping)?|spring(?:ing)?) "
        r"(?:twice )?(?:off |from |on )?(?:one|the same|a single) foot(?: twice)?,? (?:and |then )?"
        r"(?:land(?:ing)? (?:back )?on (?:that|the) same (?:foot|one)|again)"
        r"(?:,? (?:and |then )?(?:swap|switch|chang)\w*(?: (?:to )?(?:the other|sides|legs|feet|over))?"
        r"(?: foot)?)?",
        "skipping drills",
    ),
    (
        r"\bhop(?:ping|s)? twice on (?:the same|one|each) foot(?:,? (?:and |then )?(?:swap|switch|chang)\w*"
        r"(?: (?:to )?(?:the other|sides|legs|feet|over))?(?: one| foot)?)?",
        "skipping drills",
    ),
    (
        r"\b(?:(?:lean(?:ing)?|press(?:ing)?|rest(?:ing)?) (?:my |your )?)?back (?:on|against) (?:a|the) "
        r"wall,? (?:and |then |while )?(?:just |simply |only )?"
        r"(?:pull(?:ing)?|lift(?:ing)?|rais(?:e|ing)|point(?:ing)?) "
        r"(?:my |your )?toes"
        r"(?: up)?(?:,? (?:while|with|and) (?:my |your )?heels (?:stay(?:ing)?|stuck|kept|on)(?: down|"
        r" on the (?:floor|ground))?)?",
        "doing the wall toe raise",
    ),
    (
        r"\b(?:running|run|sprinting|charging) up (?:a |the )?(?:slope|hill|incline)s? "
        r"(?:over and over|again and again|repeatedly|and jogging (?:back )?down(?: again)?)(?: again)?",
        "hill repeats",
    ),
    (
        r"\b(?:(?:the|that|this) (?:one|move|exercise|thing) where (?:you|i) )?(?:lie|lying|lay|laying)"
        r"(?: down)?"
        r"(?: (?:flat )?on (?:my|your|the) (?:back|floor))?(?:,? (?:with )?(?:my |your )?knees bent)?,? "
        r"(?:and |then )?(?:push|lift|rais|thrust|driv|bridg)(?:e|es|ing|s)? (?:my |your )?(?:hips|bum|"
        r"glutes)"
        r"(?: up)?(?: (?:to|towards?) the (?:ceiling|sky|roof))?",
        lambda m: (
            m.group(0)
            if rx.search(r"\b(?:chairs?|ball|bench|one foot|one leg)\b", m.string, re.I)
            else "the bridge"
        ),
    ),
    (r"\buphill (?:reps|repeats|sprints|efforts|intervals)\b", "hill repeats"),
    # "...I fold forward late in long runs. strength issue?": whether weak muscles cause what they told
    (
        # (not with an ache told: "my back gets sore late in runs. weakness issue?" is the pain's answer)
        r"^((?![\s\S]*\b(?:sore\w*|pain\w*|aches?|achy|aching|hurts?|hurting|injur\w*|niggl\w*)\b)"
        r"[\s\S]*?\w)(?: lol| haha)?\s*[.,;!]+\s*(?:is (?:it|that|this) )?(?:a )?"
        r"(?:strength|muscle|weakness|strength related) (?:issue|problem|thing)\s*(?=\?)",
        r"\1, could weak muscles be why",
    ),
    # "jog the descents", "walk the downhills": the way back down a hill repeat
    (r"\b(jog|walk|run)(s|ing)? (?:the )?(?:descents?|downs|downhills?|downhill bits?)\b", r"\1\2 back down"),
    # "drop down quick and spring back up out of the bottom": bouncing at the bottom of a rep.
    (
        r"\b(?:spring|bounc|pop|shoot|rebound|fly|jump)\w* (?:back )?up (?:out of|from|off) the bottom\b",
        "bounce at the bottom",
    ),
    # "the muscle at the top front of my hip that pulls my knee up": the hip flexors.
    (
        r"\bmuscles? (?:at|in) the (?:very )?(?:top )?front of (?:my|the|your) hips?\b|"
        r"\bmuscles? (?:that |which )?(?:pulls?|lifts?|brings?|drives?|raises?|swings?|hoists?) "
        r"(?:my|your|the) (?:knees?|thighs?|legs?)(?: up| forward| through)?"
        r"(?: (?:towards?|to) (?:my|your|the) (?:chest|belly))?\b|"
        # "my knee lift is weak on climbs", "no knee drive uphill": the hip flexors that lift the knee
        r"\bknee (?:lift|drive)\b(?= (?:is|feels|gets|goes|seems|dies|fades|drops|weak|on|going|up|uphill))",
        "hip flexors",
    ),
    # "the stringy bits that hold the joints together": ligaments and tendons.
    (
        r"\bstringy (?:bits|things|stuff|parts)(?: that (?:hold|holds|keep|keeps) (?:them|it|everything|"
        r"the joints?|my joints?) together)?",
        "ligaments and tendons",
    ),
    (
        r"\b(?:take|taking|takes) (?:some of |a bit of |a lot of )?(?:the )?(?:pounding|load|stress|strain|"
        r"impact|battering|hammering) (?:off|away from)\b",
        "protect",
    ),
    # "the ankle-weight hip exercise", "hip strengthening with ankle weights": the side-lying hip raise.
    (
        r"\b(?:the )?ankle[- ]?weights? hip (?:exercise|strengthener|move|raise|lift)s?\b|"
        r"\b(?:the )?hip (?:strengthening|strengtheners?|exercises?|raises?|lifts?) (?:with|using) "
        r"(?:an? |some )?ankle[- ]?weights?\b",
        "the side-lying hip raise",
    ),
    # "how many sets of lungs", "lungs with dumbbells": the lunge typed as the organ (not "my lungs burn")
    (
        r"\b(sets of|reps of|rounds of|do|doing|did|weighted|walking|reverse|dumbbell|many|some|more|few) "
        r"lungs\b(?! (?:burn\w*|hurt\w*|ache\w*|feel\w*|are|were|tight\w*|capacity|give))",
        r"\1 lunges",
    ),
    (r"\blungs(?= (?:with|holding) (?:dumbbells?|weights?|a weight|kettlebells?)\b)", "lunges"),
    # (r20 tq) "wat degre shoud my frnt knee bend on lungs", "lungs how deep": the organ's word in a
    # message about a rep's shape (knee, bend, depth, sets, torso) and nothing about breath is the lunge
    (
        r"\blungs\b",
        lambda m: (
            "lunges" if _LUNGE_TALK.search(m.string) and not _BREATH_TALK.search(m.string) else m.group(0)
        ),
    ),
    (r"\bfull rom\b", "full range of motion"),
    (r"\brom\b", "range of motion"),
    (r"\bhalf (?:reps|squats)\b", "half range of motion"),
    # "will stronger muscles take the pounding off my creaky joints?": the joints, not a noise in them.
    (
        r"\b(?:creaky|creaking|old|achy|knackered|worn(?: out)?) (joints|knees)\b",
        lambda m: (
            m.group(0)
            if rx.search(
                r"\b(?:click\w*|crack\w*|pop\w*|nois\w*|sounds?|grind\w*|crunch\w*)\b", m.string, re.I
            )
            else m.group(1)
        ),
    ),
    # "after my session, just go home?": leaving, not training at home.
    (r"\b(?:just |then )?(?:go|head|going|heading) (?:straight )?home\b(?! (?:and|to) )", "leave"),
    (
        r"\bsnap(?:ping|s)? (?:my |your |the )?(?:legs?|knees?) (?:straight|locked|out straight)\b",
        "lock my knees straight",
    ),
    (
        r"\b(?:all the way )?(?:until|till|til|to where) (?:my|the) (?:legs?|knees?) (?:is|are|goes|go|"
        r"gets?) "
        r"(?:fully |completely |dead |totally |perfectly |all the way )?straight\b",
        "until my knee locks",
    ),
    # Typos that land on another real word or are too short for the index's fix: "how stepp should
    # the hill be" is steep, not a step; "hil workout" a hill.
    (r"\b(how|too|so|very|really|quite) (?:stepp?|steap|stepe|steeep)\b", r"\1 steep"),
    (r"\bhil(s|y)?\b", r"hill\1"),  # ("hily", "hils"; "hilly" itself is no typo)
    # (r16 wb) "am I going to put on a load of weight from the muscle?", "will it make me heavier?": body
    # weight gained, the bulk worry ("put on more weight" on the bar is progression, not this)
    (
        r"\b(?:put|putting|pack|packing|gain|gaining) on (?:a )?"
        r"(?:load of |lot of |lots of |loads of |much |any |some |a bunch of )?"
        r"(?:weight|mass|kilos|pounds|kg)\b(?! (?:on|to|onto) )|"
        r"\b(?:get|getting|make me|end up|become|be) (?:much |a lot |a bit |any )?heavier\b(?! weights?)",
        "bulk up",
    ),
    # (r16 wb) "what kind of weights would you actually use?": how heavy, not free weights or machines
    (
        r"\bwhat (?:kind|sort|type)s? of weights? (?:would|should|do|could|can) (?:you|i|we) "
        r"(?:actually |really |even )?(?:use|lift|go for|pick)\b(?! or)",
        "how heavy should the weights be",
    ),
    # (r16 wb) "how do I do lunges and stuff?": how the move is done, the "and stuff" a filler
    (
        r"\b(how (?:do|should|can|would) (?:i|you) do|how to do) ((?:the )?(?:squats?|lunges?|step ?ups?|"
        r"bridges?|calf raises?)) (?:and|n|&) (?:stuff|that|things|all that|the like)\b(?!['’]s| is| was)",
        r"\1 \2",
    ),
    # "squats and stuff", "weights and that": lifting in general, not the one move.
    (
        r"\b(?<!ankle )(?<!wrist )(?:squats?|lunges?|weights|lifting|leg work|gym work) (?:and|n|&) "
        r"(?:stuff|that|things|all that|the like)\b(?!['’]s| is| was)",
        "lifting",
    ),
    (r"\bhelp (me )?on (?:the )?hills\b", r"help \1get up hills"),
    # "can I skip the easy jog before lifting?": the warm-up, not the order of a run and a session.
    (
        r"\b(skip|omit|ditch|drop|miss|need|bother with|do without|leave out) (?:the |my |an? )?"
        r"(?:easy|light|little|short|quick|gentle) (?:jog|jogging)(?: bit)? (?:before|ahead of|prior to) "
        r"(?:lifting|weights|the weights|strength(?: work)?|the gym|leg day|"
        r"my (?:session|workout|lift|lifts))\b",
        r"\1 the warm-up before lifting",
    ),
    # "the bottom stair": the lowest step, not the bottom (glutes).
    (r"\bbottom (stair|step)(s)?\b", r"lowest \1\2"),
    (r"\b(?:the )?back of (?:my|the|your) lower legs?\b", "my calves"),
    (
        r"\bfront of (my|the|your) lower legs?\b",
        lambda m: (
            m.group(0)
            if rx.search(r"\b(?:pain\w*|hurt\w*|ach\w*|sore\w*|splints?)\b", m.string, re.IGNORECASE)
            else f"front of {m.group(1)} shins"
        ),
    ),
    (r"\b(?:the )?(?:back|backs) of (?:my|the|your) (?:upper legs?|thighs?)\b", "my hamstrings"),
    # "I run 50k a week. Isn't that enough?": "that" is the running (after the mileage rule above).
    (
        r"\b((?:run|runs|running|ran|mileage|miles|km|jog\w*)\b[^?]{0,80}?)\b(?:isn['’]?t|is not|is) "
        r"(?:that|this|it|all that|that mileage)(?: alone| on its own)? enough\b",
        r"\1is running enough",
    ),
    # Round 10: moves and ideas described instead of named, and slang read as plain words.
    # "charge up a slope", "sprinting up hills for training", "blast up an incline": hill repeats.
    (
        r"\b(charg|sprint|blast|power|bound|attack|hammer|driv|rush|tear|storm|bomb|run(?:ning)? hard|"
        r"run(?:ning)? fast)(e|es|ed|ing|s)? up (?:a |the |some )?(?:short |steep |little |local )?"
        r"(?:slope|hill|incline|rise|bank)s?\b"
        r"(?: (?:over and over|again and again|repeatedly|a few times|lots of times)(?: again)?)?",
        lambda m: (
            "doing hill repeats"
            if (m.group(2) or "").endswith("ing") or "ing" in m.group(1)
            else "do hill repeats"
        ),
    ),
    # "tiny little pulses", "a quarter of the way down", "short little reps", "partial reps": part of
    # the range of motion.
    (
        r"\b(?:tiny|little|small|short|mini|baby)(?: (?:little|tiny|small|short))? (?:pulses|pulsing|reps|"
        r"bounces)\b|"
        r"\bpuls(?:es|ing)\b|\bpartial (?:reps|range)\b|"
        r"\b(?:a |one )?(?:quarter|third|half|halfway|part) (?:of the )?way (?:down|up)(?: and (?:back "
        r")?(?:up|down))?\b|"
        r"\bquarter (?:reps|squats)\b",
        "half range of motion",
    ),
    # "the quad extension, do I go all the way?": straightening the knees fully, on the straightening
    # machines (on a squat, "all the way down" is depth and stays).
    (
        r"\b(?:go|push|straighten|extend|kick|take) (?:(?:it|them|my legs|my knees|the legs) )?"
        r"(?:all the way|to the top|fully)(?: (?:up|out|straight))?(?! down)\b",
        lambda m: (
            "lock my knees straight"
            if rx.search(r"\b(?:quadriceps extension|leg extensions?|quad extensions?|leg press)\b", m.string)
            else m.group(0)
        ),
    ),
    # "any use for someone who runs long", "any point for a marathoner": worth it for them.
    (r"\bany (?:use|point|benefit|value)(?: at all)? (?:for|to)\b", "worth it for"),
    # (r20 tn) "is there actually any point when my legs are hammered all day?", "any point in doing leg
    # work?": whether it's worth it (it read "hammered" as a frequency question, "leg" as the calves)
    (
        r"(?i)\b(?:is there|there is|theres|is their) (?:(?:actually|really|even|honestly|genuinely|still) )?"
        r"any (?:real )?point(?: at all)?(?P<of> (?:in|to)(?: (?:doing|me doing|adding|bothering with))?)?"
        r"(?= (?:when|if|given|since|as|because|with|in|doing|\w+ing)\b|\s*[?.!]|\s*$)",
        lambda m: "is it worth doing" if m.group("of") else "is it worth it",
    ),
    # "going up slopes", "on inclines my legs die", "on steep climbs": outdoor hills (a treadmill's
    # incline stays the treadmill's).
    (
        r"\b(?:(going|getting|running|climbing) up|on|up) (?:the |steep |long |any |big )?"
        r"(?:slopes|inclines|uphills|uphill (?:sections|bits|parts|stretches))\b",
        lambda m: (
            m.group(0)
            if rx.search(r"treadmil|running machine|\btilt", m.string, re.IGNORECASE)
            else f"{m.group(1) or 'going'} up hills"
        ),
    ),
    (
        r"\b(?:someone|somebody|a person|people|folks?) who (?:runs?|does|do) (?:long|distance|marathons?|"
        r"ultras?)\b",
        "a distance runner",
    ),
    (
        r"\b(worth it|worth doing|useful|any good)\s+or (?:just )?(?:a )?(?:total |complete )?waste of "
        r"(?:time|effort)\b",
        r"\1",
    ),
    # "or is that cap", "no cap": a myth, and an honest aside.
    (r"\b(is|was|isnt) (that|it|this) (?:all |just )?cap\b", r"\1 \2 a myth"),
    (r"\b(?:thats|its) (?:all |just )?cap\b", "that is a myth"),
    (r"\bno cap\b,?\s*", ""),
    # "which goes first? need to know", "need to know asap": urgency, not an ask ("need to know how
    # many sets" keeps its ask)
    (
        r"\b(?:i )?(?:really |just )?(?:need|needa|gotta|got to|have) to know\b"
        r"(?: (?:asap|pls|please|now|lol|fr))*"
        r"(?! (?:how|what|which|when|why|if|whether|where|who|about|the|is|are|do|does|should|can))[.!]*\s*",
        "",
    ),
    (r"\bplacebo\b", "a myth"),
    (r"\b(?:is|was) (?:that|it|this) a real thing\b", "is that true"),
    # "full send the steepest one": go all out on it.
    (
        r"\bfull[- ]?send(?:ing)?(?: it)?(?: on)?\b",
        lambda m: (
            "pick"
            if rx.match(r" (?:the|a) (?:steepest|biggest|heaviest|highest|hardest)", m.string[m.end() :])
            else "go as hard as possible on"
        ),
    ),
    # "is a 5-10% hill steep enough": the article's own range, said as a range, is its moderate slope.
    (
        r"\b(?:a )?(?:[5-7]|five|six)\s*(?:-|–|to)\s*(?:10|ten|8|eight)\s*(?:%|percent|per ?cent)( (?:grade|"
        r"gradient|incline))?",
        lambda m: f"a moderate{m.group(1) or ''}" if "steep" in m.string.lower() else m.group(0),
    ),
    # "a real substitute for pumping iron": instead of it.
    (
        r"\b(?:an? )?(?:real |proper |good |true |legit |decent )?(?:substitute|replacement|sub|stand-in) "
        r"for\b",
        "instead of",
    ),
    (
        r"\b(?:stick|put|throw|chuck|blast|whack|crank)(?:ing)? on (?:some |a |my )?(?:good |decent |loud "
        r")?music\b",
        "listen to music",
    ),
    # "stretch before lifting or just after": before or after it (both asked, not an aside).
    (
        r"\bbefore ((?:the |my |a )?(?:lifting|squats|weights|strength(?: work)?|leg day|(?:the |my )?"
        r"(?:session|workout|gym))) or (?:just |only |straight )?after(?: (?:it|that|them))?\b",
        r"before or after \1",
    ),
    (r"\b(?:sketchy|janky)\b", "risky"),
    # "do my heels start below the stair": the calf raise's starting position, heels lower than the toes
    # (not where a beginner starts).
    (
        r"\b(heels?) (?:start|begin|sit|hang|go|drop|stay)(?: off)? (?:below|under|beneath|underneath|lower "
        r"than) "
        r"(?:the |a |my )?(?:level of the |edge of the )?(?:stair|step|edge|ledge|block)\b",
        r"\1 drop lower than my toes",
    ),
    # "the one where you stand on a stair and doing calf raises": the description's leftover words.
    (
        r"\b(?:the (?:one|move|thing|exercise) where (?:you|i) )?stand (?:on|at) (?:a|the) (?:stair|step) "
        r"and (?=doing )",
        "",
    ),
    # "the back of my thighs are way weaker than the front": than the quads (the pair named).
    (
        r"\b(hamstrings?|hamstring muscles) ((?:are|is|feel|feels|seem|seems|always|way|much|so|a lot|far|"
        r"\s)*"
        r"(?:weaker|stronger|tighter|smaller) than) (?:the|my) fronts?(?: of (?:my|the) (?:thighs?|"
        r"legs?))?\b",
        r"\1 \2 my quads",
    ),
    (
        r"\b(quads|quad muscles) ((?:are|is|feel|feels|seem|seems|always|way|much|so|a lot|far|\s)*"
        r"(?:weaker|stronger|tighter|smaller) than) (?:the|my) backs?(?: of (?:my|the) (?:thighs?|legs?))?\b",
        r"\1 \2 my hamstrings",
    ),
    (r"\boff ?szn\b", "off season"),
    (r"\bszn\b", "season"),
    # "how many leg days a wk + do i still need a deload": and.
    (r"(?<=[a-z?])\s+\+\s+(?=[a-z])", ", and "),
    # "gym bro says go heavy on squats... thoughts": lifting heavy weights; is that right.
    (r"\bgo(?:ing)? (?:real |really |super |very )?heavy\b", "lift heavy weights"),
    # "gym mate says go heavy... me = 10k runner. thoughts": should I, as that runner.
    (
        r"\b(?:my |a |the )?(?:gym )?(?:mate|mates|friend|friends|coach|bro|buddy|pal|guy|trainer|pt)\s+"
        r"(?:says|said|reckons|told me|keeps saying|swears)(?: (?:that )?(?:i should|to|i need to|i "
        r"gotta))?\s+"
        r"(?=(?:lift|go|squat)\b)",
        "should i ",
    ),
    (r"(?:^|(?<=[.,;:!?]\s))me (?:=|is) (?:an? )?", "i am a "),
    (r"(?:[.,;:!]\s*|\s+)(?:thoughts|thots|opinions?|your take|verdict)\s*\??\s*$", "?"),
    # "rock up with ankle weights", "is it weird to": turn up; ok to.
    (r"\brock(?:ing)? up\b", "turn up"),
    (r"\bis it (?:weird|odd|strange|cringe|embarrassing|bad form|a bad look) to\b", "is it fine to"),
    (r"\b(?:playlists?|tunes|bangers|spotify)\b", "music"),
    # "my shoulders and tummy tip forward by the end of races": the trunk leaning (running form,
    # the glutes), not an upper-body workout.
    (
        r"\b(?:my |the )?(?:shoulders?|chest|upper body|torso|head)(?: and (?:my )?(?:tummy|belly|stomach|"
        r"chest|"
        r"shoulders?|head|hips|upper body))?(?: (?:sort of|kind of|kinda|sorta|just|all|start to|starts to|"
        r"begin to|tend to|always))* (?:tip|lean|tilt|fold|slump|hunch|drop|fall|sag|sink|pitch|roll)"
        r"(?:s|ed|ing)? (?:forward|forwards|over)\b",
        "my trunk tips forward",
    ),
    # "my legs give out way before my lungs do": tiring (not a leg giving way).
    (
        r"\b(legs?|quads|calves|hamstrings|glutes|muscles) (?:give|gave|giving|go|went|going) out "
        r"(?:way |long |well |much )?(?:before (?:my |the )?(?:lungs|breathing|cardio|heart|engine|"
        r"breath)(?: (?:do|does|did))?|first|early)\b",
        r"\1 tire early",
    ),
    # "does tempo feel easier with stronger legs", "runs feel way smoother since lifting": tiring more
    # slowly (what the article says stronger muscles give), not how a session feels.
    (
        r"\b((?:tempo|pace|runs?|running|easy runs?|long runs?|hills|climbs|races?|strides?|marathons?|"
        r"intervals|miles|it)(?: pace)?\b[^.?!,]{0,25}?)\b(feel|feels|felt|feeling) (?:way |so |much |a lot "
        r"|heaps |"
        r"a bit |loads )?(?:easier|smoother|lighter|less hard|less of a struggle)\b(?! with help)"
        r"(?![^.?!]{0,20}\b(?:knee|hip|ankle|shin|calf|hamstring|back|pain|ache|sore)\w*)",
        r"\1\2 easier with help with fatigue",
    ),
    (r"(?:,\s*|\s+)(?:just )?(?:a )?(?:coincidence|fluke|all in my head|in my head)\s*\?", ", is that true?"),
    # "since i started lifting": since doing strength work (not where to start).
    (
        r"\b(?:ever )?since (?:i )?(?:started|began|begun|took up|added|have been doing|been doing) "
        r"(?:doing |hitting )?(?:lifting(?: weights)?|legs|leg day|leg sessions|strength(?: training| "
        r"work)?|the gym|"
        r"weights|squats|the leg work|leg work)\b",
        "since doing strength training",
    ),
    # "should i b doing leg workouts already", "should I start strength work yet": whether it's too
    # early to start, not what a session holds.
    (r"\bb (?=(?:doing|training|lifting|running|ok|okay|fine|worried|bothered|starting|adding)\b)", "be "),
    (
        r"\bshould i (?:be |b )?(?:doing|do|start(?:ing)?|add(?:ing)?|try(?:ing)?|bother(?:ing)? with) "
        r"(?:any |some )?(?:leg |strength |gym )?(?:exercises|workouts|work|training|sessions|weights|stuff|"
        r"lifting)"
        r" (?:yet|already|now|this early|straight away|right away|from the start)\b",
        "can i start strength work already",
    ),
    # "started running like 3 wks ago": a beginner.
    (
        r"\b(?:i )?(?:just |only )?(?:started|began|took up|picked up) running "
        r"(?:like |about |around |only |just )?(?:\d+|a few|a couple(?: of)?|two|three|four|six) "
        r"(?:days?|weeks?|months?) ago\b",
        "i am a beginner",
    ),
    # "my right side feels way more capable than my left": one leg weaker than the other.
    (
        r"\b(?:my )?(?:left|right) (?:side|leg|one)(?: of my body)? (?:is|feels|seems)(?: \w+){0,2}? "
        r"(?:more|less) (?:capable|able|solid|stable|powerful|coordinated|dominant|steady)"
        r"(?: than (?:my |the )?(?:left|right|other)(?: side| leg| one)?)?",
        "one leg is weaker than the other",
    ),
)
