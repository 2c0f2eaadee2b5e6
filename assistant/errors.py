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


class LLMContextError(LLMError):
    ja = "質問と資料が言語モデルの文脈長に収まりませんでした。LLM_CONTEXT_TOKENS をサーバーの文脈長に合わせてください。"
