"""Build the 櫟県 held-out set 85: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (櫟県 and every town, scheme, organisation, company, phone number,
address and figure). The documents are in three genres the earlier sets do not use: a call for
applications (募集要項) for a subsidy towards pet-food makers' exports (櫟県産ペットフード輸出支援補助金:
registration with the destination's authorities, ingredient analyses and quality tests, label
translation, trade fairs abroad, experts) with a two-level header whose groups are the first and
the second year of support (初年度枠 / ２年目枠) and whose leaves are the rate and the cap, two 「－」
cells, a yearly record (years as rows, two-line headers, a 「－」 cell and a 合計 row) and a KPI table;
the report of a survey of the prefecture's musical-instrument makers on their exports
(楽器製造業の輸出に関する実態調査) with the share of exporters by firm size in two surveys and a 増減
column printing decreases with ▲, the firms by product (a table continued over a page break without
its header, two-line headers) and an unruled table of the issues; and a grant guideline (交付要綱,
articles 第１条–第９条 with 附則 and 別表, then four （参考） parts) for a subsidy towards bicycle and
bicycle-parts exports (自転車・自転車部品輸出促進事業費補助金) with the rates by firm size and the caps
in the 別表 (header cells over two lines; the cap for electrically assisted bicycles raised by an
article) and the grants by destination over three fiscal years with a total column on the right;
see README.md beside this file.

    python make_heldout85.py [OUTPUT_DIR]          # default: this file's directory

Needs reportlab and pypdf (both in the project venv). The code structure follows
../heldout59/make_heldout59.py; the shared helpers are in ../docgen.py (unchanged). The gold cells
are generated from the same specs that draw the tables; PDF page numbers are recorded while
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

PET_PDF = "kunugi_petfood_yushutsu_hojokin_boshu_yoko_r7.pdf"
GAKKI_PDF = "kunugi_gakki_seizogyo_yushutsu_jittai_chosa_r6.pdf"
JITENSHA_PDF = "kunugi_jitensha_buhin_yushutsu_hojokin_kofu_yoko_r7.pdf"
ALL_PDFS = (PET_PDF, GAKKI_PDF, JITENSHA_PDF)

UNITS = ("百万円", "千円", "万円", "ポイント", "件", "社", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
DASH = "－"  # a cell with no figure; what it means is said in a note
PHONE_RE = r"099-89\d-\d{4}"  # every phone number of the set: 099-89x-xxxx
MAIL_DOMAIN = "@example.jp"
FORBIDDEN_PREFS = (chr(0x6928) + "県",)  # the other helper's prefecture, never written out here


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
    if v.startswith("▲"):
        v = "-" + v[1:]
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
    """A table cell: None as 「－」, an int as docgen prints it (single digits full-width), a
    Decimal with one decimal."""
    if x is None:
        return DASH
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def signed(x: Decimal) -> str:
    """A 増減 cell: a decrease with a leading ▲, an increase as a bare number."""
    return f"▲{-x:.1f}" if x < 0 else f"{x:.1f}"


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf, optional columns or rows
    that cover a range of fiscal years (a total column, a 合計 row over five years) and 「－」
    cells that are drawn but yield no gold cell."""

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

    def dash_cells(self) -> list[tuple[str, str]]:
        """(row label, column label) of every cell printed 「－」."""
        return [(self.row_label(i), self.column_label(c)) for i, r in enumerate(self.rows)
                for c in self.value_cols if r[c] == DASH]


def gold_records(spec: TableSpec, pages_of: dict) -> list[dict]:
    out = []
    for i, r in enumerate(spec.rows):
        for c in spec.value_cols:
            value = r[c]
            if value == DASH:  # no figure: no gold cell (the note says why)
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


ARTICLE_HEAD = pstyle("article_head", docgen.GOTHIC, 10.5, 17, left=docgen.EM, spaceBefore=3, keepWithNext=1)
ARTICLE = pstyle("article", left=2 * docgen.EM, first=-docgen.EM)
ITEM = pstyle("item", left=4 * docgen.EM, first=-2 * docgen.EM)


def article(head: str, *paragraphs: str):
    """An article of the 交付要綱: its heading in brackets, then 第n条 and its paragraphs."""
    return [P(f"（{head}）", ARTICLE_HEAD)] + [P(t, ARTICLE) for t in paragraphs]


PREF = "櫟県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: pet-food export subsidy, call for applications
PET = f"{PREF}産ペットフード輸出支援補助金"
PET_DEPT = f"{PREF} 農林水産部 食品産業振興課"
PET_DESK = f"{PREF}ペットフード輸出相談窓口"
PET_CENTER = f"公益財団法人{PREF}食品産業センター"
PET_RATES = [  # 経費区分; 初年度枠: 補助率（％）, 上限額（千円）; ２年目枠: 補助率（％）, 上限額（千円） (None = 「－」)
    ("輸出先登録の申請", 60, 600, None, None),
    ("成分分析・品質検査", 50, 400, 50, 250),
    ("表示（ラベル）の翻訳・作成", 50, 300, 50, 150),
    ("海外見本市への出展", 50, 800, 40, 600),
    ("専門家の指導", 60, 200, 40, 100),
]
PET_FIRM_CAP, PET_FIRM_CAP_2 = 150, 80  # note ※３: 万円 per firm (初年度枠 / ２年目枠), while the table is in 千円
PET_SMALL_BONUS = 10  # note ※４: points added to the rate for a 小規模企業者
PET_RECORD = [  # 年度, 申請件数, 採択件数, うち２年目枠 (None = 「－」: not yet set up), 交付額（千円）
    (2020, 9, 6, None, 3912), (2021, 12, 8, 2, 5284), (2022, 15, 10, 3, 6730),
    (2023, 19, 12, 4, 7845), (2024, 24, 14, 5, 9126),
]
PET_KPI = [  # 指標（単位）, 目標, 実績 (令和６年度)
    ("補助事業者の輸出額（万円）", 12000, 13560), ("輸出先登録の完了件数（件）", 8, 6),
    ("海外見本市での商談件数（件）", 150, 171), ("新たに輸出を始めた事業者（社）", 5, 4),
]
PET_CASES = [  # 見出し, 輸出先, 主な取組, 補助金の額 (same labels in every sibling section); cost items; 枠
    ("ペットフード製造業Ａ社（櫟市）", "台湾（初年度枠）", "台湾の当局への製品の登録と、登録に必要な成分分析", "54万円",
     ("輸出先登録の申請", "成分分析・品質検査"), 1),
    ("犬用おやつ製造業Ｂ社（磯辺市）", "シンガポール（２年目枠）", "海外見本市への出展と、英語の表示（ラベル）の作成", "63万円",
     ("海外見本市への出展", "表示（ラベル）の翻訳・作成"), 2),
    ("猫用フード製造業Ｃ社（朝倉町）", "香港（初年度枠）", "中国語の表示の作成と、輸出に詳しい専門家による指導", "29万円",
     ("表示（ラベル）の翻訳・作成", "専門家の指導"), 1),
]
PET_EXCLUDED = [  # 補助の対象にならない経費
    "ペットフードの製造、原材料の仕入れ及び容器の製造に要する経費",
    "国内で開かれる見本市への出展に要する経費",
    "輸出先で課される関税、付加価値税等の税",
    "交付決定の日より前に発注し、又は支払った経費",
]


