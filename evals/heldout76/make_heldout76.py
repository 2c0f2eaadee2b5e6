"""Build the 榁県 held-out set 76: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (榁県 and every town, scheme, organisation, phone number, address
and figure). The documents are in three genres the earlier sets do not use: the report (報告書) of
a survey of the prefecture's firms on how they watch their trademarks abroad
(海外における商標の監視に関する実態調査) with five survey years as rows (a 「－」 cell for a question
not yet asked), the firms by industry (a table continued over a page break without its header,
header cells printed over two lines), the similar marks found by country in two fiscal years with a
増減 column printing decreases with ▲ and an unruled table of the watching methods by firm size;
the report (報告書) of a survey of the prefecture's exporters on product accidents abroad and
product liability (海外での製品事故・ＰＬ対応に関する実態調査) with the accidents and claims by market
under a two-level merged header, the product-liability insurance cover by firm size with a 増減
column in points (▲) and the costs by item with a total column on the right; and the user guide
(利用案内) of a prefectural halal-ready shared kitchen (ハラール対応シェアキッチン) with the fees by
room (「－」 for what outside firms may not rent), a KPI table with 目標 / 実績 / 達成率 and a mark
column (◎ ○ △) and the use by room and quarter with a total column; see README.md beside this file.

    python make_heldout76.py [OUTPUT_DIR]          # default: this file's directory

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

SHOHYO_PDF = "muro_kaigai_shohyo_kanshi_chosa_r6.pdf"
PL_PDF = "muro_kaigai_seihin_jiko_pl_chosa_r6.pdf"
KITCHEN_PDF = "muro_halal_share_kitchen_riyo_annai_r7.pdf"
ALL_PDFS = (SHOHYO_PDF, PL_PDF, KITCHEN_PDF)

UNITS = ("千円", "万円", "円", "件", "人", "社", "コマ", "ポイント", "%")
MARKS = ("◎", "○", "△")  # the KPI table's mark column (note ※４ of the guide)
DASH = "－"  # a cell with no figure (a question not asked, a service not offered, a room not yet open)
NEG = "▲"  # a decrease in a 増減 column
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_PREFIX = "099-80"  # every phone number of the set: 099-80x-xxxx
MAIL_DOMAIN = "@example.jp"
OTHER_PREFS = ("樒県",)  # the prefecture of the set written at the same time (set 75)
# words of the other helper's genres (set 75); none may be printed in this set's documents
OTHER_TOPICS = ("リコール", "移転価格", "燻蒸", "ＯＥＭ", "OEM", "ライセンス", "混載", "海外子会社")


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
    """(number, unit) as printed after NFKC; ▲ makes the number negative; (None, None) for
    marks and dashes."""
    v = nfkc(value).strip()
    neg = v.startswith(NEG)
    n, u = docgen.parse_number(v[1:] if neg else v, UNITS)
    if n is None:
        return None, None
    return (-n if neg else n), u


def label(s: str) -> str:
    """A row or column label as recorded: line breaks dropped."""
    return s.replace("\n", "").strip(INDENT)


def bracket_unit(text: str) -> str | None:
    """The unit in brackets at the end of a label (回答企業数（社） -> 社), NFKC."""
    m = re.search(r"（([^（）]+)）$", text)
    return nfkc(m.group(1)) if m else None


def half_up(x: Decimal, q: str) -> Decimal:
    return x.quantize(Decimal(q), ROUND_HALF_UP)


def pct1(k, n) -> Decimal:
    """k / n in per cent with one decimal, rounded half up."""
    return half_up(Decimal(k) * 100 / Decimal(n), "0.1")


def cell(x) -> str:
    """A table cell: None -> －; an int as docgen prints it (single digits full-width); a Decimal
    with one decimal."""
    if x is None:
        return DASH
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def signed(x) -> str:
    """A 増減 cell: decreases with ▲, increases without a sign."""
    if x < 0:
        return NEG + cell(-x)
    return cell(x)


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf, optional columns that
    cover a range of fiscal years (a 増減 column) and optional per-column fiscal years (a column
    whose year is given only in a note)."""

    col_range: dict | None = None  # {col: [first, last]}
    col_fy: dict | None = None  # {col: fiscal year}
    mark_cols: tuple = ()  # columns of ◎ ○ △ marks: gold cells without number and unit

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
        if self.col_fy and c in self.col_fy:
            return self.col_fy[c]
        years = [fiscal_year(p) for p in self.header_parts(c) if fiscal_year(p)]
        return years[-1] if years else None

    def row_label(self, i: int) -> str:
        return label(self.rows[i][self.label_col])


def gold_records(spec: TableSpec, pages_of: dict) -> list[dict]:
    """Every printed cell right of the label column, except the 「－」 cells (no figure)."""
    out = []
    for i, r in enumerate(spec.rows):
        for c in spec.value_cols:
            value = r[c]
            if value == DASH:
                continue
            number, cell_unit = parse_number(value)
            unit = None if c in spec.mark_cols else (cell_unit or spec.cell_unit(r, c))
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


PREF = "榁県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: trademark watching abroad, survey report
SHOHYO = f"{PREF}内企業の海外における商標の監視に関する実態調査"
SHOHYO_DEPT = f"{PREF} 商工労働部 産業振興課"
ZAIDAN = f"公益財団法人{PREF}産業振興財団"
SH_TARGET = 680  # 調査対象の企業 (悉皆)
SH_YEARS = [  # 調査年度, 回答企業数, 監視実施企業, 類似商標等の発見件数, うち冒認出願, 異議申立て等 (None: not asked)
    (2020, 268, 71, 96, 31, None), (2021, 281, 88, 124, 38, 9), (2022, 290, 104, 151, 47, 14),
    (2023, 301, 122, 187, 52, 19), (2024, 312, 141, 214, 58, 23),
]
SH_INDUSTRIES = [  # 業種, 回答企業数（社）, 監視実施企業（社）, 類似商標等の発見件数（件） (令和６年度)
    ("食料品", 52, 19, 24), ("繊維・衣服", 31, 14, 22), ("化学・化粧品", 36, 21, 35), ("金属製品", 29, 9, 11),
    ("機械", 44, 22, 31), ("電気機器", 27, 15, 26), ("日用品・雑貨", 33, 17, 29),
    ("卸売・小売業", 38, 16, 25), ("その他", 22, 8, 11),
]
SH_SIZES = (("中小企業", 258, 103), ("大企業", 54, 38))  # 回答企業数, うち監視実施企業 (prose only)
SH_COST = (("中小企業", "18.4"), ("大企業", "96.2"))  # 監視に要する年間の費用の平均（万円） (prose only)
SH_MARKETS = [  # 国・地域, 令和５年度, 令和６年度 (類似商標等の発見件数)
    ("中国", 62, 68), ("台湾", 21, 24), ("韓国", 18, 15), ("タイ", 14, 19), ("ベトナム", 12, 21),
    ("インドネシア", 7, 11), ("米国", 26, 22), ("ＥＵ", 17, 20), ("その他", 10, 14),
]
SH_METHODS = [  # 監視の方法, 回答数: 中小企業, 大企業 (複数回答, 監視実施企業)
    ("自社の担当者が商標データベースを確認", 48, 21), ("特許事務所に監視を委託", 39, 27),
    ("民間の商標監視サービスを利用", 22, 19), ("現地の代理人・取引先からの情報", 31, 12),
    ("電子商取引サイトの出品を確認", 26, 14),
]
SH_CASES = [  # 見出し, 監視している国・地域, 監視の方法, 見つかった事例 (same labels in every sibling section)
    ("化粧品製造業Ａ社（榁市）", "中国、台湾、タイ、ベトナム", "特許事務所に委託し、毎月報告を受けている",
     "タイで自社の商品名とよく似た商標の出願が見つかり、異議申立てを行った"),
    ("衣料品製造業Ｂ社（浜榁市）", "中国、韓国", "担当者が月に１回、各国の商標データベースを確認している",
     "中国で、以前の現地代理店がブランド名を先に出願していたことが分かった"),
    ("菓子製造業Ｃ社（北嶺町）", "台湾、香港、シンガポール", "電子商取引サイトの出品と現地の取引先からの情報",
     "台湾の電子商取引サイトで、自社のロゴを使った商品が見つかった"),
]


def sh_respondents() -> int:
    return sum(r[1] for r in SH_INDUSTRIES)


def sh_watchers() -> int:
    return sum(r[2] for r in SH_INDUSTRIES)


