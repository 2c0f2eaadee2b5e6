"""Which column a firm's own history reads, by a class a document defines by what was (not) done.

Guides split rates and caps between firms new to something and the rest. They define the new ones
by a deed they have not done (「新規輸出者」とは、申請日の前３年間に…輸出の実績がない中小企業者をいう)
and say under the table which column is whose (※１ 「新規輸出枠」の欄は新規輸出者に、「一般枠」の欄は
それ以外の中小企業者に適用する); a note may say the deed itself (「２回目以降」の欄は過去にこの補助金の
交付を受けたことがある事業者に). A desk officer tells the firm's history in its own words:
「ここ３年は輸出していません」「一度も輸出したことのない会社」 (the deed not done) or 「毎年アメリカへ
部品を輸出している会社」 (done). The column whose condition that history meets is the one read; the
complement's (それ以外, …以外) when the history fails the condition. A question that tells no history
of the deed (「輸出向けの機械を買う場合」 names the deed, tells no history of it) is read by no column.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from assistant.sizeclass import ClassReading
from corpus.records import squash

__all__ = ["HistoryClass", "columns_applied", "complements_defined", "history_classes", "history_said", "read_history"]


@dataclass(frozen=True)
class HistoryClass:
    """A class of firm defined by a deed (`deed`, 輸出) done or, when `lacks`, not done; `term` is
    the defined word (新規輸出者), or the note's own words when a note states the condition."""

    term: str
    deed: str
    lacks: bool


# 「…輸出の実績がない」「…交付を受けたことがある」「…利用したことがない」 (NFKC, whitespace removed): the
# deed (a noun of two kanji or more, a verbal noun) and whether it was done.
_DEED = re.compile(r"([\u4e00-\u9fff]{2,6})(?:の実績|の経験|した実績|した経験|を受けたこと|をしたこと|したこと|を行ったこと)"
                   r"(?:が|の|は)?(?:(?P<lacks>ない|なく|無い|ありません)|ある|あり|有する)")
# ※１ 「新規輸出枠」の欄は新規輸出者に、「一般枠」の欄はそれ以外の中小企業者に適用する。
_APPLIED = re.compile(r"「([^」]{1,16})」の欄は[、,]?([^「」。]{2,80}?)に(?=[、,]?「|[、,]?適用)")
# What the question says right after the deed when it was not done (「輸出していません」「輸出したことの
# ない」「輸出の実績はありません」; not 「輸出向けの機械で対象にならない」), and before it when the firm does it for the first time (「初めて輸出する」).
_NOT_DONE = re.compile(r"^(?:を|も|は)?(?:し|さ|せ|受け|行)[^、。]{0,8}?(?:ません|ない|なかった|ず(?!つ))"
                       r"|^の?(?:実績|経験)(?:が|は|も|の)?(?:ない|なく|無|ありません)")
_FIRST_TIME = re.compile(r"初めて|はじめて|初回|一度も|まだ")
# The deed done as a habit or in the past: 「輸出している」「輸出しており」「輸出した」「輸出の実績がある」
# 「交付を受けました」 (not 「輸出する製品」「輸出向け」, which tell no history, nor 「輸出する予定」).
# (「すでに輸出実績のある香港」: the record said with or without の)
_DONE = re.compile(r"^(?:を|も)?(?:し|受け|行っ)(?:て(?:い|お|き)|た|まし)|^の?(?:実績|経験)(?:が|は|の)?あ")
# 「「新規輸出」とは、…輸出した実績がない場合をいい、それ以外の場合を「継続輸出」といいます」: a class
# and its complement defined in one sentence, each the label of a column (NFKC, whitespace removed).
_WITH_COMPLEMENT = re.compile(r"「(?P<term>[^」]{1,16})」とは[、,]?[^。「」]{2,120}?を(?:いい|いう)[、,]"
                              r"それ以外(?:の[^「」。、]{0,10})?を「(?P<other>[^」]{1,16})」と(?:いい|いう|する)")


# Where the telling of a history ends (「…輸出している」 of 「…輸出している会社が」).
_PREDICATE_END = re.compile(r"(?:ません|ない|なかった|います|いる|いた|ました|した|あります|ある|する)")


_PLAIN = (("ことのない", "ことがない"), ("ありません", "ない"), ("ません", "ない"), ("います", "いる"), ("ました", "た"), ("あります", "ある"),
          # (a record said before the noun it is of, 「輸出実績のある香港」: said as a record there is)
          ("実績のある", "実績がある"), ("実績のない", "実績がない"), ("経験のある", "経験がある"), ("経験のない", "経験がない"))


