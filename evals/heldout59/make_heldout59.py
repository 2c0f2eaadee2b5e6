"""Build the 槐県 held-out set 59: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (槐県 and every town, scheme, organisation, phone number, address
and figure). The documents are in three genres the earlier sets do not use: a call for
applications (募集要領) for a subsidy towards small firms' brand building in a market abroad
(海外ブランド構築支援補助金: brand strategy, consumer research in the market, naming and trademark
clearance in the local language, logo and design, brand material) with a two-level header of
rates and caps under a general and a priority-market window, a yearly record (years as rows) and
the adoptions by market over three fiscal years with a total column on the right; the report of a
survey of the prefecture's firms on their business trips abroad (海外出張に関する実態調査) with the
main indicators over three fiscal years and a 単位 column, the firms by industry (a table continued
over a page break without its header), the destinations as counts with per cents beside them and
an unruled table of the issues; and the user guide (利用案内) of a prefectural service that looks
up the import rules of a firm's export market on its behalf (海外輸入規制調査サービス) with the
fees, the requests by destination with subtotal rows per region and the requests by product class
in a table whose first column numbers the rows （１）…（６）; see README.md beside this file.

    python make_heldout59.py [OUTPUT_DIR]          # default: this file's directory

Needs reportlab and pypdf (both in the project venv). The code structure follows
../heldout35/make_heldout35.py; the shared helpers are in ../docgen.py (unchanged). The gold
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

BRAND_PDF = "enju_kaigai_brand_hojokin_boshu_yoryo_r7.pdf"
SHUCCHO_PDF = "enju_kaigai_shuccho_jittai_chosa_r6.pdf"
KISEI_PDF = "enju_yunyu_kisei_chosa_service_riyo_annai_r7.pdf"
ALL_PDFS = (BRAND_PDF, SHUCCHO_PDF, KISEI_PDF)

UNITS = ("万円", "円", "件", "人", "社", "日", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_PREFIX = "099-63"  # every phone number of the set: 099-63x-xxxx
MAIL_DOMAIN = "@example.jp"


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
    """(number, unit) as printed after NFKC; (None, None) for text."""
    return docgen.parse_number(nfkc(value).strip(), UNITS)


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


def cell(x) -> str:
    """A table cell: an int as docgen prints it (single digits full-width), a Decimal with one
    decimal."""
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf, optional columns that
    cover a range of fiscal years (a total column), and an optional number column left of the
    label column (（１）…, no gold cell)."""

    col_range: dict | None = None  # {col: [first, last]} for columns summing several fiscal years
    number_col: int | None = None

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


PREF = "槐県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: brand-building subsidy, call for applications
BRAND = f"{PREF}海外ブランド構築支援補助金"
BRAND_DEPT = f"{PREF} 商工労働部 国際ビジネス課"
BRAND_DESK = f"{PREF}ブランド相談窓口"
RATES = [  # 経費区分; 補助率（％）: 一般枠, 重点市場枠; 上限額（万円）: 一般枠, 重点市場枠 (令和７年度)
    ("ブランド戦略の策定", 50, 60, 60, 80), ("現地消費者調査", 50, 60, 40, 50),
    ("現地語ネーミング・商標調査", 50, 75, 20, 25), ("ロゴ・デザインの制作", 40, 50, 50, 60),
    ("ブランド紹介資料の制作", 40, 50, 30, 40),
]
FIRM_CAP, FIRM_CAP_PRIORITY = 150, 200  # note ※２: 万円 per firm (一般枠 / 重点市場枠)
SMALL_BONUS = 10  # note ※３: points added to the rate for a 小規模企業者
RECORD = [  # 年度, 申請件数, 採択件数, うち重点市場枠, 交付額（万円）
    (2020, 12, 8, 3, 596), (2021, 17, 11, 4, 842), (2022, 23, 14, 5, 1105),
    (2023, 29, 16, 7, 1318), (2024, 35, 19, 8, 1562),
]
MARKET_YEARS = (2022, 2023, 2024)
MARKETS = [  # 対象市場: 採択件数 in 令和４, ５, ６年度
    ("米国", 3, 3, 4), ("台湾", 3, 2, 3), ("香港", 2, 2, 2), ("タイ", 2, 3, 3), ("ベトナム", 1, 2, 3),
    ("シンガポール", 1, 2, 2), ("フランス", 1, 1, 1), ("その他", 1, 1, 1),
]
PRIORITY_MARKETS = ("タイ", "ベトナム", "シンガポール")  # ＡＳＥＡＮ members among the rows
OTHER_PRIORITY = {2022: 1, 2023: 0, 2024: 0}  # その他 in a priority market (マレーシア in 令和４年度)
BRAND_CASES = [  # 見出し, 対象市場, 主な取組, 補助金の額 (same labels in every sibling section); cost items
    ("菓子製造業Ａ社（槐市）", "ベトナム（重点市場枠）", "現地消費者調査と現地語の商品名の決定", "68万円",
     ("現地消費者調査", "現地語ネーミング・商標調査")),
    ("酒造業Ｂ社（汐見市）", "米国（一般枠）", "ブランド戦略の策定とロゴの制作", "102万円",
     ("ブランド戦略の策定", "ロゴ・デザインの制作")),
    ("木工品製造業Ｃ社（岩菜町）", "フランス（一般枠）", "フランス語のブランド紹介資料の制作", "27万円",
     ("ブランド紹介資料の制作",)),
]
EXCLUDED = [  # 補助の対象にならない経費
    "商標の出願及び登録に要する経費（特許庁又は外国の官庁に納める手数料を含む。）",
    "広告の出稿費（ウェブ広告及びＳＮＳ広告を含む。）",
    "商品の製造、改良又は仕入れに要する経費",
    "交付決定の日より前に発注し、又は支払った経費",
]


