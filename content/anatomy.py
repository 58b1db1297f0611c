"""Muscle groups used in running and the injuries that strength work helps with."""

from __future__ import annotations

from types import MappingProxyType

from content.model import Injury, Muscle

_MUSCLES: tuple[Muscle, ...] = (
    Muscle(
        id="quads",
        name="Quads",
        full_name="Quadriceps, or quads",
        location="the front of the thigh",
        role=(
            "They do most of the work of bringing the leg forward: they bend the hip and straighten "
            "the knee. They also keep the knee steady and soak up the shock when your foot lands."
        ),
        opposes=("hamstrings",),
        balance="Match quad work with hamstring work so the front and back of the thigh stay even.",
        aliases=(
            "quad",
            "quadriceps",
            "quadricep",
            "quadracep",
            "quadraceps",
            "quadriceps femoris",
            "thigh front",
            "front of thigh",
            "front of the thigh",
            "front thigh",
        ),
    ),
    Muscle(
        id="hamstrings",
        name="Hamstrings",
        full_name="Hamstrings",
        location="the back of the thigh",
        role=(
            "As your body travels forward the hamstrings take over: they straighten the hip, start to "
            "bend the knee, and help lift the knee up behind you."
        ),
        opposes=("quads",),
        balance=(
            "They are the quads' opposite number: every quad exercise should be balanced by hamstring work."
        ),
        aliases=(
            "hamstring",
            "hammies",
            "hammy",
            "hamstrng",
            "back of thigh",
            "back of the thigh",
            "rear thigh",
            "back thigh",
        ),
    ),
    Muscle(
        id="calves",
        name="Calves",
        full_name="Calves and lower leg",
        location=(
            "the soleus and gastrocnemius at the back of the lower leg, and the shin muscles at the front"
        ),
        role=(
            "They point and pull up the foot through each landing and toe-off, help cushion the "
            "impact, and put the bounce in your stride."
        ),
        opposes=(),
        balance=(
            "The muscles at the front of the shin pull the toes up against the calves; the wall toe "
            "raise trains them."
        ),
        aliases=(
            "calf",
            "calve",
            "calfs",
            "calf muscle",
            "calf muscles",
            "lower leg",
            "lower legs",
            "soleus",
            "gastrocnemius",
            "gastroc",
            "shin muscles",
            "tibialis",
        ),
        parts=(
            "soleus: the deeper, inner calf muscle",
            "gastrocnemius: the outer calf muscle",
            "shin muscles: lift the toes and front of the foot (the wall toe raise trains them)",
        ),
    ),
    Muscle(
        id="glutes",
        name="Glutes",
        full_name="Gluteal muscles, or glutes",
        location="the buttocks",
        role=(
            "They extend the hip, straightening it underneath you, and just as importantly they "
            "steady your trunk so you run tall. Strong glutes mean better form and alignment."
        ),
        opposes=("hips",),
        balance="As hip extenders they work against the hip flexors at the front of the hip.",
        aliases=(
            "glute",
            "gluteal",
            "gluteals",
            "gluteus",
            "gluteus maximus",
            "gluteus medius",
            "butt",
            "buttocks",
            "bum",
            "backside",
            "bottom",
        ),
        when_weak="Weak glutes can let your trunk tip forward as you run.",
    ),
    Muscle(
        id="hips",
        name="Hips",
        full_name="Hip muscles",
        location="deep around the hip joint, beneath the larger thigh muscles",
        role=(
            "Because they lie deeper than the quads and hamstrings they are often forgotten. The hip "
            "flexors and extenders team up with the thigh muscles to swing the legs forward and back, "
            "and the hip rotators hold the joint steady, which keeps your form tidy."
        ),
        opposes=("glutes", "hamstrings"),
        balance=(
            "Within the hip, the flexors (front) and extenders (back) pull in opposite directions; "
            "train both."
        ),
        aliases=(
            "hip",
            "hip muscle",
            "hip muscles",
            "hip flexor",
            "hip flexors",
            "hip extensor",
            "hip extensors",
            "hip extender",
            "hip extenders",
            "hip rotator",
            "hip rotators",
            "hip abductor",
            "hip abductors",
            "psoas",
            "iliopsoas",
        ),
        parts=(
            "hip flexors: with the quads, swing the leg forward",
            "hip extenders: with the hamstrings and glutes, drive the leg back",
            "hip rotators: stabilise the hip joint and support good form",
        ),
        when_weak="Weak hips let the legs drift inward or outward instead of tracking straight.",
    ),
)

