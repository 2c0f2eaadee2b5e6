"""One answering interface for every backend, and the one place where the answer mode is applied.

An `Answerer` takes the same inputs whatever it is (the standalone question, the chat history,
the retrieval result and the mode) and yields the same typed events (`assistant.types`):
`TextDelta`s of the answer body, `WarningEvent`s, `ResetEvent`s, then exactly one `FinalEvent`.

    answerer = FallbackAnswerer(LLMAnswerer(settings), ExtractiveBackend())
    for event in answer_events(answerer, question, result, history=history, mode="reply"):
        ...

`answer_events` drives any answerer: it frames reply mode (the letter opening is streamed
first, `compose_reply` adds closing and 出典 list to the final answer) and guarantees that the
TextDeltas after the last ResetEvent join up to the final answer's text, so a UI that appends
deltas and clears on a reset always ends showing exactly the final answer.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Iterable, Iterator, Literal, Protocol, runtime_checkable

from assistant.errors import LLMError
from assistant.reply import compose_reply, reply_opening
from assistant.types import Answer, Event, FinalEvent, ResetEvent, TextDelta, WarningEvent

if TYPE_CHECKING:
    from assistant.extractive import ExtractiveAnswerer
    from assistant.retrieval import RetrievalResult

log = logging.getLogger(__name__)

__all__ = ["Answerer", "ExtractiveBackend", "FallbackAnswerer", "answer_events", "Mode", "MODES"]

Mode = Literal["answer", "reply"]
MODES: tuple[str, ...] = ("answer", "reply")


@runtime_checkable
class Answerer(Protocol):
    """A backend that answers a question from retrieved passages.

    `stream` yields TextDelta / WarningEvent / ResetEvent events and ends with exactly one
    FinalEvent whose answer holds the answer *body* ([n] markers validated against the numbered
    passages); in "reply" mode the body is written in polite form and `answer_events` frames it.
    Failures of a remote model raise `LLMError`.
    """

    backend: str

    def stream(self, question: str, result: "RetrievalResult", *, history: Iterable = (),
               mode: Mode = "answer") -> Iterator[Event]: ...


class ExtractiveBackend:
    """The offline extractive answerer behind the `Answerer` protocol.

    Args:
        answerer: the `ExtractiveAnswerer` to wrap (default: a new one with its defaults).
    """

    backend = "extractive"

    def __init__(self, answerer: "ExtractiveAnswerer | None" = None, *,
                 prepared: "tuple[str, RetrievalResult, Answer] | None" = None):
        if answerer is None:
            from assistant.extractive import ExtractiveAnswerer

            answerer = ExtractiveAnswerer()
        self.answerer = answerer
        # an answer already worked out for this very question and retrieval result (the service
        # computes it to order the sources), used instead of answering again
        self.prepared = prepared

    def stream(self, question: str, result: "RetrievalResult", *, history: Iterable = (),
               mode: Mode = "answer") -> Iterator[Event]:
        """One TextDelta with the whole answer, then the FinalEvent (history is carried by the
        standalone question; the quoted body is the same in both modes)."""
        if self.prepared is not None and self.prepared[0] == question and self.prepared[1] is result:
            answer = self.prepared[2]
        else:
            answer = self.answerer.answer(question, result)
        yield TextDelta(answer.text)
        yield FinalEvent(answer)


class FallbackAnswerer:
    """Answer with `primary`; when it fails with `LLMError`, answer with `fallback` instead.

    A failure after text was streamed emits a ResetEvent first (the partial text must not be
    shown glued to the fallback answer), then a WarningEvent saying why; the warning is also
    the first of the final answer's warnings.
    """

    def __init__(self, primary: Answerer, fallback: Answerer):
        self.primary = primary
        self.fallback = fallback

    @property
    def backend(self) -> str:
        return self.primary.backend

    def stream(self, question: str, result: "RetrievalResult", *, history: Iterable = (),
               mode: Mode = "answer") -> Iterator[Event]:
        from assistant.llm import fallback_warning

        streamed = False
        try:
            for event in self.primary.stream(question, result, history=history, mode=mode):
                if isinstance(event, TextDelta) and event.text:
                    streamed = True
                yield event
            return
        except LLMError as err:
            log.warning("%s failed, falling back to %s: %s", self.primary.backend, self.fallback.backend, err)
            message = fallback_warning(err)
        if streamed:
            yield ResetEvent(reason="fallback")
        yield WarningEvent(message)
        for event in self.fallback.stream(question, result, history=history, mode=mode):
            if isinstance(event, FinalEvent) and message not in event.answer.warnings:
                event.answer.warnings.insert(0, message)
            yield event


def answer_events(answerer: Answerer, question: str, result: "RetrievalResult", *, history: Iterable = (),
                  mode: Mode = "answer") -> Iterator[Event]:
    """Run `answerer` and apply `mode`; the text streamed always ends equal to the final answer.

    Reply mode: the letter opening is streamed before the body, and the final answer is the
    letter `compose_reply` makes of the body (a polite refusal letter when the body refused).
    When the final text is not a continuation of what was streamed (validation notes, a cut at a
    sentence end, a refusal letter) a ResetEvent and the whole final text follow.
    """
    if mode not in MODES:
        raise ValueError(f"mode must be one of {MODES}, got {mode!r}")
    head = reply_opening() if mode == "reply" else ""
    shown = head
    if head:
        yield TextDelta(head)
    for event in answerer.stream(question, result, history=history, mode=mode):
        if isinstance(event, TextDelta):
            shown += event.text
            yield event
        elif isinstance(event, ResetEvent):
            yield event
            shown = head
            if head:
                yield TextDelta(head)
        elif isinstance(event, FinalEvent):
            answer = _in_mode(event.answer, mode)
            if answer.text.startswith(shown):
                rest = answer.text[len(shown):]
                if rest:
                    yield TextDelta(rest)
            else:
                yield ResetEvent(reason="revised")
                yield TextDelta(answer.text)
            yield FinalEvent(answer)
            return
        else:
            yield event
    raise RuntimeError(f"answerer {answerer.backend!r} ended without a FinalEvent")


def _in_mode(answer: Answer, mode: Mode) -> Answer:
    if mode == "reply":
        answer.text = compose_reply(answer.text, answer.citations, refused=answer.refused)
    answer.mode = mode
    return answer