def pet_specs():
    rates = TableSpec(
        key="pet_rates", doc=PET_PDF, title="経費区分別の補助率と上限額",
        header=[["経費区分", "初年度枠", "", "２年目枠", ""],
                ["", "補助率（％）", "上限額（千円）", "補助率（％）", "上限額（千円）"]],
        rows=[[n, cell(a), cell(b), cell(c), cell(d)] for n, a, b, c, d in PET_RATES],
        col_widths=[52 * mm, 26 * mm, 28 * mm, 26 * mm, 28 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[-1])
    rows = [[era(y), fw(a), fw(b), cell(p), fw(g)] for y, a, b, p, g in PET_RECORD]
    rows.append(["合計"] + [fw(sum(r[j] or 0 for r in PET_RECORD)) for j in (1, 2, 3, 4)])
    record = TableSpec(
        key="pet_record", doc=PET_PDF, title="申請と交付の実績",
        header=[["年度", "申請\n件数（件）", "採択\n件数（件）", "うち\n２年目枠（件）", "交付額\n（千円）"]],
        rows=rows, col_widths=[30 * mm, 28 * mm, 28 * mm, 32 * mm, 30 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    record.row_range = {"合計": [PET_RECORD[0][0], PET_RECORD[-1][0]]}
    kpi = TableSpec(
        key="pet_kpi", doc=PET_PDF, title="成果指標の目標と実績",
        header=[["指標", "目標", "実績", "達成率（％）"]],
        rows=[[n, fw(t), fw(a), fw(pct0(a, t))] for n, t, a in PET_KPI],
        col_widths=[66 * mm, 28 * mm, 28 * mm, 28 * mm], table_fy=2024,
    )
    kpi.unit = lambda row, c: "%" if c == 3 else bracket_unit(row[0])
    return rates, record, kpi


def pet_story(specs):
    rates, record, kpi = specs
    n_all, amt_all = sum(r[2] for r in PET_RECORD), sum(r[4] for r in PET_RECORD)
    last = PET_RECORD[-1]
    above = sum(a > t for _n, t, a in PET_KPI)
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{PET} 募集要項", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(PET_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　目的", H1)]
    st += paras(f"""
県内で製造されるペットフードの海外への販路を広げるため、輸出先の当局への登録、成分の分析、表示の翻訳、海外見本市への出展等に要する経費の一部を補助します。制度を始めた令和２年度（2020年度）から令和６年度までに、延べ{n_all}件、{amt_all:,}千円を交付しました。
""", 0)
    st += [P("２　募集の概要", H1)]
    st += lv_lines([
        ("補助事業名", PET),
        ("補助対象者", "県内に工場を有し、ペットフードを製造する中小企業者（個人事業主を含む。）"),
        ("募集期間", "令和７年５月12日から６月20日まで（必着）"),
        ("予算額", "1,600万円"),
        ("採択予定件数", "15件程度"),
        ("補助事業期間", "交付決定の日から令和８年２月６日まで"),
    ], 0)
    st += paras("""
この要項において「ペットフード」とは、犬又は猫の飲食に供することを目的として製造される物（おやつ及び栄養補助食品を含む。）をいいます。「輸出先登録」とは、輸出先の国・地域の当局に、製造施設若しくは製品を登録し、又は輸入の許可を受けることをいいます。「２年目枠」とは、前年度にこの補助金の交付を受けた事業者が、同じ輸出先を対象として申請する場合をいい、それ以外の場合を「初年度枠」といいます。また、「小規模企業者」とは、常時使用する従業員の数が20人以下の中小企業者をいいます。
""", 0)
    st += [P("３　補助対象経費と補助率", H1)]
    st += paras("補助率と上限額は、経費区分ごとに、初年度枠と２年目枠の別によって次のとおりです。", 0)
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「２年目枠」の欄は、前年度に交付を受けた事業者が同じ輸出先を対象とする場合に適用し、それ以外の場合は「初年度枠」の欄を適用します。",
        "※２ 「－」は補助の対象にならないことを示します。輸出先登録の申請は、初年度枠に限り対象とします。",
        f"※３ 補助金の額は、１事業者当たり{PET_FIRM_CAP}万円（２年目枠は{PET_FIRM_CAP_2}万円）を上限とし、千円未満の端数は切り捨てます。",
        f"※４ 小規模企業者が申請する場合は、上表の補助率に{PET_SMALL_BONUS}ポイントを加えます（上限額は変わりません）。",
    ])
    st += paras("次の経費は補助の対象になりません。", 0)
    st += bullets(PET_EXCLUDED, 0)
    st += [P("４　申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（食品産業振興課又は{PET_DESK}へ）",
        "② 申請書の提出（募集期間内に、事業計画書、見積書及び決算書の写しを添えて提出）",
        "③ 審査（書類審査と面談、令和７年７月中旬）",
        "④ 採択と交付決定の通知（令和７年８月上旬）",
        "⑤ 補助事業の実施（令和８年２月６日までに完了すること）",
        "⑥ 実績報告（事業の完了から20日以内。遅くとも令和８年２月20日まで）",
        "⑦ 補助金の額の確定と支払（令和８年３月）",
    ], 0)
    st += [P("５　これまでの実績", H1)]
    st += paras(f"""
申請件数は毎年増えており、令和６年度は{last[1]}件の申請があり、{last[2]}件を採択しました（うち２年目枠{fw(last[3])}件）。令和６年度の成果指標は、{fw(len(PET_KPI))}つのうち{fw(above)}つが目標を上回りました。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += notes(["※５ ２年目枠は令和３年度に設けたため、令和２年度の欄は「－」としています。"])
    st += [caption(kpi.title, "（令和６年度）"), kpi.flowable(), Spacer(1, 2)]
    st += notes(["※６ 達成率は、実績を目標で割って百分率で表し、小数点以下を四捨五入したものです。目標は「櫟県食品輸出促進プラン」によります。"])
    st += [CondPageBreak(SIBLING_ROOM + 12 * mm), P("６　活用事例（令和６年度）", H1)]
    for i, (head, where, what, amount, _items, _w) in enumerate(PET_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("輸出先", where), ("主な取組", what), ("補助金の額", amount)], 1)
    st += [P("７　よくある質問", H1)]
    qa = [
        ("海外見本市に持ち込む見本のペットフードの輸送費も、対象になりますか。",
         "対象になります。「海外見本市への出展」の経費に含めて申請してください。"),
        ("輸出先登録の更新にかかる手数料は、対象になりますか。",
         "対象になりません。初めて登録する場合の申請に限り対象とします。"),
        ("同じ年度に、二つの輸出先を対象として申請できますか。",
         "できません。申請は１事業者１件とし、輸出先は１か国・地域に限ります。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{PET_DEPT} 輸出推進班　電話：099-891-4420　ファクス：099-891-4429",
        f"{PET_DESK}（{PET_CENTER}内）　電話：099-891-4500",
        "電子メール：kunugi-petfood@example.jp",
    ]))
    return st


# ================================================================ document 2: musical-instrument makers' exports, survey report
GAKKI = f"{PREF}楽器製造業の輸出に関する実態調査"
GAKKI_DEPT = f"{PREF} 商工労働部 地域産業課"
KUMIAI = f"{PREF}楽器工業協同組合"
GAKKI_TARGET = 240  # 調査対象の企業 (全数)
PRODUCTS = [  # 品目, 回答企業数（社）, 輸出企業（社）, うち直接輸出（社）, 輸出額（百万円） (令和５年度)
    ("ピアノ・鍵盤楽器", 14, 11, 8, 2430), ("電子楽器", 22, 15, 9, 1865), ("管楽器", 18, 12, 7, 962),
    ("弦楽器", 26, 14, 6, 548), ("打楽器", 12, 5, 2, 137), ("和楽器", 20, 4, 1, 46),
    ("楽器部品", 31, 17, 6, 1214), ("付属品・ケース", 15, 5, 2, 89), ("その他", 10, 3, 1, 35),
]
SIZES = [  # 従業員規模, 回答企業数, うち輸出企業 (令和６年度調査), 令和３年度調査の割合（％）
    ("20人以下", 94, 34, Decimal("38.5")), ("21人以上100人以下", 56, 36, Decimal("60.0")),
    ("101人以上", 18, 16, Decimal("85.7")),
]
PREV_ALL = Decimal("50.0")  # 令和３年度調査の全体の割合
PREV_RESPONDENTS = 151  # 令和３年度調査の回答企業 (note only)
DESTS = [("米国", 41), ("中国", 29), ("ドイツ", 22), ("台湾", 18), ("韓国", 15)]  # 主な輸出先 (prose only)
ISSUES = [  # 輸出の課題, 回答数: 輸出企業, 輸出していない企業 (複数回答)
    ("海外の取引先の開拓", 38, 47), ("輸送中の破損・湿度の管理", 33, 12),
    ("ワシントン条約対象の木材等の手続", 29, 9), ("為替の変動", 27, 6),
    ("外国語での対応", 21, 35), ("修理・アフターサービスの体制", 25, 14),
]
GAKKI_CASES = [  # 見出し, 主な輸出先, 輸出の方法, 工夫していること (same labels in every sibling section)
    ("管楽器製造業Ｄ社（櫟市）", "米国、ドイツ", "直接輸出（現地の販売代理店と契約）",
     "修理を担う現地の技術者を年２回招き、調整の方法を教えている"),
    ("和楽器製造業Ｅ社（朝倉町）", "米国", "間接輸出（国内の商社を通じて）",
     "象牙やべっ甲に代わる素材の撥（ばち）を開発し、ワシントン条約の手続が要らない製品をそろえた"),
    ("楽器部品製造業Ｆ社（磯辺市）", "中国、台湾", "直接輸出（海外の楽器メーカーへの納入）",
     "相手のメーカーの規格に合わせた部品を、見本を添えて提案している"),
]


def gakki_totals():
    return tuple(sum(r[j] for r in PRODUCTS) for j in (1, 2, 3, 4))


def size_rows():
    """(従業員規模, 令和３年度調査, 令和６年度調査, 増減) with 全体 last."""
    out = []
    for name, n, k, prev in SIZES:
        now = pct1(k, n)
        out.append((name, prev, now, now - prev))
    n, k = sum(s[1] for s in SIZES), sum(s[2] for s in SIZES)
    now = pct1(k, n)
    out.append(("全体", PREV_ALL, now, now - PREV_ALL))
    return out


def gakki_specs():
    sizes = TableSpec(
        key="sizes", doc=GAKKI_PDF, title="従業員規模別の輸出企業の割合",
        header=[["従業員規模", "令和３年度調査（％）", "令和６年度調査（％）", "増減（ポイント）"]],
        rows=[[n, cell(a), cell(b), signed(d)] for n, a, b, d in size_rows()],
        col_widths=[46 * mm, 38 * mm, 38 * mm, 34 * mm], bold_rows=("全体",),
    )
    sizes.unit = lambda row, c, s=sizes: bracket_unit(s.column_label(c))
    sizes.col_range = {3: [2021, 2024]}
    rows = [[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in PRODUCTS]
    rows.append(["合計"] + [fw(x) for x in gakki_totals()])
    products = TableSpec(
        key="products", doc=GAKKI_PDF, title="品目別の回答企業と輸出の状況",
        header=[["品目", "回答\n企業数（社）", "輸出\n企業（社）", "うち直接\n輸出（社）", "輸出額\n（百万円）"]],
        rows=rows, col_widths=[40 * mm, 28 * mm, 28 * mm, 28 * mm, 30 * mm], table_fy=2023,
        repeat_header=False,
    )
    products.unit = lambda row, c, s=products: bracket_unit(s.column_label(c))
    n_all, n_exp = gakki_totals()[0], gakki_totals()[1]
    n_non = n_all - n_exp
    issues = TableSpec(
        key="issues", doc=GAKKI_PDF, title="輸出の課題（複数回答）",
        header=[["輸出の課題", "全体", "輸出企業", "輸出していない企業"]],
        rows=[[x, cell(pct1(a + b, n_all)), cell(pct1(a, n_exp)), cell(pct1(b, n_non))] for x, a, b in ISSUES],
        col_widths=[66 * mm, 24 * mm, 26 * mm, 40 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return sizes, products, issues


def gakki_story(specs):
    sizes, products, issues = specs
    n_all, n_exp, n_direct, value = gakki_totals()
    sr = {r[0]: r for r in size_rows()}
    wa = next(r for r in PRODUCTS if r[0] == "和楽器")
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{GAKKI} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年２月", DATE_RIGHT), P(GAKKI_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県内の楽器製造業の輸出の実態と課題を把握し、海外での販路開拓を支える施策に役立てるため"),
        ("調査対象", f"県内に事業所を置く楽器製造業及び楽器部品製造業の企業 {GAKKI_TARGET}社（全数）"),
        ("調査基準日", "令和６年（2024年）10月１日"),
        ("調査期間", "令和６年10月７日から11月８日まで"),
        ("調査方法", f"郵送及びウェブによるアンケート（{KUMIAI}の協力による）"),
        ("回答数", f"{n_all}社（回答率{pct1(n_all, GAKKI_TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「輸出企業」とは、令和５年度中に自社の製品を輸出した企業をいい、国内の商社等を通じて輸出した企業を含む。「直接輸出」とは、海外の取引先に自社で輸出することをいい、国内の商社等を通じて輸出することを「間接輸出」という。また、「輸出額」とは、令和５年度の輸出による売上高（間接輸出の場合は商社等への販売額）をいう。
""", 0)
    st += [P("２　輸出の状況", H1)]
    st += paras(f"""
令和５年度に製品を輸出した企業は、回答企業{n_all}社のうち{n_exp}社（{pct1(n_exp, n_all)}％）で、前回の令和３年度調査の{PREV_ALL}％を上回った。このうち直接輸出を行った企業は{n_direct}社で、輸出企業の半数に満たない。従業員規模別では、従業員20人以下の企業だけが前回の調査より割合が下がった。
""", 0)
    st += [caption(sizes.title), sizes.flowable(), Spacer(1, 2)]
    st += notes([f"※１ 前回の調査は令和３年度に行った（回答{PREV_RESPONDENTS}社）。増減は今回の割合から前回の割合を引いたもので、減少は「▲」で示す。"])
    st += [P("３　品目別の状況", H1)]
    st += paras(f"""
品目別では、輸出企業の数は楽器部品が、輸出額はピアノ・鍵盤楽器が最も多い。和楽器は、回答企業{wa[1]}社のうち輸出企業が{fw(wa[2])}社にとどまった。輸出額の合計は{value:,}百万円であった。
""", 0)
    st += [caption(products.title, "（令和５年度）", keep=False), products.flowable(), Spacer(1, 2)]
    st += notes(["※２ 品目は、各企業の売上高が最も大きい製品により分類した。「弦楽器」はギター、バイオリン等、「楽器部品」は弦、リード、鍵盤の機構等、「その他」はオルゴール、教育用楽器等である。"])
    st += [P("４　主な輸出先", H1)]
    (d1, k1), (d2, k2), (d3, k3), (d4, k4), (d5, k5) = DESTS
    st += paras(f"""
輸出企業{n_exp}社に主な輸出先を聞いたところ（複数回答）、{d1}が{k1}社で最も多く、次いで{d2}{k2}社、{d3}{k3}社、{d4}{k4}社、{d5}{k5}社の順であった。
""", 0)
    st += [CondPageBreak(SIBLING_ROOM + 12 * mm), P("５　企業の事例", H1)]
    for i, (head, dest, how, idea) in enumerate(GAKKI_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な輸出先", dest), ("輸出の方法", how), ("工夫していること", idea)], 1)
    st += [CondPageBreak(85 * mm), P("６　輸出の課題", H1)]
    st += paras("""
輸出企業では「海外の取引先の開拓」が最も多く、次いで「輸送中の破損・湿度の管理」であった。輸出していない企業では、「海外の取引先の開拓」に次いで「外国語での対応」が多い。
""", 0)
    st += [caption(issues.title, "（単位：％）"), issues.flowable(), Spacer(1, 2)]
    st += notes([
        f"※３ 回答企業（全体{n_all}社、輸出企業{n_exp}社、輸出していない企業{n_all - n_exp}社）が回答した。複数回答のため、合計は100％にならない。",
    ])
    st += [P("７　県への主な要望（自由記述）", H1)]
    st += bullets([
        "海外の楽器見本市に、県の共同ブースを出してほしい。",
        "ワシントン条約の手続について相談できる窓口がほしい。",
        "楽器の輸送に適した梱包材の開発を支援してほしい。",
    ], 0)
    st += [P("８　今後の取組", H1)]
    st += numbered([
        f"① 海外の楽器見本市への共同出展を、{KUMIAI}と令和７年度中に検討する。",
        "② ワシントン条約の手続についての相談会を、年２回開く。",
        "③ 輸出の手続と梱包の事例を集めた手引を作成する。",
        "④ 次回の調査は、令和９年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("９　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{GAKKI_DEPT} 地場産業班　電話：099-894-2610　ファクス：099-894-2619",
        f"{KUMIAI}（輸出の相談）　電話：099-894-2700",
        "電子メール：kunugi-gakki@example.jp",
    ]))
    return st


