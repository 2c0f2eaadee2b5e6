"""Build the 檀県 held-out set 77: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (檀県 and every town, scheme, organisation, phone number, address
and figure). The documents are in three genres the earlier sets do not use: a call for
applications (募集要項) for a subsidy towards small firms getting their products listed as regular
lines in retail stores abroad (海外小売店定番導入支援補助金: listing fees, in-store promotion
material, product briefings for store staff, translation of specification sheets and labels, the
first delivery) with a two-level header and a 「－」 cell, a yearly record (years as rows, header
cells printed over two lines, a 「－」 cell) and a KPI table with 目標 / 実績 / 達成率 and a mark
column; the report of a survey of the prefecture's firms on how they prevent the bribery of
foreign public officials (外国公務員贈賄防止への対応に関する実態調査) with the firms by industry (a
table continued over a page break without its header), the improper demands by country in two
survey years with a 増減 column printing decreases with ▲ and an unruled table of the measures by
firm size; and the user guide (利用案内) of a prefectural HS-code classification advice desk
(ＨＳコード相談窓口) with the fees, the consultations by product group with a total column on the
right and the consultations by destination with a 前年度比 column; see README.md beside this file.

    python make_heldout77.py [OUTPUT_DIR]          # default: this file's directory

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

TEIBAN_PDF = "mayumi_kaigai_teiban_donyu_hojokin_boshu_yoko_r7.pdf"
ZOWAI_PDF = "mayumi_zowai_boshi_jittai_chosa_r6.pdf"
HSCODE_PDF = "mayumi_hs_code_sodan_madoguchi_riyo_annai_r7.pdf"
ALL_PDFS = (TEIBAN_PDF, ZOWAI_PDF, HSCODE_PDF)

UNITS = ("百万円", "千円", "万円", "円", "か国・地域", "件", "店", "人", "社", "%")
DASH = "－"  # a cell with no figure (a cost not covered, a count not yet kept)
MARKS = ("◎", "○", "△")  # the KPI marks of note ※５
MINUS = "▲"  # prints a negative 増減
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_PREFIX = "099-81"  # every phone number of the set: 099-81x-xxxx
MAIL_DOMAIN = "@example.jp"
OTHER_PREFS = ("柾県",)  # the other helper's prefecture: named in no document


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
    """(number, unit) as printed after NFKC; ▲ makes a number negative; (None, None) for
    「－」, the marks and text."""
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


def pct1(k, n) -> Decimal:
    """k / n in per cent with one decimal, rounded half up."""
    return half_up(Decimal(str(k)) * 100 / Decimal(str(n)), "0.1")


def cell(x) -> str:
    """A table cell: None as 「－」, a Decimal with one decimal, an int as docgen prints it."""
    if x is None:
        return DASH
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def signed(n: int) -> str:
    """A 増減 cell: a decrease with ▲, an increase or zero without a sign."""
    return f"{MINUS}{fw(-n)}" if n < 0 else fw(n)


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf and optional columns
    that cover a range of fiscal years (the 増減 column)."""

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


def gold_records(spec: TableSpec, pages_of: dict) -> list[dict]:
    out = []
    for i, r in enumerate(spec.rows):
        for c in spec.value_cols:
            value = r[c]
            number, cell_unit = parse_number(value)
            unit = None if number is None else (cell_unit or spec.cell_unit(r, c))
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


PREF = "檀県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: retail-listing subsidy, call for applications
TEIBAN = f"{PREF}海外小売店定番導入支援補助金"
TEIBAN_DEPT = f"{PREF} 商工観光部 国際ビジネス推進課"
TEIBAN_DESK = "海外販路相談室"
KIKO = f"公益財団法人{PREF}産業振興機構"
RATES = [  # 経費区分; 補助率（％）: 中小企業者, 小規模企業者; 上限額（千円）: 量販店, 専門店 (None: not covered)
    ("導入協賛金（リスティングフィー）", 50, 60, 1500, None),
    ("店頭販促物の制作", 50, 60, 600, 300),
    ("販売員向け商品説明会の開催", 50, 60, 400, 200),
    ("商品規格書・表示の翻訳", 60, 75, 300, 300),
    ("初回納品の輸送費", 50, 60, 800, 400),
]
FIRM_CAP, FIRM_CAP_SPECIALTY = 2000, 1000  # note ※２ (printed in 万円): 千円 per firm (量販店を含む / 専門店のみ)
RECORD = [  # 年度, 申請件数, 採択件数, うち小規模企業者 (None before 令和３年度), 定番導入店舗数, 交付額（千円）
    (2020, 9, 6, None, 38, 3120), (2021, 13, 9, 3, 57, 5640), (2022, 18, 12, 4, 84, 8350),
    (2023, 22, 13, 5, 96, 10470), (2024, 27, 16, 7, 131, 14600),
]
KPI_YEAR = 2024
KPIS = [  # 指標 (unit in brackets), 目標, 実績 (令和６年度)
    ("定番導入された店舗数（店）", 120, 131),
    ("補助事業者の海外売上高（百万円）", 450, 412),
    ("導入後６か月以上継続した店舗の割合（％）", Decimal("80.0"), Decimal("76.3")),
    ("新規取引国・地域数（か国・地域）", 8, 5),
    ("説明会に参加した販売員数（人）", 300, 342),
]
MARK_RULE = ((100, "◎"), (80, "○"), (0, "△"))  # note ※５: 達成率 at least … per cent


def mark(rate: Decimal) -> str:
    return next(m for lo, m in MARK_RULE if rate >= lo)


TEIBAN_CASES = [  # 見出し, 導入先, 主な取組, 補助金の額 (same labels in every sibling section); cost items; store type
    ("調味料製造業Ａ社（檀市）", "台湾の量販店チェーン（42店舗）", "導入協賛金の支払と中国語（繁体字）の商品規格書の作成",
     "96万円", ("導入協賛金（リスティングフィー）", "商品規格書・表示の翻訳"), "量販店"),
    ("製茶業Ｂ社（鳴沢市）", "米国の日本茶専門店（３店舗）", "店頭販促物の制作と販売員向け商品説明会の開催",
     "41万円", ("店頭販促物の制作", "販売員向け商品説明会の開催"), "専門店"),
    ("木製玩具製造業Ｃ社（小滝町）", "シンガポールの百貨店（12店舗）", "英語の商品表示の翻訳と初回納品の輸送",
     "63万円", ("商品規格書・表示の翻訳", "初回納品の輸送費"), "量販店"),
]
EXCLUDED = [  # 補助の対象にならない経費
    "商品の製造、改良又は仕入れに要する経費",
    "値引き販売の差額その他販売価格の補塡に要する経費",
    "広告の出稿費（ウェブ広告及びＳＮＳ広告を含む。）",
    "交付決定の日より前に発注し、又は支払った経費",
]


