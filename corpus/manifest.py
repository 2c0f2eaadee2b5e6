"""Reading a folder's manifest.json: what each document is (title, issuer, kind, date, source)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from corpus.errors import PolicyAssistantError
from corpus.models import DocumentMeta

logger = logging.getLogger(__name__)

MANIFEST_NAME = "manifest.json"


class ManifestError(PolicyAssistantError):
    """manifest.json exists but cannot be used (broken JSON, wrong shape)."""

    ja = "manifest.json を読み込めませんでした。"


def load_manifest(folder: Path) -> dict[str, DocumentMeta]:
    """Read `folder/manifest.json` into DocumentMeta keyed by file name.

    The format is {"documents": [{"file", "title", "issuer", "kind", "date", "source"}, ...]};
    only "file" is required (the title defaults to the file stem). Extra keys are ignored.

    Returns:
        {} when there is no manifest.

    Raises:
        ManifestError: the manifest is not valid JSON or not in the expected shape.
    """
    path = Path(folder) / MANIFEST_NAME
    if not path.is_file():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ManifestError(
            f"{path}: cannot parse manifest: {exc}",
            ja=f"{path} の JSON が壊れています（{_position(exc)}）。ファイルを修正してください。",
        ) from exc
    entries = data.get("documents") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise ManifestError(
            f"{path}: expected an object with a 'documents' list",
            ja=f"{path} の形式が正しくありません。\"documents\" の一覧が必要です。",
        )
    result: dict[str, DocumentMeta] = {}
    for number, entry in enumerate(entries, start=1):
        if not isinstance(entry, dict) or not isinstance(entry.get("file"), str) or not entry["file"]:
            raise ManifestError(
                f"{path}: documents[{number - 1}] has no 'file'",
                ja=f"{path} の {number} 件目に \"file\"（ファイル名）がありません。",
            )
        name = entry["file"]
        result[name] = DocumentMeta(
            file=name,
            title=_text(entry.get("title")) or Path(name).stem,
            issuer=_text(entry.get("issuer")),
            kind=_text(entry.get("kind")) or "document",
            date=_text(entry.get("date")),
            source=_text(entry.get("source")) or None,
        )
    logger.debug("manifest %s: %d documents", path, len(result))
    return result


def _text(value: object) -> str:
    return "" if value is None else str(value).strip()


def _position(exc: Exception) -> str:
    if isinstance(exc, json.JSONDecodeError):
        return f"{exc.lineno} 行目 {exc.colno} 文字目"
    if isinstance(exc, UnicodeDecodeError):
        return "文字コードが UTF-8 ではありません"
    return "読み取りエラー"
