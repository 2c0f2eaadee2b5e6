"""Hybrid retrieval: dense (Chroma) + BM25 over Sudachi words + BM25 over character bigrams.

The three rankings are fused by weighted reciprocal rank, near-duplicate passages are dropped,
and a confidence signal (how much of the question's content the best passages cover) tells the
answerers when to refuse.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from dataclasses import dataclass

from assistant.normalize import ExpandedQuery, expand_query
from assistant.types import Passage
from corpus.models import Chunk
from index.bigrams import BigramIndex, char_bigrams  # char_bigrams: also imported from here by assistant.extractive


log = logging.getLogger(__name__)

# How much a candidate's fused rank counts before its coverage of the question is multiplied in.
COVERAGE_BIAS = 0.05

# Words too common in questions to say anything about the topic.
_QUESTION_WORDS = {
    "何", "なに", "いつ", "どこ", "どれ", "どの", "どう", "どんな", "どのよう", "誰", "いくら", "いくつ",
    "教える", "ある", "いる", "する", "なる", "れる", "られる", "です", "ます", "ください", "か", "の",
    "こと", "もの", "ため", "よう", "それ", "これ", "その", "この", "資料", "記載", "書く", "いう", "言う",
}


def _norm(s: str) -> str:
    return unicodedata.normalize("NFKC", s).lower()


def reciprocal_rank_fusion(rankings: list[list[str]], weights, k: int = 60):
    """Fuse ranked id lists: score(id) = sum of weight / (k + rank) over the lists that hold it.

    Returns (scores, ranks) where ranks[id][i] is the id's 1-based rank in list i (None if absent).
    """
    if len(weights) != len(rankings):
        raise ValueError(f"need one weight per ranking, got {len(weights)} for {len(rankings)}")
    fused: dict[str, float] = {}
    ranks: dict[str, list[int | None]] = {}
    for r, (ranking, weight) in enumerate(zip(rankings, weights)):
        for pos, cid in enumerate(ranking):
            fused[cid] = fused.get(cid, 0.0) + weight / (k + pos + 1)
            ranks.setdefault(cid, [None] * len(rankings))[r] = pos + 1
    return fused, ranks


@dataclass
class RetrievalResult:
    """Ranked passages plus what the answerers need to judge them."""

    passages: list[Passage]
    query: ExpandedQuery
    confidence: float


class HybridRetriever:
    """Find the passages that answer a question.

    Args:
        index: an index.ingest.Index (dense + lexical search over one catalog of chunks).
        glossary: optional assistant.glossary.Glossary for alias expansion.
        candidates: how many results each ranker contributes before fusion.
        rrf_k: the reciprocal-rank-fusion constant.
        weights: per-ranker weights for fusion (dense, words, bigrams).
    """

    def __init__(self, index, glossary=None, *, candidates: int = 50, rrf_k: int = 60,
                 weights: tuple[float, float, float] = (1.5, 1.0, 1.0)):
        if candidates <= 0:
            raise ValueError(f"candidates must be > 0, got {candidates}")
        self.index = index
        self.glossary = glossary
        self.candidates = candidates
        self.rrf_k = rrf_k
        self.weights = weights
        self._lock = threading.Lock()
        self._bigrams: BigramIndex | None = None
        self._by_id: dict[str, Chunk] = {}

    # -- catalog-derived state, renewed when the index loads another generation -----------
    def _refresh(self) -> None:
        with self._lock:
            # the bigram index is built at ingest and belongs to one loaded generation
            bigrams = self.index.bigrams()
            if bigrams is not self._bigrams:
                self._by_id = {c.id: c for c in self.index.chunks()}
                self._bigrams = bigrams

    # -- public ---------------------------------------------------------------------------
    def retrieve(self, question: str, *, top_k: int = 5, docs: list[str] | None = None,
                 kinds: list[str] | None = None) -> RetrievalResult:
        """Return the best `top_k` passages for `question` (optionally within docs/kinds)."""
        if top_k <= 0:
            raise ValueError(f"top_k must be > 0, got {top_k}")
        self._refresh()
        q = expand_query(question, self.glossary)
        allowed = self._allowed(docs, kinds)
        n = self.candidates if allowed is None else max(self.candidates, 200)
        rankings = [
            self.index.dense_search(q.dense, n),
            self.index.lexical_search(q.lexical, n),
            self._bigrams.search(q.lexical, n) if self._bigrams else [],
        ]
        kept = [
            [cid for cid, _ in ranking if cid in self._by_id and (allowed is None or cid in allowed)]
            for ranking in rankings
        ]
        fused, ranks = reciprocal_rank_fusion(kept, self.weights, self.rrf_k)
        grams, total = self._question_grams(q.text)
        coverage = {cid: self._coverage(grams, total, self._by_id[cid]) for cid in fused}
        # Coverage of the question's rare bigrams is a strong, cheap re-ranking signal.
        scored = sorted(fused, key=lambda cid: fused[cid] * (COVERAGE_BIAS + coverage[cid]), reverse=True)
        picked = self._dedupe([self._by_id[cid] for cid in scored], top_k)
        passages = [
            Passage(chunk=c, rank=i + 1, score=fused[c.id] * (COVERAGE_BIAS + coverage[c.id]),
                    dense_rank=ranks[c.id][0], lexical_rank=ranks[c.id][1], context=c.heading)
            for i, c in enumerate(picked)
        ]
        confidence = max((coverage[p.chunk.id] for p in passages[:3]), default=0.0)
        return RetrievalResult(passages=passages, query=q, confidence=confidence)

    def _question_grams(self, question: str) -> tuple[dict[str, float], float]:
        idf = self._bigrams.idf if self._bigrams else {}
        grams = {g: idf[g] for g in set(char_bigrams(_strip_question_words(question))) if g in idf}
        return grams, sum(grams.values())

    def _coverage(self, grams: dict[str, float], total: float, chunk: Chunk) -> float:
        if not grams or self._bigrams is None:
            return 0.0
        have = self._bigrams.grams_of(chunk)
        return sum(w for g, w in grams.items() if g in have) / total

    # -- helpers ----------------------------------------------------------------------------
    def _allowed(self, docs, kinds) -> set[str] | None:
        if not docs and not kinds:
            return None
        docs_n = {d for d in docs or []}
        return {
            c.id for c in self._by_id.values()
            if (not docs_n or c.file in docs_n or c.doc_id in docs_n or c.title in docs_n)
            and (not kinds or c.doc_kind in kinds or c.kind in kinds)
        }

    @staticmethod
    def _dedupe(chunks: list[Chunk], k: int) -> list[Chunk]:
        """Drop chunks that mostly overlap an already picked one (overlap windows, repeats)."""
        out: list[Chunk] = []
        for c in chunks:
            dup = False
            for o in out:
                if o.doc_id == c.doc_id:
                    inter = min(o.end, c.end) - max(o.start, c.start)
                    if inter > 0.6 * min(o.end - o.start, c.end - c.start):
                        dup = True
                        break
                if re.sub(r"\s+", "", o.text) == re.sub(r"\s+", "", c.text):
                    dup = True
                    break
            if not dup:
                out.append(c)
            if len(out) >= k:
                break
        return out


def _strip_question_words(question: str) -> str:
    """Remove interrogatives and politeness that carry no topic (for coverage scoring)."""
    s = _norm(question)
    for w in sorted(_QUESTION_WORDS, key=len, reverse=True):
        if len(w) >= 2:
            s = s.replace(w, " ")
    return s
