"""Build the 樅県 held-out set 63: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (樅県 and every town, scheme, organisation, phone number, address
and figure). The documents are in three genres the earlier sets do not use: a grant guideline
(交付要綱) for a subsidy helping small firms build the management of their subsidiaries abroad
(海外子会社管理体制強化支援補助金: internal rules and manuals, accounting and management systems,
internal audits, a whistle-blowing desk, local experts) with a two-level header of rates by firm
size and caps by one or several subsidiaries, row labels printed on two lines, a yearly record
(years as rows) and the grants by cost item over three fiscal years with the unit printed above
the table's top right; the report of a survey of the prefecture's firms on foreign personal-data
protection rules (海外の個人データ保護規制への対応に関する実態調査) with the firms by industry (a
table continued over a page break without its header), the rules that apply as counts with their
share in brackets in one cell, and an unruled table of the difficulties by firm size; and the
user guide (利用案内) of a prefectural store-check service in foreign cities (海外店頭調査サービス)
with the fees, the cities with a column of marks (○ / －) beside the yearly counts, and the
requests by product class with subtotal rows per group and a total column; see README.md beside
this file.

    python make_heldout63.py [OUTPUT_DIR]          # default: this file's directory

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

KANRI_PDF = "momi_kaigai_kogaisha_kanri_hojokin_kofu_yoko_r7.pdf"
DATA_PDF = "momi_kaigai_kojin_data_kisei_chosa_r6.pdf"
TENTO_PDF = "momi_kaigai_tento_chosa_service_riyo_annai_r7.pdf"
ALL_PDFS = (KANRI_PDF, DATA_PDF, TENTO_PDF)

UNITS = ("千円", "万円", "円", "件", "人", "社", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
SHARE_PART = "割合"  # column part of the per cent printed in brackets inside a count cell
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_PREFIX = "099-67"  # every phone number of the set: 099-67x-xxxx
MAIL_DOMAIN = "@example.jp"
OTHER_PREFS = ("椛県",)  # the prefecture of the set written at the same time (never named here)
BRACKET_CELL = re.compile(r"([\d,]+)（(\d+\.\d)％）")  # a count with its per cent in brackets
MARKS = ("○", "－")  # mark cells: yes / no (no gold cells)


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
    """docgen's table spec, with a two-level header read as group／leaf and optional columns of
    marks (○ / －), which are drawn but are no gold cells."""

    mark_cols: tuple = ()

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
    """The gold cells of a table, row by row. A count cell with its per cent in brackets
    (`84（42.0％）`) gives two: the count under the column's label, the per cent under
    `<label>／割合` (unit %)."""
    out = []
    for i, r in enumerate(spec.rows):
        for c in spec.value_cols:
            if c in spec.mark_cols:
                continue
            row_label = label(r[spec.label_col])
            fy = spec.column_year(c) or fiscal_year(row_label) or spec.table_fy
            pages = pages_of[(spec.key, i)]
            assert len(pages) == 1, (spec.key, r, pages)
            base = {"doc": spec.doc, "table": spec.title, "row": row_label}
            m = BRACKET_CELL.fullmatch(r[c])
            if m:
                parts = [(m.group(1), spec.column_label(c), spec.cell_unit(r, c)),
                         (m.group(2), spec.column_label(c) + GROUP_SEP + SHARE_PART, "%")]
            else:
                number, cell_unit = parse_number(r[c])
                parts = [(r[c], spec.column_label(c), cell_unit or spec.cell_unit(r, c))]
            for value, column, unit in parts:
                number, _u = parse_number(value)
                out.append({**base, "column": column, "fiscal_year": fy, "fiscal_year_range": None,
                            "value": value, "number": number, "unit": unit, "page": next(iter(pages))})
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


def articles(items):
    """第１条… : a heading line (（見出し）) and the article's text, hanging."""
    out = []
    for head, text in items:
        out.append(P(head, pstyle("article_head", docgen.GOTHIC, 10.5, 17, left=0, spaceBefore=3, keepWithNext=1)))
        out += [P(t.strip(), hanging(0, 3)) for t in text.strip().split("\n") if t.strip()]
    return out


UNIT_RIGHT = pstyle("unit_right", docgen.MINCHO, 9, 13, alignment=TA_RIGHT, keepWithNext=1, rightIndent=14 * mm)
PREF = "樅県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: subsidiary-management subsidy, grant guideline
KANRI = f"{PREF}海外子会社管理体制強化支援補助金"
KANRI_DEPT = f"{PREF} 産業労働部 海外展開支援課"
DESK = "海外展開サポートデスク"
ZAIDAN = f"公益財団法人{PREF}産業振興財団"
RATES = [  # 経費区分 (as printed, two lines where long); 補助率（％）: 中小企業者, 小規模企業者; 上限額（万円）: １社, ２社以上
    ("管理規程・マニュアルの整備\n（翻訳を含む）", 50, 60, 40, 60),
    ("会計・管理システムの導入\n（初年度の利用料を含む）", 50, 60, 80, 120),
    ("内部監査の実施", 50, 60, 30, 45),
    ("内部通報窓口の設置", 50, 75, 20, 30),
    ("現地専門家への委託", 40, 50, 50, 70),
]
FIRM_CAP, FIRM_CAP_MULTI = 150, 200  # note ※２: 万円 per firm (１社 / ２社以上)
RECORD = [  # 年度, 申請件数, 交付件数, うち小規模企業者, 対象子会社数（社）, 交付額（万円）
    (2020, 9, 6, 2, 7, 612), (2021, 14, 10, 3, 12, 1034), (2022, 18, 13, 5, 16, 1547),
    (2023, 22, 15, 6, 19, 1890), (2024, 27, 18, 7, 23, 2237),
]
ITEM_YEARS = (2022, 2023, 2024)
BY_ITEM = [  # 交付額（千円） by cost item in 令和４, ５, ６年度 (rows as in RATES)
    (3120, 3860, 4450), (6480, 7920, 9150), (2240, 2610, 3380), (680, 1040, 1270), (2950, 3470, 4120),
]
KANRI_CASES = [  # 見出し, 対象の子会社, 主な取組, 補助金の額 (same labels in every sibling section); cost items (rows of RATES), 小規模?
    ("精密部品製造業Ａ社（樅市）", "タイの現地法人（１社）", "会計システムの導入と、本社による内部監査", "98万円", (1, 2), False),
    ("食品製造業Ｂ社（菱浦市）", "ベトナムとインドネシアの現地法人（２社）", "管理規程の整備と現地語による内部通報窓口の設置", "84万円", (0, 3), True),
    ("卸売業Ｃ社（岳見町）", "中国の現地法人（１社）", "現地の会計事務所への委託による経理の点検", "46万円", (4,), False),
]
EXCLUDED = [  # 補助対象経費としない経費
    "海外子会社の設立、増資又は清算に要する経費",
    "海外子会社の従業員の給与その他の人件費",
    "汎用性の高いパソコン、タブレット等の購入費",
    "交付決定の日より前に発注し、又は支払った経費",
]


def short(s: str) -> str:
    return label(s)


