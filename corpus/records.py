"""Typed table records: every table cell and label–value fact of a document, read once at ingest.

A `TableRecord` is one table (or one block of label–value lines, or one bracketed summary such
as 【当該年度目標値93億円、当該年度実績値135億円、進捗度145%】) with its title, section path, column
labels, row labels and cells. A `Cell` keeps the verbatim text of the value, where it stands in
the document (offsets, 1-based line, page), the verbatim source line(s), and what the answerers
need without reading text again: the parsed number and unit, and the fiscal year(s) of its period.

This module holds the values and the small parsers they share (numbers with 兆/億/万 units,
periods such as 令和６年度 or 平成30～令和４年度); corpus/tables.py finds the tables.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass

__all__ = [
    "Cell",
    "Footnote",
    "TableRecord",
    "parse_number",
    "figure_and_bracketed",
    "parse_period",
    "unit_from_label",
    "is_dash",
    "is_mark",
    "MARKS",
    "is_no_value",
    "records_to_jsonl",
    "records_from_jsonl",
]

# Cells that stand for "no value" (not yet known, not applicable).
DASHES = frozenset("-－―‐−ー—–")
_SCALES = {"兆": 10 ** 8, "億": 10 ** 4, "万": 1}  # in units of 万
_NUM = r"[0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?"
_AMOUNT = re.compile(rf"^(?P<sign>[-△▲]?)(?P<parts>(?:(?:{_NUM})(?:兆|億|万))+)(?P<rest>(?:{_NUM})?)(?P<unit>[^\d\s]{{0,4}})$")
_PART = re.compile(rf"({_NUM})(兆|億|万)")
_PLAIN = re.compile(rf"^(?P<sign>[-△▲+]?)(?P<num>{_NUM})(?P<unit>[^\d\s]{{0,5}})$")
_BRACKETS = "()（）[]［］【】〔〕<>＜＞「」"
_KATAKANA_UNIT = re.compile(r"[ァ-ヺー]{2,5}")
# Units a value may carry, longest first (NFKC forms).
_BASE_UNITS = (
    "百万円", "千万円", "億円", "万円", "千円", "兆円", "円", "万人", "千人", "人", "名", "件", "社", "者", "回", "箇所",
    "か所", "ヶ所", "所", "団体", "事業所", "施設", "校", "点", "%", "倍", "km2", "km", "ha", "m2", "t", "台", "機",
    "項目", "品目", "本", "戸", "世帯", "日", "時間", "ヶ月", "か月", "トン", "kg", "便", "泊", "店舗", "店", "個", "ポイント",
    "TEU",
)
# Counters in thousands or tens of thousands (処理数量（千点）, 取扱件数（万件）), as 千人 is, read
# before the counter alone.
_SCALED_COUNTERS = tuple(f"{scale}{counter}" for scale in ("千", "万")
                         for counter in ("点", "件", "台", "個", "本", "枚", "トン", "世帯", "回", "食", "社")
                         if f"{scale}{counter}" not in _BASE_UNITS)
_UNITS = (*_SCALED_COUNTERS, *_BASE_UNITS)
# (「（令和６年度、単位：件）」: a caption note may give the year before the unit)
_ANY_UNIT = "|".join(re.escape(u) for u in _UNITS)
_UNIT_IN_LABEL = re.compile(r"[(（](?:[^(（)）]*?[、,]\s*単位[:：]\s*|単位[:：]\s*)?(" + _ANY_UNIT + r")[)）]")
# A currency named with its country or scale (米ドル, 千米ドル, 人民元, 香港ドル).
_CURRENCY_UNIT = re.compile(r"(?:千|百万|万)?(?:米|豪|加|香港|台湾|新台湾|人民|シンガポール|NZ|ニュージーランド)?"
                           r"(?:ドル|ユーロ|ポンド|ウォン|バーツ|ルピー|ルピア|ペソ|ドン|リンギット|レアル|フラン|元)")
# A declared unit followed by what it is per (「（単位：円、１パレット・１か月当たり）」) or by a
# qualifier that names no other unit (「（単位：円、消費税等別）」; not 「（単位：件、％）」 nor
# 「（単位：件、金額は万円）」, which give a second unit for some columns).
_UNIT_THEN_BASIS = re.compile(r"単位[:：]\s*(" + _ANY_UNIT + r")\s*[、,](?:[^)）]*当たり[^)）0-9円%人件社者は]*|[^)）0-9円%人件社者は]+)\s*[)）]")
# A measure's name and the counter its figures are in, in brackets after it (教室数（教室）,
# 取扱量（TEU）, 平均通話時間（分）); not a bracketed qualifier of the measure (件数（累計）).
_MEASURE_COUNTER = re.compile(r"(?P<measure>数|量|時間|期間|距離|面積|価格|単価|額|料金?)\s*[(（]\s*([^()（）\s0-9、,・/]{1,5})\s*[)）]\s*$")
# One kanji a count's label closes on that counts it (製作数（箱）), not a qualifier of the count
# (会員数（計）, 宿泊者数（延）, 件数（内）).
_ONE_KANJI_COUNTER = re.compile(r"(?![計内延累外他全総男女新旧再実予見])[\u4e00-\u9fff]")
# Units only a label gives (a figure followed by 分 or 年 is no measure: ２分の１, 令和７年).
_LABEL_UNITS = frozenset({"分", "年", "人泊", "万人泊", "食", "か国", "ヶ国"})
# Counters a label names in its closing bracket whatever it measures (紹介状の発行数（通）,
# うち製造拠点（拠点）, 印刷の上限（枚）, 輸出先の国・地域数（国・地域）, 海外向け新商品の数（品目）),
# unlike a bracketed qualifier of the measure (件数（累計）, 受講者数（オンライン）).
_BRACKET_COUNTERS = ("通", "枚", "言語", "家庭", "拠点", "品目", "国・地域", "か国・地域", "ヶ国・地域", "コマ",
                     "平方キロメートル", *_LABEL_UNITS)
_ANY_COUNTER = "|".join(map(re.escape, _BRACKET_COUNTERS))
_COUNTER_CLOSING_LABEL = re.compile(r"[(（]\s*(" + _ANY_COUNTER + r")\s*[)）]\s*$")
# A unit the label declares as one (「（単位：TEU）」「（令和６年度、単位：トン）」「（単位：通）」「（単位：箱）」),
# known or not: a counter (any one or two kanji the caption calls the unit, not a measure's name,
# 件数, 金額), letters, katakana or a currency.
_DECLARED_UNIT = re.compile(r"単位[:：]\s*(" + _ANY_COUNTER + r"|[A-Za-z]{2,5}|[ァ-ヺー]{1,6}|" + _CURRENCY_UNIT.pattern
                            + r"|[\u4e00-\u9fff]{1,2}(?<![数額量]))\s*[)）]")
# A price with what it is per or when it is paid in its bracket: 月額保管料（円／区画）, 継続支援（月額・円）.
_PRICE_WITH_BASIS = re.compile(r"[(（](?:[^()（）、,]{1,6}[・、,])?(百万円|千円|万円|円)(?:[／/][^()（）]{1,8})?[)）]\s*$")
_ERA = {"令和": 2018, "平成": 1988, "昭和": 1925}
_YEAR = r"(?:[0-9]{1,2}|元)"
_PERIOD_RANGE = re.compile(
    rf"(?P<e1>令和|平成|昭和)?\s*(?P<y1>{_YEAR}|(?:19|20)[0-9]{{2}})\s*(?:年度?)?\s*[～~〜\-－]\s*"
    rf"(?P<e2>令和|平成|昭和)?\s*(?P<y2>{_YEAR}|(?:19|20)[0-9]{{2}})\s*(?P<suf>年度|年)"
)
_PERIOD_ONE = re.compile(rf"(?P<e>令和|平成|昭和)\s*(?P<y>{_YEAR})\s*(?P<suf>年度|年)|(?P<w>(?:19|20)[0-9]{{2}})\s*(?P<wsuf>年度|年)")


def nfkc(text: str) -> str:
    return unicodedata.normalize("NFKC", text)


def squash(text: str) -> str:
    """NFKC without any whitespace: the form labels and values are compared in."""
    return re.sub(r"\s+", "", nfkc(text))


def is_dash(value: str) -> bool:
    """True for a cell that only says "no value" (－, ―, -, （－）)."""
    core = squash(value).strip(_BRACKETS)
    return bool(core) and all(ch in DASHES for ch in core)


# The marks a table of yes and no prints in its cells (○ available, － or × not; ◎ △ grades),
# which its note explains (「※１ ○印のサービスは、…利用できるもの、－印は利用できないもの」).
MARKS = frozenset("○◯◎●△×✕")


def is_mark(value: str) -> bool:
    """True for a cell that holds one mark and nothing else (○, ×, ◎)."""
    return squash(value) in MARKS


def is_no_value(value: str) -> bool:
    """True for a dash, or for the ellipsis that marks a figure not counted (…, ‥): a cell that
    holds a mark the table's notes explain, not a figure."""
    core = squash(value).strip(_BRACKETS)
    return is_dash(value) or (bool(core) and set(core) == {"."})


