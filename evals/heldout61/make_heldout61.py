"""Build the 榛県 held-out set 61: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (榛県 and every town, scheme, organisation, phone number, address
and figure). The documents are in three genres the earlier sets do not use: a call for
applications (募集要領) for a subsidy helping small firms take part in public tenders abroad
(海外公共調達参入支援補助金: tender information, bid documents and their translation, site visits,
experts, bid-bond guarantee fees) with a two-level header of rates by firm size and caps by
single or joint bid, a yearly record (years as rows) with `－` cells, and the grants by kind of
buyer with a unit printed above the table's top right and a 増減 column using ▲; the report of a
survey of the prefecture's firms on the technology they license or teach to foreign firms
(海外への技術供与に関する実態調査) with the firms by industry (a table continued over a page break
without its header), the licences by destination and form as counts with a sub-count in brackets
and an unruled table of the issues; and the user guide (利用案内) of the prefecture's trade
information library (貿易情報資料室) with the database fees by time bracket (brackets as row
labels), the use by kind of user (with `－` cells) and the database use by year; see README.md
beside this file.

    python make_heldout61.py [OUTPUT_DIR]          # default: this file's directory

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

NYUSATSU_PDF = "hashibami_kaigai_nyusatsu_hojokin_boshu_yoryo_r7.pdf"
GIJUTSU_PDF = "hashibami_gijutsu_kyoyo_jittai_chosa_r6.pdf"
SHIRYO_PDF = "hashibami_boeki_joho_shiryoshitsu_riyo_annai_r7.pdf"
ALL_PDFS = (NYUSATSU_PDF, GIJUTSU_PDF, SHIRYO_PDF)

UNITS = ("千円", "円", "件", "人", "社", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
DASH = "－"  # an empty cell (no such figure); printed, but no gold cell
MINUS = "▲"  # a negative number in a 増減 column
PHONE_PREFIX = "099-65"  # every phone number of the set: 099-65x-xxxx
MAIL_DOMAIN = "@example.jp"
OTHER_PREFS = ("椚県", "槐県", "楮県")  # the other helper's prefecture and the previous sets'


def nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def fiscal_year(label: str | None) -> int | None:
    """Western year of a label naming one fiscal year (令和５年度); None otherwise."""
    if not label or fiscal_year_range(label):
        return None
    s = nfkc(label)
    years = [era_year(*y) for y in re.findall(ERA_YEAR + r"年度", s)]
    return years[0] if len(years) == 1 else None


SUB_RE = r"([\d,]+)\((\d+)\)"  # a count with its sub-count in brackets, after NFKC: 19(8)


def parse_number(value: str):
    """(number, unit) as printed after NFKC; (None, None) for text and `－`.

    ▲ makes the number negative; of a count with a sub-count in brackets (`19（８）`) the number
    is the count before the bracket."""
    v = nfkc(value).strip()
    m = re.fullmatch(SUB_RE, v)
    if m:
        v = m.group(1)
    neg = v.startswith(MINUS)
    number, unit = docgen.parse_number(v[1:] if neg else v, UNITS)
    if number is not None and neg:
        number = -number
    return number, unit


def sub_count(value: str) -> int | None:
    """The bracketed sub-count of a printed cell (`19（８）` -> 8), else None."""
    m = re.fullmatch(SUB_RE, nfkc(value).strip())
    return int(m.group(2)) if m else None


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
    """A table cell: None -> `－`, a Decimal with one decimal, an int as docgen prints it
    (single digits full-width) with ▲ before a negative."""
    if x is None:
        return DASH
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return MINUS + fw(-x) if x < 0 else fw(x)


def sub_cell(n: int, k: int) -> str:
    """A count with its sub-count in brackets: 19（８）."""
    return f"{fw(n)}（{fw(k)}）"


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf, optional fiscal years
    per column (a 増減 column) and an optional unit line printed above the table's top right."""

    col_fy: dict | None = None  # {col: fiscal year} for columns whose header names no year
    unit_line: str | None = None  # e.g. （単位：千円）, printed right-aligned above the table

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
        if self.col_fy and c in self.col_fy:
            return self.col_fy[c]
        years = [fiscal_year(p) for p in self.header_parts(c) if fiscal_year(p)]
        return years[-1] if years else None

    def row_label(self, i: int) -> str:
        return label(self.rows[i][self.label_col])


def gold_records(spec: TableSpec, pages_of: dict) -> list[dict]:
    out = []
    for i, r in enumerate(spec.rows):
        for c in spec.value_cols:
            value = r[c]
            if value == DASH:  # printed, but no figure: no gold cell
                continue
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


def bullets(items, level: int):
    return [P(f"○ {t}", hanging(level, 1)) for t in items]


def notes(items):
    return [P(t, docgen.NOTE) for t in items]


def lv_lines(pairs, level: int):
    return [P(f"{k}：{v}", hanging(level, 1)) for k, v in pairs]


FRAME_WIDTH = 166 * mm  # A4 minus docgen's 22 mm margins


def table_with_unit(spec: TableSpec):
    """A caption, the unit line right-aligned over the table's right edge, and the table."""
    right = (FRAME_WIDTH - sum(spec.col_widths)) / 2
    style = pstyle(f"unit_{spec.key}", docgen.MINCHO, 9, 13, alignment=TA_RIGHT, keepWithNext=1)
    style.rightIndent = right
    return [caption(spec.title), P(spec.unit_line, style), spec.flowable()]


PREF = "榛県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: public tenders abroad, call for applications
NYUSATSU = f"{PREF}海外公共調達参入支援補助金"
NYUSATSU_DEPT = f"{PREF} 商工労働部 国際経済課"
NYUSATSU_DESK = f"{PREF}海外ビジネス支援センター"
RATES = [  # 経費区分; 補助率（％）: 中小企業者, 小規模企業者; 上限額（千円）: 単独応札, 共同応札 (令和７年度)
    ("入札情報の収集・分析", 50, 60, 300, 500), ("入札書類の作成・翻訳", 50, 70, 800, 1200),
    ("現地調査のための渡航", 50, 60, 600, 900), ("専門家の活用", 50, 70, 1000, 1500),
    ("入札保証の保証料", 40, 50, 400, 600),
]
FIRM_CAP, FIRM_CAP_JOINT = 2500, 3500  # note ※２: 千円 per application (単独応札 / 共同応札)
RECORD = [  # 年度, 申請件数, 採択件数, うち共同応札 (None: no window yet), 交付額（千円）, 落札件数
    (2021, 9, 6, None, 7410, 1), (2022, 14, 9, None, 11820, 2),
    (2023, 18, 12, 3, 17360, 4), (2024, 23, 15, 5, 22940, 3),
]
JOINT_FROM = 2023  # the 共同応札 window opened in 令和５年度 (note ※４)
BUYER_YEARS = (2023, 2024)
BUYERS = [  # 発注者の区分: 交付額（千円） in 令和５, ６年度
    ("外国政府・地方政府", 5120, 6980), ("政府関係機関", 4310, 3870), ("国際機関", 3650, 7650),
    ("国際協力の案件", 2980, 2510), ("その他", 1300, 1930),
]
NYU_CASES = [  # 見出し, 入札の内容, 申請の区分, 補助金の額 (same labels in every sibling section); cost items
    ("水処理装置製造業Ａ社（榛市）", "フィリピンの地方政府が発注する浄水設備の調達", "単独応札（中小企業者）", "1,320千円",
     ("入札書類の作成・翻訳", "現地調査のための渡航")),
    ("測量機器製造業Ｂ社（霞野市）", "国際機関が発注する測量機材の調達", "共同応札（小規模企業者）", "2,880千円",
     ("入札情報の収集・分析", "入札書類の作成・翻訳", "専門家の活用")),
    ("防災用品製造業Ｃ社（岬田町）", "外国政府が発注する避難所用資材の調達", "単独応札（小規模企業者）", "960千円",
     ("入札保証の保証料", "入札書類の作成・翻訳")),
]
EXCLUDED = [  # 補助の対象にならない経費
    "入札書類の提出後に行う営業活動に要する経費",
    "落札後の契約の履行（製品の製造、輸送、据付け、工事等）に要する経費",
    "入札保証金その他の担保として差し入れる金銭（保証料を除く。）",
    "交付決定の日より前に発注し、又は支払った経費",
]


