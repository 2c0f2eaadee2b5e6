"""Errors whose messages are safe to show users; translated to Japanese at the edges.

Each error carries `ja`, the user-facing Japanese message, and an English `str()` for logs.
"""

from __future__ import annotations


class PolicyAssistantError(Exception):
    """Base of every error this project raises on purpose."""

    ja: str = "処理中にエラーが発生しました。"

    def __init__(self, message: str, *, ja: str | None = None):
        super().__init__(message)
        if ja is not None:
            self.ja = ja


class LoadError(PolicyAssistantError):
    """A file could not be read as a document (corrupt, empty, unsupported, too large...)."""

    ja = "ファイルを読み込めませんでした。"

    def __init__(self, path: str, reason: str, *, ja: str):
        super().__init__(f"{path}: {reason}", ja=ja)
        self.path = path
        self.reason = reason


class IndexNotBuiltError(PolicyAssistantError):
    """Retrieval was asked for before any document was ingested."""

    ja = "索引がまだ作成されていません。`policy-assistant ingest` で文書を取り込んでください。"
