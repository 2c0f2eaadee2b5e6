"""Read tables and label–value facts out of a document's text into records (corpus.records).

Tables reach us in three shapes, all as lines of the cleaned document text:

- grids: one row per line, cells separated by tabs, empty cells kept (PDF tables read by
  layout, HTML and DOCX tables). Read by position when the columns line up.
- flattened rows: a PDF's text layer flattened into lines, cells separated by spaces, headers
  and row labels broken over several lines, sometimes one cell per line (the .txt reports).
  Read as a stream of tokens: header fragments, then rows of a label followed by values.
- label–value lines: 組織名 中華人民共和国 遼寧省 / MOU締結時期 2018年5月8日, 担当課：…, and bracketed
  summaries 【当該年度目標値93億円、当該年度実績値135億円、進捗度145%】.

Everything here works from the layout of the text (tokens that are figures, header lines above
them, a row label before its values, captions above the header), never from particular
documents. Each cell keeps its verbatim text and offsets, so answers can quote the row.
"""

from __future__ import annotations

import dataclasses
import functools
import itertools
import logging
import re
import unicodedata
from dataclasses import dataclass, field
from typing import NamedTuple

from corpus.chunking import is_heading
from corpus.models import Chunk, LoadedDocument
from corpus.records import (
    Cell,
    Footnote,
    TableRecord,
    figure_and_bracketed,
    is_dash,
    is_mark,
    nfkc,
    parse_number,
    parse_period,
    squash,
    unit_from_label,
)
from corpus.text import HEADING_MARK, PARTICLE_START

log = logging.getLogger(__name__)

__all__ = ["extract_records", "ROW_KINDS"]

# Row labels of indicator tables: what a value is (target, actual, progress...).
ROW_KINDS = ("目標値", "実績値", "進捗度", "進捗率", "達成率", "寄与度", "見込値", "計画値", "目標", "実績", "見込")
# Header cells that label the row-label column, not a data column.
_STUB_WORDS = {
    "区分", "項目", "指標", "年度", "分野", "事業名", "税目", "名称", "種別", "地域", "内容", "事業", "制度", "区域",
    "施策取組期間", "No.", "No", "番号", "対象", "プロジェクト名", "指標名", "評価指標", "団体名", "機関名", "国・地域",
}
_CAPTION_START = re.compile(r"^(?:[○◯●◎■□◆◇▼▽・]|【|＜|〈|《|≪|<)")
_BULLET = re.compile(r"^[○◯●◎■□◆◇▼▽・※]\s*")
_NOTE = re.compile(
    r"[(（]?(?:令和|平成|昭和|[0-9０-９]{4}年)\s*[0-9０-９元]{0,2}\s*年?\s*[0-9０-９]{0,2}\s*月?\s*(?:末|[0-9０-９]{1,2}\s*日)?\s*(?:現在|時点)[)）]?"
    r"(?:\s*[(（][^()（）]{1,6}[)）])?"
)
_GENERIC_CAPTION = re.compile(r"^[＜〈<《≪【]\s*[^＞〉>》≫】]{1,8}[＞〉>》≫】]$")
_SENTENCE = re.compile(r"[。]|(?:です|ます|である|した|する)$")
# A note's line that goes on with the line before: it opens on a case particle (corpus.text's
# PARTICLE_START), or on the の that ties a noun to the next (「の欄を適用します。」 after 「…それ以外の
# 場合は「中小企業者」」; cleaning does not join on の, which would re-join lines all over the corpus).
_CONTINUED = re.compile(PARTICLE_START.pattern + r"|^の")
_OPEN = "(（[［<＜〈【「"
_CLOSE = ")）]］>＞〉】」"
_PAIRS = dict(zip(_OPEN, _CLOSE))
_ERA_WORD = re.compile(r"^(?:令和|平成|昭和)$")
# A column of the year before the table's own (前年度, 前年度実績).
# The column of a price's basis: 料金の単位, 単価の単位, 単位 (its cells say per what, not how much).
_BASIS_COLUMN = re.compile(r"^(?:(?:料金|単価|価格|手数料)の?)?単位$")
_YEAR_BEFORE_COLUMN = re.compile(r"^(?:前年度?|昨年度)(?:実績|値)?(?:[（(][^）)]*[）)])?$")
_AMOUNT_OPEN = re.compile(r"^[△▲\-－]?[0-9０-９][0-9０-９,，.．]*\s*(?:兆|億)(?:\s*[0-9０-９][0-9０-９,，.．]*\s*(?:億))?$")
_AMOUNT_TAIL = re.compile(r"^[0-9０-９][0-9０-９,，.．]*\s*(?:億|万)")
_UNIT_ONLY = re.compile(r"^(?:件|人|名|社|者|回|箇所|%|％|億円|万円|円|点|千円|百万円)$")
_VALUE_PAREN_TAIL = re.compile(r"^(?P<v>.*?[0-9０-９](?:[^\s(（)）]{0,4}))(?P<p>[(（][^()（）]{1,12}[)）])$")
_COLON = "：:︓"
# (a label may hold a bracketed list: 受入環境の整備（シャトルバス、臨時案内所）：830万円)
_FACT_COLON = re.compile(rf"(?P<label>(?:[（(][^）)\n{_COLON}]{{0,20}}[）)]|[^\s{_COLON}。、]){{1,24}}?)\s*[{_COLON}]\s*(?P<value>[^\s{_COLON}]\S*(?:[ \u3000][^\s{_COLON}]+)*?)(?=\s+[^\s{_COLON}]{{1,12}}[{_COLON}]|\s*$)")
_LIST_MARKER = re.compile(r"^(?:[(（][0-9０-９]{1,2}[)）]|[①-⑳]|[0-9０-９]{1,2}[.．])\s*")
_FORM_LABEL = re.compile(r"^[^\s、。「」()（）【】※*0-9０-９][^\s、。「」【】]{0,13}$")
_BRACKET_SUMMARY = re.compile(r"【([^【】]{2,200})】")
# A total and its parts in brackets (「1,772社（瀋陽市195社、大連市1,550社、その他27社）の日系企業」),
# and one part: a name, then a figure in the total's unit.
_PARTS_IN_BRACKETS = re.compile(r"(?<![0-9０-９,，.])(?P<total>[0-9０-９][0-9０-９,，.]*)(?P<unit>[^\s0-9０-９（(、。]{1,3}?)"
                        r"[（(](?P<items>[^（）()]{4,160})[）)](?:の(?P<what>[^\s、。をがはにでと「」]{2,12}))?")
_PART_IN_BRACKETS = re.compile(r"^\s*(?P<label>[^0-9０-９、\s][^0-9０-９、]{0,15}?)\s*(?P<value>[0-9０-９][0-9０-９,，.]*)"
                             r"(?P<unit>[^\s0-9０-９、]{1,3})\s*$")
# A label–value line's figure with a bracket after it (「回答数：186者（回答率60.0％）」「予算額：48,500千円
# （決算額 47,260千円）」「投資額：8,000万円（令和４年度）」): the figure, then what the bracket holds.
_FIGURE_THEN_BRACKET = re.compile(r"^(?P<figure>[△▲]?[0-9０-９][0-9０-９,，.]*[^\s（(0-9０-９、。]{0,5})\s*[（(](?P<inner>[^（）()]{2,80})[）)]$")
# One item of that bracket naming a measure of its own, then its figure (回答率60.0％, 決算額 47,260千円,
# うち県費2,460万円); not a change (前回調査から3.1ポイント増), whose unit reads as none.
# A bracket that only says the period (令和４年度, 2024年度, 令和３～６年度).
_PERIOD_ONLY = re.compile(r"(?:(?:令和|平成|昭和)?(?:[0-9]{1,4}|元)年度?[～~〜\-－]?){1,2}")
_NAMED_FIGURE = re.compile(r"^\s*(?P<label>[^0-9０-９、,\s][^0-9０-９、,]{0,11}?)\s*(?P<value>[0-9０-９][0-9０-９,，.]*[^\s0-9０-９、]{1,4})\s*$")
# A short quoted text: a dash quoted as a legend (「－」とし、「―」は…を示す) when it is one (is_dash).
_QUOTED_SHORT = re.compile(r"[「『]([^「」『』]{1,3})[」』]")
_SUMMARY_ITEM = re.compile(r"^(?P<label>[^0-9０-９\-－△▲]+?)\s*(?P<value>[△▲\-－]?[0-9０-９].*|[\-－―])$")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")
_HIRAGANA_START = re.compile(r"^[\u3041-\u3093ー・]")
_CONT_END = re.compile(r"[のをにはとへ・、～~〜]$")
_BARE_INT = re.compile(r"^[0-9０-９]{1,3}$")
# A row's running number as a first column prints it: 1, （１）, (1), ①.
_RUNNING_NUMBER = re.compile(r"^[0-9０-９]{1,3}$|^[（(][0-9０-９]{1,3}[）)]$|^[①-⑳]$")


def _running_number(text: str) -> int | None:
    """The number of a running-number cell (（３） -> 3, ③ -> 3), or None for any other text."""
    if not _RUNNING_NUMBER.match(text):
        return None
    if text in "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳":
        return "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳".index(text) + 1
    return int(unicodedata.normalize("NFKC", text).strip("()"))
_BREAKDOWN = re.compile(r"[(（]\s*(?:うち|内数|内訳)")
_TOTAL = re.compile(r"^(?:合計|総計|計|小計|全体)$")
_MAX_LABEL = 40  # a text token longer than this is prose, not a label or header cell
_MAX_HEADER_LINES = 16


# --- tokens ------------------------------------------------------------------------------------


@dataclass
class Tok:
    """A cell-sized piece of a line: its verbatim text, offsets, and what it looks like."""

    text: str
    start: int
    end: int
    line: int  # index into the document's lines
    cell: int = 0  # index of the tab-separated cell of its line
    value: bool = False
    paren: bool = False
    dash: bool = False

    @property
    def core(self) -> str:
        return squash(self.text)



def _percent_column(column: str | None) -> str | None:
    """"%" for a column of ratios (前年度比（％）, 達成率) in a row of counts (成約件数（件）): the
    column's unit wins over the row's, for the cell is a ratio of the row's figures."""
    return "%" if column and unit_from_label(column) == "%" else None

def _classify_tok(tok: Tok) -> Tok:
    s = tok.core
    tok.paren = len(s) >= 2 and s[0] in _OPEN and s[-1] == _PAIRS.get(s[0])
    number, _ = parse_number(s)
    tok.dash = is_dash(s)
    tok.value = number is not None or tok.dash
    return tok


def _pieces(text: str, base: int, line: int, cell: int) -> list[Tok]:
    out = []
    for m in re.finditer(r"\S+", text):
        out.append(Tok(m.group(0), base + m.start(), base + m.end(), line, cell))
    return out


