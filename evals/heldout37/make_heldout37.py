"""Build the 榎県 held-out set 37: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (榎県 and every town, scheme, organisation, phone number, address
and figure). The documents are in three genres the earlier sets do not use: a programme guideline
(実施要領) of a subsidy towards small firms' digitalisation of their trade paperwork
(貿易手続デジタル化支援補助金: trade-document software, trade platforms, e-signatures and e-archiving,
links to existing systems, experts and training) with a two-level header whose two groups have
different leaves (rates by firm size, caps by single or joint application), a yearly record (years
as rows) and the grants by main item and industry with a total column on the right; the annual
activity report (活動報告書) of a prefectural legal support desk for international trade
(国際取引法務サポートデスク) with the main figures over three fiscal years (years as columns and a
単位 column giving each row's unit), the consultations by industry (a table continued over a page
break without its header) and by topic with per cents paired with the counts; and the report of a
survey of the prefecture's firms on the decarbonisation requests of their overseas customers
(海外取引における脱炭素対応調査) with the firms by industry, an unruled table of the requests in two
survey years (years as columns) and the requesting countries with subtotal rows per region; see
README.md beside this file.

    python make_heldout37.py [OUTPUT_DIR]          # default: this file's directory

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

YORYO_PDF = "enoki_boeki_dx_hojokin_jisshi_yoryo_r7.pdf"
SODAN_PDF = "enoki_homu_desk_katsudo_hokoku_r6.pdf"
CHOSA_PDF = "enoki_datsutanso_taio_chosa_r6.pdf"
ALL_PDFS = (YORYO_PDF, SODAN_PDF, CHOSA_PDF)

UNITS = ("万円", "件", "人", "社", "回", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_PREFIX = "099-39"  # every phone number of the set: 099-39x-xxxx
MAIL_DOMAIN = "@example.jp"


def nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def fiscal_year(label: str | None) -> int | None:
    """Western year of a label naming one fiscal year (令和５年度, 令和４年度調査); None otherwise."""
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
    """docgen's table spec, with a two-level header read as group／leaf."""

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
            fy = spec.column_year(c) or fiscal_year(row_label) or spec.table_fy
            pages = pages_of[(spec.key, i)]
            assert len(pages) == 1, (spec.key, r, pages)
            out.append({
                "doc": spec.doc, "table": spec.title, "row": row_label, "column": spec.column_label(c),
                "fiscal_year": fy, "fiscal_year_range": None,
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


def bullets(items, level: int, mark="○"):
    return [P(f"{mark} {t}", hanging(level, 1)) for t in items]


def notes(items):
    return [P(t, docgen.NOTE) for t in items]


def lv_lines(pairs, level: int):
    return [P(f"{k}：{v}", hanging(level, 1)) for k, v in pairs]


PREF = "榎県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break
SHIEN = f"公益財団法人{PREF}産業支援センター"

# ================================================================ document 1: trade-paperwork digitalisation subsidy, programme guideline
HOJO = f"{PREF}貿易手続デジタル化支援補助金"
YORYO_DEPT = f"{PREF} 商工労働部 貿易振興課"
SMALL_STAFF = 20  # 小規模企業者: 常時使用する従業員 20人 (商業・サービス業は５人) 以下
RATES = [  # 補助対象経費; 補助率（％）: 中小企業者, 小規模企業者; 上限額（万円）: 単独申請, 共同申請 (令和７年度)
    ("貿易書類作成システムの導入費", 50, 70, 120, 200),
    ("貿易プラットフォームの初年度利用料", 50, 75, 40, 80),
    ("電子署名・電子保管の導入費", 40, 60, 30, 50),
    ("既存システムとの連携改修費", 50, 70, 80, 150),
    ("専門家の指導・社内研修費", 60, 80, 20, 30),
]
CAP_SINGLE, CAP_JOINT = 200, 350  # note ※２: 万円 per single applicant / per joint application
RECORD = [  # 年度, 申請件数, 交付件数, 交付額（万円）, うち共同申請（件）
    (2022, 18, 12, 1086, 2), (2023, 27, 19, 1742, 4), (2024, 35, 24, 2318, 7),
]
ITEM_INDUSTRY = [  # 主な導入内容; 製造業, 卸売業, 小売・サービス業 (件, 令和６年度)
    ("貿易書類作成システム", 7, 3, 1), ("貿易プラットフォーム", 2, 3, 1),
    ("電子署名・電子保管", 1, 1, 1), ("既存システムとの連携", 3, 0, 1),
]
INDUSTRY_COLS = ("製造業", "卸売業", "小売・サービス業")
CASES = [  # 見出し, 導入したもの, 補助金の額, 導入の効果 (same labels in every sibling section); cost row, joint?
    ("精密部品製造業Ａ社（榎市）", "貿易書類作成システム", "84万円",
     "インボイス等の作成にかかる時間が、月40時間から12時間に減った", 0, False),
    ("茶卸売業Ｂ社（川霧市）", "貿易プラットフォーム（通関業者との共同申請）", "52万円",
     "船積書類を輸入者に送るまでの日数が、平均５日から１日に縮まった", 1, True),
    ("家具製造業Ｃ社（石凪町）", "販売管理システムと貿易書類作成システムの連携", "76万円",
     "受注から出荷書類の作成までを一度の入力で行えるようになった", 3, False),
]
EXCLUDED = [  # 補助の対象にならない経費
    "パソコン、タブレット等の汎用的な機器の購入費",
    "貿易プラットフォームの２年目以降の利用料",
    "通関業者等に支払う通常の業務の手数料",
    "交付決定の日より前に契約し、又は支払った経費",
]


def yoryo_specs():
    rates = TableSpec(
        key="rates", doc=YORYO_PDF, title="補助対象経費別の補助率と上限額",
        header=[["補助対象経費", "補助率（％）", "", "上限額（万円）", ""],
                ["", "中小企業者", "小規模企業者", "単独申請", "共同申請"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in RATES],
        col_widths=[62 * mm, 24 * mm, 26 * mm, 24 * mm, 24 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    record = TableSpec(
        key="record", doc=YORYO_PDF, title="申請と交付の実績",
        header=[["年度", "申請件数（件）", "交付件数（件）", "交付額（万円）", "うち共同申請（件）"]],
        rows=[[f"令和{fw(y - 2018)}年度", fw(a), fw(b), fw(c), fw(d)] for y, a, b, c, d in RECORD],
        col_widths=[30 * mm, 32 * mm, 32 * mm, 32 * mm, 36 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    rows = [[n] + [fw(x) for x in v] + [fw(sum(v))] for n, *v in ITEM_INDUSTRY]
    totals = [sum(r[j] for r in ITEM_INDUSTRY) for j in (1, 2, 3)]
    rows.append(["合計"] + [fw(x) for x in totals] + [fw(sum(totals))])
    items = TableSpec(
        key="items", doc=YORYO_PDF, title="主な導入内容別・業種別の交付件数",
        header=[["主な導入内容"] + list(INDUSTRY_COLS) + ["計"]],
        rows=rows, col_widths=[50 * mm, 26 * mm, 26 * mm, 34 * mm, 22 * mm], table_fy=2024, unit="件",
    )
    return rates, record, items


def yoryo_story(specs):
    rates, record, items = specs
    n_all, amt_all = sum(r[2] for r in RECORD), sum(r[3] for r in RECORD)
    last = RECORD[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{HOJO} 実施要領", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(YORYO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　目的", H1)]
    st += paras(f"""
県内の中小企業者が、インボイスや船積書類などの貿易書類を電子化し、輸出入の手続にかかる時間と費用を減らすことができるよう、その導入に要する経費の一部を補助します。制度を始めた令和４年度（2022年度）から令和６年度までに、延べ{n_all}件、{amt_all:,}万円を交付しました。
""", 0)
    st += [P("２　補助の概要", H1)]
    st += lv_lines([
        ("補助事業名", HOJO),
        ("補助対象者", "県内に本社又は主たる事業所を有し、輸出又は輸入を行う中小企業者（個人事業主を含む。）"),
        ("募集期間", "令和７年５月12日から６月20日まで（必着）"),
        ("予算額", "3,200万円"),
        ("採択予定件数", "25件程度"),
        ("補助事業期間", "交付決定の日から令和８年１月30日まで"),
    ], 0)
    st += paras(f"""
この要領において「貿易手続のデジタル化」とは、輸出入に係る書類（インボイス、パッキングリスト、船荷証券等）の作成、送付及び保管を電子的に行う仕組みを導入することをいいます。「小規模企業者」とは、常時使用する従業員の数が{SMALL_STAFF}人（商業又はサービス業を主たる事業とする者は５人）以下の中小企業者をいいます。また、「共同申請」とは、県内の中小企業者が、取引のある通関業者、フォワーダー又は他の中小企業者と共同で申請することをいいます。
""", 0)
    st += [P("３　補助対象経費と補助率", H1)]
    st += paras("補助率は事業者の規模により、上限額は申請の形態により、経費ごとに次のとおりです。", 0)
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 補助率の「中小企業者」の欄は、小規模企業者以外の中小企業者に適用します。",
        f"※２ 補助金の額の合計は、単独申請は１事業者当たり{CAP_SINGLE}万円、共同申請は１件当たり{CAP_JOINT}万円を上限とし、千円未満の端数は切り捨てます。",
    ])
    st += paras("次の経費は補助の対象になりません。", 0)
    st += bullets(EXCLUDED, 0)
    st += [P("４　申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（貿易振興課又は{SHIEN}へ）",
        "② 申請書の提出（募集期間内に、事業計画書、見積書及び直近の決算書を添えて提出）",
        "③ 審査（書類審査とオンライン面談、令和７年７月下旬）",
        "④ 交付決定の通知（令和７年８月上旬）",
        "⑤ 補助事業の実施（令和８年１月30日までに導入と支払を終えること）",
        "⑥ 実績報告（事業の完了から30日以内。遅くとも令和８年２月13日まで）",
        "⑦ 補助金の額の確定と支払（令和８年３月）",
    ], 0)
    st += [P("５　これまでの実績", H1)]
    by_item = sorted(ITEM_INDUSTRY, key=lambda r: -sum(r[1:]))
    st += paras(f"""
申請件数は毎年増えており、令和６年度は{last[1]}件の申請に対し{last[2]}件に交付しました。このうち共同申請は{fw(last[4])}件でした。主な導入内容では{by_item[0][0]}が、業種では製造業が最も多くなっています。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += [caption(items.title, "（令和６年度、単位：件）"), items.flowable(), Spacer(1, 2)]
    st += notes([
        "※３ 複数の経費を申請した事業者は、補助金の額が最も大きい経費の導入内容に数えています。",
    ])
    st += [P("６　活用事例（令和６年度）", H1)]
    for i, (head, what, amount, effect, _row, _joint) in enumerate(CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("導入したもの", what), ("補助金の額", amount), ("導入の効果", effect)], 1)
    st += [P("７　よくある質問", H1)]
    qa = [
        ("既に使っている販売管理のソフトに、貿易書類を作る機能を加える場合も対象になりますか。",
         "対象になります。「既存システムとの連携改修費」として申請してください。"),
        ("共同申請の場合、申請書はだれが提出するのですか。",
         "共同申請者の中から代表者を１者定め、その代表者が提出してください。代表者は県内の中小企業者に限ります。"),
        ("前年度に交付を受けた事業者も申請できますか。",
         "申請できます。ただし、同じ経費の区分での交付は１回に限ります。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{YORYO_DEPT} デジタル貿易班　電話：099-391-3120　ファクス：099-391-3129",
        f"{SHIEN}（事前相談）　電話：099-391-3300",
        "電子メール：enoki-boeki-dx@example.jp",
    ]))
    return st


# ================================================================ document 2: legal support desk, annual activity report
DESK = f"{PREF}国際取引法務サポートデスク"
SODAN_DEPT = f"{PREF} 商工労働部 国際ビジネス支援課"
KYOKAI = f"一般社団法人{PREF}貿易協会"
BENGOSHIKAI = f"{PREF}弁護士会"
TREND_YEARS = (2022, 2023, 2024)
TREND = [  # 項目, 単位, 令和４年度, 令和５年度, 令和６年度
    ("相談件数", "件", 318, 402, 486), ("相談企業数", "社", 141, 176, 203),
    ("弁護士相談", "件", 62, 85, 104), ("契約書の確認", "件", 71, 96, 127),
    ("セミナーの開催", "回", 4, 5, 6), ("セミナーの参加者", "人", 168, 215, 262),
]
BY_INDUSTRY = [  # 業種, 相談企業数（社）, 相談件数（件）, うち弁護士相談（件） (令和６年度)
    ("食料品", 34, 78, 12), ("繊維・衣服", 15, 33, 9), ("化学", 12, 30, 8), ("金属製品", 21, 47, 10),
    ("一般機械", 26, 68, 17), ("電気機械・電子部品", 18, 49, 13), ("輸送用機械", 9, 24, 6),
    ("その他の製造業", 17, 38, 7), ("卸売・小売業", 31, 74, 14), ("サービス業", 20, 45, 8),
]
TOPICS = [  # 相談内容, 件数, うち弁護士相談 (令和６年度)
    ("契約書の作成・確認", 146, 38), ("代金の回収・支払", 88, 21), ("知的財産", 57, 14),
    ("輸出入の規制・通関", 72, 4), ("現地法人の設立・労務", 49, 11), ("紛争・クレーム対応", 41, 13),
    ("その他", 33, 3),
]
CHANNELS = (("来所", 126), ("電話", 97), ("オンライン", 263))  # 相談の方法別 (prose only)
NEW_FIRMS = 112  # 初めて相談した企業 (prose only)
SEMINARS = [  # 見出し, 開催日, 会場, 参加者数 (same labels in every sibling section)
    ("英文契約書の基礎講座", "令和６年６月18日", "榎市産業会館", "58人"),
    ("海外取引の代金回収セミナー", "令和６年９月10日", "川霧市商工会館", "41人"),
    ("越境取引と知的財産セミナー", "令和６年11月26日", "オンライン", "47人"),
]


def sodan_specs():
    trend = TableSpec(
        key="trend", doc=SODAN_PDF, title="主な活動実績の推移",
        header=[["項目", "単位"] + [f"令和{fw(y - 2018)}年度" for y in TREND_YEARS]],
        rows=[[n, u] + [fw(x) for x in v] for n, u, *v in TREND],
        col_widths=[46 * mm, 18 * mm, 30 * mm, 30 * mm, 30 * mm], value_cols=[2, 3, 4],
        align_left_cols=(1,),
    )
    trend.unit = lambda row, c: nfkc(row[1])
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in BY_INDUSTRY]
    rows.append(["合計"] + [fw(sum(r[j] for r in BY_INDUSTRY)) for j in (1, 2, 3)])
    industries = TableSpec(
        key="industries", doc=SODAN_PDF, title="業種別の相談の状況",
        header=[["業種", "相談企業数（社）", "相談件数（件）", "うち弁護士相談（件）"]],
        rows=rows, col_widths=[46 * mm, 36 * mm, 36 * mm, 40 * mm], table_fy=2024, repeat_header=False,
    )
    industries.unit = lambda row, c, s=industries: bracket_unit(s.column_label(c))
    total = sum(t[1] for t in TOPICS)
    trows = [[n, fw(a), cell(pct1(a, total)), fw(b)] for n, a, b in TOPICS]
    trows.append(["合計", fw(total), "100.0", fw(sum(t[2] for t in TOPICS))])
    topics = TableSpec(
        key="topics", doc=SODAN_PDF, title="相談内容別の相談件数",
        header=[["相談内容", "件数（件）", "構成比（％）", "うち弁護士相談（件）"]],
        rows=trows, col_widths=[50 * mm, 32 * mm, 32 * mm, 40 * mm], table_fy=2024,
    )
    topics.unit = lambda row, c, s=topics: bracket_unit(s.column_label(c))
    return trend, industries, topics


def sodan_story(specs):
    trend, industries, topics = specs
    cur = {n: v[-1] for n, _u, *v in TREND}
    prev = {n: v[-2] for n, _u, *v in TREND}
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{DESK} 活動報告書", TITLE),
          Spacer(1, 1 * mm), P("令和７年５月", DATE_RIGHT), P(SODAN_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　デスクの概要", H1)]
    st += lv_lines([
        ("名称", DESK),
        ("運営", f"{KYOKAI}（県からの委託）"),
        ("協力", f"{BENGOSHIKAI}（協力弁護士12人）"),
        ("開設", "令和２年（2020年）４月"),
        ("相談の方法", "来所、電話又はオンライン（いずれも予約制）"),
        ("相談料", "無料（１社当たり年度内６回まで）"),
        ("事業費", "1,480万円"),
    ], 0)
    st += paras("""
この報告書において「相談件数」とは、デスクが相談を受けた回数をいい、同じ企業から同じ案件について複数回の相談を受けた場合も、それぞれ１件と数える。また、「弁護士相談」とは、デスクの相談員が受けた相談のうち、協力弁護士が同席し、又は引き継いで回答したものをいう。
""", 0)
    st += [P("２　相談の状況", H1)]
    ch = "、".join(f"{n}{k}件" for n, k in CHANNELS)
    st += paras(f"""
令和６年度の相談件数は{cur['相談件数']}件で、前年度から{cur['相談件数'] - prev['相談件数']}件増え、開設以来最も多くなった。相談した企業は{cur['相談企業数']}社で、このうち{NEW_FIRMS}社は初めての相談であった。相談の方法別では、{ch}で、オンラインが半数を超えた。
""", 0)
    st += [caption(trend.title), trend.flowable(), Spacer(1, 2)]
    st += notes(["※１ セミナーの参加者は、会場とオンラインの参加者の合計である。"])
    st += paras("""
業種別では、食料品と卸売・小売業からの相談が多かった。弁護士相談に進んだ割合は、繊維・衣服が最も高かった。
""", 0)
    st += [caption(industries.title, "（令和６年度）", keep=False), industries.flowable(), Spacer(1, 2)]
    st += notes(["※２ 「相談企業数」は、年度内に１回以上相談した企業の数である。"])
    top = max(TOPICS, key=lambda t: t[1])
    st += [P("３　相談内容", H1)]
    st += paras(f"""
相談内容別では、「{top[0]}」が{top[1]}件で最も多く、全体の３割を占めた。「輸出入の規制・通関」は相談員が回答できるものが多く、弁護士相談は{fw(next(t[2] for t in TOPICS if t[0] == '輸出入の規制・通関'))}件にとどまった。
""", 0)
    st += [caption(topics.title, "（令和６年度）"), topics.flowable(), Spacer(1, 2)]
    st += notes(["※３ 構成比は小数点以下第２位を四捨五入しているため、内訳の計は100.0にならない。"])
    st += paras("主な相談の例は、次のとおりである。", 0)
    st += bullets([
        "タイの代理店との契約を更新する際、独占販売権の範囲をどう定めればよいか。",
        "米国の取引先から代金が期日までに支払われない場合、どのような手順で請求すればよいか。",
        "台湾で自社の商標が第三者に出願されていたが、どう対応すればよいか。",
    ], 0)
    st += [P("４　セミナー", H1)]
    st += paras(f"令和６年度は{fw(cur['セミナーの開催'])}回のセミナーを開いた。主なものは次のとおりである。", 0)
    for i, (head, day, place, n) in enumerate(SEMINARS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("開催日", day), ("会場", place), ("参加者数", n)], 1)
    st += [P("５　相談の流れ", H1)]
    st += numbered([
        "① 電話又はウェブの予約フォームで相談を予約する。",
        "② 相談票に、取引の相手方、取引の内容と相談したい点を書いて送る。",
        "③ デスクの相談員（貿易実務の経験者）が相談に応じる。",
        "④ 法的な判断が必要な場合は、協力弁護士による弁護士相談を予約から10日以内に行う。",
        "⑤ 相談から３か月後に、相談員が結果を確認する。",
    ], 0)
    st += [CondPageBreak(34 * mm), P("６　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{SODAN_DEPT} 通商班　電話：099-393-2410　ファクス：099-393-2419",
        f"{DESK}（相談の予約）　電話：099-393-2500",
        "電子メール：enoki-homu-desk@example.jp",
    ]))
    return st


# ================================================================ document 3: decarbonisation survey
CHOSA = f"{PREF}内企業の海外取引における脱炭素対応調査"
CHOSA_DEPT = f"{PREF} 商工労働部 産業脱炭素推進課"
MADOGUCHI = f"{PREF}脱炭素経営相談窓口"
TARGET = 740  # 調査対象の企業
SME_STAFF = 300  # 「中小企業」: 常時使用する従業員 300人以下
INDUSTRIES = [  # 業種, 回答企業数, うち脱炭素要請あり, うち排出量を算定済み (社)
    ("食料品", 38, 9, 6), ("繊維・衣服", 22, 8, 4), ("化学", 27, 15, 13), ("金属製品", 41, 14, 8),
    ("一般機械", 44, 17, 12), ("電気機械・電子部品", 36, 21, 16), ("輸送用機械", 33, 24, 19),
    ("卸売・小売業", 29, 6, 3), ("その他", 26, 4, 2),
]
SIZES = (("中小企業", 251, 83), ("大企業", 45, 35))  # 回答企業数, うち脱炭素要請あり
SURVEY_YEARS = (2022, 2024)
N_REQUESTED = {2022: 72, 2024: 118}  # 要請を受けた企業 (the ｎ of the unruled table)
REQUESTS = [  # 要請の内容, 回答数: 令和４年度調査, 令和６年度調査 (複数回答)
    ("温室効果ガス排出量の報告", 50, 97), ("製品ごとの排出量の算定", 18, 51),
    ("排出量の削減目標の設定", 29, 58), ("再生可能エネルギーの利用", 13, 34),
    ("第三者による検証・認証の取得", 7, 22), ("取引先の方針への同意書の提出", 21, 30),
]
ORIGINS = [  # (国・地域, 企業数, うち取引の条件とされた) with a subtotal row after each region
    ("欧州", [("ドイツ", 31, 9), ("フランス", 14, 4), ("英国", 11, 2), ("その他の欧州", 17, 5)]),
    ("北米", [("米国", 36, 8), ("カナダ", 5, 1)]),
    ("アジア", [("中国", 12, 1), ("台湾", 19, 6), ("タイ", 8, 2), ("その他のアジア", 10, 3)]),
    (None, [("その他の国・地域", 6, 1)]),
]
SECTORS = [  # 見出し, 主な要請元, 主な要請内容, 主な課題 (same labels in every sibling section)
    ("輸送用機械", "ドイツ、米国の自動車部品メーカー", "部品ごとの排出量の算定と年１回の報告",
     "二次取引先からの排出量のデータが集まらない"),
    ("電気機械・電子部品", "台湾、米国の電子機器メーカー", "再生可能エネルギーの利用割合の報告",
     "工場の電力を再生可能エネルギーに切り替える費用が大きい"),
    ("食料品", "英国、フランスの小売業者", "包装材の変更と輸送時の排出量の報告",
     "算定の方法を理解している担当者がいない"),
]


def respondents() -> int:
    return sum(r[1] for r in INDUSTRIES)


def requested() -> int:
    return sum(r[2] for r in INDUSTRIES)


def calculated() -> int:
    return sum(r[3] for r in INDUSTRIES)


def origin_rows():
    """Rows of the countries table: the countries of a region, then the region's 計 row."""
    rows = []
    for region, members in ORIGINS:
        rows += [(n, a, b) for n, a, b in members]
        if region:
            rows.append((f"{region}計", sum(m[1] for m in members), sum(m[2] for m in members)))
    rows.append(("合計", sum(m[1] for _r, ms in ORIGINS for m in ms), sum(m[2] for _r, ms in ORIGINS for m in ms)))
    return rows


SUBTOTAL_ROWS = tuple(f"{r}計" for r, _m in ORIGINS if r)


def chosa_specs():
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in INDUSTRIES]
    rows.append(["合計"] + [fw(sum(r[j] for r in INDUSTRIES)) for j in (1, 2, 3)])
    industries = TableSpec(
        key="firms", doc=CHOSA_PDF, title="業種別の回答企業と脱炭素要請",
        header=[["業種", "回答企業数（社）", "うち要請あり（社）", "うち排出量を算定済み（社）"]],
        rows=rows, col_widths=[42 * mm, 34 * mm, 34 * mm, 46 * mm], table_fy=2024,
    )
    industries.unit = lambda row, c, s=industries: bracket_unit(s.column_label(c))
    requests = TableSpec(
        key="requests", doc=CHOSA_PDF, title="海外の取引先から求められた内容（複数回答）",
        header=[["要請の内容"] + [f"令和{fw(y - 2018)}年度調査" for y in SURVEY_YEARS]],
        rows=[[n] + [cell(pct1(v, N_REQUESTED[y])) for v, y in zip(vs, SURVEY_YEARS)] for n, *vs in REQUESTS],
        col_widths=[80 * mm, 36 * mm, 36 * mm], ruled=False, unit="%",
    )
    origins = TableSpec(
        key="origins", doc=CHOSA_PDF, title="要請元の国・地域別の企業数",
        header=[["国・地域", "企業数（社）", "うち取引の条件とされた（社）"]],
        rows=[[n, fw(a), fw(b)] for n, a, b in origin_rows()],
        col_widths=[48 * mm, 36 * mm, 56 * mm], table_fy=2024, bold_rows=("合計",) + SUBTOTAL_ROWS,
    )
    origins.unit = lambda row, c, s=origins: bracket_unit(s.column_label(c))
    return industries, requests, origins


def chosa_story(specs):
    industries, requests, origins = specs
    total, req, calc = respondents(), requested(), calculated()
    (s_name, s_n, s_r), (l_name, l_n, l_r) = SIZES
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{CHOSA} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月", DATE_RIGHT), P(CHOSA_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "海外の取引先から県内企業に寄せられる脱炭素の要請と、その対応の状況を把握し、支援策に役立てるため"),
        ("調査対象", f"県内に本社を置き、海外の企業と直接又は商社を通じて取引を行う企業 {TARGET}社"),
        ("調査基準日", "令和６年（2024年）10月１日"),
        ("調査期間", "令和６年10月７日から11月８日まで"),
        ("調査方法", "郵送及びウェブによるアンケート（前回は令和４年度に実施）"),
        ("回答数", f"{total}社（回答率{pct1(total, TARGET)}％）"),
    ], 0)
    st += paras(f"""
この報告書において「脱炭素要請」とは、海外の取引先（直接の取引先のほか、その親会社を含む。）から、温室効果ガス排出量の報告、削減目標の設定、再生可能エネルギーの利用等を求められたことをいう。また、「中小企業」とは、常時使用する従業員の数が{SME_STAFF}人以下の企業をいい、それ以外の企業を「大企業」という。
""", 0)
    st += [P("２　回答企業と脱炭素要請", H1)]
    st += paras(f"""
回答企業{total}社のうち、脱炭素要請を受けた企業は{req}社（{pct1(req, total)}％）で、前回調査の{N_REQUESTED[2022]}社から大きく増えた。業種別では、輸送用機械が要請を受けた企業数で最も多い。企業規模別では、大企業{l_n}社のうち{l_r}社が要請を受け８割近くに達したが、中小企業は{s_n}社のうち{s_r}社で、３社に１社の割合であった。
""", 0)
    st += [caption(industries.title, "（令和６年度）"), industries.flowable(), Spacer(1, 2)]
    st += notes(["※１ 「その他」は、窯業・土石、木材・木製品、印刷等である。"])
    st += [CondPageBreak(SIBLING_ROOM + 8 * mm), P("３　主な業種の状況", H1)]  # no heading left alone at a page foot
    for i, (head, who, what, issue) in enumerate(SECTORS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な要請元", who), ("主な要請内容", what), ("主な課題", issue)], 1)
    st += [P("４　要請の内容と要請元", H1)]
    st += paras("""
要請の内容では、前回、今回ともに「温室効果ガス排出量の報告」が最も多かった。前回から最も大きく増えたのは「製品ごとの排出量の算定」である。一方、「取引先の方針への同意書の提出」は前回より減った。
""", 0)
    st += [caption(requests.title, "（単位：％）"), requests.flowable(), Spacer(1, 2)]
    st += notes([
        f"※２ 要請を受けた企業（令和４年度調査{N_REQUESTED[2022]}社、令和６年度調査{N_REQUESTED[2024]}社）が回答した。複数回答のため、合計は100％にならない。",
    ])
    by_region = {f"{r}計": sum(m[1] for m in ms) for r, ms in ORIGINS if r}
    st += paras(f"""
要請元を国・地域別に見ると、欧州が延べ{by_region['欧州計']}社で最も多く、国別では米国とドイツが多い。要請に応じることを取引を続ける条件とされた企業もあった。
""", 0)
    st += [caption(origins.title, "（令和６年度）"), origins.flowable(), Spacer(1, 2)]
    st += notes(["※３ 複数の国・地域から要請を受けた企業は、それぞれに数えている（延べ数）。"])
    st += [P("５　排出量の算定の状況", H1)]
    st += paras(f"""
自社の排出量を算定済みの企業は{calc}社（回答企業の{pct1(calc, total)}％）であった。このうち、自社だけで算定した企業は41社、外部の支援を受けて算定した企業は42社である。算定していない企業からは、次のような声が多かった。
""", 0)
    st += bullets([
        "何から手を付ければよいか分からない。",
        "算定を任せられる人材がいない。",
        "取引先ごとに求められる様式が異なり、手間がかかる。",
    ], 0)
    st += [P("６　今後の取組", H1)]
    st += numbered([
        f"① {MADOGUCHI}で、排出量の算定方法の個別相談を行う。",
        "② 排出量の算定を学ぶ実務講座を、年３回開く。",
        "③ 中小企業の算定ツールの導入を、補助金で支援する。",
        "④ 次回の調査は、令和８年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{CHOSA_DEPT} 企画班　電話：099-396-1540　ファクス：099-396-1549",
        f"{MADOGUCHI}（{SHIEN}内、個別の相談）　電話：099-396-1600",
        "電子メール：enoki-datsutanso@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return yoryo_specs() + sodan_specs() + chosa_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    yspecs, sspecs, cspecs = yoryo_specs(), sodan_specs(), chosa_specs()
    ydoc = build_pdf(docs_dir / YORYO_PDF, yspecs, yoryo_story(yspecs),
                     f"令和７年度 {HOJO} 実施要領", "令和７年４月", YORYO_DEPT)
    sdoc = build_pdf(docs_dir / SODAN_PDF, sspecs, sodan_story(sspecs),
                     f"令和６年度 {DESK} 活動報告書", "令和７年５月", SODAN_DEPT)
    cdoc = build_pdf(docs_dir / CHOSA_PDF, cspecs, chosa_story(cspecs),
                     f"令和６年度 {CHOSA} 報告書", "令和７年３月", CHOSA_DEPT)
    gold = all_gold({YORYO_PDF: ydoc.row_pages, SODAN_PDF: sdoc.row_pages, CHOSA_PDF: cdoc.row_pages})
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
    # --- yoryo: the trade-paperwork subsidy guideline, tables (a) (b) (c), definitions, costs not covered, sibling sections, steps, Q&A
    dict(question="社員がちょうど20人の精密部品メーカーから相談を受けています。インボイスなどを作るシステムを入れる費用は、何％まで補助してもらえますか？",
         category="yoryo", doc=YORYO_PDF,
         evidence=["常時使用する従業員の数が20人", "貿易書類作成システムの導入費 50 70 120 200"], answer=["70"],
         notes="two facts: 20人 is within 「20人…以下」 (manufacturing), so the firm is a 小規模企業者 (definition in ２, "
               "asked at its boundary); (a) two-level header, leaf 補助率（％）／小規模企業者; 50 (中小企業者) is the trap, "
               "120 and 200 are caps"),
    dict(question="2025年度の募集で、取引先の通関業者と一緒に申し込んで貿易プラットフォームを使い始める場合、初年度の利用料の補助はいくらまでですか？",
         category="yoryo", doc=YORYO_PDF, evidence=["貿易プラットフォームの初年度利用料 50 75 40 80"], answer=["80"],
         notes="(a) leaf 上限額（万円）／共同申請 (「共同申請」 defined in ２: with a 通関業者, a forwarder or another firm); "
               "the caps' leaves (単独申請 / 共同申請) differ from the rates' leaves; 40 (単独申請) is the trap, 75 and 50 "
               "are rates; 2025年度 = 令和７年度 (printed nowhere in Western form)"),
    dict(question="2023年度にこの補助金の交付を受けたのは何件でしたか？",
         category="yoryo", doc=YORYO_PDF, evidence=["令和５年度 27 19 1,742 ４"], answer=["19"],
         notes="(b) years as rows: 2023年度 = 令和５年度 (only 2022年度 is printed in Western form); column "
               "交付件数（件）; 27 (申請件数) is the trap"),
    dict(question="令和６年度に交付した補助金は、１件当たり平均でいくらになりますか？",
         category="yoryo", doc=YORYO_PDF, evidence=["令和６年度 35 24 2,318 ７"], answer=["96.6万円"], computed=True,
         notes="(b) average in a row: 2,318 / 24 = 96.6万円 (not printed)"),
    dict(question="令和４年度と令和６年度を比べると、申請の件数は何件増えましたか？",
         category="yoryo", doc=YORYO_PDF, evidence=["令和４年度 18 12 1,086 ２", "令和６年度 35 24 2,318 ７"],
         answer=["17件"], computed=True,
         notes="(b) difference between two rows, column 申請件数（件）: 35 − 18 = 17件 (12件, the growth of 交付件数, is the trap)"),
    dict(question="令和６年度に貿易プラットフォームを主に入れて交付を受けた事業者は、業種を問わず全部で何件ですか？",
         category="yoryo", doc=YORYO_PDF, evidence=["貿易プラットフォーム ２ ３ １ ６"], answer=["６"],
         notes="(c) the total column 計 on the right of the row; ３ (卸売業, the largest industry cell of the row) is the trap"),
    dict(question="令和６年度に交付を受けた製造業の事業者のうち、貿易書類作成システムを主に導入したところは何％を占めますか？",
         category="yoryo", doc=YORYO_PDF, evidence=["貿易書類作成システム ７ ３ １ 11", "合計 13 ７ ４ 24"],
         answer=["53.8%"], computed=True,
         notes="(c) share within a column: 7 / 13 (the 合計 row's 製造業) = 53.8 % (7 / 11, the row's 計, is the trap)"),
    dict(question="お茶の問屋さんの活用事例では、補助金はいくら出ましたか？",
         category="yoryo", doc=YORYO_PDF, evidence=["茶卸売業Ｂ社", "補助金の額：52万円"], answer=["52万円"],
         notes="sibling sections （１）–（３） of ６ share the labels 導入したもの, 補助金の額, 導入の効果; （２）茶卸売業Ｂ社 "
               "(お茶の問屋 = 茶卸売業; （１） is on page 2, （２）（３） on page 3); 84万円 and 76万円 are the siblings' values"),
    dict(question="申請してから、交付が決まったという通知が届くのはいつごろになりますか？",
         category="yoryo", doc=YORYO_PDF, evidence=["交付決定の通知（令和７年８月上旬）"], answer=["８月上旬"],
         notes="procedure step ④ (the review of step ③ in 令和７年７月下旬 is a near miss)"),
    dict(question="取引先のフォワーダーと共同で申請するとき、申請書はだれが出せばよいのですか？",
         category="yoryo", doc=YORYO_PDF, evidence=["その代表者が提出してください", "代表者は県内の中小企業者に限ります"],
         answer=["代表者"],
         notes="Q&A: Ａ of Ｑ２ (one representative chosen among the joint applicants, who must be an SME in the prefecture)"),
    dict(question="プラットフォームを使い始めて２年目の利用料も、補助してもらえますか？",
         category="yoryo", doc=YORYO_PDF, evidence=["次の経費は補助の対象になりません", "２年目以降の利用料"],
         answer=["対象になりません"],
         notes="the costs not covered (a lead sentence on page 1, this item on page 2): the platform's fees from the "
               "second year; the first-year fee (初年度利用料) is covered, a near miss"),
    # --- sodan: the legal support desk's report, tables (d) (e) (f), a definition, sibling sections
    dict(question="2024年度の法務サポートデスクの事業費は、全部でいくらでしたか？",
         category="sodan", doc=SODAN_PDF, evidence=["事業費：1,480万円"], answer=["1,480万円"],
         notes="「label：value」 line 事業費 (the report prints only 2020年 in Western form: 2024年度 = 令和６年度)"),
    dict(question="同じ会社が同じ契約の件で３回相談した場合、デスクの相談件数はどう数えられますか？",
         category="sodan", doc=SODAN_PDF, evidence=["それぞれ１件と数える"], answer=["それぞれ１件"],
         notes="definition 「相談件数」とは…同じ企業から同じ案件について複数回の相談を受けた場合も、それぞれ１件と数える "
               "(three consultations count as 3件, not 1)"),
    dict(question="2023年度にデスクが目を通した契約書は何件ありましたか？",
         category="sodan", doc=SODAN_PDF, evidence=["契約書の確認 件 71 96 127"], answer=["96"],
         notes="(e) years as columns with a 単位 column: row 契約書の確認, column 令和５年度 (2023年度); 127 (令和６年度) "
               "is the trap"),
    dict(question="令和６年度のセミナーは、１回当たり平均で何人が参加しましたか？",
         category="sodan", doc=SODAN_PDF, evidence=["セミナーの開催 回 ４ ５ ６", "セミナーの参加者 人 168 215 262"],
         answer=["43.7人"], computed=True,
         notes="(e) ratio of two rows in the 令和６年度 column: 262 / 6 = 43.7人 (the units 回 and 人 only in the 単位 column)"),
    dict(question="デスクに相談した企業の数は、令和４年度から令和６年度までに何社増えましたか？",
         category="sodan", doc=SODAN_PDF, evidence=["相談企業数 社 141 176 203"], answer=["62社"], computed=True,
         notes="(e) difference across the year columns: 203 − 141 = 62社 (168件, the growth of 相談件数, is the trap)"),
    dict(question="令和６年度に卸売や小売の会社から受けた相談のうち、弁護士が対応したものは何件ありましたか？",
         category="sodan", doc=SODAN_PDF, evidence=["卸売・小売業 31 74 14"], answer=["14"],
         notes="(d) continuation page (no header there): row 卸売・小売業, column うち弁護士相談（件） (definition of "
               "弁護士相談 in １); 74 (相談件数) and 31 (相談企業数) are the traps"),
    dict(question="2024年度にデスクへ相談した食品メーカーは何社ありましたか？",
         category="sodan", doc=SODAN_PDF, evidence=["食料品 34 78 12"], answer=["34"],
         notes="(d) first page, column 相談企業数（社） (note ※２); 78 (相談件数) is the trap; 2024年度 = 令和６年度"),
    dict(question="知的財産についての相談は、相談全体の何％でしたか？",
         category="sodan", doc=SODAN_PDF, evidence=["知的財産 57 11.7 14"], answer=["11.7"],
         notes="(f) per cent paired with the count: column 構成比（％）; 57 (件数) and 14 (弁護士相談) are the traps"),
    dict(question="紛争やクレームの相談のうち、弁護士相談まで進んだものはどのくらいの割合ですか？",
         category="sodan", doc=SODAN_PDF, evidence=["紛争・クレーム対応 41 8.4 13"], answer=["31.7%"], computed=True,
         notes="(f) share within a row: 13 / 41 = 31.7 % (8.4, the row's 構成比, is the trap)"),
    dict(question="知財をテーマにしたセミナーには何人が参加しましたか？",
         category="sodan", doc=SODAN_PDF, evidence=["越境取引と知的財産セミナー", "参加者数：47人"], answer=["47人"],
         notes="sibling sections （１）–（３） of ４ share the labels 開催日, 会場, 参加者数; （３）越境取引と知的財産セミナー "
               "(知財 = 知的財産, on page 3 while （１）（２） are on page 2); 58人 and 41人 are the siblings' values"),
    # --- chosa: the decarbonisation survey, tables (g) (h) (i), a definition, sibling sections
    dict(question="アジアの取引先から脱炭素の要請を受けた企業は、延べ何社ですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["アジア計 49 12"], answer=["49"],
         notes="(i) a subtotal row inside the table (アジア計), column 企業数（社）; 19 (台湾, the largest Asian row) and "
               "12 (うち取引の条件とされた) are the traps"),
    dict(question="欧州の取引先から要請を受けた企業のうち、応じることを取引を続ける条件とされた企業はどのくらいの割合ですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["欧州計 73 20"], answer=["27.4%"], computed=True,
         notes="(i) share within the subtotal row 欧州計: 20 / 73 = 27.4 % (9 / 31 for ドイツ alone is the trap)"),
    dict(question="2022年度の調査では、再生可能エネルギーを使うよう求められた企業の割合は何％でしたか？",
         category="chosa", doc=CHOSA_PDF, evidence=["再生可能エネルギーの利用 18.1 28.8"], answer=["18.1"],
         notes="(h) unruled table with the survey years as columns: 2022年度 = 令和４年度調査 (the report prints 2024年 "
               "only in 調査基準日); 28.8 (令和６年度調査) is the trap"),
    dict(question="製品ごとの排出量の算定を求められた企業の割合は、前回の調査から今回の調査で何ポイント上がりましたか？",
         category="chosa", doc=CHOSA_PDF, evidence=["製品ごとの排出量の算定 25.0 43.2"], answer=["18.2ポイント"],
         computed=True,
         notes="(h) difference across the year columns: 43.2 − 25.0 = 18.2ポイント (前回 = 令和４年度調査)"),
    dict(question="回答した輸送用機械のメーカーのうち、海外の取引先から脱炭素の要請を受けた会社の割合はどれくらいですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["輸送用機械 33 24 19"], answer=["72.7%"], computed=True,
         notes="(g) share within a row: 24 / 33 = 72.7 % of the respondents (19 / 24 for 算定済み is another column)"),
    dict(question="要請を受けた企業の数で見ると、２番目に多い業種はどこですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["電気機械・電子部品 36 21 16"], answer=["電気機械・電子部品"],
         notes="(g) ranking in the column うち要請あり（社）: 輸送用機械 24, 電気機械・電子部品 21, 一般機械 17 (一般機械 "
               "is the largest and 金属製品 the second by 回答企業数, the traps); the second-largest row"),
    dict(question="従業員がちょうど300人の会社は、この調査では中小企業と大企業のどちらに入りますか？",
         category="chosa", doc=CHOSA_PDF, evidence=["従業員の数が300人以下の企業"], answer=["300人以下"],
         notes="definition 「中小企業」とは、常時使用する従業員の数が300人以下の企業をいい (asked at its boundary: 中小企業)"),
    dict(question="食品メーカーの業界では、取引先の要請に応えるうえで何が課題になっていますか？",
         category="chosa", doc=CHOSA_PDF, evidence=["（３）食料品", "主な課題：算定の方法を理解している担当者がいない"],
         answer=["算定の方法を理解している担当者がいない"],
         notes="sibling sections （１）–（３） of ３ share the labels 主な要請元, 主な要請内容, 主な課題; （３）食料品 "
               "(食品メーカー); the siblings' 主な課題 (data from suppliers, the cost of renewable power) are the traps"),
    # --- followups
    dict(question="では、その改修を通関業者との共同申請で行う場合、上限額はいくらになりますか？",
         category="followup", doc=YORYO_PDF, evidence=["既存システムとの連携改修費 50 70 80 150"], answer=["150"],
         history=_turns("今使っているシステムを貿易書類に対応させる改修費は、小規模企業者だと何％補助されますか？",
                        "小規模企業者の場合、補助率は70％です[1]。"),
         notes="(a) the row from the history (既存システムとの連携改修費), leaf 上限額（万円）／共同申請; 80 (単独申請) is the "
               "trap, 70 the rate from the history"),
    dict(question="その年度に交付した額は、全部でいくらでしたか？",
         category="followup", doc=YORYO_PDF, evidence=["令和４年度 18 12 1,086 ２"], answer=["1,086"],
         history=_turns("2022年度は何件の申請がありましたか？",
                        "2022年度（令和４年度）の申請は18件でした[1]。"),
         notes="(b) the year from the history (2022年度 = 令和４年度), column 交付額（万円）; 12 (交付件数) is the trap"),
    dict(question="そのうち弁護士相談になったのは何件ですか？",
         category="followup", doc=SODAN_PDF, evidence=["サービス業 20 45 ８"], answer=["８"],
         history=_turns("サービス業の会社からの相談は、令和６年度に何件ありましたか？",
                        "サービス業からの相談は45件でした[1]。"),
         notes="(d) the row from the history (サービス業, on the continuation page), column うち弁護士相談（件）"),
    dict(question="そのうち、自社の排出量をすでに算定している会社は何％ですか？",
         category="followup", doc=CHOSA_PDF, evidence=["電気機械・電子部品 36 21 16"], answer=["76.2%"], computed=True,
         history=_turns("電気機械や電子部品の会社で、海外の取引先から脱炭素の要請を受けたのは何社ですか？",
                        "電気機械・電子部品では21社が要請を受けていました[1]。"),
         notes="(g) the row from the history, share 16 / 21 = 76.2 % of the firms with requests (16 / 36 = 44.4 % of "
               "the respondents is the trap)"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=CHOSA_PDF, evidence=["電話：099-396-1600"], answer=["099-396-1600"],
         history=_turns("排出量の算定方法を個別に相談したい会社があるのですが、どこを紹介すればよいですか？",
                        "榎県脱炭素経営相談窓口（公益財団法人榎県産業支援センター内）で個別の相談を受け付けています[1]。"),
         notes="contact box of the survey report: the 窓口's phone (second line); the 班's phone 099-396-1540 and fax "
               "099-396-1549 (first line) are the near misses"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="この補助金で導入されたシステムは、どのメーカーの製品が多いのですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline gives the grants by main item and industry, not the vendors or products",
         absent=["メーカー別", "製品名", "ベンダー"]),
    dict(question="令和６年度に交付を受けられなかった事業者は、どんな理由で不採択になったのですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="only the applications and grants are given (35 and 24); nothing on the reasons for refusals",
         absent=["不採択", "不交付", "採択されなかった"]),
    dict(question="デスクを利用した企業の満足度はどのくらいでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report gives consultations by industry and topic, seminars and the steps; no satisfaction survey",
         absent=["満足", "アンケート結果"]),
    dict(question="デスクへの相談を取引の相手国別に見ると、どこの国との取引についての相談が多いですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="consultations are given by industry and by topic only; the three examples (タイ, 米国, 台湾) are near misses",
         absent=["相手国", "相手方の国", "国別の相談"]),
    dict(question="自社の排出量を算定するのに、企業は平均でどれくらいの費用をかけていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey counts firms that calculated (83: 41 alone, 42 with outside help), not what it cost",
         absent=["算定費用", "算定に要した費用", "算定にかかった費用"]),
    dict(question="欧州の国境炭素調整措置（CBAM）の対象になる製品を輸出している県内企業は何社ありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the requests are counted by the requesting country (欧州計 73), not by the EU's border measure",
         absent=["ＣＢＡＭ", "国境炭素", "炭素国境"]),
]
CATEGORY_COUNTS = {"yoryo": 11, "sodan": 10, "chosa": 8, "followup": 5, "unanswerable": 6}
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
    "補助対象経費別の補助率と上限額", "申請と交付の実績", "主な導入内容別・業種別の交付件数",
    "業種別の相談の状況", "主な活動実績の推移", "相談内容別の相談件数",
    "業種別の回答企業と脱炭素要請", "海外の取引先から求められた内容（複数回答）", "要請元の国・地域別の企業数")
LETTERS = dict(zip((A, B, C, D, E, F, G, H, I), "abcdefghi"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y, unit) -> str:
    q = half_up(Decimal(x) / Decimal(y), "0.1")
    return f"{int(q) if q == q.to_integral() else q}{unit}"


def _dec(x) -> Decimal:
    return Decimal(str(x))


COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h37q04": lambda g: _avg(g(B, "令和６年度", "交付額（万円）", 2024), g(B, "令和６年度", "交付件数（件）", 2024), "万円"),
    "h37q05": lambda g: f"{g(B, '令和６年度', '申請件数（件）', 2024) - g(B, '令和４年度', '申請件数（件）', 2022)}件",
    "h37q07": lambda g: _pct(g(C, "貿易書類作成システム", "製造業", 2024), g(C, "合計", "製造業", 2024)),
    "h37q15": lambda g: _avg(g(E, "セミナーの参加者", "令和６年度", 2024), g(E, "セミナーの開催", "令和６年度", 2024), "人"),
    "h37q16": lambda g: f"{g(E, '相談企業数', '令和６年度', 2024) - g(E, '相談企業数', '令和４年度', 2022)}社",
    "h37q20": lambda g: _pct(g(F, "紛争・クレーム対応", "うち弁護士相談（件）", 2024), g(F, "紛争・クレーム対応", "件数（件）", 2024)),
    "h37q23": lambda g: _pct(g(I, "欧州計", "うち取引の条件とされた（社）", 2024), g(I, "欧州計", "企業数（社）", 2024)),
    "h37q25": lambda g: f"{_dec(g(H, '製品ごとの排出量の算定', '令和６年度調査', 2024)) - _dec(g(H, '製品ごとの排出量の算定', '令和４年度調査', 2022))}ポイント",
    "h37q26": lambda g: _pct(g(G, "輸送用機械", "うち要請あり（社）", 2024), g(G, "輸送用機械", "回答企業数（社）", 2024)),
    "h37q33": lambda g: _pct(g(G, "電気機械・電子部品", "うち排出量を算定済み（社）", 2024), g(G, "電気機械・電子部品", "うち要請あり（社）", 2024)),
}
PREFIX_Q, PREFIX_T = "h37q", "h37t"
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {YORYO_PDF: (3, 3), SODAN_PDF: (3, 3), CHOSA_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (150, 210)
TABLE_QUESTIONS = 20  # at least, outside the followups
COMPUTED_QUESTIONS = (8, 12)
BEFORE_BREAK_ROWS = ("食料品", "繊維・衣服")  # rows of (d) expected before the page break
CONTINUED_ROWS = ("輸送用機械", "その他の製造業", "卸売・小売業", "サービス業", "合計")  # and after it
WESTERN_PRINTED = {YORYO_PDF: ["2022年"], SODAN_PDF: ["2020年"], CHOSA_PDF: ["2024年"]}


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout37.py")
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
        if q.get("computed"):  # not printed anywhere in its document, even without the unit
            for a in q["answer"]:
                bare = re.sub(r"[^\d.,]", "", nfkc(a))
                if norm(a) in doc_text[q["doc"]]:
                    errors.append(f"{qid}: computed answer {a!r} is printed in the document")
                if re.search(r"(?<![\d.,])" + re.escape(bare) + r"(?![\d,]|\.\d)", doc_text[q["doc"]]) and "." in bare:
                    errors.append(f"{qid}: computed figure {bare} is printed in the document")
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
    if not COMPUTED_QUESTIONS[0] <= n <= COMPUTED_QUESTIONS[1]:
        errors.append(f"{n} computed questions, expected {COMPUTED_QUESTIONS[0]}-{COMPUTED_QUESTIONS[1]}")
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
    errors += check_computed(questions, COMPUTED, GoldIndex(gold))
    # the second-largest question: its answer is the second row of its column
    t = gold_table(gold)
    ranked = sorted((r for r in t[G] if r != "合計"), key=lambda r: -t[G][r]["うち要請あり（社）"])
    if ranked[1] != "電気機械・電子部品" or t[G][ranked[1]]["うち要請あり（社）"] == t[G][ranked[2]]["うち要請あり（社）"]:
        errors.append(f"{G}: the second row by うち要請あり is {ranked[1]}, not 電気機械・電子部品 (or a tie)")
    return errors


def gold_table(gold):
    """{table: {row: {column: number}}} (fiscal years folded in: (e) and (h) keep theirs in the column)."""
    t = defaultdict(lambda: defaultdict(dict))
    for g in gold:
        t[g["table"]][g["row"]][g["column"]] = g["number"]
    return t


def check_gold(gold, pages) -> list[str]:
    errors = []
    specs = {s.title: s for s in all_specs()}
    doc_text = {n: norm("\n".join(p)) for n, p in pages.items()}

    def page_text(doc, page):
        return norm(pages[doc][page - 1])

    if not GOLD_CELLS[0] <= len(gold) <= GOLD_CELLS[1]:
        errors.append(f"{len(gold)} gold cells, expected {GOLD_CELLS[0]}-{GOLD_CELLS[1]}")
    any_page = defaultdict(lambda: {0})
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout37.py")
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
            if norm("".join(spec.printed_row(i))) not in page_text(g["doc"], g["page"]):
                errors.append(f"row sequence of {title} / {spec.row_label(i)} not on page {g['page']}")
    errors += check_totals(gold)
    errors += check_layouts(gold, pages)
    return errors


def check_totals(gold) -> list[str]:
    """Totals add up inside each table and between tables and prose data."""
    errors = []
    t = gold_table(gold)

    def adds_up(table, cols, rows=None):
        tab = t[table]
        for col in cols:
            parts = [r[col] for row, r in tab.items() if row != "合計" and (rows is None or row in rows)]
            if tab["合計"][col] != sum(parts):
                errors.append(f"{table}: 合計 of {col} does not add up")

    # (a): small firms get at least the general rate; a joint application at least the single cap; caps within note ※２
    for row, r in t[A].items():
        if r["補助率（％）／小規模企業者"] < r["補助率（％）／中小企業者"]:
            errors.append(f"{A} / {row}: 小規模企業者 rate below the 中小企業者 rate")
        if r["上限額（万円）／共同申請"] < r["上限額（万円）／単独申請"]:
            errors.append(f"{A} / {row}: 共同申請 cap below the 単独申請 cap")
        if r["上限額（万円）／単独申請"] > CAP_SINGLE or r["上限額（万円）／共同申請"] > CAP_JOINT:
            errors.append(f"{A} / {row}: a cap above the totals of note ※２")
    # (b): growing applications; grants within applications; amounts within grants × the joint cap
    b = t[B]
    ns = [r["申請件数（件）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for row, r in b.items():
        if r["交付件数（件）"] > r["申請件数（件）"] or r["交付額（万円）"] > r["交付件数（件）"] * CAP_JOINT \
                or r["うち共同申請（件）"] > r["交付件数（件）"]:
            errors.append(f"{B} / {row}: grants or amounts out of range")
    # (c): the 計 column is the sum of the industries, the 合計 row adds up and equals (b)'s 令和６年度
    c = t[C]
    for row, r in c.items():
        if r["計"] != sum(r[k] for k in INDUSTRY_COLS):
            errors.append(f"{C} / {row}: 計 is not the sum of the industries")
    adds_up(C, INDUSTRY_COLS + ("計",))
    if c["合計"]["計"] != b["令和６年度"]["交付件数（件）"]:
        errors.append(f"{C}: 合計 differs from 令和６年度 交付件数 of {B}")
    # (d): 合計 adds up, each part within its row; 合計 equals (e)'s 令和６年度
    d, e = t[D], t[E]
    adds_up(D, ("相談企業数（社）", "相談件数（件）", "うち弁護士相談（件）"))
    if any(not r["相談件数（件）"] >= r["相談企業数（社）"] or r["うち弁護士相談（件）"] > r["相談件数（件）"] for r in d.values()):
        errors.append(f"{D}: a row's parts out of range")
    for col, row in (("相談企業数（社）", "相談企業数"), ("相談件数（件）", "相談件数"), ("うち弁護士相談（件）", "弁護士相談")):
        if d["合計"][col] != e[row]["令和６年度"]:
            errors.append(f"{D}: 合計 {col} differs from {E} 令和６年度 {row}")
    # (e): the channels of the prose add up to 相談件数; the three seminars within the participants
    if e["相談件数"]["令和６年度"] != sum(k for _n, k in CHANNELS):
        errors.append(f"{E}: 相談件数 differs from the channels in the prose")
    if e["セミナーの開催"]["令和６年度"] < len(SEMINARS) \
            or sum(int(s[3].rstrip("人")) for s in SEMINARS) >= e["セミナーの参加者"]["令和６年度"]:
        errors.append(f"{E}: the seminars (sibling sections) do not fit the 令和６年度 column")
    # (f): counts add up and equal (e); per cents from the counts
    f = t[F]
    adds_up(F, ("件数（件）", "うち弁護士相談（件）"))
    if f["合計"]["件数（件）"] != e["相談件数"]["令和６年度"] or f["合計"]["うち弁護士相談（件）"] != e["弁護士相談"]["令和６年度"]:
        errors.append(f"{F}: 合計 differs from {E}")
    for row, r in f.items():
        if row != "合計" and _dec(r["構成比（％）"]) != pct1(r["件数（件）"], f["合計"]["件数（件）"]):
            errors.append(f"{F} / {row}: 構成比 differs from the counts")
    if f["合計"]["構成比（％）"] != 100.0 or sum(_dec(r["構成比（％）"]) for k, r in f.items() if k != "合計") == 100:
        errors.append(f"{F}: the 構成比 合計 is 100.0 and the parts (rounded) should not add up to it (note ※３)")
    # (g): 合計 adds up; うち within 回答 and 算定 within 回答; the totals equal the firm sizes and (h)'s ｎ
    gg = t[G]
    adds_up(G, ("回答企業数（社）", "うち要請あり（社）", "うち排出量を算定済み（社）"))
    if any(r["うち要請あり（社）"] > r["回答企業数（社）"] or r["うち排出量を算定済み（社）"] > r["回答企業数（社）"]
           for r in gg.values()):
        errors.append(f"{G}: うち above 回答企業数")
    if gg["合計"]["回答企業数（社）"] != sum(s[1] for s in SIZES) or gg["合計"]["うち要請あり（社）"] != sum(s[2] for s in SIZES) \
            or gg["合計"]["うち要請あり（社）"] != N_REQUESTED[2024]:
        errors.append(f"{G}: 合計 differs from the firm sizes or from the ｎ of {H}")
    # (h): the per cents come from the counts
    for name, *vs in REQUESTS:
        r = t[H][name]
        for v, y in zip(vs, SURVEY_YEARS):
            if _dec(r[f"令和{fw(y - 2018)}年度調査"]) != pct1(v, N_REQUESTED[y]):
                errors.append(f"{H} / {name}: per cent differs from the counts")
    # (i): each subtotal is the sum of its countries; 合計 the sum of the subtotals and the ungrouped rows
    ii = t[I]
    for region, members in ORIGINS:
        for col in ("企業数（社）", "うち取引の条件とされた（社）"):
            if region and ii[f"{region}計"][col] != sum(ii[m[0]][col] for m in members):
                errors.append(f"{I}: {region}計 of {col} does not add up")
    top_level = list(SUBTOTAL_ROWS) + [m[0] for r, ms in ORIGINS if not r for m in ms]
    adds_up(I, ("企業数（社）", "うち取引の条件とされた（社）"), rows=top_level)
    if any(r["うち取引の条件とされた（社）"] > r["企業数（社）"] for r in ii.values()) \
            or ii["合計"]["企業数（社）"] < N_REQUESTED[2024]:
        errors.append(f"{I}: うち above 企業数, or fewer firms (延べ) than the firms with requests")
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
        on = [i + 1 for i, p in enumerate(pages[SODAN_PDF]) if header in norm(p)]
        if ind.repeat_header or on != bp[:1]:
            errors.append(f"{D}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[1]}
        if not 3 <= len(first) <= 8:
            errors.append(f"{D}: {len(first)} rows before the page break, expected 3-8")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{D}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("年度内に１回以上相談した企業の数") not in norm(pages[SODAN_PDF][bp[1] - 1]):
            errors.append(f"{D}: note ※２ should follow the table on the continuation page")
    for key in ("rates", "record", "items", "trend", "topics", "firms", "requests", "origins"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["requests"].ruled or not all(s.ruled for k, s in specs.items() if k != "requests"):
        errors.append(f"only {H} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns; the two groups have different leaves
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／中小企業者", "補助率（％）／小規模企業者", "上限額（万円）／単独申請", "上限額（万円）／共同申請"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "万円"}:
        errors.append(f"{A}: units should come from the header groups")
    # (b): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::4] != [y for y, *_x in RECORD]:
        errors.append(f"{B}: expected years as rows")
    # (c): a total column on the right, its header 計, the unit in the caption note
    if specs["items"].header[0][-1] != "計" or {g["unit"] for g in gold if g["table"] == C} != {"件"}:
        errors.append(f"{C}: expected a total column 計 on the right and the unit 件")
    # (e): fiscal years as columns and a 単位 column whose cell gives each row's unit (not a gold cell)
    trend = specs["trend"]
    ecols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == E))
    if ecols != [f"令和{fw(y - 2018)}年度" for y in TREND_YEARS] or trend.table_fy is not None \
            or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in gold if g["table"] == E):
        errors.append(f"{E}: expected the fiscal years as columns, got {ecols}")
    units = {g["row"]: g["unit"] for g in gold if g["table"] == E}
    if units != {n: nfkc(u) for n, u, *_v in TREND} or len(set(units.values())) < 4 or trend.header[0][1] != "単位":
        errors.append(f"{E}: each row's unit should come from its 単位 cell ({units})")
    # (f): the per cents paired with the counts, right of them
    fcols = specs["topics"].header[0]
    if fcols[1:3] != ["件数（件）", "構成比（％）"]:
        errors.append(f"{F}: expected 構成比（％） right of 件数（件）")
    # (h): fiscal years as columns (from the column headers), per cents only
    hcols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == H))
    if hcols != [f"令和{fw(y - 2018)}年度調査" for y in SURVEY_YEARS] or specs["requests"].table_fy is not None \
            or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in gold if g["table"] == H) \
            or {g["unit"] for g in gold if g["table"] == H} != {"%"}:
        errors.append(f"{H}: expected the survey years as columns and per cents, got {hcols}")
    # (i): subtotal rows inside the table, each right after its countries, 合計 last
    rows = [g["row"] for g in gold if g["table"] == I][::2]
    want_rows = [r[0] for r in origin_rows()]
    if rows != want_rows or rows[-1] != "合計" or not all(rows.index(s) < len(rows) - 2 for s in SUBTOTAL_ROWS) \
            or len(SUBTOTAL_ROWS) < 3:
        errors.append(f"{I}: expected subtotal rows inside the table, got {rows}")
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
        got = re.findall(r"099-39\d-\d{4}", text)
        if got != want:
            errors.append(f"{what}: the contact box should give {want}, got {got}")
        lines = [norm(x) for x in "\n".join(pages[doc]).splitlines()]
        if not any(f"電話:{want[0]}ファクス:{want[1]}" in x for x in lines):
            errors.append(f"{what}: phone and fax should share one line")
        if not any(f"電話:{want[2]}" in x and "ファクス" not in x for x in lines):
            errors.append(f"{what}: the other body's phone should be on a line of its own")
        got_mails = re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text)
        if got_mails != mails:
            errors.append(f"{what}: mail addresses {got_mails}, expected {mails}")

    def defs(text, terms, what):
        for d in terms:
            if norm(f"「{d}」とは") not in text:
                errors.append(f"{what}: the definition of {d} is missing")

    def western(doc, text, what):
        if re.findall(r"20\d\d年", text) != WESTERN_PRINTED[doc]:
            errors.append(f"{what}: only {WESTERN_PRINTED[doc]} should be printed in Western form")

    # ---- the programme guideline
    yj = norm("\n".join(pages[YORYO_PDF]))
    siblings(yj, YORYO_PDF, ("導入したもの：", "補助金の額：", "導入の効果："), [c[0] for c in CASES])
    if norm(f"延べ{sum(r[2] for r in RECORD)}件、{sum(r[3] for r in RECORD):,}万円") not in yj:
        errors.append("guideline: the totals in the prose differ from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請に対し{last[2]}件に交付") not in yj \
            or norm(f"共同申請は{fw(last[4])}件") not in yj:
        errors.append("guideline: the 令和６年度 figures in the prose differ from (b)")
    by_item = sorted(ITEM_INDUSTRY, key=lambda r: -sum(r[1:]))
    by_ind = sorted(range(3), key=lambda j: -sum(r[j + 1] for r in ITEM_INDUSTRY))
    if by_item[0][0] != "貿易書類作成システム" or sum(by_item[0][1:]) == sum(by_item[1][1:]) \
            or INDUSTRY_COLS[by_ind[0]] != "製造業":
        errors.append("guideline: 「貿易書類作成システムが、業種では製造業が最も多く」 does not hold")
    for head, _what, amount, _eff, row, joint in CASES:
        cap = RATES[row][4 if joint else 3]
        if int(amount.rstrip("万円")) > cap:
            errors.append(f"guideline: case {head} is above the cap of its cost")
    western(YORYO_PDF, yj, "guideline")
    defs(yj, ("貿易手続のデジタル化", "小規模企業者", "共同申請"), "guideline")
    for x in EXCLUDED:
        if norm(x) not in yj:
            errors.append(f"guideline: the cost not covered {x} is missing")
    raw = "\n".join(pages[YORYO_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("guideline: expected three Ｑ lines and three Ａ lines")
    steps_of(YORYO_PDF, "①②③④⑤⑥⑦", "guideline")
    contacts(YORYO_PDF, ["099-391-3120", "099-391-3129", "099-391-3300"], ["enoki-boeki-dx@example.jp"], "guideline")

    # ---- the legal desk's report
    sj = norm("\n".join(pages[SODAN_PDF]))
    siblings(sj, SODAN_PDF, ("開催日：", "会場：", "参加者数："), [s[0] for s in SEMINARS])
    cur = {n: v[-1] for n, _u, *v in TREND}
    prev = {n: v[-2] for n, _u, *v in TREND}
    if norm(f"相談件数は{cur['相談件数']}件で、前年度から{cur['相談件数'] - prev['相談件数']}件増え") not in sj \
            or norm(f"相談した企業は{cur['相談企業数']}社で、このうち{NEW_FIRMS}社") not in sj \
            or any(cur["相談件数"] <= v[-2] for n, _u, *v in TREND if n == "相談件数"):
        errors.append("desk report: the consultation figures in the prose differ from (e)")
    if not max(CHANNELS, key=lambda c: c[1])[0] == "オンライン" or not CHANNELS[2][1] * 2 > cur["相談件数"]:
        errors.append("desk report: 「オンラインが半数を超えた」 does not hold")
    ranked = sorted(BY_INDUSTRY, key=lambda r: -r[2])
    rate = {r[0]: r[3] / r[2] for r in BY_INDUSTRY}
    if {ranked[0][0], ranked[1][0]} != {"食料品", "卸売・小売業"} or max(rate, key=rate.get) != "繊維・衣服" \
            or sorted(rate.values())[-1] == sorted(rate.values())[-2]:
        errors.append("desk report: 「食料品と卸売・小売業からの相談が多かった…繊維・衣服が最も高かった」 does not hold")
    top = max(TOPICS, key=lambda x: x[1])
    if top[0] != "契約書の作成・確認" or not 0.29 <= top[1] / cur["相談件数"] < 0.31:
        errors.append("desk report: 「契約書の作成・確認…全体の３割」 does not hold")
    customs = next(x for x in TOPICS if x[0] == "輸出入の規制・通関")
    if min(TOPICS, key=lambda x: x[2] / x[1])[0] != "輸出入の規制・通関" or norm(f"弁護士相談は{fw(customs[2])}件") not in sj:
        errors.append("desk report: the 輸出入の規制・通関 sentence does not hold")
    if norm(f"令和６年度は{fw(cur['セミナーの開催'])}回のセミナー") not in sj:
        errors.append("desk report: the number of seminars in the prose differs from (e)")
    western(SODAN_PDF, sj, "desk report")
    defs(sj, ("相談件数", "弁護士相談"), "desk report")
    steps_of(SODAN_PDF, "①②③④⑤", "desk report")
    contacts(SODAN_PDF, ["099-393-2410", "099-393-2419", "099-393-2500"], ["enoki-homu-desk@example.jp"], "desk report")

    # ---- the survey
    cj = norm("\n".join(pages[CHOSA_PDF]))
    siblings(cj, CHOSA_PDF, ("主な要請元：", "主な要請内容：", "主な課題："), [x[0] for x in SECTORS])
    total, req, calc = respondents(), requested(), calculated()
    if norm(f"{total}社（回答率{pct1(total, TARGET)}％）") not in cj \
            or norm(f"脱炭素要請を受けた企業は{req}社（{pct1(req, total)}％）で、前回調査の{N_REQUESTED[2022]}社") not in cj:
        errors.append("survey: the response and request figures in the prose differ from (g)")
    if max(INDUSTRIES, key=lambda r: r[2])[0] != "輸送用機械":
        errors.append("survey: 「輸送用機械が要請を受けた企業数で最も多い」 does not hold")
    (s_name, s_n, s_r), (l_name, l_n, l_r) = SIZES
    if not 0.75 <= l_r / l_n < 0.8 or not 0.31 <= s_r / s_n <= 0.35 \
            or norm(f"大企業{l_n}社のうち{l_r}社") not in cj or norm(f"中小企業は{s_n}社のうち{s_r}社") not in cj:
        errors.append("survey: 「大企業…８割近く…中小企業…３社に１社」 does not hold")
    first = [max(REQUESTS, key=lambda r, k=k: r[k])[0] for k in (1, 2)]
    growth = max(REQUESTS, key=lambda r: pct1(r[2], N_REQUESTED[2024]) - pct1(r[1], N_REQUESTED[2022]))[0]
    fell = [r[0] for r in REQUESTS if pct1(r[2], N_REQUESTED[2024]) < pct1(r[1], N_REQUESTED[2022])]
    if first != ["温室効果ガス排出量の報告"] * 2 or growth != "製品ごとの排出量の算定" or fell != ["取引先の方針への同意書の提出"]:
        errors.append("survey: the sentences on (h) do not hold")
    regions = {f"{r}計": sum(m[1] for m in ms) for r, ms in ORIGINS if r}
    countries = sorted((m for _r, ms in ORIGINS for m in ms), key=lambda m: -m[1])
    if max(regions, key=regions.get) != "欧州計" or norm(f"欧州が延べ{regions['欧州計']}社") not in cj \
            or {countries[0][0], countries[1][0]} != {"米国", "ドイツ"}:
        errors.append("survey: 「欧州が…最も多く、国別では米国とドイツが多い」 does not hold")
    if norm(f"算定済みの企業は{calc}社（回答企業の{pct1(calc, total)}％）") not in cj or 41 + 42 != calc:
        errors.append("survey: the calculation figures in the prose differ from (g)")
    western(CHOSA_PDF, cj, "survey")
    defs(cj, ("脱炭素要請", "中小企業"), "survey")
    steps_of(CHOSA_PDF, "①②③④", "survey")
    contacts(CHOSA_PDF, ["099-396-1540", "099-396-1549", "099-396-1600"], ["enoki-datsutanso@example.jp"], "survey")
    # every phone number of the set is fictional (099-39x-xxxx), every mail address under example.jp
    for n, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text):
            if not ph.startswith(PHONE_PREFIX):
                errors.append(f"{n}: phone number {ph} outside {PHONE_PREFIX}x-xxxx")
        for mail in re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text):
            if not mail.endswith(MAIL_DOMAIN):
                errors.append(f"{n}: mail address {mail} outside {MAIL_DOMAIN}")
        if "栂" in text or any(x in text for x in ("桐県", "楠県")):
            errors.append(f"{n}: another set's prefecture is named")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