def shohyo_specs():
    trend = TableSpec(
        key="trend", doc=SHOHYO_PDF, title="監視の実施状況の推移",
        header=[["調査年度", "回答企業数\n（社）", "監視実施\n企業（社）", "類似商標等の\n発見件数（件）",
                 "うち冒認\n出願（件）", "異議申立て\n等（件）"]],
        rows=[[era(y), fw(a), fw(b), fw(c), fw(d), cell(e)] for y, a, b, c, d, e in SH_YEARS],
        col_widths=[28 * mm, 24 * mm, 24 * mm, 30 * mm, 24 * mm, 26 * mm],
    )
    trend.unit = lambda row, c, s=trend: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in SH_INDUSTRIES]
    rows.append(["合計"] + [fw(sum(r[j] for r in SH_INDUSTRIES)) for j in (1, 2, 3)])
    industries = TableSpec(
        key="industries", doc=SHOHYO_PDF, title="業種別の回答企業と監視の実施状況",
        header=[["業種", "回答企業数\n（社）", "監視実施\n企業（社）", "類似商標等の\n発見件数（件）"]],
        rows=rows, col_widths=[44 * mm, 34 * mm, 34 * mm, 38 * mm], table_fy=2024, repeat_header=False,
    )
    industries.unit = lambda row, c, s=industries: bracket_unit(s.column_label(c))
    mrows = [[n, fw(a), fw(b), signed(b - a)] for n, a, b in SH_MARKETS]
    ta, tb = sum(r[1] for r in SH_MARKETS), sum(r[2] for r in SH_MARKETS)
    mrows.append(["合計", fw(ta), fw(tb), signed(tb - ta)])
    markets = TableSpec(
        key="markets", doc=SHOHYO_PDF, title="国・地域別の類似商標等の発見件数",
        header=[["国・地域", era(2023), era(2024), "増減"]],
        rows=mrows, col_widths=[40 * mm, 30 * mm, 30 * mm, 26 * mm], unit="件",
    )
    markets.col_range = {3: [2023, 2024]}
    (_s, _sn, s_w), (_l, _ln, l_w) = SH_SIZES
    methods = TableSpec(
        key="methods", doc=SHOHYO_PDF, title="監視の方法（複数回答）",
        header=[["監視の方法", "全体", "中小企業", "大企業"]],
        rows=[[x, cell(pct1(a + b, s_w + l_w)), cell(pct1(a, s_w)), cell(pct1(b, l_w))] for x, a, b in SH_METHODS],
        col_widths=[72 * mm, 26 * mm, 26 * mm, 26 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return trend, industries, markets, methods


def shohyo_story(specs):
    trend, industries, markets, methods = specs
    total, n = sh_respondents(), sh_watchers()
    first, last = SH_YEARS[0], SH_YEARS[-1]
    (s_name, s_n, s_w), (l_name, l_n, l_w) = SH_SIZES
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{SHOHYO} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月", DATE_RIGHT), P(SHOHYO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "海外での商標の監視の実態を把握し、冒認出願等への対策の支援に役立てるため"),
        ("調査対象", f"海外で商標を登録し、又は出願している県内企業 {SH_TARGET}社（悉皆調査）"),
        ("調査基準日", "令和６年（2024年）10月１日"),
        ("調査期間", "令和６年10月７日から11月８日まで"),
        ("調査方法", "郵送及びウェブによるアンケート"),
        ("回答数", f"{total}社（回答率{pct1(total, SH_TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「商標の監視」とは、海外の商標公報、データベース等を継続して確認し、自社の商標と同一又は類似の商標の出願、登録又は使用を見つけることをいう。「冒認出願」とは、商標の権利者でない第三者が、権利者に無断でその商標を先に出願することをいう。「監視実施企業」とは、調査基準日に１か国・地域以上で商標を監視している企業をいう。
""", 0)
    st += [P("２　監視の実施状況", H1)]
    st += paras(f"""
回答企業{total}社のうち{n}社（{pct1(n, total)}％）が商標の監視を行っていた。監視実施企業は令和２年度の{first[2]}社から毎年増え、類似商標等の発見件数は令和２年度の２倍を超えた。
""", 0)
    st += [caption(trend.title), trend.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 各年度の数値はその年度の調査による。発見件数は、調査基準日前の１年間に見つけた件数である。",
        "※２ 「－」は、その年度の調査で尋ねていない項目である（異議申立て等は令和３年度の調査から尋ねている）。",
    ])
    st += [P("３　業種別・企業規模別の状況", H1)]
    st += paras(f"""
業種別では、機械が監視実施企業数で、化学・化粧品が発見件数で最も多い。企業規模別では、大企業は{l_n}社のうち{l_w}社が監視を行っていたが、中小企業は{s_n}社のうち{s_w}社にとどまった。
""", 0)
    st += [caption(industries.title, "（令和６年度）", keep=False), industries.flowable(), Spacer(1, 2)]
    st += notes(["※３ 「その他」は、木材・木製品製造業、印刷業、サービス業等である。"])
    st += [P("４　類似商標等が見つかった国・地域", H1)]
    st += paras("""
国・地域別では中国が最も多く、前年度からの増加はベトナムが最も大きい。一方、米国と韓国では前年度より減った。
""", 0)
    st += [caption(markets.title, "（単位：件）"), markets.flowable(), Spacer(1, 2)]
    st += notes([
        "※４ 「増減」は令和６年度の件数から令和５年度の件数を引いたもので、「▲」は減少を表す。",
        "※５ 「ＥＵ」は欧州連合商標として出願されたものをいい、ＥＵ加盟国ごとに出願されたものは「その他」に含める。",
    ])
    st += [P("５　監視の方法", H1)]
    st += paras(f"""
全体と中小企業では「自社の担当者が商標データベースを確認」が最も多く、大企業では「特許事務所に監視を委託」が最も多い。監視に要する年間の費用の平均は、中小企業が{SH_COST[0][1]}万円、大企業が{SH_COST[1][1]}万円であった。
""", 0)
    st += [caption(methods.title, "（単位：％）"), methods.flowable(), Spacer(1, 2)]
    st += notes([f"※６ 監視実施企業（全体{n}社、中小企業{s_w}社、大企業{l_w}社）が回答した。複数回答のため、合計は100％にならない。"])
    st += [P("６　企業の事例", H1)]
    for i, (head, where, how, found) in enumerate(SH_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("監視している国・地域", where), ("監視の方法", how), ("見つかった事例", found)], 1)
    st += [P("７　県への主な要望（自由記述）", H1)]
    st += bullets([
        "商標の監視を専門家に委託する費用を補助してほしい。",
        "冒認出願が見つかったときに相談できる窓口を、県内に設けてほしい。",
        "国・地域ごとの異議申立ての期限と手続を、分かりやすくまとめてほしい。",
    ], 0)
    st += [P("８　今後の取組", H1)]
    st += numbered([
        f"① {ZAIDAN}の海外知財相談窓口で、冒認出願への対応の相談を受け付ける。",
        "② 商標の監視の始め方を学ぶセミナーを、令和７年度に３回開く。",
        "③ 主な国・地域の異議申立ての期限をまとめた資料を作り、県のウェブサイトに掲載する。",
        "④ 次回の調査は、令和７年10月に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("９　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{SHOHYO_DEPT} 知的財産班　電話：099-801-4410　ファクス：099-801-4419",
        f"{ZAIDAN} 海外知財相談窓口（個別の相談）　電話：099-801-4500",
        "電子メール：muro-chizai@example.jp",
    ]))
    return st


# ================================================================ document 2: product accidents abroad and PL, survey report
PL = "海外での製品事故・ＰＬ対応に関する実態調査"
PL_DEPT = f"{PREF} 商工労働部 国際経済課"
KYOKAI = f"一般社団法人{PREF}輸出振興協会"
PL_TARGET = 850  # 製品を輸出している県内の製造業者
PL_MARKETS = [  # 輸出先; 製品事故（件）: 人身事故, 物損事故; 賠償請求（件）: 請求件数, うち訴訟 (令和５年度)
    ("米国", 9, 14, 11, 4), ("カナダ", 2, 3, 2, 0), ("ＥＵ", 5, 11, 6, 1), ("英国", 1, 4, 2, 0),
    ("中国", 3, 12, 4, 0), ("韓国", 1, 5, 1, 0), ("台湾", 2, 6, 2, 0), ("東南アジア", 4, 16, 3, 0),
    ("その他", 1, 4, 1, 0),
]
PL_ACCIDENT_FIRMS = 47  # firms with an accident in 令和５年度 (prose only)
PL_COVER = [  # 区分, 回答企業数, 加入企業数, 前回（令和３年度）の加入率
    ("中小企業", 298, 131, Decimal("46.3")), ("大企業", 66, 57, Decimal("82.9")),
]
PL_PREV_ALL = Decimal("52.8")  # 前回の全体の加入率
PREV_FY = 2021  # 前回の調査 (令和３年度)
PL_COSTS = [  # 費用の区分, 人身事故（千円）, 物損事故（千円） (令和５年度、事故のあった47社の合計)
    ("賠償金・和解金", 48600, 21350), ("弁護士・現地代理人の費用", 31200, 9840),
    ("原因の調査・試験", 6450, 11780), ("現地への出張", 3920, 4610), ("翻訳・通訳", 1280, 1150),
    ("その他", 2140, 3070),
]
PL_INSURED = 88260  # 千円 of the costs paid by 海外ＰＬ保険 (prose only)
PL_CASES = [  # 見出し, 主な輸出先, 起きた事故, 取った対策 (same labels in every sibling section)
    ("電気機器製造業Ｄ社（榁市）", "米国、カナダ", "充電器が使用中に過熱し、使用者が軽いやけどを負った",
     "現地の弁護士と保険会社に相談して和解し、部品の検査を全数検査に改めた"),
    ("家具製造業Ｅ社（浜榁市）", "ＥＵ、英国", "椅子の脚が折れ、使用者が転倒してけがをした",
     "欧州の規格による強度試験を第三者機関で行い、設計を見直した"),
    ("調理器具製造業Ｆ社（北嶺町）", "東南アジア、台湾", "圧力鍋のふたが外れ、台所の設備が壊れた",
     "取扱説明書と警告表示を現地の言葉で作り直し、海外ＰＬ保険に新たに加入した"),
]


def pl_cover_rows():
    """(区分, 回答, 加入, 加入率, 前回, 増減) for the two firm sizes and 全体."""
    out = []
    for name, n, k, prev in PL_COVER:
        rate = pct1(k, n)
        out.append((name, n, k, rate, prev, rate - prev))
    n, k = sum(r[1] for r in PL_COVER), sum(r[2] for r in PL_COVER)
    rate = pct1(k, n)
    out.append(("全体", n, k, rate, PL_PREV_ALL, rate - PL_PREV_ALL))
    return out


def pl_specs():
    rows = [[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in PL_MARKETS]
    rows.append(["合計"] + [fw(sum(r[j] for r in PL_MARKETS)) for j in (1, 2, 3, 4)])
    accidents = TableSpec(
        key="accidents", doc=PL_PDF, title="輸出先別の製品事故と賠償請求",
        header=[["輸出先", "製品事故（件）", "", "賠償請求（件）", ""],
                ["", "人身事故", "物損事故", "請求件数", "うち訴訟"]],
        rows=rows, col_widths=[40 * mm, 28 * mm, 28 * mm, 28 * mm, 28 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2023,
    )
    accidents.unit = lambda row, c, s=accidents: bracket_unit(s.header_parts(c)[0])
    cover = TableSpec(
        key="cover", doc=PL_PDF, title="企業規模別の海外ＰＬ保険の加入状況",
        header=[["区分", "回答企業数\n（社）", "加入企業数\n（社）", "加入率\n（％）", "前回の\n加入率（％）", "増減\n（ポイント）"]],
        rows=[[n, fw(a), fw(b), cell(r), cell(p), signed(d)] for n, a, b, r, p, d in pl_cover_rows()],
        col_widths=[30 * mm, 26 * mm, 26 * mm, 22 * mm, 26 * mm, 26 * mm], table_fy=2024,
        bold_rows=("全体",),
    )
    cover.unit = lambda row, c, s=cover: bracket_unit(s.column_label(c))
    cover.col_fy = {4: PREV_FY}
    cover.col_range = {5: [PREV_FY, 2024]}
    crows = [[n, fw(a), fw(b), fw(a + b)] for n, a, b in PL_COSTS]
    ta, tb = sum(r[1] for r in PL_COSTS), sum(r[2] for r in PL_COSTS)
    crows.append(["合計", fw(ta), fw(tb), fw(ta + tb)])
    costs = TableSpec(
        key="costs", doc=PL_PDF, title="費用の区分別の事故対応費用",
        header=[["費用の区分", "人身事故\n（千円）", "物損事故\n（千円）", "計\n（千円）"]],
        rows=crows, col_widths=[56 * mm, 30 * mm, 30 * mm, 30 * mm], table_fy=2023,
    )
    costs.unit = lambda row, c, s=costs: bracket_unit(s.column_label(c))
    return accidents, cover, costs


def yen_oku(sen: int) -> str:
    """千円 as 「１億4,539万円」 (the amount is a whole number of 万円)."""
    man = sen // 10
    oku, rest = divmod(man, 10000)
    return (f"{fw(oku)}億" if oku else "") + (f"{rest:,}万円" if rest else "円")


def pl_story(specs):
    accidents, cover, costs = specs
    cov = {r[0]: r for r in pl_cover_rows()}
    total = cov["全体"][1]
    injury, damage = sum(r[1] for r in PL_MARKETS), sum(r[2] for r in PL_MARKETS)
    claims, suits = sum(r[3] for r in PL_MARKETS), sum(r[4] for r in PL_MARKETS)
    cost_total = sum(a + b for _n, a, b in PL_COSTS)
    st = [Spacer(1, 2 * mm), P(f"令和６年度 {PREF}内企業調査", SUBTITLE), P(f"{PL} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年２月", DATE_RIGHT), P(PL_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県内企業が輸出した製品の海外での事故の実態と、製造物責任（ＰＬ）への備えを把握し、輸出企業の支援に役立てるため"),
        ("調査対象", f"製品を輸出している県内の製造業者 {PL_TARGET}社"),
        ("調査基準日", "令和６年９月１日"),
        ("調査期間", "令和６年９月９日から10月11日まで"),
        ("調査方法", "郵送及びウェブによるアンケート"),
        ("回答数", f"{total}社（回答率{pct1(total, PL_TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「製品事故」とは、輸出した製品の欠陥又は使い方により、海外の使用者等の生命、身体又は財産に被害が生じた事故をいい、被害が生じるおそれのあったものを含む。「海外ＰＬ保険」とは、輸出した製品の事故について、製造物責任に基づく損害賠償金と訴訟等の費用を補償する保険をいう。また、「賠償請求」とは、被害者又はその代理人から書面で損害の賠償を求められたことをいう。
""", 0)
    st += [P("２　製品事故の発生状況", H1)]
    st += paras(f"""
令和５年度に海外で製品事故のあった企業は、回答企業{total}社のうち{PL_ACCIDENT_FIRMS}社（{pct1(PL_ACCIDENT_FIRMS, total)}％）で、事故の件数は{injury + damage}件（人身事故{injury}件、物損事故{damage}件）であった。賠償請求は{claims}件あり、うち{fw(suits)}件は訴訟になった。輸出先別では、人身事故と賠償請求は米国が、物損事故は東南アジアが最も多い。
""", 0)
    st += [caption(accidents.title, "（令和５年度）"), accidents.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ １件の事故で人身と物損の両方の被害が生じたものは、人身事故に数えた。",
        "※２ 「ＥＵ」はＥＵ加盟国向け（英国を除く。）、「東南アジア」はＡＳＥＡＮ加盟国向けである。",
        "※３ 「うち訴訟」は、賠償請求のうち、輸出先の裁判所に訴えが起こされたものである。",
    ])
    st += [P("３　海外ＰＬ保険の加入状況", H1)]
    st += paras(f"""
海外ＰＬ保険に加入している企業は{cov['全体'][2]}社（{cov['全体'][3]}％）で、前回の令和３年度（2021年度）の調査から{-cov['全体'][5]}ポイント下がった。企業規模別では、大企業の加入率は上がったが、中小企業では下がった。加入していない企業の理由は「保険料が高い」が最も多く、「海外で事故が起きるとは考えていない」がこれに次いだ。
""", 0)
    st += [caption(cover.title), cover.flowable(), Spacer(1, 2)]
    st += notes(["※４ 「前回」は令和３年度の調査である。「増減」は今回の加入率から前回の加入率を引いたもので、「▲」は低下を表す。"])
    st += [P("４　事故への対応に要した費用", H1)]
    st += paras(f"""
令和５年度の事故への対応に要した費用は、事故のあった{PL_ACCIDENT_FIRMS}社の合計で{yen_oku(cost_total)}であった。このうち海外ＰＬ保険で補われたのは{yen_oku(PL_INSURED)}である。人身事故では、賠償金・和解金が費用の半分を超えた。
""", 0)
    st += [caption(costs.title, "（令和５年度）"), costs.flowable(), Spacer(1, 2)]
    st += notes([f"※５ 事故のあった{PL_ACCIDENT_FIRMS}社が回答した費用の合計であり、保険で補われた額を差し引く前の額である。"])
    st += [P("５　企業の事例", H1)]
    for i, (head, where, what, done) in enumerate(PL_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な輸出先", where), ("起きた事故", what), ("取った対策", done)], 1)
    st += [P("６　県への主な要望（自由記述）", H1)]
    st += bullets([
        "中小企業が海外ＰＬ保険に入りやすくなるよう、団体保険の制度を設けてほしい。",
        "輸出先ごとの製造物責任の制度と、警告表示の決まりを教えてほしい。",
        "事故が起きたときに相談できる、海外の法律に詳しい専門家を紹介してほしい。",
    ], 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        f"① {KYOKAI}と連携し、会員向けの海外ＰＬ保険の団体制度を令和７年度中に検討する。",
        "② 輸出先ごとの製造物責任の制度をまとめた手引きを作り、県のウェブサイトに掲載する。",
        "③ 取扱説明書と警告表示の作り方を学ぶセミナーを、年２回開く。",
        "④ 次回の調査は、令和９年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{PL_DEPT} 貿易支援班　電話：099-804-2630　ファクス：099-804-2639",
        f"{KYOKAI}（海外ＰＬ保険の相談）　電話：099-804-2700",
        "電子メール：muro-boeki@example.jp",
    ]))
    return st


