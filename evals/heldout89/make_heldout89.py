"""Build the 橅県 held-out set 89: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (橅県 and every town, scheme, organisation, company, phone number,
mail address and figure). The documents are in three genres the earlier sets do not use: a call
for applications (募集要項) for a subsidy towards furniture makers' exports (県産家具輸出支援補助金:
fire-safety and formaldehyde tests for foreign standards, knock-down redesign for container
shipping, trade fairs abroad, foreign-language catalogues) with a two-level header whose groups
are the destination markets (欧米向け / アジア・その他向け) and whose leaves are the rate and the
cap, 「－」 cells, notes changing how the caps are read, a yearly record with a five-year 合計 row and
the cost items used by market with two-line headers and a total column on the right; the report
(報告書) of a survey of the prefecture's bicycle and bicycle-parts makers on their exports
(自転車・自転車部品製造業の輸出実態調査) with the firms by product class (a table continued over a
page break without its header), the exports by destination over two fiscal years with a 増減 column
printing decreases with ▲, and an unruled table of the issues; and an applicants' handbook
(申請の手引き) of a subsidy towards stone-product exports (県産石材製品輸出支援補助金) with its
kinds of project as sibling sections, a yearly record (years as rows, two-line headers, a 「－」 cell
being tallied) and a KPI table with 目標 / 実績 / 達成率; see README.md beside this file.

    python make_heldout89.py [OUTPUT_DIR]          # default: this file's directory

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

KAGU_PDF = "buna_kagu_yushutsu_hojokin_boshu_yoko_r7.pdf"
JITENSHA_PDF = "buna_jitensha_buhin_yushutsu_jittai_chosa_r6.pdf"
SEKIZAI_PDF = "buna_sekizai_seihin_yushutsu_hojokin_tebiki_r7.pdf"
ALL_PDFS = (KAGU_PDF, JITENSHA_PDF, SEKIZAI_PDF)

UNITS = ("百万円", "万円", "千円", "円", "件", "人", "社", "回", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
DASH = "－"  # a cell with no figure (each table's note says why); no gold cell
DECREASE = "▲"  # a decrease in a 増減 column
PHONE_RE = r"099-93\d-\d{4}"  # every phone number of the set: 099-93x-xxxx
MAIL_DOMAIN = "@example.jp"
OTHER_PREF = "\u6919県"  # the other helper's prefecture: never printed (written by code point on purpose)


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
    「－」 and text."""
    v = nfkc(value).strip()
    if v.startswith(DECREASE):
        v = "-" + v[1:]
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
    """k / n in whole per cent, rounded half up (the 達成率 of the KPI table)."""
    return int(half_up(Decimal(k * 100) / Decimal(n), "1"))


def cell(x) -> str:
    """A table cell: None as 「－」, a Decimal with one decimal, an int as docgen prints it (single
    digits full-width, thousands with a comma)."""
    if x is None:
        return DASH
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def signed(x: int) -> str:
    """A 増減 cell: a decrease with a leading ▲, an increase bare."""
    return f"{DECREASE}{fw(-x)}" if x < 0 else fw(x)


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf, and optional columns or
    rows that cover a range of fiscal years (a 増減 column, a five-year 合計 row)."""

    col_range: dict | None = None  # {col: [first, last]}
    row_range: dict | None = None  # {row label: [first, last]}

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
        """(row label, column label) of the cells printed 「－」."""
        return {(self.row_label(i), self.column_label(c))
                for i, r in enumerate(self.rows) for c in self.value_cols if r[c] == DASH}


def gold_records(spec: TableSpec, pages_of: dict) -> list[dict]:
    out = []
    for i, r in enumerate(spec.rows):
        for c in spec.value_cols:
            value = r[c]
            if value == DASH:  # no figure: no gold cell (the note says why)
                continue
            number, cell_unit = parse_number(value)
            unit = cell_unit or spec.cell_unit(r, c)
            row_label = label(r[spec.label_col])
            rng = (spec.col_range or {}).get(c) or (spec.row_range or {}).get(row_label)
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


def kept(spec, right: str = "") -> list:
    """Caption and table, moved as a whole to the next page when the table would not fit."""
    t = spec.flowable()
    _w, h = t.wrap(170 * mm, 1000 * mm)
    return [CondPageBreak(h + 24), caption(spec.title, right), t, Spacer(1, 2)]


PREF = "橅県"
TOWNS = ("橅市", "鷹ノ台市", "葦原町")
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: furniture exports subsidy, call for applications
KAGU = f"{PREF}産家具輸出支援補助金"
KAGU_DEPT = f"{PREF} 商工労働部 ものづくり振興課"
KAGU_DESK = f"公益財団法人{PREF}産業振興財団 輸出相談デスク"
COST_ITEMS = ("防炎性能試験", "ホルムアルデヒド試験", "ノックダウン設計", "海外見本市出展", "外国語カタログ制作")
COST_HEADERS = ("防炎性能\n試験", "ホルムアルデ\nヒド試験", "ノックダウン\n設計", "海外見本市\n出展", "外国語\nカタログ制作")
RATES = [  # 経費区分; 欧米向け: 補助率（％）, 上限額（千円）; アジア・その他向け: 補助率, 上限額 (令和７年度; None = 「－」)
    ("防炎性能試験", 60, 500, None, None), ("ホルムアルデヒド試験", 60, 150, 50, 100),
    ("ノックダウン設計", 50, 1200, 50, 1000), ("海外見本市出展", 50, 1500, 50, 1000),
    ("外国語カタログ制作", 50, 400, 50, 300),
]
FIRM_CAP_WEST, FIRM_CAP_OTHER = 250, 200  # note ※３: 万円 per firm (欧米向け / アジア・その他向け)
TEST_ITEMS_MAX = 4  # note ※２: the formaldehyde cap is per 品目, up to four 品目
RECORD = [  # 年度, 申請件数, 採択件数, うち欧米向け, 交付額（千円）
    (2020, 14, 9, 3, 8460), (2021, 17, 11, 4, 10920), (2022, 21, 13, 5, 14350),
    (2023, 24, 15, 6, 17280), (2024, 27, 16, 7, 19840),
]
WEST_MARKETS = ("米国", "ＥＵ", "英国")
USES = [  # 市場: uses of each cost item by the projects adopted in 令和６年度 (None = 「－」: not covered)
    ("米国", 2, 2, 1, 1, 1), ("ＥＵ", 1, 3, 2, 1, 2), ("英国", 1, 1, 0, 1, 0),
    ("中国", None, 2, 1, 1, 1), ("台湾", None, 1, 2, 3, 2), ("シンガポール", None, 0, 1, 1, 1),
    ("その他", None, 1, 0, 1, 1),
]
PROJECTS_2024 = {"米国": 3, "ＥＵ": 3, "英国": 1, "中国": 2, "台湾": 3, "シンガポール": 2, "その他": 2}  # not printed
KAGU_CASES = [  # 見出し, 輸出先, 活用した経費, 補助金の額 (same labels in every sibling section); window, items
    ("椅子製造業Ａ社（橅市）", "米国（欧米向け）", "防炎性能試験とホルムアルデヒド試験（２品目）", "78万円",
     "west", {"防炎性能試験": 1, "ホルムアルデヒド試験": 2}),
    ("木製家具製造業Ｂ社（鷹ノ台市）", "台湾（アジア・その他向け）", "ノックダウン設計と海外見本市出展", "165万円",
     "other", {"ノックダウン設計": 1, "海外見本市出展": 1}),
    ("家具製造業Ｃ社（葦原町）", "ＥＵ（ドイツ。欧米向け）", "外国語カタログ制作", "36万円",
     "west", {"外国語カタログ制作": 1}),
]
EXCLUDED = [  # 補助の対象にならない経費
    "輸出先の基準に適合させるための製品の改良や材料の変更に要する経費（ノックダウン設計を除く。）",
    "見本市の会場での飲食や接待に要する経費",
    "家具の製造、仕入れ及び販売のための輸送に要する経費（見本市に出品する家具の輸送費を除く。）",
    "交付決定の日より前に発注し、又は支払った経費",
]


def kagu_specs():
    rates = TableSpec(
        key="rates", doc=KAGU_PDF, title="経費区分別の補助率と上限額",
        header=[["経費区分", "欧米向け", "", "アジア・その他向け", ""],
                ["", "補助率（％）", "上限額（千円）", "補助率（％）", "上限額（千円）"]],
        rows=[[n, cell(a), cell(b), cell(c), cell(d)] for n, a, b, c, d in RATES],
        col_widths=[48 * mm, 28 * mm, 28 * mm, 28 * mm, 28 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[-1])
    rows = [[era(y), fw(a), fw(b), fw(w), fw(g)] for y, a, b, w, g in RECORD]
    rows.append(["合計"] + [fw(sum(r[j] for r in RECORD)) for j in (1, 2, 3, 4)])
    record = TableSpec(
        key="record", doc=KAGU_PDF, title="申請と採択の実績",
        header=[["年度", "申請件数（件）", "採択件数（件）", "うち欧米向け（件）", "交付額（千円）"]],
        rows=rows, col_widths=[30 * mm, 30 * mm, 30 * mm, 36 * mm, 30 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    record.row_range = {"合計": [RECORD[0][0], RECORD[-1][0]]}
    urows = [[m] + [cell(x) for x in xs] + [fw(sum(x or 0 for x in xs))] for m, *xs in USES]
    urows.append(["合計"] + [fw(sum(u[j] or 0 for u in USES)) for j in range(1, 6)]
                 + [fw(sum(sum(x or 0 for x in u[1:]) for u in USES))])
    uses = TableSpec(
        key="uses", doc=KAGU_PDF, title="市場別・経費区分別の利用件数",
        header=[["市場"] + list(COST_HEADERS) + ["計"]],
        rows=urows, col_widths=[30 * mm] + [24 * mm] * 5 + [16 * mm], unit="件", table_fy=2024,
    )
    return rates, record, uses


def kagu_story(specs):
    rates, record, uses = specs
    n_all, amt_all = sum(r[2] for r in RECORD), sum(r[4] for r in RECORD)
    last = RECORD[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{KAGU} 募集要項", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(KAGU_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　目的", H1)]
    st += paras(f"""
