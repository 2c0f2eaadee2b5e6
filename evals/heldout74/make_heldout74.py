"""Build the 楸県 held-out set 74: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (楸県 and every town, scheme, organisation, phone number, address
and figure). The documents are in three genres the earlier sets do not use: a call for
applications (募集要項) for a subsidy towards small firms' traceability systems for their export
products (輸出品トレーサビリティ導入支援補助金: record systems, label printers and readers,
temperature loggers, experts, staff training) with a two-level header of rates by firm size and
caps by product type (a 「－」 cell), a yearly record (years as rows, header cells printed over two
lines) and a KPI table (目標 / 実績 / 達成率 and a mark column, units inside the cells); the report
of a survey of the prefecture's exporters on pre-shipment inspection and their buyers' quality
claims (輸出品の検品・品質クレームに関する実態調査) with the firms by industry (a table continued over a
page break without its header), the claims by destination in two fiscal years with a 増減 column
printing decreases with ▲, and an unruled table of the causes; and the user guide (利用案内) of a
prefectural service that researches an export market on a firm's behalf (海外市場調査代行サービス)
with the fees by plan (a 「－」 cell), the requests by destination and plan with a total column on
the right and the use by year (years as rows with a 「－」 cell); see README.md beside this file.

    python make_heldout74.py [OUTPUT_DIR]          # default: this file's directory

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

TRACE_PDF = "hisagi_trace_hojokin_boshu_yoko_r7.pdf"
CLAIM_PDF = "hisagi_kenpin_claim_jittai_chosa_r6.pdf"
CHOSA_PDF = "hisagi_shijo_chosa_daiko_riyo_annai_r7.pdf"
ALL_PDFS = (TRACE_PDF, CLAIM_PDF, CHOSA_PDF)

UNITS = ("万円", "円", "品目", "件", "人", "社", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
DASH = "－"  # a cell with no figure (a cost not covered, a plan not offered, a plan not yet run): no gold cell
MINUS = "▲"  # printed before a decrease in the 増減 column
MARKS = "◎○△"  # the KPI table's 評価 column: no gold cell
PHONE_PREFIX = "099-78"  # every phone number of the set: 099-78x-xxxx
MAIL_DOMAIN = "@example.jp"
OTHER_PREFS = ("椹県", "槐県")  # the other helper's prefecture, and heldout59's


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
    """(number, unit) as printed after NFKC, a leading ▲ read as a minus; (None, None) for text."""
    v = nfkc(value).strip()
    sign = 1
    if v.startswith(MINUS):
        sign, v = -1, v[1:]
    number, unit = docgen.parse_number(v, UNITS)
    if number is None:
        return None, None
    return sign * number, unit


def label(s: str) -> str:
    """A row or column label as recorded: line breaks dropped."""
    return s.replace("\n", "").strip(INDENT)


def bracket_unit(text: str) -> str | None:
    """The unit in brackets at the end of a label (申請件数（件） -> 件), NFKC."""
    m = re.search(r"（([^（）]+)）$", label(text))
    return nfkc(m.group(1)) if m else None


def half_up(x: Decimal, q: str) -> Decimal:
    return x.quantize(Decimal(q), ROUND_HALF_UP)


def pct1(k: int, n: int) -> Decimal:
    """k / n in per cent with one decimal, rounded half up."""
    return half_up(Decimal(k * 100) / Decimal(n), "0.1")


def cell(x) -> str:
    """A table cell: None as 「－」, an int as docgen prints it (single digits full-width), a Decimal
    with one decimal."""
    if x is None:
        return DASH
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def signed(n: int) -> str:
    """A 増減 cell: a decrease with ▲, an increase or no change as a plain number."""
    return f"{MINUS}{fw(-n)}" if n < 0 else fw(n)


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf and optional columns that
    cover a range of fiscal years (a 増減 column)."""

    col_range: dict | None = None  # {col: [first, last]} for columns spanning several fiscal years

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


def gold_records(spec: TableSpec, pages_of: dict) -> list[dict]:
    """Every cell of the spec's value columns, except the 「－」 cells (no figure: no gold cell)."""
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


PREF = "楸県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: traceability subsidy, call for applications
TRACE = f"{PREF}輸出品トレーサビリティ導入支援補助金"
TRACE_DEPT = f"{PREF} 商工労働部 国際経済課"
KIKO = f"公益財団法人{PREF}産業振興機構"
RATES = [  # 経費区分; 補助率（％）: 中小企業者, 小規模企業者; 上限額（万円）: 食品等, 食品等以外 (None: not covered)
    ("記録システムの導入", 50, 60, 150, 120), ("ラベル印字機・読取機器", 50, 60, 60, 60),
    ("温度記録計（ロガー）", 50, 60, 30, None), ("専門家による設計・指導", 60, 75, 40, 40),
    ("従業員研修", 60, 75, 10, 10),
]
FIRM_CAP_FOOD, FIRM_CAP_OTHER = 200, 150  # note ※２: 万円 per firm (食品等 / 食品等以外)
RECORD = [  # 年度, 申請件数, 採択件数, うち小規模企業者, 交付額（万円）, 導入品目数（品目）
    (2021, 14, 9, 3, 812, 27), (2022, 19, 12, 4, 1046, 38), (2023, 26, 15, 6, 1377, 52),
    (2024, 31, 18, 7, 1689, 71),
]
KPIS = [  # 指標, 単位, 目標, 実績 (令和６年度)
    ("補助事業者数", "社", 20, 18), ("トレーサビリティを導入した品目数", "品目", 60, 71),
    ("取引先からのロット照会への回答件数", "件", 150, 163), ("回収（リコール）対応訓練の実施企業数", "社", 15, 9),
    ("導入説明会の参加者数", "人", 200, 174),
]
TRACE_CASES = [  # 見出し, 対象品目, 導入したもの, 補助金の額 (same labels in every sibling section); cost items, food?
    ("水産加工業Ａ社（楸市）", "冷凍ほたて（香港・台湾向け）", "記録システムと温度記録計", "168万円",
     ("記録システムの導入", "温度記録計（ロガー）"), True),
    ("清酒製造業Ｂ社（浜風市）", "純米酒（米国向け）", "ラベル印字機・読取機器と従業員研修", "58万円",
     ("ラベル印字機・読取機器", "従業員研修"), True),
    ("金属部品製造業Ｃ社（奥野町）", "自動車用の金属部品（タイ向け）", "記録システムと専門家による設計", "126万円",
     ("記録システムの導入", "専門家による設計・指導"), False),
]
EXCLUDED = [  # 補助の対象にならない経費
    "パソコン、タブレット等の汎用機器の購入費",
    "既に使っているシステムの保守及び更新に要する経費",
    "輸出先の認証（ＨＡＣＣＰ等）の取得に要する経費",
    "交付決定の日より前に発注し、又は支払った経費",
]


def mark(rate: Decimal) -> str:
    """The 評価 of a KPI row (note ※４): ◎ 100 % or more, ○ 80 % or more, △ below."""
    return "◎" if rate >= 100 else "○" if rate >= 80 else "△"


