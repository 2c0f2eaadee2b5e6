"""Build the 櫨県 held-out set 100: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (櫨県 and every town, scheme, organisation, company, phone number,
address, figure and rule). The documents are in three genres the earlier sets do not use: a grant
guideline (交付要綱, articles 第１条–第10条 with 附則, 別表 and five （参考） parts) for a subsidy
towards exports of fresh wasabi and wasabi products (export certificates, plant-quarantine
certificates, shelf-life tests, trade fairs abroad, export labels) with a two-level 別表 grouped by
product class (生わさび / わさび加工品), two 「－」 cells, a half cap for online trade fairs in an
article and caps per grantee in 万円 while the 別表 is in 千円, and a yearly record (years as rows,
header cells over two lines); the report of a survey of the prefecture's wind-chime (風鈴) makers on
their exports, with a table continued over a page break without its header, the exports by
destination in two fiscal years with a 増減 column printing decreases with ▲ and an unruled table of
the issues whose columns are defined by a note of another table; and a guide for applicants
(ご案内) to a subsidy towards exports of yuzu products (柚子加工品) with three courses, a higher rate
for new exporters, a KPI table (目標 / 実績 / 達成率, units in the row labels) and the exports by
product over three fiscal years with a total column on the right; see README.md beside this file.

    python make_heldout100.py [OUTPUT_DIR]          # default: this file's directory

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
from fractions import Fraction
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

WASABI_PDF = "haze_wasabi_yushutsu_hojokin_kofu_yoko_r7.pdf"
FURIN_PDF = "haze_furin_yushutsu_jittai_chosa_r7.pdf"
YUZU_PDF = "haze_yuzu_kakohin_yushutsu_hojokin_annai_r7.pdf"
ALL_PDFS = (WASABI_PDF, FURIN_PDF, YUZU_PDF)

UNITS = ("千円", "万円", "件", "者", "社", "国・地域", "店", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
DASH = "－"  # a cell with no figure (explained by a note); drawn, but no gold cell
PHONE_RE = r"098-94\d-\d{4}"  # every phone number of the set: 098-94x-xxxx
MAIL_DOMAIN = "@example.jp"
PREF = "櫨県"
TOWNS = ("櫨市", "渓山町", "潮音市")


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
    neg = v.startswith("▲")
    number, unit = docgen.parse_number(v[1:] if neg else v, UNITS)
    if number is not None and neg:
        number = -number
    return number, unit


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
    """A table cell: None -> 「－」, a Decimal with one decimal, an int as docgen prints it."""
    if x is None:
        return DASH
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def signed(n: int) -> str:
    """A 増減 cell: a decrease with a leading ▲."""
    return f"▲{fw(-n)}" if n < 0 else fw(n)


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf, header cells over two
    lines (the line break dropped from the label), optional columns covering a range of fiscal
    years (a total column, a 増減 column) and 「－」 cells that yield no gold cell."""

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
            if value == DASH:  # drawn, explained by a note, no figure: no gold cell
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


ARTICLE = pstyle("article", docgen.GOTHIC, 10.5, 17, left=docgen.EM, spaceBefore=3, keepWithNext=1)


def article(head: str, first: str, more=()):
    """An article: its heading line, its first paragraph and its further paragraphs (２, ３…)."""
    st = [P(head, ARTICLE), P(INDENT + first, indented(0))]
    for i, t in enumerate(more, 2):
        st.append(P(f"{fw(i)}　{t}", hanging(0, 1)))
    return st


SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: wasabi export grant guideline (交付要綱)
WASABI = f"{PREF}産わさび等輸出促進事業費補助金"
WASABI_DEPT = f"{PREF} 農林水産部 特産振興課"
WASABI_KYOGIKAI = f"{PREF}わさび生産振興協議会"
RATES = [  # 経費区分; 生わさび: 補助率（％）, 上限額（千円）; わさび加工品: 補助率, 上限額 (None = 「－」)
    ("輸出証明書の取得", 60, 100, 50, 100),
    ("植物検疫証明書の取得", 60, 150, None, None),
    ("賞味期限試験", None, None, 50, 400),
    ("海外見本市への出展", 50, 500, 50, 700),
    ("輸出用ラベルの作成", 50, 150, 60, 300),
]
DASH_CELLS = {("植物検疫証明書の取得", "わさび加工品／補助率（％）"), ("植物検疫証明書の取得", "わさび加工品／上限額（千円）"),
              ("賞味期限試験", "生わさび／補助率（％）"), ("賞味期限試験", "生わさび／上限額（千円）")}
FIRM_CAP, GROUP_CAP = 120, 200  # 第５条: 万円 per grantee (生産者グループ 200万円)
ONLINE_FACTOR = Fraction(1, 2)  # 第５条第２項: the cap of an online trade fair
GROUP_MIN = 3  # 「生産者グループ」: at least three growers
MIN_SHARE = 50  # 「わさび加工品」: at least 50 % 生わさび by weight
SAME_FAIR_MAX = 3  # Ｑ３: the same fair at most three times
ARTICLES = 8  # 第１条–第８条
RECORD = [  # 年度, 申請件数, 交付件数, うち加工品, 交付額（千円）
    (2020, 7, 5, 2, 2180), (2021, 9, 7, 3, 3460), (2022, 12, 9, 4, 4870),
    (2023, 15, 11, 6, 6320), (2024, 19, 14, 8, 8950),
]
WASABI_CASES = [  # 見出し, 主な輸出先, 活用した経費区分, 補助金の額; (class, cost items)
    ("わさび生産者Ａ社（櫨市）", "香港、シンガポール", "植物検疫証明書の取得、海外見本市への出展", "52万円",
     ("生わさび", ("植物検疫証明書の取得", "海外見本市への出展"))),
    ("わさび漬製造業Ｂ社（潮音市）", "米国", "賞味期限試験、輸出用ラベルの作成", "58万円",
     ("わさび加工品", ("賞味期限試験", "輸出用ラベルの作成"))),
    ("わさび生産者Ｃ社ほか３者（渓山町）", "台湾", "輸出証明書の取得、植物検疫証明書の取得、輸出用ラベルの作成", "31万円",
     ("生わさび", ("輸出証明書の取得", "植物検疫証明書の取得", "輸出用ラベルの作成"))),
]
WASABI_EXCLUDED = [  # 第４条第２項: 補助の対象としない経費
    "わさびの栽培及び収穫並びにわさび加工品の製造に要する経費（原材料費を含む。）",
    "国内の商談会又は展示会への出展に要する経費（海外のバイヤーを招くものを含む。）",
    "見本市に出展する者及び随行者の渡航費、宿泊費及び日当",
    "交付決定の日より前に発注し、又は支払った経費",
]


