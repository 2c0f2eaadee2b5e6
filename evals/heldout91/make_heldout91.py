"""Build the 楷県 held-out set 91: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (楷県 and every town, scheme, organisation, company, phone number,
mail address and figure). The documents are in three genres the earlier sets do not use:

- a call for applications (募集要項) for a subsidy towards lacquerware makers' exports
  (楷県産漆器輸出支援補助金: food-safety tests of lacquered tableware for the destination's rules,
  dry-climate durability tests, trade fairs abroad, foreign-language care manuals, product photos
  and videos), with a two-level header whose groups are the product kinds (食器類 / 調度品類) and
  whose leaves are the rate and the cap, two 「－」 cells, the applications and grants by year
  (years as rows, header cells over two lines, 「－」 before a cost was covered) and a KPI table
  with 目標 / 実績 / 達成率;
- the report (報告書) of a survey of the prefecture's towel makers on their exports
  (タオル製造業の輸出に関する実態調査), with the respondents and exporters by main product (a table
  continued over a page break without its header, header cells over two lines), the exports by
  destination in two fiscal years with a 増減 column printing decreases with ▲ (unit only in the
  caption note) and an unruled table of the issues;
- the user guide (利用案内) of a prefectural halal-certification support desk
  (ハラール認証取得支援デスク), with the fees (a 「－」 cell, a half fee for small firms in a note) and
  the uses by industry and service with a total column on the right.

See README.md beside this file.

    python make_heldout91.py [OUTPUT_DIR]          # default: this file's directory

Needs reportlab and pypdf (both in the project venv). The code structure follows
../heldout59/make_heldout59.py; the shared helpers are in ../docgen.py (unchanged). The gold
cells are generated from the same specs that draw the tables; PDF page numbers are recorded while
reportlab lays the pages out. The output is byte-identical on every run (reportlab
``invariant=True``). The script exits 1 if any check fails.
"""


import re
import sys
import unicodedata
from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph, Spacer

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script: make `evals` importable

from evals import docgen
from evals.docgen import (
    DATE_RIGHT,
    DOCS_DIR,
    ERA_YEAR,
    H1,
    H2,
    SUBTITLE,
    TITLE,
    build_pdf,
    caption,
    check_against_expected,
    check_answerable,
    check_computed,
    check_page_counts,
    check_question_mix,
    check_texts,
    check_unanswerable,
    contact_box,
    era_year,
    fiscal_year_range,
    fw,
    hanging,
    norm,
    numbered_questions,
    output_dirs,
    pdf_pages,
    pstyle,
    read_jsonl,
    report,
    write_jsonl,
    write_texts,
)

SHIKKI_PDF = "kai_shikki_yushutsu_hojokin_boshu_yoko_r7.pdf"
TOWEL_PDF = "kai_towel_yushutsu_jittai_chosa_r6.pdf"
HALAL_PDF = "kai_halal_ninsho_shien_desk_riyo_annai_r7.pdf"
ALL_PDFS = (SHIKKI_PDF, TOWEL_PDF, HALAL_PDF)