def kanri_specs():
    rates = TableSpec(
        key="rates", doc=KANRI_PDF, title="補助率及び補助金の上限額",
        header=[["経費区分", "補助率（％）", "", "上限額（万円）", ""],
                ["", "中小企業者", "小規模企業者", "１社", "２社以上"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in RATES],
        col_widths=[50 * mm, 26 * mm, 28 * mm, 24 * mm, 24 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    record = TableSpec(
        key="record", doc=KANRI_PDF, title="申請と交付の実績",
        header=[["年度", "申請件数（件）", "交付件数（件）", "うち小規模企業者\n（件）", "対象子会社数\n（社）", "交付額（万円）"]],
        rows=[[era(y), fw(a), fw(b), fw(s), fw(k), fw(g)] for y, a, b, s, k, g in RECORD],
        col_widths=[22 * mm, 27 * mm, 27 * mm, 32 * mm, 28 * mm, 28 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(c)] for (n, *_r), (a, b, c) in zip(RATES, BY_ITEM)]
    rows.append(["合計"] + [fw(sum(r[j] for r in BY_ITEM)) for j in (0, 1, 2)])
    items = TableSpec(
        key="items", doc=KANRI_PDF, title="経費区分別の交付額",
        header=[["経費区分"] + [era(y) for y in ITEM_YEARS]],
        rows=rows, col_widths=[50 * mm, 30 * mm, 30 * mm, 30 * mm], unit="千円",
    )
    return rates, record, items


def kanri_story(specs):
    rates, record, items = specs
    n_all, amt_all = sum(r[2] for r in RECORD), sum(r[5] for r in RECORD)
    last = RECORD[-1]
    st = [Spacer(1, 2 * mm), P(f"{KANRI}交付要綱", TITLE), Spacer(1, 1 * mm),
          P("令和２年３月27日 告示第58号", DATE_RIGHT), P("改正 令和７年３月28日 告示第61号", DATE_RIGHT), Spacer(1, 3 * mm)]
    st += articles([
        ("（趣旨）", f"""
第１条　この要綱は、海外に子会社を有する県内の中小企業者が、その子会社の経理、法令遵守等を管理する体制を整えることにより、海外事業の不正や損失を防ぎ、安定して事業を続けられるよう、予算の範囲内で交付する{KANRI}（以下「補助金」という。）に関し、樅県補助金等交付規則（昭和45年樅県規則第12号。以下「規則」という。）に定めるもののほか、必要な事項を定める。
"""),
        ("（定義）", """
第２条　この要綱において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。
一　「海外子会社」とは、中小企業者が議決権の過半数を有する外国法人をいう。
二　「中小企業者」とは、中小企業基本法（昭和38年法律第154号）第２条第１項に規定する中小企業者をいう。
三　「小規模企業者」とは、常時使用する従業員の数が20人（商業又はサービス業に属する事業を主たる事業として営む者については、５人）以下の中小企業者をいう。
"""),
        ("（補助対象者）", """
第３条　補助金の交付の対象となる者は、県内に本社を有する中小企業者で、海外子会社を有するものとする。
"""),
        ("（補助対象経費、補助率及び補助金の額）", """
第４条　補助対象経費、補助率及び補助金の上限額は、別表のとおりとする。
２　次に掲げる経費は、補助対象経費としない。
"""),
    ])
    st += bullets(EXCLUDED, 1)
    st += articles([
        ("（交付の申請）", """
第５条　補助金の交付を受けようとする者は、知事が別に定める期間内に、補助金交付申請書（様式第１号）に事業計画書及び経費の見積書を添えて、知事に提出しなければならない。
"""),
        ("（交付の決定）", """
第６条　知事は、前条の申請書を受理したときは、書類の審査及び面談により内容を審査し、補助金を交付すべきものと認めたときは、予算の範囲内で交付の決定を行うものとする。
"""),
        ("（実績報告）", """
第７条　補助事業者は、補助事業が完了したときは、その日から起算して30日を経過する日又は補助事業の期間の末日のいずれか早い日までに、実績報告書（様式第５号）を知事に提出しなければならない。
"""),
        ("（状況報告）", """
第８条　補助事業者は、補助事業が完了した年度の翌年度から２年間、毎年度６月末日までに、海外子会社の管理の状況を知事に報告しなければならない。
"""),
    ])
    st += [P("附　則", H1)]
    st += paras("この要綱は、令和２年４月１日から施行する。", 0)
    st += paras("この要綱（令和７年３月28日改正）は、令和７年４月１日から施行する。", 0)
    st += [P("別表（第４条関係）", H1)]
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「２社以上」の欄は、２以上の海外子会社を対象として補助事業を行う場合に適用し、それ以外の場合は「１社」の欄を適用する。",
        f"※２ 補助金の額は、１事業者当たり{FIRM_CAP}万円（２社以上の場合は{FIRM_CAP_MULTI}万円）を上限とし、千円未満の端数は切り捨てる。",
        "※３ 小規模企業者であるかどうかは、交付申請の日の現況により判断する。",
    ])
    st += [P("（参考１）令和７年度の募集", H1)]
    st += lv_lines([
        ("募集期間", "令和７年５月12日から６月27日まで（必着）"),
        ("予算額", "3,000万円"),
        ("採択予定件数", "20件程度"),
        ("補助事業期間", "交付決定の日から令和８年２月27日まで"),
    ], 0)
    st += [P("（参考２）手続の流れ", H1)]
    st += numbered([
        f"① 事前相談（海外展開支援課又は{DESK}へ）",
        "② 交付申請（募集期間内に、事業計画書と見積書を添えて提出）",
        "③ 審査（書類審査と面談、令和７年７月中旬）",
        "④ 交付決定の通知（令和７年８月上旬）",
        "⑤ 補助事業の実施と実績報告（令和８年２月27日まで）",
        "⑥ 補助金の額の確定と支払（令和８年３月）",
    ], 0)
    st += [P("（参考３）これまでの実績", H1)]
    st += paras(f"""
制度を始めた令和２年度（2020年度）から令和６年度までに、延べ{n_all}件、{amt_all:,}万円を交付しました。令和６年度は{last[1]}件の申請があり、{last[2]}件に交付しました（うち小規模企業者{fw(last[3])}件）。経費区分別では、会計・管理システムの導入が毎年度最も多くなっています。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += [caption(items.title), P("（単位：千円）", UNIT_RIGHT), items.flowable(), Spacer(1, 2)]
    st += notes(["※４ 各年度の交付額の合計は、上の表の交付額（万円）と一致する。"])
    st += [P("（参考４）活用事例（令和６年度）", H1)]
    for i, (head, sub, what, amount, _items, _small) in enumerate(KANRI_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("対象の子会社", sub), ("主な取組", what), ("補助金の額", amount)], 1)
    st += [CondPageBreak(30 * mm), P("問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KANRI_DEPT} 海外拠点支援班　電話：099-671-4410　ファクス：099-671-4419",
        f"{DESK}（{ZAIDAN}内、事前相談）　電話：099-671-4500",
        "電子メール：momi-kogaisha@example.jp",
    ]))
    return st


# ================================================================ document 2: foreign personal-data rules, survey report
DATA = f"{PREF}内企業の海外個人データ保護規制への対応に関する実態調査"
DATA_DEPT = f"{PREF} 産業労働部 産業政策課"
KYOKAI = f"一般社団法人{PREF}情報産業協会"
TARGET = 1500  # 調査対象の企業
INDUSTRIES = [  # 業種, 回答企業数（社）, 取扱企業（社）, 対応済み企業（社） (令和６年９月１日現在)
    ("食料品", 64, 18, 6), ("繊維・衣服", 35, 9, 3), ("化学", 29, 14, 7), ("金属製品", 52, 11, 4),
    ("機械", 71, 32, 15), ("電気機器", 48, 27, 14), ("情報通信業", 41, 30, 18),
    ("卸売・小売業", 73, 29, 9), ("サービス業", 56, 24, 8), ("その他", 33, 6, 2),
]
MANUFACTURING = ("食料品", "繊維・衣服", "化学", "金属製品", "機械", "電気機器")
SIZES = (("中小企業", 444, 163), ("大企業", 58, 37))  # 回答企業数, うち取扱企業
RULES = [  # 規制, 対応済み, 対応中, 未着手 (取扱企業が該当すると答えたもの; 複数回答)
    ("ＥＵ（ＧＤＰＲ）", 38, 29, 17), ("英国", 12, 11, 8), ("中国", 21, 33, 22), ("米国（州法）", 19, 22, 17),
    ("タイ", 13, 17, 17), ("ベトナム", 9, 19, 24), ("シンガポール", 16, 14, 9),
]
ISSUES = [  # 対応上の課題, 回答数: 中小企業, 大企業 (複数回答)
    ("規制の内容が分からない", 88, 9), ("対応に詳しい人材がいない", 79, 11), ("専門家への委託費用が高い", 52, 14),
    ("規制が国ごとに異なる", 41, 22), ("取引先から求められる確認書類が多い", 30, 8),
    ("海外子会社との情報の共有が難しい", 23, 13), ("その他", 6, 1),
]
PREV_SHARE = "31.2"  # 取扱企業の割合 in the previous survey of 令和３年度 (prose only)
COSTS = [(49, "100万円未満"), (31, "100万円以上500万円未満"), (6, "500万円以上")]  # the 対応済み firms' costs (prose only)
DATA_CASES = [  # 見出し, 取り扱うデータ, 行った対応, 要した費用 (same labels in every sibling section)
    ("電気機器製造業Ｄ社（樅市）", "欧州の販売代理店から受け取る顧客の連絡先", "データの取扱いに関する契約書の作成と社内規程の改正", "約120万円"),
    ("情報通信業Ｅ社（菱浦市）", "米国とシンガポールの利用者の登録情報", "プライバシーポリシーの多言語化と同意の取得方法の見直し", "約260万円"),
    ("卸売業Ｆ社（岳見町）", "中国の取引先の担当者の名刺情報", "保管する情報の棚卸しと不要な情報の削除", "約15万円"),
]


def respondents() -> int:
    return sum(r[1] for r in INDUSTRIES)


def handlers() -> int:
    return sum(r[2] for r in INDUSTRIES)


def done() -> int:
    return sum(r[3] for r in INDUSTRIES)


def manufacturing_split() -> tuple[int, int, int, int]:
    """取扱企業 and 回答企業 of the 製造業 (note ※１), then of the 非製造業."""
    m = [r for r in INDUSTRIES if r[0] in MANUFACTURING]
    o = [r for r in INDUSTRIES if r[0] not in MANUFACTURING]
    return sum(r[2] for r in m), sum(r[1] for r in m), sum(r[2] for r in o), sum(r[1] for r in o)


def rule_rows():
    n = handlers()
    return [[name, f"{fw(a + b + c)}（{pct1(a + b + c, n)}％）", fw(a), fw(b), fw(c)] for name, a, b, c in RULES]


def data_specs():
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in INDUSTRIES]
    rows.append(["合計"] + [fw(sum(r[j] for r in INDUSTRIES)) for j in (1, 2, 3)])
    industries = TableSpec(
        key="industries", doc=DATA_PDF, title="業種別の回答企業と取扱企業",
        header=[["業種", "回答企業数（社）", "取扱企業（社）", "うち対応済み（社）"]],
        rows=rows, col_widths=[42 * mm, 36 * mm, 36 * mm, 38 * mm], table_fy=2024, repeat_header=False,
    )
    industries.unit = lambda row, c, s=industries: bracket_unit(s.column_label(c))
    rules = TableSpec(
        key="rules", doc=DATA_PDF, title="該当する規制と対応の状況（複数回答）",
        header=[["規制", "該当企業（社）", "対応済み（社）", "対応中（社）", "未着手（社）"]],
        rows=rule_rows(), col_widths=[38 * mm, 36 * mm, 28 * mm, 26 * mm, 26 * mm], table_fy=2024,
    )
    rules.unit = lambda row, c, s=rules: bracket_unit(s.column_label(c))
    hs, hl = SIZES[0][2], SIZES[1][2]
    issues = TableSpec(
        key="issues", doc=DATA_PDF, title="対応上の課題（複数回答）",
        header=[["課題", "全体", "中小企業", "大企業"]],
        rows=[[x, cell(pct1(a + b, hs + hl)), cell(pct1(a, hs)), cell(pct1(b, hl))] for x, a, b in ISSUES],
        col_widths=[72 * mm, 24 * mm, 24 * mm, 24 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return industries, rules, issues


def data_story(specs):
    industries, rules, issues = specs
    total, n, k = respondents(), handlers(), done()
    (s_name, s_n, s_h), (l_name, l_n, l_h) = SIZES
    mf = manufacturing_split()
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{DATA} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年１月", DATE_RIGHT), P(DATA_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "海外の個人データ保護規制への県内企業の対応状況と課題を把握し、今後の支援策の検討に役立てるため"),
        ("調査対象", f"県内に本社を置く企業 {TARGET:,}社（無作為抽出）"),
        ("調査基準日", "令和６年（2024年）９月１日"),
        ("調査期間", "令和６年９月２日から10月11日まで"),
        ("調査方法", "郵送及びウェブによるアンケート"),
        ("調査の実施", f"{KYOKAI}（県からの委託）"),
        ("回答数", f"{total}社（回答率{pct1(total, TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「海外個人データ」とは、海外に住む個人に関する情報であって、特定の個人を識別できるものをいい、海外子会社の従業員及び海外の取引先の担当者に関するものを含む。「取扱企業」とは、調査基準日において海外個人データを取り扱っている企業をいい、「対応済み」とは、該当する規制が求める社内規程、契約及び手続を全て整えたことをいう。また、「中小企業」とは、中小企業基本法に定める中小企業者をいい、それ以外の企業を「大企業」という。
""", 0)
    st += [P("２　海外個人データの取扱いと対応の状況", H1)]
    st += paras(f"""
海外個人データを取り扱っている企業は、回答企業{total}社のうち{n}社（{pct1(n, total)}％）で、前回の調査（令和３年度）の{PREV_SHARE}％から増えた。そのうち該当する規制への対応を全て終えた企業は{k}社（{pct1(k, n)}％）にとどまった。業種別では、情報通信業で取扱企業の割合が最も高く、製造業では{pct1(*mf[:2])}％、非製造業では{pct1(*mf[2:])}％であった。取り扱うデータの種類では、海外の取引先の担当者に関するものが最も多かった。企業規模別では、大企業は{l_n}社のうち{l_h}社、中小企業は{s_n}社のうち{s_h}社が海外個人データを取り扱っている。
対応を終えた{k}社に、対応に要した費用（外部の専門家への委託費を含む）を尋ねたところ、{COSTS[0][1]}が{COSTS[0][0]}社、{COSTS[1][1]}が{COSTS[1][0]}社、{COSTS[2][1]}が{fw(COSTS[2][0])}社であった。
""", 0)
    st += [caption(industries.title, "（令和６年９月１日現在）", keep=False), industries.flowable(), Spacer(1, 2)]
    st += notes(["※１ 製造業は食料品から電気機器までの６業種、非製造業は情報通信業、卸売・小売業、サービス業及びその他である。「その他」は、建設業、運輸業等である。"])
    st += [P("３　該当する規制と対応の状況", H1)]
    st += paras("""
取扱企業が該当すると答えた規制は、ＥＵ（ＧＤＰＲ）が最も多く、中国がこれに次ぐ。未着手の企業はベトナムで最も多い。
""", 0)
    st += [caption(rules.title), rules.flowable(), Spacer(1, 2)]
    st += notes([f"※２ 「該当企業」の（　）内は、取扱企業{n}社に対する割合である。「対応済み」「対応中」「未着手」の計は該当企業の数に等しい。"])
    st += [P("４　企業の事例", H1)]
    for i, (head, what, how, cost) in enumerate(DATA_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("取り扱うデータ", what), ("行った対応", how), ("要した費用", cost)], 1)
    st += [P("５　対応上の課題", H1)]
    st += paras("""
中小企業では「規制の内容が分からない」が最も多く、大企業では「規制が国ごとに異なる」が最も多かった。
""", 0)
    st += [caption(issues.title, "（単位：％）"), issues.flowable(), Spacer(1, 2)]
    st += notes([f"※３ 取扱企業（全体{n}社、中小企業{s_h}社、大企業{l_h}社）が回答した。複数回答のため、合計は100％にならない。"])
    st += [P("６　県への主な要望（自由記述）", H1)]
    st += bullets([
        "国・地域ごとの規制の要点を、日本語で分かりやすくまとめてほしい。",
        "契約書や同意書のひな形を、多言語で用意してほしい。",
        "専門家に相談する費用の一部を補助してほしい。",
    ], 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        "① 主な国・地域の規制の要点をまとめた手引きを、令和７年度中に作成する。",
        f"② {KYOKAI}と連携し、規制への対応を学ぶセミナーを年３回開く。",
        "③ 専門家による無料の個別相談の枠を、令和７年度から設ける。",
        "④ 次回の調査は、令和９年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{DATA_DEPT} 企業調査班　電話：099-674-2210　ファクス：099-674-2219",
        f"{KYOKAI}（セミナー・個別相談）　電話：099-674-2300",
        "電子メール：momi-chosa@example.jp",
    ]))
    return st


