"""Build the 椙県 held-out set 90: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (椙県 and every town, scheme, organisation, company, phone number,
address and figure). The documents are in three genres the earlier sets do not use: a grant
guideline (交付要綱, articles 第１条–第８条 with 附則, a 別表 and six （参考） parts) for a subsidy
towards toy and doll makers' overseas expansion (県産玩具・人形海外展開支援補助金: toy-safety tests
such as EN71 / ASTM F963, CE marking, trade fairs abroad, translated packaging and manuals,
foreign-language catalogues) with a two-level header whose groups are the product classes
(玩具 / 人形) and whose leaves, printed over two lines, are the rate and the cap, a yearly record
(years as rows, a 「－」 cell) and a KPI table; the report (報告書) of a survey of the prefecture's
shoe and bag makers on their exports (靴・かばん製造業の輸出実態調査) with the respondents and
exporters by product (a table continued over a page break without its header), the exports by
destination over two fiscal years with a 増減 column (▲ for decreases) and an unruled table of
the issues; and the user guide (利用案内) of a prefectural desk helping small firms with the visa
and residence papers for inviting foreign trainees (外国人研修生招へい手続支援デスク) with the fees by
kind of invitation (a 「－」 cell, a half fee for small firms), the uses by the trainees' country
with a total column on the right and the desk's record (years as rows); see README.md beside
this file.

    python make_heldout90.py [OUTPUT_DIR]          # default: this file's directory

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

GANGU_PDF = "sugi_gangu_ningyo_kaigai_hojokin_kofu_yoko_r7.pdf"
KUTSU_PDF = "sugi_kutsu_kaban_yushutsu_jittai_chosa_r6.pdf"
SHOHEI_PDF = "sugi_kenshusei_shohei_tetsuzuki_desk_riyo_annai_r7.pdf"
ALL_PDFS = (GANGU_PDF, KUTSU_PDF, SHOHEI_PDF)

UNITS = ("百万円", "千円", "万円", "円", "件", "人", "者", "品目", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_RE = r"099-94\d-\d{4}"  # every phone number of the set: 099-94x-xxxx
MAIL_DOMAIN = "@example.jp"
DASH = "－"  # a cell with no figure (each one explained by a note)


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
    m = re.search(r"（([^（）]+)）$", label(text))
    return nfkc(m.group(1)) if m else None


def half_up(x: Decimal, q: str) -> Decimal:
    return x.quantize(Decimal(q), ROUND_HALF_UP)


def pct1(k: int, n: int) -> Decimal:
    """k / n in per cent with one decimal, rounded half up."""
    return half_up(Decimal(k * 100) / Decimal(n), "0.1")


def pct0(k: int, n: int) -> int:
    """k / n in whole per cent, rounded half up (note ※５ of the guideline)."""
    return int(half_up(Decimal(k * 100) / Decimal(n), "1"))


def cell(x) -> str:
    """A table cell: None as 「－」, an int as docgen prints it (single digits full-width), a
    Decimal with one decimal."""
    if x is None:
        return DASH
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def signed(n: int) -> str:
    """A 増減 cell: a decrease with a leading ▲."""
    return f"▲{fw(-n)}" if n < 0 else fw(n)


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf, optional columns that
    cover a range of fiscal years (a 増減 column), and 「－」 cells that are no gold cells."""

    col_range: dict | None = None  # {col: [first, last]} for columns comparing several fiscal years

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
            if value == DASH:  # no figure: no gold cell
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


ARTICLE = pstyle("article", left=docgen.EM, first=-docgen.EM)  # 第１条（趣旨）　… with a hanging indent
CLAUSE = pstyle("clause", left=docgen.EM, first=-docgen.EM)  # ２　… (a later clause of an article)
ITEM = pstyle("item", left=3 * docgen.EM, first=-docgen.EM)  # 一　… (an item of an article)


def article(n: int, head: str, text: str):
    return P(f"第{fw(n)}条（{head}）　{text}", ARTICLE)


PREF = "椙県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: toy and doll subsidy, grant guideline
GANGU = f"{PREF}産玩具・人形海外展開支援補助金"
GANGU_DEPT = f"{PREF} 商工労働部 地場産業課"
ZAIDAN = f"公益財団法人{PREF}産業振興財団"
CLASSES = ("玩具", "人形")  # the groups of the two-level header
RATES = [  # 経費区分; 玩具: 補助率（％）, 上限額（千円）; 人形: 補助率（％）, 上限額（千円） (None = 「－」, note ※２)
    ("玩具安全試験", 50, 600, 50, 300),
    ("ＣＥマーキングの適合手続", 50, 400, None, None),
    ("海外見本市への出展", 50, 1000, 60, 1200),
    ("包装・取扱説明書の翻訳", 75, 200, 75, 100),
    ("外国語カタログの制作", 50, 300, 60, 300),
]
FIRM_CAP_MAN = 250  # 第５条: 万円 per firm and fiscal year (the table is in 千円)
FAIR_FACTOR = Decimal("1.5")  # 第５条第２項: a 小規模企業者's cap for trade fairs
TEST_ITEMS = 3  # note ※３: tests of at most three 品目 a year
TESTS_FROM = 2021  # note ※４: toy-safety tests covered from 令和３年度
RECORD = [  # 年度, 申請件数, 交付件数, うち人形, 試験品目数 (None = 「－」), 交付額（千円）
    (2020, 9, 6, 2, None, 4380), (2021, 12, 8, 3, 5, 7260), (2022, 15, 10, 3, 9, 9840),
    (2023, 18, 11, 4, 12, 11930), (2024, 21, 13, 5, 14, 14570),
]
KPIS = [  # 指標（単位）, 目標, 実績 (令和６年度); 達成率 = 実績 / 目標, whole per cent, half up (note ※５)
    ("海外見本市での商談件数（件）", 120, 138),
    ("新たに輸出を始めた事業者（者）", 8, 6),
    ("玩具安全試験に適合した品目（品目）", 12, 13),
    ("補助事業者の輸出額（万円）", 6000, 5310),
]
GANGU_CASES = [  # 見出し, 輸出先, 活用した経費, 補助金の額 (same labels in every sibling section); class, cost items
    ("木製玩具製造業Ａ社（椙市）", "ドイツ", "EN71の玩具安全試験（２品目）とＣＥマーキングの適合手続", "84万円",
     "玩具", (("玩具安全試験", 2), ("ＣＥマーキングの適合手続", 1))),
    ("節句人形製造業Ｂ社（白砂市）", "台湾", "台北の見本市への出展と中国語のカタログの制作", "126万円",
     "人形", (("海外見本市への出展", 1), ("外国語カタログの制作", 1))),
    ("ぬいぐるみ製造業Ｃ社（雁来町）", "米国", "ASTM F963の玩具安全試験（１品目）と英語の取扱説明書の翻訳", "52万円",
     "玩具", (("玩具安全試験", 1), ("包装・取扱説明書の翻訳", 1))),
]
EXCLUDED = [  # 第６条: the costs not covered, items 一–四
    "製品の製造、改良又は材料の仕入れに要する経費",
    "輸出先の国・地域で納める関税及び付加価値税等",
    "試験に不合格となった製品の再試験に要する経費",
    "交付決定の日より前に発注し、又は支払った経費",
]
KANJI_NUM = "一二三四五六七八九"


