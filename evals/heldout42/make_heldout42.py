"""Build the 樺県 held-out set 42: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (樺県 and every town, port, scheme, organisation, phone number,
address and figure). The documents are in three genres the earlier sets do not use: a call for
applications (募集要領) for a subsidy paid per container (TEU) to shippers using the prefecture's
port (樺港国際コンテナ利用促進補助金) with a two-level header of unit rates and caps for new and
repeat users, a yearly record (years as rows) and the containers by route with subtotal rows and
a total column; the results report (実施結果報告書) of a programme matching local firms with
foreign start-ups in online meetings (海外スタートアップ・マッチング事業) with its
indicators (fiscal years as columns, a 単位 column), the start-ups by country (a table continued
over a page break without its header) and the meetings by field (counts and per cents in paired
columns); and the report of a survey of the prefecture's exporters on how they are paid and on
late payments (輸出代金の決済・回収に関する実態調査) with the respondents by industry and size (a
total column on the right), the payment terms by destination region and an unruled table of the
precautions taken; see README.md beside this file.

    python make_heldout42.py [OUTPUT_DIR]          # default: this file's directory

Needs reportlab and pypdf (both in the project venv). The code structure follows
../heldout35/make_heldout35.py; the shared helpers are in ../docgen.py (unchanged). The gold
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

HOJO_PDF = "kaba_kowan_container_hojokin_boshu_yoryo_r7.pdf"
MATCH_PDF = "kaba_startup_online_matching_jisseki_hokoku_r6.pdf"
CHOSA_PDF = "kaba_yushutsu_daikin_kessai_kaishu_chosa_r6.pdf"
ALL_PDFS = (HOJO_PDF, MATCH_PDF, CHOSA_PDF)

UNITS = ("万円", "円", "TEU", "件", "社", "回", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_PREFIX = "099-46"  # every phone number of the set: 099-46x-xxxx
MAIL_DOMAIN = "@example.jp"


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
    """(number, unit) as printed after NFKC; (None, None) for text."""
    return docgen.parse_number(nfkc(value).strip(), UNITS)


def label(s: str) -> str:
    """A row or column label as recorded: line breaks dropped."""
    return s.replace("\n", "").strip(INDENT)


def bracket_unit(text: str) -> str | None:
    """The unit in brackets at the end of a label (交付額（万円） -> 万円), NFKC."""
    m = re.search(r"（([^（）]+)）$", text)
    return nfkc(m.group(1)) if m else None


def half_up(x: Decimal, q: str) -> Decimal:
    return x.quantize(Decimal(q), ROUND_HALF_UP)


def pct1(k: int, n: int) -> Decimal:
    """k / n in per cent with one decimal, rounded half up."""
    return half_up(Decimal(k * 100) / Decimal(n), "0.1")


def cell(x) -> str:
    """A table cell: an int as docgen prints it (single digits full-width), a Decimal per cent
    with one decimal."""
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def yen(n: int) -> str:
    return f"{n:,}"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf."""

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
            unit = cell_unit or spec.cell_unit(r, c)
            row_label = label(r[spec.label_col])
            fy = spec.column_year(c) or fiscal_year(row_label) or spec.table_fy
            pages = pages_of[(spec.key, i)]
            assert len(pages) == 1, (spec.key, r, pages)
            out.append({
                "doc": spec.doc, "table": spec.title, "row": row_label, "column": spec.column_label(c),
                "fiscal_year": fy, "fiscal_year_range": None,
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


PREF = "樺県"
PORT = "樺港"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: port container subsidy, call for applications
HOJO = f"{PORT}国際コンテナ利用促進補助金"
HOJO_DEPT = f"{PREF} 港湾空港部 港湾振興課"
KYOGIKAI = f"{PORT}利用促進協議会事務局"
RATES = [  # 区分; 補助単価（円）: 新規利用者, 継続利用者; 上限額（万円）: 新規利用者, 継続利用者 (令和７年度)
    ("輸出・東アジア航路", 12000, 6000, 120, 80), ("輸出・東南アジア航路", 18000, 9000, 180, 120),
    ("輸入・全航路", 8000, 4000, 80, 50), ("冷凍・冷蔵コンテナの加算", 5000, 5000, 50, 50),
]
SHIPPER_CAP = 300  # note ※３: 万円 per shipper
RECORD = [  # 年度, 申請事業者数, 交付事業者数, 対象コンテナ数（ＴＥＵ）, 交付額（万円）
    (2021, 18, 15, 2140, 1386), (2022, 26, 22, 3325, 2104), (2023, 34, 29, 4460, 2752), (2024, 41, 36, 5318, 3167),
]
ROUTE_GROUPS = [  # 小計の行, [(航路, 輸出, 輸入)] (ＴＥＵ, 令和６年度)
    ("小計（東アジア）", [("韓国航路", 1024, 512), ("中国航路", 1186, 648), ("台湾航路", 402, 187)]),
    ("小計（東南アジア）", [("タイ航路", 486, 215), ("ベトナム航路", 412, 246)]),
]
CASES = [  # 見出し, 利用した航路, 利用したコンテナ, 補助金の額; (区分, 新規?, TEU, 冷凍?) for the check
    ("水産加工業Ａ社（汐浦市）", "タイ航路（輸出、冷凍コンテナ、新規利用）", "40フィートコンテナ12本（24ＴＥＵ）",
     "55万2,000円", ("輸出・東南アジア航路", True, 24, True), 552000),
    ("製紙業Ｂ社（樺原町）", "中国航路（輸出、継続利用）", "20フィートコンテナ160本（160ＴＥＵ）",
     "80万円（上限額）", ("輸出・東アジア航路", False, 160, False), 800000),
    ("家具輸入販売業Ｃ社（樺市）", "ベトナム航路（輸入、新規利用）", "40フィートコンテナ30本（60ＴＥＵ）",
     "48万円", ("輸入・全航路", True, 60, False), 480000),
]
EXCLUDED = [  # 補助の対象にならないコンテナ貨物
    "空のコンテナ（実入りコンテナ以外のもの）",
    "樺港で積み替えるだけの貨物（トランシップ貨物）",
    "国又は他の地方公共団体の補助金の対象となっている輸送",
    "荷主が自ら運航し、又は貸し切った船舶による輸送",
]


def route_rows():
    """(label, 輸出, 輸入) of every printed row of (c): routes, a subtotal per group, 合計."""
    out, tot_x, tot_m = [], 0, 0
    for sub, members in ROUTE_GROUPS:
        out += members
        x, m = sum(r[1] for r in members), sum(r[2] for r in members)
        out.append((sub, x, m))
        tot_x, tot_m = tot_x + x, tot_m + m
    out.append(("合計", tot_x, tot_m))
    return out


def hojo_specs():
    rates = TableSpec(
        key="rates", doc=HOJO_PDF, title="区分別の補助単価と上限額",
        header=[["区分", "補助単価（円）", "", "上限額（万円）", ""],
                ["", "新規利用者", "継続利用者", "新規利用者", "継続利用者"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in RATES],
        col_widths=[50 * mm, 28 * mm, 28 * mm, 28 * mm, 28 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    record = TableSpec(
        key="record", doc=HOJO_PDF, title="年度別の申請と交付の実績",
        header=[["年度", "申請事業者数（社）", "交付事業者数（社）", "対象コンテナ数（ＴＥＵ）", "交付額（万円）"]],
        rows=[[f"令和{fw(y - 2018)}年度", fw(a), fw(b), fw(c), fw(d)] for y, a, b, c, d in RECORD],
        col_widths=[26 * mm, 33 * mm, 33 * mm, 42 * mm, 30 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    routes = TableSpec(
        key="routes", doc=HOJO_PDF, title="航路別の補助対象コンテナ数",
        header=[["航路", "輸出（ＴＥＵ）", "輸入（ＴＥＵ）", "計（ＴＥＵ）"]],
        rows=[[n, fw(x), fw(m), fw(x + m)] for n, x, m in route_rows()],
        col_widths=[46 * mm, 36 * mm, 36 * mm, 36 * mm], table_fy=2024,
        bold_rows=("小計（東アジア）", "小計（東南アジア）", "合計"),
    )
    routes.unit = lambda row, c, s=routes: bracket_unit(s.column_label(c))
    return rates, record, routes


def hojo_story(specs):
    rates, record, routes = specs
    n_all, amt_all = sum(r[2] for r in RECORD), sum(r[4] for r in RECORD)
    last = RECORD[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{HOJO} 募集要領", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(HOJO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　目的", H1)]
    st += paras(f"""
{PORT}（汐浦市）の国際コンテナ航路の利用を増やし、荷主の輸出入に係る物流の費用を抑えるため、{PORT}を利用して国際コンテナ貨物を輸出し、又は輸入する荷主に、コンテナの数に応じて補助金を交付します。制度を始めた令和３年度（2021年度）から令和６年度までに、延べ{n_all}社に{amt_all:,}万円を交付しました。
""", 0)
    st += [P("２　募集の概要", H1)]
    st += lv_lines([
        ("補助事業名", HOJO),
        ("補助対象者", f"{PORT}で国際コンテナ貨物を船積みし、又は陸揚げする荷主（県外の荷主を含む。）"),
        ("対象となる輸送", f"令和７年４月１日から令和８年１月31日までに{PORT}で船積みし、又は陸揚げした実入りコンテナ"),
        ("募集期間", "令和７年５月12日から12月26日まで（予算額に達し次第終了）"),
        ("予算額", "3,600万円"),
    ], 0)
    st += paras(f"""
この要領において「実入りコンテナ」とは、貨物を積んだコンテナをいいます。「ＴＥＵ」とは、20フィートコンテナ１個を１とするコンテナの数え方をいい、40フィートコンテナ１個は２ＴＥＵと数えます。また、「新規利用者」とは、令和５年４月１日から令和７年３月31日までの２年間に、{PORT}で国際コンテナ貨物を船積みし、又は陸揚げしたことがない荷主をいい、それ以外の荷主を「継続利用者」といいます。
""", 0)
    st += [P("３　補助単価と上限額", H1)]
    st += paras("補助単価と上限額は、輸送の区分と利用者の区分によって次のとおりです。", 0)
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 補助単価は、実入りコンテナ１ＴＥＵ当たりの額です。「東アジア航路」は韓国、中国（香港を含む。）及び台湾との航路、"
        "「東南アジア航路」はタイ、ベトナム、マレーシア及びフィリピンとの航路をいいます。",
        "※２ 冷凍・冷蔵コンテナの加算は、輸出又は輸入の補助単価に上乗せします（上限額は別に計算します）。",
        f"※３ 補助金の額は、１荷主当たり{SHIPPER_CAP}万円を上限とし、千円未満の端数は切り捨てます。",
    ])
    st += paras("次のコンテナ貨物は補助の対象になりません。", 0)
    st += bullets(EXCLUDED, 0)
    st += [P("４　申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（港湾振興課又は{KYOGIKAI}へ）",
        "② 交付申請（募集期間内に、コンテナの利用計画書を添えて提出）",
        "③ 交付決定の通知（申請から２週間程度）",
        "④ 輸送の実施（令和８年１月31日までに船積み又は陸揚げ）",
        "⑤ 実績報告（船荷証券の写しを添えて、令和８年２月13日まで）",
        "⑥ 補助金の額の確定（令和８年３月上旬）",
        "⑦ 補助金の支払（令和８年３月下旬）",
    ], 0)
    st += [P("５　これまでの実績", H1)]
    st += paras(f"""
申請は毎年増えており、令和６年度は{last[1]}社から申請があり、{last[2]}社に交付しました。補助の対象となったコンテナは{last[3]:,}ＴＥＵで、そのうち輸出が約３分の２を占めます。航路別では、中国航路が最も多くなっています。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += [caption(routes.title, "（令和６年度）"), routes.flowable(), Spacer(1, 2)]
    st += notes([
        "※４ 対象コンテナ数は、補助金の額が確定した実入りコンテナの数です。",
        "※５ 令和６年度は、マレーシア航路及びフィリピン航路の実績はありませんでした。",
    ])
    st += [CondPageBreak(60 * mm), P("６　活用事例（令和６年度）", H1)]
    st += paras("令和６年度の補助単価と上限額は、令和７年度と同じです。", 0)
    for i, (head, route, boxes, amount, _k, _y) in enumerate(CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("利用した航路", route), ("利用したコンテナ", boxes), ("補助金の額", amount)], 1)
    st += [P("７　よくある質問", H1)]
    qa = [
        ("県外に本社がある会社も申請できますか。",
         f"申請できます。{PORT}で船積み又は陸揚げした貨物であれば、荷主の所在地は問いません。"),
        ("通関業者や物流会社が、荷主に代わって申請することはできますか。",
         "申請者は荷主に限ります。ただし、書類の作成と提出を通関業者等に任せることはできます。"),
        ("輸出と輸入の両方について申請できますか。",
         f"申請できます。上限額は区分ごとに計算し、その合計が{SHIPPER_CAP}万円を超えるときは{SHIPPER_CAP}万円となります。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{HOJO_DEPT} ポートセールス班　電話：099-461-3820　ファクス：099-461-3829",
        f"{KYOGIKAI}（事前相談）　電話：099-462-5510",
        "電子メール：kaba-port@example.jp",
    ]))
    return st


# ================================================================ document 2: online matching with foreign start-ups, results report
MATCH = f"{PREF}海外スタートアップ・マッチング事業"
MATCH_DEPT = f"{PREF} 商工労働部 産業イノベーション課"
CENTER = f"公益財団法人{PREF}産業支援センター"
KPI_YEARS = (2022, 2023, 2024)
KPIS = [  # 指標, 単位, 令和４年度, 令和５年度, 令和６年度
    ("開催回数", "回", 2, 3, 3), ("参加県内企業数", "社", 24, 37, 46), ("参加スタートアップ数", "社", 58, 84, 103),
    ("面談件数", "件", 96, 148, 191), ("実証合意件数", "件", 5, 9, 14),
]
COUNTRIES = [  # 国・地域, 参加スタートアップ数, 面談件数, 実証合意件数 (令和６年度)
    ("米国", 18, 34, 3), ("イスラエル", 11, 22, 2), ("シンガポール", 12, 23, 2), ("台湾", 10, 19, 2),
    ("韓国", 9, 16, 1), ("インド", 8, 14, 1), ("ドイツ", 7, 13, 1), ("フランス", 6, 11, 0),
    ("英国", 5, 9, 1), ("フィンランド", 5, 8, 1), ("エストニア", 4, 7, 0), ("オーストラリア", 3, 6, 0),
    ("その他", 5, 9, 0),
]
FIELDS = [  # 分野, 面談件数, 実証合意件数 (令和６年度)
    ("製造・ロボット", 57, 5), ("食品・農業", 42, 3), ("ヘルスケア", 36, 2), ("環境・エネルギー", 32, 3),
    ("観光・小売", 24, 1),
]
ROUNDS = [  # 見出し, 開催時期, 参加スタートアップ数, 面談件数; the fields of the round (for the check)
    ("第１回　ものづくり・環境", "令和６年７月（３日間）", "41社", "89件", ("製造・ロボット", "環境・エネルギー")),
    ("第２回　食・観光", "令和６年10月（２日間）", "35社", "66件", ("食品・農業", "観光・小売")),
    ("第３回　ヘルスケア", "令和７年１月（２日間）", "27社", "36件", ("ヘルスケア",)),
]
SURVEY_ANSWERS, SURVEY_SATISFIED, POC_STARTED = 42, 37, 9


def match_specs():
    kpi = TableSpec(
        key="kpi", doc=MATCH_PDF, title="主な指標の推移",
        header=[["指標", "単位"] + [f"令和{fw(y - 2018)}年度" for y in KPI_YEARS]],
        rows=[[n, u, fw(a), fw(b), fw(c)] for n, u, a, b, c in KPIS],
        col_widths=[50 * mm, 18 * mm, 30 * mm, 30 * mm, 30 * mm], value_cols=[2, 3, 4],
        unit=lambda row, c: nfkc(row[1]), align_left_cols=(1,),
    )
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in COUNTRIES]
    rows.append(["合計"] + [fw(sum(r[j] for r in COUNTRIES)) for j in (1, 2, 3)])
    countries = TableSpec(
        key="countries", doc=MATCH_PDF, title="国・地域別の参加スタートアップと面談",
        header=[["国・地域", "参加スタートアップ数（社）", "面談件数（件）", "実証合意件数（件）"]],
        rows=rows, col_widths=[40 * mm, 46 * mm, 34 * mm, 38 * mm], table_fy=2024, repeat_header=False,
    )
    countries.unit = lambda row, c, s=countries: bracket_unit(s.column_label(c))
    meet = sum(r[1] for r in FIELDS)
    deals = sum(r[2] for r in FIELDS)
    frows = [[n, fw(a), cell(pct1(a, meet)), fw(b), cell(pct1(b, a))] for n, a, b in FIELDS]
    frows.append(["合計", fw(meet), cell(pct1(meet, meet)), fw(deals), cell(pct1(deals, meet))])
    fields = TableSpec(
        key="fields", doc=MATCH_PDF, title="分野別の面談と実証合意",
        header=[["分野", "面談件数（件）", "構成比（％）", "実証合意件数（件）", "合意率（％）"]],
        rows=frows, col_widths=[40 * mm, 30 * mm, 28 * mm, 36 * mm, 28 * mm], table_fy=2024,
    )
    fields.unit = lambda row, c, s=fields: bracket_unit(s.column_label(c))
    return kpi, countries, fields


def kpi(name: str, year: int) -> int:
    row = next(r for r in KPIS if r[0] == name)
    return row[2 + KPI_YEARS.index(year)]


def match_story(specs):
    kpit, countries, fields = specs
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{MATCH} 実施結果報告書", TITLE),
          Spacer(1, 1 * mm), P("令和７年５月", DATE_RIGHT), P(MATCH_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　事業の概要", H1)]
    st += lv_lines([
        ("事業名", MATCH),
        ("目的", "県内企業と海外スタートアップの協業による新たな技術や製品の開発を促すため"),
        ("実施主体", PREF),
        ("運営", f"{CENTER}（県からの委託）"),
        ("実施期間", "令和６年６月から令和７年２月まで"),
        ("開催方法", "ビデオ会議による１対１の面談（通訳付き、参加費は無料）"),
        ("事業費", "1,980万円"),
    ], 0)
    st += paras("""
この報告書において「海外スタートアップ」とは、海外に本社を置き、設立から10年以内で、新しい技術やビジネスモデルにより急速な成長を目指す企業をいう。「面談」とは、県内企業と海外スタートアップが１対１で30分以上協議したものをいい、同じ組合せによる２回目以降の協議は数えない。また、「実証合意」とは、面談の後、両者が実証実験（ＰｏＣ）を共同で行うことについて覚書等を結んだことをいう。
""", 0)
    st += [P("２　実施結果の概要", H1)]
    y = 2024
    st += paras(f"""
事業を始めた令和４年度（2022年度）から、開催回数を除く各指標は毎年増えている。令和６年度は{fw(kpi('開催回数', y))}回開催し、県内企業{kpi('参加県内企業数', y)}社と海外スタートアップ{kpi('参加スタートアップ数', y)}社が参加した。面談は{kpi('面談件数', y)}件で、そのうち{kpi('実証合意件数', y)}件が実証合意に至った（前年度から{fw(kpi('実証合意件数', y) - kpi('実証合意件数', 2023))}件増）。
""", 0)
    st += [caption(kpit.title), kpit.flowable(), Spacer(1, 2)]
    st += [P("３　国・地域別の状況", H1)]
    st += paras("""
国・地域別では、参加数、面談件数、実証合意件数とも米国が最も多かった。
""", 0)
    st += [caption(countries.title, "（令和６年度）", keep=False), countries.flowable(), Spacer(1, 2)]
    st += notes(["※１ 「その他」は、カナダ、スペイン、ブラジル等である。"])
    st += [P("４　開催回別の状況", H1)]
    for i, (head, when, n, meet, _f) in enumerate(ROUNDS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("開催時期", when), ("参加スタートアップ数", n), ("面談件数", meet)], 1)
    st += [P("５　分野別の状況", H1)]
    st += paras("""
面談件数は製造・ロボット分野が最も多かったが、合意率は環境・エネルギー分野が最も高かった。
""", 0)
    st += [caption(fields.title, "（令和６年度）"), fields.flowable(), Spacer(1, 2)]
    st += notes([
        "※２ 構成比は面談件数の合計に対する割合、合意率は面談件数に対する実証合意件数の割合である（小数点以下第２位を四捨五入）。",
    ])
    st += [P("６　参加企業アンケート", H1)]
    st += paras(f"""
参加した県内企業{kpi('参加県内企業数', y)}社のうち{SURVEY_ANSWERS}社が回答し、{SURVEY_SATISFIED}社が「満足」又は「やや満足」と答えた。実証合意{kpi('実証合意件数', y)}件のうち、令和７年３月末までに実証実験を始めたのは{fw(POC_STARTED)}件である。一方、「面談の時間が短い」「事前に得られる情報が少ない」との声があった。
""", 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        "① 令和７年度は開催を４回に増やし、新たに「防災・インフラ」をテーマに加える。",
        "② 面談の前に、スタートアップの技術資料を日本語に訳して県内企業に提供する。",
        "③ 実証実験の経費を補助する制度の創設を検討する。",
    ], 0)
    st += [CondPageBreak(34 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{MATCH_DEPT} 企業連携班　電話：099-464-2170　ファクス：099-464-2179",
        f"{CENTER}（参加の申込み・面談の日程調整）　電話：099-465-8800",
        "電子メール：kaba-openinno@example.jp",
    ]))
    return st


# ================================================================ document 3: survey on export payments and collection
CHOSA = f"{PREF}内企業の輸出代金の決済・回収に関する実態調査"
CHOSA_DEPT = f"{PREF} 商工労働部 国際経済課"
CENTER3 = f"{PREF}貿易相談センター"
TARGET = 720  # 調査対象の企業
INDUSTRIES = [  # 業種, 中小企業, 大企業 (社)
    ("食料品", 44, 6), ("繊維・衣服", 21, 3), ("化学", 17, 7), ("金属製品", 32, 5), ("機械", 41, 13),
    ("電気機器", 18, 8), ("卸売・小売業", 39, 6), ("その他", 22, 4),
]
TERMS = ("前払い", "信用状", "後払い送金", "取立", "その他")
PAYMENTS = [  # 地域, counts per term (the firms exporting to the region choose the term they use most)
    ("アジア", (71, 38, 82, 17, 6)), ("北米", (14, 6, 65, 4, 3)), ("欧州", (12, 4, 45, 5, 2)),
    ("中東・アフリカ", (11, 9, 3, 1, 1)), ("中南米", (8, 4, 3, 1, 1)),
]
MEASURES = [  # 備えの内容, 回答数: 中小企業, 大企業 (複数回答)
    ("前払いや信用状を求める", 98, 27), ("取引先の信用調査をする", 61, 35), ("貿易保険をかける", 29, 23),
    ("取引先ごとに与信の限度額を設ける", 33, 30), ("専門家に契約書を確認してもらう", 37, 14),
    ("特に何もしていない", 71, 3),
]
TROUBLE = (68, 11)  # 回収トラブルを経験した企業: 中小企業, 大企業
UNCOLLECTED = 31  # of them, firms with money still not collected at the reference date
REGIONS = [  # 見出し, 主な輸出品, 最も多い決済条件, 主な意見 (same labels in every sibling section)
    ("アジア", "食品、化学品、機械部品", "後払い送金", "新しい取引先には前払いを求めたいが、競合があり難しい"),
    ("北米", "工作機械、電子部品", "後払い送金", "大手の取引先から、支払までの期間を延ばすよう求められる"),
    ("中東・アフリカ", "建設機械、自動車部品", "前払い", "信用状の書類の不備で、支払が遅れたことがある"),
]


def sizes() -> tuple[int, int]:
    return sum(r[1] for r in INDUSTRIES), sum(r[2] for r in INDUSTRIES)


def chosa_specs():
    rows = [[n, fw(a), fw(b), fw(a + b)] for n, a, b in INDUSTRIES]
    s, l = sizes()
    rows.append(["合計", fw(s), fw(l), fw(s + l)])
    industries = TableSpec(
        key="industries", doc=CHOSA_PDF, title="業種別・規模別の回答企業数",
        header=[["業種", "中小企業", "大企業", "計"]],
        rows=rows, col_widths=[44 * mm, 32 * mm, 32 * mm, 32 * mm], unit="社", table_fy=2024,
    )
    payments = TableSpec(
        key="payments", doc=CHOSA_PDF, title="輸出先の地域別の主な決済条件",
        header=[["地域"] + list(TERMS)],
        rows=[[n] + [cell(pct1(k, sum(v))) for k in v] for n, v in PAYMENTS],
        col_widths=[36 * mm, 25 * mm, 25 * mm, 25 * mm, 25 * mm, 25 * mm], unit="%", table_fy=2024,
    )
    measures = TableSpec(
        key="measures", doc=CHOSA_PDF, title="回収トラブルへの備え（複数回答）",
        header=[["備えの内容", "全体", "中小企業", "大企業"]],
        rows=[[n, cell(pct1(a + b, s + l)), cell(pct1(a, s)), cell(pct1(b, l))] for n, a, b in MEASURES],
        col_widths=[72 * mm, 26 * mm, 26 * mm, 26 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return industries, payments, measures


def chosa_story(specs):
    industries, payments, measures = specs
    s, l = sizes()
    total = s + l
    trouble = sum(TROUBLE)
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{CHOSA} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年２月", DATE_RIGHT), P(CHOSA_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県内企業の輸出代金の決済の方法と回収の状況を把握し、取引上のリスクへの備えを支援する施策に役立てるため"),
        ("調査対象", f"県内に本社を置き、輸出を行う企業 {TARGET}社"),
        ("調査基準日", "令和６年（2024年）10月１日"),
        ("調査期間", "令和６年10月７日から11月８日まで"),
        ("調査方法", "郵送及びウェブによるアンケート"),
        ("回答数", f"{total}社（回答率{pct1(total, TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「回収トラブル」とは、調査基準日前の３年間に、輸出代金の全部又は一部が、支払期日から30日を過ぎても支払われなかったことをいう。「前払い」とは、船積みの前に代金の全額を受け取る条件をいい、「取立」とは、銀行を通じ、船積書類と引換えに代金を受け取る条件（Ｄ／Ｐ、Ｄ／Ａ）をいう。また、「中小企業」とは、中小企業基本法に定める中小企業者をいい、それ以外の企業を「大企業」という。
""", 0)
    st += [P("２　回答企業の構成", H1)]
    st += paras(f"""
回答企業{total}社のうち、中小企業は{s}社、大企業は{l}社であった。業種別では機械が最も多く、食料品、卸売・小売業が続いた。
""", 0)
    st += [caption(industries.title, "（単位：社）"), industries.flowable(), Spacer(1, 2)]
    st += notes(["※１ 「その他」は、プラスチック製品、家具、印刷等である。"])
    st += [P("３　輸出先の地域別の決済条件", H1)]
    st += paras("""
アジア、北米及び欧州では「後払い送金」が最も多いが、中東・アフリカと中南米では「前払い」が最も多かった。
""", 0)
    st += [caption(payments.title, "（単位：％）"), payments.flowable(), Spacer(1, 2)]
    ns = "、".join(f"{n}{sum(v)}社" for n, v in PAYMENTS)
    st += notes([f"※２ 各地域に輸出している企業（{ns}）が、その地域との取引で最も多く使う条件を一つ選んだ。"])
    st += paras("主な地域の状況は、次のとおりである。", 0)
    for i, (head, goods, term, voice) in enumerate(REGIONS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な輸出品", goods), ("最も多い決済条件", term), ("主な意見", voice)], 1)
    st += [P("４　回収トラブルの状況", H1)]
    st += paras(f"""
回収トラブルを経験した企業は{trouble}社（{pct1(trouble, total)}％）で、中小企業は{s}社のうち{TROUBLE[0]}社（{pct1(TROUBLE[0], s)}％）、大企業は{l}社のうち{TROUBLE[1]}社（{pct1(TROUBLE[1], l)}％）であった。相手先の国・地域は、中国、米国、ベトナムの順に多い。また、{trouble}社のうち{UNCOLLECTED}社は、調査基準日の時点で代金の一部をまだ回収できていない。
""", 0)
    st += [P("５　回収トラブルへの備え", H1)]
    st += paras("""
全体と中小企業では「前払いや信用状を求める」が最も多く、大企業では「取引先の信用調査をする」が最も多かった。中小企業では「特に何もしていない」も３割に上った。
""", 0)
    st += [caption(measures.title, "（単位：％）"), measures.flowable(), Spacer(1, 2)]
    st += notes([
        f"※３ 回答企業（全体{total}社、中小企業{s}社、大企業{l}社）に占める割合である。複数回答のため、合計は100％にならない。",
    ])
    st += [P("６　県への主な要望（自由記述）", H1)]
    st += bullets([
        "海外の取引先の信用調査を、安い費用で頼める仕組みがほしい。",
        "代金を回収できないときに相談できる弁護士を紹介してほしい。",
        "英文の契約書に入れておくべき支払条件を、例文で示してほしい。",
    ], 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        f"① {CENTER3}で、決済条件の選び方と回収の個別相談を続ける。",
        "② 貿易保険と信用調査の使い方を学ぶセミナーを、年３回開く。",
        "③ 英文契約書の支払条項の例文集を作り、県のホームページに載せる。",
        "④ 次回の調査は、令和９年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{CHOSA_DEPT} 貿易振興班　電話：099-467-3310　ファクス：099-467-3319",
        f"{CENTER3}（一般社団法人{PREF}貿易協会内、個別の相談）　電話：099-468-1200",
        "電子メール：kaba-boeki@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return hojo_specs() + match_specs() + chosa_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    hspecs, mspecs, cspecs = hojo_specs(), match_specs(), chosa_specs()
    hdoc = build_pdf(docs_dir / HOJO_PDF, hspecs, hojo_story(hspecs),
                     f"令和７年度 {HOJO} 募集要領", "令和７年４月", HOJO_DEPT)
    mdoc = build_pdf(docs_dir / MATCH_PDF, mspecs, match_story(mspecs),
                     f"令和６年度 {MATCH} 実施結果報告書", "令和７年５月", MATCH_DEPT)
    cdoc = build_pdf(docs_dir / CHOSA_PDF, cspecs, chosa_story(cspecs),
                     f"令和６年度 {CHOSA} 報告書", "令和７年２月", CHOSA_DEPT)
    gold = all_gold({HOJO_PDF: hdoc.row_pages, MATCH_PDF: mdoc.row_pages, CHOSA_PDF: cdoc.row_pages})
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
    # --- hojo: the port container subsidy call, tables (a) (b) (c), definitions, exclusions, sibling sections, steps
    dict(question="2023年の秋に一度だけ樺港から韓国向けにコンテナを出したことがある会社から相談です。今年度、韓国向けに輸出すると１ＴＥＵ当たりいくら補助されますか？",
         category="hojo", doc=HOJO_PDF,
         evidence=["令和５年４月１日から令和７年３月31日までの２年間", "輸出・東アジア航路 12,000 6,000 120 80"],
         answer=["6,000"],
         notes="two facts: 2023年秋 = 令和５年秋 lies inside the two years of the 「新規利用者」 definition, so the firm "
               "is a 継続利用者 (definition asked at its boundary); Korea is an 東アジア航路 (note ※１); (a) two-level "
               "header, leaf 補助単価（円）／継続利用者; 12,000 (新規利用者) is the trap"),
    dict(question="樺港を一度も使ったことのない食品メーカーが、冷凍コンテナでベトナムへ輸出する予定です。１ＴＥＵ当たりの補助は合わせていくらになりますか？",
         category="hojo", doc=HOJO_PDF,
         evidence=["輸出・東南アジア航路 18,000 9,000 180 120", "冷凍・冷蔵コンテナの加算 5,000 5,000 50 50"],
         answer=["23,000円"], computed=True,
         notes="(a) sum of two rows, leaf 補助単価（円）／新規利用者: 18,000 + 5,000 = 23,000円 (note ※２: the reefer "
               "add-on is added to the export rate; Vietnam is an 東南アジア航路 by note ※１)"),
    dict(question="2025年度の募集で、初めて樺港を使って輸入する会社の場合、輸入分の補助の上限はいくらですか？",
         category="hojo", doc=HOJO_PDF, evidence=["輸入・全航路 8,000 4,000 80 50"], answer=["80"],
         notes="(a) leaf 上限額（万円）／新規利用者 (the leaf 新規利用者 is printed under both groups: 8,000 is the "
               "rate, a trap; 50 is the 継続利用者 cap); 2025年度 = 令和７年度 (printed nowhere in Western form)"),
    dict(question="釜山から来たコンテナを樺港で別の船に積み替えるだけの場合でも、補助の対象になりますか？",
         category="hojo", doc=HOJO_PDF,
         evidence=["次のコンテナ貨物は補助の対象になりません", "樺港で積み替えるだけの貨物"],
         answer=["対象になりません"],
         notes="the cargo not covered (a lead sentence and four ○ items after the notes of (a)): transhipment cargo; "
               "the port name in the question is a real one abroad, the point is the exclusion"),
    dict(question="令和５年度は、交付を受けた荷主１社当たり平均でいくらの補助金を受け取った計算になりますか？",
         category="hojo", doc=HOJO_PDF, evidence=["令和５年度 34 29 4,460 2,752"], answer=["94.9万円"], computed=True,
         notes="(b) years as rows, average in a row: 2,752 / 29 = 94.9万円 (34 is the number of applicants, a trap "
               "for the divisor)"),
    dict(question="令和６年度に、東アジア方面の航路で補助の対象になった輸出コンテナは何ＴＥＵでしたか？",
         category="hojo", doc=HOJO_PDF, evidence=["小計（東アジア） 2,612 1,347 3,959"], answer=["2,612"],
         notes="(c) a subtotal row inside the table (小計（東アジア）), column 輸出（ＴＥＵ）; 3,959 (the total column 計) "
               "and the single routes are the traps"),
    dict(question="令和６年度に補助の対象になったコンテナのうち、中国航路の分は全体の何％を占めますか？",
         category="hojo", doc=HOJO_PDF, evidence=["中国航路 1,186 648 1,834", "合計 3,510 1,808 5,318"],
         answer=["34.5%"], computed=True,
         notes="(c) share in the total column 計（ＴＥＵ）: 1,834 / 5,318 = 34.5 % (1,186 / 3,510 = 33.8 % of exports "
               "only is another reading)"),
    dict(question="2024年度、ベトナム航路では輸出と輸入を合わせて何ＴＥＵが補助の対象になりましたか？",
         category="hojo", doc=HOJO_PDF, evidence=["ベトナム航路 412 246 658"], answer=["658"],
         notes="(c) the total column on the right (計（ＴＥＵ）), so no addition is needed; 2024年度 = 令和６年度 (caption "
               "note; only 2021年度 is printed in Western form)"),
    dict(question="初めて樺港を使う会社が、40フィートコンテナ10本を台湾へ輸出する予定です。補助金はいくらになりそうですか？",
         category="hojo", doc=HOJO_PDF,
         evidence=["40フィートコンテナ１個は２ＴＥＵと数えます", "輸出・東アジア航路 12,000 6,000 120 80"],
         answer=["240,000円"], computed=True,
         notes="(a) with the ＴＥＵ definition: 10本 × 2ＴＥＵ × 12,000円 = 240,000円 (24万円, under the 120万円 cap); "
               "Taiwan is an 東アジア航路 (note ※１); 120,000円 (counting 10 TEU) is the trap"),
    dict(question="製紙会社が中国向けに使った事例では、補助金はいくらになりましたか？",
         category="hojo", doc=HOJO_PDF, evidence=["製紙業Ｂ社", "補助金の額：80万円（上限額）"], answer=["80万円"],
         notes="sibling sections （１）–（３） of ６ share the labels 利用した航路, 利用したコンテナ, 補助金の額; "
               "（２）製紙業Ｂ社; 55万2,000円 and 48万円 are the siblings' values (160 TEU × 6,000円 would be 96万円, "
               "capped)"),
    dict(question="輸送が終わったあとの実績報告は、いつまでに出せばよいですか？",
         category="hojo", doc=HOJO_PDF, evidence=["令和８年２月13日まで"], answer=["令和８年２月13日"],
         notes="procedure step ⑤ (the transport deadline 令和８年１月31日 of step ④ is the near miss)"),
    # --- jisseki: the online matching report, tables (d) (e) (f), a definition, sibling sections, prose
    dict(question="設立から12年たつドイツのベンチャー企業は、この事業でいう海外スタートアップとして参加できますか？",
         category="jisseki", doc=MATCH_PDF, evidence=["設立から10年以内"], answer=["10年以内"],
         notes="definition 「海外スタートアップ」とは、海外に本社を置き、設立から10年以内…をいう (no: asked just "
               "outside its boundary)"),
    dict(question="2023年度には、オンラインで何件の面談が行われましたか？",
         category="jisseki", doc=MATCH_PDF, evidence=["面談件数 件 96 148 191"], answer=["148"],
         notes="(d) fiscal years as columns with a 単位 column: row 面談件数, column 令和５年度 (2023年度; the report "
               "prints only 2022年度 in Western form); 191 (令和６年度) is the trap"),
    dict(question="参加した県内企業の数は、令和４年度から令和６年度までに何社増えましたか？",
         category="jisseki", doc=MATCH_PDF, evidence=["参加県内企業数 社 24 37 46"], answer=["22社"], computed=True,
         notes="(d) difference across the year columns: 46 − 24 = 22社 (the unit from the 単位 column)"),
    dict(question="ドイツのスタートアップとは、何件の面談が行われましたか？",
         category="jisseki", doc=MATCH_PDF, evidence=["ドイツ ７ 13 １"], answer=["13"],
         notes="(e) a row on the continuation page (no header there), column 面談件数（件）; ７ (参加スタートアップ数) "
               "is the trap"),
    dict(question="令和６年度の面談のうち、米国のスタートアップとの面談は何％を占めますか？",
         category="jisseki", doc=MATCH_PDF, evidence=["米国 18 34 ３", "合計 103 191 14"], answer=["17.8%"],
         computed=True,
         notes="(e) share of a column: 34 / 191 = 17.8 % (18 / 103 = 17.5 % of the start-ups is another reading)"),
    dict(question="2024年度は、参加した県内企業１社当たり平均で何件の面談をした計算になりますか？",
         category="jisseki", doc=MATCH_PDF, evidence=["参加県内企業数 社 24 37 46", "面談件数 件 96 148 191"],
         answer=["4.2件"], computed=True,
         notes="(d) ratio of two rows in the 令和６年度 column: 191 / 46 = 4.2件; 2024年度 = 令和６年度"),
    dict(question="面談全体のうち、食品や農業の分野が占める割合はどれくらいでしたか？",
         category="jisseki", doc=MATCH_PDF, evidence=["食品・農業 42 22.0 ３ 7.1"], answer=["22.0"],
         notes="(f) counts and per cents in paired columns: column 構成比（％）; 42 (面談件数) and 7.1 (合意率) are the traps"),
    dict(question="面談が実証の合意に結びついた割合がいちばん高かったのは、どの分野ですか？",
         category="jisseki", doc=MATCH_PDF, evidence=["環境・エネルギー 32 16.8 ３ 9.4"], answer=["環境・エネルギー"],
         notes="which row: (f) the highest 合意率（％） (9.4); 製造・ロボット has the most meetings and deals (the trap)"),
    dict(question="食や観光をテーマにした回では、面談は何件行われましたか？",
         category="jisseki", doc=MATCH_PDF, evidence=["第２回 食・観光", "面談件数：66件"], answer=["66件"],
         notes="sibling sections （１）–（３） of ４ share the labels 開催時期, 参加スタートアップ数, 面談件数; "
               "（２）第２回 食・観光; 89件 and 36件 are the siblings' values"),
    dict(question="実証合意に至った案件のうち、年度末までに実際に実証実験が始まったのは何件ですか？",
         category="jisseki", doc=MATCH_PDF, evidence=["実証実験を始めたのは９件"], answer=["９件"],
         notes="a figure in prose only (６); 14件 (実証合意件数) is the trap"),
    # --- chosa: the payment survey, tables (g) (h) (i), definitions, sibling sections
    dict(question="この決済・回収の調査は、回答率がどれくらいでしたか？",
         category="chosa", doc=CHOSA_PDF, evidence=["回答数：286社（回答率39.7％）"], answer=["39.7％"],
         notes="「label：value」 line 回答数 (286社 and 720社 are near misses)"),
    dict(question="輸出代金が期日より45日遅れて入金されたことが一度ある会社は、この調査でいう「回収トラブル」に当たりますか？",
         category="chosa", doc=CHOSA_PDF, evidence=["支払期日から30日を過ぎても支払われなかった"], answer=["30日を過ぎても"],
         notes="definition 「回収トラブル」とは…支払期日から30日を過ぎても支払われなかったことをいう (yes: 45日 is "
               "past 30日; within the three years before the reference date)"),
    dict(question="回答した機械メーカーのうち、大企業は何社でしたか？",
         category="chosa", doc=CHOSA_PDF, evidence=["機械 41 13 54"], answer=["13"],
         notes="(g) column 大企業; 54 (the total column 計) and 41 (中小企業) are the traps"),
    dict(question="回答した会社全体のうち、中小企業は何％を占めていますか？",
         category="chosa", doc=CHOSA_PDF, evidence=["合計 234 52 286"], answer=["81.8%"], computed=True,
         notes="(g) share within the 合計 row: 234 / 286 = 81.8 % (the counts are also in the prose of ２)"),
    dict(question="中東やアフリカへ輸出している会社で、船積みの前に代金を全額受け取る条件を主に使っているのは何％ですか？",
         category="chosa", doc=CHOSA_PDF,
         evidence=["船積みの前に代金の全額を受け取る条件", "中東・アフリカ 44.0 36.0 12.0 4.0 4.0"], answer=["44.0"],
         notes="two facts: the definition of 「前払い」 names the column; (h) row 中東・アフリカ, column 前払い; "
               "36.0 (信用状) is the trap"),
    dict(question="大企業のうち、貿易保険をかけて代金の回収に備えている会社はどれくらいの割合ですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["貿易保険をかける 18.2 12.4 44.2"], answer=["44.2"],
         notes="(i) unruled table, column 大企業; 18.2 (全体) and 12.4 (中小企業) are the traps"),
    dict(question="取引先の信用調査をしている会社の割合は、大企業と中小企業で何ポイントの差がありますか？",
         category="chosa", doc=CHOSA_PDF, evidence=["取引先の信用調査をする 33.6 26.1 67.3"], answer=["41.2ポイント"],
         computed=True, notes="(i) difference within a row: 67.3 − 26.1 = 41.2ポイント"),
    dict(question="北米向けの輸出では、主にどんな品物が出ていますか？",
         category="chosa", doc=CHOSA_PDF, evidence=["（２）北米", "主な輸出品：工作機械、電子部品"],
         answer=["工作機械、電子部品"],
         notes="sibling sections （１）–（３） of ３ share the labels 主な輸出品, 最も多い決済条件, 主な意見; （２）北米; "
               "the other sections' goods are the traps"),
    # --- followups
    dict(question="その場合、補助の上限額はいくらまでですか？",
         category="followup", doc=HOJO_PDF, evidence=["輸出・東南アジア航路 18,000 9,000 180 120"], answer=["180"],
         history=_turns("初めて樺港を使う会社が東南アジア向けに輸出する場合、１ＴＥＵ当たりいくら補助されますか？",
                        "新規利用者の場合、１ＴＥＵ当たり18,000円です[1]。"),
         notes="(a) the row and the user type from the history, leaf 上限額（万円）／新規利用者; 120 (継続利用者) is the trap"),
    dict(question="その翌年度は、前の年度より何社多く申請がありましたか？",
         category="followup", doc=HOJO_PDF, evidence=["令和４年度 26 22 3,325 2,104", "令和５年度 34 29 4,460 2,752"],
         answer=["8社"], computed=True,
         history=_turns("令和４年度に補助の対象になったコンテナは何ＴＥＵでしたか？",
                        "令和４年度は3,325ＴＥＵでした[1]。"),
         notes="(b) the year from the history (令和４年度) and the next one (令和５年度), column 申請事業者数（社）: "
               "34 − 26 = 8社 (交付事業者数 29 − 22 = 7 is the trap)"),
    dict(question="そのスタートアップとの面談は何件ありましたか？",
         category="followup", doc=MATCH_PDF, evidence=["フィンランド ５ ８ １"], answer=["８"],
         history=_turns("フィンランドからは何社のスタートアップが参加しましたか？",
                        "フィンランドからは５社が参加しました[1]。"),
         notes="(e) the row from the history (フィンランド, on the continuation page), column 面談件数（件）; 英国 also has "
               "５社 (its 面談 ９ is the trap)"),
    dict(question="では、それが欧州向けだと何％ですか？",
         category="followup", doc=CHOSA_PDF, evidence=["欧州 17.6 5.9 66.2 7.4 2.9"], answer=["66.2"],
         history=_turns("北米向けの輸出で、いちばん多い決済条件は何ですか？",
                        "北米向けでは後払い送金が最も多く、70.7％です[1]。"),
         notes="(h) the column from the history (後払い送金), row 欧州; 70.7 (北米) is the trap"),
    dict(question="そちらに電話で問い合わせたいのですが、番号を教えてもらえますか？",
         category="followup", doc=CHOSA_PDF, evidence=["電話：099-468-1200"], answer=["099-468-1200"],
         history=_turns("海外の取引先から代金が払われないという相談を個別にしたい会社があります。どこを紹介すればよいですか？",
                        "樺県貿易相談センター（一般社団法人樺県貿易協会内）で個別の相談を受け付けています[1]。"),
         notes="contact box of the survey report: the センター's phone (second line); the 班's phone 099-467-3310 and "
               "fax 099-467-3319 (first line) are the near misses"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="樺港の東南アジア航路は、週に何便運航されていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call names the routes and counts the subsidised containers, not the sailings",
         absent=["便数", "週に", "寄港回数", "運航便"]),
    dict(question="令和６年度に補助の対象になったコンテナを品目別に見ると、水産物は何ＴＥＵでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the containers are given by year and by route only; the case of the 水産加工業Ａ社 is a near miss",
         absent=["品目別", "水産物"]),
    dict(question="実証合意に至った案件で、県内企業が実証にかけた費用は平均いくらでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report counts the agreements and the PoCs started; a subsidy for PoC costs is only being "
               "considered (７③)",
         absent=["実証費用", "実証の費用", "実証にかけた"]),
    dict(question="2024年度に参加した海外スタートアップを資金調達の段階別に見ると、シリーズＡの企業は何社ありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the start-ups are given by country and the meetings by field, not by funding stage",
         absent=["シリーズ", "資金調達"]),
    dict(question="回収できなかった輸出代金は、県内企業全体で合計いくらになりますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey counts the firms with late or uncollected payments (79社, 31社), not the amounts",
         absent=["未回収額", "総額", "金額"]),
    dict(question="貿易保険をかけている会社は、保険料を年間平均いくら払っていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="(i) gives the share of firms insuring, nothing on premiums",
         absent=["保険料"]),
]
CATEGORY_COUNTS = {"hojo": 11, "jisseki": 10, "chosa": 8, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ", "そちら")
PREFIX_Q, PREFIX_T = "h42q", "h42t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H, I = (
    "区分別の補助単価と上限額", "年度別の申請と交付の実績", "航路別の補助対象コンテナ数",
    "主な指標の推移", "国・地域別の参加スタートアップと面談", "分野別の面談と実証合意",
    "業種別・規模別の回答企業数", "輸出先の地域別の主な決済条件", "回収トラブルへの備え（複数回答）")
LETTERS = dict(zip((A, B, C, D, E, F, G, H, I), "abcdefghi"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y, unit) -> str:
    q = half_up(Decimal(x) / Decimal(y), "0.1")
    return f"{int(q) if q == q.to_integral() else q}{unit}"


NEW, OLD = "補助単価（円）／新規利用者", "補助単価（円）／継続利用者"
COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h42q02": lambda g: f"{g(A, '輸出・東南アジア航路', NEW, 2025) + g(A, '冷凍・冷蔵コンテナの加算', NEW, 2025):,}円",
    "h42q05": lambda g: _avg(g(B, "令和５年度", "交付額（万円）", 2023), g(B, "令和５年度", "交付事業者数（社）", 2023), "万円"),
    "h42q07": lambda g: _pct(g(C, "中国航路", "計（ＴＥＵ）", 2024), g(C, "合計", "計（ＴＥＵ）", 2024)),
    "h42q09": lambda g: f"{10 * 2 * g(A, '輸出・東アジア航路', NEW, 2025):,}円",
    "h42q14": lambda g: f"{g(D, '参加県内企業数', '令和６年度', 2024) - g(D, '参加県内企業数', '令和４年度', 2022)}社",
    "h42q16": lambda g: _pct(g(E, "米国", "面談件数（件）", 2024), g(E, "合計", "面談件数（件）", 2024)),
    "h42q17": lambda g: _avg(g(D, "面談件数", "令和６年度", 2024), g(D, "参加県内企業数", "令和６年度", 2024), "件"),
    "h42q25": lambda g: _pct(g(G, "合計", "中小企業", 2024), g(G, "合計", "計", 2024)),
    "h42q28": lambda g: f"{Decimal(str(g(I, '取引先の信用調査をする', '大企業', 2024))) - Decimal(str(g(I, '取引先の信用調査をする', '中小企業', 2024)))}ポイント",
    "h42q31": lambda g: f"{g(B, '令和５年度', '申請事業者数（社）', 2023) - g(B, '令和４年度', '申請事業者数（社）', 2022)}社",
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {HOJO_PDF: (3, 3), MATCH_PDF: (3, 3), CHOSA_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (180, 230)
TABLE_QUESTIONS = 20  # at least, over all categories
BEFORE_BREAK_ROWS = ("米国", "イスラエル")  # rows of (e) expected before the page break
CONTINUED_ROWS = ("ドイツ", "フィンランド", "その他", "合計")  # and after it


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout42.py")
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
    if sum(q["notes"].startswith("which row") for q in questions if q["doc"]) < 1:
        errors.append("no which-row question")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout42.py")
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
        if g["number"] is None:
            errors.append(f"{g['id']}: every cell of this set should be numeric")
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

    def adds_up(table, cols, total="合計", parts=None):
        tab = t[table]
        for col in cols:
            rows = parts if parts is not None else [row for row in tab if row != total]
            if tab[total][col] != sum(tab[row][col] for row in rows):
                errors.append(f"{table}: {total} of {col} does not add up")

    # (a): new users get at least the repeat users' rate and cap; no cap above the shipper cap of note ※３
    for row, r in t[A].items():
        if r[NEW] < r[OLD] or r["上限額（万円）／新規利用者"] < r["上限額（万円）／継続利用者"]:
            errors.append(f"{A} / {row}: 新規利用者 below 継続利用者")
        if r["上限額（万円）／新規利用者"] > SHIPPER_CAP:
            errors.append(f"{A} / {row}: a cap above the shipper cap of note ※３")
    # (b): growing applications; grants within applications and within firms × the shipper cap
    b = t[B]
    ns = [r["申請事業者数（社）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請事業者数 should grow every year")
    for row, r in b.items():
        if r["交付事業者数（社）"] > r["申請事業者数（社）"] or r["交付額（万円）"] > r["交付事業者数（社）"] * SHIPPER_CAP:
            errors.append(f"{B} / {row}: grants out of range")
    # (c): the subtotals and 合計 add up, 計 = 輸出 + 輸入, 合計 equals (b)'s 令和６年度
    c = t[C]
    cols = ("輸出（ＴＥＵ）", "輸入（ＴＥＵ）", "計（ＴＥＵ）")
    for sub, members in ROUTE_GROUPS:
        adds_up(C, cols, total=sub, parts=[m[0] for m in members])
    adds_up(C, cols, parts=[sub for sub, _m in ROUTE_GROUPS])
    for row, r in c.items():
        if r["計（ＴＥＵ）"] != r["輸出（ＴＥＵ）"] + r["輸入（ＴＥＵ）"]:
            errors.append(f"{C} / {row}: 計 is not 輸出 + 輸入")
    if c["合計"]["計（ＴＥＵ）"] != b["令和６年度"]["対象コンテナ数（ＴＥＵ）"]:
        errors.append(f"{C}: 合計 differs from 令和６年度 of {B}")
    # (d): the 令和６年度 column equals the sums of (e) and (f) and the sibling sections
    d, e, f = t[D], t[E], t[F]
    adds_up(E, ("参加スタートアップ数（社）", "面談件数（件）", "実証合意件数（件）"))
    if d["参加スタートアップ数"]["令和６年度"] != e["合計"]["参加スタートアップ数（社）"] \
            or d["面談件数"]["令和６年度"] != e["合計"]["面談件数（件）"] \
            or d["実証合意件数"]["令和６年度"] != e["合計"]["実証合意件数（件）"]:
        errors.append(f"{D}: 令和６年度 differs from the 合計 of {E}")
    if d["面談件数"]["令和６年度"] != f["合計"]["面談件数（件）"] or d["実証合意件数"]["令和６年度"] != f["合計"]["実証合意件数（件）"]:
        errors.append(f"{D}: 令和６年度 differs from the 合計 of {F}")
    if d["開催回数"]["令和６年度"] != len(ROUNDS) \
            or sum(int(r[2].rstrip("社")) for r in ROUNDS) != d["参加スタートアップ数"]["令和６年度"] \
            or sum(int(r[3].rstrip("件")) for r in ROUNDS) != d["面談件数"]["令和６年度"]:
        errors.append(f"{D}: the rounds (sibling sections) do not add up to 令和６年度")
    for _h, _w, _n, meet, flds in ROUNDS:
        if int(meet.rstrip("件")) != sum(f[x]["面談件数（件）"] for x in flds):
            errors.append(f"{F}: the round {_h} differs from its fields")
    for name, *_x in KPIS:
        vals = [d[name][f"令和{fw(y - 2018)}年度"] for y in KPI_YEARS]
        if name != "開催回数" and vals != sorted(set(vals)):
            errors.append(f"{D} / {name}: should grow every year")
    if any(r["実証合意件数（件）"] > r["面談件数（件）"] for r in e.values()):
        errors.append(f"{E}: 実証合意 above 面談")
    # (f): paired per cents come from the counts; 構成比 adds up to 100.0
    adds_up(F, ("面談件数（件）", "実証合意件数（件）"))
    meet = f["合計"]["面談件数（件）"]
    for row, r in f.items():
        if Decimal(str(r["構成比（％）"])) != pct1(r["面談件数（件）"], meet) \
                or Decimal(str(r["合意率（％）"])) != pct1(r["実証合意件数（件）"], r["面談件数（件）"]):
            errors.append(f"{F} / {row}: per cents differ from the counts")
    if sum(Decimal(str(r["構成比（％）"])) for row, r in f.items() if row != "合計") != Decimal("100.0"):
        errors.append(f"{F}: 構成比 does not add up to 100.0")
    # (g): the total column and the 合計 row add up; equal the firm sizes of the prose
    gg = t[G]
    adds_up(G, ("中小企業", "大企業", "計"))
    for row, r in gg.items():
        if r["計"] != r["中小企業"] + r["大企業"]:
            errors.append(f"{G} / {row}: 計 is not 中小企業 + 大企業")
    # (h): every row adds up to 100.0 and comes from the counts
    for name, v in PAYMENTS:
        r = t[H][name]
        if [Decimal(str(r[k])) for k in TERMS] != [pct1(k, sum(v)) for k in v] \
                or sum(Decimal(str(r[k])) for k in TERMS) != Decimal("100.0"):
            errors.append(f"{H} / {name}: per cents differ from the counts or do not add up to 100.0")
    # (i): the per cents come from the counts (全体 over both sizes)
    s, l = sizes()
    for name, a, bb in MEASURES:
        r = t[I][name]
        want = (pct1(a + bb, s + l), pct1(a, s), pct1(bb, l))
        if tuple(Decimal(str(r[k])) for k in ("全体", "中小企業", "大企業")) != want:
            errors.append(f"{I} / {name}: per cents differ from the counts")
    if gg["合計"]["中小企業"] != s or gg["合計"]["大企業"] != l:
        errors.append(f"{G}: 合計 differs from the firm sizes")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    countries = specs["countries"]
    bp = sorted({g["page"] for g in gold if g["table"] == E})
    if len(bp) != 2:
        errors.append(f"{E} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(countries.header[0]))
        on = [i + 1 for i, p in enumerate(pages[MATCH_PDF]) if header in norm(p)]
        if countries.repeat_header or on != bp[:1]:
            errors.append(f"{E}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == E and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == E and g["page"] == bp[1]}
        if not 3 <= len(first) <= 10:
            errors.append(f"{E}: {len(first)} rows before the page break, expected 3-10")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{E}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("カナダ、スペイン、ブラジル等") not in norm(pages[MATCH_PDF][bp[1] - 1]):
            errors.append(f"{E}: note ※１ should follow the table on the continuation page")
    for key in ("rates", "record", "routes", "kpi", "fields", "industries", "payments", "measures"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["measures"].ruled or not all(s.ruled for k, s in specs.items() if k != "measures"):
        errors.append(f"only {I} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns; the leaves repeat under both groups
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = [NEW, OLD, "上限額（万円）／新規利用者", "上限額（万円）／継続利用者"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"円", "万円"}:
        errors.append(f"{A}: units should come from the header groups")
    # (b): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::4] != [y for y, *_x in RECORD]:
        errors.append(f"{B}: expected years as rows")
    # (c): subtotal rows inside the table and a total column on the right
    crow = list(dict.fromkeys(g["row"] for g in gold if g["table"] == C))
    if [r for r in crow if r.startswith("小計")] != [s for s, _m in ROUTE_GROUPS] or crow[-1] != "合計" \
            or list(dict.fromkeys(g["column"] for g in gold if g["table"] == C))[-1] != "計（ＴＥＵ）":
        errors.append(f"{C}: expected subtotal rows, a 合計 row and a 計 column")
    # (d): fiscal years as columns, the unit of each row from the 単位 column
    dcols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == D))
    if dcols != [f"令和{fw(y - 2018)}年度" for y in KPI_YEARS] or specs["kpi"].table_fy is not None \
            or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in gold if g["table"] == D):
        errors.append(f"{D}: expected the fiscal years as columns, got {dcols}")
    if [g["unit"] for g in gold if g["table"] == D][::3] != [nfkc(u) for _n, u, *_x in KPIS] \
            or specs["kpi"].header[0][1] != "単位" or 1 in specs["kpi"].value_cols:
        errors.append(f"{D}: the units should come from the 単位 column, which is no cell")
    # (f): counts and per cents in paired columns
    if [g["unit"] for g in gold if g["table"] == F][:4] != ["件", "%", "件", "%"]:
        errors.append(f"{F}: expected counts and per cents in paired columns")
    # (g): a total column on the right, the unit only in the caption note
    if list(dict.fromkeys(g["column"] for g in gold if g["table"] == G)) != ["中小企業", "大企業", "計"]:
        errors.append(f"{G}: expected the columns 中小企業, 大企業, 計")
    # (h), (i): per cents only, unit from the caption note
    for tab in (H, I):
        if {g["unit"] for g in gold if g["table"] == tab} != {"%"}:
            errors.append(f"{tab}: expected per cents only")
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
                errors.append(f"{doc}: heading of sibling section {i} found on pages {on}")
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
        got = re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text)
        if got != want:
            errors.append(f"{what}: the contact box should give {want}, got {got}")
        lines = [norm(x) for x in "\n".join(pages[doc]).splitlines()]
        if not any(f"電話:{want[0]}ファクス:{want[1]}" in x for x in lines):
            errors.append(f"{what}: phone and fax should share one line")
        if not any(f"電話:{want[2]}" in x and "ファクス" not in x for x in lines):
            errors.append(f"{what}: the other body's phone should be on a line of its own")
        got_mails = re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text)
        if got_mails != mails:
            errors.append(f"{what}: mail addresses {got_mails}, expected {mails}")

    def defs(text, terms, what):
        for d in terms:
            if norm(f"「{d}」とは") not in text:
                errors.append(f"{what}: the definition of {d} is missing")

    # ---- the call for applications
    hj = norm("\n".join(pages[HOJO_PDF]))
    siblings(hj, HOJO_PDF, ("利用した航路：", "利用したコンテナ：", "補助金の額："), [c[0] for c in CASES])
    if norm(f"延べ{sum(r[2] for r in RECORD)}社に{sum(r[4] for r in RECORD):,}万円") not in hj:
        errors.append("call: the totals in the prose differ from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}社から申請があり、{last[2]}社に交付") not in hj \
            or norm(f"コンテナは{last[3]:,}ＴＥＵ") not in hj:
        errors.append("call: the 令和６年度 figures in the prose differ from (b)")
    rr = route_rows()
    if not 0.64 <= rr[-1][1] / (rr[-1][1] + rr[-1][2]) <= 0.69:
        errors.append("call: 「輸出が約３分の２」 does not hold")
    singles = [r for sub, ms in ROUTE_GROUPS for r in ms]
    if max(singles, key=lambda r: r[1] + r[2])[0] != "中国航路":
        errors.append("call: 「中国航路が最も多く」 does not hold")
    rates = {r[0]: r for r in RATES}
    for head, _route, _boxes, _amount, (kind, new, teu, reefer), grant in CASES:
        k = 1 if new else 2
        base = min(rates[kind][k] * teu, rates[kind][k + 2] * 10000)
        add = min(rates["冷凍・冷蔵コンテナの加算"][k] * teu, rates["冷凍・冷蔵コンテナの加算"][k + 2] * 10000) if reefer else 0
        if base + add != grant or grant > SHIPPER_CAP * 10000:
            errors.append(f"call: case {head} does not fit (a) ({base + add} != {grant})")
    if re.findall(r"20\d\d年", hj) != ["2021年"]:
        errors.append("call: only 2021年度 should be printed in Western form")
    defs(hj, ("実入りコンテナ", "ＴＥＵ", "新規利用者"), "call")
    if norm("それ以外の荷主を「継続利用者」") not in hj:
        errors.append("call: 継続利用者 is not defined")
    for x in EXCLUDED:
        if norm(x) not in hj:
            errors.append(f"call: the cargo not covered {x} is missing")
    raw = "\n".join(pages[HOJO_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("call: expected three Ｑ lines and three Ａ lines")
    steps_of(HOJO_PDF, "①②③④⑤⑥⑦", "call")
    contacts(HOJO_PDF, ["099-461-3820", "099-461-3829", "099-462-5510"], ["kaba-port@example.jp"], "call")

    # ---- the matching report
    mt = norm("\n".join(pages[MATCH_PDF]))
    siblings(mt, MATCH_PDF, ("開催時期：", "参加スタートアップ数：", "面談件数："), [r[0] for r in ROUNDS])
    y = 2024
    if norm(f"県内企業{kpi('参加県内企業数', y)}社と海外スタートアップ{kpi('参加スタートアップ数', y)}社") not in mt \
            or norm(f"面談は{kpi('面談件数', y)}件で、そのうち{kpi('実証合意件数', y)}件が実証合意") not in mt \
            or norm(f"前年度から{fw(kpi('実証合意件数', y) - kpi('実証合意件数', 2023))}件増") not in mt:
        errors.append("matching report: the 令和６年度 figures in the prose differ from (d)")
    top = max(COUNTRIES, key=lambda r: r[1])
    if top[0] != "米国" or any(r[2] >= top[2] or r[3] >= top[3] for r in COUNTRIES if r is not top):
        errors.append("matching report: 「参加数、面談件数、実証合意件数とも米国が最も多かった」 does not hold")
    if max(FIELDS, key=lambda r: r[1])[0] != "製造・ロボット" \
            or max(FIELDS, key=lambda r: pct1(r[2], r[1]))[0] != "環境・エネルギー" \
            or sorted(pct1(r[2], r[1]) for r in FIELDS)[-1] == sorted(pct1(r[2], r[1]) for r in FIELDS)[-2]:
        errors.append("matching report: the field ranking in the prose does not hold")
    if norm(f"{SURVEY_ANSWERS}社が回答し、{SURVEY_SATISFIED}社が") not in mt \
            or norm(f"実証実験を始めたのは{fw(POC_STARTED)}件") not in mt or POC_STARTED > kpi("実証合意件数", y):
        errors.append("matching report: the survey figures in the prose do not hold")
    if re.findall(r"20\d\d年", mt) != ["2022年"]:
        errors.append("matching report: only 2022年度 should be printed in Western form")
    defs(mt, ("海外スタートアップ", "面談", "実証合意"), "matching report")
    steps_of(MATCH_PDF, "①②③", "matching report")
    contacts(MATCH_PDF, ["099-464-2170", "099-464-2179", "099-465-8800"], ["kaba-openinno@example.jp"],
             "matching report")

    # ---- the payment survey
    ch = norm("\n".join(pages[CHOSA_PDF]))
    siblings(ch, CHOSA_PDF, ("主な輸出品：", "最も多い決済条件：", "主な意見："), [x[0] for x in REGIONS])
    s, l = sizes()
    total = s + l
    if norm(f"{total}社（回答率{pct1(total, TARGET)}％）") not in ch \
            or norm(f"中小企業は{s}社、大企業は{l}社") not in ch:
        errors.append("survey: the response figures in the prose differ from (g)")
    ranked = [r[0] for r in sorted(INDUSTRIES, key=lambda r: -(r[1] + r[2]))]
    if ranked[:3] != ["機械", "食料品", "卸売・小売業"]:
        errors.append("survey: 「機械が最も多く、食料品、卸売・小売業が続いた」 does not hold")
    tops = {n: TERMS[max(range(len(v)), key=lambda k: v[k])] for n, v in PAYMENTS}
    if [tops[n] for n in ("アジア", "北米", "欧州")] != ["後払い送金"] * 3 \
            or [tops[n] for n in ("中東・アフリカ", "中南米")] != ["前払い"] * 2:
        errors.append("survey: the tops of (h) in the prose do not hold")
    for head, _goods, term, _voice in REGIONS:
        if tops[head] != term:
            errors.append(f"survey: sibling section {head} names another term than (h)")
    trouble = sum(TROUBLE)
    if norm(f"{trouble}社（{pct1(trouble, total)}％）") not in ch \
            or norm(f"{s}社のうち{TROUBLE[0]}社（{pct1(TROUBLE[0], s)}％）") not in ch \
            or norm(f"{l}社のうち{TROUBLE[1]}社（{pct1(TROUBLE[1], l)}％）") not in ch or UNCOLLECTED > trouble:
        errors.append("survey: the trouble figures in the prose do not hold")
    top3 = [max(MEASURES, key=lambda r, k=k: (r[1] + r[2]) if k == 0 else r[k])[0] for k in (0, 1, 2)]
    if top3 != ["前払いや信用状を求める", "前払いや信用状を求める", "取引先の信用調査をする"]:
        errors.append("survey: the tops of (i) in the prose do not hold")
    if not 29.5 <= pct1(MEASURES[-1][1], s) < 31:
        errors.append("survey: 「特に何もしていない」も３割 does not hold")
    if re.findall(r"20\d\d年", ch) != ["2024年"] or re.findall(r"20\d\d年度", ch):
        errors.append("survey: only 2024年 (調査基準日) should be printed in Western form")
    defs(ch, ("回収トラブル", "前払い", "取立", "中小企業"), "survey")
    steps_of(CHOSA_PDF, "①②③④", "survey")
    contacts(CHOSA_PDF, ["099-467-3310", "099-467-3319", "099-468-1200"], ["kaba-boeki@example.jp"], "survey")
    # every phone number of the set is fictional (099-46x-xxxx), every mail address under example.jp
    for n, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{3,4}", text):
            if not re.fullmatch(r"099-46\d-\d{4}", ph):
                errors.append(f"{n}: phone number {ph} outside {PHONE_PREFIX}x-xxxx")
        for mail in re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text):
            if not mail.endswith(MAIL_DOMAIN):
                errors.append(f"{n}: mail address {mail} outside {MAIL_DOMAIN}")
        if norm("椋") in text:
            errors.append(f"{n}: names the other helper's prefecture")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
