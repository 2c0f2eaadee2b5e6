"""Build the 椪県 held-out set 92: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (椪県 and every town, scheme, organisation, company, phone number,
mail address and figure). The documents are in three genres the earlier sets do not use: a grant
guideline (交付要綱, articles 第１条… with a 別表) for a subsidy towards incense makers' overseas
expansion (椪県産線香海外展開支援補助金: checks against the destination's rules, combustion tests and
analysis, notification or registration abroad, label translation and packaging, trade fairs, a
joint brand) with a two-level header of rates and caps for single and joint applications, 「－」
cells for a cost only joint applications may claim and a yearly record (years as rows with a 合計
row over five fiscal years); the report of a survey of the prefecture's washi paper makers on
their exports (和紙製造業の輸出実態調査) with the exports by destination and a 増減 column (▲ for
decreases), the makers by product field (a table continued over a page break without its header,
header cells over two lines), an unruled table of the issues and a KPI table with 目標 / 実績 /
達成率; and the user guide (利用案内) of a prefectural advice service on cargo insurance for small
exporters (輸出貨物保険相談サービス) with the fees (a 「－」 cell and a half fee for small firms in a
note), the uses by transport mode with a total column on the right and the claims supported by
kind of accident; see README.md beside this file.

    python make_heldout92.py [OUTPUT_DIR]          # default: this file's directory

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

SENKO_PDF = "pon_senko_kaigai_tenkai_hojokin_kofu_yoko_r7.pdf"
WASHI_PDF = "pon_washi_yushutsu_jittai_chosa_r6.pdf"
HOKEN_PDF = "pon_yushutsu_kamotsu_hoken_sodan_riyo_annai_r7.pdf"
ALL_PDFS = (SENKO_PDF, WASHI_PDF, HOKEN_PDF)

UNITS = ("千円", "万円", "円", "件", "人", "者", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
DASH = "－"  # a cell with no figure; each table's note says what it means
DECREASE = "▲"  # a decrease in a 増減 column
PHONE_RE = r"099-96\d-\d{4}"  # every phone number of the set
MAIL_DOMAIN = "@example.jp"
FORBIDDEN = ("楷県", "楷")  # another prefecture name of these sessions, never to be printed


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
        n, u = docgen.parse_number(v[1:], UNITS)
        return (None, None) if n is None else (-n, u)
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
    """k / n in whole per cent, rounded half up (the 達成率 of the KPI table)."""
    return int(half_up(Decimal(k * 100) / Decimal(n), "1"))


def cell(x) -> str:
    """A table cell: an int as docgen prints it (single digits full-width), a Decimal with one
    decimal, None as 「－」."""
    if x is None:
        return DASH
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def change(x: int) -> str:
    """A 増減 cell: a decrease with ▲, an increase as a plain number."""
    return f"{DECREASE}{fw(-x)}" if x < 0 else fw(x)


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf and optional columns or
    rows that cover a range of fiscal years (a 増減 column, a five-year 合計 row)."""

    col_range: dict | None = None  # {col: [first, last]}
    row_range: dict | None = None  # {row label: [first, last]}

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

    def dash_cells(self) -> set:
        """(row label, column label) of every cell printed 「－」."""
        return {(self.row_label(i), self.column_label(c))
                for i, r in enumerate(self.rows) for c in self.value_cols if r[c] == DASH}


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
            rng = (spec.col_range or {}).get(c) or (spec.row_range or {}).get(row_label)
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


ART_HEAD = pstyle("art_head", docgen.MINCHO, 10.5, 17, left=docgen.EM, spaceBefore=3, keepWithNext=1)
ARTICLE = pstyle("article", docgen.MINCHO, 10.5, 17, left=2 * docgen.EM, first=-docgen.EM)
ART_ITEM = pstyle("art_item", docgen.MINCHO, 10.5, 17, left=3 * docgen.EM, first=-docgen.EM)


def article(head, text, items=(), more=()):
    """An article of the guideline: （見出し）, 第ｎ条…, its items 一、二… and its paragraphs ２…"""
    st = [P(f"（{head}）", ART_HEAD), P(text, ARTICLE)]
    st += [P(f"{k}　{t}", ART_ITEM) for k, t in zip("一二三四五六", items)]
    st += [P(f"{fw(i)}　{t}", ARTICLE) for i, t in enumerate(more, 2)]
    return st


PREF = "椪県"
TOWNS = ("椪市", "川茂市", "奥谷町")
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: incense export subsidy, grant guideline
SENKO = f"{PREF}産線香海外展開支援補助金"
SENKO_DEPT = f"{PREF} 商工労働部 地場産業振興課"
SENKO_DESK = f"公益財団法人{PREF}産業振興財団 海外展開支援室"
RATES = [  # 経費区分; 単独申請: 補助率（％）, 上限額（千円）; 共同申請: 補助率（％）, 上限額（千円） (None = 「－」)
    ("規制適合確認", 50, 300, 60, 600),
    ("燃焼試験・成分分析", 50, 700, 60, 1400),
    ("輸出先での商品届出・登録", 50, 250, 60, 500),
    ("表示の翻訳・包装の変更", 50, 200, 60, 400),
    ("海外見本市への出展", 40, 500, 50, 1000),
    ("共同ブランドの開発", None, None, 60, 1200),
]
FIRM_CAP, JOINT_CAP = 150, 400  # 第４条第２項: 万円 per firm / per joint application (the table is in 千円)
REPEAT_SHARE = Decimal("0.5")  # 第４条第３項: the cap for a cost item granted the year before
RECORD_YEARS = (2020, 2021, 2022, 2023, 2024)
RECORD = [  # 年度, 申請件数, 交付決定件数, うち共同申請, 交付額（千円）
    (2020, 9, 6, 1, 5340), (2021, 12, 8, 1, 7120), (2022, 15, 10, 2, 9860),
    (2023, 19, 12, 2, 11450), (2024, 24, 14, 3, 14630),
]
SENKO_CASES = [  # 見出し, 輸出先, 主な取組, 交付額 (same labels in every sibling section); cost items; joint?
    ("線香製造業Ａ社（椪市）", "フランス", "ＥＵの規則に照らした香料の確認と、フランス語の表示への変更", "42万円",
     ("規制適合確認", "表示の翻訳・包装の変更"), False),
    ("香製造業Ｂ社（川茂市）", "米国", "燃焼試験と煙の成分分析、米国の見本市への出展", "96万円",
     ("燃焼試験・成分分析", "海外見本市への出展"), False),
    ("線香製造業Ｃ社ほか２社（共同申請、奥谷町）", "台湾", "共同ブランド「椪の香」の開発と台湾での商品登録", "158万円",
     ("共同ブランドの開発", "輸出先での商品届出・登録"), True),
]
EXCLUDED = [  # 第５条 補助対象外経費
    "商品の製造及び仕入れ並びに原料の調達に要する経費",
    "商品の輸送費及び保険料（見本市に出品する見本の輸送費を除く。）",
    "輸出先の国・地域で納める関税、付加価値税その他の税",
    "交付決定の日より前に発注し、又は支払った経費",
]
REPORT_DEADLINE = (8, 2, 10)  # 実績報告の期限: 令和８年２月10日 (printed only in era form)


