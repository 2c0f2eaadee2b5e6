"""Build the 橡県 held-out set 88: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (橡県 and every town, scheme, organisation, company, phone number,
address and figure). The documents are in three genres the earlier sets do not use: a grant
guideline (交付要綱, articles 第１条–第９条 with 附則, 別表 and five （参考） parts) for a subsidy
towards pottery makers' overseas expansion (県産陶磁器海外展開支援補助金: lead and cadmium release
tests, design registration abroad, trade fairs abroad, catalogues and web pages in foreign
languages, export packaging), with the rates by applicant and the caps by destination under one
two-level header, the grants by year (years as rows, header cells over two lines, 「－」 before
design registration was covered) and a KPI table; the report (報告書) of a survey of the
prefecture's eyeglass-frame makers on their exports (眼鏡枠製造業の輸出実態調査), with the
respondents and exporters by kind of business (a table continued over a page break without its
header), the exports by destination in two years with a 増減 column printing decreases with ▲ and
an unruled table of the issues; and the user guide (利用案内) of a prefectural desk helping firms
with visas for business trips abroad (海外出張ビザ相談デスク), with the fees (「－」 cells, a half fee
for small firms in a note) and the uses by destination with a total column on the right; see
README.md beside this file.

    python make_heldout88.py [OUTPUT_DIR]          # default: this file's directory

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

TOJI_PDF = "tochi_toujiki_kaigai_tenkai_hojokin_kofu_yoko.pdf"
MEGANE_PDF = "tochi_meganewaku_yushutsu_jittai_chosa_r6.pdf"
VISA_PDF = "tochi_kaigai_shuccho_visa_sodan_desk_riyo_annai_r7.pdf"
ALL_PDFS = (TOJI_PDF, MEGANE_PDF, VISA_PDF)

UNITS = ("百万円", "千円", "万円", "円", "件", "品目", "事業所", "者", "社", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
DASH = "－"  # a cell with no figure (each table's note says why); no gold cell
TRIANGLE = "▲"  # a decrease
PHONE_RE = r"099-92\d-\d{4}"  # every phone number of the set: 099-92x-xxxx
MAIL_DOMAIN = "@example.jp"
PREF = "橡県"
NOT_PREF = "楝県"  # a look-alike that must never be printed


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
    text and for 「－」."""
    v = nfkc(value).strip()
    neg = v.startswith(TRIANGLE)
    number, unit = docgen.parse_number(v[1:] if neg else v, UNITS)
    if number is not None and neg:
        number = -number
    return number, unit


def label(s: str) -> str:
    """A row or column label as recorded: line breaks dropped."""
    return s.replace("\n", "").strip(INDENT)


def bracket_unit(text: str) -> str | None:
    """The unit in brackets at the end of a label (交付額（千円） -> 千円), NFKC."""
    m = re.search(r"（([^（）]+)）$", label(text))
    return nfkc(m.group(1)) if m else None


def half_up(x: Decimal, q: str) -> Decimal:
    return x.quantize(Decimal(q), ROUND_HALF_UP)


def pct1(k: int, n: int) -> Decimal:
    """k / n in per cent with one decimal, rounded half up."""
    return half_up(Decimal(k * 100) / Decimal(n), "0.1")


def cell(x) -> str:
    """A table cell: None -> 「－」, a Decimal with one decimal, an int as docgen prints it
    (single digits full-width)."""
    if x is None:
        return DASH
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def signed(n: int) -> str:
    """A 増減 cell: a decrease with a leading ▲, an increase as a plain number."""
    return f"{TRIANGLE}{fw(-n)}" if n < 0 else fw(n)


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf and optional columns or
    rows that cover a range of fiscal years (a 増減 column, a 合計 row over the years)."""

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


ARTICLE_HEAD = pstyle("article_head", docgen.GOTHIC, 10.5, 17, left=docgen.EM, spaceBefore=3, keepWithNext=1)


def article(n: int, head: str, text: str, items=()):
    """An article of the guideline: 第ｎ条（見出し） and its text, then its 号 (一, 二, …)."""
    out = [P(f"<font name='{docgen.GOTHIC}'>第{fw(n)}条（{head}）</font>　{text}", hanging(0, 1))]
    kanji = "一二三四五六七八九"
    out += [P(f"{kanji[i]}　{t}", hanging(1, 1)) for i, t in enumerate(items)]
    return out


SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: pottery subsidy, grant guideline
TOJI = f"{PREF}産陶磁器海外展開支援補助金"
TOJI_DEPT = f"{PREF} 商工労働部 地場産業課"
KUMIAI = f"{PREF}陶磁器工業協同組合"
RATES = [  # 経費区分; 補助率（％）: 窯元等, 産地組合等 (None = 「－」); 上限額（千円）: 欧米向け, アジア・その他向け
    ("溶出試験", 50, 75, 60, 40),
    ("意匠登録の外国出願", 50, None, 400, 250),
    ("海外見本市への出展", 50, 75, 800, 500),
    ("外国語カタログ・ウェブページの制作", 50, 75, 300, 250),
    ("輸出用梱包の改良", 40, 50, 200, 150),
]
FIRM_CAP, GROUP_CAP = 200, 300  # 第５条: 万円 per 補助事業者 and year (窯元等 / 産地組合等)
TEST_ITEMS_MAX = 10  # note ※２: the 溶出試験 cap is per 品目, up to 10 品目 per application
DESIGN_FROM = 2022  # note ※４: 意匠登録の外国出願 covered from 令和４年度
RECORD = [  # 年度, 交付件数, 溶出試験品目数, うち意匠出願 (None before 令和４年度), うち見本市出展, 交付額（千円）
    (2020, 9, 34, None, 4, 6120), (2021, 11, 41, None, 3, 7350), (2022, 14, 52, 3, 6, 10480),
    (2023, 17, 63, 5, 9, 13960), (2024, 19, 70, 6, 11, 16230),
]
KPIS = [  # 指標（単位）, 目標, 実績 (令和６年度)
    ("県産陶磁器の輸出額（百万円）", 420, 386), ("輸出に取り組む窯元等の数（者）", 60, 64),
    ("海外見本市での商談件数（件）", 280, 327), ("溶出試験に合格した品目数（品目）", 80, 67),
    ("海外の新規取引先数（社）", 150, 138),
]
TOJI_CASES = [  # 見出し, 輸出先, 取組内容, 補助金の額 (same labels in every sibling section); 区分, cost items (品目数)
    ("食器製造Ａ社（窯谷町）", "米国", "飲食店向けの皿８品目の溶出試験と、英語のカタログの制作", "610千円",
     ("窯元等", "欧米", {"溶出試験": 8, "外国語カタログ・ウェブページの制作": 1})),
    ("花器製造Ｂ社（橡市）", "フランス", "パリの見本市への出展と、フランス語のウェブページの制作", "1,020千円",
     ("窯元等", "欧米", {"海外見本市への出展": 1, "外国語カタログ・ウェブページの制作": 1})),
    ("窯谷焼陶磁器協同組合（窯谷町）", "台湾、香港", "組合員の食器10品目の溶出試験と、共同で使う輸出用の箱の改良", "520千円",
     ("産地組合等", "アジア", {"溶出試験": 10, "輸出用梱包の改良": 1})),
]
EXCLUDED = [  # 第６条: 補助対象経費としない経費
    "補助事業者の役員及び従業員の旅費",
    "見本市に出品する商品の製造原価及び輸送費",
    "意匠権の維持に要する年金、更新料その他の経費",
    "交付決定の日より前に発注し、又は支払った経費",
]


def toji_specs():
    rates = TableSpec(
        key="rates", doc=TOJI_PDF, title="補助対象経費の区分ごとの補助率及び上限額",
        header=[["経費区分", "補助率（％）", "", "上限額（千円）", ""],
                ["", "窯元等", "産地組合等", "欧米向け", "アジア・\nその他向け"]],
        rows=[[n, cell(a), cell(b), cell(c), cell(d)] for n, a, b, c, d in RATES],
        col_widths=[60 * mm, 25 * mm, 25 * mm, 25 * mm, 25 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    rows = [[era(y), fw(n), fw(t), cell(d), fw(f), fw(g)] for y, n, t, d, f, g in RECORD]
    rows.append(["合計"] + [fw(sum(r[j] or 0 for r in RECORD)) for j in (1, 2, 3, 4, 5)])
    record = TableSpec(
        key="record", doc=TOJI_PDF, title="年度別の交付実績",
        header=[["年度", "交付\n件数（件）", "溶出試験\n品目数（品目）", "うち意匠\n出願（件）", "うち見本市\n出展（件）",
                 "交付額\n（千円）"]],
        rows=rows, col_widths=[28 * mm, 26 * mm, 26 * mm, 26 * mm, 26 * mm, 26 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    record.row_range = {"合計": [RECORD[0][0], RECORD[-1][0]]}
    kpi = TableSpec(
        key="kpi", doc=TOJI_PDF, title="成果指標の目標と実績",
        header=[["指標", "目標", "実績", "達成率（％）"]],
        rows=[[n, fw(t), fw(a), fw(docgen.pct(a, t))] for n, t, a in KPIS],
        col_widths=[70 * mm, 28 * mm, 28 * mm, 30 * mm], table_fy=2024,
    )
    kpi.unit = lambda row, c: "%" if c == 3 else bracket_unit(row[0])
    return rates, record, kpi


def toji_story(specs):
    rates, record, kpi = specs
    n_all = sum(r[1] for r in RECORD)
    amt_all = sum(r[5] for r in RECORD)
    last = RECORD[-1]
    st = [Spacer(1, 2 * mm), P(f"{TOJI}交付要綱", TITLE), Spacer(1, 1 * mm),
          P("令和２年３月27日制定　令和４年３月28日改正　令和７年３月25日改正", DATE_RIGHT), Spacer(1, 2 * mm)]
    st += article(1, "趣旨", f"知事は、県内の窯元等による県産陶磁器の海外での販路開拓を支援するため、予算の範囲内において{TOJI}（以下「補助金」という。）を交付するものとし、その交付については、この要綱に定めるところによる。")
    st += article(2, "定義", "この要綱において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。", [
        "「県産陶磁器」とは、県内の事業所で成形及び焼成を行った陶磁器（食器、花器及び置物に限る。）をいう。",
        "「窯元等」とは、県内に事業所を有し、県産陶磁器を製造し、又は販売する中小企業者（個人事業主を含む。）をいう。",
        "「産地組合等」とは、窯元等を構成員とする事業協同組合その他の団体で、構成員が５者以上のものをいう。",
        "「溶出試験」とは、陶磁器の食品に接する面から溶け出す鉛及びカドミウムの量を、輸出先の基準に基づいて測定する試験をいう。",
        "「欧米向け」とは、北米又は欧州の国を主な輸出先とする補助事業をいい、それ以外の国・地域を主な輸出先とするものを「アジア・その他向け」という。",
    ])
    st += article(3, "補助対象者", "補助金の交付の対象となる者は、窯元等及び産地組合等とする。")
    st += article(4, "補助対象経費、補助率及び上限額", "補助の対象となる経費（以下「補助対象経費」という。）、補助率及び上限額は、別表のとおりとする。")
    st += article(5, "補助金の額", f"補助金の額は、経費区分ごとに補助対象経費に補助率を乗じて得た額（その額が上限額を超えるときは、上限額）の合計額とし、１補助事業者につき１年度当たり{FIRM_CAP}万円（産地組合等にあっては{GROUP_CAP}万円）を限度とする。この場合において、千円未満の端数は切り捨てる。")
    st += article(6, "補助対象外経費", "次に掲げる経費は、補助対象経費としない。", EXCLUDED)
    st += article(7, "交付の申請", "補助金の交付を受けようとする者は、知事が別に定める期間内に、交付申請書（様式第１号）に事業計画書及び見積書を添えて、知事に提出しなければならない。")
    st += article(8, "実績報告", "補助事業者は、補助事業の完了の日から30日以内又は当該年度の３月10日のいずれか早い日までに、実績報告書を知事に提出しなければならない。")
    st += article(9, "補則", "この要綱に定めるもののほか、補助金の交付に関し必要な事項は、知事が別に定める。")
    st += [P("附　則　この要綱は、令和２年４月１日から施行する。", hanging(0, 1)),
           P("附　則（令和４年３月28日改正）　この改正は、令和４年４月１日から施行する。", hanging(0, 1)),
           P("附　則（令和７年３月25日改正）　この改正は、令和７年４月１日から施行する。", hanging(0, 1))]
    st += [P("別表（第４条関係）", H1)]
    st += [caption(rates.title, "（令和７年４月１日以降）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「－」は、補助の対象としないことを示す。意匠登録の外国出願は、その意匠について権利を有する窯元等が自ら出願するものに限る。",
        f"※２ 溶出試験の上限額は１品目当たりの額とし、１回の申請につき{TEST_ITEMS_MAX}品目を限度とする。",
        "※３ 上限額の欄は、第２条第五号の区分による。",
    ])
    st += [P("（参考１）令和７年度の募集", H1)]
    st += lv_lines([
        ("募集期間", "令和７年５月12日から６月13日まで（当日消印有効）"),
        ("予算額", "3,000万円"),
        ("採択予定件数", "20件程度"),
        ("提出先", f"{TOJI_DEPT} 陶磁器振興班"),
        ("補助事業期間", "交付決定の日から令和８年２月27日まで"),
    ], 0)
    st += [P("（参考２）申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（陶磁器振興班又は{KUMIAI}へ）",
        "② 交付申請（募集期間内に、交付申請書に事業計画書と見積書を添えて提出）",
        "③ 審査（書類審査、令和７年７月上旬）",
        "④ 交付決定の通知（令和７年７月下旬）",
        "⑤ 補助事業の実施（溶出試験は、県が指定する試験機関で受けること）",
        "⑥ 実績報告（第８条の期限まで）",
        "⑦ 補助金の額の確定と支払（令和８年３月下旬）",
    ], 0)
    st += [P("（参考３）交付の実績", H1)]
    st += paras(f"""