def teiban_specs():
    rates = TableSpec(
        key="rates", doc=TEIBAN_PDF, title="経費区分別の補助率と上限額",
        header=[["経費区分", "補助率（％）", "", "上限額（千円）", ""],
                ["", "中小企業者", "小規模企業者", "量販店", "専門店"]],
        rows=[[n, fw(a), fw(b), cell(c), cell(d)] for n, a, b, c, d in RATES],
        col_widths=[58 * mm, 25 * mm, 25 * mm, 25 * mm, 25 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    record = TableSpec(
        key="record", doc=TEIBAN_PDF, title="申請・採択・交付の実績",
        header=[["年度", "申請\n件数（件）", "採択\n件数（件）", "うち小規模\n企業者（件）", "定番導入\n店舗数（店）",
                 "交付額\n（千円）"]],
        rows=[[era(y), fw(a), fw(b), cell(s), fw(n), fw(g)] for y, a, b, s, n, g in RECORD],
        col_widths=[28 * mm, 25 * mm, 25 * mm, 27 * mm, 27 * mm, 25 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    krows = []
    for name, target, actual in KPIS:
        rate = pct1(actual, target)
        krows.append([name, cell(target), cell(actual), cell(rate), mark(rate)])
    kpi = TableSpec(
        key="kpi", doc=TEIBAN_PDF, title="成果指標の目標と実績",
        header=[["指標", "目標", "実績", "達成率（％）", "評価"]],
        rows=krows, col_widths=[72 * mm, 22 * mm, 22 * mm, 26 * mm, 16 * mm], table_fy=KPI_YEAR,
    )
    kpi.unit = lambda row, c: {1: bracket_unit(row[0]), 2: bracket_unit(row[0]), 3: "%"}.get(c)
    return rates, record, kpi


def teiban_story(specs):
    rates, record, kpi = specs
    n_all, amt_all = sum(r[2] for r in RECORD), sum(r[5] for r in RECORD)
    last = RECORD[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{TEIBAN} 募集要項", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(TEIBAN_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　目的", H1)]
    st += paras(f"""
県内の中小企業の商品が、海外の小売店で一時的な催事に終わらず、常設の売場で継続して販売されるよう、定番導入に要する経費の一部を補助します。制度を始めた令和２年度（2020年度）から令和６年度までに、延べ{n_all}件、{amt_all // 10:,}万円を交付しました。
""", 0)
    st += [P("２　募集の概要", H1)]
    st += lv_lines([
        ("補助事業名", TEIBAN),
        ("補助対象者", "県内に本社又は主たる事業所を有する中小企業者（個人事業主を含む。）で、海外の小売店に自社の商品を定番導入しようとするもの"),
        ("募集期間", "令和７年５月12日から６月20日まで（必着）"),
        ("予算額", "2,400万円"),
        ("採択予定件数", "15件程度"),
        ("補助事業期間", "交付決定の日から令和８年２月27日まで"),
    ], 0)
    st += paras("""
この要項において「定番導入」とは、海外の小売店と６か月以上の継続的な取引の契約を結び、その店舗の常設の売場で自社の商品が販売されることをいいます。「量販店」とは、スーパーマーケット、百貨店及びドラッグストアのうち、店舗数が10以上のチェーンをいい、それ以外の小売店を「専門店」といいます。また、「小規模企業者」とは、常時使用する従業員の数が20人（商業又はサービス業は５人）以下の中小企業者をいいます。
""", 0)
    st += [P("３　補助対象経費と補助率", H1)]
    st += paras("補助率は申請者の規模により、上限額は導入先の小売店の種類により、経費区分ごとに次のとおりです。", 0)
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 小規模企業者が申請する場合は「小規模企業者」の欄を、それ以外の中小企業者は「中小企業者」の欄を適用します。",
        f"※２ 補助金の額は、１事業者当たり{FIRM_CAP // 10}万円（専門店のみを導入先とする場合は{FIRM_CAP_SPECIALTY // 10}万円）を上限とし、千円未満の端数は切り捨てます。",
        "※３ 「－」は、補助の対象にならない経費であることを示します。",
    ])
    st += paras("次の経費は補助の対象になりません。", 0)
    st += bullets(EXCLUDED, 0)
    st += [P("４　申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（国際ビジネス推進課又は{TEIBAN_DESK}へ）",
        "② 申請書の提出（募集期間内に、事業計画書、小売店との協議の状況が分かる書類及び見積書を添えて提出）",
        "③ 審査（書類審査と面談、令和７年７月中旬）",
        "④ 採択と交付決定の通知（令和７年８月上旬）",
        "⑤ 補助事業の実施（令和８年２月27日までに完了すること）",
        "⑥ 実績報告（事業の完了から30日以内。遅くとも令和８年３月６日まで）",
        "⑦ 補助金の額の確定と支払（令和８年３月下旬）",
    ], 0)
    st += [P("５　これまでの実績", H1)]
    st += paras(f"""
申請件数は毎年増えており、令和６年度は{last[1]}件の申請があり、{last[2]}件を採択しました（うち小規模企業者{fw(last[3])}件）。補助事業により定番導入された店舗は、令和６年度は{last[4]}店でした。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += notes(["※４ 「うち小規模企業者」は、小規模企業者の補助率を設けた令和３年度から集計しており、令和２年度は「－」としています。"])
    st += paras("令和６年度の補助事業者について、成果指標の目標と実績は次のとおりです。", 0)
    st += [caption(kpi.title, "（令和６年度）"), kpi.flowable(), Spacer(1, 2)]
    st += notes(["※５ 評価は、達成率が100％以上のものを◎、80％以上100％未満のものを○、80％未満のものを△としています。"])
    st += [CondPageBreak(SIBLING_ROOM + 12 * mm), P("６　活用事例（令和６年度）", H1)]
    for i, (head, where, what, amount, _items, _kind) in enumerate(TEIBAN_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("導入先", where), ("主な取組", what), ("補助金の額", amount)], 1)
    st += [P("７　よくある質問", H1)]
    qa = [
        ("既に定番導入されている店舗で、新しい商品を追加してもらう場合も対象になりますか。",
         "対象になりません。新たに定番導入する場合に限ります。"),
        ("同じ年度に、二つの国の小売店を導入先として申請できますか。",
         "できます。ただし、補助金の額は１事業者当たりの上限額（※２）の範囲内となります。"),
        ("小売店との契約が３か月の試験販売の場合も対象になりますか。",
         "「定番導入」に当たらないため、対象になりません。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{TEIBAN_DEPT} 販路開拓班　電話：099-811-4420　ファクス：099-811-4429",
        f"{KIKO} {TEIBAN_DESK}（事前相談）　電話：099-811-4500",
        "電子メール：mayumi-teiban@example.jp",
    ]))
    return st


# ================================================================ document 2: anti-bribery survey report
ZOWAI = f"{PREF}内企業の外国公務員贈賄防止への対応に関する実態調査"
ZOWAI_DEPT = f"{PREF} 商工観光部 国際経済課"
KYOKAI = f"一般社団法人{PREF}国際経済協会"
TARGET = 1500  # 調査対象の企業
INDUSTRIES = [  # 業種, 回答企業数（社）, 海外取引企業（社）, 社内規程を整備した企業（社）
    ("食料品", 58, 31, 9), ("繊維・衣服", 34, 20, 5), ("化学", 29, 22, 11), ("金属製品", 51, 27, 8),
    ("一般機械", 66, 48, 21), ("電気機器", 47, 38, 19), ("輸送用機器", 32, 25, 14), ("卸売業", 61, 44, 13),
    ("運輸業", 27, 16, 6), ("サービス業・その他", 40, 15, 3),
]
SIZES = (("大企業", 52, 47, 33), ("中小企業", 393, 239, 76))  # 回答企業数, 海外取引企業, 規程を整備した企業
SURVEY_YEARS = (2022, 2024)
DEMANDS = [  # 国・地域, 不当な要求を受けた企業（社）: 令和４年度調査, 令和６年度調査 (延べ)
    ("中国", 14, 11), ("ベトナム", 9, 12), ("インドネシア", 8, 6), ("タイ", 5, 7), ("フィリピン", 4, 4),
    ("インド", 6, 9), ("その他のアジア", 3, 5), ("アジア以外", 4, 3),
]
DEMAND_FIRMS = 41  # 令和６年度調査で不当な要求を受けた企業（実数, prose only)
MEASURES = [  # 取組, 大企業（社）, 中小企業（社） (海外取引企業, 複数回答)
    ("贈賄防止の方針・社内規程の整備", 33, 76), ("役員・従業員への研修", 29, 41),
    ("現地代理人・取引先の事前確認", 24, 38), ("内部通報窓口の設置", 31, 22),
    ("要求を受けた場合の対応手順の作成", 18, 27), ("特に取り組んでいない", 6, 112),
]
ZOWAI_CASES = [  # 見出し, 主な取引先国, 受けた要求, 取った対応 (same labels in every sibling section)
    ("電気機器製造業Ｄ社（檀市）", "ベトナム、タイ", "通関の際に、書類の不備を理由として現金を求められた",
     "社内規程に沿って断り、現地の通関業者を通じて書類を整え直した"),
    ("食料品製造業Ｅ社（鳴沢市）", "インドネシア", "輸入許可の審査を早める見返りとして、金品を求められた",
     "本社の担当役員に報告して断り、業界団体を通じて手続の明確化を求めた"),
    ("卸売業Ｆ社（小滝町）", "中国、インド", "検査の立会いの際に、担当者から贈答品を求められた",
     "取引先と共同で対応手順を作り、以後は複数の社員で立ち会っている"),
]


def respondents() -> int:
    return sum(r[1] for r in INDUSTRIES)


def trading_firms() -> int:
    return sum(r[2] for r in INDUSTRIES)


def zowai_specs():
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in INDUSTRIES]
    rows.append(["合計"] + [fw(sum(r[j] for r in INDUSTRIES)) for j in (1, 2, 3)])
    industries = TableSpec(
        key="industries", doc=ZOWAI_PDF, title="業種別の回答企業と対応の状況",
        header=[["業種", "回答企業数（社）", "海外取引企業（社）", "社内規程を\n整備した企業（社）"]],
        rows=rows, col_widths=[42 * mm, 36 * mm, 36 * mm, 38 * mm], table_fy=2024, repeat_header=False,
    )
    industries.unit = lambda row, c, s=industries: bracket_unit(s.column_label(c))
    drows = [[n, fw(a), fw(b), signed(b - a)] for n, a, b in DEMANDS]
    ta, tb = sum(r[1] for r in DEMANDS), sum(r[2] for r in DEMANDS)
    drows.append(["合計", fw(ta), fw(tb), signed(tb - ta)])
    demands = TableSpec(
        key="demands", doc=ZOWAI_PDF, title="国・地域別の不当な要求を受けた企業",
        header=[["国・地域", f"{era(SURVEY_YEARS[0])}調査", f"{era(SURVEY_YEARS[1])}調査", "増減"]],
        rows=drows, col_widths=[42 * mm, 32 * mm, 32 * mm, 26 * mm], unit="社",
    )
    demands.col_range = {3: list(SURVEY_YEARS)}
    n_all, n_l, n_s = trading_firms(), SIZES[0][2], SIZES[1][2]
    measures = TableSpec(
        key="measures", doc=ZOWAI_PDF, title="企業規模別の取組の状況（複数回答）",
        header=[["取組", "全体", "大企業", "中小企業"]],
        rows=[[x, cell(pct1(a + b, n_all)), cell(pct1(a, n_l)), cell(pct1(b, n_s))] for x, a, b in MEASURES],
        col_widths=[72 * mm, 26 * mm, 26 * mm, 26 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return industries, demands, measures


def zowai_story(specs):
    industries, demands, measures = specs
    total, n = respondents(), trading_firms()
    rules = sum(r[3] for r in INDUSTRIES)
    (l_name, l_r, l_t, l_k), (s_name, s_r, s_t, s_k) = SIZES
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{ZOWAI} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年２月", DATE_RIGHT), P(ZOWAI_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "海外と取引する県内企業が外国公務員等から受ける不当な要求の実態と、贈賄を防ぐための取組の状況を把握し、支援策に役立てるため"),
        ("調査対象", f"県内に本社を置く企業 {TARGET:,}社（無作為抽出）"),
        ("調査基準日", "令和６年（2024年）９月１日"),
        ("調査期間", "令和６年９月９日から10月11日まで"),
        ("調査方法", "郵送及びウェブによるアンケート（無記名）"),
        ("回答数", f"{total}社（回答率{pct1(total, TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「外国公務員等」とは、外国の政府若しくは地方公共団体の職員、外国の政府関係機関の職員又は公的な国際機関の職員をいう。「不当な要求」とは、外国公務員等から、通関、許認可、検査その他の手続に関して、金銭、物品その他の利益の提供を求められたことをいい、法令に基づく正規の手数料の請求は含まない。「海外取引企業」とは、令和５年度中に輸出、輸入、海外拠点の運営その他の海外との取引を行った企業をいう。また、「中小企業」とは、中小企業基本法に定める中小企業者をいい、それ以外の企業を「大企業」という。
""", 0)
    st += [P("２　回答企業と対応の状況", H1)]
    st += paras(f"""
回答企業の内訳は、{l_name}{l_r}社、{s_name}{s_r}社である。海外に拠点（現地法人、支店又は駐在員事務所）を持つ企業は大企業に多く、中小企業の多くは輸出入だけを行っている。取引の相手先は、アジアの国・地域が大半を占める。
回答企業{total}社のうち、海外取引企業は{n}社（{pct1(n, total)}％）であった。このうち、贈賄防止の方針又は社内規程を整備した企業は{rules}社（{pct1(rules, n)}％）にとどまる。企業規模別では、大企業は海外取引企業{l_t}社のうち{l_k}社が規程を整備していたが、中小企業は{s_t}社のうち{s_k}社であった。
業種別では、一般機械と電気機器で規程を整備した企業が多い一方、食料品、繊維・衣服及びサービス業・その他では１割から３割程度にとどまっている。
""", 0)
    st += [caption(industries.title, "（令和６年度調査）", keep=False), industries.flowable(), Spacer(1, 2)]
    st += notes(["※１ 「サービス業・その他」は、情報通信業、建設業、不動産業等を含む。「海外取引企業」の数は、回答企業数の内数である。"])
    st += [P("３　不当な要求を受けた経験", H1)]
    st += paras(f"""
過去３年間に不当な要求を受けた海外取引企業は{DEMAND_FIRMS}社で、海外取引企業の{pct1(DEMAND_FIRMS, n)}％であった。国・地域別（延べ）では、今回の調査ではベトナムが最も多く、前回の調査で最も多かった中国は減った。
""", 0)
    st += [caption(demands.title, "（単位：社、延べ）"), demands.flowable(), Spacer(1, 2)]
    st += notes([f"※２ それぞれの調査の時点から過去３年間に、その国・地域で不当な要求を受けたと回答した企業の数である。１社が複数の国・地域を回答した場合は、それぞれに数えている（今回の調査の実数は{DEMAND_FIRMS}社）。"])
    st += [CondPageBreak(SIBLING_ROOM + 12 * mm), P("４　企業の事例", H1)]
    for i, (head, where, what, how) in enumerate(ZOWAI_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な取引先国", where), ("受けた要求", what), ("取った対応", how)], 1)
    st += [P("５　贈賄防止の取組", H1)]
    st += paras("""
大企業では「贈賄防止の方針・社内規程の整備」が最も多い。中小企業では「特に取り組んでいない」が４割を超え、大企業との差が大きい。
""", 0)
    st += [caption(measures.title, "（単位：％）"), measures.flowable(), Spacer(1, 2)]
    st += notes([f"※３ 海外取引企業（全体{n}社、大企業{l_t}社、中小企業{s_t}社）が回答した。複数回答のため、合計は100％にならない。"])
    st += [P("６　県への主な要望（自由記述）", H1)]
    st += bullets([
        "国・地域ごとに、よく見られる要求の手口と断り方の事例をまとめて知らせてほしい。",
        "中小企業でも使える社内規程のひな形を示してほしい。",
        "現地で要求を受けたときに相談できる窓口を設けてほしい。",
    ], 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        "① 贈賄防止の社内規程のひな形と解説を、令和７年度中に作成し、県のウェブサイトに掲載する。",
        f"② {KYOKAI}と連携し、海外取引企業向けの研修会を年２回開く。",
        "③ 国・地域別の要求の事例と対応例を、事例集にまとめる。",
        "④ 次回の調査は、令和８年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{ZOWAI_DEPT} 調査班　電話：099-814-2630　ファクス：099-814-2639",
        f"{KYOKAI}（研修会・社内規程の相談）　電話：099-814-2700",
        "電子メール：mayumi-chosa@example.jp",
    ]))
    return st


