"""Build the 琥珀県 held-out set 10: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (琥珀県 and every town, programme, organisation, venue, phone
number, address, URL and figure). The documents are in three genres the earlier sets do not
use: a results report of an inbound-tourism promotion programme (インバウンド誘客推進事業
実績報告書) with guest nights by country and region, a multicultural coexistence plan
(多文化共生推進プラン) with foreign residents by status of residence and a transposed indicator
table, and a guide to a subsidy for hosting international conferences (国際会議等開催支援補助金
のご案内) with a two-level amount table and a ○／× eligible-cost table; see README.md beside
this file.

    python make_heldout10.py [OUTPUT_DIR]          # default: this file's directory

Needs reportlab and pypdf (both in the project venv). The code structure follows
../heldout8/make_heldout8.py; the helpers are in ../docgen.py (unchanged). The gold cells are
generated from the same specs that draw the tables; PDF page numbers are recorded while
reportlab lays the pages out. The output is byte-identical on every run (reportlab
``invariant=True``). The script exits 1 if any check fails.
"""

import re
import sys
import unicodedata
from collections import defaultdict
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from reportlab.lib.enums import TA_RIGHT
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
    MINCHO,
    SUBTITLE,
    TITLE,
    body,
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
    data_cells,
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

INBOUND_PDF = "kohaku_inbound_yukyaku_jisseki_r6.pdf"
TABUNKA_PDF = "kohaku_tabunka_kyosei_plan_dai2ji.pdf"
MICE_PDF = "kohaku_kokusai_kaigi_hojokin_annai_r7.pdf"
ALL_PDFS = (INBOUND_PDF, TABUNKA_PDF, MICE_PDF)

UNITS = ("人泊", "千円", "か所", "件", "人", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
DASH = "－"  # no figure (each table's note says why)
MARKS = ("○", "×")  # the check marks of the eligible-cost table (text cells)
FRAME_W = 166 * mm  # A4 minus docgen's 22 mm margins


def nfkc(s: str) -> str:
    return unicodedata.normalize("NFKC", s)


def fiscal_year(label: str | None) -> int | None:
    """Western year of a label naming one year: 令和５年度 (a fiscal year) or 令和６年末
    (a calendar year-end, as the status-of-residence table prints); None otherwise."""
    if not label or fiscal_year_range(label):
        return None
    s = nfkc(label)
    years = [era_year(*y) for y in re.findall(ERA_YEAR + r"年(?:度|末)", s)]
    years += [int(y) for y in re.findall(r"(20\d\d)年度", s)]
    return years[0] if len(years) == 1 else None


def parse_number(value: str):
    """(number, unit) as printed after NFKC; (None, None) for － and text cells (○, ×)."""
    return docgen.parse_number(value, UNITS)


def label(s: str) -> str:
    return s.replace("\n", "")


def bracket_unit(text: str) -> str | None:
    """The unit in brackets at the end of a label (前年比（％） -> %), NFKC."""
    m = re.search(r"（([^（）]+)）$", text)
    return nfkc(m.group(1)) if m else None


def ratio(new: int, old: int) -> str:
    """前年比 in per cent with one decimal, rounded half up (112.4)."""
    return str((Decimal(new * 100) / Decimal(old)).quantize(Decimal("0.1"), ROUND_HALF_UP))


def cell(x) -> str:
    return DASH if x is None else fw(x)


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf, a year per column
    where a header names none (col_years), and units taken from a row label's brackets."""

    col_years: dict | None = None
    center_cols: tuple = ()  # data columns drawn centred (the check marks)

    def flowable(self):
        t = super().flowable()
        nh = len(self.header)
        for c in self.center_cols:
            t.setStyle([("ALIGN", (c, nh), (c, -1), "CENTER")])
        return t

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
        if self.col_years and c in self.col_years:
            return self.col_years[c]
        years = [fiscal_year(p) for p in self.header_parts(c) if fiscal_year(p)]
        return years[-1] if years else None

    def row_label(self, i: int) -> str:
        return label(self.rows[i][self.label_col])


def gold_records(spec: TableSpec, pages_of: dict) -> list[dict]:
    out = []
    for i, r, c, value in data_cells(spec):
        number, cell_unit = parse_number(value)
        unit = cell_unit or spec.cell_unit(r, c)
        if number is None and value != DASH:
            unit = None
        row_label = spec.row_label(i)
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


def paras(text: str, level: int):
    return [P(t.strip(), body(level)) for t in text.strip().split("\n") if t.strip()]


def numbered(items, level: int):
    return [P(t, hanging(level, 2)) for t in items]


def notes(items):
    return [P(t, docgen.NOTE) for t in items]


def lv_lines(pairs, level: int):
    return [P(f"{k}：{v}", hanging(level, 1)) for k, v in pairs]


def unit_note(text: str, spec: TableSpec, keep: bool = True):
    """A units note printed at the top right above a table, flush with the table's right edge."""
    indent = (FRAME_W - sum(spec.col_widths)) / 2
    return P(text, pstyle(f"unit_{spec.key}", MINCHO, 8.5, 12, alignment=TA_RIGHT,
                          rightIndent=indent, keepWithNext=int(keep)))


PREF = "琥珀県"
CITY = "琥珀市"

# ================================================================ document 1: inbound-tourism report
INBOUND = f"{PREF}インバウンド誘客推進事業"
INBOUND_DEPT = f"{PREF} 観光文化部 国際観光課"
DMO = "一般社団法人こはく観光推進機構"
MARKETS = [  # 見出し, 取組内容, 実施時期, 成果 (same labels in every sibling section)
    ("台湾市場", "台北市の国際旅行博覧会に県ブースを出展し、現地の旅行会社との商談会を開いた",
     "令和６年５月及び11月", "商談86件、県内を周遊する旅行商品の造成12件"),
    ("韓国市場", "ソウル市と釜山市で旅行会社向けのセミナーを開き、冬の温泉とゴルフを組み合わせた旅行商品を提案した",
     "令和６年10月", "旅行会社43社が参加、旅行商品の造成７件"),
    ("タイ市場", "バンコク在住のインフルエンサー５人を招き、紅葉と温泉を中心に県内を紹介する動画を発信した",
     "令和６年11月", "動画の再生回数 延べ約320万回"),
    ("オーストラリア市場", "シドニーとメルボルンの旅行会社を招き、スキー場とアウトドア体験の視察旅行を行った",
     "令和７年１月", "旅行会社９社が参加、旅行商品の造成５件"),
    ("米国市場", "ロサンゼルスの旅行会社とのオンライン商談会を開き、歴史・文化体験の素材を紹介した",
     "令和６年９月", "商談24件"),
]
ASIA = [  # 国・地域, 令和５年度, 令和６年度 (人泊)
    ("台湾", 48620, 55310), ("香港", 21450, 19870), ("中国", 15230, 24680),
    ("韓国", 32140, 36950), ("タイ", 12860, 16420), ("シンガポール", 6310, 7940),
]
WEST = [("米国", 9870, 11260), ("オーストラリア", 7420, 9830), ("英国", 2960, 3410), ("フランス", 2180, 2650)]
OTHER = ("その他", 8540, 9720)
CRUISE = (2, 3100)  # note ※３: 香港 令和５年度 includes two cruise calls, 3,100 guest nights
QUARTERS = ["第１四半期", "第２四半期", "第３四半期", "第４四半期"]
DESK_VISITORS = [  # 年度, 第１–第４四半期 (None: closed), 琥珀駅外国人観光案内所の利用者数
    (2020, None, 310, 540, 420),
    (2021, 380, 460, 720, 650),
    (2022, 1240, 1980, 3460, 2870),
    (2023, 3920, 4610, 5380, 4470),
    (2024, 4850, 5270, 6940, 5360),
]


def guest_rows():
    rows = []

    def add(name, a, b):
        rows.append([name, fw(a), fw(b), ratio(b, a)])

    for n, a, b in ASIA:
        add(n, a, b)
    asia = (sum(r[1] for r in ASIA), sum(r[2] for r in ASIA))
    add("アジア計", *asia)
    for n, a, b in WEST:
        add(n, a, b)
    west = (sum(r[1] for r in WEST), sum(r[2] for r in WEST))
    add("欧米豪計", *west)
    add(*OTHER)
    add("合計", asia[0] + west[0] + OTHER[1], asia[1] + west[1] + OTHER[2])
    return rows


def inbound_specs():
    guests = TableSpec(
        key="guests", doc=INBOUND_PDF, title="国・地域別の外国人延べ宿泊者数",
        header=[["国・地域", "令和５年度", "令和６年度", "前年比（％）"]],
        rows=guest_rows(),
        col_widths=[46 * mm, 32 * mm, 32 * mm, 30 * mm],
        bold_rows=("アジア計", "欧米豪計", "合計"), repeat_header=False,
    )
    guests.unit = lambda row, c, s=guests: bracket_unit(s.column_label(c)) or "人泊"
    guests.col_years = {3: 2024}  # 前年比 is 令和６年度 over 令和５年度
    desk = TableSpec(
        key="desk", doc=INBOUND_PDF, title="外国人観光案内所の四半期別利用者数",
        header=[["年度"] + QUARTERS + ["年間計"]],
        rows=[[f"令和{fw(y - 2018)}年度"] + [cell(x) for x in q] + [fw(sum(x or 0 for x in q))]
              for y, *q in DESK_VISITORS],
        col_widths=[26 * mm] + [25 * mm] * 4 + [26 * mm], unit="人",
    )
    return guests, desk


def inbound_story(specs):
    guests, desk = specs
    rows = {r[0]: r for r in guests.rows}
    tot = rows["合計"]
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{INBOUND} 実績報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年６月", DATE_RIGHT), P(INBOUND_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]

    st += [P("１　事業の概要", H1)]
    st += lv_lines([
        ("事業名", INBOUND),
        ("目的", "海外からの旅行者を県内に呼び込み、滞在日数と消費額を増やすことで、観光関連産業の振興と地域の活性化を図る"),
        ("実施期間", "令和６年４月１日から令和７年３月31日まで"),
        ("実施体制", f"{PREF}（事業の企画・総括）、{DMO}（現地での商談・情報発信）"),
        ("予算額", "48,500千円（決算額 47,260千円）"),
    ], 0)
    st += paras("""
この報告書において「外国人延べ宿泊者数」とは、県内の宿泊施設に宿泊した外国人の数に、それぞれの宿泊数を乗じて合計したものをいい、単位は「人泊」で表す。例えば、１人が３泊した場合は３人泊となる。
""", 0)

    st += [P("２　市場別のプロモーション", H1)]
    st += paras("重点市場として定めた５つの国・地域で、次の取組を行った。", 0)
    for i, (head, what, when, result) in enumerate(MARKETS, 1):
        st += [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("取組内容", what), ("実施時期", when), ("成果", result)], 1)
    st += notes(["※ 旅行商品の造成件数は、現地の旅行会社が販売を開始したものを計上している。"])

    st += [P("３　外国人観光案内所の利用状況", H1)]
    st += paras(f"""
{CITY}の琥珀駅構内にある外国人観光案内所（{DMO}が運営）の利用者数は、次のとおりである。紅葉の時期を含む第３四半期の利用が、毎年最も多くなっている。
""", 0)
    st += [caption(desk.title, "（単位：人）"), desk.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 第１四半期は４月から６月まで、第２四半期は７月から９月まで、第３四半期は10月から12月まで、第４四半期は翌年１月から３月までをいう。",
        "※２ 令和２年度の第１四半期は、感染症の拡大防止のため案内所を閉所していたので「－」とした。",
    ])

    st += [P("４　外国人延べ宿泊者数", H1)]
    st += paras(f"""
令和６年度の外国人延べ宿泊者数は{tot[2]}人泊で、前年度の{tot[3]}％となり、過去最高を更新した。国・地域別では台湾が最も多く、韓国、中国が続いている。香港を除く全ての国・地域で前年度を上回った。
地域別にみると、アジアからの宿泊が全体の約８割を占める。伸び率では、中国と、スキー客が増えたオーストラリアが大きい。
""", 0)
    st += [caption(guests.title, keep=False), unit_note("（単位：人泊）", guests, keep=False),
           guests.flowable(), Spacer(1, 2)]
    st += notes([
        "※３ 観光庁「宿泊旅行統計調査」の県内分を、年度（４月から翌年３月まで）で集計し直したものである。",
        "※４ 前年比は、令和６年度の値を令和５年度の値で除したもので、小数点以下第２位を四捨五入している。",
        f"※５ 香港の令和５年度には、大型クルーズ船の寄港（{fw(CRUISE[0])}回）に伴う宿泊{CRUISE[1]:,}人泊を含む。"
        f"これを除くと、香港の令和５年度は{ASIA[1][1] - CRUISE[1]:,}人泊である。",
        "※６ 「その他」には、ベトナム、フィリピン、ドイツ、カナダ等を含む。",
    ])

    st += [P("５　成果と課題", H1)]
    st += paras("""
現地での商談と招へいを組み合わせたことにより、台湾とタイを中心に旅行商品の造成が進み、延べ宿泊者数は大きく伸びた。一方、宿泊は琥珀市とその周辺に集中しており、県北部の山間地域や沿岸部への周遊を促すことが課題である。また、欧米豪からの旅行者は滞在日数が長い傾向にあるものの、宿泊者数に占める割合は１割余りにとどまっている。
""", 0)
    st += [P("６　令和７年度の取組", H1)]
    st += paras("""
令和７年度は、重点市場にベトナムを加えるとともに、欧米豪向けに県北部の自然体験を組み込んだ周遊ルートを売り込む。また、外国人観光案内所の開所時間を延長し、キャッシュレス決済や多言語の案内に対応した店舗の登録を進める。
""", 0)
    st += [CondPageBreak(36 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{INBOUND_DEPT} インバウンド推進班",
        "電話：099-100-1420　ファクス：099-100-1429",
        "電子メール：inbound@pref.kohaku.example.jp",
        f"{DMO} 海外プロモーション部　電話：099-100-1610",
    ]))
    return st