# ================================================================ document 3: store-check service abroad, user guide
TENTO = f"{PREF}海外店頭調査サービス"
TENTO_DEPT = f"{PREF} 産業労働部 販路開拓課"
CENTER = f"一般財団法人{PREF}貿易振興センター"
KINDS = [  # 見出し, 調べる内容, 報告までの期間, 報告の方法 (same labels in every sibling section)
    ("価格調査", "指定した商品分類の競合商品の店頭価格（３店舗、20品目まで）", "受付の確定から10営業日以内", "調査票（電子ファイル）"),
    ("売場調査", "価格調査の内容に加え、売場の写真と陳列・表示の状況（５店舗まで）", "受付の確定から15営業日以内",
     "写真付きの報告書（電子ファイル）"),
    ("購入調査", "競合商品を現地で購入し、日本に送る（５品目まで）", "受付の確定から20営業日以内（商品の到着を除く）",
     "報告書（電子ファイル）と購入した商品"),
]
FEES = [  # 調査の種類, 県内中小企業（円）, その他の事業者（円） (令和７年度, １都市当たり)
    ("価格調査", 8000, 16000), ("売場調査", 18000, 36000), ("購入調査", 12000, 24000),
    ("追加の店舗（１店舗）", 2000, 4000), ("報告書の英訳（追加）", 5000, 10000),
]
CITY_YEARS = (2023, 2024)
CITIES = [  # 都市, 価格調査, 売場調査, 購入調査 (○ / －), 令和５年度, 令和６年度の件数
    ("上海", "○", "○", "○", 41, 52), ("台北", "○", "○", "○", 33, 38), ("香港", "○", "○", "－", 27, 31),
    ("バンコク", "○", "○", "○", 36, 47), ("ホーチミン", "○", "○", "－", 14, 22),
    ("シンガポール", "○", "○", "○", 29, 33), ("ロサンゼルス", "○", "－", "－", 18, 21), ("パリ", "○", "－", "－", 7, 9),
]
GROUPS = [  # 小計の行名, [(商品分類, 価格調査, 売場調査, 購入調査)] (令和６年度)
    ("小計（食品）", [("加工食品", 48, 21, 12), ("菓子", 23, 11, 6), ("酒類・飲料", 31, 14, 5)]),
    ("小計（食品以外）", [("化粧品・日用品", 19, 10, 7), ("生活雑貨・工芸品", 14, 9, 4), ("機械・工具", 12, 4, 3)]),
]
PREV_USERS = 118  # 令和６年度に利用した事業者 (prose only)


