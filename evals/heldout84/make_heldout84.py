"""Build the 槻県 held-out set 84: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (槻県 and every town, scheme, organisation, company, phone number,
address and figure). The documents are in three genres the earlier sets do not use:

- a grant guideline (交付要綱, articles 第１条–第７条 with two 附則, a 別表 and four （参考） parts) for a
  prefectural subsidy helping small makers of drones and small machines meet the standards and
  certifications of their export markets (ドローン・小型機械輸出規格適合支援補助金: radio
  certification, safety-standard assessment, lithium-battery transport tests, drone registration
  and remote ID, technical files, a local representative), with a two-level header whose groups are
  the product classes (ドローン / 小型機械) and whose leaves are the rate and the cap, 「－」 cells (a
  cost item for drones only), a small-firm bonus and a firm cap in 万円 in articles, the grants by
  year (years as rows, header cells over two lines, a 「－」 cell) and a KPI table;
- the report (報告書) of a survey of the prefecture's ceramics and tableware makers on their exports
  (陶磁器・食器製造業の輸出実態調査), with the respondents and exporters by product (a table continued
  over a page break without its header), the destinations in two survey years with a 増減 column
  (▲ decreases) and an unruled table of the issues;
- the user guide (利用案内) of a prefectural desk helping firms put GS1 barcodes on their export
  products (ＧＳ１バーコード登録支援デスク: advice on registration, print-quality verification, product
  data registration on the buyers' sites abroad), with the fees (a 「－」 cell, a half fee for small
  firms in a note), the uses by industry with a total column on the right and the uses by year
  (years as rows, header cells over two lines).

See README.md beside this file.

    python make_heldout84.py [OUTPUT_DIR]          # default: this file's directory

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
    GOTHIC,
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

DRONE_PDF = "tsuki_drone_kogata_kikai_yushutsu_tekigo_hojokin_kofu_yoko_r7.pdf"
TOUKI_PDF = "tsuki_toujiki_shokki_yushutsu_jittai_chosa_r6.pdf"
GS1_PDF = "tsuki_gs1_barcode_toroku_shien_desk_riyo_annai_r7.pdf"
ALL_PDFS = (DRONE_PDF, TOUKI_PDF, GS1_PDF)

UNITS = ("百万円", "千円", "万円", "円", "事業所", "品目", "件", "者", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
DASH = "－"  # a cell with no figure; what it means is said in a note; never a gold cell
DECREASE = "▲"  # a decrease in a 増減 column
PHONE_RE = r"099-88\d-\d{4}"  # every phone number of the set: 099-88x-xxxx
MAIL_DOMAIN = "@example.jp"
PREF = "槻県"
FORBIDDEN_PREFS = ("杜県",)  # never written


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
    """(number, unit) as printed after NFKC, ▲ read as a minus sign; (None, None) for text."""
    return docgen.parse_number(nfkc(value).strip().replace(DECREASE, "-"), UNITS)


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
    """k / n in whole per cent, rounded half up (the 達成率 of note ※５)."""
    return int(half_up(Decimal(k * 100) / Decimal(n), "1"))


def cell(x) -> str:
    """A table cell: None -> 「－」, a Decimal with one decimal, an int as docgen prints it
    (single digits full-width, thousands with a comma)."""
    if x is None:
        return DASH
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def signed(x: int) -> str:
    """A 増減 cell: ▲ before a decrease, no sign before an increase."""
    return f"{DECREASE}{fw(-x)}" if x < 0 else fw(x)


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf and optional columns that
    cover a range of fiscal years (a 増減 column)."""

    col_range: dict | None = None  # {col: [first, last]} for columns spanning several fiscal years

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
        """(row label, column label) of every 「－」 cell as printed."""
        return {(self.row_label(i), self.column_label(c))
                for i, r in enumerate(self.rows) for c in self.value_cols if r[c] == DASH}


def gold_records(spec: TableSpec, pages_of: dict) -> list[dict]:
    out = []
    for i, r in enumerate(spec.rows):
        for c in spec.value_cols:
            value = r[c]
            if value == DASH:  # no figure: explained by a note, no gold cell
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


ARTICLE_HEAD = pstyle("article_head", GOTHIC, 10.5, 17, spaceBefore=4, keepWithNext=1)
ARTICLE = pstyle("article", left=docgen.EM, first=-docgen.EM)
ITEM = pstyle("item", left=3 * docgen.EM, first=-docgen.EM)


def article(head: str, no: str, text: str, more=(), items=()):
    """（見出し） then 第ｎ条　text, its numbered paragraphs ２ … and its items 一 …"""
    out = [P(f"（{head}）", ARTICLE_HEAD), P(f"{no}　{text}", ARTICLE)]
    out += [P(f"{fw(k)}　{t}", ARTICLE) for k, t in enumerate(more, 2)]
    out += [P(f"{k}　{t}", ITEM) for k, t in zip("一二三四五六七八九", items)]
    return out


SIBLING_ROOM = 32 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: drone and small-machine export compliance subsidy, grant guideline
DRONE = f"{PREF}ドローン・小型機械輸出規格適合支援補助金"
DRONE_DEPT = f"{PREF} 商工労働部 ものづくり産業課"
DRONE_DESK = f"{PREF}ドローン・ロボット相談窓口"
KIKO = f"公益財団法人{PREF}産業振興機構"
DRONE_KG, MACHINE_KG = 25, 300  # 第２条: a drone under 25 kg; a small machine up to 300 kg
SMALL_STAFF = 20  # 第２条: 小規模企業者 = up to 20 employees
SMALL_BONUS = 15  # 第４条２: points added to the rate for a 小規模企業者 (caps unchanged)
FIRM_CAP_MAN = 250  # 第５条: 万円 per firm and fiscal year (the 別表 is in 千円)
RATES = [  # 経費区分; ドローン: 補助率（％）, 上限額（千円）; 小型機械: 補助率（％）, 上限額（千円） (None: 「－」)
    ("無線認証の取得", 60, 1500, 50, 800),
    ("安全規格の適合評価", 50, 1000, 50, 1800),
    ("リチウム電池の輸送試験", 50, 500, 50, 300),
    ("機体登録・リモートＩＤ対応", 50, 300, None, None),
    ("技術文書の作成・翻訳", 40, 400, 40, 600),
    ("現地代理人の選任", 40, 200, 40, 200),
]
DRONE_FROM = 2022  # ドローン covered from 令和４年度 (note ※４): 「－」 in 令和３年度
RECORD = [  # 年度, 申請件数, 交付件数, うち小規模企業者, うちドローン (None: 「－」), 交付額（千円）
    (2021, 9, 6, 2, None, 6840), (2022, 14, 10, 3, 4, 13260),
    (2023, 18, 13, 5, 6, 19710), (2024, 22, 15, 6, 8, 23550),
]
KPIS = [  # 指標（単位）, 目標, 実績 (令和６年度); 達成率 = 実績 / 目標, whole per cent half up (note ※５)
    ("海外の規格・認証の取得件数（件）", 30, 27),
    ("補助事業者の輸出額（万円）", 48000, 52300),
    ("新たに輸出を始めた事業者数（者）", 8, 5),
    ("相談窓口の相談件数（件）", 120, 138),
]
DRONE_CASES = [  # 見出し, 輸出先, 適合対応の内容, 補助金の額 (万円); (cost item, 補助対象経費 千円) for the check
    ("ドローン製造業Ａ社（槻市）", "米国", "無線認証（ＦＣＣ認証）の取得とリチウム電池の輸送試験", 132,
     "ドローン", (("無線認証の取得", 1700), ("リチウム電池の輸送試験", 600))),
    ("農業用小型機械製造業Ｂ社（霞野市）", "フランス", "ＣＥマーキングのための安全規格の適合評価と技術文書の翻訳", 186,
     "小型機械", (("安全規格の適合評価", 2760), ("技術文書の作成・翻訳", 1200))),
    ("測量用ドローン製造業Ｃ社（沢渡町）", "オーストラリア", "機体登録とリモートＩＤ対応、技術文書の英訳", 54,
     "ドローン", (("機体登録・リモートＩＤ対応", 640), ("技術文書の作成・翻訳", 600))),
]
NOT_COVERED = [  # 第６条
    "製品の設計の変更又は改良に要する経費（部品の購入費を含む。）",
    "国内の法令に基づく認証の取得に要する経費",
    "輸出先での販売促進及び展示会への出展に要する経費",
    "交付決定の日より前に契約し、又は支払った経費",
]


