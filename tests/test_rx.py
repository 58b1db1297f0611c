"""content/rx.py: a gated pattern answers exactly as the compiled pattern it stands for."""

from __future__ import annotations

import importlib
import pkgutil
import random
import re
from pathlib import Path
from typing import cast

import pytest

import content
from bench import blindset
from content import rx, rx_table
from content.rx import Gated, gate_of, need_of
from content.text import normalize
from tests import bank

ROOT = Path(__file__).resolve().parents[1]
# Pure pattern checks, no clock: the any-date run under faketime leaves them out.
pytestmark = pytest.mark.dateless


def test_the_folding_characters_are_current() -> None:
    assert rx.folds_into_ascii() == rx._FOLDS


@pytest.mark.parametrize(
    ("pattern", "need"),
    [
        (r"\b(?:lunges?|squats?)\b", {"lunge", "squat"}),
        (r"\bhamstring curl\w*", {"hamstring curl"}),
        (r"\b(?:how|what) (?:many|much) reps\b", {" reps"}),
        (r"^(?=.*\bknee)(?=.*\bpain)", {"knee"}),
        (r"(?:calf )?raises?", {"raise"}),
        (r"\b(?:go|run)\b", None),  # too short to tell anything
        (r"\b(?:lunges?|\d+ ?k)\b", None),  # one branch has no literal
        (r"(?!squat)\w+", None),  # a negative look-ahead needs nothing
        (r"(?:wall )*sits?", {"sit"}),  # a group that may be absent needs nothing
        (r"caf\u00e9 walls?", {" wall"}),  # a non-ASCII literal is never required
    ],
)
def test_what_a_pattern_needs(pattern: str, need: set[str] | None) -> None:
    assert need_of(pattern) == (frozenset(need) if need is not None else None)


@pytest.mark.parametrize(
    ("pattern", "gate"),
    [
        (r"\bhm\b", [{("w", "hm")}]),  # a short whole word
        (r"\b(?:wks|weeks)\b", [{("w", "wks"), ("w", "weeks")}]),  # the parser's shared "w" read back
        (r"\b(?:dbs?|dumbells?)\b", [{("p", "db"), ("s", "dumbell")}]),  # a word's start
        (r"\b2 (?=do)", [{("w", "2")}]),
        (r"\b(\d+)\s*x\b", [{("d", "")}]),
        (r"(?:^|\s)/[a-z]", [{("s", "/")}]),  # a rare character alone
        (r"\bknee\b.*\bpain", [{("w", "knee")}, {("s", "pain")}]),  # every required set
        (r"(?:go|ru)\b", []),  # a short word's end tells nothing
        (r"(?a)\bhm\b", []),  # ASCII word boundaries are not the text's words
        (r"\b(?:hm|\d+ ?k)\b", [{("w", "hm"), ("d", "")}]),
    ],
)
def test_what_a_gate_asks(pattern: str, gate: list[set[tuple[str, str]]]) -> None:
    assert sorted(map(sorted, gate_of(pattern))) == sorted(map(sorted, gate))


def test_a_character_that_folds_into_ascii_still_reaches_the_pattern() -> None:
    kelvin, long_s = "\u212a", "\u017f"
    for pattern, text in (
        (r"\bkettlebells?\b", f"a {kelvin}ettlebell"),
        (r"squats?", f"{long_s}quat"),
        (r"\bsl\b", f"a {long_s}l"),  # a whole word, folded
        (r"\bsq", f"{long_s}quat"),  # a word's start, folded
    ):
        gated, plain = rx.compile(pattern, re.IGNORECASE), re.compile(pattern, re.IGNORECASE)
        cast(Gated, gated)._arm()
        assert isinstance(gated, Gated) and gate_of(pattern, re.IGNORECASE)
        assert plain.search(text) is not None
        assert gated.search(text) is not None and gated.sub("X", text) == plain.sub("X", text)


def _content_patterns() -> list[tuple[str, Gated]]:
    """Every gated pattern content/ keeps at module level, alone or in a tuple, list or dict."""
    found: dict[int, tuple[str, Gated]] = {}

    def visit(name: str, value: object, depth: int) -> None:
        if isinstance(value, Gated):
            found.setdefault(id(value), (name, value))
        elif depth < 3 and isinstance(value, (tuple, list)):
            for v in value:
                visit(name, v, depth + 1)
        elif depth < 3 and isinstance(value, dict):
            for v in value.values():
                visit(name, v, depth + 1)

    for info in pkgutil.iter_modules(content.__path__):
        module = importlib.import_module(f"content.{info.name}")
        for name, value in vars(module).items():
            visit(f"{info.name}.{name}", value, 0)
    return list(found.values())


PATTERNS = _content_patterns()


