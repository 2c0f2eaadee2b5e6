"""Build the 梢県 held-out set 69: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (梢県 and every town, scheme, organisation, phone number, address
and figure). The documents are in three genres the earlier sets do not use: a grant guideline
(交付要綱) for a subsidy towards small firms' international standardisation work
(国際標準化活動支援補助金: drafting a proposed standard, tests backing it, attending the
international committee meetings, translation, hosting a meeting) with a two-level header of
rates and caps holding 「－」 cells, a yearly record (years as rows, header cells printed over two
lines, 「－」 for the years before the small-firm rate) and a KPI table with 目標 / 実績 / 達成率 and a
mark column (◎ ○ △); the report of a survey of the prefecture's firms on trade fraud and
payment scams in their dealings abroad (海外取引詐欺・送金トラブル実態調査) with the firms by
industry (a table continued over a page break without its header, header cells over two lines),
the kinds of fraud in two survey years with a 増減 column printing decreases with ▲ and an
unruled table of the measures by firm size; and the user guide (利用案内) of a prefectural
service that audits foreign suppliers' factories on a firm's behalf (海外工場監査代行サービス)
with the fees by region, the audits by country with a total column on the right and the
findings and their follow-up by audit item; see README.md beside this file.

    python make_heldout69.py [OUTPUT_DIR]          # default: this file's directory

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

HYOJUN_PDF = "kozue_kokusai_hyojunka_hojokin_kofu_yoko_r7.pdf"
SAGI_PDF = "kozue_kaigai_torihiki_sagi_chosa_r6.pdf"
KANSA_PDF = "kozue_kaigai_kojo_kansa_service_riyo_annai_r7.pdf"
ALL_PDFS = (HYOJUN_PDF, SAGI_PDF, KANSA_PDF)

UNITS = ("百万円", "千円", "万円", "円", "件", "人", "社", "%")  # longest first: 百万円 before 万円
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
DASH = "－"  # a cell with no figure (not covered / not yet asked); no gold cell
DECREASE = "▲"  # marks a negative figure in a 増減 column
MARKS = ("◎", "○", "△")  # the evaluation marks of the KPI table (note ※５)
PHONE_PREFIX = "099-73"  # every phone number of the set: 099-73x-xxxx
MAIL_DOMAIN = "@example.jp"
OTHER_PREFS = ("樗県", "槐県")  # the other helper's prefecture and heldout59's: named in no document


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
    """(number, unit) as printed after NFKC; ▲ makes the number negative; (None, None) for text."""
    v = nfkc(value).strip()
    sign = 1
    if v.startswith(DECREASE):
        sign, v = -1, v[len(DECREASE):]
    number, unit = docgen.parse_number(v, UNITS)
    return (None, None) if number is None else (sign * number, unit)


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
    """A table cell: None as 「－」, an int as docgen prints it (single digits full-width), a
    Decimal with one decimal."""
    if x is None:
        return DASH
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def signed(n: int) -> str:
    """A 増減 cell: decreases with ▲, increases without a sign."""
    return f"{DECREASE}{fw(-n)}" if n < 0 else fw(n)


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf, optional columns that
    cover a range of fiscal years (a 増減 column), and optional columns that are printed but are
    no gold cells (the mark column of a KPI table)."""

    col_range: dict | None = None  # {col: [first, last]} for columns spanning several fiscal years
    mark_col: int | None = None  # a printed column of ◎ ○ △: no gold cell

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
            if value == DASH:  # nothing printed but a dash: no gold cell
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


ART_HEAD = pstyle("art_head", MINCHO, 10.5, 17, left=docgen.EM, spaceBefore=3, keepWithNext=1)
ART = pstyle("art", MINCHO, 10.5, 17, left=docgen.EM, first=-docgen.EM)
ART_ITEM = pstyle("art_item", MINCHO, 10.5, 17, left=4 * docgen.EM, first=-2 * docgen.EM)
SUPPL = pstyle("suppl", GOTHIC, 10.5, 17, left=3 * docgen.EM, spaceBefore=6, keepWithNext=1)


def article(head: str, n: int, text: str, *more):
    """（見出し） then 「第ｎ条　…」; further paragraphs as 「２　…」 and items as 「（１）…」."""
    out = [P(f"（{head}）", ART_HEAD), P(f"第{fw(n)}条　{text}", ART)]
    k = 2
    for m in more:
        if m.startswith("（"):
            out.append(P(m, ART_ITEM))
        else:
            out.append(P(f"{fw(k)}　{m}", ART))
            k += 1
    return out


PREF = "梢県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: standardisation subsidy, grant guideline
HYOJUN = f"{PREF}国際標準化活動支援補助金"
HYOJUN_DEPT = f"{PREF} 商工労働部 国際経済課"
SODAN = f"{PREF}産業技術センター 標準化相談室"
RATES = [  # 経費区分; 補助率（％）: 中小企業者, 小規模企業者; 上限額（千円）: 新規提案, 審議参加 (None: －)
    ("規格原案の作成に係る専門家謝金", 50, 70, 1500, None),
    ("規格原案を裏付ける試験・評価費", 50, 70, 2000, None),
    ("国際会議への出席旅費", 50, 70, 800, 600),
    ("規格原案・審議資料の翻訳費", 60, 80, 500, 300),
    ("国際会議の県内開催費", 40, 50, 1000, 500),
]
FIRM_CAP = {"新規提案": 300, "審議参加": 100}  # note ※２: 万円 per firm and fiscal year
RECORD = [  # 年度, 申請件数, 交付件数, うち小規模企業者 (None before 令和４年度), うち新規提案, 交付額（千円）
    (2020, 7, 5, None, 2, 6840), (2021, 9, 6, None, 3, 8120), (2022, 12, 8, 2, 3, 10460),
    (2023, 15, 10, 3, 4, 13250), (2024, 18, 11, 4, 5, 15380),
]
SMALL_RATE_FROM = 2022  # the small-firm rate was introduced in 令和４年度 (note ※４)
KPI_FY = 2024
KPIS = [  # 指標 (unit in brackets), 目標, 実績 (令和６年度)
    ("新規提案の件数（件）", 6, 5), ("国際会議への派遣人数（人）", 20, 24),
    ("国際規格として発行された件数（件）", 2, 1), ("補助事業者の海外売上高（百万円）", 400, 436),
    ("標準化相談室の相談件数（件）", 120, 103),
]
HYOJUN_CASES = [  # 見出し, 対象の国際標準, 活動の区分, 補助金の額 (same labels); size, cost items
    ("精密部品製造業Ａ社（梢市）", "小型歯車の精度の測定方法（ＩＳＯ）", "新規提案（試験・評価と規格原案の作成）",
     "2,460千円", "中小企業者", ("規格原案の作成に係る専門家謝金", "規格原案を裏付ける試験・評価費")),
    ("食品機械製造業Ｂ社（枝川市）", "食品加工機械の衛生設計（ＩＳＯ）", "審議参加（国際会議への出席と資料の翻訳）",
     "780千円", "中小企業者", ("国際会議への出席旅費", "規格原案・審議資料の翻訳費")),
    ("繊維製品製造業Ｃ社（苔野町）", "機能性繊維の吸湿性の試験方法（ＩＳＯ）", "新規提案（試験・評価と規格原案の翻訳）",
     "1,920千円", "小規模企業者", ("規格原案を裏付ける試験・評価費", "規格原案・審議資料の翻訳費")),
]
EXCLUDED = [  # 第５条: 補助の対象としない経費
    "国際標準化機関及び国内審議団体の会費",
    "補助事業者の役員及び従業員の人件費",
    "国内で開かれる会議への出席旅費",
    "発行済みの規格の購入費",
    "交付決定の日より前に発注し、又は支払った経費",
]


def mark(rate: Decimal) -> str:
    return MARKS[0] if rate >= 100 else MARKS[1] if rate >= 80 else MARKS[2]


