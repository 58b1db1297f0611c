"""Ranking short documents for a question: BM25 (Snowball stems) fused with static embeddings.

Words are scored by Lucene's BM25, figure for figure as **bm25s** scores them (bm25_table below;
tests/test_answers_r10_tp.py checks every figure against bm25s's own index), stemmed by PyStemmer's
Snowball English stemmer; **wordllama**'s static model embeds the question and each document's phrasings for
paraphrase (its tokenizer and weights ship inside its wheel and are read from there with content/bpe.py
and safetensors, see StaticEmbedder: never downloaded). The two rankings are merged by reciprocal
rank fusion. Unknown words are first snapped to the documents' own vocabulary with rapidfuzz, so
"hamstrng" still finds "hamstring".

Nothing here knows about topics or runners: a document is a bag of text plus a few phrasings.
"""

from __future__ import annotations

import importlib.util
import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from content.bpe import LlamaBPE
from content.text import STOPWORDS, normalize, stem_words

EMBED_DIM = 64  # wordllama is trained Matryoshka-style: its first 64 dimensions work on their own
RRF_K = 8.0  # small: with ~70 documents, rank 1 must count clearly more than rank 4
BM25_K1, BM25_B = 1.5, 0.75  # Lucene's BM25 with bm25s's defaults
SEMANTIC_WEIGHT = 1.0  # the embedding ranking's share in the fusion, relative to BM25's
SCORE_SHARE = 0.01  # each score, scaled to [0, 1], added to the fusion to break its ties
SEMANTIC_FLOOR = 0.8  # cosines scale from this quantile of the documents' (most are near-misses)
# Memos of pure per-text work, per index (or model), each bounded: one reply ranks its message, the
# message's pieces and sentences, and corrects the same words, several times over (a long message:
# ~4 ranks over two indexes, ~6 word corrections of each unknown word). They hold a few replies' worth.
RANK_MEMO = 32  # texts ranked
WORD_MEMO = 512  # words corrected
EMBED_MEMO = 64  # texts embedded (the two indexes embed the same corrected words)
# Words a question uses to ask for *something* ("anything in particular", "what are my options",
# "general tips", "any advice") rather than to say which thing: never evidence for a document. The
# documents lose them too, so both sides are counted alike (round 6c: "anything in particular I should
# be doing?" went to the one topic whose text says "particular").
ASKING_WORDS = frozenset(
    "particular options option general tips advice suggestions suggestion ideas stuff actually".split()
)


# Real words no document uses that are one letter off one that does ("tore my hamstring" is no "toe").
# (r18 tc) "my cat keeps waking me up": waking is no "walking" (an off-topic message made a lunge's)
_NOT_TYPOS = frozenset("tore torn tare ripped snapped twanged slacking slacker slacked waking".split())

# Endings that make another real word of a real word ("tight" -> "tightening", "weak" -> "weakness").
_DERIVED_ENDINGS = (
    "ening", "ened", "ens", "en", "iness", "ness", "ish", "ly", "ful", "less"
)  # fmt: skip


@dataclass(frozen=True)
class Doc:
    """One retrievable unit: ``text`` for BM25 (may repeat words to weight them), ``phrases`` to embed."""

    text: str
    phrases: tuple[str, ...]


@dataclass(frozen=True)
class Ranking:
    """What the index found for one question."""

    words: tuple[str, ...]  # the question's words after typo correction (stopwords kept)
    stems: tuple[str, ...]  # stemmed content words of the question, in order (stopwords dropped)
    terms: tuple[str, ...]  # the distinct stems that exist in the index
    term_scores: np.ndarray  # (len(terms), n_docs) BM25 contribution of each term to each doc
    lexical: np.ndarray  # (n_docs,) BM25 score
    semantic: np.ndarray  # (n_docs,) best cosine between the question and a doc phrase (0 if off)
    fused: np.ndarray  # (n_docs,) reciprocal rank fusion of the two


