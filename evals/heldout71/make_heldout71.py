"""Build the 棗県 held-out set 71: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (棗県 and every town, scheme, organisation, phone number, address
and figure). The documents are in three genres the earlier sets do not use: a grant guideline
(交付要綱) for a subsidy towards small firms' costs of meeting the extended-producer-responsibility
schemes of their export markets (海外拡大生産者責任対応支援補助金: registration fees, an authorised
representative, surveying the packaging placed on the market, the first declaration, experts) with
a two-level header of rates by firm size and caps by market, a yearly record (years as rows, header
cells printed over two lines) and the grants by market in two fiscal years with a 増減 column using
▲; the report of a survey of the prefecture's firms on outsourcing work to firms abroad
(海外への業務委託に関する実態調査) with the firms by industry (a table continued over a page break
without its header), the main outsourcing countries (two-line header cells, a unit per column, a
「－」 cell) and an unruled table of the issues; and the user guide (利用案内) of a prefectural
service preparing export documents on firms' behalf (輸出書類作成代行サービス) with the fees (「－」
cells with two meanings), the documents made by quarter with a total column on the right and a
KPI table with 目標 / 実績 / 達成率 and a mark column (◎ ○ △); see README.md beside this file.

    python make_heldout71.py [OUTPUT_DIR]          # default: this file's directory

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

EPR_PDF = "natsume_kaigai_epr_hojokin_kofu_yoko_r7.pdf"
ITAKU_PDF = "natsume_kaigai_gyomu_itaku_jittai_chosa_r6.pdf"
SHORUI_PDF = "natsume_yushutsu_shorui_sakusei_service_riyo_annai_r7.pdf"
ALL_PDFS = (EPR_PDF, ITAKU_PDF, SHORUI_PDF)

UNITS = ("千円", "万円", "円", "件", "人", "社", "者", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
DASH = "－"  # a cell with no figure; no gold cell (see README)
MINUS = "▲"  # printed before a decrease
MARKS = ("◎", "○", "△")
PHONE_PREFIX = "099-75"  # every phone number of the set: 099-75x-xxxx
MAIL_DOMAIN = "@example.jp"
OTHER_PREFS = ("樟県",)  # the other helper's prefecture, named in no document


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
    """(number, unit) as printed after NFKC, a leading ▲ making it negative; (None, None) for text."""
    v = nfkc(value).strip()
    sign = 1
    if v.startswith(MINUS):
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


def pct1(k, n) -> Decimal:
    """k / n in per cent with one decimal, rounded half up."""
    return half_up(Decimal(k) * 100 / Decimal(n), "0.1")


def cell(x) -> str:
    """A table cell: an int as docgen prints it (single digits full-width), a Decimal with one
    decimal, None as 「－」."""
    if x is None:
        return DASH
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def signed(n: int) -> str:
    """A 増減 cell: decreases with ▲, no sign for increases."""
    return f"{MINUS}{fw(-n)}" if n < 0 else fw(n)


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf and optional columns that
    cover a range of fiscal years (the 増減 column)."""

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
            if value == DASH:  # no figure printed: no gold cell
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


def article(head: str, text: str, items=()):
    """An article: its caption （趣旨）, 第n条 and text, then its items （１）…."""
    out = [P(head, pstyle("article_head", docgen.GOTHIC, 10.5, 17, spaceBefore=4, keepWithNext=1))]
    out.append(P(text, hanging(0, 3)))
    out += [P(f"（{fw(i)}）{t}", hanging(1, 2)) for i, t in enumerate(items, 1)]
    return out


PREF = "棗県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: EPR subsidy, grant guideline
EPR = f"{PREF}海外拡大生産者責任対応支援補助金"
EPR_DEPT = f"{PREF} 商工観光部 海外展開支援課"
ZAIDAN = f"公益財団法人{PREF}産業振興財団"
RATES = [  # 経費区分; 補助率（％）: 中小企業者, 小規模企業者; 上限額（千円）: ＥＵ・英国, その他の国・地域 (令和７年度)
    ("登録・届出の手数料", 50, 70, 300, 200), ("認定代理人への委託費", 50, 70, 600, 400),
    ("包装材等の量の調査・算定", 50, 70, 400, 300), ("初回の申告書類の作成", 40, 60, 200, 150),
    ("専門家による助言", 40, 60, 150, 100),
]
FIRM_CAP, FIRM_CAP_EU = 120, 150  # 第４条第２項: 万円 per firm and year (その他 / ＥＵ・英国を含む場合)
EU_MARKETS = ("ドイツ", "フランス", "イタリア", "オランダ", "英国")  # rows of (c) in the ＥＵ・英国 column
RECORD = [  # 年度, 申請件数, 交付件数, うち小規模企業者, 交付額（千円）
    (2021, 7, 5, 1, 2140), (2022, 12, 9, 3, 4870), (2023, 18, 14, 5, 8310), (2024, 25, 19, 8, 11620),
]
MARKET_YEARS = (2023, 2024)
MARKETS = [  # 対象市場: 交付件数 in 令和５, ６年度
    ("ドイツ", 4, 5), ("フランス", 3, 2), ("英国", 2, 4), ("イタリア", 1, 1), ("オランダ", 1, 2),
    ("韓国", 2, 1), ("台湾", 1, 2), ("その他", 0, 2),
]
EPR_CASES = [  # 見出し, 対象市場, 補助対象経費, 補助金の額 (same labels in every sibling section); rate column, cap column
    ("菓子製造業Ａ社（棗市）", "ドイツ", "認定代理人への委託費、包装材等の量の調査・算定", "56万円", 1, 3),
    ("雑貨卸売業Ｂ社（風早市）", "英国", "登録・届出の手数料、専門家による助言", "31万円", 2, 3),
    ("化粧品製造業Ｃ社（石蕗町）", "韓国", "包装材等の量の調査・算定、初回の申告書類の作成", "27万円", 1, 4),
]
EXCLUDED = [  # 第５条: 補助の対象としない経費
    "包装材、容器又は表示の設計変更及び製作に要する経費",
    "拡大生産者責任制度に基づき２年度目以降に負担する費用（リサイクル料金、年会費等）",
    "製品及び包装材の回収又は運搬に要する経費",
    "交付決定の日より前に発注し、又は支払った経費",
]