県内の家具製造事業者が、輸出先の防火や室内の空気に関する基準に対応し、コンテナでの輸送に適した製品に改めて、海外の販路を開拓できるよう、必要な経費の一部を補助します。制度を始めた令和２年度（2020年度）から令和６年度までに、延べ{n_all}件、{amt_all:,}千円を交付しました。
""", 0)
    st += [P("２　募集の概要", H1)]
    st += lv_lines([
        ("補助事業名", KAGU),
        ("補助対象者", "県内に本社又は主たる事業所を有し、県産家具を製造する中小企業者（個人事業主を含む。）"),
        ("募集期間", "令和７年５月12日から６月20日まで（必着）"),
        ("予算額", "3,200万円"),
        ("採択予定件数", "18件程度"),
        ("補助事業期間", "交付決定の日から令和８年２月13日まで"),
    ], 0)
    st += paras("""
この要項において「県産家具」とは、県内の事業所で製造し、又は最終の組立てを行った家具をいいます。「ノックダウン設計」とは、家具を部材に分けて輸送し、輸出先で組み立てられる構造に設計を改めることをいいます。また、「欧米向け」とは、補助事業で主に対象とする市場が米国、カナダ、ＥＵ加盟国及び英国であるものをいい、それ以外の国・地域を主な市場とするものを「アジア・その他向け」といいます。
""", 0)
    st += [P("３　補助対象経費と補助率", H1)]
    st += paras("""
「防炎性能試験」とは、布張りの椅子やソファ等が輸出先の燃えにくさの基準に適合することを確かめる試験をいい、「ホルムアルデヒド試験」とは、家具の材料から出るホルムアルデヒドの量を輸出先の基準に従って測る試験をいいます。補助率と上限額は、経費区分ごとに次のとおりです。
""", 0)
    st += kept(rates, "（令和７年度）")
    st += notes([
        "※１ 補助事業で主に対象とする市場により、「欧米向け」又は「アジア・その他向け」の欄を適用します。「－」は、その欄の市場向けでは補助の対象にならないことを示します。",
        f"※２ ホルムアルデヒド試験の上限額は１品目当たりの額です（１事業者当たり{fw(TEST_ITEMS_MAX)}品目まで）。",
        f"※３ 補助金の額は、１事業者当たり{FIRM_CAP_WEST}万円（アジア・その他向けは{FIRM_CAP_OTHER}万円）を上限とし、千円未満の端数は切り捨てます。",
        "※４ 過去にこの補助金を受けて出展した見本市に再び出展する場合は、海外見本市出展の上限額を上表の２分の１とします。",
    ])
    st += paras("次の経費は補助の対象になりません。", 0)
    st += bullets(EXCLUDED, 0)
    st += [P("４　申請から支払までの流れ", H1)]
    st += numbered([
        "① 事前相談（ものづくり振興課又は輸出相談デスクへ）",
        "② 申請書の提出（募集期間内に、事業計画書と見積書を添えて提出）",
        "③ 審査（書類審査と面談、令和７年７月中旬）",
        "④ 採択と交付決定の通知（令和７年８月上旬）",
        "⑤ 補助事業の実施（令和８年２月13日までに完了すること）",
        "⑥ 実績報告（事業の完了から30日以内。遅くとも令和８年２月27日まで）",
        "⑦ 補助金の額の確定と支払（令和８年３月）",
    ], 0)
    st += [P("５　これまでの実績", H1)]
    st += paras(f"""
申請件数は毎年増えており、令和６年度は{last[1]}件の申請があり、{last[2]}件を採択しました（うち欧米向け{fw(last[3])}件）。令和６年度に採択した案件では、経費区分別でホルムアルデヒド試験が最も多く利用されました。
""", 0)
    st += kept(record)
    st += kept(uses, "（令和６年度）（単位：件）")
    st += notes([
        "※５ 「その他」はオーストラリアです。「－」は、防炎性能試験が対象外であることを示します。",
        "※６ 複数の経費区分を利用した案件は区分ごとに数えるため、「計」は採択件数と一致しません。",
    ])
    st += [P("６　活用事例（令和６年度）", H1)]
    for i, (head, where, what, amount, _w, _items) in enumerate(KAGU_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("輸出先", where), ("活用した経費", what), ("補助金の額", amount)], 1)
    st += [P("７　よくある質問", H1)]
    qa = [
        ("試験に不合格となり、製品を改良して再び試験を受ける場合、再試験の費用も対象になりますか。",
         "対象になります。ただし、同じ品目の試験は２回までとします。"),
        ("輸出先の販売代理店が見本市に出展する場合も対象になりますか。",
         "なりません。申請者が自ら出展者となるものに限ります。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KAGU_DEPT} 木工・家具班　電話：099-931-4410　ファクス：099-931-4419",
        f"{KAGU_DESK}（事前相談）　電話：099-931-4600",
        "電子メール：buna-kagu@example.jp",
    ]))
    return st


# ================================================================ document 2: bicycle makers' exports, survey report
JITENSHA = f"{PREF}自転車・自転車部品製造業の輸出実態調査"
JITENSHA_DEPT = f"{PREF} 産業政策部 国際経済課"
KOGYOKAI = f"一般社団法人{PREF}自転車工業会"
TARGET = 240  # 調査対象 (全数)
PRODUCTS = [  # 製品区分, 回答企業数（社）, 輸出企業数（社）, うち直接輸出（社）, 輸出額（百万円） (令和５年度)
    ("完成車（一般用）", 14, 6, 2, 412), ("電動アシスト自転車", 9, 5, 3, 1286), ("スポーツ車", 12, 9, 6, 1954),
    ("フレーム・フォーク", 18, 11, 7, 1438), ("変速機・ブレーキ", 16, 12, 9, 2765),
    ("車輪・タイヤ", 21, 13, 8, 1722), ("サドル・ハンドル", 19, 9, 4, 608), ("ライト・付属品", 27, 12, 5, 491),
    ("その他部品", 20, 7, 3, 274),
]
COMPLETE = ("完成車（一般用）", "電動アシスト自転車", "スポーツ車")  # 完成車 (note ※１); the rest are 部品
SIZES = (("従業員21人以上", 68, 53), ("従業員20人以下", 88, 31))  # 回答企業数, うち輸出企業 (prose only)
DEST_YEARS = (2022, 2023)
DESTINATIONS = [  # 輸出先, 令和４年度, 令和５年度 (百万円)
    ("米国", 2380, 2615), ("ＥＵ", 2105, 2472), ("英国", 512, 468), ("中国", 1460, 1187),
    ("台湾", 1318, 1402), ("韓国", 604, 655), ("東南アジア", 1280, 1536), ("その他", 593, 615),
]
ISSUES = [  # 輸出の課題, 回答数: 完成車, 部品 (複数回答)
    ("海上運賃・輸送費の上昇", 12, 38), ("輸出先の安全基準・認証への対応", 11, 21),
    ("為替の変動", 8, 25), ("海外の価格競争の激化", 9, 31), ("輸出を担う人材の不足", 6, 19),
    ("アンチダンピング関税等の通商措置", 5, 4),
]
KEY_POINTS = [  # 調査結果の要点
    "輸出している企業の割合は、従業員20人以下の企業で低い。",
    "輸出企業の半数を超える企業が、商社等を通さずに直接輸出を行っている。",
    "ＥＵ向けの輸出額が伸び、中国向けが減った。",
    "輸出の課題は、海上運賃・輸送費の上昇を挙げた企業が最も多い。",
]
BIKE_CASES = [  # 見出し, 主な輸出先, 輸出比率, 取組の特徴 (same labels in every sibling section)
    ("スポーツ車製造業Ｄ社（橅市）", "米国、ＥＵ", "約40％", "欧州の安全規格の認証を取り、現地の販売店と直接取引している"),
    ("変速機製造業Ｅ社（鷹ノ台市）", "台湾、中国", "約65％", "台湾の完成車メーカーに部品を納め、現地に技術者を置いている"),
    ("サドル製造業Ｆ社（葦原町）", "東南アジア", "約15％", "県の商談会で知り合った商社を通じて輸出を始めた"),
]


def exporters() -> tuple[int, int, int]:
    """輸出企業: all, 完成車, 部品 (the ｎ of the unruled table)."""
    c = sum(r[2] for r in PRODUCTS if r[0] in COMPLETE)
    n = sum(r[2] for r in PRODUCTS)
    return n, c, n - c


def jitensha_specs():
    rows = [[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in PRODUCTS]
    rows.append(["合計"] + [fw(sum(r[j] for r in PRODUCTS)) for j in (1, 2, 3, 4)])
    products = TableSpec(
        key="products", doc=JITENSHA_PDF, title="製品区分別の回答企業と輸出の状況",
        header=[["製品区分", "回答企業数（社）", "輸出企業数（社）", "うち直接輸出（社）", "輸出額（百万円）"]],
        rows=rows, col_widths=[42 * mm, 30 * mm, 30 * mm, 33 * mm, 30 * mm], table_fy=2023, repeat_header=False,
    )
    products.unit = lambda row, c, s=products: bracket_unit(s.column_label(c))
    drows = [[n, fw(a), fw(b), signed(b - a)] for n, a, b in DESTINATIONS]
    ta, tb = sum(r[1] for r in DESTINATIONS), sum(r[2] for r in DESTINATIONS)
    drows.append(["合計", fw(ta), fw(tb), signed(tb - ta)])
    destinations = TableSpec(
        key="destinations", doc=JITENSHA_PDF, title="輸出先別の輸出額",
        header=[["輸出先"] + [era(y) for y in DEST_YEARS] + ["増減"]],
        rows=drows, col_widths=[40 * mm, 32 * mm, 32 * mm, 28 * mm], unit="百万円",
    )
    destinations.col_range = {3: [DEST_YEARS[0], DEST_YEARS[1]]}
    n_all, n_c, n_p = exporters()
    issues = TableSpec(
        key="issues", doc=JITENSHA_PDF, title="輸出の課題（複数回答）",
        header=[["輸出の課題", "全体", "完成車", "部品"]],
        rows=[[x, cell(pct1(a + b, n_all)), cell(pct1(a, n_c)), cell(pct1(b, n_p))] for x, a, b in ISSUES],
        col_widths=[72 * mm, 26 * mm, 26 * mm, 26 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return products, destinations, issues


def jitensha_story(specs):
    products, destinations, issues = specs
    total = sum(r[1] for r in PRODUCTS)
    n_all, n_c, n_p = exporters()
    value = sum(r[4] for r in PRODUCTS)
    complete_value = sum(r[4] for r in PRODUCTS if r[0] in COMPLETE)
    direct = sum(r[3] for r in PRODUCTS)
    (l_name, l_n, l_t), (s_name, s_n, s_t) = SIZES
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{JITENSHA} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年１月", DATE_RIGHT), P(JITENSHA_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県内の自転車・自転車部品製造業の輸出の実態と課題を把握し、輸出を支える施策に役立てるため"),
        ("調査対象", f"県内の自転車・自転車部品製造事業者 {TARGET}社（全数）"),
        ("調査基準日", "令和６年（2024年）８月１日"),
        ("調査期間", "令和６年８月５日から９月13日まで"),
        ("調査方法", "郵送及びウェブによるアンケート"),
        ("回答数", f"{total}社（回答率{pct1(total, TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「完成車」とは、自社で組み立てた自転車（電動アシスト自転車を含む。）をいい、「部品」とは、フレーム、変速機、ブレーキ、車輪その他の自転車の部分品及び付属品をいう。「輸出企業」とは、令和５年度中に、直接又は商社等を通じて製品を輸出した企業をいい、このうち自社が輸出者となって輸出したものを「直接輸出」という。また、「輸出比率」とは、売上高に占める輸出額の割合をいう。なお、企業規模は、常時使用する従業員の数によって「従業員20人以下」と「従業員21人以上」に分けた。
""", 0)
    st += [P("２　調査結果の要点", H1)]
    st += bullets(KEY_POINTS, 0)
    st += [P("３　輸出の状況", H1)]
    st += paras(f"""
令和５年度に製品を輸出した企業は、回答企業{total}社のうち{n_all}社（{pct1(n_all, total)}％）で、その輸出額は合計{value:,}百万円であった。このうち完成車の３区分の輸出額は{complete_value:,}百万円で、残りは部品である。製品区分別では、輸出額は変速機・ブレーキが、輸出企業数は車輪・タイヤが最も多い。
輸出企業{n_all}社のうち、直接輸出を行っている企業は{direct}社（{pct1(direct, n_all)}％）で、残る{n_all - direct}社は商社等を通じた輸出のみであった。企業規模別では、{l_name}の企業は{l_n}社のうち{l_t}社が輸出しているが、{s_name}の企業は{s_n}社のうち{s_t}社にとどまった。
""", 0)
    st += [caption(products.title, "（令和５年度）", keep=False), products.flowable(), Spacer(1, 2)]
    st += notes(["※１ 完成車は「完成車（一般用）」から「スポーツ車」までの３区分、部品はそれ以外の６区分である。「その他部品」は、ペダル、チェーン、スタンド等である。"])
    st += [P("４　輸出先", H1)]
    st += paras("""
輸出先別では、米国とＥＵが全体の半分近くを占める。前年度と比べると、ＥＵ向けの伸びが最も大きく、中国向けは大きく減った。
""", 0)
    st += kept(destinations, "（単位：百万円）")
    st += notes(["※２ 令和４年度の輸出額は、今回の調査で前年度分として回答を得たものである。「増減」は令和５年度から令和４年度を引いた額で、▲は減少を示す。「東南アジア」はＡＳＥＡＮ加盟国、「その他」はオーストラリア、カナダ等である。"])
    st += [P("５　企業の事例", H1)]
    for i, (head, dest, ratio, idea) in enumerate(BIKE_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な輸出先", dest), ("輸出比率", ratio), ("取組の特徴", idea)], 1)
    st += [P("６　輸出の課題", H1)]
    st += paras("""
全体では「海上運賃・輸送費の上昇」が最も多い。完成車では「輸出先の安全基準・認証への対応」が、部品では「海外の価格競争の激化」が２番目に多い。
""", 0)
    st += kept(issues, "（単位：％）")
    st += notes([
        f"※３ 輸出企業（全体{n_all}社、完成車{n_c}社、部品{n_p}社）が回答した。複数回答のため、合計は100％にならない。",
    ])
    st += [P("７　県への主な要望（自由記述）", H1)]
    st += bullets([
        "輸出先ごとの安全基準と認証の取り方を、日本語でまとめて知らせてほしい。",
        "海外の自転車見本市に、県の共同ブースを設けてほしい。",
        "海上運賃の上昇分の一部を補助してほしい。",
    ], 0)
    st += [P("８　今後の取組", H1)]
    st += numbered([
        "① 主な輸出先の安全基準と認証の手続をまとめた手引を、令和７年度中に作成する。",
        f"② {KOGYOKAI}と連携し、海外の自転車見本市への共同出展を検討する。",
        "③ 輸出を始めたい部品メーカーと県内の商社との商談会を、年２回開く。",
        "④ 次回の調査は、令和９年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("９　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{JITENSHA_DEPT} 調査分析班　電話：099-934-2610　ファクス：099-934-2619",
        f"{KOGYOKAI}（輸出の相談）　電話：099-934-2700",
        "電子メール：buna-keizai@example.jp",
    ]))
    return st