def parse_number(value: str) -> tuple[float | None, str | None]:
    """The number and unit of a cell as printed.

    Amounts written with two or more of 兆/億/万 are given in 万 (``15億 8,741万円`` -> 158741, 万円);
    a single scale stays as written (``475億円`` -> 475, 億円; ``3.2億円`` -> 3.2, 億円). Brackets
    are ignored (``（ 63件）`` -> 63, 件), △/▲ mean minus, dashes and text give (None, None).
    """
    s = squash(value).replace("(%)", "%").strip(_BRACKETS)
    if not s or is_dash(s):
        return None, None
    s = re.sub(r"(?:※\s*[0-9]*|\*)+$", "", s)  # (a note mark after the figure: 3,000※１)
    m = _AMOUNT.match(s)
    if m and len(_PART.findall(m.group("parts"))) + (1 if m.group("rest") else 0) >= 2:
        total = sum(float(n.replace(",", "")) * _SCALES[scale] for n, scale in _PART.findall(m.group("parts")))
        if m.group("rest"):
            total += float(m.group("rest").replace(",", "")) / 10 ** 4  # a bare tail is in 円
        unit = "万" + m.group("unit") if m.group("unit") else "万"
        return _signed(total, m.group("sign")), unit
    m = _PLAIN.match(s)
    if m is None or (m.group("unit") and m.group("unit")[0] in "兆億万千"):
        m2 = re.match(rf"^(?P<sign>[-△▲+]?)(?P<num>{_NUM})(?P<scale>兆|億|万|千)(?P<unit>[^\d\s]{{0,4}})$", s)
        if m2 is None:
            return None, None
        return _signed(float(m2.group("num").replace(",", "")), m2.group("sign")), m2.group("scale") + m2.group("unit")
    unit = m.group("unit") or None
    if unit is not None and not _known_unit(unit):
        return None, None  # "2分の1以内", "3月": not a quantity
    return _signed(float(m.group("num").replace(",", "")), m.group("sign")), unit


