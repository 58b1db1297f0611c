"""Training rules, short tips, equipment substitutes and the recovery-week note."""

from __future__ import annotations

from types import MappingProxyType

from content.model import Equipment, Rule

RECOVERY_NOTE = (
    "Recovery week: the article's advice is a week off strength work once a month, for extra recovery. "
    "Take it fully off, or if you'd rather keep the habit, keep it light: one easy set of each exercise, "
    "no added weight."
)

_RULES: tuple[Rule, ...] = (
    # ---- timing ------------------------------------------------------------------------------------
    Rule(
        id="frequency",
        title="How often to strength train",
        text=(
            "Runners who add strength work usually do it twice a week, and sometimes three times. "
            "Keep it off hard-run days and off the day before a race."
        ),
        keywords=(
            "how often",
            "how many times",
            "times a week",
            "times per week",
            "per week",
            "how many days",
            "how many sessions",
            "frequency",
            "every day",
            "daily",
            "twice a week",
            "often",
        ),
        category="timing",
        hints=("week", "sessions", "schedule"),
    ),
    Rule(
        id="hard_run_day",
        title="Not on a hard run day",
        text=(
            "Don't pair a strength session with a hard run (intervals, a tempo run, "
            "a long run). Pair it with an easy day instead."
        ),
        keywords=(
            "hard run",
            "hard day",
            "hard workout",
            "speed work",
            "intervals",
            "interval",
            "tempo run",
            "long run",
            "hard run day",
            "same day as a hard run",
            "workout day",
        ),
        category="timing",
        hints=("easy day", "same day"),
    ),
    Rule(
        id="race_day",
        title="Not the day before a race",
        text=(
            "Skip strength work the day before a race: your body needs that time to recover so you "
            "start fresh."
        ),
        keywords=(
            "race",
            "races",
            "racing",
            "day before a race",
            "before a race",
            "race day",
            "race tomorrow",
            "marathon tomorrow",
            "competition",
            "event tomorrow",
            "taper",
            "tapering",
        ),
        category="timing",
        hints=("tomorrow", "day before"),
    ),
    Rule(
        id="run_first",
        title="Run first, then lift",
        text=(
            "When a run and a strength session share a day, get the run done first and "
            "do the strength workout afterwards."
        ),
        keywords=(
            "run or lift",
            "lift or run",
            "run first",
            "lift first",
            "strength first",
            "before or after",
            "after my run",
            "after a run",
            "before my run",
            "before a run",
            "same day",
            "which first",
            "what order",
            "run before",
            "lift before",
        ),
        category="timing",
        hints=("first", "order", "after", "before"),
    ),
    Rule(
        id="recovery_week",
        title="A recovery week every month",
        text=RECOVERY_NOTE
        + " Legwork marks every fourth week of your plan as a recovery week and gives you a lighter session.",
        keywords=(
            "recovery week",
            "recovery",
            "rest week",
            "week off",
            "time off",
            "deload",
            "deload week",
            "take a break",
            "rest day",
            "rest days",
            "recover",
        ),
        category="timing",
        hints=("rest", "break", "month", "tired"),
    ),
    Rule(
        id="off_season",
        title="Off-season and bad weather",
        text=(
            "Strength training fits well into the off-season and into spells when the weather cuts "
            "your running short."
        ),
        keywords=(
            "off season",
            "offseason",
            "winter",
            "bad weather",
            "weather",
            "rain",
            "raining",
            "snow",
            "cant run",
            "cannot run",
            "nowhere to run",
            "unable to run",
        ),
        category="timing",
        hints=("cold", "season"),
    ),
    # ---- session shape -----------------------------------------------------------------------------
    Rule(
        id="warm_up",
        title="Warm up first",
        text=(
            "Never skip the warm-up and pre-session stretch. Easy jogging for a few minutes gets you ready; "
            "add some dynamic moves such as leg swings and high knees."
        ),
        keywords=(
            "warm up",
            "warmup",
            "warming up",
            "warm",
            "stretch before",
            "stretching before",
            "before workout",
            "before training",
            "before lifting",
            "dynamic stretch",
            "dynamic stretches",
            "light jog",
            "jogging",
        ),
        category="planning",
        hints=("prepare", "start", "jog"),
    ),
    Rule(
        id="stretch_after",
        title="Stretch afterwards",
        text=(
            "Finish with some stretching: quads, hamstrings, calves, glutes and hips, easing into "
            "each stretch without bouncing."
        ),
        keywords=(
            "stretch",
            "stretches",
            "stretching",
            "cool down",
            "cooldown",
            "after workout",
            "after training",
            "after lifting",
            "flexibility",
        ),
        category="planning",
        hints=("after", "tight"),
    ),
    Rule(
        id="time_needed",
        title="How long a session takes",
        text=(
            "A worthwhile strength session can take as little as 15 to 20 minutes, much less than a "
            "typical hour-long run, and the benefit shows up quickly in your running and fitness."
        ),
        keywords=(
            "how long",
            "how much time",
            "minutes",
            "short on time",
            "no time",
            "busy",
            "duration",
            "quick workout",
            "time",
        ),
        category="planning",
        hints=("long", "quick", "short"),
    ),
    Rule(
        id="variety_fun",
        title="Keep it varied and fun",
        text=(
            "Change your routine, and hit a few of the big leg muscle groups every session. Try new "
            "exercises, put on music, whatever keeps it enjoyable, so you look forward to it "
            "rather than treating it as a chore."
        ),
        keywords=(
            "boring",
            "bored",
            "fun",
            "enjoy",
            "motivation",
            "motivated",
            "music",
            "variety",
            "vary",
            "same routine",
            "chore",
        ),
        category="planning",
        hints=("change", "new exercises"),
    ),
    Rule(
        id="routine",
        title="Getting a routine",
        text=(
            "A Legwork session has 4 to 6 exercises and takes about 15 to 20 minutes including warm-up "
            "and cool-down. Pick home, gym, plyo (jumping drills), hills, or quick (under 15 minutes). "
            "Each routine balances quad work with hamstring work and covers calves, glutes and hips."
        ),
        keywords=(
            "routine",
            "workout plan",
            "training plan",
            "program",
            "programme",
            "leg workout",
            "leg day",
            "give me a workout",
            "what should i do today",
            "workout",
            "stronger legs",
            "strong legs",
            "leg strength",
            "strengthen my legs",
            "strengthen legs",
        ),
        category="planning",
        hints=("plan", "session", "today"),
    ),
    Rule(
        id="progression",
        title="Progressing over the weeks",
        text=(
            "Build up gently: add reps toward 15 and sets toward 3, lengthen holds to 30 seconds, and "
            "go from 5 toward 8 hill repeats. Make moves harder by doing them on one leg (calf raises, "
            "for example) or, in the gym, by adding resistance as you get stronger. Keep the load at "
            "one that tires you by 12 to 15 reps."
        ),
        keywords=(
            "progress",
            "progression",
            "too easy",
            "make it harder",
            "harder",
            "increase",
            "plateau",
            "level up",
            "next level",
        ),
        category="load",
        hints=("easy", "stronger"),
    ),
    # ---- load --------------------------------------------------------------------------------------
    Rule(
        id="sets_reps",
        title="Sets, reps and weight",
        text=(
            "Choose a resistance that leaves you tired after 12 to 15 reps, and complete 2 or 3 sets of it "
            "before you switch exercise. Many coaches now favour heavier weights with fewer reps as the "
            "better way to strengthen muscles and ligaments. Use a load you are comfortable with, and never "
            "let form slip to lift more."
        ),
        keywords=(
            "how many reps",
            "how many sets",
            "how many repetitions",
            "reps",
            "rep",
            "sets",
            "repetitions",
            "how heavy",
            "how much weight",
            "what weight",
            "which weight",
            "heavier",
            "resistance",
            "load",
        ),
        category="load",
        hints=("weight", "weights", "heavy", "many"),
    ),
    Rule(
        id="bulk",
        title="Will lifting make me bulky or slow?",
        text=(
            "Runners often worry that lifting will bulk them up and slow them down. With a balanced "
            "programme that isn't a concern. The old advice to stick to light weights has given way: "
            "many coaches now recommend heavier weights with fewer reps (a load that tires you by 12 "
            "to 15) as the best way to strengthen muscles and ligaments."
        ),
        keywords=(
            "bulk",
            "bulky",
            "lift heavy",
            "heavy lifting",
            "make my legs big",
            "legs big",
            "get big",
            "bulk up",
            "bulked",
            "light weights",
            "slow me down",
            "slow down",
            "make me slower",
            "big legs",
            "heavy legs",
            "muscle mass",
            "gain weight",
            "heavy weights",
        ),
        category="load",
        hints=("slow", "slower", "light", "heavy"),
    ),
    Rule(
        id="comfortable_load",
        title="Don't go to extremes",
        text=(
            "Stop each movement before the joint is fully straight, and use weights or resistance you "
            "are comfortable with. Pushing to extremes trades progress for injury risk."
        ),
        keywords=(
            "extreme",
            "extremes",
            "overdo",
            "overdoing",
            "too heavy",
            "too much weight",
            "max out",
            "failure",
            "to failure",
            "comfortable",
        ),
        category="load",
        hints=("too much",),
    ),
    # ---- technique ---------------------------------------------------------------------------------
    Rule(
        id="breathing",
        title="Breathing",
        text=(
            "Breathe out during the main effort of each rep (the lift, press or push) and in as you "
            "return. Never hold your breath."
        ),
        keywords=(
            "breathe",
            "breathing",
            "breath",
            "exhale",
            "inhale",
            "hold my breath",
            "holding breath",
            "breath holding",
        ),
        category="technique",
    ),
    Rule(
        id="range_of_motion",
        title="Full range of motion",
        text=(
            "Move through your whole range of motion on every rep (for example heels below the step "
            "and then high on your toes in a calf raise), just stopping short of locking the joint."
        ),
        keywords=(
            "range of motion",
            "full range",
            "rom",
            "partial reps",
            "half reps",
            "all the way",
            "how low",
            "how deep",
            "depth",
        ),
        category="technique",
        hints=("range", "deep", "low"),
    ),
    Rule(
        id="slow_controlled",
        title="Slow and controlled, no bouncing",
        text=(
            "Keep every movement slow and controlled. Don't bounce or use momentum; lower the weight "
            "(or yourself) under control."
        ),
        keywords=(
            "bounce",
            "bouncing",
            "momentum",
            "how fast",
            "how slow",
            "tempo",
            "speed of reps",
            "controlled",
            "slowly",
            "jerky",
            "swing",
        ),
        category="technique",
        hints=("fast", "slow", "speed"),
    ),
    Rule(
        id="lock_knees",
        title="Don't lock your knees",
        text=(
            "Stop just before your knees are completely straight. Locking them out shifts the strain "
            "from the muscle onto the joint. That goes for step-ups, leg presses, extensions and "
            "curls alike."
        ),
        keywords=(
            "lock knees",
            "lock my knees",
            "locking knees",
            "locking my knees",
            "lock out",
            "lockout",
            "locked knees",
            "hyperextend",
            "full extension",
            "straighten my knees",
            "straight knees",
            "knees straight",
        ),
        category="technique",
        hints=("lock", "locking", "straighten", "extension"),
    ),
    Rule(
        id="form_first",
        title="Form before load",
        text=(
            "Hold good form and alignment through every rep. Never sacrifice form to lift a heavier "
            "weight or squeeze out a few more reps. In a squat or lunge, for example, keep your knees "
            "from drifting out past your toes."
        ),
        keywords=(
            "form",
            "good form",
            "bad form",
            "technique",
            "alignment",
            "posture",
            "cheat",
            "cheating",
            "sloppy",
            "knees over toes",
            "knees past toes",
            "knees in front of toes",
            "strict form",
            "fussy about form",
            "picky about form",
            "perfect form",
            "careful with form",
        ),
        category="technique",
        hints=("correct", "properly", "right way"),
    ),
    Rule(
        id="balance_training",
        title="Balance and coordination",
        text=(
            "Strength work isn't only about bigger muscles: it should also sharpen alignment and "
            "coordination. Exercises that make you balance train the small muscles that keep "
            "adjusting your posture."
        ),
        keywords=(
            "balance",
            "coordination",
            "stability",
            "unstable",
            "wobble",
            "wobbly",
            "proprioception",
            "balance exercises",
            "besides building muscle",
            "besides muscle",
            "not just muscle",
            "more than muscle",
            "other than muscle",
        ),
        category="technique",
        hints=("steady",),
    ),
    Rule(
        id="one_legged",
        title="One-legged variations",
        text=(
            "Where you can, include one-legged versions of exercises. They copy running, where each "
            "leg works on its own; each leg has to work harder than in the two-legged version, so you "
            "gain more strength; and they help bring up your non-dominant leg. Examples: one-legged "
            "squat, step-up, hamstring push-up, calf raise on one leg."
        ),
        keywords=(
            "one leg",
            "one legged",
            "single leg",
            "single legged",
            "unilateral",
            "weaker leg",
            "weak leg",
            "non dominant",
            "nondominant",
            "one side weaker",
        ),
        category="technique",
        hints=("leg", "side"),
    ),
    # ---- why ---------------------------------------------------------------------------------------
    Rule(
        id="why_strength",
        title="Why runners should strength train",
        text=(
            "Running builds endurance but is an inefficient way to get stronger; targeted leg work "
            "fills the gap. Well-trained muscles use oxygen more efficiently and tire more slowly, so "
            "you run faster on the flat and climb hills more easily. Strength can lengthen your "
            "stride, which lets you run faster over distance. Strength gives sprinters a more explosive "
            "start, reinforces alignment and upright posture, and steadies your joints so ligaments "
            "and tendons take less wear. Above all, strength work helps "
            "prevent injuries, which is why elite and recreational runners alike now lift."
        ),
        keywords=(
            "why",
            "why strength",
            "why should i",
            "benefit",
            "benefits",
            "is running enough",
            "running enough",
            "do runners need",
            "worth it",
            "point of",
            "faster",
            "speed",
            "sprint",
            "sprinters",
            "stride",
            "endurance",
        ),
        category="why",
        hints=("strength training", "improve"),
    ),
    Rule(
        id="injury_prevention",
        title="Preventing running injuries",
        text=(
            "Heading off injury is probably the biggest reason to build leg strength. Weak muscles, or "
            "one group lagging behind the others, pull you out of alignment, and imbalance between "
            "opposing muscles is a major cause of repetitive-stress injuries to knees, hips and feet. "
            "Ask me about shin splints, runner's knee or weak hips for specific exercises."
        ),
        keywords=(
            "injury",
            "injuries",
            "injured",
            "prevent injury",
            "prevent injuries",
            "injury prevention",
            "avoid injury",
            "overuse",
            "repetitive stress",
            "feet",
            "foot pain",
        ),
        category="why",
        hints=("prevent", "avoid", "hurt", "pain"),
    ),
    Rule(
        id="opposing_balance",
        title="Balance opposing muscles",
        text=(
            "Aim for all-round development, especially between opposing groups: balance every quad "
            "exercise with hamstring work, and train the hip flexors as well as the hip extenders "
            "(glutes and hamstrings). Imbalance between opposites is a leading cause of overuse injuries."
        ),
        keywords=(
            "imbalance",
            "imbalances",
            "muscle imbalance",
            "opposing",
            "opposing muscles",
            "balanced",
            "quads and hamstrings",
            "quad hamstring ratio",
        ),
        category="why",
        hints=("balance", "uneven"),
    ),
    Rule(
        id="muscles_used",
        title="Muscles used in running",
        text=(
            "Running uses nearly every muscle in your legs. Strengthening each group improves form "
            "and balance."
        ),
        keywords=(
            "what muscles",
            "which muscles",
            "muscles used",
            "muscles does running use",
            "running muscles",
            "muscle groups",
            "muscles in running",
            "muscles for running",
            "leg muscles",
            "muscles",
            "muscle",
            "anatomy",
        ),
        category="why",
        hints=("running", "use"),
    ),
    Rule(
        id="running_form",
        title="Strength and running form",
        text=(
            "Stronger legs reinforce your alignment and help you hold an upright posture. Strong glutes "
            "keep your trunk from tipping forward, and strong hips keep each stride tracking straight "
            "instead of angling in or out."
        ),
        keywords=(
            "running form",
            "posture",
            "upright",
            "running posture",
            "run tall",
            "stride in line",
        ),
        category="why",
        hints=("form", "stride"),
    ),
    Rule(
        id="about",
        title="What I can help with",
        text=(
            "Ask me how to do an exercise (calf raise, bridge, lunge...), what a muscle group does in "
            "running, what helps shin splints, runner's knee or weak hips, how often and when to train, "
            "how many sets and reps, technique (breathing, locking knees), and what to use when you're "
            "missing kit such as an exercise ball, a bench or a hill."
        ),
        keywords=(
            "what can you do",
            "what can i ask",
            "what do you know",
            "topics",
            "help",
            "menu",
            "who are you",
        ),
        category="planning",
    ),
    # ---- where / kit -------------------------------------------------------------------------------
    Rule(
        id="gym_vs_home",
        title="Gym or home?",
        text=(
            "Both work. Gym kit singles out particular muscle groups and lets you raise the resistance "
            "as you grow stronger, so exercises are more precise; moving between stations makes a varied, "
            "balanced workout, and just getting out of the house can lift your motivation. Home "
            "workouts (calisthenics, plyometrics, hill running) are convenient and need little or no kit."
        ),
        keywords=(
            "gym or home",
            "home or gym",
            "gym vs home",
            "home vs gym",
            "need a gym",
            "need gym",
            "join a gym",
            "gym membership",
            "go to the gym",
            "gym",
            "better at the gym",
            "better at home",
            "gym or at home",
            "gym or at home better",
            "train at the gym",
        ),
        category="equipment",
        hints=("gym", "home"),
    ),
    Rule(
        id="home_workout",
        title="Home workout",
        text=(
            "Start with simple calisthenics: calf raise, one-legged squat, hamstring push-up, bench "
            "step-up and the bridge. Add plyometrics (line hops, box hops, skipping) and hill running "
            "when you're ready, and the wall toe raise for your shins."
        ),
        keywords=(
            "home",
            "at home",
            "home workout",
            "home exercises",
            "no gym",
            "dont have a gym",
            "dont have gym",
            "without a gym",
            "without gym",
            "no equipment",
            "bodyweight",
            "body weight",
            "calisthenics",
        ),
        category="equipment",
        hints=("house", "living room"),
    ),
    Rule(
        id="machines",
        title="Gym machines",
        text=(
            "In the gym, the resistance machines make a sensible first stop: they isolate a muscle group, "
            "make good form easier, and give nearly even resistance through the whole range of motion. The "
            "three basics are the quadriceps extension, the hamstring curl and the leg press. Move slowly "
            "and stop just before your knees are fully straight."
        ),
        keywords=(
            "machine",
            "machines",
            "leg machines",
            "gym machines",
            "resistance machines",
            "gym workout",
            "gym exercises",
        ),
        category="equipment",
        hints=("weights", "gym"),
    ),
    Rule(
        id="free_weights",
        title="Free weights",
        text=(
            "Machines target single muscles; free weights build the legs more broadly and improve the "
            "balance and alignment that good running depends on. Good choices: dumbbell lunges (or walking "
            "lunges), the wall squat with an exercise ball, hip strengtheners with an ankle weight, "
            "and weighted calf raises and one-legged squats."
        ),
        keywords=(
            "free weights",
            "free weight",
            "dumbbell",
            "dumbbells",
            "barbell",
            "kettlebell",
            "machines or free weights",
            "free weights or machines",
        ),
        category="equipment",
        hints=("weights",),
    ),
    Rule(
        id="plyometrics",
        title="Plyometrics",
        text=(
            "Plyometrics are jumping and bounding drills. They're convenient, reach deeper muscles that "
            "usually get neglected, and build explosive power. Progress from line hops, to jumping "
            "ahead onto a low box or step (switching legs), to skipping drills."
        ),
        keywords=(
            "plyometrics",
            "plyometric",
            "plyo",
            "plyos",
            "jumping",
            "jump training",
            "jumps",
            "bounding",
            "explosive",
            "explosive power",
            "power",
        ),
        category="equipment",
        hints=("jump", "hop", "hops"),
    ),
)

