"""Build the 檪県 held-out set 102: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (檪県 and every town, scheme, organisation, company, phone number,
address, figure and rule). The documents are in three genres the earlier sets do not use: a grant
guideline (交付要綱, articles 第１条–第８条 with 附則 and 別表, then five （参考） parts) for a subsidy
towards exports of kelp products (檪県産昆布製品輸出促進補助金: iodine analyses, export health
certificates, trade fairs abroad, dashi classes for chefs abroad, foreign-language labels) with a
two-level 別表 whose groups are the product classes (乾燥昆布 / 昆布加工品) and two 「－」 cells, and
a yearly record (years as rows, two-line header cells); the report (報告書) of a survey of the
prefecture's bonsai growers and dealers on their exports (盆栽生産者の輸出実態調査) with the
respondents by main tree kind (a table continued over a page break without its header), the
exports by destination with a 増減 column printing decreases with ▲, and an unruled table whose
columns are classes defined in the definitions and a note; and a guide (ご案内) to a prefectural
workshop where firms make prototypes of products for export (輸出向け試作工房) with three ways of
use as sibling sections, a KPI table (目標 / 実績 / 達成率) and the uses by product field and way
of use with a total column on the right; see README.md beside this file.

    python make_heldout102.py [OUTPUT_DIR]          # default: this file's directory

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

KELP_PDF = "ichii_konbu_yushutsu_sokushin_hojokin_kofu_yoko_r7.pdf"
BONSAI_PDF = "ichii_bonsai_yushutsu_jittai_chosa_r6.pdf"
KOBO_PDF = "ichii_yushutsu_shisaku_kobo_goannai_r7.pdf"
ALL_PDFS = (KELP_PDF, BONSAI_PDF, KOBO_PDF)

UNITS = ("千円", "万円", "円", "件", "者", "鉢", "時間", "品目", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
DASH = "－"  # a cell not covered (explained by a note); drawn, but no gold cell
DOWN = "▲"  # a decrease in a 増減 column
PHONE_RE = r"\d{2,4}-\d{2,4}-\d{4}"
PHONE_PREFIX = "098-96"  # every phone number of the set: 098-96x-xxxx
MAIL_DOMAIN = "@example.jp"
PREF_KANJI = "檪"
PREF = "檪県"
TOWNS = ("檪市", "鴫浦市", "霜平町")


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
    """(number, unit) as printed after NFKC, ▲ read as a minus sign; (None, None) for text and －."""
    v = nfkc(value).strip()
    if v.startswith(DOWN):
        v = "-" + v[1:]
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


def pct0(k: int, n: int) -> int:
    """k / n in whole per cents, rounded half up (the 達成率 of the KPI table)."""
    return int(half_up(Decimal(k * 100) / Decimal(n), "1"))


def cell(x) -> str:
    """A table cell: an int as docgen prints it (single digits full-width), a Decimal with one
    decimal, None as 「－」."""
    if x is None:
        return DASH
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def signed(x: int) -> str:
    """A 増減 cell: a decrease with a leading ▲."""
    return f"{DOWN}{fw(-x)}" if x < 0 else fw(x)


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf, optional columns that
    cover a range of fiscal years (a 増減 column), and 「－」 cells that yield no gold cell."""

    col_range: dict | None = None  # {col: [first, last]} for columns comparing several fiscal years

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
            if value == DASH:  # not covered: drawn, explained by a note, no gold cell
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


ART_HEAD = pstyle("art_head", docgen.GOTHIC, 10.5, 17, left=docgen.EM, spaceBefore=1, keepWithNext=1)
ART = pstyle("article", left=docgen.EM, first=-docgen.EM)  # 第１条　… / ２　… (hanging by one character)
ITEM = pstyle("item", left=3 * docgen.EM, first=-docgen.EM)  # 一　… (an article's items)


def article(head: str | None, paragraphs, items=()):
    out = [P(f"（{head}）", ART_HEAD)] if head else []
    out += [P(t, ART) for t in paragraphs]
    out += [P(t, ITEM) for t in items]
    return out


SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: kelp-product export subsidy, grant guideline
KELP = f"{PREF}産昆布製品輸出促進補助金"
KELP_TITLE = f"{KELP}交付要綱"
KELP_DEPT = f"{PREF} 農林水産部 水産振興課"
KELP_ASSOC = f"一般社団法人{PREF}昆布協会"
KELP_LAB = f"{PREF}水産試験場"
RATES = [  # 経費区分; 乾燥昆布: 補助率（％）, 上限額（千円）; 昆布加工品: 補助率（％）, 上限額（千円） (None = 「－」)
    ("ヨウ素含有量等の分析", 50, 300, None, None),
    ("輸出用衛生証明書等の取得", 50, 200, 50, 200),
    ("海外見本市への出展", 50, 1000, 60, 1500),
    ("海外料理人向けだし講習会", 50, 400, 60, 600),
    ("外国語表示ラベルの作成", 50, 300, 60, 400),
]
DASH_CELLS = {("ヨウ素含有量等の分析", "昆布加工品／補助率（％）"), ("ヨウ素含有量等の分析", "昆布加工品／上限額（千円）")}
FIRM_CAP, FIRM_CAP_PROCESSED = 200, 250  # 第４条第２項: 万円 per firm and year (250 with 昆布加工品 costs)
RECORD = [  # 年度, 申請件数, 交付件数, うち昆布加工品, 交付額（千円）
    (2020, 7, 5, 2, 3840), (2021, 10, 7, 3, 5620), (2022, 13, 9, 4, 8150),
    (2023, 16, 11, 6, 10470), (2024, 20, 14, 8, 13980),
]
KELP_CASES = [  # 見出し, 輸出先, 補助の対象とした取組, 交付を受けた額; (製品の区分, [(経費区分, 経費（千円）)])
    ("乾燥昆布製造業Ａ社（檪市）", "フランス", "ヨウ素含有量等の分析と海外見本市への出展（乾燥昆布）", "124万円",
     ("乾燥昆布", [("ヨウ素含有量等の分析", 480), ("海外見本市への出展", 2400)])),
    ("佃煮製造業Ｂ社（鴫浦市）", "台湾", "海外見本市への出展と外国語表示ラベルの作成（昆布加工品）", "148万円",
     ("昆布加工品", [("海外見本市への出展", 1800), ("外国語表示ラベルの作成", 700)])),
    ("昆布茶製造業Ｃ社（霜平町）", "米国", "輸出用衛生証明書等の取得（昆布加工品）", "18万円",
     ("昆布加工品", [("輸出用衛生証明書等の取得", 360)])),
]
KELP_EXCLUDED = [  # 第６条 一–四
    "一　昆布の仕入れ、製品の製造及び在庫の保管に要する経費",
    "二　海外見本市への出展に係る旅費のうち、３人目以降の者に係るもの",
    "三　国内で開かれる見本市への出展に要する経費（海外のバイヤーを招くものを含む。）",
    "四　交付決定の日より前に発注し、又は支払った経費",
]
KELP_CALL = [  # （参考１） 「label：value」 lines
    ("募集期間", "令和７年５月12日から６月13日まで（必着）"),
    ("予算額", "3,000万円"),
    ("採択予定件数", "15件程度"),
    ("補助事業期間", "交付決定の日から令和８年２月27日まで"),
]
KELP_STEPS = [
    f"① 事前相談（水産振興課又は{KELP_ASSOC}へ）",
    "② 交付申請書の提出（募集期間内に、事業計画書と見積書を添えて提出）",
    "③ 審査（書類審査と面談、令和７年６月下旬）",
    "④ 交付決定の通知（令和７年７月中旬）",
    "⑤ 補助事業の実施（令和８年２月27日までに完了すること）",
    "⑥ 実績報告（事業の完了から30日以内。遅くとも令和８年３月10日まで）",
    "⑦ 補助金の額の確定と支払（令和８年３月下旬）",
]
KELP_QA = [
    ("県外から仕入れた乾燥昆布を、県内の工場で刻んで袋詰めした製品も対象ですか。",
     "対象になります。県内の工場で加工し、又は包装したものは、県産昆布製品に当たります。"),
    ("同じ年度に、乾燥昆布と昆布加工品の両方の経費を申請できますか。",
     "申請できます。ただし、補助金の額は１事業者当たり合わせて250万円が限度です。"),
    ("海外見本市に社員３人で行く場合、３人分の旅費が対象になりますか。",
     "対象になりません。旅費は２人分までです。"),
]
KELP_DEFS = ("県産昆布製品", "乾燥昆布", "昆布加工品", "ヨウ素含有量等の分析")


