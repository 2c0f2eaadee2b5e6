"""Build the 杜県 held-out set 83: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (杜県 and every town, scheme, organisation, company, phone number,
mail address and figure). The documents are in three genres the earlier sets do not use: a call
for applications (募集要項) for a subsidy towards small makers' conformity of small machinery and
drones with the safety and radio rules of their export markets (小型機械・ドローン輸出適合支援補助金)
with a two-level header whose groups are the products and whose leaves are the rate and the cap
(「－」 for a cost not covered), a yearly record (years as rows, header cells over two lines, a 「－」
for a year still being tallied) and a KPI table (目標 / 実績 / 達成率); the report of a survey of the
prefecture's factory-automation equipment makers on their exports (ＦＡ機器メーカーの輸出に関する実態
調査) with the firms by product field (a table continued over a page break without its header), the
exports by destination in two fiscal years with a 増減 column (▲ for decreases) and an unruled table
of the issues by direct and indirect exporters; and the user guide (利用案内) of a prefectural desk
helping firms register GS1 barcodes for export products (輸出商品ＧＳ１バーコード登録支援窓口) with the
fees (「－」 for a service other users cannot use, a half fee for small firms in a note) and the uses
by industry with a total column on the right; see README.md beside this file.

    python make_heldout83.py [OUTPUT_DIR]          # default: this file's directory

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

KIKI_PDF = "mori_kogata_kikai_drone_yushutsu_tekigo_hojokin_boshu_yoko_r7.pdf"
FA_PDF = "mori_fa_kiki_maker_yushutsu_jittai_chosa_r6.pdf"
GS1_PDF = "mori_gs1_barcode_toroku_shien_madoguchi_riyo_annai_r7.pdf"
ALL_PDFS = (KIKI_PDF, FA_PDF, GS1_PDF)

UNITS = ("百万円", "千円", "万円", "円", "件", "社", "人", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
DASH = "－"  # a cell with no figure (each table's note says why); never a gold cell
PHONE_RE = r"099-87\d-\d{4}"  # every phone number of the set: 099-87x-xxxx
MAIL_DOMAIN = "@example.jp"
FORBIDDEN_PREFS = ("槻県",)  # must occur in no document


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
    neg = v.startswith("▲")
    number, unit = docgen.parse_number(v.lstrip("▲"), UNITS)
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
    """k / n in whole per cent, rounded half up (the 達成率 of the KPI table)."""
    return int(half_up(Decimal(k * 100) / Decimal(n), "1"))


def cell(x) -> str:
    """A table cell: None -> 「－」, an int as docgen prints it (single digits full-width, a
    negative number with ▲), a Decimal with one decimal."""
    if x is None:
        return DASH
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return f"▲{fw(-x)}" if x < 0 else fw(x)


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf and optional columns
    that compare two fiscal years (a 増減 column, a fiscal_year_range)."""

    col_range: dict | None = None  # {col: [first, last]} for columns spanning fiscal years

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
    """The gold cells of a table: every value cell except those printed 「－」."""
    out = []
    for i, r in enumerate(spec.rows):
        for c in spec.value_cols:
            value = r[c]
            if value == DASH:
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


