"""Build the 楪県 held-out set 68: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (楪県 and every town, scheme, organisation, phone number, address
and figure). The documents are in three genres the earlier sets do not use: a grant guideline
(交付要綱, 第１条–第８条 with 附則, a 別表 and four （参考） parts) for a subsidy towards small firms
registering domain names in foreign country-code domains and opening their own web shops there
(海外ドメイン・ウェブショップ開設支援補助金) with a two-level header of rates by firm size and caps by
the number of markets, a yearly record (years as rows, a header cell printed over two lines and
「－」 cells) and a KPI table (目標 / 実績 / 達成率 and a mark column ◎ ○ △); the report of a survey of
the prefecture's firms on their exports of used machinery (中古機械輸出実態調査) with the firms by
industry (a table continued over a page break without its header), the machines by type in two
fiscal years with a 増減 column printing decreases with ▲ and an unruled table of destinations
with a unit per column; and the user guide (利用案内) of a prefectural advice desk for product
recalls and customer complaints abroad (海外製品リコール・苦情対応相談窓口) with the fees by case size
(header cells over two lines, a 「－」 cell), the consultations by topic and region with a total
column on the right, and the consultations by product field; see README.md beside this file.

    python make_heldout68.py [OUTPUT_DIR]          # default: this file's directory

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

DOMAIN_PDF = "yuzuriha_kaigai_domain_webshop_hojokin_kofu_yoko_r7.pdf"
CHUKO_PDF = "yuzuriha_chuko_kikai_yushutsu_jittai_chosa_r6.pdf"
RECALL_PDF = "yuzuriha_kaigai_recall_kujo_sodan_madoguchi_riyo_annai_r7.pdf"
ALL_PDFS = (DOMAIN_PDF, CHUKO_PDF, RECALL_PDF)

UNITS = ("百万円", "千円", "万円", "円", "件", "社", "台", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
DASH = "－"  # a printed 「－」 cell: no figure, and no gold cell
MARKS = {"◎": 100, "○": 80, "△": 0}  # mark column of the KPI table: the lowest 達成率 of each mark
DOWN = "▲"  # a decrease in a 増減 column
PHONE_PREFIX = "099-72"  # every phone number of the set: 099-72x-xxxx
MAIL_DOMAIN = "@example.jp"
OTHER_PREFS = ("椴県",)  # the other helper's prefecture: named in no document


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
    """(number, unit) as printed after NFKC, ▲ read as a minus; (None, None) for marks, 「－」 and text."""
    v = nfkc(value).strip()
    neg = v.startswith(DOWN)
    number, unit = docgen.parse_number(v[1:] if neg else v, UNITS)
    if number is not None and neg:
        number = -number
    return number, unit


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
    """A table cell: an int as docgen prints it (single digits full-width), a Decimal with one
    decimal, None as 「－」."""
    if x is None:
        return DASH
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def signed(n: int) -> str:
    """A 増減 cell: decreases with ▲, increases without a sign."""
    return f"{DOWN}{fw(-n)}" if n < 0 else fw(n)


def mark(rate: Decimal) -> str:
    return next(m for m, lo in MARKS.items() if rate >= lo)


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf, optional columns that
    cover a range of fiscal years (a 増減 column), and optional text columns (a mark column)
    whose cells are gold cells without a number."""

    col_range: dict | None = None  # {col: [first, last]} for columns spanning several fiscal years
    text_cols: tuple = ()

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
            if value == DASH:  # 「－」: nothing printed to read, so no gold cell
                continue
            number, cell_unit = parse_number(value)
            unit = None if c in spec.text_cols else (cell_unit or spec.cell_unit(r, c))
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


ARTICLE_HEAD = pstyle("article_head", docgen.GOTHIC, 10.5, 16, left=docgen.EM, spaceBefore=3, keepWithNext=1)


def article(title: str, number: int, text: str, items=(), clauses=()):
    """An article of the guideline: （見出し）, 第ｎ条 with its first clause, 号 （１）…, then 項 ２…."""
    st = [P(f"（{title}）", ARTICLE_HEAD), P(f"第{fw(number)}条　{text}", hanging(0, 3))]
    st += [P(f"（{fw(i)}）{t}", hanging(1, 3)) for i, t in enumerate(items, 1)]
    st += [P(f"{fw(i)}　{t}", hanging(0, 1)) for i, t in enumerate(clauses, 2)]
    return st


PREF = "楪県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: domain and web-shop subsidy, grant guideline
DOMAIN = f"{PREF}海外ドメイン・ウェブショップ開設支援補助金"
DOMAIN_DEPT = f"{PREF} 商工労働部 国際経済課"
KIKO = f"公益財団法人{PREF}産業振興機構"
RATES = [  # 補助対象経費; 補助率（％）: 中小企業者, 小規模企業者; 上限額（千円）: １市場, ２市場以上 (令和７年度)
    ("海外ドメインの取得・登録", 50, 75, 100, 150),
    ("現地登録代理人サービスの利用", 50, 75, 150, 250),
    ("ウェブショップの構築", 50, 60, 800, 1200),
    ("多言語化・翻訳", 40, 50, 300, 450),
    ("現地決済・配送サービスとの連携", 40, 50, 400, 650),
    ("現地の許認可・届出の代行", 50, 75, 200, 300),
]
FIRM_CAP, FIRM_CAP_MULTI = 1200, 2000  # 第４条第２項: 千円 per firm (１市場 / ２市場以上)
RECORD = [  # 年度, 申請件数, 交付件数, うち小規模企業者 (None before 令和４年度), 交付額（千円）, 取得ドメイン数
    (2020, 14, 9, None, 6420, 11), (2021, 18, 12, None, 8910, 15), (2022, 25, 17, 7, 13260, 24),
    (2023, 31, 21, 10, 16870, 30), (2024, 38, 24, 13, 19440, 37),
]
SMALL_FROM = 2022  # the 小規模企業者 rates were added by the 令和４年 amendment
KPI_FY = 2024
KPIS = [  # 成果指標（単位）, 目標, 実績 (令和６年度); the first two equal (b)'s 令和６年度
    ("交付件数（件）", 25, 24), ("取得した海外ドメイン数（件）", 40, 37),
    ("開設したウェブショップ数（件）", 20, 22), ("ウェブショップ経由の海外売上（千円）", 60000, 43800),
    ("補助事業者の満足度（％）", 90, 93),
]
DOMAIN_CASES = [  # 見出し, 対象市場, 主な取組, 補助金の額 (same labels in every sibling section); cost items; markets
    ("陶磁器製造業Ａ社（楪市）", "ドイツ（１市場）", "「.de」ドメインの取得とドイツ語のウェブショップの構築", "638千円",
     ("海外ドメインの取得・登録", "ウェブショップの構築", "多言語化・翻訳"), 1),
    ("菓子製造業Ｂ社（浜茅市）", "台湾（１市場）", "現地の決済サービスとの連携と繁体字への翻訳", "415千円",
     ("現地決済・配送サービスとの連携", "多言語化・翻訳"), 1),
    ("刃物製造業Ｃ社（霞野町）", "米国及びカナダ（２市場）", "二つのドメインの取得、現地登録代理人サービスの利用及び英語のウェブショップの構築",
     "1,386千円", ("海外ドメインの取得・登録", "現地登録代理人サービスの利用", "ウェブショップの構築"), 2),
]
EXCLUDED = [  # 第５条: 補助の対象としない経費
    "電子商店街（いわゆるモール）への出店料、月額利用料及び販売手数料",
    "広告の出稿費（検索連動型広告及びＳＮＳ広告を含む。）",
    "海外ドメインの２年目以降の更新料",
    "販売する商品の製造、改良又は仕入れに要する経費",
    "交付決定の日より前に発注し、又は支払った経費",
]


