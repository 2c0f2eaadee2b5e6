"""Build the 椥県 held-out set 81: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (椥県 and every town, scheme, organisation, phone number, address
and figure). The documents are in three genres the earlier sets do not use: a call for
applications (募集要項) for a subsidy towards exports of cut flowers and potted plants
(椥県産花き輸出支援補助金: plant quarantine, removing the soil of potted plants, keeping cut flowers
fresh, cold-chain packing and transport, trade fairs abroad, promotion material) with the rates and
the caps by product (two-line header cells, 「－」 cells for a cost not covered for that product), a
yearly record (years as rows with a 合計 row) and a KPI table (目標 / 実績 / 達成率); the report of a
survey of the prefecture's tea growers, factories and merchants on their exports of Japanese tea
(椥県産日本茶の輸出に関する実態調査) with the respondents and exports by area (a table continued over a
page break without its header), the exports by kind of tea under a two-level header (years over
quantity and value) with a 増減 column printing decreases with ▲, and the exports by destination
(a 合計 row that is not the column sum, explained by a note); and the user guide (利用案内) of a desk
translating small firms' company brochures and business cards into foreign languages
(外国語会社案内・名刺翻訳支援窓口) with the fees by language (「－」 cells, a half fee for 小規模企業者 in a
note) and an unruled table of the requests by language with a total column on the right; see
README.md beside this file.

    python make_heldout81.py [OUTPUT_DIR]          # default: this file's directory

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

KAKI_PDF = "tei_kaki_yushutsu_hojokin_boshu_yoko_r7.pdf"
CHA_PDF = "tei_nihoncha_yushutsu_jittai_chosa_r6.pdf"
HONYAKU_PDF = "tei_kaisha_annai_meishi_honyaku_madoguchi_riyo_annai_r7.pdf"
ALL_PDFS = (KAKI_PDF, CHA_PDF, HONYAKU_PDF)

UNITS = ("か国・地域", "百万円", "万円", "千円", "円", "件", "者", "トン", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
DASH = "－"  # a cell with no figure; explained by a note in each table that has one
DECREASE = "▲"
PHONE_RE = r"099-85\d-\d{4}"  # every phone number of the set
MAIL_DOMAIN = "@example.jp"
PREF = "椥県"
FORBIDDEN_PREFS = ("楊県",)  # never written


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
    text and 「－」."""
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


def pct1(k, n) -> Decimal:
    """k / n in per cent with one decimal, rounded half up."""
    return half_up(Decimal(k) * 100 / Decimal(n), "0.1")


def pct0(k, n) -> int:
    """k / n in whole per cent, rounded half up."""
    return int(half_up(Decimal(k) * 100 / Decimal(n), "1"))


def cell(x) -> str:
    """A table cell: None -> 「－」, an int as docgen prints it (single digits full-width), a
    Decimal with one decimal."""
    if x is None:
        return DASH
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def signed(x) -> str:
    """A 増減 cell: decreases printed with ▲, increases without a sign."""
    return f"{DECREASE}{cell(-x)}" if x < 0 else cell(x)


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


D = Decimal


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf and optional columns or
    rows that cover a range of fiscal years (a 増減 column, a 合計 row over the years)."""

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
        """(row label, column label) of every cell printed 「－」."""
        return {(self.row_label(i), self.column_label(c))
                for i, r in enumerate(self.rows) for c in self.value_cols if r[c] == DASH}


def gold_records(spec: TableSpec, pages_of: dict) -> list[dict]:
    out = []
    for i, r in enumerate(spec.rows):
        for c in spec.value_cols:
            value = r[c]
            if value == DASH:  # no figure: drawn, but no gold cell
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


def qa_lines(pairs):
    st = []
    for i, (q, a) in enumerate(pairs, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    return st


BREAK_GAP = 9  # pt of space before the caption of (d)
SIBLING_ROOM = 36 * mm  # a sibling section (heading and up to four lines) is never split by a page break

# ================================================================ document 1: flower-export subsidy, call for applications
KAKI = f"{PREF}産花き輸出支援補助金"
KAKI_DEPT = f"{PREF} 農林水産部 園芸振興課"
KAKI_DESK = f"公益社団法人{PREF}花き振興協会 輸出相談デスク"
# 経費区分, 補助率（％）, 切り花の上限額（千円）, 鉢物の上限額（千円） (令和７年度); None = 「－」 (not covered)
RATES = [
    ("植物検疫対応（輸出検査・消毒・証明書）", 60, 300, 400),
    ("鉢物の用土除去・植え替え", 60, None, 250),
    ("鮮度保持処理（前処理剤・湿式輸送）", 50, 200, None),
    ("保冷梱包資材（保冷箱・蓄冷材）", 50, 250, 250),
    ("保冷輸送（保冷航空便・リーファー）", 30, 500, 600),
    ("海外見本市への出展", 50, 800, 800),
    ("多言語の販促資材の制作", 50, 150, 150),
]
APP_CAP, GROUP_CAP = 200, 400  # note ※２: 万円 per application (生産者団体)
GROUP_FACTOR = 2  # note ※３: a 生産者団体's caps are doubled
RECORD = [  # 年度, 申請件数, 採択件数, うち新規輸出者, 交付額（千円）
    (2020, 14, 9, 6, 8420), (2021, 18, 12, 7, 11350), (2022, 23, 15, 8, 14880),
    (2023, 27, 18, 9, 18240), (2024, 31, 21, 11, 21960),
]
KPIS = [  # 指標 (unit in the bracket), 目標, 実績 (令和６年度)
    ("県産花きの輸出額（万円）", 9000, 10170),
    ("輸出に取り組む生産者数（者）", 60, 52),
    ("海外見本市での商談件数（件）", 240, 276),
    ("輸出先の国・地域数（か国・地域）", 12, 9),
]
KAKI_CASES = [  # 見出し, 品目, 輸出先, 主な取組, 補助金の額（千円）; cost items and product column; group?
    ("切り花生産者Ａ社（椥市）", "スプレーギク（切り花）", "台湾", "前処理剤による鮮度保持処理と保冷箱での出荷", 412,
     ("鮮度保持処理（前処理剤・湿式輸送）", "保冷梱包資材（保冷箱・蓄冷材）"), 2, False),
    ("鉢物生産者Ｂ社（朱鷺見市）", "胡蝶蘭（鉢物）", "米国", "用土を除いた状態での植物検疫対応と保冷航空便での輸送", 1080,
     ("植物検疫対応（輸出検査・消毒・証明書）", "鉢物の用土除去・植え替え", "保冷輸送（保冷航空便・リーファー）"), 3, False),
    ("花き出荷組合Ｃ（雲居町）", "ダリア、トルコギキョウ（切り花）", "ドイツ", "国際見本市への共同出展とドイツ語の販促資材の制作", 1745,
     ("海外見本市への出展", "多言語の販促資材の制作"), 2, True),
]
KAKI_EXCLUDED = [  # 補助の対象にならない経費
    "花きの生産、仕入れ及び国内での集荷に要する経費",
    "植物検疫で不合格となった花きの廃棄に要する経費",
    "輸出先での販売手数料及び輸入者が負担すべき関税",
    "交付決定の日より前に発注し、又は支払った経費",
]


def thousands(n: int) -> str:
    return f"{n:,}千円"


def kaki_specs():
    rates = TableSpec(
        key="rates", doc=KAKI_PDF, title="経費区分別の補助率と上限額",
        header=[["経費区分", "補助率（％）", "切り花の\n上限額（千円）", "鉢物の\n上限額（千円）"]],
        rows=[[n, cell(r), cell(a), cell(b)] for n, r, a, b in RATES],
        col_widths=[74 * mm, 26 * mm, 30 * mm, 30 * mm], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.column_label(c))
    rows = [[era(y), fw(a), fw(b), fw(n), fw(g)] for y, a, b, n, g in RECORD]
    rows.append(["合計"] + [fw(sum(r[j] for r in RECORD)) for j in (1, 2, 3, 4)])
    record = TableSpec(
        key="record", doc=KAKI_PDF, title="申請と交付の実績",
        header=[["年度", "申請\n件数（件）", "採択\n件数（件）", "うち新規\n輸出者（件）", "交付額\n（千円）"]],
        rows=rows, col_widths=[30 * mm, 30 * mm, 30 * mm, 34 * mm, 32 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    record.row_range = {"合計": [RECORD[0][0], RECORD[-1][0]]}
    kpi = TableSpec(
        key="kpi", doc=KAKI_PDF, title="成果指標の目標と実績",
        header=[["指標", "目標", "実績", "達成率（％）"]],
        rows=[[n, fw(t), fw(a), fw(pct0(a, t))] for n, t, a in KPIS],
        col_widths=[66 * mm, 28 * mm, 28 * mm, 30 * mm], table_fy=2024,
    )
    kpi.unit = lambda row, c: "%" if c == 3 else bracket_unit(row[0])
    return rates, record, kpi


def kaki_story(specs):
    rates, record, kpi = specs
    n_all, amt_all = sum(r[2] for r in RECORD), sum(r[4] for r in RECORD)
    last = RECORD[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{KAKI} 募集要項", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(KAKI_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　目的", H1)]
    st += paras(f"""
県産の切り花と鉢物の海外への販路を広げるため、花きを輸出する生産者が行う植物検疫への対応、鮮度を保つための保冷梱包と輸送、海外見本市への出展等に要する経費の一部を補助します。制度を始めた令和２年度（2020年度）から令和６年度までに、延べ{n_all}件、{amt_all:,}千円を交付しました。
""", 0)
    st += [P("２　募集の概要", H1)]
    st += lv_lines([
        ("補助事業名", KAKI),
        ("補助対象者", "県内で花きを生産する農業者（法人を含む。）及び生産者団体で、県産の花きを輸出しようとするもの"),
        ("募集期間", "令和７年５月12日から６月20日まで（必着）"),
        ("予算額", "3,600万円"),
        ("採択予定件数", "25件程度"),
        ("補助事業期間", "交付決定の日から令和８年２月13日まで"),
    ], 0)
    st += paras("""