def nyusatsu_specs():
    rates = TableSpec(
        key="rates", doc=NYUSATSU_PDF, title="経費区分別の補助率と上限額",
        header=[["経費区分", "補助率（％）", "", "上限額（千円）", ""],
                ["", "中小企業者", "小規模企業者", "単独応札", "共同応札"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in RATES],
        col_widths=[52 * mm, 27 * mm, 29 * mm, 27 * mm, 27 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    record = TableSpec(
        key="record", doc=NYUSATSU_PDF, title="申請と採択の実績",
        header=[["年度", "申請件数（件）", "採択件数（件）", "うち共同応札（件）", "交付額（千円）", "落札件数（件）"]],
        rows=[[era(y), fw(a), fw(b), cell(j), fw(g), fw(w)] for y, a, b, j, g, w in RECORD],
        col_widths=[22 * mm, 26 * mm, 26 * mm, 33 * mm, 26 * mm, 26 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), cell(b - a)] for n, a, b in BUYERS]
    ta, tb = sum(r[1] for r in BUYERS), sum(r[2] for r in BUYERS)
    rows.append(["合計", fw(ta), fw(tb), cell(tb - ta)])
    buyers = TableSpec(
        key="buyers", doc=NYUSATSU_PDF, title="発注者の区分別の交付額",
        header=[["発注者の区分"] + [era(y) for y in BUYER_YEARS] + ["増減"]],
        rows=rows, col_widths=[44 * mm, 30 * mm, 30 * mm, 28 * mm], unit="千円",
    )
    buyers.col_fy = {3: BUYER_YEARS[-1]}
    buyers.unit_line = "（単位：千円）"
    return rates, record, buyers


def nyusatsu_story(specs):
    rates, record, buyers = specs
    n_all, amt_all = sum(r[2] for r in RECORD), sum(r[4] for r in RECORD)
    last = RECORD[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{NYUSATSU} 募集要領", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(NYUSATSU_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　目的", H1)]
    st += paras(f"""
県内の中小企業が、外国の政府や国際機関が行う調達の入札に参加し、海外に新たな販路を得られるよう、入札への参加に要する経費の一部を補助します。制度を始めた令和３年度（2021年度）から令和６年度までに、延べ{n_all}件、{amt_all:,}千円を交付しました。
""", 0)
    st += [P("２　募集の概要", H1)]
    st += lv_lines([
        ("補助事業名", NYUSATSU),
        ("補助対象者", "県内に本社又は主たる事業所を有する中小企業者（個人事業主を含む。）で、海外公共調達の入札に参加しようとするもの"),
        ("募集期間", "令和７年５月12日から６月20日まで（必着）"),
        ("予算額", "24,000千円"),
        ("採択予定件数", "15件程度"),
        ("補助事業期間", "交付決定の日から令和８年２月27日まで"),
    ], 0)
    st += paras("""
この要領において「海外公共調達」とは、外国の政府、地方政府及び政府関係機関並びに国際機関が行う物品、役務及び工事の調達をいいます。「共同応札」とは、県内の中小企業者２者以上が共同企業体を組んで、１件の入札に参加することをいいます。また、「小規模企業者」とは、常時使用する従業員の数が20人（商業又はサービス業は５人）以下の中小企業者をいいます。
""", 0)
    st += [P("３　補助対象経費と補助率", H1)]
    st += paras("補助率は申請者の区分によって、上限額は応札の形態によって、経費区分ごとに次のとおりです。", 0)
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「小規模企業者」の欄は申請者が小規模企業者である場合に、「共同応札」の欄は共同企業体の代表者が共同応札について申請する場合に適用します。",
        f"※２ 補助金の額は、１件当たり{FIRM_CAP:,}千円（共同応札は{FIRM_CAP_JOINT:,}千円）を上限とし、千円未満の端数は切り捨てます。",
        "※３ 共同応札の場合の補助率は、代表者の区分によります。",
    ])
    st += paras("次の経費は補助の対象になりません。", 0)
    st += bullets(EXCLUDED, 0)
    st += [P("４　申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（国際経済課又は{NYUSATSU_DESK}へ）",
        "② 申請書の提出（募集期間内に、参加を予定する入札の公告の写しと見積書を添えて提出）",
        "③ 審査（書類審査と面談、令和７年７月上旬）",
        "④ 採択と交付決定の通知（令和７年７月下旬）",
        "⑤ 補助事業の実施（令和８年２月27日までに完了すること）",
        "⑥ 実績報告（事業の完了から30日以内。遅くとも令和８年３月６日まで）",
        "⑦ 補助金の額の確定と支払（令和８年３月）",
    ], 0)
    st += [P("５　これまでの実績", H1)]
    st += paras(f"""
申請件数は毎年増えており、令和６年度は{last[1]}件の申請があり、{last[2]}件を採択しました（うち共同応札{fw(last[3])}件）。発注者の区分別では、令和６年度は国際機関の案件への交付が最も多くなりました。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += notes([
        "※４ 共同応札の枠は令和５年度に設けたため、令和４年度以前の欄は「－」としています。落札件数は、採択した案件のうち落札に至ったものの数です（令和７年３月末現在）。",
    ])
    st += table_with_unit(buyers) + [Spacer(1, 2)]
    st += notes([
        "※５ 「国際協力の案件」は、開発途上国向けの円借款等の資金による案件で、発注者が外国政府であってもこの区分に含めます。「その他」は、外国の公営企業等です。",
    ])
    st += [CondPageBreak(SIBLING_ROOM + 12 * mm), P("６　活用事例（令和６年度）", H1)]
    for i, (head, what, kind, amount, _items) in enumerate(NYU_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("入札の内容", what), ("申請の区分", kind), ("補助金の額", amount)], 1)
    st += [P("７　よくある質問", H1)]
    qa = [
        ("入札に参加したものの、落札できなかった場合は、補助金を返還しなければなりませんか。",
         "返還の必要はありません。補助金は、落札したかどうかにかかわらず交付します。"),
        ("同じ年度に、二つの入札について申請できますか。",
         "できません。申請は１事業者１件とし、共同企業体の構成員として加わる場合も１件と数えます。"),
        ("県外の企業と共同企業体を組む場合も、共同応札の上限額が使えますか。",
         "使えません。構成員の全てが県内の中小企業者である場合に限ります。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{NYUSATSU_DEPT} 海外市場班　電話：099-651-2410　ファクス：099-651-2419",
        f"{NYUSATSU_DESK}（公益財団法人榛県産業振興機構内、事前相談）　電話：099-651-2500",
        "電子メール：hashibami-nyusatsu@example.jp",
    ]))
    return st


# ================================================================ document 2: technology licensed abroad, survey report
GIJUTSU = f"{PREF}内企業の海外への技術供与に関する実態調査"
GIJUTSU_DEPT = f"{PREF} 産業政策部 産業振興課"
KIKO = f"公益財団法人{PREF}産業振興機構"
TARGET = 900  # 調査対象の企業
INDUSTRIES = [  # 業種, 回答企業数（社）, 供与実施企業（社）, 供与件数（件） (調査基準日現在)
    ("食料品", 38, 4, 6), ("化学", 29, 9, 21), ("プラスチック・ゴム", 27, 5, 9), ("金属製品", 46, 6, 10),
    ("一般機械", 58, 17, 44), ("電気機械", 41, 13, 35), ("輸送用機械", 33, 10, 29),
    ("精密機械", 24, 8, 18), ("情報通信業", 36, 7, 15), ("その他", 40, 3, 4),
]
SIZES = (("中小企業", 301, 49), ("大企業", 71, 33))  # 回答企業数, うち供与実施企業 (prose only)
FORMS = ("特許等の実施許諾（件）", "技術指導（件）", "ノウハウの提供（件）")
DESTINATIONS = [  # 供与先: (件数, うち中小企業) for each form in FORMS
    ("中国", (14, 3), (19, 8), (8, 2)), ("台湾", (7, 2), (9, 4), (5, 2)), ("韓国", (6, 1), (5, 1), (3, 0)),
    ("タイ", (5, 2), (14, 7), (6, 3)), ("ベトナム", (2, 1), (12, 6), (4, 2)),
    ("インドネシア", (3, 1), (8, 4), (3, 1)), ("インド", (4, 1), (6, 2), (2, 1)),
    ("米国", (11, 2), (5, 1), (4, 1)), ("ＥＵ", (6, 1), (3, 0), (2, 0)), ("その他", (4, 1), (7, 2), (4, 1)),
]
ISSUES = [  # 技術供与の課題, 回答数: 中小企業, 大企業 (複数回答)
    ("技術の流出・模倣への懸念", 31, 24), ("契約書の作成・交渉の負担", 27, 11),
    ("対価の回収・送金の手間", 14, 9), ("相手先の管理・監督の難しさ", 12, 13),
    ("現地の法制度・税制の理解", 18, 10), ("担当する人材の不足", 21, 6),
]
NEW_FIRMS = 14  # firms that began licensing in 令和５年度 or later (prose only)
PLANNING = 47  # firms considering licensing but not yet doing it (prose only)
FEE_FIRMS, FEE_TOTAL = 76, 14  # firms that gave their 対価 of 令和５年度, and its total in 億円 (prose only)
GIJ_CASES = [  # 見出し, 供与先, 供与の内容, 対価の受け取り方 (same labels in every sibling section)
    ("精密機械製造業Ｄ社（榛市）", "タイの合弁会社", "検査装置の組立技術の指導", "売上高の３％のロイヤルティ"),
    ("食料品製造業Ｅ社（霞野市）", "台湾の食品メーカー", "発酵調味料の製法（ノウハウ）の提供", "契約時の一時金と年１回の定額払い"),
    ("ソフトウェア開発業Ｆ社（岬田町）", "米国の販売代理店", "画像処理の特許の実施許諾", "販売１本当たりの定額"),
]


def respondents() -> int:
    return sum(r[1] for r in INDUSTRIES)


def licensors() -> int:
    return sum(r[2] for r in INDUSTRIES)


def split_firms() -> tuple[int, int, int]:
    """供与実施企業: all, 中小企業, 大企業 (the ｎ of the unruled table)."""
    return licensors(), SIZES[0][2], SIZES[1][2]


def gijutsu_specs():
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in INDUSTRIES]
    rows.append(["合計"] + [fw(sum(r[j] for r in INDUSTRIES)) for j in (1, 2, 3)])
    industries = TableSpec(
        key="industries", doc=GIJUTSU_PDF, title="業種別の回答企業と技術供与の状況",
        header=[["業種", "回答企業数（社）", "供与実施企業（社）", "供与件数（件）"]],
        rows=rows, col_widths=[44 * mm, 36 * mm, 36 * mm, 36 * mm], table_fy=2024, repeat_header=False,
    )
    industries.unit = lambda row, c, s=industries: bracket_unit(s.column_label(c))
    drows = [[d] + [sub_cell(n, k) for n, k in forms] for d, *forms in DESTINATIONS]
    drows.append(["合計"] + [sub_cell(sum(r[j][0] for r in DESTINATIONS), sum(r[j][1] for r in DESTINATIONS))
                            for j in (1, 2, 3)])
    destinations = TableSpec(
        key="destinations", doc=GIJUTSU_PDF, title="供与先の国・地域別、形態別の供与件数",
        header=[["供与先", *FORMS]],
        rows=drows, col_widths=[34 * mm, 44 * mm, 36 * mm, 40 * mm], table_fy=2024,
    )
    destinations.unit = lambda row, c, s=destinations: bracket_unit(s.column_label(c))
    n_all, n_s, n_l = split_firms()
    issues = TableSpec(
        key="issues", doc=GIJUTSU_PDF, title="技術供与の課題（複数回答）",
        header=[["技術供与の課題", "全体", "中小企業", "大企業"]],
        rows=[[x, cell(pct1(a + b, n_all)), cell(pct1(a, n_s)), cell(pct1(b, n_l))] for x, a, b in ISSUES],
        col_widths=[66 * mm, 26 * mm, 26 * mm, 26 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return industries, destinations, issues


def gijutsu_story(specs):
    industries, destinations, issues = specs
    total, n = respondents(), licensors()
    cases = sum(r[3] for r in INDUSTRIES)
    n_all, n_s, n_l = split_firms()
    (s_name, s_n, s_t), (l_name, l_n, l_t) = SIZES
    forms = [sum(r[j][0] for r in DESTINATIONS) for j in (1, 2, 3)]
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{GIJUTSU} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年２月", DATE_RIGHT), P(GIJUTSU_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県内企業による海外への技術供与の実態と課題を把握し、技術の保護と活用を支える施策に役立てるため"),
        ("調査対象", f"県内に本社を置く製造業及び情報通信業の企業 {TARGET:,}社（無作為抽出）"),
        ("調査基準日", "令和６年（2024年）８月１日"),
        ("調査期間", "令和６年８月19日から９月20日まで"),
        ("調査方法", "郵送及びウェブによるアンケート"),
        ("調査項目", "技術供与の有無、供与先、供与の形態、対価、課題及び県への要望"),
        ("回答数", f"{total}社（回答率{pct1(total, TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「技術供与」とは、特許等の実施許諾、技術指導又はノウハウの提供により、海外の企業等に自社の技術を使わせることをいい、製品の輸出及び海外の子会社への出資のみのものは含まない。「供与実施企業」とは、調査基準日において技術供与の契約が有効である企業をいう。また、「中小企業」とは、中小企業基本法に定める中小企業者をいい、それ以外の企業を「大企業」という。
""", 0)
    st += [P("２　技術供与の実施状況", H1)]
    st += paras(f"""
技術供与を行っている企業は、回答企業{total}社のうち{n}社（{pct1(n, total)}％）で、供与の件数は合わせて{cases}件であった。企業規模別では、大企業は{l_n}社のうち{l_t}社が技術供与を行っているが、中小企業は{s_n}社のうち{s_t}社にとどまった。令和５年度以降に初めて技術供与を始めた企業は{NEW_FIRMS}社あった。また、技術供与を検討しているが実施に至っていない企業が{PLANNING}社あり、その理由としては「技術の流出への不安」と「適当な相手先が見つからない」が多く挙げられた。
""", 0)
    st += paras(f"""
供与実施企業が令和５年度に受け取った対価は、回答のあった{FEE_FIRMS}社の合計で約{FEE_TOTAL}億円であった。技術供与を始めたきっかけは「海外の取引先からの求め」が最も多く、「自社製品の販路の拡大」、「海外の生産委託先の品質の向上」がこれに続いた。
業種別では、一般機械が供与実施企業数、供与件数ともに最も多く、供与件数ではこれに電気機械、輸送用機械が続く。一方、食料品とその他では、供与実施企業は回答企業の１割程度にとどまった。
""", 0)
    st += [caption(industries.title, "（調査基準日現在）", keep=False), industries.flowable(), Spacer(1, 2)]
    st += notes(["※１ 「その他」は、繊維、木材・木製品、窯業・土石等である。１社が複数の契約を結んでいる場合は、契約ごとに１件と数えた。"])
    st += [P("３　供与先と供与の形態", H1)]
    st += paras(f"""
供与先は中国が最も多く、アジア以外では米国が最も多い。形態別では技術指導が{forms[1]}件で最も多く、特許等の実施許諾が{forms[0]}件、ノウハウの提供が{forms[2]}件であった。
""", 0)
    st += [caption(destinations.title, "（調査基準日現在）"), destinations.flowable(), Spacer(1, 2)]
    st += notes([
        "※２ 括弧内は、中小企業による供与の件数で、内数である。",
        "※３ 「ＥＵ」はＥＵ加盟国への供与の合計である。「その他」は、マレーシア、メキシコ、ブラジル等である。",
    ])
    st += [P("４　企業の事例", H1)]
    for i, (head, to, what, how) in enumerate(GIJ_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("供与先", to), ("供与の内容", what), ("対価の受け取り方", how)], 1)
    st += [P("５　技術供与の課題", H1)]
    st += paras("""
全体、中小企業、大企業のいずれでも「技術の流出・模倣への懸念」が最も多かった。中小企業では「契約書の作成・交渉の負担」が、大企業では「相手先の管理・監督の難しさ」が２番目に多い。
""", 0)
    st += [caption(issues.title, "（単位：％）"), issues.flowable(), Spacer(1, 2)]
    st += notes([
        f"※４ 供与実施企業（全体{n_all}社、中小企業{n_s}社、大企業{n_l}社）が回答した。複数回答のため、合計は100％にならない。",
    ])
    st += [P("６　県への主な要望（自由記述）", H1)]
    st += bullets([
        "技術供与の契約書のひな形を、英語と中国語で用意してほしい。",
        "供与先の国の税制（源泉徴収等）を相談できる窓口を設けてほしい。",
        "技術流出を防ぐための社内の管理方法を学べるセミナーを開いてほしい。",
    ], 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        f"① {KIKO}の知的財産相談に、技術供与の契約を扱う専門家を令和７年度から置く。",
        "② 技術流出防止のセミナーを、年３回開く。",
        "③ 供与先の国・地域別の税制と送金の手続を、県のウェブサイトにまとめて掲載する。",
        "④ 次回の調査は、令和９年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{GIJUTSU_DEPT} 調査班　電話：099-654-3120　ファクス：099-654-3129",
        f"{KIKO}（知的財産相談）　電話：099-654-3200",
        "電子メール：hashibami-gijutsu@example.jp",
    ]))
    return st