RULES: MappingProxyType[str, Rule] = MappingProxyType({r.id: r for r in _RULES})

TIPS: tuple[str, ...] = (
    "Two strength sessions a week is typical; three at most.",
    "Keep strength work off hard-run days and off the day before a race.",
    "Same day as a run? Run first, lift after.",
    "Warm up with light jogging and some stretches; stretch again when you finish.",
    "15–20 minutes of focused work is enough.",
    "Choose a load that tires you by 12–15 reps, and do 2–3 sets.",
    "Breathe out on the effort. Never hold your breath.",
    "Slow and controlled through the full range; no bouncing.",
    "Stop just short of locking your knees.",
    "Never give up good form to lift more or do extra reps.",
    "Include one-legged and balance moves: running happens one leg at a time.",
    "Balance quad work with hamstring work, and don't forget glutes, calves and hips.",
    "Take a week off strength work once a month.",
    "Mix it up and keep it fun: new exercises, music, different settings.",
    "No hill? Raise the treadmill incline to 5–10%.",
)

_EQUIPMENT: tuple[Equipment, ...] = (
    Equipment(
        id="exercise_ball",
        name="Exercise ball",
        aliases=(
            "exercise ball",
            "excercise ball",
            "swiss ball",
            "stability ball",
            "gym ball",
            "fitness ball",
            "yoga ball",
            "ball",
        ),
        substitutes=(
            "Hamstring push-up: rest your feet on a chair braced against a wall instead.",
            "Wall squat: skip the ball, keep your back flat on the wall and slide down to a right angle at "
            "the knee, then back up.",
        ),
        used_by=("hamstring_pushup", "wall_squat"),
    ),
    Equipment(
        id="bench",
        name="Bench",
        aliases=("bench", "weight bench", "benches"),
        substitutes=(
            "Bench step-up: a sturdy chair pushed against a wall, or a stair, knee height or lower.",
            "Side-lying hip raise: lie on the floor or a mat.",
        ),
        used_by=("step_up", "hip_abduction"),
    ),
    Equipment(
        id="step",
        name="Step or box",
        aliases=("step", "block", "box", "low box", "stairs", "stair", "platform", "plyo box"),
        substitutes=(
            "Calf raise: the bottom stair, any low solid block that won't tip, or flat on the floor.",
            "Box hops: the bottom stair or a low, solid platform; or stick with line hops.",
        ),
        used_by=("calf_raise", "box_hops", "weighted_calf_raise", "step_up"),
    ),
    Equipment(
        id="hill",
        name="Hill",
        aliases=("hill", "hills", "slope", "slopes", "incline", "hilly", "flat area"),
        substitutes=(
            "Any slope of about 5–10% will do: a ramp or a sloping road, 5–8 runs up.",
            "Or use a treadmill: raise the incline to about 5–10% and do the same 5–8 repeats.",
            "Or build the climbing muscles with step-ups, lunges and a plyometric session (line hops, box "
            "hops, skipping).",
        ),
        used_by=("hill_repeats",),
    ),
    Equipment(
        id="treadmill",
        name="Treadmill",
        aliases=("treadmill", "treadmills"),
        substitutes=("Run real hill repeats on a slope of about 5–10%.",),
        used_by=("treadmill_incline",),
    ),
    Equipment(
        id="ankle_weights",
        name="Ankle weights",
        aliases=("ankle weight", "ankle weights", "strap", "ankle strap"),
        substitutes=(
            "Hang a weight from your ankle with a strap.",
            "Or start with no weight at all and focus on slow, straight-leg lifts.",
        ),
        used_by=("hip_abduction", "supine_leg_lift"),
    ),
    Equipment(
        id="dumbbells",
        name="Dumbbells",
        aliases=("dumbbell", "dumbbells", "weights", "free weights"),
        substitutes=(
            "Lunges and one-legged squats work with bodyweight alone.",
            "For calf raises, go one leg at a time instead of adding weight.",
        ),
        used_by=("lunge", "walking_lunge", "weighted_calf_raise", "weighted_one_leg_squat"),
    ),
    Equipment(
        id="machines",
        name="Gym machines",
        aliases=("gym machine", "gym machines", "machine", "machines", "leg machine", "leg machines"),
        substitutes=(
            "Quadriceps extension or leg press: one-legged squat or bench step-up.",
            "Hamstring curl: hamstring push-up.",
            "Treadmill incline: a real hill of 5–10%.",
        ),
        used_by=("quad_extension", "hamstring_curl", "leg_press", "treadmill_incline"),
    ),
    Equipment(
        id="chair",
        name="Chair",
        aliases=("chair", "chairs"),
        substitutes=(
            "Hamstring push-up: an exercise ball works instead of a chair.",
            "Bench step-up: a stair or solid low box.",
        ),
        used_by=("hamstring_pushup", "step_up"),
    ),
)

EQUIPMENT: MappingProxyType[str, Equipment] = MappingProxyType({e.id: e for e in _EQUIPMENT})
