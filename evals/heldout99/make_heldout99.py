"""Build the 梲県 held-out set 99: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (梲県 and every town, scheme, organisation, company, phone number,
address, figure and rule). The documents are in three genres the earlier sets do not use: a call
for applications (募集要項) for a prefectural subsidy towards exports of katsuobushi and shaved
bonito (梲県産鰹節等輸出促進補助金: hygiene certificates under HACCP, residue and histamine tests,
a smoking-kiln upgrade against benzo[a]pyrene for the EU, trade fairs abroad, sample shipping)
with a two-level header whose groups are destination classes, two 「－」 cells, a halved cap for
a renewal and caps per firm in 万円 under a table in 千円, and a yearly record (years as rows,
header cells over two lines); the report (報告書) of a survey of the prefecture's Japanese-umbrella
(和傘) makers on their exports, with the makers by product field (a table continued over a page
break without its header), the exports by destination in two fiscal years with a 増減 column
printing decreases with ▲, and an unruled table of the issues whose two maker classes are
defined elsewhere; and the user guide (利用案内) of a prefectural consultation service on export
packaging design (輸出向けパッケージデザイン相談) with three courses as sibling sections, a KPI
table 目標 / 実績 / 達成率 with the units in the row labels, and the uses by product field and
course with a total column on the right. See README.md beside this file.

    python make_heldout99.py [OUTPUT_DIR]          # default: this file's directory

Needs reportlab and pypdf (both in the project venv). The code structure follows
../heldout59/make_heldout59.py; the shared helpers are in ../docgen.py (unchanged). The gold
cells are generated from the same specs that draw the tables; PDF page numbers are recorded while
reportlab lays the pages out. The output is byte-identical on every run (reportlab
``invariant=True``). The script exits 1 if any check fails.
"""


import json
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

SCRIPT_DIR = Path(__file__).resolve().parent
KATSUO_PDF = "udatsu_katsuobushi_yushutsu_sokushin_hojokin_boshu_yoko_r7.pdf"
WAGASA_PDF = "udatsu_wagasa_yushutsu_jittai_chosa_r6.pdf"
PACKAGE_PDF = "udatsu_yushutsu_package_design_sodan_riyo_annai_r7.pdf"
ALL_PDFS = (KATSUO_PDF, WAGASA_PDF, PACKAGE_PDF)