# ================================================================ document 3: HS-code advice desk, user guide
HSDESK = f"{PREF}ＨＳコード相談窓口"
HS_DEPT = f"{PREF} 商工観光部 貿易振興課"
CENTER = f"一般財団法人{PREF}貿易情報センター"
KINDS = [  # 見出し, 相談の方法, 回答までの期間, 必要な資料 (same labels in every sibling section)
    ("窓口相談", "センターの相談室で担当者と対面して相談（１回30分まで）",
     "その場で回答（調べが必要な場合は３営業日以内）", "商品の現物又は写真と、材質・用途が分かる資料"),
    ("オンライン相談", "ウェブ会議で担当者と相談（１回30分まで）",
     "その場で回答（調べが必要な場合は３営業日以内）", "商品の写真と仕様書（前日までに電子メールで送付）"),
    ("書面回答", "申込書と資料を基に、分類の根拠を付けた回答書を作成", "入金の確認から10営業日以内",
     "仕様書、成分表又は設計図と商品の写真"),
]
FEES = [  # 相談の種類, 県内中小企業（円）, その他の事業者（円） (令和７年度)
    ("窓口相談（１回30分まで）", 0, 2000), ("オンライン相談（１回30分まで）", 0, 2000),
    ("書面回答（１品目）", 5000, 10000), ("書面回答の英訳（１品目）", 3000, 6000),
    ("事前教示照会書の作成支援（１品目）", 8000, 16000),
]
FREE_TIMES, EXTRA_FEE = 5, 1000  # note ※２
GROUPS = [  # 品目の区分, 窓口相談, オンライン相談, 書面回答 (令和６年度)
    ("食料品・飲料", 64, 41, 22), ("化学品・化粧品", 38, 29, 17), ("プラスチック・ゴム製品", 21, 18, 9),
    ("繊維製品", 27, 15, 6), ("金属製品", 33, 24, 11), ("機械類", 46, 37, 19), ("電気機器", 35, 32, 14),
    ("その他", 19, 12, 5),
]
DESTS = [  # 輸出先, 令和５年度, 令和６年度
    ("中国", 98, 104), ("台湾", 57, 66), ("韓国", 41, 38), ("ＡＳＥＡＮ", 121, 152), ("米国", 85, 101),
    ("ＥＵ", 63, 79), ("その他", 40, 54),
]
USERS = 212  # 令和６年度に利用した事業者 (prose only)


def hscode_specs():
    fees = TableSpec(
        key="fees", doc=HSCODE_PDF, title="相談の種類別の料金",
        header=[["相談の種類", "県内中小企業（円）", "その他の事業者（円）"]],
        rows=[[n, fw(a), fw(b)] for n, a, b in FEES],
        col_widths=[68 * mm, 38 * mm, 40 * mm], table_fy=2025,
    )
    fees.unit = lambda row, c, s=fees: bracket_unit(s.column_label(c))
    grows = [[n, fw(a), fw(b), fw(c), fw(a + b + c)] for n, a, b, c in GROUPS]
    grows.append(["合計"] + [fw(sum(r[j] for r in GROUPS)) for j in (1, 2, 3)]
                 + [fw(sum(sum(r[1:]) for r in GROUPS))])
    groups = TableSpec(
        key="groups", doc=HSCODE_PDF, title="品目の区分別の相談件数",
        header=[["品目の区分", "窓口相談（件）", "オンライン\n相談（件）", "書面回答（件）", "計（件）"]],
        rows=grows, col_widths=[46 * mm, 28 * mm, 28 * mm, 28 * mm, 24 * mm], table_fy=2024,
    )
    groups.unit = lambda row, c, s=groups: bracket_unit(s.column_label(c))
    drows = [[n, fw(a), fw(b), cell(pct1(b, a))] for n, a, b in DESTS]
    ta, tb = sum(r[1] for r in DESTS), sum(r[2] for r in DESTS)
    drows.append(["合計", fw(ta), fw(tb), cell(pct1(tb, ta))])
    dests = TableSpec(
        key="dests", doc=HSCODE_PDF, title="輸出先別の相談件数",
        header=[["輸出先", "令和５年度（件）", "令和６年度（件）", "前年度比（％）"]],
        rows=drows, col_widths=[40 * mm, 34 * mm, 34 * mm, 32 * mm], table_fy=2024,
    )
    dests.unit = lambda row, c, s=dests: bracket_unit(s.column_label(c))
    return fees, groups, dests


