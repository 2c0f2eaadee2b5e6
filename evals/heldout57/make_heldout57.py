"""Build the 橘県 held-out set 57: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (橘県 and every town, programme, organisation, phone number, address
and figure). The documents are in three genres the earlier sets do not use: a call for
participating firms (参加事業者募集要項) in a prefectural programme selling small firms' goods through
live-streamed sales on overseas video-shopping sites (海外ライブコマース販売実証事業), with the
participants' fees and streams by market and firm size under a two-level header whose two groups
have different leaves, a yearly record (years as rows) and the sales by product field and market
with a total column on the right; the enrolment guide (受講案内) of a prefectural trade-practice
course series (貿易実務講座), with the hours per subject in a table whose first column numbers the
subjects （１）…, the main figures over three fiscal years with a 単位 column, and the trainees by
industry (a table continued over a page break without its header); and the report of a survey of
the prefecture's firms on how they meet foreign personal-data protection rules
(海外の個人データ保護規制への対応状況調査), with the firms by industry (counts and per cents in paired
columns), the firms by rule and state of compliance and an unruled table of their difficulties;
see README.md beside this file.

    python make_heldout57.py [OUTPUT_DIR]          # default: this file's directory

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

LIVE_PDF = "tachibana_live_commerce_sanka_boshu_yoko_r7.pdf"
KOZA_PDF = "tachibana_boeki_jitsumu_koza_jukou_annai_r7.pdf"
CHOSA_PDF = "tachibana_kojin_data_kisei_taio_chosa_r6.pdf"
ALL_PDFS = (LIVE_PDF, KOZA_PDF, CHOSA_PDF)

UNITS = ("万円", "円", "回", "者", "人", "社", "時間", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_PREFIX = "099-61"  # every phone number of the set: 099-61x-xxxx
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
    """The unit in brackets at the end of a label (受講者数（人） -> 人), NFKC."""
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


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf and an optional number
    column left of the label column (（１）, （２）, … printed in every row but the 合計 row)."""

    number_col: int | None = None

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


PREF = "橘県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break
KIKO = f"公益財団法人{PREF}産業貿易振興機構"

# ================================================================ document 1: live commerce, call for participants
LIVE = f"{PREF}海外ライブコマース販売実証事業"
LIVE_DEPT = f"{PREF} 商工労働部 国際ビジネス課"
COURSES = [  # コース; 参加負担金（円）: 小規模事業者, その他の中小企業者; 配信回数（回）: 単独配信, 合同配信 (令和７年度)
    ("台湾コース", 30000, 60000, 2, 4), ("香港コース", 25000, 50000, 1, 4),
    ("タイコース", 20000, 40000, 2, 3), ("米国コース", 40000, 80000, 1, 2),
]
PLACES_PER_COURSE = 9
LIVE_RECORD = [  # 年度, 参加事業者数（者）, 配信回数（回）, 視聴者数（人）, 販売額（万円）
    (2022, 18, 42, 38640, 612), (2023, 24, 61, 57200, 1045), (2024, 30, 80, 84900, 1730),
]
MARKETS = ("台湾", "タイ", "米国")  # the markets of 令和６年度 (香港 is new in 令和７年度)
SALES = [  # 分野, 台湾, タイ, 米国 (万円, 令和６年度)
    ("食品・飲料", 420, 168, 95), ("化粧品・日用品", 210, 142, 60),
    ("工芸品・雑貨", 118, 64, 150), ("アパレル・服飾", 95, 41, 167),
]
LIVE_CASES = [  # 見出し, 参加コース, 紹介した商品, 販売額 (same labels in every sibling section); field, market
    ("茶製造業Ａ社（橘市）", "台湾コース", "抹茶と焙じ茶のティーバッグ", "126万円", "食品・飲料", "台湾"),
    ("化粧品製造業Ｂ社（鳴浜市）", "タイコース", "柑橘の精油を使ったハンドクリーム", "74万円", "化粧品・日用品", "タイ"),
    ("染織業Ｃ社（峰岡町）", "米国コース", "草木染めのストール", "58万円", "アパレル・服飾", "米国"),
]
PREF_PAYS = [  # 県が負担する経費
    "配信者の出演料及び配信の制作費",
    "配信サイトへの出店料及び販売手数料",
    "商品ページの翻訳費",
    "現地の倉庫での商品の保管料",
]
FIRM_PAYS = [  # 参加事業者が負担する経費
    "参加負担金",
    "商品を現地の倉庫まで送る国際輸送費",
    "輸入の際に課される関税その他の税",
    "売れ残った商品の返送又は廃棄に要する費用",
]


