"""Build the 椚県 held-out set 62: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (椚県 and every town, scheme, organisation, phone number, address
and figure). The documents are in three genres the earlier sets do not use: a call for
applications (募集要領) for a subsidy helping small firms test their products in real use abroad
with a local partner (海外現地実証支援補助金: shipping and customs of the trial units, installation
and test runs, the partner's fees and site, measurement and analysis, trips, the trial report and
its translation) with a two-level header whose two groups have different leaves (rates by firm
size, caps for a new or a continued trial) and a 「－」 cell, a yearly record (years as rows) whose
cells carry a sub-count in brackets and the grants by cost item with the unit printed at the
table's top right; the report of a survey of the prefecture's firms on how they meet
geopolitical risks in their supply chains (地政学リスクへの対応に関する実態調査) with the effects in two
survey years and a 増減 column printing decreases with ▲, the firms by industry (a table continued
over a page break without its header) and an unruled table of the measures by firm size; and
the user guide (利用案内) of the prefecture's pilot kitchen where food firms develop products for
export (輸出食品試作ラボ: machines the users run themselves, trial production by the staff and
technical advice) with the fees by time bracket (brackets as row labels, one 「－」 cell), the uses
by industry and the machine uses by year. The call and the guide replace a first writer's call
(public tenders abroad) and guide (a trade-information library), whose genres overlapped a set
written at the same time; see README.md beside this file.

    python make_heldout62.py [OUTPUT_DIR]          # default: this file's directory

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

from reportlab.lib.enums import TA_RIGHT
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
    MINCHO,
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

JISSHO_PDF = "kunugi_kaigai_genchi_jissho_hojokin_boshu_yoryo_r7.pdf"
RISK_PDF = "kunugi_chiseigaku_risk_taio_chosa_r6.pdf"
LAB_PDF = "kunugi_yushutsu_shokuhin_shisaku_lab_riyo_annai_r7.pdf"
ALL_PDFS = (JISSHO_PDF, RISK_PDF, LAB_PDF)

UNITS = ("千円", "万円", "円", "件", "社", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header, and a column to the name of its bracketed sub-count
INDENT = "　"  # the full-width space that starts a body paragraph
DASH = "－"  # a cell with nothing in it (no gold cell)
MINUS = "▲"  # a negative number in a 増減 column
PHONE_PREFIX = "099-66"  # every phone number of the set: 099-66x-xxxx
MAIL_DOMAIN = "@example.jp"
OTHER_PREFS = ("榛県",)  # the other helper's prefecture of this session


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
    """(number, unit) as printed after NFKC; ▲ before a number makes it negative; (None, None)
    for text."""
    v = nfkc(value).strip()
    if v.startswith(MINUS):
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


def cell(x) -> str:
    """A table cell: None as 「－」, an int as docgen prints it (single digits full-width), a
    Decimal with one decimal."""
    if x is None:
        return DASH
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def signed(n: int) -> str:
    """A 増減 cell: decreases with ▲, increases and zero without a sign."""
    return f"{MINUS}{fw(-n)}" if n < 0 else fw(n)


def with_sub(n: int, k: int) -> str:
    """A count with its sub-count in brackets: 13（３）."""
    return f"{fw(n)}（{fw(k)}）"


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf, optional columns that
    cover a range of fiscal years (a 増減 column), optional columns whose cells hold a sub-count
    in brackets, and an optional unit printed above the table at its top right."""

    col_range: dict | None = None  # {col: [first, last]} for columns spanning two fiscal years
    sub_cols: dict | None = None  # {col: name of the bracketed sub-count (from the note)}
    unit_above: str | None = None  # 「（単位：千円）」 printed above the table, right-aligned

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

    def width(self) -> float:
        return sum(self.col_widths)


def cell_parts(spec: TableSpec, c: int, value: str) -> list[tuple[str, str]]:
    """(column label, value) of the gold cells a printed cell gives: none for 「－」, two for a
    count with a bracketed sub-count, else one."""
    if value == DASH:
        return []
    col = spec.column_label(c)
    if spec.sub_cols and c in spec.sub_cols:
        m = re.fullmatch(r"(.+?)（(.+)）", value)
        assert m, (spec.key, value)
        return [(col, m.group(1)), (col + GROUP_SEP + spec.sub_cols[c], m.group(2))]
    return [(col, value)]


