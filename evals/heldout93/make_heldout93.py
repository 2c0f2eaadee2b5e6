"""Build the 栴県 held-out set 93: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (栴県 and every town, scheme, organisation, phone number, address
and figure). The documents are in three genres the earlier sets do not use: a call for
applications (募集要項) for a subsidy towards bamboo-craft makers' exports
(県産竹工芸品輸出支援補助金: plant-quarantine treatment, coating release tests, design registration
abroad, trade fairs abroad, English catalogues) with a two-level header whose groups are the
product classes (素地製品 / 塗装製品) and whose leaves are the rate and the cap (the cap printed over
two lines, four 「－」 cells), a KPI table and the uses by destination and cost item with a total
column on the right; the report of a survey of the prefecture's writing-brush and make-up-brush
makers on their exports (毛筆・化粧筆製造業の輸出実態調査) with the exports by destination in two
fiscal years and a 増減 column (▲), the makers by main product (a table continued over a page break
without its header, header cells over two lines) and an unruled table of the issues; and the grant
guideline (交付要綱) of a subsidy towards seaweed (海苔) exports (県産海苔輸出促進事業費補助金) with
articles, a 別表 whose first column groups the rows by merged cells, and the grants by year (years
as rows, 「－」 before fishery co-operatives were covered); see README.md beside this file.

    python make_heldout93.py [OUTPUT_DIR]          # default: this file's directory

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
    GOTHIC,
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

TAKE_PDF = "sendan_takekogeihin_yushutsu_hojokin_boshu_yoko_r7.pdf"
FUDE_PDF = "sendan_fude_seizogyo_yushutsu_jittai_chosa_r6.pdf"
NORI_PDF = "sendan_nori_yushutsu_sokushin_hojokin_kofu_yoko_r7.pdf"
ALL_PDFS = (TAKE_PDF, FUDE_PDF, NORI_PDF)

UNITS = ("千円", "万円", "円", "件", "者", "社", "トン", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
DASH = "－"  # a cell with no figure (its meaning is given in a note); never a gold cell
PHONE_RE = r"099-97\d-\d{4}"  # every phone number of the set
MAIL_DOMAIN = "@example.jp"
PREF = "栴県"
FORBIDDEN_PREFS = ("枳県",)  # the other helper's prefecture: never named here


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
    """(number, unit) as printed after NFKC, ▲ read as a minus sign; (None, None) for text."""
    return docgen.parse_number(nfkc(value).strip().replace("▲", "-"), UNITS)


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
    """A table cell: None -> －, a Decimal with one decimal, an int as docgen prints it
    (single digits full-width), a negative int with ▲."""
    if x is None:
        return DASH
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    if x < 0:
        return "▲" + f"{-x:,}"
    return fw(x)


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf and optional columns
    that cover a range of fiscal years (the 増減 column)."""

    col_range: dict | None = None  # {col: [first, last]}

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
    """The gold cells of a table: every value cell except the 「－」 ones."""
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


SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break
ART_HEAD = pstyle("article_head", GOTHIC, 10.5, 17, left=docgen.EM, spaceBefore=4, keepWithNext=1)
ARTICLE = pstyle("article", left=2 * docgen.EM, first=-docgen.EM)
ARTICLE_ITEM = pstyle("article_item", left=4 * docgen.EM, first=-2 * docgen.EM)
ENACTED = pstyle("enacted", size=10, leading=15, alignment=2)

# ================================================================ document 1: bamboo-craft export subsidy, call for applications
TAKE = f"{PREF}産竹工芸品輸出支援補助金"
TAKE_DEPT = f"{PREF} 商工観光部 地場産業振興課"
TAKE_DESK = f"{PREF}竹工芸品輸出相談室"
ZAIDAN = f"公益財団法人{PREF}伝統産業振興財団"
RATES = [  # 経費区分; 素地製品: 補助率（％）, 上限額（千円）; 塗装製品: 補助率（％）, 上限額（千円） (令和７年度; None = －)
    ("植物検疫処理（くん蒸・熱処理）", 75, 300, None, None),
    ("塗膜の溶出試験", None, None, 60, 300),
    ("海外での意匠登録の出願", 50, 400, 50, 400),
    ("海外見本市への出展", 60, 600, 50, 500),
    ("英語版商品カタログの制作", 60, 250, 50, 250),
]
FIRM_CAP_MAN = 120  # note ※３: 万円 per firm (the table is in 千円)
CATALOGUE_REPEAT = Decimal("0.5")  # note ※４: half the catalogue cap for a firm that made one before
KPI = [  # 指標（単位）, 目標, 実績 (令和６年度)
    ("海外見本市に出展した事業者数（者）", 12, 11),
    ("海外見本市での商談件数（件）", 150, 131),
    ("海外での意匠登録件数（件）", 12, 9),
    ("竹工芸品の輸出額（万円）", 3000, 3385),
    ("英語版カタログの配布先（社）", 400, 352),
]
USE_COLS = ("植物検疫\n処理", "塗膜の\n溶出試験", "意匠登録\nの出願", "見本市\nへの出展", "カタログ\nの制作")
USES = [  # 輸出先: uses of each cost item of USE_COLS (令和６年度); rows in geographic order, not by total
    ("台湾", 0, 2, 1, 1, 0), ("香港", 0, 1, 0, 1, 1), ("米国", 3, 1, 2, 3, 2), ("フランス", 0, 1, 2, 2, 2),
    ("ドイツ", 0, 0, 1, 2, 1), ("オーストラリア", 4, 0, 0, 1, 1), ("その他", 1, 0, 0, 1, 0),
]
APPLIED_R6, ADOPTED_R6 = 21, 15  # prose only
SINCE_COUNT, SINCE_MAN = 41, 3986  # prose only: 令和４年度 to 令和６年度
TAKE_CASES = [  # 見出し, 輸出先, 主な取組, 補助金の額; product class, cost items
    ("竹籠製造業Ａ社（栴市）", "オーストラリア", "素地の花籠のくん蒸処理と、シドニーの見本市への出展", "68万円",
     "素地", ("植物検疫処理（くん蒸・熱処理）", "海外見本市への出展")),
    ("竹箸製造業Ｂ社（瀬波市）", "台湾", "漆塗りの箸の溶出試験と、英語版商品カタログの制作", "41万円",
     "塗装", ("塗膜の溶出試験", "英語版商品カタログの制作")),
    ("竹製照明器具製造業Ｃ社（笹生町）", "フランス", "照明器具のデザインの意匠登録と、パリの見本市への出展", "97万円",
     "素地", ("海外での意匠登録の出願", "海外見本市への出展")),
]
TAKE_EXCLUDED = [  # 補助の対象にならない経費
    "竹材の購入、製品の製作及び仕入れに要する経費",
    "製品の輸送費及び輸出先で課される関税",
    "国内で開かれる展示会への出展に要する経費",
    "交付決定の日より前に発注し、又は支払った経費",
]


