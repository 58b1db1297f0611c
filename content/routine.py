"""Deterministic, balanced routines at a runner's levels.

A routine's doses come from the runner's level per muscle group (``levels``, in ``MUSCLE_IDS``
order): each exercise is done at its rung on its ladder (content/ladders.py); how levels move is
content/progress.py. ``week`` (weeks since the runner started) only decides recovery weeks.

Guarantees (checked by the tests for every setting, seed, week and every combination of levels):

* 4–6 exercises. Normal weeks last 15–20 minutes including warm-up and cool-down; ``quick`` lasts at
  most 15; recovery weeks are lighter and last at most 15.
* Balanced: every routine has an exercise with hamstrings as a primary muscle, so any quad-primary
  exercise is matched by hamstring work.
* Covered: every routine works calves, glutes and hips, where "covered" means the muscle is a primary
  *or secondary* mover of at least one exercise (see :meth:`Routine.covered`). Hips are usually
  secondary: one-legged moves, the bridge and hill running make the hip muscles steady the joint,
  which is the job the source article gives them; the gym routine always has a hip strengthener.
* Deterministic: the same (setting, seed, week, levels) gives the same routine. The choice and
  order of exercises depends only on (setting, seed); levels only change doses, so an exercise's dose
  never gets easier when a level goes up.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from functools import lru_cache
from types import MappingProxyType

from content.exercises import COOLDOWN, EXERCISES, HILL_WARMUP, QUICK_COOLDOWN, QUICK_WARMUP, WARMUP
from content.guidance import RECOVERY_NOTE
from content.ladders import LADDERS, Rung, effort_key, group_of, rung, rung_index
from content.model import MUSCLE_IDS, Block, Dose, Exercise, Routine, RoutineItem
from content.progress import BASE_LEVELS, clamp

SETTINGS = ("home", "gym", "plyo", "hills", "quick")
MIN_ITEMS, MAX_ITEMS = 4, 6
MIN_MINUTES, MAX_MINUTES = 15.0, 20.0
QUICK_MAX_MINUTES = 15.0
QUICK_MIN_MINUTES = 8.0


@dataclass(frozen=True)
class _Plan:
    slots: tuple[tuple[str, ...], ...]  # one exercise is drawn from each slot
    extras: tuple[str, ...]  # optional additions, tried in a seeded order
    warmup: Block
    cooldown: Block
    min_minutes: float
    max_minutes: float
    mode: str  # dose mode: "normal" | "quick" | "hills"
    notes: tuple[str, ...] = ()
    first: str | None = None  # exercise that always leads (hill repeats)


_HOME_SLOTS = (("calf_raise",), ("one_leg_squat", "step_up"), ("hamstring_pushup",), ("bridge",))
_HOME_EXTRAS = ("one_leg_squat", "step_up", "toe_raise", "hip_abduction")

_PLANS: MappingProxyType[str, _Plan] = MappingProxyType(
    {
        "home": _Plan(
            slots=_HOME_SLOTS,
            extras=_HOME_EXTRAS,
            warmup=WARMUP,
            cooldown=COOLDOWN,
            min_minutes=MIN_MINUTES,
            max_minutes=MAX_MINUTES,
            mode="normal",
        ),
        "quick": _Plan(
            slots=_HOME_SLOTS,
            extras=_HOME_EXTRAS,
            warmup=QUICK_WARMUP,
            cooldown=QUICK_COOLDOWN,
            min_minutes=QUICK_MIN_MINUTES,
            max_minutes=QUICK_MAX_MINUTES,
            mode="quick",
            notes=("Short on time: one set of each. Keep every rep slow and controlled.",),
        ),
        "gym": _Plan(
            slots=(
                (
                    "quad_extension",
                    "leg_press",
                    "lunge",
                    "walking_lunge",
                    "wall_squat",
                    "weighted_one_leg_squat",
                ),
                ("hamstring_curl",),
                ("weighted_calf_raise", "calf_raise"),
                ("hip_abduction",),
            ),
            extras=("leg_press", "lunge", "wall_squat", "supine_leg_lift", "bridge", "quad_extension"),
            warmup=WARMUP,
            cooldown=COOLDOWN,
            min_minutes=MIN_MINUTES,
            max_minutes=MAX_MINUTES,
            mode="normal",
            notes=(
                "Pick a weight that tires you by the last rep; never give up form to lift more.",
                "Stop just short of locking your knees.",
            ),
        ),
        "plyo": _Plan(
            slots=(("line_hops",), ("box_hops", "skipping"), ("hamstring_pushup",), ("bridge",)),
            extras=("box_hops", "skipping", "calf_raise", "one_leg_squat", "toe_raise"),
            warmup=WARMUP,
            cooldown=COOLDOWN,
            min_minutes=MIN_MINUTES,
            max_minutes=MAX_MINUTES,
            mode="normal",
            notes=("New to jumping drills? Get line hops smooth before box hops. Land softly.",),
        ),
        "hills": _Plan(
            slots=(("hill_repeats",), ("hamstring_pushup",), ("bridge",), ("calf_raise", "toe_raise")),
            extras=("one_leg_squat", "step_up", "toe_raise", "calf_raise"),
            warmup=HILL_WARMUP,
            cooldown=COOLDOWN,
            min_minutes=MIN_MINUTES,
            max_minutes=MAX_MINUTES,
            mode="hills",
            notes=("No hill nearby? Use a treadmill with the incline at 5–10%.",),
            first="hill_repeats",
        ),
    }
)

# Extra warm-up / cool-down time that may be added to reach a plan's minimum length.
_WARMUP_STRETCH_MAX = 3.0
_COOLDOWN_STRETCH_MAX = 2.0


def is_recovery_week(week: int) -> bool:
    """Every fourth week (week % 4 == 3) is a recovery week: the article's week off each month."""
    return max(0, week) % 4 == 3