def gold_records(spec: TableSpec, pages_of: dict) -> list[dict]:
    out = []
    for i, r in enumerate(spec.rows):
        for c in spec.value_cols:
            for col, value in cell_parts(spec, c, r[c]):
                number, cell_unit = parse_number(value)
                unit = cell_unit or spec.cell_unit(r, c)
                row_label = label(r[spec.label_col])
                rng = (spec.col_range or {}).get(c)
                fy = None if rng else (spec.column_year(c) or fiscal_year(row_label) or spec.table_fy)
                pages = pages_of[(spec.key, i)]
                assert len(pages) == 1, (spec.key, r, pages)
                out.append({
                    "doc": spec.doc, "table": spec.title, "row": row_label, "column": col,
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


FRAME_WIDTH = 166 * mm  # A4 less docgen's margins (22 mm each side)


def table_block(spec: TableSpec, right: str = "", keep: bool = True):
    """Caption, the unit line at the table's top right if the spec has one, and the table."""
    out = [caption(spec.title, right, keep)]
    if spec.unit_above:
        style = pstyle(f"unit_above_{spec.key}", MINCHO, 9, 13, alignment=TA_RIGHT, keepWithNext=1)
        style.rightIndent = (FRAME_WIDTH - spec.width()) / 2
        out.append(P(spec.unit_above, style))
    return out + [spec.flowable(), Spacer(1, 2)]


PREF = "椚県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: field trials abroad, call for applications
JISSHO = f"{PREF}海外現地実証支援補助金"
JISSHO_DEPT = f"{PREF} 商工労働部 国際経済課"
JISSHO_DESK = f"{PREF}海外実証相談デスク"
RATE_SIZES = ("中小企業者", "小規模企業者")
CAP_WINDOWS = ("新規実証", "継続実証")
RATES = [  # 経費区分; 補助率（％）: 中小企業者, 小規模企業者; 上限額（万円）: 新規実証, 継続実証 (令和７年度; None = －)
    ("実証機器の輸送・通関", 50, 75, 40, 20), ("現地での据付け・試運転", 50, 75, 30, None),
    ("実証先への謝金・施設使用料", 50, 60, 50, 40), ("データの計測・分析", 50, 60, 40, 30),
    ("現地への渡航", 50, 50, 30, 20), ("実証報告書の作成・翻訳", 40, 50, 20, 10),
]
FIRM_CAP, FIRM_CAP_CONT = 180, 100  # note ※２: 万円 per firm (新規実証 / 継続実証)
RECORD = [  # 年度, 申請件数 (うち継続実証), 採択件数 (うち継続実証), 受注件数, 交付額（万円）
    (2020, 8, 0, 5, 0, 1, 486), (2021, 11, 2, 7, 2, 2, 598), (2022, 15, 3, 10, 3, 3, 804),
    (2023, 19, 5, 11, 4, 3, 917), (2024, 24, 6, 14, 5, 6, 1162),
]
GRANT_YEARS = (2022, 2023, 2024)
GRANTS = [  # 経費区分: 交付額（千円） in 令和４, ５, ６年度 (their sums are (b)'s 交付額 × 10)
    ("実証機器の輸送・通関", 1480, 1690, 2140), ("現地での据付け・試運転", 1120, 1210, 1530),
    ("実証先への謝金・施設使用料", 2210, 2580, 3270), ("データの計測・分析", 1640, 1880, 2390),
    ("現地への渡航", 1090, 1260, 1610), ("実証報告書の作成・翻訳", 500, 550, 680),
]
JISSHO_CASES = [  # 見出し, 実証先, 実証の内容, 補助金の額 (same labels in every sibling section); cost items
    ("農業機械製造業Ａ社（椚市）", "タイの果樹農園（新規実証）", "小型の自動草刈機を６か月使用し、作業時間の削減を計測", "152万円",
     ("実証機器の輸送・通関", "現地での据付け・試運転", "実証先への謝金・施設使用料", "データの計測・分析")),
    ("水処理装置製造業Ｂ社（青沼市）", "ベトナムの工業団地の排水処理施設（継続実証）", "膜ろ過装置を連続運転し、処理水の水質を確認", "68万円",
     ("実証先への謝金・施設使用料", "データの計測・分析")),
    ("介護用品販売業Ｃ社（苔川町）", "台湾の介護施設（新規実証）", "見守りセンサーを３か月試用し、夜間の巡回回数の変化を記録", "45万円",
     ("実証機器の輸送・通関", "現地への渡航")),
]
EXCLUDED = [  # 補助の対象にならない経費
    "実証に使う機器そのものの製造費又は購入費",
    "申請者の役員及び従業員の人件費",
    "実証中の事故等により実証先に支払う賠償金",
    "交付決定の日より前に発注し、又は支払った経費",
]


def jissho_specs():
    rates = TableSpec(
        key="rates", doc=JISSHO_PDF, title="経費区分別の補助率と上限額",
        header=[["経費区分", "補助率（％）", "", "上限額（万円）", ""], ["", *RATE_SIZES, *CAP_WINDOWS]],
        rows=[[n, cell(a), cell(b), cell(c), cell(d)] for n, a, b, c, d in RATES],
        col_widths=[58 * mm, 26 * mm, 26 * mm, 26 * mm, 26 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    record = TableSpec(
        key="record", doc=JISSHO_PDF, title="申請と採択の実績",
        header=[["年度", "申請件数（件）", "採択件数（件）", "受注件数（件）", "交付額（万円）"]],
        rows=[[era(y), with_sub(a, ai), with_sub(b, bi), fw(w), fw(g)] for y, a, ai, b, bi, w, g in RECORD],
        col_widths=[30 * mm, 32 * mm, 32 * mm, 32 * mm, 32 * mm],
    )
    record.sub_cols = {1: SUB_NAME, 2: SUB_NAME}
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in GRANTS]
    rows.append(["合計"] + [fw(sum(r[j] for r in GRANTS)) for j in (1, 2, 3)])
    grants = TableSpec(
        key="grants", doc=JISSHO_PDF, title="経費区分別の交付額",
        header=[["経費区分"] + [era(y) for y in GRANT_YEARS]],
        rows=rows, col_widths=[58 * mm, 30 * mm, 30 * mm, 30 * mm], unit="千円",
    )
    grants.unit_above = "（単位：千円）"
    return rates, record, grants


SUB_NAME = "うち継続実証"  # the name note ※４ gives the bracketed sub-counts of (b)


def jissho_story(specs):
    rates, record, grants = specs
    n_all, amt_all = sum(r[3] for r in RECORD), sum(r[6] for r in RECORD)
    last = RECORD[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{JISSHO} 募集要領", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(JISSHO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　目的", H1)]
    st += paras(f"""
県内の中小企業が、自社の製品や技術を海外の現場で実際に使ってもらい、その性能や効果を確かめて販路を開くことができるよう、海外での実証に要する経費の一部を補助します。制度を始めた令和２年度（2020年度）から令和６年度までに、延べ{n_all}件、{amt_all:,}万円を交付しました。
""", 0)
    st += [P("２　募集の概要", H1)]
    st += lv_lines([
        ("補助事業名", JISSHO),
        ("補助対象者", "県内に本社又は主たる事業所を有する中小企業者（個人事業主を含む。）で、海外現地実証を行おうとするもの"),
        ("募集期間", "令和７年５月12日から６月20日まで（必着）"),
        ("予算額", "1,700万円"),
        ("採択予定件数", "14件程度"),
        ("補助事業期間", "交付決定の日から令和８年２月13日まで"),
    ], 0)
    st += paras("""
この要領において「海外現地実証」とは、自社の製品や技術を、海外の実証先の現場で一定の期間実際に使用し、その性能や効果を確かめることをいいます。「実証先」とは、実証を受け入れる海外の企業、農場、医療・介護施設、大学等をいいます。「小規模企業者」とは、常時使用する従業員の数が20人（商業又はサービス業は５人）以下の中小企業者をいいます。また、「継続実証」とは、前年度にこの補助金の交付を受けた実証を、同じ実証先で引き続き行うものをいいます。
""", 0)
    st += [P("３　補助対象経費と補助率", H1)]
    st += paras("補助率（申請者の規模別）と上限額（新規・継続の別）は、経費区分ごとに次のとおりです。", 0)
    st += table_block(rates, "（令和７年度）")
    st += notes([
        "※１ 上限額の「継続実証」の欄は継続実証に、「新規実証」の欄はそれ以外の実証に適用します。",
        f"※２ 補助金の額は、１事業者当たり{FIRM_CAP}万円（継続実証は{FIRM_CAP_CONT}万円）を上限とし、千円未満の端数は切り捨てます。",
        "※３ 表中の「－」は補助の対象外です（継続実証では、前年度に据え付けた機器を引き続き使うため）。",
    ])
    st += paras("次の経費は補助の対象になりません。", 0)
    st += bullets(EXCLUDED, 0)
    st += [P("４　申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（国際経済課又は{JISSHO_DESK}へ）",
        "② 申請書の提出（募集期間内に、実証先の受入承諾書と見積書を添えて提出）",
        "③ 審査（書類審査と面談、令和７年７月中旬）",
        "④ 採択と交付決定の通知（令和７年８月上旬）",
        "⑤ 補助事業の実施（令和８年２月13日までに完了すること）",
        "⑥ 実績報告（事業の完了から30日以内。実証の結果を記載すること）",
        "⑦ 補助金の額の確定と支払（令和８年３月）",
    ], 0)
    st += [P("５　これまでの実績", H1)]
    st += paras(f"""
申請件数は毎年増えており、令和６年度は{last[1]}件の申請があり、{last[3]}件を採択しました（うち継続実証{fw(last[4])}件）。採択した事業者のうち{fw(last[5])}件が、実証の後に実証先等からの受注に至りました。経費区分別の交付額では、実証先への謝金・施設使用料が毎年最も多くなっています。
""", 0)
    st += table_block(record)
    st += notes([f"※４ 申請件数と採択件数の（　）内は、{SUB_NAME}の件数です。受注件数は、その年度に採択した事業者が、実証の後に実証先等から受注した件数です。"])
    st += table_block(grants)
    st += [CondPageBreak(SIBLING_ROOM + 12 * mm), P("６　活用事例（令和６年度）", H1)]
    for i, (head, where, what, amount, _items) in enumerate(JISSHO_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM)] * (i > 1) + [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("実証先", where), ("実証の内容", what), ("補助金の額", amount)], 1)
    st += [P("７　よくある質問", H1)]
    qa = [
        ("実証で期待した性能が出なかった場合も、補助金は受け取れますか。",
         "受け取れます。補助の対象は実証の実施に要した経費であり、実証の結果は問いません。実績報告には、結果とその原因の分析を記載してください。"),
        ("同じ年度に、２か所の実証先で実証を行うことはできますか。",
         "できません。申請は１事業者１件とし、実証先は１か所に限ります。"),
        ("実証に使った機器を、実証の後に実証先へ販売してもよいですか。",
         "販売できます。ただし、販売した機器の輸送・通関に要した経費は、補助の対象から除きます。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{JISSHO_DEPT} 海外展開支援班　電話：{JISSHO_PHONES[0]}　ファクス：{JISSHO_PHONES[1]}",
        f"{JISSHO_DESK}（公益財団法人椚県国際ビジネス振興財団内、事前相談）　電話：{JISSHO_PHONES[2]}",
        f"電子メール：{JISSHO_MAIL}",
    ]))
    return st


JISSHO_PHONES = ("099-662-4130", "099-662-4139", "099-662-4200")
JISSHO_MAIL = "kunugi-jissho@example.jp"

# ================================================================ document 2: geopolitical risks, survey report
RISK = f"{PREF}内企業の地政学リスクへの対応に関する実態調査"
RISK_DEPT = f"{PREF} 産業政策部 産業戦略課"
KYOKAI = f"一般社団法人{PREF}経済同友会"
TARGET = 1500  # 調査対象の企業
INDUSTRIES = [  # 業種, 回答企業数（社）, 影響を受けた企業（社）, 調達先を見直した企業（社） (令和６年度調査)
    ("食料品", 58, 31, 9), ("繊維・衣服", 34, 20, 7), ("化学", 29, 21, 10), ("金属製品", 51, 30, 11),
    ("機械", 72, 49, 22), ("電気機器", 47, 36, 18), ("輸送用機器", 39, 30, 15),
    ("卸売・小売業", 66, 33, 8), ("その他", 45, 14, 3),
]
SIZES = (("中小企業", 382, 218), ("大企業", 59, 46))  # 回答企業数, うち影響を受けた企業
SURVEY_YEARS = (2023, 2024)
EFFECTS = [  # 影響の内容, 令和５年度調査, 令和６年度調査 (複数回答; the first row is the firms, from (d) in 令和６年度)
    ("影響を受けた企業", 231, None), ("原材料・部品の調達難", 142, 128), ("輸送の遅れ・運賃の上昇", 118, 161),
    ("調達価格の急な上昇", 176, 189), ("輸出規制・制裁への対応", 37, 52), ("取引先からの発注の減少", 64, 58),
    ("現地拠点の操業の停止", 19, 12), ("代金回収の遅れ", 22, 22),
]
MEASURES = [  # 実施している対応策, 回答数: 中小企業, 大企業 (複数回答; of the firms affected)
    ("販売価格への転嫁", 97, 24), ("調達先の見直し", 75, 28), ("代替の原材料・部品の採用", 54, 17),
    ("在庫の積み増し", 88, 21), ("生産拠点の移転・国内回帰", 12, 9), ("情報収集の体制の強化", 39, 26),
    ("特に対応していない", 41, 2),
]
RISK_CASES = [  # 見出し, 受けた影響, 主な対応, 今後の課題 (same labels in every sibling section)
    ("自動車部品製造業Ｄ社（椚市）", "樹脂原料の調達が約３か月止まった", "同じ原料を２か国から調達するように改め、在庫を１か月分から２か月分に増やした", "在庫の積み増しによる資金繰りの負担"),
    ("食料品製造業Ｅ社（青沼市）", "海上輸送の遅れで輸出品の納期を守れなかった", "航空便への切替えの基準を定め、取引先と納期の見直しを協議した", "輸送費の上昇分の価格への転嫁"),
    ("電子部品商社Ｆ社（苔川町）", "取引先の国の輸出規制で一部の部品が入手できなくなった", "規制の情報を毎週集める担当者を置き、代替品の候補を登録した", "規制に詳しい人材の確保"),
]