def senko_specs():
    rates = TableSpec(
        key="rates", doc=SENKO_PDF, title="経費区分別の補助率と上限額",
        header=[["経費区分", "単独申請", "", "共同申請", ""],
                ["", "補助率（％）", "上限額（千円）", "補助率（％）", "上限額（千円）"]],
        rows=[[n, cell(a), cell(b), cell(c), cell(d)] for n, a, b, c, d in RATES],
        col_widths=[54 * mm, 26 * mm, 28 * mm, 26 * mm, 28 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[-1])
    rows = [[era(y), fw(a), fw(b), fw(j), fw(g)] for y, a, b, j, g in RECORD]
    rows.append(["合計"] + [fw(sum(r[k] for r in RECORD)) for k in (1, 2, 3, 4)])
    record = TableSpec(
        key="record", doc=SENKO_PDF, title="交付の実績",
        header=[["年度", "申請件数（件）", "交付決定件数（件）", "うち共同申請（件）", "交付額（千円）"]],
        rows=rows, col_widths=[28 * mm, 30 * mm, 36 * mm, 36 * mm, 30 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    record.row_range = {"合計": [RECORD_YEARS[0], RECORD_YEARS[-1]]}
    return rates, record


def senko_story(specs):
    rates, record = specs
    n_all, amt_all = sum(r[2] for r in RECORD), sum(r[4] for r in RECORD)
    last = RECORD[-1]
    era_y, month, day = REPORT_DEADLINE
    st = [Spacer(1, 2 * mm), P(f"{SENKO}交付要綱", TITLE), Spacer(1, 1 * mm),
          P("令和２年３月27日制定　令和７年３月28日最終改正", DATE_RIGHT), Spacer(1, 2 * mm)]
    st += article("趣旨", f"第１条　知事は、県産線香等の海外での販路開拓を促進するため、県内の線香等製造業者が行う海外展開の取組に要する経費の一部について、予算の範囲内で{SENKO}（以下「補助金」という。）を交付するものとし、その交付については、{PREF}補助金等交付規則（以下「規則」という。）に定めるもののほか、この要綱に定めるところによる。")
    st += article("定義", "第２条　この要綱において「線香等」とは、線香、抹香、焼香用の香及びコーン型その他の形状のお香をいう。", more=[
        "この要綱において「県産線香等」とは、調合、成形及び乾燥の工程をいずれも県内の事業所で行った線香等をいい、県外で成形したものを県内で包装したものは含まない。",
        "この要綱において「共同申請」とは、県内の線香等製造業者３者以上が、協同組合等を代表者として共同で行う申請をいう。",
        "この要綱において「規制適合確認」とは、輸出先の国・地域の法令に照らして、線香等の原料、香料及び表示が適合するかを専門家に確認させることをいう。",
    ])
    st += article("補助対象者", "第３条　補助金の交付の対象となる者（以下「補助対象者」という。）は、次の各号のいずれかに該当するものとする。", items=[
        "県内に事業所を有し、県産線香等を製造する中小企業者（中小企業基本法第２条第１項に規定する中小企業者をいう。）",
        "共同申請の代表者となる協同組合等",
    ])
    st += article("補助対象経費等", "第４条　補助の対象となる経費（以下「補助対象経費」という。）、補助率及び補助金の上限額は、別表のとおりとする。", more=[
        f"補助金の額は、１事業者当たり{FIRM_CAP}万円（共同申請の場合は、１申請当たり{JOINT_CAP}万円）を上限とし、千円未満の端数は切り捨てる。",
        "前年度にこの補助金の交付を受けた者が、同じ経費区分について再び申請する場合の上限額は、別表に定める額の２分の１とする。",
    ])
    st += article("補助対象外経費", "第５条　次に掲げる経費は、補助対象経費としない。", items=EXCLUDED)
    st += article("交付申請", "第６条　補助金の交付を受けようとする者は、交付申請書（様式第１号）に事業計画書及び経費の見積書を添えて、知事が別に定める期間内に提出しなければならない。")
    st += article("交付決定", f"第７条　知事は、前条の申請があったときは、{PREF}線香海外展開審査会の意見を聴いて審査し、補助金を交付すべきものと認めたときは、交付の決定を行い、申請者に通知する。")
    st += article("実績報告", "第８条　補助事業者は、補助事業が完了したときは、完了の日から起算して30日を経過した日又は補助事業を行う年度の２月10日のいずれか早い日までに、実績報告書（様式第５号）を知事に提出しなければならない。")
    st += [P("附　則", ART_HEAD), P("この要綱は、令和２年４月１日から施行する。", ARTICLE),
           P("附　則（令和７年３月28日改正）", ART_HEAD), P("この要綱は、令和７年４月１日から施行する。", ARTICLE)]
    st += [P("別表（第４条関係）", H1)]
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「－」は、その経費区分が単独申請では補助の対象にならないことを示す。共同ブランドの開発は、共同申請に限る。",
        f"※２ 上限額は経費区分ごとの額である。補助金の額の上限（１事業者当たり{FIRM_CAP}万円、共同申請は１申請当たり{JOINT_CAP}万円）は第４条第２項による。",
        "※３ 前年度に交付を受けた経費区分について再び申請する場合は、上限額の欄の額の２分の１を上限とする（第４条第３項）。",
    ])
    st += [P("参考１　令和７年度の募集", H1)]
    st += lv_lines([
        ("募集期間", "令和７年５月12日から６月20日まで（必着）"),
        ("予算額", "1,600万円"),
        ("採択予定件数", "単独申請10件程度、共同申請２件程度"),
        ("補助事業期間", "交付決定の日から令和８年１月31日まで"),
        ("実績報告の期限", f"令和{fw(era_y)}年{fw(month)}月{day}日（事業の完了から30日を経過した日が先に来る場合は、その日）"),
        ("申請先", f"{SENKO_DEPT} 伝統産業班"),
    ], 0)
    st += [P("参考２　交付の実績", H1)]
    st += paras(f"""
制度を創設した令和２年度（2020年度）から令和６年度までに、延べ{n_all}件、{amt_all:,}千円を交付した。申請件数は毎年増えており、令和６年度は{last[1]}件の申請があり、{last[2]}件に交付を決定した（うち共同申請{fw(last[3])}件）。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += notes(["※４ 交付額は、額の確定後の金額である。「合計」は令和２年度から令和６年度までの５年度の合計である。"])
    st += [P("参考３　活用事例（令和６年度）", H1)]
    for i, (head, where, what, amount, _items, _joint) in enumerate(SENKO_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("輸出先", where), ("主な取組", what), ("交付額", amount)], 1)
    st += [P("参考４　よくある質問", H1)]
    qa = [
        ("組合の共同申請に参加している事業者が、同じ年度に単独申請をすることはできますか。",
         "申請できます。ただし、同じ経費を両方の申請に計上することはできません。"),
        ("見本市に出品する見本の輸送費は対象になりますか。",
         "対象になります。「海外見本市への出展」の経費区分に含めて申請してください（第５条第２号）。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("参考５　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{SENKO_DEPT} 伝統産業班　電話：099-961-4410　ファクス：099-961-4419",
        f"{SENKO_DESK}（事前相談）　電話：099-961-4500",
        "電子メール：pon-senko@example.jp",
    ]))
    return st


# ================================================================ document 2: washi makers' exports, survey report
WASHI = f"{PREF}和紙製造業の輸出実態調査"
WASHI_DEPT = f"{PREF} 商工労働部 伝統工芸振興課"
KUMIAI = f"{PREF}和紙協同組合"
PLAN = f"{PREF}和紙産業振興プラン"
TARGET = 96  # 調査対象: every washi maker of the prefecture
PREV_SHARE = Decimal("41.3")  # 前回調査（令和３年度）の輸出事業者の割合 (prose only)
FIELDS = [  # 製品分野, 回答事業者数, 輸出事業者数, うち直接輸出, 輸出額（万円） (令和５年度)
    ("書道用紙", 14, 6, 2, 980), ("障子紙・襖紙", 12, 3, 1, 310), ("美術・版画用紙", 9, 7, 5, 2260),
    ("文化財修復用紙", 6, 5, 4, 1840), ("工芸紙・染紙", 10, 6, 3, 1270), ("和紙小物・雑貨", 11, 7, 4, 1530),
    ("壁紙・照明用の和紙", 5, 3, 2, 620), ("その他", 5, 1, 0, 240),
]
GROWTH = (24, 9, 5)  # 輸出事業者: 輸出額が増えた / 減った / ほぼ変わらない (prose only)
SIZE_BANDS = (15, 16, 7)  # 輸出事業者 by export value: under 100万円 / 100–500万円 / 500万円 or more (prose only)
DEST_YEARS = (2022, 2023)
DESTS = [  # 輸出先, 令和４年度, 令和５年度 (万円)
    ("米国", 2140, 2580), ("フランス", 1360, 1720), ("ドイツ", 820, 910), ("英国", 460, 530),
    ("台湾", 980, 1050), ("中国", 1240, 1030), ("香港", 610, 540), ("その他", 530, 690),
]
ISSUES = [  # 輸出に関する課題, 回答数: 輸出事業者, 未輸出事業者 (複数回答)
    ("海外の取引先の開拓", 21, 15), ("原料（楮・三椏）の確保", 18, 9), ("後継者・職人の不足", 16, 17),
    ("輸送費の上昇", 14, 4), ("外国語での商品説明", 11, 12), ("為替による価格設定の難しさ", 9, 3),
]
KPIS = [  # 指標（単位）, 目標, 実績 (令和５年度; the first two 実績 come from (c) and (d))
    ("和紙製品の輸出額（万円）", 10000, None), ("輸出事業者数（者）", 45, None),
    ("海外見本市への出展事業者数（者）", 12, 14), ("海外からの工房見学者数（人）", 1500, 1335),
    ("新たに輸出を始めた事業者数（者）", 8, 5),
]
WASHI_CASES = [  # 見出し, 主な輸出先, 輸出の方法, 工夫していること (same labels in every sibling section)
    ("美術用紙の工房Ｄ社（椪市）", "フランス、米国", "直接輸出（現地の画材店と取引）",
     "版画家向けに、紙の厚さと風合いの見本帳を英語とフランス語で作った"),
    ("書道用紙の製造業Ｅ社（川茂市）", "台湾、中国", "間接輸出（県外の商社を通じて）",
     "現地の書道教室に、試し書き用の見本を毎年送っている"),
    ("和紙雑貨の製造業Ｆ社（奥谷町）", "米国、英国", "直接輸出（自社のオンラインストアによる越境ＥＣ）",
     "商品ページに、紙を漉く工程の短い動画を載せている"),
]


def respondents() -> int:
    return sum(r[1] for r in FIELDS)


def exporters() -> int:
    return sum(r[2] for r in FIELDS)


def kpi_rows():
    """The KPIs with the 実績 of 令和５年度 filled in from (c) and (d), and the 達成率."""
    out = []
    for name, target, actual in KPIS:
        if name.startswith("和紙製品の輸出額"):
            actual = sum(r[2] for r in DESTS)
        elif name.startswith("輸出事業者数"):
            actual = exporters()
        out.append((name, target, actual, pct0(actual, target)))
    return out


def washi_specs():
    rows = [[n, fw(a), fw(b), fw(d), fw(v)] for n, a, b, d, v in FIELDS]
    rows.append(["合計"] + [fw(sum(r[k] for r in FIELDS)) for k in (1, 2, 3, 4)])
    fields = TableSpec(
        key="fields", doc=WASHI_PDF, title="主な製品分野別の回答事業者と輸出の状況",
        header=[["製品分野", "回答\n事業者数（者）", "輸出\n事業者数（者）", "うち直接\n輸出（者）", "輸出額\n（万円）"]],
        rows=rows, col_widths=[44 * mm, 30 * mm, 30 * mm, 28 * mm, 28 * mm], table_fy=2023, repeat_header=False,
    )
    fields.unit = lambda row, c, s=fields: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), change(b - a)] for n, a, b in DESTS]
    ta, tb = sum(r[1] for r in DESTS), sum(r[2] for r in DESTS)
    rows.append(["合計", fw(ta), fw(tb), change(tb - ta)])
    dests = TableSpec(
        key="dests", doc=WASHI_PDF, title="輸出先別の輸出額",
        header=[["輸出先"] + [era(y) for y in DEST_YEARS] + ["増減"]],
        rows=rows, col_widths=[40 * mm, 32 * mm, 32 * mm, 32 * mm], unit="万円",
    )
    dests.col_range = {3: [DEST_YEARS[0], DEST_YEARS[-1]]}
    n_all, n_x = respondents(), exporters()
    n_o = n_all - n_x
    issues = TableSpec(
        key="issues", doc=WASHI_PDF, title="輸出に関する課題（複数回答）",
        header=[["課題", "全体", "輸出事業者", "未輸出事業者"]],
        rows=[[x, cell(pct1(a + b, n_all)), cell(pct1(a, n_x)), cell(pct1(b, n_o))] for x, a, b in ISSUES],
        col_widths=[64 * mm, 26 * mm, 28 * mm, 30 * mm], ruled=False, unit="%", table_fy=2024,
    )
    kpis = TableSpec(
        key="kpis", doc=WASHI_PDF, title="和紙産業振興プランの成果指標",
        header=[["指標", "目標", "実績", "達成率（％）"]],
        rows=[[n, fw(t), fw(a), fw(p)] for n, t, a, p in kpi_rows()],
        col_widths=[70 * mm, 26 * mm, 26 * mm, 28 * mm], table_fy=2023,
    )
    kpis.unit = lambda row, c: "%" if c == 3 else bracket_unit(row[0])
    return fields, dests, issues, kpis


def washi_story(specs):
    fields, dests, issues, kpis = specs
    total, n = respondents(), exporters()
    direct = sum(r[3] for r in FIELDS)
    ta, tb = sum(r[1] for r in DESTS), sum(r[2] for r in DESTS)
    up, down, same = GROWTH
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{WASHI} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月", DATE_RIGHT), P(WASHI_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += paras("""
県内の和紙は、書道や障子の紙として主に国内で使われてきたが、近年は海外で、版画や文化財の修復に使う紙として、また照明や雑貨の素材として評価が高まっている。一方で、職人の高齢化や原料の不足により、生産を続けられない事業者も出ている。県は、和紙製造事業者の輸出の実態と課題を把握し、今後の支援策に生かすため、前回（令和３年度）に続いて２回目の調査を行った。なお、個人で営む工房も１事業者として数えている。
""", 0)
    st += lv_lines([
        ("調査の目的", "県内の和紙製造事業者の輸出の実態と課題を把握し、海外への販路開拓を支える施策に役立てるため"),
        ("調査対象", f"県内の和紙製造事業者 {TARGET}事業者（全数）"),
        ("調査基準日", "令和６年（2024年）10月１日"),
        ("調査期間", "令和６年10月７日から11月15日まで"),
        ("調査方法", "郵送による調査票の配布と、訪問による聞き取り"),
        ("回答数", f"{total}事業者（回答率{pct1(total, TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「和紙製造事業者」とは、楮、三椏、雁皮等を原料として自ら紙を漉く事業者をいい、和紙を仕入れて加工のみを行う事業者を含まない。「輸出事業者」とは、令和５年度中に和紙製品を直接又は間接に輸出した事業者をいい、それ以外の回答事業者を「未輸出事業者」という。また、「直接輸出」とは、事業者が自ら海外の取引先又は消費者に販売して輸出すること（越境ＥＣを含む。）をいい、県内外の商社等に販売し、その商社等が輸出するものを「間接輸出」という。
""", 0)
    st += [P("２　輸出の状況", H1)]
    st += paras(f"""
令和５年度に輸出を行った事業者は、回答事業者{total}者のうち{n}者（{pct1(n, total)}％）で、前回調査（令和３年度）の{PREV_SHARE}％から増えた。輸出事業者のうち直接輸出を行う者は{direct}者で、残る{n - direct}者は間接輸出のみである。また、輸出額が前年度より増えた者は{up}者、減った者は{fw(down)}者、ほぼ変わらない者は{fw(same)}者であった。輸出事業者の輸出額の規模は、100万円未満が{SIZE_BANDS[0]}者、100万円以上500万円未満が{SIZE_BANDS[1]}者、500万円以上が{fw(SIZE_BANDS[2])}者である。
製品分野別では、美術・版画用紙が輸出額で最も大きく、文化財修復用紙がこれに続く。回答事業者に占める輸出事業者の割合は、文化財修復用紙で最も高い。
""", 0)
    st += [caption(fields.title, "（令和５年度）", keep=False), fields.flowable(), Spacer(1, 2)]
    st += notes(["※１ 回答事業者は、売上高が最も大きい製品分野に分類した。「その他」は、名刺・便箋用紙、包装紙等である。"])
    st += [P("３　輸出先", H1)]
    st += paras(f"""
令和５年度の輸出額は{tb:,}万円で、前年度の{ta:,}万円から{tb - ta:,}万円（{pct1(tb - ta, ta)}％）増えた。輸出先別では米国が最も多く、フランスがこれに続く。中国と香港は前年度より減った。
""", 0)
    st += [caption(dests.title, "（単位：万円）"), dests.flowable(), Spacer(1, 2)]
    st += notes([
        "※２ 増減は、令和５年度の額から令和４年度の額を引いたもので、減少は「▲」で示した。「その他」は、オーストラリア、シンガポール、カナダ等である。輸出額には、間接輸出の分（商社等からの聞き取りによる推計）を含む。",
    ])
    st += [P("４　事業者の事例", H1)]
    for i, (head, dest, how, idea) in enumerate(WASHI_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な輸出先", dest), ("輸出の方法", how), ("工夫していること", idea)], 1)
    st += [P("５　輸出に関する課題", H1)]
    st += paras("""
全体と輸出事業者では「海外の取引先の開拓」が最も多く、未輸出事業者では「後継者・職人の不足」が最も多かった。
""", 0)
    st += [caption(issues.title, "（単位：％）"), issues.flowable(), Spacer(1, 2)]
    st += notes([f"※３ 回答事業者（全体{total}者、輸出事業者{n}者、未輸出事業者{total - n}者）が回答した。複数回答のため、合計は100％にならない。"])
    st += [P("６　和紙産業振興プランの成果指標", H1)]
    st += paras(f"""
{PLAN}（令和３年度から令和７年度まで）の成果指標のうち、令和５年度に目標を上回ったのは海外見本市への出展事業者数だけであった。
""", 0)
    st += [caption(kpis.title, "（令和５年度）"), kpis.flowable(), Spacer(1, 2)]
    st += notes(["※４ 目標はプランに定める令和５年度の値である。達成率は、実績を目標で割った百分率の小数点以下を四捨五入した。"])
    st += [P("７　県への主な要望（自由記述）", H1)]
    st += bullets([
        "海外の画材店や修復の専門家との商談の場を設けてほしい。",
        "楮や三椏の栽培を支援し、原料を安定して確保できるようにしてほしい。",
        "外国語の商品説明や動画の制作を手伝ってほしい。",
    ], 0)
    st += [P("８　今後の取組", H1)]
    st += numbered([
        f"① {KUMIAI}と連携し、令和７年度に欧州の画材・修復材料の見本市へ共同で出展する。",
        "② 外国語の商品説明を作るための専門家派遣を、令和７年度から始める。",
        "③ 次回の調査は、令和９年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("９　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{WASHI_DEPT} 和紙・工芸班　電話：099-964-2630　ファクス：099-964-2639",
        f"{KUMIAI}（輸出の相談）　電話：099-964-2700",
        "電子メール：pon-washi@example.jp",
    ]))
    return st


# ================================================================ document 3: cargo insurance advice service, user guide
HOKEN = f"{PREF}輸出貨物保険相談サービス"
HOKEN_DEPT = f"{PREF} 商工労働部 貿易振興課"
KYOKAI = f"一般社団法人{PREF}貿易協会"
ROOM = "貨物保険相談室"
KINDS = [  # 見出し, 相談の内容, 所要時間の目安, 相談の方法 (same labels in every sibling section)
    ("保険の基礎相談", "貨物保険の仕組み、補償の範囲の選び方、インコタームズと保険を手配する者の関係など",
     "１回60分", "来所又はオンライン"),
    ("保険条件の点検", "現在の保険証券と契約の条件を読み、補償の不足や重複を指摘して改善案を示します",
     "書類の受領から10営業日以内に点検結果を送付", "書類の送付と、点検結果のオンラインでの説明（30分）"),
    ("保険金請求の支援", "事故の報告、損害の証拠の集め方の助言、保険会社に出す請求書類の作成の支援",
     "事故の連絡を受けた日から請求書類を出すまで、必要に応じて随時", "電話、電子メール又は来所"),
]
FEES = [  # 相談の種類, 県内中小企業（円）, その他の事業者（円） (令和７年度; None = 「－」)
    ("保険条件の点検（１契約）", 6000, 12000), ("包括予定保険の点検（１契約）", 10000, 20000),
    ("保険金請求の支援（１事故）", 15000, 30000), ("英文の請求書類の作成（１通）", 4000, 8000),
    ("現地検査人の手配（１回）", 8000, None),
]
SMALL_SHARE = Decimal("0.5")  # note ※２: 小規模事業者 pay half the 県内中小企業 fee
MODES = [  # 輸送手段: 基礎相談, 条件の点検, 請求の支援 (令和６年度)
    ("海上輸送（コンテナ）", 64, 28, 17), ("海上輸送（在来船）", 9, 5, 3), ("航空輸送", 41, 16, 8),
    ("国際宅配便", 33, 7, 12), ("国際郵便", 15, 2, 6),
]
ACCIDENTS = [  # 事故の種類, 支援件数, うち保険金の支払あり, 保険金の支払額（千円） (令和６年度)
    ("破損", 21, 17, 6840), ("水濡れ", 9, 7, 2310), ("盗難・抜荷", 6, 4, 1520), ("不着・紛失", 7, 5, 3960),
    ("その他", 3, 1, 180),
]
PREV_USES = 219  # 令和５年度の利用件数 (prose only)
USERS = 131  # 令和６年度に利用した事業者 (prose only)


def hoken_specs():
    fees = TableSpec(
        key="fees", doc=HOKEN_PDF, title="相談の種類別の料金",
        header=[["相談の種類", "県内中小企業（円）", "その他の事業者（円）"]],
        rows=[[n, cell(a), cell(b)] for n, a, b in FEES],
        col_widths=[64 * mm, 40 * mm, 40 * mm], table_fy=2025,
    )
    fees.unit = lambda row, c, s=fees: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(c), fw(a + b + c)] for n, a, b, c in MODES]
    rows.append(["合計"] + [fw(sum(r[k] for r in MODES)) for k in (1, 2, 3)] + [fw(sum(sum(r[1:]) for r in MODES))])
    modes = TableSpec(
        key="modes", doc=HOKEN_PDF, title="輸送手段別の利用件数",
        header=[["輸送手段", "基礎相談", "条件の点検", "請求の支援", "計"]],
        rows=rows, col_widths=[46 * mm, 28 * mm, 28 * mm, 28 * mm, 24 * mm], unit="件", table_fy=2024,
    )
    rows = [[n, fw(a), fw(b), fw(v)] for n, a, b, v in ACCIDENTS]
    rows.append(["合計"] + [fw(sum(r[k] for r in ACCIDENTS)) for k in (1, 2, 3)])
    accidents = TableSpec(
        key="accidents", doc=HOKEN_PDF, title="事故の種類別の請求支援の結果",
        header=[["事故の種類", "支援件数（件）", "うち保険金の\n支払あり（件）", "保険金の\n支払額（千円）"]],
        rows=rows, col_widths=[40 * mm, 34 * mm, 36 * mm, 36 * mm], table_fy=2024,
    )
    accidents.unit = lambda row, c, s=accidents: bracket_unit(s.column_label(c))
    return fees, modes, accidents


