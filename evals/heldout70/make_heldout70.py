"""Build the 樗県 held-out set 70: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (樗県 and every town, scheme, organisation, phone number, address
and figure). The documents are in three genres the earlier sets do not use: a call for
applications (募集要項) for a subsidy towards small firms' foreign-language product catalogues
and product videos (外国語カタログ・動画制作支援補助金) with a two-level header of rates by firm size
and caps by medium (with 「－」 cells), a yearly record (years as rows, header cells printed over two
lines, 「－」 for the years before videos were covered) and a KPI table with 目標 / 実績 / 達成率 and
a mark column (◎ ○ △); the report of a survey of the prefecture's firms on renting and leasing
machinery and equipment across borders (海外との設備レンタル・リース取引に関する実態調査) with the
firms by industry (a table continued over a page break without its header), the machines lent
by destination in two fiscal years with a 増減 column printing decreases with ▲ and an unruled
table of the issues by firm size; and the user guide (利用案内) of a prefectural service that has
consumers abroad try and rate a firm's product (海外消費者モニター調査サービス) with the fees (a
「－」 cell, header cells over two lines), the surveys by market and kind with a total column on
the right and the results by product class; see README.md beside this file.

    python make_heldout70.py [OUTPUT_DIR]          # default: this file's directory

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

CATALOG_PDF = "ouchi_gaikokugo_catalog_doga_hojokin_boshu_yoko_r7.pdf"
RENTAL_PDF = "ouchi_setsubi_rental_lease_jittai_chosa_r6.pdf"
MONITOR_PDF = "ouchi_kaigai_monitor_chosa_service_riyo_annai_r7.pdf"
ALL_PDFS = (CATALOG_PDF, RENTAL_PDF, MONITOR_PDF)

UNITS = ("千円", "万円", "円", "千回", "件", "人", "社", "台", "言語", "点", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
DASH = "－"  # a cell that does not apply: printed, but no gold cell
MINUS = "▲"  # a decrease in a 増減 column
PHONE_PREFIX = "099-74"  # every phone number of the set: 099-74x-xxxx
MAIL_DOMAIN = "@example.jp"
OTHER_PREFS = ("梢県",)  # the prefecture of the set written at the same time (never named here)


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
    """(number, unit) as printed after NFKC, ▲ read as a minus; (None, None) for text and 「－」."""
    v = nfkc(value).strip()
    if v.startswith(MINUS):
        n, u = docgen.parse_number(v[1:], UNITS)
        return (None, None) if n is None else (-n, u)
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


def cell(x) -> str:
    """A table cell: None -> 「－」, an int as docgen prints it (single digits full-width), a
    Decimal with one decimal."""
    if x is None:
        return DASH
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def signed(n: int) -> str:
    """A 増減 cell: decreases with ▲, increases bare, single digits full-width."""
    return f"{MINUS}{fw(-n)}" if n < 0 else fw(n)


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf, optional columns that
    cover a range of fiscal years, and 「－」 cells that are no gold cells."""

    col_range: dict | None = None  # {col: [first, last]} for columns covering several fiscal years

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
            if value == DASH:  # does not apply: printed, but no gold cell
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


PREF = "樗県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: catalogue and video subsidy, call for applications
CATALOG = f"{PREF}外国語カタログ・動画制作支援補助金"
CATALOG_DEPT = f"{PREF} 商工観光部 海外販路支援課"
CATALOG_DESK = f"{PREF}販路開拓相談窓口"
RATES = [  # 経費区分; 補助率（％）: 中小企業者, 小規模企業者; 上限額（千円）: カタログ, 動画 (None: 「－」) (令和７年度)
    ("企画・構成", 50, 60, 200, 300), ("翻訳・ネイティブチェック", 60, 75, 150, 150),
    ("写真・動画の撮影", 50, 60, 200, 600), ("編集・デザイン", 50, 60, 300, 500),
    ("ナレーション・字幕", 50, 60, None, 200), ("印刷", 40, 50, 300, None),
]
FIRM_CAP, FIRM_CAP_BOTH = 1000, 1500  # note ※２: 千円 per firm (one medium / both media)
RECORD_YEARS = (2020, 2021, 2022, 2023, 2024)
VIDEO_FROM = 2022  # videos covered from 令和４年度 (note ※４); 「－」 before
RECORD = [  # 年度, 申請件数, 採択件数, うち動画制作 (None before VIDEO_FROM), 交付額（千円）
    (2020, 14, 9, None, 5840), (2021, 18, 12, None, 7615), (2022, 26, 15, 6, 10930),
    (2023, 31, 19, 9, 14287), (2024, 38, 22, 13, 17406),
]
KPIS = [  # 指標（単位）, 目標, 実績 (令和６年度の補助事業); 達成率 and 評価 computed
    ("採択件数（件）", 25, 22), ("制作した外国語の数（言語）", 12, 14), ("商談件数（件）", 300, 342),
    ("成約件数（件）", 60, 45), ("成約金額（千円）", 150000, 163200), ("動画の再生回数（千回）", 500, 418),
]
MARKS = (("◎", 100), ("○", 80), ("△", 0))  # note ※５: the mark of an achievement rate


def mark(rate: Decimal) -> str:
    return next(m for m, lo in MARKS if rate >= lo)


CATALOG_CASES = [  # 見出し, 制作物, 対象市場, 補助金の額; (媒体, 小規模企業者か) for the cap check
    ("陶磁器製造業Ａ社（樗市）", "英語とフランス語の商品カタログ（印刷1,000部）", "フランス", "468千円", ("カタログ",)),
    ("水産加工業Ｂ社（白砂市）", "英語とタイ語の字幕を付けた商品紹介動画（３分）", "タイ", "920千円", ("動画",)),
    ("刃物製造業Ｃ社（葦原町）", "英語の商品カタログと商品紹介動画（２分）", "米国、ドイツ", "1,340千円", ("カタログ", "動画")),
]
EXCLUDED = [  # 補助の対象にならない経費
    "日本語版のみに係る経費",
    "広告の出稿費及び動画の再生回数を増やすための費用",
    "ウェブサイトの制作及び改修に要する経費",
    "交付決定の日より前に発注し、又は支払った経費",
]


def kpi_rows():
    return [(n, t, a, pct1(a, t)) for n, t, a in KPIS]


