"""Deterministic, balanced routines with gentle week-by-week progression.

Guarantees (checked by the tests for every setting, seed and week):

* 4–6 exercises. Normal weeks last 15–20 minutes including warm-up and cool-down; ``quick`` lasts at
  most 15; recovery weeks are lighter and last at most 15.
* Balanced: every routine has an exercise with hamstrings as a primary muscle, so any quad-primary
  exercise is matched by hamstring work.
* Covered: every routine works calves, glutes and hips, where "covered" means the muscle is a primary
  *or secondary* mover of at least one exercise (see :meth:`Routine.covered`). Hips are usually
  secondary: one-legged moves, the bridge and hill running make the hip muscles steady the joint,
  which is the job the source article gives them; the gym routine always has a hip strengthener.
* Deterministic: the same (setting, seed, week) gives the same routine. The choice and order of
  exercises depends only on (setting, seed); ``week`` only changes doses, so an exercise's dose never
  goes down from one normal week to a later one.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from functools import lru_cache
from types import MappingProxyType
from typing import TypedDict

from content.exercises import COOLDOWN, EXERCISES, HILL_WARMUP, QUICK_COOLDOWN, QUICK_WARMUP, WARMUP
from content.guidance import RECOVERY_NOTE
from content.model import Block, Dose, Exercise, Routine, RoutineItem


class _Shape(TypedDict):
    """The dose fields a routine keeps from the exercise's base dose."""

    per_side: bool
    unit: str
    rep_s: float
    rest_s: int


SETTINGS = ("home", "gym", "plyo", "hills", "quick")
MIN_ITEMS, MAX_ITEMS = 4, 6
MIN_MINUTES, MAX_MINUTES = 15.0, 20.0
QUICK_MAX_MINUTES = 15.0
QUICK_MIN_MINUTES = 8.0
MAX_STEP = 3  # progression steps 0..3
SINGLE_LEG_STEP = 2  # from this step calf raises are done one leg at a time


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


def training_step(week: int) -> int:
    """Progression step 0..3 for a 0-based ``week``: one step per two completed training weeks.

    Recovery weeks don't count, so steps arrive in weeks 2, 5 and 8.
    """
    week = max(0, week)
    trained = week - week // 4  # non-recovery weeks before this one
    return min(MAX_STEP, trained // 2)


# The first non-recovery week of each step (0, 2, 5 and 8) and the first recovery week (3).
_FIRST_WEEK_OF_STEP = {
    step: min(w for w in range(8 * (MAX_STEP + 1)) if not is_recovery_week(w) and training_step(w) == step)
    for step in range(MAX_STEP + 1)
}
_FIRST_RECOVERY_WEEK = min(w for w in range(8) if is_recovery_week(w))


def same_doses_week(week: int) -> int:
    """The first week whose routines equal ``week``'s, for every setting and seed.

    A routine depends on its week only through the progression step and whether it is a recovery
    week (recovery weeks are all alike), so keyed by this, a cache holds five weeks' routines per
    (setting, seed) instead of one per week since a runner signed up. Only ``Routine.week``
    differs; tests/test_content.py checks the rest is equal for every setting, seed and phase.
    """
    week = max(0, int(week))
    if is_recovery_week(week):
        return _FIRST_RECOVERY_WEEK
    return _FIRST_WEEK_OF_STEP[training_step(week)]


def _between(low: int, high: int | None, step: int) -> int:
    if high is None:
        return low
    return low + round((high - low) * step / MAX_STEP)


def dose_for(ex: Exercise, week: int, mode: str = "normal") -> tuple[Dose, str | None]:
    """Concrete dose (no ranges) for ``ex`` in ``week``, plus an optional variant label.

    Modes: "normal" progresses reps, holds and hill repeats within the article's ranges, adds a third
    set to two-legged moves from step 2 (one-legged moves stay at 2 sets to fit 15–20 minutes) and
    switches calf raises to one leg from step 2; "quick" is one set with the same rep progression;
    "hills" progresses the hill repeats while the supporting moves stay at the base dose. Recovery
    weeks give one easy set at the bottom of the range, and 3 hill repeats.
    """
    base = ex.dose
    recovery = is_recovery_week(week)
    step = 0 if recovery else training_step(week)
    common: _Shape = {
        "per_side": base.per_side,
        "unit": base.unit,
        "rep_s": base.rep_s,
        "rest_s": base.rest_s,
    }
    variant: str | None = None

    if base.repeats_min is not None:
        reps = 3 if recovery else _between(base.repeats_min, base.repeats_max, step)
        return Dose(sets=1, repeats_min=reps, grade=base.grade, **common), None

    if mode == "hills":
        step = 0  # hill repeats carry the progression; the supporting moves stay light
    if recovery or mode == "quick":
        sets = 1
    elif base.per_side or base.hold_s is not None or mode == "hills":
        sets = base.sets
    else:
        sets = (base.sets_max or base.sets) if step >= 2 else base.sets

    if base.hold_s is not None:
        hold = min(base.hold_s, base.hold_s - 10 + 5 * step)
        return Dose(sets=sets, hold_s=max(hold, 10), **common), None

    reps = _between(base.reps or 0, base.reps_max, step)
    if ex.id in ("calf_raise", "weighted_calf_raise") and step >= SINGLE_LEG_STEP and mode != "hills":
        common["per_side"] = True  # "each leg" in the dose text says it
        variant = "one leg at a time"
        sets = min(sets, 2)
    return Dose(sets=sets, reps=reps, **common), variant


@lru_cache(maxsize=4096)
def _item(ex_id: str, setting: str, week: int, mode: str) -> RoutineItem:
    """Items are frozen and depend only on these arguments, so a bounded cache is safe and makes
    composing a burst of reminders cheap."""
    ex = EXERCISES[ex_id]
    dose, variant = dose_for(ex, week, mode)
    if setting in ("home", "quick") and ex_id in ("hip_abduction", "supine_leg_lift"):
        variant = "no ankle weight"
        dose = replace(dose, note=variant)
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


def build_routine(setting: str = "home", seed: int = 0, week: int = 0) -> Routine:
    """The routine for ``setting`` (one of SETTINGS; anything else means "home"), ``seed`` and ``week``.

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
    items = [_item(x, setting, week, plan.mode) for x in picked]
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
        it = _item(x, setting, week, plan.mode)
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
    )
