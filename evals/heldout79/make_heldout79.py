"""Build the 梛県 held-out set 79: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (梛県 and every town, scheme, organisation, phone number, address
and figure). The documents are in three genres the earlier sets do not use: a call for
applications (募集要項) for a prefectural subsidy towards small wineries' and cider makers'
exports (果実酒・シードル輸出支援補助金) with a two-level header of rates by firm size and caps by
new or continued export (a 「－」 cell), a yearly record (years as rows, header cells printed over
two lines, 「－」 for the years before cider was covered) and a KPI table (目標 / 実績 / 達成率 and a
mark column ◎ ○ △); the report of a survey of the prefecture's firms doing business abroad on
business succession (海外展開企業の事業承継に関する実態調査) with the share of firms whose successor
is decided by firm size in two survey years and a 増減 column printing decreases with ▲, the
firms by industry (a table continued over a page break without its header), the subsidiaries'
heads by country (header cells over two lines) and an unruled table of the issues; and the user
guide (利用案内) of a prefectural desk handling the ATA carnet and the temporary export of
trade-fair exhibits on firms' behalf (展示会出品物の一時輸出（ＡＴＡカルネ）手続代行窓口) with the fees
by the value of the goods (a 「－」 cell) and the uses by destination with a total column on the
right; see README.md beside this file.

    python make_heldout79.py [OUTPUT_DIR]          # default: this file's directory

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

SAKE_PDF = "nagi_kajitsushu_cidre_yushutsu_hojokin_boshu_yoko_r7.pdf"
SHOKEI_PDF = "nagi_kaigai_tenkai_jigyo_shokei_jittai_chosa_r6.pdf"
CARNET_PDF = "nagi_ata_carnet_tetsuzuki_daiko_madoguchi_riyo_annai_r7.pdf"
ALL_PDFS = (SAKE_PDF, SHOKEI_PDF, CARNET_PDF)

UNITS = ("ポイント", "千円", "万円", "円", "件", "人", "社", "者", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
DASH = "－"  # a cell with no figure (not covered / quoted separately / not yet covered): no gold cell
MINUS = "▲"  # printed before a decrease
PHONE_PREFIX = "099-83"  # every phone number of the set: 099-83x-xxxx
MAIL_DOMAIN = "@example.jp"
OTHER_PREFS = ("楾県",)  # the other helper's prefecture, named in no document


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
    """(number, unit) as printed after NFKC, ▲ read as a minus sign; (None, None) for text and 「－」."""
    v = nfkc(value).strip()
    if v.startswith(MINUS):
        v = "-" + v[1:]
    return docgen.parse_number(v, UNITS)


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


def pct0(k: int, n: int) -> int:
    """k / n in whole per cent, rounded half up."""
    return int(half_up(Decimal(k * 100) / Decimal(n), "1"))


def cell(x) -> str:
    """A table cell: None -> 「－」, a Decimal with one decimal (▲ for a decrease), an int as docgen
    prints it (single digits full-width)."""
    if x is None:
        return DASH
    if isinstance(x, Decimal):
        return f"{MINUS}{-x:.1f}" if x < 0 else f"{x:.1f}"
    return fw(x)


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf and optional columns
    that cover a range of fiscal years (a 増減 column)."""

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
    out = []
    for i, r in enumerate(spec.rows):
        for c in spec.value_cols:
            value = r[c]
            if value == DASH:  # no figure printed: no gold cell
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


PREF = "梛県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: fruit-wine and cider export subsidy, call for applications
SAKE = f"{PREF}果実酒・シードル輸出支援補助金"
SAKE_DEPT = f"{PREF} 農林水産部 県産品輸出推進課"
SAKE_DESK = f"公益財団法人{PREF}産業振興センター輸出相談室"
RATES = [  # 経費区分; 補助率（％）: 中小企業者, 小規模企業者; 上限額（千円）: 新規輸出, 継続輸出 (None: not covered)
    ("輸出先の酒類規制への対応", 50, 70, 400, 200), ("成分分析・品質検査", 50, 70, 300, 150),
    ("輸出用ボトル・ラベルの制作", 50, 60, 500, None), ("海外試飲会・商談会の開催", 50, 60, 800, 500),
    ("商談のための海外渡航", 40, 50, 300, 300),
]
FIRM_CAP_NEW, FIRM_CAP_CONT = 150, 100  # note ※３: 万円 per firm (新規輸出 / 継続輸出)
SMALL_STAFF = 20  # 小規模企業者: 常時使用する従業員の数が20人以下
RECORD = [  # 年度, 申請件数, 採択件数, うちシードル (None before 令和４年度), 交付額（千円）
    (2020, 11, 7, None, 5840), (2021, 14, 9, None, 7215), (2022, 18, 11, 3, 9460),
    (2023, 21, 12, 4, 10380), (2024, 26, 14, 6, 12605),
]
CIDRE_FROM = 2022
KPI = [  # 指標（単位）, 目標, 実績 (令和６年度)
    ("輸出に取り組む醸造事業者数（者）", 24, 21), ("果実酒等の輸出額（万円）", 5500, 6160),
    ("海外試飲会のバイヤー来場数（人）", 280, 196), ("新たに取引を始めた輸入業者数（社）", 12, 12),
]


def mark(rate: int) -> str:
    """Note ※５: ◎ 100 % or more, ○ 80 % to under 100 %, △ under 80 %."""
    return "◎" if rate >= 100 else "○" if rate >= 80 else "△"


SAKE_CASES = [  # 見出し, 輸出先, 主な取組, 補助金の額 (same labels in every sibling section); cost items
    ("ワイナリーＡ社（梛市）", "台湾（新規輸出）", "台湾の酒類の輸入規制への対応と輸出用ラベルの制作", "54万円",
     ("輸出先の酒類規制への対応", "輸出用ボトル・ラベルの制作")),
    ("シードル醸造所Ｂ社（白波市）", "香港（継続輸出）", "香港での試飲会の開催と輸入業者との商談のための渡航", "68万円",
     ("海外試飲会・商談会の開催", "商談のための海外渡航")),
    ("果実酒製造業Ｃ社（笹谷町）", "シンガポール（新規輸出）", "輸出先が求める成分分析と現地の商談会への参加", "39万円",
     ("成分分析・品質検査", "商談のための海外渡航")),
]
EXCLUDED = [  # 補助の対象にならない経費
    "酒税、関税その他の税金（輸出先で課されるものを含む。）",
    "通常の製造に要する経費（原料の果実及び容器の仕入れを含む。）",
    "商品の輸送費（試飲会・商談会で用いる見本の輸送費を除く。）",
    "交付決定の日より前に発注し、又は支払った経費",
]


