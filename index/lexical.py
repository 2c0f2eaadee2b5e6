"""Lexical (BM25) index over Sudachi tokens, keyed by the same chunk ids as the dense store.

Also the BM25 builder shared with the character-bigram index (index/bigrams.py): documents are
turned into a bag-of-words matrix (`TermMatrix`) one at a time, and the bm25s score matrix is
computed from it with numpy, so building never holds every token string of the corpus at once
(bm25s' own `index()` does, which needs ~10 GB for 300k chunks of bigrams).
"""

from __future__ import annotations

import json
import logging
import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from index.tokenizer import JapaneseTokenizer, get_tokenizer

logger = logging.getLogger(__name__)

IDS_FILE = "ids.json"
# bm25s' defaults (Lucene variant), which the word index has always used.
BM25_K1 = 1.5
BM25_B = 0.75


@dataclass
class TermMatrix:
    """Bag of words per document, in CSR form.

    Document i holds the term ids `terms[indptr[i]:indptr[i+1]]` (sorted, unique) with their
    counts `counts[...]`; `vocab` maps a term to its id.
    """

    vocab: dict[str, int]
    indptr: np.ndarray  # int64, n_docs + 1
    terms: np.ndarray  # int32
    counts: np.ndarray  # int32

    def __len__(self) -> int:
        return len(self.indptr) - 1

    @classmethod
    def from_tokens(cls, token_lists: Iterable[Sequence[str]]) -> "TermMatrix":
        """Count the tokens of each document (an iterable, consumed once)."""
        vocab: dict[str, int] = {}
        terms: list[np.ndarray] = []
        counts: list[np.ndarray] = []
        sizes: list[int] = []
        for tokens in token_lists:
            if not tokens:
                sizes.append(0)
                continue
            ids = np.fromiter((vocab.setdefault(t, len(vocab)) for t in tokens), dtype=np.int32, count=len(tokens))
            unique, count = np.unique(ids, return_counts=True)
            terms.append(unique)
            counts.append(count.astype(np.int32))
            sizes.append(len(unique))
        indptr = np.zeros(len(sizes) + 1, dtype=np.int64)
        np.cumsum(sizes, out=indptr[1:])
        return cls(
            vocab=vocab,
            indptr=indptr,
            terms=np.concatenate(terms) if terms else np.zeros(0, dtype=np.int32),
            counts=np.concatenate(counts) if counts else np.zeros(0, dtype=np.int32),
        )

    def doc_lengths(self) -> np.ndarray:
        """Tokens per document (int64)."""
        total = np.zeros(len(self.counts) + 1, dtype=np.int64)
        np.cumsum(self.counts, out=total[1:])
        return total[self.indptr[1:]] - total[self.indptr[:-1]]

    def doc_frequencies(self) -> np.ndarray:
        """For each term id, the number of documents that contain it."""
        return np.bincount(self.terms, minlength=len(self.vocab))


def build_bm25(matrix: TermMatrix, k1: float = BM25_K1, b: float = BM25_B):
    """A bm25s.BM25 (Lucene variant) over `matrix`, equal to what `bm25s.BM25(k1, b).index()` builds.

    The arithmetic follows bm25s 0.3 step by step (idf in float64 rounded to float32, the term
    frequency component in float64, scores stored as float32, columns sorted by document), so
    scores are bit-identical; tests/index/test_lexical.py checks it against bm25s itself.
    Returns None when no document has a token (bm25s cannot index that).
    """
    import bm25s

    n_docs, n_vocab = len(matrix), len(matrix.vocab)
    if n_vocab == 0:
        return None
    lengths = matrix.doc_lengths()
    avg_len = lengths.mean()
    idf = np.array(
        [math.log(1 + (n_docs - df + 0.5) / (df + 0.5)) if df else 0.0 for df in matrix.doc_frequencies().tolist()],
        dtype=np.float32,
    )
    rows = np.repeat(np.arange(n_docs, dtype=np.int32), np.diff(matrix.indptr))
    tf = matrix.counts.astype(np.float64)
    tfc = tf / (k1 * ((1 - b) + b * lengths[rows] / avg_len) + tf)
    scores = (idf[matrix.terms].astype(np.float64) * tfc).astype(np.float32)
    del tf, tfc
    bm25 = bm25s.BM25(k1=k1, b=b)
    data, indices, indptr = bm25s.BM25._np_csc(data=scores, rows=rows, cols=matrix.terms, shape=(n_docs, n_vocab))
    bm25.scores = {"data": data.astype(np.float32, copy=False), "indices": indices, "indptr": indptr, "num_docs": n_docs}
    vocab = dict(matrix.vocab)
    vocab.setdefault("", n_vocab)  # bm25s adds the empty token; kept so saved files look the same
    bm25.vocab_dict = vocab
    bm25.unique_token_ids_set = set(vocab.values())
    bm25.nonoccurrence_array = None
    return bm25


