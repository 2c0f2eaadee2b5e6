"""Build the 星見県 held-out set 7: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (星見県 and every town, programme, organisation, person, phone
number, address, URL and figure; サンタ・ルシナ州 and its capital ポルト・ルシナ市 are invented
too). The documents are in three genres the earlier sets do not use: an annual results report
of a prefectural export-promotion programme (海外販路開拓支援事業 実績報告書), an implementation
plan for a sister-state anniversary (友好提携40周年記念事業 実施計画) with an event schedule, and a
call for applications for a trade-fair exhibition subsidy (海外見本市出展支援補助金 公募要領);
see README.md beside this file.

    python make_heldout7.py [OUTPUT_DIR]          # default: this file's directory

Needs reportlab and pypdf (both in the project venv). The code structure follows
../heldout6/make_heldout6.py; the helpers are in ../docgen.py. The gold cells are generated from
the same specs that draw the tables; PDF page numbers are recorded while reportlab lays the
pages out. The output is byte-identical on every run (reportlab ``invariant=True``). The
script exits 1 if any check fails.
"""


import datetime
import re
import sys
import unicodedata
from collections import defaultdict
from fractions import Fraction
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
    UNKNOWN,
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
    pct,
    pdf_pages,
    read_jsonl,
    report,
    write_jsonl,
    write_texts,
)

HANRO_PDF = "hoshimi_kaigai_hanro_shien_jisseki_r6.pdf"
YUKO_PDF = "hoshimi_santalucina_yuko40_jisshi_keikaku.pdf"
MIHON_PDF = "hoshimi_mihonichi_shutten_hojokin_koubo_r7.pdf"
ALL_PDFS = (HANRO_PDF, YUKO_PDF, MIHON_PDF)

UNITS = ("百万円", "千円", "万円", "点", "社", "件", "人", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header (columns) or of a grouped row label (rows)
WEEKDAYS = "月火水木金土日"


def fiscal_year(label: str | None) -> int | None:
    """Western fiscal year of a label naming one year (令和５年度 or 2024年度); None otherwise."""
    if not label or fiscal_year_range(label):
        return None
    s = unicodedata.normalize("NFKC", label)
    years = [era_year(*y) for y in re.findall(ERA_YEAR + r"年度", s)]
    years += [int(y) for y in re.findall(r"(20\d\d)年度", s)]
    return years[0] if len(years) == 1 else None


def parse_number(value: str):
    """(number, unit) as printed after NFKC; a leading ＋ or △ (minus) signs the number;
    (None, None) for dashes and text cells (２分の１以内)."""
    v = unicodedata.normalize("NFKC", value).strip()
    sign = 1
    if v[:1] == "+":
        v = v[1:]
    elif v[:1] == "△":
        sign, v = -1, v[1:]
    number, unit = docgen.parse_number(v, UNITS)
    return (None, None) if number is None else (sign * number, unit)


def label(s: str) -> str:
    """A row or column label as the gold records it: a label printed on two lines is joined."""
    return s.replace("\n", "")


def unit_in_header(spec, c):
    """The unit at the end of a column header (商談件数（件） -> 件), else None."""
    m = re.search(r"（([^（）]+)）$", spec.column_label(c))
    return m.group(1) if m else None


def signed(n: int) -> str:
    """A 増減 cell: ＋ for an increase, △ for a decrease, digits as docgen prints them."""
    return ("＋" if n > 0 else "△" if n < 0 else "") + fw(abs(n))


def yen_sen(n: int) -> str:
    """An amount printed with its unit inside the cell (12,600千円)."""
    return f"{fw(n)}千円"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf and an optional
    grouping first column (a 区分 cell spanning several rows) read as group／row label.

    The gold column label joins, top to bottom, every header cell printed above a column: the
    cell itself, or a header cell spanning it from the left in the same header row. The gold
    row label of a grouped table joins the group cell that spans the row with the row's own
    label."""

    group_col: int | None = None

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
                if r0 == r and c0 != c:  # spanning from the left in this header row
                    parts.append(label(self.header[r0][c0]))
        if not parts:
            raise ValueError(f"{self.key}: column {c} has no header")
        return parts

    def column_label(self, c) -> str:
        return GROUP_SEP.join(self.header_parts(c))

    def column_year(self, c) -> int | None:
        years = [fiscal_year(p) for p in self.header_parts(c) if fiscal_year(p)]
        return years[-1] if years else None

    def group_of(self, i: int) -> str:
        """The group cell printed over data row i (the row's own or a span from above)."""
        nh, g = len(self.header), self.group_col
        if self.rows[i][g]:
            return self.rows[i][g]
        for (c0, r0), (c1, r1) in self.spans:
            if c0 <= g <= c1 and r0 <= nh + i <= r1:
                return self.rows[r0 - nh][c0]
        raise ValueError(f"{self.key}: row {i} has no group")

    def row_label(self, i: int) -> str:
        own = label(self.rows[i][self.label_col])
        return own if self.group_col is None else f"{label(self.group_of(i))}{GROUP_SEP}{own}"


def grouped(spec: TableSpec, group_col: int) -> TableSpec:
    spec.group_col = group_col
    return spec


def gold_records(spec: TableSpec, pages_of: dict) -> list[dict]:
    """One gold record per data cell; pages_of maps (spec.key, row index) to the page(s) drawn."""
    out = []
    for i, r, c, value in data_cells(spec):
        number, cell_unit = parse_number(value)
        unit = cell_unit or spec.cell_unit(r, c)
        if number is None and value != UNKNOWN:
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
    """「label：value」 body lines (label and value on one line, hanging indent)."""
    return [P(f"{k}：{v}", hanging(level, 1)) for k, v in pairs]


def dated(d: datetime.date, era: bool = True) -> str:
    """令和７年５月24日（土） (era=True) or ５月24日（土）, weekday from the date."""
    head = f"令和{fw(d.year - 2018)}年" if era else ""
    return f"{head}{fw(d.month)}月{fw(d.day)}日（{WEEKDAYS[d.weekday()]}）"


PREF = "星見県"
CIRCLED = "①②③④⑤⑥⑦⑧⑨"
STATE = "サンタ・ルシナ州"
CAPITAL = "ポルト・ルシナ市"

# ================================================================ document 1: export-promotion results report
HANRO = f"{PREF}海外販路開拓支援事業"
HANRO_DEPT = f"{PREF} 商工労働部 国際ビジネス課"
PROGRAMMES = [  # 見出し, 内容, 実施時期, 支援企業数 (same labels in every sibling section)
    ("海外見本市への出展支援",
     "海外の食品・生活用品見本市に県の共同ブースを設け、出展企業の小間料と装飾費を県が負担した",
     "令和６年９月（台湾）、11月（シンガポール）、令和７年２月（米国）", 32),
    ("海外バイヤー招へい商談会",
     "台湾、香港及びタイから食品バイヤーを招き、県内で個別商談会と産地視察を行った",
     "令和６年７月及び令和７年１月", 45),
    ("越境ＥＣ出店支援",
     "海外の電子商取引モールに県産品の特設ページを設け、出店料と翻訳費を助成した",
     "令和６年５月から令和７年３月まで", 21),
    ("輸出実務セミナー",
     "貿易書類の作成、輸出先の食品規制、代金回収などをテーマに、少人数制の講座を開催した",
     "令和６年６月から12月まで（全６回）", 48),
]
YEARS = [  # 年度, 支援企業数（社）, 商談件数（件）, 成約件数（件）, 成約金額（百万円）
    (2020, 58, 412, 38, 142),
    (2021, 71, 586, 61, 236),
    (2022, 86, 731, 82, 318),
    (2023, 94, 844, 97, 398),
    (2024, 103, 912, 108, 455),
]
PENDING = (4, 37)  # note ※２: 令和６年度の成約金額 455 includes 4 deals (37百万円) still being contracted
REGIONS = [  # 国・地域, 商談件数, 成約件数, 成約金額（百万円） (令和６年度)
    ("台湾", 214, 31, 128),
    ("香港", 163, 19, 74),
    ("シンガポール", 142, 17, 69),
    ("タイ", 121, 12, 41),
    ("米国", 138, 15, 82),
    ("ベトナム", 86, 8, 33),
    ("その他", 48, 6, 28),
]
OTHER_REGIONS = "マレーシア、オーストラリア、英国及びカナダ"  # note ※４ (who is in その他)
PRODUCTS = [  # 品目, 令和５年度, 令和６年度 (百万円); 増減 is computed and printed signed
    ("日本酒・焼酎", 96, 118),
    ("菓子", 54, 51),
    ("水産加工品", 88, 97),
    ("果実・野菜", 62, 74),
    ("茶", 41, 45),
    ("工芸品・生活雑貨", 57, 70),
]


def hanro_specs():
    years = TableSpec(
        key="years", doc=HANRO_PDF, title="年度別の支援実績の推移",
        header=[["年度", "支援企業数（社）", "商談件数（件）", "成約件数（件）", "成約金額（百万円）"]],
        rows=[[f"令和{fw(y - 2018)}年度"] + [fw(x) for x in v] for y, *v in YEARS],
        col_widths=[30 * mm, 32 * mm, 32 * mm, 32 * mm, 34 * mm],
    )
    years.unit = lambda row, c, s=years: unit_in_header(s, c)
    tot = ["合計"] + [fw(sum(r[i] for r in REGIONS)) for i in (1, 2, 3)]
    regions = TableSpec(
        key="regions", doc=HANRO_PDF, title="国・地域別の商談実績",
        header=[["国・地域", "商談件数\n（件）", "成約件数\n（件）", "成約金額\n（百万円）"]],
        rows=[[n] + [fw(x) for x in v] for n, *v in REGIONS] + [tot],
        col_widths=[44 * mm, 26 * mm, 26 * mm, 26 * mm], ruled=False, table_fy=2024,
    )
    regions.unit = lambda row, c, s=regions: unit_in_header(s, c)
    t5, t6 = sum(p[1] for p in PRODUCTS), sum(p[2] for p in PRODUCTS)
    products = TableSpec(
        key="products", doc=HANRO_PDF, title="品目別の成約金額",
        header=[["品目", "令和５年度", "令和６年度", "増減"]],
        rows=[[n, fw(a), fw(b), signed(b - a)] for n, a, b in PRODUCTS] + [["合計", fw(t5), fw(t6), signed(t6 - t5)]],
        col_widths=[52 * mm, 30 * mm, 30 * mm, 30 * mm], unit="百万円",
    )
    return years, regions, products


def hanro_story(specs):
    years, regions, products = specs
    y6 = YEARS[-1]
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{HANRO} 実績報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年６月", DATE_RIGHT), P(HANRO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]

    st += [P("１　事業の概要", H1)]
    st += lv_lines([
        ("事業名", HANRO),
        ("目的", "県内中小企業の海外での販路開拓を支援し、県産品の輸出拡大を図る"),
        ("実施期間", "令和６年４月１日から令和７年３月31日まで"),
        ("委託先", "公益財団法人ほしみ産業振興機構（海外見本市への出展支援を除く。）"),
        ("予算額", "48,600千円（決算額 46,920千円）"),
    ], 0)

    st += [P("２　事業別の実施状況", H1)]
    st += paras("本事業は、次の４つの事業で構成している。", 0)
    for i, (head, what, when, firms) in enumerate(PROGRAMMES, 1):
        st += [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("内容", what), ("実施時期", when), ("支援企業数", f"{fw(firms)}社")], 1)
    st += notes([f"※ 複数の事業を利用した企業があるため、各事業の支援企業数を合計しても、"
                 f"３の表の令和６年度の支援企業数（{y6[1]}社）とは一致しない。"])

    st += [P("３　支援実績の推移", H1)]
    st += paras(f"""
事業を開始した令和２年度からの支援実績は、次のとおりである。令和６年度は、支援企業数が初めて100社を超え、成約件数も{y6[3]}件と過去最多となった。
""", 0)
    st += [caption(years.title), years.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 令和２年度は、新型コロナウイルス感染症の影響により、商談会をオンラインでのみ実施した。",
        f"※２ 令和６年度の成約金額{y6[4]}百万円には、年度末の時点で契約手続中であった{fw(PENDING[0])}件、"
        f"{PENDING[1]}百万円が含まれる。契約済みの額は{y6[4] - PENDING[1]}百万円である。",
        "※３ 成約金額は、各年度の３月末の為替相場で円に換算した。",
    ])

    st += [P("４　国・地域別の商談実績", H1)]
    st += paras("""
令和６年度の商談を国・地域別にみると、台湾が件数、金額とも最も多かった。米国は、商談件数では４番目であるが、成約１件当たりの金額が最も大きい。
""", 0)
    st += [caption(regions.title, "（令和６年度）"), regions.flowable(), Spacer(1, 2)]
    st += notes([f"※４ 「その他」は、{OTHER_REGIONS}である。"])

    st += [P("５　品目別の成約金額", H1)]
    st += paras("""
日本酒・焼酎は、台湾と米国での取引の拡大により大きく伸びた。一方、菓子は、香港での取引先の見直しにより前年度を下回った。
""", 0)
    st += [caption(products.title, "（単位：百万円）"), products.flowable(), Spacer(1, 2)]
    st += notes(["※５ 「増減」欄の「△」は、前年度からの減少を示す。"])

    st += [P("６　成果と課題", H1)]
    st += paras("""
見本市への出展と招へい商談会を組み合わせたことで、初めて輸出に取り組む企業でも継続的な取引につながる例が増えた。一方、成約後の物流費の負担や、輸出先ごとに異なる食品表示への対応を課題に挙げる企業が多く、商談後の実務支援を充実させる必要がある。
""", 0)
    st += [P("７　令和７年度の取組", H1)]
    st += paras(f"""
令和７年度は、企業が自ら選んだ見本市に出展する場合にも経費の一部を助成する「{PREF}海外見本市出展支援補助金」を新たに設けるとともに、輸出実務セミナーに物流と食品表示の講座を加える。
""", 0)
    st += [CondPageBreak(35 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{HANRO_DEPT} 販路開拓担当",
        "電話：099-070-1210　ファクス：099-070-1219",
        "電子メール：hanro@pref.hoshimi.example.jp",
    ]))
    return st


