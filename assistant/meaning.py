"""Which label of a table a question means when it writes none of them.

People name a table's row or column in their own words (「カード決済の端末」 for the row
キャッシュレス決済端末, 「ホテルや飲食店」 for 宿泊業・飲食サービス業, 「物流費の高さ」 for 物流コストが高い).
No word is shared and no synonym dictionary pairs them, but the embedding model the index already
runs places the question nearer the label it means than the labels beside it. The labels of one
axis of a table (its rows, or its columns) are the choices; the one that both the whole question
and its unwritten words (those the document never writes) are clearly nearest to, by
`MEANING_MARGIN` over the next, is the one it means. Only an axis of at least `MIN_CHOICES` word
labels none of which the question writes is read this way; the caller reads the question with the
label and keeps the answer only when it is a cell of that label holding the kind of value asked.
"""

from __future__ import annotations

import logging
import re
import threading
from collections import OrderedDict
from typing import Callable, Sequence

import numpy as np

from corpus.records import squash

__all__ = ["LabelMeaning", "MEANING_MARGIN", "meant_labels"]

log = logging.getLogger(__name__)

# How much nearer (cosine, multilingual-e5-small) the question must be to one label than to every
# other label of the same axis, both as a whole and by its unwritten words. Labels of one table are
# all near a question about it (0.75-0.90); the one it paraphrases stands out by 0.03-0.07
# (「カード決済の端末」 / キャッシュレス決済端末 0.073, 「物流費」 / 物流コストが高い 0.065), while the
# labels of a near miss, which asks for a detail the table lacks, are about as near as each other
# (「平均給与」 over 回答企業数 and 常用従業員数 0.010, 「日本人観光客」 over 販売点数 and 売上高 0.001).
MEANING_MARGIN = 0.02
# Of two labels one is always nearer: a label stands out of three or more.
MIN_CHOICES = 3
_CACHE_SIZE = 4096
# A label that is a year, a month, a count or a band of figures (令和２年度, ８月, 10人以上20人未満):
# told apart by its figures, never by meaning. What is left of it without them is too short a word.
_FIGURES = re.compile(r"[0-9,.]+|令和|平成|昭和|年度|年|月|日|上期|下期|第|次|期|回|人|社|件|名|か国|以上|以下|未満|超|から|まで|[～〜~・（）()]")
# A label's words (kanji, katakana, Latin): at least two characters of them
_WORDS = re.compile(r"[\u4e00-\u9fff\u30a0-\u30ffA-Za-z]")


class LabelMeaning:
    """Cosine similarities of a question to labels, with the index's embedder; None when it fails."""

    def __init__(self, embedder) -> None:
        self._embedder = embedder
        self._vectors: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def similarities(self, question: str, labels: Sequence[str]) -> list[float] | None:
        try:
            asked = np.asarray(self._embedder.embed_query(question), dtype=np.float32)
            vectors = self._label_vectors(list(labels))
        except Exception:  # the embedder is down: the labels are read by their words only
            log.warning("label meaning unavailable: the embedder failed", exc_info=True)
            return None
        return [float(v @ asked) for v in vectors]

    def _label_vectors(self, labels: list[str]) -> list[np.ndarray]:
        with self._lock:
            missing = [x for x in dict.fromkeys(labels) if x not in self._vectors]
        if missing:
            fresh = self._embedder.embed_passages(missing)
            with self._lock:
                for label, v in zip(missing, fresh):
                    self._vectors[label] = np.asarray(v, dtype=np.float32)
                while len(self._vectors) > _CACHE_SIZE:
                    self._vectors.popitem(last=False)
        with self._lock:
            return [self._vectors[x] for x in labels]


def label_core(label: str) -> str:
    """A label without its unit in brackets (「来店者数（人）」 -> 来店者数)."""
    return re.sub(r"[（(][^）)]*[）)]$", "", squash(label))


def meant_labels(question: str, unwritten: str, axes: Sequence[Sequence[str]], meaning: LabelMeaning,
                 total: Callable[[str], bool]) -> list[str]:
    """The labels `question` means without writing them: of each axis (the rows of a table, its
    columns) whose labels the question does not write, the label both the question and its
    `unwritten` words (those the documents never write: 「カード決済の端末」) are clearly nearest to;
    nearest first. The two texts and every label are embedded once, whatever the number of axes."""
    if not unwritten:
        return []  # every word of the question is the documents' own: nothing is said in other words
    asked = squash(question)
    read: list[list[str]] = []  # the word labels of each axis read by meaning
    for axis in axes:
        labels = [x for x in dict.fromkeys(axis) if x and not total(x)]
        if any(len(label_core(x)) >= 2 and label_core(x) in asked for x in labels):
            continue  # the question names one of them itself
        choices = [x for x in labels if len(_WORDS.findall(_FIGURES.sub("", squash(x)))) >= 2]
        if len(choices) >= MIN_CHOICES and len(choices) >= len(labels) / 2:
            read.append(choices)  # (not an axis of years, months or bands of figures, nor too few labels)
    if not read:
        return []
    cores = list(dict.fromkeys(label_core(x) for choices in read for x in choices))
    whole, words = meaning.similarities(question, cores), meaning.similarities(unwritten, cores)
    if whole is None or words is None:
        return []
    near = {core: (w, u) for core, w, u in zip(cores, whole, words)}
    out: list[tuple[float, str]] = []
    for choices in read:
        by_whole = [near[label_core(x)][0] for x in choices]
        best = _clear_winner(by_whole)
        if best is not None and best == _clear_winner([near[label_core(x)][1] for x in choices]):
            out.append((by_whole[best], choices[best]))
    return [label for _, label in sorted(out, reverse=True)]


def _clear_winner(similarities: list[float]) -> int | None:
    """The index of the similarity at least `MEANING_MARGIN` above every other, or None."""
    order = sorted(range(len(similarities)), key=lambda i: -similarities[i])
    if similarities[order[0]] - similarities[order[1]] >= MEANING_MARGIN:
        return order[0]
    return None
