"""Build the 瑠璃県 held-out set 11: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (瑠璃県 and every town, scheme, organisation, port, phone number,
address, URL and figure). The documents are in three genres the earlier sets do not use: a
guide to a prefectural loan scheme for overseas expansion (中小企業海外展開支援融資のご案内) with
loan terms by borrower type, a yearly record and a side-by-side breakdown of the loans; an
annual report of a port-promotion council (ポートセールス推進協議会 事業報告書) with container
throughput by route (前年度／当年度／増減／増減率 with △) and by commodity (a 内訳 table with
indented うち rows); and a results report of an overseas-study scholarship for high-school and
university students (海外留学奨学金 実施報告書) with an unruled table by destination and an
amounts table with a 備考 column; see README.md beside this file.

    python make_heldout11.py [OUTPUT_DIR]          # default: this file's directory

Needs reportlab and pypdf (both in the project venv). The code structure follows
../heldout10/make_heldout10.py; the helpers are in ../docgen.py (unchanged). The gold cells are
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

from reportlab.lib import colors
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

YUSHI_PDF = "ruri_kaigai_tenkai_yushi_annai_r7.pdf"
PORT_PDF = "ruri_port_sales_kyogikai_jigyo_hokoku_r6.pdf"
RYUGAKU_PDF = "ruri_kaigai_ryugaku_shogakukin_jisseki_r6.pdf"
ALL_PDFS = (YUSHI_PDF, PORT_PDF, RYUGAKU_PDF)

UNITS = ("TEU", "万円", "件", "人", "年", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
DASH = "－"  # no figure (the table's note says why)
MINUS = "△"  # a negative figure, as Japanese reports print it
INDENT = "　"  # the full-width space that indents a うち row
FRAME_W = 166 * mm  # A4 minus docgen's 22 mm margins


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
    """(number, unit) as printed after NFKC: a trailing footnote mark (3,000※１) is dropped,
    △ makes the number negative (△1,230 -> -1230); (None, None) for － and text cells."""
    v = re.sub(r"※\d+$", "", nfkc(value).strip())
    neg = v.startswith(MINUS)
    n, u = docgen.parse_number(v[1:] if neg else v, UNITS)
    if n is not None and neg:
        n = -n
    return n, u


def label(s: str) -> str:
    """A row or column label as recorded: line breaks and the うち rows' indent dropped."""
    return s.replace("\n", "").strip(INDENT)


def bracket_unit(text: str) -> str | None:
    """The unit in brackets at the end of a label (融資件数（件） -> 件), NFKC."""
    m = re.search(r"（([^（）]+)）$", text)
    return nfkc(m.group(1)) if m else None


def half_up(x: Decimal, q: str) -> Decimal:
    return x.quantize(Decimal(q), ROUND_HALF_UP)


def signed(n: int) -> str:
    """An 増減 cell: △ before a decrease."""
    return f"{MINUS}{fw(-n)}" if n < 0 else fw(n)


def change_rate(new: int, old: int) -> str:
    """増減率 in per cent with one decimal, rounded half up, △ before a decrease."""
    r = half_up(Decimal((new - old) * 100) / Decimal(old), "0.1")
    return f"{MINUS}{-r}" if r < 0 else str(r)


def cell(x) -> str:
    return DASH if x is None else fw(x)


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf, a year per column
    where a header names none (col_years), text columns (備考) and indented うち rows."""

    col_years: dict | None = None
    text_cols: tuple = ()  # columns of text cells (number and unit null)

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

    def halves(self):
        """(label column, value columns) of each half; one half unless side by side."""
        return [(self.label_col, self.value_cols)]


class SideBySideSpec(TableSpec):
    """Two half-tables printed next to each other in one grid, each with its own label
    column (資金使途 | 件数 | 融資額 || 進出先 | 件数 | 融資額); a blank label ends a half."""

    label_cols: tuple = (0, 3)

    def halves(self):
        lc = list(self.label_cols) + [len(self.header[-1])]
        return [(lc[k], list(range(lc[k] + 1, lc[k + 1]))) for k in range(len(self.label_cols))]

    def row_label(self, i: int) -> str:
        return next(label(self.rows[i][c]) for c in self.label_cols if self.rows[i][c])

    def flowable(self):
        t = super().flowable()
        nh = len(self.header)
        for c in self.label_cols[1:]:
            t.setStyle([("LINEBEFORE", (c, 0), (c, -1), 1.6, colors.black),
                        ("ALIGN", (c, nh), (c, -1), "LEFT")])
        return t


def gold_records(spec: TableSpec, pages_of: dict) -> list[dict]:
    out = []
    for i, r in enumerate(spec.rows):
        for lc, vcols in spec.halves():
            if not r[lc]:
                continue
            for c in vcols:
                value = r[c]
                if c in spec.text_cols:
                    number, unit = None, None
                else:
                    number, cell_unit = parse_number(value)
                    unit = cell_unit or spec.cell_unit(r, c)
                row_label = label(r[lc])
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


def notes(items):
    return [P(t, docgen.NOTE) for t in items]


def lv_lines(pairs, level: int):
    return [P(f"{k}：{v}", hanging(level, 1)) for k, v in pairs]


PREF = "瑠璃県"
CITY = "瑠璃市"

# ================================================================ document 1: overseas-expansion loan guide
YUSHI = f"{PREF}中小企業海外展開支援融資"
YUSHI_DEPT = f"{PREF} 商工労働部 経営支援課"
ZAIDAN = "公益財団法人瑠璃県産業振興財団"
BORROWERS = [  # 融資対象者, 限度額（万円, footnote mark）, 期間 運転・設備（年）, 利率 ３年以内・３年超（年％）
    ("中小企業者", 8000, "", 7, 10, "1.10", "1.30"),
    ("小規模事業者", 3000, "※１", 7, 10, "0.90", "1.10"),
    ("創業５年未満の中小企業者", 2000, "", 5, 7, "0.90", "1.10"),
    ("組合等", 10000, "※２", 7, 10, "1.10", "1.30"),
]
SMALL_WITH_EQUIPMENT = 5000  # note ※１: 小規模事業者, 設備資金を含む場合
UNION_ONLEND = 15000  # note ※２: 組合等, 組合員に転貸する場合
LOAN_YEARS = [  # 年度, 融資件数, 融資額（万円）
    (2020, 12, 28400), (2021, 18, 41250), (2022, 26, 63800), (2023, 31, 79600), (2024, 38, 103450),
]
BY_USE = [  # 資金使途, 件数, 融資額（万円） (令和６年度)
    ("海外拠点の設立", 8, 29600), ("海外拠点の設備投資", 7, 24800), ("輸出用の商品の開発・生産", 11, 25650),
    ("海外での販路開拓", 5, 7400), ("海外取引の運転資金", 7, 16000),
]
BY_DEST = [  # 進出先, 件数, 融資額（万円） (令和６年度)
    ("ベトナム", 11, 33800), ("タイ", 7, 21500), ("中国", 6, 14250), ("台湾", 5, 9600),
    ("米国", 4, 13900), ("その他", 5, 10400),
]


def avg(amount: int, n: int) -> int:
    return int(half_up(Decimal(amount) / Decimal(n), "1"))


def yushi_specs():
    terms = TableSpec(
        key="terms", doc=YUSHI_PDF, title="融資対象者別の融資条件",
        header=[["融資対象者", "融資限度額\n（万円）", "融資期間", "", "融資利率（年％）", ""],
                ["", "", "運転資金", "設備資金", "３年以内", "３年超"]],
        rows=[[n, fw(lim) + mark, f"{fw(a)}年", f"{fw(b)}年", r1, r2]
              for n, lim, mark, a, b, r1, r2 in BORROWERS],
        col_widths=[50 * mm, 24 * mm, 22 * mm, 22 * mm, 22 * mm, 22 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (3, 0)), ((4, 0), (5, 0))],
        unit={1: "万円", 4: "%", 5: "%"}, table_fy=2025,
    )
    years = TableSpec(
        key="years", doc=YUSHI_PDF, title="融資実績の推移",
        header=[["年度", "融資件数（件）", "融資額（万円）", "平均融資額（万円）"]],
        rows=[[f"令和{fw(y - 2018)}年度", fw(n), fw(a), fw(avg(a, n))] for y, n, a in LOAN_YEARS],
        col_widths=[34 * mm, 34 * mm, 36 * mm, 40 * mm],
    )
    years.unit = lambda row, c, s=years: bracket_unit(s.column_label(c))
    rows = []
    for k in range(max(len(BY_USE), len(BY_DEST))):
        left = [BY_USE[k][0], fw(BY_USE[k][1]), fw(BY_USE[k][2])] if k < len(BY_USE) else ["", "", ""]
        right = [BY_DEST[k][0], fw(BY_DEST[k][1]), fw(BY_DEST[k][2])] if k < len(BY_DEST) else ["", "", ""]
        rows.append(left + right)
    split = SideBySideSpec(
        key="split", doc=YUSHI_PDF, title="令和６年度の融資実績の内訳",
        header=[["資金使途", "件数", "融資額", "進出先", "件数", "融資額"]],
        rows=rows, col_widths=[46 * mm, 13 * mm, 21 * mm, 28 * mm, 13 * mm, 21 * mm],
        unit={1: "件", 2: "万円", 4: "件", 5: "万円"}, table_fy=2024,
    )
    return terms, years, split


def yushi_story(specs):
    terms, years, split = specs
    n6, a6 = LOAN_YEARS[-1][1], LOAN_YEARS[-1][2]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{YUSHI}のご案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(YUSHI_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]

    st += [P("１　制度の概要", H1)]
    st += paras(f"""