def domain_specs():
    rates = TableSpec(
        key="rates", doc=DOMAIN_PDF, title="補助対象経費、補助率及び上限額",
        header=[["補助対象経費", "補助率（％）", "", "上限額（千円）", ""],
                ["", "中小企業者", "小規模企業者", "１市場", "２市場以上"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in RATES],
        col_widths=[60 * mm, 25 * mm, 27 * mm, 22 * mm, 24 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    record = TableSpec(
        key="record", doc=DOMAIN_PDF, title="交付の実績",
        header=[["年度", "申請件数（件）", "交付件数（件）", "うち小規模\n企業者（件）", "交付額（千円）", "取得した\nドメイン（件）"]],
        rows=[[era(y), fw(a), fw(b), cell(s), fw(g), fw(d)] for y, a, b, s, g, d in RECORD],
        col_widths=[26 * mm, 26 * mm, 26 * mm, 26 * mm, 28 * mm, 26 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    kpi_rows = []
    for n, target, actual in KPIS:
        rate = pct1(actual, target)
        kpi_rows.append([n, fw(target), fw(actual), cell(rate), mark(rate)])
    kpi = TableSpec(
        key="kpi", doc=DOMAIN_PDF, title="成果指標の達成状況",
        header=[["成果指標", "目標", "実績", "達成率（％）", "評価"]],
        rows=kpi_rows, col_widths=[66 * mm, 22 * mm, 22 * mm, 26 * mm, 18 * mm], table_fy=KPI_FY,
    )
    kpi.text_cols = (4,)
    kpi.unit = lambda row, c: "%" if c == 3 else bracket_unit(row[0])
    return rates, record, kpi


def domain_story(specs):
    rates, record, kpi = specs
    st = [Spacer(1, 2 * mm), P(f"{DOMAIN}交付要綱", TITLE), Spacer(1, 1 * mm)]
    st += lv_lines([
        ("制定", "令和２年３月27日"),
        ("最終改正", "令和７年３月28日"),
        ("所管", f"{DOMAIN_DEPT} 販路開拓班"),
    ], 0)
    st += article("趣旨", 1, f"この要綱は、県内の中小企業者が海外の市場に向けて自社のドメイン名を取得し、ウェブショップを開設する取組を支援するため交付する{DOMAIN}（以下「補助金」という。）に関し、{PREF}補助金等交付規則（平成３年{PREF}規則第12号）に定めるもののほか、必要な事項を定める。")
    st += article("定義", 2, "この要綱において「中小企業者」とは、中小企業基本法第２条第１項に規定する中小企業者をいう。", clauses=[
        "この要綱において「小規模企業者」とは、常時使用する従業員の数が20人（商業又はサービス業に属する事業を主たる事業として営む者については、５人）以下の中小企業者をいう。",
        "この要綱において「海外ドメイン」とは、海外の国又は地域に割り当てられた国別コードトップレベルドメイン（ccTLD）の下で取得するドメイン名をいう。",
        "この要綱において「ウェブショップ」とは、補助事業者が自ら運営し、海外の顧客が直接商品を注文できるウェブサイトをいい、電子商店街への出店を除く。",
        "この要綱において「対象市場」とは、補助事業により取得する海外ドメインが割り当てられた国又は地域をいい、その数により「１市場」又は「２市場以上」の区分を適用する。",
    ])
    st += article("補助対象者", 3, "補助金の交付の対象となる者は、県内に本社又は主たる事業所を有する中小企業者（個人事業主を含む。）であって、次の各号のいずれにも該当するものとする。", items=[
        "対象市場の顧客に向けて、自社の商品を継続して販売する計画を有すること。",
        "同一の対象市場について、過去にこの補助金の交付を受けていないこと。",
    ])
    st += article("補助対象経費等", 4, "補助の対象となる経費、補助率及び補助金の上限額は、別表のとおりとする。", clauses=[
        f"補助金の額は、１事業者当たり{FIRM_CAP:,}千円（対象市場が２市場以上の場合は{FIRM_CAP_MULTI:,}千円）を上限とし、千円未満の端数は切り捨てる。",
    ])
    st += article("補助対象外経費", 5, "次に掲げる経費は、補助の対象としない。", items=EXCLUDED)
    st += article("実績報告", 6, "補助事業者は、補助事業が完了したときは、その日から起算して30日を経過した日又は令和８年２月27日のいずれか早い日までに、実績報告書（様式第５号）を知事に提出しなければならない。")
    st += article("事業化状況の報告", 7, "補助事業者は、補助事業が完了した日の属する年度の翌年度から３年間、毎年度４月末日までに、ウェブショップを通じた海外への売上を知事に報告しなければならない。")
    st += [P("附　則", ARTICLE_HEAD)]
    st += paras("この要綱は、令和２年４月１日から施行する。", 0)
    st += [P("附　則（令和４年３月25日改正）", ARTICLE_HEAD)]
    st += paras("この要綱は、令和４年（2022年）４月１日から施行し、小規模企業者の補助率は、同日以後に申請された補助事業について適用する。", 0)
    st += [P("附　則（令和７年３月28日改正）", ARTICLE_HEAD)]
    st += paras("この要綱は、令和７年４月１日から施行する。", 0)
    st += [CondPageBreak(70 * mm), P("別表（第４条関係）", H1)]
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「中小企業者」の欄は、小規模企業者以外の中小企業者に適用する。",
        "※２ 「１市場」「２市場以上」は、補助事業により取得する海外ドメインの対象市場の数による（第２条第５項）。",
        "※３ 上限額は経費区分ごとの額であり、補助金の総額は第４条第２項の額を超えることができない。",
    ])
    st += [P("（参考１）交付の実績", H1)]
    last = RECORD[-1]
    st += paras(f"""
令和６年度は{last[1]}件の申請があり、{last[2]}件に交付した（うち小規模企業者{last[3]}件）。制度を始めた令和２年度から令和６年度までの交付件数は延べ{sum(r[2] for r in RECORD)}件である。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += notes([f"※４ 「{DASH}」は、小規模企業者の補助率を設ける前の年度であることを示す。"])
    st += [P("（参考２）成果指標の達成状況", H1)]
    st += [caption(kpi.title, "（令和６年度）"), kpi.flowable(), Spacer(1, 2)]
    st += notes([
        "※５ 達成率は、実績を目標で除したものである（小数点以下第２位を四捨五入）。",
        "※６ 評価は、◎が達成率100％以上、○が80％以上100％未満、△が80％未満を示す。",
    ])
    st += [P("（参考３）交付の事例（令和６年度）", H1)]
    for i, (head, where, what, amount, _items, _n) in enumerate(DOMAIN_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("対象市場", where), ("主な取組", what), ("補助金の額", amount)], 1)
    st += [P("（参考４）申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（国際経済課又は{KIKO}へ。申請の２週間前までに）",
        "② 交付申請（様式第１号に事業計画書と見積書を添えて提出）",
        "③ 審査と交付決定の通知（申請の締切から約１か月）",
        "④ 補助事業の実施（ドメインの取得、ウェブショップの構築等）",
        "⑤ 実績報告（第６条の期限まで）",
        "⑥ 補助金の額の確定と支払（実績報告の受理から約１か月）",
    ], 0)
    st += [CondPageBreak(30 * mm), P("問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{DOMAIN_DEPT} 販路開拓班　電話：099-721-4410　ファクス：099-721-4419",
        f"{KIKO} 海外ビジネス支援室（事前相談）　電話：099-721-5520",
        "電子メール：yuzuriha-domain@example.jp",
    ]))
    return st


# ================================================================ document 2: used-machinery exports, survey report
CHUKO = f"{PREF}内企業の中古機械輸出に関する実態調査"
CHUKO_DEPT = f"{PREF} 商工労働部 産業振興課"
KOGYOKAI = f"一般社団法人{PREF}機械工業会"
TARGET = 1500  # 調査対象の企業
SURVEY_FY = 2023  # the exports asked about: 令和５年度
INDUSTRIES = [  # 業種, 回答企業数（社）, 輸出実施企業（社）, 輸出台数（台） (令和５年度)
    ("食料品", 58, 9, 96), ("金属製品", 71, 14, 187), ("一般機械", 86, 31, 642), ("電気機械", 52, 12, 158),
    ("輸送用機械", 39, 10, 214), ("印刷・同関連業", 33, 8, 121), ("建設業", 64, 15, 356),
    ("卸売業", 91, 13, 287), ("その他", 58, 6, 84),
]
SIZES = (("中小企業", 488, 92), ("大企業", 64, 26))  # 回答企業数, うち輸出実施企業 (prose only)
MACHINE_YEARS = (2022, 2023)
MACHINES = [  # 機種, 輸出台数 令和４年度, 令和５年度 (the 令和５年度 total equals (d)'s)
    ("工作機械", 556, 612), ("建設機械", 426, 401), ("農業機械", 198, 243), ("食品機械", 137, 152),
    ("印刷機械", 143, 114), ("射出成形機", 171, 189), ("フォークリフト", 264, 251), ("その他", 170, 183),
]
DESTINATIONS = [  # 輸出先, 輸出台数（台）, 輸出額（百万円） (令和５年度; 平均単価 = 額 / 台数 in 万円)
    ("中国", 231, 742), ("ベトナム", 486, 1032), ("タイ", 312, 851), ("インドネシア", 268, 577),
    ("フィリピン", 197, 349), ("インド", 154, 437), ("バングラデシュ", 118, 206), ("中東", 141, 418),
    ("アフリカ", 96, 131), ("その他", 142, 503),
]
CHUKO_CASES = [  # 見出し, 輸出した機械, 主な輸出先, 輸出の方法 (same labels in every sibling section)
    ("機械器具卸売業Ｄ社（楪市）", "県内の工場から買い取った旋盤、フライス盤等の工作機械", "ベトナム、タイ",
     "自社で輸出の手続を行う直接輸出"),
    ("建設業Ｅ社（浜茅市）", "更新で不要になった油圧ショベル等の建設機械", "フィリピン、インドネシア", "県内の商社を通じた間接輸出"),
    ("食料品製造業Ｆ社（霞野町）", "ラインの入替えで外した充填機等の食品機械", "バングラデシュ",
     "海外の中古機械の売買サイトを通じて現地の買手に販売"),
]


def chuko_totals():
    return [sum(r[j] for r in INDUSTRIES) for j in (1, 2, 3)]


def avg_price(units: int, amount: int) -> int:
    """平均単価（万円）: 輸出額（百万円） / 台数, rounded half up to 万円."""
    return int(half_up(Decimal(amount * 100) / Decimal(units), "1"))


def chuko_specs():
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in INDUSTRIES]
    rows.append(["合計"] + [fw(x) for x in chuko_totals()])
    industries = TableSpec(
        key="industries", doc=CHUKO_PDF, title="業種別の回答企業と中古機械の輸出状況",
        header=[["業種", "回答企業数（社）", "輸出実施企業（社）", "輸出台数（台）"]],
        rows=rows, col_widths=[44 * mm, 36 * mm, 36 * mm, 36 * mm], table_fy=SURVEY_FY, repeat_header=False,
    )
    industries.unit = lambda row, c, s=industries: bracket_unit(s.column_label(c))
    mrows = [[n, fw(a), fw(b), signed(b - a)] for n, a, b in MACHINES]
    ta, tb = sum(r[1] for r in MACHINES), sum(r[2] for r in MACHINES)
    mrows.append(["合計", fw(ta), fw(tb), signed(tb - ta)])
    machines = TableSpec(
        key="machines", doc=CHUKO_PDF, title="機種別の輸出台数",
        header=[["機種", era(MACHINE_YEARS[0]), era(MACHINE_YEARS[1]), "増減"]],
        rows=mrows, col_widths=[44 * mm, 34 * mm, 34 * mm, 30 * mm], unit="台",
    )
    machines.col_range = {3: list(MACHINE_YEARS)}
    drows = [[d, fw(u), fw(a), fw(avg_price(u, a))] for d, u, a in DESTINATIONS]
    tu, tam = sum(r[1] for r in DESTINATIONS), sum(r[2] for r in DESTINATIONS)
    drows.append(["合計", fw(tu), fw(tam), fw(avg_price(tu, tam))])
    destinations = TableSpec(
        key="destinations", doc=CHUKO_PDF, title="輸出先別の輸出台数と輸出額",
        header=[["輸出先", "輸出台数（台）", "輸出額（百万円）", "平均単価（万円）"]],
        rows=drows, col_widths=[44 * mm, 34 * mm, 36 * mm, 36 * mm], ruled=False, table_fy=SURVEY_FY,
    )
    destinations.unit = lambda row, c, s=destinations: bracket_unit(s.column_label(c))
    return industries, machines, destinations


def chuko_story(specs):
    industries, machines, destinations = specs
    total, n, units = chuko_totals()
    ta, tb = sum(r[1] for r in MACHINES), sum(r[2] for r in MACHINES)
    (s_name, s_n, s_t), (l_name, l_n, l_t) = SIZES
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{CHUKO} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月", DATE_RIGHT), P(CHUKO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県内企業が使わなくなった機械設備を海外へ輸出している実態を把握し、設備の更新と輸出を支える施策に役立てるため"),
        ("調査対象", f"県内に本社を置く製造業、建設業及び卸売業等の企業 {TARGET:,}社"),
        ("調査基準日", "令和６年（2024年）10月１日"),
        ("調査期間", "令和６年10月７日から11月８日まで"),
        ("調査方法", "郵送及びウェブによるアンケート"),
        ("調査の実施", f"{PREF}（調査票の配布と回収は{KOGYOKAI}に委託）"),
        ("回答数", f"{total}社（回答率{pct1(total, TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「中古機械」とは、一度使用された機械設備をいい、部品を取り出すことを目的とするもの及びスクラップとして輸出するものを除く。「輸出実施企業」とは、令和５年度中に中古機械を１台以上輸出した企業をいい、商社等を通じて輸出した企業を含む。また、「輸出台数」とは、輸出した中古機械の台数をいい、付属品及び交換部品は数えない。
""", 0)
    st += [P("２　中古機械の輸出状況", H1)]
    st += paras(f"""
令和５年度に中古機械を輸出した企業は、回答企業{total}社のうち{n}社（{pct1(n, total)}％）で、輸出台数は{units:,}台であった。業種別では、一般機械が輸出実施企業数、輸出台数ともに最も多く、建設業がこれに続く。企業規模別では、大企業は{l_n}社のうち{l_t}社が輸出したが、中小企業は{s_n}社のうち{s_t}社であった。
輸出した理由（複数回答）は、「国内で売るより高い価格で売れる」が最も多く、「国内に買手が見つからない」「海外の取引先から求められた」が続いた。一方、輸出しなかった企業の多くは、「輸出の手続が分からない」「輸出先の規制が分からない」ことを理由に挙げた。
輸出の方法は、商社等を通じた間接輸出が輸出実施企業の半数を超え、自社で輸出の手続を行う直接輸出はおよそ３割であった。残りは、海外の中古機械の売買サイトを通じて現地の買手に販売した企業である。
業種別の回答企業数、輸出実施企業数及び輸出台数は、次のとおりである。
""", 0)
    st += [caption(industries.title, "（令和５年度）", keep=False), industries.flowable(), Spacer(1, 2)]
    st += notes(["※１ 「その他」は、繊維工業、プラスチック製品製造業、運輸業等である。"])
    st += [P("３　機種別の状況", H1)]
    st += paras(f"""
輸出台数は前年度から{tb - ta}台増えた。工作機械が最も多く、前年度からの増加も最も大きい。一方、印刷機械、建設機械及びフォークリフトは前年度を下回った。
""", 0)
    st += [caption(machines.title, "（単位：台）"), machines.flowable(), Spacer(1, 2)]
    st += notes([f"※２ 令和４年度は前回の調査（令和５年度に実施）による。増減の「{DOWN}」は減少を示す。"])
    st += [P("４　輸出先", H1)]
    st += paras("""
輸出先は、ベトナムが最も多い。平均単価は、「その他」を除くと中国向けが最も高く、アフリカ向けが最も低い。
""", 0)
    st += [caption(destinations.title, "（令和５年度）"), destinations.flowable(), Spacer(1, 2)]
    st += notes([
        "※３ 「中東」は、アラブ首長国連邦、サウジアラビア、トルコ等である。「その他」は、メキシコ、ロシア、韓国等である。",
        "※４ 平均単価は、輸出額を輸出台数で除したものである（万円未満を四捨五入）。",
    ])
    st += [P("５　企業の事例", H1)]
    for i, (head, what, dest, how) in enumerate(CHUKO_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("輸出した機械", what), ("主な輸出先", dest), ("輸出の方法", how)], 1)
    st += [P("６　県への主な要望（自由記述）", H1)]
    st += bullets([
        "輸出先ごとの中古機械の輸入規制（製造からの年数の制限や船積み前検査）を、まとめて知らせてほしい。",
        "中古機械を買いたい海外の企業を紹介する商談会を開いてほしい。",
        "輸出前の点検や整備を請け負う県内の事業者の一覧がほしい。",
    ], 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        f"① 主な輸出先の中古機械の輸入規制を調べ、令和７年度中に県のウェブサイトに掲載する。",
        f"② {KOGYOKAI}と連携し、中古機械の輸出に関するセミナーを年１回開く。",
        "③ 海外の買手との商談会の開催を検討する。",
        "④ 次回の調査は、令和８年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{CHUKO_DEPT} 調査企画班　電話：099-724-3610　ファクス：099-724-3619",
        f"{KOGYOKAI}（輸出の実務相談）　電話：099-724-3700",
        "電子メール：yuzuriha-chosa@example.jp",
    ]))
    return st


