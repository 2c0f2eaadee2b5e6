"""Build the 梣県 held-out set 104: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (梣県 and every town, scheme, organisation, company, phone number,
address, figure and rule). The documents are in three genres the earlier sets do not use: a grant
guideline (交付要綱, articles 第１条–第９条 with 附則, a 別表 and （参考） parts) for a prefectural
subsidy towards exports of umeboshi and other ume products (梣県産梅加工品輸出促進事業費補助金: export
certificates, salt and composition analyses, residue tests, trade fairs abroad, export labels,
sample shipping) with a two-level header whose groups are applicant classes (新規輸出事業者 /
その他の事業者), two 「－」 cells, a halved cap for a renewed certificate and the caps per firm in
万円 in an article while the 別表 is in 千円, and the grants by year (years as rows, header cells
over two lines); the report (報告書) of a survey of the prefecture's whetstone makers on their
exports (砥石製造業の輸出実態調査) with the makers and exports by product class (a table continued
over a page break without its header), the exports by destination in two fiscal years with a 増減
column printing decreases with ▲, and an unruled table of the issues whose columns are maker classes
defined in the definitions and another table's note; and a guide (ご案内) to a prefectural
consultation desk for collecting overdue receivables from foreign buyers (海外売掛金回収相談窓口)
with three kinds of consultation, their fees, the steps, the consultations by region and kind with
a total column on the right and a KPI table (目標 / 実績 / 達成率, units in the row labels); see
README.md beside this file.

    python make_heldout104.py [OUTPUT_DIR]          # default: this file's directory

Needs reportlab and pypdf (both in the project venv). The code structure follows
../heldout59/make_heldout59.py; the shared helpers are in ../docgen.py (unchanged). The gold cells
are generated from the same specs that draw the tables; PDF page numbers are recorded while
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
    output_dirs,
    pdf_pages,
    pstyle,
    read_jsonl,
    report,
    write_jsonl,
    write_texts,
)

UME_PDF = "tonerico_ume_kakohin_yushutsu_hojokin_kofu_yoko_r7.pdf"
TOISHI_PDF = "tonerico_toishi_yushutsu_jittai_chosa_r6.pdf"
KAISHU_PDF = "tonerico_kaigai_urikakekin_kaishu_sodan_goannai_r7.pdf"
ALL_PDFS = (UME_PDF, TOISHI_PDF, KAISHU_PDF)

UNITS = ("千円", "万円", "円", "件", "者", "通", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
DASH = "－"  # a cell with no figure (explained by a note); drawn, but no gold cell
DECREASE = "▲"  # printed before a decrease
PHONE_RE = r"098-98\d-\d{4}"  # every phone number of the set: 098-98x-xxxx
MAIL_DOMAIN = "@example.jp"
PREF = "梣県"
TOWNS = ("梣市", "千浜町", "奥砥町")


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
    """The unit in brackets at the end of a label (交付件数（件） -> 件), NFKC."""
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
    """A table cell: None as 「－」, a Decimal with one decimal, an int as docgen prints it."""
    if x is None:
        return DASH
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def signed(n: int) -> str:
    """A 増減 cell: a decrease with ▲, an increase as a plain number."""
    return f"{DECREASE}{fw(-n)}" if n < 0 else fw(n)


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf, header cells over two
    lines read as one label, optional columns covering a range of fiscal years, and 「－」 cells
    that are drawn but give no gold cell."""

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
    out = []
    for i, r in enumerate(spec.rows):
        for c in spec.value_cols:
            value = r[c]
            if value == DASH:  # no figure: drawn, explained by a note, no gold cell
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


ARTICLE_HEAD = pstyle("article_head", docgen.GOTHIC, 10, 15, left=docgen.EM, spaceBefore=1, keepWithNext=1)
ARTICLE = pstyle("article", docgen.MINCHO, 10.5, 15, left=2 * docgen.EM, first=-docgen.EM)
H1_TIGHT = pstyle("h1_tight", docgen.GOTHIC, 12, 17, spaceBefore=6, spaceAfter=2, keepWithNext=1)  # the guideline's parts


def article(head: str, text: str):
    """An article: its caption in brackets on a line of its own, then 第ｎ条 and its paragraphs
    (２, ３ … for the later paragraphs)."""
    out = [P(f"（{head}）", ARTICLE_HEAD)]
    out += [P(t.strip(), ARTICLE) for t in text.strip().split("\n") if t.strip()]
    return out


SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: ume-product export grant, 交付要綱
UME = f"{PREF}産梅加工品輸出促進事業費補助金"
UME_DEPT = f"{PREF} 農林水産部 農産物流通課"
UME_KYOGIKAI = f"一般社団法人{PREF}梅振興協議会"
FIRM_CAP, FIRM_CAP_NEW = 200, 300  # 第５条第１項: 万円 per firm and year (新規輸出事業者 300)
RENEWAL_SHARE = Decimal("0.5")  # 第５条第２項: the cap of a renewed certificate is halved
CERT = "輸出証明書の取得"
RATES = [  # 経費区分; 新規輸出事業者: 補助率（％）, 上限額（千円）; その他の事業者: 補助率, 上限額 (令和７年度)
    (CERT, 75, 300, 50, 200),
    ("塩分・成分分析", 75, 400, 50, 300),
    ("残留農薬検査", 75, 600, 50, 400),
    ("海外見本市への出展", 60, 1500, 50, 1200),
    ("輸出向けラベルの作成", 60, 300, 50, 200),
    ("商品サンプルの輸送", 50, 200, None, None),  # note ※１: 新規輸出事業者 only (two 「－」 cells)
]
DASH_CELLS = {("商品サンプルの輸送", 3), ("商品サンプルの輸送", 4)}  # (row, column) printed 「－」
RECORD = [  # 年度, 申請件数, 交付件数, うち新規輸出事業者, 交付額（千円）
    (2020, 9, 7, 4, 5820), (2021, 11, 8, 4, 6940), (2022, 14, 11, 6, 9710),
    (2023, 18, 13, 5, 12380), (2024, 22, 16, 7, 15460),
]
UME_CASES = [  # 見出し, 輸出先, 新規輸出事業者か, {経費区分: 補助対象経費（千円）}, 交付額 as printed
    ("梅干し製造業Ａ社（千浜町）", "台湾", False, {"残留農薬検査": 1000, "海外見本市への出展": 2000}, "140万円"),
    ("梅シロップ製造業Ｂ社（梣市）", "米国（新規輸出事業者）", True,
     {"輸出向けラベルの作成": 400, "商品サンプルの輸送": 300, "塩分・成分分析": 200}, "54万円"),
    ("梅肉エキス製造業Ｃ社（千浜町）", "ドイツ", False,
     {"海外見本市への出展": 3000, "残留農薬検査": 900, "塩分・成分分析": 800, "輸出向けラベルの作成": 400}, "200万円"),
]
NOT_COVERED = [  # 補助の対象とならない経費の例
    "交付決定の日より前に発注し、又は支払った経費",
    "国内で開かれる商談会又は見本市への出展に要する経費",
    "梅の栽培及び梅加工品の製造に要する経費（原材料費及び設備費を含む。）",
    "出展者の旅費及び宿泊費",
]


def case_grant(is_new: bool, costs: dict) -> int:
    """A case's grant in 千円: rate × cost within each cap, summed, within the firm cap."""
    rates = {r[0]: r for r in RATES}
    total = 0
    for item, cost in costs.items():
        r = rates[item]
        rate, cap = (r[1], r[2]) if is_new else (r[3], r[4])
        assert rate is not None, f"{item} is not covered for this applicant"
        total += min(int(Decimal(cost) * rate / 100), cap)
    return min(total, (FIRM_CAP_NEW if is_new else FIRM_CAP) * 10)


