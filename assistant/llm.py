"""The LLM answering backend: an OpenAI-compatible chat model via langchain-openai.

LangChain types stay inside this module; callers get `Event`s and an `Answer`. `LLMAnswerer`
implements `assistant.answering.Answerer`: it writes the answer body (reply framing is added
by `answering.answer_events`).

Limits: at most LLM_MAX_TOKENS generated tokens (sent to the server and enforced on the
stream) and LLM_TOTAL_TIMEOUT seconds per answer (checked as chunks arrive; a server that goes
silent is cut by LLM_TIMEOUT). When a limit is hit the answer is cut at its last complete
sentence, marked with TRUNCATED_NOTE, and validated like any other answer. The prompt is fitted
to LLM_CONTEXT_TOKENS less LLM_MAX_TOKENS (`prompts.build_answer_prompt`).

Retries: the openai client retries 429, 5xx, timeouts and connection errors (with backoff and
Retry-After) while it opens the response, i.e. before the first token. Once text has been
streamed nothing is retried, so streamed text is never duplicated; a failure mid-stream raises
the mapped LLMError. Callers (the answering service) catch LLMError and fall back to the
offline answer with `fallback_warning(err)`.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Literal

import openai

from assistant.citations import REFUSAL, cut_at_sentence_end, is_refusal, number_passages, validate_answer
from assistant.errors import (
    ConfigError,
    LLMAuthError,
    LLMContextError,
    LLMError,
    LLMRateLimitError,
    LLMUnavailableError,
)
from assistant.prompts import PromptTooLong, build_answer_prompt, prompt_budget
from assistant.record_context import RecordContext, record_context
from assistant.reply import strip_model_sources
from assistant.settings import Settings
from assistant.types import Answer, Event, FinalEvent, Passage, TextDelta

if TYPE_CHECKING:
    from assistant.retrieval import RetrievalResult

log = logging.getLogger(__name__)

__all__ = ["LLMAnswerer", "map_error", "fallback_warning", "chat_openai", "TRUNCATED_NOTE"]

Mode = Literal["answer", "reply"]

_NO_PASSAGES_NOTE = "検索しても、質問に関係する資料の箇所が見つかりませんでした。"

# Seconds a follow-up rewrite may take before the rules take over.
REWRITE_TIMEOUT = 15.0
# A rewritten question is one line (at most ~300 characters): more tokens mean the model rambles.
REWRITE_MAX_TOKENS = 160

#: Appended to an answer cut by LLM_MAX_TOKENS or LLM_TOTAL_TIMEOUT (after validation).
TRUNCATED_NOTE = "（回答が長くなったため、ここで打ち切りました。続きは出典の資料でご確認ください。）"

def fallback_warning(err: LLMError) -> str:
    """The Japanese warning shown when the service falls back to the offline answer."""
    lead = "言語モデルに接続できなかったため" if isinstance(err, LLMUnavailableError) else "言語モデルから回答を得られなかったため"
    return f"{lead}、オフラインの抽出回答を表示しています（理由: {err.ja}）"


def _is_context_overflow(exc: openai.BadRequestError) -> bool:
    code = getattr(exc, "code", None)
    text = f"{code} {exc.message}".lower()
    return code == "context_length_exceeded" or "context length" in text or "context window" in text


def fold_system_messages(messages: list[dict]) -> list[dict]:
    """OpenAI-style message dicts with the system text moved to the start of the first user
    message (as Gemma's own chat template does), for chat formats without a system role."""
    system = "\n\n".join(str(m.get("content") or "") for m in messages if m.get("role") in ("system", "developer"))
    rest = [dict(m) for m in messages if m.get("role") not in ("system", "developer")]
    if not system:
        return rest
    for m in rest:
        if m.get("role") == "user" and isinstance(m.get("content"), str):
            m["content"] = f"{system}\n\n{m['content']}"
            return rest
    return [{"role": "user", "content": system}, *rest]


def chat_openai(settings: Settings, *, timeout: float, max_retries: int, max_tokens: int, streaming: bool = False,
                extra_body: dict | None = None) -> Any:
    """A ChatOpenAI for `settings` that caps generation at `max_tokens`.

    OpenAI takes the cap as `max_completion_tokens` (what ChatOpenAI sends); OpenAI-compatible
    servers (llama.cpp, Ollama, vLLM) read `max_tokens`, which llama-cpp-python's server
    requires, so with OPENAI_BASE_URL set the cap is sent as `max_tokens` instead. With
    LLM_SYSTEM_ROLE=user the system prompt travels in the first user message (llama-cpp-python's
    `gemma` chat format silently drops system messages). `extra_body` adds server-specific
    request fields (e.g. a llama.cpp `grammar`).
    """
    from langchain_openai import ChatOpenAI

    body = dict(extra_body or {})
    if settings.openai_base_url:
        body["max_tokens"] = max_tokens
        cap: dict[str, Any] = {"extra_body": body}
    else:
        cap = {"max_tokens": max_tokens, "extra_body": body or None}
    cls = _system_in_user_class() if settings.llm_system_role == "user" else ChatOpenAI
    return cls(
        model=settings.llm_model,
        base_url=settings.openai_base_url,
        api_key=settings.openai_api_key or "not-needed",
        timeout=timeout,
        max_retries=max_retries,
        streaming=streaming,
        temperature=0,
        **cap,
    )


_SYSTEM_IN_USER: Any = None


def _system_in_user_class() -> Any:
    """ChatOpenAI that sends the system prompt inside the first user message."""
    global _SYSTEM_IN_USER
    if _SYSTEM_IN_USER is None:
        from langchain_openai import ChatOpenAI

        class ChatOpenAISystemInUser(ChatOpenAI):
            def _get_request_payload(self, input_: Any, *, stop: Any = None, **kwargs: Any) -> dict:
                payload = super()._get_request_payload(input_, stop=stop, **kwargs)
                if "messages" in payload:
                    payload["messages"] = fold_system_messages(payload["messages"])
                return payload

        _SYSTEM_IN_USER = ChatOpenAISystemInUser
    return _SYSTEM_IN_USER


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
    if isinstance(exc, openai.BadRequestError) and _is_context_overflow(exc):
        return LLMContextError(f"the prompt exceeds the context window of the model at {where}: {exc.message}")
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


def _finish_reason(chunk: Any) -> str | None:
    metadata = getattr(chunk, "response_metadata", None) or {}
    reason = metadata.get("finish_reason")
    return reason if isinstance(reason, str) else None


class LLMAnswerer:
    """Answers a question from numbered passages with an OpenAI-compatible chat model.

    Args:
        settings: uses openai_api_key, openai_base_url, llm_model, llm_timeout, llm_max_retries,
            llm_max_tokens, llm_total_timeout, llm_context_tokens.
        chat_model: a LangChain chat model to use instead of ChatOpenAI (tests, other providers).

    The chat model is built on first use, so construction works without any key.
    """

    #: The clock of the total-time cap (seconds; tests may replace it).
    clock = staticmethod(time.perf_counter)

    def __init__(self, settings: Settings, chat_model: Any = None):
        self.settings = settings
        self._chat_model = chat_model
        self._injected = chat_model is not None
        self._rewrite_model: Any = None
        self._records: Any = None  # the ExtractiveAnswerer whose record reading builds the context

    @property
    def backend(self) -> str:
        return f"llm:{self.settings.llm_model}"

    @property
    def chat_model(self) -> Any:
        """The LangChain chat model (built on first access; ConfigError when unconfigured)."""
        return self._model()

    @property
    def rewrite_model(self) -> Any:
        """A chat model for short auxiliary calls (follow-up rewriting): a short timeout, no
        retries and few tokens, so a hanging or rambling endpoint delays the answer by seconds,
        not minutes. An injected chat model (tests) is used as is."""
        if self._injected:
            return self._model()
        if self._rewrite_model is None:
            self._model()  # the same configuration checks
            s = self.settings
            self._rewrite_model = chat_openai(
                s, timeout=min(REWRITE_TIMEOUT, s.llm_timeout), max_retries=0,
                max_tokens=min(REWRITE_MAX_TOKENS, s.llm_max_tokens),
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
            self._chat_model = chat_openai(
                s, timeout=s.llm_timeout, max_retries=s.llm_max_retries, max_tokens=s.llm_max_tokens, streaming=True,
            )
        return self._chat_model

    def context(self, question: str, result: "RetrievalResult") -> RecordContext:
        """The passages shown to the model and the table-records block placed after them
        (`assistant.record_context`): the cells that answer the question with their row, column,
        period and passage number, and the computation when one is asked for."""
        if self._records is None:
            from assistant.extractive import ExtractiveAnswerer

            self._records = ExtractiveAnswerer()
        try:
            return record_context(question, result, self._records)
        except Exception:  # the records are a help, never a reason not to answer
            log.warning("reading the table records failed; answering from the passages only", exc_info=True)
            return RecordContext(number_passages(result.passages))

    def extra_context(self, question: str, result: "RetrievalResult") -> str:
        """The data block shown to the model after the passages (see `context`)."""
        return self.context(question, result).block

    def build_prompt(self, question: str, result: "RetrievalResult", *, mode: Mode = "answer", history: Iterable = (),
                     context: RecordContext | None = None):
        """The `prompts.AnswerPrompt` for `question`, fitted to LLM_CONTEXT_TOKENS - LLM_MAX_TOKENS.

        Raises:
            LLMContextError: the question (with its rules) alone does not fit.
        """
        s = self.settings
        context = context or self.context(question, result)
        try:
            return build_answer_prompt(
                question.strip(), number_passages(context.passages), mode=mode, history=history,
                extra_context=context.block,
                budget=prompt_budget(s.llm_context_tokens, s.llm_max_tokens),
            )
        except PromptTooLong as exc:
            raise LLMContextError(f"prompt too long for LLM_CONTEXT_TOKENS={s.llm_context_tokens}: {exc}") from exc

    @staticmethod
    def _langchain_messages(messages: list[tuple[str, str]]) -> list:
        from langchain_core.messages import AIMessage, HumanMessage, SystemMessage

        kinds = {"system": SystemMessage, "user": HumanMessage, "assistant": AIMessage}
        return [kinds[role](content=content) for role, content in messages]

    def stream(
        self,
        question: str,
        result: "RetrievalResult",
        *,
        history: Iterable = (),
        mode: Mode = "answer",
    ) -> Iterator[Event]:
        """Stream the answer body: TextDelta per token chunk, then one FinalEvent.

        Args:
            question: the standalone question.
            result: the retrieval result; its passages are numbered and shown to the model.
            history: chat history (pairs or role dicts).
            mode: "answer", or "reply" for a reply body in polite form (framed by the caller).

        Raises:
            ValueError: empty question or unknown mode.
            ConfigError: no OPENAI_API_KEY / OPENAI_BASE_URL (and no injected chat model).
            LLMError: the model could not be reached or rejected the call (see `map_error`),
                the prompt cannot fit LLM_CONTEXT_TOKENS, or the answer was empty.
        """
        if mode not in ("answer", "reply"):
            raise ValueError(f"mode must be 'answer' or 'reply', got {mode!r}")
        if not question or not question.strip():
            raise ValueError("question must not be empty")
        numbered = number_passages(result.passages)
        if not numbered:
            yield from self._no_passages(question, mode)
            return

        model = self._model()
        started = self.clock()
        context = self.context(question, result)
        numbered = number_passages(context.passages)
        prompt = self.build_prompt(question, result, mode=mode, history=history, context=context)
        for note in prompt.notes:
            log.info("prompt fitted to the budget: %s", note)
        built = self.clock()
        s = self.settings
        deadline = started + s.llm_total_timeout
        parts: list[str] = []
        cut_reason = ""
        first_token_ms: float | None = None
        chunks = 0
        try:
            stream = model.stream(self._langchain_messages(prompt.messages))
            try:
                for chunk in stream:
                    chunks += 1
                    text = _chunk_text(chunk)
                    if _finish_reason(chunk) == "length":
                        cut_reason = "tokens"
                    if text:
                        if first_token_ms is None:
                            first_token_ms = (self.clock() - built) * 1000
                        parts.append(text)
                        yield TextDelta(text)
                    # each streamed chunk carries at least one token: a server that ignores the
                    # cap is stopped here
                    if len(parts) >= s.llm_max_tokens:
                        cut_reason = "tokens"
                        break
                    if self.clock() > deadline:
                        cut_reason = "time"
                        break
            finally:
                close = getattr(stream, "close", None)
                if close is not None:
                    close()  # stops the server's generation
        except ValueError as exc:
            if chunks:
                raise
            # LangChain's "No generation chunks were returned": the server answered 200 with an
            # empty event stream, which llama-cpp-python's server does when the prompt exceeds
            # its window (a non-streaming request gets the 400 context_length_exceeded instead).
            log.warning("LLM stream was empty (%s)", exc)
            raise LLMContextError(
                f"the LLM server at {s.openai_base_url} sent an empty stream (prompt too long for its window?)",
                ja="言語モデルのサーバーが何も返しませんでした。質問と資料がサーバーの文脈長を超えた可能性があります"
                "（LLM_CONTEXT_TOKENS をサーバーの文脈長以下に設定してください）。",
            ) from exc
        except (openai.OpenAIError, *_transport_error_types()) as exc:
            err = map_error(exc, model=s.llm_model, base_url=s.openai_base_url)
            if parts:  # not retried: the text already streamed must not be sent twice
                err = type(err)(f"{err} (the stream broke after {len(parts)} chunk(s))", ja=err.ja)
            log.warning("LLM call failed: %s (%s)", err, type(exc).__name__)
            raise err from exc
        raw = "".join(parts)
        if not raw.strip():
            if cut_reason:
                raise self._cut_error(cut_reason)
            raise LLMError(f"the LLM {s.llm_model!r} returned an empty answer",
                           ja="言語モデルから空の回答が返されました。")
        elapsed = (self.clock() - built) * 1000
        log.info("LLM answered in %.0f ms (%d chars, %d chunks%s)", elapsed, len(raw), len(parts),
                 f", cut by the {cut_reason} limit" if cut_reason else "")
        answer = self._finish(raw, question, prompt.passages, mode, cut_reason)
        answer.passages = numbered  # the sources panel lists every passage; [n] was checked against those shown
        answer.latency_ms = {
            "prompt": round((built - started) * 1000, 1),  # building and fitting the prompt
            "first_token": round(first_token_ms or elapsed, 1),  # request sent -> first text
            "generation": round(elapsed, 1),  # request sent -> last chunk
        }
        yield FinalEvent(answer)

    def answer(
        self,
        question: str,
        result: "RetrievalResult",
        *,
        history: Iterable = (),
        mode: Mode = "answer",
    ) -> Answer:
        """Collect `stream` into the final Answer (the body; no reply framing)."""
        final: Answer | None = None
        for event in self.stream(question, result, mode=mode, history=history):
            if isinstance(event, FinalEvent):
                final = event.answer
        assert final is not None  # stream always ends with a FinalEvent or raises
        return final

    def _finish(self, raw: str, question: str, shown: list[Passage], mode: Mode, cut_reason: str) -> Answer:
        body = strip_model_sources(raw) if mode == "reply" else raw.strip()
        warnings: list[str] = []
        if cut_reason:
            body = cut_at_sentence_end(body)
            if not body.strip():
                raise self._cut_error(cut_reason)
            s = self.settings
            warnings.append(
                f"回答が上限（{s.llm_max_tokens} トークン）に達したため、文の区切りで打ち切りました。" if cut_reason == "tokens"
                else f"回答の生成が制限時間（{s.llm_total_timeout:g} 秒）を超えたため、文の区切りで打ち切りました。"
            )
        result = validate_answer(body, shown)
        text = result.text
        if cut_reason:
            text = f"{text.rstrip()}\n\n{TRUNCATED_NOTE}"
        return Answer(
            text=text,
            citations=result.citations,
            passages=shown,
            refused=is_refusal(result.text),
            backend=self.backend,
            warnings=result.warnings + warnings,
            mode=mode,
            question=question,
            truncated=bool(cut_reason),
        )

    def _cut_error(self, cut_reason: str) -> LLMError:
        """Error for an answer stopped by a limit before its first sentence ended."""
        s = self.settings
        if cut_reason == "time":
            return LLMError(f"the LLM answer hit LLM_TOTAL_TIMEOUT={s.llm_total_timeout:g}s before its first sentence ended",
                            ja=f"言語モデルの回答が制限時間（{s.llm_total_timeout:g} 秒）内に文として完結しませんでした。")
        return LLMError(f"the LLM answer hit LLM_MAX_TOKENS={s.llm_max_tokens} before its first sentence ended",
                        ja=f"言語モデルの回答が上限（{s.llm_max_tokens} トークン）内に文として完結しませんでした。")

    def _no_passages(self, question: str, mode: Mode) -> Iterator[Event]:
        """Nothing was retrieved: refuse without calling the model."""
        text = f"{REFUSAL}{_NO_PASSAGES_NOTE}"
        yield TextDelta(text)
        yield FinalEvent(
            Answer(text=text, citations=[], passages=[], refused=True, backend=self.backend, mode=mode, question=question)
        )