# ================================================================ document 3: stone-product exports subsidy, applicants' handbook
SEKIZAI = f"{PREF}産石材製品輸出支援補助金"
SEKIZAI_DEPT = f"{PREF} 商工労働部 地場産業振興課"
KUMIAI = f"{PREF}石材協同組合"
FIRM_CAP, UNION_CAP = 200, 300  # 万円 per firm / per 組合
PROJECTS = [  # 見出し, 対象となる経費, 上限額（万円）, 注意点 (same labels in every sibling section)
    ("品質の証明", "吸水率・圧縮強度等の物性試験、放射線量の測定及び証明書の取得", 60,
     "輸出先が求める試験と証明書に限ります"),
    ("輸出用の梱包", "重量物用の木箱・鉄枠の設計と試作、破損を防ぐ固定方法の改良", 80,
     "量産する梱包材の購入費は対象外です"),
    ("現地での施工指導", "職人の渡航費・滞在費、通訳費、施工説明書の翻訳", 120,
     "１回の渡航は14日以内とします"),
]
SEKI_RECORD = [  # 年度, 申請件数, 交付件数, うち小規模企業者, 交付額（千円）, 輸出成約額（万円） (None = 「－」: being tallied)
    (2020, 8, 6, 2, 6840, 4210), (2021, 10, 7, 3, 8120, 5380), (2022, 13, 9, 4, 11470, 7950),
    (2023, 15, 11, 5, 14260, 9640), (2024, 18, 12, 6, 15930, None),
]
KPIS = [  # 指標（単位）, 目標, 実績 (令和６年度)
    ("石材製品の輸出額（百万円）", 480, 436), ("輸出に取り組む事業者数（社）", 25, 27),
    ("海外での施工指導（回）", 12, 9), ("海外からの商談件数（件）", 150, 171),
]


