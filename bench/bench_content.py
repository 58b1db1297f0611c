"""Latency of content.answer() and content.build_routine().

Run: .venv/bin/python bench/bench_content.py
Prints plain figures: median and p99 answer latency over a few hundred varied questions (about a
third with typos), and the median routine build time over every setting.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import content

BASE_QUESTIONS = [
    "how do I do a calf raise",
    "what helps shin splints?",
    "how to do a bridge",
    "hamstring curls",
    "can I lift the day before a race",
    "how many reps",
    "I don't have an exercise ball",
    "how often should I strength train",
    "should I run or lift first",
    "what muscles does running use",
    "runner's knee",
    "how should I breathe",
    "should I lock my knees",
    "no hills where I live",
    "will lifting make me bulky",
    "what do the glutes do",
    "how do I strengthen my hamstrings",
    "one legged squat",
    "walking lunges with dumbbells",
    "wall squat knees over toes",
    "gym or home",
    "recovery week",
    "how long should a session take",
    "plyometrics for runners",
    "treadmill incline instead of hills",
    "my knees cave in when I run",
    "what is the capital of France",
    "asdfgh",
    "",
    "tell me a joke",
]


def typo(text: str, rng: random.Random) -> str:
    """Drop, swap or double one letter in one word."""
    words = text.split()
    if not words:
        return text
    i = rng.randrange(len(words))
    w = words[i]
    if len(w) > 3:
        j = rng.randrange(1, len(w) - 1)
        op = rng.choice(("drop", "swap", "double"))
        if op == "drop":
            w = w[:j] + w[j + 1 :]
        elif op == "swap":
            w = w[: j - 1] + w[j] + w[j - 1] + w[j + 1 :]
        else:
            w = w[:j] + w[j] + w[j:]
    words[i] = w
    return " ".join(words)


def questions(n: int = 300, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    out: list[str] = []
    while len(out) < n:
        q = rng.choice(BASE_QUESTIONS)
        r = rng.random()
        if r < 0.35:
            q = typo(q, rng)
        elif r < 0.45:
            q = q.upper()
        elif r < 0.5:
            q = q + " " + rng.choice(BASE_QUESTIONS)
        out.append(q)
    return out


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(p / 100 * (len(xs) - 1)))]


def main() -> None:
    qs = questions()
    content.answer("warm up")  # import-time work is already done; this just touches the code paths
    times: list[float] = []
    found = 0
    for _ in range(3):
        for q in qs:
            t0 = time.perf_counter()
            a = content.answer(q)
            times.append(time.perf_counter() - t0)
            found += a.found
    ms = [t * 1000 for t in times]
    print(f"answer: {len(ms)} calls over {len(qs)} questions ({found / len(ms):.0%} found)")
    print(f"answer median: {statistics.median(ms):.3f} ms")
    print(f"answer p99: {pct(ms, 99):.3f} ms")
    print(f"answer max: {max(ms):.3f} ms")

    rt: list[float] = []
    for setting in content.SETTINGS:
        for seed in range(60):
            for week in (0, 3, 5, 9):
                t0 = time.perf_counter()
                content.build_routine(setting, seed, week)
                rt.append((time.perf_counter() - t0) * 1000)
    print(f"build_routine: {len(rt)} calls")
    print(f"build_routine median: {statistics.median(rt):.3f} ms")
    print(f"build_routine p99: {pct(rt, 99):.3f} ms")

    t0 = time.perf_counter()
    for name in ("calf", "ham", "brdge", "lunge", "squat"):
        content.suggest_exercises(name)
        content.find_exercise(name)
    print(f"suggest+find (5 names): {(time.perf_counter() - t0) * 1000:.3f} ms")


if __name__ == "__main__":
    main()
