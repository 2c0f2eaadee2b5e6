"""The LLM answering backend: an OpenAI-compatible chat model via langchain-openai.

LangChain types stay inside this module; callers get `Event`s and an `Answer`.

Retries: the openai client retries 429, 5xx, timeouts and connection errors (with backoff and
Retry-After) while it opens the response, i.e. before the first token. Once text has been
streamed nothing is retried, so streamed text is never duplicated; a failure mid-stream raises
the mapped LLMError. Callers (the answering service) catch LLMError and fall back to the
offline answer with `fallback_warning(err)`.
"""

from __future__ import annotations

import logging
import time
from typing import Any, Iterable, Iterator, Literal

import openai

from assistant.citations import REFUSAL, is_refusal, number_passages, strip_markers, validate_answer
from assistant.errors import ConfigError, LLMAuthError, LLMError, LLMRateLimitError, LLMUnavailableError
from assistant.prompts import (
    ANSWER_SYSTEM,
    ANSWER_USER,
    REPLY_SYSTEM,
    REPLY_USER,
    render_history,
    render_passages,
)
from assistant.reply import append_sources, compose_reply, strip_model_sources
from assistant.settings import Settings
from assistant.types import Answer, Event, FinalEvent, Passage, TextDelta

log = logging.getLogger(__name__)

__all__ = ["LLMAnswerer", "map_error", "fallback_warning"]

Mode = Literal["answer", "reply"]

_HISTORY_TURNS = 6  # last messages of chat history sent to the model
_HISTORY_CHARS = 1000  # per message
_NO_PASSAGES_NOTE = "検索しても、質問に関係する資料の箇所が見つかりませんでした。"


# Seconds a follow-up rewrite may take before the rules take over.
REWRITE_TIMEOUT = 15.0

def fallback_warning(err: LLMError) -> str:
    """The Japanese warning shown when the service falls back to the offline answer."""
    return f"言語モデルに接続できなかったため、オフラインの抽出回答を表示しています（理由: {err.ja}）"


def _transport_error_types() -> tuple[type[BaseException], ...]:
    """httpx-family transport errors that can escape the openai client mid-stream."""
    types: list[type[BaseException]] = []
    for name in ("httpx", "httpx2"):
        try:
            module = __import__(name)
        except ImportError:
            continue
        types.append(module.TransportError)
    return tuple(types)


def map_error(exc: BaseException, *, model: str = "", base_url: str | None = None) -> LLMError:
    """Translate an openai/httpx exception into the project's LLMError family.

    401/403 -> LLMAuthError, 429 -> LLMRateLimitError, timeouts/connection/5xx ->
    LLMUnavailableError, anything else from the client -> LLMError. The English message is for
    logs; `ja` is the class's Japanese message.
    """
    where = base_url or "the OpenAI API"
    if isinstance(exc, LLMError):
        return exc
    if isinstance(exc, (openai.AuthenticationError, openai.PermissionDeniedError)):
        return LLMAuthError(f"LLM authentication failed at {where} (HTTP {exc.status_code}): {exc.message}")
    if isinstance(exc, openai.RateLimitError):
        return LLMRateLimitError(f"LLM rate limit at {where} (HTTP 429): {exc.message}")
    if isinstance(exc, openai.APITimeoutError):
        return LLMUnavailableError(f"LLM request to {where} timed out")
    if isinstance(exc, openai.APIConnectionError):
        return LLMUnavailableError(f"cannot connect to the LLM at {where}: {exc.message}")
    if isinstance(exc, openai.APIStatusError):
        if exc.status_code >= 500:
            return LLMUnavailableError(f"LLM server error at {where} (HTTP {exc.status_code}): {exc.message}")
        if isinstance(exc, openai.NotFoundError):
            return LLMError(
                f"model {model!r} not found at {where} (HTTP 404): {exc.message}",
                ja=f"言語モデル「{model}」が見つかりません。LLM_MODEL の設定を確認してください。",
            )
        return LLMError(f"LLM request rejected by {where} (HTTP {exc.status_code}): {exc.message}")
    if isinstance(exc, _transport_error_types()):
        return LLMUnavailableError(f"LLM connection to {where} failed: {type(exc).__name__}: {exc}")
    if isinstance(exc, openai.OpenAIError):
        return LLMError(f"LLM call to {where} failed: {type(exc).__name__}: {exc}")
    raise TypeError(f"not an LLM client error: {type(exc).__name__}") from exc


def _chunk_text(chunk: Any) -> str:
    content = getattr(chunk, "content", chunk)
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(
            part if isinstance(part, str) else str(part.get("text", "")) if isinstance(part, dict) else ""
            for part in content
        )
    return ""


