"""Build the 楾県 held-out set 80: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (楾県 and every town, scheme, organisation, phone number, address
and figure). The documents are in three genres the earlier sets do not use: a grant guideline
(交付要綱) for a prefectural subsidy towards small firms' regulatory approval of medical devices
abroad (医療機器海外薬事承認取得支援補助金: regulatory consultants, testing, translation of the
technical file, clinical evaluation reports, application and registration fees) with rates by firm
size and caps by device class under a two-level header with a 「－」 cell, the grants by year (years
as rows, header cells printed over two lines, 「－」 before the small-firm rate existed) and a KPI
table (目標 / 実績 / 達成率 and a mark column ◎ ○ △); the report of a survey of the prefecture's
firms on their e-mail and newsletter marketing abroad (海外向けメールマーケティングに関する実態調査)
with the firms by industry (a table continued over a page break without its header), the regions
they send to in two survey years with a 増減 column printing decreases with ▲, the results by
mailing tool and an unruled table of the issues; and the user guide (利用案内) of the prefectural
library's business information corner for overseas markets (県立図書館 海外市場ビジネス情報コーナー)
with its databases, the printing and copying fees (a 「－」 cell) and the uses by database and
quarter with a total column on the right; see README.md beside this file.

    python make_heldout80.py [OUTPUT_DIR]          # default: this file's directory

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

YAKUJI_PDF = "hanzo_iryokiki_kaigai_yakuji_hojokin_kofu_yoko_r7.pdf"
MAIL_PDF = "hanzo_kaigai_mail_marketing_jittai_chosa_r6.pdf"
LIB_PDF = "hanzo_toshokan_kaigai_business_corner_riyo_annai_r7.pdf"
ALL_PDFS = (YAKUJI_PDF, MAIL_PDF, LIB_PDF)

UNITS = ("百万円", "万円", "千円", "円", "件", "人", "社", "台", "コマ", "枚", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
DASH = "－"  # an empty cell (no figure: a cost not covered, a category not yet existing); no gold cell
MINUS = "▲"  # a decrease in a 増減 column
PHONE_PREFIX = "099-84"  # every phone number of the set: 099-84x-xxxx
MAIL_DOMAIN = "@example.jp"
OTHER_PREFS = ("梛県",)  # the prefecture of the set written at the same time (79)


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
    """(number, unit) as printed after NFKC; a leading ▲ makes the number negative; (None, None)
    for text and for the 「－」 cell."""
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
    m = re.search(r"（([^（）]+)）$", label(text))
    return nfkc(m.group(1)) if m else None


def half_up(x: Decimal, q: str) -> Decimal:
    return x.quantize(Decimal(q), ROUND_HALF_UP)


def pct1(k: int, n: int) -> Decimal:
    """k / n in per cent with one decimal, rounded half up."""
    return half_up(Decimal(k * 100) / Decimal(n), "0.1")


def cell(x) -> str:
    """A table cell: None as 「－」, an int as docgen prints it (single digits full-width), a Decimal
    with one decimal."""
    if x is None:
        return DASH
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def signed(n: int) -> str:
    """A 増減 cell: decreases with ▲, increases and zero as plain numbers."""
    return f"{MINUS}{fw(-n)}" if n < 0 else fw(n)


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf, optional columns that
    cover a range of fiscal years (a 増減 column) and 「－」 cells that are no gold cells."""

    col_range: dict | None = None  # {col: [first, last]} for columns covering two fiscal years

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

    def dash_cells(self) -> list[tuple[int, int]]:
        """(row, col) of the 「－」 cells among the value columns."""
        return [(i, c) for i, r in enumerate(self.rows) for c in self.value_cols if r[c] == DASH]


def gold_records(spec: TableSpec, pages_of: dict) -> list[dict]:
    out = []
    for i, r in enumerate(spec.rows):
        for c in spec.value_cols:
            value = r[c]
            if value == DASH:  # no figure: not a gold cell (README, "Formats")
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


def article(num: int, title: str, text: str):
    """An article of the guideline: its heading 第n条（…）, then its text."""
    return [P(f"第{fw(num)}条（{title}）", H2)] + paras(text, 0)


PREF = "楾県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: medical-device approval subsidy, grant guideline
YAKUJI = f"{PREF}医療機器海外薬事承認取得支援補助金"
YAKUJI_DEPT = f"{PREF} 商工労働部 ものづくり産業課"
KIKO = f"公益財団法人{PREF}産業振興機構"
RATES = [  # 経費区分; 補助率（％）: 中小企業者, 小規模企業者; 上限額（千円）: クラスⅠ・Ⅱ, クラスⅢ・Ⅳ (令和７年度)
    ("薬事コンサルタント費", 50, 70, 2000, 4000), ("試験・評価費", 50, 60, 3000, 6000),
    ("技術文書の翻訳費", 50, 75, 1200, 2000), ("臨床評価報告書の作成費", 50, 60, None, 3000),
    ("申請・登録手数料", 40, 50, 800, 2500),
]
FIRM_CAP_MAN = 1000  # 第４条: 万円 per firm and fiscal year (the table is in 千円)
RECORD = [  # 年度, 申請件数, 交付件数, うち小規模企業者 (None before 令和４年度), 承認等の取得件数, 交付額（千円）
    (2020, 6, 4, None, 1, 9840), (2021, 9, 6, None, 3, 15620), (2022, 11, 8, 3, 4, 22310),
    (2023, 14, 10, 4, 7, 29480), (2024, 17, 12, 5, 9, 36750),
]
SMALL_FROM = 2022  # the small-firm rate was set up in 令和４年度
KPI = [  # 指標, 目標, 実績 (令和６年度); 達成率 and 評価 are computed
    ("補助金の交付件数（件）", 12, 12), ("薬事承認等の取得件数（件）", 10, 9),
    ("承認等を得た機器の輸出額（百万円）", 300, 246), ("相談窓口の利用企業数（社）", 40, 28),
    ("新たに輸出を始めた企業数（社）", 5, 6),
]
YAKUJI_CASES = [  # 見出し, 対象機器, 輸出先, 補助金の額 (same labels in every sibling section); class; cost items
    ("整形外科用器具製造業Ａ社（楾市）", "骨接合用プレート（クラスⅢ）", "ＥＵ（ＣＥマーキングの取得）", "7,480千円",
     "ⅢⅣ", ("薬事コンサルタント費", "試験・評価費", "臨床評価報告書の作成費")),
    ("電子血圧計製造業Ｂ社（芦浦市）", "家庭用電子血圧計（クラスⅡ）", "米国（ＦＤＡへの市販前届出）", "2,860千円",
     "ⅠⅡ", ("薬事コンサルタント費", "試験・評価費")),
    ("歯科材料製造業Ｃ社（青淵町）", "歯科用印象材（クラスⅠ）", "タイ（医療機器の登録）", "940千円",
     "ⅠⅡ", ("技術文書の翻訳費", "申請・登録手数料")),
]
EXCLUDED = [  # 補助の対象としない経費 (第５条)
    "国内の製造販売承認等の取得に要する経費",
    "臨床試験（治験）の実施に要する経費",
    "製品の設計変更、改良又は製造に要する経費",
    "承認等の取得後の更新、年次登録及び維持に要する経費",
    "交付決定の日より前に発注し、又は支払った経費",
]


def mark(rate: int) -> str:
    """評価 of a KPI row (note ※６): ◎ 100 % or more, ○ 80 % to under 100 %, △ under 80 %."""
    return "◎" if rate >= 100 else "○" if rate >= 80 else "△"