class StaticEmbedder:
    """wordllama's bundled ``l2_supercat`` model, read straight from the files its wheel ships.

    The model is a static table (one vector per token of its Llama-2 tokenizer): a text's embedding
    is the mean of its tokens' vectors, L2-normalised. That is all ``WordLlamaInference.embed(norm=
    True)`` computes, and tests/test_answers.py checks this class against it. Importing the
    ``wordllama`` package itself costs ~0.15 s (its pydantic config models and requests, used only to
    download other models), so the package is located with ``importlib.util.find_spec`` without
    being imported, and its two files are read here: the tokenizer by content/bpe.py (the same ids
    as the ``tokenizers`` library wordllama uses, in ~1 MB where that library's tables took ~16 MB;
    tests/test_bpe.py), the weights with ``safetensors``. Only the first ``dim``
    (Matryoshka) columns are read, kept at the float16 they ship in (4 MB at 64); pooling is float32.
    Nothing is downloaded: both files are inside the installed wheel.
    """

    CONFIG = "l2_supercat"
    STORED_DIM = 256

    def __init__(self, dim: int) -> None:
        from safetensors import safe_open

        spec = importlib.util.find_spec("wordllama")
        if spec is None or spec.origin is None:
            raise ModuleNotFoundError("wordllama (it ships the embedding model) is not installed")
        package = Path(spec.origin).parent
        self.tokenizer = LlamaBPE(package / "tokenizers" / f"{self.CONFIG}_tokenizer_config.json")
        weights = package / "weights" / f"{self.CONFIG}_{self.STORED_DIM}.safetensors"
        with safe_open(str(weights), framework="np", device="cpu") as f:
            self.embedding = np.ascontiguousarray(f.get_slice("embedding.weight")[:, :dim])
        self._one = lru_cache(maxsize=EMBED_MEMO)(self._embed_one)

    def embed_one(self, text: str) -> np.ndarray:
        """``embed(text, norm=True)[0]``, memoised (bounded) and read-only: it may be shared."""
        return self._one(text)

    def _embed_one(self, text: str) -> np.ndarray:
        """The same float32 operations as ``embed``'s for one text (the mean of the token rows, then
        the row's norm as np.linalg.norm(axis=1) takes it: add.reduce of the squares, sqrt), without
        the batch's extra array calls; tests/test_answers_r10_tp.py checks the two agree bit for bit."""
        ids = self.tokenizer.encode(text)
        vec = np.zeros(self.embedding.shape[1], dtype=np.float32)
        if ids:
            if max(ids) >= self.embedding.shape[0] or min(ids) < 0:
                ids = np.clip(np.asarray(ids, dtype=np.int32), 0, self.embedding.shape[0] - 1).tolist()
            vec[:] = self.embedding[ids].sum(axis=0, dtype=np.float32) / len(ids)
            length = np.sqrt(np.add.reduce(vec * vec))
            if length > 0:
                vec /= length
        vec.flags.writeable = False
        return vec

    def embed(self, texts: str | Sequence[str], norm: bool = True) -> np.ndarray:
        """(len(texts), dim) float32: the mean of each text's token vectors, unit length if ``norm``."""
        batch = [texts] if isinstance(texts, str) else list(texts)
        out = np.zeros((len(batch), self.embedding.shape[1]), dtype=np.float32)
        top = self.embedding.shape[0] - 1
        for row, text in enumerate(batch):
            ids = self.tokenizer.encode(text)
            if ids:
                picked = self.embedding[np.clip(np.asarray(ids, dtype=np.int32), 0, top)]
                out[row] = picked.sum(axis=0, dtype=np.float32) / len(ids)
        if norm:
            lengths = np.linalg.norm(out, axis=1, keepdims=True)
            out /= np.where(lengths > 0, lengths, 1.0)
        return out