def _merge(a: Tok, b: Tok, doc_text: str) -> Tok:
    return Tok(doc_text[a.start:b.end], a.start, b.end, a.line, a.cell)


def _balance(s: str) -> int:
    depth = 0
    for ch in s:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth -= 1
    return depth


def tokenize_line(doc_text: str, start: int, end: int, line: int) -> list[Tok]:
    """Cell-sized tokens of one line: tab cells split at spaces, then pieces that belong together
    joined again (brackets, 15億 8,741万円, 平成 30～, 合 計, 令和７年３月 31日, 280 件)."""
    text = doc_text[start:end]
    toks: list[Tok] = []
    pos = 0
    for cell, part in enumerate(text.split("\t")):
        toks.extend(_pieces(part, start + pos, line, cell))
        pos += len(part) + 1
    merged: list[Tok] = []
    for tok in toks:
        if merged and merged[-1].cell == tok.cell and _joins(merged[-1], tok):
            merged[-1] = _merge(merged[-1], tok, doc_text)
        else:
            merged.append(tok)
    out: list[Tok] = []
    for tok in merged:
        out.extend(_split_value_paren(tok, doc_text))
    toks = [_classify_tok(t) for t in out]
    if len(toks) > 1 and _LIST_MARKER.fullmatch(toks[0].text.strip()) and not toks[1].value:
        toks[0].value = toks[0].dash = toks[0].paren = False  # (2) 予算額 …: an item marker, no figure
    return toks


def _joins(a: Tok, b: Tok) -> bool:
    sa, sb = nfkc(a.text), nfkc(b.text)
    if _balance(sa) > 0:
        return True  # inside brackets: （ 63件）, (6 月 30 日現在)
    if _AMOUNT_OPEN.match(sa) and _AMOUNT_TAIL.match(sb):
        return True  # 15億 8,741万円
    if _ERA_WORD.match(sa) and re.match(r"^[0-9元]", sb):
        return True  # 平成 30～
    if re.search(r"[0-9]月$", sa) and re.match(r"^[0-9]{1,2}日", sb):
        return True  # 令和７年３月 31日現在
    if re.fullmatch(r"[0-9][0-9,.]*", sa) and _UNIT_ONLY.match(sb):
        return True  # 280 件
    if len(sa) == 1 and len(sb) == 1 and _CJK.match(sa) and _CJK.match(sb):
        return True  # 合 計, 区 分
    if len(sa) == 1 and _CJK.match(sa) and len(sb) <= 2 and _CJK.match(sb) and sb in ("計", "分", "目", "数", "額"):
        return True
    return False


def _split_value_paren(tok: Tok, doc_text: str) -> list[Tok]:
    """475億円(累計) -> 475億円 + (累計); 171件（ 63件） stays split as tokenised."""
    m = _VALUE_PAREN_TAIL.match(tok.text)
    if m and parse_number(m.group("v"))[0] is not None and parse_number(m.group("p"))[0] is None \
            and not unit_from_label(m.group("p")) == squash(m.group("p")).strip("()（）"):
        cut = tok.start + len(m.group("v"))
        return [Tok(doc_text[tok.start:cut], tok.start, cut, tok.line, tok.cell),
                Tok(doc_text[cut:tok.end], cut, tok.end, tok.line, tok.cell)]
    # 171件（63件） written without a space
    pair = figure_and_bracketed(tok.text)
    if pair is not None:
        cut = tok.start + len(pair[0])
        return [Tok(doc_text[tok.start:cut], tok.start, cut, tok.line, tok.cell),
                Tok(doc_text[cut:tok.end], cut, tok.end, tok.line, tok.cell)]
    m = re.match(r"^(?P<v>[^［\[]*?[0-9０-９][^［\[]*?)(?P<p>[［\[][^］\]]*[0-9０-９][^］\]]*[］\]])$", tok.text)
    if m and parse_number(m.group("v"))[0] is not None:
        cut = tok.start + len(m.group("v"))
        return [Tok(doc_text[tok.start:cut], tok.start, cut, tok.line, tok.cell),
                Tok(doc_text[cut:tok.end], cut, tok.end, tok.line, tok.cell)]
    return [tok]


# --- lines -------------------------------------------------------------------------------------


class _Bracketed(NamedTuple):
    """A label–value line's value printed 「186者（回答率60.0％）」, read (see _figure_then_bracket)."""

    figure: str  # the figure before the bracket, as printed (186者)
    number: float
    unit: str | None
    named: list[tuple[str, str, int]]  # the bracket's named figures: (row, value, offset in the value)
    period: tuple[int | None, tuple[int, int] | None] | None  # (fiscal year, range) a bracket of a period gives


def _figure_then_bracket(label: str, value: str) -> _Bracketed | None:
    """A value printed 「186者（回答率60.0％）」 read as its figure and what its bracket holds; None when
    the figure does not read as a number or the bracket holds neither a named figure nor a period."""
    m = _FIGURE_THEN_BRACKET.match(value)
    if not m:
        return None
    figure = m.group("figure")
    number, unit = parse_number(figure)
    if number is None:
        return None
    inner, at = m.group("inner"), m.start("inner")
    named, period = [], None
    for item in inner.split("、"):
        im = _NAMED_FIGURE.match(item)
        fy, rng, _ = parse_period(item)
        if (fy or rng) and _PERIOD_ONLY.fullmatch(squash(item)):
            period = period or (fy, rng)
        elif im and parse_number(im.group("value"))[0] is not None and not _ERA_WORD.match(squash(im.group("label"))):
            name = squash(im.group("label"))
            if not name.startswith("うち"):
                # (「延べ47人」: another count of what the line names; 「うち県費2,460万円」, a part of
                # the figure, is left to the line: no measure of its own, and never added to its whole)
                row = f"{squash(label)}（{name}）" if name.startswith("延べ") else name
                named.append((row, im.group("value"), at + im.start("value")))
        at += len(item) + 1
    if not named and not period:
        return None
    return _Bracketed(figure, number, unit, named, period)


@dataclass
class _Line:
    idx: int
    start: int
    end: int
    text: str
    toks: list[Tok]
    kind: str = "other"  # blank | data | label | caption | prose | fact

    @property
    def tabbed(self) -> bool:
        return "\t" in self.text.strip(" \u3000")

    @property
    def values(self) -> list[Tok]:
        return [t for t in self.toks if t.value]

    @property
    def labels(self) -> list[Tok]:
        return [t for t in self.toks if not t.value]