def gangu_specs():
    rates = TableSpec(
        key="rates", doc=GANGU_PDF, title="製品区分別の補助率と上限額",
        header=[["経費区分", "玩具", "", "人形", ""],
                ["", "補助率\n（％）", "上限額\n（千円）", "補助率\n（％）", "上限額\n（千円）"]],
        rows=[[n, cell(a), cell(b), cell(c), cell(d)] for n, a, b, c, d in RATES],
        col_widths=[62 * mm, 24 * mm, 24 * mm, 24 * mm, 24 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[1])
    record = TableSpec(
        key="record", doc=GANGU_PDF, title="年度別の交付実績",
        header=[["年度", "申請件数（件）", "交付件数（件）", "うち人形（件）", "試験品目数（品目）", "交付額（千円）"]],
        rows=[[era(y), fw(a), fw(g), fw(d), cell(t), fw(m)] for y, a, g, d, t, m in RECORD],
        col_widths=[24 * mm, 27 * mm, 27 * mm, 26 * mm, 32 * mm, 27 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    kpis = TableSpec(
        key="kpis", doc=GANGU_PDF, title="成果指標の目標と実績",
        header=[["指標", "目標", "実績", "達成率（％）"]],
        rows=[[n, fw(t), fw(a), fw(pct0(a, t))] for n, t, a in KPIS],
        col_widths=[70 * mm, 26 * mm, 26 * mm, 30 * mm], table_fy=2024,
    )
    kpis.unit = lambda row, c: "%" if c == 3 else bracket_unit(row[0])
    return rates, record, kpis


def record_totals():
    return sum(r[2] for r in RECORD), sum(r[5] for r in RECORD)


def gangu_story(specs):
    rates, record, kpis = specs
    n_all, amt_all = record_totals()
    last = RECORD[-1]
    met = sum(pct0(a, t) >= 100 for _n, t, a in KPIS)
    st = [P(f"{GANGU}交付要綱", TITLE),
          P("令和７年４月１日施行", DATE_RIGHT), P(GANGU_DEPT, DATE_RIGHT), Spacer(1, 1 * mm)]
    st += [article(1, "趣旨", f"この要綱は、県内の玩具・人形製造事業者の海外での販路開拓を支援するため、{GANGU}（以下「補助金」という。）の交付に関し必要な事項を定めるものとする。")]
    st += [article(2, "定義", "この要綱において「県産玩具・人形」とは、県内の事業所で製造し、又は仕上げた玩具及び人形をいう。"),
           P("２　この要綱において「玩具」とは、14歳未満の子どもが遊ぶために設計され、又は意図された製品をいい、ぬいぐるみ及び子ども向けの抱き人形を含む。", CLAUSE),
           P("３　この要綱において「人形」とは、節句人形、市松人形、木目込人形、こけしその他の観賞用の人形であって、玩具に当たらないものをいう。", CLAUSE),
           P("４　この要綱において「玩具安全試験」とは、EN71（欧州の玩具安全規格）、ASTM F963（米国の玩具安全規格）その他輸出先の国・地域の製品の安全に関する規格への適合を確かめるために、試験機関が行う試験をいう。", CLAUSE),
           P("５　この要綱において「小規模企業者」とは、常時使用する従業員の数が20人以下の中小企業者をいう。", CLAUSE)]
    st += [article(3, "補助対象者", "補助金の交付の対象となる者は、次の各号のいずれにも該当する中小企業者とする。"),
           P("一　県内に本社又は主たる事業所を有すること。", ITEM),
           P("二　県産玩具・人形を製造し、その海外での販売に取り組もうとしていること。", ITEM)]
    st += [article(4, "補助対象経費等", "補助の対象となる経費（以下「補助対象経費」という。）、補助率及び上限額は、別表のとおりとする。")]
    st += [article(5, "補助金の額", f"補助金の額は、経費区分ごとに補助対象経費に別表の補助率を乗じて得た額と別表の上限額のいずれか低い額の合計額とし、１事業者当たり１年度につき{FIRM_CAP_MAN}万円を限度とする。この場合において、千円未満の端数は切り捨てる。"),
           P(f"２　小規模企業者が海外見本市への出展を行う場合の上限額は、前項の規定にかかわらず、別表の額に{FAIR_FACTOR}を乗じて得た額とする。", CLAUSE)]
    st += [article(6, "補助対象外経費", "次に掲げる経費は、補助対象経費としない。")]
    st += [P(f"{KANJI_NUM[i]}　{x}", ITEM) for i, x in enumerate(EXCLUDED)]
    st += [article(7, "交付の申請", "補助金の交付の申請は、募集期間内に、交付申請書（様式第１号）により行うものとする。")]
    st += [article(8, "実績報告", "補助事業者は、補助事業が完了した日から30日以内又は令和８年３月10日のいずれか早い日までに、実績報告書（様式第５号）を知事に提出しなければならない。")]
    st += [P("附　則", H2), P(f"{INDENT}この要綱は、令和７年４月１日から施行する。", indented(0))]
    st += [P("別表（第４条関係）", H1)]
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「玩具」と「人形」の欄は、製品の区分（第２条第２項及び第３項）によって適用する。",
        "※２ 人形はＣＥマーキングの対象とならないため、人形の同欄は「－」とし、補助の対象としない。",
        f"※３ 玩具安全試験の上限額は１品目当たりの額とし、１事業者１年度当たり{fw(TEST_ITEMS)}品目までを対象とする。",
    ])
    st += [P("（参考１）令和７年度の募集", H1)]
    st += lv_lines([
        ("補助金の名称", GANGU),
        ("募集期間", "令和７年５月12日から６月20日まで（必着）"),
        ("予算額", "2,000万円"),
        ("採択予定件数", "12件程度"),
        ("補助事業期間", "交付決定の日から令和８年２月27日まで"),
    ], 0)
    st += [P("（参考２）申請から交付までの流れ", H1)]
    st += numbered([
        f"① 事前相談（{ZAIDAN} 海外展開支援室へ）",
        "② 交付申請書の提出（募集期間内に、事業計画書と見積書を添えて提出）",
        "③ 審査（書類審査と面談、令和７年７月上旬）",
        "④ 交付決定の通知（令和７年７月下旬）",
        "⑤ 補助事業の実施（令和８年２月27日までに完了すること）",
        "⑥ 実績報告（完了から30日以内。遅くとも令和８年３月10日まで）",
        "⑦ 補助金の額の確定と支払（令和８年３月下旬）",
    ], 0)
    st += [P("（参考３）これまでの交付実績", H1)]
    st += paras(f"""
制度を設けた令和２年度（2020年度）から令和６年度までに、延べ{n_all}件、{amt_all:,}千円を交付した。令和６年度は{last[1]}件の申請に対し{last[2]}件に交付し、うち人形は{fw(last[3])}件であった。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += notes([f"※４ 玩具安全試験は{era(TESTS_FROM)}から補助の対象としたため、令和２年度の試験品目数は「－」としている。"])
    st += [P("（参考４）成果指標", H1)]
    st += paras(f"令和６年度は、{fw(len(KPIS))}つの指標のうち{fw(met)}つで目標を達成した。", 0)
    st += [caption(kpis.title, "（令和６年度）"), kpis.flowable(), Spacer(1, 2)]
    st += notes(["※５ 達成率は、実績を目標で除して100を乗じ、小数点以下を四捨五入したものである。"])
    st += [P("（参考５）活用事例（令和６年度）", H1)]
    for i, (head, where, what, amount, _cls, _items) in enumerate(GANGU_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("輸出先", where), ("活用した経費", what), ("補助金の額", amount)], 1)
    st += [P("（参考６）よくある質問", H1)]
    qa = [
        ("海外のオンライン見本市への出展も対象になりますか。",
         "対象になります。ただし、出展料と出展のための映像の制作費に限ります。"),
        ("前年度に交付を受けた事業者も申請できますか。",
         "申請できます。ただし、審査では、初めて申請する事業者を優先します。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{GANGU_DEPT} 産地振興班　電話：099-941-2630　ファクス：099-941-2639",
        f"{ZAIDAN} 海外展開支援室（事前相談）　電話：099-941-2700",
        "電子メール：sugi-gangu@example.jp",
    ]))
    return st


# ================================================================ document 2: shoe and bag makers' exports, survey report
KUTSU = f"{PREF}靴・かばん製造業の輸出実態調査"
KUTSU_DEPT = f"{PREF} 商工労働部 ものづくり振興課"
KOGYOKAI = f"一般社団法人{PREF}靴・かばん工業会"
TARGET = 480  # 調査対象の事業者
PRODUCTS = [  # 製品, 回答事業者数（者）, 輸出事業者数（者）, うち直接輸出（者）, 輸出額（百万円） (令和５年度)
    ("紳士靴", 38, 14, 6, 412), ("婦人靴", 45, 17, 8, 538), ("子ども靴", 21, 6, 2, 96),
    ("作業靴・安全靴", 24, 5, 1, 143), ("運動靴", 17, 8, 5, 327), ("ハンドバッグ", 36, 15, 9, 466),
    ("ビジネスバッグ", 29, 11, 5, 289), ("ランドセル", 14, 7, 3, 175), ("財布・革小物", 33, 12, 7, 204),
    ("旅行かばん", 16, 4, 2, 118), ("その他", 19, 3, 1, 37),
]
SHOES = ("紳士靴", "婦人靴", "子ども靴", "作業靴・安全靴", "運動靴")  # note ※１: 「靴」
BAGS = ("ハンドバッグ", "ビジネスバッグ", "ランドセル", "財布・革小物", "旅行かばん")  # note ※１: 「かばん」
DESTS = [  # 輸出先, 令和４年度, 令和５年度 (百万円)
    ("中国", 512, 438), ("香港", 276, 291), ("台湾", 344, 402), ("韓国", 198, 187),
    ("ＡＳＥＡＮ", 241, 318), ("米国", 486, 553), ("ＥＵ", 371, 396), ("その他", 199, 220),
]
DEST_YEARS = (2022, 2023)
ISSUES = [  # 輸出上の課題, 回答数: 靴, かばん, その他 (複数回答, of the exporters)
    ("海外の取引先・バイヤーの開拓", 31, 27, 2),
    ("輸出先の規制・表示への対応", 18, 22, 1),
    ("サイズ規格の違いへの対応", 24, 3, 0),
    ("為替の変動", 15, 14, 1),
    ("原材料（皮革）の価格上昇", 20, 21, 1),
    ("物流費の上昇", 12, 16, 0),
]
SIZES = (187, 82, 23)  # respondents by employees: 20人以下, 21–100人, 101人以上 (prose only)
CROSS_BORDER_EC = 23  # exporters selling to consumers abroad through 越境ＥＣ (prose only)
WANT_TO_START = 41  # non-exporters who want to start within three years (prose only)
STOPPED = 9  # exported in 令和４年度 but not in 令和５年度 (prose only)
KUTSU_CASES = [  # 見出し, 主な輸出先, 輸出の方法, 工夫していること (same labels in every sibling section)
    ("紳士靴製造業Ｄ社（椙市）", "台湾、香港", "直接輸出（現地の靴店との取引）", "現地の足型に合わせて、幅の広い木型を新たに作った"),
    ("ランドセル製造業Ｅ社（白砂市）", "米国、台湾", "越境ＥＣによる直接販売", "色と刺しゅうを選べる受注生産とし、英語と中国語の動画で使い方を紹介している"),
    ("ハンドバッグ製造業Ｆ社（雁来町）", "フランス、イタリア", "間接輸出（東京の商社を通じた販売）", "欧州の表示の規則に合わせ、革の産地と素材を英語で表示している"),
]


def respondents() -> int:
    return sum(r[1] for r in PRODUCTS)


def exporters() -> int:
    return sum(r[2] for r in PRODUCTS)


def group_exporters() -> tuple[int, int, int]:
    """輸出事業者: all, 靴, かばん (the ｎ of the unruled table)."""
    p = {r[0]: r for r in PRODUCTS}
    return exporters(), sum(p[x][2] for x in SHOES), sum(p[x][2] for x in BAGS)


def group_shares():
    """(respondents, exporters) of the shoe makers and of the bag makers (prose)."""
    p = {r[0]: r for r in PRODUCTS}
    return tuple((sum(p[x][1] for x in g), sum(p[x][2] for x in g)) for g in (SHOES, BAGS))


def kutsu_specs():
    rows = [[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in PRODUCTS]
    rows.append(["合計"] + [fw(sum(r[j] for r in PRODUCTS)) for j in (1, 2, 3, 4)])
    products = TableSpec(
        key="products", doc=KUTSU_PDF, title="製品別の回答事業者と輸出の状況",
        header=[["製品", "回答\n事業者数（者）", "輸出\n事業者数（者）", "うち直接\n輸出（者）", "輸出額\n（百万円）"]],
        rows=rows, col_widths=[44 * mm, 30 * mm, 30 * mm, 28 * mm, 28 * mm], table_fy=2023, repeat_header=False,
    )
    products.unit = lambda row, c, s=products: bracket_unit(s.column_label(c))
    n_all, n_s, n_b = group_exporters()
    issues = TableSpec(
        key="issues", doc=KUTSU_PDF, title="輸出上の課題（複数回答）",
        header=[["輸出上の課題", "全体", "靴", "かばん"]],
        rows=[[x, cell(pct1(s + b + o, n_all)), cell(pct1(s, n_s)), cell(pct1(b, n_b))] for x, s, b, o in ISSUES],
        col_widths=[70 * mm, 26 * mm, 26 * mm, 26 * mm], ruled=False, unit="%", table_fy=2024,
    )
    drows = [[d, fw(a), fw(b), signed(b - a)] for d, a, b in DESTS]
    ta, tb = sum(r[1] for r in DESTS), sum(r[2] for r in DESTS)
    drows.append(["合計", fw(ta), fw(tb), signed(tb - ta)])
    dests = TableSpec(
        key="dests", doc=KUTSU_PDF, title="輸出先別の輸出額",
        header=[["輸出先"] + [era(y) for y in DEST_YEARS] + ["増減"]],
        rows=drows, col_widths=[44 * mm, 32 * mm, 32 * mm, 32 * mm], unit="百万円",
    )
    dests.col_range = {3: list(DEST_YEARS)}
    return products, dests, issues


def kutsu_story(specs):
    products, dests, issues = specs
    total, n = respondents(), exporters()
    direct = sum(r[3] for r in PRODUCTS)
    ta, tb = sum(r[1] for r in DESTS), sum(r[2] for r in DESTS)
    n_all, n_s, n_b = group_exporters()
    (r_s, g_s), (r_b, g_b) = group_shares()
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{KUTSU} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年２月", DATE_RIGHT), P(KUTSU_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県内の靴・かばん製造業の輸出の実態と課題を把握し、今後の支援策に生かすため"),
        ("調査対象", f"県内の靴・かばん製造事業者 {TARGET}者（工業会の会員名簿等による）"),
        ("調査基準日", "令和６年（2024年）８月１日"),
        ("調査期間", "令和６年８月５日から９月13日まで"),
        ("調査方法", "郵送及びウェブによるアンケート"),
        ("調査項目", "輸出の有無、製品別及び輸出先別の輸出額、輸出の方法、輸出上の課題並びに県への要望"),
        ("回答数", f"{total}者（回答率{pct1(total, TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「輸出事業者」とは、令和５年度中に自社の製品を直接又は間接に海外に販売した事業者をいう。「直接輸出」とは、自社が輸出者となって海外の取引先又は消費者に販売することをいい、「間接輸出」とは、国内の商社、卸売業者等を通じて海外に販売することをいう。また、「越境ＥＣ」とは、インターネットの通信販売により海外の消費者に直接販売することをいう。
""", 0)
    st += [P("２　回答事業者と輸出の状況", H1)]
    st += paras(f"""
回答事業者を従業員の規模でみると、20人以下が{SIZES[0]}者、21人から100人までが{SIZES[1]}者、101人以上が{SIZES[2]}者であった。
令和５年度の輸出事業者は、回答事業者{total}者のうち{n}者（{pct1(n, total)}％）であった。このうち直接輸出を行った事業者は{direct}者で、越境ＥＣで海外の消費者に販売している事業者は{CROSS_BORDER_EC}者であった。輸出事業者の割合は、靴の事業者で{pct1(g_s, r_s)}％、かばんの事業者で{pct1(g_b, r_b)}％であった。製品別では、婦人靴が輸出事業者数、輸出額ともに最も多い。また、輸出をしていない{total - n}者のうち{WANT_TO_START}者が「３年以内に輸出を始めたい」と回答した。一方、令和４年度には輸出していたが、令和５年度は輸出しなかった事業者が{fw(STOPPED)}者あった。
""", 0)
    st += [caption(products.title, "（令和５年度）", keep=False), products.flowable(), Spacer(1, 2)]
    st += notes(["※１ 各事業者の主な製品で分類した。「靴」は紳士靴から運動靴までの５品目、「かばん」はハンドバッグから旅行かばんまでの５品目をいう。「その他」は、ベルト、手袋等である。"])
    st += [P("３　輸出先", H1)]
    st += paras(f"""
令和５年度の輸出額の合計は{tb:,}百万円で、令和４年度の{ta:,}百万円から増えた。輸出先別では米国が最も多く、次いで中国、台湾の順であった。中国と韓国向けは前年度より減った。
""", 0)
    st += [caption(dests.title, "（単位：百万円）"), dests.flowable(), Spacer(1, 2)]
    st += notes(["※２ 輸出事業者が回答した令和４年度及び令和５年度の輸出額を、輸出先別に集計した。「▲」は減少を示す。"])
    st += [P("４　事業者の事例", H1)]
    for i, (head, dest, how, idea) in enumerate(KUTSU_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な輸出先", dest), ("輸出の方法", how), ("工夫していること", idea)], 1)
    st += [P("５　輸出上の課題", H1)]
    st += paras("""
全体と、かばんでは「海外の取引先・バイヤーの開拓」が最も多かった。靴でも同じ課題が最も多く、次いで「サイズ規格の違いへの対応」が多い。
""", 0)
    st += [caption(issues.title, "（単位：％）"), issues.flowable(), Spacer(1, 2)]
    st += notes([
        f"※３ 輸出事業者（全体{n_all}者、靴{n_s}者、かばん{n_b}者）が回答した。「全体」には、その他の{fw(n_all - n_s - n_b)}者を含む。複数回答のため、合計は100％にならない。",
    ])
    st += [P("６　県への主な要望（自由記述）", H1)]
    st += bullets([
        "海外の靴のサイズ表示と足型の資料を、国・地域ごとにまとめてほしい。",
        "海外の見本市に県の共同ブースを設けてほしい。",
        "皮革製品の輸出に必要な証明書の取り方を教える講習を開いてほしい。",
    ], 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        f"① {KOGYOKAI}と連携し、海外のサイズ規格の資料集を令和７年度中に作る。",
        "② 海外見本市への出展を支援する制度の対象に、靴・かばんを加えることを検討する。",
        "③ 輸出の手続と証明書に関する講習会を、年２回開く。",
        "④ 次回の調査は、令和８年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KUTSU_DEPT} 調査班　電話：099-944-3120　ファクス：099-944-3129",
        f"{KOGYOKAI}（輸出の相談）　電話：099-944-3300",
        "電子メール：sugi-hikaku@example.jp",
    ]))
    return st