# A figure with another figure in brackets after it (14（３）, 171件（63件）): a part of the first, or
# another figure of its row, as the note under its table says.
_FIGURE_AND_BRACKETED = re.compile(r"^(?P<v>[△▲\-－]?[0-9０-９][^(（]*?)(?P<p>[(（][^()（）]*[0-9０-９][^()（）]*[)）])$")


def figure_and_bracketed(value: str) -> tuple[str, str] | None:
    """(「14」, 「（３）」) of a cell printed 「14（３）」, when both read as numbers; else None."""
    m = _FIGURE_AND_BRACKETED.match(value)
    if m and parse_number(m.group("v"))[0] is not None and parse_number(m.group("p"))[0] is not None:
        return m.group("v"), m.group("p")
    return None


def _known_unit(unit: str) -> bool:
    # (a counter in katakana after a figure is a unit too: 120パレット, 30ケース, 500ドル)
    return (unit in _UNITS or unit.rstrip("以上内下未満") in _UNITS or bool(_KATAKANA_UNIT.fullmatch(unit))
            or bool(_CURRENCY_UNIT.fullmatch(unit)))


def _signed(x: float, sign: str) -> float:
    x = -x if sign in ("-", "△", "▲") else x
    return int(x) if x == int(x) and abs(x) < 1e15 else x