class LexicalIndex:
    """BM25 (bm25s) over `JapaneseTokenizer` tokens.

    bm25s is given pre-tokenised input: its own tokenizer would treat a whole run of kana and
    kanji as one word, which makes Japanese search useless.

    Args:
        tokenizer: defaults to the shared `get_tokenizer()`.
    """

    def __init__(self, tokenizer: JapaneseTokenizer | None = None) -> None:
        self._tokenizer = tokenizer
        self.ids: list[str] = []
        self._bm25 = None

    @property
    def tokenizer(self) -> JapaneseTokenizer:
        if self._tokenizer is None:
            self._tokenizer = get_tokenizer()
        return self._tokenizer

    def __len__(self) -> int:
        return len(self.ids)

    def build(self, ids: Sequence[str], texts: Sequence[str] | None = None, *, tokens: Sequence[list[str]] | None = None) -> None:
        """Index `texts` (or already-made `tokens`) under `ids`, replacing any previous content."""
        if (texts is None) == (tokens is None):
            raise ValueError("give exactly one of texts or tokens")
        ids = list(ids)
        n = len(texts) if tokens is None else len(tokens)
        if n != len(ids):
            raise ValueError(f"{len(ids)} ids but {n} documents")
        if len(set(ids)) != len(ids):
            raise ValueError("ids must be unique")
        if tokens is None:
            tokens = (self.tokenizer.tokenize(t) for t in texts)
        self.ids = ids
        # an all-empty corpus gives no BM25 and simply matches nothing
        self._bm25 = build_bm25(TermMatrix.from_tokens(tokens)) if ids else None

    def search(self, query_text: str, k: int) -> list[tuple[str, float]]:
        """Up to `k` (id, BM25 score) pairs with score > 0, best first."""
        if k <= 0:
            raise ValueError(f"k must be > 0, got {k}")
        if self._bm25 is None or not self.ids:
            return []
        vocab = self._bm25.vocab_dict
        known = [t for t in self.tokenizer.tokenize(query_text) if t in vocab and t != ""]
        if not known:
            return []
        scores = np.asarray(self._bm25.get_scores(known), dtype=np.float32)
        positive = np.flatnonzero(scores > 0)
        if positive.size == 0:
            return []
        if positive.size > k:
            # Only documents scoring at least the k-th best score can be in the top k; sorting
            # just those (ties at the boundary included) gives exactly the full sort's top k.
            # At 300k chunks the full sort cost ~30 ms a query.
            kth = np.partition(scores[positive], positive.size - k)[positive.size - k]
            positive = positive[scores[positive] >= kth]
        # stable sort on -score, then id order, so ties are deterministic
        order = positive[np.lexsort((positive, -scores[positive]))][:k]
        return [(self.ids[i], float(scores[i])) for i in order]

    def save(self, directory: Path) -> None:
        """Write the index into `directory` (created if needed), fsyncing every file."""
        directory = Path(directory)
        directory.mkdir(parents=True, exist_ok=True)
        if self._bm25 is not None:
            self._bm25.save(str(directory), show_progress=False)
        with open(directory / IDS_FILE, "w", encoding="utf-8") as f:
            json.dump({"ids": self.ids, "has_bm25": self._bm25 is not None}, f, ensure_ascii=False)
        for name in os.listdir(directory):
            _fsync_file(directory / name)

    @classmethod
    def load(cls, directory: Path, tokenizer: JapaneseTokenizer | None = None) -> "LexicalIndex":
        """Read an index written by `save`; its arrays are memory-mapped, not read.

        Opening costs milliseconds whatever the corpus size, and the pages are shared between
        processes. The files may still be deleted after (POSIX keeps a mapped file alive).
        """
        directory = Path(directory)
        with open(directory / IDS_FILE, encoding="utf-8") as f:
            state = json.load(f)
        index = cls(tokenizer)
        index.ids = list(state["ids"])
        if state.get("has_bm25"):
            import bm25s

            index._bm25 = bm25s.BM25.load(str(directory), mmap=True, show_progress=False)
        return index


def _fsync_file(path: Path) -> None:
    if path.is_file():
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