def qa_lines(pairs):
    st = []
    for i, (q, a) in enumerate(pairs, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    return st


PREF = "杜県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: small machinery and drones, call for applications
KIKI = f"{PREF}小型機械・ドローン輸出適合支援補助金"
KIKI_DEPT = f"{PREF} 商工労働部 産業振興課"
KIKI_DESK = f"{PREF}ものづくり輸出相談室"
KIKI_ORG = f"公益財団法人{PREF}産業振興機構"
PLAN = f"{PREF}ものづくり輸出拡大プラン"
PRODUCTS = ("小型機械", "ドローン")  # the groups of the two-level header
RATES = [  # 経費区分; 小型機械: 補助率（％）, 上限額（千円）; ドローン: 補助率（％）, 上限額（千円） (令和７年度); None = 「－」
    ("認証機関による審査・認証", 50, 1500, 60, 2000),
    ("安全・ＥＭＣ試験", 50, 1000, 60, 1200),
    ("電波（無線）認証試験", None, None, 60, 800),
    ("技術文書・取扱説明書の翻訳", 50, 500, 50, 500),
    ("専門家による指導", 50, 300, 50, 300),
]
FIRM_CAP = {"小型機械": 300, "ドローン": 400}  # note ※２: 万円 per firm (the table is in 千円)
SMALL_BONUS = 10  # note ※３: points added to the rate for a 小規模企業者
EU_ITEM, EU_FACTOR = "認証機関による審査・認証", Decimal("1.5")  # note ※４: its cap × 1.5 for ＥＵ and 英国
RECORD = [  # 年度, 申請件数, 採択件数, 交付額（千円）, うち認証取得 (None = 「－」, still being tallied)
    (2020, 9, 6, 5820, 5), (2021, 13, 8, 8140, 7), (2022, 18, 11, 12460, 10),
    (2023, 22, 13, 15380, 9), (2024, 27, 15, 18950, None),
]
KPIS = [  # 指標（単位）, 目標, 実績 (令和６年度; 達成率 = 実績 / 目標, whole per cent)
    ("適合性評価を終えた製品数（件）", 14, 12),
    ("輸出を始めた事業者数（社）", 10, 11),
    ("補助対象製品の輸出額（百万円）", 250, 287),
    ("説明会・相談会の参加者数（人）", 120, 126),
]
KIKI_CASES = [  # 見出し, 輸出先, 対象製品, 補助金の額 (same labels in every sibling section); product; cost items
    ("農業機械製造業Ａ社（杜市）", "フランス", "小型の草刈機（乗用型）", "2,380千円", "小型機械",
     ("認証機関による審査・認証", "安全・ＥＭＣ試験", "技術文書・取扱説明書の翻訳")),
    ("ドローン製造業Ｂ社（深沢市）", "米国", "農薬散布用ドローン", "2,760千円", "ドローン",
     ("認証機関による審査・認証", "電波（無線）認証試験")),
    ("林業機械製造業Ｃ社（萱野町）", "カナダ", "小型の薪割り機", "1,120千円", "小型機械",
     ("安全・ＥＭＣ試験", "技術文書・取扱説明書の翻訳")),
]
EU_MARKETS = ("フランス", "ドイツ", "イタリア", "英国")  # case markets to which note ※４ applies
KIKI_EXCLUDED = [  # 補助の対象にならない経費
    "製品の設計変更、改良又は試作に要する経費",
    "輸出先での広告費及び展示会への出展費",
    "認証を維持するための費用（２年目以降の更新料等）",
    "交付決定の日より前に発注し、又は支払った経費",
]


def kiki_specs():
    def v(x):
        return cell(x)

    rates = TableSpec(
        key="rates", doc=KIKI_PDF, title="経費区分別の補助率と上限額",
        header=[["経費区分", "小型機械", "", "ドローン", ""],
                ["", "補助率（％）", "上限額（千円）", "補助率（％）", "上限額（千円）"]],
        rows=[[n, v(a), v(b), v(c), v(d)] for n, a, b, c, d in RATES],
        col_widths=[58 * mm, 25 * mm, 27 * mm, 25 * mm, 27 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[-1])
    record = TableSpec(
        key="record", doc=KIKI_PDF, title="申請・採択と交付の実績",
        header=[["年度", "申請\n件数（件）", "採択\n件数（件）", "交付額\n（千円）", "うち認証\n取得（件）"]],
        rows=[[era(y), fw(a), fw(b), fw(g), cell(k)] for y, a, b, g, k in RECORD],
        col_widths=[30 * mm, 30 * mm, 30 * mm, 32 * mm, 32 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    kpi = TableSpec(
        key="kpi", doc=KIKI_PDF, title="成果指標の目標と実績",
        header=[["指標", "目標", "実績", "達成率（％）"]],
        rows=[[n, fw(t), fw(a), fw(pct0(a, t))] for n, t, a in KPIS],
        col_widths=[70 * mm, 26 * mm, 26 * mm, 30 * mm], table_fy=2024,
    )
    kpi.unit = lambda row, c, s=kpi: "%" if c == 3 else bracket_unit(row[0])
    return rates, record, kpi


def kiki_story(specs):
    rates, record, kpi = specs
    n_all, amt_all = sum(r[2] for r in RECORD), sum(r[3] for r in RECORD)
    last = RECORD[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{KIKI} 募集要項", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(KIKI_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　目的", H1)]
    st += paras(f"""
県内の中小企業が製造する小型機械とドローンを海外に輸出する際に求められる、輸出先の安全規格や電波に関する規則への適合に要する経費の一部を補助します。制度を始めた令和２年度（2020年度）から令和６年度までに、延べ{n_all}件、{amt_all:,}千円を交付しました。
""", 0)
    st += [P("２　募集の概要", H1)]
    st += lv_lines([
        ("補助事業名", KIKI),
        ("補助対象者", "県内に本社又は主たる工場を有する中小企業者で、自社で製造する小型機械又はドローンを輸出しようとするもの"),
        ("募集期間", "令和７年５月12日から６月27日まで（必着）"),
        ("予算額", "2,400万円"),
        ("採択予定件数", "16件程度"),
        ("補助事業期間", "交付決定の日から令和８年２月13日まで"),
    ], 0)
    st += paras("""
この要項において「小型機械」とは、農業機械、林業機械その他の作業用の機械で、質量が500キログラム以下のものをいいます。「ドローン」とは、人が乗らずに遠隔操作又は自動操縦で飛行する機体（無人航空機）をいいます。「適合性評価」とは、製品が輸出先の安全規格、電波に関する規則等に適合していることを、試験、審査等によって確かめることをいいます。また、「小規模企業者」とは、常時使用する従業員の数が20人以下の中小企業者をいいます。
""", 0)
    st += [P("３　補助対象経費と補助率", H1)]
    st += paras("補助率と上限額は、経費区分ごとに、対象とする製品によって次のとおりです。", 0)
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 対象とする製品が小型機械の場合は「小型機械」の欄を、ドローンの場合は「ドローン」の欄を適用します。「－」は補助の対象にならないことを示し、無線の機能を持つ小型機械の場合も同様です。",
        f"※２ 補助金の額は、１事業者当たり{FIRM_CAP['小型機械']}万円（ドローンは{FIRM_CAP['ドローン']}万円）を上限とし、千円未満の端数は切り捨てます。",
        f"※３ 小規模企業者が申請する場合は、上表の補助率に{SMALL_BONUS}ポイントを加えます（上限額は変わりません）。",
        "※４ 輸出先がＥＵ加盟国又は英国の場合は、「認証機関による審査・認証」の上限額を上表の1.5倍とします（※２の上限は変わりません）。",
    ])
    st += paras("次の経費は補助の対象になりません。", 0)
    st += bullets(KIKI_EXCLUDED, 0)
    st += [P("４　申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（産業振興課又は{KIKI_DESK}へ）",
        "② 申請書の提出（募集期間内に、事業計画書、製品の仕様書及び見積書を添えて提出）",
        "③ 審査（書類審査と面談、令和７年７月中旬）",
        "④ 採択と交付決定の通知（令和７年８月上旬）",
        "⑤ 補助事業の実施（令和８年２月13日までに完了すること）",
        "⑥ 実績報告（事業の完了から30日以内。遅くとも令和８年２月27日まで）",
        "⑦ 補助金の額の確定と支払（令和８年３月）",
    ], 0)
    st += [P("５　これまでの実績", H1)]
    met = [n for n, t, a in KPIS if a >= t]
    missed = [n for n, t, a in KPIS if a < t]
    st += paras(f"""
申請件数は毎年増えており、令和６年度は{last[1]}件の申請があり、{last[2]}件を採択しました。令和６年度の成果指標は、４指標のうち{fw(len(met))}指標で目標を達成しましたが、「{missed[0].split('（')[0]}」は目標に届きませんでした。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += notes([
        "※５ 「うち認証取得」は、その年度に採択した案件のうち、令和７年３月末までに輸出先の認証を取得したものの件数です。令和６年度の採択分は、認証の手続が続いているため集計しておらず、「－」としています。",
    ])
    st += [caption(kpi.title, "（令和６年度）"), kpi.flowable(), Spacer(1, 2)]
    st += notes([
        f"※６ 目標は「{PLAN}」によります。達成率は、実績を目標で割った値を百分率で表し、小数点以下を四捨五入しています。",
    ])
    st += [CondPageBreak(SIBLING_ROOM + 12 * mm), P("６　活用事例（令和６年度）", H1)]
    for i, (head, where, what, amount, _p, _items) in enumerate(KIKI_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("輸出先", where), ("対象製品", what), ("補助金の額", amount)], 1)
    st += [P("７　よくある質問", H1)]
    st += qa_lines([
        ("中古の機械を整備して輸出する場合も、対象になりますか。",
         "対象になりません。自社で製造する新品の製品に限ります。"),
        ("認証を取得できなかった場合、補助金を返還するのですか。",
         "返還の必要はありません。ただし、試験の結果と今後の対応を実績報告書に記載してください。"),
        ("型式の異なる製品を、まとめて申請できますか。",
         "できません。同じ型式の製品群に限り、１件として申請できます。"),
    ])
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KIKI_DEPT} 輸出促進班　電話：099-871-4410　ファクス：099-871-4419",
        f"{KIKI_DESK}（{KIKI_ORG}内、事前相談）　電話：099-871-4500",
        "電子メール：mori-kiki@example.jp",
    ]))
    return st


# ================================================================ document 2: FA equipment makers' exports, survey report
FA = f"{PREF}内ＦＡ機器メーカーの輸出に関する実態調査"
FA_DEPT = f"{PREF} 産業政策部 ものづくり振興課"
KOGYOKAI = f"一般社団法人{PREF}機械工業会"
TARGET = 420  # 調査対象の事業者 (全数)
FIELDS = [  # 製品分野, 回答企業数, 輸出企業, うち直接輸出企業, 輸出額（百万円） (令和５年度)
    ("産業用ロボット", 18, 12, 9, 2140), ("搬送・物流装置", 22, 11, 6, 1260), ("制御機器", 17, 10, 7, 1580),
    ("センサ・計測機器", 25, 15, 9, 1930), ("検査・画像処理装置", 14, 9, 6, 870),
    ("省力化専用機", 31, 13, 5, 1420), ("空圧・油圧機器", 16, 8, 4, 760), ("工具・治具", 21, 7, 2, 310),
    ("部品・その他", 25, 11, 3, 540),
]
DEST_YEARS = (2022, 2023)
DESTS = [  # 輸出先, 令和４年度, 令和５年度 (百万円; 増減 = 令和５年度 − 令和４年度)
    ("中国", 2960, 2540), ("台湾", 1180, 1310), ("韓国", 870, 820), ("ＡＳＥＡＮ", 1960, 2360),
    ("インド", 410, 690), ("北米", 1350, 1620), ("欧州", 760, 910), ("その他", 390, 560),
]
ISSUES = [  # 輸出の課題, 回答数: 直接輸出企業, 間接輸出企業 (複数回答)
    ("海外での保守・修理体制", 31, 18), ("輸出先の安全規格・認証への対応", 27, 14),
    ("現地の代理店・販売先の確保", 16, 21), ("海外の技術者・営業人材の不足", 22, 9),
    ("価格競争（海外製品との競合）", 14, 12), ("輸出管理（該非判定）の手続", 9, 5),
]
SIZES = (("50人未満", 112, 38), ("50人以上300人未満", 58, 41), ("300人以上", 19, 17))  # 従業員数: 回答企業, 輸出企業 (prose only)
PLANNING = 28  # firms not exporting that plan to (prose only)
SERVICE_BASES = 24  # firms with a maintenance and service base abroad (prose only)
FA_CASES = [  # 見出し, 主な輸出先, 輸出の形態, 工夫していること (same labels in every sibling section)
    ("産業用ロボット製造業Ｄ社（杜市）", "中国、タイ", "直接輸出（現地の代理店を通じた販売を含む）",
     "タイに保守の担当者を置き、故障の連絡から48時間以内に訪問している"),
    ("センサ製造業Ｅ社（深沢市）", "ドイツ、米国", "直接輸出",
     "欧州の規格の認証を先に取得し、その試験データを米国向けにも使っている"),
    ("省力化専用機製造業Ｆ社（萱野町）", "ベトナム", "間接輸出（県内の商社を通じて輸出）",
     "据付けと操作の説明動画をベトナム語で作り、技術者の出張を減らしている"),
]


def fa_totals():
    """回答企業, 輸出企業, 直接輸出企業, 輸出額 over all fields."""
    return tuple(sum(r[j] for r in FIELDS) for j in (1, 2, 3, 4))


def fa_specs():
    rows = [[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in FIELDS]
    rows.append(["合計"] + [fw(x) for x in fa_totals()])
    fields = TableSpec(
        key="fields", doc=FA_PDF, title="製品分野別の回答企業と輸出の状況",
        header=[["製品分野", "回答\n企業数（社）", "輸出\n企業（社）", "うち直接\n輸出企業（社）", "輸出額\n（百万円）"]],
        rows=rows, col_widths=[44 * mm, 28 * mm, 28 * mm, 30 * mm, 28 * mm], table_fy=2023, repeat_header=False,
    )
    fields.unit = lambda row, c, s=fields: bracket_unit(s.column_label(c))
    drows = [[n, fw(a), fw(b), cell(b - a)] for n, a, b in DESTS]
    ta, tb = sum(r[1] for r in DESTS), sum(r[2] for r in DESTS)
    drows.append(["合計", fw(ta), fw(tb), cell(tb - ta)])
    dests = TableSpec(
        key="dests", doc=FA_PDF, title="輸出先別の輸出額",
        header=[["輸出先"] + [era(y) for y in DEST_YEARS] + ["増減"]],
        rows=drows, col_widths=[40 * mm, 32 * mm, 32 * mm, 32 * mm], unit="百万円",
    )
    dests.col_range = {3: list(DEST_YEARS)}
    n_all, n_d, n_i = split_exporters()
    issues = TableSpec(
        key="issues", doc=FA_PDF, title="輸出の課題（複数回答）",
        header=[["輸出の課題", "全体", "直接輸出企業", "間接輸出企業"]],
        rows=[[x, cell(pct1(a + b, n_all)), cell(pct1(a, n_d)), cell(pct1(b, n_i))] for x, a, b in ISSUES],
        col_widths=[66 * mm, 24 * mm, 30 * mm, 30 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return fields, dests, issues


def split_exporters() -> tuple[int, int, int]:
    """輸出企業: all, 直接輸出企業, 間接輸出企業 (the ｎ of the unruled table)."""
    _r, n, d, _v = fa_totals()
    return n, d, n - d


def fa_story(specs):
    fields, dests, issues = specs
    resp, n, d, value = fa_totals()
    n_all, n_d, n_i = split_exporters()
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{FA} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年２月", DATE_RIGHT), P(FA_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県内のＦＡ機器メーカーの輸出の実態と課題を把握し、海外展開を支える施策に役立てるため"),
        ("調査対象", f"県内に本社又は工場を置くＦＡ機器の製造事業者 {TARGET}社（全数）"),
        ("調査基準日", "令和６年（2024年）10月１日"),
        ("調査期間", "令和６年10月７日から11月８日まで"),
        ("調査方法", f"郵送及びウェブによるアンケート（{KOGYOKAI}の協力による）"),
        ("回答数", f"{resp}社（回答率{pct1(resp, TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「ＦＡ機器」とは、工場の生産工程を自動化するための機械、装置及びその部品をいう。「輸出企業」とは、令和５年度中に自社の製品を海外に輸出した企業をいい、商社等を通じた輸出（以下「間接輸出」という。）を含む。また、「直接輸出企業」とは、輸出企業のうち、海外の顧客と自ら契約して輸出した企業をいい、間接輸出のみを行った企業を「間接輸出企業」という。
なお、割合は小数点以下第２位を四捨五入しているため、内訳の合計が100％にならない場合がある。
""", 0)
    st += [P("２　輸出の状況", H1)]
    st += paras(f"""
令和５年度に製品を輸出した企業は、回答企業{resp}社のうち{n}社（{pct1(n, resp)}％）で、このうち直接輸出企業は{d}社であった。輸出額の合計は{value:,}百万円で、製品分野別では産業用ロボットが最も多い。輸出企業の数では、センサ・計測機器が最も多い。輸出企業の売上高に占める輸出額の割合は、平均で18.4％であった。
回答企業を従業員数でみると、{SIZES[0][0]}が{SIZES[0][1]}社、{SIZES[1][0]}が{SIZES[1][1]}社、{SIZES[2][0]}が{SIZES[2][1]}社であった。輸出企業の割合は、{SIZES[2][0]}では{SIZES[2][2]}社（{pct1(SIZES[2][2], SIZES[2][1])}％）に達する一方、{SIZES[0][0]}では{SIZES[0][2]}社（{pct1(SIZES[0][2], SIZES[0][1])}％）にとどまった。
輸出していない{resp - n}社のうち、今後５年以内に輸出を検討している企業は{PLANNING}社であった。また、海外に保守・サービスの拠点を持つ企業は{SERVICE_BASES}社あった。
""", 0)
    st += paras("製品分野別の状況は、次のとおりである。", 0)
    st += [caption(fields.title, "（令和５年度）", keep=False), fields.flowable(), Spacer(1, 2)]
    st += notes(["※１ 製品分野は、回答企業が主に製造するＦＡ機器による。「部品・その他」は、減速機、モーター等の部品と、他の分野に当てはまらない機器である。"])
    st += [P("３　輸出先", H1)]
    st += paras("""
輸出先別では中国が最も多いが、前年度より減った。ＡＳＥＡＮ向けが最も大きく増え、インド向けは前年度の1.5倍を超えた。
""", 0)
    st += [caption(dests.title, "（単位：百万円）"), dests.flowable(), Spacer(1, 2)]
    st += notes([f"※２ 輸出企業{n}社が回答した輸出先別の輸出額を合計したものである。増減は令和５年度から令和４年度を引いた額で、▲は減少を示す。「その他」は、中東、中南米、オセアニア等である。"])
    st += [CondPageBreak(SIBLING_ROOM + 12 * mm), P("４　企業の事例", H1)]
    for i, (head, dest, form, idea) in enumerate(FA_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な輸出先", dest), ("輸出の形態", form), ("工夫していること", idea)], 1)
    st += [P("５　輸出の課題", H1)]
    st += paras("""
全体と直接輸出企業では「海外での保守・修理体制」が、間接輸出企業では「現地の代理店・販売先の確保」が最も多かった。
""", 0)
    st += [caption(issues.title, "（単位：％）"), issues.flowable(), Spacer(1, 2)]
    st += notes([
        f"※３ 輸出企業（全体{n_all}社、直接輸出企業{n_d}社、間接輸出企業{n_i}社）が回答した。複数回答のため、合計は100％にならない。",
    ])
    st += [P("６　県への主な要望（自由記述）", H1)]
    st += bullets([
        "海外での保守要員の育成や派遣にかかる費用を支援してほしい。",
        "輸出先の安全規格や認証の情報を、製品分野ごとにまとめて提供してほしい。",
        "海外の代理店の候補と商談できる機会を増やしてほしい。",
    ], 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        f"① {KIKI}の対象を、ＦＡ機器に広げることを令和７年度中に検討する。",
        f"② {KOGYOKAI}と連携し、海外の保守体制づくりのセミナーを年２回開く。",
        "③ 輸出先別の安全規格の情報を、県のウェブサイトにまとめて掲載する。",
        "④ 次回の調査は、令和８年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{FA_DEPT} 調査班　電話：099-874-2630　ファクス：099-874-2639",
        f"{KOGYOKAI}（業界の相談窓口）　電話：099-874-2700",
        "電子メール：mori-fa@example.jp",
    ]))
    return st