制度を始めた令和２年度（2020年度）から令和６年度までの５年間に、延べ{n_all}件、{amt_all // 10:,}万円を交付しました。令和６年度は{last[1]}件に交付し、溶出試験を受けた品目は{last[2]}品目でした。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += notes([
        f"※４ 意匠登録の外国出願は、{era(DESIGN_FROM)}から補助の対象とした（それより前の年度は「－」）。",
    ])
    st += [P("（参考４）成果指標", H1)]
    st += [caption(kpi.title, "（令和６年度）"), kpi.flowable(), Spacer(1, 2)]
    st += notes([f"※５ 目標は{PREF}陶磁器輸出促進プラン（令和４年度～令和８年度）による。達成率は、実績を目標で除して100を乗じ、小数点以下第１位を四捨五入したもの。"])
    st += [P("（参考５）活用事例（令和６年度）", H1)]
    for i, (head, where, what, amount, _x) in enumerate(TOJI_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("輸出先", where), ("取組内容", what), ("補助金の額", amount)], 1)
    st += [CondPageBreak(26 * mm), P("問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{TOJI_DEPT} 陶磁器振興班　電話：099-921-3150　ファクス：099-921-3159",
        f"{KUMIAI}（申請前の相談）　電話：099-921-3200",
        "電子メール：tochi-toji@example.jp",
    ]))
    return st


# ================================================================ document 2: eyeglass-frame exports, survey report
MEGANE = f"{PREF}眼鏡枠製造業の輸出実態調査"
MEGANE_DEPT = f"{PREF} 商工労働部 産業政策課"
KOGYOKAI = f"一般社団法人{PREF}眼鏡工業会"
TARGET = 310  # 調査対象の事業所 (全数)
BUSINESSES = [  # 業態, 回答事業所数, 輸出事業所数, うち直接輸出, 輸出額（百万円） (令和５年度)
    ("完成品メーカー（自社ブランド）", 24, 19, 15, 612), ("完成品メーカー（ＯＥＭ中心）", 31, 17, 6, 438),
    ("テンプル製造", 18, 7, 2, 54), ("丁番・ネジ等の部品製造", 16, 6, 3, 41), ("鼻パッド・モダン製造", 12, 4, 1, 18),
    ("表面処理（めっき・塗装）", 22, 5, 1, 22), ("研磨・仕上げ", 19, 3, 0, 9), ("金型・切削加工", 15, 4, 2, 27),
    ("産地問屋・商社", 29, 21, 21, 763),
]
GROUPS = {  # the respondent types of (f) (note ※１)
    "完成品メーカー": ("完成品メーカー（自社ブランド）", "完成品メーカー（ＯＥＭ中心）"),
    "部品・加工業者": ("テンプル製造", "丁番・ネジ等の部品製造", "鼻パッド・モダン製造", "表面処理（めっき・塗装）",
                "研磨・仕上げ", "金型・切削加工"),
    "産地問屋・商社": ("産地問屋・商社",),
}
SIZES = (("20人以上", 48, 37), ("20人未満", 138, 49))  # 従業者規模, 回答事業所, うち輸出事業所 (prose only)
DESTS = [  # 輸出先, 令和４年度, 令和５年度 (百万円)
    ("米国", 402, 438), ("中国", 356, 291), ("韓国", 188, 203), ("台湾", 141, 152), ("香港", 97, 84),
    ("イタリア", 215, 246), ("フランス", 176, 189), ("ドイツ", 132, 127), ("その他", 240, 254),
]
DEST_YEARS = (2022, 2023)
ISSUES = [  # 輸出の課題, 回答数: 完成品メーカー, 部品・加工業者, 産地問屋・商社 (複数回答)
    ("海外見本市への出展費用が高い", 22, 9, 12), ("為替の変動による採算の悪化", 17, 8, 13),
    ("模倣品・デザインの盗用", 19, 3, 7), ("外国語で交渉できる人材の不足", 14, 11, 5),
    ("輸出先の規格・表示への対応", 12, 6, 9), ("海外の取引先の探し方が分からない", 8, 13, 2),
]
COPIED = 18  # exporters that have suffered copies (prose only)
MEGANE_CASES = [  # 見出し, 主な輸出先, 輸出の始め方, 今後の課題 (same labels in every sibling section)
    ("自社ブランドの完成品メーカーＤ社（鏡原市）", "イタリア、フランス",
     "ミラノの眼鏡見本市に自社ブランドで出展し、現地の販売代理店と契約した", "模倣品への対策と、欧州での意匠の保護"),
    ("ＯＥＭ中心の完成品メーカーＥ社（橡市）", "米国、韓国",
     "国内の取引先の紹介で、米国のブランドからチタン枠の製造を受託した", "為替の変動に備えた価格の決め方"),
    ("テンプル製造Ｆ社（鏡原市）", "中国",
     "産地問屋を通じた間接輸出から始め、令和４年度から直接輸出に切り替えた", "外国語で交渉できる社員の育成"),
]


def exporters(group=None) -> int:
    rows = BUSINESSES if group is None else [b for b in BUSINESSES if b[0] in GROUPS[group]]
    return sum(b[2] for b in rows)


