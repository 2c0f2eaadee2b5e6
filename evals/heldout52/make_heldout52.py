"""Build the 柿県 held-out set 52: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (柿県 and every town, scheme, organisation, competition, phone
number, address and figure). The documents are in three genres the earlier sets do not use: a
grant guideline (交付要綱) for a subsidy towards small firms' entries to international
competitions and awards (海外コンクール等出品支援補助金: entry fees, shipping the entries,
translating the entry forms, the trip to the award ceremony, sales material using the award) with
a two-level header of rates by firm size and caps by the number of competitions, a yearly record
(years as rows) and the awards by field over three fiscal years with a total column on the right;
the annual report (年報) of the prefecture's passport offices (旅券事務年報) with the main
indicators over three fiscal years (a 単位 column giving each row's unit), the applications by
office (a table continued over a page break without its header) and by age band with counts and
per cents in paired columns; and the usage rules (利用規程) of a business interpreter and
translator dispatch service (ビジネス通訳・翻訳者派遣事業) with the fees per hour (a first column
of numbers （１）…), the fees per page (a table without ruling lines), the cancellation charges
and the dispatches by language; see README.md beside this file.

    python make_heldout52.py [OUTPUT_DIR]          # default: this file's directory

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

HOJO_PDF = "kaki_kaigai_concours_hojokin_kofu_yoko_r7.pdf"
NENPO_PDF = "kaki_ryoken_jimu_nenpo_r6.pdf"
KITEI_PDF = "kaki_tsuyaku_honyaku_haken_riyo_kitei_r7.pdf"
ALL_PDFS = (HOJO_PDF, NENPO_PDF, KITEI_PDF)

UNITS = ("万円", "円", "件", "回", "分", "時間", "ページ", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_PREFIX = "099-56"  # every phone and fax number of the set: 099-56x-xxxx
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
    """A table cell: an int as docgen prints it (single digits full-width), a Decimal per cent
    with one decimal."""
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf, and columns that may
    cover a range of fiscal years (a total column over the year columns)."""

    col_ranges: dict = {}  # column index -> [first, last] Western fiscal year

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
            fy_range = spec.col_ranges.get(c)
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


def article(no: int, title: str, text: str = ""):
    """An article of a guideline or rules: 「第n条（title）」 as a heading, then its text."""
    head = f"第{fw(no)}条（{title}）"
    return [P(head, H2)] + (paras(text, 0) if text else [])


PREF = "柿県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: competitions subsidy, grant guideline
HOJO = f"{PREF}海外コンクール等出品支援補助金"
HOJO_TITLE = f"{HOJO}交付要綱"
HOJO_DEPT = f"{PREF} 商工労働部 国際ビジネス課"
CENTER = f"{PREF}貿易振興センター"
RATES = [  # 経費区分; 補助率（％）: 中小企業者, 小規模企業者; 上限額（万円）: １件出品, 複数出品 (令和７年度)
    ("出品料・審査料", 50, 75, 10, 20), ("出品物の海外輸送費", 50, 75, 15, 25),
    ("出品書類の翻訳費", 50, 75, 10, 15), ("授賞式への渡航費", 40, 50, 20, 30),
    ("受賞を生かした販促物の制作費", 50, 60, 30, 50),
]
COMPANY_CAP = 100  # note ※２: 万円 per firm and year
RECORD = [  # 年度, 申請件数, 交付件数, 受賞件数, 交付額（万円）
    (2021, 12, 9, 4, 318), (2022, 19, 15, 7, 560), (2023, 26, 21, 11, 842), (2024, 33, 27, 15, 1105),
]
AWARD_YEARS = (2022, 2023, 2024)
AWARDS = [  # 分野, 受賞件数 令和４年度, 令和５年度, 令和６年度
    ("酒類", 3, 4, 6), ("食品・飲料（酒類を除く）", 2, 3, 4), ("工芸品", 1, 2, 3), ("デザイン・生活雑貨", 1, 2, 2),
]
CASES = [  # 見出し, 出品したコンクール, 受賞内容, 受賞後の成果 (same labels in every sibling section); field
    ("清酒製造業Ａ社（柿市）", "リュミエール国際日本酒品評会（フランス）", "純米酒部門 金賞",
     "フランスの輸入業者と年間2,400本の取引を始めた", "酒類"),
    ("果実加工業Ｂ社（岳見町）", "ノルデン国際食品品評会（ベルギー）", "ドライフルーツ部門 銀賞（干し柿）",
     "台湾と香港の百貨店で販売を始めた", "食品・飲料（酒類を除く）"),
    ("漆器製造業Ｃ社（緑川町）", "ミュンヘン国際クラフトデザイン賞（ドイツ）", "テーブルウェア部門 優秀賞",
     "ドイツの見本市で42件の商談を行った", "工芸品"),
]
EXCLUDED = [  # 補助の対象としない経費
    "出品する商品の製造原価及び仕入れに要する経費",
    "授賞式への渡航に係る宿泊費及び日当",
    "受賞後に主催者へ支払う受賞ロゴマークの使用料",
    "交付決定の日より前に契約し、又は支払った経費",
]