# ================================================================ document 3: recall and complaint advice desk, user guide
RECALL = f"{PREF}海外製品リコール・苦情対応相談窓口"
RECALL_DEPT = f"{PREF} 商工労働部 国際経済課"
KYOKAI = f"一般社団法人{PREF}貿易振興協会"
SUPPORTS = [  # 見出し, 内容, 担当する者, 対応までの目安 (same labels in every sibling section)
    ("相談・助言", "リコールの要否、苦情への回答の方針、現地の当局への報告の要否等についての助言",
     "窓口の相談員（製品安全の実務の経験者）", "申込みから３営業日以内に初回の相談"),
    ("告知文等の作成支援", "顧客や取引先に向けたリコールの告知文、苦情への回答文等の案の作成と翻訳",
     "窓口の相談員と翻訳者", "依頼から５営業日以内に案を提示"),
    ("現地弁護士等の紹介", "輸出先の製造物責任や消費者保護の法令に詳しい弁護士等の紹介と、初回の面談の日程調整",
     "窓口の顧問弁護士", "依頼から10営業日以内に紹介"),
]
FEES = [  # 案件の規模, 告知文の作成支援（円）, 現地弁護士の紹介（円）, 継続支援（月額・円） (令和７年度; None = －)
    ("小口案件", 11000, 22000, None), ("中口案件", 22000, 33000, 27500), ("大口案件", 44000, 55000, 55000),
]
RECALL_FY = 2024
REGION_COLS = ("アジア", "北米", "欧州", "その他")
TOPICS = [  # 相談の内容, アジア, 北米, 欧州, その他 (令和６年度)
    ("製品の不具合・安全性", 38, 21, 17, 4), ("表示・取扱説明書", 22, 14, 19, 3),
    ("品質・異物混入", 31, 6, 8, 2), ("配送中の破損", 17, 9, 7, 5),
    ("返品・返金の要求", 19, 15, 11, 3), ("契約・保証の条件", 12, 8, 10, 2),
]
FIELDS = [  # 製品分野, 相談件数, うちリコール, 告知文の作成, 弁護士の紹介 (令和６年度)
    ("食品", 84, 9, 14, 3), ("化粧品・日用品", 41, 4, 9, 2), ("家電・電子部品", 63, 7, 12, 6),
    ("機械・部品", 52, 3, 6, 5), ("玩具・雑貨", 29, 5, 7, 1), ("その他", 34, 1, 3, 2),
]
PREV_YEAR = 241  # 令和５年度の相談件数 (prose only)
USERS = 176  # 令和６年度に利用した事業者 (prose only)


