"""Typed results of the answering side: passages, citations, answers and stream events."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from corpus.models import Chunk


@dataclass
class Passage:
    """A retrieved chunk with its rank and fused score.

    `context` holds neighbouring text (e.g. a table's heading/header rows) that helps a reader
    or the answerer, but is never part of the verbatim `chunk.text`.
    """

    chunk: Chunk
    rank: int
    score: float
    dense_rank: int | None = None
    lexical_rank: int | None = None
    context: str = ""
    focus: tuple[int, int] | None = None  # document span of the structural unit that matched (a line of the chunk)

    @property
    def text(self) -> str:
        return self.chunk.text

    def to_json(self) -> dict:
        c = self.chunk
        return {
            "rank": self.rank,
            "doc": c.file,
            "title": c.title,
            "section": c.section,
            "text": c.text,
            "score": round(float(self.score), 6),
            "page": c.page,
            "lines": [c.line_start, c.line_end],
            "chunk_id": c.id,
            "source": c.source,
            "matched_line": c.text[self.focus[0] - c.start : self.focus[1] - c.start] if self.focus else None,
        }


@dataclass
class Citation:
    """A numbered source an answer points at with [n].

    `text` is the verbatim passage text; `quote` is the verbatim sentence or row that supports
    the claim (a substring of `text`, used for highlighting), or "" when unknown.
    """

    n: int
    passage: Passage
    quote: str = ""

    def to_json(self) -> dict:
        c = self.passage.chunk
        return {
            "n": self.n,
            "doc": c.file,
            "title": c.title,
            "section": c.section,
            "text": c.text,
            "quote": self.quote,
            "page": c.page,
            "lines": [c.line_start, c.line_end],
            "source": c.source,
        }


@dataclass
class Answer:
    """The result of answering one question, the same for every backend."""

    text: str
    citations: list[Citation]
    passages: list[Passage]
    refused: bool
    backend: str
    warnings: list[str] = field(default_factory=list)
    mode: Literal["answer", "reply"] = "answer"
    question: str = ""
    standalone_question: str = ""
    latency_ms: dict[str, float] = field(default_factory=dict)
    computed: bool = False
    truncated: bool = False  # cut at a sentence end by LLM_MAX_TOKENS / LLM_TOTAL_TIMEOUT

    def to_json(self) -> dict:
        return {
            "answer": self.text,
            "citations": [c.to_json() for c in self.citations],
            "passages": [p.to_json() for p in self.passages],
            "refused": self.refused,
            "computed": self.computed,
            "backend": self.backend,
            "warnings": list(self.warnings),
            "mode": self.mode,
            "question": self.question,
            "standalone_question": self.standalone_question,
            "truncated": self.truncated,
        }


# Stream events: the assistant emits these, the UI routes them (chat bubble vs sources panel).
@dataclass
class TextDelta:
    text: str
    kind: Literal["delta"] = "delta"


@dataclass
class SourcesEvent:
    passages: list[Passage]
    kind: Literal["sources"] = "sources"


@dataclass
class WarningEvent:
    message: str
    kind: Literal["warning"] = "warning"


@dataclass
class ResetEvent:
    """Drop the answer text streamed so far; the deltas that follow replace it.

    Emitted when an LLM fails mid-stream (the offline answer follows) and when the final text
    differs from what was streamed (validation notes, a cut at a sentence end).
    """

    reason: str = ""
    kind: Literal["reset"] = "reset"


@dataclass
class FinalEvent:
    answer: Answer
    kind: Literal["final"] = "final"


Event = TextDelta | SourcesEvent | WarningEvent | ResetEvent | FinalEvent

__all__ = ["Passage", "Citation", "Answer", "TextDelta", "SourcesEvent", "WarningEvent", "ResetEvent", "FinalEvent",
           "Event"]
