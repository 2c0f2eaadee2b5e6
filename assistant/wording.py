"""The document's own word for a word of the question it never writes.

People ask in their words (「助成の上限額」「金利」「アメリカ」); a document writes its own
(「助成限度額」「利率」「米国」). When a noun of the question occurs nowhere in the documents the
best passages come from, and the lead document writes a noun of the same synonym group of the
Sudachi dictionary (the 同義語辞書 groups that ship with sudachidict_core, not a list of ours),
the question is read with the document's word, so that the table labels and sentences that say it
are found. A word a document does write is never replaced: only a word absent from all of them.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Callable, Iterable, TypeVar

from index.tokenizer import GENERIC_NOUNS, MAX_CHARS_PER_CALL

__all__ = ["Rewording", "DocumentWording"]

log = logging.getLogger(__name__)
T = TypeVar("T")

# Nouns only: a verb or an adjective of another group would not fit the sentence it is put in.
_NOUN = "名詞"
_SPACE = re.compile(r"\s+")
# Words that say what is done with the figures or which kind of figure is asked (合計 is no 累計,
# 目標 no 対象): the question's own, never replaced.
_PROTECTED = frozenset({
    "合計", "累計", "通算", "総計", "総数", "総額", "小計", "差", "差額", "平均", "割合", "比率", "率", "順位",
    "目標", "実績", "見込", "見込み", "基準", "進捗", "最大", "最小", "最多", "最少", "上位", "下位",
})
_HIRAGANA = re.compile(r"[\u3041-\u309f]+")


def _squash(text: str) -> str:
    return _SPACE.sub("", unicodedata.normalize("NFKC", text))


@dataclass(frozen=True)
class Rewording:
    """One word of the question read as the document writes it."""

    asked: str  # as the question writes it
    written: str  # as the document writes it
    doc_id: str


class _SynonymTokenizer:
    """Sudachi (split mode C) with the synonym group ids of each word; one per process."""

    _shared: "_SynonymTokenizer | None" = None
    _shared_lock = threading.Lock()

    def __init__(self) -> None:
        from sudachipy import SplitMode

        from index.tokenizer import get_tokenizer

        dictionary = get_tokenizer().dictionary  # (the one dictionary the process loads)
        self._tokenizer = dictionary.tokenizer(mode=SplitMode.C, fields={"pos", "synonym_group_ids"})
        self._parts = dictionary.tokenizer(mode=SplitMode.A, fields={"pos"})
        self._lock = threading.Lock()

    @classmethod
    def shared(cls) -> "_SynonymTokenizer":
        with cls._shared_lock:
            if cls._shared is None:
                cls._shared = cls()
            return cls._shared

    def nouns(self, text: str) -> list[tuple[str, tuple[int, ...]]]:
        """(surface, synonym group ids) of each noun of `text` that belongs to a group."""
        out: list[tuple[str, tuple[int, ...]]] = []
        text = unicodedata.normalize("NFKC", text)
        with self._lock:
            for start in range(0, len(text), MAX_CHARS_PER_CALL):
                for m in self._tokenizer.tokenize(text[start:start + MAX_CHARS_PER_CALL]):
                    groups = m.synonym_group_ids()
                    if groups and m.part_of_speech()[0] == _NOUN:
                        out.append((m.surface(), tuple(groups)))
        return out

    def parts(self, word: str) -> list[str]:
        """The shorter words a compound is made of (上限額: 上限, 額)."""
        with self._lock:
            return [m.surface() for m in self._parts.tokenize(word)]


def _nouns_by_group(text: str) -> dict[int, Counter]:
    """How often `text` writes each noun of each synonym group."""
    by_group: dict[int, Counter] = {}
    for surface, groups in _SynonymTokenizer.shared().nouns(text):
        for g in groups:
            by_group.setdefault(g, Counter())[surface] += 1
    return by_group


class DocumentWording:
    """The words each document writes, by synonym group; read once per document and kept.

    Args:
        text_of: the text of a document by its id (its chunks joined), or "" when unknown.
    """

    def __init__(self, text_of: Callable[[str], str]) -> None:
        self._text_of = text_of
        self._texts: dict[str, str] = {}
        self._derived: dict[tuple[str, str], object] = {}
        self._lock = threading.Lock()

    def text(self, doc_id: str) -> str:
        """The text of a document (its chunks joined), "" when unknown."""
        with self._lock:
            known = self._texts.get(doc_id)
        if known is None:
            known = self._text_of(doc_id)
            with self._lock:
                self._texts[doc_id] = known
        return known

    def flat(self, doc_id: str) -> str:
        """The text of a document in NFKC without whitespace, worked out once."""
        return self.derived(doc_id, "flat", _squash)

    def derived(self, doc_id: str, name: str, make: Callable[[str], T]) -> T:
        """`make(text)` of a document, worked out once (its definitions, its flattened text)."""
        key = (doc_id, name)
        with self._lock:
            if key in self._derived:
                return self._derived[key]
        value = make(self.text(doc_id))
        with self._lock:
            return self._derived.setdefault(key, value)

    def _read(self, doc_id: str) -> tuple[str, dict[int, Counter]]:
        """The document's flattened text and the nouns it writes by synonym group."""
        return self.flat(doc_id), self.derived(doc_id, "synonym groups", _nouns_by_group)

    def reword(self, question: str, doc_ids: Iterable[str]) -> tuple[str, list[Rewording]]:
        """`question` with each noun no document of `doc_ids` writes replaced by the noun of the
        same synonym group the first of them writes most often; and what was replaced."""
        docs = [d for d in dict.fromkeys(doc_ids) if d]
        if not docs:
            return question, []
        read = [(d, *self._read(d)) for d in docs]
        changes: list[Rewording] = []
        tokenizer = _SynonymTokenizer.shared()
        for surface, groups in tokenizer.nouns(question):
            if (len(surface) < 2 or surface in GENERIC_NOUNS or surface in _PROTECTED or _HIRAGANA.fullmatch(surface)
                    or any(surface in text for _, text, _ in read)):
                continue
            # (a compound whose parts a document writes is that document's word: 上限額 of 上限)
            parts = [part for part in tokenizer.parts(surface) if len(part) >= 2]
            if len(parts) > 1 or parts and parts[0] != surface:
                if all(any(part in text for _, text, _ in read) for part in parts):
                    continue
            for doc_id, text, by_group in read:
                found: Counter = Counter()
                for g in groups:
                    found.update(by_group.get(g, {}))
                written = [w for w, _ in found.most_common() if len(w) >= 2 and w != surface]
                if written:
                    changes.append(Rewording(surface, written[0], doc_id))
                    break
        if any(change.asked not in question for change in changes):
            question = unicodedata.normalize("NFKC", question)  # (the surfaces were read from it in NFKC)
        for change in changes:
            question = question.replace(change.asked, change.written, 1)
        if changes:
            log.debug("reworded %s", [(c.asked, c.written) for c in changes])
        return question, changes