def catalog_specs():
    rates = TableSpec(
        key="rates", doc=CATALOG_PDF, title="経費区分別の補助率と上限額",
        header=[["経費区分", "補助率（％）", "", "上限額（千円）", ""],
                ["", "中小企業者", "小規模企業者", "カタログ", "動画"]],
        rows=[[n, fw(a), fw(b), cell(c), cell(d)] for n, a, b, c, d in RATES],
        col_widths=[56 * mm, 27 * mm, 27 * mm, 25 * mm, 25 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    record = TableSpec(
        key="record", doc=CATALOG_PDF, title="申請と交付の実績",
        header=[["年度", "申請\n件数（件）", "採択\n件数（件）", "うち動画\n制作（件）", "交付額\n（千円）"]],
        rows=[[era(y), fw(a), fw(b), cell(v), fw(g)] for y, a, b, v, g in RECORD],
        col_widths=[30 * mm, 30 * mm, 30 * mm, 30 * mm, 30 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    kpi = TableSpec(
        key="kpi", doc=CATALOG_PDF, title="成果指標の達成状況",
        header=[["指標", "目標", "実績", "達成率（％）", "評価"]],
        rows=[[n, fw(t), fw(a), cell(r), mark(r)] for n, t, a, r in kpi_rows()],
        col_widths=[58 * mm, 24 * mm, 24 * mm, 26 * mm, 16 * mm], value_cols=[1, 2, 3], table_fy=2024,
    )
    kpi.unit = lambda row, c: "%" if c == 3 else bracket_unit(row[0])
    return rates, record, kpi


def catalog_story(specs):
    rates, record, kpi = specs
    n_all, amt_all = sum(r[2] for r in RECORD), sum(r[4] for r in RECORD)
    last = RECORD[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{CATALOG} 募集要項", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(CATALOG_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　目的", H1)]
    st += paras(f"""
県内の中小企業が、海外の商談や展示会で自社の商品を分かりやすく紹介できるよう、外国語のカタログと商品紹介動画の制作に要する経費の一部を補助します。制度を始めた令和２年度（2020年度）から令和６年度までに、延べ{n_all}件、{amt_all:,}千円を交付しました。
""", 0)
    st += [P("２　募集の概要", H1)]
    st += lv_lines([
        ("補助事業名", CATALOG),
        ("補助対象者", "県内に本社又は主たる事業所を有する中小企業者（個人事業主を含む。）で、自社の商品の外国語カタログ又は商品紹介動画を制作し、海外での販路開拓に用いるもの"),
        ("募集期間", "令和７年５月12日から６月20日まで（必着）"),
        ("予算額", "2,600万円"),
        ("採択予定件数", "25件程度"),
        ("補助事業期間", "交付決定の日から令和８年２月13日まで"),
    ], 0)
    st += paras("""
この要項において「外国語カタログ」とは、日本語以外の言語で商品の仕様、価格、使い方等を紹介する冊子又は電子ファイルをいいます。「商品紹介動画」とは、日本語以外の言語による音声又は字幕で商品を紹介する動画で、再生時間が30秒以上10分以内のものをいいます。また、「小規模企業者」とは、常時使用する従業員の数が20人（商業又はサービス業は５人）以下の中小企業者をいいます。
""", 0)
    st += [P("３　補助対象経費と補助率", H1)]
    st += paras("補助率は申請者の規模により、上限額は制作する媒体により、経費区分ごとに次のとおりです。", 0)
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「小規模企業者」の欄は、申請者が小規模企業者である場合に適用し、それ以外の場合は「中小企業者」の欄を適用します。",
        f"※２ 補助金の額は、１事業者当たり{FIRM_CAP:,}千円（カタログと動画の両方を制作する場合は{FIRM_CAP_BOTH:,}千円）を上限とし、千円未満の端数は切り捨てます。",
        "※３ 「－」は、その経費区分がその媒体では補助の対象にならないことを示します。",
    ])
    st += paras("次の経費は補助の対象になりません。", 0)
    st += bullets(EXCLUDED, 0)
    st += [P("４　申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（海外販路支援課又は{CATALOG_DESK}へ）",
        "② 申請書の提出（募集期間内に、制作計画書、見積書及び既存の日本語版の資料を添えて提出）",
        "③ 審査（書類審査とオンライン面談、令和７年７月中旬）",
        "④ 採択と交付決定の通知（令和７年８月上旬）",
        "⑤ 制作と納品（令和８年２月13日までに完了すること）",
        "⑥ 実績報告（完成したカタログ又は動画を添えて、完了から30日以内）",
        "⑦ 補助金の額の確定と支払（令和８年３月）",
    ], 0)
    st += [P("５　これまでの実績", H1)]
    st += paras(f"""
申請件数は毎年増えており、令和６年度は{last[1]}件の申請があり、{last[2]}件を採択しました（うち動画制作{last[3]}件）。令和６年度の補助事業の成果は、成果指標の達成状況のとおりです。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += notes([f"※４ 「うち動画制作」は、動画を補助対象に加えた{era(VIDEO_FROM)}から集計しています。"])
    st += [caption(kpi.title, "（令和６年度）"), kpi.flowable(), Spacer(1, 2)]
    st += notes(["※５ 評価は達成率によるもので、◎は100％以上、○は80％以上100％未満、△は80％未満を示します。"])
    st += [CondPageBreak(SIBLING_ROOM + 10 * mm), P("６　活用事例（令和６年度）", H1)]
    for i, (head, what, where, amount, _m) in enumerate(CATALOG_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("制作物", what), ("対象市場", where), ("補助金の額", amount)], 1)
    st += [P("７　よくある質問", H1)]
    qa = [
        ("外国語版と一緒に日本語版のカタログも作る場合、日本語版の費用も対象になりますか。",
         "対象になりません。外国語版と同時に制作する場合も、日本語版に係る経費は補助の対象外です。"),
        ("すでにある日本語の動画に、外国語の字幕だけを付ける場合も申請できますか。",
         "申請できます。「ナレーション・字幕」の経費区分で申請してください。"),
        ("完成した動画を動画共有サイトで広告として配信する費用は対象になりますか。",
         "対象になりません。動画の制作までが対象です。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{CATALOG_DEPT} 販路開拓班　電話：099-741-5520　ファクス：099-741-5529",
        f"{CATALOG_DESK}（公益財団法人樗県産業振興財団内、事前相談）　電話：099-741-5600",
        "電子メール：ouchi-catalog@example.jp",
    ]))
    return st


# ================================================================ document 2: cross-border rental and leasing, survey report
RENTAL = f"{PREF}内企業の海外との設備レンタル・リース取引に関する実態調査"
RENTAL_DEPT = f"{PREF} 産業振興部 国際経済課"
KYOKAI = f"一般社団法人{PREF}産業機械協会"
TARGET = 1500  # 調査対象の企業
INDUSTRIES = [  # 業種, 回答企業数（社）, 海外向け貸出の実施企業（社）, 海外拠点での借入企業（社）, 貸出台数（台） (令和５年度)
    ("一般機械", 74, 22, 18, 286), ("建設機械", 41, 19, 7, 352), ("電気機械", 56, 11, 15, 97),
    ("輸送用機械", 38, 6, 12, 41), ("精密機械", 33, 9, 8, 118), ("金属製品", 61, 4, 10, 23),
    ("物品賃貸業", 27, 17, 3, 471), ("卸売業", 52, 8, 6, 74), ("その他", 47, 3, 5, 16),
]
SIZES = (("中小企業", 371, 71), ("大企業", 58, 28))  # 回答企業数, うち海外向け貸出の実施企業
DEST_YEARS = (2022, 2023)
DESTINATIONS = [  # 貸出先, 貸出台数 令和４年度, 令和５年度
    ("中国", 312, 268), ("台湾", 96, 118), ("韓国", 54, 61), ("タイ", 188, 243), ("ベトナム", 141, 226),
    ("インドネシア", 97, 112), ("インド", 38, 74), ("米国", 205, 196), ("メキシコ", 71, 93), ("その他", 95, 87),
]
ISSUES = [  # 海外向け貸出の課題, 回答数: 中小企業, 大企業 (複数回答)
    ("貸し出した機械の所在・稼働状況の把握", 38, 12), ("現地での保守・修理体制", 41, 19),
    ("代金（賃料）の回収", 29, 7), ("返却時の輸送費と通関手続", 33, 15),
    ("為替変動による賃料収入の目減り", 18, 11), ("現地の税制・規制の確認", 15, 9),
]
RENTAL_CASES = [  # 見出し, 取引の形態, 主な国・地域, 工夫していること (same labels in every sibling section)
    ("建設機械製造業Ｄ社（樗市）", "海外向け貸出（レンタル）", "ベトナム、インドネシア",
     "機械に通信端末を付けて稼働状況を確かめ、保守は現地の販売店に任せている"),
    ("物品賃貸業Ｅ社（白砂市）", "海外向け貸出（リース）", "タイ、マレーシア",
     "現地の金融機関と組み、借り手の信用を契約前に調べている"),
    ("電気機械製造業Ｆ社（葦原町）", "海外拠点での借入（リース）", "中国、メキシコ",
     "生産量の変動に合わせ、検査装置を買わずに借りている"),
]


def respondents() -> int:
    return sum(r[1] for r in INDUSTRIES)


def lenders() -> int:
    return sum(r[2] for r in INDUSTRIES)


def borrowers() -> int:
    return sum(r[3] for r in INDUSTRIES)


def rental_specs():
    rows = [[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in INDUSTRIES]
    rows.append(["合計"] + [fw(sum(r[j] for r in INDUSTRIES)) for j in (1, 2, 3, 4)])
    industries = TableSpec(
        key="industries", doc=RENTAL_PDF, title="業種別の回答企業と取引の状況",
        header=[["業種", "回答企業数\n（社）", "海外向け貸出の\n実施企業（社）", "海外拠点での\n借入企業（社）", "貸出台数\n（台）"]],
        rows=rows, col_widths=[34 * mm, 28 * mm, 34 * mm, 34 * mm, 26 * mm], table_fy=2023, repeat_header=False,
    )
    industries.unit = lambda row, c, s=industries: bracket_unit(s.column_label(c))
    drows = [[n, fw(a), fw(b), signed(b - a)] for n, a, b in DESTINATIONS]
    ta, tb = sum(r[1] for r in DESTINATIONS), sum(r[2] for r in DESTINATIONS)
    drows.append(["合計", fw(ta), fw(tb), signed(tb - ta)])
    destinations = TableSpec(
        key="destinations", doc=RENTAL_PDF, title="貸出先の国・地域別の貸出台数",
        header=[["貸出先", era(DEST_YEARS[0]), era(DEST_YEARS[1]), "増減"]],
        rows=drows, col_widths=[40 * mm, 32 * mm, 32 * mm, 28 * mm], unit="台",
    )
    destinations.col_range = {3: list(DEST_YEARS)}
    (_s, _sn, s_t), (_l, _ln, l_t) = SIZES
    issues = TableSpec(
        key="issues", doc=RENTAL_PDF, title="海外向け貸出の課題（複数回答）",
        header=[["貸出の課題", "全体", "中小企業", "大企業"]],
        rows=[[x, cell(pct1(a + b, s_t + l_t)), cell(pct1(a, s_t)), cell(pct1(b, l_t))] for x, a, b in ISSUES],
        col_widths=[72 * mm, 26 * mm, 26 * mm, 26 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return industries, destinations, issues


def rental_story(specs):
    industries, destinations, issues = specs
    total, n_l, n_b = respondents(), lenders(), borrowers()
    (s_name, s_n, s_t), (l_name, l_n, l_t) = SIZES
    ta, tb = sum(r[1] for r in DESTINATIONS), sum(r[2] for r in DESTINATIONS)
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{RENTAL} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年１月", DATE_RIGHT), P(RENTAL_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県内企業が機械・設備を海外との間で貸し借りする実態と課題を把握し、海外展開の支援策に役立てるため"),
        ("調査対象", f"県内の製造業、物品賃貸業及び卸売業等の企業 {TARGET:,}社（無作為抽出）"),
        ("調査基準日", "令和６年（2024年）９月１日"),
        ("調査期間", "令和６年９月９日から10月11日まで"),
        ("調査方法", "郵送及びウェブによるアンケート"),
        ("回答数", f"{total}社（回答率{pct1(total, TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「レンタル」とは、契約期間が１年未満の機械・設備の賃貸借をいい、「リース」とは、契約期間が１年以上のものをいう。「海外向け貸出」とは、自社が所有する機械・設備を、レンタル又はリースにより海外の顧客に貸し出すことをいい、「海外拠点での借入」とは、自社の海外拠点で使う機械・設備を、現地でレンタル又はリースにより借りることをいう。また、「中小企業」とは、中小企業基本法に定める中小企業者をいい、それ以外の企業を「大企業」という。
""", 0)
    st += [P("２　取引の状況", H1)]
    st += paras(f"""
令和５年度に海外向け貸出を行った企業は、回答企業{total}社のうち{n_l}社（{pct1(n_l, total)}％）、海外拠点での借入を行った企業は{n_b}社（{pct1(n_b, total)}％）であった。業種別では、貸出を行った企業の数は一般機械が、貸出台数は物品賃貸業が最も多い。
企業規模別では、大企業は{l_n}社のうち{l_t}社が海外向け貸出を行ったが、中小企業は{s_n}社のうち{s_t}社にとどまった。
海外拠点での借入を行った企業が借りている機械・設備は、生産設備が最も多く、検査・測定機器、物流機器が続く。借入の理由は「初期投資を抑えるため」が最も多く、「生産量の変動に合わせやすいため」、「現地で保守を受けやすいため」が続いた。一方、海外向け貸出を行った企業では、建設機械と工作機械の貸出が多く、貸出先の工事や生産の期間に合わせたレンタルが中心である。
""", 0)
    st += [caption(industries.title, "（令和５年度）", keep=False), industries.flowable(), Spacer(1, 2)]
    st += notes(["※１ 「物品賃貸業」は、機械・設備のレンタル又はリースを主な事業とする企業である。「その他」は、建設業、運輸業等である。"])
    st += [P("３　貸出先", H1)]
    st += paras(f"""
令和５年度の貸出台数は{tb:,}台で、前年度から{tb - ta}台増えた。国・地域別では中国が最も多いが、前年度より減っている。増加が最も大きいのはベトナムである。
""", 0)
    st += [caption(destinations.title, "（単位：台）"), destinations.flowable(), Spacer(1, 2)]
    st += notes(["※２ 「増減」は令和５年度の台数から令和４年度の台数を引いたもので、減少は▲で示す。「その他」は、マレーシア、ブラジル、中東諸国等である。"])
    st += [P("４　企業の事例", H1)]
    for i, (head, form, where, idea) in enumerate(RENTAL_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("取引の形態", form), ("主な国・地域", where), ("工夫していること", idea)], 1)
    st += [P("５　海外向け貸出の課題", H1)]
    st += paras("""
全体、中小企業、大企業のいずれでも「現地での保守・修理体制」が最も多かった。中小企業では「貸し出した機械の所在・稼働状況の把握」が、大企業では「返却時の輸送費と通関手続」が２番目に多い。
""", 0)
    st += [caption(issues.title, "（単位：％）"), issues.flowable(), Spacer(1, 2)]
    st += notes([
        f"※３ 海外向け貸出を行った企業（全体{s_t + l_t}社、中小企業{s_t}社、大企業{l_t}社）が回答した。複数回答のため、合計は100％にならない。",
    ])
    st += [P("６　県への主な要望（自由記述）", H1)]
    st += bullets([
        "貸出先の国ごとに、機械の一時輸出と再輸入の手続をまとめて知らせてほしい。",
        "現地で保守を任せられる企業を紹介してほしい。",
        "賃料の未払いに備える保険や保証の情報がほしい。",
    ], 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        "① 機械の一時輸出と再輸入の手続を国・地域別にまとめた手引きを、令和７年度中に作る。",
        f"② {KYOKAI}と連携し、現地の保守事業者との商談会を開く。",
        "③ 海外の取引先の信用を確かめる方法について、セミナーを年２回開く。",
        "④ 次回の調査は、令和８年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{RENTAL_DEPT} 調査企画班　電話：099-744-2210　ファクス：099-744-2219",
        f"{KYOKAI}（業界の相談）　電話：099-744-2300",
        "電子メール：ouchi-kokusai@example.jp",
    ]))
    return st