def respondents() -> int:
    return sum(r[1] for r in INDUSTRIES)


def affected() -> int:
    return sum(r[2] for r in INDUSTRIES)


def reviewed() -> int:
    return sum(r[3] for r in INDUSTRIES)


def effect_rows():
    """The effects with the 令和６年度調査 firms filled in from (d)."""
    return [(n, a, affected() if b is None else b) for n, a, b in EFFECTS]


def risk_specs():
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in INDUSTRIES]
    rows.append(["合計"] + [fw(sum(r[j] for r in INDUSTRIES)) for j in (1, 2, 3)])
    industries = TableSpec(
        key="industries", doc=RISK_PDF, title="業種別の回答企業と影響の状況",
        header=[["業種", "回答企業数（社）", "影響を受けた企業（社）", "調達先を見直した企業（社）"]],
        rows=rows, col_widths=[36 * mm, 36 * mm, 42 * mm, 48 * mm], table_fy=2024, repeat_header=False,
    )
    industries.unit = lambda row, c, s=industries: bracket_unit(s.column_label(c))
    effects = TableSpec(
        key="effects", doc=RISK_PDF, title="影響の内容別の企業数（複数回答）",
        header=[["影響の内容"] + [f"{era(y)}調査" for y in SURVEY_YEARS] + ["増減"]],
        rows=[[n, fw(a), fw(b), signed(b - a)] for n, a, b in effect_rows()],
        col_widths=[62 * mm, 32 * mm, 32 * mm, 24 * mm], unit="社",
    )
    effects.col_range = {3: list(SURVEY_YEARS)}
    n_all, n_s, n_l = affected(), SIZES[0][2], SIZES[1][2]
    measures = TableSpec(
        key="measures", doc=RISK_PDF, title="実施している対応策（複数回答）",
        header=[["対応策", "全体", "中小企業", "大企業"]],
        rows=[[x, cell(pct1(a + b, n_all)), cell(pct1(a, n_s)), cell(pct1(b, n_l))] for x, a, b in MEASURES],
        col_widths=[66 * mm, 26 * mm, 26 * mm, 26 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return industries, effects, measures


def risk_story(specs):
    industries, effects, measures = specs
    total, n = respondents(), affected()
    (s_name, s_n, s_t), (l_name, l_n, l_t) = SIZES
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{RISK} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月", DATE_RIGHT), P(RISK_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "海外の紛争や輸出入規制等が県内企業に与えている影響と対応を把握するため"),
        ("調査対象", f"県内に本社を置く企業 {TARGET:,}社（無作為抽出）"),
        ("調査基準日", "令和６年（2024年）９月１日"),
        ("調査期間", "令和６年９月９日から10月11日まで"),
        ("回答数", f"{total}社（回答率{pct1(total, TARGET)}％、郵送及びウェブによる回答）"),
    ], 0)
    st += paras("""
この報告書において「地政学リスク」とは、特定の国・地域をめぐる紛争、対立、制裁、輸出入規制等により、企業の調達、生産又は販売に支障が生じるおそれをいう。「影響を受けた企業」とは、調査基準日前の１年間に、地政学リスクにより調達、生産又は販売に支障が生じた企業をいう。「調達先の見直し」とは、主な原材料・部品の調達先の国・地域を変更し、又は追加することをいい、同じ国・地域の中で取引先を替えることは含まない。また、「中小企業」とは、中小企業基本法に定める中小企業者をいい、それ以外の企業を「大企業」という。
""", 0)
    st += [P("２　影響の状況", H1)]
    st += paras(f"""
影響を受けた企業は、回答企業{total}社のうち{n}社（{pct1(n, total)}％）で、前年度の調査より{n - EFFECTS[0][1]}社増えた。「輸送の遅れ・運賃の上昇」が大きく増え、「原材料・部品の調達難」は減った。
""", 0)
    st += table_block(effects, "（単位：社）")
    st += notes(["※１ 増減は、令和６年度調査の企業数から令和５年度調査の企業数を引いたもので、「▲」は減少を示す。"])
    st += [P("３　業種別・企業規模別の状況", H1)]
    st += table_block(industries, "（令和６年度調査）", keep=False)
    st += notes(["※２ 「その他」は、建設業、運輸業、サービス業等である。調達先を見直した企業は、影響を受けた企業のうち調達先の見直しを行った企業である。"])
    st += paras(f"""
業種別では、機械が影響を受けた企業、調達先を見直した企業ともに最も多い。企業規模別では、大企業は{l_n}社のうち{l_t}社が影響を受けたのに対し、中小企業は{s_n}社のうち{s_t}社であった。
""", 0)
    st += [P("４　企業の対応", H1)]
    st += paras("""
全体と中小企業では「販売価格への転嫁」が最も多く、大企業では「調達先の見直し」が最も多かった。
""", 0)
    st += table_block(measures, "（単位：％）")
    st += notes([
        f"※３ 影響を受けた企業（全体{n}社、中小企業{s_t}社、大企業{l_t}社）が回答した。複数回答のため、合計は100％にならない。",
    ])
    st += [CondPageBreak(SIBLING_ROOM + 12 * mm), P("５　企業の事例", H1)]
    for i, (head, what, how, issue) in enumerate(RISK_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM)] * (i > 1) + [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("受けた影響", what), ("主な対応", how), ("今後の課題", issue)], 1)
    st += [P("６　県への主な要望（自由記述）", H1)]
    st += bullets([
        "国・地域ごとの輸出入規制の変更を、早く分かりやすく知らせてほしい。",
        "調達先を新たに探すための海外の展示会や商談会の情報がほしい。",
        "在庫の積み増しに必要な運転資金の融資制度を設けてほしい。",
    ], 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        "① 輸出入規制の変更をまとめた情報を、月１回メールで配信する。",
        f"② {KYOKAI}と連携し、調達先の分散をテーマとするセミナーを年２回開く。",
        "③ 在庫の積み増しに使える制度融資の対象の拡大を、令和７年度中に検討する。",
        "④ 次回の調査は、令和７年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{RISK_DEPT} 調査企画班　電話：099-664-2710　ファクス：099-664-2719",
        f"{KYOKAI}（セミナーの申込み）　電話：099-664-2800",
        "電子メール：kunugi-senryaku@example.jp",
    ]))
    return st


# ================================================================ document 3: export-food pilot kitchen, user guide
LAB = f"{PREF}輸出食品試作ラボ"
LAB_DEPT = f"{PREF} 農林水産部 販路拡大課"
ZAIDAN = f"公益財団法人{PREF}食品産業振興財団"
KINDS = [  # 見出し, 内容, 受付時間, 申込方法 (same labels in every sibling section)
    ("機器の利用", "凍結乾燥機、レトルト殺菌装置、真空包装機等の試作機器を、利用者が自ら操作して行う試作",
     "開館時間内（最終受付は閉館の２時間前）", "利用者登録の後、ウェブで予約する（利用日の３開館日前まで）"),
    ("受託試作", "利用者が指定する配合と条件で、職員が試作品をつくって引き渡すもの（１件につき試作品30個まで）",
     "平日９時から16時まで", "依頼書を電子メールで提出する"),
    ("技術相談", "輸出先までの輸送日数や流通温度に合わせた保存方法、包装及び配合についての職員の助言（１回１時間まで）",
     "開館時間内", "電話、電子メール又は受付カウンターで申し込む"),
]
USER_TYPES = ("県内中小企業等（円）", "県内のその他の事業者（円）", "県外の事業者（円）")
FEES = [  # 利用時間（１回当たり）, 県内中小企業等, 県内のその他の事業者, 県外の事業者 (令和７年度; None = －)
    ("２時間以内", 1200, 2400, 4800), ("２時間超４時間以内", 2100, 4200, 8400),
    ("４時間超６時間以内", 2900, 5800, 11600), ("６時間超８時間以内", 3600, 7200, None),
]
USE_COLS = ("機器の利用（件）", "受託試作（件）", "技術相談（件）")
USES = [  # 業種, 機器の利用, 受託試作, 技術相談 (令和６年度)
    ("水産加工業", 78, 46, 31), ("農産加工業", 64, 39, 27), ("菓子製造業", 57, 33, 22),
    ("調味料製造業", 41, 28, 19), ("酒類・飲料製造業", 36, 21, 24), ("食肉加工業", 29, 17, 12),
    ("卸売・小売業", 22, 26, 18), ("その他", 18, 12, 15),
]
DB_YEARS = (2022, 2023, 2024)
MACHINES = [  # 試作機器の種類: 利用件数 in 令和４, ５, ６年度 (機器の利用と受託試作; 令和６年度 = (h)'s first two columns)
    ("凍結乾燥機", 88, 104, 131), ("レトルト殺菌装置", 102, 121, 147), ("真空包装機", 76, 90, 112),
    ("急速凍結装置", 61, 79, 103), ("充填・密封機", 48, 58, 74),
]
REGISTERED = 186  # 令和６年度末の登録事業者 (prose only)
LAB_PHONES = ("099-668-2410", "099-668-2419", "099-668-2500")
LAB_MAIL = "kunugi-foodlab@example.jp"


