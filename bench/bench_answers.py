"""The answerer on the question bank: score (tuning and held-out parts), latency, start-up and memory.

Run: .venv/bin/python bench/bench_answers.py [--runs 3] [--baseline /work/main]
         [--blind SET.tsv] [--grades GRADES.tsv]

Issue 25 adds: the blind keyword score on a blind set (id, kind, question, prev, expect: a reply
counts when it holds 40% of the expected answer's content words; follow-ups asked after ``prev``),
the judged score from a grader's file (id, grade 0/1/2: the sum over 2 x rows), the reply lengths
(median, max), content.answer() latency (the whole reply: safety, asks, follow-ups) and how many
acute-injury questions were answered without the rest/professional line.

Prints, for the full answerer (BM25 + embeddings, fused) and for each part alone:
- the bank score, whole / tuning part / held-out part / the two blind parts, and how many
  single-topic questions got a second topic;
- content.answer() latency on first sight (each blind question new to the process, after the bank:
  no per-text cache holds it) and over three passes (cached), and answer() over the bank;
- start-up and memory, each measured in a fresh interpreter (median of --runs): the time from
  `import content` to the first answer returned, and the RSS that adds, both on a bare interpreter
  and on one that has already imported the bot's runtime libraries (what the bot really pays).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import content  # noqa: E402
from bench import blindset  # noqa: E402
from content.answers import Answerer  # noqa: E402
from tests import bank  # noqa: E402

BOT_LIBS = "import telegram, telegram.ext, discord, httpx, aiohttp, apscheduler, aiosqlite, orjson, rapidfuzz"

_PROBE = """
import json, sys, time
def rss():
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS"):
                return int(line.split()[1]) / 1024
{libs}
before = rss()
t0, c0 = time.perf_counter(), time.process_time()
import content
t1 = time.perf_counter()
content.answer("how often should I do leg strength work?")
t2, c2 = time.perf_counter(), time.process_time()
out = {{"import_ms": 1000 * (t1 - t0), "first_ms": 1000 * (t2 - t1), "cpu_ms": 1000 * (c2 - c0)}}
print(json.dumps({{**out, "mb": rss() - before}}))
"""


def pct(xs: list[float], p: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, round(p / 100 * (len(xs) - 1)))]


def probe(libs: str, runs: int, cwd: Path = ROOT) -> dict[str, float]:
    results = []
    for _ in range(runs):
        out = subprocess.run(
            [sys.executable, "-c", _PROBE.format(libs=libs)],
            cwd=cwd,
            capture_output=True,
            text=True,
            check=True,
        )
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    return {k: statistics.median(r[k] for r in results) for k in results[0]}


def evaluate(name: str, a: Answerer, items: list[bank.Item]) -> None:
    tune = [i for i in items if not i.held_out]
    held = [i for i in items if i.held_out]
    whole, t, h = (bank.score(part, a.answer) for part in (items, tune, held))
    blind = bank.score(bank.load(bank.BLIND), a.answer)
    blind2 = bank.score(bank.load(bank.BLIND2), a.answer)
    single = [i for i in items if len(i.topics) == 1]
    extra = sum(1 for i in single if len(a.answer(i.question).topics) > 1)
    print(
        f"{name:12s} bank {whole.hits}/{whole.total} = {whole.ratio:.1%}   tuning {t.ratio:.1%}   "
        f"held-out {h.hits}/{h.total} = {h.ratio:.1%}   "
        f"blind {blind.hits}/{blind.total} = {blind.ratio:.1%}   "
        f"blind 2 {blind2.hits}/{blind2.total} = {blind2.ratio:.1%}   "
        f"one-topic questions given two: {extra}/{len(single)}"
    )


def typo_robustness(a: Answerer, items: list[bank.Item]) -> None:
    """Single-topic tuning questions with one letter dropped, swapped or doubled (bench_content's
    typo(), seed 0): how many are answered right both with and without the typo."""
    sys.path.insert(0, str(ROOT / "bench"))
    from bench_content import typo

    rng = random.Random(0)
    pool = [i for i in items if not i.held_out and i.kind not in ("off", "typo") and len(i.topics) == 1]
    both = tried = 0
    for item in pool:
        q = typo(item.question, rng)
        if q != item.question:
            tried += 1
            both += bank.hit(item, a.answer(q)) and bank.hit(item, a.answer(item.question))
    print(f"typos: {tried} single-topic tuning questions given one typo; {both} right with and without it")


def replies(items: list[bank.Item], blind: Path | None, grades: Path | None) -> None:
    """Issue 25's figures: the whole reply (content.answer), as a runner gets it."""
    score = bank.score(items, content.answer)
    print(
        f"bank score, content.answer (whole replies): {score.hits}/{score.total} = {100 * score.ratio:.1f}%"
    )
    texts = [content.answer(i.question).text for i in items if i.topics]
    rows = blindset.load(blind) if blind else []
    if rows:
        out = {r.id: blindset.reply(r) for r in rows}
        keyed = [r for r in rows if r.expect]
        hits = sum(blindset.keyword_hit(r.expect, out[r.id]) for r in keyed)
        print(
            f"blind keyword score ({blind.name}): {hits}/{len(keyed)} = "
            f"{100 * hits / max(1, len(keyed)):.1f}%"
        )
        acute = [r for r in rows if r.kind in blindset.ACUTE_KINDS]
        unsafe = [r.id for r in acute if not blindset.safe(out[r.id])]
        print(
            f"acute-injury replies without the rest/professional line: {len(unsafe)} of {len(acute)} {unsafe}"
        )
        texts += [out[r.id] for r in rows if r.kind != "offtopic"]
    else:
        print("blind keyword score: no --blind set given")
    if grades:
        with grades.open(encoding="utf-8") as f:
            marks = [ln.rstrip("\n").split("\t") for ln in f if ln.strip()]
        got = [int(m[1]) for m in marks if len(m) >= 2 and m[1].strip() in ("0", "1", "2")]
        print(
            f"judged score ({grades.name}): {sum(got)}/{2 * len(got)} = "
            f"{100 * sum(got) / max(1, 2 * len(got)):.1f}% "
            f"({got.count(2)} good, {got.count(1)} partial, {got.count(0)} wrong)"
        )
    else:
        print("judged score: no --grades file given (a grader's TSV: id, grade 0/1/2)")
    lengths = sorted(len(t) for t in texts)
    print(
        f"reply length over {len(lengths)} on-topic replies: median {statistics.median(lengths):.0f}, "
        f"max {lengths[-1]}"
    )
    questions = [i.question for i in items] + [r.question for r in rows]
    times, cpu = timed(questions * 3)
    label = f"over {len(times)} calls, each question asked before (content's per-text caches warm)"
    latency(label, times, cpu)