def take_specs():
    rates = TableSpec(
        key="rates", doc=TAKE_PDF, title="製品区分別の補助率と上限額",
        header=[["経費区分", "素地製品", "", "塗装製品", ""],
                ["", "補助率（％）", "上限額\n（千円）", "補助率（％）", "上限額\n（千円）"]],
        rows=[[n] + [cell(x) for x in v] for n, *v in RATES],
        col_widths=[58 * mm, 24 * mm, 24 * mm, 24 * mm, 24 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[-1])
    kpi = TableSpec(
        key="kpi", doc=TAKE_PDF, title="成果指標の目標と実績",
        header=[["指標", "目標", "実績", "達成率（％）"]],
        rows=[[n, cell(t), cell(a), cell(pct0(a, t))] for n, t, a in KPI],
        col_widths=[66 * mm, 26 * mm, 26 * mm, 28 * mm], table_fy=2024,
    )
    kpi.unit = lambda row, c: "%" if c == 3 else bracket_unit(row[0])
    rows = [[d] + [fw(x) for x in v] + [fw(sum(v))] for d, *v in USES]
    sums = [sum(r[j] for r in USES) for j in range(1, 6)]
    rows.append(["合計"] + [fw(x) for x in sums] + [fw(sum(sums))])
    uses = TableSpec(
        key="uses", doc=TAKE_PDF, title="輸出先別・経費区分別の利用件数",
        header=[["輸出先", *USE_COLS, "計"]],
        rows=rows, col_widths=[32 * mm, 22 * mm, 22 * mm, 22 * mm, 22 * mm, 22 * mm, 14 * mm],
        unit="件", table_fy=2024,
    )
    return rates, kpi, uses


def take_story(specs):
    rates, kpi, uses = specs
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{TAKE} 募集要項", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(TAKE_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　目的", H1)]
    st += paras(f"""
県内の竹工芸品の工房が、籠や花器、茶道具などの製品を海外に売り込めるよう、輸出先の植物検疫への対応、海外での意匠の保護、海外見本市への出展及び英語版の商品カタログの制作に要する経費の一部を補助します。制度を始めた令和４年度（2022年度）から令和６年度までに、延べ{SINCE_COUNT}件、{SINCE_MAN:,}万円を交付しました。
""", 0)
    st += [P("２　募集の概要", H1)]
    st += lv_lines([
        ("補助事業名", TAKE),
        ("補助対象者", "県内に工房を有し、県産竹工芸品を製作する中小企業者及び個人事業主"),
        ("募集期間", "令和７年５月12日から６月20日まで（必着）"),
        ("予算額", "2,400万円"),
        ("採択予定件数", "18件程度"),
        ("補助事業期間", "交付決定の日から令和８年２月13日まで"),
    ], 0)
    st += paras("""
この要項において「県産竹工芸品」とは、県内の工房で、県内で伐採された竹を主な材料として製作した籠、花器、茶道具、箸、照明器具等をいいます。「塗装製品」とは、表面の全体に塗装又は漆塗りを施した県産竹工芸品をいい、それ以外の県産竹工芸品を「素地製品」といいます。また、「植物検疫処理」とは、輸出先の植物検疫の条件を満たすために製品に行うくん蒸又は熱処理をいいます。
""", 0)
    st += [P("３　補助対象経費と補助率", H1)]
    st += paras("補助率と上限額は、経費区分ごとに、補助事業で輸出する製品の区分によって次のとおりです。", 0)
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 製品の区分は、補助事業で輸出し、又は出展する主な製品によります。",
        "※２ 「－」は、その製品区分では補助の対象にならない経費です（塗装製品は植物検疫処理を要せず、素地製品には塗膜がないため）。",
        f"※３ 補助金の額は、１事業者当たり{FIRM_CAP_MAN}万円を上限とし、千円未満の端数は切り捨てます。",
        "※４ 過去にこの補助金で英語版商品カタログを制作した事業者がカタログを作り直す場合は、上限額を上表の２分の１とします。",
    ])
    st += paras("次の経費は補助の対象になりません。", 0)
    st += bullets(TAKE_EXCLUDED, 0)
    st += [P("４　申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（地場産業振興課又は{TAKE_DESK}へ。申請の２週間前まで）",
        "② 申請書の提出（募集期間内に、事業計画書、見積書及び製品の写真を添えて提出）",
        "③ 審査（書類審査と工房の訪問、令和７年７月中旬）",
        "④ 採択と交付決定の通知（令和７年８月上旬）",
        "⑤ 補助事業の実施（令和８年２月13日までに完了すること）",
        "⑥ 実績報告（事業の完了から30日以内。遅くとも令和８年２月27日まで）",
        "⑦ 補助金の額の確定と支払（令和８年３月）",
    ], 0)
    st += [P("５　これまでの実績", H1)]
    st += paras(f"""
令和６年度は{APPLIED_R6}件の申請があり、{ADOPTED_R6}件を採択しました。成果指標では、竹工芸品の輸出額が目標を上回った一方、海外での意匠登録件数は目標の４分の３にとどまりました。経費の利用を輸出先別に見ると米国向けが最も多く、オーストラリア向けでは植物検疫処理が多く使われています。
""", 0)
    st += [caption(kpi.title, "（令和６年度）"), kpi.flowable(), Spacer(1, 2)]
    st += notes([
        "※５ 達成率は、実績を目標で割って百分率で表し、小数点以下を四捨五入したものです。目標は「栴県竹工芸品海外展開プラン」によります。",
    ])
    st += [caption(uses.title, "（令和６年度）（単位：件）"), uses.flowable(), Spacer(1, 2)]
    st += notes([
        "※６ １件の補助事業で複数の経費区分を使った場合は、経費区分ごとに数えています。「その他」は、ニュージーランド及びシンガポールです。",
    ])
    st += [P("６　活用事例（令和６年度）", H1)]
    for i, (head, where, what, amount, _cls, _items) in enumerate(TAKE_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("輸出先", where), ("主な取組", what), ("補助金の額", amount)], 1)
    st += [P("７　よくある質問", H1)]
    qa = [
        ("海外見本市に出展する製品を現地へ送る輸送費は、補助の対象になりますか。",
         "見本市に出展する製品の輸送費は、「海外見本市への出展」の経費に含めて対象になります。販売のために輸出する製品の輸送費は対象になりません。"),
        ("同じ年度に、複数の国への輸出を計画して申請できますか。",
         f"できます。ただし、申請は１事業者１件とし、補助金の額の上限（{FIRM_CAP_MAN}万円）は変わりません。"),
        ("意匠登録の出願を弁理士に依頼する費用も対象になりますか。",
         "対象になります。外国の代理人の費用と翻訳料も含みます。ただし、登録後に納める維持のための費用は対象になりません。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{TAKE_DEPT} 竹工芸振興班　電話：099-971-2260　ファクス：099-971-2269",
        f"{TAKE_DESK}（{ZAIDAN}内、事前相談）　電話：099-971-2310",
        "電子メール：sendan-take@example.jp",
    ]))
    return st


# ================================================================ document 2: brush makers' exports, survey report
FUDE = f"{PREF}毛筆・化粧筆製造業の輸出実態調査"
FUDE_DEPT = f"{PREF} 商工観光部 国際経済室"
KUMIAI = f"{PREF}筆工業協同組合"
TARGET = 240  # 調査対象 (全数)
PRODUCTS = [  # 主な製品, 回答事業者数（者）, 輸出事業者数（者）, うちＯＥＭ生産あり（者）, 輸出額（万円） (令和５年度)
    ("書道用毛筆", 46, 15, 2, 6820), ("画筆（日本画・水彩）", 18, 8, 1, 3150),
    ("面相筆・工芸用筆", 12, 4, 0, 980), ("化粧筆（天然毛）", 34, 22, 9, 21460),
    ("化粧筆（合成繊維）", 21, 13, 8, 10240), ("刷毛", 14, 4, 1, 1870),
    ("筆の部品（穂首・軸）", 15, 3, 2, 2030), ("その他", 8, 2, 0, 830),
]
MOHITSU = ("書道用毛筆", "画筆（日本画・水彩）", "面相筆・工芸用筆")  # note ※３: the 毛筆 column of (f)
KESHOFUDE = ("化粧筆（天然毛）", "化粧筆（合成繊維）")  # note ※３: the 化粧筆 column of (f)
DESTS = [  # 輸出先, 令和４年度, 令和５年度 (万円)
    ("米国", 10420, 12860), ("中国", 9870, 8150), ("韓国", 4310, 5020), ("台湾", 3560, 4480),
    ("フランス", 3940, 3610), ("ドイツ", 2280, 3070), ("英国", 1860, 2450), ("その他", 6110, 7740),
]
PREV_SHARE = Decimal("31.5")  # 前回調査（令和３年度）の輸出事業者の割合 (prose only)
DIRECT = 29  # 輸出事業者のうち自社で直接輸出 (prose only); the rest only through 商社等
SMALL9 = 131  # 従業者９人以下の回答事業者 (prose only)
ISSUES = [  # 輸出の課題, 回答数: 毛筆, 化粧筆, その他の製品 (複数回答)
    ("原料の獣毛の調達難・価格の上昇", 19, 21, 5),
    ("輸出先の動物由来製品の規制への対応", 6, 18, 2),
    ("海外の販路・取引先の開拓", 14, 12, 4),
    ("職人の高齢化と後継者の不足", 17, 9, 5),
    ("模倣品・類似品の出回り", 4, 15, 1),
    ("為替の変動", 3, 11, 2),
]
FUDE_CASES = [  # 見出し, 主な輸出先, 輸出の形態, 今後の方針
    ("書道筆製造業Ｄ社（栴市）", "中国、台湾", "書道用品の専門商社を通じた輸出",
     "書道教室が増えている欧州に向けて、初心者用の筆のセットを売り込む"),
    ("化粧筆製造業Ｅ社（笹生町）", "米国、韓国", "海外の化粧品ブランドからのＯＥＭ生産と、自社ブランドの越境ＥＣ",
     "合成繊維の筆を増やし、動物由来製品の規制に左右されにくくする"),
    ("画筆製造業Ｆ社（瀬波市）", "フランス、英国", "海外の画材店への直接輸出",
     "現地の画家を招いた実演会を開き、高価格帯の画筆を広める"),
]


def exporters() -> int:
    return sum(r[2] for r in PRODUCTS)


def respondents() -> int:
    return sum(r[1] for r in PRODUCTS)


def issue_n() -> tuple[int, int, int]:
    """輸出事業者: all, 毛筆, 化粧筆 (the ｎ of the unruled table)."""
    m = sum(r[2] for r in PRODUCTS if r[0] in MOHITSU)
    k = sum(r[2] for r in PRODUCTS if r[0] in KESHOFUDE)
    return exporters(), m, k