# ================================================================ document 3: consumer-monitor research service, user guide
MONITOR = f"{PREF}海外消費者モニター調査サービス"
MONITOR_DEPT = f"{PREF} 商工観光部 貿易振興課"
CENTER = f"一般財団法人{PREF}国際ビジネスセンター"
KINDS = [  # 見出し, 調査の方法, 対象者数, 報告までの期間 (same labels in every sibling section)
    ("オンラインアンケート", "現地の調査会社に登録したモニターが、ウェブの質問票に回答します", "100人",
     "入金の確認から15営業日以内"),
    ("試食・試用モニター", "現地のモニターが商品を実際に食べ、又は使ってみて、評価票に記入します", "30人",
     "商品の到着から20営業日以内"),
    ("グループインタビュー", "６人程度のグループごとに、司会者が商品についての意見を聞きます（通訳付き）", "12人（２グループ）",
     "実施日から10営業日以内"),
]
FEES = [  # 調査の種類, 対象者数（人） (None: 「－」), 県内中小企業（円）, その他の事業者（円） (令和７年度)
    ("オンラインアンケート", 100, 55000, 110000), ("試食・試用モニター", 30, 120000, 240000),
    ("グループインタビュー", 12, 170000, 340000), ("報告書の英訳（追加）", None, 20000, 40000),
    ("質問の追加（５問ごと）", None, 8000, 16000),
]
FIRST_USE_HALF = True  # note ※２: a 県内中小企業's first use: half the fee, one 件
MARKETS = [  # 国・地域, オンラインアンケート, 試食・試用モニター, グループインタビュー (令和６年度)
    ("台湾", 18, 9, 3), ("香港", 12, 7, 2), ("中国", 9, 4, 1), ("タイ", 15, 8, 2), ("ベトナム", 11, 5, 1),
    ("シンガポール", 10, 6, 3), ("米国", 14, 4, 4), ("フランス", 5, 2, 1),
]
PRODUCTS = [  # 商品の分類, 実施件数（件）, 平均評価（点）, 購入意向（％） (令和６年度)
    ("菓子", 38, Decimal("4.1"), Decimal("62.4")), ("調味料", 27, Decimal("3.6"), Decimal("41.8")),
    ("酒類", 22, Decimal("3.9"), Decimal("55.0")), ("農産物・加工品", 31, Decimal("3.8"), Decimal("47.3")),
    ("日用品・雑貨", 24, Decimal("3.4"), Decimal("38.6")), ("化粧品", 14, Decimal("4.2"), Decimal("66.1")),
]
PREV_YEAR = 118  # 令和５年度の実施件数 (prose only)
USERS = 97  # 令和６年度に利用した事業者 (prose only)


def market_rows():
    rows = [[n, fw(a), fw(b), fw(c), fw(a + b + c)] for n, a, b, c in MARKETS]
    rows.append(["合計"] + [fw(sum(r[j] for r in MARKETS)) for j in (1, 2, 3)]
                + [fw(sum(sum(r[1:]) for r in MARKETS))])
    return rows


def monitor_specs():
    fees = TableSpec(
        key="fees", doc=MONITOR_PDF, title="調査の種類別の料金",
        header=[["調査の種類", "対象者数\n（人）", "県内中小企業\n（円）", "その他の\n事業者（円）"]],
        rows=[[n, cell(p), fw(a), fw(b)] for n, p, a, b in FEES],
        col_widths=[60 * mm, 26 * mm, 34 * mm, 34 * mm], table_fy=2025,
    )
    fees.unit = lambda row, c, s=fees: bracket_unit(s.column_label(c))
    markets = TableSpec(
        key="markets", doc=MONITOR_PDF, title="国・地域別の実施件数",
        header=[["国・地域", "オンライン\nアンケート", "試食・試用\nモニター", "グループ\nインタビュー", "計"]],
        rows=market_rows(), col_widths=[36 * mm, 30 * mm, 30 * mm, 30 * mm, 22 * mm], unit="件", table_fy=2024,
    )
    products = TableSpec(
        key="products", doc=MONITOR_PDF, title="商品の分類別の調査結果",
        header=[["商品の分類", "実施件数（件）", "平均評価（点）", "購入意向（％）"]],
        rows=[[n, fw(k), cell(s), cell(p)] for n, k, s, p in PRODUCTS],
        col_widths=[44 * mm, 34 * mm, 34 * mm, 34 * mm], table_fy=2024,
    )
    products.unit = lambda row, c, s=products: bracket_unit(s.column_label(c))
    return fees, markets, products


