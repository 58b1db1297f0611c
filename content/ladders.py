"""Each exercise's progression ladder: its doses and harder forms, easiest first (data, no I/O).

A runner has a level per muscle group (``content.progress``); an exercise is done at the rung of its
group's level (:func:`rung`), or its top rung when its ladder is shorter. The ladders follow one
pattern, from the source article's ranges and its own harder forms:

* even levels start a form at the bottom of the rep range (12 reps, 20–30 s holds, 5 hill repeats);
  odd levels take it to the top of the range (15 reps, longer holds, more repeats);
* then a third set for two-legged moves (one-legged moves stay at two sets, to fit 15–20 minutes);
* then the harder form the article names: one leg (calf raise, toe raise, bridge, line hops),
  weight in the hands (one-legged squat, step-up, wall squat), a heavier weight on the machines.

Every ladder is monotone in effort: a rung never has an easier form than the one below it, and
within a form never less work (see :func:`effort_key`; tests/test_progress.py checks it).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from types import MappingProxyType

from content.exercises import EXERCISES
from content.model import Dose


@dataclass(frozen=True)
class Rung:
    dose: Dose  # a concrete dose: no ranges
    variant: str | None = None  # e.g. "one leg at a time"; shown beside the exercise's name
    form: int = 0  # 0 for the exercise as written, 1 for its harder form

    @property
    def label(self) -> str:
        """Short text for "Calf raise → one leg at a time, 2 sets × 12 reps each leg"."""
        text = self.dose.text()
        return f"{self.variant}, {text}" if self.variant else text


def effort_key(r: Rung) -> tuple[int, int]:
    """Order of effort: the form first, then the work of the dose (reps or seconds, sets, legs)."""
    return (r.form, r.dose.volume)


def _reps(base: Dose, sets: int, reps: int, *, per_side: bool | None = None) -> Dose:
    side = base.per_side if per_side is None else per_side
    return replace(base, sets=sets, sets_max=None, reps=reps, reps_max=None, per_side=side)


def _two_legged(ex_id: str, harder: str, *, one_sided: bool = False) -> tuple[Rung, ...]:
    """2×low, 2×high, 3×low, 3×high, then the harder form at 2 sets (one-sided) or 3 sets. Where
    three sets of the low count are no more work than two of the high one (hops: 3×20 = 2×30),
    the third rung takes the next count in fives that is (3×25)."""
    base = EXERCISES[ex_id].dose
    low, high = base.reps or 12, base.reps_max or base.reps or 12
    third = low
    while 3 * third <= 2 * high and third < high:
        third = min(high, third + 5 - third % 5)
    rungs = [
        Rung(_reps(base, 2, low)),
        Rung(_reps(base, 2, high)),
        Rung(_reps(base, 3, third)),
        Rung(_reps(base, 3, high)),
    ]
    sets = 2 if one_sided else 3
    for n in (low, high):
        rungs.append(Rung(_reps(base, sets, n, per_side=True if one_sided else None), harder, form=1))
    return tuple(rungs)


def _one_legged(ex_id: str, harder: str | None) -> tuple[Rung, ...]:
    """2×low, 2×high each leg; then (when there is one) the harder form, 2×low, 2×high."""
    base = EXERCISES[ex_id].dose
    low, high = base.reps or 12, base.reps_max or base.reps or 12
    rungs = [Rung(_reps(base, 2, low)), Rung(_reps(base, 2, high))]
    if harder:
        rungs += [Rung(_reps(base, 2, low), harder, form=1), Rung(_reps(base, 2, high), harder, form=1)]
    return tuple(rungs)


def _hold(sets: int, seconds: int, *, per_side: bool = False) -> Dose:
    return Dose(sets=sets, hold_s=seconds, per_side=per_side)


def _repeats(n: int) -> Dose:
    base = EXERCISES["hill_repeats"].dose
    return replace(base, repeats_min=n, repeats_max=None)


_ONE_LEG = "one leg at a time"
_HEAVIER = "a heavier weight"
_HILLS = tuple(Rung(_repeats(n)) for n in (5, 6, 7, 8))  # the article's 5 to 8 repeats

LADDERS: MappingProxyType[str, tuple[Rung, ...]] = MappingProxyType(
    {
        # home
        "calf_raise": _two_legged("calf_raise", _ONE_LEG, one_sided=True),
        "toe_raise": _two_legged("toe_raise", "one foot at a time", one_sided=True),
        "one_leg_squat": _one_legged("one_leg_squat", "holding weights"),
        "step_up": _one_legged("step_up", "holding weights"),
        "hamstring_pushup": _one_legged("hamstring_pushup", "feet on an exercise ball"),
        # The article's bridge is a 30-second hold: we build up to it and past it, then one leg.
        "bridge": (
            Rung(_hold(2, 20)),
            Rung(_hold(2, 30)),
            Rung(_hold(3, 30)),
            Rung(_hold(3, 45)),
            Rung(_hold(2, 20, per_side=True), "on one leg", form=1),
            Rung(_hold(2, 30, per_side=True), "on one leg", form=1),
        ),
        # plyometrics
        "line_hops": _two_legged("line_hops", "on one leg", one_sided=True),
        "box_hops": _one_legged("box_hops", None),
        "skipping": _one_legged("skipping", "for height"),
        # hills
        "hill_repeats": _HILLS,
        "treadmill_incline": _HILLS,
        # gym
        "quad_extension": _two_legged("quad_extension", _HEAVIER),
        "hamstring_curl": _two_legged("hamstring_curl", _HEAVIER),
        "leg_press": _two_legged("leg_press", _HEAVIER),
        "wall_squat": _two_legged("wall_squat", "holding dumbbells"),
        "weighted_calf_raise": _two_legged("weighted_calf_raise", _ONE_LEG, one_sided=True),
        "lunge": _one_legged("lunge", "heavier dumbbells"),
        "walking_lunge": _one_legged("walking_lunge", "heavier dumbbells"),
        "weighted_one_leg_squat": _one_legged("weighted_one_leg_squat", "heavier dumbbells"),
        "hip_abduction": _one_legged("hip_abduction", "a heavier ankle weight"),
        "supine_leg_lift": _one_legged("supine_leg_lift", "a heavier ankle weight"),
    }
)


def group_of(ex_id: str) -> str:
    """The muscle group whose level sets this exercise's rung: its first primary muscle."""
    return EXERCISES[ex_id].primary[0]


def rung_index(ex_id: str, level: int) -> int:
    """The rung an exercise is done at for its group's ``level`` (its top rung at most)."""
    return max(0, min(level, len(LADDERS[ex_id]) - 1))


def rung(ex_id: str, level: int) -> Rung:
    return LADDERS[ex_id][rung_index(ex_id, level)]