def hscode_story(specs):
    fees, groups, dests = specs
    by_kind = [sum(r[j] for r in GROUPS) for j in (1, 2, 3)]
    total = sum(by_kind)
    prev = sum(r[1] for r in DESTS)
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{HSDESK} 利用案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(HS_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　窓口の概要", H1)]
    st += paras("""
この窓口は、県内の事業者が輸出入する商品のＨＳコード（関税分類番号）について、商品の材質、用途、構造等を伺い、該当すると考えられる番号とその根拠をお答えするものです。輸出の書類を作る前や、ＥＰＡの原産地規則を確かめる前にご利用ください。
""", 0)
    st += lv_lines([
        ("窓口名", HSDESK),
        ("実施主体", PREF),
        ("運営", f"{CENTER}（県からの委託）"),
        ("利用できる者", "県内に事業所を有する事業者（個人事業主を含む。）"),
        ("受付時間", "平日９時30分から16時30分まで（ウェブの申込みは24時間）"),
        ("場所", f"檀市港町二丁目５番１号 {PREF}貿易会館３階"),
        ("実施期間", "令和７年４月１日から令和８年３月31日まで"),
    ], 0)
    st += paras("""
この案内において「ＨＳコード」とは、商品の名称及び分類についての統一システムに関する国際条約に基づく番号のうち、各国に共通する上６桁をいいます。「１品目」とは、材質、用途及び構造が同じ物品をいい、色又は大きさだけが異なるものは１品目とします。「事前教示」とは、輸出入の前に税関に照会し、品目分類等について文書で回答を受ける制度をいいます。また、「営業日」とは、土曜日、日曜日、祝日及び年末年始（12月29日から１月３日まで）を除く日をいいます。
""", 0)
    st += [CondPageBreak(SIBLING_ROOM + 12 * mm), P("２　相談の種類", H1)]
    for i, (head, how, when, docs) in enumerate(KINDS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("相談の方法", how), ("回答までの期間", when), ("必要な資料", docs)], 1)
    st += [P("３　利用料金", H1)]
    st += paras("料金は、相談の種類と利用者の区分によって次のとおりです（消費税込み）。", 0)
    st += [caption(fees.title, "（令和７年度）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「県内中小企業」は、県内に事業所を有する中小企業基本法に定める中小企業者（個人事業主を含む。）をいい、それ以外の利用者には「その他の事業者」の欄を適用します。",
        f"※２ 県内中小企業の窓口相談とオンライン相談は、合わせて年度内{fw(FREE_TIMES)}回まで無料とし、６回目からは１回{EXTRA_FEE:,}円とします。",
        "※３ 英訳は、書面回答に付けて申し込むことができます。",
    ])
    st += [P("４　申込みから回答までの流れ", H1)]
    st += numbered([
        "① 申込み（ウェブの申込フォーム又は窓口で、品目、用途及び輸出先を記入）",
        "② 受付の連絡と日程・料金の案内（申込みの翌営業日まで）",
        "③ 資料の送付（仕様書、成分表、写真等。書面回答は料金の支払も）",
        "④ 相談の実施又は回答書の作成",
        "⑤ 回答（窓口相談とオンライン相談はその場で、書面回答は電子メールで回答書を送付）",
        "⑥ 追加の質問（回答の日から30日以内は、同じ品目についての質問に無料で回答）",
    ], 0)
    st += [P("５　利用の状況", H1)]
    st += paras(f"""
令和６年度の相談件数は{total}件（窓口相談{by_kind[0]}件、オンライン相談{by_kind[1]}件、書面回答{by_kind[2]}件）で、前年度の{prev}件から{total - prev}件増えました。利用した事業者は{USERS}事業者です。品目の区分別では食料品・飲料が最も多く、輸出先別ではＡＳＥＡＮ向けが最も多くなっています。
""", 0)
    st += [caption(groups.title, "（令和６年度）"), groups.flowable(), Spacer(1, 2)]
    st += notes(["※４ 「機械類」は一般機械及びその部分品を、「電気機器」は電気機器及びその部分品をいいます。"])
    st += [caption(dests.title), dests.flowable(), Spacer(1, 2)]
    st += notes(["※５ 「輸出先」は、相談の際に事業者が示した主な輸出先で、輸入に関する相談は「その他」に含みます。前年度比は、令和６年度の件数を令和５年度の件数で割ったものです。"])
    st += [P("６　利用上の注意", H1)]
    st += bullets([
        "窓口の回答は参考の意見であり、税関の判断を拘束するものではありません。確実を期す場合は、税関の事前教示をご利用ください。",
        "輸出先の国・地域の関税率や輸入規制は、この窓口では調べません。",
        "同じ品目の書面回答は、前回の回答から６か月以内は受け付けません（仕様を変えた場合を除きます）。",
        "相談の内容は、事業者の同意なく第三者に開示しません。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{HS_DEPT} 通関支援班　電話：099-817-3150　ファクス：099-817-3159",
        f"{CENTER}（申込み・回答の進み具合）　電話：099-817-3200",
        "電子メール：mayumi-hs@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return teiban_specs() + zowai_specs() + hscode_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    tspecs, zspecs, hspecs = teiban_specs(), zowai_specs(), hscode_specs()
    tdoc = build_pdf(docs_dir / TEIBAN_PDF, tspecs, teiban_story(tspecs),
                     f"令和７年度 {TEIBAN} 募集要項", "令和７年４月", TEIBAN_DEPT)
    zdoc = build_pdf(docs_dir / ZOWAI_PDF, zspecs, zowai_story(zspecs),
                     f"令和６年度 {ZOWAI} 報告書", "令和７年２月", ZOWAI_DEPT)
    hdoc = build_pdf(docs_dir / HSCODE_PDF, hspecs, hscode_story(hspecs),
                     f"令和７年度 {HSDESK} 利用案内", "令和７年４月", HS_DEPT)
    gold = all_gold({TEIBAN_PDF: tdoc.row_pages, ZOWAI_PDF: zdoc.row_pages, HSCODE_PDF: hdoc.row_pages})
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
    # --- teiban: the retail-listing subsidy call, tables (a) (b) (c), definitions, costs not covered, sibling sections, Q&A
    dict(question="従業員が８人の菓子メーカーが、シンガポールの量販店に置いてもらうために、商品規格書と表示を英語に翻訳したいそうです。補助率は何％になりますか？",
         category="teiban", doc=TEIBAN_PDF,
         evidence=["常時使用する従業員の数が20人", "商品規格書・表示の翻訳 60 75 300 300"], answer=["75"],
         notes="two facts: ８人 in manufacturing is within the 20人 of 小規模企業者 (definition in ２), so note ※１ puts "
               "the firm under the leaf 補助率（％）／小規模企業者 of (a) two-level header; 60 (中小企業者) is the trap"),
    dict(question="2025年度の募集で、現地の専門店向けに店頭のＰＯＰなどの販促物を作る場合、補助の上限額はいくらですか？",
         category="teiban", doc=TEIBAN_PDF, evidence=["店頭販促物の制作 50 60 600 300"], answer=["300"],
         notes="(a) leaf 上限額（千円）／専門店 (unit 千円 only in the group cell); 600 (量販店) and 60 (a rate) are the "
               "traps; 2025年度 = 令和７年度 (printed nowhere in Western form)"),
    dict(question="店舗が５つしかない現地の輸入食品店に導入協賛金を支払う場合、補助の対象になりますか？",
         category="teiban", doc=TEIBAN_PDF,
         evidence=["店舗数が10以上のチェーン", "補助の対象にならない経費であることを示します"], answer=["対象にならない"],
         notes="two facts: five stores is below the 10 of 「量販店」, so the shop is a 専門店 (definition in ２); (a) row "
               "導入協賛金（リスティングフィー） has 「－」 under 上限額（千円）／専門店, which note ※３ explains (no); "
               "1,500 (量販店) is the trap"),
    dict(question="2022年度は、この補助金で何件が採択されましたか？",
         category="teiban", doc=TEIBAN_PDF, evidence=["令和４年度 18 12 ４ 84 8,350"], answer=["12"],
         notes="(b) years as rows with header cells printed over two lines: 2022年度 = 令和４年度 (only 2020年度 is printed "
               "in Western form); column 採択件数（件）; 18 (申請件数) and ４ (うち小規模企業者) are the traps"),
    dict(question="令和２年度から令和６年度までに交付された補助金は、１件当たり平均で何万円になりますか？",
         category="teiban", doc=TEIBAN_PDF, evidence=["延べ56件、4,218万円"], answer=["75.3万円"], computed=True,
         notes="the five-year totals in the prose of １ (also the sums of (b), whose 交付額 is in 千円): 4,218 / 56 = "
               "75.3万円 (753.2千円)"),
    dict(question="令和６年度に採択された案件のうち、小規模企業者の案件は何％を占めていますか？",
         category="teiban", doc=TEIBAN_PDF, evidence=["令和６年度 27 16 ７ 131 14,600"], answer=["43.8%"],
         computed=True,
         notes="(b) share within a row: 7 / 16 = 43.8 % (7 / 27 = 25.9 % of the applications is a wrong reading)"),
    dict(question="成果指標のうち、達成率が８割に届かなかったのはどの指標ですか？",
         category="teiban", doc=TEIBAN_PDF, evidence=["新規取引国・地域数（か国・地域） ８ ５ 62.5 △"],
         answer=["新規取引国・地域数"],
         notes="(c) KPI table with 目標 / 実績 / 達成率 and a mark column: the only row marked △ (note ※５: below 80 %); "
               "海外売上高 (91.6, ○) is the near miss; which row"),
    dict(question="令和６年度の販売員向けの説明会には、目標より何人多く参加しましたか？",
         category="teiban", doc=TEIBAN_PDF, evidence=["説明会に参加した販売員数（人） 300 342 114.0"],
         answer=["42人"], computed=True,
         notes="(c) difference within a row: 実績 342 − 目標 300 = 42人 (114.0 is the 達成率, a trap)"),
    dict(question="日本茶の会社の活用事例では、補助金はいくら交付されましたか？",
         category="teiban", doc=TEIBAN_PDF, evidence=["（２）製茶業Ｂ社", "補助金の額：41万円"], answer=["41万円"],
         notes="sibling sections （１）–（３） of ６ share the labels 導入先, 主な取組, 補助金の額; （２）製茶業Ｂ社 "
               "(日本茶 = 製茶業); 96万円 and 63万円 are the siblings' values"),
    dict(question="現地の店で値引きセールをしたときの値引き分を、この補助金で埋めてもらうことはできますか？",
         category="teiban", doc=TEIBAN_PDF, evidence=["次の経費は補助の対象になりません", "値引き販売の差額"],
         answer=["対象になりません"],
         notes="the costs not covered (a lead sentence and four ○ items): 値引き販売の差額その他販売価格の補塡に要する"
               "経費; 店頭販促物の制作 (covered) is a near miss"),
    dict(question="すでに定番で置いてもらっている店に、新商品を追加してもらう場合も補助の対象になりますか？",
         category="teiban", doc=TEIBAN_PDF, evidence=["新たに定番導入する場合に限ります"],
         answer=["新たに定番導入する場合に限ります"],
         notes="Q&A: Ａ of Ｑ１ (no: only a new listing; 「できます」 of Ａ２ is the near miss)"),
    # --- zowai: the anti-bribery survey, tables (d) (e) (f), a definition, sibling sections
    dict(question="贈賄防止についての実態調査は、回答率が何％でしたか？",
         category="zowai", doc=ZOWAI_PDF, evidence=["回答数：445社（回答率29.7％）"], answer=["29.7"],
         notes="「label：value」 line 回答数 (445 of the 1,500社 of 調査対象); 64.3 % (海外取引企業) is a near miss"),
    dict(question="相手国の税関から、法令で決まった正規の手数料を払うよう求められた場合も、この調査でいう「不当な要求」に当たりますか？",
         category="zowai", doc=ZOWAI_PDF, evidence=["正規の手数料の請求は含まない"], answer=["含まない"],
         notes="definition 「不当な要求」とは…法令に基づく正規の手数料の請求は含まない (no), asked at its boundary"),
    dict(question="卸売業で、贈賄防止の社内規程を整えている企業は何社ありましたか？",
         category="zowai", doc=ZOWAI_PDF, evidence=["卸売業 61 44 13"], answer=["13"],
         notes="(d) continuation page (no header there): row 卸売業, column 社内規程を整備した企業（社） (a header "
               "printed over two lines); 44 (海外取引企業) and 61 (回答企業数) are the traps"),
    dict(question="自動車部品などの輸送用機器の会社では、海外と取引のある会社のうち社内規程を整えているのは何％ですか？",
         category="zowai", doc=ZOWAI_PDF, evidence=["輸送用機器 32 25 14"], answer=["56.0%"], computed=True,
         notes="(d) continuation page, share within a row: 14 / 25 = 56.0 % (14 / 32 = 43.8 % of all respondents is a wrong reading)"),
    dict(question="インドネシアで不当な要求を受けた企業は、前回の調査と比べて何社増減しましたか？",
         category="zowai", doc=ZOWAI_PDF, evidence=["インドネシア ８ ６ ▲２"], answer=["▲２"],
         notes="(e) 増減 column printing decreases with ▲: a decrease of two (８ → ６)"),
    dict(question="2022年度の調査では、ベトナムで不当な要求を受けた企業は何社でしたか？",
         category="zowai", doc=ZOWAI_PDF, evidence=["ベトナム ９ 12 ３"], answer=["９"],
         notes="(e) column 令和４年度調査: 2022年度 = 令和４年度 (the report prints only 2024年 in Western form); 12 "
               "(令和６年度調査) and ３ (増減) are the traps"),
    dict(question="令和６年度の調査で、不当な要求を受けた企業が２番目に多かった国・地域はどこですか？",
         category="zowai", doc=ZOWAI_PDF, evidence=["中国 14 11 ▲３"], answer=["中国"],
         notes="(e) ranking in the column 令和６年度調査: ベトナム 12, 中国 11, インド 9 (the prose names only ベトナム "
               "as the largest; 中国 is printed first but was the largest only in 令和４年度); second-largest"),
    dict(question="中小の会社で、内部通報の窓口を設けているところはどのくらいの割合ですか？",
         category="zowai", doc=ZOWAI_PDF, evidence=["内部通報窓口の設置 18.5 66.0 9.2"], answer=["9.2"],
         notes="(f) unruled table, column 中小企業 (of the 239 中小企業 among the 海外取引企業, note ※３); 18.5 (全体) "
               "and 66.0 (大企業) are the traps"),
    dict(question="役員や従業員への研修を行っている割合は、大企業と中小企業で何ポイントの差がありますか？",
         category="zowai", doc=ZOWAI_PDF, evidence=["役員・従業員への研修 24.5 61.7 17.2"], answer=["44.5ポイント"],
         computed=True, notes="(f) difference across a row: 61.7 − 17.2 = 44.5ポイント"),
    dict(question="食品メーカーの事例で、許可の審査を早める見返りを求められた会社は、最終的にどのような対応をとりましたか？",
         category="zowai", doc=ZOWAI_PDF, evidence=["（２）食料品製造業Ｅ社", "業界団体を通じて手続の明確化を求めた"],
         answer=["業界団体を通じて手続の明確化を求めた"],
         notes="sibling sections （１）–（３） of ４ share the labels 主な取引先国, 受けた要求, 取った対応; （２）"
               "食料品製造業Ｅ社 (食品メーカー = 食料品製造業); the siblings' 取った対応 are the near misses"),
    # --- hscode: the HS-code desk guide, tables (h) (i) (j), definitions, sibling sections
    dict(question="商品のＨＳコードを、根拠を付けて文書で回答してほしいという会社があります。回答までにどのくらいかかりますか？",
         category="hscode", doc=HSCODE_PDF, evidence=["（３）書面回答", "回答までの期間：入金の確認から10営業日以内"],
         answer=["10営業日以内"],
         notes="sibling sections （１）–（３） of ２ share the labels 相談の方法, 回答までの期間, 必要な資料; （３）書面回答 "
               "(a written answer with the grounds); その場で回答 and ３営業日以内 (the other two) are the siblings' values"),
    dict(question="色違いで３色あるＴシャツについて、県内の中小企業が書面回答を頼むと、料金はいくらですか？",
         category="hscode", doc=HSCODE_PDF, evidence=["色又は大きさだけが異なるものは１品目", "書面回答（１品目） 5,000 10,000"],
         answer=["5,000"],
         notes="two facts: the 「１品目」 definition (colours only → one 品目) and (h) row 書面回答（１品目）, column "
               "県内中小企業（円）; 15,000 (three 品目) and 10,000 (その他の事業者) are the traps"),
    dict(question="今年度すでに窓口とオンラインで合わせて５回、無料で相談した県内の中小企業が、もう一度窓口で相談すると料金はかかりますか？",
         category="hscode", doc=HSCODE_PDF, evidence=["６回目からは１回1,000円"], answer=["1,000円"],
         notes="two facts: (h) prints ０ for 窓口相談 of 県内中小企業 (the trap), but note ※２ limits it to five free "
               "consultations a year and charges 1,000円 from the sixth; 2,000 (その他の事業者) is another trap"),
    dict(question="県内の中小企業が、３品目について書面回答と英訳をセットで頼むと、料金は合計でいくらになりますか？",
         category="hscode", doc=HSCODE_PDF, evidence=["書面回答（１品目） 5,000 10,000", "書面回答の英訳（１品目） 3,000 6,000"],
         answer=["24,000円"], computed=True,
         notes="(h) sum in a column times the 品目: (5,000 + 3,000) × 3 = 24,000円 (note ※３: the 英訳 goes with a 書面回答)"),
    dict(question="電気機器に関する相談は、相談の方法を問わず全部で何件ありましたか？",
         category="hscode", doc=HSCODE_PDF, evidence=["電気機器 35 32 14 81"], answer=["81"],
         notes="(i) total column on the right: row 電気機器, column 計（件）; 35 (窓口相談) is the trap"),
    dict(question="2024年度の相談のうち、機械類に関するものは何％を占めていますか？",
         category="hscode", doc=HSCODE_PDF, evidence=["機械類 46 37 19 102", "合計 283 208 103 594"], answer=["17.2%"],
         computed=True,
         notes="(i) share of the total column: 102 / 594 = 17.2 % (2024年度 = 令和６年度; the guide prints no Western year)"),
    dict(question="2024年度の米国向けの相談件数は、前年度と比べて何％でしたか？",
         category="hscode", doc=HSCODE_PDF, evidence=["米国 85 101 118.8"], answer=["118.8"],
         notes="(j) 前年度比 column: row 米国 (2024年度 = 令和６年度); 117.6 (合計) is the trap"),
    dict(question="ＡＳＥＡＮ向けの相談は、令和５年度から令和６年度にかけて何件増えましたか？",
         category="hscode", doc=HSCODE_PDF, evidence=["ＡＳＥＡＮ 121 152 125.6"], answer=["31件"], computed=True,
         notes="(j) difference across the year columns: 152 − 121 = 31件 (125.6 is the ratio, a trap)"),
    # --- followups
    dict(question="では、その経費を量販店向けに使う場合、上限額はいくらですか？",
         category="followup", doc=TEIBAN_PDF, evidence=["店頭販促物の制作 50 60 600 300"], answer=["600"],
         history=_turns("店頭販促物の制作を中小企業者が申請する場合、補助率は何％ですか？",
                        "中小企業者の補助率は50％です[1]。"),
         notes="(a) the row from the history (店頭販促物の制作), leaf 上限額（千円）／量販店; 300 (専門店) is the trap"),
    dict(question="その年度の交付額は、全部でいくらでしたか？",
         category="followup", doc=TEIBAN_PDF, evidence=["令和５年度 22 13 ５ 96 10,470"], answer=["10,470"],
         history=_turns("2023年度は何件の申請がありましたか？",
                        "2023年度（令和５年度）の申請は22件でした[1]。"),
         notes="(b) the year from the history (2023年度 = 令和５年度), column 交付額（千円）; 4,218万円 is the five-year total"),
    dict(question="それは、前回の調査から何社増えましたか？",
         category="followup", doc=ZOWAI_PDF, evidence=["タイ ５ ７ ２"], answer=["２"],
         history=_turns("令和６年度の調査で、タイで不当な要求を受けた企業は何社でしたか？",
                        "タイで不当な要求を受けた企業は７社でした[1]。"),
         notes="(e) the row from the history (タイ), column 増減 (an increase, printed without a sign)"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=HSCODE_PDF, evidence=["電話：099-817-3200"], answer=["099-817-3200"],
         history=_turns("書面回答を申し込んだ会社から、回答がいつ届くのか知りたいと言われました。どこに問い合わせればよいですか？",
                        "申込みと回答の進み具合は、一般財団法人檀県貿易情報センターが受け付けています[1]。"),
         notes="contact box of the guide: the センター's phone (second line); the 班's phone 099-817-3150 and fax "
               "099-817-3159 (first line) are the near misses"),
    dict(question="その区分で、オンライン相談と書面回答を合わせると何件になりますか？",
         category="followup", doc=HSCODE_PDF, evidence=["機械類 46 37 19 102"], answer=["56件"], computed=True,
         history=_turns("令和６年度、機械類の窓口相談は何件ありましたか？",
                        "機械類の窓口相談は46件でした[1]。"),
         notes="(i) the row from the history (機械類): 37 + 19 = 56件 (102 in the 計 column includes the 46 窓口相談)"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="海外の量販店に払う導入協賛金は、一般的に１品目いくらくらいが相場ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives the rate and the cap of the listing fee (1,500千円 for 量販店), not what stores charge",
         absent=["相場"]),
    dict(question="この補助金の審査では、どの項目が何点で採点されるのですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives the review as a step (書類審査と面談), not its criteria or points",
         absent=["配点", "採点", "審査項目", "審査基準"]),
    dict(question="不当な要求で求められた金額は、平均でどのくらいでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the firms that received demands by country and three cases, not the sums demanded",
         absent=["平均額", "求められた金額", "金額の平均"]),
    dict(question="贈賄で現地の当局に摘発された県内企業はありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the demands received and the measures taken, not enforcement against firms",
         absent=["摘発", "処罰"]),
    dict(question="ＨＳコード相談窓口を利用した事業者の満足度は分かりますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the consultations by product group and destination and the users (212事業者), no rating",
         absent=["満足"]),
    dict(question="ＨＳコード相談窓口には、相談員が何人いますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide says consultations are with a 担当者, not how many staff the desk has",
         absent=["相談員"]),
]
CATEGORY_COUNTS = {"teiban": 11, "zowai": 10, "hscode": 8, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h77q", "h77t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, H, I, J = (
    "経費区分別の補助率と上限額", "申請・採択・交付の実績", "成果指標の目標と実績",
    "業種別の回答企業と対応の状況", "国・地域別の不当な要求を受けた企業", "企業規模別の取組の状況（複数回答）",
    "相談の種類別の料金", "品目の区分別の相談件数", "輸出先別の相談件数")
LETTERS = dict(zip((A, B, C, D, E, F, H, I, J), "abcdefhij"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y, unit) -> str:
    q = half_up(Decimal(x) / Decimal(y), "0.1")
    return f"{int(q) if q == q.to_integral() else q}{unit}"


def _yen(n: int) -> str:
    return f"{n:,}円"


def _dec(x) -> Decimal:
    return Decimal(str(x))


COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h77q05": lambda g: _avg(sum(g(B, era(y), "交付額（千円）", y) for y, *_x in RECORD),
                             sum(g(B, era(y), "採択件数（件）", y) for y, *_x in RECORD) * 10, "万円"),
    "h77q06": lambda g: _pct(g(B, "令和６年度", "うち小規模企業者（件）", 2024), g(B, "令和６年度", "採択件数（件）", 2024)),
    "h77q08": lambda g: f"{g(C, '説明会に参加した販売員数（人）', '実績', 2024) - g(C, '説明会に参加した販売員数（人）', '目標', 2024)}人",
    "h77q15": lambda g: _pct(g(D, "輸送用機器", "社内規程を整備した企業（社）", 2024), g(D, "輸送用機器", "海外取引企業（社）", 2024)),
    "h77q20": lambda g: f"{_dec(g(F, '役員・従業員への研修', '大企業', 2024)) - _dec(g(F, '役員・従業員への研修', '中小企業', 2024))}ポイント",
    "h77q25": lambda g: _yen(3 * (g(H, "書面回答（１品目）", "県内中小企業（円）", 2025)
                                  + g(H, "書面回答の英訳（１品目）", "県内中小企業（円）", 2025))),
    "h77q27": lambda g: _pct(g(I, "機械類", "計（件）", 2024), g(I, "合計", "計（件）", 2024)),
    "h77q29": lambda g: f"{g(J, 'ＡＳＥＡＮ', '令和６年度（件）', 2024) - g(J, 'ＡＳＥＡＮ', '令和５年度（件）', 2023)}件",
    "h77q34": lambda g: f"{g(I, '機械類', 'オンライン相談（件）', 2024) + g(I, '機械類', '書面回答（件）', 2024)}件",
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {TEIBAN_PDF: (2, 3), ZOWAI_PDF: (2, 3), HSCODE_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (190, 250)
TABLE_QUESTIONS = 19  # at least, outside the followups
BEFORE_BREAK_ROWS = ("食料品", "繊維・衣服")  # rows of (d) expected before the page break
CONTINUED_ROWS = ("卸売業", "合計")  # and after it
NON_NUMERIC = {DASH, *MARKS}  # the only cells without a number


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout77.py")
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
            # stricter than docgen: a computed decimal or a number of three digits or more is not
            # printed in its document even without its unit (shorter whole numbers occur in dates)
            for a in q["answer"]:
                bare = re.sub(r"(%|万円|円|件|人|ポイント)$", "", nfkc(a))
                long = "." in bare or len(bare.replace(",", "")) >= 3
                if long and re.search(rf"(?<![\d.,]){re.escape(bare)}(?![\d.,])", doc_text[q["doc"]]):
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout77.py")
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
        if g["number"] is None:
            if g["value"] not in NON_NUMERIC or g["unit"] is not None:
                errors.append(f"{g['id']}: a cell without a number must be 「－」 or a mark, without a unit")
        elif g["unit"] not in UNITS:
            errors.append(f"{g['id']}: unit {g['unit']!r} is not one of {UNITS}")
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
            # each printed row, cell after cell, on its page
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

    # (a): the small-firm rate at least the general one; caps within the firm caps of note ※２
    for row, r in t[A].items():
        if r["補助率（％）／小規模企業者"] < r["補助率（％）／中小企業者"]:
            errors.append(f"{A} / {row}: 小規模企業者 below 中小企業者")
        if r["上限額（千円）／量販店"] > FIRM_CAP:
            errors.append(f"{A} / {row}: a cap above the firm cap of note ※２")
        spec_cap = r["上限額（千円）／専門店"]
        if spec_cap is not None and (spec_cap > FIRM_CAP_SPECIALTY or spec_cap > r["上限額（千円）／量販店"]):
            errors.append(f"{A} / {row}: the 専門店 cap is out of range")
    # (b): growing applications; small firms within adoptions within applications; grants within caps
    b = t[B]
    ns = [r["申請件数（件）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for row, r in b.items():
        small = r["うち小規模企業者（件）"] or 0
        if not small <= r["採択件数（件）"] <= r["申請件数（件）"] or r["交付額（千円）"] > r["採択件数（件）"] * FIRM_CAP:
            errors.append(f"{B} / {row}: adoptions or grants out of range")
    if [r["うち小規模企業者（件）"] is None for r in b.values()] != [y < 2021 for y, *_x in RECORD]:
        errors.append(f"{B}: 「－」 should stand only before 令和３年度 (note ※４)")
    # (c): 達成率 is 実績 / 目標; the marks follow note ※５; the stores equal (b)'s 令和６年度
    for row, r in t[C].items():
        rate = pct1(r["実績"], r["目標"])
        if _dec(r["達成率（％）"]) != rate:
            errors.append(f"{C} / {row}: 達成率 is not 実績 / 目標")
    marks = {g["row"]: g["value"] for g in gold if g["table"] == C and g["column"] == "評価"}
    for row, r in t[C].items():
        if marks[row] != mark(_dec(r["達成率（％）"])):
            errors.append(f"{C} / {row}: mark {marks[row]} does not follow note ※５")
    if len(set(marks.values())) != 3:
        errors.append(f"{C}: all three marks should be used")
    if t[C]["定番導入された店舗数（店）"]["実績"] != b[era(KPI_YEAR)]["定番導入店舗数（店）"]:
        errors.append(f"{C}: 定番導入された店舗数 differs from {B}")
    # (d): 合計 adds up; 規程 within 海外取引 within 回答; the totals equal the firm sizes of the prose
    d = t[D]
    dcols = ("回答企業数（社）", "海外取引企業（社）", "社内規程を整備した企業（社）")
    adds_up(D, dcols)
    if any(not r[dcols[2]] <= r[dcols[1]] <= r[dcols[0]] for r in d.values()):
        errors.append(f"{D}: counts out of order")
    for k, col in enumerate(dcols, 1):
        if d["合計"][col] != sum(s[k] for s in SIZES):
            errors.append(f"{D}: 合計 of {col} differs from the firm sizes")
    # (e): 合計 adds up; 増減 is the difference, printed with ▲ when negative
    ecols = [f"{era(y)}調査" for y in SURVEY_YEARS]
    adds_up(E, ecols + ["増減"])
    for g in gold:
        if g["table"] == E and g["column"] == "増減":
            r = t[E][g["row"]]
            if g["number"] != r[ecols[1]] - r[ecols[0]] or g["value"].startswith(MINUS) != (g["number"] < 0):
                errors.append(f"{E} / {g['row']}: 増減 is wrong or its ▲ is")
    if DEMAND_FIRMS > t[E]["合計"][ecols[1]] or DEMAND_FIRMS < max(r[ecols[1]] for r in t[E].values() if r is not t[E]["合計"]):
        errors.append(f"{E}: the firms of the prose do not fit the table")
    # (f): the per cents come from the counts; the ｎ and the 規程 row from (d) and the firm sizes
    n_all, n_l, n_s = d["合計"]["海外取引企業（社）"], SIZES[0][2], SIZES[1][2]
    for name, a, bb in MEASURES:
        r = t[F][name]
        if (_dec(r["全体"]), _dec(r["大企業"]), _dec(r["中小企業"])) != (pct1(a + bb, n_all), pct1(a, n_l), pct1(bb, n_s)):
            errors.append(f"{F} / {name}: per cents differ from the counts")
    if (MEASURES[0][1], MEASURES[0][2]) != (SIZES[0][3], SIZES[1][3]):
        errors.append(f"{F}: the 規程 row differs from the firm sizes")
    # (h): the other users pay twice the small firms' fee (2,000円 where theirs is free)
    for row, r in t[H].items():
        if r["その他の事業者（円）"] != (2 * r["県内中小企業（円）"] or 2 * EXTRA_FEE):
            errors.append(f"{H} / {row}: その他の事業者 is not twice 県内中小企業")
    # (i): 計 is the row sum; 合計 adds up; the total equals (j)'s 令和６年度
    icols = ("窓口相談（件）", "オンライン相談（件）", "書面回答（件）")
    adds_up(I, icols + ("計（件）",))
    for row, r in t[I].items():
        if r["計（件）"] != sum(r[k] for k in icols):
            errors.append(f"{I} / {row}: 計 is not the row sum")
    # (j): 合計 adds up; 前年度比 is 令和６年度 / 令和５年度
    adds_up(J, ("令和５年度（件）", "令和６年度（件）"))
    for row, r in t[J].items():
        if _dec(r["前年度比（％）"]) != pct1(r["令和６年度（件）"], r["令和５年度（件）"]):
            errors.append(f"{J} / {row}: 前年度比 is wrong")
    if t[I]["合計"]["計（件）"] != t[J]["合計"]["令和６年度（件）"]:
        errors.append(f"{I}: 合計 differs from {J}")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    ind = specs["industries"]
    bp = sorted({g["page"] for g in gold if g["table"] == D})
    if len(bp) != 2:
        errors.append(f"{D} is on pages {bp}, expected a page break inside it")
    else:
        first_col = norm(ind.header[0][1])
        on = [i + 1 for i, p in enumerate(pages[ZOWAI_PDF]) if first_col in norm(p)]
        if ind.repeat_header or on != bp[:1]:
            errors.append(f"{D}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[1]}
        if not 2 <= len(first) <= 8:
            errors.append(f"{D}: {len(first)} rows before the page break, expected 2-8")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{D}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("情報通信業、建設業、不動産業等") not in norm(pages[ZOWAI_PDF][bp[1] - 1]):
            errors.append(f"{D}: note ※１ should follow the table on the continuation page")
    for key, spec in specs.items():
        if key == "industries":
            continue
        tp = {g["page"] for g in gold if g["table"] == spec.title}
        if len(tp) != 1:
            errors.append(f"{spec.title} is on pages {sorted(tp)}, expected one page")
    if specs["measures"].ruled or not all(s.ruled for k, s in specs.items() if k != "measures"):
        errors.append(f"only {F} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns; one 「－」 cell
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／中小企業者", "補助率（％）／小規模企業者", "上限額（千円）／量販店", "上限額（千円）／専門店"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "千円", None} \
            or sum(g["value"] == DASH for g in gold if g["table"] == A) != 1:
        errors.append(f"{A}: units should come from the header groups, with one 「－」 cell")
    # (b): years as rows, every value header printed over two lines, one 「－」 cell
    if [g["fiscal_year"] for g in gold if g["table"] == B][::5] != [y for y, *_x in RECORD]:
        errors.append(f"{B}: expected years as rows")
    if not all("\n" in h for h in specs["record"].header[0][1:]) \
            or sum(g["value"] == DASH for g in gold if g["table"] == B) != 1:
        errors.append(f"{B}: expected every value header over two lines and one 「－」 cell")
    # (c): 目標 / 実績 / 達成率 / 評価, the units of 目標 and 実績 from the row labels, marks without a number
    cg = [g for g in gold if g["table"] == C]
    if list(dict.fromkeys(g["column"] for g in cg)) != ["目標", "実績", "達成率（％）", "評価"] \
            or any(g["unit"] != bracket_unit(g["row"]) for g in cg if g["column"] in ("目標", "実績")) \
            or any(g["value"] not in MARKS or g["number"] is not None for g in cg if g["column"] == "評価"):
        errors.append(f"{C}: expected a KPI table with a mark column")
    # (d): a header cell printed over two lines
    if sum("\n" in h for h in ind.header[0]) != 1:
        errors.append(f"{D}: expected one header cell over two lines")
    # (e): the survey years as columns and a 増減 column covering both, with ▲ in it
    eg = [g for g in gold if g["table"] == E]
    if any(g["fiscal_year_range"] != list(SURVEY_YEARS) for g in eg if g["column"] == "増減") \
            or not any(g["value"].startswith(MINUS) for g in eg) \
            or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in eg if g["column"] != "増減"):
        errors.append(f"{E}: expected survey years as columns and a 増減 column with ▲")
    if any(g["fiscal_year_range"] is not None for g in gold if g["table"] != E or g["column"] != "増減"):
        errors.append("only the 増減 column of (e) may have a fiscal_year_range")
    # (f): per cents only, unit from the caption note
    if {g["unit"] for g in gold if g["table"] == F} != {"%"}:
        errors.append(f"{F}: expected per cents only")
    # (i): a total column on the right
    if list(dict.fromkeys(g["column"] for g in gold if g["table"] == I))[-1] != "計（件）":
        errors.append(f"{I}: expected a 計 column on the right")
    # (j): two year columns and a 前年度比 column
    jcols = {g["column"]: g["fiscal_year"] for g in gold if g["table"] == J}
    if jcols != {"令和５年度（件）": 2023, "令和６年度（件）": 2024, "前年度比（％）": 2024}:
        errors.append(f"{J}: expected two year columns and 前年度比, got {jcols}")
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
        got = re.findall(r"099-81\d-\d{4}", text)
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
        got = sum(x.startswith("○") and x not in MARKS and not any(t in x for t in titles) for x in raw)
        if got != items:
            errors.append(f"{what}: expected {items} bulleted items, got {got}")

    # ---- the call for applications
    tt = norm("\n".join(pages[TEIBAN_PDF]))
    siblings(tt, TEIBAN_PDF, ("導入先：", "主な取組：", "補助金の額："), [c[0] for c in TEIBAN_CASES])
    amt = sum(r[5] for r in RECORD)
    if amt % 10 or norm(f"延べ{sum(r[2] for r in RECORD)}件、{amt // 10:,}万円") not in tt:
        errors.append("call: the totals in the prose differ from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件を採択しました（うち小規模企業者{fw(last[3])}件）") not in tt \
            or norm(f"令和６年度は{last[4]}店でした") not in tt:
        errors.append("call: the 令和６年度 figures in the prose differ from (b)")
    rates = {r[0]: r for r in RATES}
    for head, where, _what, amount, items, kind in TEIBAN_CASES:
        col = 3 if kind == "量販店" else 4
        caps = [rates[x][col] for x in items]
        firm = FIRM_CAP if kind == "量販店" else FIRM_CAP_SPECIALTY
        if None in caps or int(amount.rstrip("万円")) * 10 > min(firm, sum(caps)):
            errors.append(f"call: case {head} exceeds its caps")
        stores = int(nfkc(re.search(r"（(\S+)店舗）", where).group(1)))
        if (stores >= 10) != (kind == "量販店"):
            errors.append(f"call: case {head} has the wrong kind of store for its number of stores")
    if re.findall(r"20\d\d年", tt) != ["2020年"]:
        errors.append("call: only 2020年度 should be printed in Western form")
    defs(tt, ("定番導入", "量販店", "小規模企業者"), "call")
    if norm("それ以外の小売店を「専門店」といいます") not in tt:
        errors.append("call: 専門店 is not defined as the other shops")
    for x in EXCLUDED:
        if norm(x) not in tt:
            errors.append(f"call: the cost not covered {x} is missing")
    bullets_in(TEIBAN_PDF, len(EXCLUDED), "call")
    raw = "\n".join(pages[TEIBAN_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("call: expected three Ｑ lines and three Ａ lines")
    steps_of(TEIBAN_PDF, "①②③④⑤⑥⑦", "call")
    contacts(TEIBAN_PDF, ["099-811-4420", "099-811-4429", "099-811-4500"], ["mayumi-teiban@example.jp"], "call")

    # ---- the survey
    zt = norm("\n".join(pages[ZOWAI_PDF]))
    siblings(zt, ZOWAI_PDF, ("主な取引先国：", "受けた要求：", "取った対応："), [c[0] for c in ZOWAI_CASES])
    total, n = respondents(), trading_firms()
    rules = sum(r[3] for r in INDUSTRIES)
    if norm(f"{total}社（回答率{pct1(total, TARGET)}％）") not in zt \
            or norm(f"海外取引企業は{n}社（{pct1(n, total)}％）") not in zt \
            or norm(f"規程を整備した企業は{rules}社（{pct1(rules, n)}％）") not in zt:
        errors.append("survey: the response and trading figures in the prose differ from (d)")
    (l_name, l_r, l_t, l_k), (s_name, s_r, s_t, s_k) = SIZES
    if norm(f"回答企業の内訳は、大企業{l_r}社、中小企業{s_r}社") not in zt \
            or norm(f"大企業は海外取引企業{l_t}社のうち{l_k}社") not in zt or norm(f"中小企業は{s_t}社のうち{s_k}社") not in zt:
        errors.append("survey: the firm sizes in the prose differ from the data")
    by_rules = sorted(INDUSTRIES, key=lambda r: -r[3])
    if {by_rules[0][0], by_rules[1][0]} != {"一般機械", "電気機器"}:
        errors.append("survey: 「一般機械と電気機器で規程を整備した企業が多い」 does not hold")
    for name in ("食料品", "繊維・衣服", "サービス業・その他"):
        r = next(x for x in INDUSTRIES if x[0] == name)
        if not Decimal("0.1") <= Decimal(r[3]) / Decimal(r[2]) <= Decimal("0.3"):
            errors.append(f"survey: 「１割から３割程度」 does not hold for {name}")
    if norm(f"不当な要求を受けた海外取引企業は{DEMAND_FIRMS}社で、海外取引企業の{pct1(DEMAND_FIRMS, n)}％") not in zt:
        errors.append("survey: the firms with demands in the prose differ from the data")
    ranked = [x[0] for x in sorted(DEMANDS, key=lambda r: -r[2])]
    if ranked[0] != "ベトナム" or ranked[1] != "中国" or max(DEMANDS, key=lambda r: r[1])[0] != "中国" \
            or DEMANDS[0][2] >= DEMANDS[0][1] or sorted(x[2] for x in DEMANDS)[-2] == sorted(x[2] for x in DEMANDS)[-3]:
        errors.append("survey: the ranking of (e) (ベトナム first, 中国 second and down) does not hold")
    big = max(MEASURES, key=lambda r: r[1])[0]
    none_small = pct1(MEASURES[-1][2], s_t)
    if big != "贈賄防止の方針・社内規程の整備" or not none_small > 40:
        errors.append("survey: the prose on (f) does not hold")
    if re.findall(r"20\d\d年", zt) != ["2024年"] or re.findall(r"20\d\d年度", zt):
        errors.append("survey: only 2024年 (調査基準日) should be printed in Western form")
    defs(zt, ("外国公務員等", "不当な要求", "海外取引企業", "中小企業"), "survey")
    bullets_in(ZOWAI_PDF, 3, "survey")
    steps_of(ZOWAI_PDF, "①②③④", "survey")
    contacts(ZOWAI_PDF, ["099-814-2630", "099-814-2639", "099-814-2700"], ["mayumi-chosa@example.jp"], "survey")

    # ---- the guide
    ht = norm("\n".join(pages[HSCODE_PDF]))
    siblings(ht, HSCODE_PDF, ("相談の方法：", "回答までの期間：", "必要な資料："), [k[0] for k in KINDS])
    if [k[0] for k in KINDS] != [nfkc(f[0]).split("(")[0] for f in FEES[:3]]:
        errors.append("guide: the sibling sections should be the first three rows of (h)")
    by_kind = [sum(r[j] for r in GROUPS) for j in (1, 2, 3)]
    tot, prev = sum(by_kind), sum(r[1] for r in DESTS)
    if norm(f"相談件数は{tot}件（窓口相談{by_kind[0]}件、オンライン相談{by_kind[1]}件、書面回答{by_kind[2]}件）") not in ht \
            or norm(f"前年度の{prev}件から{tot - prev}件増えました") not in ht:
        errors.append("guide: the use figures in the prose differ from (i) and (j)")
    if max(GROUPS, key=lambda r: sum(r[1:]))[0] != "食料品・飲料" or max(DESTS, key=lambda r: r[2])[0] != "ＡＳＥＡＮ":
        errors.append("guide: 「食料品・飲料が最も多く」 or 「ＡＳＥＡＮ向けが最も多く」 does not hold")
    if USERS > tot:
        errors.append("guide: more users than consultations")
    if re.findall(r"20\d\d年", ht):
        errors.append("guide: no Western year should be printed")
    defs(ht, ("ＨＳコード", "１品目", "事前教示", "営業日"), "guide")
    bullets_in(HSCODE_PDF, 4, "guide")
    steps_of(HSCODE_PDF, "①②③④⑤⑥", "guide")
    contacts(HSCODE_PDF, ["099-817-3150", "099-817-3159", "099-817-3200"], ["mayumi-hs@example.jp"], "guide")
    # every phone number of the set is fictional (099-81x-xxxx), every mail address under example.jp
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
