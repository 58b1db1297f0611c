"""Which of content/'s compiled patterns cost the most on long messages, and answer() on them.

Run: .venv/bin/python bench/regex_cost.py [--top 15] [--rounds 5]

A long message (3-6 sentences of background, then the ask) is what runners send when they tell
their story; a pattern that starts with an unanchored look-ahead (``(?=.*\\bX)``) rescans the rest
of the text from every position, so its cost grows with the square of the message's length. This
script builds 200 long messages from the question bank (four to seven bank questions joined, a fixed
seed), times every module-level pattern of content/ on them (normalised, as the rules see them) and
prints the costliest, then answer()'s CPU time per long message (median and p99 over ``--rounds``).
``--cold`` clears content/retrieval.py's per-text memos before each message, so a round repeats
no ranking, correction or embedding a message before it made (only the work within one message is
shared, as for a message never seen).
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import random
import re
import statistics
import sys
import time
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import content
from content.answers import answerer
from content.text import normalize
from tests import bank


def long_messages(n: int = 200) -> list[str]:
    questions = [it.question for it in bank.load(bank.BANK) if it.topics]
    rnd = random.Random(25)
    out = []
    for _ in range(n):
        parts = rnd.sample(questions, rnd.randint(4, 7))
        out.append(" ".join(p if p.endswith(("?", ".", "!")) else p + "." for p in parts))
    return out


def patterns() -> Iterator[tuple[str, re.Pattern[str]]]:
    """Every compiled pattern a content/ module holds at its top level, alone or in a table."""
    for info in pkgutil.iter_modules(content.__path__):
        mod = importlib.import_module(f"content.{info.name}")
        for name, value in vars(mod).items():
            stack: list[object] = [value]
            while stack:
                v = stack.pop()
                if isinstance(v, re.Pattern):
                    yield f"content/{info.name}.py {name}", v
                elif isinstance(v, (tuple, list)):
                    stack.extend(v)


def pct(xs: list[float], p: float) -> float:
    s = sorted(xs)
    return s[min(len(s) - 1, int(len(s) * p / 100))]


def clear_memos() -> None:
    """Empty content/retrieval.py's bounded memos (rankings, word corrections, embeddings)."""
    ans = answerer()
    for index in (ans.index, ans.scope):
        index._ranked.cache_clear()
        index._fixed.cache_clear()
    if ans.index.model is not None:
        ans.index.model._one.cache_clear()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--top", type=int, default=15)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--cold", action="store_true", help="clear the retrieval memos before each message")
    a = ap.parse_args()
    msgs = long_messages()
    plain = [normalize(m) for m in msgs]
    print(f"{len(msgs)} long messages, median {statistics.median(len(m) for m in msgs):.0f} characters")
    costs: list[tuple[float, str, str]] = []
    seen: set[int] = set()
    for where, pat in patterns():
        if id(pat) in seen:
            continue
        seen.add(id(pat))
        t = time.perf_counter()
        for m in plain:
            pat.search(m)
        costs.append(((time.perf_counter() - t) / len(plain) * 1e6, where, pat.pattern[:70]))
    costs.sort(reverse=True)
    total = sum(c for c, _, _ in costs)
    print(f"{len(costs)} patterns; all of them once on one long message: {total:.0f} µs")
    for c, where, text in costs[: a.top]:
        print(f"{c:9.1f} µs  {where}  {text}")
    for m in msgs:
        content.answer(m)  # warm: index built, memos filled
    rounds = []
    for _ in range(a.rounds):
        cpu = []
        for m in msgs:
            if a.cold:
                clear_memos()
            c = time.thread_time()
            content.answer(m)
            cpu.append((time.thread_time() - c) * 1000)
        rounds.append((statistics.median(cpu), pct(cpu, 99)))
    print(
        f"answer() CPU per long message{' (retrieval memos cleared before each)' if a.cold else ''}, "
        f"median of {a.rounds} rounds: "
        f"p50 {statistics.median(r[0] for r in rounds):.2f} ms, "
        f"p99 {statistics.median(r[1] for r in rounds):.2f} ms"
    )


if __name__ == "__main__":
    main()