def epr_specs():
    rates = TableSpec(
        key="rates", doc=EPR_PDF, title="補助対象経費ごとの補助率と上限額",
        header=[["経費区分", "補助率（％）", "", "上限額（千円）", ""],
                ["", "中小企業者", "小規模企業者", "ＥＵ・英国", "その他の国・地域"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in RATES],
        col_widths=[50 * mm, 26 * mm, 27 * mm, 26 * mm, 31 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    record = TableSpec(
        key="record", doc=EPR_PDF, title="交付の実績",
        header=[["年度", "申請\n件数（件）", "交付\n件数（件）", "うち小規模\n企業者（件）", "交付額\n（千円）"]],
        rows=[[era(y), fw(a), fw(b), fw(p), fw(g)] for y, a, b, p, g in RECORD],
        col_widths=[30 * mm, 28 * mm, 28 * mm, 30 * mm, 30 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), signed(b - a)] for n, a, b in MARKETS]
    ta, tb = sum(r[1] for r in MARKETS), sum(r[2] for r in MARKETS)
    rows.append(["合計", fw(ta), fw(tb), signed(tb - ta)])
    markets = TableSpec(
        key="markets", doc=EPR_PDF, title="対象市場別の交付件数",
        header=[["対象市場"] + [era(y) for y in MARKET_YEARS] + ["増減"]],
        rows=rows, col_widths=[40 * mm, 30 * mm, 30 * mm, 26 * mm], unit="件",
    )
    markets.col_range = {3: [MARKET_YEARS[0], MARKET_YEARS[-1]]}
    return rates, record, markets


def epr_story(specs):
    rates, record, markets = specs
    n_all, amt_all = sum(r[2] for r in RECORD), sum(r[4] for r in RECORD)
    last = RECORD[-1]
    st = [P(f"{EPR}交付要綱", TITLE),
          P("令和３年３月26日制定　令和７年３月24日改正", DATE_RIGHT), P(EPR_DEPT, DATE_RIGHT)]
    st += article("（趣旨）", f"第１条　この要綱は、県内の中小企業者が輸出先の国又は地域の拡大生産者責任制度に対応するために要する経費に対し、予算の範囲内で{EPR}（以下「補助金」という。）を交付することについて、{PREF}補助金等交付規則（平成10年{PREF}規則第12号）に定めるもののほか、必要な事項を定めるものとする。")
    st += article("（定義）", "第２条　この要綱において「拡大生産者責任制度」とは、海外の国又は地域の法令により、製品又は包装材を市場に出す者に対し、その回収及びリサイクルに要する費用の負担、登録、報告等を求める制度をいう。「認定代理人」とは、拡大生産者責任制度に基づき、国外の事業者に代わって登録及び報告を行う現地の者をいう。「小規模企業者」とは、常時使用する従業員の数が20人（商業又はサービス業は５人）以下の中小企業者をいう。また、「対象市場」とは、補助事業により製品を出荷する国又は地域をいう。")
    st += article("（補助対象者）", "第３条　補助金の交付の対象となる者は、県内に本社又は主たる事業所を有する中小企業者で、次の各号のいずれにも該当するものとする。",
                  ["対象市場に製品を出荷し、又は出荷しようとしていること。", "対象市場の拡大生産者責任制度に、自社の名義で初めて対応すること。"])
    st += article("（補助対象経費等）", "第４条　補助対象経費、補助率及び補助金の額の上限は、別表のとおりとする。")
    st += [P(f"２　補助金の額は、１事業者当たり１年度につき{FIRM_CAP}万円（対象市場にＥＵ加盟国又は英国を含む場合は{FIRM_CAP_EU}万円）を上限とし、千円未満の端数は切り捨てる。", hanging(0, 1))]
    st += article("（補助の対象としない経費）", "第５条　次に掲げる経費は、補助の対象としない。", EXCLUDED)
    st += article("（交付の申請）", "第６条　補助金の交付を受けようとする者は、交付申請書（様式第１号）に事業計画書、経費の見積書の写し及び対象市場の制度の概要が分かる資料を添えて、知事が別に定める期間内に提出しなければならない。")
    st += article("（交付の決定）", "第７条　知事は、前条の申請があったときは、その内容を審査し、交付の可否を決定して申請者に通知するものとする。")
    st += article("（実績報告等）", "第８条　補助事業者は、補助事業が完了した日から30日以内又は令和８年２月27日のいずれか早い日までに、実績報告書（様式第５号）を提出しなければならない。")
    st += [P("２　補助事業者は、補助事業が完了した年度の翌年度から２年間、対象市場での登録及び申告の状況を毎年度知事に報告しなければならない。", hanging(0, 1))]
    st += [P("附　則", H1)]
    st += paras("この要綱は、令和３年（2021年）４月１日から施行する。", 0)
    st += [P("附　則（令和７年３月24日改正）", H1)]
    st += paras("この要綱は、令和７年４月１日から施行し、令和７年度の予算に係る補助金から適用する。", 0)
    st += [P("別表（第４条関係）", H1)]
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「小規模企業者」の欄は、第２条に定める小規模企業者に適用し、それ以外の中小企業者には「中小企業者」の欄を適用する。",
        "※２ 上限額は経費区分ごとの額であり、対象市場にＥＵ加盟国又は英国を含む場合は「ＥＵ・英国」の欄を、それ以外の場合は「その他の国・地域」の欄を適用する。",
        "※３ 認定代理人への委託費は、最初の１年分に限る。",
    ])
    st += [P("（参考１）交付の実績", H1)]
    st += paras(f"""
制度を始めた令和３年度から令和６年度までに、延べ{n_all}件、{amt_all:,}千円を交付した。令和６年度は{last[1]}件の申請があり、{last[2]}件に交付した（うち小規模企業者{fw(last[3])}件）。対象市場別では、令和６年度はドイツが最も多く、英国が前年度の２倍になった。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += [caption(markets.title, "（単位：件）"), markets.flowable(), Spacer(1, 2)]
    st += notes([
        "※４ 件数は、補助事業ごとに主な対象市場１か国・地域で数えた。「その他」は、令和６年度のスペイン及びカナダである。",
    ])
    st += [P("（参考２）活用事例（令和６年度）", H1)]
    for i, (head, where, what, amount, _r, _c) in enumerate(EPR_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("対象市場", where), ("補助対象経費", what), ("補助金の額", amount)], 1)
    st += [P("（参考３）よくある質問", H1)]
    qa = [
        ("２年目以降の年会費やリサイクル料金も、補助の対象になりますか。",
         "対象になりません（第５条）。補助の対象は、制度に初めて対応するための経費です。"),
        ("一つの申請で、複数の国を対象市場にできますか。",
         "できます。ただし、補助金の額の上限は、１事業者当たり１年度の額です（第４条第２項）。"),
        ("現地の輸入者がすでに登録している場合も、対象になりますか。",
         "自社の名義で新たに登録する場合に限り、対象になります。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{EPR_DEPT} 制度推進班　電話：099-751-4120　ファクス：099-751-4129",
        f"{ZAIDAN} 海外展開相談デスク（事前相談）　電話：099-751-4300",
        "電子メール：natsume-epr@example.jp",
    ]))
    return st


# ================================================================ document 2: outsourcing abroad, survey report
ITAKU = f"{PREF}内企業の海外への業務委託に関する実態調査"
ITAKU_DEPT = f"{PREF} 商工観光部 国際経済室"
TARGET = 1500  # 調査対象の企業
PREV_SHARE = Decimal("17.5")  # 前回調査（令和３年度）の委託実施企業の割合 (prose only)
INDUSTRIES = [  # 業種, 回答企業数（社）, 委託実施企業（社）, 委託先の技術者数（人） (令和６年10月１日現在)
    ("情報サービス業", 58, 31, 412), ("食料品製造業", 71, 6, 18), ("金属製品製造業", 64, 9, 37),
    ("機械器具製造業", 82, 24, 196), ("電気機械器具製造業", 53, 19, 173), ("卸売業", 69, 14, 61),
    ("小売業", 57, 9, 44), ("建設業", 66, 11, 58), ("その他のサービス業", 92, 25, 139),
]
SIZES = (("中小企業", 541, 109), ("大企業", 71, 39))  # 回答企業数, うち委託実施企業
COUNTRIES = [  # 主な委託先, 委託実施企業数（社）, 技術者数（人）, １人月の平均単価（千円）
    ("ベトナム", 52, 418, 412), ("インド", 18, 176, 538), ("フィリピン", 21, 143, 389), ("中国", 27, 196, 467),
    ("ミャンマー", 9, 61, 318), ("バングラデシュ", 6, 44, 296), ("その他", 15, 100, 571),
]
ISSUES = [  # 委託の課題, 回答数: 大企業, 中小企業 (複数回答)
    ("言葉や時差によるやり取りの難しさ", 21, 58), ("成果物の品質のばらつき", 17, 49),
    ("為替（円安）による委託費の上昇", 14, 51), ("ブリッジ人材の不足", 9, 37),
    ("情報セキュリティへの不安", 16, 22), ("納期の遅れ", 8, 19),
]
ITAKU_CASES = [  # 見出し, 主な委託先, 委託している業務, 委託している技術者 (same labels in every sibling section)
    ("ソフトウェア開発業Ｄ社（棗市）", "ベトナム", "スマートフォン向けアプリの開発とテスト", "12人"),
    ("機械器具製造業Ｅ社（風早市）", "インド", "設計図面の作成とＣＡＤデータの変換", "８人"),
    ("卸売業Ｆ社（石蕗町）", "フィリピン", "受発注データの入力と在庫表の更新", "５人"),
]


def respondents() -> int:
    return sum(r[1] for r in INDUSTRIES)


def outsourcers() -> int:
    return sum(r[2] for r in INDUSTRIES)


def engineers() -> int:
    return sum(r[3] for r in INDUSTRIES)


def overall_price() -> int:
    """The engineers-weighted average 単価 (prose only; 「－」 in the 合計 row)."""
    return int(half_up(Decimal(sum(c[2] * c[3] for c in COUNTRIES)) / Decimal(engineers()), "1"))


def itaku_specs():
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in INDUSTRIES]
    rows.append(["合計"] + [fw(sum(r[j] for r in INDUSTRIES)) for j in (1, 2, 3)])
    industries = TableSpec(
        key="industries", doc=ITAKU_PDF, title="業種別の回答企業と委託の実施状況",
        header=[["業種", "回答企業数（社）", "委託実施企業（社）", "委託先の技術者数（人）"]],
        rows=rows, col_widths=[44 * mm, 34 * mm, 36 * mm, 42 * mm], table_fy=2024, repeat_header=False,
    )
    industries.unit = lambda row, c, s=industries: bracket_unit(s.column_label(c))
    crow = [[n, fw(a), fw(b), fw(p)] for n, a, b, p in COUNTRIES]
    crow.append(["合計", fw(sum(c[1] for c in COUNTRIES)), fw(sum(c[2] for c in COUNTRIES)), DASH])
    countries = TableSpec(
        key="countries", doc=ITAKU_PDF, title="主な委託先の国・地域別の状況",
        header=[["主な委託先", "委託実施\n企業数（社）", "技術者数\n（人）", "１人月の平均\n単価（千円）"]],
        rows=crow, col_widths=[40 * mm, 32 * mm, 30 * mm, 34 * mm], table_fy=2024,
    )
    countries.unit = lambda row, c, s=countries: bracket_unit(s.column_label(c))
    n_l, n_s = SIZES[1][2], SIZES[0][2]
    issues = TableSpec(
        key="issues", doc=ITAKU_PDF, title="海外への業務委託の課題（複数回答）",
        header=[["委託の課題", "全体", "大企業", "中小企業"]],
        rows=[[x, cell(pct1(a + b, n_l + n_s)), cell(pct1(a, n_l)), cell(pct1(b, n_s))] for x, a, b in ISSUES],
        col_widths=[72 * mm, 24 * mm, 24 * mm, 24 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return industries, countries, issues


def itaku_story(specs):
    industries, countries, issues = specs
    total, n = respondents(), outsourcers()
    (s_name, s_n, s_t), (l_name, l_n, l_t) = SIZES
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{ITAKU} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年１月", DATE_RIGHT), P(ITAKU_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県内企業がソフトウェアの開発等を海外の事業者に委託している実態と課題を把握し、今後の支援策の検討に役立てるため"),
        ("調査対象", f"県内に本社を置く企業 {TARGET:,}社（無作為抽出）"),
        ("調査基準日", "令和６年（2024年）10月１日"),
        ("調査期間", "令和６年10月７日から11月８日まで"),
        ("調査方法", "郵送及びウェブによるアンケート"),
        ("回答数", f"{total}社（回答率{pct1(total, TARGET)}％）"),
        ("主な調査項目", "委託の有無、委託している業務、主な委託先、委託先の技術者数、１人月の単価、委託の課題"),
    ], 0)
    st += paras("""
この報告書において「海外への業務委託」とは、ソフトウェアの開発、設計、データ入力等の業務の全部又は一部を、海外に所在する事業者に委託することをいい、自社の海外拠点に行わせるものは含まない。「委託実施企業」とは、調査基準日において海外への業務委託を行っている企業をいう。また、「ブリッジ人材」とは、委託先と日本側の間に立ち、仕様の説明や進み具合の確認を行う人材をいう。
""", 0)
    st += [P("２　委託の実施状況", H1)]
    st += paras(f"""
海外への業務委託を行っている企業は、回答企業{total}社のうち{n}社（{pct1(n, total)}％）で、前回調査（令和３年度）の{PREV_SHARE}％から増えた。委託先で県内企業の業務に携わる技術者は、合わせて{engineers():,}人である。委託している業務は、ソフトウェアの開発が最も多く、次いで設計図面の作成、データ入力の順であった。委託を始めた時期は、令和２年度以降とする企業が半数を超える。委託の理由（複数回答）は「国内で技術者を確保できない」が最も多く、「委託費を抑えられる」がこれに続いた。
業種別では、情報サービス業が委託実施企業数、技術者数ともに最も多い。製造業では機械器具製造業と電気機械器具製造業が多く、食料品製造業は少ない。企業規模別では、大企業は{l_n}社のうち{l_t}社が委託を行っているが、中小企業は{s_n}社のうち{s_t}社にとどまった。
""", 0)
    st += [caption(industries.title, "（令和６年10月１日現在）", keep=False), industries.flowable(), Spacer(1, 2)]
    st += notes(["※１ 「その他のサービス業」は、広告業、設計業、コールセンター業等である。"])
    st += [P("３　主な委託先", H1)]
    st += paras(f"""
委託実施企業に、最も多く委託している国・地域を一つ選んでもらった。ベトナムが企業数、技術者数ともに最も多い。１人月の平均単価は、全体では{overall_price()}千円であった。
""", 0)
    st += [caption(countries.title), countries.flowable(), Spacer(1, 2)]
    st += notes([
        "※２ 「１人月」とは、技術者１人が１か月間業務に従事する量をいう。平均単価は、委託実施企業が回答した単価を技術者数で加重平均したものである。",
        "※３ 「その他」は、タイ、インドネシア、ウクライナ等である。",
    ])
    st += [P("４　企業の事例", H1)]
    for i, (head, where, what, people) in enumerate(ITAKU_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な委託先", where), ("委託している業務", what), ("委託している技術者", people)], 1)
    st += [P("５　委託の課題", H1)]
    st += paras("""
全体、大企業、中小企業のいずれでも「言葉や時差によるやり取りの難しさ」が最も多かった。大企業では「成果物の品質のばらつき」が、中小企業では「為替（円安）による委託費の上昇」が２番目に多い。
""", 0)
    st += [caption(issues.title, "（単位：％）"), issues.flowable(), Spacer(1, 2)]
    st += notes([
        f"※４ 委託実施企業（全体{n}社、大企業{l_t}社、中小企業{s_t}社）が回答した。複数回答のため、合計は100％にならない。",
    ])
    st += [P("６　県への主な要望（自由記述）", H1)]
    st += bullets([
        "ブリッジ人材を育てる研修を開いてほしい。",
        "委託先を選ぶときに使える、国・地域ごとの情報をまとめてほしい。",
        "委託契約の結び方について、専門家に相談できる窓口がほしい。",
    ], 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        "① ブリッジ人材の育成講座を、令和７年度に２回開く。",
        "② 海外の委託先を選ぶための手引を作り、県のウェブサイトに掲載する。",
        f"③ {ZAIDAN}の海外展開相談デスクで、委託契約の相談を受け付ける。",
        "④ 次回の調査は、令和９年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{ITAKU_DEPT} 調査企画班　電話：099-754-2210　ファクス：099-754-2219",
        f"{ZAIDAN} 海外展開相談デスク（委託契約の相談）　電話：099-754-2300",
        "電子メール：natsume-kokusai@example.jp",
    ]))
    return st


# ================================================================ document 3: export-document service, user guide
SHORUI = f"{PREF}輸出書類作成代行サービス"
SHORUI_DEPT = f"{PREF} 商工観光部 貿易振興室"
KAI = f"公益社団法人{PREF}貿易振興会"
PLANS = [  # 見出し, 対象となる方, 作成する書類, 仕上がりまでの期間 (same labels in every sibling section)
    ("スポット作成", "必要なときに１件ずつ依頼したい事業者", "依頼のあった書類（料金表の区分ごと）", "資料がそろった日から３営業日以内"),
    ("定期作成プラン", "毎月決まった輸出先に出荷する事業者（６か月以上の契約）", "依頼のあった書類（料金表の区分ごと、料金は１割引き）",
     "資料がそろった日から２営業日以内"),
    ("初回伴走プラン", "初めて輸出する県内中小企業", "書類一式（担当者が作り方を説明しながら作成）", "資料がそろった日から５営業日以内"),
]
FEES = [  # 区分, 基本料金（円）, １品目追加ごと（円）, 至急対応の加算（円） (令和７年度; None = 「－」)
    ("インボイス・パッキングリスト", 4000, 300, 2000), ("シッピング・インストラクション", 2500, None, 1500),
    ("原産地証明書の申請書類", 3500, 200, None), ("書類一式（上記３種）", 8500, 400, 3000),
    ("既存書類の点検", 1500, None, None),
]
BASE_ITEMS = 5  # note ※２: items included in the 基本料金
QUARTERS = [  # 書類の種類, 第１–第４四半期の作成件数 (令和６年度)
    ("インボイス・パッキングリスト", 38, 45, 52, 61), ("シッピング・インストラクション", 12, 15, 14, 19),
    ("原産地証明書の申請書類", 9, 11, 16, 13), ("書類一式", 21, 26, 33, 37), ("既存書類の点検", 7, 8, 6, 10),
]
PREV_YEAR = 318  # 令和５年度の作成件数 (prose only)
KPIS = [  # 指標, 目標, 実績 (令和６年度); the first two figures come from (h) and the prose
    ("作成件数（件）", 400, None), ("利用事業者数（者）", 120, 104), ("初めて輸出した事業者（者）", 20, 13),
    ("利用者満足度（％）", 90, Decimal("92.4")), ("期限内の仕上がり率（％）", 98, Decimal("96.5")),
]


def mark(rate: int) -> str:
    return "◎" if rate >= 100 else "○" if rate >= 80 else "△"


def quarter_total() -> int:
    return sum(sum(r[1:]) for r in QUARTERS)


def kpi_rows():
    out = []
    for name, target, actual in KPIS:
        actual = quarter_total() if actual is None else actual
        out.append((name, target, actual, int(half_up(Decimal(actual) * 100 / Decimal(target), "1"))))
    return out


def shorui_specs():
    fees = TableSpec(
        key="fees", doc=SHORUI_PDF, title="区分別の料金",
        header=[["区分", "基本料金（円）", "１品目追加ごと（円）", "至急対応の加算（円）"]],
        rows=[[n, cell(a), cell(b), cell(c)] for n, a, b, c in FEES],
        col_widths=[60 * mm, 32 * mm, 36 * mm, 36 * mm], table_fy=2025,
    )
    fees.unit = lambda row, c, s=fees: bracket_unit(s.column_label(c))
    rows = [[n] + [fw(x) for x in q] + [fw(sum(q))] for n, *q in QUARTERS]
    rows.append(["合計"] + [fw(sum(r[j] for r in QUARTERS)) for j in (1, 2, 3, 4)] + [fw(quarter_total())])
    quarters = TableSpec(
        key="quarters", doc=SHORUI_PDF, title="書類の種類別・四半期別の作成件数",
        header=[["書類の種類", "第１四半期", "第２四半期", "第３四半期", "第４四半期", "計"]],
        rows=rows, col_widths=[56 * mm, 22 * mm, 22 * mm, 22 * mm, 22 * mm, 20 * mm], unit="件", table_fy=2024,
    )
    kpi = TableSpec(
        key="kpi", doc=SHORUI_PDF, title="成果指標の目標と実績",
        header=[["指標", "目標", "実績", "達成率（％）", "評価"]],
        rows=[[n, cell(t), cell(a), fw(r), mark(r)] for n, t, a, r in kpi_rows()],
        col_widths=[58 * mm, 24 * mm, 24 * mm, 28 * mm, 18 * mm], value_cols=[1, 2, 3], table_fy=2024,
    )
    kpi.unit = lambda row, c, s=kpi: bracket_unit(s.column_label(c)) or bracket_unit(row[0])
    return fees, quarters, kpi


def shorui_story(specs):
    fees, quarters, kpi = specs
    total = quarter_total()
    users = dict((r[0], r[2]) for r in kpi_rows())["利用事業者数（者）"]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{SHORUI} 利用案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(SHORUI_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　サービスの概要", H1)]
    st += paras("""
このサービスは、輸出に慣れていない県内の事業者に代わって、貨物の出荷に必要な書類を作成するものです。事業者からお預かりした注文書、商品の一覧等をもとに、経験のある担当者が書類を作り、通関業者や船会社に渡せる形でお返しします。
""", 0)
    st += lv_lines([
        ("サービス名", SHORUI),
        ("実施主体", PREF),
        ("運営", f"{KAI}（県からの委託）"),
        ("利用できる者", "県内に事業所を有する事業者（個人事業主を含む。）"),
        ("受付時間", "平日９時から17時まで（メールでの依頼は24時間）"),
        ("実施期間", "令和７年４月１日から令和８年３月31日まで"),
    ], 0)
    st += paras("""
この案内において「輸出書類」とは、インボイス（商業送り状）、パッキングリスト（梱包明細書）、シッピング・インストラクション（船積依頼書）及び原産地証明書の申請書類をいいます。「１件」とは、１回の出荷（同じ日に同じ輸出先へ送るもの）に係る書類をいい、注文書の数にかかわらず１件と数えます。また、「品目」とは、インボイスに１行で記載する商品（品番が同じもの）をいいます。
""", 0)
    st += [P("２　利用の方法", H1)]
    for i, (head, who, what, when) in enumerate(PLANS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("対象となる方", who), ("作成する書類", what), ("仕上がりまでの期間", when)], 1)
    st += [P("３　料金", H1)]
    st += paras("料金は１件当たりの額で、区分ごとに次のとおりです（県内中小企業の額、消費税込み）。", 0)
    st += [caption(fees.title, "（令和７年度）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 県内中小企業以外の事業者の料金は、上表の額の２倍とします。初回伴走プランの料金は、書類一式の額と同じです。",
        f"※２ 基本料金には{fw(BASE_ITEMS)}品目までの記載を含みます。{fw(BASE_ITEMS + 1)}品目以上の場合は、{fw(BASE_ITEMS)}品目を超える１品目ごとに追加の料金がかかります。",
        "※３ 「１品目追加ごと」欄の「－」は追加の料金がかからないことを、「至急対応の加算」欄の「－」は至急対応を受け付けないことを示します。「至急対応」とは、受付の翌営業日の正午までに仕上げることをいいます。",
    ])
    st += [P("４　依頼から受取までの流れ", H1)]
    st += numbered([
        "① 依頼（メール又は窓口で、注文書、商品の一覧及び輸出先を提出）",
        "② 内容の確認と料金の案内（依頼の翌営業日まで）",
        "③ 書類の作成（不足する資料があれば、担当者から連絡します）",
        "④ 書類の確認（事業者が内容を確認し、署名します）",
        "⑤ 書類の受取とお支払（請求書による銀行振込み）",
    ], 0)
    st += [P("５　利用の状況", H1)]
    st += paras(f"""
令和６年度の作成件数は{total}件で、前年度の{PREV_YEAR}件から{total - PREV_YEAR}件増えました。利用した事業者は{users}事業者です。四半期別では第４四半期が最も多く、書類の種類別ではインボイス・パッキングリストが最も多くなっています。
""", 0)
    st += [caption(quarters.title, "（令和６年度、単位：件）"), quarters.flowable(), Spacer(1, 2)]
    st += notes(["※４ 第１四半期は４月から６月まで、第２四半期は７月から９月まで、第３四半期は10月から12月まで、第４四半期は１月から３月までです。"])
    st += [caption(kpi.title, "（令和６年度）"), kpi.flowable(), Spacer(1, 2)]
    st += notes(["※５ 評価は、達成率が100％以上のものを「◎」、80％以上100％未満のものを「○」、80％未満のものを「△」としました。利用者満足度は、利用後のアンケートで「満足」又は「やや満足」と答えた割合です。"])
    st += [P("６　利用上の注意", H1)]
    st += bullets([
        "書類の内容（品名、数量、価格等）は、事業者からお預かりした資料に基づきます。最終的な確認は事業者が行ってください。",
        "輸出の許可や通関の手続そのものは行いません。通関は通関業者にご依頼ください。",
        "お預かりした資料は、書類のお渡しから１年間保管した後、廃棄します。",
        "定期作成プランを途中で解約する場合は、１か月前までにお知らせください。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{SHORUI_DEPT} 貿易支援班　電話：099-757-3610　ファクス：099-757-3619",
        f"{KAI}（依頼・書類の受取）　電話：099-757-3700",
        "電子メール：natsume-shorui@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return epr_specs() + itaku_specs() + shorui_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    especs, ispecs, sspecs = epr_specs(), itaku_specs(), shorui_specs()
    edoc = build_pdf(docs_dir / EPR_PDF, especs, epr_story(especs),
                     f"{EPR}交付要綱", "令和７年３月24日改正", EPR_DEPT)
    idoc = build_pdf(docs_dir / ITAKU_PDF, ispecs, itaku_story(ispecs),
                     f"令和６年度 {ITAKU} 報告書", "令和７年１月", ITAKU_DEPT)
    sdoc = build_pdf(docs_dir / SHORUI_PDF, sspecs, shorui_story(sspecs),
                     f"令和７年度 {SHORUI} 利用案内", "令和７年４月", SHORUI_DEPT)
    gold = all_gold({EPR_PDF: edoc.row_pages, ITAKU_PDF: idoc.row_pages, SHORUI_PDF: sdoc.row_pages})
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
    # --- epr: the EPR subsidy guideline, tables (a) (b) (c), articles, definitions, sibling sections, Q&A
    dict(question="従業員15人で精密部品をつくっている会社が、フランスに出荷する製品の包装材の量を調べて算定してもらいたいそうです。補助率は何％になりますか？",
         category="epr", doc=EPR_PDF,
         evidence=["常時使用する従業員の数が20人", "包装材等の量の調査・算定 50 70 400 300"], answer=["70"],
         notes="two facts: a manufacturer with 15 employees is within the 20人 of 小規模企業者 (definition in 第２条), and "
               "note ※１ puts it under the 小規模企業者 leaf; (a) two-level header, leaf 補助率（％）／小規模企業者; 50 "
               "(中小企業者) is the trap, 400 and 300 are caps"),
    dict(question="2025年度の補助で、オランダ向けの製品について現地の認定代理人に登録を任せる費用は、上限いくらまで補助されますか？",
         category="epr", doc=EPR_PDF,
         evidence=["対象市場にＥＵ加盟国又は英国を含む場合は「ＥＵ・英国」の欄を", "認定代理人への委託費 50 70 600 400"],
         answer=["600"],
         notes="two facts: オランダ is an EU member, so note ※２ applies the ＥＵ・英国 column; (a) leaf "
               "上限額（千円）／ＥＵ・英国 (600千円); 400 (その他の国・地域) is the trap; 2025年度 = 令和７年度 (the "
               "guideline prints only 2021年 in Western form)"),
    dict(question="社員が８人いる雑貨の小売店が、英国向けの制度について専門家の助言を受けたいそうです。費用が35万円かかる場合、補助金はいくらになりますか？",
         category="epr", doc=EPR_PDF,
         evidence=["商業又はサービス業は５人", "専門家による助言 40 60 150 100"], answer=["14万円"], computed=True,
         notes="three facts: a shop is 商業, so 8 employees is above the 5人 of 小規模企業者 (第２条) and the "
               "中小企業者 rate applies (note ※１); 英国 takes the ＥＵ・英国 cap (note ※２); (a): 350千円 × 40% = "
               "140千円, under the cap 150千円 → 14万円. 60% (→ 21万円, capped at 15万円) is the trap"),
    dict(question="2023年度には、この補助金は何件に交付されましたか？",
         category="epr", doc=EPR_PDF, evidence=["令和５年度 18 14 ５ 8,310"], answer=["14"],
         notes="(b) years as rows with header cells printed over two lines (交付\\n件数（件）): 2023年度 = 令和５年度; "
               "18 (申請件数) and ５ (うち小規模企業者) are the traps"),
    dict(question="令和３年度から令和６年度までに交付された補助金は、１件当たり平均でいくらになりますか？",
         category="epr", doc=EPR_PDF, evidence=["延べ47件、26,940千円"], answer=["573.2千円"], computed=True,
         notes="the four-year totals in the prose of （参考１） (also the sums of (b)): 26,940 / 47 = 573.2千円"),
    dict(question="2024年度に交付を受けた事業者のうち、小規模企業者は何％でしたか？",
         category="epr", doc=EPR_PDF, evidence=["令和６年度 25 19 ８ 11,620"], answer=["42.1%"], computed=True,
         notes="(b) share within a row: 8 / 19 = 42.1 % (2024年度 = 令和６年度); 8 / 25 = 32.0 % of the "
               "applications is a wrong reading"),
    dict(question="英国を対象市場にした交付は、前の年度と比べて何件増えましたか？",
         category="epr", doc=EPR_PDF, evidence=["英国 ２ ４ ２"], answer=["２"],
         notes="(c) 増減 column (令和５年度 → 令和６年度; the prose says 英国 doubled); ４ (令和６年度) is the trap"),
    dict(question="令和６年度に、フランス向けの交付件数は前年度からどう変わりましたか？",
         category="epr", doc=EPR_PDF, evidence=["フランス ３ ２ ▲１"], answer=["▲１"],
         notes="(c) 増減 column printing decreases with ▲: ▲１ = one fewer (３ → ２); an answer of 「１件減った」 is "
               "the same; 「１件増えた」 (reading ▲ as nothing) is the trap"),
    dict(question="化粧品をつくっている会社の活用事例では、補助金はいくら出ましたか？",
         category="epr", doc=EPR_PDF, evidence=["（３）化粧品製造業Ｃ社", "補助金の額：27万円"], answer=["27万円"],
         notes="sibling sections （１）–（３） of （参考２） share the labels 対象市場, 補助対象経費, 補助金の額; "
               "（３）化粧品製造業Ｃ社; 56万円 and 31万円 are the siblings' values"),
    dict(question="ＥＵ向けに、商品ラベルのリサイクル表示を作り直す費用は、この補助金の対象になりますか？",
         category="epr", doc=EPR_PDF,
         evidence=["次に掲げる経費は、補助の対象としない", "包装材、容器又は表示の設計変更及び製作に要する経費"],
         answer=["補助の対象としない"],
         notes="第５条 item （１） (表示の設計変更及び製作); 包装材等の量の調査・算定 (covered) is a near miss"),
    dict(question="取引先の現地の輸入者がすでに登録を済ませている場合でも、この補助金は使えますか？",
         category="epr", doc=EPR_PDF, evidence=["自社の名義で新たに登録する場合に限り"],
         answer=["自社の名義で新たに登録する場合"],
         notes="Q&A: Ａ of Ｑ３ (only when the firm registers anew in its own name; also 第３条（２）)"),
    # --- itaku: the survey of outsourcing abroad, tables (d) (e) (f), definitions, sibling sections
    dict(question="海外への業務委託の調査では、回答率は何％でしたか？",
         category="itaku", doc=ITAKU_PDF, evidence=["回答数：612社（回答率40.8％）"], answer=["40.8"],
         notes="「label：value」 line 回答数 (612 of the 1,500社 of 調査対象); 24.2 % (委託実施企業) is a near miss"),
    dict(question="ベトナムにある自社の子会社にアプリ開発を任せている場合、この調査でいう「海外への業務委託」に当たりますか？",
         category="itaku", doc=ITAKU_PDF, evidence=["自社の海外拠点に行わせるものは含まない"], answer=["含まない"],
         notes="definition 「海外への業務委託」とは…自社の海外拠点に行わせるものは含まない (no)"),
    dict(question="主な委託先として、企業数が２番目に多い国・地域はどこですか？",
         category="itaku", doc=ITAKU_PDF, evidence=["中国 27 196 467"], answer=["中国"],
         notes="(e) ranking in the column 委託実施企業数（社）: ベトナム 52, 中国 27, フィリピン 21 (the rows are not "
               "sorted; the prose names only ベトナム); second-largest"),
    dict(question="回答した中小企業のうち、海外に業務を委託している企業の割合は何％ですか？",
         category="itaku", doc=ITAKU_PDF, evidence=["中小企業は541社のうち109社"], answer=["20.1%"], computed=True,
         notes="prose of ２ (firm sizes, in no table): 109 / 541 = 20.1 % (大企業 39 / 71 and 全体 24.2 % are near misses)"),
    dict(question="小売業の会社が委託している海外の技術者は、合わせて何人ですか？",
         category="itaku", doc=ITAKU_PDF, evidence=["小売業 57 ９ 44"], answer=["44"],
         notes="(d) continuation page (no header there): row 小売業, column 委託先の技術者数（人）; ９ (委託実施企業) and "
               "57 (回答企業数) are the traps; 卸売業 (61) is the neighbouring row on page 1"),
    dict(question="機械器具製造業では、委託している企業１社当たり平均何人の技術者に委託している計算になりますか？",
         category="itaku", doc=ITAKU_PDF, evidence=["機械器具製造業 82 24 196"], answer=["8.2人"], computed=True,
         notes="(d) average in a row: 196 / 24 = 8.2人 (196 / 82 over all respondents is a wrong reading; the row "
               "電気機械器具製造業 contains the label)"),
    dict(question="2024年の調査で、インドの技術者１人に１か月働いてもらうと、平均でいくらかかっていますか？",
         category="itaku", doc=ITAKU_PDF, evidence=["技術者１人が１か月間業務に従事する量", "インド 18 176 538"],
         answer=["538"],
         notes="two facts: note ※２ defines 「１人月」; (e) header printed over two lines, column "
               "１人月の平均単価（千円） (538千円); 176 (技術者数) is the trap"),
    dict(question="主な委託先がベトナムの技術者は、委託先の技術者全体の何％を占めていますか？",
         category="itaku", doc=ITAKU_PDF, evidence=["ベトナム 52 418 412", "合計 148 1,138"], answer=["36.7%"],
         computed=True,
         notes="(e) share within a column: 418 / 1,138 = 36.7 % (52 / 148 = 35.1 % of the firms is another reading; "
               "412 is the 単価, a trap)"),
    dict(question="円安で委託費が上がったことを課題に挙げた中小企業は、どのくらいの割合ですか？",
         category="itaku", doc=ITAKU_PDF, evidence=["為替（円安）による委託費の上昇 43.9 35.9 46.8"], answer=["46.8"],
         notes="(f) unruled table, column 中小企業; 43.9 (全体) and 35.9 (大企業) are the traps"),
    dict(question="機械メーカーの事例では、何人の技術者に委託していますか？",
         category="itaku", doc=ITAKU_PDF, evidence=["（２）機械器具製造業Ｅ社", "委託している技術者：８人"], answer=["８人"],
         notes="sibling sections （１）–（３） of ４ share the labels 主な委託先, 委託している業務, 委託している技術者; "
               "（２）機械器具製造業Ｅ社; 12人 and ５人 are the siblings' values"),
    # --- shorui: the export-document service guide, tables (g) (h) (i), definitions, sibling sections
    dict(question="初めて輸出する会社向けのプランでは、書類はどのくらいで仕上がりますか？",
         category="shorui", doc=SHORUI_PDF,
         evidence=["（３）初回伴走プラン", "仕上がりまでの期間：資料がそろった日から５営業日以内"], answer=["５営業日以内"],
         notes="sibling sections （１）–（３） of ２ share the labels 対象となる方, 作成する書類, 仕上がりまでの期間; "
               "（３）初回伴走プラン; ３営業日 and ２営業日 are the siblings' values"),
    dict(question="同じ日に同じ国の取引先へ、注文書３枚分の商品をまとめて出荷します。何件として数えられますか？",
         category="shorui", doc=SHORUI_PDF, evidence=["注文書の数にかかわらず１件と数えます"], answer=["１件"],
         notes="definition 「１件」とは、１回の出荷（同じ日に同じ輸出先へ送るもの）… (asked at its boundary; ３件 is the trap)"),
    dict(question="原産地証明書の申請書類を、至急で作ってもらうことはできますか？",
         category="shorui", doc=SHORUI_PDF,
         evidence=["原産地証明書の申請書類 3,500 200", "至急対応を受け付けないことを示します"],
         answer=["至急対応を受け付けない"],
         notes="two facts: (g) the 至急対応の加算 cell of the row is 「－」, and note ※３ says a 「－」 in that column "
               "means no urgent service (in the 品目 column it means no charge); reading 「－」 as free is the trap"),
    dict(question="県内の中小企業が、８品目を載せるインボイス・パッキングリストを頼むと、料金はいくらになりますか？",
         category="shorui", doc=SHORUI_PDF,
         evidence=["インボイス・パッキングリスト 4,000 300 2,000", "基本料金には５品目までの記載を含みます"],
         answer=["4,900円"], computed=True,
         notes="two facts: note ※２ (５品目 included), (g): 4,000 + (8 − 5) × 300 = 4,900円; 6,400円 (all eight "
               "items charged) is the trap"),
    dict(question="2024年度の第３四半期に作成した原産地証明書の申請書類は何件ですか？",
         category="shorui", doc=SHORUI_PDF, evidence=["原産地証明書の申請書類 ９ 11 16 13 49"], answer=["16"],
         notes="(h) quarters as columns: 2024年度 = 令和６年度 (the guide prints no Western year); 13 (第４四半期) "
               "and 49 (計) are the traps; note ※４: 第３四半期 = October to December"),
    dict(question="令和６年度の１年間に、書類一式の作成は何件ありましたか？",
         category="shorui", doc=SHORUI_PDF, evidence=["書類一式 21 26 33 37 117"], answer=["117"],
         notes="(h) total column on the right: row 書類一式, column 計; 37 (第４四半期) is the trap; 8,500 (the fee row "
               "書類一式（上記３種） of (g)) is a near miss"),
    dict(question="令和６年度の作成件数のうち、第４四半期の分は何％を占めていますか？",
         category="shorui", doc=SHORUI_PDF, evidence=["合計 87 105 121 140 453"], answer=["30.9%"], computed=True,
         notes="(h) share within the 合計 row: 140 / 453 = 30.9 %"),
    dict(question="初めて輸出した事業者の数は、目標に対してどう評価されていますか？",
         category="shorui", doc=SHORUI_PDF, evidence=["初めて輸出した事業者（者） 20 13 65 △", "80％未満のものを「△」"],
         answer=["△"],
         notes="(i) KPI table, mark column 評価 (no gold cell) and note ※５ (△ = 達成率 below 80 %); 65 is the 達成率"),
    # --- followups
    dict(question="では、その経費で対象市場がＥＵの国なら、上限額はいくらですか？",
         category="followup", doc=EPR_PDF, evidence=["登録・届出の手数料 50 70 300 200"], answer=["300"],
         history=_turns("登録・届出の手数料は、小規模企業者でない中小企業者の場合、補助率は何％ですか？",
                        "中小企業者の補助率は50％です[1]。"),
         notes="(a) the row from the history (登録・届出の手数料), leaf 上限額（千円）／ＥＵ・英国; 200 (その他の国・地域) "
               "is the trap"),
    dict(question="その年度の交付額は、全部でいくらでしたか？",
         category="followup", doc=EPR_PDF, evidence=["令和４年度 12 ９ ３ 4,870"], answer=["4,870"],
         history=_turns("2022年度は何件の申請がありましたか？",
                        "2022年度（令和４年度）の申請は12件でした[1]。"),
         notes="(b) the year from the history (2022年度 = 令和４年度), column 交付額（千円）"),
    dict(question="そこの１人月の平均単価はいくらですか？",
         category="followup", doc=ITAKU_PDF, evidence=["フィリピン 21 143 389"], answer=["389"],
         history=_turns("主な委託先がフィリピンの企業は何社ありましたか？",
                        "フィリピンを主な委託先とする企業は21社でした[1]。"),
         notes="(e) the row from the history (フィリピン), column １人月の平均単価（千円）; 143 (技術者数) is the trap"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=SHORUI_PDF, evidence=["電話：099-757-3700"], answer=["099-757-3700"],
         history=_turns("書類作成代行の依頼や、できあがった書類の受取は、どこが窓口ですか？",
                        "依頼と書類の受取は、公益社団法人棗県貿易振興会が受け付けています[1]。"),
         notes="contact box of the guide: the 振興会's phone (second line); the 班's phone 099-757-3610 and fax "
               "099-757-3619 (first line) are the near misses"),
    dict(question="その実績は、目標を何ポイント上回りましたか？",
         category="followup", doc=SHORUI_PDF, evidence=["利用者満足度（％） 90 92.4 103 ◎"], answer=["2.4ポイント"],
         computed=True,
         history=_turns("令和６年度の利用者満足度の目標は何％でしたか？",
                        "令和６年度の利用者満足度の目標は90％でした[1]。"),
         notes="(i) KPI table, the row from the history: 92.4 − 90 = 2.4ポイント; 103 (達成率) is the trap"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="この補助金を使った会社は、その後、対象市場での売上がどのくらい伸びましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline gives applications, grants, amounts and markets, and a duty to report registrations, "
               "not the grantees' sales",
         absent=["売上", "売り上げ", "販売額"]),
    dict(question="令和６年度に申請したのに交付されなかった６件は、どんな理由でしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline gives 25 applications and 19 grants for 令和６年度, not why the others got none",
         absent=["不交付", "交付されなかった", "交付しなかった"]),
    dict(question="海外の委託先に支払っている委託費は、１社当たり年間でいくらくらいですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the price per 人月 by country and the engineers, not a firm's yearly spending",
         absent=["年間の委託費", "委託額", "年間委託"]),
    dict(question="海外への業務委託をやめた企業は何社ありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey counts the firms outsourcing at the survey date, not those that stopped",
         absent=["やめた", "中止", "取りやめ"]),
    dict(question="代行サービスで作った書類に誤りがあって、作り直した件数は何件ありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the documents made by quarter and the KPIs (期限内の仕上がり率), not corrections",
         absent=["作り直", "誤り", "再作成"]),
    dict(question="令和６年度にこのサービスで作った書類は、輸出先の国別に見るとどこ向けが多いですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the documents by kind and quarter, not by destination",
         absent=["輸出先別", "国別"]),
]
CATEGORY_COUNTS = {"epr": 11, "itaku": 10, "shorui": 8, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h71q", "h71t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H, I = (
    "補助対象経費ごとの補助率と上限額", "交付の実績", "対象市場別の交付件数",
    "業種別の回答企業と委託の実施状況", "主な委託先の国・地域別の状況", "海外への業務委託の課題（複数回答）",
    "区分別の料金", "書類の種類別・四半期別の作成件数", "成果指標の目標と実績")
LETTERS = dict(zip((A, B, C, D, E, F, G, H, I), "abcdefghi"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y, unit) -> str:
    q = half_up(Decimal(x) / Decimal(y), "0.1")
    return f"{q}{unit}"


def _man(sen: int) -> str:
    """千円 → 万円 as a grant is stated (no fraction expected)."""
    assert sen % 10 == 0
    return f"{sen // 10}万円"


COMPUTED = {  # question id -> the answer string, computed from gold cells (or, where a note says so, prose data)
    "h71q03": lambda g: _man(min(350 * g(A, "専門家による助言", "補助率（％）／中小企業者", 2025) // 100,
                                 g(A, "専門家による助言", "上限額（千円）／ＥＵ・英国", 2025))),
    "h71q05": lambda g: _avg(sum(g(B, era(y), "交付額（千円）", y) for y, *_x in RECORD),
                             sum(g(B, era(y), "交付件数（件）", y) for y, *_x in RECORD), "千円"),
    "h71q06": lambda g: _pct(g(B, "令和６年度", "うち小規模企業者（件）", 2024), g(B, "令和６年度", "交付件数（件）", 2024)),
    "h71q15": lambda g: _pct(SIZES[0][2], SIZES[0][1]),
    "h71q17": lambda g: _avg(g(D, "機械器具製造業", "委託先の技術者数（人）", 2024),
                             g(D, "機械器具製造業", "委託実施企業（社）", 2024), "人"),
    "h71q19": lambda g: _pct(g(E, "ベトナム", "技術者数（人）", 2024), g(E, "合計", "技術者数（人）", 2024)),
    "h71q25": lambda g: f"{g(G, 'インボイス・パッキングリスト', '基本料金（円）', 2025) + (8 - BASE_ITEMS) * g(G, 'インボイス・パッキングリスト', '１品目追加ごと（円）', 2025):,}円",
    "h71q28": lambda g: _pct(g(H, "合計", "第４四半期", 2024), g(H, "合計", "計", 2024)),
    "h71q34": lambda g: f"{Decimal(str(g(I, '利用者満足度（％）', '実績', 2024))) - Decimal(str(g(I, '利用者満足度（％）', '目標', 2024)))}ポイント",
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {EPR_PDF: (3, 3), ITAKU_PDF: (3, 3), SHORUI_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (170, 220)
TABLE_QUESTIONS = 19  # at least, outside the followups
BEFORE_BREAK_ROWS = ("情報サービス業", "食料品製造業")  # rows of (d) expected before the page break
CONTINUED_ROWS = ("小売業", "合計")  # and after it
DASH_CELLS = {E: 1, G: 4}  # 「－」 cells per table (no gold cells)


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout71.py")
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
            # stricter than docgen: the bare number of a computed answer (3+ characters) is not printed either,
            # as a whole number (18.2 does not print 8.2)
            for a in q["answer"]:
                bare = re.sub(r"(%|千円|万円|円|件|人|ポイント)$", "", nfkc(a))
                if len(bare) >= 3 and re.search(r"(?<![\d.,])" + re.escape(bare) + r"(?![\d]|[.,]\d)", doc_text[q["doc"]]):
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
                      and not any(f"{y}年" in doc_text[q["doc"]] for y in re.findall(r"(20\d\d)年度", q["question"]))]
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout71.py")
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
            errors.append(f"{g['id']}: every gold cell of this set should be numeric")
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
            # each printed row, cell after cell (「－」 and mark cells included), on its page
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

    # (a): small firms get at least the general rate; the ＥＵ・英国 cap at least the other; caps within the firm caps
    for row, r in t[A].items():
        if r["補助率（％）／小規模企業者"] < r["補助率（％）／中小企業者"] or r["補助率（％）／小規模企業者"] > 100:
            errors.append(f"{A} / {row}: 小規模企業者 rate out of range")
        if r["上限額（千円）／ＥＵ・英国"] < r["上限額（千円）／その他の国・地域"]:
            errors.append(f"{A} / {row}: ＥＵ・英国 cap below the other")
        if r["上限額（千円）／ＥＵ・英国"] > FIRM_CAP_EU * 10 or r["上限額（千円）／その他の国・地域"] > FIRM_CAP * 10:
            errors.append(f"{A} / {row}: a cap above the firm cap of 第４条第２項")
    # (b): growing applications; small firms within grants within applications; amounts within the firm caps
    b = t[B]
    ns = [r["申請件数（件）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for row, r in b.items():
        if not r["うち小規模企業者（件）"] <= r["交付件数（件）"] <= r["申請件数（件）"] \
                or r["交付額（千円）"] > r["交付件数（件）"] * FIRM_CAP_EU * 10:
            errors.append(f"{B} / {row}: grants or amounts out of range")
    # (c): 合計 adds up; 増減 is the difference; the year columns equal (b)'s grants
    c = t[C]
    year_cols = [era(y) for y in MARKET_YEARS]
    adds_up(C, year_cols + ["増減"])
    for row, r in c.items():
        if r["増減"] != r[year_cols[1]] - r[year_cols[0]]:
            errors.append(f"{C} / {row}: 増減 is not the difference of the years")
    for y in MARKET_YEARS:
        if c["合計"][era(y)] != b[era(y)]["交付件数（件）"]:
            errors.append(f"{C}: 合計 of {era(y)} differs from {B}")
    # (d): 合計 adds up; 委託 within 回答; the totals equal the two firm sizes of the prose
    d = t[D]
    adds_up(D, ("回答企業数（社）", "委託実施企業（社）", "委託先の技術者数（人）"))
    if any(r["委託実施企業（社）"] > r["回答企業数（社）"] for r in d.values()):
        errors.append(f"{D}: 委託実施企業 above 回答企業数")
    if d["合計"]["回答企業数（社）"] != sum(s[1] for s in SIZES) or d["合計"]["委託実施企業（社）"] != sum(s[2] for s in SIZES):
        errors.append(f"{D}: 合計 differs from the firm sizes")
    # (e): one main country per firm, so the firms and engineers add up to (d)'s totals
    e = t[E]
    adds_up(E, ("委託実施企業数（社）", "技術者数（人）"))
    if e["合計"]["委託実施企業数（社）"] != d["合計"]["委託実施企業（社）"] \
            or e["合計"]["技術者数（人）"] != d["合計"]["委託先の技術者数（人）"]:
        errors.append(f"{E}: 合計 differs from {D}")
    if "１人月の平均単価（千円）" in e["合計"]:
        errors.append(f"{E}: the 「－」 of the 合計 row must be no gold cell")
    # (f): the per cents come from the counts; the ｎ from (d) and the firm sizes
    n_l, n_s = SIZES[1][2], SIZES[0][2]
    if n_l + n_s != d["合計"]["委託実施企業（社）"]:
        errors.append(f"{F}: the ｎ differ from {D}")
    for name, a, bb in ISSUES:
        r = t[F][name]
        want = (pct1(a + bb, n_l + n_s), pct1(a, n_l), pct1(bb, n_s))
        if tuple(Decimal(str(r[k])) for k in ("全体", "大企業", "中小企業")) != want:
            errors.append(f"{F} / {name}: per cents differ from the counts")
    # (g): the set costs less than its three parts; 「－」 cells are no gold cells
    gt = t[G]
    if gt["書類一式（上記３種）"]["基本料金（円）"] >= sum(gt[x]["基本料金（円）"] for x in (
            "インボイス・パッキングリスト", "シッピング・インストラクション", "原産地証明書の申請書類")):
        errors.append(f"{G}: 書類一式 should cost less than its three parts")
    # (h): 計 is the row sum; 合計 adds up; the year's total is the KPI 作成件数
    h = t[H]
    qcols = ["第１四半期", "第２四半期", "第３四半期", "第４四半期"]
    adds_up(H, qcols + ["計"])
    for row, r in h.items():
        if r["計"] != sum(r[k] for k in qcols):
            errors.append(f"{H} / {row}: 計 is not the sum of the quarters")
    k = t[I]
    if k["作成件数（件）"]["実績"] != h["合計"]["計"]:
        errors.append(f"{I}: 作成件数 differs from {H}")
    # (i): 達成率 = 実績 / 目標, rounded
    for row, r in k.items():
        if r["達成率（％）"] != int(half_up(Decimal(str(r["実績"])) * 100 / Decimal(str(r["目標"])), "1")):
            errors.append(f"{I} / {row}: 達成率 differs from 実績 / 目標")
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
        on = [i + 1 for i, p in enumerate(pages[ITAKU_PDF]) if header in norm(p)]
        if ind.repeat_header or on != bp[:1]:
            errors.append(f"{D}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[1]}
        if not 2 <= len(first) <= 7:
            errors.append(f"{D}: {len(first)} rows before the page break, expected 2-7")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{D}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("コールセンター業等") not in norm(pages[ITAKU_PDF][bp[1] - 1]):
            errors.append(f"{D}: note ※１ should follow the table on the continuation page")
    for key, spec in specs.items():
        if key == "industries":
            continue
        tp = {g["page"] for g in gold if g["table"] == spec.title}
        if len(tp) != 1:
            errors.append(f"{spec.title} is on pages {sorted(tp)}, expected one page")
    if specs["issues"].ruled or not all(s.ruled for k, s in specs.items() if k != "issues"):
        errors.append(f"only {F} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns, units from the groups
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／中小企業者", "補助率（％）／小規模企業者", "上限額（千円）／ＥＵ・英国", "上限額（千円）／その他の国・地域"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "千円"}:
        errors.append(f"{A}: units should come from the header groups")
    # (b): years as rows; every value header printed over two lines
    if [g["fiscal_year"] for g in gold if g["table"] == B][::4] != [y for y, *_x in RECORD] \
            or not all("\n" in h for h in specs["record"].header[0][1:]):
        errors.append(f"{B}: expected years as rows and header cells over two lines")
    # (c): a 増減 column with ▲ for decreases, whose cells carry a fiscal_year_range
    cg = [g for g in gold if g["table"] == C]
    neg = [g for g in cg if g["column"] == "増減" and g["number"] < 0]
    if not neg or any(not g["value"].startswith(MINUS) for g in neg) \
            or any(g["fiscal_year_range"] != [2023, 2024] for g in cg if g["column"] == "増減"):
        errors.append(f"{C}: expected a 増減 column with ▲ and the range [2023, 2024]")
    if any(g["fiscal_year_range"] is not None for g in gold if g["table"] != C or g["column"] != "増減"):
        errors.append("only the 増減 column of (c) may have a fiscal_year_range")
    if any(MINUS in g["value"] for g in gold if g["table"] != C):
        errors.append("only (c) prints ▲")
    # (e) and (g): 「－」 cells printed but no gold cells; (e) has two-line headers with a unit each
    for title, n in DASH_CELLS.items():
        spec = next(s for s in specs.values() if s.title == title)
        printed = sum(r.count(DASH) for r in spec.rows)
        cells = sum(g["table"] == title for g in gold)
        if printed != n or cells != len(spec.rows) * len(spec.value_cols) - n:
            errors.append(f"{title}: expected {n} 「－」 cells outside the gold")
    if {g["unit"] for g in gold if g["table"] == E} != {"社", "人", "千円"} \
            or not all("\n" in h for h in specs["countries"].header[0][1:]):
        errors.append(f"{E}: expected two-line header cells with a unit per column")
    # (h): quarters as columns and a total column on the right, all in the one fiscal year
    hg = [g for g in gold if g["table"] == H]
    if list(dict.fromkeys(g["column"] for g in hg)) != ["第１四半期", "第２四半期", "第３四半期", "第４四半期", "計"] \
            or any(g["fiscal_year"] != 2024 for g in hg):
        errors.append(f"{H}: expected quarters and 計 as columns, all in 2024")
    # (i): 目標 / 実績 / 達成率 and a mark column that is no gold cell; marks follow note ※５
    kpi = specs["kpi"]
    ig = [g for g in gold if g["table"] == I]
    if list(dict.fromkeys(g["column"] for g in ig)) != ["目標", "実績", "達成率（％）"] or any("評価" in g["column"] for g in ig):
        errors.append(f"{I}: expected 目標 / 実績 / 達成率 columns and no mark cells")
    for r in kpi.rows:
        if r[4] not in MARKS or r[4] != mark(int(r[3])):
            errors.append(f"{I} / {r[0]}: mark {r[4]} does not follow note ※５")
    if {g["row"]: g["unit"] for g in ig if g["column"] == "目標"} != {n: bracket_unit(n) for n, *_x in KPIS}:
        errors.append(f"{I}: the 目標 / 実績 units should come from the row labels")
    if len({mark(int(r[3])) for r in kpi.rows}) != 3:
        errors.append(f"{I}: all three marks should be used")
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
            if norm(f"（{fw(i)}）{head}") not in text:
                errors.append(f"{doc} lacks the heading of sibling section {i}")
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
        got = re.findall(r"099-75\d-\d{4}", text)
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
        got = sum(x.startswith("○") and len(x) > 1 and not any(t in x for t in titles) for x in raw)
        if got != items:
            errors.append(f"{what}: expected {items} bulleted items, got {got}")

    # ---- the grant guideline
    et = norm("\n".join(pages[EPR_PDF]))
    siblings(et, EPR_PDF, ("対象市場：", "補助対象経費：", "補助金の額："), [c[0] for c in EPR_CASES])
    if norm(f"延べ{sum(r[2] for r in RECORD)}件、{sum(r[4] for r in RECORD):,}千円") not in et:
        errors.append("guideline: the totals in the prose differ from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件に交付した（うち小規模企業者{fw(last[3])}件）") not in et:
        errors.append("guideline: the 令和６年度 figures in the prose differ from (b)")
    m = {r[0]: r for r in MARKETS}
    if max(MARKETS, key=lambda r: r[2])[0] != "ドイツ" or sorted(r[2] for r in MARKETS)[-2] == m["ドイツ"][2] \
            or m["英国"][2] != 2 * m["英国"][1]:
        errors.append("guideline: 「ドイツが最も多く、英国が前年度の２倍」 does not hold")
    rates = {r[0]: r for r in RATES}
    for head, where, what, amount, rcol, ccol in EPR_CASES:
        items = what.split("、")
        cap = (FIRM_CAP_EU if ccol == 3 else FIRM_CAP) * 10
        if int(amount.rstrip("万円")) * 10 > min(cap, sum(rates[x][ccol] for x in items)):
            errors.append(f"guideline: case {head} exceeds its caps")
        if (ccol == 3) != (where in EU_MARKETS):
            errors.append(f"guideline: case {head} uses the wrong cap column")
    if re.findall(r"20\d\d年", et) != ["2021年"]:
        errors.append("guideline: only 2021年 should be printed in Western form")
    defs(et, ("拡大生産者責任制度", "認定代理人", "小規模企業者", "対象市場"), "guideline")
    for x in EXCLUDED:
        if norm(x) not in et:
            errors.append(f"guideline: the cost not covered {x} is missing")
    raw = "\n".join(pages[EPR_PDF]).splitlines()
    heads = [x for x in raw if re.match(r"\s*第[１-９]条\s", x)]
    if [re.search(r"第([１-９])条", x).group(1) for x in heads] != list("１２３４５６７８"):
        errors.append(f"guideline: expected articles 第１条–第８条, got {heads}")
    if sum(bool(re.match(r"\s*附\s*則", x)) for x in raw) != 2:
        errors.append("guideline: expected two 附則")
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("guideline: expected three Ｑ lines and three Ａ lines")
    bullets_in(EPR_PDF, 0, "guideline")
    contacts(EPR_PDF, ["099-751-4120", "099-751-4129", "099-751-4300"], ["natsume-epr@example.jp"], "guideline")

    # ---- the survey of outsourcing abroad
    it = norm("\n".join(pages[ITAKU_PDF]))
    siblings(it, ITAKU_PDF, ("主な委託先：", "委託している業務：", "委託している技術者："), [c[0] for c in ITAKU_CASES])
    total, n = respondents(), outsourcers()
    if norm(f"{total}社（回答率{pct1(total, TARGET)}％）") not in it \
            or norm(f"回答企業{total}社のうち{n}社（{pct1(n, total)}％）") not in it \
            or norm(f"合わせて{engineers():,}人") not in it or not PREV_SHARE < pct1(n, total):
        errors.append("survey: the response and outsourcing figures in the prose differ from (d)")
    top = max(INDUSTRIES, key=lambda r: r[2])[0], max(INDUSTRIES, key=lambda r: r[3])[0]
    if top != ("情報サービス業", "情報サービス業"):
        errors.append("survey: 「情報サービス業が…ともに最も多い」 does not hold")
    (s_name, s_n, s_t), (l_name, l_n, l_t) = SIZES
    if norm(f"大企業は{l_n}社のうち{l_t}社") not in it or norm(f"中小企業は{s_n}社のうち{s_t}社") not in it:
        errors.append("survey: the firm sizes in the prose differ from the data")
    by_firms = [c[0] for c in sorted(COUNTRIES, key=lambda r: -r[1])]
    by_eng = [c[0] for c in sorted(COUNTRIES, key=lambda r: -r[2])]
    if by_firms[:2] != ["ベトナム", "中国"] or by_eng[0] != "ベトナム" or [c[0] for c in COUNTRIES].index("中国") == 1:
        errors.append("survey: ベトナム first and 中国 second (not printed second) do not hold")
    if norm(f"全体では{overall_price()}千円") not in it:
        errors.append("survey: the overall 単価 in the prose differs from (e)")
    tops = [max(ISSUES, key=lambda r, k=k: r[1] + r[2] if k == 0 else r[k])[0] for k in (0, 1, 2)]
    second_l = sorted(ISSUES, key=lambda r: -r[1])[1][0]
    second_s = sorted(ISSUES, key=lambda r: -r[2])[1][0]
    if tops != ["言葉や時差によるやり取りの難しさ"] * 3 or second_l != "成果物の品質のばらつき" \
            or second_s != "為替（円安）による委託費の上昇":
        errors.append("survey: the tops of (f) in the prose do not hold")
    if re.findall(r"20\d\d年", it) != ["2024年"]:
        errors.append("survey: only 2024年 (調査基準日) should be printed in Western form")
    defs(it, ("海外への業務委託", "委託実施企業", "ブリッジ人材", "１人月"), "survey")
    bullets_in(ITAKU_PDF, 3, "survey")
    steps_of(ITAKU_PDF, "①②③④", "survey")
    contacts(ITAKU_PDF, ["099-754-2210", "099-754-2219", "099-754-2300"], ["natsume-kokusai@example.jp"], "survey")

    # ---- the service guide
    st = norm("\n".join(pages[SHORUI_PDF]))
    siblings(st, SHORUI_PDF, ("対象となる方：", "作成する書類：", "仕上がりまでの期間："), [p[0] for p in PLANS])
    total = quarter_total()
    users = dict((r[0], r[2]) for r in kpi_rows())["利用事業者数（者）"]
    if norm(f"作成件数は{total}件で、前年度の{PREV_YEAR}件から{total - PREV_YEAR}件増えました") not in st \
            or norm(f"利用した事業者は{users}事業者") not in st:
        errors.append("guide: the use figures in the prose differ from (h) and (i)")
    sums = [sum(r[j] for r in QUARTERS) for j in (1, 2, 3, 4)]
    if max(range(4), key=lambda j: sums[j]) != 3 or max(QUARTERS, key=lambda r: sum(r[1:]))[0] != "インボイス・パッキングリスト":
        errors.append("guide: 「第４四半期が最も多く…インボイス・パッキングリストが最も多く」 does not hold")
    if re.findall(r"20\d\d年", st):
        errors.append("guide: no Western year should be printed")
    defs(st, ("輸出書類", "１件", "品目", "至急対応"), "guide")
    bullets_in(SHORUI_PDF, 4, "guide")
    steps_of(SHORUI_PDF, "①②③④⑤", "guide")
    contacts(SHORUI_PDF, ["099-757-3610", "099-757-3619", "099-757-3700"], ["natsume-shorui@example.jp"], "guide")
    # every phone number of the set is fictional (099-75x-xxxx), every mail address under example.jp
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