# ================================================================ document 3: trade information library, user guide
SHIRYO = f"{PREF}貿易情報資料室"
SHIRYO_DEPT = f"{PREF} 商工労働部 貿易振興課"
KAI = f"一般財団法人{PREF}国際貿易振興会"
SERVICES = [  # 見出し, 利用できる者, 利用の方法, 料金 (same labels in every sibling section)
    ("資料の閲覧", "どなたでも", "開室時間内に直接来室（予約は不要）", "無料（複写はモノクロ１枚10円）"),
    ("データベースの利用", "事業者及び支援機関・行政（学生・個人は利用できません）",
     "前日までにウェブで端末を予約", "利用時間に応じて有料（下表のとおり）"),
    ("レファレンス", "県内の事業者、支援機関・行政及び県民", "来室、電話又は電子メールで相談", "無料"),
]
FEES = [  # 利用時間, 県内中小企業（円）, その他の利用者（円） (令和７年度)
    ("１時間以内", 300, 600), ("１時間超２時間以内", 600, 1200), ("２時間超４時間以内", 1000, 2000),
    ("４時間超", 1500, 3000),
]
USERS = [  # 利用者の区分, 来室者数（人）, データベース利用（件）, レファレンス（件） (令和６年度; None: not offered)
    ("県内中小企業", 1284, 642, 318), ("県内大企業", 236, 118, 41), ("県外の事業者", 187, 74, None),
    ("支援機関・行政", 143, 35, 27), ("学生・個人", 402, None, 12),
]
DB_YEARS = (2022, 2023, 2024)
DATABASES = [  # データベース: 利用件数 in 令和４, ５, ６年度
    ("貿易統計データベース", 214, 256, 301), ("海外企業情報データベース", 168, 221, 278),
    ("関税率・規制データベース", 97, 134, 187), ("海外市場レポート集", 88, 102, 103),
]
PREV_VISITORS = 2031  # 令和５年度の来室者数 (prose only)


def shiryo_specs():
    fees = TableSpec(
        key="fees", doc=SHIRYO_PDF, title="データベースの利用料金（１日当たり）",
        header=[["利用時間", "県内中小企業（円）", "その他の利用者（円）"]],
        rows=[[n, fw(a), fw(b)] for n, a, b in FEES],
        col_widths=[54 * mm, 42 * mm, 42 * mm], table_fy=2025,
    )
    fees.unit = lambda row, c, s=fees: bracket_unit(s.column_label(c))
    urows = [[n, cell(a), cell(b), cell(c)] for n, a, b, c in USERS]
    urows.append(["合計"] + [fw(sum(r[j] or 0 for r in USERS)) for j in (1, 2, 3)])
    users = TableSpec(
        key="users", doc=SHIRYO_PDF, title="利用者の区分別の利用状況",
        header=[["利用者の区分", "来室者数（人）", "データベース利用（件）", "レファレンス（件）"]],
        rows=urows, col_widths=[40 * mm, 32 * mm, 40 * mm, 32 * mm], table_fy=2024,
    )
    users.unit = lambda row, c, s=users: bracket_unit(s.column_label(c))
    brows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in DATABASES]
    brows.append(["合計"] + [fw(sum(r[j] for r in DATABASES)) for j in (1, 2, 3)])
    databases = TableSpec(
        key="databases", doc=SHIRYO_PDF, title="データベース別の利用件数",
        header=[["データベース"] + [era(y) for y in DB_YEARS]],
        rows=brows, col_widths=[52 * mm, 30 * mm, 30 * mm, 30 * mm], unit="件",
    )
    return fees, users, databases