# ================================================================ document 2: multicultural coexistence plan
TABUNKA = f"{PREF}多文化共生推進プラン（第２次）"
TABUNKA_DEPT = f"{PREF} 県民生活部 国際課"
CENTER = f"{PREF}外国人総合相談センター"
STATUS = [  # 在留資格, 令和５年末, 令和６年末 (人)
    ("技能実習", 6840, 7120), ("特定技能", 2310, 3680), ("永住者", 4950, 5080),
    ("技術・人文知識・国際業務", 2170, 2640), ("留学", 1380, 1520), ("家族滞在", 1090, 1210),
    ("その他", 2460, 2530),
]
RESIDENTS_2019 = 18420  # 2019年（令和元年）末
POPULATION = 1128000  # 令和６年10月１日現在の県人口
INDICATORS = [  # 指標（単位）, 令和２年度 … 令和６年度 (None: not yet carried out)
    ("多言語相談件数（件）", 2140, 2860, 3420, 3910, 4380),
    ("日本語教室の数（か所）", 18, 19, 21, 24, 26),
    ("日本語教室の学習者数（人）", 640, 710, 890, 1050, 1180),
    ("やさしい日本語研修の受講者数（人）", None, None, 120, 210, 340),
    ("防災訓練に参加した外国人県民数（人）", 85, 140, 260, 310, 420),
]
IND_YEARS = (2020, 2021, 2022, 2023, 2024)
PILLARS = [  # 見出し, 主な取組, 担当課, 目標（令和11年度） (same labels in every sibling section)
    ("コミュニケーション支援", "日本語教室のない市町村への教室の開設支援、やさしい日本語の普及、行政情報の多言語化",
     "国際課、教育庁生涯学習課", "日本語教室の数 35か所"),
    ("生活支援", f"{CENTER}の多言語対応の充実、災害時の多言語情報の発信、外国人県民が参加する防災訓練の実施",
     "国際課、危機管理課", "防災訓練に参加する外国人県民数 600人"),
    ("共生の意識づくりと社会参画", "多文化共生月間（毎年１月）の啓発行事、外国人県民会議の開催、外国人県民の地域活動への参加の促進",
     "国際課、人権政策課", "外国人県民会議の開催 年３回"),
]