県内の中小企業が海外に販路を広げ、又は海外に拠点を設けるために必要な資金を、県と取扱金融機関が協調して低い利率で融資します。県は、融資の原資の一部を金融機関に預託するとともに、信用保証料の一部を補助します。制度を始めた令和２年度（2020年度）から令和６年度までの５年間に、延べ{sum(r[1] for r in LOAN_YEARS)}件の融資を行いました。
""", 0)
    st += lv_lines([
        ("制度名", YUSHI),
        ("融資対象者", "県内に事業所を有し、海外展開に取り組む中小企業者、小規模事業者及び組合等"),
        ("資金使途", "海外展開に必要な設備資金及び運転資金"),
        ("取扱期間", "令和７年４月１日から令和８年３月31日まで"),
        ("融資枠", "総額30億円（予定）"),
    ], 0)
    st += paras("""
この案内において「海外展開」とは、海外での拠点の設立、海外企業との業務提携、輸出の開始又は拡大など、海外市場で行う事業活動をいいます。また、「小規模事業者」とは、常時使用する従業員の数が20人（商業・サービス業は５人）以下の事業者をいいます。
""", 0)

    st += [P("２　融資の条件", H1)]
    st += paras("融資対象者の区分ごとの融資限度額、融資期間及び融資利率は、次のとおりです。", 0)
    st += [caption(terms.title, "（令和７年４月１日現在）"), terms.flowable(), Spacer(1, 2)]
    st += notes([
        f"※１ 小規模事業者が設備資金を含めて借り入れる場合は、{SMALL_WITH_EQUIPMENT:,}万円を限度とします。",
        f"※２ 組合等が組合員に転貸するために借り入れる場合は、{UNION_ONLEND:,}万円を限度とします。",
        "※３ 融資利率は固定で、金融情勢により見直すことがあります。融資期間には、据置期間（１年以内）を含みます。",
    ])
    st += lv_lines([
        ("返済方法", "元金均等の月賦返済"),
        ("信用保証", "瑠璃県信用保証協会の保証付き（保証料率 年0.45％～1.90％のうち、県が２分の１を補助）"),
        ("担保・保証人", "取扱金融機関及び信用保証協会の定めるところによります"),
    ], 0)

    st += [P("３　申込みから融資までの流れ", H1)]
    st += numbered([
        f"① 事前相談（{ZAIDAN}の海外ビジネス相談窓口で、事業計画について助言を受けてください。）",
        "② 取扱金融機関への申込み（海外展開事業計画書に、財団の確認印を受けて提出）",
        "③ 信用保証協会による保証の審査",
        "④ 取扱金融機関による審査と融資の決定",
        "⑤ 融資の実行",
        "⑥ 事業の実施状況の報告（融資実行の翌年度から３年間、毎年６月末までに財団へ提出）",
    ], 0)
    st += notes(["※ 申込みから融資の実行までは、通常１か月から１か月半程度かかります。"])

    st += [P("４　これまでの融資実績", H1)]
    st += paras(f"""
融資の件数と額は毎年増えており、令和６年度は{n6}件、{a6:,}万円となりました。進出先では、生産拠点の移転が続くベトナムとタイで全体の半数余りを占めています。資金使途別では、輸出用の商品の開発・生産が最も多く、海外拠点の設立と設備投資がこれに続きます。１件当たりの平均融資額も、年々大きくなっています。
""", 0)
    st += [caption(years.title), years.flowable(), Spacer(1, 2)]
    st += notes(["※４ 平均融資額は、融資額を融資件数で除し、万円未満を四捨五入したものです。"])
    st += [caption(split.title, "（単位：件、万円）"), split.flowable(), Spacer(1, 2)]
    st += notes(["※５ 進出先の「その他」は、インド、メキシコ、フィリピン等です。複数の国・地域に進出する場合は、主な進出先で数えています。"])

    st += [P("５　よくある質問", H1)]
    qa = [
        ("個人事業主でも利用できますか。",
         "利用できます。県内で事業を営んでいれば、法人・個人の別は問いません。ただし、１期以上の確定申告を済ませていることが必要です。"),
        ("既に県の他の制度融資を利用していますが、併せて借りることはできますか。",
         "できます。ただし、同じ事業計画の同じ経費に二重に充てることはできません。"),
        ("融資の申込みにはどのくらい前から準備すればよいですか。",
         "事業計画書の作成と財団の確認に２週間程度、金融機関と信用保証協会の審査に１か月程度かかります。資金が必要な時期の２か月前までに、まずは財団の海外ビジネス相談窓口へ事前相談にお越しください。事前相談では、進出先の市場や規制に詳しい専門家が、事業計画書の書き方や資金計画についても助言します。相談は無料で、オンラインでも受け付けています。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]

    st += [CondPageBreak(36 * mm), P("６　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{YUSHI_DEPT} 金融班（制度全般）",
        "電話：099-110-2310　ファクス：099-110-2319",
        "電子メール：yushi@pref.ruri.example.jp",
        f"{ZAIDAN} 海外ビジネス支援課（事前相談）　電話：099-110-2450",
    ]))
    return st


# ================================================================ document 2: port-promotion council report
COUNCIL = "瑠璃港ポートセールス推進協議会"
COUNCIL_SEC = f"{PREF} 港湾空港局 港湾振興課"
ROUTES = [  # 航路, 令和５年度, 令和６年度 (TEU)
    ("韓国航路", 18420, 19860), ("中国（華北）航路", 12350, 11120), ("中国（華中）航路", 15680, 16240),
    ("中国（華南）航路", 6240, 5910), ("台湾航路", 4820, 5630), ("香港航路", 2930, 2650),
    ("ベトナム航路", 3150, 4980), ("タイ航路", 2260, 2840), ("フィリピン航路", 1380, 1210),
]
GOODS = [  # 区分 (an indented row is a うち row of the last unindented one), 令和５年度, 令和６年度 (TEU)
    ("輸出", 21560, 22940), ("うち化学工業品", 6820, 7310), ("うち産業機械・部品", 4950, 5480),
    ("うち紙・パルプ", 3120, 2870),
    ("輸入", 29840, 31260), ("うち家具・家庭用品", 8230, 8910), ("うち衣類・繊維製品", 5670, 5420),
    ("うち農水産品", 3980, 4350),
]
ACTIVITIES = [  # 見出し, 実施時期, 内容, 成果 (same labels in every sibling section)
    ("海外ポートセミナー", "令和６年７月",
     "ベトナムのホーチミン市で、現地の物流事業者と日系企業を対象に瑠璃港の航路と施設を紹介するセミナーを開いた",
     "個別商談18件、ベトナム航路の新規利用４社"),
    ("荷主企業への訪問", "令和６年６月から令和７年２月まで",
     "県内と隣接県の荷主企業を訪ね、瑠璃港を利用した場合の輸送費と日数の試算を示した",
     "訪問先52社、瑠璃港への利用転換11社"),
    ("船会社への寄港要請", "令和６年10月及び令和７年１月",
     "東京とシンガポールで船会社を訪ね、東南アジア航路の寄港便数の増加を要請した",
     "タイ航路の寄港が週１便から週２便に増加（令和７年４月から）"),
]


def port_specs():
    rows = [[n, fw(a), fw(b), signed(b - a), change_rate(b, a)] for n, a, b in ROUTES]
    ta, tb = sum(r[1] for r in ROUTES), sum(r[2] for r in ROUTES)
    rows.append(["合計", fw(ta), fw(tb), signed(tb - ta), change_rate(tb, ta)])
    routes = TableSpec(
        key="routes", doc=PORT_PDF, title="航路別の外貿コンテナ取扱量",
        header=[["航路", "前年度", "当年度", "増減", "増減率（％）"]],
        rows=rows, col_widths=[46 * mm, 26 * mm, 26 * mm, 24 * mm, 26 * mm],
        unit={1: "TEU", 2: "TEU", 3: "TEU", 4: "%"}, repeat_header=False,
    )
    routes.col_years = {1: 2023, 2: 2024, 3: 2024, 4: 2024}  # caption: 当年度 = 令和６年度
    ga = sum(r[1] for r in GOODS if not r[0].startswith("うち"))
    gb = sum(r[2] for r in GOODS if not r[0].startswith("うち"))
    goods = TableSpec(
        key="goods", doc=PORT_PDF, title="輸出入別・主な品目別の実入りコンテナ取扱量",
        header=[["区分", "令和５年度", "令和６年度"]],
        rows=[[(INDENT + n) if n.startswith("うち") else n, fw(a), fw(b)] for n, a, b in GOODS]
        + [["合計", fw(ga), fw(gb)]],
        col_widths=[56 * mm, 32 * mm, 32 * mm], unit="TEU", bold_rows=("輸出", "輸入", "合計"),
    )
    return routes, goods


def port_story(specs):
    routes, goods = specs
    r = {x[0]: x for x in routes.rows}
    tot = r["合計"]
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{COUNCIL} 事業報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年６月", DATE_RIGHT), P(COUNCIL, DATE_RIGHT), Spacer(1, 3 * mm)]

    st += [P("１　協議会の概要", H1)]
    st += lv_lines([
        ("名称", COUNCIL),
        ("設立", "2002年（平成14年）５月"),
        ("会長", "瑠璃県知事"),
        ("会員", "県、瑠璃市、港湾運送事業者、荷主企業、金融機関等 86団体（令和７年３月末現在）"),
        ("事務局", f"{COUNCIL_SEC}"),
        ("目的", "瑠璃港の国際コンテナ航路の維持・拡充と利用の促進を図り、県内企業の物流コストの低減と地域経済の発展に寄与する"),
    ], 0)
    st += paras("""