def group_rows():
    rows = []
    for sub, members in GROUPS:
        rows += [[n, fw(a), fw(b), fw(c), fw(a + b + c)] for n, a, b, c in members]
        rows.append([sub] + [fw(sum(m[j] for m in members)) for j in (1, 2, 3)]
                    + [fw(sum(sum(m[1:]) for m in members))])
    allm = [m for _s, ms in GROUPS for m in ms]
    rows.append(["合計"] + [fw(sum(m[j] for m in allm)) for j in (1, 2, 3)] + [fw(sum(sum(m[1:]) for m in allm))])
    return rows


def tento_specs():
    fees = TableSpec(
        key="fees", doc=TENTO_PDF, title="調査の種類別の料金（１都市当たり）",
        header=[["調査の種類", "県内中小企業（円）", "その他の事業者（円）"]],
        rows=[[n, fw(a), fw(b)] for n, a, b in FEES],
        col_widths=[60 * mm, 40 * mm, 40 * mm], table_fy=2025,
    )
    fees.unit = lambda row, c, s=fees: bracket_unit(s.column_label(c))
    crow = [[n, a, b, c, fw(x), fw(y)] for n, a, b, c, x, y in CITIES]
    crow.append(["合計", "", "", ""] + [fw(sum(r[j] for r in CITIES)) for j in (4, 5)])
    cities = TableSpec(
        key="cities", doc=TENTO_PDF, title="調査できる都市と利用件数",
        header=[["都市", "価格調査", "売場調査", "購入調査"] + [f"{era(y)}（件）" for y in CITY_YEARS]],
        rows=crow, col_widths=[30 * mm, 20 * mm, 20 * mm, 20 * mm, 30 * mm, 30 * mm],
    )
    cities.mark_cols = (1, 2, 3)
    cities.unit = lambda row, c, s=cities: bracket_unit(s.column_label(c))
    groups = TableSpec(
        key="groups", doc=TENTO_PDF, title="商品分類別の利用件数",
        header=[["商品分類", "価格調査（件）", "売場調査（件）", "購入調査（件）", "計（件）"]],
        rows=group_rows(), col_widths=[40 * mm, 28 * mm, 28 * mm, 28 * mm, 24 * mm], table_fy=2024,
        bold_rows=("合計",) + tuple(s for s, _m in GROUPS),
    )
    groups.unit = lambda row, c, s=groups: bracket_unit(s.column_label(c))
    return fees, cities, groups