def lab_specs():
    fees = TableSpec(
        key="fees", doc=LAB_PDF, title="試作加工室の利用料",
        header=[["利用時間（１回当たり）", *USER_TYPES]],
        rows=[[n, cell(a), cell(b), cell(c)] for n, a, b, c in FEES],
        col_widths=[42 * mm, 36 * mm, 46 * mm, 34 * mm], table_fy=2025,
    )
    fees.unit = lambda row, c, s=fees: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in USES]
    rows.append(["合計"] + [fw(sum(r[j] for r in USES)) for j in (1, 2, 3)])
    uses = TableSpec(
        key="uses", doc=LAB_PDF, title="利用者の業種別の利用件数",
        header=[["業種", *USE_COLS]],
        rows=rows, col_widths=[44 * mm, 34 * mm, 34 * mm, 34 * mm], table_fy=2024,
    )
    uses.unit = lambda row, c, s=uses: bracket_unit(s.column_label(c))
    mrows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in MACHINES]
    mrows.append(["合計"] + [fw(sum(r[j] for r in MACHINES)) for j in (1, 2, 3)])
    machines = TableSpec(
        key="machines", doc=LAB_PDF, title="試作機器の種類別の利用件数",
        header=[["試作機器の種類"] + [era(y) for y in DB_YEARS]],
        rows=mrows, col_widths=[50 * mm, 30 * mm, 30 * mm, 30 * mm], unit="件",
    )
    return fees, uses, machines


def lab_story(specs):
    fees, uses, machines = specs
    tot = [sum(r[j] for r in USES) for j in (1, 2, 3)]
    m_first, m_last = sum(r[1] for r in MACHINES), sum(r[3] for r in MACHINES)
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{LAB} 利用案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(LAB_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　ラボの概要", H1)]
    st += paras("""
このラボは、県内の食品事業者が輸出向けの商品を開発するための試作施設です。長い輸送や現地での流通に耐える商品をつくるための試作機器を、手頃な料金で利用できます。輸出先のバイヤーに示す見本づくりや、商品の改良にお役立てください。
""", 0)
    st += lv_lines([
        ("施設名", LAB),
        ("設置者", PREF),
        ("運営", f"{ZAIDAN}（県の指定管理者）"),
        ("所在地", "青沼市港町１丁目８番３号 椚県食品産業支援センター２階"),
        ("開館時間", "月曜日から金曜日まで、８時30分から17時15分まで"),
        ("休館日", "土曜日、日曜日、祝日及び年末年始（12月29日から１月３日まで）"),
    ], 0)
    st += paras("""
この案内において「試作機器」とは、ラボの試作加工室に備える凍結乾燥機、レトルト殺菌装置、真空包装機、急速凍結装置及び充填・密封機をいいます。「受託試作」とは、職員が利用者の依頼を受けて試作品をつくることをいいます。また、「県内中小企業等」とは、県内に事業所を有する中小企業者（個人事業主を含む。）及び農林漁業者の団体をいいます。
""", 0)
    st += [CondPageBreak(SIBLING_ROOM + 12 * mm), P("２　サービスの種類", H1)]
    for i, (head, what, when, how) in enumerate(KINDS, 1):
        st += [CondPageBreak(SIBLING_ROOM)] * (i > 1) + [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("内容", what), ("受付時間", when), ("申込方法", how)], 1)
    st += [P("３　利用料金", H1)]
    st += paras("技術相談は無料です。機器の利用に係る試作加工室の利用料は、１回の利用時間と利用者の区分によって次のとおりです（消費税込み）。受託試作の料金は、内容に応じて別に見積もります。", 0)
    st += table_block(fees, "（令和７年度）")
    st += notes([
        "※１ 「県内のその他の事業者」は、県内に事業所を有する事業者のうち県内中小企業等以外のもの（大企業等）をいいます。",
        "※２ 県外の事業者の利用は、１回６時間までとします。表中の「－」は、利用できないことを示します。",
        "※３ 県内中小企業等は、年度内の最初の利用に限り、２時間以内の利用を無料とします。",
        "※４ 原材料と包装資材は、利用者が用意してください。",
    ])
    st += [P("４　利用者登録から利用までの流れ", H1)]
    st += numbered([
        "① 利用者登録の申込み（ウェブの登録フォームに、事業者名、所在地及び利用者の氏名を記入）",
        "② 登録の審査と登録証の発行（申込みの日から３開館日以内に電子メールで通知）",
        "③ 操作講習の受講（初回の利用の前に１時間。受講は無料）",
        "④ 利用の予約と利用（ウェブの予約画面で利用日と時間帯を選択。利用日の３開館日前まで）",
        "⑤ 利用料の支払（月末締めの請求書による銀行振込み）",
    ], 0)
    st += [P("５　利用の状況", H1)]
    st += paras(f"""
令和６年度の利用件数は、機器の利用{tot[0]}件、受託試作{tot[1]}件、技術相談{tot[2]}件でした。令和６年度末の登録事業者は{REGISTERED}事業者です。業種別では、水産加工業が最も多く利用しています。試作機器の利用件数は令和６年度に{m_last:,}件となり、令和４年度の{m_first:,}件から大きく増えました。
""", 0)
    st += table_block(uses, "（令和６年度）")
    st += table_block(machines, "（単位：件）")
    st += notes(["※５ 試作機器の利用件数は、機器の利用と受託試作で試作機器を使った件数です。"])
    st += [P("６　利用上の注意", H1)]
    st += bullets([
        "試作機器は、操作講習を受けた方だけが操作できます。",
        "持ち込む原材料は、利用者の責任で衛生的に管理してください。",
        "試作品は、試食、商談の見本及び社内での検討に使うものとし、販売することはできません。",
        "予約を取り消す場合は、利用日の前日の17時までに連絡してください。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{LAB_DEPT} 輸出支援班　電話：{LAB_PHONES[0]}　ファクス：{LAB_PHONES[1]}",
        f"{LAB}（利用者登録・予約）　電話：{LAB_PHONES[2]}",
        f"電子メール：{LAB_MAIL}",
    ]))
    return st

# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return jissho_specs() + risk_specs() + lab_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    cspecs, rspecs, lspecs = jissho_specs(), risk_specs(), lab_specs()
    cdoc = build_pdf(docs_dir / JISSHO_PDF, cspecs, jissho_story(cspecs),
                     f"令和７年度 {JISSHO} 募集要領", "令和７年４月", JISSHO_DEPT)
    rdoc = build_pdf(docs_dir / RISK_PDF, rspecs, risk_story(rspecs),
                     f"令和６年度 {RISK} 報告書", "令和７年３月", RISK_DEPT)
    ldoc = build_pdf(docs_dir / LAB_PDF, lspecs, lab_story(lspecs),
                     f"令和７年度 {LAB} 利用案内", "令和７年４月", LAB_DEPT)
    gold = all_gold({JISSHO_PDF: cdoc.row_pages, RISK_PDF: rdoc.row_pages, LAB_PDF: ldoc.row_pages})
    write_jsonl(out / "tables.jsonl", gold)
    pages = extract_pages(docs_dir)
    write_texts(text_dir, pages)
    return gold, pages


PREFIX_Q, PREFIX_T = "h62q", "h62t"



# ================================================================ questions
# `absent` (unanswerable only, not written out): terms that must occur in no document.
# `history` (followups only): the earlier turns of the conversation.
def _turns(*pairs) -> list[dict]:
    out = []
    for user, assistant in zip(pairs[::2], pairs[1::2]):
        out += [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]
    return out


