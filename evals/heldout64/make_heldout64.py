"""Build the 椛県 held-out set 64: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (椛県 and every town, programme, organisation, phone number, address
and figure). The documents are in three genres the earlier sets do not use: a call for
participating firms (参加企業募集要項) in a prefectural programme sending start-ups and small firms to
accelerator programmes abroad (海外アクセラレーター派遣プログラム: mentoring, a demo day, the firms'
share of the costs by course) with a two-level header that also has a header cell printed over two
lines, the dispatches by year (years as rows, with 「－」 cells for a course not yet run) and a KPI
table with 目標 / 実績 / 達成率 and a mark column (◎ ○ △); the report of a survey of the prefecture's
firms on their foreign-language capacity (外国語対応力に関する実態調査) with the firms by industry (a
table continued over a page break without its header), the languages handled in two survey years
with a 増減 column printing decreases with ▲, and an unruled table of the ways firms handle foreign
languages by firm size; and the user guide (利用案内) of a prefectural warehouse that keeps firms'
export samples and ships them to foreign buyers (輸出サンプル倉庫) with the fees (header cells over
two lines, a unit per column, a 「－」 cell), the shipments by destination in two fiscal years with a
前年度比 column, and the use by product class; see README.md beside this file.

    python make_heldout64.py [OUTPUT_DIR]          # default: this file's directory

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

ACCEL_PDF = "momiji_kaigai_accelerator_haken_boshu_yoko_r7.pdf"
GOGAKU_PDF = "momiji_gaikokugo_taiouryoku_jittai_chosa_r6.pdf"
SAMPLE_PDF = "momiji_yushutsu_sample_soko_riyo_annai_r7.pdf"
ALL_PDFS = (ACCEL_PDF, GOGAKU_PDF, SAMPLE_PDF)

UNITS = ("万円", "円", "件", "人", "社", "日", "回", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
NONE_CELL = "－"  # a cell with no figure (course not run, no shipments, no such fee): no gold cell
MINUS = "▲"  # printed before a decrease
MARKS = ("◎", "○", "△")  # the KPI marks (note ※６ of the call)
PHONE_PREFIX = "099-68"  # every phone number of the set: 099-68x-xxxx
MAIL_DOMAIN = "@example.jp"
OTHER_PREFS = ("樅県",)  # the prefecture of the set written at the same time (never opened)


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
    """(number, unit) as printed after NFKC, a leading ▲ read as a minus; (None, None) for text."""
    v = nfkc(value).strip()
    neg = v.startswith(MINUS)
    n, u = docgen.parse_number(v[1:] if neg else v, UNITS)
    return (-n if neg and n is not None else n), u


def label(s: str) -> str:
    """A row or column label as recorded: line breaks dropped."""
    return s.replace("\n", "").strip(INDENT)


def bracket_unit(text: str) -> str | None:
    """The unit in brackets at the end of a label (応募企業数（社） -> 社; 月額保管料（円／区画） -> 円), NFKC."""
    m = re.search(r"（([^（）]+)）$", label(text))
    return nfkc(m.group(1).split("／")[0]) if m else None


def half_up(x: Decimal, q: str) -> Decimal:
    return x.quantize(Decimal(q), ROUND_HALF_UP)


def pct1(k: int, n: int) -> Decimal:
    """k / n in per cent with one decimal, rounded half up."""
    return half_up(Decimal(k * 100) / Decimal(n), "0.1")


def cell(x) -> str:
    """A table cell: None as 「－」, an int as docgen prints it (single digits full-width), a
    Decimal with one decimal."""
    if x is None:
        return NONE_CELL
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def signed(n: int) -> str:
    """A 増減 cell: a decrease with ▲ before it, an increase as a plain number."""
    return f"{MINUS}{fw(-n)}" if n < 0 else fw(n)


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf, optional columns that
    cover a range of fiscal years (a 増減 column) and an optional mark column (◎ ○ △, no gold
    cell, printed)."""

    col_range: dict | None = None  # {col: [first, last]} for columns spanning several fiscal years
    mark_col: int | None = None

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
    """Every printed figure of a table; 「－」 cells and the mark column are no gold cells."""
    out = []
    for i, r in enumerate(spec.rows):
        for c in spec.value_cols:
            value = r[c]
            if value == NONE_CELL:
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


PREF = "椛県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: accelerator programme abroad, call for firms
ACCEL = f"{PREF}海外アクセラレーター派遣プログラム"
ACCEL_DEPT = f"{PREF} 商工労働部 新産業振興課"
ZAIDAN = f"公益財団法人{PREF}産業振興財団"
START_YEAR = 2021  # 令和３年度, printed once with its Western year
COURSES = [  # コース, 現地滞在（日）; 負担額（万円）: スタートアップ, 中小企業; メンタリング（回）: 現地, オンライン (令和７年度)
    ("シリコンバレーコース", 21, 60, 90, 8, 6), ("シンガポールコース", 14, 30, 45, 6, 4),
    ("ベルリンコース", 14, 40, 60, 6, 5),
]
COURSE_SECTIONS = [  # 見出し, 派遣時期, 主な内容, 定員 (same labels in every sibling section)
    ("シリコンバレーコース（米国）", "令和７年10月（３週間）",
     "米国の投資家と事業会社への事業計画の発表に向けたメンタリング、現地の起業家との交流、デモデイ", "５社"),
    ("シンガポールコース", "令和７年11月（２週間）",
     "東南アジアへの展開を目指す企業向け。現地の事業会社との協業の検討、実証の相手先探し、デモデイ", "４社"),
    ("ベルリンコース（ドイツ）", "令和８年２月（２週間）",
     "欧州の環境・製造分野の投資家との面談、現地の研究機関の視察、デモデイ（ドイツ語の通訳あり）", "３社"),
]
EXTRA_PERSON = 20  # note ※２: 万円 added per person from the third person on
DISPATCH = [  # 年度, 応募企業数, 派遣企業数: シリコンバレー, シンガポール, ベルリン (None: course not run)
    (2021, 14, 5, 3, None), (2022, 21, 5, 4, None), (2023, 29, 4, 4, 3), (2024, 38, 5, 4, 3),
]
BERLIN_START = 2023  # ベルリンコース began in 令和５年度 (note ※５)
KPIS = [  # 指標, 目標, 実績 (令和６年度); the mark follows from the 達成率 (note ※６)
    ("派遣企業数（社）", 12, 12), ("現地での面談件数（件）", 150, 186), ("デモデイの来場者数（人）", 300, 342),
    ("デモデイ後の継続商談（件）", 40, 35), ("資金調達・業務提携（件）", 6, 4), ("海外拠点の設置（社）", 2, 1),
]
DEALS_SO_FAR = 13  # firms that raised funds or made a tie-up within two years of their dispatch (prose only)
NOT_IN_FEE = [  # 参加企業の負担額に含まれない経費
    "現地での交通費及び食費",
    "海外旅行保険の保険料",
    "ピッチ資料の翻訳及び商品サンプルの輸送に要する経費",
    "パスポートの取得及び査証の申請に要する経費",
]


def kpi_mark(rate: Decimal) -> str:
    return "◎" if rate >= 120 else "○" if rate >= 80 else "△"


def accel_specs():
    fees = TableSpec(
        key="fees", doc=ACCEL_PDF, title="コース別の負担額とメンタリングの回数",
        header=[["コース", "現地滞在\n（日）", "参加企業の負担額（万円）", "", "メンタリング（回）", ""],
                ["", "", "スタートアップ", "中小企業", "現地", "オンライン"]],
        rows=[[n, fw(d), fw(a), fw(b), fw(m), fw(o)] for n, d, a, b, m, o in COURSES],
        col_widths=[44 * mm, 20 * mm, 26 * mm, 26 * mm, 22 * mm, 22 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (3, 0)), ((4, 0), (5, 0))], table_fy=2025,
    )
    fees.unit = lambda row, c, s=fees: bracket_unit(s.header_parts(c)[0])
    dispatch = TableSpec(
        key="dispatch", doc=ACCEL_PDF, title="年度別の派遣実績",
        header=[["年度", "応募企業数", "シリコン\nバレー", "シンガ\nポール", "ベルリン", "派遣企業数\n（計）"]],
        rows=[[era(y), fw(a), cell(s), cell(g), cell(b), fw(s + g + (b or 0))] for y, a, s, g, b in DISPATCH],
        col_widths=[30 * mm, 26 * mm, 24 * mm, 24 * mm, 24 * mm, 30 * mm], unit="社",
    )
    kpi = TableSpec(
        key="kpi", doc=ACCEL_PDF, title="成果指標の達成状況",
        header=[["指標", "目標", "実績", "達成率（％）", "評価"]],
        rows=[[n, fw(t), fw(a), cell(pct1(a, t)), kpi_mark(pct1(a, t))] for n, t, a in KPIS],
        col_widths=[62 * mm, 22 * mm, 22 * mm, 28 * mm, 18 * mm], value_cols=[1, 2, 3], table_fy=2024,
    )
    kpi.mark_col = 4
    kpi.unit = lambda row, c: "%" if c == 3 else bracket_unit(row[0])
    return fees, dispatch, kpi


