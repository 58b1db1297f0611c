"""The Llama-2 BPE tokenizer of wordllama's model, read from its tokenizer file, in compact tables.

Why not the ``tokenizers`` library, which reads that file too (and which tests/test_bpe.py checks
this module against, id for id)? Memory: its Rust tables for 32,000 tokens and 61,249 merges, plus
the pages of its 9 MB extension, came to ~16 MB of the bot's RSS after the first question — more
than anything else the answerer keeps, with issue 25's target at 95 MB for the whole process. The
answerer needs only ``encode``: text to token ids. Here that is two sorted integer arrays (~1 MB) and
a per-word cache.

The tokenizer file says what to do: normalise by putting "▁" in front and replacing every space by
"▁"; no pre-tokenizer; BPE with byte fallback (a character outside the vocabulary becomes one
``<0xXX>`` token per UTF-8 byte); merges applied lowest rank first, leftmost first on a tie. No
token holds "▁" after another character, so no merge crosses the start of a word: the text can be
cut before each "▁" that follows a character and each piece encoded (and cached) on its own with
the same result. The special tokens (``<s>``…) are not looked for in the text: the answerer's
questions are normalised to ``[a-z0-9 ]`` and its phrasings are checked not to hold them.
"""

from __future__ import annotations

import json
from array import array
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

import numpy as np

from content import rx

_PIECE = rx.compile(r"▁+[^▁]*|[^▁]+")
_SHIFT = 16  # token ids are < 65,536 (32,000 here): a pair packs into one integer


class LlamaBPE:
    """``encode(text)`` gives the ids ``tokenizers.Tokenizer.encode(text, add_special_tokens=False)`` does."""

    def __init__(self, path: Path) -> None:
        spec = json.loads(path.read_text(encoding="utf-8"))
        model = spec["model"]
        if model.get("type") != "BPE" or not model.get("byte_fallback"):
            raise ValueError(f"{path.name}: not a byte-fallback BPE tokenizer")
        vocab: dict[str, int] = model["vocab"]
        if len(vocab) >= 1 << _SHIFT:
            raise ValueError(f"{path.name}: {len(vocab)} tokens do not fit in {_SHIFT} bits")
        self.size = len(vocab)
        self._chars = {tok: i for tok, i in vocab.items() if len(tok) == 1}
        self._bytes = tuple(vocab[f"<0x{b:02X}>"] for b in range(256))
        keys: list[int] = []
        vals: list[int] = []
        get = vocab.get
        for rank, merge in enumerate(model["merges"]):
            a, b = merge.split(" ") if isinstance(merge, str) else merge
            ia, ib, new = get(a), get(b), get(a + b)
            if ia is not None and ib is not None and new is not None:
                keys.append((ia << _SHIFT) | ib)
                vals.append((rank << _SHIFT) | new)
        key_arr = np.asarray(keys, dtype=np.int64)
        order = np.argsort(key_arr, kind="stable")
        self._keys = array("q", key_arr[order].tobytes())
        self._vals = array("q", np.asarray(vals, dtype=np.int64)[order].tobytes())
        self._piece = lru_cache(maxsize=8192)(self._encode_piece)

    def _merge(self, a: int, b: int) -> int:
        """(rank << 16 | merged id) of the pair, or -1 when the pair never merges."""
        key = (a << _SHIFT) | b
        i = bisect_left(self._keys, key)
        return self._vals[i] if i < len(self._keys) and self._keys[i] == key else -1

    def _encode_piece(self, piece: str) -> tuple[int, ...]:
        ids: list[int] = []
        for ch in piece:
            i = self._chars.get(ch)
            if i is None:
                ids.extend(self._bytes[b] for b in ch.encode("utf-8"))
            else:
                ids.append(i)
        while len(ids) > 1:
            best, at = -1, -1
            for k in range(len(ids) - 1):
                m = self._merge(ids[k], ids[k + 1])
                if m >= 0 and (best < 0 or m >> _SHIFT < best >> _SHIFT):
                    best, at = m, k
            if best < 0:
                break
            ids[at : at + 2] = [best & ((1 << _SHIFT) - 1)]
        return tuple(ids)

    def encode(self, text: str) -> list[int]:
        if not text:
            return []
        out: list[int] = []
        for piece in _PIECE.findall("▁" + text.replace(" ", "▁")):
            out.extend(self._piece(piece))
        return out

    def is_token(self, word: str) -> bool:
        """Is "▁" + ``word`` one token of the vocabulary (``token_to_id`` is not None)? Exact for
        words of letters and digits: BPE reaches every such token of this vocabulary whole (checked
        for all 16,054 in tests/test_bpe.py), and a word it leaves in one piece is that token."""
        return len(self.encode(word)) == 1