def hyojun_specs():
    rates = TableSpec(
        key="rates", doc=HYOJUN_PDF, title="補助対象経費ごとの補助率と上限額",
        header=[["経費区分", "補助率（％）", "", "上限額（千円）", ""],
                ["", "中小企業者", "小規模企業者", "新規提案", "審議参加"]],
        rows=[[n, fw(a), fw(b), cell(c), cell(d)] for n, a, b, c, d in RATES],
        col_widths=[60 * mm, 25 * mm, 27 * mm, 24 * mm, 24 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    record = TableSpec(
        key="record", doc=HYOJUN_PDF, title="交付の実績",
        header=[["年度", "申請\n件数（件）", "交付\n件数（件）", "うち小規模\n企業者（件）", "うち新規\n提案（件）",
                 "交付額\n（千円）"]],
        rows=[[era(y), fw(a), fw(b), cell(s), fw(p), fw(g)] for y, a, b, s, p, g in RECORD],
        col_widths=[28 * mm, 25 * mm, 25 * mm, 28 * mm, 25 * mm, 27 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    kpi = TableSpec(
        key="kpi", doc=HYOJUN_PDF, title="成果指標の達成状況",
        header=[["指標", "目標", "実績", "達成率（％）", "評価"]],
        rows=[[n, fw(t), fw(a), cell(pct1(a, t)), mark(pct1(a, t))] for n, t, a in KPIS],
        col_widths=[70 * mm, 20 * mm, 20 * mm, 26 * mm, 16 * mm], value_cols=[1, 2, 3], table_fy=KPI_FY,
    )
    kpi.mark_col = 4
    kpi.unit = lambda row, c, s=kpi: bracket_unit(s.column_label(c)) if c == 3 else bracket_unit(row[0])
    return rates, record, kpi


def hyojun_story(specs):
    rates, record, kpi = specs
    n_all, amt_all = sum(r[2] for r in RECORD), sum(r[5] for r in RECORD)
    last = RECORD[-1]
    st = [P(f"{HYOJUN}交付要綱", TITLE), P("令和７年３月28日制定", DATE_RIGHT), P(HYOJUN_DEPT, DATE_RIGHT),
          Spacer(1, 2 * mm)]
    st += article("趣旨", 1, f"この要綱は、県内の中小企業者が海外市場での競争力を高めるために行う国際標準化活動に要する経費に対し、予算の範囲内で{HYOJUN}（以下「補助金」という。）を交付することについて、{PREF}補助金等交付規則（以下「規則」という。）に定めるもののほか、必要な事項を定めるものとする。")
    st += article("定義", 2, "この要綱において「国際標準」とは、国際標準化機構（ＩＳＯ）、国際電気標準会議（ＩＥＣ）その他の国際標準化機関が定める規格をいう。",
                  "この要綱において「新規提案」とは、国際標準化機関に対し、新たな国際標準の原案又は既存の国際標準の改正案を提出することをいい、「審議参加」とは、新規提案を伴わずに、国際標準化機関の技術委員会等の審議に専門家として参加することをいう。",
                  "この要綱において「小規模企業者」とは、常時使用する従業員の数が20人（商業又はサービス業を主たる事業とする者は５人）以下の中小企業者をいう。")
    st += article("補助対象者", 3, "補助金の交付の対象となる者は、次の各号のいずれにも該当する中小企業者とする。",
                  "（１）県内に本社又は主たる事業所を有すること。",
                  "（２）新規提案又は審議参加について、国内審議団体の推薦又は承認を受けていること。")
    st += article("補助対象経費等", 4, "補助の対象となる経費、補助率及び補助金の上限額は、別表のとおりとする。",
                  "同一の国際標準について、同一の年度に新規提案と審議参加の両方の補助金の交付を申請することはできない。")
    st += article("補助対象外経費", 5, "次に掲げる経費は、補助の対象としない。")
    st += bullets(EXCLUDED, 1)
    st += article("交付の申請", 6, "補助金の交付を受けようとする者は、交付申請書（様式第１号）に次に掲げる書類を添えて、知事が別に定める期間内に提出しなければならない。",
                  "（１）事業計画書（様式第２号）",
                  "（２）国内審議団体の推薦書又は承認書の写し",
                  "（３）経費の見積書の写し")
    st += article("実績報告", 7, "補助事業者は、補助事業が完了した日から起算して30日を経過した日又は補助金の交付の決定を受けた年度の３月10日のいずれか早い日までに、実績報告書（様式第５号）を知事に提出しなければならない。")
    st += article("成果の報告", 8, "補助事業者は、補助事業が完了した年度の翌年度から３年間、毎年度６月末日までに、国際標準の審議の状況及び発行の有無を知事に報告しなければならない。")
    st += [P("附　則", SUPPL)]
    st += [P("１　この要綱は、令和７年４月１日から施行する。", ART),
           P("２　令和２年３月制定の国際標準化活動支援補助金交付要綱は、廃止する。", ART)]
    st += [P("別表（第４条関係）", H1)]
    st += [caption(rates.title, "（令和７年度以降）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「－」は、その区分では補助の対象とならないことを示す。",
        f"※２ 補助金の額は、１事業者１年度当たり、新規提案は{FIRM_CAP['新規提案']}万円、審議参加は{FIRM_CAP['審議参加']}万円を上限とし、千円未満の端数は切り捨てる。",
    ])
    st += [P("（参考１）令和７年度の募集", H1)]
    st += lv_lines([
        ("募集期間", "令和７年５月12日から６月20日まで（必着）"),
        ("予算額", "1,800万円"),
        ("採択予定件数", "12件程度"),
        ("事前相談", f"必須（{SODAN}）"),
    ], 0)
    st += [P("（参考２）これまでの実績", H1)]
    st += paras(f"""
制度を始めた令和２年度（2020年度）から令和６年度までに、延べ{n_all}件、{amt_all // 10:,}万円を交付した。令和６年度は{last[1]}件の申請に対し{last[2]}件を交付した（うち新規提案{fw(last[4])}件）。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += notes(["※４ 小規模企業者の補助率は令和４年度に設けたため、令和３年度までは「－」としている。"])
    st += [P("（参考３）成果指標", H1)]
    st += [caption(kpi.title, "（令和６年度）"), kpi.flowable(), Spacer(1, 2)]
    st += notes(["※５ 達成率は、実績を目標で除したものである。評価は、達成率が100％以上を◎、80％以上100％未満を○、80％未満を△とした。"])
    st += [P("（参考４）活用事例（令和６年度）", H1)]
    for i, (head, std, kind, amount, _size, _items) in enumerate(HYOJUN_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("対象の国際標準", std), ("活動の区分", kind), ("補助金の額", amount)], 1)
    st += [P("（参考５）申請から交付までの流れ", H1)]
    st += numbered([
        f"① 事前相談（{SODAN}で、提案の内容と国内審議団体の手続を確認）",
        "② 交付申請書の提出（募集期間内に、国際経済課へ）",
        "③ 審査（書類審査と面談、令和７年７月中旬）",
        "④ 交付決定の通知（令和７年８月上旬）",
        "⑤ 補助事業の実施と実績報告（第７条）",
        "⑥ 補助金の額の確定と支払（令和８年３月）",
    ], 0)
    st += [CondPageBreak(30 * mm), P("問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{HYOJUN_DEPT} 産業連携班　電話：099-731-4410　ファクス：099-731-4419",
        f"{SODAN}（事前相談）　電話：099-731-4500",
        "電子メール：kozue-hyojun@example.jp",
    ]))
    return st


# ================================================================ document 2: trade fraud survey, report
SAGI = f"{PREF}内企業の海外取引詐欺・送金トラブル実態調査"
SAGI_DEPT = f"{PREF} 商工労働部 貿易振興課"
KYOKAI = f"一般社団法人{PREF}貿易協会"
TARGET = 900  # 調査対象の企業
INDUSTRIES = [  # 業種, 回答企業数, 詐欺に遭遇した企業, 被害企業, 被害額（万円）
    ("食料品", 48, 11, 3, 214), ("繊維・衣服", 29, 7, 2, 96), ("化学", 25, 6, 1, 38),
    ("金属製品", 37, 9, 2, 175), ("機械", 52, 17, 6, 1262), ("電気機器", 34, 11, 4, 583),
    ("卸売業", 71, 22, 7, 948), ("小売業", 33, 8, 2, 67), ("運輸業", 22, 5, 1, 19), ("その他", 36, 8, 3, 121),
]
SIZES = (("中小企業", 331, 79, 26), ("大企業", 56, 25, 5))  # 回答企業数, 遭遇, 被害 (prose only)
RECOVERY = (3, 8, 20)  # 被害企業: 全額を取り戻せた, 一部を取り戻せた, 取り戻せていない (prose only)
SURVEY_YEARS = (2023, 2024)
TRICKS = [  # 手口, 遭遇件数: 令和５年度調査, 令和６年度調査
    ("取引先を装った振込先口座の変更依頼", 38, 52), ("架空の買い手からの前払金・手数料の要求", 21, 17),
    ("偽の請求書・インボイスの送付", 26, 19), ("代金を支払った商品の不着", 12, 15),
    ("注文と異なる商品の送付（品質・数量の偽装）", 14, 16), ("公的機関・銀行を装った連絡", 9, 13),
    ("その他の手口", 6, 5),
]
MEASURES = [  # 対策, 回答数: 中小企業, 大企業 (複数回答)
    ("振込先の変更は電話等の別の手段で確認", 142, 47), ("送金前に社内の複数の者が確認", 118, 44),
    ("新しい取引先の信用調査", 61, 31), ("電子メールのなりすまし対策", 87, 42),
    ("社員への注意喚起・研修", 74, 38), ("特に対策をしていない", 96, 3),
]
SAGI_CASES = [  # 見出し, 手口, 被害の状況, その後の対策 (same labels in every sibling section)
    ("機械製造業Ｄ社（梢市）", "取引先を装った振込先口座の変更依頼",
     "部品代約680万円を偽の口座に送金し、約200万円を取り戻した", "口座の変更は、取引先の担当者に電話で確かめることにした"),
    ("食料品製造業Ｅ社（枝川市）", "架空の買い手からの前払金・手数料の要求",
     "「輸入登録の手数料」として約45万円を支払ったが、取り戻せていない", "初めての買い手とは、信用調査の結果を見てから商談を進める"),
    ("卸売業Ｆ社（苔野町）", "代金を支払った商品の不着",
     "前払いした約320万円の商品が届かず、約80万円を取り戻した", "初めての仕入先との取引は、信用状（Ｌ／Ｃ）による決済に限った"),
]


def respondents() -> int:
    return sum(r[1] for r in INDUSTRIES)


def sagi_specs():
    rows = [[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in INDUSTRIES]
    rows.append(["合計"] + [fw(sum(r[j] for r in INDUSTRIES)) for j in (1, 2, 3, 4)])
    industries = TableSpec(
        key="industries", doc=SAGI_PDF, title="業種別の遭遇・被害の状況",
        header=[["業種", "回答企業数\n（社）", "詐欺に遭遇した\n企業（社）", "被害企業\n（社）", "被害額\n（万円）"]],
        rows=rows, col_widths=[38 * mm, 30 * mm, 34 * mm, 28 * mm, 30 * mm], table_fy=2024, repeat_header=False,
    )
    industries.unit = lambda row, c, s=industries: bracket_unit(s.column_label(c))
    trows = [[n, fw(a), fw(b), signed(b - a)] for n, a, b in TRICKS]
    ta, tb = sum(r[1] for r in TRICKS), sum(r[2] for r in TRICKS)
    trows.append(["合計", fw(ta), fw(tb), signed(tb - ta)])
    tricks = TableSpec(
        key="tricks", doc=SAGI_PDF, title="手口別の遭遇件数",
        header=[["手口"] + [f"{era(y)}調査" for y in SURVEY_YEARS] + ["増減"]],
        rows=trows, col_widths=[72 * mm, 30 * mm, 30 * mm, 22 * mm], unit="件",
    )
    tricks.col_range = {3: [SURVEY_YEARS[0], SURVEY_YEARS[1]]}
    n_all, n_s, n_l = respondents(), SIZES[0][1], SIZES[1][1]
    measures = TableSpec(
        key="measures", doc=SAGI_PDF, title="講じている対策（複数回答）",
        header=[["対策", "全体", "中小企業", "大企業"]],
        rows=[[x, cell(pct1(a + b, n_all)), cell(pct1(a, n_s)), cell(pct1(b, n_l))] for x, a, b in MEASURES],
        col_widths=[72 * mm, 26 * mm, 26 * mm, 26 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return industries, tricks, measures


def sagi_story(specs):
    industries, tricks, measures = specs
    total = respondents()
    met = sum(r[2] for r in INDUSTRIES)
    hit = sum(r[3] for r in INDUSTRIES)
    loss = sum(r[4] for r in INDUSTRIES)
    (s_name, s_n, s_m, s_h), (l_name, l_n, l_m, l_h) = SIZES
    full, part, none = RECOVERY
    ta, tb = sum(r[1] for r in TRICKS), sum(r[2] for r in TRICKS)
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{SAGI} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年２月", DATE_RIGHT), P(SAGI_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "海外との取引で県内企業が受けている詐欺と送金のトラブルの実態を把握し、被害を防ぐ施策に役立てるため"),
        ("調査対象", f"県内に本社を置き、海外と取引のある企業 {TARGET}社"),
        ("調査基準日", "令和６年（2024年）10月１日"),
        ("調査期間", "令和６年10月７日から11月８日まで"),
        ("調査方法", "郵送及びウェブによるアンケート"),
        ("回答数", f"{total}社（回答率{pct1(total, TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「海外取引詐欺」とは、海外の取引先又は取引先を装う者から、偽りの依頼や請求、なりすまし等により、金銭又は商品をだまし取られ、又はだまし取られそうになったことをいう。「遭遇企業」とは、調査基準日前の１年間に海外取引詐欺に遭った企業をいい、実際に金銭又は商品を失わなかったもの（未遂）を含む。「被害企業」とは、遭遇企業のうち、実際に金銭又は商品を失った企業をいう。また、「送金トラブル」とは、海外への送金又は海外からの入金が、誤った送金、着金の遅れ、口座の凍結等により予定どおりに終わらなかったことをいい、海外取引詐欺によるものを除く。
""", 0)
    st += [P("２　詐欺の遭遇と被害の状況", H1)]
    st += paras(f"""
回答企業{total}社のうち、海外取引詐欺に遭った遭遇企業は{met}社（{pct1(met, total)}％）で、このうち実際に金銭又は商品を失った被害企業は{hit}社であった。被害額の合計は{loss:,}万円で、業種別では機械が最も大きい。企業規模別では、中小企業は{s_n}社のうち{s_m}社、大企業は{l_n}社のうち{l_m}社が詐欺に遭っていた。
被害企業{hit}社のうち、失った金銭等を全額取り戻せた企業は{fw(full)}社、一部を取り戻せた企業は{fw(part)}社で、残る{none}社は全く取り戻せていない。送金トラブルは、回答企業の２割近くが経験していた。
""", 0)
    st += [caption(industries.title, "（令和６年度調査）", keep=False), industries.flowable(), Spacer(1, 2)]
    st += notes(["※１ 被害額は、被害企業が回答した失った金銭と商品の額の合計で、取り戻した額を差し引く前のものである。「その他」は、建設業、サービス業等である。"])
    st += [P("３　詐欺の手口", H1)]
    st += paras(f"""
手口別の遭遇件数は、前回（令和５年度）の調査の{ta}件から{tb - ta}件増えて{tb}件となった。取引先を装って振込先口座の変更を求める手口が最も多く、前回から大きく増えた。一方、偽の請求書の送付や架空の買い手による前払金の要求は減った。
""", 0)
    st += [caption(tricks.title, "（単位：件）"), tricks.flowable(), Spacer(1, 2)]
    st += notes(["※２ 遭遇件数には未遂を含み、１社が複数の手口に遭った場合はそれぞれ数えた。増減は令和６年度調査から令和５年度調査を差し引いたもので、「▲」は減少を示す。"])
    st += [P("４　企業の事例", H1)]
    for i, (head, trick, damage, measure) in enumerate(SAGI_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("手口", trick), ("被害の状況", damage), ("その後の対策", measure)], 1)
    st += [P("５　講じている対策", H1)]
    st += paras("""
詐欺に気付いたきっかけは、取引先への電話での確認が最も多く、次いで銀行からの連絡であった。講じている対策は、全体では「振込先の変更は電話等の別の手段で確認」が最も多い。中小企業では「特に対策をしていない」が約３割あり、大企業との差が大きい。
""", 0)
    st += [caption(measures.title, "（単位：％）"), measures.flowable(), Spacer(1, 2)]
    st += notes([f"※３ 回答企業（全体{total}社、中小企業{s_n}社、大企業{l_n}社）に対する割合である。複数回答のため、合計は100％にならない。"])
    st += [P("６　県への主な要望（自由記述）", H1)]
    st += bullets([
        "新しい手口の事例を、速やかにメール等で知らせてほしい。",
        "取引先の実在を確かめる方法を、相談できる窓口を設けてほしい。",
        "社員向けの詐欺対策の研修を、無料で開いてほしい。",
    ], 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        f"① {KYOKAI}と連携し、手口の事例を毎月メールマガジンで知らせる。",
        "② 詐欺対策セミナーを、令和７年度に県内３か所で開く。",
        "③ 取引先の確認方法をまとめた手引きを作り、県のウェブサイトに掲載する。",
        "④ 次回の調査は、令和７年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{SAGI_DEPT} 調査班　電話：099-734-2210　ファクス：099-734-2219",
        f"{KYOKAI}（詐欺・送金トラブルの相談）　電話：099-734-2300",
        "電子メール：kozue-boeki@example.jp",
    ]))
    return st


# ================================================================ document 3: factory audit service, user guide
KANSA = f"{PREF}海外工場監査代行サービス"
KANSA_DEPT = f"{PREF} 商工労働部 国際経済課"
CENTER = f"一般財団法人{PREF}国際ビジネス支援センター"
KINDS = [  # 見出し, 確認する内容, 現地での日数, 報告の方法 (same labels in every sibling section)
    ("品質監査", "製造工程の管理、検査の方法と記録、設備の保守の状況", "１日", "監査報告書（日本語、写真付き）"),
    ("社会監査", "労働時間、賃金の支払、安全衛生、児童労働・強制労働の有無等の労働環境", "２日",
     "監査報告書（日本語）と是正事項の一覧"),
    ("フォローアップ監査", "前回の監査で指摘した是正事項の改善の状況", "半日", "確認結果報告書（日本語）"),
]
FEES = [  # 監査の種類, アジア（円）, アジア以外（円） (県内中小企業, 令和７年度)
    ("品質監査", 120000, 240000), ("社会監査", 150000, 280000), ("品質・社会の同時監査", 230000, 450000),
    ("フォローアップ監査", 60000, 120000), ("監査報告書の英訳（追加）", 20000, 20000),
]
OTHER_FACTOR = Decimal("1.5")  # note ※２: その他の事業者 pay 1.5 times
AUDITS = [  # 国・地域, 品質監査, 社会監査, フォローアップ監査 (令和６年度)
    ("中国", 18, 9, 6), ("ベトナム", 14, 11, 5), ("タイ", 9, 4, 3), ("インドネシア", 6, 5, 2),
    ("バングラデシュ", 3, 6, 2), ("インド", 4, 2, 1), ("その他", 2, 1, 1),
]
FINDINGS = [  # 監査項目, 指摘件数, 改善を確認 (令和６年度)
    ("製造工程の管理", 21, 15), ("検査の方法と記録", 17, 14), ("設備の保守", 9, 6),
    ("労働時間", 19, 8), ("賃金の支払", 7, 5), ("安全衛生", 15, 11),
]
PREV_AUDITS = 89  # 令和５年度の監査件数 (prose only)
USERS = 47  # 令和６年度に利用した事業者 (prose only)


def kansa_specs():
    fees = TableSpec(
        key="fees", doc=KANSA_PDF, title="監査の種類別の料金",
        header=[["監査の種類", "アジア（円）", "アジア以外（円）"]],
        rows=[[n, fw(a), fw(b)] for n, a, b in FEES],
        col_widths=[62 * mm, 40 * mm, 40 * mm], table_fy=2025,
    )
    fees.unit = lambda row, c, s=fees: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(c), fw(a + b + c)] for n, a, b, c in AUDITS]
    rows.append(["合計"] + [fw(sum(r[j] for r in AUDITS)) for j in (1, 2, 3)] + [fw(sum(sum(r[1:]) for r in AUDITS))])
    audits = TableSpec(
        key="audits", doc=KANSA_PDF, title="国・地域別の監査件数",
        header=[["国・地域", "品質監査", "社会監査", "フォローアップ監査", "計"]],
        rows=rows, col_widths=[34 * mm, 26 * mm, 26 * mm, 38 * mm, 22 * mm], unit="件", table_fy=2024,
    )
    frows = [[n, fw(a), fw(b), cell(pct1(b, a))] for n, a, b in FINDINGS]
    fa, fb = sum(r[1] for r in FINDINGS), sum(r[2] for r in FINDINGS)
    frows.append(["合計", fw(fa), fw(fb), cell(pct1(fb, fa))])
    findings = TableSpec(
        key="findings", doc=KANSA_PDF, title="監査項目別の是正事項と改善の状況",
        header=[["監査項目", "指摘件数（件）", "改善を確認（件）", "改善率（％）"]],
        rows=frows, col_widths=[46 * mm, 34 * mm, 36 * mm, 30 * mm], table_fy=2024,
    )
    findings.unit = lambda row, c, s=findings: bracket_unit(s.column_label(c))
    return fees, audits, findings