def fude_specs():
    rows = [[d, fw(a), fw(b), cell(b - a)] for d, a, b in DESTS]
    ta, tb = sum(r[1] for r in DESTS), sum(r[2] for r in DESTS)
    rows.append(["合計", fw(ta), fw(tb), cell(tb - ta)])
    dests = TableSpec(
        key="dests", doc=FUDE_PDF, title="輸出先別の輸出額",
        header=[["輸出先", era(2022), era(2023), "増減"]],
        rows=rows, col_widths=[40 * mm, 32 * mm, 32 * mm, 32 * mm], unit="万円",
    )
    dests.col_range = {3: [2022, 2023]}
    rows = [[n] + [fw(x) for x in v] for n, *v in PRODUCTS]
    rows.append(["合計"] + [fw(sum(r[j] for r in PRODUCTS)) for j in (1, 2, 3, 4)])
    products = TableSpec(
        key="products", doc=FUDE_PDF, title="主な製品別の回答事業者と輸出の状況",
        header=[["主な製品", "回答\n事業者数（者）", "輸出\n事業者数（者）", "うちＯＥＭ\n生産あり（者）", "輸出額\n（万円）"]],
        rows=rows, col_widths=[46 * mm, 28 * mm, 28 * mm, 30 * mm, 28 * mm], table_fy=2023, repeat_header=False,
    )
    products.unit = lambda row, c, s=products: bracket_unit(s.column_label(c))
    n_all, n_m, n_k = issue_n()
    issues = TableSpec(
        key="issues", doc=FUDE_PDF, title="輸出の課題（複数回答）",
        header=[["輸出の課題", "全体", "毛筆", "化粧筆"]],
        rows=[[x, cell(pct1(a + b + c, n_all)), cell(pct1(a, n_m)), cell(pct1(b, n_k))] for x, a, b, c in ISSUES],
        col_widths=[76 * mm, 24 * mm, 24 * mm, 24 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return dests, products, issues


def fude_story(specs):
    dests, products, issues = specs
    total, n = respondents(), exporters()
    ta, tb = sum(r[1] for r in DESTS), sum(r[2] for r in DESTS)
    n_all, n_m, n_k = issue_n()
    oem = sum(r[3] for r in PRODUCTS)
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{FUDE} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年１月", DATE_RIGHT), P(FUDE_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "筆の製造事業者の輸出の実態と課題を把握し、海外販路の拡大の施策に役立てるため"),
        ("調査対象", f"県内の毛筆・化粧筆の製造事業者 {TARGET}者（全数）"),
        ("調査基準日", "令和６年（2024年）10月１日"),
        ("調査期間", "令和６年10月７日から11月８日まで"),
        ("調査方法", "郵送及びウェブによるアンケート（一部は訪問による聞き取り）"),
        ("回答数", f"{total}者（回答率{pct1(total, TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「毛筆」とは、書道や絵画に用いる筆をいい、「化粧筆」とは、化粧品を肌に付けるための筆をいう（パフ及びスポンジを除く。）。「輸出事業者」とは、令和５年度中に自社の製品を直接又は商社等を通じて輸出した事業者をいう。
""", 0)
    st += [P("２　輸出の状況", H1)]
    st += paras(f"""
回答事業者{total}者のうち、輸出事業者は{n}者（{pct1(n, total)}％）で、前回調査（令和３年度）の{PREV_SHARE}％から上がった。令和５年度の輸出額は合計{tb:,}万円で、前年度から{tb - ta:,}万円増えた。
""", 0)
    st += [caption(dests.title, "（単位：万円）"), dests.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 増減は、令和５年度の額から令和４年度の額を引いたもので、減少は「▲」で示す。",
    ])
    st += [P("３　主な製品別の状況", H1)]
    kesho = sum(r[4] for r in PRODUCTS if r[0] in KESHOFUDE)
    assert kesho * 3 > tb * 2
    st += [caption(products.title, "（令和５年度）", keep=False), products.flowable(), Spacer(1, 2)]
    st += notes([
        "※２ 「主な製品」は、令和５年度の売上高が最も大きい製品による。「筆の部品」は、穂首（毛の部分）又は軸を他の事業者に販売するものである。",
    ])
    st += paras(f"""
主な製品別では、化粧筆（天然毛）が輸出事業者数、輸出額ともに最も多く、化粧筆の２区分で輸出額全体の３分の２を超える。従業者の規模では、従業者９人以下の事業者が{SMALL9}者（{pct1(SMALL9, total)}％）と大半を占めた。
""", 0)
    st += [P("４　輸出の形態", H1)]
    st += paras(f"""
輸出事業者{n}者のうち、自社で直接輸出している事業者は{DIRECT}者で、残る{n - DIRECT}者は商社等を通じた輸出のみであった。この報告書において「ＯＥＭ生産」とは、他社の商標を付けて販売される製品を受託して製造することをいう。ＯＥＭ生産を行っている輸出事業者は{oem}者で、その多くは化粧筆の事業者である。輸出先別では米国向けが最も多く、中国向けとフランス向けは前年度より減った。
""", 0)
    st += [P("５　事業者の事例", H1)]
    for i, (head, dest, form, plan) in enumerate(FUDE_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な輸出先", dest), ("輸出の形態", form), ("今後の方針", plan)], 1)
    st += [P("６　輸出の課題", H1)]
    st += paras("""
全体、毛筆、化粧筆のいずれでも「原料の獣毛の調達難・価格の上昇」が最も多かった。毛筆では「職人の高齢化と後継者の不足」が、化粧筆では「輸出先の動物由来製品の規制への対応」が２番目に多い。
""", 0)
    st += [caption(issues.title, "（単位：％）"), issues.flowable(), Spacer(1, 2)]
    st += notes([
        f"※３ 輸出事業者（全体{n_all}者、主な製品が毛筆（書道用毛筆、画筆及び面相筆・工芸用筆）の事業者{n_m}者、化粧筆の事業者{n_k}者）が回答した。刷毛、筆の部品及びその他の事業者は全体にのみ含む。複数回答のため、合計は100％にならない。",
    ])
    st += [P("７　県への主な要望（自由記述）", H1)]
    st += bullets([
        "輸出先ごとの動物由来製品の規制と必要な証明書を、分かりやすくまとめてほしい。",
        "海外の見本市に、県内の筆の事業者が共同で出展できる場を設けてほしい。",
        "模倣品への対策として、海外での商標や意匠の出願を支援してほしい。",
    ], 0)
    st += [P("８　今後の取組", H1)]
    st += numbered([
        "① 主な輸出先の動物由来製品の規制をまとめた手引きを、令和７年度中に作成する。",
        f"② {KUMIAI}と連携し、海外見本市への共同出展を令和７年度から始める。",
        "③ 海外での商標と意匠の出願の支援制度について、事業者向けの説明会を開く。",
        "④ 次回の調査は、令和９年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("９　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{FUDE_DEPT} 調査班　電話：099-974-1520　ファクス：099-974-1529",
        f"{KUMIAI}（筆の輸出に関する相談）　電話：099-974-1600",
        "電子メール：sendan-fude@example.jp",
    ]))
    return st


# ================================================================ document 3: seaweed export subsidy, grant guideline
NORI = f"{PREF}産海苔輸出促進事業費補助金"
NORI_DEPT = f"{PREF} 農林水産部 水産振興課"
KYOGIKAI = f"{PREF}海苔輸出推進協議会"
GRID = [  # 事業区分, 経費区分, 補助率（％）, 上限額（千円） (別表, 令和７年度)
    ("輸出基準対応事業", "成分検査", 70, 300), ("", "衛生認証の取得", 50, 1000),
    ("海外販路開拓事業", "海外見本市への出展", 50, 1200), ("", "海外での試食販売", 50, 600),
    ("輸出用包装改良事業", "輸出用包装の開発", 60, 800),
]
FIRM_CAP_NORI, FIRM_CAP_KYOKU = 250, 400  # 第４条第２項: 万円 per firm and year (漁協等: 400)
KYOKU_FACTOR = 2  # 第４条第３項: 漁協等 doing 海外販路開拓事業 get twice the caps of 別表
GRANTS = [  # 年度, 交付件数, うち漁協等 (None = －), 交付額（千円）, 県産海苔の輸出量（トン）
    (2020, 6, None, 5840, 38), (2021, 8, None, 7960, 44), (2022, 11, 2, 12350, 52),
    (2023, 13, 3, 15780, 61), (2024, 16, 4, 19420, 73),
]
NORI_KINDS = [  # 見出し, 対象となる取組, 補助を受けられる者, 事業の期間 (第３条の各号)
    ("輸出基準対応事業", "輸出先の基準に合わせた成分検査と、輸出先の取引先が求める衛生認証の取得",
     "加工業者", "交付決定の日から当該年度の２月末日まで"),
    ("海外販路開拓事業", "海外の見本市への出展と、海外の小売店での試食販売",
     "加工業者及び漁協等", "交付決定の日から当該年度の３月10日まで"),
    ("輸出用包装改良事業", "湿気と割れを防ぐ輸出用の包装と、外国語の表示の開発",
     "加工業者（漁協等と共同で行うものを含む。）", "交付決定の日から当該年度の１月末日まで"),
]
NORI_EXCLUDED = [  # 第５条
    "一　原料の海苔の仕入れ及び加工に要する経費",
    "二　輸出する商品の輸送費（試食販売に用いるものを除く。）",
    "三　国内で開かれる見本市又は商談会に要する経費",
    "四　交付決定の日より前に発注し、又は支払った経費",
]


def nori_specs():
    grid = TableSpec(
        key="grid", doc=NORI_PDF, title="事業区分別の補助率及び上限額",
        header=[["事業区分", "経費区分", "補助率（％）", "上限額（千円）"]],
        rows=[[k, n, fw(r), fw(c)] for k, n, r, c in GRID],
        col_widths=[44 * mm, 46 * mm, 30 * mm, 32 * mm], label_col=1, table_fy=2025,
        spans=[((0, 1), (0, 2)), ((0, 3), (0, 4))], align_left_cols=(0,),
    )
    grid.unit = lambda row, c, s=grid: bracket_unit(s.column_label(c))
    grants = TableSpec(
        key="grants", doc=NORI_PDF, title="交付実績の推移",
        header=[["年度", "交付件数（件）", "うち漁協等（件）", "交付額（千円）", "県産海苔の輸出量（トン）"]],
        rows=[[era(y), cell(a), cell(k), cell(g), cell(t)] for y, a, k, g, t in GRANTS],
        col_widths=[26 * mm, 28 * mm, 30 * mm, 28 * mm, 44 * mm],
    )
    grants.unit = lambda row, c, s=grants: bracket_unit(s.column_label(c))
    return grid, grants


def nori_story(specs):
    grid, grants = specs
    n_all, amt = sum(r[1] for r in GRANTS), sum(r[3] for r in GRANTS)
    last = GRANTS[-1]
    st = [Spacer(1, 2 * mm), P(f"{NORI}交付要綱", TITLE), Spacer(1, 1 * mm),
          P("令和２年３月27日　制定", ENACTED), P("令和７年３月25日　最終改正", ENACTED),
          P(NORI_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]

    def article(head, first, *more):
        out = [P(f"（{head}）", ART_HEAD), P(first, ARTICLE)]
        out += [P(x, ARTICLE) for x in more]
        return out

    st += article("趣旨", "第１条　この要綱は、県産海苔の輸出を促進するため、県内の海苔の加工業者及び漁業協同組合等が行う輸出の取組に要する経費に対し、予算の範囲内で補助金を交付することについて、栴県補助金等交付規則に定めるもののほか、必要な事項を定めるものとする。")
    st += article("定義", "第２条　この要綱において「県産海苔」とは、県の沿岸で養殖され、県内の加工場で乾海苔、焼海苔又は味付海苔に加工された海苔をいう。「加工業者」とは、県内に加工場を有し、県産海苔の加工を行う中小企業者をいう。「漁協等」とは、県内の漁業協同組合及びその連合会をいう。「成分検査」とは、輸出先の国・地域の基準に適合していることを確かめるために行う重金属、ヨウ素、微生物等の分析をいう。")
    st += article("補助対象事業", "第３条　補助の対象となる事業（以下「補助事業」という。）は、次のとおりとする。")
    for i, (head, what, who, when) in enumerate(NORI_KINDS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("対象となる取組", what), ("補助を受けられる者", who), ("事業の期間", when)], 1)
    st += article("補助率等", "第４条　補助率及び補助金の上限額は、別表のとおりとする。",
                  f"２　補助金の額は、１事業者当たり１年度につき{FIRM_CAP_NORI}万円（漁協等にあっては{FIRM_CAP_KYOKU}万円）を上限とし、千円未満の端数は切り捨てる。",
                  "３　漁協等が海外販路開拓事業を行う場合の上限額は、別表に定める額の２倍とする。")
    st += article("補助対象外経費", "第５条　次に掲げる経費は、補助の対象としない。")
    st += [P(x, ARTICLE_ITEM) for x in NORI_EXCLUDED]
    st += article("交付の申請", "第６条　補助金の交付を受けようとする者は、知事が別に定める期間内に、交付申請書に事業計画書及び経費の見積書を添えて、知事に提出しなければならない。")
    st += article("実績報告", "第７条　補助事業者は、補助事業が完了した日から30日以内又は当該年度の３月20日のいずれか早い日までに、実績報告書を知事に提出しなければならない。")
    st += article("その他", "第８条　この要綱に定めるもののほか、必要な事項は、農林水産部長が別に定める。")
    st += [P("附　則", ART_HEAD), P(INDENT + "この要綱は、令和２年４月１日から施行する。", indented(0))]
    st += [P("附　則（令和４年３月改正）", ART_HEAD), P(INDENT + "この要綱は、令和４年４月１日から施行する。", indented(0))]
    st += [P("附　則（令和７年３月改正）", ART_HEAD), P(INDENT + "この要綱は、令和７年４月１日から施行する。", indented(0))]
    st += [P("別表（第４条関係）", H1)]
    st += [caption(grid.title, "（令和７年度）"), grid.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 補助率は、補助対象経費に乗ずる率である。",
        "※２ 漁協等が海外販路開拓事業を行う場合の上限額は、第４条第３項による。",
    ])
    st += [P("（参考１）令和７年度の募集", H1)]
    st += lv_lines([
        ("募集期間", "令和７年５月７日から６月６日まで（必着）"),
        ("予算額", "3,000万円"),
        ("交付予定件数", "18件程度"),
        ("申請先", f"{NORI_DEPT}"),
    ], 0)
    st += [P("（参考２）申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（{KYOGIKAI}へ。申請の１か月前まで）",
        "② 交付申請（募集期間内に、事業計画書と見積書を添えて水産振興課へ提出）",
        "③ 審査と交付決定（令和７年７月上旬）",
        "④ 補助事業の実施（第３条に定める事業の期間内）",
        "⑤ 実績報告（完了から30日以内又は３月20日のいずれか早い日まで）",
        "⑥ 額の確定と支払（実績報告の審査の後、おおむね１か月以内）",
    ], 0)
    st += [P("（参考３）交付実績", H1)]
    st += paras(f"""
制度を始めた令和２年度から令和６年度までに、延べ{n_all}件、{amt // 10:,}万円を交付した。令和６年度の交付件数は{last[1]}件で、うち漁協等が{fw(last[2])}件であった。県産海苔の輸出量は、令和６年度に{last[4]}トンとなり、制度を始めた年度のほぼ２倍となった。
""", 0)
    st += [caption(grants.title), grants.flowable(), Spacer(1, 2)]
    st += notes([
        "※３ 漁協等は、令和４年４月１日の改正で補助の対象に加えたため、令和３年度以前は「－」としている。",
        "※４ 輸出量は、県内の加工業者から聞き取った県産海苔の輸出量の合計で、補助金の交付を受けていない事業者の分を含む。",
    ])
    st += [CondPageBreak(30 * mm), P("問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{NORI_DEPT} 流通加工班　電話：099-977-3140　ファクス：099-977-3149",
        f"{KYOGIKAI}（事務局：{PREF}漁業協同組合連合会、申請前の相談）　電話：099-977-3200",
        "電子メール：sendan-nori@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return take_specs() + fude_specs() + nori_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    tspecs, fspecs, nspecs = take_specs(), fude_specs(), nori_specs()
    tdoc = build_pdf(docs_dir / TAKE_PDF, tspecs, take_story(tspecs),
                     f"令和７年度 {TAKE} 募集要項", "令和７年４月", TAKE_DEPT)
    fdoc = build_pdf(docs_dir / FUDE_PDF, fspecs, fude_story(fspecs),
                     f"令和６年度 {FUDE} 報告書", "令和７年１月", FUDE_DEPT)
    ndoc = build_pdf(docs_dir / NORI_PDF, nspecs, nori_story(nspecs),
                     f"{NORI}交付要綱", "令和７年３月25日改正", NORI_DEPT)
    gold = all_gold({TAKE_PDF: tdoc.row_pages, FUDE_PDF: fdoc.row_pages, NORI_PDF: ndoc.row_pages})
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
    # --- take: the bamboo-craft subsidy call, tables (a) (b) (c), definitions, notes, sibling sections, Q&A
    dict(question="縁の部分だけに漆を塗った竹の花籠をオーストラリアに輸出するため、出荷前にくん蒸処理をしたいという工房があります。補助率は何％ですか？",
         category="take", doc=TAKE_PDF,
         evidence=["表面の全体に塗装又は漆塗りを施した", "植物検疫処理（くん蒸・熱処理） 75 300"], answer=["75"],
         notes="definition: only a product coated over its whole surface is a 塗装製品, so a basket lacquered at the rim "
               "is a 素地製品; (a) two-level header, row 植物検疫処理（くん蒸・熱処理）, column 素地製品／補助率（％）; "
               "the 「－」 under 塗装製品 and 300 (the cap) are the traps"),
    dict(question="全体に漆を塗った竹箸を米国に輸出する工房が、植物検疫のための熱処理をする場合、その費用は補助してもらえますか？",
         category="take", doc=TAKE_PDF,
         evidence=["植物検疫処理（くん蒸・熱処理） 75 300", "その製品区分では補助の対象にならない経費"],
         answer=["対象にならない"],
         notes="(a) the 「－」 cell under 塗装製品／補助率（％） (chopsticks lacquered all over are a 塗装製品 by the "
               "definition) with note ※２: not covered; 75 (素地製品) is the trap"),
    dict(question="2025年度の募集で、漆塗りの竹製品を海外の見本市に出展する場合、補助の上限額はいくらですか？",
         category="take", doc=TAKE_PDF, evidence=["海外見本市への出展 60 600 50 500"], answer=["500"],
         notes="(a) column 塗装製品／上限額（千円） (unit in the leaf printed over two lines); 600 (素地製品) and 50 "
               "(the rate) are the traps; 2025年度 = 令和７年度 (only 2022年度 is printed in Western form)"),
    dict(question="素地の竹籠を作る工房が、海外での意匠登録、海外見本市への出展、英語のカタログ制作の三つで申請し、どれも上限額まで使ったとすると、補助金は最大でいくらになりますか？",
         category="take", doc=TAKE_PDF,
         evidence=["１事業者当たり120万円を上限", "海外見本市への出展 60 600 50 500"], answer=["120万円"],
         notes="a note changing how (a) is read: the three 素地製品 caps add up to 400 + 600 + 250 = 1,250千円, but note "
               "※３ caps a firm at 120万円 (in 万円 while the table is in 千円); 1,250千円 is the trap"),
    dict(question="以前この補助金で英語版のカタログを作ったことがある、漆塗りの製品の工房が、カタログを作り直すそうです。上限額はいくらになりますか？",
         category="take", doc=TAKE_PDF,
         evidence=["英語版商品カタログの制作 60 250 50 250", "上限額を上表の２分の１とします"],
         answer=["125千円"], computed=True,
         notes="(a) column 塗装製品／上限額（千円） = 250, halved by note ※４ for a firm that made a catalogue before: "
               "250 / 2 = 125千円 (12.5万円); 250 is the trap"),
    dict(question="令和６年度、海外見本市での商談件数は目標に対してどのくらい達成できましたか？",
         category="take", doc=TAKE_PDF, evidence=["海外見本市での商談件数（件） 150 131 87"], answer=["87"],
         notes="(b) KPI table, row 海外見本市での商談件数（件）, column 達成率（％）; 131 (実績) and 150 (目標) are the traps"),
    dict(question="令和６年度の竹工芸品の輸出額は、目標を何万円上回りましたか？",
         category="take", doc=TAKE_PDF, evidence=["竹工芸品の輸出額（万円） 3,000 3,385 113"], answer=["385万円"],
         computed=True,
         notes="(b) KPI table, the unit from the row label's bracket: 3,385 − 3,000 = 385万円 (113 is the 達成率)"),
    dict(question="令和６年度に補助が使われた件数を輸出先別に合計すると、２番目に多いのはどこですか？",
         category="take", doc=TAKE_PDF, evidence=["フランス ０ １ ２ ２ ２ ７"], answer=["フランス"],
         notes="(c) total column on the right (計): 米国 11, フランス 7, オーストラリア 6 (the rows are in geographic "
               "order, not by count; the prose names only 米国); second-largest"),
    dict(question="2024年度、オーストラリア向けの事業で植物検疫処理に補助が使われたのは何件ですか？",
         category="take", doc=TAKE_PDF, evidence=["オーストラリア ４ ０ ０ １ １ ６"], answer=["４"],
         notes="(c) header cells over two lines (植物検疫／処理), unit only in the caption note; 2024年度 = 令和６年度; "
               "６ (計) is the trap"),
    dict(question="竹の照明器具を作っている会社の活用事例では、補助金はいくら交付されましたか？",
         category="take", doc=TAKE_PDF, evidence=["（３）竹製照明器具製造業Ｃ社", "補助金の額：97万円"], answer=["97万円"],
         notes="sibling sections （１）–（３） of ６ share the labels 輸出先, 主な取組, 補助金の額; （３）竹製照明器具製造業Ｃ社; "
               "68万円 and 41万円 are the siblings' values"),
    dict(question="海外の見本市に出す製品を現地まで送る運賃は、補助の対象になりますか？",
         category="take", doc=TAKE_PDF, evidence=["見本市に出展する製品の輸送費は", "経費に含めて対象になります"],
         answer=["対象になります"],
         notes="Q&A: Ａ of Ｑ１ (yes, as part of 海外見本市への出展); the cost not covered 「製品の輸送費」 is the trap"),
    # --- fude: the brush makers' survey, tables (d) (e) (f), definitions, prose-only figures, sibling sections
    dict(question="筆メーカーの輸出実態調査は、回答率が何％でしたか？",
         category="fude", doc=FUDE_PDF, evidence=["回答数：168者（回答率70.0％）"], answer=["70.0"],
         notes="「label：value」 line 回答数 (168 of the 240者 of 調査対象); 42.3 % (輸出事業者) is a near miss"),
    dict(question="自社では輸出の手続をせず、県外の商社に卸して海外で売ってもらっている筆メーカーは、この調査の「輸出事業者」に数えられていますか？",
         category="fude", doc=FUDE_PDF, evidence=["直接又は商社等を通じて輸出した事業者"], answer=["商社等を通じて"],
         notes="definition 「輸出事業者」とは…直接又は商社等を通じて輸出した事業者 (yes); asked at its boundary"),
    dict(question="合成繊維の化粧筆を主に作っている事業者の、令和５年度の輸出額はいくらですか？",
         category="fude", doc=FUDE_PDF, evidence=["化粧筆（合成繊維） 21 13 ８ 10,240"], answer=["10,240"],
         notes="(d) continuation page (no header there): row 化粧筆（合成繊維）, column 輸出額（万円） (a header printed "
               "over two lines); 21,460 (天然毛) is the trap"),
    dict(question="天然毛の化粧筆が主力の事業者のうち、輸出している事業者は何％ですか？",
         category="fude", doc=FUDE_PDF, evidence=["化粧筆（天然毛） 34 22 ９ 21,460"], answer=["64.7%"], computed=True,
         notes="(d) share within a row: 輸出事業者数 22 / 回答事業者数 34 = 64.7 % (22 / 71 = 31.0 % of all exporters is "
               "another, wrong reading)"),
    dict(question="フランス向けの筆の輸出額は、前の年度と比べてどう変わりましたか？",
         category="fude", doc=FUDE_PDF, evidence=["フランス 3,940 3,610 ▲330"], answer=["330"],
         notes="(e) 増減 column, a decrease printed ▲330 (note ※１): 330万円 down; the unit only in the caption note"),
    dict(question="2022年度の中国向けの輸出額はいくらでしたか？",
         category="fude", doc=FUDE_PDF, evidence=["中国 9,870 8,150 ▲1,720"], answer=["9,870"],
         notes="(e) 2022年度 = 令和４年度 (the report prints only 2024年 in Western form); 8,150 (令和５年度) is the trap"),
    dict(question="令和５年度の筆の輸出額全体のうち、米国向けは何％を占めていますか？",
         category="fude", doc=FUDE_PDF, evidence=["米国 10,420 12,860 2,440", "合計 42,350 47,380 5,030"],
         answer=["27.1%"], computed=True,
         notes="(e) share within a year column: 12,860 / 47,380 = 27.1 % (10,420 / 42,350 = 24.6 % is 令和４年度)"),
    dict(question="絵筆を作っている事業者では、職人の高齢化を輸出の課題に挙げた割合はどのくらいですか？",
         category="fude", doc=FUDE_PDF,
         evidence=["職人の高齢化と後継者の不足 43.7 63.0 25.7", "画筆及び面相筆・工芸用筆"], answer=["63.0"],
         notes="(f) unruled table, column 毛筆: note ※３ puts 画筆 under 毛筆 (and the definition: 毛筆 is for 書道 or "
               "絵画); 43.7 (全体) and 25.7 (化粧筆) are the traps"),
    dict(question="化粧筆メーカーの事例では、どのような形で輸出していますか？",
         category="fude", doc=FUDE_PDF, evidence=["（２）化粧筆製造業Ｅ社", "輸出の形態：海外の化粧品ブランドからのＯＥＭ生産"],
         answer=["ＯＥＭ生産"],
         notes="sibling sections （１）–（３） of ５ share the labels 主な輸出先, 輸出の形態, 今後の方針; （２）化粧筆製造業Ｅ社; "
               "専門商社 (Ｄ社) and 直接輸出 (Ｆ社) are the siblings' values"),
    dict(question="輸出している筆メーカーのうち、商社を通さず自社で直接輸出しているのは何％ですか？",
         category="fude", doc=FUDE_PDF, evidence=["輸出事業者71者のうち", "自社で直接輸出している事業者は29者"],
         answer=["40.8%"], computed=True,
         notes="prose of ４ only (in no table): 29 / 71 = 40.8 % (29 / 168 over all respondents is a wrong reading)"),
    # --- nori: the seaweed grant guideline, tables (g) (h), articles, definitions, sibling sections
    dict(question="漁協が海外の店で海苔の試食販売をする事業は、いつまでに終えなければなりませんか？",
         category="nori", doc=NORI_PDF, evidence=["（２）海外販路開拓事業", "当該年度の３月10日まで"], answer=["３月10日"],
         notes="sibling sections （１）–（３） of 第３条 share the labels 対象となる取組, 補助を受けられる者, 事業の期間; "
               "試食販売 is （２）海外販路開拓事業; ２月末日 and １月末日 are the siblings' values, 3月20日 (実績報告) a near miss"),
    dict(question="隣の県で養殖された海苔を仕入れて、県内の工場で味付海苔に加工して輸出する場合も、「県産海苔」に当たりますか？",
         category="nori", doc=NORI_PDF, evidence=["「県産海苔」とは、県の沿岸で養殖され"], answer=["県の沿岸で養殖され"],
         notes="definition of 第２条: 県産海苔 must be farmed on the prefecture's coast (no); processing in the "
               "prefecture alone is not enough"),
    dict(question="輸出先の基準に合っているか、重金属やヨウ素の分析を検査会社に頼む費用の補助率は何％ですか？",
         category="nori", doc=NORI_PDF, evidence=["輸出基準対応事業 成分検査 70 300", "ヨウ素、微生物等の分析をいう"],
         answer=["70"],
         notes="definition of 成分検査 (第２条) and (g) 別表, whose first column groups the rows by merged cells: row "
               "成分検査, column 補助率（％）; 300 (the cap) is the trap"),
    dict(question="漁協が海外の見本市に出展する場合、補助の上限額はいくらになりますか？",
         category="nori", doc=NORI_PDF, evidence=["海外販路開拓事業 海外見本市への出展 50 1,200", "別表に定める額の２倍とする"],
         answer=["2,400千円"], computed=True,
         notes="(g) row 海外見本市への出展, column 上限額（千円） = 1,200, doubled for 漁協等 by 第４条第３項: 2,400千円 "
               "(240万円, within the 400万円 firm cap of 第４条第２項); 1,200 is the trap"),
    dict(question="海苔の原料を仕入れる費用も、この補助金の対象になりますか？",
         category="nori", doc=NORI_PDF, evidence=["次に掲げる経費は、補助の対象としない", "原料の海苔の仕入れ及び加工に要する経費"],
         answer=["補助の対象としない"],
         notes="list: 第５条 item 一 (no); the items are numbered 一–四 under the article's lead sentence"),
    dict(question="2021年度には、漁協等への交付は何件ありましたか？",
         category="nori", doc=NORI_PDF, evidence=["漁協等は、令和４年４月１日の改正で"], answer=["令和４年"],
         notes="(h) the 「－」 cell of 令和３年度 under うち漁協等（件）, explained by note ※３: 漁協等 were covered only "
               "from 令和４年４月１日, so none; 2021年度 = 令和３年度 (no Western year is printed)"),
    dict(question="この海苔の補助金の要綱は、西暦で何年から施行されていますか？",
         category="nori", doc=NORI_PDF, evidence=["この要綱は、令和２年４月１日から施行する"], answer=["2020年"], computed=True,
         notes="era to Western year: the first 附則, 令和２年 = 2020年 (令和７年４月１日 is the latest amendment, a near miss)"),
    dict(question="2024年度の交付額は、前の年度と比べて何千円増えましたか？",
         category="nori", doc=NORI_PDF, evidence=["令和６年度 16 ４ 19,420 73", "令和５年度 13 ３ 15,780 61"],
         answer=["3,640千円"], computed=True,
         notes="(h) years as rows: 2024年度 = 令和６年度, 19,420 − 15,780 = 3,640千円"),
    # --- followups
    dict(question="では、その経費を全体に漆を塗った製品で申請する場合は、補助率は何％になりますか？",
         category="followup", doc=TAKE_PDF, evidence=["英語版商品カタログの制作 60 250 50 250"], answer=["50"],
         history=_turns("素地の竹籠の英語版カタログを作る場合、補助率は何％ですか？",
                        "素地製品の英語版商品カタログの制作の補助率は60％です[1]。"),
         notes="(a) the row from the history (英語版商品カタログの制作), the other group: 塗装製品／補助率（％）; 250 "
               "(the caps) is the trap"),
    dict(question="その後、採択されたかどうかの通知はいつごろ届きますか？",
         category="followup", doc=TAKE_PDF, evidence=["採択と交付決定の通知（令和７年８月上旬）"], answer=["８月上旬"],
         history=_turns("竹工芸品の補助金に申請した後、審査はいつごろ行われますか？",
                        "審査は、書類審査と工房の訪問により令和７年７月中旬に行われます[1]。"),
         notes="procedure step ④ after step ③ of the history; 令和８年３月 (支払) is a near miss"),
    dict(question="それは、前の年度と比べて何万円増えましたか？",
         category="followup", doc=FUDE_PDF, evidence=["韓国 4,310 5,020 710"], answer=["710"],
         history=_turns("令和５年度の韓国向けの筆の輸出額はいくらでしたか？",
                        "韓国向けの輸出額は5,020万円でした[1]。"),
         notes="(e) the row from the history (韓国), column 増減 (unit 万円 from the caption note)"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=NORI_PDF, evidence=["申請前の相談） 電話：099-977-3200"], answer=["099-977-3200"],
         history=_turns("海苔の輸出の補助金を使いたい加工業者が、申請の前に相談したいそうです。どこに相談すればよいですか？",
                        "申請前の相談は、栴県海苔輸出推進協議会が受け付けています[1]。"),
         notes="contact box of the guideline: the 協議会's phone (second line); the 班's phone 099-977-3140 and fax "
               "099-977-3149 (first line) are the near misses"),
    dict(question="そのうち、漁協等への交付は何件でしたか？",
         category="followup", doc=NORI_PDF, evidence=["令和６年度 16 ４ 19,420 73"], answer=["４"],
         history=_turns("海苔の輸出補助金は、令和６年度に何件交付されましたか？",
                        "令和６年度の交付件数は16件でした[1]。"),
         notes="(h) the year from the history (令和６年度), column うち漁協等（件）"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="竹工芸品の補助金をもらった後、結局海外との取引がまとまらなかった場合、補助金を返さないといけないのでしょうか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives the costs, rates, caps and steps, but no rule on paying the grant back",
         absent=["返還", "返納", "返金"]),
    dict(question="令和６年度に採択された竹工芸品の15件のうち、初めて輸出に挑戦した工房は何件ありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives the applications and adoptions of 令和６年度 and the uses by destination, not first exporters",
         absent=["初めて輸出", "新規輸出", "輸出の実績がない"]),
    dict(question="筆の職人の平均年齢は何歳くらいですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey names 職人の高齢化 as an issue (a per cent), not the craftsmen's age",
         absent=["平均年齢", "歳"]),
    dict(question="令和５年度に輸出された化粧筆は、何本くらいでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the export value (万円) by product and destination, not the number of brushes",
         absent=["本数", "万本", "輸出数量"]),
    dict(question="県産海苔の輸出量を、輸出先の国別に教えてください。",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline gives the prefecture's seaweed exports by year only (輸出量（トン）), not by destination",
         absent=["輸出先別の輸出量", "国別の輸出量", "国・地域別の輸出量"]),
    dict(question="海苔の輸出補助金は、事業を始める前に前払いで受け取ることはできますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline gives the payment after the 実績報告 (参考２ ⑥), no rule on advance payment",
         absent=["前払", "概算払"]),
]
CATEGORY_COUNTS = {"take": 11, "fude": 10, "nori": 8, "followup": 5, "unanswerable": 6}
N_QUESTIONS, N_UNANSWERABLE = 40, 6
LISTS = 1  # questions whose notes start with "list" (an item of an enumerated article)
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h93q", "h93t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H = (
    "製品区分別の補助率と上限額", "成果指標の目標と実績", "輸出先別・経費区分別の利用件数",
    "主な製品別の回答事業者と輸出の状況", "輸出先別の輸出額", "輸出の課題（複数回答）",
    "事業区分別の補助率及び上限額", "交付実績の推移")
LETTERS = dict(zip((A, B, C, D, E, F, G, H), "abcdefgh"))
GOLD_PER_TABLE = {A: 16, B: 15, C: 48, D: 36, E: 27, F: 18, G: 10, H: 18}
PLANNED_DASHES = {  # (table, row, column) printed 「－」: no gold cell
    (A, "植物検疫処理（くん蒸・熱処理）", "塗装製品／補助率（％）"), (A, "植物検疫処理（くん蒸・熱処理）", "塗装製品／上限額（千円）"),
    (A, "塗膜の溶出試験", "素地製品／補助率（％）"), (A, "塗膜の溶出試験", "素地製品／上限額（千円）"),
    (H, "令和２年度", "うち漁協等（件）"), (H, "令和３年度", "うち漁協等（件）"),
}
DASH_QUESTIONS = {"h93q02": (A, "植物検疫処理（くん蒸・熱処理）", "塗装製品／補助率（％）"),
                  "h93q27": (H, "令和３年度", "うち漁協等（件）")}


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


COMPUTED = {  # question id -> the answer string, computed from gold cells (or, where a note says so, prose data)
    "h93q05": lambda g: f"{int(g(A, '英語版商品カタログの制作', '塗装製品／上限額（千円）', 2025) * CATALOGUE_REPEAT)}千円",
    "h93q07": lambda g: f"{g(B, '竹工芸品の輸出額（万円）', '実績', 2024) - g(B, '竹工芸品の輸出額（万円）', '目標', 2024)}万円",
    "h93q15": lambda g: _pct(g(D, "化粧筆（天然毛）", "輸出事業者数（者）", 2023), g(D, "化粧筆（天然毛）", "回答事業者数（者）", 2023)),
    "h93q18": lambda g: _pct(g(E, "米国", "令和５年度", 2023), g(E, "合計", "令和５年度", 2023)),
    "h93q21": lambda g: _pct(DIRECT, g(D, "合計", "輸出事業者数（者）", 2023)),
    "h93q25": lambda g: f"{g(G, '海外見本市への出展', '上限額（千円）', 2025) * KYOKU_FACTOR:,}千円",
    "h93q28": lambda g: f"{era_year('令和', '2')}年",
    "h93q29": lambda g: f"{g(H, '令和６年度', '交付額（千円）', 2024) - g(H, '令和５年度', '交付額（千円）', 2023):,}千円",
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {TAKE_PDF: (2, 3), FUDE_PDF: (2, 3), NORI_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (8, 40)  # after norm
TABLE_QUESTIONS = 12  # at least, outside the followups
BEFORE_BREAK_ROWS = ("書道用毛筆", "画筆（日本画・水彩）")  # rows of (d) expected before the page break
CONTINUED_ROWS = ("化粧筆（合成繊維）", "筆の部品（穂首・軸）", "合計")  # and after it
TWO_LINE_TABLES = ("rates", "uses", "products")  # specs with header cells printed over two lines


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout93.py")
    return errors + check(questions, gold, pages)


def check(questions, gold, pages) -> list[str]:
    errors = check_page_counts(pages, PAGE_COUNTS)
    errors += check_questions(questions, gold, pages)
    errors += check_gold(gold, pages)
    errors += check_layouts(gold, pages)
    errors += check_prose(pages)
    return errors


def table_of(q) -> set:
    """The tables a question's notes name, by title or by the README letter."""
    return {t for t, l in LETTERS.items() if t in q["notes"] or f"({l})" in q["notes"]}


def check_questions(questions, gold, pages) -> list[str]:
    errors = []
    doc_text = {n: norm("\n".join(p)) for n, p in pages.items()}
    absent = {q["question"]: q.get("absent", []) for q in QUESTIONS}
    if len(questions) != N_QUESTIONS:
        errors.append(f"{len(questions)} questions, expected {N_QUESTIONS}")
    if sum(q.get("category") == "unanswerable" for q in questions) != N_UNANSWERABLE:
        errors.append(f"expected {N_UNANSWERABLE} unanswerable questions")
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
        if q["doc"] not in doc_text:
            errors.append(f"{qid}: unknown doc {q['doc']!r}")
            continue
        if not 1 <= len(q["evidence"]) <= 3 or not q["answer"]:
            errors.append(f"{qid}: an answerable question needs 1-3 evidence strings and an answer")
        errors += check_answerable(qid, q, doc_text[q["doc"]], EVIDENCE_LEN)
        if q.get("computed"):
            # stricter than docgen: not even the bare number of a computed answer is printed
            for a in q["answer"]:
                bare = re.sub(r"(%|千円|万円|円|件|人|者|年)$", "", nfkc(a))
                if re.search(r"(?<![\d,.])" + re.escape(bare) + r"(?![\d,.])", nfkc("\n".join(pages[q["doc"]]))):
                    errors.append(f"{qid}: the computed number {bare} is printed in its document")
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
    if not 6 <= n_computed <= 12:
        errors.append(f"{n_computed} computed questions, expected 6-12")
    if sum(bool(q.get("history")) for q in questions) != CATEGORY_COUNTS["followup"]:
        errors.append("every followup, and only followups, should have a history")
    errors += check_computed(questions, COMPUTED, GoldIndex(gold))
    # the questions about 「－」 cells ask about no gold cell
    gold_keys = {(g["table"], g["row"], g["column"]) for g in gold}
    for qid, key in DASH_QUESTIONS.items():
        q = next((x for x in questions if x["id"] == qid), None)
        if q is None or key not in PLANNED_DASHES or key in gold_keys or LETTERS[key[0]] not in "".join(
                l for t, l in LETTERS.items() if t in table_of(q)):
            errors.append(f"{qid}: should ask about the 「－」 cell {key}, which is no gold cell")
    return errors


def check_gold(gold, pages) -> list[str]:
    errors = []
    specs = {s.title: s for s in all_specs()}
    doc_text = {n: norm("\n".join(p)) for n, p in pages.items()}

    def page_text(doc, page):
        return norm(pages[doc][page - 1])

    any_page = defaultdict(lambda: {0})
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout93.py")
    per_table = defaultdict(int)
    for g in gold:
        per_table[g.get("table")] += 1
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
        if DASH in g["value"]:
            errors.append(f"{g['id']}: a 「－」 cell is no gold cell")
        number, _ = parse_number(g["value"])
        if number != g["number"]:
            errors.append(f"{g['id']}: number {g['number']!r}, value {g['value']!r} parses to {number!r}")
        if g["unit"] not in UNITS:
            errors.append(f"{g['id']}: unit {g['unit']!r} is not one of {UNITS}")
        if g["number"] is None:
            errors.append(f"{g['id']}: every gold cell should be numeric")
        if (g["fiscal_year"] is None) == (g["fiscal_year_range"] is None):
            errors.append(f"{g['id']}: exactly one of fiscal_year and fiscal_year_range should be set")
        if norm(g["value"]) not in page_text(g["doc"], g["page"]):
            errors.append(f"{g['id']}: {g['value']!r} not on page {g['page']} of {g['doc']}")
        if norm(g["row"]) not in page_text(g["doc"], g["page"]):
            errors.append(f"{g['id']}: row {g['row']!r} not on page {g['page']} of {g['doc']}")
        spec = specs[g["table"]]
        # the value is printed in its own row: the row, cell after cell, on its page, holds the value
        r = next(k for k in range(len(spec.rows)) if spec.row_label(k) == g["row"])
        if g["value"] not in spec.printed_row(r):
            errors.append(f"{g['id']}: {g['value']!r} is not a cell of the row {g['row']!r}")
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
            # each printed row, cell after cell (「－」 and merged group cells included), on its page
            if norm("".join(spec.printed_row(i))) not in page_text(g["doc"], g["page"]):
                errors.append(f"row sequence of {title} / {spec.row_label(i)} not on page {g['page']}")
    errors += check_totals(gold)
    return errors


def check_totals(gold) -> list[str]:
    """Totals add up inside each table and between tables and prose data."""
    errors = []
    t = defaultdict(lambda: defaultdict(dict))
    for g in gold:
        if isinstance(g.get("number"), (int, float)):  # a non-numeric cell is reported by check_gold
            t[g["table"]][g["row"]][g["column"]] = g["number"]

    def adds_up(table, cols, total="合計"):
        tab = t[table]
        rows = [r for r in tab if r != total]
        for col in cols:
            if tab[total][col] != sum(tab[r].get(col, 0) for r in rows):
                errors.append(f"{table}: {total} of {col} does not add up")

    # (a): 素地製品 rates at least those of 塗装製品 where both are covered; no cap above the firm cap (万円 -> 千円)
    for row, r in t[A].items():
        both = all(k in r for k in ("素地製品／補助率（％）", "塗装製品／補助率（％）"))
        if both and r["素地製品／補助率（％）"] < r["塗装製品／補助率（％）"]:
            errors.append(f"{A} / {row}: 素地製品 rate below 塗装製品")
        for k, v in r.items():
            if "上限額" in k and v > FIRM_CAP_MAN * 10:
                errors.append(f"{A} / {row}: a cap above the firm cap of note ※３")
    three = sum(t[A][x]["素地製品／上限額（千円）"] for x in ("海外での意匠登録の出願", "海外見本市への出展", "英語版商品カタログの制作"))
    if three <= FIRM_CAP_MAN * 10:
        errors.append(f"{A}: the three caps of h93q04 should exceed the firm cap of note ※３")
    # (b): 達成率 = 実績 / 目標 in whole per cent
    for row, r in t[B].items():
        if r["達成率（％）"] != pct0(r["実績"], r["目標"]):
            errors.append(f"{B} / {row}: 達成率 is not 実績 / 目標")
    # (c): 合計 and 計 add up; 見本市 uses equal the KPI's exhibitors; the prose tops
    c_cols = [label(x) for x in USE_COLS]
    adds_up(C, c_cols + ["計"])
    for row, r in t[C].items():
        if r["計"] != sum(r[k] for k in c_cols):
            errors.append(f"{C} / {row}: 計 is not the sum of its row")
    if t[C]["合計"]["見本市への出展"] != t[B]["海外見本市に出展した事業者数（者）"]["実績"]:
        errors.append(f"{C}: 見本市 uses differ from {B}'s exhibitors")
    # (d): 合計 adds up; exporters within respondents; OEM within exporters
    d = t[D]
    adds_up(D, ("回答事業者数（者）", "輸出事業者数（者）", "うちＯＥＭ生産あり（者）", "輸出額（万円）"))
    for row, r in d.items():
        if not r["うちＯＥＭ生産あり（者）"] <= r["輸出事業者数（者）"] <= r["回答事業者数（者）"]:
            errors.append(f"{D} / {row}: counts out of order")
    # (e): 合計 adds up; 増減 is the difference; 令和５年度 total equals (d)'s export value
    e = t[E]
    adds_up(E, ("令和４年度", "令和５年度", "増減"))
    for row, r in e.items():
        if r["増減"] != r["令和５年度"] - r["令和４年度"]:
            errors.append(f"{E} / {row}: 増減 is not the difference")
    if e["合計"]["令和５年度"] != d["合計"]["輸出額（万円）"]:
        errors.append(f"{E}: 合計 of 令和５年度 differs from {D}")
    # (f): the per cents come from the counts; the ｎ from (d)
    n_all, n_m, n_k = issue_n()
    if n_all != d["合計"]["輸出事業者数（者）"] or n_m != sum(d[x]["輸出事業者数（者）"] for x in MOHITSU) \
            or n_k != sum(d[x]["輸出事業者数（者）"] for x in KESHOFUDE):
        errors.append(f"{F}: the ｎ differ from {D}")
    for name, a, b, c in ISSUES:
        r = t[F][name]
        want = (pct1(a + b + c, n_all), pct1(a, n_m), pct1(b, n_k))
        if tuple(Decimal(str(r[k])) for k in ("全体", "毛筆", "化粧筆")) != want:
            errors.append(f"{F} / {name}: per cents differ from the counts")
        if c > n_all - n_m - n_k:
            errors.append(f"{F} / {name}: more other answers than other exporters")
    # (g): the doubled cap for 漁協等 stays within their firm cap
    for row, r in t[G].items():
        if r["上限額（千円）"] > FIRM_CAP_NORI * 10:
            errors.append(f"{G} / {row}: a cap above the firm cap of 第４条第２項")
    if t[G]["海外見本市への出展"]["上限額（千円）"] * KYOKU_FACTOR > FIRM_CAP_KYOKU * 10:
        errors.append(f"{G}: the doubled cap exceeds the 漁協等 firm cap")
    # (h): grants grow; 漁協等 within grants; the average grant within the firm cap
    h = [t[H][era(y)] for y, *_x in GRANTS]
    if [r["交付件数（件）"] for r in h] != sorted({r["交付件数（件）"] for r in h}):
        errors.append(f"{H}: 交付件数 should grow every year")
    for r in h:
        if r.get("うち漁協等（件）", 0) > r["交付件数（件）"] or r["交付額（千円）"] > r["交付件数（件）"] * FIRM_CAP_KYOKU * 10:
            errors.append(f"{H}: counts or amounts out of range")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    # (d): split by the page 1->2 break, its header on the first page only, note ※２ after it
    prod = specs["products"]
    bp = sorted({g["page"] for g in gold if g["table"] == D})
    if len(bp) != 2 or bp[1] != bp[0] + 1:
        errors.append(f"{D} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(prod.header[0]))
        on = [i + 1 for i, p in enumerate(pages[FUDE_PDF]) if header in norm(p)]
        if prod.repeat_header or on != bp[:1]:
            errors.append(f"{D}: header printed on pages {on}, expected only on {bp[:1]}")
        for part in ("事業者数（者）", "うちＯＥＭ", "生産あり（者）"):
            if norm(part) in norm(pages[FUDE_PDF][bp[1] - 1]):
                errors.append(f"{D}: header text {part} repeated on the continuation page")
        first = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[1]}
        if not 2 <= len(first) <= 7:
            errors.append(f"{D}: {len(first)} rows before the page break, expected 2-7")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{D}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("穂首（毛の部分）又は軸を") not in norm(pages[FUDE_PDF][bp[1] - 1]):
            errors.append(f"{D}: note ※２ should follow the table on the continuation page")
    for key, spec in specs.items():
        if key == "products":
            continue
        tp = {g["page"] for g in gold if g["table"] == spec.title}
        if len(tp) != 1:
            errors.append(f"{spec.title} is on pages {sorted(tp)}, expected one page")
    # (f) is the only table without ruling lines
    if specs["issues"].ruled or not all(s.ruled for k, s in specs.items() if k != "issues"):
        errors.append(f"only {F} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns with the product classes as groups
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["素地製品／補助率（％）", "素地製品／上限額（千円）", "塗装製品／補助率（％）", "塗装製品／上限額（千円）"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "千円"}:
        errors.append(f"{A}: units should come from the leaf headers")
    # 「－」 exactly where planned, never gold, and printed in the row
    dashes = set()
    for spec in specs.values():
        for i, r in enumerate(spec.rows):
            for c in spec.value_cols:
                if r[c] == DASH:
                    dashes.add((spec.title, spec.row_label(i), spec.column_label(c)))
            if any(DASH in x for j, x in enumerate(r) if j not in spec.value_cols):
                errors.append(f"{spec.title}: a 「－」 outside the value cells")
    if dashes != PLANNED_DASHES:
        errors.append(f"「－」 cells {sorted(dashes)}, expected {sorted(PLANNED_DASHES)}")
    if dashes & {(g["table"], g["row"], g["column"]) for g in gold}:
        errors.append("a 「－」 cell is recorded as a gold cell")
    for table, row, _col in PLANNED_DASHES:
        spec = next(s for s in specs.values() if s.title == table)
        i = next(k for k in range(len(spec.rows)) if spec.row_label(k) == row)
        doc_pages = [norm(p) for p in pages[spec.doc]]
        if not any(norm("".join(spec.printed_row(i))) in p for p in doc_pages):
            errors.append(f"{table} / {row}: the row with its 「－」 is not printed")
    # header cells printed over two lines: the two parts on consecutive lines of the table's first page
    for key in TWO_LINE_TABLES:
        spec = specs[key]
        first_page = min(g["page"] for g in gold if g["table"] == spec.title)
        lines = [x.strip() for x in pages[spec.doc][first_page - 1].splitlines()]
        two = [h for hrow in spec.header for h in hrow if "\n" in h]
        if not two:
            errors.append(f"{spec.title}: expected header cells over two lines")
        for h in two:
            a, b = h.split("\n")
            if not any(lines[k] == a and lines[k + 1] == b for k in range(len(lines) - 1)):
                errors.append(f"{spec.title}: header {h!r} is not printed over two lines")
    # (b): KPI 目標 / 実績 / 達成率, units from the row labels' brackets
    bg = [g for g in gold if g["table"] == B]
    if list(dict.fromkeys(g["column"] for g in bg)) != ["目標", "実績", "達成率（％）"] \
            or {g["row"]: g["unit"] for g in bg if g["column"] == "目標"} != {n: bracket_unit(n) for n, *_x in KPI} \
            or len({g["unit"] for g in bg if g["column"] == "目標"}) != 4:
        errors.append(f"{B}: expected a KPI table with units in the row labels")
    # (c): a total column 計 on the right, within one fiscal year
    cg = [g for g in gold if g["table"] == C]
    if list(dict.fromkeys(g["column"] for g in cg))[-1] != "計" or any(g["fiscal_year"] != 2024 for g in cg):
        errors.append(f"{C}: expected a 計 column on the right, all in 令和６年度")
    # (e): ▲ exactly on the negative numbers; the 増減 cells carry [2022, 2023]; no other range
    eg = [g for g in gold if g["table"] == E]
    if any(("▲" in g["value"]) != ((g["number"] or 0) < 0) for g in gold) or not any("▲" in g["value"] for g in eg):
        errors.append(f"{E}: ▲ should mark exactly the decreases, and there should be some")
    if any((g["fiscal_year_range"] == [2022, 2023]) != (g["table"] == E and g["column"] == "増減") for g in gold):
        errors.append(f"{E}: only the 増減 cells carry the range [2022, 2023]")
    # (g): the first column groups the rows by merged cells; the grouped rows have no label of their own there
    grid = specs["grid"]
    if grid.label_col != 1 or len(grid.spans) != 2 or any(s[0][0] != 0 for s in grid.spans):
        errors.append(f"{G}: expected merged group cells in the first column")
    # (h): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == H and g["column"] == "交付件数（件）"] != [y for y, *_x in GRANTS]:
        errors.append(f"{H}: expected years as rows")
    return errors


def check_prose(pages) -> list[str]:
    """Sibling sections print the same labels; figures stated in prose agree with the data;
    contacts, phones, mail addresses and the prefecture name."""
    errors = []

    def siblings(text, doc, labels, heads):
        for lab in labels:
            if text.count(norm(lab)) != len(heads):
                errors.append(f"{doc}: label {lab} printed {text.count(norm(lab))} times, expected {len(heads)}")
        page_texts = [norm(p) for p in pages[doc]]
        for i, head in enumerate(heads, 1):
            if norm(f"（{fw(i)}）{head}") not in text:
                errors.append(f"{doc} lacks the heading of sibling section {i}")
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
        for d in terms:
            if norm(f"「{d}」とは") not in text:
                errors.append(f"{what}: the definition of {d} is missing")

    def bullets_in(doc, items, what):
        raw = [norm(x) for x in "\n".join(pages[doc]).splitlines()]
        titles = [norm(s.title) for s in all_specs()]
        got = sum(x.startswith("○") and not any(t in x for t in titles) for x in raw)
        if got != items:
            errors.append(f"{what}: expected {items} bulleted items, got {got}")

    # ---- the call for applications
    tt = norm("\n".join(pages[TAKE_PDF]))
    siblings(tt, TAKE_PDF, ("輸出先：", "主な取組：", "補助金の額："), [c[0] for c in TAKE_CASES])
    rates = {r[0]: r for r in RATES}
    for head, _where, _what, amount, cls, items in TAKE_CASES:
        k = 1 if cls == "素地" else 3
        caps = [rates[x][k + 1] for x in items]
        if any(x is None for x in caps) or int(amount.rstrip("万円")) * 10 > min(FIRM_CAP_MAN * 10, sum(caps)):
            errors.append(f"call: case {head} uses a 「－」 cost or exceeds its caps")
    if norm(f"令和６年度は{APPLIED_R6}件の申請があり、{ADOPTED_R6}件を採択しました") not in tt:
        errors.append("call: the 令和６年度 figures in the prose are missing")
    if ADOPTED_R6 > APPLIED_R6 or SINCE_COUNT < ADOPTED_R6 or SINCE_MAN * 10 > SINCE_COUNT * FIRM_CAP_MAN * 10:
        errors.append("call: the prose figures are inconsistent")
    by_total = sorted(USES, key=lambda r: -sum(r[1:]))
    if by_total[0][0] != "米国" or sum(by_total[1][1:]) == sum(by_total[2][1:]) or [u[0] for u in USES].index(by_total[1][0]) == 1:
        errors.append("call: 米国 first and a unique second (not printed second) do not hold")
    if max(USES, key=lambda r: r[1])[0] != "オーストラリア":
        errors.append("call: 「オーストラリア向けでは植物検疫処理が多く」 does not hold")
    kp = {n: (t, a) for n, t, a in KPI}
    if kp["竹工芸品の輸出額（万円）"][1] <= kp["竹工芸品の輸出額（万円）"][0] \
            or Decimal(kp["海外での意匠登録件数（件）"][1]) / kp["海外での意匠登録件数（件）"][0] != Decimal("0.75"):
        errors.append("call: the KPI sentence of ５ does not hold")
    if re.findall(r"20\d\d年", tt) != ["2022年"]:
        errors.append("call: only 2022年度 should be printed in Western form")
    defs(tt, ("県産竹工芸品", "塗装製品", "植物検疫処理"), "call")
    if norm("それ以外の県産竹工芸品を「素地製品」といいます") not in tt:
        errors.append("call: 素地製品 is not defined as the rest of 塗装製品")
    for x in TAKE_EXCLUDED:
        if norm(x) not in tt:
            errors.append(f"call: the cost not covered {x} is missing")
    bullets_in(TAKE_PDF, len(TAKE_EXCLUDED), "call")
    raw = "\n".join(pages[TAKE_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("call: expected three Ｑ lines and three Ａ lines")
    steps_of(TAKE_PDF, "①②③④⑤⑥⑦", "call")
    contacts(TAKE_PDF, ["099-971-2260", "099-971-2269", "099-971-2310"], ["sendan-take@example.jp"], "call")

    # ---- the survey
    ft = norm("\n".join(pages[FUDE_PDF]))
    siblings(ft, FUDE_PDF, ("主な輸出先：", "輸出の形態：", "今後の方針："), [c[0] for c in FUDE_CASES])
    total, n = respondents(), exporters()
    ta, tb = sum(r[1] for r in DESTS), sum(r[2] for r in DESTS)
    if norm(f"{total}者（回答率{pct1(total, TARGET)}％）") not in ft \
            or norm(f"輸出事業者は{n}者（{pct1(n, total)}％）") not in ft \
            or norm(f"合計{tb:,}万円で、前年度から{tb - ta:,}万円増えた") not in ft:
        errors.append("survey: the response and export figures in the prose differ from (d) and (e)")
    if pct1(n, total) <= PREV_SHARE:
        errors.append("survey: 「前回調査の…％から上がった」 does not hold")
    if max(DESTS, key=lambda r: r[2])[0] != "米国" or {d for d, a, b in DESTS if b < a} != {"中国", "フランス"}:
        errors.append("survey: 米国 first, and only 中国 and フランス down, do not hold")
    if max(PRODUCTS, key=lambda r: r[2])[0] != "化粧筆（天然毛）" or max(PRODUCTS, key=lambda r: r[4])[0] != "化粧筆（天然毛）":
        errors.append("survey: 「化粧筆（天然毛）が…ともに最も多く」 does not hold")
    if norm(f"従業者９人以下の事業者が{SMALL9}者（{pct1(SMALL9, total)}％）") not in ft or not SMALL9 * 2 > total:
        errors.append("survey: the firm-size figure in the prose is wrong")
    oem = sum(r[3] for r in PRODUCTS)
    if norm(f"直接輸出している事業者は{DIRECT}者で、残る{n - DIRECT}者") not in ft \
            or sum(r[3] for r in PRODUCTS if r[0] in KESHOFUDE) * 2 <= oem:
        errors.append("survey: the export forms in the prose do not hold")
    n_all, n_m, n_k = issue_n()
    col = {k: {name: (a + b + c if k == 0 else (a if k == 1 else b)) for name, a, b, c in ISSUES} for k in (0, 1, 2)}
    ranks = {k: sorted(col[k], key=lambda x: -col[k][x]) for k in col}
    if any(ranks[k][0] != "原料の獣毛の調達難・価格の上昇" for k in ranks) \
            or ranks[1][1] != "職人の高齢化と後継者の不足" or ranks[2][1] != "輸出先の動物由来製品の規制への対応":
        errors.append("survey: the tops of (f) in the prose do not hold")
    if re.findall(r"20\d\d年", ft) != ["2024年"]:
        errors.append("survey: only 2024年 (調査基準日) should be printed in Western form")
    defs(ft, ("毛筆", "化粧筆", "輸出事業者", "ＯＥＭ生産"), "survey")
    bullets_in(FUDE_PDF, 3, "survey")
    steps_of(FUDE_PDF, "①②③④", "survey")
    contacts(FUDE_PDF, ["099-974-1520", "099-974-1529", "099-974-1600"], ["sendan-fude@example.jp"], "survey")

    # ---- the grant guideline
    nt = norm("\n".join(pages[NORI_PDF]))
    siblings(nt, NORI_PDF, ("対象となる取組：", "補助を受けられる者：", "事業の期間："), [k[0] for k in NORI_KINDS])
    if [k[0] for k in NORI_KINDS] != [g[0] for g in GRID if g[0]]:
        errors.append("guideline: the sibling sections should be the 事業区分 of (g)")
    n_all_g, amt = sum(r[1] for r in GRANTS), sum(r[3] for r in GRANTS)
    last = GRANTS[-1]
    if amt % 10 or norm(f"延べ{n_all_g}件、{amt // 10:,}万円") not in nt \
            or norm(f"交付件数は{last[1]}件で、うち漁協等が{fw(last[2])}件") not in nt:
        errors.append("guideline: the grant figures in the prose differ from (h)")
    if not 1.8 < last[4] / GRANTS[0][4] < 2.0:
        errors.append("guideline: 「ほぼ２倍」 does not hold")
    if [y for y, _a, k, *_x in GRANTS if k is None] != [2020, 2021]:
        errors.append("guideline: 「－」 should be exactly the years before 令和４年度")
    if re.findall(r"(?<![\d,])20\d\d(?![\d,])", nfkc("\n".join(pages[NORI_PDF]))):
        errors.append("guideline: no Western year should be printed")
    for art in range(1, 9):
        if norm(f"第{fw(art)}条") not in nt:
            errors.append(f"guideline: 第{art}条 is missing")
    defs(nt, ("県産海苔", "加工業者", "漁協等", "成分検査"), "guideline")
    for x in NORI_EXCLUDED:
        if norm(x) not in nt:
            errors.append(f"guideline: the item {x} of 第５条 is missing")
    bullets_in(NORI_PDF, 0, "guideline")
    steps_of(NORI_PDF, "①②③④⑤⑥", "guideline")
    contacts(NORI_PDF, ["099-977-3140", "099-977-3149", "099-977-3200"], ["sendan-nori@example.jp"], "guideline")

    # every phone number of the set is fictional (099-97x-xxxx), every mail address under example.jp
    for name, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,5}-\d{1,4}-\d{3,4}", text):
            if not re.fullmatch(PHONE_RE, ph):
                errors.append(f"{name}: phone number {ph} is not 099-97x-xxxx")
        for mail in re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text):
            if not mail.endswith(MAIL_DOMAIN):
                errors.append(f"{name}: mail address {mail} outside {MAIL_DOMAIN}")
        if PREF not in norm(p[0]) or any(x in text for x in FORBIDDEN_PREFS):
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