def sekizai_specs():
    record = TableSpec(
        key="seki_record", doc=SEKIZAI_PDF, title="交付の実績",
        header=[["年度", "申請\n件数（件）", "交付\n件数（件）", "うち小規模\n企業者（件）", "交付額\n（千円）",
                 "輸出成約額\n（万円）"]],
        rows=[[era(y), fw(a), fw(b), fw(s), fw(g), cell(v)] for y, a, b, s, g, v in SEKI_RECORD],
        col_widths=[30 * mm, 24 * mm, 24 * mm, 28 * mm, 26 * mm, 28 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    kpi = TableSpec(
        key="kpi", doc=SEKIZAI_PDF, title="成果指標の目標と実績",
        header=[["指標", "目標", "実績", "達成率（％）"]],
        rows=[[n, fw(t), fw(a), fw(pct0(a, t))] for n, t, a in KPIS],
        col_widths=[66 * mm, 28 * mm, 28 * mm, 30 * mm], table_fy=2024,
    )
    kpi.unit = lambda row, c: "%" if c == 3 else bracket_unit(row[0])
    return record, kpi


def sekizai_story(specs):
    record, kpi = specs
    last = SEKI_RECORD[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{SEKIZAI} 申請の手引き", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(SEKIZAI_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　制度のあらまし", H1)]
    st += paras("""
県内で採れる石材を使った墓石、灯籠、建築用石材等の輸出を後押しするため、輸出先の求める品質の証明、重い製品を安全に運ぶための梱包の改良、現地での施工の指導に要する経費の一部を補助します。この手引きでは、申請の前に確かめていただきたい点と手続の流れを説明します。
""", 0)
    st += lv_lines([
        ("補助金の名称", SEKIZAI),
        ("対象者", "県内で石材製品を加工する中小企業者（個人事業主を含む。）及びその組合"),
        ("補助率", "２分の１（小規模企業者は３分の２）"),
        ("限度額", f"１事業者当たり{FIRM_CAP}万円（組合は{UNION_CAP}万円）"),
        ("申請受付", "令和７年５月７日から７月31日まで（予算の額に達した時点で締め切ります）"),
        ("補助事業期間", "交付決定の日から令和８年２月20日まで"),
    ], 0)
    st += paras("""
この手引きにおいて「県産石材製品」とは、県内で採掘された石材（以下「橅石」といいます。）を主な原料とし、県内で加工した墓石、灯籠、建築用石材、庭園用石材及び石製の日用品をいいます。「施工指導」とは、輸出先で製品を据え付ける現地の業者に、据付けの方法を実地で教えることをいいます。また、「小規模企業者」とは、常時使用する従業員の数が20人以下の中小企業者をいいます。
""", 0)
    st += [P("２　補助の対象となる取組", H1)]
    st += paras("次の三つの取組が対象です。同じ年度に、複数の取組を組み合わせて申請できます。", 0)
    for i, (head, what, cap, caution) in enumerate(PROJECTS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("対象となる経費", what), ("上限額", f"{cap}万円"), ("注意点", caution)], 1)
    st += notes([f"※ 上限額は取組ごとの額です。補助金の額の合計は、１事業者当たり{FIRM_CAP}万円（組合は{UNION_CAP}万円）を上限とし、千円未満の端数は切り捨てます。"])
    st += [P("３　申請の手続", H1)]
    st += numbered([
        f"① 事前相談（地場産業振興課へ。申請書の書き方は{KUMIAI}でも相談できます）",
        "② 申請書の提出（受付期間内に、次の書類を添えて提出）",
        "③ 審査と交付決定の通知（申請の受付から１か月程度）",
        "④ 補助事業の実施（令和８年２月20日までに完了すること）",
        "⑤ 実績報告（事業の完了から30日以内に、領収書の写しを添えて提出）",
        "⑥ 補助金の額の確定と支払（実績報告の確認後、１か月程度）",
    ], 0)
    st += paras("申請書に添える書類は、次のとおりです。", 0)
    st += bullets([
        "事業計画書（様式第２号）",
        "経費の見積書の写し",
        "輸出先の取引先又は商談の相手が分かる書類",
        "直近２期分の決算書の写し（個人事業主は確定申告書の写し）",
    ], 0)
    st += [P("４　これまでの実績", H1)]
    st += paras(f"""
令和６年度は{last[1]}件の申請があり、{last[2]}件に交付しました（うち小規模企業者{fw(last[3])}件）。成果指標は、輸出に取り組む事業者数と海外からの商談件数が目標を上回りました。
""", 0)
    st += kept(record)
    st += notes(["※１ 輸出成約額は、補助事業の完了から１年以内に成約した輸出の額を、事業者の報告により集計したものです。令和６年度の分は集計中のため「－」とし、令和７年９月に公表する予定です。"])
    st += kept(kpi, "（令和６年度）")
    st += notes([f"※２ 達成率は、実績を目標で割った値を百分率で表し、小数点以下を四捨五入したものです。目標は「{PREF}地場産業振興プラン」によります。"])
    st += [P("５　よくある質問", H1)]
    qa = [
        ("組合として申請する場合、組合員の事業者も別に申請できますか。",
         "できます。ただし、同じ経費を組合と組合員の両方で申請することはできません。"),
        ("外国から輸入した石材を県内で加工した製品は対象になりますか。",
         "対象になりません。県内で採掘された石材を主な原料とするものに限ります。"),
        ("見本市に出品する墓石の輸送費は対象になりますか。",
         "なりません。この補助金は、品質の証明、輸出用の梱包、現地での施工指導の三つの取組に限ります。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("６　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{SEKIZAI_DEPT} 石材・窯業班　電話：099-937-5520　ファクス：099-937-5529",
        f"{KUMIAI}（申請書の書き方の相談）　電話：099-937-5600",
        "電子メール：buna-sekizai@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return kagu_specs() + jitensha_specs() + sekizai_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    kspecs, jspecs, sspecs = kagu_specs(), jitensha_specs(), sekizai_specs()
    kdoc = build_pdf(docs_dir / KAGU_PDF, kspecs, kagu_story(kspecs),
                     f"令和７年度 {KAGU} 募集要項", "令和７年４月", KAGU_DEPT)
    jdoc = build_pdf(docs_dir / JITENSHA_PDF, jspecs, jitensha_story(jspecs),
                     f"令和６年度 {JITENSHA} 報告書", "令和７年１月", JITENSHA_DEPT)
    sdoc = build_pdf(docs_dir / SEKIZAI_PDF, sspecs, sekizai_story(sspecs),
                     f"令和７年度 {SEKIZAI} 申請の手引き", "令和７年４月", SEKIZAI_DEPT)
    gold = all_gold({KAGU_PDF: kdoc.row_pages, JITENSHA_PDF: jdoc.row_pages, SEKIZAI_PDF: sdoc.row_pages})
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
    # --- kagu: the furniture exports subsidy call, tables (a) (b) (c), definitions, notes, costs not covered, sibling sections
    dict(question="ドイツの家具店にソファを売り込みたい会社が、燃えにくさの試験を受けるそうです。この試験の補助の上限額はいくらですか？",
         category="kagu", doc=KAGU_PDF,
         evidence=["米国、カナダ、ＥＵ加盟国及び英国", "防炎性能試験 60 500"], answer=["500"],
         notes="two facts: ドイツ is an ＥＵ member, so 欧米向け (definition in ２); 燃えにくさの試験 = 防炎性能試験 "
               "(definition in ３); (a) two-level header whose groups are the markets, leaf 欧米向け／上限額（千円） "
               "(unit 千円 only in the leaf); 60 (the rate) is the trap"),
    dict(question="台湾の家具チェーン向けにソファを輸出したい会社が、燃えにくさの試験を受けたいそうです。この試験の費用は補助されますか？",
         category="kagu", doc=KAGU_PDF,
         evidence=["防炎性能試験 60 500", "補助の対象にならないことを示します"], answer=["対象にならない"],
         notes="(a) the 「－」 cells of 防炎性能試験 under アジア・その他向け (台湾 is not 欧米, definition in ２), read "
               "through note ※１ (「－」 = not covered); the 欧米向け figures 60 / 500 are the trap"),
    dict(question="米国向けに椅子を３種類輸出する予定で、それぞれホルムアルデヒドの試験を受けたいそうです。この試験の上限額は合わせていくらになりますか？",
         category="kagu", doc=KAGU_PDF,
         evidence=["ホルムアルデヒド試験 60 150 50 100", "１品目当たりの額です"], answer=["450千円"], computed=True,
         notes="(a) leaf 欧米向け／上限額（千円） = 150, and note ※２ makes it a cap per 品目 (up to four): 150 × 3 = "
               "450千円; 150 alone is the trap"),
    dict(question="以前この補助金を使ってミラノの家具見本市に出展した会社が、今年も同じ見本市に出たいそうです。見本市出展の上限額はいくらになりますか？",
         category="kagu", doc=KAGU_PDF,
         evidence=["海外見本市出展 50 1,500 50 1,000", "上限額を上表の２分の１とします", "ＥＵ加盟国及び英国"],
         answer=["750千円"], computed=True,
         notes="three facts: ミラノ is in an ＥＵ member, so 欧米向け (definition in ２); (a) leaf 欧米向け／上限額（千円） "
               "= 1,500; note ※４ halves it for a fair already attended with the grant: 1,500 / 2 = 750千円"),
    dict(question="家具の輸出補助金では、2022年度に何件が採択されましたか？",
         category="kagu", doc=KAGU_PDF, evidence=["令和４年度 21 13 ５ 14,350"], answer=["13"],
         notes="(b) years as rows: 2022年度 = 令和４年度 (only 2020年度 is printed in Western form); column 採択件数（件）; "
               "21 (申請件数) and ５ (うち欧米向け) are the traps"),
    dict(question="家具の輸出補助金で、制度が始まってから令和６年度までに欧米向けとして採択された案件は、全部で何件ですか？",
         category="kagu", doc=KAGU_PDF, evidence=["合計 103 64 25 70,850"], answer=["25"],
         notes="(b) the 合計 row over the five years (a fiscal_year_range), column うち欧米向け（件）; 64 (all adoptions, "
               "also in the prose of １) is the trap"),
    dict(question="家具の輸出補助金に2024年度に申請した案件のうち、採択されたのは何％でしたか？",
         category="kagu", doc=KAGU_PDF, evidence=["令和６年度 27 16 ７ 19,840"], answer=["59.3%"], computed=True,
         notes="(b) share within a row: 16 / 27 = 59.3 % (2024年度 = 令和６年度)"),
    dict(question="令和６年度に採択されたＥＵ向けの家具の案件では、補助対象の経費区分が延べいくつ使われましたか？",
         category="kagu", doc=KAGU_PDF, evidence=["ＥＵ １ ３ ２ １ ２ ９"], answer=["９"],
         notes="(c) total column on the right: row ＥＵ, column 計; note ※６: 計 counts cost items used, not projects "
               "(the number of ＥＵ projects is printed nowhere)"),
    dict(question="令和６年度に採択された家具の案件で使われた経費区分のうち、ホルムアルデヒド試験は何％を占めますか？",
         category="kagu", doc=KAGU_PDF, evidence=["合計 ４ 10 ７ ９ ８ 38"], answer=["26.3%"], computed=True,
         notes="(c) share in the 合計 row: ホルムアルデヒド試験 (a header printed over two lines) 10 / 計 38 = 26.3 %; "
               "10 / 16 adoptions is a wrong reading (note ※６)"),
    dict(question="椅子メーカーの活用事例では、補助金はいくら交付されましたか？",
         category="kagu", doc=KAGU_PDF, evidence=["（１）椅子製造業Ａ社", "補助金の額：78万円"], answer=["78万円"],
         notes="sibling sections （１）–（３） of ６ share the labels 輸出先, 活用した経費, 補助金の額; （１）椅子製造業Ａ社; "
               "165万円 and 36万円 are the siblings' values"),
    dict(question="海外の見本市の会場に現地のバイヤーを招いて食事会を開く費用は、家具の輸出補助金の対象になりますか？",
         category="kagu", doc=KAGU_PDF, evidence=["次の経費は補助の対象になりません", "見本市の会場での飲食や接待に要する経費"],
         answer=["対象になりません"],
         notes="the costs not covered (a lead sentence and four ○ items): 見本市の会場での飲食や接待; 海外見本市出展 "
               "(covered) is the near miss"),
    # --- jitensha: the bicycle makers' export survey, tables (d) (e) (f), definitions, prose figures, sibling sections
    dict(question="県の自転車・部品メーカーの輸出調査は、何社から回答があったのでしょうか？",
         category="jitensha", doc=JITENSHA_PDF, evidence=["回答数：156社（回答率65.0％）"], answer=["156社"],
         notes="「label：value」 line 回答数 (of the 240社 of 調査対象); 84社 (輸出企業) is a near miss"),
    dict(question="ペダルだけを作っている会社は、この調査ではどの製品区分に入りますか？",
         category="jitensha", doc=JITENSHA_PDF, evidence=["「その他部品」は、ペダル、チェーン、スタンド等"],
         answer=["その他部品"],
         notes="note ※１ after (d) on the continuation page: その他部品 = ペダル、チェーン、スタンド等 (so 部品 by the "
               "definition in １)"),
    dict(question="車輪やタイヤを作っている会社のうち、商社を通さず自社で輸出しているのは何社ですか？",
         category="jitensha", doc=JITENSHA_PDF, evidence=["車輪・タイヤ 21 13 ８ 1,722"], answer=["８"],
         notes="(d) continuation page (no header there): row 車輪・タイヤ, column うち直接輸出（社） (definition of "
               "直接輸出 in １); 13 (輸出企業数) is the trap"),
    dict(question="製品区分別に見ると、輸出額が２番目に多いのはどの区分ですか？",
         category="jitensha", doc=JITENSHA_PDF, evidence=["スポーツ車 12 ９ ６ 1,954"], answer=["スポーツ車"],
         notes="(d) ranking in the column 輸出額（百万円）: 変速機・ブレーキ 2,765 (named in the prose), スポーツ車 1,954, "
               "車輪・タイヤ 1,722; the rows are not sorted; second-largest"),
    dict(question="部品メーカーの輸出額は、全部でいくらになりますか？",
         category="jitensha", doc=JITENSHA_PDF,
         evidence=["完成車の３区分の輸出額は3,652百万円", "合計 156 84 47 10,950"], answer=["7,298百万円"], computed=True,
         notes="(d) 合計 minus the 完成車 of the prose (note ※１: 部品 = the other six rows): 10,950 − 3,652 = 7,298百万円"),
    dict(question="中国向けの自転車関連の輸出額は、前の年度と比べてどのくらい変わりましたか？",
         category="jitensha", doc=JITENSHA_PDF, evidence=["中国 1,460 1,187 ▲273"], answer=["273"],
         notes="(e) 増減 column, printed ▲273 (note ※２: ▲ = a decrease), so down 273百万円; the unit only in the "
               "caption note （単位：百万円）"),
    dict(question="2022年度の台湾向けの自転車関連の輸出額はいくらでしたか？",
         category="jitensha", doc=JITENSHA_PDF, evidence=["台湾 1,318 1,402 84"], answer=["1,318"],
         notes="(e) years as columns: 2022年度 = 令和４年度 (the report prints only 2024年 in Western form); 1,402 "
               "(令和５年度) is the trap"),
    dict(question="ＥＵ向けの自転車関連の輸出額は、前年度から何％伸びましたか？",
         category="jitensha", doc=JITENSHA_PDF, evidence=["ＥＵ 2,105 2,472 367"], answer=["17.4%"], computed=True,
         notes="(e) growth: 増減 367 / 令和４年度 2,105 = 17.4 %"),
    dict(question="部品メーカーのうち、海外での安売り競争が厳しくなったことを課題に挙げたのは、どのくらいの割合ですか？",
         category="jitensha", doc=JITENSHA_PDF, evidence=["海外の価格競争の激化 47.6 45.0 48.4"], answer=["48.4"],
         notes="(f) unruled table, column 部品 (per cents of the 64 部品 exporters, note ※３); 47.6 (全体) and 45.0 "
               "(完成車) are the traps"),
    dict(question="ギアチェンジの部品を作っている会社の事例では、輸出比率はどのくらいですか？",
         category="jitensha", doc=JITENSHA_PDF, evidence=["（２）変速機製造業Ｅ社", "輸出比率：約65％"], answer=["約65％"],
         notes="sibling sections （１）–（３） of ５ share the labels 主な輸出先, 輸出比率, 取組の特徴; （２）変速機製造業Ｅ社 "
               "(ギアチェンジの部品 = 変速機); 約40％ and 約15％ are the siblings' values"),
    # --- sekizai: the stone-product exports subsidy handbook, tables (g) (h), label-value lines, sibling sections, steps, Q&A
    dict(question="従業員12人で墓石を加工している会社が石材の輸出補助金に申請する場合、補助率はいくらになりますか？",
         category="sekizai", doc=SEKIZAI_PDF,
         evidence=["常時使用する従業員の数が20人以下", "補助率：２分の１（小規模企業者は３分の２）"], answer=["３分の２"],
         notes="two facts: 12人 is within the 20人 of 小規模企業者 (definition in １), and the 「label：value」 line 補助率 "
               "gives them ３分の２; ２分の１ is the trap"),
    dict(question="海外に職人を送って、現地の業者に石の据え付け方を教えたいそうです。この取組の上限額はいくらですか？",
         category="sekizai", doc=SEKIZAI_PDF, evidence=["（３）現地での施工指導", "上限額：120万円"], answer=["120万円"],
         notes="sibling sections （１）–（３） of ２ share the labels 対象となる経費, 上限額, 注意点; （３）現地での施工指導 "
               "(据え付け方を教える = 施工指導, definition in １); 60万円 and 80万円 are the siblings' values, 200万円 the firm cap"),
    dict(question="中国から仕入れた石を県内で加工した灯籠も、石材の輸出補助金の対象になりますか？",
         category="sekizai", doc=SEKIZAI_PDF,
         evidence=["外国から輸入した石材を県内で加工した製品", "対象になりません。県内で採掘された石材"],
         answer=["対象になりません"],
         notes="Q&A: Ａ of Ｑ２ (and the 「県産石材製品」 definition: 県内で採掘された石材 as the main material)"),
    dict(question="石材の輸出補助金で、補助事業が終わったら実績報告はいつまでに出せばよいですか？",
         category="sekizai", doc=SEKIZAI_PDF, evidence=["実績報告（事業の完了から30日以内"], answer=["30日以内"],
         notes="procedure step ⑤ (１か月程度 of steps ③ and ⑥ are near misses)"),
    dict(question="石材製品の輸出補助金には、2021年度に何件の申請がありましたか？",
         category="sekizai", doc=SEKIZAI_PDF, evidence=["令和３年度 10 ７ ３ 8,120 5,380"], answer=["10"],
         notes="(g) years as rows, headers over two lines: 2021年度 = 令和３年度 (the handbook prints no Western year); "
               "column 申請件数（件）; ７ (交付件数) is the trap"),
    dict(question="石材製品の輸出補助金で2024年度に交付した案件は、輸出の成約額がいくらになりましたか？",
         category="sekizai", doc=SEKIZAI_PDF, evidence=["令和６年度の分は集計中", "令和７年９月に公表する予定"],
         answer=["集計中"],
         notes="(g) the 「－」 cell of 令和６年度 under 輸出成約額（万円）, read through note ※１ (being tallied, to be "
               "published in 令和７年９月); 9,640 (令和５年度) is the trap"),
    dict(question="石材製品の輸出額は、令和６年度の目標にあとどれだけ届きませんでしたか？",
         category="sekizai", doc=SEKIZAI_PDF, evidence=["石材製品の輸出額（百万円） 480 436 91"], answer=["44百万円"],
         computed=True,
         notes="(h) KPI table, unit in the row label's bracket: 目標 480 − 実績 436 = 44百万円; 91 (達成率) is the trap"),
    dict(question="石材製品の輸出補助金で、交付件数が初めて10件を超えたのは西暦で何年度ですか？",
         category="sekizai", doc=SEKIZAI_PDF,
         evidence=["令和４年度 13 ９ ４ 11,470 7,950", "令和５年度 15 11 ５ 14,260 9,640"], answer=["2023年度"],
         computed=True,
         notes="(g) column 交付件数（件）: ９ in 令和４年度, 11 in 令和５年度, so 令和５年度 → 2023年度 (era → Western; the "
               "申請件数 passed 10 earlier, the trap)"),
    # --- followups
    dict(question="では、そのカタログをシンガポール向けに作る場合、上限額はいくらですか？",
         category="followup", doc=KAGU_PDF, evidence=["外国語カタログ制作 50 400 50 300"], answer=["300"],
         history=_turns("ＥＵ向けに外国語のカタログを作る場合、家具の輸出補助金の補助率は何％ですか？",
                        "欧米向けの外国語カタログ制作の補助率は50％です[1]。"),
         notes="(a) the row from the history (外国語カタログ制作), the other group and leaf: アジア・その他向け／上限額（千円）; "
               "400 (欧米向け) is the trap"),
    dict(question="それは前の年度と比べて、いくら増えましたか？",
         category="followup", doc=JITENSHA_PDF, evidence=["米国 2,380 2,615 235"], answer=["235"],
         history=_turns("自転車関連の令和５年度の米国向け輸出額はいくらでしたか？",
                        "米国向けの輸出額は2,615百万円でした[1]。"),
         notes="(e) the row from the history (米国), column 増減 (百万円 from the caption note)"),
    dict(question="そのうち、従業員20人以下の会社は何社ですか？",
         category="followup", doc=JITENSHA_PDF, evidence=["従業員20人以下の企業は88社のうち31社"], answer=["31社"],
         history=_turns("自転車の輸出調査で、輸出している企業は何社ありましたか？",
                        "回答企業156社のうち84社（53.8％）が輸出していました[1]。"),
         notes="a prose-only figure of ３ (the firm sizes are in no table): 31 of the 84 exporters; 88 (all small "
               "respondents) is the trap"),
    dict(question="その組合の電話番号を教えてください。",
         category="followup", doc=SEKIZAI_PDF, evidence=["電話：099-937-5600"], answer=["099-937-5600"],
         history=_turns("石材の輸出補助金の申請書の書き方が分からないという会社があります。どこに相談すればよいですか？",
                        "申請書の書き方は、橅県石材協同組合でも相談できます[1]。"),
         notes="contact box of the handbook: the 組合's phone (second line); the 班's phone 099-937-5520 and fax "
               "099-937-5529 (first line) are the near misses"),
    dict(question="その指標の達成率は何％ですか？",
         category="followup", doc=SEKIZAI_PDF, evidence=["輸出に取り組む事業者数（社） 25 27 108"], answer=["108"],
         history=_turns("石材の輸出補助金の成果指標で、令和６年度に輸出に取り組んだ事業者数の実績は何社でしたか？",
                        "実績は27社でした[1]。"),
         notes="(h) KPI table, the row from the history, column 達成率（％）; 25 (目標) is the trap"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="家具の輸出補助金を使った会社は、その後、海外での売上がどのくらい伸びましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives applications, adoptions, grants and cost items used, not the grantees' sales afterwards",
         absent=["家具の輸出額", "売上の伸び", "販売額"]),
    dict(question="家具のホルムアルデヒド試験は、県が指定した試験機関で受けなければいけませんか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call defines the test and its caps, but names no testing body and no rule on where to test",
         absent=["試験機関", "指定した"]),
    dict(question="県内の自転車メーカーは、電動アシスト自転車を年間何台くらい輸出していますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives export values (百万円) and firms, not units shipped",
         absent=["台数", "万台"]),
    dict(question="2021年度の中国向けの自転車関連の輸出額は分かりますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the exports by destination for 令和４年度 and 令和５年度 only",
         absent=["令和３年度の輸出", "2021年度"]),
    dict(question="石材製品のうち、墓石だけの輸出額はいくらですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the handbook gives the total export value of stone products (KPI) and the contracts won, not by product",
         absent=["墓石の輸出額", "品目別"]),
    dict(question="石材の放射線量の測定で、輸出先が求める基準値はどのくらいですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the handbook covers the cost of the measurement and certificate, not the destinations' limits",
         absent=["基準値", "ベクレル", "シーベルト"]),
]
CATEGORY_COUNTS = {"kagu": 11, "jitensha": 10, "sekizai": 8, "followup": 5, "unanswerable": 6}
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h89q", "h89t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H = (
    "経費区分別の補助率と上限額", "申請と採択の実績", "市場別・経費区分別の利用件数",
    "製品区分別の回答企業と輸出の状況", "輸出先別の輸出額", "輸出の課題（複数回答）",
    "交付の実績", "成果指標の目標と実績")
LETTERS = dict(zip((A, B, C, D, E, F, G, H), "abcdefgh"))
GOLD_PER_TABLE = {A: 18, B: 24, C: 44, D: 40, E: 27, F: 18, G: 24, H: 12}
PLANNED_DASHES = {  # (row, column) of every cell printed 「－」, per table
    A: {("防炎性能試験", "アジア・その他向け／補助率（％）"), ("防炎性能試験", "アジア・その他向け／上限額（千円）")},
    C: {(m, "防炎性能試験") for m in ("中国", "台湾", "シンガポール", "その他")},
    G: {("令和６年度", "輸出成約額（万円）")},
}


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


COMPUTED = {  # question id -> the answer string, computed from gold cells (or, where a note says so, prose data)
    "h89q03": lambda g: f"{g(A, 'ホルムアルデヒド試験', '欧米向け／上限額（千円）', 2025) * 3}千円",
    "h89q04": lambda g: f"{g(A, '海外見本市出展', '欧米向け／上限額（千円）', 2025) // 2}千円",
    "h89q07": lambda g: _pct(g(B, "令和６年度", "採択件数（件）", 2024), g(B, "令和６年度", "申請件数（件）", 2024)),
    "h89q09": lambda g: _pct(g(C, "合計", "ホルムアルデヒド試験", 2024), g(C, "合計", "計", 2024)),
    "h89q16": lambda g: f"{g(D, '合計', '輸出額（百万円）', 2023) - sum(g(D, r, '輸出額（百万円）', 2023) for r in COMPLETE):,}百万円",
    "h89q19": lambda g: _pct(g(E, "ＥＵ", "増減", None), g(E, "ＥＵ", "令和４年度", 2022)),
    "h89q28": lambda g: f"{g(H, '石材製品の輸出額（百万円）', '目標', 2024) - g(H, '石材製品の輸出額（百万円）', '実績', 2024)}百万円",
    "h89q29": lambda g: next(f"{y}年度" for y, *_x in SEKI_RECORD if g(G, era(y), "交付件数（件）", y) > 10),
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {KAGU_PDF: (2, 3), JITENSHA_PDF: (2, 3), SEKIZAI_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (8, 40)  # after norm
TABLE_QUESTIONS = 12  # at least, outside the followups
BEFORE_BREAK_ROWS = ("完成車（一般用）", "電動アシスト自転車")  # rows of (d) expected before the page break
CONTINUED_ROWS = ("車輪・タイヤ", "サドル・ハンドル", "ライト・付属品", "その他部品", "合計")  # and after it
TWO_LINE_HEADERS = {"uses": 5, "seki_record": 5}  # header cells printed over two lines: (c)'s cost items, all of (g)'s values


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout89.py")
    for f in ("questions.jsonl", "tables.jsonl", "README.md"):  # the other helper's prefecture, anywhere
        if (out / f).exists() and OTHER_PREF in (out / f).read_text(encoding="utf-8"):
            errors.append(f"{f} names the other helper's prefecture")
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
    ids = [q.get("id") for q in questions]
    if len(set(ids)) != len(ids):
        errors.append("question ids are not unique")
    if len(questions) != 40 or sum(q.get("category") == "unanswerable" for q in questions) != 6:
        errors.append(f"{len(questions)} questions, expected 40 with 6 unanswerable")
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
        if history and q["category"] != "followup":
            errors.append(f"{qid}: only followups may have a history")
        if history:
            roles = [t["role"] for t in history]
            if roles != ["user", "assistant"] or set(history[0]) != {"role", "content"}:
                errors.append(f"{qid}: history must be one user turn and one assistant turn")
            if "[1]" not in history[1]["content"]:
                errors.append(f"{qid}: the assistant turn lacks its [1] citation marker")
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
        if not 1 <= len(q["evidence"]) <= 3 or len(q["answer"]) != 1:
            errors.append(f"{qid}: an answerable question needs 1-3 evidence strings and one answer")
        errors += check_answerable(qid, q, doc_text[q["doc"]], EVIDENCE_LEN)
        if q.get("computed"):
            # stricter than docgen: not even the bare number of a computed answer is printed
            for a in q["answer"]:
                bare = re.sub(r"(%|百万円|万円|千円|円|件|人|社|回|年度)$", "", nfkc(a))
                if bare in doc_text[q["doc"]]:
                    errors.append(f"{qid}: the computed number {bare} is printed in its document")
        for t in table_of(q):
            if next(g["doc"] for g in gold if g["table"] == t) != q["doc"]:
                errors.append(f"{qid}: its notes name table {t} of another document")
    errors += check_question_mix(questions, CATEGORY_COUNTS, western_share=(0.35, 0.65))
    sibling = sum("sibling" in q["notes"] and q["category"] not in ("followup", "unanswerable") for q in questions)
    if sibling != SIBLING:
        errors.append(f"{sibling} sibling-section questions, expected {SIBLING}")
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
    for t in LETTERS:  # every table (every layout) is asked about
        if not any(t in table_of(q) for q in questions if q["doc"]):
            errors.append(f"no question on table {t}")
    for doc in ALL_PDFS:
        if sum(q["doc"] == doc for q in questions) < 10:
            errors.append(f"{doc}: fewer than 10 questions")
    if sum("second" in q["notes"] and q["category"] != "unanswerable" for q in questions) < 1:
        errors.append("no second-largest question")
    n_computed = sum(bool(q.get("computed")) for q in questions)
    if not 6 <= n_computed <= 12:
        errors.append(f"{n_computed} computed questions, expected 6-12")
    # the 「－」 cells the questions ask about are no gold cells
    gold_keys = {(g["table"], g["row"], g["column"]) for g in gold}
    for t, cells in PLANNED_DASHES.items():
        for r, c in cells:
            if (t, r, c) in gold_keys:
                errors.append(f"{t} / {r} / {c}: a 「－」 cell is a gold cell")
    errors += check_computed(questions, COMPUTED, GoldIndex(gold))
    return errors


def check_gold(gold, pages) -> list[str]:
    errors = []
    specs = {s.title: s for s in all_specs()}
    doc_text = {n: norm("\n".join(p)) for n, p in pages.items()}

    def page_text(doc, page):
        return norm(pages[doc][page - 1])

    any_page = defaultdict(lambda: {0})
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout89.py")
    per_table = defaultdict(int)
    for g in gold:
        per_table[g["table"]] += 1
    if dict(per_table) != GOLD_PER_TABLE:
        errors.append(f"gold cells per table {dict(per_table)}, expected {GOLD_PER_TABLE}")
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
        if g["number"] is None or g["value"] == DASH:
            errors.append(f"{g['id']}: every gold cell should be numeric (「－」 is no gold cell)")
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
            # each printed row, cell after cell (the 「－」 cells included), on its page: so every gold value is
            # printed in its own row
            if norm("".join(spec.printed_row(i))) not in page_text(g["doc"], g["page"]):
                errors.append(f"row sequence of {title} / {spec.row_label(i)} not on page {g['page']}")
        gold_cells = {(g["row"], g["column"]) for g in gold if g["table"] == title}
        for i, r in enumerate(spec.rows):
            for c in spec.value_cols:
                key = (spec.row_label(i), spec.column_label(c))
                if (r[c] == DASH) == (key in gold_cells):
                    errors.append(f"{title} / {key}: a 「－」 cell must be no gold cell, every other cell one")
        if spec.dash_cells() != PLANNED_DASHES.get(title, set()):
            errors.append(f"{title}: 「－」 cells {sorted(spec.dash_cells())}, planned {sorted(PLANNED_DASHES.get(title, set()))}")
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
            if tab[total][col] != sum(tab[r].get(col, 0) for r in rows):
                errors.append(f"{table}: {total} of {col} does not add up")

    # (a): a cap within the firm caps of note ※３; the formaldehyde cap times the items of note ※２ too
    for row, r in t[A].items():
        for col, firm in (("欧米向け／上限額（千円）", FIRM_CAP_WEST), ("アジア・その他向け／上限額（千円）", FIRM_CAP_OTHER)):
            if col in r and r[col] * (TEST_ITEMS_MAX if row == "ホルムアルデヒド試験" else 1) > firm * 10:
                errors.append(f"{A} / {row}: {col} above the firm cap of note ※３")
        if any(v > 100 for k, v in r.items() if "補助率" in k):
            errors.append(f"{A} / {row}: a rate above 100 %")
    # (b): growing applications; 欧米向け within adoptions within applications; grants within the firm cap; 合計
    b = t[B]
    years = [r for r in b if r != "合計"]
    ns = [b[r]["申請件数（件）"] for r in years]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for row in years:
        r = b[row]
        if not r["うち欧米向け（件）"] <= r["採択件数（件）"] <= r["申請件数（件）"] \
                or r["交付額（千円）"] > r["採択件数（件）"] * FIRM_CAP_WEST * 10:
            errors.append(f"{B} / {row}: adoptions or grants out of range")
    adds_up(B, ("申請件数（件）", "採択件数（件）", "うち欧米向け（件）", "交付額（千円）"))
    # (c): 計 is the row sum; 合計 adds up; uses within the (unprinted) projects; projects equal (b) of 令和６年度
    c = t[C]
    items = list(COST_ITEMS)
    adds_up(C, items + ["計"])
    for row, r in c.items():
        if r["計"] != sum(r.get(k, 0) for k in items):
            errors.append(f"{C} / {row}: 計 is not the sum of the cost items")
        if row != "合計" and any(r.get(k, 0) > PROJECTS_2024[row] for k in items):
            errors.append(f"{C} / {row}: more uses of a cost item than projects")
        if row != "合計" and ("防炎性能試験" in r) != (row in WEST_MARKETS):
            errors.append(f"{C} / {row}: 防炎性能試験 should be covered exactly for 欧米向け (note ※５)")
    if sum(PROJECTS_2024.values()) != b["令和６年度"]["採択件数（件）"] \
            or sum(PROJECTS_2024[m] for m in WEST_MARKETS) != b["令和６年度"]["うち欧米向け（件）"]:
        errors.append(f"{C}: the projects behind the uses differ from {B}")
    # (d): 合計 adds up; 直接 within 輸出 within 回答; the totals equal the firm sizes of the prose
    d = t[D]
    adds_up(D, ("回答企業数（社）", "輸出企業数（社）", "うち直接輸出（社）", "輸出額（百万円）"))
    if any(not r["うち直接輸出（社）"] <= r["輸出企業数（社）"] <= r["回答企業数（社）"] for r in d.values()):
        errors.append(f"{D}: counts out of order")
    if d["合計"]["回答企業数（社）"] != sum(s[1] for s in SIZES) or d["合計"]["輸出企業数（社）"] != sum(s[2] for s in SIZES):
        errors.append(f"{D}: 合計 differs from the firm sizes")
    # (e): 合計 adds up; 増減 is the difference, ▲ exactly on decreases; 令和５年度 合計 equals (d)
    e = t[E]
    adds_up(E, ("令和４年度", "令和５年度", "増減"))
    for row, r in e.items():
        if r["増減"] != r["令和５年度"] - r["令和４年度"]:
            errors.append(f"{E} / {row}: 増減 is not the difference")
    if e["合計"]["令和５年度"] != d["合計"]["輸出額（百万円）"]:
        errors.append(f"{E}: 合計 of 令和５年度 differs from {D}")
    # (f): the per cents come from the counts; the ｎ from (d) and note ※１
    n_all, n_c, n_p = exporters()
    if n_all != d["合計"]["輸出企業数（社）"] or n_c != sum(d[x]["輸出企業数（社）"] for x in COMPLETE):
        errors.append(f"{F}: the ｎ differ from {D}")
    for name, a, bb in ISSUES:
        r = t[F][name]
        want = (pct1(a + bb, n_all), pct1(a, n_c), pct1(bb, n_p))
        if tuple(Decimal(str(r[k])) for k in ("全体", "完成車", "部品")) != want:
            errors.append(f"{F} / {name}: per cents differ from the counts")
    # (g): growing applications; 小規模 within 交付 within 申請; grants within the 組合 cap
    gg = t[G]
    ns = [gg[r]["申請件数（件）"] for r in gg]
    if ns != sorted(set(ns)):
        errors.append(f"{G}: 申請件数 should grow every year")
    for row, r in gg.items():
        if not r["うち小規模企業者（件）"] <= r["交付件数（件）"] <= r["申請件数（件）"] \
                or r["交付額（千円）"] > r["交付件数（件）"] * UNION_CAP * 10:
            errors.append(f"{G} / {row}: grants out of range")
    # (h): 達成率 = 実績 / 目標, whole per cent rounded half up (note ※２)
    for row, r in t[H].items():
        if r["達成率（％）"] != pct0(r["実績"], r["目標"]):
            errors.append(f"{H} / {row}: 達成率 differs from 実績 / 目標")
    return errors


def lines_of(page: str) -> list[str]:
    return [norm(x) for x in page.splitlines() if norm(x)]


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    by_key = {s.title: s for s in all_specs()}
    # (d): continued over the page break, header on the first page only, note ※１ after it
    prod = specs["products"]
    bp = sorted({g["page"] for g in gold if g["table"] == D})
    if len(bp) != 2:
        errors.append(f"{D} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(prod.header[0]))
        on = [i + 1 for i, p in enumerate(pages[JITENSHA_PDF]) if header in norm(p)]
        if prod.repeat_header or on != bp[:1]:
            errors.append(f"{D}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[1]}
        if not 2 <= len(first) <= 7:
            errors.append(f"{D}: {len(first)} rows before the page break, expected 2-7")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{D}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        cont_text = norm(pages[JITENSHA_PDF][bp[1] - 1])
        if norm("ペダル、チェーン、スタンド等") not in cont_text:
            errors.append(f"{D}: note ※１ should follow the table on the continuation page")
        # the continuation page starts with the running header/footer, then directly the next row
        cont_lines = lines_of(pages[JITENSHA_PDF][bp[1] - 1])
        next_row = min((i for i in range(len(prod.rows)) if prod.row_label(i) in cont), default=None)
        if next_row is None or norm(prod.rows[next_row][0]) not in cont_lines[:6]:
            errors.append(f"{D}: the continuation page should open with a data row, not a header")
    for key, spec in specs.items():
        if key == "products":
            continue
        tp = {g["page"] for g in gold if g["table"] == spec.title}
        if len(tp) != 1:
            errors.append(f"{spec.title} is on pages {sorted(tp)}, expected one page")
    if specs["issues"].ruled or not all(s.ruled for k, s in specs.items() if k != "issues"):
        errors.append(f"only {F} must be drawn without ruling lines")
    # (a): two header rows, three spans, group (market)／leaf (rate, cap) columns, units from the leaves
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["欧米向け／補助率（％）", "欧米向け／上限額（千円）", "アジア・その他向け／補助率（％）", "アジア・その他向け／上限額（千円）"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "千円"}:
        errors.append(f"{A}: units should come from the header leaves")
    # (b) and (g): years as rows; (b)'s 合計 covers the five years
    if [g["fiscal_year"] for g in gold if g["table"] == B and g["row"] != "合計"][::4] != [y for y, *_x in RECORD]:
        errors.append(f"{B}: expected years as rows")
    if any(g["fiscal_year_range"] != [2020, 2024] for g in gold if g["table"] == B and g["row"] == "合計"):
        errors.append(f"{B}: the 合計 row should cover 2020-2024")
    gy = sorted({g["fiscal_year"] for g in gold if g["table"] == G})
    if gy != [y for y, *_x in SEKI_RECORD] or any(fiscal_year(g["row"]) != g["fiscal_year"] for g in gold if g["table"] == G):
        errors.append(f"{G}: expected years as rows")
    # (c): a total column 計 on the right
    if list(dict.fromkeys(g["column"] for g in gold if g["table"] == C))[-1] != "計":
        errors.append(f"{C}: expected a 計 column on the right")
    # (e): 増減 with ▲ exactly on the decreases, covering the two years
    eg = [g for g in gold if g["table"] == E]
    if not any(g["value"].startswith(DECREASE) for g in eg) \
            or any(g["value"].startswith(DECREASE) != (g["number"] < 0) for g in eg) \
            or any((g["column"] == "増減") != (g["fiscal_year_range"] == [2022, 2023]) for g in eg):
        errors.append(f"{E}: expected a 増減 column with ▲ on the decreases, covering 2022-2023")
    if any(g["fiscal_year_range"] is not None for g in gold
           if not (g["table"] == E and g["column"] == "増減") and not (g["table"] == B and g["row"] == "合計")):
        errors.append("only (b)'s 合計 row and (e)'s 増減 column may have a fiscal_year_range")
    # (e), (f), (c): units only in the caption note
    for t, u, note in ((E, "百万円", "（単位：百万円）"), (F, "%", "（単位：％）"), (C, "件", "（単位：件）")):
        spec = by_key[t]
        if {g["unit"] for g in gold if g["table"] == t} != {u} or any(bracket_unit(h) for h in spec.header[0]) \
                or norm(f"{t}") + norm(note) not in norm("".join(pages[spec.doc])).replace("(令和6年度)", ""):
            errors.append(f"{t}: the unit {u} should be given only in the caption note {note}")
    # (h): KPI columns 目標 / 実績 / 達成率, units from the row labels' brackets
    hg = [g for g in gold if g["table"] == H]
    if list(dict.fromkeys(g["column"] for g in hg)) != ["目標", "実績", "達成率（％）"] \
            or len({g["unit"] for g in hg if g["column"] != "達成率（％）"}) != len(KPIS) \
            or any(g["unit"] != bracket_unit(g["row"]) for g in hg if g["column"] != "達成率（％）"):
        errors.append(f"{H}: expected 目標 / 実績 / 達成率 with units from the row labels")
    # two-line headers really printed over two lines (one header line each, consecutive)
    for key, spec in specs.items():
        page = min(g["page"] for g in gold if g["table"] == spec.title)
        lines = lines_of(pages[spec.doc][page - 1])
        heads = [h for hrow in spec.header for h in hrow if "\n" in h]
        if len(heads) != TWO_LINE_HEADERS.get(key, 0):
            errors.append(f"{spec.title}: {len(heads)} header cells over two lines, expected {TWO_LINE_HEADERS.get(key, 0)}")
        for h in heads:
            a, b2 = (norm(x) for x in h.split("\n"))
            if not any(lines[i] == a and lines[i + 1] == b2 for i in range(len(lines) - 1)):
                errors.append(f"{spec.title}: header {h!r} is not printed over two lines")
    return errors


def check_prose(pages) -> list[str]:
    """Sibling sections print the same labels; figures stated in prose agree with the data."""
    errors = []

    def siblings(text, doc, labels, heads):
        for lab in labels:
            if text.count(norm(lab)) != len(heads):
                errors.append(f"{doc}: label {lab} printed {text.count(norm(lab))} times, expected {len(heads)}")
        page_texts = [norm(p) for p in pages[doc]]
        for i, head in enumerate(heads, 1):
            on = [k for k, t in enumerate(page_texts) if norm(f"（{fw(i)}）{head}") in t]
            if len(on) != 1:
                errors.append(f"{doc} lacks the heading of sibling section {i}")
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

    def defs(text, terms, what, named=()):
        """Terms defined as 「…」とは…, and terms named in a definition as 「…」という／といいます."""
        for d in terms:
            if norm(f"「{d}」とは") not in text:
                errors.append(f"{what}: the definition of {d} is missing")
        for d in named:
            if norm(f"「{d}」とい") not in text:
                errors.append(f"{what}: the term {d} is not named in a definition")

    def bullets_in(doc, items, what):
        raw = [norm(x) for x in "\n".join(pages[doc]).splitlines()]
        titles = [norm(s.title) for s in all_specs()]
        got = sum(x.startswith("○") and not any(t in x for t in titles) for x in raw)
        if got != items:
            errors.append(f"{what}: expected {items} bulleted items, got {got}")

    def qa(doc, n, what):
        raw = "\n".join(pages[doc]).splitlines()
        if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != n or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != n:
            errors.append(f"{what}: expected {n} Ｑ lines and {n} Ａ lines")

    # ---- the call for applications
    kt = norm("\n".join(pages[KAGU_PDF]))
    siblings(kt, KAGU_PDF, ("輸出先：", "活用した経費：", "補助金の額："), [c[0] for c in KAGU_CASES])
    if norm(f"延べ{sum(r[2] for r in RECORD)}件、{sum(r[4] for r in RECORD):,}千円") not in kt:
        errors.append("call: the totals in the prose differ from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件を採択しました（うち欧米向け{fw(last[3])}件）") not in kt:
        errors.append("call: the 令和６年度 figures in the prose differ from (b)")
    use_totals = [sum(u[j] or 0 for u in USES) for j in range(1, 6)]
    if COST_ITEMS[use_totals.index(max(use_totals))] != "ホルムアルデヒド試験" or use_totals.count(max(use_totals)) != 1:
        errors.append("call: 「ホルムアルデヒド試験が最も多く利用」 does not hold")
    rates = {r[0]: r for r in RATES}
    for head, where, _what, amount, window, items in KAGU_CASES:
        col, firm = (2, FIRM_CAP_WEST) if window == "west" else (4, FIRM_CAP_OTHER)
        caps = sum(rates[x][col] * k for x, k in items.items())
        if int(amount.rstrip("万円")) * 10 > min(firm * 10, caps) or ("欧米向け" in where) != (window == "west"):
            errors.append(f"call: case {head} exceeds its caps or is under the wrong window")
    if re.findall(r"20\d\d年", kt) != ["2020年"]:
        errors.append("call: only 2020年度 should be printed in Western form")
    defs(kt, ("県産家具", "ノックダウン設計", "欧米向け", "防炎性能試験", "ホルムアルデヒド試験"), "call", ("アジア・その他向け",))
    for x in EXCLUDED:
        if norm(x) not in kt:
            errors.append(f"call: the cost not covered {x} is missing")
    bullets_in(KAGU_PDF, len(EXCLUDED), "call")
    qa(KAGU_PDF, 2, "call")
    steps_of(KAGU_PDF, "①②③④⑤⑥⑦", "call")
    contacts(KAGU_PDF, ["099-931-4410", "099-931-4419", "099-931-4600"], ["buna-kagu@example.jp"], "call")

    # ---- the survey of bicycle makers
    jt = norm("\n".join(pages[JITENSHA_PDF]))
    siblings(jt, JITENSHA_PDF, ("主な輸出先：", "輸出比率：", "取組の特徴："), [c[0] for c in BIKE_CASES])
    total, (n_all, n_c, n_p) = sum(r[1] for r in PRODUCTS), exporters()
    value = sum(r[4] for r in PRODUCTS)
    direct = sum(r[3] for r in PRODUCTS)
    if norm(f"{total}社（回答率{pct1(total, TARGET)}％）") not in jt \
            or norm(f"回答企業{total}社のうち{n_all}社（{pct1(n_all, total)}％）") not in jt \
            or norm(f"合計{value:,}百万円") not in jt \
            or norm(f"完成車の３区分の輸出額は{sum(r[4] for r in PRODUCTS if r[0] in COMPLETE):,}百万円") not in jt \
            or norm(f"直接輸出を行っている企業は{direct}社（{pct1(direct, n_all)}％）") not in jt:
        errors.append("survey: the figures in the prose differ from (d)")
    if max(PRODUCTS, key=lambda r: r[4])[0] != "変速機・ブレーキ" or max(PRODUCTS, key=lambda r: r[2])[0] != "車輪・タイヤ" \
            or sorted(PRODUCTS, key=lambda r: -r[4])[1][0] != "スポーツ車" or PRODUCTS[1][0] == "スポーツ車":
        errors.append("survey: the tops of (d) in the prose (or the second, not printed second) do not hold")
    (l_name, l_n, l_t), (s_name, s_n, s_t) = SIZES
    if norm(f"{l_name}の企業は{l_n}社のうち{l_t}社") not in jt or norm(f"{s_name}の企業は{s_n}社のうち{s_t}社") not in jt \
            or not s_t / s_n < l_t / l_n or not direct / n_all > 0.5:
        errors.append("survey: the firm sizes or the key points differ from the data")
    ta, tb = sum(r[1] for r in DESTINATIONS), sum(r[2] for r in DESTINATIONS)
    dest = {r[0]: r for r in DESTINATIONS}
    diffs = {r[0]: r[2] - r[1] for r in DESTINATIONS}
    if not 0.4 < (dest["米国"][2] + dest["ＥＵ"][2]) / tb < 0.5 or max(diffs, key=diffs.get) != "ＥＵ" \
            or min(diffs, key=diffs.get) != "中国":
        errors.append("survey: 「米国とＥＵが半分近く」, 「ＥＵの伸びが最も大きく」 or 「中国は大きく減った」 does not hold")
    tops = [max(ISSUES, key=lambda r, k=k: (r[1] + r[2]) / n_all if k == 0 else r[k] / (n_c if k == 1 else n_p))[0]
            for k in (0,)]
    second_c = sorted(ISSUES, key=lambda r: -r[1])[1][0]
    second_p = sorted(ISSUES, key=lambda r: -r[2])[1][0]
    if tops != ["海上運賃・輸送費の上昇"] or second_c != "輸出先の安全基準・認証への対応" or second_p != "海外の価格競争の激化" \
            or len({r[1] for r in ISSUES[:2]}) != 2:
        errors.append("survey: the tops of (f) in the prose do not hold")
    if re.findall(r"20\d\d年", jt) != ["2024年"] or re.findall(r"20\d\d年度", jt):
        errors.append("survey: only 2024年 (調査基準日) should be printed in Western form")
    defs(jt, ("完成車", "部品", "輸出企業", "輸出比率"), "survey", ("直接輸出",))
    bullets_in(JITENSHA_PDF, len(KEY_POINTS) + 3, "survey")
    steps_of(JITENSHA_PDF, "①②③④", "survey")
    contacts(JITENSHA_PDF, ["099-934-2610", "099-934-2619", "099-934-2700"], ["buna-keizai@example.jp"], "survey")

    # ---- the handbook
    st = norm("\n".join(pages[SEKIZAI_PDF]))
    siblings(st, SEKIZAI_PDF, ("対象となる経費：", "上限額：", "注意点："), [p[0] for p in PROJECTS])
    if sum(p[2] for p in PROJECTS) <= FIRM_CAP or any(p[2] > FIRM_CAP for p in PROJECTS):
        errors.append("handbook: the caps of the projects should each fit, and together exceed, the firm cap")
    last = SEKI_RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件に交付しました（うち小規模企業者{fw(last[3])}件）") not in st:
        errors.append("handbook: the 令和６年度 figures in the prose differ from (g)")
    above = [n for n, t, a in KPIS if a >= t]
    if above != ["輸出に取り組む事業者数（社）", "海外からの商談件数（件）"]:
        errors.append("handbook: the KPIs that met their targets differ from the prose")
    if re.findall(r"20\d\d年", st):
        errors.append("handbook: no Western year should be printed")
    defs(st, ("県産石材製品", "施工指導", "小規模企業者"), "handbook")
    bullets_in(SEKIZAI_PDF, 4, "handbook")
    qa(SEKIZAI_PDF, 3, "handbook")
    steps_of(SEKIZAI_PDF, "①②③④⑤⑥", "handbook")
    contacts(SEKIZAI_PDF, ["099-937-5520", "099-937-5529", "099-937-5600"], ["buna-sekizai@example.jp"], "handbook")
    # every phone number is fictional (099-93x-xxxx), every mail address under example.jp, one prefecture only
    for name, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,5}-\d{2,4}-\d{3,4}", text):
            if not re.fullmatch(PHONE_RE, ph):
                errors.append(f"{name}: phone number {ph} outside 099-93x-xxxx")
        for mail in re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text):
            if not mail.endswith(MAIL_DOMAIN):
                errors.append(f"{name}: mail address {mail} outside {MAIL_DOMAIN}")
        named = set(re.findall(r"([\u4e00-\u9fff])県", "\n".join(p)))  # on the raw text: no line joined to the next
        if PREF not in p[0] or OTHER_PREF in text or named != {PREF[0]}:
            errors.append(f"{name}: the prefecture should be {PREF} only, found {sorted(named)}")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