def wasabi_specs():
    rates = TableSpec(
        key="rates", doc=WASABI_PDF, title="経費区分ごとの補助率及び上限額",
        header=[["経費区分", "生わさび", "", "わさび加工品", ""],
                ["", "補助率（％）", "上限額（千円）", "補助率（％）", "上限額（千円）"]],
        rows=[[n, cell(a), cell(b), cell(c), cell(d)] for n, a, b, c, d in RATES],
        col_widths=[50 * mm, 27 * mm, 27 * mm, 27 * mm, 27 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[-1])
    record = TableSpec(
        key="record", doc=WASABI_PDF, title="交付の実績",
        header=[["年度", "申請\n件数（件）", "交付\n件数（件）", "うち加工品\n（件）", "交付額\n（千円）"]],
        rows=[[era(y), fw(a), fw(b), fw(p), fw(g)] for y, a, b, p, g in RECORD],
        col_widths=[30 * mm, 28 * mm, 28 * mm, 30 * mm, 30 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    return rates, record


def wasabi_story(specs):
    rates, record = specs
    n_all, amt_all = sum(r[2] for r in RECORD), sum(r[4] for r in RECORD)
    last = RECORD[-1]
    st = [Spacer(1, 1 * mm), P(f"{WASABI}交付要綱", TITLE),
          P("令和２年３月27日制定　令和７年３月28日改正", DATE_RIGHT)]
    st += article("（趣旨）", "第１条　この要綱は、県産わさび等の輸出を促進するため、予算の範囲内で交付する" + WASABI + "（以下「補助金」という。）について、必要な事項を定める。")
    st += article("（定義）", "第２条　この要綱において「生わさび」とは、県内のわさび田又は畑で栽培し、根茎又は葉茎のまま出荷するわさびをいう。", [
        f"この要綱において「わさび加工品」とは、生わさびを原料の重量の{MIN_SHARE}％以上使用して県内で製造した練りわさび、わさび漬、茎わさびの醤油漬等をいい、西洋わさび（ホースラディッシュ）を主な原料とするものを含まない。",
        "この要綱において「県産わさび等」とは、生わさび及びわさび加工品をいう。",
        "この要綱において「賞味期限試験」とは、わさび加工品の輸出先までの輸送と販売の期間を想定した保存試験（微生物検査、官能検査及び辛味成分の測定を含む。）を行い、賞味期限を設定する試験をいう。",
        f"この要綱において「生産者グループ」とは、県内の生わさびの生産者{fw(GROUP_MIN)}者以上で構成し、代表者を定めて輸出に共同で取り組む団体をいう。",
    ])
    st += article("（補助対象者）", "第３条　補助金の交付の対象となる者は、県内に事業所を有する生わさびの生産者、わさび加工品を製造する中小企業者及び生産者グループとする。")
    st += article("（補助対象経費等）", "第４条　補助の対象となる経費、補助率及び上限額は、別表のとおりとする。", [
        "前項の規定にかかわらず、次に掲げる経費は、補助の対象としない。"])
    st += bullets(WASABI_EXCLUDED, 0)
    st += article("（補助金の額）", f"第５条　補助金の額は、別表の経費区分ごとに、補助対象経費の額に補助率を乗じて得た額（その額が上限額を超えるときは、上限額）を合計した額とし、１補助事業者当たり{FIRM_CAP}万円（生産者グループは{GROUP_CAP}万円）を限度とする。この場合において、千円未満の端数は切り捨てる。", [
        "ウェブ上で開催される見本市（以下「オンライン見本市」という。）への出展については、別表の海外見本市への出展の上限額に２分の１を乗じて得た額を上限額とする。"])
    st += article("（交付申請）", "第６条　補助金の交付を受けようとする者は、補助金交付申請書（様式第１号）に事業計画書及び経費の見積書を添えて、知事が別に定める期日までに知事に提出しなければならない。", ["知事は、前項の申請を審査し、補助金を交付すべきものと認めたときは、交付の決定を行い、申請者に通知する。"])
    st += article("（実績報告）", "第７条　補助事業者は、補助事業が完了したときは、その日から起算して30日を経過した日又は交付の決定があった年度の３月６日のいずれか早い日までに、実績報告書（様式第５号）を知事に提出しなければならない。")
    st += article("（額の確定及び支払）", "第８条　知事は、実績報告書を審査し、補助金の額を確定して補助事業者に通知した後、補助金を支払う。")
    st += [P("附　則", ARTICLE)]
    st += paras("この要綱は、令和２年４月１日から施行する。この要綱（令和７年３月28日改正）は、令和７年４月１日から施行する。", 0)
    st += [CondPageBreak(60 * mm), P("別表（第４条関係）", ARTICLE)]
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        f"※１ 「{DASH}」の欄の経費は、補助の対象としない（賞味期限試験はわさび加工品に限り、植物検疫証明書の取得は生わさびに限る。）。",
        "※２ 「海外見本市への出展」の経費は、小間料、小間の装飾費及び出品物の輸送費とする。",
        "※３ オンライン見本市への出展の上限額は、第５条第２項により上表の額の２分の１となる。",
        "※４ 上表の上限額は経費区分ごとの額であり、１補助事業者当たりの限度額は第５条第１項による。",
    ])
    st += [P("（参考１）令和７年度の募集", H1)]
    st += lv_lines([
        ("募集期間", "令和７年４月21日から５月30日まで（必着）"),
        ("予算額", "1,800万円"),
        ("採択予定件数", "15件程度"),
        ("補助事業期間", "交付決定の日から令和８年２月27日まで"),
    ], 0)
    st += [P("（参考２）申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（特産振興課輸出促進班又は{WASABI_KYOGIKAI}へ）",
        "② 交付申請書の提出（募集期間内に、事業計画書と見積書を添えて提出）",
        "③ 審査（書類審査、令和７年６月中旬）",
        "④ 交付決定の通知（令和７年６月下旬）",
        "⑤ 補助事業の実施（令和８年２月27日までに完了すること）",
        "⑥ 実績報告（事業の完了から30日以内。遅くとも令和８年３月６日まで）",
        "⑦ 補助金の額の確定と支払（令和８年３月下旬）",
    ], 0)
    st += [P("（参考３）交付の実績", H1)]
    st += paras(f"""
制度を始めた令和２年度（2020年度）から令和６年度までに、延べ{n_all}件、{amt_all:,}千円を交付しました。令和６年度は{last[1]}件の申請があり、{last[2]}件に交付しました（うちわさび加工品{fw(last[3])}件）。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += notes(["※５ 「うち加工品」は、わさび加工品に係る経費を含む交付の件数である。"])
    st += [P("（参考４）交付事例（令和６年度）", H1)]
    for i, (head, where, what, amount, _x) in enumerate(WASABI_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な輸出先", where), ("活用した経費区分", what), ("補助金の額", amount)], 1)
    st += [P("（参考５）よくある質問", H1)]
    qa = [
        ("賞味期限試験の結果、想定より短い賞味期限になった場合も、補助の対象になりますか。",
         "対象になります。試験の結果にかかわらず、試験に要した経費が対象です。"),
        ("生わさびとわさび加工品の両方を輸出する場合、申請を分ける必要がありますか。",
         "分ける必要はありません。経費ごとに別表の該当する欄を適用します。"),
        ("同じ見本市に毎年出展する場合も申請できますか。",
         f"申請できます。ただし、同じ見本市への出展は{fw(SAME_FAIR_MAX)}回までとします。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{WASABI_DEPT} 輸出促進班　電話：098-941-2260　ファクス：098-941-2269",
        f"{WASABI_KYOGIKAI}（事前相談）　電話：098-941-2310",
        "電子メール：haze-wasabi@example.jp",
    ]))
    return st


# ================================================================ document 2: wind-chime makers' exports, survey report
FURIN = f"{PREF}風鈴製造業の輸出実態調査"
FURIN_DEPT = f"{PREF} 商工労働部 地場産業課"
KUMIAI = f"{PREF}風鈴工業協同組合"
TARGET = 148  # 調査対象 (全数)
PRODUCTS = [  # 製品の種類, 回答事業者数, 輸出事業者数, 輸出額（万円）, 海外の取引先数（社） (令和６年度)
    ("ガラス風鈴（宙吹き）", 18, 9, 2140, 46), ("ガラス風鈴（型吹き）", 15, 6, 980, 21),
    ("鋳物風鈴（鉄）", 16, 8, 1860, 38), ("真鍮・銅合金風鈴", 9, 5, 1210, 19),
    ("陶磁器風鈴", 14, 5, 520, 12), ("木・竹製風鈴", 11, 3, 240, 7),
    ("風鈴の部品・短冊", 13, 3, 310, 5), ("その他", 8, 2, 150, 4),
]
GLASS = ("ガラス風鈴（宙吹き）", "ガラス風鈴（型吹き）")  # note ※１: ガラス風鈴製造業
METAL = ("鋳物風鈴（鉄）", "真鍮・銅合金風鈴")  # note ※１: 金属風鈴製造業
SIZES = [  # 従業者規模 (prose only): 回答事業者, うち輸出事業者
    ("５人未満", 58, 14), ("５人以上20人未満", 34, 17), ("20人以上", 12, 10),
]
PLAN_TO_START = 22  # of the non-exporters, planning to start within three years (prose only)
CHANNELS = (24, 19, 11)  # exporters by channel (multiple answers, prose only): 直接販売, 越境ＥＣ, 見本市
SINCE_R2 = 23  # exporters that started in 令和２年度 or later (prose only)
DESTS = [  # 輸出先, 令和５年度, 令和６年度 (万円); rows in geographic order, not by amount
    ("中国", 720, 540), ("韓国", 450, 520), ("台湾", 960, 1240), ("香港", 1010, 930),
    ("米国", 1520, 1880), ("フランス", 630, 980), ("ドイツ", 410, 560), ("オーストラリア", 290, 410),
    ("その他", 310, 350),
]
ISSUES = [  # 課題; 回答数: ガラス風鈴製造業, 金属風鈴製造業, それ以外 (複数回答)
    ("輸送中の破損（割れ・欠け）", 12, 2, 6), ("海外の安全規格（鉛の溶出等）への対応", 5, 4, 2),
    ("送料の高さ", 9, 8, 7), ("音色や使い方を伝える外国語の説明", 6, 5, 5),
    ("職人の不足・高齢化", 7, 9, 4), ("季節商品のため注文が夏に偏ること", 8, 3, 3),
]
FURIN_CASES = [  # 見出し, 主な輸出先, 輸出を始めた時期, 海外向けの工夫 (same labels in every sibling section)
    ("ガラス風鈴製造業Ｄ社（櫨市）", "米国、台湾", "令和元年度",
     "割れにくい二重の箱と緩衝材を独自に作り、破損による返品を減らした"),
    ("鋳物風鈴製造業Ｅ社（渓山町）", "フランス、ドイツ", "令和３年度",
     "室内の飾りとして音の余韻が長い大型の風鈴を開発し、欧州の見本市で紹介した"),
    ("陶磁器風鈴製造業Ｆ社（潮音市）", "台湾、香港", "令和５年度",
     "鈴の絵柄を輸出先の好みに合わせ、短冊に現地の言葉の詩を入れた"),
]


def totals_c() -> dict:
    return {k: sum(r[j] for r in PRODUCTS) for k, j in (("resp", 1), ("exp", 2), ("amt", 3), ("partners", 4))}


def class_n() -> tuple[int, int, int]:
    """輸出事業者: all, ガラス風鈴製造業, 金属風鈴製造業 (the ｎ of the unruled table)."""
    n = totals_c()["exp"]
    g = sum(r[2] for r in PRODUCTS if r[0] in GLASS)
    m = sum(r[2] for r in PRODUCTS if r[0] in METAL)
    return n, g, m


def furin_specs():
    rows = [[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in PRODUCTS]
    t = totals_c()
    rows.append(["合計", fw(t["resp"]), fw(t["exp"]), fw(t["amt"]), fw(t["partners"])])
    products = TableSpec(
        key="products", doc=FURIN_PDF, title="製品の種類別の回答事業者と輸出の状況",
        header=[["製品の種類", "回答\n事業者数（者）", "輸出\n事業者数（者）", "輸出額\n（万円）", "海外の\n取引先数（社）"]],
        rows=rows, col_widths=[46 * mm, 28 * mm, 28 * mm, 26 * mm, 28 * mm], table_fy=2024, repeat_header=False,
    )
    products.unit = lambda row, c, s=products: bracket_unit(s.column_label(c))
    drows = [[n, fw(a), fw(b), signed(b - a)] for n, a, b in DESTS]
    ta, tb = sum(r[1] for r in DESTS), sum(r[2] for r in DESTS)
    drows.append(["合計", fw(ta), fw(tb), signed(tb - ta)])
    dests = TableSpec(
        key="dests", doc=FURIN_PDF, title="輸出先別の輸出額",
        header=[["輸出先", era(2023), era(2024), "増減"]],
        rows=drows, col_widths=[44 * mm, 32 * mm, 32 * mm, 30 * mm], unit="万円",
    )
    dests.col_range = {3: [2023, 2024]}
    n_all, n_g, n_m = class_n()
    issues = TableSpec(
        key="issues", doc=FURIN_PDF, title="輸出に当たっての課題（複数回答）",
        header=[["課題", "全体", "ガラス風鈴製造業", "金属風鈴製造業"]],
        rows=[[x, cell(pct1(g + m + o, n_all)), cell(pct1(g, n_g)), cell(pct1(m, n_m))] for x, g, m, o in ISSUES],
        col_widths=[68 * mm, 22 * mm, 34 * mm, 32 * mm], ruled=False, unit="%", table_fy=2025,
    )
    return products, dests, issues


def furin_story(specs):
    products, dests, issues = specs
    t = totals_c()
    ta, tb = sum(r[1] for r in DESTS), sum(r[2] for r in DESTS)
    n_all, n_g, n_m = class_n()
    sz = {s[0]: s for s in SIZES}
    st = [Spacer(1, 1 * mm), P("令和７年度", SUBTITLE), P(f"{FURIN} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年12月", DATE_RIGHT), P(FURIN_DEPT, DATE_RIGHT), Spacer(1, 2 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県内の風鈴製造業の輸出の現状と課題を把握し、海外販路の開拓を支える施策に役立てるため"),
        ("調査対象", f"県内で風鈴又はその部品を製造する事業者 {TARGET}者（全数）"),
        ("調査基準日", "令和７年（2025年）７月１日"),
        ("調査期間", "令和７年７月７日から８月８日まで"),
        ("調査方法", "郵送及びウェブによるアンケート（一部は訪問による聞き取り）"),
        ("回答数", f"{t['resp']}者（回答率{pct1(t['resp'], TARGET)}％）"),
    ], 0)
    st += paras(f"""
この報告書において「風鈴」とは、ガラス、金属、陶磁器等で作った鈴に舌と短冊を付け、風を受けて音を鳴らす吊り下げ式の鳴り物をいう。「輸出事業者」とは、令和６年度に自社の製品を海外の顧客、販売店又は越境ＥＣの購入者に直接販売した事業者をいい、国内で訪日外国人に販売しただけの事業者は含まない。また、「主な製品」とは、令和６年度の売上高が最も大きい製品の種類をいう。
""", 0)
    st += [P("２　輸出の状況", H1)]
    s1, s2, s3 = sz["５人未満"], sz["５人以上20人未満"], sz["20人以上"]
    st += paras(f"""
令和６年度の輸出事業者は、回答事業者{t['resp']}者のうち{t['exp']}者（{pct1(t['exp'], t['resp'])}％）であった。従業者規模別では、５人未満の{s1[1]}者のうち輸出事業者は{s1[2]}者、５人以上20人未満の{s2[1]}者のうち{s2[2]}者、20人以上の{fw(s3[1])}者のうち{s3[2]}者で、規模が大きいほど輸出している割合が高い。輸出していない{t['resp'] - t['exp']}者のうち{PLAN_TO_START}者は、３年以内に輸出を始めたいと答えた。製品の種類別では、ガラス風鈴（宙吹き）の輸出額が最も多い。
輸出の方法（複数回答）は、海外の販売店への直接販売が{CHANNELS[0]}者で最も多く、越境ＥＣによる販売が{CHANNELS[1]}者、海外見本市での受注が{CHANNELS[2]}者であった。また、輸出事業者のうち{SINCE_R2}者は令和２年度以降に輸出を始めており、輸出に取り組む事業者は近年増えている。
製品の種類別の状況は次表のとおりである。輸出額は、ガラス風鈴（宙吹き）と鋳物風鈴（鉄）の２種類で全体の半数を超える。海外の取引先は、小売店、インテリア用品店、日本食料品店、美術館の売店等で、１者当たりの取引先は多くない。風鈴の部品や短冊を作る事業者は、完成品の事業者を通じて間接的に輸出している例が多い。
""", 0)
    st += [caption(products.title, "（令和６年度）", keep=False), products.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 事業者は主な製品により分類した。ガラス風鈴製造業は「ガラス風鈴（宙吹き）」又は「ガラス風鈴（型吹き）」の事業者、金属風鈴製造業は「鋳物風鈴（鉄）」又は「真鍮・銅合金風鈴」の事業者である。「その他」は、貝殻、石等で作った風鈴である。",
    ])
    st += [P("３　輸出先", H1)]
    st += paras(f"""
令和６年度の輸出額は{tb:,}万円で、前年度の{ta:,}万円から{tb - ta:,}万円増えた。輸出先別では米国が最も多く、中国と香港は前年度を下回った。
""", 0)
    st += [caption(dests.title, "（単位：万円）"), dests.flowable(), Spacer(1, 2)]
    st += notes(["※２ 「増減」は令和６年度の額から令和５年度の額を引いたもので、▲は減少を示す。「その他」は、カナダ、タイ、英国等である。"])
    st += [P("４　事業者の事例", H1)]
    for i, (head, dest, since, idea) in enumerate(FURIN_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な輸出先", dest), ("輸出を始めた時期", since), ("海外向けの工夫", idea)], 1)
    st += [P("５　輸出に当たっての課題", H1)]
    st += paras("""
全体では「送料の高さ」が最も多かった。ガラス風鈴製造業では「輸送中の破損（割れ・欠け）」が、金属風鈴製造業では「職人の不足・高齢化」が最も多い。
""", 0)
    st += [caption(issues.title, "（単位：％）"), issues.flowable(), Spacer(1, 2)]
    st += notes([
        f"※３ 輸出事業者（全体{n_all}者、ガラス風鈴製造業{n_g}者、金属風鈴製造業{n_m}者）が回答した。製造業の区分は※１による。全体には、それ以外の事業者を含む。複数回答のため、合計は100％にならない。",
    ])
    st += [P("６　県への主な要望（自由記述）", H1)]
    st += bullets([
        "割れ物を安く安全に送れる梱包と輸送の方法を紹介してほしい。",
        "海外の見本市に、県の風鈴をまとめて出展する場を設けてほしい。",
        "音色の違いを伝える外国語の動画を、組合と共同で作ってほしい。",
    ], 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        f"① {KUMIAI}と連携し、割れ物の梱包方法の講習会を令和８年度に開く。",
        "② 海外見本市への共同出展を、令和８年度から年１回行う。",
        "③ 県工業技術センターで、海外の安全規格に対応した試験の相談に応じる。",
        "④ 次回の調査は、令和９年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{FURIN_DEPT} 伝統産業班　電話：098-944-3150　ファクス：098-944-3159",
        f"{KUMIAI}（輸出の相談）　電話：098-944-3210",
        "電子メール：haze-furin@example.jp",
    ]))
    return st


# ================================================================ document 3: yuzu-products export grant, guide for applicants
YUZU = f"{PREF}産柚子加工品輸出拡大支援補助金"
YUZU_DEPT = f"{PREF} 農林水産部 食品流通課"
SHINKOKAI = f"一般社団法人{PREF}柚子振興会"
START_FY = 2022  # the grant was created in 令和４年度 (printed only as 令和)
COURSES = [  # 見出し, 対象となる経費, 補助率 (text, fraction), 補助上限額（万円）
    ("商品開発コース", "輸出先の食品規則に合わせた配合の見直し、成分分析、小容量の輸出用容器の開発", "２分の１", Fraction(1, 2), 60),
    ("飲食店提案コース", "海外の料理人を招いた試作会、海外の飲食店への試供品の提供と輸送、メニュー提案資料の作成", "２分の１", Fraction(1, 2), 80),
    ("店頭販促コース", "海外の小売店での試食販売、外国語の店頭販促物（ＰＯＰ等）の制作、販売員の派遣", "２分の１", Fraction(1, 2), 100),
]
NEW_RATE_TEXT, NEW_RATE = "３分の２", Fraction(2, 3)  # note ※１: 新規輸出事業者
MULTI_CAP = 150  # note ※２: 万円 per firm over several courses
GRANTS_BY_YEAR = {2022: 8, 2023: 13}  # prose only
GRANTS_R6 = (6, 7, 5)  # 令和６年度 by course (prose)
YUZU_EXCLUDED = [
    "柚子の栽培及び柚子加工品の製造に要する経費（原材料費を含む。）",
    "国内で開催される展示会及び商談会への出展に要する経費",
    "申請者の役員及び従業員の渡航費、宿泊費及び人件費",
    "交付決定の日より前に発注し、又は支払った経費",
]
YUZU_PAPERS = [
    "補助金交付申請書（様式第１号）",
    "事業計画書（輸出先、対象とする商品及び取組の内容を記載したもの）",
    "補助の対象となる経費の見積書の写し",
    "新規輸出事業者として申請する場合は、最初の輸出の時期が分かる書類（輸出許可通知書の写し等）",
]
KPIS = [  # 指標（単位）, 目標, 実績 (令和６年度; 輸出額 実績 = (g)'s 令和６年度 合計)
    ("柚子加工品の輸出額（万円）", 4200, None), ("輸出に取り組む事業者数（者）", 30, 27),
    ("輸出先の国・地域数（国・地域）", 12, 14), ("海外取扱店の数（店）", 150, 163),
]
EXPORT_YEARS = (2022, 2023, 2024)
EXPORTS = [  # 品目, 令和４, ５, ６年度 (万円)
    ("柚子果汁", 1240, 1580, 1960), ("ゆずこしょう", 620, 810, 1070),
    ("ゆずポン酢等の調味料", 540, 690, 880), ("柚子ピール・菓子", 210, 330, 460), ("その他", 90, 140, 236),
]


def exports_total(fy: int) -> int:
    j = EXPORT_YEARS.index(fy) + 1
    return sum(r[j] for r in EXPORTS)


def kpi_rows():
    out = []
    for name, target, actual in KPIS:
        if actual is None:
            actual = exports_total(2024)
        out.append((name, target, actual, pct0(actual, target)))
    return out


def yuzu_specs():
    kpi = TableSpec(
        key="kpi", doc=YUZU_PDF, title="輸出拡大の目標と実績",
        header=[["指標", "目標", "実績", "達成率（％）"]],
        rows=[[n, fw(t), fw(a), fw(p)] for n, t, a, p in kpi_rows()],
        col_widths=[68 * mm, 28 * mm, 28 * mm, 30 * mm], table_fy=2024,
        unit=lambda row, c: "%" if c == 3 else bracket_unit(row[0]),
    )
    rows = [[n, fw(a), fw(b), fw(c), fw(a + b + c)] for n, a, b, c in EXPORTS]
    rows.append(["合計"] + [fw(exports_total(y)) for y in EXPORT_YEARS] + [fw(sum(exports_total(y) for y in EXPORT_YEARS))])
    exports = TableSpec(
        key="exports", doc=YUZU_PDF, title="品目別の輸出額の推移",
        header=[["品目"] + [era(y) for y in EXPORT_YEARS] + ["計"]],
        rows=rows, col_widths=[46 * mm, 27 * mm, 27 * mm, 27 * mm, 27 * mm], unit="万円",
    )
    exports.col_range = {4: [EXPORT_YEARS[0], EXPORT_YEARS[-1]]}
    return kpi, exports


def yuzu_story(specs):
    kpi, exports = specs
    n6 = sum(GRANTS_R6)
    n_all = sum(GRANTS_BY_YEAR.values()) + n6
    st = [Spacer(1, 1 * mm), P("令和７年度", SUBTITLE), P(f"{YUZU}のご案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(YUZU_DEPT, DATE_RIGHT), Spacer(1, 2 * mm)]
    st += [P("１　補助金の概要", H1)]
    st += paras(f"""
県産柚子を使った加工品の海外での販売を広げるため、輸出向けの商品づくりや海外での売り込みに取り組む事業者の経費の一部を補助します。この補助金は令和４年度に始まり、令和６年度までに延べ{n_all}件に交付しました。
""", 0)
    st += lv_lines([
        ("補助金名", YUZU),
        ("対象者", "県内に事業所を有し、柚子加工品を製造又は販売する中小企業者、農業者及び農業者の団体"),
        ("募集期間", "第１次：令和７年５月７日から６月６日まで／第２次：令和７年８月18日から９月19日まで"),
        ("予算額", "1,200万円"),
        ("受付・相談", f"{YUZU_DEPT} 輸出推進班及び{SHINKOKAI}"),
    ], 0)
    st += paras("""
このご案内において「県産柚子」とは、県内の園地で栽培し、県内で搾汁又は加工した柚子をいい、県外で栽培された柚子を混ぜたものを含みません。「柚子加工品」とは、県産柚子を主な原料として県内で製造した果汁、ゆずこしょう、調味料、菓子、ピール等をいいます。また、「新規輸出事業者」とは、柚子加工品の最初の輸出が令和５年４月１日以降である事業者（まだ輸出していない事業者を含みます。）をいいます。
""", 0)
    st += [P("２　補助の内容（コース）", H1)]
    for i, (head, costs, rate, _r, cap) in enumerate(COURSES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("対象となる経費", costs), ("補助率", rate), ("補助上限額", f"{cap}万円")], 1)
    st += notes([
        f"※１ 新規輸出事業者が申請する場合は、いずれのコースも補助率を{NEW_RATE_TEXT}とします（補助上限額は変わりません）。",
        f"※２ 複数のコースを申請する場合、補助金の額は１事業者当たり{MULTI_CAP}万円を上限とします。",
    ])
    st += paras("次の経費は補助の対象になりません。", 0)
    st += bullets(YUZU_EXCLUDED, 0)
    st += [P("３　申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（食品流通課輸出推進班又は{SHINKOKAI}へ）",
        "② 申請書の提出（募集期間内に、事業計画書と見積書を添えて提出）",
        "③ 審査と交付決定の通知（第１次は令和７年７月上旬、第２次は10月中旬）",
        "④ 補助事業の実施（令和８年２月13日までに完了すること）",
        "⑤ 実績報告（事業の完了から20日以内）",
        "⑥ 補助金の額の確定と支払（令和８年３月）",
    ], 0)
    st += [P("４　これまでの実績と輸出の状況", H1)]
    t4, t6 = exports_total(2022), exports_total(2024)
    st += paras(f"""
令和６年度は{n6}件（商品開発コース{fw(GRANTS_R6[0])}件、飲食店提案コース{fw(GRANTS_R6[1])}件、店頭販促コース{fw(GRANTS_R6[2])}件）に交付しました。令和４年度は{fw(GRANTS_BY_YEAR[2022])}件、令和５年度は{GRANTS_BY_YEAR[2023]}件でした。県産柚子加工品の輸出額は令和６年度に{t6:,}万円となり、令和４年度の1.7倍になりました。品目別では柚子果汁が最も多く、ゆずこしょうも大きく伸びています。目標は、事業者数を除いて達成しました。
""", 0)
    st += [caption(exports.title, "（単位：万円）"), exports.flowable(), Spacer(1, 2)]
    st += notes(["※３ 「その他」は、柚子茶、柚子酒、柚子の香りの石けん等です。"])
    st += [caption(kpi.title, "（令和６年度）"), kpi.flowable(), Spacer(1, 2)]
    st += notes(["※４ 目標は、櫨県柚子産業振興プランによるものです。達成率は実績を目標で除して百分率とし、小数点以下を四捨五入しました。"])
    st += [P("５　申請に必要な書類", H1)]
    st += bullets(YUZU_PAPERS, 0)
    st += [P("６　よくある質問", H1)]
    qa = [
        ("複数のコースを同時に申請できますか。",
         f"できます。ただし、補助金の額は１事業者当たり{MULTI_CAP}万円が上限です。"),
        ("第１次募集で交付を受けた事業者が、第２次募集に申請できますか。",
         "別のコースであれば申請できます。同じコースへの申請はできません。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{YUZU_DEPT} 輸出推進班　電話：098-947-4120　ファクス：098-947-4129",
        f"{SHINKOKAI}（事前相談・申請書の書き方）　電話：098-947-4180",
        "電子メール：haze-yuzu@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return wasabi_specs() + furin_specs() + yuzu_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    wspecs, fspecs, yspecs = wasabi_specs(), furin_specs(), yuzu_specs()
    wdoc = build_pdf(docs_dir / WASABI_PDF, wspecs, wasabi_story(wspecs),
                     f"{WASABI}交付要綱", "令和７年３月28日改正", WASABI_DEPT)
    fdoc = build_pdf(docs_dir / FURIN_PDF, fspecs, furin_story(fspecs),
                     f"令和７年度 {FURIN} 報告書", "令和７年12月", FURIN_DEPT)
    ydoc = build_pdf(docs_dir / YUZU_PDF, yspecs, yuzu_story(yspecs),
                     f"令和７年度 {YUZU}のご案内", "令和７年４月", YUZU_DEPT)
    gold = all_gold({WASABI_PDF: wdoc.row_pages, FURIN_PDF: fdoc.row_pages, YUZU_PDF: ydoc.row_pages})
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
    # --- wasabi: the grant guideline, tables (a) (b), articles, definitions, sibling sections, steps, Q&A
    dict(question="生わさびを香港に出している生産者から、輸出先での日持ちを確かめる賞味期限試験の費用も補助してもらえるか聞かれました。対象になりますか？",
         category="wasabi", doc=WASABI_PDF,
         evidence=["の欄の経費は、補助の対象としない", "賞味期限試験はわさび加工品に限り"], answer=["補助の対象としない"],
         notes="(a) the 「－」 cells: row 賞味期限試験 is printed 「－」 under the group 生わさび, and note ※１ says a 「－」 "
               "cost is not covered (shelf-life tests only for わさび加工品); 50 / 400 (the わさび加工品 leaves of the same "
               "row) are the traps"),
    dict(question="2025年度の交付で、わさび漬のメーカーが輸出用のラベルを作る場合、上限額はいくらですか？",
         category="wasabi", doc=WASABI_PDF, evidence=["輸出用ラベルの作成 50 150 60 300"], answer=["300"],
         notes="(a) two-level header, group わさび加工品 (わさび漬 is named in the 「わさび加工品」 definition), leaf "
               "上限額（千円）: 300千円; 150 (生わさび) and 60 (the rate) are the traps; 2025年度 = 令和７年度 (the "
               "guideline prints only 2020年度 in Western form)"),
    dict(question="練りわさびを作っている会社が、ウェブ上で開かれる海外向けの見本市に出展するそうです。小間料などで800千円かかる場合、補助金はいくらになりますか？",
         category="wasabi", doc=WASABI_PDF,
         evidence=["海外見本市への出展 50 500 50 700", "上限額に２分の１を乗じて得た額を上限額とする"],
         answer=["350千円"], computed=True,
         notes="three facts: 練りわさび is a わさび加工品 (definition in 第２条), (a) group わさび加工品 gives 50 % and "
               "700千円, and 第５条第２項 halves the cap of an online fair (note ※３): 800 × 50 % = 400 > 700 / 2 = "
               "350 → 350千円; 400千円 (the cap not halved) is the trap"),
    dict(question="わさびの輸出補助金は、2023年度に何件交付されましたか？",
         category="wasabi", doc=WASABI_PDF, evidence=["令和５年度 15 11 ６ 6,320"], answer=["11"],
         notes="(b) years as rows, header cells printed over two lines: 2023年度 = 令和５年度, column 交付件数（件）; "
               "15 (申請件数) and ６ (うち加工品) are the traps"),
    dict(question="わさびの輸出補助金で、令和４年度から令和６年度までの３年間に交付された額は合わせていくらですか？",
         category="wasabi", doc=WASABI_PDF,
         evidence=["令和４年度 12 ９ ４ 4,870", "令和５年度 15 11 ６ 6,320", "令和６年度 19 14 ８ 8,950"],
         answer=["20,140千円"], computed=True,
         notes="(b) sum of a column over three rows: 4,870 + 6,320 + 8,950 = 20,140千円 (the five-year 25,780千円 of "
               "the prose is the trap)"),
    dict(question="本わさびを３割、ホースラディッシュを７割使ったチューブのわさびを輸出したい会社があります。この補助金の対象になる加工品に当たりますか？",
         category="wasabi", doc=WASABI_PDF,
         evidence=["西洋わさび（ホースラディッシュ）を主な原料とするものを含まない", "原料の重量の50％以上使用して"],
         answer=["含まない"],
         notes="definition boundary: 「わさび加工品」とは、生わさびを原料の重量の50％以上使用して…西洋わさび"
               "（ホースラディッシュ）を主な原料とするものを含まない (no, for both reasons)"),
    dict(question="わさび農家が４軒集まって代表者を決め、共同で輸出に取り組むそうです。この補助金は１件当たり最大いくらまで出ますか？",
         category="wasabi", doc=WASABI_PDF,
         evidence=["生産者３者以上で構成し", "１補助事業者当たり120万円（生産者グループは200万円）"], answer=["200万円"],
         notes="two facts: four growers with a representative are a 生産者グループ (definition in 第２条第５項), whose "
               "limit per grantee is 200万円 (第５条第１項, in 万円 while the 別表 is in 千円); 120万円 is the trap"),
    dict(question="わさびを酒粕に漬けた商品を作っている会社の交付事例では、補助金はいくらでしたか？",
         category="wasabi", doc=WASABI_PDF, evidence=["（２）わさび漬製造業Ｂ社", "補助金の額：58万円"], answer=["58万円"],
         notes="sibling sections （１）–（３） of （参考４） share the labels 主な輸出先, 活用した経費区分, 補助金の額; "
               "（２）わさび漬製造業Ｂ社 (酒粕に漬けたわさび = わさび漬); 52万円 and 31万円 are the siblings' values"),
    dict(question="わさびの補助事業が終わったら、実績報告はいつまでに出せばよいですか？",
         category="wasabi", doc=WASABI_PDF, evidence=["実績報告（事業の完了から30日以内"], answer=["30日以内"],
         notes="procedure step ⑥ of （参考２） (also 第７条; 令和８年３月６日 is the latest date); the ④ 交付決定 and "
               "the ⑦ payment are near misses"),
    dict(question="同じ海外の見本市に毎年わさびを出展している会社が、４年目も補助を受けられるか聞いています。",
         category="wasabi", doc=WASABI_PDF, evidence=["同じ見本市への出展は３回までとします"], answer=["３回まで"],
         notes="Q&A: Ａ of Ｑ３ (no: the same fair only three times; 「申請できます」 alone is the trap)"),
    # --- furin: the survey of wind-chime makers, tables (c) (d) (e), definitions, sibling sections, prose figures
    dict(question="工房の店先で外国人観光客に風鈴を売っているだけの事業者は、この調査でいう輸出事業者に数えられていますか？",
         category="furin", doc=FURIN_PDF, evidence=["国内で訪日外国人に販売しただけの事業者は含まない"], answer=["含まない"],
         notes="definition boundary: 「輸出事業者」とは…海外の顧客、販売店又は越境ＥＣの購入者に直接販売した事業者をいい、"
               "国内で訪日外国人に販売しただけの事業者は含まない (no)"),
    dict(question="木や竹で作った風鈴の事業者は、令和６年度に合わせてどれだけ輸出していますか？",
         category="furin", doc=FURIN_PDF, evidence=["木・竹製風鈴 11 ３ 240 ７"], answer=["240"],
         notes="(c) continuation page (no header there): row 木・竹製風鈴, column 輸出額（万円）; 11 (回答事業者数) and "
               "７ (取引先数) are the traps"),
    dict(question="真鍮や銅合金の風鈴を作っている事業者のうち、令和６年度に輸出したのは何％ですか？",
         category="furin", doc=FURIN_PDF, evidence=["真鍮・銅合金風鈴 ９ ５ 1,210 19"], answer=["55.6%"], computed=True,
         notes="(c) share within a row on the page before the break: 5 / 9 = 55.6 % (5 / 41 of all exporters is a "
               "wrong reading)"),
    dict(question="令和６年度の中国向けの風鈴の輸出額は、前年度からどれだけ変わりましたか？",
         category="furin", doc=FURIN_PDF, evidence=["中国 720 540 ▲180"], answer=["▲180"],
         notes="(d) the 増減 column prints a decrease with ▲ (note ※２): row 中国 → ▲180 (a decrease of 180万円)"),
    dict(question="2024年度に風鈴の輸出額が２番目に多かった輸出先はどこですか？",
         category="furin", doc=FURIN_PDF, evidence=["台湾 960 1,240 280"], answer=["台湾"],
         notes="(d) second-largest in the column 令和６年度 (2024年度; the report prints only 2025年 in Western form): "
               "米国 1,880, 台湾 1,240, フランス 980; the rows are in geographic order; 香港 (second in 令和５年度) is "
               "the trap"),
    dict(question="2024年度の風鈴の輸出額のうち、米国向けは何％を占めますか？",
         category="furin", doc=FURIN_PDF, evidence=["米国 1,520 1,880 360", "合計 6,300 7,410 1,110"],
         answer=["25.4%"], computed=True,
         notes="(d) share within a year column: 1,880 / 7,410 = 25.4 % (2024年度 = 令和６年度; 1,520 / 6,300 is the "
               "other year)"),
    dict(question="主に鉄の鋳物で風鈴を作っている事業者のうち、職人不足を輸出の課題に挙げたのはどのくらいの割合ですか？",
         category="furin", doc=FURIN_PDF,
         evidence=["金属風鈴製造業は「鋳物風鈴（鉄）」", "職人の不足・高齢化 48.8 46.7 69.2"], answer=["69.2"],
         notes="(e) unruled table, column 金属風鈴製造業, picked by note ※１ of (c) (a maker is classed by its main "
               "product; 鋳物風鈴（鉄） → 金属風鈴製造業); 48.8 (全体) and 46.7 (ガラス風鈴製造業) are the traps"),
    dict(question="焼き物の風鈴を作っている会社の事例では、主にどこへ輸出していますか？",
         category="furin", doc=FURIN_PDF, evidence=["（３）陶磁器風鈴製造業Ｆ社", "主な輸出先：台湾、香港"],
         answer=["台湾、香港"],
         notes="sibling sections （１）–（３） of ４ share the labels 主な輸出先, 輸出を始めた時期, 海外向けの工夫; "
               "（３）陶磁器風鈴製造業Ｆ社 (焼き物 = 陶磁器); 米国、台湾 and フランス、ドイツ are the siblings' values"),
    dict(question="従業者が５人に満たない小さな風鈴工房のうち、輸出しているのは何者ですか？",
         category="furin", doc=FURIN_PDF, evidence=["５人未満の58者のうち輸出事業者は14者"], answer=["14者"],
         notes="prose only (the firm sizes are in no table): ５人未満 58者, of which 14 export; 58 is the trap"),
    # --- yuzu: the guide for applicants, tables (f) (g), courses, definitions, a note, label-value lines
    dict(question="海外のスーパーの店頭で柚子製品の試食販売をしたいという会社があります。補助の上限はいくらですか？",
         category="yuzu", doc=YUZU_PDF, evidence=["（３）店頭販促コース", "補助上限額：100万円"], answer=["100万円"],
         notes="sibling sections （１）–（３） of ２ share the labels 対象となる経費, 補助率, 補助上限額; the tasting sale "
               "at a foreign shop (海外の小売店での試食販売) is （３）店頭販促コース; 60万円 and 80万円 are the siblings' "
               "values, 150万円 (note ※２) a near miss"),
    dict(question="隣の県で採れた柚子を一部混ぜて県内で搾った果汁は、この補助金でいう県産柚子に当たりますか？",
         category="yuzu", doc=YUZU_PDF, evidence=["県外で栽培された柚子を混ぜたものを含みません"], answer=["含みません"],
         notes="definition boundary: 「県産柚子」とは、県内の園地で栽培し、県内で搾汁又は加工した柚子をいい、県外で栽培"
               "された柚子を混ぜたものを含みません (no, although it was pressed in the prefecture)"),
    dict(question="令和６年の秋に初めて柚子果汁を輸出した会社が、海外の料理人を招いた試作会に96万円かけるそうです。補助金はいくらになりますか？",
         category="yuzu", doc=YUZU_PDF,
         evidence=["最初の輸出が令和５年４月１日以降", "補助率を３分の２とします", "補助上限額：80万円"],
         answer=["64万円"], computed=True,
         notes="three facts: a first export in 令和６年 makes a 新規輸出事業者 (definition in １), whose rate is ３分の２ "
               "(note ※１); the tasting with chefs is （２）飲食店提案コース (sibling section, cap 80万円): 96 × 2/3 = "
               "64万円 ≤ 80; 48万円 (the rate ２分の１) is the trap"),
    dict(question="2024年度に柚子加工品の輸出に取り組んだ事業者は、実際には何者でしたか？",
         category="yuzu", doc=YUZU_PDF, evidence=["輸出に取り組む事業者数（者） 30 27 90"], answer=["27"],
         notes="(f) KPI table, column 実績, unit 者 from the row label's bracket; 2024年度 = 令和６年度 (caption note; the "
               "guide prints no Western year); 30 (目標) and 90 (達成率) are the traps"),
    dict(question="令和６年度の柚子加工品の輸出額は、目標をどれだけ上回りましたか？",
         category="yuzu", doc=YUZU_PDF, evidence=["柚子加工品の輸出額（万円） 4,200 4,606 110"], answer=["406万円"],
         computed=True,
         notes="(f) difference in a KPI row, unit from the label's bracket: 4,606 − 4,200 = 406万円 (110 is the 達成率)"),
    dict(question="ゆずこしょうの輸出額は、表にある３年間の合計でいくらですか？",
         category="yuzu", doc=YUZU_PDF, evidence=["ゆずこしょう 620 810 1,070 2,500"], answer=["2,500"],
         notes="(g) total column on the right: row ゆずこしょう, column 計 (令和４年度–令和６年度, a fiscal_year_range); "
               "1,070 (令和６年度) is the trap"),
    dict(question="2024年度の柚子加工品の輸出額のうち、ゆずこしょうは何％を占めていますか？",
         category="yuzu", doc=YUZU_PDF, evidence=["ゆずこしょう 620 810 1,070 2,500", "合計 2,700 3,550 4,606 10,856"],
         answer=["23.2%"], computed=True,
         notes="(g) share within a year column: 1,070 / 4,606 = 23.2 % (2024年度 = 令和６年度); 2,500 / 10,856 = 23.0 % "
               "over three years is a wrong reading"),
    dict(question="柚子加工品の輸出補助金は、西暦で何年度に始まった制度ですか？",
         category="yuzu", doc=YUZU_PDF, evidence=["この補助金は令和４年度に始まり"], answer=["2022年度"], computed=True,
         notes="an era year turned into a Western year: 令和４年度 = 2022年度 (the guide prints no Western year)"),
    dict(question="柚子の補助金の第２次募集は、いつまで受け付けていますか？",
         category="yuzu", doc=YUZU_PDF, evidence=["第２次：令和７年８月18日から９月19日まで"], answer=["９月19日まで"],
         notes="「label：value」 line 募集期間 (two rounds on one line); ６月６日 (第１次) is the trap"),
    # --- followups
    dict(question="では、同じラベルの経費を生わさびで申請する場合、その上限額はいくらですか？",
         category="followup", doc=WASABI_PDF, evidence=["輸出用ラベルの作成 50 150 60 300"], answer=["150"],
         history=_turns("わさび漬の輸出用ラベルを作る場合、補助率は何％ですか？",
                        "わさび加工品の輸出用ラベルの作成の補助率は60％です[1]。"),
         notes="(a) the row from the history (輸出用ラベルの作成), the other group (生わさび), leaf 上限額（千円）; 300 "
               "(わさび加工品) is the trap"),
    dict(question="その年度の交付額は、全部でいくらでしたか？",
         category="followup", doc=WASABI_PDF, evidence=["令和４年度 12 ９ ４ 4,870"], answer=["4,870"],
         history=_turns("わさびの輸出補助金は、2022年度に何件の申請がありましたか？",
                        "2022年度（令和４年度）の申請は12件でした[1]。"),
         notes="(b) the year from the history (2022年度 = 令和４年度), column 交付額（千円）"),
    dict(question="それらの事業者の海外の取引先は、合わせて何社ありますか？",
         category="followup", doc=FURIN_PDF, evidence=["鋳物風鈴（鉄） 16 ８ 1,860 38"], answer=["38"],
         history=_turns("鉄の鋳物の風鈴を作る事業者のうち、輸出しているのは何者ですか？",
                        "鋳物風鈴（鉄）の輸出事業者は８者です[1]。"),
         notes="(c) the row from the history (鋳物風鈴（鉄）), column 海外の取引先数（社）, page 1"),
    dict(question="それを金属風鈴製造業に限ると、何％ですか？",
         category="followup", doc=FURIN_PDF, evidence=["送料の高さ 58.5 60.0 61.5"], answer=["61.5"],
         history=_turns("風鈴の輸出の課題で、送料の高さを挙げた事業者は全体で何％ですか？",
                        "全体では58.5％です[1]。"),
         notes="(e) the row from the history (送料の高さ), column 金属風鈴製造業; 60.0 (ガラス風鈴製造業) is the trap"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=YUZU_PDF, evidence=["電話：098-947-4180"], answer=["098-947-4180"],
         history=_turns("柚子の補助金の申請書の書き方を相談したいという会社があります。どこに聞けばよいですか？",
                        "申請書の書き方は、一般社団法人櫨県柚子振興会が相談を受け付けています[1]。"),
         notes="contact box of the guide: the 振興会's phone (second line); the 班's phone 098-947-4120 and fax "
               "098-947-4129 (first line) are the near misses"),
    dict(question="その年度の、ゆずポン酢などの調味料の輸出額はいくらでしたか？",
         category="followup", doc=YUZU_PDF, evidence=["ゆずポン酢等の調味料 540 690 880 2,110"], answer=["690"],
         history=_turns("令和５年度の柚子果汁の輸出額はいくらでしたか？",
                        "令和５年度の柚子果汁の輸出額は1,580万円でした[1]。"),
         notes="(g) the year from the history (令和５年度), row ゆずポン酢等の調味料"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="わさびの補助金を受けた生産者は、わさび田の広さがどのくらいの人が多いのでしょうか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline names わさび田 in a definition and gives grants and cases, not the growers' acreage",
         absent=["面積", "ヘクタール", "アール", "広さ"]),
    dict(question="わさび加工品の賞味期限試験は、１回当たり平均いくらくらいかかるものですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline gives the rate and the cap of 賞味期限試験 (50 %, 400千円), not what a test costs",
         absent=["相場", "平均費用", "１回当たり", "試験費用"]),
    dict(question="輸出されている風鈴は、１個当たりいくらくらいで売られていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives export amounts by product and destination, not prices",
         absent=["単価", "１個当たり", "販売価格"]),
    dict(question="風鈴の職人の平均年齢は何歳くらいですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives 職人の不足・高齢化 as an issue, not the craftsmen's age",
         absent=["平均年齢", "歳"]),
    dict(question="櫨県の柚子の生産量は、毎年何トンくらいありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the export amounts of yuzu products in 万円, not the harvest",
         absent=["生産量", "トン", "収穫量"]),
    dict(question="令和６年度に柚子の補助金を申請して採択されなかった会社は何社ありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the grants (18件 in 令和６年度, by course), not the applications or rejections",
         absent=["不採択", "採択されなかった"]),
]
CATEGORY_COUNTS = {"wasabi": 10, "furin": 9, "yuzu": 9, "followup": 6, "unanswerable": 6}
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
DEFINITION_BOUNDARY = 3  # notes start with "definition boundary"
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h100q", "h100t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G = (
    "経費区分ごとの補助率及び上限額", "交付の実績", "製品の種類別の回答事業者と輸出の状況", "輸出先別の輸出額",
    "輸出に当たっての課題（複数回答）", "輸出拡大の目標と実績", "品目別の輸出額の推移")
LETTERS = dict(zip((A, B, C, D, E, F, G), "abcdefg"))
PLANNED_CELLS = {A: 16, B: 20, C: 36, D: 30, E: 18, F: 12, G: 24}


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _frac_amount(x: Fraction, unit: str) -> str:
    assert x.denominator == 1, x
    return f"{int(x):,}{unit}"


COURSE = {c[0]: c for c in COURSES}
COMPUTED = {  # question id -> the answer string, computed from gold cells (or the course data / era year)
    "h100q03": lambda g: _frac_amount(min(Fraction(800) * g(A, "海外見本市への出展", "わさび加工品／補助率（％）", 2025) / 100,
                                          g(A, "海外見本市への出展", "わさび加工品／上限額（千円）", 2025) * ONLINE_FACTOR), "千円"),
    "h100q05": lambda g: f"{sum(g(B, era(y), '交付額（千円）', y) for y in (2022, 2023, 2024)):,}千円",
    "h100q13": lambda g: _pct(g(C, "真鍮・銅合金風鈴", "輸出事業者数（者）", 2024), g(C, "真鍮・銅合金風鈴", "回答事業者数（者）", 2024)),
    "h100q16": lambda g: _pct(g(D, "米国", "令和６年度", 2024), g(D, "合計", "令和６年度", 2024)),
    "h100q22": lambda g: _frac_amount(min(Fraction(96) * NEW_RATE, Fraction(COURSE["飲食店提案コース"][4])), "万円"),
    "h100q24": lambda g: f"{g(F, '柚子加工品の輸出額（万円）', '実績', 2024) - g(F, '柚子加工品の輸出額（万円）', '目標', 2024):,}万円",
    "h100q26": lambda g: _pct(g(G, "ゆずこしょう", "令和６年度", 2024), g(G, "合計", "令和６年度", 2024)),
    "h100q27": lambda g: f"{era_year('令和', '4')}年度",
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {WASABI_PDF: (3, 3), FURIN_PDF: (3, 3), YUZU_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (8, 40)  # after norm
GOLD_CELLS = (150, 210)
TABLE_QUESTIONS = 12  # at least, outside the followups
COMPUTED_RANGE = (6, 12)
WESTERN_SHARE = (0.30, 0.70)
BEFORE_BREAK_ROWS = ("ガラス風鈴（宙吹き）", "ガラス風鈴（型吹き）")  # rows of (c) expected before the page break
CONTINUED_ROWS = ("木・竹製風鈴", "その他", "合計")  # and after it
RUNNING_HEADER_LINES = 4  # header left, header right, page number, footer: what pypdf emits first on a page
PHONE_ANY = r"\d{2,4}-\d{2,4}-\d{4}"


def own_number(num: str, text: str) -> bool:
    """`num` occurs in `text` as a number of its own (not inside a longer number)."""
    return re.search(r"(?<![\d,.])" + re.escape(num) + r"(?![\d]|[,.]\d)", text) is not None


def check_files(out: Path) -> list[str]:
    """Every problem found in the set under `out` (empty when all is well)."""
    out = Path(out)
    errors = []
    docs_dir = out / DOCS_DIR
    if not docs_dir.is_dir() or sorted(f.name for f in docs_dir.iterdir()) != sorted(PAGE_COUNTS):
        names = sorted(f.name for f in docs_dir.iterdir()) if docs_dir.is_dir() else None
        return [f"{DOCS_DIR}/ holds {names}, expected only the three PDFs"]
    pages = extract_pages(docs_dir)
    errors += check_texts(out, pages)
    for f in sorted(docs_dir.iterdir()):
        if f.stat().st_size >= MAX_FILE_BYTES:
            errors.append(f"{f.name} is {f.stat().st_size} bytes, not < 100 KB")
    questions, gold = read_jsonl(out / "questions.jsonl"), read_jsonl(out / "tables.jsonl")
    if questions != expected_questions():
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout100.py")
    errors += check(questions, gold, pages)
    readme = out / "README.md" if (out / "README.md").exists() else Path(__file__).resolve().parent / "README.md"
    files = {"tables.jsonl": (out / "tables.jsonl").read_text(encoding="utf-8"),
             "questions.jsonl": (out / "questions.jsonl").read_text(encoding="utf-8")}
    if readme.exists():
        files["README.md"] = readme.read_text(encoding="utf-8")
    else:
        errors.append("README.md not found")
    errors += check_fiction(pages, files, questions)
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


def check_questions(questions, gold, pages) -> list[str]:
    errors = []
    doc_text = {n: norm("\n".join(p)) for n, p in pages.items()}
    absent = {q["question"]: q.get("absent", []) for q in QUESTIONS}
    if len(questions) != 40:
        errors.append(f"{len(questions)} questions, expected 40")
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
            errors.append(f"{qid}: needs 1-3 evidence strings and exactly one answer")
        errors += check_answerable(qid, q, doc_text[q["doc"]], EVIDENCE_LEN)
        if q.get("computed"):
            # stricter than docgen: not even the bare number of a computed answer is printed as a number of its own
            for a in q["answer"]:
                bare = re.sub(r"(%|千円|万円|円|件|者|人|年度)$", "", nfkc(a))
                if own_number(bare, doc_text[q["doc"]]):
                    errors.append(f"{qid}: the computed number {bare} is printed in its document")
        for t in table_of(q):
            if next(g["doc"] for g in gold if g["table"] == t) != q["doc"]:
                errors.append(f"{qid}: its notes name table {t} of another document")
        for a in q["answer"]:
            if re.search(PHONE_ANY, a):
                others = set(re.findall(PHONE_ANY, doc_text[q["doc"]])) - {a}
                if q["category"] != "followup" or len(others) < 2:
                    errors.append(f"{qid}: a phone answer only as a follow-up, with at least two other numbers nearby")
    errors += check_question_mix(questions, CATEGORY_COUNTS, WESTERN_SHARE)
    sibling = sum("sibling sections" in q["notes"] and q["category"] not in ("followup", "unanswerable") for q in questions)
    if sibling != SIBLING:
        errors.append(f"{sibling} sibling-section questions, expected {SIBLING}")
    boundary = sum(q["notes"].startswith("definition boundary") for q in questions)
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
    for t in LETTERS:  # every table is asked about outside the follow-ups
        if not any(t in table_of(q) for q in questions if q["doc"] and q["category"] != "followup"):
            errors.append(f"no question on table {t} outside the follow-ups")
    for doc in ALL_PDFS:
        if sum(q["doc"] == doc for q in questions) < 10:
            errors.append(f"{doc}: fewer than 10 questions")
    if sum("second-largest" in q["notes"] and q["category"] != "unanswerable" for q in questions) < 1:
        errors.append("no second-largest question")
    n_computed = sum(bool(q.get("computed")) for q in questions)
    if not COMPUTED_RANGE[0] <= n_computed <= COMPUTED_RANGE[1]:
        errors.append(f"{n_computed} computed questions, expected {COMPUTED_RANGE[0]}-{COMPUTED_RANGE[1]}")
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
    per_table = defaultdict(int)
    for g in gold:
        per_table[g.get("table")] += 1
    if dict(per_table) != PLANNED_CELLS:
        errors.append(f"gold cells per table {dict(per_table)}, planned {PLANNED_CELLS}")
    any_page = defaultdict(lambda: {0})
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout100.py")
    table_pages = defaultdict(set)
    for g in gold:
        table_pages[g.get("table")].add(g.get("page"))
    for i, g in enumerate(gold, 1):
        if list(g) != GOLD_KEYS:
            errors.append(f"gold {i}: fields {list(g)}")
            continue
        if g["id"] != f"{PREFIX_T}{i:03d}":
            errors.append(f"gold {i}: id {g['id']!r}")
        if g["table"] not in specs or g["doc"] not in pages or not 1 <= (g["page"] or 0) <= len(pages.get(g["doc"], [])):
            errors.append(f"{g['id']}: unknown table, document or page")
            continue
        number, _ = parse_number(g["value"])
        if number != g["number"]:
            errors.append(f"{g['id']}: number {g['number']!r}, value {g['value']!r} parses to {number!r}")
        if g["unit"] not in UNITS:
            errors.append(f"{g['id']}: unit {g['unit']!r} is not one of {UNITS}")
        if g["number"] is None or g["value"] == DASH:
            errors.append(f"{g['id']}: every gold cell of this set is numeric (「－」 is no cell)")
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
    if not errors:
        errors += check_totals(gold)
        errors += check_layouts(gold, pages)
    return errors


def check_totals(gold) -> list[str]:
    """Totals add up inside each table and between tables and prose data."""
    errors = []
    t = defaultdict(lambda: defaultdict(dict))
    for g in gold:
        t[g["table"]][g["row"]][g["column"]] = g["number"]

    def adds_up(table, cols, total="合計"):
        tab = t[table]
        rows = [r for r in tab if r != total]
        for col in cols:
            if tab[total].get(col) != sum(tab[r].get(col, 0) for r in rows):
                errors.append(f"{table}: {total} of {col} does not add up")

    try:
        # (a): rates within 100 %; no cap above the limit per grantee of 第５条 (万円 → 千円)
        for row, r in t[A].items():
            for col, v in r.items():
                if "補助率" in col and not 0 < v <= 100:
                    errors.append(f"{A} / {row}: rate {v} out of range")
                if "上限額" in col and v > FIRM_CAP * 10:
                    errors.append(f"{A} / {row}: cap {v}千円 above the limit per grantee of 第５条")
        # (b): growing applications; 加工品 ≤ grants ≤ applications; amounts within the caps; the prose totals
        b = t[B]
        ns = [b[era(y)]["申請件数（件）"] for y, *_x in RECORD]
        if ns != sorted(set(ns)):
            errors.append(f"{B}: 申請件数 should grow every year")
        for row, r in b.items():
            if not r["うち加工品（件）"] <= r["交付件数（件）"] <= r["申請件数（件）"] \
                    or r["交付額（千円）"] > r["交付件数（件）"] * GROUP_CAP * 10:
                errors.append(f"{B} / {row}: grants or amounts out of range")
        # (c): 合計 adds up; exporters within respondents; the prose firm sizes add up to 合計
        c = t[C]
        ccols = ["回答事業者数（者）", "輸出事業者数（者）", "輸出額（万円）", "海外の取引先数（社）"]
        adds_up(C, ccols)
        if any(r["輸出事業者数（者）"] > r["回答事業者数（者）"] for r in c.values()):
            errors.append(f"{C}: exporters above respondents")
        if c["合計"]["回答事業者数（者）"] != sum(s[1] for s in SIZES) or c["合計"]["輸出事業者数（者）"] != sum(s[2] for s in SIZES):
            errors.append(f"{C}: 合計 differs from the firm sizes of the prose")
        # (d): 合計 adds up; 増減 is the difference; 令和６年度 合計 equals (c)'s 輸出額
        d = t[D]
        adds_up(D, [era(2023), era(2024), "増減"])
        for row, r in d.items():
            if r["増減"] != r[era(2024)] - r[era(2023)]:
                errors.append(f"{D} / {row}: 増減 is not the difference")
        if d["合計"][era(2024)] != c["合計"]["輸出額（万円）"]:
            errors.append(f"{D}: 令和６年度 合計 differs from {C}'s 輸出額")
        # (e): per cents from the counts; the ｎ from (c) and the classes of note ※１
        n_all, n_g, n_m = class_n()
        if n_all != c["合計"]["輸出事業者数（者）"] or n_g != sum(c[x]["輸出事業者数（者）"] for x in GLASS) \
                or n_m != sum(c[x]["輸出事業者数（者）"] for x in METAL):
            errors.append(f"{E}: the ｎ differ from {C}")
        for name, g_, m_, o_ in ISSUES:
            r = t[E][name]
            want = (pct1(g_ + m_ + o_, n_all), pct1(g_, n_g), pct1(m_, n_m))
            if tuple(Decimal(str(r[k])) for k in ("全体", "ガラス風鈴製造業", "金属風鈴製造業")) != want:
                errors.append(f"{E} / {name}: per cents differ from the counts")
            if g_ > n_g or m_ > n_m or o_ > n_all - n_g - n_m:
                errors.append(f"{E} / {name}: more answers than respondents")
        # (f): 達成率 = 実績 / 目標 rounded half up; 輸出額 実績 = (g)'s 令和６年度 合計
        for row, r in t[F].items():
            if r["達成率（％）"] != pct0(r["実績"], r["目標"]):
                errors.append(f"{F} / {row}: 達成率 is not 実績 / 目標")
        gg = t[G]
        if t[F]["柚子加工品の輸出額（万円）"]["実績"] != gg["合計"][era(2024)]:
            errors.append(f"{F}: 輸出額 実績 differs from {G}")
        # (g): 計 is the row sum; 合計 adds up
        years = [era(y) for y in EXPORT_YEARS]
        adds_up(G, years + ["計"])
        for row, r in gg.items():
            if r["計"] != sum(r[y] for y in years):
                errors.append(f"{G} / {row}: 計 is not the sum of the years")
    except KeyError as e:
        errors.append(f"totals: a gold cell is missing ({e})")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    # (c): continued over the page 1→2 break without its header
    prod = specs["products"]
    bp = sorted({g["page"] for g in gold if g["table"] == C})
    if len(bp) != 2 or bp[1] != bp[0] + 1:
        errors.append(f"{C} is on pages {bp}, expected two consecutive pages")
    else:
        header = norm("".join(prod.header[0]))
        on = [i + 1 for i, p in enumerate(pages[FURIN_PDF]) if header in norm(p)]
        if prod.repeat_header or on != bp[:1]:
            errors.append(f"{C}: header printed on pages {on}, expected only on {bp[:1]}")
        cont_text = norm(pages[FURIN_PDF][bp[1] - 1])
        cont_lines = {x.strip() for x in pages[FURIN_PDF][bp[1] - 1].splitlines()}
        for part in [x for h in prod.header[0] for x in h.split("\n")]:
            if part.strip() in cont_lines:  # pypdf emits one header part per line
                errors.append(f"{C}: header part {part!r} repeated on the continuation page")
        first = [g["row"] for g in gold if g["table"] == C and g["page"] == bp[0]][::4]
        cont = [g["row"] for g in gold if g["table"] == C and g["page"] == bp[1]][::4]
        if not 2 <= len(first) <= 7:
            errors.append(f"{C}: {len(first)} rows before the page break, expected 2-7")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{C}: rows on the wrong side of the page break ({first} / {cont})")
        lines = [x.strip() for x in pages[FURIN_PDF][bp[1] - 1].splitlines() if x.strip()]
        if len(lines) <= RUNNING_HEADER_LINES or (cont and lines[RUNNING_HEADER_LINES] != cont[0]):
            errors.append(f"{C}: the continuation page does not start with a data row after the running header")
        if norm("貝殻、石等で作った風鈴") not in cont_text:
            errors.append(f"{C}: note ※１ should follow the table on the continuation page")
    for key, spec in specs.items():
        if key == "products":
            continue
        tp = {g["page"] for g in gold if g["table"] == spec.title}
        if len(tp) != 1:
            errors.append(f"{spec.title} is on pages {sorted(tp)}, expected one page")
    if specs["issues"].ruled or not all(s.ruled for k, s in specs.items() if k != "issues"):
        errors.append(f"only {E} must be drawn without ruling lines")
    # two-line header cells of (b) and (c): both parts on consecutive lines of the extracted text
    for key, doc in (("record", WASABI_PDF), ("products", FURIN_PDF)):
        spec = specs[key]
        heads = [h for h in spec.header[0][1:]]
        if not all("\n" in h for h in heads):
            errors.append(f"{spec.title}: every value header should be printed over two lines")
        page = min(g["page"] for g in gold if g["table"] == spec.title)
        lines = [x.strip() for x in pages[doc][page - 1].splitlines()]
        for h in heads:
            if "\n" not in h:
                continue
            a, b = h.split("\n")
            if not any(lines[k] == a.strip() and lines[k + 1] == b.strip() for k in range(len(lines) - 1)):
                errors.append(f"{spec.title}: header {h!r} is not on two consecutive lines")
    # (a): two header rows, three spans, group／leaf columns (the leaves repeated), units, the 「－」 cells
    rates = specs["rates"]
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["生わさび／補助率（％）", "生わさび／上限額（千円）", "わさび加工品／補助率（％）", "わさび加工品／上限額（千円）"]
    if len(rates.header) != 2 or len(rates.spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "千円"}:
        errors.append(f"{A}: units should come from the header leaves")
    dashes = set()
    for spec in specs.values():
        for r in spec.rows:
            for c in spec.value_cols:
                if r[c] == DASH:
                    dashes.add((label(r[spec.label_col]), spec.column_label(c)) if spec is rates else (spec.title, c))
    if dashes != DASH_CELLS:
        errors.append(f"the 「－」 cells are {sorted(dashes)}, planned {sorted(DASH_CELLS)}")
    if any((g["row"], g["column"]) in DASH_CELLS for g in gold if g["table"] == A):
        errors.append(f"{A}: a 「－」 cell is a gold cell")
    # (b): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::4] != [y for y, *_x in RECORD]:
        errors.append(f"{B}: expected years as rows")
    # (d): ▲ exactly on the negative numbers; years as columns; 増減 with its range; no other range or ▲
    dg = [g for g in gold if g["table"] == D]
    if any(g["value"].startswith("▲") != (g["number"] < 0) for g in gold) or not any(g["value"].startswith("▲") for g in dg):
        errors.append("▲ should mark exactly the negative numbers, and (d) should print at least one")
    if any(g["value"].startswith("▲") for g in gold if g["table"] != D or g["column"] != "増減"):
        errors.append("only the 増減 column of (d) may print ▲")
    if list(dict.fromkeys(g["column"] for g in dg)) != [era(2023), era(2024), "増減"] \
            or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in dg if g["column"] != "増減") \
            or any(g["fiscal_year_range"] != [2023, 2024] for g in dg if g["column"] == "増減"):
        errors.append(f"{D}: expected two fiscal years as columns and a 増減 column with [2023, 2024]")
    # (f): 目標 / 実績 / 達成率, a different unit per row from the label's bracket
    fg = [g for g in gold if g["table"] == F]
    if list(dict.fromkeys(g["column"] for g in fg)) != ["目標", "実績", "達成率（％）"] \
            or {g["row"]: g["unit"] for g in fg if g["column"] == "実績"} != {n: bracket_unit(n) for n, *_x in KPIS} \
            or len({g["unit"] for g in fg if g["column"] != "達成率（％）"}) != len(KPIS) \
            or {g["unit"] for g in fg if g["column"] == "達成率（％）"} != {"%"}:
        errors.append(f"{F}: expected 目標 / 実績 / 達成率 with each row's unit from its label")
    # (g): fiscal years as columns and 計 on the right with its range
    gg = [g for g in gold if g["table"] == G]
    if list(dict.fromkeys(g["column"] for g in gg)) != [era(y) for y in EXPORT_YEARS] + ["計"] \
            or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in gg if g["column"] != "計") \
            or any(g["fiscal_year"] is not None or g["fiscal_year_range"] != [2022, 2024] for g in gg if g["column"] == "計"):
        errors.append(f"{G}: expected the fiscal years as columns and 計 on the right")
    ranged = {(g["table"], g["column"]) for g in gold if g["fiscal_year_range"] is not None}
    if ranged != {(D, "増減"), (G, "計")}:
        errors.append(f"only (d)'s 増減 and (g)'s 計 may have a fiscal_year_range, got {sorted(ranged)}")
    # units only in a caption note for (d), (e), (g)
    for title, note in ((D, "（単位：万円）"), (E, "（単位：％）"), (G, "（単位：万円）")):
        doc = next(g["doc"] for g in gold if g["table"] == title)
        if norm(f"○{title}{note}") not in norm("\n".join(pages[doc])):
            errors.append(f"{title}: the caption note {note} is missing")
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
            if text.count(norm(f"（{fw(i)}）{head}")) != 1:
                errors.append(f"{doc}: the heading of sibling section {i} should be printed once")
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
        got = re.findall(PHONE_ANY, text)
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
        if text.count(norm("」とは")) != len(terms):
            errors.append(f"{what}: expected {len(terms)} definitions")

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

    def western(text, want, what):
        if re.findall(r"20\d\d年", text) != want:
            errors.append(f"{what}: the Western years printed should be {want}, got {re.findall(r'20[0-9][0-9]年', text)}")

    # ---- the grant guideline
    wt = norm("\n".join(pages[WASABI_PDF]))
    siblings(wt, WASABI_PDF, ("主な輸出先：", "活用した経費区分：", "補助金の額："), [c[0] for c in WASABI_CASES])
    if norm(f"延べ{sum(r[2] for r in RECORD)}件、{sum(r[4] for r in RECORD):,}千円") not in wt:
        errors.append("guideline: the totals in the prose differ from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件に交付しました（うちわさび加工品{fw(last[3])}件）") not in wt:
        errors.append("guideline: the 令和６年度 figures in the prose differ from (b)")
    rates = {r[0]: r for r in RATES}
    for head, _where, what, amount, (klass, items) in WASABI_CASES:
        col = 1 if klass == "生わさび" else 3
        group = "ほか" in head
        if group and int(re.search(r"ほか(\d)", nfkc(head)).group(1)) + 1 < GROUP_MIN:
            errors.append(f"guideline: case {head} is no 生産者グループ")
        caps = [rates[x][col + 1] for x in items]
        if any(rates[x][col] is None for x in items):
            errors.append(f"guideline: case {head} uses a 「－」 cost")
            continue
        if int(amount.rstrip("万円")) * 10 > min((GROUP_CAP if group else FIRM_CAP) * 10, sum(caps)):
            errors.append(f"guideline: case {head} exceeds its caps")
        if what != "、".join(items):
            errors.append(f"guideline: case {head} lists other cost items than its data")
    western(wt, ["2020年"], "guideline")
    defs(wt, ("生わさび", "わさび加工品", "県産わさび等", "賞味期限試験", "生産者グループ"), "guideline")
    for x in WASABI_EXCLUDED:
        if norm(x) not in wt:
            errors.append(f"guideline: the cost not covered {x} is missing")
    bullets_in(WASABI_PDF, len(WASABI_EXCLUDED), "guideline")
    arts = list(dict.fromkeys(re.findall(r"第(\d+)条", nfkc("\n".join(pages[WASABI_PDF])))))
    if arts != [str(i) for i in range(1, ARTICLES + 1)]:
        errors.append(f"guideline: the articles should run 第１条 to 第{fw(ARTICLES)}条 in order (got {arts})")
    qa(WASABI_PDF, 3, "guideline")
    steps_of(WASABI_PDF, "①②③④⑤⑥⑦", "guideline")
    contacts(WASABI_PDF, ["098-941-2260", "098-941-2269", "098-941-2310"], ["haze-wasabi@example.jp"], "guideline")

    # ---- the survey
    ft = norm("\n".join(pages[FURIN_PDF]))
    siblings(ft, FURIN_PDF, ("主な輸出先：", "輸出を始めた時期：", "海外向けの工夫："), [c[0] for c in FURIN_CASES])
    t = totals_c()
    if norm(f"{t['resp']}者（回答率{pct1(t['resp'], TARGET)}％）") not in ft \
            or norm(f"回答事業者{t['resp']}者のうち{t['exp']}者（{pct1(t['exp'], t['resp'])}％）") not in ft:
        errors.append("survey: the response and exporter figures in the prose differ from (c)")
    rates_by_size = [s[2] / s[1] for s in SIZES]
    if rates_by_size != sorted(rates_by_size) or norm(f"５人未満の{SIZES[0][1]}者のうち輸出事業者は{SIZES[0][2]}者") not in ft:
        errors.append("survey: the firm sizes in the prose do not hold (「規模が大きいほど」)")
    if norm(f"輸出していない{t['resp'] - t['exp']}者のうち{PLAN_TO_START}者") not in ft or PLAN_TO_START > t["resp"] - t["exp"]:
        errors.append("survey: the non-exporters in the prose do not hold")
    if max(CHANNELS) > t["exp"] or SINCE_R2 > t["exp"] or list(CHANNELS) != sorted(CHANNELS, reverse=True):
        errors.append("survey: the channels or starting years in the prose do not hold")
    by_amt = sorted(PRODUCTS, key=lambda r: -r[3])
    amt = {r[0]: r[3] for r in PRODUCTS}
    if by_amt[0][0] != "ガラス風鈴（宙吹き）" or not (amt["ガラス風鈴（宙吹き）"] + amt["鋳物風鈴（鉄）"]) * 2 > t["amt"]:
        errors.append("survey: 宙吹き the largest, or 宙吹き + 鋳物 above half, does not hold")
    ta, tb = sum(r[1] for r in DESTS), sum(r[2] for r in DESTS)
    if norm(f"輸出額は{tb:,}万円で、前年度の{ta:,}万円から{tb - ta:,}万円増えた") not in ft:
        errors.append("survey: the export totals in the prose differ from (d)")
    r6 = [d for d, _a, _b in sorted(DESTS, key=lambda r: -r[2])]
    r5 = [d for d, _a, _b in sorted(DESTS, key=lambda r: -r[1])]
    down = [d for d, a, b in DESTS if b < a]
    if r6[0] != "米国" or r6[1] != "台湾" or r5[1] != "香港" or down != ["中国", "香港"] \
            or [d for d, *_x in DESTS].index("台湾") == 1:
        errors.append("survey: the destination ranking (米国 first, 台湾 second not printed second, 香港 second before; "
                      "only 中国 and 香港 down) does not hold")
    n_all, n_g, n_m = class_n()
    top_all = max(ISSUES, key=lambda r: r[1] + r[2] + r[3])[0]
    top_g = max(ISSUES, key=lambda r: r[1])[0]
    top_m = max(ISSUES, key=lambda r: r[2])[0]
    tops = sorted(r[1] + r[2] + r[3] for r in ISSUES)
    if (top_all, top_g, top_m) != ("送料の高さ", "輸送中の破損（割れ・欠け）", "職人の不足・高齢化") or tops[-1] == tops[-2]:
        errors.append("survey: the tops of (e) in the prose do not hold")
    western(ft, ["2025年"], "survey")
    if re.findall(r"20\d\d年度", ft):
        errors.append("survey: no Western fiscal year should be printed")
    defs(ft, ("風鈴", "輸出事業者", "主な製品"), "survey")
    bullets_in(FURIN_PDF, 3, "survey")
    steps_of(FURIN_PDF, "①②③④", "survey")
    contacts(FURIN_PDF, ["098-944-3150", "098-944-3159", "098-944-3210"], ["haze-furin@example.jp"], "survey")

    # ---- the guide
    yt = norm("\n".join(pages[YUZU_PDF]))
    siblings(yt, YUZU_PDF, ("対象となる経費：", "補助率：", "補助上限額："), [c[0] for c in COURSES])
    for head, _costs, _rt, rate, cap in COURSES:
        if not rate < NEW_RATE or cap > MULTI_CAP:
            errors.append(f"guide: course {head}: the rate of note ※１ should be higher, the cap within note ※２")
    n6 = sum(GRANTS_R6)
    if norm(f"令和６年度は{n6}件（商品開発コース{fw(GRANTS_R6[0])}件、飲食店提案コース{fw(GRANTS_R6[1])}件、店頭販促コース{fw(GRANTS_R6[2])}件）") not in yt \
            or norm(f"延べ{sum(GRANTS_BY_YEAR.values()) + n6}件") not in yt:
        errors.append("guide: the grants in the prose do not add up")
    if norm(f"この補助金は{era(START_FY)[:-1]}に始まり") not in yt and norm("この補助金は令和４年度に始まり") not in yt:
        errors.append("guide: the start year is not printed as 令和")
    if era_year("令和", "4") != START_FY:
        errors.append("guide: START_FY is not 令和４年度")
    t4, t6 = exports_total(2022), exports_total(2024)
    if round(t6 / t4, 1) != 1.7 or norm(f"令和６年度に{t6:,}万円") not in yt:
        errors.append("guide: 「令和４年度の1.7倍」 or the 令和６年度 total does not hold")
    top = max(EXPORTS, key=lambda r: r[3])[0]
    growth = sorted(EXPORTS, key=lambda r: -(r[3] - r[1]))
    if top != "柚子果汁" or growth[1][0] != "ゆずこしょう":
        errors.append("guide: 柚子果汁 the most and ゆずこしょう growing does not hold")
    missed = [n for n, tg, ac, _p in kpi_rows() if ac < tg]
    if missed != ["輸出に取り組む事業者数（者）"]:
        errors.append(f"guide: 「事業者数を除いて達成」 does not hold ({missed})")
    western(yt, [], "guide")
    defs(yt, ("県産柚子", "柚子加工品", "新規輸出事業者"), "guide")
    bullets_in(YUZU_PDF, len(YUZU_EXCLUDED) + len(YUZU_PAPERS), "guide")
    qa(YUZU_PDF, 2, "guide")
    steps_of(YUZU_PDF, "①②③④⑤⑥", "guide")
    contacts(YUZU_PDF, ["098-947-4120", "098-947-4129", "098-947-4180"], ["haze-yuzu@example.jp"], "guide")
    return errors


def check_fiction(pages, files: dict, questions) -> list[str]:
    """Phone numbers 098-94x-xxxx and mail addresses under example.jp in the documents, the gold
    files, the questions and the README; no prefecture but 櫨県 in the documents and questions;
    櫨県 on page 1 of each document and the three towns named."""
    errors = []
    texts = {name: "\n".join(p) for name, p in pages.items()}
    texts.update(files)
    for name, text in texts.items():
        t = nfkc(text)
        for ph in re.findall(PHONE_ANY, t):
            if not re.fullmatch(PHONE_RE, ph):
                errors.append(f"{name}: phone number {ph} outside 098-94x-xxxx")
        for m in re.finditer("@", t):  # every @ is part of a mail address under example.jp
            before = re.search(r"[A-Za-z0-9._-]*$", t[:m.start()]).group(0)
            after = re.match(r"[A-Za-z0-9.-]*", t[m.end():]).group(0).rstrip(".")
            if not before or after != MAIL_DOMAIN[1:]:
                errors.append(f"{name}: '{before}@{after}' is no mail address ending in {MAIL_DOMAIN}")
    doc_and_q = {name: "\n".join(p) for name, p in pages.items()}
    doc_and_q["questions"] = "\n".join(q["question"] + "\n".join(t["content"] for t in q.get("history", []))
                                       for q in questions)
    for name, text in doc_and_q.items():
        for m in re.finditer(r"([\u3400-\u9fff々])県", text):
            if m.group(1) != "櫨":
                errors.append(f"{name}: names a prefecture other than {PREF}: {m.group(0)}")
    for name, p in pages.items():
        if PREF not in p[0]:
            errors.append(f"{name}: {PREF} is not named on page 1")
    alltext = "\n".join(texts[n] for n in pages)
    for town in TOWNS:
        if town not in alltext:
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