# ================================================================ document 3: GS1 barcode registration desk, user guide
GS1 = f"{PREF}輸出商品ＧＳ１バーコード登録支援窓口"
GS1_DEPT = f"{PREF} 商工労働部 貿易振興課"
SHINKOKAI = f"一般社団法人{PREF}貿易振興会"
SUPPORTS = [  # 見出し, 支援の内容, 完了までの目安, 成果物 (same labels in every sibling section)
    ("登録申請の代行", "ＧＳ１事業者コードの登録申請書の作成と、登録機関への提出の代行",
     "申込みから10営業日程度（登録機関の審査を含む）", "登録通知書の写しとＧＴＩＮの割当表"),
    ("バーコードの作成・検証", "ＧＴＩＮの割当て、バーコードの版下データの作成及び試し刷りしたバーコードの読取り品質の検証",
     "申込みから５営業日程度", "版下データ（電子ファイル）と検証報告書"),
    ("商品情報の登録代行", "海外の小売店や通販サイトが求める商品情報（英語の商品名、寸法、重量、原産国等）の登録の代行",
     "資料の受領から７営業日程度", "登録を終えた商品の一覧表"),
]
FEES = [  # 支援の種類（数える単位）, 県内中小企業（円）, その他の事業者（円） (令和７年度); None = 「－」
    ("登録申請の代行（１事業者）", 8000, 16000), ("バーコードの作成（１品目）", 1500, 3000),
    ("読取り品質の検証（１品目）", 2000, 4000), ("商品情報の登録代行（10品目まで）", 12000, None),
    ("商品情報の登録代行（11品目目から１品目）", 1000, None),
]
USES = [  # 業種, 登録申請の代行, バーコードの作成・検証, 商品情報の登録代行 (令和６年度, 件)
    ("食料品", 24, 61, 18), ("酒類・飲料", 11, 27, 9), ("化粧品・日用品", 9, 22, 12),
    ("生活雑貨", 13, 30, 6), ("機械・部品", 5, 8, 2), ("その他", 6, 12, 3),
]
PREV_USES = 205  # 令和５年度の利用件数 (prose only)
USERS = 121  # 令和６年度に利用した事業者 (prose only)
ITEMS_MADE = 1240  # 令和６年度に作成したバーコードの品目数 (prose only)


def gs1_specs():
    fees = TableSpec(
        key="fees", doc=GS1_PDF, title="支援の種類別の料金",
        header=[["支援の種類", "県内中小企業（円）", "その他の事業者（円）"]],
        rows=[[n, cell(a), cell(b)] for n, a, b in FEES],
        col_widths=[76 * mm, 38 * mm, 40 * mm], table_fy=2025,
    )
    fees.unit = lambda row, c, s=fees: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(c), fw(a + b + c)] for n, a, b, c in USES]
    tot = [sum(r[j] for r in USES) for j in (1, 2, 3)]
    rows.append(["合計"] + [fw(x) for x in tot] + [fw(sum(tot))])
    uses = TableSpec(
        key="uses", doc=GS1_PDF, title="業種別の利用件数",
        header=[["業種", "登録申請の\n代行（件）", "バーコードの\n作成・検証（件）", "商品情報の\n登録代行（件）", "計（件）"]],
        rows=rows, col_widths=[40 * mm, 28 * mm, 32 * mm, 30 * mm, 24 * mm], table_fy=2024,
    )
    uses.unit = lambda row, c, s=uses: bracket_unit(s.column_label(c))
    return fees, uses