この報告書において「TEU」とは、長さ20フィートのコンテナ１個分を１とする換算単位をいい、40フィートのコンテナ１個は２TEUと数える。また、「外貿コンテナ」とは、外国との貿易に用いられ、瑠璃港で船に積み、又は船から降ろしたコンテナをいう。
""", 0)

    st += [P("２　令和６年度の主な活動", H1)]
    st += paras("令和６年度は、東南アジア航路の利用拡大を重点に、次の活動を行った。", 0)
    for i, (head, when, what, result) in enumerate(ACTIVITIES, 1):
        st += [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("実施時期", when), ("内容", what), ("成果", result)], 1)
    st += paras("""
このほか、会員向けに港湾施設の見学会（令和６年９月）を開き、荷主企業と物流事業者の意見交換の場を設けた。見学会では、令和６年３月に供用を始めた新しいガントリークレーンと冷凍コンテナ用の電源設備を紹介し、参加者からは、農水産品の輸出に冷凍コンテナを使いたいとの声や、通関手続の時間を短くしてほしいとの要望が寄せられた。これらの要望は、関係機関と共有し、令和７年度の取組に反映する。
""", 0)

    st += [P("３　外貿コンテナの取扱状況", H1)]
    st += paras(f"""
令和６年度の外貿コンテナ取扱量は{tot[2]}TEUで、前年度に比べ{tot[4]}％増加し、過去最高となった。令和７年３月末現在、瑠璃港には９航路、週21便の定期コンテナ航路が就航している。
取扱量は、新型コロナウイルス感染症の影響を受けた令和２年度に一時落ち込んだが、その後は４年連続で増加している。国際物流の混乱が収まり、県内の荷主企業が他県の港から瑠璃港へ利用を切り替える動きが広がったことに加え、ベトナムやタイに生産拠点を持つ県内企業の部品の輸出入が増えたことが、主な要因と考えられる。
""", 0)
    st += [P("（１）輸出入別・品目別の取扱量", H2)]
    st += paras("""
空コンテナを除いた実入りコンテナを輸出入別にみると、輸入が輸出を上回っている。輸出では化学工業品と産業機械・部品が増え、紙・パルプが減った。輸入では家具・家庭用品が最も多い。
""", 0)
    st += [caption(goods.title, "（単位：TEU）"), goods.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「うち」は内数である。主な品目のみを掲げているため、品目の合計は輸出又は輸入の値と一致しない。",
        "※２ 品目は、港湾統計の品種分類による。",
    ])
    st += [P("（２）航路別の取扱量", H2)]
    st += paras("""