UNITS = ("千円", "万円", "件", "者", "点", "言語", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
DASH = "－"  # a cell with no figure (explained by a note); drawn, but no gold cell
DECREASE = "▲"  # printed before a decrease
PHONE_RE = r"098-93\d-\d{4}"  # every phone number of the set: 098-930-xxxx … 098-939-xxxx
ANY_PHONE_RE = r"\d{2,4}-\d{2,4}-\d{4}"
MAIL_RE = r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+"
MAIL_DOMAIN = "@example.jp"


def nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def fiscal_year(label: str | None) -> int | None:
    """Western year of a label naming one fiscal year (令和５年度, 令和元年度); None otherwise."""
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
    """k / n in whole per cent, rounded half up (達成率)."""
    return int(half_up(Decimal(k * 100) / Decimal(n), "1"))


def cell(x) -> str:
    """A table cell: an int as docgen prints it (single digits full-width), a Decimal with one
    decimal."""
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def signed(n: int) -> str:
    """A 増減 cell: a decrease with ▲, an increase as a plain number."""
    return f"{DECREASE}{fw(-n)}" if n < 0 else fw(n)


def era(fy: int) -> str:
    return docgen.era_label(fy)  # 令和元年度, 令和２年度, …


def man(sen: int) -> int:
    """千円 (a whole number of thousands) -> 万円, when exact."""
    assert sen % 10 == 0, sen
    return sen // 10


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf, optional columns that
    cover a range of fiscal years (a 増減 column), and 「－」 cells that yield no gold cell."""

    col_range: dict | None = None  # {col: [first, last]} for columns comparing or summing fiscal years

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

    def dash_cells(self) -> list[tuple[str, str]]:
        return [(self.row_label(i), self.column_label(c)) for i, r in enumerate(self.rows)
                for c in self.value_cols if r[c] == DASH]


def gold_records(spec: TableSpec, pages_of: dict) -> list[dict]:
    out = []
    for i, r in enumerate(spec.rows):
        for c in spec.value_cols:
            value = r[c]
            if value == DASH:  # explained by a note; no figure, no gold cell
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


def qa_lines(pairs):
    out = []
    for i, (q, a) in enumerate(pairs, 1):
        out += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    return out


PREF = "梲県"
TOWNS = ("梲市", "浦鷹市", "霧野町")
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: katsuobushi export subsidy, call for applications
KATSUO = f"{PREF}産鰹節等輸出促進補助金"
KATSUO_DEPT = f"{PREF} 農林水産部 水産流通課"
SHINKOKAI = f"一般社団法人{PREF}鰹節振興会"
EU, OTHER = "ＥＵ等向け", "その他の国・地域向け"  # the groups of table (a): destination classes
RATES = [  # 経費区分; ＥＵ等向け: 補助率（％）, 上限額（千円）; その他の国・地域向け: 補助率, 上限額 (None = 「－」)
    ("輸出用衛生認証の取得・更新", 60, 1500, 50, 1000),
    ("残留物質・ヒスタミン検査", 60, 400, 50, 300),
    ("焙乾設備の改良", 50, 2000, None, None),
    ("海外見本市への出展", 50, 1200, 50, 800),
    ("商品サンプルの輸送", 50, 200, 50, 150),
]
RENEWAL_DIVISOR = 2  # note ※３: the cap of a renewal (２回目以降の審査) is half
FIRM_CAP, FIRM_CAP_EU = 200, 300  # note ※４: 万円 per firm (ＥＵ等向けを含む申請は300万円)
EU_COUNTRIES = "ＥＵ加盟国、英国、スイス、ノルウェー及びアイスランド"
SINCE = 2019  # 令和元年度（2019年度）: the only Western year printed in the call
RECORD = [  # 年度, 申請件数, 交付件数, うちＥＵ等向け, 交付額（千円）
    (2019, 6, 4, 1, 2410), (2020, 8, 6, 1, 3380), (2021, 11, 7, 2, 4950),
    (2022, 13, 9, 3, 6720), (2023, 16, 11, 4, 8460), (2024, 19, 13, 5, 10530),
]
KATSUO_CASES = [  # 見出し, 輸出先, 補助の対象とした取組, 交付を受けた額 (same labels); group; {経費区分: 経費（千円）}
    ("本枯節製造業Ａ社（浦鷹市）", "フランス（ＥＵ等向け）", "焙乾設備の改良とベンゾピレンの検査", "181万円",
     EU, {"焙乾設備の改良": 3200, "残留物質・ヒスタミン検査": 350}),
    ("鰹節製造業Ｂ社（梲市）", "米国（その他の国・地域向け）", "米国向けの衛生認証の取得と見本市への出展", "160万円",
     OTHER, {"輸出用衛生認証の取得・更新": 1600, "海外見本市への出展": 1900}),
    ("削り節製造業Ｃ社（浦鷹市）", "台湾、香港（その他の国・地域向け）", "小袋入りの削り節のサンプルの輸送とヒスタミン検査", "21万円",
     OTHER, {"商品サンプルの輸送": 240, "残留物質・ヒスタミン検査": 180}),
]
KATSUO_EXCLUDED = [  # 補助の対象にならない経費
    "原料のかつおの購入費その他鰹節の製造に通常要する経費",
    "国内で開かれる商談会（海外のバイヤーを招くものを含む。）への出展に要する経費",
    "見本市に出展する者の旅費及び宿泊費",
    "交付決定の日より前に発注し、又は支払った経費",
]
KATSUO_QA = [
    ("輸出先の国で受ける検査の費用も、対象になりますか。",
     "対象になります。ただし、輸出先の政府が認めた検査機関が行うものに限ります。"),
    ("前年度に交付を受けた事業者も、申請できますか。",
     "申請できます。ただし、同じ経費区分について３年度続けて交付を受けることはできません。"),
    ("荒節と本枯節を、別々に申請できますか。",
     "できません。申請は１事業者１件とし、複数の商品を１件の申請にまとめてください。"),
]


def rate_cols():
    """Column indexes of table (a): (rate, cap) per group."""
    return {EU: (1, 2), OTHER: (3, 4)}


def case_grant(group: str, costs: dict) -> int:
    """千円 granted for a case: rate × cost within each item's cap, summed, within the firm cap."""
    rates = {r[0]: r for r in RATES}
    rc, cc = rate_cols()[group]
    total = 0
    for item, cost in costs.items():
        rate, cap = rates[item][rc], rates[item][cc]
        assert rate is not None, (item, group)
        total += min(cost * rate // 100, cap)
    return min(total, (FIRM_CAP_EU if group == EU else FIRM_CAP) * 10)


def katsuo_specs():
    def c(x):
        return DASH if x is None else fw(x)

    rates = TableSpec(
        key="rates", doc=KATSUO_PDF, title="補助対象経費、補助率及び上限額",
        header=[["経費区分", EU, "", OTHER, ""],
                ["", "補助率（％）", "上限額（千円）", "補助率（％）", "上限額（千円）"]],
        rows=[[n, c(a), c(b), c(d), c(e)] for n, a, b, d, e in RATES],
        col_widths=[56 * mm, 26 * mm, 26 * mm, 26 * mm, 26 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, col, s=rates: bracket_unit(s.header_parts(col)[-1])
    record = TableSpec(
        key="record", doc=KATSUO_PDF, title="申請と交付の実績",
        header=[["年度", "申請\n件数（件）", "交付\n件数（件）", "うちＥＵ等\n向け（件）", "交付額\n（千円）"]],
        rows=[[era(y), fw(a), fw(b), fw(e), fw(g)] for y, a, b, e, g in RECORD],
        col_widths=[30 * mm, 30 * mm, 30 * mm, 30 * mm, 30 * mm],
    )
    record.unit = lambda row, col, s=record: bracket_unit(s.column_label(col))
    return rates, record


def katsuo_story(specs):
    rates, record = specs
    n_all = sum(r[2] for r in RECORD)
    last = RECORD[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{KATSUO} 募集要項", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(KATSUO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　目的", H1)]
    st += paras(f"""
県内で製造した鰹節と削り節の輸出を広げるため、輸出先が求める衛生認証の取得、検査、海外見本市への出展等に要する経費の一部を補助します。制度を始めた{era(SINCE)}（{SINCE}年度）から令和６年度までに、延べ{n_all}件の交付を行いました。
""", 0)
    st += [P("２　募集の概要", H1)]
    st += lv_lines([
        ("補助金名", KATSUO),
        ("補助対象者", "県内に鰹節又は削り節の製造工場を有する中小企業者（個人事業主及び水産加工業協同組合を含む。）で、県産鰹節等を輸出し、又は輸出しようとするもの"),
        ("募集期間", "令和７年５月12日から６月13日まで（必着）"),
        ("予算額", "1,800万円"),
        ("採択予定件数", "12件程度"),
        ("補助事業期間", "交付決定の日から令和８年２月13日まで"),
    ], 0)
    st += paras(f"""
この要項において「県産鰹節等」とは、県内の工場で生のかつおを煮熟し、焙乾して製造した鰹節（荒節及び本枯節）並びにこれを削った削り節をいい、県外で製造された荒節を仕入れて削っただけのものを除きます。「輸出用衛生認証」とは、ＨＡＣＣＰに基づく衛生管理について第三者機関が行う認証及び輸出先の政府が求める輸出施設の認定をいいます。「ＥＵ等」とは、{EU_COUNTRIES}をいいます。
""", 0)
    st += [P("３　補助対象経費、補助率及び上限額", H1)]
    st += paras("補助率と上限額は、経費区分ごとに、輸出先によって次のとおりです。", 0)
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「焙乾設備の改良」は、焙乾の際に生じるベンゾピレンを減らすための設備の改良をいい、ＥＵ等向けに限り補助の対象とします。表中の「－」の欄は、補助の対象としません。",
        "※２ 「海外見本市への出展」は、出展料、小間の装飾費、出展品の輸送費及び通訳の費用をいいます。",
        f"※３ 輸出用衛生認証の更新（２回目以降の審査）の場合は、上限額を上表の額の２分の１とします。",
        f"※４ 補助金の額は、経費区分ごとに補助率を乗じて得た額（上限額以内）の合計とし、１事業者当たり{FIRM_CAP}万円（ＥＵ等向けを含む申請は{FIRM_CAP_EU}万円）を上限とします。千円未満の端数は切り捨てます。",
    ])
    st += paras("次の経費は、補助の対象になりません。", 0)
    st += bullets(KATSUO_EXCLUDED, 0)
    st += [P("４　申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（水産流通課又は{SHINKOKAI}へ）",
        "② 申請書の提出（募集期間内に、事業計画書、見積書及び県産鰹節等であることを示す書類を添えて提出）",
        "③ 審査（書類審査、令和７年６月下旬）",
        "④ 交付決定の通知（令和７年７月上旬）",
        "⑤ 補助事業の実施（令和８年２月13日までに完了すること）",
        "⑥ 実績報告（事業の完了から30日以内。遅くとも令和８年３月６日まで）",
        "⑦ 補助金の額の確定と支払（令和８年３月下旬）",
    ], 0)
    st += [P("５　これまでの実績", H1)]
    st += paras(f"""
申請件数は毎年増えており、令和６年度は{last[1]}件の申請があり、{last[2]}件に交付しました（うちＥＵ等向け{fw(last[3])}件）。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += [P("６　活用事例（令和６年度）", H1)]
    for i, (head, dest, what, amount, _g, _c) in enumerate(KATSUO_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("輸出先", dest), ("補助の対象とした取組", what), ("交付を受けた額", amount)], 1)
    st += [P("７　よくある質問", H1)]
    st += qa_lines(KATSUO_QA)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KATSUO_DEPT} 輸出推進班　電話：098-931-4410　ファクス：098-931-4419",
        f"{SHINKOKAI}（検査機関の紹介・事前相談）　電話：098-931-4520",
        "電子メール：udatsu-katsuobushi@example.jp",
    ]))
    return st


# ================================================================ document 2: Japanese-umbrella makers' exports, survey report
WAGASA = f"{PREF}和傘製造業の輸出実態調査"
WAGASA_DEPT = f"{PREF} 商工労働部 伝統産業振興課"
KUMIAI = f"{PREF}和傘協同組合"
TARGET = 84  # 調査対象の事業者（全数）
FIELDS = [  # 製品分野, 回答事業者数（者）, 輸出事業者数（者）, 輸出額（万円） (令和５年度)
    ("蛇の目傘", 12, 6, 1840), ("番傘", 7, 3, 620), ("日傘（絹・木綿）", 10, 5, 2130), ("野点傘", 5, 3, 1470),
    ("舞踊傘", 6, 2, 390), ("和傘型照明", 4, 2, 960), ("傘骨・ロクロ・柄（部品）", 14, 1, 80), ("その他", 5, 1, 110),
]
PARTS_FIELD = "傘骨・ロクロ・柄（部品）"  # the 部品事業者 (note ※１); every other row is 仕上げ事業者
SIZES = (("５人未満", 38, 9), ("５人以上", 25, 14))  # 従業者: 回答事業者, うち輸出事業者 (prose only)
PLANNED = 12  # of the non-exporters, plan to start exporting within three years (prose only)
DEST_YEARS = (2022, 2023)
DESTS = [  # 輸出先, 令和４年度, 令和５年度 (万円); geographic order, not by amount
    ("台湾", 760, 910), ("中国", 830, 560), ("香港", 340, 390), ("シンガポール", 210, 460),
    ("米国", 1480, 1920), ("英国", 410, 380), ("フランス", 1150, 1610), ("ドイツ", 620, 740), ("その他", 500, 630),
]
ISSUES = [  # 課題, 回答数: 仕上げ事業者, 部品事業者 (複数回答, all respondents)
    ("湿気・乾燥による破損（割れ・カビ）", 27, 3), ("長さのある荷物の送料の高さ", 23, 5),
    ("職人の高齢化と後継者の不足", 20, 9), ("竹・和紙等の材料の確保", 14, 8),
    ("海外の顧客への使い方・手入れの説明", 17, 1), ("輸出先の安全・表示の規則の確認", 9, 2),
    ("代金の回収への不安", 6, 1),
]
WAGASA_CASES = [  # 見出し, 主な製品, 主な輸出先, 海外向けの工夫 (same labels in every sibling section)
    ("蛇の目傘製造業Ｄ社（霧野町）", "蛇の目傘、舞踊傘", "フランス、米国", "美術館の売店向けに、小ぶりで壁に飾れる寸法の傘を作った"),
    ("日傘製造業Ｅ社（梲市）", "絹張りの日傘", "シンガポール、台湾", "紫外線を防ぐ効果の試験結果を、英語と中国語で示している"),
    ("傘骨製造業Ｆ社（霧野町）", "竹の傘骨とロクロ", "米国（和傘を作る現地の工房）", "骨を１本ずつ番号で管理し、現地で組み立てられる説明書を付けた"),
]


def field_totals():
    return [sum(r[j] for r in FIELDS) for j in (1, 2, 3)]


def split_makers() -> tuple[int, int, int]:
    """回答事業者: all, 仕上げ事業者, 部品事業者 (the ｎ of the unruled table)."""
    n = sum(r[1] for r in FIELDS)
    parts = sum(r[1] for r in FIELDS if r[0] == PARTS_FIELD)
    return n, n - parts, parts


def wagasa_specs():
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in FIELDS]
    rows.append(["合計"] + [fw(x) for x in field_totals()])
    fields = TableSpec(
        key="fields", doc=WAGASA_PDF, title="製品分野別の回答事業者と輸出の状況",
        header=[["製品分野", "回答\n事業者数（者）", "輸出\n事業者数（者）", "輸出額\n（万円）"]],
        rows=rows, col_widths=[52 * mm, 34 * mm, 34 * mm, 34 * mm], table_fy=2023, repeat_header=False,
    )
    fields.unit = lambda row, col, s=fields: bracket_unit(s.column_label(col))
    drows = [[n, fw(a), fw(b), signed(b - a)] for n, a, b in DESTS]
    ta, tb = sum(r[1] for r in DESTS), sum(r[2] for r in DESTS)
    drows.append(["合計", fw(ta), fw(tb), signed(tb - ta)])
    dests = TableSpec(
        key="dests", doc=WAGASA_PDF, title="輸出先別の輸出額",
        header=[["輸出先", era(DEST_YEARS[0]), era(DEST_YEARS[1]), "増減"]],
        rows=drows, col_widths=[44 * mm, 34 * mm, 34 * mm, 30 * mm], unit="万円",
    )
    dests.col_range = {3: list(DEST_YEARS)}
    n_all, n_f, n_p = split_makers()
    issues = TableSpec(
        key="issues", doc=WAGASA_PDF, title="輸出に当たっての課題（複数回答）",
        header=[["課題", "全体", "仕上げ事業者", "部品事業者"]],
        rows=[[x, cell(pct1(a + b, n_all)), cell(pct1(a, n_f)), cell(pct1(b, n_p))] for x, a, b in ISSUES],
        col_widths=[72 * mm, 26 * mm, 28 * mm, 28 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return fields, dests, issues


def wagasa_story(specs):
    fields, dests, issues = specs
    total, exporters, amount = field_totals()
    ta, tb = sum(r[1] for r in DESTS), sum(r[2] for r in DESTS)
    n_all, n_f, n_p = split_makers()
    (s1, s1n, s1e), (s2, s2n, s2e) = SIZES
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{WAGASA} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年２月", DATE_RIGHT), P(WAGASA_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += paras(f"""
県内の和傘は、霧野町を中心に作られてきた伝統的工芸品である。国内の需要が減る一方で、海外の美術館の売店やインテリアの店からの引き合いが増えていることから、産地の事業者の輸出の状況と課題を初めて調べた。調査に当たっては、{KUMIAI}の協力を得て、組合に加入していない事業者にも調査票を送った。
""", 0)
    st += lv_lines([
        ("調査の目的", "県内の和傘製造業の輸出の実態と課題を把握し、産地の振興策に役立てるため"),
        ("調査対象", f"県内の和傘の仕上げ事業者及び部品事業者 {TARGET}者（全数）"),
        ("調査基準日", "令和６年（2024年）９月１日"),
        ("調査期間", "令和６年９月９日から10月11日まで"),
        ("調査方法", "郵送によるアンケートと訪問による聞き取り"),
        ("回答数", f"{total}者（回答率{pct1(total, TARGET)}％）"),
        ("集計上の注意", "割合は、小数点以下第２位を四捨五入した。"),
    ], 0)
    st += paras("""
この報告書において「和傘」とは、竹の骨に和紙又は絹を張り、油等で仕上げた傘をいい、日傘、舞踊傘、野点傘及び和傘の形をした照明器具（和傘型照明）を含む。「仕上げ事業者」とは、傘骨に紙や布を張り、製品として仕上げる事業者をいい、「部品事業者」とは、傘骨、ロクロ（骨を束ねる木製の部品）及び柄を作る事業者をいう。また、「輸出事業者」とは、令和５年度に自社の製品を海外に１回以上出荷した事業者をいい、訪日外国人への店頭での販売（免税販売を含む。）だけの事業者は含まない。
""", 0)
    st += [P("２　回答事業者と輸出の状況", H1)]
    st += paras(f"""
令和５年度に輸出を行った事業者は、回答事業者{total}者のうち{exporters}者（{pct1(exporters, total)}％）であった。従業者{s1}の事業者では{s1n}者のうち{fw(s1e)}者、{s2}の事業者では{s2n}者のうち{s2e}者が輸出しており、規模が大きいほど輸出する割合が高い。輸出をしていない{total - exporters}者のうち{PLANNED}者は、３年以内に輸出を始める予定と答えた。製品分野別の輸出額は、日傘（絹・木綿）が最も多く、蛇の目傘、野点傘が続く。
輸出事業者の販売の方法（複数回答）は、海外の販売店への卸売が15者、自社のウェブサイトによる海外への通信販売が11者、海外の見本市での受注が８者であった。
""", 0)
    st += [caption(fields.title, "（令和５年度）", keep=False), fields.flowable(), Spacer(1, 2)]
    st += notes([f"※１ 事業者は主な製品により分類した。「{PARTS_FIELD}」の事業者が部品事業者、それ以外（「その他」を含む。）が仕上げ事業者である。「その他」は、和傘の修理、張り替え等を主とする事業者である。"])
    st += [P("３　輸出先", H1)]
    st += paras(f"""
令和５年度の輸出額は{tb:,}万円で、令和４年度の{ta:,}万円から{tb - ta:,}万円増えた。国・地域別では米国が最も多く、中国と英国は前年度より減った。
""", 0)
    st += [caption(dests.title, "（単位：万円）"), dests.flowable(), Spacer(1, 2)]
    st += notes(["※２ 増減は、令和５年度の額から令和４年度の額を引いたもので、「▲」は減少を示す。「その他」は、オーストラリア、カナダ、韓国等である。"])
    st += [P("４　事業者の事例", H1)]
    for i, (head, prod, dest, idea) in enumerate(WAGASA_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な製品", prod), ("主な輸出先", dest), ("海外向けの工夫", idea)], 1)
    st += [P("５　輸出に当たっての課題", H1)]
    st += paras("""
全体と仕上げ事業者では「湿気・乾燥による破損（割れ・カビ）」が最も多く、部品事業者では「職人の高齢化と後継者の不足」が最も多かった。部品事業者では「竹・和紙等の材料の確保」が２番目に多い。
""", 0)
    st += [caption(issues.title, "（単位：％）"), issues.flowable(), Spacer(1, 2)]
    st += notes([
        f"※３ 回答事業者（全体{n_all}者、仕上げ事業者{n_f}者、部品事業者{n_p}者）が、輸出をしていない事業者を含めて回答した。仕上げ事業者と部品事業者の区分は、２の※１による。複数回答のため、合計は100％にならない。",
    ])
    st += [P("６　県への主な要望（自由記述）", H1)]
    st += bullets([
        "湿気に強い輸出用の梱包材を、産地で共同で開発してほしい。",
        "海外の見本市に、産地として共同で出展する機会を設けてほしい。",
        "若い職人を雇う事業者への支援を手厚くしてほしい。",
    ], 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        f"① {KUMIAI}と連携し、湿気に強い輸出用の梱包の試作を令和７年度中に行う。",
        "② 英語とフランス語による和傘の手入れの説明書を作り、事業者に配布する。",
        "③ 傘骨とロクロの後継者を育てる研修を、霧野町で開く。",
        "④ 次回の調査は、令和９年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{WAGASA_DEPT} 工芸品班　電話：098-934-2620　ファクス：098-934-2629",
        f"{KUMIAI}（霧野町、産地の相談）　電話：098-934-2710",
        "電子メール：udatsu-wagasa@example.jp",
    ]))
    return st


# ================================================================ document 3: export packaging-design consultation, user guide
PACKAGE = f"{PREF}輸出向けパッケージデザイン相談"
PACKAGE_DEPT = f"{PREF} 商工労働部 貿易振興課"
CENTER = f"公益財団法人{PREF}産業デザインセンター"
OPENED = 2021  # 令和３年度 (prose only, no Western year printed in the guide)
TRIAL_FEE, TRIAL_FEE_LATER, TRIAL_FEE_FROM = 8000, 12000, 3  # 円 per 試作品; from the 3rd one of the year
CHECK_FEE = 5000  # 円 per language
COURSES = [  # 見出し, 相談の内容, 利用料金, 所要期間 (same labels in every sibling section)
    ("デザイン診断コース", "今のパッケージが輸出先の売り場でどう見えるかをデザイナーが診断し、改善点を示します。",
     "無料（同じ年度に３回まで）", "相談の当日（その場で講評します）"),
    ("試作コース", "改善したデザイン案を作り、試作品を制作します。",
     f"試作品１点当たり{TRIAL_FEE:,}円（同じ年度の{fw(TRIAL_FEE_FROM)}点目からは１点当たり{TRIAL_FEE_LATER:,}円）",
     "申込みから20営業日以内"),
    ("多言語表示チェックコース", "多言語表示の案を、輸出先の表示の規則に照らして確認します。",
     f"１言語当たり{CHECK_FEE:,}円", "申込みから10営業日以内"),
]
KPIS = [  # 指標（単位）, 目標, 実績 (令和６年度; 相談件数 実績 = (g)'s total)
    ("相談件数（件）", 240, None), ("試作品の制作数（点）", 120, 131),
    ("新しいパッケージで輸出を始めた事業者数（者）", 20, 17), ("多言語表示を確認した言語の数（言語）", 8, 9),
]
USES = [  # 商品分野: デザイン診断, 試作, 多言語表示チェック (件, 令和６年度)
    ("菓子", 38, 14, 19), ("調味料・水産加工品", 29, 11, 16), ("酒類・飲料", 24, 9, 12),
    ("農産物", 15, 4, 6), ("工芸品・雑貨", 27, 10, 5), ("その他", 12, 5, 7),
]
USE_COLS = ("デザイン診断", "試作", "多言語表示チェック")
PREV_USES = 198  # 令和５年度の利用件数 (prose only)
USERS = 112  # 令和６年度に利用した事業者 (prose only)


def uses_total() -> int:
    return sum(sum(r[1:]) for r in USES)


def kpi_rows():
    return [(n, t, uses_total() if a is None else a) for n, t, a in KPIS]


def package_specs():
    kpi = TableSpec(
        key="kpi", doc=PACKAGE_PDF, title="利用の目標と実績",
        header=[["指標", "目標", "実績", "達成率（％）"]],
        rows=[[n, fw(t), fw(a), fw(pct0(a, t))] for n, t, a in kpi_rows()],
        col_widths=[84 * mm, 24 * mm, 24 * mm, 28 * mm], table_fy=2024,
    )
    kpi.unit = lambda row, col: "%" if col == 3 else bracket_unit(row[0])
    rows = [[n, fw(a), fw(b), fw(c), fw(a + b + c)] for n, a, b, c in USES]
    rows.append(["合計"] + [fw(sum(r[j] for r in USES)) for j in (1, 2, 3)] + [fw(uses_total())])
    uses = TableSpec(
        key="uses", doc=PACKAGE_PDF, title="商品分野別・コース別の利用件数",
        header=[["商品分野"] + list(USE_COLS) + ["計"]],
        rows=rows, col_widths=[44 * mm, 28 * mm, 24 * mm, 36 * mm, 22 * mm], unit="件", table_fy=2024,
    )
    return kpi, uses


def package_story(specs):
    kpi, uses = specs
    tot = uses_total()
    by_course = [sum(r[j] for r in USES) for j in (1, 2, 3)]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{PACKAGE} 利用案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(PACKAGE_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　相談の概要", H1)]
    st += paras(f"""
この相談は、県内の事業者が輸出する商品のパッケージを、輸出先の売り場と表示の規則に合わせて見直せるよう、デザイナーと貿易の専門家が一緒に相談に応じるものです。{era(OPENED)}に開設しました。
""", 0)
    st += lv_lines([
        ("サービス名", PACKAGE),
        ("実施主体", PREF),
        ("運営", f"{CENTER}（県からの委託）"),
        ("利用できる者", "県内に事業所を有する中小企業者及び個人事業主"),
        ("相談日時", "火曜日から金曜日までの10時から16時まで（１回90分以内）"),
        ("会場", "産業デザインセンター２階の相談室（梲市）。デザイン診断はオンラインでも受けられます。"),
    ], 0)
    st += paras("""
この案内において「パッケージ」とは、商品を入れて店頭に並べる箱、袋、缶及び瓶のラベル等をいい、輸送のための外装（段ボール箱等）を含みません。「多言語表示」とは、輸出先の言語で、商品名、原材料、内容量、期限、原産国等を示す表示をいいます。また、「試作品」とは、デザイン案を実物の大きさで印刷して組み立てたものをいい、１つのデザイン案を１種類の大きさで作ったものを１点と数えます。
""", 0)
    st += [P("２　相談のコース", H1)]
    for i, (head, what, fee, days) in enumerate(COURSES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("相談の内容", what), ("利用料金", fee), ("所要期間", days)], 1)
    st += notes(["※１ 利用料金は消費税込みの額です。試作コースと多言語表示チェックコースは、デザイン診断コースを受けた後に申し込むことができます。"])
    st += [P("３　申込みから納品までの流れ", H1)]
    st += numbered([
        "① 申込み（センターのウェブサイトの申込フォームに、商品、輸出先及び希望する日時を記入）",
        "② 日程の連絡（申込みの翌営業日まで）",
        "③ デザイン診断（商品の現物と、今のパッケージをお持ちください）",
        "④ 試作コース又は多言語表示チェックコースの申込みと利用料金の支払",
        "⑤ 試作品又は確認結果の納品（所要期間はコースごとに２のとおり）",
        "⑥ 事後のアンケート（納品から３か月後に、輸出の状況を伺います）",
    ], 0)
    st += [P("４　利用の状況", H1)]
    st += paras(f"""
令和６年度の利用件数は{tot}件（デザイン診断{by_course[0]}件、試作{by_course[1]}件、多言語表示チェック{by_course[2]}件）で、令和５年度の{PREV_USES}件から増えました。利用した事業者は{USERS}者です。商品分野別では菓子が最も多く、コース別ではデザイン診断が半数を超えています。目標は、新しいパッケージで輸出を始めた事業者数を除いて達成しました。
""", 0)
    st += [caption(uses.title, "（令和６年度）（単位：件）"), uses.flowable(), Spacer(1, 2)]
    st += notes(["※２ １回の申込みを１件と数えたもので、試作の件数は試作品の点数とは異なります。「その他」は、化粧品、日用品等です。"])
    st += [caption(kpi.title, "（令和６年度）"), kpi.flowable(), Spacer(1, 2)]
    st += notes(["※３ 目標は、梲県輸出拡大行動計画（令和６年度から令和８年度まで）に定める令和６年度の値です。達成率は、実績を目標で割った値を百分率で表し、小数点以下を四捨五入したものです。"])
    st += [P("５　利用上の注意", H1)]
    st += bullets([
        "パッケージの印刷と資材の発注は、事業者が直接行ってください（センターは印刷会社の紹介のみ行います）。",
        "制作したデザインの著作権は、利用料金の支払の後、事業者に帰属します。",
        "多言語表示の確認は、輸出先の規則に適合することを保証するものではありません。",
        "商品の成分表や輸出先の取引先からの要望書の提出をお願いすることがあります。",
    ], 0)
    st += [P("６　よくある質問", H1)]
    st += qa_lines([
        ("試作コースで作ったデザインのデータを、そのまま印刷に使えますか。",
         "使えます。印刷用のデータは、利用料金の支払を確認した後にお渡しします。"),
        ("一度に複数の商品の相談をすることはできますか。",
         "できます。ただし、１回の相談は90分以内のため、３商品程度までをお勧めします。"),
    ])
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{PACKAGE_DEPT} 販路開拓班　電話：098-937-3150　ファクス：098-937-3159",
        f"{CENTER}（申込み・制作の進み具合）　電話：098-937-3280",
        "電子メール：udatsu-package@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return katsuo_specs() + wagasa_specs() + package_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    kspecs, wspecs, pspecs = katsuo_specs(), wagasa_specs(), package_specs()
    kdoc = build_pdf(docs_dir / KATSUO_PDF, kspecs, katsuo_story(kspecs),
                     f"令和７年度 {KATSUO} 募集要項", "令和７年４月", KATSUO_DEPT)
    wdoc = build_pdf(docs_dir / WAGASA_PDF, wspecs, wagasa_story(wspecs),
                     f"令和６年度 {WAGASA} 報告書", "令和７年２月", WAGASA_DEPT)
    pdoc = build_pdf(docs_dir / PACKAGE_PDF, pspecs, package_story(pspecs),
                     f"令和７年度 {PACKAGE} 利用案内", "令和７年４月", PACKAGE_DEPT)
    gold = all_gold({KATSUO_PDF: kdoc.row_pages, WAGASA_PDF: wdoc.row_pages, PACKAGE_PDF: pdoc.row_pages})
    write_jsonl(out / "tables.jsonl", gold)
    pages = extract_pages(docs_dir)
    write_texts(text_dir, pages)
    return gold, pages


PREFIX_Q, PREFIX_T = "h99q", "h99t"


# ================================================================ questions
# `absent` (unanswerable only, not written out): terms that must occur in no document.
# `history` (followups only): the earlier turns of the conversation.
def _turns(*pairs) -> list[dict]:
    out = []
    for user, assistant in zip(pairs[::2], pairs[1::2]):
        out += [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]
    return out


QUESTIONS = [
    # --- katsuobushi: the call, tables (a) (b), definitions, notes, sibling sections, steps, Q&A
    dict(question="ノルウェーの輸入業者に削り節を売り込むため、輸出の前に残留物質とヒスタミンの検査を受けたいという会社があります。補助率は何％になりますか？",
         category="katsuobushi", doc=KATSUO_PDF,
         evidence=["英国、スイス、ノルウェー及びアイスランド", "残留物質・ヒスタミン検査 60 400 50 300"], answer=["60"],
         notes="two facts: ノルウェー is one of the ＥＵ等 (definition in ２), so the group ＥＵ等向け of (a) applies; "
               "(a) two-level header, leaf ＥＵ等向け／補助率（％）; 50 (その他の国・地域向け) and 400 (the cap) are the traps"),
    dict(question="米国向けに鰹節を出している会社が、焙乾の設備を改良してベンゾピレンを減らしたいそうです。この補助金の対象になりますか？",
         category="katsuobushi", doc=KATSUO_PDF,
         evidence=["ＥＵ等向けに限り補助の対象とします", "欄は、補助の対象としません"], answer=["補助の対象としません"],
         notes="(a): the row 焙乾設備の改良 is printed 50 / 2,000 under ＥＵ等向け and 「－」 under その他の国・地域向け; note "
               "※１ says the item is for ＥＵ等向け only and a 「－」 cell is not covered (米国 is no ＥＵ等); 50 % is the trap"),
    dict(question="米国向けの輸出を続けるため、輸出用の衛生認証を更新する審査を受ける会社があります。費用が140万円かかる場合、補助金はいくらになりますか？",
         category="katsuobushi", doc=KATSUO_PDF,
         evidence=["上限額を上表の額の２分の１とします", "輸出用衛生認証の取得・更新 60 1,500 50 1,000"],
         answer=["500千円"], computed=True,
         notes="three facts: 米国 → (a) その他の国・地域向け, rate 50 % and cap 1,000千円; a renewal halves the cap "
               "(note ※３): 1,400 × 50 % = 700 > 1,000 / 2 = 500千円 (= 50万円); 700 and 1,000 are the traps"),
    dict(question="フランスに本枯節を売り込みたい会社が、焙乾設備の改良に500万円、輸出用の衛生認証の取得に300万円をかける予定だそうです。補助金は最大でいくらになりますか？",
         category="katsuobushi", doc=KATSUO_PDF,
         evidence=["ＥＵ等向けを含む申請は300万円", "焙乾設備の改良 50 2,000", "輸出用衛生認証の取得・更新 60 1,500"],
         answer=["300万円"],
         notes="the cap per firm of note ※４ (in 万円, while (a) is in 千円): ＥＵ等向け, 5,000 × 50 % = 2,500 → cap 2,000; "
               "3,000 × 60 % = 1,800 → cap 1,500; 3,500千円 is above 300万円, so 300万円; 350万円 and 200万円 are the traps"),
    dict(question="2022年度には、この鰹節の補助金は何件交付されましたか？",
         category="katsuobushi", doc=KATSUO_PDF, evidence=["令和４年度 13 ９ ３ 6,720"], answer=["９"],
         notes="(b) years as rows: 2022年度 = 令和４年度 (only 2019年度 is printed in Western form); column 交付件数（件） "
               "(a header printed over two lines); 13 (申請件数) and ３ (うちＥＵ等向け) are the traps"),
    dict(question="令和元年度から令和６年度までに、この補助金で交付された額は合わせていくらになりますか？",
         category="katsuobushi", doc=KATSUO_PDF, evidence=["令和元年度 ６ ４ １ 2,410", "令和６年度 19 13 ５ 10,530"],
         answer=["36,450千円"], computed=True,
         notes="(b) sum of the column 交付額（千円） over the six years: 2,410 + 3,380 + 4,950 + 6,720 + 8,460 + 10,530 = "
               "36,450千円 (no total is printed; the prose gives only 延べ50件)"),
    dict(question="県外で作られた荒節を仕入れて、自社の工場で削り節にしている会社があります。その削り節の輸出は、この補助金の対象になりますか？",
         category="katsuobushi", doc=KATSUO_PDF, evidence=["荒節を仕入れて削っただけのものを除きます"], answer=["除きます"],
         notes="definition 「県産鰹節等」 at its boundary: shaving 荒節 made outside the prefecture does not make 県産鰹節等 (a no)"),
    dict(question="削った鰹節を小さな袋に詰めて台湾などに出している会社の活用事例では、いくら交付されましたか？",
         category="katsuobushi", doc=KATSUO_PDF, evidence=["（３）削り節製造業Ｃ社", "交付を受けた額：21万円"], answer=["21万円"],
         notes="sibling sections （１）–（３） of ６ share the labels 輸出先, 補助の対象とした取組, 交付を受けた額; "
               "（３）削り節製造業Ｃ社 (削った鰹節 = 削り節; on page 3); 181万円 and 160万円 are the siblings' values"),
    dict(question="鰹節の輸出の補助金で、補助事業が終わったあと、実績の報告はいつまでに出せばよいかと聞かれました。",
         category="katsuobushi", doc=KATSUO_PDF, evidence=["実績報告（事業の完了から30日以内"], answer=["事業の完了から30日以内"],
         notes="procedure step ⑥ (遅くとも令和８年３月６日まで in the same line; ⑤'s 令和８年２月13日 is a near miss)"),
    dict(question="令和５年度と令和６年度に続けて見本市の出展費の補助を受けた会社が、今年度も見本市の出展で申請したいそうです。申請できますか？",
         category="katsuobushi", doc=KATSUO_PDF, evidence=["同じ経費区分について３年度続けて交付を受けることはできません"],
         answer=["３年度続けて交付を受けることはできません"],
         notes="Q&A: Ａ of Ｑ２ (no: a third year in a row under the same cost item is not granted; 「申請できます」 alone is the trap)"),
    # --- wagasa: the survey, tables (c) (d) (e), definitions, sibling sections
    dict(question="店に来る外国人観光客に免税で和傘を売っているだけの工房は、この調査でいう「輸出事業者」に入りますか？",
         category="wagasa", doc=WAGASA_PDF, evidence=["訪日外国人への店頭での販売", "だけの事業者は含まない"], answer=["含まない"],
         notes="definition 「輸出事業者」 at its boundary: sales in the shop to visitors from abroad (tax-free included) only → no"),
    dict(question="和傘の形をした照明器具をつくっている事業者の、令和５年度の輸出額はいくらですか？",
         category="wagasa", doc=WAGASA_PDF, evidence=["和傘型照明 ４ ２ 960"], answer=["960"],
         notes="(c) continuation page (no header there): row 和傘型照明, column 輸出額（万円）; ４ and ２ are the counts"),
    dict(question="お茶会で使う大きな野点傘の事業者のうち、輸出をしている事業者はどのくらいの割合ですか？",
         category="wagasa", doc=WAGASA_PDF, evidence=["野点傘 ５ ３ 1,470"], answer=["60.0%"], computed=True,
         notes="(c) share within a row on the page before the break: 3 / 5 = 60.0 % (輸出事業者数 over 回答事業者数)"),
    dict(question="令和４年度から令和５年度にかけて、中国向けの和傘の輸出額はどれだけ変わりましたか？",
         category="wagasa", doc=WAGASA_PDF, evidence=["中国 830 560 ▲270"], answer=["▲270"],
         notes="(d) the 増減 column printing a decrease with ▲ (note ※２): 560 − 830 = −270万円"),
    dict(question="2023年度に和傘の輸出額が２番目に多かった国・地域はどこですか？",
         category="wagasa", doc=WAGASA_PDF, evidence=["フランス 1,150 1,610 460"], answer=["フランス"],
         notes="(d) ranking in the column 令和５年度: 米国 1,920, フランス 1,610, 台湾 910 (the rows are in geographic order, "
               "フランス is printed seventh; the prose names only 米国); second-largest; 2023年度 = 令和５年度"),
    dict(question="2023年度の和傘の輸出額のうち、米国向けは何％を占めていますか？",
         category="wagasa", doc=WAGASA_PDF, evidence=["米国 1,480 1,920 440", "合計 6,300 7,600 1,300"], answer=["25.3%"],
         computed=True,
         notes="(d) share within a year column: 1,920 / 7,600 = 25.3 % (2023年度 = 令和５年度; 1,480 / 6,300 = 23.5 % is the "
               "other year)"),
    dict(question="傘の骨やロクロをつくっている事業者では、竹や和紙などの材料の確保を課題に挙げた割合はどのくらいですか？",
         category="wagasa", doc=WAGASA_PDF, evidence=["「部品事業者」とは、傘骨、ロクロ", "竹・和紙等の材料の確保 34.9 28.6 57.1"],
         answer=["57.1"],
         notes="(e) unruled table, column 部品事業者, picked by the definition in １ (and note ※１ of (c)); 34.9 (全体) and 28.6 "
               "(仕上げ事業者) are the traps"),
    dict(question="絹を張った日傘をつくっている工房の事例では、主にどこへ輸出していますか？",
         category="wagasa", doc=WAGASA_PDF, evidence=["（２）日傘製造業Ｅ社", "主な輸出先：シンガポール、台湾"],
         answer=["シンガポール、台湾"],
         notes="sibling sections （１）–（３） of ４ share the labels 主な製品, 主な輸出先, 海外向けの工夫; （２）日傘製造業Ｅ社 "
               "(絹張りの日傘); フランス、米国 and 米国（和傘を作る現地の工房） are the siblings' values"),
    dict(question="和傘の輸出の実態調査には、どのくらいの事業者が答えたのでしょうか。回答率を教えてください。",
         category="wagasa", doc=WAGASA_PDF, evidence=["回答数：63者（回答率75.0％）"], answer=["75.0"],
         notes="「label：value」 line 回答数 (63 of the 84者 of 調査対象); 36.5 % (輸出事業者) is a near miss"),
    # --- package: the guide, tables (f) (g), definitions, sibling sections, prose
    dict(question="輸出先の言葉で書いた表示が向こうの規則に合っているか、見てほしいという会社があります。結果が出るまでどのくらいかかりますか？",
         category="package", doc=PACKAGE_PDF, evidence=["（３）多言語表示チェックコース", "所要期間：申込みから10営業日以内"],
         answer=["10営業日以内"],
         notes="sibling sections （１）–（３） of ２ share the labels 相談の内容, 利用料金, 所要期間; （３）多言語表示チェックコース "
               "(a check of labels in the destination's language); 相談の当日 and 20営業日以内 are the siblings' values"),
    dict(question="輸出のときに商品を詰める段ボール箱のデザインも、このパッケージデザイン相談で見てもらえますか？",
         category="package", doc=PACKAGE_PDF, evidence=["輸送のための外装（段ボール箱等）を含みません"], answer=["含みません"],
         notes="definition 「パッケージ」 at its boundary: the outer carton for transport is not a パッケージ (a no)"),
    dict(question="今年度、パッケージデザイン相談で試作品を４点つくってもらいたいという会社があります。利用料金は合わせていくらになりますか？",
         category="package", doc=PACKAGE_PDF, evidence=["試作品１点当たり8,000円", "３点目からは１点当たり12,000円"],
         answer=["40,000円"], computed=True,
         notes="the course section （２）試作コース: 2 × 8,000 + 2 × 12,000 = 40,000円 (the 3rd and 4th at the higher fee); "
               "32,000円 (all at 8,000) and 48,000円 are wrong readings"),
    dict(question="2024年度に、相談を受けて新しいパッケージで輸出を始めた事業者は何者でしたか？",
         category="package", doc=PACKAGE_PDF, evidence=["新しいパッケージで輸出を始めた事業者数（者） 20 17 85"], answer=["17"],
         notes="(f) KPI table, column 実績 (unit 者 from the row label's bracket); 2024年度 = 令和６年度 (the guide prints no "
               "Western year); 20 (目標) and 85 (達成率) are the traps"),
    dict(question="パッケージデザイン相談の令和６年度の相談件数は、目標を何件上回りましたか？",
         category="package", doc=PACKAGE_PDF, evidence=["相談件数（件） 240 263 110"], answer=["23件"], computed=True,
         notes="(f) difference in a KPI row: 263 − 240 = 23件; 110 (達成率) is the trap"),
    dict(question="酒類や飲料のパッケージについての相談は、令和６年度に全部で何件ありましたか？",
         category="package", doc=PACKAGE_PDF, evidence=["酒類・飲料 24 ９ 12 45"], answer=["45"],
         notes="(g) a cell of the total column on the right: row 酒類・飲料, column 計 (unit 件 from the caption note); 24 "
               "(デザイン診断) is the trap"),
    dict(question="2024年度のパッケージデザイン相談の利用件数のうち、菓子は何％を占めていますか？",
         category="package", doc=PACKAGE_PDF, evidence=["菓子 38 14 19 71", "合計 145 53 65 263"], answer=["27.0%"], computed=True,
         notes="(g) share of the total column: 71 / 263 = 27.0 % (2024年度 = 令和６年度)"),
    dict(question="パッケージデザイン相談は、西暦でいうと何年度に始まったのですか？",
         category="package", doc=PACKAGE_PDF, evidence=["令和３年度に開設しました"], answer=["2021年度"], computed=True,
         notes="an era year turned into a Western year: 令和３年度 = 2021年度 (the guide prints no Western year)"),
    dict(question="パッケージデザイン相談の令和５年度の利用件数は何件でしたか？",
         category="package", doc=PACKAGE_PDF, evidence=["令和５年度の198件から増えました"], answer=["198件"],
         notes="a figure given in prose only (４); 263件 (令和６年度, also the total of the uses by course) is the near miss"),
    # --- followups
    dict(question="では、その経費を米国向けで申請する場合、上限額はいくらですか？",
         category="followup", doc=KATSUO_PDF, evidence=["輸出用衛生認証の取得・更新 60 1,500 50 1,000"], answer=["1,000"],
         history=_turns("ＥＵ向けに鰹節を出すため、輸出用の衛生認証を取る場合、補助率は何％ですか？",
                        "ＥＵ等向けの輸出用衛生認証の取得・更新の補助率は60％です[1]。"),
         notes="(a) the row from the history (輸出用衛生認証の取得・更新), the other group (米国 → その他の国・地域向け), leaf "
               "上限額（千円）; 1,500 (ＥＵ等向け) and 50 (the rate) are the traps"),
    dict(question="その年度に交付されたもののうち、ＥＵ等向けは何件でしたか？",
         category="followup", doc=KATSUO_PDF, evidence=["令和３年度 11 ７ ２ 4,950"], answer=["２"],
         history=_turns("鰹節の輸出の補助金には、2021年度は何件の申請がありましたか？",
                        "2021年度（令和３年度）の申請は11件でした[1]。"),
         notes="(b) the year from the history (2021年度 = 令和３年度), column うちＥＵ等向け（件）; ７ (交付件数) is the trap"),
    dict(question="その分野の令和５年度の輸出額はいくらですか？",
         category="followup", doc=WAGASA_PDF, evidence=["日傘（絹・木綿） 10 ５ 2,130"], answer=["2,130"],
         history=_turns("和傘の調査で、日傘をつくっている事業者は何者が回答しましたか？",
                        "日傘（絹・木綿）の事業者は10者が回答しました[1]。"),
         notes="(c) the row from the history (日傘（絹・木綿）, page 1), column 輸出額（万円）"),
    dict(question="それを仕上げ事業者に限ると、何％ですか？",
         category="followup", doc=WAGASA_PDF, evidence=["湿気・乾燥による破損（割れ・カビ） 47.6 55.1 21.4"], answer=["55.1"],
         history=_turns("和傘の事業者が挙げた輸出の課題で、全体で最も多かったものは何ですか？",
                        "全体では「湿気・乾燥による破損（割れ・カビ）」が最も多く、47.6％でした[1]。"),
         notes="(e) unruled table, the row from the history, column 仕上げ事業者; 21.4 (部品事業者) is the trap"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=PACKAGE_PDF, evidence=["電話：098-937-3280"], answer=["098-937-3280"],
         history=_turns("パッケージの試作品がどこまで進んでいるか知りたいという会社があります。どこに問い合わせればよいですか？",
                        "申込みと制作の進み具合は、公益財団法人梲県産業デザインセンターが受け付けています[1]。"),
         notes="contact box of the guide: the センター's phone (second line); the 班's phone 098-937-3150 and fax "
               "098-937-3159 (first line) are the near misses"),
    dict(question="その分野の試作コースの利用は何件でしたか？",
         category="followup", doc=PACKAGE_PDF, evidence=["工芸品・雑貨 27 10 ５ 42"], answer=["10"],
         history=_turns("令和６年度、工芸品や雑貨のパッケージについての相談は全部で何件ありましたか？",
                        "工芸品・雑貨は計42件でした[1]。"),
         notes="(g) the row from the history (工芸品・雑貨), column 試作; 42 (計) and ５ (多言語表示チェック) are the traps"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="ヒスタミン検査は、１回受けるといくらぐらいかかるものなのでしょうか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives the rate and the cap of 残留物質・ヒスタミン検査, not the price of a test",
         absent=["検査料金", "検査の料金", "単価"]),
    dict(question="この補助金を使った会社の鰹節は、令和６年度に合わせて何トン輸出されましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives applications, grants and amounts granted, not the exported volume",
         absent=["トン", "輸出量"]),
    dict(question="和傘の職人さんの平均年齢は、何歳くらいなのでしょうか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives 職人の高齢化と後継者の不足 as an issue, not the craftsmen's ages",
         absent=["平均年齢", "歳"]),
    dict(question="海外に輸出された和傘は、１本いくらぐらいで売られているのですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives export amounts by product field and destination, not the price of an umbrella",
         absent=["価格", "単価", "１本当たり"]),
    dict(question="パッケージデザイン相談の相談室には、デザイナーが何人いるのですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide says designers and trade experts answer, not how many there are",
         absent=["在籍", "人数", "名のデザイナー"]),
    dict(question="パッケージデザイン相談を利用した会社の満足度は、どのくらいでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the uses, the users and the KPIs (and a questionnaire as step ⑥), not its results",
         absent=["満足"]),
]
CATEGORY_COUNTS = {"katsuobushi": 10, "wagasa": 9, "package": 9, "followup": 6, "unanswerable": 6}
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
DEF_BOUNDARY = 3  # notes say "at its boundary"
FOLLOWUP_CUES = ("その", "そこ", "それ")


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G = (
    "補助対象経費、補助率及び上限額", "申請と交付の実績",
    "製品分野別の回答事業者と輸出の状況", "輸出先別の輸出額", "輸出に当たっての課題（複数回答）",
    "利用の目標と実績", "商品分野別・コース別の利用件数")
LETTERS = dict(zip((A, B, C, D, E, F, G), "abcdefg"))
PLANNED_CELLS = {A: 18, B: 24, C: 27, D: 30, E: 21, F: 12, G: 28}


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _sen(n: int) -> str:
    return f"{n:,}千円"


def _renewal(g, cost: int) -> str:
    """千円 granted for a renewal of the hygiene certificate, その他の国・地域向け (note ※３)."""
    row, grp = "輸出用衛生認証の取得・更新", f"{OTHER}{GROUP_SEP}"
    rate, cap = g(A, row, grp + "補助率（％）", 2025), g(A, row, grp + "上限額（千円）", 2025)
    return _sen(min(cost * rate // 100, cap // RENEWAL_DIVISOR))


def _trial_fee(n: int) -> str:
    """円 for n 試作品 in one year (sibling section （２）: the higher fee from the 3rd one)."""
    k = TRIAL_FEE_FROM - 1
    return f"{min(n, k) * TRIAL_FEE + max(0, n - k) * TRIAL_FEE_LATER:,}円"


COMPUTED = {  # question id -> the answer string, computed from gold cells (or, where a note says so, prose data)
    "h99q03": lambda g: _renewal(g, 1400),
    "h99q06": lambda g: _sen(sum(g(B, era(y), "交付額（千円）", y) for y, *_x in RECORD)),
    "h99q13": lambda g: _pct(g(C, "野点傘", "輸出事業者数（者）", 2023), g(C, "野点傘", "回答事業者数（者）", 2023)),
    "h99q16": lambda g: _pct(g(D, "米国", "令和５年度", 2023), g(D, "合計", "令和５年度", 2023)),
    "h99q22": lambda g: _trial_fee(4),
    "h99q24": lambda g: f"{g(F, '相談件数（件）', '実績', 2024) - g(F, '相談件数（件）', '目標', 2024)}件",
    "h99q26": lambda g: _pct(g(G, "菓子", "計", 2024), g(G, "合計", "計", 2024)),
    "h99q27": lambda g: f"{OPENED}年度",
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {KATSUO_PDF: (3, 3), WAGASA_PDF: (3, 3), PACKAGE_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (8, 40)  # after norm
GOLD_CELLS = (150, 210)
TABLE_QUESTIONS = 12  # at least, outside the followups
COMPUTED_RANGE = (6, 12)
WESTERN_SHARE = (0.30, 0.70)
BEFORE_BREAK_ROWS = ("蛇の目傘", "番傘", "日傘（絹・木綿）", "野点傘")  # rows of (c) asked about on the page before the break
CONTINUED_ROWS = ("和傘型照明", PARTS_FIELD, "その他", "合計")  # and after it
RUNNING_LINES = 4  # header left, header right, page number, footer: the first lines of every page
DASH_CELLS = {A: [("焙乾設備の改良", f"{OTHER}{GROUP_SEP}補助率（％）"), ("焙乾設備の改良", f"{OTHER}{GROUP_SEP}上限額（千円）")]}
TWO_LINE_TABLES = ("record", "fields")  # every value header printed over two lines


def readme_path(out: Path) -> Path | None:
    for p in (Path(out) / "README.md", SCRIPT_DIR / "README.md"):
        if p.exists():
            return p
    return None


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout99.py")
    readme = readme_path(out)
    readme_text = readme.read_text(encoding="utf-8") if readme else None
    if readme is None:
        errors.append("no README.md to check")
    return errors + check(questions, gold, pages, readme_text)


def check(questions, gold, pages, readme_text=None) -> list[str]:
    errors = check_page_counts(pages, PAGE_COUNTS)
    errors += check_questions(questions, gold, pages)
    errors += check_gold(gold, pages)
    errors += check_prose(pages)
    errors += check_fiction(pages, gold, questions, readme_text)
    return errors


def table_of(q) -> set:
    """The tables a question's notes name, by title or by the README letter."""
    return {t for t, l in LETTERS.items() if t in q["notes"] or f"({l})" in q["notes"]}


def own_number(bare: str, raw_text: str) -> bool:
    """`bare` printed as a number of its own in the NFKC text (not inside 1,000 or 2.5)."""
    return re.search(rf"(?<![\d,.]){re.escape(bare)}(?![\d,.]|\d)", raw_text) is not None


def check_questions(questions, gold, pages) -> list[str]:
    errors = []
    doc_text = {n: norm("\n".join(p)) for n, p in pages.items()}
    raw_text = {n: nfkc("\n".join(p)) for n, p in pages.items()}
    absent = {q["question"]: q.get("absent", []) for q in QUESTIONS}
    if len(questions) != 40:
        errors.append(f"{len(questions)} questions, expected 40")
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
            # stricter than docgen: not even the bare number of a computed answer is printed on its own
            for a in q["answer"]:
                bare = re.sub(r"(%|千円|万円|円|件|者|年度)$", "", nfkc(a))
                if own_number(bare, raw_text[q["doc"]]):
                    errors.append(f"{qid}: the computed number {bare} is printed in its document")
        for t in table_of(q):
            if next(g["doc"] for g in gold if g["table"] == t) != q["doc"]:
                errors.append(f"{qid}: its notes name table {t} of another document")
        if re.search(r"\d{2,4}-\d{2,4}-\d{4}", q["answer"][0]) and q["category"] != "followup":
            errors.append(f"{qid}: a phone number is asked only as a follow-up")
    errors += check_question_mix(questions, CATEGORY_COUNTS, western_share=WESTERN_SHARE)
    sibling = sum("sibling" in q["notes"] and q["category"] not in ("followup", "unanswerable") for q in questions)
    if sibling != SIBLING:
        errors.append(f"{sibling} sibling-section questions, expected {SIBLING}")
    boundary = sum("at its boundary" in q["notes"] for q in questions if q["doc"])
    if boundary != DEF_BOUNDARY:
        errors.append(f"{boundary} definition-boundary questions, expected {DEF_BOUNDARY}")
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
            errors.append(f"no question on table {t}")
    for doc in ALL_PDFS:
        if sum(q["doc"] == doc for q in questions) < 10:
            errors.append(f"{doc}: fewer than 10 questions")
    if sum("second" in q["notes"] and q["category"] != "unanswerable" for q in questions) < 1:
        errors.append("no second-largest question")
    n_computed = sum(bool(q.get("computed")) for q in questions)
    if not COMPUTED_RANGE[0] <= n_computed <= COMPUTED_RANGE[1]:
        errors.append(f"{n_computed} computed questions, expected {COMPUTED_RANGE[0]}-{COMPUTED_RANGE[1]}")
    errors += check_computed(questions, COMPUTED, GoldIndex(gold))
    phones = [q for q in questions if re.search(r"\d{2,4}-\d{2,4}-\d{4}", "".join(q["answer"]))]
    for q in phones:
        others = set(re.findall(ANY_PHONE_RE, doc_text[q["doc"]])) - {q["answer"][0]}
        if len(others) < 2:
            errors.append(f"{q['id']}: a phone answer needs at least two other numbers (near misses) in its document")
    if len(phones) != 1:
        errors.append(f"{len(phones)} phone questions, expected 1")
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
    if dict(per_table) != PLANNED_CELLS:
        errors.append(f"gold cells per table {dict(per_table)}, planned {PLANNED_CELLS}")
    any_page = defaultdict(lambda: {0})
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout99.py")
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
        if g["number"] is None or g["value"] == DASH:
            errors.append(f"{g['id']}: every gold cell of this set should be numeric (no 「－」)")
        if (g["fiscal_year"] is None) == (g["fiscal_year_range"] is None):
            errors.append(f"{g['id']}: exactly one of fiscal_year and fiscal_year_range should be set")
        if g["table"] not in specs or g["doc"] not in pages:
            errors.append(f"{g['id']}: unknown table or document")
            continue
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
            if norm("".join(spec.printed_row(i))) not in page_text(g["doc"], g["page"]):
                errors.append(f"row sequence of {title} / {spec.row_label(i)} not on page {g['page']}")
    try:
        errors += check_totals(gold)
    except (KeyError, TypeError) as e:
        errors.append(f"the totals check cannot read a gold cell: {e!r}")
    try:
        errors += check_layouts(gold, pages)
    except (KeyError, TypeError, IndexError) as e:
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

    # (a): rates within 100 %; caps within the caps per firm of note ※４; ＥＵ等向け at least その他 where both printed
    eu_r, eu_c = f"{EU}{GROUP_SEP}補助率（％）", f"{EU}{GROUP_SEP}上限額（千円）"
    ot_r, ot_c = f"{OTHER}{GROUP_SEP}補助率（％）", f"{OTHER}{GROUP_SEP}上限額（千円）"
    for row, r in t[A].items():
        if not all(0 < r[k] <= 100 for k in (eu_r, ot_r) if k in r):
            errors.append(f"{A} / {row}: a rate outside 0-100 %")
        if r[eu_c] > FIRM_CAP_EU * 10 or r.get(ot_c, 0) > FIRM_CAP * 10:
            errors.append(f"{A} / {row}: a cap above the cap per firm of note ※４")
        if ot_r in r and (r[eu_r] < r[ot_r] or r[eu_c] < r[ot_c]):
            errors.append(f"{A} / {row}: ＥＵ等向け below その他の国・地域向け")
    # (b): growing applications; ＥＵ等向け within grants within applications; amounts within the caps per firm
    b = t[B]
    ns = [r["申請件数（件）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for row, r in b.items():
        if not r["うちＥＵ等向け（件）"] <= r["交付件数（件）"] <= r["申請件数（件）"] \
                or r["交付額（千円）"] > r["交付件数（件）"] * FIRM_CAP_EU * 10:
            errors.append(f"{B} / {row}: grants or amounts out of range")
    # (c): 合計 adds up; exporters within respondents; the firm sizes of the prose add up to 合計
    c = t[C]
    ccols = ("回答事業者数（者）", "輸出事業者数（者）", "輸出額（万円）")
    adds_up(C, ccols)
    if any(r["輸出事業者数（者）"] > r["回答事業者数（者）"] for r in c.values()):
        errors.append(f"{C}: 輸出事業者数 above 回答事業者数")
    if c["合計"]["回答事業者数（者）"] != sum(s[1] for s in SIZES) or c["合計"]["輸出事業者数（者）"] != sum(s[2] for s in SIZES):
        errors.append(f"{C}: 合計 differs from the firm sizes of the prose")
    # (d): 合計 adds up; 増減 is the difference; its 令和５年度 合計 equals (c)'s 輸出額
    d = t[D]
    y0, y1 = era(DEST_YEARS[0]), era(DEST_YEARS[1])
    adds_up(D, (y0, y1, "増減"))
    for row, r in d.items():
        if r["増減"] != r[y1] - r[y0]:
            errors.append(f"{D} / {row}: 増減 is not the difference")
    if d["合計"][y1] != c["合計"]["輸出額（万円）"]:
        errors.append(f"{D}: 令和５年度 合計 differs from {C}'s 輸出額")
    # (e): the per cents come from the counts; the ｎ come from (c) and note ※１
    n_all, n_f, n_p = split_makers()
    if n_all != c["合計"]["回答事業者数（者）"] or n_p != c[PARTS_FIELD]["回答事業者数（者）"]:
        errors.append(f"{E}: the ｎ differ from {C}")
    for name, a, bb in ISSUES:
        r = t[E][name]
        want = (pct1(a + bb, n_all), pct1(a, n_f), pct1(bb, n_p))
        if tuple(Decimal(str(r[k])) for k in ("全体", "仕上げ事業者", "部品事業者")) != want:
            errors.append(f"{E} / {name}: per cents differ from the counts")
    # (f): 達成率 = 実績 / 目標, rounded half up; 相談件数 実績 equals (g)'s total
    for row, r in t[F].items():
        if r["達成率（％）"] != pct0(r["実績"], r["目標"]):
            errors.append(f"{F} / {row}: 達成率 is not 実績 / 目標")
    if t[F]["相談件数（件）"]["実績"] != t[G]["合計"]["計"]:
        errors.append(f"{F}: 相談件数 differs from {G}'s total")
    # (g): every 計 is its row's sum; 合計 adds up
    adds_up(G, list(USE_COLS) + ["計"])
    for row, r in t[G].items():
        if r["計"] != sum(r[k] for k in USE_COLS):
            errors.append(f"{G} / {row}: 計 is not the sum of the courses")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    fields = specs["fields"]
    bp = sorted({g["page"] for g in gold if g["table"] == C})
    if len(bp) != 2 or bp[1] != bp[0] + 1:
        errors.append(f"{C} is on pages {bp}, expected a page break inside it")
    else:
        cont_page = pages[WAGASA_PDF][bp[1] - 1]
        parts = {norm(p) for h in fields.header[0] for p in h.split("\n")}
        cont_lines = {norm(x) for x in cont_page.splitlines()}
        if fields.repeat_header or parts & cont_lines:
            errors.append(f"{C}: a header part is repeated on the continuation page ({sorted(parts & cont_lines)})")
        first = [g["row"] for g in gold if g["table"] == C and g["page"] == bp[0]][::3]
        cont = [g["row"] for g in gold if g["table"] == C and g["page"] == bp[1]][::3]
        if not 2 <= len(first) <= 7:
            errors.append(f"{C}: {len(first)} rows before the page break, expected 2-7")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{C}: rows on the wrong side of the page break ({first} / {cont})")
        lines = [x.strip() for x in cont_page.splitlines()]
        if len(lines) <= RUNNING_LINES or norm(lines[RUNNING_LINES]) != norm(cont[0] if cont else "?"):
            errors.append(f"{C}: the continuation page should start with a data row after the running header")
        if norm("和傘の修理、張り替え等") not in norm(cont_page):
            errors.append(f"{C}: note ※１ should follow the table on the continuation page")
    for key, spec in specs.items():
        if key == "fields":
            continue
        tp = {g["page"] for g in gold if g["table"] == spec.title}
        if len(tp) != 1:
            errors.append(f"{spec.title} is on pages {sorted(tp)}, expected one page")
    if specs["issues"].ruled or not all(s.ruled for k, s in specs.items() if k != "issues"):
        errors.append(f"only {E} must be drawn without ruling lines")
    # two-line header cells: each value header of (b) and (c) comes out as two consecutive lines
    for key in TWO_LINE_TABLES:
        spec = specs[key]
        doc_lines = [norm(x) for x in "\n".join(pages[spec.doc]).splitlines()]
        pairs = set(zip(doc_lines, doc_lines[1:]))
        for c in spec.value_cols:
            h = spec.header[0][c]
            if h.count("\n") != 1 or tuple(norm(x) for x in h.split("\n")) not in pairs:
                errors.append(f"{spec.title}: header {h!r} is not printed over two lines")
    # (a): two header rows, three spans, group／leaf columns; the leaves repeat under both groups; the 「－」 cells
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = [f"{grp}{GROUP_SEP}{leaf}" for grp in (EU, OTHER) for leaf in ("補助率（％）", "上限額（千円）")]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "千円"}:
        errors.append(f"{A}: units should come from the header leaves")
    for title, spec in ((s.title, s) for s in specs.values()):
        if spec.dash_cells() != DASH_CELLS.get(title, []):
            errors.append(f"{title}: 「－」 cells {spec.dash_cells()}, planned {DASH_CELLS.get(title, [])}")
    for title, cells in DASH_CELLS.items():
        keys = {(g["row"], g["column"]) for g in gold if g["table"] == title}
        if any(x in keys for x in cells):
            errors.append(f"{title}: a 「－」 cell is a gold cell")
    # (b): years as rows (令和元年度 first)
    if [g["fiscal_year"] for g in gold if g["table"] == B][::4] != [y for y, *_x in RECORD] \
            or not any(g["row"] == "令和元年度" for g in gold if g["table"] == B):
        errors.append(f"{B}: expected years as rows from 令和元年度")
    # (d): ▲ exactly on the negative numbers; years as columns; 増減 carries the range
    dg = [g for g in gold if g["table"] == D]
    if any(g["value"].startswith(DECREASE) != (g["number"] < 0) for g in gold) or not any(g["number"] < 0 for g in dg):
        errors.append(f"{D}: ▲ should be printed exactly on the decreases")
    if any(g["fiscal_year"] != fiscal_year(g["column"]) for g in dg if g["column"] != "増減") \
            or any(g["fiscal_year"] is not None or g["fiscal_year_range"] != list(DEST_YEARS) for g in dg if g["column"] == "増減"):
        errors.append(f"{D}: expected the fiscal years as columns and 増減 with {list(DEST_YEARS)}")
    if any(g["fiscal_year_range"] is not None for g in gold if g["table"] != D or g["column"] != "増減"):
        errors.append("only the 増減 column of (d) may have a fiscal_year_range")
    # (f): a KPI table with a unit per row from the label's bracket
    fg = [g for g in gold if g["table"] == F]
    if list(dict.fromkeys(g["column"] for g in fg)) != ["目標", "実績", "達成率（％）"] \
            or {g["row"]: g["unit"] for g in fg if g["column"] != "達成率（％）"} != {n: bracket_unit(n) for n, *_x in KPIS} \
            or len({bracket_unit(n) for n, *_x in KPIS}) < 3:
        errors.append(f"{F}: expected 目標 / 実績 / 達成率 with units from the row labels")
    # (g): the courses as columns and 計 on the right
    gcols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == G))
    if gcols != list(USE_COLS) + ["計"]:
        errors.append(f"{G}: expected the courses as columns and 計 on the right, got {gcols}")
    # units only in the caption note for (d), (e), (g)
    for key, note in (("dests", "（単位：万円）"), ("issues", "（単位：％）"), ("uses", "（単位：件）")):
        spec = specs[key]
        caption_lines = [norm(x) for x in "\n".join(pages[spec.doc]).splitlines() if norm(f"○{spec.title}") in norm(x)]
        if any(bracket_unit(label(h)) for h in spec.header[0]) or len(caption_lines) != 1 \
                or norm(note) not in caption_lines[0]:
            errors.append(f"{spec.title}: the unit should be only in the caption note {note}")
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
                errors.append(f"{doc}: the heading of sibling section {i} should be printed once")
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
        got = re.findall(ANY_PHONE_RE, text)
        if got != want:
            errors.append(f"{what}: the contact box should give {want}, got {got}")
        lines = [norm(x) for x in "\n".join(pages[doc]).splitlines()]
        if not any(f"電話:{want[0]}ファクス:{want[1]}" in x for x in lines):
            errors.append(f"{what}: phone and fax should share one line")
        got_mails = re.findall(MAIL_RE, text)
        if got_mails != mails:
            errors.append(f"{what}: mail addresses {got_mails}, expected {mails}")

    def defs(text, terms, what):
        for d in terms:
            if text.count(norm(f"「{d}」とは")) != 1:
                errors.append(f"{what}: the definition of {d} should be printed once")

    def bullets_in(doc, items, what):
        raw = [norm(x) for x in "\n".join(pages[doc]).splitlines()]
        titles = [norm(s.title) for s in all_specs()]
        got = sum(x.startswith("○") and not any(t in x for t in titles) for x in raw)
        if got != items:
            errors.append(f"{what}: expected {items} bulleted items, got {got}")

    def qa_in(doc, n, what):
        raw = "\n".join(pages[doc]).splitlines()
        if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != n or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != n:
            errors.append(f"{what}: expected {n} Ｑ lines and {n} Ａ lines")

    def lv_in(text, labels, what):
        for lab in labels:
            if norm(f"{lab}：") not in text:
                errors.append(f"{what}: the 「label：value」 line {lab} is missing")

    # ---- the call for applications
    kt = norm("\n".join(pages[KATSUO_PDF]))
    siblings(kt, KATSUO_PDF, ("輸出先：", "補助の対象とした取組：", "交付を受けた額："), [c[0] for c in KATSUO_CASES])
    if norm(f"延べ{sum(r[2] for r in RECORD)}件の交付") not in kt:
        errors.append("call: the total of grants in the prose differs from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件に交付しました（うちＥＵ等向け{fw(last[3])}件）") not in kt:
        errors.append("call: the 令和６年度 figures in the prose differ from (b)")
    for head, dest, _what, amount, group, costs in KATSUO_CASES:
        rates = {r[0]: r for r in RATES}
        if any(rates[item][rate_cols()[group][0]] is None for item in costs):
            errors.append(f"call: case {head} uses a 「－」 cost")
        if f"{man(case_grant(group, costs))}万円" != amount:
            errors.append(f"call: case {head} should get {man(case_grant(group, costs))}万円, prints {amount}")
        if (group == EU) != ("ＥＵ等向け" in dest):
            errors.append(f"call: case {head} is under the wrong destination class")
    if re.findall(r"20\d\d年", kt) != [f"{SINCE}年"] or norm(f"{era(SINCE)}（{SINCE}年度）") not in kt:
        errors.append(f"call: only {SINCE}年度 should be printed in Western form, beside {era(SINCE)}")
    defs(kt, ("県産鰹節等", "輸出用衛生認証", "ＥＵ等"), "call")
    for x in KATSUO_EXCLUDED:
        if norm(x) not in kt:
            errors.append(f"call: the cost not covered {x} is missing")
    bullets_in(KATSUO_PDF, len(KATSUO_EXCLUDED), "call")
    qa_in(KATSUO_PDF, len(KATSUO_QA), "call")
    steps_of(KATSUO_PDF, "①②③④⑤⑥⑦", "call")
    lv_in(kt, ("補助金名", "補助対象者", "募集期間", "予算額", "採択予定件数", "補助事業期間"), "call")
    contacts(KATSUO_PDF, ["098-931-4410", "098-931-4419", "098-931-4520"], ["udatsu-katsuobushi@example.jp"], "call")

    # ---- the survey of umbrella makers
    wt = norm("\n".join(pages[WAGASA_PDF]))
    siblings(wt, WAGASA_PDF, ("主な製品：", "主な輸出先：", "海外向けの工夫："), [c[0] for c in WAGASA_CASES])
    total, exporters, amount = field_totals()
    if norm(f"{total}者（回答率{pct1(total, TARGET)}％）") not in wt \
            or norm(f"回答事業者{total}者のうち{exporters}者（{pct1(exporters, total)}％）") not in wt:
        errors.append("survey: the response and exporter figures in the prose differ from (c)")
    (s1, s1n, s1e), (s2, s2n, s2e) = SIZES
    if norm(f"{s1}の事業者では{s1n}者のうち{fw(s1e)}者、{s2}の事業者では{s2n}者のうち{s2e}者") not in wt \
            or not s1e / s1n < s2e / s2n:
        errors.append("survey: the firm sizes in the prose differ from the data (or 「規模が大きいほど」 fails)")
    if norm(f"輸出をしていない{total - exporters}者のうち{PLANNED}者") not in wt or PLANNED > total - exporters:
        errors.append("survey: the planned starters in the prose differ from the data")
    by_amount = [r[0] for r in sorted(FIELDS, key=lambda r: -r[3])]
    if by_amount[:3] != ["日傘（絹・木綿）", "蛇の目傘", "野点傘"]:
        errors.append("survey: 「日傘が最も多く、蛇の目傘、野点傘が続く」 does not hold")
    ta, tb = sum(r[1] for r in DESTS), sum(r[2] for r in DESTS)
    if norm(f"令和５年度の輸出額は{tb:,}万円で、令和４年度の{ta:,}万円から{tb - ta:,}万円増えた") not in wt or tb != amount:
        errors.append("survey: the export totals in the prose differ from (c) and (d)")
    ranked = sorted(DESTS, key=lambda r: -r[2])
    if ranked[0][0] != "米国" or ranked[1][0] != "フランス" or ranked[1][2] == ranked[2][2]:
        errors.append("survey: 米国 first and フランス second (no tie) do not hold")
    if [d for d, *_x in DESTS].index("フランス") == 1:
        errors.append("survey: the second-largest destination should not be printed second")
    if sorted(d for d, a, b in DESTS if b < a) != sorted(["中国", "英国"]):
        errors.append("survey: 「中国と英国は前年度より減った」 does not hold")
    n_all, n_f, n_p = split_makers()
    shares = {k: {x: (a + b) / n_all if k == 0 else (a / n_f if k == 1 else b / n_p) for x, a, b in ISSUES} for k in (0, 1, 2)}
    order = {k: sorted(shares[k], key=lambda x, k=k: -shares[k][x]) for k in shares}
    if order[0][0] != "湿気・乾燥による破損（割れ・カビ）" or order[1][0] != order[0][0] \
            or order[2][:2] != ["職人の高齢化と後継者の不足", "竹・和紙等の材料の確保"] \
            or any(shares[k][order[k][0]] == shares[k][order[k][1]] for k in shares):
        errors.append("survey: the tops of (e) in the prose do not hold")
    if re.findall(r"20\d\d年", wt) != ["2024年"] or re.findall(r"20\d\d年度", wt):
        errors.append("survey: only 2024年 (調査基準日) should be printed in Western form")
    defs(wt, ("和傘", "仕上げ事業者", "部品事業者", "輸出事業者"), "survey")
    bullets_in(WAGASA_PDF, 3, "survey")
    steps_of(WAGASA_PDF, "①②③④", "survey")
    lv_in(wt, ("調査の目的", "調査対象", "調査基準日", "調査期間", "調査方法", "回答数", "集計上の注意"), "survey")
    contacts(WAGASA_PDF, ["098-934-2620", "098-934-2629", "098-934-2710"], ["udatsu-wagasa@example.jp"], "survey")

    # ---- the service guide
    pt = norm("\n".join(pages[PACKAGE_PDF]))
    siblings(pt, PACKAGE_PDF, ("相談の内容：", "利用料金：", "所要期間："), [c[0] for c in COURSES])
    if [c[0].replace("コース", "") for c in COURSES] != list(USE_COLS):
        errors.append("guide: the sibling sections should be the courses of (g)")
    tot = uses_total()
    by_course = [sum(r[j] for r in USES) for j in (1, 2, 3)]
    if norm(f"利用件数は{tot}件（デザイン診断{by_course[0]}件、試作{by_course[1]}件、多言語表示チェック{by_course[2]}件）") not in pt \
            or norm(f"令和５年度の{PREV_USES}件から増えました") not in pt or PREV_USES >= tot \
            or norm(f"利用した事業者は{USERS}者") not in pt or USERS > tot:
        errors.append("guide: the use figures in the prose differ from (g)")
    if sorted(USES, key=lambda r: -sum(r[1:]))[0][0] != "菓子" or not by_course[0] * 2 > tot:
        errors.append("guide: 「菓子が最も多く」 or 「デザイン診断が半数を超えて」 does not hold")
    missed = [n for n, t, a in kpi_rows() if a < t]
    if missed != ["新しいパッケージで輸出を始めた事業者数（者）"]:
        errors.append("guide: 「新しいパッケージで輸出を始めた事業者数を除いて達成」 does not hold")
    m = re.search(r"令和(\d+)年度に開設", pt)
    if not m or era_year("令和", m.group(1)) != OPENED:
        errors.append(f"guide: the opening year printed should be {era(OPENED)}")
    if re.findall(r"20\d\d年", pt):
        errors.append("guide: no Western year should be printed")
    defs(pt, ("パッケージ", "多言語表示", "試作品"), "guide")
    bullets_in(PACKAGE_PDF, 4, "guide")
    qa_in(PACKAGE_PDF, 2, "guide")
    steps_of(PACKAGE_PDF, "①②③④⑤⑥", "guide")
    lv_in(pt, ("サービス名", "実施主体", "運営", "利用できる者", "相談日時", "会場"), "guide")
    contacts(PACKAGE_PDF, ["098-937-3150", "098-937-3159", "098-937-3280"], ["udatsu-package@example.jp"], "guide")
    return errors


def check_fiction(pages, gold, questions, readme_text) -> list[str]:
    """Every phone number is 098-93x-xxxx and every mail address ends in @example.jp, in the
    documents, the gold cells, the questions and the README; the documents and questions name no
    prefecture but 梲県; each document names 梲県 on page 1; the three towns are named."""
    errors = []
    sources = {f"{DOCS_DIR}/{n}": nfkc("\n".join(p)) for n, p in pages.items()}
    sources["tables.jsonl"] = json.dumps(gold, ensure_ascii=False)
    sources["questions.jsonl"] = json.dumps(questions, ensure_ascii=False)
    if readme_text is not None:
        sources["README.md"] = readme_text
    for name, text in sources.items():
        flat = re.sub(r"\s+", "", text) if name.startswith(DOCS_DIR) else text
        for ph in re.findall(ANY_PHONE_RE, flat):
            if not re.fullmatch(PHONE_RE, ph):
                errors.append(f"{name}: phone number {ph} outside 098-93x-xxxx")
        for mail in re.findall(MAIL_RE, flat):
            if not mail.endswith(MAIL_DOMAIN):
                errors.append(f"{name}: mail address {mail} outside {MAIL_DOMAIN}")
        if "@" in flat.replace(MAIL_DOMAIN, ""):
            for m in re.finditer("@", flat):
                if not flat[m.start():].startswith(MAIL_DOMAIN):
                    errors.append(f"{name}: an @ that is not part of a mail address ending in {MAIL_DOMAIN}")
                    break
    # a kanji directly before 県 (line breaks allowed between them, except where a line ends and
    # the next one starts with 県内／県産／県外, as after a heading such as 「１　目的」)
    kanji_pref = r"([\u4e00-\u9fff々])(\s*)県(.?)"
    for name, text in list(sources.items())[:3] + [("questions.jsonl", sources["questions.jsonl"])]:
        others = sorted({k for k, ws, nxt in re.findall(kanji_pref, text)
                         if k != PREF[0] and not ("\n" in ws and nxt and nxt in "内産外")})
        if others:
            errors.append(f"{name}: names another prefecture ({', '.join(o + '県' for o in others)})")
    for n, p in pages.items():
        if PREF not in p[0]:
            errors.append(f"{n}: {PREF} should be named on page 1")
    all_text = "".join(norm("\n".join(p)) for p in pages.values())
    for town in TOWNS:
        if town not in all_text:
            errors.append(f"the town {town} is named in no document")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else SCRIPT_DIR))