def bm25_table(corpus: Sequence[Sequence[str]], k1: float, b: float) -> tuple[dict[str, int], np.ndarray]:
    """Lucene's BM25 for a corpus of term lists: each term's row number, and the (terms, documents)
    float32 table of each term's score in each document (0 where it is absent: Lucene's variant gives
    a missing term nothing, so a question's score is the sum of its terms' rows).

    The arithmetic is bm25s 0.3's (``method="lucene"``), step for step and in its dtypes: idf =
    ln(1 + (N - df + 0.5) / (df + 0.5)) stored as float32; tf / (tf + k1 * (1 - b + b * len / avg len))
    in float64; their product stored as float32. tests/test_answers_r10_tp.py builds bm25s's index on
    the same corpus and checks every figure to the bit. Why not bm25s at run time: the bot needs only
    this table (its ranking reads rows of it), and importing bm25s (with the tqdm, multiprocessing and
    json stacks it loads) costs ~7 MB of memory (import content and one answer: 67 MB with it, 60
    without), ~1-2 MB of it in the bot process, which loads some of those stacks anyway
    (bench/bench_process.py after the first question, three alternating runs: 93 with, 92 without;
    issue 25's limit is 95 and this figure has read 93-99 across sessions).
    """
    vocab: dict[str, int] = {}
    for doc in corpus:
        for term in doc:
            vocab.setdefault(term, len(vocab))
    n = len(corpus)
    rows = np.zeros((len(vocab), n), dtype=np.float32)
    if not n or not vocab:
        return vocab, rows
    avg_len = np.array([len(doc) for doc in corpus]).mean()  # a float64 scalar, as bm25s's
    df = Counter(term for doc in corpus for term in set(doc))
    idf = np.zeros(len(vocab), dtype=np.float32)
    for term, row in vocab.items():
        idf[row] = math.log(1 + (n - df[term] + 0.5) / (df[term] + 0.5))
    for col, doc in enumerate(corpus):
        counts = Counter(vocab[term] for term in doc)
        ids = np.array(list(counts), dtype=np.int32)
        tf = np.array(list(counts.values()), dtype=np.float32)
        rows[ids, col] = idf[ids] * (tf / (k1 * ((1 - b) + b * len(doc) / avg_len) + tf))
    rows.flags.writeable = False
    return vocab, rows


