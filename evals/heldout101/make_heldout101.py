"""Build the 棕県 held-out set 101: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (棕県 and every town, scheme, organisation, company, phone number,
address, figure and rule). The documents are in three genres the earlier sets do not use: a call
for applications (募集要項) for a prefectural subsidy towards exports of dried shiitake and shiitake
products (棕県産乾しいたけ等輸出促進補助金: residue tests, export certificates, GAP certification of the
log yards, HACCP upgrades of processing plants, trade fairs abroad, foreign-language labels) with a
two-level header whose groups are the product classes (乾しいたけ / しいたけ加工品), 「－」 cells, a
halved cap for a shared booth and the firm caps in 万円 in a note, and a years-as-rows record; the
report (報告書) of a survey of the prefecture's cast-iron kettle and cast-metal craft makers on their
exports (鉄瓶・鋳物工芸製造業の輸出実態調査) with a table continued over a page break without its
header, the exports by destination in two fiscal years with a 増減 column printing decreases with ▲
and an unruled table of the issues whose columns are maker classes defined in the text; and a
guide (ご案内) to a prefectural export-price calculation consultation service (輸出価格算定相談) with
three courses, a KPI table (目標 / 実績 / 達成率) and the uses by product field and course with a
total column on the right; see README.md beside this file.

    .venv/bin/python evals/heldout101/make_heldout101.py [OUTPUT_DIR]   # default: this file's directory

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

CALL_PDF = "shuro_hoshishiitake_yushutsu_sokushin_hojokin_boshu_yoko_r7.pdf"
SURVEY_PDF = "shuro_tetsubin_imono_yushutsu_jittai_chosa_r6.pdf"
GUIDE_PDF = "shuro_yushutsu_kakaku_santei_sodan_goannai_r7.pdf"
ALL_PDFS = (CALL_PDF, SURVEY_PDF, GUIDE_PDF)

UNITS = ("千円", "万円", "円", "件", "者", "通", "人", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
DASH = "－"  # a cell printed as not applicable: drawn, but no gold cell
MINUS = "▲"  # a decrease, read as a minus sign
PHONE_RE = r"098-95\d-\d{4}"  # every phone number of the set: 098-95x-xxxx
MAIL_DOMAIN = "example.jp"
PREF_CHAR = "棕"
PREF = "棕県"
TOWNS = ("棕市", "北峰町", "湯沼市")


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
    """(number, unit) as printed after NFKC, ▲ read as a minus sign; (None, None) for text and 「－」."""
    return docgen.parse_number(nfkc(value).strip().replace(MINUS, "-"), UNITS)


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
    """k / n in whole per cent, rounded half up."""
    return int(half_up(Decimal(k * 100) / Decimal(n), "1"))


def cell(x) -> str:
    """A table cell: an int as docgen prints it (single digits full-width), a Decimal with one decimal."""
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def signed(x: int) -> str:
    """A 増減 cell: a decrease printed with ▲."""
    return f"{MINUS}{fw(-x)}" if x < 0 else fw(x)


def era(fy: int) -> str:
    return docgen.era_label(fy)


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf and optional columns that
    cover a range of fiscal years (a 増減 column comparing two years)."""

    col_range: dict | None = None  # {col: [first, last]}

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
            if value == DASH:  # not applicable: drawn, explained by a note, no gold cell
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


SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: dried-shiitake export subsidy, call for applications
CALL = f"{PREF}産乾しいたけ等輸出促進補助金"
CALL_DEPT = f"{PREF} 農林水産部 林業振興課"
COUNCIL = f"{PREF}しいたけ振興協議会"
GROUPS = ("乾しいたけ", "しいたけ加工品")
RATES = [  # 経費区分; 乾しいたけ: 補助率（％）, 上限額（千円）; しいたけ加工品: 補助率, 上限額 (None: 「－」)
    ("残留農薬等検査", 60, 300, 60, 400),
    ("輸出証明書の取得", 50, 200, 50, 200),
    ("ＧＡＰ認証の取得", 50, 600, None, None),
    ("ＨＡＣＣＰ対応の施設改修", None, None, 50, 2500),
    ("海外見本市への出展", 50, 900, 50, 900),
    ("外国語表示ラベルの作成", 50, 150, 60, 250),
]
DASH_CELLS = {("ＧＡＰ認証の取得", 3), ("ＧＡＰ認証の取得", 4), ("ＨＡＣＣＰ対応の施設改修", 1), ("ＨＡＣＣＰ対応の施設改修", 2)}
FIRM_CAP = {"乾しいたけ": 150, "しいたけ加工品": 250}  # note ※４: 万円 per firm
SHARED_BOOTH_DIVISOR = 2  # note ※３: the fair cap is halved for a booth shared by two or more firms
PROCESSED_SHARE = 30  # 「しいたけ加工品」: at least 30 % of the raw material by weight is dried shiitake
FIRST_FY = 2020  # the subsidy began in 令和２年度 (the only Western year printed in the call)
RECORD = [  # 年度, 申請件数, 交付件数, うちしいたけ加工品, 交付額（千円）
    (2020, 7, 5, 1, 3120), (2021, 10, 7, 2, 4860), (2022, 12, 9, 3, 6540),
    (2023, 16, 11, 4, 8930), (2024, 21, 14, 6, 11480),
]
CALL_CASES = [  # 見出し, 輸出先, 補助の対象とした経費, 補助金の額; group; [(経費区分, 経費（千円）, shared booth)]
    ("乾しいたけ生産Ａ社（北峰町）", "香港", "残留農薬等検査とＧＡＰ認証の取得", "802千円", "乾しいたけ",
     [("残留農薬等検査", 420, False), ("ＧＡＰ認証の取得", 1100, False)]),
    ("しいたけ加工品製造Ｂ社（棕市）", "米国", "ＨＡＣＣＰ対応の施設改修と英語の表示ラベルの作成", "2,180千円",
     "しいたけ加工品", [("ＨＡＣＣＰ対応の施設改修", 4000, False), ("外国語表示ラベルの作成", 300, False)]),
    ("乾しいたけ集出荷Ｃ社（湯沼市）", "台湾", "海外見本市への出展（２社との共同出展）と輸出証明書の取得", "530千円",
     "乾しいたけ", [("海外見本市への出展", 1200, True), ("輸出証明書の取得", 160, False)]),
]
EXCLUDED = [  # 補助の対象にならない経費
    "国内で開かれる商談会への出展に要する経費（海外のバイヤーを招くものを含む。）",
    "出展者及び随行者の旅費及び宿泊費",
    "しいたけの栽培、乾燥及び加工のための機械の購入費（ＨＡＣＣＰ対応の施設改修に伴うものを除く。）",
    "交付決定の日より前に発注し、又は支払った経費",
]
CALL_LV = [
    ("補助金名", CALL),
    ("補助対象者", "県内に事業所を有するしいたけの生産者（個人を含む。）、乾しいたけの集出荷業者及びしいたけ加工品の製造事業者で、県産乾しいたけ等を輸出し、又は輸出しようとするもの"),
    ("募集期間", "令和７年５月12日から６月20日まで（必着）"),
    ("予算額", "1,600万円"),
    ("採択予定件数", "15件程度"),
    ("補助事業期間", "交付決定の日から令和８年２月26日まで"),
]
CALL_QA = [
    ("生しいたけ（乾燥していないもの）の輸出も対象になりますか。",
     "対象になりません。この補助金は、乾しいたけとしいたけ加工品の輸出に限ります。"),
    ("ほかの事業者と一つの小間を借りて見本市に出展する場合、申請はどうなりますか。",
     "各事業者がそれぞれ申請し、自社が負担した出展経費を補助の対象とします（上限額は※３のとおりです）。"),
    ("輸出先ごとに検査を受ける場合、２か国分の検査費用を申請できますか。",
     "申請できます。ただし、残留農薬等検査の上限額は、輸出先の数にかかわらず表の額です。"),
]


def rate_cell(x):
    return DASH if x is None else fw(x)


