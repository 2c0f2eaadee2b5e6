"""Character-bigram BM25 and what coverage scoring needs, built at ingest and saved in the generation.

Sudachi words miss partial matches inside long kanji compounds and across PDF breaks; character
bigrams catch them. The retriever uses three things from this index: a BM25 ranking over
bigrams, each bigram's idf, and the set of bigrams of a chunk (how much of a question's rare
bigrams a chunk covers). All three come from one bag-of-bigrams matrix (`TermMatrix`), saved as
numpy arrays next to the bm25s files and memory-mapped on load, so opening a generation never
re-reads the chunk texts.

Files in the folder: the bm25s index files, `ids.json` (chunk ids in row order) and
`grams.*.npy` (each chunk's bigram ids and counts, CSR, and its text hash).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping
from pathlib import Path
from typing import Collection, Iterator, Sequence

import numpy as np

from index.lexical import BM25_B, TermMatrix, build_bm25, id_mask, load_bm25_files, save_bm25_files

__all__ = ["BigramIndex", "char_bigrams"]

MATRIX_PREFIX = "grams"
# BM25 parameters of the bigram ranking (tuned on dev with the first hybrid retriever).
BIGRAM_K1 = 1.2
# A chunk without any bigram still gets a row, under this placeholder token.
EMPTY_DOC = "∅"

_BIGRAM_STRIP = re.compile(r"[\s、。，．,.・「」『』（）()\[\]［］【】＜＞<>〈〉：:；;！？!?\"'“”‘’／/＝=※＊*～〜\-－―]+")


def char_bigrams(text: str) -> list[str]:
    """Character bigrams of NFKC, lower-cased text with punctuation/space removed (robust for Japanese).

    A one-character run between separators is kept as a unigram.
    """
    s = _BIGRAM_STRIP.sub(" ", unicodedata.normalize("NFKC", text).lower())
    grams: list[str] = []
    for part in s.split():
        if len(part) == 1:
            grams.append(part)
        grams.extend(part[i : i + 2] for i in range(len(part) - 1))
    return grams


def _doc_grams(text: str) -> list[str]:
    return char_bigrams(text) or [EMPTY_DOC]


class _Idf(Mapping):
    """bigram -> idf (Lucene: log(1 + (n - df + 0.5) / (df + 0.5))), computed on access."""

    def __init__(self, vocab: dict[str, int], df: np.ndarray, n_docs: int) -> None:
        self._vocab = vocab
        self._df = df
        self._n = max(1, n_docs)

    def __getitem__(self, gram: str) -> float:
        i = self._vocab.get(gram)
        if i is None or i >= len(self._df):
            raise KeyError(gram)
        d = int(self._df[i])
        return math.log(1 + (self._n - d + 0.5) / (d + 0.5))

    def __contains__(self, gram: object) -> bool:
        i = self._vocab.get(gram)  # type: ignore[arg-type]
        return i is not None and i < len(self._df)

    def __iter__(self) -> Iterator[str]:
        return (g for g, i in self._vocab.items() if i < len(self._df))

    def __len__(self) -> int:
        return len(self._df)

    def max(self) -> float:
        """The largest idf (the rarest bigram's), from the document frequencies at once."""
        present = self._df[self._df > 0] if len(self._df) else self._df
        if not len(present):
            return 1.0
        d = int(present.min())
        return math.log(1 + (self._n - d + 0.5) / (d + 0.5))


class BigramIndex:
    """BM25 over character bigrams of chunk texts, plus each bigram's idf and each chunk's bigrams.

    Build with `BigramIndex.build(ids, texts)`, persist with `save`, open with `load`
    (memory-mapped). Rows follow `ids`.
    """

    def __init__(self) -> None:
        self.ids: list[str] = []
        self._bm25 = None
        self._row: dict[str, int] = {}
        self._matrix = TermMatrix(vocab={}, indptr=np.zeros(1, dtype=np.int64), terms=np.zeros(0, dtype=np.int32),
                                  counts=np.zeros(0, dtype=np.int32))
        self._gram_of: list[str] | None = None
        self._idf: _Idf | None = None

    def __len__(self) -> int:
        return len(self.ids)

    @classmethod
    def build(cls, ids: Sequence[str], texts: Sequence[str], previous: "BigramIndex | None" = None) -> "BigramIndex":
        """Index `texts` (a chunk's lexical text each) under `ids`.

        Texts that `previous` (the last generation's index) already holds are copied from it.
        """
        ids = list(ids)
        if len(ids) != len(texts):
            raise ValueError(f"{len(ids)} ids but {len(texts)} texts")
        if len(set(ids)) != len(ids):
            raise ValueError("ids must be unique")
        matrix = TermMatrix.build(list(texts), _doc_grams, previous._matrix if previous is not None else None)
        index = cls()
        index.ids = ids
        index._bm25 = build_bm25(matrix, k1=BIGRAM_K1, b=BM25_B) if ids else None
        index._matrix = matrix
        index._finish()
        return index

    def _finish(self) -> None:
        self._row = {cid: i for i, cid in enumerate(self.ids)}
        self._gram_of = None
        self._idf = None

    @property
    def _vocab(self) -> dict[str, int]:
        return self._bm25.vocab_dict if self._bm25 is not None else {}

    # -- queries ---------------------------------------------------------------------------
    def search(self, query: str, k: int, allowed: Collection[str] | None = None,
               mask: np.ndarray | None = None) -> list[tuple[str, float]]:
        """Up to `k` (id, BM25 score > 0), best first; only ids in `allowed` when given, only rows
        where `mask` (one 0/1 weight per row) is 1 when given."""
        if k <= 0:
            raise ValueError(f"k must be > 0, got {k}")
        vocab = self._vocab
        grams = [g for g in char_bigrams(query) if g in vocab and g != ""]
        if not grams or not self.ids:
            return []
        scores = self._bm25.get_scores(grams)
        if allowed is not None:
            scores = scores * id_mask(self, allowed)
        if mask is not None:
            scores = scores * mask
        order = np.argsort(-scores)[:k]
        return [(self.ids[i], float(scores[i])) for i in order if scores[i] > 0]

    @property
    def idf(self) -> Mapping[str, float]:
        """bigram -> idf over the indexed chunks (bigrams absent from every chunk are absent)."""
        if self._idf is None:
            if self._bm25 is None:
                self._idf = _Idf({}, np.zeros(0, dtype=np.int64), len(self.ids))
            else:
                # each column of the score matrix lists the chunks that contain the bigram
                df = np.diff(np.asarray(self._bm25.scores["indptr"]))
                self._idf = _Idf(self._vocab, df, len(self.ids))
        return self._idf

    def grams_of(self, chunk) -> frozenset[str]:
        """The bigram set of a chunk's lexical text (`chunk` is a corpus.models.Chunk).

        A chunk that is not in this index (another generation's) has its bigrams computed.
        """
        row = self._row.get(chunk.id)
        if row is None:
            from index.ingest import lexical_text

            return frozenset(char_bigrams(lexical_text(chunk)))
        if self._gram_of is None:
            gram_of = [""] * (max(self._vocab.values(), default=-1) + 1)
            for g, i in self._vocab.items():
                gram_of[i] = g
            self._gram_of = gram_of
        gram_of, m = self._gram_of, self._matrix
        return frozenset(gram_of[t] for t in m.terms[m.indptr[row] : m.indptr[row + 1]].tolist())

    # -- persistence -----------------------------------------------------------------------
    def save(self, directory: Path) -> None:
        """Write the index into `directory` (created if needed), fsyncing every file."""
        save_bm25_files(directory, self.ids, self._bm25, self._matrix, MATRIX_PREFIX)

    @classmethod
    def load(cls, directory: Path) -> "BigramIndex":
        """Open an index written by `save`; arrays are memory-mapped.

        Raises:
            FileNotFoundError: `directory` holds no bigram index (a generation written before
                bigram indexes were saved).
        """
        index = cls()
        index.ids, index._bm25, matrix = load_bm25_files(directory, MATRIX_PREFIX)
        if matrix is None:
            raise FileNotFoundError(f"no bigram matrix in {directory}")
        index._matrix = matrix
        index._finish()
        return index