class LLMAnswerer:
    """Answers a question from numbered passages with an OpenAI-compatible chat model.

    Args:
        settings: uses openai_api_key, openai_base_url, llm_model, llm_timeout, llm_max_retries.
        chat_model: a LangChain chat model to use instead of ChatOpenAI (tests, other providers).

    The chat model is built on first use, so construction works without any key.
    """

    def __init__(self, settings: Settings, chat_model: Any = None):
        self.settings = settings
        self._chat_model = chat_model
        self._injected = chat_model is not None
        self._rewrite_model: Any = None

    @property
    def backend(self) -> str:
        return f"llm:{self.settings.llm_model}"

    @property
    def chat_model(self) -> Any:
        """The LangChain chat model (built on first access; ConfigError when unconfigured)."""
        return self._model()

    @property
    def rewrite_model(self) -> Any:
        """A chat model for short auxiliary calls (follow-up rewriting): a short timeout and no
        retries, so a hanging endpoint delays the answer's offline fallback by seconds, not minutes.
        An injected chat model (tests) is used as is."""
        if self._injected:
            return self._model()
        if self._rewrite_model is None:
            from langchain_openai import ChatOpenAI

            self._model()  # the same configuration checks
            s = self.settings
            self._rewrite_model = ChatOpenAI(
                model=s.llm_model,
                base_url=s.openai_base_url,
                api_key=s.openai_api_key or "not-needed",
                timeout=min(REWRITE_TIMEOUT, s.llm_timeout),
                max_retries=0,
                temperature=0,
            )
        return self._rewrite_model

    def _model(self) -> Any:
        if self._chat_model is None:
            s = self.settings
            if not s.llm_enabled:
                raise ConfigError(
                    "no LLM configured: set OPENAI_API_KEY (and optionally OPENAI_BASE_URL for an "
                    "OpenAI-compatible server)",
                    ja="言語モデルが設定されていません。環境変数 OPENAI_API_KEY（互換サーバーの場合は "
                    "OPENAI_BASE_URL）を設定してください。",
                )
            from langchain_openai import ChatOpenAI

            self._chat_model = ChatOpenAI(
                model=s.llm_model,
                base_url=s.openai_base_url,
                api_key=s.openai_api_key or "not-needed",
                timeout=s.llm_timeout,
                max_retries=s.llm_max_retries,
                streaming=True,
                temperature=0,
            )
        return self._chat_model

    def _messages(self, question: str, passages: list[Passage], mode: Mode, history: Iterable) -> list:
        from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

        system, user = (REPLY_SYSTEM, REPLY_USER) if mode == "reply" else (ANSWER_SYSTEM, ANSWER_USER)
        messages: list = [SystemMessage(content=system.format())]
        for role, content in render_history(history)[-_HISTORY_TURNS:]:
            # Old [n] markers point at old passages; drop them so they cannot be confused.
            content = strip_markers(content)[:_HISTORY_CHARS]
            messages.append(HumanMessage(content=content) if role == "user" else AIMessage(content=content))
        messages.append(HumanMessage(content=user.format(passages=render_passages(passages), question=question.strip())))
        return messages

    def stream(
        self,
        question: str,
        passages: list[Passage],
        *,
        mode: Mode = "answer",
        history: Iterable = (),
    ) -> Iterator[Event]:
        """Stream the answer: TextDelta per token chunk, then one FinalEvent.

        Raises:
            ValueError: empty question or unknown mode.
            ConfigError: no OPENAI_API_KEY / OPENAI_BASE_URL (and no injected chat model).
            LLMError: the model could not be reached or rejected the call (see `map_error`).
        """
        if mode not in ("answer", "reply"):
            raise ValueError(f"mode must be 'answer' or 'reply', got {mode!r}")
        if not question or not question.strip():
            raise ValueError("question must not be empty")
        numbered = number_passages(passages)
        if not numbered:
            yield from self._no_passages(question, mode)
            return

        model = self._model()
        messages = self._messages(question, numbered, mode, history)
        started = time.perf_counter()
        parts: list[str] = []
        try:
            for chunk in model.stream(messages):
                text = _chunk_text(chunk)
                if text:
                    parts.append(text)
                    yield TextDelta(text)
        except (openai.OpenAIError, *_transport_error_types()) as exc:
            err = map_error(exc, model=self.settings.llm_model, base_url=self.settings.openai_base_url)
            if parts:  # not retried: the text already streamed must not be sent twice
                err = type(err)(f"{err} (the stream broke after {len(parts)} chunk(s))", ja=err.ja)
            log.warning("LLM call failed: %s (%s)", err, type(exc).__name__)
            raise err from exc
        raw = "".join(parts)
        if not raw.strip():
            raise LLMError(f"the LLM {self.settings.llm_model!r} returned an empty answer",
                           ja="言語モデルから空の回答が返されました。")
        elapsed = (time.perf_counter() - started) * 1000
        log.info("LLM answered in %.0f ms (%d chars, %d chunks)", elapsed, len(raw), len(parts))
        yield FinalEvent(self._finish(raw, question, numbered, mode, elapsed))

    def answer(
        self,
        question: str,
        passages: list[Passage],
        *,
        mode: Mode = "answer",
        history: Iterable = (),
    ) -> Answer:
        """Collect `stream` into the final Answer."""
        final: Answer | None = None
        for event in self.stream(question, passages, mode=mode, history=history):
            if isinstance(event, FinalEvent):
                final = event.answer
        assert final is not None  # stream always ends with a FinalEvent or raises
        return final

    def _finish(self, raw: str, question: str, numbered: list[Passage], mode: Mode, elapsed: float) -> Answer:
        body = strip_model_sources(raw) if mode == "reply" else raw.strip()
        result = validate_answer(body, numbered)
        refused = is_refusal(result.text)
        text = append_sources(result.text, result.citations) if mode == "reply" else result.text
        return Answer(
            text=text,
            citations=result.citations,
            passages=numbered,
            refused=refused,
            backend=self.backend,
            warnings=result.warnings,
            mode=mode,
            question=question,
            latency_ms={"llm": elapsed},
        )

    def _no_passages(self, question: str, mode: Mode) -> Iterator[Event]:
        """Nothing was retrieved: refuse without calling the model."""
        body = f"{REFUSAL}{_NO_PASSAGES_NOTE}"
        text = compose_reply(body, [], refused=True) if mode == "reply" else body
        yield TextDelta(text)
        yield FinalEvent(
            Answer(text=text, citations=[], passages=[], refused=True, backend=self.backend, mode=mode, question=question)
        )