def call_specs():
    rates = TableSpec(
        key="rates", doc=CALL_PDF, title="補助対象経費、補助率及び上限額",
        header=[["経費区分", GROUPS[0], "", GROUPS[1], ""],
                ["", "補助率（％）", "上限額（千円）", "補助率（％）", "上限額（千円）"]],
        rows=[[n, rate_cell(a), rate_cell(b), rate_cell(c), rate_cell(d)] for n, a, b, c, d in RATES],
        col_widths=[52 * mm, 27 * mm, 27 * mm, 27 * mm, 27 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[-1])
    record = TableSpec(
        key="record", doc=CALL_PDF, title="申請と交付の実績",
        header=[["年度", "申請\n件数（件）", "交付\n件数（件）", "うち加工品\n（件）", "交付額\n（千円）"]],
        rows=[[era(y), fw(a), fw(b), fw(p), fw(g)] for y, a, b, p, g in RECORD],
        col_widths=[30 * mm, 30 * mm, 30 * mm, 30 * mm, 30 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    return rates, record


def call_story(specs):
    rates, record = specs
    n_all = sum(r[2] for r in RECORD)
    last = RECORD[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{CALL} 募集要項", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(CALL_DEPT, DATE_RIGHT), Spacer(1, 2 * mm)]
    st += [P("１　目的", H1)]
    st += paras(f"""
県内の生産者と加工事業者が、乾しいたけ及びしいたけ加工品を海外に販売するために必要な検査、証明書の取得、認証の取得、見本市への出展等に要する経費の一部を補助します。制度を始めた令和２年度（{FIRST_FY}年度）から令和６年度までに、延べ{n_all}件に交付しました。
""", 0)
    st += [P("２　募集の概要", H1)]
    st += lv_lines(CALL_LV, 0)
    st += paras(f"""
この要項において「県産乾しいたけ等」とは、県内で栽培し、県内で乾燥したしいたけ（以下「乾しいたけ」という。）及びしいたけ加工品をいい、県外で乾燥したものを仕入れて小分けしただけのものを除きます。「しいたけ加工品」とは、乾しいたけを原材料の重量の{PROCESSED_SHARE}％以上使用し、県内で製造した加工品（スライス、粉末、だし、佃煮等）をいいます。また、「残留農薬等検査」とは、輸出先の基準に基づく残留農薬及び放射性物質の検査をいいます。
""", 0)
    st += [P("３　補助対象経費、補助率及び上限額", H1)]
    st += paras("乾しいたけを輸出する場合は「乾しいたけ」の欄を、しいたけ加工品を輸出する場合は「しいたけ加工品」の欄を適用します。", 0)
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「ＧＡＰ認証の取得」は、ほだ場又は栽培施設のＧＡＰ認証の取得に要する経費をいい、乾しいたけの生産者に限り補助の対象とします。「ＨＡＣＣＰ対応の施設改修」は、しいたけ加工品の製造施設に限ります。「－」の欄は、補助の対象としません。",
        "※２ 「海外見本市への出展」は、出展小間料、小間の装飾費及び展示品の輸送費をいいます。",
        "※３ ２以上の事業者が一つの小間を共同で借りて出展する場合は、各事業者の「海外見本市への出展」の上限額を２分の１とします。",
        f"※４ 補助金の額は、経費区分ごとに補助対象経費に補助率を乗じた額（上限額まで）の合計とし、１事業者当たり{FIRM_CAP['乾しいたけ']}万円（しいたけ加工品の製造事業者は{FIRM_CAP['しいたけ加工品']}万円）を上限とします。千円未満の端数は切り捨てます。",
    ])
    st += paras("次の経費は補助の対象になりません。", 0)
    st += bullets(EXCLUDED, 0)
    st += [P("４　申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（林業振興課又は{COUNCIL}へ）",
        "② 申請書の提出（募集期間内に、事業計画書、見積書及び輸出先の基準が分かる資料を添えて提出）",
        "③ 審査（書類審査、令和７年７月中旬）",
        "④ 交付決定の通知（令和７年７月下旬）",
        "⑤ 補助事業の実施（令和８年２月26日までに完了すること）",
        "⑥ 実績報告（事業の完了から20日以内。遅くとも令和８年３月６日まで）",
        "⑦ 補助金の額の確定と支払（令和８年３月下旬）",
    ], 0)
    st += [P("５　これまでの実績", H1)]
    st += paras(f"""
申請件数は毎年増えており、令和６年度は{last[1]}件の申請があり、{last[2]}件に交付しました（うちしいたけ加工品{fw(last[3])}件）。交付額も年々増えています。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += [P("６　交付の事例（令和６年度）", H1)]
    for i, (head, where, what, amount, _g, _items) in enumerate(CALL_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("輸出先", where), ("補助の対象とした経費", what), ("補助金の額", amount)], 1)
    st += [P("７　よくある質問", H1)]
    for i, (q, a) in enumerate(CALL_QA, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{CALL_DEPT} 特用林産班　電話：098-951-2240　ファクス：098-951-2249",
        f"{COUNCIL}（事前相談・検査機関の紹介）　電話：098-951-2310",
        "電子メール：shuro-shiitake@example.jp",
    ]))
    return st


# ================================================================ document 2: cast-iron kettle and cast-metal craft makers, survey report
SURVEY = f"{PREF}鉄瓶・鋳物工芸製造業の輸出実態調査"
SURVEY_DEPT = f"{PREF} 商工労働部 地場産業振興課"
GUILD = f"{PREF}鋳物工芸協同組合"
TARGET = 96  # 調査対象の事業者（全数）
FIELDS = [  # 製品分野, 回答事業者数（者）, 輸出事業者数（者）, 輸出額（万円） (令和５年度)
    ("鉄瓶", 18, 11, 4930), ("鉄急須", 14, 9, 2370), ("鍋・調理器具", 11, 5, 1640), ("茶釜・茶道具", 6, 3, 520),
    ("花器・置物", 9, 2, 310), ("銅器・仏具", 7, 1, 90), ("文鎮・小物", 8, 2, 150), ("その他", 5, 1, 60),
]
KINDS = (("一貫事業者", 41, 27), ("分業事業者", 37, 7))  # 回答事業者, うち輸出事業者 (prose only)
SIZES = (("５人未満", 46, 10), ("５人以上", 32, 24))  # 従業者数: 回答事業者, うち輸出事業者 (prose only)
PLANNED = 13  # non-exporters planning to start within three years (prose only)
CHANNELS = (19, 15, 8)  # exporters' sales channels: direct, through a domestic trading company, web shops abroad (prose only)
DEST_YEARS = (2022, 2023)
DESTINATIONS = [  # 輸出先, 令和４年度, 令和５年度 (万円)
    ("中国", 2480, 2150), ("台湾", 1120, 1390), ("香港", 640, 580), ("韓国", 310, 380),
    ("シンガポール", 290, 450), ("米国", 1350, 1820), ("フランス", 980, 1560), ("ドイツ", 520, 760),
    ("その他", 640, 980),
]
ISSUES = [  # 輸出に当たっての課題, 回答数: 一貫事業者, 分業事業者 (複数回答)
    ("海外の取引先の開拓が難しい", 24, 15), ("職人の高齢化と後継者の不足", 20, 26),
    ("原材料（銑鉄・木炭等）の値上がり", 22, 19), ("輸送中の破損と重さによる送料の高さ", 18, 6),
    ("輸出先の食品衛生規則への対応（溶出試験）", 15, 4), ("模倣品の流通", 11, 3),
    ("外国語での説明書・表示の作成", 9, 7),
]
SURVEY_CASES = [  # 見出し, 主な製品, 主な輸出先, 海外向けの工夫 (same labels in every sibling section)
    ("鉄瓶製造業Ｄ社（棕市）", "鉄瓶、鉄製の鍋敷き", "中国、台湾", "錆を防ぐ手入れの方法を、中国語の動画で説明している"),
    ("鉄急須製造業Ｅ社（湯沼市）", "内側をほうろう加工した色付きの鉄急須", "フランス、ドイツ",
     "欧州向けの製品は毎年、鉛とカドミウムの溶出試験を受けている"),
    ("銅器製造業Ｆ社（北峰町）", "銅製の花器と茶筒", "米国", "美術館の売店と取引し、作り手の名前と工程を英語の冊子で紹介している"),
]
SURVEY_LV = [
    ("調査の目的", "県内の鉄瓶・鋳物工芸の製造事業者の輸出の実態と課題を把握し、海外販路の開拓を支える施策に役立てるため"),
    ("調査対象", f"県内で鋳物工芸品を製造する事業者 {TARGET}者（全数）"),
    ("調査基準日", "令和６年（2024年）10月１日"),
    ("調査期間", "令和６年10月７日から11月８日まで"),
    ("調査方法", "郵送によるアンケート及び聞き取り"),
    ("集計上の注意", "割合（％）は、小数点以下第２位を四捨五入した。"),
]


def respondents() -> int:
    return sum(r[1] for r in FIELDS)


def exporters() -> int:
    return sum(r[2] for r in FIELDS)


def survey_lv():
    return SURVEY_LV[:-1] + [("回答数", f"{respondents()}者（回答率{pct1(respondents(), TARGET)}％）")] + SURVEY_LV[-1:]


def survey_specs():
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in FIELDS]
    rows.append(["合計"] + [fw(sum(r[j] for r in FIELDS)) for j in (1, 2, 3)])
    fields = TableSpec(
        key="fields", doc=SURVEY_PDF, title="製品分野別の回答事業者と輸出の状況",
        header=[["製品分野", "回答\n事業者数（者）", "輸出\n事業者数（者）", "輸出額\n（万円）"]],
        rows=rows, col_widths=[44 * mm, 36 * mm, 36 * mm, 36 * mm], table_fy=2023, repeat_header=False,
    )
    fields.unit = lambda row, c, s=fields: bracket_unit(s.column_label(c))
    drows = [[n, fw(a), fw(b), signed(b - a)] for n, a, b in DESTINATIONS]
    ta, tb = sum(r[1] for r in DESTINATIONS), sum(r[2] for r in DESTINATIONS)
    drows.append(["合計", fw(ta), fw(tb), signed(tb - ta)])
    dests = TableSpec(
        key="dests", doc=SURVEY_PDF, title="輸出先別の輸出額",
        header=[["輸出先"] + [era(y) for y in DEST_YEARS] + ["増減"]],
        rows=drows, col_widths=[44 * mm, 34 * mm, 34 * mm, 34 * mm], unit="万円",
    )
    dests.col_range = {3: list(DEST_YEARS)}
    n_all, n_a, n_b = respondents(), KINDS[0][1], KINDS[1][1]
    issues = TableSpec(
        key="issues", doc=SURVEY_PDF, title="輸出に当たっての課題（複数回答）",
        header=[["輸出に当たっての課題", "全体", KINDS[0][0], KINDS[1][0]]],
        rows=[[x, cell(pct1(a + b, n_all)), cell(pct1(a, n_a)), cell(pct1(b, n_b))] for x, a, b in ISSUES],
        col_widths=[84 * mm, 24 * mm, 24 * mm, 24 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return fields, dests, issues


def survey_story(specs):
    fields, dests, issues = specs
    total, n = respondents(), exporters()
    ta, tb = sum(r[1] for r in DESTINATIONS), sum(r[2] for r in DESTINATIONS)
    (ka, ka_n, ka_x), (kb, kb_n, kb_x) = KINDS
    (sa, sa_n, sa_x), (sb, sb_n, sb_x) = SIZES
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{SURVEY} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年２月", DATE_RIGHT), P(SURVEY_DEPT, DATE_RIGHT), Spacer(1, 6 * mm)]
    st += [P("１　調査の概要", H1)]
    st += paras(f"""
県は、鉄瓶をはじめとする鋳物工芸品の海外での人気の高まりを受け、{GUILD}の協力を得て、製造事業者の輸出の状況を調べた。
""", 0)
    st += lv_lines(survey_lv(), 0)
    st += paras(f"""
この報告書において「鋳物工芸品」とは、溶かした鉄又は銅合金を砂型等に流し込んで作る工芸品をいい、機械部品等の工業用の鋳物は含まない。「鉄瓶」とは、直火で湯を沸かす鋳鉄製の器をいい、内側をほうろう加工した急須（鉄急須）は含まない。「一貫事業者」とは、鋳型の製作、鋳込み及び仕上げ（着色を含む。）のすべての工程を自社で行う事業者をいい、「分業事業者」とは、このうち一部の工程だけを請け負う事業者をいう。また、「輸出事業者」とは、令和５年度に自社の製品を海外に出荷した事業者をいい、国内の商社を通じた輸出（間接輸出）を含む。
""", 0)
    st += [P("２　輸出の状況", H1)]
    st += paras(f"""
回答事業者{total}者のうち、輸出事業者は{n}者（{pct1(n, total)}％）であった。{ka}{ka_n}者のうち輸出事業者は{ka_x}者、{kb}{kb_n}者のうち輸出事業者は{fw(kb_x)}者で、従業者{sa}の事業者は{sa_n}者のうち{sa_x}者、{sb}の事業者は{sb_n}者のうち{sb_x}者が輸出している。輸出をしていない{total - n}者のうち{PLANNED}者が、３年以内に輸出を始めたいと答えた。
輸出事業者の主な販路（複数回答）は、海外の取引先への直接の販売が{CHANNELS[0]}者、国内の商社を通じた販売が{CHANNELS[1]}者、海外の通信販売サイトへの出品が{fw(CHANNELS[2])}者であった。製品分野別の輸出額は、鉄瓶が最も多く、鉄急須、鍋・調理器具が続く。
""", 0)
    st += [caption(fields.title, "（令和５年度）", keep=False), fields.flowable(), Spacer(1, 2)]
    st += notes(["※１ 事業者は、主な製品の分野に分類した。「その他」は、表札、アクセサリー等である。"])
    st += [P("３　輸出先", H1)]
    st += paras(f"""
令和５年度の輸出額は{tb:,}万円で、前年度の{ta:,}万円から{tb - ta:,}万円増えた。輸出先別では中国が最も多いが、前年度より減っており、香港も減った。前年度から最も大きく伸びたのはフランスである。
""", 0)
    st += [caption(dests.title, "（単位：万円）"), dests.flowable(), Spacer(1, 2)]
    st += notes(["※２ 「増減」は令和５年度の額から令和４年度の額を引いたもので、▲は減少を表す。「その他」は、オーストラリア、カナダ、中東諸国等である。"])
    st += [P("４　事業者の事例", H1)]
    for i, (head, prod, dest, idea) in enumerate(SURVEY_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な製品", prod), ("主な輸出先", dest), ("海外向けの工夫", idea)], 1)
    st += [P("５　輸出に当たっての課題", H1)]
    st += paras(f"""
全体と{kb}では「職人の高齢化と後継者の不足」が、{ka}では「海外の取引先の開拓が難しい」が最も多かった。いずれも「原材料（銑鉄・木炭等）の値上がり」が２番目に多い。
""", 0)
    st += [caption(issues.title, "（単位：％）"), issues.flowable(), Spacer(1, 2)]
    st += notes([
        f"※３ 回答事業者（全体{total}者、{ka}{ka_n}者、{kb}{kb_n}者）が回答した。輸出をしていない事業者を含む。複数回答のため、合計は100％にならない。",
    ])
    st += [P("６　事業者からの主な要望（自由記述）", H1)]
    st += bullets([
        "海外見本市に共同で出展する機会を増やしてほしい。",
        "鉛とカドミウムの溶出試験の費用を補助してほしい。",
        "若手の職人を育てる取組への支援を広げてほしい。",
    ], 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        "① 令和７年度から、海外見本市への県の共同出展を年２回に増やす。",
        f"② {GUILD}と連携し、溶出試験をまとめて受ける仕組みをつくる。",
        "③ 外国語の取扱説明書のひな形を作り、事業者に提供する。",
        "④ 次回の調査は、令和９年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{SURVEY_DEPT} 工芸振興班　電話：098-954-1810　ファクス：098-954-1819",
        f"{GUILD}（事業者の紹介）　電話：098-954-1900",
        "電子メール：shuro-imono@example.jp",
    ]))
    return st


# ================================================================ document 3: export-price consultation, guide
GUIDE = f"{PREF}輸出価格算定相談"
GUIDE_DEPT = f"{PREF} 商工労働部 国際経済課"
AGENCY = f"公益財団法人{PREF}貿易振興機構"
START_FY = 2021  # the service began in 令和３年度 (no Western year is printed in the guide)
COURSES = [  # 見出し, 相談の内容, 利用料金, 所要期間 (same labels in every sibling section)
    ("基本相談", "取引条件の選び方と価格の積み上げ方の説明、相談者が作った算定表の確認",
     "無料（同じ年度に４回まで）", "相談の当日（１回60分）"),
    ("見積書作成コース", "バイヤー１社に出す取引条件別の見積書（英文）を、相談員と一緒に作成",
     "１品目当たり6,000円（同じ申込みで４品目目からは１品目当たり3,000円）", "申込みから10営業日以内"),
    ("店頭価格試算コース", "輸出先の関税、税及び流通の利益を調べ、店頭想定価格を試算",
     "１か国・地域当たり15,000円", "申込みから15営業日以内"),
]
QUOTE_FEE, QUOTE_FEE_LATER, QUOTE_FULL_ITEMS = 6000, 3000, 3  # 見積書作成コース: per 品目; from the 4th 品目
KPIS = [  # 指標（単位）, 目標, 実績 (令和６年度); 相談件数 実績 comes from (g)
    ("相談件数（件）", 260, None), ("見積書の作成数（通）", 90, 92), ("利用事業者数（者）", 150, 138),
    ("成約につながった事業者数（者）", 20, 23), ("価格算定セミナーの参加者数（人）", 120, 96),
]
USES = [  # 商品分野, 基本相談, 見積書作成, 店頭価格試算 (令和６年度, 件)
    ("食品", 58, 21, 9), ("酒類・飲料", 31, 12, 7), ("工芸品・日用品", 36, 14, 4),
    ("衣料・繊維製品", 17, 5, 2), ("機械・部品", 24, 9, 1), ("その他", 23, 8, 6),
]
PREV_USES = 231  # 令和５年度の相談件数 (prose only)
GUIDE_LV = [
    ("相談名", GUIDE),
    ("実施主体", PREF),
    ("運営", f"{AGENCY}（県からの委託）"),
    ("利用できる者", "県内に事業所を有する中小企業者及び個人事業主"),
    ("相談日時", "平日10時から16時まで（予約制）"),
    ("会場", f"{AGENCY} 相談室（棕市）又はオンライン"),
]
GUIDE_QA = [
    ("相談員が、バイヤーとの価格の交渉に同席してくれますか。",
     "同席しません。相談員は価格の算定をお手伝いしますが、交渉や契約には加わりません。"),
    ("算定した価格で利益が出ることを保証してもらえますか。",
     "保証はできません。為替や運賃は変わるため、見積書には有効期限を書くことをお勧めします。"),
]


def uses_total() -> int:
    return sum(a + b + c for _n, a, b, c in USES)


def kpi_rows():
    out = []
    for name, target, actual in KPIS:
        if name == "相談件数（件）":
            actual = uses_total()
        out.append((name, target, actual, pct0(actual, target)))
    return out


def guide_specs():
    kpi = TableSpec(
        key="kpi", doc=GUIDE_PDF, title="利用の目標と実績",
        header=[["指標", "目標", "実績", "達成率（％）"]],
        rows=[[n, fw(t), fw(a), fw(r)] for n, t, a, r in kpi_rows()],
        col_widths=[72 * mm, 26 * mm, 26 * mm, 30 * mm], table_fy=2024,
    )
    kpi.unit = lambda row, c: "%" if c == 3 else bracket_unit(row[0])
    rows = [[n, fw(a), fw(b), fw(c), fw(a + b + c)] for n, a, b, c in USES]
    rows.append(["合計"] + [fw(sum(r[j] for r in USES)) for j in (1, 2, 3)] + [fw(uses_total())])
    uses = TableSpec(
        key="uses", doc=GUIDE_PDF, title="商品分野別・コース別の利用件数",
        header=[["商品分野", "基本相談", "見積書作成", "店頭価格試算", "計"]],
        rows=rows, col_widths=[40 * mm, 28 * mm, 28 * mm, 28 * mm, 26 * mm], unit="件", table_fy=2024,
    )
    return kpi, uses


def guide_story(specs):
    kpi, uses = specs
    kinds = [sum(r[j] for r in USES) for j in (1, 2, 3)]
    total = uses_total()
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{GUIDE} ご案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(GUIDE_DEPT, DATE_RIGHT), Spacer(1, 2 * mm)]
    st += [P("１　相談の概要", H1)]
    st += paras(f"""
海外のバイヤーから見積りを求められたとき、工場から出す価格に輸送費、保険料、関税等を積み上げて、取引条件ごとの価格を示すのは容易ではありません。{era(START_FY)}に始めたこの相談では、貿易実務に詳しい相談員が、県内の事業者の輸出価格の算定をお手伝いします。
""", 0)
    st += lv_lines(GUIDE_LV, 0)
    st += paras("""
この案内において「輸出価格」とは、輸出する商品１単位当たりの販売価格を、工場渡し（ＥＸＷ）、本船渡し（ＦＯＢ）、運賃保険料込み（ＣＩＦ）等の取引条件ごとに算定したものをいいます。「店頭想定価格」とは、輸出先の小売店で消費者に販売されると見込まれる価格をいい、関税、輸入国の付加価値税等並びに輸入者及び小売店の利益を含みます。また、「品目」とは、一つの商品をいい、内容量や色だけが異なるものは同じ１品目と数えます。
""", 0)
    st += [P("２　相談のコース", H1)]
    for i, (head, what, fee, when) in enumerate(COURSES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("相談の内容", what), ("利用料金", fee), ("所要期間", when)], 1)
    st += notes(["※１ 料金は消費税込みです。見積書作成コースと店頭価格試算コースは、基本相談を１回以上利用した方が申し込めます。"])
    st += [P("３　利用の流れ", H1)]
    st += numbered([
        "① 予約（電話又はウェブの予約フォームで、希望日と商品、輸出先を連絡）",
        "② 基本相談（商品、輸出先、取引条件と、分かっている費用を確認）",
        "③ コースの申込み（見積書作成コース又は店頭価格試算コースを利用する場合）",
        "④ 料金の支払（請求書による銀行振込み）",
        "⑤ 見積書又は試算結果の受取り（所要期間内に電子メールで送付）",
        "⑥ 振り返り（受取りから３か月後に、商談の結果をアンケートで伺います）",
    ], 0)
    st += [P("４　利用の状況", H1)]
    st += paras(f"""
令和６年度の相談件数は{total}件（基本相談{kinds[0]}件、見積書作成コース{kinds[1]}件、店頭価格試算コース{kinds[2]}件）で、前年度の{PREV_USES}件を上回りました。商品分野別では食品が最も多く、基本相談が全体の６割を超えています。目標のうち、利用事業者数とセミナーの参加者数は達成できませんでした。
""", 0)
    st += [caption(kpi.title, "（令和６年度）"), kpi.flowable(), Spacer(1, 2)]
    st += notes(["※２ 目標は、棕県輸出拡大戦略（令和５年度～令和７年度）によります。達成率は、実績を目標で割った値を百分率で表し、小数点以下を四捨五入しました。"])
    st += [caption(uses.title, "（令和６年度）（単位：件）"), uses.flowable(), Spacer(1, 2)]
    st += notes(["※３ 「件」は申込みの数で、見積書作成コースで扱った品目の数ではありません。「その他」は、化粧品、玩具、文具等です。"])
    st += [P("５　利用上の注意", H1)]
    st += bullets([
        "相談の内容と事業者の情報は、外部に漏らしません。",
        "運賃と保険料は相談の時点の目安で算定します。実際の額は、物流事業者の見積りでご確認ください。",
        "為替レートは、相談日の前月の平均値を用います（相談者が指定する場合を除きます）。",
        "予約の取消しは、前営業日の17時までにご連絡ください。",
    ], 0)
    st += [CondPageBreak(60 * mm), P("６　よくある質問", H1)]
    for i, (q, a) in enumerate(GUIDE_QA, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{GUIDE_DEPT} 貿易振興班　電話：098-957-3360　ファクス：098-957-3369",
        f"{AGENCY}（予約・コースの申込み）　電話：098-957-3400",
        "電子メール：shuro-kakaku@example.jp",
    ]))
    return st


# ================================================================ build
HEADERS = {  # running header (left, right) and footer of each document
    CALL_PDF: (f"令和７年度 {CALL} 募集要項", "令和７年４月", CALL_DEPT),
    SURVEY_PDF: (f"令和６年度 {SURVEY} 報告書", "令和７年２月", SURVEY_DEPT),
    GUIDE_PDF: (f"令和７年度 {GUIDE} ご案内", "令和７年４月", GUIDE_DEPT),
}


def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return call_specs() + survey_specs() + guide_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    row_pages = {}
    for name, specs_fn, story_fn in ((CALL_PDF, call_specs, call_story), (SURVEY_PDF, survey_specs, survey_story),
                                     (GUIDE_PDF, guide_specs, guide_story)):
        specs = specs_fn()
        doc = build_pdf(docs_dir / name, specs, story_fn(specs), *HEADERS[name])
        row_pages[name] = doc.row_pages
    gold = all_gold(row_pages)
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
    # --- shiitake: the dried-shiitake export subsidy call, tables (a) (b), definitions, notes, sibling sections, steps, Q&A
    dict(question="乾しいたけを原材料の４割ほど使った炊き込みご飯の素を作っている会社が、米国向けに英語の表示ラベルを作りたいそうです。補助率は何％になりますか？",
         category="shiitake", doc=CALL_PDF,
         evidence=["乾しいたけを原材料の重量の30％以上使用", "外国語表示ラベルの作成 50 150 60 250"], answer=["60"],
         notes="two facts: 40 % of the raw material is dried shiitake, so the product is a しいたけ加工品 by the "
               "definition in ２ (30 % or more); (a) two-level header, column しいたけ加工品／補助率（％）; 50 "
               "(乾しいたけ) is the trap"),
    dict(question="乾しいたけの生産者が、選別と袋詰めをする作業場をＨＡＣＣＰに対応させる改修を考えているそうです。この補助金の対象になりますか？",
         category="shiitake", doc=CALL_PDF,
         evidence=["しいたけ加工品の製造施設に限ります", "欄は、補助の対象としません"], answer=["補助の対象としません"],
         notes="(a) the 「－」 cells of ＨＡＣＣＰ対応の施設改修 under 乾しいたけ, explained by note ※１ (only plants "
               "making しいたけ加工品); the 50 / 2,500 of the しいたけ加工品 group is the trap"),
    dict(question="乾しいたけの生産者が、ほかの２社と一つの小間を共同で借りて台北の見本市に出るそうです。自社の負担分の出展費用が120万円の場合、見本市の分の補助金はいくらになりますか？",
         category="shiitake", doc=CALL_PDF,
         evidence=["海外見本市への出展 50 900 50 900", "上限額を２分の１とします"], answer=["450千円"], computed=True,
         notes="(a) row 海外見本市への出展, group 乾しいたけ, with note ※３ (a shared booth halves the cap): "
               "1,200千円 × 50 % = 600 > 900 / 2 = 450 → 450千円 (45万円); 600 and 900 are the traps"),
    dict(question="しいたけ加工品のメーカーが、工場をＨＡＣＣＰに対応させる改修（600万円）と、輸出先の基準による残留農薬の検査（50万円）の両方で申請するそうです。補助金は最大でいくらになりますか？",
         category="shiitake", doc=CALL_PDF,
         evidence=["しいたけ加工品の製造事業者は250万円", "残留農薬等検査 60 300 60 400"], answer=["250万円"],
         notes="note ※４ (the firm cap in 万円, while (a) is in 千円) with (a): ＨＡＣＣＰ 6,000 × 50 % = 3,000 → cap "
               "2,500千円; 検査 500 × 60 % = 300 (cap 400); 2,800千円 is above the firm cap of 250万円; 150万円 "
               "(乾しいたけ) is the trap"),
    dict(question="2022年度には、この乾しいたけの補助金は何件交付されましたか？",
         category="shiitake", doc=CALL_PDF, evidence=["令和４年度 12 ９ ３ 6,540"], answer=["９"],
         notes="(b) years as rows: 2022年度 = 令和４年度 (the call prints only 2020年度 in Western form); column "
               "交付件数（件）, a header printed over two lines; 12 (申請件数) and ３ (うち加工品) are the traps"),
    dict(question="令和６年度に交付された乾しいたけの補助金は、１件当たり平均でいくらでしたか？",
         category="shiitake", doc=CALL_PDF, evidence=["令和６年度 21 14 ６ 11,480"], answer=["820千円"], computed=True,
         notes="(b) average in a row: 11,480 / 14 = 820千円 (11,480 / 21 applications is a wrong reading; the case "
               "amount 802千円 is a near miss)"),
    dict(question="県外で乾燥させたしいたけを仕入れて、県内の工場で小袋に詰め直して輸出している会社があります。この補助金でいう県産乾しいたけ等に当たりますか？",
         category="shiitake", doc=CALL_PDF,
         evidence=["県外で乾燥したものを仕入れて小分けしただけのものを除きます"], answer=["除きます"],
         notes="definition boundary: 「県産乾しいたけ等」とは…県外で乾燥したものを仕入れて小分けしただけのものを除きます "
               "(a no)"),
    dict(question="生産者から乾しいたけを集めて出荷している会社の交付事例では、補助金はいくらでしたか？",
         category="shiitake", doc=CALL_PDF, evidence=["（３）乾しいたけ集出荷Ｃ社", "補助金の額：530千円"],
         answer=["530千円"],
         notes="sibling sections （１）–（３） of ６ share the labels 輸出先, 補助の対象とした経費, 補助金の額; "
               "（３）乾しいたけ集出荷Ｃ社 (集めて出荷 = 集出荷); 802千円 and 2,180千円 are the siblings' values"),
    dict(question="補助事業が終わったあと、実績報告はいつまでに出せばよいかと聞かれました。",
         category="shiitake", doc=CALL_PDF, evidence=["実績報告（事業の完了から20日以内"], answer=["20日以内"],
         notes="procedure step ⑥ (the latest date, 令和８年３月６日, is printed beside it; the completion date of "
               "step ⑤ is a near miss)"),
    dict(question="香港向けと台湾向けで別々に残留農薬の検査を受ける会社があります。検査の上限額は２か国分に増えますか？",
         category="shiitake", doc=CALL_PDF,
         evidence=["残留農薬等検査の上限額は、輸出先の数にかかわらず表の額です"], answer=["輸出先の数にかかわらず表の額"],
         notes="Q&A: Ａ of Ｑ３ (the costs of both tests may be claimed, but the cap does not grow; 「申請できます」 "
               "alone is the trap)"),
    # --- imono: the survey of cast-iron kettle and cast-metal craft makers, tables (c) (d) (e), definitions, sibling sections
    dict(question="鋳物工芸の輸出実態調査は、調査の対象にした事業者のうち何％から回答を得ていますか？",
         category="imono", doc=SURVEY_PDF, evidence=["回答数：78者（回答率81.3％）"], answer=["81.3"],
         notes="「label：value」 line 回答数 (78 of the 96者 of 調査対象); 43.6 % (輸出事業者) is a near miss"),
    dict(question="東京の商社に製品を卸していて、その商社が海外に売っているという工房があります。この調査では輸出事業者に含まれますか？",
         category="imono", doc=SURVEY_PDF, evidence=["国内の商社を通じた輸出（間接輸出）を含む"], answer=["含む"],
         notes="definition boundary: 「輸出事業者」とは…国内の商社を通じた輸出（間接輸出）を含む (a yes)"),
    dict(question="内側をほうろう加工した鉄の急須を主に作っている事業者のうち、輸出しているのは何者ですか？",
         category="imono", doc=SURVEY_PDF,
         evidence=["内側をほうろう加工した急須（鉄急須）は含まない", "鉄急須 14 ９ 2,370"], answer=["９"],
         notes="two facts: the 「鉄瓶」 definition excludes the enamelled 鉄急須, so (c) row 鉄急須 (page 1, before the "
               "break), column 輸出事業者数（者）; 11 (鉄瓶) and 14 (回答事業者数) are the traps"),
    dict(question="銅製の器や仏具を主に作っている事業者の、令和５年度の輸出額はいくらですか？",
         category="imono", doc=SURVEY_PDF, evidence=["銅器・仏具 ７ １ 90"], answer=["90"],
         notes="(c) continuation page (no header there): row 銅器・仏具, column 輸出額（万円） (a header printed over two "
               "lines; 銅器 = copper ware); ７ and １ are the traps, 310 (花器・置物) a near miss"),
    dict(question="2023年度、香港向けの鋳物工芸品の輸出額は、前年度と比べてどれだけ増減しましたか？",
         category="imono", doc=SURVEY_PDF, evidence=["香港 640 580 ▲60"], answer=["▲60"],
         notes="(d) 増減 column, a decrease printed with ▲ (note ※２); 2023年度 = 令和５年度 (the report prints only "
               "2024年 in Western form); unit 万円 from the caption note"),
    dict(question="令和５年度の鋳物工芸品の輸出額が２番目に多かった輸出先はどこですか？",
         category="imono", doc=SURVEY_PDF, evidence=["米国 1,350 1,820 470"], answer=["米国"],
         notes="(d) ranking in the column 令和５年度: 中国 2,150, 米国 1,820, フランス 1,560 (the rows are in "
               "geographic order; the prose names only 中国 as the largest); second-largest"),
    dict(question="2023年度の鋳物工芸品の輸出額全体のうち、フランス向けは何％を占めていますか？",
         category="imono", doc=SURVEY_PDF, evidence=["フランス 980 1,560 580", "合計 8,330 10,070 1,740"],
         answer=["15.5%"], computed=True,
         notes="(d) share within a year column: 1,560 / 10,070 = 15.5 % (2023年度 = 令和５年度; 980 / 8,330 = 11.8 % "
               "is the other year)"),
    dict(question="型づくりから鋳込み、着色までを全部自社で行っている工房のうち、模倣品の流通を課題に挙げたのは何％ですか？",
         category="imono", doc=SURVEY_PDF,
         evidence=["鋳型の製作、鋳込み及び仕上げ（着色を含む。）", "模倣品の流通 17.9 26.8 8.1"], answer=["26.8"],
         notes="(e) unruled table, column 一貫事業者, picked by the 「一貫事業者」 definition in １ (all the steps in "
               "house); 17.9 (全体) and 8.1 (分業事業者) are the traps"),
    dict(question="色付きのほうろう引きの鉄急須を作っている会社の事例では、海外向けにどんな工夫をしていますか？",
         category="imono", doc=SURVEY_PDF, evidence=["（２）鉄急須製造業Ｅ社", "鉛とカドミウムの溶出試験を受けている"],
         answer=["鉛とカドミウムの溶出試験を受けている"],
         notes="sibling sections （１）–（３） of ４ share the labels 主な製品, 主な輸出先, 海外向けの工夫; "
               "（２）鉄急須製造業Ｅ社 (ほうろう引き = ほうろう加工); the Chinese videos of Ｄ社 and the English "
               "booklet of Ｆ社 are the siblings' values"),
    dict(question="まだ輸出をしていない工房のうち、３年以内に輸出を始めたいと答えたのは何者ですか？",
         category="imono", doc=SURVEY_PDF, evidence=["輸出をしていない44者のうち13者が"], answer=["13者"],
         notes="prose-only figure of ２ (in no table); 44 (the non-exporters) is the trap"),
    # --- kakaku: the export-price consultation guide, tables (f) (g), definitions, sibling sections
    dict(question="輸出先のスーパーで最終的にいくらで並ぶのかを試算してほしいという会社があります。結果が出るまでどのくらいかかりますか？",
         category="kakaku", doc=GUIDE_PDF, evidence=["（３）店頭価格試算コース", "所要期間：申込みから15営業日以内"],
         answer=["15営業日以内"],
         notes="sibling sections （１）–（３） of ２ share the labels 相談の内容, 利用料金, 所要期間; （３）店頭価格試算コース "
               "(the shelf price abroad = 店頭想定価格); 10営業日 (見積書作成コース) and 相談の当日 are the siblings' "
               "values"),
    dict(question="同じ味のドレッシングで200ml入りと500ml入りの２種類がある会社です。価格算定相談の見積書作成コースでは、何品目として数えますか？",
         category="kakaku", doc=GUIDE_PDF, evidence=["内容量や色だけが異なるものは同じ１品目"], answer=["１品目"],
         notes="definition boundary: 「品目」とは…内容量や色だけが異なるものは同じ１品目と数えます (two sizes, one 品目)"),
    dict(question="見積書作成コースで、ジャム３種類（そのうち１種類は小瓶と大瓶の２サイズ）と焼き菓子１種類の、合わせて５つの商品の見積書を一度に頼みたいそうです。料金はいくらになりますか？",
         category="kakaku", doc=GUIDE_PDF,
         evidence=["１品目当たり6,000円（同じ申込みで４品目目から", "内容量や色だけが異なるものは同じ１品目"],
         answer=["21,000円"], computed=True,
         notes="sibling section （２） 利用料金 with the 「品目」 definition: the two jar sizes are one 品目, so four "
               "品目: 3 × 6,000 + 1 × 3,000 = 21,000円 (five 品目, 24,000円, is the trap)"),
    dict(question="2024年度、価格算定相談をきっかけに成約につながった事業者は何者でしたか？",
         category="kakaku", doc=GUIDE_PDF, evidence=["成約につながった事業者数（者） 20 23 115"], answer=["23"],
         notes="(f) KPI table, column 実績, the unit 者 from the row label's bracket; 2024年度 = 令和６年度 (the guide "
               "prints no Western year); 20 (目標) and 115 (達成率) are the traps"),
    dict(question="令和６年度の価格算定相談の相談件数は、目標を何件上回りましたか？",
         category="kakaku", doc=GUIDE_PDF, evidence=["相談件数（件） 260 287 110"], answer=["27件"], computed=True,
         notes="(f) difference in a KPI row: 287 − 260 = 27件 (110 is the 達成率 in per cent)"),
    dict(question="工芸品や日用品を扱う事業者の利用は、３つのコースを合わせて何件でしたか？",
         category="kakaku", doc=GUIDE_PDF, evidence=["工芸品・日用品 36 14 ４ 54"], answer=["54"],
         notes="(g) total column 計 on the right: row 工芸品・日用品; unit 件 from the caption note; 36 (基本相談) is "
               "the trap"),
    dict(question="2024年度の見積書作成コースの利用のうち、食品の分野は何％を占めていますか？",
         category="kakaku", doc=GUIDE_PDF, evidence=["食品 58 21 ９ 88", "合計 189 69 29 287"], answer=["30.4%"],
         computed=True,
         notes="(g) share within a course column: 21 / 69 = 30.4 % (2024年度 = 令和６年度); 88 / 287 = 30.7 % over "
               "all courses is a wrong reading"),
    dict(question="この輸出価格算定相談は、西暦で何年度に始まったものですか？",
         category="kakaku", doc=GUIDE_PDF, evidence=["令和３年度に始めたこの相談では"], answer=["2021年度"],
         computed=True,
         notes="an era year turned into a Western year: 令和３年度 (prose of １) = 2021年度; the guide prints no "
               "Western year"),
    # --- followups
    dict(question="では、その検査をしいたけ加工品で申請する場合、上限額はいくらですか？",
         category="followup", doc=CALL_PDF, evidence=["残留農薬等検査 60 300 60 400"], answer=["400"],
         history=_turns("乾しいたけの残留農薬等検査は、補助率が何％ですか？",
                        "乾しいたけの残留農薬等検査の補助率は60％です[1]。"),
         notes="(a) the row from the history (残留農薬等検査), the other group, leaf しいたけ加工品／上限額（千円）; 300 "
               "(乾しいたけ) is the trap"),
    dict(question="その年度の交付額は、全部でいくらでしたか？",
         category="followup", doc=CALL_PDF, evidence=["令和３年度 10 ７ ２ 4,860"], answer=["4,860"],
         history=_turns("乾しいたけの補助金で、2021年度は何件の申請がありましたか？",
                        "2021年度（令和３年度）の申請は10件でした[1]。"),
         notes="(b) the year from the history (2021年度 = 令和３年度), column 交付額（千円）"),
    dict(question="その分野の令和５年度の輸出額はいくらですか？",
         category="followup", doc=SURVEY_PDF, evidence=["鍋・調理器具 11 ５ 1,640"], answer=["1,640"],
         history=_turns("鋳物工芸の調査で、鍋や調理器具を主に作っている事業者は何者が回答しましたか？",
                        "鍋・調理器具の事業者は11者が回答しました[1]。"),
         notes="(c) the row from the history (鍋・調理器具, page 1 before the break), column 輸出額（万円）"),
    dict(question="それを分業事業者に限るとどうなりますか？",
         category="followup", doc=SURVEY_PDF, evidence=["原材料（銑鉄・木炭等）の値上がり 52.6 53.7 51.4"],
         answer=["51.4"],
         history=_turns("鋳物工芸の事業者で、原材料の値上がりを輸出の課題に挙げたのは全体で何％ですか？",
                        "全体では52.6％です[1]。"),
         notes="(e) unruled table: the row from the history, column 分業事業者 (defined in １); 53.7 (一貫事業者) is "
               "the trap"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=GUIDE_PDF, evidence=["電話：098-957-3400"], answer=["098-957-3400"],
         history=_turns("輸出価格算定相談の店頭価格試算コースを申し込みたい会社があります。どこに連絡すればよいですか？",
                        "予約とコースの申込みは、公益財団法人棕県貿易振興機構が受け付けています[1]。"),
         notes="contact box of the guide: the 機構's phone (second line); the 班's phone 098-957-3360 and fax "
               "098-957-3369 (first line) are the near misses"),
    dict(question="その分野で店頭価格試算コースを使ったのは何件ですか？",
         category="followup", doc=GUIDE_PDF, evidence=["酒類・飲料 31 12 ７ 50"], answer=["７"],
         history=_turns("価格算定相談で、酒類・飲料の分野の基本相談は何件でしたか？",
                        "酒類・飲料の基本相談は31件でした[1]。"),
         notes="(g) the row from the history (酒類・飲料), column 店頭価格試算; 12 (見積書作成) and 50 (計) are the traps"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="乾しいたけの残留農薬の検査は、１検体当たりいくらくらいかかるものですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives the rate and the cap of 残留農薬等検査, not what a test costs",
         absent=["検体", "検査料"]),
    dict(question="令和５年度に、県産の乾しいたけは何トン輸出されましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives applications, grants and amounts by year, not the exported volume",
         absent=["トン", "輸出量"]),
    dict(question="鋳物工芸の職人の平均年齢は何歳くらいですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives 職人の高齢化 as an issue, not the craftsmen's ages",
         absent=["平均年齢", "歳"]),
    dict(question="鉄瓶は１個当たりいくらで輸出されているのでしょうか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives export amounts by product field and destination, not prices per piece",
         absent=["単価", "１個当たり"]),
    dict(question="価格算定相談の相談員の中に、税理士はいますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide says the 相談員 know trade practice, not who they are",
         absent=["税理士"]),
    dict(question="見積書作成コースを使った会社の成約金額は、合わせていくらになりましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the firms whose deals came about (23者), not the amounts",
         absent=["成約金額", "成約額"]),
]
CATEGORY_COUNTS = {"shiitake": 10, "imono": 10, "kakaku": 8, "followup": 6, "unanswerable": 6}
SIBLING = 3  # non-followup questions on sibling sections (notes say "sibling sections")
BOUNDARY = 3  # definition-boundary questions (notes start with "definition boundary")
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h101q", "h101t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G = (
    "補助対象経費、補助率及び上限額", "申請と交付の実績", "製品分野別の回答事業者と輸出の状況", "輸出先別の輸出額",
    "輸出に当たっての課題（複数回答）", "利用の目標と実績", "商品分野別・コース別の利用件数")
LETTERS = dict(zip((A, B, C, D, E, F, G), "abcdefg"))
TABLE_CELLS = {A: 20, B: 20, C: 27, D: 30, E: 21, F: 15, G: 28}  # planned gold cells per table


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _num(x: Decimal, unit: str) -> str:
    return f"{int(x) if x == x.to_integral() else x}{unit}"


def _fair_grant(g, cost, shared):
    rate = g(A, "海外見本市への出展", "乾しいたけ／補助率（％）", 2025)
    cap = g(A, "海外見本市への出展", "乾しいたけ／上限額（千円）", 2025)
    return min(cost * rate // 100, cap // SHARED_BOOTH_DIVISOR if shared else cap)


def _quote_fee(items: int) -> int:
    return QUOTE_FEE * min(items, QUOTE_FULL_ITEMS) + QUOTE_FEE_LATER * max(0, items - QUOTE_FULL_ITEMS)


COMPUTED = {  # question id -> the answer string, computed from gold cells (or, where a note says so, prose data)
    "h101q03": lambda g: f"{_fair_grant(g, 1200, True)}千円",
    "h101q06": lambda g: _num(half_up(Decimal(g(B, era(2024), "交付額（千円）", 2024))
                                      / Decimal(g(B, era(2024), "交付件数（件）", 2024)), "0.1"), "千円"),
    "h101q17": lambda g: _pct(g(D, "フランス", era(2023), 2023), g(D, "合計", era(2023), 2023)),
    "h101q23": lambda g: f"{_quote_fee(4):,}円",  # course data of sibling section （２） and the 「品目」 definition
    "h101q25": lambda g: f"{g(F, '相談件数（件）', '実績', 2024) - g(F, '相談件数（件）', '目標', 2024)}件",
    "h101q27": lambda g: _pct(g(G, "食品", "見積書作成", 2024), g(G, "合計", "見積書作成", 2024)),
    "h101q28": lambda g: f"{START_FY}年度",  # the era year printed in the guide's prose
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {CALL_PDF: (3, 3), SURVEY_PDF: (3, 3), GUIDE_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (8, 40)  # after norm
GOLD_CELLS = (150, 210)
TABLE_QUESTIONS = 12  # at least, outside the followups
COMPUTED_RANGE = (6, 12)
WESTERN_SHARE = (0.30, 0.70)
BEFORE_BREAK_ROWS = ("鉄瓶", "鉄急須", "鍋・調理器具")  # rows of (c) expected before the page break
CONTINUED_ROWS = ("銅器・仏具", "その他", "合計")  # and after it
UNRULED = "issues"  # the only table drawn without ruling lines
CAPTION_UNIT_TABLES = {D: "万円", E: "%", G: "件"}  # units printed only in the caption note


def doc_texts(pages) -> dict[str, str]:
    return {n: norm("\n".join(p)) for n, p in pages.items()}


def readme_path(out: Path) -> Path:
    """The README checked: the one in the output folder, else the one beside this script."""
    p = Path(out) / "README.md"
    return p if p.exists() else Path(__file__).resolve().parent / "README.md"


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout101.py")
    errors += check(questions, gold, pages)
    errors += check_fiction(pages, [(out / "tables.jsonl").read_text(encoding="utf-8"),
                                    (out / "questions.jsonl").read_text(encoding="utf-8")],
                            questions, readme_path(out))
    return errors


def check(questions, gold, pages) -> list[str]:
    errors = check_page_counts(pages, PAGE_COUNTS)
    errors += check_questions(questions, gold, pages)
    errors += check_gold(gold, pages)
    errors += check_prose(pages)
    return errors


def table_of(q) -> set:
    """The tables a question's notes name, by title or by the README letter."""
    return {t for t, l in LETTERS.items() if t in q["notes"] or f"({l})" in q["notes"]}


def bare_printed(bare: str, raw: str) -> bool:
    """Whether the number `bare` is printed as a number of its own (not inside a longer one) in the
    NFKC text `raw`, with its thousands comma or without."""
    forms = {bare, bare.replace(",", "")}
    if "," not in bare and bare.isdigit() and len(bare) > 3:
        forms.add(f"{int(bare):,}")
    return any(re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", raw) for f in forms)


def check_questions(questions, gold, pages) -> list[str]:
    errors = []
    doc_text = doc_texts(pages)
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
            # stricter than docgen: not even the bare number of a computed answer is printed as a number of its own
            for a in q["answer"]:
                bare = re.sub(r"(%|千円|万円|円|件|者|人|年度)$", "", nfkc(a))
                if bare_printed(bare, raw_text[q["doc"]]):
                    errors.append(f"{qid}: the computed number {bare} is printed in its document")
        for t in table_of(q):
            if next(g["doc"] for g in gold if g["table"] == t) != q["doc"]:
                errors.append(f"{qid}: its notes name table {t} of another document")
    errors += check_question_mix(questions, CATEGORY_COUNTS, western_share=WESTERN_SHARE)
    sibling = sum("sibling sections" in q["notes"] and q["category"] not in ("followup", "unanswerable") for q in questions)
    if sibling != SIBLING:
        errors.append(f"{sibling} sibling-section questions, expected {SIBLING}")
    boundary = sum(q["notes"].startswith("definition boundary") for q in questions if q["doc"])
    if boundary != BOUNDARY:
        errors.append(f"{boundary} definition-boundary questions, expected {BOUNDARY}")
    # a Western fiscal year asked of a document that prints that year only as 令和
    western_on_era = [q["id"] for q in questions if q["doc"] and re.search(r"20\d\d年度", q["question"])
                      and not any(y in doc_text[q["doc"]] for y in re.findall(r"(20\d\d)年度", q["question"]))]
    if len(western_on_era) < 3:
        errors.append(f"only {western_on_era} ask by a Western fiscal year the document prints only as 令和")
    era_asked = [q["id"] for q in questions if re.search(r"令和(元|[０-９\d]+)年", q["question"]) and q["doc"]]
    if len(era_asked) < 3:
        errors.append(f"only {era_asked} ask by 令和 year")
    n_table = sum(bool(table_of(q)) for q in questions if q["doc"] and q["category"] != "followup")
    if n_table < TABLE_QUESTIONS:
        errors.append(f"{n_table} table questions outside the followups, expected at least {TABLE_QUESTIONS}")
    for t in LETTERS:  # every table is asked about outside the follow-ups
        if not any(t in table_of(q) for q in questions if q["doc"] and q["category"] != "followup"):
            errors.append(f"no question (outside the follow-ups) on table {t}")
    for doc in ALL_PDFS:
        if sum(q["doc"] == doc for q in questions) < 10:
            errors.append(f"{doc}: fewer than 10 questions")
    if sum("second-largest" in q["notes"] and q["category"] != "unanswerable" for q in questions) < 1:
        errors.append("no second-largest question")
    n_computed = sum(bool(q.get("computed")) for q in questions)
    if not COMPUTED_RANGE[0] <= n_computed <= COMPUTED_RANGE[1]:
        errors.append(f"{n_computed} computed questions, expected {COMPUTED_RANGE[0]}-{COMPUTED_RANGE[1]}")
    errors += check_computed(questions, COMPUTED, GoldIndex(gold))
    # exactly one phone answer, asked as a follow-up, with other numbers (near misses) in its document
    phone_qs = [q for q in questions if q["answer"] and re.fullmatch(PHONE_RE, nfkc(q["answer"][0]))]
    if len(phone_qs) != 1 or phone_qs[0]["category"] != "followup":
        errors.append(f"expected exactly one phone answer, as a follow-up, got {[q['id'] for q in phone_qs]}")
    else:
        others = set(re.findall(PHONE_RE, doc_text[phone_qs[0]["doc"]])) - {nfkc(phone_qs[0]["answer"][0])}
        if len(others) < 2:
            errors.append(f"{phone_qs[0]['id']}: fewer than two other numbers in its document")
    return errors


def check_gold(gold, pages) -> list[str]:
    errors = []
    specs = {s.title: s for s in all_specs()}
    doc_text = doc_texts(pages)

    def page_text(doc, page):
        return norm(pages[doc][page - 1])

    if not GOLD_CELLS[0] <= len(gold) <= GOLD_CELLS[1]:
        errors.append(f"{len(gold)} gold cells, expected {GOLD_CELLS[0]}-{GOLD_CELLS[1]}")
    per_table = defaultdict(int)
    for g in gold:
        per_table[g.get("table")] += 1
    if dict(per_table) != TABLE_CELLS:
        errors.append(f"gold cells per table {dict(per_table)}, expected {TABLE_CELLS}")
    any_page = defaultdict(lambda: {0})
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout101.py")
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
        if g["number"] is None or DASH in g["value"]:
            errors.append(f"{g['id']}: every gold cell of this set is numeric (a 「－」 cell is no gold cell)")
        if (g["fiscal_year"] is None) == (g["fiscal_year_range"] is None):
            errors.append(f"{g['id']}: exactly one of fiscal_year and fiscal_year_range should be set")
        if g["table"] not in specs:
            errors.append(f"{g['id']}: unknown table {g['table']!r}")
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
    except (KeyError, TypeError, ValueError) as e:
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

    # (a): rates within 100 %; no cap above the firm caps of note ※４ (万円 → 千円)
    for row, r in t[A].items():
        for grp in GROUPS:
            rate, cap = r.get(f"{grp}／補助率（％）"), r.get(f"{grp}／上限額（千円）")
            if (rate is None) != (cap is None):
                errors.append(f"{A} / {row}: {grp} has a rate without a cap or the other way round")
            if rate is not None and not 0 < rate <= 100:
                errors.append(f"{A} / {row}: rate {rate} out of range")
            if cap is not None and cap > FIRM_CAP[grp] * 10:
                errors.append(f"{A} / {row}: cap {cap}千円 above the firm cap of note ※４")
    # (b): applications grow; 加工品 ≤ grants ≤ applications; amounts within the firm caps; growing amounts
    b = t[B]
    ns = [r["申請件数（件）"] for r in b.values()]
    amounts = [r["交付額（千円）"] for r in b.values()]
    if ns != sorted(set(ns)) or amounts != sorted(set(amounts)):
        errors.append(f"{B}: 申請件数 and 交付額 should grow every year")
    for row, r in b.items():
        if not r["うち加工品（件）"] <= r["交付件数（件）"] <= r["申請件数（件）"] \
                or r["交付額（千円）"] > r["交付件数（件）"] * FIRM_CAP["しいたけ加工品"] * 10:
            errors.append(f"{B} / {row}: grants or amounts out of range")
    # (c): 合計 adds up; exporters ≤ respondents; the makers' kinds and sizes of the prose add up to 合計
    c = t[C]
    adds_up(C, ("回答事業者数（者）", "輸出事業者数（者）", "輸出額（万円）"))
    if any(r["輸出事業者数（者）"] > r["回答事業者数（者）"] for r in c.values()):
        errors.append(f"{C}: exporters above respondents")
    for split in (KINDS, SIZES):
        if sum(s[1] for s in split) != c["合計"]["回答事業者数（者）"] or sum(s[2] for s in split) != c["合計"]["輸出事業者数（者）"]:
            errors.append(f"{C}: 合計 differs from the prose split {split}")
    if sum(CHANNELS[:2]) < c["合計"]["輸出事業者数（者）"] or PLANNED > c["合計"]["回答事業者数（者）"] - c["合計"]["輸出事業者数（者）"]:
        errors.append(f"{C}: the sales channels or the planned starters do not fit the exporters")
    # (d): 合計 adds up; 増減 is the difference; its 令和５年度 合計 equals (c)'s 輸出額
    d = t[D]
    ycols = [era(y) for y in DEST_YEARS]
    adds_up(D, ycols + ["増減"])
    for row, r in d.items():
        if r["増減"] != r[ycols[1]] - r[ycols[0]]:
            errors.append(f"{D} / {row}: 増減 is not the difference of the years")
    if d["合計"][ycols[1]] != c["合計"]["輸出額（万円）"]:
        errors.append(f"{D}: 令和５年度 合計 differs from {C}")
    # (e): the per cents come from the counts; the ｎ from (c) and the prose kinds
    n_all = c["合計"]["回答事業者数（者）"]
    if n_all != sum(k[1] for k in KINDS):
        errors.append(f"{E}: the ｎ differ from {C}")
    for name, a, bb in ISSUES:
        r = t[E][name]
        want = (pct1(a + bb, n_all), pct1(a, KINDS[0][1]), pct1(bb, KINDS[1][1]))
        if tuple(Decimal(str(r[k])) for k in ("全体", KINDS[0][0], KINDS[1][0])) != want:
            errors.append(f"{E} / {name}: per cents differ from the counts")
        if a > KINDS[0][1] or bb > KINDS[1][1]:
            errors.append(f"{E} / {name}: more answers than makers")
    # (f): 達成率 = 実績 / 目標 rounded half up; 相談件数 実績 equals (g)'s total
    for row, r in t[F].items():
        if r["達成率（％）"] != pct0(r["実績"], r["目標"]):
            errors.append(f"{F} / {row}: 達成率 is not 実績 / 目標 rounded half up")
    g_ = t[G]
    courses = ["基本相談", "見積書作成", "店頭価格試算"]
    if t[F]["相談件数（件）"]["実績"] != g_["合計"]["計"]:
        errors.append(f"{F}: 相談件数 differs from {G}'s total")
    # (g): every 計 is its row's sum; 合計 adds up
    adds_up(G, courses + ["計"])
    for row, r in g_.items():
        if r["計"] != sum(r[k] for k in courses):
            errors.append(f"{G} / {row}: 計 is not the sum of the courses")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    by_title = {s.title: s for s in specs.values()}
    fld = specs["fields"]
    # (c): over two consecutive pages, header on the first only, continuation page starting with a data row
    cp = sorted({g["page"] for g in gold if g["table"] == C})
    if len(cp) != 2 or cp[1] != cp[0] + 1:
        errors.append(f"{C} is on pages {cp}, expected a page break inside it")
    else:
        header = norm("".join(fld.header[0]))
        on = [i + 1 for i, p in enumerate(pages[SURVEY_PDF]) if header in norm(p)]
        if fld.repeat_header or on != cp[:1]:
            errors.append(f"{C}: header printed on pages {on}, expected only on {cp[:1]}")
        cont_lines = [x.strip() for x in pages[SURVEY_PDF][cp[1] - 1].splitlines()]
        parts = {p for h in fld.header[0] for p in h.split("\n")}
        if any(x in parts for x in cont_lines):
            errors.append(f"{C}: a header line is repeated on the continuation page")
        first = [g["row"] for g in gold if g["table"] == C and g["page"] == cp[0]][::3]
        cont = [g["row"] for g in gold if g["table"] == C and g["page"] == cp[1]][::3]
        if not 2 <= len(first) <= 7:
            errors.append(f"{C}: {len(first)} rows before the page break, expected 2-7")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{C}: rows on the wrong side of the page break ({first} / {cont})")
        running = len(HEADERS[SURVEY_PDF]) + 1  # header left, header right, page number, footer
        if len(cont_lines) <= running or cont and cont_lines[running] != cont[0]:
            errors.append(f"{C}: the continuation page does not start with the data row {cont[:1]}")
        if norm("表札、アクセサリー等") not in norm(pages[SURVEY_PDF][cp[1] - 1]):
            errors.append(f"{C}: note ※１ should follow the table on the continuation page")
    # two-line header cells: (b) and (c), every value header, its two parts on consecutive lines
    for key in ("record", "fields"):
        spec = specs[key]
        heads = spec.header[0][1:]
        if not all("\n" in h for h in heads):
            errors.append(f"{spec.title}: every value header should be printed over two lines")
        pg = min(g["page"] for g in gold if g["table"] == spec.title)
        lines = [x.strip() for x in pages[spec.doc][pg - 1].splitlines()]
        for h in heads:
            a, b = h.split("\n")
            if not any(lines[k] == a and lines[k + 1] == b for k in range(len(lines) - 1)):
                errors.append(f"{spec.title}: header {h!r} is not printed over two consecutive lines")
    for key, spec in specs.items():
        if key == "fields":
            continue
        tp = {g["page"] for g in gold if g["table"] == spec.title}
        if len(tp) != 1:
            errors.append(f"{spec.title} is on pages {sorted(tp)}, expected one page")
    if specs[UNRULED].ruled or not all(s.ruled for k, s in specs.items() if k != UNRULED):
        errors.append(f"only {E} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns; the 「－」 cells exactly as planned, none gold
    rates = specs["rates"]
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = [f"{grp}／{leaf}" for grp in GROUPS for leaf in ("補助率（％）", "上限額（千円）")]
    if len(rates.header) != 2 or len(rates.spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "千円"}:
        errors.append(f"{A}: units should come from the header leaves")
    dashes = {(r[0], c) for r in rates.rows for c, v in enumerate(r) if v == DASH}
    if dashes != DASH_CELLS:
        errors.append(f"{A}: 「－」 cells {sorted(dashes)}, expected {sorted(DASH_CELLS)}")
    gold_a = {(g["row"], g["column"]) for g in gold if g["table"] == A}
    if any((row, rates.column_label(c)) in gold_a for row, c in DASH_CELLS):
        errors.append(f"{A}: a 「－」 cell is a gold cell")
    if any(DASH in s.rows[i][c] for s in specs.values() if s.key != "rates"
           for i in range(len(s.rows)) for c in s.value_cols):
        errors.append("only (a) may have 「－」 cells")
    # (b): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::4] != [y for y, *_x in RECORD]:
        errors.append(f"{B}: expected years as rows")
    # (d): ▲ exactly on the negative numbers; years as columns; 増減 with a range; no other range or ▲
    dg = [g for g in gold if g["table"] == D]
    if any((MINUS in g["value"]) != (g["number"] < 0) for g in dg) or not any(MINUS in g["value"] for g in dg):
        errors.append(f"{D}: ▲ should mark exactly the decreases, and there should be one")
    if any(g["fiscal_year_range"] != list(DEST_YEARS) or g["fiscal_year"] is not None for g in dg if g["column"] == "増減") \
            or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in dg if g["column"] != "増減"):
        errors.append(f"{D}: expected the years as columns and 増減 covering {list(DEST_YEARS)}")
    if any(g["fiscal_year_range"] is not None or MINUS in g["value"] for g in gold
           if g["table"] != D or g["column"] != "増減"):
        errors.append("only the 増減 column of (d) may have a fiscal_year_range or a ▲")
    # (f): 目標 / 実績 / 達成率 as columns; a unit per row from the label (several units)
    fg = [g for g in gold if g["table"] == F]
    if list(dict.fromkeys(g["column"] for g in fg)) != ["目標", "実績", "達成率（％）"] \
            or any(g["unit"] != bracket_unit(g["row"]) for g in fg if g["column"] != "達成率（％）") \
            or len({g["unit"] for g in fg if g["column"] != "達成率（％）"}) < 4:
        errors.append(f"{F}: expected 目標 / 実績 / 達成率 with the units from the row labels")
    # (g): the courses as columns and 計 on the right
    if list(dict.fromkeys(g["column"] for g in gold if g["table"] == G)) != ["基本相談", "見積書作成", "店頭価格試算", "計"]:
        errors.append(f"{G}: expected the courses as columns and 計 on the right")
    # units printed only in the caption note
    for title, unit in CAPTION_UNIT_TABLES.items():
        spec = by_title[title]
        if any(bracket_unit(h) for h in spec.header[0]) or {g["unit"] for g in gold if g["table"] == title} != {unit}:
            errors.append(f"{title}: expected no unit in the header and {unit} from the caption note")
        if norm(f"{spec.title}") not in doc_texts(pages)[spec.doc] or \
                norm(f"（単位：{'％' if unit == '%' else unit}）") not in doc_texts(pages)[spec.doc]:
            errors.append(f"{title}: the caption note （単位：…） is missing")
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

    def qa(doc, n, what):
        raw = "\n".join(pages[doc]).splitlines()
        if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != n or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != n:
            errors.append(f"{what}: expected {n} Ｑ lines and {n} Ａ lines")

    def lv(text, pairs, what):
        for k, v in pairs:
            if norm(f"{k}：{v}") not in text:
                errors.append(f"{what}: the 「label：value」 line {k} is missing")

    def contacts(doc, want, mails, what):
        text = norm("\n".join(pages[doc]))
        got = re.findall(PHONE_RE, text)
        if got != want:
            errors.append(f"{what}: the contact box should give {want}, got {got}")
        lines = [norm(x) for x in "\n".join(pages[doc]).splitlines()]
        if not any(f"電話:{want[0]}ファクス:{want[1]}" in x for x in lines):
            errors.append(f"{what}: phone and fax should share one line")
        if re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text) != mails:
            errors.append(f"{what}: mail addresses should be {mails}")

    # ---- the call for applications
    ct = norm("\n".join(pages[CALL_PDF]))
    siblings(ct, CALL_PDF, ("輸出先：", "補助の対象とした経費：", "補助金の額："), [c[0] for c in CALL_CASES])
    if norm(f"延べ{sum(r[2] for r in RECORD)}件に交付しました") not in ct:
        errors.append("call: the total of grants in the prose differs from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件に交付しました（うちしいたけ加工品{fw(last[3])}件）") not in ct:
        errors.append("call: the 令和６年度 figures in the prose differ from (b)")
    if norm(f"令和２年度（{FIRST_FY}年度）") not in ct or era(FIRST_FY) != "令和２年度" or RECORD[0][0] != FIRST_FY:
        errors.append("call: the first year in the prose differs from (b)")
    rates = {r[0]: r for r in RATES}
    for head, _where, what, amount, grp, items in CALL_CASES:
        gi = GROUPS.index(grp)
        total = 0
        for name, cost, shared in items:
            rate, cap = rates[name][1 + 2 * gi], rates[name][2 + 2 * gi]
            if rate is None:
                errors.append(f"call: case {head} uses the 「－」 cost {name}")
                continue
            if shared:
                cap //= SHARED_BOOTH_DIVISOR
            total += min(cost * rate // 100, cap)
        total = min(total, FIRM_CAP[grp] * 10)
        if amount != f"{total:,}千円":
            errors.append(f"call: case {head} should get {total:,}千円, prints {amount}")
        if grp == "乾しいたけ" and "加工品" in head or grp == "しいたけ加工品" and "加工品" not in head:
            errors.append(f"call: case {head} is under the wrong group")
    if re.findall(r"20\d\d年", ct) != [f"{FIRST_FY}年"]:
        errors.append(f"call: only {FIRST_FY}年度 should be printed in Western form")
    defs(ct, ("県産乾しいたけ等", "しいたけ加工品", "残留農薬等検査"), "call")
    for x in EXCLUDED:
        if norm(x) not in ct:
            errors.append(f"call: the cost not covered {x} is missing")
    bullets_in(CALL_PDF, len(EXCLUDED), "call")
    qa(CALL_PDF, len(CALL_QA), "call")
    steps_of(CALL_PDF, "①②③④⑤⑥⑦", "call")
    lv(ct, CALL_LV, "call")
    contacts(CALL_PDF, ["098-951-2240", "098-951-2249", "098-951-2310"], ["shuro-shiitake@example.jp"], "call")

    # ---- the survey
    st = norm("\n".join(pages[SURVEY_PDF]))
    siblings(st, SURVEY_PDF, ("主な製品：", "主な輸出先：", "海外向けの工夫："), [c[0] for c in SURVEY_CASES])
    total, n = respondents(), exporters()
    (ka, ka_n, ka_x), (kb, kb_n, kb_x) = KINDS
    (sa, sa_n, sa_x), (sb, sb_n, sb_x) = SIZES
    for want in (f"{total}者（回答率{pct1(total, TARGET)}％）", f"回答事業者{total}者のうち、輸出事業者は{n}者（{pct1(n, total)}％）",
                 f"{ka}{ka_n}者のうち輸出事業者は{ka_x}者", f"{kb}{kb_n}者のうち輸出事業者は{fw(kb_x)}者",
                 f"{sa}の事業者は{sa_n}者のうち{sa_x}者", f"{sb}の事業者は{sb_n}者のうち{sb_x}者",
                 f"輸出をしていない{total - n}者のうち{PLANNED}者"):
        if norm(want) not in st:
            errors.append(f"survey: the prose should say {want}")
    if [f for f, *_x in sorted(FIELDS, key=lambda r: -r[3])[:3]] != ["鉄瓶", "鉄急須", "鍋・調理器具"]:
        errors.append("survey: 「鉄瓶が最も多く、鉄急須、鍋・調理器具が続く」 does not hold")
    ta, tb = sum(r[1] for r in DESTINATIONS), sum(r[2] for r in DESTINATIONS)
    if norm(f"輸出額は{tb:,}万円で、前年度の{ta:,}万円から{tb - ta:,}万円増えた") not in st:
        errors.append("survey: the export totals in the prose differ from (d)")
    ranked = [d for d, _a, _b in sorted(DESTINATIONS, key=lambda r: -r[2])]
    down = sorted(d for d, a, b in DESTINATIONS if b < a)
    grew = max(DESTINATIONS, key=lambda r: r[2] - r[1])[0]
    if ranked[0] != "中国" or ranked[1] != "米国" or down != sorted(["中国", "香港"]) or grew != "フランス" \
            or len({r[2] for r in DESTINATIONS}) != len(DESTINATIONS):
        errors.append("survey: 中国 first, 米国 second, only 中国 and 香港 down, フランス the largest rise does not hold")
    if [d for d, *_x in DESTINATIONS].index("米国") == 1:
        errors.append("survey: the second-largest destination should not be printed second")
    n_all = respondents()
    col = {0: lambda r: (r[1] + r[2]) / n_all, 1: lambda r: r[1] / ka_n, 2: lambda r: r[2] / kb_n}
    firsts = [sorted(ISSUES, key=lambda r, k=k: -col[k](r))[0][0] for k in (0, 1, 2)]
    seconds = [sorted(ISSUES, key=lambda r, k=k: -col[k](r))[1][0] for k in (0, 1, 2)]
    for k in (0, 1, 2):
        vals = sorted((col[k](r) for r in ISSUES), reverse=True)
        if vals[0] == vals[1] or vals[1] == vals[2]:
            errors.append("survey: a tie among the tops of (e)")
    if firsts != ["職人の高齢化と後継者の不足", "海外の取引先の開拓が難しい", "職人の高齢化と後継者の不足"] \
            or seconds != ["原材料（銑鉄・木炭等）の値上がり"] * 3:
        errors.append("survey: the tops and seconds of (e) in the prose do not hold")
    if re.findall(r"20\d\d年", st) != ["2024年"]:
        errors.append("survey: only 2024年 (調査基準日) should be printed in Western form")
    defs(st, ("鋳物工芸品", "鉄瓶", "一貫事業者", "分業事業者", "輸出事業者"), "survey")
    bullets_in(SURVEY_PDF, 3, "survey")
    steps_of(SURVEY_PDF, "①②③④", "survey")
    lv(st, survey_lv(), "survey")
    contacts(SURVEY_PDF, ["098-954-1810", "098-954-1819", "098-954-1900"], ["shuro-imono@example.jp"], "survey")

    # ---- the guide
    gt = norm("\n".join(pages[GUIDE_PDF]))
    siblings(gt, GUIDE_PDF, ("相談の内容：", "利用料金：", "所要期間："), [c[0] for c in COURSES])
    if [c[0].replace("コース", "") for c in COURSES] != ["基本相談", "見積書作成", "店頭価格試算"]:
        errors.append("guide: the courses should be the columns of (g)")
    if norm(f"１品目当たり{QUOTE_FEE:,}円（同じ申込みで{fw(QUOTE_FULL_ITEMS + 1)}品目目からは１品目当たり{QUOTE_FEE_LATER:,}円）") not in gt:
        errors.append("guide: the fee of the 見積書作成コース differs from the data")
    kinds = [sum(r[j] for r in USES) for j in (1, 2, 3)]
    total = uses_total()
    if norm(f"相談件数は{total}件（基本相談{kinds[0]}件、見積書作成コース{kinds[1]}件、店頭価格試算コース{kinds[2]}件）で、前年度の{PREV_USES}件を上回りました") not in gt \
            or PREV_USES >= total:
        errors.append("guide: the uses in the prose differ from (g)")
    if sorted(USES, key=lambda r: -(r[1] + r[2] + r[3]))[0][0] != "食品" or not 0.6 < kinds[0] / total:
        errors.append("guide: 「食品が最も多く」 or 「基本相談が全体の６割を超え」 does not hold")
    missed = [n for n, t, a, _r in kpi_rows() if a < t]
    if missed != ["利用事業者数（者）", "価格算定セミナーの参加者数（人）"]:
        errors.append(f"guide: the KPIs not met should be the users and the seminar, got {missed}")
    if norm(f"{era(START_FY)}に始めたこの相談") not in gt:
        errors.append("guide: the opening year is missing")
    if re.findall(r"20\d\d年", gt):
        errors.append("guide: no Western year should be printed")
    defs(gt, ("輸出価格", "店頭想定価格", "品目"), "guide")
    bullets_in(GUIDE_PDF, 4, "guide")
    qa(GUIDE_PDF, len(GUIDE_QA), "guide")
    steps_of(GUIDE_PDF, "①②③④⑤⑥", "guide")
    lv(gt, GUIDE_LV, "guide")
    contacts(GUIDE_PDF, ["098-957-3360", "098-957-3369", "098-957-3400"], ["shuro-kakaku@example.jp"], "guide")
    return errors


def check_fiction(pages, gold_and_question_texts, questions, readme: Path) -> list[str]:
    """Phone numbers, mail addresses, the prefecture and the towns: everything stays fictional."""
    errors = []
    texts = {name: nfkc("\n".join(p)) for name, p in pages.items()}
    texts["tables.jsonl / questions.jsonl"] = nfkc("\n".join(gold_and_question_texts))
    if readme.exists():
        texts["README.md"] = nfkc(readme.read_text(encoding="utf-8"))
    else:
        errors.append(f"{readme} is missing")
    for name, text in texts.items():
        for ph in re.findall(r"\d{2,5}-\d{2,4}-\d{3,4}", text):
            if not re.fullmatch(PHONE_RE, ph):
                errors.append(f"{name}: phone number {ph} outside 098-95x-xxxx")
        mails = [m.rstrip(".") for m in re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text)]
        for mail in mails:
            if not mail.endswith("@" + MAIL_DOMAIN):
                errors.append(f"{name}: mail address {mail} outside {MAIL_DOMAIN}")
        if text.count("@") != len(mails):
            errors.append(f"{name}: an at-sign outside a mail address")
    # no prefecture but 棕県 in the documents and the questions (a kanji directly before 県, within a line)
    lines = [(n, x) for n, p in pages.items() for x in "\n".join(p).splitlines()]
    lines += [("questions", x) for q in questions for x in
              [q["question"], q["notes"]] + [t["content"] for t in q.get("history", [])]]
    for name, line in lines:
        for m in re.finditer(r"([\u4e00-\u9fff])県", line):
            if m.group(1) != PREF_CHAR:
                errors.append(f"{name}: another prefecture {m.group(0)} in {line.strip()[:40]}")
    for name, p in pages.items():
        if PREF not in p[0]:
            errors.append(f"{name}: {PREF} is not named on page 1")
    all_text = "".join(texts[n] for n in pages)
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
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