def tabunka_specs():
    tot5, tot6 = sum(r[1] for r in STATUS), sum(r[2] for r in STATUS)
    status = TableSpec(
        key="status", doc=TABUNKA_PDF, title="在留資格別の外国人県民数",
        header=[["在留資格", "令和５年末", "令和６年末"]],
        rows=[[n, fw(a), fw(b)] for n, a, b in STATUS] + [["合計", fw(tot5), fw(tot6)]],
        col_widths=[62 * mm, 30 * mm, 30 * mm], ruled=False, unit="人",
    )
    ind = TableSpec(
        key="indicators", doc=TABUNKA_PDF, title="プランの主な指標の推移",
        header=[["指標"] + [f"令和{fw(y - 2018)}年度" for y in IND_YEARS]],
        rows=[[n] + [cell(x) for x in v] for n, *v in INDICATORS],
        col_widths=[62 * mm] + [20 * mm] * 5,
        unit=lambda row, c: bracket_unit(row[0]),
    )
    return status, ind


def tabunka_story(specs):
    status, ind = specs
    tot6 = nfkc(status.rows[-1][2])
    n6 = int(tot6.replace(",", ""))
    st = [Spacer(1, 2 * mm), P("令和７年度～令和11年度", SUBTITLE), P(TABUNKA, TITLE), Spacer(1, 1 * mm),
          P("令和７年３月", DATE_RIGHT), P(TABUNKA_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]

    st += [P("１　プラン策定の趣旨", H1)]
    st += paras(f"""
2019年（平成31年）４月に在留資格「特定技能」が設けられて以降、本県で暮らす外国人は増え続けている。外国人県民数は、2019年（令和元年）末の{RESIDENTS_2019:,}人から、2024年（令和６年）末には{tot6}人となり、約{n6 / RESIDENTS_2019:.1f}倍に増えた。県では、2020年度（令和２年度）から５年間、第１次のプランに基づいて取組を進めてきた。この第２次プランは、その成果と課題を踏まえ、外国人県民と日本人県民が共に暮らしやすい地域づくりを進めるために策定するものである。
""", 0)

    st += [P("２　プランの概要", H1)]
    st += lv_lines([
        ("計画期間", "令和７年度から令和11年度まで（５年間）"),
        ("基本理念", "「ことばと文化の違いを越えて、共に支え合う琥珀」"),
        ("位置付け", f"{PREF}総合計画の部門別計画"),
        ("推進体制", f"{PREF}多文化共生推進会議（県、市町村、国際交流協会、経済団体等で構成）"),
    ], 0)
    st += paras("""
このプランにおいて「外国人県民」とは、県内に住所を有する外国籍の住民をいう。また、「やさしい日本語」とは、難しい言葉を言い換え、文を短くするなど、外国人にも分かりやすいように配慮した日本語をいう。
""", 0)

    st += [P("３　外国人県民の現状", H1)]
    st += paras(f"""
令和６年末の外国人県民数は{tot6}人で、県人口（{POPULATION:,}人、令和６年10月１日現在）の約{n6 * 100 / POPULATION:.1f}％を占める。在留資格別では技能実習が最も多いが、特定技能の伸びが大きい。国籍別では、ベトナムが最も多く、中国、フィリピン、ネパールの順となっている。
""", 0)
    st += [caption(status.title), unit_note("（単位：人）", status), status.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 出入国在留管理庁「在留外国人統計」による各年12月末現在の数である。",
        "※２ 「その他」には、日本人の配偶者等、定住者、特定活動等を含む。",
    ])

    st += [P("４　施策の柱", H1)]
    st += paras("第１次プランの検証の結果を踏まえ、次の３つの柱に沿って施策を進める。", 0)
    for i, (head, what, who, goal) in enumerate(PILLARS, 1):
        st += [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な取組", what), ("担当課", who), ("目標（令和11年度）", goal)], 1)

    st += [P("５　第１次プランの指標の推移", H1)]
    st += paras("第１次プランの期間中の主な指標は、次のとおりである。日本語教室の数と学習者数は毎年増えたが、教室のない市町村が19市町村のうち７市町村残っている。", 0)
    st += [caption(ind.title), ind.flowable(), Spacer(1, 2)]
    st += notes([
        f"※３ 多言語相談件数は、{CENTER}と市町村の相談窓口で受けた相談の合計である。",
        "※４ やさしい日本語研修は令和４年度から実施しているため、令和２年度及び令和３年度は「－」とした。",
        "※５ 防災訓練に参加した外国人県民数は、県と市町村が行った訓練の参加者の合計である。",
    ])

    st += [P("６　外国人総合相談センター", H1)]
    st += paras("生活、仕事、子育て、在留手続など、暮らしの中の困りごとの相談に、多言語で応じる。相談は無料で、秘密は守られる。窓口のほか、電話、電子メール及びビデオ通話でも相談を受け付けており、内容に応じて市町村や専門の相談機関につなぐ。", 0)
    st += lv_lines([
        ("名称", f"{CENTER}（公益財団法人琥珀県国際交流協会に運営を委託）"),
        ("所在地", f"〒899-7001 {CITY}本町三丁目４番５号 こはく国際交流会館１階"),
        ("開設時間", "月曜日から金曜日まで９時から17時まで（第１・第３日曜日は10時から15時まで）"),
        ("対応言語", "やさしい日本語、英語、中国語、ベトナム語、ネパール語、タガログ語及びポルトガル語（その他の言語は通訳アプリで対応）"),
    ], 0)
    st += [P("７　プランの推進", H1)]
    st += numbered([
        "① 毎年度、指標の実績を取りまとめ、多文化共生推進会議に報告する。",
        "② 外国人県民会議の意見を施策に反映する。",
        "③ 計画期間の３年目（令和９年度）に中間の見直しを行う。",
    ], 0)
    st += [CondPageBreak(32 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{TABUNKA_DEPT} 多文化共生班　電話：099-100-3120　ファクス：099-100-3129",
        "電子メール：tabunka@pref.kohaku.example.jp",
        f"{CENTER}（相談専用）　電話：099-100-3300",
    ]))
    return st


# ================================================================ document 3: international-conference subsidy guide
MICE = f"{PREF}国際会議等開催支援補助金"
MICE_DEPT = f"{PREF} 観光文化部 国際観光課"
BUREAU = "公益財団法人琥珀コンベンションビューロー"
BANDS = ["50人以上100人未満", "100人以上300人未満", "300人以上1,000人未満", "1,000人以上"]
AMOUNTS = [  # 国際会議 基本額・加算額, 企業ミーティング等 基本額・加算額 (千円; None: no 加算)
    (300, 100, 200, None),
    (600, 200, 400, 100),
    (1200, 400, 800, 200),
    (2000, 600, 1200, 300),
]
COSTS = [  # 経費の区分, 国際会議, 企業会議, 報奨旅行 (True: ○)
    ("会場借上費", True, True, True),
    ("同時通訳・翻訳費", True, True, False),
    ("印刷製本費", True, True, True),
    ("広報・宣伝費", True, False, False),
    ("歓迎レセプション経費", True, True, True),
    ("エクスカーション経費", True, False, True),
    ("参加者の旅費・宿泊費", False, False, False),
]
EXTRAS = [  # 見出し, 内容, 対象, 申込み (same labels in every sibling section)
    ("誘致活動への同行", "主催者が学会等の本部に開催地を提案する際、ビューローの職員が同行し、県の魅力を説明する",
     "県内での開催を目指す主催者", "提案の２か月前まで"),
    ("歓迎アトラクションの紹介", "レセプション等で披露する郷土芸能（琥珀太鼓、こはく神楽など）の出演団体を紹介する",
     "本補助金の交付決定を受けた主催者", "開催日の３か月前まで"),
    ("観光パンフレットの提供", "英語、中国語、韓国語及びタイ語の観光パンフレットを参加者の人数分提供する",
     "県内で開催する全ての会議等の主催者", "開催日の１か月前まで"),
]