MUSCLES: MappingProxyType[str, Muscle] = MappingProxyType({m.id: m for m in _MUSCLES})

_INJURIES: tuple[Injury, ...] = (
    Injury(
        id="shin_splints",
        name="Shin splints",
        problem="Pain along the shin: one of the overuse problems that repetitive running stress brings on.",
        advice=(
            "Calf raises help. So does the wall toe raise: lean your back on a wall and lift your toes "
            "while your heels stay on the floor; it's a good preventive."
        ),
        strengthen=("calves",),
        helps=("calf_raise", "toe_raise", "weighted_calf_raise"),
        aliases=(
            "shin splint",
            "shinsplints",
            "shinsplint",
            "shin splits",
            "shin pain",
            "sore shins",
            "sore shin",
            "shins hurt",
            "medial tibial stress syndrome",
            "mtss",
        ),
    ),
    Injury(
        id="runners_knee",
        name="Runner's knee",
        problem=(
            "Pain around the kneecap. The knees are among the joints that suffer when leg muscles "
            "are weak or out of balance."
        ),
        advice="Exercises that build quad and hamstring strength, kept in balance, help you recover.",
        strengthen=("quads", "hamstrings"),
        helps=(
            "quad_extension",
            "hamstring_curl",
            "leg_press",
            "one_leg_squat",
            "step_up",
            "hamstring_pushup",
            "lunge",
            "walking_lunge",
            "wall_squat",
            "weighted_one_leg_squat",
        ),
        aliases=(
            "runners knee",
            "runner knee",
            "patellofemoral",
            "patellofemoral pain",
            "patellofemoral pain syndrome",
            "pfps",
            "knee pain",
            "sore knee",
            "sore knees",
            "knees hurt",
            "knee hurts",
            "kneecap pain",
            "bad knees",
        ),
    ),
    Injury(
        id="hip_weakness",
        name="Weak hips and poor alignment",
        problem=(
            "Runners are known for imbalances, especially around the hips. Weak hip muscles let each "
            "leg angle in or out instead of staying in line, and under-developed glutes can make you "
            "lean your trunk forward. Opposing muscles that are out of balance are a leading source of "
            "the overuse injuries runners get in their knees, hips and feet."
        ),
        advice=(
            "Strengthen the hip muscles and glutes: the hip strengtheners with an ankle weight, the "
            "bridge, and one-legged moves that make the hip steady you."
        ),
        strengthen=("hips", "glutes"),
        helps=(
            "hip_abduction",
            "supine_leg_lift",
            "bridge",
            "one_leg_squat",
            "step_up",
            "lunge",
            "walking_lunge",
            "weighted_one_leg_squat",
        ),
        aliases=(
            "weak hips",
            "weak hip",
            "hip weakness",
            "hip pain",
            "hip imbalance",
            "hips hurt",
            "misalignment",
            "poor alignment",
            "bad alignment",
            "knees cave in",
            "knees collapse",
            "legs cave in",
            "legs collapse",
            "legs angle in",
            "legs angle out",
            "trunk lean",
            "leaning forward",
            "lean forward",
            "weak glutes",
            "hip drop",
            "hip drops",
            "hips drop",
            "hips cave in",
            "hips collapse",
        ),
    ),
)

INJURIES: MappingProxyType[str, Injury] = MappingProxyType({i.id: i for i in _INJURIES})
