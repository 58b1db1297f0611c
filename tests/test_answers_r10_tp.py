"""Round 10, tp (performance): the retrieval memos are bounded and change no result.

content/retrieval.py memoises its pure per-text work (a text's ranking, a word's correction, a text's
embedding) in bounded LRUs, reads BM25 scores from a dense table (its figures bm25s's, checked here), and
embeds one text without the batch path's extra array calls. Each must give bit-identical results to
the plain computation, and no memo may grow past its bound.
"""

from __future__ import annotations

import numpy as np

from content.answers import answerer
from content.retrieval import BM25_B, BM25_K1, EMBED_MEMO, RANK_MEMO, WORD_MEMO, bm25_table

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


def _corpora() -> list[tuple[object, list[list[str]]]]:
    """Each of the answerer's indexes with the term lists it was built from."""
    from content.answers import OFF_SCOPE, TOPICS, _doc
    from content.text import normalize

    a = answerer()
    topics = [a.index._terms(normalize(_doc(t).text).split()) for t in TOPICS]
    scope = [a.scope._terms(normalize(" ".join(group)).split()) for group in OFF_SCOPE]
    return [(a.index, topics), (a.scope, scope)]


def _bm25s_rows(corpus: list[list[str]]) -> dict[str, bytes]:
    """Each term's row as bm25s (Lucene's BM25, its defaults) scores it: get_scores_from_ids([t])."""
    import bm25s

    ref = bm25s.BM25(k1=BM25_K1, b=BM25_B)
    ref.index(corpus, show_progress=False)
    assert ref.method == "lucene" and ref.idf_method == "lucene" and ref.nonoccurrence_array is None
    return {t: ref.get_scores_from_ids([i]).tobytes() for t, i in ref.vocab_dict.items() if t}


def test_dense_bm25_rows_are_bm25s_scores() -> None:
    """The index's table is bm25s's figures to the bit, for every term of both indexes."""
    for ix, corpus in _corpora():
        want = _bm25s_rows(corpus)
        assert set(ix._vocab) == set(want)
        for term, row in ix._vocab.items():
            assert ix._term_rows[row].tobytes() == want[term], term
        assert not ix._term_rows.flags.writeable


def test_bm25_table_is_bm25s_on_odd_corpora() -> None:
    """Repeats, an empty document, one document, a term in every document: still bm25s's figures."""
    corpora = [
        [["calf", "calf", "calf", "rais"], [], ["squat", "calf"], ["squat"] * 9 + ["lung"]],
        [["hill", "sprint", "hill"]],
        [["a", "b"], ["a", "c"], ["a"]],
    ]
    for corpus in corpora:
        vocab, rows = bm25_table(corpus, BM25_K1, BM25_B)
        want = _bm25s_rows(corpus)
        assert set(vocab) == set(want)
        for term, row in vocab.items():
            assert rows[row].tobytes() == want[term], (corpus, term)
        assert rows.dtype == np.float32 and rows.shape == (len(vocab), len(corpus))


def test_bm25_table_breaks_when_the_formula_does() -> None:
    """The check above can fail: BM25 with another k1 is not bm25s's default table."""
    corpus = [["calf", "calf", "rais"], ["squat", "calf"]]
    vocab, rows = bm25_table(corpus, 1.2, BM25_B)
    want = _bm25s_rows(corpus)
    assert any(rows[row].tobytes() != want[t] for t, row in vocab.items())


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
