"""Errors of the answering side. Messages in `ja` are safe to show users."""

from __future__ import annotations

from corpus.errors import IndexNotBuiltError, LoadError, PolicyAssistantError

__all__ = [
    "PolicyAssistantError",
    "LoadError",
    "IndexNotBuiltError",
    "LLMError",
    "LLMUnavailableError",
    "LLMAuthError",
    "LLMRateLimitError",
    "LLMContextError",
    "ConfigError",
    "QuestionTooLongError",
]


class ConfigError(PolicyAssistantError):
    ja = "設定に誤りがあります。"


class LLMError(PolicyAssistantError):
    ja = "言語モデルの呼び出しに失敗しました。"


class LLMUnavailableError(LLMError):
    ja = "言語モデルのサーバーに接続できませんでした（タイムアウトまたはサーバーエラー）。"


class LLMAuthError(LLMError):
    ja = "言語モデルの認証に失敗しました。OPENAI_API_KEY を確認してください。"


class LLMRateLimitError(LLMError):
    ja = "言語モデルの利用上限に達しました。しばらく待ってから再度お試しください。"


class QuestionTooLongError(PolicyAssistantError):
    """A question over `Settings.max_question_chars` (refused before any retrieval)."""

    def __init__(self, length: int, limit: int):
        super().__init__(
            f"question has {length} characters, over the limit of {limit}",
            ja=f"質問が長すぎます（{length:,}文字）。{limit:,}文字以内にして、要点を絞って質問してください。",
        )
        self.length = length
        self.limit = limit


class LLMContextError(LLMError):
    ja = "質問と資料が言語モデルの文脈長に収まりませんでした。LLM_CONTEXT_TOKENS をサーバーの文脈長に合わせてください。"
