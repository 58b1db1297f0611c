"""Value types for the leg-strength content: doses, exercises, muscles, injuries, rules, routines."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

SETTING_IDS = ("home", "gym", "plyo", "hills")
MUSCLE_IDS = ("quads", "hamstrings", "calves", "glutes", "hips")


def _span(low: int, high: int | None) -> str:
    """'12' or '12–15' (en dash)."""
    if high is None or high == low:
        return str(low)
    return f"{low}–{high}"


@dataclass(frozen=True)
class Dose:
    """How much of an exercise to do.

    Exactly one of ``reps``, ``hold_s`` or ``repeats_min`` is set. ``*_max`` fields turn a figure into
    a range ("2–3 sets"); a routine item carries a concrete dose with no ranges. ``rep_s`` and
    ``rest_s`` only feed the time estimate: seconds per rep (per hill repeat, including the jog back
    down) and rest after each set.
    """

    sets: int = 1
    sets_max: int | None = None
    reps: int | None = None
    reps_max: int | None = None
    hold_s: int | None = None
    per_side: bool = False
    repeats_min: int | None = None
    repeats_max: int | None = None
    grade: str | None = None
    unit: str = "reps"
    rep_s: float = 2.5
    rest_s: int = 30
    note: str | None = None

    def __post_init__(self) -> None:
        kinds = sum(x is not None for x in (self.reps, self.hold_s, self.repeats_min))
        if kinds != 1:
            raise ValueError("a Dose needs exactly one of reps, hold_s or repeats_min")
        if self.sets < 1 or (self.sets_max is not None and self.sets_max < self.sets):
            raise ValueError("bad set count")
        for low, high in ((self.reps, self.reps_max), (self.repeats_min, self.repeats_max)):
            if low is not None and (low < 1 or (high is not None and high < low)):
                raise ValueError("bad rep range")
        if self.hold_s is not None and self.hold_s < 1:
            raise ValueError("bad hold")

    @property
    def is_range(self) -> bool:
        return any(x is not None for x in (self.sets_max, self.reps_max, self.repeats_max))

    def text(self) -> str:
        """Human dose: '2–3 sets × 12–15 reps each leg', 'hold 30 s', '5–8 hill repeats at a 5–10% grade'."""
        note = f" ({self.note})" if self.note else ""
        side = " each leg" if self.per_side else ""
        if self.repeats_min is not None:
            out = f"{_span(self.repeats_min, self.repeats_max)} hill repeats"
            if self.grade:
                out += f" at a {self.grade} grade"
            return out + note
        sets = _span(self.sets, self.sets_max)
        set_word = "set" if self.sets == 1 and not self.sets_max else "sets"
        if self.hold_s is not None:
            hold = f"hold {self.hold_s} s{side}"
            if self.sets == 1 and not self.sets_max:
                return hold + note
            return f"{sets} {set_word}, {hold}" + note
        return f"{sets} {set_word} × {_span(self.reps or 0, self.reps_max)} {self.unit}{side}" + note

    @property
    def seconds(self) -> float:
        """Estimated time of the (lower end of the) dose, rest included."""
        sides = 2 if self.per_side else 1
        if self.repeats_min is not None:
            work = self.repeats_min * self.rep_s
        elif self.hold_s is not None:
            work = self.hold_s * sides
        else:
            work = (self.reps or 0) * self.rep_s * sides
        return self.sets * (work + self.rest_s)

    @cached_property
    def minutes(self) -> float:
        # Cached: routines sum item minutes many times while they are built.
        return round(self.seconds / 60, 2)

    @property
    def volume(self) -> int:
        """Total work units (reps, seconds held, or hill repeats) across sets and both legs."""
        sides = 2 if self.per_side else 1
        if self.repeats_min is not None:
            return self.repeats_min
        unit = self.hold_s if self.hold_s is not None else self.reps or 0
        return self.sets * unit * sides


@dataclass(frozen=True)
class Exercise:
    """One exercise. ``primary``/``secondary`` are muscle ids, ``prevents`` injury ids."""

    id: str
    name: str
    setting: str  # "home" | "gym" | "plyo" | "hills": where the source article places it
    summary: str
    primary: tuple[str, ...]
    secondary: tuple[str, ...]
    steps: tuple[str, ...]
    cues: tuple[str, ...]
    dose: Dose
    aliases: tuple[str, ...] = ()
    equipment: tuple[str, ...] = ()
    substitutes: tuple[str, ...] = ()
    single_leg: str | None = None
    harder: str | None = None
    easier: str | None = None
    prevents: tuple[str, ...] = ()
    dose_note: str | None = None  # where a dose is ours rather than the article's
    variation_of: str | None = None

    @property
    def minutes(self) -> float:
        """Time the listed dose takes, rest included (lower end of any range)."""
        return self.dose.minutes

    @property
    def muscles(self) -> tuple[str, ...]:
        return self.primary + tuple(m for m in self.secondary if m not in self.primary)


@dataclass(frozen=True)
class Muscle:
    id: str  # one of MUSCLE_IDS
    name: str  # short, e.g. "Quads"
    full_name: str
    location: str
    role: str  # what it does in running
    opposes: tuple[str, ...]  # muscle ids of the opposing group(s)
    balance: str  # how to keep it balanced against its opposite
    aliases: tuple[str, ...] = ()
    parts: tuple[str, ...] = ()  # sub-notes, e.g. hip flexors / extenders / rotators
    when_weak: str | None = None


# An injury card's closing caution (also matched by content/answers.py to drop it where no pain is told).
INJURY_CAUTION = "If pain is sharp or doesn't settle, get it checked by a doctor or physiotherapist."


@dataclass(frozen=True)
class Injury:
    id: str
    name: str
    problem: str  # what goes wrong
    advice: str
    strengthen: tuple[str, ...]  # muscle ids
    helps: tuple[str, ...]  # exercise ids
    aliases: tuple[str, ...] = ()
    caution: str = INJURY_CAUTION


@dataclass(frozen=True)
class Rule:
    """A training rule or tip. ``keywords`` identify the topic on their own; ``hints`` only add weight."""

    id: str
    title: str
    text: str
    keywords: tuple[str, ...]
    category: str  # "timing" | "technique" | "load" | "planning" | "why" | "equipment"
    hints: tuple[str, ...] = ()


@dataclass(frozen=True)
class Equipment:
    """A piece of kit and what to use when you don't have it."""

    id: str
    name: str
    aliases: tuple[str, ...]
    substitutes: tuple[str, ...]
    used_by: tuple[str, ...]  # exercise ids


