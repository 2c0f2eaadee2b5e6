"""LangChain adapters: the hybrid retriever as a `BaseRetriever`, the answer path as a `Runnable`.

The rest of the code base does not import LangChain; this module wraps the typed components so
they compose in LCEL:

    from langchain_core.runnables import RunnableLambda
    from assistant.langchain import PolicyRetriever, answer_runnable

    retriever = PolicyRetriever(k=3)                       # the index under POLICY_ASSISTANT_HOME
    titles = retriever | RunnableLambda(lambda docs: [d.metadata["title"] for d in docs])
    titles.invoke("MOUの締結時期は？")
    answer_runnable().invoke({"question": "企業誘致促進賃料補助金の交付額は？", "mode": "reply"})
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from langchain_core.runnables import Runnable, RunnableGenerator, RunnableLambda
from pydantic import ConfigDict, Field

from assistant.types import FinalEvent, Passage, TextDelta

__all__ = ["PolicyRetriever", "answer_runnable", "passage_document"]


def _assistant_for(home: str | Path | None):
    from assistant.service import Assistant
    from assistant.settings import Settings

    if home is None:
        return Assistant(Settings.from_env())
    return Assistant(Settings.from_env().with_(home=Path(home)))


def passage_document(p: Passage) -> Document:
    """A retrieved passage as a LangChain Document: the verbatim chunk text, and what a
    citation needs in its metadata (doc, title, section, lines, page, score)."""
    c = p.chunk
    return Document(
        page_content=c.text,
        metadata={
            "doc": c.file, "title": c.title, "section": c.section, "lines": [c.line_start, c.line_end],
            "page": c.page, "score": float(p.score), "rank": p.rank, "chunk_id": c.id, "source": c.source,
        },
        id=c.id,
    )


class PolicyRetriever(BaseRetriever):
    """Hybrid retrieval (dense + Sudachi BM25 + character bigrams) over the product's index.

    Args:
        k: how many passages to return (also accepted per call: `invoke(query, k=3)`).
        home: the state directory of the index (default: POLICY_ASSISTANT_HOME / settings).
        docs: restrict retrieval to these document file names.
        assistant: an already built Assistant (shares its index and caches).
    """

    model_config = ConfigDict(arbitrary_types_allowed=True)

    k: int = 5
    home: str | None = None
    docs: list[str] | None = None
    assistant: Any = Field(default=None, exclude=True)

    def _service(self):
        if self.assistant is None:
            self.assistant = _assistant_for(self.home)
        return self.assistant

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun,
                                **kwargs: Any) -> list[Document]:
        k = int(kwargs.get("k", self.k))
        if k <= 0:
            raise ValueError(f"k must be > 0, got {k}")
        result = self._service().retrieve(query, top_k=k, docs=kwargs.get("docs", self.docs))
        return [passage_document(p) for p in result.passages[:k]]


def _inputs(value: Any) -> dict:
    if isinstance(value, str):
        return {"question": value}
    if isinstance(value, dict) and isinstance(value.get("question"), str):
        return value
    raise ValueError(f"expected a question string or a dict with 'question', got {type(value).__name__}")


def answer_runnable(assistant=None, *, home: str | Path | None = None) -> Runnable:
    """The answer path as a Runnable.

    Input: a question string, or {"question", "history"?, "mode"?, "top_k"?, "docs"?}.
    `invoke` returns the same JSON object as `ask --json`; `stream` yields the answer text as it
    is produced (a "reset" marker object replaces partial text when an LLM fails mid-answer).
    """
    service = assistant

    def get():
        nonlocal service
        if service is None:
            service = _assistant_for(home)
        return service

    def kwargs_of(inp: dict) -> dict:
        return {k: inp[k] for k in ("history", "mode", "top_k", "docs") if k in inp}

    def run(value: Any) -> dict:
        inp = _inputs(value)
        return get().ask(inp["question"], **kwargs_of(inp)).to_json()

    def stream(values: Iterator[Any]) -> Iterator[str]:
        for value in values:
            inp = _inputs(value)
            for event in get().stream(inp["question"], **kwargs_of(inp)):
                if isinstance(event, TextDelta):
                    yield event.text
                elif isinstance(event, FinalEvent):
                    return

    return _AnswerRunnable(RunnableLambda(run, name="policy_answer"), RunnableGenerator(stream, name="policy_answer_stream"))


class _AnswerRunnable(Runnable):
    """invoke -> the answer JSON; stream -> the answer text as it is produced."""

    def __init__(self, invoker: Runnable, streamer: Runnable):
        self._invoker = invoker
        self._streamer = streamer

    def invoke(self, input: Any, config=None, **kwargs: Any) -> dict:  # noqa: A002 - LangChain's name
        return self._invoker.invoke(input, config, **kwargs)

    def stream(self, input: Any, config=None, **kwargs: Any) -> Iterator[str]:  # noqa: A002
        yield from self._streamer.stream(input, config, **kwargs)
