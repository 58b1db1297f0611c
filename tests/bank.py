"""The question bank (tests/data/question_bank*.tsv): loading, the held-out split, and scoring.

A question is held out when the CRC-32 of its text is divisible by 4 (about a quarter of the bank):
the split follows from the text, so nobody picks which questions are easy to hold out. Tuning looks
at the other part only; docs/answers.md reports both scores.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from content.model import Answer

BANK = Path(__file__).resolve().parent / "data" / "question_bank.tsv"
# Written after tuning ended and never tuned on (its `held_out` flag means nothing: all of it is).
BLIND = BANK.with_name("question_bank_blind.tsv")
# A third part, written on branch answers2 before any change of its own, from the topic list only;
# never tuned on either (the first blind part's misses were read on that branch).
BLIND2 = BANK.with_name("question_bank_blind2.tsv")


@dataclass(frozen=True)
class Item:
    question: str
    topics: tuple[str, ...]  # () = off-topic
    kind: str

    @property
    def held_out(self) -> bool:
        return zlib.crc32(self.question.encode()) % 4 == 0


def load(path: Path = BANK) -> list[Item]:
    items: list[Item] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        topics, kind, question = line.split("\t")
        items.append(Item(question, () if topics == "-" else tuple(topics.split(",")), kind))
    return items


def hit(item: Item, a: Answer) -> bool:
    """Off-topic questions must get the off-topic reply; the others an answer covering every topic."""
    if not item.topics:
        return a.off_topic
    return a.found and set(item.topics) <= set(a.topics)


@dataclass(frozen=True)
class Score:
    hits: int
    total: int
    misses: tuple[tuple[Item, Answer], ...]

    @property
    def ratio(self) -> float:
        return self.hits / self.total if self.total else 0.0


def score(items: list[Item], ask: Callable[[str], Answer]) -> Score:
    misses = []
    for item in items:
        a = ask(item.question)
        if not hit(item, a):
            misses.append((item, a))
    return Score(len(items) - len(misses), len(items), tuple(misses))


def describe(miss: tuple[Item, Answer]) -> str:
    item, a = miss
    got = ",".join(a.topics) or ("off-topic" if a.off_topic else "unsure: " + ",".join(a.choices))
    want = ",".join(item.topics) or "off-topic"
    return f"[{item.kind}] {item.question!r}: want {want}; got {got}"