def _split_lines(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for raw in text.split("\n"):
        spans.append((pos, pos + len(raw)))
        pos += len(raw) + 1
    return spans


def _line_kind(line: _Line) -> str:
    s = line.text.strip()
    if not s:
        return "blank"
    if _CAPTION_START.match(s) or (HEADING_MARK.match(s) and len(s) <= 80 and (
            not line.values or len(_CJK.findall(s[HEADING_MARK.match(s).end():])) >= 2 and len(line.values) == 1)):
        return "caption"
    labels = line.labels
    longest = _MAX_LABEL * 2 if line.tabbed else _MAX_LABEL
    if any(len(t.core) > longest for t in labels) or (not line.tabbed and "。" in s):
        return "prose"
    if _NOTE.fullmatch(squash(s)) or (_NOTE.search(s) and not line.values and len(squash(s)) <= 24):
        return "note"
    if line.values:
        first = line.toks[0]
        if first.value and _BARE_INT.match(first.core) and len(line.values) == 1 and len(line.toks) > 1:
            return "label"  # "３ 心の健康計測システム【平成 27年５月】": a numbered list item
        label_len = sum(len(t.core) for t in labels)
        if label_len > (120 if line.tabbed else 60) or (label_len > 25 and len(line.values) == 1 and not line.tabbed):
            return "prose"
        return "data"
    if len(squash(s)) <= 50:
        return "label"
    return "prose"


# --- header fragments --------------------------------------------------------------------------


@dataclass
class _Frag:
    """A header cell under construction: tokens joined across spaces or lines."""

    toks: list[Tok]
    lines: set[int] = field(default_factory=set)
    alone: bool = False  # the only token of its line(s)

    @property
    def text(self) -> str:
        return "".join(t.core for t in self.toks)

    @property
    def paren(self) -> bool:
        return all(t.paren for t in self.toks) or (self.toks[0].paren and not _NOTE.search(self.text))

    @property
    def is_note(self) -> bool:
        return bool(_NOTE.fullmatch(self.text))

    @property
    def is_period(self) -> bool:
        fy, rng, _ = parse_period(self.text)
        return fy is not None or rng is not None


def _is_stub_word(text: str) -> bool:
    return text in _STUB_WORDS or text.rstrip("等") in _STUB_WORDS


def _attached(prev: _Frag, frag: _Frag) -> bool:
    """Whether `frag` continues `prev` (one header cell broken over lines or tokens)."""
    a, b = prev.text, frag.text
    if re.fullmatch(r"※[0-9]*", b) or b.startswith("※") and len(b) <= 3:
        return True
    if frag.is_note and not prev.is_note:
        return True  # (令和６年９月末時点) qualifies the cell above
    if _HIRAGANA_START.match(b) and not b.startswith("うち"):
        return True  # への発注額 continues うち県内企業 (but うち… opens a breakdown cell)
    if re.search(r"[～~〜]$", a) and prev.alone:
        return True  # 平成 30～ / 令和４年度
    if _CONT_END.search(a) and prev.alone and frag.alone:
        return True
    if prev.alone and frag.alone and len(re.sub(r"※.*$", "", b)) <= 1 and not frag.paren:
        return True  # 事業所 / 数※
    if frag.paren and frag.alone and prev.alone and re.fullmatch(r"[(（](?:見込|見込み|予定|速報値?|累計|暫定|概算|計画)[)）]", b):
        return True  # 令和７年度 / (見込)
    return False


def _fragments(lines: list[_Line]) -> list[_Frag]:
    frags: list[_Frag] = []
    for ln in lines:
        toks = ln.toks
        for t in toks:
            frag = _Frag([t], {ln.idx}, alone=len(toks) == 1)
            if frags and _attached(frags[-1], frag):
                frags[-1].toks.append(t)
                frags[-1].lines.add(ln.idx)
                frags[-1].alone = frags[-1].alone and frag.alone
            else:
                frags.append(frag)
    return frags


def _reduce(frags: list[_Frag], k: int) -> list[_Frag]:
    """Merge stacked one-token lines (a header cell wrapped over lines) until `k` remain."""
    frags = list(frags)
    while len(frags) > k:
        best, cost = None, None
        for i in range(len(frags) - 1):
            a, b = frags[i], frags[i + 1]
            if not (a.alone and b.alone) or a.is_period or b.is_period or a.paren or b.paren:
                continue
            c = len(a.text) + len(b.text)
            if cost is None or c < cost:
                best, cost = i, c
        if best is None:
            break
        a, b = frags[best], frags[best + 1]
        frags[best: best + 2] = [_Frag(a.toks + b.toks, a.lines | b.lines, True)]
    return frags


# --- tables from token streams -------------------------------------------------------------------


@dataclass
class _Row:
    label_toks: list[Tok]
    values: list[Tok]
    group: str = ""

    @property
    def label(self) -> str:
        return _join_label(self.label_toks)


def _join_label(toks: list[Tok]) -> str:
    out = ""
    prev: Tok | None = None
    for t in toks:
        text = re.sub(r"\s+", " ", t.text.strip())
        if prev is not None:
            same_line = prev.line == t.line
            out += " " if same_line and not (_CJK.search(out[-1:]) and _CJK.match(text[:1])) else ""
            if same_line and _CJK.search(out[-1:] or "") and _CJK.match(text[:1]):
                out += " "
        out += text
        prev = t
    return out.strip()


@dataclass
class _Table:
    title: str
    note: str
    columns: list[str]
    col_paren: list[bool]
    rows: list[_Row]
    start: int
    end: int
    kind: str = "table"
    stub: str = ""
    unit_hint: str | None = None
    label_cells: list = field(default_factory=list)  # (row, column, value token) of stub cells
    grid_cells: list = field(default_factory=list)  # (row, column, token, source line) read by position
    column_groups: list = field(default_factory=list)  # spanning group label of each column (第２期), or None


class _DocReader:
    """Finds the tables and facts of one document."""

    def __init__(self, doc: LoadedDocument, chunks: list[Chunk] | None = None):
        self.doc = doc
        self.text = doc.text
        self.chunks = sorted(chunks or [], key=lambda c: c.start)
        spans = _split_lines(self.text)
        self.lines: list[_Line] = []
        for i, (a, b) in enumerate(spans):
            ln = _Line(i, a, b, self.text[a:b], tokenize_line(self.text, a, b, i))
            ln.kind = _line_kind(ln)
            self.lines.append(ln)
        self.doc_year = _document_year(doc)
        self.used: set[int] = set()  # lines that belong to a table
        self.scanned: set[int] = set()  # lines of label–value boxes: no table, read as facts

    # -- public -----------------------------------------------------------------------------------
    def records(self) -> list[TableRecord]:
        tables = self._tables()
        out = [self._record(t) for t in tables]
        out = [dataclasses.replace(r, footnotes=self._footnotes(r), section=self._over_siblings(r)) for r in out]
        out = [_name_parts(r) for r in out]
        out.extend(self._summaries())
        out.extend(self._breakdowns())
        out.extend(self._facts())
        out = [self._with_chunks(r) for r in out if r.cells]
        out.sort(key=lambda r: (r.start, r.kind))
        return out

    def _chunk_at(self, offset: int) -> str | None:
        for c in self.chunks:
            if c.start <= offset < c.end:
                return c.id
        return None

    def _with_chunks(self, record: TableRecord) -> TableRecord:
        if not self.chunks:
            return record
        cells = tuple(dataclasses.replace(c, chunk_id=self._chunk_at(c.start)) for c in record.cells)
        notes = tuple(dataclasses.replace(f, chunk_id=self._chunk_at(f.start)) for f in record.footnotes)
        return dataclasses.replace(record, cells=cells, footnotes=notes)

    def _footnotes(self, record: TableRecord) -> tuple[Footnote, ...]:
        """※ notes right under a table (before the next heading, caption or table)."""
        notes = []
        j = self.doc.line_at(record.end)  # 1-based line of the table's end = index of the next line
        seen = 0
        while j < len(self.lines) and seen < 8:
            ln = self.lines[j]
            s = ln.text.strip()
            j += 1
            if not s:
                continue
            seen += 1
            if s.startswith(("※", "注", "(注", "（注", "*")):
                notes.append(Footnote(text=s, start=ln.start + ln.text.index(s), line=ln.idx + 1))
                continue
            # a note cut mid-phrase and wrapped onto the next line (「…１社分の」/「150百万円が含まれて
            # いる。…」, or 「…それ以外の場合は「中小企業者」」/「の欄を適用します。」, whose next line
            # opens on a particle no sentence opens on; a note ending on a noun, 「…を適用した
            # 事業所数」, is whole); or a sentence between two notes, the note's before it (「※１ …の欄を
            # 適用します。」/「「－」は補助の対象にならないことを示し…」/「※２ …」: the notes after it are the
            # table's too)
            wrapped = bool(notes) and bool(re.search(r"[\u3041-\u309f、,]$", notes[-1].text)
                                           or _CONTINUED.match(s) and not notes[-1].text.endswith("。"))
            between = bool(notes) and self._note_follows(j)
            # (or a sentence after the notes that says what the table's dash stands for, 「令和６年度の
            # 分は集計中のため「－」とし、…」: the legend of its cells, the note's last line)
            legend = bool(notes) and any(is_dash(q) for q in _QUOTED_SHORT.findall(s))
            if (wrapped or between or legend) and ln.kind not in ("caption", "data") and ln.idx not in self.used and not is_heading(s):
                last = notes[-1]
                notes[-1] = dataclasses.replace(last, text=self.doc.text[last.start:ln.start + ln.text.index(s) + len(s)])
                continue
            if notes or ln.kind in ("caption", "data") or ln.idx in self.used:
                break
        return tuple(notes)

    def _note_follows(self, j: int) -> bool:
        """Whether the next non-blank line from line index `j` opens a note (※２)."""
        nxt = next((ln.text.strip() for ln in self.lines[j:j + 3] if ln.text.strip()), "")
        return nxt.startswith("※")

    # -- table regions ----------------------------------------------------------------------------
    def _tables(self) -> list[_Table]:
        tables = []
        i = 0
        n = len(self.lines)
        while i < n:
            ln = self.lines[i]
            if i in self.used or ln.kind == "blank":
                i += 1
                continue
            if ln.tabbed and i not in self.scanned:
                # a block of tab-separated rows: read by position when its columns line up
                table, end = self._grid_at(i)
                if table is not None:
                    tables.append(table)
                    i = max(end, i + 1)
                    continue
            if i in self.scanned:
                i += 1
                continue
            if ln.kind != "data":
                i += 1
                continue
            table, end = self._table_at(i)
            if table is None:
                i += 1
                continue
            tables.append(table)
            i = max(end, i + 1)
        return tables

    def _header_lines(self, first_data: int) -> tuple[list[_Line], int]:
        """Label lines above the first data line, back to a caption, prose or a blank gap."""
        header: list[_Line] = []
        j = first_data - 1
        while j >= 0 and len(header) < _MAX_HEADER_LINES:
            ln = self.lines[j]
            if ln.kind == "label" and j not in self.used and not (header and is_heading(ln.text)):
                # (a section heading above the label lines is the table's caption, not its header)
                header.insert(0, ln)
                j -= 1
                continue
            if ln.kind == "note" and header:
                j -= 1  # a unit/as-of note between caption and header: part of the caption
                continue
            if ln.kind == "blank" and j - 1 >= 0 and self.lines[j - 1].kind == "label" and j - 1 not in self.used \
                    and (not header or j + 1 == first_data or True) and len(header) < 3 and _line_gap_ok(self.lines, j):
                j -= 1  # one blank line inside a header block
                continue
            break
        return header, j

    def _caption(self, above: int, limit: int = 4) -> tuple[str, str, str | None, int]:
        """(title, note, unit) from the caption lines above a table, and the first caption line."""
        note, unit = "", None
        title = ""
        first = above + 1
        j = above
        seen = 0
        while j >= 0 and seen < limit:
            ln = self.lines[j]
            s = ln.text.strip()
            if ln.kind == "blank":
                if title:
                    break
                j -= 1
                continue
            seen += 1
            if ln.kind == "note":
                note = note or s
                unit = unit or unit_from_label(s)
                first = j
                j -= 1
                continue
            if ln.kind in ("caption", "label") and len(squash(s)) <= 90:
                cap, cap_note = _split_caption(s)
                note = note or cap_note
                unit = unit or unit_from_label(cap_note) or unit_from_label(s if not _CAPTION_START.match(s) else cap_note)
                if _GENERIC_CAPTION.match(squash(cap)) or not cap:
                    first = j
                    j -= 1
                    continue
                title = cap
                first = j
                break
            break
        if not title:
            title = self._section_title(self.lines[max(0, above + 1)].start if above + 1 < len(self.lines) else 0)
        return title, note, unit, first

    def _section_title(self, offset: int) -> str:
        section = self._section_at(offset)
        last = section.split(" > ")[-1] if section else ""
        return _strip_marker(last)

    @functools.cached_property
    def _section_paths(self) -> list[list[str]]:
        """Each chunk's section path, split into its headings (read once per document)."""
        return [c.section.split(" > ") for c in self.chunks]

    def _over_siblings(self, record: TableRecord) -> str:
        """A table after the last of sibling sections whose rows are those siblings (「○ 路線別の
        国際線旅客数の推移」 after 「（３）上海線」, rows ソウル線・台北線・上海線) is about all of them:
        its section is their parent's, not the last sibling's."""
        parts = record.section.split(" > ")
        rows = {squash(r) for r in record.rows}
        for k in range(len(parts) - 1, -1, -1):
            parent = parts[:k]
            siblings = {squash(_strip_marker(path[k])) for path in self._section_paths if len(path) > k and path[:k] == parent}
            if len(siblings) >= 2 and len(siblings & rows) >= 2 and squash(_strip_marker(parts[k])) in siblings & rows:
                return " > ".join(parent + parts[k + 1:])
        return record.section

    def _section_at(self, offset: int) -> str:
        best = ""
        for c in self.chunks:
            if c.start <= offset:
                best = c.section
            else:
                break
        return best

    def _table_at(self, first_data: int) -> tuple[_Table | None, int]:
        header, above = self._header_lines(first_data)
        # the body: data lines and the label lines between them (multi-line row labels)
        body: list[_Line] = []
        j = first_data
        n = len(self.lines)
        while j < n:
            ln = self.lines[j]
            if ln.kind == "data":
                body.append(ln)
                j += 1
                continue
            if ln.kind in ("label", "blank"):
                # continue only when more data follows soon (a label broken over lines)
                k = j
                labels = 0
                while k < n and self.lines[k].kind in ("label", "blank") and labels <= 6:
                    labels += self.lines[k].kind == "label"
                    k += 1
                if k < n and self.lines[k].kind == "data" and labels <= 6 and not self._new_header(j, k):
                    body.extend(x for x in self.lines[j:k] if x.kind == "label")
                    j = k
                    continue
            break
        data_lines = [ln for ln in body if ln.kind == "data"]
        n_values = sum(len(ln.values) for ln in data_lines)
        if n_values < 2 and not any(
                parse_period(t.text)[0] or _is_stub_word(t.core) for ln in header for t in ln.toks):
            return None, j  # one figure and no header: a sentence-like line, not a table
        table = self._parse_stream(header, body, above)
        if table is None or not table.rows:
            return None, j
        for ln in header + body:
            self.used.add(ln.idx)
        return table, j

    # -- grids (tab-separated rows whose columns line up) -------------------------------------
    def _grid_at(self, first: int) -> tuple[_Table | None, int]:
        """A table read by position from the block of tab-separated lines that starts at `first`."""
        a = first
        b = first
        while b + 1 < len(self.lines) and self.lines[b + 1].tabbed and b + 1 not in self.used:
            b += 1
        block = self.lines[a: b + 1]
        rows = [_tab_cells(ln) for ln in block]
        if len(rows) >= 2 and len({len(r) for r in rows}) == 1 and _is_pair_box(rows):
            self.scanned.update(ln.idx for ln in block)  # label–value pairs: read as facts
            return None, first
        grid = _Grid.read(block)
        if grid is None:
            if len({len(r) for r in rows}) == 1 and not any(_cell_is_value(c.text) for r in rows for c in r[1:]):
                self.scanned.update(ln.idx for ln in block)  # text without figures that is no table
            return None, first
        title, note, unit, _ = self._caption(a - 1)
        rows = [_Row([], []) for _ in grid.body]
        table = _Table(title, note, grid.leaf_labels(), [False] * grid.width, rows, block[0].start, block[-1].end,
                       stub=grid.stub, unit_hint=unit, grid_cells=grid.cells())
        if not table.grid_cells:
            return None, first
        for ln in block:
            self.used.add(ln.idx)
        return table, b + 1

    def _grid_record(self, t: _Table) -> TableRecord:
        title_fy, title_rng = _table_period(t.title, t.note)
        cells = []
        for row, column, tok, line, column_group, row_group, row_unit in t.grid_cells:
            col_fy, col_rng, _ = parse_period(column or "")
            row_fy, row_rng, _ = parse_period(row)
            fy, rng = (col_fy, col_rng) if (col_fy or col_rng) else (row_fy, row_rng)
            if fy is None and rng is None:
                # a year spanning its columns (令和３年度 over 目標値 | 実績値), else the title's
                fy, rng, _ = parse_period(column_group or row_group or "")
            if fy is None and rng is None:
                fy, rng = title_fy, title_rng
                if fy and _YEAR_BEFORE_COLUMN.match(squash(column or "")):
                    fy = fy - 1  # 「前年度」 of a table of 令和６年度 is 令和５年度 (「当年度」 is 令和６年度)
            number, unit = parse_number(tok.text)
            # 14（３）: a figure with another in brackets (括弧内は…内数): the cell's own figure here,
            # the bracketed one a cell of its own under the column (named from the note, _name_parts)
            pair = figure_and_bracketed(tok.text) if number is None else None
            if pair is not None:
                number, unit = parse_number(pair[0])
            if unit is None and (number is not None or is_dash(tok.text)):
                # (a unit declared by the group label over the column: 「１案件当たりの上限額（万円）」
                # over 「１か国のみ」「２か国以上」)
                unit = (_percent_column(column) or row_unit or unit_from_label(row) or unit_from_label(column or "")
                        or unit_from_label(column_group or "") or t.unit_hint or unit_from_label(t.title))
            cells.append(Cell(
                row=row, column=column, value=tok.text, number=number, unit=unit, fiscal_year=fy,
                fiscal_year_range=rng, start=tok.start, end=tok.end, line=self.doc.line_at(tok.start),
                page=self.doc.page_at(tok.start), source=self.lines[line].text.strip(),
                column_group=column_group, row_group=row_group,
            ))
            if pair is not None:
                # (the cell's value is its own figure as printed, 84 of 「84（42.0％）」; the part's, 42.0％)
                cells[-1:] = [dataclasses.replace(cells[-1], value=pair[0]), self._bracketed_cell(cells[-1], pair[1])]
        rows = tuple(dict.fromkeys(c.row for c in cells))
        columns = tuple(dict.fromkeys(c.column for c in cells if c.column))
        return self._make(t.title, "table", columns, rows, cells, t.start, t.end, t.note)

    def _bracketed_cell(self, cell: Cell, bracketed: str) -> Cell:
        """The figure in brackets at the end of `cell` (（３） of 14（３）) as a cell of its own under
        the cell's column, its value the figure alone; the unit its own or the cell's."""
        inner = bracketed.strip("()（） \u3000")
        start = cell.end - len(bracketed) + bracketed.index(inner)
        number, unit = parse_number(inner)
        return dataclasses.replace(cell, column=_PART_COLUMN, column_group=cell.column, value=inner, number=number,
                                   unit=unit or cell.unit, start=start, end=start + len(inner),
                                   line=self.doc.line_at(start), page=self.doc.page_at(start))

    def _new_header(self, a: int, b: int) -> bool:
        """Label lines that hold two or more periods start another table."""
        periods = 0
        for ln in self.lines[a:b]:
            periods += sum(1 for t in ln.toks if parse_period(t.text)[0] or parse_period(t.text)[1])
        return periods >= 2

    # -- parsing a region -------------------------------------------------------------------------
    def _parse_stream(self, header: list[_Line], body: list[_Line], above: int) -> _Table | None:
        # label lines above the line that starts with a stub word (区分 …) are the table's caption
        stub_at = next((i for i, ln in enumerate(header) if ln.toks and _is_stub_word(ln.toks[0].core)), None)
        caption_lines: list[_Line] = []
        if stub_at:
            caption_lines, header = header[:stub_at], header[stub_at:]
        toks, label_cells = _label_cells(body)
        toks = _merge_amount_lines(toks, self.text)
        rows = _end_rows(_rows_from_stream(toks))
        if not rows or _is_numbering(rows):
            return None
        rows = _fix_label_numbers(rows)
        k = max(len(r.values) for r in rows)
        # header: the label lines above; when the first row has no label of its own, its label
        # is the last label lines above
        first = rows[0]
        header_lines = list(header)
        if not first.label_toks and header_lines:
            header_lines, label_lines = _split_header(header_lines, rows, k)
            first.label_toks = [t for ln in label_lines for t in ln.toks]
        frags = _fragments(header_lines)
        # bracketed values get columns of their own only where the header has bracketed labels
        # for them ((うち撤退数)); otherwise a bracket is a way of printing (estimates: (640))
        has_paren = any(f.paren for f in frags) or any(_BREAKDOWN.search(f.text) for f in frags)
        k_paren = max(sum(t.paren for t in r.values) for r in rows) if has_paren else 0
        stub = ""
        if frags and _is_stub_word(frags[0].text):
            stub = frags.pop(0).text
        frags, groups = _drop_group_lines(frags, k)
        if (not stub and len(header_lines) == 1 and len(frags) == k + 1 and not frags[0].is_period and not frags[0].paren
                and all(r.label_toks for r in rows)):
            # a one-line header with one cell more than the rows have values, and every row has its
            # label: the first labels the row-label column (コース, 施策), whatever its word (a header
            # broken over lines, 横須賀 / 三浦, may have a cell too many of its own)
            stub = frags.pop(0).text
        paren_frags = [f for f in frags if f.paren]
        if k_paren > len(paren_frags):
            frags = _split_paren_frags(frags, k_paren - len(paren_frags))
            paren_frags = [f for f in frags if f.paren]
        if k_paren and len(paren_frags) >= k_paren:
            plain = _reduce([f for f in frags if not f.paren], k - k_paren)
            keep = set(id(f) for f in plain) | set(id(f) for f in paren_frags)
            frags = [f for f in frags if id(f) in keep] if len(plain) + len(paren_frags) >= k else frags
            frags = sorted(plain + paren_frags, key=lambda f: f.toks[0].start)
        else:
            frags = _reduce(frags, k)
        if len(frags) == k + 1 and not frags[0].is_period and all(f.is_period for f in frags[1:]):
            stub = stub or frags.pop(0).text
        columns = [_frag_label(f) for f in frags]
        col_paren = [f.paren for f in frags]
        title, note, unit, first_caption = self._caption(header[0].idx - 1 if header else body[0].idx - 1)
        if caption_lines:
            title, caption_note = _split_caption(caption_lines[-1].text)
            note = caption_note or note
        start = self.lines[header[0].idx].start if header else body[0].start
        end = body[-1].end
        return _Table(title, note, columns, col_paren, rows, start, end, stub=stub, unit_hint=unit,
                      label_cells=label_cells, column_groups=_assign_groups(groups, columns))

    # -- records ------------------------------------------------------------------------------------
    def _record(self, t: _Table) -> TableRecord:
        if t.grid_cells:
            return self._grid_record(t)
        cells: list[Cell] = []
        title_fy, title_rng = _table_period(t.title, t.note)
        indicator_title = t.title
        for row in t.rows:
            label = row.label
            extra_title, label = _split_indicator(label)
            if extra_title and (not indicator_title or _GENERIC_CAPTION.match(indicator_title) or t.title == self._section_title(t.start)):
                indicator_title = extra_title
            aligned = _align(row.values, t.columns, t.col_paren)
            row_fy, row_rng, _ = parse_period(label)
            row_unit = unit_from_label(label)
            source_lines = sorted({tok.line for tok in row.label_toks + row.values})
            source = "\n".join(self.lines[i].text.strip() for i in range(source_lines[0], source_lines[-1] + 1)) if source_lines else ""
            group_of = dict(zip(t.columns, t.column_groups)) if t.column_groups else {}
            for tok, column in aligned:
                col_fy, col_rng, _ = parse_period(column or "")
                fy = col_fy if (col_fy or col_rng) else row_fy
                rng = col_rng if (col_fy or col_rng) else row_rng
                if fy is None and rng is None:
                    fy, rng, _ = parse_period(group_of.get(column) or "")  # a year spanning its columns
                if fy is None and rng is None:
                    fy, rng = title_fy, title_rng
                number, unit = parse_number(tok.text)
                if unit is None and (number is not None or tok.dash):
                    unit = (_percent_column(column) or row_unit or unit_from_label(column or "")
                            or unit_from_label(group_of.get(column) or "") or t.unit_hint or unit_from_label(t.title))
                cells.append(Cell(
                    row=label, column=column, value=tok.text, number=number, unit=unit,
                    fiscal_year=fy, fiscal_year_range=rng, start=tok.start, end=tok.end,
                    line=self.doc.line_at(tok.start), page=self.doc.page_at(tok.start), source=source,
                    column_group=group_of.get(column),
                ))
        for row, column, tok in t.label_cells:
            number, unit = parse_number(tok.text)
            cells.append(Cell(
                row=row, column=column, value=tok.text, number=number, unit=unit, fiscal_year=None,
                fiscal_year_range=self._total_range(t) if column and "累計" in column else None,
                start=tok.start, end=tok.end, line=self.doc.line_at(tok.start), page=self.doc.page_at(tok.start),
                source=self.lines[tok.line].text.strip(),
            ))
        rows = tuple(dict.fromkeys(c.row for c in cells))
        kind = "table" if t.columns or max(len(r.values) for r in t.rows) > 1 else "facts"
        return self._make(indicator_title or t.title, kind, tuple(t.columns), rows, cells, t.start, t.end, t.note)

    def _total_range(self, t: _Table) -> tuple[int, int] | None:
        """The period a cumulative target covers: from the columns holding targets."""
        years = []
        for row in t.rows:
            if "目標" in row.label:
                for tok, column in _align(row.values, t.columns, t.col_paren):
                    fy, rng, _ = parse_period(column or "")
                    if fy:
                        years.append(fy)
        return (min(years), max(years)) if len(years) >= 2 else None

    def _make(self, title, kind, columns, rows, cells, start, end, note="") -> TableRecord:
        # (a column that says what a price is per, 料金の単位: １時間, １回, 24時間, holds bases, not
        # figures: its cells keep their text and carry no number)
        cells = [dataclasses.replace(c, number=None, unit=None) if c.column and _BASIS_COLUMN.search(squash(c.column))
                 else c for c in cells]
        return TableRecord(
            doc_id=self.doc.doc_id, file=self.doc.meta.file or self.doc.doc_id, title=title,
            section=self._section_at(start), kind=kind, columns=tuple(columns), rows=tuple(rows),
            cells=tuple(cells), start=start, end=end, line_start=self.doc.line_at(start),
            line_end=self.doc.line_at(max(start, end - 1)), page=self.doc.page_at(start), note=note,
            doc_title=self.doc.meta.title,
        )

    # -- bracketed summaries --------------------------------------------------------------------
    def _summaries(self) -> list[TableRecord]:
        out = []
        for ln in self.lines:
            for m in _BRACKET_SUMMARY.finditer(ln.text):
                items = re.split(r"[、，]|,(?![0-9０-９]{3})", m.group(1))
                parsed = []
                pos = ln.start + m.start(1)
                for item in items:
                    im = _SUMMARY_ITEM.match(item.strip())
                    if im and (parse_number(im.group("value"))[0] is not None or is_dash(im.group("value"))) \
                            and not _ERA_WORD.match(squash(im.group("label"))):
                        v_start = pos + item.index(im.group("value"))
                        parsed.append((im.group("label").strip(), im.group("value").strip(), v_start))
                    pos += len(item) + 1
                if not parsed or len(parsed) < len(items) * 0.5:
                    continue
                title = self._summary_title(ln, m.start())
                cells = []
                for label, value, v_start in parsed:
                    row, column = _split_kind(label)
                    number, unit = parse_number(value)
                    fy, rng, _ = parse_period(column or "")
                    if fy is None and rng is None and (column in (None, "当該年度") or not column):
                        fy = self.doc_year
                    cells.append(Cell(
                        row=row, column=column or "当該年度", value=value, number=number, unit=unit,
                        fiscal_year=fy, fiscal_year_range=rng, start=v_start, end=v_start + len(value),
                        line=self.doc.line_at(v_start), page=self.doc.page_at(v_start), source=ln.text.strip(),
                    ))
                out.append(self._make(title, "summary", ("当該年度",), tuple(c.row for c in cells), cells,
                                      ln.start, ln.end))
        return out

    # -- totals broken down in brackets ----------------------------------------------------------
    def _breakdowns(self) -> list[TableRecord]:
        """A total written with its parts in brackets, the parts adding up to it: 「1,772社（瀋陽市195社、
        大連市1,550社、その他27社）の日系企業」 is a table of 瀋陽市, 大連市, その他 and 合計."""
        out = []
        for ln in self.lines:
            if ln.kind not in ("text", "label", "caption") and "（" not in ln.text:
                continue
            for m in _PARTS_IN_BRACKETS.finditer(ln.text):
                total, unit = parse_number(m.group("total") + m.group("unit"))
                if total is None:
                    continue
                parts, pos = [], ln.start + m.start("items")
                for item in m.group("items").split("、"):
                    im = _PART_IN_BRACKETS.match(item)
                    if not im or im.group("unit") != m.group("unit") or _ERA_WORD.match(squash(im.group("label"))):
                        parts = []
                        break
                    v_start = pos + im.start("value")
                    parts.append((im.group("label").strip(), im.group("value") + im.group("unit"), v_start))
                    pos += len(item) + 1
                numbers = [parse_number(v)[0] for _, v, _ in parts]
                if len(parts) < 2 or None in numbers or abs(sum(numbers) - total) > 1e-6 * max(1.0, total):
                    continue  # (only parts that add up to the total make a breakdown)
                what = m.group("what") or ""
                column = what or unit or ""
                t_start = ln.start + m.start("total")
                rows = [(label, value, v_start) for label, value, v_start in parts]
                rows.append(("合計", m.group("total") + m.group("unit"), t_start))
                cells = []
                for label, value, v_start in rows:
                    number, cell_unit = parse_number(value)
                    cells.append(Cell(
                        row=label, column=column, value=value, number=number, unit=cell_unit, fiscal_year=None,
                        fiscal_year_range=None, start=v_start, end=v_start + len(value),
                        line=self.doc.line_at(v_start), page=self.doc.page_at(v_start), source=ln.text.strip(),
                    ))
                title = f"{what}の内訳" if what else self._section_title(ln.start)
                out.append(self._make(title, "table", (column,), tuple(r[0] for r in rows), cells,
                                      ln.start + m.start(), ln.start + m.end()))
        return out

    def _summary_title(self, ln: _Line, bracket_at: int) -> str:
        before = ln.text[:bracket_at].strip()
        if len(squash(before)) >= 4:
            return _strip_marker(before)
        j = ln.idx - 1
        while j >= 0 and self.lines[j].kind == "blank":
            j -= 1
        while j >= 0:
            prev = self.lines[j].text.strip()
            if prev and not _FACT_COLON.search(prev) or (prev and re.search(r"目標|指標", prev)):
                return _title_after_colon(prev)
            j -= 1
        return ""

    # -- label–value facts --------------------------------------------------------------------
    def _facts(self) -> list[TableRecord]:
        out: list[TableRecord] = []
        block: list[tuple[str, Tok, _Line]] = []

        def close():
            nonlocal block
            if len(block) >= 2:
                out.append(self._fact_record(block))
            block = []

        for ln in self.lines:
            if ln.kind == "blank":
                continue
            if ln.idx in self.used:
                close()
                continue
            pairs = self._form_pairs(ln)
            if pairs:
                block.extend((label, tok, ln) for label, tok in pairs)
                continue
            close()
            out.extend(self._colon_facts(ln))
        close()
        return out

    def _form_pairs(self, ln: _Line) -> list[tuple[str, Tok]]:
        """The (label, value) pairs of a form or card line: 「所在地 鎌倉市…」, a tab row
        「機関名<TAB>…」, or a box row 「省都<TAB>タンアン市<TAB>面積<TAB>4,860平方キロメートル」."""
        if ln.tabbed:
            cells = [c for c in _tab_cells(ln) if c.text.strip()]
            if len(cells) < 2 or len(cells) % 2:
                return []
            pairs = list(zip(cells[0::2], cells[1::2]))
            if all(_FORM_LABEL.match(squash(a.text)) and parse_number(a.text)[0] is None for a, _ in pairs):
                return [(squash(a.text), b) for a, b in pairs]
            return []
        pair = self._form_pair(ln)
        return [pair] if pair else []

    def _form_pair(self, ln: _Line) -> tuple[str, Tok] | None:
        """A "label value" line of a form or card: a short label, then its value."""
        s = ln.text.strip()
        if not s or "。" in s[:15] or ln.tabbed:
            return None
        marker = _LIST_MARKER.match(s)
        body = s[marker.end():] if marker else s
        m = re.match(r"^(\S{2,14})[ \u3000]+(\S.*)$", body)
        if not m or not _FORM_LABEL.match(m.group(1)) or any(ch in m.group(1) for ch in _COLON):
            return None
        if len(m.group(2)) > 200 or "。" in m.group(2)[:40] and len(m.group(2)) > 60:
            return None
        lead = ln.text.index(s) + (marker.end() if marker else 0)
        value_start = ln.start + lead + m.start(2)
        return m.group(1), Tok(m.group(2), value_start, value_start + len(m.group(2)), ln.idx)

    def _fact_record(self, block: list[tuple[str, Tok, _Line]]) -> TableRecord:
        cells = []
        for label, tok, ln in block:
            number, unit = parse_number(tok.text)
            fy, rng, _ = parse_period(tok.text) if number is None else (None, None, False)
            cells.append(Cell(
                row=label, column=None, value=tok.text, number=number, unit=unit, fiscal_year=None,
                fiscal_year_range=None, start=tok.start, end=tok.end, line=self.doc.line_at(tok.start),
                page=self.doc.page_at(tok.start), source=ln.text.strip(),
            ))
        start, end = block[0][2].start, block[-1][2].end
        above = block[0][2].idx - 1
        title, note, _, _ = self._caption(above, limit=2)
        return self._make(title, "facts", (), tuple(c.row for c in cells), cells, start, end, note)

    def _colon_facts(self, ln: _Line) -> list[TableRecord]:
        s = ln.text
        if "。" in s or len(s.strip()) > 120:
            return []
        out = []
        for m in _FACT_COLON.finditer(s):
            label, value = m.group("label"), m.group("value")
            if not label or not value or len(squash(label)) < 1:
                continue
            if label.lstrip()[:1] in "（(" and not re.search(r"[）)]", label):
                continue  # 「（単位：百万円）」: a caption's note, no label–value line
            before = s[:m.end("label")]
            if before.count("（") + before.count("(") > before.count("）") + before.count(")"):
                continue  # 「（令和７年度、単位：千円）」: inside a caption's bracketed note
            v_start = ln.start + m.start("value")
            number, unit = parse_number(value)
            fy, rng, _ = parse_period(label)
            bracketed = _figure_then_bracket(label, value) if number is None else None
            if bracketed:
                # 「回答数：186者（回答率60.0％）」: 回答数 is 186者 (of the year the bracket names, if
                # any), and 回答率, a measure the bracket names, is a fact of its own
                value, number, unit = bracketed.figure, bracketed.number, bracketed.unit
                if bracketed.period:
                    fy, rng = bracketed.period
                for row, sub, offset in bracketed.named:
                    sub_number, sub_unit = parse_number(sub)
                    sub_start = v_start + offset
                    cell = Cell(
                        row=row, column=None, value=sub, number=sub_number, unit=sub_unit, fiscal_year=fy,
                        fiscal_year_range=rng, start=sub_start, end=sub_start + len(sub),
                        line=self.doc.line_at(sub_start), page=self.doc.page_at(sub_start), source=ln.text.strip(),
                    )
                    out.append(self._make(self._section_title(ln.start), "facts", (), (row,), [cell], ln.start, ln.end))
            row, column = (None, None)
            title = ""
            kind = "facts"
            if number is not None or is_dash(value):
                # a figure under an indicator heading: 5年間（平成29～令和3年度）累計：475億円
                title, heading_kind = self._indicator_above(ln)
                if title and (fy or rng):
                    kind = "summary"
                    row, column = heading_kind or label, label
            cell = Cell(
                row=row or label, column=column, value=value, number=number, unit=unit, fiscal_year=fy,
                fiscal_year_range=rng, start=v_start, end=v_start + len(value), line=self.doc.line_at(v_start),
                page=self.doc.page_at(v_start), source=ln.text.strip(),
            )
            out.append(self._make(title or self._section_title(ln.start), kind, (column,) if column else (),
                                  (cell.row,), [cell], ln.start, ln.end))
        return out

    def _indicator_above(self, ln: _Line) -> tuple[str, str | None]:
        """The indicator a figure line belongs to ("数値目標（1）－①：NAME") and its row kind."""
        j = ln.idx - 1
        while j >= 0 and self.lines[j].kind == "blank":
            j -= 1
        if j < 0:
            return "", None
        prev = self.lines[j].text.strip()
        if not re.search(r"目標|指標|実績", prev) or len(prev) > 120:
            return "", None
        kind = "目標値" if "目標" in prev else ("実績値" if "実績" in prev else None)
        return _title_after_colon(prev), kind


# --- grids ----------------------------------------------------------------------------------------


# A rate written as a fraction (２分の１以内, ３分の２以下): a value with no number of its own.
_FRACTION_RATE = re.compile(r"^[0-9０-９一二三四五六七八九十]+分の[0-9０-９一二三四五六七八九十]+(?:以内|以下)?$")


# A figure with a bound (「1,000人以上」「300人未満」) names a class of rows, it is no value.
_BOUND = re.compile(r"(?:以上|以下|未満|超)$")


# A band of time or of a count that labels a column (２時間以内, 10人以上, 30日まで): a header cell
# for all its figure, when a whole header line is made of them (訪問 over ２時間以内 | ４時間以内)
_BAND_COUNTERS = "時間|分|日|週間|か月|ヶ月|カ月|年|人|名|社|件|回|km|歳"
_BAND_LABEL = re.compile(rf"^[0-9]+(?:\.[0-9]+)?(?:{_BAND_COUNTERS})(?:以内|以上|以下|未満|超|まで)$")


def _is_band_line(row: list[Tok]) -> bool:
    """Whether every filled cell after the first of a line is a band (a header line of bands)."""
    cells = [squash(c.text) for c in row[1:] if c.text.strip()]
    return len(cells) >= 2 and all(_BAND_LABEL.match(c) for c in cells)


_COUNT_CLASS = re.compile(rf"^[0-9]+({_BAND_COUNTERS})$")


def _counts_a_class(tok: Tok, row: list[Tok]) -> bool:
    """Whether a bare count (１社) stands beside a band of its counter on its line (２社以上): the
    classes of a header (one firm, two or more), no figures."""
    m = _COUNT_CLASS.match(squash(tok.text))
    return bool(m) and any(o is not tok and _BAND_LABEL.match(squash(o.text)) and m.group(1) in squash(o.text)
                           for o in row)


def _cell_is_value(text: str) -> bool:
    s = text.strip()
    if _BOUND.search(s) or _BAND_LABEL.match(squash(s)):
        return False  # a class of rows (300人未満, １時間以内), no figure of one
    return bool(s) and (parse_number(s)[0] is not None or is_dash(s) or bool(_FRACTION_RATE.match(squash(s))))


def _marks_row(row: list[Tok]) -> bool:
    """A row of a mark table: a label, then only marks and dashes (出前講座 | ○ | ○), a mark at
    least; the row of figures or a header is none."""
    rest = [c.text for c in row[1:] if c.text.strip()]
    return bool(row[0].text.strip()) and bool(rest) and any(is_mark(x) for x in rest) \
        and all(is_mark(x) or is_dash(x) for x in rest)


def _cell_is_period(text: str) -> bool:
    fy, rng, _ = parse_period(text)
    return fy is not None or rng is not None


_BRACKETED = re.compile(r"^[（(][^（）()]*[）)]$")


def _join_wrapped_labels(header: list[list[Tok]]) -> list[list[Tok]]:
    """A header label wrapped onto the next header line in its column as a bracketed part
    (「令和３年度」 over 「（基準値）」) is one label, 「令和３年度（基準値）」, on the lower line: it
    names its own column, it is no group spanning the columns to its right."""
    rows = [list(h) for h in header]
    for r in range(len(rows) - 1):
        for j, tok in enumerate(rows[r]):
            if not tok.text.strip():
                continue
            # the next label down the column, past empty cells of the lines between
            k = next((k for k in range(r + 1, len(rows)) if j < len(rows[k]) and rows[k][j].text.strip()), None)
            if k is not None and _BRACKETED.match(rows[k][j].text.strip()):
                rows[k][j] = dataclasses.replace(rows[k][j], text=tok.text.strip() + rows[k][j].text.strip())
                rows[r][j] = dataclasses.replace(tok, text="")
    return rows


@dataclass
class _Grid:
    """Rows of a tab-separated block read by position: header rows, body rows, label columns."""

    header: list[list[Tok]]
    body: list[list[Tok]]
    lines: list[int]
    width: int
    label_col: int
    group_col: int | None
    skip_cols: set[int]
    stub: str
    unit_col: int | None = None
    half_col: int | None = None  # the label column of a second table set beside the first

    @classmethod
    def read(cls, block: list[_Line]) -> "_Grid | None":
        rows = [_tab_cells(ln) for ln in block]
        from collections import Counter

        width = Counter(len(r) for r in rows).most_common(1)[0][0]
        if width < 2 or any(len(r) > width for r in rows):
            return None
        rows = [r + [Tok("", r[-1].end, r[-1].end, r[-1].line, len(r) + i) for i in range(width - len(r))] for r in rows]
        if len(rows) < 2 or _is_pair_box(rows):
            return None  # label–value pairs (名称 | … | 面積 | …): facts, not a table
        first_body = next((i for i, r in enumerate(rows) if (any(_cell_is_value(c.text) and not _counts_a_class(c, r)
                                                                  for c in r[1:]) or _marks_row(r))
                           and not _is_band_line(r)), None)
        text_table = first_body is None
        if first_body is None:
            # no figures: a table of text (年月 | 出来事) when its first row is a header
            if len(rows) >= 3 and _is_header_row(rows[0]):
                first_body = 1
            else:
                return None
        if first_body == 0:
            return None  # figures in the first row: no header to read columns by
        header, body = rows[:first_body], rows[first_body:]
        header = _join_wrapped_labels(header)
        header_keys = [[squash(c.text) for c in h] for h in header]
        lines = [block[first_body + i].idx for i in range(len(body))]
        kept = [(r, ln) for r, ln in zip(body, lines) if [squash(c.text) for c in r] not in header_keys]
        body = [r for r, _ in kept]
        lines = [ln for _, ln in kept]
        if not body:
            return None
        skip = set()
        for j in range(width):
            head = squash(header[-1][j].text) if header else ""
            col = [squash(r[j].text) for r in body if r[j].text.strip()]
            numbers = [_running_number(x) for x in col]
            numbered = len(col) >= 2 and None not in numbers and numbers == list(range(numbers[0], numbers[0] + len(col)))
            if head in ("No.", "No", "番号", "#", "NO.") or (j == 0 and numbered):
                skip.add(j)
        label_col = next((j for j in range(width) if j not in skip), 0)
        group_col = None
        text_col = all(not _cell_is_value(r[label_col].text) for r in body)
        if not text_col:
            return None
        empties = sum(1 for r in body if not r[label_col].text.strip())
        labels = [squash(r[label_col].text) for r in body]
        repeats = sum(1 for x, y in zip(labels, labels[1:]) if x and x == y)
        nxt = label_col + 1
        spans = list(itertools.accumulate(labels, lambda held, x: x or held))  # the label spanning each row
        # (a row may be labelled across both label columns, その他 | | 39 or 合計 | | 1,340: its
        # label stands in the group column and its own is empty; it is a row of its own)
        across = [not r[nxt].text.strip() and bool(r[label_col].text.strip()) for r in body] if nxt < width else []
        grouped = [(g, squash(r[nxt].text)) for g, r, a in zip(spans, body, across) if not a]
        if (empties or repeats) and nxt < width and len(grouped) >= 2 \
                and all(a or (r[nxt].text.strip() and not _cell_is_value(r[nxt].text)) for a, r in zip(across, body)) \
                and len(set(grouped)) == len(grouped):
            # (each row's label is one of its group: 中小企業者 under both 補助率 and 上限額)
            group_col, label_col = label_col, nxt  # a label spanning rows groups the rows below it
        for j in range(width):
            if header and squash(header[-1][j].text) in _UNIT_HEADERS:
                skip.add(j)  # a 単位 column names the unit of its row, it is no data
        # a period header over a column of text labels: the header is shifted, not aligned
        for j in range(width):
            if j in skip or j == label_col or j == group_col:
                continue
            column_text = [r[j].text for r in body if r[j].text.strip()]
            heads = [h[j].text for h in header if h[j].text.strip()]
            if any(not _cell_is_value(x) and _split_kind(squash(x))[0] in ROW_KINDS for x in column_text) \
                    and any(_cell_is_period(x) for x in heads):
                return None
        data_cols = [j for j in range(width) if j not in skip and j not in (label_col, group_col)]
        if not text_table and not any(any(_cell_is_value(r[j].text) or is_mark(r[j].text) for r in body) for j in data_cols):
            return None
        stub = " ".join(squash(h[label_col].text) for h in header if h[label_col].text.strip())
        unit_col = next((j for j in range(width) if header and squash(header[-1][j].text) in _UNIT_HEADERS), None)
        return cls(header, body, lines, width, label_col, group_col, skip, stub, unit_col,
                   _half_column(header, body, label_col, width))

    def _column_group(self, j: int) -> str | None:
        """The spanning header above column j (第２期 over 令和５・６年度), if any: a label on a
        header line above the line that labels the column, over it or spanning to it from the left;
        not the label of another column (a label with nothing under it is its column's own)."""
        if len(self.header) < 2:
            return None
        own = max((r for r, h in enumerate(self.header) if h[j].text.strip()), default=len(self.header) - 1)
        for r, h in enumerate(self.header[:-1]):
            if r >= own:
                break
            for k in range(j, -1, -1):
                if h[k].text.strip():
                    if k != j and not any(g[k].text.strip() for g in self.header[r + 1:]):
                        return None  # another column's own label, not a group over this one
                    label = re.sub(r"\s+", " ", h[k].text.strip())
                    return None if k in (self.label_col, self.group_col) or k in self.skip_cols else label
        return None

    def _column_label(self, j: int) -> str:
        for h in reversed(self.header):
            if h[j].text.strip():
                return re.sub(r"\s+", " ", h[j].text.strip())
        # spanned from the left in the lowest header row that has labels
        for h in reversed(self.header):
            for k in range(j - 1, -1, -1):
                if h[k].text.strip():
                    return re.sub(r"\s+", " ", h[k].text.strip())
        return ""

    def leaf_labels(self) -> list[str]:
        return [self._column_label(j) for j in range(self.width) if j not in self.skip_cols
                and j not in (self.label_col, self.group_col)]

    def cells(self) -> list[tuple[str, str, Tok, int, str | None, str | None, str | None]]:
        """(row label, column label, value token, line, column group, row group, unit) of every cell."""
        out = []
        group = ""
        for r, line in zip(self.body, self.lines):
            label = re.sub(r"\s+", " ", r[self.label_col].text.strip())
            if self.group_col is not None and r[self.group_col].text.strip():
                group = re.sub(r"\s+", " ", r[self.group_col].text.strip())
                if not label:
                    label, group = group, ""  # labelled across both label columns (その他, 合計): no group
            for j in range(self.width):
                if j in self.skip_cols or j in (self.label_col, self.group_col, self.half_col) or not r[j].text.strip():
                    continue
                row_group = (group or None) if self.group_col is not None else None
                row = label
                if self.half_col is not None:
                    # two tables side by side (資金使途 | 件数 | 融資額 | 進出先 | 件数 | 融資額): each half's
                    # rows are labelled by its own label column, grouped under its header
                    half = self.half_col if j > self.half_col else self.label_col
                    row = re.sub(r"\s+", " ", r[half].text.strip())
                    row_group = self._column_label(half) or None
                if not row:
                    continue
                unit = squash(r[self.unit_col].text) if self.unit_col is not None and r[self.unit_col].text.strip() else None
                out.append((row, self._column_label(j), r[j], line, self._column_group(j), row_group, unit))
        return out


_UNIT_HEADERS = {"単位", "単 位"}

# The column of a figure read in brackets after another (14（３）) until the note under the table
# says what it is (「括弧内は、中小企業による供与の件数で、内数である。」).
_PART_COLUMN = "（括弧内）"
_PART_NOTE = re.compile(r"(?:括弧|かっこ|カッコ|[(（]\s*[)）])内(?:の数値?|の数字)?は、?(?P<what>[^。、]+?)(?:で(?:あり|、|ある|す)|を(?:示|表)|。|$)")


def _name_parts(record: TableRecord) -> TableRecord:
    """Name the bracketed parts of a table's cells from the note that explains them: 「括弧内は、
    中小企業による供与の件数で…」 makes the column 「うち中小企業による供与の件数」 under its figure's."""
    if not any(c.column == _PART_COLUMN for c in record.cells):
        return record
    for note in record.footnotes:
        m = _PART_NOTE.search(note.text)
        if m is not None and m.group("what").strip():
            break
    else:
        return record
    said = m.group("what").strip()
    # (a part only when the note says so, 内数 or うち; 「括弧内は前年度の数値」 is another figure of
    # the row, named as the note names it)
    name = "うち" + said if not said.startswith("うち") and ("内数" in note.text or "うち" in note.text) else said
    cells = tuple(dataclasses.replace(c, column=name) if c.column == _PART_COLUMN else c for c in record.cells)
    columns = tuple(dict.fromkeys(c.column for c in cells if c.column))
    return dataclasses.replace(record, cells=cells, columns=columns)


def _half_column(header: list[list[Tok]], body: list[list[Tok]], label_col: int, width: int) -> int | None:
    """The label column of a second table set beside the first (資金使途 | 件数 | 融資額 | 進出先 |
    件数 | 融資額): a column of text labels after which the first half's column labels repeat."""
    if not header:
        return None
    leaves = [squash(c.text) for c in header[-1]]
    for j in range(label_col + 2, width):
        first, second = leaves[label_col + 1:j], leaves[j + 1:j + j - label_col]
        texts = [r[j].text for r in body if r[j].text.strip()]
        if (first and first == second and all(first) and leaves[j] and len(texts) >= 2
                and not any(_cell_is_value(t) for t in texts)):
            return j
    return None


def _is_header_row(row: list[Tok]) -> bool:
    """A row of short column labels (年月 | 出来事), not a label with its value (設立日 | 令和元年11月12日)."""
    cells = [squash(c.text) for c in row if c.text.strip()]
    return len(cells) >= 2 and all(
        len(c) <= 12 and not _cell_is_value(c) and not re.search(r"[0-9]+月|[0-9]+日|[0-9]{2,}-[0-9]", c) for c in cells)


def _is_pair_box(rows: list[list[Tok]]) -> bool:
    """label | value | label | value … rows of a profile box: the even columns hold distinct
    short labels, the odd ones their values, and no row is a header."""
    width = len(rows[0])
    if width < 4 or width % 2:
        return False
    labels = [squash(r[j].text) for r in rows for j in range(0, width, 2) if r[j].text.strip()]
    values = [r[j].text for r in rows for j in range(1, width, 2) if r[j].text.strip()]
    if not labels or len(set(labels)) != len(labels):
        return False
    short = all(len(x) <= 10 and not re.search(r"[0-9０-９]", x) for x in labels)
    longer = sum(len(squash(v)) for v in values) / max(1, len(values)) > sum(len(x) for x in labels) / len(labels)
    return short and longer and not _is_header_row(rows[0])


def _tab_cells(ln: _Line) -> list[Tok]:
    """The tab-separated cells of a line with their offsets (empty cells kept)."""
    out = []
    pos = ln.start
    lead = len(ln.text) - len(ln.text.lstrip(" \u3000"))
    pos += lead
    for i, part in enumerate(ln.text[lead:].split("\t")):
        a = pos + (len(part) - len(part.lstrip()))
        b = pos + len(part.rstrip())
        out.append(Tok(ln.text[a - ln.start: b - ln.start] if b > a else "", a, max(a, b), ln.idx, i))
        pos += len(part) + 1
    return out


# --- helpers -------------------------------------------------------------------------------------


def _line_gap_ok(lines: list[_Line], blank: int) -> bool:
    """A blank line inside a header: the label above it is not a caption closed by the blank."""
    above = lines[blank - 1]
    return not _CAPTION_START.match(above.text.strip()) and len(squash(above.text)) <= 30


def _document_year(doc: LoadedDocument) -> int | None:
    """The fiscal year a report is about, when its title or date names exactly one (令和2年度 …)."""
    for text in (doc.meta.title, doc.meta.date):
        fy, rng, fiscal = parse_period(text or "")
        if fy and fiscal:
            return fy
    return None


def _strip_marker(text: str) -> str:
    s = text.strip()
    s = _BULLET.sub("", s)
    s = re.sub(r"^【参考】\s*|^＜参考＞\s*", "", s)
    s = HEADING_MARK.sub("", s, count=1)
    return s.strip()


def _table_period(title: str, note: str) -> tuple[int | None, tuple[int, int] | None]:
    """The fiscal year (or years) a table's caption names: in its title, else in its note when the
    note names a fiscal year (「（令和６年度、単位：件）」; not an as-of date 「（令和７年１月末時点）」)."""
    fy, rng, _ = parse_period(title)
    if fy is None and rng is None and "年度" in note:
        fy, rng, _ = parse_period(note)
    return fy, rng


def _split_caption(text: str) -> tuple[str, str]:
    """Caption text without its marker, and the note it carries (as-of date, unit)."""
    s = _strip_marker(text)
    m = _NOTE.search(s)
    note = ""
    if m:
        note = s[m.start():].strip()
        s = s[:m.start()].strip()
    else:
        # (「（単位：件）」, 「（令和６年度、単位：件）」; a line of its own too: the title is above it)
        unit = re.search(r"[ \u3000]*[（(](?:[^()（）]*単位[:：][^)）]+|[^)）]{1,4})[)）]\s*$", s)
        if unit and (unit_from_label(unit.group(0)) or "単位" in unit.group(0)) and (unit.start() > 0 or "単位" in unit.group(0)):
            note = unit.group(0).strip()
            s = s[:unit.start()].strip()
    s = re.split(r"[ \u3000]{2,}", s)[0].strip()
    return s, note


def _title_after_colon(text: str) -> str:
    s = _strip_marker(text)
    parts = re.split(r"[：:︓]", s, maxsplit=1)
    if len(parts) == 2 and re.search(r"目標|指標", parts[0]) and len(parts[1].strip()) >= 3 and not re.match(r"^評価指標", s):
        return parts[1].strip()
    return s


def _label_cells(body: list[_Line]) -> tuple[list[Tok], list[tuple[str, str | None, Tok]]]:
    """Stub cells of a grid that hold a figure themselves: 寄与度(※): 100(%), or an indicator's
    cumulative target 数値目標(1) 特区関連事業による投資額 475億円(累計) left of the 目標値 cell.

    Returns the tokens the rows are read from (without those figures) and the figures as
    (row, column, token)."""
    kept: list[Tok] = []
    found: list[tuple[str, str | None, Tok]] = []
    for ln in body:
        if not ln.tabbed:
            kept.extend(ln.toks)
            continue
        cells: dict[int, list[Tok]] = {}
        for t in ln.toks:
            cells.setdefault(t.cell, []).append(t)
        order = sorted(cells)
        kind_at = next((c for c in order if any(_split_kind(t.core)[1] is None and _split_kind(t.core)[0] in ROW_KINDS
                                                 and not t.value for t in cells[c])), None)
        drop: set[int] = set()
        for c in order:
            toks = cells[c]
            texts = [t for t in toks if not t.value]
            values = [t for t in toks if t.value]
            if not texts or not values or (kind_at is not None and c >= kind_at):
                continue
            colon = next((i for i, t in enumerate(toks) if t.core.endswith((":", "：")) and not t.value), None)
            if colon is not None and colon + 1 < len(toks) and toks[colon + 1].value:
                found.append((toks[colon].core.rstrip(":："), None, toks[colon + 1]))
                drop.update(id(t) for t in toks)
                continue
            if kind_at is not None:
                row_kind = next(t.core for t in cells[kind_at] if not t.value)
                row_kind = _split_kind(row_kind)[0]
                for v in values:
                    after = toks[toks.index(v) + 1:]
                    column = after[0].core if after and after[0].paren and not after[0].value else None
                    found.append((row_kind, column, v))
                    drop.add(id(v))
                    if column:
                        drop.add(id(after[0]))
        kept.extend(t for t in ln.toks if id(t) not in drop)
    return kept, found


def _merge_amount_lines(toks: list[Tok], doc_text: str) -> list[Tok]:
    """７兆 3,515億 / 8,000万円 on two lines is one amount."""
    out: list[Tok] = []
    for t in toks:
        if out and out[-1].value and _AMOUNT_OPEN.match(nfkc(out[-1].text).replace(" ", "")) and _AMOUNT_TAIL.match(nfkc(t.text)) \
                and out[-1].line != t.line and not t.paren:
            merged = Tok(doc_text[out[-1].start:t.end], out[-1].start, t.end, out[-1].line, out[-1].cell)
            out[-1] = _classify_tok(merged)
            continue
        out.append(t)
    return out


def _is_group_char(t: Tok, toks: list[Tok]) -> bool:
    return len(t.core) == 1 and bool(_CJK.match(t.core)) and sum(1 for x in toks if x.line == t.line) == 1


def _rows_from_stream(toks: list[Tok]) -> list[_Row]:
    """Rows of (label tokens, value tokens) from a token stream.

    A text token after values starts a new row; a label repeated before each value of its row
    (ｼｰﾄﾞ編 11 ｼｰﾄﾞ編 10) is read once; single characters stacked one per line (件/数) name a
    group of rows, not a row.
    """
    rows: list[_Row] = []
    label: list[Tok] = []
    values: list[Tok] = []
    group_chars: list[Tok] = []
    group = ""
    for t in toks:
        if t.value:
            if group_chars and not label:
                group = "".join(x.core for x in group_chars)
                group_chars = []
            values.append(t)
            continue
        if _is_group_char(t, toks) and not values:
            group_chars.append(t)
            continue
        if values:
            if label and t.core == label[-1].core and t.line == values[-1].line:
                continue  # the same sub-label repeated before the next value
            rows.append(_Row(label, values, group))
            label, values = [], []
        if group_chars:
            group = "".join(x.core for x in group_chars)
            group_chars = []
        label.append(t)
    if values:
        rows.append(_Row(label, values, group))
    return rows


def _is_numbering(rows: list[_Row]) -> bool:
    """Rows whose only value is a bare running number (1, 2, 3 ...) are a numbered list."""
    if any(len(r.values) != 1 or not _BARE_INT.match(r.values[0].core) for r in rows):
        return False
    numbers = [int(squash(r.values[0].text)) for r in rows]
    return len(numbers) == 1 or all(b == a + 1 for a, b in zip(numbers, numbers[1:]))


def _end_rows(rows: list[_Row]) -> list[_Row]:
    """Cut the rows where the table's layout ends: after a total row, or where rows of several
    values give way to rows of one (chart labels that follow a table)."""
    if not rows:
        return rows
    k = max(len(r.values) for r in rows)
    for i, r in enumerate(rows):
        if i + 1 < len(rows) and _TOTAL.match(squash(r.label)) and len(rows[i + 1].values) != len(r.values):
            return rows[: i + 1]
        if i >= 2 and k >= 3 and len(r.values) == 1 and all(len(x.values) >= 2 for x in rows[:i]):
            return rows[:i]
    return rows


def _split_header(header: list[_Line], rows: list[_Row], k: int) -> tuple[list[_Line], list[_Line]]:
    """Split the label lines above a first row that has no label: header lines, then its label."""
    all_frags = _fragments(header)
    has_paren = any(f.paren for f in all_frags) or any(_BREAKDOWN.search(f.text) for f in all_frags)
    k_paren = max(sum(t.paren for t in r.values) for r in rows) if has_paren else 0
    k_plain = k - k_paren
    for cut in range(1, len(header)):
        frags = _fragments(header[:cut])
        if frags and _is_stub_word(frags[0].text):
            frags = frags[1:]
        plain = [f for f in frags if not f.paren]
        paren = [f for f in frags if f.paren]
        if len(plain) >= k_plain and len(paren) >= k_paren:
            rest = header[cut:]
            # header cells that continue on the next lines stay in the header
            while rest and _fragments(header[:cut] + rest[:1]) and len(_fragments(header[:cut] + rest[:1])) == len(_fragments(header[:cut])):
                cut += 1
                rest = header[cut:]
            if rest:
                return header[:cut], rest
    return header[:-1], header[-1:]


def _drop_group_lines(frags: list[_Frag], k: int) -> tuple[list[_Frag], list[str]]:
    """Drop leading header lines of spanning group cells (第２期 第３期) when the lines below
    them give enough column labels. Returns the column fragments and the labels of the last
    group line dropped (the one right above the columns)."""
    groups: list[str] = []
    while frags:
        first_line = min(frags[0].lines)
        on_first = [f for f in frags if f.lines == {first_line}]
        rest = [f for f in frags if first_line not in f.lines]
        if on_first and len(on_first) < k and len(rest) >= k and len(on_first) + len(rest) == len(frags):
            groups = [_frag_label(f) for f in on_first]
            frags = rest
            continue
        break
    return frags, groups


def _assign_groups(groups: list[str], columns: list[str]) -> list[str | None]:
    """The group label over each column, when the columns fall into as many runs of one kind
    as there are groups: a range column then single years (平成30～令和4年度 | 令和5年度 … 令和9年度)
    under 第２期 | 第３期. Flattened text keeps no positions, so without such runs nothing is
    assigned."""
    if not groups or not columns:
        return [None] * len(columns)

    def kind(column: str) -> str:
        fy, rng, _ = parse_period(column or "")
        return "range" if rng else ("year" if fy else "other")

    kinds = [kind(c) for c in columns]
    runs = [0]
    for a, b in itertools.pairwise(kinds):
        runs.append(runs[-1] + (a != b))
    if len(groups) == 1 or runs[-1] + 1 != len(groups) or "other" in kinds:
        return [None] * len(columns)
    return [groups[r] for r in runs]


def _split_paren_frags(frags: list[_Frag], wanted: int) -> list[_Frag]:
    """件数(うち県外・国外からの立地) heads a column of values and one of bracketed values."""
    out = []
    for f in frags:
        text = f.text
        m = re.match(r"^(?P<a>[^(（]+)(?P<b>[(（].+[)）])$", text)
        if wanted and m and len(f.toks) == 1 and not f.paren and not f.is_period and _BREAKDOWN.search(m.group("b")):
            t = f.toks[0]
            cut = t.start + t.text.index(m.group("b")[0])
            a = Tok(t.text[: cut - t.start], t.start, cut, t.line, t.cell)
            b = Tok(t.text[cut - t.start:], cut, t.end, t.line, t.cell, paren=True)
            out.extend([_Frag([a], set(f.lines), f.alone), _Frag([b], set(f.lines), f.alone)])
            wanted -= 1
            continue
        out.append(f)
    return out


def _frag_label(f: _Frag) -> str:
    out = ""
    prev = None
    for t in f.toks:
        text = re.sub(r"\s+", " ", t.text.strip())
        if prev is not None and prev.line == t.line and not (_CJK.search(out[-1:]) and _CJK.match(text[:1])):
            out += " "
        out += text
        prev = t
    return out


def _fix_label_numbers(rows: list[_Row]) -> list[_Row]:
    """A bare number right after a label, in a table whose values carry units, is part of the
    label (セレクト神奈川 100 180件（110件）)."""
    from collections import Counter

    common = Counter(len(r.values) for r in rows).most_common(1)[0][0]
    firsts = [r.values[0] for r in rows if r.values]
    with_units = sum(1 for v in firsts if parse_number(v.text)[1]) > len(firsts) / 2
    for r in rows:
        if len(r.values) > common and len(r.values) >= 2 and r.label_toks and with_units:
            first = r.values[0]
            if parse_number(first.text)[1] is None and not first.paren and not first.dash \
                    and parse_number(r.values[1].text)[1]:
                r.label_toks.append(first)
                r.values = r.values[1:]
    return rows


def _align(values: list[Tok], columns: list[str], col_paren: list[bool]) -> list[tuple[Tok, str | None]]:
    """Pair each value with its column: one to one, by bracket type, or from the left."""
    if not columns:
        return [(v, None) for v in values]
    if len(values) == len(columns) or not any(col_paren):
        return [(v, columns[i] if i < len(columns) else None) for i, v in enumerate(values)]
    out = []
    ci = 0
    for v in values:
        while ci < len(columns) and col_paren[ci] != v.paren and len(columns) - ci > 0:
            # skip optional columns of the other bracket type
            if sum(1 for p in col_paren[ci:] if p == v.paren) == 0:
                break
            ci += 1
        out.append((v, columns[ci] if ci < len(columns) else None))
        ci += 1
    return out


def _split_kind(label: str) -> tuple[str, str | None]:
    """当該年度目標値 -> (目標値, 当該年度); 進捗度 -> (進捗度, None)."""
    s = squash(label)
    for kind in ROW_KINDS:
        if s.endswith(kind):
            prefix = s[: -len(kind)]
            return kind, prefix or None
    return s, None


def _split_indicator(label: str) -> tuple[str, str]:
    """A row label that carries the indicator's name before its row kind (the stub cells of an
    indicator table: 評価指標(1) 数値目標(1) 特区関連事業による投資額 目標値) -> (name, 目標値)."""
    s = label.strip()
    for kind in ROW_KINDS:
        m = re.search(rf"(?:^|\s){re.escape(kind)}(?:\s*[(（][^)）]*[)）])?$", s)
        if m and m.start() > 0:
            head = s[: m.start()].strip()
            name = re.sub(r"^(?:評価指標\s*[(（][0-9０-９]+[)）]\s*)?(?:数値目標\s*[(（][0-9０-９]+[)）][－\-]?[①-⑳]?\s*)?", "", head)
            name = re.sub(r"\s*[0-9０-９][0-9０-９,，.]*\s*(?:件|人|億円|万円|%)?\s*$", "", name).strip()
            name = re.sub(r"^寄与度.*$", "", name).strip()
            return (name if len(squash(name)) >= 4 else ""), s[m.start():].strip()
    return "", s


def extract_records(doc: LoadedDocument, chunks: list[Chunk] | None = None) -> list[TableRecord]:
    """Every table, label–value block and bracketed summary of `doc`, as records.

    `chunks` (the document's chunks) give each record its section path; without them the
    section is "".
    """
    try:
        return _DocReader(doc, chunks).records()
    except RecursionError:  # pathological input: no records rather than no document
        log.warning("table reading failed for %s", doc.doc_id, exc_info=True)
        return []