# ================================================================ document 3: bicycle and parts export subsidy, grant guideline
JITENSHA = f"{PREF}自転車・自転車部品輸出促進事業費補助金"
JITENSHA_DEPT = f"{PREF} 商工労働部 ものづくり振興課"
SHINKOKAI = f"一般社団法人{PREF}自転車産業振興会"
JI_RATES = [  # 補助対象経費, 中小企業者の補助率（％）, 小規模企業者の補助率（％）, 上限額（千円）
    ("海外見本市出展費", 50, 60, 800), ("海外規格適合試験費", 50, 60, 600),
    ("取扱説明書等翻訳費", 50, 60, 200), ("輸出用梱包改良費", 40, 50, 300),
    ("海外商談渡航費", 40, 50, 250),
]
JI_FIRM_CAP = 200  # 第５条: 万円 per firm, while the 別表 is in 千円
EBIKE_FACTOR = Decimal("1.5")  # 第５条２: the cap of 海外規格適合試験費 for 電動アシスト自転車
JI_YEARS = (2022, 2023, 2024)
JI_DESTS = [  # 輸出先: 交付件数 in 令和４, ５, ６年度
    ("台湾", 2, 3, 4), ("中国", 1, 1, 2), ("韓国", 1, 0, 1), ("タイ", 0, 1, 1), ("ベトナム", 1, 1, 0),
    ("米国", 2, 2, 3), ("ドイツ", 1, 1, 1), ("オランダ", 0, 1, 1), ("その他", 1, 2, 1),
]
JI_AMOUNTS = {2022: 5120, 2023: 6984, 2024: 8236}  # 交付額（千円） by year (prose only)
EBIKE_2024 = 5  # 令和６年度の電動アシスト自転車に関する交付 (prose only)
JI_START = 4  # 附則: the guideline took effect on 令和４年４月１日 (no Western year is printed)
JI_CASES = [  # 見出し, 輸出先, 補助対象経費, 補助金の額 (same labels in every sibling section); cost items; e-bike
    ("完成車製造業Ｇ社（櫟市）", "台湾", "海外見本市出展費", "40万円", ("海外見本市出展費",), False),
    ("自転車部品製造業Ｈ社（磯辺市）", "ドイツ", "海外規格適合試験費、取扱説明書等翻訳費", "52万円",
     ("海外規格適合試験費", "取扱説明書等翻訳費"), False),
    ("電動アシスト自転車製造業Ｉ社（朝倉町）", "オランダ", "海外規格適合試験費（電動アシスト自転車）", "84万円",
     ("海外規格適合試験費",), True),
]
JI_DOCUMENTS = [  # 申請に必要な書類
    "交付申請書（様式第１号）", "事業計画書（様式第２号）", "補助対象経費の見積書の写し", "直近２期分の決算書の写し",
]


def jitensha_specs():
    rates = TableSpec(
        key="ji_rates", doc=JITENSHA_PDF, title="別表　補助対象経費、補助率及び上限額",
        header=[["補助対象経費", "中小企業者の\n補助率（％）", "小規模企業者\nの補助率（％）", "上限額\n（千円）"]],
        rows=[[n, fw(a), fw(b), fw(c)] for n, a, b, c in JI_RATES],
        col_widths=[52 * mm, 34 * mm, 34 * mm, 30 * mm], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(c), fw(a + b + c)] for n, a, b, c in JI_DESTS]
    rows.append(["合計"] + [fw(sum(r[j] for r in JI_DESTS)) for j in (1, 2, 3)]
                + [fw(sum(sum(r[1:]) for r in JI_DESTS))])
    dests = TableSpec(
        key="ji_dests", doc=JITENSHA_PDF, title="輸出先別の交付件数",
        header=[["輸出先"] + [era(y) for y in JI_YEARS] + ["計"]],
        rows=rows, col_widths=[36 * mm, 28 * mm, 28 * mm, 28 * mm, 24 * mm], unit="件",
    )
    dests.col_range = {4: [JI_YEARS[0], JI_YEARS[-1]]}
    return rates, dests


