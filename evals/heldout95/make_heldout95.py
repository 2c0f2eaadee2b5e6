"""Build the 樸県 held-out set 95: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (樸県 and every town, scheme, organisation, company, phone number,
address and figure). The documents are in three genres the earlier sets do not use: a call for
applications (募集要項) for a subsidy towards seaweed (海苔) processors' exports
(県産海苔輸出拡大支援補助金: residue and heavy-metal tests, halal or kosher certification, overseas
trade fairs, foreign-language packaging, an expert's check of the destination's labelling rules)
with a two-level header whose groups are the kinds of market and whose leaves (rate, cap) repeat,
「－」 cells explained by a note, a firm cap in 万円 while the table is in 千円, a note halving a
cap, a yearly record (years as rows, with a 合計 row over the five years) and a KPI table
(目標 / 実績 / 達成率, units in the row labels); the report (報告書) of a survey of the prefecture's
cast-iron ware and foundry makers on their exports (鋳物・鉄器製造業の輸出実態調査) with the exports
by destination over two fiscal years and a 増減 column printing decreases with ▲, the firms and
exports by main product (a table continued over a page break without its header, header cells
printed over two lines) and an unruled table of the issues; and the user guide (利用案内) of a
prefectural clinic that helps firms calculate their export prices (輸出価格算定クリニック) with the
fees (a note halving them for small firms) and the sessions used by industry and kind of
consultation with a total column on the right; see README.md beside this file.

    python make_heldout95.py [OUTPUT_DIR]          # default: this file's directory

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

NORI_PDF = "boku_nori_yushutsu_kakudai_hojokin_boshu_yoko_r7.pdf"
TEKKI_PDF = "boku_imono_tekki_yushutsu_jittai_chosa_r6.pdf"
KAKAKU_PDF = "boku_yushutsu_kakaku_santei_clinic_riyo_annai_r7.pdf"
ALL_PDFS = (NORI_PDF, TEKKI_PDF, KAKAKU_PDF)

UNITS = ("百万円", "万円", "千円", "円", "件", "社", "コマ", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
DASH = "－"  # a cell with no figure; each table that has one explains it in a note
DECREASE = "▲"  # a decrease in a 増減 column
PHONE_RE = r"099-99\d-\d{4}"  # every phone number of the set: 099-99x-xxxx
MAIL_DOMAIN = "@example.jp"
LOOKALIKE_PREF = chr(0x6A97) + "県"  # the look-alike prefecture name that must never be printed


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
    sign = 1
    if v.startswith(DECREASE):
        sign, v = -1, v[1:]
    number, unit = docgen.parse_number(v, UNITS)
    if number is None:
        return None, None
    return sign * number, unit


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
    """k / n in whole per cent, rounded half up (小数点以下第１位を四捨五入)."""
    return int(half_up(Decimal(k * 100) / Decimal(n), "1"))


def cell(x) -> str:
    """A table cell: None as 「－」, a Decimal with one decimal, an int as docgen prints it
    (single digits full-width, thousands with commas)."""
    if x is None:
        return DASH
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def change(x: int) -> str:
    """A 増減 cell: a decrease with a leading ▲, an increase as a plain number."""
    return f"{DECREASE}{fw(-x)}" if x < 0 else fw(x)


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf, optional columns or rows
    that cover a range of fiscal years (a 増減 column, a 合計 row over the years), and 「－」 cells
    that are drawn but are no gold cells."""

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
            if value == DASH:  # no figure: no gold cell
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


PREF = "樸県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: seaweed export subsidy, call for applications
NORI = f"{PREF}産海苔輸出拡大支援補助金"
NORI_DEPT = f"{PREF} 農林水産部 水産振興課"
NORI_CENTER = f"公益財団法人{PREF}水産物流通センター"
NORI_DESK = f"{NORI_CENTER} 輸出相談窓口"
MARKET_GROUPS = ("検査強化市場", "その他の市場")
RATES = [  # 経費区分; 検査強化市場: 補助率（％）, 上限額（千円）; その他の市場: 補助率（％）, 上限額（千円） (令和７年度)
    ("残留農薬・重金属等の検査", 60, 600, 50, 300),
    ("ハラール・コーシャ認証の取得", 50, 400, 50, 500),
    ("海外見本市への出展", 50, 800, 50, 700),
    ("外国語パッケージの制作", 50, 400, 50, 300),
    ("表示規則の専門家確認", 60, 200, None, None),  # 「－」: not covered for the other markets (note ※２)
]
FIRM_CAP, FIRM_CAP_SMALL = 150, 180  # note ※３: 万円 per firm and fiscal year (小規模企業者)
FAIR_REPEAT = Decimal("0.5")  # note ※４: the trade-fair cap for a fair attended before with the grant
STRICT_MARKETS = ("ＥＵ加盟国", "英国", "米国")
RECORD = [  # 年度, 申請件数, 採択件数, うち小規模企業者, 交付額（千円）
    (2020, 9, 6, 2, 4380), (2021, 12, 8, 3, 6120), (2022, 14, 10, 4, 8450),
    (2023, 18, 12, 5, 10960), (2024, 21, 14, 6, 13270),
]
KPIS = [  # 指標（単位）, 目標, 実績 (令和６年度); 達成率 = 実績 / 目標, whole per cent, half up (note ※５)
    ("県産海苔の輸出額（百万円）", 420, 391),
    ("輸出に取り組む加工業者数（社）", 30, 33),
    ("ハラール・コーシャ認証の取得件数（件）", 8, 5),
    ("海外見本市での商談件数（件）", 250, 271),
]
NORI_CASES = [  # 見出し, 輸出先, 活用した経費, 交付額 (same labels in every sibling section); cost items, group
    ("焼海苔製造業Ａ社（樸市）", "米国（検査強化市場）", "残留農薬・重金属等の検査と英語のパッケージの制作", "58万円",
     ("残留農薬・重金属等の検査", "外国語パッケージの制作"), 0),
    ("味付海苔製造業Ｂ社（汐凪町）", "マレーシア（その他の市場）", "ハラール認証の取得", "45万円",
     ("ハラール・コーシャ認証の取得",), 1),
    ("海苔加工・卸売業Ｃ社（磯辺町）", "台湾（その他の市場）", "台北で開かれた食品見本市への出展", "60万円",
     ("海外見本市への出展",), 1),
]
NORI_EXCLUDED = [  # 補助の対象にならない経費
    "原料の海苔の仕入れ、加工及び国内の輸送に要する経費",
    "認証を維持するために毎年支払う年会費",
    "見本市の会期中の飲食費及び接待費",
    "交付決定の日より前に発注し、又は支払った経費",
]