def unit_from_label(label: str) -> str | None:
    """A unit named in a label: ``実績値（社）`` -> 社, ``交付額（万円）`` -> 万円, ``（単位：百万円）``,
    ``（単位：円、１パレット・１か月当たり）`` -> 円."""
    s = nfkc(label)
    m = (_UNIT_IN_LABEL.search(s) or _DECLARED_UNIT.search(s) or _UNIT_THEN_BASIS.search(s)
         or _COUNTER_CLOSING_LABEL.search(s) or _PRICE_WITH_BASIS.search(s))
    if m:
        return m.group(1)
    m = _MEASURE_COUNTER.search(s)
    if m and (re.fullmatch(r"[A-Z]{2,5}", m.group(2))
              or m.group(2) in s[: m.start(2)].replace(" ", "")
              or m.group("measure") != "数" and (_KATAKANA_UNIT.fullmatch(m.group(2)) or _CURRENCY_UNIT.fullmatch(m.group(2)))
              or m.group("measure") == "数" and _ONE_KANJI_COUNTER.fullmatch(m.group(2))):
        # 受入機関数（機関）: the counter its name repeats; 取扱量（TEU）: a unit of its own (平均通話時間
        # （分） and 延べ宿泊者数（人泊） close with a counter, read above); 出荷量（パレット）, 販売価格
        # （バーツ）: a unit in katakana of an amount or a price (not 受講者数（オンライン）, a part of a count);
        # 製作数（箱）, 発行数（部）: one kanji after a count is what it counts in
        return m.group(2)
    # (率 ends a rate's name, 補助率, 採択率（％）; 引率者 is no rate)
    if re.search(r"[(（]\s*[%％]\s*[)）]|率(?=[(（]|$)|進捗度|割合", s):
        return "%"
    # (not when the bracket declares the units: 「業種別の参加者数 （単位：団体、人）」 counts 団体 too)
    m = re.search(r"(件|人|社|回|箇所|者|団体)数\s*(?:[(（](?![^)）]*単位)[^)）]*[)）])?\s*$", s)
    if m and m.group(1) == "者" and not re.search(r"(?:事業|団体)者数", s):
        return "人"  # 参加者数, 来場者数, 就業者数 count people; 事業者数 counts businesses (者)
    return m.group(1) if m else None


def _era_year(era: str | None, raw: str) -> int | None:
    n = 1 if raw == "元" else int(raw)
    if era:
        return _ERA[era] + n
    return n if n >= 1800 else None


def parse_period(label: str) -> tuple[int | None, tuple[int, int] | None, bool]:
    """The fiscal year(s) a column or row label names.

    Returns (fiscal_year, (first, last), is_fiscal): ``令和６年度`` -> (2024, None, True);
    ``平成 30～令和４年度`` -> (None, (2018, 2022), True); ``令和２年～令和６年９月末`` -> (None,
    (2020, 2024), False); a label naming no year -> (None, None, False).
    """
    s = re.sub(r"\s+", "", nfkc(label))
    m = _PERIOD_RANGE.search(s)
    if m:
        e1 = m.group("e1")
        e2 = m.group("e2") or e1
        first, last = _era_year(e1, m.group("y1")), _era_year(e2, m.group("y2"))
        if first and last and first < last:
            return None, (first, last), m.group("suf") == "年度"
    for m in _PERIOD_ONE.finditer(s):
        if re.match(r"[0-9]+月", s[m.end():]) and "年度" not in m.group(0):
            continue  # 令和7年3月31日現在: a date, not a period
        if m.group("e"):
            return _era_year(m.group("e"), m.group("y")), None, m.group("suf") == "年度"
        return int(m.group("w")), None, m.group("wsuf") == "年度"
    return None, None, False