def ume_specs():
    rates = TableSpec(
        key="rates", doc=UME_PDF, title="経費区分別の補助率及び上限額",
        header=[["経費区分", "新規輸出事業者", "", "その他の事業者", ""],
                ["", "補助率（％）", "上限額（千円）", "補助率（％）", "上限額（千円）"]],
        rows=[[n, cell(a), cell(b), cell(c), cell(d)] for n, a, b, c, d in RATES],
        col_widths=[52 * mm, 27 * mm, 27 * mm, 27 * mm, 27 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[-1])
    record = TableSpec(
        key="record", doc=UME_PDF, title="交付の実績",
        header=[["年度", "申請\n件数（件）", "交付\n件数（件）", "うち新規輸出\n事業者（件）", "交付額\n（千円）"]],
        rows=[[era(y), fw(a), fw(b), fw(n), fw(g)] for y, a, b, n, g in RECORD],
        col_widths=[30 * mm, 28 * mm, 28 * mm, 32 * mm, 30 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    return rates, record


def ume_story(specs):
    rates, record = specs
    n_all = sum(r[2] for r in RECORD)
    last = RECORD[-1]
    st = [P(f"{UME}交付要綱", TITLE),
          P("令和７年３月25日 農林水産部長決定", DATE_RIGHT), Spacer(1, 1 * mm)]
    st += article("趣旨", f"""
第１条　知事は、県産の梅干し及び梅加工品の輸出を促進するため、県内の事業者が行う輸出の取組に要する経費に対し、予算の範囲内で{UME}（以下「補助金」という。）を交付するものとし、その交付については、{PREF}補助金等交付規則に定めるもののほか、この要綱に定めるところによる。
""")
    st += article("定義", """
第２条　この要綱において「県産梅加工品」とは、県内で収穫された梅を原料の梅の重量の５割以上使い、県内の工場で製造した梅干し、梅漬、梅肉エキス、梅ジャム、梅シロップ等をいい、梅酒その他の酒類を除く。
２　この要綱において「新規輸出事業者」とは、交付申請の日の属する年度の前３年度において県産梅加工品を輸出した実績がない者をいう。
３　この要綱において「輸出証明書」とは、輸出先の国・地域が求める衛生証明書、原産地証明書、自由販売証明書等をいう。
""")
    st += article("補助対象者", """
第３条　補助金の交付の対象となる者は、県内に本社又は主たる事業所を有する中小企業者（個人事業主を含む。）及び農業協同組合で、県産梅加工品を輸出し、又は輸出しようとするものとする。
""")
    st += article("補助対象経費等", """
第４条　補助の対象となる経費（以下「補助対象経費」という。）、補助率及び上限額は、別表のとおりとする。
２　補助対象経費は、交付決定の日以後に発注し、令和８年２月27日までに支払ったものに限る。
""")
    st += article("補助金の額", f"""
第５条　補助金の額は、別表の経費区分ごとに補助対象経費に補助率を乗じて得た額（その額が上限額を超えるときは、上限額）の合計額とし、１事業者当たり１年度につき{FIRM_CAP}万円（新規輸出事業者は{FIRM_CAP_NEW}万円）を上限とする。この場合において、千円未満の端数は切り捨てる。
２　輸出証明書の取得のうち、前年度に補助金の交付を受けて取得した輸出証明書と同じ輸出先に対するもの（更新）の上限額は、別表の上限額の２分の１とする。
""")
    st += article("交付の申請", """
第６条　補助金の交付を受けようとする者は、知事が別に定める期間内に、交付申請書（様式第１号）に事業計画書及び見積書の写しを添えて、知事に提出しなければならない。
""")
    st += article("実績報告", """
第７条　補助事業者は、補助事業が完了したときは、その日から30日以内又は令和８年３月10日のいずれか早い日までに、実績報告書（様式第２号）を知事に提出しなければならない。
""")
    st += article("雑則", """
第８条　この要綱に定めるもののほか、必要な事項は、農林水産部長が別に定める。
""")
    st += [P("附　則", ARTICLE_HEAD), P("この要綱は、令和７年４月１日から施行する。", indented(0))]
    st += [P("別表（第４条関係）", H1_TIGHT)]
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「商品サンプルの輸送」は、新規輸出事業者に限ります。その他の事業者の輸送費は補助の対象としません（表の「－」）。",
        "※２ 「海外見本市への出展」は、海外で開かれる見本市の出展料、小間の装飾費及び展示品の輸送費に限ります。",
        "※３ 上限額は、経費区分ごとの１年度当たりの額です。輸出証明書の更新の上限額は第５条第２項により、補助金の額の合計は同条第１項により制限されます。",
    ])
    st += [P("（参考１）令和７年度の募集", H1_TIGHT)]
    st += lv_lines([
        ("補助金名", UME),
        ("受付期間", "令和７年５月７日から６月13日まで（必着）"),
        ("予算額", "2,400万円"),
        ("交付予定件数", "18件程度"),
    ], 0)
    st += [P("（参考２）申請から支払までの流れ", H1_TIGHT)]
    st += numbered([
        f"① 事前相談（農産物流通課又は{UME_KYOGIKAI}へ）",
        "② 交付申請（受付期間内に、交付申請書に事業計画書と見積書の写しを添えて提出）",
        "③ 審査と交付決定の通知（令和７年７月中旬）",
        "④ 補助事業の実施（令和８年２月27日までに支払を終えること）",
        "⑤ 実績報告（完了の日から30日以内。遅くとも令和８年３月10日まで）",
        "⑥ 補助金の額の確定（実績報告の審査の後）",
        "⑦ 補助金の支払（令和８年３月下旬）",
    ], 0)
    st += [P("（参考３）交付の実績", H1_TIGHT)]
    st += paras(f"""
制度を始めた令和２年度（2020年度）から令和６年度までに、延べ{n_all}件に交付しました。申請件数は毎年増えており、令和６年度は{last[1]}件の申請があり、{last[2]}件に交付しました（うち新規輸出事業者{fw(last[3])}件）。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += [P("（参考４）活用事例（令和６年度）", H1_TIGHT)]
    for i, (head, where, _new, costs, amount) in enumerate(UME_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("輸出先", where), ("補助の対象とした経費", "、".join(costs)), ("交付額", amount)], 1)
    st += [P("（参考５）補助の対象とならない経費の例", H1_TIGHT)]
    st += bullets(NOT_COVERED, 0)
    st += [P("（参考６）よくある質問", H1_TIGHT)]
    qa = [
        ("同じ年度に、梅干しと梅ジャムで別々に申請できますか。",
         "できません。申請は１事業者につき年度１回とし、複数の品目は１件の申請にまとめてください。"),
        ("国内で開かれる、海外のバイヤーを招いた商談会への出展も対象になりますか。",
         "対象になりません。「海外見本市への出展」は、海外で開かれる見本市に限ります。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("問い合わせ先", H1_TIGHT), Spacer(1, 2)]
    st.append(contact_box([
        f"{UME_DEPT} 輸出促進班　電話：098-981-2410　ファクス：098-981-2419",
        f"{UME_KYOGIKAI}（事前相談）　電話：098-981-2450",
        "電子メール：tonerico-ume@example.jp",
    ]))
    return st


# ================================================================ document 2: whetstone makers' exports, survey report
TOISHI = f"{PREF}砥石製造業の輸出実態調査"
TOISHI_DEPT = f"{PREF} 商工労働部 地場産業振興課"
KUMIAI = f"{PREF}砥石工業協同組合"
TARGET = 80  # 調査対象の事業者（全数）
PRODUCTS = [  # 製品区分, 回答事業者数（者）, 輸出事業者数（者）, 輸出額（万円） (令和５年度); maker class by note ※１
    ("天然砥石（仕上砥）", 9, 6, 2840, "天然"), ("天然砥石（中砥・荒砥）", 7, 3, 610, "天然"),
    ("人造砥石（荒砥）", 6, 2, 380, "人造"), ("人造砥石（中砥）", 11, 6, 1930, "人造"),
    ("人造砥石（仕上砥）", 8, 5, 1460, "人造"), ("面直し砥石", 5, 2, 290, "人造"),
    ("付属品（砥石台・名倉）", 6, 1, 120, None), ("その他", 6, 1, 170, None),
]
SIZES = (("５人未満", 34, 11), ("５人以上", 24, 15))  # 従業者規模, 回答事業者, うち輸出事業者 (prose only)
CHANNELS = (("海外の刃物店や卸への直接販売", 12), ("国内の商社等を通じた販売", 9), ("越境ＥＣによる海外の消費者への販売", 5))  # prose only
PLANNED = 9  # non-exporters planning to start within three years (prose only)
DEST_YEARS = (2022, 2023)
DESTINATIONS = [  # 輸出先, 令和４年度, 令和５年度 (万円)
    ("米国", 1720, 2160), ("英国", 430, 390), ("フランス", 820, 880), ("ドイツ", 610, 740),
    ("中国", 960, 720), ("台湾", 540, 610), ("韓国", 380, 420), ("オーストラリア", 690, 1150),
    ("その他", 800, 730),
]
ISSUES = [  # 輸出に当たっての課題, 回答数: 天然砥石事業者, 人造砥石事業者, 付属品・その他の事業者 (複数回答)
    ("原石・砥粒の確保", 11, 6, 1), ("後継者・職人の不足", 12, 14, 5), ("輸送中の割れ・欠け", 7, 9, 2),
    ("海外での知名度の不足", 6, 15, 4), ("輸出先の製品安全規制への対応", 2, 8, 1),
    ("為替の変動", 3, 7, 2), ("海外の模倣品", 5, 4, 1),
]
TOISHI_CASES = [  # 見出し, 主力の製品, 主な販売先, 海外向けの取組 (same labels in every sibling section)
    ("天然砥石製造業Ｄ社（奥砥町）", "奥砥山の原石から作る天然の仕上砥", "米国とフランスの刃物店",
     "採掘した山と層の名前を英語で記した産地証明書を付けている"),
    ("人造砥石製造業Ｅ社（梣市）", "人造の中砥と仕上砥", "オーストラリアとドイツの卸",
     "番手（粒度）の表示に、海外で使われる表記を併記している"),
    ("砥石台製造業Ｆ社（奥砥町）", "砥石台と面直し砥石", "台湾と韓国の卸", "割れを防ぐ緩衝材入りの専用箱を開発した"),
]


def class_n(cls) -> int:
    return sum(r[1] for r in PRODUCTS if r[4] == cls)


def respondents() -> int:
    return sum(r[1] for r in PRODUCTS)


def exporters() -> int:
    return sum(r[2] for r in PRODUCTS)


def toishi_specs():
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c, _k in PRODUCTS]
    rows.append(["合計"] + [fw(sum(r[j] for r in PRODUCTS)) for j in (1, 2, 3)])
    products = TableSpec(
        key="products", doc=TOISHI_PDF, title="製品区分別の回答事業者と輸出の状況",
        header=[["製品区分", "回答\n事業者数（者）", "輸出\n事業者数（者）", "輸出額\n（万円）"]],
        rows=rows, col_widths=[50 * mm, 34 * mm, 34 * mm, 32 * mm], table_fy=2023, repeat_header=False,
    )
    products.unit = lambda row, c, s=products: bracket_unit(s.column_label(c))
    drows = [[n, fw(a), fw(b), signed(b - a)] for n, a, b in DESTINATIONS]
    ta, tb = sum(r[1] for r in DESTINATIONS), sum(r[2] for r in DESTINATIONS)
    drows.append(["合計", fw(ta), fw(tb), signed(tb - ta)])
    dests = TableSpec(
        key="dests", doc=TOISHI_PDF, title="輸出先別の輸出額",
        header=[["輸出先"] + [era(y) for y in DEST_YEARS] + ["増減"]],
        rows=drows, col_widths=[44 * mm, 32 * mm, 32 * mm, 32 * mm], unit="万円",
    )
    dests.col_range = {3: list(DEST_YEARS)}
    n_all, n_n, n_j = respondents(), class_n("天然"), class_n("人造")
    issues = TableSpec(
        key="issues", doc=TOISHI_PDF, title="輸出に当たっての課題（複数回答）",
        header=[["課題", "全体", "天然砥石事業者", "人造砥石事業者"]],
        rows=[[x, cell(pct1(a + b + o, n_all)), cell(pct1(a, n_n)), cell(pct1(b, n_j))] for x, a, b, o in ISSUES],
        col_widths=[64 * mm, 24 * mm, 34 * mm, 34 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return products, dests, issues


def toishi_story(specs):
    products, dests, issues = specs
    total, n = respondents(), exporters()
    (s1, s1n, s1e), (s2, s2n, s2e) = SIZES
    ta, tb = sum(r[1] for r in DESTINATIONS), sum(r[2] for r in DESTINATIONS)
    st = [P("令和６年度", SUBTITLE), P(f"{TOISHI} 報告書", TITLE),
          P("令和７年２月", DATE_RIGHT), P(TOISHI_DEPT, DATE_RIGHT), Spacer(1, 2 * mm)]
    st += [P("１　調査の概要", H1)]
    st += paras("""
県内の砥石製造業は、奥砥町の山から採れる天然砥石と、梣市を中心とする人造砥石の産地であり、従業者が５人未満の小さな事業者が多い。海外の料理人や刃物の愛好家の間で日本の砥石が知られるようになったことから、輸出の実態と課題を把握するため、この調査を行った。
""", 0)
    st += lv_lines([
        ("調査の目的", "県内の砥石製造事業者の輸出の実態と課題を把握し、海外への販路開拓の支援に役立てるため"),
        ("調査対象", f"県内の砥石製造事業者 {TARGET}者（全数）"),
        ("調査基準日", "令和６年（2024年）10月１日"),
        ("調査期間", "令和６年10月７日から11月８日まで"),
        ("調査方法", "郵送によるアンケートと、一部の事業者への訪問による聞き取り"),
        ("調査の実施者", f"{TOISHI_DEPT}（配布と回収は{KUMIAI}に委託）"),
        ("回答数", f"{total}者（回答率{pct1(total, TARGET)}％）"),
        ("集計上の注意", "割合は、小数点以下第２位を四捨五入した"),
    ], 0)
    st += paras("""
この報告書において「砥石」とは、刃物等を手で研ぐための天然砥石、人造砥石及び面直し砥石をいい、機械に取り付けて使う工業用の研削砥石を除く。「天然砥石事業者」とは、山から採掘した原石を切り出し、砥石に仕上げる事業者をいう。「人造砥石事業者」とは、砥粒を結合剤で固め、焼成等をして砥石を製造する事業者をいう。また、「輸出事業者」とは、令和５年度に自社の砥石を海外に１回以上販売した事業者をいい、国内の商社等を通じて輸出されたものを含む。
""", 0)
    st += [P("２　回答事業者と輸出の状況", H1)]
    st += paras(f"""
令和５年度に輸出を行った事業者は、回答事業者{total}者のうち{n}者（{pct1(n, total)}％）であった。従業者{s1}の{s1n}者のうち輸出事業者は{s1e}者、{s2}の{s2n}者のうち{s2e}者で、規模が大きいほど輸出を行う割合が高い。輸出をしていない{total - n}者のうち{fw(PLANNED)}者は、３年以内に輸出を始める予定である。なお、前回の調査（令和元年度）では、輸出事業者の割合は31.0％であった。
輸出事業者{n}者の主な販路は、{"、".join(f"{c}が{fw(k)}者" for c, k in CHANNELS)}であった。製品区分別の輸出額は、天然砥石（仕上砥）が最も多く、人造砥石（中砥）、人造砥石（仕上砥）がこれに次ぐ。
""", 0)
    st += [caption(products.title, "（令和５年度）", keep=False), products.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 事業者は主な製品によって一つの区分に数えた。天然砥石の２区分の事業者を天然砥石事業者、人造砥石の３区分及び面直し砥石の事業者を人造砥石事業者とし、付属品及びその他の事業者はいずれにも含めない。「その他」は、砥石の名札、研ぎ方の教材等である。",
    ])
    st += [P("３　輸出先別の輸出額", H1)]
    st += paras(f"""
令和５年度の輸出額は{tb:,}万円で、前年度の{ta:,}万円から{tb - ta}万円増えた。米国向けが最も多く、中国、英国及びその他は前年度を下回った。
""", 0)
    st += [caption(dests.title, "（単位：万円）"), dests.flowable(), Spacer(1, 2)]
    st += notes(["※２ 増減は令和５年度から令和４年度を差し引いた額で、▲は減少を示す。「その他」は、シンガポール、カナダ、イタリア等である。"])
    st += [P("４　事業者の事例", H1)]
    for i, (head, prod, sold, idea) in enumerate(TOISHI_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主力の製品", prod), ("主な販売先", sold), ("海外向けの取組", idea)], 1)
    st += [P("５　輸出に当たっての課題", H1)]
    st += paras("""
全体と天然砥石事業者では「後継者・職人の不足」が最も多く、人造砥石事業者では「海外での知名度の不足」が最も多い。天然砥石事業者では、「原石・砥粒の確保」が２番目に多い。
""", 0)
    st += [caption(issues.title, "（単位：％）"), issues.flowable(), Spacer(1, 2)]
    st += notes([
        f"※３ 回答事業者（全体{total}者、天然砥石事業者{class_n('天然')}者、人造砥石事業者{class_n('人造')}者）が回答した。全体には付属品及びその他の事業者{class_n(None)}者を含む。複数回答のため、合計は100％にならない。",
    ])
    st += [P("６　事業者からの主な要望", H1)]
    st += bullets([
        "海外の見本市に、県の砥石の共同ブースを出してほしい。",
        "割れにくい梱包と、安く送れる国際小包の使い方を教えてほしい。",
        "原石を採掘する山の管理と、後継者の育成を支援してほしい。",
    ], 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        f"① {KUMIAI}と連携し、令和７年度に海外見本市への共同出展を行う。",
        "② 輸送中の割れ・欠けを防ぐ梱包の研修会を開く。",
        "③ 砥石の使い方を紹介する英語の動画を作り、県のウェブサイトに掲載する。",
        "④ 次回の調査は、令和９年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{TOISHI_DEPT} 地場産品班　電話：098-984-3310　ファクス：098-984-3319",
        f"{KUMIAI}（輸出の相談）　電話：098-984-3350",
        "電子メール：tonerico-toishi@example.jp",
    ]))
    return st


# ================================================================ document 3: overdue receivables consultation desk, guide
KAISHU = f"{PREF}海外売掛金回収相談窓口"
KAISHU_DEPT = f"{PREF} 商工労働部 国際ビジネス課"
KYOKAI = f"一般社団法人{PREF}貿易振興協会"
OPENED = 2022  # the desk opened in 令和４年度 (printed only as 令和)
KINDS = [  # 見出し, 相談の内容, 料金, 受けられる回数 (same labels in every sibling section)
    ("初回相談", "契約書、請求書及びやり取りの記録を確かめ、回収の進め方を助言", "無料",
     "１件の海外売掛金につき２回まで"),
    ("督促状の送付", "延滞している海外売掛金に限り、督促状を作って窓口の名義で送付",
     "１通目は8,000円、２通目からは１通5,000円", "１件の海外売掛金につき３通まで"),
    ("弁護士の紹介", "相手国の法律に詳しい弁護士（提携する海外の法律事務所を含む。）を紹介し、初回の面談に同席",
     "紹介は無料（初回面談30分の相談料は窓口が負担）", "１件の海外売掛金につき１回"),
]
LETTER_FIRST, LETTER_NEXT = 8000, 5000  # 督促状の料金 (円, from the sibling section)
REGIONS = [  # 相手先の地域, 初回相談, 督促状の送付, 弁護士の紹介 (令和６年度, 件)
    ("中国", 38, 14, 6), ("香港・台湾", 17, 6, 2), ("韓国", 9, 3, 1), ("東南アジア", 29, 11, 4),
    ("米国", 21, 8, 5), ("欧州", 12, 4, 3), ("その他", 7, 2, 2),
]
KPIS = [  # 指標 (unit in the label's bracket), 目標, 実績 (相談件数 実績 comes from (g))
    ("相談件数（件）", 180, None), ("督促状の送付数（通）", 60, 71),
    ("回収に至った件数（件）", 40, 37), ("回収額（万円）", 5000, 5460),
]
PREV_YEAR = 152  # 令和５年度の相談件数 (prose only)
USERS = 139  # 令和６年度に利用した事業者 (prose only)


def region_total() -> int:
    return sum(sum(r[1:]) for r in REGIONS)


def kpi_rows():
    out = []
    for name, target, actual in KPIS:
        if actual is None:
            actual = region_total()
        out.append((name, target, actual, pct0(actual, target)))
    return out


def kaishu_specs():
    rows = [[n, fw(a), fw(b), fw(c), fw(a + b + c)] for n, a, b, c in REGIONS]
    rows.append(["合計"] + [fw(sum(r[j] for r in REGIONS)) for j in (1, 2, 3)] + [fw(region_total())])
    regions = TableSpec(
        key="regions", doc=KAISHU_PDF, title="相手先の地域別・相談の種類別の件数",
        header=[["相手先の地域", "初回相談", "督促状の送付", "弁護士の紹介", "計"]],
        rows=rows, col_widths=[38 * mm, 30 * mm, 30 * mm, 30 * mm, 24 * mm], unit="件", table_fy=2024,
    )
    kpi = TableSpec(
        key="kpi", doc=KAISHU_PDF, title="窓口の目標と実績",
        header=[["指標", "目標", "実績", "達成率（％）"]],
        rows=[[n, fw(t), fw(a), fw(p)] for n, t, a, p in kpi_rows()],
        col_widths=[60 * mm, 30 * mm, 30 * mm, 32 * mm], table_fy=2024,
    )
    kpi.unit = lambda row, c: "%" if c == 3 else bracket_unit(row[0])
    return regions, kpi


def kaishu_story(specs):
    regions, kpi = specs
    total = region_total()
    first = sum(r[1] for r in REGIONS)
    st = [P("令和７年度", SUBTITLE), P(f"{KAISHU}のご案内", TITLE),
          P("令和７年４月", DATE_RIGHT), P(KAISHU_DEPT, DATE_RIGHT), Spacer(1, 2 * mm)]
    st += [P("１　窓口の概要", H1)]
    st += paras(f"""
海外の取引先から代金が支払われないときに、回収の進め方を一緒に考える県の相談窓口です。{era(OPENED)}に開設し、督促状の送付や、相手国の法律に詳しい弁護士の紹介も行っています。
""", 0)
    st += lv_lines([
        ("窓口の名称", KAISHU),
        ("設置者", PREF),
        ("運営", f"{KYOKAI}（県からの委託）"),
        ("利用できる者", "県内に事業所を有する中小企業者（個人事業主を含む。）"),
        ("相談日時", "平日10時から17時まで（予約制）"),
        ("相談の方法", "来所（梣市）、電話又はオンライン"),
    ], 0)
    st += paras("""
この案内において「海外売掛金」とは、県内の事業者が海外の取引先に商品を販売し、又はサービスを提供した代金のうち、まだ支払を受けていないものをいい、自社の海外子会社に対するものを除きます。「延滞」とは、契約で定めた支払期日から30日以上支払がないことをいいます。また、「督促状」とは、当窓口の名義で、英語又は相手国の言語により支払を求める書面をいいます。
""", 0)
    st += [P("２　相談の種類", H1)]
    for i, (head, what, fee, times) in enumerate(KINDS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("相談の内容", what), ("料金", fee), ("受けられる回数", times)], 1)
    st += notes([
        "※１ 料金は消費税込みです。督促状の送付と弁護士の紹介は、初回相談を受けた後に申し込むことができます。弁護士に依頼した後の報酬は、利用者と弁護士との契約によります。",
    ])
    st += [P("３　相談から解決までの流れ", H1)]
    st += numbered([
        "① 予約（電話又はウェブの予約フォーム）",
        "② 初回相談（契約書、請求書等をお持ちください）",
        "③ 回収の方針の決定（督促状の送付、弁護士の紹介又は当事者間の交渉）",
        "④ 督促状の送付（料金の入金を確かめた日から５営業日以内）",
        "⑤ 相手からの回答の確認（督促状の送付から14日間）",
        "⑥ 弁護士の紹介（回答がない場合や、支払を拒まれた場合）",
        "⑦ 結果の報告（回収できたかどうかを、窓口にお知らせください）",
    ], 0)
    st += [P("４　利用の状況", H1)]
    st += paras(f"""
令和６年度の相談件数は{total}件で、令和５年度の{PREV_YEAR}件から{total - PREV_YEAR}件増えました。利用した事業者は{USERS}者です。相手先の地域別では中国が最も多く、相談の種類別では初回相談が全体の６割を超えています。目標は、回収に至った件数を除いて達成しました。
""", 0)
    st += [caption(regions.title, "（令和６年度）（単位：件）"), regions.flowable(), Spacer(1, 2)]
    st += notes([
        "※２ 件数は、相談の種類ごとに、１件の海外売掛金を１件と数えました（督促状を複数通送ったものも１件）。「東南アジア」はＡＳＥＡＮ加盟国、「その他」はオーストラリア、中東諸国等です。",
    ])
    st += [caption(kpi.title, "（令和６年度）"), kpi.flowable(), Spacer(1, 2)]
    st += notes([
        f"※３ 目標は「{PREF}貿易振興プラン」によります。督促状の送付数は送った通数です。達成率は、実績を目標で除して百分率とし、小数点以下第１位を四捨五入しました。",
    ])
    st += [P("５　利用上の注意", H1)]
    st += bullets([
        "窓口は、利用者に代わって相手と交渉したり、代金を受け取ったりすることはできません。",
        "督促状を送っても、支払が約束されるわけではありません。",
        "相談の内容は秘密として扱い、利用者の同意なく相手に伝えることはありません。",
        "同じ海外売掛金についての相談は、最初の相談から１年以内に限ります。",
    ], 0)
    st += [P("６　よくある質問", H1)]
    qa = [
        ("回収できた場合、窓口に成功報酬を支払う必要はありますか。",
         "必要ありません。窓口は成功報酬を受け取りません。"),
        ("取引先が倒産した場合も相談できますか。",
         "相談できます。相手国の倒産手続で債権を届け出る方法を助言し、必要に応じて弁護士を紹介します。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KAISHU_DEPT} 貿易支援班　電話：098-987-5120　ファクス：098-987-5129",
        f"{KAISHU}（予約・相談）　電話：098-987-5160",
        "電子メール：tonerico-kaishu@example.jp",
    ]))
    assert first * 10 > total * 6  # 「初回相談が全体の６割を超え」
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return ume_specs() + toishi_specs() + kaishu_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    uspecs, tspecs, kspecs = ume_specs(), toishi_specs(), kaishu_specs()
    udoc = build_pdf(docs_dir / UME_PDF, uspecs, ume_story(uspecs),
                     f"{UME}交付要綱", "令和７年４月", UME_DEPT)
    tdoc = build_pdf(docs_dir / TOISHI_PDF, tspecs, toishi_story(tspecs),
                     f"令和６年度 {TOISHI} 報告書", "令和７年２月", TOISHI_DEPT)
    kdoc = build_pdf(docs_dir / KAISHU_PDF, kspecs, kaishu_story(kspecs),
                     f"令和７年度 {KAISHU}のご案内", "令和７年４月", KAISHU_DEPT)
    gold = all_gold({UME_PDF: udoc.row_pages, TOISHI_PDF: tdoc.row_pages, KAISHU_PDF: kdoc.row_pages})
    write_jsonl(out / "tables.jsonl", gold)
    pages = extract_pages(docs_dir)
    write_texts(text_dir, pages)
    return gold, pages


# ================================================================ questions
# `absent` (unanswerable only, not written out): terms that must occur in no document.
# `calc` (computed only, not written out): recomputes the answer from the gold cells.
# `history` (followups only): the earlier turns of the conversation.
def _turns(user, assistant) -> list[dict]:
    return [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]


A, B, C, D, E, F, G = (
    "経費区分別の補助率及び上限額", "交付の実績", "製品区分別の回答事業者と輸出の状況", "輸出先別の輸出額",
    "輸出に当たっての課題（複数回答）", "窓口の目標と実績", "相手先の地域別・相談の種類別の件数")
LETTERS = dict(zip((A, B, C, D, E, F, G), "abcdefg"))
NEW, OTHER = "新規輸出事業者", "その他の事業者"


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _q_renewal(g) -> str:
    rate = g(A, CERT, f"{OTHER}／補助率（％）", 2025)
    cap = g(A, CERT, f"{OTHER}／上限額（千円）", 2025)
    return f"{min(int(Decimal(500) * rate / 100), int(cap * RENEWAL_SHARE))}千円"


QUESTIONS = [
    # --- ume: the ume-product export grant guideline, tables (a) (b), articles, definitions, notes
    dict(question="梅干しを作っている会社で、４年前に一度だけ台湾へ輸出したことがあり、その後は輸出していないそうです。今年度、輸出先の基準に合わせて残留農薬検査を受ける場合、補助率は何％になりますか？",
         category="ume", doc=UME_PDF,
         evidence=["前３年度において県産梅加工品を輸出した実績がない", "残留農薬検査 75 600 50 400"], answer=["75"],
         notes="two facts: the last export four years ago is outside the 前３年度 of the 「新規輸出事業者」 definition "
               "(第２条第２項), so the firm is a 新規輸出事業者; (a) two-level header, group 新規輸出事業者, leaf "
               "補助率（％）; 50 (その他の事業者) is the trap"),
    dict(question="毎年輸出を続けている梅干しメーカーが、去年この補助金で取った衛生証明書を、同じ輸出先向けに今年も更新するそうです。費用が50万円かかる場合、補助金はいくらになりますか？",
         category="ume", doc=UME_PDF,
         evidence=["輸出証明書の取得 75 300 50 200", "別表の上限額の２分の１とする"], answer=["100千円"], computed=True,
         calc=_q_renewal,
         notes="three facts: a 衛生証明書 is an 輸出証明書 (第２条第３項); the firm is no 新規輸出事業者, so (a) group "
               "その他の事業者: 50万円 = 500千円 × 50 % = 250千円, above the cap 200千円; a renewal halves "
               "the cap (第５条第２項, note ※３): 200 / 2 = 100千円 (= 10万円); 200千円 and 250千円 are the traps"),
    dict(question="何年も輸出を続けている会社から、海外のバイヤーに商品サンプルを送る費用も補助の対象になるかと聞かれました。",
         category="ume", doc=UME_PDF, evidence=["その他の事業者の輸送費は補助の対象としません"],
         answer=["補助の対象としません"],
         notes="the 「－」 cells of (a) (商品サンプルの輸送 under その他の事業者) explained by note ※１; the 新規輸出事業者 "
               "figures (50 %, 200千円) are the trap"),
    dict(question="初めて輸出に取り組む梅加工品メーカーが、別表のすべての経費区分を上限額いっぱいまで使った場合、補助金は合わせて最大いくらになりますか？",
         category="ume", doc=UME_PDF, evidence=["１事業者当たり１年度につき200万円", "新規輸出事業者は300万円"],
         answer=["300万円"],
         notes="article 第５条第１項 with (a): the 新規輸出事業者 caps add up to 3,300千円 (330万円), above the firm cap "
               "in 万円 of the article, so 300万円; 3,300千円 and 200万円 (その他の事業者) are the traps"),
    dict(question="2022年度に、この梅加工品の輸出補助金の交付を受けたのは何件ですか？",
         category="ume", doc=UME_PDF, evidence=["令和４年度 14 11 ６ 9,710"], answer=["11"],
         notes="(b) years as rows, header cells over two lines: 2022年度 = 令和４年度 (only 2020年度 is printed in Western "
               "form); column 交付件数（件）; 14 (申請件数) and ６ (うち新規輸出事業者) are the traps"),
    dict(question="梅加工品の輸出補助金は、制度が始まってから令和６年度までに、合計でいくら交付されましたか？",
         category="ume", doc=UME_PDF, evidence=["令和２年度 ９ ７ ４ 5,820", "令和６年度 22 16 ７ 15,460"],
         answer=["50,310千円"], computed=True,
         calc=lambda g: f"{sum(g(B, era(y), '交付額（千円）', y) for y, *_x in RECORD):,}千円",
         notes="(b) sum of the column 交付額（千円） over 令和２年度–令和６年度: 5,820 + 6,940 + 9,710 + 12,380 + 15,460 "
               "= 50,310千円 (= 5,031万円); the prose gives only the count (延べ55件)"),
    dict(question="県内産の梅を４割、県外産の梅を６割使って作った梅干しを輸出したいという会社があります。この補助金でいう県産梅加工品に当たりますか？",
         category="ume", doc=UME_PDF, evidence=["県内で収穫された梅を原料の梅の重量の５割以上使い"], answer=["５割以上"],
         notes="definition boundary: 「県産梅加工品」 (第２条第１項) needs at least half of the ume by weight grown in "
               "the prefecture; 40 % is not enough (a no)"),
    dict(question="梅の果肉を煮詰めて濃縮したエキスを作っている会社の活用事例では、交付額はいくらでしたか？",
         category="ume", doc=UME_PDF, evidence=["（３）梅肉エキス製造業Ｃ社", "交付額：200万円"], answer=["200万円"],
         notes="sibling sections （１）–（３） of （参考４） share the labels 輸出先, 補助の対象とした経費, 交付額; "
               "（３）梅肉エキス製造業Ｃ社 (煮詰めたエキス = 梅肉エキス); 140万円 and 54万円 are the siblings' values"),
    dict(question="梅の輸出補助金に申請した会社から、交付が決まったかどうかの通知はいつごろ届くのかと聞かれました。",
         category="ume", doc=UME_PDF, evidence=["審査と交付決定の通知（令和７年７月中旬）"], answer=["７月中旬"],
         notes="procedure step ③ of （参考２）; the payment (⑦, 令和８年３月下旬) and the report (⑤) are near misses"),
    dict(question="国内で開かれる、海外のバイヤーを招いた商談会に出展する費用も、梅の輸出補助金の対象になるかと聞かれました。",
         category="ume", doc=UME_PDF, evidence=["対象になりません。「海外見本市への出展」"], answer=["対象になりません"],
         notes="Q&A: Ａ of Ｑ２ (only fairs held abroad; the second bullet of （参考５） says the same)"),
    # --- toishi: the whetstone makers' survey, tables (c) (d) (e), definitions, sibling sections
    dict(question="砥石メーカーの輸出実態調査は、回答率が何％だったのでしょうか？",
         category="toishi", doc=TOISHI_PDF, evidence=["回答数：58者（回答率72.5％）"], answer=["72.5"],
         notes="「label：value」 line 回答数 (58 of the 80者 of 調査対象); 44.8 % (輸出事業者) is a near miss"),
    dict(question="自社では輸出せず、国内の商社に砥石を卸していて、その商社が海外へ売っているそうです。この会社は調査でいう輸出事業者に含まれますか？",
         category="toishi", doc=TOISHI_PDF, evidence=["国内の商社等を通じて輸出されたものを含む"], answer=["含む"],
         notes="definition boundary: 「輸出事業者」 includes exports through a domestic trading company (a yes)"),
    dict(question="砥粒を固めて作る人工の砥石のうち、仕上げ用のものの輸出額はいくらでしたか？",
         category="toishi", doc=TOISHI_PDF, evidence=["人造砥石（仕上砥） ８ ５ 1,460"], answer=["1,460"],
         notes="(c) continuation page (no header there): row 人造砥石（仕上砥）, column 輸出額（万円）; 2,840 (天然砥石"
               "（仕上砥）) is the trap"),
    dict(question="天然の仕上砥を作っている事業者のうち、輸出をしている事業者の割合はどのくらいですか？",
         category="toishi", doc=TOISHI_PDF, evidence=["天然砥石（仕上砥） ９ ６ 2,840"], answer=["66.7%"], computed=True,
         calc=lambda g: _pct(g(C, "天然砥石（仕上砥）", "輸出事業者数（者）", 2023), g(C, "天然砥石（仕上砥）", "回答事業者数（者）", 2023)),
         notes="(c) share in a row on the page before the break: 6 / 9 = 66.7 %; 44.8 % (all makers) is a near miss"),
    dict(question="令和５年度の中国向けの砥石の輸出額は、前の年度と比べてどれだけ増減しましたか？",
         category="toishi", doc=TOISHI_PDF, evidence=["中国 960 720 ▲240"], answer=["▲240"],
         notes="(d) 増減 column printing decreases with ▲ (note ※２); unit only in the caption note （単位：万円）"),
    dict(question="2023年度に、砥石の輸出額が２番目に多かった輸出先はどこですか？",
         category="toishi", doc=TOISHI_PDF, evidence=["オーストラリア 690 1,150 460"], answer=["オーストラリア"],
         notes="(d) second-largest in the column 令和５年度: 米国 2,160, オーストラリア 1,150, フランス 880 (the rows are "
               "in geographic order; the prose names only 米国); 2023年度 = 令和５年度 (the report prints only 2024年)"),
    dict(question="2023年度の砥石の輸出額全体のうち、米国向けは何％を占めていますか？",
         category="toishi", doc=TOISHI_PDF, evidence=["米国 1,720 2,160 440", "合計 6,950 7,800 850"], answer=["27.7%"],
         computed=True, calc=lambda g: _pct(g(D, "米国", "令和５年度", 2023), g(D, "合計", "令和５年度", 2023)),
         notes="(d) share in a year column: 2,160 / 7,800 = 27.7 % (2023年度 = 令和５年度); 1,720 / 6,950 = 24.7 % "
               "is the other year"),
    dict(question="山から原石を切り出して砥石に仕上げている事業者のうち、後継者や職人の不足を課題に挙げたのは何％ですか？",
         category="toishi", doc=TOISHI_PDF, evidence=["後継者・職人の不足 53.4 75.0 46.7"], answer=["75.0"],
         notes="(e) unruled table: the column is picked by the 「天然砥石事業者」 definition (原石を切り出し); 53.4 "
               "(全体) and 46.7 (人造砥石事業者) are the traps"),
    dict(question="砥粒を焼き固めて砥石を作っているメーカーの事例では、主にどこに売っているそうですか？",
         category="toishi", doc=TOISHI_PDF, evidence=["（２）人造砥石製造業Ｅ社", "主な販売先：オーストラリアとドイツの卸"],
         answer=["オーストラリアとドイツの卸"],
         notes="sibling sections （１）–（３） of ４ share the labels 主力の製品, 主な販売先, 海外向けの取組; "
               "（２）人造砥石製造業Ｅ社 (砥粒を焼き固めて = 人造砥石); the siblings sell to 米国とフランス and 台湾と韓国"),
    # --- kaishu: the receivables consultation desk guide, tables (f) (g), definitions, sibling sections
    dict(question="相手の国の法律に詳しい専門家につないでほしいという会社があります。同じ売掛金について、何回まで利用できますか？",
         category="kaishu", doc=KAISHU_PDF, evidence=["（３）弁護士の紹介", "受けられる回数：１件の海外売掛金につき１回"],
         answer=["１件の海外売掛金につき１回"],
         notes="sibling sections （１）–（３） of ２ share the labels 相談の内容, 料金, 受けられる回数; （３）弁護士の紹介 "
               "(法律に詳しい専門家 = 弁護士); ２回まで and ３通まで are the siblings' values"),
    dict(question="支払期日を20日過ぎても入金がない海外の取引先に、窓口から督促状を送ってもらえるかと聞かれました。",
         category="kaishu", doc=KAISHU_PDF, evidence=["延滞している海外売掛金に限り", "支払期日から30日以上支払がない"],
         answer=["30日以上"],
         notes="definition boundary: the 督促状の送付 section is only for 延滞, which the 「延滞」 definition puts at 30日 "
               "or more after the due date; 20 days is not yet 延滞 (a no)"),
    dict(question="同じ取引先に督促状を３通送ってもらう場合、料金は合わせていくらになりますか？",
         category="kaishu", doc=KAISHU_PDF, evidence=["料金：１通目は8,000円、２通目からは１通5,000円"],
         answer=["18,000円"], computed=True,
         calc=lambda g: f"{LETTER_FIRST + 2 * LETTER_NEXT:,}円",
         notes="the fee of section （２）督促状の送付 (in no table): 8,000 + 2 × 5,000 = 18,000円 (three letters "
               "are allowed: ３通まで); 24,000円 (3 × 8,000) is the trap"),
    dict(question="2024年度、窓口の相談を通じて回収に至った件数は何件でしたか？",
         category="kaishu", doc=KAISHU_PDF, evidence=["回収に至った件数（件） 40 37 93"], answer=["37"],
         notes="(f) KPI table, column 実績 (unit from the row label's bracket); 2024年度 = 令和６年度 (the guide prints "
               "no Western year); 40 (目標) and 93 (達成率) are the traps"),
    dict(question="令和６年度の回収額は、目標をどれだけ上回りましたか？",
         category="kaishu", doc=KAISHU_PDF, evidence=["回収額（万円） 5,000 5,460 109"], answer=["460万円"], computed=True,
         calc=lambda g: f"{g(F, '回収額（万円）', '実績', 2024) - g(F, '回収額（万円）', '目標', 2024)}万円",
         notes="(f) difference in a KPI row, the unit from the row label: 5,460 − 5,000 = 460万円; 109 (達成率) is the trap"),
    dict(question="東南アジアの取引先についての相談は、種類を問わず全部で何件ありましたか？",
         category="kaishu", doc=KAISHU_PDF, evidence=["東南アジア 29 11 ４ 44"], answer=["44"],
         notes="(g) total column on the right: row 東南アジア, column 計; 29 (初回相談) is the trap"),
    dict(question="2024年度の窓口への相談のうち、中国の取引先に関するものは何％でしたか？",
         category="kaishu", doc=KAISHU_PDF, evidence=["中国 38 14 ６ 58", "合計 133 48 23 204"], answer=["28.4%"],
         computed=True, calc=lambda g: _pct(g(G, "中国", "計", 2024), g(G, "合計", "計", 2024)),
         notes="(g) share of the total column: 58 / 204 = 28.4 % (2024年度 = 令和６年度); 38 / 133 = 28.6 % (初回相談 "
               "only) is another reading"),
    dict(question="この売掛金の相談窓口が開設されたのは、西暦で何年度ですか？",
         category="kaishu", doc=KAISHU_PDF, evidence=["令和４年度に開設し"], answer=["2022年度"], computed=True,
         calc=lambda g: f"{era_year('令和', str(OPENED - 2018))}年度",
         notes="an era year turned into a Western year: 令和４年度 = 2022年度 (the guide prints no Western year)"),
    dict(question="令和５年度には、この窓口に何件の相談があったのでしょうか？",
         category="kaishu", doc=KAISHU_PDF, evidence=["令和５年度の152件から"], answer=["152"],
         notes="prose-only figure of ４ (in no table); 204 (令和６年度, also the total of the consultations by region) is the trap"),
    # --- followups
    dict(question="では、その分析を初めて輸出する会社が申請する場合、上限額はいくらですか？",
         category="followup", doc=UME_PDF, evidence=["塩分・成分分析 75 400 50 300"], answer=["400"],
         history=_turns("輸出を続けている梅干しメーカーが塩分や成分の分析を頼む場合、補助率は何％ですか？",
                        "その他の事業者の塩分・成分分析の補助率は50％です[1]。"),
         notes="(a) the row from the history (塩分・成分分析), the other group (新規輸出事業者), leaf 上限額（千円）; 300 "
               "(その他の事業者) is the trap"),
    dict(question="その年度に交付を受けたうち、新規輸出事業者は何件でしたか？",
         category="followup", doc=UME_PDF, evidence=["令和３年度 11 ８ ４ 6,940"], answer=["４"],
         history=_turns("梅加工品の輸出補助金には、2021年度に何件の申請がありましたか？",
                        "2021年度（令和３年度）の申請は11件でした[1]。"),
         notes="(b) the year from the history (2021年度 = 令和３年度), column うち新規輸出事業者（件）"),
    dict(question="その製品の輸出額はいくらでしたか？",
         category="followup", doc=TOISHI_PDF, evidence=["面直し砥石 ５ ２ 290"], answer=["290"],
         history=_turns("砥石の調査で、面直し砥石を作っている事業者は何者が回答しましたか？",
                        "面直し砥石の回答事業者は５者でした[1]。"),
         notes="(c) the row from the history (面直し砥石, on the continuation page), column 輸出額（万円）"),
    dict(question="それを人造砥石の事業者に限ると、何％ですか？",
         category="followup", doc=TOISHI_PDF, evidence=["海外での知名度の不足 43.1 37.5 50.0"], answer=["50.0"],
         history=_turns("砥石メーカーで、海外での知名度の不足を課題に挙げたのは全体で何％でしたか？",
                        "全体では43.1％でした[1]。"),
         notes="(e) the row from the history, column 人造砥石事業者; 37.5 (天然砥石事業者) is the trap"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=KAISHU_PDF, evidence=["電話：098-987-5160"], answer=["098-987-5160"],
         history=_turns("督促状を頼みたいという会社から、予約はどこにすればよいかと聞かれました。",
                        f"予約と相談は、{KAISHU}が受け付けています[1]。"),
         notes="contact box of the guide: the 窓口's phone (second line); the 班's phone 098-987-5120 and fax "
               "098-987-5129 (first line) are the near misses"),
    dict(question="その地域の取引先について、弁護士の紹介は何件でしたか？",
         category="followup", doc=KAISHU_PDF, evidence=["米国 21 ８ ５ 34"], answer=["５"],
         history=_turns("令和６年度、米国の取引先についての初回相談は何件ありましたか？",
                        "米国の取引先についての初回相談は21件でした[1]。"),
         notes="(g) the row from the history (米国), column 弁護士の紹介; ８ (督促状の送付) is the trap"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="令和６年度に、梣県産の梅干しは海外に何トン輸出されたのでしょうか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline gives applications, grants and amounts of the subsidy, not the exported tonnage",
         absent=["トン", "輸出量", "数量"]),
    dict(question="残留農薬検査で、輸出先の基準を超えてしまった件数はどのくらいありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline covers the residue tests as a cost (rate and cap), not their results",
         absent=["基準を超え", "不合格", "超過"]),
    dict(question="輸出されている天然砥石は、１本当たりの平均単価がどのくらいなのでしょうか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives export amounts by product class and destination, not prices",
         absent=["単価", "価格", "値段"]),
    dict(question="砥石を作っている職人の平均年齢は分かりますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the lack of successors as an issue, not the craftsmen's age",
         absent=["平均年齢", "年齢"]),
    dict(question="弁護士を紹介してもらった後、訴訟まで進んだ件数はどのくらいありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the lawyer referrals by region (23), not what followed them",
         absent=["訴訟", "裁判"]),
    dict(question="窓口に相談してから実際に回収できるまで、平均で何日かかっていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the cases recovered (37) and the amount, and the 14 days waited for a reply, not the "
               "time to recovery",
         absent=["平均日数", "平均で", "回収までの期間"]),
]
CATEGORY_COUNTS = {"ume": 10, "toishi": 9, "kaishu": 9, "followup": 6, "unanswerable": 6}
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
DEFINITION_BOUNDARY = 3  # notes start with "definition boundary"
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h104q", "h104t"
PRIVATE_KEYS = ("absent", "calc")


def expected_questions() -> list[dict]:
    return [{"id": f"{PREFIX_Q}{i:02d}", **{k: v for k, v in q.items() if k not in PRIVATE_KEYS}}
            for i, q in enumerate(QUESTIONS, 1)]


def computed_checks() -> dict:
    return {f"{PREFIX_Q}{i:02d}": q["calc"] for i, q in enumerate(QUESTIONS, 1) if "calc" in q}


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {UME_PDF: (3, 3), TOISHI_PDF: (3, 3), KAISHU_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (8, 40)  # after norm
GOLD_CELLS = (150, 210)
CELLS_PER_TABLE = {A: 22, B: 20, C: 27, D: 30, E: 21, F: 12, G: 32}
TABLE_QUESTIONS = 12  # at least, outside the followups
COMPUTED_RANGE = (6, 12)
BEFORE_BREAK_ROWS = ("天然砥石（仕上砥）", "天然砥石（中砥・荒砥）")  # rows of (c) expected before the page break
CONTINUED_ROWS = ("人造砥石（仕上砥）", "面直し砥石", "合計")  # and after it
TWO_LINE_HEADERS = ("record", "products")  # every value header of these is printed over two lines
CAPTION_UNIT_ONLY = ("dests", "issues", "regions")  # no unit in the header, the unit in the caption note


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout104.py")
    readme = out / "README.md"
    errors += check(questions, gold, pages, readme.read_text(encoding="utf-8") if readme.exists() else None)
    return errors


def check(questions, gold, pages, readme=None) -> list[str]:
    errors = check_page_counts(pages, PAGE_COUNTS)
    errors += check_questions(questions, gold, pages)
    errors += check_gold(gold, pages)
    errors += check_prose(pages)
    errors += check_fiction(questions, gold, pages, readme)
    return errors


def table_of(q) -> set:
    """The tables a question's notes name, by title or by the README letter."""
    return {t for t, l in LETTERS.items() if t in q["notes"] or f"({l})" in q["notes"]}


def printed_as_number(num: str, raw_text: str) -> bool:
    """Whether `num` is printed as a number of its own (not inside a longer number)."""
    return re.search(r"(?<![\d,.])" + re.escape(num) + r"(?![\d,.])", nfkc(raw_text)) is not None


def check_questions(questions, gold, pages) -> list[str]:
    errors = []
    doc_text = {n: norm("\n".join(p)) for n, p in pages.items()}
    raw_text = {n: "\n".join(p) for n, p in pages.items()}
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
            errors += check_unanswerable(qid, q, absent.get(q["question"]), doc_text)
            continue
        if q["doc"] not in doc_text:
            errors.append(f"{qid}: unknown doc {q['doc']!r}")
            continue
        if not 1 <= len(q["evidence"]) <= 3 or len(q["answer"]) != 1:
            errors.append(f"{qid}: an answerable question needs 1-3 evidence strings and one answer")
        errors += check_answerable(qid, q, doc_text[q["doc"]], EVIDENCE_LEN)
        if q.get("computed"):
            # stricter than docgen: not even the bare number of a computed answer is printed (as a number of its own)
            for a in q["answer"]:
                bare = re.sub(r"(%|千円|万円|円|件|人|者|年度)$", "", nfkc(a))
                if printed_as_number(bare, raw_text[q["doc"]]):
                    errors.append(f"{qid}: the computed number {bare} is printed in its document")
        for t in table_of(q):
            if next(g["doc"] for g in gold if g["table"] == t) != q["doc"]:
                errors.append(f"{qid}: its notes name table {t} of another document")
    errors += check_question_mix(questions, CATEGORY_COUNTS, western_share=(0.30, 0.70))
    sibling = sum("sibling" in q["notes"] and q["category"] not in ("followup", "unanswerable") for q in questions)
    if sibling != SIBLING:
        errors.append(f"{sibling} sibling-section questions, expected {SIBLING}")
    boundary = sum(q["notes"].startswith("definition boundary") for q in questions)
    if boundary != DEFINITION_BOUNDARY:
        errors.append(f"{boundary} definition-boundary questions, expected {DEFINITION_BOUNDARY}")
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
    for t in LETTERS:  # every table is asked about outside the followups
        if not any(t in table_of(q) for q in questions if q["doc"] and q["category"] != "followup"):
            errors.append(f"no question on table {t} outside the followups")
    for doc in ALL_PDFS:
        if sum(q["doc"] == doc for q in questions) < 10:
            errors.append(f"{doc}: fewer than 10 questions")
    if not any("second-largest" in q["notes"] and q["category"] != "unanswerable" for q in questions):
        errors.append("no second-largest question")
    n_computed = sum(bool(q.get("computed")) for q in questions)
    if not COMPUTED_RANGE[0] <= n_computed <= COMPUTED_RANGE[1]:
        errors.append(f"{n_computed} computed questions, expected {COMPUTED_RANGE[0]}-{COMPUTED_RANGE[1]}")
    if any(q.get("computed") and q["category"] in ("followup", "unanswerable") for q in questions):
        errors.append("a followup or unanswerable is marked computed")
    errors += check_computed(questions, computed_checks(), GoldIndex(gold))
    # exactly one phone answer, only as a follow-up, with other numbers of its document as near misses
    phone_qs = [q for q in questions if q["answer"] and re.fullmatch(PHONE_RE, nfkc(q["answer"][0]))]
    if len(phone_qs) != 1 or phone_qs[0]["category"] != "followup":
        errors.append("expected exactly one phone-number answer, as a follow-up")
    else:
        others = set(re.findall(PHONE_RE, doc_text[phone_qs[0]["doc"]])) - {phone_qs[0]["answer"][0]}
        if len(others) < 2:
            errors.append("the phone question needs at least two other numbers in its document")
    return errors


def check_gold(gold, pages) -> list[str]:
    errors = []
    specs = {s.title: s for s in all_specs()}
    doc_text = {n: norm("\n".join(p)) for n, p in pages.items()}

    def page_text(doc, page):
        return norm(pages[doc][page - 1])

    if not GOLD_CELLS[0] <= len(gold) <= GOLD_CELLS[1]:
        errors.append(f"{len(gold)} gold cells, expected {GOLD_CELLS[0]}-{GOLD_CELLS[1]}")
    per_table = defaultdict(int)
    for g in gold:
        per_table[g.get("table")] += 1
    if dict(per_table) != CELLS_PER_TABLE:
        errors.append(f"gold cells per table {dict(per_table)}, expected {CELLS_PER_TABLE}")
    any_page = defaultdict(lambda: {0})
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout104.py")
    table_pages = defaultdict(set)
    for g in gold:
        table_pages[g.get("table")].add(g.get("page"))
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
        if g["number"] is None or DASH in g["value"] or "-" in nfkc(g["value"]):
            errors.append(f"{g['id']}: every gold cell should be a printed number (no 「－」, no minus sign)")
        if (g["fiscal_year"] is None) == (g["fiscal_year_range"] is None):
            errors.append(f"{g['id']}: exactly one of fiscal_year and fiscal_year_range should be set")
        if g["doc"] not in pages or not 1 <= g["page"] <= len(pages[g["doc"]]):
            errors.append(f"{g['id']}: no page {g['page']} in {g['doc']}")
            continue
        if norm(g["value"]) not in page_text(g["doc"], g["page"]):
            errors.append(f"{g['id']}: {g['value']!r} not on page {g['page']} of {g['doc']}")
        if norm(g["row"]) not in page_text(g["doc"], g["page"]):
            errors.append(f"{g['id']}: row {g['row']!r} not on page {g['page']} of {g['doc']}")
        spec = specs.get(g["table"])
        if spec is None:
            errors.append(f"{g['id']}: unknown table {g['table']!r}")
            continue
        label_pages = table_pages[g["table"]] if spec.repeat_header else {min(table_pages[g["table"]])}
        for p in label_pages:
            for part in g["column"].split(GROUP_SEP):
                if norm(part) not in page_text(g["doc"], p):
                    errors.append(f"{g['id']}: column {part!r} not on page {p} of {g['doc']}")
        if norm(g["table"]) not in doc_text[g["doc"]]:
            errors.append(f"{g['id']}: table title not in text")
    keys = [(g.get("table"), g.get("row"), g.get("column"), g.get("fiscal_year")) for g in gold]
    if len(set(keys)) != len(keys):
        errors.append("the key (table, row, column, fiscal_year) is not unique")
    row_page = {(g.get("table"), g.get("row")): g for g in gold}
    for title, spec in specs.items():
        for i in range(len(spec.rows)):
            g = row_page.get((title, spec.row_label(i)))
            if g is None:
                errors.append(f"{title} / {spec.row_label(i)}: no gold cell")
                continue
            # each printed row, cell after cell (the 「－」 cells included), on its page
            if not 1 <= g.get("page", 0) <= len(pages[g["doc"]]) \
                    or norm("".join(spec.printed_row(i))) not in page_text(g["doc"], g["page"]):
                errors.append(f"row sequence of {title} / {spec.row_label(i)} not on page {g.get('page')}")
    try:
        errors += check_totals(gold)
    except (KeyError, TypeError) as e:
        errors.append(f"the totals check cannot read a gold cell: {e!r}")
    try:
        errors += check_layouts(gold, pages)
    except (KeyError, TypeError, IndexError, ValueError) as e:
        errors.append(f"the layout check cannot read a gold cell: {e!r}")
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

    # (a): rates within 100 %; the 新規輸出事業者 get at least the others' rate and cap; caps within the firm caps
    for row, r in t[A].items():
        nr, nc = r[f"{NEW}／補助率（％）"], r[f"{NEW}／上限額（千円）"]
        orate, ocap = r.get(f"{OTHER}／補助率（％）"), r.get(f"{OTHER}／上限額（千円）")
        if nr > 100 or (orate is not None and (orate > nr or ocap > nc)):
            errors.append(f"{A} / {row}: rates or caps out of order")
        if nc > FIRM_CAP_NEW * 10 or (ocap is not None and ocap > FIRM_CAP * 10):
            errors.append(f"{A} / {row}: a cap above the firm cap of 第５条")
    if sum(r[f"{NEW}／上限額（千円）"] for r in t[A].values()) <= FIRM_CAP_NEW * 10:
        errors.append(f"{A}: the 新規輸出事業者 caps should add up to more than the firm cap (h104q04)")
    # (b): growing applications; new exporters within grants within applications; amounts within the firm caps
    b = t[B]
    ns = [r["申請件数（件）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for row, r in b.items():
        if not r["うち新規輸出事業者（件）"] <= r["交付件数（件）"] <= r["申請件数（件）"] \
                or r["交付額（千円）"] > r["交付件数（件）"] * FIRM_CAP_NEW * 10:
            errors.append(f"{B} / {row}: grants or amounts out of range")
    # (c): 合計 adds up; exporters within respondents; the prose firm sizes add up to 合計
    c = t[C]
    ccols = ("回答事業者数（者）", "輸出事業者数（者）", "輸出額（万円）")
    adds_up(C, ccols)
    if any(r["輸出事業者数（者）"] > r["回答事業者数（者）"] for r in c.values()):
        errors.append(f"{C}: exporters above respondents")
    if c["合計"]["回答事業者数（者）"] != sum(s[1] for s in SIZES) or c["合計"]["輸出事業者数（者）"] != sum(s[2] for s in SIZES):
        errors.append(f"{C}: 合計 differs from the firm sizes of the prose")
    # (d): 合計 adds up; 増減 is the difference; its 令和５年度 合計 equals (c)'s 輸出額
    d = t[D]
    adds_up(D, [era(y) for y in DEST_YEARS] + ["増減"])
    for row, r in d.items():
        if r["増減"] != r[era(DEST_YEARS[1])] - r[era(DEST_YEARS[0])]:
            errors.append(f"{D} / {row}: 増減 is not the difference")
    if d["合計"][era(2023)] != c["合計"]["輸出額（万円）"]:
        errors.append(f"{D}: 令和５年度 合計 differs from {C}")
    # (e): the per cents come from the counts; the ｎ come from (c) and note ※１
    n_all, n_n, n_j = respondents(), class_n("天然"), class_n("人造")
    if n_all != c["合計"]["回答事業者数（者）"] or n_n != sum(c[r[0]]["回答事業者数（者）"] for r in PRODUCTS if r[4] == "天然"):
        errors.append(f"{E}: the ｎ differ from {C}")
    for name, a, bb, o in ISSUES:
        r = t[E][name]
        want = (pct1(a + bb + o, n_all), pct1(a, n_n), pct1(bb, n_j))
        if tuple(Decimal(str(r[k])) for k in ("全体", "天然砥石事業者", "人造砥石事業者")) != want \
                or a > n_n or bb > n_j or o > class_n(None):
            errors.append(f"{E} / {name}: per cents differ from the counts")
    # (f): 達成率 = 実績 / 目標 rounded half up; 相談件数 equals (g)'s total; letters within 1-3 per case
    f = t[F]
    for row, r in f.items():
        if r["達成率（％）"] != pct0(r["実績"], r["目標"]):
            errors.append(f"{F} / {row}: 達成率 is not 実績 / 目標 rounded half up")
    g = t[G]
    if f["相談件数（件）"]["実績"] != g["合計"]["計"]:
        errors.append(f"{F}: 相談件数 differs from {G}'s total")
    if not g["合計"]["督促状の送付"] <= f["督促状の送付数（通）"]["実績"] <= 3 * g["合計"]["督促状の送付"]:
        errors.append(f"{F}: the letters do not fit the 督促状 cases of {G} (1-3 letters each)")
    # (g): every 計 is its row's sum; 合計 adds up
    kinds = ("初回相談", "督促状の送付", "弁護士の紹介")
    adds_up(G, kinds + ("計",))
    for row, r in g.items():
        if r["計"] != sum(r[k] for k in kinds):
            errors.append(f"{G} / {row}: 計 is not the row's sum")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    # (c): continued over a page break without its header
    prod = specs["products"]
    bp = sorted({g["page"] for g in gold if g["table"] == C})
    if len(bp) != 2 or bp[1] != bp[0] + 1:
        errors.append(f"{C} is on pages {bp}, expected a page break inside it")
    else:
        cont_lines = [x.strip() for x in pages[TOISHI_PDF][bp[1] - 1].splitlines()]
        header_lines = [norm(x) for h in prod.header[0] for x in h.split("\n")]
        on = [i + 1 for i, p in enumerate(pages[TOISHI_PDF]) if norm("".join(prod.header[0])) in norm(p)]
        if prod.repeat_header or on != bp[:1]:
            errors.append(f"{C}: header printed on pages {on}, expected only on {bp[:1]}")
        if any(norm(x) in header_lines for x in cont_lines):
            errors.append(f"{C}: a header line is repeated on the continuation page")
        first = [g["row"] for g in gold if g["table"] == C and g["page"] == bp[0]][::3]
        cont = [g["row"] for g in gold if g["table"] == C and g["page"] == bp[1]][::3]
        if not 2 <= len(first) <= 7:
            errors.append(f"{C}: {len(first)} rows before the page break, expected 2-7")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{C}: rows on the wrong side of the page break ({first} / {cont})")
        # the continuation page starts (after the running header and footer) with a data row
        if len(cont_lines) < 5 or norm(cont_lines[4]) != norm(cont[0]):
            errors.append(f"{C}: the continuation page does not start with the row {cont[:1]}")
        if norm("砥石の名札、研ぎ方の教材等") not in norm(pages[TOISHI_PDF][bp[1] - 1]):
            errors.append(f"{C}: note ※１ should follow the table on the continuation page")
    for key, spec in specs.items():
        if key == "products":
            continue
        tp = {g["page"] for g in gold if g["table"] == spec.title}
        if len(tp) != 1:
            errors.append(f"{spec.title} is on pages {sorted(tp)}, expected one page")
    if specs["issues"].ruled or not all(s.ruled for k, s in specs.items() if k != "issues"):
        errors.append(f"only {E} must be drawn without ruling lines")
    # two-line header cells: both lines printed on consecutive lines of the extracted text
    for key in TWO_LINE_HEADERS:
        spec = specs[key]
        lines = [x.strip() for x in "\n".join(pages[spec.doc]).splitlines()]
        for h in spec.header[0][1:]:
            parts = h.split("\n")
            if len(parts) != 2:
                errors.append(f"{spec.title}: header {h!r} should be printed over two lines")
            elif not any(lines[k] == parts[0] and lines[k + 1] == parts[1] for k in range(len(lines) - 1)):
                errors.append(f"{spec.title}: header {h!r} does not come out as two consecutive lines")
    # (a): two header rows, three spans, the group／leaf columns; the 「－」 cells exactly as planned
    rates = specs["rates"]
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = [f"{grp}／{leaf}" for grp in (NEW, OTHER) for leaf in ("補助率（％）", "上限額（千円）")]
    if len(rates.header) != 2 or len(rates.spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "千円"}:
        errors.append(f"{A}: units should come from the header leaves")
    dashes = {(r[0], c) for spec in specs.values() for r in spec.rows for c, v in enumerate(r) if v == DASH}
    if dashes != DASH_CELLS:
        errors.append(f"the 「－」 cells are {sorted(dashes)}, expected {sorted(DASH_CELLS)}")
    # (b): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::4] != [y for y, *_x in RECORD]:
        errors.append(f"{B}: expected years as rows")
    # (d): ▲ exactly on the negative numbers; the 増減 cells carry the two years compared
    dg = [g for g in gold if g["table"] == D]
    if any((g["value"].startswith(DECREASE)) != (g["number"] < 0) for g in gold) \
            or not any(g["value"].startswith(DECREASE) for g in dg):
        errors.append("▲ must be printed exactly before the negative numbers, at least once in (d)")
    if any(DECREASE in g["value"] for g in gold if g["table"] != D or g["column"] != "増減"):
        errors.append("only the 増減 column of (d) may print ▲")
    if any(g["fiscal_year"] != fiscal_year(g["column"]) for g in dg if g["column"] != "増減") \
            or any(g["fiscal_year"] is not None or g["fiscal_year_range"] != list(DEST_YEARS) for g in dg if g["column"] == "増減"):
        errors.append(f"{D}: expected the fiscal years as columns and 増減 cells with {list(DEST_YEARS)}")
    if any(g["fiscal_year_range"] is not None for g in gold if g["table"] != D or g["column"] != "増減"):
        errors.append("only the 増減 column of (d) may have a fiscal_year_range")
    # units only in the caption notes of (d), (e), (g)
    for key in CAPTION_UNIT_ONLY:
        spec = specs[key]
        if any("（" in h for h in spec.header[0]) or not isinstance(spec.unit, str):
            errors.append(f"{spec.title}: the unit should be only in the caption note")
    # (f): a KPI table with a unit per row from the label's bracket
    fg = [g for g in gold if g["table"] == F]
    if list(dict.fromkeys(g["column"] for g in fg)) != ["目標", "実績", "達成率（％）"] \
            or {g["row"]: g["unit"] for g in fg if g["column"] == "目標"} != {n: bracket_unit(n) for n, *_x in KPIS} \
            or len({g["unit"] for g in fg if g["column"] != "達成率（％）"}) < 3:
        errors.append(f"{F}: expected 目標 / 実績 / 達成率 and a unit per row from the label")
    # (g): the kinds as columns and a total column on the right
    gcols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == G))
    if gcols != ["初回相談", "督促状の送付", "弁護士の紹介", "計"] or [k[0] for k in KINDS] != gcols[:3]:
        errors.append(f"{G}: expected the sibling kinds as columns and 計 on the right, got {gcols}")
    return errors


def check_prose(pages) -> list[str]:
    """Sibling sections print the same labels; figures stated in prose agree with the data."""
    errors = []

    def siblings(text, doc, labels, heads):
        for lab in labels:
            if text.count(norm(lab)) != len(heads):
                errors.append(f"{doc}: label {lab} printed {text.count(norm(lab))} times, expected {len(heads)}")
        for i, head in enumerate(heads, 1):
            if text.count(norm(f"（{fw(i)}）{head}")) != 1:
                errors.append(f"{doc}: the heading of sibling section {i} is not printed once")
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
        for d in terms:
            if norm(f"「{d}」とは") not in text:
                errors.append(f"{what}: the definition of {d} is missing")

    def bullets_in(doc, items, what):
        raw = [norm(x) for x in "\n".join(pages[doc]).splitlines()]
        titles = [norm(s.title) for s in all_specs()]
        got = sum(x.startswith("○") and not any(t in x for t in titles) for x in raw)
        if got != items:
            errors.append(f"{what}: expected {items} bulleted items, got {got}")

    def lv(text, labels, what):
        for lab in labels:
            if text.count(norm(f"{lab}：")) != 1:
                errors.append(f"{what}: the 「label：value」 line {lab} is not printed once")

    def qa(doc, n, what):
        raw = "\n".join(pages[doc]).splitlines()
        if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != n or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != n:
            errors.append(f"{what}: expected {n} Ｑ lines and {n} Ａ lines")

    # ---- the grant guideline
    ut = norm("\n".join(pages[UME_PDF]))
    siblings(ut, UME_PDF, ("輸出先：", "補助の対象とした経費：", "交付額："), [c[0] for c in UME_CASES])
    arts = re.findall(r"第([１-９])条", "\n".join(pages[UME_PDF]))
    if list(dict.fromkeys(arts)) != list("１２３４５６７８"):
        errors.append(f"guideline: articles 第１条–第８条 expected in order, got {list(dict.fromkeys(arts))}")
    if norm(f"延べ{sum(r[2] for r in RECORD)}件に交付しました") not in ut:
        errors.append("guideline: the total in the prose differs from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件に交付しました（うち新規輸出事業者{fw(last[3])}件）") not in ut:
        errors.append("guideline: the 令和６年度 figures in the prose differ from (b)")
    for head, where, is_new, costs, amount in UME_CASES:
        if f"{case_grant(is_new, costs) // 10}万円" != amount or case_grant(is_new, costs) % 10:
            errors.append(f"guideline: case {head} should get {case_grant(is_new, costs)}千円, prints {amount}")
        if ("新規輸出事業者" in where) != is_new:
            errors.append(f"guideline: case {head} is under the wrong applicant class")
    if not any(case_grant(n, c) == (FIRM_CAP_NEW if n else FIRM_CAP) * 10 for _h, _w, n, c, _a in UME_CASES):
        errors.append("guideline: no case reaches the firm cap of 第５条")
    if re.findall(r"20\d\d年", ut) != ["2020年"]:
        errors.append("guideline: only 2020年度 should be printed in Western form")
    defs(ut, ("県産梅加工品", "新規輸出事業者", "輸出証明書"), "guideline")
    for x in NOT_COVERED:
        if norm(x) not in ut:
            errors.append(f"guideline: the cost not covered {x} is missing")
    bullets_in(UME_PDF, len(NOT_COVERED), "guideline")
    qa(UME_PDF, 2, "guideline")
    steps_of(UME_PDF, "①②③④⑤⑥⑦", "guideline")
    lv(ut, ("補助金名", "受付期間", "予算額", "交付予定件数"), "guideline")
    if norm("附則") not in ut or norm("別表（第４条関係）") not in ut:
        errors.append("guideline: 附則 and 別表（第４条関係） expected")
    contacts(UME_PDF, ["098-981-2410", "098-981-2419", "098-981-2450"], ["tonerico-ume@example.jp"], "guideline")

    # ---- the whetstone survey
    tt = norm("\n".join(pages[TOISHI_PDF]))
    siblings(tt, TOISHI_PDF, ("主力の製品：", "主な販売先：", "海外向けの取組："), [c[0] for c in TOISHI_CASES])
    total, n = respondents(), exporters()
    if norm(f"{total}者（回答率{pct1(total, TARGET)}％）") not in tt \
            or norm(f"回答事業者{total}者のうち{n}者（{pct1(n, total)}％）") not in tt:
        errors.append("survey: the response and exporter figures in the prose differ from (c)")
    (s1, s1n, s1e), (s2, s2n, s2e) = SIZES
    if norm(f"{s1}の{s1n}者のうち輸出事業者は{s1e}者、{s2}の{s2n}者のうち{s2e}者") not in tt \
            or not s2e / s2n > s1e / s1n or PLANNED > total - n \
            or norm(f"輸出をしていない{total - n}者のうち{fw(PLANNED)}者") not in tt:
        errors.append("survey: the firm sizes or the planned starters in the prose do not hold")
    if [r[0] for r in sorted(PRODUCTS, key=lambda r: -r[3])][:3] != ["天然砥石（仕上砥）", "人造砥石（中砥）", "人造砥石（仕上砥）"]:
        errors.append("survey: the top three product classes by export amount in the prose do not hold")
    ta, tb = sum(r[1] for r in DESTINATIONS), sum(r[2] for r in DESTINATIONS)
    if norm(f"輸出額は{tb:,}万円で、前年度の{ta:,}万円から{tb - ta}万円増えた") not in tt:
        errors.append("survey: the export totals in the prose differ from (d)")
    ranked = [d for d, _a, _b in sorted(DESTINATIONS, key=lambda r: -r[2])]
    down = sorted(d for d, a, b in DESTINATIONS if b < a)
    if ranked[0] != "米国" or ranked[1] != "オーストラリア" or sorted(DESTINATIONS, key=lambda r: -r[2])[1][2] == \
            sorted(DESTINATIONS, key=lambda r: -r[2])[2][2] or down != sorted(["中国", "英国", "その他"]):
        errors.append("survey: 米国 first, オーストラリア second (no tie), only 中国, 英国 and その他 down: does not hold")
    if [d for d, *_x in DESTINATIONS].index("オーストラリア") == 1:
        errors.append("survey: the second-largest destination should not be printed second")
    n_n, n_j = class_n("天然"), class_n("人造")

    def order(k):
        return sorted(ISSUES, key=lambda r: -(r[1] + r[2] + r[3] if k == 0 else r[k]) / (total if k == 0 else (n_n if k == 1 else n_j)))

    tops = [order(k)[0][0] for k in (0, 1, 2)]
    if tops != ["後継者・職人の不足", "後継者・職人の不足", "海外での知名度の不足"] or order(1)[1][0] != "原石・砥粒の確保":
        errors.append("survey: the tops of (e) in the prose do not hold")
    if re.findall(r"20\d\d年", tt) != ["2024年"] or re.findall(r"20\d\d年度", tt):
        errors.append("survey: only 2024年 (調査基準日) should be printed in Western form")
    defs(tt, ("砥石", "天然砥石事業者", "人造砥石事業者", "輸出事業者"), "survey")
    bullets_in(TOISHI_PDF, 3, "survey")
    steps_of(TOISHI_PDF, "①②③④", "survey")
    lv(tt, ("調査の目的", "調査対象", "調査基準日", "調査期間", "調査方法", "調査の実施者", "回答数", "集計上の注意"), "survey")
    if sum(k for _c, k in CHANNELS) != n or norm("、".join(f"{c}が{fw(k)}者" for c, k in CHANNELS)) not in tt:
        errors.append("survey: the sales channels of the prose should add up to the exporters")
    contacts(TOISHI_PDF, ["098-984-3310", "098-984-3319", "098-984-3350"], ["tonerico-toishi@example.jp"], "survey")

    # ---- the consultation desk guide
    kt = norm("\n".join(pages[KAISHU_PDF]))
    siblings(kt, KAISHU_PDF, ("相談の内容：", "料金：", "受けられる回数："), [k[0] for k in KINDS])
    total = region_total()
    if norm(f"相談件数は{total}件で、令和５年度の{PREV_YEAR}件から{total - PREV_YEAR}件増えました") not in kt \
            or norm(f"利用した事業者は{USERS}者") not in kt or USERS > total:
        errors.append("guide: the use figures in the prose differ from (g)")
    if max(REGIONS, key=lambda r: sum(r[1:]))[0] != "中国":
        errors.append("guide: 「中国が最も多く」 does not hold")
    unmet = [n for n, t, a, p in kpi_rows() if a < t]
    if unmet != ["回収に至った件数（件）"]:
        errors.append(f"guide: 「回収に至った件数を除いて達成」 does not hold ({unmet})")
    if norm(f"{era(OPENED)}に開設") not in kt:
        errors.append("guide: the opening year is not printed")
    fee = KINDS[1][2]
    if norm(f"{LETTER_FIRST:,}円") not in norm(fee) or norm(f"{LETTER_NEXT:,}円") not in norm(fee):
        errors.append("guide: the letter fees differ from the sibling section")
    if re.findall(r"20\d\d年", kt):
        errors.append("guide: no Western year should be printed")
    defs(kt, ("海外売掛金", "延滞", "督促状"), "guide")
    bullets_in(KAISHU_PDF, 4, "guide")
    qa(KAISHU_PDF, 2, "guide")
    steps_of(KAISHU_PDF, "①②③④⑤⑥⑦", "guide")
    lv(kt, ("窓口の名称", "設置者", "運営", "利用できる者", "相談日時", "相談の方法"), "guide")
    contacts(KAISHU_PDF, ["098-987-5120", "098-987-5129", "098-987-5160"], ["tonerico-kaishu@example.jp"], "guide")
    return errors


def check_fiction(questions, gold, pages, readme) -> list[str]:
    """Every phone number is 098-98x-xxxx and every mail address under example.jp (documents,
    gold, questions, README); no at-sign outside a mail address; no prefecture but 梣県 in the
    documents and questions; 梣県 on page 1 of every document; the three towns named."""
    errors = []
    texts = {name: "\n".join(p) for name, p in pages.items()}
    texts["tables.jsonl"] = "\n".join(str(g) for g in gold)
    texts["questions.jsonl"] = "\n".join(str(q) for q in questions)
    if readme is not None:
        texts["README.md"] = readme
    for name, text in texts.items():
        t = nfkc(text)
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", t):
            if not re.fullmatch(PHONE_RE, ph):
                errors.append(f"{name}: phone number {ph} outside 098-98x-xxxx")
        mails = re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", t)
        for mail in mails:
            if not mail.endswith(MAIL_DOMAIN):
                errors.append(f"{name}: mail address {mail} outside example.jp")
        if t.count("@") != len(mails):
            errors.append(f"{name}: an at-sign outside a mail address")
    for name in list(pages) + ["questions.jsonl"]:
        for line in nfkc(texts[name]).splitlines():
            for m in re.finditer(r"([\u3400-\u9fff々])県", line):
                if m.group(1) != PREF[0]:
                    errors.append(f"{name}: names a prefecture {m.group(0)} other than {PREF}")
    for name, p in pages.items():
        if PREF not in p[0]:
            errors.append(f"{name}: {PREF} is not named on page 1")
    all_docs = norm("\n".join(texts[n] for n in pages))
    for town in TOWNS:
        if town not in all_docs:
            errors.append(f"the town {town} is named in no document")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