def nori_specs():
    rates = TableSpec(
        key="rates", doc=NORI_PDF, title="経費区分別の補助率と上限額",
        header=[["経費区分", MARKET_GROUPS[0], "", MARKET_GROUPS[1], ""],
                ["", "補助率（％）", "上限額（千円）", "補助率（％）", "上限額（千円）"]],
        rows=[[n, cell(a), cell(b), cell(c), cell(d)] for n, a, b, c, d in RATES],
        col_widths=[54 * mm, 26 * mm, 27 * mm, 26 * mm, 27 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[-1])
    rows = [[era(y), fw(a), fw(b), fw(s), fw(g)] for y, a, b, s, g in RECORD]
    rows.append(["合計"] + [fw(sum(r[j] for r in RECORD)) for j in (1, 2, 3, 4)])
    record = TableSpec(
        key="record", doc=NORI_PDF, title="申請と交付の実績",
        header=[["年度", "申請件数（件）", "採択件数（件）", "うち小規模企業者（件）", "交付額（千円）"]],
        rows=rows, col_widths=[26 * mm, 30 * mm, 30 * mm, 42 * mm, 32 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    record.row_range = {"合計": [RECORD[0][0], RECORD[-1][0]]}
    kpi = TableSpec(
        key="kpi", doc=NORI_PDF, title="成果指標の目標と実績",
        header=[["指標", "目標", "実績", "達成率（％）"]],
        rows=[[n, fw(t), fw(a), fw(pct0(a, t))] for n, t, a in KPIS],
        col_widths=[78 * mm, 26 * mm, 26 * mm, 30 * mm], table_fy=2024,
    )
    kpi.unit = lambda row, c: "%" if c == 3 else bracket_unit(row[0])
    return rates, record, kpi


def nori_story(specs):
    rates, record, kpi = specs
    n_all, amt_all = sum(r[2] for r in RECORD), sum(r[4] for r in RECORD)
    last = RECORD[-1]
    met = sum(a >= t for _n, t, a in KPIS)
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{NORI} 募集要項", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(NORI_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　目的", H1)]
    st += paras(f"""
県産海苔の海外での販路を広げるため、輸出先の検査や認証への対応、海外見本市への出展、外国語のパッケージづくりなど、県内の海苔加工業者が輸出に取り組む経費の一部を補助します。制度を始めた令和２年度（2020年度）から令和６年度までに、延べ{n_all}件、{amt_all // 10:,}万円を交付しました。
""", 0)
    st += [P("２　募集の概要", H1)]
    st += lv_lines([
        ("補助事業名", NORI),
        ("補助対象者", "県内に事業所を有し、県産海苔を加工して輸出し、又は輸出しようとする中小企業者（個人事業主及び漁業協同組合を含む。）"),
        ("募集期間", "令和７年５月12日から６月20日まで（必着）"),
        ("予算額", "1,600万円"),
        ("採択予定件数", "15件程度"),
        ("補助事業期間", "交付決定の日から令和８年２月13日まで"),
    ], 0)
    st += paras("""
この要項において「県産海苔」とは、本県の沿岸で養殖された海苔を原料とし、県内で加工した乾海苔、焼海苔及び味付海苔をいいます。「検査強化市場」とは、ＥＵ加盟国、英国及び米国をいい、それ以外の国・地域を「その他の市場」といいます。また、「小規模企業者」とは、常時使用する従業員の数が20人以下の中小企業者をいいます。
""", 0)
    st += [P("３　補助対象経費と補助率", H1)]
    st += paras("補助率と上限額は、経費区分ごとに、輸出先の市場によって次のとおりです。", 0)
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 輸出先に検査強化市場が一つでも含まれる場合は「検査強化市場」の欄を、それ以外の場合は「その他の市場」の欄を適用します。",
        "※２ 「－」は補助の対象外であることを示します。その他の市場向けの表示規則の確認は、県の輸出相談窓口が無料で行います。",
        f"※３ 補助金の額は、１事業者当たり{FIRM_CAP}万円（小規模企業者は{FIRM_CAP_SMALL}万円）を上限とし、千円未満の端数は切り捨てます。",
        "※４ 本補助金を受けて出展したことのある見本市に再び出展する場合は、「海外見本市への出展」の上限額を２分の１とします。",
    ])
    st += paras("次の経費は補助の対象になりません。", 0)
    st += bullets(NORI_EXCLUDED, 0)
    st += [P("４　申請から支払までの流れ", H1)]
    st += numbered([
        "① 事前相談（水産振興課又は輸出相談窓口へ。募集期間の終了の７日前まで）",
        "② 申請書の提出（事業計画書、見積書及び直近２期の決算書を添えて提出）",
        "③ 審査（書類審査、令和７年７月中旬）",
        "④ 交付決定の通知（令和７年８月上旬）",
        "⑤ 補助事業の実施（令和８年２月13日までに完了すること）",
        "⑥ 実績報告（事業の完了から30日以内。遅くとも令和８年３月６日まで）",
        "⑦ 補助金の額の確定と支払（令和８年３月下旬）",
    ], 0)
    st += [P("５　これまでの実績と成果", H1)]
    st += paras(f"""
申請件数は毎年増えており、令和６年度は{last[1]}件の申請があり、{last[2]}件を採択しました（うち小規模企業者{fw(last[3])}件）。令和６年度の成果指標は、４項目のうち{fw(met)}項目で目標を達成しました。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += [caption(kpi.title, "（令和６年度）"), kpi.flowable(), Spacer(1, 2)]
    st += notes([
        "※５ 目標は「樸県水産物輸出促進計画」によるものです。達成率は、実績を目標で割った値を百分率で表し、小数点以下第１位を四捨五入したものです。",
    ])
    st += [CondPageBreak(SIBLING_ROOM + 10 * mm), P("６　活用事例（令和６年度）", H1)]
    for i, (head, where, what, amount, _items, _g) in enumerate(NORI_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("輸出先", where), ("活用した経費", what), ("交付額", amount)], 1)
    st += [P("７　よくある質問", H1)]
    qa = [
        ("すでに取得しているハラール認証の更新の費用も対象になりますか。",
         "更新の審査に要する費用は対象になります。ただし、毎年の年会費は対象になりません。"),
        ("海苔以外の水産加工品も一緒に見本市に出品してよいですか。",
         "出品できます。ただし、補助の対象は県産海苔に係る経費に限り、小間料等は出品する品目の数で按分します。"),
        ("商社を通じて輸出する場合も申請できますか。",
         "申請できます。輸出先の国・地域が確認できる書類（商社との契約書等）を添えてください。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{NORI_DEPT} 流通輸出班　電話：099-991-3140　ファクス：099-991-3149",
        f"{NORI_DESK}（事前相談）　電話：099-991-3200",
        "電子メール：boku-nori@example.jp",
    ]))
    return st


# ================================================================ document 2: cast-iron ware and foundry makers' exports, survey report
TEKKI = f"{PREF}鋳物・鉄器製造業の輸出実態調査"
TEKKI_DEPT = f"{PREF} 商工労働部 ものづくり振興課"
KUMIAI = f"{PREF}鋳物工業協同組合"
TARGET = 180  # 調査対象 (全数)
PRODUCTS = [  # 主な製品, 回答企業数（社）, うち輸出企業（社）, 輸出額（百万円） (令和５年度)
    ("鉄瓶・急須", 18, 14, 412), ("鍋・フライパン", 22, 13, 365), ("その他の調理器具", 11, 6, 88),
    ("風鈴・置物・インテリア用品", 15, 7, 46), ("工作機械用部品", 24, 9, 298),
    ("自動車・建設機械用部品", 19, 6, 231), ("建築・土木用鋳物", 10, 2, 27), ("その他", 7, 1, 9),
]
TEKKI_ROWS = ("鉄瓶・急須", "鍋・フライパン", "その他の調理器具", "風鈴・置物・インテリア用品")  # 鉄器 (note ※２)
IMONO_ROWS = ("工作機械用部品", "自動車・建設機械用部品", "建築・土木用鋳物")  # 鋳物部品 (note ※２)
SIZES = (("従業員20人以下", 81, 29), ("21人以上", 45, 29))  # 回答企業, うち輸出企業 (prose only)
DIRECT = 23  # 直接輸出を行う企業 (prose only)
CONSIDERING = 19  # 輸出していない企業のうち、輸出を検討している企業 (prose only)
RUSTPROOF = 26  # 鉄器の輸出企業のうち、さび対策を施した製品を輸出している企業 (prose only)
PREV_SHARE = Decimal("31.5")  # 前回調査（平成30年度）の輸出企業の割合 (prose only)
PREV_SURVEY_FY = 2018  # 平成30年度
DEST_YEARS = (2022, 2023)
DESTINATIONS = [  # 輸出先, 輸出額（百万円）: 令和４年度, 令和５年度
    ("米国", 351, 402), ("中国", 259, 236), ("台湾", 190, 218), ("香港", 101, 94), ("韓国", 104, 117),
    ("フランス", 88, 109), ("ドイツ", 112, 146), ("オーストラリア", 47, 61), ("その他", 80, 93),
]
ISSUES = [  # 輸出上の課題, 回答数: 鉄器, 鋳物部品, その他 (複数回答)
    ("海上輸送中のさびの発生", 22, 5, 0), ("製品が重く輸送費が高い", 25, 8, 0),
    ("輸出先の規格・認証への対応", 9, 11, 1), ("海外の取引先の開拓", 18, 7, 0),
    ("模倣品の流通", 12, 1, 0), ("英語で対応できる人材の不足", 15, 6, 1),
]
TEKKI_CASES = [  # 見出し, 主な製品, 主な輸出先, 輸出での工夫 (same labels in every sibling section)
    ("鉄瓶製造業Ｄ社（炉山市）", "鉄瓶、急須", "フランス、米国", "内側にほうろう加工をした急須を開発し、さびについての苦情を減らした"),
    ("鍋製造業Ｅ社（樸市）", "鋳鉄鍋、グリルパン", "米国、オーストラリア", "ＩＨ調理器に対応した底面に改め、製品の重さを２割減らした"),
    ("機械鋳物製造業Ｆ社（汐凪町）", "工作機械用の鋳物部品", "ドイツ、韓国", "取引先が求める材質証明書を、英語で即日発行できる体制を整えた"),
]


def issue_n() -> tuple[int, int, int]:
    """The ｎ of the unruled table: 輸出企業 in all, 鉄器, 鋳物部品 (from (d) and note ※２)."""
    p = {r[0]: r for r in PRODUCTS}
    return (sum(r[2] for r in PRODUCTS), sum(p[x][2] for x in TEKKI_ROWS), sum(p[x][2] for x in IMONO_ROWS))


def tekki_specs():
    dest_rows = [[d, fw(a), fw(b), change(b - a)] for d, a, b in DESTINATIONS]
    ta, tb = sum(r[1] for r in DESTINATIONS), sum(r[2] for r in DESTINATIONS)
    dest_rows.append(["合計", fw(ta), fw(tb), change(tb - ta)])
    destinations = TableSpec(
        key="destinations", doc=TEKKI_PDF, title="輸出先別の輸出額",
        header=[["輸出先"] + [era(y) for y in DEST_YEARS] + ["増減"]],
        rows=dest_rows, col_widths=[44 * mm, 32 * mm, 32 * mm, 32 * mm], unit="百万円",
    )
    destinations.col_range = {3: [DEST_YEARS[0], DEST_YEARS[-1]]}
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in PRODUCTS]
    rows.append(["合計"] + [fw(sum(r[j] for r in PRODUCTS)) for j in (1, 2, 3)])
    products = TableSpec(
        key="products", doc=TEKKI_PDF, title="主な製品別の回答企業と輸出の状況",
        header=[["主な製品", "回答\n企業数（社）", "うち輸出\n企業（社）", "輸出額\n（百万円）"]],
        rows=rows, col_widths=[56 * mm, 32 * mm, 32 * mm, 32 * mm], table_fy=2023, repeat_header=False,
    )
    products.unit = lambda row, c, s=products: bracket_unit(s.column_label(c))
    n_all, n_t, n_i = issue_n()
    issues = TableSpec(
        key="issues", doc=TEKKI_PDF, title="輸出上の課題（複数回答）",
        header=[["課題", "全体", "鉄器", "鋳物部品"]],
        rows=[[x, cell(pct1(a + b + o, n_all)), cell(pct1(a, n_t)), cell(pct1(b, n_i))] for x, a, b, o in ISSUES],
        col_widths=[70 * mm, 26 * mm, 26 * mm, 26 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return products, destinations, issues


def tekki_story(specs):
    products, destinations, issues = specs
    n_all, n_t, n_i = issue_n()
    total = sum(r[1] for r in PRODUCTS)
    ta, tb = sum(r[1] for r in DESTINATIONS), sum(r[2] for r in DESTINATIONS)
    (s_name, s_n, s_e), (l_name, l_n, l_e) = SIZES
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{TEKKI} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年２月", DATE_RIGHT), P(TEKKI_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県内の鋳物・鉄器製造業者の輸出の実態と課題を把握し、海外販路の開拓を支える施策に役立てるため"),
        ("調査対象", f"県内の鋳物・鉄器製造業者 {TARGET}社（全数）"),
        ("調査基準日", "令和６年（2024年）10月１日"),
        ("調査期間", "令和６年10月７日から11月８日まで"),
        ("調査方法", "郵送及びウェブによるアンケートと、12社への聞き取り"),
        ("調査項目", "輸出の有無、輸出額、輸出先、主な製品、輸出上の課題、県への要望、今後の輸出の意向"),
        ("回答数", f"{total}社（回答率{pct1(total, TARGET)}％）"),
    ], 0)
    st += paras(f"""
この報告書において「鉄器」とは、鋳鉄で作った鉄瓶、急須、鍋、フライパン等の生活用品をいい、「鋳物部品」とは、機械や建築物に用いる鋳造の部品をいう。「輸出企業」とは、令和５年度中に直接又は商社等を通じて製品を輸出した企業をいう。また、「前回調査」とは、平成30年度に行った同じ調査をいう。
""", 0)
    st += [P("２　輸出の概況", H1)]
    st += paras(f"""
令和５年度に製品を輸出した企業は、回答企業{total}社のうち{n_all}社（{pct1(n_all, total)}％）で、前回調査の{PREV_SHARE}％から増えた。輸出企業のうち、自社で直接輸出を行う企業は{DIRECT}社で、残りは商社等を通じた輸出のみであった。輸出額の合計は{tb:,}百万円で、前年度より{pct1(tb - ta, ta)}％増えた。
輸出していない{total - n_all}社のうち、今後の輸出を検討している企業は{CONSIDERING}社であった。検討していない理由としては、「輸出の手続が分からない」と「海外の取引先を探す手段がない」が多かった。
""", 0)
    st += [P("３　主な製品別の状況", H1)]
    st += paras(f"""
主な製品別では、鉄瓶・急須の輸出額が最も多く、鍋・フライパンが続く。企業の規模別では、{s_name}の企業は{s_n}社のうち{s_e}社、{l_name}の企業は{l_n}社のうち{l_e}社が輸出しており、規模の大きい企業ほど輸出に取り組んでいる。また、鉄器の輸出企業{n_t}社のうち、ほうろう加工等のさび対策を施した製品を輸出している企業は{RUSTPROOF}社であった。
""", 0)
    st += [caption(products.title, "（令和５年度）", keep=False), products.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 鉄器は「鉄瓶・急須」から「風鈴・置物・インテリア用品」までの４分類、鋳物部品は「工作機械用部品」から「建築・土木用鋳物」までの３分類である。「その他」は、美術鋳物、マンホールのふた等である。",
    ])
    st += [P("４　輸出先別の状況", H1)]
    st += paras("""
輸出先別では米国が最も多く、ドイツとフランスへの輸出も伸びている。一方、中国と香港への輸出は前年度を下回った。
""", 0)
    st += [caption(destinations.title, "（単位：百万円）"), destinations.flowable(), Spacer(1, 2)]
    st += notes([
        "※２ 輸出額は、輸出企業が回答した製品の輸出額（商社等を通じた輸出を含む。）の合計である。増減は令和５年度の額から令和４年度の額を引いたもので、▲は減少を示す。",
    ])
    st += [CondPageBreak(SIBLING_ROOM + 10 * mm), P("５　企業の事例", H1)]
    for i, (head, prod, dest, idea) in enumerate(TEKKI_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な製品", prod), ("主な輸出先", dest), ("輸出での工夫", idea)], 1)
    st += [P("６　輸出上の課題", H1)]
    st += paras("""
全体では「製品が重く輸送費が高い」が最も多く、鉄器では「海上輸送中のさびの発生」が２番目に多い。鋳物部品では「輸出先の規格・認証への対応」が最も多い。
""", 0)
    st += [caption(issues.title, "（単位：％）"), issues.flowable(), Spacer(1, 2)]
    st += notes([
        f"※３ 輸出企業（全体{n_all}社、鉄器{n_t}社、鋳物部品{n_i}社）が回答した。全体には「その他」の１社を含む。複数回答のため、合計は100％にならない。",
    ])
    st += [P("７　県への主な要望（自由記述）", H1)]
    st += bullets([
        "さびを防ぐ梱包や輸送の方法について、専門家の助言を受けられるようにしてほしい。",
        "海外の見本市に、県内の鉄器メーカーが共同で出展できる場を設けてほしい。",
        "模倣品への対策として、海外での商標や意匠の出願を支援してほしい。",
    ], 0)
    st += [P("８　今後の取組", H1)]
    st += numbered([
        f"① {KUMIAI}と連携し、輸出向けの防錆梱包の研修会を令和７年度に２回開く。",
        "② 欧州の生活用品見本市に、県のブースを設けて共同出展を募る。",
        "③ 海外での商標と意匠の出願に要する経費の補助を、令和８年度から始めることを検討する。",
        "④ 次回の調査は、令和９年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("９　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{TEKKI_DEPT} 地場産業班　電話：099-994-2610　ファクス：099-994-2619",
        f"{KUMIAI}（輸出の相談）　電話：099-994-2700",
        "電子メール：boku-imono@example.jp",
    ]))
    return st


# ================================================================ document 3: export price-calculation clinic, user guide
KAKAKU = f"{PREF}輸出価格算定クリニック"
KAKAKU_DEPT = f"{PREF} 商工労働部 国際経済課"
KIKO = f"公益財団法人{PREF}貿易振興機構"
KINDS = [  # 見出し, 対象となる価格, 相談員, １回に利用できるコマ数 (same labels in every sibling section)
    ("基本相談（ＦＯＢ価格）", "ＦＯＢ価格（輸出港で本船に積み込むまでの費用を含む価格）", "貿易実務の専門家", "２コマまで"),
    ("応用相談（ＣＩＦ価格・ＤＤＰ価格）", "ＣＩＦ価格（運賃・保険料込み）及びＤＤＰ価格（輸入関税を含め、買い手の指定場所まで届ける価格）",
     "貿易実務の専門家と通関士", "３コマまで"),
    ("現地小売価格の試算", "輸出先の店頭での小売価格（輸入関税、現地の流通マージン及び付加価値税を含む。）",
     "輸出先の流通に詳しい専門家", "２コマまで"),
]
FEES = [  # 相談の種類, 県内中小企業（円）, その他の事業者（円） (令和７年度)
    ("基本相談（１コマ）", 2000, 5000), ("応用相談（１コマ）", 4000, 8000),
    ("現地小売価格の試算（１コマ）", 5000, 10000), ("算定シートの作成代行（１品目）", 6000, 12000),
    ("英文見積書の添削（１通）", 3000, 6000),
]
SMALL_FEE = Decimal("0.5")  # note ※２: 小規模企業者 pay half the 県内中小企業 fee
USES = [  # 業種, 基本相談, 応用相談, 現地小売価格の試算 (コマ, 令和６年度)
    ("食料品", 48, 31, 22), ("酒類・飲料", 26, 19, 14), ("日用品・雑貨", 21, 9, 11),
    ("工芸品", 17, 12, 8), ("機械・金属製品", 30, 14, 3), ("その他", 12, 5, 4),
]
PREV_USES = 241  # 令和５年度のコマ数 (prose only)
USERS, FIRST_USERS = 118, 71  # 令和６年度の利用事業者, うち初めての利用 (prose only)


def kakaku_specs():
    fees = TableSpec(
        key="fees", doc=KAKAKU_PDF, title="相談の種類別の料金",
        header=[["相談の種類", "県内中小企業（円）", "その他の事業者（円）"]],
        rows=[[n, fw(a), fw(b)] for n, a, b in FEES],
        col_widths=[64 * mm, 40 * mm, 40 * mm], table_fy=2025,
    )
    fees.unit = lambda row, c, s=fees: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(c), fw(a + b + c)] for n, a, b, c in USES]
    rows.append(["合計"] + [fw(sum(r[j] for r in USES)) for j in (1, 2, 3)]
                + [fw(sum(sum(r[1:]) for r in USES))])
    uses = TableSpec(
        key="uses", doc=KAKAKU_PDF, title="業種別・相談の種類別の利用コマ数",
        header=[["業種", "基本相談", "応用相談", "現地小売価格の試算", "計"]],
        rows=rows, col_widths=[38 * mm, 28 * mm, 28 * mm, 38 * mm, 24 * mm], unit="コマ", table_fy=2024,
    )
    return fees, uses


def kakaku_story(specs):
    fees, uses = specs
    total = sum(sum(r[1:]) for r in USES)
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{KAKAKU} 利用案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(KAKAKU_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　クリニックの概要", H1)]
    st += paras("""
このクリニックは、初めて輸出に取り組む事業者や、海外の買い手から見積りを求められた事業者が、根拠のある輸出価格を示せるよう、専門家が個別に相談に応じ、費用を積み上げて価格を算定するお手伝いをするものです。
""", 0)
    st += lv_lines([
        ("事業名", KAKAKU),
        ("実施主体", PREF),
        ("運営", f"{KIKO}（県からの委託）"),
        ("利用できる者", "県内に事業所を有する事業者（個人事業主を含む。）"),
        ("開設日", "毎週火曜日と木曜日（祝日を除く。）の10時から16時まで"),
        ("会場", f"{KIKO} 相談室（樸市港町二丁目）又はオンライン"),
    ], 0)
    st += paras("""
この案内において「輸出価格」とは、海外の買い手に示す製品１単位当たりの価格をいい、工場出荷時の価格に、輸出までに要する費用と利益を加えて求めるものをいいます。「１コマ」とは、50分の個別相談をいいます。「算定シート」とは、クリニックが用意する、費用を項目ごとに積み上げて輸出価格を求める表計算ファイルをいいます。また、「営業日」とは、土曜日、日曜日、祝日及び年末年始（12月29日から１月３日まで）を除く日をいいます。
""", 0)
    st += [CondPageBreak(SIBLING_ROOM + 10 * mm), P("２　相談の種類", H1)]
    for i, (head, price, who, slots) in enumerate(KINDS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("対象となる価格", price), ("相談員", who), ("１回に利用できるコマ数", slots)], 1)
    st += [P("３　利用料金", H1)]
    st += paras("料金は、相談の種類と利用者の区分によって次のとおりです（消費税込み）。", 0)
    st += [caption(fees.title, "（令和７年度）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「県内中小企業」は、県内に事業所を有する中小企業基本法に定める中小企業者（個人事業主を含む。）をいい、それ以外の利用者には「その他の事業者」の欄を適用します。",
        "※２ 小規模企業者（常時使用する従業員の数が20人（商業又はサービス業は５人）以下の県内中小企業）の料金は、「県内中小企業」の欄の料金の半額とします。",
        "※３ 算定シートの作成代行は、応用相談又は現地小売価格の試算を利用した方に限り申し込むことができます。",
    ])
    st += [P("４　予約から算定結果の送付までの流れ", H1)]
    st += numbered([
        "① 予約（ウェブの予約フォーム又は電話で、希望日の３営業日前まで）",
        "② 事前シートの提出（製品の工場出荷価格、重量・容積及び輸出先を記入し、相談日の前日までに送付）",
        "③ 料金の支払（請求書による銀行振込み。相談日の前日まで）",
        "④ 相談（会場又はオンラインで、１コマ50分）",
        "⑤ 算定結果の送付（相談日から５営業日以内に、算定シートを電子メールで送付）",
        "⑥ フォローアップ（送付の日から30日以内は、同じ製品について電子メールでの質問に１回まで無料で回答）",
    ], 0)
    st += [P("５　利用の状況", H1)]
    st += paras(f"""
令和６年度の利用は{total}コマで、前年度の{PREV_USES}コマから{total - PREV_USES}コマ増えました。利用した事業者は{USERS}事業者で、そのうち初めて利用した事業者は{FIRST_USERS}事業者です。業種別では食料品が最も多く、相談の種類別では基本相談が半数を占めています。
""", 0)
    st += [caption(uses.title, "（令和６年度、単位：コマ）"), uses.flowable(), Spacer(1, 2)]
    st += notes(["※４ 「その他」は、化粧品、木製品、印刷物等です。"])
    st += [P("６　利用上の注意", H1)]
    st += bullets([
        "算定結果は、相談の時点の運賃、為替相場及び関税率によるもので、実際の取引価格を保証するものではありません。",
        "予約の取消しは、相談日の２営業日前までにご連絡ください。それより後の取消しは、料金をお返しできません。",
        "同じ製品と輸出先についての相談は、年度内に３回までとします。",
        "相談の内容は、ご本人の同意なく第三者に伝えることはありません。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KAKAKU_DEPT} 貿易振興班　電話：099-997-4410　ファクス：099-997-4419",
        f"{KIKO}（予約・変更）　電話：099-997-4500",
        "電子メール：boku-kakaku@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return nori_specs() + tekki_specs() + kakaku_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    nspecs, tspecs, kspecs = nori_specs(), tekki_specs(), kakaku_specs()
    ndoc = build_pdf(docs_dir / NORI_PDF, nspecs, nori_story(nspecs),
                     f"令和７年度 {NORI} 募集要項", "令和７年４月", NORI_DEPT)
    tdoc = build_pdf(docs_dir / TEKKI_PDF, tspecs, tekki_story(tspecs),
                     f"令和６年度 {TEKKI} 報告書", "令和７年２月", TEKKI_DEPT)
    kdoc = build_pdf(docs_dir / KAKAKU_PDF, kspecs, kakaku_story(kspecs),
                     f"令和７年度 {KAKAKU} 利用案内", "令和７年４月", KAKAKU_DEPT)
    gold = all_gold({NORI_PDF: ndoc.row_pages, TEKKI_PDF: tdoc.row_pages, KAKAKU_PDF: kdoc.row_pages})
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
    # --- nori: the seaweed export subsidy call, tables (a) (b) (c), definitions, notes, costs not covered, sibling sections, Q&A
    dict(question="米国とマレーシアの両方に焼海苔を輸出する予定の会社が、輸出前に重金属などの検査を受けたいそうです。この検査費用の補助の上限額はいくらですか？",
         category="nori", doc=NORI_PDF,
         evidence=["ＥＵ加盟国、英国及び米国", "検査強化市場が一つでも含まれる場合", "残留農薬・重金属等の検査 60 600 50 300"],
         answer=["600"],
         notes="two facts: 米国 is a 検査強化市場 (definition in ２) and note ※１ applies the 検査強化市場 column when any "
               "destination is one, even with マレーシア; (a) two-level header, leaf 検査強化市場／上限額（千円）; 300 (その他の市場) "
               "and 60 (the rate) are the traps"),
    dict(question="台湾向けに輸出する味付海苔について、現地の表示のルールに合っているかを専門家に確認してもらう費用は補助されますか？",
         category="nori", doc=NORI_PDF,
         evidence=["補助の対象外であることを示します", "県の輸出相談窓口が無料で行います"], answer=["対象外"],
         notes="(a) the 「－」 cells of 表示規則の専門家確認 under その他の市場 (台湾 is no 検査強化市場); note ※２ says 「－」 means "
               "not covered and the prefecture's desk checks the labels free; 60 / 200 (the 検査強化市場 cells) are the traps"),
    dict(question="以前この補助金を使って香港の食品見本市に出展した会社が、2025年度も同じ見本市に出展したいそうです。出展経費の補助の上限額はいくらになりますか？",
         category="nori", doc=NORI_PDF,
         evidence=["それ以外の国・地域を「その他の市場」", "海外見本市への出展 50 800 50 700", "上限額を２分の１とします"],
         answer=["350千円"], computed=True,
         notes="three facts: 香港 is in その他の市場 (definition), (a) leaf その他の市場／上限額（千円） gives 700, and note ※４ "
               "(on the next page) halves it for a fair attended before with the grant: 700 / 2 = 350千円; 2025年度 = 令和７年度 "
               "(printed nowhere in Western form); 700 and 400 are the traps"),
    dict(question="2022年度には、この補助金で何件が採択されましたか？",
         category="nori", doc=NORI_PDF, evidence=["令和４年度 14 10 ４ 8,450"], answer=["10"],
         notes="(b) years as rows: 2022年度 = 令和４年度 (only 2020年度 is printed in Western form); column 採択件数（件）; "
               "14 (申請件数) and ４ (うち小規模企業者) are the traps"),
    dict(question="制度が始まってから令和６年度までの５年間で、申請された案件のうち採択されたのは何％ですか？",
         category="nori", doc=NORI_PDF, evidence=["合計 74 50 20 43,180"], answer=["67.6%"], computed=True,
         notes="(b) the 合計 row over the five years (a fiscal_year_range): 50 / 74 = 67.6 %; the 令和６年度 rate 14 / 21 = 66.7 % "
               "is a wrong reading"),
    dict(question="ハラールやコーシャの認証を取った件数は、目標に対してどのくらい達成できましたか？",
         category="nori", doc=NORI_PDF, evidence=["ハラール・コーシャ認証の取得件数（件） ８ ５ 63"], answer=["63"],
         notes="(c) KPI table, column 達成率（％）: 5 / 8 = 62.5, rounded half up to 63 as note ※５ says (62 is the trap of "
               "round-half-even); the unit of 目標 and 実績 is in the row label"),
    dict(question="令和６年度の県産海苔の輸出額は、目標に何百万円届かなかったのですか？",
         category="nori", doc=NORI_PDF, evidence=["県産海苔の輸出額（百万円） 420 391 93"], answer=["29百万円"], computed=True,
         notes="(c) KPI table, difference in a row: 420 − 391 = 29百万円 (unit from the row label's bracket); 93 (達成率) is "
               "the trap"),
    dict(question="イスラム教徒向けの認証を取った活用事例では、補助金はいくら交付されましたか？",
         category="nori", doc=NORI_PDF, evidence=["（２）味付海苔製造業Ｂ社", "交付額：45万円"], answer=["45万円"],
         notes="sibling sections （１）–（３） of ６ share the labels 輸出先, 活用した経費, 交付額; （２）味付海苔製造業Ｂ社 "
               "(ハラール = the certification for Muslim consumers); 58万円 and 60万円 are the siblings' values"),
    dict(question="従業員15人の海苔加工会社が申請する場合、補助金は最大でいくらまで受けられますか？",
         category="nori", doc=NORI_PDF,
         evidence=["常時使用する従業員の数が20人以下", "１事業者当たり150万円（小規模企業者は180万円）"], answer=["180万円"],
         notes="two facts: 15人 is within the 20人 of 小規模企業者 (definition in ２) and note ※３ gives the firm cap in 万円 "
               "while (a) is in 千円; 150万円 is the trap"),
    dict(question="取得したハラール認証を維持するために毎年払う会費も、この補助金の対象になりますか？",
         category="nori", doc=NORI_PDF, evidence=["次の経費は補助の対象になりません", "認証を維持するために毎年支払う年会費"],
         answer=["対象になりません"],
         notes="the costs not covered (the lead sentence and the ○ items, on page 2): the yearly fee; Ｑ１ says the same, while "
               "the renewal audit itself is covered (a near miss)"),
    dict(question="自社では輸出の手続をせず、商社を通じて海外に出荷している会社でも申請できますか？",
         category="nori", doc=NORI_PDF, evidence=["申請できます。輸出先の国・地域が確認できる書類"], answer=["申請できます"],
         notes="Q&A: Ａ of Ｑ３ (yes, with a paper showing the destination, such as the contract with the trading house)"),
    # --- tekki: the cast-iron ware and foundry survey, tables (d) (e) (f), definitions, prose figures, sibling sections
    dict(question="鋳物・鉄器の輸出実態調査には、何社が回答しましたか？",
         category="tekki", doc=TEKKI_PDF, evidence=["回答数：126社（回答率70.0％）"], answer=["126社"],
         notes="「label：value」 line 回答数 (of the 180社 of 調査対象); 58社 (輸出企業) and 180社 are near misses"),
    dict(question="この報告書でいう「前回調査」は、西暦で何年度に行われたものですか？",
         category="tekki", doc=TEKKI_PDF, evidence=["「前回調査」とは、平成30年度に行った同じ調査"], answer=["2018年度"],
         computed=True,
         notes="definition 「前回調査」とは、平成30年度に行った同じ調査: era to Western year, 平成30年度 = 2018年度 (printed "
               "nowhere in Western form)"),
    dict(question="自動車や建設機械向けの部品を主に作っている会社の、令和５年度の輸出額はいくらですか？",
         category="tekki", doc=TEKKI_PDF, evidence=["自動車・建設機械用部品 19 ６ 231"], answer=["231"],
         notes="(d) continuation page (no header there): row 自動車・建設機械用部品, column 輸出額（百万円）, a two-line header "
               "cell on the page before; 19 (回答企業数) and ６ (うち輸出企業) are the traps"),
    dict(question="鍋や鉄瓶などの鉄器全体では、令和５年度の輸出額は合わせていくらになりますか？",
         category="tekki", doc=TEKKI_PDF,
         evidence=["鉄瓶・急須 18 14 412", "鍋・フライパン 22 13 365", "「風鈴・置物・インテリア用品」までの４分類"],
         answer=["911百万円"], computed=True,
         notes="(d) plus note ※１ (鉄器 = the first four rows): 412 + 365 + 88 + 46 = 911百万円; the 合計 1,476 includes the "
               "鋳物部品 rows and その他"),
    dict(question="2022年度から2023年度にかけて、金額で見て輸出額が最も増えた輸出先はどこですか？",
         category="tekki", doc=TEKKI_PDF, evidence=["米国 351 402 51", "ドイツ 112 146 34"], answer=["米国"],
         notes="(e) which row: the largest 増減 (米国 51); by rate ドイツ (+30.4 %) would lead, hence 金額で; 2022 / 2023年度 = "
               "令和４ / ５年度 (the report prints only 2024年 in Western form)"),
    dict(question="中国向けの輸出額は、前の年度と比べてどれだけ変わりましたか？",
         category="tekki", doc=TEKKI_PDF, evidence=["中国 259 236 ▲23"], answer=["▲23"],
         notes="(e) the 増減 column with ▲ (note ※２: ▲ is a decrease; 23百万円 down); 236 and 259 are the year cells"),
    dict(question="2022年度のドイツ向けの輸出額はいくらでしたか？",
         category="tekki", doc=TEKKI_PDF, evidence=["ドイツ 112 146 34"], answer=["112"],
         notes="(e) fiscal years as columns, unit only in the caption note （単位：百万円）: 2022年度 = 令和４年度; 146 "
               "(令和５年度) and 34 (増減) are the traps"),
    dict(question="工作機械や自動車の部品を鋳造している会社では、製品が重くて輸送費が高いことを課題に挙げた割合はどのくらいですか？",
         category="tekki", doc=TEKKI_PDF,
         evidence=["鋳物部品は「工作機械用部品」から", "製品が重く輸送費が高い 56.9 62.5 47.1"], answer=["47.1"],
         notes="(f) unruled table, column 鋳物部品 (note ※１ puts 工作機械用部品 and 自動車・建設機械用部品 there); 56.9 (全体) "
               "and 62.5 (鉄器) are the traps"),
    dict(question="ＩＨ調理器に対応させた鍋の会社の事例では、主にどこに輸出していますか？",
         category="tekki", doc=TEKKI_PDF, evidence=["（２）鍋製造業Ｅ社", "主な輸出先：米国、オーストラリア"],
         answer=["米国、オーストラリア"],
         notes="sibling sections （１）–（３） of ５ share the labels 主な製品, 主な輸出先, 輸出での工夫; the section is found by its "
               "輸出での工夫 (ＩＨ), （２）鍋製造業Ｅ社; フランス、米国 and ドイツ、韓国 are the siblings' values"),
    dict(question="従業員20人以下の会社のうち、輸出している会社の割合はどのくらいですか？",
         category="tekki", doc=TEKKI_PDF, evidence=["従業員20人以下の企業は81社のうち29社"], answer=["35.8%"], computed=True,
         notes="prose of ３ (firm sizes, in no table): 29 / 81 = 35.8 %; 21人以上 29 / 45 = 64.4 % and all firms 46.0 % are "
               "near misses"),
    # --- kakaku: the export price-calculation clinic guide, tables (g) (h), definitions, notes, sibling sections, steps
    dict(question="関税まで含めて相手の指定場所に届ける条件の価格を出したいという会社があります。その相談には誰が対応してくれますか？",
         category="kakaku", doc=KAKAKU_PDF, evidence=["（２）応用相談（ＣＩＦ価格・ＤＤＰ価格）", "相談員：貿易実務の専門家と通関士"],
         answer=["貿易実務の専門家と通関士"],
         notes="sibling sections （１）–（３） of ２ share the labels 対象となる価格, 相談員, １回に利用できるコマ数; the price is "
               "ＤＤＰ (輸入関税を含め、買い手の指定場所まで届ける価格), so （２）応用相談; 貿易実務の専門家 alone ((1)) is the trap"),
    dict(question="クリニックの相談を１コマ予約すると、何分相談できますか？",
         category="kakaku", doc=KAKAKU_PDF, evidence=["「１コマ」とは、50分の個別相談"], answer=["50分"],
         notes="definition 「１コマ」とは、50分の個別相談 (also in step ④)"),
    dict(question="従業員８人の県内の雑貨メーカーが、輸出先の店頭での売値の試算を１コマ頼むと、料金はいくらですか？",
         category="kakaku", doc=KAKAKU_PDF,
         evidence=["常時使用する従業員の数が20人", "「県内中小企業」の欄の料金の半額", "現地小売価格の試算（１コマ） 5,000 10,000"],
         answer=["2,500円"], computed=True,
         notes="two facts: 8人 at a manufacturer makes it a 小規模企業者, whose fee is half the 県内中小企業 fee (note ※２); (g) "
               "row 現地小売価格の試算（１コマ）: 5,000 / 2 = 2,500円; 5,000 and 10,000 are the traps"),
    dict(question="県内に支店がある大手商社が、基本相談を１コマ利用する場合の料金はいくらですか？",
         category="kakaku", doc=KAKAKU_PDF,
         evidence=["それ以外の利用者には「その他の事業者」の欄", "基本相談（１コマ） 2,000 5,000"], answer=["5,000"],
         notes="(g) note ※１: a large firm is no 県内中小企業, so column その他の事業者（円）; 2,000 is the trap"),
    dict(question="令和６年度に食料品の事業者が利用した相談は、種類を問わず全部で何コマでしたか？",
         category="kakaku", doc=KAKAKU_PDF, evidence=["食料品 48 31 22 101"], answer=["101"],
         notes="(h) the total column on the right (計), unit only in the caption note （単位：コマ）; 48 (基本相談) is the trap"),
    dict(question="2024年度の応用相談のうち、酒類・飲料の事業者の利用は何％を占めますか？",
         category="kakaku", doc=KAKAKU_PDF, evidence=["酒類・飲料 26 19 14 59", "合計 154 90 62 306"], answer=["21.1%"],
         computed=True,
         notes="(h) share within a column: 19 / 90 = 21.1 % (2024年度 = 令和６年度; the guide prints no Western year); 59 / 306 "
               "= 19.3 % over all kinds is a wrong reading"),
    dict(question="相談を受けたあと、算定結果はいつまでに送られてきますか？",
         category="kakaku", doc=KAKAKU_PDF, evidence=["相談日から５営業日以内に"], answer=["５営業日以内"],
         notes="numbered procedure, step ⑤ (the 30日 of step ⑥ and the ３営業日 of step ① are near misses)"),
    dict(question="予約した相談を取り消す場合、料金を返してもらうにはいつまでに連絡すればよいですか？",
         category="kakaku", doc=KAKAKU_PDF, evidence=["相談日の２営業日前までにご連絡ください"], answer=["２営業日前まで"],
         notes="bulleted notes for users (６), on page 3: cancel by two business days before, later cancellations are not refunded"),
    # --- followups
    dict(question="では、その経費をその他の市場向けで申請する場合、上限額はいくらですか？",
         category="followup", doc=NORI_PDF, evidence=["外国語パッケージの制作 50 400 50 300"], answer=["300"],
         history=_turns("外国語のパッケージを作る場合、検査強化市場向けの補助率は何％ですか？",
                        "外国語パッケージの制作の補助率は、検査強化市場向けで50％です[1]。"),
         notes="(a) the row from the history (外国語パッケージの制作), the other group: leaf その他の市場／上限額（千円）; 400 "
               "(検査強化市場) is the trap"),
    dict(question="その年度に交付された額は、全部でいくらでしたか？",
         category="followup", doc=NORI_PDF, evidence=["令和５年度 18 12 ５ 10,960"], answer=["10,960"],
         history=_turns("2023年度は何件の申請がありましたか？",
                        "2023年度（令和５年度）の申請は18件でした[1]。"),
         notes="(b) the year from the history (2023年度 = 令和５年度), column 交付額（千円）"),
    dict(question="それは前の年度と比べて、どれだけ増えましたか？",
         category="followup", doc=TEKKI_PDF, evidence=["フランス 88 109 21"], answer=["21"],
         history=_turns("令和５年度のフランス向けの鉄器・鋳物の輸出額はいくらでしたか？",
                        "令和５年度のフランス向けの輸出額は109百万円でした[1]。"),
         notes="(e) the row from the history (フランス), column 増減 (百万円, from the caption note)"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=TEKKI_PDF, evidence=["電話：099-994-2700"], answer=["099-994-2700"],
         history=_turns("鋳物や鉄器の輸出について、業界の団体に相談したいという会社があります。どこに相談すればよいですか？",
                        "樸県鋳物工業協同組合が輸出の相談を受け付けています[1]。"),
         notes="contact box of the survey: the 組合's phone (second line); the 班's phone 099-994-2610 and fax 099-994-2619 "
               "(first line) are the near misses"),
    dict(question="その業種で、現地小売価格の試算は何コマでしたか？",
         category="followup", doc=KAKAKU_PDF, evidence=["工芸品 17 12 ８ 37"], answer=["８"],
         history=_turns("令和６年度に、工芸品の事業者は基本相談を何コマ利用しましたか？",
                        "工芸品の事業者の基本相談は17コマでした[1]。"),
         notes="(h) the row from the history (工芸品), column 現地小売価格の試算; 37 (計) and 12 (応用相談) are the traps"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="県産海苔は、どの国向けの輸出額が一番多いのですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives only the total 輸出額 in its KPI table; the by-destination table is the cast-iron survey's",
         absent=["海苔の輸出先別", "国別の輸出額"]),
    dict(question="この補助金の審査では、どのような採点基準で評価されるのですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives the steps (書類審査 in 令和７年７月中旬), not the scoring",
         absent=["採点", "配点", "審査基準", "審査項目"]),
    dict(question="令和３年度の中国向けの鉄器・鋳物の輸出額はいくらでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the exports by destination for 令和４年度 and 令和５年度 only",
         absent=["令和３年度の輸出", "令和３年度の中国"]),
    dict(question="令和５年度の鉄器・鋳物の輸出額のうち、商社を通じて輸出した分はいくらでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives how many firms export directly (23社), and note ※２ says the totals include exports through "
               "trading houses, but not their amount",
         absent=["商社経由の輸出額", "商社等を通じた輸出の額", "間接輸出"]),
    dict(question="輸出価格算定クリニックを利用した事業者の満足度はどのくらいですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the sessions and the users (118, of whom 71 first-time), no survey of users",
         absent=["満足"]),
    dict(question="クリニックで算定した価格で、実際に商談がまとまった件数は分かりますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the sessions by industry and kind, not the deals that followed",
         absent=["成約", "商談がまとまった"]),
]
CATEGORY_COUNTS = {"nori": 11, "tekki": 10, "kakaku": 8, "followup": 5, "unanswerable": 6}
N_QUESTIONS, N_UNANSWERABLE = 40, 6
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h95q", "h95t"


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
    "主な製品別の回答企業と輸出の状況", "輸出先別の輸出額", "輸出上の課題（複数回答）",
    "相談の種類別の料金", "業種別・相談の種類別の利用コマ数")
LETTERS = dict(zip((A, B, C, D, E, F, G, H), "abcdefgh"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


COMPUTED = {  # question id -> the answer string, computed from gold cells (or, where a note says so, prose data)
    "h95q03": lambda g: f"{int(g(A, '海外見本市への出展', 'その他の市場／上限額（千円）', 2025) * FAIR_REPEAT):,}千円",
    "h95q05": lambda g: _pct(g(B, "合計", "採択件数（件）"), g(B, "合計", "申請件数（件）")),
    "h95q07": lambda g: f"{g(C, '県産海苔の輸出額（百万円）', '目標', 2024) - g(C, '県産海苔の輸出額（百万円）', '実績', 2024)}百万円",
    "h95q13": lambda g: f"{PREV_SURVEY_FY}年度",
    "h95q15": lambda g: f"{sum(g(D, r, '輸出額（百万円）', 2023) for r in TEKKI_ROWS):,}百万円",
    "h95q21": lambda g: _pct(SIZES[0][2], SIZES[0][1]),
    "h95q24": lambda g: f"{int(g(G, '現地小売価格の試算（１コマ）', '県内中小企業（円）', 2025) * SMALL_FEE):,}円",
    "h95q27": lambda g: _pct(g(H, "酒類・飲料", "応用相談", 2024), g(H, "合計", "応用相談", 2024)),
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {NORI_PDF: (2, 3), TEKKI_PDF: (2, 3), KAKAKU_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (8, 40)  # after norm
GOLD_PER_TABLE = {A: 18, B: 24, C: 12, D: 27, E: 30, F: 18, G: 10, H: 28}
TABLE_QUESTIONS = 12  # at least, outside the followups
PLANNED_DASHES = {A: [("表示規則の専門家確認", "その他の市場／補助率（％）"),
                      ("表示規則の専門家確認", "その他の市場／上限額（千円）")]}
TWO_LINE_HEADERS = {D: 3}  # tables whose value headers are printed over two lines, and how many
BEFORE_BREAK_ROWS = ("鉄瓶・急須", "鍋・フライパン")  # rows of (d) expected before the page break
CONTINUED_ROWS = ("自動車・建設機械用部品", "合計")  # and after it
UNRULED = ("issues",)


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout95.py")
    return errors + check(questions, gold, pages)


def check(questions, gold, pages) -> list[str]:
    errors = check_page_counts(pages, PAGE_COUNTS)
    errors += check_questions(questions, gold, pages)
    errors += check_gold(gold, pages)
    errors += check_prose(pages)
    errors += check_fiction(pages)
    return errors


def table_of(q) -> set:
    """The tables a question's notes name, by title or by the README letter."""
    return {t for t, l in LETTERS.items() if t in q["notes"] or f"({l})" in q["notes"]}


def printed_alone(number: str, text: str) -> bool:
    """`number` occurs in the normalised `text` as a number of its own (no digit, comma or point beside it)."""
    return re.search(r"(?<![\d.,])" + re.escape(number) + r"(?![\d.,])", text) is not None


def check_questions(questions, gold, pages) -> list[str]:
    errors = []
    doc_text = {n: norm("\n".join(p)) for n, p in pages.items()}
    absent = {q["question"]: q.get("absent", []) for q in QUESTIONS}
    if len(questions) != N_QUESTIONS:
        errors.append(f"{len(questions)} questions, expected {N_QUESTIONS}")
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
        if not 1 <= len(q["evidence"]) <= 3 and q["doc"] is not None:
            errors.append(f"{qid}: {len(q['evidence'])} evidence strings, expected 1-3")
        history = q.get("history")
        if q["category"] == "followup" and not history:
            errors.append(f"{qid}: a followup without a history")
        if history and q["category"] != "followup":
            errors.append(f"{qid}: only followups may have a history")
        if history:
            roles = [t["role"] for t in history]
            if roles != ["user", "assistant"] or len(history) != 2:
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
                bare = re.sub(r"(%|百万円|千円|万円|円|件|人|年度)$", "", nfkc(a))
                if printed_alone(bare, doc_text[q["doc"]]):
                    errors.append(f"{qid}: the computed number {bare} is printed in its document")
        if len(q["answer"]) != 1:
            errors.append(f"{qid}: expected one answer item")
        for t in table_of(q):
            if next(g["doc"] for g in gold if g["table"] == t) != q["doc"]:
                errors.append(f"{qid}: its notes name table {t} of another document")
    errors += check_question_mix(questions, CATEGORY_COUNTS, western_share=(0.35, 0.65))
    n_un = sum(q["category"] == "unanswerable" for q in questions)
    if n_un != N_UNANSWERABLE or any((q["doc"] is None) != (q["category"] == "unanswerable") for q in questions):
        errors.append(f"{n_un} unanswerable questions, expected {N_UNANSWERABLE}, each with doc null")
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
        if sum(q["doc"] == doc for q in questions) < 9:
            errors.append(f"{doc}: fewer than 9 questions")
    n_follow = sum(q["category"] == "followup" for q in questions)
    if not 5 <= n_follow <= 6:
        errors.append(f"{n_follow} follow-ups, expected 5-6")
    n_computed = sum(bool(q.get("computed")) for q in questions)
    if not 6 <= n_computed <= 10:
        errors.append(f"{n_computed} computed questions, expected 6-10")
    errors += check_computed(questions, COMPUTED, GoldIndex(gold))
    # the 「－」 cells questions ask about are no gold cells
    for q in questions:
        if "「－」" in q["notes"] and any(g["value"] == DASH for g in gold):
            errors.append(f"{q['id']}: a 「－」 cell is recorded as gold")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout95.py")
    table_pages = defaultdict(set)
    for g in gold:
        table_pages[g["table"]].add(g["page"])
    for i, g in enumerate(gold, 1):
        if list(g) != GOLD_KEYS:
            errors.append(f"gold {i}: fields {list(g)}")
            continue
        if g["id"] != f"{PREFIX_T}{i:03d}":
            errors.append(f"gold {i}: id {g['id']!r}")
        if g["value"] == DASH or norm(g["value"]) == norm(DASH):
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
        # the value must be printed in its table's row, in its column's place
        i_row = next(k for k in range(len(spec.rows)) if spec.row_label(k) == g["row"])
        col = next(c for c in spec.value_cols if spec.column_label(c) == g["column"])
        if spec.rows[i_row][col] != g["value"]:
            errors.append(f"{g['id']}: {g['value']!r} is not the cell printed at {g['row']} / {g['column']}")
        label_pages = table_pages[g["table"]] if spec.repeat_header else {min(table_pages[g["table"]])}
        for p in label_pages:
            for part in g["column"].split(GROUP_SEP):
                if norm(part) not in page_text(g["doc"], p):
                    errors.append(f"{g['id']}: column {part!r} not on page {p} of {g['doc']}")
        if norm(g["table"]) not in doc_text[g["doc"]]:
            errors.append(f"{g['id']}: table title not in text")
    keys = [(g["table"], g["row"], g["column"], g["fiscal_year"], tuple(g["fiscal_year_range"] or ())) for g in gold]
    if len(set(keys)) != len(keys):
        errors.append("the key (table, row, column, fiscal_year, fiscal_year_range) is not unique")
    row_page = {(g["table"], g["row"]): g for g in gold}
    for title, spec in specs.items():
        for i in range(len(spec.rows)):
            g = row_page.get((title, spec.row_label(i)))
            if g is None:
                errors.append(f"{title} / {spec.row_label(i)}: no gold cell")
                continue
            # each printed row, cell after cell (the 「－」 cells included), on its page
            if norm(" ".join(spec.printed_row(i))) not in page_text(g["doc"], g["page"]):
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

    def adds_up(table, cols, rows=None, total="合計"):
        tab = t[table]
        rows = rows if rows is not None else [r for r in tab if r != total]
        for col in cols:
            if tab[total][col] != sum(tab[r][col] for r in rows):
                errors.append(f"{table}: {total} of {col} does not add up")

    # (a): caps within the firm cap of note ※３ (万円 -> 千円); the strict markets' rates at least the others'
    for row, r in t[A].items():
        caps = [v for k, v in r.items() if k.endswith("上限額（千円）")]
        if any(v > FIRM_CAP * 10 for v in caps):
            errors.append(f"{A} / {row}: a cap above the firm cap of note ※３")
        other = r.get("その他の市場／補助率（％）")
        if other is not None and r["検査強化市場／補助率（％）"] < other:
            errors.append(f"{A} / {row}: 検査強化市場 rate below その他の市場")
    # (b): growing applications; small firms within adoptions within applications; grants within the caps; 合計 adds up
    b = t[B]
    years = [era(y) for y, *_x in RECORD]
    ns = [b[y]["申請件数（件）"] for y in years]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for row, r in b.items():
        if not r["うち小規模企業者（件）"] <= r["採択件数（件）"] <= r["申請件数（件）"] \
                or r["交付額（千円）"] > r["採択件数（件）"] * FIRM_CAP_SMALL * 10:
            errors.append(f"{B} / {row}: adoptions or grants out of range")
    adds_up(B, ("申請件数（件）", "採択件数（件）", "うち小規模企業者（件）", "交付額（千円）"), years)
    # (c): 達成率 = 実績 / 目標, whole per cent, half up (note ※５)
    for row, r in t[C].items():
        if r["達成率（％）"] != pct0(r["実績"], r["目標"]):
            errors.append(f"{C} / {row}: 達成率 is not 実績 / 目標 rounded half up")
    # (d): 合計 adds up; exporters within respondents; totals equal the firm sizes of the prose
    d = t[D]
    adds_up(D, ("回答企業数（社）", "うち輸出企業（社）", "輸出額（百万円）"))
    if any(r["うち輸出企業（社）"] > r["回答企業数（社）"] for r in d.values()):
        errors.append(f"{D}: more exporters than respondents")
    if d["合計"]["回答企業数（社）"] != sum(s[1] for s in SIZES) or d["合計"]["うち輸出企業（社）"] != sum(s[2] for s in SIZES):
        errors.append(f"{D}: 合計 differs from the firm sizes of the prose")
    if set(TEKKI_ROWS) | set(IMONO_ROWS) | {"その他", "合計"} != set(d):
        errors.append(f"{D}: the rows are not the 鉄器 and 鋳物部品 classes of note ※１ and その他")
    # (e): 合計 adds up; 増減 = 令和５年度 − 令和４年度; its 令和５年度 total equals (d)'s exports
    e = t[E]
    y4, y5 = era(DEST_YEARS[0]), era(DEST_YEARS[1])
    adds_up(E, (y4, y5, "増減"))
    for row, r in e.items():
        if r["増減"] != r[y5] - r[y4]:
            errors.append(f"{E} / {row}: 増減 is not the difference of the years")
    if e["合計"][y5] != d["合計"]["輸出額（百万円）"]:
        errors.append(f"{E}: the 令和５年度 total differs from {D}")
    # (f): the per cents come from the counts; the ｎ from (d) and note ※１
    n_all, n_t, n_i = issue_n()
    if n_all != d["合計"]["うち輸出企業（社）"] or n_t != sum(d[x]["うち輸出企業（社）"] for x in TEKKI_ROWS) \
            or n_i != sum(d[x]["うち輸出企業（社）"] for x in IMONO_ROWS):
        errors.append(f"{F}: the ｎ differ from {D}")
    for name, a, bb, o in ISSUES:
        r = t[F][name]
        want = (pct1(a + bb + o, n_all), pct1(a, n_t), pct1(bb, n_i))
        if tuple(Decimal(str(r[k])) for k in ("全体", "鉄器", "鋳物部品")) != want or a > n_t or bb > n_i:
            errors.append(f"{F} / {name}: per cents differ from the counts")
    if sum(o for *_x, o in ISSUES) and n_all - n_t - n_i != 1:
        errors.append(f"{F}: note ※３ says 全体 includes one firm of その他")
    # (g): the other users pay more than the small and medium firms of the prefecture
    for row, r in t[G].items():
        if r["その他の事業者（円）"] <= r["県内中小企業（円）"]:
            errors.append(f"{G} / {row}: その他の事業者 should pay more than 県内中小企業")
    # (h): 合計 adds up; 計 is the row sum
    h_cols = ("基本相談", "応用相談", "現地小売価格の試算")
    adds_up(H, h_cols + ("計",))
    for row, r in t[H].items():
        if r["計"] != sum(r[k] for k in h_cols):
            errors.append(f"{H} / {row}: 計 is not the sum of the row")
    return errors


def _lines(page: str) -> list[str]:
    return [norm(x) for x in page.splitlines() if norm(x)]


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    # (d): split across a page break, header only on the first page, note ※１ on the continuation page
    prod = specs["products"]
    bp = sorted({g["page"] for g in gold if g["table"] == D})
    if len(bp) != 2 or bp[1] != bp[0] + 1:
        errors.append(f"{D} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(prod.header[0]))
        on = [i + 1 for i, p in enumerate(pages[TEKKI_PDF]) if header in norm(p)]
        if prod.repeat_header or on != bp[:1]:
            errors.append(f"{D}: header printed on pages {on}, expected only on {bp[:1]}")
        for c in range(1, len(prod.header[0])):  # not even one header cell on the continuation page
            if norm(prod.header[0][c]) in norm(pages[TEKKI_PDF][bp[1] - 1]):
                errors.append(f"{D}: header cell {prod.header[0][c]!r} repeated on page {bp[1]}")
        first = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[1]}
        if not 2 <= len(first) <= 7:
            errors.append(f"{D}: {len(first)} rows before the page break, expected 2-7")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{D}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        cont_lines = _lines(pages[TEKKI_PDF][bp[1] - 1])
        first_row = norm(prod.rows[len(first)][0])
        k = cont_lines.index(first_row) if first_row in cont_lines else -1
        if k < 0 or any(norm(x) in "".join(cont_lines[:k]) for x in ("主な製品", "企業数", "百万円")):
            errors.append(f"{D}: the continuation page should start with a data row after the running header")
        if norm("マンホールのふた等") not in norm(pages[TEKKI_PDF][bp[1] - 1]):
            errors.append(f"{D}: note ※１ should follow the table on the continuation page")
    for key, spec in specs.items():
        if key == "products":
            continue
        tp = {g["page"] for g in gold if g["table"] == spec.title}
        if len(tp) != 1:
            errors.append(f"{spec.title} is on pages {sorted(tp)}, expected one page")
    if {k for k, s in specs.items() if not s.ruled} != set(UNRULED):
        errors.append(f"only {F} must be drawn without ruling lines")
    # two-line headers: every value header of the listed tables has a line break and is printed over two lines
    for title, n in TWO_LINE_HEADERS.items():
        spec = next(s for s in specs.values() if s.title == title)
        cells = [h for h in spec.header[-1] if "\n" in h]
        if len(cells) != n:
            errors.append(f"{title}: {len(cells)} header cells over two lines, expected {n}")
        tp = min(g["page"] for g in gold if g["table"] == title)
        lines = _lines(pages[spec.doc][tp - 1])
        for h in cells:
            a, b = (norm(x) for x in h.split("\n"))
            if not any(lines[k] == a and lines[k + 1] == b for k in range(len(lines) - 1)):
                errors.append(f"{title}: header {h!r} is not printed over two lines")
    if any("\n" in h for s in specs.values() if s.title not in TWO_LINE_HEADERS for row in s.header for h in row):
        errors.append("only the tables in TWO_LINE_HEADERS have two-line headers")
    # 「－」 cells exactly where planned, explained by a note, never gold
    for spec in specs.values():
        got = spec.dash_cells()
        if got != PLANNED_DASHES.get(spec.title, []):
            errors.append(f"{spec.title}: 「－」 cells {got}, planned {PLANNED_DASHES.get(spec.title, [])}")
    gold_keys = {(g["table"], g["row"], g["column"]) for g in gold}
    for title, cells in PLANNED_DASHES.items():
        for row, col in cells:
            if (title, row, col) in gold_keys:
                errors.append(f"{title}: the 「－」 cell {row} / {col} is a gold cell")
    if norm("「－」は補助の対象外") not in norm("\n".join(pages[NORI_PDF])):
        errors.append(f"{A}: the note explaining 「－」 is missing")
    # (a): two header rows, three spans, group／leaf columns with the leaves repeated under both groups
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = [f"{grp}{GROUP_SEP}{leaf}" for grp in MARKET_GROUPS for leaf in ("補助率（％）", "上限額（千円）")]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "千円"}:
        errors.append(f"{A}: units should come from the leaf headers")
    # (b): years as rows, then a 合計 row over the five years
    bg = [g for g in gold if g["table"] == B]
    if [g["fiscal_year"] for g in bg][:-4:4] != [y for y, *_x in RECORD] \
            or any(g["fiscal_year_range"] != [2020, 2024] for g in bg if g["row"] == "合計") \
            or bg[-1]["row"] != "合計":
        errors.append(f"{B}: expected years as rows and a 合計 row over [2020, 2024]")
    # (c): KPI columns and a unit per row from the label's bracket
    cg = [g for g in gold if g["table"] == C]
    if list(dict.fromkeys(g["column"] for g in cg)) != ["目標", "実績", "達成率（％）"] \
            or {g["row"]: g["unit"] for g in cg if g["column"] == "目標"} != {n: bracket_unit(n) for n, *_x in KPIS} \
            or {g["unit"] for g in cg if g["column"] == "達成率（％）"} != {"%"}:
        errors.append(f"{C}: expected 目標 / 実績 / 達成率 with each row's unit from its label")
    # (e): ▲ exactly on the negative numbers; the 増減 cells cover both years
    eg = [g for g in gold if g["table"] == E]
    if not any(g["number"] < 0 for g in eg) or any(g["value"].startswith(DECREASE) != (g["number"] < 0) for g in eg):
        errors.append(f"{E}: ▲ should mark exactly the decreases")
    if any(g["fiscal_year_range"] != [2022, 2023] for g in eg if g["column"] == "増減") \
            or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in eg if g["column"] != "増減"):
        errors.append(f"{E}: expected the years as columns and 増減 cells with [2022, 2023]")
    ranged = {(g["table"], g["column"] if g["table"] == E else g["row"]) for g in gold if g["fiscal_year_range"]}
    if ranged != {(E, "増減"), (B, "合計")}:
        errors.append(f"only (e)'s 増減 and (b)'s 合計 may have a fiscal_year_range, got {ranged}")
    # units only in a caption note: (e), (f), (h) (no unit in their headers)
    for title, unit, note in ((E, "百万円", "（単位：百万円）"), (F, "%", "（単位：％）"), (H, "コマ", "単位：コマ）")):
        spec = next(s for s in specs.values() if s.title == title)
        if {g["unit"] for g in gold if g["table"] == title} != {unit} or norm(note) not in norm("\n".join(pages[spec.doc])) \
                or any("（" in h for row in spec.header for h in row):
            errors.append(f"{title}: the unit should be given only in the caption note {note}")
    # (h): a total column on the right
    if list(dict.fromkeys(g["column"] for g in gold if g["table"] == H))[-1] != "計":
        errors.append(f"{H}: expected 計 as the last column")
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
        got = re.findall(r"\d{3}-\d{3}-\d{4}", text)
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
    nt = norm("\n".join(pages[NORI_PDF]))
    siblings(nt, NORI_PDF, ("輸出先：", "活用した経費：", "交付額："), [c[0] for c in NORI_CASES])
    if norm(f"延べ{sum(r[2] for r in RECORD)}件、{sum(r[4] for r in RECORD) // 10:,}万円") not in nt \
            or sum(r[4] for r in RECORD) % 10:
        errors.append("call: the totals in the prose differ from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件を採択しました（うち小規模企業者{fw(last[3])}件）") not in nt:
        errors.append("call: the 令和６年度 figures in the prose differ from (b)")
    met = sum(a >= t for _n, t, a in KPIS)
    if norm(f"４項目のうち{fw(met)}項目で目標を達成") not in nt or met != 2:
        errors.append("call: the KPIs met in the prose differ from (c)")
    rates = {r[0]: r for r in RATES}
    for head, where, _what, amount, items, grp in NORI_CASES:
        caps = [rates[x][2 + 2 * grp] for x in items]
        if any(c is None for c in caps) or int(amount.rstrip("万円")) * 10 > min(FIRM_CAP * 10, sum(caps)):
            errors.append(f"call: case {head} exceeds its caps or uses a 「－」 cost")
        if (grp == 0) != any(m in where for m in ("米国", "英国", "フランス", "ドイツ")) \
                or MARKET_GROUPS[grp] not in where:
            errors.append(f"call: case {head} is under the wrong market group")
    if re.findall(r"20\d\d年", nt) != ["2020年"]:
        errors.append("call: only 2020年度 should be printed in Western form")
    defs(nt, ("県産海苔", "検査強化市場", "小規模企業者"), "call")
    for x in NORI_EXCLUDED:
        if norm(x) not in nt:
            errors.append(f"call: the cost not covered {x} is missing")
    bullets_in(NORI_PDF, len(NORI_EXCLUDED), "call")
    raw = "\n".join(pages[NORI_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("call: expected three Ｑ lines and three Ａ lines")
    steps_of(NORI_PDF, "①②③④⑤⑥⑦", "call")
    contacts(NORI_PDF, ["099-991-3140", "099-991-3149", "099-991-3200"], ["boku-nori@example.jp"], "call")

    # ---- the survey of cast-iron ware and foundry makers
    tt = norm("\n".join(pages[TEKKI_PDF]))
    siblings(tt, TEKKI_PDF, ("主な製品：", "主な輸出先：", "輸出での工夫："), [c[0] for c in TEKKI_CASES])
    total, n_all = sum(r[1] for r in PRODUCTS), sum(r[2] for r in PRODUCTS)
    ta, tb = sum(r[1] for r in DESTINATIONS), sum(r[2] for r in DESTINATIONS)
    if norm(f"{total}社（回答率{pct1(total, TARGET)}％）") not in tt \
            or norm(f"回答企業{total}社のうち{n_all}社（{pct1(n_all, total)}％）") not in tt \
            or norm(f"輸出額の合計は{tb:,}百万円で、前年度より{pct1(tb - ta, ta)}％増えた") not in tt:
        errors.append("survey: the response and export figures in the prose differ from (d) and (e)")
    if Decimal(PREV_SHARE) >= pct1(n_all, total) or norm(f"前回調査の{PREV_SHARE}％から増えた") not in tt:
        errors.append("survey: 「前回調査の…％から増えた」 does not hold")
    if DIRECT >= n_all or norm(f"直接輸出を行う企業は{DIRECT}社") not in tt \
            or norm(f"輸出していない{total - n_all}社のうち、今後の輸出を検討している企業は{CONSIDERING}社") not in tt:
        errors.append("survey: the prose figures on direct exports and non-exporters do not hold")
    (s_name, s_n, s_e), (l_name, l_n, l_e) = SIZES
    if norm(f"{s_name}の企業は{s_n}社のうち{s_e}社、{l_name}の企業は{l_n}社のうち{l_e}社") not in tt \
            or not s_e / s_n < l_e / l_n:
        errors.append("survey: the firm sizes in the prose differ from the data")
    _n, n_t, _i = issue_n()
    if norm(f"鉄器の輸出企業{n_t}社のうち") not in tt or RUSTPROOF > n_t:
        errors.append("survey: the rust-proofing figure does not fit the 鉄器 exporters")
    by_export = [r[0] for r in sorted(PRODUCTS, key=lambda r: -r[3])]
    if by_export[:2] != ["鉄瓶・急須", "鍋・フライパン"]:
        errors.append("survey: 「鉄瓶・急須…最も多く、鍋・フライパンが続く」 does not hold")
    top5 = max(DESTINATIONS[:-1], key=lambda r: r[2])[0]
    down = sorted(d for d, a, b in DESTINATIONS if b < a)
    if top5 != "米国" or down != sorted(["中国", "香港"]) \
            or not all(b > a for d, a, b in DESTINATIONS if d in ("ドイツ", "フランス")):
        errors.append("survey: 米国 first, ドイツ and フランス up, 中国 and 香港 down does not hold")
    ranked = sorted(DESTINATIONS, key=lambda r: -(r[2] - r[1]))
    by_rate = sorted(DESTINATIONS, key=lambda r: -(r[2] - r[1]) / r[1])
    if ranked[0][0] != "米国" or ranked[0][2] - ranked[0][1] == ranked[1][2] - ranked[1][1] or by_rate[0][0] == "米国":
        errors.append("survey: h95q16 needs 米国 to lead the 増減 by amount only")
    n_all2, n_t2, n_i2 = issue_n()
    tops = [max(ISSUES, key=lambda r: r[1] + r[2] + r[3])[0], sorted(ISSUES, key=lambda r: -r[1])[1][0],
            max(ISSUES, key=lambda r: r[2])[0]]
    if tops != ["製品が重く輸送費が高い", "海上輸送中のさびの発生", "輸出先の規格・認証への対応"]:
        errors.append("survey: the tops of (f) in the prose do not hold")
    if re.findall(r"20\d\d年", tt) != ["2024年"]:
        errors.append("survey: only 2024年 (調査基準日) should be printed in Western form")
    defs(tt, ("鉄器", "鋳物部品", "輸出企業", "前回調査"), "survey")
    bullets_in(TEKKI_PDF, 3, "survey")
    steps_of(TEKKI_PDF, "①②③④", "survey")
    contacts(TEKKI_PDF, ["099-994-2610", "099-994-2619", "099-994-2700"], ["boku-imono@example.jp"], "survey")

    # ---- the clinic guide
    kt = norm("\n".join(pages[KAKAKU_PDF]))
    siblings(kt, KAKAKU_PDF, ("対象となる価格：", "相談員：", "１回に利用できるコマ数："), [k[0] for k in KINDS])
    tot = sum(sum(r[1:]) for r in USES)
    if norm(f"令和６年度の利用は{tot}コマで、前年度の{PREV_USES}コマから{tot - PREV_USES}コマ増えました") not in kt \
            or norm(f"利用した事業者は{USERS}事業者で、そのうち初めて利用した事業者は{FIRST_USERS}事業者") not in kt \
            or FIRST_USERS > USERS:
        errors.append("guide: the use figures in the prose differ from (h)")
    basic = sum(r[1] for r in USES)
    if max(USES, key=lambda r: sum(r[1:]))[0] != "食料品" or not 0.5 <= basic / tot < 0.55:
        errors.append("guide: 「食料品が最も多く」 or 「基本相談が半数を占め」 does not hold")
    if [f[0] for f in FEES[:3]] != [f"{k}（１コマ）" for k in ("基本相談", "応用相談", "現地小売価格の試算")]:
        errors.append("guide: the first three rows of (g) should be the three kinds of consultation")
    if re.findall(r"20\d\d年", kt):
        errors.append("guide: no Western year should be printed")
    defs(kt, ("輸出価格", "１コマ", "算定シート", "営業日"), "guide")
    bullets_in(KAKAKU_PDF, 4, "guide")
    steps_of(KAKAKU_PDF, "①②③④⑤⑥", "guide")
    contacts(KAKAKU_PDF, ["099-997-4410", "099-997-4419", "099-997-4500"], ["boku-kakaku@example.jp"], "guide")
    return errors


def check_fiction(pages) -> list[str]:
    """Every phone number is 099-99x-xxxx, every mail address under example.jp; the prefecture is 樸県 only."""
    errors = []
    for name, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,5}-\d{2,5}-\d{3,5}", text):
            if not re.fullmatch(PHONE_RE, ph):
                errors.append(f"{name}: phone number {ph} is not 099-99x-xxxx")
        for mail in re.findall(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+", text):
            if not mail.endswith(MAIL_DOMAIN):
                errors.append(f"{name}: mail address {mail} outside {MAIL_DOMAIN}")
        if "@" in text and text.count("@") != len(re.findall(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+", text)):
            errors.append(f"{name}: an @ outside a mail address")
        if PREF not in p[0] or LOOKALIKE_PREF in text or LOOKALIKE_PREF[0] in text:
            errors.append(f"{name}: the prefecture should be {PREF} only")
        others = set(re.findall(r"(?<![一-龥])([一-龥])県", nfkc("\n".join(p)))) - {PREF[0], "本"}
        if others:
            errors.append(f"{name}: other prefectures named: {sorted(others)}")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