def kelp_specs():
    rates = TableSpec(
        key="rates", doc=KELP_PDF, title="補助対象経費の区分、補助率及び上限額",
        header=[["経費区分", "乾燥昆布", "", "昆布加工品", ""],
                ["", "補助率（％）", "上限額（千円）", "補助率（％）", "上限額（千円）"]],
        rows=[[n, cell(a), cell(b), cell(c), cell(d)] for n, a, b, c, d in RATES],
        col_widths=[56 * mm, 26 * mm, 28 * mm, 26 * mm, 28 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[-1])
    record = TableSpec(
        key="record", doc=KELP_PDF, title="申請と交付の実績",
        header=[["年度", "申請\n件数（件）", "交付\n件数（件）", "うち昆布\n加工品（件）", "交付額\n（千円）"]],
        rows=[[era(y), fw(a), fw(b), fw(p), fw(g)] for y, a, b, p, g in RECORD],
        col_widths=[30 * mm, 28 * mm, 28 * mm, 30 * mm, 30 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    return rates, record


def kelp_grant(product: str, items) -> int:
    """A case's grant in 千円: rate × cost within each item's cap, summed, within the firm cap."""
    rates = {r[0]: r for r in RATES}
    col = 1 if product == "乾燥昆布" else 3
    total = 0
    for name, cost in items:
        rate, cap = rates[name][col], rates[name][col + 1]
        assert rate is not None, (product, name)
        total += min(cost * rate // 100, cap)
    firm = (FIRM_CAP if product == "乾燥昆布" else FIRM_CAP_PROCESSED) * 10
    return min(total, firm)


def kelp_story(specs):
    rates, record = specs
    n_all = sum(r[2] for r in RECORD)
    last = RECORD[-1]
    st = [Spacer(1, 2 * mm), P(KELP_TITLE, TITLE), Spacer(1, 1 * mm),
          P("令和２年３月27日制定", DATE_RIGHT), P("令和７年３月24日改正", DATE_RIGHT), Spacer(1, 2 * mm)]
    st += article("趣旨", [
        f"第１条　この要綱は、県産昆布製品の海外への販路を広げるため、輸出に取り組む事業者に対し予算の範囲内で交付する{KELP}（以下「補助金」という。）について、必要な事項を定める。",
    ])
    st += article("定義", [
        "第２条　この要綱において「県産昆布製品」とは、県内の工場で加工し、又は包装した乾燥昆布及び昆布加工品をいい、県外で包装まで終えた製品を仕入れて販売するだけのものを除く。",
        "２　この要綱において「乾燥昆布」とは、昆布を乾燥させ、一定の長さに切りそろえたもの（刻み昆布を含む。）をいう。",
        "３　この要綱において「昆布加工品」とは、乾燥昆布を原料とするとろろ昆布、塩昆布、昆布茶、佃煮及びだしパックをいい、だしパックにあっては、原料の重量の半分以上が昆布であるものに限る。",
        "４　この要綱において「ヨウ素含有量等の分析」とは、輸出先の基準に適合することを確かめるため、登録検査機関において製品のヨウ素、水分及び無機ヒ素の含有量を分析することをいう。",
    ])
    st += article("補助対象者", [
        "第３条　補助金の交付の対象となる者は、県内に工場を有する中小企業者及び漁業協同組合で、県産昆布製品を輸出し、又は輸出しようとするものとする。",
    ])
    st += article("補助対象経費等", [
        "第４条　補助の対象となる経費（以下「補助対象経費」という。）の区分、補助率及び上限額は、製品の区分（乾燥昆布又は昆布加工品）ごとに別表のとおりとする。",
        f"２　補助金の額は、経費区分ごとに補助対象経費に補助率を乗じて得た額（その額が上限額を超えるときは、上限額）を合計した額とし、１事業者当たり年度内{FIRM_CAP}万円（昆布加工品に係る経費を含む場合は{FIRM_CAP_PROCESSED}万円）を限度とする。この場合において、千円未満の端数は切り捨てる。",
    ])
    st += article("上限額の特例", [
        "第５条　前年度に補助金の交付を受けた者が、同じ製品の区分で同じ経費区分の補助を申請するときは、別表の上限額の２分の１の額を上限額とする。",
    ])
    st += article("補助の対象とならない経費", ["第６条　次に掲げる経費は、補助対象経費としない。"], KELP_EXCLUDED)
    st += article("交付の申請及び決定", [
        "第７条　補助金の交付を受けようとする者は、知事が別に定める期間内に、交付申請書に事業計画書及び見積書を添えて知事に提出しなければならない。知事は、これを審査し、適当と認めるときは、補助金の交付を決定し、申請者に通知する。",
    ])
    st += article("実績報告", [
        "第８条　補助事業者は、補助事業の完了の日から30日以内又は完了した年度の３月10日のいずれか早い日までに、実績報告書を知事に提出しなければならない。",
    ])
    st += [P("附　則　この要綱は、令和２年４月１日から施行する。", ART),
           P("附　則（令和７年３月24日改正）　この要綱は、令和７年４月１日から施行する。", ART)]
    st += [P("別表（第４条関係）", H1)]
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        f"※１ 昆布加工品の欄の「－」は、補助の対象としないことを示す（昆布加工品の分析は、{KELP_LAB}が無料で行う。）。",
        "※２ 海外見本市への出展は、出展料、小間の装飾費、見本品の輸送費及び２人までの旅費をいう。",
        "※３ 海外料理人向けだし講習会は、海外の料理人に県産昆布製品を使っただしの取り方を教える講習会をいう。",
    ])
    st += [P("（参考１）令和７年度の募集", H1)]
    st += lv_lines(KELP_CALL, 0)
    st += [P("（参考２）申請から支払までの流れ", H1)]
    st += numbered(KELP_STEPS, 0)
    st += [P("（参考３）これまでの交付実績", H1)]
    st += paras(f"""
制度を始めた令和２年度（2020年度）から令和６年度までに、延べ{n_all}件に補助金を交付しました。令和６年度は{last[1]}件の申請があり、{last[2]}件に交付しました（うち昆布加工品{fw(last[3])}件）。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += notes(["※４ 「うち昆布加工品」は、昆布加工品に係る経費を含む交付の件数である。"])
    st += [P("（参考４）活用事例（令和６年度）", H1)]
    for i, (head, where, what, amount, _costs) in enumerate(KELP_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("輸出先", where), ("補助の対象とした取組", what), ("交付を受けた額", amount)], 1)
    st += [P("（参考５）よくある質問", H1)]
    for i, (q, a) in enumerate(KELP_QA, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KELP_DEPT} 流通輸出班　電話：098-961-4420　ファクス：098-961-4429",
        f"{KELP_ASSOC}（事前相談）　電話：098-961-4560",
        "電子メール：ichii-konbu@example.jp",
    ]))
    return st


# ================================================================ document 2: bonsai growers' exports, survey report
BONSAI = f"{PREF}盆栽生産者の輸出実態調査"
BONSAI_DEPT = f"{PREF} 農林水産部 園芸振興課"
BONSAI_COOP = f"{PREF}盆栽協同組合"
TARGET = 140  # 調査対象（全数）
KINDS = [  # 主な樹種, 回答した事業者, 輸出した事業者, 輸出鉢数 (令和５年度); class by note ※１
    ("黒松", 18, 10, 1240), ("五葉松", 14, 7, 860), ("真柏", 12, 6, 1030),
    ("もみじ・かえで", 13, 4, 310), ("皐月", 11, 3, 420), ("梅・ぼけ", 8, 2, 150),
    ("実もの", 7, 1, 90), ("その他", 15, 3, 200),
]
CONIFERS = ("黒松", "五葉松", "真柏")  # 松柏類 (note ※１); every other row, その他 included, is 雑木類
KINDS_SPACE = 25  # points above the caption of (c); places its page break
BEFORE_BREAK_ROWS = ("黒松", "五葉松", "真柏")  # rows of (c) expected before the page break
CONTINUED_ROWS = ("もみじ・かえで", "皐月", "その他", "合計")  # and after it
FORMS = (("法人", 30, 17), ("個人経営", 68, 19))  # 回答した事業者, うち輸出 (prose only)
PLANNED = 11  # non-exporters planning to start within three years (prose only)
CHANNELS = (21, 14, 9)  # exporters' sales channels: direct, fairs abroad, cross-border e-commerce (prose only)
DEST_YEARS = (2022, 2023)
DESTINATIONS = [  # 輸出先, 令和４年度, 令和５年度 (万円)
    ("台湾", 1120, 1260), ("中国", 980, 740), ("韓国", 310, 350), ("タイ", 260, 390),
    ("ベトナム", 180, 270), ("米国", 1450, 1830), ("ＥＵ", 1210, 1540), ("英国", 420, 380),
    ("オーストラリア", 150, 210), ("その他", 260, 300),
]
ISSUES = [  # 輸出に当たっての課題, 回答数: 松柏類, 雑木類 (複数回答)
    ("輸出先の検疫条件（土の除去、消毒等）への対応", 31, 22), ("輸送中の枯損・傷み", 17, 26),
    ("輸出書類の作成の手間", 14, 15), ("海外の取引先の開拓", 9, 19), ("作業人員の不足", 12, 13),
    ("輸送費の高さ", 8, 11), ("為替の変動", 3, 6),
]
BONSAI_CASES = [  # 見出し, 主な樹種, 主な輸出先, 輸出に向けた工夫 (same labels in every sibling section)
    ("黒松生産者Ｄ社（檪市）", "黒松、五葉松", "米国、台湾", "植え替えの際に根の土を洗い落とし、消毒した用土で育てて、輸出先の検疫に備えている"),
    ("皐月生産者Ｅ社（鴫浦市）", "皐月", "ドイツ、オランダ", "開花の時期に合わせて出荷し、現地の愛好家団体の展示会に出品している"),
    ("盆栽取扱業者Ｆ社（霜平町）", "真柏、もみじ", "中国、タイ", "県内の生産者から仕入れた盆栽を自社の温室で管理し、輸出前の検査に備えている"),
]
BONSAI_LV = [
    ("調査の目的", "県内の盆栽生産者の輸出の実態と課題を把握し、海外への販路を広げる施策に役立てるため"),
    ("調査対象", f"県内の盆栽生産者及び盆栽取扱業者 {TARGET}者（全数）"),
    ("調査基準日", "令和６年（2024年）10月１日"),
    ("調査期間", "令和６年10月７日から11月８日まで"),
    ("調査方法", "郵送及び聞き取りによるアンケート（檪県盆栽協同組合の協力を得て実施）"),
    ("回答数", None),  # filled in from (c)
    ("集計上の注意", "各事業者は、主に扱う樹種で分類した（※１）"),
]
BONSAI_DEFS = ("盆栽", "松柏類", "雑木類", "輸出事業者", "取扱業者")


def respondents() -> int:
    return sum(r[1] for r in KINDS)


def exporters() -> int:
    return sum(r[2] for r in KINDS)


def class_n() -> tuple[int, int, int]:
    """回答した事業者: all, 松柏類, 雑木類 (the ｎ of the unruled table)."""
    c = sum(r[1] for r in KINDS if r[0] in CONIFERS)
    return respondents(), c, respondents() - c


def bonsai_lv():
    total = respondents()
    return [(k, v if v else f"{total}者（回答率{pct1(total, TARGET)}％）") for k, v in BONSAI_LV]


def bonsai_specs():
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in KINDS]
    rows.append(["合計"] + [fw(sum(r[j] for r in KINDS)) for j in (1, 2, 3)])
    kinds = TableSpec(
        key="kinds", doc=BONSAI_PDF, title="樹種別の回答事業者と輸出の状況",
        header=[["主な樹種", "回答した\n事業者（者）", "輸出した\n事業者（者）", "輸出鉢数\n（鉢）"]],
        rows=rows, col_widths=[44 * mm, 34 * mm, 34 * mm, 34 * mm], table_fy=2023, repeat_header=False,
    )
    kinds.unit = lambda row, c, s=kinds: bracket_unit(s.column_label(c))
    drows = [[n, fw(a), fw(b), signed(b - a)] for n, a, b in DESTINATIONS]
    ta, tb = (sum(r[j] for r in DESTINATIONS) for j in (1, 2))
    drows.append(["合計", fw(ta), fw(tb), signed(tb - ta)])
    dests = TableSpec(
        key="dests", doc=BONSAI_PDF, title="輸出先別の輸出額",
        header=[["輸出先"] + [era(y) for y in DEST_YEARS] + ["増減"]],
        rows=drows, col_widths=[40 * mm, 30 * mm, 30 * mm, 30 * mm], unit="万円",
    )
    dests.col_range = {3: [DEST_YEARS[0], DEST_YEARS[-1]]}
    n_all, n_c, n_z = class_n()
    issues = TableSpec(
        key="issues", doc=BONSAI_PDF, title="輸出に当たっての課題（複数回答）",
        header=[["課題", "全体", "松柏類", "雑木類"]],
        rows=[[x, cell(pct1(a + b, n_all)), cell(pct1(a, n_c)), cell(pct1(b, n_z))] for x, a, b in ISSUES],
        col_widths=[78 * mm, 24 * mm, 24 * mm, 24 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return kinds, dests, issues


def bonsai_story(specs):
    kinds, dests, issues = specs
    total, n = respondents(), exporters()
    n_all, n_c, n_z = class_n()
    (f1, f1n, f1x), (f2, f2n, f2x) = FORMS
    ta, tb = (sum(r[j] for r in DESTINATIONS) for j in (1, 2))
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{BONSAI} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年２月", DATE_RIGHT), P(BONSAI_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += paras("""
県内の盆栽は、海外の愛好家の間で評価が高まっています。県では、生産者の輸出の実態を把握するため、初めて全数調査を行いました。調査の結果は、検疫への対応を中心とした今後の支援策の検討に用います。
""", 0)
    st += lv_lines(bonsai_lv(), 0)
    st += paras("""
この報告書において「盆栽」とは、鉢に植えた樹木を、剪定や針金かけにより観賞用に仕立てたものをいい、仕立てる前の素材木を含む。「松柏類」とは、黒松、五葉松、真柏等の常緑の針葉樹の盆栽をいい、「雑木類」とは、松柏類以外の盆栽をいい、もみじ等の葉もの、皐月、梅等の花もの及び実ものを含む。また、「輸出事業者」とは、令和５年度に自ら盆栽を海外に１鉢以上出荷した事業者をいい、県外の取扱業者に販売し、その業者が輸出したものだけの事業者は含まない。「取扱業者」とは、自ら栽培せず、生産者から仕入れた盆栽を販売する事業者をいう。
""", 0)
    st += [P("２　輸出の状況", H1)]
    st += paras(f"""
令和５年度に盆栽を輸出した事業者は、回答事業者{total}者のうち{n}者（{pct1(n, total)}％）であった。経営形態別では、{f1}は{f1n}者のうち{f1x}者が輸出しているが、{f2}は{f2n}者のうち{f2x}者にとどまった。輸出事業者の主な販路（複数回答）は、海外の取引先への直接販売が{CHANNELS[0]}者、海外の展示会での販売が{CHANNELS[1]}者、越境ＥＣが{fw(CHANNELS[2])}者であった。輸出していない{total - n}者のうち{PLANNED}者が、３年以内に輸出を始める予定と答えた。樹種別では、黒松が輸出した事業者、輸出鉢数ともに最も多い。
なお、輸出鉢数には、仕立てる前の素材木として輸出したものを含む。
""", 0)
    st += [Spacer(1, KINDS_SPACE), caption(kinds.title, "（令和５年度）", keep=False), kinds.flowable(), Spacer(1, 2)]
    st += notes(["※１ 各事業者は、主に扱う樹種で分類した。黒松、五葉松及び真柏を主に扱う事業者を松柏類、それ以外（「その他」を含む。）を雑木類として集計した。「その他」は、ガジュマル、ソテツ等を主に扱う事業者及び主な樹種を定めていない取扱業者である。"])
    st += [P("３　輸出先", H1)]
    st += paras(f"""
令和５年度の輸出額は{tb:,}万円で、令和４年度の{ta:,}万円から{tb - ta:,}万円増えた。輸出先別では米国が最も多く、中国と英国は前年度を下回った。
""", 0)
    st += [caption(dests.title, "（単位：万円）"), dests.flowable(), Spacer(1, 2)]
    st += notes(["※２ 「増減」は、令和５年度の額から令和４年度の額を差し引いたもので、▲は減少を示す。「その他」は、カナダ、中東諸国等である。"])
    st += [P("４　事業者の事例", H1)]
    for i, (head, kind, dest, idea) in enumerate(BONSAI_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な樹種", kind), ("主な輸出先", dest), ("輸出に向けた工夫", idea)], 1)
    st += [P("５　輸出に当たっての課題", H1)]
    st += paras("""
全体と松柏類では「輸出先の検疫条件（土の除去、消毒等）への対応」が最も多く、雑木類では「輸送中の枯損・傷み」が最も多かった。
""", 0)
    st += [caption(issues.title, "（単位：％）"), issues.flowable(), Spacer(1, 2)]
    st += notes([
        f"※３ 回答事業者（全体{n_all}者、松柏類{n_c}者、雑木類{n_z}者）が回答した。松柏類と雑木類の区分は※１による。複数回答のため、合計は100％にならない。",
    ])
    st += [P("６　県への主な要望（自由記述）", H1)]
    st += bullets([
        "輸出先ごとの検疫条件を、分かりやすくまとめて知らせてほしい。",
        "検疫に合わせた用土や消毒の方法を学べる講習会を開いてほしい。",
        "海外の盆栽展示会に、県として共同で出展してほしい。",
    ], 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        "① 主な輸出先の検疫条件をまとめた手引を、令和７年度中に作成する。",
        f"② {BONSAI_COOP}と連携し、検疫に対応した栽培方法の講習会を年２回開く。",
        "③ 海外の盆栽展示会への県の共同出展を検討する。",
        "④ 次回の調査は、令和９年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{BONSAI_DEPT} 花き・盆栽班　電話：098-964-2610　ファクス：098-964-2619",
        f"{BONSAI_COOP}（輸出の相談）　電話：098-964-2750",
        "電子メール：ichii-bonsai@example.jp",
    ]))
    return st


# ================================================================ document 3: export prototype workshop, guide
KOBO = f"{PREF}輸出向け試作工房"
KOBO_DEPT = f"{PREF} 商工労働部 ものづくり振興課"
KIKO = f"公益財団法人{PREF}ものづくり振興機構"
OPENED = 2022  # 令和４年度 (printed only as 令和)
WAYS = [  # 見出し, 利用の方法, 料金, 予約・納期 (same labels in every sibling section)
    ("機器開放利用", "安全講習を受けた利用者が、自ら機器を操作して試作品を作る", "１時間当たり1,500円（材料費は別）",
     "利用日の３営業日前までに予約"),
    ("技術者支援利用", "工房の技術者が付き添い、機器の設定と操作を手伝う", "１時間当たり3,500円（材料費は別）",
     "利用日の５営業日前までに予約"),
    ("受託試作", "図面や仕様書を基に、工房の技術者が試作品を作って引き渡す",
     "試作品１点当たり18,000円（同じ仕様の２点目からは１点当たり9,000円）", "申込みから15営業日以内に引渡し"),
]
CONTRACT_FIRST, CONTRACT_MORE = 18000, 9000  # 受託試作: 円 per piece (first / from the second of one spec)
EXPRESS = Decimal("1.5")  # note ※２: 特急仕上げ, 5割増し
KPIS = [  # 指標, 目標, 実績 (令和６年度); the first 実績 is (g)'s total
    ("利用件数（件）", 260, None), ("利用事業者数（者）", 110, 118),
    ("機器の稼働時間（時間）", 1800, 1935), ("輸出に至った製品の数（品目）", 12, 9),
]
FIELDS = [  # 製品分野: 機器開放利用, 技術者支援利用, 受託試作 (令和６年度, 件)
    ("工芸品・木工品", 38, 17, 9), ("金属製品", 27, 19, 12), ("樹脂・ゴム製品", 22, 14, 8),
    ("繊維製品", 15, 9, 6), ("日用品・雑貨", 20, 8, 11), ("その他", 28, 15, 8),
]
PREV_USES = 231  # 令和５年度の利用件数 (prose only)
FAIR_USERS = 23  # users who took a prototype to a trade fair abroad (prose only)
KOBO_LV = [
    ("施設名", KOBO),
    ("所在地", f"檪市港南町三丁目（{PREF}ものづくり会館１階）"),
    ("運営", f"{KIKO}（県からの委託）"),
    ("利用できる者", "県内に事業所を有する事業者（個人事業主を含む。）"),
    ("主な機器", "３Ｄプリンター（樹脂）、レーザー加工機、ＵＶプリンター、ＣＮＣルーター、卓上射出成形機"),
    ("開館時間", "平日９時から17時まで（予約制）"),
    ("休館日", "土曜日、日曜日、祝日及び年末年始"),
]
KOBO_DEFS = ("試作", "利用時間", "県内中小企業")


def kpi_rows():
    total = sum(sum(r[1:]) for r in FIELDS)
    return [(n, t, total if a is None else a) for n, t, a in KPIS]


def kobo_specs():
    kpi = TableSpec(
        key="kpi", doc=KOBO_PDF, title="工房の成果指標",
        header=[["指標", "目標", "実績", "達成率（％）"]],
        rows=[[n, fw(t), fw(a), fw(pct0(a, t))] for n, t, a in kpi_rows()],
        col_widths=[62 * mm, 26 * mm, 26 * mm, 28 * mm], table_fy=2024,
        unit=lambda row, c: "%" if c == 3 else bracket_unit(row[0]),
    )
    rows = [[n, fw(a), fw(b), fw(c), fw(a + b + c)] for n, a, b, c in FIELDS]
    rows.append(["合計"] + [fw(sum(r[j] for r in FIELDS)) for j in (1, 2, 3)]
                + [fw(sum(sum(r[1:]) for r in FIELDS))])
    fields = TableSpec(
        key="fields", doc=KOBO_PDF, title="製品分野別・利用方法別の利用件数",
        header=[["製品分野", "機器開放利用", "技術者支援利用", "受託試作", "計"]],
        rows=rows, col_widths=[38 * mm, 28 * mm, 30 * mm, 24 * mm, 20 * mm], unit="件", table_fy=2024,
    )
    return kpi, fields


def kobo_story(specs):
    kpi, fields = specs
    total = sum(sum(r[1:]) for r in FIELDS)
    by_way = [sum(r[j] for r in FIELDS) for j in (1, 2, 3)]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{KOBO} ご案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(KOBO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　試作工房のあらまし", H1)]
    st += paras(f"""
試作工房は、県内の中小企業が、海外の市場に合わせて仕様を変えた製品の試作品を作り、商談や見本市に持って行けるよう、県が{era(OPENED)}に開設した施設です。機器の操作に慣れた技術者が常駐し、初めての方にも使い方をお教えします。
""", 0)
    st += lv_lines(KOBO_LV, 0)
    st += paras("""
この案内において「試作」とは、輸出先の規格、好み又は使い方に合わせて仕様を変えた製品の見本を作ることをいい、同じものを11個以上作る量産は含みません。「利用時間」とは、予約した時間をいい、機器の準備と片付けの時間を含みます（30分単位）。また、「県内中小企業」とは、県内に事業所を有する中小企業基本法に定める中小企業者（個人事業主を含む。）をいいます。
""", 0)
    st += [P("２　利用の方法と料金", H1)]
    for i, (head, how, fee, when) in enumerate(WAYS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("利用の方法", how), ("料金", fee), ("予約・納期", when)], 1)
    st += notes([
        "※１ 料金は県内中小企業の額（消費税込み）です。それ以外の事業者は、この２倍の額となります。",
        "※２ 受託試作は、特急仕上げ（申込みから７営業日以内に引渡し）を選ぶことができます。この場合の料金は、通常の料金の５割増しとなります。",
        "※３ 受託試作の試作品には、英語の仕様書（１点につき5,000円）を付けることができます。",
    ])
    st += [P("３　利用の流れ", H1)]
    st += numbered([
        "① 事前相談（電話又は電子メールで、作りたいものと輸出先をお知らせください）",
        "② 利用者登録と安全講習（初めての方のみ。２時間、無料）",
        "③ 予約（ウェブの予約システムで、機器と利用時間を選ぶ）",
        "④ 利用又は受託試作の実施",
        "⑤ 料金の支払（利用した月の翌月末までに、請求書により振込み）",
        "⑥ 利用報告（試作品を商談に使った結果を、３か月以内にアンケートで報告）",
    ], 0)
    st += [P("４　利用の状況", H1)]
    st += paras(f"""
令和６年度の利用件数は{total}件（機器開放利用{by_way[0]}件、技術者支援利用{by_way[1]}件、受託試作{by_way[2]}件）で、令和５年度の{PREV_USES}件から{total - PREV_USES}件増えました。製品分野別では工芸品・木工品が最も多く、利用方法別では機器開放利用が全体の半分を超えています。試作品を持って海外の見本市に出展した事業者は{FAIR_USERS}者でした。成果指標は、輸出に至った製品の数を除き、目標を達成しました。
""", 0)
    st += [caption(fields.title, "（令和６年度）（単位：件）"), fields.flowable(), Spacer(1, 2)]
    st += notes(["※４ １件は、１回の予約（受託試作は１回の申込み）です。「その他」は、電子機器の筐体、福祉用品等です。"])
    st += [caption(kpi.title, "（令和６年度）"), kpi.flowable(), Spacer(1, 2)]
    st += notes([f"※５ 目標は、{PREF}ものづくり振興計画によるものです。達成率は、実績を目標で割った値を、小数点以下第１位で四捨五入したものです。"])
    st += [P("５　利用上の注意", H1)]
    st += bullets([
        "試作品の知的財産権は、利用者に帰属します。工房は、試作の内容を外部に漏らしません。",
        "機器の予約は、１事業者当たり１日４時間までです。",
        "材料の持込みはできますが、機器に合わないものはお断りすることがあります。",
        "量産のための利用はできません。",
    ], 0)
    st += [P("６　よくある質問", H1)]
    qa = [
        ("工房で作った試作品を、海外の見本市で販売してもよいですか。",
         "見本として展示し、注文を受けることはできますが、試作品そのものを販売することはできません。"),
        ("平日の17時を過ぎて作業を続けることはできますか。",
         "技術者支援利用に限り、19時まで延長できます。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KOBO_DEPT} 試作支援班　電話：098-967-3830　ファクス：098-967-3839",
        f"{KIKO} 試作工房（予約・受託試作の進み具合）　電話：098-967-3900",
        "電子メール：ichii-shisaku@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return kelp_specs() + bonsai_specs() + kobo_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    kspecs, bspecs, wspecs = kelp_specs(), bonsai_specs(), kobo_specs()
    kdoc = build_pdf(docs_dir / KELP_PDF, kspecs, kelp_story(kspecs),
                     KELP_TITLE, "令和７年４月", KELP_DEPT)
    bdoc = build_pdf(docs_dir / BONSAI_PDF, bspecs, bonsai_story(bspecs),
                     f"令和６年度 {BONSAI} 報告書", "令和７年２月", BONSAI_DEPT)
    wdoc = build_pdf(docs_dir / KOBO_PDF, wspecs, kobo_story(wspecs),
                     f"令和７年度 {KOBO} ご案内", "令和７年４月", KOBO_DEPT)
    gold = all_gold({KELP_PDF: kdoc.row_pages, BONSAI_PDF: bdoc.row_pages, KOBO_PDF: wdoc.row_pages})
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


FAIR_COST = 2600  # 千円, the trade-fair cost given in h102q03
EXPRESS_PIECES = 3  # the pieces of one spec asked for in h102q22

QUESTIONS = [
    # --- kelp: the kelp-product export subsidy guideline, tables (a) (b), articles, definitions, cases, steps, Q&A
    dict(question="とろろ昆布を作っている会社が、海外の見本市に出展するそうです。この補助金の補助率は何％になりますか？",
         category="kelp", doc=KELP_PDF,
         evidence=["乾燥昆布を原料とするとろろ昆布、塩昆布", "海外見本市への出展 50 1,000 60 1,500"], answer=["60"],
         notes="two facts: とろろ昆布 is a 昆布加工品 (definition in 第２条第３項), so (a) group 昆布加工品, leaf "
               "補助率（％）; 50 (乾燥昆布) is the trap; (a) two-level header whose groups are the product classes"),
    dict(question="塩昆布のメーカーが、輸出先の基準に合うか確かめるため、製品のヨウ素の含有量を分析したいそうです。この分析の経費は補助の対象になりますか？",
         category="kelp", doc=KELP_PDF,
         evidence=["補助の対象としないことを示す", "県水産試験場が無料で行う"], answer=["補助の対象としない"],
         notes="(a) the two 「－」 cells (row ヨウ素含有量等の分析, group 昆布加工品) read with note ※１; 塩昆布 is a "
               "昆布加工品 (第２条第３項); 50 and 300 (乾燥昆布) are the traps"),
    dict(question="去年この補助金で乾燥昆布の海外見本市への出展の補助を受けた会社が、今年も乾燥昆布で別の見本市に出展するそうです。出展の経費が2,600千円の場合、補助金の額はいくらになりますか？",
         category="kelp", doc=KELP_PDF,
         evidence=["別表の上限額の２分の１の額を上限額とする", "海外見本市への出展 50 1,000 60 1,500"],
         answer=["500千円"], computed=True,
         notes="three facts: (a) group 乾燥昆布 gives 50 % and a cap of 1,000千円; 第５条 halves the cap for a second "
               "year with the same product class and cost item: 2,600 × 50 % = 1,300 > 1,000 / 2 = 500千円 (50万円); "
               "1,000 and 1,300 are the traps"),
    dict(question="乾燥昆布の見本市出展と、昆布加工品の外国語ラベル作成を、同じ年度に申請したいという会社があります。１年間に受けられる補助金の額は、最大でいくらですか？",
         category="kelp", doc=KELP_PDF, evidence=["昆布加工品に係る経費を含む場合は250万円"], answer=["250万円"],
         notes="article 第４条第２項: the cap per firm and year in 万円 (the 別表 is in 千円); 200万円 (without 昆布加工品 "
               "costs) is the trap; Ａ of Ｑ２ says the same"),
    dict(question="2022年度には、この昆布製品の補助金は何件交付されましたか？",
         category="kelp", doc=KELP_PDF, evidence=["令和４年度 13 ９ ４ 8,150"], answer=["９"],
         notes="(b) years as rows: 2022年度 = 令和４年度 (only 2020年度 is printed in Western form); column 交付件数（件）, "
               "printed over two lines; 13 (申請件数) and ４ (うち昆布加工品) are the traps"),
    dict(question="昆布製品の補助金で、制度が始まった年度から令和６年度までに交付された額は、合わせていくらですか？",
         category="kelp", doc=KELP_PDF,
         evidence=["令和２年度 ７ ５ ２ 3,840", "令和６年度 20 14 ８ 13,980", "延べ46件に補助金を交付しました"],
         answer=["42,060千円"], computed=True,
         notes="(b) sum of the column 交付額（千円） over 令和２年度–令和６年度: 3,840 + 5,620 + 8,150 + 10,470 + 13,980 "
               "= 42,060千円 (the prose gives only the 46 grants)"),
    dict(question="昆布の割合が原料の重さの４割ほどのだしパックを作っている会社があります。この補助金でいう「昆布加工品」に当たりますか？",
         category="kelp", doc=KELP_PDF, evidence=["原料の重量の半分以上が昆布であるものに限る"],
         answer=["半分以上が昆布であるものに限る"],
         notes="definition 「昆布加工品」 (第２条第３項) at its boundary: a だしパック counts only if at least half of its "
               "raw material by weight is kelp, so 40 % does not (a \"no\")"),
    dict(question="昆布を醤油で甘辛く煮たものを作っている会社の活用事例では、補助金はいくら交付されましたか？",
         category="kelp", doc=KELP_PDF, evidence=["（２）佃煮製造業Ｂ社", "交付を受けた額：148万円"], answer=["148万円"],
         notes="sibling sections （１）–（３） of （参考４） share the labels 輸出先, 補助の対象とした取組, 交付を受けた額; "
               "（２）佃煮製造業Ｂ社 (甘辛く煮たもの = 佃煮); 124万円 and 18万円 are the siblings' values"),
    dict(question="昆布製品の補助金を申請した場合、交付決定の通知はいつごろ届く予定ですか？",
         category="kelp", doc=KELP_PDF, evidence=["交付決定の通知（令和７年７月中旬）"], answer=["令和７年７月中旬"],
         notes="procedure step ④ of （参考２） (the review of step ③ in 令和７年６月下旬 is a near miss)"),
    dict(question="海外の見本市に、社長と社員２人の合わせて３人で行く予定の会社があります。３人全員の旅費が補助されますか？",
         category="kelp", doc=KELP_PDF, evidence=["対象になりません。旅費は２人分までです"], answer=["２人分まで"],
         notes="Q&A: Ａ of Ｑ３ (no: travel for two people only; also 第６条第二号 and note ※２)"),
    # --- bonsai: the survey of bonsai growers' exports, tables (c) (d) (e), definitions, sibling sections
    dict(question="盆栽の生産者から、県の盆栽の輸出実態調査は回答率が何％だったのかと聞かれました。",
         category="bonsai", doc=BONSAI_PDF, evidence=["回答数：98者（回答率70.0％）"], answer=["70.0％"],
         notes="「label：value」 line 回答数 (98 of the 140者 of 調査対象); 36.7 % (輸出した事業者) is a near miss"),
    dict(question="県外の盆栽業者に卸していて、海外にはその業者が売っているだけという生産者は、この調査でいう「輸出事業者」に入りますか？",
         category="bonsai", doc=BONSAI_PDF, evidence=["その業者が輸出したものだけの事業者は含まない"], answer=["含まない"],
         notes="definition 「輸出事業者」 at its boundary (selling to a dealer outside the prefecture who exports: no)"),
    dict(question="紅葉を楽しむカエデの仲間の盆栽を主に扱っている事業者は、令和５年度に合わせて何鉢を輸出しましたか？",
         category="bonsai", doc=BONSAI_PDF, evidence=["もみじ・かえで 13 ４ 310"], answer=["310"],
         notes="(c) continuation page (no header there): row もみじ・かえで, column 輸出鉢数（鉢）; ４ (輸出した事業者) "
               "and 13 (回答した事業者) are the traps"),
    dict(question="黒松を主に扱っている回答事業者のうち、盆栽を輸出した事業者の割合は何％ですか？",
         category="bonsai", doc=BONSAI_PDF, evidence=["黒松 18 10 1,240"], answer=["55.6%"], computed=True,
         notes="(c) share within a row on the page before the break: 10 / 18 = 55.6 %; 36.7 % (all respondents) is a "
               "wrong reading"),
    dict(question="中国向けの盆栽の輸出額は、その前の年度と比べてどれだけ変わりましたか？",
         category="bonsai", doc=BONSAI_PDF, evidence=["中国 980 740 ▲240"], answer=["▲240"],
         notes="(d) the 増減 column printing a decrease with ▲ (note ※２; 万円 only in the caption note); 980 and 740 "
               "are the traps"),
    dict(question="2023年度に、盆栽の輸出額が２番目に多かった輸出先はどこですか？",
         category="bonsai", doc=BONSAI_PDF, evidence=["ＥＵ 1,210 1,540 330"], answer=["ＥＵ"],
         notes="(d) second-largest in the column 令和５年度 (2023年度, printed only as 令和): 米国 1,830, ＥＵ 1,540, 台湾 "
               "1,260; the rows are in geographic order (ＥＵ is printed seventh) and the prose names only 米国"),
    dict(question="2023年度のヨーロッパ向け（ＥＵと英国）の盆栽の輸出額は、合わせていくらでしたか？",
         category="bonsai", doc=BONSAI_PDF, evidence=["ＥＵ 1,210 1,540 330", "英国 420 380 ▲40"],
         answer=["1,920万円"], computed=True,
         notes="(d) sum of two cells of the column 令和５年度 (2023年度): 1,540 + 380 = 1,920万円 (the unit from the "
               "caption note); 1,630 (令和４年度) is a wrong reading"),
    dict(question="シンパク（真柏）を主に育てている事業者のうち、土を落とすなど輸出先の検疫条件への対応を課題に挙げたのは何％ですか？",
         category="bonsai", doc=BONSAI_PDF,
         evidence=["黒松、五葉松及び真柏を主に扱う事業者を松柏類", "消毒等）への対応 54.1 70.5 40.7"], answer=["70.5"],
         notes="two facts: note ※１ (and the definition 「松柏類」) puts 真柏 in 松柏類; (e) unruled table, column 松柏類; "
               "54.1 (全体) and 40.7 (雑木類) are the traps"),
    dict(question="ツツジの仲間の盆栽を育てている事業者の事例では、主にどこへ輸出していますか？",
         category="bonsai", doc=BONSAI_PDF, evidence=["（２）皐月生産者Ｅ社", "主な輸出先：ドイツ、オランダ"],
         answer=["ドイツ、オランダ"],
         notes="sibling sections （１）–（３） of ４ share the labels 主な樹種, 主な輸出先, 輸出に向けた工夫; （２）皐月生産者Ｅ社 "
               "(ツツジの仲間 = 皐月); 米国、台湾 and 中国、タイ are the siblings' values"),
    # --- workshop: the export prototype workshop guide, tables (f) (g), definitions, sibling sections
    dict(question="自分たちで機械を操作するのではなく、図面を渡して試作品を作ってもらいたいという会社があります。申し込んでからどのくらいで受け取れますか？",
         category="workshop", doc=KOBO_PDF,
         evidence=["図面や仕様書を基に、工房の技術者が試作品を作って", "予約・納期：申込みから15営業日以内に引渡し"],
         answer=["15営業日以内"],
         notes="sibling sections （１）–（３） of ２ share the labels 利用の方法, 料金, 予約・納期; （３）受託試作 (図面を渡して"
               "作ってもらう); ７営業日 (特急仕上げ, note ※２) and the siblings' ３ and ５営業日前 are near misses"),
    dict(question="海外の展示会で配るために、同じ見本を30個作りたいという会社があります。試作工房でいう「試作」に当たりますか？",
         category="workshop", doc=KOBO_PDF, evidence=["同じものを11個以上作る量産は含みません"], answer=["含みません"],
         notes="definition 「試作」 at its boundary (30 identical pieces are 量産: no)"),
    dict(question="県内の中小企業が、受託試作で同じ仕様の試作品を３点、特急仕上げで頼むと、料金はいくらになりますか？",
         category="workshop", doc=KOBO_PDF,
         evidence=["試作品１点当たり18,000円", "同じ仕様の２点目からは１点当たり9,000円", "通常の料金の５割増しとなります"],
         answer=["54,000円"], computed=True,
         notes="the section （３）受託試作 and note ※２ (in no table): (18,000 + 2 × 9,000) × 1.5 = 54,000円; 36,000円 "
               "(without the express surcharge) is the trap"),
    dict(question="2024年度に試作工房を利用した事業者は何者でしたか？",
         category="workshop", doc=KOBO_PDF, evidence=["利用事業者数（者） 110 118 107"], answer=["118"],
         notes="(f) KPI table, column 実績 (2024年度 = 令和６年度, printed only as 令和; the unit 者 from the row label's "
               "bracket); 110 (目標) and 107 (達成率) are the traps"),
    dict(question="令和６年度の工房の機器の稼働時間は、目標を何時間上回りましたか？",
         category="workshop", doc=KOBO_PDF, evidence=["機器の稼働時間（時間） 1,800 1,935 108"], answer=["135時間"],
         computed=True, notes="(f) difference in a KPI row: 1,935 − 1,800 = 135時間"),
    dict(question="金属部品のメーカーから、令和６年度に金属製品の分野で試作工房が全部で何件使われたのか聞かれました。",
         category="workshop", doc=KOBO_PDF, evidence=["金属製品 27 19 12 58"], answer=["58"],
         notes="(g) a cell of the total column on the right (計, summing the three ways of use); 27, 19 and 12 are the "
               "traps"),
    dict(question="2024年度の受託試作のうち、日用品・雑貨の分野は何％を占めていますか？",
         category="workshop", doc=KOBO_PDF, evidence=["日用品・雑貨 20 ８ 11 39", "合計 150 82 54 286"],
         answer=["20.4%"], computed=True,
         notes="(g) share within a column: 11 / 54 = 20.4 % (2024年度 = 令和６年度); 39 / 286 = 13.6 % (all uses) is a "
               "wrong reading"),
    dict(question="試作工房が開設されたのは、西暦でいうと何年度ですか？",
         category="workshop", doc=KOBO_PDF, evidence=["県が令和４年度に開設した施設です"], answer=["2022年度"],
         computed=True, notes="an era year turned into a Western year: 令和４年度 = 2022年度 (the guide prints no Western year)"),
    dict(question="令和５年度には、試作工房は何件利用されていたのでしょうか？",
         category="workshop", doc=KOBO_PDF, evidence=["令和５年度の231件から55件増えました"], answer=["231件"],
         notes="a prose-only figure (in no table): 231件 in 令和５年度; 286 (令和６年度) is the trap"),
    # --- followups
    dict(question="それが昆布加工品の出展だった場合、上限額はいくらですか？",
         category="followup", doc=KELP_PDF, evidence=["海外見本市への出展 50 1,000 60 1,500"], answer=["1,500"],
         history=_turns("乾燥昆布を海外見本市に出展する場合、補助率は何％ですか？",
                        "乾燥昆布の海外見本市への出展の補助率は50％です[1]。"),
         notes="(a) the row from the history (海外見本市への出展), the other group 昆布加工品, leaf 上限額（千円）; 1,000 "
               "(乾燥昆布) is the trap"),
    dict(question="その年度の交付額はいくらでしたか？",
         category="followup", doc=KELP_PDF, evidence=["令和３年度 10 ７ ３ 5,620"], answer=["5,620"],
         history=_turns("昆布製品の補助金に、2021年度は何件の申請がありましたか？",
                        "2021年度（令和３年度）の申請は10件でした[1]。"),
         notes="(b) the year from the history (2021年度 = 令和３年度), column 交付額（千円）"),
    dict(question="そのうち、盆栽を輸出した事業者は何者でしたか？",
         category="followup", doc=BONSAI_PDF, evidence=["真柏 12 ６ 1,030"], answer=["６"],
         history=_turns("真柏を主に扱っている回答事業者は何者ですか？",
                        "真柏を主に扱う回答事業者は12者です[1]。"),
         notes="(c) the row from the history (真柏, the last row before the page break), column 輸出した事業者（者）"),
    dict(question="それを松柏類の事業者に限ると何％ですか？",
         category="followup", doc=BONSAI_PDF, evidence=["輸送中の枯損・傷み 43.9 38.6 48.1"], answer=["38.6"],
         history=_turns("盆栽の輸送中の枯損や傷みを課題に挙げた事業者は、全体で何％ですか？",
                        "全体では43.9％でした[1]。"),
         notes="(e) the row from the history, column 松柏類; 48.1 (雑木類) is the trap"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=KOBO_PDF, evidence=["電話：098-967-3900"], answer=["098-967-3900"],
         history=_turns("受託試作を頼んだ会社から、試作がどこまで進んでいるか知りたいと言われました。どこに問い合わせればよいですか？",
                        "受託試作の進み具合は、公益財団法人檪県ものづくり振興機構の試作工房が受け付けています[1]。"),
         notes="contact box of the guide: the 機構's phone (second line); the 班's phone 098-967-3830 and fax "
               "098-967-3839 (first line) are the near misses"),
    dict(question="その分野の技術者支援利用は何件でしたか？",
         category="followup", doc=KOBO_PDF, evidence=["繊維製品 15 ９ ６ 30"], answer=["９"],
         history=_turns("令和６年度、繊維製品の分野の機器開放利用は何件でしたか？",
                        "繊維製品の機器開放利用は15件でした[1]。"),
         notes="(g) the row from the history (繊維製品), column 技術者支援利用; ６ (受託試作) and 30 (計) are the traps"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="昆布製品のヨウ素含有量の分析は、１検体当たりいくらぐらいかかるものですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline gives the rate and the cap of the analysis (50 %, 300千円), not its price",
         absent=["検体", "分析料金", "分析費用"]),
    dict(question="令和６年度に県から輸出された昆布製品は、全部で何トンでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline gives applications, grants and amounts of the subsidy, not export volumes",
         absent=["トン", "輸出量"]),
    dict(question="輸出された盆栽の１鉢当たりの平均価格は分かりますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives export pots by tree kind and export amounts by destination, not prices per pot",
         absent=["単価", "１鉢当たり", "平均価格"]),
    dict(question="盆栽の組合の方から、県内の盆栽生産者の平均年齢は何歳くらいか聞かれました。",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives a shortage of workers (作業人員の不足) as an issue, not the growers' ages",
         absent=["平均年齢", "年齢", "歳"]),
    dict(question="試作工房には３Ｄプリンターが何台ありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide lists the main machines (主な機器), not how many there are",
         absent=["台数", "何台"]),
    dict(question="試作工房を利用した事業者の満足度はどのくらいでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives uses, users and KPIs and asks users for a report (step ⑥), not their satisfaction",
         absent=["満足度", "満足"]),
]
CATEGORY_COUNTS = {"kelp": 10, "bonsai": 9, "workshop": 9, "followup": 6, "unanswerable": 6}
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
DEFINITION_BOUNDARY = 3  # notes mention "definition" and "boundary"
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h102q", "h102t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G = (
    "補助対象経費の区分、補助率及び上限額", "申請と交付の実績", "樹種別の回答事業者と輸出の状況", "輸出先別の輸出額",
    "輸出に当たっての課題（複数回答）", "工房の成果指標", "製品分野別・利用方法別の利用件数")
LETTERS = dict(zip((A, B, C, D, E, F, G), "abcdefg"))
TABLE_COUNTS = {A: 18, B: 20, C: 27, D: 33, E: 21, F: 12, G: 28}  # planned gold cells per table


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


COMPUTED = {  # question id -> the answer string, computed from gold cells (or, where a note says so, prose data)
    "h102q03": lambda g: f"{min(FAIR_COST * g(A, '海外見本市への出展', '乾燥昆布／補助率（％）', 2025) // 100, g(A, '海外見本市への出展', '乾燥昆布／上限額（千円）', 2025) // 2):,}千円",
    "h102q06": lambda g: f"{sum(g(B, era(y), '交付額（千円）', y) for y, *_x in RECORD):,}千円",
    "h102q14": lambda g: _pct(g(C, "黒松", "輸出した事業者（者）", 2023), g(C, "黒松", "回答した事業者（者）", 2023)),
    "h102q17": lambda g: f"{g(D, 'ＥＵ', '令和５年度', 2023) + g(D, '英国', '令和５年度', 2023):,}万円",
    "h102q22": lambda g: f"{int((CONTRACT_FIRST + (EXPRESS_PIECES - 1) * CONTRACT_MORE) * EXPRESS):,}円",
    "h102q24": lambda g: f"{g(F, '機器の稼働時間（時間）', '実績', 2024) - g(F, '機器の稼働時間（時間）', '目標', 2024):,}時間",
    "h102q26": lambda g: _pct(g(G, "日用品・雑貨", "受託試作", 2024), g(G, "合計", "受託試作", 2024)),
    "h102q27": lambda g: f"{OPENED}年度",
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {KELP_PDF: (3, 3), BONSAI_PDF: (3, 3), KOBO_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (8, 40)  # after norm
GOLD_CELLS = (150, 210)
TABLE_QUESTIONS = 12  # at least, outside the followups
COMPUTED_RANGE = (6, 12)
WESTERN_SHARE = (0.30, 0.70)
TWO_LINE_HEADERS = ("record", "kinds")  # specs whose value headers are printed over two lines
CAPTION_UNITS = {"dests": "万円", "issues": "%", "fields": "件"}  # units given only in the caption note
ANSWER_UNIT = r"(千円|万円|円|件|者|鉢|時間|品目|%|年度)$"


def readme_path(out: Path) -> Path:
    """The README checked with the set: the one in `out`, else the one beside this script."""
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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout102.py")
    readme = readme_path(out)
    readme_text = readme.read_text(encoding="utf-8") if readme.exists() else None
    if readme_text is None:
        errors.append("README.md is missing")
    return errors + check(questions, gold, pages, readme_text)


def check(questions, gold, pages, readme_text=None) -> list[str]:
    errors = check_page_counts(pages, PAGE_COUNTS)
    errors += check_questions(questions, gold, pages)
    errors += check_gold(gold, pages)
    errors += check_prose(pages)
    errors += check_fiction(questions, gold, pages, readme_text)
    return errors


def table_of(q) -> set:
    """The tables a question's notes name, by title or by the README letter."""
    return {t for t, l in LETTERS.items() if t in q["notes"] or f"({l})" in q["notes"]}


def printed_number(bare: str, raw: str) -> bool:
    """Whether `bare` (a number as written in an answer) is printed as a number of its own in `raw`
    (NFKC text with its line breaks kept): not inside a longer number (`23` is not in `263`)."""
    for variant in {bare, bare.replace(",", "")}:
        if re.search(r"(?<![\d,.])" + re.escape(variant) + r"(?!\d|[,.]\d)", raw):
            return True
    return False


def check_questions(questions, gold, pages) -> list[str]:
    errors = []
    doc_text = {n: norm("\n".join(p)) for n, p in pages.items()}
    doc_raw = {n: nfkc("\n".join(p)) for n, p in pages.items()}
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
            # stricter than docgen: not even the bare number of a computed answer is printed
            for a in q["answer"]:
                bare = re.sub(ANSWER_UNIT, "", nfkc(a))
                if printed_number(bare, doc_raw[q["doc"]]):
                    errors.append(f"{qid}: the computed number {bare} is printed in its document")
        for t in table_of(q):
            if next(g["doc"] for g in gold if g["table"] == t) != q["doc"]:
                errors.append(f"{qid}: its notes name table {t} of another document")
    errors += check_question_mix(questions, CATEGORY_COUNTS, western_share=WESTERN_SHARE)
    if sum(q["doc"] is None for q in questions) != 6 or any(
            (q["doc"] is None) != (q["category"] == "unanswerable") for q in questions):
        errors.append("expected exactly 6 unanswerable questions, each with doc null")
    sibling = sum("sibling" in q["notes"] and q["category"] not in ("followup", "unanswerable") for q in questions)
    if sibling != SIBLING:
        errors.append(f"{sibling} sibling-section questions, expected {SIBLING}")
    boundary = sum("definition" in q["notes"] and "boundary" in q["notes"] for q in questions if q["doc"])
    if boundary != DEFINITION_BOUNDARY:
        errors.append(f"{boundary} definition-boundary questions, expected {DEFINITION_BOUNDARY}")
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
    for t in LETTERS:  # every table is asked about outside the followups
        if not any(t in table_of(q) for q in questions if q["doc"] and q["category"] != "followup"):
            errors.append(f"no question on table {t} outside the followups")
    for doc in ALL_PDFS:
        if sum(q["doc"] == doc for q in questions) < 10:
            errors.append(f"{doc}: fewer than 10 questions")
    if sum("second-largest" in q["notes"] for q in questions if q["doc"]) < 1:
        errors.append("no second-largest question")
    n_computed = sum(bool(q.get("computed")) for q in questions)
    if not COMPUTED_RANGE[0] <= n_computed <= COMPUTED_RANGE[1]:
        errors.append(f"{n_computed} computed questions, expected {COMPUTED_RANGE[0]}-{COMPUTED_RANGE[1]}")
    errors += check_computed(questions, COMPUTED, GoldIndex(gold))
    # exactly one phone answer, asked as a follow-up, with other numbers of its document as near misses
    phones = [q for q in questions if any(re.fullmatch(PHONE_RE, nfkc(a)) for a in q["answer"])]
    if len(phones) != 1 or phones[0]["category"] != "followup":
        errors.append(f"expected exactly one phone answer, as a follow-up: {[q['id'] for q in phones]}")
    else:
        others = set(re.findall(PHONE_RE, doc_text[phones[0]["doc"]])) - {nfkc(phones[0]["answer"][0])}
        if len(others) < 2:
            errors.append(f"{phones[0]['id']}: fewer than two other numbers in its document")
    return errors


def check_gold(gold, pages) -> list[str]:
    errors = []
    specs = {s.title: s for s in all_specs()}
    doc_text = {n: norm("\n".join(p)) for n, p in pages.items()}

    def page_text(doc, page):
        return norm(pages[doc][page - 1])

    if not GOLD_CELLS[0] <= len(gold) <= GOLD_CELLS[1]:
        errors.append(f"{len(gold)} gold cells, expected {GOLD_CELLS[0]}-{GOLD_CELLS[1]}")
    per_table = defaultdict(int)
    for g in gold:
        per_table[g.get("table")] += 1
    if dict(per_table) != TABLE_COUNTS:
        errors.append(f"gold cells per table {dict(per_table)}, expected {TABLE_COUNTS}")
    any_page = defaultdict(lambda: {0})
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout102.py")
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
        if g["number"] is None or g["value"] == DASH:
            errors.append(f"{g['id']}: every gold cell must be numeric (no 「－」)")
        if (g["fiscal_year"] is None) == (g["fiscal_year_range"] is None):
            errors.append(f"{g['id']}: exactly one of fiscal_year and fiscal_year_range should be set")
        if g["table"] not in specs or g["doc"] not in pages or not 1 <= g["page"] <= len(pages[g["doc"]]):
            errors.append(f"{g['id']}: unknown table, document or page")
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
            if norm("".join(spec.printed_row(i))) not in norm(pages[g["doc"]][g["page"] - 1]):
                errors.append(f"row sequence of {title} / {spec.row_label(i)} not on page {g['page']}")
    try:
        errors += check_totals(gold)
    except (KeyError, TypeError) as e:
        errors.append(f"totals: a gold cell could not be read ({e!r})")
    try:
        errors += check_layouts(gold, pages)
    except (KeyError, TypeError, IndexError) as e:
        errors.append(f"layouts: a gold cell could not be read ({e!r})")
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

    # (a): rates within 100 %; no cap above the firm caps of 第４条第２項; 昆布加工品 at least 乾燥昆布
    for row, r in t[A].items():
        for k, v in r.items():
            if k.endswith("補助率（％）") and not 0 < v <= 100:
                errors.append(f"{A} / {row}: rate {v} out of range")
        if r.get("乾燥昆布／上限額（千円）", 0) > FIRM_CAP * 10 or r.get("昆布加工品／上限額（千円）", 0) > FIRM_CAP_PROCESSED * 10:
            errors.append(f"{A} / {row}: a cap above the firm cap of 第４条第２項")
        if "昆布加工品／補助率（％）" in r and (r["昆布加工品／補助率（％）"] < r["乾燥昆布／補助率（％）"]
                                           or r["昆布加工品／上限額（千円）"] < r["乾燥昆布／上限額（千円）"]):
            errors.append(f"{A} / {row}: 昆布加工品 below 乾燥昆布")
    # (b): growing applications; 加工品 within grants within applications; amounts within the firm caps
    b = t[B]
    ns = [r["申請件数（件）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for row, r in b.items():
        if not r["うち昆布加工品（件）"] <= r["交付件数（件）"] <= r["申請件数（件）"] \
                or r["交付額（千円）"] > r["交付件数（件）"] * FIRM_CAP_PROCESSED * 10:
            errors.append(f"{B} / {row}: grants or amounts out of range")
    # (c): 合計 adds up; exporters within respondents; the firm forms of the prose add up to 合計
    c = t[C]
    cc = ("回答した事業者（者）", "輸出した事業者（者）", "輸出鉢数（鉢）")
    adds_up(C, cc)
    if any(r["輸出した事業者（者）"] > r["回答した事業者（者）"] for r in c.values()):
        errors.append(f"{C}: exporters above respondents")
    if c["合計"][cc[0]] != sum(f[1] for f in FORMS) or c["合計"][cc[1]] != sum(f[2] for f in FORMS):
        errors.append(f"{C}: 合計 differs from the firm forms of the prose")
    if max(CHANNELS) > c["合計"][cc[1]] or PLANNED > c["合計"][cc[0]] - c["合計"][cc[1]]:
        errors.append(f"{C}: prose channels or planned starters out of range")
    # (d): 合計 adds up; 増減 is the difference
    d = t[D]
    ya, yb = era(DEST_YEARS[0]), era(DEST_YEARS[1])
    adds_up(D, (ya, yb, "増減"))
    for row, r in d.items():
        if r["増減"] != r[yb] - r[ya]:
            errors.append(f"{D} / {row}: 増減 is not the difference")
    # (e): the per cents come from the counts; the ｎ from (c) and note ※１
    n_all, n_c, n_z = class_n()
    if n_all != c["合計"][cc[0]] or n_c != sum(c[k][cc[0]] for k in CONIFERS):
        errors.append(f"{E}: the ｎ differ from {C}")
    for name, a, bb in ISSUES:
        r = t[E][name]
        want = (pct1(a + bb, n_all), pct1(a, n_c), pct1(bb, n_z))
        if tuple(Decimal(str(r[k])) for k in ("全体", "松柏類", "雑木類")) != want:
            errors.append(f"{E} / {name}: per cents differ from the counts")
    # (f): 達成率 = 実績 / 目標 rounded half up; 利用件数 実績 equals (g)'s total
    for row, r in t[F].items():
        if r["達成率（％）"] != pct0(r["実績"], r["目標"]):
            errors.append(f"{F} / {row}: 達成率 is not 実績 / 目標")
    g_ = t[G]
    if t[F]["利用件数（件）"]["実績"] != g_["合計"]["計"]:
        errors.append(f"{F}: 利用件数 differs from {G}")
    # (g): every 計 is its row's sum; 合計 adds up
    ways = [w[0] for w in WAYS]
    adds_up(G, ways + ["計"])
    for row, r in g_.items():
        if r["計"] != sum(r[w] for w in ways):
            errors.append(f"{G} / {row}: 計 is not the sum of the ways of use")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    kinds = specs["kinds"]
    # (c): continued over a page break without its header
    cp = sorted({g["page"] for g in gold if g["table"] == C})
    if len(cp) != 2 or cp[1] != cp[0] + 1:
        errors.append(f"{C} is on pages {cp}, expected a page break inside it")
    else:
        first = [g["row"] for g in gold if g["table"] == C and g["page"] == cp[0]][::3]
        cont = [g["row"] for g in gold if g["table"] == C and g["page"] == cp[1]][::3]
        if not 2 <= len(first) <= 7:
            errors.append(f"{C}: {len(first)} rows before the page break, expected 2-7")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{C}: rows on the wrong side of the page break ({first} / {cont})")
        header_lines = {label(p).strip() for h in kinds.header[0] for p in h.split("\n")}
        lines = [x.strip() for x in pages[BONSAI_PDF][cp[1] - 1].splitlines()]
        if kinds.repeat_header or header_lines & set(lines):
            errors.append(f"{C}: a header line is repeated on the continuation page")
        if len(lines) < 5 or lines[4] != cont[0]:
            errors.append(f"{C}: the continuation page should start with a data row after the running header")
        if norm("ガジュマル、ソテツ等") not in norm(pages[BONSAI_PDF][cp[1] - 1]):
            errors.append(f"{C}: note ※１ should follow the table on the continuation page")
    for key, spec in specs.items():
        if key == "kinds":
            continue
        tp = {g["page"] for g in gold if g["table"] == spec.title}
        if len(tp) != 1:
            errors.append(f"{spec.title} is on pages {sorted(tp)}, expected one page")
    if specs["issues"].ruled or not all(s.ruled for k, s in specs.items() if k != "issues"):
        errors.append(f"only {E} must be drawn without ruling lines")
    # two-line header cells: both parts on consecutive lines of the table's first page
    for key in TWO_LINE_HEADERS:
        spec = specs[key]
        page = min(g["page"] for g in gold if g["table"] == spec.title)
        lines = [x.strip() for x in pages[spec.doc][page - 1].splitlines()]
        pairs = list(zip(lines, lines[1:]))
        for h in spec.header[-1][spec.label_col + 1:]:
            parts = h.split("\n")
            if len(parts) != 2 or tuple(parts) not in pairs:
                errors.append(f"{spec.title}: header {h!r} should be printed over two lines")
    # (a): two header rows, three spans, group／leaf columns; the leaves repeat under both groups
    ag = [g for g in gold if g["table"] == A]
    cols = list(dict.fromkeys(g["column"] for g in ag))
    want = ["乾燥昆布／補助率（％）", "乾燥昆布／上限額（千円）", "昆布加工品／補助率（％）", "昆布加工品／上限額（千円）"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in ag} != {"%", "千円"}:
        errors.append(f"{A}: units should come from the header leaves")
    rates = specs["rates"]
    dashes = {(label(r[0]), rates.column_label(c)) for r in rates.rows for c in rates.value_cols if r[c] == DASH}
    if dashes != DASH_CELLS or any((g["row"], g["column"]) in DASH_CELLS for g in ag):
        errors.append(f"{A}: the 「－」 cells should be exactly {sorted(DASH_CELLS)} and no gold cells")
    if any(g["value"] == DASH for g in gold) or sum(r.count(DASH) for s in specs.values() for r in s.rows) != len(DASH_CELLS):
        errors.append("「－」 cells are allowed only where planned in (a)")
    # (b): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::4] != [y for y, *_x in RECORD]:
        errors.append(f"{B}: expected years as rows")
    # (d): two fiscal years as columns, a 増減 column with ▲ exactly on the decreases
    dg = [g for g in gold if g["table"] == D]
    if list(dict.fromkeys(g["column"] for g in dg)) != [era(y) for y in DEST_YEARS] + ["増減"] \
            or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in dg if g["column"] != "増減") \
            or any(g["fiscal_year"] is not None or g["fiscal_year_range"] != list(DEST_YEARS) for g in dg if g["column"] == "増減"):
        errors.append(f"{D}: expected the fiscal years as columns and a 増減 column comparing them")
    if any(g["value"].startswith(DOWN) != (g["number"] < 0) for g in gold) or not any(g["value"].startswith(DOWN) for g in dg):
        errors.append("▲ should mark exactly the negative values, and (d) should have one")
    if any(g["fiscal_year_range"] is not None for g in gold if g["table"] != D or g["column"] != "増減"):
        errors.append("only the 増減 column of (d) may have a fiscal_year_range")
    # (f): 目標 / 実績 / 達成率 with the unit from each row label's bracket
    fg = [g for g in gold if g["table"] == F]
    if list(dict.fromkeys(g["column"] for g in fg)) != ["目標", "実績", "達成率（％）"] \
            or any(g["unit"] != ("%" if g["column"] == "達成率（％）" else bracket_unit(g["row"])) for g in fg) \
            or len({g["unit"] for g in fg if g["column"] != "達成率（％）"}) != len(KPIS):
        errors.append(f"{F}: expected 目標 / 実績 / 達成率 with a unit per row label")
    # (g): the ways of use as columns and 計 on the right
    if list(dict.fromkeys(g["column"] for g in gold if g["table"] == G)) != [w[0] for w in WAYS] + ["計"]:
        errors.append(f"{G}: expected the ways of use as columns and 計 on the right")
    # units only in the caption note
    for key, unit in CAPTION_UNITS.items():
        spec = specs[key]
        sg = [g for g in gold if g["table"] == spec.title]
        if any(bracket_unit(h) for h in spec.header[-1]) or {g["unit"] for g in sg} != {unit}:
            errors.append(f"{spec.title}: the unit should be only in the caption note")
        page = norm(pages[spec.doc][sg[0]["page"] - 1])
        if norm(f"○{spec.title}") not in page or norm(f"（単位：{'％' if unit == '%' else unit}）") not in page:
            errors.append(f"{spec.title}: caption note （単位：…） missing")
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
                errors.append(f"{doc}: the heading of sibling section {i} is not printed once")
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

    def qa(doc, n, what):
        raw = "\n".join(pages[doc]).splitlines()
        if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != n or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != n:
            errors.append(f"{what}: expected {n} Ｑ lines and {n} Ａ lines")

    def lv(text, pairs, what):
        for k, v in pairs:
            if norm(f"{k}：{v}") not in text:
                errors.append(f"{what}: the 「label：value」 line {k} is missing")

    def western(text, want, what):
        if re.findall(r"20\d\d年", text) != want:
            errors.append(f"{what}: the Western years printed should be exactly {want}, got {re.findall(r'20[0-9][0-9]年', text)}")

    # ---- the grant guideline
    kt = norm("\n".join(pages[KELP_PDF]))
    siblings(kt, KELP_PDF, ("輸出先：", "補助の対象とした取組：", "交付を受けた額："), [c[0] for c in KELP_CASES])
    n_all, last = sum(r[2] for r in RECORD), RECORD[-1]
    if norm(f"延べ{n_all}件に補助金を交付しました") not in kt:
        errors.append("guideline: the number of grants in the prose differs from (b)")
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件に交付しました（うち昆布加工品{fw(last[3])}件）") not in kt:
        errors.append("guideline: the 令和６年度 figures in the prose differ from (b)")
    for head, _where, what, amount, (product, items) in KELP_CASES:
        if product not in what:
            errors.append(f"guideline: case {head} names the wrong product class")
        try:
            grant = kelp_grant(product, items)
        except AssertionError:
            errors.append(f"guideline: case {head} uses a cost not covered (「－」)")
            continue
        if grant % 10 or f"{grant // 10}万円" != amount:
            errors.append(f"guideline: case {head} grant {amount} does not follow from its costs ({grant}千円)")
    if norm(f"１事業者当たり年度内{FIRM_CAP}万円（昆布加工品に係る経費を含む場合は{FIRM_CAP_PROCESSED}万円）") not in kt:
        errors.append("guideline: the firm caps of 第４条第２項 are missing")
    for art in range(1, 9):
        if norm(f"第{fw(art)}条") not in kt:
            errors.append(f"guideline: article {art} is missing")
    western(kt, ["2020年"], "guideline")
    if norm("令和２年度（2020年度）") not in kt:
        errors.append("guideline: 2020年度 should be printed beside 令和２年度")
    defs(kt, KELP_DEFS, "guideline")
    for x in KELP_EXCLUDED:
        if norm(x) not in kt:
            errors.append(f"guideline: the cost not covered {x} is missing")
    bullets_in(KELP_PDF, 0, "guideline")
    qa(KELP_PDF, 3, "guideline")
    lv(kt, KELP_CALL, "guideline")
    steps_of(KELP_PDF, "①②③④⑤⑥⑦", "guideline")
    contacts(KELP_PDF, ["098-961-4420", "098-961-4429", "098-961-4560"], ["ichii-konbu@example.jp"], "guideline")

    # ---- the survey
    st = norm("\n".join(pages[BONSAI_PDF]))
    siblings(st, BONSAI_PDF, ("主な樹種：", "主な輸出先：", "輸出に向けた工夫："), [c[0] for c in BONSAI_CASES])
    total, n = respondents(), exporters()
    if norm(f"回答事業者{total}者のうち{n}者（{pct1(n, total)}％）") not in st:
        errors.append("survey: the exporters in the prose differ from (c)")
    for f, fn, fx in FORMS:
        if norm(f"{f}は{fn}者のうち{fx}者") not in st:
            errors.append(f"survey: the firm form {f} in the prose differs from the data")
    if norm(f"輸出していない{total - n}者のうち{PLANNED}者") not in st:
        errors.append("survey: the planned starters in the prose differ from the data")
    top = max(KINDS, key=lambda r: r[2])[0], max(KINDS, key=lambda r: r[3])[0]
    if top != ("黒松", "黒松") or sorted(r[2] for r in KINDS)[-1] == sorted(r[2] for r in KINDS)[-2]:
        errors.append("survey: 「黒松が輸出した事業者、輸出鉢数ともに最も多い」 does not hold")
    ta, tb = (sum(r[j] for r in DESTINATIONS) for j in (1, 2))
    if norm(f"輸出額は{tb:,}万円で、令和４年度の{ta:,}万円から{tb - ta:,}万円増えた") not in st:
        errors.append("survey: the export amounts in the prose differ from (d)")
    ranked = [d for d, _a, _b in sorted(DESTINATIONS, key=lambda r: -r[2])]
    down = [d for d, a, b in DESTINATIONS if b < a]
    if ranked[:2] != ["米国", "ＥＵ"] or sorted(r[2] for r in DESTINATIONS)[-2] == sorted(r[2] for r in DESTINATIONS)[-3] \
            or down != ["中国", "英国"] or [d for d, *_x in DESTINATIONS].index("ＥＵ") == 1:
        errors.append("survey: 米国 first, ＥＵ second (not printed second), only 中国 and 英国 down does not hold")
    n_all_, n_c, n_z = class_n()
    tops = [max(ISSUES, key=lambda r, k=k: pct1(r[1] + r[2], n_all_) if k == 0 else pct1(r[k], n_c if k == 1 else n_z))[0]
            for k in (0, 1, 2)]
    if tops != [ISSUES[0][0], ISSUES[0][0], ISSUES[1][0]]:
        errors.append("survey: the tops of (e) in the prose do not hold")
    for k in (0, 1, 2):
        vals = sorted((pct1(r[1] + r[2], n_all_) if k == 0 else pct1(r[k], n_c if k == 1 else n_z)) for r in ISSUES)
        if vals[-1] == vals[-2]:
            errors.append("survey: a tie at the top of (e)")
    western(st, ["2024年"], "survey")
    defs(st, BONSAI_DEFS, "survey")
    bullets_in(BONSAI_PDF, 3, "survey")
    lv(st, bonsai_lv(), "survey")
    steps_of(BONSAI_PDF, "①②③④", "survey")
    contacts(BONSAI_PDF, ["098-964-2610", "098-964-2619", "098-964-2750"], ["ichii-bonsai@example.jp"], "survey")

    # ---- the guide
    wt = norm("\n".join(pages[KOBO_PDF]))
    siblings(wt, KOBO_PDF, ("利用の方法：", "料金：", "予約・納期："), [w[0] for w in WAYS])
    total = sum(sum(r[1:]) for r in FIELDS)
    by_way = [sum(r[j] for r in FIELDS) for j in (1, 2, 3)]
    if norm(f"利用件数は{total}件（機器開放利用{by_way[0]}件、技術者支援利用{by_way[1]}件、受託試作{by_way[2]}件）") not in wt \
            or norm(f"令和５年度の{PREV_USES}件から{total - PREV_USES}件増えました") not in wt:
        errors.append("guide: the use figures in the prose differ from (g)")
    if max(FIELDS, key=lambda r: sum(r[1:]))[0] != "工芸品・木工品" or not by_way[0] * 2 > total:
        errors.append("guide: 「工芸品・木工品が最も多く」 or 「機器開放利用が全体の半分を超え」 does not hold")
    missed = [n for n, t, a in kpi_rows() if a < t]
    if missed != ["輸出に至った製品の数（品目）"]:
        errors.append("guide: 「輸出に至った製品の数を除き、目標を達成」 does not hold")
    if norm(f"１点当たり{CONTRACT_FIRST:,}円（同じ仕様の２点目からは１点当たり{CONTRACT_MORE:,}円）") not in wt \
            or norm("通常の料金の５割増し") not in wt or EXPRESS != Decimal("1.5"):
        errors.append("guide: the 受託試作 fees or the express surcharge differ from the data")
    if norm(f"県が{era(OPENED)}に開設") not in wt:
        errors.append("guide: the opening year differs from OPENED")
    western(wt, [], "guide")
    defs(wt, KOBO_DEFS, "guide")
    bullets_in(KOBO_PDF, 4, "guide")
    qa(KOBO_PDF, 2, "guide")
    lv(wt, KOBO_LV, "guide")
    steps_of(KOBO_PDF, "①②③④⑤⑥", "guide")
    contacts(KOBO_PDF, ["098-967-3830", "098-967-3839", "098-967-3900"], ["ichii-shisaku@example.jp"], "guide")
    return errors


def check_fiction(questions, gold, pages, readme_text) -> list[str]:
    """Phone numbers 098-96x-xxxx and mail addresses under example.jp everywhere (documents, gold,
    questions, README); no at-sign outside a mail address; no prefecture but 檪県 in the documents
    and questions; the prefecture and the three towns named."""
    errors = []
    texts = {name: nfkc("\n".join(p)) for name, p in pages.items()}
    texts["tables.jsonl"] = nfkc("\n".join(str(g) for g in gold))
    texts["questions.jsonl"] = nfkc("\n".join(str(q) for q in questions))
    if readme_text is not None:
        texts["README.md"] = nfkc(readme_text)
    for name, text in texts.items():
        for ph in re.findall(PHONE_RE, text):
            if not re.fullmatch(r"098-96\d-\d{4}", ph):
                errors.append(f"{name}: phone number {ph} outside {PHONE_PREFIX}x-xxxx")
        for m in re.finditer("@", text):
            seg = re.match(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text[_token_start(text, m.start()):])
            addr = seg.group(0).rstrip(".") if seg else ""
            if not re.fullmatch(r"[A-Za-z0-9._-]+@example\.jp", addr):
                errors.append(f"{name}: an at-sign outside a mail address under example.jp near "
                              f"{text[max(0, m.start() - 20):m.end() + 20]!r}")
    # no other prefecture: no kanji but 檪 directly before 県 on a line (documents and questions)
    qtexts = {q["id"]: nfkc(q["question"] + "\n" + "\n".join(t["content"] for t in q.get("history", [])))
              for q in questions}
    for name, text in list(texts.items())[:3] + list(qtexts.items()):
        for line in text.splitlines():
            for m in re.finditer(r"([\u3400-\u9fff])県", line):
                if m.group(1) != PREF_KANJI:
                    errors.append(f"{name}: {m.group(0)!r} names a prefecture other than {PREF}")
    for name, p in pages.items():
        if PREF not in p[0]:
            errors.append(f"{name}: {PREF} is not named on page 1")
    alltext = norm("".join(texts[n] for n in ALL_PDFS))
    for town in TOWNS:
        if town not in alltext:
            errors.append(f"the town {town} is named in no document")
    return errors


def _token_start(text: str, at: int) -> int:
    """Start of the mail-address-like token that holds the at-sign at `at`."""
    i = at
    while i > 0 and re.match(r"[A-Za-z0-9._-]", text[i - 1]):
        i -= 1
    return i


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