def jitensha_story(specs):
    rates, dests = specs
    per_year = [sum(r[j] for r in JI_DESTS) for j in (1, 2, 3)]
    total = sum(per_year)
    amount = sum(JI_AMOUNTS.values())
    st = [Spacer(1, 2 * mm), P(f"{JITENSHA}交付要綱", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(JITENSHA_DEPT, DATE_RIGHT), Spacer(1, 2 * mm)]
    st += article("趣旨", f"第１条　知事は、県内の中小企業者が製造する自転車等の輸出を促進するため、海外での販路の開拓、海外規格への適合等に要する経費に対し、予算の範囲内において{JITENSHA}（以下「補助金」という。）を交付するものとし、その交付については、{PREF}補助金等交付規則に定めるもののほか、この要綱に定めるところによる。")
    st += article(
        "定義",
        "第２条　この要綱において「自転車等」とは、自転車（電動アシスト自転車を含む。）及び自転車部品（フレーム、変速機、ブレーキ、ホイール、サドル等をいう。）をいう。",
        "２　この要綱において「電動アシスト自転車」とは、人の力を補うために電動機を用いる自転車をいう。",
        "３　この要綱において「海外規格」とは、輸出先の国・地域で自転車等を販売するために求められ、又は取引先から求められる安全規格（ＥＮ規格、ＩＳＯ規格等）をいう。",
        "４　この要綱において「小規模企業者」とは、常時使用する従業員の数が20人以下の中小企業者をいう。",
    )
    st += article("補助対象者", "第３条　補助金の交付の対象となる者は、県内に事業所を有し、自転車等を製造する中小企業者とする。ただし、県税を滞納している者を除く。")
    st += article("補助対象経費及び補助率", "第４条　補助の対象となる経費（以下「補助対象経費」という。）、補助率及び上限額は、別表のとおりとする。")
    st += article(
        "補助金の額",
        f"第５条　補助金の額は、補助対象経費の区分ごとに、補助対象経費の額に別表の補助率を乗じて得た額（その額が別表の上限額を超えるときは、上限額）を合計した額とし、１事業者当たり{JI_FIRM_CAP}万円を上限とする。",
        f"２　電動アシスト自転車について行う海外規格適合試験費の上限額は、前項の規定にかかわらず、別表の上限額に{EBIKE_FACTOR}を乗じて得た額とする。",
        "３　前２項により算出した額に千円未満の端数があるときは、これを切り捨てる。",
    )
    st += article("補助対象外経費", "第６条　次に掲げる経費は、補助対象経費としない。")
    st += [P(t, ITEM) for t in (
        "(1)　自転車等の製造、改良及び原材料の仕入れに要する経費",
        "(2)　補助事業者の役員及び従業員の人件費",
        "(3)　輸出先で課される関税、付加価値税等の税",
        "(4)　交付決定の日より前に発注し、又は支払った経費",
    )]
    st += article("交付の申請", "第７条　補助金の交付を受けようとする者は、知事が別に定める期日までに、交付申請書（様式第１号）に事業計画書（様式第２号）その他知事が必要と認める書類を添えて、知事に提出しなければならない。")
    st += article("実績報告", "第８条　補助事業者は、補助事業が完了した日から起算して30日を経過した日又は補助金の交付の決定を受けた年度の２月末日のいずれか早い日までに、実績報告書（様式第３号）を知事に提出しなければならない。")
    st += article("輸出実績の報告", "第９条　補助事業者は、補助事業が完了した日の属する年度の翌年度から３年間、毎年度の自転車等の輸出額を、その翌年度の５月31日までに知事に報告しなければならない。")
    st += [P("附　則", ARTICLE_HEAD), P(f"この要綱は、令和{fw(JI_START)}年４月１日から施行する。", indented(0))]
    st += [caption(rates.title), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「中小企業者の補助率」の欄は、小規模企業者以外の中小企業者に適用する。",
        f"※２ 電動アシスト自転車の海外規格適合試験費の上限額は、第５条第２項により、上表の額の{EBIKE_FACTOR}倍とする。",
    ])
    st += [CondPageBreak(40 * mm), P("（参考１）令和７年度の募集", H1)]
    st += lv_lines([
        ("募集期間", "令和７年５月７日から６月13日まで（必着）"),
        ("予算額", "2,000万円"),
        ("採択予定件数", "12件程度"),
        ("補助事業期間", "交付決定の日から令和８年１月30日まで"),
    ], 0)
    st += paras("申請には、次の書類が必要です。", 0)
    st += bullets(JI_DOCUMENTS, 0)
    st += [P("（参考２）申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（ものづくり振興課又は{SHINKOKAI}へ）",
        "② 交付申請（様式第１号に事業計画書と見積書を添えて提出）",
        "③ 審査と交付決定の通知（令和７年７月下旬）",
        "④ 補助事業の実施（令和８年１月30日までに完了すること）",
        "⑤ 実績報告（第８条の期限までに様式第３号を提出）",
        "⑥ 補助金の額の確定と支払（令和８年３月）",
    ], 0)
    st += [P("（参考３）交付の実績", H1)]
    a22, a23, a24 = (JI_AMOUNTS[y] for y in JI_YEARS)
    st += paras(f"""
令和４年度から令和６年度までの３年間に、延べ{total}件、{amount:,}千円を交付しました。交付額は、令和４年度が{a22:,}千円、令和５年度が{a23:,}千円、令和６年度が{a24:,}千円です。輸出先別では、３年間で台湾が最も多くなっています。令和６年度の{per_year[2]}件のうち{fw(EBIKE_2024)}件は、電動アシスト自転車に関するものでした。
""", 0)
    st += [caption(dests.title, "（単位：件）"), dests.flowable(), Spacer(1, 2)]
    st += notes(["※３ 「その他」は、令和４年度がオーストラリア、令和５年度がフランスと英国、令和６年度がカナダです。"])
    st += [CondPageBreak(SIBLING_ROOM + 12 * mm), P("（参考４）補助事業の事例（令和６年度）", H1)]
    for i, (head, where, items, amount, _c, _e) in enumerate(JI_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("輸出先", where), ("補助対象経費", items), ("補助金の額", amount)], 1)
    st += [CondPageBreak(30 * mm), P("問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{JITENSHA_DEPT} 産業振興班　電話：099-897-3150　ファクス：099-897-3159",
        f"{SHINKOKAI}（事前相談・海外規格の相談）　電話：099-897-3200",
        "電子メール：kunugi-jitensha@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return pet_specs() + gakki_specs() + jitensha_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    pspecs, gspecs, jspecs = pet_specs(), gakki_specs(), jitensha_specs()
    pdoc = build_pdf(docs_dir / PET_PDF, pspecs, pet_story(pspecs),
                     f"令和７年度 {PET} 募集要項", "令和７年４月", PET_DEPT)
    gdoc = build_pdf(docs_dir / GAKKI_PDF, gspecs, gakki_story(gspecs),
                     f"令和６年度 {GAKKI} 報告書", "令和７年２月", GAKKI_DEPT)
    jdoc = build_pdf(docs_dir / JITENSHA_PDF, jspecs, jitensha_story(jspecs),
                     f"{JITENSHA}交付要綱", "令和７年４月", JITENSHA_DEPT)
    gold = all_gold({PET_PDF: pdoc.row_pages, GAKKI_PDF: gdoc.row_pages, JITENSHA_PDF: jdoc.row_pages})
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
    # --- petfood: the pet-food export subsidy call, tables (a) (b) (c), definitions, notes, costs not covered, sibling sections, Q&A
    dict(question="従業員12人のドッグフードメーカーが、初めて台湾に輸出するために、成分分析を45万円で検査機関に頼むそうです。補助金はいくらになりますか？",
         category="petfood", doc=PET_PDF,
         evidence=["常時使用する従業員の数が20人以下", "成分分析・品質検査 50 400 50 250", "補助率に10ポイントを加えます"],
         answer=["27万円"], computed=True,
         notes="three facts: 12人 is within the 20人 of 小規模企業者 (definition in ２), whose rate gets 10 points more "
               "(note ※４); a first export to 台湾 is 初年度枠 (definition, note ※１); (a) leaf 初年度枠／補助率（％） 50 + 10 = 60 %: "
               "450千円 × 60 % = 270千円 = 27万円, within the cap 400千円; 22.5万円 (no bonus) is the trap"),
    dict(question="2025年度の募集で、去年この補助金を使ってシンガポールの見本市に出た会社が、今年も同じシンガポール向けに出展するそうです。見本市の出展の上限額はいくらですか？",
         category="petfood", doc=PET_PDF,
         evidence=["前年度にこの補助金の交付を受けた事業者が", "海外見本市への出展 50 800 40 600"], answer=["600"],
         notes="the 「２年目枠」 definition (granted last year, same destination) picks the group; (a) two-level header, leaf "
               "２年目枠／上限額（千円）; 800 (初年度枠) and 40 (the rate of the same group) are the traps; 2025年度 = 令和７年度 "
               "(the call prints only 2020年度 in Western form)"),
    dict(question="前の年度に補助を受けて韓国向けの登録を進めた会社が、まだ登録が終わっていないので、今年度も韓国向けで登録申請の費用を申請したいそうです。補助の対象になりますか？",
         category="petfood", doc=PET_PDF,
         evidence=["輸出先登録の申請は、初年度枠に限り対象とします", "輸出先登録の申請 60 600"], answer=["初年度枠"],
         notes="the 「－」 cells of (a): the same destination after a grant last year is ２年目枠, whose row 輸出先登録の申請 is "
               "printed 「－」; note ※２ says registration is covered only under 初年度枠 (a no); 60 / 600 are the traps"),
    dict(question="2020年度に、２年目枠で採択された案件はありましたか？",
         category="petfood", doc=PET_PDF, evidence=["２年目枠は令和３年度に設けたため"], answer=["令和３年度"],
         notes="the 「－」 cell of (b) (令和２年度, うち２年目枠（件）) with note ※５: the window was set up in 令和３年度, so none; "
               "2020年度 = 令和２年度 (printed once in Western form in １)"),
    dict(question="2024年度は、申請のうち何％が採択されましたか？",
         category="petfood", doc=PET_PDF, evidence=["令和６年度 24 14 ５ 9,126"], answer=["58.3%"], computed=True,
         notes="(b) years as rows, two-line headers: 2024年度 = 令和６年度; 採択件数 / 申請件数 = 14 / 24 = 58.3 %"),
    dict(question="令和６年度の成果指標で、輸出先の登録が完了した件数は、目標に対して何％の達成でしたか？",
         category="petfood", doc=PET_PDF, evidence=["輸出先登録の完了件数（件） ８ ６ 75"], answer=["75"],
         notes="(c) KPI table, column 達成率（％）; ８ (目標) and ６ (実績) are the traps; the unit of 目標 and 実績 is in the "
               "row label's bracket"),
    dict(question="補助を受けた事業者の輸出額は、目標をどれだけ上回りましたか？",
         category="petfood", doc=PET_PDF, evidence=["補助事業者の輸出額（万円） 12,000 13,560 113"], answer=["1,560万円"],
         computed=True,
         notes="(c) difference in a KPI row, the unit from the row label's bracket: 13,560 − 12,000 = 1,560万円 "
               "(113 is the 達成率 in per cent)"),
    dict(question="猫のフードを作っている会社の活用事例では、補助金はいくら出ましたか？",
         category="petfood", doc=PET_PDF, evidence=["（３）猫用フード製造業Ｃ社", "補助金の額：29万円"], answer=["29万円"],
         notes="sibling sections （１）–（３） of ６ share the labels 輸出先, 主な取組, 補助金の額; （３）猫用フード製造業Ｃ社 "
               "(猫のフード = 猫用フード); 54万円 and 63万円 are the siblings' values"),
    dict(question="東京で開かれるペット用品の展示会に出る費用は、この補助金の対象になりますか？",
         category="petfood", doc=PET_PDF,
         evidence=["次の経費は補助の対象になりません", "国内で開かれる見本市への出展に要する経費"], answer=["対象になりません"],
         notes="the costs not covered (the lead sentence at the foot of page 1, the ○ items at the top of page 2): a fair "
               "in Japan is not covered; 海外見本市への出展 (covered) is the near miss"),
    dict(question="海外の見本市に持っていく見本のフードの送料も、補助してもらえますか？",
         category="petfood", doc=PET_PDF, evidence=["対象になります。「海外見本市への出展」の経費に含めて"],
         answer=["対象になります"],
         notes="Q&A: Ａ of Ｑ１ (a yes, as part of the fair's costs); the cost not covered 国内で開かれる見本市 and the no of "
               "Ａ２ are the traps"),
    # --- gakki: the survey of musical-instrument makers' exports, tables (d) (e) (f), a definition, prose figures, sibling sections
    dict(question="楽器メーカーの輸出の実態調査は、回答率が何％でしたか？",
         category="gakki", doc=GAKKI_PDF, evidence=["回答数：168社（回答率70.0％）"], answer=["70.0"],
         notes="「label：value」 line 回答数 (168 of the 240社 of 調査対象, 全数); 51.2 % (輸出企業) is a near miss"),
    dict(question="自社では輸出せず、国内の商社に卸して海外で売ってもらっている楽器メーカーは、この調査でいう「輸出企業」に入りますか？",
         category="gakki", doc=GAKKI_PDF, evidence=["国内の商社等を通じて輸出した企業を含む"], answer=["含む"],
         notes="definition 「輸出企業」とは…国内の商社等を通じて輸出した企業を含む (a yes; such a firm exports 間接輸出, "
               "the near miss 直接輸出 is defined next)"),
    dict(question="従業員20人以下の会社で輸出している割合は、前回の調査と比べてどう変わりましたか？",
         category="gakki", doc=GAKKI_PDF, evidence=["20人以下 38.5 36.2 ▲2.3"], answer=["2.3"],
         notes="(e) the 増減 column prints the one decrease with ▲ (note ※１): ▲2.3 points, from 38.5 to 36.2; a reply may say "
               "「2.3ポイント下がった」"),
    dict(question="2021年度の調査では、従業員が101人以上の会社のうち、輸出していた会社の割合は何％でしたか？",
         category="gakki", doc=GAKKI_PDF, evidence=["101人以上 85.7 88.9 3.2"], answer=["85.7"],
         notes="(e) column 令和３年度調査（％）: 2021年度 = 令和３年度 (the report prints only 2024年 in Western form); 88.9 "
               "(令和６年度調査) is the trap"),
    dict(question="令和５年度、サックスのリードやギターの弦を作っている会社の品目では、輸出額はいくらでしたか？",
         category="gakki", doc=GAKKI_PDF, evidence=["「楽器部品」は弦、リード", "楽器部品 31 17 ６ 1,214"], answer=["1,214"],
         notes="note ※２ picks the row: strings and reeds are 楽器部品 (弦楽器 = ギター、バイオリン等 is the trap, 548); (d) "
               "continuation page (no header there), column 輸出額（百万円）"),
    dict(question="弦楽器のメーカーで輸出している会社のうち、自社で直接輸出しているのは何％ですか？",
         category="gakki", doc=GAKKI_PDF, evidence=["弦楽器 26 14 ６ 548"], answer=["42.9%"], computed=True,
         notes="(d) first row of the continuation page: うち直接輸出 / 輸出企業 = 6 / 14 = 42.9 % (6 / 26 of all "
               "respondents is a wrong reading)"),
    dict(question="輸出している楽器メーカーのうち、ドイツに輸出している会社はどのくらいの割合ですか？",
         category="gakki", doc=GAKKI_PDF, evidence=["輸出企業86社に主な輸出先を聞いた", "中国29社、ドイツ22社"],
         answer=["25.6%"], computed=True,
         notes="prose only (４, in no table): 22 of the 86 輸出企業 = 25.6 % (22 / 168 of all respondents is a wrong reading)"),
    dict(question="まだ輸出していない会社のうち、外国語での対応を課題に挙げたのは何％ですか？",
         category="gakki", doc=GAKKI_PDF, evidence=["外国語での対応 33.3 24.4 42.7"], answer=["42.7"],
         notes="(f) unruled table, column 輸出していない企業 (the ｎ 82 in note ※３); 33.3 (全体) and 24.4 (輸出企業) are the traps"),
    dict(question="三味線や琴などを作っている会社の事例では、どのような方法で輸出していますか？",
         category="gakki", doc=GAKKI_PDF, evidence=["（２）和楽器製造業Ｅ社", "輸出の方法：間接輸出（国内の商社を通じて）"],
         answer=["間接輸出"],
         notes="sibling sections （１）–（３） of ５ share the labels 主な輸出先, 輸出の方法, 工夫していること; （２）和楽器製造業Ｅ社 "
               "(三味線や琴 = 和楽器); 直接輸出 (the siblings' value) is the trap"),
    dict(question="県は、この調査の次の回をいつ行う予定ですか？",
         category="gakki", doc=GAKKI_PDF, evidence=["次回の調査は、令和９年度に行う"], answer=["令和９年度"],
         notes="numbered list ①–④ of ８ (今後の取組), item ④; 令和７年度 (item ①) is the near miss"),
    # --- jitensha: the bicycle export subsidy guideline, tables (g) (h), articles, prose figures, sibling sections
    dict(question="従業員15人の自転車部品メーカーが、ドイツ向けにＥＮ規格の試験を受けたいそうです。補助率は何％ですか？",
         category="jitensha", doc=JITENSHA_PDF,
         evidence=["常時使用する従業員の数が20人以下", "海外規格適合試験費 50 60 600"], answer=["60"],
         notes="two facts: 15人 is within the 20人 of 小規模企業者 (第２条第４項) and an ＥＮ規格 test is 海外規格 (第２条第３項); "
               "(g) column 小規模企業者の補助率（％） (header over two lines); 50 (note ※１: other 中小企業者) is the trap"),
    dict(question="電動アシスト自転車のメーカーが、オランダ向けに安全規格の試験を受ける場合、補助の上限額はいくらになりますか？",
         category="jitensha", doc=JITENSHA_PDF,
         evidence=["別表の上限額に1.5を乗じて得た額", "海外規格適合試験費 50 60 600"], answer=["900千円"], computed=True,
         notes="an article changing how (g) is read: 第５条第２項 (and note ※２) raise the cap of 海外規格適合試験費 for 電動アシスト"
               "自転車 by 1.5: 600 × 1.5 = 900千円; 600 is the trap"),
    dict(question="社員50人の完成車メーカーが、海外の見本市への出展と海外規格の試験の両方で、それぞれ上限いっぱいまで補助を受けると、合わせていくらになりますか？",
         category="jitensha", doc=JITENSHA_PDF,
         evidence=["海外見本市出展費 50 60 800", "海外規格適合試験費 50 60 600", "１事業者当たり200万円を上限"],
         answer=["1,400千円"], computed=True,
         notes="(g) sum in the column 上限額（千円）: 800 + 600 = 1,400千円, within the firm cap of 200万円 in 第５条 (in 万円, "
               "while the table is in 千円)"),
    dict(question="この補助金の交付要綱は、西暦で何年から施行されていますか？",
         category="jitensha", doc=JITENSHA_PDF, evidence=["この要綱は、令和４年４月１日から施行する"], answer=["2022年"],
         computed=True,
         notes="era → Western year: the 附則 gives 令和４年４月１日 → 2022年 (the guideline prints no Western year)"),
    dict(question="2023年度にベトナム向けで交付された件数は何件ですか？",
         category="jitensha", doc=JITENSHA_PDF, evidence=["ベトナム １ １ ０ ２"], answer=["１"],
         notes="(h) fiscal years as columns, unit only in the caption note （単位：件）: 2023年度 = 令和５年度; ２ (計) is the trap"),
    dict(question="この３年間で、交付件数が２番目に多い輸出先はどこですか？",
         category="jitensha", doc=JITENSHA_PDF, evidence=["米国 ２ ２ ３ ７ ドイツ"], answer=["米国"],
         notes="(h) ranking by the total column on the right (計): 台湾 ９, 米国 ７, 中国 and その他 ４; the rows are not sorted "
               "and the prose names only 台湾; second-largest"),
    dict(question="補助事業が終わったら、実績報告書はいつまでに出せばよいですか？",
         category="jitensha", doc=JITENSHA_PDF,
         evidence=["起算して30日を経過した日又は", "２月末日のいずれか早い日までに"], answer=["30日", "２月末日"],
         notes="第８条: 30 days after completion or the end of February of the year of the grant, whichever is earlier; "
               "two answer items; the 輸出額 reports of 第９条 (５月31日) are the near miss"),
    dict(question="電動アシスト自転車を作っている会社の事例では、補助金はいくらでしたか？",
         category="jitensha", doc=JITENSHA_PDF, evidence=["（３）電動アシスト自転車製造業Ｉ社", "補助金の額：84万円"],
         answer=["84万円"],
         notes="sibling sections （１）–（３） of （参考４） share the labels 輸出先, 補助対象経費, 補助金の額; （３）電動アシスト自転車"
               "製造業Ｉ社; 40万円 and 52万円 are the siblings' values"),
    dict(question="令和６年度の交付額は、１件当たり平均でいくらでしたか？",
         category="jitensha", doc=JITENSHA_PDF, evidence=["令和６年度が8,236千円", "合計 ９ 12 14 35"], answer=["588.3千円"],
         computed=True,
         notes="prose-only amount (（参考３）) over the count of (h)'s 合計 row in 令和６年度: 8,236 / 14 = 588.3千円 "
               "(20,340 / 35 over three years is a wrong reading)"),
    # --- followups
    dict(question="では、その経費を２年目枠で申請する場合、上限額はいくらですか？",
         category="followup", doc=PET_PDF, evidence=["成分分析・品質検査 50 400 50 250"], answer=["250"],
         history=_turns("成分分析や品質検査を初年度枠で申請する場合、補助率は何％ですか？",
                        "初年度枠の成分分析・品質検査の補助率は50％です[1]。"),
         notes="(a) the row from the history (成分分析・品質検査), the other group and the other leaf: ２年目枠／上限額（千円）; "
               "400 (初年度枠) is the trap"),
    dict(question="その品目の輸出額はいくらでしたか？",
         category="followup", doc=GAKKI_PDF, evidence=["電子楽器 22 15 ９ 1,865"], answer=["1,865"],
         history=_turns("令和５年度に、電子楽器のメーカーで輸出していたのは何社ですか？",
                        "電子楽器の輸出企業は15社でした[1]。"),
         notes="(d) the row from the history (電子楽器, on the page before the break), column 輸出額（百万円）"),
    dict(question="それを挙げた割合は、輸出していない会社ではどのくらいですか？",
         category="followup", doc=GAKKI_PDF, evidence=["輸送中の破損・湿度の管理 26.8 38.4 14.6"], answer=["14.6"],
         history=_turns("輸出している楽器メーカーが挙げた課題で、２番目に多かったのは何ですか？",
                        "「輸送中の破損・湿度の管理」で、輸出企業の38.4％が挙げました[1]。"),
         notes="(f) unruled table, the row from the history, column 輸出していない企業; 26.8 (全体) is the trap"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=JITENSHA_PDF, evidence=["電話：099-897-3200"], answer=["099-897-3200"],
         history=_turns("海外規格の試験について、申請の前に相談したい自転車メーカーがあります。どこに相談できますか？",
                        "海外規格の相談は、一般社団法人櫟県自転車産業振興会が受け付けています[1]。"),
         notes="contact box of the guideline: the 振興会's phone (second line); the 班's phone 099-897-3150 and fax "
               "099-897-3159 (first line) are the near misses"),
    dict(question="その国・地域について、３年間の合計は何件ですか？",
         category="followup", doc=JITENSHA_PDF, evidence=["台湾 ２ ３ ４ ９ 中国"], answer=["９"],
         history=_turns("令和６年度に、台湾向けで交付された件数は何件ですか？",
                        "台湾向けは４件でした[1]。"),
         notes="(h) the row from the history (台湾), the total column on the right 計 (令和４年度–令和６年度)"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="補助を受けた事業者のペットフードの輸出量は、全部で何トンでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives the grantees' export value (輸出額, KPI) in 万円, never a tonnage",
         absent=["輸出量", "トン数"]),
    dict(question="この補助金の審査では、どの項目に何点が配点されていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call names the review (書類審査と面談) and its month, not its criteria or points",
         absent=["配点", "審査基準", "点数"]),
    dict(question="従業員５人以下の小さな楽器工房に限ると、輸出している割合は何％ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="a class not printed: the survey's smallest class is 20人以下 (36.2 %)",
         absent=["５人以下", "工房"]),
    dict(question="海外に工場や販売会社を持っている楽器メーカーは何社ありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives exporters, direct exporters and destinations, not bases abroad",
         absent=["現地法人", "海外拠点", "海外工場", "販売会社"]),
    dict(question="この補助金は、電子申請でオンラインから申し込めますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="a rule never stated: the guideline names the forms (様式第１号…) and the documents, not how they are filed",
         absent=["電子申請", "オンライン"]),
    dict(question="補助を受けた自転車メーカーは、その後、輸出額がどのくらい伸びていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="第９条 requires the grantees to report their exports for three years, but no result is given",
         absent=["伸び", "増加率", "報告された輸出額"]),
]
CATEGORY_COUNTS = {"petfood": 10, "gakki": 10, "jitensha": 9, "followup": 5, "unanswerable": 6}
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h85q", "h85t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H = (
    "経費区分別の補助率と上限額", "申請と交付の実績", "成果指標の目標と実績",
    "品目別の回答企業と輸出の状況", "従業員規模別の輸出企業の割合", "輸出の課題（複数回答）",
    "別表　補助対象経費、補助率及び上限額", "輸出先別の交付件数")
LETTERS = dict(zip((A, B, C, D, E, F, G, H), "abcdefgh"))
GOLD_PER_TABLE = {A: 18, B: 23, C: 12, D: 40, E: 12, F: 18, G: 15, H: 40}
DASH_PLANNED = {  # (table, row, column) of every cell printed 「－」
    (A, "輸出先登録の申請", "２年目枠／補助率（％）"), (A, "輸出先登録の申請", "２年目枠／上限額（千円）"),
    (B, "令和２年度", "うち２年目枠（件）"),
}


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y, unit) -> str:
    q = half_up(Decimal(x) / Decimal(y), "0.1")
    return f"{int(q) if q == q.to_integral() else q}{unit}"


