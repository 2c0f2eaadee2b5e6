"""Lexical (BM25) index over Sudachi tokens, keyed by the same chunk ids as the dense store.

Also the BM25 builder shared with the character-bigram index (index/bigrams.py): documents are
turned into a bag-of-words matrix (`TermMatrix`) one at a time, and the bm25s score matrix is
computed from it with numpy, so building never holds every token string of the corpus at once
(bm25s' own `index()` does, which needs ~10 GB for 300k chunks of bigrams).
"""

from __future__ import annotations

import hashlib
import json
import logging
import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Collection, Iterable, Sequence

import numpy as np

from index.tokenizer import JapaneseTokenizer, get_tokenizer

logger = logging.getLogger(__name__)

IDS_FILE = "ids.json"
MATRIX_PREFIX = "terms"
# Entries scored per step when building (bounds the float64 temporaries to ~100 MB).
_SCORE_BLOCK = 1 << 22
# Output rows merged per step when copying rows from a previous matrix.
_ROW_BLOCK = 1 << 15
# bm25s' defaults (Lucene variant), which the word index has always used.
BM25_K1 = 1.5
BM25_B = 0.75


def text_hashes(texts: Iterable[str]) -> np.ndarray:
    """A 64-bit content hash per text (which rows of a previous index can be reused)."""
    return np.fromiter(
        (int.from_bytes(hashlib.blake2b(t.encode("utf-8"), digest_size=8).digest(), "little") for t in texts),
        dtype=np.uint64,
    )