def sake_specs():
    rates = TableSpec(
        key="rates", doc=SAKE_PDF, title="経費区分別の補助率と上限額",
        header=[["経費区分", "補助率（％）", "", "上限額（千円）", ""],
                ["", "中小企業者", "小規模企業者", "新規輸出", "継続輸出"]],
        rows=[[n, fw(a), fw(b), cell(c), cell(d)] for n, a, b, c, d in RATES],
        col_widths=[58 * mm, 26 * mm, 28 * mm, 24 * mm, 24 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    record = TableSpec(
        key="record", doc=SAKE_PDF, title="申請と交付の実績",
        header=[["年度", "申請\n件数（件）", "採択\n件数（件）", "うち\nシードル（件）", "交付額\n（千円）"]],
        rows=[[era(y), fw(a), fw(b), cell(s), fw(g)] for y, a, b, s, g in RECORD],
        col_widths=[30 * mm, 28 * mm, 28 * mm, 30 * mm, 30 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    kpi = TableSpec(
        key="kpi", doc=SAKE_PDF, title="成果指標の目標と実績",
        header=[["指標", "目標", "実績", "達成率（％）", "評価"]],
        rows=[[n, fw(t), fw(a), fw(pct0(a, t)), mark(pct0(a, t))] for n, t, a in KPI],
        col_widths=[68 * mm, 22 * mm, 22 * mm, 26 * mm, 16 * mm], value_cols=[1, 2, 3], table_fy=2024,
        align_left_cols=(), bold_rows=(),
    )
    kpi.unit = lambda row, c, s=kpi: "%" if c == 3 else bracket_unit(row[0])
    return rates, record, kpi


def sake_story(specs):
    rates, record, kpi = specs
    n_all, amt_all = sum(r[2] for r in RECORD), sum(r[4] for r in RECORD)
    last = RECORD[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{SAKE} 募集要項", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(SAKE_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　目的", H1)]
    st += paras(f"""
県産の果実を原料とする果実酒とシードルの海外での販路を広げるため、県内の醸造事業者が輸出に取り組む経費の一部を補助します。制度を始めた令和２年度（2020年度）から令和６年度までに、延べ{n_all}件、{amt_all:,}千円を交付しました。
""", 0)
    st += [P("２　募集の概要", H1)]
    st += lv_lines([
        ("補助事業名", SAKE),
        ("補助対象者", "県内に醸造所を有し、酒類の製造免許を受けて果実酒等を製造する中小企業者（個人事業主を含む。）"),
        ("募集期間", "令和７年５月12日から６月20日まで（必着）"),
        ("予算額", "1,800万円"),
        ("採択予定件数", "15件程度"),
        ("補助事業期間", "交付決定の日から令和８年２月27日まで"),
    ], 0)
    st += paras(f"""
この要項において「果実酒等」とは、県内で収穫された果実を主な原料として県内の醸造所で製造した果実酒（シードルを含む。）をいいます。「シードル」とは、りんごを原料とする発泡性の果実酒をいいます。「新規輸出」とは、補助事業の対象とする国・地域に申請者が果実酒等を輸出した実績がない場合をいい、それ以外の場合を「継続輸出」といいます。また、「小規模企業者」とは、常時使用する従業員の数が{SMALL_STAFF}人以下の中小企業者をいいます。
""", 0)
    st += [P("３　補助対象経費と補助率", H1)]
    st += paras("補助率は申請者の規模によって、上限額は輸出先への輸出の実績によって、経費区分ごとに次のとおりです。", 0)
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 補助率は、申請者が小規模企業者である場合は「小規模企業者」の欄を、それ以外の場合は「中小企業者」の欄を適用します。",
        "※２ 上限額は、新規輸出か継続輸出かによって適用します。「－」は、補助の対象にならない経費です。",
        f"※３ 補助金の額は、１事業者当たり{FIRM_CAP_NEW}万円（継続輸出は{FIRM_CAP_CONT}万円）を上限とし、千円未満の端数は切り捨てます。",
    ])
    st += paras("次の経費は補助の対象になりません。", 0)
    st += bullets(EXCLUDED, 0)
    st += [P("４　申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（県産品輸出推進課又は{SAKE_DESK}へ）",
        "② 申請書の提出（募集期間内に、事業計画書、見積書及び酒類製造免許の写しを添えて提出）",
        "③ 審査（書類審査と面談、令和７年７月中旬）",
        "④ 採択と交付決定の通知（令和７年８月上旬）",
        "⑤ 補助事業の実施（令和８年２月27日までに完了すること）",
        "⑥ 実績報告（事業の完了から30日以内。遅くとも令和８年３月６日まで）",
        "⑦ 補助金の額の確定と支払（令和８年３月下旬）",
    ], 0)
    st += [P("５　これまでの実績と成果指標", H1)]
    st += paras(f"""
申請件数は毎年増えており、令和６年度は{last[1]}件の申請があり、{last[2]}件を採択しました（うちシードル{fw(last[3])}件）。成果指標は、果実酒等の輸出額と新たに取引を始めた輸入業者数が目標に届きました。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += notes(["※４ シードルは令和４年度から補助の対象に加えたため、令和２年度と令和３年度の「うちシードル」の欄は「－」としています。"])
    st += [caption(kpi.title, "（令和６年度）"), kpi.flowable(), Spacer(1, 2)]
    st += notes([
        "※５ 評価は、達成率が100％以上を◎、80％以上100％未満を○、80％未満を△としています。目標は、梛県果実酒輸出促進プランの令和６年度の目標です。",
    ])
    st += [CondPageBreak(SIBLING_ROOM + 12 * mm), P("６　活用事例（令和６年度）", H1)]
    for i, (head, where, what, amount, _items) in enumerate(SAKE_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("輸出先", where), ("主な取組", what), ("補助金の額", amount)], 1)
    st += [P("７　よくある質問", H1)]
    qa = [
        ("日本酒や梅酒も対象になりますか。",
         "対象になりません。対象は、県産の果実を主な原料とする果実酒（シードルを含む。）に限ります。"),
        ("同じ年度に、二つの国・地域を対象として申請できますか。",
         "できます。ただし、上限額は国・地域ごとではなく、１事業者当たりの額です。"),
        ("試飲会で使う見本を現地に送る費用は、対象になりますか。",
         "対象になります。「海外試飲会・商談会の開催」の経費に含めて申請してください。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{SAKE_DEPT} 酒類輸出班　電話：099-831-4410　ファクス：099-831-4419",
        f"{SAKE_DESK}（事前相談）　電話：099-831-4500",
        "電子メール：nagi-sake@example.jp",
    ]))
    return st


# ================================================================ document 2: business succession of firms doing business abroad, survey report
SHOKEI = f"{PREF}海外展開企業の事業承継に関する実態調査"
SHOKEI_DEPT = f"{PREF} 商工労働部 経営支援課"
SHOKEI_CENTER = f"{PREF}事業承継・引継ぎ相談センター"
TARGET = 860  # 調査対象の企業
INDUSTRIES = [  # 業種, 回答企業数, うち経営者が60歳以上, 後継者決定企業, 海外現地法人を持つ企業 (社)
    ("食料品", 41, 24, 15, 6), ("繊維・衣服", 28, 19, 8, 5), ("化学", 25, 13, 11, 9),
    ("金属製品", 44, 27, 14, 10), ("機械", 58, 33, 25, 21), ("電気機器", 36, 20, 16, 14),
    ("卸売業", 52, 30, 19, 12), ("小売・サービス業", 31, 18, 9, 4), ("その他", 29, 15, 11, 6),
]
SIZES = [  # 企業規模, 令和３年度調査（％）, 回答企業数, 後継者決定企業 (令和６年度調査)
    ("小規模企業者", Decimal("29.5"), 142, 38), ("中小企業（小規模企業者を除く）", Decimal("34.4"), 167, 64),
    ("大企業", Decimal("70.6"), 35, 26),
]
PREV_ALL = Decimal("33.6")  # 全体, 令和３年度調査
PREV_RESPONDENTS = 318  # 令和３年度調査の回答企業 (note only)
TAKEOVER = [  # 海外事業を引き継ぐ者 (後継者決定企業, prose only)
    ("後継者本人", 69), ("海外事業を担当する役員等", 31), ("海外現地法人の現地幹部", 17), ("未定", 11),
]
SUBSIDIARIES = [  # 国・地域, 現地法人数, うち日本人が代表, ５年以内に交代予定, うち現地人材に交代 (社)
    ("中国", 34, 29, 12, 5), ("タイ", 25, 21, 9, 4), ("ベトナム", 22, 20, 6, 1),
    ("インドネシア", 11, 9, 3, 1), ("米国", 15, 10, 7, 4), ("その他", 13, 9, 4, 2),
]
ISSUES = [  # 事業承継の課題, 回答数: 後継者決定企業, 後継者未定企業 (複数回答)
    ("後継者の海外取引の経験不足", 52, 61), ("海外取引先との関係の引継ぎ", 47, 58),
    ("後継者が見つからない", 0, 102), ("株式の移転と相続税の負担", 38, 55),
    ("後継者の語学力", 29, 47), ("海外現地法人の代表者の確保", 34, 38),
]
SHOKEI_CASES = [  # 見出し, 海外展開の形態, 承継の状況, 海外事業の引継ぎ方 (same labels in every sibling section)
    ("機械製造業Ｄ社（梛市）", "タイに製造の現地法人", "令和５年に社長が交代（長男が就任）",
     "先代が会長として現地法人の代表を２年間続け、その間に後継者が現地の取引先を回った"),
    ("食料品製造業Ｅ社（白波市）", "台湾と香港への直接輸出", "後継者未定（親族以外の役員を候補として検討中）",
     "輸出の担当者を２人に増やし、取引先との連絡の記録を社内で共有している"),
    ("卸売業Ｆ社（笹谷町）", "中国とベトナムに販売の現地法人", "後継者決定（社外から招いた役員）",
     "現地法人の代表を、日本からの駐在員から現地採用の幹部に交代した"),
]


def respondents() -> int:
    return sum(r[1] for r in INDUSTRIES)


def decided() -> int:
    return sum(r[3] for r in INDUSTRIES)


def size_rows():
    """(企業規模, 令和３年度調査, 令和６年度調査, 増減) with the 全体 row."""
    rows = [(n, prev, pct1(d, k), pct1(d, k) - prev) for n, prev, k, d in SIZES]
    now = pct1(decided(), respondents())
    rows.append(("全体", PREV_ALL, now, now - PREV_ALL))
    return rows


def shokei_specs():
    sizes = TableSpec(
        key="sizes", doc=SHOKEI_PDF, title="企業規模別の後継者決定企業の割合",
        header=[["企業規模", "令和３年度調査（％）", "令和６年度調査（％）", "増減（ポイント）"]],
        rows=[[n, cell(a), cell(b), cell(c)] for n, a, b, c in size_rows()],
        col_widths=[62 * mm, 36 * mm, 36 * mm, 30 * mm], bold_rows=("全体",),
    )
    sizes.unit = lambda row, c, s=sizes: bracket_unit(s.column_label(c))
    sizes.col_range = {3: [2021, 2024]}
    rows = [[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in INDUSTRIES]
    rows.append(["合計"] + [fw(sum(r[j] for r in INDUSTRIES)) for j in (1, 2, 3, 4)])
    industries = TableSpec(
        key="industries", doc=SHOKEI_PDF, title="業種別の回答企業と後継者の状況",
        header=[["業種", "回答\n企業数（社）", "うち経営者が\n60歳以上（社）", "後継者\n決定企業（社）",
                 "海外現地法人を\n持つ企業（社）"]],
        rows=rows, col_widths=[38 * mm, 28 * mm, 32 * mm, 30 * mm, 34 * mm], table_fy=2024,
        repeat_header=False,
    )
    industries.unit = lambda row, c, s=industries: bracket_unit(s.column_label(c))
    srows = [[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in SUBSIDIARIES]
    srows.append(["合計"] + [fw(sum(r[j] for r in SUBSIDIARIES)) for j in (1, 2, 3, 4)])
    subs = TableSpec(
        key="subs", doc=SHOKEI_PDF, title="国・地域別の海外現地法人の代表者",
        header=[["国・地域", "現地法人数\n（社）", "うち日本人が\n代表（社）", "５年以内に\n交代予定（社）",
                 "うち現地人材\nに交代（社）"]],
        rows=srows, col_widths=[36 * mm, 28 * mm, 32 * mm, 32 * mm, 32 * mm], table_fy=2024,
    )
    subs.unit = lambda row, c, s=subs: bracket_unit(s.column_label(c))
    n_all, n_d, n_u = split_firms()
    issues = TableSpec(
        key="issues", doc=SHOKEI_PDF, title="事業承継の課題（複数回答）",
        header=[["課題", "全体", "後継者決定企業", "後継者未定企業"]],
        rows=[[x, cell(pct1(a + b, n_all)), cell(pct1(a, n_d)), cell(pct1(b, n_u))] for x, a, b in ISSUES],
        col_widths=[66 * mm, 24 * mm, 34 * mm, 34 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return sizes, industries, subs, issues


def split_firms() -> tuple[int, int, int]:
    """The ｎ of the unruled table: all respondents, 後継者決定企業, 後継者未定企業."""
    n, d = respondents(), decided()
    return n, d, n - d


def shokei_story(specs):
    sizes, industries, subs, issues = specs
    total, dec = respondents(), decided()
    n_all, n_d, n_u = split_firms()
    with_subs = sum(r[4] for r in INDUSTRIES)
    n_subs = sum(r[1] for r in SUBSIDIARIES)
    older = sum(r[2] for r in INDUSTRIES)
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{SHOKEI} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月", DATE_RIGHT), P(SHOKEI_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "海外展開企業の事業承継の実態と課題を把握し、県の施策に役立てるため"),
        ("調査対象", f"県内に本社を置く海外展開企業 {TARGET}社"),
        ("調査基準日", "令和６年（2024年）９月１日"),
        ("調査期間", "令和６年９月９日から10月18日まで"),
        ("調査方法", "郵送及びウェブによるアンケート"),
        ("回答数", f"{total}社（回答率{pct1(total, TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「海外展開企業」とは、直接輸出、海外への生産委託又は海外拠点の設置のいずれかを行っている企業をいう。「後継者決定企業」とは、後継者が決まり、本人の了承も得ている企業をいい、候補者がいるが了承を得ていない企業は「後継者未定企業」に含める。「海外現地法人」とは、回答企業の出資比率が50％を超える海外の法人をいう。「小規模企業者」と「中小企業」は中小企業基本法によるものとし、それ以外を「大企業」という。
""", 0)
    st += [P("２　後継者の決定状況", H1)]
    st += paras(f"""
後継者決定企業は、回答企業{total}社のうち{dec}社（{pct1(dec, total)}％）で、前回の令和３年度調査から上がった。企業規模別では、大企業と中小企業の割合は上がったが、小規模企業者の割合だけが前回の調査から下がった。
""", 0)
    st += [caption(sizes.title), sizes.flowable(), Spacer(1, 2)]
    st += notes([
        f"※１ 令和３年度調査は、同じ方法で令和３年９月に行った（回答企業{PREV_RESPONDENTS}社）。増減は、令和６年度調査の割合から令和３年度調査の割合を引いたもので、「▲」は減少を示す。",
    ])
    st += [P("３　業種別の状況", H1)]
    st += paras(f"""
経営者が60歳以上の企業は{older}社で、回答企業の半数を超えた。業種別では、機械が後継者決定企業、海外現地法人を持つ企業ともに最も多い。
""", 0)
    st += [caption(industries.title, "（令和６年９月１日現在）", keep=False), industries.flowable(), Spacer(1, 2)]
    st += notes(["※２ 「その他」は、建設業、運輸業等である。"])
    st += [P("４　海外事業を引き継ぐ者", H1)]
    t = dict(TAKEOVER)
    st += paras(f"""
後継者決定企業{dec}社のうち、海外事業も後継者本人が引き継ぐ予定の企業は{t['後継者本人']}社、海外事業を担当する役員等を別に置く予定の企業は{t['海外事業を担当する役員等']}社、海外現地法人の現地幹部に任せる予定の企業は{t['海外現地法人の現地幹部']}社で、{t['未定']}社はまだ決めていない。
""", 0)
    st += [P("５　海外現地法人の代表者", H1)]
    st += paras(f"""
海外現地法人を持つ企業は{with_subs}社で、その現地法人は{n_subs}社である。代表者の多くは日本人で、５年以内の交代を予定している現地法人のうち、現地人材への交代を予定しているものは半数に満たない。
""", 0)
    st += [caption(subs.title, "（令和６年９月１日現在）"), subs.flowable(), Spacer(1, 2)]
    st += notes([f"※３ 海外現地法人を持つ{with_subs}社が、現地法人ごとに回答した（１社が複数の現地法人を持つ場合がある）。"])
    st += [CondPageBreak(SIBLING_ROOM + 12 * mm), P("６　企業の事例", H1)]
    for i, (head, form, state, how) in enumerate(SHOKEI_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("海外展開の形態", form), ("承継の状況", state), ("海外事業の引継ぎ方", how)], 1)
    st += [P("７　事業承継の課題", H1)]
    st += paras("""
全体と後継者決定企業では「後継者の海外取引の経験不足」が最も多く、後継者未定企業では「後継者が見つからない」が最も多かった。
""", 0)
    st += [caption(issues.title, "（単位：％）"), issues.flowable(), Spacer(1, 2)]
    st += notes([
        f"※４ 回答企業（全体{n_all}社、後継者決定企業{n_d}社、後継者未定企業{n_u}社）が回答した。複数回答のため、合計は100％にならない。",
    ])
    st += [P("８　県への主な要望（自由記述）", H1)]
    st += bullets([
        "後継者が海外の取引先を訪ねる渡航費を補助してほしい。",
        "海外現地法人の株式や代表者の変更の手続に詳しい専門家を紹介してほしい。",
        "後継者どうしが海外事業の経験を学び合える場を設けてほしい。",
    ], 0)
    st += [P("９　今後の取組", H1)]
    st += numbered([
        f"① {SHOKEI_CENTER}に、海外事業の承継を相談できる窓口を令和７年度中に設ける。",
        "② 後継者向けの海外事業研修を、年２回開く。",
        "③ 海外現地法人の承継に詳しい専門家の名簿を作り、相談に応じて紹介する。",
        "④ 次回の調査は、令和９年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("10　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{SHOKEI_DEPT} 事業承継班　電話：099-834-2610　ファクス：099-834-2619",
        f"{SHOKEI_CENTER}（個別の相談）　電話：099-834-2700",
        "電子メール：nagi-shokei@example.jp",
    ]))
    return st