この要項において「花き」とは、切り花、切り枝及び鉢物をいいます。「鉢物」とは、鉢又はポットに植えた状態の植物をいい、輸出のために用土を除いて根を洗った状態で出荷するものを含みます。「生産者団体」とは、県内の花き生産者３者以上で構成する出荷組合又は農業協同組合の生産部会をいいます。また、「新規輸出者」とは、申請の日の前２年間に花きを輸出した実績がない者をいいます。
""", 0)
    st += [P("３　補助対象経費と補助率", H1)]
    st += paras("補助率は経費区分ごとに定め、上限額は品目（切り花・鉢物）ごとに次のとおりです。", 0)
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「－」は、その品目では補助の対象にならない経費です。",
        f"※２ 補助金の額は、１申請当たり{APP_CAP}万円（生産者団体は{GROUP_CAP}万円）を上限とし、千円未満の端数は切り捨てます。",
        "※３ 生産者団体が申請する場合は、上表の上限額をそれぞれ２倍とします（補助率は変わりません）。",
    ])
    st += paras("次の経費は補助の対象になりません。", 0)
    st += bullets(KAKI_EXCLUDED, 0)
    st += [P("４　申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（園芸振興課又は{KAKI_DESK}へ）",
        "② 申請書の提出（募集期間内に、事業計画書、見積書及び輸出先の輸入者との取引の予定が分かる書類を添えて提出）",
        "③ 審査（書類審査、令和７年７月上旬）",
        "④ 交付決定の通知（令和７年７月下旬）",
        "⑤ 補助事業の実施（令和８年２月13日までに完了すること）",
        "⑥ 実績報告（事業の完了から30日以内。遅くとも令和８年２月27日まで）",
        "⑦ 補助金の額の確定と支払（令和８年３月）",
    ], 0)
    st += [P("５　これまでの実績と成果指標", H1)]
    st += paras(f"""
申請件数は毎年増えており、令和６年度は{last[1]}件の申請があり、{last[2]}件を採択しました（うち新規輸出者{last[3]}件）。令和６年度の成果指標は、輸出額と商談件数が目標を上回った一方、生産者数と輸出先の数は目標に届きませんでした。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += notes(["※４ 「合計」は令和２年度から令和６年度までの５年間の合計です。「うち新規輸出者」は、採択件数のうち新規輸出者が申請したものの件数です。"])
    st += [caption(kpi.title, "（令和６年度）"), kpi.flowable(), Spacer(1, 2)]
    st += notes(["※５ 達成率は、実績を目標で除して百分率で表し、小数点以下を四捨五入したものです。目標は「椥県花き輸出拡大プラン」によります。"])
    st += [CondPageBreak(SIBLING_ROOM + 12 * mm), P("６　活用事例（令和６年度）", H1)]  # no heading left alone at a page foot
    for i, (head, item, where, what, amount, *_x) in enumerate(KAKI_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("品目", item), ("輸出先", where), ("主な取組", what), ("補助金の額", thousands(amount))], 1)
    st += [P("７　よくある質問", H1)]
    st += qa_lines([
        ("植物検疫で不合格となり、もう一度検査を受ける場合、その費用も対象になりますか。",
         "対象になります。ただし、同じ出荷についての再検査は１回分に限ります。"),
        ("切り花と鉢物の両方を輸出する場合、申請は分けて行いますか。",
         "分ける必要はありません。１件の申請の中で品目ごとの上限額を適用します（合計額は※２の上限までです）。"),
        ("見本市に出展するための渡航費は対象になりますか。",
         "出展者１名分の航空運賃（エコノミークラス）に限り、「海外見本市への出展」の経費に含めることができます。"),
    ])
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KAKI_DEPT} 花き輸出推進班　電話：099-851-4120　ファクス：099-851-4129",
        f"{KAKI_DESK}（事前相談）　電話：099-851-4300",
        "電子メール：tei-kaki@example.jp",
    ]))
    return st


# ================================================================ document 2: Japanese-tea exports, survey report
CHA = f"{PREF}産日本茶の輸出に関する実態調査"
CHA_DEPT = f"{PREF} 農林水産部 農産物輸出推進課"
KYOGIKAI = f"{PREF}茶業振興協議会"
TARGET = 420  # 調査対象の事業者（全数）
AREAS = [  # 地域, 回答事業者数（者）, うち輸出事業者（者）, 輸出量（トン）, 輸出額（百万円） (令和５年度)
    ("椥市", 48, 17, D("42.6"), 238), ("朱鷺見市", 36, 11, D("28.4"), 152), ("峰岡市", 31, 9, D("19.7"), 96),
    ("雲居町", 27, 8, D("16.2"), 71), ("霞野町", 24, 6, D("11.5"), 58), ("奥椥村", 22, 7, D("14.8"), 83),
    ("青苔町", 21, 4, D("5.3"), 24), ("三滝町", 19, 3, D("3.9"), 17), ("その他", 24, 4, D("6.1"), 29),
]
DIRECT = 23  # 輸出事業者のうち直接輸出を行う事業者 (prose only)
RESP_TYPES = (("茶生産者（農家及び農業法人）", 158), ("製茶業者", 52), ("茶商", 42))  # 回答事業者の内訳 (prose only)
MERCHANT_EXPORTERS = 25  # 茶商のうち輸出事業者 (prose only)
RECENT_START, ONLINE_START = 38, 17  # 令和２年度以降に輸出を始めた輸出事業者; うちオンライン販売サイトがきっかけ (prose only)
WILLING = 47  # 輸出をしていない事業者のうち今後輸出に取り組みたい事業者 (prose only)
KINDS = [  # 茶の種類, 令和４年度: 輸出量（トン）, 輸出額（百万円）; 令和５年度: 輸出量, 輸出額
    ("抹茶", D("24.1"), 262, D("31.8"), 356), ("粉末茶（抹茶を除く）", D("18.7"), 84, D("22.4"), 97),
    ("煎茶", D("41.2"), 176, D("38.6"), 168), ("ほうじ茶", D("12.5"), 41, D("17.9"), 58),
    ("ティーバッグ", D("28.3"), 72, D("30.1"), 76), ("和紅茶", D("9.6"), 19, D("7.7"), 13),
]
KIND_YEARS = (2022, 2023)
DESTS = [  # 輸出先, 輸出事業者数（者） (複数回答), 輸出量（トン） (令和５年度)
    ("米国", 31, D("52.4")), ("カナダ", 10, D("11.2")), ("台湾", 18, D("17.6")), ("香港", 14, D("9.8")),
    ("シンガポール", 12, D("8.1")), ("タイ", 9, D("6.3")), ("ＥＵ", 16, D("24.7")), ("英国", 8, D("7.9")),
    ("オーストラリア", 7, D("5.6")), ("その他", 6, D("4.9")),
]
ASIA = ("台湾", "香港", "シンガポール", "タイ")
ISSUES = [  # 輸出の課題 (複数回答, prose only): 回答事業者252者のうちの数
    ("輸出先の残留農薬基準への対応", 104), ("海外の取引先の開拓", 87), ("輸出を担う人材の不足", 71),
]
ISSUE_EXPORTERS = 39  # 輸出事業者のうち「輸出先の残留農薬基準への対応」を挙げた数 (prose only)
CHA_CASES = [  # 見出し, 主な輸出先, 輸出の形態, 工夫していること (same labels in every sibling section)
    ("茶商Ｄ社（椥市）", "米国、カナダ", "直接輸出",
     "現地のカフェチェーン向けに、業務用の抹茶を500グラムの袋で供給している"),
    ("農業法人Ｅ社（奥椥村）", "ドイツ、フランス", "直接輸出",
     "ＥＵの残留農薬基準に合わせて防除の方法を見直し、有機栽培の煎茶で有機ＪＡＳの認証を取得した"),
    ("製茶工場Ｆ社（朱鷺見市）", "台湾、香港", "間接輸出（県内の茶商を通じて）",
     "台湾の問屋が求める焙煎の度合いに合わせて、専用のほうじ茶を作っている"),
]


def area_totals():
    return (sum(a[1] for a in AREAS), sum(a[2] for a in AREAS), sum(a[3] for a in AREAS), sum(a[4] for a in AREAS))


def cha_specs():
    rows = [[n, fw(a), fw(b), cell(t), fw(v)] for n, a, b, t, v in AREAS]
    ta, tb, tt, tv = area_totals()
    rows.append(["合計", fw(ta), fw(tb), cell(tt), fw(tv)])
    areas = TableSpec(
        key="areas", doc=CHA_PDF, title="地域別の回答事業者と輸出の状況",
        header=[["地域", "回答\n事業者数（者）", "うち輸出\n事業者（者）", "輸出量\n（トン）", "輸出額\n（百万円）"]],
        rows=rows, col_widths=[34 * mm, 30 * mm, 30 * mm, 28 * mm, 28 * mm], table_fy=2023, repeat_header=False,
    )
    areas.unit = lambda row, c, s=areas: bracket_unit(s.column_label(c))
    krows = [[n, cell(t4), fw(v4), cell(t5), fw(v5), signed(v5 - v4)] for n, t4, v4, t5, v5 in KINDS]
    tot = [sum(k[j] for k in KINDS) for j in (1, 2, 3, 4)]
    krows.append(["合計", cell(tot[0]), fw(tot[1]), cell(tot[2]), fw(tot[3]), signed(tot[3] - tot[1])])
    y4, y5 = (era(y) for y in KIND_YEARS)
    kinds = TableSpec(
        key="kinds", doc=CHA_PDF, title="茶の種類別の輸出量と輸出額",
        header=[["茶の種類", y4, "", y5, "", "輸出額の\n増減（百万円）"],
                ["", "輸出量\n（トン）", "輸出額\n（百万円）", "輸出量\n（トン）", "輸出額\n（百万円）", ""]],
        rows=krows, col_widths=[40 * mm, 24 * mm, 24 * mm, 24 * mm, 24 * mm, 30 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0)), ((5, 0), (5, 1))],
    )
    kinds.unit = lambda row, c, s=kinds: bracket_unit(s.header_parts(c)[-1])
    kinds.col_range = {5: list(KIND_YEARS)}
    n_exp, total_t = tb, tt
    drows = [[n, fw(k), cell(t), cell(pct1(t, total_t))] for n, k, t in DESTS]
    drows.append(["合計", fw(n_exp), cell(total_t), cell(pct1(total_t, total_t))])
    dests = TableSpec(
        key="dests", doc=CHA_PDF, title="輸出先の国・地域別の輸出量",
        header=[["輸出先", "輸出事業者数（者）", "輸出量（トン）", "構成比（％）"]],
        rows=drows, col_widths=[40 * mm, 38 * mm, 32 * mm, 30 * mm], table_fy=2023,
    )
    dests.unit = lambda row, c, s=dests: bracket_unit(s.column_label(c))
    return areas, kinds, dests