def recall_specs():
    fees = TableSpec(
        key="fees", doc=RECALL_PDF, title="案件の規模別の料金",
        header=[["案件の規模", "告知文の作成\n支援（円）", "現地弁護士の\n紹介（円）", "継続支援\n（月額・円）"]],
        rows=[[n, cell(a), cell(b), cell(c)] for n, a, b, c in FEES],
        col_widths=[40 * mm, 36 * mm, 36 * mm, 36 * mm], table_fy=2025, unit="円",
    )
    trows = [[n] + [fw(x) for x in xs] + [fw(sum(xs))] for n, *xs in TOPICS]
    totals = [sum(r[j] for r in TOPICS) for j in range(1, 5)]
    trows.append(["合計"] + [fw(x) for x in totals] + [fw(sum(totals))])
    topics = TableSpec(
        key="topics", doc=RECALL_PDF, title="相談の内容別・地域別の相談件数",
        header=[["相談の内容"] + list(REGION_COLS) + ["計"]],
        rows=trows, col_widths=[48 * mm, 22 * mm, 22 * mm, 22 * mm, 22 * mm, 22 * mm], unit="件",
        table_fy=RECALL_FY,
    )
    frows = [[n] + [fw(x) for x in xs] for n, *xs in FIELDS]
    frows.append(["合計"] + [fw(sum(r[j] for r in FIELDS)) for j in (1, 2, 3, 4)])
    fields = TableSpec(
        key="fields", doc=RECALL_PDF, title="製品分野別の相談と支援の件数",
        header=[["製品分野", "相談件数（件）", "うちリコール（件）", "告知文の作成（件）", "弁護士の紹介（件）"]],
        rows=frows, col_widths=[38 * mm, 30 * mm, 32 * mm, 32 * mm, 32 * mm], table_fy=RECALL_FY,
    )
    fields.unit = lambda row, c, s=fields: bracket_unit(s.column_label(c))
    return fees, topics, fields