def accel_story(specs):
    fees, dispatch, kpi = specs
    n_all = sum(s + g + (b or 0) for _y, _a, s, g, b in DISPATCH)
    last = DISPATCH[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{ACCEL} 参加企業募集要項", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(ACCEL_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　目的", H1)]
    st += paras(f"""
県内のスタートアップや中小企業を海外のアクセラレーターに派遣し、現地の専門家によるメンタリングと、投資家や事業会社に事業計画を発表する機会を通じて、海外での資金調達や事業提携を後押しします。令和３年度（{START_YEAR}年度）に始めたこのプログラムでは、令和６年度までに延べ{n_all}社を派遣し、そのうち{DEALS_SO_FAR}社が帰国後２年以内に資金調達又は業務提携に至りました。
""", 0)
    st += [P("２　募集の概要", H1)]
    st += lv_lines([
        ("事業名", ACCEL),
        ("対象者", "県内に本社又は主たる事業所を有するスタートアップ及び中小企業者で、海外での資金調達又は事業提携を目指すもの"),
        ("募集期間", "令和７年５月12日から６月13日まで（必着）"),
        ("募集企業数", "12社程度"),
        ("実施時期", "令和７年10月から令和８年２月まで（コースにより異なります）"),
        ("実施体制", f"{PREF}（運営は{ZAIDAN}に委託）"),
    ], 0)
    st += paras("""
この要項において「アクセラレーター」とは、創業間もない企業に一定の期間、専門家による助言（メンタリング）と投資家等との面談の機会を集中的に提供し、事業の成長を支援する組織又はその仕組みをいいます。「デモデイ」とは、プログラムの最終日に、参加企業が投資家や事業会社の前で事業計画を発表する場をいいます。また、「スタートアップ」とは、設立から10年未満で、新しい技術やビジネスモデルにより急速な成長を目指す企業をいい、それ以外の中小企業者を「中小企業」といいます。
""", 0)
    st += [P("３　コースの内容", H1)]
    for i, (head, when, what, cap) in enumerate(COURSE_SECTIONS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("派遣時期", when), ("主な内容", what), ("定員", cap)], 1)
    st += [P("４　参加企業の負担額と支援の内容", H1)]
    st += paras("参加企業の負担額とメンタリングの回数は、コースと企業の区分によって次のとおりです。残りの経費は県が負担します。", 0)
    st += [caption(fees.title, "（令和７年度）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「スタートアップ」の欄は、２に定めるスタートアップに該当する企業に適用し、それ以外の企業には「中小企業」の欄を適用します。",
        f"※２ 負担額は１社２名までの派遣に係る額で、３人目からは１名につき{EXTRA_PERSON}万円を加算します。",
        "※３ 負担額には、現地プログラムの参加費、往復の航空券（エコノミークラス）及び宿泊費を含みます。現地での交通費と食費は含みません。",
        "※４ メンタリングの「オンライン」は、出発前と帰国後に行うものです。",
    ])
    st += paras("次の経費は参加企業の負担額に含まれず、参加企業が別に負担します。", 0)
    st += bullets(NOT_IN_FEE, 0)
    st += [P("５　応募から派遣までの流れ", H1)]
    st += numbered([
        "① 説明会への参加（任意。令和７年５月21日、オンライン）",
        "② 応募書類の提出（募集期間内に、応募申込書と英語のピッチ資料を提出）",
        "③ 書類審査（令和７年６月下旬）",
        "④ 面接審査（英語によるピッチを含む。令和７年７月中旬）",
        "⑤ 選考結果の通知と負担金の請求（令和７年７月下旬）",
        "⑥ 事前研修（出発の２か月前から、オンラインで計４回）",
        "⑦ 現地プログラムへの参加とデモデイでの発表",
        "⑧ 成果報告書の提出（帰国後３か月以内）",
    ], 0)
    st += [P("６　これまでの実績", H1)]
    st += paras(f"""
応募企業数は毎年増えており、令和６年度は{last[1]}社の応募から{last[2] + last[3] + last[4]}社を派遣しました。ベルリンコースは、令和５年度に新設したものです。
""", 0)
    st += [caption(dispatch.title, "（単位：社）"), dispatch.flowable(), Spacer(1, 2)]
    st += notes([
        "※５ 令和３年度と令和４年度は、ベルリンコースを実施していません（表中「－」）。",
    ])
    st += [caption(kpi.title, "（令和６年度）"), kpi.flowable(), Spacer(1, 2)]
    st += notes([
        "※６ 達成率は、実績を目標で割ったものです。評価は、達成率が120％以上のものを「◎」、80％以上120％未満のものを「○」、80％未満のものを「△」としました。",
    ])
    st += [P("７　よくある質問", H1)]
    qa = [
        ("英語に自信がないのですが、応募できますか。",
         "応募できます。ただし、面接審査のピッチは英語で行っていただきます。現地では、通訳を１日２時間まで県が手配します。"),
        ("過去に参加した企業も応募できますか。",
         "応募できます。ただし、同じコースには１回しか参加できません。"),
        ("派遣する者は、代表者でなければなりませんか。",
         "代表者又は役員を１名以上含めてください。２人目以降は従業員でも構いません。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{ACCEL_DEPT} スタートアップ班　電話：099-681-4420　ファクス：099-681-4429",
        f"{ZAIDAN}（応募書類・事前研修）　電話：099-681-4500",
        "電子メール：momiji-accel@example.jp",
    ]))
    return st


# ================================================================ document 2: foreign-language capacity, survey report
GOGAKU = f"{PREF}内企業の外国語対応力に関する実態調査"
GOGAKU_DEPT = f"{PREF} 産業労働部 国際経済課"
KYOKAI = f"一般社団法人{PREF}国際ビジネス協会"
TARGET = 1500  # 調査対象の企業数
INDUSTRIES = [  # 業種, 回答企業数（社）, 外国語対応企業（社）, 外国語対応担当者（人） (令和６年９月１日現在)
    ("食料品", 68, 27, 49), ("木材・家具", 34, 9, 13), ("化学・プラスチック", 41, 22, 57), ("金属製品", 55, 19, 31),
    ("一般機械", 72, 43, 128), ("電子部品・電気機器", 49, 34, 112), ("卸売業", 63, 38, 91), ("小売業", 45, 11, 17),
    ("宿泊・観光業", 39, 24, 76), ("その他", 52, 14, 22),
]
MANUFACTURING = ("食料品", "木材・家具", "化学・プラスチック", "金属製品", "一般機械", "電子部品・電気機器")
SIZES = (("中小企業", 461, 197), ("大企業", 57, 44))  # 回答企業数, うち外国語対応企業 (prose only)
PREV_SHARE = Decimal("38.9")  # 外国語対応企業の割合, 前回調査（令和３年度）
PREV_FIRMS = 186  # 外国語対応企業, 前回調査 (note ※２)
SURVEY_YEARS = (2021, 2024)
LANGUAGES = [  # 言語, 令和３年度調査（社）, 令和６年度調査（社） (複数回答; the 増減 is computed)
    ("英語", 164, 189), ("中国語", 71, 64), ("韓国語", 28, 23), ("ベトナム語", 9, 21), ("タイ語", 6, 11),
    ("インドネシア語", 3, 8), ("スペイン語", 12, 10), ("フランス語", 8, 9), ("ドイツ語", 11, 7),
]
METHODS = [  # 対応の方法, 回答数: 大企業, 中小企業 (複数回答)
    ("自社の日本人社員が対応する", 40, 151), ("翻訳ツール・生成ＡＩを使う", 31, 102),
    ("外国人社員が対応する", 21, 44), ("外部の翻訳・通訳会社に依頼する", 18, 47),
    ("商社や取引先に仲介してもらう", 6, 39), ("海外の現地法人・代理店に任せる", 15, 23),
]
LANG_CASES = [  # 見出し, 対応している言語, 外国語対応担当者, 工夫していること (same labels in every sibling section)
    ("電子部品製造業Ａ社（椛市）", "英語、中国語", "６人", "技術資料を英語と中国語で用意し、問合せの多い質問と回答を社内で共有している"),
    ("旅館業Ｂ社（鳴瀬市）", "英語、韓国語、タイ語", "４人", "外国人社員を採用し、予約の問合せにはその日のうちに返信している"),
    ("食品卸売業Ｃ社（小舟町）", "英語", "２人", "商談の資料は翻訳ツールで下訳を作り、担当者が内容を確かめてから送っている"),
]


def respondents() -> int:
    return sum(r[1] for r in INDUSTRIES)


def capable_firms() -> int:
    return sum(r[2] for r in INDUSTRIES)


