"""Which size class of firm the asker's own firm belongs to.

Subsidy and loan guides set their rates, caps and terms by the applicant's class (a table column
小規模事業者 beside 中小企業者) and define the class by a head count in a definition:
「小規模事業者」とは、常時使用する従業員の数が20人（商業・サービス業は５人）以下の事業者をいう.
A desk officer asks for their caller's firm as it is, 「従業員12人の菓子メーカーが…補助率は」, and
leaves the reading of the class to the reader. This module does that reading from the document's
own definition: the head count the question gives, the industry its words name (a メーカー makes
things, a 土産物店 sells them, a 旅館 lodges guests) and the bounds the definition sets, with its
exceptions (商業・サービス業は５人) and their exclusions (宿泊業を除く). A firm the definition
does not admit belongs to the one other class of the same table axis (中小企業者); a question
that says its firm is not of the class (「小規模企業者には当たらない会社です」) is read the same
way. Where the exception would decide and the question names no industry (「社員８人の会社」), the
firm is read by the main bound and the answer says so (「…商業又はサービス業を主たる事業とする場合を
除き「小規模企業者」に当たります」).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Callable, Iterable, Sequence

from corpus.records import squash

__all__ = ["SizeClass", "ClassReading", "size_classes", "size_classes_in", "glossed_class", "may_define_class", "definition_sentence",
           "employees_asked", "industries_named", "read_class", "asks_for_class"]

# The industries a definition's exception names, each with the broader ones it belongs to
# (the Japan Standard Industrial Classification as the 中小企業基本法 uses it: 小売業 and 卸売業
# are 商業; 宿泊業 and 飲食サービス業 are サービス業).
_BROADER = {
    "小売業": ("商業",),
    "卸売業": ("商業",),
    "宿泊業": ("サービス業",),
    "飲食サービス業": ("サービス業",),
}
_INDUSTRIES = ("商業", "サービス業", "小売業", "卸売業", "宿泊業", "飲食サービス業", "製造業")
# The words a question names its firm by, and the industry each tells. Longest first, so that
# 飲食店 is read before 店.
_FIRM_WORDS: tuple[tuple[str, str], ...] = tuple(sorted((
    ("メーカー", "製造業"), ("工場", "製造業"), ("製造", "製造業"), ("製作所", "製造業"), ("酒造", "製造業"),
    ("蔵元", "製造業"), ("工房", "製造業"),
    ("旅館", "宿泊業"), ("ホテル", "宿泊業"), ("民宿", "宿泊業"), ("宿泊", "宿泊業"),
    ("飲食店", "飲食サービス業"), ("レストラン", "飲食サービス業"), ("食堂", "飲食サービス業"),
    ("カフェ", "飲食サービス業"), ("居酒屋", "飲食サービス業"),
    ("小売", "小売業"), ("商店", "小売業"), ("土産物店", "小売業"), ("販売店", "小売業"), ("ショップ", "小売業"),
    ("スーパー", "小売業"), ("店", "小売業"),
    ("卸売", "卸売業"), ("問屋", "卸売業"), ("商社", "卸売業"),
    ("サービス業", "サービス業"),
    # (教育・学習支援業, 生活関連サービス業 and the like are サービス業 as the 中小企業基本法 reads it)
    ("塾", "サービス業"), ("教室", "サービス業"), ("スクール", "サービス業"), ("美容室", "サービス業"),
    ("美容院", "サービス業"), ("理容", "サービス業"), ("クリーニング", "サービス業"), ("旅行会社", "サービス業"),
    ("旅行代理店", "サービス業"),
    # (and industries no exception names, read with the main bound: 建設業, 運輸業)
    ("建設", "建設業"), ("工務店", "建設業"), ("運送", "運輸業"), ("運輸", "運輸業"), ("物流", "運輸業"),
    # (the trades of 建設業 by the industrial classification: 設備工事業 (水道設備, 電気工事), 職別工事業)
    ("工事", "建設業"), ("建築", "建設業"), ("土木", "建設業"), ("水道設備", "建設業"), ("空調設備", "建設業"),
    ("塗装", "建設業"),
    # (a firm that makes things, 「機械部品を作っている会社」: a maker)
    ("作っている", "製造業"), ("作っています", "製造業"), ("製造している", "製造業"), ("生産している", "製造業"),
), key=lambda pair: -len(pair[0])))
# Each firm word as a question writes it: a one-character word ends the firm's name (店 of 「雑貨店」,
# not of 「店頭での売値」).
_FIRM_WORD_WRITTEN = tuple((re.compile(re.escape(word) + (r"(?![\u4e00-\u9fff])" if len(word) == 1 else "")), industry)
                           for word, industry in _FIRM_WORDS)
# The head count a question gives its firm: 「従業員12人の」「従業員が３人の」「社員50人」.
_HEAD_COUNT = re.compile(r"(?:従業員|社員|常時使用する従業員)(?:数)?(?:の数)?(?:は|が)?\s*(?:約|ちょうど|丁度)?([0-9][0-9,]*)\s*人")
# The ways a document defines a class (NFKC, whitespace removed): 「「小規模事業者」とは、…をいう」,
# a gloss in brackets 「小規模企業者（常時使用する従業員の数が…の者をいう。）」 and 「…（以下「小規模
# 事業者」という。）」. A definition's body may hold brackets of its own, with a 。 inside
# (「商業又はサービス業（宿泊業を除く。）を主たる事業とする者については５人」).
_TERM_IS = re.compile(r"「([^」]{2,24})」とは[、,]?")
_GLOSSED = re.compile(r"([\u30a0-\u30ff\u3400-\u9fff]{2,12})[（(]")
_CALLED = re.compile(r"([^。「」]{6,160})[（(]以下[、,]?「([^」]{2,24})」(?:という|とする)")
_DEFINING = ("のことをい", "ことをい", "をい", "を指")
# What a class is counted by, and in what: a firm's 従業員 in 人, a hospital's 病床 in 床.
_MEASURES = (("従業員", "人"), ("病床", "床"))
_LONGEST_BODY = 200
_NOT_OF = r"(?:には|に)?(?:当たらない|あたらない|該当しない|含まれない|当てはまらない)|ではない|じゃない"


@dataclass(frozen=True)
class SizeClass:
    """A class of firm a document defines by head count: `term` (小規模事業者) holds a firm of at
    most `limit` employees (fewer than, when not `inclusive`), or of `exception_limit` in the
    `exception` industries other than the `excluded` ones; or by another count (`measure` in
    `counter`: 病床 in 床, 「病床数が99床以下の病院及び診療所」)."""

    term: str
    limit: int
    inclusive: bool
    exception: tuple[str, ...] = ()
    exception_limit: int | None = None
    excluded: tuple[str, ...] = ()
    measure: str = "従業員"  # what is counted: 従業員 (in 人), or 病床 (in 床) of a 「小規模医療機関」
    counter: str = "人"

    def limit_for(self, industries: set[str]) -> int | None:
        """The head-count bound for a firm of `industries` (empty: not known), or None when it
        depends on an industry the question does not name."""
        if self.exception_limit is None:
            return self.limit
        if industries:
            excepted = bool(industries & set(self.exception)) and not industries & set(self.excluded)
            return self.exception_limit if excepted else self.limit
        return None

    def holds(self, count: int, industries: set[str]) -> bool | None:
        """Whether a firm of `count` employees in `industries` is of this class (None: cannot tell)."""
        limit = self.limit_for(industries)
        if limit is None:
            bounds = (self.limit, self.exception_limit or self.limit)
            if all(self._within(count, b) for b in bounds):
                return True
            if not any(self._within(count, b) for b in bounds):
                return False
            return None
        return self._within(count, limit)

    def _within(self, count: int, limit: int) -> bool:
        return count <= limit if self.inclusive else count < limit


@dataclass(frozen=True)
class ClassReading:
    """The class a question's firm is read to belong to: `label` as the table writes it, and
    why (`reason`, in the answer's words; `size_class` whose definition decides: a SizeClass, an
    assistant.memberclass.MemberClass for a thing read by a list definition, an
    assistant.historyclass.HistoryClass for a firm read by its history of a deed, or an
    assistant.timeslots.TimeSlot for hours read as a fee column)."""

    label: str
    reason: str
    size_class: SizeClass  # (or MemberClass, HistoryClass, TimeSlot)


def _nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def _number(s: str) -> int:
    return int(s.replace(",", ""))


def _top_level_brackets(s: str) -> tuple[str, list[str]]:
    """`s` without its bracketed parts, and those parts (nested brackets stay inside theirs)."""
    out, parts, depth, current = [], [], 0, []
    for ch in s:
        if ch in "（(":
            depth += 1
            if depth == 1:
                current = []
                continue
        elif ch in "）)" and depth:
            depth -= 1
            if depth == 0:
                parts.append("".join(current))
                continue
        (current if depth else out).append(ch)
    return "".join(out), parts


def _body_end(flat: str, start: int) -> int | None:
    """Where the body of a definition that starts at `start` ends (before its をいう), its own
    brackets skipped; None when a sentence or the enclosing bracket ends first."""
    depth = 0
    for i in range(start, min(len(flat), start + _LONGEST_BODY)):
        ch = flat[i]
        if ch in "（(":
            depth += 1
        elif ch in "）)":
            if depth == 0:
                return None
            depth -= 1
        elif depth == 0:
            if flat.startswith(_DEFINING, i):
                return i
            if ch == "。":
                return None
    return None


def definition_sentence(text: str, term: str) -> str | None:
    """The sentence of `text` that defines `term`, verbatim: from the last 。 before the term (or
    the start of its line) to the 。 that ends the sentence outside brackets (「（宿泊業を除く。）」
    is inside one). The term may be split by a line break (a PDF's 「小\n規模企業者」)."""
    written = r"\s*".join(f"[{c}{chr(ord(c) + 0xFEE0)}]" if c.isascii() and c.isalnum() else re.escape(c)
                          for c in term)
    at = re.search(rf"{written}(?=\s*(?:」\s*と\s*は|[（(]))|(?<=「){written}(?=\s*」\s*(?:と\s*い|とする))", text)
    if at is None:
        return None
    start = max(text.rfind("。", 0, at.start()) + 1, text.rfind("\n", 0, at.start()) + 1)
    while start < at.start() and text[start].isspace():
        start += 1
    depth = 0
    for i in range(start, len(text)):
        if text[i] in "（(":
            depth += 1
        elif text[i] in "）)":
            depth -= 1
        elif text[i] == "。" and depth <= 0:
            return text[start:i + 1]
    return text[start:]


def glossed_class(case: str) -> SizeClass | None:
    """The class a rule's case glosses by its head count, exceptions and all: 「小規模企業者（常時使用する
    従業員の数が20人（商業又はサービス業は５人）以下の県内中小企業）」 is the term before the bracket,
    defined by the bracket (its own brackets kept inside it); None when the case is no such gloss."""
    flat = re.sub(r"\s+", "", _nfkc(case))
    term, glosses = _top_level_brackets(flat)
    if len(glosses) != 1 or not flat.endswith((")", "）")) or not term:
        return None
    return next(iter(size_classes([(glosses[0], term)])), None)


def size_classes_in(text: str) -> list[SizeClass]:
    """The classes of firm a text defines by head count."""
    flat = re.sub(r"\s+", "", _nfkc(text))
    definitions: list[tuple[str, str]] = []
    for pattern in (_TERM_IS, _GLOSSED):
        for m in pattern.finditer(flat):
            end = _body_end(flat, m.end())
            if end is not None:
                definitions.append((flat[m.end():end], m.group(1)))
    definitions += [(m.group(1), m.group(2)) for m in _CALLED.finditer(flat)]
    return size_classes(definitions)


def may_define_class(text: str) -> bool:
    """Whether a text names anything a class is counted by (従業員, 病床): the cheap test before it
    is read for definitions."""
    return any(measure in text for measure, _ in _MEASURES)


def asks_for_class(question: str) -> bool:
    """Whether a question gives its firm's head count or denies it a class: the cheap test
    before any document is read for classes."""
    q = re.sub(r"\s+", "", _nfkc(question))
    return (employees_asked(q) is not None or re.search(_NOT_OF, q) is not None
            or any(re.search(rf"[0-9]{counter}", q) for _, counter in _MEASURES[1:]))


def size_classes(definitions: Iterable[tuple[str, str]]) -> list[SizeClass]:
    """The classes of firm among `definitions` ((body, term) pairs, NFKC) that a head count
    decides: the body speaks of 従業員 and bounds their number."""
    classes: list[SizeClass] = []
    for body, term in definitions:
        body = re.sub(r"\s+", "", _nfkc(body))
        measure, counter = next(((m, c) for m, c in _MEASURES if m in body), (None, None))
        if measure is None:
            continue
        main, brackets = _top_level_brackets(body[body.index(measure):])
        bound = re.search(rf"([0-9][0-9,]*){counter}(以下|未満)", main)
        if bound is None:
            continue
        exception, exception_limit, excluded = (), None, ()
        for part in brackets:
            named = tuple(i for i in _INDUSTRIES if i in part)
            count = re.search(rf"([0-9][0-9,]*){counter}", part)
            if named and count:
                # (「宿泊業及び娯楽業を除く」: each of a list excluded)
                excluded = tuple(i for i in _INDUSTRIES
                                 if re.search(rf"{i}(?:(?:及び|並びに|又は|、|・)[^（）()を、・]{{1,12}}?)*を除", part))
                exception = tuple(i for i in named if i not in excluded)
                exception_limit = _number(count.group(1))
                break
        classes.append(SizeClass(term=_nfkc(term), limit=_number(bound.group(1)), inclusive=bound.group(2) == "以下",
                                 exception=exception, exception_limit=exception_limit, excluded=excluded,
                                 measure=measure, counter=counter))
    return classes


def _count_asked(question: str, cls: SizeClass) -> tuple[int, str] | None:
    """The count of the class's measure the question gives its case, as a number the class's
    bound is tested on, and how the question said it: 「従業員12人の」 (12), 「300床を超える」 (301)."""
    if cls.measure == "従業員":
        count = employees_asked(question)
        return (count, f"従業員{count}人") if count is not None else None
    m = re.search(rf"([0-9][0-9,]*)\s*{cls.counter}(を超える|超|以上|未満|以下)?", _nfkc(question))
    if m is None:
        return None
    count = _number(m.group(1)) + {"を超える": 1, "超": 1, "未満": -1}.get(m.group(2) or "", 0)
    return count, f"{cls.measure}数が{m.group(0)}"


def class_of(question: str, cls: SizeClass) -> tuple[bool, str] | None:
    """Whether the firm the question gives its case (「従業員が４人の小さな商社」) is of the class,
    and why in the answer's words (「従業員4人の事業者は「小規模事業者」に当たります」); None when the
    question gives no count of the class's measure, or the class cannot tell."""
    q = _nfkc(question)
    read = _of_class(q, cls, industries_named(q))
    return read[:2] if read is not None else None


def _of_class(q: str, cls: SizeClass, industries: set[str]) -> tuple[bool, str, str] | None:
    """Whether the firm is of the class, why, and the industries whose exception was assumed away
    ("" when none was)."""
    asked = _count_asked(q, cls)
    if asked is None:
        return None
    count, said = asked
    holds, unless = cls.holds(count, industries), ""
    if holds is None and cls.exception:
        # (an industry the exception depends on and the question does not name: 「社員８人の会社」 is
        # read by the main bound, and the answer says the exception it assumes away)
        holds, unless = cls._within(count, cls.limit), "又は".join(cls.exception)
    if holds is None:
        return None
    # (the industry, when the definition's exception made it matter: 「従業員10人の宿泊業の事業者」)
    told = [i for i in _INDUSTRIES if i in industries and (i in cls.exception or i in cls.excluded)]
    # (in the order of _INDUSTRIES: a set's order changes with string hashing between runs)
    told = [i for i in _INDUSTRIES if i in industries and i in _BROADER and set(_BROADER[i]) & set(told)] or told
    firm = f"{told[0]}の事業者" if told else "事業者"
    case = (f"{said}の{firm}" if cls.measure == "従業員"
            else f"{said}{'' if said.endswith('る') else 'の'}場合")  # (を超える場合, 80床の場合)
    assumed = f"、{unless}を主たる事業とする場合を除き" if unless else ""
    return holds, f"{case}は{assumed}「{cls.term}」に{'当たります' if holds else '当たりません'}", unless


def without_head_count(question: str) -> str:
    """The question without the head count it gives its firm (「従業員がちょうど５人の」): words
    that say which class of firm, not which row of a table (従業員研修の受講費)."""
    q = _nfkc(question)
    return _HEAD_COUNT.sub("", q) if _HEAD_COUNT.search(q) else question


def employees_asked(question: str) -> int | None:
    """The head count the question gives its own firm (「従業員12人の」), if any."""
    m = _HEAD_COUNT.search(_nfkc(question))
    return _number(m.group(1)) if m else None


def industries_named(question: str) -> set[str]:
    """The industries the words a question names its firm by tell (with the broader ones they
    belong to): 「菓子メーカー」 製造業, 「土産物店」 小売業 and 商業, 「旅館」 宿泊業 and サービス業."""
    q = _nfkc(question)
    found: set[str] = set()
    for written, industry in _FIRM_WORD_WRITTEN:
        if written.search(q):
            q = written.sub("　", q)
            found |= {industry, *_BROADER.get(industry, ())}
    return found


def _other_class(cls: SizeClass, axis: Sequence[str], is_total: Callable[[str], bool]) -> str | None:
    """The one other class on the axis `cls` labels: 中小企業者 beside 小規模事業者 (a firm that is not
    small may still be no 大企業); of a class counted otherwise, the only other label (その他の医療機関)."""
    others = [label for label in dict.fromkeys(axis) if label and squash(label) != squash(cls.term) and not is_total(label)]
    if cls.measure == "従業員":
        others = [label for label in others if "中小" in label]
    return others[0] if len(others) == 1 else None


def read_class(question: str, classes: Sequence[SizeClass], axes: Iterable[Sequence[str]],
               is_total: Callable[[str], bool]) -> ClassReading | None:
    """The table label the question's firm is read to be of, or None.

    `axes` are the row and column labels of the tables that may answer; a class is read only
    when one of them labels its term, so the reading names a label the records hold."""
    q = _nfkc(question)
    industries = industries_named(q)
    axes = [list(axis) for axis in axes]
    for cls in classes:
        axis = next((a for a in axes if any(squash(label) == squash(cls.term) for label in a)), None)
        if axis is None:
            continue
        label = next(label for label in axis if squash(label) == squash(cls.term))
        denied = re.search(re.escape(cls.term) + f"(?:{_NOT_OF})", re.sub(r"\s+", "", q))
        if denied:
            holds, reason, unless = False, f"「{cls.term}」に当たらない場合", ""
        elif (read := _of_class(q, cls, industries)) is not None:
            holds, reason, unless = read
        else:
            continue
        other = _other_class(cls, axis, is_total)
        if holds:
            if unless and other is not None:  # (where the assumed-away exception would read)
                reason = f"{reason}（{unless}の場合は「{other}」の欄です）"
            return ClassReading(label=label, reason=reason, size_class=cls)
        if other is not None:
            # (a sentence of its own: 「小規模事業者」に当たらない場合は「中小企業者」の欄を読みます)
            reason = f"{reason}は「{other}」の欄を読みます" if denied else f"{reason}（「{other}」の欄を読みます）"
            return ClassReading(label=other, reason=reason, size_class=cls)
    return None