def brand_specs():
    rates = TableSpec(
        key="rates", doc=BRAND_PDF, title="経費区分別の補助率と上限額",
        header=[["経費区分", "補助率（％）", "", "上限額（万円）", ""],
                ["", "一般枠", "重点市場枠", "一般枠", "重点市場枠"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in RATES],
        col_widths=[56 * mm, 26 * mm, 26 * mm, 26 * mm, 26 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    record = TableSpec(
        key="record", doc=BRAND_PDF, title="申請と交付の実績",
        header=[["年度", "申請件数（件）", "採択件数（件）", "うち重点市場枠（件）", "交付額（万円）"]],
        rows=[[era(y), fw(a), fw(b), fw(p), fw(g)] for y, a, b, p, g in RECORD],
        col_widths=[28 * mm, 30 * mm, 30 * mm, 38 * mm, 30 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(c), fw(a + b + c)] for n, a, b, c in MARKETS]
    rows.append(["合計"] + [fw(sum(r[j] for r in MARKETS)) for j in (1, 2, 3)]
                + [fw(sum(sum(r[1:]) for r in MARKETS))])
    markets = TableSpec(
        key="markets", doc=BRAND_PDF, title="対象市場別の採択件数",
        header=[["対象市場"] + [era(y) for y in MARKET_YEARS] + ["計"]],
        rows=rows, col_widths=[36 * mm, 28 * mm, 28 * mm, 28 * mm, 24 * mm], unit="件",
    )
    markets.col_range = {4: [MARKET_YEARS[0], MARKET_YEARS[-1]]}
    return rates, record, markets


def brand_story(specs):
    rates, record, markets = specs
    n_all, amt_all = sum(r[2] for r in RECORD), sum(r[4] for r in RECORD)
    last = RECORD[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{BRAND} 募集要領", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(BRAND_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　目的", H1)]
    st += paras(f"""
県内の中小企業が、海外の特定の市場で自社の商品の名称と価値を知ってもらい、価格競争に陥らずに販路を広げられるよう、ブランドづくりに要する経費の一部を補助します。制度を始めた令和２年度（2020年度）から令和６年度までに、延べ{n_all}件、{amt_all:,}万円を交付しました。
""", 0)
    st += [P("２　募集の概要", H1)]
    st += lv_lines([
        ("補助事業名", BRAND),
        ("補助対象者", "県内に本社又は主たる事業所を有する中小企業者（個人事業主を含む。）で、海外の特定の市場で自社の商品のブランドを築こうとするもの"),
        ("募集期間", "令和７年５月19日から６月30日まで（必着）"),
        ("予算額", "2,800万円"),
        ("採択予定件数", "20件程度"),
        ("補助事業期間", "交付決定の日から令和８年１月30日まで"),
    ], 0)
    st += paras("""
この要領において「海外ブランド構築」とは、海外の特定の市場で自社の商品の名称と価値を認めてもらうための計画を立て、その市場に合わせて名称、デザイン、紹介資料等を整えることをいいます。「重点市場」とは、ＡＳＥＡＮ加盟国及びインドをいいます。また、「小規模企業者」とは、常時使用する従業員の数が20人（商業又はサービス業は５人）以下の中小企業者をいいます。
""", 0)
    st += [P("３　補助対象経費と補助率", H1)]
    st += paras("補助率と上限額は、経費区分ごとに、補助事業の対象とする市場によって次のとおりです。", 0)
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「重点市場枠」の欄は、補助事業の対象とする市場が重点市場である場合に適用し、それ以外の場合は「一般枠」の欄を適用します。",
        f"※２ 補助金の額は、１事業者当たり{FIRM_CAP}万円（重点市場枠は{FIRM_CAP_PRIORITY}万円）を上限とし、千円未満の端数は切り捨てます。",
        f"※３ 小規模企業者が申請する場合は、上表の補助率に{SMALL_BONUS}ポイントを加えます（上限額は変わりません）。",
    ])
    st += paras("次の経費は補助の対象になりません。", 0)
    st += bullets(EXCLUDED, 0)
    st += [P("４　申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（国際ビジネス課又は{BRAND_DESK}へ）",
        "② 申請書の提出（募集期間内に、事業計画書と見積書を添えて提出）",
        "③ 審査（書類審査と面談、令和７年７月下旬）",
        "④ 採択と交付決定の通知（令和７年８月下旬）",
        "⑤ 補助事業の実施（令和８年１月30日までに完了すること）",
        "⑥ 実績報告（事業の完了から30日以内。遅くとも令和８年２月13日まで）",
        "⑦ 補助金の額の確定と支払（令和８年３月）",
    ], 0)
    st += [P("５　これまでの実績", H1)]
    st += paras(f"""
申請件数は毎年増えており、令和６年度は{last[1]}件の申請があり、{last[2]}件を採択しました（うち重点市場枠{fw(last[3])}件）。対象市場別では、令和４年度から令和６年度までの３年間で米国が最も多くなっています。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += [caption(markets.title, "（単位：件）"), markets.flowable(), Spacer(1, 2)]
    st += notes([
        "※４ 「その他」は、令和４年度がマレーシア、令和５年度が英国、令和６年度がオーストラリアです。",
    ])
    st += [P("６　活用事例（令和６年度）", H1)]
    for i, (head, where, what, amount, _items) in enumerate(BRAND_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("対象市場", where), ("主な取組", what), ("補助金の額", amount)], 1)
    st += [P("７　よくある質問", H1)]
    qa = [
        ("補助事業の期間中に商標を出願する場合、出願の費用も対象になりますか。",
         "対象になりません。出願の前に行う商標調査の費用は、対象になります。"),
        ("同じ年度に、二つの国を対象として申請できますか。",
         "できません。申請は１事業者１件とし、対象とする市場は１か国・地域に限ります。"),
        ("過去に採択された事業者も申請できますか。",
         "申請できます。ただし、前回と異なる市場を対象とするものに限ります。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{BRAND_DEPT} ブランド推進班　電話：099-631-2240　ファクス：099-631-2249",
        f"{BRAND_DESK}（公益財団法人槐県産業支援機構内、事前相談）　電話：099-631-2300",
        "電子メール：enju-brand@example.jp",
    ]))
    return st


# ================================================================ document 2: business trips abroad, survey report
SHUCCHO = f"{PREF}内企業の海外出張に関する実態調査"
SHUCCHO_DEPT = f"{PREF} 産業政策部 国際経済課"
KYOKAI = f"一般社団法人{PREF}貿易協会"
TARGET = 1200  # 調査対象の企業
INDUSTRIES = [  # 業種, 回答企業数（社）, 出張実施企業（社）, 延べ出張者数（人） (令和５年度の出張)
    ("食料品", 62, 30, 148), ("繊維・衣服", 38, 17, 66), ("化学", 31, 19, 112), ("金属製品", 54, 24, 97),
    ("機械", 77, 51, 388), ("電気機器", 45, 32, 241), ("卸売・小売業", 68, 36, 203),
    ("運輸・サービス業", 43, 14, 58), ("その他", 38, 11, 39),
]
MANUFACTURING = ("食料品", "繊維・衣服", "化学", "金属製品", "機械", "電気機器")
SIZES = (("中小企業", 392, 185), ("大企業", 64, 49))  # 回答企業数, うち出張実施企業
INDICATOR_YEARS = (2021, 2022, 2023)
INDICATORS = [  # 指標, 単位, 令和３年度, 令和４年度, 令和５年度 (the 令和５年度 figures of the first two come from (d))
    ("出張実施企業の割合", "％", Decimal("18.6"), Decimal("39.4"), None),
    ("延べ出張者数", "人", 312, 861, None),
    ("１人当たり平均出張日数", "日", Decimal("6.8"), Decimal("6.1"), Decimal("5.7")),
    ("１回当たり平均費用（１人）", "万円", Decimal("38.2"), Decimal("41.5"), Decimal("46.9")),
    ("オンライン商談を併用した企業", "社", 142, 168, 183),
]
DESTINATIONS = [  # 出張先, 企業数（社） (複数回答; 割合 over the 出張実施企業)
    ("中国", 71), ("台湾", 49), ("韓国", 31), ("タイ", 64), ("ベトナム", 77), ("シンガポール", 35),
    ("インド", 22), ("米国", 58), ("ドイツ", 29),
]
ISSUES = [  # 出張の課題, 回答数: 製造業, 非製造業 (複数回答)
    ("航空券・宿泊費の値上がり", 121, 40), ("出張できる人材の不足", 78, 19),
    ("為替（円安）による費用の増加", 66, 27), ("現地の治安・安全面の不安", 39, 15),
    ("ビザ（査証）の取得の手間", 24, 12), ("社内の出張規程が整っていない", 17, 9),
]
CANCELLED = 37  # firms that called off a planned trip (prose only)
TRIP_CASES = [  # 見出し, 主な出張先, 年間の出張者数, 工夫していること (same labels in every sibling section)
    ("電気機器製造業Ｄ社（槐市）", "ドイツ、米国", "延べ22人", "展示会の前後に取引先を回り、出張の回数を減らしている"),
    ("食料品製造業Ｅ社（汐見市）", "ベトナム、タイ", "延べ14人", "若手社員を必ず同行させ、現地を知る人材を育てている"),
    ("卸売業Ｆ社（岩菜町）", "中国、台湾", "延べ９人", "初回の商談はオンラインで行い、成約が見込める場合に出張している"),
]


def respondents() -> int:
    return sum(r[1] for r in INDUSTRIES)


def travellers_firms() -> int:
    return sum(r[2] for r in INDUSTRIES)


def split_firms() -> tuple[int, int, int]:
    """出張実施企業: all, 製造業, 非製造業 (the ｎ of the unruled table)."""
    m = sum(r[2] for r in INDUSTRIES if r[0] in MANUFACTURING)
    n = travellers_firms()
    return n, m, n - m


def indicator_rows():
    """The indicators with the 令和５年度 figures of the survey filled in from (d)."""
    n, total = travellers_firms(), respondents()
    people = sum(r[3] for r in INDUSTRIES)
    out = []
    for name, unit, a, b, c in INDICATORS:
        if name == "出張実施企業の割合":
            c = pct1(n, total)
        elif name == "延べ出張者数":
            c = people
        out.append((name, unit, a, b, c))
    return out


def shuccho_specs():
    indicators = TableSpec(
        key="indicators", doc=SHUCCHO_PDF, title="主な指標の推移",
        header=[["指標", "単位"] + [era(y) for y in INDICATOR_YEARS]],
        rows=[[n, u, cell(a), cell(b), cell(c)] for n, u, a, b, c in indicator_rows()],
        col_widths=[60 * mm, 16 * mm, 27 * mm, 27 * mm, 27 * mm], value_cols=[2, 3, 4],
        unit=lambda row, c: nfkc(row[1]),
    )
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in INDUSTRIES]
    rows.append(["合計"] + [fw(sum(r[j] for r in INDUSTRIES)) for j in (1, 2, 3)])
    industries = TableSpec(
        key="industries", doc=SHUCCHO_PDF, title="業種別の回答企業と出張の実施状況",
        header=[["業種", "回答企業数（社）", "出張実施企業（社）", "延べ出張者数（人）"]],
        rows=rows, col_widths=[42 * mm, 36 * mm, 36 * mm, 38 * mm], table_fy=2023, repeat_header=False,
    )
    industries.unit = lambda row, c, s=industries: bracket_unit(s.column_label(c))
    n = travellers_firms()
    destinations = TableSpec(
        key="destinations", doc=SHUCCHO_PDF, title="出張先の国・地域（複数回答）",
        header=[["出張先", "企業数（社）", "割合（％）"]],
        rows=[[d, fw(k), cell(pct1(k, n))] for d, k in DESTINATIONS],
        col_widths=[44 * mm, 34 * mm, 34 * mm], table_fy=2023,
    )
    destinations.unit = lambda row, c, s=destinations: bracket_unit(s.column_label(c))
    n_all, n_m, n_o = split_firms()
    issues = TableSpec(
        key="issues", doc=SHUCCHO_PDF, title="海外出張の課題（複数回答）",
        header=[["出張の課題", "全体", "製造業", "非製造業"]],
        rows=[[x, cell(pct1(a + b, n_all)), cell(pct1(a, n_m)), cell(pct1(b, n_o))] for x, a, b in ISSUES],
        col_widths=[70 * mm, 26 * mm, 26 * mm, 26 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return indicators, industries, destinations, issues


def shuccho_story(specs):
    indicators, industries, destinations, issues = specs
    total, n = respondents(), travellers_firms()
    people = sum(r[3] for r in INDUSTRIES)
    ind = {r[0]: r for r in indicator_rows()}
    n_all, n_m, n_o = split_firms()
    (s_name, s_n, s_t), (l_name, l_n, l_t) = SIZES
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{SHUCCHO} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年２月", DATE_RIGHT), P(SHUCCHO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県内企業の海外出張の実態と課題を把握し、販路開拓を支える施策に役立てるため"),
        ("調査対象", f"県内に本社を置く企業 {TARGET:,}社（無作為抽出）"),
        ("調査基準日", "令和６年（2024年）７月１日"),
        ("調査期間", "令和６年７月８日から８月９日まで"),
        ("調査方法", "郵送及びウェブによるアンケート"),
        ("回答数", f"{total}社（回答率{pct1(total, TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「海外出張」とは、業務のために役員又は従業員を海外に派遣することのうち、１回の滞在期間が90日未満のものをいい、海外駐在及び赴任は含まない。「出張実施企業」とは、令和５年度中に１回以上海外出張を行った企業をいう。また、「中小企業」とは、中小企業基本法に定める中小企業者をいい、それ以外の企業を「大企業」という。
""", 0)
    st += [P("２　海外出張の実施状況", H1)]
    st += paras(f"""
令和５年度に海外出張を行った企業は、回答企業{total}社のうち{n}社（{pct1(n, total)}％）で、令和３年度の{ind['出張実施企業の割合'][2]}％から増えた。延べ出張者数は{people:,}人で、令和３年度の４倍を超えた。出張１回当たりの平均費用は年々上がっている。また、予定していた出張を取りやめた企業が{CANCELLED}社あった。
""", 0)
    st += [caption(indicators.title), indicators.flowable(), Spacer(1, 2)]
    st += notes(["※１ 各年度の数値は、その翌年度に行った調査による（令和５年度は今回の調査）。"])
    st += [P("３　業種別・企業規模別の状況", H1)]
    st += paras(f"""
業種別では、機械が出張実施企業数、延べ出張者数ともに最も多い。企業規模別では、大企業は{l_n}社のうち{l_t}社が出張を行ったが、中小企業は{s_n}社のうち{s_t}社にとどまった。
""", 0)
    st += [caption(industries.title, "（令和５年度）", keep=False), industries.flowable(), Spacer(1, 2)]
    st += notes(["※２ 製造業は食料品から電気機器までの６業種、非製造業は卸売・小売業、運輸・サービス業及びその他である。「その他」は、建設業、不動産業等である。"])
    st += [P("４　出張先", H1)]
    st += paras("""
出張先は、ベトナムが最も多かった。アジア以外では米国が最も多く、欧州ではドイツが多い。
""", 0)
    st += [caption(destinations.title, "（令和５年度）"), destinations.flowable(), Spacer(1, 2)]
    st += notes([f"※３ 出張実施企業{n}社が、令和５年度に出張した国・地域を回答した。割合は{n}社に対するものである。"])
    st += [P("５　企業の事例", H1)]
    for i, (head, dest, people_c, idea) in enumerate(TRIP_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な出張先", dest), ("年間の出張者数", people_c), ("工夫していること", idea)], 1)
    st += [P("６　海外出張の課題", H1)]
    st += paras("""
全体、製造業、非製造業のいずれでも「航空券・宿泊費の値上がり」が最も多かった。製造業では「出張できる人材の不足」が、非製造業では「為替（円安）による費用の増加」が２番目に多い。
""", 0)
    st += [caption(issues.title, "（単位：％）"), issues.flowable(), Spacer(1, 2)]
    st += notes([
        f"※４ 出張実施企業（全体{n_all}社、製造業{n_m}社、非製造業{n_o}社）が回答した。複数回答のため、合計は100％にならない。",
    ])
    st += [P("７　県への主な要望（自由記述）", H1)]
    st += bullets([
        "中小企業の海外出張の渡航費を補助する制度を設けてほしい。",
        "国・地域ごとの安全情報と入国手続を、まとめて知らせてほしい。",
        "若手社員が海外での商談の進め方を学べる研修を開いてほしい。",
    ], 0)
    st += [P("８　今後の取組", H1)]
    st += numbered([
        "① 中小企業の海外出張の渡航費を補助する制度の創設を、令和７年度中に検討する。",
        f"② {KYOKAI}と連携し、出張前の安全対策セミナーを年２回開く。",
        "③ 国・地域別の入国手続とビザの情報を、県のウェブサイトにまとめて掲載する。",
        "④ 次回の調査は、令和８年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("９　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{SHUCCHO_DEPT} 調査分析班　電話：099-634-1810　ファクス：099-634-1819",
        f"{KYOKAI}（出張前の相談）　電話：099-634-1900",
        "電子メール：enju-kokusai@example.jp",
    ]))
    return st