def recall_story(specs):
    fees, topics, fields = specs
    total = sum(sum(r[1:]) for r in TOPICS)
    recalls = sum(r[2] for r in FIELDS)
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{RECALL} 利用案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(RECALL_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　窓口の概要", H1)]
    st += paras("""
この窓口は、県内の事業者が海外に販売した製品について、リコールが必要になったときや、海外の顧客や取引先から苦情を受けたときに、対応の進め方を相談できる窓口です。初動を誤ると、現地での信用を失うだけでなく、当局からの命令や訴訟に発展するおそれがあります。早めにご相談ください。
""", 0)
    st += lv_lines([
        ("窓口の名称", RECALL),
        ("設置者", PREF),
        ("運営", f"{KYOKAI}（県からの委託）"),
        ("利用できる者", "県内に事業所を有する事業者（個人事業主を含む。）"),
        ("受付時間", "平日９時から17時まで（ウェブの申込みは24時間）"),
        ("相談の方法", "来所、電話又はオンライン"),
    ], 0)
    st += paras("""
この案内において「リコール」とは、製品の欠陥等により、製造者又は販売者が製品を回収し、修理し、又は交換することをいい、自主的に行うものを含みます。「苦情」とは、海外の顧客又は取引先から寄せられる製品又は取引についての不満の申出をいいます。「案件」とは、同じ型式の製品について、１つの国・地域で生じた事案をいいます。また、「営業日」とは、土曜日、日曜日、祝日及び年末年始を除く日をいいます。
""", 0)
    st += [P("２　支援の内容", H1)]
    for i, (head, what, who, when) in enumerate(SUPPORTS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("内容", what), ("担当する者", who), ("対応までの目安", when)], 1)
    st += [P("３　料金", H1)]
    st += paras("""
相談・助言は、何回でも無料です。告知文等の作成支援、現地弁護士等の紹介及び継続支援は、案件の規模に応じて次の料金がかかります（消費税込み）。案件の規模は、対象となる製品の出荷数により、1,000個未満を「小口案件」、1,000個以上１万個未満を「中口案件」、１万個以上を「大口案件」とします。
なお、「継続支援」とは、対応が長引く案件について、相談員が月ごとに進み具合を確かめ、助言と文案の作成を続けることをいいます。
""", 0)
    st += [caption(fees.title, "（令和７年度）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 料金は１案件当たりの額です。同じ製品で複数の国・地域に及ぶ場合は、国・地域ごとに１案件とします。",
        f"※２ 「{DASH}」は、その支援を行わないことを示します。継続支援は、中口案件及び大口案件に限ります。",
        "※３ 現地弁護士等の報酬は、利用者が弁護士等と契約して直接支払うもので、上の料金には含みません。",
    ])
    st += [P("４　相談から支援の終了までの流れ", H1)]
    st += numbered([
        "① 申込み（電話又はウェブの申込フォームで、製品、輸出先及び苦情の概要を連絡）",
        "② 初回の相談（申込みから３営業日以内。来所、電話又はオンライン）",
        "③ 支援の内容と料金の案内（初回の相談の際に、案件の規模を確認）",
        "④ 料金の支払（請求書による銀行振込み。相談・助言のみの場合は不要）",
        "⑤ 支援の実施（告知文等の作成、現地弁護士等の紹介、継続支援）",
        "⑥ 支援の終了の報告（終了の日から１か月後に、窓口から状況を確認）",
    ], 0)
    st += [P("５　相談の状況", H1)]
    st += paras(f"""
令和６年度の相談件数は{total}件で、前年度の{PREV_YEAR}件から{total - PREV_YEAR}件増えました。このうち、リコールに関するものは{recalls}件です。利用した事業者は{USERS}事業者です。地域別ではアジアが最も多く、内容別では製品の不具合・安全性に関する相談が最も多くなっています。
""", 0)
    st += [caption(topics.title, "（単位：件）"), topics.flowable(), Spacer(1, 2)]
    st += notes(["※４ 「その他」の地域は、オーストラリア、中東諸国、中南米等です。"])
    st += [caption(fields.title, "（令和６年度）"), fields.flowable(), Spacer(1, 2)]
    st += notes(["※５ 「うちリコール」は相談件数の内数です。「告知文の作成」と「弁護士の紹介」は、その年度に支援を行った件数です。"])
    st += [P("６　よくある質問", H1)]
    qa = [
        ("海外の顧客から苦情が１件届いただけの段階でも、相談できますか。",
         "相談できます。リコールに至るかどうか分からない段階でのご相談をお勧めしています。"),
        ("現地の弁護士への報酬も、窓口が負担してくれますか。",
         "負担しません。弁護士等の報酬は、利用者が直接お支払いください。"),
        ("海外の取引先との代金の支払をめぐる争いも相談できますか。",
         "この窓口では扱いません。製品の品質や安全性に関わらない取引上の争いは、県の国際取引相談をご利用ください。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [P("７　利用上の注意", H1)]
    st += bullets([
        "助言は窓口の相談員の意見であり、法的な判断ではありません。",
        "相談の内容は、利用者の同意なく第三者に伝えることはありません。",
        "現地の当局への届出や報告は、利用者が自ら行うものです。",
        "製品の仕様書、苦情の文面等の資料の提出をお願いすることがあります。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{RECALL_DEPT} 貿易支援班　電話：099-727-2280　ファクス：099-727-2289",
        f"{KYOKAI}（相談の申込み）　電話：099-727-2300",
        "電子メール：yuzuriha-recall@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return domain_specs() + chuko_specs() + recall_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    dspecs, cspecs, rspecs = domain_specs(), chuko_specs(), recall_specs()
    ddoc = build_pdf(docs_dir / DOMAIN_PDF, dspecs, domain_story(dspecs),
                     f"{DOMAIN}交付要綱", "令和７年３月28日改正", DOMAIN_DEPT)
    cdoc = build_pdf(docs_dir / CHUKO_PDF, cspecs, chuko_story(cspecs),
                     f"令和６年度 {CHUKO} 報告書", "令和７年３月", CHUKO_DEPT)
    rdoc = build_pdf(docs_dir / RECALL_PDF, rspecs, recall_story(rspecs),
                     f"令和７年度 {RECALL} 利用案内", "令和７年４月", RECALL_DEPT)
    gold = all_gold({DOMAIN_PDF: ddoc.row_pages, CHUKO_PDF: cdoc.row_pages, RECALL_PDF: rdoc.row_pages})
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
    # --- domain: the domain and web-shop subsidy guideline, tables (a) (b) (c), definitions, articles, sibling sections
    dict(question="従業員が８人の雑貨の卸売会社が、海外向けウェブショップの翻訳を外注したいそうです。補助率は何％になりますか？",
         category="domain", doc=DOMAIN_PDF,
         evidence=["営む者については、５人）以下", "多言語化・翻訳 40 50 300 450"], answer=["40"],
         notes="two facts: a wholesaler is 商業, where 小規模企業者 means ５人 or fewer (第２条第２項), so the 8-person "
               "firm is no 小規模企業者 and note ※１ gives it the column 中小企業者; (a) two-level header, leaf "
               "補助率（％）／中小企業者 of 多言語化・翻訳; 50 (小規模企業者, the 20人 of manufacturing) is the trap"),
    dict(question="2025年度に、ドイツとフランスの２か国のドメインを取りたいという会社があります。ドメインの取得・登録の費用の上限額はいくらですか？",
         category="domain", doc=DOMAIN_PDF, evidence=["海外ドメインの取得・登録 50 75 100 150"], answer=["150"],
         notes="(a) leaf 上限額（千円）／２市場以上 (two countries = two 対象市場, 第２条第５項 and note ※２); 100 "
               "(１市場) is the trap; 2025年度 = 令和７年度 (printed nowhere in Western form); the unit 千円 is only in the "
               "header group"),
    dict(question="社員12人の陶磁器メーカーが、米国向けのウェブショップを1,000千円で作る予定です。補助金はいくら受けられますか？",
         category="domain", doc=DOMAIN_PDF,
         evidence=["常時使用する従業員の数が20人", "ウェブショップの構築 50 60 800 1,200"], answer=["600千円"],
         computed=True,
         notes="three facts: 12人 in manufacturing is within the 20人 of 小規模企業者 (第２条第２項); one market, so the "
               "cap of (a) 上限額（千円）／１市場 is 800; (a) leaf 補助率（％）／小規模企業者 60: 1,000 × 60 % = 600千円, "
               "below the cap of 800 and the firm cap of 1,200 (第４条第２項); 500千円 (the 中小企業者 rate) is the trap"),
    dict(question="2022年度には、この補助金は何件に交付されましたか？",
         category="domain", doc=DOMAIN_PDF, evidence=["令和４年度 25 17 ７ 13,260 24"], answer=["17"],
         notes="(b) years as rows: 2022年度 = 令和４年度 (the guideline prints 2022年 only as the date of an amendment, "
               "never 2022年度); column 交付件数（件）; 25 (申請件数) and ７ (うち小規模企業者) are the traps"),
    dict(question="2024年度に交付した補助金は、１件当たり平均いくらでしたか？",
         category="domain", doc=DOMAIN_PDF, evidence=["令和６年度 38 24 13 19,440 37"], answer=["810千円"], computed=True,
         notes="(b) average in a row: 19,440 / 24 = 810千円 (2024年度 = 令和６年度); 19,440 / 38 applications is a "
               "wrong reading"),
    dict(question="交付の実績の表で、令和３年度の小規模企業者の件数が空欄になっているのはなぜですか？",
         category="domain", doc=DOMAIN_PDF, evidence=["小規模企業者の補助率を設ける前の年度であることを示す"],
         answer=["小規模企業者の補助率を設ける前の年度"],
         notes="(b) the 「－」 cell of row 令和３年度, column うち小規模企業者（件） (a header cell printed over two lines), "
               "explained by note ※４ (the rate came with the 令和４年 amendment of the 附則); no gold cell"),
    dict(question="令和６年度の成果指標で、目標の８割に届かなかったものはどれですか？",
         category="domain", doc=DOMAIN_PDF,
         evidence=["ウェブショップ経由の海外売上（千円） 60,000 43,800 73.0 △", "△が80％未満"],
         answer=["ウェブショップ経由の海外売上"],
         notes="(c) KPI table with 目標 / 実績 / 達成率 and a mark column: the only △ row; note ※６ says △ means "
               "below 80 %; the ○ rows (96.0, 92.5) are above 80 %"),
    dict(question="2024年度、補助を受けた会社のウェブショップ経由の海外売上は、目標にあとどれだけ足りませんでしたか？",
         category="domain", doc=DOMAIN_PDF, evidence=["ウェブショップ経由の海外売上（千円） 60,000 43,800 73.0 △"],
         answer=["16,200千円"], computed=True,
         notes="(c) difference in a row, the unit from the row label: 60,000 − 43,800 = 16,200千円 (2024年度 = 令和６年度)"),
    dict(question="包丁などの刃物メーカーの交付事例では、補助金はいくらでしたか？",
         category="domain", doc=DOMAIN_PDF, evidence=["（３）刃物製造業Ｃ社", "補助金の額：1,386千円"], answer=["1,386千円"],
         notes="sibling sections （１）–（３） of （参考３） share the labels 対象市場, 主な取組, 補助金の額; （３）刃物製造業Ｃ社 "
               "(包丁 = 刃物); 638千円 and 415千円 are the siblings' values"),
    dict(question="海外のモールに出店する費用も、この補助金の対象になりますか？",
         category="domain", doc=DOMAIN_PDF,
         evidence=["次に掲げる経費は、補助の対象としない", "電子商店街（いわゆるモール）への出店料"],
         answer=["補助の対象としない"],
         notes="第５条 item （１） (also the definition of ウェブショップ in 第２条第４項 excludes 電子商店街); "
               "ウェブショップの構築 (covered) is the near miss"),
    dict(question="補助を受けた後、ウェブショップの売上は何年間報告しなければなりませんか？",
         category="domain", doc=DOMAIN_PDF, evidence=["翌年度から３年間"], answer=["３年間"],
         notes="第７条 (事業化状況の報告): three years from the next fiscal year; the 30日 of 第６条 is a near miss"),
    # --- chuko: the survey of used-machinery exports, tables (d) (e) (f), a definition, sibling sections
    dict(question="中古機械の輸出の実態調査は、回答率が何％でしたか？",
         category="chuko", doc=CHUKO_PDF, evidence=["回答数：552社（回答率36.8％）"], answer=["36.8"],
         notes="「label：value」 line 回答数 (552 of the 1,500社 of 調査対象); 21.4 % (輸出実施企業) is a near miss"),
    dict(question="部品を取るために輸出した古い機械も、この調査の「中古機械」に入りますか？",
         category="chuko", doc=CHUKO_PDF, evidence=["部品を取り出すことを目的とするもの及びスクラップとして輸出するものを除く"],
         answer=["除く"],
         notes="definition 「中古機械」とは…部品を取り出すことを目的とするもの及びスクラップとして輸出するものを除く (no)"),
    dict(question="卸売の会社からは、中古機械が何台輸出されましたか？",
         category="chuko", doc=CHUKO_PDF, evidence=["卸売業 91 13 287"], answer=["287"],
         notes="(d) continuation page (no header there): row 卸売業, column 輸出台数（台）; 13 (輸出実施企業) and 91 "
               "(回答企業数) are the traps"),
    dict(question="一般機械の業種では、回答した企業のうち何％が中古機械を輸出していましたか？",
         category="chuko", doc=CHUKO_PDF, evidence=["一般機械 86 31 642"], answer=["36.0%"], computed=True,
         notes="(d) share in a row on the first page: 31 / 86 = 36.0 %; the 21.4 % of all respondents is a near miss"),
    dict(question="2023年度の建設機械の輸出台数は、前の年度と比べてどれだけ増減しましたか？",
         category="chuko", doc=CHUKO_PDF, evidence=["建設機械 426 401 ▲25"], answer=["▲25"],
         notes="(e) 増減 column printing decreases with ▲ (note ※２): a decrease of 25; 2023年度 = 令和５年度 (the "
               "report prints only 2024年 in Western form); the 増減 cell covers 令和４年度–令和５年度"),
    dict(question="アラブ首長国連邦向けに輸出された中古機械は、１台当たり平均いくらでしたか？",
         category="chuko", doc=CHUKO_PDF, evidence=["アラブ首長国連邦、サウジアラビア", "中東 141 418 296"],
         answer=["296"],
         notes="two facts: note ※３ puts アラブ首長国連邦 under 中東; (f) unruled table, column 平均単価（万円） (the unit "
               "given per column in the header); 418 (輸出額, 百万円) is the trap"),
    dict(question="輸出台数で２番目に多い輸出先はどこですか？",
         category="chuko", doc=CHUKO_PDF, evidence=["タイ 312 851 273"], answer=["タイ"],
         notes="(f) ranking in the column 輸出台数（台）: ベトナム 486, タイ 312, インドネシア 268 (the rows are in "
               "geographic order, 中国 first; the prose names only ベトナム); second-largest"),
    dict(question="中古機械の輸出台数全体のうち、ベトナム向けは何％を占めていますか？",
         category="chuko", doc=CHUKO_PDF, evidence=["ベトナム 486 1,032 212", "合計 2,145 5,246 245"],
         answer=["22.7%"], computed=True,
         notes="(f) share within a column: 486 / 2,145 = 22.7 % (1,032 / 5,246 = 19.7 % by value is another reading)"),
    dict(question="建設会社の事例では、中古機械をどのような方法で輸出していますか？",
         category="chuko", doc=CHUKO_PDF, evidence=["（２）建設業Ｅ社", "輸出の方法：県内の商社を通じた間接輸出"],
         answer=["県内の商社を通じた間接輸出"],
         notes="sibling sections （１）–（３） of ５ share the labels 輸出した機械, 主な輸出先, 輸出の方法; （２）建設業Ｅ社; "
               "直接輸出 (Ｄ社) and 売買サイト (Ｆ社) are the siblings' values"),
    dict(question="回答した中小企業のうち、令和５年度に中古機械を輸出した企業の割合はどのくらいですか？",
         category="chuko", doc=CHUKO_PDF, evidence=["中小企業は488社のうち92社"], answer=["18.9%"], computed=True,
         notes="prose of ２ (firm sizes, in no table): 92 / 488 = 18.9 % (大企業 26 / 64 and 全体 21.4 % are near misses)"),
    # --- recall: the recall and complaint desk guide, tables (g) (h) (i), sibling sections, Q&A
    dict(question="輸出先の法律に詳しい現地の弁護士を紹介してほしいという会社があります。どのくらいで紹介してもらえますか？",
         category="recall", doc=RECALL_PDF, evidence=["（３）現地弁護士等の紹介", "対応までの目安：依頼から10営業日以内に紹介"],
         answer=["10営業日以内"],
         notes="sibling sections （１）–（３） of ２ share the labels 内容, 担当する者, 対応までの目安; （３）現地弁護士等の紹介; "
               "３営業日 and ５営業日 are the siblings' values"),
    dict(question="出荷数が3,000個の製品のリコールで、告知文の作成を手伝ってもらうと料金はいくらですか？",
         category="recall", doc=RECALL_PDF,
         evidence=["1,000個以上１万個未満を「中口案件」", "中口案件 22,000 33,000 27,500"], answer=["22,000"],
         notes="two facts: 3,000個 is a 中口案件 (the sizes in the prose of ３); (g) header cells printed over two lines, "
               "column 告知文の作成支援（円）; 11,000 and 44,000 (the other sizes) and 33,000 are the traps"),
    dict(question="出荷数500個ほどの小さな案件でも、月額の継続支援を頼めますか？",
         category="recall", doc=RECALL_PDF, evidence=["継続支援は、中口案件及び大口案件に限ります"],
         answer=["中口案件及び大口案件に限ります"],
         notes="(g) the 「－」 cell of row 小口案件 (500個 < 1,000個), column 継続支援（月額・円）, explained by note ※２ "
               "(no); no gold cell"),
    dict(question="海外の取引先が代金を払ってくれないという相談も、この窓口で受けてもらえますか？",
         category="recall", doc=RECALL_PDF, evidence=["この窓口では扱いません"], answer=["この窓口では扱いません"],
         notes="Q&A: Ａ of Ｑ３ (no: disputes not about quality or safety go to the prefecture's 国際取引相談)"),
    dict(question="2024年度、製品の不具合や安全性についての相談は、地域を合わせて何件ありましたか？",
         category="recall", doc=RECALL_PDF, evidence=["製品の不具合・安全性 38 21 17 ４ 80"], answer=["80"],
         notes="(h) total column on the right: row 製品の不具合・安全性, column 計 (2024年度 = 令和６年度; the guide prints no "
               "Western year); 38 (アジア) is the trap"),
    dict(question="2024年度の相談のうち、北米の案件は全体の何％でしたか？",
         category="recall", doc=RECALL_PDF, evidence=["合計 139 73 72 19 303"], answer=["24.1%"], computed=True,
         notes="(h) share in the 合計 row: 73 / 303 = 24.1 % (the 計 column of the 合計 row)"),
    dict(question="大口案件で、告知文の作成支援と現地弁護士の紹介の両方を頼むと、料金は合わせていくらですか？",
         category="recall", doc=RECALL_PDF, evidence=["大口案件 44,000 55,000 55,000"], answer=["99,000円"],
         computed=True,
         notes="(g) sum in a row: 44,000 + 55,000 = 99,000円 (note ※３: the lawyer's own fee is not included)"),
    dict(question="令和６年度、食品の相談のうちリコールに関するものは何％でしたか？",
         category="recall", doc=RECALL_PDF, evidence=["食品 84 ９ 14 ３"], answer=["10.7%"], computed=True,
         notes="(i) share within a row: 9 / 84 = 10.7 % (note ※５: うちリコール is part of 相談件数)"),
    # --- followups
    dict(question="では、その経費で２市場以上を対象にする場合、上限額はいくらですか？",
         category="followup", doc=DOMAIN_PDF, evidence=["現地決済・配送サービスとの連携 40 50 400 650"], answer=["650"],
         history=_turns("現地の決済サービスと連携する費用は、中小企業者だと補助率は何％ですか？",
                        "中小企業者の補助率は40％です[1]。"),
         notes="(a) the row from the history (現地決済・配送サービスとの連携), leaf 上限額（千円）／２市場以上; 400 "
               "(１市場) is the trap"),
    dict(question="その年度の交付額は、全部でいくらでしたか？",
         category="followup", doc=DOMAIN_PDF, evidence=["令和５年度 31 21 10 16,870 30"], answer=["16,870"],
         history=_turns("2023年度は何件の申請がありましたか？",
                        "2023年度（令和５年度）の申請は31件でした[1]。"),
         notes="(b) the year from the history (2023年度 = 令和５年度), column 交付額（千円）"),
    dict(question="それは、前の年度と比べて何台増えていますか？",
         category="followup", doc=CHUKO_PDF, evidence=["工作機械 556 612 56"], answer=["56"],
         history=_turns("令和５年度に輸出された中古の工作機械は何台ですか？",
                        "令和５年度の工作機械の輸出台数は612台です[1]。"),
         notes="(e) the row from the history (工作機械), column 増減 (an increase, printed without a sign)"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=RECALL_PDF, evidence=["電話：099-727-2300"], answer=["099-727-2300"],
         history=_turns("海外の顧客からの苦情について相談を申し込みたい会社があります。どこに連絡すればよいですか？",
                        "相談の申込みは、一般社団法人楪県貿易振興協会が受け付けています[1]。"),
         notes="contact box of the guide: the 協会's phone (second line); the 班's phone 099-727-2280 and fax "
               "099-727-2289 (first line) are the near misses"),
    dict(question="そのうち、現地の弁護士を紹介したのは何件ですか？",
         category="followup", doc=RECALL_PDF, evidence=["家電・電子部品 63 ７ 12 ６"], answer=["６"],
         history=_turns("令和６年度、家電・電子部品についての相談は何件ありましたか？",
                        "家電・電子部品の相談件数は63件でした[1]。"),
         notes="(i) the row from the history (家電・電子部品), column 弁護士の紹介（件）; ７ (うちリコール) is the trap"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="この補助金で開設したウェブショップには、どのくらいのアクセスがありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline gives the shops opened and their sales abroad (KPI), not their visits",
         absent=["アクセス", "閲覧数", "訪問者"]),
    dict(question="令和６年度に申請したのに交付を受けられなかった会社は、どんな理由が多かったのですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline gives the applications (38) and grants (24) of 令和６年度, not why the others failed",
         absent=["不採択", "不交付", "採択されなかった"]),
    dict(question="中古機械を輸出するときの運賃は、１台当たり平均いくらかかっていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the export values and average unit prices by destination, not the freight",
         absent=["運賃", "輸送費", "物流費"]),
    dict(question="輸出された中古機械は、製造から平均で何年経ったものが多いですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey mentions limits on 製造からの年数 only in a firm's request, not the machines' ages",
         absent=["平均使用年数", "経過年数", "製造年", "使用年数"]),
    dict(question="相談を受けてから問題が解決するまで、平均で何日かかっていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the times to the first answer of each support (３, ５, 10営業日), not to a solution",
         absent=["解決まで", "平均日数", "解決した"]),
    dict(question="令和６年度の相談のうち、現地の当局から命令を受けた案件は何件ありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide warns that a bad first response may lead to 当局からの命令, but counts no such cases",
         absent=["命令を受けた", "行政処分", "命令の件数"]),
]
CATEGORY_COUNTS = {"domain": 11, "chuko": 10, "recall": 8, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h68q", "h68t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H, I = (
    "補助対象経費、補助率及び上限額", "交付の実績", "成果指標の達成状況",
    "業種別の回答企業と中古機械の輸出状況", "機種別の輸出台数", "輸出先別の輸出台数と輸出額",
    "案件の規模別の料金", "相談の内容別・地域別の相談件数", "製品分野別の相談と支援の件数")
LETTERS = dict(zip((A, B, C, D, E, F, G, H, I), "abcdefghi"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y, unit) -> str:
    q = half_up(Decimal(x) / Decimal(y), "0.1")
    return f"{int(q) if q == q.to_integral() else q}{unit}"


def _yen(n: int) -> str:
    return f"{n:,}円"


def _grant(g, item, firm, market) -> str:
    """q03: 1,000千円 of the item at the firm's rate, within the item's cap."""
    rate = g(A, item, f"補助率（％）／{firm}", 2025)
    return f"{min(1000 * rate // 100, g(A, item, f'上限額（千円）／{market}', 2025)):,}千円"


KPI_SALES = "ウェブショップ経由の海外売上（千円）"
COMPUTED = {  # question id -> the answer string, computed from gold cells (or, where a note says so, prose data)
    "h68q03": lambda g: _grant(g, "ウェブショップの構築", "小規模企業者", "１市場"),
    "h68q05": lambda g: _avg(g(B, "令和６年度", "交付額（千円）", 2024), g(B, "令和６年度", "交付件数（件）", 2024), "千円"),
    "h68q08": lambda g: f"{g(C, KPI_SALES, '目標', 2024) - g(C, KPI_SALES, '実績', 2024):,}千円",
    "h68q15": lambda g: _pct(g(D, "一般機械", "輸出実施企業（社）", 2023), g(D, "一般機械", "回答企業数（社）", 2023)),
    "h68q19": lambda g: _pct(g(F, "ベトナム", "輸出台数（台）", 2023), g(F, "合計", "輸出台数（台）", 2023)),
    "h68q21": lambda g: _pct(SIZES[0][2], SIZES[0][1]),
    "h68q27": lambda g: _pct(g(H, "合計", "北米", 2024), g(H, "合計", "計", 2024)),
    "h68q28": lambda g: _yen(g(G, "大口案件", "告知文の作成支援（円）", 2025) + g(G, "大口案件", "現地弁護士の紹介（円）", 2025)),
    "h68q29": lambda g: _pct(g(I, "食品", "うちリコール（件）", 2024), g(I, "食品", "相談件数（件）", 2024)),
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {DOMAIN_PDF: (2, 3), CHUKO_PDF: (2, 3), RECALL_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (200, 250)
TABLE_QUESTIONS = 19  # at least, outside the followups
BEFORE_BREAK_ROWS = ("食料品", "金属製品")  # rows of (d) expected before the page break
CONTINUED_ROWS = ("卸売業", "その他", "合計")  # and after it


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout68.py")
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
                bare = re.sub(r"(%|千円|円|件|台|社)$", "", nfkc(a))
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
    # the new layouts are asked about: a 「－」 cell (two), a mark, a ▲ cell, a two-line header
    dash_qs = [q["id"] for q in questions if "「－」 cell" in q["notes"]]
    if len(dash_qs) != 2 or not any("▲" in "".join(q["answer"]) for q in questions) \
            or not any(any(m in e for m in MARKS for e in q["evidence"]) for q in questions if q["doc"]):
        errors.append(f"the 「－」 cells {dash_qs}, a ▲ answer and a mark should be asked about")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout68.py")
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
        spec = specs[g["table"]]
        is_mark = g["column"] in [spec.column_label(c) for c in spec.text_cols]
        if is_mark:
            if g["value"] not in MARKS or g["number"] is not None or g["unit"] is not None:
                errors.append(f"{g['id']}: a mark cell should be ◎, ○ or △ without number and unit")
        else:
            if g["unit"] not in UNITS:
                errors.append(f"{g['id']}: unit {g['unit']!r} is not one of {UNITS}")
            if g["number"] is None:
                errors.append(f"{g['id']}: every cell outside the mark column should be numeric")
        if g["value"] == DASH:
            errors.append(f"{g['id']}: a 「－」 cell is no gold cell")
        if (g["fiscal_year"] is None) == (g["fiscal_year_range"] is None):
            errors.append(f"{g['id']}: exactly one of fiscal_year and fiscal_year_range should be set")
        if norm(g["value"]) not in page_text(g["doc"], g["page"]):
            errors.append(f"{g['id']}: {g['value']!r} not on page {g['page']} of {g['doc']}")
        if norm(g["row"]) not in page_text(g["doc"], g["page"]):
            errors.append(f"{g['id']}: row {g['row']!r} not on page {g['page']} of {g['doc']}")
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
            # each printed row, cell after cell (the 「－」 cells included), on its page
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

    # (a): small firms get at least the general rate; two or more markets at least the one-market cap;
    # no cap above the firm caps of 第４条第２項
    for row, r in t[A].items():
        if r["補助率（％）／小規模企業者"] <= r["補助率（％）／中小企業者"] \
                or r["上限額（千円）／２市場以上"] <= r["上限額（千円）／１市場"]:
            errors.append(f"{A} / {row}: 小規模企業者 or ２市場以上 not above the other column")
        if r["上限額（千円）／１市場"] > FIRM_CAP or r["上限額（千円）／２市場以上"] > FIRM_CAP_MULTI:
            errors.append(f"{A} / {row}: a cap above the firm cap of 第４条第２項")
    # (b): growing applications; small firms within grants within applications; grants within the firm caps
    b = t[B]
    ns = [r["申請件数（件）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for y, a, n, s, amount, dom in RECORD:
        r = b[era(y)]
        if not r["交付件数（件）"] <= r["申請件数（件）"] or amount > n * FIRM_CAP_MULTI or dom < n:
            errors.append(f"{B} / {era(y)}: grants out of range")
        if (s is None) != (y < SMALL_FROM) or ("うち小規模企業者（件）" in r) != (s is not None) \
                or (s is not None and s > n):
            errors.append(f"{B} / {era(y)}: うち小規模企業者 should be 「－」 exactly before {era(SMALL_FROM)}")
    # (c): 達成率 = 実績 / 目標; marks by note ※６; the first two rows equal (b)'s 令和６年度
    for row, r in t[C].items():
        rate = pct1(r["実績"], r["目標"])
        if Decimal(str(r["達成率（％）"])) != rate:
            errors.append(f"{C} / {row}: 達成率 is not 実績 / 目標")
    marks = {g["row"]: g["value"] for g in gold if g["table"] == C and g["column"] == "評価"}
    for row, r in t[C].items():
        if marks.get(row) != mark(pct1(r["実績"], r["目標"])):
            errors.append(f"{C} / {row}: the mark does not follow note ※６")
    if len(set(marks.values())) != 3:
        errors.append(f"{C}: every mark ◎ ○ △ should be used")
    last = b[era(KPI_FY)]
    if t[C]["交付件数（件）"]["実績"] != last["交付件数（件）"] \
            or t[C]["取得した海外ドメイン数（件）"]["実績"] != last["取得したドメイン（件）"]:
        errors.append(f"{C}: 実績 differs from {B}")
    # (d): 合計 adds up; exporting firms within respondents; the totals equal the firm sizes of the prose
    d = t[D]
    adds_up(D, ("回答企業数（社）", "輸出実施企業（社）", "輸出台数（台）"))
    if any(r["輸出実施企業（社）"] > r["回答企業数（社）"] for r in d.values()):
        errors.append(f"{D}: 輸出実施企業 above 回答企業数")
    if d["合計"]["回答企業数（社）"] != sum(s[1] for s in SIZES) or d["合計"]["輸出実施企業（社）"] != sum(s[2] for s in SIZES):
        errors.append(f"{D}: 合計 differs from the firm sizes")
    # (e): 合計 adds up; 増減 is the difference; 令和５年度 equals (d)'s 合計
    e = t[E]
    y0, y1 = (era(y) for y in MACHINE_YEARS)
    adds_up(E, (y0, y1, "増減"))
    for row, r in e.items():
        if r["増減"] != r[y1] - r[y0]:
            errors.append(f"{E} / {row}: 増減 is not the difference")
    if e["合計"][y1] != d["合計"]["輸出台数（台）"]:
        errors.append(f"{E}: 合計 of {y1} differs from {D}")
    # (f): 合計 adds up and equals (d); 平均単価 from 額 and 台数
    f = t[F]
    adds_up(F, ("輸出台数（台）", "輸出額（百万円）"))
    if f["合計"]["輸出台数（台）"] != d["合計"]["輸出台数（台）"]:
        errors.append(f"{F}: 合計 differs from {D}")
    for row, r in f.items():
        if r["平均単価（万円）"] != avg_price(r["輸出台数（台）"], r["輸出額（百万円）"]):
            errors.append(f"{F} / {row}: 平均単価 is not 輸出額 / 輸出台数")
    # (g): fees grow with the case size; 「－」 only for 小口案件's 継続支援
    g_ = t[G]
    for col in ("告知文の作成支援（円）", "現地弁護士の紹介（円）"):
        if not g_["小口案件"][col] < g_["中口案件"][col] < g_["大口案件"][col]:
            errors.append(f"{G}: {col} should grow with the case size")
    if "継続支援（月額・円）" in g_["小口案件"] or any("継続支援（月額・円）" not in g_[r] for r in ("中口案件", "大口案件")):
        errors.append(f"{G}: only 小口案件's 継続支援 should be 「－」")
    # (h): 合計 adds up; 計 is the row sum; its total equals (i)'s
    h = t[H]
    adds_up(H, REGION_COLS + ("計",))
    for row, r in h.items():
        if r["計"] != sum(r[k] for k in REGION_COLS):
            errors.append(f"{H} / {row}: 計 is not the sum of the regions")
    i_ = t[I]
    adds_up(I, ("相談件数（件）", "うちリコール（件）", "告知文の作成（件）", "弁護士の紹介（件）"))
    if h["合計"]["計"] != i_["合計"]["相談件数（件）"]:
        errors.append(f"{H}: 合計 differs from {I}")
    if any(r["うちリコール（件）"] > r["相談件数（件）"] for r in i_.values()):
        errors.append(f"{I}: うちリコール above 相談件数")
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
        on = [i + 1 for i, p in enumerate(pages[CHUKO_PDF]) if header in norm(p)]
        if ind.repeat_header or on != bp[:1]:
            errors.append(f"{D}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[1]}
        if not 2 <= len(first) <= 8:
            errors.append(f"{D}: {len(first)} rows before the page break, expected 2-8")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{D}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("繊維工業、プラスチック製品製造業") not in norm(pages[CHUKO_PDF][bp[1] - 1]):
            errors.append(f"{D}: note ※１ should follow the table on the continuation page")
    for key, spec in specs.items():
        if key == "industries":
            continue
        tp = {g["page"] for g in gold if g["table"] == spec.title}
        if len(tp) != 1:
            errors.append(f"{spec.title} is on pages {sorted(tp)}, expected one page")
    if specs["destinations"].ruled or not all(s.ruled for k, s in specs.items() if k != "destinations"):
        errors.append(f"only {F} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／中小企業者", "補助率（％）／小規模企業者", "上限額（千円）／１市場", "上限額（千円）／２市場以上"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "千円"}:
        errors.append(f"{A}: units should come from the header groups")
    # (b): years as rows, two header cells printed over two lines, 「－」 cells left out
    bg = [g for g in gold if g["table"] == B]
    if sorted({g["fiscal_year"] for g in bg}) != [y for y, *_x in RECORD] \
            or any(g["fiscal_year"] != fiscal_year(g["row"]) for g in bg):
        errors.append(f"{B}: expected years as rows")
    two_line = [h for h in specs["record"].header[0] if "\n" in h]
    if len(two_line) != 2 or not all(label(h) in {g["column"] for g in bg} for h in two_line):
        errors.append(f"{B}: expected two header cells over two lines, recorded joined")
    dashes = sum(r.count(DASH) for r in specs["record"].rows)
    if dashes != sum(r[3] is None for r in RECORD) or len(bg) != 5 * len(RECORD) - dashes:
        errors.append(f"{B}: the 「－」 cells should be printed and left out of the gold cells")
    # (c): a KPI table with 目標 / 実績 / 達成率 and a mark column
    ccols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == C))
    if ccols != ["目標", "実績", "達成率（％）", "評価"] or specs["kpi"].text_cols != (4,):
        errors.append(f"{C}: expected the columns 目標 / 実績 / 達成率（％） / 評価, got {ccols}")
    if {g["row"]: g["unit"] for g in gold if g["table"] == C and g["column"] == "目標"} != \
            {n: bracket_unit(n) for n, *_x in KPIS}:
        errors.append(f"{C}: 目標 and 実績 should take the unit of their row label")
    # (e): years as columns and a 増減 column with ▲ over both years
    eg = [g for g in gold if g["table"] == E]
    if any(g["fiscal_year_range"] != list(MACHINE_YEARS) for g in eg if g["column"] == "増減") \
            or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in eg if g["column"] != "増減"):
        errors.append(f"{E}: expected the years as columns and a 増減 column covering both")
    neg = [g for g in eg if g["column"] == "増減" and g["number"] < 0]
    if not neg or any(not g["value"].startswith(DOWN) for g in neg) \
            or any(DOWN in g["value"] for g in eg if g["column"] == "増減" and g["number"] >= 0):
        errors.append(f"{E}: decreases, and only they, should be printed with ▲")
    if any(g["fiscal_year_range"] is not None for g in gold if g["table"] != E or g["column"] != "増減"):
        errors.append("only the 増減 column of (e) may have a fiscal_year_range")
    # (f): a unit per column in the header
    if {(g["column"], g["unit"]) for g in gold if g["table"] == F} != \
            {("輸出台数（台）", "台"), ("輸出額（百万円）", "百万円"), ("平均単価（万円）", "万円")}:
        errors.append(f"{F}: expected a unit per column in the header")
    # (g): every value header over two lines; one 「－」 cell
    if not all("\n" in h for h in specs["fees"].header[0][1:]) or sum(r.count(DASH) for r in specs["fees"].rows) != 1:
        errors.append(f"{G}: expected the value headers over two lines and one 「－」 cell")
    # (h): a total column on the right
    hcols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == H))
    if hcols != list(REGION_COLS) + ["計"] or any(g["fiscal_year"] != RECALL_FY for g in gold if g["table"] == H):
        errors.append(f"{H}: expected the regions and a 計 column on the right, got {hcols}")
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
        got = re.findall(r"099-72\d-\d{4}", text)
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

    # ---- the grant guideline
    dt = norm("\n".join(pages[DOMAIN_PDF]))
    siblings(dt, DOMAIN_PDF, ("対象市場：", "主な取組：", "補助金の額："), [c[0] for c in DOMAIN_CASES])
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件に交付した（うち小規模企業者{last[3]}件）") not in dt \
            or norm(f"延べ{sum(r[2] for r in RECORD)}件") not in dt:
        errors.append("guideline: the figures of （参考１） differ from (b)")
    rates = {r[0]: r for r in RATES}
    for head, where, _what, amount, items, markets in DOMAIN_CASES:
        col = 4 if markets >= 2 else 3
        cap = FIRM_CAP_MULTI if markets >= 2 else FIRM_CAP
        if int(amount.rstrip("千円").replace(",", "")) > min(cap, sum(rates[x][col] for x in items)):
            errors.append(f"guideline: case {head} exceeds its caps")
        if f"{fw(markets)}市場" not in where:
            errors.append(f"guideline: case {head} names the wrong number of markets")
    arts = [m.group(1) for x in "\n".join(pages[DOMAIN_PDF]).splitlines()
            if (m := re.match(r"\s*第([１-９])条\s", x))]
    if arts != list("１２３４５６７"):
        errors.append(f"guideline: expected articles 第１条–第７条 in order, got {arts}")
    if dt.count(norm("附則")) < 3:
        errors.append("guideline: expected three 附則")
    if re.findall(r"20\d\d年", dt) != ["2022年"]:
        errors.append("guideline: only 2022年 (an amendment) should be printed in Western form")
    defs(dt, ("中小企業者", "小規模企業者", "海外ドメイン", "ウェブショップ", "対象市場"), "guideline")
    for x in EXCLUDED:
        if norm(x) not in dt:
            errors.append(f"guideline: the cost not covered {x} is missing")
    bullets_in(DOMAIN_PDF, 0, "guideline")
    steps_of(DOMAIN_PDF, "①②③④⑤⑥", "guideline")
    contacts(DOMAIN_PDF, ["099-721-4410", "099-721-4419", "099-721-5520"], ["yuzuriha-domain@example.jp"], "guideline")

    # ---- the survey of used-machinery exports
    ct = norm("\n".join(pages[CHUKO_PDF]))
    siblings(ct, CHUKO_PDF, ("輸出した機械：", "主な輸出先：", "輸出の方法："), [c[0] for c in CHUKO_CASES])
    total, n, units = chuko_totals()
    if norm(f"{total}社（回答率{pct1(total, TARGET)}％）") not in ct \
            or norm(f"回答企業{total}社のうち{n}社（{pct1(n, total)}％）") not in ct \
            or norm(f"輸出台数は{units:,}台") not in ct:
        errors.append("survey: the response and export figures in the prose differ from (d)")
    (s_name, s_n, s_t), (l_name, l_n, l_t) = SIZES
    if norm(f"大企業は{l_n}社のうち{l_t}社") not in ct or norm(f"中小企業は{s_n}社のうち{s_t}社") not in ct:
        errors.append("survey: the firm sizes in the prose differ from the data")
    by_firms = sorted(INDUSTRIES, key=lambda r: -r[2])
    by_units = sorted(INDUSTRIES, key=lambda r: -r[3])
    if by_firms[0][0] != "一般機械" or by_units[0][0] != "一般機械" or by_firms[1][0] != "建設業" \
            or by_units[1][0] != "建設業":
        errors.append("survey: 「一般機械が…最も多く、建設業がこれに続く」 does not hold")
    ta, tb = sum(r[1] for r in MACHINES), sum(r[2] for r in MACHINES)
    diffs = {m: b - a for m, a, b in MACHINES}
    if norm(f"前年度から{tb - ta}台増えた") not in ct or max(MACHINES, key=lambda r: r[2])[0] != "工作機械" \
            or max(diffs, key=diffs.get) != "工作機械" \
            or sorted(m for m, x in diffs.items() if x < 0) != sorted(["印刷機械", "建設機械", "フォークリフト"]):
        errors.append("survey: the prose on the machine types does not hold")
    ranked = [d for d, _u, _a in sorted(DESTINATIONS, key=lambda r: -r[1])]
    prices = {d: avg_price(u, a) for d, u, a in DESTINATIONS if d != "その他"}
    if ranked[0] != "ベトナム" or ranked[1] != "タイ" or [d for d, *_x in DESTINATIONS].index("タイ") == 1 \
            or max(prices, key=prices.get) != "中国" or min(prices, key=prices.get) != "アフリカ":
        errors.append("survey: the destination prose (ベトナム first; 中国 highest and アフリカ lowest price) does not hold")
    if re.findall(r"20\d\d年", ct) != ["2024年"]:
        errors.append("survey: only 2024年 (調査基準日) should be printed in Western form")
    defs(ct, ("中古機械", "輸出実施企業", "輸出台数"), "survey")
    bullets_in(CHUKO_PDF, 3, "survey")
    steps_of(CHUKO_PDF, "①②③④", "survey")
    contacts(CHUKO_PDF, ["099-724-3610", "099-724-3619", "099-724-3700"], ["yuzuriha-chosa@example.jp"], "survey")

    # ---- the desk's user guide
    rt = norm("\n".join(pages[RECALL_PDF]))
    siblings(rt, RECALL_PDF, ("内容：", "担当する者：", "対応までの目安："), [k[0] for k in SUPPORTS])
    total = sum(sum(r[1:]) for r in TOPICS)
    if norm(f"相談件数は{total}件で、前年度の{PREV_YEAR}件から{total - PREV_YEAR}件増えました") not in rt \
            or norm(f"リコールに関するものは{sum(r[2] for r in FIELDS)}件") not in rt or USERS > total:
        errors.append("guide: the figures in the prose differ from (h) and (i)")
    regions = {c: sum(r[j] for r in TOPICS) for j, c in enumerate(REGION_COLS, 1)}
    if max(regions, key=regions.get) != "アジア" or max(TOPICS, key=lambda r: sum(r[1:]))[0] != "製品の不具合・安全性":
        errors.append("guide: 「アジアが最も多く…製品の不具合・安全性」 does not hold")
    if re.findall(r"20\d\d年", rt):
        errors.append("guide: no Western year should be printed")
    defs(rt, ("リコール", "苦情", "案件", "営業日", "継続支援"), "guide")
    if not all(norm(x) in rt for x in ("1,000個未満を「小口案件」", "1,000個以上１万個未満を「中口案件」", "１万個以上を「大口案件」")):
        errors.append("guide: the case sizes of ３ are missing")
    raw = "\n".join(pages[RECALL_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("guide: expected three Ｑ lines and three Ａ lines")
    bullets_in(RECALL_PDF, 4, "guide")
    steps_of(RECALL_PDF, "①②③④⑤⑥", "guide")
    contacts(RECALL_PDF, ["099-727-2280", "099-727-2289", "099-727-2300"], ["yuzuriha-recall@example.jp"], "guide")
    # every phone number of the set is fictional (099-72x-xxxx), every mail address under example.jp
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