def _told(clause: str, at: int) -> str:
    """The clause up to the last predicate ending after the deed (at `at`), in the plain form
    (「ここ3年は輸出していない」 of 「ここ３年は輸出していません」)."""
    ends = [m.end() for m in _PREDICATE_END.finditer(clause, at)]
    told = clause[:ends[-1]] if ends else clause
    for polite, plain in _PLAIN:
        if told.endswith(polite):
            return told[: -len(polite)] + plain
    return told


def _condition(text: str) -> tuple[str, bool] | None:
    """(deed, lacks) of the one deed a condition names, or None (none, or two)."""
    found = {(m.group(1), bool(m.group("lacks"))) for m in _DEED.finditer(text)}
    return found.pop() if len(found) == 1 else None


def history_classes(definitions: Iterable[tuple[str, str]]) -> list[HistoryClass]:
    """The classes among a document's (definition, term) pairs (the answerer's definitions reader:
    「「新規輸出者」とは、申請日の前３年間に…輸出の実績がない中小企業者をいう」) that a deed done or not
    done defines."""
    return [HistoryClass(term, *condition) for body, term in definitions if (condition := _condition(body)) is not None]


def columns_applied(notes: Iterable[str]) -> list[list[tuple[str, str]]]:
    """The (column label, whom it applies to) pairs each note under a table states."""
    out = []
    for note in notes:
        pairs = [(m.group(1), m.group(2)) for m in _APPLIED.finditer(squash(note))]
        if pairs:
            out.append(pairs)
    return out


def complements_defined(text: str) -> list[list[tuple[str, str]]]:
    """The (column label, whom it applies to) pairs of each class a text defines with its complement
    in one sentence (「「新規輸出」とは、…実績がない場合をいい、それ以外の場合を「継続輸出」といいます」:
    新規輸出 to 新規輸出, 継続輸出 to それ以外), read as a note that applies the columns would be."""
    return [[(m.group("term"), m.group("term")), (m.group("other"), "それ以外")]
            for m in _WITH_COMPLEMENT.finditer(squash(text))]


def history_said(question: str, deed: str) -> tuple[bool, str] | None:
    """(True, the clause) when the question says the deed was not done (or is done for the first
    time), (False, the clause) when it says it was done, None when it tells no history of it; a
    clause that says it was not done decides (「４年前に一度輸出しましたが、ここ３年は輸出していません」:
    the definition's period is the recent one)."""
    said = None
    for clause in re.split(r"[、。,?？!！]", squash(question)):
        at = clause.find(deed)
        while at >= 0:
            after = clause[at + len(deed):]
            if _NOT_DONE.match(after) or _FIRST_TIME.search(clause[:at]):
                return True, _told(clause, at)
            if _DONE.match(after) and said is None:
                said = (False, _told(clause, at))
            at = clause.find(deed, at + 1)
    return said


def read_history(question: str, classes: Sequence[HistoryClass], notes: Sequence[Sequence[tuple[str, str]]],
                 columns: Sequence[str]) -> ClassReading | None:
    """The column (one of `columns`, a table's) a note applies to the class the question's firm is
    of by its history of a deed, or to the complement when its history fails the class."""
    labels = {squash(c): c for c in columns if c}
    for pairs in notes:
        pairs = [(squash(label), whom) for label, whom in pairs if squash(label) in labels]
        for label, whom in pairs:
            cls = next((c for c in classes if c.term in whom and f"{c.term}以外" not in whom), None)
            if cls is None and (condition := _condition(whom)) is not None:
                cls = HistoryClass(whom, *condition)  # (the note says the condition itself)
            if cls is None:
                continue
            said = history_said(question, cls.deed)
            if said is None:
                continue
            lacks, clause = said
            because = f"{clause}とのことなので、"
            if lacks == cls.lacks:
                return ClassReading(labels[label], f"{because}「{cls.term}」に当たります（「{labels[label]}」の欄を読みます）", cls)
            other = [x for x, w in pairs if x != label and (w.startswith("それ以外") or f"{cls.term}以外" in w)]
            if len(other) == 1:
                return ClassReading(labels[other[0]],
                                    f"{because}「{cls.term}」に当たりません（「{labels[other[0]]}」の欄を読みます）", cls)
    return None