# ================================================================ document 3: import-rule research service, user guide
KISEI = f"{PREF}海外輸入規制調査サービス"
KISEI_DEPT = f"{PREF} 商工労働部 貿易振興課"
CENTER = f"一般財団法人{PREF}国際貿易センター"
KINDS = [  # 見出し, 調べる内容, 回答までの期間, 回答の方法 (same labels in every sibling section)
    ("簡易調査", "輸入の可否と関税率（公開されている情報による）", "入金の確認から５営業日以内", "電子メール（調査票）"),
    ("詳細調査", "輸入の可否、関税率、必要な許可・登録・証明書及び表示の規則（現地の専門家への照会を含む）",
     "入金の確認から15営業日以内", "調査報告書（電子ファイル）と30分のオンライン説明"),
    ("緊急調査", "詳細調査と同じ", "入金の確認から７営業日以内", "調査報告書（電子ファイル）"),
]
FEES = [  # 調査の種類, 県内中小企業（円）, その他の事業者（円） (令和７年度)
    ("簡易調査", 3000, 6000), ("詳細調査", 15000, 30000), ("緊急調査", 24000, 48000),
    ("調査報告書の英訳（追加）", 7000, 14000), ("現地専門家への追加照会（１回）", 5000, 10000),
]
REGIONS = [  # 地域計の行名, [(輸出先, 簡易調査, 詳細調査, 緊急調査)] (令和６年度)
    ("アジア計", [("中国", 38, 14, 3), ("台湾", 42, 11, 2), ("香港", 25, 6, 1), ("韓国", 19, 5, 1),
                 ("タイ", 31, 12, 2), ("ベトナム", 36, 15, 4), ("シンガポール", 22, 7, 1)]),
    ("欧米計", [("米国", 47, 21, 5), ("ＥＵ", 33, 18, 3), ("英国", 12, 4, 1)]),
    (None, [("その他", 17, 6, 1)]),
]
ITEMS = [  # 品目の分類, 調査件数, うち輸入不可, うち条件付きで可 (令和６年度)
    ("加工食品", 158, 9, 61), ("酒類・飲料", 74, 3, 32), ("農水産物（生鮮）", 52, 11, 23),
    ("化粧品・日用品", 63, 4, 27), ("機械・電気製品", 71, 1, 19), ("その他", 47, 2, 12),
]
PREV_YEAR = 381  # 令和５年度の利用件数 (prose only)
USERS = 203  # 令和６年度に利用した事業者 (prose only)


def region_rows():
    rows = []
    for sub, members in REGIONS:
        rows += [[n, fw(a), fw(b), fw(c)] for n, a, b, c in members]
        if sub:
            rows.append([sub] + [fw(sum(m[j] for m in members)) for j in (1, 2, 3)])
    allm = [m for _s, ms in REGIONS for m in ms]
    rows.append(["合計"] + [fw(sum(m[j] for m in allm)) for j in (1, 2, 3)])
    return rows


