"""Hybrid retrieval: dense (Chroma) + BM25 over Sudachi words + BM25 over character bigrams.

The three rankings are fused by weighted reciprocal rank, near-duplicate passages are dropped,
and a confidence signal (how much of the question's content the best passages cover) tells the
answerers when to refuse.
"""

from __future__ import annotations

import dataclasses
import functools
import logging
import re
import threading
import unicodedata
from dataclasses import dataclass, field
from typing import Callable, Iterable

from assistant.followup import OTHER_MARK
from assistant.lookup import application_deadline_asked, is_application_period, is_total
from assistant.normalize import ExpandedQuery, expand_query
from assistant.types import Passage
from assistant.meaning import LabelMeaning
from assistant.definitions import definitions
from assistant.memberclass import class_terms, member_classes_in
from assistant.sizeclass import may_define_class, size_classes_in
from assistant.wording import DocumentWording
from corpus.models import Chunk
from corpus.records import Footnote, TableRecord, squash
from corpus.text import note_line_mark, note_marks, split_sentences
from index.bigrams import BigramIndex, char_bigrams  # char_bigrams: also imported from here by assistant.extractive
from index.units import UnitIndex

log = logging.getLogger(__name__)

# How much a candidate's fused rank counts before its coverage of the question is multiplied in.
COVERAGE_BIAS = 0.05
# A question that names one of several sibling sections (松木島エリア among four areas): a chunk
# under a sibling that does not name it keeps this share of its score; a chunk that names
# neither keeps more (it may be an overview).
SIBLING_FACTOR = 0.4
OUT_OF_SCOPE_FACTOR = 0.85
# A chunk whose own heading the question names word for word (「協力していく分野」 and the section
# 「３．協力分野」, a short list that says little else) gains this: the heading says what the
# section is, which its few words cannot. Only headings of two or more words count (概要 alone
# is the heading of every overview).
HEADING_NAMED_FACTOR = 1.3
# Weight of the unit ranking (label–value lines, list items, contact lines, table rows ranked
# on their own and reported as their chunk) for the chunks only it finds. Counted for every
# chunk, like a fourth ranker, it cost hit@1 on every question set (dev .868 -> .816): a
# section full of label–value lines then beats the prose passage that answers. So units add
# recall (a line buried in a long section, or lost among 100x more chunks, still gets its
# section into the candidates) and name the line that matched; they do not re-rank.
UNIT_WEIGHT = 1.0
# Table records are offered to the answerers from the documents of this many best passages.
RECORD_DOCS_FROM = 8
DENSE_DOWN_WARNING = "ベクトル検索が利用できないため、キーワード検索のみで回答しています（管理者はログと `policy-assistant ingest --repair` をご確認ください）。"



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
    """Ranked passages plus what the answerers need to judge them.

    `records` are the table records of the documents the best passages come from (an answer
    may rest on a cell whose chunk ranked lower); `chunks` maps the chunk ids those records
    cite to their chunks, so such a chunk can be shown as a passage; `idf` weighs character
    bigrams by rarity over the corpus; `warnings` tell of a degraded retrieval.
    """

    passages: list[Passage]
    query: ExpandedQuery
    confidence: float
    warnings: list[str] = field(default_factory=list)
    records: list[TableRecord] = field(default_factory=list)
    chunks: dict[str, Chunk] = field(default_factory=dict)
    idf: dict[str, float] = field(default_factory=dict)
    out_of_scope: set[str] = field(default_factory=set)  # chunks about a sibling of the section asked about
    named: tuple[str, ...] = ()  # the sibling sections the question names (松木島エリア)
    siblings: frozenset[str] = frozenset()  # their siblings (the other areas)
    wording: DocumentWording | None = None  # the documents' own words for the question's (assistant.wording)
    meaning: LabelMeaning | None = None  # which table label a question means in other words (assistant.meaning)