# ================================================================ document 2: sister-state anniversary plan
YUKO = f"{PREF}・{STATE}友好提携40周年記念事業"
YUKO_DEPT = f"{PREF} 総合政策部 国際交流課"
SIGNED_YEAR = 1985  # 友好提携の調印; 40周年 = 2025 (令和７年)
HISTORY = [
    (1985, f"友好提携の調印（州都{CAPITAL}）"),
    (1993, f"州都に「{PREF}ビジネス交流デスク」を開設"),
    (2005, "高校生の相互派遣を開始"),
    (2015, "30周年記念式典の開催、経済交流に関する覚書の締結"),
    (2021, "オンラインによる大学生の共同学習を開始"),
]
VISITS = [  # 分野, 派遣 令和５・６年度, 受入れ 令和５・６年度
    ("行政・議会", 12, 8, 6, 9),
    ("経済", 18, 24, 11, 15),
    ("教育・青少年", 25, 32, 20, 22),
    ("文化・スポーツ", 14, 19, 9, 16),
]
EVENTS = [  # 見出し, 時期, 場所, 内容, 担当 (same labels in every sibling section)
    ("記念式典", "令和７年10月", f"{CAPITAL}（州都）",
     "知事を団長とする友好訪問団が州を訪れ、州知事とともに記念式典を開催し、次の10年に向けた共同声明に署名する",
     "総合政策部 国際交流課"),
    ("経済交流", "令和７年11月及び令和８年１月", f"{CAPITAL}及び星見市",
     "県内企業による経済交流ミッションを州に派遣するとともに、州の企業を招いて県内で商談会を開催する",
     "商工労働部 国際ビジネス課"),
    ("青少年交流", "令和７年７月から８月まで", f"{STATE}内の各都市",
     "県内の高校生15人を派遣し、ホームステイをしながら現地の高校で交流する。また、大学生のオンライン共同学習の参加校を増やす",
     "教育庁 高校教育課"),
    ("文化交流", "令和７年８月から令和８年２月まで", f"星見県民文化ホール、{STATE}立美術館",
     "州の舞踊団を招いて公演を行うとともに、州立美術館で星見県の工芸品と祭りを紹介する展示会を開く",
     "文化観光部 文化振興課"),
]
SCHEDULE = [  # (date, text); the weekday is printed from the date and checked
    (datetime.date(2025, 5, 24), "記念植樹式（星見市 県立ほしみ中央公園）"),
    (datetime.date(2025, 7, 28), "高校生派遣団の出発（８月８日まで州内でホームステイ）"),
    (datetime.date(2025, 8, 23), "州の舞踊団による招へい公演（星見県民文化ホール）"),
    (datetime.date(2025, 10, 7), "知事を団長とする友好訪問団の出発"),
    (datetime.date(2025, 10, 9), f"記念式典・記念レセプション（{CAPITAL}）"),
    (datetime.date(2025, 11, 15), "星見県文化紹介展の開幕（州立美術館、12月14日まで）"),
    (datetime.date(2026, 1, 20), "州の企業を招いた県内商談会（星見市）"),
    (datetime.date(2026, 2, 14), "州知事一行の来県、記念碑の除幕"),
]
PERIOD = (datetime.date(2025, 4, 1), datetime.date(2026, 3, 31))  # 実施期間 令和７年４月から令和８年３月まで
BUDGET = [  # 事業, 事業費（千円）, うち県費（千円）; "\n" = the label wraps inside its cell
    ("記念式典・記念レセプション\n（ポルト・ルシナ市）", 12600, 9800),
    ("知事を団長とする友好訪問団の派遣", 8400, 8400),
    ("州知事一行の招へい", 5200, 5200),
    ("経済交流ミッションの派遣", 6800, 4300),
    ("州の企業を招いた県内商談会", 3900, 2600),
    ("高校生の派遣・受入れ\n（ホームステイ）", 9600, 6400),
    ("大学生オンライン共同学習", 1200, 1200),
    ("県人会との交流事業", 2400, 1800),
    ("星見県文化紹介展\n（サンタ・ルシナ州立美術館）", 7500, 5000),
    ("州の舞踊団による招へい公演", 6300, 4200),
    ("記念植樹・記念碑の設置", 3100, 3100),
    ("記念誌の作成・記録映像の制作", 4500, 4500),
    ("広報・ＰＲ（特設ウェブサイト等）", 2800, 2800),
]