def hojo_specs():
    rates = TableSpec(
        key="rates", doc=HOJO_PDF, title="経費区分別の補助率と上限額",
        header=[["経費区分", "補助率（％）", "", "上限額（万円）", ""],
                ["", "中小企業者", "小規模企業者", "１件出品", "複数出品"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in RATES],
        col_widths=[58 * mm, 26 * mm, 27 * mm, 24 * mm, 25 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    record = TableSpec(
        key="record", doc=HOJO_PDF, title="申請と交付の実績",
        header=[["年度", "申請件数（件）", "交付件数（件）", "受賞件数（件）", "交付額（万円）"]],
        rows=[[f"令和{fw(y - 2018)}年度", fw(a), fw(b), fw(c), fw(d)] for y, a, b, c, d in RECORD],
        col_widths=[30 * mm, 32 * mm, 32 * mm, 32 * mm, 32 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(c), fw(a + b + c)] for n, a, b, c in AWARDS]
    tot = [sum(r[j] for r in AWARDS) for j in (1, 2, 3)]
    rows.append(["合計"] + [fw(x) for x in tot] + [fw(sum(tot))])
    awards = TableSpec(
        key="awards", doc=HOJO_PDF, title="分野別の受賞件数",
        header=[["分野"] + [f"令和{fw(y - 2018)}年度" for y in AWARD_YEARS] + ["計"]],
        rows=rows, col_widths=[52 * mm, 26 * mm, 26 * mm, 26 * mm, 24 * mm], unit="件",
    )
    awards.col_ranges = {4: (AWARD_YEARS[0], AWARD_YEARS[-1])}
    return rates, record, awards


def hojo_story(specs):
    rates, record, awards = specs
    n_all, won_all, amt_all = (sum(r[j] for r in RECORD) for j in (2, 3, 4))
    last = RECORD[-1]
    st = [Spacer(1, 2 * mm), P(HOJO_TITLE, TITLE), Spacer(1, 1 * mm),
          P("令和７年３月28日制定", DATE_RIGHT), P(HOJO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += article(1, "趣旨", f"""
知事は、県内の中小企業者が海外のコンクール等に自社の商品を出品し、その受賞を海外での販路開拓に生かす取組を支援するため、予算の範囲内で{HOJO}（以下「補助金」という。）を交付するものとし、その交付については、{PREF}補助金等交付規則に定めるもののほか、この要綱に定めるところによる。
""")
    st += article(2, "定義", """
この要綱において「海外コンクール等」とは、海外の団体が主催し、出品された商品を審査して賞を授与する国際的な品評会、コンクール及びデザイン賞をいう。
「小規模企業者」とは、常時使用する従業員の数が20人（商業又はサービス業に属する事業を主たる事業として営む者については５人）以下の中小企業者をいう。
「複数出品」とは、同一の年度内に、２以上の海外コンクール等に出品することをいう。
「受賞」とは、金賞、銀賞、銅賞その他の主催者が定める賞を受けることをいい、入選及び審査員推薦を含まない。
""")
    st += article(3, "補助対象者等", "令和７年度の補助対象者、申請期間等は、次のとおりとする。")
    st += lv_lines([
        ("補助対象者", "県内に本社又は主たる事業所を有する中小企業者（個人事業主を含む。）"),
        ("申請期間", "令和７年５月12日から６月20日まで（必着）"),
        ("補助対象期間", "交付決定の日から令和８年２月27日まで"),
        ("予算額", "1,800万円"),
        ("採択予定件数", "30件程度"),
    ], 0)
    st += article(4, "補助対象経費、補助率及び上限額",
                  "補助対象経費、補助率及び上限額は、経費区分ごとに次の表のとおりとする。")
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「中小企業者」の欄は、小規模企業者以外の中小企業者に適用する。「複数出品」の欄は、第２条に定める複数出品を行う場合に適用する。",
        f"※２ 補助金の額は、１事業者１年度当たり{COMPANY_CAP}万円を上限とし、千円未満の端数は切り捨てる。",
    ])
    st += article(5, "補助対象外経費", "次に掲げる経費は、補助の対象としない。")
    st += bullets(EXCLUDED, 0)
    st += article(6, "申請の手続", "補助金の申請から支払までの手続は、次のとおりとする。")
    st += numbered([
        f"① 事前相談（国際ビジネス課又は{CENTER}へ）",
        "② 交付申請書の提出（出品計画書と見積書を添えて、申請期間内に提出）",
        "③ 審査と交付決定（申請期間の終了後、おおむね30日以内に通知）",
        "④ 出品（交付決定の日から令和８年２月27日までに出品を終えること）",
        "⑤ 実績報告（主催者から審査の結果の通知を受けた日から20日以内）",
        "⑥ 補助金の額の確定と支払（実績報告の審査の後、おおむね30日以内）",
    ], 0)
    st += article(7, "受賞後の報告", """
補助金の交付を受けて受賞した者は、受賞した年度の翌年度から３年間、毎年度の末日までに、受賞した商品の海外での取引の状況を知事に報告しなければならない。
""")
    st += article(8, "その他", "この要綱に定めるもののほか、補助金の交付に関し必要な事項は、別に定める。")
    st += [P("附　則", H2)]
    st += paras("この要綱は、令和７年４月１日から施行する。", 0)
    st += [P("（参考１）これまでの実績", H1)]
    st += paras(f"""
制度を設けた令和３年度（2021年度）から令和６年度までの４年間に、延べ{n_all}件に計{amt_all:,}万円を交付し、そのうち{won_all}件が受賞した。令和６年度は{last[1]}件の申請のうち{last[2]}件に交付し、{last[3]}件が受賞した。分野別では、酒類が各年度とも最も多い。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += [caption(awards.title, "（単位：件）"), awards.flowable(), Spacer(1, 2)]
    st += notes([
        "※３ 受賞件数は、補助金の交付を受けた出品のうち、第２条の受賞に当たるものの件数であり、入選等は含まない。",
    ])
    st += [P("（参考２）受賞事例（令和６年度）", H1)]
    for i, (head, where, prize, result, _f) in enumerate(CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("出品したコンクール", where), ("受賞内容", prize), ("受賞後の成果", result)], 1)
    st += [CondPageBreak(30 * mm), P("（参考３）問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{HOJO_DEPT} 販路開拓班　電話：099-561-3410　ファクス：099-561-3419",
        f"{CENTER}（事前相談）　電話：099-561-3500",
        "電子メール：kaki-concours@example.jp",
    ]))
    return st


# ================================================================ document 2: passport offices, annual report
NENPO_TITLE = f"{PREF}旅券事務年報"
NENPO_DEPT = f"{PREF} 県民生活部 国際課"
RYOKEN_CENTER = f"{PREF}旅券センター"
INDICATORS = [  # 指標, 単位, 令和４年度, 令和５年度, 令和６年度
    ("申請件数", "件", 9842, 14316, 17205), ("交付件数", "件", 9655, 14028, 16874),
    ("未交付失効", "件", 58, 71, 66), ("出張受付の回数", "回", 6, 11, 14),
    ("窓口の平均待ち時間", "分", 18, 26, 22),
]
IND_YEARS = (2022, 2023, 2024)
OFFICES = [  # 窓口, 申請件数, 交付件数, 未交付失効 (令和６年度)
    (RYOKEN_CENTER, 10312, 10118, 38), ("浜宮市窓口", 2418, 2371, 9), ("北原市窓口", 1906, 1872, 7),
    ("岳見町窓口", 884, 865, 4), ("緑川町窓口", 702, 688, 3), ("峰里町窓口", 455, 446, 2),
    ("沢井町窓口", 318, 311, 2), ("東浦町窓口", 210, 203, 1),
]
AGES = [  # 年齢区分, 申請件数 令和５年度, 令和６年度
    ("20歳未満", 2731, 3612), ("20歳代", 3705, 4288), ("30歳代", 2240, 2806),
    ("40歳代", 2198, 2547), ("50歳代", 1851, 2168), ("60歳以上", 1591, 1784),
]
AGE_YEARS = (2023, 2024)
VISITS = [  # 見出し, 実施日, 受付件数, 主な渡航先 (same labels in every sibling section)
    ("電子部品製造業Ｄ社（浜宮市）", "令和６年６月14日", "38件", "ベトナム、タイ"),
    ("柿県立大学（柿市）", "令和６年10月９日", "61件", "米国、オーストラリア"),
    ("食品製造業Ｅ社（北原市）", "令和７年１月22日", "24件", "台湾、シンガポール"),
]
VISIT_TOTAL = 312  # 出張受付で受け付けた申請 (prose only)
PHONE_CALLS = 8420  # 旅券センターへの電話の問い合わせ (prose only)


def nenpo_specs():
    ind = TableSpec(
        key="indicators", doc=NENPO_PDF, title="主要指標の推移",
        header=[["指標", "単位"] + [f"令和{fw(y - 2018)}年度" for y in IND_YEARS]],
        rows=[[n, u] + [fw(x) for x in xs] for n, u, *xs in INDICATORS],
        col_widths=[48 * mm, 16 * mm, 30 * mm, 30 * mm, 30 * mm], value_cols=[2, 3, 4],
        unit=lambda row, c: nfkc(row[1]),
    )
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in OFFICES]
    rows.append(["合計"] + [fw(sum(r[j] for r in OFFICES)) for j in (1, 2, 3)])
    offices = TableSpec(
        key="offices", doc=NENPO_PDF, title="窓口別の申請と交付",
        header=[["窓口", "申請件数（件）", "交付件数（件）", "未交付失効（件）"]],
        rows=rows, col_widths=[44 * mm, 34 * mm, 34 * mm, 36 * mm], table_fy=2024, repeat_header=False,
    )
    offices.unit = lambda row, c, s=offices: bracket_unit(s.column_label(c))
    totals = [sum(a[j] for a in AGES) for j in (1, 2)]
    arows = [[n, fw(a), cell(pct1(a, totals[0])), fw(b), cell(pct1(b, totals[1]))] for n, a, b in AGES]
    arows.append(["合計", fw(totals[0]), "100.0", fw(totals[1]), "100.0"])
    ages = TableSpec(
        key="ages", doc=NENPO_PDF, title="年齢区分別の申請件数",
        header=[["年齢区分", "令和５年度", "", "令和６年度", ""],
                ["", "件数（件）", "構成比（％）", "件数（件）", "構成比（％）"]],
        rows=arows, col_widths=[36 * mm, 30 * mm, 30 * mm, 30 * mm, 30 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))],
    )
    ages.unit = lambda row, c, s=ages: bracket_unit(s.header_parts(c)[-1])
    return ind, offices, ages


def nenpo_story(specs):
    ind, offices, ages = specs
    apps, issued, lapsed = (sum(r[j] for r in OFFICES) for j in (1, 2, 3))
    prev = INDICATORS[0][3]
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(NENPO_TITLE, TITLE), Spacer(1, 1 * mm),
          P("令和７年７月", DATE_RIGHT), P(NENPO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　旅券事務の概要", H1)]
    st += lv_lines([
        ("所管", f"{NENPO_DEPT} 旅券班"),
        ("申請窓口", f"{RYOKEN_CENTER}（柿市）及び市町の窓口７か所"),
        ("受付時間", f"平日の午前９時から午後４時30分まで（{RYOKEN_CENTER}は第２・第４日曜日も受付）"),
        ("交付までの日数", "申請日の翌日から数えて８日目以降（土曜日、日曜日、祝日及び年末年始を除く。）"),
    ], 0)
    st += paras("""
この年報において「申請件数」とは、一般旅券の発給の申請（記載事項の変更を含む。）を受け付けた件数をいう。「未交付失効」とは、交付の準備ができた日から６か月以内に申請者が受け取らず、旅券が効力を失ったことをいう。また、「出張受付」とは、県の職員が企業、大学等に出向いて申請を受け付けることをいう。
""", 0)
    st += [P("２　申請と交付の推移", H1)]
    st += paras(f"""
令和６年度の申請件数は{apps:,}件で、前年度の約{half_up(Decimal(apps) / Decimal(prev), '0.1')}倍となり、２年続けて増えた。交付件数は{issued:,}件、未交付失効は{lapsed}件であった。
""", 0)
    st += [caption(ind.title), ind.flowable(), Spacer(1, 2)]
    st += notes(["※１ 窓口の平均待ち時間は、各年度の６月と12月に旅券センターで測った値の平均である。"])
    st += [P("３　窓口別の状況", H1)]
    st += paras(f"""
窓口別では、{RYOKEN_CENTER}が申請件数の約６割を占めた。市町の窓口では、浜宮市窓口が最も多かった。
""", 0)
    st += [caption(offices.title, "（令和６年度）", keep=False), offices.flowable(), Spacer(1, 2)]
    st += notes(["※２ 市町の窓口は申請の受付と旅券の交付のみを行い、旅券の作成は旅券センターで行う。"])
    st += [P("４　年齢区分別の申請", H1)]
    st += paras("""
年齢区分別では、20歳代が両年度とも最も多い。20歳未満は、学校の海外研修の再開により、構成比が前年度から２ポイント近く上がった。
""", 0)
    st += [caption(ages.title), ages.flowable(), Spacer(1, 2)]
    st += notes(["※３ 構成比は小数点以下第２位を四捨五入したため、内訳の計が100.0にならない場合がある。"])
    st += [P("５　出張受付", H1)]
    n_visits = INDICATORS[3][4]
    st += paras(f"""
令和６年度は{n_visits}回の出張受付を行い、延べ{VISIT_TOTAL}件の申請を受け付けた。このうち主なものは次のとおりである。
""", 0)
    for i, (head, day, n, dest) in enumerate(VISITS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("実施日", day), ("受付件数", n), ("主な渡航先", dest)], 1)
    st += [CondPageBreak(45 * mm), P("６　企業からの主な問い合わせ", H1)]
    st += paras(f"""
令和６年度に{RYOKEN_CENTER}が電話で受けた問い合わせは{PHONE_CALLS:,}件で、企業の担当者からは次のような問い合わせが多かった。
""", 0)
    st += bullets([
        "急な海外出張のため、交付を早めてもらえないか（交付までの日数は短縮できないことを案内）",
        "有効期間の残りが少ない旅券で、出張先の国に入国できるか（渡航先の国の大使館等に確かめるよう案内）",
        "外国籍の社員の旅券を、県の窓口で更新できるか（その国の大使館等で手続するよう案内）",
    ], 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        "① マイナポータルを使った電子申請の案内を、窓口とウェブサイトで強める。",
        "② 企業と大学への出張受付を、年20回に増やす。",
        "③ 未交付失効を減らすため、交付の準備ができたことを携帯電話のショートメッセージで知らせる。",
    ], 0)
    st += [CondPageBreak(34 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{NENPO_DEPT} 旅券班　電話：099-564-2280　ファクス：099-564-2289",
        f"{RYOKEN_CENTER}（申請の案内）　電話：099-564-2300",
        "電子メール：kaki-ryoken@example.jp",
    ]))
    return st


# ================================================================ document 3: interpreter and translator dispatch, usage rules
KITEI_SERVICE = f"{PREF}ビジネス通訳・翻訳者派遣事業"
KITEI_TITLE = f"{KITEI_SERVICE} 利用規程"
KYOKAI = f"公益財団法人{PREF}国際交流協会"
KITEI_DEPT = f"{PREF} 商工労働部 国際ビジネス課"
LANG_GROUPS = ["英語", "中国語、韓国語", "タイ語、ベトナム語、インドネシア語", "その他の言語"]
INTERP_FEES = [(5500, 4000), (6000, 4500), (7000, 5000), (8000, 6000)]  # 円 per hour: Ａ級, Ｂ級
TRANS_FEES = [(3000, 2500), (3200, 2700), (3800, 3300), (4500, 4000)]  # 円 per page: 日→外, 外→日
SPECIAL_RATE = Decimal("1.2")  # note ※３: contracts and technical documents (２割増し)
PAGE_CHARS = 400  # 「１ページ」: 日本語400字 (外国語200語)
CANCEL = [  # 取消しの時期, 利用料に対する割合（％）, 最低額（円）
    ("利用日の８日前まで", 0, 0), ("利用日の７日前から３日前まで", 30, 3000),
    ("利用日の２日前から前日まで", 50, 5000), ("利用日の当日", 100, 10000),
]
DISPATCHES = [  # 言語, 通訳件数, 通訳時間, 翻訳件数, 翻訳ページ数 (令和６年度)
    ("英語", 64, 312, 88, 1046), ("中国語", 31, 158, 27, 364), ("韓国語", 12, 51, 9, 96),
    ("ベトナム語", 15, 82, 11, 128), ("タイ語", 9, 47, 6, 71), ("その他", 9, 42, 8, 87),
]
USERS = 58  # 利用した事業者 (prose only)
EXAMPLES = [  # 見出し, 業務の内容, 通訳者の区分と利用時間, 利用料 (same labels in every sibling section)
    ("機械部品製造業Ｆ社（浜宮市）", "ベトナムから来た取引先との商談の通訳", "Ｂ級、３時間", "15,000円"),
    ("菓子製造業Ｇ社（柿市）", "東京で開かれた国際見本市のブースでの中国語の通訳", "Ａ級、８時間", "48,000円"),
    ("木工家具製造業Ｈ社（北原市）", "米国のバイヤーによる工場視察の通訳", "Ｂ級、２時間", "8,000円"),
]
EXAMPLE_ROWS = (2, 1, 0)  # the LANG_GROUPS row each example's fee comes from (Ｆ: Vietnamese, Ｇ: Chinese, Ｈ: English)
NOT_DISPATCHED = [
    "裁判所その他の機関における法的な手続の通訳",
    "医療機関における診療の通訳",
    "海外への出張に同行して行う通訳",
    "政治活動又は宗教活動に関するもの",
]


def kitei_specs():
    interp = TableSpec(
        key="interp", doc=KITEI_PDF, title="通訳の利用料（１時間当たり）",
        header=[["区分", "言語", "Ａ級（円）", "Ｂ級（円）"]],
        rows=[[f"（{fw(i)}）", n, fw(a), fw(b)] for i, (n, (a, b)) in enumerate(zip(LANG_GROUPS, INTERP_FEES), 1)],
        col_widths=[16 * mm, 66 * mm, 30 * mm, 30 * mm], label_col=1, table_fy=2025, align_left_cols=(0,),
    )
    interp.unit = lambda row, c, s=interp: bracket_unit(s.column_label(c))
    trans = TableSpec(
        key="trans", doc=KITEI_PDF, title="翻訳の利用料（１ページ当たり）",
        header=[["言語", "日本語から外国語（円）", "外国語から日本語（円）"]],
        rows=[[n, fw(a), fw(b)] for n, (a, b) in zip(LANG_GROUPS, TRANS_FEES)],
        col_widths=[66 * mm, 42 * mm, 42 * mm], ruled=False, table_fy=2025,
    )
    trans.unit = lambda row, c, s=trans: bracket_unit(s.column_label(c))
    cancel = TableSpec(
        key="cancel", doc=KITEI_PDF, title="通訳のキャンセル料",
        header=[["取消しの時期", "利用料に対する割合（％）", "最低額（円）"]],
        rows=[[n, fw(a), fw(b)] for n, a, b in CANCEL],
        col_widths=[66 * mm, 46 * mm, 34 * mm], table_fy=2025,
    )
    cancel.unit = lambda row, c, s=cancel: bracket_unit(s.column_label(c))
    drows = [[n] + [fw(x) for x in xs] for n, *xs in DISPATCHES]
    drows.append(["合計"] + [fw(sum(r[j] for r in DISPATCHES)) for j in (1, 2, 3, 4)])
    disp = TableSpec(
        key="dispatches", doc=KITEI_PDF, title="言語別の派遣実績",
        header=[["言語", "通訳件数（件）", "通訳時間（時間）", "翻訳件数（件）", "翻訳ページ数（ページ）"]],
        rows=drows, col_widths=[30 * mm, 30 * mm, 32 * mm, 30 * mm, 40 * mm], table_fy=2024,
    )
    disp.unit = lambda row, c, s=disp: bracket_unit(s.column_label(c))
    return interp, trans, cancel, disp


def kitei_story(specs):
    interp, trans, cancel, disp = specs
    n_i, h_i, n_t, p_t = (sum(r[j] for r in DISPATCHES) for j in (1, 2, 3, 4))
    st = [Spacer(1, 2 * mm), P(KITEI_TITLE, TITLE), Spacer(1, 1 * mm),
          P("令和７年３月21日制定", DATE_RIGHT), P(KYOKAI, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += article(1, "目的", f"""
この規程は、{KYOKAI}（以下「協会」という。）が{PREF}から受託して行う{KITEI_SERVICE}（以下「派遣事業」という。）の利用に関し、必要な事項を定める。
""")
    st += article(2, "定義", """
この規程において「Ａ級」とは、商談又は契約交渉の通訳又は翻訳の実務経験が５年以上あり、協会の審査に合格した登録者をいい、それ以外の登録者を「Ｂ級」という。
「利用時間」とは、通訳者が集合場所に到着した時刻から業務を終えた時刻までの時間をいい、移動時間を含まない。また、「１ページ」とは、日本語の原稿にあっては400字、外国語の原稿にあっては200語をいう。
""")
    st += article(3, "利用できる者等", "派遣事業を利用できる者、利用の上限等は、次のとおりとする。")
    st += lv_lines([
        ("利用できる者", "県内に事業所を有する中小企業者（個人事業主を含む。）及び商工団体"),
        ("利用の上限", "１利用者当たり、年度内に通訳40時間、翻訳60ページまで"),
        ("申込みの期限", "通訳は利用日の10日前まで、翻訳は納品希望日の14日前まで"),
        ("通訳の時間帯", "午前８時から午後８時まで"),
    ], 0)
    st += article(4, "派遣しない業務", "次に掲げる業務には、通訳者又は翻訳者を派遣しない。")
    st += bullets(NOT_DISPATCHED, 0)
    st += article(5, "利用料", """
利用者は、別表第１及び別表第２に定める利用料を協会に支払う。表の額は県の補助を差し引いた後の額であり、通訳者の交通費は、これとは別に実費を利用者が負担する。
""")
    st += [caption(interp.title, "（別表第１）"), interp.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 利用時間が２時間に満たない場合は２時間とし、30分未満の端数は30分に切り上げる。",
        "※２ 土曜日、日曜日及び祝日の利用は、１時間当たり1,000円を加算する。",
    ])
    st += [caption(trans.title, "（別表第２）"), trans.flowable(), Spacer(1, 2)]
    st += notes(["※３ 契約書及び技術文書の翻訳は、表の額の２割増しとする。"])
    st += article(6, "キャンセル料", """
利用者が通訳の利用を取り消したときは、別表第３のキャンセル料を支払う。翻訳の取消しは、翻訳者が着手する前は無料とし、着手した後は、取消しの時までに翻訳を終えたページ数に応じた利用料を支払う。
""")
    st += [caption(cancel.title, "（別表第３）"), cancel.flowable(), Spacer(1, 2)]
    st += notes(["※４ キャンセル料は、利用料に表の割合を乗じた額とし、その額が最低額に満たないときは最低額とする。"])
    st += article(7, "申込みの手続", "派遣事業の申込みから支払までの手続は、次のとおりとする。")
    st += numbered([
        "① 利用申込書の提出（協会のウェブサイト又はファクスで）",
        "② 通訳者又は翻訳者の選定と見積りの通知（申込みから３日以内）",
        "③ 利用の確定（見積りに同意する旨を協会に回答）",
        "④ 通訳又は翻訳の実施",
        "⑤ 請求書の送付と支払（業務を終えた月の翌月末日まで）",
    ], 0)
    st += article(8, "秘密の保持", "通訳者及び翻訳者は、業務上知り得た利用者の秘密を他に漏らしてはならない。")
    st += article(9, "その他", "この規程に定めるもののほか、派遣事業の利用に関し必要な事項は、協会の理事長が別に定める。")
    st += [P("附　則", H2)]
    st += paras("この規程は、令和７年（2025年）４月１日から施行する。", 0)
    st += [P("（参考１）令和６年度の利用実績", H1)]
    st += paras(f"""
令和６年度は、延べ{USERS}社が派遣事業を利用し、通訳{n_i}件（{h_i}時間）、翻訳{n_t}件（{p_t:,}ページ）を行った。言語別では、英語が通訳、翻訳ともに最も多かった。
""", 0)
    st += [caption(disp.title, "（令和６年度）"), disp.flowable(), Spacer(1, 2)]
    st += [P("（参考２）通訳の利用例（令和６年度）", H1)]
    for i, (head, what, grade, fee) in enumerate(EXAMPLES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("業務の内容", what), ("通訳者の区分と利用時間", grade), ("利用料", fee)], 1)
    st += [CondPageBreak(30 * mm), P("（参考３）問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KITEI_DEPT} 国際取引支援班　電話：099-567-8120　ファクス：099-567-8129",
        f"{KYOKAI} 派遣係（申込み）　電話：099-567-8200",
        "電子メール：kaki-haken@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return hojo_specs() + nenpo_specs() + kitei_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    hspecs, nspecs, kspecs = hojo_specs(), nenpo_specs(), kitei_specs()
    hdoc = build_pdf(docs_dir / HOJO_PDF, hspecs, hojo_story(hspecs),
                     HOJO_TITLE, "令和７年３月28日制定", HOJO_DEPT)
    ndoc = build_pdf(docs_dir / NENPO_PDF, nspecs, nenpo_story(nspecs),
                     f"令和６年度 {NENPO_TITLE}", "令和７年７月", NENPO_DEPT)
    kdoc = build_pdf(docs_dir / KITEI_PDF, kspecs, kitei_story(kspecs),
                     KITEI_TITLE, "令和７年３月21日制定", KYOKAI)
    gold = all_gold({HOJO_PDF: hdoc.row_pages, NENPO_PDF: ndoc.row_pages, KITEI_PDF: kdoc.row_pages})
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
    # --- hojo: the competitions subsidy guideline, tables (a) (b) (c), definitions, costs not covered, sibling sections
    dict(question="従業員が６人の雑貨の小売店から相談を受けています。海外のコンクールに出す書類の翻訳費は、何％まで補助されますか？",
         category="hojo", doc=HOJO_PDF,
         evidence=["主たる事業として営む者については５人", "出品書類の翻訳費 50 75 10 15"], answer=["50"],
         notes="two facts: a retail shop is 商業, whose 小規模企業者 limit is ５人 (definition in 第２条, asked just above "
               "its boundary), so six employees make it a 中小企業者 (note ※１); (a) two-level header, leaf "
               "補助率（％）／中小企業者; 75 (小規模企業者, the 20人 limit of manufacturers) is the trap"),
    dict(question="2025年度に、ある酒蔵が２つの海外の品評会に出品する予定です。出品するお酒を海外へ送る費用は、いくらまで補助されますか？",
         category="hojo", doc=HOJO_PDF,
         evidence=["２以上の海外コンクール等に出品すること", "出品物の海外輸送費 50 75 15 25"], answer=["25"],
         notes="(a) leaf 上限額（万円）／複数出品 (two competitions in one year = 複数出品, definition in 第２条); 15 "
               "(１件出品) and the rates 50 / 75 are the traps; 2025年度 = 令和７年度 (caption note; printed nowhere "
               "in Western form)"),
    dict(question="2023年度には、何件に補助金が交付されましたか？",
         category="hojo", doc=HOJO_PDF, evidence=["令和５年度 26 21 11 842"], answer=["21"],
         notes="(b) years as rows: 2023年度 = 令和５年度 (only 2021年度 is printed in Western form); column "
               "交付件数（件）; 26 (申請件数) and 11 (受賞件数) are the traps"),
    dict(question="令和６年度に補助金を受けて出品したもののうち、賞を取ったのは何％になりますか？",
         category="hojo", doc=HOJO_PDF, evidence=["令和６年度 33 27 15 1,105"], answer=["55.6%"], computed=True,
         notes="(b) share within a row: 受賞件数 15 / 交付件数 27 = 55.6 % (15 / 33 = 45.5 % of the applications is "
               "the wrong base)"),
    dict(question="2022年度に、お酒の部門で受賞したのは何件でしたか？",
         category="hojo", doc=HOJO_PDF, evidence=["酒類 ３ ４ ６ 13"], answer=["３"],
         notes="(c) fiscal years as columns: 2022年度 = the 令和４年度 column, row 酒類; 13 (the 計 column) is the trap"),
    dict(question="令和４年度から６年度までの３年間で、漆器などの工芸品の受賞は合わせて何件ありましたか？",
         category="hojo", doc=HOJO_PDF, evidence=["工芸品 １ ２ ３ ６"], answer=["６"],
         notes="(c) the total column 計 on the right (fiscal_year_range 2022–2024), row 工芸品; ３ (令和６年度) is the trap"),
    dict(question="令和６年度は、交付１件当たり平均でいくらの補助金が出た計算になりますか？",
         category="hojo", doc=HOJO_PDF, evidence=["令和６年度 33 27 15 1,105"], answer=["40.9万円"], computed=True,
         notes="(b) average in a row: 交付額 1,105 / 交付件数 27 = 40.9万円"),
    dict(question="果物の加工品を作っている会社の受賞事例では、どの賞を受けましたか？",
         category="hojo", doc=HOJO_PDF, evidence=["果実加工業Ｂ社", "受賞内容：ドライフルーツ部門 銀賞"], answer=["銀賞"],
         notes="sibling sections （１）–（３） of （参考２） share the labels 出品したコンクール, 受賞内容, 受賞後の成果; "
               "（２）果実加工業Ｂ社 (果物 = 果実); 金賞 and 優秀賞 are the siblings' values"),
    dict(question="品評会で「入選」だった場合も、この補助金でいう受賞に数えられますか？",
         category="hojo", doc=HOJO_PDF, evidence=["入選及び審査員推薦を含まない"], answer=["含まない"],
         notes="definition 「受賞」とは…入選及び審査員推薦を含まない (no; note ※３ repeats it for the counts)"),
    dict(question="授賞式に出るための渡航で、現地のホテル代も補助してもらえますか？",
         category="hojo", doc=HOJO_PDF, evidence=["補助の対象としない", "授賞式への渡航に係る宿泊費及び日当"],
         answer=["対象としない"],
         notes="the costs not covered (第５条, a lead sentence and four ○ items): the hotel of the ceremony trip; the "
               "fare itself (授賞式への渡航費, a row of (a)) is covered, the near miss"),
    # --- nenpo: the passport offices' annual report, tables (d) (e) (f), label-value lines, definitions, siblings
    dict(question="社員のパスポートを窓口で申請した場合、受け取れるのは申請から何日目以降になりますか？",
         category="nenpo", doc=NENPO_PDF, evidence=["申請日の翌日から数えて８日目以降"], answer=["８日目以降"],
         notes="「label：value」 line 交付までの日数 (counted from the next day, working days only)"),
    dict(question="交付の準備ができてから５か月たってパスポートを取りに行った場合、もう失効していますか？",
         category="nenpo", doc=NENPO_PDF, evidence=["交付の準備ができた日から６か月以内"], answer=["６か月以内"],
         notes="definition 「未交付失効」とは、交付の準備ができた日から６か月以内に申請者が受け取らず…効力を失った"
               "ことをいう (no: five months is within the six)"),
    dict(question="令和６年度に沢井町の窓口で交付された旅券は何件でしたか？",
         category="nenpo", doc=NENPO_PDF, evidence=["沢井町窓口 318 311 ２"], answer=["311"],
         notes="(e) continuation page (no header there): row 沢井町窓口, column 交付件数（件）; 318 (申請件数) is the trap"),
    dict(question="2024年度に浜宮市の窓口が受け付けた申請は何件ですか？",
         category="nenpo", doc=NENPO_PDF, evidence=["浜宮市窓口 2,418 2,371 ９"], answer=["2,418"],
         notes="(e) first page, column 申請件数（件）; 2,371 (交付件数) is the trap; 2024年度 = 令和６年度 (the report "
               "prints no Western year)"),
    dict(question="県の旅券センターだけで、令和６年度の申請全体の何％を受け付けたことになりますか？",
         category="nenpo", doc=NENPO_PDF, evidence=["柿県旅券センター 10,312 10,118 38", "合計 17,205 16,874 66"],
         answer=["59.9%"], computed=True,
         notes="(e) share of a column: 10,312 / 17,205 = 59.9 % (the prose says only 「約６割」, a near miss)"),
    dict(question="2023年度、窓口での平均の待ち時間は何分でしたか？",
         category="nenpo", doc=NENPO_PDF, evidence=["窓口の平均待ち時間 分 18 26 22"], answer=["26"],
         notes="(d) fiscal years as columns with a 単位 column (分): 2023年度 = the 令和５年度 column; 22 (令和６年度) "
               "is the trap"),
    dict(question="令和６年度の申請件数は、前の年度より何件増えましたか？",
         category="nenpo", doc=NENPO_PDF, evidence=["申請件数 件 9,842 14,316 17,205"], answer=["2,889件"], computed=True,
         notes="(d) difference across the year columns: 17,205 − 14,316 = 2,889件 (the prose gives only 「約1.2倍」)"),
    dict(question="令和６年度の申請のうち、20歳未満の人が占める割合はどれくらいですか？",
         category="nenpo", doc=NENPO_PDF, evidence=["20歳未満 2,731 19.1 3,612 21.0"], answer=["21.0"],
         notes="(f) counts and per cents in paired columns under two year groups: leaf 令和６年度／構成比（％）; 19.1 "
               "(令和５年度) and the count 3,612 are the traps"),
    dict(question="2024年度に、20代と30代の人の申請は合わせて何件ありましたか？",
         category="nenpo", doc=NENPO_PDF, evidence=["20歳代 3,705 25.9 4,288 24.9", "30歳代 2,240 15.6 2,806 16.3"],
         answer=["7,094件"], computed=True,
         notes="(f) sum of two rows in the 令和６年度／件数（件） column: 4,288 + 2,806 = 7,094件 (2024年度 = 令和６年度)"),
    dict(question="県立の大学に出向いて申請を受け付けたときは、何件の申請がありましたか？",
         category="nenpo", doc=NENPO_PDF, evidence=["柿県立大学（柿市）", "受付件数：61件"], answer=["61件"],
         notes="sibling sections （１）–（３） of ５ share the labels 実施日, 受付件数, 主な渡航先; （２）柿県立大学; 38件 and "
               "24件 are the siblings' values, 312件 the year's total"),
    # --- kitei: the interpreter and translator dispatch rules, tables (g) (h) (i) (j), definitions, siblings
    dict(question="通訳者が会社まで移動してくる時間も、利用時間に含まれますか？",
         category="kitei", doc=KITEI_PDF, evidence=["移動時間を含まない"], answer=["含まない"],
         notes="definition 「利用時間」とは、通訳者が集合場所に到着した時刻から…をいい、移動時間を含まない (no)"),
    dict(question="ベトナム語の通訳を、実務経験が豊富な上位の級の通訳者にお願いすると、１時間いくらですか？",
         category="kitei", doc=KITEI_PDF,
         evidence=["実務経験が５年以上あり", "タイ語、ベトナム語、インドネシア語 7,000 5,000"], answer=["7,000"],
         notes="(g) a first column of numbers （１）–（４）; ベトナム語 is in row （３） (タイ語、ベトナム語、インドネシア語), "
               "column Ａ級（円） (Ａ級 = the upper grade, definition in 第２条); 5,000 (Ｂ級) and 3,800 (the "
               "translation fee of (h)) are the traps"),
    dict(question="中国語のＢ級の通訳者に、平日に３時間来てもらうと利用料はいくらになりますか？",
         category="kitei", doc=KITEI_PDF, evidence=["中国語、韓国語 6,000 4,500"], answer=["13,500円"], computed=True,
         notes="(g) row （２） 中国語、韓国語, column Ｂ級（円） × 3 hours: 4,500 × 3 = 13,500円 (weekday: no ※２ add-on)"),
    dict(question="英語の資料を日本語に訳してもらう場合、１ページ当たりの料金はいくらですか？",
         category="kitei", doc=KITEI_PDF, evidence=["英語 3,000 2,500"], answer=["2,500"],
         notes="(h) unruled table, column 外国語から日本語（円）; 3,000 (日本語から外国語) is the trap"),
    dict(question="日本語で4,000字ある契約書を英語に翻訳してもらうと、料金はいくらになりますか？",
         category="kitei", doc=KITEI_PDF, evidence=["日本語の原稿にあっては400字", "英語 3,000 2,500", "表の額の２割増し"],
         answer=["36,000円"], computed=True,
         notes="three facts: 4,000字 = 10 pages (「１ページ」 = 400字, definition in 第２条); (h) 日本語から外国語（円） 3,000; "
               "note ※３ adds 20 % for contracts: 3,000 × 1.2 × 10 = 36,000円 (30,000円 without the add-on is the trap)"),
    dict(question="英語のＡ級の通訳を平日に４時間頼んでいた会社が、利用日の前日に取り消しました。キャンセル料はいくらになりますか？",
         category="kitei", doc=KITEI_PDF, evidence=["英語 5,500 4,000", "利用日の２日前から前日まで 50 5,000"],
         answer=["11,000円"], computed=True,
         notes="(g) 5,500 × 4 = 22,000円; (i) row 利用日の２日前から前日まで, 50 % (note ※４: at least 5,000円): "
               "22,000 × 50 % = 11,000円"),
    dict(question="2024年度の英語の翻訳は、１件当たり平均で何ページでしたか？",
         category="kitei", doc=KITEI_PDF, evidence=["英語 64 312 88 1,046"], answer=["11.9ページ"], computed=True,
         notes="(j) average in a row: 翻訳ページ数 1,046 / 翻訳件数 88 = 11.9ページ (2024年度 = 令和６年度)"),
    dict(question="来月の商談に通訳を頼みたい会社があります。利用日の何日前までに申し込めばよいですか？",
         category="kitei", doc=KITEI_PDF, evidence=["通訳は利用日の10日前まで"], answer=["10日前"],
         notes="「label：value」 line 申込みの期限; 14日前 (翻訳) is the trap"),
    dict(question="米国のバイヤーの工場見学で通訳を頼んだ家具メーカーの例では、利用料はいくらでしたか？",
         category="kitei", doc=KITEI_PDF, evidence=["木工家具製造業Ｈ社（北原市）", "利用料：8,000円"], answer=["8,000円"],
         notes="sibling sections （１）–（３） of （参考２） share the labels 業務の内容, 通訳者の区分と利用時間, 利用料; "
               "（３）木工家具製造業Ｈ社 (工場見学 = 工場視察); 15,000円 and 48,000円 are the siblings' values"),
    # --- followups
    dict(question="では、その経費で同じ年度に２つのコンクールに出品する場合、上限額はいくらですか？",
         category="followup", doc=HOJO_PDF, evidence=["出品料・審査料 50 75 10 20"], answer=["20"],
         history=_turns("海外のコンクールの出品料や審査料は、小規模企業者だと何％補助されますか？",
                        "小規模企業者の場合、補助率は75％です[1]。"),
         notes="(a) the row from the history (出品料・審査料), leaf 上限額（万円）／複数出品; 10 (１件出品) is the trap"),
    dict(question="そのうち、受け取られずに失効した旅券は何件ありましたか？",
         category="followup", doc=NENPO_PDF, evidence=["北原市窓口 1,906 1,872 ７"], answer=["７"],
         history=_turns("北原市の窓口では、令和６年度に何件の申請を受け付けましたか？",
                        "北原市窓口の令和６年度の申請は1,906件でした[1]。"),
         notes="(e) the row from the history (北原市窓口, on the first page), column 未交付失効（件） (a defined term)"),
    dict(question="それは前の年度と比べて何件増えましたか？",
         category="followup", doc=NENPO_PDF, evidence=["60歳以上 1,591 11.1 1,784 10.4"], answer=["193件"], computed=True,
         history=_turns("令和６年度に、60歳以上の人の申請は何件でしたか？",
                        "令和６年度の60歳以上の申請は1,784件でした[1]。"),
         notes="(f) the row from the history, the count columns of both year groups: 1,784 − 1,591 = 193件 (the "
               "per cents 11.1 / 10.4 fall, a trap)"),
    dict(question="では、その言語の翻訳は何ページ分でしたか？",
         category="followup", doc=KITEI_PDF, evidence=["韓国語 12 51 ９ 96"], answer=["96"],
         history=_turns("令和６年度に、韓国語の通訳は何件ありましたか？",
                        "令和６年度の韓国語の通訳は12件でした[1]。"),
         notes="(j) the row from the history (韓国語), column 翻訳ページ数（ページ）; ９ (翻訳件数) is the trap"),
    dict(question="そこのファクス番号を教えてください。",
         category="followup", doc=KITEI_PDF, evidence=["ファクス：099-567-8129"], answer=["099-567-8129"],
         history=_turns("通訳・翻訳者の派遣制度そのものについて、県の担当に問い合わせたいのですが、どこになりますか？",
                        "柿県商工労働部国際ビジネス課の国際取引支援班が担当しています[1]。"),
         notes="contact box of the rules: the 班's fax (first line, after its phone 099-567-8120, a near miss); the "
               "協会's phone 099-567-8200 (second line, for applications) is the other near miss"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="この補助金で受賞した商品は、その後海外でどれくらい売れていますか？受賞後の売上の合計は分かりますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline gives grants, awards and three cases' results (a contract for 2,400本, 42 meetings), "
               "and 第７条 asks for reports, but no sales figures",
         absent=["売上額", "売上高", "販売額", "売上げ"]),
    dict(question="これまでの交付を、出品したコンクールの開催国別に見ると、フランスの品評会への出品は何件ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the record is by year and the awards by field; one case names a French competition, a near miss",
         absent=["開催国別", "国別"]),
    dict(question="令和６年度の旅券の申請を渡航目的別に見ると、仕事での渡航は何件ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="applications are given by office and by age band; the 出張受付 sections give destinations, not purposes",
         absent=["渡航目的", "目的別"]),
    dict(question="令和６年度に交付した旅券のうち、10年用と５年用はそれぞれ何冊でしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report counts issued passports by office, not by validity",
         absent=["10年用", "５年用", "10年旅券", "５年旅券", "有効期間10年"]),
    dict(question="協会に登録している通訳者は、全部で何人いますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the rules define Ａ級 and Ｂ級 registrants and report dispatches by language, not the number registered",
         absent=["登録者数", "登録通訳者数", "人が登録", "名が登録"]),
    dict(question="オンライン会議で通訳してもらう場合の料金はいくらですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the fees are for interpreters on site (利用時間 from arrival at the meeting place); remote "
               "interpreting is not mentioned",
         absent=["オンライン", "リモート", "遠隔", "ウェブ会議"]),
]
CATEGORY_COUNTS = {"hojo": 10, "nenpo": 10, "kitei": 9, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h52q", "h52t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H, I, J = (
    "経費区分別の補助率と上限額", "申請と交付の実績", "分野別の受賞件数",
    "主要指標の推移", "窓口別の申請と交付", "年齢区分別の申請件数",
    "通訳の利用料（１時間当たり）", "翻訳の利用料（１ページ当たり）", "通訳のキャンセル料", "言語別の派遣実績")
LETTERS = dict(zip((A, B, C, D, E, F, G, H, I, J), "abcdefghij"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y, unit) -> str:
    q = half_up(Decimal(x) / Decimal(y), "0.1")
    return f"{int(q) if q == q.to_integral() else q}{unit}"


def _yen(x) -> str:
    return f"{int(x):,}円"


def _cancel(g, row, fee):
    rate = g(I, row, "利用料に対する割合（％）", 2025)
    return max(Decimal(fee) * rate / 100, Decimal(g(I, row, "最低額（円）", 2025)))


COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h52q04": lambda g: _pct(g(B, "令和６年度", "受賞件数（件）", 2024), g(B, "令和６年度", "交付件数（件）", 2024)),
    "h52q07": lambda g: _avg(g(B, "令和６年度", "交付額（万円）", 2024), g(B, "令和６年度", "交付件数（件）", 2024), "万円"),
    "h52q15": lambda g: _pct(g(E, RYOKEN_CENTER, "申請件数（件）", 2024), g(E, "合計", "申請件数（件）", 2024)),
    "h52q17": lambda g: f"{g(D, '申請件数', '令和６年度', 2024) - g(D, '申請件数', '令和５年度', 2023):,}件",
    "h52q19": lambda g: f"{g(F, '20歳代', '令和６年度／件数（件）', 2024) + g(F, '30歳代', '令和６年度／件数（件）', 2024):,}件",
    "h52q23": lambda g: _yen(g(G, "中国語、韓国語", "Ｂ級（円）", 2025) * 3),
    "h52q25": lambda g: _yen(Decimal(g(H, "英語", "日本語から外国語（円）", 2025)) * SPECIAL_RATE * (4000 // PAGE_CHARS)),
    "h52q26": lambda g: _yen(_cancel(g, "利用日の２日前から前日まで", g(G, "英語", "Ａ級（円）", 2025) * 4)),
    "h52q27": lambda g: _avg(g(J, "英語", "翻訳ページ数（ページ）", 2024), g(J, "英語", "翻訳件数（件）", 2024), "ページ"),
    "h52q32": lambda g: f"{g(F, '60歳以上', '令和６年度／件数（件）', 2024) - g(F, '60歳以上', '令和５年度／件数（件）', 2023):,}件",
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {HOJO_PDF: (3, 3), NENPO_PDF: (3, 3), KITEI_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (150, 200)
TABLE_QUESTIONS = 20  # at least, outside the followups
BEFORE_BREAK_ROWS = (RYOKEN_CENTER, "浜宮市窓口")  # rows of (e) expected before the page break
CONTINUED_ROWS = ("沢井町窓口", "東浦町窓口", "合計")  # and after it


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout52.py")
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
    n_computed = sum(bool(q.get("computed")) for q in questions)
    if not 8 <= n_computed <= 12:
        errors.append(f"{n_computed} computed questions, expected about 10")
    for q in questions:  # a computed answer names its unit (or is a per cent)
        if q.get("computed") and not re.search(r"(%|万円|円|件|ページ)$", q["answer"][0]):
            errors.append(f"{q['id']}: computed answer {q['answer'][0]!r} without its unit")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout52.py")
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
    keys = [(g["table"], g["row"], g["column"], g["fiscal_year"], str(g["fiscal_year_range"])) for g in gold]
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

    def adds_up(table, cols):
        tab = t[table]
        for col in cols:
            if tab["合計"][col] != sum(r[col] for row, r in tab.items() if row != "合計"):
                errors.append(f"{table}: 合計 of {col} does not add up")

    # (a): small firms get at least the general rate, several entries at least the single cap; caps within ※２
    for row, r in t[A].items():
        if r["補助率（％）／小規模企業者"] < r["補助率（％）／中小企業者"]:
            errors.append(f"{A} / {row}: 小規模企業者 rate below the 中小企業者 rate")
        if r["上限額（万円）／複数出品"] <= r["上限額（万円）／１件出品"]:
            errors.append(f"{A} / {row}: 複数出品 cap not above the １件出品 cap")
        if r["上限額（万円）／複数出品"] > COMPANY_CAP:
            errors.append(f"{A} / {row}: a cap above the firm cap of note ※２")
    # (b): growing applications; 交付 ≤ 申請; 受賞 ≤ 交付; grants within 交付 × firm cap
    b = t[B]
    ns = [r["申請件数（件）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for row, r in b.items():
        if not r["受賞件数（件）"] <= r["交付件数（件）"] <= r["申請件数（件）"] \
                or r["交付額（万円）"] > r["交付件数（件）"] * COMPANY_CAP:
            errors.append(f"{B} / {row}: grants or awards out of range")
    # (c): 合計 row and 計 column add up; the year totals equal (b)'s 受賞件数
    c = t[C]
    year_cols = [f"令和{fw(y - 2018)}年度" for y in AWARD_YEARS]
    adds_up(C, year_cols + ["計"])
    for row, r in c.items():
        if r["計"] != sum(r[k] for k in year_cols):
            errors.append(f"{C} / {row}: 計 does not add up")
    for k in year_cols:
        if c["合計"][k] != b[k]["受賞件数（件）"]:
            errors.append(f"{C}: 合計 of {k} differs from 受賞件数 of {B}")
    # (d) and (e): (e)'s 合計 adds up and equals (d)'s 令和６年度; 交付 ≤ 申請; 出張受付 as in the prose
    d, e = t[D], t[E]
    adds_up(E, ("申請件数（件）", "交付件数（件）", "未交付失効（件）"))
    for name, col in (("申請件数", "申請件数（件）"), ("交付件数", "交付件数（件）"), ("未交付失効", "未交付失効（件）")):
        if d[name]["令和６年度"] != e["合計"][col]:
            errors.append(f"{D}: {name} 令和６年度 differs from the 合計 of {E}")
    for k in ("令和４年度", "令和５年度", "令和６年度"):
        if d["交付件数"][k] > d["申請件数"][k]:
            errors.append(f"{D}: 交付件数 above 申請件数 in {k}")
    if any(r["交付件数（件）"] > r["申請件数（件）"] for r in e.values()):
        errors.append(f"{E}: 交付件数 above 申請件数")
    # (f): the counts add up to (d)'s 申請件数 of each year; the per cents come from the counts
    f = t[F]
    for y, prev in (("令和５年度", "令和５年度"), ("令和６年度", "令和６年度")):
        col = f"{y}／件数（件）"
        adds_up(F, [col])
        if f["合計"][col] != d["申請件数"][prev]:
            errors.append(f"{F}: 合計 of {col} differs from {D}")
        for row, r in f.items():
            want = Decimal("100.0") if row == "合計" else pct1(r[col], f["合計"][col])
            if Decimal(str(r[f"{y}／構成比（％）"])) != want:
                errors.append(f"{F} / {row}: 構成比 of {y} differs from the counts")
    # (g) (h) (i): the upper grade costs more, into Japanese costs less, cancellation charges grow
    for row, r in t[G].items():
        if r["Ａ級（円）"] <= r["Ｂ級（円）"]:
            errors.append(f"{G} / {row}: Ａ級 not above Ｂ級")
    for row, r in t[H].items():
        if r["日本語から外国語（円）"] <= r["外国語から日本語（円）"]:
            errors.append(f"{H} / {row}: into Japanese should cost less")
    rates = [r["利用料に対する割合（％）"] for r in t[I].values()]
    mins = [r["最低額（円）"] for r in t[I].values()]
    if rates != sorted(set(rates)) or mins != sorted(set(mins)):
        errors.append(f"{I}: the charges should grow towards the day")
    # (j): 合計 adds up
    adds_up(J, ("通訳件数（件）", "通訳時間（時間）", "翻訳件数（件）", "翻訳ページ数（ページ）"))
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    offices = specs["offices"]
    bp = sorted({g["page"] for g in gold if g["table"] == E})
    if len(bp) != 2:
        errors.append(f"{E} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(offices.header[0]))
        on = [i + 1 for i, p in enumerate(pages[NENPO_PDF]) if header in norm(p)]
        if offices.repeat_header or on != bp[:1]:
            errors.append(f"{E}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == E and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == E and g["page"] == bp[1]}
        if not 3 <= len(first) <= 7:
            errors.append(f"{E}: {len(first)} rows before the page break, expected 3-7")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{E}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("旅券の作成は旅券センターで行う") not in norm(pages[NENPO_PDF][bp[1] - 1]):
            errors.append(f"{E}: note ※２ should follow the table on the continuation page")
    for key, spec in specs.items():
        if key == "offices":
            continue
        tp = {g["page"] for g in gold if g["table"] == spec.title}
        if len(tp) != 1:
            errors.append(f"{spec.title} is on pages {sorted(tp)}, expected one page")
    if specs["trans"].ruled or not all(s.ruled for k, s in specs.items() if k != "trans"):
        errors.append(f"only {H} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns; units only in the groups
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／中小企業者", "補助率（％）／小規模企業者", "上限額（万円）／１件出品", "上限額（万円）／複数出品"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "万円"} \
            or any(bracket_unit(x) for x in specs["rates"].header[1]):
        errors.append(f"{A}: units should come from the header groups only")
    # (b): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::4] != [y for y, *_x in RECORD]:
        errors.append(f"{B}: expected years as rows")
    # (c): fiscal years as columns and a total column on the right covering their range
    ccols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == C))
    if ccols != [f"令和{fw(y - 2018)}年度" for y in AWARD_YEARS] + ["計"]:
        errors.append(f"{C}: expected the year columns and 計, got {ccols}")
    for g in gold:
        if g["table"] == C:
            want_fy = None if g["column"] == "計" else fiscal_year(g["column"])
            want_range = [AWARD_YEARS[0], AWARD_YEARS[-1]] if g["column"] == "計" else None
            if g["fiscal_year"] != want_fy or g["fiscal_year_range"] != want_range:
                errors.append(f"{g['id']}: fiscal year of {C} / {g['column']} wrong")
        elif g["fiscal_year_range"] is not None:
            errors.append(f"{g['id']}: only the 計 column of {C} has a fiscal-year range")
    # (d): years as columns with a 単位 column giving each row's unit (not a gold cell)
    ind = specs["indicators"]
    if ind.header[0][1] != "単位" or 1 in ind.value_cols:
        errors.append(f"{D}: expected a 単位 column that is no gold cell")
    for g in gold:
        if g["table"] == D:
            row = next(r for r in ind.rows if r[0] == g["row"])
            if g["unit"] != nfkc(row[1]) or g["fiscal_year"] != fiscal_year(g["column"]):
                errors.append(f"{g['id']}: unit or year of {D} not from its 単位 cell and column")
    if len({nfkc(r[1]) for r in ind.rows}) < 3:
        errors.append(f"{D}: expected at least three different units in the 単位 column")
    # (f): counts and per cents in paired columns under two year groups
    fcols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == F))
    want = [f"令和{fw(y - 2018)}年度／{leaf}" for y in AGE_YEARS for leaf in ("件数（件）", "構成比（％）")]
    if fcols != want or len(specs["ages"].header) != 2:
        errors.append(f"{F}: expected paired columns {want}, got {fcols}")
    if any(g["fiscal_year"] != fiscal_year(g["column"].split(GROUP_SEP)[0]) for g in gold if g["table"] == F):
        errors.append(f"{F}: fiscal years should come from the year groups")
    # (g): a first column of numbers （１）… that is no gold cell; the language is the row label
    interp = specs["interp"]
    if [r[0] for r in interp.rows] != [f"（{fw(i)}）" for i in range(1, len(interp.rows) + 1)] \
            or interp.label_col != 1 or 0 in interp.value_cols:
        errors.append(f"{G}: expected a first column （１）… left of the row labels")
    if any(re.fullmatch(r"（[０-９]）", g["row"]) for g in gold):
        errors.append(f"{G}: a number （n） is recorded as a row label")
    # (h): per cents never; unit from the column headers
    if {g["unit"] for g in gold if g["table"] == H} != {"円"}:
        errors.append(f"{H}: expected yen only")
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
        got = re.findall(r"099-\d{3}-\d{4}", text)
        if got != want:
            errors.append(f"{what}: the contact box should give {want}, got {got}")
        lines = [norm(x) for x in "\n".join(pages[doc]).splitlines()]
        if not any(f"電話:{want[0]}ファクス:{want[1]}" in x and "班" in x for x in lines):
            errors.append(f"{what}: the 班's phone and fax should share one line")
        if not any(f"電話:{want[2]}" in x and "班" not in x for x in lines):
            errors.append(f"{what}: the other body's phone should be on its own line")
        got_mails = re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text)
        if got_mails != mails:
            errors.append(f"{what}: mail addresses {got_mails}, expected {mails}")

    def defs(text, terms, what):
        for d in terms:
            if norm(f"「{d}」とは") not in text:
                errors.append(f"{what}: the definition of {d} is missing")

    def western(text, want, what):
        got = re.findall(r"20\d\d年", text)
        if got != want:
            errors.append(f"{what}: Western years {got}, expected {want}")

    # ---- the grant guideline
    hj = norm("\n".join(pages[HOJO_PDF]))
    siblings(hj, HOJO_PDF, ("出品したコンクール：", "受賞内容：", "受賞後の成果："), [c[0] for c in CASES])
    n_all, won_all, amt_all = (sum(r[j] for r in RECORD) for j in (2, 3, 4))
    last = RECORD[-1]
    if norm(f"延べ{n_all}件に計{amt_all:,}万円を交付し、そのうち{won_all}件が受賞") not in hj \
            or norm(f"令和６年度は{last[1]}件の申請のうち{last[2]}件に交付し、{last[3]}件が受賞") not in hj:
        errors.append("guideline: the figures in the prose differ from (b)")
    if any(max(AWARDS, key=lambda r, j=j: r[j])[0] != "酒類" or sorted(r[j] for r in AWARDS)[-2] == AWARDS[0][j]
           for j in (1, 2, 3)):
        errors.append("guideline: 「酒類が各年度とも最も多い」 does not hold")
    fields = [a[0] for a in AWARDS]
    if any(c[4] not in fields or not c[2].endswith(("賞", "賞（干し柿）")) for c in CASES):
        errors.append("guideline: a case's field is not a row of (c)")
    western(hj, ["2021年"], "guideline")
    defs(hj, ("海外コンクール等", "小規模企業者", "複数出品", "受賞"), "guideline")
    for x in EXCLUDED:
        if norm(x) not in hj:
            errors.append(f"guideline: the cost not covered {x} is missing")
    if norm(f"１事業者１年度当たり{COMPANY_CAP}万円を上限") not in hj:
        errors.append("guideline: note ※２ (the firm cap) is missing")
    arts = re.findall(r"第(\d+)条\(", hj)  # after norm (NFKC): half-width digits and brackets
    if arts != list("12345678"):
        errors.append(f"guideline: articles {arts}, expected 第１条-第８条")
    steps_of(HOJO_PDF, "①②③④⑤⑥", "guideline")
    contacts(HOJO_PDF, ["099-561-3410", "099-561-3419", "099-561-3500"], ["kaki-concours@example.jp"], "guideline")

    # ---- the passport annual report
    nn = norm("\n".join(pages[NENPO_PDF]))
    siblings(nn, NENPO_PDF, ("実施日：", "受付件数：", "主な渡航先："), [v[0] for v in VISITS])
    apps, issued, lapsed = (sum(r[j] for r in OFFICES) for j in (1, 2, 3))
    prev = INDICATORS[0][3]
    ratio = half_up(Decimal(apps) / Decimal(prev), "0.1")
    if norm(f"申請件数は{apps:,}件で、前年度の約{ratio}倍") not in nn \
            or norm(f"交付件数は{issued:,}件、未交付失効は{lapsed}件") not in nn:
        errors.append("annual report: the figures in the prose differ from (d) and (e)")
    ind_apps = INDICATORS[0][2:]
    if not ind_apps[0] < ind_apps[1] < ind_apps[2]:
        errors.append("annual report: 「２年続けて増えた」 does not hold")
    share = OFFICES[0][1] / apps
    if not 0.57 <= share <= 0.63 or max(OFFICES[1:], key=lambda r: r[1])[0] != "浜宮市窓口":
        errors.append("annual report: 「約６割」 or 「浜宮市窓口が最も多かった」 does not hold")
    if len(OFFICES) - 1 != 7 or norm("市町の窓口７か所") not in nn:
        errors.append("annual report: the seven municipal windows do not match (e)")
    if any(max(AGES, key=lambda r, j=j: r[j])[0] != "20歳代" for j in (1, 2)):
        errors.append("annual report: 「20歳代が両年度とも最も多い」 does not hold")
    t5, t6 = (sum(a[j] for a in AGES) for j in (1, 2))
    rise = pct1(AGES[0][2], t6) - pct1(AGES[0][1], t5)
    if not Decimal("1.5") <= rise < Decimal("2.0"):
        errors.append("annual report: 「２ポイント近く上がった」 does not hold")
    if norm(f"{INDICATORS[3][4]}回の出張受付を行い、延べ{VISIT_TOTAL}件") not in nn \
            or sum(int(v[2].rstrip("件")) for v in VISITS) >= VISIT_TOTAL:
        errors.append("annual report: the 出張受付 figures in the prose do not hold")
    western(nn, [], "annual report")
    defs(nn, ("申請件数", "未交付失効", "出張受付"), "annual report")
    steps_of(NENPO_PDF, "①②③", "annual report")
    contacts(NENPO_PDF, ["099-564-2280", "099-564-2289", "099-564-2300"], ["kaki-ryoken@example.jp"], "annual report")

    # ---- the dispatch rules
    kt = norm("\n".join(pages[KITEI_PDF]))
    siblings(kt, KITEI_PDF, ("業務の内容：", "通訳者の区分と利用時間：", "利用料："), [x[0] for x in EXAMPLES])
    for (head, _what, grade, fee), row in zip(EXAMPLES, EXAMPLE_ROWS):
        g, hours = re.fullmatch(r"(Ａ|Ｂ)級、([０-９\d]+)時間", grade).groups()
        rate = INTERP_FEES[row][0 if g == "Ａ" else 1]
        if rate * int(nfkc(hours)) != int(fee.rstrip("円").replace(",", "")):
            errors.append(f"rules: the fee of example {head} does not follow (g)")
    n_i, h_i, n_t, p_t = (sum(r[j] for r in DISPATCHES) for j in (1, 2, 3, 4))
    if norm(f"延べ{USERS}社が派遣事業を利用し、通訳{n_i}件（{h_i}時間）、翻訳{n_t}件（{p_t:,}ページ）") not in kt:
        errors.append("rules: the figures in the prose differ from (j)")
    if any(max(DISPATCHES, key=lambda r, j=j: r[j])[0] != "英語" for j in (1, 3)):
        errors.append("rules: 「英語が通訳、翻訳ともに最も多かった」 does not hold")
    western(kt, ["2025年"], "rules")
    defs(kt, ("Ａ級", "利用時間", "１ページ"), "rules")
    for x in NOT_DISPATCHED:
        if norm(x) not in kt:
            errors.append(f"rules: the excluded task {x} is missing")
    arts = re.findall(r"第(\d+)条\(", kt)
    if arts != list("123456789"):
        errors.append(f"rules: articles {arts}, expected 第１条-第９条")
    if norm("表の額の２割増し") not in kt or norm(f"日本語の原稿にあっては{PAGE_CHARS}字") not in kt:
        errors.append("rules: note ※３ or the page definition the computed questions use is missing")
    steps_of(KITEI_PDF, "①②③④⑤", "rules")
    contacts(KITEI_PDF, ["099-567-8120", "099-567-8129", "099-567-8200"], ["kaki-haken@example.jp"], "rules")
    # every phone and fax number of the set is fictional (099-56x-xxxx), every mail address under example.jp
    for n, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text):
            if not re.fullmatch(r"099-56\d-\d{4}", ph):
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