def live_specs():
    courses = TableSpec(
        key="courses", doc=LIVE_PDF, title="コース別の参加負担金と配信回数",
        header=[["コース", "参加負担金（円）", "", "配信回数（回）", ""],
                ["", "小規模事業者", "その他の中小企業者", "単独配信", "合同配信"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in COURSES],
        col_widths=[30 * mm, 32 * mm, 36 * mm, 30 * mm, 30 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    courses.unit = lambda row, c, s=courses: bracket_unit(s.header_parts(c)[0])
    record = TableSpec(
        key="record", doc=LIVE_PDF, title="年度別の実施状況",
        header=[["年度", "参加事業者数（者）", "配信回数（回）", "視聴者数（人）", "販売額（万円）"]],
        rows=[[era(y), fw(a), fw(b), fw(c), fw(d)] for y, a, b, c, d in LIVE_RECORD],
        col_widths=[30 * mm, 36 * mm, 30 * mm, 30 * mm, 30 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(c), fw(a + b + c)] for n, a, b, c in SALES]
    tot = [sum(r[j] for r in SALES) for j in (1, 2, 3)]
    rows.append(["合計"] + [fw(x) for x in tot] + [fw(sum(tot))])
    sales = TableSpec(
        key="sales", doc=LIVE_PDF, title="分野別・市場別の販売額",
        header=[["分野"] + list(MARKETS) + ["合計"]],
        rows=rows, col_widths=[44 * mm, 28 * mm, 28 * mm, 28 * mm, 30 * mm], unit="万円", table_fy=2024,
    )
    return courses, record, sales


def live_story(specs):
    courses, record, sales = specs
    firms_all = sum(r[1] for r in LIVE_RECORD)
    sold_all = sum(r[4] for r in LIVE_RECORD)
    last = LIVE_RECORD[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{LIVE} 参加事業者募集要項", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(LIVE_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　目的", H1)]
    st += paras(f"""
県内の中小企業が、海外の動画配信型の通信販売サイトで自社の商品を販売し、現地の消費者の反応を確かめることができるよう、県が配信者と配信の場を用意し、参加する事業者を募集します。事業を始めた令和４年度（2022年度）から令和６年度までに延べ{firms_all}者が参加し、販売額は合わせて{sold_all:,}万円となりました。
""", 0)
    st += [P("２　募集の概要", H1)]
    st += lv_lines([
        ("事業名", LIVE),
        ("参加対象者", "県内に本社又は主たる事業所を有する中小企業者（個人事業主を含む。）で、海外の消費者への販売に意欲のあるもの"),
        ("募集期間", "令和７年５月12日から６月20日まで（必着）"),
        ("募集事業者数", f"{len(COURSES) * PLACES_PER_COURSE}者程度（各コース{fw(PLACES_PER_COURSE)}者程度）"),
        ("配信の期間", "令和７年９月から令和８年２月まで"),
    ], 0)
    st += paras("""
この要項において「ライブコマース」とは、配信者が動画の生配信で商品を紹介し、視聴者が配信を見ながらその商品を購入できる販売の方法をいいます。「小規模事業者」とは、常時使用する従業員の数が20人以下（卸売業、小売業及びサービス業を営む者は５人以下）の中小企業者をいいます。また、「単独配信」とは１回の配信で１事業者の商品だけを紹介するものをいい、「合同配信」とは１回の配信で３事業者以上の商品をまとめて紹介するものをいいます。
""", 0)
    st += [P("３　コースと参加負担金", H1)]
    st += paras("令和７年度は、台湾、タイ及び米国の３コースに加え、香港コースを新たに設けます。参加負担金と配信回数は、次のとおりです。", 0)
    st += [caption(courses.title, "（令和７年度）"), courses.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「その他の中小企業者」の欄は、小規模事業者以外の中小企業者に適用します。",
        "※２ 参加負担金は１事業者当たりの額（消費税込み）、配信回数は１事業者当たりの回数です。",
    ])
    st += paras("次の経費は県が負担します。", 0)
    st += bullets(PREF_PAYS, 0)
    st += paras("次の経費は参加事業者が負担します。", 0)
    st += bullets(FIRM_PAYS, 0)
    st += [P("４　参加までの流れ", H1)]
    st += numbered([
        "① 説明会への参加（任意。令和７年５月21日、オンライン）",
        "② 申込書の提出（募集期間内に、出品する商品の写真と価格表を添えて提出）",
        "③ 選考（書類審査と商品の試用、令和７年７月上旬）",
        "④ 選考結果の通知（令和７年７月下旬）",
        "⑤ 商品の発送（配信日の６週間前までに現地の倉庫へ）",
        "⑥ 配信と販売、結果報告会への出席（結果報告会は令和８年３月）",
    ], 0)
    st += [P("５　これまでの実績", H1)]
    tw = sum(r[1] for r in SALES)
    st += paras(f"""
参加事業者、配信回数、販売額とも毎年増えており、令和６年度は{last[1]}者が参加し、{last[2]}回の配信で{last[4]:,}万円を販売しました。分野別では食品・飲料が最も多く、市場別では台湾が販売額の半分近くを占めました。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += [caption(sales.title, "（令和６年度、単位：万円）"), sales.flowable(), Spacer(1, 2)]
    st += notes([
        "※３ 販売額は、配信中及び配信後１週間以内の注文による販売額（税抜き）です。外貨は、注文のあった月の末日の為替相場で円に換算しています。",
    ])
    st += [P("６　参加事例（令和６年度）", H1)]
    for i, (head, course, goods, amount, _f, _m) in enumerate(LIVE_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("参加コース", course), ("紹介した商品", goods), ("販売額", amount)], 1)
    st += [P("７　よくある質問", H1)]
    qa = [
        ("台湾コースとタイコースの両方に申し込むことはできますか。",
         "申し込めるのは、１事業者につき１コースです。"),
        ("配信に自社の社員が出演することはできますか。",
         "できます。ただし、配信の２週間前までに、配信者とのオンラインの打合せに出席していただきます。"),
        ("売上代金はいつ受け取れますか。",
         "配信を行った月の翌々月の末日までに、運営事務局から振り込みます。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{LIVE_DEPT} 販路開拓班　電話：099-612-3410　ファクス：099-612-3419",
        f"{KIKO}（運営事務局）　電話：099-615-2260",
        "電子メール：tachibana-live@example.jp",
    ]))
    return st


# ================================================================ document 2: trade-practice course, enrolment guide
KOZA = f"{PREF}貿易実務講座"
KOZA_DEPT = f"{PREF} 商工労働部 産業人材課"
KYOKAI = f"一般社団法人{PREF}貿易協会"
KOZA_COURSES = [  # 見出し, 日程, 定員, 受講料 (same labels in every sibling section)
    ("基礎コース", "令和７年６月から８月まで（毎週水曜日、全10回）", "40人", "12,000円"),
    ("実践コース", "令和７年９月から11月まで（毎週木曜日、全10回）", "30人", "18,000円"),
    ("英文契約・書類作成コース", "令和７年12月から令和８年２月まで（隔週金曜日、全６回）", "20人", "15,000円"),
]
SUBJECTS = [  # 科目, 基礎コース（時間）, 実践コース（時間） (令和７年度)
    ("貿易取引の流れ", 4, 2), ("インコタームズと貿易条件", 3, 3), ("貿易契約と商業書類", 2, 4),
    ("代金決済と信用状", 3, 4), ("国際物流と貨物保険", 3, 3), ("通関と関税", 3, 4),
    ("ＥＰＡと原産地証明", 2, 3), ("輸出管理とリスク対策", 2, 3), ("ケーススタディ（演習）", 3, 4),
]
LECTURES = {"基礎コース": (10, "2.5"), "実践コース": (10, "３")}  # 回数, 時間 per lecture
KOZA_YEARS = (2022, 2023, 2024)
KOZA_RECORD = {  # 受講者数, 修了者数, 受講事業者数 by fiscal year (the 修了率 row is computed)
    2022: (68, 55, 41), 2023: (81, 70, 52), 2024: (96, 84, 63),
}
TRAINEES = [  # 業種, 受講者数（人）, 修了者数（人）, 受講事業者数（社） (令和６年度)
    ("食料品製造業", 18, 16, 11), ("繊維・衣服製造業", 7, 6, 5), ("化学・医薬品製造業", 6, 6, 4),
    ("金属製品製造業", 11, 9, 8), ("機械器具製造業", 15, 13, 10), ("木材・家具製造業", 5, 4, 4),
    ("卸売業", 14, 12, 9), ("小売業", 6, 5, 4), ("運輸・倉庫業", 9, 8, 5), ("その他", 5, 5, 3),
]
DISCOUNT_SECOND = 20  # ％ off for the second and later trainee of the same firm
SURVEY_SATISFIED = "93.1"


def koza_specs():
    rows = [[f"（{fw(i)}）" if i < 10 else f"（{i}）", n, fw(a), fw(b)] for i, (n, a, b) in enumerate(SUBJECTS, 1)]
    rows.append(["", "合計", fw(sum(s[1] for s in SUBJECTS)), fw(sum(s[2] for s in SUBJECTS))])
    subjects = TableSpec(
        key="subjects", doc=KOZA_PDF, title="科目別の講義時間",
        header=[["番号", "科目", "基礎コース（時間）", "実践コース（時間）"]],
        rows=rows, col_widths=[18 * mm, 60 * mm, 38 * mm, 38 * mm], label_col=1, table_fy=2025,
        align_left_cols=(0,),
    )
    subjects.number_col = 0
    subjects.unit = lambda row, c, s=subjects: bracket_unit(s.column_label(c))
    items = [
        ("受講者数", "人", [KOZA_RECORD[y][0] for y in KOZA_YEARS]),
        ("修了者数", "人", [KOZA_RECORD[y][1] for y in KOZA_YEARS]),
        ("修了率", "％", [pct1(KOZA_RECORD[y][1], KOZA_RECORD[y][0]) for y in KOZA_YEARS]),
        ("受講事業者数", "社", [KOZA_RECORD[y][2] for y in KOZA_YEARS]),
    ]
    record = TableSpec(
        key="koza_record", doc=KOZA_PDF, title="講座の主な実績",
        header=[["項目", "単位"] + [era(y) for y in KOZA_YEARS]],
        rows=[[n, u] + [cell(v) for v in vs] for n, u, vs in items],
        col_widths=[40 * mm, 18 * mm, 32 * mm, 32 * mm, 32 * mm], value_cols=[2, 3, 4],
        align_left_cols=(1,),
    )
    record.unit = lambda row, c: nfkc(row[1])
    trows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in TRAINEES]
    trows.append(["合計"] + [fw(sum(r[j] for r in TRAINEES)) for j in (1, 2, 3)])
    trainees = TableSpec(
        key="trainees", doc=KOZA_PDF, title="業種別の受講者",
        header=[["業種", "受講者数（人）", "修了者数（人）", "受講事業者数（社）"]],
        rows=trows, col_widths=[46 * mm, 34 * mm, 34 * mm, 38 * mm], table_fy=2024, repeat_header=False,
    )
    trainees.unit = lambda row, c, s=trainees: bracket_unit(s.column_label(c))
    return subjects, record, trainees


def koza_story(specs):
    subjects, record, trainees = specs
    y = KOZA_RECORD[2024]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{KOZA} 受講案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(KOZA_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　講座の概要", H1)]
    st += lv_lines([
        ("講座名", KOZA),
        ("主催", PREF),
        ("運営", f"{KYOKAI}（県からの委託）"),
        ("会場", f"{PREF}国際ビジネスプラザ（橘市）及びオンライン（会場とオンラインのどちらでも受講できます。）"),
        ("受講対象", "県内事業者に勤務し、輸出入の実務を担当している方又は担当する予定のある方"),
        ("申込期間", "令和７年（2025年）４月21日から５月23日まで"),
    ], 0)
    st += paras("""
この案内において「県内事業者」とは、県内に本社又は事業所を有する事業者をいう。また、「修了」とは、受講したコースの講義の８割以上に出席し、かつ、最終回の確認テストで70点以上を得たことをいい、修了した方には県知事名の修了証を交付する。
""", 0)
    st += [P("２　コースの内容", H1)]
    st += paras("令和７年度は、次の３コースを開講する。", 0)
    for i, (head, when, cap, fee) in enumerate(KOZA_COURSES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("日程", when), ("定員", cap), ("受講料", fee)], 1)
    st += paras(f"""
基礎コースは１回{LECTURES['基礎コース'][1]}時間、実践コースは１回{LECTURES['実践コース'][1]}時間の講義で、科目ごとの時間は次のとおりである。英文契約・書類作成コースは、売買契約書、インボイス及びパッキングリストを実際に作成する演習が中心となる。
""", 0)
    st += [caption(subjects.title, "（令和７年度）"), subjects.flowable(), Spacer(1, 2)]
    st += [P("３　受講料の割引", H1)]
    st += paras(f"""
{KYOKAI}の会員事業者に勤務する方は、受講料が半額となる。また、同じ事業者から同じコースを２人以上が受講する場合は、２人目からの受講料を{DISCOUNT_SECOND}％割り引く（会員の割引との併用はできない。）。
""", 0)
    st += [P("４　これまでの実績", H1)]
    st += paras(f"""
受講者は毎年増えており、令和６年度は{y[0]}人が受講し、{y[1]}人が修了した。受講者アンケートでは、{SURVEY_SATISFIED}％が「業務に役立つ」と答え、特に「代金決済と信用状」と「通関と関税」の講義の評価が高かった。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += notes(["※１ 修了率は、修了者数を受講者数で割ったものである。受講事業者数は、受講者が勤務する事業者の数である（同じ事業者から２人以上が受講した場合も１社と数える。）。"])
    st += paras("令和６年度の受講者を業種別に見ると、食料品製造業が最も多く、機械器具製造業、卸売業と続いた。", 0)
    st += [caption(trainees.title, "（令和６年度）", keep=False), trainees.flowable(), Spacer(1, 2)]
    st += notes(["※２ 「その他」は、建設業、情報通信業、士業の事務所等である。"])
    st += [P("５　申込みの方法", H1)]
    st += numbered([
        f"① {KYOKAI}のウェブサイトの申込フォームに入力する。",
        "② 申込期間の終了後、受講の可否を電子メールで通知する（定員を超えた場合は抽選）。",
        "③ 受講が決まった方は、通知の日から14日以内に受講料を振り込む。",
        "④ 初回の講義の１週間前までに、テキストとオンライン受講の案内を送る。",
        "⑤ 講義に出席し、最終回に確認テストを受ける。",
    ], 0)
    st += [P("６　受講に当たっての注意", H1)]
    st += bullets([
        "振り込んだ受講料は、講座が中止となった場合を除き、返還しない。",
        "欠席した講義は、録画を視聴することで出席に代えることができる（１コース２回まで）。",
        "受講者の変更は、同じ事業者の方に限り、初回の講義の前日まで認める。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KOZA_DEPT} 人材育成班　電話：099-613-5520　ファクス：099-613-5529",
        f"{KYOKAI}（申込みの受付）　電話：099-614-1180",
        "電子メール：tachibana-boeki-koza@example.jp",
    ]))
    return st


# ================================================================ document 3: personal-data rules, survey
CHOSA = f"{PREF}内企業の海外個人データ保護規制への対応調査"
CHOSA_DEPT = f"{PREF} 商工労働部 国際経済課"
MADOGUCHI = f"{PREF}海外展開相談窓口"
TARGET = 1050  # 調査対象の企業
INDUSTRIES = [  # 業種, 回答企業数, 取扱企業数, うち対応済み (社)
    ("食料品製造業", 62, 24, 9), ("化粧品・日用品製造業", 38, 21, 10), ("機械・電気機器製造業", 71, 29, 15),
    ("その他の製造業", 58, 14, 5), ("卸売業", 55, 19, 8), ("小売業（通信販売を含む。）", 41, 30, 13),
    ("宿泊・観光業", 53, 33, 11),
]
RULES = [  # 規制, 該当企業数 = 対応済み + 対応中 + 未対応 (社, 複数回答)
    ("ＥＵ一般データ保護規則（ＧＤＰＲ）", 38, 21, 15), ("中国個人情報保護法", 17, 16, 19),
    ("韓国個人情報保護法", 14, 12, 15), ("タイ個人情報保護法", 9, 8, 11),
    ("米国の州のプライバシー法", 11, 5, 7), ("その他の国・地域の規制", 6, 4, 9),
]
HANDLER_SIZES = (("中小企業", 138), ("大企業", 32))  # 取扱企業 by size
ISSUES = [  # 課題, 回答数: 中小企業, 大企業 (複数回答)
    ("どの規制が該当するか判断できない", 62, 6), ("社内に詳しい人材がいない", 57, 9),
    ("外部の専門家に頼む費用が高い", 49, 7), ("プライバシーポリシーの翻訳が難しい", 31, 4),
    ("データの保管場所の管理が難しい", 18, 12), ("取引先から対応の状況を問われる", 15, 14),
]
SECTORS = [  # 見出し, 主な取扱いの場面, 最も多く該当する規制, 主な意見 (same labels in every sibling section)
    ("化粧品・日用品製造業", "越境ＥＣサイトでの海外の消費者への直接販売", "中国個人情報保護法",
     "国外へのデータの移転に必要な手続が分かりにくい"),
    ("小売業", "自社の通信販売サイトでの会員登録と商品の配送", "ＥＵ一般データ保護規則（ＧＤＰＲ）",
     "英語のプライバシーポリシーの作成を外注すると費用がかさむ"),
    ("宿泊・観光業", "宿泊の予約と、宿泊者の旅券の写しの保管", "韓国個人情報保護法",
     "予約の取消し後、いつデータを消せばよいか分からない"),
]


def respondents() -> int:
    return sum(r[1] for r in INDUSTRIES)


def handlers() -> int:
    return sum(r[2] for r in INDUSTRIES)


def compliant() -> int:
    return sum(r[3] for r in INDUSTRIES)


def chosa_specs():
    rows = [[n, fw(a), fw(b), cell(pct1(b, a)), fw(c)] for n, a, b, c in INDUSTRIES]
    rows.append(["合計", fw(respondents()), fw(handlers()), cell(pct1(handlers(), respondents())), fw(compliant())])
    industries = TableSpec(
        key="industries", doc=CHOSA_PDF, title="業種別の回答企業と取扱企業",
        header=[["業種", "回答企業数（社）", "取扱企業数（社）", "取扱企業の\n割合（％）", "うち対応済み\n（社）"]],
        rows=rows, col_widths=[50 * mm, 30 * mm, 30 * mm, 28 * mm, 28 * mm], table_fy=2024,
    )
    industries.unit = lambda row, c, s=industries: bracket_unit(s.column_label(c))
    rules = TableSpec(
        key="rules", doc=CHOSA_PDF, title="規制別の該当企業と対応状況",
        header=[["規制", "該当企業数（社）", "対応済み（社）", "対応中（社）", "未対応（社）"]],
        rows=[[n, fw(a + b + c), fw(a), fw(b), fw(c)] for n, a, b, c in RULES],
        col_widths=[58 * mm, 30 * mm, 26 * mm, 26 * mm, 26 * mm], table_fy=2024,
    )
    rules.unit = lambda row, c, s=rules: bracket_unit(s.column_label(c))
    n_s, n_l = (s[1] for s in HANDLER_SIZES)
    issues = TableSpec(
        key="issues", doc=CHOSA_PDF, title="対応に当たっての課題（複数回答）",
        header=[["課題", "全体", "中小企業", "大企業"]],
        rows=[[n, cell(pct1(a + b, n_s + n_l)), cell(pct1(a, n_s)), cell(pct1(b, n_l))] for n, a, b in ISSUES],
        col_widths=[74 * mm, 26 * mm, 26 * mm, 26 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return industries, rules, issues


def chosa_story(specs):
    industries, rules, issues = specs
    total, hand, done = respondents(), handlers(), compliant()
    n_s, n_l = (s[1] for s in HANDLER_SIZES)
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{CHOSA} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月", DATE_RIGHT), P(CHOSA_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "海外の顧客や取引先の個人データを取り扱う県内企業が、各国・地域の個人データ保護規制にどのように対応しているかを把握し、支援策の検討に役立てるため"),
        ("調査対象", f"県内に本社を置き、海外と取引のある企業 {TARGET:,}社"),
        ("調査基準日", "令和６年（2024年）10月１日"),
        ("調査期間", "令和６年10月７日から11月８日まで"),
        ("調査方法", "ウェブによるアンケート"),
        ("回答数", f"{total}社（回答率{pct1(total, TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「海外の個人データ」とは、日本国外に住む個人に関する情報であって、特定の個人を識別できるもの（顧客の氏名、電子メールアドレス、配送先等）をいう。「取扱企業」とは、調査基準日前の１年間に、海外の個人データを取得し、又は保管した企業をいう。また、「対応済み」とは、該当する規制が求めるプライバシーポリシーの公表と、本人からの開示等の請求に応じる手順の整備の両方を終えていることをいう。
""", 0)
    st += [P("２　回答企業の業種と取扱企業", H1)]
    st += paras(f"""
回答企業{total}社のうち、取扱企業は{hand}社（{pct1(hand, total)}％）であった。業種別では、宿泊・観光業が取扱企業の数で最も多く、小売業（通信販売を含む。）が取扱企業の割合で最も高い。取扱企業のうち対応済みの企業は{done}社で、取扱企業の半数に満たなかった。
""", 0)
    st += [caption(industries.title, "（令和６年度）"), industries.flowable(), Spacer(1, 2)]
    st += notes(["※１ 取扱企業の割合は、取扱企業数を回答企業数で割ったものである。"])
    st += [CondPageBreak(SIBLING_ROOM + 10 * mm), P("３　主な業種の状況", H1)]
    for i, (head, scene, rule, voice) in enumerate(SECTORS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な取扱いの場面", scene), ("最も多く該当する規制", rule), ("主な意見", voice)], 1)
    st += [P("４　規制別の対応状況", H1)]
    st += paras("""
取扱企業に、自社に該当する規制と、規制ごとの対応の状況を尋ねた。該当企業数はＥＵ一般データ保護規則（ＧＤＰＲ）が最も多く、対応済みの割合もＧＤＰＲが最も高い。一方、未対応の企業数は中国個人情報保護法が最も多かった。
""", 0)
    st += [caption(rules.title, "（令和６年度）"), rules.flowable(), Spacer(1, 2)]
    st += notes([f"※２ 取扱企業{hand}社が、該当する規制ごとに回答した（複数回答）。「対応中」は、プライバシーポリシーの公表と請求に応じる手順の整備のどちらか一方だけを終えていることをいう。"])
    st += [P("５　対応に当たっての課題", H1)]
    st += paras("""
全体と中小企業では「どの規制が該当するか判断できない」が最も多く、大企業では「取引先から対応の状況を問われる」が最も多かった。中小企業では「社内に詳しい人材がいない」も４割を超えた。
""", 0)
    st += [caption(issues.title, "（単位：％）"), issues.flowable(), Spacer(1, 2)]
    st += notes([f"※３ 取扱企業（全体{hand}社、中小企業{n_s}社、大企業{n_l}社）が回答した。複数回答のため、合計は100％にならない。"
                 "「中小企業」は中小企業基本法に定める中小企業者をいい、それ以外を「大企業」という。"])
    st += [P("６　県への主な要望（自由記述）", H1)]
    st += bullets([
        "国・地域ごとの規制の要点を、日本語で分かりやすくまとめた資料を作ってほしい。",
        "プライバシーポリシーの英語のひな形を示してほしい。",
        "規制に詳しい弁護士に、無料で相談できる機会を設けてほしい。",
    ], 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        "① 主な国・地域の規制の要点をまとめた手引きを、令和７年度中に作成する。",
        f"② {MADOGUCHI}に、個人データ保護規制の相談を受ける専門の相談員を置く。",
        "③ 弁護士による無料の個別相談会を、年６回開く。",
        "④ 次回の調査は、令和８年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{CHOSA_DEPT} 通商班　電話：099-616-4030　ファクス：099-616-4039",
        f"{MADOGUCHI}（{KIKO}内、個別の相談）　電話：099-615-2270",
        "電子メール：tachibana-tsusho@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return live_specs() + koza_specs() + chosa_specs()


PREFIX_Q, PREFIX_T = "h57q", "h57t"


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    lspecs, kspecs, cspecs = live_specs(), koza_specs(), chosa_specs()
    ldoc = build_pdf(docs_dir / LIVE_PDF, lspecs, live_story(lspecs),
                     f"令和７年度 {LIVE} 参加事業者募集要項", "令和７年４月", LIVE_DEPT)
    kdoc = build_pdf(docs_dir / KOZA_PDF, kspecs, koza_story(kspecs),
                     f"令和７年度 {KOZA} 受講案内", "令和７年４月", KOZA_DEPT)
    cdoc = build_pdf(docs_dir / CHOSA_PDF, cspecs, chosa_story(cspecs),
                     f"令和６年度 {CHOSA} 報告書", "令和７年３月", CHOSA_DEPT)
    gold = all_gold({LIVE_PDF: ldoc.row_pages, KOZA_PDF: kdoc.row_pages, CHOSA_PDF: cdoc.row_pages})
    write_jsonl(out / "tables.jsonl", gold)
    pages = extract_pages(docs_dir)
    write_texts(text_dir, pages)
    return gold, pages


# ================================================================ questions
# `absent` (unanswerable only, not written out): terms that must occur in no document.
# `calc` (computed only, not written out): the arithmetic on the gold cells that gives the answer.
# `history` (followups only): the earlier turns of the conversation.
def _turns(*pairs) -> list[dict]:
    out = []
    for user, assistant in zip(pairs[::2], pairs[1::2]):
        out += [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]
    return out


A, B, C, D, E, F, G, H, I = (
    "コース別の参加負担金と配信回数", "年度別の実施状況", "分野別・市場別の販売額",
    "科目別の講義時間", "講座の主な実績", "業種別の受講者",
    "業種別の回答企業と取扱企業", "規制別の該当企業と対応状況", "対応に当たっての課題（複数回答）")
LETTERS = dict(zip((A, B, C, D, E, F, G, H, I), "abcdefghi"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y, unit) -> str:
    q = half_up(Decimal(x) / Decimal(y), "0.1")
    return f"{int(q) if q == q.to_integral() else q}{unit}"


def _course_fee(n: int) -> str:
    """Fee of n trainees of one (non-member) firm in the 基礎コース: the second on at 20 % off."""
    fee = int(KOZA_COURSES[0][3].rstrip("円").replace(",", ""))
    total = fee + (n - 1) * fee * (100 - DISCOUNT_SECOND) // 100
    return f"{total:,}円"


QUESTIONS = [
    # --- boshu: the live-commerce call, tables (a) (b) (c), definitions, costs, sibling sections, steps
    dict(question="従業員が８人いる雑貨の小売店から、タイコースに参加したいと相談を受けています。参加負担金はいくらになりますか？",
         category="boshu", doc=LIVE_PDF,
         evidence=["卸売業、小売業及びサービス業を営む者は５人以下", "タイコース 20,000 40,000 ２ ３"], answer=["40,000"],
         notes="two facts: a retailer with 8 employees is above the 5人 of the retail branch of the 小規模事業者 "
               "definition (the 20人 of the general branch is the trap), so note ※１ puts it under "
               "その他の中小企業者; (a) two-level header, leaf 参加負担金（円）／その他の中小企業者; 20,000 is the trap"),
    dict(question="2025年度に台湾コースに参加した場合、ほかの会社の商品と一緒に紹介してもらえる配信は何回ありますか？",
         category="boshu", doc=LIVE_PDF,
         evidence=["１回の配信で３事業者以上の商品をまとめて紹介する", "台湾コース 30,000 60,000 ２ ４"], answer=["４"],
         notes="the definition of 合同配信 picks the leaf 配信回数（回）／合同配信 of (a); ２ (単独配信) is the trap; "
               "2025年度 = 令和７年度 (the call prints only 2022年度 in Western form)"),
    dict(question="2022年度から2024年度までの３年間で、配信は合わせて何回行われましたか？",
         category="boshu", doc=LIVE_PDF,
         evidence=["令和４年度 18 42 38,640 612", "令和５年度 24 61 57,200 1,045", "令和６年度 30 80 84,900 1,730"],
         answer=["183回"], computed=True,
         calc=lambda g: f"{sum(g(B, era(y), '配信回数（回）', y) for y in (2022, 2023, 2024))}回",
         notes="(b) years as rows, sum of a column: 42 + 61 + 80 = 183回 (no total row is printed; 延べ72者 in １ "
               "is the participants' total, a near miss)"),
    dict(question="令和６年度の販売額は、令和５年度と比べて何万円増えましたか？",
         category="boshu", doc=LIVE_PDF, evidence=["令和５年度 24 61 57,200 1,045", "令和６年度 30 80 84,900 1,730"],
         answer=["685万円"], computed=True,
         calc=lambda g: f"{g(B, '令和６年度', '販売額（万円）', 2024) - g(B, '令和５年度', '販売額（万円）', 2023)}万円",
         notes="(b) difference between two rows: 1,730 − 1,045 = 685万円"),
    dict(question="令和６年度の配信で、化粧品や日用品は３つの市場を合わせていくら売れましたか？",
         category="boshu", doc=LIVE_PDF, evidence=["化粧品・日用品 210 142 60 412"], answer=["412"],
         notes="(c) total column on the right (合計), unit 万円 from the caption note; 210 (台湾) is the trap"),
    dict(question="米国向けの販売額のうち、服やストールなどの服飾品が占める割合はどれくらいですか？",
         category="boshu", doc=LIVE_PDF, evidence=["アパレル・服飾 95 41 167 303", "合計 843 415 472 1,730"],
         answer=["35.4%"], computed=True,
         calc=lambda g: _pct(g(C, "アパレル・服飾", "米国", 2024), g(C, "合計", "米国", 2024)),
         notes="(c) share within a column: 167 / 472 = 35.4 % (167 / 303, the row's share, is another reading)"),
    dict(question="2024年度に、タイ向けの配信で売れた食べ物や飲み物は何万円分でしたか？",
         category="boshu", doc=LIVE_PDF, evidence=["食品・飲料 420 168 95 683"], answer=["168"],
         notes="(c) row 食品・飲料, column タイ; 2024年度 = 令和６年度 (caption note); 420 (台湾) and 683 (合計) are the traps"),
    dict(question="柑橘の香りのハンドクリームを売った化粧品メーカーは、どの市場のコースに参加していましたか？",
         category="boshu", doc=LIVE_PDF, evidence=["化粧品製造業Ｂ社", "参加コース：タイコース"], answer=["タイコース"],
         notes="sibling sections （１）–（３） of ６ share the labels 参加コース, 紹介した商品, 販売額; （２）化粧品製造業Ｂ社; "
               "台湾コース and 米国コース are the siblings' values"),
    dict(question="申し込んだあと、参加できるかどうかはいつごろ分かりますか？",
         category="boshu", doc=LIVE_PDF, evidence=["選考結果の通知（令和７年７月下旬）"], answer=["７月下旬"],
         notes="procedure step ④ (the selection itself, step ③, is in 令和７年７月上旬, the near miss)"),
    dict(question="売れ残った商品を日本に送り返す費用は、県が出してくれるのでしょうか？",
         category="boshu", doc=LIVE_PDF,
         evidence=["次の経費は参加事業者が負担します", "売れ残った商品の返送又は廃棄に要する費用"], answer=["参加事業者が負担"],
         notes="the costs the firm bears (a lead sentence and four ○ items after the list of the costs the prefecture "
               "bears); the storage in the local warehouse, borne by the prefecture, is the near miss"),
    # --- koza: the trade-practice course guide, tables (d) (e) (f), a definition, sibling sections, discounts
    dict(question="貿易実務講座の申込みは、いつまで受け付けていますか？",
         category="koza", doc=KOZA_PDF, evidence=["申込期間：令和７年（2025年）４月21日から５月23日まで"], answer=["５月23日"],
         notes="「label：value」 line 申込期間 in １"),
    dict(question="基礎コースの10回の講義のうち８回出席して、確認テストが70点だった人は修了になりますか？",
         category="koza", doc=KOZA_PDF, evidence=["講義の８割以上に出席し", "確認テストで70点以上"], answer=["８割以上"],
         notes="the definition of 修了 asked at both boundaries (8 of 10 = ８割, 70点 = 70点以上): yes"),
    dict(question="英文の契約書や書類の作り方を学ぶコースは、何人まで受けられますか？",
         category="koza", doc=KOZA_PDF, evidence=["（３）英文契約・書類作成コース", "定員：20人"], answer=["20人"],
         notes="sibling sections （１）–（３） of ２ share the labels 日程, 定員, 受講料; （３）英文契約・書類作成コース; "
               "40人 and 30人 are the siblings' values"),
    dict(question="実践コースでは、信用状など代金の決済について何時間学びますか？",
         category="koza", doc=KOZA_PDF, evidence=["（４） 代金決済と信用状 ３ ４"], answer=["４"],
         notes="(d) numbered first column （１）…（９）, row 代金決済と信用状, column 実践コース（時間）; ３ (基礎コース) is the trap"),
    dict(question="基礎コースの講義時間のうち、通関と関税の科目は何％を占めますか？",
         category="koza", doc=KOZA_PDF, evidence=["（６） 通関と関税 ３ ４", "合計 25 30"], answer=["12.0%"], computed=True,
         calc=lambda g: _pct(g(D, "通関と関税", "基礎コース（時間）", 2025), g(D, "合計", "基礎コース（時間）", 2025)),
         notes="(d) share within a column: 3 / 25 = 12.0 %"),
    dict(question="2022年度に講座を修了した人は何人でしたか？",
         category="koza", doc=KOZA_PDF, evidence=["修了者数 人 55 70 84"], answer=["55"],
         notes="(e) years as columns with a 単位 column: 2022年度 = 令和４年度 (the guide prints only 2025年 in Western "
               "form); 68 (受講者数) is the trap"),
    dict(question="令和５年度は、受講した人のうち何％が修了しましたか？",
         category="koza", doc=KOZA_PDF, evidence=["修了率 ％ 80.9 86.4 87.5"], answer=["86.4"],
         notes="(e) row 修了率 (unit ％ from the 単位 column), column 令和５年度; 87.5 (令和６年度) is the trap"),
    dict(question="令和６年度に、金属製品のメーカーから受講した人は何人いましたか？",
         category="koza", doc=KOZA_PDF, evidence=["金属製品製造業 11 ９ ８"], answer=["11"],
         notes="(f) on the page before the break, column 受講者数（人）; ９ (修了者数) is the trap"),
    dict(question="機械器具製造業から受講した人のうち、修了できた人の割合は何％ですか？",
         category="koza", doc=KOZA_PDF, evidence=["機械器具製造業 15 13 10"], answer=["86.7%"], computed=True,
         calc=lambda g: _pct(g(F, "機械器具製造業", "修了者数（人）", 2024), g(F, "機械器具製造業", "受講者数（人）", 2024)),
         notes="(f) share within a row: 13 / 15 = 86.7 % (87.5, the overall 修了率 of (e), is a near miss)"),
    dict(question="貿易協会の会員ではない会社から３人が基礎コースを受講する場合、受講料は合わせていくらになりますか？",
         category="koza", doc=KOZA_PDF, evidence=["受講料：12,000円", "２人目からの受講料を20％割り引く"],
         answer=["31,200円"], computed=True, calc=lambda g: _course_fee(3),
         notes="computed from prose: 12,000 + 2 × 9,600 = 31,200円 (the fee from （１） of ２, the 20 % "
               "discount from ３; the members' half price is the near miss)"),
    # --- chosa: the personal-data survey, tables (g) (h) (i), a definition, sibling sections
    dict(question="宿泊や観光の会社で海外の個人データを扱っているところのうち、規制への対応を済ませているのは何％ですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["宿泊・観光業 53 33 62.3 11"], answer=["33.3%"], computed=True,
         calc=lambda g: _pct(g(G, "宿泊・観光業", "うち対応済み（社）", 2024), g(G, "宿泊・観光業", "取扱企業数（社）", 2024)),
         notes="(g) share within a row: 11 / 33 = 33.3 % (62.3, the printed share of 取扱企業 among the respondents, "
               "is the trap)"),
    dict(question="2024年度の調査で、化粧品や日用品のメーカーのうち海外の個人データを扱っている会社の割合はどれくらいですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["化粧品・日用品製造業 38 21 55.3 10"], answer=["55.3"],
         notes="(g) paired columns: the per cent next to the count, column 取扱企業の割合（％）; 21 (the count) is the "
               "trap; 2024年度 = 令和６年度 (the report prints only 2024年, in 調査基準日)"),
    dict(question="海外の個人データを扱う会社の数で見ると、２番目に多い業種はどこですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["小売業（通信販売を含む。） 41 30 73.2 13"], answer=["小売業"],
         notes="(g) ranking in the column 取扱企業数（社）: 宿泊・観光業 33, 小売業（通信販売を含む。） 30, "
               "機械・電気機器製造業 29 (小売業 is first by share, 機械 second by respondents, the traps)"),
    dict(question="海外の個人データを扱っている会社のうち、規制への対応を済ませた会社は全体で何％ですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["合計 378 170 45.0 71"], answer=["41.8%"], computed=True,
         calc=lambda g: _pct(g(G, "合計", "うち対応済み（社）", 2024), g(G, "合計", "取扱企業数（社）", 2024)),
         notes="(g) share within the 合計 row: 71 / 170 = 41.8 % (the prose says only 「半数に満たなかった」; 45.0 is "
               "the trap)"),
    dict(question="令和６年度の調査で、中国の個人情報保護法の対象になる会社のうち、まだ何も手を付けていない会社は何社ですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["中国個人情報保護法 52 17 16 19"], answer=["19"],
         notes="(h) column 未対応（社） (note ※２: 対応中 = one of the two steps done); 16 (対応中) is the trap"),
    dict(question="韓国の個人情報保護法が当てはまる会社のうち、対応を終えた会社の割合は何％ですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["韓国個人情報保護法 41 14 12 15"], answer=["34.1%"], computed=True,
         calc=lambda g: _pct(g(H, "韓国個人情報保護法", "対応済み（社）", 2024), g(H, "韓国個人情報保護法", "該当企業数（社）", 2024)),
         notes="(h) share within a row: 14 / 41 = 34.1 %"),
    dict(question="大企業のうち、取引先から対応の状況を聞かれることを課題に挙げた割合はどれくらいですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["取引先から対応の状況を問われる 17.1 10.9 43.8"], answer=["43.8"],
         notes="(i) unruled table, column 大企業; 17.1 (全体) and 10.9 (中小企業) are the traps"),
    dict(question="プライバシーポリシーは公表したものの、本人からの開示請求に応じる手順はまだ作っていない会社は、「対応済み」に入りますか？",
         category="chosa", doc=CHOSA_PDF, evidence=["手順の整備の両方を終えていることをいう", "どちらか一方だけを終えていることをいう"],
         answer=["両方"],
         notes="definition of 対応済み (both steps) and note ※２ (one step only = 対応中): no"),
    dict(question="通信販売をしている小売の会社で、いちばん多く当てはまる規制はどれですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["（２）小売業", "最も多く該当する規制：ＥＵ一般データ保護規則（ＧＤＰＲ）"],
         answer=["ＥＵ一般データ保護規則"],
         notes="sibling sections （１）–（３） of ３ share the labels 主な取扱いの場面, 最も多く該当する規制, 主な意見; "
               "（２）小売業; 中国個人情報保護法 and 韓国個人情報保護法 are the siblings' values"),
    # --- followups
    dict(question="では、そのコースで、自社の商品だけを紹介してもらえる配信は何回ありますか？",
         category="followup", doc=LIVE_PDF, evidence=["香港コース 25,000 50,000 １ ４"], answer=["１"],
         history=_turns("香港コースに小規模事業者として参加すると、参加負担金はいくらですか？",
                        "香港コースの小規模事業者の参加負担金は25,000円です[1]。"),
         notes="(a) the row from the history (香港コース), leaf 配信回数（回）／単独配信 (the definition of 単独配信); "
               "４ (合同配信) is the trap"),
    dict(question="その年度は、配信１回当たり平均何人が視聴しましたか？",
         category="followup", doc=LIVE_PDF, evidence=["令和４年度 18 42 38,640 612"], answer=["920人"], computed=True,
         calc=lambda g: _avg(g(B, "令和４年度", "視聴者数（人）", 2022), g(B, "令和４年度", "配信回数（回）", 2022), "人"),
         history=_turns("2022年度には、何者がこの事業に参加しましたか？",
                        "2022年度（令和４年度）は18者が参加しました[1]。"),
         notes="(b) the year from the history (2022年度 = 令和４年度), average in a row: 38,640 / 42 = 920人"),
    dict(question="そのうち修了したのは何人ですか？",
         category="followup", doc=KOZA_PDF, evidence=["卸売業 14 12 ９"], answer=["12"],
         history=_turns("令和６年度に卸売業から受講したのは何人でしたか？",
                        "卸売業からの受講者は14人でした[1]。"),
         notes="(f) the row from the history (卸売業, on the continuation page), column 修了者数（人）; ９ (受講事業者数) "
               "is the trap"),
    dict(question="そのうち、対応がまだ途中の会社は何社ですか？",
         category="followup", doc=CHOSA_PDF, evidence=["ＥＵ一般データ保護規則（ＧＤＰＲ） 74 38 21 15"], answer=["21"],
         history=_turns("ＧＤＰＲの対象になる県内企業は何社ありましたか？",
                        "ＥＵ一般データ保護規則（ＧＤＰＲ）に該当する企業は74社でした[1]。"),
         notes="(h) the row from the history, column 対応中（社） (note ※２); 15 (未対応) is the trap"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=KOZA_PDF, evidence=["電話：099-614-1180"], answer=["099-614-1180"],
         history=_turns("講座の申込みについて問い合わせたい会社があるのですが、どこに連絡すればよいですか？",
                        "申込みの受付は一般社団法人橘県貿易協会が行っています[1]。"),
         notes="contact box of the course guide: the 協会's phone (second line); the 班's phone 099-613-5520 and fax "
               "099-613-5529 (first line) are the near misses"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="ライブ配信を見た人のうち、実際に商品を買った人の割合はどれくらいですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives the viewers (視聴者数) and the sales amounts, not the number of buyers",
         absent=["購入率", "購入者数", "購入した人", "注文件数"]),
    dict(question="これまでに参加した事業者のうち、２回以上参加している会社は何社ありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="participants are given per year (延べ72者), not how many took part more than once",
         absent=["２回以上", "２回目", "継続参加", "リピート"]),
    dict(question="貿易実務講座では、どのような経歴の講師が教えていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the courses, subjects, hours, fees and results, not the teachers",
         absent=["講師"]),
    dict(question="講座の修了者のうち、貿易実務検定に合格した人は何人いますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the 修了 (attendance and the course's own 確認テスト), not any outside exam",
         absent=["合格", "検定"]),
    dict(question="規制への対応に、県内企業は１社当たり平均いくらくらいの費用をかけていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey has 「外部の専門家に頼む費用が高い」 as a difficulty, but no amounts",
         absent=["対応費用", "費用の額", "対応に要した費用", "１社当たり"]),
    dict(question="海外の顧客の個人データが漏れる事故を起こした県内企業は何社ありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey covers handling and compliance, not data breaches",
         absent=["漏えい", "漏洩", "事故", "流出"]),
]
CATEGORY_COUNTS = {"boshu": 10, "koza": 10, "chosa": 9, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")


def expected_questions() -> list[dict]:
    return numbered_questions([{k: v for k, v in q.items() if k != "calc"} for q in QUESTIONS], PREFIX_Q)


COMPUTED = {f"{PREFIX_Q}{i:02d}": q["calc"] for i, q in enumerate(QUESTIONS, 1) if "calc" in q}


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
PAGE_COUNTS = {LIVE_PDF: (3, 3), KOZA_PDF: (3, 3), CHOSA_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (150, 200)
TABLE_QUESTIONS = 20  # at least, outside the followups
BEFORE_BREAK_ROWS = ("食料品製造業", "繊維・衣服製造業")  # rows of (f) expected before the page break
CONTINUED_ROWS = ("卸売業", "運輸・倉庫業", "その他", "合計")  # and after it
WESTERN_PRINTED = {LIVE_PDF: ["2022年"], KOZA_PDF: ["2025年"], CHOSA_PDF: ["2024年"]}


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout57.py")
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
        elif any(c in q["question"] for c in FOLLOWUP_CUES):
            errors.append(f"{qid}: その／そこ／それ in a question without a history")
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
    if sum("second" in q["notes"] and q["category"] != "unanswerable" for q in questions) < 1:
        errors.append("no second-largest question")
    n_computed = sum(bool(q.get("computed")) for q in questions)
    if not 9 <= n_computed <= 11:
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout57.py")
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
            # each printed row, cell after cell (the number and 単位 cells included), on its page
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

    # (a): small firms pay less; a course has at least as many joint streams as single ones
    for row, r in t[A].items():
        if r["参加負担金（円）／小規模事業者"] >= r["参加負担金（円）／その他の中小企業者"]:
            errors.append(f"{A} / {row}: 小規模事業者 should pay less")
        if r["配信回数（回）／合同配信"] < r["配信回数（回）／単独配信"]:
            errors.append(f"{A} / {row}: fewer joint than single streams")
    # (b): every column grows every year; the prose totals
    b = t[B]
    for col in ("参加事業者数（者）", "配信回数（回）", "視聴者数（人）", "販売額（万円）"):
        vals = [b[era(y)][col] for y, *_x in LIVE_RECORD]
        if vals != sorted(set(vals)):
            errors.append(f"{B}: {col} should grow every year (the prose says so)")
    # (c): the total column and the 合計 row add up; 合計 equals (b)'s 令和６年度 販売額
    c = t[C]
    adds_up(C, list(MARKETS) + ["合計"])
    for row, r in c.items():
        if r["合計"] != sum(r[m] for m in MARKETS):
            errors.append(f"{C} / {row}: the total column does not add up")
    if c["合計"]["合計"] != b["令和６年度"]["販売額（万円）"]:
        errors.append(f"{C}: 合計 differs from 令和６年度 of {B}")
    # (d): 合計 adds up and equals the lectures × hours of the prose
    d = t[D]
    adds_up(D, ("基礎コース（時間）", "実践コース（時間）"))
    for course, (n, h) in LECTURES.items():
        if Decimal(d["合計"][f"{course}（時間）"]) != n * Decimal(nfkc(h)):
            errors.append(f"{D}: 合計 of {course} differs from 全{n}回 × {h}時間")
    # (e): 修了率 from the counts; growing; 令和６年度 equals (f)'s 合計
    e = t[E]
    for y in KOZA_YEARS:
        col = era(y)
        if Decimal(str(e["修了率"][col])) != pct1(e["修了者数"][col], e["受講者数"][col]):
            errors.append(f"{E}: 修了率 of {col} differs from the counts")
    for row in ("受講者数", "修了者数", "受講事業者数"):
        vals = [e[row][era(y)] for y in KOZA_YEARS]
        if vals != sorted(set(vals)):
            errors.append(f"{E}: {row} should grow every year")
    f = t[F]
    adds_up(F, ("受講者数（人）", "修了者数（人）", "受講事業者数（社）"))
    if (e["受講者数"]["令和６年度"], e["修了者数"]["令和６年度"], e["受講事業者数"]["令和６年度"]) != \
            (f["合計"]["受講者数（人）"], f["合計"]["修了者数（人）"], f["合計"]["受講事業者数（社）"]):
        errors.append(f"{E}: 令和６年度 differs from the 合計 of {F}")
    if any(not r["受講者数（人）"] >= r["修了者数（人）"] or r["受講事業者数（社）"] > r["受講者数（人）"] for r in f.values()):
        errors.append(f"{F}: 修了 or 受講事業者 above 受講")
    # (g): 合計 adds up; the per cents come from the counts; 対応済み within 取扱 within 回答
    gg = t[G]
    adds_up(G, ("回答企業数（社）", "取扱企業数（社）", "うち対応済み（社）"))
    for row, r in gg.items():
        if Decimal(str(r["取扱企業の割合（％）"])) != pct1(r["取扱企業数（社）"], r["回答企業数（社）"]):
            errors.append(f"{G} / {row}: 割合 differs from the counts")
        if not r["うち対応済み（社）"] <= r["取扱企業数（社）"] <= r["回答企業数（社）"]:
            errors.append(f"{G} / {row}: counts out of order")
    if gg["合計"]["取扱企業数（社）"] != sum(s[1] for s in HANDLER_SIZES):
        errors.append(f"{G}: 取扱企業 differ from the sizes of note ※３")
    # (h): 該当 = 対応済み + 対応中 + 未対応, none above the 取扱企業
    for row, r in t[H].items():
        if r["該当企業数（社）"] != r["対応済み（社）"] + r["対応中（社）"] + r["未対応（社）"]:
            errors.append(f"{H} / {row}: 該当 differs from the three states")
        if r["該当企業数（社）"] > gg["合計"]["取扱企業数（社）"]:
            errors.append(f"{H} / {row}: more firms than the 取扱企業")
    # (i): the per cents come from the counts (全体 over both sizes)
    (_s, n_s), (_l, n_l) = HANDLER_SIZES
    for name, a, bb in ISSUES:
        r = t[I][name]
        want = (pct1(a + bb, n_s + n_l), pct1(a, n_s), pct1(bb, n_l))
        if tuple(Decimal(str(r[k])) for k in ("全体", "中小企業", "大企業")) != want:
            errors.append(f"{I} / {name}: per cents differ from the counts")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    trainees = specs["trainees"]
    bp = sorted({g["page"] for g in gold if g["table"] == F})
    if len(bp) != 2:
        errors.append(f"{F} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(trainees.header[0]))
        on = [i + 1 for i, p in enumerate(pages[KOZA_PDF]) if header in norm(p)]
        if trainees.repeat_header or on != bp[:1]:
            errors.append(f"{F}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == F and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == F and g["page"] == bp[1]}
        if not 3 <= len(first) <= 8:
            errors.append(f"{F}: {len(first)} rows before the page break, expected 3-8")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{F}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("建設業、情報通信業") not in norm(pages[KOZA_PDF][bp[1] - 1]):
            errors.append(f"{F}: note ※２ should follow the table on the continuation page")
    for key in ("courses", "record", "sales", "subjects", "koza_record", "industries", "rules", "issues"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["issues"].ruled or not all(s.ruled for k, s in specs.items() if k != "issues"):
        errors.append(f"only {I} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns, different leaves under the two groups
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["参加負担金（円）／小規模事業者", "参加負担金（円）／その他の中小企業者",
            "配信回数（回）／単独配信", "配信回数（回）／合同配信"]
    if len(specs["courses"].header) != 2 or len(specs["courses"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"円", "回"}:
        errors.append(f"{A}: units should come from the header groups")
    # (b): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::4] != [y for y, *_x in LIVE_RECORD]:
        errors.append(f"{B}: expected years as rows")
    # (c): a total column on the right (and a 合計 row)
    ccols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == C))
    if ccols != list(MARKETS) + ["合計"] or [g["row"] for g in gold if g["table"] == C][-1] != "合計":
        errors.append(f"{C}: expected the markets and a total column on the right, got {ccols}")
    # (d): a number column （１）… left of the label column, not a gold cell
    subj = specs["subjects"]
    nums = [r[subj.number_col] for r in subj.rows]
    if nums[:-1] != [f"（{fw(i)}）" for i in range(1, len(nums))] or nums[-1] != "" \
            or any(g["column"] == subj.header[0][subj.number_col] for g in gold):
        errors.append(f"{D}: expected the numbers （１）… in the first column and no gold cell there")
    # (e): fiscal years as columns, the unit of each row from its 単位 column (not a cell)
    kr = specs["koza_record"]
    ecols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == E))
    if ecols != [era(y) for y in KOZA_YEARS] or kr.table_fy is not None \
            or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in gold if g["table"] == E):
        errors.append(f"{E}: expected the fiscal years as columns, got {ecols}")
    units = {g["row"]: g["unit"] for g in gold if g["table"] == E}
    if units != {r[0]: nfkc(r[1]) for r in kr.rows} or len(set(units.values())) < 3 or "単位" in ecols:
        errors.append(f"{E}: the units should come from the 単位 column ({units})")
    # (g): each per cent directly right of the count it is computed from
    ind = specs["industries"]
    if [ind.column_label(c) for c in (2, 3)] != ["取扱企業数（社）", "取扱企業の割合（％）"]:
        errors.append(f"{G}: expected the count and its per cent in paired columns")
    # (i): per cents only, unit from the caption note
    if {g["unit"] for g in gold if g["table"] == I} != {"%"}:
        errors.append(f"{I}: expected per cents only")
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
        got = re.findall(r"099-61\d-\d{4}", text)
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

    def western(text, doc, what):
        if re.findall(r"20\d\d年", text) != WESTERN_PRINTED[doc]:
            errors.append(f"{what}: Western years printed {re.findall(r'20[0-9][0-9]年', text)}, expected {WESTERN_PRINTED[doc]}")

    # ---- the live-commerce call
    lv = norm("\n".join(pages[LIVE_PDF]))
    siblings(lv, LIVE_PDF, ("参加コース：", "紹介した商品：", "販売額："), [c[0] for c in LIVE_CASES])
    if norm(f"延べ{sum(r[1] for r in LIVE_RECORD)}者が参加し、販売額は合わせて{sum(r[4] for r in LIVE_RECORD):,}万円") not in lv:
        errors.append("call: the totals in the prose differ from (b)")
    last = LIVE_RECORD[-1]
    if norm(f"令和６年度は{last[1]}者が参加し、{last[2]}回の配信で{last[4]:,}万円を販売") not in lv:
        errors.append("call: the 令和６年度 figures in the prose differ from (b)")
    by_field = sorted(SALES, key=lambda r: -sum(r[1:]))
    tw = [sum(r[j] for r in SALES) for j in (1, 2, 3)]
    if by_field[0][0] != "食品・飲料" or not 0.45 <= tw[0] / sum(tw) < 0.5 or tw[0] != max(tw):
        errors.append("call: 「食品・飲料が最も多く…台湾が販売額の半分近く」 does not hold")
    sales = {r[0]: dict(zip(MARKETS, r[1:])) for r in SALES}
    for head, course, _goods, amount, field, market in LIVE_CASES:
        if course != f"{market}コース" or int(amount.rstrip("万円")) > sales[field][market]:
            errors.append(f"call: case {head} does not fit its field and market in (c)")
    if norm(f"{len(COURSES) * PLACES_PER_COURSE}者程度（各コース{fw(PLACES_PER_COURSE)}者程度）") not in lv:
        errors.append("call: 募集事業者数 differs from the courses")
    if [c[0] for c in COURSES if c[0].rstrip("コース") not in MARKETS] != ["香港コース"] or "香港コースを新たに設けます" not in lv:
        errors.append("call: 香港コース should be the only course new in 令和７年度")
    western(lv, LIVE_PDF, "call")
    defs(lv, ("ライブコマース", "小規模事業者", "単独配信", "合同配信"), "call")
    for x in PREF_PAYS + FIRM_PAYS:
        if norm(x) not in lv:
            errors.append(f"call: the cost {x} is missing")
    raw = "\n".join(pages[LIVE_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("call: expected three Ｑ lines and three Ａ lines")
    steps_of(LIVE_PDF, "①②③④⑤⑥", "call")
    contacts(LIVE_PDF, ["099-612-3410", "099-612-3419", "099-615-2260"], ["tachibana-live@example.jp"], "call")

    # ---- the course guide
    kz = norm("\n".join(pages[KOZA_PDF]))
    siblings(kz, KOZA_PDF, ("日程：", "定員：", "受講料："), [c[0] for c in KOZA_COURSES])
    y = KOZA_RECORD[2024]
    if norm(f"令和６年度は{y[0]}人が受講し、{y[1]}人が修了") not in kz:
        errors.append("guide: the 令和６年度 figures in the prose differ from (e)")
    ranked = [r[0] for r in sorted(TRAINEES, key=lambda r: -r[1])]
    if ranked[:3] != ["食料品製造業", "機械器具製造業", "卸売業"]:
        errors.append("guide: 「食料品製造業が最も多く、機械器具製造業、卸売業と続いた」 does not hold")
    if norm(f"２人目からの受講料を{DISCOUNT_SECOND}％割り引く") not in kz or norm("受講料が半額") not in kz:
        errors.append("guide: the discounts are missing")
    for course, (n, h) in LECTURES.items():
        if norm(f"{course}は１回{h}時間") not in kz or norm(f"全{n}回") not in kz:
            errors.append(f"guide: 全{n}回 or 1回{h}時間 of {course} is missing")
    western(kz, KOZA_PDF, "guide")
    defs(kz, ("県内事業者", "修了"), "guide")
    steps_of(KOZA_PDF, "①②③④⑤", "guide")
    contacts(KOZA_PDF, ["099-613-5520", "099-613-5529", "099-614-1180"], ["tachibana-boeki-koza@example.jp"], "guide")

    # ---- the personal-data survey
    ch = norm("\n".join(pages[CHOSA_PDF]))
    siblings(ch, CHOSA_PDF, ("主な取扱いの場面：", "最も多く該当する規制：", "主な意見："), [x[0] for x in SECTORS])
    total, hand, done = respondents(), handlers(), compliant()
    if norm(f"{total}社（回答率{pct1(total, TARGET)}％）") not in ch \
            or norm(f"取扱企業は{hand}社（{pct1(hand, total)}％）") not in ch \
            or norm(f"対応済みの企業は{done}社") not in ch or not done < hand / 2:
        errors.append("survey: the response, handling and compliance figures in the prose differ from (g)")
    by_count = sorted(INDUSTRIES, key=lambda r: -r[2])
    by_share = sorted(INDUSTRIES, key=lambda r: -r[2] / r[1])
    by_resp = sorted(INDUSTRIES, key=lambda r: -r[1])
    if by_count[0][0] != "宿泊・観光業" or by_count[1][0] != "小売業（通信販売を含む。）" \
            or by_share[0][0] != "小売業（通信販売を含む。）" or by_resp[1][0] == by_count[1][0]:
        errors.append("survey: the ranking of (g) the prose and the questions rely on does not hold")
    for _head, _scene, rule, _v in SECTORS:
        if rule not in [r[0] for r in RULES]:
            errors.append(f"survey: a sibling section names {rule}, missing from (h)")
    if max(RULES, key=lambda r: sum(r[1:]))[0] != RULES[0][0] \
            or max(RULES, key=lambda r: r[1] / sum(r[1:]))[0] != RULES[0][0] \
            or max(RULES, key=lambda r: r[3])[0] != "中国個人情報保護法" \
            or sorted(r[3] for r in RULES)[-1] == sorted(r[3] for r in RULES)[-2]:
        errors.append("survey: 「ＧＤＰＲが最も多く…対応済みの割合も…未対応は中国…最も多かった」 does not hold")
    (_s, n_s), (_l, n_l) = HANDLER_SIZES
    top = [max(ISSUES, key=lambda r, k=k: r[1] + r[2] if k == 0 else r[k])[0] for k in (0, 1, 2)]
    if top != ["どの規制が該当するか判断できない", "どの規制が該当するか判断できない", "取引先から対応の状況を問われる"]:
        errors.append("survey: the tops of (i) in the prose do not hold")
    if pct1(next(r[1] for r in ISSUES if r[0] == "社内に詳しい人材がいない"), n_s) <= 40:
        errors.append("survey: 「社内に詳しい人材がいない」も４割を超えた does not hold")
    western(ch, CHOSA_PDF, "survey")
    defs(ch, ("海外の個人データ", "取扱企業", "対応済み"), "survey")
    steps_of(CHOSA_PDF, "①②③④", "survey")
    contacts(CHOSA_PDF, ["099-616-4030", "099-616-4039", "099-615-2270"], ["tachibana-tsusho@example.jp"], "survey")
    # every phone number of the set is fictional (099-61x-xxxx), every mail address under example.jp
    for n, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text):
            if not ph.startswith(PHONE_PREFIX):
                errors.append(f"{n}: phone number {ph} outside {PHONE_PREFIX}x-xxxx")
        for mail in re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text):
            if not mail.endswith(MAIL_DOMAIN):
                errors.append(f"{n}: mail address {mail} outside {MAIL_DOMAIN}")
        if "榧" in text:
            errors.append(f"{n}: names the other helper's prefecture")
    for q in QUESTIONS:
        for turn in q.get("history", []):
            for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", turn["content"]):
                if not ph.startswith(PHONE_PREFIX):
                    errors.append(f"a history names phone number {ph} outside {PHONE_PREFIX}x-xxxx")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