def timed(questions: list[str]) -> tuple[list[float], list[float]]:
    """content.answer() on each question in turn: wall and this thread's CPU milliseconds per call."""
    times: list[float] = []
    cpu: list[float] = []
    for q in questions:
        s, c = time.perf_counter(), time.thread_time()
        content.answer(q)
        cpu.append((time.thread_time() - c) * 1000)
        times.append((time.perf_counter() - s) * 1000)
    return times, cpu


def latency(label: str, times: list[float], cpu: list[float]) -> None:
    print(
        f"content.answer() {label}: p50 {statistics.median(times):.3f} ms, "
        f"p99 {pct(times, 99):.3f} ms, max {max(times):.3f} ms; this thread's CPU time per call: "
        f"p50 {statistics.median(cpu):.3f} ms, p99 {pct(cpu, 99):.3f} ms"
    )


def first_sight(warm: list[str], fresh: list[str]) -> None:
    """Latency of each ``fresh`` question the first time this process sees it, after the ``warm``
    ones (the bank) were answered: the figure a runner's new message meets in a bot that has been
    answering for a while. Run before anything else asks them, so no per-text cache holds them."""
    for q in warm:
        content.answer(q)  # the index built, and the patterns the bank reaches compiled
    fresh = [q for q in dict.fromkeys(fresh) if q not in set(warm)]
    if not fresh:
        return
    times, cpu = timed(fresh)
    latency(f"on first sight, {len(times)} blind questions after the bank", times, cpu)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--baseline",
        type=Path,
        help="another checkout (e.g. /work/main) whose start-up to probe in the same run, for a ratio",
    )
    parser.add_argument("--blind", type=Path, help="a blind set (id, kind, question, prev, expect)")
    parser.add_argument("--grades", type=Path, help="a grader's TSV (id, grade 0/1/2) for the judged score")
    args = parser.parse_args()
    items = bank.load()
    blind_questions = [r.question for r in blindset.load(args.blind)] if args.blind else []
    first_sight([i.question for i in items], blind_questions)
    replies(items, args.blind, args.grades)

    t0 = time.perf_counter()
    full = Answerer()
    build = time.perf_counter() - t0
    print(f"bank: {len(items)} questions, {sum(i.held_out for i in items)} held out")
    evaluate("fused", full, items)
    evaluate("bm25 only", Answerer(semantic=False), items)
    evaluate("embeddings", Answerer(lexical=False), items)
    typo_robustness(full, items)

    times: list[float] = []
    cpu: list[float] = []
    for _ in range(3):
        for item in items:
            s, c = time.perf_counter(), time.thread_time()
            full.answer(item.question)
            cpu.append((time.thread_time() - c) * 1000)
            times.append((time.perf_counter() - s) * 1000)
    print(
        f"answer() over {len(times)} calls: median {statistics.median(times):.3f} ms, "
        f"p99 {pct(times, 99):.3f} ms, max {max(times):.3f} ms; this thread's CPU time per call "
        f"(not moved by other processes' load): median {statistics.median(cpu):.3f} ms, "
        f"p99 {pct(cpu, 99):.3f} ms"
    )
    print(f"Answerer() build in this process (libraries already imported): {build * 1000:.0f} ms")

    checkouts = [("this checkout", ROOT)] + (
        [("baseline " + str(args.baseline), args.baseline)] if args.baseline else []
    )
    for label, libs in (("bare interpreter", ""), ("after the bot's libraries", BOT_LIBS)):
        for name, cwd in checkouts:
            p = probe(libs, args.runs, cwd)
            print(
                f"start-up, {label}, {name} (median of {args.runs}): import content {p['import_ms']:.0f} ms"
                f" + first answer {p['first_ms']:.0f} ms = {p['import_ms'] + p['first_ms']:.0f} ms "
                f"(CPU {p['cpu_ms']:.0f} ms); memory added {p['mb']:.1f} MB"
            )


if __name__ == "__main__":
    main()