def dose_for(
    ex: Exercise, level: int = 0, mode: str = "normal", recovery: bool = False
) -> tuple[Dose, str | None]:
    """Concrete dose (no ranges) for ``ex`` at its group's ``level``, plus an optional variant label.

    The dose is the exercise's rung on its ladder (content/ladders.py). Modes: "normal" takes the
    rung as it is; "quick" is one set of it; "hills" progresses the hill repeats while the
    supporting moves stay at the first rung. Recovery weeks give one easy set at the bottom of the
    range (the first rung), and 3 hill repeats.
    """
    if recovery:
        level = 0
    elif mode == "hills" and ex.dose.repeats_min is None:
        level = 0  # hill repeats carry the progression; the supporting moves stay light
    r = rung(ex.id, level)
    dose = r.dose
    if dose.repeats_min is not None:
        return (replace(dose, repeats_min=3) if recovery else dose), None
    if mode == "quick" and not recovery:
        # One set of the hardest rung so far: a rung that only adds a set must not give fewer reps.
        r = max(LADDERS[ex.id][: rung_index(ex.id, level) + 1], key=lambda x: effort_key(_one_set(x)))
        dose = r.dose
    if recovery or mode == "quick":
        dose = replace(dose, sets=1)
    return dose, r.variant


def _one_set(r: Rung) -> Rung:
    return replace(r, dose=replace(r.dose, sets=1))


@lru_cache(maxsize=4096)
def _item(ex_id: str, setting: str, level: int, recovery: bool, mode: str) -> RoutineItem:
    """Items are frozen and depend only on these arguments, so a bounded cache is safe and makes
    composing a burst of reminders cheap."""
    ex = EXERCISES[ex_id]
    if setting in ("home", "quick") and ex_id in ("hip_abduction", "supine_leg_lift"):
        level = min(level, 1)  # no ankle weight at home: more reps, never "a heavier ankle weight"
        dose, _ = dose_for(ex, level, mode, recovery)
        variant: str | None = "no ankle weight"
        dose = replace(dose, note=variant)
    else:
        dose, variant = dose_for(ex, level, mode, recovery)
    return RoutineItem(exercise=ex, dose=dose, variant=variant)