class Index:
    """BM25 over ``docs[i].text`` and embeddings of ``docs[i].phrases``; immutable once built."""

    def __init__(
        self,
        docs: Sequence[Doc],
        *,
        lexical: bool = True,
        semantic: bool = True,
        model: StaticEmbedder | None = None,
    ) -> None:
        """``model``: a wordllama model to share with another index (loaded here when None)."""
        self._n = len(docs)
        self._use_lexical = lexical
        self._use_semantic = semantic
        corpus = [self._terms(normalize(d.text).split()) for d in docs]
        self._vocab, self._term_rows = bm25_table(corpus, BM25_K1, BM25_B)
        vocab: set[str] = set()
        for d in docs:
            vocab.update(normalize(d.text).split())
            for p in d.phrases:
                vocab.update(normalize(p).split())
        self._known = frozenset(vocab | STOPWORDS)
        self._fix_words = tuple(sorted(w for w in vocab if len(w) >= 3 and not w.isdigit()))
        self._model: StaticEmbedder | None = None
        self._phrase_doc = np.zeros(0, dtype=np.int32)
        self._phrase_vecs = np.zeros((0, EMBED_DIM), dtype=np.float32)
        if semantic:
            self._model = model if model is not None else StaticEmbedder(EMBED_DIM)
            owners = [i for i, d in enumerate(docs) for _ in d.phrases]
            phrases = [p for d in docs for p in d.phrases]
            self._phrase_doc = np.asarray(owners, dtype=np.int32)
            self._phrase_vecs = self._model.embed(phrases, norm=True)
        # The phrases are grouped by document, in order: each group's first row, and its document.
        firsts = [k for k, i in enumerate(owners) if k == 0 or owners[k - 1] != i] if semantic else []
        self._group_start = np.asarray(firsts, dtype=np.intp)
        self._group_doc = self._phrase_doc[self._group_start]
        self._fixed = lru_cache(maxsize=WORD_MEMO)(self._fix)
        self._ranked = lru_cache(maxsize=RANK_MEMO)(self._rank)

    @property
    def model(self) -> StaticEmbedder | None:
        """The embedding model (None without the semantic part)."""
        return self._model

    @property
    def known(self) -> frozenset[str]:
        """Every word the documents (and their phrasings) use, and the stopwords."""
        return self._known

    # ---- words --------------------------------------------------------------------------------

    def terms(self, text: str) -> tuple[str, ...]:
        """The stemmed content words of a text, as the index sees them."""
        return tuple(self._terms(normalize(text).split()))

    def _terms(self, words: Sequence[str]) -> list[str]:
        return stem_words([w for w in words if w not in STOPWORDS and w not in ASKING_WORDS])

    def correct(self, words: Sequence[str]) -> tuple[str, ...]:
        """Snap words the documents don't use to the closest one they do (typos)."""
        known = self._known
        fixed = self._fixed
        # A word of ours, or a short one, that has no one-letter-doubled twin of ours, is kept as is
        # (the first checks of _fix); every other word goes through the memo.
        return tuple(w if w in known else fixed(w) for w in words)

    def _fix(self, w: str) -> str:
        """The correction of one word that the documents don't use (``correct``, memoised)."""
        doubled = self._doubled(w)
        if doubled is not None:  # "pres" → "press": a letter typed once is a typo, even if
            return doubled  # the tokenizer holds the shorter form as a piece
        if (
            w in self._known
            or w in _NOT_TYPOS
            or len(w) < 3
            or w.isdigit()
            or len(w) > 30
            or self._is_word(w)
            or stem_words([w])[0] in self._vocab  # another form of a word we use
        ):
            return w
        derived = self._derived(w)
        if derived is not None:
            return derived
        # Indel ratio catches dropped or doubled letters; OSA also counts a swap of neighbours
        # as one edit ("kenes" → "knees"), which Indel scores as two.
        cutoff = 85.0 if len(w) <= 4 else 80.0 if len(w) <= 6 else 78.0
        hit = process.extractOne(w, self._fix_words, scorer=fuzz.ratio, score_cutoff=cutoff)
        if hit is None and len(w) >= 4:
            hit = process.extractOne(w, self._fix_words, scorer=OSA.normalized_similarity, score_cutoff=0.75)
            if hit is not None and len(w) == 4 and sorted(w) != sorted(hit[0]):
                hit = None  # four letters: only a swap, not a different word
        if hit is not None and len(w) - len(hit[0]) >= 2 and _subsequence(hit[0], w):
            hit = None  # "paying" is not "pain" with two letters typed by mistake
        return w if hit is None else hit[0]

    def _derived(self, w: str) -> str | None:
        """A word made of a real word and an English ending, as its root if that is one of ours, else
        as said ("tightening" is "tight", not a typo of "straightening"; "bulkyness" is "bulky";
        "sluggishness" stays), or None."""
        for end in _DERIVED_ENDINGS:
            if not w.endswith(end):
                continue
            base = w[: -len(end)] + ("y" if end == "iness" else "")
            if len(base) < 4:
                continue
            if base in self._known:
                return base
            if self._is_word(base):
                return w
        return None

    def _doubled(self, w: str) -> str | None:
        """The one word of ours that ``w`` becomes with one of its letters doubled, if ``w`` isn't ours."""
        if w in self._known or len(w) < 3 or not w.isalpha():
            return None
        hits = {w[: i + 1] + w[i:] for i in range(len(w))} & self._known
        return hits.pop() if len(hits) == 1 else None

    def is_word(self, w: str) -> bool:
        """A real word (not a typo), by the embedding model's tokenizer."""
        return self._is_word(w)

    def _is_word(self, w: str) -> bool:
        """A word the embedding model's tokenizer holds whole ("track", "death") is a real word, not
        a typo of one of ours ("stack", "depth"); typos split into pieces."""
        if self._model is None:
            return False
        tok = self._model.tokenizer
        if tok.is_token(w):
            return True
        # Another form of a real word ("paying", "knackered"): its stem is a whole word of the
        # tokenizer. Without this, "paying" became "pain" (a pain question, an injury's card).
        stem = stem_words([w])[0]
        return len(stem) >= 4 and stem != w and tok.is_token(stem)

    # ---- ranking ------------------------------------------------------------------------------

    def rank(self, text: str) -> Ranking:
        """The documents ranked for ``text`` (memoised, bounded; the Ranking's arrays are read-only)."""
        return self._ranked(text)

    def _rank(self, text: str) -> Ranking:
        words = self.correct(normalize(text).split()[:60])
        stems = self._terms(words)
        ids: list[int] = []
        terms: list[str] = []
        vocab = self._vocab
        for s in dict.fromkeys(stems):
            tid = vocab.get(s)
            if tid is not None and s:
                ids.append(tid)
                terms.append(s)
        if self._use_lexical and ids:
            per_term = self._term_rows[ids]  # a copy: as np.vstack of the per-term score rows
        else:
            per_term = np.zeros((len(ids), self._n), dtype=np.float32)
        lexical = per_term.sum(axis=0) if ids else np.zeros(self._n, dtype=np.float32)
        semantic = np.zeros(self._n, dtype=np.float32)
        if self._model is not None and words:
            q = self._model.embed_one(" ".join(words))
            sims = self._phrase_vecs @ q
            if len(self._group_start):
                # each document's best phrase, and 0 below (what np.maximum.at onto zeros gives)
                best = np.maximum.reduceat(sims, self._group_start)
                semantic[self._group_doc] = np.maximum(best, 0.0, dtype=np.float32)
        fused = fuse(
            lexical if self._use_lexical else None, semantic if self._model is not None and words else None
        )
        for arr in (per_term, lexical, semantic, fused):
            arr.flags.writeable = False
        return Ranking(words, tuple(stems), tuple(terms), per_term, lexical, semantic, fused)