# ================================================================ document 3: ATA carnet desk, user guide
CARNET = f"{PREF}展示会出品物一時輸出（ＡＴＡカルネ）手続代行窓口"
CARNET_DEPT = f"{PREF} 商工労働部 海外販路支援課"
KAI = f"一般社団法人{PREF}貿易振興会"
KINDS = [  # 見出し, 行う内容, 必要な日数, お渡しするもの (same labels in every sibling section)
    ("書類作成代行", "出品物の一覧（総括表）とカルネの申請書類の作成", "資料の受領から３営業日", "申請書類一式（電子ファイル）"),
    ("発給申請代行", "発給機関への申請とカルネの受取り（書類作成代行を含む）", "資料の受領から８営業日", "カルネ（原本）"),
    ("通関立会い", "出国時と帰国時の税関での手続への立会い（県内の空港・港に限る）", "出国日の５営業日前までに申込み",
     "手続の記録票"),
]
BANDS = [  # 物品価額, 書類作成代行, 発給申請代行, 通関立会い（１回） (円; None: quoted separately)
    ("100万円未満", 8000, 15000, 10000), ("100万円以上500万円未満", 12000, 22000, 10000),
    ("500万円以上1,000万円未満", 18000, 30000, 15000), ("1,000万円以上", 25000, 40000, None),
]
USES = [  # 出品先, 書類作成代行, 発給申請代行, 通関立会い (件, 令和６年度)
    ("中国", 5, 14, 6), ("台湾", 4, 9, 3), ("韓国", 2, 6, 2), ("シンガポール", 3, 7, 4),
    ("米国", 6, 18, 9), ("ドイツ", 4, 15, 8), ("フランス", 2, 8, 3), ("その他", 3, 5, 2),
]
EUROPE = ("ドイツ", "フランス")
PREV_USES = 121  # 令和５年度の利用件数 (prose only)
USERS = 64  # 令和６年度に利用した事業者 (prose only)
DOCUMENTS = [  # 申込みに必要な書類
    "利用申込書（窓口の様式）",
    "出品物の一覧（品名、数量、価額、重量及び原産国を記入したもの）",
    "展示会の出展を確認できる書類（出展契約書又は主催者からの通知）",
    "出品物の写真（１品目につき１枚以上）",
]
CARNET_NOTES = [
    "書類の作成に着手する前の取消しは、無料です。",
    "書類の作成に着手した後の取消しは、手数料の50％をいただきます。",
    "発給機関に申請した後の取消しは、手数料の全額をいただきます。",
    "出品物を展示会で販売する場合は、カルネは使えません（販売する物品は通常の輸出の手続が必要です）。",
]