def gs1_story(specs):
    fees, uses = specs
    tot = [sum(r[j] for r in USES) for j in (1, 2, 3)]
    total = sum(tot)
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{GS1} 利用案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(GS1_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　窓口の概要", H1)]
    st += paras("""
海外の小売店や通販サイトで商品を販売するには、国際的に通用する商品コード（ＧＳ１バーコード）を商品に表示するよう求められることが多くあります。この窓口は、県内の事業者がバーコードを取得し、商品に表示し、海外の取引先に商品情報を届けるまでの手続を支援するものです。
""", 0)
    st += lv_lines([
        ("窓口名", GS1),
        ("実施主体", PREF),
        ("運営", f"{SHINKOKAI}（県からの委託）"),
        ("利用できる者", "県内に事業所を有する事業者（個人事業主を含む。）で、商品の輸出を予定しているもの"),
        ("受付時間", "平日９時から17時まで（ウェブの申込みは24時間）"),
        ("実施期間", "令和７年４月１日から令和８年３月31日まで"),
    ], 0)
    st += paras("""
この案内において「ＧＳ１事業者コード」とは、商品コードの先頭に付ける事業者ごとの番号で、登録機関に申請して貸与を受けるものをいいます。「ＧＴＩＮ」とは、ＧＳ１事業者コードに商品ごとの番号等を加えた国際的な商品識別コードをいい、国内で使われているＪＡＮコードを含みます。「１品目」とは、１つのＧＴＩＮを付ける商品の単位をいい、味、色、サイズ、内容量又は入数が異なるものは別の品目とします。「小規模企業者」とは、常時使用する従業員の数が20人（商業又はサービス業は５人）以下の中小企業者をいいます。また、「営業日」とは、土曜日、日曜日、祝日及び年末年始（12月29日から１月３日まで）を除く日をいいます。
""", 0)
    st += [CondPageBreak(SIBLING_ROOM + 12 * mm), P("２　支援の種類", H1)]
    for i, (head, what, when, out) in enumerate(SUPPORTS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("支援の内容", what), ("完了までの目安", when), ("成果物", out)], 1)
    st += [P("３　利用料金", H1)]
    st += paras("料金は、支援の種類と利用者の区分によって次のとおりです（消費税込み）。", 0)
    st += [caption(fees.title, "（令和７年度）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「県内中小企業」は、県内に事業所を有する中小企業基本法に定める中小企業者（個人事業主を含む。）をいい、それ以外の利用者には「その他の事業者」の欄を適用します。",
        "※２ 「－」は、その他の事業者が利用できないことを示します。商品情報の登録代行は、県内中小企業に限り利用できます。",
        "※３ 小規模企業者の料金は、県内中小企業の欄の料金の２分の１とします。",
        "※４ 登録機関に納める登録申請料と年間の維持料は、利用者が別に負担します。",
    ])
    st += [P("４　申込みから完了までの流れ", H1)]
    st += numbered([
        "① 申込み（ウェブの申込フォームに、商品の数と輸出先を記入）",
        "② 受付の連絡と料金の案内（申込みの翌営業日まで）",
        "③ 料金の支払（請求書による銀行振込み）",
        "④ 支援の開始（入金を確認した日から、完了までの目安を数えます）",
        "⑤ 成果物のお渡し（電子メール又は郵送）",
        "⑥ 印刷後の確認（商品の包装に印刷した後、１回に限り無料で読取りを確認します）",
    ], 0)
    st += [P("５　利用の状況", H1)]
    st += paras(f"""
令和６年度の利用件数は{total}件（登録申請の代行{tot[0]}件、バーコードの作成・検証{tot[1]}件、商品情報の登録代行{tot[2]}件）で、前年度の{PREV_USES}件から{total - PREV_USES}件増えました。利用した事業者は{USERS}事業者で、作成したバーコードは延べ{ITEMS_MADE:,}品目です。業種別では、食料品が最も多くなっています。
""", 0)
    st += [caption(uses.title, "（令和６年度）"), uses.flowable(), Spacer(1, 2)]
    st += notes(["※５ 件数は申込みの件数で、１回の申込みに複数の品目を含むことがあります。「その他」は、衣料品、文具、工芸品等です。"])
    st += [P("６　よくある質問", H1)]
    st += qa_lines([
        ("国内向けに使っているＪＡＮコードを、そのまま輸出する商品に使えますか。",
         "使えます。ＪＡＮコードはＧＴＩＮの一つで、海外でも読み取ることができます。"),
        ("登録申請の代行だけを頼むこともできますか。",
         "できます。支援は種類ごとに申し込むことができます。"),
    ])
    st += [P("７　利用上の注意", H1)]
    st += bullets([
        "ＧＳ１事業者コードは利用者の名義で登録し、窓口が名義人になることはありません。",
        "登録機関の審査の状況によって、完了までの目安より日数がかかることがあります。",
        "商品情報の登録代行は、英語の商品情報に限ります。",
        "検証は窓口の読取り装置による確認で、すべての店舗での読取りを保証するものではありません。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{GS1_DEPT} 輸出支援班　電話：099-877-5150　ファクス：099-877-5159",
        f"{SHINKOKAI}（申込み・支援の進み具合）　電話：099-877-5200",
        "電子メール：mori-gs1@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return kiki_specs() + fa_specs() + gs1_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    kspecs, fspecs, gspecs = kiki_specs(), fa_specs(), gs1_specs()
    kdoc = build_pdf(docs_dir / KIKI_PDF, kspecs, kiki_story(kspecs),
                     f"令和７年度 {KIKI} 募集要項", "令和７年４月", KIKI_DEPT)
    fdoc = build_pdf(docs_dir / FA_PDF, fspecs, fa_story(fspecs),
                     f"令和６年度 {FA} 報告書", "令和７年２月", FA_DEPT)
    gdoc = build_pdf(docs_dir / GS1_PDF, gspecs, gs1_story(gspecs),
                     f"令和７年度 {GS1} 利用案内", "令和７年４月", GS1_DEPT)
    gold = all_gold({KIKI_PDF: kdoc.row_pages, FA_PDF: fdoc.row_pages, GS1_PDF: gdoc.row_pages})
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
    # --- kiki: the small-machinery and drone conformity subsidy, tables (a) (b) (c), definitions, notes, costs not covered, sibling sections, Q&A
    dict(question="従業員12人でドローンを製造している会社が、輸出先の認証機関の審査を受けるそうです。補助率は何％になりますか？",
         category="kiki", doc=KIKI_PDF,
         evidence=["常時使用する従業員の数が20人以下", "認証機関による審査・認証 50 1,500 60 2,000",
                   "補助率に10ポイントを加えます"],
         answer=["70%"], computed=True,
         notes="three facts: 12人 is within the 20人 of 小規模企業者 (definition in ２), whose rate gets 10 points more "
               "(note ※３); a drone, so (a) leaf ドローン／補助率（％）: 60 + 10 = 70 %; 60 and 50 (小型機械) are the traps"),
    dict(question="2025年度の募集で、小型機械について認証機関の審査や認証を受ける費用は、上限いくらまで補助されますか？",
         category="kiki", doc=KIKI_PDF, evidence=["認証機関による審査・認証 50 1,500 60 2,000"], answer=["1,500"],
         notes="(a) two-level header whose groups are the products: leaf 小型機械／上限額（千円）; 2,000 (ドローン) and 50 "
               "(the rate) are the traps; 2025年度 = 令和７年度 (printed nowhere in Western form)"),
    dict(question="無線のリモコンで動かす小型の草刈機を輸出したい会社があります。電波の認証試験にかかる費用は補助されますか？",
         category="kiki", doc=KIKI_PDF,
         evidence=["補助の対象にならないことを示し", "無線の機能を持つ小型機械の場合も同様です"],
         answer=["対象にならない"],
         notes="(a) the 「－」 cell of 電波（無線）認証試験 under 小型機械, read with note ※１ (a remote-controlled mower is "
               "no ドローン by the definition in ２: it does not fly); 60 / 800 (ドローン) are the traps"),
    dict(question="ドローンをドイツに輸出するため、認証機関の審査と認証を受ける予定の会社があります。この経費の上限額はいくらになりますか？",
         category="kiki", doc=KIKI_PDF,
         evidence=["認証機関による審査・認証 50 1,500 60 2,000", "上限額を上表の1.5倍とします"],
         answer=["3,000千円"], computed=True,
         notes="two facts: (a) leaf ドローン／上限額（千円） 2,000 and note ※４ (ドイツ is an ＥＵ member: × 1.5) = 3,000千円, "
               "within the firm cap of note ※２ (400万円); 2,000 is the trap"),
    dict(question="令和６年度に採択された案件のうち、輸出先の認証を取得できたのは何件ですか？",
         category="kiki", doc=KIKI_PDF, evidence=["認証の手続が続いているため集計しておらず"],
         answer=["手続が続いている"],
         notes="(b) the 「－」 cell of 令和６年度 under うち認証取得（件）, explained by note ※５ (not tallied, the "
               "certifications are still under way); ９ (令和５年度) is the trap"),
    dict(question="2024年度の採択率は何％でしたか？",
         category="kiki", doc=KIKI_PDF, evidence=["令和６年度 27 15 18,950"], answer=["55.6%"], computed=True,
         notes="(b) years as rows, two-line headers: 2024年度 = 令和６年度, 採択件数 / 申請件数 = 15 / 27 = 55.6 %"),
    dict(question="令和６年度、補助対象製品の輸出額は目標をいくら上回りましたか？",
         category="kiki", doc=KIKI_PDF, evidence=["補助対象製品の輸出額（百万円） 250 287 115"],
         answer=["37百万円"], computed=True,
         notes="(c) KPI table, unit in the row label's bracket: 実績 − 目標 = 287 − 250 = 37百万円; 115 (達成率) is the trap"),
    dict(question="農薬をまくドローンの活用事例では、補助金はいくら交付されましたか？",
         category="kiki", doc=KIKI_PDF, evidence=["（２）ドローン製造業Ｂ社", "補助金の額：2,760千円"], answer=["2,760千円"],
         notes="sibling sections （１）–（３） of ６ share the labels 輸出先, 対象製品, 補助金の額; （２）ドローン製造業Ｂ社 "
               "(農薬をまく = 農薬散布用); 2,380千円 and 1,120千円 are the siblings' values"),
    dict(question="認証を取った翌年からかかる更新料も、この補助金で出してもらえますか？",
         category="kiki", doc=KIKI_PDF, evidence=["次の経費は補助の対象になりません", "２年目以降の更新料等"],
         answer=["対象になりません"],
         notes="the costs not covered (a lead sentence and four ○ items): 認証を維持するための費用（２年目以降の更新料等）"),
    dict(question="中古の農業機械を整備して海外に売っている会社も、この補助金に申請できますか？",
         category="kiki", doc=KIKI_PDF, evidence=["自社で製造する新品の製品に限ります"], answer=["新品"],
         notes="Q&A: Ａ of Ｑ１ (no: only new products the firm makes itself)"),
    # --- fa: the survey of FA equipment makers' exports, tables (d) (e) (f), definitions, sibling sections, prose figures
    dict(question="ＦＡ機器メーカーの輸出の実態調査は、何社を対象に行われたのですか？",
         category="fa", doc=FA_PDF, evidence=["ＦＡ機器の製造事業者 420社"], answer=["420社"],
         notes="「label：value」 line 調査対象 (all 420 makers); 189社 (回答数) is the near miss"),
    dict(question="自社では輸出せず、商社に卸して海外に出してもらっている会社は、この調査でいう「輸出企業」に入りますか？",
         category="fa", doc=FA_PDF, evidence=["商社等を通じた輸出（以下「間接輸出」という。）を含む"], answer=["含む"],
         notes="definition 「輸出企業」とは…商社等を通じた輸出（以下「間接輸出」という。）を含む (yes; such a firm is a "
               "間接輸出企業 by the next definition)"),
    dict(question="空圧機器や油圧機器の分野では、令和５年度の輸出額はどのくらいでしたか？",
         category="fa", doc=FA_PDF, evidence=["空圧・油圧機器 16 ８ ４ 760"], answer=["760"],
         notes="(d) continuation page (no header there): row 空圧・油圧機器, column 輸出額（百万円） (a two-line header); "
               "16 (回答企業数) is the trap"),
    dict(question="検査装置や画像処理装置を作っている会社のうち、直接輸出をしているのは回答企業の何％ですか？",
         category="fa", doc=FA_PDF, evidence=["検査・画像処理装置 14 ９ ６ 870"], answer=["42.9%"], computed=True,
         notes="(d) share within a row: うち直接輸出企業 / 回答企業数 = 6 / 14 = 42.9 % (6 / 9 of the exporters = 66.7 % "
               "is another, wrong reading)"),
    dict(question="輸出額が２番目に多い製品分野はどこですか？",
         category="fa", doc=FA_PDF, evidence=["センサ・計測機器 25 15 ９ 1,930"], answer=["センサ・計測機器"],
         notes="(d) ranking in the column 輸出額（百万円）: 産業用ロボット 2,140, センサ・計測機器 1,930, 制御機器 1,580 "
               "(the rows are not sorted; the prose names only the largest); second-largest"),
    dict(question="中国向けの輸出額は、前の年度と比べてどのくらい変わりましたか？",
         category="fa", doc=FA_PDF, evidence=["中国 2,960 2,540 ▲420"], answer=["420"],
         notes="(e) 増減 column with ▲ (note ※２: ▲ = decrease): 420百万円 down; the unit only in the caption note "
               "（単位：百万円）"),
    dict(question="インド向けの輸出額は、2022年度から2023年度にかけて何％増えましたか？",
         category="fa", doc=FA_PDF, evidence=["インド 410 690 280"], answer=["68.3%"], computed=True,
         notes="(e) growth over the year columns: 280 / 410 = 68.3 % (2022年度 = 令和４年度, 2023年度 = 令和５年度; "
               "the prose says only 「1.5倍を超えた」)"),
    dict(question="令和５年度の輸出額全体のうち、ＡＳＥＡＮ向けは何％を占めていますか？",
         category="fa", doc=FA_PDF, evidence=["ＡＳＥＡＮ 1,960 2,360 400", "合計 9,880 10,810 930"],
         answer=["21.8%"], computed=True,
         notes="(e) share within a year column: 2,360 / 10,810 = 21.8 % (19.8 % of 令和４年度 is a wrong reading)"),
    dict(question="商社経由でしか輸出していない会社で、現地の代理店や販売先の確保を課題に挙げたのは何％ですか？",
         category="fa", doc=FA_PDF,
         evidence=["間接輸出のみを行った企業を「間接輸出企業」という", "現地の代理店・販売先の確保 38.5 31.4 46.7"],
         answer=["46.7"],
         notes="(f) unruled table, column 間接輸出企業 (the definition in １ says who that is); 38.5 (全体) and 31.4 "
               "(直接輸出企業) are the traps"),
    dict(question="センサーメーカーの事例では、どんな工夫をしていると書かれていますか？",
         category="fa", doc=FA_PDF, evidence=["（２）センサ製造業Ｅ社", "その試験データを米国向けにも使っている"],
         answer=["試験データ"],
         notes="sibling sections （１）–（３） of ４ share the labels 主な輸出先, 輸出の形態, 工夫していること; "
               "（２）センサ製造業Ｅ社; the 48時間 visits (Ｄ社) and the Vietnamese videos (Ｆ社) are the siblings' values"),
    dict(question="今は輸出していない会社のうち、これから輸出を考えている会社はどのくらいありますか？",
         category="fa", doc=FA_PDF, evidence=["輸出を検討している企業は28社"], answer=["28社"],
         notes="a prose-only figure in ２ (of the 93 firms not exporting); 24社 (service bases abroad) is the near miss"),
    # --- gs1: the GS1 barcode desk guide, tables (g) (h), definitions, notes, sibling sections, steps
    dict(question="商品の包装に載せるバーコードを作って、ちゃんと読めるかの検証までお願いしたいそうです。どのくらいで終わりますか？",
         category="gs1", doc=GS1_PDF, evidence=["（２）バーコードの作成・検証", "完了までの目安：申込みから５営業日程度"],
         answer=["５営業日程度"],
         notes="sibling sections （１）–（３） of ２ share the labels 支援の内容, 完了までの目安, 成果物; "
               "（２）バーコードの作成・検証; 10営業日 （１） and ７営業日 （３） are the siblings' values"),
    dict(question="同じお茶で100グラム入りと200グラム入りの袋があります。バーコードは別々に作る必要がありますか？",
         category="gs1", doc=GS1_PDF, evidence=["内容量又は入数が異なるものは別の品目とします"], answer=["別の品目"],
         notes="definition 「１品目」とは…内容量又は入数が異なるものは別の品目 (yes, two 品目, two GTIN)"),
    dict(question="従業員８人の県内の食品メーカーが、３品目のバーコードの作成を頼むと、料金はいくらになりますか？",
         category="gs1", doc=GS1_PDF,
         evidence=["20人（商業又はサービス業は５人）以下", "バーコードの作成（１品目） 1,500 3,000",
                   "県内中小企業の欄の料金の２分の１"],
         answer=["2,250円"], computed=True,
         notes="three facts: a maker of 8 is a 小規模企業者 (definition in １), whose fee is half (note ※３); (g) row "
               "バーコードの作成（１品目）, column 県内中小企業（円）: 1,500 / 2 × 3 = 2,250円; 4,500 is the trap"),
    dict(question="県内に工場がある大手メーカーから、商品情報の登録代行を頼みたいという相談がありました。利用できますか？",
         category="gs1", doc=GS1_PDF, evidence=["県内中小企業に限り利用できます"], answer=["県内中小企業に限り"],
         notes="(g) the 「－」 cells of その他の事業者（円） for 商品情報の登録代行, explained by note ※２ (no: a large firm "
               "is an その他の事業者 by note ※１)"),
    dict(question="令和６年度、化粧品や日用品の事業者による利用は全部で何件でしたか？",
         category="gs1", doc=GS1_PDF, evidence=["化粧品・日用品 ９ 22 12 43"], answer=["43"],
         notes="(h) total column on the right: row 化粧品・日用品, column 計（件）; 22 (バーコードの作成・検証) is the trap"),
    dict(question="2024年度、食料品の事業者がバーコードの作成・検証を使ったのは何件ですか？",
         category="gs1", doc=GS1_PDF, evidence=["食料品 24 61 18 103"], answer=["61"],
         notes="(h) two-line header バーコードの作成・検証（件）; 2024年度 = 令和６年度 (the guide prints no Western year); "
               "103 (計) is the trap"),
    dict(question="2024年度の利用全体のうち、お酒や飲料の事業者の利用は何％を占めていますか？",
         category="gs1", doc=GS1_PDF, evidence=["酒類・飲料 11 27 ９ 47", "合計 68 160 50 278"],
         answer=["16.9%"], computed=True,
         notes="(h) share in the total column: 47 / 278 = 16.9 % (2024年度 = 令和６年度)"),
    dict(question="バーコードを包装に印刷した後で、本当に読めるかもう一度確かめてもらうことはできますか？",
         category="gs1", doc=GS1_PDF, evidence=["１回に限り無料で読取りを確認します"], answer=["１回に限り無料"],
         notes="procedure step ⑥ (印刷後の確認); the note for users that the check does not guarantee every shop's "
               "scanner is a near miss"),
    # --- followups
    dict(question="では、その試験を小型機械で受ける場合、上限額はいくらですか？",
         category="followup", doc=KIKI_PDF, evidence=["安全・ＥＭＣ試験 50 1,000 60 1,200"], answer=["1,000"],
         history=_turns("ドローンの安全・ＥＭＣ試験は、補助率が何％ですか？",
                        "ドローンの安全・ＥＭＣ試験の補助率は60％です[1]。"),
         notes="(a) the row from the history (安全・ＥＭＣ試験), the other group and leaf 小型機械／上限額（千円）; 1,200 "
               "(ドローン) is the trap"),
    dict(question="その前の年度と合わせると、２年間で何件が採択されたことになりますか？",
         category="followup", doc=KIKI_PDF, evidence=["令和４年度 18 11 12,460 10", "令和５年度 22 13 15,380 ９"],
         answer=["24件"], computed=True,
         history=_turns("2023年度は何件が採択されましたか？",
                        "2023年度（令和５年度）の採択は13件でした[1]。"),
         notes="(b) the year from the history (2023年度 = 令和５年度) and the one before: 11 + 13 = 24件"),
    dict(question="その手続の代行を、県内に支店がある大手企業が頼むと、いくらになりますか？",
         category="followup", doc=GS1_PDF, evidence=["登録申請の代行（１事業者） 8,000 16,000"], answer=["16,000"],
         history=_turns("ＧＳ１事業者コードの登録申請を代わりにやってもらうと、県内の中小企業はいくらかかりますか？",
                        "登録申請の代行の料金は、県内中小企業は１事業者当たり8,000円です[1]。"),
         notes="(g) the row from the history (登録申請の代行), the other column その他の事業者（円） (a large firm is no "
               "県内中小企業, note ※１); 8,000 is the trap"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=FA_PDF, evidence=["電話：099-874-2700"], answer=["099-874-2700"],
         history=_turns("海外での保守の体制づくりについて、業界団体に相談したいという会社があります。報告書ではどこと連携すると書かれていますか？",
                        "一般社団法人杜県機械工業会と連携して、海外の保守体制づくりのセミナーを開くとされています[1]。"),
         notes="contact box of the survey: the 工業会's phone (second line); the 班's phone 099-874-2630 and fax "
               "099-874-2639 (first line) are the near misses"),
    dict(question="その業種で、バーコードの作成・検証は何件でしたか？",
         category="followup", doc=GS1_PDF, evidence=["生活雑貨 13 30 ６ 49"], answer=["30"],
         history=_turns("令和６年度、生活雑貨の事業者は登録申請の代行を何件使いましたか？",
                        "生活雑貨の事業者による登録申請の代行は13件でした[1]。"),
         notes="(h) the row from the history (生活雑貨), column バーコードの作成・検証（件）; 49 (計) is the trap"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="この補助金を使った場合、認証の取得までに平均でどのくらいの期間がかかっていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives the certified projects per adoption year and the project period, not how long "
               "certification took",
         absent=["平均期間", "取得までの期間"]),
    dict(question="令和５年度に採択された案件のうち、ドローンは何件でしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the yearly record is not split by product; only one 令和６年度 case is a drone",
         absent=["うちドローン", "ドローンの採択"]),
    dict(question="海外に工場などの生産拠点を持っているＦＡ機器メーカーは何社ありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the firms with a maintenance and service base abroad (24社), not production bases",
         absent=["生産拠点", "海外工場", "現地生産"]),
    dict(question="円安の影響で、ＦＡ機器メーカーの輸出の利益はどのくらい増えましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives export values by destination and issues, nothing on exchange rates or profits",
         absent=["円安", "為替", "利益"]),
    dict(question="この窓口でバーコードを取った事業者のうち、海外の通販サイトで実際に販売を始めたのは何社ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the uses by industry and the users (121事業者), not sales that followed",
         absent=["販売を始めた", "販売開始"]),
    dict(question="商品にＱＲコードも付けたいのですが、その作成もこの窓口で頼めますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide covers GS1 barcodes (GTIN) only and says nothing about QR codes",
         absent=["ＱＲ", "二次元"]),
]
CATEGORY_COUNTS = {"kiki": 10, "fa": 11, "gs1": 8, "followup": 5, "unanswerable": 6}
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h83q", "h83t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H = (
    "経費区分別の補助率と上限額", "申請・採択と交付の実績", "成果指標の目標と実績",
    "製品分野別の回答企業と輸出の状況", "輸出先別の輸出額", "輸出の課題（複数回答）",
    "支援の種類別の料金", "業種別の利用件数")
LETTERS = dict(zip((A, B, C, D, E, F, G, H), "abcdefgh"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h83q01": lambda g: f"{g(A, '認証機関による審査・認証', 'ドローン／補助率（％）', 2025) + SMALL_BONUS}%",
    "h83q04": lambda g: f"{int(g(A, EU_ITEM, 'ドローン／上限額（千円）', 2025) * EU_FACTOR):,}千円",
    "h83q06": lambda g: _pct(g(B, era(2024), "採択件数（件）", 2024), g(B, era(2024), "申請件数（件）", 2024)),
    "h83q07": lambda g: f"{g(C, '補助対象製品の輸出額（百万円）', '実績', 2024) - g(C, '補助対象製品の輸出額（百万円）', '目標', 2024)}百万円",
    "h83q14": lambda g: _pct(g(D, "検査・画像処理装置", "うち直接輸出企業（社）", 2023), g(D, "検査・画像処理装置", "回答企業数（社）", 2023)),
    "h83q17": lambda g: _pct(g(E, "インド", "令和５年度", 2023) - g(E, "インド", "令和４年度", 2022),
                             g(E, "インド", "令和４年度", 2022)),
    "h83q18": lambda g: _pct(g(E, "ＡＳＥＡＮ", "令和５年度", 2023), g(E, "合計", "令和５年度", 2023)),
    "h83q24": lambda g: f"{g(G, 'バーコードの作成（１品目）', '県内中小企業（円）', 2025) * 3 // 2:,}円",
    "h83q28": lambda g: _pct(g(H, "酒類・飲料", "計（件）", 2024), g(H, "合計", "計（件）", 2024)),
    "h83q31": lambda g: f"{g(B, era(2022), '採択件数（件）', 2022) + g(B, era(2023), '採択件数（件）', 2023)}件",
}

# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {KIKI_PDF: (2, 3), FA_PDF: (2, 3), GS1_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (8, 40)  # after norm
GOLD_PER_TABLE = {A: 18, B: 19, C: 12, D: 40, E: 27, F: 18, G: 8, H: 28}
TABLE_QUESTIONS = 12  # at least, outside the followups
# 「－」 cells as planned: {table: [(row, column)]}; each is no gold cell
DASH_CELLS = {
    A: [("電波（無線）認証試験", "小型機械／補助率（％）"), ("電波（無線）認証試験", "小型機械／上限額（千円）")],
    B: [("令和６年度", "うち認証取得（件）")],
    G: [("商品情報の登録代行（10品目まで）", "その他の事業者（円）"),
        ("商品情報の登録代行（11品目目から１品目）", "その他の事業者（円）")],
}
TWO_LINE_TABLES = ("record", "fields", "uses")  # every value header printed over two lines
BREAK_TABLE = "fields"  # the ruled table continued over a page break without its header
BREAK_FIRST_ROWS = ("産業用ロボット", "搬送・物流装置")  # rows of (d) expected before the page break
BREAK_CONT_ROWS = ("空圧・油圧機器", "合計")  # and after it


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout83.py")
    return errors + check(questions, gold, pages)


def check(questions, gold, pages) -> list[str]:
    errors = check_page_counts(pages, PAGE_COUNTS)
    errors += check_questions(questions, gold, pages)
    errors += check_gold(gold, pages)
    errors += check_layouts(gold, pages)
    errors += check_prose(pages)
    errors += check_contacts(pages)
    return errors


def table_of(q) -> set:
    """The tables a question's notes name, by the README letter."""
    return {t for t, l in LETTERS.items() if f"({l})" in q["notes"]}


def printed_number(bare: str, text: str) -> bool:
    """Whether a number is printed in the NFKC text (line breaks and spaces kept, so that table
    cells stay apart) as a number of its own (not inside a longer one such as 1,700 for 70)."""
    return re.search(r"(?<![\d,.])" + re.escape(bare) + r"(?![\d,.]*\d)", text) is not None


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
                bare = re.sub(r"(%|百万円|千円|万円|円|件|社|人)$", "", nfkc(a))
                if printed_number(bare, nfkc("\n".join(pages[q["doc"]]))):
                    errors.append(f"{qid}: the computed number {bare} is printed in its document")
        for t in table_of(q):
            if next(g["doc"] for g in gold if g["table"] == t) != q["doc"]:
                errors.append(f"{qid}: its notes name table {t} of another document")
    errors += check_question_mix(questions, CATEGORY_COUNTS, western_share=(0.35, 0.65))
    if sum(q["category"] == "unanswerable" for q in questions) != 6:
        errors.append("expected 6 unanswerable questions")
    sibling = sum("sibling" in q["notes"] and q["category"] not in ("followup", "unanswerable") for q in questions)
    if sibling != SIBLING:
        errors.append(f"{sibling} sibling-section questions, expected {SIBLING}")
    western_on_era = [q["id"] for q in questions if q["doc"] and re.search(r"20\d\d年度", q["question"])
                      and not any(f"{y}年度" in doc_text[q["doc"]] for y in re.findall(r"(20\d\d)年度", q["question"]))]
    if len(western_on_era) < 3:
        errors.append(f"only {western_on_era} ask by a Western fiscal year the document prints only as 令和")
    n_table = sum(bool(table_of(q)) for q in questions if q["doc"] and q["category"] != "followup")
    if n_table < TABLE_QUESTIONS:
        errors.append(f"{n_table} table questions outside the followups, expected at least {TABLE_QUESTIONS}")
    for t in LETTERS:  # every table is asked about
        if not any(t in table_of(q) for q in questions if q["doc"]):
            errors.append(f"no question on table {t}")
    for doc in ALL_PDFS:
        if sum(q["doc"] == doc for q in questions) < 10:
            errors.append(f"{doc}: fewer than 10 questions")
    n_computed = sum(bool(q.get("computed")) for q in questions)
    if not 8 <= n_computed <= 12:
        errors.append(f"{n_computed} computed questions, expected 8-12")
    errors += check_computed(questions, COMPUTED, GoldIndex(gold))
    n_follow = sum(q["category"] == "followup" for q in questions)
    if not 5 <= n_follow <= 6:
        errors.append(f"{n_follow} follow-ups, expected 5-6")
    return errors


def check_gold(gold, pages) -> list[str]:
    errors = []
    specs = {s.title: s for s in all_specs()}
    doc_text = {n: norm("\n".join(p)) for n, p in pages.items()}

    def page_text(doc, page):
        return norm(pages[doc][page - 1])

    any_page = defaultdict(lambda: {0})
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout83.py")
    per_table = defaultdict(int)
    for g in gold:
        per_table[g.get("table")] += 1
    if dict(per_table) != GOLD_PER_TABLE:
        errors.append(f"gold cells per table {dict(per_table)}, expected {GOLD_PER_TABLE}")
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
        spec = specs.get(g["table"])
        rows = [i for i, r in enumerate(spec.rows) if label(r[spec.label_col]) == g["row"]] if spec else []
        if len(rows) != 1:
            errors.append(f"{g['id']}: no row {g['row']!r} in table {g['table']!r}")
            continue
        if norm(g["value"]) not in [norm(x) for x in spec.printed_row(rows[0])[1:]]:
            errors.append(f"{g['id']}: value {g['value']!r} is not printed in its row")
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

    # (a): drones get at least the small machines' rate; no cap above the firm caps of note ※２ (万円 → 千円),
    # even with the ＥＵ factor of note ※４; the small-firm bonus keeps every rate ≤ 100 %
    for row, r in t[A].items():
        for p in PRODUCTS:
            if f"{p}／補助率（％）" not in r:
                continue
            cap = r[f"{p}／上限額（千円）"] * (EU_FACTOR if row == EU_ITEM else 1)
            if cap > FIRM_CAP[p] * 10:
                errors.append(f"{A} / {row}: the {p} cap exceeds the firm cap of note ※２")
            if r[f"{p}／補助率（％）"] + SMALL_BONUS > 100:
                errors.append(f"{A} / {row}: the bonus of note ※３ would exceed 100 %")
        if "小型機械／補助率（％）" in r and r["ドローン／補助率（％）"] < r["小型機械／補助率（％）"]:
            errors.append(f"{A} / {row}: ドローン below 小型機械")
    # (b): applications grow; adoptions within applications; certified within adoptions; grants within caps
    ns = [r["申請件数（件）"] for r in t[B].values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for row, r in t[B].items():
        if not r["採択件数（件）"] <= r["申請件数（件）"] or r.get("うち認証取得（件）", 0) > r["採択件数（件）"] \
                or r["交付額（千円）"] > r["採択件数（件）"] * FIRM_CAP["ドローン"] * 10:
            errors.append(f"{B} / {row}: adoptions, certifications or grants out of range")
    # (c): 達成率 = 実績 / 目標 in whole per cent, rounded half up (note ※６)
    for row, r in t[C].items():
        if r["達成率（％）"] != pct0(r["実績"], r["目標"]):
            errors.append(f"{C} / {row}: 達成率 is not 実績 / 目標")
    # (d): 合計 adds up; exporters within respondents; direct within exporters
    adds_up(D, ("回答企業数（社）", "輸出企業（社）", "うち直接輸出企業（社）", "輸出額（百万円）"))
    for row, r in t[D].items():
        if not r["うち直接輸出企業（社）"] <= r["輸出企業（社）"] <= r["回答企業数（社）"]:
            errors.append(f"{D} / {row}: counts out of order")
    # (e): 合計 adds up; 増減 is the difference; its 令和５年度 合計 equals (d)'s 輸出額
    adds_up(E, ("令和４年度", "令和５年度", "増減"))
    for row, r in t[E].items():
        if r["増減"] != r["令和５年度"] - r["令和４年度"]:
            errors.append(f"{E} / {row}: 増減 is not the difference")
    if t[E]["合計"]["令和５年度"] != t[D]["合計"]["輸出額（百万円）"]:
        errors.append(f"{E}: 令和５年度 合計 differs from {D}")
    # (f): the per cents come from the counts; the ｎ from (d)
    n_all, n_d, n_i = split_exporters()
    if n_all != t[D]["合計"]["輸出企業（社）"] or n_d != t[D]["合計"]["うち直接輸出企業（社）"]:
        errors.append(f"{F}: the ｎ differ from {D}")
    for name, a, b in ISSUES:
        r = t[F][name]
        if (Decimal(str(r["全体"])), Decimal(str(r["直接輸出企業"])), Decimal(str(r["間接輸出企業"]))) != \
                (pct1(a + b, n_all), pct1(a, n_d), pct1(b, n_i)) or a > n_d or b > n_i:
            errors.append(f"{F} / {name}: per cents differ from the counts")
    # (g): the other users pay twice the small firms' fee where they may use the service
    for row, r in t[G].items():
        if "その他の事業者（円）" in r and r["その他の事業者（円）"] != 2 * r["県内中小企業（円）"]:
            errors.append(f"{G} / {row}: その他の事業者 is not twice 県内中小企業")
    # (h): 合計 adds up; 計 is the row sum
    h_cols = ("登録申請の代行（件）", "バーコードの作成・検証（件）", "商品情報の登録代行（件）")
    adds_up(H, h_cols + ("計（件）",))
    for row, r in t[H].items():
        if r["計（件）"] != sum(r[k] for k in h_cols):
            errors.append(f"{H} / {row}: 計 is not the row sum")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    by_title = {s.title: s for s in specs.values()}
    # (d): continued over a page break without its header repeated
    spec = specs[BREAK_TABLE]
    bp = sorted({g["page"] for g in gold if g["table"] == spec.title})
    if len(bp) != 2 or bp[1] != bp[0] + 1:
        errors.append(f"{spec.title} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(spec.header[0]))
        on = [i + 1 for i, p in enumerate(pages[spec.doc]) if header in norm(p)]
        if spec.repeat_header or on != bp[:1]:
            errors.append(f"{spec.title}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == spec.title and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == spec.title and g["page"] == bp[1]}
        if not 2 <= len(first) <= 8 or not 2 <= len(cont):
            errors.append(f"{spec.title}: {len(first)} rows before and {len(cont)} after the page break")
        if not all(r in first for r in BREAK_FIRST_ROWS) or not all(r in cont for r in BREAK_CONT_ROWS):
            errors.append(f"{spec.title}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        cont_text = norm(pages[spec.doc][bp[1] - 1])
        first_row = [r for r in spec.rows if label(r[0]) in cont][0]
        if cont_text.find(norm("".join(first_row))) > cont_text.find(norm("減速機、モーター等")) \
                or norm("減速機、モーター等") not in cont_text:
            errors.append(f"{spec.title}: note ※１ should follow the table on the continuation page")
    for key, s in specs.items():
        if key == BREAK_TABLE:
            continue
        tp = {g["page"] for g in gold if g["table"] == s.title}
        if len(tp) != 1:
            errors.append(f"{s.title} is on pages {sorted(tp)}, expected one page")
    # the unruled table
    if specs["issues"].ruled or not all(s.ruled for k, s in specs.items() if k != "issues"):
        errors.append(f"only {F} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns (groups = products, leaves = rate and cap)
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["小型機械／補助率（％）", "小型機械／上限額（千円）", "ドローン／補助率（％）", "ドローン／上限額（千円）"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "千円"}:
        errors.append(f"{A}: units should come from the leaf cells")
    # (b): years as rows (令和２年度 …)
    years = list(dict.fromkeys(g["fiscal_year"] for g in gold if g["table"] == B))
    if years != [y for y, *_x in RECORD] or [label(r[0]) for r in specs["record"].rows] != [era(y) for y, *_x in RECORD]:
        errors.append(f"{B}: expected the fiscal years as rows")
    # (c): a KPI table with 目標 / 実績 / 達成率, the unit of each row in its label's bracket
    cg = [g for g in gold if g["table"] == C]
    if list(dict.fromkeys(g["column"] for g in cg)) != ["目標", "実績", "達成率（％）"] \
            or {g["row"]: g["unit"] for g in cg if g["column"] == "実績"} != {n: bracket_unit(n) for n, *_x in KPIS}:
        errors.append(f"{C}: expected 目標 / 実績 / 達成率 columns and units from the row labels")
    # (e): a 増減 column with ▲ exactly on the decreases, covering the two fiscal years
    eg = [g for g in gold if g["table"] == E]
    if any((g["value"].startswith("▲")) != (g["number"] < 0) for g in eg) or not any(g["number"] < 0 for g in eg):
        errors.append(f"{E}: ▲ should mark exactly the decreases")
    if any(g["fiscal_year_range"] != list(DEST_YEARS) for g in eg if g["column"] == "増減") \
            or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in eg if g["column"] != "増減"):
        errors.append(f"{E}: expected the fiscal years as columns and 増減 cells with a range")
    if any(g["fiscal_year_range"] is not None for g in gold if g["table"] != E or g["column"] != "増減"):
        errors.append("only the 増減 column of (e) may have a fiscal_year_range")
    if {g["unit"] for g in eg} != {"百万円"} or {g["unit"] for g in gold if g["table"] == F} != {"%"}:
        errors.append(f"{E} and {F}: units should come from the caption notes")
    # (h): a total column on the right
    if specs["uses"].header[0][-1] != "計（件）":
        errors.append(f"{H}: expected 計（件） as its last column")
    # 「－」 cells exactly where planned, and never gold
    for title, s in by_title.items():
        got = sorted((label(r[s.label_col]), s.column_label(c)) for r in s.rows for c in s.value_cols if r[c] == DASH)
        if got != sorted(DASH_CELLS.get(title, [])):
            errors.append(f"{title}: 「－」 cells {got}, planned {DASH_CELLS.get(title, [])}")
    gold_keys = {(g["table"], g["row"], g["column"]) for g in gold}
    for title, cells_ in DASH_CELLS.items():
        for row, col in cells_:
            if (title, row, col) in gold_keys:
                errors.append(f"{title} / {row} / {col}: a 「－」 cell is a gold cell")
    if any(nfkc(g["value"]) in ("－", "-", "―") for g in gold):
        errors.append("a gold value is a dash")
    # two-line header cells really printed over two lines (each line a line of its own in the text)
    for key in TWO_LINE_TABLES:
        s = specs[key]
        p = min(g["page"] for g in gold if g["table"] == s.title)
        lines = [x.strip() for x in pages[s.doc][p - 1].splitlines()]
        two = [s.header[0][c] for c in s.value_cols if "\n" in s.header[0][c]]
        if len(two) < 3:
            errors.append(f"{s.title}: {len(two)} header cells over two lines, expected at least 3")
        for h in two:
            parts = h.split("\n")
            if len(parts) != 2:
                errors.append(f"{s.title}: header {h!r} is not over two lines")
                continue
            if not any(lines[k] == parts[0] and lines[k + 1] == parts[1] for k in range(len(lines) - 1)):
                errors.append(f"{s.title}: header {h!r} is not printed over two lines")
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
            on = [k for k, t in enumerate(page_texts) if norm(f"（{fw(i)}）{head}") in t]
            if len(on) != 1:
                errors.append(f"{doc}: the heading of sibling section {i} is printed on pages {on}")
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

    # ---- the call for applications
    kt = norm("\n".join(pages[KIKI_PDF]))
    siblings(kt, KIKI_PDF, ("輸出先：", "対象製品：", "補助金の額："), [c[0] for c in KIKI_CASES])
    if norm(f"延べ{sum(r[2] for r in RECORD)}件、{sum(r[3] for r in RECORD):,}千円") not in kt:
        errors.append("call: the totals in the prose differ from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件を採択しました") not in kt:
        errors.append("call: the 令和６年度 figures in the prose differ from (b)")
    met = [n for n, tg, a in KPIS if a >= tg]
    if len(met) != 3 or norm("「適合性評価を終えた製品数」は目標に届きませんでした") not in kt:
        errors.append("call: the KPI sentence does not hold")
    rates = {r[0]: r for r in RATES}
    for head, where, _what, amount, product, items in KIKI_CASES:
        k = 2 if product == "小型機械" else 4
        caps = sum(rates[x][k] * (EU_FACTOR if x == EU_ITEM and where in EU_MARKETS else 1) for x in items)
        if any(rates[x][k] is None for x in items):
            errors.append(f"call: case {head} uses a cost not covered")
            continue
        if int(amount.replace(",", "").rstrip("千円")) > min(caps, FIRM_CAP[product] * 10):
            errors.append(f"call: case {head} exceeds its caps")
    if re.findall(r"20\d\d年", kt) != ["2020年"]:
        errors.append("call: only 2020年度 should be printed in Western form")
    defs(kt, ("小型機械", "ドローン", "適合性評価", "小規模企業者"), "call")
    for x in KIKI_EXCLUDED:
        if norm(x) not in kt:
            errors.append(f"call: the cost not covered {x} is missing")
    bullets_in(KIKI_PDF, len(KIKI_EXCLUDED), "call")
    qa(KIKI_PDF, 3, "call")
    steps_of(KIKI_PDF, "①②③④⑤⑥⑦", "call")

    # ---- the survey
    ft = norm("\n".join(pages[FA_PDF]))
    siblings(ft, FA_PDF, ("主な輸出先：", "輸出の形態：", "工夫していること："), [c[0] for c in FA_CASES])
    resp, n, d, value = fa_totals()
    if norm(f"{resp}社（回答率{pct1(resp, TARGET)}％）") not in ft \
            or norm(f"回答企業{resp}社のうち{n}社（{pct1(n, resp)}％）で、このうち直接輸出企業は{d}社") not in ft \
            or norm(f"輸出額の合計は{value:,}百万円") not in ft:
        errors.append("survey: the response and export figures in the prose differ from (d)")
    if sorted(FIELDS, key=lambda r: -r[4])[0][0] != "産業用ロボット" or sorted(FIELDS, key=lambda r: -r[2])[0][0] != "センサ・計測機器":
        errors.append("survey: 「産業用ロボットが最も多い」 or 「センサ・計測機器が最も多い」 does not hold")
    if [r[0] for r in FIELDS].index(sorted(FIELDS, key=lambda r: -r[4])[1][0]) == 1:
        errors.append("survey: the second-largest field should not be printed second")
    if norm(f"輸出していない{resp - n}社のうち、今後５年以内に輸出を検討している企業は{PLANNING}社") not in ft \
            or PLANNING > resp - n or SERVICE_BASES > n \
            or sum(x[1] for x in SIZES) != resp or sum(x[2] for x in SIZES) != n \
            or norm(f"{SIZES[2][0]}では{SIZES[2][2]}社（{pct1(SIZES[2][2], SIZES[2][1])}％）") not in ft:
        errors.append("survey: the prose-only figures do not hold")
    top = max(DESTS, key=lambda r: r[2])
    grow = max(DESTS, key=lambda r: r[2] - r[1])
    india = dict((r[0], r) for r in DESTS)["インド"]
    if top[0] != "中国" or top[2] >= top[1] or grow[0] != "ＡＳＥＡＮ" or not india[2] > Decimal("1.5") * india[1]:
        errors.append("survey: the destination sentence (中国 first but down, ＡＳＥＡＮ up most, インド > 1.5倍) does not hold")
    n_all, n_d, n_i = split_exporters()
    tops = [max(ISSUES, key=lambda r: r[1] + r[2])[0], max(ISSUES, key=lambda r: r[1])[0], max(ISSUES, key=lambda r: r[2])[0]]
    if tops != ["海外での保守・修理体制", "海外での保守・修理体制", "現地の代理店・販売先の確保"]:
        errors.append("survey: the tops of (f) in the prose do not hold")
    if re.findall(r"20\d\d年", ft) != ["2024年"]:
        errors.append("survey: only 2024年 (調査基準日) should be printed in Western form")
    defs(ft, ("ＦＡ機器", "輸出企業", "直接輸出企業"), "survey")
    bullets_in(FA_PDF, 3, "survey")
    steps_of(FA_PDF, "①②③④", "survey")

    # ---- the guide
    gt = norm("\n".join(pages[GS1_PDF]))
    siblings(gt, GS1_PDF, ("支援の内容：", "完了までの目安：", "成果物："), [s[0] for s in SUPPORTS])
    tot = [sum(r[j] for r in USES) for j in (1, 2, 3)]
    if norm(f"利用件数は{sum(tot)}件（登録申請の代行{tot[0]}件、バーコードの作成・検証{tot[1]}件、商品情報の登録代行{tot[2]}件）") not in gt \
            or norm(f"前年度の{PREV_USES}件から{sum(tot) - PREV_USES}件増えました") not in gt:
        errors.append("guide: the use figures in the prose differ from (h)")
    if max(USES, key=lambda r: sum(r[1:]))[0] != "食料品" or USERS > sum(tot):
        errors.append("guide: 「食料品が最も多く」 does not hold, or more users than uses")
    if re.findall(r"20\d\d年", gt):
        errors.append("guide: no Western year should be printed")
    defs(gt, ("ＧＳ１事業者コード", "ＧＴＩＮ", "１品目", "小規模企業者", "営業日"), "guide")
    bullets_in(GS1_PDF, 4, "guide")
    qa(GS1_PDF, 2, "guide")
    steps_of(GS1_PDF, "①②③④⑤⑥", "guide")
    return errors


CONTACTS = {  # doc: (phone, fax, other body's phone), mail
    KIKI_PDF: (["099-871-4410", "099-871-4419", "099-871-4500"], ["mori-kiki@example.jp"]),
    FA_PDF: (["099-874-2630", "099-874-2639", "099-874-2700"], ["mori-fa@example.jp"]),
    GS1_PDF: (["099-877-5150", "099-877-5159", "099-877-5200"], ["mori-gs1@example.jp"]),
}


def check_contacts(pages) -> list[str]:
    """A contact box in each document; every phone number 099-87x-xxxx, every mail address
    @example.jp; the prefecture is 杜県 and never 槻県."""
    errors = []
    for name, p in pages.items():
        text = norm("\n".join(p))
        want, mails = CONTACTS[name]
        got = re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text)
        if got != want:
            errors.append(f"{name}: phone numbers {got}, expected the contact box's {want}")
        for ph in got:
            if not re.fullmatch(PHONE_RE, ph):
                errors.append(f"{name}: phone number {ph} is not 099-87x-xxxx")
        lines = [norm(x) for x in "\n".join(p).splitlines()]
        if not any(f"電話:{want[0]}ファクス:{want[1]}" in x for x in lines):
            errors.append(f"{name}: phone and fax should share one line")
        got_mails = re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text)
        if got_mails != mails:
            errors.append(f"{name}: mail addresses {got_mails}, expected {mails}")
        for mail in got_mails:
            if not mail.endswith(MAIL_DOMAIN):
                errors.append(f"{name}: mail address {mail} outside {MAIL_DOMAIN}")
        if PREF not in p[0] or any(x in text for x in FORBIDDEN_PREFS):
            errors.append(f"{name}: the prefecture should be {PREF} only")
    for q in QUESTIONS:  # the questions and their histories name no other prefecture either
        blob = q["question"] + "".join(t["content"] for t in q.get("history", []))
        if any(x in blob for x in FORBIDDEN_PREFS):
            errors.append(f"a question names {FORBIDDEN_PREFS}")
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", blob + "".join(q["answer"]) + "".join(q["evidence"])):
            if not re.fullmatch(PHONE_RE, ph):
                errors.append(f"a question gives the phone number {ph}")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