def trace_specs():
    rates = TableSpec(
        key="rates", doc=TRACE_PDF, title="経費区分別の補助率と上限額",
        header=[["経費区分", "補助率（％）", "", "上限額（万円）", ""],
                ["", "中小企業者", "小規模企業者", "食品等", "食品等以外"]],
        rows=[[n, fw(a), fw(b), cell(c), cell(d)] for n, a, b, c, d in RATES],
        col_widths=[52 * mm, 27 * mm, 27 * mm, 27 * mm, 27 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    record = TableSpec(
        key="record", doc=TRACE_PDF, title="申請と交付の実績",
        header=[["年度", "申請\n件数（件）", "採択\n件数（件）", "うち小規模\n企業者（件）", "交付額\n（万円）",
                 "導入\n品目数（品目）"]],
        rows=[[era(y), fw(a), fw(b), fw(s), fw(g), fw(k)] for y, a, b, s, g, k in RECORD],
        col_widths=[28 * mm, 24 * mm, 24 * mm, 28 * mm, 24 * mm, 28 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    kpi = TableSpec(
        key="kpi", doc=TRACE_PDF, title="成果指標の達成状況",
        header=[["指標", "目標", "実績", "達成率（％）", "評価"]],
        rows=[[n, f"{fw(t)}{u}", f"{fw(a)}{u}", cell(pct1(a, t)), mark(pct1(a, t))] for n, u, t, a in KPIS],
        col_widths=[70 * mm, 24 * mm, 24 * mm, 24 * mm, 16 * mm], value_cols=[1, 2, 3], table_fy=2024,
    )
    kpi.unit = lambda row, c, s=kpi: bracket_unit(s.column_label(c))
    return rates, record, kpi


def trace_story(specs):
    rates, record, kpi = specs
    n_all, amt_all = sum(r[2] for r in RECORD), sum(r[4] for r in RECORD)
    last = RECORD[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{TRACE} 募集要項", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(TRACE_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　目的", H1)]
    st += paras(f"""
輸出先の取引先から、商品がいつ、どこで、どの原材料から作られたかを示す記録を求められることが増えています。県内の中小企業がこうした求めに応え、問題が起きたときに対象の商品をすぐに特定できるよう、トレーサビリティの仕組みづくりに要する経費の一部を補助します。制度を始めた令和３年度（2021年度）から令和６年度までに、延べ{n_all}件、{amt_all:,}万円を交付しました。
""", 0)
    st += [P("２　募集の概要", H1)]
    st += lv_lines([
        ("補助事業名", TRACE),
        ("補助対象者", "県内に本社又は主たる事業所を有し、自ら製造又は加工した商品を輸出し、又は輸出しようとする中小企業者"),
        ("募集期間", "令和７年５月12日から６月27日まで（必着）"),
        ("予算額", "2,400万円"),
        ("採択予定件数", "18件程度"),
        ("補助事業期間", "交付決定の日から令和８年１月23日まで"),
    ], 0)
    st += paras("""
この要項において「トレーサビリティ」とは、商品の原材料の調達から製造、出荷及び輸出までの各段階で、ロット（同じ条件で製造された商品のまとまり）ごとに記録を残し、後からさかのぼって確かめられるようにすることをいいます。「食品等」とは、食品、飲料、酒類及び化粧品をいいます。また、「小規模企業者」とは、常時使用する従業員の数が20人（商業又はサービス業は５人）以下の中小企業者をいいます。
""", 0)
    st += [P("３　補助対象経費と補助率", H1)]
    st += paras("補助率は申請者の規模によって、上限額は補助事業の対象とする品目によって、経費区分ごとに次のとおりです。", 0)
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 補助事業の対象とする品目が食品等である場合は「食品等」の欄を、それ以外の場合は「食品等以外」の欄を適用します。",
        f"※２ 補助金の額は、１事業者当たり{FIRM_CAP_FOOD}万円（食品等以外は{FIRM_CAP_OTHER}万円）を上限とし、千円未満の端数は切り捨てます。",
        "※３ 食品等以外の品目では、温度記録計（ロガー）は補助の対象になりません（表中の「－」）。",
    ])
    st += paras("次の経費は補助の対象になりません。", 0)
    st += bullets(EXCLUDED, 0)
    st += [P("４　申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（国際経済課又は{KIKO}へ）",
        "② 申請書の提出（募集期間内に、導入計画書と見積書を添えて提出）",
        "③ 審査（書類審査と面談、令和７年７月中旬）",
        "④ 採択と交付決定の通知（令和７年８月上旬）",
        "⑤ 補助事業の実施（令和８年１月23日までに完了すること）",
        "⑥ 実績報告（事業の完了から30日以内。遅くとも令和８年２月６日まで）",
        "⑦ 補助金の額の確定と支払（令和８年３月）",
    ], 0)
    st += [P("５　これまでの実績", H1)]
    st += paras(f"""
申請件数は毎年増えており、令和６年度は{last[1]}件の申請があり、{last[2]}件を採択しました（うち小規模企業者{fw(last[3])}件）。補助事業者がトレーサビリティを導入した品目は、４年間で延べ{sum(r[5] for r in RECORD)}品目になります。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += paras("令和６年度の成果指標の達成状況は、次のとおりです。回収（リコール）対応訓練は、実施企業が目標を大きく下回りました。", 0)
    st += [caption(kpi.title, "（令和６年度）"), kpi.flowable(), Spacer(1, 2)]
    st += notes([
        "※４ 評価は、達成率が100％以上を「◎」、80％以上100％未満を「○」、80％未満を「△」としています。",
    ])
    st += [CondPageBreak(SIBLING_ROOM + 10 * mm), P("６　活用事例（令和６年度）", H1)]
    for i, (head, item, what, amount, _items, _food) in enumerate(TRACE_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("対象品目", item), ("導入したもの", what), ("補助金の額", amount)], 1)
    st += [P("７　よくある質問", H1)]
    qa = [
        ("クラウド型の記録システムの利用料は、補助事業期間が終わった後の分も対象になりますか。",
         "対象になりません。補助事業期間内に支払った利用料に限ります。"),
        ("輸出を取り扱う商社が申請することはできますか。",
         "できません。自ら製造又は加工した商品を輸出する中小企業者に限ります。"),
        ("二つの品目について、まとめて申請できますか。",
         "できます。ただし、上限額は品目の数にかかわらず１事業者当たりの額となります。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{TRACE_DEPT} トレーサビリティ推進班　電話：099-781-4410　ファクス：099-781-4419",
        f"{KIKO}（事前相談）　電話：099-781-4500",
        "電子メール：hisagi-trace@example.jp",
    ]))
    return st


# ================================================================ document 2: inspection and quality claims, survey report
CLAIM = f"{PREF}輸出品の検品・品質クレームに関する実態調査"
CLAIM_DEPT = f"{PREF} 産業政策部 貿易振興課"
KYOKAI = f"一般社団法人{PREF}輸出振興協会"
TARGET = 1100  # 調査対象の企業
INDUSTRIES = [  # 業種, 回答企業数（社）, 輸出企業（社）, クレームを受けた企業（社）, クレーム件数（件） (令和５年度)
    ("食料品", 58, 34, 15, 41), ("飲料・酒類", 27, 19, 7, 16), ("繊維・衣服", 33, 16, 6, 22),
    ("化学・化粧品", 29, 18, 8, 19), ("金属製品", 51, 23, 9, 25), ("機械", 69, 42, 21, 64),
    ("電気機器", 44, 30, 14, 47), ("卸売業", 62, 37, 13, 30), ("その他", 35, 12, 4, 9),
]
SIZES = (("中小企業", 347, 183, 71), ("大企業", 61, 48, 26))  # 回答企業数, 輸出企業, クレームを受けた企業
CLAIM_YEARS = (2022, 2023)
DESTS = [  # 輸出先: クレーム件数 in 令和４年度, 令和５年度
    ("中国", 48, 55), ("台湾", 31, 27), ("香港", 22, 24), ("韓国", 18, 15), ("タイ", 27, 33),
    ("ベトナム", 25, 36), ("米国", 41, 44), ("ＥＵ", 23, 21), ("その他", 16, 18),
]
CAUSES = [  # クレームの原因, 回答数: 中小企業, 大企業 (複数回答; of the firms that received claims)
    ("外観の傷・汚れ", 25, 9), ("数量の過不足", 21, 5), ("仕様・規格との相違", 14, 11),
    ("表示・ラベルの誤り", 17, 4), ("異物の混入", 9, 3), ("性能・機能の不具合", 8, 7), ("その他", 5, 2),
]
INSPECTION = (("自社で全数を検品", 96), ("自社で抜き取り検品", 87), ("検品会社に委託", 29), ("検品していない", 19))
AVG_COST = 38  # 万円: average cost per claim (prose only)
SETTLED = (("代品の発送", 112), ("値引き", 83), ("返品と返金", 51), ("損害賠償", 27))  # how the claims were settled (prose only)
CLAIM_CASES = [  # 見出し, 主な輸出先, 受けたクレーム, 講じた対策 (same labels in every sibling section)
    ("機械製造業Ｄ社（楸市）", "米国、タイ", "ねじの規格が注文と異なるとの指摘（２件）", "出荷前の検品項目に、注文書との規格の照合を加えた"),
    ("食料品製造業Ｅ社（浜風市）", "香港、ベトナム", "異物（金属片）の混入による返品（１件）", "金属検出機を導入し、出荷前に全数を検査している"),
    ("卸売業Ｆ社（奥野町）", "中国、台湾", "箱の数の不足による値引きの請求（３件）", "出荷の際に、箱と中身の写真を取引先に送っている"),
]


def totals():
    return [sum(r[j] for r in INDUSTRIES) for j in (1, 2, 3, 4)]


def claim_specs():
    rows = [[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in INDUSTRIES]
    rows.append(["合計"] + [fw(t) for t in totals()])
    industries = TableSpec(
        key="industries", doc=CLAIM_PDF, title="業種別の輸出企業とクレームの状況",
        header=[["業種", "回答\n企業数（社）", "輸出\n企業（社）", "クレームを\n受けた企業（社）", "クレーム\n件数（件）"]],
        rows=rows, col_widths=[40 * mm, 30 * mm, 30 * mm, 32 * mm, 30 * mm], table_fy=2023, repeat_header=False,
    )
    industries.unit = lambda row, c, s=industries: bracket_unit(s.column_label(c))
    drows = [[n, fw(a), fw(b), signed(b - a)] for n, a, b in DESTS]
    ta, tb = sum(r[1] for r in DESTS), sum(r[2] for r in DESTS)
    drows.append(["合計", fw(ta), fw(tb), signed(tb - ta)])
    dests = TableSpec(
        key="dests", doc=CLAIM_PDF, title="輸出先別のクレーム件数",
        header=[["輸出先"] + [era(y) for y in CLAIM_YEARS] + ["増減"]],
        rows=drows, col_widths=[40 * mm, 30 * mm, 30 * mm, 26 * mm], unit="件",
    )
    dests.col_range = {3: list(CLAIM_YEARS)}
    n_s, n_l = SIZES[0][3], SIZES[1][3]
    causes = TableSpec(
        key="causes", doc=CLAIM_PDF, title="クレームの原因（複数回答）",
        header=[["クレームの原因", "全体", "中小企業", "大企業"]],
        rows=[[x, cell(pct1(a + b, n_s + n_l)), cell(pct1(a, n_s)), cell(pct1(b, n_l))] for x, a, b in CAUSES],
        col_widths=[62 * mm, 26 * mm, 26 * mm, 26 * mm], ruled=False, unit="%", table_fy=2023,
    )
    return industries, dests, causes


def claim_story(specs):
    industries, dests, causes = specs
    total, exporters, claimed, n_claims = totals()
    (s_name, s_n, s_e, s_c), (l_name, l_n, l_e, l_c) = SIZES
    by_d = sorted(DESTS, key=lambda r: -r[2])
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{CLAIM} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月", DATE_RIGHT), P(CLAIM_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県内企業が輸出品の検品をどのように行い、輸出先からどのような品質クレームを受けているかを把握し、支援策に役立てるため"),
        ("調査対象", f"県内に本社を置く製造業及び卸売業の企業 {TARGET:,}社（無作為抽出）"),
        ("調査基準日", "令和６年（2024年）10月１日"),
        ("調査期間", "令和６年10月７日から11月８日まで"),
        ("調査方法", "郵送及びウェブによるアンケート"),
        ("調査項目", "輸出の有無、出荷前検品の方法、令和５年度に受けた品質クレームの件数・原因・対応、県への要望"),
        ("回答数", f"{total}社（回答率{pct1(total, TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「品質クレーム」とは、輸出した商品について、輸出先の取引先から品質、数量、表示又は仕様の不備を理由として受けた苦情、返品、値引き又は損害賠償の請求をいい、輸送中の破損及び汚損によるものは含まない。「出荷前検品」とは、輸出品を出荷する前に、数量、外観、仕様、表示等を確かめることをいい、検品会社に委託して行うものを含む。また、「輸出企業」とは、令和５年度中に直接又は商社を通じて商品を輸出した企業をいう。
""", 0)
    st += [P("２　品質クレームの状況", H1)]
    st += paras(f"""
輸出企業は、回答企業{total}社のうち{exporters}社で、このうち{claimed}社（{pct1(claimed, exporters)}％）が令和５年度に品質クレームを受けた。クレームの件数は延べ{n_claims}件で、クレーム１件当たりの対応費用（返品の送料、値引き、代品の発送等）は平均{AVG_COST}万円であった。
クレームへの対応（延べ{n_claims}件）は、{'、'.join(f'{k}が{v}件' for k, v in SETTLED)}であった。
出荷前検品の方法（輸出企業{exporters}社、主なもの一つ）は、{'、'.join(f'「{k}」が{v}社' for k, v in INSPECTION)}であった。
業種別では、機械がクレームを受けた企業数、件数ともに最も多い。企業規模別では、大企業は輸出企業{l_e}社のうち{l_c}社がクレームを受け、中小企業は輸出企業{s_e}社のうち{s_c}社が受けた。
""", 0)
    st += [caption(industries.title, "（令和５年度）", keep=False), industries.flowable(), Spacer(1, 2)]
    st += notes(["※１ 「その他」は、木製品、紙製品、印刷業等である。卸売業には、商社を含む。"])
    st += [P("３　輸出先別のクレーム", H1)]
    st += paras(f"""
令和５年度のクレーム件数は、輸出先別では{by_d[0][0]}向けが最も多い。前年度と比べると、ベトナム向けの増加が最も大きく、台湾向けは最も大きく減った。
""", 0)
    st += [caption(dests.title, "（単位：件）"), dests.flowable(), Spacer(1, 2)]
    st += notes(["※２ 令和４年度の件数は、前回の調査（令和５年度実施）による。増減の「▲」は減少を示す。"])
    st += [P("４　クレームの原因", H1)]
    st += paras(f"""
クレームの原因は、全体では「外観の傷・汚れ」が最も多い。大企業では「仕様・規格との相違」が最も多かった。検品していない企業や抜き取り検品の企業では、「数量の過不足」と「表示・ラベルの誤り」を挙げる割合が高い。
""", 0)
    st += [caption(causes.title, "（単位：％）"), causes.flowable(), Spacer(1, 2)]
    st += notes([
        f"※３ クレームを受けた企業（全体{claimed}社、中小企業{s_c}社、大企業{l_c}社）が回答した。複数回答のため、合計は100％にならない。",
    ])
    st += [CondPageBreak(SIBLING_ROOM + 10 * mm), P("５　企業の事例", H1)]
    for i, (head, dest, claim, fix) in enumerate(CLAIM_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な輸出先", dest), ("受けたクレーム", claim), ("講じた対策", fix)], 1)
    st += [P("６　県への主な要望（自由記述）", H1)]
    st += bullets([
        "検品会社に委託する費用の一部を補助してほしい。",
        "輸出先ごとの表示の規則を、分かりやすくまとめて示してほしい。",
        "英文のクレームへの回答の書き方を学べる講座を開いてほしい。",
    ], 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        "① 出荷前検品の進め方をまとめた手引きを、令和７年度中に作成する。",
        f"② {KYOKAI}と連携し、クレーム対応の実務セミナーを年２回開く。",
        "③ 県工業技術センターの依頼試験を、輸出品の規格の確認にも使えるよう案内する。",
        "④ 次回の調査は、令和８年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{CLAIM_DEPT} 調査班　電話：099-784-2230　ファクス：099-784-2239",
        f"{KYOKAI}（検品とクレーム対応の相談）　電話：099-784-2300",
        "電子メール：hisagi-boeki@example.jp",
    ]))
    return st