def hoken_story(specs):
    fees, modes, accidents = specs
    by_kind = [sum(r[k] for r in MODES) for k in (1, 2, 3)]
    total = sum(by_kind)
    paid = sum(r[2] for r in ACCIDENTS)
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{HOKEN} 利用案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(HOKEN_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　サービスの概要", H1)]
    st += paras("""
このサービスは、県内の事業者が輸出する貨物にかける保険について、保険の実務に詳しい相談員が中立の立場で相談に応じ、保険条件の点検や、事故が起きたときの保険金の請求を支援するものです。初めて輸出する事業者も、すでに保険を付けている事業者もご利用ください。
""", 0)
    st += lv_lines([
        ("サービス名", HOKEN),
        ("実施主体", PREF),
        ("運営", f"{KYOKAI}（県からの委託）"),
        ("利用できる者", "県内に事業所を有する事業者（個人事業主を含む。）"),
        ("相談時間", "平日９時30分から17時まで（オンライン相談は予約制）"),
        ("実施期間", "令和７年４月１日から令和８年３月31日まで"),
    ], 0)
    st += paras("""
この案内において「貨物保険」とは、輸出する貨物が輸送中に受けた損害を補償する保険（外航貨物海上保険及び航空貨物保険）をいいます。「県内中小企業」とは、県内に事業所を有する中小企業基本法に定める中小企業者（個人事業主を含む。）をいいます。「小規模事業者」とは、県内中小企業のうち、常時使用する従業員の数が20人（商業又はサービス業は５人）以下のものをいいます。また、「営業日」とは、土曜日、日曜日、祝日及び年末年始（12月29日から１月３日まで）を除く日をいいます。
""", 0)
    st += [P("２　相談の種類", H1)]
    for i, (head, what, when, how) in enumerate(KINDS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("相談の内容", what), ("所要時間の目安", when), ("相談の方法", how)], 1)
    st += [P("３　利用料金", H1)]
    st += paras("料金は次のとおりです。「県内中小企業」以外の利用者には「その他の事業者」の欄を適用します。", 0)
    st += [caption(fees.title, "（令和７年度）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 保険の基礎相談は無料です（１事業者につき年度内３回まで）。",
        "※２ 小規模事業者の料金は、県内中小企業の欄の額の２分の１とします。",
        "※３ 「－」は受け付けないことを示します。現地検査人の手配は県内中小企業に限って受け付けます。その他の事業者は、保険会社に直接ご依頼ください。",
        "※４ 料金は消費税込みの額です。現地検査人に支払う検査費用（実費）は、別に負担していただきます。",
    ])
    st += [P("４　申込みから相談までの流れ", H1)]
    st += numbered([
        "① 申込み（電話又はウェブの申込フォーム。事故のときは、まず電話でご連絡ください）",
        "② 日程の調整と必要書類の案内（申込みの翌営業日まで）",
        "③ 書類の送付（保険証券、売買契約書、インボイス等の写し）",
        "④ 相談、点検又は請求の支援",
        "⑤ 料金の支払（結果をお渡しした後にお送りする請求書により、銀行振込み）",
        "⑥ 追加の質問（点検結果の送付から30日以内は、同じ契約についての質問に無料で回答）",
    ], 0)
    st += [P("５　利用の状況", H1)]
    st += paras(f"""
令和６年度の利用件数は{total}件（基礎相談{by_kind[0]}件、条件の点検{by_kind[1]}件、請求の支援{by_kind[2]}件）で、前年度の{PREV_USES}件から{total - PREV_USES}件増えました。利用した事業者は{USERS}事業者です。輸送手段別では海上輸送（コンテナ）が最も多く、請求の支援では破損が最も多くなっています。請求の支援{by_kind[2]}件のうち{paid}件で保険金が支払われました。
""", 0)
    st += [caption(modes.title, "（令和６年度）　（単位：件）"), modes.flowable(), Spacer(1, 2)]
    st += notes(["※５ 「国際宅配便」は、クーリエ（国際エクスプレス）による輸送をいいます。複数の輸送手段を使ったものは、最も長い区間の輸送手段に数えました。"])
    st += [caption(accidents.title, "（令和６年度）"), accidents.flowable(), Spacer(1, 2)]
    st += notes(["※６ 「支払あり」は、令和７年３月末までに保険金の支払が決まったものです。支払われなかった主な理由は、損害が保険条件の補償の範囲外であったこと（特定危険の条件で破損が対象外など）です。"])
    st += [P("６　よくある質問", H1)]
    qa = [
        ("輸入する貨物の保険についても相談できますか。",
         "基礎相談はできます。条件の点検と請求の支援は、輸出する貨物に限ります。"),
        ("買い手が保険を手配する条件（ＦＯＢ等）で輸出していますが、相談できますか。",
         "できます。売り手の側で保険が必要になる区間（工場から船積みまでなど）についてもご説明します。"),
        ("保険会社との交渉を代わりに行ってもらえますか。",
         "行いません。請求は利用者ご本人が行い、相談員は書類の作成と進め方を支援します。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [P("７　利用上の注意", H1)]
    st += bullets([
        "相談員は中立の立場で助言します。保険の販売や特定の保険会社の紹介は行いません。",
        "事故に気付いたときは、貨物を受け取った日から３日以内を目安に、保険会社と相談室の両方へご連絡ください。",
        "相談の内容と提出された書類は、相談の目的以外には使いません。",
        "助言は法的な判断ではありません。訴訟や紛争に関することは、弁護士等の専門家にご相談ください。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{HOKEN_DEPT} 輸出支援班　電話：099-967-3150　ファクス：099-967-3159",
        f"{KYOKAI} {ROOM}（申込み・日程の調整）　電話：099-967-3200",
        f"事故の連絡（{ROOM}、平日夜間と休日は留守番電話）　電話：099-967-3210",
        "電子メール：pon-hoken@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return senko_specs() + washi_specs() + hoken_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    sspecs, wspecs, hspecs = senko_specs(), washi_specs(), hoken_specs()
    sdoc = build_pdf(docs_dir / SENKO_PDF, sspecs, senko_story(sspecs),
                     f"{SENKO}交付要綱", "令和７年４月", SENKO_DEPT)
    wdoc = build_pdf(docs_dir / WASHI_PDF, wspecs, washi_story(wspecs),
                     f"令和６年度 {WASHI} 報告書", "令和７年３月", WASHI_DEPT)
    hdoc = build_pdf(docs_dir / HOKEN_PDF, hspecs, hoken_story(hspecs),
                     f"令和７年度 {HOKEN} 利用案内", "令和７年４月", HOKEN_DEPT)
    gold = all_gold({SENKO_PDF: sdoc.row_pages, WASHI_PDF: wdoc.row_pages, HOKEN_PDF: hdoc.row_pages})
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
    # --- senko: the incense subsidy guideline, tables (a) (b), definitions, costs not covered, sibling sections, Q&A
    dict(question="昨年度この補助金で燃焼試験の費用の交付を受けた線香メーカーが、今年度も単独で燃焼試験と成分分析を申請するそうです。上限額はいくらになりますか？",
         category="senko", doc=SENKO_PDF,
         evidence=["燃焼試験・成分分析 50 700 60 1,400", "別表に定める額の２分の１とする"], answer=["350千円"],
         computed=True,
         notes="two facts: 第４条第３項 (and note ※３) halve the cap of a cost item granted the year before; (a) "
               "two-level header, leaf 単独申請／上限額（千円） 700 → 350千円 (35万円); 700 and 1,400 (共同申請) are the traps"),
    dict(question="2025年度に、組合を代表にした共同申請で海外の見本市に出展する場合、補助率は何％ですか？",
         category="senko", doc=SENKO_PDF, evidence=["海外見本市への出展 40 500 50 1,000"], answer=["50"],
         notes="(a) two-level header, leaf 共同申請／補助率（％） (a joint application through a 協同組合等, definition in "
               "第２条第３項); the leaves 補助率 / 上限額 repeat under both groups, so 40 (単独申請) and 1,000 (the cap) are "
               "traps; 2025年度 = 令和７年度 (printed nowhere in Western form)"),
    dict(question="１社だけで、海外向けに新しいブランドを立ち上げる費用を、この補助金で申請できますか？",
         category="senko", doc=SENKO_PDF, evidence=["共同ブランドの開発は、共同申請に限る"], answer=["共同申請に限る"],
         notes="(a) the two 「－」 cells of 共同ブランドの開発 under 単独申請 (no gold cells), explained by note ※１: a 'no' "
               "(60 / 1,200 under 共同申請 is the trap)"),
    dict(question="県外の協力工場で成形したお香を、県内の自社工場で箱詰めして輸出する場合、補助の対象になる「県産線香等」に当たりますか？",
         category="senko", doc=SENKO_PDF, evidence=["県外で成形したものを県内で包装したものは含まない"], answer=["含まない"],
         notes="definition 「県産線香等」 (第２条第２項: 調合、成形及び乾燥 all in the prefecture) at its boundary: a 'no'"),
    dict(question="2022年度には、この補助金の交付決定は何件でしたか？",
         category="senko", doc=SENKO_PDF, evidence=["令和４年度 15 10 ２ 9,860"], answer=["10"],
         notes="(b) years as rows: 2022年度 = 令和４年度 (only 2020年度 is printed in Western form); column "
               "交付決定件数（件）; 15 (申請件数) and ２ (うち共同申請) are the traps"),
    dict(question="令和６年度に申請された案件のうち、交付決定まで至ったのは何％ですか？",
         category="senko", doc=SENKO_PDF, evidence=["令和６年度 24 14 ３ 14,630"], answer=["58.3%"], computed=True,
         notes="(b) share within a row: 14 / 24 = 58.3 % (also in the prose of 参考２)"),
    dict(question="この補助金が始まってから令和６年度までの交付額は、１件当たり平均するといくらになりますか？",
         category="senko", doc=SENKO_PDF, evidence=["延べ50件、48,400千円を交付", "合計 79 50 ９ 48,400"],
         answer=["968千円"], computed=True,
         notes="(b) the 合計 row over five fiscal years (a fiscal_year_range), also the prose totals of 参考２: "
               "48,400 / 50 = 968千円; 48,400 / 79 applications is a wrong reading"),
    dict(question="何社かで組んで台湾向けに取り組んだ活用事例では、交付額はいくらでしたか？",
         category="senko", doc=SENKO_PDF, evidence=["（３）線香製造業Ｃ社ほか２社", "交付額：158万円"], answer=["158万円"],
         notes="sibling sections （１）–（３） of 参考３ share the labels 輸出先, 主な取組, 交付額; （３）線香製造業Ｃ社ほか２社 "
               "(共同申請, 台湾); 42万円 and 96万円 are the siblings' values"),
    dict(question="今年度の補助事業の実績報告は、遅くとも西暦でいうと何年何月何日までに出せばよいですか？",
         category="senko", doc=SENKO_PDF, evidence=["実績報告の期限：令和８年２月10日"], answer=["2026年2月10日"],
         computed=True,
         notes="「label：value」 line 実績報告の期限 of 参考１, era → Western year: 令和８年 = 2026年 (第８条 gives the rule: "
               "the earlier of 30 days after completion and 2月10日); 令和８年１月31日 (end of the project period) is the trap"),
    dict(question="アメリカの取引先まで線香を船で送る運賃も、補助の対象になりますか？",
         category="senko", doc=SENKO_PDF, evidence=["次に掲げる経費は、補助対象経費としない", "商品の輸送費及び保険料"],
         answer=["補助対象経費としない"],
         notes="the list of costs not covered in 第５条 (item 二): a 'no'; the exception for trade-fair samples (Ｑ２) is the trap"),
    dict(question="組合の共同申請に加わっている会社が、同じ年度に自社だけで申請を出すことはできますか？",
         category="senko", doc=SENKO_PDF, evidence=["申請できます。ただし、同じ経費を両方の申請に計上することはできません"],
         answer=["申請できます"],
         notes="Q&A: Ａ of Ｑ１ in 参考４ (yes, but not the same cost twice)"),
    # --- washi: the survey of washi makers' exports, tables (c) (d) (e) (f), definitions, sibling sections, prose figures
    dict(question="和紙メーカーの輸出実態調査では、調査票を送った事業者のうち何％から回答がありましたか？",
         category="washi", doc=WASHI_PDF, evidence=["回答数：72事業者（回答率75.0％）"], answer=["75.0"],
         notes="「label：value」 line 回答数 (72 of the 96 of 調査対象); 52.8 % (輸出事業者の割合) is a near miss"),
    dict(question="よその産地から和紙を仕入れて、ランプシェードに加工している会社は、この調査の対象に入っていますか？",
         category="washi", doc=WASHI_PDF, evidence=["和紙を仕入れて加工のみを行う事業者を含まない"], answer=["含まない"],
         notes="definition 「和紙製造事業者」 (makers who make the paper themselves) at its boundary: a 'no'"),
    dict(question="令和５年度、和紙の小物や雑貨を作っている事業者の輸出額は、合わせていくらでしたか？",
         category="washi", doc=WASHI_PDF, evidence=["和紙小物・雑貨 11 ７ ４ 1,530"], answer=["1,530"],
         notes="(c) continuation page (no header there): row 和紙小物・雑貨, column 輸出額（万円） (header over two lines); "
               "11 (回答事業者数) and ７ (輸出事業者数) are the traps"),
    dict(question="美術用紙や版画用紙の分野で輸出している事業者のうち、自分で直接輸出しているところは何％ですか？",
         category="washi", doc=WASHI_PDF, evidence=["美術・版画用紙 ９ ７ ５ 2,260"], answer=["71.4%"], computed=True,
         notes="(c) share within a row, headers over two lines: うち直接輸出 5 / 輸出事業者数 7 = 71.4 %; 5 / 9 = 55.6 % of "
               "all respondents is a wrong reading"),
    dict(question="中国向けの和紙の輸出額は、2023年度に前の年度と比べてどれだけ変わりましたか？",
         category="washi", doc=WASHI_PDF, evidence=["中国 1,240 1,030 ▲210"], answer=["210"],
         notes="(d) 増減 column: ▲210 is a decrease of 210万円 (note ※２ says what ▲ means; the unit is only in the caption "
               "note （単位：万円）); 2023年度 = 令和５年度 (the report prints only 2024年 in Western form)"),
    dict(question="輸出している事業者のうち、輸出額が前の年度より増えたところは何者ありましたか？",
         category="washi", doc=WASHI_PDF, evidence=["輸出額が前年度より増えた者は24者"], answer=["24者"],
         notes="prose only (２): 24 up, ９ down, ５ about the same, of the 38 exporters; no table has it"),
    dict(question="2023年度の和紙の輸出額のうち、米国向けは何％を占めていますか？",
         category="washi", doc=WASHI_PDF, evidence=["米国 2,140 2,580 440", "合計 8,140 9,050 910"], answer=["28.5%"],
         computed=True,
         notes="(d) share within a year column: 2,580 / 9,050 = 28.5 % (2023年度 = 令和５年度); 2,140 / 8,140 = 26.3 % "
               "(令和４年度) is a wrong reading"),
    dict(question="令和５年度には輸出をしていなかった工房のうち、外国語での商品説明を課題に挙げたのは何％ですか？",
         category="washi", doc=WASHI_PDF, evidence=["外国語での商品説明 31.9 28.9 35.3"], answer=["35.3"],
         notes="(e) unruled table, column 未輸出事業者 (definition in １: not exporting in 令和５年度); 28.9 (輸出事業者) "
               "and 31.9 (全体) are the traps"),
    dict(question="和紙の振興プランの指標で、海外の見本市に出展した事業者の数は、目標に対して何％の達成でしたか？",
         category="washi", doc=WASHI_PDF, evidence=["海外見本市への出展事業者数（者） 12 14 117"], answer=["117"],
         notes="(f) KPI table, column 達成率（％）: 14 / 12 rounded to a whole per cent (note ※４); 12 (目標) and 14 (実績) "
               "are the traps"),
    dict(question="書道用紙を作っている会社の事例では、どうやって輸出していますか？",
         category="washi", doc=WASHI_PDF, evidence=["（２）書道用紙の製造業Ｅ社", "輸出の方法：間接輸出（県外の商社を通じて）"],
         answer=["県外の商社を通じて"],
         notes="sibling sections （１）–（３） of ４ share the labels 主な輸出先, 輸出の方法, 工夫していること; （２）書道用紙の"
               "製造業Ｅ社; 直接輸出 (the siblings' value) is the trap"),
    # --- hoken: the cargo-insurance advice service guide, tables (g) (h) (i), definitions, sibling sections, steps
    dict(question="輸送中の事故で、保険会社に出す書類づくりを手伝ってほしいという会社があります。どんな方法で相談できますか？",
         category="hoken", doc=HOKEN_PDF, evidence=["（３）保険金請求の支援", "相談の方法：電話、電子メール又は来所"],
         answer=["電話、電子メール又は来所"],
         notes="sibling sections （１）–（３） of ２ share the labels 相談の内容, 所要時間の目安, 相談の方法; （３）保険金請求の"
               "支援 (help with the claim papers); 来所又はオンライン (（１）) is the siblings' value"),
    dict(question="従業員15人の県内の雑貨卸の会社が、今かけている貨物保険の条件を１契約分点検してもらうと、料金はいくらですか？",
         category="hoken", doc=HOKEN_PDF, evidence=["商業又はサービス業は５人", "保険条件の点検（１契約） 6,000 12,000"],
         answer=["6,000"],
         notes="two facts: a wholesaler (商業) with 15 staff is above the ５人 of 小規模事業者 (definition in １), so no half "
               "fee (note ※２); it is a 県内中小企業, so (g) column 県内中小企業（円）; 3,000 (half) and 12,000 are the traps"),
    dict(question="社員10人の県内の金属加工の会社が、輸送中の破損事故について保険金請求の支援を頼むと、料金はいくらですか？",
         category="hoken", doc=HOKEN_PDF,
         evidence=["常時使用する従業員の数が20人", "保険金請求の支援（１事故） 15,000 30,000", "県内中小企業の欄の額の２分の１"],
         answer=["7,500円"], computed=True,
         notes="three facts: a manufacturer with 10 staff is a 小規模事業者 (definition in １), whose fee is half the "
               "県内中小企業 fee (note ※２): (g) 15,000 / 2 = 7,500円; 15,000 is the trap"),
    dict(question="県内に工場がある大手メーカーから、現地検査人の手配を頼みたいと言われました。受けてもらえますか？",
         category="hoken", doc=HOKEN_PDF, evidence=["現地検査人の手配は県内中小企業に限って受け付けます"],
         answer=["県内中小企業に限って"],
         notes="(g) the 「－」 cell under その他の事業者 (a large firm is no 県内中小企業, definition in １), explained by "
               "note ※３: a 'no'; 8,000 (県内中小企業) is the trap"),
    dict(question="令和６年度、航空便の貨物についての相談は全部で何件ありましたか？",
         category="hoken", doc=HOKEN_PDF, evidence=["航空輸送 41 16 ８ 65"], answer=["65"],
         notes="(h) total column on the right: row 航空輸送, column 計 (unit only in the caption note （単位：件）); "
               "41 (基礎相談) is the trap"),
    dict(question="令和６年度の保険金請求の支援のうち、国際宅配便で送った貨物のものは何％でしたか？",
         category="hoken", doc=HOKEN_PDF, evidence=["国際宅配便 33 ７ 12 52", "合計 162 58 46 266"], answer=["26.1%"],
         computed=True,
         notes="(h) share within a column: 12 / 46 = 26.1 % (46 is also the prose's 請求の支援); 52 / 266 = 19.5 % "
               "(all kinds) is a wrong reading"),
    dict(question="2024年度に、貨物が届かなかったり無くなったりした事故で支払われた保険金は、合計でいくらでしたか？",
         category="hoken", doc=HOKEN_PDF, evidence=["不着・紛失 ７ ５ 3,960"], answer=["3,960"],
         notes="(i) headers over two lines: row 不着・紛失, column 保険金の支払額（千円）; 2024年度 = 令和６年度 (the guide "
               "prints no Western year); ７ and ５ are the traps"),
    dict(question="保険条件の点検を頼んだ場合、料金はいつ支払うことになりますか？",
         category="hoken", doc=HOKEN_PDF, evidence=["結果をお渡しした後にお送りする請求書"], answer=["結果をお渡しした後"],
         notes="procedure step ⑤ of ４ (after the results, by invoice and bank transfer)"),
    # --- followups
    dict(question="では、それを組合などの共同申請で行う場合、上限額はいくらですか？",
         category="followup", doc=SENKO_PDF, evidence=["輸出先での商品届出・登録 50 250 60 500"], answer=["500"],
         history=_turns("単独申請で、輸出先での商品の届出や登録にかかる費用は、補助率が何％ですか？",
                        "単独申請の補助率は50％です[1]。"),
         notes="(a) the row from the history (輸出先での商品届出・登録), the other group and leaf "
               "共同申請／上限額（千円）; 250 (単独申請) and 60 (the rate) are the traps"),
    dict(question="その年度の交付額は、全部でいくらでしたか？",
         category="followup", doc=SENKO_PDF, evidence=["令和３年度 12 ８ １ 7,120"], answer=["7,120"],
         history=_turns("2021年度は、この補助金に何件の申請がありましたか？",
                        "2021年度（令和３年度）の申請は12件でした[1]。"),
         notes="(b) the year from the history (2021年度 = 令和３年度), column 交付額（千円）"),
    dict(question="それを挙げた割合は、まだ輸出していない工房ではどうですか？",
         category="followup", doc=WASHI_PDF, evidence=["原料（楮・三椏）の確保 37.5 47.4 26.5"], answer=["26.5"],
         history=_turns("輸出している工房で、原料の確保を課題に挙げた割合はどのくらいですか？",
                        "輸出事業者では47.4％でした[1]。"),
         notes="(e) unruled table: the row from the history (原料（楮・三椏）の確保), column 未輸出事業者; 37.5 (全体) is "
               "the trap"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=HOKEN_PDF, evidence=["（申込み・日程の調整） 電話：099-967-3200"],
         answer=["099-967-3200"],
         history=_turns("貨物保険の相談を申し込んで日程を決めたいのですが、どこに連絡すればいいですか？",
                        "申込みと日程の調整は、一般社団法人椪県貿易協会の貨物保険相談室が受け付けています[1]。"),
         notes="contact box of the guide: the 相談室's line for 申込み・日程の調整; the 班's phone 099-967-3150, its fax "
               "099-967-3159 and the accident line 099-967-3210 are the near misses"),
    dict(question="そのうち、保険金が支払われたのは何件ですか？",
         category="followup", doc=HOKEN_PDF, evidence=["水濡れ ９ ７ 2,310"], answer=["７"],
         history=_turns("令和６年度、水濡れの事故で請求の支援をした件数は何件ですか？",
                        "水濡れは９件でした[1]。"),
         notes="(i) the row from the history (水濡れ), column うち保険金の支払あり（件） (header over two lines); 2,310 "
               "(the amount) is the trap"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="線香の補助金で不採択になった申請には、どんな理由が多かったのでしょうか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline gives the applications and the grants by year (24 and 14 in 令和６年度), not why the others failed",
         absent=["不採択", "採択されなかった", "交付決定に至らなかった"]),
    dict(question="線香の補助金の審査では、どんな点が重視されますか？審査基準や配点を知りたいです。",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="第７条 names the 審査会 and 参考１ the review, but no criteria or scores are given",
         absent=["審査基準", "評価項目", "配点"]),
    dict(question="和紙の工房で働いている職人の平均年齢はどのくらいですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the lack of successors and craftsmen as an issue (e), not their age",
         absent=["平均年齢", "年齢", "歳"]),
    dict(question="令和５年度の韓国向けの和紙の輸出額はいくらでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="(d) has 米国 … 香港 and その他 (note ※２: オーストラリア, シンガポール, カナダ等); 韓国 is printed nowhere",
         absent=["韓国"]),
    dict(question="海上輸送の貨物保険だと、保険料は貨物の価額の何％くらいが相場ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives its own fees, not insurance premiums or rates",
         absent=["料率", "相場"]),
    dict(question="貨物保険の相談を利用した会社の満足度はどうでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the uses (266) and the users (131事業者), not their satisfaction",
         absent=["満足", "アンケート"]),
]
CATEGORY_COUNTS = {"senko": 11, "washi": 10, "hoken": 8, "followup": 5, "unanswerable": 6}
N_QUESTIONS, N_UNANSWERABLE = 40, 6
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h92q", "h92t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H, I = (
    "経費区分別の補助率と上限額", "交付の実績",
    "主な製品分野別の回答事業者と輸出の状況", "輸出先別の輸出額", "輸出に関する課題（複数回答）", "和紙産業振興プランの成果指標",
    "相談の種類別の料金", "輸送手段別の利用件数", "事故の種類別の請求支援の結果")
LETTERS = dict(zip((A, B, C, D, E, F, G, H, I), "abcdefghi"))
GOLD_PER_TABLE = {A: 22, B: 24, C: 36, D: 27, E: 18, F: 15, G: 9, H: 24, I: 18}
PLANNED_DASH = {  # (table, row, column) of every cell printed 「－」; none is a gold cell
    (A, "共同ブランドの開発", "単独申請／補助率（％）"), (A, "共同ブランドの開発", "単独申請／上限額（千円）"),
    (G, "現地検査人の手配（１回）", "その他の事業者（円）"),
}
TWO_LINE_TABLES = ("fields", "accidents")  # tables whose value headers are printed over two lines


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y, unit) -> str:
    q = half_up(Decimal(x) / Decimal(y), "0.1")
    return f"{int(q) if q == q.to_integral() else q}{unit}"


def _yen(n) -> str:
    return f"{int(n):,}円"


COMPUTED = {  # question id -> the answer string, computed from gold cells (or, where a note says so, prose data)
    "h92q01": lambda g: f"{int(g(A, '燃焼試験・成分分析', '単独申請／上限額（千円）', 2025) * REPEAT_SHARE)}千円",
    "h92q06": lambda g: _pct(g(B, "令和６年度", "交付決定件数（件）", 2024), g(B, "令和６年度", "申請件数（件）", 2024)),
    "h92q07": lambda g: _avg(g(B, "合計", "交付額（千円）", None), g(B, "合計", "交付決定件数（件）", None), "千円"),
    "h92q09": lambda g: f"{2018 + REPORT_DEADLINE[0]}年{REPORT_DEADLINE[1]}月{REPORT_DEADLINE[2]}日",
    "h92q15": lambda g: _pct(g(C, "美術・版画用紙", "うち直接輸出（者）", 2023), g(C, "美術・版画用紙", "輸出事業者数（者）", 2023)),
    "h92q18": lambda g: _pct(g(D, "米国", "令和５年度", 2023), g(D, "合計", "令和５年度", 2023)),
    "h92q24": lambda g: _yen(g(G, "保険金請求の支援（１事故）", "県内中小企業（円）", 2025) * SMALL_SHARE),
    "h92q27": lambda g: _pct(g(H, "国際宅配便", "請求の支援", 2024), g(H, "合計", "請求の支援", 2024)),
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {SENKO_PDF: (2, 3), WASHI_PDF: (2, 3), HOKEN_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (8, 40)  # after norm
TABLE_QUESTIONS = 12  # at least, outside the followups
COMPUTED_RANGE = (6, 12)
BEFORE_BREAK_ROWS = ("書道用紙", "障子紙・襖紙")  # rows of (c) expected before the page break
CONTINUED_ROWS = ("和紙小物・雑貨", "壁紙・照明用の和紙", "その他", "合計")  # and after it


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout92.py")
    return errors + check(questions, gold, pages)


def check(questions, gold, pages) -> list[str]:
    errors = check_page_counts(pages, PAGE_COUNTS)
    errors += check_questions(questions, gold, pages)
    errors += check_gold(gold, pages)
    errors += check_prose(pages)
    errors += check_fiction(questions, pages)
    return errors


def table_of(q) -> set:
    """The tables a question's notes name, by title or by the README letter."""
    return {t for t, l in LETTERS.items() if t in q["notes"] or f"({l})" in q["notes"]}


def check_questions(questions, gold, pages) -> list[str]:
    errors = []
    doc_text = {n: norm("\n".join(p)) for n, p in pages.items()}
    absent = {q["question"]: q.get("absent", []) for q in QUESTIONS}
    if len(questions) != N_QUESTIONS:
        errors.append(f"{len(questions)} questions, expected {N_QUESTIONS}")
    if sum(q.get("category") == "unanswerable" for q in questions) != N_UNANSWERABLE:
        errors.append(f"expected {N_UNANSWERABLE} unanswerable questions")
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
        if "computed" in q and q["computed"] is not True:
            errors.append(f"{qid}: computed must be true when present")
        history = q.get("history")
        if q["category"] == "followup" and not history:
            errors.append(f"{qid}: a followup without a history")
        if history and q["category"] != "followup":
            errors.append(f"{qid}: only followups may have a history")
        if history:
            roles = [t["role"] for t in history]
            if roles != ["user", "assistant"] * (len(history) // 2) or len(history) != 2:
                errors.append(f"{qid}: history must be one user turn and one assistant turn")
            for t in history:
                if t["role"] == "assistant" and "[1]" not in t["content"]:
                    errors.append(f"{qid}: an assistant turn lacks its [1] citation marker")
            if not any(c in q["question"] for c in FOLLOWUP_CUES):
                errors.append(f"{qid}: follow-up without a word that needs the history")
        if not 0 <= len(q["evidence"]) <= 3:
            errors.append(f"{qid}: 1-3 evidence strings expected")
        for s in q["evidence"]:
            if any(ch in s for ch in "～－―"):
                errors.append(f"{qid}: evidence contains ～, － or ―: {s}")
        if q["doc"] is None:
            errors += check_unanswerable(qid, q, absent.get(q["question"]), doc_text)
            continue
        if q["category"] == "unanswerable":
            errors.append(f"{qid}: an unanswerable question must have doc null")
        if q["doc"] not in doc_text:
            errors.append(f"{qid}: unknown doc {q['doc']!r}")
            continue
        if not q["evidence"] or not q["answer"]:
            errors.append(f"{qid}: an answerable question needs evidence and answers")
        errors += check_answerable(qid, q, doc_text[q["doc"]], EVIDENCE_LEN)
        if q.get("computed"):
            # stricter than docgen: not even the bare number of a computed answer is printed
            for a in q["answer"]:
                bare = re.sub(r"(%|千円|万円|円|件|人|者)$", "", nfkc(a))
                if bare in doc_text[q["doc"]]:
                    errors.append(f"{qid}: the computed number {bare} is printed in its document")
                for y in re.findall(r"(20\d\d)年", nfkc(a)):
                    if y in doc_text[q["doc"]]:
                        errors.append(f"{qid}: the computed Western year {y} is printed in its document")
        if len(q["answer"]) > 1:
            errors.append(f"{qid}: one answer item expected")
        for t in table_of(q):
            if next(g["doc"] for g in gold if g["table"] == t) != q["doc"]:
                errors.append(f"{qid}: its notes name table {t} of another document")
    errors += check_question_mix(questions, CATEGORY_COUNTS, western_share=(0.35, 0.65))
    n_follow = sum(q["category"] == "followup" for q in questions)
    if not 5 <= n_follow <= 6:
        errors.append(f"{n_follow} followups, expected 5-6")
    sibling = sum("sibling" in q["notes"] and q["category"] not in ("followup", "unanswerable") for q in questions)
    if sibling != SIBLING:
        errors.append(f"{sibling} sibling-section questions, expected {SIBLING}")
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
    n_computed = sum(bool(q.get("computed")) for q in questions)
    if not COMPUTED_RANGE[0] <= n_computed <= COMPUTED_RANGE[1]:
        errors.append(f"{n_computed} computed questions, expected {COMPUTED_RANGE[0]}-{COMPUTED_RANGE[1]}")
    errors += check_computed(questions, COMPUTED, GoldIndex(gold))
    # the 「－」 cells the questions ask about are no gold cells
    dash_keys = {(t, r, c) for t, r, c in PLANNED_DASH}
    if any((g["table"], g["row"], g["column"]) in dash_keys for g in gold):
        errors.append("a 「－」 cell is recorded as a gold cell")
    return errors


def check_gold(gold, pages) -> list[str]:
    errors = []
    specs = {s.title: s for s in all_specs()}
    doc_text = {n: norm("\n".join(p)) for n, p in pages.items()}

    def page_text(doc, page):
        return norm(pages[doc][page - 1])

    per_table = defaultdict(int)
    for g in gold:
        per_table[g.get("table")] += 1
    if dict(per_table) != GOLD_PER_TABLE:
        errors.append(f"gold cells per table {dict(per_table)}, expected {GOLD_PER_TABLE}")
    any_page = defaultdict(lambda: {0})
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout92.py")
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
            errors.append(f"{g['id']}: every gold cell is numeric (a 「－」 cell is no gold cell)")
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
    row_gold = defaultdict(list)
    for g in gold:
        row_gold[(g["table"], g["row"])].append(g)
    for title, spec in specs.items():
        for i in range(len(spec.rows)):
            cells = row_gold.get((title, spec.row_label(i)))
            if not cells:
                errors.append(f"{title} / {spec.row_label(i)}: no gold cell")
                continue
            g = cells[0]
            # each printed row, cell after cell (the 「－」 cells included), on its page
            if norm("".join(spec.printed_row(i))) not in page_text(g["doc"], g["page"]):
                errors.append(f"row sequence of {title} / {spec.row_label(i)} not on page {g['page']}")
            # every gold value of the row is printed in that row
            for c in cells:
                if c["value"] not in spec.printed_row(i):
                    errors.append(f"{c['id']}: value {c['value']!r} is not printed in its row")
    errors += check_dashes(gold)
    errors += check_totals(gold)
    errors += check_layouts(gold, pages)
    return errors


def check_dashes(gold) -> list[str]:
    """The 「－」 cells are exactly the planned ones, and every other value cell is a gold cell."""
    errors = []
    printed = set()
    n_value_cells = 0
    for spec in all_specs():
        printed |= {(spec.title, r, c) for r, c in spec.dash_cells()}
        n_value_cells += sum(1 for r in spec.rows for c in spec.value_cols)
    if printed != PLANNED_DASH:
        errors.append(f"「－」 cells {sorted(printed)}, expected {sorted(PLANNED_DASH)}")
    if len(gold) != n_value_cells - len(PLANNED_DASH):
        errors.append(f"{len(gold)} gold cells for {n_value_cells} value cells and {len(PLANNED_DASH)} 「－」 cells")
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

    # (a): joint applications get at least the single rate and cap; caps within the firm caps of 第４条第２項
    for row, r in t[A].items():
        single_rate, single_cap = r.get("単独申請／補助率（％）"), r.get("単独申請／上限額（千円）")
        joint_rate, joint_cap = r["共同申請／補助率（％）"], r["共同申請／上限額（千円）"]
        if single_rate is not None and (joint_rate < single_rate or joint_cap < single_cap):
            errors.append(f"{A} / {row}: 共同申請 below 単独申請")
        if (single_cap or 0) > FIRM_CAP * 10 or joint_cap > JOINT_CAP * 10:
            errors.append(f"{A} / {row}: a cap above the caps of 第４条第２項")
        if (single_cap or 0) * REPEAT_SHARE != int((single_cap or 0) * REPEAT_SHARE):
            errors.append(f"{A} / {row}: half the cap (第４条第３項) is not a whole 千円")
    # (b): growing applications; 共同 within adoptions within applications; grants within the caps; 合計
    b = t[B]
    years = [era(y) for y in RECORD_YEARS]
    ns = [b[y]["申請件数（件）"] for y in years]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for y in years:
        r = b[y]
        joint, adopted = r["うち共同申請（件）"], r["交付決定件数（件）"]
        if not joint <= adopted <= r["申請件数（件）"] \
                or r["交付額（千円）"] > (adopted - joint) * FIRM_CAP * 10 + joint * JOINT_CAP * 10:
            errors.append(f"{B} / {y}: adoptions or grants out of range")
    adds_up(B, ("申請件数（件）", "交付決定件数（件）", "うち共同申請（件）", "交付額（千円）"), years)
    # (c): 合計 adds up; direct within exporters within respondents; equals (d) and (f)
    c = t[C]
    ccols = ("回答事業者数（者）", "輸出事業者数（者）", "うち直接輸出（者）", "輸出額（万円）")
    adds_up(C, ccols)
    for row, r in c.items():
        if not r["うち直接輸出（者）"] <= r["輸出事業者数（者）"] <= r["回答事業者数（者）"]:
            errors.append(f"{C} / {row}: direct, exporters and respondents out of order")
    d = t[D]
    dcols = [era(y) for y in DEST_YEARS]
    adds_up(D, dcols + ["増減"])
    for row, r in d.items():
        if r["増減"] != r[dcols[1]] - r[dcols[0]]:
            errors.append(f"{D} / {row}: 増減 is not 令和５年度 − 令和４年度")
    if c["合計"]["輸出額（万円）"] != d["合計"]["令和５年度"]:
        errors.append(f"{C}: the total export value differs from {D}")
    # (e): the per cents come from the counts; the ｎ come from (c)
    n_all, n_x = c["合計"]["回答事業者数（者）"], c["合計"]["輸出事業者数（者）"]
    for name, a, bb in ISSUES:
        r = t[E][name]
        want = (pct1(a + bb, n_all), pct1(a, n_x), pct1(bb, n_all - n_x))
        if tuple(Decimal(str(r[k])) for k in ("全体", "輸出事業者", "未輸出事業者")) != want:
            errors.append(f"{E} / {name}: per cents differ from the counts")
    # (f): 達成率 = 実績 / 目標 (whole per cent); 実績 of the first two rows equal (d) and (c)
    f = t[F]
    for row, r in f.items():
        if r["達成率（％）"] != pct0(r["実績"], r["目標"]):
            errors.append(f"{F} / {row}: 達成率 is not 実績 / 目標")
    if f["和紙製品の輸出額（万円）"]["実績"] != d["合計"]["令和５年度"] or f["輸出事業者数（者）"]["実績"] != n_x:
        errors.append(f"{F}: 実績 differs from {C} / {D}")
    # (g): the other users pay twice the small firms' fee; half the fee is a whole yen
    for row, r in t[G].items():
        if "その他の事業者（円）" in r and r["その他の事業者（円）"] != 2 * r["県内中小企業（円）"]:
            errors.append(f"{G} / {row}: その他の事業者 is not twice 県内中小企業")
    # (h): 計 is the row sum; 合計 adds up; 請求の支援 equals (i)
    h = t[H]
    hcols = ("基礎相談", "条件の点検", "請求の支援")
    adds_up(H, hcols + ("計",))
    for row, r in h.items():
        if r["計"] != sum(r[k] for k in hcols):
            errors.append(f"{H} / {row}: 計 is not the sum of the row")
    i_ = t[I]
    adds_up(I, ("支援件数（件）", "うち保険金の支払あり（件）", "保険金の支払額（千円）"))
    for row, r in i_.items():
        if r["うち保険金の支払あり（件）"] > r["支援件数（件）"]:
            errors.append(f"{I} / {row}: more paid than supported")
    if h["合計"]["請求の支援"] != i_["合計"]["支援件数（件）"]:
        errors.append(f"{H}: 請求の支援 differs from {I}")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    fields = specs["fields"]
    bp = sorted({g["page"] for g in gold if g["table"] == C})
    if len(bp) != 2:
        errors.append(f"{C} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(fields.header[0]))
        on = [i + 1 for i, p in enumerate(pages[WASHI_PDF]) if header in norm(p)]
        if fields.repeat_header or on != bp[:1]:
            errors.append(f"{C}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == C and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == C and g["page"] == bp[1]}
        if not 2 <= len(first) <= 5:
            errors.append(f"{C}: {len(first)} rows before the page break, expected 2-5")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{C}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        cont_text = norm(pages[WASHI_PDF][bp[1] - 1])
        if norm("名刺・便箋用紙") not in cont_text:
            errors.append(f"{C}: note ※１ should follow the table on the continuation page")
        if any(norm(h) in cont_text for h in fields.header[0][1:]):
            errors.append(f"{C}: a header cell is repeated on the continuation page")
    for key, spec in specs.items():
        if key == "fields":
            continue
        tp = {g["page"] for g in gold if g["table"] == spec.title}
        if len(tp) != 1:
            errors.append(f"{spec.title} is on pages {sorted(tp)}, expected one page")
    if specs["issues"].ruled or not all(s.ruled for k, s in specs.items() if k != "issues"):
        errors.append(f"only {E} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns; the leaves repeat under both groups
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["単独申請／補助率（％）", "単独申請／上限額（千円）", "共同申請／補助率（％）", "共同申請／上限額（千円）"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "千円"}:
        errors.append(f"{A}: units should come from the leaf headers")
    # (b): years as rows, and a 合計 row covering them
    bg = [g for g in gold if g["table"] == B]
    if [g["fiscal_year"] for g in bg if g["row"] != "合計"][::4] != list(RECORD_YEARS) \
            or any(g["fiscal_year"] is not None or g["fiscal_year_range"] != [2020, 2024] for g in bg if g["row"] == "合計"):
        errors.append(f"{B}: expected years as rows and a 合計 row over 令和２年度–令和６年度")
    # (d): fiscal years as columns and a 増減 column; ▲ exactly on the decreases
    dg = [g for g in gold if g["table"] == D]
    if list(dict.fromkeys(g["column"] for g in dg)) != [era(y) for y in DEST_YEARS] + ["増減"] \
            or any(g["fiscal_year"] is not None or g["fiscal_year_range"] != [2022, 2023] for g in dg if g["column"] == "増減") \
            or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in dg if g["column"] != "増減"):
        errors.append(f"{D}: expected the two fiscal years as columns and a 増減 column")
    if any(g["value"].startswith(DECREASE) != (g["number"] < 0) for g in dg) or not any(g["number"] < 0 for g in dg):
        errors.append(f"{D}: ▲ should mark exactly the decreases")
    ranged = {(g["table"], g["row"] if g["table"] == B else g["column"]) for g in gold if g["fiscal_year_range"]}
    if ranged != {(B, "合計"), (D, "増減")}:
        errors.append(f"only (b)'s 合計 row and (d)'s 増減 column may have a fiscal_year_range, got {ranged}")
    # (f): 目標 / 実績 / 達成率, units from the row labels' brackets
    fg = [g for g in gold if g["table"] == F]
    if list(dict.fromkeys(g["column"] for g in fg)) != ["目標", "実績", "達成率（％）"] \
            or any(g["unit"] != (bracket_unit(g["row"]) if g["column"] != "達成率（％）" else "%") for g in fg) \
            or len({g["unit"] for g in fg}) < 4:
        errors.append(f"{F}: expected a KPI table with units from the row labels")
    # (h): a total column on the right; its unit only in the caption note
    hg = [g for g in gold if g["table"] == H]
    if list(dict.fromkeys(g["column"] for g in hg))[-1] != "計" or {g["unit"] for g in hg} != {"件"} \
            or any(bracket_unit(h) for h in specs["modes"].header[0]):
        errors.append(f"{H}: expected a 計 column on the right and the unit only in the caption note")
    # two-line header cells really printed over two lines
    for key in TWO_LINE_TABLES:
        spec = specs[key]
        tp = min({g["page"] for g in gold if g["table"] == spec.title})
        lines = [x.strip() for x in pages[spec.doc][tp - 1].splitlines()]
        pairs = set(zip(lines, lines[1:]))
        two = [h for h in spec.header[0] if "\n" in h]
        if len(two) < 2:
            errors.append(f"{spec.title}: expected header cells over two lines")
        for h in two:
            top, bottom = h.split("\n")
            if (top, bottom) not in pairs:
                errors.append(f"{spec.title}: header {h!r} is not printed over two lines")
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

    def qa_in(doc, n, what):
        raw = "\n".join(pages[doc]).splitlines()
        if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != n or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != n:
            errors.append(f"{what}: expected {n} Ｑ lines and {n} Ａ lines")

    # ---- the grant guideline
    st = norm("\n".join(pages[SENKO_PDF]))
    siblings(st, SENKO_PDF, ("輸出先：", "主な取組：", "交付額："), [c[0] for c in SENKO_CASES])
    n_all, amt_all = sum(r[2] for r in RECORD), sum(r[4] for r in RECORD)
    if norm(f"延べ{n_all}件、{amt_all:,}千円") not in st:
        errors.append("guideline: the totals in the prose differ from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件に交付を決定した（うち共同申請{fw(last[3])}件）") not in st:
        errors.append("guideline: the 令和６年度 figures in the prose differ from (b)")
    rates = {r[0]: r for r in RATES}
    for head, where, _what, amount, items, joint in SENKO_CASES:
        caps = [rates[x][4 if joint else 2] for x in items]
        if any(cap is None for cap in caps):
            errors.append(f"guideline: case {head} uses a cost item its application may not claim")
            continue
        if int(amount.rstrip("万円")) * 10 > min((JOINT_CAP if joint else FIRM_CAP) * 10, sum(caps)):
            errors.append(f"guideline: case {head} exceeds its caps")
        if joint != ("共同申請" in head):
            errors.append(f"guideline: case {head} is under the wrong kind of application")
    if re.findall(r"20\d\d年", st) != ["2020年"]:
        errors.append("guideline: only 2020年度 should be printed in Western form")
    arts = re.findall(r"第(\d+)条(?!第|関係)", nfkc("".join(x.strip() for x in "\n".join(pages[SENKO_PDF]).splitlines()
                                                       if re.match(r"\s*第\S+条", x))))
    if arts != [str(i) for i in range(1, 9)]:
        errors.append(f"guideline: expected articles 第１条–第８条 in order, got {arts}")
    defs(st, ("線香等", "県産線香等", "共同申請", "規制適合確認"), "guideline")
    for x in EXCLUDED:
        if norm(x) not in st:
            errors.append(f"guideline: the cost not covered {x} is missing")
    qa_in(SENKO_PDF, 2, "guideline")
    contacts(SENKO_PDF, ["099-961-4410", "099-961-4419", "099-961-4500"], ["pon-senko@example.jp"], "guideline")

    # ---- the survey of washi makers
    wt = norm("\n".join(pages[WASHI_PDF]))
    siblings(wt, WASHI_PDF, ("主な輸出先：", "輸出の方法：", "工夫していること："), [c[0] for c in WASHI_CASES])
    total, n = respondents(), exporters()
    direct = sum(r[3] for r in FIELDS)
    if norm(f"{total}事業者（回答率{pct1(total, TARGET)}％）") not in wt \
            or norm(f"回答事業者{total}者のうち{n}者（{pct1(n, total)}％）") not in wt \
            or norm(f"直接輸出を行う者は{direct}者で、残る{n - direct}者") not in wt:
        errors.append("survey: the response and exporter figures in the prose differ from (c)")
    if sum(GROWTH) != n or sum(SIZE_BANDS) != n or PREV_SHARE >= pct1(n, total):
        errors.append("survey: the prose breakdowns of the exporters do not add up")
    by_value = sorted(FIELDS, key=lambda r: -r[4])
    by_share = sorted(FIELDS, key=lambda r: -r[2] / r[1])
    if [r[0] for r in by_value[:2]] != ["美術・版画用紙", "文化財修復用紙"] or by_share[0][0] != "文化財修復用紙" \
            or by_share[0][2] / by_share[0][1] == by_share[1][2] / by_share[1][1]:
        errors.append("survey: 「美術・版画用紙が最も大きく、文化財修復用紙がこれに続く」 or the highest share does not hold")
    ta, tb = sum(r[1] for r in DESTS), sum(r[2] for r in DESTS)
    if norm(f"輸出額は{tb:,}万円で、前年度の{ta:,}万円から{tb - ta:,}万円（{pct1(tb - ta, ta)}％）増えた") not in wt:
        errors.append("survey: the export totals in the prose differ from (d)")
    ranked = [r[0] for r in sorted(DESTS, key=lambda r: -r[2])]
    down = [r[0] for r in DESTS if r[2] < r[1]]
    if ranked[:2] != ["米国", "フランス"] or down != ["中国", "香港"]:
        errors.append("survey: 「米国が最も多く、フランスがこれに続く」 or 「中国と香港は減った」 does not hold")
    n_o = total - n
    tops = [max(ISSUES, key=lambda r, k=k: (r[1] + r[2]) / total if k == 0 else r[k] / (n if k == 1 else n_o))[0]
            for k in (0, 1, 2)]
    if tops != ["海外の取引先の開拓", "海外の取引先の開拓", "後継者・職人の不足"]:
        errors.append("survey: the tops of (e) in the prose do not hold")
    above = [name for name, t_, a, _p in kpi_rows() if a > t_]
    if above != ["海外見本市への出展事業者数（者）"]:
        errors.append("survey: 「目標を上回ったのは海外見本市への出展事業者数だけ」 does not hold")
    if re.findall(r"20\d\d年", wt) != ["2024年"]:
        errors.append("survey: only 2024年 (調査基準日) should be printed in Western form")
    defs(wt, ("和紙製造事業者", "輸出事業者", "直接輸出"), "survey")
    for term in ("未輸出事業者", "間接輸出"):
        if norm(f"を「{term}」という") not in wt:
            errors.append(f"survey: {term} should be defined as the rest")
    bullets_in(WASHI_PDF, 3, "survey")
    steps_of(WASHI_PDF, "①②③", "survey")
    contacts(WASHI_PDF, ["099-964-2630", "099-964-2639", "099-964-2700"], ["pon-washi@example.jp"], "survey")

    # ---- the service guide
    ht = norm("\n".join(pages[HOKEN_PDF]))
    siblings(ht, HOKEN_PDF, ("相談の内容：", "所要時間の目安：", "相談の方法："), [k[0] for k in KINDS])
    if not (FEES[0][0].startswith(KINDS[1][0]) and FEES[2][0].startswith(KINDS[2][0])):
        errors.append("guide: the fee rows should name the paid kinds of advice")
    by_kind = [sum(r[k] for r in MODES) for k in (1, 2, 3)]
    tot = sum(by_kind)
    paid = sum(r[2] for r in ACCIDENTS)
    if norm(f"利用件数は{tot}件（基礎相談{by_kind[0]}件、条件の点検{by_kind[1]}件、請求の支援{by_kind[2]}件）") not in ht \
            or norm(f"前年度の{PREV_USES}件から{tot - PREV_USES}件増えました") not in ht \
            or norm(f"請求の支援{by_kind[2]}件のうち{paid}件で保険金が支払われました") not in ht:
        errors.append("guide: the use figures in the prose differ from (h) and (i)")
    if USERS > tot or sorted(MODES, key=lambda r: -sum(r[1:]))[0][0] != "海上輸送（コンテナ）" \
            or sorted(ACCIDENTS, key=lambda r: -r[1])[0][0] != "破損":
        errors.append("guide: 「海上輸送（コンテナ）が最も多く」 or 「破損が最も多く」 does not hold")
    if re.findall(r"20\d\d年", ht):
        errors.append("guide: no Western year should be printed")
    defs(ht, ("貨物保険", "県内中小企業", "小規模事業者", "営業日"), "guide")
    bullets_in(HOKEN_PDF, 4, "guide")
    steps_of(HOKEN_PDF, "①②③④⑤⑥", "guide")
    qa_in(HOKEN_PDF, 3, "guide")
    contacts(HOKEN_PDF, ["099-967-3150", "099-967-3159", "099-967-3200", "099-967-3210"], ["pon-hoken@example.jp"], "guide")
    return errors


def check_fiction(questions, pages) -> list[str]:
    """Every phone number is 099-96x-xxxx, every mail address under example.jp, the prefecture is
    椪県 only, and 楷県 is printed nowhere (documents and questions)."""
    errors = []
    texts = {n: "\n".join(p) for n, p in pages.items()}
    texts["questions.jsonl"] = "\n".join(
        " ".join([q["question"], *q["evidence"], *q["answer"], q["notes"], *(t["content"] for t in q.get("history", []))])
        for q in questions)
    for name, raw in texts.items():
        text = norm(raw)
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{3,4}", text):
            if not re.fullmatch(PHONE_RE, ph):
                errors.append(f"{name}: phone number {ph} is not 099-96x-xxxx")
        for mail in re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text):
            if not mail.endswith(MAIL_DOMAIN):
                errors.append(f"{name}: mail address {mail} outside {MAIL_DOMAIN}")
        if any(x in text for x in FORBIDDEN):
            errors.append(f"{name}: names 楷県")
        prefs = {m for line in raw.splitlines() for m in re.findall(r"([一-鿿])県", line)} - {"椪"}
        if prefs:
            errors.append(f"{name}: names a prefecture other than {PREF}: {sorted(prefs)}")
    for name, p in pages.items():
        if PREF not in p[0]:
            errors.append(f"{name}: {PREF} should be named on page 1")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