航路別では韓国航路が最も多く、中国（華中）航路、中国（華北）航路が続く。ベトナム航路は、新規の荷主の利用が進み、前年度の約1.6倍となった。一方、中国（華北）航路と香港航路は、寄港便数が減った影響で前年度を下回った。中国の３航路を合わせた取扱量は全体の半数近くを占めるが、その割合は年々低下しており、東南アジア航路の比重が高まっている。なお、フィリピン航路は、令和６年８月から寄港が隔週となった影響で減少した。
""", 0)
    st += [caption(routes.title, "（令和６年度、単位：TEU）", keep=False), routes.flowable(), Spacer(1, 2)]
    st += notes([
        "※３ 前年度は令和５年度、当年度は令和６年度の数値である。空コンテナを含む。",
        "※４ 増減率は、小数点以下第２位を四捨五入している。「△」は減少を示す。",
    ])

    st += [P("４　令和７年度の事業計画", H1)]
    st += numbered([
        "① タイ航路の増便を生かし、タイ向けの輸出に取り組む荷主企業への個別の提案を強化する。",
        "② 冷凍コンテナを使った農水産品の輸出について、県の農林水産部と連携した説明会を開く。",
        "③ 会員の増加を図り、令和７年度末の会員数を100団体とする。",
    ], 0)

    st += [CondPageBreak(32 * mm), P("５　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{COUNCIL} 事務局（{COUNCIL_SEC} ポートセールス班）",
        "電話：099-110-5120　ファクス：099-110-5129　電子メール：port@pref.ruri.example.jp",
        "瑠璃港埠頭株式会社 営業部（港湾施設の利用）　電話：099-110-5300",
    ]))
    return st


# ================================================================ document 3: overseas-study scholarship report
SCHOLAR = f"{PREF}次世代グローバル人材海外留学奨学金"
SCHOLAR_DEPT = f"{PREF} 総合政策部 国際交流課"
FOUNDATION = "公益財団法人るり国際交流財団"
AMOUNTS = [  # 区分, 月額, 渡航支援金 (万円), 備考
    ("高校生・短期派遣", 8, 10, "１か月未満は１か月分を支給"),
    ("高校生・長期派遣", 8, 15, "ホームステイ先への謝金を含む"),
    ("大学生等・短期派遣", 10, 15, "語学研修のみのものを除く"),
    ("大学生等・長期派遣", 12, 20, "単位互換のある留学に限る"),
]
DESTS = [  # 派遣先, 高校生, 大学生等 (None: no student)
    ("米国", 9, 7), ("カナダ", 6, 3), ("英国", 4, 5), ("オーストラリア", 8, 4),
    ("ニュージーランド", 5, 1), ("ドイツ", None, 3), ("台湾", 3, 2),
]
APPLICANTS = (214, 60)  # 応募者数, 採用者数 (令和６年度)
PROGRAMME = [  # 見出し, 時期, 内容, 参加者 (same labels in every sibling section)
    ("事前研修", "令和６年６月から７月まで（計３回）",
     "異文化理解、安全管理、留学先での学習計画の作成について、留学経験者の講話を交えて学んだ", "奨学生60人"),
    ("派遣中の報告", "派遣期間中の毎月",
     "オンラインの報告会で、留学先での学習と生活の様子を発表し、奨学生同士で情報を交換した", "長期派遣の奨学生21人"),
    ("帰国後の活動", "令和７年２月",
     "県内の中学校・高校を訪ね、留学の体験を後輩に伝える「留学アンバサダー」として出前授業を行った", "奨学生32人（訪問先24校）"),
]


def ryugaku_specs():
    rows = [[n, cell(a), fw(b), fw((a or 0) + b)] for n, a, b in DESTS]
    ta = sum(a or 0 for _n, a, _b in DESTS)
    tb = sum(b for _n, _a, b in DESTS)
    rows.append(["合計", fw(ta), fw(tb), fw(ta + tb)])
    dests = TableSpec(
        key="dests", doc=RYUGAKU_PDF, title="派遣先国・地域別の奨学生数",
        header=[["派遣先", "高校生", "大学生等", "計"]],
        rows=rows, col_widths=[52 * mm, 26 * mm, 26 * mm, 26 * mm], ruled=False, unit="人", table_fy=2024,
    )
    amounts = TableSpec(
        key="amounts", doc=RYUGAKU_PDF, title="奨学金の支給額",
        header=[["区分", "月額", "渡航支援金", "備考"]],
        rows=[[n, fw(m), fw(t), note] for n, m, t, note in AMOUNTS],
        col_widths=[42 * mm, 18 * mm, 24 * mm, 62 * mm], unit={1: "万円", 2: "万円"}, table_fy=2024,
        align_left_cols=(3,),
    )
    amounts.text_cols = (3,)
    return dests, amounts


def ryugaku_story(specs):
    dests, amounts = specs
    tot = dests.rows[-1]
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{SCHOLAR} 実施報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年５月", DATE_RIGHT), P(SCHOLAR_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]

    st += [P("１　事業の概要", H1)]
    st += lv_lines([
        ("事業名", SCHOLAR),
        ("目的", "海外で学ぶ若者の留学を後押しし、国際的な視点で地域を担う人材を育てる"),
        ("対象", "県内の高校に在学する生徒及び県内に住所を有する大学生等（大学、短期大学、高等専門学校及び専門学校の学生）"),
        ("実施体制", f"{PREF}（企画、奨学金の支給）、{FOUNDATION}（募集、選考、研修）"),
        ("予算額", "52,000千円（決算額 49,870千円）"),
    ], 0)
    st += paras("""
この奨学金において「短期派遣」とは、派遣期間が２週間以上３か月未満の留学をいい、「長期派遣」とは、派遣期間が３か月以上１年以内の留学をいう。奨学金は給付であり、返還の必要はない。
""", 0)

    st += [P("２　奨学金の支給額", H1)]
    st += paras("奨学金は、毎月支給する月額と、渡航の前に一括して支給する渡航支援金からなる。区分ごとの額は次のとおりである。", 0)
    st += [caption(amounts.title, "（令和６年度、単位：万円）"), amounts.flowable(), Spacer(1, 2)]
    st += notes(["※１ 月額は、派遣期間の月数（１か月未満の端数は切り上げ）に応じて支給する。世帯の所得が一定額以上の場合は、月額を２分の１とする。"])

    st += [P("３　募集と選考", H1)]
    st += paras(f"""
令和６年度（2024年度）は、令和６年１月に募集を行い、{APPLICANTS[0]}人の応募があった。書類審査と面接により{APPLICANTS[1]}人を奨学生として採用し、倍率は約{APPLICANTS[0] / APPLICANTS[1]:.1f}倍であった。
""", 0)
    st += numbered([
        "① 募集要項の公表（毎年12月）",
        "② 応募書類の提出（在学する学校又は大学を通じて財団へ提出）",
        "③ 書類審査",
        "④ 面接（書類審査の通過者のみ）",
        "⑤ 採用の決定と通知（毎年３月中旬）",
        "⑥ 事前研修の受講と派遣",
    ], 0)

    st += [P("４　派遣の実績", H1)]
    st += paras(f"""
令和６年度の奨学生は{tot[3]}人で、その内訳は高校生{tot[1]}人、大学生等{tot[2]}人である。派遣先別では米国が最も多く、オーストラリア、カナダ、英国が続く。長期派遣は21人で、残る39人は短期派遣であった。派遣期間の平均は、短期派遣が５週間、長期派遣が８か月である。高校生の多くは夏休みを利用した短期派遣で、大学生等では長期派遣の割合が高い。
""", 0)
    st += [caption(dests.title, "（令和６年度、単位：人）"), dests.flowable(), Spacer(1, 2)]
    st += notes(["※２ 「－」は、派遣した奨学生がいないことを示す。ドイツは、大学の交換留学のみである。"])

    st += [P("５　研修と帰国後の活動", H1)]
    st += paras("奨学生には、派遣の前後に次のプログラムへの参加を求めている。プログラムは財団が運営し、参加に必要な交通費は財団が負担する。やむを得ない理由で参加できない場合は、事前に財団へ届け出て、後日、録画による補講を受ける。", 0)
    for i, (head, when, what, who) in enumerate(PROGRAMME, 1):
        st += [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("時期", when), ("内容", what), ("参加者", who)], 1)

    st += [P("６　成果と今後の課題", H1)]
    st += paras("""