# ================================================================ document 3: halal-ready shared kitchen, user guide
KITCHEN = f"{PREF}ハラール対応シェアキッチン"
KITCHEN_DEPT = f"{PREF} 農林水産部 食品輸出課"
CENTER = f"公益財団法人{PREF}食品産業振興センター"
ROOMS = [  # 見出し, 主な設備, 定員, 向いている商品 (same labels in every sibling section)
    ("加工室Ａ", "オーブン２台、ミキサー、発酵機", "４人", "菓子、パン"),
    ("加工室Ｂ", "回転釜、真空包装機、充填機", "４人", "惣菜、調味料、レトルト食品"),
    ("試作ラボ", "業務用コンロ、小型の急速冷凍庫、計量機器", "２人", "商品開発のための少量の試作"),
]
FEES = [  # 区画・設備, 県内事業者（円）, 県外事業者（円） (None: not offered to 県外事業者) (令和７年度)
    ("加工室Ａ", 4400, 8800), ("加工室Ｂ", 5200, 10400), ("試作ラボ", 2600, 5200),
    ("急速冷凍庫の追加利用", 1100, 2200), ("専用保管庫（１区画・１か月）", 3300, None),
    ("冷凍保管庫（１区画・１か月）", 4400, None),
]
KPIS = [  # 指標 (unit in brackets), 目標, 実績 (令和６年度)
    ("登録事業者数（社）", 40, 46), ("延べ利用コマ数（コマ）", 900, 812), ("新商品の試作件数（件）", 60, 71),
    ("輸出商談につながった商品（件）", 20, 13), ("講習の受講者数（人）", 120, 104),
]
QUARTERS = ("第１四半期", "第２四半期", "第３四半期", "第４四半期")
USE = [  # 区画, 利用コマ数 by quarter (None: not open yet) (令和６年度)
    ("加工室Ａ", 78, 92, 118, 96), ("加工室Ｂ", 61, 70, 84, 75), ("試作ラボ", None, 38, 52, 48),
]


def mark(rate: Decimal) -> str:
    """Note ※４: ◎ 100 % or more, ○ 80 % or more, △ below 80 %."""
    return "◎" if rate >= 100 else "○" if rate >= 80 else "△"


def kitchen_specs():
    fees = TableSpec(
        key="fees", doc=KITCHEN_PDF, title="区画・設備別の利用料金",
        header=[["区画・設備", "県内事業者\n（円）", "県外事業者\n（円）"]],
        rows=[[n, fw(a), cell(b)] for n, a, b in FEES],
        col_widths=[64 * mm, 36 * mm, 36 * mm], table_fy=2025,
    )
    fees.unit = lambda row, c, s=fees: bracket_unit(s.column_label(c))
    kpi = TableSpec(
        key="kpi", doc=KITCHEN_PDF, title="運営の目標と実績",
        header=[["指標", "目標", "実績", "達成率（％）", "評価"]],
        rows=[[n, fw(t), fw(a), cell(pct1(a, t)), mark(pct1(a, t))] for n, t, a in KPIS],
        col_widths=[62 * mm, 22 * mm, 22 * mm, 26 * mm, 18 * mm], table_fy=2024,
    )
    kpi.mark_cols = (4,)
    kpi.unit = lambda row, c, s=kpi: "%" if c == 3 else bracket_unit(label(row[0]))
    urows = [[n] + [cell(x) for x in q] + [fw(sum(x or 0 for x in q))] for n, *q in USE]
    qsum = [sum(u[1 + j] or 0 for u in USE) for j in range(4)]
    urows.append(["合計"] + [fw(x) for x in qsum] + [fw(sum(qsum))])
    use = TableSpec(
        key="use", doc=KITCHEN_PDF, title="区画別・四半期別の利用コマ数",
        header=[["区画"] + list(QUARTERS) + ["計"]],
        rows=urows, col_widths=[30 * mm, 24 * mm, 24 * mm, 24 * mm, 24 * mm, 22 * mm], unit="コマ", table_fy=2024,
    )
    return fees, kpi, use