def drone_specs():
    rates = TableSpec(
        key="rates", doc=DRONE_PDF, title="経費区分別の補助率と上限額",
        header=[["経費区分", "ドローン", "", "小型機械", ""],
                ["", "補助率（％）", "上限額（千円）", "補助率（％）", "上限額（千円）"]],
        rows=[[n, cell(a), cell(b), cell(c), cell(d)] for n, a, b, c, d in RATES],
        col_widths=[58 * mm, 25 * mm, 27 * mm, 25 * mm, 27 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[-1])
    record = TableSpec(
        key="record", doc=DRONE_PDF, title="交付の実績",
        header=[["年度", "申請\n件数（件）", "交付\n件数（件）", "うち小規模\n企業者（件）", "うち\nドローン（件）",
                 "交付額\n（千円）"]],
        rows=[[era(y), fw(a), fw(g), fw(s), cell(d), fw(m)] for y, a, g, s, d, m in RECORD],
        col_widths=[26 * mm, 25 * mm, 25 * mm, 29 * mm, 29 * mm, 26 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    kpi = TableSpec(
        key="kpi", doc=DRONE_PDF, title="成果指標の達成状況",
        header=[["指標", "目標", "実績", "達成率（％）"]],
        rows=[[n, fw(t), fw(a), fw(pct0(a, t))] for n, t, a in KPIS],
        col_widths=[70 * mm, 26 * mm, 26 * mm, 28 * mm], table_fy=2024,
    )
    kpi.unit = lambda row, c: "%" if c == 3 else bracket_unit(row[0])
    return rates, record, kpi


def drone_story(specs):
    rates, record, kpi = specs
    n_all, amt_all = sum(r[2] for r in RECORD), sum(r[5] for r in RECORD)
    last = RECORD[-1]
    st = [Spacer(1, 2 * mm), P(f"{DRONE}交付要綱", TITLE), Spacer(1, 1 * mm),
          P("令和３年３月26日制定　令和７年３月21日改正", DATE_RIGHT), P(DRONE_DEPT, DATE_RIGHT), Spacer(1, 2 * mm)]
    st += article("趣旨", "第１条", f"県は、県内の中小企業者が自ら製造するドローン及び小型機械の輸出を促進するため、輸出先の国・地域の規格又は認証に製品を適合させる取組に要する経費に対し、予算の範囲内において{DRONE}（以下「補助金」という。）を交付するものとし、その交付については、この要綱の定めるところによる。")
    st += article("定義", "第２条", "この要綱において、次に掲げる用語の意義は、それぞれ当該各号に定めるところによる。", items=[
        f"「ドローン」とは、構造上人が乗ることができない機器であって、遠隔操作又は自動操縦により飛行させることができるもの（重量が{DRONE_KG}キログラム未満のものに限る。）をいう。",
        f"「小型機械」とは、電動機により動く機械器具であって、重量が{MACHINE_KG}キログラム以下のもの（ドローンを除く。）をいう。",
        "「適合対応」とは、輸出先の国・地域の法令又は規格が製品に求める認証の取得、試験、登録その他の手続を行うことをいう。",
        f"「小規模企業者」とは、常時使用する従業員の数が{SMALL_STAFF}人以下の中小企業者をいう。",
    ])
    st += article("補助対象者", "第３条", "補助金の交付の対象となる者は、県内に本社又は主たる工場を有する中小企業者であって、自ら製造するドローン又は小型機械について適合対応を行い、これを輸出しようとするものとする。")
    st += article("補助対象経費及び補助率", "第４条", "補助対象経費の区分、補助率及び上限額は、別表のとおりとする。", more=[
        f"小規模企業者が申請する場合の補助率は、別表に定める率に{SMALL_BONUS}ポイントを加えた率とする。この場合において、上限額は変わらないものとする。",
    ])
    st += article("補助金の額", "第５条", f"補助金の額は、経費区分ごとに補助対象経費の額に補助率を乗じて得た額（その額が上限額を超えるときは、上限額）を合計した額とし、１事業者につき１年度当たり{FIRM_CAP_MAN}万円を限度とする。", more=[
        "前項の規定により算出した額に千円未満の端数があるときは、これを切り捨てる。",
    ])
    st += article("補助対象外経費", "第６条", "次に掲げる経費は、補助の対象としない。", items=NOT_COVERED)
    st += article("輸出状況の報告", "第７条", "補助事業者は、補助事業を完了した年度の翌年度から３年間、毎年度、補助事業の対象とした製品の輸出の状況を知事に報告しなければならない。")
    st += [P("附　則", ARTICLE_HEAD), P("この要綱は、令和３年４月１日から施行する。", indented(0)),
           P("附　則（令和７年３月21日改正）", ARTICLE_HEAD), P("この要綱は、令和７年４月１日から施行する。", indented(0))]
    st += [P("別表（第４条関係）", H1)]
    st += [caption(rates.title), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「無線認証の取得」は、輸出先の電波に関する法令に基づく認証の取得に要する試験及び申請の経費をいう。",
        "※２ 「機体登録・リモートＩＤ対応」は、ドローンに限る。小型機械の欄の「－」は、補助の対象としないことを示す。",
        "※３ 「現地代理人の選任」は、輸出先で製品の責任者となる代理人の初年度の費用に限る。",
    ])
    st += [P("（参考１）令和７年度の募集", H1)]
    st += lv_lines([
        ("募集期間", "令和７年５月７日から６月20日まで"),
        ("予算額", "3,000万円"),
        ("採択予定件数", "15件程度"),
        ("申請の方法", f"{PREF}電子申請サービス又は持参"),
        ("補助事業期間", "交付決定の日から令和８年２月13日まで"),
    ], 0)
    st += [P("（参考２）申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（ものづくり産業課又は{DRONE_DESK}へ）",
        "② 交付申請（募集期間内に、事業計画書と見積書を添えて提出）",
        "③ 審査（書類審査と面談、令和７年７月中旬）",
        "④ 交付決定の通知（令和７年７月下旬）",
        "⑤ 補助事業の実施（令和８年２月13日までに完了すること）",
        "⑥ 実績報告（事業の完了から30日以内。遅くとも令和８年２月27日まで）",
        "⑦ 補助金の額の確定と支払（令和８年３月下旬）",
    ], 0)
    st += [P("（参考３）これまでの実績", H1)]
    st += paras(f"""
制度を始めた令和３年度（2021年度）から令和６年度までに、延べ{n_all}件、{amt_all // 10:,}万円を交付した。令和６年度は{last[1]}件の申請があり、{last[2]}件に交付した（うち小規模企業者{fw(last[3])}件、ドローン{fw(last[4])}件）。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += notes([f"※４ ドローンは{era(DRONE_FROM)}から補助の対象に加えた（{era(RECORD[0][0])}の欄は「－」）。"])
    st += [caption(kpi.title, "（令和６年度）"), kpi.flowable(), Spacer(1, 2)]
    st += notes(["※５ 達成率は、実績を目標で除して得た値（％）の小数点以下を四捨五入したもの。"])
    st += [P("（参考４）活用事例（令和６年度）", H1)]
    for i, (head, where, what, amount, _cls, _items) in enumerate(DRONE_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("輸出先", where), ("適合対応の内容", what), ("補助金の額", f"{amount}万円")], 1)
    st += [CondPageBreak(30 * mm), P("問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{DRONE_DEPT} 機械・ロボット班　電話：099-881-5230　ファクス：099-881-5239",
        f"{DRONE_DESK}（{KIKO}内、事前相談）　電話：099-881-5300",
        "電子メール：tsuki-drone@example.jp",
    ]))
    return st


# ================================================================ document 2: ceramics and tableware exports, survey report
TOUKI = f"{PREF}陶磁器・食器製造業の輸出実態調査"
TOUKI_DEPT = f"{PREF} 商工労働部 地場産業課"
KUMIAI = f"{PREF}陶磁器工業協同組合"
TARGET = 420  # 調査対象の事業所 (全数)
PRODUCTS = [  # 主な品目, 回答事業所数, 輸出事業所数, うち直接輸出, 輸出額（百万円） (令和５年度)
    ("和食器", 64, 29, 11, 412), ("洋食器", 31, 17, 9, 538), ("業務用食器", 22, 12, 4, 286),
    ("茶器・酒器", 27, 14, 6, 153), ("花器・置物", 25, 9, 3, 61), ("陶板・タイル", 18, 6, 2, 97),
    ("陶磁器製の雑貨", 21, 8, 5, 44), ("型・原型", 12, 2, 1, 6), ("絵付・加工", 14, 3, 1, 12),
    ("その他", 18, 5, 2, 38),
]
SIZES = (("小規模事業所", 138, 31), ("従業者５人以上の事業所", 114, 74))  # 回答, うち輸出 (prose only)
SMALL_WORKERS = 4  # 「小規模事業所」: up to 4 workers
PREV_EXPORTERS = 96  # 輸出事業所 in the previous survey (令和４年度)
SURVEY_YEARS = (2022, 2024)
NEXT_SURVEY = 2026  # step ④ (printed as 令和８年度 only)
VIA_TRADER, VIA_FAIR, EC_DIRECT = 68, 41, 23  # 輸出の方法 (multiple answers, prose only)
DESTS = [  # 輸出先, 令和４年度調査, 令和６年度調査 (事業所, 複数回答)
    ("米国", 38, 44), ("中国", 35, 27), ("台湾", 26, 31), ("香港", 22, 19), ("韓国", 14, 16),
    ("フランス", 12, 17), ("ドイツ", 9, 8), ("オーストラリア", 7, 12), ("タイ", 8, 11),
]
ISSUES = [  # 輸出の課題, 回答数: 輸出事業所, 輸出していない事業所 (複数回答)
    ("海外の取引先（バイヤー）の開拓", 44, 81), ("輸送中の破損と梱包の費用", 51, 19),
    ("鉛・カドミウムの溶出規制への対応", 38, 12), ("海外向け商品の企画・開発", 27, 46),
    ("外国語での商談・やり取り", 20, 57), ("輸出の手続と書類の作成", 17, 52),
    ("価格の設定と為替の変動", 33, 14),
]
TOUKI_CASES = [  # 見出し, 主な輸出先, 売上高に占める輸出の割合, 取組の内容 (same labels in every sibling section)
    ("和食器製造業Ｄ社（霞野市）", "米国、オーストラリア", "約25％", "現地の日本食レストラン向けに、欠けにくい業務用の小皿を開発した"),
    ("洋食器製造業Ｅ社（槻市）", "フランス、ドイツ", "約60％", "ＥＵの溶出基準の試験を毎年受け、試験成績書を取引先に示している"),
    ("茶器・酒器製造業Ｆ社（沢渡町）", "台湾、香港", "約15％", "自社サイトで英語と中国語の注文を受け、少量でも発送している"),
]


def _share(name: str) -> tuple[int, int]:
    """輸出事業所数, 回答事業所数 of a product row."""
    r = next(r for r in PRODUCTS if r[0] == name)
    return r[2], r[1]


def respondents() -> int:
    return sum(r[1] for r in PRODUCTS)


def exporters() -> int:
    return sum(r[2] for r in PRODUCTS)


def touki_specs():
    rows = [[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in PRODUCTS]
    rows.append(["合計"] + [fw(sum(r[j] for r in PRODUCTS)) for j in (1, 2, 3, 4)])
    products = TableSpec(
        key="products", doc=TOUKI_PDF, title="品目別の回答事業所と輸出の状況",
        header=[["主な品目", "回答\n事業所数（事業所）", "輸出\n事業所数（事業所）", "うち\n直接輸出（事業所）",
                 "輸出額\n（百万円）"]],
        rows=rows, col_widths=[36 * mm, 33 * mm, 33 * mm, 33 * mm, 27 * mm], table_fy=2023, repeat_header=False,
    )
    products.unit = lambda row, c, s=products: bracket_unit(s.column_label(c))
    dests = TableSpec(
        key="dests", doc=TOUKI_PDF, title="主な輸出先（複数回答）",
        header=[["輸出先", "令和４年度調査", "令和６年度調査", "増減"]],
        rows=[[d, fw(a), fw(b), signed(b - a)] for d, a, b in DESTS],
        col_widths=[40 * mm, 32 * mm, 32 * mm, 26 * mm], unit="事業所",
    )
    dests.col_range = {3: list(SURVEY_YEARS)}
    n_all, n_x = respondents(), exporters()
    issues = TableSpec(
        key="issues", doc=TOUKI_PDF, title="輸出の課題（複数回答）",
        header=[["輸出の課題", "全体", "輸出事業所", "輸出していない事業所"]],
        rows=[[x, cell(pct1(a + b, n_all)), cell(pct1(a, n_x)), cell(pct1(b, n_all - n_x))] for x, a, b in ISSUES],
        col_widths=[66 * mm, 22 * mm, 28 * mm, 40 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return products, dests, issues


def touki_story(specs):
    products, dests, issues = specs
    total, n = respondents(), exporters()
    direct = sum(r[3] for r in PRODUCTS)
    value = sum(r[4] for r in PRODUCTS)
    (s_name, s_n, s_x), (l_name, l_n, l_x) = SIZES
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{TOUKI} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月", DATE_RIGHT), P(TOUKI_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県内の陶磁器・食器製造業の輸出の実態と課題を把握し、産地の海外販路開拓の支援に役立てるため"),
        ("調査対象", f"県内の陶磁器・食器製造業の事業所 {TARGET}事業所（全数）"),
        ("調査基準日", "令和６年（2024年）９月１日"),
        ("調査期間", "令和６年９月９日から10月11日まで"),
        ("調査方法", f"郵送及びウェブによるアンケート（{KUMIAI}の協力による）"),
        ("回答数", f"{total}事業所（回答率{pct1(total, TARGET)}％）"),
    ], 0)
    st += paras(f"""
この報告書において「輸出事業所」とは、令和５年度中に自社の製品を海外に販売した事業所（国内の商社を通じた販売を含む。）をいう。「直接輸出」とは、海外の取引先と自ら契約し、輸出の手続を自ら又は通関業者に委託して行うことをいう。また、「小規模事業所」とは、従業者が{fw(SMALL_WORKERS)}人以下の事業所をいう。
""", 0)
    st += [P("２　輸出の状況", H1)]
    st += paras(f"""
令和５年度に製品を輸出した事業所は、回答事業所{total}事業所のうち{n}事業所（{pct1(n, total)}％）で、前回の調査（令和４年度）の{PREV_EXPORTERS}事業所から{fw(n - PREV_EXPORTERS)}事業所増えた。このうち直接輸出を行った事業所は{direct}事業所である。輸出事業所の輸出額の合計は{value // 100}億{value % 100 * 100:,}万円で、洋食器と和食器で全体の約６割を占める。
従業者の規模別では、小規模事業所は{s_n}事業所のうち{s_x}事業所が輸出しているのに対し、従業者５人以上の事業所は{l_n}事業所のうち{l_x}事業所が輸出している。
輸出の方法（複数回答）では、国内の商社を通じた販売が{VIA_TRADER}事業所で最も多く、海外の展示会や商談会で知り合った取引先への販売が{VIA_FAIR}事業所、自社の通販サイト等による海外の消費者への直接販売が{EC_DIRECT}事業所であった。
品目別にみると、回答事業所に占める輸出事業所の割合は、洋食器（{pct1(*_share("洋食器"))}％）と業務用食器（{pct1(*_share("業務用食器"))}％）で高く、型・原型（{pct1(*_share("型・原型"))}％）と絵付・加工（{pct1(*_share("絵付・加工"))}％）で低い。
""", 0)
    st += [caption(products.title, "（令和５年度）", keep=False), products.flowable(), Spacer(1, 2)]
    st += notes(["※１ 品目は、各事業所の主な製品による。「その他」は、理化学用の磁器、人形等である。輸出額は、輸出事業所が回答した令和５年度の額である。"])
    st += [P("３　輸出先", H1)]
    st += paras("""
輸出先（複数回答）は、米国が最も多かった。前回の調査と比べると、米国、台湾、フランス、オーストラリア等向けが増え、中国と香港向けが減った。
""", 0)
    st += [caption(dests.title, "（単位：事業所）"), dests.flowable(), Spacer(1, 2)]
    st += notes([f"※２ 輸出事業所が回答した。輸出事業所は、前回の調査（令和４年度）が{PREV_EXPORTERS}事業所、今回の調査（令和６年度）が{n}事業所である。「▲」は減少を示す。"])
    st += [P("４　企業の事例", H1)]
    for i, (head, dest, share, what) in enumerate(TOUKI_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な輸出先", dest), ("売上高に占める輸出の割合", share), ("取組の内容", what)], 1)
    st += [P("５　輸出の課題", H1)]
    st += paras("""
全体では「海外の取引先（バイヤー）の開拓」が最も多かった。輸出事業所では「輸送中の破損と梱包の費用」が最も多く、輸出していない事業所では「海外の取引先（バイヤー）の開拓」に次いで「外国語での商談・やり取り」が多い。
""", 0)
    st += [caption(issues.title, "（単位：％）"), issues.flowable(), Spacer(1, 2)]
    st += notes([f"※３ 回答事業所（全体{total}事業所、輸出事業所{n}事業所、輸出していない事業所{total - n}事業所）に対する割合である。複数回答のため、合計は100％にならない。"])
    st += [P("６　県への主な要望（自由記述）", H1)]
    st += bullets([
        "割れ物の輸出に適した梱包材の開発と、事業所が共同で行う輸送を支援してほしい。",
        "輸出先ごとの鉛・カドミウムの溶出基準を、まとめて知らせてほしい。",
        "海外のバイヤーを産地に招く商談会を開いてほしい。",
    ], 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        "① 溶出基準の試験に要する費用の一部を助成する制度を、令和７年度中に設ける。",
        f"② {KUMIAI}と連携し、海外のバイヤーを産地に招く商談会を年１回開く。",
        "③ 割れ物の梱包と輸送の方法をまとめた手引を作成し、事業所に配布する。",
        f"④ 次回の調査は、{era(NEXT_SURVEY)}に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{TOUKI_DEPT} 陶磁器振興班　電話：099-884-2610　ファクス：099-884-2619",
        f"{KUMIAI}（産地の事業所の相談）　電話：099-884-2700",
        "電子メール：tsuki-touki@example.jp",
    ]))
    return st


# ================================================================ document 3: GS1 barcode registration desk, user guide
GS1 = f"{PREF}ＧＳ１バーコード登録支援デスク"
GS1_DEPT = f"{PREF} 商工労働部 流通・貿易振興課"
KYOKAI = f"一般社団法人{PREF}物産振興協会"
KINDS = [  # 見出し, 内容, 提出するもの, 期間 (same labels in every sibling section)
    ("登録相談", "ＧＳ１事業者コードの申請の方法、商品コードの付け方及び輸出先の取引先が求める表示について助言する",
     "相談申込書", "申込みから５営業日以内に相談日を決める"),
    ("印字品質の検証", "包装に印刷したバーコードを検証機で読み取り、国際規格による品質の等級を判定する",
     "印刷済みの包装の見本（１品目につき２点）", "見本の到着から３営業日以内に検証報告書を送付する"),
    ("商品情報の登録代行", "輸出先の小売業者又は通販サイトが求める商品情報（寸法、重量、原産国、画像等）を、事業者に代わって登録する",
     "商品情報シートと商品の画像", "書類の受付から10営業日以内に登録を完了する"),
]
FEES = [  # サービス, 基本料金（円）, 追加料金（１品目ごと）（円） (None: 「－」) (令和７年度)
    ("登録相談（１回）", 2000, None), ("印字品質の検証", 3300, 880),
    ("商品情報の登録代行", 4400, 1650), ("検証報告書の英文版", 1100, 330),
]
FREE_CONSULTS = 2  # note ※１: the first two consultations of the year are free
HALF_FEE = ("印字品質の検証", "商品情報の登録代行")  # note ※２: half fee for 小規模企業者
INDUSTRY_USES = [  # 業種, 登録相談, 印字品質の検証, 商品情報の登録代行 (件, 令和６年度)
    ("食料品", 46, 31, 58), ("酒類・飲料", 21, 17, 24), ("陶磁器・食器", 18, 12, 15),
    ("日用品・雑貨", 15, 9, 11), ("機械・部品", 8, 2, 3), ("農水産物", 12, 6, 9), ("その他", 7, 4, 5),
]
OPENED = 2022  # the desk opened in 令和４年度
YEARLY = [  # 年度, 利用事業者数（者）, 登録相談（件）, 検証した品目数（品目）, 登録代行した品目数（品目）
    (2022, 41, 63, 88, 47), (2023, 79, 98, 176, 139), (2024, 117, 127, 263, 301),
]


def gs1_specs():
    fees = TableSpec(
        key="fees", doc=GS1_PDF, title="サービス別の料金",
        header=[["サービス", "基本料金（円）", "追加料金（１品目ごと）（円）"]],
        rows=[[n, cell(a), cell(b)] for n, a, b in FEES],
        col_widths=[60 * mm, 36 * mm, 52 * mm], table_fy=2025,
    )
    fees.unit = lambda row, c, s=fees: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(c), fw(a + b + c)] for n, a, b, c in INDUSTRY_USES]
    rows.append(["合計"] + [fw(sum(r[j] for r in INDUSTRY_USES)) for j in (1, 2, 3)]
                + [fw(sum(sum(r[1:]) for r in INDUSTRY_USES))])
    uses = TableSpec(
        key="uses", doc=GS1_PDF, title="業種別の利用件数",
        header=[["業種", "登録相談", "印字品質の検証", "商品情報の登録代行", "計"]],
        rows=rows, col_widths=[34 * mm, 28 * mm, 32 * mm, 38 * mm, 22 * mm], unit="件", table_fy=2024,
    )
    yearly = TableSpec(
        key="yearly", doc=GS1_PDF, title="利用の推移",
        header=[["年度", "利用\n事業者数（者）", "登録相談\n（件）", "検証した\n品目数（品目）", "登録代行した\n品目数（品目）"]],
        rows=[[era(y), fw(a), fw(b), fw(c), fw(d)] for y, a, b, c, d in YEARLY],
        col_widths=[28 * mm, 30 * mm, 28 * mm, 32 * mm, 34 * mm],
    )
    yearly.unit = lambda row, c, s=yearly: bracket_unit(s.column_label(c))
    return fees, uses, yearly


def gs1_story(specs):
    fees, uses, yearly = specs
    total = sum(sum(r[1:]) for r in INDUSTRY_USES)
    users = YEARLY[-1][1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{GS1} 利用案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(GS1_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　デスクの概要", H1)]
    st += paras("""
輸出先の小売業者や海外の通販サイトでは、商品にＧＳ１バーコード（ＪＡＮコードを含む。）が付いていることを取引の条件とすることが多くなっています。このデスクでは、県内の事業者がＧＳ１バーコードを取得し、輸出する商品に正しく表示できるよう、相談、印字品質の検証及び商品情報の登録の代行を行います。
""", 0)
    st += lv_lines([
        ("デスクの名称", GS1),
        ("運営", f"{KYOKAI}（県からの委託）"),
        ("所在地", f"槻市中央通二丁目５番地　{PREF}物産会館３階"),
        ("受付時間", "平日９時から17時まで（ウェブの申込みは24時間）"),
        ("利用できる者", "県内に事業所を有する事業者（個人事業主を含む。）"),
    ], 0)
    st += paras("""
この案内において「ＧＳ１事業者コード」とは、ＧＳ１の登録機関から事業者に貸与される、バーコードの番号の先頭の部分をいいます。「品目」とは、商品コード（ＧＴＩＮ）を一つ設定する単位をいい、色、容量又は入数が異なる商品は、それぞれ別の品目とします。また、「小規模企業者」とは、常時使用する従業員の数が20人（商業又はサービス業は５人）以下の事業者をいいます。
""", 0)
    st += [P("２　サービスの種類", H1)]
    for i, (head, what, doc_, when) in enumerate(KINDS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("内容", what), ("提出するもの", doc_), ("期間", when)], 1)
    st += [P("３　料金", H1)]
    st += paras("料金は次のとおりです（消費税込み）。基本料金には１品目分を含み、２品目目からは１品目ごとに追加料金がかかります。", 0)
    st += [caption(fees.title, "（令和７年度）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        f"※１ 登録相談は、１事業者につき年度内{fw(FREE_CONSULTS)}回まで無料とします。追加料金の欄の「－」は、品目数にかかわらず１回当たりの料金であることを示します。",
        "※２ 小規模企業者は、印字品質の検証と商品情報の登録代行に限り、料金を半額とします。",
        "※３ 検証報告書の英文版は、印字品質の検証に付けて申し込むことができます。",
    ])
    st += [P("４　申込みから完了までの流れ", H1)]
    st += numbered([
        "① 申込み（ウェブの申込フォームに、サービスの種類、品目数及び輸出先を記入）",
        "② 受付の連絡と料金の案内（申込みの翌営業日まで）",
        "③ 見本又は書類の送付（検証は包装の見本、登録代行は商品情報シート）",
        "④ 料金の支払（請求書による銀行振込み。無料の登録相談を除く）",
        "⑤ 検証報告書の送付又は登録完了の連絡",
        "⑥ 事後の相談（完了から30日以内は、同じ品目についての質問に無料で回答）",
    ], 0)
    st += [P("５　利用の状況", H1)]
    st += paras(f"""
令和６年度の利用件数は{total}件で、利用した事業者は{users}事業者でした。業種別では食料品が最も多く、全体の約４割を占めています。デスクを開設した{era(OPENED)}から、利用事業者数は毎年増えています。
""", 0)
    st += [caption(uses.title, "（令和６年度、単位：件）"), uses.flowable(), Spacer(1, 2)]
    st += notes(["※４ 申込みの件数である。「その他」は、文具、玩具等である。"])
    st += [caption(yearly.title), yearly.flowable(), Spacer(1, 2)]
    st += notes(["※５ 品目数は、検証又は登録代行を行った品目の延べ数である。"])
    st += [P("６　よくある質問", H1)]
    qa = [
        ("ＧＳ１事業者コードの登録料も、デスクが負担してくれますか。",
         "負担しません。登録料は、事業者が登録機関に直接お支払いください。"),
        ("国内向けに使っているＪＡＮコードを、輸出する商品にもそのまま使えますか。",
         "使えます。ＪＡＮコードはＧＳ１の商品コードと同じもので、多くの国・地域で読み取れます。ただし、輸出向けに内容量や表示を変えた商品には、新しい商品コードが必要です。"),
        ("県外の工場で包装を印刷している場合も、検証を頼めますか。",
         "頼めます。利用できるのは県内に事業所を有する事業者ですが、見本の印刷場所は問いません。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [P("７　利用上の注意", H1)]
    st += bullets([
        "検証の結果は、見本を読み取った時点のもので、印刷の条件が変わると等級が変わることがあります。",
        "商品情報の登録代行では、事業者から提出された情報をそのまま登録します。内容の正しさは事業者が確認してください。",
        "申込みの取消しは、見本又は書類がデスクに届く前に限り受け付けます。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{GS1_DEPT} 輸出促進班　電話：099-887-3310　ファクス：099-887-3319",
        f"{GS1}（申込み・進み具合の確認）　電話：099-887-3400",
        "電子メール：tsuki-gs1@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return drone_specs() + touki_specs() + gs1_specs()


PREFIX_Q, PREFIX_T = "h84q", "h84t"


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    dspecs, tspecs, gspecs = drone_specs(), touki_specs(), gs1_specs()
    ddoc = build_pdf(docs_dir / DRONE_PDF, dspecs, drone_story(dspecs),
                     f"{DRONE}交付要綱", "令和７年４月１日施行", DRONE_DEPT)
    tdoc = build_pdf(docs_dir / TOUKI_PDF, tspecs, touki_story(tspecs),
                     f"令和６年度 {TOUKI} 報告書", "令和７年３月", TOUKI_DEPT)
    gdoc = build_pdf(docs_dir / GS1_PDF, gspecs, gs1_story(gspecs),
                     f"令和７年度 {GS1} 利用案内", "令和７年４月", GS1_DEPT)
    gold = all_gold({DRONE_PDF: ddoc.row_pages, TOUKI_PDF: tdoc.row_pages, GS1_PDF: gdoc.row_pages})
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
    # --- drone: the grant guideline, tables (a) (b) (c), articles, definitions, steps, sibling sections
    dict(question="従業員15人でドローンを作っている会社が、米国に輸出するために現地の無線の認証を取りたいそうです。補助率は何％になりますか？",
         category="drone", doc=DRONE_PDF,
         evidence=["常時使用する従業員の数が20人以下", "無線認証の取得 60 1,500 50 800", "別表に定める率に15ポイントを加えた率"],
         answer=["75%"], computed=True,
         notes="three facts: 15人 is within the 20人 of 小規模企業者 (第２条四), whose rate gets 15 points more (第４条２); "
               "(a) two-level header, group ドローン, leaf 補助率（％）: 60 + 15 = 75 %; 60 (no bonus) and 50 (小型機械) are the traps"),
    dict(question="重さ150キロほどの包装機械を作っている従業員80人の会社が、ＥＵ向けにＣＥマーキングのための安全規格の適合評価を受けるそうです。補助の上限額はいくらですか？",
         category="drone", doc=DRONE_PDF,
         evidence=["重量が300キログラム以下のもの", "安全規格の適合評価 50 1,000 50 1,800"], answer=["1,800"],
         notes="150 kg is within the 300 kg of 小型機械 (第２条二); (a) group 小型機械, leaf 上限額（千円）: 1,800千円; "
               "1,000 (ドローン) is the trap, and the leaves 補助率 / 上限額 are printed under both groups"),
    dict(question="重さが350キロある食品加工機械のメーカーも、この補助金の対象になりますか？",
         category="drone", doc=DRONE_PDF, evidence=["重量が300キログラム以下のもの（ドローンを除く。）"],
         answer=["300キログラム以下"],
         notes="definition 「小型機械」とは…重量が300キログラム以下のもの (第２条二), asked just above its boundary: "
               "350 kg is no 小型機械, so the firm is not covered"),
    dict(question="電動草刈機のメーカーが、輸出先で製品の登録をする費用を「機体登録・リモートＩＤ対応」の区分で申請できますか？",
         category="drone", doc=DRONE_PDF,
         evidence=["機体登録・リモートＩＤ対応 50 300", "「機体登録・リモートＩＤ対応」は、ドローンに限る"],
         answer=["ドローンに限る"],
         notes="(a) the 「－」 cells of the row under 小型機械, explained by note ※２ (a mower is a 小型機械): not covered; "
               "50 / 300 (the ドローン cells) are the trap"),
    dict(question="申請した後、交付決定の通知はいつごろ届く予定ですか？",
         category="drone", doc=DRONE_PDF, evidence=["④ 交付決定の通知（令和７年７月下旬）"], answer=["７月下旬"],
         notes="numbered procedure ①–⑦ of （参考２）, step ④; the review of step ③ (７月中旬) is the near miss"),
    dict(question="2021年度に交付された案件のうち、ドローンの案件は何件でしたか？",
         category="drone", doc=DRONE_PDF, evidence=["ドローンは令和４年度から補助の対象に加えた"], answer=["令和４年度"],
         notes="(b) years as rows: the 「－」 cell of 令和３年度 (2021年度, printed once as 令和３年度（2021年度） in the prose) "
               "under うちドローン（件）, explained by note ※４: drones were covered only from 令和４年度, so none"),
    dict(question="制度が始まってから令和６年度までに交付した補助金は、１件当たり平均で何万円くらいですか？",
         category="drone", doc=DRONE_PDF, evidence=["延べ44件、6,336万円を交付した"], answer=["144万円"], computed=True,
         notes="prose totals of （参考３） (also the sums of (b), whose 交付額 is in 千円): 6,336 / 44 = 144万円"),
    dict(question="令和６年度、補助事業者の輸出額は目標を何万円上回りましたか？",
         category="drone", doc=DRONE_PDF, evidence=["補助事業者の輸出額（万円） 48,000 52,300 109"],
         answer=["4,300万円"], computed=True,
         notes="(c) KPI table, the unit only in the row label's bracket: 実績 52,300 − 目標 48,000 = 4,300万円"),
    dict(question="農業機械メーカーの活用事例では、補助金はいくら出ていますか？",
         category="drone", doc=DRONE_PDF, evidence=["（２）農業用小型機械製造業Ｂ社", "補助金の額：186万円"],
         answer=["186万円"],
         notes="sibling sections （１）–（３） of （参考４） share the labels 輸出先, 適合対応の内容, 補助金の額; "
               "（２）農業用小型機械製造業Ｂ社 (農業機械 = 農業用小型機械); 132万円 and 54万円 are the siblings' values"),
    dict(question="従業員50人のドローンメーカーが、無線認証、安全規格の適合評価、電池の輸送試験の三つをまとめて申請します。どれも上限額まで使う見込みだそうですが、補助金は最大でいくらになりますか？",
         category="drone", doc=DRONE_PDF,
         evidence=["無線認証の取得 60 1,500", "安全規格の適合評価 50 1,000", "１年度当たり250万円を限度"],
         answer=["250万円"],
         notes="(a) caps under ドローン 1,500 + 1,000 + 500 = 3,000千円, but 第５条 caps a firm at 250万円 a year (in 万円, "
               "while the table is in 千円); 3,000千円 (300万円) is the trap"),
    # --- touki: the ceramics and tableware survey, tables (d) (e) (f), label-value lines, definitions, sibling sections
    dict(question="陶磁器の輸出実態調査は、回答率が何％でしたか？",
         category="touki", doc=TOUKI_PDF, evidence=["回答数：252事業所（回答率60.0％）"], answer=["60.0"],
         notes="「label：value」 line 回答数 (252 of the 420 事業所 of 調査対象); 41.7 % (輸出事業所) is the near miss"),
    dict(question="国内の商社に卸していて、その商社が海外に売っている窯元は、この調査でいう「輸出事業所」に入りますか？",
         category="touki", doc=TOUKI_PDF, evidence=["（国内の商社を通じた販売を含む。）"], answer=["商社を通じた販売"],
         notes="definition 「輸出事業所」とは…（国内の商社を通じた販売を含む。）: yes; the definition of 「直接輸出」 (a "
               "contract of one's own) is the near miss"),
    dict(question="絵付けなどの加工を主にしている事業所のうち、輸出していたのは何事業所ですか？",
         category="touki", doc=TOUKI_PDF, evidence=["絵付・加工 14 ３ １ 12"], answer=["３"],
         notes="(d) on the continuation page (no header there): row 絵付・加工, column 輸出事業所数（事業所）; 14 (回答) and "
               "１ (直接輸出) are the traps"),
    dict(question="茶器や酒器のメーカーでは、回答した事業所のうち何％が輸出していますか？",
         category="touki", doc=TOUKI_PDF, evidence=["茶器・酒器 27 14 ６ 153"], answer=["51.9%"], computed=True,
         notes="(d) share within a row under two-line headers: 14 / 27 = 51.9 % (6 / 27 of 直接輸出 is a wrong reading)"),
    dict(question="今回の調査で、輸出先として２番目に多かった国・地域はどこですか？",
         category="touki", doc=TOUKI_PDF, evidence=["中国 35 27 ▲８ 台湾 26 31 ５"], answer=["台湾"],
         notes="(e) second-largest in the column 令和６年度調査: 米国 44, 台湾 31, 中国 27 (中国 is printed second and was "
               "second in 令和４年度調査, the trap)"),
    dict(question="2022年度の調査のときと比べて、中国向けに輸出している事業所は何事業所減りましたか？",
         category="touki", doc=TOUKI_PDF, evidence=["中国 35 27 ▲８"], answer=["８"],
         notes="(e) 増減 column with ▲ decreases (note ※２): 2022年度 = 令和４年度調査 (the report prints only 2024年 in "
               "Western form); ▲８"),
    dict(question="まだ輸出をしていない事業所で、外国語でのやり取りを課題に挙げたのは何％ですか？",
         category="touki", doc=TOUKI_PDF, evidence=["外国語での商談・やり取り 30.6 19.0 38.8"], answer=["38.8"],
         notes="(f) unruled table, column 輸出していない事業所, the unit only in the caption note （単位：％）; 30.6 (全体) "
               "and 19.0 (輸出事業所) are the traps"),
    dict(question="従業者が４人以下の小さな事業所では、何％が輸出していますか？",
         category="touki", doc=TOUKI_PDF, evidence=["小規模事業所は138事業所のうち31事業所"], answer=["22.5%"],
         computed=True,
         notes="prose of ２ only (the sizes are in no table), with the 「小規模事業所」 definition (４人以下): 31 / 138 = 22.5 %; "
               "74 / 114 and 41.7 % are the near misses"),
    dict(question="酒器や茶器を作っている会社の事例では、売上のうち輸出はどのくらいの割合ですか？",
         category="touki", doc=TOUKI_PDF, evidence=["（３）茶器・酒器製造業Ｆ社", "売上高に占める輸出の割合：約15％"],
         answer=["15％"],
         notes="sibling sections （１）–（３） of ４ share the labels 主な輸出先, 売上高に占める輸出の割合, 取組の内容; "
               "（３）茶器・酒器製造業Ｆ社; 約25％ and 約60％ are the siblings' values"),
    dict(question="この調査の次回は、西暦で何年度に行われる予定ですか？",
         category="touki", doc=TOUKI_PDF, evidence=["④ 次回の調査は、令和８年度に行う"], answer=["2026年度"],
         computed=True,
         notes="numbered list ①–④ of ７, item ④: 令和８年度 = 2026年度 (era to Western year; printed only as 令和)"),
    # --- gs1: the barcode desk guide, tables (g) (h) (i), definitions, sibling sections, notes, Q&A, bullets
    dict(question="包装に刷ったバーコードがきちんと読めるか調べてもらう場合、結果はどのくらいで届きますか？",
         category="gs1", doc=GS1_PDF, evidence=["（２）印字品質の検証", "見本の到着から３営業日以内"], answer=["３営業日以内"],
         notes="sibling sections （１）–（３） of ２ share the labels 内容, 提出するもの, 期間; （２）印字品質の検証 (読めるか "
               "調べる = 検証); ５営業日 and 10営業日 are the siblings' values"),
    dict(question="同じマグカップで色違いが３色ある場合、品目はどう数えますか？",
         category="gs1", doc=GS1_PDF, evidence=["色、容量又は入数が異なる商品は、それぞれ別の品目"], answer=["別の品目"],
         notes="definition 「品目」とは…色、容量又は入数が異なる商品は、それぞれ別の品目: three 品目"),
    dict(question="従業員10人の県内の雑貨メーカーが、８品目のバーコードの印字品質の検証を申し込むと、料金はいくらになりますか？",
         category="gs1", doc=GS1_PDF,
         evidence=["基本料金には１品目分を含み", "印字品質の検証 3,300 880", "料金を半額とします"], answer=["4,730円"],
         computed=True,
         notes="three facts: the base fee covers one 品目 (prose of ３); (g) row 印字品質の検証 3,300 + 7 × 880 = 9,460円; "
               "10人 makes a 小規模企業者 (definition), so note ※２ halves it: 4,730円"),
    dict(question="今年度すでに２回無料で相談した会社が、３回目の登録相談を申し込むと、料金はいくらですか？",
         category="gs1", doc=GS1_PDF, evidence=["年度内２回まで無料", "登録相談（１回） 2,000"], answer=["2,000"],
         notes="(g) row 登録相談（１回）, column 基本料金（円）, with note ※１ (two free a year; the 「－」 of 追加料金 means one "
               "fee per session); 無料 is the trap"),
    dict(question="令和６年度に、酒類・飲料の事業者からの利用は全部で何件ありましたか？",
         category="gs1", doc=GS1_PDF, evidence=["酒類・飲料 21 17 24 62"], answer=["62"],
         notes="(h) total column on the right: row 酒類・飲料, column 計; the unit only in the caption note （単位：件）"),
    dict(question="2024年度の商品情報の登録代行のうち、食料品の事業者からの申込みは何％を占めますか？",
         category="gs1", doc=GS1_PDF, evidence=["食料品 46 31 58 135", "合計 127 81 125 333"], answer=["46.4%"],
         computed=True,
         notes="(h) share within a column: 58 / 125 = 46.4 % (2024年度 = 令和６年度; the guide prints no Western year); "
               "135 / 333 = 40.5 % over all services is a wrong reading"),
    dict(question="2023年度に、デスクが印字品質を検証した品目は何品目ありましたか？",
         category="gs1", doc=GS1_PDF, evidence=["令和５年度 79 98 176 139"], answer=["176"],
         notes="(i) years as rows with header cells over two lines: 2023年度 = 令和５年度, column 検証した品目数（品目）; "
               "(h)'s 81 件 of 令和６年度 are applications, not 品目"),
    dict(question="国内で使っているＪＡＮコードを、輸出用に内容量を変えた商品にもそのまま付けてよいですか？",
         category="gs1", doc=GS1_PDF, evidence=["新しい商品コードが必要です"], answer=["新しい商品コード"],
         notes="Q&A: Ａ of Ｑ２ (使えます for the same goods, but a changed content needs a new code); 「使えます」 alone is the trap"),
    dict(question="検証用の見本がすでにデスクに届いているのですが、申込みを取り消すことはできますか？",
         category="gs1", doc=GS1_PDF, evidence=["見本又は書類がデスクに届く前に限り受け付けます"], answer=["届く前に限り"],
         notes="bulleted notes for users of ７, third item: cancelling only before the sample arrives, so no"),
    # --- followups
    dict(question="では、その経費を小型機械で申請する場合、上限額はいくらですか？",
         category="followup", doc=DRONE_PDF, evidence=["技術文書の作成・翻訳 40 400 40 600"], answer=["600"],
         history=_turns("ドローンの技術文書を作ったり翻訳したりする費用は、補助率が何％ですか？",
                        "ドローンの技術文書の作成・翻訳の補助率は40％です[1]。"),
         notes="(a) the row from the history (技術文書の作成・翻訳), group 小型機械, leaf 上限額（千円）; 400 (ドローン) is the trap"),
    dict(question="その年度の交付額は、合計でいくらでしたか？",
         category="followup", doc=DRONE_PDF, evidence=["令和５年度 18 13 ５ ６ 19,710"], answer=["19,710"],
         history=_turns("2023年度は何件の申請がありましたか？", "2023年度（令和５年度）の申請は18件でした[1]。"),
         notes="(b) the year from the history (2023年度 = 令和５年度), column 交付額（千円）"),
    dict(question="その品目の輸出額はどのくらいですか？",
         category="followup", doc=TOUKI_PDF, evidence=["和食器 64 29 11 412"], answer=["412"],
         history=_turns("和食器のメーカーで、輸出している事業所はいくつありますか？", "和食器では29事業所が輸出しています[1]。"),
         notes="(d) first page: the row from the history (和食器), column 輸出額（百万円）"),
    dict(question="それを挙げた割合は、輸出していない事業所ではどのくらいですか？",
         category="followup", doc=TOUKI_PDF, evidence=["輸送中の破損と梱包の費用 27.8 48.6 12.9"], answer=["12.9"],
         history=_turns("輸出している事業所が挙げた課題で、一番多いのは何ですか？",
                        "輸出事業所では「輸送中の破損と梱包の費用」が48.6％で最も多くなっています[1]。"),
         notes="(f) unruled table: the row from the history, column 輸出していない事業所; 27.8 (全体) is the trap"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=GS1_PDF, evidence=["電話：099-887-3400"], answer=["099-887-3400"],
         history=_turns("バーコードの検証を頼みたい会社があります。申込みや進み具合の確認はどこにすればよいですか？",
                        "申込みと進み具合の確認は、槻県ＧＳ１バーコード登録支援デスクが受け付けています[1]。"),
         notes="contact box of the guide: the デスク's phone (second line); the 班's phone 099-887-3310 and fax "
               "099-887-3319 (first line) are the near misses"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="令和６年度に補助金を使って取得された認証のうち、米国向けのものは何件ありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline gives the certifications obtained in total (27件, table (c)) and one case for 米国, not a count "
               "by destination",
         absent=["国・地域別", "米国向け", "輸出先別"]),
    dict(question="この補助金の審査は、どのような採点基準や配点で行われるのですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline names the review (書類審査と面談) and its month, not how it is scored",
         absent=["配点", "採点", "審査基準", "評価項目"]),
    dict(question="輸出している窯元の経営者は、平均で何歳くらいですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the exporters by product, size and destination, not the managers' ages",
         absent=["平均年齢", "経営者", "年齢"]),
    dict(question="前回（令和４年度）の調査では、陶磁器の輸出額は合計でいくらでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the previous survey is quoted only for the number of exporters (96) and the destinations (e); the export "
               "value is given for 令和５年度 only",
         absent=["前回の調査の輸出額", "前回の輸出額", "輸出額の推移"]),
    dict(question="検証で品質の等級が基準に届かず、不合格になった品目はどのくらいの割合ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the items verified (i), not the grades they got",
         absent=["不合格", "合格率", "等級別"]),
    dict(question="デスクを利用した事業者のうち、実際に海外の取引先と成約したのは何件ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the uses and users, not the deals that followed",
         absent=["成約", "商談成立"]),
]
CATEGORY_COUNTS = {"drone": 10, "touki": 10, "gs1": 9, "followup": 5, "unanswerable": 6}
N_QUESTIONS, N_UNANSWERABLE = 40, 6
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
COMPUTED_RANGE = (7, 10)
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
    "経費区分別の補助率と上限額", "交付の実績", "成果指標の達成状況",
    "品目別の回答事業所と輸出の状況", "主な輸出先（複数回答）", "輸出の課題（複数回答）",
    "サービス別の料金", "業種別の利用件数", "利用の推移")
LETTERS = dict(zip((A, B, C, D, E, F, G, H, I), "abcdefghi"))
GOLD_PER_TABLE = {A: 22, B: 19, C: 12, D: 44, E: 27, F: 21, G: 7, H: 32, I: 12}
PLANNED_DASHES = {  # the 「－」 cells as planned: (row, column); every other value cell is a gold cell
    A: {("機体登録・リモートＩＤ対応", "小型機械／補助率（％）"), ("機体登録・リモートＩＤ対応", "小型機械／上限額（千円）")},
    B: {("令和３年度", "うちドローン（件）")},
    G: {("登録相談（１回）", "追加料金（１品目ごと）（円）")},
}
TWO_LINE_TABLES = (B, D, I)  # tables whose header cells are printed over two lines


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y, unit) -> str:
    q = half_up(Decimal(x) / Decimal(y), "0.1")
    return f"{int(q) if q == q.to_integral() else q}{unit}"


def _fee(g, n_items: int, small: bool) -> str:
    fee = g(G, "印字品質の検証", "基本料金（円）", 2025) + (n_items - 1) * g(G, "印字品質の検証", "追加料金（１品目ごと）（円）", 2025)
    return f"{fee // 2 if small else fee:,}円"


COMPUTED = {  # question id -> the answer string, computed from gold cells (or, where a note says so, prose data)
    "h84q01": lambda g: f"{g(A, '無線認証の取得', 'ドローン／補助率（％）', 2025) + SMALL_BONUS}%",
    "h84q07": lambda g: _avg(sum(g(B, era(r[0]), "交付額（千円）", r[0]) for r in RECORD),
                             10 * sum(g(B, era(r[0]), "交付件数（件）", r[0]) for r in RECORD), "万円"),
    "h84q08": lambda g: f"{g(C, '補助事業者の輸出額（万円）', '実績', 2024) - g(C, '補助事業者の輸出額（万円）', '目標', 2024):,}万円",
    "h84q14": lambda g: _pct(g(D, "茶器・酒器", "輸出事業所数（事業所）", 2023), g(D, "茶器・酒器", "回答事業所数（事業所）", 2023)),
    "h84q18": lambda g: _pct(SIZES[0][2], SIZES[0][1]),
    "h84q20": lambda g: f"{NEXT_SURVEY}年度",
    "h84q23": lambda g: _fee(g, 8, small=True),
    "h84q26": lambda g: _pct(g(H, "食料品", "商品情報の登録代行", 2024), g(H, "合計", "商品情報の登録代行", 2024)),
}


# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {DRONE_PDF: (2, 3), TOUKI_PDF: (2, 3), GS1_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (8, 40)  # after norm
TABLE_QUESTIONS = 12  # at least, outside the followups
BEFORE_BREAK_ROWS = ("和食器", "洋食器")  # rows of (d) expected before the page break
CONTINUED_ROWS = ("型・原型", "絵付・加工", "その他", "合計")  # and after it


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout84.py")
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
    ids = [q.get("id") for q in questions]
    if len(set(ids)) != len(ids):
        errors.append("question ids are not unique")
    if len(questions) != N_QUESTIONS or sum(q.get("category") == "unanswerable" for q in questions) != N_UNANSWERABLE:
        errors.append(f"{len(questions)} questions, expected {N_QUESTIONS} with {N_UNANSWERABLE} unanswerable")
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
        if not 1 <= len(q["evidence"]) <= 3 and q["doc"] is not None:
            errors.append(f"{qid}: {len(q['evidence'])} evidence strings, expected 1-3")
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
                bare = re.sub(r"(%|万円|円|件|年度)$", "", nfkc(a))
                if bare in doc_text[q["doc"]] or bare.replace(",", "") in doc_text[q["doc"]]:
                    errors.append(f"{qid}: the computed number {bare} is printed in its document")
        if len(q["answer"]) != 1:
            errors.append(f"{qid}: expected exactly one answer item")
        for t in table_of(q):
            if next(g["doc"] for g in gold if g["table"] == t) != q["doc"]:
                errors.append(f"{qid}: its notes name table {t} of another document")
    errors += check_question_mix(questions, CATEGORY_COUNTS, western_share=(0.3, 0.7))
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
    for t in LETTERS:  # every table (so every layout) is asked about
        if not any(t in table_of(q) for q in questions if q["doc"]):
            errors.append(f"no question on table {t}")
    for doc in ALL_PDFS:
        if sum(q["doc"] == doc for q in questions) < 9:
            errors.append(f"{doc}: fewer than 9 questions")
    n_follow = sum(q["category"] == "followup" for q in questions)
    if not 5 <= n_follow <= 6:
        errors.append(f"{n_follow} follow-ups, expected 5-6")
    if sum("second" in q["notes"] and q["category"] != "unanswerable" for q in questions) < 1:
        errors.append("no second-largest question")
    n_computed = sum(bool(q.get("computed")) for q in questions)
    if not COMPUTED_RANGE[0] <= n_computed <= COMPUTED_RANGE[1]:
        errors.append(f"{n_computed} computed questions, expected {COMPUTED_RANGE[0]}-{COMPUTED_RANGE[1]}")
    errors += check_computed(questions, COMPUTED, GoldIndex(gold))
    # the 「－」 cells asked about are no gold cells
    golds = {(g["table"], g["row"], g["column"]) for g in gold}
    for t, cells in PLANNED_DASHES.items():
        for row, col in cells:
            if (t, row, col) in golds:
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout84.py")
    table_pages = defaultdict(set)
    for g in gold:
        table_pages[g["table"]].add(g["page"])
    ids = [g.get("id") for g in gold]
    if len(set(ids)) != len(ids):
        errors.append("gold ids are not unique")
    for i, g in enumerate(gold, 1):
        if list(g) != GOLD_KEYS:
            errors.append(f"gold {i}: fields {list(g)}")
            continue
        if g["id"] != f"{PREFIX_T}{i:03d}":
            errors.append(f"gold {i}: id {g['id']!r}")
        if g["value"] == DASH or DASH in g["value"]:
            errors.append(f"{g['id']}: a 「－」 cell is recorded as gold")
        number, _ = parse_number(g["value"])
        if number != g["number"] or number is None:
            errors.append(f"{g['id']}: number {g['number']!r}, value {g['value']!r} parses to {number!r}")
        if g["unit"] not in UNITS:
            errors.append(f"{g['id']}: unit {g['unit']!r} is not one of {UNITS}")
        if (g["fiscal_year"] is None) == (g["fiscal_year_range"] is None):
            errors.append(f"{g['id']}: exactly one of fiscal_year and fiscal_year_range should be set")
        if norm(g["value"]) not in page_text(g["doc"], g["page"]):
            errors.append(f"{g['id']}: {g['value']!r} not on page {g['page']} of {g['doc']}")
        if norm(g["row"]) not in page_text(g["doc"], g["page"]):
            errors.append(f"{g['id']}: row {g['row']!r} not on page {g['page']} of {g['doc']}")
        spec = specs[g["table"]]
        for part in g["column"].split(GROUP_SEP):
            if norm(part) not in page_text(g["doc"], min(table_pages[g["table"]])):
                errors.append(f"{g['id']}: column {part!r} not on the first page of its table")
        if norm(g["table"]) not in doc_text[g["doc"]]:
            errors.append(f"{g['id']}: table title not in text")
        # the value is printed in its own row, in its column
        i_row = next(k for k in range(len(spec.rows)) if spec.row_label(k) == g["row"])
        c = next(c for c in spec.value_cols if spec.column_label(c) == g["column"])
        if spec.rows[i_row][c] != g["value"] or g["value"] not in spec.printed_row(i_row):
            errors.append(f"{g['id']}: value {g['value']!r} is not printed in row {g['row']}")
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
        # the 「－」 cells are exactly where planned
        if spec.dash_cells() != PLANNED_DASHES.get(title, set()):
            errors.append(f"{title}: 「－」 cells {sorted(spec.dash_cells())}, planned {sorted(PLANNED_DASHES.get(title, set()))}")
        n_values = sum(1 for r in spec.rows for c in spec.value_cols)
        if per_table[title] != n_values - len(spec.dash_cells()):
            errors.append(f"{title}: every value cell but the 「－」 ones should be a gold cell")
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
            if tab[total][col] != sum(tab[r][col] for r in rows):
                errors.append(f"{table}: {total} of {col} does not add up")

    # (a): rates with the small-firm bonus stay below 100 %; no cap above the firm cap of 第５条
    for row, r in t[A].items():
        for col, v in r.items():
            if col.endswith("補助率（％）") and v + SMALL_BONUS > 100:
                errors.append(f"{A} / {row}: the bonus of 第４条２ would exceed 100 %")
            if col.endswith("上限額（千円）") and v > FIRM_CAP_MAN * 10:
                errors.append(f"{A} / {row}: a cap above the firm cap of 第５条")
    # (b): adoptions within applications; small firms and drones within adoptions; grants within the firm cap
    b = t[B]
    ns = [r["申請件数（件）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for row, r in b.items():
        if not r["うち小規模企業者（件）"] <= r["交付件数（件）"] <= r["申請件数（件）"] \
                or r.get("うちドローン（件）", 0) > r["交付件数（件）"] \
                or r["交付額（千円）"] > r["交付件数（件）"] * FIRM_CAP_MAN * 10:
            errors.append(f"{B} / {row}: counts or grants out of range")
    if "うちドローン（件）" in b[era(RECORD[0][0])] or any("うちドローン（件）" not in b[era(y)] for y, *_x in RECORD[1:]):
        errors.append(f"{B}: うちドローン should be 「－」 exactly in the years before {era(DRONE_FROM)}")
    # (c): 達成率 = 実績 / 目標, whole per cent half up (note ※５)
    for row, r in t[C].items():
        if r["達成率（％）"] != pct0(r["実績"], r["目標"]):
            errors.append(f"{C} / {row}: 達成率 is not 実績 / 目標")
    # (d): 合計 adds up; exporters within respondents; direct within exporters; sizes of the prose
    d = t[D]
    adds_up(D, ("回答事業所数（事業所）", "輸出事業所数（事業所）", "うち直接輸出（事業所）", "輸出額（百万円）"))
    for row, r in d.items():
        if not r["うち直接輸出（事業所）"] <= r["輸出事業所数（事業所）"] <= r["回答事業所数（事業所）"]:
            errors.append(f"{D} / {row}: counts out of order")
    if d["合計"]["回答事業所数（事業所）"] != sum(s[1] for s in SIZES) \
            or d["合計"]["輸出事業所数（事業所）"] != sum(s[2] for s in SIZES):
        errors.append(f"{D}: 合計 differs from the sizes of the prose")
    # (e): 増減 is the difference; no destination above the exporters of each survey
    for row, r in t[E].items():
        if r["増減"] != r["令和６年度調査"] - r["令和４年度調査"]:
            errors.append(f"{E} / {row}: 増減 is not the difference")
        if r["令和４年度調査"] > PREV_EXPORTERS or r["令和６年度調査"] > d["合計"]["輸出事業所数（事業所）"]:
            errors.append(f"{E} / {row}: more firms than exporters")
    # (f): the per cents come from the counts over the ｎ of note ※３ (from (d))
    n_all, n_x = d["合計"]["回答事業所数（事業所）"], d["合計"]["輸出事業所数（事業所）"]
    for name, a, bb in ISSUES:
        r = t[F][name]
        want = (pct1(a + bb, n_all), pct1(a, n_x), pct1(bb, n_all - n_x))
        if tuple(Decimal(str(r[k])) for k in ("全体", "輸出事業所", "輸出していない事業所")) != want:
            errors.append(f"{F} / {name}: per cents differ from the counts")
    # (h): 合計 adds up; every 計 is its row's sum; 登録相談 equals (i)'s 令和６年度
    h = t[H]
    kinds = ("登録相談", "印字品質の検証", "商品情報の登録代行")
    adds_up(H, kinds + ("計",))
    for row, r in h.items():
        if r["計"] != sum(r[k] for k in kinds):
            errors.append(f"{H} / {row}: 計 is not the sum of the row")
    i_last = t[I][era(YEARLY[-1][0])]
    if h["合計"]["登録相談"] != i_last["登録相談（件）"]:
        errors.append(f"{H}: 登録相談 differs from {I}'s last year")
    if i_last["検証した品目数（品目）"] < h["合計"]["印字品質の検証"] or i_last["登録代行した品目数（品目）"] < h["合計"]["商品情報の登録代行"]:
        errors.append(f"{I}: fewer items than applications in {H}")
    users = [r["利用事業者数（者）"] for r in t[I].values()]
    if users != sorted(set(users)):
        errors.append(f"{I}: 利用事業者数 should grow every year")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    by_title = {s.title: s for s in all_specs()}
    # (d): continued over a page break WITHOUT its header repeated
    prod = specs["products"]
    bp = sorted({g["page"] for g in gold if g["table"] == D})
    if len(bp) != 2:
        errors.append(f"{D} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(prod.header[0]))
        on = [i + 1 for i, p in enumerate(pages[TOUKI_PDF]) if header in norm(p)]
        cont_page = norm(pages[TOUKI_PDF][bp[1] - 1])
        if prod.repeat_header or on != bp[:1] or any(norm(h) in cont_page for h in prod.header[0][1:]):
            errors.append(f"{D}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[1]}
        if not 2 <= len(first) <= 8 or len(cont) < 3:
            errors.append(f"{D}: {len(first)} rows before the page break and {len(cont)} after")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{D}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("理化学用の磁器") not in cont_page:
            errors.append(f"{D}: note ※１ should follow the table on the continuation page")
    for key, spec in specs.items():
        if key == "products":
            continue
        tp = {g["page"] for g in gold if g["table"] == spec.title}
        if len(tp) != 1:
            errors.append(f"{spec.title} is on pages {sorted(tp)}, expected one page")
    # (f): the only table without ruling lines
    if specs["issues"].ruled or not all(s.ruled for k, s in specs.items() if k != "issues"):
        errors.append(f"only {F} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns; the leaves repeat under both groups
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["ドローン／補助率（％）", "ドローン／上限額（千円）", "小型機械／補助率（％）", "小型機械／上限額（千円）"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "千円"}:
        errors.append(f"{A}: units should come from the leaves")
    # years as rows: (b) and (i)
    for title, data in ((B, RECORD), (I, YEARLY)):
        spec = by_title[title]
        rows = [g["row"] for g in gold if g["table"] == title]
        if list(dict.fromkeys(rows)) != [era(r[0]) for r in data] or any(
                g["fiscal_year"] != fiscal_year(g["row"]) for g in gold if g["table"] == title):
            errors.append(f"{title}: expected the fiscal years as rows")
    # header cells printed over two lines, and so extracted as two consecutive lines
    for title in TWO_LINE_TABLES:
        spec = by_title[title]
        page = min(g["page"] for g in gold if g["table"] == title)
        lines = [norm(x) for x in pages[spec.doc][page - 1].splitlines()]
        two = [h for h in spec.header[-1] if "\n" in h]
        if not two:
            errors.append(f"{title}: no header cell printed over two lines")
        for h in two:
            a, b = (norm(x) for x in h.split("\n"))
            if not any(lines[k] == a and lines[k + 1] == b for k in range(len(lines) - 1)):
                errors.append(f"{title}: header {h!r} is not printed over two lines")
    # (c): a KPI table with 目標 / 実績 / 達成率, the units in the row labels' brackets
    cg = [g for g in gold if g["table"] == C]
    if list(dict.fromkeys(g["column"] for g in cg)) != ["目標", "実績", "達成率（％）"] \
            or any(g["unit"] != bracket_unit(g["row"]) for g in cg if g["column"] != "達成率（％）"):
        errors.append(f"{C}: expected 目標 / 実績 / 達成率 with the units in the row labels")
    # (e): ▲ exactly on the decreases; survey years as columns; 増減 covers both survey years
    for g in (g for g in gold if g["table"] == E):
        if (DECREASE in g["value"]) != (g["number"] < 0):
            errors.append(f"{g['id']}: ▲ should mark exactly the decreases")
        if g["column"] == "増減":
            if g["fiscal_year"] is not None or g["fiscal_year_range"] != list(SURVEY_YEARS):
                errors.append(f"{g['id']}: 増減 should carry the range {list(SURVEY_YEARS)}")
        elif g["fiscal_year"] != fiscal_year(g["column"]):
            errors.append(f"{g['id']}: the survey year should come from the column")
    if not any(g["number"] < 0 for g in gold if g["table"] == E):
        errors.append(f"{E}: no ▲ decrease")
    if any(g["fiscal_year_range"] is not None for g in gold if g["table"] != E or g["column"] != "増減"):
        errors.append("only the 増減 column of (e) may have a fiscal_year_range")
    # units only in a caption note: (e), (f), (h)
    for title, unit, note in ((E, "事業所", "（単位：事業所）"), (F, "%", "（単位：％）"), (H, "件", "単位：件）")):
        spec = by_title[title]
        if {g["unit"] for g in gold if g["table"] == title} != {unit} \
                or norm(note) not in norm("\n".join(pages[spec.doc])) \
                or any(bracket_unit(h) for h in spec.header[-1][1:]):
            errors.append(f"{title}: the unit should be given only in the caption note {note}")
    # (h): a total column on the right
    if specs["uses"].header[0][-1] != "計":
        errors.append(f"{H}: expected a 計 column on the right")
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
            h = norm(f"（{fw(i)}）{head}")
            on = [k for k, t in enumerate(page_texts) if h in t]
            if len(on) != 1:
                errors.append(f"{doc}: the heading of sibling section {i} is printed {len(on)} times")
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
            if not re.search(norm(f"「{d}」とは") + r".{4,120}?をい(う|います)", text):
                errors.append(f"{what}: the definition 「{d}」とは…をいう is missing")

    def bullets_in(doc, items, what):
        raw = [norm(x) for x in "\n".join(pages[doc]).splitlines()]
        titles = [norm(s.title) for s in all_specs()]
        got = sum(x.startswith("○") and not any(t in x for t in titles) for x in raw)
        if got != items:
            errors.append(f"{what}: expected {items} bulleted items, got {got}")

    def western(text, want, what):
        if re.findall(r"20\d\d年", text) != want:
            errors.append(f"{what}: the Western years printed should be {want}, got {re.findall(r'20[0-9][0-9]年', text)}")

    # ---- the grant guideline
    dt = norm("\n".join(pages[DRONE_PDF]))
    siblings(dt, DRONE_PDF, ("輸出先：", "適合対応の内容：", "補助金の額："), [c[0] for c in DRONE_CASES])
    n_all, amt_all = sum(r[2] for r in RECORD), sum(r[5] for r in RECORD)
    if amt_all % 10 or norm(f"延べ{n_all}件、{amt_all // 10:,}万円") not in dt:
        errors.append("guideline: the totals in the prose differ from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件に交付した（うち小規模企業者{fw(last[3])}件、ドローン{fw(last[4])}件）") not in dt:
        errors.append("guideline: the 令和６年度 figures in the prose differ from (b)")
    rates = {r[0]: r for r in RATES}
    for head, _where, _what, amount, cls, items in DRONE_CASES:
        ci = 1 if cls == "ドローン" else 3
        grant = 0
        for item, cost in items:
            rate, cap = rates[item][ci], rates[item][ci + 1]
            if rate is None:
                errors.append(f"guideline: case {head} uses a 「－」 cost item")
                continue
            grant += min(cost * rate // 100, cap)
        if min(grant, FIRM_CAP_MAN * 10) // 10 != amount:
            errors.append(f"guideline: case {head} grant {amount}万円 differs from its costs ({grant}千円)")
        if (cls == "ドローン") != ("ドローン" in head):
            errors.append(f"guideline: case {head} has the wrong product class")
    western(dt, ["2021年"], "guideline")
    defs(dt, ("ドローン", "小型機械", "適合対応", "小規模企業者"), "guideline")
    for x in NOT_COVERED:
        if norm(x) not in dt:
            errors.append(f"guideline: the cost not covered {x} is missing")
    for k in range(1, 8):
        if norm(f"第{fw(k)}条") not in dt:
            errors.append(f"guideline: article 第{fw(k)}条 is missing")
    if norm("第８条") in dt or norm("別表（第４条関係）") not in dt:
        errors.append("guideline: expected articles 第１条–第７条 and the 別表 of 第４条")
    steps_of(DRONE_PDF, "①②③④⑤⑥⑦", "guideline")
    contacts(DRONE_PDF, ["099-881-5230", "099-881-5239", "099-881-5300"], ["tsuki-drone@example.jp"], "guideline")

    # ---- the survey report
    tt = norm("\n".join(pages[TOUKI_PDF]))
    siblings(tt, TOUKI_PDF, ("主な輸出先：", "売上高に占める輸出の割合：", "取組の内容："), [c[0] for c in TOUKI_CASES])
    total, n = respondents(), exporters()
    value = sum(r[4] for r in PRODUCTS)
    if norm(f"{total}事業所（回答率{pct1(total, TARGET)}％）") not in tt \
            or norm(f"回答事業所{total}事業所のうち{n}事業所（{pct1(n, total)}％）") not in tt \
            or norm(f"{PREV_EXPORTERS}事業所から{fw(n - PREV_EXPORTERS)}事業所増えた") not in tt \
            or norm(f"直接輸出を行った事業所は{sum(r[3] for r in PRODUCTS)}事業所") not in tt \
            or norm(f"{value // 100}億{value % 100 * 100:,}万円") not in tt:
        errors.append("survey: the response and export figures in the prose differ from (d)")
    top2 = sum(r[4] for r in PRODUCTS if r[0] in ("洋食器", "和食器")) / value
    if not 0.55 <= top2 < 0.65:
        errors.append("survey: 「洋食器と和食器で全体の約６割」 does not hold")
    for name in ("洋食器", "業務用食器", "型・原型", "絵付・加工"):
        if norm(f"{name}（{pct1(*_share(name))}％）") not in tt:
            errors.append(f"survey: the share of {name} in the prose differs from (d)")
    shares = sorted(PRODUCTS, key=lambda r: -r[2] / r[1])
    if [r[0] for r in shares[:2]] != ["洋食器", "業務用食器"] or [r[0] for r in shares[-2:]] != ["絵付・加工", "型・原型"]:
        errors.append("survey: the highest and lowest export shares of the prose do not hold")
    if VIA_TRADER > n or not VIA_TRADER > VIA_FAIR > EC_DIRECT:
        errors.append("survey: 輸出の方法 in the prose does not hold")
    (_s, s_n, s_x), (_l, l_n, l_x) = SIZES
    if norm(f"小規模事業所は{s_n}事業所のうち{s_x}事業所") not in tt or norm(f"{l_n}事業所のうち{l_x}事業所") not in tt:
        errors.append("survey: the sizes in the prose differ from the data")
    ranked = [d for d, _a, b in sorted(DESTS, key=lambda r: -r[2])]
    up = {d for d, a, b in DESTS if b > a}
    down = {d for d, a, b in DESTS if b < a}
    if ranked[0] != "米国" or ranked[1] != "台湾" or [d for d, *_x in DESTS].index("台湾") == 1 \
            or not {"米国", "台湾", "フランス", "オーストラリア"} <= up or not {"中国", "香港"} <= down:
        errors.append("survey: the destinations of the prose (米国 first; 台湾 second, not printed second; ups and downs) do not hold")
    n_o = total - n
    top_all = max(ISSUES, key=lambda r: r[1] + r[2])[0]
    top_x = max(ISSUES, key=lambda r: r[1])[0]
    by_o = [r[0] for r in sorted(ISSUES, key=lambda r: -r[2])]
    if top_all != "海外の取引先（バイヤー）の開拓" or top_x != "輸送中の破損と梱包の費用" \
            or by_o[:2] != ["海外の取引先（バイヤー）の開拓", "外国語での商談・やり取り"] or n_o <= 0:
        errors.append("survey: the tops of (f) in the prose do not hold")
    if norm(f"次回の調査は、{era(NEXT_SURVEY)}に行う") not in tt:
        errors.append("survey: step ④ should name the next survey year")
    western(tt, ["2024年"], "survey")
    defs(tt, ("輸出事業所", "直接輸出", "小規模事業所"), "survey")
    bullets_in(TOUKI_PDF, 3, "survey")
    steps_of(TOUKI_PDF, "①②③④", "survey")
    contacts(TOUKI_PDF, ["099-884-2610", "099-884-2619", "099-884-2700"], ["tsuki-touki@example.jp"], "survey")

    # ---- the desk guide
    gt = norm("\n".join(pages[GS1_PDF]))
    siblings(gt, GS1_PDF, ("内容：", "提出するもの：", "期間："), [k[0] for k in KINDS])
    if [k[0] for k in KINDS] != [re.sub(r"（.*）$", "", f[0]) for f in FEES[:3]]:
        errors.append("guide: the sibling sections should be the first three rows of (g)")
    total_uses = sum(sum(r[1:]) for r in INDUSTRY_USES)
    food = next(sum(r[1:]) for r in INDUSTRY_USES if r[0] == "食料品")
    if norm(f"利用件数は{total_uses}件で、利用した事業者は{YEARLY[-1][1]}事業者") not in gt \
            or not 0.38 <= food / total_uses < 0.42 or max(INDUSTRY_USES, key=lambda r: sum(r[1:]))[0] != "食料品":
        errors.append("guide: the use figures in the prose differ from (h) and (i)")
    if YEARLY[0][0] != OPENED or norm(f"開設した{era(OPENED)}") not in gt:
        errors.append("guide: the opening year differs from (i)")
    western(gt, [], "guide")
    defs(gt, ("ＧＳ１事業者コード", "品目", "小規模企業者"), "guide")
    bullets_in(GS1_PDF, 3, "guide")
    raw = "\n".join(pages[GS1_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("guide: expected three Ｑ lines and three Ａ lines")
    steps_of(GS1_PDF, "①②③④⑤⑥", "guide")
    contacts(GS1_PDF, ["099-887-3310", "099-887-3319", "099-887-3400"], ["tsuki-gs1@example.jp"], "guide")

    # ---- every document: label-value lines, the fictional phone numbers, mail addresses, prefecture
    for name, label_line in ((DRONE_PDF, "予算額：3,000万円"), (TOUKI_PDF, "調査基準日："), (GS1_PDF, "受付時間：")):
        if norm(label_line) not in norm("\n".join(pages[name])):
            errors.append(f"{name}: the 「label：value」 line {label_line} is missing")
    for name, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,5}-\d{2,5}-\d{3,5}", text):
            if not re.fullmatch(PHONE_RE, ph):
                errors.append(f"{name}: phone number {ph} is not 099-88x-xxxx")
        for mail in re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text):
            if not mail.endswith(MAIL_DOMAIN):
                errors.append(f"{name}: mail address {mail} outside {MAIL_DOMAIN}")
        if PREF not in p[0] or any(x in text for x in FORBIDDEN_PREFS):
            errors.append(f"{name}: the prefecture should be {PREF} only (never {FORBIDDEN_PREFS})")
    for q in QUESTIONS:
        blob = q["question"] + q["notes"] + "".join(t["content"] for t in q.get("history", []))
        if any(x in blob for x in FORBIDDEN_PREFS) or re.search(r"\d{2,5}-\d{2,5}-\d{3,5}", blob) and \
                not all(re.fullmatch(PHONE_RE, ph) for ph in re.findall(r"\d{2,5}-\d{2,5}-\d{3,5}", blob)):
            errors.append(f"a question names a forbidden prefecture or phone number: {q['question']}")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
