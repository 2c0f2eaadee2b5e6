"""The unit index: character-bigram BM25 over the structural units of every chunk.

`corpus.units` cuts a chunk into its label–value lines, list items, contact lines and table
rows; this index ranks those units for a question and names, for each hit, the chunk it belongs
to and the unit's span. It is built at ingest next to the chunk bigram index and saved in the
generation (`units/`), so opening a generation never re-reads the chunk texts.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from pathlib import Path
from typing import NamedTuple

import numpy as np

from corpus.models import Chunk
from corpus.units import parent_of, structural_units, unit_id, unit_text
from index.bigrams import BigramIndex

__all__ = ["UnitIndex", "UnitHit"]


class UnitHit(NamedTuple):
    """One chunk whose unit matched a question: the chunk id, the unit's span and its score."""

    chunk_id: str
    span: tuple[int, int]
    score: float


class UnitIndex:
    """BM25 over the structural units of chunks; hits are reported per chunk (its best unit)."""

    def __init__(self, bigrams: BigramIndex) -> None:
        self.bigrams = bigrams
        self._parents: tuple[list[str], np.ndarray, dict[str, int]] | None = None
        self._spans: dict[str, list[tuple[int, int]]] = {}  # chunk id -> its units' spans, as hits need them

    def __len__(self) -> int:
        return len(self.bigrams)

    @classmethod
    def build(cls, chunks: Sequence[Chunk], previous: "UnitIndex | None" = None) -> "UnitIndex":
        ids: list[str] = []
        texts: list[str] = []
        for c in chunks:
            for k, span in enumerate(structural_units(c)):
                ids.append(unit_id(c.id, k))
                texts.append(unit_text(c, span))
        return cls(BigramIndex.build(ids, texts, previous=previous.bigrams if previous is not None else None))

    def _parent_rows(self) -> tuple[list[str], np.ndarray, dict[str, int]]:
        """(chunk ids, each unit's row in that list, chunk id -> row), built once."""
        if self._parents is None:
            chunk_ids: list[str] = []
            row: dict[str, int] = {}
            at = np.zeros(len(self.bigrams.ids), dtype=np.int64)
            for i, uid in enumerate(self.bigrams.ids):
                cid = parent_of(uid)[0]
                if cid not in row:
                    row[cid] = len(chunk_ids)
                    chunk_ids.append(cid)
                at[i] = row[cid]
            self._parents = (chunk_ids, at, row)
        return self._parents

    def search(self, query: str, k: int, chunks: dict[str, Chunk],
               allowed: Collection[str] | None = None) -> list[UnitHit]:
        """Up to `k` chunks whose best unit matches `query`, best first, each with that unit's
        span; only chunks in `allowed` when given. `chunks` maps ids to the live chunks."""
        mask = None
        if allowed is not None:
            chunk_ids, at, row = self._parent_rows()
            keep = np.zeros(len(chunk_ids), dtype=np.float32)
            rows = [row[c] for c in allowed if c in row]
            if not rows:
                return []
            keep[np.asarray(rows, dtype=np.int64)] = 1.0
            mask = keep[at]
        hits: list[UnitHit] = []
        seen: set[str] = set()
        for uid, score in self.bigrams.search(query, 4 * k, mask=mask):
            cid, ordinal = parent_of(uid)
            chunk = chunks.get(cid)
            if chunk is None or cid in seen:
                continue
            spans = self._spans.get(cid)
            if spans is None:
                spans = self._spans[cid] = structural_units(chunk)  # ids hash the text: stable per id
            if ordinal >= len(spans):
                continue
            seen.add(cid)
            hits.append(UnitHit(cid, spans[ordinal], score))
            if len(hits) == k:
                break
        return hits

    def save(self, directory: Path) -> None:
        self.bigrams.save(directory)

    @classmethod
    def load(cls, directory: Path) -> "UnitIndex":
        """Raises FileNotFoundError when `directory` holds no unit index."""
        return cls(BigramIndex.load(directory))