UNITS = ("百万円", "千円", "万円", "円", "件", "社", "者", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
DASH = "－"  # a cell with no figure (its meaning is given in a note); never a gold cell
DECREASE = "▲"  # a decrease in a 増減 column
PHONE_RE = r"099-95\d-\d{4}"  # every phone number of the set: 099-95x-xxxx
MAIL_DOMAIN = "@example.jp"
FORBIDDEN_PREFS = ("\u692a県",)  # the other helper's prefecture (U+692A 県), spelled by code point: named in no document


def nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def fiscal_year(label: str | None) -> int | None:
    """Western year of a label naming one fiscal year (令和５年度); None otherwise."""
    if not label or fiscal_year_range(label):
        return None
    s = nfkc(label)
    years = [era_year(*y) for y in re.findall(ERA_YEAR + r"年度", s)]
    return years[0] if len(years) == 1 else None


def parse_number(value: str):
    """(number, unit) as printed after NFKC, a leading ▲ read as a minus sign; (None, None) for
    text and for 「－」."""
    v = nfkc(value).strip()
    if v.startswith(DECREASE):
        n, u = docgen.parse_number(v[1:], UNITS)
        return (None, None) if n is None else (-n, u)
    return docgen.parse_number(v, UNITS)


def label(s: str) -> str:
    """A row or column label as recorded: line breaks dropped."""
    return s.replace("\n", "").strip(INDENT)


def bracket_unit(text: str) -> str | None:
    """The unit in brackets at the end of a label (申請件数（件） -> 件), NFKC."""
    m = re.search(r"（([^（）]+)）$", text)
    return nfkc(m.group(1)) if m else None


def half_up(x: Decimal, q: str) -> Decimal:
    return x.quantize(Decimal(q), ROUND_HALF_UP)


def pct1(k: int, n: int) -> Decimal:
    """k / n in per cent with one decimal, rounded half up."""
    return half_up(Decimal(k * 100) / Decimal(n), "0.1")


def pct0(k: int, n: int) -> int:
    """k / n in whole per cent, rounded half up (the KPI table's 達成率)."""
    return int(half_up(Decimal(k * 100) / Decimal(n), "1"))


def cell(x) -> str:
    """A table cell: None -> 「－」, a Decimal with one decimal, an int as docgen prints it."""
    if x is None:
        return DASH
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def signed(x: int) -> str:
    """A 増減 cell: a decrease with a leading ▲, an increase as a plain number."""
    return f"{DECREASE}{fw(-x)}" if x < 0 else fw(x)


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf and optional columns
    that cover a range of fiscal years (a 増減 column)."""

    col_range: dict | None = None  # {col: [first, last]} for columns comparing fiscal years

    def header_parts(self, c) -> list[str]:
        owner = {}
        for (c0, r0), (c1, r1) in self.spans:
            for r in range(r0, r1 + 1):
                for cc in range(c0, c1 + 1):
                    owner[(cc, r)] = (c0, r0)
        parts = []
        for r, hrow in enumerate(self.header):
            if hrow[c]:
                parts.append(label(hrow[c]))
            elif (c, r) in owner:
                c0, r0 = owner[(c, r)]
                if r0 == r and c0 != c:
                    parts.append(label(self.header[r0][c0]))
        if not parts:
            raise ValueError(f"{self.key}: column {c} has no header")
        return parts

    def column_label(self, c) -> str:
        return GROUP_SEP.join(self.header_parts(c))

    def column_year(self, c) -> int | None:
        years = [fiscal_year(p) for p in self.header_parts(c) if fiscal_year(p)]
        return years[-1] if years else None

    def row_label(self, i: int) -> str:
        return label(self.rows[i][self.label_col])

    def dash_cells(self) -> set:
        """(row label, column label) of every value cell printed 「－」."""
        return {(self.row_label(i), self.column_label(c))
                for i, r in enumerate(self.rows) for c in self.value_cols if r[c] == DASH}

    def two_line_headers(self) -> list[str]:
        return [h for hrow in self.header for h in hrow if "\n" in h]


def gold_records(spec: TableSpec, pages_of: dict) -> list[dict]:
    """The gold cells of a table, row by row; a 「－」 cell is no gold cell."""
    out = []
    for i, r in enumerate(spec.rows):
        for c in spec.value_cols:
            value = r[c]
            if value == DASH:
                continue
            number, cell_unit = parse_number(value)
            unit = cell_unit or spec.cell_unit(r, c)
            row_label = label(r[spec.label_col])
            rng = (spec.col_range or {}).get(c)
            fy = None if rng else (spec.column_year(c) or fiscal_year(row_label) or spec.table_fy)
            pages = pages_of[(spec.key, i)]
            assert len(pages) == 1, (spec.key, r, pages)
            out.append({
                "doc": spec.doc, "table": spec.title, "row": row_label, "column": spec.column_label(c),
                "fiscal_year": fy, "fiscal_year_range": list(rng) if rng else None,
                "value": value, "number": number, "unit": unit, "page": next(iter(pages)),
            })
    return out


class P(docgen.P):
    """docgen's paragraph, which reportlab can also split across a page break."""

    def __init__(self, text, style, key=None, **kw):
        Paragraph.__init__(self, text, style, **kw)
        self.gold_key = key


INDENTED = {}


def indented(level: int):
    """Body text whose first line starts with a printed full-width space (no style indent)."""
    if level not in INDENTED:
        INDENTED[level] = pstyle(f"indented{level}", left=(level + 1) * docgen.EM)
    return INDENTED[level]


def paras(text: str, level: int):
    """Paragraphs indented by a full-width space, as the prefecture types them."""
    return [P(INDENT + t.strip(), indented(level)) for t in text.strip().split("\n") if t.strip()]


def numbered(items, level: int):
    return [P(t, hanging(level, 2)) for t in items]


def bullets(items, level: int):
    return [P(f"○ {t}", hanging(level, 1)) for t in items]


def notes(items):
    return [P(t, docgen.NOTE) for t in items]


def lv_lines(pairs, level: int):
    return [P(f"{k}：{v}", hanging(level, 1)) for k, v in pairs]


PREF = "楷県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: lacquerware export subsidy, call for applications
SHIKKI = f"{PREF}産漆器輸出支援補助金"
SHIKKI_DEPT = f"{PREF} 商工観光部 地場産業振興課"
SHIKKI_DESK = f"{PREF}漆器輸出相談室"
SHIKKI_CENTER = f"公益財団法人{PREF}地場産業センター"
PLAN = f"{PREF}漆器産業振興プラン"
RATES = [  # 経費区分; 食器類: 補助率（％）, 上限額（千円）; 調度品類: 補助率（％）, 上限額（千円） (令和７年度); None = 「－」
    ("食品衛生適合試験", 50, 300, None, None),
    ("乾燥耐久試験", 50, 200, 50, 300),
    ("海外見本市への出展", 50, 500, 50, 800),
    ("外国語の取扱説明書の制作", 60, 100, 60, 150),
    ("海外向け商品写真・動画の制作", 40, 200, 40, 200),
]
TEST_ITEMS_MAX = 3  # note ※２: the food-safety test cap is per 品目, up to three 品目
FIRM_CAP, FIRM_CAP_NEW = 150, 200  # note ※３: 万円 per firm (新規輸出者: 200万円); the table is in 千円
SMALL_BONUS = 10  # note ※４: points added to the rate for a 小規模企業者
DRY_TEST_FROM = 2022  # 乾燥耐久試験 covered from 令和４年度 (note ※５): 「－」 before
RECORD = [  # 年度, 申請件数, 採択件数, うち新規輸出者, うち乾燥耐久試験, 交付額（千円）
    (2020, 14, 9, 5, None, 6120), (2021, 17, 11, 6, None, 7480), (2022, 21, 13, 7, 3, 9350),
    (2023, 24, 15, 6, 5, 11020), (2024, 28, 17, 8, 6, 12850),
]
KPIS = [  # 指標（単位）, 目標, 実績 (令和６年度); 達成率 = 実績 / 目標, whole per cent (note ※６)
    ("県産漆器の輸出額（万円）", 4000, 3560), ("新規輸出者数（者）", 10, 8),
    ("海外見本市での商談件数（件）", 300, 357), ("外国語の取扱説明書を整えた事業者数（社）", 20, 23),
]
SHIKKI_CASES = [  # 見出し, 輸出先, 主な取組, 補助金の額 (same labels in every sibling section); product kind, cost items
    ("椀木地製造業Ａ社（朱野市）", "ドイツ", "椀２品目の食品衛生適合試験と乾燥耐久試験", "58万円",
     "食器類", (("食品衛生適合試験", 2), ("乾燥耐久試験", 1))),
    ("漆器製造業Ｂ社（湯塗町）", "米国", "ニューヨークの見本市への出展と英語の手入れガイドの制作", "56万円",
     "食器類", (("海外見本市への出展", 1), ("外国語の取扱説明書の制作", 1))),
    ("家具・調度品製造業Ｃ社（楷市）", "フランス", "文箱と花器の商品写真・動画の制作", "18万円",
     "調度品類", (("海外向け商品写真・動画の制作", 1),)),
]
EXCLUDED = [  # 補助の対象にならない経費
    "漆器の製造、仕入れ及び輸送に要する経費",
    "見本市の会期中の飲食及び接待に要する経費",
    "試験の結果、不適合とされた品目の再試験に要する経費",
    "交付決定の日より前に発注し、又は支払った経費",
]


def shikki_specs():
    rates = TableSpec(
        key="rates", doc=SHIKKI_PDF, title="経費区分別の補助率と上限額",
        header=[["経費区分", "食器類", "", "調度品類", ""],
                ["", "補助率（％）", "上限額（千円）", "補助率（％）", "上限額（千円）"]],
        rows=[[n, cell(a), cell(b), cell(c), cell(d)] for n, a, b, c, d in RATES],
        col_widths=[52 * mm, 27 * mm, 27 * mm, 27 * mm, 27 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[-1])
    record = TableSpec(
        key="record", doc=SHIKKI_PDF, title="申請と交付の実績",
        header=[["年度", "申請\n件数（件）", "採択\n件数（件）", "うち新規\n輸出者（件）", "うち乾燥耐久\n試験（件）",
                 "交付額\n（千円）"]],
        rows=[[era(y), fw(a), fw(b), fw(n), cell(d), fw(g)] for y, a, b, n, d, g in RECORD],
        col_widths=[26 * mm, 26 * mm, 26 * mm, 27 * mm, 29 * mm, 26 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    kpi = TableSpec(
        key="kpi", doc=SHIKKI_PDF, title="成果指標の目標と実績",
        header=[["指標", "目標", "実績", "達成率（％）"]],
        rows=[[n, fw(t), fw(a), fw(pct0(a, t))] for n, t, a in KPIS],
        col_widths=[72 * mm, 26 * mm, 26 * mm, 30 * mm], table_fy=2024,
    )
    kpi.unit = lambda row, c: bracket_unit(row[0]) if c in (1, 2) else "%"
    return rates, record, kpi


def shikki_story(specs):
    rates, record, kpi = specs
    n_all, amt_all = sum(r[2] for r in RECORD), sum(r[5] for r in RECORD)
    last = RECORD[-1]
    met = sum(a >= t for _n, t, a in KPIS)
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{SHIKKI} 募集要項", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(SHIKKI_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　目的", H1)]
    st += paras(f"""
県内の漆器製造事業者が、輸出先の規則に合った漆器を整え、海外の見本市や売り場で販路を広げられるよう、輸出に要する経費の一部を補助します。制度を始めた令和２年度（2020年度）から令和６年度までに、延べ{n_all}件、{amt_all:,}千円を交付しました。
""", 0)
    st += [P("２　募集の概要", H1)]
    st += lv_lines([
        ("補助事業名", SHIKKI),
        ("補助対象者", "県内に事業所を有し、県産漆器を製造し、又は販売する中小企業者（個人事業主及び事業協同組合を含む。）"),
        ("募集期間", "令和７年５月12日から６月20日まで（必着）"),
        ("予算額", "2,400万円"),
        ("採択予定件数", "18件程度"),
        ("補助事業期間", "交付決定の日から令和８年２月13日まで"),
    ], 0)
    st += paras("""
この要項において「県産漆器」とは、木地の製作又は塗りの工程のいずれかを県内で行った漆器で、天然の漆を用いたものをいいます。「食器類」とは、椀、皿、箸、重箱その他の飲食物に直接触れる漆器をいい、それ以外の漆器（花器、文箱、装身具、家具等）を「調度品類」といいます。「新規輸出者」とは、申請の日の前３年間に漆器を輸出した実績がない事業者をいいます。また、「小規模企業者」とは、常時使用する従業員の数が20人以下の中小企業者をいいます。
""", 0)
    st += [P("３　補助対象経費と補助率", H1)]
    st += paras("補助率と上限額は、経費区分ごとに、輸出する製品の種類によって次のとおりです。", 0)
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「－」の欄の経費は、補助の対象になりません（調度品類は飲食物に触れないため、食品衛生適合試験は求められません）。",
        f"※２ 食品衛生適合試験の上限額は１品目当たりの額です。１事業者につき{fw(TEST_ITEMS_MAX)}品目までとします。",
        f"※３ 補助金の額は、１事業者当たり{FIRM_CAP}万円（新規輸出者は{FIRM_CAP_NEW}万円）を上限とし、千円未満の端数は切り捨てます。",
        f"※４ 小規模企業者が申請する場合は、上表の補助率に{SMALL_BONUS}ポイントを加えます（上限額は変わりません）。",
    ])
    st += paras("次の経費は補助の対象になりません。", 0)
    st += bullets(EXCLUDED, 0)
    st += [P("４　申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（地場産業振興課又は{SHIKKI_DESK}へ）",
        "② 申請書の提出（募集期間内に、事業計画書、見積書及び製品の写真を添えて提出）",
        "③ 審査（書類審査、令和７年７月中旬）",
        "④ 交付決定の通知（令和７年８月上旬）",
        "⑤ 補助事業の実施（令和８年２月13日までに完了すること）",
        "⑥ 実績報告（事業の完了から30日以内。遅くとも令和８年２月27日まで）",
        "⑦ 補助金の額の確定と支払（令和８年３月）",
    ], 0)
    st += [P("５　これまでの実績", H1)]
    st += paras(f"""
申請件数は毎年増えており、令和６年度は{last[1]}件の申請があり、{last[2]}件を採択しました（うち新規輸出者{fw(last[3])}件）。成果指標は、{fw(len(KPIS))}項目のうち{fw(met)}項目で目標を達成しました。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += notes([f"※５ 乾燥耐久試験は{era(DRY_TEST_FROM)}から補助の対象としたため、令和２年度と令和３年度の欄は「－」としています。"])
    st += [caption(kpi.title, "（令和６年度）"), kpi.flowable(), Spacer(1, 2)]
    st += notes([f"※６ 目標は「{PLAN}」の令和６年度の値です。達成率は、実績を目標で割った値を百分率で表し、小数点以下を四捨五入しています。"])
    st += [CondPageBreak(SIBLING_ROOM + 12 * mm), P("６　活用事例（令和６年度）", H1)]
    for i, (head, where, what, amount, _kind, _items) in enumerate(SHIKKI_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("輸出先", where), ("主な取組", what), ("補助金の額", amount)], 1)
    st += [P("７　よくある質問", H1)]
    qa = [
        ("県外で作られた木地に、県内の工房で漆を塗った製品も対象になりますか。",
         "対象になります。塗りの工程を県内で行っていれば「県産漆器」に当たります。"),
        ("椀と箸を組にして販売する商品の試験は、何品目と数えますか。",
         "試験を受ける品目ごとに数えます。椀と箸であれば２品目です。"),
        ("同じ年度に二つの海外見本市に出展する場合、両方とも補助を受けられますか。",
         "受けられません。海外見本市への出展は、１事業者につき１年度に１回に限ります。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{SHIKKI_DEPT} 漆器振興班　電話：099-951-4410　ファクス：099-951-4419",
        f"{SHIKKI_DESK}（{SHIKKI_CENTER}内、事前相談）　電話：099-951-4500",
        "電子メール：kai-shikki@example.jp",
    ]))
    return st


# ================================================================ document 2: towel makers' exports, survey report
TOWEL = f"{PREF}タオル製造業の輸出に関する実態調査"
TOWEL_DEPT = f"{PREF} 商工観光部 産業政策課"
KUMIAI = f"{PREF}タオル工業組合"
TARGET = 210  # 調査対象の事業者 (全数)
PRODUCTS = [  # 主な製品, 回答事業者数, うち輸出事業者, うち直接輸出, 輸出額（百万円） (令和５年度)
    ("フェイスタオル", 32, 14, 6, 412), ("バスタオル", 24, 12, 7, 538), ("タオルハンカチ", 19, 9, 3, 126),
    ("タオルケット・寝具", 14, 5, 2, 187), ("ガーゼ製品", 12, 6, 4, 94), ("ベビー用品", 9, 5, 3, 71),
    ("業務用タオル", 15, 3, 1, 45), ("販促用タオル（名入れ）", 13, 2, 0, 18), ("その他", 9, 2, 1, 23),
]
SIZES = (("小規模事業者", 98, 25), ("それ以外の事業者", 49, 33))  # 回答事業者数, うち輸出事業者 (prose only)
PREV_SHARE = Decimal("31.2")  # 輸出事業者の割合, 前回の令和３年度調査 (prose only)
NEW_SINCE_R1, STOPPED = 19, 7  # 令和元年度以降に輸出を始めた輸出事業者; 過去５年間に輸出をやめた事業者 (prose only)
DEST_YEARS = (2022, 2023)
DESTINATIONS = [  # 輸出先, 令和４年度, 令和５年度 (百万円)
    ("米国", 342, 386), ("中国", 268, 214), ("台湾", 205, 241), ("香港", 131, 118), ("韓国", 88, 97),
    ("タイ", 61, 83), ("ＥＵ", 217, 259), ("その他", 102, 116),
]
ISSUES = [  # 輸出に関する課題, 回答数: 輸出事業者, 非輸出事業者 (複数回答)
    ("海外の取引先の開拓", 31, 52), ("海外製品との価格競争", 36, 29), ("輸出手続・書類作成の負担", 18, 34),
    ("外国語に対応できる人材の不足", 21, 38), ("輸出先の品質・表示基準への対応", 24, 11), ("為替の変動", 17, 6),
]
TOWEL_CASES = [  # 見出し, 主な輸出先, 輸出の形態, 工夫していること (same labels in every sibling section)
    ("タオル製造業Ｄ社（綿浦市）", "米国、ＥＵ", "直接輸出（海外の百貨店と直接取引）",
     "有機栽培の綿を使った製品に絞り、海外の展示会に毎年出ている"),
    ("タオルハンカチ製造業Ｅ社（白糸町）", "台湾、香港", "間接輸出（県内の商社を通じて）",
     "柄を現地の季節の行事に合わせて毎年変えている"),
    ("ガーゼ製品製造業Ｆ社（楷市）", "中国、韓国", "直接輸出（越境ＥＣ）",
     "乳幼児向けの洗濯表示を輸出先の言語で縫い付けている"),
]


def respondents() -> int:
    return sum(r[1] for r in PRODUCTS)


def exporters() -> int:
    return sum(r[2] for r in PRODUCTS)


def towel_specs():
    rows = [[n, fw(a), fw(b), fw(c), fw(v)] for n, a, b, c, v in PRODUCTS]
    rows.append(["合計"] + [fw(sum(r[j] for r in PRODUCTS)) for j in (1, 2, 3, 4)])
    products = TableSpec(
        key="products", doc=TOWEL_PDF, title="主な製品別の回答事業者と輸出の状況",
        header=[["主な製品", "回答\n事業者数（社）", "うち輸出\n事業者（社）", "うち直接\n輸出（社）", "輸出額\n（百万円）"]],
        rows=rows, col_widths=[44 * mm, 28 * mm, 28 * mm, 28 * mm, 28 * mm], table_fy=2023, repeat_header=False,
    )
    products.unit = lambda row, c, s=products: bracket_unit(s.column_label(c))
    drows = [[n, fw(a), fw(b), signed(b - a)] for n, a, b in DESTINATIONS]
    ta, tb = sum(r[1] for r in DESTINATIONS), sum(r[2] for r in DESTINATIONS)
    drows.append(["合計", fw(ta), fw(tb), signed(tb - ta)])
    destinations = TableSpec(
        key="destinations", doc=TOWEL_PDF, title="輸出先別の輸出額",
        header=[["輸出先"] + [era(y) for y in DEST_YEARS] + ["増減"]],
        rows=drows, col_widths=[40 * mm, 32 * mm, 32 * mm, 32 * mm], unit="百万円",
    )
    destinations.col_range = {3: [DEST_YEARS[0], DEST_YEARS[-1]]}
    n_all, n_e = respondents(), exporters()
    n_o = n_all - n_e
    issues = TableSpec(
        key="issues", doc=TOWEL_PDF, title="輸出に関する課題（複数回答）",
        header=[["課題", "全体", "輸出事業者", "非輸出事業者"]],
        rows=[[x, cell(pct1(a + b, n_all)), cell(pct1(a, n_e)), cell(pct1(b, n_o))] for x, a, b in ISSUES],
        col_widths=[72 * mm, 26 * mm, 28 * mm, 30 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return products, destinations, issues


def towel_story(specs):
    products, destinations, issues = specs
    total, n = respondents(), exporters()
    direct = sum(r[3] for r in PRODUCTS)
    (s_name, s_n, s_e), (o_name, o_n, o_e) = SIZES
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{TOWEL} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月", DATE_RIGHT), P(TOWEL_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県内のタオル製造事業者の輸出の実態と課題を把握し、海外販路の開拓を支える施策に役立てるため"),
        ("調査対象", f"県内のタオル製造事業者 {TARGET}社（全数）"),
        ("調査基準日", "令和６年（2024年）10月１日"),
        ("調査期間", "令和６年10月７日から11月８日まで"),
        ("調査方法", f"郵送及びウェブによるアンケート（{KUMIAI}の協力による）"),
        ("回答数", f"{total}社（回答率{pct1(total, TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「タオル製造事業者」とは、タオル（タオルハンカチ、タオルケット及びガーゼ製品を含む。）の製織又は縫製を行う事業者をいい、販売のみを行う事業者は含まない。「輸出事業者」とは、令和５年度に自社の製品を海外に販売した事業者をいい、商社等を通じた輸出（以下「間接輸出」という。）も含む。また、「小規模事業者」とは、常時使用する従業員の数が20人以下の事業者をいう。
""", 0)
    st += [P("２　輸出の状況", H1)]
    st += paras(f"""
令和５年度に輸出を行った輸出事業者は、回答事業者{total}社のうち{n}社（{pct1(n, total)}％）で、前回の令和３年度調査の{PREV_SHARE}％から増えた。輸出事業者のうち自社で直接輸出している事業者は{direct}社で、残る{n - direct}社は間接輸出のみであった。
事業者の規模別では、{s_name}は{s_n}社のうち{s_e}社、{o_name}は{o_n}社のうち{o_e}社が輸出を行っている。主な製品別では、輸出事業者の数はフェイスタオルが、輸出額はバスタオルが最も多い。
輸出事業者のうち、令和元年度以降に輸出を始めた事業者は{NEW_SINCE_R1}社で、その多くは越境ＥＣ又は間接輸出から始めている。また、過去５年間に輸出をやめた事業者が{fw(STOPPED)}社あり、その理由としては「取引先の撤退」と「採算の悪化」が多く挙げられた。
令和５年度の輸出額の合計は{sum(r[4] for r in PRODUCTS):,}百万円で、前年度の{sum(r[1] for r in DESTINATIONS):,}百万円を上回った。回答事業者の所在地は、綿浦市が最も多く、白糸町、楷市の順であった。
""", 0)
    st += [caption(products.title, "（令和５年度）", keep=False), products.flowable(), Spacer(1, 2)]
    st += notes(["※１ 「主な製品」は、各事業者が売上高の最も大きい製品として回答したものである。輸出額は、間接輸出の分を含めて各事業者が回答した額の合計である。"])
    st += [P("３　輸出先", H1)]
    top = max(DESTINATIONS, key=lambda r: r[2])
    st += paras(f"""
令和５年度の輸出額を輸出先別にみると、{top[0]}が最も多く、前年度から{top[2] - top[1]}百万円増えた。一方、中国向けと香港向けは前年度を下回った。
""", 0)
    st += [caption(destinations.title, "（単位：百万円）"), destinations.flowable(), Spacer(1, 2)]
    st += notes([
        "※２ 令和４年度の額は、今回の調査で併せて回答を得たものである。「ＥＵ」はＥＵ加盟国の合計で、英国は「その他」に含む。増減は令和５年度の額から令和４年度の額を引いたもので、減少は▲で示す。",
    ])
    st += [CondPageBreak(SIBLING_ROOM + 12 * mm), P("４　事業者の事例", H1)]
    for i, (head, dest, form, idea) in enumerate(TOWEL_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な輸出先", dest), ("輸出の形態", form), ("工夫していること", idea)], 1)
    st += [P("５　輸出に関する課題", H1)]
    st += paras("""
全体では「海外の取引先の開拓」が最も多かった。輸出事業者では「海外製品との価格競争」が最も多く、非輸出事業者では「海外の取引先の開拓」に次いで「外国語に対応できる人材の不足」が多い。
""", 0)
    st += [caption(issues.title, "（単位：％）"), issues.flowable(), Spacer(1, 2)]
    st += notes([
        f"※３ 回答事業者（全体{total}社、輸出事業者{n}社、非輸出事業者{total - n}社）が回答した。「非輸出事業者」は、輸出事業者以外の回答事業者である。複数回答のため、合計は100％にならない。",
    ])
    st += [P("６　県への主な要望（自由記述）", H1)]
    st += bullets([
        "輸出先ごとの繊維製品の表示の規則を、日本語でまとめて知らせてほしい。",
        "海外の展示会に県の共同ブースを設け、小さな事業者も出展できるようにしてほしい。",
        "海外の取引先との商談に使える通訳の派遣を続けてほしい。",
    ], 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        "① 主な輸出先の繊維製品の表示の規則をまとめた手引きを、令和７年度中に作成する。",
        f"② {KUMIAI}と連携し、海外の展示会への共同出展を支援する。",
        "③ 外国語での商談を支える通訳の派遣を、小規模事業者を優先して続ける。",
        "④ 次回の調査は、令和８年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{TOWEL_DEPT} 調査班　電話：099-954-2630　ファクス：099-954-2639",
        f"{KUMIAI}（輸出の相談）　電話：099-954-2700",
        "電子メール：kai-towel@example.jp",
    ]))
    return st