def cha_story(specs):
    areas, kinds, dests = specs
    ta, tb, tt, tv = area_totals()
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{CHA} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月", DATE_RIGHT), P(CHA_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県産の日本茶（煎茶、抹茶、ほうじ茶、和紅茶等）の輸出の実態と課題を把握し、輸出の拡大に向けた施策に役立てるため"),
        ("調査対象", f"県内の茶生産者、製茶業者及び茶商 {TARGET}者（全数）"),
        ("調査基準日", "令和６年（2024年）10月１日"),
        ("調査期間", "令和６年10月７日から11月８日まで"),
        ("調査方法", "郵送及びウェブによるアンケート（一部は訪問による聞き取り）"),
        ("調査の協力", f"{KYOGIKAI}（調査票の配布と回収）"),
        ("回答数", f"{ta}者（回答率{pct1(ta, TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「輸出事業者」とは、令和５年度中に、自ら又は国内の商社等を通じて茶を輸出した事業者をいう。「直接輸出」とは、輸出事業者が海外の輸入者と直接契約して輸出することをいい、国内の商社等に販売して輸出されるものを「間接輸出」という。また、「輸出量」とは、仕上げ茶（製品）の重量をいい、荒茶の重量ではない。
""", 0)
    (r1, n1), (r2, n2), (r3, n3) = RESP_TYPES
    st += paras(f"""
回答事業者の内訳は、{r1}{n1}者、{r2}{n2}者、{r3}{n3}者である。なお、この報告書の割合（％）は、小数点以下第２位を四捨五入したものである。
""", 0)
    st += [P("２　輸出の状況", H1)]
    st += paras(f"""
令和５年度に茶を輸出した事業者は、回答事業者{ta}者のうち{tb}者（{pct1(tb, ta)}％）であった。このうち直接輸出を行っている事業者は{DIRECT}者で、残る{tb - DIRECT}者は間接輸出のみであった。輸出量は合計{tt}トン、輸出額は{tv}百万円で、地域別ではいずれも椥市が最も多い。
事業者の種類別では、茶商の輸出事業者の割合が最も高く、{n3}者のうち{MERCHANT_EXPORTERS}者が輸出している。
輸出を始めた時期をみると、輸出事業者{tb}者のうち{RECENT_START}者が令和２年度以降に輸出を始めており、このうち{ONLINE_START}者は海外のオンライン販売サイトへの出品がきっかけであった。また、輸出をしていない{ta - tb}者のうち、今後輸出に取り組みたいと答えた事業者は{WILLING}者（{pct1(WILLING, ta - tb)}％）であった。
""", 0)
    # BREAK_GAP puts the page break of (d) about half a row away from either neighbouring row
    st += [Spacer(1, BREAK_GAP), caption(areas.title, "（令和５年度）", keep=False), areas.flowable(), Spacer(1, 2)]
    st += notes(["※１ 「その他」は、上記以外の６市町の事業者及び県外に本社を置く茶商の県内工場である。輸出量と輸出額は、間接輸出の分を含む。"])
    st += [P("３　茶の種類別の輸出", H1)]
    k5 = {k[0]: k for k in KINDS}
    st += paras(f"""
抹茶の輸出額は{k5['抹茶'][4]}百万円で前年度から大きく伸び、輸出額全体の４割を超えた。一方、煎茶と和紅茶は輸出額が減少した。
""", 0)
    st += [caption(kinds.title), kinds.flowable(), Spacer(1, 2)]
    st += notes(["※２ 令和４年度の数値は、今回の調査で前年度の実績をあわせて尋ねたものである。「輸出額の増減」は令和５年度から令和４年度を差し引いたもので、▲は減少を示す。"])
    st += [P("４　輸出先", H1)]
    st += paras("""
輸出量は米国向けが最も多く、全体の３分の１を超えた。アジアでは台湾向けが最も多い。
""", 0)
    st += [caption(dests.title, "（令和５年度）"), dests.flowable(), Spacer(1, 2)]
    st += notes([f"※３ 輸出事業者数は、その国・地域に輸出した事業者の数である（複数回答）。「合計」の輸出事業者数は実数（{tb}者）であり、各欄の合計とは一致しない。構成比は輸出量に対する割合である。「ＥＵ」はＥＵ加盟国の合計、「その他」は中東諸国、マレーシア等である。"])
    st += [CondPageBreak(SIBLING_ROOM + 12 * mm), P("５　事業者の事例", H1)]  # no heading left alone at a page foot
    for i, (head, where, form, idea) in enumerate(CHA_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な輸出先", where), ("輸出の形態", form), ("工夫していること", idea)], 1)
    st += [P("６　輸出の課題", H1)]
    (i1, n1), (i2, n2), (i3, n3) = ISSUES
    st += paras(f"""
回答事業者{ta}者に輸出の課題を尋ねたところ（複数回答）、「{i1}」が{pct1(n1, ta)}％で最も多く、「{i2}」（{pct1(n2, ta)}％）、「{i3}」（{pct1(n3, ta)}％）が続いた。輸出事業者に限ると、「{i1}」を挙げた割合は{pct1(ISSUE_EXPORTERS, tb)}％に上った。
""", 0)
    st += [P("７　県への主な要望（自由記述）", H1)]
    st += bullets([
        "輸出先ごとの残留農薬基準を、茶の種類ごとに一覧にしてほしい。",
        "海外の見本市に、県として共同で出展する機会を増やしてほしい。",
        "小口の輸出をまとめて運ぶ共同輸送の仕組みをつくってほしい。",
    ], 0)
    st += [P("８　今後の取組", H1)]
    st += numbered([
        "① 主な輸出先の残留農薬基準と防除の方法をまとめた手引きを、令和７年度中に作る。",
        f"② {KYOGIKAI}と連携し、米国とＥＵの見本市への共同出展を続ける。",
        "③ 小口の共同輸送の実証を、令和７年度に台湾向けで行う。",
        "④ 次回の調査は、令和８年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("９　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{CHA_DEPT} 茶業輸出班　電話：099-854-2210　ファクス：099-854-2219",
        f"{KYOGIKAI}（事務局、輸出の相談）　電話：099-854-2300",
        "電子メール：tei-cha@example.jp",
    ]))
    return st


# ================================================================ document 3: translation desk, user guide
HONYAKU = f"{PREF}外国語会社案内・名刺翻訳支援窓口"
HONYAKU_DEPT = f"{PREF} 商工労働部 国際ビジネス課"
CENTER = f"一般財団法人{PREF}国際ビジネス支援センター"
SERVICES = [  # 見出し, 対象となる原稿, 納期, 納品の形式 (same labels in every sibling section)
    ("名刺の翻訳", "日本語の名刺（片面）の記載事項", "原稿の受付から５営業日",
     "翻訳文のデータ（Word形式）。名刺の版下データの作成は、別料金で承ります"),
    ("会社案内の翻訳", "日本語の会社案内、パンフレット及びウェブサイトの会社紹介ページ（１件30ページまで）",
     "10ページまでは原稿の受付から10営業日、11ページ以上は15営業日", "翻訳文のデータ（Word形式）"),
    ("ネイティブチェックのみ", "利用者が用意した外国語の会社案内又は名刺", "原稿の受付から７営業日",
     "修正の履歴を残したデータと確認のコメント"),
]
FEES = [  # 翻訳の種類, 英語（円）, 中国語・韓国語（円）, その他の言語（円） (令和７年度); None = 「－」
    ("名刺の翻訳（片面・１名分）", 2000, 2500, 3500),
    ("名刺の版下データの作成（１名分）", 1000, 1200, None),
    ("会社案内の翻訳（１ページ）", 6000, 7000, 10000),
    ("ネイティブチェックのみ（１ページ）", 3000, 3500, None),
    ("特急仕上げの加算（１件）", 5000, 5000, 8000),
]
OTHER_LANGS = ("ベトナム語", "タイ語")  # rows of (h) charged under その他の言語
USES = [  # 言語, 名刺, 会社案内, チェックのみ (令和６年度, 件); None = 「－」 (not offered)
    ("英語", 64, 38, 21), ("中国語（簡体字）", 27, 15, 6), ("中国語（繁体字）", 18, 9, 3), ("韓国語", 12, 6, 2),
    ("ベトナム語", 15, 8, None), ("タイ語", 9, 5, None), ("その他", 6, 4, None),
]
PREV_USES = 215  # 令和５年度の利用件数 (prose only)
USERS = 117  # 令和６年度に利用した事業者 (prose only)
BROCHURE_PAGES = 412  # 令和６年度の会社案内の翻訳ページ数 (prose only)


def uses_rows():
    rows = [[n, fw(a), fw(b), cell(c), fw(a + b + (c or 0))] for n, a, b, c in USES]
    tot = [sum((u[j] or 0) for u in USES) for j in (1, 2, 3)]
    rows.append(["合計"] + [fw(x) for x in tot] + [fw(sum(tot))])
    return rows


def honyaku_specs():
    fees = TableSpec(
        key="fees", doc=HONYAKU_PDF, title="翻訳の種類別の料金",
        header=[["翻訳の種類", "英語\n（円）", "中国語・\n韓国語（円）", "その他の\n言語（円）"]],
        rows=[[n, cell(a), cell(b), cell(c)] for n, a, b, c in FEES],
        col_widths=[66 * mm, 28 * mm, 30 * mm, 30 * mm], table_fy=2025,
    )
    fees.unit = lambda row, c, s=fees: bracket_unit(s.column_label(c))
    uses = TableSpec(
        key="uses", doc=HONYAKU_PDF, title="言語別・種類別の利用件数",
        header=[["言語", "名刺", "会社案内", "チェックのみ", "計"]],
        rows=uses_rows(), col_widths=[40 * mm, 24 * mm, 26 * mm, 30 * mm, 22 * mm],
        ruled=False, unit="件", table_fy=2024,
    )
    return fees, uses


def honyaku_story(specs):
    fees, uses = specs
    tot = [sum((u[j] or 0) for u in USES) for j in (1, 2, 3)]
    total = sum(tot)
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{HONYAKU} 利用案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(HONYAKU_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　窓口の概要", H1)]
    st += paras("""
この窓口は、県内の中小企業が海外の取引先や見本市で使う会社案内と名刺を、外国語に翻訳するものです。翻訳は窓口に登録した翻訳者が行い、翻訳先の言語を母語とする者の確認を経て納品します。料金の一部を県が負担しているため、通常より低い料金で利用できます。
""", 0)
    st += lv_lines([
        ("窓口名", HONYAKU),
        ("実施主体", PREF),
        ("運営", f"{CENTER}（県からの委託）"),
        ("利用できる者", "県内に本社又は事業所を有する中小企業者（個人事業主を含む。）"),
        ("受付時間", "平日９時から17時まで（電子メールの申込みは24時間）"),
        ("実施期間", "令和７年４月１日から令和８年３月31日まで"),
    ], 0)
    st += paras("""
この案内において「ページ」とは、Ａ４判１面分の原稿（日本語でおおむね800字まで。図表を含む。）をいいます。「ネイティブチェック」とは、翻訳先の言語を母語とする者が、翻訳文の表現と用語を確認し、修正することをいいます。「営業日」とは、土曜日、日曜日、祝日及び12月29日から１月３日までを除く日をいいます。また、「小規模企業者」とは、常時使用する従業員の数が20人（商業又はサービス業に属する事業を主とする者は５人）以下の中小企業者をいいます。
""", 0)
    st += [CondPageBreak(SIBLING_ROOM + 12 * mm), P("２　翻訳の種類", H1)]  # no heading left alone at a page foot
    for i, (head, what, when, how) in enumerate(SERVICES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("対象となる原稿", what), ("納期", when), ("納品の形式", how)], 1)
    st += [P("３　利用料金", H1)]
    st += paras("料金は、翻訳の種類と翻訳先の言語によって次のとおりです（消費税込み）。", 0)
    st += [caption(fees.title, "（令和７年度）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「中国語」は、簡体字と繁体字のいずれも同じ料金です。「その他の言語」は、ベトナム語、タイ語、インドネシア語、スペイン語、フランス語、ドイツ語等です。",
        "※２ 「－」は、その言語では取り扱っていないものです。",
        "※３ 小規模企業者は、名刺の翻訳と会社案内の翻訳の料金を半額とします（１事業者につき年度内に名刺50名分、会社案内20ページまで）。",
        "※４ 特急仕上げは、納期を半分（１日未満の端数は切上げ）とするもので、会社案内は10ページまでに限ります。",
    ])
    st += [P("４　申込みから納品までの流れ", H1)]
    st += numbered([
        "① 申込み（申込書と原稿のデータを電子メールで送付）",
        "② 見積書の送付（申込みの翌営業日まで）",
        "③ 申込みの確定（見積書への承諾を電子メールで返信。この日を「原稿の受付」の日とします）",
        "④ 翻訳とネイティブチェック",
        "⑤ 納品（電子メールで送付）",
        "⑥ 料金の支払（請求書による銀行振込み。納品の月の翌月末まで）",
    ], 0)
    st += paras("原稿を送る際は、次の点にご注意ください。", 0)
    st += bullets([
        "原稿は、文字を編集できるデータ（Word、PowerPoint等）で送ってください。",
        "社名、人名及び商品名の外国語の表記が決まっている場合は、申込書に記入してください。",
        "専門用語の対訳表がある場合は、原稿とあわせて送ってください。",
    ], 0)
    st += [P("５　利用の状況", H1)]
    st += paras(f"""
令和６年度の利用件数は{total}件で、前年度の{PREV_USES}件から{total - PREV_USES}件増えました。利用した事業者は{USERS}事業者です。言語別では英語が全体の４割を超え、種類別では名刺が半数を超えています。会社案内の翻訳は{tot[1]}件、合わせて{BROCHURE_PAGES}ページでした。
""", 0)
    st += [caption(uses.title, "（令和６年度）（単位：件）"), uses.flowable(), Spacer(1, 2)]
    st += notes(["※５ 「チェックのみ」は、ネイティブチェックのみの依頼です。「－」は、その言語ではネイティブチェックのみの依頼を受け付けていないものです。「その他」は、インドネシア語、スペイン語、フランス語及びドイツ語です。"])
    st += [P("６　よくある質問", H1)]
    st += qa_lines([
        ("翻訳した名刺の印刷もお願いできますか。",
         "印刷は行っていません。版下データの作成（別料金）をお申し込みいただければ、そのデータで印刷会社に発注できます。"),
        ("納品の後で会社案内の内容を一部変えた場合、変えた部分だけ翻訳してもらえますか。",
         "できます。変えた部分が１ページに満たない場合も、１ページ分の料金となります。"),
        ("翻訳文の著作権は、どちらのものになりますか。",
         "料金の支払が済んだ時点で、利用者に帰属します。"),
    ])
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{HONYAKU_DEPT} 海外展開支援班　電話：099-857-3140　ファクス：099-857-3149",
        f"{CENTER} 翻訳支援窓口（申込み・納期の確認）　電話：099-857-3200",
        "電子メール：tei-honyaku@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return kaki_specs() + cha_specs() + honyaku_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    kspecs, cspecs, hspecs = kaki_specs(), cha_specs(), honyaku_specs()
    kdoc = build_pdf(docs_dir / KAKI_PDF, kspecs, kaki_story(kspecs),
                     f"令和７年度 {KAKI} 募集要項", "令和７年４月", KAKI_DEPT)
    cdoc = build_pdf(docs_dir / CHA_PDF, cspecs, cha_story(cspecs),
                     f"令和６年度 {CHA} 報告書", "令和７年３月", CHA_DEPT)
    hdoc = build_pdf(docs_dir / HONYAKU_PDF, hspecs, honyaku_story(hspecs),
                     f"令和７年度 {HONYAKU} 利用案内", "令和７年４月", HONYAKU_DEPT)
    gold = all_gold({KAKI_PDF: kdoc.row_pages, CHA_PDF: cdoc.row_pages, HONYAKU_PDF: hdoc.row_pages})
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
    # --- kaki: the flower-export subsidy call, tables (a) (b) (c), definitions, sibling sections, steps
    dict(question="鉢植えの胡蝶蘭をアメリカに輸出している農家から、保冷航空便の運賃に補助を使いたいと相談がありました。上限額はいくらですか？",
         category="kaki", doc=KAKI_PDF,
         evidence=["鉢又はポットに植えた状態の植物", "保冷輸送（保冷航空便・リーファー） 30 500 600"], answer=["600"],
         notes="definition: a potted orchid is a 鉢物, so (a) column 鉢物の上限額（千円） (a header printed over two "
               "lines); 500 (切り花) and 30 (the rate) are the traps; the unit 千円 is only in the header"),
    dict(question="シクラメンの鉢物を輸出する生産者が、前処理剤を使って鮮度を保つ処理をする場合、その費用も補助の申請ができますか？",
         category="kaki", doc=KAKI_PDF,
         evidence=["鮮度保持処理（前処理剤・湿式輸送） 50 200", "その品目では補助の対象にならない経費"],
         answer=["補助の対象にならない"],
         notes="(a) the 「－」 cell of 鮮度保持処理 under 鉢物の上限額（千円）, explained by note ※１ (not covered for that "
               "product); the 切り花 cap 200 and the rate 50 are the traps"),
    dict(question="生産者４戸でつくっている花きの出荷組合が、ドイツの見本市に共同で出展するそうです。出展経費の補助の上限額はいくらになりますか？",
         category="kaki", doc=KAKI_PDF,
         evidence=["花き生産者３者以上で構成する出荷組合", "海外見本市への出展 50 800 800", "上限額をそれぞれ２倍とします"],
         answer=["1,600千円"], computed=True,
         notes="three facts: four growers make a 生産者団体 (definition in ２); note ※３ doubles the caps of (a) for a "
               "生産者団体: 800 × 2 = 1,600千円 (160万円, within the 400万円 of note ※２); 800 is the trap"),
    dict(question="2022年度の採択は何件でしたか？",
         category="kaki", doc=KAKI_PDF, evidence=["令和４年度 23 15 ８ 14,880"], answer=["15"],
         notes="(b) years as rows: 2022年度 = 令和４年度 (only 2020年度 is printed in Western form); column "
               "採択件数（件） (header over two lines); 23 (申請) and ８ (うち新規輸出者) are the traps"),
    dict(question="2024年度は、申請のあった案件のうち何％が採択されましたか？",
         category="kaki", doc=KAKI_PDF, evidence=["令和６年度 31 21 11 21,960"], answer=["67.7%"], computed=True,
         notes="(b) share within a row: 21 / 31 = 67.7 % (2024年度 = 令和６年度); 75 / 113 = 66.4 % over five years "
               "(the 合計 row) is a wrong reading"),
    dict(question="制度が始まってから５年間で、新規輸出者の案件は合わせて何件採択されていますか？",
         category="kaki", doc=KAKI_PDF, evidence=["合計 113 75 41 74,850"], answer=["41"],
         notes="(b) the 合計 row (令和２年度–令和６年度, a fiscal_year_range, note ※４), column うち新規輸出者（件）; "
               "75 (all adoptions) and 11 (令和６年度 only) are the traps"),
    dict(question="輸出に取り組む生産者の数は、目標に対して何％の達成でしたか？",
         category="kaki", doc=KAKI_PDF, evidence=["輸出に取り組む生産者数（者） 60 52 87"], answer=["87"],
         notes="(c) KPI table, column 達成率（％） (note ※５: rounded to a whole per cent); 52 (実績) and 60 (目標) "
               "are the traps"),
    dict(question="令和６年度の県産花きの輸出額は、目標を何万円上回りましたか？",
         category="kaki", doc=KAKI_PDF, evidence=["県産花きの輸出額（万円） 9,000 10,170 113"], answer=["1,170万円"],
         computed=True,
         notes="(c) KPI table, difference in a row, the unit from the row label's bracket: 10,170 − 9,000 = 1,170万円"),
    dict(question="胡蝶蘭を鉢ごとアメリカに出している事例では、補助金はいくら交付されましたか？",
         category="kaki", doc=KAKI_PDF, evidence=["（２）鉢物生産者Ｂ社", "補助金の額：1,080千円"], answer=["1,080千円"],
         notes="sibling sections （１）–（３） of ６ share the labels 品目, 輸出先, 主な取組, 補助金の額; （２）鉢物生産者Ｂ社 "
               "(胡蝶蘭（鉢物）, 米国); 412千円 and 1,745千円 are the siblings' values"),
    dict(question="補助事業が終わった後の実績報告は、遅くともいつまでに出せばよいですか？",
         category="kaki", doc=KAKI_PDF, evidence=["遅くとも令和８年２月27日まで"], answer=["令和８年２月27日"],
         notes="procedure step ⑥ (30 days after completion, at the latest 令和８年２月27日); 令和８年２月13日 (the end of "
               "the project period, step ⑤) is the near miss"),
    # --- cha: the Japanese-tea export survey, tables (d) (e) (f), a definition, sibling sections, prose
    dict(question="日本茶の輸出の調査は、回答率がどのくらいでしたか？",
         category="cha", doc=CHA_PDF, evidence=["回答数：252者（回答率60.0％）"], answer=["60.0％"],
         notes="「label：value」 line 回答数 (252 of the 420者 of 調査対象); 27.4 % (輸出事業者) is a near miss"),
    dict(question="自分では輸出していないが、県内の茶商に卸した茶がそのまま海外に売られている農家は、この調査では直接輸出と間接輸出のどちらになりますか？",
         category="cha", doc=CHA_PDF, evidence=["国内の商社等に販売して輸出されるものを「間接輸出」という"],
         answer=["間接輸出"],
         notes="definition 「直接輸出」とは…国内の商社等に販売して輸出されるものを「間接輸出」という (the farmer is still an "
               "輸出事業者: 「自ら又は国内の商社等を通じて」)"),
    dict(question="三滝町の事業者は、令和５年度にどれだけの量の茶を輸出しましたか？",
         category="cha", doc=CHA_PDF, evidence=["三滝町 19 ３ 3.9 17"], answer=["3.9"],
         notes="(d) continuation page (no header there): row 三滝町, column 輸出量（トン） (two-line header on the page "
               "before); 17 (輸出額) and 19 (回答事業者数) are the traps"),
    dict(question="雲居町で回答した事業者のうち、輸出をしている事業者の割合はどのくらいですか？",
         category="cha", doc=CHA_PDF, evidence=["雲居町 27 ８ 16.2 71"], answer=["29.6%"], computed=True,
         notes="(d) share in a row (page 1, before the break): 8 / 27 = 29.6 %; 27.4 % (全体, in the prose) is the "
               "near miss"),
    dict(question="2022年度のほうじ茶の輸出額はいくらでしたか？",
         category="cha", doc=CHA_PDF, evidence=["ほうじ茶 12.5 41 17.9 58 17"], answer=["41"],
         notes="(e) two-level header, column 令和４年度／輸出額（百万円）: 2022年度 = 令和４年度 (the report prints only 2024年 "
               "in Western form); 58 (令和５年度), 12.5 (輸出量) and 17 (増減) are the traps"),
    dict(question="和紅茶の輸出額は、前の年度と比べてどれだけ変わりましたか？",
         category="cha", doc=CHA_PDF, evidence=["和紅茶 9.6 19 7.7 13 ▲6"], answer=["▲6"],
         notes="(e) the 増減 column (輸出額の増減（百万円）, a fiscal_year_range over 令和４年度–令和５年度): ▲6 = a decrease "
               "of 6百万円 (note ※２); 「６百万円減った」 is the same answer"),
    dict(question="輸出量で見ると、２番目に多い輸出先はどこですか？",
         category="cha", doc=CHA_PDF, evidence=["ＥＵ 16 24.7 16.6"], answer=["ＥＵ"],
         notes="(f) ranking in the column 輸出量（トン）: 米国 52.4, ＥＵ 24.7, 台湾 17.6 (the rows are in geographic "
               "order; the prose names 米国 first and 台湾 first in Asia, the trap); second-largest"),
    dict(question="米国向けに茶を輸出している事業者は、輸出事業者全体の何％ですか？",
         category="cha", doc=CHA_PDF, evidence=["米国 31 52.4 35.3", "合計 69 148.5 100.0"], answer=["44.9%"],
         computed=True,
         notes="(f) with note ※３: the 合計 of 輸出事業者数（者） is the real count (69), not the column sum (131): "
               "31 / 69 = 44.9 %; 35.3 (the tonnage share) and 31 / 131 = 23.7 % are wrong readings"),
    dict(question="台湾向けにほうじ茶を作っている製茶工場の事例では、どんな工夫をしていますか？",
         category="cha", doc=CHA_PDF, evidence=["（３）製茶工場Ｆ社", "焙煎の度合いに合わせて"], answer=["焙煎の度合い"],
         notes="sibling sections （１）–（３） of ５ share the labels 主な輸出先, 輸出の形態, 工夫していること; "
               "（３）製茶工場Ｆ社 (台湾、香港; ほうじ茶); the siblings' 工夫 are the near misses"),
    dict(question="次の日本茶の輸出の調査は、西暦で何年度に行われる予定ですか？",
         category="cha", doc=CHA_PDF, evidence=["次回の調査は、令和８年度に行う"], answer=["2026年度"], computed=True,
         notes="numbered list ④ of ８: 令和８年度 → 2026年度 (era to Western year; no 2026 is printed)"),
    # --- honyaku: the translation desk guide, tables (g) (h), definitions, notes, sibling sections, Q&A
    dict(question="従業員15人の金属加工の会社が、英語の会社案内を10ページ翻訳してもらうと、料金はいくらになりますか？",
         category="honyaku", doc=HONYAKU_PDF,
         evidence=["常時使用する従業員の数が20人", "会社案内の翻訳（１ページ） 6,000 7,000 10,000", "料金を半額とします"],
         answer=["30,000円"], computed=True,
         notes="three facts: 15 employees in manufacturing is within the 20人 of 小規模企業者 (definition in １); note "
               "※３ halves the 会社案内 fee (up to 20 pages a year); (g) column 英語（円）: 6,000 × 10 / 2 = 30,000円; "
               "60,000円 is the trap"),
    dict(question="従業員15人の貿易商社が、中国語の名刺を１人分作ってもらう場合、料金はいくらですか？",
         category="honyaku", doc=HONYAKU_PDF,
         evidence=["名刺の翻訳（片面・１名分） 2,000 2,500 3,500", "商業又はサービス業に属する事業を主とする者は５人"],
         answer=["2,500"],
         notes="two facts: a trading firm is 商業, whose 小規模企業者 limit is 5 (definition in １), so no half fee "
               "(note ※３); (g) column 中国語・韓国語（円） (two-line header); 1,250 (halved) and 2,000 (英語) are the traps"),
    dict(question="ベトナム語の会社案内を作りたいという会社があります。１ページ当たりの翻訳料金はいくらですか？",
         category="honyaku", doc=HONYAKU_PDF,
         evidence=["会社案内の翻訳（１ページ） 6,000 7,000 10,000", "ベトナム語、タイ語"], answer=["10,000"],
         notes="note ※１ puts ベトナム語 under 「その他の言語」, so (g) column その他の言語（円）; 6,000 (英語) and 7,000 "
               "(中国語・韓国語) are the traps"),
    dict(question="自社で作ったタイ語の会社案内を、ネイティブの人にチェックだけしてもらうことはできますか？",
         category="honyaku", doc=HONYAKU_PDF,
         evidence=["ネイティブチェックのみ（１ページ） 3,000 3,500", "その言語では取り扱っていない"],
         answer=["取り扱っていない"],
         notes="(g) the 「－」 cell of ネイティブチェックのみ under その他の言語（円） (タイ語 is その他の言語, note ※１; "
               "「－」 = not handled, note ※２); 3,500 is the trap"),
    dict(question="令和６年度の繁体字の中国語の依頼は、種類を合わせて何件でしたか？",
         category="honyaku", doc=HONYAKU_PDF, evidence=["中国語（繁体字） 18 ９ ３ 30"], answer=["30"],
         notes="(h) unruled table, the total column 計 on the right; 18 (名刺) and 48 (簡体字) are the traps"),
    dict(question="2024年度の英語の依頼のうち、名刺の翻訳は何％を占めていましたか？",
         category="honyaku", doc=HONYAKU_PDF, evidence=["英語 64 38 21 123"], answer=["52.0%"], computed=True,
         notes="(h) unruled table, share within a row: 64 / 123 = 52.0 % (2024年度 = 令和６年度; the unit 件 only in the "
               "caption note); 64 / 151 = 42.4 % (of all 名刺) is a wrong reading"),
    dict(question="12ページある会社案内の翻訳を頼むと、納品までどのくらいかかりますか？",
         category="honyaku", doc=HONYAKU_PDF, evidence=["（２）会社案内の翻訳", "11ページ以上は15営業日"],
         answer=["15営業日"],
         notes="sibling sections （１）–（３） of ２ share the labels 対象となる原稿, 納期, 納品の形式; （２）会社案内の翻訳, "
               "12 pages → 15営業日; 10営業日 (up to 10 pages), ５ and ７営業日 (the siblings) are the traps"),
    dict(question="翻訳してもらった名刺を、そのまま印刷までお願いすることはできますか？",
         category="honyaku", doc=HONYAKU_PDF, evidence=["印刷は行っていません"], answer=["印刷は行っていません"],
         notes="Q&A: Ａ of Ｑ１ (no printing; the 版下データ for a printer costs extra)"),
    # --- followups
    dict(question="では、それを鉢物で申請する場合、上限額はいくらですか？",
         category="followup", doc=KAKI_PDF, evidence=["植物検疫対応（輸出検査・消毒・証明書） 60 300 400"], answer=["400"],
         history=_turns("切り花を輸出するときの、植物検疫対応の補助率は何％ですか？",
                        "植物検疫対応の補助率は60％です[1]。"),
         notes="(a) the row from the history (植物検疫対応), column 鉢物の上限額（千円）; 300 (切り花) is the trap"),
    dict(question="その年度の交付額は、全部でいくらでしたか？",
         category="followup", doc=KAKI_PDF, evidence=["令和５年度 27 18 ９ 18,240"], answer=["18,240"],
         history=_turns("2023年度は何件の申請がありましたか？",
                        "2023年度（令和５年度）の申請は27件でした[1]。"),
         notes="(b) the year from the history (2023年度 = 令和５年度), column 交付額（千円）"),
    dict(question="それは、輸出額全体の何％に当たりますか？",
         category="followup", doc=CHA_PDF, evidence=["抹茶 24.1 262 31.8 356 94", "合計 134.4 654 148.5 768 114"],
         answer=["46.4%"], computed=True,
         history=_turns("令和５年度に輸出額が一番大きかった茶の種類は何ですか？",
                        "抹茶で、輸出額は356百万円でした[1]。"),
         notes="(e) the row from the history (抹茶), column 令和５年度／輸出額（百万円）, over the 合計 row: 356 / 768 = "
               "46.4 % (the prose says only 「４割を超えた」)"),
    dict(question="それを挙げた事業者は、回答した事業者の何％でしたか？",
         category="followup", doc=CHA_PDF, evidence=["残留農薬基準への対応」が41.3％"], answer=["41.3％"],
         history=_turns("日本茶の輸出で、事業者が一番困っていることは何ですか？",
                        "「輸出先の残留農薬基準への対応」を挙げた事業者が最も多くなっています[1]。"),
         notes="prose-only figures of ６ (no table): 41.3 % of the 252 respondents; 56.5 % (輸出事業者 only) is the near miss"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=HONYAKU_PDF, evidence=["電話：099-857-3200"], answer=["099-857-3200"],
         history=_turns("翻訳を申し込んだ会社が、納期を確認したいそうです。どこに問い合わせればよいですか？",
                        "申込みと納期の確認は、一般財団法人椥県国際ビジネス支援センターの翻訳支援窓口が受け付けています[1]。"),
         notes="contact box of the guide: the センター's phone (second line); the 班's phone 099-857-3140 and fax "
               "099-857-3149 (first line) are the near misses"),
    dict(question="その言語で、ネイティブチェックだけの依頼は何件でしたか？",
         category="followup", doc=HONYAKU_PDF, evidence=["韓国語 12 ６ ２ 20"], answer=["２"],
         history=_turns("令和６年度、韓国語の会社案内の翻訳は何件ありましたか？",
                        "韓国語の会社案内の翻訳は６件でした[1]。"),
         notes="(h) unruled table, the row from the history (韓国語), column チェックのみ (note ※５); 20 (計) is the trap"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="輸出した切り花のうち、輸送中に傷んで返品になった割合はどのくらいですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call covers cold-chain packing and transport costs, not damage or returns",
         absent=["返品", "傷ん"]),
    dict(question="花き輸出の補助金は、令和元年度には何件の申請がありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the scheme began in 令和２年度; (b) starts there",
         absent=["令和元年度", "2019年"]),
    dict(question="2021年度の県産茶の輸出量は何トンでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives 令和４年度 and 令和５年度 only ((e)); 2021年度 = 令和３年度 is not printed",
         absent=["2021年", "令和３年度の輸出", "令和３年度に"]),
    dict(question="輸出している茶農家の、輸出先での販売価格は１キロ当たりどのくらいですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives quantities and export values, not prices abroad (a value per kilo from (d) would be an "
               "export unit value, not the asked price)",
         absent=["販売価格", "単価", "キロ当たり"]),
    dict(question="この翻訳窓口には、翻訳者が何人登録されていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide says translators are registered, not how many",
         absent=["翻訳者数", "人の翻訳者", "登録者数"]),
    dict(question="翻訳窓口を利用した会社の満足度はどのくらいでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the requests (268) and the users (117事業者), not their satisfaction",
         absent=["満足", "評価"]),
]
CATEGORY_COUNTS = {"kaki": 10, "cha": 10, "honyaku": 8, "followup": 6, "unanswerable": 6}
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h81q", "h81t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, DD, E, F, G, H = (
    "経費区分別の補助率と上限額", "申請と交付の実績", "成果指標の目標と実績",
    "地域別の回答事業者と輸出の状況", "茶の種類別の輸出量と輸出額", "輸出先の国・地域別の輸出量",
    "翻訳の種類別の料金", "言語別・種類別の利用件数")
LETTERS = dict(zip((A, B, C, DD, E, F, G, H), "abcdefgh"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


COMPUTED = {  # question id -> the answer string, computed from gold cells (or prose data where the notes say so)
    "h81q03": lambda g: thousands(g(A, "海外見本市への出展", "切り花の上限額（千円）", 2025) * GROUP_FACTOR),
    "h81q05": lambda g: _pct(g(B, "令和６年度", "採択件数（件）", 2024), g(B, "令和６年度", "申請件数（件）", 2024)),
    "h81q08": lambda g: f"{g(C, '県産花きの輸出額（万円）', '実績', 2024) - g(C, '県産花きの輸出額（万円）', '目標', 2024):,}万円",
    "h81q14": lambda g: _pct(g(DD, "雲居町", "うち輸出事業者（者）", 2023), g(DD, "雲居町", "回答事業者数（者）", 2023)),
    "h81q18": lambda g: _pct(g(F, "米国", "輸出事業者数（者）", 2023), g(F, "合計", "輸出事業者数（者）", 2023)),
    "h81q20": lambda g: "2026年度",  # 令和８年度 of the numbered list: 2018 + 8
    "h81q21": lambda g: f"{g(G, '会社案内の翻訳（１ページ）', '英語（円）', 2025) * 10 // 2:,}円",
    "h81q26": lambda g: _pct(g(H, "英語", "名刺", 2024), g(H, "英語", "計", 2024)),
    "h81q31": lambda g: _pct(g(E, "抹茶", "令和５年度／輸出額（百万円）", 2023), g(E, "合計", "令和５年度／輸出額（百万円）", 2023)),
}

# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {KAKI_PDF: (2, 3), CHA_PDF: (2, 3), HONYAKU_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (8, 40)  # after norm
GOLD_PER_TABLE = {A: 19, B: 24, C: 12, DD: 40, E: 35, F: 33, G: 13, H: 29}
DASH_PLAN = {  # table -> {(row, column)} printed 「－」
    A: {("鉢物の用土除去・植え替え", "切り花の上限額（千円）"), ("鮮度保持処理（前処理剤・湿式輸送）", "鉢物の上限額（千円）")},
    G: {("名刺の版下データの作成（１名分）", "その他の言語（円）"), ("ネイティブチェックのみ（１ページ）", "その他の言語（円）")},
    H: {("ベトナム語", "チェックのみ"), ("タイ語", "チェックのみ"), ("その他", "チェックのみ")},
}
DASH_QUESTIONS = {  # question id -> the 「－」 cell it is about
    "h81q02": (A, "鮮度保持処理（前処理剤・湿式輸送）", "鉢物の上限額（千円）"),
    "h81q24": (G, "ネイティブチェックのみ（１ページ）", "その他の言語（円）"),
}
TWO_LINE_TABLES = ("rates", "record", "areas", "kinds", "fees")  # tables with header cells over two lines
TABLE_QUESTIONS = 16  # at least, outside the followups


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout81.py")
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
        history = q.get("history")
        if q["category"] == "followup" and not history:
            errors.append(f"{qid}: a followup without a history")
        if history and q["category"] != "followup":
            errors.append(f"{qid}: only followups may have a history")
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
        if not 1 <= len(q["evidence"]) <= 3 and q["doc"] is not None:
            errors.append(f"{qid}: {len(q['evidence'])} evidence strings, expected 1-3")
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
                bare = re.sub(r"(%|万円|千円|円|件|年度)$", "", nfkc(a))
                if bare in doc_text[q["doc"]]:
                    errors.append(f"{qid}: the computed number {bare} is printed in its document")
        if len(q["answer"]) != 1:
            errors.append(f"{qid}: expected one answer item")
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
    # the 「－」 cells the questions are about are printed 「－」 and are no gold cells
    specs = {s.title: s for s in all_specs()}
    gold_keys = {(g["table"], g["row"], g["column"]) for g in gold}
    for qid, (table, row, col) in DASH_QUESTIONS.items():
        q = next((x for x in questions if x["id"] == qid), None)
        if q is None or "「－」" not in q["notes"] or table not in table_of(q):
            errors.append(f"{qid}: expected a question on the 「－」 cell {table} / {row} / {col}")
        if (row, col) not in specs[table].dash_cells() or (table, row, col) in gold_keys:
            errors.append(f"{qid}: {table} / {row} / {col} should be printed 「－」 and be no gold cell")
    return errors


def check_gold(gold, pages) -> list[str]:
    errors = []
    specs = {s.title: s for s in all_specs()}
    doc_text = {n: norm("\n".join(p)) for n, p in pages.items()}

    def page_text(doc, page):
        return norm(pages[doc][page - 1])

    any_page = defaultdict(lambda: {0})
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout81.py")
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
        if g["number"] is None or nfkc(g["value"]) in ("-", DASH):
            errors.append(f"{g['id']}: every gold cell should be numeric (no 「－」)")
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
    ids = [g["id"] for g in gold]
    if len(set(ids)) != len(ids):
        errors.append("gold ids are not unique")
    # each printed row, cell after cell (the 「－」 cells included), on its page: the gold values are
    # printed in their own row
    row_page = {(g["table"], g["row"]): g for g in gold}
    for title, spec in specs.items():
        for i in range(len(spec.rows)):
            g = row_page.get((title, spec.row_label(i)))
            if g is None:
                errors.append(f"{title} / {spec.row_label(i)}: no gold cell")
                continue
            if norm("".join(spec.printed_row(i))) not in page_text(g["doc"], g["page"]):
                errors.append(f"row sequence of {title} / {spec.row_label(i)} not on page {g['page']}")
    # 「－」 exactly where planned, and never gold
    gold_keys = {(g["table"], g["row"], g["column"]) for g in gold}
    for title, spec in specs.items():
        if spec.dash_cells() != DASH_PLAN.get(title, set()):
            errors.append(f"{title}: 「－」 cells {sorted(spec.dash_cells())}, planned {sorted(DASH_PLAN.get(title, set()))}")
        for row, col in spec.dash_cells():
            if (title, row, col) in gold_keys:
                errors.append(f"{title} / {row} / {col}: a 「－」 cell is gold")
    errors += check_totals(gold)
    errors += check_layouts(gold, pages)
    return errors


def check_totals(gold) -> list[str]:
    """Totals add up inside each table and between tables and prose data."""
    errors = []
    t = defaultdict(lambda: defaultdict(dict))
    for g in gold:
        if isinstance(g.get("number"), (int, float)):  # a cell without a number is reported by check_gold
            t[g["table"]][g["row"]][g["column"]] = g["number"]

    def dec(x):
        return Decimal(str(x))

    def adds_up(table, cols, rows=None, total="合計"):
        tab = t[table]
        rows = rows if rows is not None else [r for r in tab if r != total]
        for col in cols:
            if dec(tab[total][col]) != sum(dec(tab[r].get(col, 0)) for r in rows):
                errors.append(f"{table}: {total} of {col} does not add up")

    # (a): rates within 100 %; caps within the application cap of note ※２ (万円 -> 千円), also doubled
    for row, r in t[A].items():
        if not 0 < r["補助率（％）"] <= 100:
            errors.append(f"{A} / {row}: a rate out of range")
        for col in ("切り花の上限額（千円）", "鉢物の上限額（千円）"):
            if col in r and r[col] * GROUP_FACTOR > GROUP_CAP * 10:
                errors.append(f"{A} / {row}: a doubled cap above the group cap of note ※２")
            if col in r and r[col] > APP_CAP * 10:
                errors.append(f"{A} / {row}: a cap above the application cap of note ※２")
    # (b): growing applications; 新規 ≤ 採択 ≤ 申請; grants within the caps; 合計 adds up
    b = t[B]
    years = [era(y) for y, *_x in RECORD]
    ns = [b[y]["申請件数（件）"] for y in years]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for y in years:
        r = b[y]
        if not r["うち新規輸出者（件）"] <= r["採択件数（件）"] <= r["申請件数（件）"] \
                or r["交付額（千円）"] > r["採択件数（件）"] * GROUP_CAP * 10:
            errors.append(f"{B} / {y}: adoptions or grants out of range")
    adds_up(B, ("申請件数（件）", "採択件数（件）", "うち新規輸出者（件）", "交付額（千円）"), years)
    # (c): 達成率 = 実績 / 目標, whole per cent (note ※５)
    for row, r in t[C].items():
        if r["達成率（％）"] != pct0(r["実績"], r["目標"]):
            errors.append(f"{C} / {row}: 達成率 is not 実績 / 目標")
    # (d): 合計 adds up; exporters within respondents
    d = t[DD]
    dcols = ("回答事業者数（者）", "うち輸出事業者（者）", "輸出量（トン）", "輸出額（百万円）")
    adds_up(DD, dcols)
    if any(r["うち輸出事業者（者）"] > r["回答事業者数（者）"] for r in d.values()):
        errors.append(f"{DD}: exporters above respondents")
    # (e): 合計 adds up; 令和５年度 equals (d); 増減 is the difference, ▲ exactly on decreases
    e = t[E]
    y4, y5 = (era(y) for y in KIND_YEARS)
    ecols = [f"{y}／{c}" for y in (y4, y5) for c in ("輸出量（トン）", "輸出額（百万円）")] + ["輸出額の増減（百万円）"]
    adds_up(E, ecols)
    if dec(e["合計"][f"{y5}／輸出量（トン）"]) != dec(d["合計"]["輸出量（トン）"]) \
            or e["合計"][f"{y5}／輸出額（百万円）"] != d["合計"]["輸出額（百万円）"]:
        errors.append(f"{E}: 令和５年度 differs from {DD}")
    for row, r in e.items():
        if r["輸出額の増減（百万円）"] != r[f"{y5}／輸出額（百万円）"] - r[f"{y4}／輸出額（百万円）"]:
            errors.append(f"{E} / {row}: 増減 is not the difference")
    for g in gold:
        if g["table"] == E and g["column"] == "輸出額の増減（百万円）":
            if (g["number"] < 0) != g["value"].startswith(DECREASE):
                errors.append(f"{g['id']}: ▲ should mark exactly the decreases")
    # (f): tons add up to (d); shares from the tons; 合計 of exporters is (d)'s real count, not the sum
    f = t[F]
    adds_up(F, ("輸出量（トン）",))
    if dec(f["合計"]["輸出量（トン）"]) != dec(d["合計"]["輸出量（トン）"]):
        errors.append(f"{F}: 輸出量 differs from {DD}")
    for row, r in f.items():
        if dec(r["構成比（％）"]) != pct1(dec(r["輸出量（トン）"]), dec(f["合計"]["輸出量（トン）"])):
            errors.append(f"{F} / {row}: 構成比 differs from the tons")
    n_exp = d["合計"]["うち輸出事業者（者）"]
    counts = [r["輸出事業者数（者）"] for k, r in f.items() if k != "合計"]
    if f["合計"]["輸出事業者数（者）"] != n_exp or max(counts) > n_exp or sum(counts) <= n_exp:
        errors.append(f"{F}: 合計 of 輸出事業者数 should be {DD}'s {n_exp}, below the column sum")
    if sum(pct1(dec(r["輸出量（トン）"]), dec(f["合計"]["輸出量（トン）"])) for k, r in f.items() if k != "合計") != 100:
        errors.append(f"{F}: the shares do not add up to 100.0")
    # (g): fees grow from 英語 to その他の言語
    for row, r in t[G].items():
        vals = [r[c] for c in ("英語（円）", "中国語・韓国語（円）", "その他の言語（円）") if c in r]
        if vals != sorted(vals):
            errors.append(f"{G} / {row}: fees should not fall from 英語 to その他の言語")
    # (h): 計 is the row sum; 合計 adds up; 「－」 where (g) does not offer the check
    h = t[H]
    adds_up(H, ("名刺", "会社案内", "チェックのみ", "計"))
    for row, r in h.items():
        if r["計"] != sum(r.get(c, 0) for c in ("名刺", "会社案内", "チェックのみ")):
            errors.append(f"{H} / {row}: 計 is not the row sum")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    # (d): continued over a page break, its header not repeated
    areas = specs["areas"]
    bp = sorted({g["page"] for g in gold if g["table"] == DD})
    if len(bp) != 2 or bp[1] != bp[0] + 1:
        errors.append(f"{DD} is on pages {bp}, expected a page break inside it")
    else:
        header_bits = [norm(x) for x in areas.header[0][1:]]
        on = [i + 1 for i, p in enumerate(pages[CHA_PDF]) if all(h in norm(p) for h in header_bits)]
        if areas.repeat_header or on != bp[:1]:
            errors.append(f"{DD}: header printed on pages {on}, expected only on {bp[:1]}")
        cont = norm(pages[CHA_PDF][bp[1] - 1])
        first = [g["row"] for g in gold if g["table"] == DD and g["page"] == bp[0]][::4]
        rest = [g["row"] for g in gold if g["table"] == DD and g["page"] == bp[1]][::4]
        # the continuation page starts, after the running header and footer, directly with a data row
        lines = [x.strip() for x in pages[CHA_PDF][bp[1] - 1].splitlines() if x.strip()]
        if norm("".join(areas.header[0])) in cont or not rest or len(lines) < 5 or lines[4] != rest[0]:
            errors.append(f"{DD}: the continuation page should start with the row {rest[:1]}, without the header")
        if not 2 <= len(first) <= 8 or not rest or rest[-1] != "合計" or len(rest) < 2:
            errors.append(f"{DD}: {len(first)} rows before the page break, {len(rest)} after; expected 2-8 and at least 2 with 合計")
        if CONTINUED_ROW not in rest:
            errors.append(f"{DD}: {CONTINUED_ROW} (asked about) should be on the continuation page, got {rest}")
        if norm("県外に本社を置く茶商の県内工場") not in cont:
            errors.append(f"{DD}: note ※１ should follow the table on the continuation page")
    for key, spec in specs.items():
        if key == "areas":
            continue
        tp = {g["page"] for g in gold if g["table"] == spec.title}
        if len(tp) != 1:
            errors.append(f"{spec.title} is on pages {sorted(tp)}, expected one page")
    if specs["uses"].ruled or not all(s.ruled for k, s in specs.items() if k != "uses"):
        errors.append(f"only {H} must be drawn without ruling lines")
    # header cells over two lines: each part is its own line on the table's first page
    for key in TWO_LINE_TABLES:
        spec = specs[key]
        first_page = min(g["page"] for g in gold if g["table"] == spec.title)
        lines = [x.strip() for x in pages[spec.doc][first_page - 1].splitlines()]
        cells = [c for hrow in spec.header for c in hrow if "\n" in c]
        if not cells:
            errors.append(f"{spec.title}: no header cell over two lines")
        for c in cells:
            a, b = c.split("\n")
            if not any(lines[k] == a and lines[k + 1] == b for k in range(len(lines) - 1)):
                errors.append(f"{spec.title}: header {c!r} is not printed over two lines")
    # (e): a two-level header: group／leaf columns, and the 増減 column with a range
    kinds = specs["kinds"]
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == E))
    y4, y5 = (era(y) for y in KIND_YEARS)
    want = [f"{y}／{c}" for y in (y4, y5) for c in ("輸出量（トン）", "輸出額（百万円）")] + ["輸出額の増減（百万円）"]
    if len(kinds.header) != 2 or cols != want:
        errors.append(f"{E}: expected a two-level header with columns {want}, got {cols}")
    eg = [g for g in gold if g["table"] == E]
    if any(g["fiscal_year"] != fiscal_year(g["column"].split(GROUP_SEP)[0]) for g in eg if GROUP_SEP in g["column"]) \
            or any(g["fiscal_year_range"] != list(KIND_YEARS) for g in eg if GROUP_SEP not in g["column"]):
        errors.append(f"{E}: the year should come from the group, the 増減 column should carry {list(KIND_YEARS)}")
    if not any(g["value"].startswith(DECREASE) for g in eg):
        errors.append(f"{E}: no ▲ value")
    # (b): years as rows, a 合計 row with a range
    bg = [g for g in gold if g["table"] == B]
    if [g["fiscal_year"] for g in bg if g["row"] != "合計"][::4] != [y for y, *_x in RECORD] \
            or any(g["fiscal_year_range"] != [2020, 2024] for g in bg if g["row"] == "合計"):
        errors.append(f"{B}: expected years as rows and a 合計 row over 2020-2024")
    ranged = {(g["table"], g["column"] if g["table"] == E else g["row"]) for g in gold if g["fiscal_year_range"]}
    if ranged != {(B, "合計"), (E, "輸出額の増減（百万円）")}:
        errors.append(f"fiscal_year_range on unexpected cells: {sorted(ranged)}")
    # (c): 目標 / 実績 / 達成率 with the units from the row labels
    cg = [g for g in gold if g["table"] == C]
    if list(dict.fromkeys(g["column"] for g in cg)) != ["目標", "実績", "達成率（％）"] \
            or {g["row"]: g["unit"] for g in cg if g["column"] == "目標"} != {n: bracket_unit(n) for n, *_x in KPIS}:
        errors.append(f"{C}: expected 目標 / 実績 / 達成率 with the units from the row labels")
    # (h): the unit only in the caption note, a total column 計 on the right
    hg = [g for g in gold if g["table"] == H]
    if list(dict.fromkeys(g["column"] for g in hg))[-1] != "計" or {g["unit"] for g in hg} != {"件"}:
        errors.append(f"{H}: expected a 計 column on the right and the unit 件 from the caption note")
    htext = norm("\n".join(pages[HONYAKU_PDF]))
    if norm(f"○{H}（令和６年度）（単位：件）") not in htext:
        errors.append(f"{H}: the caption note （単位：件） is missing")
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
        got = re.findall(PHONE_RE, text)
        if got != want:
            errors.append(f"{what}: the contact box should give {want}, got {got}")
        lines = [norm(x) for x in "\n".join(pages[doc]).splitlines()]
        if not any(f"電話:{want[0]}ファクス:{want[1]}" in x for x in lines):
            errors.append(f"{what}: phone and fax should share one line")
        got_mails = re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text)
        if got_mails != mails:
            errors.append(f"{what}: mail addresses {got_mails}, expected {mails}")

    def defs(text, terms, what):
        for d_ in terms:
            if norm(f"「{d_}」とは") not in text:
                errors.append(f"{what}: the definition of {d_} is missing")

    def bullets_in(doc, items, what):
        raw = [norm(x) for x in "\n".join(pages[doc]).splitlines()]
        titles = [norm(s.title) for s in all_specs()]
        got = sum(x.startswith("○") and not any(t in x for t in titles) for x in raw)
        if got != items:
            errors.append(f"{what}: expected {items} bulleted items, got {got}")

    def qa(doc, what):
        raw = "\n".join(pages[doc]).splitlines()
        if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
            errors.append(f"{what}: expected three Ｑ lines and three Ａ lines")

    # ---- the call for applications
    kt = norm("\n".join(pages[KAKI_PDF]))
    siblings(kt, KAKI_PDF, ("品目：", "輸出先：", "主な取組：", "補助金の額："), [c[0] for c in KAKI_CASES])
    if norm(f"延べ{sum(r[2] for r in RECORD)}件、{sum(r[4] for r in RECORD):,}千円") not in kt:
        errors.append("call: the totals in the prose differ from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件を採択しました（うち新規輸出者{last[3]}件）") not in kt:
        errors.append("call: the 令和６年度 figures in the prose differ from (b)")
    above = [n for n, tg, a in KPIS if a >= tg]
    if above != ["県産花きの輸出額（万円）", "海外見本市での商談件数（件）"]:
        errors.append("call: 「輸出額と商談件数が目標を上回った」 does not hold")
    rates = {r[0]: r for r in RATES}
    for head, _item, _where, _what, amount, items, col, group in KAKI_CASES:
        factor = GROUP_FACTOR if group else 1
        caps = [rates[x][col] for x in items]
        if any(c is None for c in caps):
            errors.append(f"call: case {head} uses a cost not covered for its product")
            continue
        if amount > min((GROUP_CAP if group else APP_CAP) * 10, sum(caps) * factor):
            errors.append(f"call: case {head} exceeds its caps")
        if group and amount <= sum(caps):
            errors.append(f"call: the group case {head} should need the doubled caps")
    if re.findall(r"20\d\d年", kt) != ["2020年"]:
        errors.append("call: only 2020年度 should be printed in Western form")
    defs(kt, ("花き", "鉢物", "生産者団体", "新規輸出者"), "call")
    for x in KAKI_EXCLUDED:
        if norm(x) not in kt:
            errors.append(f"call: the cost not covered {x} is missing")
    bullets_in(KAKI_PDF, len(KAKI_EXCLUDED), "call")
    qa(KAKI_PDF, "call")
    steps_of(KAKI_PDF, "①②③④⑤⑥⑦", "call")
    contacts(KAKI_PDF, ["099-851-4120", "099-851-4129", "099-851-4300"], ["tei-kaki@example.jp"], "call")

    # ---- the tea survey
    ct = norm("\n".join(pages[CHA_PDF]))
    siblings(ct, CHA_PDF, ("主な輸出先：", "輸出の形態：", "工夫していること："), [c[0] for c in CHA_CASES])
    ta, tb, tt, tv = area_totals()
    if norm(f"{ta}者（回答率{pct1(ta, TARGET)}％）") not in ct \
            or norm(f"回答事業者{ta}者のうち{tb}者（{pct1(tb, ta)}％）") not in ct \
            or norm(f"直接輸出を行っている事業者は{DIRECT}者で、残る{tb - DIRECT}者") not in ct \
            or norm(f"輸出量は合計{tt}トン、輸出額は{tv}百万円") not in ct:
        errors.append("survey: the response and export figures in the prose differ from (d)")
    if sum(n for _r, n in RESP_TYPES) != ta or MERCHANT_EXPORTERS > tb \
            or norm(f"{RESP_TYPES[2][1]}者のうち{MERCHANT_EXPORTERS}者が輸出") not in ct:
        errors.append("survey: the respondents by type in the prose differ from (d)")
    if not ONLINE_START <= RECENT_START <= tb or WILLING > ta - tb \
            or norm(f"{ta - tb}者のうち、今後輸出に取り組みたいと答えた事業者は{WILLING}者（{pct1(WILLING, ta - tb)}％）") not in ct:
        errors.append("survey: the start of exports and the willing non-exporters in the prose do not hold")
    if max(AREAS, key=lambda a: a[3])[0] != "椥市" or max(AREAS, key=lambda a: a[4])[0] != "椥市":
        errors.append("survey: 「いずれも椥市が最も多い」 does not hold")
    matcha = KINDS[0]
    if not Decimal(matcha[4]) / tv > Decimal("0.4") or max(KINDS, key=lambda k: k[4])[0] != "抹茶":
        errors.append("survey: 「抹茶…輸出額全体の４割を超えた」 does not hold")
    if [k[0] for k in KINDS if k[4] < k[2]] != ["煎茶", "和紅茶"]:
        errors.append("survey: 「煎茶と和紅茶は輸出額が減少した」 does not hold")
    ranked = [n for n, _k, _t in sorted(DESTS, key=lambda r: -r[2])]
    if ranked[0] != "米国" or ranked[1] != "ＥＵ" or DESTS[0][2] * 3 <= tt \
            or max((r for r in DESTS if r[0] in ASIA), key=lambda r: r[2])[0] != "台湾":
        errors.append("survey: the destination ranking (米国 first, over a third; ＥＵ second; 台湾 first in Asia) does not hold")
    if [n for n, *_x in DESTS].index("ＥＵ") == 1:
        errors.append("survey: the second-largest destination should not be printed second")
    for name, n in ISSUES:
        if norm(f"{pct1(n, ta)}％") not in ct:
            errors.append(f"survey: the share of issue {name} is not printed")
    if sorted(ISSUES, key=lambda r: -r[1]) != ISSUES or ISSUE_EXPORTERS > tb \
            or norm(f"{pct1(ISSUE_EXPORTERS, tb)}％に上った") not in ct:
        errors.append("survey: the issues in the prose do not hold")
    if re.findall(r"20\d\d年", ct) != ["2024年"]:
        errors.append("survey: only 2024年 (調査基準日) should be printed in Western form")
    defs(ct, ("輸出事業者", "直接輸出", "輸出量"), "survey")
    bullets_in(CHA_PDF, 3, "survey")
    steps_of(CHA_PDF, "①②③④", "survey")
    contacts(CHA_PDF, ["099-854-2210", "099-854-2219", "099-854-2300"], ["tei-cha@example.jp"], "survey")

    # ---- the translation desk guide
    ht = norm("\n".join(pages[HONYAKU_PDF]))
    siblings(ht, HONYAKU_PDF, ("対象となる原稿：", "納期：", "納品の形式："), [s[0] for s in SERVICES])
    tot = [sum((u[j] or 0) for u in USES) for j in (1, 2, 3)]
    total = sum(tot)
    if norm(f"利用件数は{total}件で、前年度の{PREV_USES}件から{total - PREV_USES}件増えました") not in ht \
            or norm(f"会社案内の翻訳は{tot[1]}件、合わせて{BROCHURE_PAGES}ページ") not in ht:
        errors.append("guide: the use figures in the prose differ from (h)")
    eng = sum(x or 0 for x in USES[0][1:])
    if not eng / total > 0.4 or not tot[0] / total > 0.5 or USERS > total:
        errors.append("guide: 「英語が全体の４割を超え」 or 「名刺が半数を超え」 does not hold")
    dash_langs = [u[0] for u in USES if u[3] is None]
    if dash_langs[:2] != list(OTHER_LANGS) or FEES[3][3] is not None:
        errors.append("guide: the 「－」 of (h) should be the languages (g) does not check")
    if re.findall(r"20\d\d年", ht):
        errors.append("guide: no Western year should be printed")
    defs(ht, ("ページ", "ネイティブチェック", "営業日", "小規模企業者"), "guide")
    bullets_in(HONYAKU_PDF, 3, "guide")
    qa(HONYAKU_PDF, "guide")
    steps_of(HONYAKU_PDF, "①②③④⑤⑥", "guide")
    contacts(HONYAKU_PDF, ["099-857-3140", "099-857-3149", "099-857-3200"], ["tei-honyaku@example.jp"], "guide")

    # every phone number of the set is fictional (099-85x-xxxx), every mail address under example.jp
    for name, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,5}-\d{1,4}-\d{3,4}", text):
            if not re.fullmatch(PHONE_RE, ph):
                errors.append(f"{name}: phone number {ph} does not match 099-85x-xxxx")
        for mail in re.findall(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+", text):
            if not mail.endswith(MAIL_DOMAIN):
                errors.append(f"{name}: mail address {mail} outside {MAIL_DOMAIN}")
        if PREF not in p[0] or any(x in text for x in FORBIDDEN_PREFS):
            errors.append(f"{name}: the prefecture should be {PREF} only")
    return errors


CONTINUED_ROW = "三滝町"  # the row of (d) the continuation-page question asks about


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