# ================================================================ document 3: market-research service, user guide
CHOSA = f"{PREF}海外市場調査代行サービス"
CHOSA_DEPT = f"{PREF} 商工労働部 海外展開支援課"
CENTER = f"一般財団法人{PREF}国際ビジネス支援センター"
PLANS = [  # 見出し, 調べる内容, 納品までの期間, 納品物 (same labels in every sibling section)
    ("ライトプラン", "市場の規模と動向、輸入の状況、競合商品の価格（デスク調査）",
     "申込みの確定から10営業日以内", "調査報告書（日本語、10ページ程度）"),
    ("スタンダードプラン", "ライトプランの内容に加え、現地の流通業者等３社以上への聞き取り（現地調査）",
     "申込みの確定から20営業日以内", "調査報告書（日本語、20ページ程度）とオンライン報告会（60分）"),
    ("プレミアムプラン", "スタンダードプランの内容に加え、店頭での価格と陳列の調査及び消費者アンケート（100人以上）",
     "申込みの確定から35営業日以内", "調査報告書（日本語、30ページ程度）、オンライン報告会（90分）及び取引先候補の一覧"),
]
PLAN_NAMES = ("ライト", "スタンダード", "プレミアム")
FEES = [  # 項目: ライト, スタンダード, プレミアム (県内中小企業, 円, 令和７年度; None: not offered)
    ("基本料金（１か国・地域）", 20000, 80000, 200000), ("追加の国・地域（１か国・地域）", 15000, 60000, 150000),
    ("調査報告書の英訳", 10000, 20000, 30000), ("追加の聞き取り（１社）", None, 15000, 15000),
]
COUNTRIES = ("中国、台湾、香港、韓国、タイ、ベトナム、シンガポール、マレーシア、インドネシア、米国、カナダ、英国、"
             "ドイツ、フランス、オーストラリア")
USES = [  # 輸出先: ライト, スタンダード, プレミアム (令和６年度)
    ("中国", 12, 6, 2), ("台湾", 15, 5, 1), ("香港", 9, 3, 1), ("タイ", 11, 7, 2), ("ベトナム", 10, 9, 3),
    ("シンガポール", 7, 4, 1), ("米国", 13, 8, 4), ("ドイツ", 4, 3, 1), ("その他", 9, 2, 0),
]
HISTORY = [  # 年度, 利用件数, うちプレミアム (None: not yet offered), 利用事業者数, 商談に進んだ件数
    (2021, 64, None, 51, 9), (2022, 88, 6, 70, 15), (2023, 117, 11, 92, 23), (2024, 152, 15, 118, 31),
]


def use_rows():
    rows = [[n, fw(a), fw(b), fw(c), fw(a + b + c)] for n, a, b, c in USES]
    tot = [sum(r[j] for r in USES) for j in (1, 2, 3)]
    rows.append(["合計"] + [fw(t) for t in tot] + [fw(sum(tot))])
    return rows


def chosa_specs():
    fees = TableSpec(
        key="fees", doc=CHOSA_PDF, title="プラン別の料金（県内中小企業）",
        header=[["項目", "ライト", "スタンダード", "プレミアム"]],
        rows=[[n, cell(a), cell(b), cell(c)] for n, a, b, c in FEES],
        col_widths=[64 * mm, 30 * mm, 30 * mm, 30 * mm], unit="円", table_fy=2025,
    )
    uses = TableSpec(
        key="uses", doc=CHOSA_PDF, title="輸出先別・プラン別の利用件数",
        header=[["輸出先", "ライト", "スタンダード", "プレミアム", "計"]],
        rows=use_rows(), col_widths=[40 * mm, 26 * mm, 26 * mm, 26 * mm, 24 * mm], unit="件", table_fy=2024,
    )
    history = TableSpec(
        key="history", doc=CHOSA_PDF, title="利用状況の推移",
        header=[["年度", "利用\n件数（件）", "うちプレミアム\n（件）", "利用\n事業者数（社）", "商談に進んだ\n件数（件）"]],
        rows=[[era(y), fw(a), cell(p), fw(u), fw(d)] for y, a, p, u, d in HISTORY],
        col_widths=[30 * mm, 28 * mm, 28 * mm, 32 * mm, 32 * mm],
    )
    history.unit = lambda row, c, s=history: bracket_unit(s.column_label(c))
    return fees, uses, history