QUESTIONS = [
    # --- jissho: the field-trial subsidy call, tables (a) (b) (c), definitions, sibling sections, Q&A
    dict(question="従業員12人の農業機械メーカーが、タイの農園で新しく行う実証で、現地でのデータの計測と分析を外部に頼みたいそうです。補助率は何％になりますか？",
         category="jissho", doc=JISSHO_PDF,
         evidence=["常時使用する従業員の数が20人", "データの計測・分析 50 60 40 30"], answer=["60"],
         notes="two facts: 12人 in manufacturing is within the 20人 of 小規模企業者 (definition in ２), so (a) leaf "
               "補助率（％）／小規模企業者; the window (新規実証) changes only the cap (40), not the rate; 50 (中小企業者) "
               "is the trap"),
    dict(question="2025年度の募集で、昨年度この補助金を使ってベトナムの工場で行った実証を、今年も同じ工場で続ける場合、実証先に払う施設使用料の上限額はいくらですか？",
         category="jissho", doc=JISSHO_PDF,
         evidence=["前年度にこの補助金の交付を受けた実証を", "実証先への謝金・施設使用料 50 60 50 40"], answer=["40"],
         notes="two facts: a grant-funded trial continued at the same 実証先 is a 継続実証 (definition in ２), and note ※１ "
               "puts it under the 継続実証 column; (a) leaf 上限額（万円）／継続実証; 50 (新規実証 cap, and the 中小企業者 "
               "rate) and 60 (小規模企業者 rate) are the traps; 2025年度 = 令和７年度 (printed nowhere in Western form)"),
    dict(question="昨年度に続けて同じ実証先で実証する場合、現地で機器を据え付けて試運転する費用も補助の対象になりますか？",
         category="jissho", doc=JISSHO_PDF,
         evidence=["現地での据付け・試運転 50 75 30", "補助の対象外です"], answer=["対象外"],
         notes="two facts: the trial is a 継続実証 (definition in ２), whose cell in (a) row 現地での据付け・試運転 prints "
               "「－」 under 上限額（万円）／継続実証 (no gold cell), and note ※３ says 「－」 is not covered; 30 (the 新規実証 "
               "cap) and 50 / 75 (the rates) are the traps"),
    dict(question="2022年度には、この補助金で何件が採択されましたか？",
         category="jissho", doc=JISSHO_PDF, evidence=["令和４年度 15（３） 10（３） ３ 804"], answer=["10"],
         notes="(b) years as rows with bracketed sub-counts: 2022年度 = 令和４年度 (only 2020年度 is printed in Western "
               "form); column 採択件数（件） 10（３）: 10 in all, （３） the 継続実証 (note ※４); 15 (申請件数), ３ and "
               "13 (10 + 3) are the traps"),
    dict(question="2023年度に採択された案件のうち、前年度からの継続実証は何件ありましたか？",
         category="jissho", doc=JISSHO_PDF,
         evidence=["令和５年度 19（５） 11（４） ３ 917", "うち継続実証の件数です"], answer=["４"],
         notes="two facts: (b) the bracketed sub-count of 採択件数（件） (11（４）), which note ※４ explains as うち継続実証; "
               "2023年度 = 令和５年度; 11 (all adoptions), ５ (the applications' sub-count) and ３ (受注件数) are the traps"),
    dict(question="令和２年度から令和６年度までに交付された補助金は、採択１件当たり平均でいくらになりますか？",
         category="jissho", doc=JISSHO_PDF, evidence=["延べ47件、3,967万円"], answer=["84.4万円"], computed=True,
         notes="the five-year totals in the prose of １ (also the sums of (b)'s 採択件数 and 交付額): 3,967 / 47 = 84.4万円"),
    dict(question="令和６年度の交付額のうち、実証先への謝金や施設の使用料に充てられた分は何％を占めますか？",
         category="jissho", doc=JISSHO_PDF,
         evidence=["実証先への謝金・施設使用料 2,210 2,580 3,270", "合計 8,040 9,170 11,620"], answer=["28.1%"],
         computed=True,
         notes="(c) share within a year column (unit 千円 at the table's top right): 3,270 / 11,620 = 28.1 %; "
               "(b)'s 交付額 1,162万円 is the same total"),
    dict(question="2023年度に、データの計測や分析に対して交付された額はいくらですか？",
         category="jissho", doc=JISSHO_PDF, evidence=["データの計測・分析 1,640 1,880 2,390"], answer=["1,880"],
         notes="(c) unit at the table's top right （単位：千円）, not in the caption: 1,880千円 (= 188万円); 2023年度 = "
               "令和５年度; 1,640 and 2,390 are the neighbouring years"),
    dict(question="実証機器の輸送・通関に対する交付額は、令和４年度から令和６年度までにどれだけ増えましたか？",
         category="jissho", doc=JISSHO_PDF, evidence=["実証機器の輸送・通関 1,480 1,690 2,140"], answer=["660千円"],
         computed=True,
         notes="(c) difference across the year columns, unit from the line above the table: 2,140 − 1,480 = 660千円"),
    dict(question="工場の排水をきれいにする装置をつくっている会社の活用事例では、補助金はいくら交付されましたか？",
         category="jissho", doc=JISSHO_PDF, evidence=["（２）水処理装置製造業Ｂ社", "補助金の額：68万円"],
         answer=["68万円"],
         notes="sibling sections （１）–（３） of ６ share the labels 実証先, 実証の内容, 補助金の額; （２）水処理装置製造業Ｂ社 "
               "(排水をきれいにする装置 = 水処理装置); 152万円 and 45万円 are the siblings' values"),
    dict(question="実証をしてみて期待どおりの性能が出なかった場合、補助金はもらえないのでしょうか？",
         category="jissho", doc=JISSHO_PDF, evidence=["受け取れます。補助の対象は実証の実施に要した経費"],
         answer=["受け取れます"],
         notes="Q&A: Ａ of Ｑ１ (yes: the result of the trial does not matter); 「販売した機器の輸送・通関に要した経費」 "
               "excluded in Ａ of Ｑ３ is the near miss"),
    # --- risk: the geopolitical-risk survey, tables (d) (e) (f), a definition, sibling sections
    dict(question="地政学リスクの実態調査は、回答率が何％でしたか？",
         category="risk", doc=RISK_PDF, evidence=["回答数：441社（回答率29.4％"], answer=["29.4"],
         notes="「label：value」 line 回答数 (441 of the 1,500社 of 調査対象); 59.9 % (影響を受けた企業) is a near miss"),
    dict(question="同じ国の中で部品の仕入先を別の会社に替えただけでも、この調査でいう「調達先の見直し」に当たりますか？",
         category="risk", doc=RISK_PDF, evidence=["同じ国・地域の中で取引先を替えることは含まない"], answer=["含まない"],
         notes="definition 「調達先の見直し」とは…国・地域を変更し、又は追加すること…同じ国・地域の中で取引先を替えることは"
               "含まない (no; asked at its boundary)"),
    dict(question="家電や電子部品などの電気機器の業種で、調達先を見直した企業は何社ありましたか？",
         category="risk", doc=RISK_PDF, evidence=["電気機器 47 36 18"], answer=["18"],
         notes="(d) continuation page (no header there): row 電気機器, column 調達先を見直した企業（社）; 36 (影響を受けた企業) "
               "and 47 (回答企業数) are the traps"),
    dict(question="機械の業種では、回答した企業のうち影響を受けた企業の割合はどのくらいですか？",
         category="risk", doc=RISK_PDF, evidence=["機械 72 49 22"], answer=["68.1%"], computed=True,
         notes="(d) continuation page, share in a row: 49 / 72 = 68.1 % (59.9 % over all industries is a near miss)"),
    dict(question="2023年度の調査で、輸出規制や制裁への対応を影響として挙げた企業は何社でしたか？",
         category="risk", doc=RISK_PDF, evidence=["輸出規制・制裁への対応 37 52 15"], answer=["37"],
         notes="(e) survey years as columns: 2023年度 = 令和５年度調査 (the report prints only 2024年 in Western form); "
               "52 (令和６年度調査) and 15 (増減) are the traps"),
    dict(question="前年度の調査と比べて、原材料や部品が手に入りにくくなったと答えた企業は何社減りましたか？",
         category="risk", doc=RISK_PDF, evidence=["原材料・部品の調達難 142 128 ▲14"], answer=["14"],
         notes="(e) 増減 column with ▲ for decreases (note ※１): ▲14 = 128 − 142; 142 and 128 are the traps"),
    dict(question="令和６年度の調査で、影響を受けた企業のうち「輸送の遅れ・運賃の上昇」を挙げた企業の割合は何％ですか？",
         category="risk", doc=RISK_PDF, evidence=["輸送の遅れ・運賃の上昇 118 161 43", "影響を受けた企業 231 264 33"],
         answer=["61.0%"], computed=True,
         notes="(e) share within a year column: 161 / 264 = 61.0 % (264 is also (d)'s 合計 and the prose); 161 / 441 "
               "over all respondents is a wrong reading"),
    dict(question="大手の企業では、海外の情報を集める体制を強めたところは何％ありましたか？",
         category="risk", doc=RISK_PDF, evidence=["情報収集の体制の強化 24.6 17.9 56.5"], answer=["56.5"],
         notes="(f) unruled table, column 大企業 (大手 = 大企業, the definition in １); 24.6 (全体) and 17.9 (中小企業) are "
               "the traps; the base is the 46 large firms affected (note ※３)"),
    dict(question="食品メーカーの事例では、影響を受けてどのような対応をとりましたか？",
         category="risk", doc=RISK_PDF, evidence=["（２）食料品製造業Ｅ社", "主な対応：航空便への切替えの基準を定め"],
         answer=["航空便への切替えの基準を定め"],
         notes="sibling sections （１）–（３） of ５ share the labels 受けた影響, 主な対応, 今後の課題; （２）食料品製造業Ｅ社 "
               "(食品メーカー = 食料品製造業); the siblings' 主な対応 (two countries / a staff member watching the rules) "
               "are the traps"),
    dict(question="影響を受けた企業がとった対応策のうち、全体で２番目に多かったものは何ですか？",
         category="risk", doc=RISK_PDF, evidence=["在庫の積み増し 41.3 40.4 45.7"], answer=["在庫の積み増し"],
         notes="(f) ranking in the column 全体: 販売価格への転嫁 45.8, 在庫の積み増し 41.3, 調達先の見直し 39.0 (the rows "
               "are not sorted; 調達先の見直し is printed second; the prose names only the tops); second-largest"),
    # --- lab: the export-food pilot kitchen guide, tables (g) (h) (i), definitions, sibling sections
    dict(question="職員に試作品をつくってもらいたい場合、依頼は何時まで受け付けていますか？",
         category="lab", doc=LAB_PDF, evidence=["（２）受託試作", "受付時間：平日９時から16時まで"],
         answer=["16時まで"],
         notes="sibling sections （１）–（３） of ２ share the labels 内容, 受付時間, 申込方法; （２）受託試作 (職員に試作品を"
               "つくってもらう); 17時15分 (開館時間, 機器の利用 and 技術相談) is the trap"),
    dict(question="県内に工場がある大手の食品会社が、試作加工室を１回に５時間使うと、利用料はいくらですか？",
         category="lab", doc=LAB_PDF,
         evidence=["県内中小企業等以外のもの（大企業等）", "４時間超６時間以内 2,900 5,800 11,600"], answer=["5,800"],
         notes="two facts: note ※１ puts a large firm with a site in the prefecture under 県内のその他の事業者; (g) fee "
               "brackets as row labels, row ４時間超６時間以内; 2,900 (県内中小企業等) and 11,600 (県外) are the traps"),
    dict(question="県外の会社が、試作加工室を１回に７時間使うことはできますか？",
         category="lab", doc=LAB_PDF,
         evidence=["６時間超８時間以内 3,600 7,200", "県外の事業者の利用は、１回６時間までとします"], answer=["６時間まで"],
         notes="two facts: (g) row ６時間超８時間以内 prints 「－」 under 県外の事業者（円） (no gold cell) and note ※２ limits "
               "them to six hours a use (no); 7,200 (県内のその他の事業者) is the trap"),
    dict(question="県外の事業者が、試作加工室を１回３時間ずつ２回使うと、利用料は合わせていくらですか？",
         category="lab", doc=LAB_PDF, evidence=["２時間超４時間以内 2,100 4,200 8,400"], answer=["16,800円"],
         computed=True,
         notes="(g) fee brackets as row labels, per use (header 利用時間（１回当たり）): row ２時間超４時間以内, column "
               "県外の事業者（円） 8,400円 × 2 uses = 16,800円; the six hours added up in one bracket (11,600円) is a "
               "wrong reading"),
    dict(question="令和６年度、卸売・小売業の事業者による受託試作は何件ありましたか？",
         category="lab", doc=LAB_PDF, evidence=["卸売・小売業 22 26 18"], answer=["26"],
         notes="(h) row 卸売・小売業, column 受託試作（件）; 22 (機器の利用) and 18 (技術相談) are the traps"),
    dict(question="水産加工業の事業者は、令和６年度にラボを全部で何件利用しましたか？",
         category="lab", doc=LAB_PDF, evidence=["水産加工業 78 46 31"], answer=["155件"], computed=True,
         notes="(h) sum across a row (there is no total column): 78 + 46 + 31 = 155件"),
    dict(question="2023年度に、凍結乾燥機は何件利用されましたか？",
         category="lab", doc=LAB_PDF, evidence=["凍結乾燥機 88 104 131"], answer=["104"],
         notes="(i) fiscal years as columns: 2023年度 = 令和５年度 (the guide prints no Western year); 88 and 131 are "
               "the neighbouring years"),
    dict(question="急速凍結装置の利用件数は、令和６年度には令和４年度の何倍になりましたか？",
         category="lab", doc=LAB_PDF, evidence=["急速凍結装置 61 79 103"], answer=["1.7倍"], computed=True,
         notes="(i) ratio across the year columns: 103 / 61 = 1.7倍 (rounded to one decimal); the increase 42件 is "
               "another reading of 「伸び」, not asked here"),
    # --- followups
    dict(question="では、継続実証の場合、その経費の上限額はいくらですか？",
         category="followup", doc=JISSHO_PDF, evidence=["実証機器の輸送・通関 50 75 40 20"], answer=["20"],
         history=_turns("実証機器を現地に送る輸送や通関の費用について、中小企業者の補助率は何％ですか？",
                        "中小企業者の補助率は50％です[1]。"),
         notes="(a) the row from the history (実証機器の輸送・通関), the other group 上限額（万円） and leaf 継続実証; 40 "
               "(新規実証) and 75 (小規模企業者 rate) are the traps"),
    dict(question="その年度の交付額を採択件数で割ると、１件当たりいくらになりますか？",
         category="followup", doc=JISSHO_PDF, evidence=["令和３年度 11（２） ７（２） ２ 598"], answer=["85.4万円"],
         computed=True,
         history=_turns("2021年度は何件が採択されましたか？",
                        "2021年度（令和３年度）は７件が採択されました（うち継続実証２件）[1]。"),
         notes="(b) the year from the history (2021年度 = 令和３年度): 598 / 7 = 85.4万円 (the main count ７ of ７（２）, not "
               "the sub-count; 598 / 9 is a wrong reading)"),
    dict(question="それは前年度の調査から何社増えましたか？",
         category="followup", doc=RISK_PDF, evidence=["輸送の遅れ・運賃の上昇 118 161 43"], answer=["43"],
         history=_turns("令和６年度の調査で、輸送の遅れや運賃の上昇を挙げた企業は何社でしたか？",
                        "輸送の遅れ・運賃の上昇を挙げた企業は161社でした[1]。"),
         notes="(e) the row from the history, the 増減 column (an increase, printed without a sign); 118 (令和５年度調査) "
               "is the trap"),
    dict(question="その業種の受託試作は何件でしたか？",
         category="followup", doc=LAB_PDF, evidence=["水産加工業 78 46 31"], answer=["46"],
         history=_turns("令和６年度に技術相談を最も多く利用した業種はどこですか？",
                        "水産加工業で、31件でした[1]。"),
         notes="(h) the row from the history (水産加工業), column 受託試作（件）; 78 (機器の利用) is the trap"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=LAB_PDF, evidence=["電話：099-668-2500"], answer=["099-668-2500"],
         history=_turns("試作加工室の予約を取り消したいという会社があります。どこに連絡すればよいですか？",
                        "利用日の前日の17時までに、椚県輸出食品試作ラボ（利用者登録・予約）に連絡してください[1]。"),
         notes="contact box of the guide: the ラボ's phone (second line); the 班's phone 099-668-2410 and fax "
               "099-668-2419 (first line) are the near misses"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="この補助金で実証した後に受注した契約の金額は、合わせてどのくらいになりますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives the number of orders after the trials (受注件数) and the grants, not what the orders were worth",
         absent=["受注額", "受注金額", "契約金額", "売上"]),
    dict(question="申請を審査するときの配点や採点の基準は示されていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call names the review (書類審査と面談, step ③) but no scoring",
         absent=["配点", "採点", "審査基準"]),
    dict(question="影響を受けた企業は、どの国・地域との取引で影響を受けたケースが多かったのですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the effects by kind and the firms by industry and size, not by country",
         absent=["中国", "ロシア", "中東", "国・地域別"]),
    dict(question="地政学リスクによって県内企業が受けた損失は、金額にするとどのくらいですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey counts firms by effect; it gives no amount of loss",
         absent=["損失", "被害額", "損害"]),
    dict(question="このラボでは、輸出先の基準に合わせた残留農薬や微生物の検査もしてもらえますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide covers the use of the machines, trial production by the staff and technical advice; no "
               "laboratory tests are mentioned",
         absent=["残留農薬", "微生物", "細菌"]),
    dict(question="令和６年度のラボ利用者の満足度はどのくらいでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the uses by industry and machine and the registered firms, no survey of users",
         absent=["満足", "アンケート"]),
]
CATEGORY_COUNTS = {"jissho": 11, "risk": 10, "lab": 8, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H, I = (
    "経費区分別の補助率と上限額", "申請と採択の実績", "経費区分別の交付額",
    "業種別の回答企業と影響の状況", "影響の内容別の企業数（複数回答）", "実施している対応策（複数回答）",
    "試作加工室の利用料", "利用者の業種別の利用件数", "試作機器の種類別の利用件数")
LETTERS = dict(zip((A, B, C, D, E, F, G, H, I), "abcdefghi"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y, unit) -> str:
    q = half_up(Decimal(x) / Decimal(y), "0.1")
    return f"{int(q) if q == q.to_integral() else q}{unit}"


def _n(n: int, unit: str) -> str:
    return f"{n:,}{unit}"


COMPUTED = {  # question id -> the answer string, computed from gold cells (or, where a note says so, prose data)
    "h62q06": lambda g: _avg(sum(g(B, era(y), "交付額（万円）", y) for y, *_x in RECORD),
                             sum(g(B, era(y), "採択件数（件）", y) for y, *_x in RECORD), "万円"),
    "h62q07": lambda g: _pct(g(C, "実証先への謝金・施設使用料", "令和６年度", 2024), g(C, "合計", "令和６年度", 2024)),
    "h62q09": lambda g: _n(g(C, "実証機器の輸送・通関", "令和６年度", 2024) - g(C, "実証機器の輸送・通関", "令和４年度", 2022), "千円"),
    "h62q15": lambda g: _pct(g(D, "機械", "影響を受けた企業（社）", 2024), g(D, "機械", "回答企業数（社）", 2024)),
    "h62q18": lambda g: _pct(g(E, "輸送の遅れ・運賃の上昇", "令和６年度調査", 2024), g(E, "影響を受けた企業", "令和６年度調査", 2024)),
    "h62q25": lambda g: _n(2 * g(G, "２時間超４時間以内", "県外の事業者（円）", 2025), "円"),
    "h62q27": lambda g: _n(sum(g(H, "水産加工業", c, 2024) for c in USE_COLS), "件"),
    "h62q29": lambda g: _avg(g(I, "急速凍結装置", "令和６年度", 2024), g(I, "急速凍結装置", "令和４年度", 2022), "倍"),
    "h62q31": lambda g: _avg(g(B, "令和３年度", "交付額（万円）", 2021), g(B, "令和３年度", "採択件数（件）", 2021), "万円"),
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {JISSHO_PDF: (3, 3), RISK_PDF: (3, 3), LAB_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (190, 240)
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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout62.py")
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
                bare = re.sub(r"(%|千円|万円|円|件|社)$", "", nfkc(a))
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
    # the new layouts are asked about: a bracketed sub-count, a 「－」 cell, a ▲ cell, a fee bracket, the unit above
    for what, qids in (("bracketed sub-count", ["h62q05"]), ("「－」 cell", ["h62q03", "h62q24"]),
                       ("▲ cell", ["h62q17"]), ("unit above the table", ["h62q08", "h62q09"])):
        for qid in qids:
            q = next((x for x in questions if x["id"] == qid), None)
            if q is None or not table_of(q):
                errors.append(f"{qid}: expected a table question on the {what}")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout62.py")
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
        if g["value"] == DASH:
            errors.append(f"{g['id']}: a 「－」 cell is no gold cell")
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
            # each printed row, cell after cell (the 「－」 and bracketed cells as printed), on its page
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

    # (a): small firms get at least the rate; the 継続実証 cap at most the 新規実証 cap; caps within note ※２
    new_col, cont_col = (f"上限額（万円）／{w}" for w in CAP_WINDOWS)
    for row, r in t[A].items():
        if r["補助率（％）／小規模企業者"] < r["補助率（％）／中小企業者"]:
            errors.append(f"{A} / {row}: 小規模企業者 below 中小企業者")
        cont = r.get(cont_col)
        if r[new_col] > FIRM_CAP or (cont is not None and (cont > FIRM_CAP_CONT or cont > r[new_col])):
            errors.append(f"{A} / {row}: a cap out of range")
    # (b): growing applications; sub-counts within counts; adoptions within applications; orders within
    # adoptions; grants within caps; no 継続実証 in the first year, and never more than the year before's new trials
    b = t[B]
    ns = [r["申請件数（件）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    sub = GROUP_SEP + SUB_NAME
    for row, r in b.items():
        if not (r["採択件数（件）" + sub] <= r["申請件数（件）" + sub] and r["採択件数（件）" + sub] <= r["採択件数（件）"]
                <= r["申請件数（件）"] and r["申請件数（件）" + sub] <= r["申請件数（件）"]
                and r["受注件数（件）"] <= r["採択件数（件）"]
                and r["交付額（万円）"] <= r["採択件数（件）"] * FIRM_CAP):
            errors.append(f"{B} / {row}: counts or grants out of range")
    years = [era(y) for y, *_x in RECORD]
    if b[years[0]]["申請件数（件）" + sub] != 0:
        errors.append(f"{B}: no 継続実証 is possible in the first year")
    for prev, cur in zip(years, years[1:]):
        if b[cur]["申請件数（件）" + sub] > b[prev]["採択件数（件）"] - b[prev]["採択件数（件）" + sub]:
            errors.append(f"{B} / {cur}: more 継続実証 than new trials the year before")
    # (c): 合計 adds up and equals (b)'s 交付額 in 千円; 実証先への謝金・施設使用料 the largest every year
    cols = [era(y) for y in GRANT_YEARS]
    adds_up(C, cols)
    for y in GRANT_YEARS:
        if t[C]["合計"][era(y)] != 10 * b[era(y)]["交付額（万円）"]:
            errors.append(f"{C}: 合計 of {era(y)} differs from {B}'s 交付額")
        top = max((r for r in t[C] if r != "合計"), key=lambda r: t[C][r][era(y)])
        if top != "実証先への謝金・施設使用料":
            errors.append(f"{C}: 実証先への謝金・施設使用料 should be the largest in {era(y)}")
    # (d): 合計 adds up; 見直し within 影響 within 回答; the totals equal the two firm sizes of the prose
    d = t[D]
    adds_up(D, ("回答企業数（社）", "影響を受けた企業（社）", "調達先を見直した企業（社）"))
    if any(not r["調達先を見直した企業（社）"] <= r["影響を受けた企業（社）"] <= r["回答企業数（社）"] for r in d.values()):
        errors.append(f"{D}: counts out of order")
    if d["合計"]["回答企業数（社）"] != sum(s[1] for s in SIZES) or d["合計"]["影響を受けた企業（社）"] != sum(s[2] for s in SIZES):
        errors.append(f"{D}: 合計 differs from the firm sizes")
    # (e): 増減 is the difference; the firms row equals (d); no effect above the firms affected
    e = t[E]
    y5, y6 = (f"{era(y)}調査" for y in SURVEY_YEARS)
    for row, r in e.items():
        if r["増減"] != r[y6] - r[y5]:
            errors.append(f"{E} / {row}: 増減 is not {y6} − {y5}")
        if row != "影響を受けた企業" and (r[y5] > e["影響を受けた企業"][y5] or r[y6] > e["影響を受けた企業"][y6]):
            errors.append(f"{E} / {row}: more firms than those affected")
    if e["影響を受けた企業"][y6] != d["合計"]["影響を受けた企業（社）"]:
        errors.append(f"{E}: the firms affected differ from {D}")
    # (f): the per cents come from the counts; the ｎ and the 調達先の見直し count come from (d)
    n_all, n_s, n_l = affected(), SIZES[0][2], SIZES[1][2]
    if n_all != d["合計"]["影響を受けた企業（社）"] or n_s + n_l != n_all:
        errors.append(f"{F}: the ｎ differ from {D}")
    for name, a, bb in MEASURES:
        r = t[F][name]
        if tuple(Decimal(str(r[k])) for k in ("全体", "中小企業", "大企業")) != (pct1(a + bb, n_all), pct1(a, n_s), pct1(bb, n_l)):
            errors.append(f"{F} / {name}: per cents differ from the counts")
    rev = next((a + bb for name, a, bb in MEASURES if name == "調達先の見直し"), None)
    if rev != d["合計"]["調達先を見直した企業（社）"]:
        errors.append(f"{F}: 調達先の見直し differs from {D}'s 調達先を見直した企業")
    # (g): fees grow with the time; the other users pay twice, the users from outside four times
    g_ = t[G]
    for col in USER_TYPES:
        vals = [g_[r][col] for r, *_x in FEES if col in g_[r]]
        if vals != sorted(set(vals)):
            errors.append(f"{G}: {col} should grow with the time")
    for row, r in g_.items():
        if r[USER_TYPES[1]] != 2 * r[USER_TYPES[0]] or (USER_TYPES[2] in r and r[USER_TYPES[2]] != 4 * r[USER_TYPES[0]]):
            errors.append(f"{G} / {row}: the fees are not 1 : 2 : 4")
    # (h): 合計 adds up; its 機器の利用 + 受託試作 equal (i)'s 令和６年度 合計
    adds_up(H, USE_COLS)
    adds_up(I, [era(y) for y in DB_YEARS])
    if t[H]["合計"][USE_COLS[0]] + t[H]["合計"][USE_COLS[1]] != t[I]["合計"][era(DB_YEARS[-1])]:
        errors.append(f"{H}: 機器の利用 + 受託試作 differ from {I}'s {era(DB_YEARS[-1])}")
    for row, r in t[I].items():
        vals = [r[era(y)] for y in DB_YEARS]
        if vals != sorted(set(vals)):
            errors.append(f"{I} / {row}: uses should grow every year")
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
        on = [i + 1 for i, p in enumerate(pages[RISK_PDF]) if header in norm(p)]
        if ind.repeat_header or on != bp[:1]:
            errors.append(f"{D}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[1]}
        if not 2 <= len(first) <= 7:
            errors.append(f"{D}: {len(first)} rows before the page break, expected 2-7")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{D}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("建設業、運輸業、サービス業等") not in norm(pages[RISK_PDF][bp[1] - 1]):
            errors.append(f"{D}: note ※２ should follow the table on the continuation page")
    for key, spec in specs.items():
        if key == "industries":
            continue
        tp = {g["page"] for g in gold if g["table"] == spec.title}
        if len(tp) != 1:
            errors.append(f"{spec.title} is on pages {sorted(tp)}, expected one page")
    if specs["measures"].ruled or not all(s.ruled for k, s in specs.items() if k != "measures"):
        errors.append(f"only {F} must be drawn without ruling lines")
    # 「－」 cells: printed exactly where the data has none, and no gold cell for them
    for key, where in (("rates", ("現地での据付け・試運転", "上限額（万円）／継続実証")),
                       ("fees", ("６時間超８時間以内", "県外の事業者（円）"))):
        spec = specs[key]
        dashes = [(r[spec.label_col], spec.column_label(c)) for r in spec.rows for c in spec.value_cols if r[c] == DASH]
        if dashes != [where] or any((g["row"], g["column"]) == where for g in gold if g["table"] == spec.title):
            errors.append(f"{spec.title}: expected one 「－」 cell at {where} and no gold cell for it, got {dashes}")
        cells = sum(len(spec.value_cols) for _r in spec.rows) - 1
        if sum(g["table"] == spec.title for g in gold) != cells:
            errors.append(f"{spec.title}: expected {cells} gold cells")
    # (a): two header rows, three spans, group／leaf columns; the two groups have different leaves
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = [f"補助率（％）／{x}" for x in RATE_SIZES] + [f"上限額（万円）／{x}" for x in CAP_WINDOWS]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "万円"}:
        errors.append(f"{A}: units should come from the header groups")
    # (b): years as rows; each 申請件数 and 採択件数 cell gives a count and its bracketed sub-count
    bg = [g for g in gold if g["table"] == B]
    if [g["fiscal_year"] for g in bg][::6] != [y for y, *_x in RECORD]:
        errors.append(f"{B}: expected years as rows")
    subs = [g for g in bg if g["column"].endswith(GROUP_SEP + SUB_NAME)]
    if len(subs) != 2 * len(RECORD) or any(not re.fullmatch(r"[^（）]+（[^（）]+）", r[c])
                                           for r in specs["record"].rows for c in (1, 2)):
        errors.append(f"{B}: expected a bracketed sub-count in every 申請件数 and 採択件数 cell")
    # (c): the unit on its own line at the table's top right, not in the caption
    raw = "\n".join(pages[JISSHO_PDF]).splitlines()
    cap = [i for i, x in enumerate(raw) if C in x and "○" in x]
    if len(cap) != 1 or "単位" in raw[cap[0]] or norm(raw[cap[0] + 1]) != norm(specs["grants"].unit_above) \
            or {g["unit"] for g in gold if g["table"] == C} != {"千円"}:
        errors.append(f"{C}: expected the unit （単位：千円） on the line after the caption")
    # (e): survey years as columns and a 増減 column with ▲ for decreases, covering the two years
    eg = [g for g in gold if g["table"] == E]
    inc = [g for g in eg if g["column"] == "増減"]
    if not inc or any(g["fiscal_year"] is not None or g["fiscal_year_range"] != list(SURVEY_YEARS) for g in inc) \
            or any(g["value"].startswith(MINUS) != (g["number"] < 0) for g in inc) \
            or not any(g["number"] < 0 for g in inc) or not any(g["number"] == 0 for g in inc) \
            or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in eg if g["column"] != "増減"):
        errors.append(f"{E}: expected a 増減 column with ▲ for decreases and the survey years as columns")
    if any(g["fiscal_year_range"] is not None for g in gold if g["table"] != E or g["column"] != "増減"):
        errors.append("only the 増減 column of (e) may have a fiscal_year_range")
    # (g): time brackets as row labels
    if [r[0] for r in specs["fees"].rows] != [n for n, *_x in FEES] \
            or not all(re.fullmatch(r"([１-９]時間超)?[１-９]時間以内", r[0]) for r in specs["fees"].rows):
        errors.append(f"{G}: expected time brackets as row labels")
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
        got = re.findall(r"099-66\d-\d{4}", text)
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
    ct = norm("\n".join(pages[JISSHO_PDF]))
    siblings(ct, JISSHO_PDF, ("実証先：", "実証の内容：", "補助金の額："), [c[0] for c in JISSHO_CASES])
    if norm(f"延べ{sum(r[3] for r in RECORD)}件、{sum(r[6] for r in RECORD):,}万円") not in ct:
        errors.append("call: the totals in the prose differ from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[3]}件を採択しました（うち継続実証{fw(last[4])}件）。"
            f"採択した事業者のうち{fw(last[5])}件が、実証の後に実証先等からの受注に至りました") not in ct:
        errors.append("call: the 令和６年度 figures in the prose differ from (b)")
    rates = {r[0]: r for r in RATES}
    for head, where, _what, amount, items in JISSHO_CASES:
        cont = where.endswith("（継続実証）")
        cap = FIRM_CAP_CONT if cont else FIRM_CAP
        caps = [rates[x][4 if cont else 3] for x in items]
        if None in caps or int(amount.rstrip("万円")) > min(cap, sum(caps)):
            errors.append(f"call: case {head} exceeds its caps")
        if not (cont or where.endswith("（新規実証）")):
            errors.append(f"call: case {head} names no window")
    if re.findall(r"20\d\d年", ct) != ["2020年"]:
        errors.append("call: only 2020年度 should be printed in Western form")
    defs(ct, ("海外現地実証", "実証先", "小規模企業者", "継続実証"), "call")
    for x in EXCLUDED:
        if norm(x) not in ct:
            errors.append(f"call: the cost not covered {x} is missing")
    bullets_in(JISSHO_PDF, len(EXCLUDED), "call")
    raw = "\n".join(pages[JISSHO_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("call: expected three Ｑ lines and three Ａ lines")
    steps_of(JISSHO_PDF, "①②③④⑤⑥⑦", "call")
    contacts(JISSHO_PDF, list(JISSHO_PHONES), [JISSHO_MAIL], "call")

    # ---- the survey of geopolitical risks
    rt = norm("\n".join(pages[RISK_PDF]))
    siblings(rt, RISK_PDF, ("受けた影響：", "主な対応：", "今後の課題："), [c[0] for c in RISK_CASES])
    total, n = respondents(), affected()
    if norm(f"{total}社（回答率{pct1(total, TARGET)}％") not in rt \
            or norm(f"回答企業{total}社のうち{n}社（{pct1(n, total)}％）で、前年度の調査より{n - EFFECTS[0][1]}社増えた") not in rt:
        errors.append("survey: the response and effect figures in the prose differ from (d) and (e)")
    eff = effect_rows()
    changes = {name: b - a for name, a, b in eff[1:]}
    if max(changes, key=changes.get) != "輸送の遅れ・運賃の上昇" or changes["原材料・部品の調達難"] >= 0:
        errors.append("survey: 「輸送の遅れ・運賃の上昇が大きく増え、原材料・部品の調達難は減った」 does not hold")
    top = sorted(INDUSTRIES, key=lambda r: -r[2])[0][0], sorted(INDUSTRIES, key=lambda r: -r[3])[0][0]
    if top != ("機械", "機械"):
        errors.append("survey: 「機械が…ともに最も多い」 does not hold")
    (s_name, s_n, s_t), (l_name, l_n, l_t) = SIZES
    if norm(f"大企業は{l_n}社のうち{l_t}社") not in rt or norm(f"中小企業は{s_n}社のうち{s_t}社") not in rt:
        errors.append("survey: the firm sizes in the prose differ from the data")
    tops = [max(MEASURES, key=lambda r, k=k: (r[1] + r[2]) / n if k == 0 else r[k] / (s_t if k == 1 else l_t))[0]
            for k in (0, 1, 2)]
    second = sorted(MEASURES, key=lambda r: -(r[1] + r[2]))[1][0]
    if tops != ["販売価格への転嫁", "販売価格への転嫁", "調達先の見直し"] or second != "在庫の積み増し" \
            or [m[0] for m in MEASURES].index(second) == 1:
        errors.append("survey: the tops of (f) in the prose, or its second (not printed second), do not hold")
    if re.findall(r"20\d\d年", rt) != ["2024年"]:
        errors.append("survey: only 2024年 (調査基準日) should be printed in Western form")
    defs(rt, ("地政学リスク", "影響を受けた企業", "調達先の見直し", "中小企業"), "survey")
    bullets_in(RISK_PDF, 3, "survey")
    steps_of(RISK_PDF, "①②③④", "survey")
    contacts(RISK_PDF, ["099-664-2710", "099-664-2719", "099-664-2800"], ["kunugi-senryaku@example.jp"], "survey")

    # ---- the pilot-kitchen guide
    lt = norm("\n".join(pages[LAB_PDF]))
    siblings(lt, LAB_PDF, ("内容：", "受付時間：", "申込方法："), [k[0] for k in KINDS])
    tot = [sum(r[j] for r in USES) for j in (1, 2, 3)]
    if norm(f"機器の利用{tot[0]}件、受託試作{tot[1]}件、技術相談{tot[2]}件") not in lt:
        errors.append("guide: the use figures in the prose differ from (h)")
    if sorted(USES, key=lambda r: -sum(r[1:]))[0][0] != "水産加工業" or REGISTERED > sum(tot):
        errors.append("guide: 「水産加工業が最も多く」 does not hold, or more users than uses")
    m_first, m_last = sum(r[1] for r in MACHINES), sum(r[3] for r in MACHINES)
    if norm(f"令和６年度に{m_last:,}件となり、令和４年度の{m_first:,}件から") not in lt:
        errors.append("guide: the machine figures in the prose differ from (i)")
    if norm("備える" + "、".join(m[0] for m in MACHINES[:-1]) + "及び" + MACHINES[-1][0] + "をいいます") not in lt:
        errors.append("guide: the 試作機器 definition should list the rows of (i)")
    if re.findall(r"20\d\d年", lt):
        errors.append("guide: no Western year should be printed")
    defs(lt, ("試作機器", "受託試作", "県内中小企業等"), "guide")
    bullets_in(LAB_PDF, 4, "guide")
    steps_of(LAB_PDF, "①②③④⑤", "guide")
    contacts(LAB_PDF, list(LAB_PHONES), [LAB_MAIL], "guide")
    # every phone number of the set is fictional (099-66x-xxxx), every mail address under example.jp
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