def kitchen_story(specs):
    fees, kpi, use = specs
    k = {n: (t, a) for n, t, a in KPIS}
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{KITCHEN} 利用案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(KITCHEN_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　施設の概要", H1)]
    st += paras("""
この施設は、イスラム圏への輸出や、ムスリムの旅行者向けの商品づくりを目指す食品事業者が、ハラールに配慮した環境で商品の試作と少量の製造を行うための共用の調理施設です。令和６年（2024年）４月に開設しました。
""", 0)
    st += lv_lines([
        ("施設名", KITCHEN),
        ("所在地", f"榁市潮見町３丁目８番地（{CENTER}１階）"),
        ("運営", f"{CENTER}（県からの委託）"),
        ("利用できる者", "食品の製造、加工又は販売を行う事業者（県外の事業者を含む。）"),
        ("利用時間", "午前は９時から13時まで、午後は14時から18時まで"),
        ("休館日", "日曜日、祝日及び年末年始（12月29日から１月３日まで）"),
    ], 0)
    st += paras("""
この案内において「ハラール対応」とは、豚に由来する原材料及びアルコールを含む原材料を施設に持ち込まず、専用の器具と保管庫を使うことにより、イスラム教の戒律に配慮した製造環境を整えていることをいいます。なお、この施設はハラール認証を取得していません。「１コマ」とは、午前又は午後の４時間をいいます。また、「県内事業者」とは、県内に事業所を有する事業者をいい、それ以外の事業者を「県外事業者」といいます。
""", 0)
    st += [P("２　利用できる区画", H1)]
    for i, (head, equip, cap, goods) in enumerate(ROOMS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な設備", equip), ("定員", cap), ("向いている商品", goods)], 1)
    st += [P("３　利用料金", H1)]
    st += paras("料金は、区画と設備ごとに、利用者の区分によって次のとおりです（消費税込み）。", 0)
    st += [caption(fees.title, "（令和７年度、１コマ当たり）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 保管庫の料金は１区画１か月当たりの額です。急速冷凍庫の追加利用は、加工室Ａ又は加工室Ｂと同じコマに限ります。",
        "※２ 専用保管庫と冷凍保管庫は、県内事業者に限り利用できます（表の「－」は、県外事業者が利用できないことを表します）。",
        "※３ 初回の講習の受講料は無料です。",
    ])
    st += [P("４　利用の流れ", H1)]
    st += numbered([
        f"① 利用登録（{CENTER}のウェブサイトから申し込み、登録証を受け取る）",
        "② 初回の講習（ハラール対応の原材料と器具の扱いについての講習、90分）",
        "③ 予約（利用する日の２か月前の月の１日から、７日前までにウェブで予約）",
        "④ 持込品の確認（利用の当日、職員が原材料の表示を確認）",
        "⑤ 作業後の清掃と点検（職員の点検を受けてから退室）",
        "⑥ 料金の支払（月末で締め、翌月に送る請求書により支払）",
    ], 0)
    st += [P("５　運営の状況", H1)]
    reg, koma = k["登録事業者数（社）"][1], k["延べ利用コマ数（コマ）"][1]
    st += paras(f"""
令和６年度の登録事業者は{reg}社、延べ利用コマ数は{koma}コマでした。五つの指標のうち二つで目標を達成しましたが、輸出商談につながった商品は目標を大きく下回りました。利用は、秋から冬にかけての第３四半期が最も多くなっています。
""", 0)
    st += [caption(kpi.title, "（令和６年度）"), kpi.flowable(), Spacer(1, 2)]
    st += notes([
        "※４ 評価は、達成率が100％以上のものを「◎」、80％以上100％未満のものを「○」、80％未満のものを「△」としています。",
        "※５ 「輸出商談につながった商品」は、この施設で試作した商品のうち、海外の取引先との商談で見本として使われたものです。",
    ])
    st += [caption(use.title, "（令和６年度、単位：コマ）"), use.flowable(), Spacer(1, 2)]
    st += notes(["※６ 試作ラボは令和６年７月に利用を始めたため、第１四半期は「－」としています。"])
    st += [P("６　よくある質問", H1)]
    qa = [
        ("豚肉もアルコールも使わない一般の商品を作るためだけに、利用できますか。",
         "利用できます。ただし、持ち込める原材料の決まりは、ほかの利用者と同じです。"),
        ("自社の従業員でない人に、作業を手伝ってもらえますか。",
         "利用登録の際に届け出た人であれば作業できます。人数は区画の定員までです。"),
        ("この施設で作った商品に「ハラール認証」と表示できますか。",
         "できません。認証を受けるには、認証機関の審査を別に受ける必要があります。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [P("７　利用上の注意", H1)]
    st += bullets([
        "持ち込む原材料は、原材料の表示があるものに限ります。",
        "調理器具は施設のものを使い、自社の器具は持ち込まないでください。",
        "予約の取消しは、利用する日の３日前までにウェブで行ってください。それ以降の取消しは、料金の全額をいただきます。",
        "施設で作った商品を販売するときは、自社の営業許可によってください。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KITCHEN_DEPT} 輸出促進班　電話：099-807-5120　ファクス：099-807-5129",
        f"{CENTER}（利用登録・予約）　電話：099-807-5200",
        "電子メール：muro-kitchen@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return shohyo_specs() + pl_specs() + kitchen_specs()


PREFIX_Q, PREFIX_T = "h76q", "h76t"


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    aspecs, bspecs, cspecs = shohyo_specs(), pl_specs(), kitchen_specs()
    adoc = build_pdf(docs_dir / SHOHYO_PDF, aspecs, shohyo_story(aspecs),
                     f"令和６年度 {SHOHYO} 報告書", "令和７年３月", SHOHYO_DEPT)
    bdoc = build_pdf(docs_dir / PL_PDF, bspecs, pl_story(bspecs),
                     f"令和６年度 {PREF} {PL} 報告書", "令和７年２月", PL_DEPT)
    cdoc = build_pdf(docs_dir / KITCHEN_PDF, cspecs, kitchen_story(cspecs),
                     f"令和７年度 {KITCHEN} 利用案内", "令和７年４月", KITCHEN_DEPT)
    gold = all_gold({SHOHYO_PDF: adoc.row_pages, PL_PDF: bdoc.row_pages, KITCHEN_PDF: cdoc.row_pages})
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
    # --- shohyo: the trademark-watching survey, tables (a) (b) (c) (d), a definition, sibling sections, prose
    dict(question="海外の商標の監視についての県の調査は、何社を対象にしたものですか？",
         category="shohyo", doc=SHOHYO_PDF, evidence=["出願している県内企業 680社（悉皆調査）"], answer=["680社"],
         notes="「label：value」 line 調査対象 (悉皆調査); 312社 (回答数) and 141社 (監視実施企業) are near misses"),
    dict(question="2024年の８月まで中国で商標のチェックをしていて、その後やめてしまった会社は、この調査の「監視実施企業」に入りますか？",
         category="shohyo", doc=SHOHYO_PDF,
         evidence=["調査基準日：令和６年（2024年）10月１日", "調査基準日に１か国・地域以上で商標を監視している企業"],
         answer=["調査基準日に１か国・地域以上で商標を監視している企業"],
         notes="two facts: the definition 「監視実施企業」とは、調査基準日に１か国・地域以上で商標を監視している企業 and the "
               "「label：value」 line 調査基準日 (令和６年（2024年）10月１日): a firm that stopped in August does not count (a no)"),
    dict(question="2022年度の調査では、冒認出願は何件見つかっていましたか？",
         category="shohyo", doc=SHOHYO_PDF, evidence=["令和４年度 290 104 151 47 14"], answer=["47"],
         notes="(a) survey years as rows: 2022年度 = 令和４年度 (the report prints only 2024年 in Western form); column "
               "うち冒認出願（件）, a header printed over two lines; 151 (all similar marks) and 14 (異議申立て等) are the traps"),
    dict(question="令和６年度の調査で見つかった類似の商標のうち、冒認出願はどのくらいの割合を占めていますか？",
         category="shohyo", doc=SHOHYO_PDF, evidence=["令和６年度 312 141 214 58 23"], answer=["27.1%"], computed=True,
         notes="(a) share within a row: 58 / 214 = 27.1 % (58 / 141 per watching firm is a wrong reading)"),
    dict(question="2024年度の調査で、日用品や雑貨のメーカーのうち海外の商標を監視している会社は何社ありましたか？",
         category="shohyo", doc=SHOHYO_PDF, evidence=["日用品・雑貨 33 17 29"], answer=["17"],
         notes="(b) continuation page (no header there): row 日用品・雑貨, column 監視実施企業（社）; 2024年度 = 令和６年度 (the caption note); "
               "33 (回答企業数) and 29 (発見件数) are the traps"),
    dict(question="化粧品などの化学系の会社では、回答した会社のうち何％が商標の監視をしていることになりますか？",
         category="shohyo", doc=SHOHYO_PDF, evidence=["化学・化粧品 36 21 35"], answer=["58.3%"], computed=True,
         notes="(b) first page, share within a row: 21 / 36 = 58.3 % (35 is the 発見件数, not firms)"),
    dict(question="米国で見つかった類似の商標の件数は、前の年度と比べてどう変わりましたか？",
         category="shohyo", doc=SHOHYO_PDF, evidence=["米国 26 22 ▲４"], answer=["▲４"],
         notes="(c) 増減 column printing decreases with ▲ (note ※４): 26 → 22, four fewer; 22 alone (令和６年度) is a "
               "partial answer"),
    dict(question="前の年度から見つかった件数の増え方が２番目に大きかった国・地域はどこですか？",
         category="shohyo", doc=SHOHYO_PDF, evidence=["中国 62 68 ６"], answer=["中国"],
         notes="(c) ranking in the 増減 column: ベトナム ９ (named in the prose), then 中国 ６, then タイ ５; second-largest; "
               "中国 is also the largest by count, which is not what is asked"),
    dict(question="大企業のうち、特許事務所に商標の監視を任せている会社の割合はどのくらいですか？",
         category="shohyo", doc=SHOHYO_PDF, evidence=["特許事務所に監視を委託 46.8 37.9 71.1"], answer=["71.1"],
         notes="(d) unruled table, column 大企業 (the ｎ of 38 firms only in note ※６); 46.8 (全体) and 37.9 (中小企業) "
               "are the traps"),
    dict(question="アパレルメーカーの事例では、どうやって商標を監視していますか？",
         category="shohyo", doc=SHOHYO_PDF,
         evidence=["（２）衣料品製造業Ｂ社", "監視の方法：担当者が月に１回、各国の商標データベースを確認している"],
         answer=["担当者が月に１回、各国の商標データベースを確認している"],
         notes="sibling sections （１）–（３） of ６ share the labels 監視している国・地域, 監視の方法, 見つかった事例; "
               "（２）衣料品製造業Ｂ社 (アパレル = 衣料品); the siblings' 監視の方法 are the traps"),
    dict(question="商標の監視にかける年間の費用は、大企業だと中小企業の何倍くらいになっていますか？",
         category="shohyo", doc=SHOHYO_PDF, evidence=["中小企業が18.4万円、大企業が96.2万円"], answer=["5.2倍"], computed=True,
         notes="prose of ５ (in no table): 96.2 / 18.4 = 5.2倍"),
    # --- pl: the product-accident and PL survey, tables (e) (f) (g), a definition, sibling sections
    dict(question="実際にはけが人も物の被害も出なかったものの、製品が発火しかけたケースは、この調査の「製品事故」に入りますか？",
         category="pl", doc=PL_PDF, evidence=["被害が生じるおそれのあったものを含む"], answer=["含む"],
         notes="definition 「製品事故」とは…被害が生じた事故をいい、被害が生じるおそれのあったものを含む (a yes, at the "
               "boundary)"),
    dict(question="2023年度に米国で起きた人身事故は何件でしたか？",
         category="pl", doc=PL_PDF, evidence=["米国 ９ 14 11 ４"], answer=["９"],
         notes="(e) two-level header, leaf 製品事故（件）／人身事故; 2023年度 = 令和５年度 (the report prints only 2021年度 in "
               "Western form); 14 (物損事故) and 11 (請求件数) are the traps"),
    dict(question="ＡＳＥＡＮの国々に輸出した製品で起きた物損事故は、何件ありましたか？",
         category="pl", doc=PL_PDF, evidence=["「東南アジア」はＡＳＥＡＮ加盟国向けである", "東南アジア ４ 16 ３ ０"],
         answer=["16"],
         notes="two facts: note ※２ (東南アジア = ＡＳＥＡＮ加盟国向け) and (e) row 東南アジア, leaf 製品事故（件）／物損事故; "
               "４ (人身事故) and ３ (請求件数) are the traps"),
    dict(question="米国で起きた製品事故は、人身と物損を合わせて何件になりますか？",
         category="pl", doc=PL_PDF, evidence=["米国 ９ 14 11 ４"], answer=["23件"], computed=True,
         notes="(e) sum of the two leaves under 製品事故（件）: 9 + 14 = 23件 (11 is the claims, under the other group)"),
    dict(question="賠償請求を受けたもののうち、訴訟にまでなったのは何％ですか？",
         category="pl", doc=PL_PDF, evidence=["合計 28 75 32 ５"], answer=["15.6%"], computed=True,
         notes="(e) 合計 row, under the group 賠償請求（件）: 5 / 32 = 15.6 % (5 / 103 accidents is a wrong reading)"),
    dict(question="中小企業の海外ＰＬ保険の加入率は、前回の調査と比べてどうなりましたか？",
         category="pl", doc=PL_PDF, evidence=["中小企業 298 131 44.0 46.3 ▲2.3"], answer=["▲2.3"],
         notes="(f) 増減 column in points, ▲ for a fall (note ※４: 前回 = 令和３年度); 46.3 → 44.0; 1.2 (全体, in the "
               "prose) and 3.5 (大企業, a rise) are the traps"),
    dict(question="令和６年度の調査時点で、海外ＰＬ保険に入っていない中小企業は何社ありますか？",
         category="pl", doc=PL_PDF, evidence=["中小企業 298 131 44.0 46.3 ▲2.3"], answer=["167社"], computed=True,
         notes="(f) difference in a row: 298 − 131 = 167社"),
    dict(question="事故の対応で、弁護士や現地の代理人に払った費用は、人身・物損を合わせるといくらでしたか？",
         category="pl", doc=PL_PDF, evidence=["弁護士・現地代理人の費用 31,200 9,840 41,040"], answer=["41,040"],
         notes="(g) total column 計（千円） on the right, the unit in the header printed over two lines; 31,200 (人身事故) "
               "is the trap"),
    dict(question="令和５年度の事故対応の費用全体のうち、賠償金や和解金が占める割合はどのくらいですか？",
         category="pl", doc=PL_PDF, evidence=["賠償金・和解金 48,600 21,350 69,950", "合計 93,590 51,800 145,390"],
         answer=["48.1%"], computed=True,
         notes="(g) share within the total column: 69,950 / 145,390 = 48.1 % (51.9 % within 人身事故 only is a wrong reading; "
               "the prose says only 「半分を超えた」 for 人身事故)"),
    dict(question="キッチン用品のメーカーの事例では、どんな事故が起きたのですか？",
         category="pl", doc=PL_PDF, evidence=["（３）調理器具製造業Ｆ社", "起きた事故：圧力鍋のふたが外れ、台所の設備が壊れた"],
         answer=["圧力鍋のふたが外れ、台所の設備が壊れた"],
         notes="sibling sections （１）–（３） of ５ share the labels 主な輸出先, 起きた事故, 取った対策; （３）調理器具製造業Ｆ社 "
               "(キッチン用品 = 調理器具); the siblings' accidents (充電器, 椅子) are the traps"),
    # --- kitchen: the halal-ready shared kitchen guide, tables (h) (i) (j), definitions, sibling sections
    dict(question="このシェアキッチンは、ハラール認証を受けた施設なのですか？",
         category="kitchen", doc=KITCHEN_PDF, evidence=["この施設はハラール認証を取得していません"], answer=["取得していません"],
         notes="the sentence after the definition of 「ハラール対応」 (a no; Ｑ３ says the same for the products)"),
    dict(question="県外の会社が加工室Ｂを１コマ使う場合、料金はいくらになりますか？",
         category="kitchen", doc=KITCHEN_PDF, evidence=["加工室Ｂ 5,200 10,400"], answer=["10,400"],
         notes="(h) column 県外事業者（円）, a header printed over two lines; 5,200 (県内事業者) is the trap"),
    dict(question="大阪の食品会社が、冷凍保管庫を１か月借りたいそうです。料金はいくらになりますか？",
         category="kitchen", doc=KITCHEN_PDF, evidence=["それ以外の事業者を「県外事業者」といいます", "県内事業者に限り利用できます"],
         answer=["県内事業者に限り利用できます"],
         notes="two facts: an Osaka firm is a 県外事業者 (definition in １) and note ※２ (the storage rooms only for 県内事業者); "
               "(h) prints 「－」 in that cell (no gold cell); 4,400 (県内事業者) is the trap"),
    dict(question="県内の菓子メーカーが加工室Ａを午前と午後の２コマ使い、そのうち１コマで急速冷凍庫も追加すると、料金は合わせていくらですか？",
         category="kitchen", doc=KITCHEN_PDF, evidence=["加工室Ａ 4,400 8,800", "急速冷凍庫の追加利用 1,100 2,200"],
         answer=["9,900円"], computed=True,
         notes="(h) column 県内事業者（円）: 2 × 4,400 + 1,100 = 9,900円 (note ※１: the freezer with the same コマ of 加工室Ａ)"),
    dict(question="運営の指標のうち、目標の８割に届かなかったものはどれですか？",
         category="kitchen", doc=KITCHEN_PDF, evidence=["輸出商談につながった商品（件） 20 13 65.0 △", "80％未満のものを「△」"],
         answer=["輸出商談につながった商品"],
         notes="two facts: (i) KPI table, the mark column 評価 and note ※４ (△ = below 80 %); 講習の受講者数 (86.7, ○) and "
               "延べ利用コマ数 (90.2, ○) are the near misses"),
    dict(question="令和６年度の延べ利用コマ数は、目標に何コマ足りませんでしたか？",
         category="kitchen", doc=KITCHEN_PDF, evidence=["延べ利用コマ数（コマ） 900 812 90.2 ○"], answer=["88コマ"],
         computed=True,
         notes="(i) KPI table, difference of 目標 and 実績: 900 − 812 = 88コマ"),
    dict(question="2024年度の10月から12月までに、加工室Ｂは何コマ使われましたか？",
         category="kitchen", doc=KITCHEN_PDF, evidence=["加工室Ｂ 61 70 84 75 290"], answer=["84"],
         notes="(j) quarters as columns with a 計 column: 10–12月 = 第３四半期 of the fiscal year beginning in April; "
               "2024年度 = 令和６年度 (the guide prints 2024年 but not 2024年度); 75 (第４四半期) and 290 (計) are traps"),
    dict(question="少量の試作だけをしたい場合に使う区画は、何人まで入れますか？",
         category="kitchen", doc=KITCHEN_PDF, evidence=["（３）試作ラボ", "定員：２人"], answer=["２人"],
         notes="sibling sections （１）–（３） of ２ share the labels 主な設備, 定員, 向いている商品; （３）試作ラボ "
               "(向いている商品：商品開発のための少量の試作); ４人 (the two 加工室) is the sibling value"),
    # --- followups
    dict(question="その年度に見つかった類似の商標は、全部で何件でしたか？",
         category="followup", doc=SHOHYO_PDF, evidence=["令和５年度 301 122 187 52 19"], answer=["187"],
         history=_turns("2023年度の調査で、海外の商標を監視していた企業は何社でしたか？",
                        "2023年度（令和５年度）の調査では122社でした[1]。"),
         notes="(a) the year from the history (2023年度 = 令和５年度), column 類似商標等の発見件数（件）; 52 (冒認出願) is "
               "the trap"),
    dict(question="それに対して、実際の受講者は何人でしたか？",
         category="followup", doc=KITCHEN_PDF, evidence=["講習の受講者数（人） 120 104 86.7 ○"], answer=["104"],
         history=_turns("シェアキッチンの講習について、令和６年度の受講者数の目標は何人でしたか？",
                        "令和６年度の目標は120人でした[1]。"),
         notes="(i) KPI table: the row from the history (講習の受講者数), column 実績; 86.7 (達成率) is the trap"),
    dict(question="その国で受けた賠償請求は何件ありましたか？",
         category="followup", doc=PL_PDF, evidence=["中国 ３ 12 ４ ０"], answer=["４"],
         history=_turns("令和５年度に中国で起きた物損事故は何件ですか？",
                        "中国での物損事故は12件でした[1]。"),
         notes="(e) the row from the history (中国), leaf 賠償請求（件）／請求件数; ０ (うち訴訟) and ３ (人身事故) are traps"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=PL_PDF, evidence=["電話：099-804-2700"], answer=["099-804-2700"],
         history=_turns("海外ＰＬ保険に入るかどうか迷っている会社があります。どこに相談すればよいですか？",
                        "海外ＰＬ保険の相談は、一般社団法人榁県輸出振興協会が受け付けています[1]。"),
         notes="contact box of the survey: the 協会's phone (second line); the 班's phone 099-804-2630 and fax "
               "099-804-2639 (first line) are the near misses"),
    dict(question="そのうち、４月から６月の分は何コマでしたか？",
         category="followup", doc=KITCHEN_PDF, evidence=["試作ラボは令和６年７月に利用を始めた"],
         answer=["令和６年７月に利用を始めた"],
         history=_turns("2024年度、試作ラボは全部で何コマ使われましたか？",
                        "試作ラボの2024年度の利用は138コマでした[1]。"),
         notes="(j) the row from the history (試作ラボ), column 第１四半期 (April to June), printed 「－」 (no gold cell): "
               "note ※６ says the room opened in July, so there was no use; 38 (第２四半期) is the trap"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="見つかった冒認出願のうち、相手の商標を取り消すことができたのは何件ありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the marks found, the bad-faith filings and the oppositions (異議申立て等), not their outcome",
         absent=["取り消すことができた", "取消しに成功", "認められた"]),
    dict(question="商標の監視を特許事務所に頼むと、１件当たりの委託料はいくらくらいですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the average yearly cost of watching per firm size (18.4万円 / 96.2万円), not a fee per mark "
               "or per case",
         absent=["委託料", "１件当たりの料金", "１件当たりの費用"]),
    dict(question="海外ＰＬ保険の保険料は、１社当たり年間でいくらくらい払っていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the cover (加入率) and 「保険料が高い」 as a reason for not insuring, not the premiums paid",
         absent=["年間保険料", "保険料の額", "保険料の平均"]),
    dict(question="令和５年度の事故で、１件の賠償額として一番高かったのはいくらですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the costs by item summed over the 47 firms, not any single claim's amount",
         absent=["最高額", "最も高額", "一番高"]),
    dict(question="このシェアキッチンで作られた商品の輸出額は、全部でどのくらいになっていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the products used as samples in export talks (13), not exports",
         absent=["輸出額", "売上", "輸出実績"]),
    dict(question="シェアキッチンの利用料金は、クレジットカードで払えますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide says only that the fees are paid on a monthly invoice (step ⑥), not whether cards are accepted",
         absent=["クレジット", "カード払い", "現金"]),
]
CATEGORY_COUNTS = {"shohyo": 11, "pl": 10, "kitchen": 8, "followup": 5, "unanswerable": 6}
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
FOLLOWUP_CUES = ("その", "そこ", "それ")


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H, I, J = (
    "監視の実施状況の推移", "業種別の回答企業と監視の実施状況", "国・地域別の類似商標等の発見件数", "監視の方法（複数回答）",
    "輸出先別の製品事故と賠償請求", "企業規模別の海外ＰＬ保険の加入状況", "費用の区分別の事故対応費用",
    "区画・設備別の利用料金", "運営の目標と実績", "区画別・四半期別の利用コマ数")
LETTERS = dict(zip((A, B, C, D, E, F, G, H, I, J), "abcdefghij"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _yen(n: int) -> str:
    return f"{n:,}円"


def _ratio(x: str, y: str) -> str:
    return f"{half_up(Decimal(x) / Decimal(y), '0.1')}倍"


COMPUTED = {  # question id -> the answer string, computed from gold cells (or, where a note says so, prose data)
    "h76q04": lambda g: _pct(g(A, "令和６年度", "うち冒認出願（件）", 2024), g(A, "令和６年度", "類似商標等の発見件数（件）", 2024)),
    "h76q06": lambda g: _pct(g(B, "化学・化粧品", "監視実施企業（社）", 2024), g(B, "化学・化粧品", "回答企業数（社）", 2024)),
    "h76q11": lambda g: _ratio(SH_COST[1][1], SH_COST[0][1]),
    "h76q15": lambda g: f"{g(E, '米国', '製品事故（件）／人身事故', 2023) + g(E, '米国', '製品事故（件）／物損事故', 2023)}件",
    "h76q16": lambda g: _pct(g(E, "合計", "賠償請求（件）／うち訴訟", 2023), g(E, "合計", "賠償請求（件）／請求件数", 2023)),
    "h76q18": lambda g: f"{g(F, '中小企業', '回答企業数（社）', 2024) - g(F, '中小企業', '加入企業数（社）', 2024)}社",
    "h76q20": lambda g: _pct(g(G, "賠償金・和解金", "計（千円）", 2023), g(G, "合計", "計（千円）", 2023)),
    "h76q25": lambda g: _yen(2 * g(H, "加工室Ａ", "県内事業者（円）", 2025) + g(H, "急速冷凍庫の追加利用", "県内事業者（円）", 2025)),
    "h76q27": lambda g: f"{g(I, '延べ利用コマ数（コマ）', '目標', 2024) - g(I, '延べ利用コマ数（コマ）', '実績', 2024)}コマ",
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {SHOHYO_PDF: (3, 3), PL_PDF: (3, 3), KITCHEN_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (200, 250)
TABLE_QUESTIONS = 19  # at least, outside the followups
BEFORE_BREAK_ROWS = ("食料品", "繊維・衣服")  # rows of (b) expected before the page break
CONTINUED_ROWS = ("機械", "電気機器", "日用品・雑貨", "卸売・小売業", "合計")  # and after it
TWO_LINE_HEADERS = {"trend": 5, "industries": 3, "cover": 5, "costs": 3, "fees": 2}  # header cells printed over two lines


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout76.py")
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


def printed_as_number(bare: str, text: str) -> bool:
    """`bare` occurs in `text` (NFKC, whitespace kept) as a whole number, not inside a longer one
    such as 25.2 for 5.2."""
    return re.search(r"(?<![\d.,])" + re.escape(bare) + r"(?![\d]|[.,]\d)", text) is not None


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
            errors.append(f"{qid}: only followups, and every followup, have a history")
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
        if not q["evidence"] or len(q["answer"]) != 1:
            errors.append(f"{qid}: an answerable question needs evidence and exactly one answer item")
        errors += check_answerable(qid, q, doc_text[q["doc"]], EVIDENCE_LEN)
        if q.get("computed"):
            # stricter than docgen: not even the bare number of a computed answer is printed as a number
            for a in q["answer"]:
                bare = re.sub(r"(%|万円|円|件|人|社|コマ|倍)$", "", nfkc(a))
                if printed_as_number(bare, nfkc("\n".join(pages[q["doc"]]))):
                    errors.append(f"{qid}: the computed number {bare} is printed in its document")
        for t in table_of(q):
            if next(g["doc"] for g in gold if g["table"] == t) != q["doc"]:
                errors.append(f"{qid}: its notes name table {t} of another document")
    errors += check_question_mix(questions, CATEGORY_COUNTS, western_share=(0.35, 0.65))
    sibling = sum("sibling" in q["notes"] and q["category"] not in ("followup", "unanswerable") for q in questions)
    if sibling != SIBLING:
        errors.append(f"{sibling} sibling-section questions, expected {SIBLING}")
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
    if sum("two facts" in q["notes"] for q in questions) < 4:
        errors.append("fewer than 4 questions needing two facts")
    n_computed = sum(bool(q.get("computed")) for q in questions)
    if not 8 <= n_computed <= 12:
        errors.append(f"{n_computed} computed questions, expected about 9")
    if any(q["category"] == "unanswerable" and q.get("history") for q in questions):
        errors.append("no unanswerable is asked as a follow-up")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout76.py")
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
        if g["value"] in MARKS:
            if g["number"] is not None or g["unit"] is not None or g["column"] != "評価":
                errors.append(f"{g['id']}: a mark cell has no number and no unit and is in the 評価 column")
        elif g["number"] is None or g["unit"] not in UNITS:
            errors.append(f"{g['id']}: every cell but the marks is numeric with one of {UNITS}")
        if g["value"] == DASH:
            errors.append(f"{g['id']}: a 「－」 cell is no gold cell")
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
        t[g["table"]][g["row"]][g["column"]] = g["number"]

    def adds_up(table, cols, rows=None, total="合計"):
        tab = t[table]
        rows = rows if rows is not None else [r for r in tab if r != total]
        for col in cols:
            if tab[total][col] != sum(tab[r].get(col, 0) for r in rows):
                errors.append(f"{table}: {total} of {col} does not add up")

    # (a): growing watchers; 冒認 within the marks found; the last year equals (b)'s 合計
    a = t[A]
    ws = [r["監視実施企業（社）"] for r in a.values()]
    if ws != sorted(set(ws)):
        errors.append(f"{A}: 監視実施企業 should grow every year")
    for row, r in a.items():
        if not r["うち冒認出願（件）"] <= r["類似商標等の発見件数（件）"] or r["監視実施企業（社）"] > r["回答企業数（社）"]:
            errors.append(f"{A} / {row}: counts out of range")
    if set(a["令和２年度"]) != {"回答企業数（社）", "監視実施企業（社）", "類似商標等の発見件数（件）", "うち冒認出願（件）"}:
        errors.append(f"{A}: 令和２年度 should have no 異議申立て等 cell (「－」)")
    b = t[B]
    adds_up(B, ("回答企業数（社）", "監視実施企業（社）", "類似商標等の発見件数（件）"))
    for col in ("回答企業数（社）", "監視実施企業（社）", "類似商標等の発見件数（件）"):
        if b["合計"][col] != a["令和６年度"][col]:
            errors.append(f"{B}: 合計 of {col} differs from {A}")
    if b["合計"]["回答企業数（社）"] != sum(x[1] for x in SH_SIZES) or b["合計"]["監視実施企業（社）"] != sum(x[2] for x in SH_SIZES):
        errors.append(f"{B}: 合計 differs from the firm sizes of the prose")
    if any(r["監視実施企業（社）"] > r["回答企業数（社）"] for r in b.values()):
        errors.append(f"{B}: more watchers than respondents")
    # (c): 合計 adds up; 増減 = 令和６年度 − 令和５年度; the totals equal (a)
    c = t[C]
    adds_up(C, ("令和５年度", "令和６年度", "増減"))
    for row, r in c.items():
        if r["増減"] != r["令和６年度"] - r["令和５年度"]:
            errors.append(f"{C} / {row}: 増減 is not the difference")
    for y in (2023, 2024):
        if c["合計"][era(y)] != a[era(y)]["類似商標等の発見件数（件）"]:
            errors.append(f"{C}: 合計 of {era(y)} differs from {A}")
    # (d): the per cents come from the counts; the ｎ from (b) and the prose
    n_all = b["合計"]["監視実施企業（社）"]
    (_s, _sn, s_w), (_l, _ln, l_w) = SH_SIZES
    for name, x, y in SH_METHODS:
        r = t[D][name]
        if (Decimal(str(r["全体"])), Decimal(str(r["中小企業"])), Decimal(str(r["大企業"]))) != \
                (pct1(x + y, n_all), pct1(x, s_w), pct1(y, l_w)):
            errors.append(f"{D} / {name}: per cents differ from the counts")
    # (e): 合計 adds up; claims within accidents; lawsuits within claims
    e = t[E]
    ecols = ("製品事故（件）／人身事故", "製品事故（件）／物損事故", "賠償請求（件）／請求件数", "賠償請求（件）／うち訴訟")
    adds_up(E, ecols)
    for row, r in e.items():
        if r[ecols[3]] > r[ecols[2]] or r[ecols[2]] > r[ecols[0]] + r[ecols[1]]:
            errors.append(f"{E} / {row}: claims out of range")
    # (f): 全体 adds up; rates from the counts; 増減 = rate − previous rate
    f = t[F]
    adds_up(F, ("回答企業数（社）", "加入企業数（社）"), total="全体")
    for row, r in f.items():
        rate = pct1(r["加入企業数（社）"], r["回答企業数（社）"])
        if Decimal(str(r["加入率（％）"])) != rate or \
                Decimal(str(r["増減（ポイント）"])) != rate - Decimal(str(r["前回の加入率（％）"])):
            errors.append(f"{F} / {row}: 加入率 or 増減 differs from the counts")
    if f["全体"]["回答企業数（社）"] != (PL_TARGET and sum(x[1] for x in PL_COVER)):
        errors.append(f"{F}: 全体 differs from the respondents")
    # (g): 計 is the row sum; 合計 adds up
    g_ = t[G]
    adds_up(G, ("人身事故（千円）", "物損事故（千円）", "計（千円）"))
    for row, r in g_.items():
        if r["計（千円）"] != r["人身事故（千円）"] + r["物損事故（千円）"]:
            errors.append(f"{G} / {row}: 計 is not the row sum")
    if not PL_INSURED < g_["合計"]["計（千円）"] or not 2 * g_["賠償金・和解金"]["人身事故（千円）"] > g_["合計"]["人身事故（千円）"]:
        errors.append(f"{G}: the insured share or 「半分を超えた」 does not hold")
    # (h): 県外事業者 pay twice; 「－」 only for the storage rooms of 県外事業者
    for row, r in t[H].items():
        if "県外事業者（円）" in r and r["県外事業者（円）"] != 2 * r["県内事業者（円）"]:
            errors.append(f"{H} / {row}: 県外事業者 is not twice 県内事業者")
    if sorted(row for row, r in t[H].items() if "県外事業者（円）" not in r) != sorted(n for n, _a, b in FEES if b is None) \
            or not all("保管庫" in n for n, _a, b in FEES if b is None):
        errors.append(f"{H}: the 「－」 cells should be the storage rooms of 県外事業者")
    # (i): 達成率 from 目標 and 実績; marks as note ※４
    for row, r in t[I].items():
        rate = pct1(r["実績"], r["目標"])
        if Decimal(str(r["達成率（％）"])) != rate:
            errors.append(f"{I} / {row}: 達成率 differs from 目標 and 実績")
    # (j): 計 is the row sum; 合計 adds up and equals (i)'s 延べ利用コマ数
    j = t[J]
    adds_up(J, QUARTERS + ("計",))
    for row, r in j.items():
        if r["計"] != sum(r.get(q, 0) for q in QUARTERS):
            errors.append(f"{J} / {row}: 計 is not the row sum")
    if j["合計"]["計"] != t[I]["延べ利用コマ数（コマ）"]["実績"]:
        errors.append(f"{J}: 合計 differs from {I}'s 延べ利用コマ数")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    by_table = defaultdict(list)
    for g in gold:
        by_table[g["table"]].append(g)
    # (b): continued over the page 1→2 break without its header
    ind = specs["industries"]
    bp = sorted({g["page"] for g in by_table[B]})
    if len(bp) != 2:
        errors.append(f"{B} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(ind.header[0]))
        on = [i + 1 for i, p in enumerate(pages[SHOHYO_PDF]) if header in norm(p)]
        if ind.repeat_header or on != bp[:1]:
            errors.append(f"{B}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in by_table[B] if g["page"] == bp[0]}
        cont = {g["row"] for g in by_table[B] if g["page"] == bp[1]}
        if not 2 <= len(first) <= 7:
            errors.append(f"{B}: {len(first)} rows before the page break, expected 2-7")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{B}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("木材・木製品製造業") not in norm(pages[SHOHYO_PDF][bp[1] - 1]):
            errors.append(f"{B}: note ※３ should follow the table on the continuation page")
    for key, spec in specs.items():
        if key != "industries" and len({g["page"] for g in by_table[spec.title]}) != 1:
            errors.append(f"{spec.title} is on several pages, expected one")
    if specs["methods"].ruled or not all(s.ruled for k, s in specs.items() if k != "methods"):
        errors.append(f"only {D} must be drawn without ruling lines")
    # (a): survey years as rows, one 「－」 cell (no gold cell)
    if [g["fiscal_year"] for g in by_table[A] if g["column"] == "回答企業数（社）"] != [y for y, *_x in SH_YEARS] \
            or sum(r.count(DASH) for r in specs["trend"].rows) != 1:
        errors.append(f"{A}: expected the survey years as rows and one 「－」 cell")
    # header cells printed over two lines, and extracted as two lines
    for key, n in TWO_LINE_HEADERS.items():
        spec = specs[key]
        cells = [h for h in spec.header[-1] if "\n" in h]
        if len(cells) != n:
            errors.append(f"{spec.title}: {len(cells)} header cells over two lines, expected {n}")
        page = min(g["page"] for g in by_table[spec.title])
        lines = [x.strip() for x in pages[spec.doc][page - 1].splitlines()]
        for h in cells:
            a, b = h.split("\n")
            if not any(lines[k] == a and lines[k + 1] == b for k in range(len(lines) - 1)):
                errors.append(f"{spec.title}: header {h!r} is not extracted as two lines")
    # (c) and (f): a 増減 column printing decreases with ▲, covering two years
    for t, col, rng in ((C, "増減", [2023, 2024]), (F, "増減（ポイント）", [PREV_FY, 2024])):
        cells = [g for g in by_table[t] if g["column"] == col]
        neg = [g for g in cells if g["number"] < 0]
        if not neg or any(not g["value"].startswith(NEG) for g in neg) or any(NEG in g["value"] for g in cells if g["number"] >= 0) \
                or any(g["fiscal_year_range"] != rng or g["fiscal_year"] is not None for g in cells):
            errors.append(f"{t}: expected a 増減 column with ▲ for decreases and the range {rng}")
    if any(g["fiscal_year_range"] is not None for g in gold if g["column"] not in ("増減", "増減（ポイント）")):
        errors.append("only the 増減 columns may have a fiscal_year_range")
    if {g["fiscal_year"] for g in by_table[F] if g["column"] == "前回の加入率（％）"} != {PREV_FY}:
        errors.append(f"{F}: the 前回 column should carry the year of note ※４ ({PREV_FY})")
    # (e): two header rows, three spans, group／leaf columns, the unit from the group
    cols = list(dict.fromkeys(g["column"] for g in by_table[E]))
    want = ["製品事故（件）／人身事故", "製品事故（件）／物損事故", "賠償請求（件）／請求件数", "賠償請求（件）／うち訴訟"]
    if len(specs["accidents"].header) != 2 or len(specs["accidents"].spans) != 3 or cols != want \
            or {g["unit"] for g in by_table[E]} != {"件"}:
        errors.append(f"{E}: expected a two-row header with columns {want}, got {cols}")
    # (g) and (j): a total column 計 on the right
    for t, col in ((G, "計（千円）"), (J, "計")):
        if list(dict.fromkeys(g["column"] for g in by_table[t]))[-1] != col:
            errors.append(f"{t}: expected the total column {col} on the right")
    # (i): 目標 / 実績 / 達成率 / a mark column with every mark of note ※４
    icols = list(dict.fromkeys(g["column"] for g in by_table[I]))
    marks = {g["value"] for g in by_table[I] if g["column"] == "評価"}
    if icols != ["目標", "実績", "達成率（％）", "評価"] or marks != set(MARKS) \
            or any(g["value"] != mark(Decimal(str(t_["number"])))
                   for g in by_table[I] if g["column"] == "評価"
                   for t_ in by_table[I] if t_["row"] == g["row"] and t_["column"] == "達成率（％）"):
        errors.append(f"{I}: expected 目標 / 実績 / 達成率（％） / 評価 with the marks ◎ ○ △ of note ※４")
    if len({g["unit"] for g in by_table[I] if g["column"] == "実績"}) != 4:
        errors.append(f"{I}: the units should come from the row labels")
    # (h) and (j): 「－」 cells printed and not recorded
    for key, n in (("fees", 2), ("use", 1), ("trend", 1)):
        spec = specs[key]
        printed = sum(r.count(DASH) for r in spec.rows)
        cells = len(spec.rows) * len(spec.value_cols)
        if printed != n or len(by_table[spec.title]) != cells - n:
            errors.append(f"{spec.title}: expected {n} 「－」 cells, none of them a gold cell")
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

    def contacts(doc, want, mails, what):
        text = norm("\n".join(pages[doc]))
        got = re.findall(r"099-80\d-\d{4}", text)
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

    # ---- the trademark-watching survey
    at = norm("\n".join(pages[SHOHYO_PDF]))
    siblings(at, SHOHYO_PDF, ("監視している国・地域：", "監視の方法：", "見つかった事例："), [c[0] for c in SH_CASES])
    total, n = sh_respondents(), sh_watchers()
    if norm(f"{total}社（回答率{pct1(total, SH_TARGET)}％）") not in at \
            or norm(f"回答企業{total}社のうち{n}社（{pct1(n, total)}％）") not in at \
            or norm(f"令和２年度の{SH_YEARS[0][2]}社から毎年増え") not in at or not SH_YEARS[-1][3] > 2 * SH_YEARS[0][3]:
        errors.append("survey A: the figures in the prose differ from (a)/(b)")
    top_w = max(SH_INDUSTRIES, key=lambda r: r[2])[0]
    top_f = max(SH_INDUSTRIES, key=lambda r: r[3])[0]
    if (top_w, top_f) != ("機械", "化学・化粧品") or sorted(r[2] for r in SH_INDUSTRIES)[-1] == sorted(r[2] for r in SH_INDUSTRIES)[-2]:
        errors.append("survey A: 「機械が監視実施企業数で、化学・化粧品が発見件数で最も多い」 does not hold")
    (s_name, s_n, s_w), (l_name, l_n, l_w) = SH_SIZES
    if norm(f"大企業は{l_n}社のうち{l_w}社") not in at or norm(f"中小企業は{s_n}社のうち{s_w}社") not in at:
        errors.append("survey A: the firm sizes in the prose differ from the data")
    diffs = sorted(SH_MARKETS, key=lambda r: -(r[2] - r[1]))
    if max(SH_MARKETS, key=lambda r: r[2])[0] != "中国" or [d[0] for d in diffs[:2]] != ["ベトナム", "中国"] \
            or diffs[1][2] - diffs[1][1] == diffs[2][2] - diffs[2][1] \
            or sorted(m for m, a, b in SH_MARKETS if b < a) != sorted(["米国", "韓国"]):
        errors.append("survey A: the ranking of (c) in the prose (中国 most, ベトナム then 中国 up most, 米国 and 韓国 down) does not hold")
    tops = [max(SH_METHODS, key=lambda r: r[1] + r[2])[0], max(SH_METHODS, key=lambda r: r[1])[0],
            max(SH_METHODS, key=lambda r: r[2])[0]]
    if tops != ["自社の担当者が商標データベースを確認"] * 2 + ["特許事務所に監視を委託"]:
        errors.append("survey A: the tops of (d) in the prose do not hold")
    if norm(f"中小企業が{SH_COST[0][1]}万円、大企業が{SH_COST[1][1]}万円") not in at:
        errors.append("survey A: the watching costs are missing")
    if re.findall(r"20\d\d年", at) != ["2024年"]:
        errors.append("survey A: only 2024年 (調査基準日) should be printed in Western form")
    defs(at, ("商標の監視", "冒認出願", "監視実施企業"), "survey A")
    bullets_in(SHOHYO_PDF, 3, "survey A")
    steps_of(SHOHYO_PDF, "①②③④", "survey A")
    contacts(SHOHYO_PDF, ["099-801-4410", "099-801-4419", "099-801-4500"], ["muro-chizai@example.jp"], "survey A")

    # ---- the product-accident and PL survey
    bt = norm("\n".join(pages[PL_PDF]))
    siblings(bt, PL_PDF, ("主な輸出先：", "起きた事故：", "取った対策："), [c[0] for c in PL_CASES])
    cov = {r[0]: r for r in pl_cover_rows()}
    injury, damage = sum(r[1] for r in PL_MARKETS), sum(r[2] for r in PL_MARKETS)
    claims, suits = sum(r[3] for r in PL_MARKETS), sum(r[4] for r in PL_MARKETS)
    if norm(f"{cov['全体'][1]}社（回答率{pct1(cov['全体'][1], PL_TARGET)}％）") not in bt \
            or norm(f"{injury + damage}件（人身事故{injury}件、物損事故{damage}件）") not in bt \
            or norm(f"賠償請求は{claims}件あり、うち{fw(suits)}件は訴訟") not in bt:
        errors.append("survey B: the figures in the prose differ from (e)")
    if max(PL_MARKETS, key=lambda r: r[1])[0] != "米国" or max(PL_MARKETS, key=lambda r: r[3])[0] != "米国" \
            or max(PL_MARKETS, key=lambda r: r[2])[0] != "東南アジア":
        errors.append("survey B: 「人身事故と賠償請求は米国が、物損事故は東南アジアが最も多い」 does not hold")
    if norm(f"{cov['全体'][2]}社（{cov['全体'][3]}％）で、前回の令和３年度（2021年度）の調査から{-cov['全体'][5]}ポイント下がった") not in bt \
            or not (cov["大企業"][5] > 0 > cov["中小企業"][5]):
        errors.append("survey B: the PL cover in the prose differs from (f)")
    cost_total = sum(a + b for _n, a, b in PL_COSTS)
    if norm(f"合計で{yen_oku(cost_total)}") not in bt or norm(f"補われたのは{yen_oku(PL_INSURED)}") not in bt \
            or cost_total % 10 or PL_INSURED % 10:
        errors.append("survey B: the costs in the prose differ from (g)")
    if re.findall(r"20\d\d年", bt) != ["2021年"]:
        errors.append("survey B: only 2021年度 (the previous survey) should be printed in Western form")
    defs(bt, ("製品事故", "海外ＰＬ保険", "賠償請求"), "survey B")
    bullets_in(PL_PDF, 3, "survey B")
    steps_of(PL_PDF, "①②③④", "survey B")
    contacts(PL_PDF, ["099-804-2630", "099-804-2639", "099-804-2700"], ["muro-boeki@example.jp"], "survey B")

    # ---- the shared-kitchen guide
    ct = norm("\n".join(pages[KITCHEN_PDF]))
    siblings(ct, KITCHEN_PDF, ("主な設備：", "定員：", "向いている商品："), [r[0] for r in ROOMS])
    if [r[0] for r in ROOMS] != [f[0] for f in FEES[:3]] or [r[0] for r in ROOMS] != [u[0] for u in USE]:
        errors.append("guide: the sibling sections should be the rooms of (h) and (j)")
    k = {n: (t, a) for n, t, a in KPIS}
    met = sum(a >= t for t, a in k.values())
    if norm(f"登録事業者は{k['登録事業者数（社）'][1]}社、延べ利用コマ数は{k['延べ利用コマ数（コマ）'][1]}コマ") not in ct \
            or met != 2 or norm("五つの指標のうち二つで目標を達成") not in ct or len(KPIS) != 5:
        errors.append("guide: the figures in the prose differ from (i)")
    qs = [sum(u[1 + j] or 0 for u in USE) for j in range(4)]
    if qs.index(max(qs)) != 2:
        errors.append("guide: 「第３四半期が最も多く」 does not hold")
    if re.findall(r"20\d\d年", ct) != ["2024年"] or "2024年度" in ct:
        errors.append("guide: only 2024年 (the opening) should be printed in Western form")
    if norm("この施設はハラール認証を取得していません") not in ct:
        errors.append("guide: the facility is not certified; the text should say so")
    defs(ct, ("ハラール対応", "１コマ", "県内事業者"), "guide")
    bullets_in(KITCHEN_PDF, 4, "guide")
    steps_of(KITCHEN_PDF, "①②③④⑤⑥", "guide")
    raw = "\n".join(pages[KITCHEN_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("guide: expected three Ｑ lines and three Ａ lines")
    contacts(KITCHEN_PDF, ["099-807-5120", "099-807-5129", "099-807-5200"], ["muro-kitchen@example.jp"], "guide")
    # every phone number of the set is fictional (099-80x-xxxx), every mail address under example.jp
    for name, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text):
            if not ph.startswith(PHONE_PREFIX):
                errors.append(f"{name}: phone number {ph} outside {PHONE_PREFIX}x-xxxx")
        for mail in re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text):
            if not mail.endswith(MAIL_DOMAIN):
                errors.append(f"{name}: mail address {mail} outside {MAIL_DOMAIN}")
        if PREF not in p[0] or any(norm(x) in text for x in OTHER_PREFS):
            errors.append(f"{name}: the prefecture should be {PREF} only")
        for w in OTHER_TOPICS:
            if norm(w) in text:
                errors.append(f"{name}: {w} belongs to the other helper's genres (set 75)")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