def _texts() -> list[str]:
    questions = [it.question for it in bank.load(bank.BANK)]
    rnd = random.Random(11)
    picked = rnd.sample(questions, 250)
    joined = [" ".join(rnd.sample(questions, 4)) for _ in range(40)]
    # The blind sets' long messages, with their digits, dashes, curly quotes and other scripts.
    blind = sorted(
        {
            r.question
            for f in sorted((ROOT / "bench" / "blind").glob("round*/*.tsv"))
            if "-replies" not in f.name and "-grades" not in f.name
            for r in blindset.load(f)
        }
    )
    told = rnd.sample(blind, min(150, len(blind)))
    odd = [
        "hm, 2 do or not 2 do? wks of dbs w/ my bro: 3x10 = 30 + lsd",
        "HM PB in 2 WKS, BW or DBs?? ngl idk",
        "u r the best. n so ur plan: 5-10% grade, 10x400m, 40+ km a wk",
        "Ärger mit dem Knie, 3–4× pro Woche; café naïve résumé İstanbul ǅ",
    ]
    return picked + [normalize(q) for q in picked] + joined + [q.upper() for q in picked[:30]] + told + odd


def test_content_patterns_are_gated() -> None:
    assert sum(bool(g.needs()) for _, g in PATTERNS) >= 500


def test_every_gated_content_pattern_finds_what_its_pattern_finds() -> None:
    texts = _texts()
    checked = 0
    for name, gated in PATTERNS:
        plain = gated._re
        gated._arm()
        for text in texts:
            want = plain.search(text)
            got = gated.search(text)
            assert (got and got.span()) == (want and want.span()), (name, plain.pattern, text)
            if want is not None:
                checked += 1
                assert gated.sub("\x00", text) == plain.sub("\x00", text), (name, text)
                assert gated.findall(text) == plain.findall(text), (name, text)
                assert gated.split(text) == plain.split(text), (name, text)
    assert checked > 1000  # the texts do reach the patterns


def test_content_compiles_its_patterns_through_rx() -> None:
    """A pattern compiled with plain re.compile in content/ would run ungated on every message."""
    offenders = [
        f"{p.name}:{n}"
        for p in sorted((ROOT / "content").glob("*.py"))
        if p.name != "rx.py"
        for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
        if "re.compile(" in line and "rx.compile(" not in line
    ]
    assert offenders == []


def test_the_gate_table_agrees_with_every_pattern_it_holds() -> None:
    """content/rx_table.py (scripts/rx_table.py) holds for a pattern only the gate reading it gives;
    a pattern changed since misses the table (its digest differs) and is read on first use."""
    held = 0
    for name, gated in PATTERNS:
        entry = rx_table.GATES.get(rx.table_key(gated._pattern, gated._flags))
        if entry is not None:
            held += 1
            assert entry == rx.table_gate(gated._pattern, gated._flags), name
    # Mostly current: write it again with `.venv/bin/python scripts/rx_table.py` after editing patterns.
    assert held >= 0.8 * len(PATTERNS), (held, len(PATTERNS))


def test_a_pattern_is_compiled_on_first_use_only() -> None:
    gated = rx.compile(r"\bhill repeats?\b")
    assert isinstance(gated, Gated)
    assert gated.search("a calf raise") is None
    with pytest.raises(AttributeError):
        object.__getattribute__(gated, "_re")  # the gate said no: nothing compiled
    assert gated.search("two hill repeats") is not None
    assert isinstance(object.__getattribute__(gated, "_re"), re.Pattern)
    assert gated.pattern == r"\bhill repeats?\b" and gated.groups == 0


def test_the_text_memo_is_bounded_and_changes_no_answer() -> None:
    """What a text holds is kept for the last rx._MEMO texts, then forgotten: a text checked again
    after its facts were dropped gets the same gate answers as before."""
    gated = rx.compile(r"\b(?:hill|stair) repeats?\b")
    first = [gated.search(t) is not None for t in ("two hill repeats", "a calf raise")]
    for i in range(3 * rx._MEMO):
        gated.search(f"filler text number {i}")
        assert len(rx._TEXTS) <= rx._MEMO
    again = [gated.search(t) is not None for t in ("two hill repeats", "a calf raise")]
    assert again == first == [True, False]


def test_inline_patterns_are_compiled_once() -> None:
    """rx.search and friends (content's inline and per-item patterns) keep each compiled pattern."""
    pattern = r"\bcalf raises? number \d+\b"
    assert rx.search(pattern, "calf raise number 3") is not None
    compiled = rx._COMPILED[(pattern, 0)]
    assert rx.sub(pattern, "x", "a calf raise number 4 here") == "a x here"
    assert rx._COMPILED[(pattern, 0)] is compiled
    assert rx.findall(r"\d", "a1b2", re.IGNORECASE) == ["1", "2"]
    assert rx.split(r",\s*", "a, b,c") == ["a", "b", "c"]