帰国後のアンケートでは、奨学生の95％が「留学の目的を達成できた」と答えた。
一方、応募者の約７割が県央部の学校に在学しており、県北部と沿岸部の生徒の応募を増やすことが課題である。令和７年度は、オンラインの説明会を増やすとともに、留学経験者による学校訪問を県北部から始める。また、帰国した奨学生が県内の企業や団体で活動できるよう、インターンシップの受入先を県内企業に募り、奨学生との交流会を開く。奨学生の就職先や県内への定着の状況は、今後、帰国後の追跡調査によって把握していく。
""", 0)

    st += [CondPageBreak(32 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{SCHOLAR_DEPT} 国際人材育成班　電話：099-110-3210　ファクス：099-110-3219",
        f"{FOUNDATION} 留学支援係（募集・選考）　電話：099-110-3400",
        "電子メール：ryugaku@ruri-kokusai.example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return yushi_specs() + port_specs() + ryugaku_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    yspecs, pspecs, rspecs = yushi_specs(), port_specs(), ryugaku_specs()
    ydoc = build_pdf(docs_dir / YUSHI_PDF, yspecs, yushi_story(yspecs),
                     f"令和７年度 {YUSHI}のご案内", "令和７年４月", YUSHI_DEPT)
    pdoc = build_pdf(docs_dir / PORT_PDF, pspecs, port_story(pspecs),
                     f"令和６年度 {COUNCIL} 事業報告書", "令和７年６月", COUNCIL)
    rdoc = build_pdf(docs_dir / RYUGAKU_PDF, rspecs, ryugaku_story(rspecs),
                     f"令和６年度 {SCHOLAR} 実施報告書", "令和７年５月", SCHOLAR_DEPT)
    gold = all_gold({YUSHI_PDF: ydoc.row_pages, PORT_PDF: pdoc.row_pages, RYUGAKU_PDF: rdoc.row_pages})
    write_jsonl(out / "tables.jsonl", gold)
    pages = extract_pages(docs_dir)
    write_texts(text_dir, pages)
    return gold, pages



# ================================================================ questions
# `absent` (unanswerable only, not written out): terms that must occur in no document.
# `history` (followups and two unanswerables): the earlier turns of the conversation.
def _turns(*pairs) -> list[dict]:
    out = []
    for user, assistant in zip(pairs[::2], pairs[1::2]):
        out += [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]
    return out


QUESTIONS = [
    # --- yushi: the loan guide, tables (a) (b) (c), notes, a definition, the procedure, Q&A
    dict(question="従業員が12人の製造業の会社が、４年かけて返すつもりで借りる場合、金利は年何％になりますか？",
         category="yushi", doc=YUSHI_PDF, evidence=["小規模事業者 3,000※１ ７年 10年 0.90 1.10"], answer=["1.10"],
         notes="(a) two-level header: 12人 ≤ 20人 makes the company a 小規模事業者 (definition in １); 4年 is the leaf "
               "融資利率（年％）／３年超; 1.30 (中小企業者) and 0.90 (３年以内) are the traps"),
    dict(question="従業員８人の町工場が、機械の購入資金も含めて借りたい場合、いくらまで借りられますか？",
         category="yushi", doc=YUSHI_PDF, evidence=["設備資金を含めて借り入れる場合は、5,000万円"],
         answer=["5,000万円"],
         notes="note ※１ qualifies the cell 3,000※１ of (a) (小規模事業者, 融資限度額（万円）); the printed 3,000 is the trap"),
    dict(question="法人ではなく個人で商売をしていますが、この融資は使えますか？",
         category="yushi", doc=YUSHI_PDF, evidence=["法人・個人の別は問いません"], answer=["法人・個人の別は問いません"],
         notes="Q&A line Ａ of Ｑ１ (it adds that one 確定申告 must have been filed)"),
    dict(question="2022年度には、この融資は何件利用されましたか？",
         category="yushi", doc=YUSHI_PDF, evidence=["令和４年度 26 63,800 2,454"], answer=["26"],
         notes="(c) years as rows: 2022年度 = 令和４年度 (only 2020年度 is printed in Western form); column 融資件数（件）"),
    dict(question="令和６年度の融資額は、制度が始まった年度と比べて何倍になりましたか？",
         category="yushi", doc=YUSHI_PDF, evidence=["令和２年度 12 28,400", "令和６年度 38 103,450"],
         answer=["3.6倍"], computed=True,
         notes="(c) ratio down the 融資額（万円） column: 103,450 / 28,400 = 3.64 (the scheme began in 令和２年度, prose of １)"),
    dict(question="2024年度にタイへ進出する企業向けに貸した金額は、合わせていくらですか？",
         category="yushi", doc=YUSHI_PDF, evidence=["タイ ７ 21,500"], answer=["21,500"],
         notes="(b) side-by-side table: the right half (進出先) of the row that starts with 海外拠点の設備投資 ７ 24,800; "
               "2024年度 = 令和６年度 (caption title); unit 万円 in the caption note"),
    dict(question="輸出向けの商品づくりに使われた融資は、令和６年度に何件ありましたか？",
         category="yushi", doc=YUSHI_PDF, evidence=["輸出用の商品の開発・生産 11 25,650"], answer=["11"],
         notes="(b) side-by-side table, left half (資金使途); the right half of the same printed row is 中国 ６ 14,250"),
    dict(question="2024年度の融資額全体のうち、ベトナムへの進出に使われた分は何パーセントを占めますか？",
         category="yushi", doc=YUSHI_PDF, evidence=["ベトナム 11 33,800", "令和６年度 38 103,450"],
         answer=["32.7%"], computed=True,
         notes="(b) right half ベトナム 33,800 over the year's total 103,450 (table (c), or the prose of ４) = 32.7%; "
               "the prose says only 「ベトナムとタイで全体の半数余り」"),
    dict(question="海外の会社と業務提携をするだけでも、この融資でいう海外展開に当たりますか？",
         category="yushi", doc=YUSHI_PDF, evidence=["海外企業との業務提携"], answer=["海外企業との業務提携"],
         notes="definition (「海外展開」とは、…をいいます) after the 「label：value」 lines of １"),
    dict(question="お金を借りた後も、何か報告を出し続ける必要はありますか？",
         category="yushi", doc=YUSHI_PDF, evidence=["融資実行の翌年度から３年間"], answer=["翌年度から３年間"],
         notes="numbered procedure, step ⑥ (to the 財団, by the end of June each year)"),
    # --- port: the port-promotion council report, tables (d) (e), a definition, siblings
    dict(question="2024年度に韓国航路で取り扱ったコンテナは何TEUでしたか？",
         category="port", doc=PORT_PDF, evidence=["韓国航路 18,420 19,860 1,440 7.8"], answer=["19,860"],
         notes="(d) 2024年度 = 令和６年度 = 当年度 (caption note and note ※３); 18,420 is 前年度"),
    dict(question="フィリピン航路は、前の年度と比べて何％減りましたか？",
         category="port", doc=PORT_PDF, evidence=["フィリピン航路 1,380 1,210 △170 △12.3"], answer=["12.3"],
         notes="(d) a row on the continuation page (page 3, no header); 増減率（％） printed with △ (note ※４)"),
    dict(question="中国向けの３つの航路を合わせると、令和６年度の取扱量はどれだけになりますか？",
         category="port", doc=PORT_PDF,
         evidence=["中国（華北）航路 12,350 11,120", "中国（華中）航路 15,680 16,240", "中国（華南）航路 6,240 5,910"],
         answer=["33,270TEU"], computed=True,
         notes="(d) sum of three rows in the 当年度 column: 11,120 + 16,240 + 5,910 = 33,270"),
    dict(question="2023年度の外貿コンテナの取扱量は、全体で何TEUでしたか？",
         category="port", doc=PORT_PDF, evidence=["合計 67,230 70,440 3,210 4.8"], answer=["67,230"],
         notes="(d) 合計 row on the continuation page; 2023年度 = 令和５年度 = 前年度 (note ※３, on page 3)"),
    dict(question="令和６年度に輸出された化学製品のコンテナはどのくらいありましたか？",
         category="port", doc=PORT_PDF, evidence=["うち化学工業品 6,820 7,310"], answer=["7,310"],
         notes="(e) 内訳 table: an indented うち row of 輸出 (note ※１: 内数)"),
    dict(question="輸入の農水産品は、2023年度から2024年度にかけて何TEU増えましたか？",
         category="port", doc=PORT_PDF, evidence=["うち農水産品 3,980 4,350"], answer=["370TEU"], computed=True,
         notes="(e) difference across the year columns of an indented うち row of 輸入: 4,350 - 3,980 = 370"),
    dict(question="40フィートのコンテナ１本は、TEUで数えるといくつになりますか？",
         category="port", doc=PORT_PDF, evidence=["40フィートのコンテナ１個は２TEU"], answer=["２TEU"],
         notes="definition (「TEU」とは、…をいい) after the 「label：value」 lines of １"),
    dict(question="県内の荷主を回って瑠璃港の利用を勧めた取組で、実際に瑠璃港に切り替えた会社は何社ありましたか？",
         category="port", doc=PORT_PDF, evidence=["瑠璃港への利用転換11社"], answer=["11社"],
         notes="sibling sections: （２）荷主企業への訪問, named by paraphrase; its 成果 line (訪問先52社 is the near miss; "
               "（１） has ４社)"),
    dict(question="この協議会には、いまいくつの団体が入っていますか？",
         category="port", doc=PORT_PDF, evidence=["86団体（令和７年３月末現在）"], answer=["86団体"],
         notes="「label：value」 line 会員 under １ (令和７年度末の目標 100団体 in ４ is the near miss)"),
    # --- ryugaku: the scholarship report, tables (g) (h), a definition, siblings, the procedure
    dict(question="アメリカに留学した奨学生は、高校生と大学生を合わせて何人でしたか？",
         category="ryugaku", doc=RYUGAKU_PDF, evidence=["米国 ９ ７ 16"], answer=["16"],
         notes="(g) table without ruling lines; column 計"),
    dict(question="ドイツに派遣された高校生は何人でしたか？",
         category="ryugaku", doc=RYUGAKU_PDF, evidence=["派遣した奨学生がいない"], answer=["派遣した奨学生がいない"],
         notes="(g) a － cell (ドイツ, 高校生) explained by note ※２ (none; ドイツ is university exchange only); "
               "an answer of 0人 says the same"),
    dict(question="2024年度の奨学生のうち、高校生は何パーセントを占めますか？",
         category="ryugaku", doc=RYUGAKU_PDF, evidence=["合計 35 25 60"], answer=["58.3%"], computed=True,
         notes="(g) ratio within the 合計 row: 35 / 60 = 58.3%"),
    dict(question="大学生が長期で留学する場合、奨学金を受けるのに何か条件はありますか？",
         category="ryugaku", doc=RYUGAKU_PDF, evidence=["大学生等・長期派遣 12 20 単位互換のある留学に限る"],
         answer=["単位互換のある留学に限る"],
         notes="(h) a text cell of the 備考 column, row 大学生等・長期派遣"),
    dict(question="高校生が半年間留学する場合、出発前にまとめてもらえるお金はいくらですか？",
         category="ryugaku", doc=RYUGAKU_PDF, evidence=["高校生・長期派遣 ８ 15"], answer=["15"],
         notes="(h) half a year is 長期派遣 (definition in １); 渡航支援金 is paid in one sum before departure (prose of ２); "
               "unit 万円 in the caption note; 10 (短期) is the trap"),
    dict(question="大学生が10か月間留学すると、奨学金は全部でいくらもらえますか？",
         category="ryugaku", doc=RYUGAKU_PDF, evidence=["大学生等・長期派遣 12 20"], answer=["140万円"], computed=True,
         notes="(h) 月額 × 10 + 渡航支援金: 12 × 10 + 20 = 140万円 (note ※１ halves the 月額 above an income limit, "
               "which the question does not raise)"),
    dict(question="ちょうど３か月の留学は、短期と長期のどちらになりますか？",
         category="ryugaku", doc=RYUGAKU_PDF, evidence=["「長期派遣」とは、派遣期間が３か月以上"], answer=["長期派遣"],
         notes="definitions (「短期派遣」とは…３か月未満, 「長期派遣」とは…３か月以上) after the 「label：value」 lines of １"),
    dict(question="帰国後に学校を回って体験を話す活動には、奨学生が何人参加しましたか？",
         category="ryugaku", doc=RYUGAKU_PDF, evidence=["参加者：奨学生32人"], answer=["32人"],
         notes="sibling sections: （３）帰国後の活動, named by paraphrase; its 参加者 line (60人 and 21人 in the others)"),
    dict(question="選考の結果は、いつごろ知らされますか？",
         category="ryugaku", doc=RYUGAKU_PDF, evidence=["採用の決定と通知（毎年３月中旬）"], answer=["毎年３月中旬"],
         notes="numbered procedure, step ⑤"),
    # --- followup (history)
    dict(question="その場合、設備を買うための資金なら何年以内に返せばいいですか？",
         category="followup", doc=YUSHI_PDF, evidence=["中小企業者 8,000 ７年 10年"], answer=["10年"],
         history=_turns("普通の中小企業がこの融資を使う場合、いくらまで借りられますか？",
                        "中小企業者の融資限度額は8,000万円です。[1]"),
         notes="(a) the row 中小企業者 from the history, leaf 融資期間／設備資金; ７年 is 運転資金"),
    dict(question="それが翌年度にはどれだけになりましたか？",
         category="followup", doc=PORT_PDF, evidence=["ベトナム航路 3,150 4,980 1,830 58.1"], answer=["4,980"],
         history=_turns("2023年度のベトナム航路のコンテナ取扱量はどのくらいでしたか？",
                        "令和５年度（前年度）のベトナム航路の外貿コンテナ取扱量は3,150TEUです。[1]"),
         notes="(d) 翌年度 = 令和６年度 = 当年度, the row ベトナム航路 from the history (the last row before the page break)"),
    dict(question="そこに行った高校生は何人でしたか？",
         category="followup", doc=RYUGAKU_PDF, evidence=["英国 ４ ５ ９"], answer=["４"],
         history=_turns("英国に派遣された大学生等は何人ですか？",
                        "令和６年度に英国へ派遣された大学生等の奨学生は５人です。[1]"),
         notes="(g) the row 英国 from the history, the other value column"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=YUSHI_PDF, evidence=["電話：099-110-2450"], answer=["099-110-2450"],
         history=_turns("融資を申し込む前の相談は、どこでできますか？",
                        "公益財団法人瑠璃県産業振興財団の海外ビジネス相談窓口で事前相談ができます。[1]"),
         notes="contact box of the guide: the 財団's line; the 県 金融班's 099-110-2310 in the same box is the near miss"),
    # --- unanswerable: the topic is present, the detail is absent (doc null)
    dict(question="その利率で借りて、途中でまとめて返した場合、手数料はかかりますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         history=_turns("小規模事業者が３年以内で返す場合、利率は年何％ですか？",
                        "小規模事業者の融資利率は、３年以内の場合は年0.90％です。[1]"),
         notes="follow-up: the guide gives the rates, 返済方法 (元金均等の月賦返済) and the 保証料, nothing on early repayment "
               "or its fee",
         absent=["繰上", "繰り上げ", "手数料", "違約金", "一括返済"]),
    dict(question="そのセミナーには何人が参加しましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         history=_turns("ベトナムで開いたポートセミナーの成果を教えてください。",
                        "個別商談が18件あり、ベトナム航路を新たに利用した会社が４社ありました。[1]"),
         notes="follow-up: sibling （１）海外ポートセミナー gives 実施時期, 内容 and 成果 (商談18件, ４社), no attendance",
         absent=["参加者数", "人が参加", "名が参加", "社が参加", "来場"]),
    dict(question="令和６年度に、審査で融資を断られた件数は何件ありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the loans made (38件) and the steps ③–④ of the screening, no rejections",
         absent=["否決", "謝絶", "不承認", "断られ", "申込件数"]),
    dict(question="瑠璃港のコンテナ岸壁の水深は何メートルですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report names the new gantry crane and reefer power supply, no berth or depth",
         absent=["水深", "岸壁", "メートル"]),
    dict(question="インドネシアとの航路では、どれくらいのコンテナを扱っていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="table (d) has no such route (the nine routes are 韓国 … フィリピン); the loan guide's その他 note names "
               "インド, which is the string trap",
         absent=["インドネシア"]),
    dict(question="留学中の海外旅行保険の保険料は、奨学金とは別に出してもらえますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report gives 月額 and 渡航支援金 with 備考 notes, nothing on insurance",
         absent=["保険"]),
    dict(question="フランスに留学した奨学生は何人いましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="table (g) has no フランス row (ドイツ is the only continental European destination)",
         absent=["フランス"]),
    dict(question="奨学生がどこの高校の生徒だったか、学校ごとの人数はわかりますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report says only that about 70 % of applicants are from 県央部 schools and that 24 schools were "
               "visited; no figures per school",
         absent=["出身校", "出身高校", "学校別", "高校別", "校別"]),
]
CATEGORY_COUNTS = {"yushi": 10, "port": 9, "ryugaku": 9, "followup": 4, "unanswerable": 8}
LISTS = 0
SIBLING = 2  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 2
FOLLOWUP_CUES = ("その", "そこ", "翌年度", "それ")
PREFIX_Q, PREFIX_T = "h11q", "h11t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, G, H = ("融資対象者別の融資条件", "令和６年度の融資実績の内訳", "融資実績の推移",
                       "航路別の外貿コンテナ取扱量", "輸出入別・主な品目別の実入りコンテナ取扱量",
                       "派遣先国・地域別の奨学生数", "奨学金の支給額")
LETTERS = dict(zip((A, B, C, D, E, G, H), "abcdegh"))


def _pct(x, y) -> str:
    return f"{half_up(Decimal(x * 100) / Decimal(y), '0.1')}%"


COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h11q05": lambda g: f"{half_up(Decimal(g(C, '令和６年度', '融資額（万円）', 2024)) / Decimal(g(C, '令和２年度', '融資額（万円）', 2020)), '0.1')}倍",
    "h11q08": lambda g: _pct(g(B, "ベトナム", "融資額", 2024), g(C, "令和６年度", "融資額（万円）", 2024)),
    "h11q13": lambda g: f"{sum(g(D, r, '当年度', 2024) for r in ('中国（華北）航路', '中国（華中）航路', '中国（華南）航路')):,}TEU",
    "h11q16": lambda g: f"{g(E, 'うち農水産品', '令和６年度', 2024) - g(E, 'うち農水産品', '令和５年度', 2023):,}TEU",
    "h11q22": lambda g: _pct(g(G, "合計", "高校生", 2024), g(G, "合計", "計", 2024)),
    "h11q25": lambda g: f"{g(H, '大学生等・長期派遣', '月額', 2024) * 10 + g(H, '大学生等・長期派遣', '渡航支援金', 2024)}万円",
}


# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {YUSHI_PDF: (2, 3), PORT_PDF: (2, 3), RYUGAKU_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (100, 160)
TABLE_QUESTIONS = 16  # at least, over all categories
BEFORE_BREAK_ROWS = ("韓国航路", "ベトナム航路")  # rows of (d) expected before the page break
CONTINUED_ROWS = ("フィリピン航路", "合計")  # and after it
TEXT_COLS = {(H, "備考")}  # the only text-cell column (besides － cells)


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout11.py")
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
    n_table = sum(bool(table_of(q)) for q in questions if q["doc"])
    if n_table < TABLE_QUESTIONS:
        errors.append(f"{n_table} table questions, expected at least {TABLE_QUESTIONS}")
    for t in LETTERS:  # every table is asked about
        if not any(t in table_of(q) for q in questions if q["doc"]):
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout11.py")
    table_pages = defaultdict(set)
    for g in gold:
        table_pages[g["table"]].add(g["page"])
    for i, g in enumerate(gold, 1):
        if list(g) != GOLD_KEYS:
            errors.append(f"gold {i}: fields {list(g)}")
            continue
        if g["id"] != f"{PREFIX_T}{i:03d}":
            errors.append(f"gold {i}: id {g['id']!r}")
        text_cell = (g["table"], g["column"]) in TEXT_COLS
        number, _ = (None, None) if text_cell else parse_number(g["value"])
        if number != g["number"]:
            errors.append(f"{g['id']}: number {g['number']!r}, value {g['value']!r} parses to {number!r}")
        if (g["number"] is not None or g["value"] == DASH) and g["unit"] is None:
            errors.append(f"{g['id']}: numeric cell without unit")
        if g["number"] is None and g["value"] != DASH and (g["unit"] is not None or not text_cell):
            errors.append(f"{g['id']}: a non-numeric cell must be a 備考 text cell without unit")
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
    """Totals, 増減, 増減率, averages and the two halves of the side-by-side table add up."""
    errors = []
    t = defaultdict(lambda: defaultdict(dict))
    for g in gold:
        t[g["table"]][g["row"]][g["column"]] = g["number"]
    # (b): both halves of the side-by-side table add up to the year's row of (c)
    n6, a6 = t[C]["令和６年度"]["融資件数（件）"], t[C]["令和６年度"]["融資額（万円）"]
    for names in ([r[0] for r in BY_USE], [r[0] for r in BY_DEST]):
        if sum(t[B][n]["件数"] for n in names) != n6 or sum(t[B][n]["融資額"] for n in names) != a6:
            errors.append(f"{B}: a half does not add up to 令和６年度 of {C}")
    for row, r in t[C].items():
        if r["平均融資額（万円）"] != avg(r["融資額（万円）"], r["融資件数（件）"]):
            errors.append(f"{C} / {row}: 平均融資額 is not the rounded average")
    # (d): 合計, 増減 and 増減率
    d = t[D]
    for col in ("前年度", "当年度", "増減"):
        if d["合計"][col] != sum(r[col] for row, r in d.items() if row != "合計"):
            errors.append(f"{D}: 合計 of {col} does not add up")
    for row, r in d.items():
        if r["増減"] != r["当年度"] - r["前年度"]:
            errors.append(f"{D} / {row}: 増減 is not 当年度 - 前年度")
        if nfkc(change_rate(r["当年度"], r["前年度"])).replace(MINUS, "-") != str(r["増減率（％）"]):
            errors.append(f"{D} / {row}: 増減率 is not the rounded rate")
    # (e): うち rows are parts of their parent, the parts sum to less, 合計 = 輸出 + 輸入
    e = t[E]
    parent = None
    parts = defaultdict(list)
    for n, _a, _b in GOODS:
        if n.startswith("うち"):
            parts[parent].append(n)
        else:
            parent = n
    for col in ("令和５年度", "令和６年度"):
        for p, kids in parts.items():
            if sum(e[k][col] for k in kids) >= e[p][col]:
                errors.append(f"{E}: the うち rows of {p} are not a part of it in {col}")
        if e["合計"][col] != e["輸出"][col] + e["輸入"][col]:
            errors.append(f"{E}: 合計 of {col} is not 輸出 + 輸入")
        if e["合計"][col] >= d["合計"]["前年度" if col == "令和５年度" else "当年度"]:
            errors.append(f"{E}: 実入り 合計 should be below the total with empties in {D}")
    # (g): 計 and 合計
    gg = t[G]
    for row, r in gg.items():
        if r["計"] != (r["高校生"] or 0) + r["大学生等"]:
            errors.append(f"{G} / {row}: 計 is not 高校生 + 大学生等")
    for col in ("高校生", "大学生等", "計"):
        if gg["合計"][col] != sum(r[col] or 0 for row, r in gg.items() if row != "合計"):
            errors.append(f"{G}: 合計 of {col} does not add up")
    # (a): a 小規模事業者 gets no more than a 中小企業者; the notes raise the footnoted limits
    a = t[A]
    if not a["小規模事業者"]["融資限度額（万円）"] < SMALL_WITH_EQUIPMENT <= a["中小企業者"]["融資限度額（万円）"] \
            or not a["組合等"]["融資限度額（万円）"] < UNION_ONLEND:
        errors.append(f"{A}: the footnoted limits do not fit notes ※１ and ※２")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    routes = specs["routes"]
    dp = sorted({g["page"] for g in gold if g["table"] == D})
    if len(dp) != 2:
        errors.append(f"{D} is on pages {dp}, expected a page break inside it")
    else:
        header = norm("".join(routes.header[0]))
        on = [i + 1 for i, p in enumerate(pages[PORT_PDF]) if header in norm(p)]
        if routes.repeat_header or on != dp[:1]:
            errors.append(f"{D}: header printed on pages {on}, expected only on {dp[:1]}")
        first = {g["row"] for g in gold if g["table"] == D and g["page"] == dp[0]}
        cont = {g["row"] for g in gold if g["table"] == D and g["page"] == dp[1]}
        if not 3 <= len(first) <= 8:
            errors.append(f"{D}: {len(first)} rows before the page break, expected 3-8")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{D}: rows on the wrong side of the page break")
        if norm("当年度は令和６年度") not in norm(pages[PORT_PDF][dp[1] - 1]):
            errors.append(f"{D}: note ※３ (which years 前年度 and 当年度 are) should follow the table on the continuation page")
    for key in ("terms", "years", "split", "goods", "dests", "amounts"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["dests"].ruled or not all(s.ruled for k, s in specs.items() if k != "dests"):
        errors.append("only the 派遣先国・地域別 table must be drawn without ruling lines")
    # (a): two header rows, four spans, group／leaf columns, two footnoted cells
    terms = specs["terms"]
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["融資限度額（万円）", "融資期間／運転資金", "融資期間／設備資金", "融資利率（年％）／３年以内", "融資利率（年％）／３年超"]
    if len(terms.header) != 2 or len(terms.spans) != 4 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    marked = [(g["row"], g["value"]) for g in gold if "※" in g["value"]]
    if [r for r, _v in marked] != ["小規模事業者", "組合等"] or any(g["table"] != A for g in gold if "※" in g["value"]):
        errors.append(f"{A}: expected footnote marks in exactly two 融資限度額 cells, got {marked}")
    if [g["unit"] for g in gold if g["table"] == A and g["column"].startswith("融資期間")] != ["年"] * 8:
        errors.append(f"{A}: the 融資期間 cells should carry the unit 年 in the cell")
    # (b): two halves next to each other, the left one shorter
    split = specs["split"]
    rows_b = [g["row"] for g in gold if g["table"] == B]
    if split.rows[-1][0] or not split.rows[-1][3] or len(set(rows_b)) != len(BY_USE) + len(BY_DEST):
        errors.append(f"{B}: expected a shorter left half and a right half with its own labels")
    # (c): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == C][::3] != [y for y, *_x in LOAN_YEARS]:
        errors.append(f"{C}: expected years as rows")
    # (d): 前年度／当年度 by the caption's year, △ cells negative, units
    dcells = [g for g in gold if g["table"] == D]
    if {(g["column"], g["fiscal_year"]) for g in dcells} != {("前年度", 2023), ("当年度", 2024), ("増減", 2024), ("増減率（％）", 2024)}:
        errors.append(f"{D}: columns should be 前年度 (2023), 当年度, 増減, 増減率 (2024)")
    neg = [g for g in dcells if g["value"].startswith(MINUS)]
    if not neg or any(g["number"] >= 0 for g in neg) or any(g["number"] < 0 for g in dcells if g not in neg):
        errors.append(f"{D}: △ cells should be exactly the negative ones")
    if any(g["unit"] != ("%" if g["column"] == "増減率（％）" else "TEU") for g in dcells):
        errors.append(f"{D}: units should be TEU and % for 増減率")
    # (e): indented うち rows, printed with their full-width indent
    goods = specs["goods"]
    if [r[0] for r in goods.rows if r[0].startswith(INDENT)] != [INDENT + n for n, *_x in GOODS if n.startswith("うち")]:
        errors.append(f"{E}: the うち rows should be printed indented")
    raw = pages[PORT_PDF]
    if not any(line.startswith(INDENT + "うち") for p in raw for line in p.splitlines()):
        errors.append(f"{E}: pypdf no longer shows the indent of the うち rows")
    # (g): one － cell; (h): 備考 text cells
    if [(g["row"], g["column"]) for g in gold if g["table"] == G and g["value"] == DASH] != [("ドイツ", "高校生")]:
        errors.append(f"{G}: the only － cell should be ドイツ 高校生")
    h = [g for g in gold if g["table"] == H and g["column"] == "備考"]
    if len(h) != len(AMOUNTS) or any(g["number"] is not None or g["unit"] is not None for g in h):
        errors.append(f"{H}: expected {len(AMOUNTS)} 備考 text cells")
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

    guide = norm("\n".join(pages[YUSHI_PDF]))
    if norm(f"延べ{sum(r[1] for r in LOAN_YEARS)}件の融資") not in guide:
        errors.append("guide: the five-year total of loans in the prose differs from (c)")
    if norm(f"令和６年度は{LOAN_YEARS[-1][1]}件、{LOAN_YEARS[-1][2]:,}万円") not in guide:
        errors.append("guide: the 令和６年度 figures in the prose differ from (c)")
    vt = sum(r[2] for r in BY_DEST if r[0] in ("ベトナム", "タイ")) / LOAN_YEARS[-1][2]
    if not 0.5 < vt < 0.6:
        errors.append("guide: 「ベトナムとタイで全体の半数余り」 does not hold")
    if max(BY_USE, key=lambda r: r[1])[0] != "輸出用の商品の開発・生産":
        errors.append("guide: 「輸出用の商品の開発・生産が最も多く」 does not hold")
    avgs = [avg(a, n) for _y, n, a in LOAN_YEARS]
    ns = [n for _y, n, _a in LOAN_YEARS]
    if ns != sorted(set(ns)) or avgs[1:] != sorted(avgs[1:]):
        errors.append("guide: the counts should grow every year (and the average since 令和３年度)")
    for d in ("「海外展開」とは", "「小規模事業者」とは"):
        if norm(d) not in guide:
            errors.append(f"guide: the definition {d} is missing")
    raw = "\n".join(pages[YUSHI_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("guide: expected three Ｑ lines and three Ａ lines")
    steps = re.findall(r"[①-⑥]", "".join(x for x in raw if re.match(r"\s*[①-⑥]", x)))
    if steps != list("①②③④⑤⑥"):
        errors.append(f"guide: the procedure should be numbered ①-⑥, got {steps}")
    top = pages[YUSHI_PDF][2].splitlines()[4]  # the first body line of page 3, after the running header
    if "問い合わせ先" in top or norm("相談は無料") not in norm(pages[YUSHI_PDF][2]):
        errors.append("guide: the Ａ of Ｑ３ should run over the page 2→3 break")
    phones = re.findall(r"099-110-\d{4}", guide)
    if phones != ["099-110-2310", "099-110-2319", "099-110-2450"]:
        errors.append(f"guide: the contact box should give the 県's phone and fax, then the 財団's phone: {phones}")

    rep = norm("\n".join(pages[PORT_PDF]))
    siblings(rep, "port report", ("実施時期：", "内容：", "成果："), [a[0] for a in ACTIVITIES])
    ta, tb = sum(r[1] for r in ROUTES), sum(r[2] for r in ROUTES)
    if norm(f"取扱量は{tb:,}TEUで、前年度に比べ{change_rate(tb, ta)}％増加") not in rep:
        errors.append("port report: the total and its rate in the prose differ from (d)")
    ranked = [n for n, _a, _b in sorted(ROUTES, key=lambda r: -r[2])]
    if ranked[:3] != ["韓国航路", "中国（華中）航路", "中国（華北）航路"]:
        errors.append("port report: the ranking in the prose does not hold")
    if [n for n, a, b in ROUTES if b < a] != ["中国（華北）航路", "中国（華南）航路", "香港航路", "フィリピン航路"]:
        errors.append("port report: the routes that fell differ from the prose's examples")
    vn = next(r for r in ROUTES if r[0] == "ベトナム航路")
    if f"{vn[2] / vn[1]:.1f}" != "1.6":
        errors.append("port report: ベトナム航路 「約1.6倍」 does not hold")
    china = sum(r[2] for r in ROUTES if r[0].startswith("中国"))
    if not 0.4 <= china / tb < 0.5:
        errors.append("port report: 「中国の３航路…全体の半数近く」 does not hold")
    ex = {n: (a, b) for n, a, b in GOODS}
    if not (ex["輸入"][1] > ex["輸出"][1] and ex["うち化学工業品"][1] > ex["うち化学工業品"][0]
            and ex["うち産業機械・部品"][1] > ex["うち産業機械・部品"][0] and ex["うち紙・パルプ"][1] < ex["うち紙・パルプ"][0]):
        errors.append("port report: the prose on (e) does not hold")
    for d in ("「TEU」とは", "「外貿コンテナ」とは"):
        if norm(d) not in rep:
            errors.append(f"port report: the definition {d} is missing")

    sch = norm("\n".join(pages[RYUGAKU_PDF]))
    siblings(sch, "scholarship report", ("時期：", "内容：", "参加者："), [p[0] for p in PROGRAMME])
    hs = sum(a or 0 for _n, a, _b in DESTS)
    un = sum(b for *_x, b in DESTS)
    if norm(f"奨学生は{hs + un}人で、その内訳は高校生{hs}人、大学生等{un}人") not in sch or hs + un != APPLICANTS[1]:
        errors.append("scholarship report: the totals in the prose differ from (g)")
    ranked = [n for n, a, b in sorted(DESTS, key=lambda r: -((r[1] or 0) + r[2]))]
    if ranked[:2] != ["米国", "オーストラリア"]:
        errors.append("scholarship report: 「米国が最も多く、オーストラリア…」 does not hold")
    if norm(f"{APPLICANTS[0]}人の応募") not in sch or norm(f"約{APPLICANTS[0] / APPLICANTS[1]:.1f}倍") not in sch:
        errors.append("scholarship report: the applicants and the ratio in the prose do not hold")
    if norm("６　成果と今後の課題") not in norm(pages[RYUGAKU_PDF][1]) or norm("一方、応募者の約７割") not in norm(pages[RYUGAKU_PDF][2]):
        errors.append("scholarship report: section ６ should run over the page 2→3 break")
    for d in ("「短期派遣」とは", "「長期派遣」とは"):
        if norm(d) not in sch:
            errors.append(f"scholarship report: the definition {d} is missing")
    # every phone number of the set is fictional (099-110-xxxx)
    for n, p in pages.items():
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", norm("\n".join(p))):
            if not ph.startswith("099-110-"):
                errors.append(f"{n}: phone number {ph} outside 099-110-xxxx")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