@dataclass(frozen=True)
class Block:
    """Warm-up or cool-down: a few plain lines and a time estimate."""

    id: str
    name: str
    lines: tuple[str, ...]  # "{minutes}" in a line stands for the block's length
    minutes: float

    def render(self, minutes: float | None = None) -> tuple[str, ...]:
        """The lines with the length filled in (default: the block's own ``minutes``)."""
        m = self.minutes if minutes is None else minutes
        text = f"{round(m * 2) / 2:g}"  # nearest half minute
        return tuple(line.replace("{minutes}", text) for line in self.lines)


@dataclass(frozen=True)
class RoutineItem:
    exercise: Exercise
    dose: Dose
    variant: str | None = None  # e.g. "one leg at a time"; also shown in dose.text()

    @property
    def name(self) -> str:
        return f"{self.exercise.name} ({self.variant})" if self.variant else self.exercise.name

    @property
    def minutes(self) -> float:
        return self.dose.minutes


@dataclass(frozen=True)
class Routine:
    setting: str
    seed: int
    week: int
    recovery: bool
    warmup: tuple[str, ...]
    items: tuple[RoutineItem, ...]
    cooldown: tuple[str, ...]
    warmup_minutes: float
    cooldown_minutes: float
    minutes: int  # whole-session estimate, warm-up and cool-down included
    notes: tuple[str, ...] = ()
    levels: tuple[int, ...] = ()  # the level per muscle group (MUSCLE_IDS order) it was built at

    @property
    def exact_minutes(self) -> float:
        return round(self.warmup_minutes + self.cooldown_minutes + sum(i.minutes for i in self.items), 2)

    def muscles(self) -> frozenset[str]:
        """Primary muscle ids the routine's exercises target."""
        return frozenset(m for i in self.items for m in i.exercise.primary)

    def covered(self) -> frozenset[str]:
        """Muscle ids worked as primary or secondary movers (what "covered" means for coverage)."""
        return frozenset(m for i in self.items for m in i.exercise.muscles)


@dataclass(frozen=True)
class Answer:
    text: str  # plain text, no markup
    topic: str | None  # e.g. "exercise:calf_raise", "muscle:glutes", "injury:shin_splints", "rule:frequency"
    found: bool
    suggestions: tuple[str, ...] = ()  # topic titles; each one, asked back, answers that topic
    topics: tuple[str, ...] = ()  # every topic the answer covers, the lead one (``topic``) first
    choices: tuple[str, ...] = ()  # when unsure: ids of the closest topics, to offer as buttons
    off_topic: bool = False  # the question is not about leg strength for runners
    # The topic a short follow-up ("and how many?") should be about: the last one answered.
    context: str | None = None
