"""content/bpe.py against the ``tokenizers`` library on the same tokenizer file: id for id."""

from __future__ import annotations

import importlib.util
import json
import random
from functools import cache
from pathlib import Path

import pytest
from tokenizers import Tokenizer

from content.answers import _doc
from content.bpe import LlamaBPE
from content.questions import OFF_SCOPE
from content.topics import TOPICS

ROOT = Path(__file__).resolve().parent.parent
# Content only, no clock (tests/test_dateless.py checks): the any-date run under faketime leaves it out.
pytestmark = pytest.mark.dateless
SPEC = importlib.util.find_spec("wordllama")
assert SPEC is not None and SPEC.origin is not None
FILE = Path(SPEC.origin).parent / "tokenizers" / "l2_supercat_tokenizer_config.json"


@cache
def both() -> tuple[LlamaBPE, Tokenizer]:
    return LlamaBPE(FILE), Tokenizer.from_file(str(FILE))


def _phrasings() -> list[str]:
    """Every text the answerer embeds at build: the topics' phrasings and the off-scope groups'."""
    return [p for t in TOPICS for p in _doc(t).phrases] + [p for g in OFF_SCOPE for p in g]


def _questions() -> list[str]:
    out: list[str] = []
    for name in ("question_bank.tsv", "question_bank_blind.tsv", "question_bank_blind2.tsv"):
        for line in (ROOT / "tests" / "data" / name).read_text(encoding="utf-8").splitlines()[1:]:
            out.append(line.split("\t")[0])
    return out


ODD = [
    "",
    " ",
    "  two  spaces ",
    "héllo wörld – 90° × ✓ 😀 日本語",
    "Calf raise: 2–3 sets × 12–15 reps.",
    "tab\tand\nnewline",
    "don't",
    "▁▁x",
    "x▁",
    "<0x41>",
    "\u0000\u200b\ufeff",
]


@pytest.mark.parametrize("text", ODD)
def test_odd_text_gives_the_same_ids(text: str) -> None:
    ours, theirs = both()
    assert ours.encode(text) == theirs.encode(text, add_special_tokens=False).ids


def test_every_bank_question_and_every_phrasing_gives_the_same_ids() -> None:
    ours, theirs = both()
    texts = _questions() + _phrasings()
    assert len(texts) > 1500
    for text in texts:
        assert ours.encode(text) == theirs.encode(text, add_special_tokens=False).ids, text


def test_random_text_gives_the_same_ids() -> None:
    ours, theirs = both()
    rnd = random.Random(25)
    alphabet = "abcdefghijklmnopqrstuvwxyz      ABCXYZéüßñ–—°×😀'\".,!?0123456789▁<>"
    for _ in range(3000):
        text = "".join(rnd.choice(alphabet) for _ in range(rnd.randint(0, 80)))
        assert ours.encode(text) == theirs.encode(text, add_special_tokens=False).ids, repr(text)


def test_is_token_agrees_with_the_vocabulary_for_every_whole_word_and_for_non_words() -> None:
    ours, theirs = both()
    vocab = json.loads(FILE.read_text(encoding="utf-8"))["model"]["vocab"]
    words = [t[1:] for t in vocab if t.startswith("\u2581") and len(t) > 1 and t[1:].isalnum()]
    assert len(words) > 15_000
    assert all(ours.is_token(w) for w in words)
    for w in ("hamstrng", "kenes", "stak", "qzxv", "brigde", "calfraise"):
        assert ours.is_token(w) == (theirs.token_to_id("\u2581" + w) is not None)


def test_no_phrasing_holds_a_special_token_the_encoder_does_not_look_for() -> None:
    for text in _phrasings():
        assert not any(s in text for s in ("<s>", "</s>", "<unk>")), text