def kisei_specs():
    fees = TableSpec(
        key="fees", doc=KISEI_PDF, title="調査の種類別の料金",
        header=[["調査の種類", "県内中小企業（円）", "その他の事業者（円）"]],
        rows=[[n, fw(a), fw(b)] for n, a, b in FEES],
        col_widths=[64 * mm, 40 * mm, 40 * mm], table_fy=2025,
    )
    fees.unit = lambda row, c, s=fees: bracket_unit(s.column_label(c))
    regions = TableSpec(
        key="regions", doc=KISEI_PDF, title="輸出先別の利用件数",
        header=[["輸出先", "簡易調査（件）", "詳細調査（件）", "緊急調査（件）"]],
        rows=region_rows(), col_widths=[40 * mm, 34 * mm, 34 * mm, 34 * mm], table_fy=2024,
        bold_rows=("合計", "アジア計", "欧米計"),
    )
    regions.unit = lambda row, c, s=regions: bracket_unit(s.column_label(c))
    irows = [[f"（{fw(i)}）", n, fw(a), fw(b), fw(c)] for i, (n, a, b, c) in enumerate(ITEMS, 1)]
    irows.append(["", "合計"] + [fw(sum(r[j] for r in ITEMS)) for j in (1, 2, 3)])
    items = TableSpec(
        key="items", doc=KISEI_PDF, title="品目の分類別の調査結果",
        header=[["番号", "品目の分類", "調査件数（件）", "うち輸入不可（件）", "うち条件付きで可（件）"]],
        rows=irows, col_widths=[14 * mm, 40 * mm, 30 * mm, 34 * mm, 40 * mm], label_col=1, table_fy=2024,
    )
    items.number_col = 0
    items.unit = lambda row, c, s=items: bracket_unit(s.column_label(c))
    return fees, regions, items


