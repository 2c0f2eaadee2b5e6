"""A small editable glossary: canonical policy names and the aliases people use for them.

Questions say ロボット特区 where the documents say さがみロボット産業特区, KPI where they say
数値目標. `Glossary.expand` returns the other names of every glossary term a text mentions, so the
lexical retriever can match passages written with another name.

The data lives in `assistant/data/glossary.json` (bundled); `POLICY_ASSISTANT_GLOSSARY`
(`Settings.glossary_path`) points to a user file that replaces it.
"""

from __future__ import annotations

import json
import logging
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path

from assistant.errors import PolicyAssistantError
from assistant.normalize import norm_for_match

__all__ = ["BUNDLED_GLOSSARY", "GlossaryEntry", "Glossary", "GlossaryError"]

logger = logging.getLogger(__name__)

BUNDLED_GLOSSARY = Path(__file__).resolve().parent / "data" / "glossary.json"


class GlossaryError(PolicyAssistantError):
    """The glossary file is missing or not valid glossary JSON."""

    ja = "用語集ファイルを読み込めませんでした。"

    def __init__(self, path: Path, reason: str, *, ja: str):
        super().__init__(f"{path}: {reason}", ja=ja)
        self.path = path
        self.reason = reason


@dataclass(frozen=True)
class GlossaryEntry:
    """One concept: the name the documents use and the other names people use for it."""

    canonical: str
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        """Canonical name first, then aliases (NFKC, de-duplicated)."""
        out = [unicodedata.normalize("NFKC", n).strip() for n in (self.canonical, *self.aliases)]
        return tuple(dict.fromkeys(n for n in out if n))


def _key(s: str) -> str:
    """Matching form: NFKC, no whitespace, case-folded (MOU = mou = ＭＯＵ)."""
    return norm_for_match(s).casefold()


class Glossary:
    """Synonym groups for query expansion.

    Args:
        entries: the groups; a name may appear in several groups.
    """

    def __init__(self, entries: list[GlossaryEntry] | tuple[GlossaryEntry, ...]):
        self.entries: tuple[GlossaryEntry, ...] = tuple(entries)
        # (key, entry index), longest names first so that a long name hides the shorter names
        # it contains (京浜臨海部ライフイノベーション国際戦略総合特区 is not also "総合特区").
        self._names = sorted(
            ((_key(name), i) for i, e in enumerate(self.entries) for name in e.names if _key(name)),
            key=lambda item: -len(item[0]),
        )

    def __len__(self) -> int:
        return len(self.entries)

    @classmethod
    def load(cls, path: Path | str | None = None) -> "Glossary":
        """Read a glossary JSON file; ``None`` reads the bundled one.

        Raises:
            GlossaryError: the file is missing, is not JSON, or does not have the
                ``{"entries": [{"canonical": ..., "aliases": [...]}, ...]}`` shape.
        """
        p = Path(path).expanduser() if path is not None else BUNDLED_GLOSSARY
        try:
            raw = p.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise GlossaryError(p, "file not found", ja=f"用語集ファイルが見つかりません: {p}") from None
        except (OSError, UnicodeDecodeError) as e:
            raise GlossaryError(p, f"cannot read: {e}", ja=f"用語集ファイルを読み込めませんでした: {p}") from e
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as e:
            raise GlossaryError(
                p, f"invalid JSON: {e}",
                ja=f"用語集ファイル {p} の JSON の書式が正しくありません（{e.lineno}行目 {e.colno}文字目付近）。",
            ) from None
        entries = cls._parse(p, data)
        logger.debug("glossary %s: %d entries", p, len(entries))
        return cls(entries)

    @staticmethod
    def _parse(path: Path, data: object) -> list[GlossaryEntry]:
        def bad(reason: str, ja: str) -> GlossaryError:
            return GlossaryError(path, reason, ja=f"用語集ファイル {path} の内容が正しくありません: {ja}")

        if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
            raise bad('top level must be an object with an "entries" list',
                      '最上位は "entries" の一覧を持つオブジェクトにしてください。')
        entries: list[GlossaryEntry] = []
        for i, item in enumerate(data["entries"], start=1):
            if not isinstance(item, dict):
                raise bad(f"entry {i} is not an object", f"{i}番目の項目がオブジェクトではありません。")
            canonical = item.get("canonical")
            aliases = item.get("aliases", [])
            if not isinstance(canonical, str) or not canonical.strip():
                raise bad(f"entry {i}: canonical must be a non-empty string, got {canonical!r}",
                          f'{i}番目の項目の "canonical" が空か文字列ではありません。')
            if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
                raise bad(f"entry {i} ({canonical}): aliases must be a list of strings, got {aliases!r}",
                          f'{i}番目の項目（{canonical}）の "aliases" は文字列の一覧にしてください。')
            entries.append(GlossaryEntry(canonical.strip(), tuple(a.strip() for a in aliases if a.strip())))
        return entries

    def find(self, text: str) -> list[GlossaryEntry]:
        """Entries with a name in `text` (NFKC-, width-, case- and whitespace-insensitive), in text order."""
        hay = _key(text)
        taken = [False] * len(hay)
        first_pos: dict[int, int] = {}
        for key, idx in self._names:
            start = hay.find(key)
            while start != -1:
                end = start + len(key)
                if not any(taken[start:end]):
                    taken[start:end] = [True] * (end - start)
                    first_pos[idx] = min(first_pos.get(idx, start), start)
                start = hay.find(key, start + 1)
        return [self.entries[i] for i in sorted(first_pos, key=lambda i: (first_pos[i], i))]

    def in_words_of(self, text: str, source: str, names: Collection[str] | None = None) -> str:
        """`text` with each glossary name it uses that `source` never does replaced by another
        name of the same term that `source` uses: 「アメリカとの商談」 asked of a table whose row
        is 米国 reads 「米国との商談」. Names `source` uses, and terms it names in no form, stay;
        with `names`, only names written as one of them are replaced (the place names of `text`)."""
        held = _key(source)
        out = text  # (as written: only a replaced name changes)
        allowed = None if names is None else {_key(n) for n in names}
        for entry in self.find(out):
            used = [n for n in entry.names if _key(n) and _key(n) in _key(out)]
            if not used or any(_key(n) in held for n in used):
                continue
            written = max(used, key=len)
            if allowed is not None and _key(written) not in allowed:
                continue
            other = next((n for n in sorted(entry.names, key=len, reverse=True) if _key(n) in held), None)
            if other is not None and written in out:
                out = out.replace(written, other)
        return out

    def expand(self, text: str) -> list[str]:
        """Other names of the glossary terms found in `text`: canonical names and sibling aliases.

        Names already present in `text` are not repeated. Names are returned NFKC-normalised,
        in the order the terms occur in `text`.
        """
        present = _key(text)
        out: list[str] = []
        for entry in self.find(text):
            out.extend(n for n in entry.names if _key(n) not in present)
        return list(dict.fromkeys(out))