def carnet_specs():
    fees = TableSpec(
        key="fees", doc=CARNET_PDF, title="物品価額別の代行手数料",
        header=[["物品価額", "書類作成代行（円）", "発給申請代行（円）", "通関立会い\n（１回）（円）"]],
        rows=[[n, cell(a), cell(b), cell(c)] for n, a, b, c in BANDS],
        col_widths=[56 * mm, 36 * mm, 36 * mm, 32 * mm], table_fy=2025,
    )
    fees.unit = lambda row, c, s=fees: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(c), fw(a + b + c)] for n, a, b, c in USES]
    rows.append(["合計"] + [fw(sum(r[j] for r in USES)) for j in (1, 2, 3)] + [fw(sum(sum(r[1:]) for r in USES))])
    uses = TableSpec(
        key="uses", doc=CARNET_PDF, title="出品先の国・地域別の利用件数",
        header=[["出品先", "書類作成\n代行（件）", "発給申請\n代行（件）", "通関立会い\n（件）", "計（件）"]],
        rows=rows, col_widths=[38 * mm, 28 * mm, 28 * mm, 28 * mm, 24 * mm], table_fy=2024,
    )
    uses.unit = lambda row, c, s=uses: bracket_unit(s.column_label(c))
    return fees, uses


def carnet_story(specs):
    fees, uses = specs
    total = sum(sum(r[1:]) for r in USES)
    by_kind = [sum(r[j] for r in USES) for j in (1, 2, 3)]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{CARNET}<br/>利用案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(CARNET_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　窓口の概要", H1)]
    st += paras("""
この窓口は、県内の事業者が海外の展示会・見本市に出品する物品を一時的に輸出し、展示会の後に持ち帰る際に必要なＡＴＡカルネの手続を、事業者に代わって行うものです。初めて海外の展示会に出品する事業者も、お気軽にご利用ください。
""", 0)
    st += lv_lines([
        ("窓口名", CARNET),
        ("実施主体", PREF),
        ("運営", f"{KAI}（県からの委託）"),
        ("利用できる者", "県内に事業所を有する事業者で、海外の展示会・見本市に出品するもの"),
        ("受付時間", "平日９時から17時まで"),
        ("実施期間", "令和７年４月１日から令和８年３月31日まで"),
    ], 0)
    st += paras("""
この案内において「ＡＴＡカルネ」（以下「カルネ」といいます。）とは、ＡＴＡ条約の締約国・地域の税関で、展示会への出品物等を一時的に持ち込む際に、輸入申告書と関税等の担保を兼ねる書類として使える通関手帳をいいます。「一時輸出」とは、展示会の終了後に同じ物品を持ち帰る（再輸入する）ことを予定して輸出することをいいます。「物品価額」とは、カルネに記載する出品物の価額の合計をいいます。また、「営業日」とは、土曜日、日曜日、祝日及び年末年始（12月29日から１月３日まで）を除く日をいいます。
""", 0)
    st += [CondPageBreak(SIBLING_ROOM + 12 * mm), P("２　代行の種類", H1)]
    for i, (head, what, days, given) in enumerate(KINDS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("行う内容", what), ("必要な日数", days), ("お渡しするもの", given)], 1)
    st += [P("３　代行手数料", H1)]
    st += paras("手数料は、代行の種類と物品価額によって次のとおりです（１件当たり、消費税込み）。", 0)
    st += [caption(fees.title, "（令和７年度）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 発給申請代行の手数料には、書類作成代行の手数料を含みます。「－」は、個別に見積もります。",
        "※２ 県内中小企業（県内に事業所を有する中小企業基本法に定める中小企業者）は、上表の手数料の半額とします（年度内３件まで）。",
        "※３ カルネの発給手数料と担保に要する費用は、上表とは別に、事業者が発給機関に支払います。",
    ])
    st += [P("４　申込みに必要な書類", H1)]
    st += bullets(DOCUMENTS, 0)
    st += [P("５　申込みからカルネの返却までの流れ", H1)]
    st += numbered([
        "① 事前相談（展示会の２か月前までが目安）",
        "② 申込み（必要な書類を窓口に提出）",
        "③ 見積りと手数料の請求（申込みの翌営業日まで）",
        "④ 書類の作成と発給機関への申請（手数料の入金を確認した後）",
        "⑤ カルネの引渡し（出国日の３営業日前まで）",
        "⑥ 帰国後の再輸入の手続とカルネの返却（展示会の終了から１か月以内）",
    ], 0)
    st += [P("６　利用の状況", H1)]
    st += paras(f"""
令和６年度の利用件数は{total}件（書類作成代行{by_kind[0]}件、発給申請代行{by_kind[1]}件、通関立会い{by_kind[2]}件）で、前年度の{PREV_USES}件から{total - PREV_USES}件増えました。利用した事業者は{USERS}事業者です。出品先別では米国が最も多く、欧州（ドイツ、フランス）向けが全体の４分の１を超えました。
""", 0)
    st += [caption(uses.title, "（令和６年度）"), uses.flowable(), Spacer(1, 2)]
    st += notes(["※４ 「その他」は、オーストラリア、タイ、アラブ首長国連邦等です。"])
    st += [P("７　取消しと利用上の注意", H1)]
    st += bullets(CARNET_NOTES, 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{CARNET_DEPT} 展示会支援班　電話：099-837-5120　ファクス：099-837-5129",
        f"{KAI}（申込み・手続の進み具合）　電話：099-837-5200",
        "電子メール：nagi-carnet@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return sake_specs() + shokei_specs() + carnet_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    aspecs, sspecs, cspecs = sake_specs(), shokei_specs(), carnet_specs()
    adoc = build_pdf(docs_dir / SAKE_PDF, aspecs, sake_story(aspecs),
                     f"令和７年度 {SAKE} 募集要項", "令和７年４月", SAKE_DEPT)
    sdoc = build_pdf(docs_dir / SHOKEI_PDF, sspecs, shokei_story(sspecs),
                     f"令和６年度 {SHOKEI} 報告書", "令和７年３月", SHOKEI_DEPT)
    cdoc = build_pdf(docs_dir / CARNET_PDF, cspecs, carnet_story(cspecs),
                     f"令和７年度 {CARNET} 利用案内", "令和７年４月", CARNET_DEPT)
    gold = all_gold({SAKE_PDF: adoc.row_pages, SHOKEI_PDF: sdoc.row_pages, CARNET_PDF: cdoc.row_pages})
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
    # --- sake: the fruit-wine and cider export subsidy call, tables (a) (b) (c), definitions, costs not covered, sibling sections, Q&A
    dict(question="従業員12人のワイナリーが、台湾へ初めて輸出するために、台湾の酒類の登録やラベル承認の申請を専門家に頼みたいそうです。費用は50万円の見込みですが、補助金はいくらになりますか？",
         category="sake", doc=SAKE_PDF,
         evidence=["常時使用する従業員の数が20人以下", "輸出した実績がない場合", "輸出先の酒類規制への対応 50 70 400 200"],
         answer=["350千円"], computed=True,
         notes="three facts: 12人 is within the 20人 of 小規模企業者 (definition in ２), so the rate of the leaf "
               "補助率（％）／小規模企業者 applies (note ※１: 70, not 50); a first export to 台湾 is 新規輸出 "
               "(definition), so the cap is 上限額（千円）／新規輸出 400 (note ※２); (a): 500千円 × 70 % = 350千円 "
               "(35万円), under the cap of 400千円 and the firm cap of 150万円 (note ※３)"),
    dict(question="2025年度の募集で、すでに輸出実績のある香港で試飲会を開く場合、補助の上限額はいくらですか？",
         category="sake", doc=SAKE_PDF, evidence=["海外試飲会・商談会の開催 50 60 800 500"], answer=["500"],
         notes="(a) leaf 上限額（千円）／継続輸出 (香港 already exported to = 継続輸出, definition in ２); the unit 千円 "
               "is only in the group cell; 800 (新規輸出) and 50 / 60 (the rates) are the traps; 2025年度 = 令和７年度 "
               "(printed nowhere in Western form)"),
    dict(question="以前から輸出している国向けに、輸出用のボトルやラベルを作り直す費用は補助されますか？",
         category="sake", doc=SAKE_PDF, evidence=["輸出用ボトル・ラベルの制作 50 60 500", "補助の対象にならない経費です"],
         answer=["補助の対象にならない"],
         notes="two facts: (a) row 輸出用ボトル・ラベルの制作 prints 「－」 under 上限額（千円）／継続輸出 (no gold cell), "
               "and note ※２ says 「－」 is a cost not covered; 500 (新規輸出) is the trap"),
    dict(question="2024年度の申請のうち、採択されたのは何％でしたか？",
         category="sake", doc=SAKE_PDF, evidence=["令和６年度 26 14 ６ 12,605"], answer=["53.8%"], computed=True,
         notes="(b) years as rows, header cells over two lines: 14 / 26 = 53.8 % (2024年度 = 令和６年度; only 2020年度 "
               "is printed in Western form)"),
    dict(question="令和２年度から令和６年度までに交付した補助金は、採択１件当たり平均でいくらになりますか？",
         category="sake", doc=SAKE_PDF, evidence=["延べ53件、45,500千円を交付しました"], answer=["858.5千円"],
         computed=True,
         notes="the five-year totals in the prose of １ (also the sums of (b)): 45,500 / 53 = 858.5千円 (about 86万円)"),
    dict(question="2021年度に採択された案件のうち、シードルは何件でしたか？",
         category="sake", doc=SAKE_PDF, evidence=["シードルは令和４年度から補助の対象に加えた"], answer=["令和４年度から"],
         notes="(b) the うちシードル（件） cell of 令和３年度 (2021年度) is printed 「－」 (no gold cell); note ※４: cider "
               "was covered only from 令和４年度, so none; ９ (採択件数 of the year) is the trap"),
    dict(question="令和６年度の果実酒等の輸出額は、目標をいくら上回りましたか？",
         category="sake", doc=SAKE_PDF, evidence=["果実酒等の輸出額（万円） 5,500 6,160 112 ◎"], answer=["660万円"],
         computed=True,
         notes="(c) KPI table with 目標 / 実績 / 達成率 and a mark column: 6,160 − 5,500 = 660万円 (the unit from the "
               "row label); 112 (達成率) is a wrong reading"),
    dict(question="成果指標のうち、達成率が８割に届かなかったのはどの指標ですか？",
         category="sake", doc=SAKE_PDF, evidence=["海外試飲会のバイヤー来場数（人） 280 196 70 △", "80％未満を△"],
         answer=["海外試飲会のバイヤー来場数"],
         notes="(c) which row: the only 達成率 under 80 (70), marked △ (note ※５: △ = under 80 %); 輸出に取り組む"
               "醸造事業者数 (88, ○) is the near miss"),
    dict(question="りんごの発泡酒を造っている醸造所の活用事例では、補助金はいくら交付されましたか？",
         category="sake", doc=SAKE_PDF, evidence=["（２）シードル醸造所Ｂ社", "補助金の額：68万円"], answer=["68万円"],
         notes="sibling sections （１）–（３） of ６ share the labels 輸出先, 主な取組, 補助金の額; （２）シードル醸造所Ｂ社 "
               "(りんごの発泡酒 = シードル, definition in ２); 54万円 and 39万円 are the siblings' values"),
    dict(question="輸出先で課される酒税も、この補助金の対象経費に含められますか？",
         category="sake", doc=SAKE_PDF, evidence=["次の経費は補助の対象になりません", "輸出先で課されるものを含む"],
         answer=["対象になりません"],
         notes="the costs not covered: the lead sentence ends page 1, the item 酒税、関税その他の税金（輸出先で課される"
               "ものを含む。） starts page 2"),
    dict(question="試飲会で配る見本を現地に送る送料は、補助の対象になりますか？",
         category="sake", doc=SAKE_PDF, evidence=["対象になります。「海外試飲会・商談会の開催」"], answer=["対象になります"],
         notes="Q&A: Ａ of Ｑ３ (yes, under 海外試飲会・商談会の開催); the cost not covered 商品の輸送費 is the trap, "
               "its bracket excepts the samples"),
    # --- shokei: the survey of business succession, tables (d) (e) (f) (g), a definition, prose, sibling sections
    dict(question="海外展開企業の事業承継の調査は、回答率が何％でしたか？",
         category="shokei", doc=SHOKEI_PDF, evidence=["回答数：344社（回答率40.0％）"], answer=["40.0"],
         notes="「label：value」 line 回答数 (344 of the 860社 of 調査対象); 37.2 % (後継者決定企業) is a near miss"),
    dict(question="後継者の候補はいるものの、まだ本人の了承を得ていない会社は、この調査ではどちらに数えられていますか？",
         category="shokei", doc=SHOKEI_PDF, evidence=["候補者がいるが了承を得ていない企業は「後継者未定企業」に含める"],
         answer=["後継者未定企業"],
         notes="definition 「後継者決定企業」とは…本人の了承も得ている企業…候補者がいるが了承を得ていない企業は"
               "「後継者未定企業」に含める (asked at its boundary)"),
    dict(question="従業員の少ない小規模企業者では、後継者が決まっている会社の割合は前回の調査から何ポイント変わりましたか？",
         category="shokei", doc=SHOKEI_PDF, evidence=["小規模企業者 29.5 26.8 ▲2.7"], answer=["▲2.7"],
         notes="(e) 増減（ポイント） column printing decreases with ▲ (note ※１): down 2.7 points; the prose says only "
               "that it fell; 3.6 (全体) is the trap"),
    dict(question="2021年度の調査では、大企業のうち後継者が決まっていた割合は何％でしたか？",
         category="shokei", doc=SHOKEI_PDF, evidence=["大企業 70.6 74.3 3.7"], answer=["70.6"],
         notes="(e) column 令和３年度調査（％） (2021年度 = 令和３年度; the report prints only 2024年 in Western form); "
               "74.3 (令和６年度調査) is the trap"),
    dict(question="卸売業の回答企業のうち、後継者が決まっている会社は何社ですか？",
         category="shokei", doc=SHOKEI_PDF, evidence=["卸売業 52 30 19 12"], answer=["19"],
         notes="(d) continuation page (no header there): row 卸売業, column 後継者決定企業（社）; 30 (経営者が60歳以上) "
               "and 12 (海外現地法人) are the traps"),
    dict(question="機械メーカーでは、回答した会社のうち後継者が決まっている会社は何％になりますか？",
         category="shokei", doc=SHOKEI_PDF, evidence=["機械 58 33 25 21"], answer=["43.1%"], computed=True,
         notes="(d) continuation page, a share in a row: 25 / 58 = 43.1 %"),
    dict(question="後継者が決まっている会社のうち、海外事業を現地法人の現地幹部に任せる予定の会社は何％ですか？",
         category="shokei", doc=SHOKEI_PDF, evidence=["後継者決定企業128社のうち", "現地幹部に任せる予定の企業は17社"],
         answer=["13.3%"], computed=True,
         notes="prose of ４ (who takes over the overseas business, in no table): 17 / 128 = 13.3 % (17 / 344 over all "
               "respondents is a wrong reading)"),
    dict(question="米国にある現地法人のうち、５年以内に代表者の交代を予定しているのは何％ですか？",
         category="shokei", doc=SHOKEI_PDF, evidence=["米国 15 10 ７ ４"], answer=["46.7%"], computed=True,
         notes="(f) header cells over two lines: ５年以内に交代予定（社） / 現地法人数（社） = 7 / 15 = 46.7 %"),
    dict(question="後継者がまだ決まっていない会社で、後継者の語学力を課題に挙げたのは何％ですか？",
         category="shokei", doc=SHOKEI_PDF, evidence=["後継者の語学力 22.1 22.7 21.8"], answer=["21.8"],
         notes="(g) unruled table, column 後継者未定企業 (ｎ 216 in note ※４); 22.1 (全体) and 22.7 (後継者決定企業) are "
               "the traps"),
    dict(question="お菓子や加工食品を作っている会社の事例では、後継者はもう決まっていますか？",
         category="shokei", doc=SHOKEI_PDF, evidence=["（２）食料品製造業Ｅ社", "承継の状況：後継者未定"], answer=["後継者未定"],
         notes="sibling sections （１）–（３） of ６ share the labels 海外展開の形態, 承継の状況, 海外事業の引継ぎ方; "
               "（２）食料品製造業Ｅ社 (お菓子や加工食品 = 食料品製造業); 後継者決定 (（３）) is the sibling's value"),
    # --- carnet: the ATA carnet desk guide, tables (h) (i), definitions, sibling sections, notes
    dict(question="カルネを受け取るところまで全部お願いしたい場合、資料を渡してから何日かかりますか？",
         category="carnet", doc=CARNET_PDF, evidence=["（２）発給申請代行", "必要な日数：資料の受領から８営業日"],
         answer=["８営業日"],
         notes="sibling sections （１）–（３） of ２ share the labels 行う内容, 必要な日数, お渡しするもの; （２）発給申請代行 "
               "(its 行う内容 includes receiving the carnet); ３営業日 (（１）) is the sibling's value"),
    dict(question="展示会の会場で売ってしまうつもりの商品も、カルネで持ち出せますか？",
         category="carnet", doc=CARNET_PDF, evidence=["出品物を展示会で販売する場合は、カルネは使えません"],
         answer=["カルネは使えません"],
         notes="the notes for users (the last ○ of ７), in line with the 「一時輸出」 definition (goods to be brought "
               "back): no"),
    dict(question="県内に工場がある大手メーカーが、物品価額がちょうど100万円の出品物について、カルネの受取りまで頼む場合、手数料はいくらですか？",
         category="carnet", doc=CARNET_PDF, evidence=["100万円以上500万円未満 12,000 22,000 10,000"], answer=["22,000"],
         notes="(h) row 100万円以上500万円未満 (100万円 is its lower bound), column 発給申請代行（円）; a large firm gets "
               "no half fee (note ※２ is for 県内中小企業); 15,000 (100万円未満) and 12,000 are the traps"),
    dict(question="県内の中小企業が、物品価額800万円の出品物について書類の作成だけを頼むと、手数料はいくらになりますか？",
         category="carnet", doc=CARNET_PDF, evidence=["500万円以上1,000万円未満 18,000 30,000 15,000", "上表の手数料の半額とします"],
         answer=["9,000円"], computed=True,
         notes="two facts: (h) row 500万円以上1,000万円未満, column 書類作成代行（円） 18,000, halved for a 県内中小企業 "
               "(note ※２): 18,000 / 2 = 9,000円"),
    dict(question="物品価額が1,200万円の出品物の場合、通関立会いの手数料はいくらですか？",
         category="carnet", doc=CARNET_PDF, evidence=["1,000万円以上 25,000 40,000", "個別に見積もります"],
         answer=["個別に見積もります"],
         notes="(h) the 通関立会い（１回）（円） cell of 1,000万円以上 is printed 「－」 (no gold cell); note ※１: 「－」 is "
               "quoted separately; 15,000 (the band above) is the trap"),
    dict(question="令和６年度に利用件数が２番目に多かった出品先の国・地域はどこですか？",
         category="carnet", doc=CARNET_PDF, evidence=["ドイツ ４ 15 ８ 27"], answer=["ドイツ"],
         notes="(i) ranking in the total column on the right 計（件）: 米国 33, ドイツ 27, 中国 25 (the rows are not "
               "sorted; the prose names only 米国); second-largest"),
    dict(question="2024年度に米国の展示会向けで行った通関立会いは何件でしたか？",
         category="carnet", doc=CARNET_PDF, evidence=["米国 ６ 18 ９ 33"], answer=["９"],
         notes="(i) row 米国, column 通関立会い（件） (2024年度 = 令和６年度; the guide prints no Western year); 33 (計) "
               "and 18 (発給申請代行) are the traps"),
    dict(question="令和６年度の利用件数のうち、発給申請代行は何％を占めていますか？",
         category="carnet", doc=CARNET_PDF, evidence=["合計 29 82 37 148"], answer=["55.4%"], computed=True,
         notes="(i) share within the 合計 row: 82 / 148 = 55.4 % (the same figures are in the prose of ６)"),
    # --- followups
    dict(question="では、その経費を、すでに輸出している国向けで申請する場合、上限額はいくらですか？",
         category="followup", doc=SAKE_PDF, evidence=["成分分析・品質検査 50 70 300 150"], answer=["150"],
         history=_turns("輸出先が求める成分分析を検査機関に頼む場合、中小企業者の補助率は何％ですか？",
                        "中小企業者の補助率は50％です[1]。"),
         notes="(a) the row from the history (成分分析・品質検査), leaf 上限額（千円）／継続輸出; 300 (新規輸出) is the trap"),
    dict(question="そのうち、シードルの案件は何件採択されましたか？",
         category="followup", doc=SAKE_PDF, evidence=["令和５年度 21 12 ４ 10,380"], answer=["４"],
         history=_turns("2023年度は何件の申請がありましたか？",
                        "2023年度（令和５年度）の申請は21件でした[1]。"),
         notes="(b) the year from the history (2023年度 = 令和５年度), column うちシードル（件）; 12 (採択件数) is the trap"),
    dict(question="それを挙げた割合は、後継者が決まっていない会社では何％ですか？",
         category="followup", doc=SHOKEI_PDF, evidence=["後継者の海外取引の経験不足 32.8 40.6 28.2"], answer=["28.2"],
         history=_turns("後継者が決まっている会社が、事業承継の課題として最も多く挙げたのは何ですか？",
                        "「後継者の海外取引の経験不足」で、40.6％でした[1]。"),
         notes="(g) unruled: the row from the history, column 後継者未定企業; 32.8 (全体) is the trap"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=CARNET_PDF, evidence=["電話：099-837-5200"], answer=["099-837-5200"],
         history=_turns("カルネの代行を申し込んだ会社から、手続がどこまで進んでいるか知りたいと言われました。どこに聞けばよいですか？",
                        "申込みと手続の進み具合は、一般社団法人梛県貿易振興会が受け付けています[1]。"),
         notes="contact box of the guide: the 振興会's phone (second line); the 班's phone 099-837-5120 and fax "
               "099-837-5129 (first line) are the near misses"),
    dict(question="その国・地域について、通関立会いは何件でしたか？",
         category="followup", doc=CARNET_PDF, evidence=["台湾 ４ ９ ３ 16"], answer=["３"],
         history=_turns("令和６年度、台湾の展示会向けの発給申請代行は何件ありましたか？",
                        "台湾向けの発給申請代行は９件でした[1]。"),
         notes="(i) the row from the history (台湾), column 通関立会い（件）; 16 (計) is the trap"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="この補助金を使ったワイナリーは、輸出先で何本ぐらい売れていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives the export value (万円) as a KPI, not bottles sold", absent=["本数", "販売本数", "売れた"]),
    dict(question="令和６年度に採択されなかった申請は、どんな理由で落ちたのでしょうか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives the applications (26) and adoptions (14) of 令和６年度, not why the others failed",
         absent=["不採択", "採択されなかった"]),
    dict(question="後継者に決まっている人の平均年齢は分かりますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey counts the firms whose manager is 60 or older, not the successors' ages",
         absent=["平均年齢", "後継者の年齢"]),
    dict(question="事業承継をきっかけに海外の現地法人を売却したり撤退したりした会社は何社ありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the subsidiaries' heads and planned changes of head, not sales or withdrawals",
         absent=["売却", "撤退"]),
    dict(question="令和６年度に、展示会の後で出品物を持ち帰らずに現地で処分したケースは何件ありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the uses by kind and destination, not goods left abroad",
         absent=["処分", "持ち帰らなかった"]),
    dict(question="この窓口を利用した事業者の満足度の調査結果はありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the uses (148) and the users (64事業者), no satisfaction survey", absent=["満足度", "満足"]),
]
CATEGORY_COUNTS = {"sake": 11, "shokei": 10, "carnet": 8, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h79q", "h79t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H, I = (
    "経費区分別の補助率と上限額", "申請と交付の実績", "成果指標の目標と実績",
    "業種別の回答企業と後継者の状況", "企業規模別の後継者決定企業の割合", "国・地域別の海外現地法人の代表者",
    "事業承継の課題（複数回答）", "物品価額別の代行手数料", "出品先の国・地域別の利用件数")
LETTERS = dict(zip((A, B, C, D, E, F, G, H, I), "abcdefghi"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y, unit) -> str:
    q = half_up(Decimal(x) / Decimal(y), "0.1")
    return f"{int(q) if q == q.to_integral() else q}{unit}"


COMPUTED = {  # question id -> the answer string, computed from gold cells (or, where a note says so, prose data)
    "h79q01": lambda g: f"{min(500 * g(A, '輸出先の酒類規制への対応', '補助率（％）／小規模企業者', 2025) // 100, g(A, '輸出先の酒類規制への対応', '上限額（千円）／新規輸出', 2025), FIRM_CAP_NEW * 10)}千円",
    "h79q04": lambda g: _pct(g(B, "令和６年度", "採択件数（件）", 2024), g(B, "令和６年度", "申請件数（件）", 2024)),
    "h79q05": lambda g: _avg(sum(g(B, era(y), "交付額（千円）", y) for y, *_x in RECORD),
                             sum(g(B, era(y), "採択件数（件）", y) for y, *_x in RECORD), "千円"),
    "h79q07": lambda g: f"{g(C, '果実酒等の輸出額（万円）', '実績', 2024) - g(C, '果実酒等の輸出額（万円）', '目標', 2024)}万円",
    "h79q17": lambda g: _pct(g(D, "機械", "後継者決定企業（社）", 2024), g(D, "機械", "回答企業数（社）", 2024)),
    "h79q18": lambda g: _pct(dict(TAKEOVER)["海外現地法人の現地幹部"], g(D, "合計", "後継者決定企業（社）", 2024)),
    "h79q19": lambda g: _pct(g(F, "米国", "５年以内に交代予定（社）", 2024), g(F, "米国", "現地法人数（社）", 2024)),
    "h79q25": lambda g: f"{g(H, '500万円以上1,000万円未満', '書類作成代行（円）', 2025) // 2:,}円",
    "h79q29": lambda g: _pct(g(I, "合計", "発給申請代行（件）", 2024), g(I, "合計", "計（件）", 2024)),
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {SAKE_PDF: (3, 3), SHOKEI_PDF: (3, 3), CARNET_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (180, 220)
TABLE_QUESTIONS = 19  # at least, outside the followups
BEFORE_BREAK_ROWS = ("食料品", "繊維・衣服")  # rows of (d) expected before the page break
CONTINUED_ROWS = ("機械", "卸売業", "合計")  # and after it


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout79.py")
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
                bare = re.sub(r"(%|千円|万円|円|件|人|社|ポイント)$", "", nfkc(a))
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
    # the questions on 「－」 cells name a cell that is printed as 「－」 and is no gold cell
    dash_cells = {(A, "輸出用ボトル・ラベルの制作", "上限額（千円）／継続輸出"), (B, "令和３年度", "うちシードル（件）"),
                  (H, "1,000万円以上", "通関立会い（１回）（円）")}
    keys = {(g["table"], g["row"], g["column"]) for g in gold}
    for k in dash_cells:
        if k in keys:
            errors.append(f"the 「－」 cell {k} should be no gold cell")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout79.py")
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
            # each printed row, cell after cell (「－」 and mark cells included), on its page
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

    # (a): small firms get at least the general rate; new exports at least the continued caps; caps within note ※３
    for row, r in t[A].items():
        if r["補助率（％）／小規模企業者"] < r["補助率（％）／中小企業者"]:
            errors.append(f"{A} / {row}: 小規模企業者 below 中小企業者")
        cont = r.get("上限額（千円）／継続輸出")
        if cont is not None and cont > r["上限額（千円）／新規輸出"]:
            errors.append(f"{A} / {row}: 継続輸出 above 新規輸出")
        if r["上限額（千円）／新規輸出"] > FIRM_CAP_NEW * 10 or (cont or 0) > FIRM_CAP_CONT * 10:
            errors.append(f"{A} / {row}: a cap above the firm cap of note ※３")
    # (b): growing applications; シードル within adoptions within applications; grants within the firm caps
    b = t[B]
    ns = [r["申請件数（件）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for row, r in b.items():
        if not r.get("うちシードル（件）", 0) <= r["採択件数（件）"] <= r["申請件数（件）"] \
                or r["交付額（千円）"] > r["採択件数（件）"] * FIRM_CAP_NEW * 10:
            errors.append(f"{B} / {row}: adoptions or grants out of range")
        if ("うちシードル（件）" in r) != (fiscal_year(row) >= CIDRE_FROM):
            errors.append(f"{B} / {row}: うちシードル should be 「－」 exactly before {era(CIDRE_FROM)}")
    # (c): 達成率 is 実績 / 目標; the marks follow note ※５
    for (name, target, actual), row in zip(KPI, kpi_spec().rows):
        r = t[C][name]
        if r["達成率（％）"] != pct0(r["実績"], r["目標"]) or (r["目標"], r["実績"]) != (target, actual):
            errors.append(f"{C} / {name}: 達成率 differs from 実績 / 目標")
        if row[4] != mark(r["達成率（％）"]):
            errors.append(f"{C} / {name}: mark {row[4]} does not follow note ※５")
    # (d): 合計 adds up; no column above 回答企業数; the totals equal the firm sizes of (e)
    d = t[D]
    dcols = ("回答企業数（社）", "うち経営者が60歳以上（社）", "後継者決定企業（社）", "海外現地法人を持つ企業（社）")
    adds_up(D, dcols)
    if any(max(r[c] for c in dcols[1:]) > r[dcols[0]] for r in d.values()):
        errors.append(f"{D}: a count above 回答企業数")
    if d["合計"][dcols[0]] != sum(s[2] for s in SIZES) or d["合計"][dcols[2]] != sum(s[3] for s in SIZES):
        errors.append(f"{D}: 合計 differs from the firm sizes")
    # (e): 令和６年度調査 from the firm sizes and (d); 増減 is the difference
    e = t[E]
    for name, _prev, k, dd in SIZES + [("全体", None, d["合計"][dcols[0]], d["合計"][dcols[2]])]:
        r = e[name]
        if Decimal(str(r["令和６年度調査（％）"])) != pct1(dd, k):
            errors.append(f"{E} / {name}: 令和６年度調査 differs from the counts")
        if Decimal(str(r["増減（ポイント）"])) != Decimal(str(r["令和６年度調査（％）"])) - Decimal(str(r["令和３年度調査（％）"])):
            errors.append(f"{E} / {name}: 増減 is not the difference")
    # (f): 合計 adds up; 日本人代表 and 交代予定 within 法人数; 現地人材 within 交代予定
    f = t[F]
    fcols = ("現地法人数（社）", "うち日本人が代表（社）", "５年以内に交代予定（社）", "うち現地人材に交代（社）")
    adds_up(F, fcols)
    for row, r in f.items():
        if r[fcols[1]] > r[fcols[0]] or r[fcols[2]] > r[fcols[0]] or r[fcols[3]] > r[fcols[2]]:
            errors.append(f"{F} / {row}: counts out of range")
    if f["合計"][fcols[0]] < d["合計"][dcols[3]]:
        errors.append(f"{F}: fewer subsidiaries than firms with subsidiaries in {D}")
    # (g): the per cents come from the counts; the ｎ from (d)
    n_all, n_d, n_u = split_firms()
    if n_all != d["合計"][dcols[0]] or n_d != d["合計"][dcols[2]]:
        errors.append(f"{G}: the ｎ differ from {D}")
    for name, a, bb in ISSUES:
        r = t[G][name]
        want = (pct1(a + bb, n_all), pct1(a, n_d), pct1(bb, n_u))
        if tuple(Decimal(str(r[k])) for k in ("全体", "後継者決定企業", "後継者未定企業")) != want:
            errors.append(f"{G} / {name}: per cents differ from the counts")
    # (h): the fees grow with the value; 発給申請代行 (which includes the papers) above 書類作成代行
    h = t[H]
    for col in ("書類作成代行（円）", "発給申請代行（円）"):
        vals = [h[n][col] for n, *_x in BANDS]
        if vals != sorted(vals):
            errors.append(f"{H}: {col} should grow with the value of the goods")
    if any(r["発給申請代行（円）"] <= r["書類作成代行（円）"] for r in h.values()):
        errors.append(f"{H}: 発給申請代行 should cost more than 書類作成代行 (note ※１)")
    # (i): 合計 adds up; 計 is the row sum
    i_cols = ("書類作成代行（件）", "発給申請代行（件）", "通関立会い（件）")
    adds_up(I, i_cols + ("計（件）",))
    for row, r in t[I].items():
        if r["計（件）"] != sum(r[c] for c in i_cols):
            errors.append(f"{I} / {row}: 計 is not the sum of the row")
    return errors


def kpi_spec():
    return next(s for s in sake_specs() if s.key == "kpi")


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    ind = specs["industries"]
    bp = sorted({g["page"] for g in gold if g["table"] == D})
    if len(bp) != 2:
        errors.append(f"{D} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(ind.header[0]))
        on = [i + 1 for i, p in enumerate(pages[SHOKEI_PDF]) if header in norm(p)]
        if ind.repeat_header or on != bp[:1]:
            errors.append(f"{D}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[1]}
        if not 2 <= len(first) <= 7:
            errors.append(f"{D}: {len(first)} rows before the page break, expected 2-7")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{D}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("建設業、運輸業等") not in norm(pages[SHOKEI_PDF][bp[1] - 1]):
            errors.append(f"{D}: note ※２ should follow the table on the continuation page")
    for key, spec in specs.items():
        if key == "industries":
            continue
        tp = {g["page"] for g in gold if g["table"] == spec.title}
        if len(tp) != 1:
            errors.append(f"{spec.title} is on pages {sorted(tp)}, expected one page")
    if specs["issues"].ruled or not all(s.ruled for k, s in specs.items() if k != "issues"):
        errors.append(f"only {G} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns with different leaves; one 「－」 cell
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／中小企業者", "補助率（％）／小規模企業者", "上限額（千円）／新規輸出", "上限額（千円）／継続輸出"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "千円"}:
        errors.append(f"{A}: units should come from the header groups")
    dashes = {k: sum(c == DASH for r in s.rows for c in r) for k, s in specs.items()}
    if dashes != {"rates": 1, "record": 2, "kpi": 0, "sizes": 0, "industries": 0, "subs": 0, "issues": 0,
                  "fees": 1, "uses": 0}:
        errors.append(f"「－」 cells per table {dashes}, expected one in (a), two in (b), one in (h)")
    n_cells = sum(len(s.rows) * len(s.value_cols) for s in specs.values())
    if n_cells - sum(dashes.values()) != len(gold):
        errors.append("every value cell but the 「－」 ones should be a gold cell")
    # (b): years as rows; every value header printed over two lines
    if [g["fiscal_year"] for g in gold if g["table"] == B and g["column"] == "申請件数（件）"] != [y for y, *_x in RECORD]:
        errors.append(f"{B}: expected years as rows")
    for key in ("record", "industries", "subs"):
        s = specs[key]
        if not all("\n" in s.header[0][c] for c in s.value_cols if "計" not in s.header[0][c]):
            errors.append(f"{s.title}: every value header should be printed over two lines")
    # (c): 目標 / 実績 / 達成率 are gold cells, the mark column is not; all three marks are used
    ccols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == C))
    if ccols != ["目標", "実績", "達成率（％）"] or specs["kpi"].header[0][4] != "評価" \
            or {r[4] for r in specs["kpi"].rows} != {"◎", "○", "△"}:
        errors.append(f"{C}: expected 目標 / 実績 / 達成率 columns and a mark column using ◎ ○ △")
    if len({g["unit"] for g in gold if g["table"] == C and g["column"] != "達成率（％）"}) != len(KPI):
        errors.append(f"{C}: each row should take its own unit from its label")
    # (e): survey years as columns and a 増減 column with ▲ whose cells cover both years
    eg = [g for g in gold if g["table"] == E]
    if not any(g["value"].startswith(MINUS) and g["number"] < 0 for g in eg) \
            or any(g["value"].startswith(MINUS) != (g["number"] < 0) for g in eg) \
            or any(g["fiscal_year_range"] != [2021, 2024] for g in eg if g["column"] == "増減（ポイント）") \
            or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in eg if g["column"] != "増減（ポイント）"):
        errors.append(f"{E}: expected a 増減 column printing decreases with ▲ and the survey years as columns")
    if any(g["fiscal_year_range"] is not None for g in gold if g["table"] != E or g["column"] != "増減（ポイント）"):
        errors.append("only the 増減 column of (e) may have a fiscal_year_range")
    # (g): per cents only, unit from the caption note
    if {g["unit"] for g in gold if g["table"] == G} != {"%"}:
        errors.append(f"{G}: expected per cents only")
    # (i): a total column on the right, within one fiscal year
    icols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == I))
    if icols[-1] != "計（件）" or any(g["fiscal_year"] != 2024 for g in gold if g["table"] == I):
        errors.append(f"{I}: expected a 計 column on the right within 令和６年度")
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
        got = re.findall(r"099-83\d-\d{4}", text)
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
            if not re.search(re.escape(norm(f"「{d}」")) + r"(\(以下[^)]*\))?とは", text):
                errors.append(f"{what}: the definition of {d} is missing")

    def bullets_in(doc, items, what):
        raw = [norm(x) for x in "\n".join(pages[doc]).splitlines()]
        titles = [norm(s.title) for s in all_specs()]
        got = sum(x.startswith("○") and not any(t in x for t in titles) and x != "○" for x in raw)
        if got != items:
            errors.append(f"{what}: expected {items} bulleted items, got {got}")

    # ---- the call for applications
    at = norm("\n".join(pages[SAKE_PDF]))
    siblings(at, SAKE_PDF, ("輸出先：", "主な取組：", "補助金の額："), [c[0] for c in SAKE_CASES])
    if norm(f"延べ{sum(r[2] for r in RECORD)}件、{sum(r[4] for r in RECORD):,}千円") not in at:
        errors.append("call: the totals in the prose differ from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件を採択しました（うちシードル{fw(last[3])}件）") not in at:
        errors.append("call: the 令和６年度 figures in the prose differ from (b)")
    reached = [n for n, tg, ac in KPI if ac >= tg]
    if reached != ["果実酒等の輸出額（万円）", "新たに取引を始めた輸入業者数（社）"]:
        errors.append("call: 「輸出額と…輸入業者数が目標に届きました」 does not hold")
    rates = {r[0]: r for r in RATES}
    for head, where, _what, amount, items in SAKE_CASES:
        col = 3 if "新規輸出" in where else 4
        caps = [rates[x][col] for x in items]
        firm = FIRM_CAP_NEW if col == 3 else FIRM_CAP_CONT
        if None in caps or int(amount.rstrip("万円")) * 10 > min(firm * 10, sum(caps)):
            errors.append(f"call: case {head} exceeds its caps or uses a cost not covered")
    if re.findall(r"20\d\d年", at) != ["2020年"]:
        errors.append("call: only 2020年度 should be printed in Western form")
    defs(at, ("果実酒等", "シードル", "新規輸出", "小規模企業者"), "call")
    for x in EXCLUDED:
        if norm(x) not in at:
            errors.append(f"call: the cost not covered {x} is missing")
    bullets_in(SAKE_PDF, len(EXCLUDED), "call")
    if norm("次の経費は補助の対象になりません。") not in norm(pages[SAKE_PDF][0]) or norm(EXCLUDED[0]) not in norm(pages[SAKE_PDF][1]):
        errors.append("call: the lead sentence of the costs not covered should end page 1, its items start page 2")
    raw = "\n".join(pages[SAKE_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("call: expected three Ｑ lines and three Ａ lines")
    steps_of(SAKE_PDF, "①②③④⑤⑥⑦", "call")
    contacts(SAKE_PDF, ["099-831-4410", "099-831-4419", "099-831-4500"], ["nagi-sake@example.jp"], "call")

    # ---- the survey of business succession
    sh = norm("\n".join(pages[SHOKEI_PDF]))
    siblings(sh, SHOKEI_PDF, ("海外展開の形態：", "承継の状況：", "海外事業の引継ぎ方："), [c[0] for c in SHOKEI_CASES])
    total, dec = respondents(), decided()
    if norm(f"{total}社（回答率{pct1(total, TARGET)}％）") not in sh \
            or norm(f"回答企業{total}社のうち{dec}社（{pct1(dec, total)}％）") not in sh:
        errors.append("survey: the response and successor figures in the prose differ from (d)")
    srows = {r[0]: r for r in size_rows()}
    if srows["全体"][3] <= 0 or [n for n, *_x, diff in size_rows() if diff < 0] != ["小規模企業者"]:
        errors.append("survey: 「前回から上がった」 or 「小規模企業者の割合だけが下がった」 does not hold")
    older = sum(r[2] for r in INDUSTRIES)
    if norm(f"経営者が60歳以上の企業は{older}社で、回答企業の半数を超えた") not in sh or not older * 2 > total:
        errors.append("survey: the 60歳以上 figure in the prose does not hold")
    if sorted(INDUSTRIES, key=lambda r: -r[3])[0][0] != "機械" or sorted(INDUSTRIES, key=lambda r: -r[4])[0][0] != "機械":
        errors.append("survey: 「機械が…ともに最も多い」 does not hold")
    if sum(k for _n, k in TAKEOVER) != dec or any(norm(f"{k}社") not in sh for _n, k in TAKEOVER):
        errors.append("survey: who takes over the overseas business should add up to the 後継者決定企業")
    n_subs = sum(r[1] for r in SUBSIDIARIES)
    with_subs = sum(r[4] for r in INDUSTRIES)
    if norm(f"海外現地法人を持つ企業は{with_subs}社で、その現地法人は{n_subs}社") not in sh:
        errors.append("survey: the subsidiaries in the prose differ from (d) and (f)")
    jp, plan, local = (sum(r[j] for r in SUBSIDIARIES) for j in (2, 3, 4))
    if not (jp * 2 > n_subs and local * 2 < plan):
        errors.append("survey: 「代表者の多くは日本人」 or 「半数に満たない」 does not hold")
    n_all, n_d, n_u = split_firms()
    tops = [max(ISSUES, key=lambda r, k=k: (r[1] + r[2]) / n_all if k == 0 else r[k] / (n_d if k == 1 else n_u))[0]
            for k in (0, 1, 2)]
    if tops != ["後継者の海外取引の経験不足", "後継者の海外取引の経験不足", "後継者が見つからない"]:
        errors.append("survey: the tops of (g) in the prose do not hold")
    if re.findall(r"20\d\d年", sh) != ["2024年"] or re.findall(r"20\d\d年度", sh):
        errors.append("survey: only 2024年 (調査基準日) should be printed in Western form")
    defs(sh, ("海外展開企業", "後継者決定企業", "海外現地法人"), "survey")
    bullets_in(SHOKEI_PDF, 3, "survey")
    steps_of(SHOKEI_PDF, "①②③④", "survey")
    contacts(SHOKEI_PDF, ["099-834-2610", "099-834-2619", "099-834-2700"], ["nagi-shokei@example.jp"], "survey")

    # ---- the carnet desk guide
    ct = norm("\n".join(pages[CARNET_PDF]))
    siblings(ct, CARNET_PDF, ("行う内容：", "必要な日数：", "お渡しするもの："), [k[0] for k in KINDS])
    if [k[0] for k in KINDS] != [label(c).split("（")[0] for c in carnet_specs()[1].header[0][1:4]]:
        errors.append("guide: the sibling sections should be the kinds of service of (i)")
    tot = sum(sum(r[1:]) for r in USES)
    kinds = [sum(r[j] for r in USES) for j in (1, 2, 3)]
    if norm(f"利用件数は{tot}件（書類作成代行{kinds[0]}件、発給申請代行{kinds[1]}件、通関立会い{kinds[2]}件）") not in ct \
            or norm(f"前年度の{PREV_USES}件から{tot - PREV_USES}件増えました") not in ct:
        errors.append("guide: the use figures in the prose differ from (i)")
    ranked = sorted(USES, key=lambda r: -sum(r[1:]))
    europe = sum(sum(r[1:]) for r in USES if r[0] in EUROPE)
    if ranked[0][0] != "米国" or ranked[1][0] != "ドイツ" or not europe * 4 > tot or USERS > tot:
        errors.append("guide: 「米国が最も多く」, ドイツ second or 「欧州…４分の１を超え」 does not hold")
    if [r[0] for r in USES].index("ドイツ") == 1:
        errors.append("guide: the second-largest destination should not be printed second")
    if re.findall(r"20\d\d年", ct):
        errors.append("guide: no Western year should be printed")
    defs(ct, ("ＡＴＡカルネ", "一時輸出", "物品価額", "営業日"), "guide")
    bullets_in(CARNET_PDF, len(DOCUMENTS) + len(CARNET_NOTES), "guide")
    steps_of(CARNET_PDF, "①②③④⑤⑥", "guide")
    contacts(CARNET_PDF, ["099-837-5120", "099-837-5129", "099-837-5200"], ["nagi-carnet@example.jp"], "guide")
    # every phone number of the set is fictional (099-83x-xxxx), every mail address under example.jp
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