@lru_cache(maxsize=1024)
def _draws(setting: str, seed: int) -> tuple[tuple[str, ...], tuple[str, ...], int, float]:
    """Everything build_routine draws at random: it depends on (setting, seed) only, never on the
    week, so it is drawn once per pair (seeding from a string hashes it, the slowest part)."""
    plan = _PLANS[setting]
    rng = random.Random(f"legwork/{setting}/{seed}")
    picked = [rng.choice(slot) for slot in plan.slots]
    extras = [x for x in plan.extras if x not in picked]
    rng.shuffle(extras)
    target = rng.randint(MIN_ITEMS, MAX_ITEMS)
    return tuple(picked), tuple(extras), target, rng.random()


@lru_cache(maxsize=4096)
def _order(order_seed: float, n: int) -> tuple[int, ...]:
    """The order ``random.Random(order_seed).shuffle`` gives n items, as indices: it depends on
    the seed and the count only, so it is worked out once (seeding and shuffling were a fifth of
    build_routine's time)."""
    order = list(range(n))
    random.Random(order_seed).shuffle(order)
    return tuple(order)


@lru_cache(maxsize=1024)
def _block_lines(block: Block, minutes: float) -> tuple[str, ...]:
    return block.render(minutes)


def build_routine(
    setting: str = "home", seed: int = 0, week: int = 0, levels: tuple[int, ...] = BASE_LEVELS
) -> Routine:
    """The routine for ``setting`` (one of SETTINGS; anything else means "home"), ``seed``, ``week``
    and ``levels`` (one per muscle group, MUSCLE_IDS order; missing or odd values are clamped).

    ``week`` is the 0-based number of weeks since the runner started; see the module docstring for
    the guarantees.
    """
    setting = setting.strip().lower() if isinstance(setting, str) else "home"
    if setting not in _PLANS:
        setting = "home"
    week = max(0, int(week))
    plan = _PLANS[setting]
    picked, extras, target, order_seed = _draws(setting, int(seed))

    recovery = is_recovery_week(week)
    levels = _clean_levels(levels)
    by_group = dict(zip(MUSCLE_IDS, levels, strict=True))

    def item(x: str) -> RoutineItem:
        return _item(x, setting, 0 if recovery else by_group[group_of(x)], recovery, plan.mode)

    items = [item(x) for x in picked]
    warm, cool = plan.warmup.minutes, plan.cooldown.minutes
    max_minutes = min(plan.max_minutes, QUICK_MAX_MINUTES) if recovery else plan.max_minutes
    min_minutes = 0.0 if recovery else plan.min_minutes
    # The items' minutes, summed in item order as sum() would: a running sum instead of a new sum
    # over the items at every step (it was a quarter of this function's time).
    spent = 0.0
    for i in items:
        spent += i.minutes

    for x in extras:
        if len(items) >= MAX_ITEMS:
            break
        if len(items) >= target and warm + cool + spent >= min_minutes:
            break
        it = item(x)
        if warm + cool + spent + it.minutes <= max_minutes:
            items.append(it)
            spent += it.minutes

    gap = min_minutes - (warm + cool + spent)
    if gap > 0:
        extra = min(gap, _WARMUP_STRETCH_MAX)
        warm += extra
        cool += min(gap - extra, _COOLDOWN_STRETCH_MAX)

    items = [items[j] for j in _order(order_seed, len(items))]
    if plan.first is not None:
        items.sort(key=lambda i: i.exercise.id != plan.first)

    notes = plan.notes + ((RECOVERY_NOTE,) if recovery else ())
    return Routine(
        setting=setting,
        seed=int(seed),
        week=week,
        recovery=recovery,
        warmup=_block_lines(plan.warmup, warm),
        items=tuple(items),
        cooldown=_block_lines(plan.cooldown, cool),
        warmup_minutes=round(warm, 2),
        cooldown_minutes=round(cool, 2),
        minutes=round(warm + cool + spent),
        notes=notes,
        levels=levels,
    )


def _clean_levels(levels: tuple[int, ...]) -> tuple[int, ...]:
    got = tuple(levels)[: len(MUSCLE_IDS)]
    got += (0,) * (len(MUSCLE_IDS) - len(got))
    return tuple(clamp(int(x)) for x in got)
