"""Round 10, tp (performance): the retrieval memos are bounded and change no result.

content/retrieval.py memoises its pure per-text work (a text's ranking, a word's correction, a text's
embedding) in bounded LRUs, reads BM25 scores from a dense table instead of bm25s per term, and
embeds one text without the batch path's extra array calls. Each must give bit-identical results to
the plain computation, and no memo may grow past its bound.
"""

from __future__ import annotations

import numpy as np

from content.answers import answerer
from content.retrieval import EMBED_MEMO, RANK_MEMO, WORD_MEMO

TEXTS = [
    "",
    "squats",
    "my hamstrng is tight after long runs, what should i do?",
    "I've just come back from 6 weeks off with runner's knee and my physio says my quads are weak",
    "café crème ☕ and a kenes niggle",
    "pres ups or wall sits, which one for a beginner",
]


def test_embed_one_is_embed_bit_for_bit() -> None:
    model = answerer().index.model
    assert model is not None
    for t in TEXTS:
        one = model.embed_one(t)
        assert one.dtype == np.float32 and not one.flags.writeable
        assert one.tobytes() == model.embed(t, norm=True)[0].tobytes(), t


def test_dense_bm25_rows_are_bm25s_scores() -> None:
    a = answerer()
    for ix in (a.index, a.scope):
        bm25 = ix._bm25
        for term, tid in bm25.vocab_dict.items():
            if not term:
                continue
            want = bm25.get_scores_from_ids([tid])
            assert ix._term_rows[tid].tobytes() == want.tobytes(), term


def test_rank_memo_is_bounded_read_only_and_exact() -> None:
    ix = answerer().index
    for t in TEXTS:
        r = ix.rank(t)
        fresh = ix._rank(t)
        for got, want in zip(
            (r.term_scores, r.lexical, r.semantic, r.fused),
            (fresh.term_scores, fresh.lexical, fresh.semantic, fresh.fused),
            strict=True,
        ):
            assert not got.flags.writeable
            assert got.dtype == want.dtype and got.tobytes() == want.tobytes(), t
        assert (r.words, r.stems, r.terms) == (fresh.words, fresh.stems, fresh.terms)
        assert ix.rank(t) is r  # the memo's
    for k in range(RANK_MEMO + 10):
        ix.rank(f"calf raises number {k}")
        ix.correct([f"hamstrng{k}"])
    assert ix._ranked.cache_info().currsize <= RANK_MEMO
    assert ix._fixed.cache_info().maxsize == WORD_MEMO
    assert ix._fixed.cache_info().currsize <= WORD_MEMO
    model = ix.model
    assert model is not None
    assert model._one.cache_info().currsize <= EMBED_MEMO


def test_correct_memo_gives_the_same_words() -> None:
    ix = answerer().index
    words = "my hamstrng and kenes feel tightening after pres ups paying off".split()
    first = ix.correct(words)
    ix._fixed.cache_clear()
    assert ix.correct(words) == first
    assert first[7] == "press"  # a letter typed once