def kisei_story(specs):
    fees, regions, items = specs
    allm = [m for _s, ms in REGIONS for m in ms]
    total = sum(m[1] + m[2] + m[3] for m in allm)
    by_kind = [sum(m[j] for m in allm) for j in (1, 2, 3)]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{KISEI} 利用案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(KISEI_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　サービスの概要", H1)]
    st += paras("""
このサービスは、県内の事業者が商品を輸出しようとする国・地域の輸入規制を、事業者に代わって調べ、その結果を回答するものです。商談の前に、その商品を輸出先に持ち込めるかどうか、どのような手続が必要かを確かめるためにご利用ください。
""", 0)
    st += lv_lines([
        ("サービス名", KISEI),
        ("実施主体", PREF),
        ("運営", f"{CENTER}（県からの委託）"),
        ("利用できる者", "県内に事業所を有する事業者（個人事業主を含む。）"),
        ("受付時間", "平日９時から17時まで（ウェブの申込みは24時間）"),
        ("実施期間", "令和７年４月１日から令和８年３月31日まで"),
    ], 0)
    st += paras("""
この案内において「輸入規制」とは、輸出先の国・地域が輸入の際に求める許可、登録、証明書、検査、表示等の規則をいいます。「１件」とは、１品目（ＨＳコードの上６桁が同じもの）について１か国・地域を調べることをいいます。また、「営業日」とは、土曜日、日曜日、祝日及び年末年始（12月29日から１月３日まで）を除く日をいいます。
""", 0)
    st += [P("２　調査の種類", H1)]
    for i, (head, what, when, how) in enumerate(KINDS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("調べる内容", what), ("回答までの期間", when), ("回答の方法", how)], 1)
    st += [P("３　利用料金", H1)]
    st += paras("料金は１件当たりの額で、調査の種類と利用者の区分によって次のとおりです（消費税込み）。", 0)
    st += [caption(fees.title, "（令和７年度）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「県内中小企業」は、県内に事業所を有する中小企業基本法に定める中小企業者（個人事業主を含む。）をいい、それ以外の利用者には「その他の事業者」の欄を適用します。",
        "※２ 県内中小企業は、年度内の最初の簡易調査１件に限り、料金を無料とします。",
        "※３ 英訳と追加照会は、詳細調査又は緊急調査に付けて申し込むことができます。",
    ])
    st += [P("４　申込みから回答までの流れ", H1)]
    st += numbered([
        "① 申込み（ウェブの申込フォームに、品目、ＨＳコード（分かる場合）及び輸出先を記入）",
        "② 受付の連絡と料金の案内（申込みの翌営業日まで）",
        "③ 料金の支払（請求書による銀行振込み。無料となる簡易調査を除く）",
        "④ 調査の開始（入金を確認した日から、回答までの期間を数えます）",
        "⑤ 回答（簡易調査は電子メール、詳細調査と緊急調査は調査報告書）",
        "⑥ 追加の質問（回答の日から30日以内は、同じ品目と輸出先についての質問に無料で回答）",
    ], 0)
    st += [P("５　利用の状況", H1)]
    st += paras(f"""
令和６年度の利用件数は{total}件（簡易調査{by_kind[0]}件、詳細調査{by_kind[1]}件、緊急調査{by_kind[2]}件）で、前年度の{PREV_YEAR}件から{total - PREV_YEAR}件増えました。利用した事業者は{USERS}事業者です。輸出先別ではアジア向けが全体の６割を超え、品目の分類別では加工食品が最も多くなっています。
""", 0)
    st += [caption(regions.title, "（令和６年度）"), regions.flowable(), Spacer(1, 2)]
    st += notes(["※４ 「ＥＵ」は、ＥＵの共通の規則と加盟国ごとの規則を調べたものです。「その他」は、オーストラリア、カナダ、中東諸国等です。"])
    st += [caption(items.title, "（令和６年度）"), items.flowable(), Spacer(1, 2)]
    st += notes(["※５ 「条件付きで可」とは、輸入の前に輸入者若しくは製造者の登録、許可の取得又は検査が必要とされたものをいい、「輸入不可」とは、輸入が禁止され、又は事実上できないとされたものをいいます。"])
    st += [P("６　利用上の注意", H1)]
    st += bullets([
        "回答は調査の時点の情報によるもので、輸出先の規則の変更により内容が変わることがあります。",
        "回答は法的な助言ではありません。契約や紛争に関することは、弁護士等の専門家にご相談ください。",
        "商品の成分表や仕様書の提出をお願いすることがあります。",
        "同じ品目と輸出先の再調査は、前回の回答から６か月を過ぎたものに限り受け付けます。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KISEI_DEPT} 輸出支援班　電話：099-637-3360　ファクス：099-637-3369",
        f"{CENTER}（申込み・調査の進み具合）　電話：099-637-3400",
        "電子メール：enju-kisei@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return brand_specs() + shuccho_specs() + kisei_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    bspecs, sspecs, kspecs = brand_specs(), shuccho_specs(), kisei_specs()
    bdoc = build_pdf(docs_dir / BRAND_PDF, bspecs, brand_story(bspecs),
                     f"令和７年度 {BRAND} 募集要領", "令和７年４月", BRAND_DEPT)
    sdoc = build_pdf(docs_dir / SHUCCHO_PDF, sspecs, shuccho_story(sspecs),
                     f"令和６年度 {SHUCCHO} 報告書", "令和７年２月", SHUCCHO_DEPT)
    kdoc = build_pdf(docs_dir / KISEI_PDF, kspecs, kisei_story(kspecs),
                     f"令和７年度 {KISEI} 利用案内", "令和７年４月", KISEI_DEPT)
    gold = all_gold({BRAND_PDF: bdoc.row_pages, SHUCCHO_PDF: sdoc.row_pages, KISEI_PDF: kdoc.row_pages})
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
    # --- brand: the brand-building subsidy call, tables (a) (b) (c), definitions, costs not covered, sibling sections, steps, Q&A
    dict(question="従業員が80人いる食品メーカーが、ベトナムで売り出すために、現地の言葉での商品名の検討と商標の調査を外注したいそうです。補助率は何％ですか？",
         category="brand", doc=BRAND_PDF,
         evidence=["ＡＳＥＡＮ加盟国及びインド", "現地語ネーミング・商標調査 50 75 20 25"], answer=["75"],
         notes="two facts: ベトナム is an ＡＳＥＡＮ member, so a 重点市場 (definition in ２), and note ※１ puts the "
               "project under 重点市場枠; 80人 is above the 20人 of 小規模企業者, so no bonus (note ※３); (a) two-level "
               "header, leaf 補助率（％）／重点市場枠; 50 (一般枠) is the trap"),
    dict(question="2025年度の募集で、米国向けにロゴなどのデザインを作る場合、補助の上限額はいくらになりますか？",
         category="brand", doc=BRAND_PDF, evidence=["ロゴ・デザインの制作 40 50 50 60"], answer=["50"],
         notes="(a) leaf 上限額（万円）／一般枠 (米国 is no 重点市場; note ※１); the leaves 一般枠 / 重点市場枠 are "
               "printed under both groups, so 40 (the rate) and 60 (重点市場枠) are traps; 2025年度 = 令和７年度 "
               "(printed nowhere in Western form)"),
    dict(question="和菓子を製造している社員12人の会社が、タイで売るためのブランド戦略づくりを専門家に頼みたいそうです。補助率は何％になりますか？",
         category="brand", doc=BRAND_PDF,
         evidence=["常時使用する従業員の数が20人", "ブランド戦略の策定 50 60 60 80", "補助率に10ポイントを加えます"],
         answer=["70%"], computed=True,
         notes="three facts: 12人 in manufacturing is within the 20人 of 小規模企業者 (definition in ２), whose rate gets "
               "10 points more (note ※３); タイ is a 重点市場, so (a) leaf 補助率（％）／重点市場枠: 60 + 10 = 70 %; "
               "60 and 50 are the traps"),
    dict(question="2022年度には、この補助金で何件が採択されましたか？",
         category="brand", doc=BRAND_PDF, evidence=["令和４年度 23 14 ５ 1,105"], answer=["14"],
         notes="(b) years as rows: 2022年度 = 令和４年度 (only 2020年度 is printed in Western form); column "
               "採択件数（件）; 23 (申請件数) and ５ (うち重点市場枠) are the traps"),
    dict(question="令和２年度から令和６年度までに交付された補助金は、１件当たり平均でいくらになりますか？",
         category="brand", doc=BRAND_PDF, evidence=["延べ68件、5,423万円"], answer=["79.8万円"], computed=True,
         notes="the five-year totals in the prose of １ (also the sums of (b)): 5,423 / 68 = 79.8万円"),
    dict(question="この３年間で、台湾を対象にした案件は合わせて何件採択されていますか？",
         category="brand", doc=BRAND_PDF, evidence=["台湾 ３ ２ ３ ８"], answer=["８"],
         notes="(c) total column on the right: row 台湾, column 計 (令和４年度–令和６年度, a fiscal_year_range); ３ "
               "(令和４年度 and 令和６年度) is the trap"),
    dict(question="2024年度に採択された案件のうち、米国向けは何％を占めていますか？",
         category="brand", doc=BRAND_PDF, evidence=["米国 ３ ３ ４ 10", "合計 14 16 19 49"], answer=["21.1%"],
         computed=True,
         notes="(c) share within a year column: 4 / 19 = 21.1 % (2024年度 = 令和６年度; 19 is also (b)'s 採択件数); "
               "10 / 49 = 20.4 % over the three years is a wrong reading"),
    dict(question="酒蔵の活用事例では、補助金はいくら交付されましたか？",
         category="brand", doc=BRAND_PDF, evidence=["（２）酒造業Ｂ社", "補助金の額：102万円"], answer=["102万円"],
         notes="sibling sections （１）–（３） of ６ share the labels 対象市場, 主な取組, 補助金の額; （２）酒造業Ｂ社 "
               "(酒蔵 = 酒造業); 68万円 and 27万円 are the siblings' values"),
    dict(question="海外のSNSに広告を出す費用も、この補助金の対象になりますか？",
         category="brand", doc=BRAND_PDF, evidence=["次の経費は補助の対象になりません", "ＳＮＳ広告を含む"],
         answer=["対象になりません"],
         notes="the costs not covered (the lead sentence on page 1, the items on page 2): 広告の出稿費（ウェブ広告及び"
               "ＳＮＳ広告を含む。）; ブランド紹介資料の制作 (covered) is a near miss"),
    dict(question="申請してから、採択されたかどうかの通知はいつごろ届きますか？",
         category="brand", doc=BRAND_PDF, evidence=["採択と交付決定の通知（令和７年８月下旬）"], answer=["８月下旬"],
         notes="procedure step ④ (the review of step ③ is in 令和７年７月下旬, a near miss)"),
    dict(question="去年この補助金でタイ向けに採択された会社が、今年もタイ向けで申請することはできますか？",
         category="brand", doc=BRAND_PDF, evidence=["前回と異なる市場を対象とするものに限ります"], answer=["異なる市場"],
         notes="Q&A: Ａ of Ｑ３ (no: only for another market; 「申請できます」 alone is the trap)"),
    # --- shuccho: the survey of business trips abroad, tables (d) (e) (f) (g), a definition, sibling sections
    dict(question="海外出張の実態調査は、回答率が何％でしたか？",
         category="shuccho", doc=SHUCCHO_PDF, evidence=["回答数：456社（回答率38.0％）"], answer=["38.0"],
         notes="「label：value」 line 回答数 (456 of the 1,200社 of 調査対象); 51.3 % (出張実施企業) is a near miss"),
    dict(question="出張先として２番目に多かった国・地域はどこですか？",
         category="shuccho", doc=SHUCCHO_PDF, evidence=["中国 71 30.3"], answer=["中国"],
         notes="(f) ranking in the column 企業数（社）: ベトナム 77, 中国 71, タイ 64 (the rows are in geographic order, "
               "not by count; the prose names only ベトナム); second-largest"),
    dict(question="海外の現地法人に半年間赴任する社員は、この調査でいう「海外出張」に含まれますか？",
         category="shuccho", doc=SHUCCHO_PDF, evidence=["滞在期間が90日未満のもの", "海外駐在及び赴任は含まない"],
         answer=["含まない"],
         notes="definition 「海外出張」とは…１回の滞在期間が90日未満のもの…海外駐在及び赴任は含まない (no, for "
               "two reasons)"),
    dict(question="回答した中小企業のうち、令和５年度に海外出張をした企業の割合はどのくらいですか？",
         category="shuccho", doc=SHUCCHO_PDF, evidence=["中小企業は392社のうち185社"], answer=["47.2%"], computed=True,
         notes="prose of ３ (firm sizes, in no table): 185 / 392 = 47.2 % (大企業 49 / 64 and 全体 51.3 % are near misses)"),
    dict(question="卸売・小売業の会社からは、延べ何人が海外出張に出ましたか？",
         category="shuccho", doc=SHUCCHO_PDF, evidence=["卸売・小売業 68 36 203"], answer=["203"],
         notes="(d) continuation page (no header there): row 卸売・小売業, column 延べ出張者数（人）; 36 (出張実施企業) "
               "and 68 (回答企業数) are the traps"),
    dict(question="家電や電子部品などの電気機器の会社では、出張した会社１社当たり延べ何人が出張した計算になりますか？",
         category="shuccho", doc=SHUCCHO_PDF, evidence=["電気機器 45 32 241"], answer=["7.5人"], computed=True,
         notes="(d) continuation page, average in a row: 241 / 32 = 7.5人 (241 / 45 over all respondents is a wrong reading)"),
    dict(question="2022年度に海外出張した人の、１人当たりの平均出張日数は何日でしたか？",
         category="shuccho", doc=SHUCCHO_PDF, evidence=["１人当たり平均出張日数 日 6.8 6.1 5.7"], answer=["6.1"],
         notes="(e) fiscal years as columns with a 単位 column: 2022年度 = 令和４年度 (the report prints only 2024年 "
               "in Western form); 6.8 and 5.7 are the neighbouring years"),
    dict(question="出張１回当たりの１人の平均費用は、令和３年度から令和５年度までに何万円上がりましたか？",
         category="shuccho", doc=SHUCCHO_PDF, evidence=["１回当たり平均費用（１人） 万円 38.2 41.5 46.9"],
         answer=["8.7万円"], computed=True,
         notes="(e) difference across the year columns, the unit from the 単位 column: 46.9 − 38.2 = 8.7万円"),
    dict(question="運送会社や小売店のような非製造業で、ビザを取る手間を課題に挙げた企業の割合はどのくらいですか？",
         category="shuccho", doc=SHUCCHO_PDF, evidence=["ビザ（査証）の取得の手間 15.4 13.9 19.7"], answer=["19.7"],
         notes="(g) unruled table, column 非製造業 (note ※２: 卸売・小売業 and 運輸・サービス業 are 非製造業); 15.4 "
               "(全体) and 13.9 (製造業) are the traps"),
    dict(question="家電や電子部品のメーカーの事例では、１年間に何人が海外出張していますか？",
         category="shuccho", doc=SHUCCHO_PDF, evidence=["（１）電気機器製造業Ｄ社", "年間の出張者数：延べ22人"],
         answer=["22人"],
         notes="sibling sections （１）–（３） of ５ share the labels 主な出張先, 年間の出張者数, 工夫していること; "
               "（１）電気機器製造業Ｄ社 (家電や電子部品 = 電気機器); 延べ14人 and 延べ９人 are the siblings' values"),
    # --- kisei: the import-rule research service guide, tables (h) (i) (j), a definition, sibling sections
    dict(question="とにかく急いで、詳しい内容まで調べてほしいという会社があります。回答までにどのくらいかかりますか？",
         category="kisei", doc=KISEI_PDF, evidence=["（３）緊急調査", "回答までの期間：入金の確認から７営業日以内"],
         answer=["７営業日以内"],
         notes="sibling sections （１）–（３） of ２ share the labels 調べる内容, 回答までの期間, 回答の方法; （３）緊急調査 "
               "(urgent, with the content of 詳細調査); ５営業日 (簡易調査) and 15営業日 (詳細調査) are the siblings' values"),
    dict(question="ＨＳコードの上６桁が同じ２種類の商品を、同じ国について調べてもらう場合、何件として扱われますか？",
         category="kisei", doc=KISEI_PDF, evidence=["「１件」とは、１品目（ＨＳコードの上６桁が同じもの）"],
         answer=["１件"],
         notes="definition 「１件」とは、１品目（ＨＳコードの上６桁が同じもの）について１か国・地域を調べること: the two "
               "goods are one 品目, so one 件 (asked at its boundary)"),
    dict(question="今年度すでに無料の簡易調査を１件使った県内の中小企業が、別の商品でもう１件簡易調査を頼むと、料金はいくらですか？",
         category="kisei", doc=KISEI_PDF, evidence=["最初の簡易調査１件に限り", "簡易調査 3,000 6,000"], answer=["3,000"],
         notes="two facts: note ※２ (only the first 簡易調査 of the year is free) and (h) row 簡易調査, column "
               "県内中小企業（円）; 無料 and 6,000 (その他の事業者) are the traps"),
    dict(question="県内の中小企業が、緊急調査に調査報告書の英訳も付けて申し込むと、料金は合わせていくらになりますか？",
         category="kisei", doc=KISEI_PDF, evidence=["緊急調査 24,000 48,000", "調査報告書の英訳（追加） 7,000 14,000"],
         answer=["31,000円"], computed=True,
         notes="(h) sum in a column: 24,000 + 7,000 = 31,000円 (note ※３: the 英訳 is added to a 詳細調査 or 緊急調査)"),
    dict(question="2024年度、アジア向けの詳細調査は全部で何件ありましたか？",
         category="kisei", doc=KISEI_PDF, evidence=["アジア計 213 70 14"], answer=["70"],
         notes="(i) subtotal row アジア計, column 詳細調査（件）; 2024年度 = 令和６年度 (the guide prints no Western "
               "year); 119 (合計) and 213 (簡易調査) are the traps"),
    dict(question="令和６年度に米国向けに行われた調査は、種類を問わず全部で何件でしたか？",
         category="kisei", doc=KISEI_PDF, evidence=["米国 47 21 ５"], answer=["73件"], computed=True,
         notes="(i) sum across a row (there is no total column): 47 + 21 + 5 = 73件"),
    dict(question="化粧品や日用品について調べた結果、輸入できないと分かったのは何件ですか？",
         category="kisei", doc=KISEI_PDF, evidence=["（４） 化粧品・日用品 63 ４ 27"], answer=["４"],
         notes="(j) first column numbers the rows （１）–（６）: row （４）化粧品・日用品, column うち輸入不可（件）; 27 "
               "(条件付きで可) and 63 (調査件数) are the traps"),
    dict(question="生鮮の農水産物について、調べた件数のうち輸入できないとされたのは何％ですか？",
         category="kisei", doc=KISEI_PDF, evidence=["農水産物（生鮮） 52 11 23"], answer=["21.2%"], computed=True,
         notes="(j) share within a row: 11 / 52 = 21.2 % (note ※５ defines 輸入不可)"),
    # --- followups
    dict(question="では、その経費を重点市場向けで申請する場合、上限額はいくらですか？",
         category="followup", doc=BRAND_PDF, evidence=["ブランド戦略の策定 50 60 60 80"], answer=["80"],
         history=_turns("ブランド戦略の策定を専門家に頼む場合、一般枠の補助率は何％ですか？",
                        "一般枠の補助率は50％です[1]。"),
         notes="(a) the row from the history (ブランド戦略の策定), leaf 上限額（万円）／重点市場枠; 60 (the 一般枠 cap "
               "and the 重点市場枠 rate) is the trap"),
    dict(question="その年度の交付額は、全部でいくらでしたか？",
         category="followup", doc=BRAND_PDF, evidence=["令和５年度 29 16 ７ 1,318"], answer=["1,318"],
         history=_turns("2023年度は何件の申請がありましたか？",
                        "2023年度（令和５年度）の申請は29件でした[1]。"),
         notes="(b) the year from the history (2023年度 = 令和５年度), column 交付額（万円）"),
    dict(question="それは、出張した企業全体の何％に当たりますか？",
         category="followup", doc=SHUCCHO_PDF, evidence=["ベトナム 77 32.9"], answer=["32.9"],
         history=_turns("令和５年度にベトナムへ出張した企業は何社ありましたか？",
                        "ベトナムへ出張した企業は77社でした[1]。"),
         notes="(f) counts with per cents beside them: the row from the history (ベトナム), column 割合（％） (note ※３: "
               "of the 234 出張実施企業); 77 / 456 = 16.9 % of all respondents is a wrong reading"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=KISEI_PDF, evidence=["電話：099-637-3400"], answer=["099-637-3400"],
         history=_turns("規制調査を申し込んだ会社から、調査がどこまで進んでいるか知りたいと言われました。どこに問い合わせればよいですか？",
                        "申込みと調査の進み具合は、一般財団法人槐県国際貿易センターが受け付けています[1]。"),
         notes="contact box of the guide: the センター's phone (second line); the 班's phone 099-637-3360 and fax "
               "099-637-3369 (first line) are the near misses"),
    dict(question="その国・地域について、緊急調査は何件でしたか？",
         category="followup", doc=KISEI_PDF, evidence=["台湾 42 11 ２"], answer=["２"],
         history=_turns("令和６年度、台湾向けの簡易調査は何件ありましたか？",
                        "台湾向けの簡易調査は42件でした[1]。"),
         notes="(i) the row from the history (台湾), column 緊急調査（件）; 11 (詳細調査) is the trap"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="この補助金を使った会社は、その後、海外での売上がどのくらい伸びていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives applications, adoptions, grants and markets, not the grantees' sales afterwards",
         absent=["売上", "売り上げ", "販売額"]),
    dict(question="令和６年度の審査で採択されなかった案件は、どんな理由が多かったのでしょうか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives the applications (35) and the adoptions (19) of 令和６年度, not why the others failed",
         absent=["不採択", "採択されなかった"]),
    dict(question="海外出張に出た社員の男女別の人数は分かりますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the travellers are given by industry and year only (延べ出張者数)",
         absent=["男性", "女性", "男女"]),
    dict(question="出張先で盗難などの被害にあった企業は何社ありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the fear for safety (現地の治安・安全面の不安) as an issue, not incidents",
         absent=["盗難", "被害"]),
    dict(question="調査を申し込んでから実際に回答が届くまで、平均で何日かかっていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the deadlines of each kind (５, 15, ７営業日), not the days actually taken",
         absent=["平均日数", "回答までの平均", "平均で"]),
    dict(question="令和６年度にこのサービスを２回以上利用した事業者は何社ありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the requests (465) and the users (203事業者), not how many came back",
         absent=["２回以上", "リピーター"]),
]
CATEGORY_COUNTS = {"brand": 11, "shuccho": 10, "kisei": 8, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h59q", "h59t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H, I, J = (
    "経費区分別の補助率と上限額", "申請と交付の実績", "対象市場別の採択件数",
    "業種別の回答企業と出張の実施状況", "主な指標の推移", "出張先の国・地域（複数回答）", "海外出張の課題（複数回答）",
    "調査の種類別の料金", "輸出先別の利用件数", "品目の分類別の調査結果")
LETTERS = dict(zip((A, B, C, D, E, F, G, H, I, J), "abcdefghij"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y, unit) -> str:
    q = half_up(Decimal(x) / Decimal(y), "0.1")
    return f"{int(q) if q == q.to_integral() else q}{unit}"


def _yen(n: int) -> str:
    return f"{n:,}円"


COMPUTED = {  # question id -> the answer string, computed from gold cells (or, where a note says so, prose data)
    "h59q03": lambda g: f"{g(A, 'ブランド戦略の策定', '補助率（％）／重点市場枠', 2025) + SMALL_BONUS}%",
    "h59q05": lambda g: _avg(sum(g(B, era(y), "交付額（万円）", y) for y, *_x in RECORD),
                             sum(g(B, era(y), "採択件数（件）", y) for y, *_x in RECORD), "万円"),
    "h59q07": lambda g: _pct(g(C, "米国", "令和６年度", 2024), g(C, "合計", "令和６年度", 2024)),
    "h59q15": lambda g: _pct(SIZES[0][2], SIZES[0][1]),
    "h59q17": lambda g: _avg(g(D, "電気機器", "延べ出張者数（人）", 2023), g(D, "電気機器", "出張実施企業（社）", 2023), "人"),
    "h59q19": lambda g: f"{Decimal(str(g(E, '１回当たり平均費用（１人）', '令和５年度', 2023))) - Decimal(str(g(E, '１回当たり平均費用（１人）', '令和３年度', 2021)))}万円",
    "h59q25": lambda g: _yen(g(H, "緊急調査", "県内中小企業（円）", 2025) + g(H, "調査報告書の英訳（追加）", "県内中小企業（円）", 2025)),
    "h59q27": lambda g: f"{sum(g(I, '米国', c, 2024) for c in ('簡易調査（件）', '詳細調査（件）', '緊急調査（件）'))}件",
    "h59q29": lambda g: _pct(g(J, "農水産物（生鮮）", "うち輸入不可（件）", 2024), g(J, "農水産物（生鮮）", "調査件数（件）", 2024)),
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {BRAND_PDF: (3, 3), SHUCCHO_PDF: (3, 3), KISEI_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (200, 250)
TABLE_QUESTIONS = 19  # at least, outside the followups
BEFORE_BREAK_ROWS = ("食料品", "繊維・衣服")  # rows of (d) expected before the page break
CONTINUED_ROWS = ("機械", "電気機器", "卸売・小売業", "合計")  # and after it


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout59.py")
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
                bare = re.sub(r"(%|万円|円|件|人)$", "", nfkc(a))
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout59.py")
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

    # (a): the priority window gets at least the general rate and cap; caps within the firm caps of note ※２
    for row, r in t[A].items():
        if r["補助率（％）／重点市場枠"] < r["補助率（％）／一般枠"] or r["上限額（万円）／重点市場枠"] < r["上限額（万円）／一般枠"]:
            errors.append(f"{A} / {row}: 重点市場枠 below 一般枠")
        if r["上限額（万円）／一般枠"] > FIRM_CAP or r["上限額（万円）／重点市場枠"] > FIRM_CAP_PRIORITY:
            errors.append(f"{A} / {row}: a cap above the firm cap of note ※２")
        if r["補助率（％）／重点市場枠"] + SMALL_BONUS > 100:
            errors.append(f"{A} / {row}: the small-firm bonus of note ※３ would exceed 100 %")
    # (b): growing applications; adoptions within applications; 重点市場枠 within adoptions; grants within caps
    b = t[B]
    ns = [r["申請件数（件）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for row, r in b.items():
        if not r["うち重点市場枠（件）"] <= r["採択件数（件）"] <= r["申請件数（件）"] \
                or r["交付額（万円）"] > r["採択件数（件）"] * FIRM_CAP_PRIORITY:
            errors.append(f"{B} / {row}: adoptions or grants out of range")
    # (c): 合計 adds up; 計 is the row sum; the year columns equal (b)'s adoptions and 重点市場枠
    c = t[C]
    year_cols = [era(y) for y in MARKET_YEARS]
    adds_up(C, year_cols + ["計"])
    for row, r in c.items():
        if r["計"] != sum(r[k] for k in year_cols):
            errors.append(f"{C} / {row}: 計 is not the sum of the years")
    for y in MARKET_YEARS:
        if c["合計"][era(y)] != b[era(y)]["採択件数（件）"]:
            errors.append(f"{C}: 合計 of {era(y)} differs from {B}")
        if sum(c[m][era(y)] for m in PRIORITY_MARKETS) + OTHER_PRIORITY[y] != b[era(y)]["うち重点市場枠（件）"]:
            errors.append(f"{C}: the priority markets of {era(y)} differ from {B}'s うち重点市場枠")
    # (d): 合計 adds up; 出張実施 within 回答; the totals equal the two firm sizes of the prose
    d = t[D]
    adds_up(D, ("回答企業数（社）", "出張実施企業（社）", "延べ出張者数（人）"))
    if any(r["出張実施企業（社）"] > r["回答企業数（社）"] for r in d.values()):
        errors.append(f"{D}: 出張実施企業 above 回答企業数")
    if d["合計"]["回答企業数（社）"] != sum(s[1] for s in SIZES) or d["合計"]["出張実施企業（社）"] != sum(s[2] for s in SIZES):
        errors.append(f"{D}: 合計 differs from the firm sizes")
    # (e): the 令和５年度 column equals (d)
    e = t[E]
    if Decimal(str(e["出張実施企業の割合"]["令和５年度"])) != pct1(d["合計"]["出張実施企業（社）"], d["合計"]["回答企業数（社）"]) \
            or e["延べ出張者数"]["令和５年度"] != d["合計"]["延べ出張者数（人）"]:
        errors.append(f"{E}: 令和５年度 differs from {D}")
    # (f): per cents of the 出張実施企業
    n = d["合計"]["出張実施企業（社）"]
    for row, r in t[F].items():
        if Decimal(str(r["割合（％）"])) != pct1(r["企業数（社）"], n) or r["企業数（社）"] > n:
            errors.append(f"{F} / {row}: 割合 differs from the count")
    # (g): the per cents come from the counts; the ｎ from (d)
    n_all, n_m, n_o = split_firms()
    if n_all != n or n_m != sum(d[x]["出張実施企業（社）"] for x in MANUFACTURING):
        errors.append(f"{G}: the ｎ differ from {D}")
    for name, a, bb in ISSUES:
        r = t[G][name]
        want = (pct1(a + bb, n_all), pct1(a, n_m), pct1(bb, n_o))
        if tuple(Decimal(str(r[k])) for k in ("全体", "製造業", "非製造業")) != want:
            errors.append(f"{G} / {name}: per cents differ from the counts")
    # (h): the other users pay twice the small firms' fee
    for row, r in t[H].items():
        if r["その他の事業者（円）"] != 2 * r["県内中小企業（円）"]:
            errors.append(f"{H} / {row}: その他の事業者 is not twice 県内中小企業")
    # (i): the subtotals and 合計 add up; its total equals (j)'s
    i_cols = ("簡易調査（件）", "詳細調査（件）", "緊急調査（件）")
    for sub, members in REGIONS:
        if sub:
            adds_up(I, i_cols, [m[0] for m in members], total=sub)
    adds_up(I, i_cols, [sub or members[0][0] for sub, members in REGIONS])
    adds_up(I, i_cols, [m[0] for _s, ms in REGIONS for m in ms])
    j = t[J]
    adds_up(J, ("調査件数（件）", "うち輸入不可（件）", "うち条件付きで可（件）"))
    if sum(t[I]["合計"][k] for k in i_cols) != j["合計"]["調査件数（件）"]:
        errors.append(f"{I}: 合計 differs from {J}")
    if any(r["うち輸入不可（件）"] + r["うち条件付きで可（件）"] > r["調査件数（件）"] for r in j.values()):
        errors.append(f"{J}: 輸入不可 and 条件付き above 調査件数")
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
        on = [i + 1 for i, p in enumerate(pages[SHUCCHO_PDF]) if header in norm(p)]
        if ind.repeat_header or on != bp[:1]:
            errors.append(f"{D}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[1]}
        if not 2 <= len(first) <= 7:
            errors.append(f"{D}: {len(first)} rows before the page break, expected 2-7")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{D}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("建設業、不動産業等") not in norm(pages[SHUCCHO_PDF][bp[1] - 1]):
            errors.append(f"{D}: note ※２ should follow the table on the continuation page")
    for key, spec in specs.items():
        if key == "industries":
            continue
        tp = {g["page"] for g in gold if g["table"] == spec.title}
        if len(tp) != 1:
            errors.append(f"{spec.title} is on pages {sorted(tp)}, expected one page")
    if specs["issues"].ruled or not all(s.ruled for k, s in specs.items() if k != "issues"):
        errors.append(f"only {G} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns; the leaves repeat under both groups
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／一般枠", "補助率（％）／重点市場枠", "上限額（万円）／一般枠", "上限額（万円）／重点市場枠"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "万円"}:
        errors.append(f"{A}: units should come from the header groups")
    # (b): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::4] != [y for y, *_x in RECORD]:
        errors.append(f"{B}: expected years as rows")
    # (c): fiscal years as columns and a total column on the right covering them
    cg = [g for g in gold if g["table"] == C]
    ccols = list(dict.fromkeys(g["column"] for g in cg))
    if ccols != [era(y) for y in MARKET_YEARS] + ["計"] \
            or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in cg if g["column"] != "計") \
            or any(g["fiscal_year"] is not None or g["fiscal_year_range"] != [2022, 2024] for g in cg if g["column"] == "計"):
        errors.append(f"{C}: expected the fiscal years as columns and a 計 column on the right, got {ccols}")
    if any(g["fiscal_year_range"] is not None for g in gold if g["table"] != C or g["column"] != "計"):
        errors.append("only the 計 column of (c) may have a fiscal_year_range")
    # (e): years as columns and a 単位 column giving each row's unit
    eg = [g for g in gold if g["table"] == E]
    if specs["indicators"].header[0][1] != "単位" or {g["row"]: g["unit"] for g in eg} != \
            {n: nfkc(u) for n, u, *_x in INDICATORS} or len({g["unit"] for g in eg}) != len(INDICATORS) \
            or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in eg):
        errors.append(f"{E}: expected a 単位 column giving each row's unit and the years as columns")
    # (f): counts and per cents in paired columns
    if {(g["column"], g["unit"]) for g in gold if g["table"] == F} != {("企業数（社）", "社"), ("割合（％）", "%")}:
        errors.append(f"{F}: expected paired count and per-cent columns")
    # (g): per cents only, unit from the caption note
    if {g["unit"] for g in gold if g["table"] == G} != {"%"}:
        errors.append(f"{G}: expected per cents only")
    # (i): subtotal rows inside the table, drawn as total rows
    irows = [g["row"] for g in gold if g["table"] == I][::3]
    subs = [s for s, _m in REGIONS if s]
    if not all(s in irows[:-1] for s in subs) or irows[-1] != "合計" \
            or not all(s in specs["regions"].bold_rows for s in subs):
        errors.append(f"{I}: expected subtotal rows {subs} inside the table")
    # (j): a first column numbering the rows （１）…（６）, which is no gold cell and no row label
    items = specs["items"]
    nums = [r[items.number_col] for r in items.rows if r[items.number_col]]
    if items.number_col != 0 or items.label_col != 1 or nums != [f"（{fw(i)}）" for i in range(1, len(ITEMS) + 1)] \
            or any(g["row"].startswith("（") for g in gold if g["table"] == J):
        errors.append(f"{J}: expected a first column （１）…（６） left of the labels")
    jpage = {g["page"] for g in gold if g["table"] == J}
    if len(jpage) == 1:
        ptext = norm(pages[KISEI_PDF][min(jpage) - 1])
        if any(norm(f"{n}{r[1]}") not in ptext for n, r in zip(nums, items.rows)):
            errors.append(f"{J}: a number is not printed just before its row label")
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
        got = re.findall(r"099-63\d-\d{4}", text)
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
    bt = norm("\n".join(pages[BRAND_PDF]))
    siblings(bt, BRAND_PDF, ("対象市場：", "主な取組：", "補助金の額："), [c[0] for c in BRAND_CASES])
    if norm(f"延べ{sum(r[2] for r in RECORD)}件、{sum(r[4] for r in RECORD):,}万円") not in bt:
        errors.append("call: the totals in the prose differ from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件を採択しました（うち重点市場枠{fw(last[3])}件）") not in bt:
        errors.append("call: the 令和６年度 figures in the prose differ from (b)")
    by_total = sorted(MARKETS, key=lambda r: -sum(r[1:]))
    if by_total[0][0] != "米国" or sum(by_total[0][1:]) == sum(by_total[1][1:]):
        errors.append("call: 「３年間で米国が最も多く」 does not hold")
    rates = {r[0]: r for r in RATES}
    for head, where, _what, amount, items in BRAND_CASES:
        col = 4 if "重点市場枠" in where else 3
        cap = FIRM_CAP_PRIORITY if col == 4 else FIRM_CAP
        if int(amount.rstrip("万円")) > min(cap, sum(rates[x][col] for x in items)):
            errors.append(f"call: case {head} exceeds its caps")
        if ("重点市場枠" in where) != any(m in where for m in PRIORITY_MARKETS):
            errors.append(f"call: case {head} is under the wrong window")
    if re.findall(r"20\d\d年", bt) != ["2020年"]:
        errors.append("call: only 2020年度 should be printed in Western form")
    defs(bt, ("海外ブランド構築", "重点市場", "小規模企業者"), "call")
    for x in EXCLUDED:
        if norm(x) not in bt:
            errors.append(f"call: the cost not covered {x} is missing")
    bullets_in(BRAND_PDF, len(EXCLUDED), "call")
    raw = "\n".join(pages[BRAND_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("call: expected three Ｑ lines and three Ａ lines")
    steps_of(BRAND_PDF, "①②③④⑤⑥⑦", "call")
    contacts(BRAND_PDF, ["099-631-2240", "099-631-2249", "099-631-2300"], ["enju-brand@example.jp"], "call")

    # ---- the survey of business trips
    sh = norm("\n".join(pages[SHUCCHO_PDF]))
    siblings(sh, SHUCCHO_PDF, ("主な出張先：", "年間の出張者数：", "工夫していること："), [c[0] for c in TRIP_CASES])
    total, n = respondents(), travellers_firms()
    people = sum(r[3] for r in INDUSTRIES)
    if norm(f"{total}社（回答率{pct1(total, TARGET)}％）") not in sh \
            or norm(f"回答企業{total}社のうち{n}社（{pct1(n, total)}％）") not in sh \
            or norm(f"延べ出張者数は{people:,}人") not in sh:
        errors.append("survey: the response and trip figures in the prose differ from (d)")
    ind = {r[0]: r for r in indicator_rows()}
    if norm(f"令和３年度の{ind['出張実施企業の割合'][2]}％") not in sh or not 4 < people / ind["延べ出張者数"][2] < 5:
        errors.append("survey: 「令和３年度の…％から増えた」 or 「４倍を超えた」 does not hold")
    costs = ind["１回当たり平均費用（１人）"][2:]
    if list(costs) != sorted(set(costs)):
        errors.append("survey: 「平均費用は年々上がっている」 does not hold")
    top = sorted(INDUSTRIES, key=lambda r: -r[2])[0][0], sorted(INDUSTRIES, key=lambda r: -r[3])[0][0]
    if top != ("機械", "機械"):
        errors.append("survey: 「機械が出張実施企業数、延べ出張者数ともに最も多い」 does not hold")
    (s_name, s_n, s_t), (l_name, l_n, l_t) = SIZES
    if norm(f"大企業は{l_n}社のうち{l_t}社") not in sh or norm(f"中小企業は{s_n}社のうち{s_t}社") not in sh:
        errors.append("survey: the firm sizes in the prose differ from the data")
    ranked = [d for d, _k in sorted(DESTINATIONS, key=lambda r: -r[1])]
    non_asia = [d for d, _k in sorted(DESTINATIONS[7:], key=lambda r: -r[1])]
    if ranked[0] != "ベトナム" or ranked[1] != "中国" or non_asia != ["米国", "ドイツ"]:
        errors.append("survey: the destination ranking (ベトナム first, 中国 second, 米国 first outside Asia) does not hold")
    if [d for d, _k in DESTINATIONS].index("中国") == 1:
        errors.append("survey: the second-largest destination should not be printed second")
    n_all, n_m, n_o = split_firms()
    tops = [max(ISSUES, key=lambda r, k=k: (r[1] + r[2]) / n_all if k == 0 else r[k] / (n_m if k == 1 else n_o))[0]
            for k in (0, 1, 2)]
    second_m = sorted(ISSUES, key=lambda r: -r[1])[1][0]
    second_o = sorted(ISSUES, key=lambda r: -r[2])[1][0]
    if tops != ["航空券・宿泊費の値上がり"] * 3 or second_m != "出張できる人材の不足" \
            or second_o != "為替（円安）による費用の増加":
        errors.append("survey: the tops of (g) in the prose do not hold")
    if re.findall(r"20\d\d年", sh) != ["2024年"] or re.findall(r"20\d\d年度", sh):
        errors.append("survey: only 2024年 (調査基準日) should be printed in Western form")
    defs(sh, ("海外出張", "出張実施企業", "中小企業"), "survey")
    bullets_in(SHUCCHO_PDF, 3, "survey")
    steps_of(SHUCCHO_PDF, "①②③④", "survey")
    contacts(SHUCCHO_PDF, ["099-634-1810", "099-634-1819", "099-634-1900"], ["enju-kokusai@example.jp"], "survey")

    # ---- the service guide
    kt = norm("\n".join(pages[KISEI_PDF]))
    siblings(kt, KISEI_PDF, ("調べる内容：", "回答までの期間：", "回答の方法："), [k[0] for k in KINDS])
    if [k[0] for k in KINDS] != [f[0] for f in FEES[:3]]:
        errors.append("guide: the sibling sections should be the first three rows of (h)")
    allm = [m for _s, ms in REGIONS for m in ms]
    tot = sum(m[1] + m[2] + m[3] for m in allm)
    kinds = [sum(m[j] for m in allm) for j in (1, 2, 3)]
    if norm(f"利用件数は{tot}件（簡易調査{kinds[0]}件、詳細調査{kinds[1]}件、緊急調査{kinds[2]}件）") not in kt \
            or norm(f"前年度の{PREV_YEAR}件から{tot - PREV_YEAR}件増えました") not in kt:
        errors.append("guide: the use figures in the prose differ from (i)")
    asia = sum(sum(m[1:]) for m in REGIONS[0][1])
    if not 0.6 < asia / tot < 2 / 3 or sorted(ITEMS, key=lambda r: -r[1])[0][0] != "加工食品":
        errors.append("guide: 「アジア向けが全体の６割を超え」 or 「加工食品が最も多く」 does not hold")
    if USERS > tot:
        errors.append("guide: more users than requests")
    if re.findall(r"20\d\d年", kt):
        errors.append("guide: no Western year should be printed")
    defs(kt, ("輸入規制", "１件", "営業日", "条件付きで可", "輸入不可"), "guide")
    bullets_in(KISEI_PDF, 4, "guide")
    steps_of(KISEI_PDF, "①②③④⑤⑥", "guide")
    contacts(KISEI_PDF, ["099-637-3360", "099-637-3369", "099-637-3400"], ["enju-kisei@example.jp"], "guide")
    # every phone number of the set is fictional (099-63x-xxxx), every mail address under example.jp
    for name, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text):
            if not ph.startswith(PHONE_PREFIX):
                errors.append(f"{name}: phone number {ph} outside {PHONE_PREFIX}x-xxxx")
        for mail in re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text):
            if not mail.endswith(MAIL_DOMAIN):
                errors.append(f"{name}: mail address {mail} outside {MAIL_DOMAIN}")
        if PREF not in p[0] or any(x in text for x in ("楮県", "桐県")):
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
