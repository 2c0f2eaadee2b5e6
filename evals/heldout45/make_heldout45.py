"""Build the 楢県 held-out set 45: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (楢県 and every town, scheme, organisation, phone number, address
and figure). The documents are in three genres the earlier sets do not use: a grant guideline
(交付要綱) for a subsidy towards small firms' pop-up stores abroad (海外ポップアップストア出店支援補助金)
with a two-level header of rates by firm size and caps by region, a bonus for joint stores, a
record by year (years as rows) and the stores by city with the fiscal years as columns and a
total column on the right; the prefecture's trade statistics yearbook (貿易統計年報) with the
trade by port (amounts and shares in paired columns), by partner country with subtotal rows (a
table continued over a page break without its header), the containers by year and an unruled
table of the main export items; and the service rules (利用規程) of an export-product testing
room (輸出製品試験室) with a fee table and a record whose rows carry their unit in a 単位 column
and whose columns are fiscal years; see README.md beside this file.

    python make_heldout45.py [OUTPUT_DIR]          # default: this file's directory

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

YOKO_PDF = "nara_popup_store_hojokin_kofu_yoko_r7.pdf"
TOKEI_PDF = "nara_boeki_tokei_nenpo_r6.pdf"
KITEI_PDF = "nara_yushutsu_shikenshitsu_riyo_kitei_r7.pdf"
ALL_PDFS = (YOKO_PDF, TOKEI_PDF, KITEI_PDF)

UNITS = ("億円", "万円", "円", "件", "社", "時間", "TEU", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_PREFIX = "099-49"  # every phone number of the set: 099-49x-xxxx
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


def reiwa(y: int) -> str:
    return f"令和{fw(y - 2018)}年度"


def cell(x) -> str:
    """A table cell: an int as docgen prints it (single digits full-width), a Decimal per cent
    with one decimal."""
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf and columns that may
    cover a range of fiscal years (a 計 column over the year columns)."""

    range_cols: dict = {}

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
            fy_range = spec.range_cols.get(c)
            fy = None if fy_range else (spec.column_year(c) or fiscal_year(row_label) or spec.table_fy)
            pages = pages_of[(spec.key, i)]
            assert len(pages) == 1, (spec.key, r, pages)
            out.append({
                "doc": spec.doc, "table": spec.title, "row": row_label, "column": spec.column_label(c),
                "fiscal_year": fy, "fiscal_year_range": list(fy_range) if fy_range else None,
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


ARTICLE = pstyle("article", docgen.GOTHIC, 10.5, 17, left=docgen.EM, spaceBefore=5, keepWithNext=1)


def article(heading: str, text: str):
    """An article of a 要綱 or 規程: （見出し） on its own line, then 第ｎ条 and its text."""
    return [P(heading, ARTICLE), P(text, hanging(0, 3))]


PREF = "楢県"
SIBLING_ROOM = 34 * mm  # a sibling section (heading and three lines) is never split by a page break


# ================================================================ document 1: pop-up store subsidy, grant guideline
YOKO = f"{PREF}海外ポップアップストア出店支援補助金"
YOKO_TITLE = f"{YOKO}交付要綱"
YOKO_DEPT = f"{PREF} 商工労働部 国際ビジネス課"
CENTER = f"{PREF}海外展開支援センター"
RATES = [  # 経費区分; 補助率（％）: 中小企業者, 小規模事業者; 上限額（万円）: アジア, 欧米・その他 (令和７年度)
    ("会場借上費・出店料", 50, 60, 60, 100), ("内装・什器の制作費", 50, 60, 40, 60),
    ("商品の海外輸送費", 50, 75, 20, 30), ("販売員の渡航費", 40, 50, 15, 30),
    ("広告宣伝費", 50, 75, 30, 40),
]
JOINT_FACTOR = Decimal("1.5")  # note ※３: caps × 1.5 for a joint store
COMPANY_CAP = 200  # note ※４: 万円 per firm
RECORD = [  # 年度, 申請件数, 交付件数, うち共同出店, 交付額（万円）
    (2021, 12, 8, 0, 486), (2022, 19, 13, 3, 812), (2023, 27, 18, 3, 1205), (2024, 34, 22, 6, 1548),
]
CITY_YEARS = (2022, 2023, 2024)
CITIES = [  # 出店都市, 令和４年度, 令和５年度, 令和６年度 (件)
    ("台北", 4, 5, 6), ("香港", 3, 3, 4), ("バンコク", 2, 3, 4), ("シンガポール", 1, 2, 3),
    ("ロサンゼルス", 1, 2, 1), ("パリ", 1, 1, 3), ("その他", 1, 2, 1),
]
CASES = [  # 見出し, 出店先, 出店期間, 売上額 (same labels in every sibling section); city
    ("日本酒製造業Ａ社（楢市）", "台北市の百貨店（単独出店）", "令和６年10月（14日間）", "386万円", "台北"),
    ("漆器製造業Ｂ社（北浜町）", "パリ市の商業施設（県内の３社による共同出店）", "令和６年９月（21日間）", "512万円", "パリ"),
    ("菓子製造業Ｃ社（西津市）", "バンコク市のショッピングモール（単独出店）", "令和７年１月から２月まで（30日間）", "248万円", "バンコク"),
]
EXCLUDED = [  # 補助の対象としない経費
    "販売する商品の製造原価及び仕入れに要する経費",
    "現地で雇用する販売員の人件費",
    "出店期間中の飲食費及び接待費",
    "航空運賃のうち、エコノミークラスの運賃を超える部分",
    "交付決定の日より前に契約し、又は支払った経費",
]


def yoko_specs():
    rates = TableSpec(
        key="rates", doc=YOKO_PDF, title="経費区分別の補助率と上限額",
        header=[["経費区分", "補助率（％）", "", "上限額（万円）", ""],
                ["", "中小企業者", "小規模事業者", "アジア", "欧米・その他"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in RATES],
        col_widths=[50 * mm, 27 * mm, 28 * mm, 27 * mm, 28 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    record = TableSpec(
        key="record", doc=YOKO_PDF, title="交付実績の推移",
        header=[["年度", "申請件数（件）", "交付件数（件）", "うち共同出店（件）", "交付額（万円）"]],
        rows=[[reiwa(y), fw(a), fw(b), fw(c), fw(d)] for y, a, b, c, d in RECORD],
        col_widths=[28 * mm, 31 * mm, 31 * mm, 36 * mm, 31 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(c), fw(a + b + c)] for n, a, b, c in CITIES]
    sums = [sum(r[j] for r in CITIES) for j in (1, 2, 3)]
    rows.append(["合計"] + [fw(x) for x in sums] + [fw(sum(sums))])
    cities = TableSpec(
        key="cities", doc=YOKO_PDF, title="出店都市別の交付件数",
        header=[["出店都市"] + [reiwa(y) for y in CITY_YEARS] + ["計"]],
        rows=rows, col_widths=[40 * mm, 30 * mm, 30 * mm, 30 * mm, 26 * mm], unit="件",
        bold_rows=("合計",),
    )
    cities.range_cols = {4: (CITY_YEARS[0], CITY_YEARS[-1])}
    return rates, record, cities


def yoko_story(specs):
    rates, record, cities = specs
    n_all, amt_all = sum(r[2] for r in RECORD), sum(r[4] for r in RECORD)
    last = RECORD[-1]
    st = [Spacer(1, 2 * mm), P(YOKO_TITLE, TITLE), Spacer(1, 1 * mm),
          P("令和３年４月１日制定", DATE_RIGHT), P("令和７年３月26日最終改正", DATE_RIGHT),
          P(YOKO_DEPT, DATE_RIGHT), Spacer(1, 2 * mm)]
    st += article("（趣旨）", f"第１条　この要綱は、県内の中小企業者が海外の商業施設等に期間を限って店舗を開き、自社の商品を試験的に販売して海外での販路を開く取組に対し、予算の範囲内で{YOKO}（以下「補助金」という。）を交付することについて、{PREF}補助金等交付規則に定めるもののほか、必要な事項を定めるものとする。")
    st += article("（定義）", "第２条　この要綱において「ポップアップストア」とは、海外の百貨店、商業施設又は催事場の一画に、７日以上90日以内の期間を限って開設する店舗をいう。")
    st += [P("２　この要綱において「小規模事業者」とは、常時使用する従業員の数が20人（商業又はサービス業を主たる事業とする者は５人）以下の中小企業者をいう。", hanging(0, 1)),
           P("３　この要綱において「共同出店」とは、３以上の中小企業者が共同で一のポップアップストアを開設することをいう。", hanging(0, 1))]
    st += article("（補助対象者）", "第３条　補助金の交付の対象となる者は、県内に本社又は主たる事業所を有する中小企業者（個人事業主を含む。）とする。ただし、同一の年度に補助金の交付を受けることができるのは、１事業者につき１回限りとする。")
    st += article("（補助対象経費等）", "第４条　補助の対象となる経費、補助率及び補助金の上限額は、別表のとおりとする。")
    st += [caption(rates.title, "（別表、令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 補助率の「中小企業者」の欄は、小規模事業者以外の中小企業者に適用する。",
        "※２ 上限額の「アジア」の欄は出店先が東アジア、東南アジア又は南アジアの国・地域である場合に、「欧米・その他」の欄はそれ以外の国・地域である場合に適用する。",
        f"※３ 共同出店の場合は、参加する各事業者の上限額を、それぞれ別表の額の{JOINT_FACTOR}倍とする。",
        f"※４ 補助金の額は、１事業者当たり{COMPANY_CAP}万円を上限とし、千円未満の端数は切り捨てる。",
    ])
    st += article("（補助対象外経費）", "第５条　次に掲げる経費は、補助の対象としない。")
    st += bullets(EXCLUDED, 0)
    st += article("（交付の手続）", "第６条　補助金の交付の手続は、次のとおりとする。")
    st += numbered([
        f"① 事前相談（国際ビジネス課又は{CENTER}へ）",
        "② 交付申請書の提出（出店計画書と見積書を添えて、申請期間内に提出）",
        "③ 審査と交付決定（申請期間の終了後、おおむね１か月以内に通知）",
        "④ 出店（交付決定の日から令和８年２月27日までに終えること）",
        "⑤ 実績報告書の提出（出店の終了日から30日以内。遅くとも令和８年３月10日まで）",
        "⑥ 補助金の額の確定と支払（令和８年３月）",
    ], 0)
    st += article("（その他）", "第７条　この要綱に定めるもののほか、補助金の交付に関し必要な事項は、知事が別に定める。")
    st += [P("附　則", ARTICLE), P(INDENT + "この要綱は、令和３年４月１日から施行する。", indented(0)),
           P("附　則", ARTICLE), P(INDENT + "この要綱は、令和７年４月１日から施行する。", indented(0))]
    st += [P("（参考１）令和７年度の募集", H1)]
    st += lv_lines([
        ("申請期間", "令和７年５月12日から６月30日まで（必着）"),
        ("予算額", "3,000万円"),
        ("交付予定件数", "30件程度"),
        ("申請先", f"{YOKO_DEPT}（郵送又は電子申請）"),
    ], 0)
    st += [P("（参考２）これまでの交付実績", H1)]
    st += paras(f"""
制度を始めた令和３年度（2021年度）から令和６年度までに、延べ{n_all}件、{amt_all:,}万円を交付した。令和６年度は{last[1]}件の申請に対して{last[2]}件に交付し、このうち{fw(last[3])}件は共同出店に参加した事業者への交付であった。出店都市別では、台北が最も多く、香港、バンコクが続いている。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += [caption(cities.title, "（単位：件）"), cities.flowable(), Spacer(1, 2)]
    st += notes(["※５ 「その他」は、ソウル、上海、ニューヨーク等である。共同出店に参加した事業者は、それぞれ１件と数えた。"])
    st += [P("（参考３）活用事例（令和６年度）", H1)]
    for i, (head, where, when, sales, _c) in enumerate(CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("出店先", where), ("出店期間", when), ("売上額", sales)], 1)
    st += [CondPageBreak(30 * mm), P("問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{YOKO_DEPT} 販路開拓班　電話：099-491-3520　ファクス：099-491-3529",
        f"{CENTER}（事前相談）　電話：099-491-3600",
        "電子メール：nara-popup@example.jp",
    ]))
    return st


# ================================================================ document 2: trade statistics yearbook
TOKEI = f"{PREF}貿易統計年報"
TOKEI_DEPT = f"{PREF} 企画部 統計調査課"
KYOKAI = f"{PREF}港湾振興協会"
PORTS = [  # 港湾・空港, 輸出額（億円）, 輸入額（億円） (令和６年度)
    ("楢港", 1912, 2388), ("西津港", 604, 958), ("楢空港", 330, 166),
]
PREV_TOTALS = (2680, 3576)  # 令和５年度の輸出額・輸入額（億円）: only the change is printed
PARTNERS = [  # 地域, [(相手国・地域, 輸出額, 輸入額)], subtotal label (None: no subtotal) (令和６年度、億円)
    ("アジア", [("中国", 612, 1024), ("韓国", 298, 356), ("台湾", 254, 188), ("香港", 146, 22),
                ("ベトナム", 232, 364), ("タイ", 186, 248), ("その他アジア", 210, 442)], "アジア計"),
    ("北米", [("米国", 372, 298), ("カナダ", 58, 126)], "北米計"),
    ("欧州", [("ドイツ", 96, 84), ("オランダ", 64, 22), ("英国", 52, 18), ("その他欧州", 48, 46)], "欧州計"),
    ("その他", [("中南米", 88, 96), ("オセアニア", 82, 142), ("中東・アフリカ", 48, 36)], None),
]
CONTAINERS = [  # 年度, 輸出（TEU）, 輸入（TEU） (楢港)
    (2020, 38420, 45160), (2021, 41050, 47930), (2022, 43880, 49210), (2023, 42610, 48470), (2024, 46290, 50830),
]
ITEMS = [  # 品目, 令和５年度, 令和６年度 (輸出額、億円)
    ("電気機器", 702, 768), ("一般機械", 488, 521), ("化学製品", 356, 342), ("輸送用機器", 228, 262),
    ("水産物・水産加工品", 164, 187), ("木材・木製品", 92, 86),
]
PORT_NOTES = [  # 見出し, 主な輸出品目, 主な輸入品目, 主な相手国・地域 (same labels in every sibling section)
    ("楢港", "電気機器、一般機械、化学製品", "液化天然ガス、飼料用穀物、衣類", "中国、米国、韓国"),
    ("西津港", "水産物・水産加工品、木材・木製品", "木材、石炭", "韓国、ベトナム、カナダ"),
    ("楢空港", "電子部品、医薬品", "医薬品、精密機器", "台湾、香港、米国"),
]
SUBTOTALS = tuple(s for _r, _m, s in PARTNERS if s)


def port_totals():
    return sum(p[1] for p in PORTS), sum(p[2] for p in PORTS)


def partner_rows():
    """The rows of the partner table: countries, a subtotal after each region that has one, 合計."""
    rows = []
    for _region, members, sub in PARTNERS:
        rows += [(n, a, b) for n, a, b in members]
        if sub:
            rows.append((sub, sum(m[1] for m in members), sum(m[2] for m in members)))
    ex, im = port_totals()
    rows.append(("合計", ex, im))
    return rows


def tokei_specs():
    ex, im = port_totals()
    rows = [[n, fw(a), cell(pct1(a, ex)), fw(b), cell(pct1(b, im))] for n, a, b in PORTS]
    rows.append(["合計", fw(ex), "100.0", fw(im), "100.0"])
    ports = TableSpec(
        key="ports", doc=TOKEI_PDF, title="港湾・空港別の輸出入額",
        header=[["港湾・空港", "輸出", "", "輸入", ""],
                ["", "金額（億円）", "構成比（％）", "金額（億円）", "構成比（％）"]],
        rows=rows, col_widths=[36 * mm, 31 * mm, 31 * mm, 31 * mm, 31 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2024,
    )
    ports.unit = lambda row, c, s=ports: bracket_unit(s.header_parts(c)[-1])
    partners = TableSpec(
        key="partners", doc=TOKEI_PDF, title="相手国・地域別の輸出入額",
        header=[["相手国・地域", "輸出額", "輸入額"]],
        rows=[[n, fw(a), fw(b)] for n, a, b in partner_rows()],
        col_widths=[50 * mm, 36 * mm, 36 * mm], unit="億円", table_fy=2024,
        bold_rows=("合計",) + SUBTOTALS,
    )
    crows = [[reiwa(y), fw(a), fw(b), fw(a + b)] for y, a, b in CONTAINERS]
    containers = TableSpec(
        key="containers", doc=TOKEI_PDF, title="楢港のコンテナ取扱量の推移",
        header=[["年度", "輸出（ＴＥＵ）", "輸入（ＴＥＵ）", "計（ＴＥＵ）"]],
        rows=crows, col_widths=[32 * mm, 36 * mm, 36 * mm, 36 * mm],
    )
    containers.unit = lambda row, c, s=containers: bracket_unit(s.column_label(c))
    items = TableSpec(
        key="items", doc=TOKEI_PDF, title="主要品目別の輸出額",
        header=[["品目", "令和５年度（億円）", "令和６年度（億円）", "前年度比（％）"]],
        rows=[[n, fw(a), fw(b), cell(pct1(b, a))] for n, a, b in ITEMS],
        col_widths=[50 * mm, 34 * mm, 34 * mm, 30 * mm], ruled=False, table_fy=2024,
    )
    items.unit = lambda row, c, s=items: bracket_unit(s.column_label(c))
    return ports, partners, containers, items


def change(now: int, before: int) -> str:
    """「6.2％増」 / 「1.8％減」: the change in per cent with one decimal."""
    d = half_up((Decimal(now) / Decimal(before) - 1) * 100, "0.1")
    return f"{abs(d)}％{'増' if d > 0 else '減'}"


def tokei_story(specs):
    ports, partners, containers, items = specs
    ex, im = port_totals()
    asia = PARTNERS[0][1]
    st = [Spacer(1, 2 * mm), P("令和６年度版", SUBTITLE), P(TOKEI, TITLE),
          P("県内の港湾・空港における輸出入の状況", SUBTITLE), Spacer(1, 1 * mm),
          P("令和７年８月", DATE_RIGHT), P(TOKEI_DEPT, DATE_RIGHT), Spacer(1, 2 * mm)]
    st += [P("１　概要", H1)]
    st += lv_lines([
        ("対象", "楢港、西津港及び楢空港で通関された輸出入貨物"),
        ("対象期間", "令和６年度（2024年４月から2025年３月まで）"),
        ("資料", "税関の輸出入統計を基に県が集計"),
        ("公表日", "令和７年８月29日"),
    ], 0)
    st += paras("""
この年報において「輸出額」とは、輸出申告の価格（ＦＯＢ価格）の合計をいい、「輸入額」とは、輸入申告の価格（ＣＩＦ価格）の合計をいう。「相手国・地域」とは、輸出では最終の仕向地、輸入では原産地の国・地域をいう。また、「ＴＥＵ」とは、20フィートコンテナに換算した個数をいう。
""", 0)
    st += [P("２　輸出入の概況", H1)]
    st += paras(f"""
令和６年度の県内３港の輸出額は{ex:,}億円（前年度比{change(ex, PREV_TOTALS[0])}）、輸入額は{im:,}億円（同{change(im, PREV_TOTALS[1])}）であった。港湾・空港別では、楢港が輸出額、輸入額ともに７割近くを占めている。
""", 0)
    st += [caption(ports.title, "（令和６年度）"), ports.flowable(), Spacer(1, 2)]
    st += notes(["※１ 構成比は、小数点以下第２位を四捨五入した。"])
    st += [P("３　相手国・地域別の輸出入", H1)]
    st += paras(f"""
輸出額では中国が{asia[0][1]}億円で最も多く、米国、韓国が続いた。地域別では、アジアが輸出額の７割近く、輸入額の４分の３を占めている。
""", 0)
    st += [caption(partners.title, "（令和６年度、単位：億円）", keep=False), partners.flowable(), Spacer(1, 2)]
    st += notes(["※２ 「その他アジア」はインドネシア、マレーシア、フィリピン、インド等、「その他欧州」はフランス、イタリア等である。"])
    st += [P("４　コンテナ取扱量", H1)]
    last = CONTAINERS[-1]
    st += paras(f"""
県内でコンテナを取り扱うのは楢港だけである。令和６年度の取扱量は{last[1] + last[2]:,}ＴＥＵで、過去５年間で最も多かった。
""", 0)
    st += [caption(containers.title), containers.flowable(), Spacer(1, 2)]
    st += [P("５　主要品目の輸出", H1)]
    st += paras("""
輸出の主要品目では電気機器が最も多く、輸送用機器と水産物・水産加工品は前年度比で１割を超えて増えた。一方、化学製品と木材・木製品は減少した。
""", 0)
    st += [caption(items.title, "（上位６品目）"), items.flowable(), Spacer(1, 2)]
    st += [P("６　港湾・空港別の概況", H1)]
    for i, (head, out_, in_, who) in enumerate(PORT_NOTES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な輸出品目", out_), ("主な輸入品目", in_), ("主な相手国・地域", who)], 1)
    st += [P("７　利用上の注意", H1)]
    st += bullets([
        "県外の港湾・空港で通関された県内企業の貨物は含まない。",
        "船舶や航空機に積み込む燃料、食料等の用品は含まない。",
        "令和６年度の数値には、確定前の数値を一部含む。",
    ], 0)
    st += [P("８　今後の公表予定", H1)]
    st += numbered([
        "① 四半期ごとの速報値を、各四半期の終了後２か月以内に公表する。",
        "② 令和７年度版の年報は、令和８年８月に公表する予定である。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("９　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{TOKEI_DEPT} 経済統計班　電話：099-494-2740　ファクス：099-494-2749",
        f"{KYOKAI}（港の利用の相談）　電話：099-494-6100",
        "電子メール：nara-tokei@example.jp",
    ]))
    return st


# ================================================================ document 3: export testing room, service rules
CENTRE = f"{PREF}産業技術センター"
ROOM = "輸出製品試験室"
KITEI_TITLE = f"{CENTRE} {ROOM} 利用規程"
KITEI_DEPT = f"{CENTRE} 電子技術部"
ZAIDAN = f"公益財団法人{PREF}産業振興財団"
FEES = [  # 試験項目, 料金の単位, 県内中小企業者（円） (一般 = twice, note ※１)
    ("放射妨害波測定（ＥＭＣ）", "１時間", 9800), ("雑音端子電圧測定（ＥＭＣ）", "１時間", 7600),
    ("電気安全試験（耐電圧・絶縁）", "１試料", 5400), ("ＲｏＨＳ分析（蛍光Ｘ線）", "１試料", 4200),
    ("包装貨物の振動試験", "１時間", 6300), ("包装貨物の落下試験", "１回", 2100),
    ("塩水噴霧試験", "24時間", 11500),
]
GENERAL_FACTOR = 2
OVERTIME = Decimal("1.5")  # note ※２: 5割増し
USAGE_YEARS = (2022, 2023, 2024)
USAGE = [  # 区分, 単位, 令和４年度, 令和５年度, 令和６年度
    ("依頼試験", "件", 412, 468, 531), ("機器開放", "時間", 1860, 2240, 2615),
    ("技術相談", "件", 236, 281, 344), ("利用企業数", "社", 148, 167, 189),
    ("うち県外企業", "社", 21, 26, 33),
]
SERVICES = [  # 見出し, 内容, 申込み, 料金 (same labels in every sibling section)
    ("依頼試験", "海外規格（ＣＥマーキング、ＵＬ規格等）に対応する試験をセンターの職員が行い、試験成績書を交付する",
     "利用日の10日前までに依頼書を提出する", "別表第１のとおり"),
    ("機器開放", "利用者が自ら機器を操作して試験を行う（初回は操作講習（２時間、無料）の受講が必要）",
     "利用日の14日前から前日までにウェブで予約する", "１時間当たり1,500円（一般は3,000円）"),
    ("技術相談", "輸出先の規格の要求事項、試験方法及び製品の表示についての相談に応じる",
     "随時（電話又は電子メール）", "無料"),
]
CANCEL = [  # 取消しの時期, 取消料
    ("利用日の８日前まで", "無料"), ("利用日の７日前から２日前まで", "料金の30％"),
    ("利用日の前日", "料金の50％"), ("利用日の当日又は連絡がない場合", "料金の全額"),
]


def kitei_specs():
    fees = TableSpec(
        key="fees", doc=KITEI_PDF, title="依頼試験の料金",
        header=[["試験項目", "料金の単位", "県内中小企業者（円）", "一般（円）"]],
        rows=[[n, u, fw(a), fw(a * GENERAL_FACTOR)] for n, u, a in FEES],
        col_widths=[62 * mm, 26 * mm, 38 * mm, 30 * mm], value_cols=[2, 3], table_fy=2025,
        align_left_cols=(1,),
    )
    fees.unit = lambda row, c, s=fees: bracket_unit(s.column_label(c))
    usage = TableSpec(
        key="usage", doc=KITEI_PDF, title="区分別の利用実績",
        header=[["区分", "単位"] + [reiwa(y) for y in USAGE_YEARS]],
        rows=[[n, u] + [fw(x) for x in xs] for n, u, *xs in USAGE],
        col_widths=[40 * mm, 18 * mm, 30 * mm, 30 * mm, 30 * mm], value_cols=[2, 3, 4],
        align_left_cols=(1,),
    )
    usage.unit = lambda row, c: nfkc(row[1])
    return fees, usage


def kitei_story(specs):
    fees, usage = specs
    last = {n: xs[-1] for n, _u, *xs in USAGE}
    st = [Spacer(1, 2 * mm), P(CENTRE, SUBTITLE), P(f"{ROOM} 利用規程", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月28日改正", DATE_RIGHT), P(KITEI_DEPT, DATE_RIGHT), Spacer(1, 2 * mm)]
    st += article("（目的）", f"第１条　この規程は、{CENTRE}（以下「センター」という。）の{ROOM}（以下「試験室」という。）の利用について、必要な事項を定めるものとする。")
    st += article("（定義）", "第２条　この規程において「依頼試験」とは、利用者の依頼を受けて、センターの職員が試験室の機器を用いて行う試験をいう。")
    st += [P("２　この規程において「機器開放」とは、利用者が自ら試験室の機器を操作して試験を行うことをいう。", hanging(0, 1)),
           P("３　この規程において「県内中小企業者」とは、県内に事業所を有する中小企業者（中小企業基本法第２条第１項に規定する中小企業者をいう。）をいう。", hanging(0, 1))]
    st += article("（利用できる者）", "第３条　試験室を利用できる者は、法人及び個人事業主とし、県外の事業者も利用できる。ただし、機器開放は、センターが行う操作講習を修了した者に限る。")
    st += article("（業務の内容）", "第４条　試験室の業務は、次のとおりとする。")
    for i, (head, what, how, fee) in enumerate(SERVICES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("内容", what), ("申込み", how), ("料金", fee)], 1)
    st += article("（料金）", "第５条　依頼試験の利用者は、別表第１に定める料金を納付しなければならない。")
    st += [caption(fees.title, "（別表第１、令和７年４月１日から）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「一般」の欄は、県内中小企業者以外の利用者に適用する。",
        "※２ 平日の17時15分から後又は休業日に試験を行う場合は、料金を５割増しとする。",
        "※３ 英文の試験成績書の交付を受ける場合は、１通につき2,200円を加算する。",
    ])
    st += article("（利用の手続）", "第６条　試験室の利用の手続は、次のとおりとする。")
    st += numbered([
        "① 事前相談（試験の内容と日程を試験室と打ち合わせる）",
        "② 利用申込書（依頼試験は依頼書）の提出",
        "③ 利用の承認と日程の確定（承認通知書の送付）",
        "④ 試料の搬入（利用日の３日前まで）",
        "⑤ 試験の実施",
        "⑥ 料金の納付（請求書の発行の日から30日以内）と試験成績書の交付",
    ], 0)
    st += article("（利用時間等）", "第７条　試験室の利用時間及び休業日は、次のとおりとする。")
    st += lv_lines([
        ("利用時間", "平日の８時30分から17時15分まで"),
        ("休業日", "土曜日、日曜日、祝日及び12月29日から１月３日まで"),
    ], 0)
    st += article("（利用の取消し）", "第８条　利用者の都合により利用を取り消す場合は、取消しの時期に応じて、次の取消料を納付しなければならない。")
    st += lv_lines(CANCEL, 0)
    st += article("（利用の制限）", "第９条　センターは、次のいずれかに該当するときは、利用を承認しない。")
    st += bullets([
        "試験の目的が法令又は公序良俗に反するとき。",
        "試験の結果が、外国為替及び外国貿易法の規制に触れる輸出に用いられるおそれがあるとき。",
        "試験室の設備を損傷するおそれがあるとき。",
    ], 0)
    st += article("（損害賠償）", "第10条　利用者は、故意又は過失により試験室の設備を損傷したときは、その損害を賠償しなければならない。")
    st += [P("附　則", ARTICLE), P(INDENT + "この規程は、令和７年４月１日から施行する。", indented(0))]
    st += [P("（参考）利用実績", H1)]
    st += paras(f"""
令和６年度の依頼試験は{last['依頼試験']}件、利用企業は{last['利用企業数']}社で、いずれも３年続けて増えた。ＣＥマーキングに向けたＥＭＣの試験が依頼試験のおよそ４割を占めている。
""", 0)
    st += [caption(usage.title, "（令和４年度から令和６年度まで）"), usage.flowable(), Spacer(1, 2)]
    st += notes(["※４ 利用企業数は、依頼試験、機器開放又は技術相談を１回以上利用した企業の数である。"])
    st += [CondPageBreak(30 * mm), P("問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KITEI_DEPT} {ROOM}　電話：099-497-1180　ファクス：099-497-1189",
        f"{ZAIDAN}（輸出の規格相談窓口）　電話：099-497-2300",
        "電子メール：nara-shiken@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return yoko_specs() + tokei_specs() + kitei_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    yspecs, tspecs, kspecs = yoko_specs(), tokei_specs(), kitei_specs()
    ydoc = build_pdf(docs_dir / YOKO_PDF, yspecs, yoko_story(yspecs),
                     YOKO_TITLE, "令和７年４月１日施行", YOKO_DEPT)
    tdoc = build_pdf(docs_dir / TOKEI_PDF, tspecs, tokei_story(tspecs),
                     f"令和６年度版 {TOKEI}", "令和７年８月", TOKEI_DEPT)
    kdoc = build_pdf(docs_dir / KITEI_PDF, kspecs, kitei_story(kspecs),
                     KITEI_TITLE, "令和７年４月１日施行", KITEI_DEPT)
    gold = all_gold({YOKO_PDF: ydoc.row_pages, TOKEI_PDF: tdoc.row_pages, KITEI_PDF: kdoc.row_pages})
    write_jsonl(out / "tables.jsonl", gold)
    pages = extract_pages(docs_dir)
    write_texts(text_dir, pages)
    return gold, pages


PREFIX_Q, PREFIX_T = "h45q", "h45t"


# ================================================================ questions
# `absent` (unanswerable only, not written out): terms that must occur in no document.
# `history` (followups only): the earlier turns of the conversation.
def _turns(*pairs) -> list[dict]:
    out = []
    for user, assistant in zip(pairs[::2], pairs[1::2]):
        out += [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]
    return out


QUESTIONS = [
    # --- yoko: the pop-up store grant guideline, tables (a) (b) (c), definitions, costs not covered, sibling sections, steps
    dict(question="雑貨の小売店で、従業員がちょうど５人の会社から相談を受けています。海外のポップアップストアの広告宣伝費は、何％まで補助されますか？",
         category="yoko", doc=YOKO_PDF,
         evidence=["主たる事業とする者は５人", "広告宣伝費 50 75 30 40"], answer=["75"],
         notes="two facts: a retailer is 商業, whose limit is 「５人…以下」, so ５人 exactly makes the firm a 小規模事業者 "
               "(第２条第２項, asked at its boundary); (a) two-level header, leaf 補助率（％）／小規模事業者; 50 "
               "(中小企業者) is the trap"),
    dict(question="2025年度の要綱で、パリに単独で出店して販売員を日本から送る場合、その渡航費の上限額はいくらですか？",
         category="yoko", doc=YOKO_PDF, evidence=["販売員の渡航費 40 50 15 30"], answer=["30"],
         notes="(a) leaf 上限額（万円）／欧米・その他 (パリ is outside Asia, note ※２); 15 (アジア) is the trap, and 40 / 50 "
               "are rates; 2025年度 = 令和７年度 (printed nowhere in Western form)"),
    dict(question="バンコクの商業施設に県内の４社で一緒に店を出す計画です。この場合、１社当たりの会場借上費の補助上限はいくらになりますか？",
         category="yoko", doc=YOKO_PDF, evidence=["それぞれ別表の額の1.5倍", "会場借上費・出店料 50 60 60 100"],
         answer=["90万円"], computed=True,
         notes="three facts: ４社 is 「３以上」, so a 共同出店 (第２条第３項); バンコク is in Asia (note ※２); (a) 上限額（万円）／"
               "アジア 60 × 1.5 (note ※３) = 90万円; 60 (the printed cap) and 100 (欧米・その他) are the traps"),
    dict(question="2023年度には、何件の事業者に補助金が交付されましたか？",
         category="yoko", doc=YOKO_PDF, evidence=["令和５年度 27 18 ３ 1,205"], answer=["18"],
         notes="(b) years as rows: 2023年度 = 令和５年度 (only 2021年度 is printed in Western form); column 交付件数（件）; "
               "27 (申請件数) is the trap"),
    dict(question="令和６年度に交付した補助金は、１件当たり平均でいくらになりますか？",
         category="yoko", doc=YOKO_PDF, evidence=["令和６年度 34 22 ６ 1,548"], answer=["70.4万円"], computed=True,
         notes="(b) average in a row: 1,548 / 22 = 70.4万円 (not 1,548 / 34 applications)"),
    dict(question="台北の百貨店で５日間だけ店を出す計画でも、この補助金のポップアップストアに当たりますか？",
         category="yoko", doc=YOKO_PDF, evidence=["７日以上90日以内の期間を限って開設する店舗"], answer=["７日以上"],
         notes="definition 「ポップアップストア」とは…７日以上90日以内の期間を限って開設する店舗をいう (第２条): 5 days is too "
               "short, so no"),
    dict(question="2024年度にバンコクへ出店して補助を受けたのは何件ですか？",
         category="yoko", doc=YOKO_PDF, evidence=["バンコク ２ ３ ４ ９"], answer=["４"],
         notes="(c) fiscal years as columns: 2024年度 = the 令和６年度 column; ９ (the 計 column on the right) and ３ "
               "(令和５年度) are the traps"),
    dict(question="令和４年度から令和６年度までの３年間で、シンガポールへの出店に交付されたのは合わせて何件ですか？",
         category="yoko", doc=YOKO_PDF, evidence=["シンガポール １ ２ ３ ６"], answer=["６"],
         notes="(c) the total column 計 on the right (its cell has fiscal_year_range 2022-2024); ３ (令和６年度) is the trap"),
    dict(question="漆の器を作っている会社の事例では、ポップアップストアでどれだけ売り上げましたか？",
         category="yoko", doc=YOKO_PDF, evidence=["漆器製造業Ｂ社", "売上額：512万円"], answer=["512万円"],
         notes="sibling sections （１）–（３） of （参考３） share the labels 出店先, 出店期間, 売上額; （２）漆器製造業Ｂ社 "
               "(漆の器 = 漆器); 386万円 and 248万円 are the siblings' values"),
    dict(question="出店が終わったあと、実績報告書はいつまでに出せばよいですか？",
         category="yoko", doc=YOKO_PDF, evidence=["出店の終了日から30日以内"], answer=["30日以内"],
         notes="procedure step ⑤ (遅くとも令和８年３月10日 is the outer limit); the 30日以内 for paying the fee in the "
               "testing rules belongs to another document"),
    dict(question="現地でアルバイトの販売員を雇う場合、その給料も補助してもらえますか？",
         category="yoko", doc=YOKO_PDF, evidence=["補助の対象としない", "現地で雇用する販売員の人件費"],
         answer=["対象としない"],
         notes="the costs not covered (第５条, a lead sentence and bulleted items split by the page 1→2 break): the local "
               "sales staff's wages; 販売員の渡航費 (covered, (a)) is the near miss"),
    # --- tokei: the trade statistics yearbook, tables (d) (e) (f) (g), a definition, sibling sections
    dict(question="西津港は、県全体の輸入額のうち何％を占めていますか？",
         category="tokei", doc=TOKEI_PDF, evidence=["西津港 604 21.2 958 27.3"], answer=["27.3"],
         notes="(d) paired amount and share columns under a two-level header, leaf 輸入／構成比（％）; 21.2 (the export "
               "share) is the trap"),
    dict(question="令和６年度の県内３港の貿易は、輸入が輸出をいくら上回っていましたか？",
         category="tokei", doc=TOKEI_PDF, evidence=["合計 2,846 100.0 3,512 100.0"], answer=["666億円"], computed=True,
         notes="(d) difference in the 合計 row: 3,512 − 2,846 = 666億円 (the two totals are also in the prose of ２)"),
    dict(question="2024年度のオランダ向けの輸出額はいくらでしたか？",
         category="tokei", doc=TOKEI_PDF, evidence=["オランダ 64 22"], answer=["64"],
         notes="(e) continuation page (no header there): column 輸出額, unit 億円 from the caption; 22 (輸入額) is the "
               "trap; 2024年度 = 令和６年度 (the yearbook prints 2024年４月, never 2024年度)"),
    dict(question="北米全体への輸出額は、合わせていくらでしたか？",
         category="tokei", doc=TOKEI_PDF, evidence=["北米計 430 424"], answer=["430"],
         notes="(e) a subtotal row inside the table (北米計, on the continuation page); 372 (米国) and 424 (輸入額) are "
               "the traps"),
    dict(question="令和６年度の輸入額のうち、中国からの輸入は何％を占めていますか？",
         category="tokei", doc=TOKEI_PDF, evidence=["中国 612 1,024", "輸入額は3,512億円"], answer=["29.2%"],
         computed=True,
         notes="(e) share: 1,024 / 3,512 = 29.2 % (the total in the 合計 row or the prose of ２); 612 is exports"),
    dict(question="2022年度に楢港で扱ったコンテナは、輸出と輸入を合わせて何ＴＥＵでしたか？",
         category="tokei", doc=TOKEI_PDF, evidence=["令和４年度 43,880 49,210 93,090"], answer=["93,090"],
         notes="(f) years as rows: 2022年度 = 令和４年度, column 計（ＴＥＵ）; 43,880 (輸出) is the trap"),
    dict(question="楢港のコンテナ取扱量は、令和２年度から令和６年度にかけてどれだけ増えましたか？",
         category="tokei", doc=TOKEI_PDF,
         evidence=["令和２年度 38,420 45,160 83,580", "令和６年度 46,290 50,830 97,120"], answer=["13,540"],
         computed=True,
         notes="(f) difference between two year rows, column 計（ＴＥＵ）: 97,120 − 83,580 = 13,540 TEU"),
    dict(question="2023年度の一般機械の輸出額はいくらでしたか？",
         category="tokei", doc=TOKEI_PDF, evidence=["一般機械 488 521 106.8"], answer=["488"],
         notes="(g) unruled table, column 令和５年度（億円） (2023年度 = 令和５年度); 521 (令和６年度) is the trap"),
    dict(question="楢空港から輸出されている主な品目を教えてください。",
         category="tokei", doc=TOKEI_PDF, evidence=["（３）楢空港", "主な輸出品目：電子部品、医薬品"], answer=["電子部品"],
         notes="sibling sections （１）–（３） of ６ share the labels 主な輸出品目, 主な輸入品目, 主な相手国・地域; "
               "（３）楢空港 (電子部品、医薬品); 楢港's 電気機器 (the name 楢港 is inside 楢空港) is the trap"),
    dict(question="この年報の輸出額には、海上運賃や保険料も含まれているのでしょうか？",
         category="tokei", doc=TOKEI_PDF, evidence=["輸出申告の価格（ＦＯＢ価格）"], answer=["ＦＯＢ価格"],
         notes="definition in １: 「輸出額」とは、輸出申告の価格（ＦＯＢ価格）の合計 (FOB: no freight or insurance); the "
               "ＣＩＦ価格 (with them) is the imports', the trap"),
    # --- kitei: the testing room's service rules, tables (h) (i), a definition, sibling sections
    dict(question="従業員が500人いる県内の大手メーカーが、RoHSの分析を１試料頼むと料金はいくらですか？",
         category="kitei", doc=KITEI_PDF, evidence=["ＲｏＨＳ分析（蛍光Ｘ線） １試料 4,200 8,400"], answer=["8,400"],
         notes="two facts: a large firm is not a 県内中小企業者 (第２条第３項), so note ※１ puts it in the column 一般（円）; "
               "(h) row ＲｏＨＳ分析; 4,200 is the trap; RoHS asked half-width"),
    dict(question="県内の中小企業が、ＥＭＣの放射妨害波の測定を平日の日中に３時間頼むと、料金はいくらになりますか？",
         category="kitei", doc=KITEI_PDF, evidence=["放射妨害波測定（ＥＭＣ） １時間 9,800 19,600"], answer=["29,400円"],
         computed=True,
         notes="(h) product: 9,800円 per hour (料金の単位 １時間) × 3 = 29,400円; daytime on a weekday, so no surcharge"),
    dict(question="2023年度に、機器開放は延べ何時間利用されましたか？",
         category="kitei", doc=KITEI_PDF, evidence=["機器開放 時間 1,860 2,240 2,615"], answer=["2,240"],
         notes="(i) fiscal years as columns and a 単位 column (時間): 2023年度 = 令和５年度; 2,615 (令和６年度) is the trap"),
    dict(question="依頼試験の件数は、令和５年度から令和６年度にかけて何％増えましたか？",
         category="kitei", doc=KITEI_PDF, evidence=["依頼試験 件 412 468 531"], answer=["13.5%"], computed=True,
         notes="(i) growth between two year columns: 531 / 468 − 1 = 13.5 %"),
    dict(question="機器を自分で操作して試験したい場合、予約はいつからいつまでにすればよいですか？",
         category="kitei", doc=KITEI_PDF, evidence=["（２）機器開放", "利用日の14日前から前日までにウェブで予約する"],
         answer=["14日前から前日まで"],
         notes="sibling sections （１）–（３） of 第４条 share the labels 内容, 申込み, 料金; （２）機器開放 (自分で操作 = "
               "the definition of 機器開放); 利用日の10日前まで (依頼試験) is the sibling's value"),
    dict(question="依頼試験を利用日の３日前に取り消すことになりました。取消料はかかりますか？",
         category="kitei", doc=KITEI_PDF, evidence=["利用日の７日前から２日前まで：料金の30％"], answer=["30％"],
         notes="「label：value」 lines of 第８条: ３日前 falls in 「７日前から２日前まで」; 無料 (８日前まで) and 50％ (前日) "
               "are the near misses"),
    dict(question="試験に使う試料は、いつまでにセンターへ持ち込めばよいですか？",
         category="kitei", doc=KITEI_PDF, evidence=["試料の搬入（利用日の３日前まで）"], answer=["３日前まで"],
         notes="procedure step ④ of 第６条; the 10日前 of the 依頼書 is the near miss"),
    dict(question="県内の中小企業が、包装貨物の振動試験を土曜日に２時間行ってもらうと、料金はいくらになりますか？",
         category="kitei", doc=KITEI_PDF, evidence=["料金を５割増しとする", "包装貨物の振動試験 １時間 6,300 12,600"],
         answer=["18,900円"], computed=True,
         notes="three facts: 土曜日 is a 休業日 (第７条), so note ※２ adds 5割; (h) 6,300円 per hour × 2 × 1.5 = 18,900円; "
               "12,600円 (2 hours without the surcharge, and the 一般 fee) is the trap"),
    # --- followups
    dict(question="では、その経費で、出店先が香港の場合の上限額はいくらですか？",
         category="followup", doc=YOKO_PDF, evidence=["内装・什器の制作費 50 60 40 60"], answer=["40"],
         history=_turns("内装や什器を作る費用は、小規模事業者だと何％補助されますか？",
                        "小規模事業者の場合、補助率は60％です[1]。"),
         notes="(a) the row from the history (内装・什器の制作費), leaf 上限額（万円）／アジア (香港, note ※２); 60 "
               "(欧米・その他, and the rate of the history) is the trap"),
    dict(question="その年度に交付した補助金の額は、合わせていくらでしたか？",
         category="followup", doc=YOKO_PDF, evidence=["令和４年度 19 13 ３ 812"], answer=["812"],
         history=_turns("2022年度には何件の申請がありましたか？",
                        "2022年度（令和４年度）の申請は19件でした[1]。"),
         notes="(b) the year from the history (2022年度 = 令和４年度), column 交付額（万円）; 13 (交付件数) is the trap"),
    dict(question="では、その国との貿易は、輸出と輸入を合わせていくらになりますか？",
         category="followup", doc=TOKEI_PDF, evidence=["ベトナム 232 364"], answer=["596億円"], computed=True,
         history=_turns("令和６年度のベトナム向けの輸出額はいくらでしたか？",
                        "令和６年度のベトナム向けの輸出額は232億円でした[1]。"),
         notes="(e) the row from the history (ベトナム): 232 + 364 = 596億円"),
    dict(question="それは前の年度と比べて何件増えましたか？",
         category="followup", doc=KITEI_PDF, evidence=["技術相談 件 236 281 344"], answer=["63件"], computed=True,
         history=_turns("令和６年度の技術相談は何件ありましたか？",
                        "令和６年度の技術相談は344件でした[1]。"),
         notes="(i) the row from the history (技術相談), the year column before 令和６年度: 344 − 281 = 63件"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=KITEI_PDF, evidence=["電話：099-497-2300"], answer=["099-497-2300"],
         history=_turns("ＣＥマーキングの規格について、試験を申し込む前に相談できる窓口はありますか？",
                        "公益財団法人楢県産業振興財団の輸出の規格相談窓口で相談を受け付けています[1]。"),
         notes="contact box of the testing rules: the 財団's phone (second line); the 試験室's phone 099-497-1180 and fax "
               "099-497-1189 (first line) are the near misses"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="ポップアップストアには、１店舗当たり平均で何人くらいの来店者がありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline gives grants, counts by city and three cases' sales, not the visitors",
         absent=["来店者", "来場者", "来客"]),
    dict(question="これまでの出店先の都市の中で、売上額がいちばん大きかったのはどの都市ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the grants are counted by city ((c)); sales are given only for the three cases, not by city",
         absent=["都市別の売上", "都市別売上", "売上額の合計"]),
    dict(question="令和６年度の輸出額を月別に見ると、いちばん多かったのは何月ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the yearbook gives the year by port, partner and item; quarterly figures are only announced (８ ①)",
         absent=["月別", "月次"]),
    dict(question="楢港のコンテナのうち、中国航路の取扱量は何ＴＥＵでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="containers are given by year and by export/import only, not by route",
         absent=["航路"]),
    dict(question="依頼試験を申し込んでから試験成績書を受け取るまで、ふつう何日くらいかかりますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the rules give the deadlines for applying (10日前), bringing samples (３日前) and paying (30日以内), not "
               "how long a test takes",
         absent=["所要日数", "営業日", "日程の目安"]),
    dict(question="2024年度に依頼試験を受けた製品のうち、海外規格に適合しなかった割合はどれくらいですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the record counts tests, hours, consultations and firms, not the results of the tests",
         absent=["不適合", "不合格", "合格率", "適合率"]),
]
CATEGORY_COUNTS = {"yoko": 11, "tokei": 10, "kitei": 8, "followup": 5, "unanswerable": 6}
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
    "経費区分別の補助率と上限額", "交付実績の推移", "出店都市別の交付件数",
    "港湾・空港別の輸出入額", "相手国・地域別の輸出入額", "楢港のコンテナ取扱量の推移", "主要品目別の輸出額",
    "依頼試験の料金", "区分別の利用実績")
LETTERS = dict(zip((A, B, C, D, E, F, G, H, I), "abcdefghi"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y, unit) -> str:
    q = half_up(Decimal(x) / Decimal(y), "0.1")
    return f"{int(q) if q == q.to_integral() else q}{unit}"


def _yen(x) -> str:
    return f"{int(x):,}円"


COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h45q03": lambda g: f"{int(g(A, '会場借上費・出店料', '上限額（万円）／アジア', 2025) * JOINT_FACTOR)}万円",
    "h45q05": lambda g: _avg(g(B, "令和６年度", "交付額（万円）", 2024), g(B, "令和６年度", "交付件数（件）", 2024), "万円"),
    "h45q13": lambda g: f"{g(D, '合計', '輸入／金額（億円）', 2024) - g(D, '合計', '輸出／金額（億円）', 2024)}億円",
    "h45q16": lambda g: _pct(g(E, "中国", "輸入額", 2024), g(E, "合計", "輸入額", 2024)),
    "h45q18": lambda g: f"{g(F, '令和６年度', '計（ＴＥＵ）', 2024) - g(F, '令和２年度', '計（ＴＥＵ）', 2020):,}",
    "h45q23": lambda g: _yen(g(H, "放射妨害波測定（ＥＭＣ）", "県内中小企業者（円）", 2025) * 3),
    "h45q25": lambda g: f"{pct1(g(I, '依頼試験', '令和６年度', 2024) - g(I, '依頼試験', '令和５年度', 2023), g(I, '依頼試験', '令和５年度', 2023))}%",
    "h45q29": lambda g: _yen(g(H, "包装貨物の振動試験", "県内中小企業者（円）", 2025) * 2 * OVERTIME),
    "h45q32": lambda g: f"{g(E, 'ベトナム', '輸出額', 2024) + g(E, 'ベトナム', '輸入額', 2024)}億円",
    "h45q33": lambda g: f"{g(I, '技術相談', '令和６年度', 2024) - g(I, '技術相談', '令和５年度', 2023)}件",
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {YOKO_PDF: (3, 3), TOKEI_PDF: (3, 3), KITEI_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (150, 200)
TABLE_QUESTIONS = 20  # at least, outside the followups
COMPUTED_QUESTIONS = 10
BEFORE_BREAK_ROWS = ("中国", "タイ")  # rows of (e) expected before the page break
CONTINUED_ROWS = ("その他アジア", "アジア計", "北米計", "オランダ", "欧州計", "合計")  # and after it


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout45.py")
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
            if roles != ["user", "assistant"] * (len(history) // 2) or len(history) not in (2, 4):
                errors.append(f"{qid}: history must be 1-2 alternating user/assistant turns")
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
    n = sum(bool(q.get("computed")) for q in questions)
    if n != COMPUTED_QUESTIONS:
        errors.append(f"{n} computed questions, expected {COMPUTED_QUESTIONS}")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout45.py")
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
            # each printed row, cell after cell, on its page
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

    def adds_up(table, cols, skip=()):
        tab = t[table]
        for col in cols:
            if tab["合計"][col] != sum(r[col] for row, r in tab.items() if row != "合計" and row not in skip):
                errors.append(f"{table}: 合計 of {col} does not add up")

    # (a): small firms get at least the general rate; 欧米・その他 caps at least the Asian ones;
    # a joint store's cap (× 1.5, note ※３) stays within the firm cap of note ※４
    for row, r in t[A].items():
        if r["補助率（％）／小規模事業者"] < r["補助率（％）／中小企業者"]:
            errors.append(f"{A} / {row}: 小規模事業者 rate below the 中小企業者 rate")
        if r["上限額（万円）／欧米・その他"] < r["上限額（万円）／アジア"]:
            errors.append(f"{A} / {row}: the 欧米・その他 cap is below the Asian one")
        if r["上限額（万円）／欧米・その他"] * JOINT_FACTOR > COMPANY_CAP:
            errors.append(f"{A} / {row}: a joint store's cap above the firm cap of note ※４")
    # (b): growing applications; grants within applications and within grants × firm cap; joint stores of 3+
    b = t[B]
    ns = [r["申請件数（件）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for row, r in b.items():
        if r["交付件数（件）"] > r["申請件数（件）"] or r["交付額（万円）"] > r["交付件数（件）"] * COMPANY_CAP \
                or r["うち共同出店（件）"] > r["交付件数（件）"] or r["うち共同出店（件）"] % 3:
            errors.append(f"{B} / {row}: grants or joint stores out of range")
    # (c): 合計 adds up, 計 is the sum of the year columns, each year's 合計 equals (b)'s 交付件数
    c = t[C]
    year_cols = [reiwa(y) for y in CITY_YEARS]
    adds_up(C, year_cols + ["計"])
    for row, r in c.items():
        if r["計"] != sum(r[y] for y in year_cols):
            errors.append(f"{C} / {row}: 計 is not the sum of the year columns")
    for y in CITY_YEARS:
        if c["合計"][reiwa(y)] != b[reiwa(y)]["交付件数（件）"]:
            errors.append(f"{C}: 合計 of {reiwa(y)} differs from {B}")
    paris = next(x for x in CITIES if x[0] == "パリ")
    if paris[3] < 3:
        errors.append(f"{C}: the joint store in パリ (case （２）) needs at least 3 grants in 令和６年度")
    # (d): 合計 adds up, the shares come from the amounts; the totals equal (e)'s 合計
    d = t[D]
    adds_up(D, ("輸出／金額（億円）", "輸入／金額（億円）"))
    for row, r in d.items():
        for side in ("輸出", "輸入"):
            want = pct1(r[f"{side}／金額（億円）"], d["合計"][f"{side}／金額（億円）"])
            if Decimal(str(r[f"{side}／構成比（％）"])) != want:
                errors.append(f"{D} / {row}: {side} share differs from the amounts")
    e = t[E]
    if (e["合計"]["輸出額"], e["合計"]["輸入額"]) != (d["合計"]["輸出／金額（億円）"], d["合計"]["輸入／金額（億円）"]):
        errors.append(f"{E}: 合計 differs from {D}")
    # (e): each subtotal adds its countries up; 合計 adds up the countries (not the subtotals)
    adds_up(E, ("輸出額", "輸入額"), skip=SUBTOTALS)
    for _region, members, sub in PARTNERS:
        if sub:
            for col in ("輸出額", "輸入額"):
                if e[sub][col] != sum(e[m[0]][col] for m in members):
                    errors.append(f"{E} / {sub}: {col} does not add up")
    # (f): 計 = 輸出 + 輸入
    for row, r in t[F].items():
        if r["計（ＴＥＵ）"] != r["輸出（ＴＥＵ）"] + r["輸入（ＴＥＵ）"]:
            errors.append(f"{F} / {row}: 計 is not 輸出 + 輸入")
    # (g): 前年度比 from the two years
    for row, r in t[G].items():
        if Decimal(str(r["前年度比（％）"])) != pct1(r["令和６年度（億円）"], r["令和５年度（億円）"]):
            errors.append(f"{G} / {row}: 前年度比 differs from the amounts")
    # (h): 一般 = twice the 県内中小企業者 fee
    for row, r in t[H].items():
        if r["一般（円）"] != GENERAL_FACTOR * r["県内中小企業者（円）"]:
            errors.append(f"{H} / {row}: 一般 is not twice the 県内中小企業者 fee")
    # (i): うち県外企業 within 利用企業数; 依頼試験 and 利用企業数 grow every year (prose: ３年続けて増えた)
    i_ = t[I]
    for y in USAGE_YEARS:
        if i_["うち県外企業"][reiwa(y)] > i_["利用企業数"][reiwa(y)]:
            errors.append(f"{I}: うち県外企業 above 利用企業数 in {reiwa(y)}")
    for row in ("依頼試験", "利用企業数"):
        xs = [i_[row][reiwa(y)] for y in USAGE_YEARS]
        if xs != sorted(set(xs)):
            errors.append(f"{I} / {row}: should grow every year")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    partners = specs["partners"]
    bp = sorted({g["page"] for g in gold if g["table"] == E})
    if len(bp) != 2:
        errors.append(f"{E} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(partners.header[0]))
        on = [i + 1 for i, p in enumerate(pages[TOKEI_PDF]) if header in norm(p)]
        if partners.repeat_header or on != bp[:1]:
            errors.append(f"{E}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == E and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == E and g["page"] == bp[1]}
        if not 3 <= len(first) <= 8:
            errors.append(f"{E}: {len(first)} rows before the page break, expected 3-8")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{E}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("「その他アジア」はインドネシア") not in norm(pages[TOKEI_PDF][bp[1] - 1]):
            errors.append(f"{E}: note ※２ should follow the table on the continuation page")
    for key in ("rates", "record", "cities", "ports", "containers", "items", "fees", "usage"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["items"].ruled or not all(s.ruled for k, s in specs.items() if k != "items"):
        errors.append(f"only {G} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns; the units only in the group cells
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／中小企業者", "補助率（％）／小規模事業者", "上限額（万円）／アジア", "上限額（万円）／欧米・その他"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want \
            or any(bracket_unit(x) for x in specs["rates"].header[1]):
        errors.append(f"{A}: expected a two-row header with columns {want} and no unit in the leaves, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "万円"}:
        errors.append(f"{A}: units should come from the header groups")
    # (d): paired amount / share columns under 輸出 and 輸入
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == D))
    want = ["輸出／金額（億円）", "輸出／構成比（％）", "輸入／金額（億円）", "輸入／構成比（％）"]
    if len(specs["ports"].header) != 2 or cols != want:
        errors.append(f"{D}: expected the paired columns {want}, got {cols}")
    # (b), (f): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::4] != [y for y, *_x in RECORD]:
        errors.append(f"{B}: expected years as rows")
    if [g["fiscal_year"] for g in gold if g["table"] == F][::3] != [y for y, *_x in CONTAINERS]:
        errors.append(f"{F}: expected years as rows")
    # (c): fiscal years as columns and a total column on the right whose cells carry the range
    for g in (g for g in gold if g["table"] == C):
        want_fy = None if g["column"] == "計" else fiscal_year(g["column"])
        want_range = [CITY_YEARS[0], CITY_YEARS[-1]] if g["column"] == "計" else None
        if g["fiscal_year"] != want_fy or g["fiscal_year_range"] != want_range:
            errors.append(f"{g['id']}: {C} years should come from the column (計: the range)")
    if list(dict.fromkeys(g["column"] for g in gold if g["table"] == C))[-1] != "計":
        errors.append(f"{C}: the total column should be the last one")
    # (e): subtotal rows inside the table, before the next region
    rows = [r[0] for r in partners.rows]
    if [r for r in rows if r in SUBTOTALS] != list(SUBTOTALS) or rows[-1] != "合計" \
            or any(rows[rows.index(s) + 1] in SUBTOTALS + ("合計",) for s in SUBTOTALS):
        errors.append(f"{E}: the subtotals should sit inside the table")
    # (i): fiscal years as columns, the unit of each row from its 単位 column
    for g in (g for g in gold if g["table"] == I):
        row = next(r for r in USAGE if r[0] == g["row"])
        if g["unit"] != row[1] or g["fiscal_year"] != fiscal_year(g["column"]):
            errors.append(f"{g['id']}: {I} unit or year not from the 単位 column / column header")
    # (g): amounts and per cents, the units from the column headers
    if {g["unit"] for g in gold if g["table"] == G} != {"億円", "%"}:
        errors.append(f"{G}: expected 億円 and per cents")
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
        # each section on one page: the page of heading i holds the i-th occurrence of every label
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
        got = re.findall(r"\d{3}-\d{3}-\d{4}", text)
        if got != want:
            errors.append(f"{what}: the contact box should give {want}, got {got}")
        lines = [norm(x) for x in "\n".join(pages[doc]).splitlines()]
        if not any(f"電話:{want[0]}ファクス:{want[1]}" in x for x in lines):
            errors.append(f"{what}: phone and fax should share one line")
        if not any(x.endswith(f"電話:{want[2]}") and "ファクス" not in x for x in lines):
            errors.append(f"{what}: the other body's phone should be on a line of its own")
        got_mails = re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text)
        if got_mails != mails:
            errors.append(f"{what}: mail addresses {got_mails}, expected {mails}")

    def defs(text, terms, what):
        for d in terms:
            if norm(f"「{d}」とは") not in text:
                errors.append(f"{what}: the definition of {d} is missing")

    # ---- the grant guideline
    yk = norm("\n".join(pages[YOKO_PDF]))
    siblings(yk, YOKO_PDF, ("出店先：", "出店期間：", "売上額："), [c[0] for c in CASES])
    if norm(f"延べ{sum(r[2] for r in RECORD)}件、{sum(r[4] for r in RECORD):,}万円") not in yk:
        errors.append("guideline: the totals in the prose differ from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請に対して{last[2]}件に交付し、このうち{last[3]}件は共同出店") not in yk:
        errors.append("guideline: the 令和６年度 figures in the prose differ from (b)")
    ranked = [x[0] for x in sorted(CITIES, key=lambda r: -(r[1] + r[2] + r[3]))]
    totals = sorted((x[1] + x[2] + x[3] for x in CITIES), reverse=True)
    if ranked[:3] != ["台北", "香港", "バンコク"] or len(set(totals[:4])) != 4:
        errors.append("guideline: 「台北が最も多く、香港、バンコクが続いている」 does not hold")
    for head, _where, _when, sales, city in CASES:
        if city not in [x[0] for x in CITIES] or next(x for x in CITIES if x[0] == city)[3] < 1:
            errors.append(f"guideline: case {head} has no grant in its city in 令和６年度")
    if re.findall(r"20\d\d年", yk) != ["2021年"]:
        errors.append("guideline: only 2021年度 should be printed in Western form")
    defs(yk, ("ポップアップストア", "小規模事業者", "共同出店"), "guideline")
    for x in EXCLUDED:
        if norm(x) not in yk:
            errors.append(f"guideline: the cost not covered {x} is missing")
    if list(dict.fromkeys(re.findall(r"(?<!法)第([1-9])条", yk))) != list("1234567"):
        errors.append("guideline: expected the articles 第１条-第７条")
    steps_of(YOKO_PDF, "①②③④⑤⑥", "guideline")
    contacts(YOKO_PDF, ["099-491-3520", "099-491-3529", "099-491-3600"], ["nara-popup@example.jp"], "guideline")

    # ---- the trade statistics yearbook
    tk = norm("\n".join(pages[TOKEI_PDF]))
    siblings(tk, TOKEI_PDF, ("主な輸出品目：", "主な輸入品目：", "主な相手国・地域："), [x[0] for x in PORT_NOTES])
    ex, im = port_totals()
    if norm(f"輸出額は{ex:,}億円（前年度比{change(ex, PREV_TOTALS[0])}）、輸入額は{im:,}億円（同{change(im, PREV_TOTALS[1])}）") not in tk \
            or change(ex, PREV_TOTALS[0]) != "6.2％増" or change(im, PREV_TOTALS[1]) != "1.8％減":
        errors.append("yearbook: the totals in the prose of ２ differ from (d)")
    if not all(0.6 <= PORTS[0][j] / tot < 0.7 for j, tot in ((1, ex), (2, im))):
        errors.append("yearbook: 「楢港が輸出額、輸入額ともに７割近く」 does not hold")
    exports = sorted((m for _r, ms, _s in PARTNERS for m in ms if not m[0].startswith("その他")), key=lambda m: -m[1])
    if [m[0] for m in exports[:3]] != ["中国", "米国", "韓国"]:
        errors.append("yearbook: 「中国…米国、韓国が続いた」 does not hold")
    asia_ex, asia_im = (sum(m[j] for m in PARTNERS[0][1]) for j in (1, 2))
    if not 0.65 <= asia_ex / ex < 0.7 or not 0.74 <= asia_im / im <= 0.76:
        errors.append("yearbook: 「アジアが輸出額の７割近く、輸入額の４分の３」 does not hold")
    teu = [a + b for _y, a, b in CONTAINERS]
    if teu[-1] != max(teu) or norm(f"取扱量は{teu[-1]:,}ＴＥＵ") not in tk:
        errors.append("yearbook: 「過去５年間で最も多かった」 does not hold")
    up = {n for n, a, b in ITEMS if pct1(b, a) > 110}
    down = {n for n, a, b in ITEMS if b < a}
    if ITEMS[0][0] != max(ITEMS, key=lambda r: r[2])[0] or up != {"輸送用機器", "水産物・水産加工品"} \
            or down != {"化学製品", "木材・木製品"}:
        errors.append("yearbook: the prose of ５ on the main items does not hold")
    if sorted(re.findall(r"20\d\d年", tk)) != ["2024年", "2025年"] or re.findall(r"20\d\d年度", tk):
        errors.append("yearbook: only 2024年 and 2025年 (対象期間) should be printed in Western form")
    defs(tk, ("輸出額", "輸入額", "相手国・地域", "ＴＥＵ"), "yearbook")
    steps_of(TOKEI_PDF, "①②", "yearbook")
    contacts(TOKEI_PDF, ["099-494-2740", "099-494-2749", "099-494-6100"], ["nara-tokei@example.jp"], "yearbook")

    # ---- the testing room's rules
    kt = norm("\n".join(pages[KITEI_PDF]))
    siblings(kt, KITEI_PDF, ("内容：", "申込み：", "料金："), [x[0] for x in SERVICES])
    last = {n: xs[-1] for n, _u, *xs in USAGE}
    if norm(f"依頼試験は{last['依頼試験']}件、利用企業は{last['利用企業数']}社") not in kt:
        errors.append("rules: the figures in the prose of （参考） differ from (i)")
    for when, fee in CANCEL:
        if norm(f"{when}：{fee}") not in kt:
            errors.append(f"rules: the cancellation line {when} is missing")
    if re.findall(r"20\d\d年", kt):
        errors.append("rules: no Western year should be printed")
    defs(kt, ("依頼試験", "機器開放", "県内中小企業者"), "rules")
    if list(dict.fromkeys(re.findall(r"(?<!法)第(10|[1-9])条", kt))) != list("123456789") + ["10"]:
        errors.append("rules: expected the articles 第１条-第10条")
    steps_of(KITEI_PDF, "①②③④⑤⑥", "rules")
    contacts(KITEI_PDF, ["099-497-1180", "099-497-1189", "099-497-2300"], ["nara-shiken@example.jp"], "rules")
    # every phone number of the set is fictional (099-49x-xxxx), every mail address under example.jp
    for n, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text):
            if not re.fullmatch(r"099-49\d-\d{4}", ph):
                errors.append(f"{n}: phone number {ph} outside {PHONE_PREFIX}x-xxxx")
        for mail in re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text):
            if not mail.endswith(MAIL_DOMAIN):
                errors.append(f"{n}: mail address {mail} outside {MAIL_DOMAIN}")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