def yuko_specs():
    tot = [sum(r[i] for r in VISITS) for i in (1, 2, 3, 4)]
    visits = TableSpec(
        key="visits", doc=YUKO_PDF, title="分野別の相互訪問者数",
        header=[["分野", "本県からの派遣", "", "州からの受入れ", ""],
                ["", "令和５年度", "令和６年度", "令和５年度", "令和６年度"]],
        rows=[[n] + [fw(x) for x in v] for n, *v in VISITS] + [["合計"] + [fw(x) for x in tot]],
        col_widths=[44 * mm, 27 * mm, 27 * mm, 27 * mm, 27 * mm], unit="人",
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))],
    )
    budget = TableSpec(
        key="budget", doc=YUKO_PDF, title="記念事業の事業費",
        header=[["事業", "事業費", "うち県費"]],
        rows=[[n, yen_sen(a), yen_sen(b)] for n, a, b in BUDGET]
        + [["合計", yen_sen(sum(r[1] for r in BUDGET)), yen_sen(sum(r[2] for r in BUDGET))]],
        col_widths=[84 * mm, 34 * mm, 34 * mm], table_fy=2025, repeat_header=False,
    )
    return visits, budget


def yuko_story(specs):
    visits, budget = specs
    st = [Spacer(1, 2 * mm), P(f"{PREF}・{STATE}", SUBTITLE), P("友好提携40周年記念事業 実施計画", TITLE),
          Spacer(1, 1 * mm), P("令和７年３月", DATE_RIGHT), P(YUKO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]

    st += [P("１　趣旨", H1)]
    st += paras(f"""
本県とブラジル連邦共和国{STATE}は、{SIGNED_YEAR}年（昭和60年）10月に友好提携を結んで以来、行政、経済、教育、文化の各分野で交流を重ねてきた。州には本県出身者とその子孫が多く暮らし、県人会を中心に強い絆が受け継がれている。令和７年（{SIGNED_YEAR + 40}年）に提携40周年を迎えることから、これまでの交流を振り返るとともに、次の世代へ交流をつなぐ記念事業を、県と州が協力して実施する。
""", 0)

    st += [P("２　計画の概要", H1)]
    st += lv_lines([
        ("名称", YUKO),
        ("実施期間", "令和７年４月から令和８年３月まで"),
        ("基本テーマ", "「海をこえて、つぎの40年へ」"),
        ("主催", f"{PREF}、公益財団法人{PREF}国際交流協会"),
        ("共催", f"{STATE}政府、{STATE[:-1]}星見県人会"),
    ], 0)

    st += [P("３　これまでの交流の歩み", H1)]
    st += [P(f"○ {y}年　{t}", hanging(0)) for y, t in HISTORY]
    st += paras("近年の分野別の相互訪問者数は、次のとおりである。高校生の相互派遣が再開された令和５年度以降、教育・青少年分野の訪問が最も多い。", 0)
    st += [caption(visits.title, "（単位：人）"), visits.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ オンラインによる交流への参加者は含まない。",
        "※２ 派遣は本県から州を訪れた者、受入れは州から本県を訪れた者の数である。",
    ])

    st += [P("４　記念事業の内容", H1)]
    st += paras("記念事業は、次の４つの分野で実施する。", 0)
    for i, (head, when, where, what, dept) in enumerate(EVENTS, 1):
        st += [P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("時期", when), ("場所", where), ("内容", what), ("担当", dept)], 1)

    st += [P("５　事業費", H1)]
    st += paras("記念事業の事業費は、次のとおりである。", 0)
    st += [caption(budget.title, "（令和７年度当初予算）", keep=False), budget.flowable(), Spacer(1, 2)]
    st += notes([
        "※３ 県費以外の財源は、一般財団法人自治体国際化協会の助成金、参加者負担金及び企業からの協賛金である。",
        "※４ 記念式典・記念レセプションの事業費には、州政府が負担する会場費は含まない。",
    ])
    st += [P("６　主な日程", H1)]
    st += numbered([f"{CIRCLED[i]} {dated(d)}　{t}" for i, (d, t) in enumerate(SCHEDULE)], 0)
    st += notes(["※ 日程は予定であり、州政府との調整により変更することがある。"])

    st += [CondPageBreak(40 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{YUKO_DEPT} 友好交流担当",
        "電話：099-070-2320　ファクス：099-070-2329",
        "電子メール：yuko@pref.hoshimi.example.jp",
        f"公益財団法人{PREF}国際交流協会（記念事業の参加募集）　電話：099-070-2400",
    ]))
    return st


# ================================================================ document 3: trade-fair subsidy call
MIHON = f"{PREF}海外見本市出展支援補助金"
MIHON_DEPT = f"{PREF} 商工労働部 国際ビジネス課"
KINDS = ("中小企業者", "小規模事業者", "商工団体等")
RATES = {  # 事業者の区分 -> (単独出展, 県ブースへの共同出展)
    "中小企業者": ("２分の１以内", "３分の２以内"),
    "小規模事業者": ("３分の２以内", "４分の３以内"),
    "商工団体等": ("２分の１以内", "２分の１以内"),
}
CAPS = {  # 万円
    "中小企業者": (150, 100),
    "小規模事業者": (100, 80),
    "商工団体等": (300, 200),
}
SCORING = [  # 審査項目 ("\n" = wraps inside its cell), 配点
    ("海外展開の計画の具体性\n（ターゲット市場、販売目標等）", 30),
    ("製品・サービスの競争力\n（独自性、品質、価格等）", 25),
    ("出展の効果の見込み\n（商談目標、フォローアップ体制）", 20),
    ("輸出実務への対応力", 15),
    ("県内経済への波及効果", 10),
]
PASS_MARK = 60
CALL = (datetime.date(2025, 4, 14), datetime.date(2025, 5, 23))  # 公募期間
FAIRS = (datetime.date(2025, 7, 1), datetime.date(2026, 2, 28))  # 対象となる見本市の開催期間