@dataclass(frozen=True)
class _Snapshot:
    """Catalog-derived state of one index generation; replaced whole, never mutated."""

    bigrams: BigramIndex  # the loaded generation's (its identity names the generation)
    by_id: dict[str, Chunk]
    records: dict[str, list[TableRecord]] = field(default_factory=dict)  # by document id
    titles: dict[str, frozenset[str]] = field(default_factory=dict)  # bigrams of each document title
    siblings: dict[str, frozenset[str]] = field(default_factory=dict)  # heading name -> its siblings' names
    units: UnitIndex | None = None  # the generation's unit index (None for an index without one)
    notes: dict[tuple[str, str], str] = field(default_factory=dict)  # (document, footnote number) -> chunk id
    wording: DocumentWording | None = None  # the words each document writes, by synonym group
    classes: dict[tuple[str, str], str] = field(default_factory=dict)  # (document, class term squashed) -> chunk id
    terms: dict[tuple[str, str], str] = field(default_factory=dict)  # (document, defined term squashed) -> chunk id


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
        self._snapshot: _Snapshot | None = None
        embedder = getattr(index, "embedder", None)
        self._meaning = LabelMeaning(embedder) if embedder is not None else None

    # -- catalog-derived state, renewed when the index loads another generation -----------
    def _refresh(self) -> _Snapshot:
        """The snapshot of the loaded generation. Readers keep the one they got for a whole query;
        a new generation (its bigram index is built at ingest) makes a new snapshot, swapped in
        whole (no reader sees a half-built state)."""
        bigrams = self.index.bigrams()
        snap = self._snapshot
        if snap is not None and snap.bigrams is bigrams:
            return snap
        with self._lock:
            bigrams = self.index.bigrams()
            snap = self._snapshot
            if snap is None or snap.bigrams is not bigrams:
                chunks = self.index.chunks()
                records: dict[str, list[TableRecord]] = {}
                for r in (self.index.records() if hasattr(self.index, "records") else []):
                    records.setdefault(r.doc_id, []).append(r)
                records = _with_article_rules(records, chunks)
                titles = {c.title: frozenset(char_bigrams(c.title)) for c in chunks}
                units = self.index.units() if hasattr(self.index, "units") else None
                snap = _Snapshot(bigrams, {c.id: c for c in chunks}, records, titles, sibling_headings(chunks), units,
                                 _note_lines(chunks), DocumentWording(_document_texts(chunks)),
                                 _class_definitions(chunks), _term_definitions(chunks))
                self._snapshot = snap
            return snap

    @property
    def _bigrams(self) -> BigramIndex | None:
        return self._snapshot.bigrams if self._snapshot is not None else None

    @property
    def _by_id(self) -> dict[str, Chunk]:
        return self._snapshot.by_id if self._snapshot is not None else {}

    # -- public ---------------------------------------------------------------------------
    def other_sibling(self, question: str) -> str | None:
        """`question` asked of the sibling section it leaves out (see `other_sibling`), or of the
        other row of a two-row table (see `other_row`), or None."""
        snap = self._refresh()
        return (other_sibling(question, snap.siblings)
                or other_row(question, [r for rs in snap.records.values() for r in rs]))

    def retrieve(self, question: str, *, top_k: int = 5, docs: list[str] | None = None,
                 kinds: list[str] | None = None) -> RetrievalResult:
        """Return the best `top_k` passages for `question` (optionally within docs/kinds)."""
        if top_k <= 0:
            raise ValueError(f"top_k must be > 0, got {top_k}")
        snap = self._refresh()
        q = expand_query(question, self.glossary)
        allowed = self._allowed(docs, kinds, snap)
        if allowed is not None and not allowed:
            return RetrievalResult(passages=[], query=q, confidence=0.0)
        # a filter is applied inside each ranker (Chroma `where`, BM25 masks), so a filtered
        # question gets its best candidates whatever the size of the rest of the index
        n = self.candidates
        warnings: list[str] = []
        try:
            dense = self.index.dense_search(q.dense, n, allowed=allowed)
        except Exception:  # Chroma or the embedder is down: BM25 still answers, with a warning
            log.warning("dense search failed; answering from lexical retrieval only", exc_info=True)
            dense, warnings = [], [DENSE_DOWN_WARNING]
        rankings = [
            dense,
            self.index.lexical_search(q.lexical, n, allowed=allowed),
            snap.bigrams.search(q.lexical, n, allowed=allowed),
        ]
        weights = list(self.weights)
        focus: dict[str, tuple[int, int]] = {}
        if snap.units is not None and len(snap.units):
            hits = snap.units.search(q.lexical, n, snap.by_id, allowed=allowed)
            focus = {h.chunk_id: h.span for h in hits}
            found = {cid for ranking in rankings for cid, _ in ranking}
            rankings.append([(h.chunk_id, h.score) for h in hits if h.chunk_id not in found])
            weights.append(UNIT_WEIGHT)
        kept = [
            [cid for cid, _ in ranking if cid in snap.by_id and (allowed is None or cid in allowed)]
            for ranking in rankings
        ]
        fused, ranks = reciprocal_rank_fusion(kept, weights, self.rrf_k)
        grams, total = self._question_grams(q.text, snap)
        coverage = {cid: self._coverage(grams, total, snap.by_id[cid], snap) for cid in fused}
        # Coverage of the question's rare bigrams is a strong, cheap re-ranking signal.
        scope = _scope_factors(q.text, [snap.by_id[cid] for cid in fused], snap.siblings)
        asked = _question_words(q.text)
        heading = {cid: HEADING_NAMED_FACTOR for cid in fused if _heading_words_named(snap.by_id[cid].section, asked)}
        scored = sorted(fused, key=lambda cid: (fused[cid] * (COVERAGE_BIAS + coverage[cid]) * scope.get(cid, 1.0)
                                                * heading.get(cid, 1.0)), reverse=True)
        picked = self._dedupe([snap.by_id[cid] for cid in scored], top_k)
        passages = [
            Passage(chunk=c, rank=i + 1, score=fused[c.id] * (COVERAGE_BIAS + coverage[c.id]),
                    dense_rank=ranks[c.id][0], lexical_rank=ranks[c.id][1], context=c.heading,
                    focus=focus.get(c.id))
            for i, c in enumerate(picked)
        ]
        confidence = max((coverage[p.chunk.id] for p in passages[:3]), default=0.0)
        docs_seen = list(dict.fromkeys(snap.by_id[cid].doc_id for cid in scored[:RECORD_DOCS_FROM]))
        records = [r for d in docs_seen for r in snap.records.get(d, [])]
        if application_deadline_asked(q.text):
            # 「申請書はいつまでに出せば」 names no programme: every call's application period is offered
            # (its label–value block), not only those of the documents the passages come from
            records += [r for d, recs in snap.records.items() if d not in docs_seen for r in recs
                        if r.kind == "facts" and any(is_application_period(c) for c in r.cells)]
        # (in the records' order, not a set's: which chunk an answerer meets first must not depend on
        # the process's string hashing)
        cited = dict.fromkeys([c.chunk_id for r in records for c in r.cells] + [f.chunk_id for r in records for f in r.footnotes])
        chunks = {cid: snap.by_id[cid] for cid in cited if cid in snap.by_id}
        for p in passages:
            # a footnote the passage points at (豊富*4) may be in another chunk: it can be shown too
            for mark in note_marks(p.chunk.text):
                cid = snap.notes.get((p.chunk.doc_id, mark))
                if cid is not None and cid not in chunks:
                    chunks[cid] = snap.by_id[cid]
        # a table labelled by a class its document defines by a count (小規模事業者, 小規模医療機関)
        # or a list (食品等): the definition can be shown with the cell it decides (assistant.sizeclass,
        # assistant.memberclass)
        tables = [r for r in records if r.kind == "table"] if snap.classes else []
        for r in tables:
            for label in (*r.rows, *r.columns):
                for term in class_terms(squash(label or "")):  # (重点地域枠 is the column of 重点地域)
                    cid = snap.classes.get((r.doc_id, term))
                    if cid is not None and cid not in chunks:
                        chunks[cid] = snap.by_id[cid]
        # a term of the passages' documents the question names (「短期渡航と長期滞在のどちらで」): its
        # definition can be shown, wherever in the document it stands (a guide's opening section)
        asked_flat = squash(unicodedata.normalize("NFKC", q.text))
        for (doc, term), cid in snap.terms.items():
            if cid not in chunks and len(term) >= 2 and term in asked_flat and any(p.chunk.doc_id == doc for p in passages):
                chunks[cid] = snap.by_id[cid]
        out_of_scope = {cid for cid, f in scope.items() if f == SIBLING_FACTOR}
        named = named_sections(q.text, snap.siblings)
        others = frozenset().union(*(snap.siblings[n] for n in named)) - set(named) if named else frozenset()
        return RetrievalResult(passages=passages, query=q, confidence=confidence, warnings=warnings,
                               records=records, chunks=chunks, idf=snap.bigrams.idf, out_of_scope=out_of_scope,
                               named=tuple(named), siblings=others, wording=snap.wording,
                               meaning=self._meaning)

    def coverage_of(self, question: str, *passage_lists: list[Passage]) -> list[float]:
        """For each list of passages, how much of `question` (its idf-weighted content bigrams)
        the best of them holds (the question is read once)."""
        snap = self._refresh()
        grams, total = self._question_grams(question, snap)
        return [max((self._coverage(grams, total, p.chunk, snap) for p in passages), default=0.0)
                for passages in passage_lists]

    def _question_grams(self, question: str, snap: _Snapshot | None = None) -> tuple[dict[str, float], float]:
        snap = snap or self._snapshot
        idf = snap.bigrams.idf if snap is not None else {}
        grams = {g: idf[g] for g in dict.fromkeys(char_bigrams(_strip_question_words(question))) if g in idf}
        return grams, sum(grams.values())

    def _coverage(self, grams: dict[str, float], total: float, chunk: Chunk, snap: _Snapshot | None = None) -> float:
        """Share of the question's (idf-weighted) bigrams a chunk holds. The document title is
        in scope for each of its chunks, so a cover page that restates the title does not win
        over the chunk that also holds what the question asks about the document."""
        snap = snap or self._snapshot
        if not grams or snap is None:
            return 0.0
        have = snap.bigrams.grams_of(chunk) | snap.titles.get(chunk.title, frozenset())
        return sum(w for g, w in grams.items() if g in have) / total

    # -- helpers ----------------------------------------------------------------------------
    def _allowed(self, docs, kinds, snap: _Snapshot | None = None) -> set[str] | None:
        if not docs and not kinds:
            return None
        docs_n = {d for d in docs or []}
        by_id = snap.by_id if snap is not None else self._by_id
        return {
            c.id for c in by_id.values()
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


def _document_texts(chunks: list[Chunk]) -> Callable[[str], str]:
    """The text of a document by its id: its chunks in order (overlaps repeat a few lines)."""
    by_doc: dict[str, list[Chunk]] = {}
    for c in chunks:
        by_doc.setdefault(c.doc_id, []).append(c)
    return lambda doc_id: "\n".join(c.text for c in sorted(by_doc.get(doc_id, []), key=lambda c: c.start))


# A sentence of a guideline's articles that changes how its 別表 is read for a case (「２ 小規模企業者の
# 補助率は、別表の規定にかかわらず、３分の２とする。」「３ 産地組合等が申請する場合の上限額は、別表に定める
# 額の２倍とする。」): a note of the 別表, though printed far from it.
_ARTICLE_RULE = re.compile(r"別表(?:第[0-9一二三四五]+)?(?:の規定|に定める[^。、]{0,8}?)?(?:にかかわらず|の[0-9.]+倍と"
                           r"|の[0-9]+分の[0-9]+と|に[0-9,]+(?:万円|千円|円|ポイント)を(?:加算|加え))")
# A paragraph's number opening the sentence (「２ 」 of an article's second paragraph).
_PARAGRAPH_NUMBER = re.compile(r"^\s*[0-9０-９]{1,2}[ 　]+")


def _with_article_rules(records: dict[str, list[TableRecord]], chunks: list[Chunk]) -> dict[str, list[TableRecord]]:
    """Each document's records, its 別表 tables holding as notes the sentences of its articles that
    change how the 別表 is read for a case (`_ARTICLE_RULE`), so a cell of the 別表 is read with them
    as with the notes under a table (assistant.extractive: `_footnote_addition`, `_footnote_multiplier`,
    `_article_override`)."""
    out = {}
    by_id = {c.id: c for c in chunks}
    of_doc: dict[str, list[Chunk]] = {}
    for c in chunks:
        of_doc.setdefault(c.doc_id, []).append(c)

    def start_of(r: TableRecord) -> int:
        return min((by_id[c.chunk_id].start for c in r.cells if c.chunk_id in by_id), default=-1)

    for doc, recs in records.items():
        # the table captioned 別表 (its section or title), or the first after a line 「別表（第４条関係）」
        # (the line may close the chunk before, under the heading 附則)
        marks = [c.start + m.start() for c in of_doc.get(doc, []) if "別表" in c.text
                 for m in re.finditer(r"(?m)^[ 　]*別表", c.text)]
        tables = sorted((start_of(r), i) for i, r in enumerate(recs) if r.kind == "table")
        appendix = {i for i, r in enumerate(recs) if r.kind == "table" and "別表" in f"{r.section}{r.title}"}
        appendix |= {next((i for start, i in tables if start > mark), None) for mark in marks} - {None}
        rules: dict[str, Footnote] = {}  # (by text: overlapping chunks repeat a sentence)
        for c in sorted(of_doc.get(doc, []), key=lambda c: c.start) if appendix else ():
            for sentence in split_sentences(c.text) if "別表" in c.text else ():
                text = _PARAGRAPH_NUMBER.sub("", "".join(line.strip() for line in sentence.splitlines()))
                if text not in rules and _ARTICLE_RULE.search(unicodedata.normalize("NFKC", text)):
                    # (where it stands in the document, as a note's start; line 0: no line of the table's)
                    rules[text] = Footnote(text=text, start=c.start + c.text.find(sentence), line=0, chunk_id=c.id)
        if rules:
            recs = list(recs)
            for i in sorted(appendix):
                recs[i] = dataclasses.replace(recs[i], footnotes=recs[i].footnotes + tuple(rules.values()))
        out[doc] = recs
    return out


def _note_lines(chunks: list[Chunk]) -> dict[tuple[str, str], str]:
    """(document, footnote number) -> the chunk holding the note line that starts with it."""
    notes: dict[tuple[str, str], str] = {}
    for c in chunks:
        for line in c.text.split("\n"):
            mark = note_line_mark(line)
            if mark is not None:
                notes.setdefault((c.doc_id, mark), c.id)
    return notes


def _class_definitions(chunks: list[Chunk]) -> dict[tuple[str, str], str]:
    """(document, class term squashed) -> the chunk that defines a class by a count (「小規模事業者」
    とは、常時使用する従業員の数が20人…以下の事業者をいう; 「小規模医療機関」とは、病床数が99床以下の…)
    or by a list of its members."""
    classes: dict[tuple[str, str], str] = {}
    for c in chunks:
        if may_define_class(c.text):
            for cls in size_classes_in(c.text):
                classes.setdefault((c.doc_id, squash(cls.term)), c.id)
        if "とは" in c.text:
            # (or by a list of its members: 「食品等」とは、食品、飲料及び酒類をいい…; assistant.memberclass)
            for member_class in member_classes_in(c.text):
                classes.setdefault((c.doc_id, squash(member_class.term)), c.id)
    return classes


def _term_definitions(chunks: list[Chunk]) -> dict[tuple[str, str], str]:
    """(document, term squashed) -> the chunk that defines the term (「「長期滞在」とは、駐在、赴任等で
    90日以上滞在することをいいます」, in any form assistant.definitions reads), the first such chunk of
    its document."""
    terms: dict[tuple[str, str], str] = {}
    for c in chunks:
        for _, term in definitions(unicodedata.normalize("NFKC", c.text)):
            terms.setdefault((c.doc_id, squash(term)), c.id)
    return terms


def _heading_name(part: str) -> str:
    """A section heading without its marker and brackets: 「（2）松木島エリア」 -> 「松木島エリア」."""
    from corpus.text import HEADING_MARK

    name = HEADING_MARK.sub("", part.strip(), count=1)
    name = re.sub(r"^[○◯●■□◆◇【＜〈《「]+|[】＞〉》」]+$", "", name).strip()
    return unicodedata.normalize("NFKC", name)


def sibling_headings(chunks: list[Chunk]) -> dict[str, frozenset[str]]:
    """Heading name -> names of the other headings under the same parent (四つのエリア, several
    special zones, several programmes): what a question naming one of them is not about."""
    children: dict[tuple, set[str]] = {}
    for c in chunks:
        parts = [p for p in c.section.split(" > ") if p.strip()]
        for depth, part in enumerate(parts):
            name = _heading_name(part)
            if 2 <= len(name) <= 20:
                children.setdefault((c.doc_id, " > ".join(parts[:depth])), set()).add(name)
                # headings of one kind (…エリア, …特区, …事業) under the same top section are
                # siblings even where numbering schemes nest them oddly
                if depth >= 1 and len(name) >= 4:
                    children.setdefault((c.doc_id, parts[0], "kind:" + name[-2:]), set()).add(name)
    out: dict[str, set[str]] = {}
    for names in children.values():
        if len(names) < 2:
            continue
        for name in names:
            out.setdefault(name, set()).update(n for n in names if n != name)
    return {k: frozenset(v) for k, v in out.items()}


def _written_as(name: str, text: str) -> str | None:
    """How `text` writes a sibling heading: whole, or by its stem before the kind
    (「シンガポール」 for シンガポール事務所; the stem has 2 characters or more, the kind too)."""
    if name in text:
        return name
    for end in range(len(name) - 2, 1, -1):
        kind = name[end:]
        if len(kind) <= 5 and "の" not in kind and not name[end - 1] == "の" and name[:end] in text:
            return name[:end]
    return None


def other_sibling(question: str, siblings: dict[str, frozenset[str]]) -> str | None:
    """「…シンガポールとハノイはそれぞれいつ開設されましたか？（もう一つ）」 (a rewritten 「もう一つの
    ほうは？」): the question asked of the one sibling heading it does not name, when it names two
    or more of one group and exactly one is left (ロサンゼルス事務所); else None."""
    if OTHER_MARK not in question:
        return None
    q = unicodedata.normalize("NFKC", question.replace(OTHER_MARK, ""))
    written = {n: w for n in siblings if (w := _written_as(n, q))}
    # (a longer heading that holds a shorter one names it: keep the longest)
    written = {n: w for n, w in written.items()
               if not any(m != n and w in v and len(v) > len(w) for m, v in written.items())}
    named = list(written)
    if len(named) < 2:
        return None
    rest = set.intersection(*(set(siblings[n]) for n in named)) - set(named)
    if len(rest) != 1:
        return None
    other = rest.pop()
    order = sorted(named, key=lambda n: q.index(written[n]))
    out = q.replace(written[order[0]], other, 1)
    for n in order[1:]:
        out = re.sub(rf"(?:と|、|・|及び|および)?{re.escape(written[n])}(?:と)?", "", out, count=1)
    return re.sub(r"それぞれ|各々", "", out)


def _row_written(row: str, text: str) -> str | None:
    """How `text` writes a table's row label: whole, or without a one-character kind of place
    (「シアトル」 for シアトル市)."""
    if row in text:
        return row
    stem = re.sub(r"[市州省県町村国区]$", "", row)
    return stem if len(stem) >= 2 and stem != row and stem in text else None


def other_row(question: str, records: list[TableRecord]) -> str | None:
    """「…シアトルの成約見込み額はいくらでしたか？（もう一つ）」 (a rewritten 「もう一つの都市は？」):
    the question asked of the other row of a table of two rows (besides its total) when it names
    one of them; None unless exactly one such table row is found."""
    if OTHER_MARK not in question:
        return None
    q = unicodedata.normalize("NFKC", question.replace(OTHER_MARK, ""))
    found = set()
    for record in records:
        if record.kind != "table":
            continue
        rows = list(dict.fromkeys(unicodedata.normalize("NFKC", c.row).strip() for c in record.cells
                                  if c.number is not None and not is_total(c)))
        if len(rows) != 2:
            continue
        written = [(row, w) for row in rows if (w := _row_written(row, q))]
        if len(written) == 1:
            named, shown = written[0]
            found.add((shown, next(r for r in rows if r != named)))
    if len(found) != 1:
        return None
    shown, other = found.pop()
    return q.replace(shown, other, 1)


# An ordinal as headings and questions write it (第２次募集, 第２回, ２回目の募集, ２次): one form.
_ORDINAL = re.compile(r"第\s*([0-9]+)\s*(?:次|回|期|弾)(?:の)?|(?<![0-9第])([0-9]+)\s*(?:回目|次)(?:の)?")


@functools.lru_cache(maxsize=8192)
def _ordinals_as_one(text: str) -> str:
    """NFKC `text` with each ordinal written 第N次 (「２回目の募集」 and 「第２次募集」 both 第2次募集;
    read once per heading name and chunk: every query names its headings over again)."""
    return _ORDINAL.sub(lambda m: f"第{m.group(1) or m.group(2)}次", unicodedata.normalize("NFKC", text))


def named_sections(question: str, siblings: dict[str, frozenset[str]]) -> list[str]:
    """The sibling section names a question names (the longest when one contains another); an
    ordinal may be written another way (「２回目の募集」 names 第２次募集)."""
    q = _ordinals_as_one(question)
    names = {n: _ordinals_as_one(n) for n in siblings}
    named = [n for n, w in names.items() if w in q and not any(n != m and w in v and v in q for m, v in names.items())]
    if named:
        return named
    # (or by its short form, which drops characters of the name and keeps its first and last: 「食品
    # メーカー」 names （３）食料品, 「輸送機械」 輸送用機械; one sibling only). Every retrieval asks this of
    # every sibling name of the index: a name whose first and last characters no word of the question
    # has is passed over without a look at its middle.
    words = _kanji_affixes(question)
    ends = {(w[0], w[-1]) for w in words}
    short = [n for n in names if (p := _plain_name(n)) and (p[0], p[-1]) in ends and any(_shortens(w, n) for w in words)]
    return short if len(short) == 1 else []


def short_forms(question: str, names: Iterable[str]) -> list[str]:
    """The words of `question` that are short forms of the section names `names` (食品 of 食料品)."""
    names = list(names)
    return sorted(w for w in _kanji_affixes(question) if any(_shortens(w, n) for n in names))


@functools.lru_cache(maxsize=1024)
def _kanji_affixes(question: str) -> frozenset[str]:
    """The runs of two or more kanji of a question, and their beginnings and ends of two or more
    (「輸送機械の業界」: 輸送, 輸送機, 輸送機械, 機械, 送機械): the words a short form may be (read once per
    question: the retriever and the answerer both ask)."""
    runs = re.findall(r"[\u4e00-\u9fff]{2,}", unicodedata.normalize("NFKC", question))
    return frozenset(w for run in runs for k in range(2, len(run) + 1) for w in (run[:k], run[-k:]))


@functools.lru_cache(maxsize=8192)
def _plain_name(name: str) -> str:
    """A sibling section's name as its heading writes it, without marker and brackets (read once)."""
    return _heading_name(name)


def _shortens(word: str, name: str) -> bool:
    """Whether `word` (kanji) is a short form of the heading name `name`: fewer characters, at most
    two fewer, its first and last characters, the rest in order (食品 of 食料品, 輸送機械 of 輸送用機械)."""
    name = _plain_name(name)
    if not (2 <= len(word) < len(name) <= len(word) + 2) or word[0] != name[0] or word[-1] != name[-1]:
        return False
    rest = iter(name[1:-1])
    return all(ch in rest for ch in word[1:-1])


def _scope_factors(question: str, chunks: list[Chunk], siblings: dict[str, frozenset[str]]) -> dict[str, float]:
    """When the question names one of several sibling sections, chunks about a sibling (and not
    about it) rank lower: the entity must be in a passage's section path or text."""
    named = named_sections(question, siblings)
    if not named:
        return {}
    others = set().union(*(siblings[n] for n in named)) - set(named)
    factors: dict[str, float] = {}
    for c in chunks:
        where = _ordinals_as_one(f"{c.section}\n{c.text}")
        if any(_ordinals_as_one(n) in where for n in named):
            continue
        if any(o in unicodedata.normalize("NFKC", c.section) for o in others):
            factors[c.id] = SIBLING_FACTOR
        else:
            factors[c.id] = OUT_OF_SCOPE_FACTOR
    return factors


def _question_words(question: str) -> set[str]:
    return set(_strip_question_words(unicodedata.normalize("NFKC", question)).split())


@functools.lru_cache(maxsize=8192)
def _heading_words(section: str) -> tuple[str, ...]:
    """The content words of a section's own heading, without its number (read once per section:
    every query looks at the headings of its ~100 candidates)."""
    from index.tokenizer import get_tokenizer

    leaf = _heading_name(section.rpartition(" > ")[2])
    return tuple(w for w in get_tokenizer().content_words(leaf) if not re.fullmatch(r"[0-9０-９]+", w))


def _heading_words_named(section: str, asked: set[str]) -> bool:
    """Whether every content word (two or more) of the section's own heading is in the question."""
    words = _heading_words(section)
    return len(words) >= 2 and all(w in asked for w in words)


def _strip_question_words(question: str) -> str:
    """What a question names, for coverage scoring: its content words (Sudachi), without
    interrogatives and politeness; whole words are kept (ものづくり stays ものづくり)."""
    from index.tokenizer import get_tokenizer

    return " ".join(get_tokenizer().content_words(question))