def _subsequence(short: str, long: str) -> bool:
    it = iter(long)
    return all(c in it for c in short)


def fuse(lexical: np.ndarray | None, semantic: np.ndarray | None) -> np.ndarray:
    """Reciprocal rank fusion of the two rankings (either may be off), plus a small share of each
    score scaled to [0, 1], which breaks RRF's exact ties: BM25's winner second by cosine and the
    cosine's winner second by BM25 score the same 1/(k+1) + 1/(k+2), however far apart the scores."""
    n = len(lexical) if lexical is not None else len(semantic) if semantic is not None else 0
    fused = np.zeros(n, dtype=np.float64)
    top = lexical.max(initial=0.0) if lexical is not None else 0.0
    if lexical is not None and top > 0:
        fused += _rrf(lexical, only_positive=True)
        fused += SCORE_SHARE * lexical / top
    if semantic is not None and n:
        fused += SEMANTIC_WEIGHT * _rrf(semantic, only_positive=False)
        k = int(SEMANTIC_FLOOR * (n - 1))  # the quantile's lower neighbour (np.quantile is slow)
        floor = float(np.partition(semantic, k)[k])
        span = max(float(semantic.max()) - floor, 1e-6)
        share = (semantic - floor) / span
        np.maximum(share, 0.0, out=share)  # np.clip(share, 0.0, 1.0), in two cheaper calls
        np.minimum(share, 1.0, out=share)
        fused += SCORE_SHARE * share
    return fused


def _rrf(scores: np.ndarray, *, only_positive: bool) -> np.ndarray:
    """1 / (k + rank) per document, rank 1 for the best; documents with no evidence get 0."""
    order = np.argsort(-scores, kind="stable")
    out = np.empty(len(scores), dtype=np.float64)
    out[order] = _rrf_table(len(scores))
    if only_positive:
        out[scores <= 0] = 0.0
    return out


@lru_cache(maxsize=8)
def _rrf_table(n: int) -> np.ndarray:
    """1 / (RRF_K + rank) for ranks 1..n, float64 (what _rrf used to compute per call); read-only."""
    ranks = np.arange(1, n + 1).astype(np.float64)
    table = 1.0 / (RRF_K + ranks)
    table.flags.writeable = False
    return table