def gogaku_specs():
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in INDUSTRIES]
    rows.append(["合計"] + [fw(sum(r[j] for r in INDUSTRIES)) for j in (1, 2, 3)])
    industries = TableSpec(
        key="industries", doc=GOGAKU_PDF, title="業種別の回答企業と外国語対応の状況",
        header=[["業種", "回答企業数（社）", "外国語対応企業（社）", "外国語対応担当者（人）"]],
        rows=rows, col_widths=[44 * mm, 36 * mm, 38 * mm, 40 * mm], table_fy=2024, repeat_header=False,
    )
    industries.unit = lambda row, c, s=industries: bracket_unit(s.column_label(c))
    languages = TableSpec(
        key="languages", doc=GOGAKU_PDF, title="対応できる言語（複数回答）",
        header=[["言語", "令和３年度調査（社）", "令和６年度調査（社）", "増減（社）"]],
        rows=[[n, fw(a), fw(b), signed(b - a)] for n, a, b in LANGUAGES],
        col_widths=[40 * mm, 38 * mm, 38 * mm, 28 * mm],
    )
    languages.unit = lambda row, c, s=languages: bracket_unit(s.column_label(c))
    languages.col_range = {3: list(SURVEY_YEARS)}
    (_s, _sn, n_small), (_l, _ln, n_large) = SIZES
    methods = TableSpec(
        key="methods", doc=GOGAKU_PDF, title="外国語対応の方法（複数回答）",
        header=[["対応の方法", "全体", "大企業", "中小企業"]],
        rows=[[x, cell(pct1(a + b, n_small + n_large)), cell(pct1(a, n_large)), cell(pct1(b, n_small))]
              for x, a, b in METHODS],
        col_widths=[70 * mm, 26 * mm, 26 * mm, 26 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return industries, languages, methods


def gogaku_story(specs):
    industries, languages, methods = specs
    total, n = respondents(), capable_firms()
    people = sum(r[3] for r in INDUSTRIES)
    (s_name, s_n, s_t), (l_name, l_n, l_t) = SIZES
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{GOGAKU} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月", DATE_RIGHT), P(GOGAKU_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県内企業が海外の取引先や顧客とどの程度外国語でやり取りできているかを把握し、人材育成の施策に役立てるため"),
        ("調査対象", f"県内に本社を置く企業 {TARGET:,}社（無作為抽出）"),
        ("調査基準日", "令和６年（2024年）９月１日"),
        ("調査期間", "令和６年９月９日から10月11日まで"),
        ("調査方法", "郵送及びウェブによるアンケート"),
        ("調査項目", "外国語対応の有無、対応できる言語、対応の方法、課題及び県への要望"),
        ("回答数", f"{total}社（回答率{pct1(total, TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「外国語対応」とは、海外の取引先や顧客との間で、電話、電子メール、商談、書類等のやり取りを外国語で行うことをいう。「外国語対応企業」とは、外国語対応を、外部の翻訳会社等に頼らずに社内で行うことができる企業をいう。また、「外国語対応担当者」とは、業務として月１回以上外国語で取引先等とやり取りをする役員又は従業員をいう。
なお、割合は小数点以下第２位を四捨五入しているため、内訳の合計が100％にならない場合がある。
""", 0)
    st += [P("２　外国語対応の状況", H1)]
    st += paras(f"""
回答企業{total}社のうち、外国語対応企業は{n}社（{pct1(n, total)}％）で、前回調査（令和３年度）の{PREV_SHARE}％から上がった。外国語対応担当者は合計{people}人であった。業種別では、一般機械が外国語対応企業数、外国語対応担当者数ともに最も多い。外国語対応企業の割合は、製造業が非製造業を上回った。
""", 0)
    st += paras(f"""
外国語対応企業の割合を業種別にみると、製造業では電子部品・電気機器が、非製造業では宿泊・観光業が最も高い。一方、木材・家具、小売業及びその他では、その割合が３割に満たない。企業規模別では、大企業は{l_n}社のうち{l_t}社が外国語対応企業であったが、中小企業は{s_n}社のうち{s_t}社にとどまった。
""", 0)
    st += [caption(industries.title, "（令和６年９月１日現在）", keep=False), industries.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 製造業は食料品から電子部品・電気機器までの６業種、非製造業は卸売業、小売業、宿泊・観光業及びその他である。「その他」は、建設業、情報通信業等である。",
    ])
    st += [P("３　対応できる言語", H1)]
    st += paras("""
対応できる言語は英語が最も多く、前回調査より増えた。ベトナム語、タイ語、インドネシア語など東南アジアの言語が増えた一方、中国語と韓国語は減った。
""", 0)
    st += [caption(languages.title), languages.flowable(), Spacer(1, 2)]
    st += notes([
        f"※２ 各回の外国語対応企業（令和６年度調査は{n}社、令和３年度調査は{PREV_FIRMS}社）が回答した。「増減」は、令和６年度調査の企業数から令和３年度調査の企業数を引いたもので、減少は「▲」で示す。",
    ])
    st += [P("４　企業の事例", H1)]
    for i, (head, langs, staff, idea) in enumerate(LANG_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("対応している言語", langs), ("外国語対応担当者", staff), ("工夫していること", idea)], 1)
    st += [P("５　外国語対応の方法", H1)]
    st += paras("""
大企業、中小企業とも「自社の日本人社員が対応する」が最も多い。大企業では「翻訳ツール・生成ＡＩを使う」が２番目に多く、中小企業でも半数を超えた。
""", 0)
    st += [caption(methods.title, "（単位：％）"), methods.flowable(), Spacer(1, 2)]
    st += notes([
        f"※３ 外国語対応企業（全体{n}社、大企業{l_t}社、中小企業{s_t}社）が回答した。複数回答のため、合計は100％にならない。",
    ])
    st += [P("６　主な課題（自由記述）", H1)]
    st += bullets([
        "外国語ができる社員が１人か２人に限られ、その社員が休むと対応できない。",
        "契約書や技術資料など、専門的な内容の翻訳に自信がない。",
        "語学研修に社員を出す時間と費用の余裕がない。",
    ], 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        f"① {KYOKAI}と連携し、商談と電子メールの実務に絞った語学講座を令和７年度から開く。",
        "② 契約書や技術資料の翻訳の相談先を、県のウェブサイトにまとめて掲載する。",
        "③ 外国人材と県内企業の就職面談会を年２回開く。",
        "④ 次回の調査は、令和９年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{GOGAKU_DEPT} 調査分析班　電話：099-684-2210　ファクス：099-684-2219",
        f"{KYOKAI}（語学講座の相談）　電話：099-684-2300",
        "電子メール：momiji-kokusai@example.jp",
    ]))
    return st


# ================================================================ document 3: export sample warehouse, user guide
SAMPLE = f"{PREF}輸出サンプル倉庫"
SAMPLE_DEPT = f"{PREF} 商工労働部 貿易振興課"
CENTER = f"一般財団法人{PREF}貿易物流センター"
ZONES = [  # 見出し, 温度, 主な品目, 区画数 (same labels in every sibling section)
    ("常温区画", "15℃から25℃", "菓子、酒類、調味料、工芸品、日用品", "240区画"),
    ("冷蔵区画", "０℃から５℃", "生鮮の農産物、乳製品、冷蔵の加工食品", "60区画"),
    ("冷凍区画", "マイナス18℃以下", "冷凍食品、冷凍の水産物", "40区画"),
]
FEES = [  # 保管区分; 月額保管料（円／区画）, 入庫手数料（円／件）, 発送代行手数料（円／件）, 保冷資材（円／箱） (None: 「－」)
    ("常温区画", 2000, 500, 1000, None), ("冷蔵区画", 4000, 800, 1500, 600), ("冷凍区画", 5000, 800, 2000, 900),
]
SMALL_FIRM_MONTHS = 3  # note ※１: 県内中小企業 pay half the storage fee for the first three months
SHIP_YEARS = (2023, 2024)
SHIPMENTS = [  # 発送先, 令和５年度（件）, 令和６年度（件） (None: no shipment)
    ("中国", 84, 97), ("台湾", 112, 126), ("香港", 95, 88), ("韓国", 41, 37), ("タイ", 53, 71),
    ("ベトナム", 38, 62), ("シンガポール", 66, 74), ("インド", None, 9), ("米国", 103, 118), ("ＥＵ", 57, 64),
    ("その他", 22, 25),
]
ITEMS = [  # 品目の分類, 利用事業者数（社）, 入庫件数（件）, 発送件数（件）, うち成約報告（件） (令和６年度)
    ("菓子", 14, 52, 148, 19), ("酒類・飲料", 11, 41, 163, 27), ("調味料・加工食品", 17, 66, 201, 31),
    ("生鮮品・水産物", 8, 23, 97, 12), ("冷凍食品", 6, 19, 72, 9), ("工芸品・日用品", 9, 27, 90, 8),
]


def ship_rows():
    rows = []
    for n, a, b in SHIPMENTS:
        rows.append([n, cell(a), cell(b), cell(pct1(b, a) if a else None)])
    a_all = sum(a or 0 for _n, a, _b in SHIPMENTS)
    b_all = sum(b for _n, _a, b in SHIPMENTS)
    rows.append(["合計", fw(a_all), fw(b_all), cell(pct1(b_all, a_all))])
    return rows


def sample_specs():
    fees = TableSpec(
        key="sfees", doc=SAMPLE_PDF, title="保管区分別の料金",
        header=[["保管区分", "月額保管料\n（円／区画）", "入庫手数料\n（円／件）", "発送代行手数料\n（円／件）", "保冷資材\n（円／箱）"]],
        rows=[[n, fw(a), fw(b), fw(c), cell(d)] for n, a, b, c, d in FEES],
        col_widths=[34 * mm, 32 * mm, 30 * mm, 34 * mm, 28 * mm], table_fy=2025,
    )
    fees.unit = lambda row, c, s=fees: bracket_unit(s.column_label(c))
    shipments = TableSpec(
        key="shipments", doc=SAMPLE_PDF, title="発送先別の発送件数",
        header=[["発送先", "令和５年度（件）", "令和６年度（件）", "前年度比（％）"]],
        rows=ship_rows(), col_widths=[40 * mm, 36 * mm, 36 * mm, 32 * mm], table_fy=2024,
    )
    shipments.unit = lambda row, c, s=shipments: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in ITEMS]
    rows.append(["合計"] + [fw(sum(r[j] for r in ITEMS)) for j in (1, 2, 3, 4)])
    items = TableSpec(
        key="items", doc=SAMPLE_PDF, title="品目の分類別の利用状況",
        header=[["品目の分類", "利用事業者数（社）", "入庫件数（件）", "発送件数（件）", "うち成約報告（件）"]],
        rows=rows, col_widths=[40 * mm, 32 * mm, 28 * mm, 28 * mm, 32 * mm], table_fy=2024,
    )
    items.unit = lambda row, c, s=items: bracket_unit(s.column_label(c))
    return fees, shipments, items


def sample_story(specs):
    fees, shipments, items = specs
    a_all = sum(a or 0 for _n, a, _b in SHIPMENTS)
    b_all = sum(b for _n, _a, b in SHIPMENTS)
    users = sum(r[1] for r in ITEMS)
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{SAMPLE} 利用案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(SAMPLE_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　施設の概要", H1)]
    st += paras("""
この倉庫は、県内の事業者が海外のバイヤーに送る商品のサンプルを預かり、事業者からの依頼に応じて取り出し、梱包して発送する県の施設です。商談のたびにサンプルを用意して送る手間を省き、バイヤーからの求めにすぐ応えられるようにするためにご利用ください。
""", 0)
    st += lv_lines([
        ("施設名", SAMPLE),
        ("所在地", f"椛市港町三丁目（椛港国際物流センター内）"),
        ("運営", f"{CENTER}（県からの委託）"),
        ("利用できる者", "県内に事業所を有する事業者（個人事業主を含む。）"),
        ("受付時間", "平日９時から17時まで（発送の依頼はウェブで24時間受け付けます）"),
        ("保管できる期間", "入庫の日から６か月以内（１回に限り６か月延長できます）"),
    ], 0)
    st += paras("""
この案内において「サンプル」とは、海外のバイヤーとの商談のために無償で提供する商品見本をいい、販売用の商品は含みません。「１区画」とは、幅90センチメートル、奥行60センチメートル、高さ45センチメートルの棚１段をいいます。また、「発送代行」とは、利用者の依頼を受けて、保管しているサンプルを取り出し、梱包し、国際宅配便等で海外のバイヤーに送る作業をいいます。
""", 0)
    st += [P("２　保管区分", H1)]
    for i, (head, temp, goods, n) in enumerate(ZONES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("温度", temp), ("主な品目", goods), ("区画数", n)], 1)
    st += [P("３　利用料金", H1)]
    st += paras("料金は、保管区分ごとに次のとおりです（消費税込み）。", 0)
    st += [caption(fees.title, "（令和７年度）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        f"※１ 県内に事業所を有する中小企業者（個人事業主を含む。）は、入庫の月から{fw(SMALL_FIRM_MONTHS)}か月間、月額保管料を半額とします。",
        "※２ 発送の運賃（国際宅配便等の料金）は上表に含まず、利用者が運送会社に直接支払います。",
        "※３ 保冷資材は、冷蔵区画と冷凍区画のサンプルを発送するときに使う保冷箱と保冷剤の料金です。常温区画では使いません（表中「－」）。",
    ])
    st += [P("４　利用の流れ", H1)]
    st += numbered([
        "① 利用登録（ウェブの登録フォームに、事業者名、連絡先及び保管するサンプルの品目を記入）",
        "② 入庫の予約（搬入する日と区画数を予約）",
        "③ サンプルの搬入（職員が数量を確かめ、写真を撮って在庫一覧に登録）",
        "④ 発送の依頼（ウェブの依頼フォームに、バイヤーの宛先と個数を入力）",
        "⑤ 発送（常温区画は依頼の翌営業日まで、冷蔵区画と冷凍区画は２営業日以内）",
        "⑥ 料金の請求（月末に締め、翌月10日までに請求書を送付）",
    ], 0)
    st += [P("５　利用の状況", H1)]
    st += paras(f"""
令和６年度の発送件数は{b_all}件で、前年度の{a_all}件から{b_all - a_all}件増えました。利用した事業者は{users}事業者です。発送先別では台湾が最も多く、インド向けの発送は令和６年度に始まりました。
""", 0)
    st += [caption(shipments.title), shipments.flowable(), Spacer(1, 2)]
    st += notes([
        "※４ 前年度比は、令和６年度の件数を令和５年度の件数で割ったものです。令和５年度はインド向けの発送がなかったため「－」としています。「ＥＵ」はＥＵの加盟国向けの合計、「その他」は英国、カナダ、オーストラリア等です。",
    ])
    st += [caption(items.title, "（令和６年度）"), items.flowable(), Spacer(1, 2)]
    st += notes([
        "※５ 利用事業者数は、各事業者が主に保管した品目の分類で数えたものです。「うち成約報告」は、発送の後に、利用者からバイヤーとの取引が決まったとの報告があった件数です。",
    ])
    st += [P("６　利用上の注意", H1)]
    st += bullets([
        "酒類、医薬品、電池を含む製品など、輸出先や運送会社の規則により送れないものがあります。事前にご相談ください。",
        "保管中のサンプルの品質の変化（賞味期限の経過を含む。）について、倉庫は責任を負いません。",
        "輸出先の通関に必要な書類（インボイス等）は、利用者が用意してください。",
        "保管できる期間を過ぎたサンプルは、利用者に連絡のうえ返送し、その送料を請求します。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{SAMPLE_DEPT} 輸出支援班　電話：099-687-3310　ファクス：099-687-3319",
        f"{CENTER}（利用登録・発送の依頼）　電話：099-687-3400",
        "電子メール：momiji-sample@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return accel_specs() + gogaku_specs() + sample_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    aspecs, gspecs, sspecs = accel_specs(), gogaku_specs(), sample_specs()
    adoc = build_pdf(docs_dir / ACCEL_PDF, aspecs, accel_story(aspecs),
                     f"令和７年度 {ACCEL} 参加企業募集要項", "令和７年４月", ACCEL_DEPT)
    gdoc = build_pdf(docs_dir / GOGAKU_PDF, gspecs, gogaku_story(gspecs),
                     f"令和６年度 {GOGAKU} 報告書", "令和７年３月", GOGAKU_DEPT)
    sdoc = build_pdf(docs_dir / SAMPLE_PDF, sspecs, sample_story(sspecs),
                     f"令和７年度 {SAMPLE} 利用案内", "令和７年４月", SAMPLE_DEPT)
    gold = all_gold({ACCEL_PDF: adoc.row_pages, GOGAKU_PDF: gdoc.row_pages, SAMPLE_PDF: sdoc.row_pages})
    write_jsonl(out / "tables.jsonl", gold)
    pages = extract_pages(docs_dir)
    write_texts(text_dir, pages)
    return gold, pages


PREFIX_Q, PREFIX_T = "h64q", "h64t"

# ================================================================ questions
# `absent` (unanswerable only, not written out): terms that must occur in no document.
# `history` (followups only): the earlier turns of the conversation.
def _turns(*pairs) -> list[dict]:
    out = []
    for user, assistant in zip(pairs[::2], pairs[1::2]):
        out += [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]
    return out


QUESTIONS = [
    # --- accel: the accelerator programme call, tables (a) (b) (c), definitions, notes, sibling sections, Q&A
    dict(question="設立から12年になる精密部品の会社が、シンガポールコースに参加したいそうです。参加企業の負担額はいくらになりますか？",
         category="accel", doc=ACCEL_PDF,
         evidence=["設立から10年未満", "シンガポールコース 14 30 45 ６ ４"], answer=["45"],
         notes="two facts: 12 years since founding is outside the 「スタートアップ」 definition (設立から10年未満, in ２), so note "
               "※１ puts the firm under 中小企業; (a) two-level header, leaf 参加企業の負担額（万円）／中小企業; 30 (スタートアップ) "
               "is the trap"),
    dict(question="2025年度のシリコンバレーコースでは、現地でメンタリングを何回受けられますか？",
         category="accel", doc=ACCEL_PDF, evidence=["シリコンバレーコース 21 60 90 ８ ６"], answer=["８"],
         notes="(a) leaf メンタリング（回）／現地; ６ (オンライン, note ※４) and 21 (現地滞在（日）, a header cell printed "
               "over two lines) are the traps; 2025年度 = 令和７年度 (the call prints only 2021年度 in Western form)"),
    dict(question="創業30年の部品メーカーが、社長を含めて３人でシリコンバレーコースに参加すると、負担額は合わせていくらになりますか？",
         category="accel", doc=ACCEL_PDF,
         evidence=["シリコンバレーコース 21 60 90 ８ ６", "１名につき20万円を加算します"], answer=["110万円"], computed=True,
         notes="three facts: 30 years since founding is no スタートアップ (definition in ２, note ※１), so (a) leaf "
               "参加企業の負担額（万円）／中小企業 = 90 for two people; note ※２ adds 20万円 for the third: 90 + 20 = 110万円; "
               "90 and 60 + 20 = 80 are the traps"),
    dict(question="2023年度には、何社が海外のアクセラレーターに派遣されましたか？",
         category="accel", doc=ACCEL_PDF, evidence=["令和５年度 29 ４ ４ ３ 11"], answer=["11"],
         notes="(b) years as rows: 2023年度 = 令和５年度 (only 2021年度 is printed in Western form); column 派遣企業数（計）, a "
               "header cell over two lines; 29 (応募企業数) is the trap"),
    dict(question="令和４年度には、ベルリンコースに何社が参加しましたか？",
         category="accel", doc=ACCEL_PDF, evidence=["ベルリンコースを実施していません"], answer=["実施していません"],
         notes="two facts: (b) prints 「－」 in the ベルリン column of 令和４年度 (no gold cell), and note ※５ says the course "
               "was not run then (it began in 令和５年度, prose of ６); ０社 or a figure of another column are wrong readings"),
    dict(question="令和６年度の応募倍率は、何倍でしたか？",
         category="accel", doc=ACCEL_PDF, evidence=["令和６年度 38 ５ ４ ３ 12"], answer=["3.2倍"], computed=True,
         notes="(b) ratio within a row: 応募企業数 38 / 派遣企業数（計） 12 = 3.2倍 (also in the prose of ６)"),
    dict(question="2024年度、現地での面談は目標より何件多く行われましたか？",
         category="accel", doc=ACCEL_PDF, evidence=["現地での面談件数（件） 150 186 124.0"], answer=["36件"], computed=True,
         notes="(c) KPI table with 目標 / 実績 / 達成率: 186 − 150 = 36件 (2024年度 = 令和６年度 of the caption note; the unit "
               "is in the row label); 124.0 is the 達成率"),
    dict(question="デモデイの後も商談が続いた件数は、目標に対して何％達成できましたか？",
         category="accel", doc=ACCEL_PDF, evidence=["デモデイ後の継続商談（件） 40 35 87.5"], answer=["87.5"],
         notes="(c) KPI table, column 達成率（％） of row デモデイ後の継続商談（件）; the mark ○ (note ※６: 80％以上120％未満) "
               "and 114.0 (デモデイの来場者数) are near misses"),
    dict(question="ドイツに行くコースは、何社まで参加できますか？",
         category="accel", doc=ACCEL_PDF, evidence=["（３）ベルリンコース（ドイツ）", "定員：３社"], answer=["３社"],
         notes="sibling sections （１）–（３） of ３ share the labels 派遣時期, 主な内容, 定員; （３）ベルリンコース（ドイツ） "
               "(ドイツ = ベルリン); ５社 and ４社 are the siblings' values; 募集企業数 12社程度 is another near miss"),
    dict(question="現地でのタクシー代や食事代は、参加企業の負担額に含まれていますか？",
         category="accel", doc=ACCEL_PDF, evidence=["現地での交通費と食費は含みません"], answer=["含みません"],
         notes="note ※３ under (a) (the same cost is the first bullet of the costs the firms bear themselves); 航空券 and "
               "宿泊費 are included (the near miss)"),
    dict(question="以前シンガポールコースに参加した会社が、もう一度シンガポールコースに応募することはできますか？",
         category="accel", doc=ACCEL_PDF, evidence=["同じコースには１回しか参加できません"], answer=["１回しか参加できません"],
         notes="Q&A: Ａ of Ｑ２ (no for the same course; 「応募できます」 alone, true for another course, is the trap)"),
    # --- gogaku: the foreign-language capacity survey, tables (d) (e) (f), a definition, prose, sibling sections
    dict(question="外国語対応力の実態調査は、回答率が何％でしたか？",
         category="gogaku", doc=GOGAKU_PDF, evidence=["回答数：518社（回答率34.5％）"], answer=["34.5"],
         notes="「label：value」 line 回答数 (518 of the 1,500社 of 調査対象); 46.5 % (外国語対応企業) is a near miss"),
    dict(question="年に数回だけ英語のメールを書く社員は、この調査の「外国語対応担当者」に数えられますか？",
         category="gogaku", doc=GOGAKU_PDF, evidence=["業務として月１回以上外国語で取引先等とやり取りをする"],
         answer=["月１回以上"],
         notes="definition 「外国語対応担当者」とは、業務として月１回以上…: a few times a year is below the threshold, so no "
               "(asked at its boundary)"),
    dict(question="回答した中小企業のうち、外国語対応企業に当たる会社の割合はどのくらいですか？",
         category="gogaku", doc=GOGAKU_PDF, evidence=["中小企業は461社のうち197社"], answer=["42.7%"], computed=True,
         notes="prose of ２ (firm sizes, in no table): 197 / 461 = 42.7 % (大企業 44 / 57 and 全体 46.5 % are near misses)"),
    dict(question="お店などの小売業では、外国語対応の担当者は何人いましたか？",
         category="gogaku", doc=GOGAKU_PDF, evidence=["小売業 45 11 17"], answer=["17"],
         notes="(d) continuation page (no header there): row 小売業, column 外国語対応担当者（人）; 11 (外国語対応企業) and "
               "45 (回答企業数) are the traps; 卸売業 (the row before the page break) is a near miss"),
    dict(question="ホテルや旅行関係の業種では、外国語対応企業１社当たり何人の担当者がいる計算になりますか？",
         category="gogaku", doc=GOGAKU_PDF, evidence=["宿泊・観光業 39 24 76"], answer=["3.2人"], computed=True,
         notes="(d) continuation page, average in a row: 76 / 24 = 3.2人 (76 / 39 over all respondents is a wrong reading)"),
    dict(question="前回の調査と比べて、中国語で対応できる企業の数はどう変わりましたか？",
         category="gogaku", doc=GOGAKU_PDF, evidence=["中国語 71 64 ▲７"], answer=["▲７"],
         notes="(e) 増減 column printing decreases with ▲ (note ※２): ▲７ = seven firms fewer (71 → 64); reading ７ as an "
               "increase is the trap"),
    dict(question="2021年度の調査では、ベトナム語に対応できる企業は何社でしたか？",
         category="gogaku", doc=GOGAKU_PDF, evidence=["ベトナム語 ９ 21 12"], answer=["９"],
         notes="(e) column 令和３年度調査（社）: 2021年度 = 令和３年度 (the report prints only 2024年 in Western form); 21 "
               "(令和６年度調査) and 12 (増減) are the traps"),
    dict(question="英語の次に、前回の調査より大きく増えた言語は何ですか？",
         category="gogaku", doc=GOGAKU_PDF, evidence=["ベトナム語 ９ 21 12"], answer=["ベトナム語"],
         notes="(e) ranking in the 増減 column: 英語 25, ベトナム語 12, タイ語 and インドネシア語 ５ (the rows are not sorted by "
               "the increase; the prose names no order); second-largest increase"),
    dict(question="外国人社員に外国語の対応をしてもらっている企業の割合は、大企業と中小企業で何ポイント違いますか？",
         category="gogaku", doc=GOGAKU_PDF, evidence=["外国人社員が対応する 27.0 47.7 22.3"], answer=["25.4ポイント"],
         computed=True,
         notes="(f) unruled table, difference across columns: 47.7 − 22.3 = 25.4ポイント (per cents of 44 and 197 firms, "
               "note ※３); 27.0 (全体) is the trap"),
    dict(question="旅館の事例では、外国語で対応する担当者は何人いますか？",
         category="gogaku", doc=GOGAKU_PDF, evidence=["（２）旅館業Ｂ社", "外国語対応担当者：４人"], answer=["４人"],
         notes="sibling sections （１）–（３） of ４ share the labels 対応している言語, 外国語対応担当者, 工夫していること; "
               "（２）旅館業Ｂ社 (旅館 = 旅館業); ６人 and ２人 are the siblings' values"),
    # --- sample: the export sample warehouse guide, tables (g) (h) (i), a definition, sibling sections, steps
    dict(question="冷凍のエビのサンプルを預けたいという会社があります。何度で保管してもらえますか？",
         category="sample", doc=SAMPLE_PDF, evidence=["（３）冷凍区画", "温度：マイナス18℃以下"], answer=["マイナス18℃以下"],
         notes="sibling sections （１）–（３） of ２ share the labels 温度, 主な品目, 区画数; （３）冷凍区画 (冷凍の水産物); "
               "15℃から25℃ and ０℃から５℃ are the siblings' values"),
    dict(question="海外の通販で売る商品の在庫を、この倉庫に置いておくことはできますか？",
         category="sample", doc=SAMPLE_PDF, evidence=["販売用の商品は含みません"], answer=["含みません"],
         notes="definition 「サンプル」とは、商談のために無償で提供する商品見本をいい、販売用の商品は含みません (no)"),
    dict(question="県内の中小企業が冷凍区画を１区画借りて、入庫から３か月保管すると、保管料は合計いくらになりますか？",
         category="sample", doc=SAMPLE_PDF, evidence=["冷凍区画 5,000 800 2,000 900", "月額保管料を半額とします"],
         answer=["7,500円"], computed=True,
         notes="two facts: (g) column 月額保管料（円／区画） (a header cell over two lines) and note ※１ (半額 for three "
               "months): 5,000 × 3 / 2 = 7,500円; 15,000 (no discount) is the trap"),
    dict(question="冷凍のサンプルの発送を頼んだ場合、いつまでに発送してもらえますか？",
         category="sample", doc=SAMPLE_PDF, evidence=["冷蔵区画と冷凍区画は２営業日以内"], answer=["２営業日以内"],
         notes="procedure step ⑤ (常温区画: the next business day, the near miss)"),
    dict(question="2024年度のベトナム向けの発送件数は、前年度と比べて何％でしたか？",
         category="sample", doc=SAMPLE_PDF, evidence=["ベトナム 38 62 163.2"], answer=["163.2"],
         notes="(h) column 前年度比（％）: 2024年度 = 令和６年度 (the guide prints no Western year); 62 and 38 are the counts"),
    dict(question="令和６年度、タイ、ベトナム、シンガポールの東南アジア３か国向けの発送は、合わせて何件でしたか？",
         category="sample", doc=SAMPLE_PDF, evidence=["タイ 53 71 134.0", "ベトナム 38 62 163.2", "シンガポール 66 74 112.1"],
         answer=["207件"], computed=True,
         notes="(h) sum in a column over three rows (there is no subtotal): 71 + 62 + 74 = 207件; the 令和５年度 column "
               "(53 + 38 + 66 = 157) is the trap"),
    dict(question="令和６年度、調味料や加工食品のサンプルは何件入庫されましたか？",
         category="sample", doc=SAMPLE_PDF, evidence=["調味料・加工食品 17 66 201 31"], answer=["66"],
         notes="(i) column 入庫件数（件）; 201 (発送件数) and 17 (利用事業者数) are the traps"),
    dict(question="令和６年度、酒類・飲料のサンプルを発送したうち、成約の報告があったのは何％ですか？",
         category="sample", doc=SAMPLE_PDF, evidence=["酒類・飲料 11 41 163 27"], answer=["16.6%"], computed=True,
         notes="(i) share within a row: うち成約報告 27 / 発送件数 163 = 16.6 % (note ※５ defines 成約報告); 27 / 41 over the "
               "入庫件数 is a wrong reading"),
    # --- followups
    dict(question="その場合、オンラインのメンタリングは何回受けられますか？",
         category="followup", doc=ACCEL_PDF, evidence=["シンガポールコース 14 30 45 ６ ４"], answer=["４"],
         history=_turns("シンガポールコースにスタートアップとして参加すると、負担額はいくらですか？",
                        "スタートアップの負担額は30万円です[1]。"),
         notes="(a) the row from the history (シンガポールコース), the other group メンタリング（回）, leaf オンライン; ６ "
               "(現地) is the trap"),
    dict(question="その年度、シンガポールコースには何社を派遣しましたか？",
         category="followup", doc=ACCEL_PDF, evidence=["令和６年度 38 ５ ４ ３ 12"], answer=["４"],
         history=_turns("2024年度には何社の応募がありましたか？",
                        "2024年度（令和６年度）は38社の応募がありました[1]。"),
         notes="(b) the year from the history (2024年度 = 令和６年度), column シンガポール (a header cell over two lines); "
               "５ (シリコンバレー) and 12 (計) are the traps"),
    dict(question="それは前回の調査から何社増えましたか？",
         category="followup", doc=GOGAKU_PDF, evidence=["英語 164 189 25"], answer=["25"],
         history=_turns("令和６年度の調査で、英語に対応できる企業は何社でしたか？",
                        "英語に対応できる企業は189社でした[1]。"),
         notes="(e) the row from the history (英語), column 増減（社） (a fiscal_year_range [2021, 2024])"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=SAMPLE_PDF, evidence=["電話：099-687-3400"], answer=["099-687-3400"],
         history=_turns("サンプル倉庫の利用登録や発送の依頼について聞きたいという会社があります。どこに問い合わせればよいですか？",
                        "利用登録と発送の依頼は、一般財団法人椛県貿易物流センターが受け付けています[1]。"),
         notes="contact box of the guide: the センター's phone (second line); the 班's phone 099-687-3310 and fax "
               "099-687-3319 (first line) are the near misses"),
    dict(question="その国・地域の前年度比は何％でしたか？",
         category="followup", doc=SAMPLE_PDF, evidence=["台湾 112 126 112.5"], answer=["112.5"],
         history=_turns("令和６年度、台湾向けのサンプルの発送は何件でしたか？",
                        "台湾向けの発送は126件でした[1]。"),
         notes="(h) the row from the history (台湾), column 前年度比（％）; 112 (令和５年度) is the trap"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="これまでの参加企業が、派遣をきっかけに調達した資金は総額でいくらですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives the firms that raised funds or made a tie-up (13社, prose; 4件 in (c)), not the amounts",
         absent=["資金調達額", "調達額", "調達した資金"]),
    dict(question="面接審査では、どの項目が何点で評価されますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives the steps (書類審査, 面接審査 with an English pitch), not the scoring",
         absent=["配点", "評価項目", "審査基準"]),
    dict(question="外国語対応担当者のうち、TOEICで700点以上の人はどのくらいいますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey counts the staff by industry (596人), not their test scores or levels",
         absent=["TOEIC", "点以上", "語学検定"]),
    dict(question="外国語対応企業とそうでない企業とで、海外での売上の割合はどのくらい違いますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives languages, methods and issues, not the firms' sales abroad",
         absent=["売上", "売り上げ", "輸出額"]),
    dict(question="冷凍区画には、今いくつ空きがありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the number of 区画 (冷凍 40区画), not how many are free now",
         absent=["空き", "空室", "利用中"]),
    dict(question="発送したサンプルがバイヤーに届くまで、平均で何日かかっていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives when the warehouse ships (翌営業日, ２営業日以内), not the delivery times",
         absent=["届くまで", "到着", "平均日数"]),
]
CATEGORY_COUNTS = {"accel": 11, "gogaku": 10, "sample": 8, "followup": 5, "unanswerable": 6}
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
    "コース別の負担額とメンタリングの回数", "年度別の派遣実績", "成果指標の達成状況",
    "業種別の回答企業と外国語対応の状況", "対応できる言語（複数回答）", "外国語対応の方法（複数回答）",
    "保管区分別の料金", "発送先別の発送件数", "品目の分類別の利用状況")
LETTERS = dict(zip((A, B, C, D, E, F, G, H, I), "abcdefghi"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y, unit) -> str:
    q = half_up(Decimal(x) / Decimal(y), "0.1")
    return f"{int(q) if q == q.to_integral() else q}{unit}"


def _dec(x) -> Decimal:
    return Decimal(str(x))


COMPUTED = {  # question id -> the answer string, computed from gold cells (or, where a note says so, prose data)
    "h64q03": lambda g: f"{g(A, 'シリコンバレーコース', '参加企業の負担額（万円）／中小企業', 2025) + EXTRA_PERSON}万円",
    "h64q06": lambda g: _avg(g(B, "令和６年度", "応募企業数", 2024), g(B, "令和６年度", "派遣企業数（計）", 2024), "倍"),
    "h64q07": lambda g: f"{g(C, '現地での面談件数（件）', '実績', 2024) - g(C, '現地での面談件数（件）', '目標', 2024)}件",
    "h64q14": lambda g: _pct(SIZES[0][2], SIZES[0][1]),
    "h64q16": lambda g: _avg(g(D, "宿泊・観光業", "外国語対応担当者（人）", 2024), g(D, "宿泊・観光業", "外国語対応企業（社）", 2024), "人"),
    "h64q20": lambda g: f"{_dec(g(F, '外国人社員が対応する', '大企業', 2024)) - _dec(g(F, '外国人社員が対応する', '中小企業', 2024))}ポイント",
    "h64q24": lambda g: f"{g(G, '冷凍区画', '月額保管料（円／区画）', 2025) * SMALL_FIRM_MONTHS // 2:,}円",
    "h64q27": lambda g: f"{sum(g(H, x, '令和６年度（件）', 2024) for x in ('タイ', 'ベトナム', 'シンガポール'))}件",
    "h64q29": lambda g: _pct(g(I, "酒類・飲料", "うち成約報告（件）", 2024), g(I, "酒類・飲料", "発送件数（件）", 2024)),
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {ACCEL_PDF: (3, 3), GOGAKU_PDF: (3, 3), SAMPLE_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (180, 240)
TABLE_QUESTIONS = 19  # at least, outside the followups
BEFORE_BREAK_ROWS = ("食料品", "木材・家具")  # rows of (d) expected before the page break
CONTINUED_ROWS = ("小売業", "宿泊・観光業", "合計")  # and after it
NONE_CELLS = {B: 2, G: 1, H: 2}  # the 「－」 cells each table prints (no gold cells)


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout64.py")
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
                bare = re.sub(r"(%|万円|円|件|人|倍|ポイント)$", "", nfkc(a))
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
    if not any("▲" in "".join(q["answer"]) for q in questions):
        errors.append("no question whose answer is a ▲ figure")
    if not any("「－」" in q["notes"] for q in questions if q["doc"]):
        errors.append("no question on a 「－」 cell")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout64.py")
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
        if g["number"] is None or g["value"] == NONE_CELL or g["value"] in MARKS:
            errors.append(f"{g['id']}: every gold cell of this set should be a printed figure")
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
            # each printed row, cell after cell (「－」 and mark cells included), on its page
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
        if isinstance(g["number"], (int, float)):  # a non-figure is reported by check_gold
            t[g["table"]][g["row"]][g["column"]] = g["number"]

    def adds_up(table, cols, rows=None, total="合計"):
        tab = t[table]
        rows = rows if rows is not None else [r for r in tab if r != total]
        for col in cols:
            if tab[total][col] != sum(tab[r].get(col, 0) for r in rows):  # 「－」 counts as none
                errors.append(f"{table}: {total} of {col} does not add up")

    # (a): small firms pay more than start-ups; the days agree with the sibling sections' weeks
    weeks = {head.split("（")[0]: int(nfkc(re.search(r"（(.)週間）", when).group(1)))
             for head, when, _w, _c in COURSE_SECTIONS}
    for row, r in t[A].items():
        if r["参加企業の負担額（万円）／中小企業"] <= r["参加企業の負担額（万円）／スタートアップ"]:
            errors.append(f"{A} / {row}: 中小企業 should pay more than スタートアップ")
        if r["現地滞在（日）"] != 7 * weeks.get(row, 0):
            errors.append(f"{A} / {row}: 現地滞在 differs from the weeks of its sibling section")
    # (b): 計 is the sum of the courses; within the applications; applications grow; the prose totals
    b = t[B]
    courses = ("シリコンバレー", "シンガポール", "ベルリン")
    apps = [r["応募企業数"] for r in b.values()]
    if apps != sorted(set(apps)):
        errors.append(f"{B}: 応募企業数 should grow every year")
    for row, r in b.items():
        if r["派遣企業数（計）"] != sum(r.get(c, 0) for c in courses) or r["派遣企業数（計）"] > r["応募企業数"]:
            errors.append(f"{B} / {row}: 計 is not the sum of the courses or exceeds the applications")
        if ("ベルリン" in r) != (fiscal_year(row) >= BERLIN_START):
            errors.append(f"{B} / {row}: ベルリン should be 「－」 exactly before 令和５年度")
    if sum(r["派遣企業数（計）"] for r in b.values()) != sum(s + g + (x or 0) for _y, _a, s, g, x in DISPATCH):
        errors.append(f"{B}: the dispatches differ from the data")
    if DEALS_SO_FAR > sum(r["派遣企業数（計）"] for r in b.values()):
        errors.append(f"{B}: more firms with deals than firms dispatched")
    # (c): 達成率 from 目標 and 実績; its 派遣企業数 equals (b)'s 令和６年度
    for row, r in t[C].items():
        if _dec(r["達成率（％）"]) != pct1(r["実績"], r["目標"]):
            errors.append(f"{C} / {row}: 達成率 differs from 実績 / 目標")
    if t[C]["派遣企業数（社）"]["実績"] != b[era(2024)]["派遣企業数（計）"]:
        errors.append(f"{C}: 派遣企業数 differs from {B}")
    # (d): 合計 adds up; capable firms within the respondents; the totals equal the firm sizes of the prose
    d = t[D]
    adds_up(D, ("回答企業数（社）", "外国語対応企業（社）", "外国語対応担当者（人）"))
    if any(r["外国語対応企業（社）"] > r["回答企業数（社）"] for r in d.values()):
        errors.append(f"{D}: 外国語対応企業 above 回答企業数")
    if d["合計"]["回答企業数（社）"] != sum(s[1] for s in SIZES) or d["合計"]["外国語対応企業（社）"] != sum(s[2] for s in SIZES):
        errors.append(f"{D}: 合計 differs from the firm sizes")
    # (e): 増減 is the difference; counts within the firms that answered (note ※２)
    n = d["合計"]["外国語対応企業（社）"]
    for row, r in t[E].items():
        if r["増減（社）"] != r["令和６年度調査（社）"] - r["令和３年度調査（社）"]:
            errors.append(f"{E} / {row}: 増減 is not the difference of the two surveys")
        if r["令和６年度調査（社）"] > n or r["令和３年度調査（社）"] > PREV_FIRMS:
            errors.append(f"{E} / {row}: more firms than answered")
    # (f): the per cents come from the counts and the firm sizes
    (_s, _sn, n_small), (_l, _ln, n_large) = SIZES
    for name, a, bb in METHODS:
        r = t[F][name]
        want = (pct1(a + bb, n_small + n_large), pct1(a, n_large), pct1(bb, n_small))
        if tuple(_dec(r[k]) for k in ("全体", "大企業", "中小企業")) != want:
            errors.append(f"{F} / {name}: per cents differ from the counts")
    # (g): cold storage costs more; the cold-pack fee only for cold zones
    g_ = t[G]
    for col in ("月額保管料（円／区画）", "発送代行手数料（円／件）"):
        if not g_["常温区画"][col] < g_["冷蔵区画"][col] < g_["冷凍区画"][col]:
            errors.append(f"{G}: {col} should rise from 常温 to 冷凍")
    if "保冷資材（円／箱）" in g_["常温区画"] or any("保冷資材（円／箱）" not in g_[z] for z in ("冷蔵区画", "冷凍区画")):
        errors.append(f"{G}: 保冷資材 should be 「－」 for 常温区画 only")
    # (h): 合計 adds up; 前年度比 from the counts; インド has no 令和５年度 figure
    h = t[H]
    adds_up(H, ("令和５年度（件）", "令和６年度（件）"))
    for row, r in h.items():
        if ("令和５年度（件）" in r) != ("前年度比（％）" in r) or \
                ("前年度比（％）" in r and _dec(r["前年度比（％）"]) != pct1(r["令和６年度（件）"], r["令和５年度（件）"])):
            errors.append(f"{H} / {row}: 前年度比 differs from the counts")
    if [row for row, r in h.items() if "令和５年度（件）" not in r] != ["インド"]:
        errors.append(f"{H}: only インド should have no 令和５年度 figure")
    # (i): 合計 adds up; its 発送件数 equals (h)'s 令和６年度 合計; 成約 within 発送
    i_ = t[I]
    adds_up(I, ("利用事業者数（社）", "入庫件数（件）", "発送件数（件）", "うち成約報告（件）"))
    if i_["合計"]["発送件数（件）"] != h["合計"]["令和６年度（件）"]:
        errors.append(f"{I}: 合計 of 発送件数 differs from {H}")
    if any(r["うち成約報告（件）"] > r["発送件数（件）"] for r in i_.values()):
        errors.append(f"{I}: 成約報告 above 発送件数")
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
        on = [i + 1 for i, p in enumerate(pages[GOGAKU_PDF]) if header in norm(p)]
        if ind.repeat_header or on != bp[:1]:
            errors.append(f"{D}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[1]}
        if not 2 <= len(first) <= 8:
            errors.append(f"{D}: {len(first)} rows before the page break, expected 2-8")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{D}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("建設業、情報通信業等") not in norm(pages[GOGAKU_PDF][bp[1] - 1]):
            errors.append(f"{D}: note ※１ should follow the table on the continuation page")
    for key, spec in specs.items():
        if key == "industries":
            continue
        tp = {g["page"] for g in gold if g["table"] == spec.title}
        if len(tp) != 1:
            errors.append(f"{spec.title} is on pages {sorted(tp)}, expected one page")
    if specs["methods"].ruled or not all(s.ruled for k, s in specs.items() if k != "methods"):
        errors.append(f"only {F} must be drawn without ruling lines")
    # (a): two header rows, four spans, group／leaf columns, a header cell over two lines
    fees = specs["fees"]
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["現地滞在（日）", "参加企業の負担額（万円）／スタートアップ", "参加企業の負担額（万円）／中小企業",
            "メンタリング（回）／現地", "メンタリング（回）／オンライン"]
    if len(fees.header) != 2 or len(fees.spans) != 4 or cols != want or "\n" not in fees.header[0][1]:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"日", "万円", "回"}:
        errors.append(f"{A}: units should come from the header cells")
    # 「－」 cells: printed where expected, never gold cells
    for title, n in NONE_CELLS.items():
        spec = next(s for s in specs.values() if s.title == title)
        if sum(r.count(NONE_CELL) for r in spec.rows) != n:
            errors.append(f"{title}: expected {n} 「－」 cells")
    if sum(r.count(NONE_CELL) for s in specs.values() for r in s.rows) != sum(NONE_CELLS.values()):
        errors.append("「－」 cells in an unexpected table")
    # (b): years as rows, header cells over two lines, the unit from the caption note
    if [g["fiscal_year"] for g in gold if g["table"] == B and g["column"] == "応募企業数"] != [y for y, *_x in DISPATCH] \
            or sum("\n" in h for h in specs["dispatch"].header[0]) != 3 \
            or {g["unit"] for g in gold if g["table"] == B} != {"社"}:
        errors.append(f"{B}: expected years as rows, three two-line header cells and 社 throughout")
    # (c): 目標 / 実績 / 達成率 and a mark column that is printed after each rate and is no gold cell
    kpi = specs["kpi"]
    if kpi.header[0][1:] != ["目標", "実績", "達成率（％）", "評価"] or kpi.mark_col in kpi.value_cols:
        errors.append(f"{C}: expected 目標 / 実績 / 達成率 columns and a mark column")
    cpage = {g["page"] for g in gold if g["table"] == C}
    if len(cpage) == 1:
        ptext = norm(pages[ACCEL_PDF][min(cpage) - 1])
        for r in kpi.rows:
            if r[kpi.mark_col] != kpi_mark(Decimal(r[3])) or norm(r[3] + r[4]) not in ptext:
                errors.append(f"{C} / {r[0]}: the mark does not follow note ※６ or is not printed after the rate")
    if {g["row"]: g["unit"] for g in gold if g["table"] == C and g["column"] == "実績"} != \
            {n: bracket_unit(n) for n, *_x in KPIS} or len({bracket_unit(n) for n, *_x in KPIS}) < 3:
        errors.append(f"{C}: the units should come from the row labels")
    # (e): 増減 with ▲ for decreases, a fiscal_year_range; no other range
    eg = [g for g in gold if g["table"] == E and g["column"] == "増減（社）"]
    if not any(g["number"] < 0 for g in eg) or any((g["number"] < 0) != g["value"].startswith(MINUS) for g in eg) \
            or any(g["fiscal_year_range"] != list(SURVEY_YEARS) for g in eg):
        errors.append(f"{E}: expected a 増減 column with ▲ for decreases and the range {list(SURVEY_YEARS)}")
    if any(g["fiscal_year_range"] is not None for g in gold if g not in eg):
        errors.append("only the 増減 column of (e) may have a fiscal_year_range")
    # (g): every value header printed over two lines with its unit
    sf = specs["sfees"]
    if not all("\n" in h for h in sf.header[0][1:]) or {g["unit"] for g in gold if g["table"] == G} != {"円"}:
        errors.append(f"{G}: expected two-line header cells with the unit 円")
    # (h): a 前年度比 column in per cent
    if {g["unit"] for g in gold if g["table"] == H and g["column"] == "前年度比（％）"} != {"%"}:
        errors.append(f"{H}: expected a 前年度比 column in per cent")
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
        got = re.findall(r"099-68\d-\d{4}", text)
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

    # ---- the call for participating firms
    at = norm("\n".join(pages[ACCEL_PDF]))
    siblings(at, ACCEL_PDF, ("派遣時期：", "主な内容：", "定員："), [c[0] for c in COURSE_SECTIONS])
    if [c[0].split("（")[0] for c in COURSE_SECTIONS] != [c[0] for c in COURSES]:
        errors.append("call: the sibling sections should be the rows of (a)")
    if sum(int(nfkc(c[3]).rstrip("社")) for c in COURSE_SECTIONS) != 12 or norm("募集企業数：12社程度") not in at:
        errors.append("call: the places of the courses should add up to 募集企業数 12社")
    n_all = sum(s + g + (b or 0) for _y, _a, s, g, b in DISPATCH)
    if norm(f"延べ{n_all}社を派遣し、そのうち{DEALS_SO_FAR}社") not in at:
        errors.append("call: the totals in the prose differ from (b)")
    last = DISPATCH[-1]
    if norm(f"令和６年度は{last[1]}社の応募から{last[2] + last[3] + last[4]}社を派遣しました") not in at \
            or DISPATCH[[y for y, *_x in DISPATCH].index(BERLIN_START)][4] is None or norm("令和５年度に新設") not in at:
        errors.append("call: the 令和６年度 figures or the start of ベルリンコース in the prose differ from (b)")
    if re.findall(r"20\d\d年", at) != [f"{START_YEAR}年"]:
        errors.append(f"call: only {START_YEAR}年度 should be printed in Western form")
    defs(at, ("アクセラレーター", "デモデイ", "スタートアップ"), "call")
    for x in NOT_IN_FEE:
        if norm(x) not in at:
            errors.append(f"call: the cost {x} is missing")
    bullets_in(ACCEL_PDF, len(NOT_IN_FEE), "call")
    raw = "\n".join(pages[ACCEL_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("call: expected three Ｑ lines and three Ａ lines")
    steps_of(ACCEL_PDF, "①②③④⑤⑥⑦⑧", "call")
    contacts(ACCEL_PDF, ["099-681-4420", "099-681-4429", "099-681-4500"], ["momiji-accel@example.jp"], "call")

    # ---- the survey of foreign-language capacity
    gt = norm("\n".join(pages[GOGAKU_PDF]))
    siblings(gt, GOGAKU_PDF, ("対応している言語：", "外国語対応担当者：", "工夫していること："), [c[0] for c in LANG_CASES])
    total, n = respondents(), capable_firms()
    people = sum(r[3] for r in INDUSTRIES)
    if norm(f"{total}社（回答率{pct1(total, TARGET)}％）") not in gt \
            or norm(f"回答企業{total}社のうち、外国語対応企業は{n}社（{pct1(n, total)}％）") not in gt \
            or norm(f"外国語対応担当者は合計{people}人") not in gt or not PREV_SHARE < pct1(n, total):
        errors.append("survey: the response and capacity figures in the prose differ from (d)")
    top = sorted(INDUSTRIES, key=lambda r: -r[2])[0][0], sorted(INDUSTRIES, key=lambda r: -r[3])[0][0]
    if top != ("一般機械", "一般機械"):
        errors.append("survey: 「一般機械が…ともに最も多い」 does not hold")
    share = {r[0]: Decimal(r[2]) / r[1] for r in INDUSTRIES}
    mfg = max((x for x in share if x in MANUFACTURING), key=share.get)
    non = max((x for x in share if x not in MANUFACTURING), key=share.get)
    low = sorted(x for x in share if share[x] < Decimal("0.3"))
    if (mfg, non) != ("電子部品・電気機器", "宿泊・観光業") or low != sorted(("木材・家具", "小売業", "その他")):
        errors.append("survey: the highest and the lowest shares by industry in the prose do not hold")
    m_share = Decimal(sum(r[2] for r in INDUSTRIES if r[0] in MANUFACTURING)) / sum(r[1] for r in INDUSTRIES if r[0] in MANUFACTURING)
    o_share = Decimal(sum(r[2] for r in INDUSTRIES if r[0] not in MANUFACTURING)) / sum(r[1] for r in INDUSTRIES if r[0] not in MANUFACTURING)
    if not m_share > o_share:
        errors.append("survey: 「製造業が非製造業を上回った」 does not hold")
    (s_name, s_n, s_t), (l_name, l_n, l_t) = SIZES
    if norm(f"大企業は{l_n}社のうち{l_t}社") not in gt or norm(f"中小企業は{s_n}社のうち{s_t}社") not in gt:
        errors.append("survey: the firm sizes in the prose differ from the data")
    diff = {x: b - a for x, a, b in LANGUAGES}
    by_now = sorted(LANGUAGES, key=lambda r: -r[2])
    ups = sorted(diff, key=lambda x: -diff[x])
    if by_now[0][0] != "英語" or diff["英語"] <= 0 or ups[:2] != ["英語", "ベトナム語"] \
            or any(diff[x] <= 0 for x in ("ベトナム語", "タイ語", "インドネシア語")) \
            or any(diff[x] >= 0 for x in ("中国語", "韓国語")):
        errors.append("survey: the prose on the languages does not hold")
    if [x for x, *_r in LANGUAGES].index("ベトナム語") == 1:
        errors.append("survey: the second-largest increase should not be printed second")
    m_large = sorted(METHODS, key=lambda r: -r[1])
    m_small = sorted(METHODS, key=lambda r: -r[2])
    if m_large[0][0] != m_small[0][0] != "自社の日本人社員が対応する" or m_large[1][0] != "翻訳ツール・生成ＡＩを使う" \
            or not pct1(dict((x, b) for x, _a, b in METHODS)["翻訳ツール・生成ＡＩを使う"], s_t) > 50:
        errors.append("survey: the prose on the methods does not hold")
    if re.findall(r"20\d\d年", gt) != ["2024年"] or re.findall(r"20\d\d年度", gt):
        errors.append("survey: only 2024年 (調査基準日) should be printed in Western form")
    defs(gt, ("外国語対応", "外国語対応企業", "外国語対応担当者"), "survey")
    bullets_in(GOGAKU_PDF, 3, "survey")
    steps_of(GOGAKU_PDF, "①②③④", "survey")
    contacts(GOGAKU_PDF, ["099-684-2210", "099-684-2219", "099-684-2300"], ["momiji-kokusai@example.jp"], "survey")

    # ---- the warehouse guide
    st = norm("\n".join(pages[SAMPLE_PDF]))
    siblings(st, SAMPLE_PDF, ("温度：", "主な品目：", "区画数："), [z[0] for z in ZONES])
    if [z[0] for z in ZONES] != [f[0] for f in FEES]:
        errors.append("guide: the sibling sections should be the rows of (g)")
    a_all = sum(a or 0 for _n, a, _b in SHIPMENTS)
    b_all = sum(b for _n, _a, b in SHIPMENTS)
    users = sum(r[1] for r in ITEMS)
    if norm(f"発送件数は{b_all}件で、前年度の{a_all}件から{b_all - a_all}件増えました") not in st \
            or norm(f"利用した事業者は{users}事業者") not in st:
        errors.append("guide: the use figures in the prose differ from (h) and (i)")
    if max(SHIPMENTS, key=lambda r: r[2])[0] != "台湾" or [x for x, a, _b in SHIPMENTS if a is None] != ["インド"]:
        errors.append("guide: 「台湾が最も多く」 or 「インド向けの発送は令和６年度に始まりました」 does not hold")
    if re.findall(r"20\d\d年", st):
        errors.append("guide: no Western year should be printed")
    defs(st, ("サンプル", "１区画", "発送代行"), "guide")
    bullets_in(SAMPLE_PDF, 4, "guide")
    steps_of(SAMPLE_PDF, "①②③④⑤⑥", "guide")
    contacts(SAMPLE_PDF, ["099-687-3310", "099-687-3319", "099-687-3400"], ["momiji-sample@example.jp"], "guide")
    # every phone number of the set is fictional (099-68x-xxxx), every mail address under example.jp
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