def yakuji_specs():
    rates = TableSpec(
        key="rates", doc=YAKUJI_PDF, title="補助対象経費の区分別の補助率と上限額",
        header=[["経費区分", "補助率（％）", "", "上限額（千円）", ""],
                ["", "中小企業者", "小規模企業者", "クラスⅠ・Ⅱ", "クラスⅢ・Ⅳ"]],
        rows=[[n, fw(a), fw(b), cell(c), cell(d)] for n, a, b, c, d in RATES],
        col_widths=[52 * mm, 27 * mm, 27 * mm, 27 * mm, 27 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    record = TableSpec(
        key="record", doc=YAKUJI_PDF, title="申請と交付の実績",
        header=[["年度", "申請\n件数（件）", "交付\n件数（件）", "うち小規模\n企業者（件）", "承認等の\n取得件数（件）",
                 "交付額\n（千円）"]],
        rows=[[era(y), fw(a), fw(b), cell(s), fw(k), fw(g)] for y, a, b, s, k, g in RECORD],
        col_widths=[26 * mm, 25 * mm, 25 * mm, 28 * mm, 30 * mm, 26 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    kpi = TableSpec(
        key="kpi", doc=YAKUJI_PDF, title="成果指標の達成状況",
        header=[["指標", "目標", "実績", "達成率（％）", "評価"]],
        rows=[[n, fw(t), fw(a), fw(docgen.pct(a, t)), mark(docgen.pct(a, t))] for n, t, a in KPI],
        col_widths=[64 * mm, 22 * mm, 22 * mm, 26 * mm, 18 * mm], value_cols=[1, 2, 3], table_fy=2024,
    )
    kpi.unit = lambda row, c: "%" if c == 3 else bracket_unit(row[0])
    return rates, record, kpi


def yakuji_story(specs):
    rates, record, kpi = specs
    n_all, amt_all = sum(r[2] for r in RECORD), sum(r[5] for r in RECORD)
    last = RECORD[-1]
    st = [Spacer(1, 2 * mm), P(f"{YAKUJI}交付要綱", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月28日告示第41号", DATE_RIGHT), Spacer(1, 2 * mm)]
    st += article(1, "趣旨", f"""
知事は、県内の中小企業者が医療機器を海外で販売するために必要な薬事承認等の取得を促進するため、予算の範囲内において{YAKUJI}（以下「補助金」という。）を交付するものとし、その交付については、この要綱の定めるところによる。
""")
    st += article(2, "定義", """
この要綱において「医療機器」とは、医薬品、医療機器等の品質、有効性及び安全性の確保等に関する法律第２条第４項に規定する医療機器をいう。「薬事承認等」とは、海外の国又は地域の規制当局が行う医療機器の販売の承認、認証、登録又は届出の受理をいう。「クラス」とは、医療機器の人体へのリスクに応じた区分をいい、輸出先の規制による区分を国内の区分（クラスⅠからクラスⅣまで）に読み替えたものをいう。また、「小規模企業者」とは、常時使用する従業員の数が20人以下の中小企業者をいう。
""")
    st += article(3, "補助対象者", """
補助金の交付の対象となる者は、県内に本社又は主たる事業所を有する中小企業者で、医療機器の製造販売業又は製造業の許可又は登録を受けているものとする。
""")
    st += article(4, "補助対象経費、補助率及び上限額", f"""
補助対象経費、補助率及び上限額は、別表のとおりとする。ただし、補助金の額は、１事業者につき同一年度内で{FIRM_CAP_MAN:,}万円を限度とし、千円未満の端数は切り捨てる。
""")
    st += article(5, "補助の対象としない経費", "次に掲げる経費は、補助の対象としない。")
    st += bullets(EXCLUDED, 0)
    st += article(6, "交付の申請", """
補助金の交付を受けようとする者は、交付申請書に事業計画書、経費の見積書及び輸出先の規制当局の手続を示す資料を添えて、知事に提出しなければならない。
""")
    st += article(7, "実績報告", """
補助事業者は、補助事業が完了した日から起算して30日を経過した日又は令和８年２月27日のいずれか早い日までに、実績報告書を知事に提出しなければならない。また、補助事業の完了後３年間は、薬事承認等の取得の状況と輸出の実績を、毎年度終了後30日以内に報告しなければならない。
""")
    st += article(8, "その他", "この要綱に定めるもののほか、補助金の交付に関し必要な事項は、知事が別に定める。")
    st += [P("附　則", H2)] + paras("この要綱は、令和７年４月１日から施行する。", 0)
    st += [P("別表　補助対象経費、補助率及び上限額（第４条関係）", H1)]
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 臨床評価報告書の作成費は、クラスⅢ・Ⅳの医療機器に限り対象とし、クラスⅠ・Ⅱの医療機器については対象としない（表中「－」）。",
        "※２ 補助率は、申請者が小規模企業者である場合は「小規模企業者」の欄を、それ以外の場合は「中小企業者」の欄を適用する。",
        "※３ 上限額は、申請する医療機器のクラスに応じて、１事業当たりの額として適用する。",
    ])
    st += [P("（参考１）令和７年度の募集", H1)]
    st += lv_lines([
        ("募集期間", "令和７年５月12日から６月20日まで（必着）"),
        ("予算額", "4,800万円"),
        ("採択予定件数", "12件程度"),
        ("補助事業期間", "交付決定の日から令和８年２月27日まで"),
        ("申請先", YAKUJI_DEPT),
    ], 0)
    st += [P("（参考２）申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（ものづくり産業課又は{KIKO}の医療機器海外展開相談窓口へ）",
        "② 交付申請（募集期間内に、事業計画書と見積書を添えて提出）",
        "③ 審査（書類審査と面談、令和７年７月中旬）",
        "④ 交付決定の通知（令和７年８月上旬）",
        "⑤ 補助事業の実施（令和８年２月27日までに完了すること）",
        "⑥ 実績報告（第７条の期限まで）",
        "⑦ 補助金の額の確定と支払（令和８年３月）",
    ], 0)
    st += [P("（参考３）これまでの実績", H1)]
    st += paras(f"""
制度を始めた令和２年度（2020年度）から令和６年度までに、延べ{n_all}件、総額１億{amt_all // 10 - 10000:,}万円を交付しました。令和６年度は{last[1]}件の申請があり、{last[2]}件に交付しました（うち小規模企業者{fw(last[3])}件）。薬事承認等の取得件数は年々増えており、令和６年度は{fw(last[4])}件でした。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += notes([
        f"※４ 小規模企業者の補助率は{era(SMALL_FROM)}に設けたため、令和３年度以前の欄は「－」としている。",
        "※５ 承認等の取得件数は、その年度中に輸出先の規制当局から薬事承認等を得た件数で、前年度以前に交付決定した事業によるものを含む。",
    ])
    st += [caption(kpi.title, "（令和６年度）"), kpi.flowable(), Spacer(1, 2)]
    st += notes(["※６ 評価は、達成率が100％以上のものを◎、80％以上100％未満のものを○、80％未満のものを△とした。"])
    st += [P("（参考４）活用事例（令和６年度）", H1)]
    for i, (head, device, where, amount, _cls, _items) in enumerate(YAKUJI_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("対象機器", device), ("輸出先", where), ("補助金の額", amount)], 1)
    st += [CondPageBreak(30 * mm), P("問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{YAKUJI_DEPT} 医療機器産業班　電話：099-841-3310　ファクス：099-841-3319",
        f"{KIKO} 医療機器海外展開相談窓口（事前相談）　電話：099-841-3400",
        "電子メール：hanzo-iryokiki@example.jp",
    ]))
    return st


# ================================================================ document 2: e-mail marketing abroad, survey report
MAIL = f"{PREF}内企業の海外向けメールマーケティングに関する実態調査"
MAIL_DEPT = f"{PREF} 産業政策部 国際経済課"
KYOKAI = f"一般社団法人{PREF}貿易振興会"
TARGET = 1500  # 調査対象の企業
INDUSTRIES = [  # 業種, 回答企業数（社）, 実施企業（社）, 配信先の登録件数（件） (令和６年９月１日現在)
    ("食料品", 72, 21, 8640), ("繊維・衣服", 41, 12, 5210), ("化学", 35, 11, 6930), ("金属製品", 58, 9, 2170),
    ("機械", 80, 24, 15480), ("電気機器", 52, 18, 11260), ("卸売・小売業", 94, 33, 21370),
    ("情報通信・サービス業", 61, 22, 18950), ("その他", 35, 6, 1490),
]
MANUFACTURING = ("食料品", "繊維・衣服", "化学", "金属製品", "機械", "電気機器")
SIZES = (("中小企業", 452, 112), ("大企業", 76, 44))  # 回答企業数, うち実施企業
PREV_USERS = 131  # 実施企業 in the 令和５年度 survey (note ※２ and prose)
REGIONS = [  # 配信先の地域, 令和５年度, 令和６年度 (実施企業の数, 複数回答)
    ("北米", 38, 45), ("中国", 29, 24), ("台湾・香港", 31, 36), ("韓国", 14, 12), ("東南アジア", 47, 62),
    ("欧州", 33, 41), ("中東", 6, 6), ("オセアニア", 11, 9),
]
TOOLS = [  # 主に使う配信ツール, 企業数（社）, 平均開封率（％）, 平均クリック率（％）
    ("無料のメール配信ツール", 48, Decimal("18.4"), Decimal("1.9")),
    ("有料のメール配信サービス", 52, Decimal("24.7"), Decimal("2.8")),
    ("ＣＲＭ・ＭＡツール", 27, Decimal("29.3"), Decimal("3.6")),
    ("自社のメールシステム", 29, Decimal("15.2"), Decimal("1.4")),
]
ISSUES = [  # 配信の課題, 回答数: 中小企業, 大企業 (複数回答)
    ("配信リストの獲得・更新", 52, 19), ("外国語のコンテンツ作成", 61, 14),
    ("各国の個人情報・迷惑メール規制への対応", 27, 23), ("開封率・反応の低さ", 38, 15),
    ("担当者の不足", 45, 11), ("効果の測定", 19, 12),
]
MAIL_CASES = [  # 見出し, 配信先, 配信の頻度, 工夫していること (same labels in every sibling section)
    ("食料品製造業Ｄ社（楾市）", "台湾・香港の小売店と消費者", "月２回", "旧正月の前に、贈答向けの特集号を送っている"),
    ("機械製造業Ｅ社（芦浦市）", "北米と欧州の代理店", "月１回", "新製品の動画のリンクを載せ、クリックした代理店に連絡している"),
    ("卸売業Ｆ社（青淵町）", "東南アジアのバイヤー", "週１回", "英語とタイ語の２種類を作り、配信の時刻を現地の朝に合わせている"),
]


def respondents() -> int:
    return sum(r[1] for r in INDUSTRIES)


def users() -> int:
    return sum(r[2] for r in INDUSTRIES)


def split_users() -> tuple[int, int, int]:
    """実施企業: all, 中小企業, 大企業 (the ｎ of the unruled table)."""
    return users(), SIZES[0][2], SIZES[1][2]


def tool_total():
    """The 全体 row of (f): all users, and the averages weighted by the firms per tool."""
    n = sum(t[1] for t in TOOLS)
    o = half_up(sum(t[1] * t[2] for t in TOOLS) / n, "0.1")
    c = half_up(sum(t[1] * t[3] for t in TOOLS) / n, "0.1")
    return ("全体", n, o, c)


def mail_specs():
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in INDUSTRIES]
    rows.append(["合計"] + [fw(sum(r[j] for r in INDUSTRIES)) for j in (1, 2, 3)])
    industries = TableSpec(
        key="industries", doc=MAIL_PDF, title="業種別の回答企業と実施企業",
        header=[["業種", "回答企業数（社）", "実施企業（社）", "配信先の\n登録件数（件）"]],
        rows=rows, col_widths=[46 * mm, 36 * mm, 32 * mm, 36 * mm], table_fy=2024, repeat_header=False,
    )
    industries.unit = lambda row, c, s=industries: bracket_unit(s.column_label(c))
    regions = TableSpec(
        key="regions", doc=MAIL_PDF, title="配信先の地域（複数回答）",
        header=[["配信先の地域", "令和５年度", "令和６年度", "増減"]],
        rows=[[n, fw(a), fw(b), signed(b - a)] for n, a, b in REGIONS],
        col_widths=[44 * mm, 30 * mm, 30 * mm, 26 * mm], unit="社",
    )
    regions.col_range = {3: [2023, 2024]}
    tools = TableSpec(
        key="tools", doc=MAIL_PDF, title="配信ツール別の平均開封率とクリック率",
        header=[["主に使う配信ツール", "企業数\n（社）", "平均\n開封率（％）", "平均\nクリック率（％）"]],
        rows=[[n, fw(k), cell(o), cell(c)] for n, k, o, c in TOOLS + [tool_total()]],
        col_widths=[56 * mm, 26 * mm, 30 * mm, 32 * mm], table_fy=2024, bold_rows=("全体",),
    )
    tools.unit = lambda row, c, s=tools: bracket_unit(s.column_label(c))
    n_all, n_s, n_l = split_users()
    issues = TableSpec(
        key="issues", doc=MAIL_PDF, title="海外向けメール配信の課題（複数回答）",
        header=[["配信の課題", "全体", "中小企業", "大企業"]],
        rows=[[x, cell(pct1(a + b, n_all)), cell(pct1(a, n_s)), cell(pct1(b, n_l))] for x, a, b in ISSUES],
        col_widths=[76 * mm, 24 * mm, 24 * mm, 24 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return industries, regions, tools, issues


def mail_story(specs):
    industries, regions, tools, issues = specs
    total, n = respondents(), users()
    n_all, n_s, n_l = split_users()
    (s_name, s_n, s_t), (l_name, l_n, l_t) = SIZES
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{MAIL} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年２月", DATE_RIGHT), P(MAIL_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県内企業が海外の取引先や消費者に向けて行う電子メールでの情報発信の実態と課題を把握し、海外販路の開拓を支える施策に役立てるため"),
        ("調査対象", f"県内に本社を置く企業 {TARGET:,}社（無作為抽出）"),
        ("調査基準日", "令和６年（2024年）９月１日"),
        ("調査期間", "令和６年９月９日から10月11日まで"),
        ("調査方法", "郵送及びウェブによるアンケート"),
        ("回答数", f"{total}社（回答率{pct1(total, TARGET)}％）"),
        ("調査項目", "実施の有無、配信先の地域、主に使う配信ツール、開封率とクリック率、配信の課題、県への要望"),
    ], 0)
    st += paras("""
この報告書において「海外向けメールマーケティング」とは、海外の取引先、見込み客又は消費者に対し、電子メール又はメールマガジン（ニュースレター）で自社の商品や催しの情報を継続して送ることをいい、個別の商談のための連絡は含まない。「実施企業」とは、調査基準日に海外向けメールマーケティングを行っている企業をいう。また、「開封率」とは、配信したメールのうち開封されたものの割合をいい、「クリック率」とは、配信したメールのうち本文中のリンクが１回以上押されたものの割合をいい、「配信先の登録件数」とは、海外の配信先として登録しているメールアドレスの数をいう。
""", 0)
    st += [P("２　実施の状況", H1)]
    st += paras(f"""
海外向けメールマーケティングを行っている企業は、回答企業{total}社のうち{n}社（{pct1(n, total)}％）で、令和５年度調査の{PREV_USERS}社から{n - PREV_USERS}社増えた。企業規模別では、大企業は{l_n}社のうち{l_t}社が行っているが、中小企業は{s_n}社のうち{s_t}社にとどまった。業種別では、卸売・小売業が実施企業数、配信先の登録件数ともに最も多い。
""", 0)
    st += [caption(industries.title, "（令和６年９月１日現在）", keep=False), industries.flowable(), Spacer(1, 2)]
    st += notes(["※１ 製造業は食料品から電気機器までの６業種、非製造業は卸売・小売業、情報通信・サービス業及びその他である。「その他」は、建設業、運輸業等である。"])
    st += [P("３　配信先の地域", H1)]
    st += paras("""
配信先は東南アジアが最も多く、令和５年度調査から15社増えた。中国、韓国及びオセアニアは減った。
""", 0)
    st += [caption(regions.title, "（単位：社）"), regions.flowable(), Spacer(1, 2)]
    st += notes([f"※２ 実施企業が配信先の地域を回答した（令和５年度は{PREV_USERS}社、令和６年度は{n}社）。増減は、令和６年度の企業数から令和５年度の企業数を引いたもので、減少は「▲」で示す。"])
    st += [P("４　配信ツールと成果", H1)]
    st += paras("""
主に使う配信ツールは、有料のメール配信サービスが最も多い。平均開封率は、ＣＲＭ・ＭＡツールを使う企業が最も高い。
""", 0)
    st += [caption(tools.title, "（令和６年度）"), tools.flowable(), Spacer(1, 2)]
    st += notes(["※３ 各企業の直近３か月の値を配信ツールごとに平均した。「全体」は企業数で重み付けした平均である。"])
    st += [CondPageBreak(SIBLING_ROOM + 12 * mm), P("５　企業の事例", H1)]
    for i, (head, dest, freq, idea) in enumerate(MAIL_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("配信先", dest), ("配信の頻度", freq), ("工夫していること", idea)], 1)
    st += [P("６　配信の課題", H1)]
    st += paras("""
全体と中小企業では「外国語のコンテンツ作成」が最も多く、大企業では「各国の個人情報・迷惑メール規制への対応」が最も多かった。
""", 0)
    st += [caption(issues.title, "（単位：％）"), issues.flowable(), Spacer(1, 2)]
    st += notes([
        f"※４ 実施企業（全体{n_all}社、中小企業{n_s}社、大企業{n_l}社）が回答した（複数回答）。",
    ])
    st += [P("７　県への主な要望（自由記述）", H1)]
    st += bullets([
        "国・地域ごとの迷惑メール規制と個人情報の規則を、分かりやすくまとめてほしい。",
        "外国語のメール文案を作る研修を開いてほしい。",
        "海外の見本市で集めた名刺を配信リストに使えるか、相談できる窓口がほしい。",
    ], 0)
    st += [P("８　今後の取組", H1)]
    st += numbered([
        "① 主な輸出先の迷惑メール規制の概要を、令和７年度中に県のウェブサイトで公開する。",
        f"② {KYOKAI}と連携し、外国語のメール文案づくりの研修を年３回開く。",
        "③ 県の海外ビジネス相談窓口で、配信リストの扱いについての相談を受け付ける。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("９　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{MAIL_DEPT} 海外販路班　電話：099-844-5120　ファクス：099-844-5129",
        f"{KYOKAI}（研修の申込み）　電話：099-844-5200",
        "電子メール：hanzo-kokusai@example.jp",
    ]))
    return st


# ================================================================ document 3: library business corner, user guide
LIB = f"{PREF}立図書館 海外市場ビジネス情報コーナー"
LIB_DEPT = f"{PREF}立図書館 ビジネス支援室"
DATABASES = [  # データベース, 専用端末（台）, １回の利用上限（コマ）, 印刷の上限（枚）; uses by quarter (令和６年度)
    ("海外企業情報データベース", 3, 2, 50, (142, 168, 155, 181)),
    ("各国貿易統計データベース", 2, 2, 100, (96, 104, 88, 117)),
    ("各国関税率・規制データベース", 2, 1, 30, (74, 91, 83, 102)),
    ("海外市場調査レポート集", 2, 2, 20, (118, 109, 131, 126)),
    ("海外新聞・雑誌記事データベース", 1, 1, 50, (53, 47, 61, 58)),
    ("海外展示会情報データベース", 1, 1, 30, (38, 45, 29, 51)),
]
FEES = [  # 区分, 白黒（円）, カラー（円） (１枚当たり、令和７年度)
    ("データベースの印刷（Ａ４）", 10, 50), ("データベースの印刷（Ａ３）", 20, 80),
    ("図書・雑誌の複写（Ａ４）", 10, 50), ("図書・雑誌の複写（Ａ３）", 20, 80),
    ("マイクロフィルムからの複写", 30, None), ("郵送による複写サービス", 30, 100),
]
KOMA_MIN = 60  # 「１コマ」 in minutes
PREV_USES = 1948  # 令和５年度の利用件数 (prose only)
REFERENCE = (("カウンター", 188), ("電話", 71), ("郵送・電子メール", 53))  # 令和６年度の相談件数 (prose only)
KINDS = [  # 見出し, 受付, 回答までの期間, 回答の方法 (same labels in every sibling section)
    ("カウンターでの相談", "開室時間中（閉室の30分前まで）", "その場で回答（調査に時間がかかるものは後日）", "口頭又は資料の提示"),
    ("電話での相談", "火曜日から金曜日の10時から17時まで", "原則として当日中", "電話（簡単な事実の確認に限る）"),
    ("郵送・電子メールでの相談", "随時（所定の相談票を郵送又は電子メールで送付）", "受付の日から14日以内（休室日を除く）",
     "郵送又は電子メール（資料の複写は郵送による複写サービスで送付）"),
]
QUARTERS = ("第１四半期", "第２四半期", "第３四半期", "第４四半期")


def lib_specs():
    dbs = TableSpec(
        key="databases", doc=LIB_PDF, title="利用できる商用データベース",
        header=[["データベース", "専用端末（台）", "１回の利用上限\n（コマ）", "印刷の上限\n（枚）"]],
        rows=[[n, fw(t), fw(k), fw(p)] for n, t, k, p, _q in DATABASES],
        col_widths=[66 * mm, 30 * mm, 30 * mm, 26 * mm], table_fy=2025,
    )
    dbs.unit = lambda row, c, s=dbs: bracket_unit(s.column_label(c))
    fees = TableSpec(
        key="fees", doc=LIB_PDF, title="印刷と複写の料金（１枚当たり）",
        header=[["区分", "白黒（円）", "カラー（円）"]],
        rows=[[n, fw(a), cell(b)] for n, a, b in FEES],
        col_widths=[66 * mm, 32 * mm, 32 * mm], table_fy=2025,
    )
    fees.unit = lambda row, c, s=fees: bracket_unit(s.column_label(c))
    rows = [[n, *(fw(x) for x in q), fw(sum(q))] for n, _t, _k, _p, q in DATABASES]
    tot = [sum(d[4][j] for d in DATABASES) for j in range(4)]
    rows.append(["合計", *(fw(x) for x in tot), fw(sum(tot))])
    uses = TableSpec(
        key="uses", doc=LIB_PDF, title="データベース別・四半期別の利用件数",
        header=[["データベース", *QUARTERS, "計"]],
        rows=rows, col_widths=[58 * mm, 21 * mm, 21 * mm, 21 * mm, 21 * mm, 22 * mm], unit="件", table_fy=2024,
    )
    return dbs, fees, uses


def lib_story(specs):
    dbs, fees, uses = specs
    total = sum(sum(d[4]) for d in DATABASES)
    terminals = sum(d[1] for d in DATABASES)
    ref = sum(k for _n, k in REFERENCE)
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{LIB} 利用案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(LIB_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　コーナーの概要", H1)]
    st += paras(f"""
海外市場ビジネス情報コーナーは、県内の事業者が海外との取引や海外への進出を考えるときに必要な情報を、図書、雑誌、統計と商用データベースで調べられる場所です。司書が調べものの相談に応じます。
""", 0)
    st += lv_lines([
        ("名称", LIB),
        ("場所", f"{PREF}立図書館 ２階 ビジネス支援室内"),
        ("開室時間", "火曜日から金曜日は９時30分から19時まで、土曜日、日曜日及び祝日は９時30分から17時まで"),
        ("休室日", "月曜日（祝日の場合はその翌日）、毎月第３木曜日及び年末年始"),
        ("資料", f"海外市場に関する図書・雑誌 約4,800冊、商用データベースの専用端末 {terminals}台"),
        ("利用できる者", "どなたでも利用できます（商用データベースは利用者登録が必要です）"),
    ], 0)
    st += paras(f"""
この案内において「商用データベース」とは、図書館が契約して提供する有料のデータベースをいい、コーナーの専用端末でのみ利用できます。「１コマ」とは、専用端末を続けて利用できる{KOMA_MIN}分の単位をいいます。また、「利用者登録」とは、{PREF}立図書館の利用カードを作ることをいいます。
""", 0)
    st += [P("２　商用データベース", H1)]
    st += paras("利用は無料です。データベースごとの専用端末の台数と、１回に利用できる上限は次のとおりです。", 0)
    st += [caption(dbs.title, "（令和７年度）"), dbs.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 商用データベースは、契約により、県内に在住、在勤若しくは在学の者又は県内に事業所を有する事業者に限り利用できます。",
        "※２ １回の利用上限を超えて続けて利用する場合は、当日の空きがあるときに限り、改めて受付をします。",
    ])
    st += [P("３　専用端末の予約と利用の流れ", H1)]
    st += numbered([
        "① 利用者登録（初回のみ。住所を確認できる書類をお持ちください）",
        "② 予約（ウェブ又は予約専用電話で、利用日の14日前から前日まで）",
        "③ 当日、ビジネス支援室のカウンターで受付（予約の時刻を10分過ぎると取消し）",
        "④ 専用端末の利用（１コマごとに入れ替え）",
        "⑤ 印刷物の受取と料金の支払",
        "⑥ 利用記録票への記入（調べた国・地域と目的）",
    ], 0)
    st += [P("４　印刷と複写", H1)]
    st += paras("印刷と複写は、カウンターでお申し込みください。料金は次のとおりです。", 0)
    st += [caption(fees.title, "（令和７年度）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        "※３ マイクロフィルムからの複写は白黒のみです（表中「－」）。",
        "※４ 郵送による複写サービスは、上表の料金のほかに送料（実費）がかかります。",
        "※５ 複写は著作権法の範囲内（図書は一部分）に限ります。",
    ])
    st += [P("５　調べものの相談（レファレンスサービス）", H1)]
    for i, (head, when, how_long, how) in enumerate(KINDS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("受付", when), ("回答までの期間", how_long), ("回答の方法", how)], 1)
    st += [P("６　利用の状況", H1)]
    st += paras(f"""
令和６年度の商用データベースの利用件数は{total:,}件で、前年度の{PREV_USES:,}件から{total - PREV_USES}件増えました。データベース別では、海外企業情報データベースが最も多く利用されています。調べものの相談は{ref}件（カウンター{REFERENCE[0][1]}件、電話{REFERENCE[1][1]}件、郵送・電子メール{REFERENCE[2][1]}件）でした。
""", 0)
    st += [caption(uses.title, "（令和６年度、単位：件）"), uses.flowable(), Spacer(1, 2)]
    st += notes(["※６ 第１四半期は４月から６月まで、第２四半期は７月から９月まで、第３四半期は10月から12月まで、第４四半期は１月から３月までです。利用件数は、専用端末の受付の件数です。"])
    st += [P("７　利用のきまり", H1)]
    st += bullets([
        "データベースの画面や検索結果を、ＵＳＢメモリ等に保存することはできません。",
        "印刷物を、利用者の社外の者に配布することはできません。",
        "飲食と通話は、ビジネス支援室の外でお願いします。",
        "専用端末の利用は、１人１日２コマまでとします。",
    ], 0)
    st += [P("８　よくある質問", H1)]
    qa = [
        ("県外の会社に勤めていますが、コーナーを利用できますか。",
         "図書と雑誌は利用できます。商用データベースは、県内に在住、在勤若しくは在学の方又は県内に事業所がある事業者に限ります。"),
        ("データベースで見つけた記事を、メールで自分宛てに送れますか。",
         "送れません。契約により、持ち帰りは印刷に限ります。"),
        ("予約をしないで専用端末を使えますか。",
         "空いていれば当日でも使えます。ただし、予約した方が優先です。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("９　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{LIB_DEPT}　電話：099-847-2210　ファクス：099-847-2219",
        "専用端末の予約専用電話（火曜日から日曜日の10時から17時まで）　電話：099-847-2230",
        "電子メール：hanzo-lib-business@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return yakuji_specs() + mail_specs() + lib_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    yspecs, mspecs, lspecs = yakuji_specs(), mail_specs(), lib_specs()
    ydoc = build_pdf(docs_dir / YAKUJI_PDF, yspecs, yakuji_story(yspecs),
                     f"{YAKUJI}交付要綱", "令和７年４月", YAKUJI_DEPT)
    mdoc = build_pdf(docs_dir / MAIL_PDF, mspecs, mail_story(mspecs),
                     f"令和６年度 {MAIL} 報告書", "令和７年２月", MAIL_DEPT)
    ldoc = build_pdf(docs_dir / LIB_PDF, lspecs, lib_story(lspecs),
                     f"令和７年度 {LIB} 利用案内", "令和７年４月", LIB_DEPT)
    gold = all_gold({YAKUJI_PDF: ydoc.row_pages, MAIL_PDF: mdoc.row_pages, LIB_PDF: ldoc.row_pages})
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
    # --- yakuji: the medical-device approval subsidy guideline, tables (a) (b) (c), articles, definitions, sibling sections
    dict(question="社員15人の医療機器メーカーが、クラスⅡの機器で米国に申請するため、技術文書の英訳を翻訳会社に頼みたいそうです。補助率は何％になりますか？",
         category="yakuji", doc=YAKUJI_PDF,
         evidence=["常時使用する従業員の数が20人以下の中小企業者", "技術文書の翻訳費 50 75 1,200 2,000"], answer=["75"],
         notes="two facts: 15人 is within the 20人 of 小規模企業者 (definition in 第２条), so note ※２ applies the "
               "小規模企業者 leaf; (a) two-level header, leaf 補助率（％）／小規模企業者; 50 (中小企業者) is the trap, and the "
               "class (Ⅱ) decides only the cap, not the rate"),
    dict(question="2025年度の要綱で、クラスⅢの医療機器の試験・評価費は、上限額がいくらになっていますか？",
         category="yakuji", doc=YAKUJI_PDF, evidence=["試験・評価費 50 60 3,000 6,000"], answer=["6,000"],
         notes="(a) leaf 上限額（千円）／クラスⅢ・Ⅳ; 3,000 (クラスⅠ・Ⅱ) and 60 (a rate) are the traps; the unit 千円 is "
               "only in the group cell; 2025年度 = 令和７年度 (the guideline prints only 2020年度 in Western form)"),
    dict(question="クラスⅡの機器の申請で、臨床評価報告書を作る費用も補助してもらえますか？",
         category="yakuji", doc=YAKUJI_PDF, evidence=["クラスⅠ・Ⅱの医療機器については対象としない"],
         answer=["対象としない"],
         notes="(a) the 「－」 cell (row 臨床評価報告書の作成費, leaf 上限額（千円）／クラスⅠ・Ⅱ) and note ※１ that explains it: "
               "not covered for classes Ⅰ・Ⅱ; the rates 50 / 60 printed in the same row are the trap"),
    dict(question="１社が同じ年度に複数の国で薬事承認を取る場合でも、補助金は合計でいくらまでですか？",
         category="yakuji", doc=YAKUJI_PDF, evidence=["１事業者につき同一年度内で1,000万円を限度"], answer=["1,000万円"],
         notes="article 第４条 ただし書 (the firm cap per fiscal year, in 万円 while the table (a) is in 千円); the caps of (a) "
               "are per project (note ※３), not per firm"),
    dict(question="2022年度には、この補助金の交付は何件ありましたか？",
         category="yakuji", doc=YAKUJI_PDF, evidence=["令和４年度 11 ８ ３ ４ 22,310"], answer=["８"],
         notes="(b) years as rows, header cells printed over two lines: 2022年度 = 令和４年度, column 交付件数（件）; 11 "
               "(申請件数), ３ (小規模企業者) and ４ (承認等の取得件数) are the traps"),
    dict(question="令和２年度から令和６年度までに交付した補助金は、１件当たり平均でいくらになりますか？",
         category="yakuji", doc=YAKUJI_PDF, evidence=["延べ40件、総額１億1,400万円"], answer=["285万円"], computed=True,
         notes="the five-year totals in the prose of （参考３） (also the sums of (b), 114,000千円 over 40 grants): "
               "11,400万円 / 40 = 285万円 (= 2,850千円)"),
    dict(question="令和３年度の実績表で、小規模企業者の件数の欄が「－」になっているのはなぜですか？",
         category="yakuji", doc=YAKUJI_PDF, evidence=["小規模企業者の補助率は令和４年度に設けたため"],
         answer=["小規模企業者の補助率は令和４年度に設けたため"],
         notes="(b) the 「－」 cells of 令和２年度 and 令和３年度 (no gold cells) and note ※４ that explains them; not zero grants"),
    dict(question="2024年度、補助金で承認を得た機器の輸出額は、目標に何百万円届きませんでしたか？",
         category="yakuji", doc=YAKUJI_PDF, evidence=["承認等を得た機器の輸出額（百万円） 300 246 82"], answer=["54百万円"],
         computed=True,
         notes="(c) KPI table (目標 / 実績 / 達成率): 300 − 246 = 54百万円, the unit only in the row label; 2024年度 = "
               "令和６年度 (the caption note); 82 (達成率) is the trap"),
    dict(question="令和６年度の成果指標のうち、目標の８割に届かなかったものはどれですか？",
         category="yakuji", doc=YAKUJI_PDF,
         evidence=["80％未満のものを△とした", "相談窓口の利用企業数（社） 40 28 70 △"], answer=["相談窓口の利用企業数"],
         notes="two facts: note ※６ defines the marks (△ = 達成率 under 80 %), and (c) has one △ row; 承認等を得た機器の"
               "輸出額 (82 %, ○) and 薬事承認等の取得件数 (90 %, ○) are near misses"),
    dict(question="家庭用の血圧計を作っている会社の活用事例では、補助金はいくら交付されましたか？",
         category="yakuji", doc=YAKUJI_PDF, evidence=["（２）電子血圧計製造業Ｂ社", "補助金の額：2,860千円"],
         answer=["2,860千円"],
         notes="sibling sections （１）–（３） of （参考４） share the labels 対象機器, 輸出先, 補助金の額; （２）電子血圧計製造業Ｂ社; "
               "7,480千円 and 940千円 are the siblings' values"),
    dict(question="従業員100人の会社が、クラスⅢの機器をＥＵで申請します。技術文書の翻訳費と申請・登録手数料の両方を申請すると、補助の上限は合わせていくらですか？",
         category="yakuji", doc=YAKUJI_PDF,
         evidence=["技術文書の翻訳費 50 75 1,200 2,000", "申請・登録手数料 40 50 800 2,500"], answer=["4,500千円"],
         computed=True,
         notes="(a) sum of two caps in the leaf 上限額（千円）／クラスⅢ・Ⅳ: 2,000 + 2,500 = 4,500千円 (within the firm cap of "
               "第４条, 1,000万円); the firm size matters only for the rate; 1,200 + 800 (クラスⅠ・Ⅱ) is the trap"),
    # --- mail: the survey of e-mail marketing abroad, tables (d) (e) (f) (g), a definition, sibling sections
    dict(question="海外向けメールマーケティングの実態調査は、回答率が何％でしたか？",
         category="mail", doc=MAIL_PDF, evidence=["回答数：528社（回答率35.2％）"], answer=["35.2"],
         notes="「label：value」 line 回答数 (528 of the 1,500社 of 調査対象); 29.5 % (実施企業) is a near miss"),
    dict(question="海外の取引先に、商談の日程調整のメールを送っているだけの会社も、この調査でいうメールマーケティングに入りますか？",
         category="mail", doc=MAIL_PDF, evidence=["個別の商談のための連絡は含まない"], answer=["含まない"],
         notes="definition 「海外向けメールマーケティング」とは…継続して送ることをいい、個別の商談のための連絡は含まない (no)"),
    dict(question="令和６年の調査で、回答した中小企業のうち海外向けにメール配信をしている企業の割合はどのくらいですか？",
         category="mail", doc=MAIL_PDF, evidence=["中小企業は452社のうち112社"], answer=["24.8%"], computed=True,
         notes="prose of ２ (firm sizes, in no table): 112 / 452 = 24.8 % (大企業 44 / 76 and 全体 29.5 % are near misses)"),
    dict(question="ITやサービス関係の会社で、海外向けのメール配信をしているのは何社ですか？",
         category="mail", doc=MAIL_PDF, evidence=["情報通信・サービス業 61 22 18,950"], answer=["22"],
         notes="(d) continuation page (no header there): row 情報通信・サービス業, column 実施企業（社）; 61 (回答企業数) and "
               "18,950 (配信先の登録件数) are the traps"),
    dict(question="メール配信をしている企業は、１社当たり平均で何件の海外の配信先を登録していますか？",
         category="mail", doc=MAIL_PDF, evidence=["合計 528 156 91,500"], answer=["586.5件"], computed=True,
         notes="(d) the 合計 row on the continuation page: 91,500 / 156 = 586.5件 (per 実施企業; 91,500 / 528 = 173.3 over all "
               "respondents is a wrong reading); 登録件数 is defined in １"),
    dict(question="2024年度の調査で、東南アジア向けにメールを配信していた企業は何社でしたか？",
         category="mail", doc=MAIL_PDF, evidence=["東南アジア 47 62 15"], answer=["62"],
         notes="(e) two survey years and a 増減 column: 2024年度 = 令和６年度 (the report prints only 2024年 in the 調査基準日); "
               "47 (令和５年度) and 15 (増減) are the traps"),
    dict(question="中国向けに配信している企業の数は、前回の調査と比べてどう変わりましたか？",
         category="mail", doc=MAIL_PDF, evidence=["中国 29 24 ▲５"], answer=["▲５"],
         notes="(e) 増減 column printing decreases with ▲ (note ※２): ▲５ = five firms fewer (29 → 24); reading ５ as an "
               "increase is the trap"),
    dict(question="令和６年度の調査で、大手企業のうち、各国の個人情報や迷惑メールの規制への対応を課題に挙げたのは何％ですか？",
         category="mail", doc=MAIL_PDF, evidence=["各国の個人情報・迷惑メール規制への対応 32.1 24.1 52.3"], answer=["52.3"],
         notes="(g) unruled table, column 大企業 (大手 = 大企業); 32.1 (全体) and 24.1 (中小企業) are the traps"),
    dict(question="ＣＲＭやＭＡツールで配信している企業と、自社のメールシステムで送っている企業とでは、平均開封率に何ポイントの差がありますか？",
         category="mail", doc=MAIL_PDF, evidence=["ＣＲＭ・ＭＡツール 27 29.3 3.6", "自社のメールシステム 29 15.2 1.4"],
         answer=["14.1ポイント"], computed=True,
         notes="(f) header cells printed over two lines, column 平均開封率（％）: 29.3 − 15.2 = 14.1ポイント; the クリック率 "
               "(3.6 − 1.4) is the wrong column"),
    dict(question="工作機械などのメーカーの事例では、海外の代理店向けのメールをどのくらいの間隔で送っていますか？",
         category="mail", doc=MAIL_PDF, evidence=["（２）機械製造業Ｅ社", "配信の頻度：月１回"], answer=["月１回"],
         notes="sibling sections （１）–（３） of ５ share the labels 配信先, 配信の頻度, 工夫していること; （２）機械製造業Ｅ社 "
               "(工作機械などのメーカー = 機械製造業); 月２回 and 週１回 are the siblings' values"),
    # --- library: the business information corner guide, tables (h) (i) (j), a definition, sibling sections, Q&A
    dict(question="図書館まで来られない遠方の会社が、書面で調べものを頼んだ場合、回答はいつまでにもらえますか？",
         category="library", doc=LIB_PDF,
         evidence=["（３）郵送・電子メールでの相談", "回答までの期間：受付の日から14日以内"], answer=["14日以内"],
         notes="sibling sections （１）–（３） of ５ share the labels 受付, 回答までの期間, 回答の方法; （３）郵送・電子メールでの"
               "相談; その場で (カウンター) and 当日中 (電話) are the siblings' values"),
    dict(question="土曜日は、コーナーは何時まで開いていますか？",
         category="library", doc=LIB_PDF, evidence=["土曜日、日曜日及び祝日は９時30分から17時まで"], answer=["17時まで"],
         notes="「label：value」 line 開室時間 (wrapped over two lines); 19時 (火曜日から金曜日) is the trap"),
    dict(question="海外企業情報データベースは、１回の利用で最大何分まで続けて使えますか？",
         category="library", doc=LIB_PDF,
         evidence=["「１コマ」とは、専用端末を続けて利用できる60分の単位", "海外企業情報データベース ３ ２ 50"],
         answer=["120分"], computed=True,
         notes="two facts: (h) column １回の利用上限（コマ） gives ２, and the 「１コマ」 definition gives 60分: 2 × 60 = 120分; "
               "３ (専用端末) is the trap"),
    dict(question="データベースで見つけた記事を、自分のメールアドレスに送ることはできますか？",
         category="library", doc=LIB_PDF, evidence=["送れません。契約により、持ち帰りは印刷に限ります"], answer=["送れません"],
         notes="Q&A: Ａ of Ｑ２ (no; only printing); the rule on USB memory in ７ is a near miss"),
    dict(question="マイクロフィルムの資料をカラーで複写してもらうことはできますか？",
         category="library", doc=LIB_PDF, evidence=["マイクロフィルムからの複写は白黒のみ"], answer=["白黒のみ"],
         notes="(i) the 「－」 cell (row マイクロフィルムからの複写, column カラー（円）; no gold cell) and note ※３ that explains "
               "it; 30 (白黒) is the trap"),
    dict(question="雑誌の記事をＡ３のカラーで12枚複写すると、料金はいくらですか？",
         category="library", doc=LIB_PDF, evidence=["図書・雑誌の複写（Ａ３） 20 80"], answer=["960円"], computed=True,
         notes="(i) row 図書・雑誌の複写（Ａ３）, column カラー（円）: 80 × 12 = 960円; 20 (白黒) and the database printing rows "
               "are the traps"),
    dict(question="2024年度の10月から12月までの３か月間に、各国貿易統計データベースは何件利用されましたか？",
         category="library", doc=LIB_PDF,
         evidence=["第３四半期は10月から12月まで", "各国貿易統計データベース 96 104 88 117 405"], answer=["88"],
         notes="two facts: note ※６ maps 10月から12月 to 第３四半期, and (j) row 各国貿易統計データベース; 2024年度 = 令和６年度 "
               "(the guide prints no Western year); 104 and 117 are the neighbouring quarters"),
    dict(question="2024年度に２番目に多く利用されたデータベースはどれですか？",
         category="library", doc=LIB_PDF, evidence=["海外市場調査レポート集 118 109 131 126 484"],
         answer=["海外市場調査レポート集"],
         notes="(j) ranking in the total column 計 on the right: 海外企業情報データベース 646, 海外市場調査レポート集 484, 各国貿易"
               "統計データベース 405 (printed second, not second-largest); the prose names only the largest; 2024年度 = 令和６年度"),
    # --- followups
    dict(question="では、その経費を社員10人の会社が申請する場合、補助率は何％ですか？",
         category="followup", doc=YAKUJI_PDF, evidence=["薬事コンサルタント費 50 70 2,000 4,000"], answer=["70"],
         history=_turns("薬事コンサルタント費の補助率は、中小企業者だと何％ですか？",
                        "中小企業者の薬事コンサルタント費の補助率は50％です[1]。"),
         notes="(a) the row from the history (薬事コンサルタント費), leaf 補助率（％）／小規模企業者 (10人 ≤ 20人, the definition "
               "in 第２条); 50 and the caps 2,000 / 4,000 are the traps"),
    dict(question="その年度に、薬事承認等を取得できたのは何件でしたか？",
         category="followup", doc=YAKUJI_PDF, evidence=["令和５年度 14 10 ４ ７ 29,480"], answer=["７"],
         history=_turns("2023年度の申請件数は何件でしたか？",
                        "2023年度（令和５年度）の申請は14件でした[1]。"),
         notes="(b) the year from the history (2023年度 = 令和５年度), column 承認等の取得件数（件） (header printed over two "
               "lines); 10 (交付件数) is the trap"),
    dict(question="それらの企業の平均クリック率は何％ですか？",
         category="followup", doc=MAIL_PDF, evidence=["ＣＲＭ・ＭＡツール 27 29.3 3.6"], answer=["3.6"],
         history=_turns("ＣＲＭ・ＭＡツールを主に使って配信している企業は何社ありますか？",
                        "ＣＲＭ・ＭＡツールを主に使っている企業は27社です[1]。"),
         notes="(f) the row from the history (ＣＲＭ・ＭＡツール), column 平均クリック率（％）; 29.3 (開封率) is the trap; "
               "クリック率 is defined in １"),
    dict(question="その電話番号を教えてください。",
         category="followup", doc=LIB_PDF, evidence=["電話：099-847-2230"], answer=["099-847-2230"],
         history=_turns("専用端末の予約は、電話でもできますか？",
                        "できます。ウェブ又は予約専用電話で、利用日の14日前から前日まで受け付けています[1]。"),
         notes="contact box of the guide: the 予約専用電話 (second line); the ビジネス支援室's phone 099-847-2210 and fax "
               "099-847-2219 (first line) are the near misses"),
    dict(question="それは、そのデータベースの年間の利用件数の何％に当たりますか？",
         category="followup", doc=LIB_PDF, evidence=["海外企業情報データベース 142 168 155 181 646"], answer=["28.0%"],
         computed=True,
         history=_turns("令和６年度、海外企業情報データベースは第４四半期に何件利用されましたか？",
                        "海外企業情報データベースの第４四半期の利用は181件でした[1]。"),
         notes="(j) the row from the history, the total column 計 on the right: 181 / 646 = 28.0 %; 181 / 635 (the quarter's "
               "合計) = 28.5 % is a wrong reading"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="令和６年度に薬事承認等を得た案件は、申請してから承認まで平均でどのくらいの期間がかかりましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline gives the approvals obtained per year ((b), (c)), not how long they took",
         absent=["取得までの期間", "審査期間", "平均月数"]),
    dict(question="この補助金を使った会社は、承認を取った後、海外での売上がどのくらい伸びましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline gives the total export value of the approved devices as a KPI ((c)), not the grantees' sales",
         absent=["売上", "売り上げ"]),
    dict(question="メール配信がきっかけで成約した金額は、全体でどのくらいありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives open and click rates ((f)) and the issues, not deals or their value",
         absent=["成約", "受注額"]),
    dict(question="海外向けのメール配信に、企業は年間いくらくらい費用をかけていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the tools used ((f)), not what the mailing costs",
         absent=["配信費用", "年間の費用"]),
    dict(question="コーナーを利用した企業のうち、実際に輸出につながった企業は何社ありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the uses by database and quarter ((j)) and the reference enquiries, not outcomes",
         absent=["輸出につながった", "輸出に結びついた"]),
    dict(question="専用端末は、１日平均で何件くらい使われていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the uses by quarter ((j)), not by day, and not the number of opening days",
         absent=["１日当たり", "１日平均", "開室日数"]),
]
CATEGORY_COUNTS = {"yakuji": 11, "mail": 10, "library": 8, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h80q", "h80t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H, I, J = (
    "補助対象経費の区分別の補助率と上限額", "申請と交付の実績", "成果指標の達成状況",
    "業種別の回答企業と実施企業", "配信先の地域（複数回答）", "配信ツール別の平均開封率とクリック率",
    "海外向けメール配信の課題（複数回答）",
    "利用できる商用データベース", "印刷と複写の料金（１枚当たり）", "データベース別・四半期別の利用件数")
LETTERS = dict(zip((A, B, C, D, E, F, G, H, I, J), "abcdefghij"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y, unit) -> str:
    q = half_up(Decimal(x) / Decimal(y), "0.1")
    return f"{int(q) if q == q.to_integral() else q}{unit}"


def _dec(x) -> Decimal:
    return Decimal(str(x))


COMPUTED = {  # question id -> the answer string, computed from gold cells (or, where a note says so, prose data)
    "h80q06": lambda g: _avg(sum(g(B, era(y), "交付額（千円）", y) for y, *_x in RECORD),
                             10 * sum(g(B, era(y), "交付件数（件）", y) for y, *_x in RECORD), "万円"),
    "h80q08": lambda g: f"{g(C, '承認等を得た機器の輸出額（百万円）', '目標', 2024) - g(C, '承認等を得た機器の輸出額（百万円）', '実績', 2024)}百万円",
    "h80q11": lambda g: f"{g(A, '技術文書の翻訳費', '上限額（千円）／クラスⅢ・Ⅳ', 2025) + g(A, '申請・登録手数料', '上限額（千円）／クラスⅢ・Ⅳ', 2025):,}千円",
    "h80q14": lambda g: _pct(SIZES[0][2], SIZES[0][1]),
    "h80q16": lambda g: _avg(g(D, "合計", "配信先の登録件数（件）", 2024), g(D, "合計", "実施企業（社）", 2024), "件"),
    "h80q20": lambda g: f"{_dec(g(F, 'ＣＲＭ・ＭＡツール', '平均開封率（％）', 2024)) - _dec(g(F, '自社のメールシステム', '平均開封率（％）', 2024))}ポイント",
    "h80q24": lambda g: f"{g(H, '海外企業情報データベース', '１回の利用上限（コマ）', 2025) * KOMA_MIN}分",
    "h80q27": lambda g: f"{g(I, '図書・雑誌の複写（Ａ３）', 'カラー（円）', 2025) * 12:,}円",
    "h80q34": lambda g: _pct(g(J, "海外企業情報データベース", "第４四半期", 2024), g(J, "海外企業情報データベース", "計", 2024)),
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {YAKUJI_PDF: (3, 3), MAIL_PDF: (3, 3), LIB_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (190, 250)
TABLE_QUESTIONS = 19  # at least, outside the followups
BEFORE_BREAK_ROWS = ("食料品", "繊維・衣服")  # rows of (d) expected before the page break
CONTINUED_ROWS = ("情報通信・サービス業", "その他", "合計")  # and after it
BARE_UNITS = r"(%|ポイント|百万円|万円|千円|円|件|人|分)$"


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout80.py")
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
                bare = re.sub(BARE_UNITS, "", nfkc(a))
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
    # the 「－」 cells and the ▲ cell are asked about
    for need, what in (("「－」 cell", "a 「－」 cell"), ("▲", "a ▲ cell"), ("KPI", "the KPI table")):
        if not any(need in q["notes"] for q in questions if q["doc"]):
            errors.append(f"no question on {what}")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout80.py")
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
        if g["number"] is None or g["value"] == DASH:
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
        if isinstance(g.get("number"), (int, float)):  # a non-numeric record is reported by check_gold
            t[g["table"]][g["row"]][g["column"]] = g["number"]

    def adds_up(table, cols, rows=None, total="合計"):
        tab = t[table]
        rows = rows if rows is not None else [r for r in tab if r != total]
        for col in cols:
            if tab[total][col] != sum(tab[r][col] for r in rows):
                errors.append(f"{table}: {total} of {col} does not add up")

    # (a): small firms get at least the rate of other SMEs; higher classes at least the cap of lower ones;
    # no cap above the firm cap of 第４条 (万円 -> 千円)
    lo, hi = "上限額（千円）／クラスⅠ・Ⅱ", "上限額（千円）／クラスⅢ・Ⅳ"
    for row, r in t[A].items():
        if r["補助率（％）／小規模企業者"] < r["補助率（％）／中小企業者"]:
            errors.append(f"{A} / {row}: 小規模企業者 below 中小企業者")
        if lo in r and r[hi] < r[lo]:
            errors.append(f"{A} / {row}: クラスⅢ・Ⅳ cap below クラスⅠ・Ⅱ")
        if max(v for k, v in r.items() if k.startswith("上限額")) > FIRM_CAP_MAN * 10:
            errors.append(f"{A} / {row}: a cap above the firm cap of 第４条")
    # (b): growing applications and approvals; small firms within grants within applications; grants within the firm cap
    b = t[B]
    for col in ("申請件数（件）", "承認等の取得件数（件）"):
        ns = [r[col] for r in b.values()]
        if ns != sorted(set(ns)):
            errors.append(f"{B}: {col} should grow every year")
    for row, r in b.items():
        small = r.get("うち小規模企業者（件）", 0)
        if not small <= r["交付件数（件）"] <= r["申請件数（件）"] or r["交付額（千円）"] > r["交付件数（件）"] * FIRM_CAP_MAN * 10:
            errors.append(f"{B} / {row}: grants out of range")
        if ("うち小規模企業者（件）" in r) != (fiscal_year(row) >= SMALL_FROM):
            errors.append(f"{B} / {row}: the small-firm cell should be 「－」 exactly before {era(SMALL_FROM)}")
    # (c): the results equal (b)'s 令和６年度; 達成率 from 目標 and 実績
    c = t[C]
    if c["補助金の交付件数（件）"]["実績"] != b[era(2024)]["交付件数（件）"] \
            or c["薬事承認等の取得件数（件）"]["実績"] != b[era(2024)]["承認等の取得件数（件）"]:
        errors.append(f"{C}: 実績 differs from {B}")
    for row, r in c.items():
        if r["達成率（％）"] != docgen.pct(r["実績"], r["目標"]):
            errors.append(f"{C} / {row}: 達成率 differs from 実績 / 目標")
    # (d): 合計 adds up; 実施 within 回答; the totals equal the two firm sizes of the prose
    d = t[D]
    adds_up(D, ("回答企業数（社）", "実施企業（社）", "配信先の登録件数（件）"))
    if any(r["実施企業（社）"] > r["回答企業数（社）"] for r in d.values()):
        errors.append(f"{D}: 実施企業 above 回答企業数")
    if d["合計"]["回答企業数（社）"] != sum(s[1] for s in SIZES) or d["合計"]["実施企業（社）"] != sum(s[2] for s in SIZES):
        errors.append(f"{D}: 合計 differs from the firm sizes")
    # (e): 増減 is the difference; the counts within the users of each year
    n = d["合計"]["実施企業（社）"]
    for row, r in t[E].items():
        if r["増減"] != r["令和６年度"] - r["令和５年度"] or r["令和６年度"] > n or r["令和５年度"] > PREV_USERS:
            errors.append(f"{E} / {row}: 増減 or counts out of range")
    # (f): the counts add up to the users; 全体 is the weighted average
    f = t[F]
    tools = [r for r in f if r != "全体"]
    if sum(f[r]["企業数（社）"] for r in tools) != f["全体"]["企業数（社）"] or f["全体"]["企業数（社）"] != n:
        errors.append(f"{F}: 企業数 does not add up to the users of {D}")
    for col in ("平均開封率（％）", "平均クリック率（％）"):
        want = half_up(sum(f[r]["企業数（社）"] * _dec(f[r][col]) for r in tools) / n, "0.1")
        if _dec(f["全体"][col]) != want:
            errors.append(f"{F}: 全体 of {col} is not the weighted average")
    # (g): the per cents come from the counts; the ｎ from (d) and the firm sizes
    n_all, n_s, n_l = split_users()
    if n_all != n:
        errors.append(f"{G}: the ｎ differ from {D}")
    for name, a, bb in ISSUES:
        r = t[G][name]
        want = (pct1(a + bb, n_all), pct1(a, n_s), pct1(bb, n_l))
        if tuple(_dec(r[k]) for k in ("全体", "中小企業", "大企業")) != want or a > n_s or bb > n_l:
            errors.append(f"{G} / {name}: per cents differ from the counts")
    # (h): the terminals; (i): colour at least black and white
    if sum(r["専用端末（台）"] for r in t[H].values()) != sum(x[1] for x in DATABASES):
        errors.append(f"{H}: terminals do not add up")
    for row, r in t[I].items():
        if "カラー（円）" in r and r["カラー（円）"] < r["白黒（円）"]:
            errors.append(f"{I} / {row}: カラー below 白黒")
    # (j): 計 is the row sum; 合計 adds up
    j = t[J]
    adds_up(J, QUARTERS + ("計",))
    for row, r in j.items():
        if r["計"] != sum(r[q] for q in QUARTERS):
            errors.append(f"{J} / {row}: 計 is not the sum of the quarters")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    # (d): continued over a page break without its header
    ind = specs["industries"]
    bp = sorted({g["page"] for g in gold if g["table"] == D})
    if len(bp) != 2:
        errors.append(f"{D} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(ind.header[0]))
        on = [i + 1 for i, p in enumerate(pages[MAIL_PDF]) if header in norm(p)]
        if ind.repeat_header or on != bp[:1]:
            errors.append(f"{D}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[1]}
        if not 2 <= len(first) <= 7:
            errors.append(f"{D}: {len(first)} rows before the page break, expected 2-7")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{D}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("建設業、運輸業等") not in norm(pages[MAIL_PDF][bp[1] - 1]):
            errors.append(f"{D}: note ※１ should follow the table on the continuation page")
    for key, spec in specs.items():
        if key == "industries":
            continue
        tp = {g["page"] for g in gold if g["table"] == spec.title}
        if len(tp) != 1:
            errors.append(f"{spec.title} is on pages {sorted(tp)}, expected one page")
    if specs["issues"].ruled or not all(s.ruled for k, s in specs.items() if k != "issues"):
        errors.append(f"only {G} must be drawn without ruling lines")
    # 「－」 cells: (a) one, (b) two, (i) one, none elsewhere; printed in their row, never a gold cell
    want_dash = {"rates": [(3, 3)], "record": [(0, 3), (1, 3)], "fees": [(4, 2)]}
    for key, spec in specs.items():
        if spec.dash_cells() != want_dash.get(key, []):
            errors.append(f"{spec.title}: 「－」 cells at {spec.dash_cells()}, expected {want_dash.get(key, [])}")
    if any(g["value"] == DASH for g in gold):
        errors.append("a 「－」 cell is recorded as a gold cell")
    # (a): two header rows, three spans, group／leaf columns; units from the groups
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／中小企業者", "補助率（％）／小規模企業者", "上限額（千円）／クラスⅠ・Ⅱ", "上限額（千円）／クラスⅢ・Ⅳ"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "千円"}:
        errors.append(f"{A}: units should come from the header groups")
    # (b): years as rows; header cells printed over two lines, each line on a line of its own
    if [g["fiscal_year"] for g in gold if g["table"] == B and g["column"] == "申請件数（件）"] != [y for y, *_x in RECORD]:
        errors.append(f"{B}: expected years as rows")
    two_line = [h for h in specs["record"].header[0] if "\n" in h]
    raw = [x.strip() for x in "\n".join(pages[YAKUJI_PDF]).splitlines()]
    if len(two_line) < 4 or any(not all(part in raw for part in h.split("\n")) for h in two_line):
        errors.append(f"{B}: expected header cells printed over two lines")
    # (c): a KPI table with 目標 / 実績 / 達成率 and a mark column that is no gold cell
    kcols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == C))
    marks = [r[4] for r in specs["kpi"].rows]
    if kcols != ["目標", "実績", "達成率（％）"] or set(marks) != {"◎", "○", "△"} \
            or any(m != mark(docgen.pct(a, tg)) for m, (_n, tg, a) in zip(marks, KPI)):
        errors.append(f"{C}: expected 目標 / 実績 / 達成率 columns and ◎ ○ △ marks by note ※６")
    # (e): a 増減 column covering two fiscal years, decreases printed with ▲
    eg = [g for g in gold if g["table"] == E]
    neg = [g for g in eg if g["column"] == "増減" and g["number"] < 0]
    if any(g["fiscal_year_range"] != [2023, 2024] for g in eg if g["column"] == "増減") or len(neg) < 2 \
            or any(not g["value"].startswith(MINUS) for g in neg) \
            or any(MINUS in g["value"] for g in eg if g["number"] >= 0):
        errors.append(f"{E}: expected a 増減 column with ▲ for decreases and the range [2023, 2024]")
    if any(g["fiscal_year_range"] is not None for g in gold if g["table"] != E or g["column"] != "増減"):
        errors.append("only the 増減 column of (e) may have a fiscal_year_range")
    # (f): header cells over two lines; (j): a total column on the right
    if sum("\n" in h for h in specs["tools"].header[0]) != 3:
        errors.append(f"{F}: expected three header cells printed over two lines")
    if specs["uses"].header[0][-1] != "計" or {g["fiscal_year"] for g in gold if g["table"] == J} != {2024}:
        errors.append(f"{J}: expected a 計 column on the right and one fiscal year")
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
            on = [k for k, t in enumerate(page_texts) if norm(f"（{fw(i)}）{head}") in t]
            if len(on) != 1:
                errors.append(f"{doc} lacks the heading of sibling section {i}")
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
        got = re.findall(r"099-84\d-\d{4}", text)
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
        got = sum(x.startswith("○") and x != "○" and not any(t in x for t in titles) for x in raw)
        if got != items:
            errors.append(f"{what}: expected {items} bulleted items, got {got}")

    # ---- the grant guideline
    yt = norm("\n".join(pages[YAKUJI_PDF]))
    siblings(yt, YAKUJI_PDF, ("対象機器：", "輸出先：", "補助金の額："), [c[0] for c in YAKUJI_CASES])
    n_all, amt_all = sum(r[2] for r in RECORD), sum(r[5] for r in RECORD)
    if amt_all % 1000 or norm(f"延べ{n_all}件、総額１億{amt_all // 10 - 10000:,}万円") not in yt or not 10000 <= amt_all // 10 < 20000:
        errors.append("guideline: the totals in the prose differ from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件に交付しました（うち小規模企業者{fw(last[3])}件）") not in yt \
            or norm(f"令和６年度は{fw(last[4])}件でした") not in yt:
        errors.append("guideline: the 令和６年度 figures in the prose differ from (b)")
    rates = {r[0]: r for r in RATES}
    for head, device, _where, amount, cls, items in YAKUJI_CASES:
        col = 4 if cls == "ⅢⅣ" else 3
        if any(rates[x][col] is None for x in items):
            errors.append(f"guideline: case {head} uses a cost not covered for its class")
            continue
        caps = sum(rates[x][col] for x in items)
        if int(amount.rstrip("千円").replace(",", "")) > min(caps, FIRM_CAP_MAN * 10):
            errors.append(f"guideline: case {head} exceeds its caps")
        if not any(f"クラス{k}" in device for k in cls):
            errors.append(f"guideline: case {head} has the wrong class")
    if re.findall(r"20\d\d年", yt) != ["2020年"]:
        errors.append("guideline: only 2020年度 should be printed in Western form")
    defs(yt, ("医療機器", "薬事承認等", "クラス", "小規模企業者"), "guideline")
    for x in EXCLUDED:
        if norm(x) not in yt:
            errors.append(f"guideline: the cost not covered {x} is missing")
    bullets_in(YAKUJI_PDF, len(EXCLUDED), "guideline")
    if [int(x) for x in re.findall(r"第(\d)条\(", yt)] != list(range(1, 9)):
        errors.append("guideline: expected articles 第１条–第８条")
    steps_of(YAKUJI_PDF, "①②③④⑤⑥⑦", "guideline")
    contacts(YAKUJI_PDF, ["099-841-3310", "099-841-3319", "099-841-3400"], ["hanzo-iryokiki@example.jp"], "guideline")

    # ---- the survey of e-mail marketing
    mt = norm("\n".join(pages[MAIL_PDF]))
    siblings(mt, MAIL_PDF, ("配信先：", "配信の頻度：", "工夫していること："), [c[0] for c in MAIL_CASES])
    total, n = respondents(), users()
    if norm(f"{total}社（回答率{pct1(total, TARGET)}％）") not in mt \
            or norm(f"回答企業{total}社のうち{n}社（{pct1(n, total)}％）") not in mt \
            or norm(f"令和５年度調査の{PREV_USERS}社から{n - PREV_USERS}社増えた") not in mt:
        errors.append("survey: the response and user figures in the prose differ from (d)")
    (s_name, s_n, s_t), (l_name, l_n, l_t) = SIZES
    if norm(f"大企業は{l_n}社のうち{l_t}社") not in mt or norm(f"中小企業は{s_n}社のうち{s_t}社") not in mt:
        errors.append("survey: the firm sizes in the prose differ from the data")
    top = sorted(INDUSTRIES, key=lambda r: -r[2])[0][0], sorted(INDUSTRIES, key=lambda r: -r[3])[0][0]
    if top != ("卸売・小売業", "卸売・小売業"):
        errors.append("survey: 「卸売・小売業が…ともに最も多い」 does not hold")
    ranked = sorted(REGIONS, key=lambda r: -r[2])
    down = [r[0] for r in REGIONS if r[2] < r[1]]
    if ranked[0][0] != "東南アジア" or ranked[0][2] - ranked[0][1] != 15 or down != ["中国", "韓国", "オセアニア"]:
        errors.append("survey: the region prose (東南アジア +15, 中国・韓国・オセアニア down) does not hold")
    if max(TOOLS, key=lambda r: r[1])[0] != "有料のメール配信サービス" or max(TOOLS, key=lambda r: r[2])[0] != "ＣＲＭ・ＭＡツール":
        errors.append("survey: the tool prose does not hold")
    n_all, n_s, n_l = split_users()
    tops = [max(ISSUES, key=lambda r: r[1] + r[2])[0], max(ISSUES, key=lambda r: r[1] / n_s)[0],
            max(ISSUES, key=lambda r: r[2] / n_l)[0]]
    if tops != ["外国語のコンテンツ作成", "外国語のコンテンツ作成", "各国の個人情報・迷惑メール規制への対応"]:
        errors.append("survey: the tops of (g) in the prose do not hold")
    if re.findall(r"20\d\d年", mt) != ["2024年"] or re.findall(r"20\d\d年度", mt):
        errors.append("survey: only 2024年 (調査基準日) should be printed in Western form")
    defs(mt, ("海外向けメールマーケティング", "実施企業", "開封率", "クリック率", "配信先の登録件数"), "survey")
    bullets_in(MAIL_PDF, 3, "survey")
    steps_of(MAIL_PDF, "①②③", "survey")
    contacts(MAIL_PDF, ["099-844-5120", "099-844-5129", "099-844-5200"], ["hanzo-kokusai@example.jp"], "survey")

    # ---- the library guide
    lt = norm("\n".join(pages[LIB_PDF]))
    siblings(lt, LIB_PDF, ("受付：", "回答までの期間：", "回答の方法："), [k[0] for k in KINDS])
    total = sum(sum(d[4]) for d in DATABASES)
    if norm(f"利用件数は{total:,}件で、前年度の{PREV_USES:,}件から{total - PREV_USES}件増えました") not in lt \
            or max(DATABASES, key=lambda d: sum(d[4]))[0] != "海外企業情報データベース":
        errors.append("guide: the use figures in the prose differ from (j)")
    ref = sum(k for _n, k in REFERENCE)
    if norm(f"相談は{ref}件（カウンター{REFERENCE[0][1]}件、電話{REFERENCE[1][1]}件、郵送・電子メール{REFERENCE[2][1]}件）") not in lt:
        errors.append("guide: the reference figures in the prose do not add up")
    if norm(f"専用端末 {sum(d[1] for d in DATABASES)}台") not in lt:
        errors.append("guide: the terminals in 資料 differ from (h)")
    if max(d[2] for d in DATABASES) * KOMA_MIN > 2 * KOMA_MIN:
        errors.append("guide: a database allows more than the daily two コマ of the rules")
    if re.findall(r"20\d\d年", lt):
        errors.append("guide: no Western year should be printed")
    defs(lt, ("商用データベース", "１コマ", "利用者登録"), "guide")
    bullets_in(LIB_PDF, 4, "guide")
    raw = "\n".join(pages[LIB_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("guide: expected three Ｑ lines and three Ａ lines")
    steps_of(LIB_PDF, "①②③④⑤⑥", "guide")
    contacts(LIB_PDF, ["099-847-2210", "099-847-2219", "099-847-2230"], ["hanzo-lib-business@example.jp"], "guide")
    # every phone number of the set is fictional (099-84x-xxxx), every mail address under example.jp
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