def megane_specs():
    rows = [[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in BUSINESSES]
    rows.append(["合計"] + [fw(sum(r[j] for r in BUSINESSES)) for j in (1, 2, 3, 4)])
    business = TableSpec(
        key="business", doc=MEGANE_PDF, title="業態別の回答事業所と輸出の状況",
        header=[["業態", "回答事業所数\n（事業所）", "輸出事業所数\n（事業所）", "うち直接輸出\n（事業所）", "輸出額\n（百万円）"]],
        rows=rows, col_widths=[60 * mm, 25 * mm, 25 * mm, 25 * mm, 25 * mm], table_fy=2023, repeat_header=False,
    )
    business.unit = lambda row, c, s=business: bracket_unit(s.column_label(c))
    drows = [[n, fw(a), fw(b), signed(b - a)] for n, a, b in DESTS]
    ta, tb = sum(r[1] for r in DESTS), sum(r[2] for r in DESTS)
    drows.append(["合計", fw(ta), fw(tb), signed(tb - ta)])
    dests = TableSpec(
        key="dests", doc=MEGANE_PDF, title="輸出先別の輸出額",
        header=[["輸出先"] + [era(y) for y in DEST_YEARS] + ["増減"]],
        rows=drows, col_widths=[44 * mm, 34 * mm, 34 * mm, 34 * mm], unit="百万円",
    )
    dests.col_range = {3: list(DEST_YEARS)}
    n_all = exporters()
    ns = [exporters(g) for g in GROUPS]
    issues = TableSpec(
        key="issues", doc=MEGANE_PDF, title="輸出の課題（複数回答）",
        header=[["輸出の課題", "全体", "完成品メーカー", "部品・加工業者", "産地問屋・商社"]],
        rows=[[x, cell(pct1(a + b + c, n_all)), cell(pct1(a, ns[0])), cell(pct1(b, ns[1])), cell(pct1(c, ns[2]))]
              for x, a, b, c in ISSUES],
        col_widths=[56 * mm, 26 * mm, 26 * mm, 26 * mm, 26 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return business, dests, issues


def megane_story(specs):
    business, dests, issues = specs
    total, n = sum(b[1] for b in BUSINESSES), exporters()
    direct = sum(b[3] for b in BUSINESSES)
    (big, big_n, big_x), (small, small_n, small_x) = SIZES
    ta, tb = sum(r[1] for r in DESTS), sum(r[2] for r in DESTS)
    ns = {g: exporters(g) for g in GROUPS}
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{MEGANE} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年１月", DATE_RIGHT), P(MEGANE_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県内の眼鏡枠製造業の輸出の実態と課題を把握し、産地の海外展開を支える施策に役立てるため"),
        ("調査対象", f"県内の眼鏡枠及び眼鏡部品の製造業者並びに産地問屋・商社 {TARGET}事業所（全数）"),
        ("調査基準日", "令和６年（2024年）10月１日"),
        ("調査期間", "令和６年10月７日から11月15日まで"),
        ("調査方法", f"郵送及びウェブによるアンケート（{KOGYOKAI}の協力による）"),
        ("回答数", f"{total}事業所（回答率{pct1(total, TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「眼鏡枠」とは、眼鏡のフレーム及びその部品（テンプル、丁番、鼻パッド等）をいう。「輸出事業所」とは、令和５年度に眼鏡枠を輸出した事業所をいう。また、「直接輸出」とは、事業所が自ら海外の取引先と契約して輸出することをいい、商社や産地問屋を通じて輸出することを「間接輸出」という。
""", 0)
    st += [P("２　産地の概況", H1)]
    st += paras(f"""
県内の眼鏡枠の産地は、鏡原市と橡市を中心に、完成品メーカー、部品・加工業者及び産地問屋が工程ごとに分業して製品を仕上げる体制をとっている。近年は国内の需要が伸び悩むなか、チタン枠の加工技術やデザインを強みとして、欧米やアジアの市場を開拓する事業所が増えている。一方で、部品・加工業者の多くは完成品メーカーや産地問屋からの受注に頼っており、自ら海外の取引先と結び付く機会は限られている。
""", 0)
    st += [P("３　輸出の状況", H1)]
    st += paras(f"""
回答事業所{total}事業所のうち、令和５年度に輸出を行った輸出事業所は{n}事業所（{pct1(n, total)}％）で、そのうち直接輸出を行ったのは{direct}事業所であった。従業者規模別では、従業者{big}の{big_n}事業所のうち{big_x}事業所が輸出を行っていたのに対し、従業者{small}では{small_n}事業所のうち{small_x}事業所にとどまった。業態別では、産地問屋・商社を除くと、完成品メーカー（自社ブランド）の輸出額が最も大きい。
""", 0)
    st += [caption(business.title, "（令和５年度）", keep=False), business.flowable(), Spacer(1, 2)]
    st += notes([f"※１ 表の上２行を「完成品メーカー」、テンプル製造から金型・切削加工までの６業態を「部品・加工業者」という。輸出額は、間接輸出を含む令和５年度の額である。"])
    st += [P("４　輸出先", H1)]
    st += paras(f"""
令和５年度の輸出額は{tb:,}百万円で、前年度から{tb - ta}百万円増えた。輸出先別では米国が最も多く、中国は前年度から最も大きく減った。
""", 0)
    st += [caption(dests.title, "（単位：百万円）"), dests.flowable(), Spacer(1, 2)]
    st += notes(["※２ 増減は、令和５年度の額から令和４年度の額を引いたもので、「▲」は減少を示す。「その他」は、英国、スペイン、タイ、オーストラリア等である。"])
    st += [P("５　事業所の事例", H1)]
    for i, (head, dest, how, issue) in enumerate(MEGANE_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な輸出先", dest), ("輸出の始め方", how), ("今後の課題", issue)], 1)
    st += [P("６　輸出の課題", H1)]
    st += paras(f"""
全体では「海外見本市への出展費用が高い」が最も多かった。部品・加工業者では「海外の取引先の探し方が分からない」が、産地問屋・商社では「為替の変動による採算の悪化」が最も多い。また、模倣品の被害を受けたことがあると答えた輸出事業所は{COPIED}事業所あった。
""", 0)
    st += [caption(issues.title, "（単位：％）"), issues.flowable(), Spacer(1, 2)]
    st += notes([
        f"※３ 輸出事業所（全体{n}事業所、完成品メーカー{ns['完成品メーカー']}事業所、部品・加工業者{ns['部品・加工業者']}事業所、産地問屋・商社{ns['産地問屋・商社']}事業所）が回答した。複数回答のため、合計は100％にならない。",
    ])
    st += [P("７　県への主な要望（自由記述）", H1)]
    st += bullets([
        "海外見本市への共同出展の費用を、これまで以上に支援してほしい。",
        "海外での意匠の保護と模倣品への対策について、相談できる窓口がほしい。",
        "部品メーカーが海外の完成品メーカーと出会える商談会を開いてほしい。",
    ], 0)
    st += [P("８　今後の取組", H1)]
    st += numbered([
        "① 令和７年度に、欧州の眼鏡見本市に設ける県の共同ブースの出展枠を増やす。",
        f"② {KOGYOKAI}と連携し、海外での意匠の保護に関するセミナーを年２回開く。",
        "③ 部品・加工業者向けに、海外の完成品メーカーとのオンライン商談会を開く。",
        "④ 次回の調査は、令和８年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("９　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{MEGANE_DEPT} 調査統計班　電話：099-924-2610　ファクス：099-924-2619",
        f"{KOGYOKAI}（調査への協力・業界の相談）　電話：099-924-2700",
        "電子メール：tochi-megane@example.jp",
    ]))
    return st


# ================================================================ document 3: visa desk for business trips, user guide
DESK = f"{PREF}海外出張ビザ相談デスク"
VISA_DEPT = f"{PREF} 商工労働部 国際経済課"
CENTER = f"公益財団法人{PREF}国際ビジネス支援センター"
KINDS = [  # 見出し, 行う内容, 所要日数, 対象となる渡航先 (same labels in every sibling section)
    ("ビザ要否の確認・相談", "渡航先、渡航の目的、日程及び渡航者の国籍から、ビザ又は電子渡航認証が必要かを確かめ、必要な書類を案内します",
     "原則として当日（混み合うときは２営業日以内）", "すべての国・地域"),
    ("申請書類の作成支援", "申請書の記入の確認、在職証明書と出張命令書の英文の作成、証明写真の規格の確認を行います",
     "書類がそろってから３営業日以内", "ビザが必要な国・地域"),
    ("申請の手配", "提携する申請取次業者を通じて、大使館・総領事館又は申請センターへの申請と受取を手配します",
     "書類がそろってから５営業日以内に申請（発給までの日数は渡航先によります）", "デスクが申請取次業者と提携している国・地域"),
]
FEES = [  # 支援の種類, １人目（円）, 同行者１人につき（円） (None = 「－」: per case, whatever the number of travellers)
    ("申請書類の作成支援", 8000, 4000), ("申請の手配（通常）", 12000, 6000), ("申請の手配（急ぎ）", 20000, 10000),
    ("電子渡航認証の申請支援", 3000, 2000), ("招へい状依頼文の英文作成", 5000, None), ("書類の翻訳（Ａ４判１枚）", 4000, None),
]
USES = [  # 渡航先, 要否確認・相談, 書類作成支援, 申請の手配 (令和６年度)
    ("中国", 46, 21, 18), ("ベトナム", 52, 15, 9), ("タイ", 31, 4, 2), ("インドネシア", 27, 12, 10),
    ("インド", 38, 24, 22), ("サウジアラビア", 11, 7, 6), ("米国", 35, 3, 0), ("ブラジル", 14, 8, 7),
    ("その他", 40, 16, 11),
]
ASIA = ("中国", "ベトナム", "タイ", "インドネシア", "インド")
PREV_USES = 402  # 令和５年度の利用件数 (prose only)
USERS = 173  # 令和６年度に利用した事業者 (prose only)


def visa_specs():
    fees = TableSpec(
        key="fees", doc=VISA_PDF, title="支援の種類別の手数料",
        header=[["支援の種類", "１人目（円）", "同行者１人につき（円）"]],
        rows=[[n, fw(a), cell(b)] for n, a, b in FEES],
        col_widths=[76 * mm, 40 * mm, 44 * mm], table_fy=2025,
    )
    fees.unit = lambda row, c, s=fees: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(c), fw(a + b + c)] for n, a, b, c in USES]
    rows.append(["合計"] + [fw(sum(r[j] for r in USES)) for j in (1, 2, 3)] + [fw(sum(sum(r[1:]) for r in USES))])
    uses = TableSpec(
        key="uses", doc=VISA_PDF, title="渡航先別の利用件数",
        header=[["渡航先", "要否確認・\n相談（件）", "書類作成\n支援（件）", "申請の\n手配（件）", "計（件）"]],
        rows=rows, col_widths=[40 * mm, 30 * mm, 30 * mm, 30 * mm, 30 * mm], table_fy=2024,
    )
    uses.unit = lambda row, c, s=uses: bracket_unit(s.column_label(c))
    return fees, uses


def visa_story(specs):
    fees, uses = specs
    total = sum(sum(r[1:]) for r in USES)
    by_kind = [sum(r[j] for r in USES) for j in (1, 2, 3)]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{DESK} 利用案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(VISA_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　デスクの概要", H1)]
    st += paras("""
このデスクは、県内の事業者の役員や従業員が商談や展示会のために海外へ出張する際に、渡航先のビザ（査証）が必要かどうかを確かめ、申請の準備と手続を支援するものです。出張の日程が決まったら、早めにご相談ください。
""", 0)
    st += lv_lines([
        ("デスク名", DESK),
        ("実施主体", PREF),
        ("運営", f"{CENTER}（県からの委託）"),
        ("利用できる者", "県内に事業所を有する事業者の役員及び従業員で、商用渡航を予定する者"),
        ("受付時間", "平日９時から17時まで（相談は予約制）"),
        ("場所", f"{PREF}橡市中央町２丁目 {PREF}国際ビジネス支援センター３階"),
    ], 0)
    st += paras("""
この案内において「ビザ（査証）」とは、渡航先の国・地域の政府が、入国を認めるために発給する証書をいいます。「電子渡航認証」とは、ビザが免除される渡航者が、出発の前にオンラインで渡航の許可を得る制度（米国のＥＳＴＡ等）をいいます。「商用渡航」とは、商談、展示会への参加、工場の視察等の業務のための滞在期間90日以内の渡航をいい、現地での就労及び駐在は含みません。また、「営業日」とは、土曜日、日曜日、祝日及び年末年始（12月29日から１月３日まで）を除く日をいいます。
""", 0)
    st += [P("２　支援の種類", H1)]
    for i, (head, what, days, where) in enumerate(KINDS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("行う内容", what), ("所要日数", days), ("対象となる渡航先", where)], 1)
    st += [P("３　手数料", H1)]
    st += paras("ビザ要否の確認・相談は無料です。その他の支援の手数料は、同じ出張で同じ渡航先に行く渡航者の人数に応じて、次のとおりです（消費税込み）。", 0)
    st += [caption(fees.title, "（令和７年度）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「－」の欄は、渡航者の人数によらず、１件当たり「１人目」の欄の額とすることを示す。",
        "※２ 県内に事業所を有する中小企業者（個人事業主を含む。）は、表の額の半額とする。",
        "※３ 渡航先の政府に納める査証手数料及び申請センターの手数料は、実費を別に申し受ける。",
        "※４ 「急ぎ」は、書類がそろった日の翌営業日に申請するもので、渡航先によっては受け付けられない。",
    ])
    st += [P("４　利用の流れ", H1)]
    st += numbered([
        "① 予約（電話又はウェブで、相談の日時を予約）",
        "② 相談（渡航先、目的、日程、渡航者の国籍を確かめ、必要な書類を案内）",
        "③ 申込みと書類の提出（書類作成支援又は申請の手配を利用する場合）",
        "④ 手数料の支払（請求書による銀行振込み。査証手数料の実費を含む）",
        "⑤ 申請（提携する申請取次業者が、大使館・総領事館又は申請センターに申請）",
        "⑥ 受取（パスポートと査証を、デスクの窓口又は簡易書留で受け取る）",
    ], 0)
    st += [P("５　利用の状況", H1)]
    st += paras(f"""
令和６年度の利用件数は{total}件（要否確認・相談{by_kind[0]}件、書類作成支援{by_kind[1]}件、申請の手配{by_kind[2]}件）で、前年度の{PREV_USES}件から{total - PREV_USES}件増えました。利用した事業者は{USERS}事業者です。渡航先別では中国が最も多く、アジア向けが全体の３分の２を超えています。
""", 0)
    st += [caption(uses.title, "（令和６年度）"), uses.flowable(), Spacer(1, 2)]
    st += notes(["※５ 米国は、電子渡航認証（ＥＳＴＡ）の相談と申請支援を「要否確認・相談」に含めた。「その他」は、カンボジア、ミャンマー、トルコ、メキシコ等である。"])
    st += [P("６　よくある質問", H1)]
    qa = [
        ("米国への短期の商談で、ＥＳＴＡの申請も手伝ってもらえますか。",
         "はい。電子渡航認証の申請支援として、入力内容を確認します。申請の送信と支払は、渡航者ご本人が行ってください。"),
        ("ビザが発給されなかった場合、手数料は返してもらえますか。",
         "書類作成支援と申請の手配の手数料はお返ししません。査証手数料の扱いは、渡航先の規則によります。"),
        ("社員の家族が同行する場合も、家族の分を申し込めますか。",
         "申し込めません。このデスクは、県内の事業者の役員及び従業員の商用渡航に限ります。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [P("７　利用上の注意", H1)]
    st += bullets([
        "ビザを発給するかどうかと発給までの日数は、渡航先の政府が判断します。デスクは発給を保証しません。",
        "パスポートの残りの有効期間と査証欄の余白を、申込みの前にご確認ください。",
        "渡航先の規則は予告なく変わることがあります。出発の直前にも、大使館等の情報をご確認ください。",
        "申請の手配は、出発日の３週間前までにお申し込みください。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{VISA_DEPT} 海外展開支援班　電話：099-927-4480　ファクス：099-927-4489",
        f"{DESK}（予約・申込み・進み具合の確認）　電話：099-927-4500",
        "電子メール：tochi-visa@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return toji_specs() + megane_specs() + visa_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    tspecs, mspecs, vspecs = toji_specs(), megane_specs(), visa_specs()
    tdoc = build_pdf(docs_dir / TOJI_PDF, tspecs, toji_story(tspecs),
                     f"{TOJI}交付要綱", "令和７年３月25日改正", TOJI_DEPT)
    mdoc = build_pdf(docs_dir / MEGANE_PDF, mspecs, megane_story(mspecs),
                     f"令和６年度 {MEGANE} 報告書", "令和７年１月", MEGANE_DEPT)
    vdoc = build_pdf(docs_dir / VISA_PDF, vspecs, visa_story(vspecs),
                     f"令和７年度 {DESK} 利用案内", "令和７年４月", VISA_DEPT)
    gold = all_gold({TOJI_PDF: tdoc.row_pages, MEGANE_PDF: mdoc.row_pages, VISA_PDF: vdoc.row_pages})
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
    # --- toji: the pottery subsidy guideline, tables (a) (b) (c), articles, definitions, notes, sibling sections
    dict(question="窯谷焼の窯元（従業員15人）が、ヨーロッパに輸出する皿４品目について鉛の溶出試験を受けたいそうです。この試験の補助金は最大でいくらまで出ますか？",
         category="toji", doc=TOJI_PDF,
         evidence=["溶出試験 50 75 60 40", "上限額は１品目当たりの額とし"], answer=["240千円"], computed=True,
         notes="three facts: 欧州 → 欧米向け (definition 第２条第五号, note ※３); note ※２ makes the 溶出試験 cap of (a) "
               "one per 品目: 4 × 60 = 240千円 (上限額（千円）／欧米向け); 60 alone and 40 (アジア・その他向け) are the traps"),
    dict(question="産地の協同組合が、組合としてまとめて、組合員の器のデザインを海外で意匠登録したいと言っています。この補助金の対象になりますか？",
         category="toji", doc=TOJI_PDF,
         evidence=["意匠登録の外国出願 50", "補助の対象としないことを示す"], answer=["対象としない"],
         notes="(a) the 「－」 cell 補助率（％）／産地組合等 of 意匠登録の外国出願, read with note ※１ (only a 窯元等 holding "
               "the design may file): no; the 窯元等 rate 50 is the trap"),
    dict(question="2025年度に、オーストラリアのギフト見本市に出展したい窯元がいます。見本市出展の上限額はいくらですか？",
         category="toji", doc=TOJI_PDF,
         evidence=["それ以外の国・地域を主な輸出先とするもの", "海外見本市への出展 50 75 800 500"], answer=["500"],
         notes="(a) two-level header: オーストラリア is neither 北米 nor 欧州, so アジア・その他向け (definition 第２条第五号): "
               "上限額（千円）／アジア・その他向け = 500; 800 (欧米向け) is the trap; 2025年度 = 令和７年度 (printed nowhere "
               "in Western form)"),
    dict(question="窯元が欧米向けに、別表の経費をどれも上限いっぱいまで使う計画を立てています。補助金は全部でいくらまで受け取れますか？",
         category="toji", doc=TOJI_PDF, evidence=["１年度当たり200万円"], answer=["200万円"],
         notes="the caps of (a) for 欧米向け add up to 2,300千円 (10品目 × 60 + 400 + 800 + 300 + 200), but 第５条 limits a "
               "窯元等 to 200万円 a year, in 万円 while the table is in 千円; 300万円 (産地組合等) is the trap"),
    dict(question="2023年度に、この補助金を使って溶出試験を受けた品目はいくつありましたか？",
         category="toji", doc=TOJI_PDF, evidence=["令和５年度 17 63 ５ ９ 13,960"], answer=["63"],
         notes="(b) years as rows: 2023年度 = 令和５年度 (only 2020年度 is printed in Western form); column "
               "溶出試験品目数（品目） (header over two lines); 17 (交付件数) is the trap"),
    dict(question="令和６年度に交付した案件のうち、海外の見本市への出展を含むものは何％でしたか？",
         category="toji", doc=TOJI_PDF, evidence=["令和６年度 19 70 ６ 11 16,230"], answer=["57.9%"], computed=True,
         notes="(b) share within a row: うち見本市出展 11 / 交付件数 19 = 57.9 %"),
    dict(question="制度が始まってからこれまでの５年間で、１件当たりの交付額は平均するといくらになりますか？",
         category="toji", doc=TOJI_PDF, evidence=["合計 70 260 14 33 54,140"], answer=["773.4千円"], computed=True,
         notes="(b) the 合計 row over the five years (fiscal_year_range): 54,140 / 70 = 773.4千円 (the prose gives "
               "延べ70件、5,414万円, the same in 万円)"),
    dict(question="令和６年度、海外見本市での商談件数は目標を何件上回りましたか？",
         category="toji", doc=TOJI_PDF, evidence=["海外見本市での商談件数（件） 280 327"], answer=["47件"], computed=True,
         notes="(c) KPI table, the unit from the row label's bracket: 実績 327 − 目標 280 = 47件 (達成率 117 is the trap)"),
    dict(question="意匠登録の外国出願がこの補助金の対象に加わったのは、西暦でいうと何年度からですか？",
         category="toji", doc=TOJI_PDF, evidence=["意匠登録の外国出願は、令和４年度から"], answer=["2022年度"], computed=True,
         notes="note ※４ under (b) (which explains its 「－」 cells): 令和４年度 → 2022年度 (era → Western year)"),
    dict(question="花びんなどの花器を作っている窯元の活用事例では、補助金はいくら交付されましたか？",
         category="toji", doc=TOJI_PDF, evidence=["（２）花器製造Ｂ社", "補助金の額：1,020千円"], answer=["1,020千円"],
         notes="sibling sections （１）–（３） of （参考５） share the labels 輸出先, 取組内容, 補助金の額; （２）花器製造Ｂ社 "
               "(花びん = 花器); 610千円 and 520千円 are the siblings' values"),
    dict(question="県外の工場で焼いた器に、県内の工房で絵付けだけをした商品は、「県産陶磁器」に入りますか？",
         category="toji", doc=TOJI_PDF, evidence=["県内の事業所で成形及び焼成を行った陶磁器"], answer=["成形及び焼成"],
         notes="definition 「県産陶磁器」とは、県内の事業所で成形及び焼成を行った陶磁器 (第２条第一号): fired outside "
               "the prefecture, so no (asked at its boundary)"),
    # --- megane: the eyeglass-frame export survey, tables (d) (e) (f), definitions, prose figures, sibling sections
    dict(question="眼鏡枠の輸出実態調査は、何事業所を対象にした調査ですか？",
         category="megane", doc=MEGANE_PDF, evidence=["310事業所（全数）"], answer=["310事業所"],
         notes="「label：value」 line 調査対象 (全数); 186事業所 (回答数) is the near miss"),
    dict(question="自社では輸出の契約をせず、産地問屋に卸して問屋が海外に売っている部品メーカーは、この調査では直接輸出に入りますか？",
         category="megane", doc=MEGANE_PDF, evidence=["商社や産地問屋を通じて輸出することを「間接輸出」という"],
         answer=["間接輸出"],
         notes="definition 「直接輸出」とは…商社や産地問屋を通じて輸出することを「間接輸出」という: no, indirect export"),
    dict(question="研磨や仕上げを専門にしている事業所のうち、輸出しているのは何事業所ですか？",
         category="megane", doc=MEGANE_PDF, evidence=["研磨・仕上げ 19 ３ ０ ９"], answer=["３"],
         notes="(d) continuation page (no header there): row 研磨・仕上げ, column 輸出事業所数（事業所）; 19 (回答事業所数) "
               "and ０ (うち直接輸出) are the traps"),
    dict(question="産地問屋や商社で、回答したところのうち輸出をしている割合はどのくらいですか？",
         category="megane", doc=MEGANE_PDF, evidence=["産地問屋・商社 29 21 21 763"], answer=["72.4%"], computed=True,
         notes="(d) continuation page, share within a row: 21 / 29 = 72.4 %"),
    dict(question="従業員が20人以上の事業所では、輸出をしているところはどのくらいの割合ですか？",
         category="megane", doc=MEGANE_PDF, evidence=["従業者20人以上の48事業所のうち37事業所"], answer=["77.1%"],
         computed=True,
         notes="prose of ３ (firm sizes, in no table): 37 / 48 = 77.1 % (20人未満 49 / 138 and 全体 46.2 % are near misses)"),
    dict(question="中国向けの眼鏡枠の輸出額は、前の年度と比べてどのくらい変わりましたか？",
         category="megane", doc=MEGANE_PDF, evidence=["中国 356 291 ▲65"], answer=["65"],
         notes="(e) 増減 column with ▲ (note ※２: ▲ = decrease): ▲65, i.e. down 65百万円 (unit only in the caption note); "
               "291 (令和５年度) is the trap"),
    dict(question="2022年度のイタリア向けの輸出額はいくらでしたか？",
         category="megane", doc=MEGANE_PDF, evidence=["イタリア 215 246 31"], answer=["215"],
         notes="(e) years as columns: 2022年度 = 令和４年度 (the report prints only 2024年 in Western form); unit 百万円 "
               "only in the caption note; 246 (令和５年度) is the trap"),
    dict(question="令和５年度、イタリア・フランス・ドイツの欧州３か国向けを合わせると、輸出額はいくらになりますか？",
         category="megane", doc=MEGANE_PDF, evidence=["イタリア 215 246 31", "フランス 176 189 13", "ドイツ 132 127 ▲５"],
         answer=["562百万円"], computed=True,
         notes="(e) sum in a year column: 246 + 189 + 127 = 562百万円"),
    dict(question="テンプルや部品、加工を請け負う事業所で、外国語で交渉できる人がいないことを課題に挙げた割合は？",
         category="megane", doc=MEGANE_PDF, evidence=["外国語で交渉できる人材の不足 34.9 38.9 37.9 23.8"], answer=["37.9"],
         notes="(f) unruled table, column 部品・加工業者 (note ※１ says which 業態 it covers); 34.9 (全体) and 38.9 "
               "(完成品メーカー) are the traps"),
    dict(question="よそのブランドの眼鏡を受託して作るのが中心の完成品メーカーの事例では、どんなきっかけで輸出を始めましたか？",
         category="megane", doc=MEGANE_PDF, evidence=["（２）ＯＥＭ中心の完成品メーカーＥ社", "米国のブランドからチタン枠の製造を受託した"],
         answer=["チタン枠の製造を受託"],
         notes="sibling sections （１）–（３） of ５ share the labels 主な輸出先, 輸出の始め方, 今後の課題; （２）ＯＥＭ中心の完成品メーカーＥ社 "
               "(受託して作る = ＯＥＭ; the heading of （１） says 自社ブランド); the siblings' 見本市 and 間接輸出 are the traps"),
    # --- visa: the visa desk guide, tables (g) (h), definitions, notes, sibling sections, steps
    dict(question="ビザの申請書の書き方を見てもらい、英文の在職証明書も作ってもらいたい場合、何日くらいかかりますか？",
         category="visa", doc=VISA_PDF, evidence=["（２）申請書類の作成支援", "所要日数：書類がそろってから３営業日以内"],
         answer=["３営業日以内"],
         notes="sibling sections （１）–（３） of ２ share the labels 行う内容, 所要日数, 対象となる渡航先; （２）申請書類の作成支援; "
               "当日 (（１）) and ５営業日以内に申請 (（３）) are the siblings' values"),
    dict(question="現地工場の立ち上げで４か月ほど滞在する社員のビザも、このデスクで相談できますか？",
         category="visa", doc=VISA_PDF, evidence=["滞在期間90日以内の渡航", "現地での就労及び駐在は含みません"],
         answer=["90日以内"],
         notes="definition 「商用渡航」とは…滞在期間90日以内の渡航…就労及び駐在は含みません, and the desk serves only 商用渡航 "
               "(利用できる者): no, four months is beyond 90 days"),
    dict(question="従業員30人の県内のメーカーが、社員２人のインド出張について申請の手配（通常）を頼むと、手数料はいくらになりますか？",
         category="visa", doc=VISA_PDF, evidence=["申請の手配（通常） 12,000 6,000", "表の額の半額とする"],
         answer=["9,000円"], computed=True,
         notes="three facts: (g) １人目 12,000 + 同行者 6,000 = 18,000円, halved for a 県内 中小企業者 by note ※２ = 9,000円; "
               "18,000 and 24,000 are the traps (査証手数料 is extra, note ※３)"),
    dict(question="招へい状の依頼文を英語で作ってもらう場合、３人で出張するなら手数料は３人分かかりますか？",
         category="visa", doc=VISA_PDF, evidence=["招へい状依頼文の英文作成 5,000", "渡航者の人数によらず"],
         answer=["人数によらず"],
         notes="(g) the 「－」 cell 同行者１人につき（円） of 招へい状依頼文の英文作成, read with note ※１: one fee per case, "
               "whatever the number of travellers (no)"),
    dict(question="このデスクの利用が２番目に多い渡航先はどこですか？",
         category="visa", doc=VISA_PDF, evidence=["インド 38 24 22 84"], answer=["インド"],
         notes="(h) ranking by the total column 計（件）: 中国 85, インド 84, ベトナム 76 (rows in regional order, not by "
               "count; the prose names only 中国); second-largest"),
    dict(question="2024年度に、ベトナム向けの出張でデスクが受けた利用は全部で何件でしたか？",
         category="visa", doc=VISA_PDF, evidence=["ベトナム 52 15 ９ 76"], answer=["76"],
         notes="(h) total column on the right: row ベトナム, column 計（件）; 2024年度 = 令和６年度 (the guide prints no "
               "Western year); 52 (要否確認・相談) is the trap"),
    dict(question="2024年度に申請の手配を頼まれた出張のうち、インド向けは何％を占めていましたか？",
         category="visa", doc=VISA_PDF, evidence=["インド 38 24 22 84", "合計 294 110 85 489"], answer=["25.9%"],
         computed=True,
         notes="(h) share within a column: 22 / 85 = 25.9 % (2024年度 = 令和６年度; 84 / 489 = 17.2 % of all uses is a wrong reading)"),
    dict(question="申請の手配を頼んだ場合、大使館などに実際に申請書類を出すのは誰ですか？",
         category="visa", doc=VISA_PDF, evidence=["提携する申請取次業者が、大使館"], answer=["申請取次業者"],
         notes="procedure step ⑤ of ４ (also in the 行う内容 of （３）申請の手配); the desk itself and the traveller are the traps"),
    # --- followups
    dict(question="では、それを産地の組合がまとめて申請する場合、補助率は何％になりますか？",
         category="followup", doc=TOJI_PDF, evidence=["溶出試験 50 75 60 40"], answer=["75"],
         history=_turns("窯元が溶出試験を受ける場合、補助率は何％ですか？",
                        "窯元等が受ける溶出試験の補助率は50％です[1]。"),
         notes="(a) the row from the history (溶出試験), leaf 補助率（％）／産地組合等; 60 (the 欧米向け cap) is the trap"),
    dict(question="その年度の交付額は、全部でいくらでしたか？",
         category="followup", doc=TOJI_PDF, evidence=["令和４年度 14 52 ３ ６ 10,480"], answer=["10,480"],
         history=_turns("2022年度は何件に補助金が交付されましたか？",
                        "2022年度（令和４年度）の交付件数は14件でした[1]。"),
         notes="(b) the year from the history (2022年度 = 令和４年度), column 交付額（千円）"),
    dict(question="それは前の年度と比べて、どれだけ増えましたか？",
         category="followup", doc=MEGANE_PDF, evidence=["米国 402 438 36"], answer=["36"],
         history=_turns("令和５年度の米国向けの眼鏡枠の輸出額はいくらでしたか？",
                        "米国向けの輸出額は438百万円でした[1]。"),
         notes="(e) the row from the history (米国), column 増減 (range 令和４–５年度); 37 (the 合計's 増減) is the trap"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=VISA_PDF, evidence=["電話：099-927-4500"], answer=["099-927-4500"],
         history=_turns("ビザの申請の手配を頼んだ会社が、進み具合を確かめたいそうです。どこに問い合わせればよいですか？",
                        "予約・申込みと進み具合の確認は、橡県海外出張ビザ相談デスクが受け付けています[1]。"),
         notes="contact box of the guide: the デスク's phone (second line); the 班's phone 099-927-4480 and fax "
               "099-927-4489 (first line) are the near misses"),
    dict(question="その国について、申請の手配は何件ありましたか？",
         category="followup", doc=VISA_PDF, evidence=["インドネシア 27 12 10 49"], answer=["10"],
         history=_turns("令和６年度、インドネシア向けの要否確認・相談は何件でしたか？",
                        "インドネシア向けの要否確認・相談は27件でした[1]。"),
         notes="(h) the row from the history (インドネシア), column 申請の手配（件）; 12 (書類作成支援) is the trap"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="令和６年度は、この補助金に何件の申請があって、そのうち何件が不採択になりましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline gives the grants by year (交付件数 19 in 令和６年度), not the applications or rejections",
         absent=["申請件数", "不採択", "採択されなかった"]),
    dict(question="意匠登録の外国出願で補助を受けた案件のうち、実際に外国で登録された件数は分かりますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="(b) gives the filings supported (うち意匠出願), not how many were registered",
         absent=["登録件数", "登録された", "登録に至った"]),
    dict(question="県内の眼鏡枠の輸出本数は、年間でどのくらいありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives export values (百万円) and exporters, not the number of frames",
         absent=["本数", "数量", "万本"]),
    dict(question="眼鏡枠の輸出のうち、越境ＥＣ（海外向けのネット通販）による分はどのくらいですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives exports by kind of business and destination, not by sales channel",
         absent=["越境", "通販", "ＥＣ"]),
    dict(question="ロシアへの出張でこのデスクを利用した件数は何件ありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="(h) names eight destinations and その他 (note ※５ lists some of them); Russia is not given",
         absent=["ロシア"]),
    dict(question="デスクを利用した会社の満足度はどのくらいですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the uses (489) and users (173事業者), no satisfaction survey",
         absent=["満足"]),
]
CATEGORY_COUNTS = {"toji": 11, "megane": 10, "visa": 8, "followup": 5, "unanswerable": 6}
N_QUESTIONS, N_UNANSWERABLE = 40, 6
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h88q", "h88t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H = (
    "補助対象経費の区分ごとの補助率及び上限額", "年度別の交付実績", "成果指標の目標と実績",
    "業態別の回答事業所と輸出の状況", "輸出先別の輸出額", "輸出の課題（複数回答）",
    "支援の種類別の手数料", "渡航先別の利用件数")
LETTERS = dict(zip((A, B, C, D, E, F, G, H), "abcdefgh"))
GOLD_PER_TABLE = {A: 19, B: 28, C: 15, D: 40, E: 30, F: 24, G: 10, H: 40}
DASH_CELLS = {  # where 「－」 is printed (row, column) and why (the note that explains it)
    A: {("意匠登録の外国出願", "補助率（％）／産地組合等")},
    B: {("令和２年度", "うち意匠出願（件）"), ("令和３年度", "うち意匠出願（件）")},
    C: set(), D: set(), E: set(), F: set(),
    G: {("招へい状依頼文の英文作成", "同行者１人につき（円）"), ("書類の翻訳（Ａ４判１枚）", "同行者１人につき（円）")},
    H: set(),
}
TWO_LINE_HEADERS = {  # table key -> the header cells printed over two lines
    "rates": ["アジア・\nその他向け"],
    "record": ["交付\n件数（件）", "溶出試験\n品目数（品目）", "うち意匠\n出願（件）", "うち見本市\n出展（件）", "交付額\n（千円）"],
    "business": ["回答事業所数\n（事業所）", "輸出事業所数\n（事業所）", "うち直接輸出\n（事業所）", "輸出額\n（百万円）"],
    "uses": ["要否確認・\n相談（件）", "書類作成\n支援（件）", "申請の\n手配（件）"],
}


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y, unit) -> str:
    q = half_up(Decimal(x) / Decimal(y), "0.1")
    return f"{int(q) if q == q.to_integral() else q}{unit}"


COMPUTED = {  # question id -> the answer string, computed from gold cells (or, where a note says so, prose data)
    "h88q01": lambda g: f"{4 * g(A, '溶出試験', '上限額（千円）／欧米向け', 2025)}千円",
    "h88q06": lambda g: _pct(g(B, "令和６年度", "うち見本市出展（件）", 2024), g(B, "令和６年度", "交付件数（件）", 2024)),
    "h88q07": lambda g: _avg(g(B, "合計", "交付額（千円）"), g(B, "合計", "交付件数（件）"), "千円"),
    "h88q08": lambda g: f"{g(C, '海外見本市での商談件数（件）', '実績', 2024) - g(C, '海外見本市での商談件数（件）', '目標', 2024)}件",
    "h88q09": lambda g: f"{DESIGN_FROM}年度",
    "h88q15": lambda g: _pct(g(D, "産地問屋・商社", "輸出事業所数（事業所）", 2023), g(D, "産地問屋・商社", "回答事業所数（事業所）", 2023)),
    "h88q16": lambda g: _pct(SIZES[0][2], SIZES[0][1]),
    "h88q19": lambda g: f"{sum(g(E, x, '令和５年度', 2023) for x in ('イタリア', 'フランス', 'ドイツ'))}百万円",
    "h88q24": lambda g: f"{(g(G, '申請の手配（通常）', '１人目（円）', 2025) + g(G, '申請の手配（通常）', '同行者１人につき（円）', 2025)) // 2:,}円",
    "h88q28": lambda g: _pct(g(H, "インド", "申請の手配（件）", 2024), g(H, "合計", "申請の手配（件）", 2024)),
}

# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {TOJI_PDF: (2, 3), MEGANE_PDF: (2, 3), VISA_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (8, 40)  # after norm
TABLE_QUESTIONS = 12  # at least, outside the followups
BEFORE_BREAK_ROWS = ("完成品メーカー（自社ブランド）", "完成品メーカー（ＯＥＭ中心）")  # rows of (d) before the page break
CONTINUED_ROWS = ("研磨・仕上げ", "産地問屋・商社", "合計")  # and after it
CONTACTS = {  # doc -> (班 phone, fax, other phone), mail
    TOJI_PDF: (["099-921-3150", "099-921-3159", "099-921-3200"], ["tochi-toji@example.jp"]),
    MEGANE_PDF: (["099-924-2610", "099-924-2619", "099-924-2700"], ["tochi-megane@example.jp"]),
    VISA_PDF: (["099-927-4480", "099-927-4489", "099-927-4500"], ["tochi-visa@example.jp"]),
}


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout88.py")
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
        if "\n" in q["notes"]:
            errors.append(f"{qid}: notes should be one line")
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
        if not 1 <= len(q["evidence"]) <= 3 or not q["answer"]:
            errors.append(f"{qid}: an answerable question needs 1-3 evidence strings and answers")
        errors += check_answerable(qid, q, doc_text[q["doc"]], EVIDENCE_LEN)
        if q.get("computed"):
            # stricter than docgen: not even the bare number of a computed answer is printed
            for a in q["answer"]:
                bare = re.sub(r"(%|百万円|千円|万円|円|件|人|年度)$", "", nfkc(a))
                raw = nfkc("\n".join(pages[q["doc"]]))
                if re.search(rf"(?<![\d,.]){re.escape(bare)}(?![\d,.])", raw):
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
    # the 「－」 cells the questions ask about are no gold cells
    gold_keys = {(g["table"], g["row"], g["column"]) for g in gold}
    for t, cells in DASH_CELLS.items():
        for row, col in cells:
            if (t, row, col) in gold_keys:
                errors.append(f"{t} / {row} / {col}: a 「－」 cell is a gold cell")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout88.py")
    table_pages = defaultdict(set)
    for g in gold:
        table_pages[g["table"]].add(g["page"])
    for i, g in enumerate(gold, 1):
        if list(g) != GOLD_KEYS:
            errors.append(f"gold {i}: fields {list(g)}")
            continue
        if g["id"] != f"{PREFIX_T}{i:03d}":
            errors.append(f"gold {i}: id {g['id']!r}")
        if DASH in g["value"] or nfkc(DASH) in nfkc(g["value"]):
            errors.append(f"{g['id']}: a 「－」 cell is no gold cell")
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
        # the value is printed in its own row: the row's printed cells, in order, contain it
        i_row = next(k for k in range(len(spec.rows)) if spec.row_label(k) == g["row"])
        if g["value"] not in spec.printed_row(i_row)[1:]:
            errors.append(f"{g['id']}: {g['value']!r} is not a printed cell of row {g['row']}")
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
            # each printed row, cell after cell (the 「－」 cells included), on its page
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
        if isinstance(g["number"], (int, float)):  # a non-numeric cell is reported by check_gold
            t[g["table"]][g["row"]][g["column"]] = g["number"]

    def adds_up(table, cols, rows=None, total="合計"):
        tab = t[table]
        rows = rows if rows is not None else [r for r in tab if r != total]
        for col in cols:
            if tab[total].get(col) != sum(tab[r].get(col, 0) for r in rows):
                errors.append(f"{table}: {total} of {col} does not add up")

    # (a): 産地組合等 get at least the 窯元等 rate; 欧米向け caps at least the others; all within 第５条
    for row, r in t[A].items():
        g_rate = r.get("補助率（％）／産地組合等")
        if g_rate is not None and g_rate < r["補助率（％）／窯元等"]:
            errors.append(f"{A} / {row}: 産地組合等 below 窯元等")
        if r["上限額（千円）／欧米向け"] < r["上限額（千円）／アジア・その他向け"]:
            errors.append(f"{A} / {row}: 欧米向け below アジア・その他向け")
        mult = TEST_ITEMS_MAX if row == "溶出試験" else 1
        if r["上限額（千円）／欧米向け"] * mult > FIRM_CAP * 10:
            errors.append(f"{A} / {row}: a cap above the firm cap of 第５条")
    full = sum(r["上限額（千円）／欧米向け"] * (TEST_ITEMS_MAX if row == "溶出試験" else 1) for row, r in t[A].items())
    if full <= FIRM_CAP * 10:
        errors.append(f"{A}: the 欧米向け caps should add up to more than the firm cap (h88q04)")
    # (b): 合計 adds up; subsets within 交付件数; grants within the caps; 「－」 before 令和４年度
    b = t[B]
    cols_b = ("交付件数（件）", "溶出試験品目数（品目）", "うち意匠出願（件）", "うち見本市出展（件）", "交付額（千円）")
    adds_up(B, cols_b)
    years = [r for r in b if r != "合計"]
    if [r["交付件数（件）"] for r in (b[y] for y in years)] != sorted({b[y]["交付件数（件）"] for y in years}):
        errors.append(f"{B}: 交付件数 should grow every year")
    for y in years:
        r = b[y]
        if r.get("うち意匠出願（件）", 0) > r["交付件数（件）"] or r["うち見本市出展（件）"] > r["交付件数（件）"] \
                or r["交付額（千円）"] > r["交付件数（件）"] * GROUP_CAP * 10 \
                or r["溶出試験品目数（品目）"] > r["交付件数（件）"] * TEST_ITEMS_MAX:
            errors.append(f"{B} / {y}: a count or the grants out of range")
        if ("うち意匠出願（件）" in r) != (fiscal_year(y) >= DESIGN_FROM):
            errors.append(f"{B} / {y}: 意匠出願 should be 「－」 exactly before {era(DESIGN_FROM)}")
    # (c): 達成率 = 実績 / 目標, rounded half up to a whole per cent (note ※５)
    for row, r in t[C].items():
        if r["達成率（％）"] != docgen.pct(r["実績"], r["目標"]):
            errors.append(f"{C} / {row}: 達成率 is not 実績 / 目標")
    # the cases' grants fit the caps of their items and applicant
    for head, _w, _x, amount, (who, dest, items) in TOJI_CASES:
        leaf = "上限額（千円）／欧米向け" if dest == "欧米" else "上限額（千円）／アジア・その他向け"
        cap = sum(t[A][k][leaf] * n for k, n in items.items())
        firm = (GROUP_CAP if who == "産地組合等" else FIRM_CAP) * 10
        if int(amount.replace(",", "").rstrip("千円")) > min(cap, firm):
            errors.append(f"{A}: case {head} exceeds its caps")
        if items.get("溶出試験", 0) > TEST_ITEMS_MAX:
            errors.append(f"{A}: case {head} tests more than {TEST_ITEMS_MAX} 品目")
        if who == "産地組合等" and "意匠登録の外国出願" in items:
            errors.append(f"{A}: case {head} uses a 「－」 cost")
    # (d): 合計 adds up; 直接 within 輸出 within 回答; the totals equal the firm sizes of the prose; 輸出額 = (e)
    d = t[D]
    cols_d = ("回答事業所数（事業所）", "輸出事業所数（事業所）", "うち直接輸出（事業所）", "輸出額（百万円）")
    adds_up(D, cols_d)
    for row, r in d.items():
        if not r["うち直接輸出（事業所）"] <= r["輸出事業所数（事業所）"] <= r["回答事業所数（事業所）"]:
            errors.append(f"{D} / {row}: counts out of order")
    if d["合計"]["回答事業所数（事業所）"] != sum(s[1] for s in SIZES) or d["合計"]["輸出事業所数（事業所）"] != sum(s[2] for s in SIZES):
        errors.append(f"{D}: 合計 differs from the firm sizes of the prose")
    # (e): 合計 adds up; 増減 is the difference, ▲ exactly on the decreases; 令和５年度 equals (d)'s 輸出額
    e = t[E]
    adds_up(E, ("令和４年度", "令和５年度", "増減"))
    for row, r in e.items():
        if r["増減"] != r["令和５年度"] - r["令和４年度"]:
            errors.append(f"{E} / {row}: 増減 is not the difference")
    if e["合計"]["令和５年度"] != d["合計"]["輸出額（百万円）"]:
        errors.append(f"{E}: 令和５年度 合計 differs from {D}")
    # (f): the per cents come from the counts; the ｎ come from (d) and note ※１
    n_all = d["合計"]["輸出事業所数（事業所）"]
    ns = [sum(d[x]["輸出事業所数（事業所）"] for x in GROUPS[k]) for k in GROUPS]
    if sum(ns) != n_all:
        errors.append(f"{F}: the respondent types do not cover {D}")
    for name, a, bb, c in ISSUES:
        r = t[F][name]
        want = (pct1(a + bb + c, n_all), pct1(a, ns[0]), pct1(bb, ns[1]), pct1(c, ns[2]))
        got = tuple(Decimal(str(r[k])) for k in ("全体", "完成品メーカー", "部品・加工業者", "産地問屋・商社"))
        if got != want:
            errors.append(f"{F} / {name}: per cents differ from the counts")
    # (g): 同行者 pay less than the first traveller; 急ぎ more than 通常
    for row, r in t[G].items():
        if r.get("同行者１人につき（円）", 0) > r["１人目（円）"]:
            errors.append(f"{G} / {row}: 同行者 above １人目")
    if t[G]["申請の手配（急ぎ）"]["１人目（円）"] <= t[G]["申請の手配（通常）"]["１人目（円）"]:
        errors.append(f"{G}: 急ぎ should cost more than 通常")
    # (h): 合計 adds up; every 計 is its row's sum
    h_cols = ("要否確認・相談（件）", "書類作成支援（件）", "申請の手配（件）")
    adds_up(H, h_cols + ("計（件）",))
    for row, r in t[H].items():
        if r["計（件）"] != sum(r[k] for k in h_cols):
            errors.append(f"{H} / {row}: 計 is not the sum of the row")
    return errors


def header_lines_printed(page: str, cell_text: str) -> bool:
    """A header cell printed over two lines: its two lines come out as two consecutive lines."""
    if cell_text.count("\n") != 1:
        return False
    first, second = cell_text.split("\n")
    lines = [norm(x) for x in page.splitlines()]
    return any(lines[k] == norm(first) and lines[k + 1] == norm(second) for k in range(len(lines) - 1))


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    # (d): continued over a page break without its header repeated
    bus = specs["business"]
    bp = sorted({g["page"] for g in gold if g["table"] == D})
    if len(bp) != 2 or bp[1] != bp[0] + 1:
        errors.append(f"{D} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(bus.header[0]))
        on = [i + 1 for i, p in enumerate(pages[MEGANE_PDF]) if header in norm(p)]
        leaf_pages = [i + 1 for i, p in enumerate(pages[MEGANE_PDF]) if norm("うち直接輸出") in norm(p)]
        if bus.repeat_header or on != bp[:1] or leaf_pages != bp[:1]:
            errors.append(f"{D}: header printed on pages {on}, expected only on {bp[:1]}")
        first = [g["row"] for g in gold if g["table"] == D and g["page"] == bp[0]][::4]
        cont = [g["row"] for g in gold if g["table"] == D and g["page"] == bp[1]][::4]
        if not 2 <= len(first) <= 7:
            errors.append(f"{D}: {len(first)} rows before the page break, expected 2-7")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{D}: rows on the wrong side of the page break ({first} / {cont})")
        cont_page = pages[MEGANE_PDF][bp[1] - 1]
        # on the continuation page the first row follows the running header and footer directly
        lines = [norm(x) for x in cont_page.splitlines() if x.strip()]
        k = lines.index(norm(cont[0])) if norm(cont[0]) in lines else -1
        if k < 0 or k > 4 or any(norm(h) in "".join(lines[:k]) for h in ("業態", "回答事業所数")):
            errors.append(f"{D}: the continuation page should start with the row {cont[:1]}, got {lines[:k + 1]}")
        if norm("金型・切削加工までの６業態") not in norm(cont_page):
            errors.append(f"{D}: note ※１ should follow the table on the continuation page")
    for key, spec in specs.items():
        if key == "business":
            continue
        tp = {g["page"] for g in gold if g["table"] == spec.title}
        if len(tp) != 1:
            errors.append(f"{spec.title} is on pages {sorted(tp)}, expected one page")
    if specs["issues"].ruled or not all(s.ruled for k, s in specs.items() if k != "issues"):
        errors.append(f"only {F} must be drawn without ruling lines")
    # two-line header cells: in the spec and in the extracted text
    for key, cells in TWO_LINE_HEADERS.items():
        spec = specs[key]
        printed = [h for row in spec.header for h in row if "\n" in h]
        if printed != cells:
            errors.append(f"{spec.title}: two-line header cells {printed}, expected {cells}")
        page = min(g["page"] for g in gold if g["table"] == spec.title)
        for h in cells:
            if not header_lines_printed(pages[spec.doc][page - 1], h):
                errors.append(f"{spec.title}: header {h!r} is not printed over two lines")
    # 「－」 cells exactly where planned, never gold, and printed
    for spec in specs.values():
        if spec.dash_cells() != DASH_CELLS[spec.title]:
            errors.append(f"{spec.title}: 「－」 cells {sorted(spec.dash_cells())}, expected {sorted(DASH_CELLS[spec.title])}")
    gold_keys = {(g["table"], g["row"], g["column"]) for g in gold}
    for t, cells in DASH_CELLS.items():
        if any((t, r, c) in gold_keys for r, c in cells):
            errors.append(f"{t}: a 「－」 cell is in the gold")
    # (a): two header rows, three spans, group／leaf columns with different leaves under the groups
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／窯元等", "補助率（％）／産地組合等", "上限額（千円）／欧米向け", "上限額（千円）／アジア・その他向け"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "千円"}:
        errors.append(f"{A}: units should come from the header groups")
    # (b): years as rows, then a 合計 row over the five years
    bg = [g for g in gold if g["table"] == B]
    brows = list(dict.fromkeys(g["row"] for g in bg))
    if brows != [era(y) for y, *_x in RECORD] + ["合計"] \
            or any(g["fiscal_year"] != fiscal_year(g["row"]) for g in bg if g["row"] != "合計") \
            or any(g["fiscal_year_range"] != [2020, 2024] for g in bg if g["row"] == "合計"):
        errors.append(f"{B}: expected the years as rows and a 合計 row over 2020-2024")
    # (c): a KPI table with 目標 / 実績 / 達成率, each row's unit from its label's bracket
    cg = [g for g in gold if g["table"] == C]
    if list(dict.fromkeys(g["column"] for g in cg)) != ["目標", "実績", "達成率（％）"] \
            or any(g["unit"] != (bracket_unit(g["row"]) if g["column"] != "達成率（％）" else "%") for g in cg) \
            or len({g["unit"] for g in cg}) < 5:
        errors.append(f"{C}: expected 目標 / 実績 / 達成率 with each row's unit in its label")
    # (e): years as columns and a 増減 column with ▲ exactly on the decreases, covering both years
    eg = [g for g in gold if g["table"] == E]
    if any((g["value"].startswith(TRIANGLE)) != (g["number"] < 0) for g in eg) \
            or not any(g["number"] < 0 for g in eg):
        errors.append(f"{E}: ▲ should mark exactly the decreases")
    if any(g["fiscal_year_range"] != list(DEST_YEARS) for g in eg if g["column"] == "増減") \
            or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in eg if g["column"] != "増減"):
        errors.append(f"{E}: expected the years as columns and 増減 over both")
    if any(g["fiscal_year_range"] is not None for g in gold if not (g["table"] == E and g["column"] == "増減")
           and not (g["table"] == B and g["row"] == "合計")):
        errors.append("only the 増減 column of (e) and the 合計 row of (b) may have a fiscal_year_range")
    if any(TRIANGLE in g["value"] for g in gold if g["table"] != E):
        errors.append("only (e) prints ▲")
    # (f): per cents only, unit from the caption note
    if {g["unit"] for g in gold if g["table"] == F} != {"%"}:
        errors.append(f"{F}: expected per cents only")
    # (h): a total column on the right, within one fiscal year
    hg = [g for g in gold if g["table"] == H]
    if list(dict.fromkeys(g["column"] for g in hg))[-1] != "計（件）" or any(g["fiscal_year"] != 2024 for g in hg):
        errors.append(f"{H}: expected a 計 column on the right, all within 2024")
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

    def contacts(doc, what):
        want, mails = CONTACTS[doc]
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
        if "問い合わせ先" not in text:
            errors.append(f"{what}: no contact section")

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

    # ---- the grant guideline
    tt = norm("\n".join(pages[TOJI_PDF]))
    siblings(tt, TOJI_PDF, ("輸出先：", "取組内容：", "補助金の額："), [c[0] for c in TOJI_CASES])
    arts = re.findall(r"第(\d)条", "".join(x.strip()[:4] for x in "\n".join(pages[TOJI_PDF]).splitlines()
                                          if re.match(r"\s*第[１-９]条", x)).translate(str.maketrans("１２３４５６７８９", "123456789")))
    if arts != [str(i) for i in range(1, 10)]:
        errors.append(f"guideline: expected articles 第１条-第９条 each starting a line, got {arts}")
    if len(re.findall(r"附則", tt)) != 3 or norm("別表(第4条関係)") not in tt:
        errors.append("guideline: expected three 附則 and the 別表（第４条関係）")
    n_all, amt_all = sum(r[1] for r in RECORD), sum(r[5] for r in RECORD)
    if amt_all % 10 or norm(f"延べ{n_all}件、{amt_all // 10:,}万円") not in tt:
        errors.append("guideline: the five-year totals in the prose differ from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件に交付し、溶出試験を受けた品目は{last[2]}品目") not in tt:
        errors.append("guideline: the 令和６年度 figures in the prose differ from (b)")
    if norm(f"１年度当たり{FIRM_CAP}万円（産地組合等にあっては{GROUP_CAP}万円）") not in tt \
            or norm(f"{TEST_ITEMS_MAX}品目を限度") not in tt:
        errors.append("guideline: 第５条 or note ※２ differs from the caps used in the checks")
    if re.findall(r"20\d\d年", tt) != ["2020年"]:
        errors.append("guideline: only 2020年度 should be printed in Western form")
    defs(tt, ("県産陶磁器", "窯元等", "産地組合等", "溶出試験", "欧米向け"), "guideline")
    for x in EXCLUDED:
        if norm(x) not in tt:
            errors.append(f"guideline: the cost not covered {x} is missing")
    bullets_in(TOJI_PDF, 0, "guideline")
    steps_of(TOJI_PDF, "①②③④⑤⑥⑦", "guideline")
    contacts(TOJI_PDF, "guideline")

    # ---- the survey of eyeglass-frame exports
    mt = norm("\n".join(pages[MEGANE_PDF]))
    siblings(mt, MEGANE_PDF, ("主な輸出先：", "輸出の始め方：", "今後の課題："), [c[0] for c in MEGANE_CASES])
    total, n = sum(b[1] for b in BUSINESSES), exporters()
    direct = sum(b[3] for b in BUSINESSES)
    if norm(f"{total}事業所（回答率{pct1(total, TARGET)}％）") not in mt \
            or norm(f"回答事業所{total}事業所のうち、令和５年度に輸出を行った輸出事業所は{n}事業所（{pct1(n, total)}％）") not in mt \
            or norm(f"直接輸出を行ったのは{direct}事業所") not in mt:
        errors.append("survey: the response and export figures in the prose differ from (d)")
    (big, big_n, big_x), (small, small_n, small_x) = SIZES
    if norm(f"従業者{big}の{big_n}事業所のうち{big_x}事業所") not in mt or norm(f"{small_n}事業所のうち{small_x}事業所") not in mt:
        errors.append("survey: the firm sizes in the prose differ from the data")
    others = sorted((b for b in BUSINESSES if b[0] != "産地問屋・商社"), key=lambda b: -b[4])
    if others[0][0] != "完成品メーカー（自社ブランド）":
        errors.append("survey: 「完成品メーカー（自社ブランド）の輸出額が最も大きい」 does not hold")
    ta, tb = sum(r[1] for r in DESTS), sum(r[2] for r in DESTS)
    if norm(f"輸出額は{tb:,}百万円で、前年度から{tb - ta}百万円増えた") not in mt or tb <= ta:
        errors.append("survey: the export totals in the prose differ from (e)")
    if max(DESTS, key=lambda r: r[2])[0] != "米国" or min(DESTS, key=lambda r: r[2] - r[1])[0] != "中国":
        errors.append("survey: 「米国が最も多く、中国は最も大きく減った」 does not hold")
    ns = {g: exporters(g) for g in GROUPS}
    rate = {name: [(a + b + c) / n, a / ns["完成品メーカー"], b / ns["部品・加工業者"], c / ns["産地問屋・商社"]]
            for name, a, b, c in ISSUES}
    tops = [max(rate, key=lambda k, j=j: rate[k][j]) for j in range(4)]
    if tops[0] != "海外見本市への出展費用が高い" or tops[2] != "海外の取引先の探し方が分からない" \
            or tops[3] != "為替の変動による採算の悪化" or sorted(v[j] for v in rate.values() for j in [0]).count(rate[tops[0]][0]) != 1:
        errors.append("survey: the tops of (f) in the prose do not hold")
    if COPIED > n:
        errors.append("survey: more copied exporters than exporters")
    if re.findall(r"20\d\d年", mt) != ["2024年"] or re.findall(r"20\d\d年度", mt):
        errors.append("survey: only 2024年 (調査基準日) should be printed in Western form")
    defs(mt, ("眼鏡枠", "輸出事業所", "直接輸出"), "survey")
    bullets_in(MEGANE_PDF, 3, "survey")
    steps_of(MEGANE_PDF, "①②③④", "survey")
    contacts(MEGANE_PDF, "survey")

    # ---- the visa desk guide
    vt = norm("\n".join(pages[VISA_PDF]))
    siblings(vt, VISA_PDF, ("行う内容：", "所要日数：", "対象となる渡航先："), [k[0] for k in KINDS])
    tot = sum(sum(r[1:]) for r in USES)
    kinds = [sum(r[j] for r in USES) for j in (1, 2, 3)]
    if norm(f"利用件数は{tot}件（要否確認・相談{kinds[0]}件、書類作成支援{kinds[1]}件、申請の手配{kinds[2]}件）") not in vt \
            or norm(f"前年度の{PREV_USES}件から{tot - PREV_USES}件増えました") not in vt:
        errors.append("guide: the use figures in the prose differ from (h)")
    ranked = [r[0] for r in sorted(USES, key=lambda r: -sum(r[1:]))]
    asia = sum(sum(r[1:]) for r in USES if r[0] in ASIA)
    if ranked[0] != "中国" or ranked[1] != "インド" or not asia * 3 > tot * 2:
        errors.append("guide: 「中国が最も多く」, インド second or 「アジア向けが３分の２を超え」 does not hold")
    if [r[0] for r in USES].index("インド") == 1:
        errors.append("guide: the second-largest destination should not be printed second")
    if USERS > tot:
        errors.append("guide: more users than uses")
    if re.findall(r"20\d\d年", vt):
        errors.append("guide: no Western year should be printed")
    defs(vt, ("ビザ(査証)", "電子渡航認証", "商用渡航", "営業日"), "guide")
    raw = "\n".join(pages[VISA_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("guide: expected three Ｑ lines and three Ａ lines")
    bullets_in(VISA_PDF, 4, "guide")
    steps_of(VISA_PDF, "①②③④⑤⑥", "guide")
    contacts(VISA_PDF, "guide")
    return errors


def check_fiction(questions, pages) -> list[str]:
    """Every phone number is 099-92x-xxxx and every mail address @example.jp, in the documents and
    in the questions; the prefecture is 橡県 and its look-alike 楝県 is printed nowhere."""
    errors = []
    texts = {name: norm("\n".join(p)) for name, p in pages.items()}
    texts["questions"] = norm(" ".join(str(q) for q in questions))
    for name, text in texts.items():
        for ph in re.findall(r"\d{2,5}-\d{2,4}-\d{3,4}", text):
            if not re.fullmatch(PHONE_RE, ph):
                errors.append(f"{name}: phone number {ph} outside 099-92x-xxxx")
        for mail in re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text):
            if not mail.endswith(MAIL_DOMAIN):
                errors.append(f"{name}: mail address {mail} outside {MAIL_DOMAIN}")
        if NOT_PREF in text:
            errors.append(f"{name}: {NOT_PREF} is printed")
    for name, p in pages.items():
        if PREF not in p[0]:
            errors.append(f"{name}: the prefecture {PREF} is not on page 1")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