# ================================================================ document 3: trainee-invitation desk, user guide
SHOHEI = f"{PREF}外国人研修生招へい手続支援デスク"
SHOHEI_DEPT = f"{PREF} 国際交流部 国際ビジネス課"
KYOKAI = f"公益財団法人{PREF}国際交流協会"
OPENED = 2022  # the desk opened in 令和４年度 (prose)
SERVICES = [  # 見出し, 支援の内容, 標準の期間, 対象 (same labels in every sibling section)
    ("書類確認", "事業者が作成した招へい理由書、滞在予定表、研修計画書等を点検し、不足や誤りをお知らせします",
     "書類の受領から３営業日以内", "短期招へい及び研修招へい"),
    ("書類作成支援", "聞き取りに基づいて、招へい理由書、研修計画書等の案を作成します",
     "聞き取りの日から10営業日以内", "短期招へい及び研修招へい"),
    ("申請取次", "在留資格認定証明書の交付申請を、デスクの申請取次行政書士が出入国在留管理局に取り次ぎます",
     "書類がそろった日から５営業日以内に申請（入管の審査の期間は含みません）", "研修招へいのみ"),
]
FEES = [  # 支援の種類, 研修招へい（円）, 短期招へい（円） (令和７年度; None = 「－」, note ※１)
    ("書類確認", 4000, 2000), ("書類作成支援", 16000, 8000), ("申請取次", 22000, None),
    ("招へい理由書の英訳", 3000, 3000),
]
COUNTRIES = [  # 研修生の国・地域, 書類確認, 書類作成支援, 申請取次 (令和６年度)
    ("ベトナム", 14, 22, 17), ("中国", 11, 9, 6), ("インドネシア", 6, 12, 10), ("タイ", 9, 7, 4),
    ("フィリピン", 5, 8, 6), ("インド", 3, 4, 2), ("その他", 4, 3, 1),
]
DESK_RECORD = [  # 年度, 相談件数, 利用件数, 利用事業者数, 招へいした研修生（人）
    (2022, 96, 71, 38, 64), (2023, 142, 118, 57, 102), (2024, 201, 163, 74, 139),
]
COE_GRANTED = 41  # of the 申請取次 of 令和６年度, certificates issued by the end of March (prose only)