def chosa_story(specs):
    fees, uses, history = specs
    tot = sum(a + b + c for _n, a, b, c in USES)
    last = HISTORY[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{CHOSA} 利用案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(CHOSA_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　サービスの概要", H1)]
    st += paras("""
このサービスは、県内の事業者が商品を売り込もうとする海外の市場について、事業者に代わって調査を行い、その結果を報告書にまとめてお届けするものです。輸出を始める前の市場の見極めや、商談に向けた準備にご利用ください。
""", 0)
    st += lv_lines([
        ("サービス名", CHOSA),
        ("実施主体", PREF),
        ("運営", f"{CENTER}（県からの委託）"),
        ("利用できる者", "県内に事業所を有する事業者（個人事業主を含む。）"),
        ("対象の国・地域", COUNTRIES + "（これ以外は事前にご相談ください）"),
        ("受付期間", "令和７年４月14日から令和８年１月30日まで"),
    ], 0)
    st += paras("""
この案内において「デスク調査」とは、公開されている統計、報道、企業の情報等を用いて行う調査をいいます。「現地調査」とは、現地の調査員が取引先や店舗を訪ね、又は聞き取りを行う調査をいいます。「１件」とは、１つのプランで１か国・地域を調べることをいいます。また、「営業日」とは、土曜日、日曜日、祝日及び年末年始（12月29日から１月３日まで）を除く日をいいます。
""", 0)
    st += [CondPageBreak(SIBLING_ROOM + 10 * mm), P("２　調査のプラン", H1)]
    for i, (head, what, when, out) in enumerate(PLANS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("調べる内容", what), ("納品までの期間", when), ("納品物", out)], 1)
    st += [P("３　利用料金", H1)]
    st += paras("料金は次のとおりです（消費税込み）。複数の国・地域を同じプランで調べる場合は、２か国・地域目から「追加の国・地域」の料金となります。", 0)
    st += [caption(fees.title, "（単位：円）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「県内中小企業」は、県内に事業所を有する中小企業基本法に定める中小企業者（個人事業主を含む。）をいいます。それ以外の事業者の料金は、表の額の２倍です。",
        "※２ 追加の聞き取りは、スタンダードプランとプレミアムプランに限り申し込めます（表中の「－」）。",
    ])
    st += [P("４　申込みから納品までの流れ", H1)]
    st += numbered([
        "① 申込み（ウェブの申込フォームに、商品、調べたい国・地域及び知りたいことを記入）",
        "② 事前の打合せ（オンラインで30分程度。調査の項目とプランを決めます）",
        "③ 見積りと申込みの確定（打合せの翌営業日までに見積書をお送りします）",
        "④ 料金の支払（請求書による銀行振込み）",
        "⑤ 調査と納品（申込みの確定した日から、納品までの期間を数えます）",
        "⑥ 報告会と追加の質問（納品の日から30日以内は、報告書の内容についての質問に無料で回答）",
    ], 0)
    st += [P("５　利用の状況", H1)]
    st += paras(f"""
令和６年度の利用件数は{tot}件で、前年度から{tot - HISTORY[-2][1]}件増えました。輸出先別では米国向けが最も多く、プラン別ではライトプランが全体の約６割を占めています。調査の後に現地の企業との商談に進んだものは{last[4]}件でした。
""", 0)
    st += [caption(uses.title, "（令和６年度、単位：件）"), uses.flowable(), Spacer(1, 2)]
    st += notes(["※３ 「その他」は、韓国、マレーシア、インドネシア、カナダ、英国、フランス及びオーストラリアです。"])
    st += [caption(history.title), history.flowable(), Spacer(1, 2)]
    st += notes(["※４ プレミアムプランは、令和４年度に始めました。「商談に進んだ件数」は、納品から６か月以内に利用者が報告したものです。"])
    st += [P("６　利用上の注意", H1)]
    st += bullets([
        "報告書は調査の時点の情報によるもので、その後の市場の変化を保証するものではありません。",
        "報告書を利用者以外の者に配布し、又は公表することはできません。",
        "商品の仕様書や価格表の提出をお願いすることがあります。",
        "申込みの確定の後に取り消す場合、調査の進み具合に応じて料金の一部をいただきます。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{CHOSA_DEPT} 市場調査班　電話：099-787-5120　ファクス：099-787-5129",
        f"{CENTER}（申込み・調査の進み具合）　電話：099-787-5200",
        "電子メール：hisagi-chosa@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return trace_specs() + claim_specs() + chosa_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    tspecs, cspecs, sspecs = trace_specs(), claim_specs(), chosa_specs()
    tdoc = build_pdf(docs_dir / TRACE_PDF, tspecs, trace_story(tspecs),
                     f"令和７年度 {TRACE} 募集要項", "令和７年４月", TRACE_DEPT)
    cdoc = build_pdf(docs_dir / CLAIM_PDF, cspecs, claim_story(cspecs),
                     f"令和６年度 {CLAIM} 報告書", "令和７年３月", CLAIM_DEPT)
    sdoc = build_pdf(docs_dir / CHOSA_PDF, sspecs, chosa_story(sspecs),
                     f"令和７年度 {CHOSA} 利用案内", "令和７年４月", CHOSA_DEPT)
    gold = all_gold({TRACE_PDF: tdoc.row_pages, CLAIM_PDF: cdoc.row_pages, CHOSA_PDF: sdoc.row_pages})
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
    # --- trace: the traceability subsidy call, tables (a) (b) (c), definitions, costs not covered, sibling sections, steps, Q&A
    dict(question="従業員が50人いる水産加工会社が、冷凍ほたての出荷記録を管理するシステムを入れたいそうです。補助率は何％になりますか？",
         category="trace", doc=TRACE_PDF,
         evidence=["常時使用する従業員の数が20人", "記録システムの導入 50 60 150 120"], answer=["50"],
         notes="two facts: 50人 is above the 20人 of 小規模企業者 (definition in ２), so the leaf 補助率（％）／中小企業者 of "
               "(a) applies; 60 (小規模企業者) and 150 (the 食品等 cap) are the traps"),
    dict(question="2025年度の募集で、工作機械の部品メーカーが出荷時の温度記録計を入れる場合、上限額はいくらまで補助されますか？",
         category="trace", doc=TRACE_PDF, evidence=["温度記録計（ロガー）は補助の対象になりません"],
         answer=["対象になりません"],
         notes="(a) the cell 上限額（万円）／食品等以外 of 温度記録計（ロガー） is printed 「－」 (no gold cell), explained by "
               "note ※３: machine parts are no 食品等, so the cost is not covered; 30 (the 食品等 cap) is the trap; "
               "2025年度 = 令和７年度 (printed nowhere in Western form)"),
    dict(question="社員８人の菓子メーカーが、トレーサビリティの仕組みの設計を専門家に48万円で頼む予定です。補助金はいくらになりますか？",
         category="trace", doc=TRACE_PDF,
         evidence=["常時使用する従業員の数が20人", "専門家による設計・指導 60 75 40 40"], answer=["36万円"], computed=True,
         notes="three facts: ８人 is within the 20人 of 小規模企業者 (definition in ２), so (a) leaf 補助率（％）／小規模企業者 "
               "75; 48 × 75 % = 36万円, within the cap 上限額（万円）／食品等 40 (sweets are 食品等); 60 % (28.8万円) "
               "and the cap 40 are the traps"),
    dict(question="2022年度には、この補助金で何件が採択されましたか？",
         category="trace", doc=TRACE_PDF, evidence=["令和４年度 19 12 ４ 1,046 38"], answer=["12"],
         notes="(b) years as rows, header cells printed over two lines (採択\\n件数（件）): 2022年度 = 令和４年度 (only "
               "2021年度 is printed in Western form); 19 (申請) and ４ (うち小規模企業者) are the traps"),
    dict(question="令和３年度から令和６年度までに交付された補助金は、１件当たり平均でいくらになりますか？",
         category="trace", doc=TRACE_PDF, evidence=["延べ54件、4,924万円"], answer=["91.2万円"], computed=True,
         notes="the four-year totals in the prose of １ (also the sums of (b)): 4,924 / 54 = 91.2万円"),
    dict(question="2024年度、取引先からのロットの問い合わせへの回答件数は、目標を何件上回りましたか？",
         category="trace", doc=TRACE_PDF, evidence=["取引先からのロット照会への回答件数 150件 163件"],
         answer=["13件"], computed=True,
         notes="(c) KPI table with the units inside the cells: 実績 163件 − 目標 150件 = 13件 (the 達成率 108.7 is the "
               "trap); 2024年度 = 令和６年度"),
    dict(question="令和６年度に採択された事業者のうち、小規模企業者はどのくらいの割合でしたか？",
         category="trace", doc=TRACE_PDF, evidence=["令和６年度 31 18 ７ 1,689 71"], answer=["38.9%"], computed=True,
         notes="(b) share within a row: うち小規模企業者 7 / 採択件数 18 = 38.9 % (7 / 31 = 22.6 % of the applications is "
               "a wrong reading)"),
    dict(question="純米酒をアメリカに輸出している酒蔵の活用事例では、補助金はいくら交付されましたか？",
         category="trace", doc=TRACE_PDF, evidence=["（２）清酒製造業Ｂ社", "補助金の額：58万円"], answer=["58万円"],
         notes="sibling sections （１）–（３） of ６ share the labels 対象品目, 導入したもの, 補助金の額; （２）清酒製造業Ｂ社 "
               "(酒蔵 = 清酒製造業, アメリカ = 米国); 168万円 and 126万円 are the siblings' values"),
    dict(question="現場で記録を入力するためのタブレットを買う費用は、この補助金の対象になりますか？",
         category="trace", doc=TRACE_PDF, evidence=["次の経費は補助の対象になりません", "パソコン、タブレット等の汎用機器"],
         answer=["対象になりません"],
         notes="the costs not covered (a lead sentence and four ○ items): パソコン、タブレット等の汎用機器の購入費; "
               "ラベル印字機・読取機器 (covered) is a near miss"),
    dict(question="補助事業が終わったら、実績報告はいつまでに出せばよいですか？",
         category="trace", doc=TRACE_PDF, evidence=["実績報告（事業の完了から30日以内。遅くとも令和８年２月６日まで）"],
         answer=["30日以内"],
         notes="procedure step ⑥ (事業の完了から30日以内, at the latest 令和８年２月６日); the end of the project period "
               "(令和８年１月23日, step ⑤) is a near miss"),
    dict(question="輸出を扱っている商社から、この補助金に申請したいという相談がありました。申請できますか？",
         category="trace", doc=TRACE_PDF, evidence=["できません。自ら製造又は加工した商品を輸出する中小企業者に限ります"],
         answer=["できません"],
         notes="Q&A: Ａ of Ｑ２ (no: only firms exporting goods they make or process; the 補助対象者 line says the same)"),
    # --- claim: the survey of inspection and quality claims, tables (d) (e) (f), a definition, sibling sections
    dict(question="検品と品質クレームの実態調査は、回答率が何％でしたか？",
         category="claim", doc=CLAIM_PDF, evidence=["回答数：408社（回答率37.1％）"], answer=["37.1"],
         notes="「label：value」 line 回答数 (408 of the 1,100社 of 調査対象); 42.0 % (firms with claims) is a near miss"),
    dict(question="船で運ぶ途中で箱がつぶれて、輸出先から返品された場合、この調査でいう「品質クレーム」に含まれますか？",
         category="claim", doc=CLAIM_PDF, evidence=["輸送中の破損及び汚損によるものは含まない"], answer=["含まない"],
         notes="definition 「品質クレーム」とは…輸送中の破損及び汚損によるものは含まない (a return alone would be "
               "covered; the cause excludes it)"),
    dict(question="家電や電子部品のメーカーが受けた品質クレームは、令和５年度に何件ありましたか？",
         category="claim", doc=CLAIM_PDF, evidence=["電気機器 44 30 14 47"], answer=["47"],
         notes="(d) continuation page (no header there): row 電気機器, column クレーム件数（件）; 14 (firms) and 30 "
               "(exporters) are the traps"),
    dict(question="機械メーカーで輸出している会社のうち、品質クレームを受けた会社の割合はどのくらいですか？",
         category="claim", doc=CLAIM_PDF, evidence=["機械 69 42 21 64"], answer=["50.0%"], computed=True,
         notes="(d) continuation page, share within a row: クレームを受けた企業 21 / 輸出企業 42 = 50.0 % (21 / 69 = 30.4 % "
               "of the respondents is a wrong reading)"),
    dict(question="輸出している中小企業のうち、令和５年度に品質クレームを受けた企業の割合はどのくらいですか？",
         category="claim", doc=CLAIM_PDF, evidence=["中小企業は輸出企業183社のうち71社が受けた"], answer=["38.8%"],
         computed=True,
         notes="prose of ２ (firm sizes, in no table): 71 / 183 = 38.8 % (大企業 26 / 48 and 全体 42.0 % are near misses)"),
    dict(question="2023年度にベトナム向けの輸出で受けたクレームは何件でしたか？",
         category="claim", doc=CLAIM_PDF, evidence=["ベトナム 25 36 11"], answer=["36"],
         notes="(e) fiscal years as columns with a 増減 column: 2023年度 = 令和５年度 (the report prints only 2024年 in "
               "Western form); 25 (令和４年度) and 11 (増減) are the traps"),
    dict(question="台湾向けのクレーム件数は、前の年度と比べてどれだけ変わりましたか？",
         category="claim", doc=CLAIM_PDF, evidence=["台湾 31 27 ▲４"], answer=["▲４"],
         notes="(e) 増減 column printing a decrease with ▲ (note ※２): 27 − 31 = ▲４ (four fewer); its gold cell has "
               "number −4 and fiscal_year_range [2022, 2023]"),
    dict(question="2022年度に、クレームの件数が２番目に多かった輸出先はどこですか？",
         category="claim", doc=CLAIM_PDF, evidence=["米国 41 44 ３"], answer=["米国"],
         notes="(e) ranking in the column 令和４年度 (= 2022年度): 中国 48, 米国 41, 台湾 31 (the rows are in "
               "geographic order, not by count; the prose names only 中国 for 令和５年度); second-largest"),
    dict(question="大企業のうち、注文した規格や仕様と違うというクレームを挙げた企業の割合はどのくらいですか？",
         category="claim", doc=CLAIM_PDF, evidence=["仕様・規格との相違 25.8 19.7 42.3"], answer=["42.3"],
         notes="(f) unruled table, column 大企業 (of the 26 large firms with claims, note ※３); 25.8 (全体) and 19.7 "
               "(中小企業) are the traps"),
    dict(question="金属片が混入して返品された食品メーカーの事例では、どんな対策をとりましたか？",
         category="claim", doc=CLAIM_PDF,
         evidence=["（２）食料品製造業Ｅ社", "講じた対策：金属検出機を導入し、出荷前に全数を検査している"],
         answer=["金属検出機を導入し、出荷前に全数を検査している"],
         notes="sibling sections （１）–（３） of ５ share the labels 主な輸出先, 受けたクレーム, 講じた対策; （２）食料品製造業"
               "Ｅ社 (異物（金属片）の混入); the siblings' 講じた対策 (規格の照合, 写真を送る) are the near misses"),
    # --- chosa: the market-research service guide, tables (g) (h) (i), a definition, sibling sections
    dict(question="現地の消費者へのアンケートまでしてほしいという会社があります。報告書はどのくらいで届きますか？",
         category="chosa", doc=CHOSA_PDF, evidence=["（３）プレミアムプラン", "納品までの期間：申込みの確定から35営業日以内"],
         answer=["35営業日以内"],
         notes="sibling sections （１）–（３） of ２ share the labels 調べる内容, 納品までの期間, 納品物; （３）プレミアムプラン "
               "(消費者アンケート); 10営業日 (ライト) and 20営業日 (スタンダード) are the siblings' values"),
    dict(question="納品までの期間を数えるとき、土曜日も日数に入りますか？",
         category="chosa", doc=CHOSA_PDF, evidence=["土曜日、日曜日、祝日及び年末年始（12月29日から１月３日まで）を除く日"],
         answer=["除く日"],
         notes="definition 「営業日」とは、土曜日、日曜日、祝日及び年末年始…を除く日 (no: the periods are counted in 営業日)"),
    dict(question="ライトプランで、現地の会社への聞き取りを１社追加で頼むことはできますか？",
         category="chosa", doc=CHOSA_PDF, evidence=["スタンダードプランとプレミアムプランに限り申し込めます"],
         answer=["スタンダードプランとプレミアムプランに限り申し込めます"],
         notes="(g) the cell ライト of 追加の聞き取り（１社） is printed 「－」 (no gold cell), explained by note ※２ (no); "
               "15,000 (スタンダード) is the trap"),
    dict(question="県内の中小企業が、タイとベトナムの２か国をスタンダードプランで調べてもらうと、料金は合わせていくらですか？",
         category="chosa", doc=CHOSA_PDF,
         evidence=["基本料金（１か国・地域） 20,000 80,000 200,000", "追加の国・地域（１か国・地域） 15,000 60,000 150,000"],
         answer=["140,000円"], computed=True,
         notes="(g) plus the prose of ３ (the second country at the 追加の国・地域 fee): 80,000 + 60,000 = 140,000円 "
               "(2 × 80,000 = 160,000 is the trap)"),
    dict(question="県外に本社がある大企業がプレミアムプランで１か国を調べてもらう場合、基本料金はいくらですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["それ以外の事業者の料金は、表の額の２倍です", "基本料金（１か国・地域） 20,000 80,000 200,000"],
         answer=["400,000円"], computed=True,
         notes="two facts: note ※１ (not a 県内中小企業, so twice the table) and (g) row 基本料金（１か国・地域）, column "
               "プレミアム: 2 × 200,000 = 400,000円; 200,000 is the trap"),
    dict(question="2024年度、ベトナム向けの市場調査は全部で何件利用されましたか？",
         category="chosa", doc=CHOSA_PDF, evidence=["ベトナム 10 ９ ３ 22"], answer=["22"],
         notes="(h) total column on the right: row ベトナム, column 計; 2024年度 = 令和６年度 (the guide prints no Western "
               "year); 10 (ライト) is the trap"),
    dict(question="2022年度にこのサービスを利用した事業者は何社でしたか？",
         category="chosa", doc=CHOSA_PDF, evidence=["令和４年度 88 ６ 70 15"], answer=["70"],
         notes="(i) years as rows, header cells printed over two lines: 2022年度 = 令和４年度, column 利用事業者数（社）; 88 "
               "(利用件数) is the trap"),
    dict(question="令和６年度の利用のうち、調査の後に商談に進んだものはどのくらいの割合ですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["令和６年度 152 15 118 31"], answer=["20.4%"], computed=True,
         notes="(i) share within a row: 商談に進んだ件数 31 / 利用件数 152 = 20.4 % (31 / 118 = 26.3 % of the users is a "
               "wrong reading)"),
    # --- followups
    dict(question="では、その経費で、食品以外の品目を対象にする場合の上限額はいくらですか？",
         category="followup", doc=TRACE_PDF, evidence=["記録システムの導入 50 60 150 120"], answer=["120"],
         history=_turns("記録システムを導入する場合、中小企業者の補助率は何％ですか？",
                        "記録システムの導入の補助率は、中小企業者は50％です[1]。"),
         notes="(a) the row from the history (記録システムの導入), leaf 上限額（万円）／食品等以外 (note ※１); 150 (食品等) is "
               "the trap"),
    dict(question="それは目標の何％に当たりますか？",
         category="followup", doc=TRACE_PDF, evidence=["導入説明会の参加者数 200人 174人 87.0"], answer=["87.0"],
         history=_turns("2024年度の導入説明会には、何人が参加しましたか？",
                        "2024年度（令和６年度）の導入説明会の参加者は174人でした[1]。"),
         notes="(c) KPI table: the row from the history, column 達成率（％）; the mark ○ (no gold cell, note ※４) is "
               "printed after it"),
    dict(question="それは前の年度と比べて何件増えましたか？",
         category="followup", doc=CLAIM_PDF, evidence=["中国 48 55 ７"], answer=["７"],
         history=_turns("令和５年度に、中国向けの輸出で受けたクレームは何件ありましたか？",
                        "中国向けのクレームは55件でした[1]。"),
         notes="(e) the row from the history (中国), column 増減 (fiscal_year_range [2022, 2023]); 48 (令和４年度) is "
               "the trap"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=CHOSA_PDF, evidence=["電話：099-787-5200"], answer=["099-787-5200"],
         history=_turns("市場調査代行サービスに申し込みたいという会社があります。申込みの窓口はどこですか？",
                        "申込みは、運営を受託している一般財団法人楸県国際ビジネス支援センターが受け付けています[1]。"),
         notes="contact box of the guide: the センター's phone (second line); the 班's phone 099-787-5120 and fax "
               "099-787-5129 (first line) are the near misses"),
    dict(question="その国について、プレミアムプランは何件でしたか？",
         category="followup", doc=CHOSA_PDF, evidence=["タイ 11 ７ ２ 20"], answer=["２"],
         history=_turns("令和６年度、タイ向けのライトプランの利用は何件でしたか？",
                        "タイ向けのライトプランは11件でした[1]。"),
         notes="(h) the row from the history (タイ), column プレミアム; ７ (スタンダード) and 20 (計) are the traps"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="この補助金でトレーサビリティを入れた会社は、その後、輸出額がどのくらい増えましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives the adoptions, grants, goods and the KPIs (lot enquiries, recall drills), not the "
               "grantees' exports afterwards",
         absent=["輸出額", "売上", "売り上げ"]),
    dict(question="令和６年度に採択されなかった13件は、どんな理由で落ちたのでしょうか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives the applications (31) and adoptions (18) of 令和６年度, not why the others failed",
         absent=["不採択", "採択されなかった"]),
    dict(question="品質クレームで企業が支払った損害賠償の金額は、合計でいくらでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives how many claims were settled by damages (27件) and the average cost per claim (38万円), "
               "not the damages paid",
         absent=["賠償額", "賠償金", "賠償の総額"]),
    dict(question="検品会社に出荷前検品を委託すると、費用の相場はどのくらいですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives how many firms use an inspection company (29社) and a request for a subsidy, not the fees",
         absent=["委託料", "検品費用", "検品の費用", "委託費"]),
    dict(question="申し込む前に、調査報告書の見本を見せてもらうことはできますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide describes the reports of each plan (language, pages), not a specimen",
         absent=["見本", "サンプル"]),
    dict(question="令和６年度にこのサービスを使った事業者の満足度はどのくらいでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the uses, users and deals that followed, not a satisfaction survey",
         absent=["満足度", "満足"]),
]
CATEGORY_COUNTS = {"trace": 11, "claim": 10, "chosa": 8, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h74q", "h74t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H, I = (
    "経費区分別の補助率と上限額", "申請と交付の実績", "成果指標の達成状況",
    "業種別の輸出企業とクレームの状況", "輸出先別のクレーム件数", "クレームの原因（複数回答）",
    "プラン別の料金（県内中小企業）", "輸出先別・プラン別の利用件数", "利用状況の推移")
LETTERS = dict(zip((A, B, C, D, E, F, G, H, I), "abcdefghi"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y, unit) -> str:
    q = half_up(Decimal(x) / Decimal(y), "0.1")
    return f"{int(q) if q == q.to_integral() else q}{unit}"


def _yen(n: int) -> str:
    return f"{n:,}円"


CASE_COST = 48  # 万円: the expert's fee in h74q03
COMPUTED = {  # question id -> the answer string, computed from gold cells (or, where a note says so, prose data)
    "h74q03": lambda g: f"{min(CASE_COST * g(A, '専門家による設計・指導', '補助率（％）／小規模企業者', 2025) // 100, g(A, '専門家による設計・指導', '上限額（万円）／食品等', 2025))}万円",
    "h74q05": lambda g: _avg(sum(g(B, era(r[0]), "交付額（万円）", r[0]) for r in RECORD),
                             sum(g(B, era(r[0]), "採択件数（件）", r[0]) for r in RECORD), "万円"),
    "h74q06": lambda g: f"{g(C, '取引先からのロット照会への回答件数', '実績', 2024) - g(C, '取引先からのロット照会への回答件数', '目標', 2024)}件",
    "h74q07": lambda g: _pct(g(B, "令和６年度", "うち小規模企業者（件）", 2024), g(B, "令和６年度", "採択件数（件）", 2024)),
    "h74q15": lambda g: _pct(g(D, "機械", "クレームを受けた企業（社）", 2023), g(D, "機械", "輸出企業（社）", 2023)),
    "h74q16": lambda g: _pct(SIZES[0][3], SIZES[0][2]),
    "h74q25": lambda g: _yen(g(G, "基本料金（１か国・地域）", "スタンダード", 2025) + g(G, "追加の国・地域（１か国・地域）", "スタンダード", 2025)),
    "h74q26": lambda g: _yen(2 * g(G, "基本料金（１か国・地域）", "プレミアム", 2025)),
    "h74q29": lambda g: _pct(g(I, "令和６年度", "商談に進んだ件数（件）", 2024), g(I, "令和６年度", "利用件数（件）", 2024)),
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {TRACE_PDF: (3, 3), CLAIM_PDF: (3, 3), CHOSA_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (200, 250)
TABLE_QUESTIONS = 19  # at least, outside the followups
BEFORE_BREAK_ROWS = ("食料品", "飲料・酒類")  # rows of (d) expected before the page break
CONTINUED_ROWS = ("機械", "電気機器", "卸売業", "合計")  # and after it


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout74.py")
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
    for i, q in enumerate(questions, 1):
        qid = q.get("id")
        if qid != f"{PREFIX_Q}{i:02d}":
            errors.append(f"question {i}: id {qid!r}, expected {PREFIX_Q}{i:02d}")
        keys = set(q) - {"computed", "history"}
        if keys != QUESTION_KEYS:
            errors.append(f"{qid}: fields {sorted(keys)}")
            continue
        history = q.get("history")
        if q["category"] == "followup" and not history:
            errors.append(f"{qid}: a followup without a history")
        if history and q["category"] not in ("followup", "unanswerable"):
            errors.append(f"{qid}: only followups and unanswerables may have a history")
        if history:
            roles = [t["role"] for t in history]
            if roles != ["user", "assistant"] * (len(history) // 2) or len(history) != 2:
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
        if q["doc"] not in doc_text:
            errors.append(f"{qid}: unknown doc {q['doc']!r}")
            continue
        if not q["evidence"] or not q["answer"]:
            errors.append(f"{qid}: an answerable question needs evidence and answers")
        errors += check_answerable(qid, q, doc_text[q["doc"]], EVIDENCE_LEN)
        if q.get("computed"):
            # stricter than docgen: not even the bare number of a computed answer is printed
            for a in q["answer"]:
                bare = re.sub(r"(%|万円|円|品目|件|人|社)$", "", nfkc(a))
                if bare in doc_text[q["doc"]]:
                    errors.append(f"{qid}: the computed number {bare} is printed in its document")
        if q["notes"].startswith("list") != (len(q["answer"]) > 1):
            errors.append(f"{qid}: only list questions have several answer items")
        for t in table_of(q):
            if next(g["doc"] for g in gold if g["table"] == t) != q["doc"]:
                errors.append(f"{qid}: its notes name table {t} of another document")
    errors += check_question_mix(questions, CATEGORY_COUNTS, western_share=(0.35, 0.65))
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
    if not 8 <= n_computed <= 12:
        errors.append(f"{n_computed} computed questions, expected about 10")
    errors += check_computed(questions, COMPUTED, GoldIndex(gold))
    return errors


def check_gold(gold, pages) -> list[str]:
    errors = []
    specs = {s.title: s for s in all_specs()}
    doc_text = {n: norm("\n".join(p)) for n, p in pages.items()}

    def page_text(doc, page):
        return norm(pages[doc][page - 1])

    if not GOLD_CELLS[0] <= len(gold) <= GOLD_CELLS[1]:
        errors.append(f"{len(gold)} gold cells, expected {GOLD_CELLS[0]}-{GOLD_CELLS[1]}")
    any_page = defaultdict(lambda: {0})
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout74.py")
    table_pages = defaultdict(set)
    for g in gold:
        table_pages[g["table"]].add(g["page"])
    for i, g in enumerate(gold, 1):
        if list(g) != GOLD_KEYS:
            errors.append(f"gold {i}: fields {list(g)}")
            continue
        if g["id"] != f"{PREFIX_T}{i:03d}":
            errors.append(f"gold {i}: id {g['id']!r}")
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
            # each printed row, cell after cell (the number and 単位 cells included), on its page
            if norm("".join(spec.printed_row(i))) not in page_text(g["doc"], g["page"]):
                errors.append(f"row sequence of {title} / {spec.row_label(i)} not on page {g['page']}")
    errors += check_totals(gold)
    errors += check_layouts(gold, pages)
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

    # (a): small firms get at least the general rate; caps within the firm caps of note ※２
    for row, r in t[A].items():
        if r["補助率（％）／小規模企業者"] < r["補助率（％）／中小企業者"]:
            errors.append(f"{A} / {row}: 小規模企業者 below 中小企業者")
        if r["上限額（万円）／食品等"] > FIRM_CAP_FOOD or r.get("上限額（万円）／食品等以外", 0) > FIRM_CAP_OTHER:
            errors.append(f"{A} / {row}: a cap above the firm cap of note ※２")
    # (b): growing applications; small firms within adoptions within applications; grants within caps;
    # 令和６年度 equals the KPIs of (c)
    b = t[B]
    ns = [r["申請件数（件）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for row, r in b.items():
        if not r["うち小規模企業者（件）"] <= r["採択件数（件）"] <= r["申請件数（件）"] \
                or r["交付額（万円）"] > r["採択件数（件）"] * FIRM_CAP_FOOD:
            errors.append(f"{B} / {row}: adoptions or grants out of range")
    c = t[C]
    if c["補助事業者数"]["実績"] != b["令和６年度"]["採択件数（件）"] \
            or c["トレーサビリティを導入した品目数"]["実績"] != b["令和６年度"]["導入品目数（品目）"]:
        errors.append(f"{C}: the 実績 differ from {B}'s 令和６年度")
    # (c): 達成率 is 実績 / 目標
    for row, r in c.items():
        if Decimal(str(r["達成率（％）"])) != pct1(r["実績"], r["目標"]):
            errors.append(f"{C} / {row}: 達成率 differs from 実績 / 目標")
    # (d): 合計 adds up; claims within exporters within respondents; the totals equal the firm sizes
    d = t[D]
    dcols = ("回答企業数（社）", "輸出企業（社）", "クレームを受けた企業（社）", "クレーム件数（件）")
    adds_up(D, dcols)
    if any(not r[dcols[2]] <= r[dcols[1]] <= r[dcols[0]] or r[dcols[3]] < r[dcols[2]] for r in d.values()):
        errors.append(f"{D}: firms out of range")
    tot = d["合計"]
    if [tot[k] for k in dcols[:3]] != [sum(s[j] for s in SIZES) for j in (1, 2, 3)]:
        errors.append(f"{D}: 合計 differs from the firm sizes")
    if sum(v for _k, v in INSPECTION) != tot[dcols[1]] or sum(v for _k, v in SETTLED) != tot[dcols[3]]:
        errors.append(f"{D}: the inspection methods or the settlements of the prose do not add up")
    # (e): 合計 adds up; 増減 is the difference; 令和５年度 equals (d)
    e = t[E]
    adds_up(E, [era(y) for y in CLAIM_YEARS] + ["増減"])
    for row, r in e.items():
        if r["増減"] != r[era(CLAIM_YEARS[1])] - r[era(CLAIM_YEARS[0])]:
            errors.append(f"{E} / {row}: 増減 is not the difference of the years")
    if e["合計"][era(2023)] != tot[dcols[3]]:
        errors.append(f"{E}: 令和５年度 合計 differs from {D}")
    # (f): the per cents come from the counts; the ｎ from the firm sizes and (d)
    n_s, n_l = SIZES[0][3], SIZES[1][3]
    if n_s + n_l != tot[dcols[2]]:
        errors.append(f"{F}: the ｎ differ from {D}")
    for name, a, bb in CAUSES:
        r = t[F][name]
        want = (pct1(a + bb, n_s + n_l), pct1(a, n_s), pct1(bb, n_l))
        if tuple(Decimal(str(r[k])) for k in ("全体", "中小企業", "大企業")) != want:
            errors.append(f"{F} / {name}: per cents differ from the counts")
    # (g): dearer plans cost more
    for row, r in t[G].items():
        vals = [r[p] for p in PLAN_NAMES if p in r]
        if vals != sorted(vals):
            errors.append(f"{G} / {row}: a plan costs less than a lighter one")
    # (h): 計 is the row sum; 合計 adds up; it equals (i)'s 令和６年度
    h = t[H]
    adds_up(H, list(PLAN_NAMES) + ["計"])
    for row, r in h.items():
        if r["計"] != sum(r[p] for p in PLAN_NAMES):
            errors.append(f"{H} / {row}: 計 is not the sum of the plans")
    i6 = t[I]["令和６年度"]
    if h["合計"]["計"] != i6["利用件数（件）"] or h["合計"]["プレミアム"] != i6["うちプレミアム（件）"]:
        errors.append(f"{H}: 合計 differs from {I}'s 令和６年度")
    # (i): growing uses; premium, users and deals within the uses
    us = [r["利用件数（件）"] for r in t[I].values()]
    if us != sorted(set(us)):
        errors.append(f"{I}: 利用件数 should grow every year")
    for row, r in t[I].items():
        if any(r[k] > r["利用件数（件）"] for k in r if k != "利用件数（件）"):
            errors.append(f"{I} / {row}: a count above 利用件数")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    ind = specs["industries"]
    bp = sorted({g["page"] for g in gold if g["table"] == D})
    if len(bp) != 2:
        errors.append(f"{D} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(ind.header[0]))
        on = [i + 1 for i, p in enumerate(pages[CLAIM_PDF]) if header in norm(p)]
        if ind.repeat_header or on != bp[:1]:
            errors.append(f"{D}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[1]}
        if not 2 <= len(first) <= 7:
            errors.append(f"{D}: {len(first)} rows before the page break, expected 2-7")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{D}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("木製品、紙製品") not in norm(pages[CLAIM_PDF][bp[1] - 1]):
            errors.append(f"{D}: note ※１ should follow the table on the continuation page")
    for key, spec in specs.items():
        if key == "industries":
            continue
        tp = {g["page"] for g in gold if g["table"] == spec.title}
        if len(tp) != 1:
            errors.append(f"{spec.title} is on pages {sorted(tp)}, expected one page")
    if specs["causes"].ruled or not all(s.ruled for k, s in specs.items() if k != "causes"):
        errors.append(f"only {F} must be drawn without ruling lines")
    # header cells printed over two lines in (b), (d) and (i), and nowhere else
    two_line = {k for k, s in specs.items() if any("\n" in h for hrow in s.header for h in hrow)}
    if two_line != {"record", "industries", "history"}:
        errors.append(f"two-line header cells in {sorted(two_line)}, expected record, industries, history")
    # 「－」 cells: printed where expected and never a gold cell
    dashes = {(k, s.row_label(i), s.column_label(c)) for k, s in specs.items()
              for i, r in enumerate(s.rows) for c, v in enumerate(r) if v == DASH}
    want = {("rates", "温度記録計（ロガー）", "上限額（万円）／食品等以外"), ("fees", "追加の聞き取り（１社）", "ライト"),
            ("history", "令和３年度", "うちプレミアム（件）")}
    if dashes != want:
        errors.append(f"「－」 cells at {sorted(dashes)}, expected {sorted(want)}")
    keys = {(g["table"], g["row"], g["column"]) for g in gold}
    for k, row, col in want:
        if (specs[k].title, row, col) in keys:
            errors.append(f"{specs[k].title} / {row} / {col}: a 「－」 cell became a gold cell")
    if any(DASH in g["value"] for g in gold):
        errors.append("a gold value holds 「－」")
    # (a): two header rows, three spans, group／leaf columns
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want_cols = ["補助率（％）／中小企業者", "補助率（％）／小規模企業者", "上限額（万円）／食品等", "上限額（万円）／食品等以外"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want_cols:
        errors.append(f"{A}: expected a two-row header with columns {want_cols}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "万円"}:
        errors.append(f"{A}: units should come from the header groups")
    # (b) and (i): years as rows
    for title, data in ((B, RECORD), (I, HISTORY)):
        years = list(dict.fromkeys(g["fiscal_year"] for g in gold if g["table"] == title))
        if years != [r[0] for r in data]:
            errors.append(f"{title}: expected years as rows, got {years}")
    # (c): 目標 / 実績 with the unit inside the cells, 達成率 in %, and a 評価 mark column that is no gold cell
    cg = [g for g in gold if g["table"] == C]
    kpi = specs["kpi"]
    if list(dict.fromkeys(g["column"] for g in cg)) != ["目標", "実績", "達成率（％）"] or kpi.header[0][-1] != "評価":
        errors.append(f"{C}: expected the columns 目標, 実績, 達成率（％） and a 評価 column")
    for g in cg:
        if g["column"] in ("目標", "実績") and not nfkc(g["value"]).endswith(g["unit"]):
            errors.append(f"{g['id']}: the unit should be printed inside the cell")
    for r, (name, _u, target, actual) in zip(kpi.rows, KPIS):
        rate = pct1(actual, target)
        if r[-1] not in MARKS or r[-1] != mark(rate):
            errors.append(f"{C} / {name}: mark {r[-1]} does not follow note ※４")
    if {r[-1] for r in kpi.rows} != set(MARKS):
        errors.append(f"{C}: every mark ◎ ○ △ should be used")
    # (e): a 増減 column with ▲ for decreases and a range of fiscal years
    eg = [g for g in gold if g["table"] == E]
    inc = [g for g in eg if g["column"] == "増減"]
    if not inc or any(g["fiscal_year"] is not None or g["fiscal_year_range"] != list(CLAIM_YEARS) for g in inc) \
            or any((g["number"] < 0) != g["value"].startswith(MINUS) for g in inc) \
            or not any(g["number"] < 0 for g in inc) \
            or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in eg if g["column"] != "増減"):
        errors.append(f"{E}: expected the years as columns and a 増減 column printing decreases with ▲")
    if any(g["fiscal_year_range"] is not None for g in gold if g["table"] != E or g["column"] != "増減"):
        errors.append("only the 増減 column of (e) may have a fiscal_year_range")
    if any(MINUS in g["value"] for g in gold if g["table"] != E):
        errors.append("only (e) may print ▲")
    # (f): per cents only
    if {g["unit"] for g in gold if g["table"] == F} != {"%"}:
        errors.append(f"{F}: expected per cents only")
    # (h): a total column 計 on the right
    hcols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == H))
    if hcols != list(PLAN_NAMES) + ["計"]:
        errors.append(f"{H}: expected a 計 column on the right, got {hcols}")
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
        got = re.findall(r"099-78\d-\d{4}", text)
        if got != want:
            errors.append(f"{what}: the contact box should give {want}, got {got}")
        lines = [norm(x) for x in "\n".join(pages[doc]).splitlines()]
        if not any(f"電話:{want[0]}ファクス:{want[1]}" in x for x in lines):
            errors.append(f"{what}: phone and fax should share one line")
        got_mails = re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text)
        if got_mails != mails:
            errors.append(f"{what}: mail addresses {got_mails}, expected {mails}")

    def defs(text, terms, what):
        for d in terms:
            if norm(f"「{d}」とは") not in text:
                errors.append(f"{what}: the definition of {d} is missing")

    def bullets_in(doc, items, what):
        raw = [norm(x) for x in "\n".join(pages[doc]).splitlines()]
        titles = [norm(s.title) for s in all_specs()]
        got = sum(x.startswith("○") and x not in MARKS and not any(t in x for t in titles) for x in raw)
        if got != items:
            errors.append(f"{what}: expected {items} bulleted items, got {got}")

    # ---- the call for applications
    tt = norm("\n".join(pages[TRACE_PDF]))
    siblings(tt, TRACE_PDF, ("対象品目：", "導入したもの：", "補助金の額："), [c[0] for c in TRACE_CASES])
    if norm(f"延べ{sum(r[2] for r in RECORD)}件、{sum(r[4] for r in RECORD):,}万円") not in tt:
        errors.append("call: the totals in the prose differ from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件を採択しました（うち小規模企業者{fw(last[3])}件）") not in tt \
            or norm(f"４年間で延べ{sum(r[5] for r in RECORD)}品目") not in tt:
        errors.append("call: the 令和６年度 figures or the goods in the prose differ from (b)")
    rates = {r[0]: r for r in RATES}
    for head, _item, _what, amount, items, food in TRACE_CASES:
        col, cap = (3, FIRM_CAP_FOOD) if food else (4, FIRM_CAP_OTHER)
        if any(rates[x][col] is None for x in items) \
                or int(amount.rstrip("万円")) > min(cap, sum(rates[x][col] for x in items)):
            errors.append(f"call: case {head} exceeds its caps or uses a cost not covered")
    worst = min(KPIS, key=lambda r: r[3] / r[2])[0]
    if worst != "回収（リコール）対応訓練の実施企業数" or norm("回収（リコール）対応訓練は、実施企業が目標を大きく下回りました") not in tt:
        errors.append("call: the KPI prose does not hold")
    if re.findall(r"20\d\d年", tt) != ["2021年"]:
        errors.append("call: only 2021年度 should be printed in Western form")
    defs(tt, ("トレーサビリティ", "食品等", "小規模企業者"), "call")
    for x in EXCLUDED:
        if norm(x) not in tt:
            errors.append(f"call: the cost not covered {x} is missing")
    bullets_in(TRACE_PDF, len(EXCLUDED), "call")
    raw = "\n".join(pages[TRACE_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("call: expected three Ｑ lines and three Ａ lines")
    steps_of(TRACE_PDF, "①②③④⑤⑥⑦", "call")
    contacts(TRACE_PDF, ["099-781-4410", "099-781-4419", "099-781-4500"], ["hisagi-trace@example.jp"], "call")

    # ---- the survey of inspection and quality claims
    ct = norm("\n".join(pages[CLAIM_PDF]))
    siblings(ct, CLAIM_PDF, ("主な輸出先：", "受けたクレーム：", "講じた対策："), [c[0] for c in CLAIM_CASES])
    total, exporters, claimed, n_claims = totals()
    if norm(f"{total}社（回答率{pct1(total, TARGET)}％）") not in ct \
            or norm(f"回答企業{total}社のうち{exporters}社で、このうち{claimed}社（{pct1(claimed, exporters)}％）") not in ct \
            or norm(f"クレームの件数は延べ{n_claims}件") not in ct:
        errors.append("survey: the response and claim figures in the prose differ from (d)")
    top = max(INDUSTRIES, key=lambda r: r[3])[0], max(INDUSTRIES, key=lambda r: r[4])[0]
    if top != ("機械", "機械"):
        errors.append("survey: 「機械がクレームを受けた企業数、件数ともに最も多い」 does not hold")
    (_s, _sn, s_e, s_c), (_l, _ln, l_e, l_c) = SIZES
    if norm(f"大企業は輸出企業{l_e}社のうち{l_c}社") not in ct or norm(f"中小企業は輸出企業{s_e}社のうち{s_c}社") not in ct:
        errors.append("survey: the firm sizes in the prose differ from the data")
    by5 = sorted(DESTS, key=lambda r: -r[2])
    by4 = sorted(DESTS, key=lambda r: -r[1])
    deltas = sorted(DESTS, key=lambda r: r[2] - r[1])
    if by5[0][0] != "中国" or by4[0][0] != "中国" or by4[1][0] != "米国" or by4[1][1] == by4[2][1] \
            or deltas[-1][0] != "ベトナム" or deltas[0][0] != "台湾" \
            or deltas[-1][2] - deltas[-1][1] == deltas[-2][2] - deltas[-2][1] \
            or deltas[0][2] - deltas[0][1] == deltas[1][2] - deltas[1][1]:
        errors.append("survey: the destination prose (中国 first; ベトナム up most, 台湾 down most; 米国 second in 令和４年度) does not hold")
    if [d for d, *_x in DESTS].index("米国") == 1:
        errors.append("survey: the second-largest destination should not be printed second")
    n_s, n_l = SIZES[0][3], SIZES[1][3]
    if max(CAUSES, key=lambda r: r[1] + r[2])[0] != "外観の傷・汚れ" or max(CAUSES, key=lambda r: r[2])[0] != "仕様・規格との相違":
        errors.append("survey: the tops of (f) in the prose do not hold")
    if norm(f"平均{AVG_COST}万円") not in ct \
            or norm("、".join(f"{k}が{v}件" for k, v in SETTLED)) not in ct \
            or norm("、".join(f"「{k}」が{v}社" for k, v in INSPECTION)) not in ct:
        errors.append("survey: the prose-only figures are missing")
    if re.findall(r"20\d\d年", ct) != ["2024年"] or re.findall(r"20\d\d年度", ct):
        errors.append("survey: only 2024年 (調査基準日) should be printed in Western form")
    defs(ct, ("品質クレーム", "出荷前検品", "輸出企業"), "survey")
    bullets_in(CLAIM_PDF, 3, "survey")
    steps_of(CLAIM_PDF, "①②③④", "survey")
    contacts(CLAIM_PDF, ["099-784-2230", "099-784-2239", "099-784-2300"], ["hisagi-boeki@example.jp"], "survey")

    # ---- the service guide
    st = norm("\n".join(pages[CHOSA_PDF]))
    siblings(st, CHOSA_PDF, ("調べる内容：", "納品までの期間：", "納品物："), [p[0] for p in PLANS])
    if [p[0] for p in PLANS] != [f"{n}プラン" for n in PLAN_NAMES]:
        errors.append("guide: the sibling sections should be the plans of (g) and (h)")
    tot = sum(a + b + c for _n, a, b, c in USES)
    light = sum(r[1] for r in USES)
    if norm(f"利用件数は{tot}件で、前年度から{tot - HISTORY[-2][1]}件増えました") not in st \
            or norm(f"商談に進んだものは{HISTORY[-1][4]}件") not in st:
        errors.append("guide: the use figures in the prose differ from (h) and (i)")
    if max(USES, key=lambda r: sum(r[1:]))[0] != "米国" or not 0.55 <= light / tot < 0.65:
        errors.append("guide: 「米国向けが最も多く」 or 「ライトプランが全体の約６割」 does not hold")
    if re.findall(r"20\d\d年", st):
        errors.append("guide: no Western year should be printed")
    defs(st, ("デスク調査", "現地調査", "１件", "営業日"), "guide")
    bullets_in(CHOSA_PDF, 4, "guide")
    steps_of(CHOSA_PDF, "①②③④⑤⑥", "guide")
    contacts(CHOSA_PDF, ["099-787-5120", "099-787-5129", "099-787-5200"], ["hisagi-chosa@example.jp"], "guide")
    # every phone number of the set is fictional (099-78x-xxxx), every mail address under example.jp
    for name, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text):
            if not ph.startswith(PHONE_PREFIX):
                errors.append(f"{name}: phone number {ph} outside {PHONE_PREFIX}x-xxxx")
        for mail in re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text):
            if not mail.endswith(MAIL_DOMAIN):
                errors.append(f"{name}: mail address {mail} outside {MAIL_DOMAIN}")
        if PREF not in p[0] or any(x in text for x in OTHER_PREFS):
            errors.append(f"{name}: the prefecture should be {PREF} only")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