def _sen(n) -> str:
    n = Decimal(str(n))
    return f"{int(n):,}千円" if n == n.to_integral() else f"{n}千円"


def _pet_grant(g) -> str:
    """h85q01: a 小規模企業者's 成分分析 of 450千円 under 初年度枠, in 万円 (note ※４ bonus, table cap, firm cap)."""
    rate = g(A, "成分分析・品質検査", "初年度枠／補助率（％）", 2025) + PET_SMALL_BONUS
    cap = g(A, "成分分析・品質検査", "初年度枠／上限額（千円）", 2025)
    sen = min(450 * rate // 100, cap, PET_FIRM_CAP * 10)
    return f"{sen // 10}万円" if sen % 10 == 0 else f"{Decimal(sen) / 10}万円"


COMPUTED = {  # question id -> the answer string, computed from gold cells (or, where a note says so, prose data)
    "h85q01": _pet_grant,
    "h85q05": lambda g: _pct(g(B, "令和６年度", "採択件数（件）", 2024), g(B, "令和６年度", "申請件数（件）", 2024)),
    "h85q07": lambda g: f"{g(C, '補助事業者の輸出額（万円）', '実績', 2024) - g(C, '補助事業者の輸出額（万円）', '目標', 2024):,}万円",
    "h85q16": lambda g: _pct(g(D, "弦楽器", "うち直接輸出（社）", 2023), g(D, "弦楽器", "輸出企業（社）", 2023)),
    "h85q17": lambda g: _pct(dict(DESTS)["ドイツ"], g(D, "合計", "輸出企業（社）", 2023)),
    "h85q22": lambda g: _sen(g(G, "海外規格適合試験費", "上限額（千円）", 2025) * EBIKE_FACTOR),
    "h85q23": lambda g: _sen(min(JI_FIRM_CAP * 10, g(G, "海外見本市出展費", "上限額（千円）", 2025)
                                 + g(G, "海外規格適合試験費", "上限額（千円）", 2025))),
    "h85q24": lambda g: f"{era_year('令和', str(JI_START))}年",
    "h85q29": lambda g: _avg(JI_AMOUNTS[2024], g(H, "合計", "令和６年度", 2024), "千円"),
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {PET_PDF: (3, 3), GAKKI_PDF: (3, 3), JITENSHA_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (8, 40)  # after norm
N_QUESTIONS, N_UNANSWERABLE = 40, 6
TABLE_QUESTIONS = 12  # at least, outside the followups
BEFORE_BREAK_ROWS = ("ピアノ・鍵盤楽器", "電子楽器")  # rows of (d) expected before the page break
CONTINUED_ROWS = ("弦楽器", "和楽器", "楽器部品", "合計")  # and after it
TWO_LINE_TABLES = ("pet_record", "products", "ji_rates")  # every value header printed over two lines


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout85.py")
    for name in ("questions.jsonl", "tables.jsonl"):
        text = (out / name).read_text(encoding="utf-8")
        for pref in FORBIDDEN_PREFS:
            if pref in text:
                errors.append(f"{name} names a prefecture of another set")
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
    if len(questions) != N_QUESTIONS:
        errors.append(f"{len(questions)} questions, expected {N_QUESTIONS}")
    ids = [q.get("id") for q in questions]
    if len(set(ids)) != len(ids):
        errors.append("question ids are not unique")
    if sum(q.get("category") == "unanswerable" for q in questions) != N_UNANSWERABLE:
        errors.append(f"expected {N_UNANSWERABLE} unanswerable questions")
    for i, q in enumerate(questions, 1):
        qid = q.get("id")
        if qid != f"{PREFIX_Q}{i:02d}":
            errors.append(f"question {i}: id {qid!r}, expected {PREFIX_Q}{i:02d}")
        keys = set(q) - {"computed", "history"}
        if keys != QUESTION_KEYS:
            errors.append(f"{qid}: fields {sorted(keys)}")
            continue
        if "\n" in q["notes"]:
            errors.append(f"{qid}: notes should be one line")
        history = q.get("history")
        if q["category"] == "followup" and not history:
            errors.append(f"{qid}: a followup without a history")
        if history and q["category"] != "followup":
            errors.append(f"{qid}: only followups have a history")
        if history:
            roles = [t["role"] for t in history]
            if roles != ["user", "assistant"] or set(history[0]) != {"role", "content"}:
                errors.append(f"{qid}: history must be one user turn and one assistant turn")
            if "[1]" not in history[1]["content"]:
                errors.append(f"{qid}: the assistant turn lacks its [1] citation marker")
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
        if not 1 <= len(q["evidence"]) <= 3 or not 1 <= len(q["answer"]) <= 2:
            errors.append(f"{qid}: an answerable question needs 1-3 evidence strings and 1-2 answers")
        errors += check_answerable(qid, q, doc_text[q["doc"]], EVIDENCE_LEN)
        if q.get("computed"):
            # stricter than docgen: not even the bare number of a computed answer is printed
            for a in q["answer"]:
                bare = re.sub(r"(%|千円|万円|年)$", "", nfkc(a))
                if bare in doc_text[q["doc"]]:
                    errors.append(f"{qid}: the computed number {bare} is printed in its document")
        for t in table_of(q):
            if next(g["doc"] for g in gold if g["table"] == t) != q["doc"]:
                errors.append(f"{qid}: its notes name table {t} of another document")
    errors += check_question_mix(questions, CATEGORY_COUNTS, western_share=(0.35, 0.65))
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
    for doc in ALL_PDFS:
        if sum(q["doc"] == doc for q in questions) < 10:
            errors.append(f"{doc}: fewer than 10 questions")
    if sum("second" in q["notes"] and q["category"] != "unanswerable" for q in questions) < 1:
        errors.append("no second-largest question")
    if sum("「－」" in q["notes"] for q in questions if q["doc"]) < 2:
        errors.append("fewer than two questions about a 「－」 cell")
    n_computed = sum(bool(q.get("computed")) for q in questions)
    if not 8 <= n_computed <= 12:
        errors.append(f"{n_computed} computed questions, expected 8-12")
    errors += check_computed(questions, COMPUTED, GoldIndex(gold))
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout85.py")
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
            errors.append(f"{g['id']}: every gold cell should be numeric (no 「－」)")
        if (g["fiscal_year"] is None) == (g["fiscal_year_range"] is None):
            errors.append(f"{g['id']}: exactly one of fiscal_year and fiscal_year_range should be set")
        if (g["table"], g["row"], g["column"]) in DASH_PLANNED:
            errors.append(f"{g['id']}: a 「－」 cell is a gold cell")
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
            # each printed row, cell after cell (the 「－」 cells included), on its page: every gold value is in its row
            if norm("".join(spec.printed_row(i))) not in page_text(g["doc"], g["page"]):
                errors.append(f"row sequence of {title} / {spec.row_label(i)} not on page {g['page']}")
    # the 「－」 cells are exactly the planned ones, and never gold
    dashes = {(s.title, r, c) for s in specs.values() for r, c in s.dash_cells()}
    if dashes != DASH_PLANNED:
        errors.append(f"「－」 cells {sorted(dashes)}, expected {sorted(DASH_PLANNED)}")
    for name, fn in (("arithmetic", lambda: check_totals(gold)), ("layout", lambda: check_layouts(gold, pages))):
        try:  # a broken gold file must be reported, not crash the checks
            errors += fn()
        except (KeyError, TypeError, ValueError, IndexError, StopIteration) as e:
            errors.append(f"the {name} checks could not run on this gold: {e!r}")
    return errors


def check_totals(gold) -> list[str]:
    """Totals add up inside each table and between tables and prose data."""
    errors = []
    t = defaultdict(lambda: defaultdict(dict))
    for g in gold:
        if isinstance(g.get("number"), (int, float)):
            t[g["table"]][g["row"]][g["column"]] = g["number"]

    def adds_up(table, cols, rows=None, total="合計"):
        tab = t[table]
        rows = rows if rows is not None else [r for r in tab if r != total]
        for col in cols:
            if tab[total].get(col) != sum(tab[r].get(col, 0) for r in rows):
                errors.append(f"{table}: {total} of {col} does not add up")

    # (a): ２年目枠 never above 初年度枠; caps within the firm caps of note ※３ (万円 → 千円); bonus keeps rates ≤ 100
    for row, r in t[A].items():
        if "２年目枠／補助率（％）" in r and (r["２年目枠／補助率（％）"] > r["初年度枠／補助率（％）"]
                                          or r["２年目枠／上限額（千円）"] > r["初年度枠／上限額（千円）"]):
            errors.append(f"{A} / {row}: ２年目枠 above 初年度枠")
        if r["初年度枠／上限額（千円）"] > PET_FIRM_CAP * 10 or r.get("２年目枠／上限額（千円）", 0) > PET_FIRM_CAP_2 * 10:
            errors.append(f"{A} / {row}: a cap above the firm cap of note ※３")
        if r["初年度枠／補助率（％）"] + PET_SMALL_BONUS > 100:
            errors.append(f"{A} / {row}: the bonus of note ※４ would exceed 100 %")
    # (b): growing applications; ２年目枠 ≤ adoptions ≤ applications; ２年目枠 ≤ last year's adoptions; grants within caps
    b = t[B]
    years = [era(y) for y, *_x in PET_RECORD]
    ns = [b[y]["申請件数（件）"] for y in years]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for k, y in enumerate(years):
        r = b[y]
        if not r.get("うち２年目枠（件）", 0) <= r["採択件数（件）"] <= r["申請件数（件）"] \
                or r["交付額（千円）"] > r["採択件数（件）"] * PET_FIRM_CAP * 10:
            errors.append(f"{B} / {y}: adoptions or grants out of range")
        if k and r["うち２年目枠（件）"] > b[years[k - 1]]["採択件数（件）"]:
            errors.append(f"{B} / {y}: more ２年目枠 than last year's adoptions")
    adds_up(B, ("申請件数（件）", "採択件数（件）", "うち２年目枠（件）", "交付額（千円）"), years)
    # (c): 達成率 = 実績 / 目標 in whole per cent (note ※６)
    for row, r in t[C].items():
        if r["達成率（％）"] != pct0(r["実績"], r["目標"]):
            errors.append(f"{C} / {row}: 達成率 is not 実績 / 目標")
    # (d): 合計 adds up; 直接 ≤ 輸出 ≤ 回答; the totals equal the firm sizes behind (e)
    d = t[D]
    adds_up(D, ("回答企業数（社）", "輸出企業（社）", "うち直接輸出（社）", "輸出額（百万円）"))
    if any(not r["うち直接輸出（社）"] <= r["輸出企業（社）"] <= r["回答企業数（社）"] for r in d.values()):
        errors.append(f"{D}: direct exporters, exporters and respondents out of order")
    if d["合計"]["回答企業数（社）"] != sum(s[1] for s in SIZES) or d["合計"]["輸出企業（社）"] != sum(s[2] for s in SIZES):
        errors.append(f"{D}: 合計 differs from the firm sizes")
    # (e): 令和６年度調査 is each size's exporters / respondents (全体 from (d)); 増減 is the difference, ▲ on the negatives
    e = t[E]
    for name, n, k, prev in SIZES + [("全体", d["合計"]["回答企業数（社）"], d["合計"]["輸出企業（社）"], PREV_ALL)]:
        r = e[name]
        now = Decimal(str(r["令和６年度調査（％）"]))
        if now != pct1(k, n) or Decimal(str(r["令和３年度調査（％）"])) != prev \
                or Decimal(str(r["増減（ポイント）"])) != now - prev:
            errors.append(f"{E} / {name}: per cents or 増減 differ from the counts")
    # (f): the per cents come from the counts; the ｎ from (d)
    n_all, n_exp = d["合計"]["回答企業数（社）"], d["合計"]["輸出企業（社）"]
    for name, a, bb in ISSUES:
        r = t[F][name]
        want = (pct1(a + bb, n_all), pct1(a, n_exp), pct1(bb, n_all - n_exp))
        if tuple(Decimal(str(r[k])) for k in ("全体", "輸出企業", "輸出していない企業")) != want:
            errors.append(f"{F} / {name}: per cents differ from the counts")
    # (g): 小規模企業者 ≥ 中小企業者; caps (also the raised e-bike cap) within the firm cap of 第５条
    for row, r in t[G].items():
        if r["小規模企業者の補助率（％）"] < r["中小企業者の補助率（％）"] \
                or r["上限額（千円）"] * EBIKE_FACTOR > JI_FIRM_CAP * 10:
            errors.append(f"{G} / {row}: rates or caps out of range")
    # (h): 合計 adds up; every 計 is its row's sum; grants within the firm cap
    h = t[H]
    ycols = [era(y) for y in JI_YEARS]
    adds_up(H, ycols + ["計"])
    for row, r in h.items():
        if r["計"] != sum(r[k] for k in ycols):
            errors.append(f"{H} / {row}: 計 is not the sum of the years")
    for y in JI_YEARS:
        if JI_AMOUNTS[y] > h["合計"][era(y)] * JI_FIRM_CAP * 10:
            errors.append(f"{H}: the grants of {era(y)} exceed the firm caps")
    if EBIKE_2024 > h["合計"][era(2024)]:
        errors.append(f"{H}: more e-bike grants than grants in 令和６年度")
    return errors


def raw_lines(page: str) -> list[str]:
    return [x.strip() for x in page.splitlines()]


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    prod = specs["products"]
    bp = sorted({g["page"] for g in gold if g["table"] == D})
    if len(bp) != 2:
        errors.append(f"{D} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(prod.header[0]))
        on = [i + 1 for i, p in enumerate(pages[GAKKI_PDF]) if header in norm(p)]
        if prod.repeat_header or on != bp[:1]:
            errors.append(f"{D}: header printed on pages {on}, expected only on {bp[:1]}")
        cont = norm(pages[GAKKI_PDF][bp[1] - 1])
        if any(norm(h) in cont for h in prod.header[0][1:]):
            errors.append(f"{D}: a column header is repeated on the continuation page")
        first = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[0]}
        rest = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[1]}
        if not 2 <= len(first) <= 7:
            errors.append(f"{D}: {len(first)} rows before the page break, expected 2-7")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in rest for r in CONTINUED_ROWS):
            errors.append(f"{D}: rows on the wrong side of the page break ({sorted(first)} / {sorted(rest)})")
        # the continuation page starts with the running header and footer, then directly the next row
        lines = [x for x in raw_lines(pages[GAKKI_PDF][bp[1] - 1]) if x]
        first_row = next(r for r in prod.rows if r[0] in rest)
        if lines[4:4 + len(first_row)] != [x for x in first_row]:
            errors.append(f"{D}: the continuation page does not start with the next row ({lines[4:9]})")
        if norm("オルゴール、教育用楽器等") not in cont:
            errors.append(f"{D}: note ※２ should follow the table on the continuation page")
    for key, spec in specs.items():
        if key == "products":
            continue
        tp = {g["page"] for g in gold if g["table"] == spec.title}
        if len(tp) != 1:
            errors.append(f"{spec.title} is on pages {sorted(tp)}, expected one page")
    if specs["issues"].ruled or not all(s.ruled for k, s in specs.items() if k != "issues"):
        errors.append(f"only {F} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns (groups 初年度枠 / ２年目枠, leaves rate and cap)
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["初年度枠／補助率（％）", "初年度枠／上限額（千円）", "２年目枠／補助率（％）", "２年目枠／上限額（千円）"]
    if len(specs["pet_rates"].header) != 2 or len(specs["pet_rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "千円"}:
        errors.append(f"{A}: units should come from the leaf headers")
    # (b): years as rows, then a 合計 row covering the five years
    bg = [g for g in gold if g["table"] == B]
    if [g["row"] for g in bg][::4][:5] != [era(y) for y, *_x in PET_RECORD] \
            or any(g["fiscal_year"] != fiscal_year(g["row"]) for g in bg if g["row"] != "合計") \
            or any(g["fiscal_year_range"] != [2020, 2024] for g in bg if g["row"] == "合計"):
        errors.append(f"{B}: expected years as rows and a 合計 row over 2020-2024")
    # (c): a KPI table with 目標 / 実績 / 達成率, each row's unit in its label's bracket
    cg = [g for g in gold if g["table"] == C]
    if list(dict.fromkeys(g["column"] for g in cg)) != ["目標", "実績", "達成率（％）"] \
            or any(g["unit"] != (bracket_unit(g["row"]) if g["column"] != "達成率（％）" else "%") for g in cg) \
            or len({g["unit"] for g in cg}) < 3:
        errors.append(f"{C}: expected a KPI table with units from the row labels")
    # (e): two survey years as columns and a 増減 column with ▲ exactly on the negative numbers
    eg = [g for g in gold if g["table"] == E]
    if not any(g["value"].startswith("▲") for g in eg) \
            or any(g["value"].startswith("▲") != (g["number"] < 0) for g in gold) \
            or any(g["fiscal_year_range"] != [2021, 2024] for g in eg if g["column"] == "増減（ポイント）"):
        errors.append(f"{E}: expected a 増減 column with ▲ on the decreases only and the range [2021, 2024]")
    # (f): per cents only, unit from the caption note
    if {g["unit"] for g in gold if g["table"] == F} != {"%"}:
        errors.append(f"{F}: expected per cents only")
    # (h): fiscal years as columns and a total column on the right covering them
    hg = [g for g in gold if g["table"] == H]
    hcols = list(dict.fromkeys(g["column"] for g in hg))
    if hcols != [era(y) for y in JI_YEARS] + ["計"] \
            or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in hg if g["column"] != "計") \
            or any(g["fiscal_year_range"] != [2022, 2024] for g in hg if g["column"] == "計"):
        errors.append(f"{H}: expected the fiscal years as columns and a 計 column on the right, got {hcols}")
    ranged = {(g["table"], g["column"] if g["table"] != B else g["row"]) for g in gold if g["fiscal_year_range"]}
    if ranged != {(B, "合計"), (E, "増減（ポイント）"), (H, "計")}:
        errors.append(f"unexpected cells with a fiscal_year_range: {sorted(ranged)}")
    # header cells printed over two lines really come out over two lines
    for key in TWO_LINE_TABLES:
        spec = specs[key]
        tpage = min(g["page"] for g in gold if g["table"] == spec.title)
        lines = raw_lines(pages[spec.doc][tpage - 1])
        for h in spec.header[-1][1:]:
            parts = h.split("\n")
            if len(parts) != 2:
                errors.append(f"{spec.title}: header {h!r} should be printed over two lines")
            elif not any(lines[k:k + 2] == parts for k in range(len(lines) - 1)):
                errors.append(f"{spec.title}: header {h!r} does not come out over two lines")
    # the 「－」 cells are printed in their rows
    for title, row, col in DASH_PLANNED:
        spec = next(s for s in specs.values() if s.title == title)
        i = [spec.row_label(k) for k in range(len(spec.rows))].index(row)
        c = [spec.column_label(k) for k in range(len(spec.header[-1]))].index(col)
        if spec.rows[i][c] != DASH:
            errors.append(f"{title} / {row} / {col}: not printed 「－」")
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
                errors.append(f"{doc}: heading of sibling section {i} found on {len(on)} pages")
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
        if not any(x.endswith(f"電話:{want[2]}") for x in lines):
            errors.append(f"{what}: the other body's phone should end its own line")
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

    def western(text, want, what):
        if re.findall(r"20\d\d年(?:度)?", text) != want:
            errors.append(f"{what}: Western years {re.findall(r'20[0-9][0-9]年(?:度)?', text)}, expected {want}")

    # ---- the call for applications (pet food)
    pt = norm("\n".join(pages[PET_PDF]))
    siblings(pt, PET_PDF, ("輸出先：", "主な取組：", "補助金の額："), [c[0] for c in PET_CASES])
    n_all, amt_all = sum(r[2] for r in PET_RECORD), sum(r[4] for r in PET_RECORD)
    if norm(f"延べ{n_all}件、{amt_all:,}千円") not in pt:
        errors.append("call: the totals in the prose differ from (b)")
    last = PET_RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件を採択しました（うち２年目枠{fw(last[3])}件）") not in pt:
        errors.append("call: the 令和６年度 figures in the prose differ from (b)")
    above = sum(a > t for _n, t, a in PET_KPI)
    if above != 2 or norm("４つのうち２つが目標を上回りました") not in pt:
        errors.append("call: 「４つのうち２つが目標を上回りました」 does not hold")
    rates = {r[0]: r for r in PET_RATES}
    for head, where, _what, amount, items, window in PET_CASES:
        got = int(amount.rstrip("万円")) * 10
        if window == 1:
            cap, firm = sum(rates[x][2] for x in items), PET_FIRM_CAP * 10
        else:
            if any(rates[x][4] is None for x in items):
                errors.append(f"call: case {head} uses a cost not covered under ２年目枠")
                continue
            cap, firm = sum(rates[x][4] for x in items), PET_FIRM_CAP_2 * 10
        if got > min(cap, firm) or (("２年目枠" in where) != (window == 2)):
            errors.append(f"call: case {head} exceeds its caps or names the wrong window")
    western(pt, ["2020年度"], "call")
    defs(pt, ("ペットフード", "輸出先登録", "２年目枠", "小規模企業者"), "call")
    if norm("それ以外の場合を「初年度枠」といいます") not in pt:
        errors.append("call: 初年度枠 should be defined as the rest of ２年目枠")
    for x in PET_EXCLUDED:
        if norm(x) not in pt:
            errors.append(f"call: the cost not covered {x} is missing")
    bullets_in(PET_PDF, len(PET_EXCLUDED), "call")
    p1, p2 = norm(pages[PET_PDF][0]), norm(pages[PET_PDF][1])
    if norm("次の経費は補助の対象になりません") not in p1 or norm(PET_EXCLUDED[0]) not in p2:
        errors.append("call: the lead sentence of the costs not covered should end page 1 and its items start page 2")
    raw = "\n".join(pages[PET_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("call: expected three Ｑ lines and three Ａ lines")
    steps_of(PET_PDF, "①②③④⑤⑥⑦", "call")
    contacts(PET_PDF, ["099-891-4420", "099-891-4429", "099-891-4500"], ["kunugi-petfood@example.jp"], "call")

    # ---- the survey (musical instruments)
    gt = norm("\n".join(pages[GAKKI_PDF]))
    siblings(gt, GAKKI_PDF, ("主な輸出先：", "輸出の方法：", "工夫していること："), [c[0] for c in GAKKI_CASES])
    n_all, n_exp, n_direct, value = gakki_totals()
    if norm(f"{n_all}社（回答率{pct1(n_all, GAKKI_TARGET)}％）") not in gt \
            or norm(f"回答企業{n_all}社のうち{n_exp}社（{pct1(n_exp, n_all)}％）") not in gt \
            or norm(f"直接輸出を行った企業は{n_direct}社") not in gt or not 2 * n_direct < n_exp \
            or norm(f"輸出額の合計は{value:,}百万円") not in gt:
        errors.append("survey: the response, export and value figures in the prose differ from (d)")
    if not pct1(n_exp, n_all) > PREV_ALL:
        errors.append("survey: 「前回…を上回った」 does not hold")
    falling = [r[0] for r in size_rows() if r[3] < 0]
    if falling != ["20人以下"]:
        errors.append("survey: 「従業員20人以下の企業だけが…下がった」 does not hold")
    top_n = max(PRODUCTS, key=lambda r: r[2])[0]
    top_v = max(PRODUCTS, key=lambda r: r[4])[0]
    if (top_n, top_v) != ("楽器部品", "ピアノ・鍵盤楽器"):
        errors.append("survey: the tops of (d) in the prose do not hold")
    wa = next(r for r in PRODUCTS if r[0] == "和楽器")
    if norm(f"和楽器は、回答企業{wa[1]}社のうち輸出企業が{fw(wa[2])}社") not in gt:
        errors.append("survey: the 和楽器 figures in the prose differ from (d)")
    if [d for d, _k in DESTS] != [d for d, _k in sorted(DESTS, key=lambda r: -r[1])] or DESTS[0][1] > n_exp \
            or norm(f"{DESTS[0][0]}が{DESTS[0][1]}社で最も多く") not in gt \
            or any(norm(f"{d}{k}社") not in gt for d, k in DESTS[1:]):
        errors.append("survey: the destinations in the prose are not in order or not printed")
    n_non = n_all - n_exp
    by_exp = [x for x, _a, _b in sorted(ISSUES, key=lambda r: -r[1])]
    by_non = [x for x, _a, _b in sorted(ISSUES, key=lambda r: -r[2])]
    if by_exp[:2] != ["海外の取引先の開拓", "輸送中の破損・湿度の管理"] or by_non[:2] != ["海外の取引先の開拓", "外国語での対応"]:
        errors.append("survey: the tops of (f) in the prose do not hold")
    if norm(f"全体{n_all}社、輸出企業{n_exp}社、輸出していない企業{n_non}社") not in gt:
        errors.append("survey: the ｎ of note ※３ differ from (d)")
    western(gt, ["2024年"], "survey")
    defs(gt, ("輸出企業", "直接輸出", "輸出額"), "survey")
    if norm("することを「間接輸出」という") not in gt:
        errors.append("survey: 間接輸出 should be defined as the rest of 直接輸出")
    bullets_in(GAKKI_PDF, 3, "survey")
    steps_of(GAKKI_PDF, "①②③④", "survey")
    contacts(GAKKI_PDF, ["099-894-2610", "099-894-2619", "099-894-2700"], ["kunugi-gakki@example.jp"], "survey")

    # ---- the grant guideline (bicycles)
    jt = norm("\n".join(pages[JITENSHA_PDF]))
    siblings(jt, JITENSHA_PDF, ("輸出先：", "補助対象経費：", "補助金の額："), [c[0] for c in JI_CASES])
    per_year = [sum(r[j] for r in JI_DESTS) for j in (1, 2, 3)]
    if norm(f"延べ{sum(per_year)}件、{sum(JI_AMOUNTS.values()):,}千円") not in jt \
            or any(norm(f"{era(y)}が{JI_AMOUNTS[y]:,}千円") not in jt for y in JI_YEARS) \
            or norm(f"令和６年度の{per_year[2]}件のうち{fw(EBIKE_2024)}件") not in jt:
        errors.append("guideline: the grants in the prose differ from (h)")
    ranked = sorted(JI_DESTS, key=lambda r: -sum(r[1:]))
    if ranked[0][0] != "台湾" or sum(ranked[1][1:]) == sum(ranked[2][1:]) or ranked[1][0] != "米国":
        errors.append("guideline: 台湾 first and 米国 alone second over three years does not hold")
    if [r[0] for r in JI_DESTS].index("米国") == 1:
        errors.append("guideline: the second-largest destination should not be printed second")
    jr = {r[0]: r for r in JI_RATES}
    for head, _where, _items, amount, items, ebike in JI_CASES:
        caps = sum(jr[x][3] * (EBIKE_FACTOR if ebike and x == "海外規格適合試験費" else 1) for x in items)
        got = int(amount.rstrip("万円")) * 10
        if got > min(caps, JI_FIRM_CAP * 10):
            errors.append(f"guideline: case {head} exceeds its caps")
        if ebike and not got > sum(jr[x][3] for x in items):
            errors.append(f"guideline: case {head} should need the raised e-bike cap")
    western(jt, [], "guideline")
    defs(jt, ("自転車等", "電動アシスト自転車", "海外規格", "小規模企業者"), "guideline")
    articles = re.findall(r"第([１-９])条", "\n".join(pages[JITENSHA_PDF]))
    if sorted(set(articles)) != list("１２３４５６７８９"):
        errors.append(f"guideline: expected articles 第１条-第９条, got {sorted(set(articles))}")
    if [norm(f"({k})") in jt for k in range(1, 5)] != [True] * 4:
        errors.append("guideline: expected the items (1)-(4) of 第６条")
    bullets_in(JITENSHA_PDF, len(JI_DOCUMENTS), "guideline")
    steps_of(JITENSHA_PDF, "①②③④⑤⑥", "guideline")
    contacts(JITENSHA_PDF, ["099-897-3150", "099-897-3159", "099-897-3200"], ["kunugi-jitensha@example.jp"], "guideline")

    # every phone number of the set is fictional (099-89x-xxxx), every mail address under example.jp
    for name, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,5}-\d{1,4}-\d{3,4}", text):
            if not re.fullmatch(PHONE_RE, ph):
                errors.append(f"{name}: phone number {ph} outside 099-89x-xxxx")
        for mail in re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text):
            if not mail.endswith(MAIL_DOMAIN):
                errors.append(f"{name}: mail address {mail} outside {MAIL_DOMAIN}")
        if PREF not in p[0] or any(x in text for x in FORBIDDEN_PREFS):
            errors.append(f"{name}: the prefecture should be {PREF} only")
        others = {m for x in "\n".join(p).splitlines() for m in re.findall(r"([\u4e00-\u9fff])県", x)} - {PREF[0]}
        if others:
            errors.append(f"{name}: names other prefectures {sorted(others)}")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
