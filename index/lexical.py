"""Lexical (BM25) index over Sudachi tokens, keyed by the same chunk ids as the dense store."""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Sequence

import numpy as np

from index.tokenizer import JapaneseTokenizer, get_tokenizer

logger = logging.getLogger(__name__)

IDS_FILE = "ids.json"


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
        if tokens is None:
            tokens = [self.tokenizer.tokenize(t) for t in texts]
        tokens = [list(t) for t in tokens]
        if len(tokens) != len(ids):
            raise ValueError(f"{len(ids)} ids but {len(tokens)} documents")
        if len(set(ids)) != len(ids):
            raise ValueError("ids must be unique")
        self.ids = ids
        self._bm25 = None
        if not ids:
            return
        import bm25s

        bm25 = bm25s.BM25()
        # bm25s needs at least one token overall; an all-empty corpus simply matches nothing.
        if any(tokens):
            bm25.index(tokens, show_progress=False)
            self._bm25 = bm25

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
        """Read an index written by `save` (fully into memory, so the files may be deleted after)."""
        directory = Path(directory)
        with open(directory / IDS_FILE, encoding="utf-8") as f:
            state = json.load(f)
        index = cls(tokenizer)
        index.ids = list(state["ids"])
        if state.get("has_bm25"):
            import bm25s

            index._bm25 = bm25s.BM25.load(str(directory), mmap=False, show_progress=False)
        return index


def _fsync_file(path: Path) -> None:
    if path.is_file():
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
