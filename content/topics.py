"""Every topic the answerer knows, by id ("exercise:calf_raise", "rule:race_day"…), with its title.

One immutable table shared by content/answers.py (retrieval and replies) and content/dialogue.py
(which names a topic a message says), so neither has to import the other.
"""

from __future__ import annotations

from dataclasses import dataclass
from types import MappingProxyType

from content.anatomy import INJURIES, MUSCLES
from content.exercises import EXERCISES
from content.guidance import EQUIPMENT, RULES
from content.model import Equipment, Exercise, Injury, Muscle, Rule


@dataclass(frozen=True)
class Topic:
    id: str  # "exercise:calf_raise"
    kind: str  # "exercise" | "muscle" | "injury" | "rule" | "equipment"
    title: str
    ref: Exercise | Muscle | Injury | Rule | Equipment


def _all_topics() -> tuple[Topic, ...]:
    out: list[Topic] = []
    out += [Topic(f"exercise:{e.id}", "exercise", e.name, e) for e in EXERCISES.values()]
    out += [Topic(f"muscle:{m.id}", "muscle", m.name, m) for m in MUSCLES.values()]
    out += [Topic(f"injury:{i.id}", "injury", i.name, i) for i in INJURIES.values()]
    out += [Topic(f"rule:{r.id}", "rule", r.title, r) for r in RULES.values()]
    out += [Topic(f"equipment:{q.id}", "equipment", f"No {q.name.lower()}?", q) for q in EQUIPMENT.values()]
    return tuple(out)


TOPICS = _all_topics()
BY_ID: MappingProxyType[str, Topic] = MappingProxyType({t.id: t for t in TOPICS})


def topics() -> list[str]:
    """Titles of every topic answer() knows, grouped: exercises, muscles, injuries, rules, kit."""
    return [t.title for t in TOPICS]


def topic_ids() -> list[str]:
    """Ids of every topic, in the order of topics()."""
    return [t.id for t in TOPICS]


def topic_title(topic_id: str) -> str | None:
    t = BY_ID.get(topic_id) if isinstance(topic_id, str) else None
    return t.title if t else None