def shiryo_story(specs):
    fees, users, databases = specs
    visitors = sum(r[1] for r in USERS)
    refs = sum(r[3] or 0 for r in USERS)
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{SHIRYO} 利用案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(SHIRYO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　資料室の概要", H1)]
    st += paras("""
貿易情報資料室は、海外との取引に必要な統計、市場の情報、関税率や規制の情報を集めた県の資料室です。海外の取引先を探すとき、輸出先の市場を調べるとき、商談の準備をするときにご利用ください。
""", 0)
    st += lv_lines([
        ("施設名", SHIRYO),
        ("設置者", PREF),
        ("運営", f"{KAI}（県からの委託）"),
        ("所在地", "榛市本町二丁目４番１号 榛県国際ビジネス会館３階"),
        ("開室時間", "平日９時から18時まで（第２・第４土曜日は10時から16時まで）"),
        ("休室日", "日曜日、祝日、第１・第３・第５土曜日及び年末年始（12月29日から１月３日まで）"),
    ], 0)
    st += paras("""
この案内において「県内中小企業」とは、県内に事業所を有する中小企業基本法に定める中小企業者（個人事業主を含む。）をいいます。「利用時間」とは、予約した開始時刻から端末の利用を終えた時刻までの時間をいい、途中で席を離れた時間も含みます。また、「レファレンス」とは、利用者の調べものについて、職員が資料やデータベースの探し方を案内し、又は代わりに調べて回答することをいいます。
""", 0)
    st += [P("２　サービスの内容", H1)]
    for i, (head, who, how, fee) in enumerate(SERVICES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("利用できる者", who), ("利用の方法", how), ("料金", fee)], 1)
    st += [P("３　データベースの利用料金", H1)]
    st += paras("データベースの利用料金は、利用時間と利用者の区分によって次のとおりです（消費税込み）。", 0)
    st += [caption(fees.title, "（令和７年度）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「その他の利用者」は、県内中小企業以外の事業者及び支援機関・行政をいいます。",
        "※２ 同じ日に２回以上利用した場合は、利用時間を合計して料金を計算します。別の日の利用は合計しません。",
        "※３ 印刷は、１枚につき20円を別にいただきます。",
    ])
    st += [P("４　データベースの利用の手順", H1)]
    st += numbered([
        "① 利用者登録（初回のみ。ウェブの登録フォームに事業者名と担当者を記入）",
        "② 端末の予約（利用日の前日17時まで。１回の予約は４時間まで）",
        "③ 来室と受付（登録証を提示し、端末の番号を受け取る）",
        "④ 利用（終了時に受付で利用時間を確認）",
        "⑤ 料金の支払（受付で現金又はキャッシュレス決済）",
    ], 0)
    st += [P("５　利用の状況", H1)]
    st += paras(f"""
令和６年度の来室者数は{visitors:,}人で、前年度の{PREV_VISITORS:,}人から{visitors - PREV_VISITORS}人増えました。レファレンスは{refs}件で、このうち県内中小企業からの相談が最も多くなっています。データベースの利用は毎年増えており、特に関税率・規制データベースの利用が伸びています。
""", 0)
    st += [caption(users.title, "（令和６年度）"), users.flowable(), Spacer(1, 2)]
    st += notes(["※４ 「－」は、その区分の利用者が利用できないサービスです。来室者数は受付の記録によるもので、レファレンスには電話と電子メールによるものを含みます。"])
    st += [caption(databases.title, "（単位：件）"), databases.flowable(), Spacer(1, 2)]
    st += notes(["※５ 端末の予約１回を１件と数えました。「海外市場レポート集」は、国・地域別の市場調査報告書を収めたものです。"])
    st += [P("６　利用上の注意", H1)]
    st += bullets([
        "資料の館外への貸出しは行っていません。",
        "データベースから得た情報を、第三者に販売し、又は配布することはできません。",
        "予約の取消しは、利用日の前日17時までにウェブで行ってください。",
        "レファレンスの回答は、資料室が持つ資料とデータベースの範囲によるものです。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{SHIRYO_DEPT} 国際情報班　電話：099-657-4230　ファクス：099-657-4239",
        f"{SHIRYO}（{KAI}、予約・レファレンス）　電話：099-657-4300",
        "電子メール：hashibami-shiryo@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return nyusatsu_specs() + gijutsu_specs() + shiryo_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    nspecs, gspecs, sspecs = nyusatsu_specs(), gijutsu_specs(), shiryo_specs()
    ndoc = build_pdf(docs_dir / NYUSATSU_PDF, nspecs, nyusatsu_story(nspecs),
                     f"令和７年度 {NYUSATSU} 募集要領", "令和７年４月", NYUSATSU_DEPT)
    gdoc = build_pdf(docs_dir / GIJUTSU_PDF, gspecs, gijutsu_story(gspecs),
                     f"令和６年度 {GIJUTSU} 報告書", "令和７年２月", GIJUTSU_DEPT)
    sdoc = build_pdf(docs_dir / SHIRYO_PDF, sspecs, shiryo_story(sspecs),
                     f"令和７年度 {SHIRYO} 利用案内", "令和７年４月", SHIRYO_DEPT)
    gold = all_gold({NYUSATSU_PDF: ndoc.row_pages, GIJUTSU_PDF: gdoc.row_pages, SHIRYO_PDF: sdoc.row_pages})
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
    # --- nyusatsu: the public-tender subsidy call, tables (a) (b) (c), definitions, costs not covered, sibling sections, Q&A
    dict(question="従業員が15人の精密部品メーカーが、海外の入札に単独で参加するために、入札書類の作成と翻訳を外注したいそうです。補助率は何％ですか？",
         category="nyusatsu", doc=NYUSATSU_PDF,
         evidence=["常時使用する従業員の数が20人", "入札書類の作成・翻訳 50 70 800 1,200"], answer=["70"],
         notes="two facts: 15人 in manufacturing is within the 20人 of 小規模企業者 (definition in ２), and note ※１ "
               "puts the applicant under the 小規模企業者 column; (a) two-level header, leaf 補助率（％）／小規模企業者; "
               "50 (中小企業者) is the trap"),
    dict(question="2025年度の募集で、県内の会社３社が共同企業体を組んで応札する場合、専門家に支払う経費の上限額はいくらですか？",
         category="nyusatsu", doc=NYUSATSU_PDF, evidence=["専門家の活用 50 70 1,000 1,500"], answer=["1,500"],
         notes="(a) leaf 上限額（千円）／共同応札 (the 共同応札 definition: two or more 県内の中小企業者 in a 共同企業体); "
               "1,000 (単独応札) is the trap; 2025年度 = 令和７年度 (the call prints only 2021年度 in Western form)"),
    dict(question="社員８人の水道設備の会社が、単独で入札に参加するための現地調査の渡航費に900千円かかる見込みです。補助金はいくらになりますか？",
         category="nyusatsu", doc=NYUSATSU_PDF,
         evidence=["常時使用する従業員の数が20人", "現地調査のための渡航 50 60 600 900"], answer=["540千円"],
         computed=True,
         notes="three facts: ８人 is a 小規模企業者 (definition in ２), so (a) leaf 補助率（％）／小規模企業者 = 60; the "
               "single-bid cap 上限額（千円）／単独応札 is 600: 900 × 60 % = 540千円, under the cap (54万円); 450 (at 50 %) "
               "and 600 or 900 (the caps) are the traps"),
    dict(question="2023年度に、共同応札で採択された案件は何件ありましたか？",
         category="nyusatsu", doc=NYUSATSU_PDF, evidence=["令和５年度 18 12 ３ 17,360 ４"], answer=["３"],
         notes="(b) years as rows: 2023年度 = 令和５年度; column うち共同応札（件）; ４ (落札件数) and 12 (採択件数) "
               "are the traps"),
    dict(question="令和４年度の実績を見ると、共同応札の件数が「－」になっています。これはなぜですか？",
         category="nyusatsu", doc=NYUSATSU_PDF, evidence=["共同応札の枠は令和５年度に設けたため"], answer=["令和５年度に設けた"],
         notes="(b) a `－` cell (no gold cell) explained by note ※４: the 共同応札 window opened in 令和５年度; "
               "０件 would be a wrong reading"),
    dict(question="政府関係機関が発注する案件への交付額は、令和５年度から令和６年度にかけてどれだけ増減しましたか？",
         category="nyusatsu", doc=NYUSATSU_PDF, evidence=["政府関係機関 4,310 3,870 ▲440"], answer=["▲440"],
         notes="(c) the 増減 column, ▲ = a decrease: 440千円 less (the unit only in the line （単位：千円） above the "
               "table's top right); 4,310 and 3,870 are the year columns"),
    dict(question="2024年度の交付額のうち、国際機関が発注する案件は何％を占めていますか？",
         category="nyusatsu", doc=NYUSATSU_PDF, evidence=["国際機関 3,650 7,650 4,000", "合計 17,360 22,940 5,580"],
         answer=["33.3%"], computed=True,
         notes="(c) share within a year column: 7,650 / 22,940 = 33.3 % (2024年度 = 令和６年度; 22,940 is also (b)'s "
               "交付額); 4,000 / 5,580 (the 増減 column) is a wrong reading"),
    dict(question="ベトナム政府が発注する、円借款の資金による案件への2024年度の交付額はいくらでしたか？",
         category="nyusatsu", doc=NYUSATSU_PDF,
         evidence=["発注者が外国政府であってもこの区分に含めます", "国際協力の案件 2,980 2,510 ▲470"], answer=["2,510"],
         notes="two facts: note ※５ puts yen-loan projects under 国際協力の案件 even when a foreign government orders "
               "them; (c) row 国際協力の案件, column 令和６年度 (2024年度); 6,980 (外国政府・地方政府) is the trap"),
    dict(question="測量機器メーカーの活用事例では、補助金はいくら交付されましたか？",
         category="nyusatsu", doc=NYUSATSU_PDF, evidence=["（２）測量機器製造業Ｂ社", "補助金の額：2,880千円"],
         answer=["2,880千円"],
         notes="sibling sections （１）–（３） of ６ share the labels 入札の内容, 申請の区分, 補助金の額; （２）測量機器製造業Ｂ社 "
               "(測量機器メーカー = 測量機器製造業); 1,320千円 and 960千円 are the siblings' values"),
    dict(question="落札した後に、製品を現地まで運ぶ輸送費は、この補助金の対象になりますか？",
         category="nyusatsu", doc=NYUSATSU_PDF,
         evidence=["次の経費は補助の対象になりません", "落札後の契約の履行（製品の製造、輸送、据付け、工事等）"],
         answer=["対象になりません"],
         notes="the costs not covered (the lead sentence on page 1, the items on page 2): 落札後の契約の履行 includes "
               "輸送; 現地調査のための渡航 (covered) is a near miss"),
    dict(question="入札に参加したけれど落札できなかった場合、受け取った補助金は返さないといけませんか？",
         category="nyusatsu", doc=NYUSATSU_PDF, evidence=["返還の必要はありません"], answer=["返還の必要はありません"],
         notes="Q&A: Ａ of Ｑ１ (no repayment; the grant does not depend on winning)"),
    # --- gijutsu: the survey of technology licensed abroad, tables (d) (e) (f), a definition, sibling sections
    dict(question="技術供与の実態調査は、回答率が何％でしたか？",
         category="gijutsu", doc=GIJUTSU_PDF, evidence=["回答数：372社（回答率41.3％）"], answer=["41.3"],
         notes="「label：value」 line 回答数 (372 of the 900社 of 調査対象); 22.0 % (供与実施企業) is a near miss"),
    dict(question="海外の子会社に出資しているだけで、技術は何も提供していない会社は、この調査でいう「技術供与」に当たりますか？",
         category="gijutsu", doc=GIJUTSU_PDF, evidence=["海外の子会社への出資のみのものは含まない"], answer=["含まない"],
         notes="definition 「技術供与」とは…製品の輸出及び海外の子会社への出資のみのものは含まない (a no)"),
    dict(question="令和６年度の調査で、回答した中小企業のうち技術供与を行っている企業の割合はどのくらいですか？",
         category="gijutsu", doc=GIJUTSU_PDF, evidence=["中小企業は301社のうち49社"], answer=["16.3%"], computed=True,
         notes="prose of ２ (firm sizes, in no table): 49 / 301 = 16.3 % (大企業 33 / 71 and 全体 22.0 % are near misses)"),
    dict(question="電気機械の会社による技術供与は、全部で何件ありましたか？",
         category="gijutsu", doc=GIJUTSU_PDF, evidence=["電気機械 41 13 35"], answer=["35"],
         notes="(d) continuation page (no header there): row 電気機械, column 供与件数（件）; 13 (供与実施企業) and 41 "
               "(回答企業数) are the traps"),
    dict(question="一般機械の業種では、技術供与をしている会社１社当たり、平均何件の供与をしている計算になりますか？",
         category="gijutsu", doc=GIJUTSU_PDF, evidence=["一般機械 58 17 44"], answer=["2.6件"], computed=True,
         notes="(d) average in a row on the first page: 44 / 17 = 2.6件 (44 / 58 over all respondents is a wrong reading)"),
    dict(question="タイへの技術指導のうち、中小企業によるものは何件ですか？",
         category="gijutsu", doc=GIJUTSU_PDF, evidence=["タイ ５（２） 14（７） ６（３）", "括弧内は、中小企業による供与の件数"],
         answer=["７"],
         notes="two facts: (e) a count with a sub-count in brackets, row タイ, column 技術指導（件）; note ※２ says the "
               "bracket is the 中小企業 part; 14 (all firms) is the trap"),
    dict(question="特許などの実施許諾の件数が２番目に多い供与先はどこですか？",
         category="gijutsu", doc=GIJUTSU_PDF, evidence=["米国 11（２） ５（１） ４（１）"], answer=["米国"],
         notes="(e) ranking in the column 特許等の実施許諾（件） by the counts before the brackets: 中国 14, 米国 11, 台湾 7 "
               "(the rows are in geographic order; the prose names 米国 only as the largest outside Asia); second-largest"),
    dict(question="技術指導の件数全体のうち、中小企業によるものは何％を占めていますか？",
         category="gijutsu", doc=GIJUTSU_PDF, evidence=["合計 62（15） 88（35） 41（13）"], answer=["39.8%"],
         computed=True,
         notes="(e) the 合計 row: the bracketed sub-count over the count, 35 / 88 = 39.8 % (note ※２)"),
    dict(question="技術供与の契約書づくりや交渉の負担を課題に挙げた割合は、中小企業と大企業で何ポイントの差がありますか？",
         category="gijutsu", doc=GIJUTSU_PDF, evidence=["契約書の作成・交渉の負担 46.3 55.1 33.3"], answer=["21.8ポイント"],
         computed=True,
         notes="(f) unruled table, the columns 中小企業 and 大企業: 55.1 − 33.3 = 21.8ポイント; 46.3 (全体) is the trap"),
    dict(question="台湾の会社に発酵調味料の作り方を教えている食品会社の事例では、対価をどのように受け取っていますか？",
         category="gijutsu", doc=GIJUTSU_PDF,
         evidence=["（２）食料品製造業Ｅ社", "対価の受け取り方：契約時の一時金と年１回の定額払い"],
         answer=["契約時の一時金と年１回の定額払い"],
         notes="sibling sections （１）–（３） of ４ share the labels 供与先, 供与の内容, 対価の受け取り方; （２）食料品製造業Ｅ社; "
               "売上高の３％のロイヤルティ and 販売１本当たりの定額 are the siblings' values"),
    # --- shiryo: the trade information library guide, tables (g) (h) (i), a definition, notes, sibling sections
    dict(question="大学のゼミで海外企業を調べている学生が、資料室のデータベースの端末を使うことはできますか？",
         category="shiryo", doc=SHIRYO_PDF, evidence=["（２）データベースの利用", "学生・個人は利用できません"],
         answer=["利用できません"],
         notes="sibling sections （１）–（３） of ２ share the labels 利用できる者, 利用の方法, 料金; （２）データベースの利用; "
               "（１）資料の閲覧 (どなたでも) is the trap"),
    dict(question="県内の中小企業の社員が、同じ日の午前に２時間、午後に１時間データベースを使いました。料金はいくらですか？",
         category="shiryo", doc=SHIRYO_PDF,
         evidence=["利用時間を合計して料金を計算します", "２時間超４時間以内 1,000 2,000"], answer=["1,000"],
         notes="two facts: note ※２ adds up the uses of one day (３時間), then (g) fee brackets as row labels, row "
               "２時間超４時間以内, column 県内中小企業（円）; 600 + 300 = 900 (two separate uses) is the trap"),
    dict(question="2025年度に、県外の商社がデータベースの端末を45分だけ使う場合、料金はいくらですか？",
         category="shiryo", doc=SHIRYO_PDF, evidence=["１時間以内 300 600"], answer=["600"],
         notes="(g) row １時間以内, column その他の利用者（円） (note ※１: every user but a 県内中小企業); 300 is the trap; "
               "2025年度 = 令和７年度 (the guide prints no Western year)"),
    dict(question="県外の会社が、別々の日に２回、それぞれ３時間ずつデータベースを使う予定です。料金は合わせていくらになりますか？",
         category="shiryo", doc=SHIRYO_PDF,
         evidence=["別の日の利用は合計しません", "２時間超４時間以内 1,000 2,000"], answer=["4,000円"], computed=True,
         notes="note ※２ (days are not added up) and (g) row ２時間超４時間以内, column その他の利用者（円）: 2,000 × 2 = "
               "4,000円; 3,000 (the six hours added up, ４時間超) is the trap"),
    dict(question="2024年度、支援機関や行政の職員によるデータベースの利用は何件でしたか？",
         category="shiryo", doc=SHIRYO_PDF, evidence=["支援機関・行政 143 35 27"], answer=["35"],
         notes="(h) row 支援機関・行政, column データベース利用（件）; 2024年度 = 令和６年度; 143 (来室者数) and 27 "
               "(レファレンス) are the traps"),
    dict(question="令和６年度の来室者のうち、県内の中小企業の人は何％を占めていますか？",
         category="shiryo", doc=SHIRYO_PDF, evidence=["県内中小企業 1,284 642 318", "合計 2,252 869 398"],
         answer=["57.0%"], computed=True,
         notes="(h) share within a column: 1,284 / 2,252 = 57.0 %"),
    dict(question="2023年度に、関税率や規制のデータベースは何件利用されましたか？",
         category="shiryo", doc=SHIRYO_PDF, evidence=["関税率・規制データベース 97 134 187"], answer=["134"],
         notes="(i) fiscal years as columns: 2023年度 = 令和５年度; 97 and 187 are the neighbouring years"),
    dict(question="海外企業情報データベースの利用件数は、令和４年度から令和６年度までに何件増えましたか？",
         category="shiryo", doc=SHIRYO_PDF, evidence=["海外企業情報データベース 168 221 278"], answer=["110件"],
         computed=True,
         notes="(i) difference across the year columns: 278 − 168 = 110件"),
    # --- followups
    dict(question="では、その経費で共同応札をする場合、上限額はいくらですか？",
         category="followup", doc=NYUSATSU_PDF, evidence=["入札情報の収集・分析 50 60 300 500"], answer=["500"],
         history=_turns("入札情報を集めて分析する経費について、中小企業者の補助率は何％ですか？",
                        "中小企業者の補助率は50％です[1]。"),
         notes="(a) the row from the history (入札情報の収集・分析), leaf 上限額（千円）／共同応札; 300 (単独応札) is the trap"),
    dict(question="その年度に採択された案件のうち、落札できたのは何件ですか？",
         category="followup", doc=NYUSATSU_PDF, evidence=["令和６年度 23 15 ５ 22,940 ３"], answer=["３"],
         history=_turns("2024年度は何件の申請がありましたか？",
                        "2024年度（令和６年度）の申請は23件でした[1]。"),
         notes="(b) the year from the history (2024年度 = 令和６年度), column 落札件数（件）; ５ (うち共同応札) is the trap"),
    dict(question="その業種で、調査に回答した企業は何社でしたか？",
         category="followup", doc=GIJUTSU_PDF, evidence=["輸送用機械 33 10 29"], answer=["33"],
         history=_turns("輸送用機械の会社で、技術供与を行っているのは何社ですか？",
                        "輸送用機械で技術供与を行っている企業は10社です[1]。"),
         notes="(d) continuation page: the row from the history (輸送用機械), column 回答企業数（社）; 29 (供与件数) is the trap"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=SHIRYO_PDF, evidence=["電話：099-657-4300"], answer=["099-657-4300"],
         history=_turns("データベースの端末の予約について相談したい会社があります。どこに問い合わせればよいですか？",
                        "予約とレファレンスは、榛県貿易情報資料室が受け付けています[1]。"),
         notes="contact box of the guide: the 資料室's phone (second line); the 班's phone 099-657-4230 and fax "
               "099-657-4239 (first line) are the near misses"),
    dict(question="その前の年度は何件でしたか？",
         category="followup", doc=SHIRYO_PDF, evidence=["貿易統計データベース 214 256 301"], answer=["256"],
         history=_turns("令和６年度、貿易統計データベースは何件利用されましたか？",
                        "貿易統計データベースの利用は301件でした[1]。"),
         notes="(i) the row and the year from the history: 令和５年度; 214 (令和４年度) is the trap"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="この補助金を使って落札した案件の契約金額は、合計でいくらになっていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives the number of won tenders (落札件数), not their contract value",
         absent=["契約金額", "受注額", "落札額"]),
    dict(question="令和６年度に採択されなかった８件は、どんな理由で不採択になったのでしょうか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives the applications (23) and adoptions (15) of 令和６年度, not why the others failed",
         absent=["不採択", "採択されなかった"]),
    dict(question="技術供与で受け取った対価を業種別に見ると、どの業種が一番多いですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the 対価 only as one total in prose (76社, 約14億円); (d) gives firms and licences by "
               "industry, not the 対価",
         absent=["受取額", "業種別の対価"]),
    dict(question="実際に技術が流出してしまった被害は、何件ありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the fear of 技術の流出 as an issue, not incidents",
         absent=["被害", "流出した件数"]),
    dict(question="資料室には、本や雑誌が何冊くらいありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the services, fees, users and database use, not the size of the collection",
         absent=["蔵書", "冊数"]),
    dict(question="令和６年度のデータベースの利用料金の収入は、全部でいくらでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the fees and the number of uses, not the fee income (the uses' lengths are not given)",
         absent=["収入", "料金収入"]),
]
CATEGORY_COUNTS = {"nyusatsu": 11, "gijutsu": 10, "shiryo": 8, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h61q", "h61t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers (and bracketed sub-counts) by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]

    def sub(self, table, row, column, fy=None):
        return sub_count(self.cells[(table, row, column, fy)]["value"])


A, B, C, D, E, F, G, H, I = (
    "経費区分別の補助率と上限額", "申請と採択の実績", "発注者の区分別の交付額",
    "業種別の回答企業と技術供与の状況", "供与先の国・地域別、形態別の供与件数", "技術供与の課題（複数回答）",
    "データベースの利用料金（１日当たり）", "利用者の区分別の利用状況", "データベース別の利用件数")
LETTERS = dict(zip((A, B, C, D, E, F, G, H, I), "abcdefghi"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y, unit) -> str:
    q = half_up(Decimal(x) / Decimal(y), "0.1")
    return f"{int(q) if q == q.to_integral() else q}{unit}"


def _yen(n: int) -> str:
    return f"{n:,}円"


SITE_VISIT_COST = 900  # 千円, h61q03
COMPUTED = {  # question id -> the answer string, computed from gold cells (or, where a note says so, prose data)
    "h61q03": lambda g: f"{min(SITE_VISIT_COST * g(A, '現地調査のための渡航', '補助率（％）／小規模企業者', 2025) // 100, g(A, '現地調査のための渡航', '上限額（千円）／単独応札', 2025)):,}千円",
    "h61q07": lambda g: _pct(g(C, "国際機関", "令和６年度", 2024), g(C, "合計", "令和６年度", 2024)),
    "h61q14": lambda g: _pct(SIZES[0][2], SIZES[0][1]),
    "h61q16": lambda g: _avg(g(D, "一般機械", "供与件数（件）", 2024), g(D, "一般機械", "供与実施企業（社）", 2024), "件"),
    "h61q19": lambda g: _pct(g.sub(E, "合計", "技術指導（件）", 2024), g(E, "合計", "技術指導（件）", 2024)),
    "h61q20": lambda g: f"{Decimal(str(g(F, '契約書の作成・交渉の負担', '中小企業', 2024))) - Decimal(str(g(F, '契約書の作成・交渉の負担', '大企業', 2024)))}ポイント",
    "h61q25": lambda g: _yen(2 * g(G, "２時間超４時間以内", "その他の利用者（円）", 2025)),
    "h61q27": lambda g: _pct(g(H, "県内中小企業", "来室者数（人）", 2024), g(H, "合計", "来室者数（人）", 2024)),
    "h61q29": lambda g: f"{g(I, '海外企業情報データベース', '令和６年度', 2024) - g(I, '海外企業情報データベース', '令和４年度', 2022)}件",
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {NYUSATSU_PDF: (3, 3), GIJUTSU_PDF: (3, 3), SHIRYO_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (170, 230)
TABLE_QUESTIONS = 19  # at least, outside the followups
BEFORE_BREAK_ROWS = ("食料品", "化学")  # rows of (d) expected before the page break
CONTINUED_ROWS = ("電気機械", "輸送用機械", "合計")  # and after it
BARE_UNITS = r"(%|千円|万円|円|件|人|社|ポイント)$"


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout61.py")
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
    errors += check_computed(questions, COMPUTED, GoldIndex(gold))
    # the new layouts are asked about: a ▲ cell, a bracketed sub-count, a `－` cell, a fee bracket
    asked = " ".join(a for q in questions for a in q["answer"] + q["evidence"])
    for what, mark in (("a ▲ cell", MINUS), ("a bracketed sub-count", "）"), ("a fee bracket", "時間超")):
        if mark not in asked:
            errors.append(f"no question on {what}")
    if not any("`－`" in q["notes"] for q in questions):
        errors.append("no question on a `－` cell")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout61.py")
    table_pages = defaultdict(set)
    for g in gold:
        table_pages[g["table"]].add(g["page"])
    for i, g in enumerate(gold, 1):
        if list(g) != GOLD_KEYS:
            errors.append(f"gold {i}: fields {list(g)}")
            continue
        if g["id"] != f"{PREFIX_T}{i:03d}":
            errors.append(f"gold {i}: id {g['id']!r}")
        if g["value"] == DASH:
            errors.append(f"{g['id']}: a `－` cell is no gold cell")
        number, _ = parse_number(g["value"])
        if number != g["number"]:
            errors.append(f"{g['id']}: number {g['number']!r}, value {g['value']!r} parses to {number!r}")
        if g["unit"] not in UNITS:
            errors.append(f"{g['id']}: unit {g['unit']!r} is not one of {UNITS}")
        if g["number"] is None:
            errors.append(f"{g['id']}: every cell of this set should be numeric")
        if g["fiscal_year"] is None or g["fiscal_year_range"] is not None:
            errors.append(f"{g['id']}: every cell of this set has one fiscal_year and no range")
        if (g["number"] is not None and g["number"] < 0) != g["value"].startswith(MINUS):
            errors.append(f"{g['id']}: a negative number must be printed with ▲ and only then")
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
        n_dash = 0
        for i in range(len(spec.rows)):
            g = row_page.get((title, spec.row_label(i)))
            if g is None:
                errors.append(f"{title} / {spec.row_label(i)}: no gold cell")
                continue
            # each printed row, cell after cell (the `－` cells included), on its page
            if norm("".join(spec.printed_row(i))) not in page_text(g["doc"], g["page"]):
                errors.append(f"row sequence of {title} / {spec.row_label(i)} not on page {g['page']}")
            n_dash += sum(spec.rows[i][c] == DASH for c in spec.value_cols)
        n_gold = sum(g["table"] == title for g in gold)
        if n_gold + n_dash != len(spec.rows) * len(spec.value_cols):
            errors.append(f"{title}: {n_gold} gold cells and {n_dash} `－` cells do not cover the table")
    errors += check_totals(gold)
    errors += check_layouts(gold, pages)
    return errors


def check_totals(gold) -> list[str]:
    """Totals add up inside each table and between tables and prose data."""
    errors = []
    t = defaultdict(lambda: defaultdict(dict))
    sub = defaultdict(lambda: defaultdict(dict))
    for g in gold:
        t[g["table"]][g["row"]][g["column"]] = g["number"]
        sub[g["table"]][g["row"]][g["column"]] = sub_count(g["value"])

    def adds_up(table, cols, rows=None, total="合計", src=t):
        tab = src[table]
        rows = rows if rows is not None else [r for r in tab if r != total]
        for col in cols:
            if tab[total][col] != sum(tab[r].get(col, 0) for r in rows):
                errors.append(f"{table}: {total} of {col} does not add up")

    # (a): small firms get at least the general rate; joint bids at least the single cap; firm caps of note ※２
    for row, r in t[A].items():
        if r["補助率（％）／小規模企業者"] < r["補助率（％）／中小企業者"] or r["上限額（千円）／共同応札"] < r["上限額（千円）／単独応札"]:
            errors.append(f"{A} / {row}: 小規模企業者 or 共同応札 below the other leaf")
        if r["上限額（千円）／単独応札"] > FIRM_CAP or r["上限額（千円）／共同応札"] > FIRM_CAP_JOINT \
                or r["補助率（％）／小規模企業者"] > 100:
            errors.append(f"{A} / {row}: a cap above the firm cap of note ※２ or a rate above 100 %")
    # (b): growing applications; joint within adoptions within applications; wins within adoptions; grants within caps
    b = t[B]
    ns = [r["申請件数（件）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for row, r in b.items():
        if not r.get("うち共同応札（件）", 0) <= r["採択件数（件）"] <= r["申請件数（件）"] \
                or r["落札件数（件）"] > r["採択件数（件）"] or r["交付額（千円）"] > r["採択件数（件）"] * FIRM_CAP_JOINT:
            errors.append(f"{B} / {row}: adoptions, wins or grants out of range")
        if ("うち共同応札（件）" in r) != (fiscal_year(row) >= JOINT_FROM):
            errors.append(f"{B} / {row}: うち共同応札 should be `－` exactly before {era(JOINT_FROM)}")
    # (c): 合計 adds up; 増減 is the difference; the year columns equal (b)'s grants
    c = t[C]
    ycols = [era(y) for y in BUYER_YEARS]
    adds_up(C, ycols + ["増減"])
    for row, r in c.items():
        if r["増減"] != r[ycols[1]] - r[ycols[0]]:
            errors.append(f"{C} / {row}: 増減 is not the difference of the years")
    for y in BUYER_YEARS:
        if c["合計"][era(y)] != b[era(y)]["交付額（千円）"]:
            errors.append(f"{C}: 合計 of {era(y)} differs from {B}")
    if sum(r["増減"] < 0 for r in c.values()) < 2:
        errors.append(f"{C}: expected at least two ▲ cells")
    # (d): 合計 adds up; licensors within respondents; the totals equal the two firm sizes of the prose
    d = t[D]
    adds_up(D, ("回答企業数（社）", "供与実施企業（社）", "供与件数（件）"))
    if any(r["供与実施企業（社）"] > r["回答企業数（社）"] or r["供与件数（件）"] < r["供与実施企業（社）"] for r in d.values()):
        errors.append(f"{D}: 供与実施企業 above 回答企業数, or fewer licences than licensors")
    if d["合計"]["回答企業数（社）"] != sum(s[1] for s in SIZES) or d["合計"]["供与実施企業（社）"] != sum(s[2] for s in SIZES):
        errors.append(f"{D}: 合計 differs from the firm sizes")
    # (e): counts and bracketed sub-counts add up; sub-counts within counts; the total equals (d)'s 供与件数
    adds_up(E, FORMS)
    adds_up(E, FORMS, src=sub)
    for row, r in t[E].items():
        if any(sub[E][row][k] is None or sub[E][row][k] > r[k] for k in FORMS):
            errors.append(f"{E} / {row}: a sub-count is missing or above its count")
    if sum(t[E]["合計"][k] for k in FORMS) != d["合計"]["供与件数（件）"]:
        errors.append(f"{E}: 合計 differs from {D}'s 供与件数")
    if sum(sub[E]["合計"][k] for k in FORMS) > d["合計"]["供与件数（件）"]:
        errors.append(f"{E}: more 中小企業 licences than licences")
    # (f): the per cents come from the counts; the ｎ from (d) and the prose
    n_all, n_s, n_l = split_firms()
    if n_all != d["合計"]["供与実施企業（社）"]:
        errors.append(f"{F}: the ｎ differ from {D}")
    for name, a, bb in ISSUES:
        r = t[F][name]
        if bb > n_l or a > n_s or tuple(Decimal(str(r[k])) for k in ("全体", "中小企業", "大企業")) != \
                (pct1(a + bb, n_all), pct1(a, n_s), pct1(bb, n_l)):
            errors.append(f"{F} / {name}: per cents differ from the counts")
    # (g): the other users pay twice the small firms' fee; the fee grows with the bracket
    g_ = t[G]
    for row, r in g_.items():
        if r["その他の利用者（円）"] != 2 * r["県内中小企業（円）"]:
            errors.append(f"{G} / {row}: その他の利用者 is not twice 県内中小企業")
    fees = [r["県内中小企業（円）"] for r in g_.values()]
    if fees != sorted(set(fees)):
        errors.append(f"{G}: the fees should grow with the time bracket")
    # (h): 合計 adds up (`－` cells count as none); its database uses equal (i)'s 令和６年度 合計
    h = t[H]
    adds_up(H, ("来室者数（人）", "データベース利用（件）", "レファレンス（件）"))
    if h["合計"]["データベース利用（件）"] != t[I]["合計"]["令和６年度"]:
        errors.append(f"{H}: データベース利用 differs from {I}")
    # (i): 合計 adds up; every database grows every year
    dcols = [era(y) for y in DB_YEARS]
    adds_up(I, dcols)
    for row, r in t[I].items():
        if [r[k] for k in dcols] != sorted(set(r[k] for k in dcols)):
            errors.append(f"{I} / {row}: should grow every year")
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
        on = [i + 1 for i, p in enumerate(pages[GIJUTSU_PDF]) if header in norm(p)]
        if ind.repeat_header or on != bp[:1]:
            errors.append(f"{D}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[1]}
        if not 2 <= len(first) <= 7:
            errors.append(f"{D}: {len(first)} rows before the page break, expected 2-7")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{D}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("窯業・土石等") not in norm(pages[GIJUTSU_PDF][bp[1] - 1]):
            errors.append(f"{D}: note ※１ should follow the table on the continuation page")
    for key, spec in specs.items():
        if key == "industries":
            continue
        tp = {g["page"] for g in gold if g["table"] == spec.title}
        if len(tp) != 1:
            errors.append(f"{spec.title} is on pages {sorted(tp)}, expected one page")
    if specs["issues"].ruled or not all(s.ruled for k, s in specs.items() if k != "issues"):
        errors.append(f"only {F} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns with different leaves under the two groups
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／中小企業者", "補助率（％）／小規模企業者", "上限額（千円）／単独応札", "上限額（千円）／共同応札"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "千円"}:
        errors.append(f"{A}: units should come from the header groups")
    # (b): years as rows, with `－` cells that are no gold cells
    if [g["fiscal_year"] for g in gold if g["table"] == B and g["column"] == "申請件数（件）"] != [y for y, *_x in RECORD]:
        errors.append(f"{B}: expected years as rows")
    if sum(r.count(DASH) for r in specs["record"].rows) != sum(y < JOINT_FROM for y, *_x in RECORD):
        errors.append(f"{B}: expected a `－` cell for each year before {era(JOINT_FROM)}")
    # (c): the unit only in a line above the table's top right (not in the caption); a 増減 column with ▲
    buyers = specs["buyers"]
    cpage = {g["page"] for g in gold if g["table"] == C}
    if len(cpage) == 1:
        ptext = norm(pages[NYUSATSU_PDF][min(cpage) - 1])
        unit_line = "（単位：千円）"
        if norm(unit_line + "".join(buyers.header[0])) not in ptext or norm(f"{buyers.title}{unit_line}") not in ptext:
            errors.append(f"{C}: the unit line should be printed between the caption and the header")
    if {g["unit"] for g in gold if g["table"] == C} != {"千円"} or buyers.header[0][-1] != "増減" \
            or not any(g["value"].startswith(MINUS) for g in gold if g["table"] == C and g["column"] == "増減") \
            or any(g["fiscal_year"] != 2024 for g in gold if g["table"] == C and g["column"] == "増減"):
        errors.append(f"{C}: expected a 増減 column of 令和６年度 with ▲ cells, in 千円")
    # (e): every cell a count with a sub-count in brackets
    if not all(sub_count(g["value"]) is not None for g in gold if g["table"] == E):
        errors.append(f"{E}: every cell should hold a sub-count in brackets")
    # (f): per cents only, unit from the caption note
    if {g["unit"] for g in gold if g["table"] == F} != {"%"}:
        errors.append(f"{F}: expected per cents only")
    # (g): fee brackets as row labels
    grows = [g["row"] for g in gold if g["table"] == G][::2]
    if grows != [f[0] for f in FEES] or not all(re.search(r"時間(以内|超)", r) for r in grows):
        errors.append(f"{G}: expected the time brackets as row labels, got {grows}")
    # (h): `－` cells, no gold cells
    hd = [(r[0], c) for r in specs["users"].rows for c, v in enumerate(r) if v == DASH]
    if hd != [("県外の事業者", 3), ("学生・個人", 2)]:
        errors.append(f"{H}: expected `－` for 県外の事業者 / レファレンス and 学生・個人 / データベース, got {hd}")
    # (i): fiscal years as columns
    if any(g["fiscal_year"] != fiscal_year(g["column"]) for g in gold if g["table"] == I):
        errors.append(f"{I}: expected the fiscal years as columns")
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
        got = re.findall(r"099-65\d-\d{4}", text)
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

    # ---- the call for applications
    nt = norm("\n".join(pages[NYUSATSU_PDF]))
    siblings(nt, NYUSATSU_PDF, ("入札の内容：", "申請の区分：", "補助金の額："), [c[0] for c in NYU_CASES])
    if norm(f"延べ{sum(r[2] for r in RECORD)}件、{sum(r[4] for r in RECORD):,}千円") not in nt:
        errors.append("call: the totals in the prose differ from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件を採択しました（うち共同応札{fw(last[3])}件）") not in nt:
        errors.append("call: the 令和６年度 figures in the prose differ from (b)")
    top = max(BUYERS, key=lambda r: r[2])
    if top[0] != "国際機関" or sorted(r[2] for r in BUYERS)[-2] == top[2]:
        errors.append("call: 「令和６年度は国際機関の案件への交付が最も多く」 does not hold")
    rates = {r[0]: r for r in RATES}
    for head, _what, kind, amount, items in NYU_CASES:
        joint = kind.startswith("共同応札")
        rate_col = 2 if "小規模企業者" in kind else 1
        cap = FIRM_CAP_JOINT if joint else FIRM_CAP
        item_caps = sum(rates[x][4 if joint else 3] for x in items)
        if int(amount.rstrip("千円").replace(",", "")) > min(cap, item_caps) or rate_col not in (1, 2):
            errors.append(f"call: case {head} exceeds its caps")
    if re.findall(r"20\d\d年", nt) != ["2021年"]:
        errors.append("call: only 2021年度 should be printed in Western form")
    defs(nt, ("海外公共調達", "共同応札", "小規模企業者"), "call")
    for x in EXCLUDED:
        if norm(x) not in nt:
            errors.append(f"call: the cost not covered {x} is missing")
    if norm("次の経費は補助の対象になりません") not in norm(pages[NYUSATSU_PDF][0]) \
            or norm(EXCLUDED[0]) not in norm(pages[NYUSATSU_PDF][1]):
        errors.append("call: the lead sentence of the costs not covered should be on page 1, the items on page 2")
    bullets_in(NYUSATSU_PDF, len(EXCLUDED), "call")
    raw = "\n".join(pages[NYUSATSU_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("call: expected three Ｑ lines and three Ａ lines")
    steps_of(NYUSATSU_PDF, "①②③④⑤⑥⑦", "call")
    contacts(NYUSATSU_PDF, ["099-651-2410", "099-651-2419", "099-651-2500"], ["hashibami-nyusatsu@example.jp"], "call")

    # ---- the survey of technology licensed abroad
    gt = norm("\n".join(pages[GIJUTSU_PDF]))
    siblings(gt, GIJUTSU_PDF, ("供与先：", "供与の内容：", "対価の受け取り方："), [c[0] for c in GIJ_CASES])
    total, n = respondents(), licensors()
    cases = sum(r[3] for r in INDUSTRIES)
    if norm(f"{total}社（回答率{pct1(total, TARGET)}％）") not in gt \
            or norm(f"回答企業{total}社のうち{n}社（{pct1(n, total)}％）で、供与の件数は合わせて{cases}件") not in gt:
        errors.append("survey: the response and licensing figures in the prose differ from (d)")
    (s_name, s_n, s_t), (l_name, l_n, l_t) = SIZES
    if norm(f"大企業は{l_n}社のうち{l_t}社") not in gt or norm(f"中小企業は{s_n}社のうち{s_t}社") not in gt:
        errors.append("survey: the firm sizes in the prose differ from the data")
    if NEW_FIRMS > n or FEE_FIRMS > n:
        errors.append("survey: more new or reporting firms than licensors")
    by_firms = sorted(INDUSTRIES, key=lambda r: -r[2])
    by_cases = sorted(INDUSTRIES, key=lambda r: -r[3])
    if by_firms[0][0] != "一般機械" or [r[0] for r in by_cases[:3]] != ["一般機械", "電気機械", "輸送用機械"] \
            or by_firms[0][2] == by_firms[1][2]:
        errors.append("survey: 「一般機械が…最も多く…電気機械、輸送用機械が続く」 does not hold")
    for name in ("食料品", "その他"):
        r = next(x for x in INDUSTRIES if x[0] == name)
        if not 0.05 <= r[2] / r[1] <= 0.15:
            errors.append(f"survey: 「{name}…１割程度」 does not hold")
    forms = [sum(r[j][0] for r in DESTINATIONS) for j in (1, 2, 3)]
    if norm(f"技術指導が{forms[1]}件で最も多く、特許等の実施許諾が{forms[0]}件、ノウハウの提供が{forms[2]}件") not in gt \
            or max(forms) != forms[1]:
        errors.append("survey: the forms in the prose differ from (e)")
    totals = {r[0]: sum(x[0] for x in r[1:]) for r in DESTINATIONS}
    ranked = sorted(totals, key=lambda k: -totals[k])
    outside = [d for d in ranked if d in ("米国", "ＥＵ")]
    if ranked[0] != "中国" or outside[0] != "米国" or totals["中国"] == totals[ranked[1]]:
        errors.append("survey: 「中国が最も多く、アジア以外では米国」 does not hold")
    patents = sorted(DESTINATIONS, key=lambda r: -r[1][0])
    if [patents[0][0], patents[1][0]] != ["中国", "米国"] or patents[1][1][0] == patents[2][1][0] \
            or [d for d, *_x in DESTINATIONS].index("米国") == 1:
        errors.append("survey: 米国 should be second in 特許等の実施許諾, and not printed second")
    n_all, n_s, n_l = split_firms()
    tops = [max(ISSUES, key=lambda r, k=k: (r[1] + r[2]) / n_all if k == 0 else r[k] / (n_s if k == 1 else n_l))[0]
            for k in (0, 1, 2)]
    second_s = sorted(ISSUES, key=lambda r: -r[1])[1][0]
    second_l = sorted(ISSUES, key=lambda r: -r[2])[1][0]
    if tops != ["技術の流出・模倣への懸念"] * 3 or second_s != "契約書の作成・交渉の負担" \
            or second_l != "相手先の管理・監督の難しさ":
        errors.append("survey: the tops of (f) in the prose do not hold")
    if re.findall(r"20\d\d年", gt) != ["2024年"] or re.findall(r"20\d\d年度", gt):
        errors.append("survey: only 2024年 (調査基準日) should be printed in Western form")
    defs(gt, ("技術供与", "供与実施企業", "中小企業"), "survey")
    bullets_in(GIJUTSU_PDF, 3, "survey")
    steps_of(GIJUTSU_PDF, "①②③④", "survey")
    contacts(GIJUTSU_PDF, ["099-654-3120", "099-654-3129", "099-654-3200"], ["hashibami-gijutsu@example.jp"], "survey")

    # ---- the library guide
    st = norm("\n".join(pages[SHIRYO_PDF]))
    siblings(st, SHIRYO_PDF, ("利用できる者：", "利用の方法：", "料金："), [s[0] for s in SERVICES])
    visitors = sum(r[1] for r in USERS)
    refs = sum(r[3] or 0 for r in USERS)
    if norm(f"来室者数は{visitors:,}人で、前年度の{PREV_VISITORS:,}人から{visitors - PREV_VISITORS}人増えました") not in st \
            or norm(f"レファレンスは{refs}件") not in st:
        errors.append("guide: the use figures in the prose differ from (h)")
    if max(USERS, key=lambda r: r[3] or 0)[0] != "県内中小企業":
        errors.append("guide: 「県内中小企業からの相談が最も多く」 does not hold")
    growth = {r[0]: r[3] / r[1] for r in DATABASES}
    if max(growth, key=growth.get) != "関税率・規制データベース":
        errors.append("guide: 「特に関税率・規制データベースの利用が伸びています」 does not hold")
    if [r[0] for r in USERS if r[2] is None] != ["学生・個人"] or [r[0] for r in USERS if r[3] is None] != ["県外の事業者"] \
            or "学生・個人は利用できません" not in SERVICES[1][1] or "県内の事業者" not in SERVICES[2][1]:
        errors.append("guide: the `－` cells of (h) do not match who may use the services")
    if re.findall(r"20\d\d年", st):
        errors.append("guide: no Western year should be printed")
    defs(st, ("県内中小企業", "利用時間", "レファレンス"), "guide")
    bullets_in(SHIRYO_PDF, 4, "guide")
    steps_of(SHIRYO_PDF, "①②③④⑤", "guide")
    contacts(SHIRYO_PDF, ["099-657-4230", "099-657-4239", "099-657-4300"], ["hashibami-shiryo@example.jp"], "guide")
    # every phone number of the set is fictional (099-65x-xxxx), every mail address under example.jp
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