def _ranges(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """The concatenation of arange(s, s + n) for every (s, n)."""
    total = int(lengths.sum())
    offsets = np.cumsum(lengths) - lengths
    return np.repeat(np.asarray(starts, dtype=np.int64) - offsets, lengths) + np.arange(total, dtype=np.int64)


@dataclass
class TermMatrix:
    """Bag of words per document, in CSR form.

    Document i holds the term ids `terms[indptr[i]:indptr[i+1]]` (unique) with their counts
    `counts[...]`; `vocab` maps a term to its id. `hashes`, when known, is `text_hashes` of
    each document's text, so a later build can copy unchanged documents instead of
    tokenising them again.
    """

    vocab: dict[str, int]
    indptr: np.ndarray  # int64, n_docs + 1
    terms: np.ndarray  # int32
    counts: np.ndarray  # int32
    hashes: np.ndarray | None = None  # uint64, n_docs

    def __len__(self) -> int:
        return len(self.indptr) - 1

    @classmethod
    def build(cls, texts: Sequence[str], tokenize: Callable[[str], list[str]],
              previous: "TermMatrix | None" = None) -> "TermMatrix":
        """Bags of words of `texts`; a text already in `previous` (same hash) is copied, not tokenised.

        The result equals `from_tokens(map(tokenize, texts))` up to the numbering of terms (a
        term no document uses any more is dropped), so a BM25 built on it scores the same.
        """
        hashes = text_hashes(texts)
        reuse = np.full(len(texts), -1, dtype=np.int64)
        if previous is not None and previous.hashes is not None and len(previous):
            row_of = dict(zip(np.asarray(previous.hashes).tolist(), range(len(previous))))
            reuse = np.fromiter((row_of.get(h, -1) for h in hashes.tolist()), dtype=np.int64, count=len(texts))
        fresh_rows = np.flatnonzero(reuse < 0)
        fresh = cls.from_tokens(tokenize(texts[i]) for i in fresh_rows)
        matrix = fresh if len(fresh_rows) == len(texts) else cls._merge(previous, reuse, fresh)
        matrix.hashes = hashes
        return matrix

    @classmethod
    def _merge(cls, previous: "TermMatrix", reuse: np.ndarray, fresh: "TermMatrix") -> "TermMatrix":
        """Rows `previous[reuse[i]]` where reuse[i] >= 0, else the next row of `fresh`."""
        vocab = dict(previous.vocab)
        fresh_ids = np.empty(len(fresh.vocab), dtype=np.int64)
        for term, i in fresh.vocab.items():
            fresh_ids[i] = vocab.setdefault(term, len(vocab))
        old = reuse >= 0
        lengths = np.zeros(len(reuse), dtype=np.int64)
        lengths[old] = np.diff(np.asarray(previous.indptr))[reuse[old]]
        lengths[~old] = np.diff(fresh.indptr)
        indptr = np.zeros(len(reuse) + 1, dtype=np.int64)
        np.cumsum(lengths, out=indptr[1:])
        terms = np.empty(int(indptr[-1]), dtype=np.int32)
        counts = np.empty(int(indptr[-1]), dtype=np.int32)
        fresh_row = np.cumsum(~old) - 1
        for lo in range(0, len(reuse), _ROW_BLOCK):  # in blocks of rows: bounded temporaries
            block = slice(lo, lo + _ROW_BLOCK)
            is_old = old[block]
            for pick, source, src_rows, id_map in (
                (is_old, previous, reuse[block][is_old], None),
                (~is_old, fresh, fresh_row[block][~is_old], fresh_ids),
            ):
                if not pick.any():
                    continue
                src = _ranges(np.asarray(source.indptr)[src_rows], lengths[block][pick])
                dst = _ranges(indptr[:-1][block][pick], lengths[block][pick])
                got = source.terms[src]
                terms[dst] = got if id_map is None else id_map[got]
                counts[dst] = source.counts[src]
        # drop terms no document uses any more: idf and vocabulary then match a fresh build
        used = np.bincount(terms, minlength=len(vocab)) > 0
        new_id = (np.cumsum(used) - 1).astype(np.int32)
        vocab = {t: int(new_id[i]) for t, i in vocab.items() if used[i]}
        return cls(vocab=vocab, indptr=indptr, terms=new_id[terms], counts=counts)

    _FILES = ("indptr", "terms", "counts", "hashes")

    def save(self, directory: Path, prefix: str) -> None:
        """Write the arrays as `<prefix>.<name>.npy` (the vocabulary is the BM25's, saved with it)."""
        for name in self._FILES:
            value = getattr(self, name)
            if value is not None:
                np.save(Path(directory) / f"{prefix}.{name}.npy", np.asarray(value))

    @classmethod
    def load(cls, directory: Path, prefix: str, vocab: dict[str, int]) -> "TermMatrix | None":
        """Memory-map a matrix written by `save`; None when it was not saved (older generations)."""
        arrays = {}
        for name in cls._FILES:
            path = Path(directory) / f"{prefix}.{name}.npy"
            if path.exists():
                arrays[name] = np.load(path, mmap_mode="r")
        if not {"indptr", "terms", "counts"} <= arrays.keys():
            return None
        return cls(vocab=vocab, **arrays)

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
    terms, counts = np.asarray(matrix.terms), np.asarray(matrix.counts)
    rows = np.repeat(np.arange(n_docs, dtype=np.int32), np.diff(matrix.indptr))
    # float64 temporaries in blocks: at 300k chunks of bigrams a whole-array pass needed ~3 GB
    scores = np.empty(len(terms), dtype=np.float32)
    for start in range(0, len(terms), _SCORE_BLOCK):
        part = slice(start, start + _SCORE_BLOCK)
        tf = counts[part].astype(np.float64)
        tfc = tf / (k1 * ((1 - b) + b * lengths[rows[part]] / avg_len) + tf)
        scores[part] = idf[terms[part]].astype(np.float64) * tfc
    # CSC: entries come in row order, so a stable sort by term gives bm25s' (term, row) order
    order = np.argsort(terms, kind="stable")
    indptr = np.zeros(n_vocab + 1, dtype=np.int64)
    np.cumsum(np.bincount(terms, minlength=n_vocab), out=indptr[1:])
    data = scores[order]
    del scores
    indices = rows[order]
    del rows, order
    bm25 = bm25s.BM25(k1=k1, b=b)
    bm25.scores = {"data": data, "indices": indices, "indptr": indptr, "num_docs": n_docs}
    vocab = dict(matrix.vocab)
    vocab.setdefault("", n_vocab)  # bm25s adds the empty token; kept so saved files look the same
    bm25.vocab_dict = vocab
    bm25.unique_token_ids_set = set(vocab.values())
    bm25.nonoccurrence_array = None
    return bm25



def id_mask(owner, allowed: Collection[str]) -> np.ndarray:
    """1.0 where `owner.ids[i]` is in `allowed`, else 0.0: a filter applied inside a ranker.
    The id -> row map is built once per id list and kept on `owner` (a rebuild or load brings a
    new list)."""
    cached = getattr(owner, "_positions", None)
    if cached is None or cached[0] is not owner.ids:
        cached = (owner.ids, {cid: i for i, cid in enumerate(owner.ids)})
        owner._positions = cached
    positions = cached[1]
    mask = np.zeros(len(owner.ids), dtype=np.float32)
    at = [positions[i] for i in allowed if i in positions]
    if at:
        mask[np.asarray(at, dtype=np.int64)] = 1.0
    return mask

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
        self._matrix: TermMatrix | None = None

    @property
    def tokenizer(self) -> JapaneseTokenizer:
        if self._tokenizer is None:
            self._tokenizer = get_tokenizer()
        return self._tokenizer

    def __len__(self) -> int:
        return len(self.ids)

    def build(self, ids: Sequence[str], texts: Sequence[str] | None = None, *, tokens: Sequence[list[str]] | None = None,
              previous: "LexicalIndex | None" = None) -> None:
        """Index `texts` (or already-made `tokens`) under `ids`, replacing any previous content.

        With `previous` (the index of the last generation), texts it already holds are not
        tokenised again: their bags of words are copied (same scores as a full build).
        """
        if (texts is None) == (tokens is None):
            raise ValueError("give exactly one of texts or tokens")
        ids = list(ids)
        n = len(texts) if tokens is None else len(tokens)
        if n != len(ids):
            raise ValueError(f"{len(ids)} ids but {n} documents")
        if len(set(ids)) != len(ids):
            raise ValueError("ids must be unique")
        if tokens is None:
            matrix = TermMatrix.build(list(texts), self.tokenizer.tokenize, previous._matrix if previous else None)
        else:
            matrix = TermMatrix.from_tokens(tokens)
        self.ids = ids
        self._matrix = matrix
        # an all-empty corpus gives no BM25 and simply matches nothing
        self._bm25 = build_bm25(matrix) if ids else None

    def search(self, query_text: str, k: int, allowed: Collection[str] | None = None) -> list[tuple[str, float]]:
        """Up to `k` (id, BM25 score) pairs with score > 0, best first; only ids in `allowed`
        when given (the mask is applied before the top k is taken)."""
        if k <= 0:
            raise ValueError(f"k must be > 0, got {k}")
        if self._bm25 is None or not self.ids:
            return []
        vocab = self._bm25.vocab_dict
        known = [t for t in self.tokenizer.tokenize(query_text) if t in vocab and t != ""]
        if not known:
            return []
        scores = np.asarray(self._bm25.get_scores(known), dtype=np.float32)
        if allowed is not None:
            scores = scores * id_mask(self, allowed)
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
        save_bm25_files(directory, self.ids, self._bm25, self._matrix)

    @classmethod
    def load(cls, directory: Path, tokenizer: JapaneseTokenizer | None = None) -> "LexicalIndex":
        """Read an index written by `save`; its arrays are memory-mapped, not read.

        Opening costs milliseconds whatever the corpus size, and the pages are shared between
        processes. The files may still be deleted after (POSIX keeps a mapped file alive).
        """
        index = cls(tokenizer)
        index.ids, index._bm25, index._matrix = load_bm25_files(directory)
        return index


def save_bm25_files(directory: Path, ids: list[str], bm25, matrix: "TermMatrix | None",
                    prefix: str = MATRIX_PREFIX) -> None:
    """Write a BM25 index's files (bm25s arrays, the TermMatrix, the ids) into `directory`
    (created if needed), fsyncing every file. Shared by the word and the bigram index."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    if bm25 is not None:
        bm25.save(str(directory), show_progress=False)
    if matrix is not None:
        matrix.save(directory, prefix)
    with open(directory / IDS_FILE, "w", encoding="utf-8") as f:
        json.dump({"ids": ids, "has_bm25": bm25 is not None}, f, ensure_ascii=False)
    for name in os.listdir(directory):
        fsync_file(directory / name)


def load_bm25_files(directory: Path, prefix: str = MATRIX_PREFIX) -> tuple[list[str], object, "TermMatrix | None"]:
    """(ids, bm25s index or None, TermMatrix or None) written by `save_bm25_files`; the arrays
    are memory-mapped."""
    directory = Path(directory)
    with open(directory / IDS_FILE, encoding="utf-8") as f:
        state = json.load(f)
    bm25 = None
    if state.get("has_bm25"):
        import bm25s

        bm25 = bm25s.BM25.load(str(directory), mmap=True, show_progress=False)
    return list(state["ids"]), bm25, TermMatrix.load(directory, prefix, matrix_vocab(bm25))


def matrix_vocab(bm25) -> dict[str, int]:
    """The term ids of the TermMatrix a saved bm25s index was built from (its vocabulary minus
    the empty token bm25s appends)."""
    if bm25 is None:
        return {}
    n_terms = len(bm25.scores["indptr"]) - 1
    return {t: i for t, i in bm25.vocab_dict.items() if i < n_terms}


def fsync_file(path: Path) -> None:
    """Flush a written file to disk (folders and missing paths are skipped)."""
    if path.is_file():
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