def kansa_story(specs):
    fees, audits, findings = specs
    total = sum(sum(r[1:]) for r in AUDITS)
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{KANSA} 利用案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(KANSA_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　サービスの概要", H1)]
    st += paras("""
このサービスは、県内の事業者が商品の製造を委託し、又は部品や商品を仕入れている海外の工場を、事業者に代わって監査員が訪ね、品質や労働環境を確かめて報告するものです。新しい仕入先を選ぶときや、海外の取引先から供給網の管理を求められたときにご利用ください。
""", 0)
    st += lv_lines([
        ("サービス名", KANSA),
        ("実施主体", PREF),
        ("運営", f"{CENTER}（県からの委託）"),
        ("利用できる者", "県内に事業所を有する事業者（個人事業主を含む。）"),
        ("対象となる工場", "利用者の海外の仕入先又は製造委託先の工場（利用者が自ら所有する工場を除く。）"),
        ("実施期間", "令和７年４月１日から令和８年３月31日まで"),
    ], 0)
    st += paras("""
この案内において「監査」とは、センターが契約する現地の監査機関の監査員が工場を訪ね、書類の確認、工程の観察及び聞き取りにより、定められた項目を確かめることをいいます。「１件」とは、１つの工場を１回訪ねて行う監査をいい、同じ会社の工場であっても所在地が異なるものは別の件として数えます。また、「是正事項」とは、監査の結果、基準を満たしていないとされた事項のうち、工場に改善を求めるものをいいます。
""", 0)
    st += [P("２　監査の種類", H1)]
    for i, (head, what, days, how) in enumerate(KINDS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("確認する内容", what), ("現地での日数", days), ("報告の方法", how)], 1)
    st += [P("３　利用料金", H1)]
    st += paras("料金は１件当たりの額で、監査の種類と工場の所在地によって次のとおりです（消費税込み）。", 0)
    st += [caption(fees.title, "（令和７年度）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「アジア」は、東アジア、東南アジア及び南アジアの国・地域をいいます。",
        f"※２ 上表は県内中小企業の料金です。それ以外の事業者の料金は、上表の額の{OTHER_FACTOR}倍とします。",
        "※３ 料金には、監査員の渡航費、宿泊費及び通訳の費用を含みます。",
    ])
    st += [P("４　申込みから報告までの流れ", H1)]
    st += numbered([
        "① 申込み（申込書に、工場の名称、所在地、主な製品及び希望する監査の種類を記入）",
        "② 工場の同意の確認（利用者から工場に監査を受けることを伝え、同意を得てください）",
        "③ 日程の調整と料金の請求（監査機関と工場との間で訪問日を決めます）",
        "④ 料金の支払（訪問日の10日前までに銀行振込み）",
        "⑤ 監査の実施",
        "⑥ 報告（監査の日から14日以内に、報告書を電子メールで送付）",
    ], 0)
    st += [P("５　利用の状況", H1)]
    st += paras(f"""
令和６年度の監査件数は{total}件で、前年度の{PREV_AUDITS}件から{total - PREV_AUDITS}件増えました。利用した事業者は{USERS}事業者です。国・地域別では中国が最も多く、社会監査ではベトナムが最も多くなっています。
""", 0)
    st += [caption(audits.title, "（令和６年度）"), audits.flowable(), Spacer(1, 2)]
    st += notes(["※４ 品質・社会の同時監査は、品質監査と社会監査にそれぞれ１件として数えています。「その他」は、メキシコ、トルコ等です。"])
    st += [caption(findings.title, "（令和６年度）"), findings.flowable(), Spacer(1, 2)]
    st += notes(["※５ 「改善を確認」は、フォローアップ監査又は工場が提出した写真・記録により、改善されたことを確かめたものです（令和７年３月末現在）。"])
    st += [P("６　よくある質問", H1)]
    qa = [
        ("監査の当日に、自社の社員も同行できますか。",
         "同行できます。ただし、同行する社員の渡航費等は利用者の負担となります。"),
        ("工場に知らせずに監査することはできますか。",
         "できません。監査は、工場の同意を得たうえで、事前に日程を決めて行います。"),
        ("報告書は、取引先に提出してもよいですか。",
         "提出できます。英語で提出する場合は、報告書の英訳（追加）をお申し込みください。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [P("７　利用上の注意", H1)]
    st += bullets([
        "監査の結果は、訪問した日の状況によるもので、工場の状況を保証するものではありません。",
        "工場の都合により日程を変更した場合の追加の費用は、利用者の負担となることがあります。",
        "同じ工場の品質監査と社会監査を続けて行う場合は、同時監査をお申し込みください。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KANSA_DEPT} 海外展開班　電話：099-737-1120　ファクス：099-737-1129",
        f"{CENTER}（申込み・日程の調整）　電話：099-737-1200",
        "電子メール：kozue-kansa@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return hyojun_specs() + sagi_specs() + kansa_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    hspecs, sspecs, kspecs = hyojun_specs(), sagi_specs(), kansa_specs()
    hdoc = build_pdf(docs_dir / HYOJUN_PDF, hspecs, hyojun_story(hspecs),
                     f"{HYOJUN}交付要綱", "令和７年３月", HYOJUN_DEPT)
    sdoc = build_pdf(docs_dir / SAGI_PDF, sspecs, sagi_story(sspecs),
                     f"令和６年度 {SAGI} 報告書", "令和７年２月", SAGI_DEPT)
    kdoc = build_pdf(docs_dir / KANSA_PDF, kspecs, kansa_story(kspecs),
                     f"令和７年度 {KANSA} 利用案内", "令和７年４月", KANSA_DEPT)
    gold = all_gold({HYOJUN_PDF: hdoc.row_pages, SAGI_PDF: sdoc.row_pages, KANSA_PDF: kdoc.row_pages})
    write_jsonl(out / "tables.jsonl", gold)
    pages = extract_pages(docs_dir)
    write_texts(text_dir, pages)
    return gold, pages


PREFIX_Q, PREFIX_T = "h69q", "h69t"

# ================================================================ questions
# `absent` (unanswerable only, not written out): terms that must occur in no document.
# `history` (followups only): the earlier turns of the conversation.
def _turns(*pairs) -> list[dict]:
    out = []
    for user, assistant in zip(pairs[::2], pairs[1::2]):
        out += [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]
    return out


QUESTIONS = [
    # --- hyojun: the standardisation subsidy guideline, tables (a) (b) (c), definitions, costs not covered, sibling sections
    dict(question="社員が８人の計測器メーカーが、ＩＳＯの国際会議に出席するための旅費について補助を受けたいそうです。補助率は何％になりますか？",
         category="hyojun", doc=HYOJUN_PDF,
         evidence=["常時使用する従業員の数が20人", "国際会議への出席旅費 50 70 800 600"], answer=["70"],
         notes="two facts: ８人 in manufacturing is within the 20人 of the 「小規模企業者」 definition (第２条第３項), so "
               "(a) leaf 補助率（％）／小規模企業者 applies; two-level header; 50 (中小企業者) is the trap"),
    dict(question="審議参加として申請する場合、規格の案を裏付けるための試験や評価の費用も補助してもらえますか？",
         category="hyojun", doc=HYOJUN_PDF,
         evidence=["規格原案を裏付ける試験・評価費 50 70 2,000", "その区分では補助の対象とならない"],
         answer=["補助の対象とならない"],
         notes="two facts: (a) prints 「－」 in the leaf 上限額（千円）／審議参加 of this row (no gold cell) and note ※１ "
               "says 「－」 means not covered; the rates 50 / 70 and the 新規提案 cap 2,000 are the traps"),
    dict(question="従業員12人の会社が、新規提案のための試験・評価を2,500千円で外部の機関に頼む場合、補助金はいくらになりますか？",
         category="hyojun", doc=HYOJUN_PDF,
         evidence=["常時使用する従業員の数が20人", "規格原案を裏付ける試験・評価費 50 70 2,000"],
         answer=["1,750千円"], computed=True,
         notes="three facts: 12人 makes a 小規模企業者 (第２条第３項), so (a) 補助率（％）／小規模企業者 70 applies: "
               "2,500 × 70 % = 1,750千円, within the cap 上限額（千円）／新規提案 2,000 and the firm cap of note ※２ (300万円); "
               "1,250 (50 %) and 2,000 (the cap) are the traps"),
    dict(question="新規提案で、専門家への謝金と試験・評価費の両方を上限まで使った場合、１年間に受け取れる補助金は最大でいくらですか？",
         category="hyojun", doc=HYOJUN_PDF,
         evidence=["規格原案の作成に係る専門家謝金 50 70 1,500", "新規提案は300万円"], answer=["300万円"],
         notes="two facts: (a) caps 1,500 + 2,000 = 3,500千円 for the two rows, but note ※２ limits a firm to 300万円 "
               "(3,000千円) a year under 新規提案; 3,500千円 is the trap (the units also differ: 千円 in the table, 万円 in the note)"),
    dict(question="2022年度には、何件に補助金が交付されましたか？",
         category="hyojun", doc=HYOJUN_PDF, evidence=["令和４年度 12 ８ ２ ３ 10,460"], answer=["８"],
         notes="(b) years as rows: 2022年度 = 令和４年度 (only 2020年度 is printed in Western form); column 交付件数（件） "
               "(header printed over two lines); 12 (申請件数) is the trap"),
    dict(question="2023年度は、申請のうち何％に補助金が交付されましたか？",
         category="hyojun", doc=HYOJUN_PDF, evidence=["令和５年度 15 10 ３ ４ 13,250"], answer=["66.7%"], computed=True,
         notes="(b) years as rows, a share within a row: 交付件数 10 / 申請件数 15 = 66.7 % (2023年度 = 令和５年度)"),
    dict(question="令和２年度から令和６年度までに交付された補助金は、１件当たり平均でいくらになりますか？",
         category="hyojun", doc=HYOJUN_PDF, evidence=["延べ40件、5,405万円を交付した"], answer=["135.1万円"], computed=True,
         notes="the five-year totals in the prose of （参考２） (also the sums of (b), whose 交付額 is in 千円: 54,050千円): "
               "5,405 / 40 = 135.1万円"),
    dict(question="令和６年度に国際規格として発行された件数の指標は、目標を達成できましたか？評価の記号を教えてください。",
         category="hyojun", doc=HYOJUN_PDF,
         evidence=["国際規格として発行された件数（件） ２ １ 50.0 △", "80％未満を△とした"], answer=["△"],
         notes="(c) KPI table with a mark column (no gold cell): 目標 ２, 実績 １, 達成率 50.0 → △, which note ※５ "
               "defines as below 80 % (not achieved); ◎ and ○ are the other rows' marks"),
    dict(question="2024年度、国際会議に派遣した人数の達成率はどれくらいでしたか？",
         category="hyojun", doc=HYOJUN_PDF, evidence=["国際会議への派遣人数（人） 20 24 120.0"], answer=["120.0"],
         notes="(c) KPI table, column 達成率（％）; 2024年度 = 令和６年度 (the caption note); 24 (実績) and 20 (目標) are "
               "the traps; the unit of 目標 and 実績 is in the row label"),
    dict(question="食品の加工機械をつくっている会社の活用事例では、補助金はいくら交付されましたか？",
         category="hyojun", doc=HYOJUN_PDF, evidence=["（２）食品機械製造業Ｂ社", "補助金の額：780千円"], answer=["780千円"],
         notes="sibling sections （１）–（３） of （参考４） share the labels 対象の国際標準, 活動の区分, 補助金の額; "
               "（２）食品機械製造業Ｂ社 (食品の加工機械 = 食品機械); 2,460千円 and 1,920千円 are the siblings' values"),
    dict(question="ＩＳＯの規格書を買うための費用は、この補助金の対象になりますか？",
         category="hyojun", doc=HYOJUN_PDF, evidence=["次に掲げる経費は、補助の対象としない", "発行済みの規格の購入費"],
         answer=["補助の対象としない"],
         notes="第５条: the lead sentence and the item 発行済みの規格の購入費 of the costs not covered; the 翻訳費 of (a) "
               "(covered) is a near miss"),
    # --- sagi: the survey of trade fraud, tables (d) (e) (f), definitions, sibling sections
    dict(question="海外取引詐欺の実態調査は、回答率が何％でしたか？",
         category="sagi", doc=SAGI_PDF, evidence=["回答数：387社（回答率43.0％）"], answer=["43.0"],
         notes="「label：value」 line 回答数 (387 of the 900社 of 調査対象); 26.9 % (遭遇企業) is a near miss"),
    dict(question="取引先を装った口座変更のメールに気付いて、送金はしなかった会社があります。この調査では「遭遇企業」と「被害企業」のどちらに数えられますか？",
         category="sagi", doc=SAGI_PDF,
         evidence=["「遭遇企業」とは、調査基準日前の１年間に", "失わなかったもの（未遂）を含む"], answer=["遭遇企業"],
         notes="definitions 「遭遇企業」 (includes attempts, 未遂) and 「被害企業」 (only firms that actually lost money or "
               "goods): an attempt counts as 遭遇企業, not 被害企業"),
    dict(question="小売業で実際に被害を受けた企業の被害額は、合わせていくらでしたか？",
         category="sagi", doc=SAGI_PDF, evidence=["小売業 33 ８ ２ 67"], answer=["67"],
         notes="(d) continuation page (no header there): row 小売業, column 被害額（万円）; ２ (被害企業) and ８ "
               "(遭遇企業) are the traps"),
    dict(question="機械メーカーで被害を受けた企業は、１社当たり平均でいくら失ったことになりますか？",
         category="sagi", doc=SAGI_PDF, evidence=["機械 52 17 ６ 1,262"], answer=["210.3万円"], computed=True,
         notes="(d) page 1 (before the break), average in a row: 被害額 1,262 / 被害企業 6 = 210.3万円 (1,262 / 17 "
               "over the 遭遇企業 is a wrong reading)"),
    dict(question="回答した大企業のうち、海外取引詐欺に遭った企業の割合はどのくらいですか？",
         category="sagi", doc=SAGI_PDF, evidence=["大企業は56社のうち25社"], answer=["44.6%"], computed=True,
         notes="prose of ２ (firm sizes, in no table): 25 / 56 = 44.6 % (中小企業 79 / 331 and 全体 26.9 % are near misses)"),
    dict(question="公的機関や銀行になりすました連絡は、2023年度の調査では何件ありましたか？",
         category="sagi", doc=SAGI_PDF, evidence=["公的機関・銀行を装った連絡 ９ 13 ４"], answer=["９"],
         notes="(e) two survey years and a 増減 column: 2023年度 = 令和５年度調査 (the report prints only 2024年 in "
               "Western form); 13 (令和６年度調査) and ４ (増減) are the traps"),
    dict(question="令和６年度の調査で、遭遇件数が２番目に多かった手口は何ですか？",
         category="sagi", doc=SAGI_PDF, evidence=["偽の請求書・インボイスの送付 26 19 ▲７"],
         answer=["偽の請求書・インボイスの送付"],
         notes="(e) ranking in the column 令和６年度調査: 52, then 19 (偽の請求書), then 17 (架空の買い手, printed "
               "second); second-largest; the rows are not sorted"),
    dict(question="中小企業で、新しい取引先の信用調査をしている企業の割合はどのくらいですか？",
         category="sagi", doc=SAGI_PDF, evidence=["新しい取引先の信用調査 23.8 18.4 55.4"], answer=["18.4"],
         notes="(f) unruled table, column 中小企業; 23.8 (全体) and 55.4 (大企業) are the traps"),
    dict(question="電子メールのなりすまし対策をしている企業の割合は、大企業と中小企業で何ポイント違いますか？",
         category="sagi", doc=SAGI_PDF, evidence=["電子メールのなりすまし対策 33.3 26.3 75.0"], answer=["48.7ポイント"],
         computed=True,
         notes="(f) unruled table, a difference across columns: 75.0 − 26.3 = 48.7ポイント"),
    dict(question="海外の輸入業者を名乗る相手に手数料を払ってしまった食品メーカーの事例では、いくら払ったのですか？",
         category="sagi", doc=SAGI_PDF, evidence=["（２）食料品製造業Ｅ社", "約45万円を支払った"], answer=["約45万円"],
         notes="sibling sections （１）–（３） of ４ share the labels 手口, 被害の状況, その後の対策; （２）食料品製造業Ｅ社 "
               "(食品メーカー = 食料品製造業); 約680万円 and 約320万円 are the siblings' figures"),
    # --- kansa: the factory audit service guide, tables (g) (h) (i), definitions, sibling sections, Q&A
    dict(question="前回の監査で指摘された点が直ったかどうかだけを確かめてもらう場合、監査員は現地にどれくらいいますか？",
         category="kansa", doc=KANSA_PDF, evidence=["（３）フォローアップ監査", "現地での日数：半日"], answer=["半日"],
         notes="sibling sections （１）–（３） of ２ share the labels 確認する内容, 現地での日数, 報告の方法; "
               "（３）フォローアップ監査 (named by paraphrase); １日 and ２日 are the siblings' values"),
    dict(question="仕入先がベトナムの２つの町にそれぞれ工場を持っていて、両方を監査してもらう場合、１件として扱われますか？",
         category="kansa", doc=KANSA_PDF, evidence=["所在地が異なるものは別の件として数えます"], answer=["別の件"],
         notes="definition 「１件」 at its boundary: the same company's factories at different sites are separate 件 (a no)"),
    dict(question="県内に本社がある大企業が、メキシコの委託先工場の品質監査を頼むと、料金はいくらになりますか？",
         category="kansa", doc=KANSA_PDF, evidence=["品質監査 120,000 240,000", "上表の額の1.5倍とします"],
         answer=["360,000円"], computed=True,
         notes="three facts: メキシコ is outside アジア (note ※１), so column アジア以外（円） of (g): 240,000; a firm that "
               "is no 県内中小企業 pays 1.5 times (note ※２): 360,000円; 240,000 and 180,000 are the traps"),
    dict(question="県内の中小企業が、タイの工場の品質・社会の同時監査に報告書の英訳も付けて申し込むと、料金は合わせていくらですか？",
         category="kansa", doc=KANSA_PDF,
         evidence=["品質・社会の同時監査 230,000 450,000", "監査報告書の英訳（追加） 20,000 20,000"],
         answer=["250,000円"], computed=True,
         notes="(g) sum in the column アジア（円） (タイ is in アジア, note ※１): 230,000 + 20,000 = 250,000円"),
    dict(question="令和６年度、バングラデシュの工場の監査は、種類を合わせて何件ありましたか？",
         category="kansa", doc=KANSA_PDF, evidence=["バングラデシュ ３ ６ ２ 11"], answer=["11"],
         notes="(h) total column on the right: row バングラデシュ, column 計; ６ (社会監査) is the trap"),
    dict(question="2024年度に、インドネシアで行われた社会監査は何件ですか？",
         category="kansa", doc=KANSA_PDF, evidence=["インドネシア ６ ５ ２ 13"], answer=["５"],
         notes="(h) row インドネシア, column 社会監査; 2024年度 = 令和６年度 (the guide prints no Western year); ６ "
               "(品質監査) and 13 (計) are the traps"),
    dict(question="社会監査の項目（労働時間、賃金の支払、安全衛生）をまとめると、指摘された是正事項のうち改善が確認できたのは何％ですか？",
         category="kansa", doc=KANSA_PDF,
         evidence=["労働時間 19 ８ 42.1", "賃金の支払 ７ ５ 71.4", "安全衛生 15 11 73.3"], answer=["58.5%"], computed=True,
         notes="(i) a share over three rows: (8 + 5 + 11) / (19 + 7 + 15) = 24 / 41 = 58.5 % (the mean of the three "
               "改善率, 62.3 %, and the 合計 67.0 % are wrong readings)"),
    dict(question="監査の当日に、うちの社員も一緒に工場へ行くことはできますか？",
         category="kansa", doc=KANSA_PDF, evidence=["同行できます。ただし、同行する社員の渡航費等は利用者の負担"],
         answer=["同行できます"],
         notes="Q&A: Ａ of Ｑ１ (yes, at the user's own cost; Ｑ２ on unannounced audits is a near miss)"),
    # --- followups
    dict(question="では、その経費を審議参加で申請する場合、上限額はいくらですか？",
         category="followup", doc=HYOJUN_PDF, evidence=["規格原案・審議資料の翻訳費 60 80 500 300"], answer=["300"],
         history=_turns("規格原案の翻訳費の補助率は、中小企業者だと何％ですか？",
                        "中小企業者の補助率は60％です[1]。"),
         notes="(a) the row from the history (規格原案・審議資料の翻訳費), leaf 上限額（千円）／審議参加; 500 (新規提案) is the trap"),
    dict(question="そのうち、実際にお金や商品を失った企業は何社ですか？",
         category="followup", doc=SAGI_PDF, evidence=["卸売業 71 22 ７ 948"], answer=["７"],
         history=_turns("卸売業で海外取引詐欺に遭った企業は何社ありましたか？",
                        "卸売業で詐欺に遭遇した企業は22社でした[1]。"),
         notes="(d) the row from the history (卸売業, the last row before the page break), column 被害企業（社）"),
    dict(question="それは前回の調査と比べて、何件増えましたか、それとも減りましたか？",
         category="followup", doc=SAGI_PDF, evidence=["架空の買い手からの前払金・手数料の要求 21 17 ▲４"], answer=["▲４"],
         history=_turns("2024年度の調査で、架空の買い手から前払金や手数料を求められた件数は何件でしたか？",
                        "令和６年度調査では17件でした[1]。"),
         notes="(e) the row from the history, column 増減: ▲４ is a decrease of 4 (note ※２); 21 (令和５年度調査) is the trap"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=KANSA_PDF, evidence=["電話：099-737-1200"], answer=["099-737-1200"],
         history=_turns("工場監査の日程の調整について聞きたいという会社があります。どこに問い合わせればよいですか？",
                        "申込みと日程の調整は、一般財団法人梢県国際ビジネス支援センターが受け付けています[1]。"),
         notes="contact box of the guide: the センター's phone (second line); the 班's phone 099-737-1120 and fax "
               "099-737-1129 (first line) are the near misses"),
    dict(question="その国で、社会監査は何件でしたか？",
         category="followup", doc=KANSA_PDF, evidence=["ベトナム 14 11 ５ 30"], answer=["11"],
         history=_turns("令和６年度、ベトナムの工場の品質監査は何件でしたか？",
                        "ベトナムの品質監査は14件でした[1]。"),
         notes="(h) the row from the history (ベトナム), column 社会監査; 30 (計) is the trap"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="補助を受けて提案した規格は、発行されるまでに平均で何年くらいかかっていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline gives the standards issued in 令和６年度 (a KPI) and the duty to report for three years, "
               "not how long issuing takes",
         absent=["平均年数", "発行までの期間", "発行までに"]),
    dict(question="令和６年度に交付されなかった７件は、どのような理由で不採択になったのですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline gives the applications (18) and grants (11) of 令和６年度, not why the others failed",
         absent=["不採択", "交付しなかった理由"]),
    dict(question="詐欺をしてきた相手は、どこの国の業者が多かったのですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the fraud by industry of the victim and by kind, not by the fraudster's country",
         absent=["相手の国", "相手国", "国別"]),
    dict(question="被害を受けた企業のうち、警察に届け出たのは何社ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives how firms noticed the fraud (prose) and the recovery, not reports to the police",
         absent=["警察", "届け出", "届出"]),
    dict(question="監査を申し込んだのに、工場から監査を断られたケースはどのくらいありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide requires the factory's consent (step ②, Ｑ２) but gives no count of refusals",
         absent=["断られ", "拒否", "拒ん"]),
    dict(question="このサービスの監査員は何人くらいいて、どんな資格を持っているのですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide says local audit bodies' auditors do the audits, not how many or their qualifications",
         absent=["監査員の人数", "資格"]),
]
CATEGORY_COUNTS = {"hyojun": 11, "sagi": 10, "kansa": 8, "followup": 5, "unanswerable": 6}
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
    "補助対象経費ごとの補助率と上限額", "交付の実績", "成果指標の達成状況",
    "業種別の遭遇・被害の状況", "手口別の遭遇件数", "講じている対策（複数回答）",
    "監査の種類別の料金", "国・地域別の監査件数", "監査項目別の是正事項と改善の状況")
LETTERS = dict(zip((A, B, C, D, E, F, G, H, I), "abcdefghi"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y, unit) -> str:
    q = half_up(Decimal(x) / Decimal(y), "0.1")
    return f"{int(q) if q == q.to_integral() else q}{unit}"


def _dec(x) -> Decimal:
    return Decimal(str(x))


def _h69q03(g):
    rate = g(A, "規格原案を裏付ける試験・評価費", "補助率（％）／小規模企業者", 2025)
    cap = g(A, "規格原案を裏付ける試験・評価費", "上限額（千円）／新規提案", 2025)
    return f"{min(2500 * rate // 100, cap, FIRM_CAP['新規提案'] * 10):,}千円"


COMPUTED = {  # question id -> the answer string, computed from gold cells (or, where a note says so, prose data)
    "h69q03": _h69q03,
    "h69q06": lambda g: _pct(g(B, "令和５年度", "交付件数（件）", 2023), g(B, "令和５年度", "申請件数（件）", 2023)),
    "h69q07": lambda g: _avg(sum(g(B, era(y), "交付額（千円）", y) for y, *_x in RECORD),
                             10 * sum(g(B, era(y), "交付件数（件）", y) for y, *_x in RECORD), "万円"),
    "h69q15": lambda g: _avg(g(D, "機械", "被害額（万円）", 2024), g(D, "機械", "被害企業（社）", 2024), "万円"),
    "h69q16": lambda g: _pct(SIZES[1][2], SIZES[1][1]),
    "h69q20": lambda g: f"{_dec(g(F, '電子メールのなりすまし対策', '大企業', 2024)) - _dec(g(F, '電子メールのなりすまし対策', '中小企業', 2024))}ポイント",
    "h69q24": lambda g: f"{int(g(G, '品質監査', 'アジア以外（円）', 2025) * OTHER_FACTOR):,}円",
    "h69q25": lambda g: f"{g(G, '品質・社会の同時監査', 'アジア（円）', 2025) + g(G, '監査報告書の英訳（追加）', 'アジア（円）', 2025):,}円",
    "h69q28": lambda g: _pct(sum(g(I, x, "改善を確認（件）", 2024) for x in ("労働時間", "賃金の支払", "安全衛生")),
                             sum(g(I, x, "指摘件数（件）", 2024) for x in ("労働時間", "賃金の支払", "安全衛生"))),
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {HYOJUN_PDF: (2, 3), SAGI_PDF: (2, 3), KANSA_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (180, 250)
TABLE_QUESTIONS = 19  # at least, outside the followups
BEFORE_BREAK_ROWS = ("食料品", "繊維・衣服")  # rows of (d) expected before the page break
CONTINUED_ROWS = ("小売業", "運輸業", "その他", "合計")  # and after it


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout69.py")
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
                bare = re.sub(r"[^\d.]+$", "", nfkc(a))
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
        errors.append(f"{n_computed} computed questions, expected about 9")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout69.py")
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
        if g["number"] is None or g["value"] == DASH or g["value"] in MARKS:
            errors.append(f"{g['id']}: every gold cell of this set should be numeric")
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
            # each printed row, cell after cell (the 「－」 and mark cells included), on its page
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

    # (a): small firms get a higher rate; 新規提案 caps at least the 審議参加 ones; caps within the firm caps of note ※２
    for row, r in t[A].items():
        if not r["補助率（％）／中小企業者"] < r["補助率（％）／小規模企業者"] <= 100:
            errors.append(f"{A} / {row}: rates out of order")
        if r["上限額（千円）／新規提案"] > FIRM_CAP["新規提案"] * 10:
            errors.append(f"{A} / {row}: a 新規提案 cap above the firm cap of note ※２")
        sg = r.get("上限額（千円）／審議参加")
        if sg is not None and (sg > r["上限額（千円）／新規提案"] or sg > FIRM_CAP["審議参加"] * 10):
            errors.append(f"{A} / {row}: a 審議参加 cap out of range")
    # (b): growing applications; grants within applications; sub-counts within grants; amounts within the firm caps
    b = t[B]
    ns = [r["申請件数（件）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for row, r in b.items():
        cap = r["うち新規提案（件）"] * FIRM_CAP["新規提案"] * 10 + \
            (r["交付件数（件）"] - r["うち新規提案（件）"]) * FIRM_CAP["審議参加"] * 10
        if not r["うち新規提案（件）"] <= r["交付件数（件）"] <= r["申請件数（件）"] or r["交付額（千円）"] > cap \
                or r.get("うち小規模企業者（件）", 0) > r["交付件数（件）"]:
            errors.append(f"{B} / {row}: grants out of range")
    # (c): 達成率 is 実績 / 目標; the 新規提案 result equals (b)'s 令和６年度
    for row, r in t[C].items():
        if _dec(r["達成率（％）"]) != pct1(r["実績"], r["目標"]):
            errors.append(f"{C} / {row}: 達成率 differs from 実績 / 目標")
    if t[C]["新規提案の件数（件）"]["実績"] != b[era(KPI_FY)]["うち新規提案（件）"]:
        errors.append(f"{C}: the 新規提案 result differs from {B}")
    # (d): 合計 adds up; 被害 within 遭遇 within 回答; the totals equal the two firm sizes of the prose
    d = t[D]
    dcols = ("回答企業数（社）", "詐欺に遭遇した企業（社）", "被害企業（社）", "被害額（万円）")
    adds_up(D, dcols)
    if any(not r[dcols[2]] <= r[dcols[1]] <= r[dcols[0]] for r in d.values()):
        errors.append(f"{D}: 被害企業 ≤ 遭遇企業 ≤ 回答企業数 does not hold")
    for k, col in enumerate(dcols[:3], 1):
        if d["合計"][col] != sum(s[k] for s in SIZES):
            errors.append(f"{D}: 合計 of {col} differs from the firm sizes")
    if d["合計"][dcols[2]] != sum(RECOVERY):
        errors.append(f"{D}: the recovery counts do not add up to the 被害企業")
    # (e): 合計 adds up; 増減 is the difference of the two surveys
    ycols = [f"{era(y)}調査" for y in SURVEY_YEARS]
    adds_up(E, ycols + ["増減"])
    for row, r in t[E].items():
        if r["増減"] != r[ycols[1]] - r[ycols[0]]:
            errors.append(f"{E} / {row}: 増減 is not the difference")
    # (f): the per cents come from the counts
    for name, a, bb in MEASURES:
        r = t[F][name]
        want = (pct1(a + bb, respondents()), pct1(a, SIZES[0][1]), pct1(bb, SIZES[1][1]))
        if tuple(_dec(r[k]) for k in ("全体", "中小企業", "大企業")) != want:
            errors.append(f"{F} / {name}: per cents differ from the counts")
    # (g): outside Asia costs at least as much
    for row, r in t[G].items():
        if r["アジア以外（円）"] < r["アジア（円）"]:
            errors.append(f"{G} / {row}: アジア以外 below アジア")
    # (h): 合計 adds up; 計 is the row sum
    hcols = ["品質監査", "社会監査", "フォローアップ監査"]
    adds_up(H, hcols + ["計"])
    for row, r in t[H].items():
        if r["計"] != sum(r[k] for k in hcols):
            errors.append(f"{H} / {row}: 計 is not the sum of the kinds")
    # (i): 合計 adds up; 改善 within 指摘; 改善率; the findings within the audits of their kind in (h)
    i_ = t[I]
    adds_up(I, ("指摘件数（件）", "改善を確認（件）"))
    for row, r in i_.items():
        if r["改善を確認（件）"] > r["指摘件数（件）"] or _dec(r["改善率（％）"]) != pct1(r["改善を確認（件）"], r["指摘件数（件）"]):
            errors.append(f"{I} / {row}: 改善 or 改善率 out of range")
    for rows, kind in ((("製造工程の管理", "検査の方法と記録", "設備の保守"), "品質監査"), (("労働時間", "賃金の支払", "安全衛生"), "社会監査")):
        if any(i_[x]["指摘件数（件）"] > t[H]["合計"][kind] for x in rows):
            errors.append(f"{I}: more findings than {kind} audits")
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
        on = [i + 1 for i, p in enumerate(pages[SAGI_PDF]) if header in norm(p)]
        if ind.repeat_header or on != bp[:1]:
            errors.append(f"{D}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[1]}
        if not 2 <= len(first) <= 8:
            errors.append(f"{D}: {len(first)} rows before the page break, expected 2-8")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{D}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("取り戻した額を差し引く前") not in norm(pages[SAGI_PDF][bp[1] - 1]):
            errors.append(f"{D}: note ※１ should follow the table on the continuation page")
    for key, spec in specs.items():
        if key == "industries":
            continue
        tp = {g["page"] for g in gold if g["table"] == spec.title}
        if len(tp) != 1:
            errors.append(f"{spec.title} is on pages {sorted(tp)}, expected one page")
    if specs["measures"].ruled or not all(s.ruled for k, s in specs.items() if k != "measures"):
        errors.append(f"only {F} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns with different leaves; 「－」 cells are no gold cells
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／中小企業者", "補助率（％）／小規模企業者", "上限額（千円）／新規提案", "上限額（千円）／審議参加"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "千円"}:
        errors.append(f"{A}: units should come from the header groups")
    dashes = sum(r.count(DASH) for r in specs["rates"].rows)
    if dashes != 2 or sum(g["table"] == A for g in gold) != 4 * len(RATES) - dashes:
        errors.append(f"{A}: expected two 「－」 cells and no gold cell for them")
    # (b): years as rows, header cells over two lines, 「－」 before the small-firm rate
    rec = specs["record"]
    if [g["fiscal_year"] for g in gold if g["table"] == B and g["column"] == "申請件数（件）"] != [y for y, *_x in RECORD]:
        errors.append(f"{B}: expected years as rows")
    if sum("\n" in h for h in rec.header[0]) < 4 or any("\n" in g["column"] for g in gold):
        errors.append(f"{B}: expected header cells printed over two lines, joined in the gold columns")
    small = [g["fiscal_year"] for g in gold if g["table"] == B and g["column"] == "うち小規模企業者（件）"]
    if small != [y for y, *_x in RECORD if y >= SMALL_RATE_FROM] \
            or [r[3] == DASH for r in rec.rows] != [y < SMALL_RATE_FROM for y, *_x in RECORD]:
        errors.append(f"{B}: 「－」 should stand exactly for the years before {era(SMALL_RATE_FROM)}")
    # (c): 目標 / 実績 / 達成率 and a mark column that is no gold cell; the units of 目標 and 実績 from the row label
    kpi = specs["kpi"]
    kcols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == C))
    if kcols != ["目標", "実績", "達成率（％）"] or kpi.header[0][kpi.mark_col] != "評価" \
            or [r[kpi.mark_col] for r in kpi.rows] != [mark(pct1(a, t)) for _n, t, a in KPIS] \
            or not set(MARKS) <= {r[kpi.mark_col] for r in kpi.rows}:
        errors.append(f"{C}: expected 目標 / 実績 / 達成率 and a mark column using ◎ ○ △")
    if any(g["unit"] != (bracket_unit(g["row"]) if g["column"] != "達成率（％）" else "%") for g in gold if g["table"] == C):
        errors.append(f"{C}: the units of 目標 and 実績 should come from the row label")
    # (d): header cells over two lines
    if sum("\n" in h for h in ind.header[0]) < 3:
        errors.append(f"{D}: expected header cells printed over two lines")
    # (e): two survey years and a 増減 column printing decreases with ▲, covering both years
    eg = [g for g in gold if g["table"] == E]
    inc = [g for g in eg if g["column"] == "増減"]
    if not any(g["number"] < 0 for g in inc) or any((g["number"] < 0) != g["value"].startswith(DECREASE) for g in inc) \
            or any(g["fiscal_year_range"] != list(SURVEY_YEARS) or g["fiscal_year"] is not None for g in inc):
        errors.append(f"{E}: expected a 増減 column with ▲ for decreases and a range of fiscal years")
    if any(g["fiscal_year_range"] is not None for g in gold if g not in inc):
        errors.append("only the 増減 column of (e) may have a fiscal_year_range")
    # (f): per cents only, unit from the caption note
    if {g["unit"] for g in gold if g["table"] == F} != {"%"}:
        errors.append(f"{F}: expected per cents only")
    # (h): a total column on the right
    if specs["audits"].header[0][-1] != "計":
        errors.append(f"{H}: expected a 計 column on the right")
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
        got = re.findall(r"099-73\d-\d{4}", text)
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
    ht = norm("\n".join(pages[HYOJUN_PDF]))
    siblings(ht, HYOJUN_PDF, ("対象の国際標準：", "活動の区分：", "補助金の額："), [c[0] for c in HYOJUN_CASES])
    n_all, amt_all = sum(r[2] for r in RECORD), sum(r[5] for r in RECORD)
    if amt_all % 10 or norm(f"延べ{n_all}件、{amt_all // 10:,}万円") not in ht:
        errors.append("guideline: the totals in the prose differ from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請に対し{last[2]}件を交付した（うち新規提案{fw(last[4])}件）") not in ht:
        errors.append("guideline: the 令和６年度 figures in the prose differ from (b)")
    rates = {r[0]: r for r in RATES}
    for head, _std, kind, amount, size, items in HYOJUN_CASES:
        col = 4 if kind.startswith("新規提案") else 5
        if col == 5 and any(rates[x][4] is None for x in items):
            errors.append(f"guideline: case {head} uses a cost not covered under 審議参加")
            continue
        cap = min(FIRM_CAP["新規提案" if col == 4 else "審議参加"] * 10, sum(rates[x][col - 1] for x in items))
        if int(amount.rstrip("千円").replace(",", "")) > cap:
            errors.append(f"guideline: case {head} exceeds its caps")
    if re.findall(r"20\d\d年", ht) != ["2020年"]:
        errors.append("guideline: only 2020年度 should be printed in Western form")
    defs(ht, ("国際標準", "新規提案", "審議参加", "小規模企業者"), "guideline")
    for n in range(1, 9):
        if norm(f"第{fw(n)}条") not in ht:
            errors.append(f"guideline: article 第{fw(n)}条 is missing")
    if norm("附則") not in ht or norm("別表（第４条関係）") not in ht:
        errors.append("guideline: 附則 or 別表 is missing")
    for x in EXCLUDED:
        if norm(x) not in ht:
            errors.append(f"guideline: the cost not covered {x} is missing")
    bullets_in(HYOJUN_PDF, len(EXCLUDED), "guideline")
    steps_of(HYOJUN_PDF, "①②③④⑤⑥", "guideline")
    contacts(HYOJUN_PDF, ["099-731-4410", "099-731-4419", "099-731-4500"], ["kozue-hyojun@example.jp"], "guideline")

    # ---- the fraud survey
    st = norm("\n".join(pages[SAGI_PDF]))
    siblings(st, SAGI_PDF, ("手口：", "被害の状況：", "その後の対策："), [c[0] for c in SAGI_CASES])
    total = respondents()
    met, hit, loss = (sum(r[k] for r in INDUSTRIES) for k in (2, 3, 4))
    if norm(f"{total}社（回答率{pct1(total, TARGET)}％）") not in st \
            or norm(f"遭遇企業は{met}社（{pct1(met, total)}％）") not in st \
            or norm(f"被害企業は{hit}社") not in st or norm(f"被害額の合計は{loss:,}万円") not in st:
        errors.append("survey: the figures in the prose differ from (d)")
    if max(INDUSTRIES, key=lambda r: r[4])[0] != "機械":
        errors.append("survey: 「業種別では機械が最も大きい」 does not hold")
    (_s, s_n, s_m, _sh), (_l, l_n, l_m, _lh) = SIZES
    if norm(f"中小企業は{s_n}社のうち{s_m}社、大企業は{l_n}社のうち{l_m}社") not in st:
        errors.append("survey: the firm sizes in the prose differ from the data")
    ta, tb = sum(r[1] for r in TRICKS), sum(r[2] for r in TRICKS)
    if norm(f"調査の{ta}件から{tb - ta}件増えて{tb}件") not in st:
        errors.append("survey: the totals of (e) in the prose differ")
    ranked = sorted(TRICKS, key=lambda r: -r[2])
    if ranked[0][0] != TRICKS[0][0] or ranked[1][0] == TRICKS[1][0] or ranked[1][2] == ranked[2][2] \
            or not all(r[2] < r[1] for r in TRICKS[1:3]):
        errors.append("survey: the ranking of (e) (口座変更 first; the second not printed second; two decreases) does not hold")
    if max(MEASURES[:-1], key=lambda r: r[1] + r[2])[0] != MEASURES[0][0] \
            or not Decimal(25) <= pct1(MEASURES[-1][1], s_n) <= Decimal(35):
        errors.append("survey: the tops of (f) in the prose do not hold")
    if re.findall(r"20\d\d年", st) != ["2024年"] or re.findall(r"20\d\d年度", st):
        errors.append("survey: only 2024年 (調査基準日) should be printed in Western form")
    defs(st, ("海外取引詐欺", "遭遇企業", "被害企業", "送金トラブル"), "survey")
    bullets_in(SAGI_PDF, 3, "survey")
    steps_of(SAGI_PDF, "①②③④", "survey")
    contacts(SAGI_PDF, ["099-734-2210", "099-734-2219", "099-734-2300"], ["kozue-boeki@example.jp"], "survey")

    # ---- the service guide
    kt = norm("\n".join(pages[KANSA_PDF]))
    siblings(kt, KANSA_PDF, ("確認する内容：", "現地での日数：", "報告の方法："), [k[0] for k in KINDS])
    if [k[0] for k in KINDS] != [FEES[0][0], FEES[1][0], FEES[3][0]]:
        errors.append("guide: the sibling sections should be the single kinds of (g)")
    tot = sum(sum(r[1:]) for r in AUDITS)
    if norm(f"監査件数は{tot}件で、前年度の{PREV_AUDITS}件から{tot - PREV_AUDITS}件増えました") not in kt \
            or norm(f"利用した事業者は{USERS}事業者") not in kt or USERS > tot:
        errors.append("guide: the use figures in the prose differ from (h)")
    if max(AUDITS, key=lambda r: sum(r[1:]))[0] != "中国" or max(AUDITS, key=lambda r: r[2])[0] != "ベトナム":
        errors.append("guide: 「中国が最も多く、社会監査ではベトナム」 does not hold")
    if re.findall(r"20\d\d年", kt):
        errors.append("guide: no Western year should be printed")
    defs(kt, ("監査", "１件", "是正事項"), "guide")
    raw = "\n".join(pages[KANSA_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("guide: expected three Ｑ lines and three Ａ lines")
    bullets_in(KANSA_PDF, 3, "guide")
    steps_of(KANSA_PDF, "①②③④⑤⑥", "guide")
    contacts(KANSA_PDF, ["099-737-1120", "099-737-1129", "099-737-1200"], ["kozue-kansa@example.jp"], "guide")
    # every phone number of the set is fictional (099-73x-xxxx), every mail address under example.jp
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
