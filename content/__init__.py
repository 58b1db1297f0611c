"""Legwork content: leg-strength knowledge for runners, as pure data and pure functions.

No network, no chat platforms, no state beyond immutable tables. Everything here is deterministic
and fast. The one file read is the answerer's embedding model, from inside the installed wordllama
wheel, the first time a question is answered (content.answers.answerer()).
"""

from __future__ import annotations

from content.anatomy import INJURIES, MUSCLES
from content.answers import answer, answer_topic, answerer
from content.cards import exercise_card, injury_card, muscle_card
from content.exercises import COOLDOWN, EXERCISES, HILL_WARMUP, QUICK_COOLDOWN, QUICK_WARMUP, WARMUP
from content.guidance import EQUIPMENT, RECOVERY_NOTE, RULES, TIPS
from content.lookup import find_exercise, find_injury, find_muscle, suggest_exercises
from content.model import (
    MUSCLE_IDS,
    SETTING_IDS,
    Answer,
    Block,
    Dose,
    Equipment,
    Exercise,
    Injury,
    Muscle,
    Routine,
    RoutineItem,
    Rule,
)
from content.routine import (
    SETTINGS,
    build_routine,
    dose_for,
    is_recovery_week,
)
from content.topics import topic_ids, topic_title, topics

__all__ = [
    "COOLDOWN",
    "EQUIPMENT",
    "EXERCISES",
    "HILL_WARMUP",
    "INJURIES",
    "MUSCLES",
    "MUSCLE_IDS",
    "QUICK_COOLDOWN",
    "QUICK_WARMUP",
    "RECOVERY_NOTE",
    "RULES",
    "SETTINGS",
    "SETTING_IDS",
    "TIPS",
    "WARMUP",
    "Answer",
    "Block",
    "Dose",
    "Equipment",
    "Exercise",
    "Injury",
    "Muscle",
    "Routine",
    "RoutineItem",
    "Rule",
    "answer",
    "answer_topic",
    "answerer",
    "build_routine",
    "dose_for",
    "exercise_card",
    "find_exercise",
    "find_injury",
    "find_muscle",
    "injury_card",
    "is_recovery_week",
    "muscle_card",
    "suggest_exercises",
    "topic_ids",
    "topic_title",
    "topics",
]
