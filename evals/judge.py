"""Optional model-judged metric: faithfulness of an answer to the passages it cites.

This is NOT a deterministic metric: a chat model decides, sentence by sentence, whether the
cited passages support the sentence. Reports label it "model-judged" (モデル判定).
LangChain types stay inside this module.
"""

from __future__ import annotations

import json
import logging
import re
import unicodedata

from corpus.text import split_sentences as sentences_of
from collections.abc import Mapping, Sequence

from corpus.errors import PolicyAssistantError
from evals.metrics import citation_markers

log = logging.getLogger(__name__)

SYSTEM_PROMPT = (
    "あなたは厳密な評価者です。与えられた「根拠」だけを使って、「文」の内容が根拠によって"
    "裏付けられているかを判定してください。根拠に書かれていない数値・固有名詞・主張が含まれる場合は"
    "裏付けられていないと判定します。一般常識や推測は使わないでください。\n"
    '出力は次の形式の JSON のみとし、それ以外の文字は出力しないでください: '
    '{"supported": true または false, "reason": "短い理由"}'
)

USER_TEMPLATE = "根拠:\n{passages}\n\n文:\n{sentence}"
# A verdict is a short JSON object; a model that rambles past this is cut (and read as no verdict).
JUDGE_MAX_TOKENS = 256

_MARKERS = re.compile(r"\[\d+(?:\s*[,、，・]\s*\d+)*\]")
_JSON_OBJECT = re.compile(r"\{.*?\}", re.S)


class JudgeError(PolicyAssistantError):
    """The judge model's replies could not be read as verdicts."""

    ja = "評価用モデルの応答を判定結果として読み取れませんでした。"


def split_sentences(answer_text: str) -> list[str]:
    """Answer sentences worth judging (split on 。！？ and line breaks; markers kept).

    A "[1]" that follows the sentence end ("…です。[1]") is attached to the sentence before it.
    """
    text = unicodedata.normalize("NFKC", answer_text or "")
    # Move markers that trail a sentence end in front of it, so they stay with their sentence.
    text = re.sub(r"([。!?])[ \t]*((?:\[\d+(?:\s*[,、，・]\s*\d+)*\][ \t]*)+)", r"\2\1", text)
    parts = [p.strip() for line in text.splitlines() for p in sentences_of(line)]
    # Only sentences with content: bare markers or punctuation are not claims.
    return [p for p in parts if re.search(r"\w", _MARKERS.sub("", p))]


class LLMJudge:
    """Asks a LangChain chat model whether each answer sentence is supported by its citations.

    Args:
        chat_model: any LangChain chat model (`invoke(messages) -> AIMessage`).
    """

    def __init__(self, chat_model):
        if chat_model is None:
            raise ValueError("chat_model must be a LangChain chat model, got None")
        self.chat_model = chat_model

    @classmethod
    def from_settings(cls, settings) -> "LLMJudge":
        """A judge on the configured OpenAI-compatible endpoint (temperature 0, no streaming).

        Raises:
            ConfigError: when no LLM is configured (OPENAI_API_KEY / OPENAI_BASE_URL).
        """
        from assistant.errors import ConfigError

        if not settings.llm_enabled:
            raise ConfigError(
                "the judge needs an LLM: set OPENAI_API_KEY (or OPENAI_BASE_URL)",
                ja="モデル判定には言語モデルが必要です。OPENAI_API_KEY（または OPENAI_BASE_URL）を設定してください。",
            )
        from assistant.llm import chat_openai

        return cls(chat_openai(settings, timeout=settings.llm_timeout, max_retries=settings.llm_max_retries,
                               max_tokens=min(JUDGE_MAX_TOKENS, settings.llm_max_tokens)))

    @property
    def name(self) -> str:
        """A label for reports: the model name when the chat model exposes one."""
        for attr in ("model_name", "model"):
            value = getattr(self.chat_model, attr, None)
            if isinstance(value, str) and value:
                return value
        return type(self.chat_model).__name__

    def sentence_supported(self, sentence: str, passages: Sequence[str]) -> bool | None:
        """One verdict; None when the reply is not a readable verdict."""
        from langchain_core.messages import HumanMessage, SystemMessage

        joined = "\n\n".join(f"[{i + 1}] {p}" for i, p in enumerate(passages)) or "（根拠なし）"
        clean = _MARKERS.sub("", sentence).strip()
        messages = [SystemMessage(content=SYSTEM_PROMPT), HumanMessage(content=USER_TEMPLATE.format(passages=joined, sentence=clean))]
        try:
            reply = self.chat_model.invoke(messages)
        except Exception as exc:  # noqa: BLE001 - client errors become LLMError, others re-raise
            from assistant.llm import map_error

            try:
                mapped = map_error(exc, model=self.name)
            except TypeError:
                raise exc from None
            raise mapped from exc
        content = reply.content if isinstance(reply.content, str) else str(reply.content)
        for match in _JSON_OBJECT.finditer(content):
            try:
                data = json.loads(match.group(0))
            except json.JSONDecodeError:
                continue
            if isinstance(data, dict) and isinstance(data.get("supported"), bool):
                return data["supported"]
        log.warning("judge reply is not a verdict: %r", content[:200])
        return None

    def faithfulness(self, answer_text: str, citations: Sequence[Mapping]) -> float:
        """Share of answer sentences supported by the passages they cite.

        A sentence with [n] markers is judged against those citations; one without markers
        against all citations of the answer. An answer without sentences scores 1.0.

        Raises:
            JudgeError: when no reply of the model could be read as a verdict.
        """
        by_n = {c.get("n"): c.get("text", "") for c in citations}
        sentences = split_sentences(answer_text)
        if not sentences:
            return 1.0
        verdicts = []
        for sentence in sentences:
            wanted = citation_markers(sentence)
            texts = [by_n[n] for n in wanted if n in by_n] if wanted else list(by_n.values())
            verdicts.append(self.sentence_supported(sentence, texts))
        read = [v for v in verdicts if v is not None]
        if not read:
            raise JudgeError(f"none of {len(verdicts)} judge replies was a verdict")
        return sum(read) / len(read)


__all__ = ["LLMJudge", "JudgeError", "split_sentences", "SYSTEM_PROMPT", "USER_TEMPLATE"]