def monitor_story(specs):
    fees, markets, products = specs
    total = sum(sum(r[1:]) for r in MARKETS)
    by_kind = [sum(r[j] for r in MARKETS) for j in (1, 2, 3)]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{MONITOR} 利用案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(MONITOR_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　サービスの概要", H1)]
    st += paras("""
このサービスは、県内の事業者が輸出を考えている商品を、海外の消費者に試してもらい、その評価と意見を報告するものです。輸出する商品や価格、パッケージを決める前に、現地の消費者の反応を確かめるためにご利用ください。
""", 0)
    st += lv_lines([
        ("サービス名", MONITOR),
        ("実施主体", PREF),
        ("運営", f"{CENTER}（県からの委託）"),
        ("利用できる者", "県内に事業所を有する事業者（個人事業主を含む。）"),
        ("受付時間", "平日９時から17時まで（ウェブの申込みは24時間）"),
        ("実施期間", "令和７年４月１日から令和８年３月31日まで"),
    ], 0)
    st += paras("""
この案内において「モニター」とは、現地の調査会社に登録し、謝礼を受けて商品の評価に協力する現地の消費者をいいます。「１件」とは、１商品（味、色、大きさ等の違いは同じ商品とみなします）について１か国・地域で行う調査をいいます。また、「営業日」とは、土曜日、日曜日、祝日及び年末年始（12月29日から１月３日まで）を除く日をいいます。
""", 0)
    st += [P("２　調査の種類", H1)]
    for i, (head, how, who, when) in enumerate(KINDS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("調査の方法", how), ("対象者数", who), ("報告までの期間", when)], 1)
    st += [P("３　利用料金", H1)]
    st += paras("料金は１件当たりの額で、調査の種類と利用者の区分によって次のとおりです（消費税込み）。", 0)
    st += [caption(fees.title, "（令和７年度）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「県内中小企業」は、県内に事業所を有する中小企業基本法に定める中小企業者（個人事業主を含む。）をいい、それ以外の利用者には「その他の事業者」の欄を適用します。",
        "※２ 県内中小企業が初めてこのサービスを利用する場合は、１件に限り料金を半額とします。",
        "※３ 英訳と質問の追加は、いずれかの調査に付けて申し込むものです（対象者数の欄は「－」としています）。試食・試用モニターの商品の輸送費は、利用者の負担です。",
    ])
    st += [P("４　申込みから報告までの流れ", H1)]
    st += numbered([
        "① 申込み（ウェブの申込フォームに、商品、調査の種類及び国・地域を記入）",
        "② 質問票の打合せ（センターの担当者と、オンラインで30分程度）",
        "③ 料金の支払（請求書による銀行振込み）",
        "④ 商品の発送（試食・試用モニターの場合。センターが指定する現地の住所へ）",
        "⑤ 調査の実施と報告（報告書は電子ファイルでお送りします）",
        "⑥ 報告会（希望する場合、報告の日から30日以内に１回、オンラインで説明します）",
    ], 0)
    st += [P("５　利用の状況", H1)]
    st += paras(f"""
令和６年度の実施件数は{total}件（オンラインアンケート{by_kind[0]}件、試食・試用モニター{by_kind[1]}件、グループインタビュー{by_kind[2]}件）で、前年度の{PREV_YEAR}件から{total - PREV_YEAR}件増えました。利用した事業者は{USERS}事業者です。国・地域別では台湾が、商品の分類別では菓子が最も多くなっています。
""", 0)
    st += [caption(markets.title, "（令和６年度、単位：件）"), markets.flowable(), Spacer(1, 2)]
    st += [caption(products.title, "（令和６年度）"), products.flowable(), Spacer(1, 2)]
    st += notes(["※４ 「平均評価」とは、モニターが５段階（５が最高）で付けた総合評価の平均をいい、「購入意向」とは、「ぜひ買いたい」又は「買いたい」と答えたモニターの割合をいいます。グループインタビューは、平均評価と購入意向の集計に含みません。"])
    st += [P("６　利用上の注意", H1)]
    st += bullets([
        "報告は調査に協力したモニターの意見をまとめたもので、現地の消費者全体の意見を示すものではありません。",
        "酒類と食品の試食は、現地の法令により実施できない国・地域があります。",
        "商品の発送後の取消しはできません。",
        "同じ商品と国・地域の再調査は、前回の報告から６か月を過ぎたものに限り受け付けます。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{MONITOR_DEPT} 輸出促進班　電話：099-747-3360　ファクス：099-747-3369",
        f"{CENTER}（申込み・調査の進み具合）　電話：099-747-3400",
        "電子メール：ouchi-monitor@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return catalog_specs() + rental_specs() + monitor_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    cspecs, rspecs, mspecs = catalog_specs(), rental_specs(), monitor_specs()
    cdoc = build_pdf(docs_dir / CATALOG_PDF, cspecs, catalog_story(cspecs),
                     f"令和７年度 {CATALOG} 募集要項", "令和７年４月", CATALOG_DEPT)
    rdoc = build_pdf(docs_dir / RENTAL_PDF, rspecs, rental_story(rspecs),
                     f"令和６年度 {RENTAL} 報告書", "令和７年１月", RENTAL_DEPT)
    mdoc = build_pdf(docs_dir / MONITOR_PDF, mspecs, monitor_story(mspecs),
                     f"令和７年度 {MONITOR} 利用案内", "令和７年４月", MONITOR_DEPT)
    gold = all_gold({CATALOG_PDF: cdoc.row_pages, RENTAL_PDF: rdoc.row_pages, MONITOR_PDF: mdoc.row_pages})
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
    # --- catalog: the catalogue and video subsidy call, tables (a) (b) (c), definitions, notes, sibling sections, Q&A
    dict(question="従業員が15人の菓子メーカーが、英語版のカタログを作るために翻訳とネイティブチェックを外注したいそうです。補助率は何％ですか？",
         category="catalog", doc=CATALOG_PDF,
         evidence=["常時使用する従業員の数が20人", "翻訳・ネイティブチェック 60 75 150 150"], answer=["75"],
         notes="two facts: 15人 in manufacturing is within the 20人 of 小規模企業者 (definition in ２), so note ※１ puts "
               "the firm under the 小規模企業者 leaf; (a) two-level header, leaf 補助率（％）／小規模企業者; 60 (中小企業者) "
               "and the two 150 caps are the traps"),
    dict(question="2025年度の募集で、商品紹介動画のための撮影費は、上限額がいくらになりますか？",
         category="catalog", doc=CATALOG_PDF, evidence=["写真・動画の撮影 50 60 200 600"], answer=["600"],
         notes="(a) leaf 上限額（千円）／動画 (unit 千円 only in the group cell); 200 (カタログ) and 60 (a rate) are the "
               "traps; 2025年度 = 令和７年度 (only 2020年度 is printed in Western form)"),
    dict(question="カタログだけを作る会社は、ナレーションや字幕の費用も補助してもらえますか？",
         category="catalog", doc=CATALOG_PDF,
         evidence=["ナレーション・字幕 50 60", "補助の対象にならないことを示します"], answer=["対象にならない"],
         notes="two facts: (a) row ナレーション・字幕 prints 「－」 under 上限額（千円）／カタログ, and note ※３ says 「－」 "
               "means not covered for that medium (no); the rates 50 / 60 and the video cap 200 are the traps"),
    dict(question="従業員80人の部品メーカーが、商品紹介動画の編集に80万円かかる見込みだそうです。補助金はいくらになりますか？",
         category="catalog", doc=CATALOG_PDF, evidence=["編集・デザイン 50 60 300 500"], answer=["400千円"], computed=True,
         notes="(a): 80人 is above the 20人 of 小規模企業者, so leaf 補助率（％）／中小企業者 50 %; 800千円 × 50 % = "
               "400千円, within the video cap 500 (上限額（千円）／動画); 480千円 (the 小規模企業者 rate) is a wrong reading"),
    dict(question="2023年度の申請のうち、採択されたのは何％でしたか？",
         category="catalog", doc=CATALOG_PDF, evidence=["令和５年度 31 19 ９ 14,287"], answer=["61.3%"], computed=True,
         notes="(b) years as rows with header cells over two lines: 2023年度 = 令和５年度; 採択件数 / 申請件数 = 19 / 31 "
               "= 61.3 %"),
    dict(question="令和２年度から令和６年度までに交付した補助金は、１件当たり平均でいくらになりますか？",
         category="catalog", doc=CATALOG_PDF, evidence=["延べ77件、56,078千円"], answer=["728.3千円"], computed=True,
         notes="the five-year totals in the prose of １ (also the sums of (b)): 56,078 / 77 = 728.3千円"),
    dict(question="商品紹介動画の制作が補助の対象になったのは、いつからですか？",
         category="catalog", doc=CATALOG_PDF, evidence=["動画を補助対象に加えた令和４年度"], answer=["令和４年度"],
         notes="note ※４ under (b), which explains the 「－」 cells of うち動画制作 in 令和２年度 and 令和３年度 (制度 "
               "started 令和２年度 is the trap)"),
    dict(question="2024年度の補助事業で、成約件数は目標に対して何％の達成でしたか？",
         category="catalog", doc=CATALOG_PDF, evidence=["成約件数（件） 60 45 75.0 △"], answer=["75.0"],
         notes="(c) KPI table with 目標 / 実績 / 達成率 and a mark column (2024年度 = 令和６年度, in the caption note): "
               "row 成約件数（件）, column 達成率（％）; 45 (実績) and 60 (目標) are the traps"),
    dict(question="動画の再生回数の評価欄に付いている記号は、どういう意味ですか？",
         category="catalog", doc=CATALOG_PDF,
         evidence=["動画の再生回数（千回） 500 418 83.6 ○", "○は80％以上100％未満"], answer=["80％以上100％未満"],
         notes="two facts: (c) row 動画の再生回数（千回） has the mark ○ (達成率 83.6), and note ※５ says ○ means 80 % to "
               "under 100 %; ◎ (100 % or more) is the trap"),
    dict(question="包丁メーカーの活用事例では、補助金はいくら交付されましたか？",
         category="catalog", doc=CATALOG_PDF, evidence=["（３）刃物製造業Ｃ社", "補助金の額：1,340千円"],
         answer=["1,340千円"],
         notes="sibling sections （１）–（３） of ６ share the labels 制作物, 対象市場, 補助金の額; （３）刃物製造業Ｃ社 "
               "(包丁 = 刃物); 468千円 and 920千円 are the siblings' values"),
    dict(question="外国語版と一緒に日本語版のカタログも作る場合、日本語版の費用も補助の対象になりますか？",
         category="catalog", doc=CATALOG_PDF, evidence=["日本語版に係る経費は補助の対象外"], answer=["対象外"],
         notes="Q&A: Ａ of Ｑ１ (no, even when made with the foreign-language version); the costs not covered list "
               "日本語版のみに係る経費, which alone leaves the joint case open"),
    # --- rental: the survey of cross-border rental and leasing, tables (d) (e) (f), definitions, sibling sections
    dict(question="2023年度に貸出台数が２番目に多かった貸出先の国・地域はどこですか？",
         category="rental", doc=RENTAL_PDF, evidence=["タイ 188 243 55"], answer=["タイ"],
         notes="(e) ranking in the column 令和５年度 (2023年度; the report prints only 2024年 in Western form): 中国 268, "
               "タイ 243, ベトナム 226 (the rows are in geographic order; the prose names only 中国 and ベトナム); "
               "second-largest"),
    dict(question="海外の顧客に機械を６か月の契約で貸す場合、この調査ではレンタルとリースのどちらに当たりますか？",
         category="rental", doc=RENTAL_PDF, evidence=["「レンタル」とは、契約期間が１年未満"], answer=["レンタル"],
         notes="definitions in １: 「レンタル」 is a contract under one year, 「リース」 one year or more (six months → レンタル)"),
    dict(question="回答した中小企業のうち、海外向けに機械を貸し出した企業の割合はどのくらいですか？",
         category="rental", doc=RENTAL_PDF, evidence=["中小企業は371社のうち71社"], answer=["19.1%"], computed=True,
         notes="prose of ２ (firm sizes, in no table): 71 / 371 = 19.1 % (大企業 28 / 58 and 全体 23.1 % are near misses)"),
    dict(question="機械のレンタルやリースを本業にしている会社のうち、海外向けに貸し出している企業は何社ありましたか？",
         category="rental", doc=RENTAL_PDF, evidence=["物品賃貸業 27 17 ３ 471"], answer=["17"],
         notes="(d) continuation page (no header there): row 物品賃貸業 (note ※１: firms whose main business is renting "
               "or leasing), column 海外向け貸出の実施企業（社）; 27 (回答企業数) and ３ (借入) are the traps"),
    dict(question="建設機械の会社では、貸出を行った企業１社当たり、何台を海外に貸し出した計算になりますか？",
         category="rental", doc=RENTAL_PDF, evidence=["建設機械 41 19 ７ 352"], answer=["18.5台"], computed=True,
         notes="(d) average in a row: 貸出台数 / 海外向け貸出の実施企業 = 352 / 19 = 18.5台 (352 / 41 over all "
               "respondents is a wrong reading)"),
    dict(question="2022年度にインドネシア向けに貸し出された機械は何台でしたか？",
         category="rental", doc=RENTAL_PDF, evidence=["インドネシア 97 112 15"], answer=["97"],
         notes="(e) fiscal years as columns: 2022年度 = 令和４年度; 112 (令和５年度) and 15 (増減) are the traps"),
    dict(question="アメリカ向けの貸出台数は、前の年度と比べてどう変わりましたか？",
         category="rental", doc=RENTAL_PDF, evidence=["米国 205 196 ▲９"], answer=["▲９"],
         notes="(e) 増減 column with ▲ for decreases (note ※２): row 米国 (アメリカ = 米国), a decrease of 9台"),
    dict(question="令和４年度から令和５年度にかけて、ベトナム向けの貸出台数は何％増えましたか？",
         category="rental", doc=RENTAL_PDF, evidence=["ベトナム 141 226 85"], answer=["60.3%"], computed=True,
         notes="(e): 増減 / 令和４年度 = 85 / 141 = 60.3 % (85 / 226 = 37.6 % is a wrong reading)"),
    dict(question="大手の企業で、賃料の回収を課題に挙げたのは何％ですか？",
         category="rental", doc=RENTAL_PDF,
         evidence=["それ以外の企業を「大企業」という", "代金（賃料）の回収 36.4 40.8 25.0"], answer=["25.0"],
         notes="two facts: 大手 = 大企業 (definition in １) and (f) unruled table, column 大企業 (ｎ 28 in note ※３); "
               "36.4 (全体) and 40.8 (中小企業) are the traps"),
    dict(question="家電や電子部品を作っている会社の事例では、どこの国で設備を借りていますか？",
         category="rental", doc=RENTAL_PDF, evidence=["（３）電気機械製造業Ｆ社", "主な国・地域：中国、メキシコ"],
         answer=["中国、メキシコ"],
         notes="sibling sections （１）–（３） of ４ share the labels 取引の形態, 主な国・地域, 工夫していること; "
               "（３）電気機械製造業Ｆ社 (家電や電子部品 = 電気機械); ベトナム、インドネシア and タイ、マレーシア are the "
               "siblings' values"),
    # --- monitor: the consumer-monitor service guide, tables (h) (i) (j), a definition, sibling sections
    dict(question="現地の人に実際に食べてもらって感想を集めたいという会社があります。報告まで、どのくらいかかりますか？",
         category="monitor", doc=MONITOR_PDF,
         evidence=["（２）試食・試用モニター", "報告までの期間：商品の到着から20営業日以内"], answer=["20営業日以内"],
         notes="sibling sections （１）–（３） of ２ share the labels 調査の方法, 対象者数, 報告までの期間; "
               "（２）試食・試用モニター; 15営業日 and 10営業日 are the siblings' values"),
    dict(question="同じ菓子の味違い３種類を、台湾で一度に調べてもらう場合、何件の扱いになりますか？",
         category="monitor", doc=MONITOR_PDF,
         evidence=["「１件」とは、１商品", "味、色、大きさ等の違いは同じ商品とみなします"], answer=["１件"],
         notes="definition 「１件」 asked at its boundary: flavours of one product are one 商品, so one 件 (３件 is the trap)"),
    dict(question="初めてこのサービスを使う県内の中小企業が、試食・試用モニターを申し込むと、料金はいくらですか？",
         category="monitor", doc=MONITOR_PDF,
         evidence=["１件に限り料金を半額とします", "試食・試用モニター 30 120,000 240,000"], answer=["60,000円"],
         computed=True,
         notes="two facts: note ※２ (first use: half the fee) and (h) row 試食・試用モニター, column 県内中小企業（円）: "
               "120,000 / 2 = 60,000円"),
    dict(question="県外の会社がグループインタビューを頼むと、料金はいくらですか？",
         category="monitor", doc=MONITOR_PDF, evidence=["グループインタビュー 12 170,000 340,000"], answer=["340,000"],
         notes="(h) header cells over two lines, column その他の事業者（円） (note ※１: a firm outside the prefecture is no "
               "県内中小企業); 170,000 and 12 (対象者数) are the traps"),
    dict(question="2024年度にタイで行われた試食・試用モニターは何件でしたか？",
         category="monitor", doc=MONITOR_PDF, evidence=["タイ 15 ８ ２ 25"], answer=["８"],
         notes="(i) header cells over two lines: 2024年度 = 令和６年度 (the guide prints no Western year); column "
               "試食・試用モニター; 15 and 25 (計) are the traps"),
    dict(question="令和６年度にシンガポールで行われた調査は、種類を合わせて何件ですか？",
         category="monitor", doc=MONITOR_PDF, evidence=["シンガポール 10 ６ ３ 19"], answer=["19"],
         notes="(i) total column on the right: row シンガポール, column 計"),
    dict(question="化粧品の購入意向は、菓子と比べて何ポイント高いですか？",
         category="monitor", doc=MONITOR_PDF, evidence=["化粧品 14 4.2 66.1", "菓子 38 4.1 62.4"],
         answer=["3.7ポイント"], computed=True,
         notes="(j) difference in the column 購入意向（％）: 66.1 − 62.4 = 3.7ポイント (0.1 in 平均評価 is a wrong reading)"),
    dict(question="令和６年度に行った調査のうち、菓子は全体の何％を占めていますか？",
         category="monitor", doc=MONITOR_PDF, evidence=["菓子 38 4.1 62.4", "合計 94 45 17 156"], answer=["24.4%"],
         computed=True,
         notes="(j) 実施件数（件） over (i)'s 合計 計 (also 156 in the prose): 38 / 156 = 24.4 %"),
    # --- followups
    dict(question="では、その経費で動画を作る場合、上限額はいくらですか？",
         category="followup", doc=CATALOG_PDF, evidence=["企画・構成 50 60 200 300"], answer=["300"],
         history=_turns("カタログや動画の企画・構成を外注する場合、中小企業者の補助率は何％ですか？",
                        "中小企業者の補助率は50％です[1]。"),
         notes="(a) the row from the history (企画・構成), leaf 上限額（千円）／動画; 200 (カタログ) is the trap"),
    dict(question="その年度の交付額は、全部でいくらでしたか？",
         category="followup", doc=CATALOG_PDF, evidence=["令和４年度 26 15 ６ 10,930"], answer=["10,930"],
         history=_turns("2022年度は、この補助金に何件の申請がありましたか？",
                        "2022年度（令和４年度）の申請は26件でした[1]。"),
         notes="(b) the year from the history (2022年度 = 令和４年度), column 交付額（千円）"),
    dict(question="それは、前の年度から何台増えましたか？",
         category="followup", doc=RENTAL_PDF, evidence=["韓国 54 61 ７"], answer=["７"],
         history=_turns("令和５年度に韓国へ貸し出された機械は何台ですか？",
                        "韓国向けの貸出台数は61台でした[1]。"),
         notes="(e) the row from the history (韓国), column 増減; 54 (令和４年度) is the trap"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=MONITOR_PDF, evidence=["電話：099-747-3400"], answer=["099-747-3400"],
         history=_turns("モニター調査を申し込んだ会社が、調査の進み具合を知りたいそうです。どこに聞けばよいですか？",
                        "申込みと調査の進み具合は、一般財団法人樗県国際ビジネスセンターが受け付けています[1]。"),
         notes="contact box of the guide: the センター's phone (second line); the 班's phone 099-747-3360 and fax "
               "099-747-3369 (first line) are the near misses"),
    dict(question="その分類で、買いたいと答えた人の割合はどのくらいですか？",
         category="followup", doc=MONITOR_PDF, evidence=["調味料 27 3.6 41.8"], answer=["41.8"],
         history=_turns("モニター調査で、調味料の平均評価は何点でしたか？",
                        "調味料の平均評価は3.6点でした[1]。"),
         notes="(j) the row from the history (調味料), column 購入意向（％） (note ※４ defines it)"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="この補助金で作られた商品紹介動画は、平均でどのくらいの長さですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives the allowed length (30秒以上10分以内) and two cases' lengths, not an average",
         absent=["平均の長さ", "平均再生時間", "平均の再生時間"]),
    dict(question="令和６年度に不採択となった申請は、どのような理由が多かったのですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives the applications (38) and adoptions (22) of 令和６年度, not why the others failed",
         absent=["不採択", "採択されなかった"]),
    dict(question="海外に貸し出した機械が現地で故障した件数は、どのくらいありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the repair set-up (現地での保守・修理体制) as an issue, not breakdowns",
         absent=["故障"]),
    dict(question="海外拠点で借りている設備のリース料は、月額で平均いくらですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the borrowing firms and what they borrow (prose), not what they pay",
         absent=["月額", "リース料の平均"]),
    dict(question="モニターの年齢層は、どのような構成になっていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide defines the モニター and gives their numbers per kind, not their ages",
         absent=["年齢", "年代"]),
    dict(question="令和６年度にモニター調査を使った事業者のうち、その後に輸出を始めたのは何社ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the surveys (156) and the users (97事業者), not what the users did afterwards",
         absent=["輸出を始めた", "輸出開始"]),
]
CATEGORY_COUNTS = {"catalog": 11, "rental": 10, "monitor": 8, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h70q", "h70t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, H, I, J = (
    "経費区分別の補助率と上限額", "申請と交付の実績", "成果指標の達成状況",
    "業種別の回答企業と取引の状況", "貸出先の国・地域別の貸出台数", "海外向け貸出の課題（複数回答）",
    "調査の種類別の料金", "国・地域別の実施件数", "商品の分類別の調査結果")
LETTERS = dict(zip((A, B, C, D, E, F, H, I, J), "abcdefhij"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y, unit) -> str:
    q = half_up(Decimal(x) / Decimal(y), "0.1")
    return f"{int(q) if q == q.to_integral() else q}{unit}"


def _yen(n: int) -> str:
    return f"{n:,}円"


def _q04(g):
    rate, cap = g(A, "編集・デザイン", "補助率（％）／中小企業者", 2025), g(A, "編集・デザイン", "上限額（千円）／動画", 2025)
    return f"{min(800 * rate // 100, cap)}千円"  # 80万円 = 800千円 of editing


COMPUTED = {  # question id -> the answer string, computed from gold cells (or, where a note says so, prose data)
    "h70q04": _q04,
    "h70q05": lambda g: _pct(g(B, "令和５年度", "採択件数（件）", 2023), g(B, "令和５年度", "申請件数（件）", 2023)),
    "h70q06": lambda g: _avg(sum(g(B, era(y), "交付額（千円）", y) for y in RECORD_YEARS),
                             sum(g(B, era(y), "採択件数（件）", y) for y in RECORD_YEARS), "千円"),
    "h70q14": lambda g: _pct(SIZES[0][2], SIZES[0][1]),
    "h70q16": lambda g: _avg(g(D, "建設機械", "貸出台数（台）", 2023), g(D, "建設機械", "海外向け貸出の実施企業（社）", 2023), "台"),
    "h70q19": lambda g: _pct(g(E, "ベトナム", "増減"), g(E, "ベトナム", "令和４年度", 2022)),
    "h70q24": lambda g: _yen(g(H, "試食・試用モニター", "県内中小企業（円）", 2025) // 2),
    "h70q28": lambda g: f"{Decimal(str(g(J, '化粧品', '購入意向（％）', 2024))) - Decimal(str(g(J, '菓子', '購入意向（％）', 2024)))}ポイント",
    "h70q29": lambda g: _pct(g(J, "菓子", "実施件数（件）", 2024), g(I, "合計", "計", 2024)),
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {CATALOG_PDF: (3, 3), RENTAL_PDF: (3, 3), MONITOR_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (200, 250)
TABLE_QUESTIONS = 19  # at least, outside the followups
BEFORE_BREAK_ROWS = ("一般機械", "建設機械")  # rows of (d) expected before the page break
CONTINUED_ROWS = ("物品賃貸業", "卸売業", "合計")  # and after it


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout70.py")
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
        if not q["evidence"] or not q["answer"]:
            errors.append(f"{qid}: an answerable question needs evidence and answers")
        errors += check_answerable(qid, q, doc_text[q["doc"]], EVIDENCE_LEN)
        if q.get("computed"):
            # stricter than docgen: not even the bare number of a computed answer is printed
            for a in q["answer"]:
                bare = re.sub(r"(%|千円|万円|円|件|人|台|ポイント)$", "", nfkc(a))
                if bare in doc_text[q["doc"]]:
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
    if not 8 <= n_computed <= 12:
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout70.py")
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
            errors.append(f"{g['id']}: every gold cell of this set should be numeric (「－」 is no cell)")
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
            # each printed row, cell after cell (the 「－」 and mark cells included), on its page
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

    def adds_up(table, cols, rows=None, total="合計"):
        tab = t[table]
        rows = rows if rows is not None else [r for r in tab if r != total]
        for col in cols:
            if tab[total][col] != sum(tab[r][col] for r in rows):
                errors.append(f"{table}: {total} of {col} does not add up")

    # (a): the small-firm rate is above the general one; no cap above the firm cap of note ※２
    for row, r in t[A].items():
        if r["補助率（％）／小規模企業者"] <= r["補助率（％）／中小企業者"]:
            errors.append(f"{A} / {row}: 小規模企業者 not above 中小企業者")
        if any(v > FIRM_CAP for k, v in r.items() if k.startswith("上限額")):
            errors.append(f"{A} / {row}: a cap above the firm cap of note ※２")
    caps = {n: {"カタログ": c, "動画": v} for n, _a, _b, c, v in RATES}
    for head, _w, _m, amount, media in CATALOG_CASES:
        got = int(amount.rstrip("千円").replace(",", ""))
        room = sum(caps[n][m] or 0 for n in caps for m in media)
        if got > min(FIRM_CAP_BOTH if len(media) == 2 else FIRM_CAP, room):
            errors.append(f"call: case {head} exceeds its caps")
    # (b): growing applications; adoptions within applications; videos within adoptions; grants within caps
    b = t[B]
    ns = [r["申請件数（件）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for row, r in b.items():
        if not r.get("うち動画制作（件）", 0) <= r["採択件数（件）"] <= r["申請件数（件）"] \
                or r["交付額（千円）"] > r["採択件数（件）"] * FIRM_CAP_BOTH:
            errors.append(f"{B} / {row}: adoptions or grants out of range")
        if ("うち動画制作（件）" in r) != (fiscal_year(row) >= VIDEO_FROM):
            errors.append(f"{B} / {row}: うち動画制作 should be 「－」 exactly before {era(VIDEO_FROM)}")
    # (c): 達成率 from 目標 and 実績; its 採択件数 equals (b)'s 令和６年度
    for row, r in t[C].items():
        if Decimal(str(r["達成率（％）"])) != pct1(r["実績"], r["目標"]):
            errors.append(f"{C} / {row}: 達成率 differs from 実績 / 目標")
    if t[C]["採択件数（件）"]["実績"] != b[era(2024)]["採択件数（件）"]:
        errors.append(f"{C}: 採択件数 differs from {B}")
    # (d): 合計 adds up; firms within respondents; the totals equal the firm sizes of the prose and (e)
    d = t[D]
    dcols = ("回答企業数（社）", "海外向け貸出の実施企業（社）", "海外拠点での借入企業（社）", "貸出台数（台）")
    adds_up(D, dcols)
    if any(r[dcols[1]] > r[dcols[0]] or r[dcols[2]] > r[dcols[0]] for r in d.values()):
        errors.append(f"{D}: firms above 回答企業数")
    if d["合計"][dcols[0]] != sum(s[1] for s in SIZES) or d["合計"][dcols[1]] != sum(s[2] for s in SIZES):
        errors.append(f"{D}: 合計 differs from the firm sizes")
    # (e): 合計 adds up; 増減 is the difference; its 令和５年度 total equals (d)'s 貸出台数
    e = t[E]
    ecols = [era(y) for y in DEST_YEARS] + ["増減"]
    adds_up(E, ecols)
    for row, r in e.items():
        if r["増減"] != r[ecols[1]] - r[ecols[0]]:
            errors.append(f"{E} / {row}: 増減 is not the difference of the years")
    if e["合計"][ecols[1]] != d["合計"]["貸出台数（台）"]:
        errors.append(f"{E}: 合計 differs from {D}")
    # (f): the per cents come from the counts; the ｎ from the firm sizes and (d)
    (_s, _sn, s_t), (_l, _ln, l_t) = SIZES
    if s_t + l_t != d["合計"][dcols[1]]:
        errors.append(f"{F}: the ｎ differ from {D}")
    for name, a, bb in ISSUES:
        r = t[F][name]
        want = (pct1(a + bb, s_t + l_t), pct1(a, s_t), pct1(bb, l_t))
        if tuple(Decimal(str(r[k])) for k in ("全体", "中小企業", "大企業")) != want:
            errors.append(f"{F} / {name}: per cents differ from the counts")
    # (h): the other users pay twice the small firms' fee
    for row, r in t[H].items():
        if r["その他の事業者（円）"] != 2 * r["県内中小企業（円）"]:
            errors.append(f"{H} / {row}: その他の事業者 is not twice 県内中小企業")
    # (i): 計 is the row sum, 合計 adds up; its total equals (j)'s 実施件数
    icols = ("オンラインアンケート", "試食・試用モニター", "グループインタビュー")
    adds_up(I, icols + ("計",))
    for row, r in t[I].items():
        if r["計"] != sum(r[k] for k in icols):
            errors.append(f"{I} / {row}: 計 is not the row sum")
    if t[I]["合計"]["計"] != sum(r["実施件数（件）"] for r in t[J].values()):
        errors.append(f"{I}: 合計 differs from {J}'s 実施件数")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    ind = specs["industries"]
    bp = sorted({g["page"] for g in gold if g["table"] == D})
    if len(bp) != 2:
        errors.append(f"{D} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(ind.header[0]))
        on = [i + 1 for i, p in enumerate(pages[RENTAL_PDF]) if header in norm(p)]
        if ind.repeat_header or on != bp[:1]:
            errors.append(f"{D}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[1]}
        if not 2 <= len(first) <= 7:
            errors.append(f"{D}: {len(first)} rows before the page break, expected 2-7")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{D}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("建設業、運輸業等") not in norm(pages[RENTAL_PDF][bp[1] - 1]):
            errors.append(f"{D}: note ※１ should follow the table on the continuation page")
    for key, spec in specs.items():
        if key == "industries":
            continue
        tp = {g["page"] for g in gold if g["table"] == spec.title}
        if len(tp) != 1:
            errors.append(f"{spec.title} is on pages {sorted(tp)}, expected one page")
    if specs["issues"].ruled or not all(s.ruled for k, s in specs.items() if k != "issues"):
        errors.append(f"only {F} must be drawn without ruling lines")
    # 「－」 cells: printed, no gold cell; exactly where the data has None
    dashes = {k: sum(c == DASH for r in s.rows for c in r) for k, s in specs.items()}
    if dashes != {"rates": 2, "record": 2, "kpi": 0, "industries": 0, "destinations": 0, "issues": 0,
                  "fees": 2, "markets": 0, "products": 0}:
        errors.append(f"「－」 cells per table {dashes}, expected two each in (a), (b) and (h)")
    if any(g["value"] == DASH for g in gold):
        errors.append("a 「－」 cell was recorded as a gold cell")
    # (a): two header rows, three spans, group／leaf columns with different leaves under the two groups
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／中小企業者", "補助率（％）／小規模企業者", "上限額（千円）／カタログ", "上限額（千円）／動画"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "千円"}:
        errors.append(f"{A}: units should come from the header groups")
    # header cells printed over two lines in (b), (d), (h), (i)
    for key in ("record", "industries", "fees", "markets"):
        spec = specs[key]
        two = [h for h in spec.header[0] if "\n" in h]
        raw = "\n".join(pages[spec.doc]).splitlines()
        lines = [x.strip() for x in raw]
        if len(two) < 2 or any(h.split("\n")[0] not in lines for h in two):
            errors.append(f"{spec.title}: expected header cells printed over two lines")
    # (b): years as rows
    if sorted({g["fiscal_year"] for g in gold if g["table"] == B}) != list(RECORD_YEARS) \
            or any(fiscal_year(g["row"]) != g["fiscal_year"] for g in gold if g["table"] == B):
        errors.append(f"{B}: expected years as rows")
    # (c): 目標 / 実績 / 達成率 and a mark column that is no cell; the marks follow note ※５
    kg = [g for g in gold if g["table"] == C]
    if list(dict.fromkeys(g["column"] for g in kg)) != ["目標", "実績", "達成率（％）"]:
        errors.append(f"{C}: expected the columns 目標 / 実績 / 達成率（％）")
    for r in specs["kpi"].rows:
        if r[4] != mark(Decimal(r[3])):
            errors.append(f"{C} / {r[0]}: mark {r[4]} does not follow note ※５")
    if {r[4] for r in specs["kpi"].rows} != {m for m, _lo in MARKS}:
        errors.append(f"{C}: expected every mark ◎ ○ △ to be used")
    if {g["unit"] for g in kg if g["column"] != "達成率（％）"} != {"件", "言語", "千円", "千回"}:
        errors.append(f"{C}: the units should come from the row labels")
    # (e): a 増減 column with ▲ for decreases, covering both years
    eg = [g for g in gold if g["table"] == E]
    neg = [g for g in eg if g["column"] == "増減" and g["number"] < 0]
    if len(neg) < 2 or any(not g["value"].startswith(MINUS) for g in neg) \
            or any(g["value"].startswith(MINUS) != (g["number"] < 0) for g in eg):
        errors.append(f"{E}: expected decreases printed with ▲ and read as negatives")
    if any((g["fiscal_year_range"] == list(DEST_YEARS)) != (g["column"] == "増減") for g in eg) \
            or any(g["fiscal_year_range"] is not None for g in gold if g["table"] != E):
        errors.append(f"{E}: only its 増減 column should carry the range {list(DEST_YEARS)}")
    # (f): per cents only, unit from the caption note
    if {g["unit"] for g in gold if g["table"] == F} != {"%"}:
        errors.append(f"{F}: expected per cents only")
    # (i): a total column 計 on the right
    if list(dict.fromkeys(g["column"] for g in gold if g["table"] == I))[-1] != "計":
        errors.append(f"{I}: expected a 計 column on the right")
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
        got = re.findall(r"099-74\d-\d{4}", text)
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
        # a bullet line starts with 「○ 」; a mark cell of (c) is a line 「○」 alone, a caption names a table
        raw = [x.strip() for x in "\n".join(pages[doc]).splitlines()]
        titles = [norm(s.title) for s in all_specs()]
        got = sum(bool(re.match(r"○\s", x)) and not any(t in norm(x) for t in titles) for x in raw)
        if got != items:
            errors.append(f"{what}: expected {items} bulleted items, got {got}")

    # ---- the call for applications
    ct = norm("\n".join(pages[CATALOG_PDF]))
    siblings(ct, CATALOG_PDF, ("制作物：", "対象市場：", "補助金の額："), [c[0] for c in CATALOG_CASES])
    if norm(f"延べ{sum(r[2] for r in RECORD)}件、{sum(r[4] for r in RECORD):,}千円") not in ct:
        errors.append("call: the totals in the prose differ from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件を採択しました（うち動画制作{last[3]}件）") not in ct:
        errors.append("call: the 令和６年度 figures in the prose differ from (b)")
    if re.findall(r"20\d\d年", ct) != ["2020年"]:
        errors.append("call: only 2020年度 should be printed in Western form")
    defs(ct, ("外国語カタログ", "商品紹介動画", "小規模企業者"), "call")
    for x in EXCLUDED:
        if norm(x) not in ct:
            errors.append(f"call: the cost not covered {x} is missing")
    bullets_in(CATALOG_PDF, len(EXCLUDED), "call")
    raw = "\n".join(pages[CATALOG_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("call: expected three Ｑ lines and three Ａ lines")
    steps_of(CATALOG_PDF, "①②③④⑤⑥⑦", "call")
    contacts(CATALOG_PDF, ["099-741-5520", "099-741-5529", "099-741-5600"], ["ouchi-catalog@example.jp"], "call")

    # ---- the survey of cross-border rental and leasing
    rt = norm("\n".join(pages[RENTAL_PDF]))
    siblings(rt, RENTAL_PDF, ("取引の形態：", "主な国・地域：", "工夫していること："), [c[0] for c in RENTAL_CASES])
    total, n_l, n_b = respondents(), lenders(), borrowers()
    if norm(f"{total}社（回答率{pct1(total, TARGET)}％）") not in rt \
            or norm(f"回答企業{total}社のうち{n_l}社（{pct1(n_l, total)}％）") not in rt \
            or norm(f"借入を行った企業は{n_b}社（{pct1(n_b, total)}％）") not in rt:
        errors.append("survey: the response and firm figures in the prose differ from (d)")
    top_firms = max(INDUSTRIES, key=lambda r: r[2])[0]
    top_units = max(INDUSTRIES, key=lambda r: r[4])[0]
    if (top_firms, top_units) != ("一般機械", "物品賃貸業"):
        errors.append("survey: 「企業の数は一般機械が、貸出台数は物品賃貸業が最も多い」 does not hold")
    (s_name, s_n, s_t), (l_name, l_n, l_t) = SIZES
    if norm(f"大企業は{l_n}社のうち{l_t}社") not in rt or norm(f"中小企業は{s_n}社のうち{s_t}社") not in rt:
        errors.append("survey: the firm sizes in the prose differ from the data")
    ta, tb = sum(r[1] for r in DESTINATIONS), sum(r[2] for r in DESTINATIONS)
    by_r5 = sorted(DESTINATIONS, key=lambda r: -r[2])
    by_up = sorted(DESTINATIONS, key=lambda r: -(r[2] - r[1]))
    china = dict((r[0], r) for r in DESTINATIONS)["中国"]
    if norm(f"貸出台数は{tb:,}台で、前年度から{tb - ta}台増えた") not in rt or by_r5[0][0] != "中国" \
            or china[2] >= china[1] or by_up[0][0] != "ベトナム" or by_r5[1][0] != "タイ":
        errors.append("survey: the destination figures in the prose (中国 first but down, ベトナム up most) do not hold")
    if [d for d, *_x in DESTINATIONS].index("タイ") == 1:
        errors.append("survey: the second-largest destination should not be printed second")
    n = s_t + l_t
    tops = [max(ISSUES, key=lambda r, k=k: (r[1] + r[2]) / n if k == 0 else r[k] / (s_t if k == 1 else l_t))[0]
            for k in (0, 1, 2)]
    second_s = sorted(ISSUES, key=lambda r: -r[1])[1][0]
    second_l = sorted(ISSUES, key=lambda r: -r[2])[1][0]
    if tops != ["現地での保守・修理体制"] * 3 or second_s != "貸し出した機械の所在・稼働状況の把握" \
            or second_l != "返却時の輸送費と通関手続":
        errors.append("survey: the tops of (f) in the prose do not hold")
    if re.findall(r"20\d\d年", rt) != ["2024年"] or re.findall(r"20\d\d年度", rt):
        errors.append("survey: only 2024年 (調査基準日) should be printed in Western form")
    defs(rt, ("レンタル", "リース", "海外向け貸出", "海外拠点での借入", "中小企業"), "survey")
    bullets_in(RENTAL_PDF, 3, "survey")
    steps_of(RENTAL_PDF, "①②③④", "survey")
    contacts(RENTAL_PDF, ["099-744-2210", "099-744-2219", "099-744-2300"], ["ouchi-kokusai@example.jp"], "survey")

    # ---- the service guide
    mt = norm("\n".join(pages[MONITOR_PDF]))
    siblings(mt, MONITOR_PDF, ("調査の方法：", "対象者数：", "報告までの期間："), [k[0] for k in KINDS])
    if [k[0] for k in KINDS] != [f[0] for f in FEES[:3]] \
            or any(norm(k[2]).split("人")[0] != str(f[1]) for k, f in zip(KINDS, FEES)):
        errors.append("guide: the sibling sections should be the first three rows of (h), with the same 対象者数")
    total = sum(sum(r[1:]) for r in MARKETS)
    kinds = [sum(r[j] for r in MARKETS) for j in (1, 2, 3)]
    if norm(f"実施件数は{total}件（オンラインアンケート{kinds[0]}件、試食・試用モニター{kinds[1]}件、グループインタビュー{kinds[2]}件）") not in mt \
            or norm(f"前年度の{PREV_YEAR}件から{total - PREV_YEAR}件増えました") not in mt:
        errors.append("guide: the use figures in the prose differ from (i)")
    if max(MARKETS, key=lambda r: sum(r[1:]))[0] != "台湾" or max(PRODUCTS, key=lambda r: r[1])[0] != "菓子" \
            or USERS > total:
        errors.append("guide: 「台湾が、菓子が最も多く」 or the users do not hold")
    if re.findall(r"20\d\d年", mt):
        errors.append("guide: no Western year should be printed")
    defs(mt, ("モニター", "１件", "営業日", "平均評価", "購入意向"), "guide")
    bullets_in(MONITOR_PDF, 4, "guide")
    steps_of(MONITOR_PDF, "①②③④⑤⑥", "guide")
    contacts(MONITOR_PDF, ["099-747-3360", "099-747-3369", "099-747-3400"], ["ouchi-monitor@example.jp"], "guide")
    # every phone number of the set is fictional (099-74x-xxxx), every mail address under example.jp
    for name, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text):
            if not ph.startswith(PHONE_PREFIX):
                errors.append(f"{name}: phone number {ph} outside {PHONE_PREFIX}x-xxxx")
        for mail in re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text):
            if not mail.endswith(MAIL_DOMAIN):
                errors.append(f"{name}: mail address {mail} outside {MAIL_DOMAIN}")
        if PREF not in p[0] or any(x in text for x in OTHER_PREFS):
            errors.append(f"{name}: the prefecture should be {PREF} only")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