# ================================================================ document 3: halal-certification support desk, user guide
HALAL = f"{PREF}ハラール認証取得支援デスク"
HALAL_DEPT = f"{PREF} 商工観光部 国際経済課"
KYOKAI = f"一般社団法人{PREF}食品産業協会"
KINDS = [  # 見出し, 支援の内容, 所要時間, 申込期限 (same labels in every sibling section)
    ("個別相談", "認証の仕組み、輸出先で求められる認証、原材料の確認の進め方等についての助言",
     "１回60分（対面又はオンライン）", "希望日の５営業日前まで"),
    ("現地確認", "相談員が工場又は厨房を訪れ、認証機関の審査の前に、原材料の保管、製造工程及び器具の洗浄の方法を点検",
     "１回４時間程度", "希望日の15営業日前まで"),
    ("申請書類の作成支援", "認証機関に提出する申請書と原材料一覧表の作成及びその英訳の確認",
     "申請１件につき面談２回（１回90分）", "申請予定日の30日前まで"),
]
FEES = [  # サービス, 県内中小企業（円）, その他の事業者（円） (令和７年度); None = 「－」
    ("個別相談（１回）", 2000, 4000), ("現地確認（１回）", 24000, 48000),
    ("申請書類の作成支援（申請１件）", 30000, None), ("原材料一覧表の英訳（30品目まで）", 8000, 16000),
    ("認証機関の審査への同行（１回）", 9000, 18000),
]
SMALL_STAFF = 20  # note ※３: 従業員20人以下の県内中小企業は現地確認の料金が半額
USES = [  # 業種, 個別相談, 現地確認, 書類作成支援 (令和６年度, 件)
    ("菓子・パン", 24, 6, 3), ("調味料・ソース類", 31, 9, 5), ("水産加工品", 18, 5, 2), ("食肉加工品", 9, 2, 0),
    ("飲料", 12, 3, 2), ("飲食店・宿泊施設", 27, 8, 1), ("化粧品・日用品", 11, 2, 1), ("その他", 8, 1, 1),
]
PREV_USES = 152  # 令和５年度の利用件数 (prose only)
USERS, CERTIFIED = 68, 11  # 令和６年度の利用事業者, うち認証を取得 (prose only)


def halal_specs():
    fees = TableSpec(
        key="fees", doc=HALAL_PDF, title="サービス別の利用料金",
        header=[["サービス", "県内中小企業\n（円）", "その他の\n事業者（円）"]],
        rows=[[n, cell(a), cell(b)] for n, a, b in FEES],
        col_widths=[70 * mm, 36 * mm, 36 * mm], table_fy=2025,
    )
    fees.unit = lambda row, c, s=fees: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(c), fw(a + b + c)] for n, a, b, c in USES]
    rows.append(["合計"] + [fw(sum(r[j] for r in USES)) for j in (1, 2, 3)] + [fw(sum(sum(r[1:]) for r in USES))])
    uses = TableSpec(
        key="uses", doc=HALAL_PDF, title="業種別・サービス別の利用件数",
        header=[["業種", "個別相談", "現地確認", "書類作成支援", "計"]],
        rows=rows, col_widths=[44 * mm, 26 * mm, 26 * mm, 28 * mm, 24 * mm], unit="件", table_fy=2024,
    )
    return fees, uses


