"""The full text of a topic, its facts ordered by a question's intent (a pressed topic button).

The short replies to questions are content/compose.py's; this is the whole topic, as the
"closest topics" buttons show it.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Protocol

from content.anatomy import MUSCLES
from content.cards import exercises_for_muscle, injury_names, works_line
from content.exercises import COOLDOWN, EXERCISES, WARMUP
from content.model import Equipment, Exercise, Injury, Muscle, Rule


class _Intent(Protocol):
    """The intent flags content.answers._Intent carries (how many, how, why, can I...); read-only
    (properties), as that frozen dataclass's fields are."""

    @property
    def dose(self) -> bool: ...

    @property
    def howto(self) -> bool: ...

    @property
    def why(self) -> bool: ...

    @property
    def when(self) -> bool: ...

    @property
    def can(self) -> bool: ...

    @property
    def lack(self) -> bool: ...

    @property
    def harder(self) -> bool: ...


_KIND_LABEL: MappingProxyType[str, str] = MappingProxyType(
    {"home": "home exercise", "gym": "gym exercise", "plyo": "plyometric drill", "hills": "hill workout"}
)


# --------------------------------------------------------------------------------


def _heading(title: str, text: str) -> str:
    """The title on a line of its own: no stray full stop after a title that is a question."""
    return f"{title}\n{text}"


def _exercise_lines(ex: Exercise, it: _Intent) -> list[str]:
    head = f"{ex.name} ({_KIND_LABEL.get(ex.setting, ex.setting)}). {ex.summary}"
    works = works_line(ex) + "."
    dose = f"Dose: {ex.dose.text()}."
    subs = ""
    if ex.substitutes:
        kit = f"Don't have {ex.equipment[0].split(',')[0]}? " if ex.equipment else "Instead: "
        subs = kit + "; ".join(s[:1].upper() + s[1:] for s in ex.substitutes) + "."
    steps = "How to do it:\n" + "\n".join(f"{n}. {s}" for n, s in enumerate(ex.steps, 1))
    cues = "Form: " + " ".join(ex.cues[:3])
    prevents = f"Helps prevent: {injury_names(ex.prevents)}." if ex.prevents else ""
    lead: list[str] = [head]
    if it.lack and subs:
        lead.append(subs)
    if it.dose:
        lead.append(dose)
    if it.can:
        lead.append(cues)  # "should I let my heels drop?": the form cues answer it
    if it.why:
        lead += [works, prevents]
    if it.harder:
        lead += [f"Harder: {ex.harder}" if ex.harder else "", f"Easier: {ex.easier}" if ex.easier else ""]
    rest = [steps, dose, works, cues, f"Harder: {ex.harder}" if ex.harder else "", prevents]
    out: list[str] = []
    for line in [*lead, *rest]:
        if line and line not in out:
            out.append(line)
    return out


def _muscle_lines(m: Muscle, it: _Intent) -> list[str]:
    ex = exercises_for_muscle(m.id)
    exercises = "Exercises: " + ", ".join(e.name for e in ex) + "." if ex else ""
    lines = [f"{m.full_name}: {m.location}."]
    if it.when and m.when_weak:
        lines.append(m.when_weak)
    if it.howto or it.dose:
        lines.append(exercises)
    lines.append(f"In running: {m.role}")
    if m.parts:
        lines.append("Parts: " + "; ".join(m.parts) + ".")
    if m.opposes:
        lines.append(f"Opposing group: {', '.join(MUSCLES[o].name.lower() for o in m.opposes)}. {m.balance}")
    else:
        lines.append(m.balance)
    if m.when_weak and m.when_weak not in lines:
        lines.append(m.when_weak)
    if exercises not in lines:
        lines.append(exercises)
    return [x for x in lines if x]


def _injury_lines(i: Injury, it: _Intent) -> list[str]:
    helps = [EXERCISES[e] for e in i.helps if e in EXERCISES]
    problem = f"{i.name}. {i.problem}"
    advice = f"What helps: {i.advice}"
    muscles = f"Strengthen: {', '.join(MUSCLES[m].name.lower() for m in i.strengthen)}."
    exercises = "Exercises: " + doses_once(helps)
    if it.can or it.when:  # "can I keep running?", "when should I see someone?": the caution leads
        return [problem, i.caution, advice, muscles, exercises]
    if it.howto and not it.why:
        return [f"{i.name}.", advice, exercises, muscles, i.problem, i.caution]
    return [problem, advice, muscles, exercises, i.caution]


def _rule_lines(r: Rule) -> list[str]:
    lines = [_heading(r.title, r.text)]
    if r.id == "warm_up":
        lines.extend(WARMUP.render())
    elif r.id == "stretch_after":
        lines.extend(COOLDOWN.render())
    elif r.id == "muscles_used":
        lines.extend(f"- {m.name}: {m.role}" for m in MUSCLES.values())
        lines.append("Balance opposing groups: quad work needs matching hamstring work.")
    elif r.id == "machines":
        lines.append("Machine exercises: Quadriceps extension, Hamstring curl, Leg press.")
    return lines


def _equipment_lines(q: Equipment) -> list[str]:
    return [f"No {q.name.lower()}? Here's what to use instead:", *(f"- {s}" for s in q.substitutes)]


def _lines(ref: object, it: _Intent) -> list[str]:
    if isinstance(ref, Exercise):
        return _exercise_lines(ref, it)
    if isinstance(ref, Muscle):
        return _muscle_lines(ref, it)
    if isinstance(ref, Injury):
        return _injury_lines(ref, it)
    if isinstance(ref, Equipment):
        return _equipment_lines(ref)
    assert isinstance(ref, Rule)
    return _rule_lines(ref)


def doses_once(exercises: list[Exercise]) -> str:
    """ "A, B and C: 2–3 sets × 12–15 reps. D: 2–3 sets × 12–15 reps each leg.": each dose said once."""
    groups: dict[str, list[str]] = {}
    for e in exercises:
        groups.setdefault(e.dose.text(), []).append(e.name)
    return " ".join(f"{', '.join(names)}: {dose}." for dose, names in groups.items())
