"""The industry a question names in everyday words, read as the document labels it.

Surveys break their figures down by industry in the words of the Japan Standard Industrial
Classification (日本標準産業分類): 「卸売・小売業」「医療・福祉」「宿泊業・飲食サービス業」. People
name the business instead: 「商社や問屋」「病院や介護施設」「ホテル」. `industry_labels` pairs each
such word of a question with the labels (table rows, section headings) of the document that name
its industry, the most specific first, so that the row or the section of that industry answers.

The words are grouped by the classification's divisions (大分類) and a few of its groups where
survey tables commonly split manufacturing or trade further; each group lists the keys a label
names the industry by and the everyday words that belong to it.

Surveys of exporters break down by product the same way (品目別: 果実, 水産物, 酒類), and people
name the kind of goods in everyday words (果物, 魚や海産物, お酒): those are read alike.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from corpus.records import squash

__all__ = ["IndustryLabel", "industry_labels"]


@dataclass(frozen=True)
class _Industry:
    keys: tuple[str, ...]  # how a label names it (卸売 of 卸売・小売業, 卸売業・商社)
    words: tuple[str, ...]  # how a question names a business of it
    within: tuple[str, ...] = ()  # the keys of the broader group it belongs to (食料品 within 製造)


# Specific groups first: a 食品メーカー is read in 食料品製造業 before 製造業.
_INDUSTRIES: tuple[_Industry, ...] = (
    _Industry(("食料品", "食品", "飲料", "酒類"), ("食品メーカー", "菓子メーカー", "酒蔵", "蔵元", "酒造会社",
                                           "醸造所", "食品工場"), ("製造",)),
    _Industry(("機械",), ("機械メーカー", "工作機械", "産業機械", "農業機械", "建設機械"), ("製造",)),
    _Industry(("電子部品", "電気機械", "電機"), ("電子部品メーカー", "半導体メーカー", "家電メーカー"), ("製造",)),
    _Industry(("化学",), ("化学メーカー", "化粧品メーカー", "製薬会社", "薬品メーカー"), ("製造",)),
    _Industry(("繊維", "衣料", "衣服"), ("アパレル", "縫製工場", "紡績"), ("製造",)),
    _Industry(("輸送用機械", "自動車"), ("自動車メーカー", "自動車部品メーカー", "造船所"), ("製造",)),
    _Industry(("製造",), ("メーカー", "工場", "製作所", "町工場")),
    _Industry(("農業", "農林"), ("農家", "農業法人", "農園", "果樹園", "牧場")),
    _Industry(("漁業", "水産"), ("漁師", "漁協", "養殖業者", "水産会社")),
    _Industry(("建設",), ("工務店", "建設会社", "ゼネコン", "建築会社", "土木会社")),
    _Industry(("情報通信", "情報サービス"), ("IT企業", "ＩＴ企業", "ソフトウェア会社", "システム会社", "アプリ開発会社",
                                       "通信会社", "IT・通信系", "ＩＴ・通信系", "IT系", "ＩＴ系", "IT関連", "ＩＴ関連")),
    _Industry(("運輸", "物流"), ("運送会社", "物流会社", "倉庫会社", "トラック会社", "海運会社", "航空会社",
                               "フォワーダー")),
    _Industry(("卸売",), ("商社", "問屋", "卸会社", "卸問屋")),
    _Industry(("小売",), ("小売店", "スーパー", "百貨店", "デパート", "販売店", "土産物店", "コンビニ",
                        "ドラッグストア")),
    _Industry(("金融", "保険"), ("銀行", "信用金庫", "信用組合", "保険会社", "証券会社")),
    _Industry(("不動産",), ("不動産会社", "不動産屋")),
    _Industry(("宿泊",), ("ホテル", "旅館", "民宿", "ゲストハウス")),
    _Industry(("飲食",), ("飲食店", "レストラン", "食堂", "居酒屋", "カフェ", "ラーメン店")),
    _Industry(("医療", "福祉", "介護"), ("病院", "診療所", "クリニック", "介護施設", "老人ホーム", "介護事業所",
                                    "保育所", "保育園", "障害者施設")),
    _Industry(("教育", "学習支援"), ("学校", "日本語学校", "専門学校", "学習塾", "塾")),
    _Industry(("旅行",), ("旅行会社", "旅行代理店")),
)

# Goods as export statistics and surveys by product (品目別) label them, and the everyday words
# for them: 「果物を主に輸出している回答者」 of the row 果実, 「魚や海産物」 of 水産物. Only words for
# the whole kind, never one product of it (りんご is no 果実 row: the row counts every fruit).
_GOODS: tuple[_Industry, ...] = (
    _Industry(("果実", "果樹"), ("果物", "フルーツ")),
    _Industry(("水産物", "魚介"), ("魚介類", "海産物", "シーフード", "鮮魚", "魚")),
    _Industry(("畜産物", "食肉", "肉類"), ("お肉", "精肉", "肉")),
    _Industry(("酒類",), ("お酒", "アルコール飲料")),
    _Industry(("茶",), ("お茶",)),
    _Industry(("花き", "花卉"), ("切り花", "生花")),
    _Industry(("菓子",), ("お菓子", "スイーツ")),
)

# Every business word with its industry, longest first (食品メーカー is read before メーカー); and
# every word for goods with their kind.
_WORDS_LONGEST_FIRST = tuple(sorted(((w, ind) for ind in (*_INDUSTRIES, *_GOODS) for w in ind.words),
                                    key=lambda p: -len(p[0])))


@dataclass(frozen=True)
class IndustryLabel:
    """A word of the question and the label of its industry."""

    word: str  # as the question writes it (病院)
    label: str  # as the document names the industry (医療・福祉), without a heading's number
    labels: tuple[str, ...]  # every label that names it (the row 医療・福祉, the heading （３）医療・福祉)


# What joins industry names in a label, and the words of the classification's names.
_FILLER = re.compile(r"サービス|製品|器具|用品|その他|一般|及び|[業・、等計用]")
# A heading's number: （３）, (3), ３., ③.
_NUMBERED = re.compile(r"^(?:[（(][0-9０-９一二三四五六七八九十]+[）)]|[0-9０-９]+[.．、]|[①-⑳])")


def _industries_of(label: str) -> tuple[_Industry, ...]:
    """The industries a label names: of the specific groups, those of its longest key (電気機械 is
    of 電気機械, not of 機械); else every division with a key in it (卸売・小売業: 卸売 and 小売);
    or the kinds of goods it names (果実)."""
    lengths = {ind: max((len(k) for k in ind.keys if k in label), default=0) for ind in _INDUSTRIES if ind.within}
    longest = max(lengths.values(), default=0)
    if longest:
        return tuple(ind for ind, n in lengths.items() if n == longest)
    return tuple(ind for ind in (*_INDUSTRIES, *_GOODS) if not ind.within and any(k in label for k in ind.keys))


# What a label calls its kind of business after the things it names (機械・金属製品製造業).
_INDUSTRY_SUFFIX = re.compile(r"(?:製造業|産業|業)$")


def _parts_written(label: str, question: str) -> bool:
    """Whether the question writes each thing a label lists (機械 and 金属製品 of 機械・金属製品製造業)."""
    parts = [p for p in re.split(r"[・、]|及び", _INDUSTRY_SUFFIX.sub("", _NUMBERED.sub("", label))) if p]
    return bool(parts) and all(len(p) >= 2 and p in question for p in parts)


# The firm of a case after its industry, and the town after it: Ｅ社（菱浦市）, Ａ社.
_CASE_FIRM = re.compile(r"[A-ZＡ-Ｚ]社(?:[（(][^）)]*[）)])?$")


def names_industries(label: str, groups: tuple[_Industry, ...] = _INDUSTRIES) -> bool:
    """Whether a label is the name of industries (医療・福祉, （２）一般機械, 機械・金属製品製造業),
    not a heading that names one among other things (梓市医療機関向け研修会); with `groups`
    `_GOODS`, of kinds of goods (果実, 水産物)."""
    rest = _NUMBERED.sub("", label)
    # (a case's heading names its firm by its industry, a letter and its town, 情報通信業Ｅ社（菱浦市）:
    # by nothing but the industry's name, not 菓子製造業Ａ社, whose 菓子 is a trade of its own)
    firm = _CASE_FIRM.search(rest)
    rest = rest[:firm.start()] if firm else rest
    for key in sorted({k for ind in groups for k in ind.keys}, key=len, reverse=True):
        rest = rest.replace(key, "")
    return len(_FILLER.sub("", rest)) <= (0 if firm else 2)


def industry_labels(question: str, labels: Iterable[str], written: str = "") -> list[IndustryLabel]:
    """Each business word of `question` (longest first, none inside a longer one) that `written`
    (the document's text) never writes, with the label of `labels` that names its industry: one
    with the group's own key (食料品製造業), else one with its broader group's (製造業). Labels
    that name several industries by a key each (卸売・小売業) are kept; a total (計, 合計) is none."""
    q = squash(question)
    text = squash(written)
    every = [lab for lab in dict.fromkeys(squash(x) for x in labels if x) if lab and not re.search(r"(?:^|合|小)計$", lab)]
    pool = [lab for lab in every if names_industries(lab) or names_industries(lab, _GOODS)]
    # (and a label of an industry by the things it makes, whose things the question writes:
    # 化粧品・日用品製造業 of 「化粧品や日用品のメーカー」, however few keys it holds)
    spelled = [lab for lab in every if lab not in pool and _INDUSTRY_SUFFIX.search(lab)]
    taken: list[tuple[int, int]] = []
    out: list[IndustryLabel] = []
    for word, industry in _WORDS_LONGEST_FIRST:
        w = squash(word)
        for m in re.finditer(re.escape(w), q):
            span = (m.start(), m.end())
            if any(a < span[1] and span[0] < b for a, b in taken):
                continue  # (メーカー inside 食品メーカー)
            taken.append(span)
            if w in text or any(w in lab for lab in pool):
                break  # the document writes the word itself: its own word answers
            named = ([lab for lab in pool if industry in _industries_of(lab)]
                     or [lab for lab in pool if any(k in lab for k in industry.within)
                         and not any(ind.within for ind in _industries_of(lab))])
            # (a label of the same kind whose words the question writes names the industry itself:
            # 「機械や金属製品のメーカー」 is 機械・金属製品製造業, not the catch-all その他の製造業)
            written_out = [lab for lab in pool + spelled if _parts_written(lab, q)
                           and any(k in lab for k in (*industry.keys, *industry.within))]
            named = written_out or named
            if named:
                out.append(IndustryLabel(word, _NUMBERED.sub("", named[0]), tuple(named)))
            break
    return out