def mihon_specs():
    rows = []
    for g, table in (("補助率", RATES), ("上限額", CAPS)):
        for i, kind in enumerate(KINDS):
            vals = table[kind] if g == "補助率" else [f"{x}万円" for x in table[kind]]
            rows.append([g if i == 0 else "", kind, *vals])
    nh = 1
    rates = grouped(TableSpec(
        key="rates", doc=MIHON_PDF, title="補助率及び補助上限額",
        header=[["区分", "", "単独出展", "県ブースへの\n共同出展"]],
        rows=rows, col_widths=[24 * mm, 38 * mm, 40 * mm, 40 * mm], label_col=1,
        spans=[((0, 0), (1, 0)), ((0, nh), (0, nh + 2)), ((0, nh + 3), (0, nh + 5))],
        align_left_cols=(), font_size=9,
    ), 0)
    scoring = TableSpec(
        key="scoring", doc=MIHON_PDF, title="審査項目と配点",
        header=[["審査項目", "配点"]],
        rows=[[n, f"{x}点"] for n, x in SCORING] + [["合計", f"{sum(x for _n, x in SCORING)}点"]],
        col_widths=[92 * mm, 30 * mm],
    )
    return rates, scoring


def mihon_story(specs):
    rates, scoring = specs
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{MIHON} 公募要領", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(MIHON_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]

    st += [P("１　目的", H1)]
    st += paras("""
この補助金は、県内の中小企業者等が海外で開催される見本市・展示会に出展する経費の一部を助成することにより、県内企業の海外販路の開拓と県産品の輸出拡大を図ることを目的とします。
""", 0)

    st += [P("２　補助対象者", H1)]
    st += paras("次の(1)から(4)までの要件をすべて満たす者とします。", 0)
    st += numbered([
        "(1) 県内に本社又は主たる事業所を有する中小企業者、小規模事業者又は商工団体等であること。",
        "(2) 自社の製品・サービスを海外の見本市に出展し、輸出に継続して取り組む意欲があること。",
        "(3) 県税の滞納がないこと。",
        "(4) 暴力団又は暴力団員と密接な関係を有しないこと。",
    ], 0)
    st += notes([
        "※１ 中小企業者とは、中小企業基本法第２条第１項に規定する中小企業者をいいます。",
        "※２ 小規模事業者とは、常時使用する従業員の数が20人（商業・サービス業は５人）以下の事業者をいいます。",
        "※３ 商工団体等とは、商工会議所、商工会、事業協同組合その他県内の複数の企業を取りまとめて出展する団体をいいます。",
    ])

    st += [P("３　対象となる見本市", H1)]
    st += lv_lines([
        ("開催地", "日本国外（オンラインのみで開催されるものを除く。）"),
        ("開催期間", f"{dated(FAIRS[0])[:-3]}から{dated(FAIRS[1])[:-3]}までの間に開催されるもの"),
        ("出展の形態", "単独出展又は県ブースへの共同出展"),
    ], 0)

    st += [P("４　補助対象経費", H1)]
    st += numbered([
        "① 小間料（出展料）",
        "② 展示ブースの装飾費",
        "③ 展示品の輸送費（往復）",
        "④ 通訳の雇用費",
        "⑤ 渡航費（１社につき２人分まで）",
        "⑥ 外国語のパンフレットの作成費",
    ], 0)
    st += notes(["※ 飲食費、展示品の購入費及び販売促進のための景品代は、補助の対象外です。"])

    st += [P("５　補助率及び補助上限額", H1)]
    st += paras("補助率及び補助上限額は、事業者の区分と出展の形態に応じて次のとおりです。", 0)
    st += [caption(rates.title), rates.flowable(), Spacer(1, 2)]
    st += notes([
        f"※ 県ブースへの共同出展とは、県が見本市の主催者から確保する「{PREF}ブース」の中に出展することをいいます。",
        "※ 補助金の額に千円未満の端数が生じた場合は、これを切り捨てます。",
    ])

    st += [P("６　公募期間及び申請方法", H1)]
    st += lv_lines([
        ("公募期間", f"{dated(CALL[0])}から{dated(CALL[1], era=False)}17時まで"),
        ("申請方法", "ほしみ電子申請サービスによる申請（郵送又は持参による提出も可）"),
        ("採択予定件数", "30件程度"),
        ("交付決定", "令和７年６月下旬（予定）"),
    ], 0)

    st += [P("７　審査及び採択", H1)]
    st += paras("提出された書類を基に、外部の有識者を含む審査会で次の項目により審査し、合計点の高い順に採択します。", 0)
    st += [caption(scoring.title), scoring.flowable(), Spacer(1, 2)]
    st += notes([f"※ 合計点が{PASS_MARK}点に満たない場合は、採択しません。"])

    st += [P("８　実績報告と補助金の支払", H1)]
    st += paras("""
見本市の終了後30日以内又は令和８年３月10日のいずれか早い日までに、実績報告書に経費の支払を証する書類を添えて提出してください。県が内容を審査して補助金の額を確定した後、補助金を支払います。
""", 0)

    st += [P("９　よくある質問", H1)]
    qa = [
        ("オンラインのみで開催される見本市は対象になりますか。", "対象になりません。会場で実際に開催される見本市が対象です。"),
        ("同じ年度に複数の見本市に出展する場合、それぞれ申請できますか。", "できません。補助は１社につき年度内１回までです。"),
        ("交付決定の前に申し込んだ見本市の小間料も対象になりますか。", "令和７年４月１日以降に申し込んだものであれば対象とします。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]

    st += [CondPageBreak(40 * mm), P("10　問い合わせ先・申請書の提出先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{MIHON_DEPT} 見本市担当",
        "〒899-7001 星見市本町二丁目３番５号 県庁本館６階",
        "電話：099-070-1214　ファクス：099-070-1218",
        "電子メール：mihonichi@pref.hoshimi.example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return hanro_specs() + yuko_specs() + mihon_specs()


def all_gold(row_pages: dict) -> list[dict]:
    """row_pages: doc name -> the (spec key, row index) -> pages map of its build."""
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"h7t{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    hspecs, yspecs, mspecs = hanro_specs(), yuko_specs(), mihon_specs()
    hdoc = build_pdf(docs_dir / HANRO_PDF, hspecs, hanro_story(hspecs),
                     f"令和６年度 {HANRO} 実績報告書", "令和７年６月", HANRO_DEPT)
    ydoc = build_pdf(docs_dir / YUKO_PDF, yspecs, yuko_story(yspecs),
                     f"{YUKO} 実施計画", "令和７年３月", YUKO_DEPT)
    mdoc = build_pdf(docs_dir / MIHON_PDF, mspecs, mihon_story(mspecs),
                     f"令和７年度 {MIHON} 公募要領", "令和７年４月", MIHON_DEPT)
    gold = all_gold({HANRO_PDF: hdoc.row_pages, YUKO_PDF: ydoc.row_pages, MIHON_PDF: mdoc.row_pages})
    write_jsonl(out / "tables.jsonl", gold)
    pages = extract_pages(docs_dir)
    write_texts(text_dir, pages)
    return gold, pages


# ================================================================ questions
# `absent` (unanswerable only, not written out): terms that must occur in no document.
# `history` (followup, and two unanswerables): the earlier turns of the conversation.
def _turns(*pairs) -> list[dict]:
    out = []
    for user, assistant in zip(pairs[::2], pairs[1::2]):
        out += [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]
    return out


QUESTIONS = [
    # --- hanro: the export-promotion results report, tables (d) (e) (f), notes, sibling programmes
    dict(question="2022年度、この事業の支援で海外との商談がまとまったのは何件でしたか？",
         category="hanro", doc=HANRO_PDF, evidence=["令和４年度 86 731 82 318"], answer=["82"],
         notes="(d) years as rows: 2022年度 = 令和４年度 (row); 成約件数（件） is the third value column (86 is 支援企業数, 731 商談件数)"),
    dict(question="2022年度から2024年度までの３年間で、成約件数は合わせて何件になりますか？",
         category="hanro", doc=HANRO_PDF,
         evidence=["令和４年度 86 731 82 318", "令和５年度 94 844 97 398", "令和６年度 103 912 108 455"],
         answer=["287件"], computed=True,
         notes="(d) sum down the 成約件数（件） column over three year rows: 82 + 97 + 108 = 287 (2022-2024年度 = 令和４-６年度)"),
    dict(question="令和６年度の成約金額のうち、年度末までに実際に契約が済んでいた分はいくらですか？",
         category="hanro", doc=HANRO_PDF, evidence=["契約済みの額は418百万円"], answer=["418百万円"],
         notes="note ※２ qualifies the table cell 455 (it includes 4 deals, 37百万円, still being contracted); the cell 455 is the trap"),
    dict(question="令和６年度、シンガポール向けの商談では、成約額はいくらになりましたか？",
         category="hanro", doc=HANRO_PDF, evidence=["シンガポール 142 17 69"], answer=["69"],
         notes="(e) table without ruling lines, single-year table (caption note （令和６年度）); 成約金額（百万円） is the third value column; header labels printed on two lines"),
    dict(question="アメリカとの商談は、どれくらいの割合で成約に結び付きましたか？",
         category="hanro", doc=HANRO_PDF, evidence=["米国 138 15 82"], answer=["11%"], computed=True,
         notes="(e) ratio 成約件数 / 商談件数 = 15 / 138 = 10.9% -> 11% (82 is 成約金額)"),
    dict(question="2024年度、日本酒や焼酎の成約額は前の年度からどれだけ伸びましたか？",
         category="hanro", doc=HANRO_PDF, evidence=["日本酒・焼酎 96 118 ＋22"], answer=["＋22"],
         notes="(f) the signed 増減 column (＋22, unit 百万円 from the caption note （単位：百万円）); 2024年度 = 令和６年度; the printed cell ＋22 is expected (= 118 - 96)"),
    dict(question="海外のバイヤーを県内に招いて商談会を開いたのは、いつといつですか？",
         category="hanro", doc=HANRO_PDF, evidence=["実施時期：令和６年７月及び令和７年１月"],
         answer=["令和６年７月", "令和７年１月"],
         notes="list (2 items); sibling sections: （２）海外バイヤー招へい商談会, named by paraphrase; the four programmes share the labels 内容, 実施時期, 支援企業数"),
    dict(question="貿易の実務を学ぶセミナーには、何社が参加したのですか？",
         category="hanro", doc=HANRO_PDF, evidence=["支援企業数：48社"], answer=["48社"],
         notes="sibling sections: （４）輸出実務セミナー; the other programmes' 支援企業数 are 32社, 45社 and 21社; その他 48 in table (e) is an unrelated 48"),
    dict(question="この事業の運営は、どこに委託されていますか？",
         category="hanro", doc=HANRO_PDF, evidence=["委託先：公益財団法人ほしみ産業振興機構"],
         answer=["公益財団法人ほしみ産業振興機構"],
         notes="「label：value」 line under １ 事業の概要 (its bracket: 海外見本市への出展支援 is not commissioned)"),
    # --- yuko: the sister-state anniversary plan, tables (a) (c), history, siblings, schedule
    dict(question="2023年度に、経済分野で本県から州へ出かけた人は何人でしたか？",
         category="yuko", doc=YUKO_PDF, evidence=["経済 18 24 11 15"], answer=["18"],
         notes="(a) two-level header: 2023年度 = 令和５年度, the first leaf under 本県からの派遣 (column 本県からの派遣／令和５年度); the second 令和５年度 leaf (11) is under 州からの受入れ"),
    dict(question="令和６年度に州から本県に来た人は、全部で何人ですか？",
         category="yuko", doc=YUKO_PDF, evidence=["合計 69 83 46 62"], answer=["62"],
         notes="(a) 合計 row, column 州からの受入れ／令和６年度 (the last column); 83 is the 派遣 of the same year"),
    dict(question="記念植樹や記念碑を建てる事業には、どれだけの予算が組まれていますか？",
         category="yuko", doc=YUKO_PDF, evidence=["記念植樹・記念碑の設置 3,100千円"], answer=["3,100千円"],
         notes="(c) row on the continuation page (printed without the header); unit 千円 inside the cell; 事業費 and うち県費 are equal in this row"),
    dict(question="記念事業にかかる費用のうち、県費以外でまかなう額は全部でいくらですか？",
         category="yuko", doc=YUKO_PDF, evidence=["合計 74,300千円 59,300千円"], answer=["15,000千円"], computed=True,
         notes="(c) difference of the 合計 row: 事業費 74,300 - うち県費 59,300 = 15,000千円; the 合計 row is on the continuation page; note ※３ names the other sources but no amount"),
    dict(question="州都で開く記念式典とレセプションには、いくらの事業費を見込んでいますか？",
         category="yuko", doc=YUKO_PDF, evidence=["記念式典・記念レセプション", "（ポルト・ルシナ市） 12,600千円"],
         answer=["12,600千円"],
         notes="(c) the row label wraps over two lines inside its cell (記念式典・記念レセプション / （ポルト・ルシナ市）); first row of the table, before the page break; 9,800千円 is うち県費"),
    dict(question="州の舞踊団が来県して公演するのは、何月何日ですか？",
         category="yuko", doc=YUKO_PDF, evidence=["８月23日（土） 州の舞踊団"], answer=["８月23日"],
         notes="dated numbered schedule, item ③ (令和７年８月23日（土）)"),
    dict(question="高校生を互いに派遣し合う交流は、何年から行われているのですか？",
         category="yuko", doc=YUKO_PDF, evidence=["2005年 高校生の相互派遣を開始"], answer=["2005年"],
         notes="the 交流の歩み list, printed with Western years"),
    dict(question="高校生のホームステイなど、若い世代の交流事業を担当するのはどこの課ですか？",
         category="yuko", doc=YUKO_PDF, evidence=["担当：教育庁 高校教育課"], answer=["高校教育課"],
         notes="sibling sections: （３）青少年交流; the other three 担当 are 国際交流課, 国際ビジネス課 and 文化振興課; the document's issuing 課 (国際交流課) is the trap"),
    dict(question="この記念事業を県と一緒に共催するのは、どこですか？",
         category="yuko", doc=YUKO_PDF, evidence=["共催：サンタ・ルシナ州政府", "サンタ・ルシナ星見県人会"],
         answer=["サンタ・ルシナ州政府", "サンタ・ルシナ星見県人会"],
         notes="list (2 items): the 共催 label-value line; 主催 (星見県 and its 国際交流協会) is the line above"),
    # --- mihonichi: the trade-fair subsidy call, tables (g) (h), definitions, costs, Q&A
    dict(question="小規模事業者が県のブースに入って共同出展する場合、補助率はどれだけですか？",
         category="mihonichi", doc=MIHON_PDF, evidence=["小規模事業者 ３分の２以内 ４分の３以内"], answer=["４分の３以内"],
         notes="(g) text cell: row 補助率／小規模事業者 (the 補助率 cell spans three rows of the first column), column 県ブースへの共同出展; ３分の２以内 (単独出展) is the trap"),
    dict(question="中小企業が単独で出展し、補助の対象になる経費が240万円かかった場合、補助金はいくら受けられますか？",
         category="mihonichi", doc=MIHON_PDF, evidence=["中小企業者 ２分の１以内 ３分の２以内", "中小企業者 150万円 100万円"],
         answer=["120万円"], computed=True,
         notes="(g) rate × cost, capped: 240 × １/２ = 120 ≤ 上限 150万円 -> 120万円; the row label 中小企業者 occurs under both groups"),
    dict(question="小規模事業者というのは、どのくらいの規模の事業者を指すのですか？",
         category="mihonichi", doc=MIHON_PDF, evidence=["従業員の数が20人（商業・サービス業は５人）以下"],
         answer=["20人（商業・サービス業は５人）以下"],
         notes="a definition in note ※２ under ２ 補助対象者"),
    dict(question="補助の対象にならない経費としては、どんなものが挙げられていますか？",
         category="mihonichi", doc=MIHON_PDF, evidence=["飲食費、展示品の購入費", "販売促進のための景品代"],
         answer=["飲食費", "展示品の購入費", "景品代"],
         notes="list (3 items): the ※ note under ４ 補助対象経費 (not the six eligible costs ①-⑥)"),
    dict(question="申請の締切はいつですか？",
         category="mihonichi", doc=MIHON_PDF, evidence=["５月23日（金）17時まで"], answer=["５月23日"],
         notes="公募期間 label-value line (令和７年４月14日（月）から５月23日（金）17時まで); a full answer adds 17時"),
    dict(question="審査で、出展によってどれだけ成果が見込めるかという項目には、何点が配分されていますか？",
         category="mihonichi", doc=MIHON_PDF, evidence=["（商談目標、フォローアップ体制） 20点"], answer=["20点"],
         notes="(h) the row label 出展の効果の見込み（商談目標、フォローアップ体制） wraps over two lines inside its cell; unit 点 inside the cell"),
    dict(question="同じ年度のうちに、別の見本市にもう一度出展する場合も補助してもらえますか？",
         category="mihonichi", doc=MIHON_PDF, evidence=["補助は１社につき年度内１回まで"], answer=["１社につき年度内１回まで"],
         notes="FAQ-style Q&A line (Ｑ２ / Ａ, on page 3)"),
    dict(question="今回の公募では、何件くらい採択される予定ですか？",
         category="mihonichi", doc=MIHON_PDF, evidence=["採択予定件数：30件程度"], answer=["30件程度"],
         notes="「label：value」 line under ６ 公募期間及び申請方法"),
    # --- followup (history)
    dict(question="そのうち成約したのは何件ですか？",
         category="followup", doc=HANRO_PDF, evidence=["台湾 214 31 128"], answer=["31"],
         history=_turns("令和６年度に台湾と行った商談は何件でしたか？",
                        "令和６年度の台湾との商談件数は214件です。[1]"),
         notes="そのうち = the 台湾 row from the history; (e) table without ruling lines, 成約件数 column"),
    dict(question="その事業で支援した企業は何社ですか？",
         category="followup", doc=HANRO_PDF, evidence=["支援企業数：21社"], answer=["21社"],
         history=_turns("海外販路開拓支援事業の越境ECの支援では、どんなことをしたのですか？",
                        "海外の電子商取引モールに県産品の特設ページを設け、出店料と翻訳費を助成しました。[1]"),
         notes="その事業 = （３）越境ＥＣ出店支援 from the history; sibling sections, 支援企業数 line of the third programme"),
    dict(question="翌年度はどうなりましたか？",
         category="followup", doc=HANRO_PDF, evidence=["菓子 54 51 △３"], answer=["51"],
         history=_turns("品目別でみると、菓子の令和５年度の成約金額はいくらでしたか？",
                        "令和５年度の菓子の成約金額は54百万円です。[1]"),
         notes="(f) 翌年度 = 令和６年度, the 菓子 row from the history: 51 (a decrease, printed △３ in 増減)"),
    dict(question="逆に、その年に州から受け入れた人数は？",
         category="followup", doc=YUKO_PDF, evidence=["教育・青少年 25 32 20 22"], answer=["22"],
         history=_turns("令和６年度に、教育・青少年の分野で本県から州に派遣したのは何人ですか？",
                        "令和６年度の教育・青少年分野の派遣は32人です。[1]"),
         notes="(a) その年 = 令和６年度 and the row from the history; the other group of the two-level header (州からの受入れ／令和６年度)"),
    dict(question="そのうち県費はいくらですか？",
         category="followup", doc=YUKO_PDF, evidence=["招へい公演 6,300千円 4,200千円"], answer=["4,200千円"],
         history=_turns("40周年記念事業で、州の舞踊団を招いての公演にはいくらかかる予定ですか？",
                        "州の舞踊団による招へい公演の事業費は6,300千円です。[1]"),
         notes="(c) row on the continuation page; the うち県費 column, named only in the header on the page before"),
    dict(question="その２日前には何が予定されていますか？",
         category="followup", doc=YUKO_PDF, evidence=["10月７日（火） 知事を団長とする友好訪問団の出発"],
         answer=["友好訪問団の出発"],
         history=_turns("サンタ・ルシナ州との40周年の記念式典は、いつ開かれますか？",
                        "記念式典・記念レセプションは令和７年10月９日（木）にポルト・ルシナ市で開かれます。[1]"),
         notes="schedule: その２日前 = 10月７日 (item ④), counted from item ⑤ in the history"),
    dict(question="その場合の上限額はいくらですか？",
         category="followup", doc=MIHON_PDF, evidence=["商工団体等 300万円 200万円"], answer=["200万円"],
         history=_turns("見本市の補助金で、商工団体が県ブースに共同出展する場合の補助率はどれくらいですか？",
                        "商工団体等が県ブースへ共同出展する場合の補助率は２分の１以内です。[1]"),
         notes="(g) その場合 = 商工団体等 and 県ブースへの共同出展 from the history; row 上限額／商工団体等 (the group cell 上限額 spans three rows); 300万円 (単独出展) is the trap"),
    dict(question="ファクスで問い合わせる場合の番号を教えてください。",
         category="followup", doc=MIHON_PDF, evidence=["ファクス：099-070-1218"], answer=["099-070-1218"],
         history=_turns("見本市出展の補助金について相談したいのですが、担当はどこですか？",
                        "星見県 商工労働部 国際ビジネス課の見本市担当です（電話：099-070-1214）。[1]"),
         notes="contact box of the call; the results report's ファクス 099-070-1219 (same 課, 販路開拓担当) is the near miss"),
    # --- unanswerable: the topic is present, the detail is absent (doc null)
    dict(question="令和６年度、韓国のバイヤーとの商談は何件ありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="table (e) lists six countries/regions and その他; note ※４ names the その他 countries (マレーシア, オーストラリア, 英国, カナダ), not 韓国",
         absent=["韓国"]),
    dict(question="輸出実務セミナーを受けるのに、受講料はかかりましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report gives the seminar's 内容, 実施時期 and 支援企業数, no fee",
         absent=["受講料", "参加料", "受講費"]),
    dict(question="州都で開かれる40周年の記念式典は、何時に始まりますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the schedule gives the date (10月９日（木）) and place, no time",
         absent=["開始時刻", "開式", "開会"]),
    dict(question="そこに参加する生徒の自己負担は、一人いくらですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         history=_turns("40周年の記念事業で、高校生はいつ州へ派遣されるのですか？",
                        "高校生派遣団は令和７年７月28日（月）に出発し、８月８日まで州内でホームステイをします。[1]"),
         notes="follow-up; note ※３ names 参加者負担金 as a source, with no amount per person",
         absent=["自己負担", "参加費", "一人当たり"]),
    dict(question="見本市の補助金は、出展の前に前払いで受け取ることはできますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call says the subsidy is paid after the 実績報告 is checked, and says nothing of advance payment",
         absent=["前払", "概算払"]),
    dict(question="その補助金は、実績報告を出してから何日くらいで振り込まれますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         history=_turns("見本市の補助金で、小規模事業者が単独で出展する場合の補助率はどのくらいですか？",
                        "小規模事業者が単独で出展する場合の補助率は３分の２以内です。[1]"),
         notes="follow-up; ８ says the amount is fixed after the report is checked and then paid, with no time frame",
         absent=["振込", "振り込", "入金"]),
]
CATEGORY_COUNTS = {"hanro": 9, "yuko": 9, "mihonichi": 8, "followup": 8, "unanswerable": 6}
LISTS = 3
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
SIBLING_FOLLOWUPS = 1
UNANSWERABLE_FOLLOWUPS = 2
FOLLOWUP_CUES = ("その", "そこ", "翌年度", "逆に", "場合の")


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, "h7q")


class GoldIndex:
    """Look up gold numbers (or printed values) by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]

    def value(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["value"]


def rate(value: str) -> Fraction:
    """A printed rate cell (２分の１以内) as a fraction."""
    m = re.fullmatch(r"(\d+)分の(\d+)以内", unicodedata.normalize("NFKC", value))
    if not m:
        raise ValueError(f"not a rate: {value!r}")
    return Fraction(int(m.group(2)), int(m.group(1)))


A, B, C, D, E, F, G = ("分野別の相互訪問者数", "国・地域別の商談実績", "記念事業の事業費", "年度別の支援実績の推移",
                       "品目別の成約金額", "補助率及び補助上限額", "審査項目と配点")


def _subsidy(g, kind, form, cost):
    amount = cost * rate(g.value(F, f"補助率／{kind}", form))
    return min(amount, g(F, f"上限額／{kind}", form))


COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h7q02": lambda g: f"{sum(g(D, f'令和{fw(y - 2018)}年度', '成約件数（件）', y) for y in (2022, 2023, 2024))}件",
    "h7q05": lambda g: f"{pct(g(B, '米国', '成約件数（件）', 2024), g(B, '米国', '商談件数（件）', 2024))}%",
    "h7q13": lambda g: f"{g(C, '合計', '事業費', 2025) - g(C, '合計', 'うち県費', 2025):,}千円",
    "h7q20": lambda g: f"{int(_subsidy(g, '中小企業者', '単独出展', 240))}万円",
}


# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {HANRO_PDF: (2, 4), YUKO_PDF: (2, 4), MIHON_PDF: (2, 4)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 24)  # after norm
GOLD_CELLS = (100, 160)
CONTINUED_ROWS = ("州の舞踊団による招へい公演", "記念植樹・記念碑の設置", "合計")  # rows of (c) expected after the break
BEFORE_BREAK_ROWS = ("記念式典・記念レセプション（ポルト・ルシナ市）",)


def check_files(out: Path) -> list[str]:
    """Check the set as stored under `out` (documents, text, gold, questions); return errors."""
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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout7.py")
    return errors + check(questions, gold, pages)


def check(questions: list[dict], gold: list[dict], pages: dict[str, list[str]]) -> list[str]:
    errors = check_page_counts(pages, PAGE_COUNTS)
    errors += check_questions(questions, gold, pages)
    errors += check_gold(gold, pages)
    errors += check_prose(pages)
    return errors


def check_questions(questions, gold, pages) -> list[str]:
    errors = []
    doc_text = {n: norm("\n".join(p)) for n, p in pages.items()}
    absent = {q["question"]: q.get("absent", []) for q in QUESTIONS}
    for i, q in enumerate(questions, 1):
        qid = q.get("id")
        if qid != f"h7q{i:02d}":
            errors.append(f"question {i}: id {qid!r}, expected h7q{i:02d}")
        keys = set(q) - {"computed", "history"}
        if keys != QUESTION_KEYS:
            errors.append(f"{qid}: fields {sorted(keys)}")
            continue
        history = q.get("history")
        if q["category"] == "followup" and not history:
            errors.append(f"{qid}: a followup needs a history")
        if history and q["category"] not in ("followup", "unanswerable"):
            errors.append(f"{qid}: only followups and unanswerables have a history")
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
        if q["notes"].startswith("list") and not 2 <= len(q["answer"]) <= 3:
            errors.append(f"{qid}: a list question should have 2-3 answer items")
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
    # year mix in detail: Western years asked of 令和-printed tables
    western_on_era = [q["id"] for q in questions if re.search(r"20\d\d年度", q["question"]) and q["doc"]
                      and not re.search(r"20\d\d年度", doc_text[q["doc"]])]
    if len(western_on_era) < 3:
        errors.append(f"only {western_on_era} ask a 令和-printed document by Western year")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout7.py")
    table_pages = defaultdict(set)
    for g in gold:
        table_pages[g["table"]].add(g["page"])
    for i, g in enumerate(gold, 1):
        if list(g) != GOLD_KEYS:
            errors.append(f"gold {i}: fields {list(g)}")
            continue
        if g["id"] != f"h7t{i:03d}":
            errors.append(f"gold {i}: id {g['id']!r}")
        number, _ = parse_number(g["value"])
        if number != g["number"]:
            errors.append(f"{g['id']}: number {g['number']!r}, value {g['value']!r} parses to {number!r}")
        if (g["number"] is not None or g["value"] == UNKNOWN) and g["unit"] is None:
            errors.append(f"{g['id']}: numeric cell without unit")
        if g["number"] is None and g["unit"] is not None:
            errors.append(f"{g['id']}: text cell with a unit")
        if norm(g["value"]) not in page_text(g["doc"], g["page"]):
            errors.append(f"{g['id']}: {g['value']!r} not on page {g['page']} of {g['doc']}")
        # a grouped row label is printed as two cells; each part is on the page
        for part in g["row"].split(GROUP_SEP):
            if norm(part) not in page_text(g["doc"], g["page"]):
                errors.append(f"{g['id']}: row {part!r} not on page {g['page']} of {g['doc']}")
        # without a repeated header, the column labels are only on the table's first page
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
    errors += check_row_sequences(specs, gold, lambda g: page_text(g["doc"], g["page"]))
    errors += check_totals(gold)
    errors += check_layouts(gold, pages)
    return errors


def check_row_sequences(specs, gold, page_text) -> list[str]:
    """Each printed row, cell after cell (a wrapped label's lines joined), is on the page of its
    gold cells."""
    errors = []
    row_page = {(g["table"], g["row"]): g for g in gold}
    for title, spec in specs.items():
        for i in range(len(spec.rows)):
            g = row_page.get((title, spec.row_label(i)))
            if g is None:
                errors.append(f"{title} / {spec.row_label(i)}: no gold cell")
            elif norm("".join(spec.printed_row(i))) not in page_text(g):
                errors.append(f"row sequence of {title} / {spec.row_label(i)} not on page {g['page']}")
    return errors


def check_totals(gold) -> list[str]:
    """合計 rows add up; 増減 is the difference of the two years; the tables agree with each
    other where they describe the same figures."""
    errors = []
    by_table = defaultdict(lambda: defaultdict(dict))
    for g in gold:
        by_table[g["table"]][g["row"]][(g["column"], g["fiscal_year"])] = g["number"]
    for table, rows in by_table.items():
        if "合計" in rows:
            for col, total in rows["合計"].items():
                parts = [v or 0 for lab, r in rows.items() if lab != "合計" for (c, fy), v in r.items()
                         if c == col[0] and fy == col[1]]
                if sum(parts) != total:
                    errors.append(f"{table}: 合計 of {col} is {total}, rows add up to {sum(parts)}")
    for row, cells in by_table[E].items():
        if cells[("増減", None)] != cells[("令和６年度", 2024)] - cells[("令和５年度", 2023)]:
            errors.append(f"{E} / {row}: 増減 is not 令和６年度 - 令和５年度")
    # the single-year regional table and the product table restate the 令和５・６年度 rows of (d)
    y5, y6 = by_table[D]["令和５年度"], by_table[D]["令和６年度"]
    for col in ("商談件数（件）", "成約件数（件）", "成約金額（百万円）"):
        if by_table[B]["合計"][(col, 2024)] != y6[(col, 2024)]:
            errors.append(f"{B} 合計 {col} differs from {D} 令和６年度")
    if by_table[E]["合計"][("令和５年度", 2023)] != y5[("成約金額（百万円）", 2023)] or \
            by_table[E]["合計"][("令和６年度", 2024)] != y6[("成約金額（百万円）", 2024)]:
        errors.append(f"{E} 合計 differs from the 成約金額 of {D}")
    # うち県費 never exceeds 事業費
    for row, cells in by_table[C].items():
        if cells[("うち県費", 2025)] > cells[("事業費", 2025)]:
            errors.append(f"{C} / {row}: うち県費 exceeds 事業費")
    return errors


def check_layouts(gold, pages) -> list[str]:
    """The layouts the set promises are really there."""
    errors = []
    specs = {s.key: s for s in all_specs()}
    bud = specs["budget"]
    bud_pages = sorted({g["page"] for g in gold if g["table"] == bud.title})
    if len(bud_pages) != 2:
        errors.append(f"{bud.title} is on pages {bud_pages}, expected a page break inside it")
    else:
        header = norm("".join(bud.header[0]))
        on = [i + 1 for i, p in enumerate(pages[YUKO_PDF]) if header in norm(p)]
        if bud.repeat_header or on != bud_pages[:1]:
            errors.append(f"{bud.title}: header printed on pages {on}, expected only on {bud_pages[:1]}")
        first = {g["row"] for g in gold if g["table"] == bud.title and g["page"] == bud_pages[0]}
        continued = {g["row"] for g in gold if g["table"] == bud.title and g["page"] == bud_pages[1]}
        if not 3 <= len(first) <= 10:
            errors.append(f"{bud.title}: {len(first)} rows before the page break, expected 3-10")
        for row in CONTINUED_ROWS:
            if row not in continued:
                errors.append(f"{bud.title}: row {row} should be on the continuation page")
        for row in BEFORE_BREAK_ROWS:
            if row not in first:
                errors.append(f"{bud.title}: row {row} should be before the page break")
        if not any("\n" in r[0] and label(r[0]) in continued for r in bud.rows):
            errors.append(f"{bud.title}: no wrapped row label on the continuation page")
    for key in ("years", "regions", "products", "visits", "rates", "scoring"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["regions"].ruled or not all(s.ruled for k, s in specs.items() if k != "regions"):
        errors.append("only the 国・地域別 table must be drawn without ruling lines")
    if not any("\n" in h for h in specs["regions"].header[0]):
        errors.append("the unruled table should have two-line header labels")
    # (a): two header rows, three spans, group／leaf columns
    vis = specs["visits"]
    if len(vis.header) != 2 or len(vis.spans) != 3:
        errors.append("the visits table needs a two-row header with two merged groups")
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["本県からの派遣／令和５年度", "本県からの派遣／令和６年度", "州からの受入れ／令和５年度", "州からの受入れ／令和６年度"]
    if cols != want:
        errors.append(f"the visits table's columns should be {want}, got {cols}")
    # (d): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == D][::4] != [y for y, *_r in YEARS]:
        errors.append("the years-as-rows table should take each row's year")
    # (f): signed 増減 cells, both signs
    signs = [g["value"][:1] for g in gold if g["table"] == E and g["column"] == "増減"]
    if "＋" not in signs or "△" not in signs:
        errors.append("the 増減 column needs ＋ and △ cells")
    # (g): a grouping first column and text cells
    rat = specs["rates"]
    rows = [g["row"] for g in gold if g["table"] == F][::2]
    if rows != [f"{grp}／{k}" for grp in ("補助率", "上限額") for k in KINDS]:
        errors.append(f"the rates table's grouped row labels are {rows}")
    if sum(1 for (c0, r0), (c1, r1) in rat.spans if c0 == c1 == 0 and r1 > r0) != 2:
        errors.append("the rates table needs two first-column cells spanning rows")
    if not all(g["number"] is None and g["unit"] is None for g in gold if g["table"] == F and g["row"].startswith("補助率")):
        errors.append("the 補助率 rows should be text cells")
    # units inside cells: (c) 千円, (g) 万円, (h) 点
    for title, unit in ((C, "千円"), (G, "点")):
        if not all(g["value"].endswith(unit) and g["unit"] == unit for g in gold if g["table"] == title):
            errors.append(f"{title}: every cell should print its unit {unit}")
    if not all(g["value"].endswith("万円") for g in gold if g["table"] == F and g["row"].startswith("上限額")):
        errors.append(f"{F}: the caps should print 万円 inside the cells")
    # wrapped row labels: printed over two lines, joined in the gold
    for key in ("budget", "scoring"):
        spec = specs[key]
        wrapped = [r[0] for r in spec.rows if "\n" in r[0]]
        if len(wrapped) < 3:
            errors.append(f"{spec.title}: expected at least three wrapped row labels")
        text = "\n".join(pages[spec.doc])
        lines = [x.strip() for x in text.splitlines()]
        for w in wrapped:
            first, second = w.split("\n")
            if first not in lines or second not in lines:
                errors.append(f"{spec.title}: wrapped label {w!r} not printed as two lines")
    return errors


def check_prose(pages) -> list[str]:
    """Sibling sections print the same labels; figures and dates stated in prose agree with the data."""
    errors = []
    hanro = norm("\n".join(pages[HANRO_PDF]))
    for lab in ("内容：", "実施時期：", "支援企業数："):
        if hanro.count(norm(lab)) != len(PROGRAMMES):
            errors.append(f"report: label {lab} printed {hanro.count(norm(lab))} times, expected {len(PROGRAMMES)}")
    for i, (head, *_r) in enumerate(PROGRAMMES, 1):
        if norm(f"（{fw(i)}）{head}") not in hanro:
            errors.append(f"report lacks the heading of programme {i}")
    y6 = YEARS[-1]
    if not sum(p[3] for p in PROGRAMMES) > y6[1] or norm(f"令和６年度の支援企業数（{y6[1]}社）") not in hanro:
        errors.append("report: the note on the programmes' 支援企業数 does not hold")
    if norm(f"契約済みの額は{y6[4] - PENDING[1]}百万円") not in hanro or norm(f"成約金額{y6[4]}百万円には") not in hanro:
        errors.append("report: the ※２ contracted amount is not 455 - 37")
    if not (y6[1] > 100 and all(y[1] < 100 for y in YEARS[:-1])) or norm("支援企業数が初めて100社を超え") not in hanro:
        errors.append("report: 「支援企業数が初めて100社を超え」 does not hold")
    if y6[3] != max(y[3] for y in YEARS) or norm(f"成約件数も{y6[3]}件と過去最多") not in hanro:
        errors.append("report: 「成約件数も…過去最多」 does not hold")
    top = max(REGIONS, key=lambda r: r[1])
    if top != max(REGIONS, key=lambda r: r[3]) or top[0] != "台湾":
        errors.append("report: 台湾 is not first in both 件数 and 金額")
    us = next(r for r in REGIONS if r[0] == "米国")
    rank = sorted((r[1] for r in REGIONS), reverse=True).index(us[1]) + 1
    if rank != 4 or max(REGIONS, key=lambda r: r[3] / r[2])[0] != "米国" or norm("商談件数では４番目") not in hanro:
        errors.append("report: the 米国 sentence does not hold")
    diffs = {n: b - a for n, a, b in PRODUCTS}
    if max(diffs, key=diffs.get) != "日本酒・焼酎" or diffs["菓子"] >= 0:
        errors.append("report: 日本酒・焼酎 should grow most and 菓子 should fall")

    yuko = norm("\n".join(pages[YUKO_PDF]))
    if SIGNED_YEAR + 40 != 2025 or norm(f"{SIGNED_YEAR}年（昭和60年）10月") not in yuko or norm("令和７年（2025年）に提携40周年") not in yuko:
        errors.append("plan: the 40th anniversary does not fall in 2025")
    for lab in ("時期：", "場所：", "内容：", "担当："):
        if yuko.count(norm(lab)) != len(EVENTS):
            errors.append(f"plan: label {lab} printed {yuko.count(norm(lab))} times, expected {len(EVENTS)}")
    for i, (head, *_r) in enumerate(EVENTS, 1):
        if norm(f"（{fw(i)}）{head}") not in yuko:
            errors.append(f"plan lacks the heading of event {i}")
    dates = [d for d, _t in SCHEDULE]
    if dates != sorted(dates) or not all(PERIOD[0] <= d <= PERIOD[1] for d in dates):
        errors.append("plan: the schedule is not in order within the 実施期間")
    for i, (d, text) in enumerate(SCHEDULE):
        if norm(f"{CIRCLED[i]} 令和{fw(d.year - 2018)}年{fw(d.month)}月{fw(d.day)}日（{WEEKDAYS[d.weekday()]}）{text}") not in yuko:
            errors.append(f"plan: schedule item {i + 1} missing or with a wrong weekday")
    visits = {n: (a5 + b5, a6 + b6) for n, a5, a6, b5, b6 in VISITS}
    if any(max(visits, key=lambda n: visits[n][k]) != "教育・青少年" for k in (0, 1)):
        errors.append("plan: 教育・青少年 is not the largest field in both years")
    if norm("高校生15人") not in yuko or norm("2005年高校生の相互派遣を開始") not in yuko:
        errors.append("plan: the 青少年交流 lines are missing")

    mihon = norm("\n".join(pages[MIHON_PDF]))
    for kind in KINDS:
        solo, joint = (rate(x) for x in RATES[kind])
        if not (0 < solo <= joint <= 1) or not CAPS[kind][1] <= CAPS[kind][0]:
            errors.append(f"call: {kind}: a joint booth should have the higher rate and the lower cap")
    if sum(x for _n, x in SCORING) != 100 or not 0 < PASS_MARK < 100:
        errors.append("call: the scoring does not add up to 100")
    if norm(f"公募期間：{dated(CALL[0])}から{dated(CALL[1], era=False)}17時まで") not in mihon:
        errors.append("call: the 公募期間 line is missing or has a wrong weekday")
    if not CALL[1] < FAIRS[0] < FAIRS[1]:
        errors.append("call: the call should close before the first eligible fair")
    if norm("小規模事業者とは、常時使用する従業員の数が20人（商業・サービス業は５人）以下の事業者") not in mihon:
        errors.append("call: the definition of 小規模事業者 is missing")
    raw = "\n".join(pages[MIHON_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("call: expected three Ｑ lines and three Ａ lines")
    # the two 国際ビジネス課 contact boxes differ in 担当 and fax (a follow-up's near miss)
    if not ("ファクス：099-070-1219" in "\n".join(pages[HANRO_PDF]) and "ファクス：099-070-1218" in "\n".join(pages[MIHON_PDF])):
        errors.append("the two 国際ビジネス課 fax numbers are not as the questions expect")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