def mice_specs():
    amounts = TableSpec(
        key="amounts", doc=MICE_PDF, title="参加者数別の補助額",
        header=[["参加者総数", "国際会議", "", "企業ミーティング等", ""],
                ["", "基本額", "加算額", "基本額", "加算額"]],
        rows=[[b] + [cell(x) for x in v] for b, v in zip(BANDS, AMOUNTS)],
        col_widths=[46 * mm, 28 * mm, 28 * mm, 28 * mm, 28 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))],
        unit="千円", table_fy=2025,
    )
    costs = TableSpec(
        key="costs", doc=MICE_PDF, title="会議の種類別の対象経費",
        header=[["経費の区分", "国際会議", "企業会議", "報奨旅行"]],
        rows=[[n] + [MARKS[0] if x else MARKS[1] for x in v] for n, *v in COSTS],
        col_widths=[58 * mm, 28 * mm, 28 * mm, 28 * mm], table_fy=2025,
    )
    costs.center_cols = (1, 2, 3)
    return amounts, costs


def mice_story(specs):
    amounts, costs = specs
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{MICE}のご案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(MICE_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]

    st += [P("１　制度の目的", H1)]
    st += paras(f"""
国際会議や企業の会議・報奨旅行（以下「国際会議等」といいます。）は、多くの参加者が県内に滞在し、宿泊、飲食、観光などで地域に経済効果をもたらします。県では、{BUREAU}（以下「ビューロー」といいます。）と連携し、県内で国際会議等を開く主催者に、開催経費の一部を補助します。
""", 0)

    st += [P("２　補助の対象となる会議等", H1)]
    st += paras("補助の対象は、県内の会場で開かれる次のいずれかの会議等です。", 0)
    st += numbered([
        "(1) 国際会議：次の全ての要件を満たす会議",
        "　ア 参加者総数が50人以上であること",
        "　イ 海外参加者が10人以上で、日本を含む３か国・地域以上から参加者があること",
        "　ウ 開催期間が１日以上であること",
        "(2) 企業ミーティング等：企業等が行う会議又は報奨旅行で、参加者総数が50人以上、かつ、海外参加者が参加者総数の半数以上であるもの",
    ], 0)
    st += notes([
        "※１ この案内において「海外参加者」とは、日本国外に居住し、海外から来県する参加者をいいます。",
        "※２ 「報奨旅行」とは、企業が従業員や販売店等の成績優秀者に報奨として提供する旅行（インセンティブツアー）をいいます。",
        "※３ 参加者総数には、オンラインのみで参加する人を含みません。",
    ])

    st += [P("３　補助額", H1)]
    st += paras("補助額は、会議等の種類と参加者総数に応じて、次のとおりです。", 0)
    st += [caption(amounts.title, "（令和７年度、単位：千円）"), amounts.flowable(), Spacer(1, 2)]
    st += notes([
        "※４ 加算額は、海外参加者が参加者総数の３分の１以上である場合に、基本額に加えます。",
        "※５ 補助額は、基本額と加算額の合計額と、補助対象経費の２分の１の額のいずれか低い額とします。",
        "※６ 「－」は、加算の対象としないことを示します。",
    ])
    st += lv_lines([
        ("予算額", "30,000千円（予算の範囲内で交付します。）"),
        ("申請期限", "開催日の６か月前まで"),
        ("申請先", "ビューロー 誘致推進部"),
    ], 0)

    st += [P("４　補助の対象となる経費", H1)]
    st += paras("補助の対象となる経費は、会議等の種類ごとに次のとおりです（○：対象、×：対象外）。", 0)
    st += [caption(costs.title), costs.flowable(), Spacer(1, 2)]
    st += notes([
        "※７ 歓迎レセプション経費は、会場費と演出費に限り、飲食物の提供に要する経費は対象外です。",
        "※８ エクスカーション経費は、県内の観光地を訪れるものに限ります。",
    ])

    st += [P("５　申請から支払までの流れ", H1)]
    st += numbered([
        "① 事前相談（開催の１年前までにビューローへご相談ください。）",
        "② 交付申請書の提出（開催日の６か月前まで）",
        "③ 交付決定の通知（申請の受付から30日以内）",
        "④ 会議等の開催",
        "⑤ 実績報告書の提出（会議等の終了後30日以内）",
        "⑥ 補助金の額の確定",
        "⑦ 補助金の請求と支払",
    ], 0)
    st += notes(["※ 交付決定の前に契約・支出した経費も、事前相談の後のものであれば対象とします。"])

    st += [P("６　補助金以外の支援メニュー", H1)]
    st += paras("ビューローでは、補助金のほかに次の支援を行っています。いずれも無料です。", 0)
    for i, (head, what, who, when) in enumerate(EXTRAS, 1):
        st += [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("内容", what), ("対象", who), ("申込み", when)], 1)

    st += [P("７　これまでの実績", H1)]
    st += paras("""
令和６年度は、国際会議９件、企業ミーティング等５件の計14件に補助金を交付しました（交付額の合計17,850千円）。14件の参加者総数は延べ8,960人で、このうち海外参加者は3,240人でした。
""", 0)

    st += [P("８　よくある質問", H1)]
    qa = [
        ("県外の団体が主催する会議でも申請できますか。",
         "できます。県内の会場で開く会議等であれば、主催者の所在地は問いません。"),
        ("琥珀市の補助金と併せて受けることはできますか。",
         "併せて受けることができます。ただし、同じ経費に両方の補助金を充てることはできません。"),
        ("開催が中止になった場合はどうなりますか。",
         "補助金は交付されません。ただし、天災等のやむを得ない理由による場合は、中止までに支出した経費について相談に応じます。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]

    st += [CondPageBreak(36 * mm), P("９　問い合わせ先・申請先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{BUREAU} 誘致推進部（申請先）",
        f"〒899-7011 {CITY}港町一丁目１番 琥珀国際会議場３階",
        "電話：099-100-2210　ファクス：099-100-2219　電子メール：mice@kohaku-cvb.example.jp",
        f"{MICE_DEPT} MICE推進班　電話：099-100-1450",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return inbound_specs() + tabunka_specs() + mice_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"h10t{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    ispecs, tspecs, mspecs = inbound_specs(), tabunka_specs(), mice_specs()
    idoc = build_pdf(docs_dir / INBOUND_PDF, ispecs, inbound_story(ispecs),
                     f"令和６年度 {INBOUND} 実績報告書", "令和７年６月", INBOUND_DEPT)
    tdoc = build_pdf(docs_dir / TABUNKA_PDF, tspecs, tabunka_story(tspecs),
                     f"{TABUNKA}（令和７年度～令和11年度）", "令和７年３月", TABUNKA_DEPT)
    mdoc = build_pdf(docs_dir / MICE_PDF, mspecs, mice_story(mspecs),
                     f"令和７年度 {MICE}のご案内", "令和７年４月", MICE_DEPT)
    gold = all_gold({INBOUND_PDF: idoc.row_pages, TABUNKA_PDF: tdoc.row_pages, MICE_PDF: mdoc.row_pages})
    write_jsonl(out / "tables.jsonl", gold)
    pages = extract_pages(docs_dir)
    write_texts(text_dir, pages)
    return gold, pages


# ================================================================ questions
# `absent` (unanswerable only, not written out): terms that must occur in no document.
# `history` (followup only in this set): the earlier turns of the conversation.
def _turns(*pairs) -> list[dict]:
    out = []
    for user, assistant in zip(pairs[::2], pairs[1::2]):
        out += [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]
    return out


QUESTIONS = [
    # --- inbound: the inbound-tourism report, tables (a) (b), a note, sibling markets
    dict(question="2024年度に韓国から来て県内に泊まった人は、延べで何人泊でしたか？",
         category="inbound", doc=INBOUND_PDF, evidence=["韓国 32,140 36,950 115.0"], answer=["36,950"],
         notes="(a) 2024年度 = 令和６年度, the second value column; 32,140 is 令和５年度 and 115.0 the 前年比; "
               "unit 人泊 only in the units note above the table"),
    dict(question="2024年度のタイからの宿泊は、前の年度の何パーセントになりましたか？",
         category="inbound", doc=INBOUND_PDF, evidence=["タイ 12,860 16,420 127.7"], answer=["127.7"],
         notes="(a) the 前年比（％） column beside the figures (note ※４: 令和６年度 / 令和５年度); "
               "127.7％ (an answer of 27.7％増 says the same but does not contain the printed string)"),
    dict(question="令和５年度に、アジアの国・地域から来た旅行者の延べ宿泊者数は合わせてどれくらいですか？",
         category="inbound", doc=INBOUND_PDF, evidence=["アジア計 136,610 161,170"], answer=["136,610"],
         notes="(a) a regional subtotal row (アジア計) printed after the six Asian rows; 167,580 is the grand 合計"),
    dict(question="フランスからの旅行者の宿泊は、令和６年度にどれだけありましたか？",
         category="inbound", doc=INBOUND_PDF, evidence=["フランス 2,180 2,650 121.6"], answer=["2,650"],
         notes="(a) a row on the continuation page (page 3, printed without the header); 令和６年度 is the "
               "second value column, named only in the header on page 2"),
    dict(question="2024年度の外国人の延べ宿泊者数のうち、欧米とオーストラリアからの分は全体の何パーセントですか？",
         category="inbound", doc=INBOUND_PDF, evidence=["欧米豪計 22,430 27,150", "合計 167,580 198,040"],
         answer=["13.7%"], computed=True,
         notes="(a) ratio of two rows on the continuation page: 欧米豪計 / 合計 in 令和６年度 = 27,150 / 198,040 = 13.7%; "
               "the prose says only 「１割余り」"),
    dict(question="クルーズ船の寄港の分を除くと、令和５年度の香港からの宿泊は何人泊になりますか？",
         category="inbound", doc=INBOUND_PDF, evidence=["香港の令和５年度は18,350人泊"], answer=["18,350"],
         notes="note ※５ qualifies the cell 21,450 of (a) (香港, 令和５年度): 3,100 人泊 of two cruise calls; 21,450 is the trap"),
    dict(question="2022年度の10月から12月の間に、駅の外国人観光案内所を利用した人は何人でしたか？",
         category="inbound", doc=INBOUND_PDF, evidence=["令和４年度 1,240 1,980 3,460"], answer=["3,460"],
         notes="(b) quarters as columns, years as rows: 2022年度 = 令和４年度; 10月から12月 = 第３四半期 (note ※１)"),
    dict(question="令和６年度の外国人観光案内所の利用者は、前の年度より何人増えましたか？",
         category="inbound", doc=INBOUND_PDF, evidence=["5,380 4,470 18,380", "6,940 5,360 22,420"],
         answer=["4,040人"], computed=True,
         notes="(b) difference down the 年間計 column: 22,420 - 18,380 = 4,040"),
    dict(question="令和２年度の４月から６月の案内所の利用者数はどうなっていますか？",
         category="inbound", doc=INBOUND_PDF, evidence=["案内所を閉所していた"], answer=["閉所"],
         notes="(b) a － cell (令和２年度, 第１四半期) explained by note ※２; 第１四半期 = ４月から６月 (note ※１); "
               "a zero or a figure is wrong"),
    dict(question="韓国の旅行会社向けに開いたセミナーには、何社が参加しましたか？",
         category="inbound", doc=INBOUND_PDF, evidence=["成果：旅行会社43社が参加"], answer=["43社"],
         notes="sibling sections: （２）韓国市場, its 成果 line; the markets share the labels 取組内容, 実施時期, 成果 "
               "(（４）オーストラリア市場 has 旅行会社９社が参加, the near miss)"),
    # --- tabunka: the multicultural plan, tables (c) (d), a definition, siblings, the centre
    dict(question="令和６年末の時点で、永住者の資格で暮らしている外国人県民は何人ですか？",
         category="tabunka", doc=TABUNKA_PDF, evidence=["永住者 4,950 5,080"], answer=["5,080"],
         notes="(c) table without ruling lines; 令和６年末 is the second value column; unit 人 in the units note above"),
    dict(question="特定技能の外国人は、2023年末から2024年末までの１年間で何人増えましたか？",
         category="tabunka", doc=TABUNKA_PDF, evidence=["特定技能 2,310 3,680"], answer=["1,370人"], computed=True,
         notes="(c) difference across the two year-end columns: 3,680 - 2,310 = 1,370 (2023年末 = 令和５年末)"),
    dict(question="技術・人文知識・国際業務の在留資格を持つ人は、令和５年末に何人いましたか？",
         category="tabunka", doc=TABUNKA_PDF, evidence=["技術・人文知識・国際業務 2,170 2,640"], answer=["2,170"],
         notes="(c) the longest row label of the unruled table; first value column 令和５年末"),
    dict(question="2021年度に、県内の日本語教室で学んでいた人は何人でしたか？",
         category="tabunka", doc=TABUNKA_PDF, evidence=["日本語教室の学習者数（人） 640 710"], answer=["710"],
         notes="(d) transposed: years as columns, indicators as rows; 2021年度 = 令和３年度, the second column; "
               "unit 人 from the row label"),
    dict(question="令和３年度には、やさしい日本語の研修を受けた人は何人いましたか？",
         category="tabunka", doc=TABUNKA_PDF, evidence=["やさしい日本語研修は令和４年度から実施"],
         answer=["令和４年度から"],
         notes="(d) a － cell (やさしい日本語研修の受講者数（人）, 令和３年度) explained by note ※４: the training started "
               "in 令和４年度; 0 or a figure is wrong"),
    dict(question="2020年度から2024年度までの５年間に、多言語での相談は合計で何件受けましたか？",
         category="tabunka", doc=TABUNKA_PDF, evidence=["多言語相談件数（件） 2,140 2,860 3,420 3,910 4,380"],
         answer=["16,710件"], computed=True,
         notes="(d) sum across the five year columns of one row: 2,140 + 2,860 + 3,420 + 3,910 + 4,380 = 16,710"),
    dict(question="災害時の情報発信や相談窓口など、暮らしを支える施策では、最終年度に向けてどんな目標を立てていますか？",
         category="tabunka", doc=TABUNKA_PDF, evidence=["防災訓練に参加する外国人県民数 600人"], answer=["600人"],
         notes="sibling sections: （２）生活支援, named by paraphrase; its 目標（令和11年度） line (35か所 and 年３回 are "
               "the other pillars' targets)"),
    dict(question="このプランでいう「外国人県民」とは、どういう人のことですか？",
         category="tabunka", doc=TABUNKA_PDF, evidence=["県内に住所を有する外国籍の住民"],
         answer=["県内に住所を有する外国籍の住民"],
         notes="definition (「外国人県民」とは、…をいう) after the 「label：value」 lines of ２"),
    dict(question="外国人総合相談センターは、日曜日にも相談できますか？",
         category="tabunka", doc=TABUNKA_PDF, evidence=["第１・第３日曜日は10時から15時まで"],
         answer=["第１・第３日曜日"],
         notes="「label：value」 line 開設時間 under ６ (weekdays ９時から17時, in brackets the Sundays)"),
    dict(question="令和元年の年末には、県内に外国人は何人住んでいましたか？",
         category="tabunka", doc=TABUNKA_PDF, evidence=["2019年（令和元年）末の18,420人"], answer=["18,420"],
         notes="prose of １ with Western and era years (2019年（令和元年）末); not in any table"),
    # --- mice: the conference-subsidy guide, tables (e) (f), notes, definition, procedure, siblings, Q&A
    dict(question="参加者が500人くらいの国際会議を開く場合、基本の補助額はいくらになりますか？",
         category="mice", doc=MICE_PDF, evidence=["300人以上1,000人未満 1,200 400 800 200"], answer=["1,200"],
         notes="(e) two-level header: row 300人以上1,000人未満 (500人 falls in it), column 国際会議／基本額; "
               "unit 千円 in the caption note (1,200千円 = 120万円)"),
    dict(question="海外からの参加者が半分を占める150人規模の報奨旅行では、補助は最大でいくら受けられますか？",
         category="mice", doc=MICE_PDF, evidence=["100人以上300人未満 600 200 400 100"], answer=["500千円"], computed=True,
         notes="(e) 報奨旅行 is a 企業ミーティング等 (２ (2)); 150人 is the 100人以上300人未満 row; 海外参加者 half ≥ 1/3 "
               "so 加算額 applies (note ※４): 400 + 100 = 500千円 (= 50万円), capped by half the costs (note ※５)"),
    dict(question="1,000人以上が集まる国際会議だと、海外参加者による上乗せはいくらですか？",
         category="mice", doc=MICE_PDF, evidence=["1,000人以上 2,000 600 1,200 300"], answer=["600"],
         notes="(e) column 国際会議／加算額 (the second leaf of the first group); 300 is the 企業ミーティング等 加算額"),
    dict(question="報奨旅行の場合に、補助の対象にならない経費はどれですか？",
         category="mice", doc=MICE_PDF,
         evidence=["同時通訳・翻訳費 ○ ○ ×", "広報・宣伝費 ○ × ×", "参加者の旅費・宿泊費 × × ×"],
         answer=["同時通訳・翻訳費", "広報・宣伝費", "参加者の旅費・宿泊費"],
         notes="list (3 items): the × cells of the 報奨旅行 column of (f), a ○／× table"),
    dict(question="国際会議の参加者の旅費や宿泊費は、補助の対象になりますか？",
         category="mice", doc=MICE_PDF, evidence=["参加者の旅費・宿泊費 × × ×", "×：対象外"], answer=["対象外"],
         notes="(f) ○／× table: row 参加者の旅費・宿泊費, column 国際会議 = ×; the legend （○：対象、×：対象外） is in "
               "the sentence above the caption"),
    dict(question="歓迎レセプションで出す料理や飲み物の代金も、補助してもらえますか？",
         category="mice", doc=MICE_PDF, evidence=["飲食物の提供に要する経費は対象外"], answer=["対象外"],
         notes="note ※７ qualifies the ○ cells of (f) row 歓迎レセプション経費: only 会場費 and 演出費; the ○ is the trap"),
    dict(question="日本に住んでいる外国人の参加者も、「海外参加者」に数えられますか？",
         category="mice", doc=MICE_PDF, evidence=["日本国外に居住し、海外から来県する参加者"],
         answer=["日本国外に居住"],
         notes="definition note ※１ (「海外参加者」とは、…をいいます): residence abroad, not nationality, counts"),
    dict(question="会議が終わったあと、実績報告はいつまでに出せばよいですか？",
         category="mice", doc=MICE_PDF, evidence=["会議等の終了後30日以内"], answer=["終了後30日以内"],
         notes="numbered procedure, step ⑤ (③ 交付決定 is also 30日以内, of the application: the near miss)"),
    dict(question="郷土芸能の出演団体を紹介してもらいたい場合、いつまでに申し込む必要がありますか？",
         category="mice", doc=MICE_PDF, evidence=["申込み：開催日の３か月前まで"], answer=["開催日の３か月前まで"],
         notes="sibling sections: （２）歓迎アトラクションの紹介, named by paraphrase; the menus share the labels 内容, 対象, "
               "申込み (提案の２か月前まで, 開催日の１か月前まで in the others)"),
    dict(question="琥珀市の補助金ももらう予定ですが、県の補助金と一緒に受けても問題ありませんか？",
         category="mice", doc=MICE_PDF, evidence=["併せて受けることができます", "同じ経費に両方の補助金を充てる"],
         answer=["併せて受けることができ"],
         notes="Q&A line Ａ of Ｑ２ (a full answer adds that the same cost cannot be covered twice)"),
    # --- followup (history)
    dict(question="翌年度はどうでしたか？",
         category="followup", doc=INBOUND_PDF, evidence=["台湾 48,620 55,310 113.8"], answer=["55,310"],
         history=_turns("2023年度に台湾から来て県内に泊まった人は、延べ何人泊でしたか？",
                        "令和５年度の台湾からの外国人延べ宿泊者数は48,620人泊です。[1]"),
         notes="(a) 翌年度 = 令和６年度, the row 台湾 from the history; 113.8 is the 前年比"),
    dict(question="それはいつ実施したのですか？",
         category="followup", doc=INBOUND_PDF, evidence=["実施時期：令和７年１月"], answer=["令和７年１月"],
         history=_turns("オーストラリア向けには、どんな誘客の取組をしたのですか？",
                        "シドニーとメルボルンの旅行会社を招き、スキー場とアウトドア体験の視察旅行を行いました。[1]"),
         notes="それ = the study tour of （４）オーストラリア市場 from the history; sibling sections, its 実施時期 line "
               "(the other markets' 実施時期 are the near misses)"),
    dict(question="その年度の学習者は何人でしたか？",
         category="followup", doc=TABUNKA_PDF, evidence=["日本語教室の学習者数（人） 640 710 890"], answer=["890"],
         history=_turns("令和４年度には、県内に日本語教室はいくつありましたか？",
                        "令和４年度の日本語教室の数は21か所です。[1]"),
         notes="(d) その年度 = 令和４年度 from the history (a column of the transposed table); the next row down"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=MICE_PDF, evidence=["電話：099-100-2210"], answer=["099-100-2210"],
         history=_turns("国際会議の補助金を申請したいのですが、申請先はどこですか？",
                        "公益財団法人琥珀コンベンションビューローの誘致推進部です。[1]"),
         notes="contact box of the guide: the ビューロー's line; the 県 MICE推進班's 099-100-1450 in the same box is the near miss"),
    # --- unanswerable: the topic is present, the detail is absent (doc null)
    dict(question="タイで招いたインフルエンサーには、謝礼をいくら払いましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report names the invitation of five influencers and the views, no fee or cost per person "
               "(only the programme's 予算額 and 決算額)",
         absent=["謝礼", "報酬", "委託料"]),
    dict(question="インドネシアからの旅行者は、県内に延べ何人泊しましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="table (a) has no インドネシア row; note ※６ names some countries in その他 (ベトナム, フィリピン, ドイツ, カナダ), "
               "not インドネシア; その他 9,720 is the trap",
         absent=["インドネシア"]),
    dict(question="ネパール国籍の県民は、今何人くらいいますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the plan ranks nationalities in prose (ベトナム, 中国, フィリピン, ネパール) without figures; table (c) is by "
               "在留資格, not nationality",
         absent=["ネパール国籍", "国籍別の外国人"]),
    dict(question="日本語教室でボランティアの先生になるための講座はありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the plan names 日本語教室 and a やさしい日本語研修 (with its 受講者数), nothing on training volunteer teachers",
         absent=["ボランティア", "講師", "指導者"]),
    dict(question="補助金は、実績報告を出してからどのくらいで振り込まれますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the procedure ends with ⑥ 額の確定 and ⑦ 請求と支払, without any period; ⑤'s 30日以内 is the trap",
         absent=["振込", "振り込", "支払時期", "支払期限"]),
    dict(question="琥珀国際会議場の一番大きなホールには、何人まで入れますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the 琥珀国際会議場 appears only in the ビューロー's address; no hall or capacity is given",
         absent=["収容", "ホール", "定員", "座席"]),
]
CATEGORY_COUNTS = {"inbound": 10, "tabunka": 10, "mice": 10, "followup": 4, "unanswerable": 6}
LISTS = 1
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
SIBLING_FOLLOWUPS = 1
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "翌年度", "それ")
PREFIX_Q, PREFIX_T = "h10q", "h10t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F = ("国・地域別の外国人延べ宿泊者数", "外国人観光案内所の四半期別利用者数", "在留資格別の外国人県民数",
                    "プランの主な指標の推移", "参加者数別の補助額", "会議の種類別の対象経費")
LETTERS = dict(zip((A, B, C, D, E, F), "abcdef"))

COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h10q05": lambda g: f"{g(A, '欧米豪計', '令和６年度', 2024) * 100 / g(A, '合計', '令和６年度', 2024):.1f}%",
    "h10q08": lambda g: f"{g(B, '令和６年度', '年間計', 2024) - g(B, '令和５年度', '年間計', 2023):,}人",
    "h10q12": lambda g: f"{g(C, '特定技能', '令和６年末', 2024) - g(C, '特定技能', '令和５年末', 2023):,}人",
    "h10q16": lambda g: f"{sum(g(D, '多言語相談件数（件）', f'令和{fw(y - 2018)}年度', y) for y in IND_YEARS):,}件",
    "h10q22": lambda g: f"{g(E, '100人以上300人未満', '企業ミーティング等／基本額', 2025) + g(E, '100人以上300人未満', '企業ミーティング等／加算額', 2025)}千円",
}


# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {INBOUND_PDF: (2, 3), TABUNKA_PDF: (2, 3), MICE_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm (a five-year row of (d) is the longest)
GOLD_CELLS = (100, 160)
TABLE_QUESTIONS = 16  # at least, over all categories
BEFORE_BREAK_ROWS = ("台湾", "アジア計")  # rows of (a) expected before the page break
CONTINUED_ROWS = ("フランス", "欧米豪計", "合計")  # and after it


def check_files(out: Path) -> list[str]:
    errors = []
    docs_dir = out / DOCS_DIR
    if sorted(f.name for f in docs_dir.iterdir()) != sorted(PAGE_COUNTS):
        errors.append(f"{DOCS_DIR}/ holds {sorted(f.name for f in docs_dir.iterdir())}, expected only the three PDFs")
    pages = extract_pages(docs_dir)
    errors += check_texts(out, pages)
    for f in sorted(docs_dir.iterdir()):
        if f.stat().st_size >= MAX_FILE_BYTES:
            errors.append(f"{f.name} is {f.stat().st_size} bytes, not < 100 KB")
    questions, gold = read_jsonl(out / "questions.jsonl"), read_jsonl(out / "tables.jsonl")
    if questions != expected_questions():
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout10.py")
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
        if (q["category"] == "followup") != bool(history):
            errors.append(f"{qid}: exactly the followups have a history")
        if history:
            roles = [t["role"] for t in history]
            if roles != ["user", "assistant"] * (len(history) // 2) or len(history) not in (2, 4):
                errors.append(f"{qid}: history must be 1-2 alternating user/assistant turns")
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
    sibling = sum("sibling sections" in q["notes"] and q["category"] != "followup" for q in questions)
    if sibling != SIBLING:
        errors.append(f"{sibling} sibling-section questions, expected {SIBLING}")
    sibling_f = sum("sibling sections" in q["notes"] and q["category"] == "followup" for q in questions)
    if sibling_f != SIBLING_FOLLOWUPS:
        errors.append(f"{sibling_f} sibling-section follow-ups, expected {SIBLING_FOLLOWUPS}")
    n = sum(bool(q.get("history")) and q["category"] == "unanswerable" for q in questions)
    if n != UNANSWERABLE_FOLLOWUPS:
        errors.append(f"{n} unanswerables asked as follow-ups, expected {UNANSWERABLE_FOLLOWUPS}")
    western_on_era = [q["id"] for q in questions if re.search(r"20\d\d年度", q["question"]) and q["doc"]
                      and not re.search(r"20\d\d年度", doc_text[q["doc"]])]
    if len(western_on_era) < 3:
        errors.append(f"only {western_on_era} ask a 令和-printed document by Western fiscal year")
    era_asked = [q["id"] for q in questions if re.search(r"令和(元|[０-９\d]+)年", q["question"]) and q["doc"]]
    if len(era_asked) < 3:
        errors.append(f"only {era_asked} ask by 令和 year")
    n_table = sum(bool(table_of(q)) for q in questions if q["doc"])
    if n_table < TABLE_QUESTIONS:
        errors.append(f"{n_table} table questions, expected at least {TABLE_QUESTIONS}")
    for t in LETTERS:  # every table is asked about
        if not any(t in table_of(q) for q in questions):
            errors.append(f"no question on table {t}")
    for doc in ALL_PDFS:
        if sum(q["doc"] == doc for q in questions) < 10:
            errors.append(f"{doc}: fewer than 10 questions")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout10.py")
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
        if (g["number"] is not None or g["value"] == DASH) and g["unit"] is None:
            errors.append(f"{g['id']}: numeric cell without unit")
        if g["number"] is None and g["value"] != DASH and (g["unit"] is not None or g["value"] not in MARKS):
            errors.append(f"{g['id']}: a text cell must be ○ or × and have no unit")
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
            elif norm("".join(spec.printed_row(i))) not in page_text(g["doc"], g["page"]):
                errors.append(f"row sequence of {title} / {spec.row_label(i)} not on page {g['page']}")
    errors += check_totals(gold)
    errors += check_layouts(gold, pages)
    return errors


def check_totals(gold) -> list[str]:
    """Subtotals, 合計 rows, 年間計 and 前年比 add up; the prose figures follow from the tables."""
    errors = []
    t = defaultdict(lambda: defaultdict(dict))
    for g in gold:
        t[g["table"]][g["row"]][g["column"]] = g["number"]
    a = t[A]
    groups = {"アジア計": [r[0] for r in ASIA], "欧米豪計": [r[0] for r in WEST]}
    for col in ("令和５年度", "令和６年度"):
        for sub, members in groups.items():
            if a[sub][col] != sum(a[m][col] for m in members):
                errors.append(f"{A}: {sub} of {col} is not the sum of its rows")
        if a["合計"][col] != a["アジア計"][col] + a["欧米豪計"][col] + a["その他"][col]:
            errors.append(f"{A}: 合計 of {col} is not アジア計 + 欧米豪計 + その他")
    for row, r in a.items():
        if str(r["前年比（％）"]) != ratio(r["令和６年度"], r["令和５年度"]):
            errors.append(f"{A} / {row}: 前年比 is not the rounded ratio")
    for row, r in t[B].items():
        if r["年間計"] != sum(v or 0 for c, v in r.items() if c != "年間計"):
            errors.append(f"{B} / {row}: 年間計 is not the sum of the quarters")
    c = t[C]
    for col in ("令和５年末", "令和６年末"):
        if c["合計"][col] != sum(r[col] for row, r in c.items() if row != "合計"):
            errors.append(f"{C}: 合計 of {col} does not add up")
    for row, r in t[D].items():
        vals = [r[f"令和{fw(y - 2018)}年度"] for y in IND_YEARS]
        known = [v for v in vals if v is not None]
        if known != sorted(known):
            errors.append(f"{D} / {row}: the indicator should grow every year")
    e = t[E]
    for row, r in e.items():
        if not r["国際会議／基本額"] > r["企業ミーティング等／基本額"]:
            errors.append(f"{E} / {row}: 国際会議 should get more than 企業ミーティング等")
    if [r["国際会議／基本額"] for r in e.values()] != sorted(r["国際会議／基本額"] for r in e.values()):
        errors.append(f"{E}: the amounts should grow with the participants")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    guests = specs["guests"]
    ap = sorted({g["page"] for g in gold if g["table"] == A})
    if len(ap) != 2:
        errors.append(f"{A} is on pages {ap}, expected a page break inside it")
    else:
        header = norm("".join(guests.header[0]))
        on = [i + 1 for i, p in enumerate(pages[INBOUND_PDF]) if header in norm(p)]
        if guests.repeat_header or on != ap[:1]:
            errors.append(f"{A}: header printed on pages {on}, expected only on {ap[:1]}")
        first = {g["row"] for g in gold if g["table"] == A and g["page"] == ap[0]}
        cont = {g["row"] for g in gold if g["table"] == A and g["page"] == ap[1]}
        if not 3 <= len(first) <= 10:
            errors.append(f"{A}: {len(first)} rows before the page break, expected 3-10")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{A}: rows on the wrong side of the page break")
        # the units note is printed above the table, right of the caption line, not in a header
        p = pages[INBOUND_PDF][ap[0] - 1].splitlines()
        cap = next(i for i, x in enumerate(p) if A in x)
        if "（単位：人泊）" not in p[cap + 1] or "人泊" in "".join(guests.header[0]):
            errors.append(f"{A}: the units note should be the line after the caption")
    for key in ("desk", "status", "indicators", "amounts", "costs"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["status"].ruled or not all(s.ruled for k, s in specs.items() if k != "status"):
        errors.append("only the 在留資格別 table must be drawn without ruling lines")
    p = [x for pg in pages[TABUNKA_PDF] for x in pg.splitlines()]
    cap = next(i for i, x in enumerate(p) if C in x)
    if "（単位：人）" not in p[cap + 1]:
        errors.append(f"{C}: the units note should be the line after the caption")
    # (a): subtotal rows and a 前年比 column beside the two years
    rows_a = list(dict.fromkeys(g["row"] for g in gold if g["table"] == A))
    if [r for r in rows_a if r.endswith("計")] != ["アジア計", "欧米豪計", "合計"] or rows_a[-1] != "合計":
        errors.append(f"{A}: expected the subtotals アジア計, 欧米豪計 and a final 合計")
    if not all(g["unit"] == "%" and g["fiscal_year"] == 2024 for g in gold if g["column"] == "前年比（％）"):
        errors.append(f"{A}: 前年比 cells should have unit % and fiscal_year 2024")
    # (b): quarters as columns, years as rows, a － cell
    b = [g for g in gold if g["table"] == B]
    if list(dict.fromkeys(g["column"] for g in b)) != QUARTERS + ["年間計"] or \
            [g["fiscal_year"] for g in b][::5] != [y for y, *_q in DESK_VISITORS]:
        errors.append(f"{B}: expected quarters as columns and years as rows")
    if [(g["row"], g["column"]) for g in b if g["value"] == DASH] != [("令和２年度", "第１四半期")]:
        errors.append(f"{B}: the only － cell should be 令和２年度 第１四半期")
    # (c): year-end columns give calendar years
    if {g["fiscal_year"] for g in gold if g["table"] == C} != {2023, 2024}:
        errors.append(f"{C}: the columns should name 2023 and 2024")
    # (d): transposed, years as columns, units from the row labels, two － cells
    d = [g for g in gold if g["table"] == D]
    if sorted({g["fiscal_year"] for g in d}) != list(IND_YEARS) or any(g["unit"] != bracket_unit(g["row"]) for g in d):
        errors.append(f"{D}: expected years as columns and units from the row labels")
    if sum(g["value"] == DASH for g in d) != 2:
        errors.append(f"{D}: expected two － cells")
    # (e): two header rows, three spans, group／leaf columns
    amounts = specs["amounts"]
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == E))
    want = ["国際会議／基本額", "国際会議／加算額", "企業ミーティング等／基本額", "企業ミーティング等／加算額"]
    if len(amounts.header) != 2 or len(amounts.spans) != 3 or cols != want:
        errors.append(f"{E}: expected a two-row header with columns {want}, got {cols}")
    # (f): only ○／× cells, no unit
    f = [g for g in gold if g["table"] == F]
    if not f or any(g["value"] not in MARKS or g["unit"] is not None or g["number"] is not None for g in f):
        errors.append(f"{F}: expected only ○／× text cells")
    if {g["value"] for g in f} != set(MARKS):
        errors.append(f"{F}: both marks should occur")
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

    rep = norm("\n".join(pages[INBOUND_PDF]))
    siblings(rep, "report", ("取組内容：", "実施時期：", "成果："), [m[0] for m in MARKETS])
    rows = {r[0]: r for r in guest_rows()}
    tot = rows["合計"]
    if norm(f"外国人延べ宿泊者数は{tot[2]}人泊で、前年度の{tot[3]}％") not in rep:
        errors.append("report: the total and its 前年比 in the prose differ from the table")
    countries = [r for r in ASIA + WEST]
    ranked = [n for n, _a, _b in sorted(countries, key=lambda r: -r[2])]
    if ranked[:3] != ["台湾", "韓国", "中国"] or norm("台湾が最も多く、韓国、中国が続いている") not in rep:
        errors.append("report: 「台湾が最も多く、韓国、中国が続いている」 does not hold")
    if [n for n, a, b in countries + [OTHER] if b <= a] != ["香港"]:
        errors.append("report: 「香港を除く全ての国・地域で前年度を上回った」 does not hold")
    asia6 = int(nfkc(rows["アジア計"][2]).replace(",", ""))
    total6 = int(nfkc(tot[2]).replace(",", ""))
    west6 = int(nfkc(rows["欧米豪計"][2]).replace(",", ""))
    if not 0.75 <= asia6 / total6 < 0.85 or not 0.10 <= west6 / total6 < 0.15:
        errors.append("report: 「約８割」 (Asia) or 「１割余り」 (欧米豪) does not hold")
    growth = sorted(countries, key=lambda r: -r[2] / r[1])
    if {growth[0][0], growth[1][0]} != {"中国", "オーストラリア"}:
        errors.append("report: 「伸び率では、中国と…オーストラリアが大きい」 does not hold")
    if norm(f"香港の令和５年度は{ASIA[1][1] - CRUISE[1]:,}人泊") not in rep:
        errors.append("report: the ※５ corrected figure is not 21,450 - 3,100")
    if any(max(q[1:], key=lambda x: x or 0) != q[3] for q in DESK_VISITORS):
        errors.append("report: 「第３四半期の利用が、毎年最も多く」 does not hold")
    if norm("「外国人延べ宿泊者数」とは") not in rep:
        errors.append("report: the definition of 外国人延べ宿泊者数 is missing")

    plan = norm("\n".join(pages[TABUNKA_PDF]))
    siblings(plan, "plan", ("主な取組：", "担当課：", "目標（令和11年度）："), [p[0] for p in PILLARS])
    n6 = sum(r[2] for r in STATUS)
    if norm(f"2024年（令和６年）末には{n6:,}人となり、約{n6 / RESIDENTS_2019:.1f}倍") not in plan \
            or f"{n6 / RESIDENTS_2019:.1f}" != "1.3":
        errors.append("plan: the growth since 2019 in the prose does not hold")
    if norm(f"約{n6 * 100 / POPULATION:.1f}％を占める") not in plan:
        errors.append("plan: the share of the population does not hold")
    by5 = {n: b for n, a, b in STATUS}
    if max(by5, key=by5.get) != "技能実習" or max(STATUS, key=lambda r: r[2] / r[1])[0] != "特定技能":
        errors.append("plan: 「技能実習が最も多いが、特定技能の伸びが大きい」 does not hold")
    classes = next(r for r in INDICATORS if r[0].startswith("日本語教室の数"))
    learners = next(r for r in INDICATORS if r[0].startswith("日本語教室の学習者数"))
    if list(classes[1:]) != sorted(set(classes[1:])) or list(learners[1:]) != sorted(set(learners[1:])):
        errors.append("plan: 「日本語教室の数と学習者数は毎年増えた」 does not hold")
    if norm("「外国人県民」とは、県内に住所を有する外国籍の住民をいう") not in plan:
        errors.append("plan: the definition of 外国人県民 is missing")

    guide = norm("\n".join(pages[MICE_PDF]))
    siblings(guide, "guide", ("内容：", "対象：", "申込み："), [e[0] for e in EXTRAS])
    if norm("「海外参加者」とは、日本国外に居住し") not in guide:
        errors.append("guide: the definition of 海外参加者 is missing")
    raw = "\n".join(pages[MICE_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("guide: expected three Ｑ lines and three Ａ lines")
    steps = re.findall(r"[①②③④⑤⑥⑦]", "".join(x for x in raw if re.match(r"\s*[①-⑦]", x)))
    if steps != list("①②③④⑤⑥⑦"):
        errors.append(f"guide: the procedure should be numbered ①-⑦, got {steps}")
    phones = re.findall(r"099-100-\d{4}", guide)
    if phones != ["099-100-2210", "099-100-2219", "099-100-1450"]:
        errors.append(f"guide: the contact box should give the ビューロー's phone, its fax, then the 県's phone: {phones}")
    # every phone number of the set is fictional (099-100-xxxx)
    for n, p in pages.items():
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", norm("\n".join(p))):
            if not ph.startswith("099-100-"):
                errors.append(f"{n}: phone number {ph} outside 099-100-xxxx")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