def shohei_specs():
    fees = TableSpec(
        key="fees", doc=SHOHEI_PDF, title="支援の種類別の料金",
        header=[["支援の種類", "研修招へい（円）", "短期招へい（円）"]],
        rows=[[n, cell(a), cell(b)] for n, a, b in FEES],
        col_widths=[60 * mm, 40 * mm, 40 * mm], table_fy=2025,
    )
    fees.unit = lambda row, c, s=fees: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(c), fw(a + b + c)] for n, a, b, c in COUNTRIES]
    rows.append(["合計"] + [fw(sum(r[j] for r in COUNTRIES)) for j in (1, 2, 3)]
                + [fw(sum(sum(r[1:]) for r in COUNTRIES))])
    countries = TableSpec(
        key="countries", doc=SHOHEI_PDF, title="研修生の国・地域別の利用件数",
        header=[["研修生の国・地域", "書類確認\n（件）", "書類作成\n支援（件）", "申請取次\n（件）", "計（件）"]],
        rows=rows, col_widths=[44 * mm, 28 * mm, 28 * mm, 28 * mm, 26 * mm], table_fy=2024,
    )
    countries.unit = lambda row, c, s=countries: bracket_unit(s.column_label(c))
    record = TableSpec(
        key="desk_record", doc=SHOHEI_PDF, title="利用実績の推移",
        header=[["年度", "相談件数（件）", "利用件数（件）", "利用事業者数（者）", "招へいした研修生（人）"]],
        rows=[[era(y), fw(a), fw(b), fw(c), fw(d)] for y, a, b, c, d in DESK_RECORD],
        col_widths=[26 * mm, 30 * mm, 30 * mm, 34 * mm, 40 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    return fees, countries, record


def shohei_story(specs):
    fees, countries, record = specs
    total = sum(sum(r[1:]) for r in COUNTRIES)
    by_kind = [sum(r[j] for r in COUNTRIES) for j in (1, 2, 3)]
    users = DESK_RECORD[-1][3]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{SHOHEI} 利用案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(SHOHEI_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　デスクの概要", H1)]
    st += paras(f"""
このデスクは、県内の中小企業が海外の取引先や子会社から研修生を招くときの査証（ビザ）や在留資格の手続を支援するため、{era(OPENED)}に開設しました。書類の点検から入管への申請の取次まで、事業者の求めに応じてお手伝いします。
""", 0)
    st += lv_lines([
        ("名称", SHOHEI),
        ("実施主体", PREF),
        ("運営", f"{KYOKAI}（県からの委託）"),
        ("利用できる者", "県内に事業所を有する事業者で、海外の取引先又は子会社等から研修生を受け入れようとするもの"),
        ("受付時間", "平日９時から17時まで（予約制。オンラインの相談もできます）"),
        ("場所", f"{PREF}国際交流会館２階（椙市中央町二丁目８番）"),
    ], 0)
    st += paras("""
この案内において「研修生」とは、海外の取引先、子会社等の職員であって、県内の事業所で技術、技能又は知識を習得するために来日する者をいい、技能実習生を含みません。「短期招へい」とは、工場の見学、講義等を中心とする90日以内の研修のために、短期滞在の査証で研修生を招くことをいいます。「研修招へい」とは、在留資格「研修」の在留資格認定証明書の交付を受けて研修生を招くことをいいます。また、「１件」とは、研修生１人について１種類の支援を行うことをいいます。
""", 0)
    st += [P("２　支援の種類", H1)]
    for i, (head, what, when, whom) in enumerate(SERVICES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("支援の内容", what), ("標準の期間", when), ("対象", whom)], 1)
    st += [P("３　利用料金", H1)]
    st += paras("料金は１件当たりの額で、支援の種類と招へいの方法によって次のとおりです（消費税込み）。", 0)
    st += [caption(fees.title, "（令和７年度）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 短期招へいの査証は、研修生本人が本国の日本大使館等に申請するため、デスクでは申請取次は行いません（「－」）。",
        "※２ 小規模企業者（常時使用する従業員の数が20人以下の中小企業者をいいます。）は、料金を半額とします。",
        "※３ 同じ研修生について書類作成支援を利用した場合は、書類確認の料金はかかりません。",
    ])
    st += [P("４　利用の流れ", H1)]
    st += numbered([
        "① 予約（電話又はウェブの予約フォーム）",
        "② 相談（研修の内容、時期及び人数をお聞きし、招へいの方法をご案内します）",
        "③ 申込みと料金の支払（請求書による銀行振込み）",
        "④ 書類の確認又は作成（２の（１）又は（２））",
        "⑤ 申請（短期招へいは研修生が本国で査証を申請。研修招へいは２の（３）により取次）",
        "⑥ 結果の連絡（在留資格認定証明書が交付されたときは、デスクから原本を研修生に送ります）",
    ], 0)
    st += [P("５　利用の状況", H1)]
    st += paras(f"""
令和６年度の利用件数は{total}件（書類確認{by_kind[0]}件、書類作成支援{by_kind[1]}件、申請取次{by_kind[2]}件）で、{users}事業者が利用しました。申請取次{by_kind[2]}件のうち、令和７年３月末までに在留資格認定証明書が交付されたものは{COE_GRANTED}件です。研修生の国・地域別では、ベトナムが全体の３割を超えています。
""", 0)
    st += [caption(countries.title, "（令和６年度）"), countries.flowable(), Spacer(1, 2)]
    st += notes(["※４ 「その他」は、ミャンマー、ネパール、ブラジル等です。"])
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += [P("６　利用上の注意", H1)]
    st += bullets([
        "デスクは手続を支援するもので、査証や在留資格認定証明書の交付を保証するものではありません。",
        "研修招へいの場合は、研修生の来日予定日の３か月前までにご相談ください。",
        "在留資格「研修」では、報酬を受ける実務の研修は行えません。",
        "技能実習生の受入れに関するご相談は、このデスクの対象外です。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{SHOHEI_DEPT} 人材交流班　電話：099-947-5510　ファクス：099-947-5519",
        f"{SHOHEI}（予約・相談）　電話：099-947-5600",
        "電子メール：sugi-shohei@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return gangu_specs() + kutsu_specs() + shohei_specs()


PREFIX_Q, PREFIX_T = "h90q", "h90t"


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    gspecs, kspecs, sspecs = gangu_specs(), kutsu_specs(), shohei_specs()
    gdoc = build_pdf(docs_dir / GANGU_PDF, gspecs, gangu_story(gspecs),
                     f"{GANGU}交付要綱", "令和７年４月１日", GANGU_DEPT)
    kdoc = build_pdf(docs_dir / KUTSU_PDF, kspecs, kutsu_story(kspecs),
                     f"令和６年度 {KUTSU} 報告書", "令和７年２月", KUTSU_DEPT)
    sdoc = build_pdf(docs_dir / SHOHEI_PDF, sspecs, shohei_story(sspecs),
                     f"令和７年度 {SHOHEI} 利用案内", "令和７年４月", SHOHEI_DEPT)
    gold = all_gold({GANGU_PDF: gdoc.row_pages, KUTSU_PDF: kdoc.row_pages, SHOHEI_PDF: sdoc.row_pages})
    write_jsonl(out / "tables.jsonl", gold)
    pages = extract_pages(docs_dir)
    write_texts(text_dir, pages)
    return gold, pages



# ================================================================ questions
# `absent` (unanswerable only, not written out): terms that must occur in no document, or only in
# no document of `absent_docs` when that is given (a year printed in another document).
# `history` (followups only): the earlier turns of the conversation.
def _turns(*pairs) -> list[dict]:
    out = []
    for user, assistant in zip(pairs[::2], pairs[1::2]):
        out += [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]
    return out


QUESTIONS = [
    # --- gangu: the toy and doll subsidy guideline, tables (a) (b) (c), definitions, articles, steps, cases, Q&A
    dict(question="2025年度の募集で、木のおもちゃを作っている会社がドイツ向けにEN71の試験を受けるそうです。１品目当たりの補助の上限額はいくらですか？",
         category="gangu", doc=GANGU_PDF, evidence=["玩具安全試験 50 600 50 300"], answer=["600"],
         notes="(a) two-level header, leaf 玩具／上限額（千円） (wooden toys are 玩具, 第２条第２項); 300 (人形) and 50 "
               "(the rate) are the traps; the unit 千円 is only in the leaf header; 2025年度 = 令和７年度 (printed "
               "nowhere in Western form)"),
    dict(question="ひな人形を作っている工房が、ヨーロッパへ輸出するためにＣＥマーキングの手続をしたいそうです。この費用は補助の対象になりますか？",
         category="gangu", doc=GANGU_PDF,
         evidence=["節句人形、市松人形、木目込人形", "人形はＣＥマーキングの対象とならない", "補助の対象としない"],
         answer=["補助の対象としない"],
         notes="two facts: ひな人形 is a 節句人形, so 人形 (definition 第２条第３項), and (a) prints 「－」 under 人形 in the "
               "row ＣＥマーキングの適合手続, explained by note ※２ (not covered); the 玩具 cells 50 / 400 are the trap"),
    dict(question="従業員15人の人形メーカーが、パリの見本市に出展するそうです。出展の経費について、補助の上限額はいくらになりますか？",
         category="gangu", doc=GANGU_PDF,
         evidence=["常時使用する従業員の数が20人以下", "海外見本市への出展 50 1,000 60 1,200", "別表の額に1.5を乗じて得た額"],
         answer=["1,800千円"], computed=True,
         notes="three facts: 15人 is within the 20人 of 小規模企業者 (第２条第５項); 第５条第２項 multiplies a small firm's "
               "trade-fair cap by 1.5; (a) leaf 人形／上限額（千円） 1,200 → 1,800千円 (= 180万円, below the firm cap "
               "of 250万円); 1,200 and 1,000 (玩具) are the traps"),
    dict(question="くまのぬいぐるみを米国に輸出したい会社が、４品目についてASTM F963の試験を受けるそうです。試験費用は１品目100万円です。補助金は合わせていくらになりますか？",
         category="gangu", doc=GANGU_PDF,
         evidence=["ぬいぐるみ及び子ども向けの抱き人形を含む", "玩具安全試験 50 600 50 300", "３品目までを対象とする"],
         answer=["150万円"], computed=True,
         notes="three facts: a ぬいぐるみ is a 玩具 (第２条第２項); (a) 玩具 rate 50 % of 1,000千円 = 500千円 per item, "
               "below the cap of 600; note ※３ covers at most three items: 3 × 500 = 1,500千円 = 150万円 (within the "
               "firm cap of 250万円); 200万円 (four items) and 180万円 (the cap) are the traps"),
    dict(question="申請書を出したあと、交付が決まったかどうかの通知はいつごろ届きますか？",
         category="gangu", doc=GANGU_PDF, evidence=["交付決定の通知（令和７年７月下旬）"], answer=["７月下旬"],
         notes="procedure step ④ of （参考２）; the review of step ③ in 令和７年７月上旬 is the near miss"),
    dict(question="令和２年度には、EN71などの玩具の安全試験に何品目の補助をしましたか？",
         category="gangu", doc=GANGU_PDF, evidence=["玩具安全試験は令和３年度から補助の対象とした"],
         answer=["令和３年度から"],
         notes="(b) years as rows: the 令和２年度 cell of 試験品目数（品目） is 「－」, explained by note ※４ (tests covered "
               "only from 令和３年度), so none; ５ (令和３年度) is the trap"),
    dict(question="令和６年度の成果指標のうち、達成率がいちばん低かったのはどの指標ですか？",
         category="gangu", doc=GANGU_PDF, evidence=["新たに輸出を始めた事業者（者） ８ ６ 75"],
         answer=["新たに輸出を始めた事業者"],
         notes="(c) KPI table, column 達成率（％）: 115, 75, 108, 89 → the 75 row (which row); 補助事業者の輸出額 (89) is "
               "the other one below target"),
    dict(question="補助事業者の輸出額は、目標に対して実績がいくら足りませんでしたか？",
         category="gangu", doc=GANGU_PDF, evidence=["補助事業者の輸出額（万円） 6,000 5,310 89"],
         answer=["690万円"], computed=True,
         notes="(c) difference in a KPI row, the unit from the row label's bracket: 6,000 − 5,310 = 690万円"),
    dict(question="ひな人形や五月人形を作っている会社の活用事例では、補助金はいくら出ていますか？",
         category="gangu", doc=GANGU_PDF, evidence=["（２）節句人形製造業Ｂ社", "補助金の額：126万円"], answer=["126万円"],
         notes="sibling sections （１）–（３） of （参考５） share the labels 輸出先, 活用した経費, 補助金の額; "
               "（２）節句人形製造業Ｂ社 (ひな人形 and 五月人形 = 節句人形); 84万円 and 52万円 are the siblings' values"),
    dict(question="EN71の試験に落ちてしまい、製品を直してもう一度試験を受けるそうです。２回目の試験の費用も補助されますか？",
         category="gangu", doc=GANGU_PDF,
         evidence=["次に掲げる経費は、補助対象経費としない", "試験に不合格となった製品の再試験に要する経費"],
         answer=["補助対象経費としない"],
         notes="第６条 item 三 (a re-test after a failed test is not covered); the 玩具安全試験 row of the 別表 is the trap"),
    dict(question="昨年度この補助金を使った会社が、今年度も申請したいと言っています。申請できますか？",
         category="gangu", doc=GANGU_PDF,
         evidence=["前年度に交付を受けた事業者も申請できますか", "初めて申請する事業者を優先します"],
         answer=["初めて申請する事業者を優先"],
         notes="Q&A: Ａ of Ｑ２ (yes, but first-time applicants come first in the review; 「申請できます」 alone misses "
               "the condition)"),
    # --- kutsu: the shoe and bag makers' survey, tables (d) (e) (f), definitions, cases, prose figures
    dict(question="靴・かばんメーカーの輸出実態調査は、回答率が何％でしたか？",
         category="kutsu", doc=KUTSU_PDF, evidence=["回答数：292者（回答率60.8％）"], answer=["60.8"],
         notes="「label：value」 line 回答数 (292 of the 480者 of 調査対象); 34.9 % (輸出事業者) is a near miss"),
    dict(question="東京の商社に製品を卸して、その商社が海外に売っている場合、この調査では直接輸出と間接輸出のどちらになりますか？",
         category="kutsu", doc=KUTSU_PDF, evidence=["「間接輸出」とは、国内の商社、卸売業者等を通じて"],
         answer=["間接輸出"],
         notes="definition 「間接輸出」とは、国内の商社、卸売業者等を通じて海外に販売すること (the firm is not the exporter)"),
    dict(question="ランドセルを輸出しているメーカーは何者ありましたか？",
         category="kutsu", doc=KUTSU_PDF, evidence=["ランドセル 14 ７ ３ 175"], answer=["７"],
         notes="(d) continuation page (no header there): row ランドセル, column 輸出事業者数（者）; 14 (回答事業者数) and "
               "３ (うち直接輸出) are the traps"),
    dict(question="ビジネスバッグのメーカーで輸出しているところのうち、自社で直接輸出している割合はどのくらいですか？",
         category="kutsu", doc=KUTSU_PDF, evidence=["ビジネスバッグ 29 11 ５ 289"], answer=["45.5%"], computed=True,
         notes="(d) continuation page, share in a row: うち直接輸出 5 / 輸出事業者数 11 = 45.5 % (5 / 29 of all "
               "respondents is a wrong reading)"),
    dict(question="2023年度の靴のメーカー全体の輸出額は、合わせていくらですか？",
         category="kutsu", doc=KUTSU_PDF,
         evidence=["「靴」は紳士靴から運動靴までの５品目", "紳士靴 38 14 ６ 412", "運動靴 17 ８ ５ 327"],
         answer=["1,516百万円"], computed=True,
         notes="(d) sum of the 靴 rows named by note ※１ (紳士靴 … 運動靴): 412 + 538 + 96 + 143 + 327 = 1,516百万円 "
               "(about 15億円); 2023年度 = 令和５年度 (the survey prints only 2024年); 2,805 (合計) is the trap"),
    dict(question="中国向けの輸出額は、前の年度からどれだけ変わりましたか？",
         category="kutsu", doc=KUTSU_PDF, evidence=["中国 512 438 ▲74"], answer=["74"],
         notes="(f) 増減 column with ▲: ▲74 = a decrease of 74百万円 (note ※２: 「▲」は減少); the prose confirms the "
               "fall without the amount"),
    dict(question="2022年度の米国向けの輸出額はいくらでしたか？",
         category="kutsu", doc=KUTSU_PDF, evidence=["米国 486 553 67"], answer=["486"],
         notes="(f) fiscal years as columns: 2022年度 = 令和４年度, unit only in the caption note （単位：百万円）; 553 "
               "(令和５年度) is the trap"),
    dict(question="かばんのメーカーで、革などの原材料の値上がりを課題に挙げた割合はどのくらいですか？",
         category="kutsu", doc=KUTSU_PDF, evidence=["原材料（皮革）の価格上昇 41.2 40.0 42.9"], answer=["42.9"],
         notes="(e) unruled table, column かばん; 41.2 (全体) and 40.0 (靴) are the traps"),
    dict(question="小学生の通学かばんを作っている会社の事例では、どんな方法で海外に売っていますか？",
         category="kutsu", doc=KUTSU_PDF, evidence=["（２）ランドセル製造業Ｅ社", "輸出の方法：越境ＥＣによる直接販売"],
         answer=["越境ＥＣによる直接販売"],
         notes="sibling sections （１）–（３） of ４ share the labels 主な輸出先, 輸出の方法, 工夫していること; "
               "（２）ランドセル製造業Ｅ社 (小学生の通学かばん = ランドセル); 直接輸出（現地の靴店との取引） and 間接輸出 "
               "are the siblings' values"),
    dict(question="今は輸出していない会社のうち、これから輸出を始めたいと答えたところは何者ありましたか？",
         category="kutsu", doc=KUTSU_PDF, evidence=["輸出をしていない190者のうち41者"], answer=["41者"],
         notes="prose only (in no table): 41 of the 190 non-exporters want to start within three years; 102 "
               "(輸出事業者) is a near miss"),
    # --- shohei: the trainee-invitation desk guide, tables (g) (h) (i), definitions, sibling sections
    dict(question="技能実習生を受け入れる予定の会社から相談がありました。このデスクで手続を手伝ってもらえますか？",
         category="shohei", doc=SHOHEI_PDF, evidence=["技能実習生の受入れに関するご相談は、このデスクの対象外です"],
         answer=["対象外"],
         notes="a note for users (○ list of ６), backed by the 「研修生」 definition (技能実習生を含みません)"),
    dict(question="入管への申請そのものをデスクに任せたい場合、書類がそろってからどのくらいで申請してもらえますか？",
         category="shohei", doc=SHOHEI_PDF, evidence=["（３）申請取次 支援の内容", "書類がそろった日から５営業日以内に申請"],
         answer=["５営業日以内"],
         notes="sibling sections （１）–（３） of ２ share the labels 支援の内容, 標準の期間, 対象; （３）申請取次 (handing "
               "the application to immigration); ３営業日 (書類確認) and 10営業日 (書類作成支援) are the siblings' values"),
    dict(question="従業員12人の部品メーカーが研修招へいで、書類作成支援と申請取次の両方を頼むそうです。料金は合わせていくらになりますか？",
         category="shohei", doc=SHOHEI_PDF, evidence=["書類作成支援 16,000 8,000", "申請取次 22,000", "料金を半額とします"],
         answer=["19,000円"], computed=True,
         notes="three facts: (g) column 研修招へい（円） 16,000 + 22,000 = 38,000; 12人 is within the 20人 of 小規模企業者 "
               "(note ※２), so half: 19,000円; 38,000 is the trap"),
    dict(question="取引先の社員を１週間、工場見学に呼ぶそうです。査証の申請をデスクに取り次いでもらえますか？",
         category="shohei", doc=SHOHEI_PDF, evidence=["短期滞在の査証で研修生を招く", "デスクでは申請取次は行いません"],
         answer=["申請取次は行いません"],
         notes="two facts: a one-week factory visit is a 短期招へい (definition in １); (g) prints 「－」 under "
               "短期招へい（円） in the row 申請取次, explained by note ※１ (the trainee applies at the embassy); "
               "22,000 (研修招へい) is the trap"),
    dict(question="令和６年度、利用件数が２番目に多かったのはどの国・地域の研修生ですか？",
         category="shohei", doc=SHOHEI_PDF, evidence=["インドネシア ６ 12 10 28"], answer=["インドネシア"],
         notes="(h) ranking by the total column 計（件）: ベトナム 53, インドネシア 28, 中国 26 (中国 is printed second, "
               "the rows are not sorted); second-largest"),
    dict(question="2024年度の利用件数のうち、ベトナムの研修生に関するものは何％ですか？",
         category="shohei", doc=SHOHEI_PDF, evidence=["ベトナム 14 22 17 53", "合計 52 65 46 163"], answer=["32.5%"],
         computed=True,
         notes="(h) share in the total column on the right: 53 / 163 = 32.5 % (2024年度 = 令和６年度; the prose says only "
               "「３割を超えて」)"),
    dict(question="2023年度にこのデスクを通じて招かれた研修生は何人でしたか？",
         category="shohei", doc=SHOHEI_PDF, evidence=["令和５年度 142 118 57 102"], answer=["102"],
         notes="(i) years as rows: 2023年度 = 令和５年度 (the guide prints no Western year), column 招へいした研修生（人）; "
               "118 (利用件数) is the trap"),
    dict(question="このデスクができたのは、西暦でいうと何年度ですか？",
         category="shohei", doc=SHOHEI_PDF, evidence=["令和４年度に開設しました"], answer=["2022年度"], computed=True,
         notes="prose of １: 令和４年度 → 2022年度 (era to Western year; no Western year is printed in the guide)"),
    # --- followups
    dict(question="では、その経費を玩具のメーカーが使う場合、上限額はいくらですか？",
         category="followup", doc=GANGU_PDF, evidence=["海外見本市への出展 50 1,000 60 1,200"], answer=["1,000"],
         history=_turns("人形のメーカーが海外見本市に出展する場合、補助率は何％ですか？",
                        "人形の海外見本市への出展の補助率は60％です[1]。"),
         notes="(a) the row from the history (海外見本市への出展), the other group and leaf 玩具／上限額（千円）; 1,200 "
               "(人形) is the trap"),
    dict(question="その年度の交付額はいくらでしたか？",
         category="followup", doc=GANGU_PDF, evidence=["令和５年度 18 11 ４ 12 11,930"], answer=["11,930"],
         history=_turns("2023年度は何件の申請がありましたか？",
                        "2023年度（令和５年度）の申請は18件でした[1]。"),
         notes="(b) the year from the history (2023年度 = 令和５年度), column 交付額（千円）"),
    dict(question="それに次いで多い課題は何ですか？",
         category="followup", doc=KUTSU_PDF, evidence=["サイズ規格の違いへの対応 26.5 48.0 6.1"],
         answer=["サイズ規格の違いへの対応"],
         history=_turns("靴のメーカーが輸出で最も困っていることは何ですか？",
                        "靴のメーカーでは「海外の取引先・バイヤーの開拓」が62.0％で最も多くなっています[1]。"),
         notes="(e) the column from the history (靴): 48.0 is second (the prose of ５ also says so); "
               "原材料（皮革）の価格上昇 (second in 全体) is the trap"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=SHOHEI_PDF, evidence=["電話：099-947-5600"], answer=["099-947-5600"],
         history=_turns("研修生を呼ぶ手続について、予約して相談したいという会社があります。どこに連絡すればよいですか？",
                        "予約と相談は、椙県外国人研修生招へい手続支援デスクが受け付けています[1]。"),
         notes="contact box of the guide: the デスク's phone (second line); the 班's phone 099-947-5510 and fax "
               "099-947-5519 (first line) are the near misses"),
    dict(question="その国の申請取次は何件でしたか？",
         category="followup", doc=SHOHEI_PDF, evidence=["フィリピン ５ ８ ６ 19"], answer=["６"],
         history=_turns("令和６年度、フィリピンの研修生について書類作成支援は何件ありましたか？",
                        "フィリピンの研修生についての書類作成支援は８件でした[1]。"),
         notes="(h) the row from the history (フィリピン), column 申請取次（件）; ８ (書類作成支援, the history) and 19 "
               "(計) are the traps"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="この補助金で海外見本市に出た会社は、そこでどのくらいの金額の契約が取れたのでしょうか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline gives the meetings at fairs (商談件数) and the grantees' exports, not the value of deals",
         absent=["成約", "契約額", "契約金額"]),
    dict(question="国の補助金と、この県の補助金を、同じ見本市の出展費用に両方使うことはできますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="a rule never stated: the guideline says nothing on combining it with other subsidies",
         absent=["併用", "重複", "国の補助金"]),
    dict(question="令和３年度の中国向けの輸出額はいくらでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="a year not printed: the survey gives the exports by destination for 令和４年度 and 令和５年度 only",
         absent=["令和３年度", "2021年"], absent_docs=[KUTSU_PDF]),
    dict(question="輸出している靴・かばんメーカーでは、輸出額が売上高全体の何割くらいを占めていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the export values, not the makers' total sales",
         absent=["売上高", "売上", "売り上げ"]),
    dict(question="令和６年度に申請を取り次いだ研修生のうち、在留資格認定証明書が不交付になったのは何件ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives 46 申請取次 and 41 certificates issued by the end of March, not the refusals (the other "
               "five may still be under review)",
         absent=["不交付", "不許可"]),
    dict(question="入管での在留資格認定証明書の審査には、ふつうどのくらいの期間がかかりますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide says only that the desk's period excludes the review (入管の審査の期間は含みません), not how "
               "long the review takes",
         absent=["か月程度", "審査にかかる", "標準処理期間"]),
]
CATEGORY_COUNTS = {"gangu": 11, "kutsu": 10, "shohei": 8, "followup": 5, "unanswerable": 6}
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
FOLLOWUP_CUES = ("その", "そこ", "それ")
QUESTION_COUNT, UNANSWERABLE_COUNT = 40, 6


def expected_questions() -> list[dict]:
    return numbered_questions([{k: v for k, v in q.items() if k != "absent_docs"} for q in QUESTIONS], PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H, I = (
    "製品区分別の補助率と上限額", "年度別の交付実績", "成果指標の目標と実績",
    "製品別の回答事業者と輸出の状況", "輸出上の課題（複数回答）", "輸出先別の輸出額",
    "支援の種類別の料金", "研修生の国・地域別の利用件数", "利用実績の推移")
LETTERS = dict(zip((A, B, C, D, E, F, G, H, I), "abcdefghi"))
SPEC_KEYS = dict(zip(("rates", "record", "kpis", "products", "issues", "dests", "fees", "countries", "desk_record"),
                     (A, B, C, D, E, F, G, H, I)))
GOLD_PER_TABLE = {A: 18, B: 24, C: 12, D: 48, E: 18, F: 27, G: 7, H: 32, I: 12}
DASHES = {  # the cells printed 「－」 (table, row, column); none of them is a gold cell
    (A, "ＣＥマーキングの適合手続", "人形／補助率（％）"), (A, "ＣＥマーキングの適合手続", "人形／上限額（千円）"),
    (B, "令和２年度", "試験品目数（品目）"), (G, "申請取次", "短期招へい（円）"),
}
TWO_LINE_TABLES = ("rates", "products", "countries")  # tables whose value headers are printed over two lines


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _man_from_sen(sen: Decimal) -> str:
    """千円 -> 万円 (an exact figure)."""
    v = sen / 10
    return f"{int(v) if v == v.to_integral() else v}万円"


def _q3(g):
    cap = Decimal(g(A, "海外見本市への出展", "人形／上限額（千円）", 2025)) * FAIR_FACTOR
    return f"{int(cap):,}千円"


def _q4(g):
    per_item = min(Decimal(1000) * g(A, "玩具安全試験", "玩具／補助率（％）", 2025) / 100,
                   Decimal(g(A, "玩具安全試験", "玩具／上限額（千円）", 2025)))
    total = min(per_item * min(4, TEST_ITEMS), Decimal(FIRM_CAP_MAN * 10))
    return _man_from_sen(total)


COMPUTED = {  # question id -> the answer string, computed from gold cells (or, where a note says so, prose data)
    "h90q03": _q3,
    "h90q04": _q4,
    "h90q08": lambda g: f"{g(C, '補助事業者の輸出額（万円）', '目標', 2024) - g(C, '補助事業者の輸出額（万円）', '実績', 2024):,}万円",
    "h90q15": lambda g: _pct(g(D, "ビジネスバッグ", "うち直接輸出（者）", 2023), g(D, "ビジネスバッグ", "輸出事業者数（者）", 2023)),
    "h90q16": lambda g: f"{sum(g(D, x, '輸出額（百万円）', 2023) for x in SHOES):,}百万円",
    "h90q24": lambda g: f"{(g(G, '書類作成支援', '研修招へい（円）', 2025) + g(G, '申請取次', '研修招へい（円）', 2025)) // 2:,}円",
    "h90q27": lambda g: _pct(g(H, "ベトナム", "計（件）", 2024), g(H, "合計", "計（件）", 2024)),
    "h90q29": lambda g: f"{OPENED}年度",  # prose: 令和４年度に開設 (no table)
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {GANGU_PDF: (2, 3), KUTSU_PDF: (2, 3), SHOHEI_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (8, 40)  # after norm
TABLE_QUESTIONS = 12  # at least, outside the followups
COMPUTED_RANGE = (7, 10)
BEFORE_BREAK_ROWS = ("紳士靴", "婦人靴")  # rows of (d) expected before the page break
CONTINUED_ROWS = ("ランドセル", "財布・革小物", "合計")  # and after it
FORBIDDEN_PREFS = ("橅県",)


def check_files(out: Path) -> list[str]:
    """Every problem found in the set under `out` (empty when all is well)."""
    try:
        return _check_files(Path(out))
    except Exception as e:  # a malformed file: report it as a problem instead of crashing
        return [f"check failed with {type(e).__name__}: {e}"]


def _check_files(out: Path) -> list[str]:
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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout90.py")
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


def bare_number(answer: str) -> str:
    return re.sub(r"(%|百万円|千円|万円|円|件|人|者|年度)$", "", nfkc(answer))


def check_questions(questions, gold, pages) -> list[str]:
    errors = []
    doc_text = {n: norm("\n".join(p)) for n, p in pages.items()}
    meta = {q["question"]: q for q in QUESTIONS}
    if len(questions) != QUESTION_COUNT:
        errors.append(f"{len(questions)} questions, expected {QUESTION_COUNT}")
    n_un = sum(q.get("category") == "unanswerable" for q in questions)
    if n_un != UNANSWERABLE_COUNT:
        errors.append(f"{n_un} unanswerable questions, expected {UNANSWERABLE_COUNT}")
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
            if roles != ["user", "assistant"]:
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
            m = meta.get(q["question"], {})
            scope = {n: t for n, t in doc_text.items() if n in m.get("absent_docs", doc_text)}
            errors += check_unanswerable(qid, q, m.get("absent"), scope)
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
                if bare_number(a) in doc_text[q["doc"]]:
                    errors.append(f"{qid}: the computed number {bare_number(a)} is printed in its document")
        if len(q["answer"]) != 1:
            errors.append(f"{qid}: expected exactly one answer item")
        for t in table_of(q):
            if next(g["doc"] for g in gold if g["table"] == t) != q["doc"]:
                errors.append(f"{qid}: its notes name table {t} of another document")
    errors += check_question_mix(questions, CATEGORY_COUNTS, western_share=(0.35, 0.65))
    sibling = sum("sibling" in q["notes"] and q["category"] not in ("followup", "unanswerable") for q in questions)
    if sibling != SIBLING:
        errors.append(f"{sibling} sibling-section questions, expected {SIBLING}")
    # a Western fiscal year asked of a document that prints that year only as 令和
    western_on_era = [q["id"] for q in questions if q["doc"] and re.search(r"20\d\d年度", q["question"])
                      and not any(f"{y}年度" in doc_text[q["doc"]] for y in re.findall(r"(20\d\d)年度", q["question"]))]
    if len(western_on_era) < 3:
        errors.append(f"only {western_on_era} ask by a Western fiscal year the document prints only as 令和")
    n_table = sum(bool(table_of(q)) for q in questions if q["doc"] and q["category"] != "followup")
    if n_table < TABLE_QUESTIONS:
        errors.append(f"{n_table} table questions outside the followups, expected at least {TABLE_QUESTIONS}")
    for t in LETTERS:  # every table is asked about
        if not any(t in table_of(q) for q in questions if q["doc"]):
            errors.append(f"no question on table {t}")
    for doc in ALL_PDFS:
        if sum(q["doc"] == doc for q in questions) < 9:
            errors.append(f"{doc}: fewer than 9 questions")
    if sum("second" in q["notes"] and q["category"] != "unanswerable" for q in questions) < 1:
        errors.append("no second-largest question")
    n_computed = sum(bool(q.get("computed")) for q in questions)
    if not COMPUTED_RANGE[0] <= n_computed <= COMPUTED_RANGE[1]:
        errors.append(f"{n_computed} computed questions, expected {COMPUTED_RANGE[0]}-{COMPUTED_RANGE[1]}")
    errors += check_computed(questions, COMPUTED, GoldIndex(gold))
    # the 「－」 cells the questions ask about are no gold cells
    for t, row, col in DASHES:
        if any((g["table"], g["row"], g["column"]) == (t, row, col) for g in gold):
            errors.append(f"{t} / {row} / {col}: a 「－」 cell is a gold cell")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout90.py")
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
        if g["number"] is None or DASH in g["value"]:
            errors.append(f"{g['id']}: every gold cell must be numeric (no 「－」)")
        if (g["fiscal_year"] is None) == (g["fiscal_year_range"] is None):
            errors.append(f"{g['id']}: exactly one of fiscal_year and fiscal_year_range should be set")
        if norm(g["row"]) not in page_text(g["doc"], g["page"]):
            errors.append(f"{g['id']}: row {g['row']!r} not on page {g['page']} of {g['doc']}")
        spec = specs[g["table"]]
        # the value is printed in its row, on the row's page
        i_row = next(k for k in range(len(spec.rows)) if spec.row_label(k) == g["row"])
        printed = spec.printed_row(i_row)
        if g["value"] not in printed[1:] or norm(g["value"]) not in page_text(g["doc"], g["page"]):
            errors.append(f"{g['id']}: {g['value']!r} not printed in row {g['row']!r} on page {g['page']}")
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
    errors += check_dashes(gold, pages)
    errors += check_totals(gold)
    errors += check_layouts(gold, pages)
    return errors


def check_dashes(gold, pages) -> list[str]:
    """The 「－」 cells are exactly the planned ones, printed on their row's page, and no gold cell;
    every other value cell is a gold cell."""
    errors = []
    found = {(s.title, r, c) for s in all_specs() for r, c in s.dash_cells()}
    if found != DASHES:
        errors.append(f"「－」 cells {sorted(found)}, expected {sorted(DASHES)}")
    gold_keys = {(g["table"], g["row"], g["column"]) for g in gold}
    for key in DASHES & gold_keys:
        errors.append(f"{key}: a 「－」 cell is a gold cell")
    for s in all_specs():
        cells = {(s.title, s.row_label(i), s.column_label(c)) for i in range(len(s.rows)) for c in s.value_cols}
        if cells - DASHES != {k for k in gold_keys if k[0] == s.title}:
            errors.append(f"{s.title}: the gold cells are not every value cell except the 「－」 cells")
        for i, r in enumerate(s.rows):
            if DASH in r:
                g = next((x for x in gold if x["table"] == s.title and x["row"] == s.row_label(i)), None)
                if g is None or norm("".join(s.printed_row(i))) not in norm(pages[s.doc][g["page"] - 1]):
                    errors.append(f"{s.title} / {s.row_label(i)}: the row with 「－」 is not printed as planned")
    return errors


def check_totals(gold) -> list[str]:
    """Totals add up inside each table and between tables and prose data."""
    errors = []
    t = defaultdict(lambda: defaultdict(dict))
    for g in gold:
        if isinstance(g.get("number"), (int, float)):  # non-numeric cells are reported by check_gold
            t[g["table"]][g["row"]][g["column"]] = g["number"]

    def adds_up(table, cols, rows=None, total="合計"):
        tab = t[table]
        rows = rows if rows is not None else [r for r in tab if r != total]
        for col in cols:
            if tab[total].get(col) != sum(tab[r].get(col, 0) for r in rows):
                errors.append(f"{table}: {total} of {col} does not add up")

    # (a): rates within 100 %; no cap (times 1.5 for fairs) above the firm cap of 第５条
    for row, r in t[A].items():
        for col, v in r.items():
            if col.endswith("補助率（％）") and not 0 < v <= 100:
                errors.append(f"{A} / {row} / {col}: rate out of range")
            if col.endswith("上限額（千円）") and v * (FAIR_FACTOR if row == "海外見本市への出展" else 1) > FIRM_CAP_MAN * 10:
                errors.append(f"{A} / {row} / {col}: a cap above the firm cap of 第５条")
    # (b): growing applications; grants within applications; dolls within grants; grants within the firm cap
    b = t[B]
    ns = [r["申請件数（件）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for row, r in b.items():
        if not r["うち人形（件）"] <= r["交付件数（件）"] <= r["申請件数（件）"] \
                or r["交付額（千円）"] > r["交付件数（件）"] * FIRM_CAP_MAN * 10 \
                or r.get("試験品目数（品目）", 0) > r["交付件数（件）"] * TEST_ITEMS:
            errors.append(f"{B} / {row}: out of range")
    if [y for y, *_x, in RECORD if era(y) in b and "試験品目数（品目）" not in b[era(y)]] != \
            [y for y, *_x in RECORD if y < TESTS_FROM]:
        errors.append(f"{B}: 「－」 should be exactly in the years before {era(TESTS_FROM)}")
    # (c): 達成率 = 実績 / 目標 in whole per cent, half up (note ※５); 適合 within (b)'s tested items
    for row, r in t[C].items():
        if r["達成率（％）"] != pct0(r["実績"], r["目標"]):
            errors.append(f"{C} / {row}: 達成率 differs from 実績 / 目標")
    if t[C]["玩具安全試験に適合した品目（品目）"]["実績"] > b[era(2024)]["試験品目数（品目）"]:
        errors.append(f"{C}: more items passed than {B} tested in 令和６年度")
    # (d): 合計 adds up; exporters within respondents; direct within exporters
    d = t[D]
    dcols = ("回答事業者数（者）", "輸出事業者数（者）", "うち直接輸出（者）", "輸出額（百万円）")
    adds_up(D, dcols)
    for row, r in d.items():
        if not r["うち直接輸出（者）"] <= r["輸出事業者数（者）"] <= r["回答事業者数（者）"]:
            errors.append(f"{D} / {row}: counts out of order")
    if d["合計"]["回答事業者数（者）"] != sum(SIZES):
        errors.append(f"{D}: 合計 differs from the firm sizes of the prose")
    # (e): the per cents come from the counts; the ｎ from (d)
    n_all, n_s, n_b = group_exporters()
    if n_all != d["合計"]["輸出事業者数（者）"] or n_s != sum(d[x]["輸出事業者数（者）"] for x in SHOES) \
            or n_b != sum(d[x]["輸出事業者数（者）"] for x in BAGS):
        errors.append(f"{E}: the ｎ differ from {D}")
    for name, s_, b_, o_ in ISSUES:
        r = t[E][name]
        want = (pct1(s_ + b_ + o_, n_all), pct1(s_, n_s), pct1(b_, n_b))
        if tuple(Decimal(str(r[k])) for k in ("全体", "靴", "かばん")) != want or o_ > n_all - n_s - n_b:
            errors.append(f"{E} / {name}: per cents differ from the counts")
    # (f): 合計 adds up; 増減 is the difference; 令和５年度's 合計 equals (d)'s 輸出額
    f = t[F]
    adds_up(F, ("令和４年度", "令和５年度", "増減"))
    for row, r in f.items():
        if r["増減"] != r["令和５年度"] - r["令和４年度"]:
            errors.append(f"{F} / {row}: 増減 is not the difference")
    if f["合計"]["令和５年度"] != d["合計"]["輸出額（百万円）"]:
        errors.append(f"{F}: 令和５年度 合計 differs from {D}")
    # (g): the short invitation costs at most the training one
    for row, r in t[G].items():
        if "短期招へい（円）" in r and r["短期招へい（円）"] > r["研修招へい（円）"]:
            errors.append(f"{G} / {row}: 短期招へい above 研修招へい")
    # (h): 合計 adds up; 計 is the row sum; its total equals (i)'s 令和６年度 利用件数
    h = t[H]
    hcols = ("書類確認（件）", "書類作成支援（件）", "申請取次（件）")
    adds_up(H, hcols + ("計（件）",))
    for row, r in h.items():
        if r["計（件）"] != sum(r[k] for k in hcols):
            errors.append(f"{H} / {row}: 計 is not the sum of the row")
    i_ = t[I]
    if h["合計"]["計（件）"] != i_[era(2024)]["利用件数（件）"]:
        errors.append(f"{H}: 合計 differs from {I}")
    for row, r in i_.items():
        if not r["利用事業者数（者）"] <= r["利用件数（件）"] <= r["相談件数（件）"]:
            errors.append(f"{I} / {row}: counts out of order")
    if COE_GRANTED > h["合計"]["申請取次（件）"]:
        errors.append("guide: more certificates than 申請取次")
    return errors


def _two_line(raw_page: str, cell_text: str) -> bool:
    """The two lines of a header cell come out as two adjacent lines of the page."""
    first, second = (norm(x) for x in cell_text.split("\n"))
    lines = [norm(x) for x in raw_page.splitlines()]
    return any(a.endswith(first) and b.startswith(second) and norm(cell_text) not in a
               for a, b in zip(lines, lines[1:]))


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    # (d): continued over the page 1→2 break without its header repeated
    prod = specs["products"]
    bp = sorted({g["page"] for g in gold if g["table"] == D})
    if len(bp) != 2 or bp[1] != bp[0] + 1:
        errors.append(f"{D} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(prod.header[0]))
        on = [i + 1 for i, p in enumerate(pages[KUTSU_PDF]) if header in norm(p)]
        if prod.repeat_header or on != bp[:1]:
            errors.append(f"{D}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[1]}
        if not 2 <= len(first) <= 7:
            errors.append(f"{D}: {len(first)} rows before the page break, expected 2-7")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{D}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        top = [norm(x) for x in pages[KUTSU_PDF][bp[1] - 1].splitlines() if norm(x)]
        first_cont = prod.row_label(len(first))
        if top[4] != norm(first_cont):  # after the running header (2 lines) and footer (2 lines)
            errors.append(f"{D}: the continuation page should start with the row {first_cont}, got {top[4]}")
        if norm("ベルト、手袋等") not in norm(pages[KUTSU_PDF][bp[1] - 1]):
            errors.append(f"{D}: note ※１ should follow the table on the continuation page")
    for key, spec in specs.items():
        if key == "products":
            continue
        tp = {g["page"] for g in gold if g["table"] == spec.title}
        if len(tp) != 1:
            errors.append(f"{spec.title} is on pages {sorted(tp)}, expected one page")
    if specs["issues"].ruled or not all(s.ruled for k, s in specs.items() if k != "issues"):
        errors.append(f"only {E} must be drawn without ruling lines")
    # two-line header cells are printed over two lines
    for key in TWO_LINE_TABLES:
        spec = specs[key]
        p = min(g["page"] for g in gold if g["table"] == spec.title)
        cells = [c for row in spec.header for c in row if "\n" in c]
        if not cells:
            errors.append(f"{spec.title}: no header cell over two lines")
        for c in dict.fromkeys(cells):
            if not _two_line(pages[spec.doc][p - 1], c):
                errors.append(f"{spec.title}: header {c!r} is not printed over two lines")
    # (a): two header rows, three spans, group／leaf columns, units from the leaves
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = [f"{k}／{leaf}" for k in CLASSES for leaf in ("補助率（％）", "上限額（千円）")]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "千円"}:
        errors.append(f"{A}: units should come from the leaf headers")
    # (b) and (i): years as rows
    for title, rec in ((B, RECORD), (I, DESK_RECORD)):
        rows = list(dict.fromkeys((g["row"], g["fiscal_year"]) for g in gold if g["table"] == title))
        if rows != [(era(y), y) for y, *_x in rec]:
            errors.append(f"{title}: expected the fiscal years as rows, got {rows}")
    # (c): a KPI table with 目標 / 実績 / 達成率 and a unit per row from the label's bracket
    cg = [g for g in gold if g["table"] == C]
    if list(dict.fromkeys(g["column"] for g in cg)) != ["目標", "実績", "達成率（％）"] \
            or {g["row"]: g["unit"] for g in cg if g["column"] == "目標"} != {n: bracket_unit(n) for n, *_x in KPIS} \
            or len({g["unit"] for g in cg}) != len(KPIS) + 1:
        errors.append(f"{C}: expected 目標 / 実績 / 達成率 columns and a unit per row")
    # (f): ▲ exactly on the negative numbers; 増減 covers the two fiscal years; no other range
    fg = [g for g in gold if g["table"] == F]
    if not any(g["value"].startswith("▲") for g in fg) or \
            any(g["value"].startswith("▲") != (isinstance(g["number"], (int, float)) and g["number"] < 0) for g in gold):
        errors.append(f"{F}: ▲ should mark exactly the decreases")
    if any((g["column"] == "増減") != (g["fiscal_year_range"] == list(DEST_YEARS)) for g in fg) \
            or any(g["fiscal_year_range"] is not None for g in gold if g["table"] != F):
        errors.append(f"{F}: only the 増減 column has a fiscal_year_range {list(DEST_YEARS)}")
    if {g["unit"] for g in fg} != {"百万円"}:
        errors.append(f"{F}: the unit comes from the caption note (百万円)")
    # (h): a total column on the right
    hcols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == H))
    if hcols[-1] != "計（件）" or any(g["fiscal_year"] != 2024 for g in gold if g["table"] == H):
        errors.append(f"{H}: expected 計（件） as the last column, all within 2024")
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
            if norm(f"（{fw(i)}）{head}") not in text:
                errors.append(f"{doc} lacks the heading of sibling section {i}")
                continue
            on = [k for k, t in enumerate(page_texts) if norm(f"（{fw(i)}）{head}") in t]
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
        got = re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text)
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
            if norm(f"「{d}」とは") not in text:
                errors.append(f"{what}: the definition of {d} is missing")

    def bullets_in(doc, items, what):
        raw = [norm(x) for x in "\n".join(pages[doc]).splitlines()]
        titles = [norm(s.title) for s in all_specs()]
        got = sum(x.startswith("○") and not any(t in x for t in titles) for x in raw)
        if got != items:
            errors.append(f"{what}: expected {items} bulleted items, got {got}")

    # ---- the grant guideline
    gt = norm("\n".join(pages[GANGU_PDF]))
    siblings(gt, GANGU_PDF, ("輸出先：", "活用した経費：", "補助金の額："), [c[0] for c in GANGU_CASES])
    n_all, amt_all = record_totals()
    if norm(f"延べ{n_all}件、{amt_all:,}千円") not in gt:
        errors.append("guideline: the totals in the prose differ from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請に対し{last[2]}件に交付し、うち人形は{fw(last[3])}件") not in gt:
        errors.append("guideline: the 令和６年度 figures in the prose differ from (b)")
    met = sum(pct0(a, t) >= 100 for _n, t, a in KPIS)
    if norm(f"{fw(len(KPIS))}つの指標のうち{fw(met)}つで目標を達成") not in gt:
        errors.append("guideline: the KPI sentence differs from (c)")
    rates = {r[0]: r for r in RATES}
    for head, _where, _what, amount, cls, items in GANGU_CASES:
        col = 2 if cls == "玩具" else 4
        caps = [rates[x][col] for x, _k in items]
        if any(c is None for c in caps):
            errors.append(f"guideline: case {head} uses a 「－」 cost")
            continue
        if int(amount.rstrip("万円")) * 10 > min(FIRM_CAP_MAN * 10, sum(rates[x][col] * k for x, k in items)):
            errors.append(f"guideline: case {head} exceeds its caps")
    if re.findall(r"20\d\d年", gt) != ["2020年"]:
        errors.append("guideline: only 2020年度 should be printed in Western form")
    defs(gt, ("県産玩具・人形", "玩具", "人形", "玩具安全試験", "小規模企業者"), "guideline")
    raw = "\n".join(pages[GANGU_PDF]).splitlines()
    items = [x.strip()[:1] for x in raw if re.match(r"\s*[一二三四五六七八九]\s", x)]
    if items != list("一二") + list("一二三四"):
        errors.append(f"guideline: expected items 一–二 (第３条) and 一–四 (第６条), got {items}")
    for x in EXCLUDED:
        if norm(x) not in gt:
            errors.append(f"guideline: the cost not covered {x} is missing")
    arts = re.findall(r"第([１-９])条（", "\n".join(pages[GANGU_PDF]))
    if arts != list("１２３４５６７８"):
        errors.append(f"guideline: expected articles 第１条–第８条, got {arts}")
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 2 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 2:
        errors.append("guideline: expected two Ｑ lines and two Ａ lines")
    bullets_in(GANGU_PDF, 0, "guideline")
    steps_of(GANGU_PDF, "①②③④⑤⑥⑦", "guideline")
    contacts(GANGU_PDF, ["099-941-2630", "099-941-2639", "099-941-2700"], ["sugi-gangu@example.jp"], "guideline")

    # ---- the survey of shoe and bag makers
    kt = norm("\n".join(pages[KUTSU_PDF]))
    siblings(kt, KUTSU_PDF, ("主な輸出先：", "輸出の方法：", "工夫していること："), [c[0] for c in KUTSU_CASES])
    total, n = respondents(), exporters()
    direct = sum(r[3] for r in PRODUCTS)
    if norm(f"{total}者（回答率{pct1(total, TARGET)}％）") not in kt \
            or norm(f"回答事業者{total}者のうち{n}者（{pct1(n, total)}％）") not in kt \
            or norm(f"直接輸出を行った事業者は{direct}者") not in kt \
            or norm(f"輸出をしていない{total - n}者のうち{WANT_TO_START}者") not in kt:
        errors.append("survey: the response and export figures in the prose differ from (d)")
    (r_s, g_s), (r_b, g_b) = group_shares()
    if norm(f"靴の事業者で{pct1(g_s, r_s)}％、かばんの事業者で{pct1(g_b, r_b)}％") not in kt:
        errors.append("survey: the shares of exporters in the prose differ from (d)")
    if norm(f"20人以下が{SIZES[0]}者、21人から100人までが{SIZES[1]}者、101人以上が{SIZES[2]}者") not in kt:
        errors.append("survey: the firm sizes in the prose differ from the data")
    top = (max(PRODUCTS, key=lambda r: r[2])[0], max(PRODUCTS, key=lambda r: r[4])[0])
    if top != ("婦人靴", "婦人靴") or sorted(r[2] for r in PRODUCTS)[-1] == sorted(r[2] for r in PRODUCTS)[-2]:
        errors.append("survey: 「婦人靴が輸出事業者数、輸出額ともに最も多い」 does not hold")
    ranked = [x for x, _a, _b in sorted(DESTS[:-1], key=lambda r: -r[2])]
    down = [x for x, a, b in DESTS if b < a]
    ta, tb = sum(r[1] for r in DESTS), sum(r[2] for r in DESTS)
    if ranked[:3] != ["米国", "中国", "台湾"] or down != ["中国", "韓国"] \
            or norm(f"合計は{tb:,}百万円で、令和４年度の{ta:,}百万円から増えた") not in kt:
        errors.append("survey: the destination prose (米国, 中国, 台湾; 中国 and 韓国 down) does not hold")
    n_all, n_s, n_b = group_exporters()
    col_top = [max(ISSUES, key=lambda r, k=k: r[k] if k else r[1] + r[2] + r[3])[0] for k in (0, 1, 2)]
    second_s = sorted(ISSUES, key=lambda r: -r[1])[1][0]
    if col_top != ["海外の取引先・バイヤーの開拓"] * 3 or second_s != "サイズ規格の違いへの対応":
        errors.append("survey: the tops of (e) in the prose do not hold")
    if re.findall(r"20\d\d年", kt) != ["2024年"]:
        errors.append("survey: only 2024年 (調査基準日) should be printed in Western form")
    defs(kt, ("輸出事業者", "直接輸出", "間接輸出", "越境ＥＣ"), "survey")
    bullets_in(KUTSU_PDF, 3, "survey")
    steps_of(KUTSU_PDF, "①②③④", "survey")
    contacts(KUTSU_PDF, ["099-944-3120", "099-944-3129", "099-944-3300"], ["sugi-hikaku@example.jp"], "survey")

    # ---- the desk's user guide
    st = norm("\n".join(pages[SHOHEI_PDF]))
    siblings(st, SHOHEI_PDF, ("支援の内容：", "標準の期間：", "対象："), [s[0] for s in SERVICES])
    if [s[0] for s in SERVICES] != [f[0] for f in FEES[:3]] or [s[0] for s in SERVICES] != ["書類確認", "書類作成支援", "申請取次"]:
        errors.append("guide: the sibling sections should be the first three rows of (g)")
    tot = sum(sum(r[1:]) for r in COUNTRIES)
    kinds = [sum(r[j] for r in COUNTRIES) for j in (1, 2, 3)]
    if norm(f"利用件数は{tot}件（書類確認{kinds[0]}件、書類作成支援{kinds[1]}件、申請取次{kinds[2]}件）で、"
            f"{DESK_RECORD[-1][3]}事業者が利用") not in st \
            or norm(f"申請取次{kinds[2]}件のうち") not in st or norm(f"交付されたものは{COE_GRANTED}件") not in st:
        errors.append("guide: the use figures in the prose differ from (h) and (i)")
    viet = next(r for r in COUNTRIES if r[0] == "ベトナム")
    if not 0.3 < sum(viet[1:]) / tot < 0.4 or max(COUNTRIES, key=lambda r: sum(r[1:]))[0] != "ベトナム":
        errors.append("guide: 「ベトナムが全体の３割を超えて」 does not hold")
    ranked = [r[0] for r in sorted(COUNTRIES, key=lambda r: -sum(r[1:]))]
    if ranked[1] == COUNTRIES[1][0] or sum(COUNTRIES[[r[0] for r in COUNTRIES].index(ranked[1])][1:]) == \
            sum(COUNTRIES[[r[0] for r in COUNTRIES].index(ranked[2])][1:]):
        errors.append("guide: the second-largest country should be unique and not printed second")
    if norm(f"{era(OPENED)}に開設") not in st or re.findall(r"20\d\d年", st):
        errors.append("guide: 令和４年度に開設 and no Western year")
    defs(st, ("研修生", "短期招へい", "研修招へい", "１件"), "guide")
    bullets_in(SHOHEI_PDF, 4, "guide")
    steps_of(SHOHEI_PDF, "①②③④⑤⑥", "guide")
    contacts(SHOHEI_PDF, ["099-947-5510", "099-947-5519", "099-947-5600"], ["sugi-shohei@example.jp"], "guide")

    # every phone number of the set is fictional (099-94x-xxxx), every mail address under example.jp
    for name, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text):
            if not re.fullmatch(PHONE_RE, ph):
                errors.append(f"{name}: phone number {ph} outside 099-94x-xxxx")
        if re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text) != re.findall(PHONE_RE, text):
            errors.append(f"{name}: a phone number does not match 099-94x-xxxx")
        for mail in re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text):
            if not mail.endswith(MAIL_DOMAIN):
                errors.append(f"{name}: mail address {mail} outside {MAIL_DOMAIN}")
        if "@" in text and not re.findall(r"[A-Za-z0-9._-]+@example\.jp", text):
            errors.append(f"{name}: a mail address outside {MAIL_DOMAIN}")
        if PREF not in p[0] or any(x in text for x in FORBIDDEN_PREFS):
            errors.append(f"{name}: the prefecture should be {PREF} only (never {FORBIDDEN_PREFS})")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