@dataclass(frozen=True)
class Cell:
    """One value of a table or one label–value fact.

    Attributes:
        row, column: labels as written (whitespace collapsed); `column` is None for a fact that
            has only a label.
        value: the cell text exactly as printed.
        number, unit: parsed from `value` (or the unit named by a label), None when not a number.
        fiscal_year: Western fiscal year of a single-year period, else None.
        fiscal_year_range: (first, last) Western years of a range period such as 平成30～令和4年度.
        start, end: offsets of `value` in the document text; line: its 1-based line there;
        page: its PDF page (None for other formats).
        source: the verbatim line(s) of the document the value stands on (its row).
        column_group, row_group: a spanning header above the column (第２期) or a label
            spanning several rows (分野 観光), when the table has one.
        chunk_id: the chunk whose text holds the value (to cite it).
    """

    row: str
    column: str | None
    value: str
    number: float | None
    unit: str | None
    fiscal_year: int | None
    fiscal_year_range: tuple[int, int] | None
    start: int
    end: int
    line: int
    page: int | None
    source: str
    column_group: str | None = None
    row_group: str | None = None
    chunk_id: str | None = None

    def to_json(self) -> dict:
        out = asdict(self)
        out["fiscal_year_range"] = list(self.fiscal_year_range) if self.fiscal_year_range else None
        return out

    @classmethod
    def from_json(cls, data: dict) -> "Cell":
        data = dict(data)
        fyr = data.get("fiscal_year_range")
        data["fiscal_year_range"] = tuple(fyr) if fyr else None
        return cls(**{k: data.get(k) for k in cls.__dataclass_fields__})


@dataclass(frozen=True)
class Footnote:
    """A note printed under a table (※３ 令和６年度の…は集計中であり…), verbatim, with where it is."""

    text: str
    start: int
    line: int
    chunk_id: str | None = None


@dataclass(frozen=True)
class TableRecord:
    """A table, a label–value block or a bracketed summary of one document.

    Attributes:
        kind: "table" (rows x columns), "facts" (label–value lines, column None) or "summary"
            (a bracketed line of figures under an indicator).
        title: the table's caption or the indicator it reports on.
        section: the heading path of the chunk it stands in.
        note: what the caption adds (as-of date, unit note), verbatim, or "".
        columns, rows: labels in document order.
        start, end: the table's extent in the document text; line_start/line_end its lines;
            page its first page.
    """

    doc_id: str
    file: str
    title: str
    section: str
    kind: str
    columns: tuple[str, ...]
    rows: tuple[str, ...]
    cells: tuple[Cell, ...]
    start: int
    end: int
    line_start: int
    line_end: int
    page: int | None = None
    note: str = ""
    doc_title: str = ""
    footnotes: tuple[Footnote, ...] = ()

    def to_json(self) -> dict:
        out = {k: v for k, v in asdict(self).items() if k not in ("cells", "footnotes")}
        out["columns"] = list(self.columns)
        out["rows"] = list(self.rows)
        out["cells"] = [c.to_json() for c in self.cells]
        out["footnotes"] = [asdict(f) for f in self.footnotes]
        return out

    @classmethod
    def from_json(cls, data: dict) -> "TableRecord":
        fields = {k: data.get(k) for k in cls.__dataclass_fields__ if k not in ("cells", "footnotes")}
        fields["columns"] = tuple(data.get("columns") or ())
        fields["rows"] = tuple(data.get("rows") or ())
        fields["doc_title"] = fields.get("doc_title") or ""
        fields["note"] = fields.get("note") or ""
        return cls(**fields, cells=tuple(Cell.from_json(c) for c in data.get("cells") or ()),
                   footnotes=tuple(Footnote(**f) for f in data.get("footnotes") or ()))


def records_to_jsonl(records: list[TableRecord]) -> str:
    import json

    return "".join(json.dumps(r.to_json(), ensure_ascii=False) + "\n" for r in records)


def records_from_jsonl(text: str) -> list[TableRecord]:
    import json

    return [TableRecord.from_json(json.loads(line)) for line in text.splitlines() if line.strip()]
