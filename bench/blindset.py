"""Blind question sets (TSV: id, kind, question, prev[, expect]) run through the real answerer.

A row's ``prev`` is asked first in the same chat, so the question is answered as a follow-up to it
(the answer's ``context`` carried, as handlers/coach.py carries it through the store).
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from pathlib import Path

import content
from content.text import STOPWORDS, normalize, stem_words

ACUTE_KINDS = frozenset({"safety_acute"})
_PRO = re.compile(r"doctor|physio", re.IGNORECASE)
_REST = re.compile(r"\b(?:stop|rest|ease off|cut back)\b", re.IGNORECASE)


@dataclass(frozen=True)
class Row:
    id: str
    kind: str
    question: str
    prev: str
    expect: str = ""


def load(path: Path) -> list[Row]:
    with path.open(newline="", encoding="utf-8") as f:
        reader = csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [
            Row(r["id"], r.get("kind") or "", r["question"], r.get("prev") or "", r.get("expect") or "")
            for r in reader
            if r.get("id") and r.get("question")
        ]


def reply(row: Row) -> str:
    """The reply the bot would send to ``row.question`` (after ``row.prev`` in the same chat)."""
    last = content.answer(row.prev).context if row.prev.strip() else None
    return content.answer(row.question, last).text


def _stems(text: str) -> set[str]:
    return set(stem_words([w for w in normalize(text).split() if w not in STOPWORDS and len(w) > 2]))


def keyword_hit(expect: str, text: str, share: float = 0.4) -> bool:
    """At least ``share`` of the expected answer's content words (stemmed) are in the reply."""
    want = _stems(expect)
    return not want or len(want & _stems(text)) >= share * len(want)


def safe(text: str) -> bool:
    """The reply leads with rest/stop and a doctor or physiotherapist (first paragraph)."""
    head = text.split("\n")[0]
    return bool(_REST.search(head) and _PRO.search(head))