def halal_story(specs):
    fees, uses = specs
    total = sum(sum(r[1:]) for r in USES)
    by_kind = [sum(r[j] for r in USES) for j in (1, 2, 3)]
    top = max(USES, key=lambda r: sum(r[1:]))[0]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{HALAL} 利用案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(HALAL_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　デスクの概要", H1)]
    st += paras("""
このデスクは、イスラム圏への輸出やムスリムの旅行者の受入れを目指す県内の事業者が、ハラール認証を円滑に取得できるよう、相談、審査前の点検及び申請書類の作成を支援するものです。
""", 0)
    st += lv_lines([
        ("デスク名", HALAL),
        ("実施主体", PREF),
        ("運営", f"{KYOKAI}（県からの委託）"),
        ("利用できる者", "県内に事業所を有する食品製造業者、飲食店、宿泊施設、化粧品製造業者等"),
        ("受付時間", "平日９時30分から17時まで（ウェブの申込みは24時間）"),
        ("実施期間", "令和７年４月１日から令和８年３月31日まで"),
    ], 0)
    st += paras("""
この案内において「ハラール」とは、イスラム教の教えにおいて許されたものをいいます。「ハラール認証」とは、認証機関が製品の原材料、製造工程及び衛生管理を確認し、ハラールであることを証明することをいいます。現地確認の「１回」とは、１か所の工場又は厨房を１日で確認することをいい、同じ日に２か所を確認する場合は２回と数えます。また、「営業日」とは、土曜日、日曜日、祝日及び年末年始（12月29日から１月３日まで）を除く日をいいます。
""", 0)
    st += [CondPageBreak(SIBLING_ROOM + 12 * mm), P("２　サービスの種類", H1)]
    for i, (head, what, how_long, deadline) in enumerate(KINDS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("支援の内容", what), ("所要時間", how_long), ("申込期限", deadline)], 1)
    st += [P("３　利用料金", H1)]
    st += paras("料金は、サービスと利用者の区分によって次のとおりです（消費税込み）。", 0)
    st += [caption(fees.title, "（令和７年度）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「県内中小企業」は、県内に事業所を有する中小企業基本法に定める中小企業者（個人事業主を含む。）をいい、それ以外の利用者には「その他の事業者」の欄を適用します。",
        "※２ 申請書類の作成支援は、県内中小企業に限り利用できます（「－」の欄）。",
        f"※３ 常時使用する従業員の数が{SMALL_STAFF}人以下の県内中小企業は、現地確認の料金を半額とします（年度内２回まで）。",
        "※４ 認証機関に支払う審査料及び登録料は、この料金に含まれません。",
    ])
    st += [P("４　申込みから報告までの流れ", H1)]
    st += numbered([
        "① 申込み（ウェブの申込フォーム又は電話で、希望するサービスと日程を連絡）",
        "② 日程の調整（申込みから３営業日以内にデスクから連絡）",
        "③ 料金の支払（請求書による銀行振込み）",
        "④ サービスの実施",
        "⑤ 結果の報告（現地確認は、実施の日から10営業日以内に点検結果報告書を送付）",
        "⑥ フォローアップ（報告書の送付から60日以内は、電話又は電子メールでの質問に無料で回答）",
    ], 0)
    st += [P("５　利用の状況", H1)]
    st += paras(f"""
令和６年度の利用件数は{total}件（個別相談{by_kind[0]}件、現地確認{by_kind[1]}件、申請書類の作成支援{by_kind[2]}件）で、前年度の{PREV_USES}件から{total - PREV_USES}件増えました。利用した事業者は{USERS}事業者で、このうち{CERTIFIED}事業者がハラール認証を取得しました。業種別では、{top}が最も多くなっています。
""", 0)
    st += [caption(uses.title, "（令和６年度、単位：件）"), uses.flowable(), Spacer(1, 2)]
    st += notes(["※５ 「計」は、業種ごとの３種類のサービスの利用件数を合わせたものです。「その他」は、農産加工品、健康食品等です。"])
    st += [P("６　利用上の注意", H1)]
    st += bullets([
        "デスクは認証機関ではなく、認証の可否を判断するものではありません。",
        "現地確認の日程の変更及び取消しは、実施の日の３営業日前まで無料で受け付けます。それより後の取消しは、料金の半額を頂きます。",
        "原材料の規格書や製造工程表の提出をお願いすることがあります。",
        "礼拝室の設置等、施設の改修に関する相談は、個別相談の中で助言します。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{HALAL_DEPT} 海外展開支援班　電話：099-957-3180　ファクス：099-957-3189",
        f"{HALAL}（申込み・日程の調整）　電話：099-957-3250",
        "電子メール：kai-halal@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return shikki_specs() + towel_specs() + halal_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    sspecs, tspecs, hspecs = shikki_specs(), towel_specs(), halal_specs()
    sdoc = build_pdf(docs_dir / SHIKKI_PDF, sspecs, shikki_story(sspecs),
                     f"令和７年度 {SHIKKI} 募集要項", "令和７年４月", SHIKKI_DEPT)
    tdoc = build_pdf(docs_dir / TOWEL_PDF, tspecs, towel_story(tspecs),
                     f"令和６年度 {TOWEL} 報告書", "令和７年３月", TOWEL_DEPT)
    hdoc = build_pdf(docs_dir / HALAL_PDF, hspecs, halal_story(hspecs),
                     f"令和７年度 {HALAL} 利用案内", "令和７年４月", HALAL_DEPT)
    gold = all_gold({SHIKKI_PDF: sdoc.row_pages, TOWEL_PDF: tdoc.row_pages, HALAL_PDF: hdoc.row_pages})
    write_jsonl(out / "tables.jsonl", gold)
    pages = extract_pages(docs_dir)
    write_texts(text_dir, pages)
    return gold, pages


# ================================================================ questions
# `absent` (unanswerable only, not written out): terms that must occur in no document.
# `history` (followups only): the earlier turns of the conversation.
def _turns(*pairs) -> list[dict]:
    out = []
    for user, assistant in zip(pairs[::2], pairs[1::2]):
        out += [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]
    return out


QUESTIONS = [
    # --- shikki: the lacquerware subsidy call, tables (a) (b) (c), definitions, costs not covered, sibling sections, Q&A
    dict(question="従業員が60人いる漆器メーカーが、重箱を輸出するために、輸出先の食品の基準に合うかどうかの試験を受けたいそうです。１品目当たりの補助の上限額はいくらですか？",
         category="shikki", doc=SHIKKI_PDF,
         evidence=["椀、皿、箸、重箱その他の飲食物", "食品衛生適合試験 50 300"], answer=["300"],
         notes="two facts: 重箱 is a 食器類 by the definition in ２ (「食器類」とは…), and note ※２ makes the test cap one "
               "per 品目; (a) two-level header whose groups are the product kinds, leaf 食器類／上限額（千円）; 50 (the rate) "
               "is the trap; 60人 is no 小規模企業者, but that would change the rate only"),
    dict(question="花器を海外に売り込みたい工房が、輸出先の食品の基準に合うかどうかの試験の費用にも補助を受けられるか聞いています。どうでしょうか？",
         category="shikki", doc=SHIKKI_PDF,
         evidence=["それ以外の漆器（花器、文箱、装身具、家具等）", "欄の経費は、補助の対象になりません"],
         answer=["対象になりません"],
         notes="two facts: 花器 is a 調度品類 by the definition in ２; (a) the 「－」 cell 調度品類 under 食品衛生適合試験, "
               "which note ※１ explains (not covered); the 食器類 cap 300 is the trap"),
    dict(question="社員８人の塗りの工房が、椀に付ける英語の取扱説明書を作りたいそうです。補助率は何％になりますか？",
         category="shikki", doc=SHIKKI_PDF,
         evidence=["従業員の数が20人以下の中小企業者", "外国語の取扱説明書の制作 60 100 60 150", "補助率に10ポイントを加えます"],
         answer=["70%"], computed=True,
         notes="three facts: 8人 is within the 20人 of 小規模企業者 (definition in ２), whose rate gets 10 points more "
               "(note ※４); 椀 is a 食器類, so (a) leaf 食器類／補助率（％）: 60 + 10 = 70 %; 60 is the trap"),
    dict(question="2022年度には、この補助金で何件が採択されましたか？",
         category="shikki", doc=SHIKKI_PDF, evidence=["令和４年度 21 13 ７ ３ 9,350"], answer=["13"],
         notes="(b) years as rows: 2022年度 = 令和４年度 (only 2020年度 is printed in Western form); column "
               "採択件数（件） (header printed over two lines); 21 (申請件数) and ７ (うち新規輸出者) are the traps"),
    dict(question="2021年度に乾燥耐久試験で補助を受けた件数は何件でしたか？",
         category="shikki", doc=SHIKKI_PDF, evidence=["乾燥耐久試験は令和４年度から補助の対象とした"],
         answer=["令和４年度から"],
         notes="(b) the 「－」 cell of うち乾燥耐久試験（件） in 令和３年度 (2021年度): note ※５ says the test was covered only "
               "from 令和４年度, so there were none; no 0 is printed, and ３ (令和４年度) is the trap"),
    dict(question="2024年度の採択率はどのくらいでしたか？",
         category="shikki", doc=SHIKKI_PDF, evidence=["令和６年度 28 17 ８ ６ 12,850"], answer=["60.7%"],
         computed=True,
         notes="(b) share within a row: 採択件数 17 / 申請件数 28 = 60.7 % (2024年度 = 令和６年度; the prose gives 28 and 17 too)"),
    dict(question="令和２年度から令和６年度までに交付された補助金は、１件当たりにならすといくらですか？",
         category="shikki", doc=SHIKKI_PDF, evidence=["延べ65件、46,820千円を交付"], answer=["720.3千円"],
         computed=True,
         notes="the five-year totals in the prose of １ (also the sums of (b)): 46,820 / 65 = 720.3千円"),
    dict(question="令和６年度の県産漆器の輸出額は、目標にあと何万円届きませんでしたか？",
         category="shikki", doc=SHIKKI_PDF, evidence=["県産漆器の輸出額（万円） 4,000 3,560 89"], answer=["440万円"],
         computed=True,
         notes="(c) KPI table, the unit only in the row label's bracket: 目標 4,000 − 実績 3,560 = 440万円"),
    dict(question="家具や文箱を作っている会社の活用事例では、補助金はいくら出ていますか？",
         category="shikki", doc=SHIKKI_PDF, evidence=["（３）家具・調度品製造業Ｃ社", "補助金の額：18万円"], answer=["18万円"],
         notes="sibling sections （１）–（３） of ６ share the labels 輸出先, 主な取組, 補助金の額; （３）家具・調度品製造業Ｃ社 "
               "(家具や文箱 = 家具・調度品); 58万円 and 56万円 are the siblings' values"),
    dict(question="試験に不合格だった椀を作り直して、もう一度試験を受ける費用は補助の対象になりますか？",
         category="shikki", doc=SHIKKI_PDF,
         evidence=["次の経費は補助の対象になりません", "不適合とされた品目の再試験に要する経費"],
         answer=["対象になりません"],
         notes="the costs not covered (a lead sentence and four bullets): the re-test of a failed 品目; the 食品衛生適合試験 "
               "row of (a) (covered) is the near miss"),
    dict(question="同じ年度に香港とパリの見本市の両方に出たいという会社があります。２回とも補助を受けられますか？",
         category="shikki", doc=SHIKKI_PDF, evidence=["１事業者につき１年度に１回に限ります"], answer=["１年度に１回"],
         notes="Q&A: Ａ of Ｑ３ (no: one trade fair per firm and fiscal year); the fair caps of (a) are the near miss"),
    # --- towel: the survey of towel makers' exports, tables (d) (e) (f), a definition, prose figures, sibling sections
    dict(question="タオルの輸出実態調査は、何社から回答があって、回答率はどのくらいでしたか？",
         category="towel", doc=TOWEL_PDF, evidence=["回答数：147社（回答率70.0％）"], answer=["147社（回答率70.0％）"],
         notes="「label：value」 line 回答数 (147 of the 210社 of 調査対象); 39.5 % (輸出事業者) is a near miss"),
    dict(question="東京の商社を通してアメリカにバスタオルを売っている会社は、この調査でいう「輸出事業者」に入りますか？",
         category="towel", doc=TOWEL_PDF, evidence=["商社等を通じた輸出", "「間接輸出」という。）も含む"], answer=["含む"],
         notes="definition 「輸出事業者」とは…商社等を通じた輸出（以下「間接輸出」という。）も含む (yes)"),
    dict(question="令和５年度に輸出していたベビー用品のメーカーは何社ありましたか？",
         category="towel", doc=TOWEL_PDF, evidence=["ベビー用品 ９ ５ ３ 71"], answer=["５"],
         notes="(d) continuation page (no header there): row ベビー用品, column うち輸出事業者（社） (header over two "
               "lines); ９ (回答事業者数) and ３ (うち直接輸出) are the traps"),
    dict(question="バスタオルが主力の会社について、輸出している会社１社当たりの輸出額はどのくらいですか？",
         category="towel", doc=TOWEL_PDF, evidence=["バスタオル 24 12 ７ 538"], answer=["44.8百万円"], computed=True,
         notes="(d) average in a row: 輸出額 538 / うち輸出事業者 12 = 44.8百万円 (538 / 24 over all respondents is a "
               "wrong reading)"),
    dict(question="従業員が20人以下の小さなタオル会社のうち、輸出をしている会社の割合は何％ですか？",
         category="towel", doc=TOWEL_PDF, evidence=["小規模事業者は98社のうち25社"], answer=["25.5%"], computed=True,
         notes="prose of ２ only (the firm sizes are in no table): 25 / 98 = 25.5 % (the 小規模事業者 definition is 20人以下); "
               "39.5 % of all respondents is the near miss"),
    dict(question="中国向けのタオルの輸出額は、前の年度と比べてどれだけ増減しましたか？",
         category="towel", doc=TOWEL_PDF, evidence=["中国 268 214 ▲54"], answer=["▲54"],
         notes="(e) the 増減 column printing a decrease with ▲ (note ※２), unit 百万円 only in the caption note; 268 and "
               "214 are the two years"),
    dict(question="2022年度の台湾向けの輸出額はいくらでしたか？",
         category="towel", doc=TOWEL_PDF, evidence=["台湾 205 241 36"], answer=["205"],
         notes="(e) fiscal years as columns: 2022年度 = 令和４年度 (the report prints only 2024年 in Western form); "
               "241 (令和５年度) is the trap"),
    dict(question="イギリスに輸出している分は、令和５年度の輸出先別の金額ではどこに含まれていて、いくらになっていますか？",
         category="towel", doc=TOWEL_PDF, evidence=["英国は「その他」に含む", "その他 102 116 14"], answer=["116"],
         notes="note ※２ picks the row: 英国 is in その他, not in ＥＵ; (e) row その他, column 令和５年度; 259 (ＥＵ) is the trap"),
    dict(question="輸出をしていない会社のうち、外国語ができる人材がいないことを課題に挙げたのは何％ですか？",
         category="towel", doc=TOWEL_PDF, evidence=["外国語に対応できる人材の不足 40.1 36.2 42.7"], answer=["42.7"],
         notes="(f) unruled table, column 非輸出事業者 (note ※３); 40.1 (全体) and 36.2 (輸出事業者) are the traps"),
    dict(question="タオル地のハンカチを作っている会社の事例では、どのような形で輸出していますか？",
         category="towel", doc=TOWEL_PDF,
         evidence=["（２）タオルハンカチ製造業Ｅ社", "輸出の形態：間接輸出（県内の商社を通じて）"], answer=["間接輸出"],
         notes="sibling sections （１）–（３） of ４ share the labels 主な輸出先, 輸出の形態, 工夫していること; "
               "（２）タオルハンカチ製造業Ｅ社; 直接輸出 (the siblings (1) and (3)) is the trap"),
    # --- halal: the halal-certification desk guide, tables (g) (h), a definition, sibling sections, procedure
    dict(question="認証の審査の前に、工場に来て点検してもらいたいという会社があります。希望日のどのくらい前までに申し込めばよいですか？",
         category="halal", doc=HALAL_PDF, evidence=["相談員が工場又は厨房を訪れ", "申込期限：希望日の15営業日前まで"],
         answer=["15営業日前"],
         notes="sibling sections （１）–（３） of ２ share the labels 支援の内容, 所要時間, 申込期限; （２）現地確認 "
               "(a visit before the review); ５営業日前 (個別相談) is the sibling's value"),
    dict(question="同じ日に本社工場と第二工場の２か所を見てもらう場合、現地確認は何回分として扱われますか？",
         category="halal", doc=HALAL_PDF, evidence=["同じ日に２か所を確認する場合は２回と数えます"], answer=["２回"],
         notes="definition of 現地確認の「１回」 (one site, one day), asked at its boundary: two sites on one day → ２回"),
    dict(question="従業員15人の県内の食品会社が、現地確認を１回頼むと料金はいくらになりますか？",
         category="halal", doc=HALAL_PDF,
         evidence=["現地確認（１回） 24,000 48,000", "従業員の数が20人以下の県内中小企業", "現地確認の料金を半額とします"],
         answer=["12,000円"], computed=True,
         notes="three facts: (g) row 現地確認（１回）, column 県内中小企業（円） (header over two lines); note ※３ halves it for "
               "20人以下: 24,000 / 2 = 12,000円; 24,000 is the trap"),
    dict(question="県内に工場がある大手の食品メーカーから、申請書類の作成支援を頼みたいと言われました。利用できますか？",
         category="halal", doc=HALAL_PDF, evidence=["申請書類の作成支援は、県内中小企業に限り利用できます"],
         answer=["県内中小企業に限り"],
         notes="(g) the 「－」 cell その他の事業者 of 申請書類の作成支援, which note ※２ explains; a large firm is an "
               "その他の事業者 by note ※１ (no); 30,000 is the trap"),
    dict(question="令和６年度、調味料やソースのメーカーからの利用は全部で何件でしたか？",
         category="halal", doc=HALAL_PDF, evidence=["調味料・ソース類 31 ９ ５ 45"], answer=["45"],
         notes="(h) total column on the right: row 調味料・ソース類, column 計 (note ※５); 31 (個別相談) is the trap"),
    dict(question="2024年度に、水産加工品の会社から現地確認の依頼は何件ありましたか？",
         category="halal", doc=HALAL_PDF, evidence=["水産加工品 18 ５ ２ 25"], answer=["５"],
         notes="(h) row 水産加工品, column 現地確認; 2024年度 = 令和６年度 (the guide prints no Western year); 18 and 25 "
               "are the traps"),
    dict(question="利用件数が２番目に多かった業種はどこですか？",
         category="halal", doc=HALAL_PDF, evidence=["飲食店・宿泊施設 27 ８ １ 36"], answer=["飲食店・宿泊施設"],
         notes="(h) ranking by the total column 計: 調味料・ソース類 45, 飲食店・宿泊施設 36, 菓子・パン 33 (the rows are "
               "not sorted; the prose names only the first); second-largest"),
    dict(question="現地確認を受けたあと、結果の報告書はいつまでに届きますか？",
         category="halal", doc=HALAL_PDF, evidence=["実施の日から10営業日以内に点検結果報告書を送付"],
         answer=["10営業日以内"],
         notes="procedure step ⑤ (the follow-up of step ⑥, 60日以内, is a near miss)"),
    # --- followups
    dict(question="では、その経費を家具などの調度品類で申請する場合、上限額はいくらですか？",
         category="followup", doc=SHIKKI_PDF, evidence=["海外見本市への出展 50 500 50 800"], answer=["800"],
         history=_turns("漆器の椀を海外の見本市に出展する場合、補助率は何％ですか？",
                        "食器類の海外見本市への出展の補助率は50％です[1]。"),
         notes="(a) the row from the history (海外見本市への出展), the other group and the other leaf: "
               "調度品類／上限額（千円）; 500 (食器類) is the trap"),
    dict(question="それは目標に対して何％の達成でしたか？",
         category="followup", doc=SHIKKI_PDF, evidence=["県産漆器の輸出額（万円） 4,000 3,560 89"], answer=["89"],
         history=_turns("令和６年度の県産漆器の輸出額は、実績でいくらでしたか？",
                        "令和６年度の県産漆器の輸出額の実績は3,560万円でした[1]。"),
         notes="(c) KPI table: the row from the history, column 達成率（％） (note ※６: rounded to a whole per cent)"),
    dict(question="そのうち、自社で直接輸出している会社は何社ですか？",
         category="followup", doc=TOWEL_PDF, evidence=["バスタオル 24 12 ７ 538"], answer=["７"],
         history=_turns("バスタオルが主力の会社は、何社が回答しましたか？",
                        "バスタオルを主な製品とする回答事業者は24社でした[1]。"),
         notes="(d) the row from the history (バスタオル, on the page before the break), column うち直接輸出（社）; 12 "
               "(うち輸出事業者) is the trap"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=HALAL_PDF, evidence=["電話：099-957-3250"], answer=["099-957-3250"],
         history=_turns("現地確認の日程を変えたいという会社があります。どこに連絡すればよいですか？",
                        "申込みと日程の調整は、楷県ハラール認証取得支援デスク（一般社団法人楷県食品産業協会が運営）が受け付けています[1]。"),
         notes="contact box of the guide: the デスク's phone (second line); the 班's phone 099-957-3180 and fax "
               "099-957-3189 (first line) are the near misses"),
    dict(question="そのうち個別相談は何％を占めていますか？",
         category="followup", doc=HALAL_PDF, evidence=["菓子・パン 24 ６ ３ 33"], answer=["72.7%"], computed=True,
         history=_turns("菓子やパンのメーカーは、令和６年度に何件利用しましたか？",
                        "菓子・パンの利用は33件でした[1]。"),
         notes="(h) the row from the history (菓子・パン): 個別相談 24 / 計 33 = 72.7 %"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="令和６年度の漆器の補助金で採択されなかった11件は、どんな理由で落ちたのでしょうか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives the applications (28) and the adoptions (17) of 令和６年度, not why the others failed",
         absent=["不採択", "採択されなかった"]),
    dict(question="漆器の補助金を使ったＡ社は、その後ドイツ向けの輸出額がいくらになりましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="case （１） names ドイツ as Ａ社's destination and the grant, not its exports; the KPI gives only the "
               "prefecture's total",
         absent=["ドイツ向け"]),
    dict(question="タオルの輸出で、利益率が一番高いのはどの国向けですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the export value by destination, not margins",
         absent=["利益率", "利益"]),
    dict(question="2021年度の米国向けのタオルの輸出額はいくらでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="(e) covers 令和４年度 and 令和５年度 only; the 令和３年度 survey is cited for the exporters' share only",
         absent=["令和３年度の輸出額", "2021年度"]),
    dict(question="このデスクを使った会社は、ハラール認証を取るまでに平均でどのくらいの期間がかかっていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the deadlines of each service and the 11 firms certified, not how long certification took",
         absent=["平均", "取得までの期間"]),
    dict(question="令和６年度に認証を取った11事業者のうち、マレーシアの認証機関で取ったのは何社ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the number certified (11) but names no certification body or country",
         absent=["マレーシア"]),
]
CATEGORY_COUNTS = {"shikki": 11, "towel": 10, "halal": 8, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h91q", "h91t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H = (
    "経費区分別の補助率と上限額", "申請と交付の実績", "成果指標の目標と実績",
    "主な製品別の回答事業者と輸出の状況", "輸出先別の輸出額", "輸出に関する課題（複数回答）",
    "サービス別の利用料金", "業種別・サービス別の利用件数")
LETTERS = dict(zip((A, B, C, D, E, F, G, H), "abcdefgh"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y, unit) -> str:
    q = half_up(Decimal(x) / Decimal(y), "0.1")
    return f"{int(q) if q == q.to_integral() else q}{unit}"


COMPUTED = {  # question id -> the answer string, computed from gold cells (or, where a note says so, prose data)
    "h91q03": lambda g: f"{g(A, '外国語の取扱説明書の制作', '食器類／補助率（％）', 2025) + SMALL_BONUS}%",
    "h91q06": lambda g: _pct(g(B, "令和６年度", "採択件数（件）", 2024), g(B, "令和６年度", "申請件数（件）", 2024)),
    "h91q07": lambda g: _avg(sum(g(B, era(y), "交付額（千円）", y) for y, *_x in RECORD),
                             sum(g(B, era(y), "採択件数（件）", y) for y, *_x in RECORD), "千円"),
    "h91q08": lambda g: f"{g(C, '県産漆器の輸出額（万円）', '目標', 2024) - g(C, '県産漆器の輸出額（万円）', '実績', 2024)}万円",
    "h91q15": lambda g: _avg(g(D, "バスタオル", "輸出額（百万円）", 2023), g(D, "バスタオル", "うち輸出事業者（社）", 2023), "百万円"),
    "h91q16": lambda g: _pct(SIZES[0][2], SIZES[0][1]),
    "h91q24": lambda g: f"{g(G, '現地確認（１回）', '県内中小企業（円）', 2025) // 2:,}円",
    "h91q34": lambda g: _pct(g(H, "菓子・パン", "個別相談", 2024), g(H, "菓子・パン", "計", 2024)),
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {SHIKKI_PDF: (2, 3), TOWEL_PDF: (2, 3), HALAL_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (8, 40)  # after norm
GOLD_PER_TABLE = {A: 18, B: 23, C: 12, D: 40, E: 27, F: 18, G: 9, H: 36}
TABLE_QUESTIONS = 12  # at least, outside the followups
COMPUTED_RANGE = (6, 12)
PLANNED_DASHES = {  # the 「－」 cells: (row, column) per table; none of them is a gold cell
    A: {("食品衛生適合試験", "調度品類／補助率（％）"), ("食品衛生適合試験", "調度品類／上限額（千円）")},
    B: {("令和２年度", "うち乾燥耐久試験（件）"), ("令和３年度", "うち乾燥耐久試験（件）")},
    G: {("申請書類の作成支援（申請１件）", "その他の事業者（円）")},
}
TWO_LINE_TABLES = ("record", "products", "fees")  # every value header of these is printed over two lines
BEFORE_BREAK_ROWS = ("フェイスタオル", "バスタオル")  # rows of (d) expected before the page break
CONTINUED_ROWS = ("ベビー用品", "販促用タオル（名入れ）", "合計")  # and after it


def check_files(out: Path) -> list[str]:
    """Every problem found in the set under `out` (empty when all is well)."""
    out = Path(out)
    errors = []
    docs_dir = out / DOCS_DIR
    if sorted(f.name for f in docs_dir.iterdir()) != sorted(PAGE_COUNTS):
        errors.append(f"{DOCS_DIR}/ holds {sorted(f.name for f in docs_dir.iterdir())}, expected only the three PDFs")
        return errors
    pages = extract_pages(docs_dir)
    errors += check_texts(out, pages)
    for f in sorted(docs_dir.iterdir()):
        if f.stat().st_size >= MAX_FILE_BYTES:
            errors.append(f"{f.name} is {f.stat().st_size} bytes, not < 100 KB")
    questions, gold = read_jsonl(out / "questions.jsonl"), read_jsonl(out / "tables.jsonl")
    if questions != expected_questions():
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout91.py")
    return errors + check(questions, gold, pages)


def check(questions, gold, pages) -> list[str]:
    errors = check_page_counts(pages, PAGE_COUNTS)
    errors += check_questions(questions, gold, pages)
    errors += check_gold(gold, pages)
    errors += check_prose(pages)
    return errors


def table_of(q) -> set:
    """The tables a question's notes name, by title or by the README letter."""
    return {t for t, l in LETTERS.items() if t in q["notes"] or f"({l})" in q["notes"]}


def check_questions(questions, gold, pages) -> list[str]:
    errors = []
    doc_text = {n: norm("\n".join(p)) for n, p in pages.items()}
    absent = {q["question"]: q.get("absent", []) for q in QUESTIONS}
    if len(questions) != 40:
        errors.append(f"{len(questions)} questions, expected 40")
    ids = [q.get("id") for q in questions]
    if len(set(ids)) != len(ids):
        errors.append("question ids are not unique")
    for i, q in enumerate(questions, 1):
        qid = q.get("id")
        if qid != f"{PREFIX_Q}{i:02d}":
            errors.append(f"question {i}: id {qid!r}, expected {PREFIX_Q}{i:02d}")
        keys = set(q) - {"computed", "history"}
        if keys != QUESTION_KEYS:
            errors.append(f"{qid}: fields {sorted(keys)}")
            continue
        if not 1 <= len(q["evidence"]) <= 3 and q["doc"] is not None:
            errors.append(f"{qid}: {len(q['evidence'])} evidence strings, expected 1-3")
        if "\n" in q["notes"]:
            errors.append(f"{qid}: notes should be one line")
        history = q.get("history")
        if q["category"] == "followup" and not history:
            errors.append(f"{qid}: a followup without a history")
        if history and q["category"] != "followup":
            errors.append(f"{qid}: only followups may have a history")
        if history:
            roles = [t["role"] for t in history]
            if roles != ["user", "assistant"] or len(history) != 2:
                errors.append(f"{qid}: history must be one user turn and one assistant turn")
            for t in history:
                if t["role"] == "assistant" and "[1]" not in t["content"]:
                    errors.append(f"{qid}: an assistant turn lacks its [1] citation marker")
            if not any(c in q["question"] for c in FOLLOWUP_CUES):
                errors.append(f"{qid}: follow-up without a word that needs the history")
        for s in q["evidence"]:
            if any(ch in s for ch in "～－―"):
                errors.append(f"{qid}: evidence contains ～, － or ―: {s}")
        if q["doc"] is None:
            errors += check_unanswerable(qid, q, absent.get(q["question"]), doc_text)
            continue
        if q["category"] == "unanswerable":
            errors.append(f"{qid}: an unanswerable must have doc null")
        if q["doc"] not in doc_text:
            errors.append(f"{qid}: unknown doc {q['doc']!r}")
            continue
        if not q["evidence"] or not q["answer"]:
            errors.append(f"{qid}: an answerable question needs evidence and answers")
        errors += check_answerable(qid, q, doc_text[q["doc"]], EVIDENCE_LEN)
        if q.get("computed"):
            # stricter than docgen: not even the bare number of a computed answer is printed
            for a in q["answer"]:
                bare = re.sub(r"(%|百万円|千円|万円|円|件|人)$", "", nfkc(a))
                if bare in doc_text[q["doc"]]:
                    errors.append(f"{qid}: the computed number {bare} is printed in its document")
        if q["notes"].startswith("list") != (len(q["answer"]) > 1):
            errors.append(f"{qid}: only list questions have several answer items")
        for t in table_of(q):
            if next(g["doc"] for g in gold if g["table"] == t) != q["doc"]:
                errors.append(f"{qid}: its notes name table {t} of another document")
    errors += check_question_mix(questions, CATEGORY_COUNTS, western_share=(0.35, 0.65))
    if sum(q["category"] == "unanswerable" for q in questions) != 6:
        errors.append("expected 6 unanswerable questions")
    lists = sum(q["notes"].startswith("list") for q in questions)
    if lists != LISTS:
        errors.append(f"{lists} list questions, expected {LISTS}")
    sibling = sum("sibling" in q["notes"] and q["category"] not in ("followup", "unanswerable") for q in questions)
    if sibling != SIBLING:
        errors.append(f"{sibling} sibling-section questions, expected {SIBLING}")
    n = sum(bool(q.get("history")) and q["category"] == "unanswerable" for q in questions)
    if n != UNANSWERABLE_FOLLOWUPS:
        errors.append(f"{n} unanswerables asked as follow-ups, expected {UNANSWERABLE_FOLLOWUPS}")
    # a Western fiscal year asked of a document that prints that year only as 令和
    western_on_era = [q["id"] for q in questions if q["doc"] and re.search(r"20\d\d年度", q["question"])
                      and not any(f"{y}年度" in doc_text[q["doc"]] for y in re.findall(r"(20\d\d)年度", q["question"]))]
    if len(western_on_era) < 3:
        errors.append(f"only {western_on_era} ask by a Western fiscal year the document prints only as 令和")
    era_asked = [q["id"] for q in questions if re.search(r"令和(元|[０-９\d]+)年", q["question"]) and q["doc"]]
    if len(era_asked) < 3:
        errors.append(f"only {era_asked} ask by 令和 year")
    n_table = sum(bool(table_of(q)) for q in questions if q["doc"] and q["category"] != "followup")
    if n_table < TABLE_QUESTIONS:
        errors.append(f"{n_table} table questions outside the followups, expected at least {TABLE_QUESTIONS}")
    for t in LETTERS:  # every table is asked about
        if not any(t in table_of(q) for q in questions if q["doc"]):
            errors.append(f"no question on table {t}")
    for doc in ALL_PDFS:
        if sum(q["doc"] == doc for q in questions) < 10:
            errors.append(f"{doc}: fewer than 10 questions")
    if sum("second" in q["notes"] and q["category"] != "unanswerable" for q in questions) < 1:
        errors.append("no second-largest question")
    n_computed = sum(bool(q.get("computed")) for q in questions)
    if not COMPUTED_RANGE[0] <= n_computed <= COMPUTED_RANGE[1]:
        errors.append(f"{n_computed} computed questions, expected {COMPUTED_RANGE}")
    n_follow = sum(q["category"] == "followup" for q in questions)
    if not 5 <= n_follow <= 6:
        errors.append(f"{n_follow} follow-ups, expected 5-6")
    # the 「－」 cells the questions ask about are no gold cells
    dash_keys = {(t, r, c) for t, cells in PLANNED_DASHES.items() for r, c in cells}
    if any((g["table"], g["row"], g["column"]) in dash_keys for g in gold):
        errors.append("a 「－」 cell asked about is a gold cell")
    errors += check_computed(questions, COMPUTED, GoldIndex(gold))
    return errors


def check_gold(gold, pages) -> list[str]:
    errors = []
    specs = {s.title: s for s in all_specs()}
    doc_text = {n: norm("\n".join(p)) for n, p in pages.items()}

    def page_text(doc, page):
        return norm(pages[doc][page - 1])

    per_table = defaultdict(int)
    for g in gold:
        per_table[g.get("table")] += 1
    if dict(per_table) != GOLD_PER_TABLE:
        errors.append(f"gold cells per table {dict(per_table)}, expected {GOLD_PER_TABLE}")
    any_page = defaultdict(lambda: {0})
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout91.py")
    table_pages = defaultdict(set)
    for g in gold:
        table_pages[g["table"]].add(g["page"])
    for i, g in enumerate(gold, 1):
        if list(g) != GOLD_KEYS:
            errors.append(f"gold {i}: fields {list(g)}")
            continue
        if g["id"] != f"{PREFIX_T}{i:03d}":
            errors.append(f"gold {i}: id {g['id']!r}")
        if g["value"] == DASH:
            errors.append(f"{g['id']}: a 「－」 cell is no gold cell")
        number, _ = parse_number(g["value"])
        if number != g["number"]:
            errors.append(f"{g['id']}: number {g['number']!r}, value {g['value']!r} parses to {number!r}")
        if g["unit"] not in UNITS:
            errors.append(f"{g['id']}: unit {g['unit']!r} is not one of {UNITS}")
        if g["number"] is None:
            errors.append(f"{g['id']}: every cell of this set should be numeric")
        if (g["fiscal_year"] is None) == (g["fiscal_year_range"] is None):
            errors.append(f"{g['id']}: exactly one of fiscal_year and fiscal_year_range should be set")
        if norm(g["value"]) not in page_text(g["doc"], g["page"]):
            errors.append(f"{g['id']}: {g['value']!r} not on page {g['page']} of {g['doc']}")
        if norm(g["row"]) not in page_text(g["doc"], g["page"]):
            errors.append(f"{g['id']}: row {g['row']!r} not on page {g['page']} of {g['doc']}")
        spec = specs[g["table"]]
        label_pages = table_pages[g["table"]] if spec.repeat_header else {min(table_pages[g["table"]])}
        for p in label_pages:
            for part in g["column"].split(GROUP_SEP):
                if norm(part) not in page_text(g["doc"], p):
                    errors.append(f"{g['id']}: column {part!r} not on page {p} of {g['doc']}")
        if norm(g["table"]) not in doc_text[g["doc"]]:
            errors.append(f"{g['id']}: table title not in text")
    keys = [(g["table"], g["row"], g["column"], g["fiscal_year"]) for g in gold]
    if len(set(keys)) != len(keys):
        errors.append("the key (table, row, column, fiscal_year) is not unique")
    row_page = {(g["table"], g["row"]): g for g in gold}
    for title, spec in specs.items():
        for i in range(len(spec.rows)):
            g = row_page.get((title, spec.row_label(i)))
            if g is None:
                errors.append(f"{title} / {spec.row_label(i)}: no gold cell")
                continue
            # each printed row, cell after cell (the 「－」 cells included), on its page: every value is in its row
            if norm("".join(spec.printed_row(i))) not in page_text(g["doc"], g["page"]):
                errors.append(f"row sequence of {title} / {spec.row_label(i)} not on page {g['page']}")
    for part in (lambda: check_totals(gold), lambda: check_layouts(gold, pages)):
        try:  # a broken gold file is reported, not raised
            errors += part()
        except (KeyError, TypeError, ValueError, StopIteration) as e:
            errors.append(f"the gold cells cannot be checked: {type(e).__name__} {e}")
    return errors


def check_totals(gold) -> list[str]:
    """Totals add up inside each table and between tables and prose data."""
    errors = []
    t = defaultdict(lambda: defaultdict(dict))
    for g in gold:
        t[g["table"]][g["row"]][g["column"]] = g["number"]

    def adds_up(table, cols, rows=None, total="合計"):
        tab = t[table]
        rows = rows if rows is not None else [r for r in tab if r != total]
        for col in cols:
            if tab[total][col] != sum(tab[r][col] for r in rows):
                errors.append(f"{table}: {total} of {col} does not add up")

    # (a): the bonus keeps every rate ≤ 100 %; no cap (× 3 品目 for the test) above the firm cap of note ※３
    for row, r in t[A].items():
        for kind in ("食器類", "調度品類"):
            rate, cap = r.get(f"{kind}／補助率（％）"), r.get(f"{kind}／上限額（千円）")
            if (rate is None) != (cap is None):
                errors.append(f"{A} / {row}: {kind} has a rate without a cap or the reverse")
            if rate is None:
                continue
            if rate + SMALL_BONUS > 100:
                errors.append(f"{A} / {row}: the small-firm bonus of note ※４ would exceed 100 %")
            items = TEST_ITEMS_MAX if row == "食品衛生適合試験" else 1
            if cap * items > FIRM_CAP * 10:
                errors.append(f"{A} / {row}: {kind} caps above the firm cap of note ※３")
    # (b): growing applications; 新規 and 乾燥 within adoptions within applications; grants within the firm caps
    b = t[B]
    ns = [r["申請件数（件）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for row, r in b.items():
        dry = r.get("うち乾燥耐久試験（件）", 0)
        if not max(r["うち新規輸出者（件）"], dry) <= r["採択件数（件）"] <= r["申請件数（件）"] \
                or r["交付額（千円）"] > r["採択件数（件）"] * FIRM_CAP_NEW * 10:
            errors.append(f"{B} / {row}: adoptions or grants out of range")
        if ("うち乾燥耐久試験（件）" in r) != (fiscal_year(row) >= DRY_TEST_FROM):
            errors.append(f"{B} / {row}: 乾燥耐久試験 should be printed exactly from {era(DRY_TEST_FROM)}")
    # (c): 達成率 = 実績 / 目標 in whole per cent; 新規輸出者数 equals (b)'s 令和６年度
    for row, r in t[C].items():
        if r["達成率（％）"] != pct0(r["実績"], r["目標"]):
            errors.append(f"{C} / {row}: 達成率 is not 実績 / 目標")
    if t[C]["新規輸出者数（者）"]["実績"] != b["令和６年度"]["うち新規輸出者（件）"]:
        errors.append(f"{C}: 新規輸出者数 differs from {B}")
    # (d): 合計 adds up; 直接 ≤ 輸出 ≤ 回答; totals equal the firm sizes of the prose and (e)'s 令和５年度
    d = t[D]
    adds_up(D, ("回答事業者数（社）", "うち輸出事業者（社）", "うち直接輸出（社）", "輸出額（百万円）"))
    for row, r in d.items():
        if not r["うち直接輸出（社）"] <= r["うち輸出事業者（社）"] <= r["回答事業者数（社）"]:
            errors.append(f"{D} / {row}: counts out of order")
    if d["合計"]["回答事業者数（社）"] != sum(s[1] for s in SIZES) or d["合計"]["うち輸出事業者（社）"] != sum(s[2] for s in SIZES):
        errors.append(f"{D}: 合計 differs from the firm sizes")
    e = t[E]
    adds_up(E, ("令和４年度", "令和５年度", "増減"))
    if d["合計"]["輸出額（百万円）"] != e["合計"]["令和５年度"]:
        errors.append(f"{D}: 輸出額 differs from {E}'s 令和５年度")
    # (e): 増減 is the difference
    for row, r in e.items():
        if r["増減"] != r["令和５年度"] - r["令和４年度"]:
            errors.append(f"{E} / {row}: 増減 is not the difference")
    # (f): the per cents come from the counts; the ｎ from (d)
    n_all, n_e = d["合計"]["回答事業者数（社）"], d["合計"]["うち輸出事業者（社）"]
    for name, x, y in ISSUES:
        r = t[F][name]
        want = (pct1(x + y, n_all), pct1(x, n_e), pct1(y, n_all - n_e))
        if tuple(Decimal(str(r[k])) for k in ("全体", "輸出事業者", "非輸出事業者")) != want:
            errors.append(f"{F} / {name}: per cents differ from the counts")
        if x > n_e or y > n_all - n_e:
            errors.append(f"{F} / {name}: more answers than respondents")
    # (g): the other users pay twice the small firms' fee
    for row, r in t[G].items():
        if "その他の事業者（円）" in r and r["その他の事業者（円）"] != 2 * r["県内中小企業（円）"]:
            errors.append(f"{G} / {row}: その他の事業者 is not twice 県内中小企業")
    # (h): 合計 adds up; 計 is the row sum
    adds_up(H, ("個別相談", "現地確認", "書類作成支援", "計"))
    for row, r in t[H].items():
        if r["計"] != r["個別相談"] + r["現地確認"] + r["書類作成支援"]:
            errors.append(f"{H} / {row}: 計 is not the sum of the services")
    return errors


def header_on_two_lines(page_raw: str, text: str) -> bool:
    """The two lines of a header cell come out as two consecutive lines of the page."""
    first, second = text.split("\n")
    lines = [x.strip() for x in page_raw.splitlines()]
    return any(lines[i] == first and lines[i + 1] == second for i in range(len(lines) - 1))


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    # (d): split by the page 1→2 break, its header on the first page only
    prod = specs["products"]
    bp = sorted({g["page"] for g in gold if g["table"] == D})
    if len(bp) != 2 or bp[1] != bp[0] + 1:
        errors.append(f"{D} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(label(h) for h in prod.header[0]))
        on = [i + 1 for i, p in enumerate(pages[TOWEL_PDF]) if header in norm(p)]
        leaf_on = [i + 1 for i, p in enumerate(pages[TOWEL_PDF]) if norm("事業者数（社）") in norm(p)]
        if prod.repeat_header or on != bp[:1] or leaf_on != bp[:1]:
            errors.append(f"{D}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[1]}
        if not 2 <= len(first) <= 7:
            errors.append(f"{D}: {len(first)} rows before the page break, expected 2-7")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{D}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        cont_text = norm(pages[TOWEL_PDF][bp[1] - 1])
        if norm("売上高の最も大きい製品") not in cont_text:
            errors.append(f"{D}: note ※１ should follow the table on the continuation page")
        # the continuation page starts (after the running header and footer) directly with a table row
        body = [x.strip() for x in pages[TOWEL_PDF][bp[1] - 1].splitlines()][4:]
        first_cont = next(prod.row_label(i) for i in range(len(prod.rows)) if prod.row_label(i) in cont)
        if not body or body[0] != first_cont:
            errors.append(f"{D}: the continuation page should start with the row {first_cont}, not {body[:1]}")
    for key, spec in specs.items():
        if key == "products":
            continue
        tp = {g["page"] for g in gold if g["table"] == spec.title}
        if len(tp) != 1:
            errors.append(f"{spec.title} is on pages {sorted(tp)}, expected one page")
    if specs["issues"].ruled or not all(s.ruled for k, s in specs.items() if k != "issues"):
        errors.append(f"only {F} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns (groups the product kinds, leaves rate and cap)
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["食器類／補助率（％）", "食器類／上限額（千円）", "調度品類／補助率（％）", "調度品類／上限額（千円）"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "千円"}:
        errors.append(f"{A}: units should come from the leaves")
    # the 「－」 cells are exactly the planned ones
    for key, spec in specs.items():
        if spec.dash_cells() != PLANNED_DASHES.get(spec.title, set()):
            errors.append(f"{spec.title}: 「－」 cells {sorted(spec.dash_cells())}, expected {sorted(PLANNED_DASHES.get(spec.title, set()))}")
    for title, cells in PLANNED_DASHES.items():
        spec = next(s for s in specs.values() if s.title == title)
        page = min(g["page"] for g in gold if g["table"] == title)
        for row, _col in cells:
            i = next(k for k in range(len(spec.rows)) if spec.row_label(k) == row)
            if norm("".join(spec.printed_row(i))) not in norm(pages[spec.doc][page - 1]) or DASH not in spec.rows[i]:
                errors.append(f"{title} / {row}: the 「－」 is not printed in its row")
    # header cells printed over two lines, as two lines of the extracted text
    for key in TWO_LINE_TABLES:
        spec = specs[key]
        page = min(g["page"] for g in gold if g["table"] == spec.title)
        heads = spec.two_line_headers()
        if len(heads) != len(spec.value_cols):
            errors.append(f"{spec.title}: expected every value header over two lines, got {heads}")
        for h in heads:
            if not header_on_two_lines(pages[spec.doc][page - 1], h):
                errors.append(f"{spec.title}: header {h!r} is not printed over two lines")
    # (b): years as rows
    brows = list(dict.fromkeys(g["row"] for g in gold if g["table"] == B))
    if [fiscal_year(r) for r in brows] != [y for y, *_x in RECORD] \
            or any(g["fiscal_year"] != fiscal_year(g["row"]) for g in gold if g["table"] == B):
        errors.append(f"{B}: expected years as rows")
    # (c): a KPI table with 目標 / 実績 / 達成率, the unit of 目標 and 実績 from the label's bracket
    cg = [g for g in gold if g["table"] == C]
    if list(dict.fromkeys(g["column"] for g in cg)) != ["目標", "実績", "達成率（％）"] \
            or any(g["unit"] != (bracket_unit(g["row"]) if g["column"] != "達成率（％）" else "%") for g in cg) \
            or len({g["unit"] for g in cg}) < 4:
        errors.append(f"{C}: expected 目標 / 実績 / 達成率 columns with each row's unit in its label")
    # (e): the years as columns, a 増減 column with ▲ exactly on the decreases and a fiscal_year_range
    eg = [g for g in gold if g["table"] == E]
    if list(dict.fromkeys(g["column"] for g in eg)) != [era(y) for y in DEST_YEARS] + ["増減"] \
            or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in eg if g["column"] != "増減") \
            or any(g["fiscal_year"] is not None or g["fiscal_year_range"] != list(DEST_YEARS) for g in eg if g["column"] == "増減"):
        errors.append(f"{E}: expected the fiscal years as columns and a 増減 column with {list(DEST_YEARS)}")
    if any(g["value"].startswith(DECREASE) != (g["number"] is not None and g["number"] < 0) for g in gold) \
            or not any(g["value"].startswith(DECREASE) for g in eg):
        errors.append("▲ should be printed exactly on the negative numbers, and (e) should have one")
    if any(g["fiscal_year_range"] is not None for g in gold if g["table"] != E or g["column"] != "増減"):
        errors.append("only the 増減 column of (e) may have a fiscal_year_range")
    if {g["unit"] for g in eg} != {"百万円"} or {g["unit"] for g in gold if g["table"] == F} != {"%"}:
        errors.append(f"{E} and {F}: the unit should come from the caption note only")
    # (h): a total column on the right, within 令和６年度
    hg = [g for g in gold if g["table"] == H]
    if list(dict.fromkeys(g["column"] for g in hg))[-1] != "計" or {g["fiscal_year"] for g in hg} != {2024}:
        errors.append(f"{H}: expected a 計 column on the right within 令和６年度")
    return errors


def check_prose(pages) -> list[str]:
    """Sibling sections print the same labels; figures stated in prose agree with the data."""
    errors = []

    def siblings(text, doc, labels, heads):
        for lab in labels:
            if text.count(norm(lab)) != len(heads):
                errors.append(f"{doc}: label {lab} printed {text.count(norm(lab))} times, expected {len(heads)}")
        for i, head in enumerate(heads, 1):
            if norm(f"（{fw(i)}）{head}") not in text:
                errors.append(f"{doc} lacks the heading of sibling section {i}")
        page_texts = [norm(p) for p in pages[doc]]
        for i, head in enumerate(heads, 1):
            on = [k for k, t in enumerate(page_texts) if norm(f"（{fw(i)}）{head}") in t]
            if len(on) != 1:
                continue
            for lab in labels:
                before = sum(t.count(norm(lab)) for t in page_texts[:on[0]])
                if not before < i <= before + page_texts[on[0]].count(norm(lab)):
                    errors.append(f"{doc}: sibling section {i} is split by a page break ({lab})")

    def steps_of(doc, want, what):
        raw = "\n".join(pages[doc]).splitlines()
        got = re.findall(r"[①-⑨]", "".join(x for x in raw if re.match(r"\s*[①-⑨]", x)))
        if got != list(want):
            errors.append(f"{what}: expected a list numbered {want[0]}-{want[-1]}, got {got}")

    def contacts(doc, want, mails, what):
        text = norm("\n".join(pages[doc]))
        got = re.findall(r"099-\d{3}-\d{4}", text)
        if got != want:
            errors.append(f"{what}: the contact box should give {want}, got {got}")
        lines = [norm(x) for x in "\n".join(pages[doc]).splitlines()]
        if not any(f"電話:{want[0]}ファクス:{want[1]}" in x for x in lines):
            errors.append(f"{what}: phone and fax should share one line")
        got_mails = re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text)
        if got_mails != mails:
            errors.append(f"{what}: mail addresses {got_mails}, expected {mails}")
        if norm("問い合わせ先") not in norm(pages[doc][-1]):
            errors.append(f"{what}: the contact box should be on the last page")

    def defs(text, terms, what):
        for d in terms:
            if norm(f"「{d}」とは") not in text and norm(f"を「{d}」といいます") not in text:
                errors.append(f"{what}: the definition of {d} is missing")

    def bullets_in(doc, items, what):
        raw = [norm(x) for x in "\n".join(pages[doc]).splitlines()]
        titles = [norm(s.title) for s in all_specs()]
        got = sum(x.startswith("○") and not any(t in x for t in titles) for x in raw)
        if got != items:
            errors.append(f"{what}: expected {items} bulleted items, got {got}")

    # ---- the call for applications
    st = norm("\n".join(pages[SHIKKI_PDF]))
    siblings(st, SHIKKI_PDF, ("輸出先：", "主な取組：", "補助金の額："), [c[0] for c in SHIKKI_CASES])
    if norm(f"延べ{sum(r[2] for r in RECORD)}件、{sum(r[5] for r in RECORD):,}千円") not in st:
        errors.append("call: the totals in the prose differ from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件を採択しました（うち新規輸出者{fw(last[3])}件）") not in st:
        errors.append("call: the 令和６年度 figures in the prose differ from (b)")
    met = sum(a >= t for _n, t, a in KPIS)
    if norm(f"{fw(len(KPIS))}項目のうち{fw(met)}項目で目標を達成") not in st or met in (0, len(KPIS)):
        errors.append("call: the KPIs met in the prose differ from (c)")
    rates = {r[0]: r for r in RATES}
    for head, _where, _what, amount, kind, items in SHIKKI_CASES:
        col = 2 if kind == "食器類" else 4
        caps = [rates[x][col] for x, _n in items]
        if None in caps:
            errors.append(f"call: case {head} uses a cost not covered for {kind}")
            continue
        cap = sum(c * n for c, (_x, n) in zip(caps, items))
        if int(amount.rstrip("万円")) * 10 > min(FIRM_CAP * 10, cap):
            errors.append(f"call: case {head} exceeds its caps")
        if any(n > TEST_ITEMS_MAX for _x, n in items):
            errors.append(f"call: case {head} tests too many 品目")
    if re.findall(r"20\d\d年", st) != ["2020年"]:
        errors.append("call: only 2020年度 should be printed in Western form")
    defs(st, ("県産漆器", "食器類", "調度品類", "新規輸出者", "小規模企業者"), "call")
    for x in EXCLUDED:
        if norm(x) not in st:
            errors.append(f"call: the cost not covered {x} is missing")
    bullets_in(SHIKKI_PDF, len(EXCLUDED), "call")
    raw = "\n".join(pages[SHIKKI_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("call: expected three Ｑ lines and three Ａ lines")
    steps_of(SHIKKI_PDF, "①②③④⑤⑥⑦", "call")
    contacts(SHIKKI_PDF, ["099-951-4410", "099-951-4419", "099-951-4500"], ["kai-shikki@example.jp"], "call")

    # ---- the survey of towel makers
    tt = norm("\n".join(pages[TOWEL_PDF]))
    siblings(tt, TOWEL_PDF, ("主な輸出先：", "輸出の形態：", "工夫していること："), [c[0] for c in TOWEL_CASES])
    total, n = respondents(), exporters()
    direct = sum(r[3] for r in PRODUCTS)
    if norm(f"{total}社（回答率{pct1(total, TARGET)}％）") not in tt \
            or norm(f"回答事業者{total}社のうち{n}社（{pct1(n, total)}％）") not in tt \
            or norm(f"直接輸出している事業者は{direct}社で、残る{n - direct}社は間接輸出のみ") not in tt:
        errors.append("survey: the response and export figures in the prose differ from (d)")
    if not PREV_SHARE < pct1(n, total):
        errors.append("survey: 「前回の…から増えた」 does not hold")
    for name, k, e in SIZES:
        if norm(f"{name}は{k}社のうち{e}社") not in tt:
            errors.append(f"survey: the firm size {name} in the prose differs from the data")
    if NEW_SINCE_R1 > n or norm(f"令和元年度以降に輸出を始めた事業者は{NEW_SINCE_R1}社") not in tt:
        errors.append("survey: the exporters since 令和元年度 are wrong")
    top_n = max(PRODUCTS, key=lambda r: r[2])[0]
    top_v = max(PRODUCTS, key=lambda r: r[4])[0]
    if (top_n, top_v) != ("フェイスタオル", "バスタオル"):
        errors.append("survey: 「輸出事業者の数はフェイスタオルが、輸出額はバスタオルが最も多い」 does not hold")
    ta, tb = sum(r[1] for r in DESTINATIONS), sum(r[2] for r in DESTINATIONS)
    if norm(f"合計は{tb:,}百万円で、前年度の{ta:,}百万円を上回った") not in tt or not tb > ta:
        errors.append("survey: the export totals in the prose differ from (e)")
    top = max(DESTINATIONS, key=lambda r: r[2])
    down = [r[0] for r in DESTINATIONS if r[2] < r[1]]
    if top[0] != "米国" or norm(f"前年度から{top[2] - top[1]}百万円増えた") not in tt or down != ["中国", "香港"]:
        errors.append("survey: the destination prose (米国 first, 中国 and 香港 down) does not hold")
    n_o = total - n
    tops = [max(ISSUES, key=lambda r: r[1] + r[2])[0], max(ISSUES, key=lambda r: r[1])[0]]
    ranked_o = [r[0] for r in sorted(ISSUES, key=lambda r: -r[2])]
    if tops != ["海外の取引先の開拓", "海外製品との価格競争"] or ranked_o[:2] != ["海外の取引先の開拓", "外国語に対応できる人材の不足"]:
        errors.append("survey: the tops of (f) in the prose do not hold")
    if norm(f"非輸出事業者{n_o}社") not in tt:
        errors.append("survey: the ｎ of note ※３ differ from (d)")
    if re.findall(r"20\d\d年", tt) != ["2024年"] or re.findall(r"20\d\d年度", tt):
        errors.append("survey: only 2024年 (調査基準日) should be printed in Western form")
    defs(tt, ("タオル製造事業者", "輸出事業者", "小規模事業者"), "survey")
    bullets_in(TOWEL_PDF, 3, "survey")
    steps_of(TOWEL_PDF, "①②③④", "survey")
    contacts(TOWEL_PDF, ["099-954-2630", "099-954-2639", "099-954-2700"], ["kai-towel@example.jp"], "survey")

    # ---- the desk guide
    ht = norm("\n".join(pages[HALAL_PDF]))
    siblings(ht, HALAL_PDF, ("支援の内容：", "所要時間：", "申込期限："), [k[0] for k in KINDS])
    tot = sum(sum(r[1:]) for r in USES)
    kinds = [sum(r[j] for r in USES) for j in (1, 2, 3)]
    if norm(f"利用件数は{tot}件（個別相談{kinds[0]}件、現地確認{kinds[1]}件、申請書類の作成支援{kinds[2]}件）") not in ht \
            or norm(f"前年度の{PREV_USES}件から{tot - PREV_USES}件増えました") not in ht:
        errors.append("guide: the use figures in the prose differ from (h)")
    if not CERTIFIED <= USERS <= tot or norm(f"利用した事業者は{USERS}事業者で、このうち{CERTIFIED}事業者") not in ht:
        errors.append("guide: the users and certified firms in the prose are wrong")
    ranked = [r[0] for r in sorted(USES, key=lambda r: -sum(r[1:]))]
    if ranked[0] != "調味料・ソース類" or ranked[1] != "飲食店・宿泊施設" or sum(USES[1][1:]) == sum(USES[5][1:]):
        errors.append("guide: the ranking of (h) (調味料・ソース類 first, 飲食店・宿泊施設 second) does not hold")
    if [r[0] for r in USES].index(ranked[1]) == 1:
        errors.append("guide: the second-largest industry should not be printed second")
    if [k[0] for k in KINDS] != ["個別相談", "現地確認", "申請書類の作成支援"] \
            or any(not f[0].startswith(k[0]) for f, k in zip(FEES, KINDS[:1])):
        errors.append("guide: the sibling sections should be the services of (g) and (h)")
    if re.findall(r"20\d\d年", ht):
        errors.append("guide: no Western year should be printed")
    defs(ht, ("ハラール", "ハラール認証", "１回", "営業日"), "guide")
    bullets_in(HALAL_PDF, 4, "guide")
    steps_of(HALAL_PDF, "①②③④⑤⑥", "guide")
    contacts(HALAL_PDF, ["099-957-3180", "099-957-3189", "099-957-3250"], ["kai-halal@example.jp"], "guide")

    # every phone number of the set is fictional (099-95x-xxxx), every mail address under example.jp
    for name, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,5}-\d{2,4}-\d{3,4}", text):
            if not re.fullmatch(PHONE_RE, ph):
                errors.append(f"{name}: phone number {ph} outside 099-95x-xxxx")
        for mail in re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text):
            if not mail.endswith(MAIL_DOMAIN):
                errors.append(f"{name}: mail address {mail} outside {MAIL_DOMAIN}")
        if PREF not in p[0] or any(x in text for x in FORBIDDEN_PREFS):
            errors.append(f"{name}: the prefecture should be {PREF} only")
        others = set(re.findall(r"([一-鿿])県", "\n".join(p))) - {PREF[0]}  # raw text: not across a line break
        if others:
            errors.append(f"{name}: names another prefecture {sorted(others)}")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