def tento_story(specs):
    fees, cities, groups = specs
    allm = [m for _s, ms in GROUPS for m in ms]
    total = sum(sum(m[1:]) for m in allm)
    by_kind = [sum(m[j] for m in allm) for j in (1, 2, 3)]
    prev = sum(r[4] for r in CITIES)
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{TENTO} 利用案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(TENTO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　サービスの概要", H1)]
    st += paras("""
このサービスは、県内の事業者が商品を売り込もうとする海外の都市で、競合する商品がどのような価格で、どのように売られているかを、事業者に代わって小売店の売場で調べるものです。輸出する商品の価格や包装を決める前の確認にご利用ください。
""", 0)
    st += lv_lines([
        ("サービス名", TENTO),
        ("実施主体", PREF),
        ("運営", f"{CENTER}（県からの委託）"),
        ("調査の担当", "県の上海事務所及びバンコク事務所の職員並びに現地の委託調査員"),
        ("利用できる者", "県内に事業所を有する事業者（個人事業主を含む。）"),
        ("実施期間", "令和７年４月１日から令和８年３月31日まで"),
    ], 0)
    st += paras("""
この案内において「店頭調査」とは、海外の小売店の売場で、商品の価格、陳列、表示等を調べることをいいます。「１件」とは、１都市で１つの商品分類について調べることをいいます。また、「営業日」とは、土曜日、日曜日、祝日及び年末年始（12月29日から１月３日まで）を除く日をいいます。
""", 0)
    st += [P("２　調査の種類", H1)]
    for i, (head, what, when, how) in enumerate(KINDS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("調べる内容", what), ("報告までの期間", when), ("報告の方法", how)], 1)
    st += [P("３　利用料金", H1)]
    st += paras("料金は１都市当たりの額で、調査の種類と利用者の区分によって次のとおりです（消費税込み）。", 0)
    st += [caption(fees.title, "（令和７年度）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「県内中小企業」は、県内に事業所を有する中小企業基本法に定める中小企業者（個人事業主を含む。）をいい、それ以外の利用者には「その他の事業者」の欄を適用します。",
        "※２ 同じ申込みで２以上の都市を調べる場合は、２都市目からの料金を半額とします。",
        "※３ 購入調査の料金には、商品の代金と日本への送料を含みません。これらは実費を別に請求します。",
    ])
    st += [P("４　申込みから報告までの流れ", H1)]
    st += numbered([
        "① 申込み（ウェブの申込フォームに、商品分類、都市、調査の種類及び自社の商品の資料を添付）",
        "② 受付の確定と料金の案内（申込みから３営業日以内）",
        "③ 料金の支払（請求書による銀行振込み）",
        "④ 調査の実施（受付の確定の日から、報告までの期間を数えます）",
        "⑤ 報告（電子メールで報告書を送付。購入調査は商品を別に発送）",
        "⑥ 報告会（希望する場合、報告から30日以内に１回、オンラインで30分）",
    ], 0)
    st += [P("５　調査できる都市と利用の状況", H1)]
    st += paras(f"""
令和６年度の利用件数は{total}件（価格調査{by_kind[0]}件、売場調査{by_kind[1]}件、購入調査{by_kind[2]}件）で、前年度の{prev}件から{total - prev}件増えました。利用した事業者は{PREV_USERS}事業者です。都市別では上海が最も多く、商品分類別では加工食品が最も多くなっています。
""", 0)
    st += [caption(cities.title), cities.flowable(), Spacer(1, 2)]
    st += notes(["※４ 「○」はその調査を受け付けていること、「－」は受け付けていないことを示します。"])
    st += [caption(groups.title, "（令和６年度）"), groups.flowable(), Spacer(1, 2)]
    st += notes(["※５ 「機械・工具」は、家庭用の小型の機械と工具に限ります。"])
    st += [P("６　利用上の注意", H1)]
    st += bullets([
        "店舗の許可が得られない場合、売場の写真を撮れないことがあります。",
        "価格は調査の日の店頭の表示によるもので、特売等の一時的な価格を含むことがあります。",
        "医薬品、動植物等、現地の法令により購入や日本への送付ができない商品は、購入調査の対象になりません。",
        "調査の結果を、県が事業者名を伏せて統計に使うことがあります。",
    ], 0)
    st += [P("７　よくある質問", H1)]
    qa = [
        ("自社の商品を現地の店に置いてもらえるよう、交渉してもらえますか。",
         "できません。このサービスは売場の調査に限ります。"),
        ("同じ都市で、２つの商品分類を調べることはできますか。",
         "できます。ただし、２件の申込みとなります。"),
        ("調査する店舗を指定できますか。",
         "できます。指定がない場合は、調査員が売場の大きい店舗を選びます。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{TENTO_DEPT} 海外市場班　電話：099-677-3310　ファクス：099-677-3319",
        f"{CENTER}（申込み・調査の進み具合）　電話：099-677-3400",
        "電子メール：momi-tento@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return kanri_specs() + data_specs() + tento_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    kspecs, dspecs, tspecs = kanri_specs(), data_specs(), tento_specs()
    kdoc = build_pdf(docs_dir / KANRI_PDF, kspecs, kanri_story(kspecs),
                     f"{KANRI}交付要綱", "令和７年４月１日施行", KANRI_DEPT)
    ddoc = build_pdf(docs_dir / DATA_PDF, dspecs, data_story(dspecs),
                     f"令和６年度 {PREF}内企業の海外個人データ保護規制への対応に関する実態調査 報告書", "令和７年１月", DATA_DEPT)
    tdoc = build_pdf(docs_dir / TENTO_PDF, tspecs, tento_story(tspecs),
                     f"令和７年度 {TENTO} 利用案内", "令和７年４月", TENTO_DEPT)
    gold = all_gold({KANRI_PDF: kdoc.row_pages, DATA_PDF: ddoc.row_pages, TENTO_PDF: tdoc.row_pages})
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
    # --- kanri: the subsidiary-management subsidy guideline, tables (a) (b) (c), definitions, costs not covered, sibling sections
    dict(question="社員が80人いる機械メーカーが、タイの子会社１社に会計システムを入れたいそうです。補助率は何％になりますか？",
         category="kanri", doc=KANRI_PDF,
         evidence=["常時使用する従業員の数が20人", "（初年度の利用料を含む） 50 60 80 120"], answer=["50"],
         notes="two facts: 80人 in manufacturing is above the 20人 of 小規模企業者 (第２条第三号), so (a) leaf "
               "補助率（％）／中小企業者 of the two-line row 会計・管理システムの導入（初年度の利用料を含む）; 60 "
               "(小規模企業者) is the trap, 80 (the cap) another"),
    dict(question="2025年度に、ベトナムとタイにある２つの子会社で内部監査を行う場合、補助金の上限額はいくらですか？",
         category="kanri", doc=KANRI_PDF, evidence=["内部監査の実施 50 60 30 45"], answer=["45"],
         notes="(a) leaf 上限額（万円）／２社以上 (note ※１: two subsidiaries); 30 (１社) is the trap; the header's "
               "leaves are 中小企業者 / 小規模企業者 under 補助率 and １社 / ２社以上 under 上限額; 2025年度 = "
               "令和７年度 (printed nowhere in Western form)"),
    dict(question="従業員８人の製造業の会社が、中国の子会社１社のために管理規程を整えて翻訳もするそうです。経費が65万円の場合、補助金はいくらになりますか？",
         category="kanri", doc=KANRI_PDF,
         evidence=["常時使用する従業員の数が20人", "（翻訳を含む） 50 60 40 60"], answer=["39万円"], computed=True,
         notes="three facts: ８人 in manufacturing makes a 小規模企業者 (第２条第三号), so (a) leaf 補助率（％）／小規模企業者 "
               "of the two-line row 管理規程・マニュアルの整備（翻訳を含む）: 65 × 60 % = 39万円, below the cap 40 "
               "(上限額（万円）／１社); 32.5万円 (the 中小企業者 rate) is the trap"),
    dict(question="2021年度には、この補助金は何件に交付されましたか？",
         category="kanri", doc=KANRI_PDF, evidence=["令和３年度 14 10 ３ 12 1,034"], answer=["10"],
         notes="(b) years as rows: 2021年度 = 令和３年度 (only 2020年度 is printed in Western form); column "
               "交付件数（件）; 14 (申請件数) and 12 (対象子会社数) are the traps"),
    dict(question="令和２年度から令和６年度までに交付した補助金は、１件当たり平均でいくらになりますか？",
         category="kanri", doc=KANRI_PDF, evidence=["延べ62件、7,320万円"], answer=["118.1万円"], computed=True,
         notes="the five-year totals in the prose of （参考３） (also the sums of (b)): 7,320 / 62 = 118.1万円"),
    dict(question="令和５年度に、内部監査の経費として交付された額はいくらですか？",
         category="kanri", doc=KANRI_PDF, evidence=["内部監査の実施 2,240 2,610 3,380", "（単位：千円）"],
         answer=["2,610"],
         notes="(c) unit printed above the table's top right (千円, not the 万円 of (b)): row 内部監査の実施, column "
               "令和５年度; 2,240 and 3,380 are the neighbouring years"),
    dict(question="2024年度の交付額のうち、会計や管理のシステム導入に充てられた分は全体の何％ですか？",
         category="kanri", doc=KANRI_PDF,
         evidence=["（初年度の利用料を含む） 6,480 7,920 9,150", "合計 15,470 18,900 22,370"], answer=["40.9%"],
         computed=True,
         notes="(c) share within a year column: 9,150 / 22,370 = 40.9 % (2024年度 = 令和６年度; the row label is "
               "printed on two lines)"),
    dict(question="マニュアル整備の分野への交付額は、令和４年度から令和６年度にかけてどれだけ増えましたか？",
         category="kanri", doc=KANRI_PDF, evidence=["（翻訳を含む） 3,120 3,860 4,450"], answer=["1,330千円"],
         computed=True,
         notes="(c) difference across the year columns of the two-line row 管理規程・マニュアルの整備（翻訳を含む）: "
               "4,450 − 3,120 = 1,330千円 (unit from the （単位：千円） above the table)"),
    dict(question="食品を作っている会社の活用事例では、補助金はいくら交付されましたか？",
         category="kanri", doc=KANRI_PDF, evidence=["（２）食品製造業Ｂ社", "補助金の額：84万円"], answer=["84万円"],
         notes="sibling sections （１）–（３） of （参考４） share the labels 対象の子会社, 主な取組, 補助金の額; "
               "（２）食品製造業Ｂ社; 98万円 and 46万円 are the siblings' values"),
    dict(question="現地の企業と半分ずつ出資して作った合弁会社は、この補助金でいう「海外子会社」に当たりますか？",
         category="kanri", doc=KANRI_PDF, evidence=["議決権の過半数を有する外国法人"], answer=["過半数"],
         notes="definition 「海外子会社」とは、中小企業者が議決権の過半数を有する外国法人 (第２条第一号): 50 % is "
               "no majority, so no (asked at its boundary)"),
    dict(question="子会社の現地スタッフの給料も、この補助金の対象になりますか？",
         category="kanri", doc=KANRI_PDF,
         evidence=["次に掲げる経費は、補助対象経費としない", "海外子会社の従業員の給与その他の人件費"],
         answer=["補助対象経費としない"],
         notes="第４条第２項 and its bulleted costs not covered (給与その他の人件費); 内部監査の実施 (covered) is a "
               "near miss"),
    # --- data: the survey of foreign personal-data rules, tables (d) (e) (f), a definition, sibling sections
    dict(question="個人データ規制の実態調査は、回答率が何％でしたか？",
         category="data", doc=DATA_PDF, evidence=["回答数：502社（回答率33.5％）"], answer=["33.5"],
         notes="「label：value」 line 回答数 (502 of the 1,500社 of 調査対象); 39.8 % (取扱企業) is a near miss"),
    dict(question="卸売・小売業で、海外の個人データを扱っている会社は何社ありましたか？",
         category="data", doc=DATA_PDF, evidence=["卸売・小売業 73 29 ９"], answer=["29"],
         notes="(d) continuation page (no header there): row 卸売・小売業, column 取扱企業（社）; 73 (回答企業数) "
               "and ９ (うち対応済み) are the traps"),
    dict(question="2024年の調査で、回答したIT・通信系の企業のうち、海外の個人データを扱っている会社の割合はどのくらいですか？",
         category="data", doc=DATA_PDF, evidence=["情報通信業 41 30 18"], answer=["73.2%"], computed=True,
         notes="(d) continuation page, share in a row: 30 / 41 = 73.2 % (IT・通信系 = 情報通信業); 18 / 30 = 60 % "
               "(対応済み of the handlers) is a wrong reading"),
    dict(question="中国の規制が当てはまると答えた企業は、個人データを扱う企業全体の何％でしたか？",
         category="data", doc=DATA_PDF, evidence=["中国 76（38.0％） 21 33 22"], answer=["38.0"],
         notes="(e) a count with its share in brackets in one cell: row 中国, column 該当企業（社）／割合 (note ※２: "
               "of the 200 取扱企業); 76 (the count) is the trap"),
    dict(question="まだ対応に手を付けていない企業が２番目に多いのは、どの国・地域の規制ですか？",
         category="data", doc=DATA_PDF, evidence=["中国 76（38.0％） 21 33 22"], answer=["中国"],
         notes="(e) ranking in the column 未着手（社）: ベトナム 24, 中国 22, then ＥＵ（ＧＤＰＲ）, 米国（州法） and タイ "
               "17 (the prose names only ベトナム); second-largest"),
    dict(question="米国の州法が当てはまる企業のうち、対応を全て終えた企業の割合はどのくらいですか？",
         category="data", doc=DATA_PDF, evidence=["米国（州法） 58（29.0％） 19 22 17"], answer=["32.8%"],
         computed=True,
         notes="(e) share within a row: 対応済み 19 / 該当企業 58 = 32.8 % (the bracketed 29.0 % is a share of the "
               "200 取扱企業, a wrong reading)"),
    dict(question="大手企業のうち、専門家に頼む費用の高さを課題に挙げたのはどのくらいの割合ですか？",
         category="data", doc=DATA_PDF, evidence=["専門家への委託費用が高い 33.0 31.9 37.8"], answer=["37.8"],
         notes="(f) unruled table, column 大企業 (大手 = 大企業 of the definition); 33.0 (全体) and 31.9 (中小企業) "
               "are the traps"),
    dict(question="海外子会社で働く現地社員の個人情報も、この調査の「海外個人データ」に含まれますか？",
         category="data", doc=DATA_PDF, evidence=["海外子会社の従業員及び海外の取引先の担当者に関するものを含む"],
         answer=["含む"],
         notes="definition 「海外個人データ」とは…海外子会社の従業員及び海外の取引先の担当者に関するものを含む (yes)"),
    dict(question="対応を終えた企業のうち、かかった費用が100万円に届かなかった企業の割合はどのくらいですか？",
         category="data", doc=DATA_PDF, evidence=["100万円未満が49社"], answer=["57.0%"], computed=True,
         notes="prose of ２ (the costs, in no table): 49 / 86 = 57.0 % (86 = the 対応済み firms, also (d)'s 合計)"),
    dict(question="IT企業の事例では、対応にどのくらいの費用がかかりましたか？",
         category="data", doc=DATA_PDF, evidence=["（２）情報通信業Ｅ社", "要した費用：約260万円"], answer=["約260万円"],
         notes="sibling sections （１）–（３） of ４ share the labels 取り扱うデータ, 行った対応, 要した費用; "
               "（２）情報通信業Ｅ社 (IT企業 = 情報通信業); 約120万円 and 約15万円 are the siblings' values"),
    # --- tento: the store-check service guide, tables (h) (i) (j), sibling sections, Q&A
    dict(question="競合商品を現地で実際に買って送ってもらう調査は、報告までにどのくらいかかりますか？",
         category="tento", doc=TENTO_PDF, evidence=["（３）購入調査", "受付の確定から20営業日以内"],
         answer=["20営業日以内"],
         notes="sibling sections （１）–（３） of ２ share the labels 調べる内容, 報告までの期間, 報告の方法; "
               "（３）購入調査; 10営業日 (価格調査) and 15営業日 (売場調査) are the siblings' values"),
    dict(question="現地のお店に、うちの商品を置いてもらうよう交渉してもらうこともできますか？",
         category="tento", doc=TENTO_PDF, evidence=["Ａ できません。このサービスは売場の調査に限ります"],
         answer=["できません"],
         notes="Q&A: Ａ of Ｑ１ (no)"),
    dict(question="県内に工場がある大手メーカーが売場調査を１都市で頼むと、料金はいくらですか？",
         category="tento", doc=TENTO_PDF, evidence=["それ以外の利用者には「その他の事業者」の欄", "売場調査 18,000 36,000"],
         answer=["36,000"],
         notes="two facts: a large firm is no 中小企業者, so note ※１ puts it under その他の事業者; (h) row 売場調査; "
               "18,000 (県内中小企業) is the trap"),
    dict(question="県内の中小企業が、上海とバンコクの２都市の売場調査を一度に申し込むと、料金は合わせていくらですか？",
         category="tento", doc=TENTO_PDF, evidence=["２都市目からの料金を半額とします", "売場調査 18,000 36,000"],
         answer=["27,000円"], computed=True,
         notes="(h) with note ※２: 18,000 + 18,000 / 2 = 27,000円 (36,000円 without the note is the trap)"),
    dict(question="ホーチミンで、競合商品を買って送ってもらう調査は頼めますか？",
         category="tento", doc=TENTO_PDF, evidence=["ホーチミン ○ ○", "は受け付けていないことを示します"],
         answer=["受け付けていない"],
         notes="(i) a column of marks: row ホーチミン, column 購入調査 is 「－」, which note ※４ explains (no); the "
               "marks are no gold cells"),
    dict(question="2023年度のバンコクでの利用件数は何件でしたか？",
         category="tento", doc=TENTO_PDF, evidence=["バンコク ○ ○ ○ 36 47"], answer=["36"],
         notes="(i) year columns after the marks: 2023年度 = 令和５年度 (the guide prints no Western year); 47 "
               "(令和６年度) is the trap"),
    dict(question="2024年度に、食品関係で行われた売場調査は合わせて何件ですか？",
         category="tento", doc=TENTO_PDF, evidence=["小計（食品） 102 46 23 171"], answer=["46"],
         notes="(j) subtotal row 小計（食品）, column 売場調査（件）; 2024年度 = 令和６年度; 69 (合計) and 171 (計) are "
               "the traps"),
    dict(question="化粧品や日用品の調査のうち、購入調査はどのくらいの割合を占めていますか？",
         category="tento", doc=TENTO_PDF, evidence=["化粧品・日用品 19 10 ７ 36"], answer=["19.4%"], computed=True,
         notes="(j) share within a row using the total column: 7 / 36 = 19.4 %"),
    # --- followups
    dict(question="その経費について、小規模企業者の場合の補助率は何％ですか？",
         category="followup", doc=KANRI_PDF, evidence=["現地専門家への委託 40 50 50 70"], answer=["50"],
         history=_turns("現地の専門家に委託する経費は、中小企業者だと補助率は何％ですか？",
                        "中小企業者の補助率は40％です[1]。"),
         notes="(a) the row from the history (現地専門家への委託), leaf 補助率（％）／小規模企業者; the other 50 "
               "(上限額（万円）／１社) and 70 (２社以上) are traps"),
    dict(question="その年度の対象子会社数は何社でしたか？",
         category="followup", doc=KANRI_PDF, evidence=["令和５年度 22 15 ６ 19 1,890"], answer=["19"],
         history=_turns("2023年度の申請は何件でしたか？",
                        "2023年度（令和５年度）の申請は22件でした[1]。"),
         notes="(b) the year from the history (2023年度 = 令和５年度), column 対象子会社数（社）; 15 (交付件数) is the trap"),
    dict(question="そのうち、まだ対応に手を付けていない企業は何社ですか？",
         category="followup", doc=DATA_PDF, evidence=["ＥＵ（ＧＤＰＲ） 84（42.0％） 38 29 17"], answer=["17"],
         history=_turns("ＥＵのＧＤＰＲが当てはまる企業は何社ありましたか？",
                        "ＥＵ（ＧＤＰＲ）に該当する企業は84社でした[1]。"),
         notes="(e) the row from the history (ＥＵ（ＧＤＰＲ）), column 未着手（社）; 29 (対応中) is the trap"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=TENTO_PDF, evidence=["電話：099-677-3400"], answer=["099-677-3400"],
         history=_turns("店頭調査を申し込んだ会社が、調査の進み具合を知りたいそうです。どこに聞けばよいですか？",
                        "申込みと調査の進み具合は、一般財団法人樅県貿易振興センターが受け付けています[1]。"),
         notes="contact box of the guide: the センター's phone (second line); the 班's phone 099-677-3310 and fax "
               "099-677-3319 (first line) are the near misses"),
    dict(question="その都市の、前の年度の件数はどうでしたか？",
         category="followup", doc=TENTO_PDF, evidence=["台北 ○ ○ ○ 33 38"], answer=["33"],
         history=_turns("令和６年度、台北での利用は何件ありましたか？",
                        "台北での利用は38件でした[1]。"),
         notes="(i) the row from the history (台北), column 令和５年度（件）"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="この補助金で体制を整えた会社で、その後、子会社の不正が発覚した例はどのくらいありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline gives applications, grants, subsidiaries and amounts, not what happened afterwards "
               "(第８条 only requires reports)",
         absent=["発覚", "見つかった"]),
    dict(question="令和６年度に交付を受けた会社の子会社は、どこの国にあるものが多いですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="(b) gives the number of subsidiaries (対象子会社数) per year, not their countries; the three cases "
               "name three countries only",
         absent=["国別", "所在国"]),
    dict(question="回答した企業のうち、海外の個人データの漏えいを起こしたことがある企業は何社ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives handling, rules and their status, and the difficulties, not incidents",
         absent=["漏えい", "漏洩", "流出"]),
    dict(question="規制への対応にかかった費用は、１社当たり平均でいくらでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the prose of ２ gives the costs in three bands (49 / 31 / ６社), not an average",
         absent=["平均"]),
    dict(question="購入調査で買った商品の代金と送料は、１件当たり平均でいくらぐらいかかっていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="note ※３ says the goods and shipping are billed at cost, without any amount",
         absent=["平均", "送料の額"]),
    dict(question="令和６年度にサービスを利用した事業者の満足度はどうでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the requests (253) and the users (118事業者), not their satisfaction",
         absent=["満足"]),
]
CATEGORY_COUNTS = {"kanri": 11, "data": 10, "tento": 8, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h63q", "h63t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, H, I, J = (
    "補助率及び補助金の上限額", "申請と交付の実績", "経費区分別の交付額",
    "業種別の回答企業と取扱企業", "該当する規制と対応の状況（複数回答）", "対応上の課題（複数回答）",
    "調査の種類別の料金（１都市当たり）", "調査できる都市と利用件数", "商品分類別の利用件数")
LETTERS = dict(zip((A, B, C, D, E, F, H, I, J), "abcdefhij"))
ROW_MANUAL = label(RATES[0][0])  # 管理規程・マニュアルの整備（翻訳を含む）
ROW_SYSTEM = label(RATES[1][0])  # 会計・管理システムの導入（初年度の利用料を含む）
CASE_COST = 65  # 万円, the cost in h63q03


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y, unit) -> str:
    q = half_up(Decimal(x) / Decimal(y), "0.1")
    return f"{int(q) if q == q.to_integral() else q}{unit}"


def _grant(cost, rate, cap) -> str:
    q = min(Decimal(cost) * Decimal(rate) / 100, Decimal(cap))
    return f"{int(q) if q == q.to_integral() else q}万円"


COMPUTED = {  # question id -> the answer string, computed from gold cells (or, where a note says so, prose data)
    "h63q03": lambda g: _grant(CASE_COST, g(A, ROW_MANUAL, "補助率（％）／小規模企業者", 2025),
                               g(A, ROW_MANUAL, "上限額（万円）／１社", 2025)),
    "h63q05": lambda g: _avg(sum(g(B, era(y), "交付額（万円）", y) for y, *_x in RECORD),
                             sum(g(B, era(y), "交付件数（件）", y) for y, *_x in RECORD), "万円"),
    "h63q07": lambda g: _pct(g(C, ROW_SYSTEM, "令和６年度", 2024), g(C, "合計", "令和６年度", 2024)),
    "h63q08": lambda g: f"{g(C, ROW_MANUAL, '令和６年度', 2024) - g(C, ROW_MANUAL, '令和４年度', 2022):,}千円",
    "h63q14": lambda g: _pct(g(D, "情報通信業", "取扱企業（社）", 2024), g(D, "情報通信業", "回答企業数（社）", 2024)),
    "h63q17": lambda g: _pct(g(E, "米国（州法）", "対応済み（社）", 2024), g(E, "米国（州法）", "該当企業（社）", 2024)),
    "h63q20": lambda g: _pct(COSTS[0][0], g(D, "合計", "うち対応済み（社）", 2024)),
    "h63q25": lambda g: f"{g(H, '売場調査', '県内中小企業（円）', 2025) * 3 // 2:,}円",
    "h63q29": lambda g: _pct(g(J, "化粧品・日用品", "購入調査（件）", 2024), g(J, "化粧品・日用品", "計（件）", 2024)),
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {KANRI_PDF: (3, 3), DATA_PDF: (3, 3), TENTO_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (200, 250)
TABLE_QUESTIONS = 19  # at least, outside the followups
BEFORE_BREAK_ROWS = MANUFACTURING  # rows of (d) expected before the page break (the six manufacturing industries)
CONTINUED_ROWS = ("情報通信業", "卸売・小売業", "サービス業", "その他", "合計")  # and after it


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout63.py")
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
                bare = re.sub(r"(%|千円|万円|円|件|人|社)$", "", nfkc(a))
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout63.py")
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
        if g["fiscal_year"] is None or g["fiscal_year_range"] is not None:
            errors.append(f"{g['id']}: every cell of this set has one fiscal_year and no range")
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
            # each printed row, cell after cell (the mark cells included), on its page
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

    # (a): small firms get at least the rate of other firms; two or more subsidiaries at least the cap of one
    for row, r in t[A].items():
        if r["補助率（％）／小規模企業者"] < r["補助率（％）／中小企業者"] or r["上限額（万円）／２社以上"] < r["上限額（万円）／１社"]:
            errors.append(f"{A} / {row}: 小規模企業者 or ２社以上 below the other leaf")
        if r["上限額（万円）／１社"] > FIRM_CAP or r["上限額（万円）／２社以上"] > FIRM_CAP_MULTI:
            errors.append(f"{A} / {row}: a cap above the firm cap of note ※２")
    # (b): growing applications; grants within applications; small firms within grants; caps
    b = t[B]
    ns = [r["申請件数（件）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for row, r in b.items():
        if not r["うち小規模企業者（件）"] <= r["交付件数（件）"] <= r["申請件数（件）"] \
                or r["交付件数（件）"] > r["対象子会社数（社）"] \
                or r["交付額（万円）"] > r["交付件数（件）"] * FIRM_CAP_MULTI:
            errors.append(f"{B} / {row}: grants out of range")
    # (c): 合計 adds up; each year's 合計 in 千円 equals (b)'s 交付額 in 万円 (note ※４); システム the largest
    c = t[C]
    year_cols = [era(y) for y in ITEM_YEARS]
    adds_up(C, year_cols)
    for y in ITEM_YEARS:
        if c["合計"][era(y)] != 10 * b[era(y)]["交付額（万円）"]:
            errors.append(f"{C}: 合計 of {era(y)} differs from {B}")
        if max((r[era(y)], k) for k, r in c.items() if k != "合計")[1] != ROW_SYSTEM:
            errors.append(f"{C}: 「会計・管理システムの導入が毎年度最も多く」 does not hold in {era(y)}")
    # (d): 合計 adds up; 取扱 within 回答, 対応済み within 取扱; the totals equal the firm sizes of the prose
    d = t[D]
    adds_up(D, ("回答企業数（社）", "取扱企業（社）", "うち対応済み（社）"))
    if any(not r["うち対応済み（社）"] <= r["取扱企業（社）"] <= r["回答企業数（社）"] for r in d.values()):
        errors.append(f"{D}: 対応済み ≤ 取扱 ≤ 回答 does not hold")
    if d["合計"]["回答企業数（社）"] != sum(s[1] for s in SIZES) or d["合計"]["取扱企業（社）"] != sum(s[2] for s in SIZES):
        errors.append(f"{D}: 合計 differs from the firm sizes")
    if sum(x for x, _l in COSTS) != d["合計"]["うち対応済み（社）"]:
        errors.append(f"{D}: the cost bands of the prose do not add up to 対応済み")
    # (e): the per cents in brackets are the counts over (d)'s 取扱企業; the three states add up to the count
    n = d["合計"]["取扱企業（社）"]
    for row, r in t[E].items():
        if Decimal(str(r["該当企業（社）／割合"])) != pct1(r["該当企業（社）"], n):
            errors.append(f"{E} / {row}: the bracketed per cent differs from the count")
        if r["対応済み（社）"] + r["対応中（社）"] + r["未着手（社）"] != r["該当企業（社）"] or r["該当企業（社）"] > n:
            errors.append(f"{E} / {row}: 対応済み + 対応中 + 未着手 differs from 該当企業")
        if r["対応済み（社）"] > d["合計"]["うち対応済み（社）"]:
            errors.append(f"{E} / {row}: more 対応済み than (d)")
    # (f): the per cents come from the counts; the ｎ from the prose firm sizes and (d)
    hs, hl = SIZES[0][2], SIZES[1][2]
    if hs + hl != n:
        errors.append(f"{F}: the ｎ differ from {D}")
    for name, a, bb in ISSUES:
        r = t[F][name]
        if tuple(Decimal(str(r[k])) for k in ("全体", "中小企業", "大企業")) != (pct1(a + bb, n), pct1(a, hs), pct1(bb, hl)):
            errors.append(f"{F} / {name}: per cents differ from the counts")
    # (h): the other users pay twice the small firms' fee
    for row, r in t[H].items():
        if r["その他の事業者（円）"] != 2 * r["県内中小企業（円）"]:
            errors.append(f"{H} / {row}: その他の事業者 is not twice 県内中小企業")
    # (i): 合計 adds up; its 令和６年度 equals (j)'s 合計 計
    year_i = [f"{era(y)}（件）" for y in CITY_YEARS]
    adds_up(I, year_i)
    j = t[J]
    if t[I]["合計"][year_i[1]] != j["合計"]["計（件）"]:
        errors.append(f"{I}: 合計 differs from {J}")
    # (j): each 計 is its row's sum; the subtotals and 合計 add up
    jcols = ("価格調査（件）", "売場調査（件）", "購入調査（件）", "計（件）")
    for row, r in j.items():
        if r["計（件）"] != sum(r[k] for k in jcols[:3]):
            errors.append(f"{J} / {row}: 計 is not the sum of the kinds")
    for sub, members in GROUPS:
        adds_up(J, jcols, [m[0] for m in members], total=sub)
    adds_up(J, jcols, [sub for sub, _m in GROUPS])
    # (i)/(j): no 購入調査 counted where no city takes it would be unknowable; at least the kinds are offered
    if not any(r[3] == "○" for r in CITIES) and j["合計"]["購入調査（件）"]:
        errors.append(f"{J}: 購入調査 counted but no city takes it")
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
        on = [i + 1 for i, p in enumerate(pages[DATA_PDF]) if header in norm(p)]
        if ind.repeat_header or on != bp[:1]:
            errors.append(f"{D}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[1]}
        if not 2 <= len(first) <= 7:
            errors.append(f"{D}: {len(first)} rows before the page break, expected 2-7")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{D}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("建設業、運輸業等") not in norm(pages[DATA_PDF][bp[1] - 1]):
            errors.append(f"{D}: note ※１ should follow the table on the continuation page")
    for key, spec in specs.items():
        if key == "industries":
            continue
        tp = {g["page"] for g in gold if g["table"] == spec.title}
        if len(tp) != 1:
            errors.append(f"{spec.title} is on pages {sorted(tp)}, expected one page")
    if specs["issues"].ruled or not all(s.ruled for k, s in specs.items() if k != "issues"):
        errors.append(f"only {F} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns with different leaves; two rows printed on two lines
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／中小企業者", "補助率（％）／小規模企業者", "上限額（万円）／１社", "上限額（万円）／２社以上"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "万円"}:
        errors.append(f"{A}: units should come from the header groups")
    two_line = [r[0] for r in specs["rates"].rows if "\n" in r[0]]
    apage = min(g["page"] for g in gold if g["table"] == A)
    raw_lines = [x.strip() for x in pages[KANRI_PDF][apage - 1].splitlines()]
    if len(two_line) != 2 or any(not all(part in raw_lines for part in r.split("\n")) for r in two_line):
        errors.append(f"{A}: expected two row labels printed on two lines each")
    # (b): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::5] != [y for y, *_x in RECORD]:
        errors.append(f"{B}: expected years as rows")
    # (c): the unit printed above the table's top right, not in the caption line; years as columns
    cpage = pages[KANRI_PDF][min(g["page"] for g in gold if g["table"] == C) - 1]
    lines = [x.strip() for x in cpage.splitlines()]
    cap = [k for k, x in enumerate(lines) if x.startswith("○") and C in x]
    if not cap or "単位" in lines[cap[0]] or lines[cap[0] + 1] != "（単位：千円）" \
            or {g["unit"] for g in gold if g["table"] == C} != {"千円"}:
        errors.append(f"{C}: expected （単位：千円） on its own line between the caption and the table")
    if any(g["fiscal_year"] != fiscal_year(g["column"]) for g in gold if g["table"] == C):
        errors.append(f"{C}: expected the fiscal years as columns")
    # (e): every 該当企業 cell is a count with its per cent in brackets; two gold cells each
    eg = [g for g in gold if g["table"] == E]
    if any(not BRACKET_CELL.fullmatch(r[1]) for r in specs["rules"].rows) \
            or sum(g["column"] == "該当企業（社）／割合" and g["unit"] == "%" for g in eg) != len(RULES) \
            or sum(g["column"] == "該当企業（社）" and g["unit"] == "社" for g in eg) != len(RULES):
        errors.append(f"{E}: expected counts with their per cents in brackets in one cell")
    # (f): per cents only, unit from the caption note
    if {g["unit"] for g in gold if g["table"] == F} != {"%"}:
        errors.append(f"{F}: expected per cents only")
    # (i): three columns of marks (○ / －), no gold cells, both marks used; the year columns are gold
    cities = specs["cities"]
    marks = {r[c] for r in cities.rows[:-1] for c in cities.mark_cols}
    if cities.mark_cols != (1, 2, 3) or marks != set(MARKS) \
            or {g["column"] for g in gold if g["table"] == I} != {f"{era(y)}（件）" for y in CITY_YEARS} \
            or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in gold if g["table"] == I):
        errors.append(f"{I}: expected mark columns ○ / － and gold cells only in the year columns")
    # (j): subtotal rows inside the table, drawn as total rows, and a total column on the right
    jrows = list(dict.fromkeys(g["row"] for g in gold if g["table"] == J))
    subs = [s for s, _m in GROUPS]
    if not all(s in jrows[:-1] for s in subs) or jrows[-1] != "合計" \
            or not all(s in specs["groups"].bold_rows for s in subs) \
            or list(dict.fromkeys(g["column"] for g in gold if g["table"] == J))[-1] != "計（件）":
        errors.append(f"{J}: expected subtotal rows {subs} inside the table and a 計 column")
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
        got = re.findall(r"099-67\d-\d{4}", text)
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
    kt = norm("\n".join(pages[KANRI_PDF]))
    siblings(kt, KANRI_PDF, ("対象の子会社：", "主な取組：", "補助金の額："), [c[0] for c in KANRI_CASES])
    if norm(f"延べ{sum(r[2] for r in RECORD)}件、{sum(r[5] for r in RECORD):,}万円") not in kt:
        errors.append("guideline: the totals in the prose differ from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件に交付しました（うち小規模企業者{fw(last[3])}件）") not in kt:
        errors.append("guideline: the 令和６年度 figures in the prose differ from (b)")
    for head, sub, _what, amount, items, small in KANRI_CASES:
        multi = "２社" in sub
        col = 4 if multi else 3
        cap = FIRM_CAP_MULTI if multi else FIRM_CAP
        if int(amount.rstrip("万円")) > min(cap, sum(RATES[x][col] for x in items)):
            errors.append(f"guideline: case {head} exceeds its caps")
    arts = re.findall(r"第([１-９])条", "\n".join(pages[KANRI_PDF]))
    if [a for a in dict.fromkeys(arts)] != [fw(i) for i in range(1, 9)] or norm("附則") not in kt \
            or norm("別表（第４条関係）") not in kt:
        errors.append("guideline: expected 第１条–第８条, 附則 and 別表")
    if re.findall(r"20\d\d年", kt) != ["2020年"]:
        errors.append("guideline: only 2020年度 should be printed in Western form")
    defs(kt, ("海外子会社", "中小企業者", "小規模企業者"), "guideline")
    for x in EXCLUDED:
        if norm(x) not in kt:
            errors.append(f"guideline: the cost not covered {x} is missing")
    bullets_in(KANRI_PDF, len(EXCLUDED), "guideline")
    steps_of(KANRI_PDF, "①②③④⑤⑥", "guideline")
    contacts(KANRI_PDF, ["099-671-4410", "099-671-4419", "099-671-4500"], ["momi-kogaisha@example.jp"], "guideline")

    # ---- the survey of personal-data rules
    dt = norm("\n".join(pages[DATA_PDF]))
    siblings(dt, DATA_PDF, ("取り扱うデータ：", "行った対応：", "要した費用："), [c[0] for c in DATA_CASES])
    total, n, k = respondents(), handlers(), done()
    if norm(f"{total}社（回答率{pct1(total, TARGET)}％）") not in dt \
            or norm(f"回答企業{total}社のうち{n}社（{pct1(n, total)}％）") not in dt \
            or norm(f"全て終えた企業は{k}社（{pct1(k, n)}％）") not in dt:
        errors.append("survey: the response and handling figures in the prose differ from (d)")
    if not Decimal(PREV_SHARE) < pct1(n, total):
        errors.append("survey: 「前回の調査…から増えた」 does not hold")
    share = {r[0]: r[2] / r[1] for r in INDUSTRIES}
    mf = manufacturing_split()
    if max(share, key=share.get) != "情報通信業" or norm(f"製造業では{pct1(*mf[:2])}％、非製造業では{pct1(*mf[2:])}％") not in dt:
        errors.append("survey: the shares by industry in the prose do not hold")
    (s_name, s_n, s_h), (l_name, l_n, l_h) = SIZES
    if norm(f"大企業は{l_n}社のうち{l_h}社") not in dt or norm(f"中小企業は{s_n}社のうち{s_h}社") not in dt:
        errors.append("survey: the firm sizes in the prose differ from the data")
    counts = {r[0]: sum(r[1:]) for r in RULES}
    ranked = sorted(counts, key=counts.get, reverse=True)
    untouched = sorted(RULES, key=lambda r: -r[3])
    if ranked[:2] != ["ＥＵ（ＧＤＰＲ）", "中国"] or counts[ranked[1]] == counts[ranked[2]] \
            or untouched[0][0] != "ベトナム" or untouched[1][0] != "中国" or untouched[1][3] == untouched[2][3]:
        errors.append("survey: the rankings of (e) in the prose (and the second 未着手) do not hold")
    if [r[0] for r in RULES].index("中国") == 1:
        errors.append("survey: the second-largest 未着手 should not be printed second")
    hs, hl = SIZES[0][2], SIZES[1][2]
    if max(ISSUES, key=lambda r: r[1])[0] != "規制の内容が分からない" or max(ISSUES, key=lambda r: r[2])[0] != "規制が国ごとに異なる":
        errors.append("survey: the tops of (f) in the prose do not hold")
    if re.findall(r"20\d\d年", dt) != ["2024年"] or re.findall(r"20\d\d年度", dt):
        errors.append("survey: only 2024年 (調査基準日) should be printed in Western form")
    defs(dt, ("海外個人データ", "取扱企業", "対応済み", "中小企業"), "survey")
    bullets_in(DATA_PDF, 3, "survey")
    steps_of(DATA_PDF, "①②③④", "survey")
    contacts(DATA_PDF, ["099-674-2210", "099-674-2219", "099-674-2300"], ["momi-chosa@example.jp"], "survey")

    # ---- the service guide
    tt = norm("\n".join(pages[TENTO_PDF]))
    siblings(tt, TENTO_PDF, ("調べる内容：", "報告までの期間：", "報告の方法："), [k[0] for k in KINDS])
    if [k[0] for k in KINDS] != [f[0] for f in FEES[:3]] or [k[0] for k in KINDS] != ["価格調査", "売場調査", "購入調査"]:
        errors.append("guide: the sibling sections should be the first three rows of (h)")
    allm = [m for _s, ms in GROUPS for m in ms]
    tot = sum(sum(m[1:]) for m in allm)
    kinds = [sum(m[j] for m in allm) for j in (1, 2, 3)]
    prev = sum(r[4] for r in CITIES)
    if norm(f"利用件数は{tot}件（価格調査{kinds[0]}件、売場調査{kinds[1]}件、購入調査{kinds[2]}件）") not in tt \
            or norm(f"前年度の{prev}件から{tot - prev}件増えました") not in tt:
        errors.append("guide: the use figures in the prose differ from (i) and (j)")
    if max(CITIES, key=lambda r: r[5])[0] != "上海" or max(allm, key=lambda m: sum(m[1:]))[0] != "加工食品":
        errors.append("guide: 「上海が最も多く」 or 「加工食品が最も多く」 does not hold")
    if PREV_USERS > tot:
        errors.append("guide: more users than requests")
    if re.findall(r"20\d\d年", tt):
        errors.append("guide: no Western year should be printed")
    defs(tt, ("店頭調査", "１件", "営業日"), "guide")
    bullets_in(TENTO_PDF, 4, "guide")
    raw = "\n".join(pages[TENTO_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("guide: expected three Ｑ lines and three Ａ lines")
    steps_of(TENTO_PDF, "①②③④⑤⑥", "guide")
    contacts(TENTO_PDF, ["099-677-3310", "099-677-3319", "099-677-3400"], ["momi-tento@example.jp"], "guide")
    # every phone number of the set is fictional (099-67x-xxxx), every mail address under example.jp
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
