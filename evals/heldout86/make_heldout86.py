"""Build the 椨県 held-out set 86: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (椨県 and every town, scheme, organisation, phone number, address
and figure). The documents are in three genres the earlier sets do not use: a grant guideline
(交付要綱, articles 第１条–第８条 with 附則, 別表 and five （参考） parts) for a subsidy towards pearl and
jewellery makers' overseas expansion (県産真珠・宝飾品海外展開支援補助金: grading certificates, trade
fairs abroad, CITES permits and certificates of origin, foreign-language catalogues, inviting
buyers) with a two-level header whose groups are regions and whose leaves are the rate and the cap
(two 「－」 cells), the grants by year (years as rows with a 合計 row) and a KPI table; the report
(報告書) of a survey of the prefecture's stationery makers on their exports (文具メーカーの輸出に関する
実態調査) with the firms by main product (a table continued over a page break without its header,
header cells over two lines), the exports by destination over two fiscal years with a 増減 column
printing decreases with ▲ and an unruled table of the issues; and the user guide (利用案内) of a
prefectural desk that has lawyers check foreign-language contracts before firms sign them
(外国語契約書チェック窓口) with the fees by language (two 「－」 cells, a half fee for small firms and
a 1.5-times fee for long contracts in notes) and the checks by kind of contract with a total
column on the right; see README.md beside this file.

    python make_heldout86.py [OUTPUT_DIR]          # default: this file's directory

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

SHINJU_PDF = "tabu_shinju_hoshokuhin_kaigai_tenkai_hojokin_kofu_yoko_r7.pdf"
BUNGU_PDF = "tabu_bungu_maker_yushutsu_jittai_chosa_r6.pdf"
KEIYAKU_PDF = "tabu_gaikokugo_keiyakusho_check_madoguchi_riyo_annai_r7.pdf"
ALL_PDFS = (SHINJU_PDF, BUNGU_PDF, KEIYAKU_PDF)

UNITS = ("百万円", "千円", "万円", "円", "件", "社", "者", "通", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
DASH = "－"  # a cell with no figure (each table's note says what it means); never a gold cell
DECREASE = "▲"  # a decrease in a 増減 column
PHONE_RE = r"099-90\d-\d{4}"  # every phone number of the set: 099-90x-xxxx
MAIL_DOMAIN = "@example.jp"
FORBIDDEN_PREFS = ("櫟県",)  # never named in this set


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
    return (None, None) if number is None else (sign * number, unit)


def label(s: str) -> str:
    """A row or column label as recorded: line breaks dropped."""
    return s.replace("\n", "").strip(INDENT)


def bracket_unit(text: str) -> str | None:
    """The unit in brackets at the end of a label (申請件数（件） -> 件), NFKC."""
    m = re.search(r"（([^（）]+)）$", text.replace("\n", ""))
    return nfkc(m.group(1)) if m else None


def half_up(x: Decimal, q: str) -> Decimal:
    return x.quantize(Decimal(q), ROUND_HALF_UP)


def pct1(k: int, n: int) -> Decimal:
    """k / n in per cent with one decimal, rounded half up."""
    return half_up(Decimal(k * 100) / Decimal(n), "0.1")


def pct0(k: int, n: int) -> int:
    """k / n in whole per cent, rounded half up (note ※５ of the call)."""
    return int(half_up(Decimal(k * 100) / Decimal(n), "1"))


def cell(x) -> str:
    """A table cell: an int as docgen prints it (single digits full-width), a Decimal with one
    decimal, None as 「－」."""
    if x is None:
        return DASH
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def signed(n: int) -> str:
    """A 増減 cell: a decrease with a leading ▲."""
    return f"{DECREASE}{fw(-n)}" if n < 0 else fw(n)


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf, optional columns or rows
    that cover a range of fiscal years (a 増減 column, a 合計 row over years), and 「－」 cells
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

    def dash_cells(self) -> set:
        """(row label, column label) of every cell printed 「－」."""
        return {(self.row_label(i), self.column_label(c))
                for i, r in enumerate(self.rows) for c in self.value_cols if r[c] == DASH}


def gold_records(spec: TableSpec, pages_of: dict) -> list[dict]:
    out = []
    for i, r in enumerate(spec.rows):
        for c in spec.value_cols:
            value = r[c]
            if value == DASH:  # no figure: drawn, but no gold cell
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


ARTICLE_HEAD = pstyle("article_head", docgen.GOTHIC, 10, 14.5, left=docgen.EM, spaceBefore=2, keepWithNext=1)
ARTICLE = pstyle("article", docgen.MINCHO, 10, 14.5, left=docgen.EM, first=-docgen.EM)
REF = pstyle("ref", docgen.GOTHIC, 11, 16, spaceBefore=6, spaceAfter=2, keepWithNext=1)
ITEM = pstyle("item", docgen.MINCHO, 10, 14.5, left=3 * docgen.EM, first=-docgen.EM)


def article(head: str, paragraphs: list[str], items: list[str] = ()):
    """An article of the guideline: 「（見出し）」, then 「第ｎ条　…」 and 「２　…」 paragraphs, then
    items 「一　…」 after the last paragraph."""
    out = [P(f"（{head}）", ARTICLE_HEAD)] if head else []
    out += [P(t, ARTICLE) for t in paragraphs]
    out += [P(t, ITEM) for t in items]
    return out


PREF = "椨県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: pearl and jewellery subsidy, grant guideline
SHINJU = f"{PREF}産真珠・宝飾品海外展開支援補助金"
SHINJU_DEPT = f"{PREF} 商工観光労働部 海外ビジネス推進課"
SHINJU_DESK = f"{PREF}真珠・宝飾品輸出相談室"
BUYER_EVENT = f"{PREF}海外バイヤー商談会"
REGIONS_A = ("東・東南アジア", "その他の地域")  # the groups of the 別表 (note ※１ says which applies)
RATES = [  # 経費区分; 東・東南アジア: 補助率（％）, 上限額（千円）; その他の地域: 補助率（％）, 上限額（千円） (None = 「－」)
    ("鑑別書等の取得", 50, 300, 50, 400),
    ("海外見本市への出展", 50, 1000, 50, 1500),
    ("輸出関係書類の取得", 60, 200, 75, 300),
    ("外国語カタログ・商品写真の制作", 50, 400, 50, 600),
    ("海外バイヤーの招へい", 50, 500, None, None),
]
FIRM_CAP_MAN = 200  # 第４条第２項: 万円 per firm and year (the 別表 is in 千円)
RECORD = [  # 年度, 申請件数, 交付件数, うち小規模企業者, 交付額（千円）
    (2020, 9, 7, 2, 6840), (2021, 13, 10, 4, 9720), (2022, 16, 12, 5, 13150),
    (2023, 21, 15, 6, 17380), (2024, 24, 18, 8, 21460),
]
KPIS = [  # 指標（単位）, 目標, 実績 (令和６年度; 達成率 = 実績 / 目標, whole per cent)
    ("海外見本市への出展者数（者）", 20, 17), ("海外での商談件数（件）", 300, 342),
    ("海外での成約件数（件）", 40, 32), ("県産真珠の輸出額（百万円）", 860, 917),
]
CONTINUING = 31  # grantees trading abroad on a continuing basis by the end of 令和６年度 (prose only)
SHINJU_CASES = [  # 見出し, 対象国・地域, 主な取組, 交付額 (same labels in every sibling section); region, cost items
    ("真珠加工業Ａ社（椨市）", "香港", "香港の宝飾見本市への出展と、出品する真珠の鑑別書の取得", "118万円",
     0, ("海外見本市への出展", "鑑別書等の取得")),
    ("宝飾品製造業Ｂ社（玉浦市）", "フランス", "パリの見本市への出展と、フランス語のカタログの制作", "187万円",
     1, ("海外見本市への出展", "外国語カタログ・商品写真の制作")),
    ("真珠卸売業Ｃ社（磯辺町）", "米国", "サンゴを用いた宝飾品のワシントン条約輸出許可書と原産地証明書の取得", "27万円",
     1, ("輸出関係書類の取得",)),
]
EXCLUDED = [  # 第４条第３項
    "一　商品の製造、仕入れ及び在庫の保管に要する経費",
    "二　見本市の会場での飲食及び接待に要する経費",
    "三　国内の見本市への出展に要する経費",
    "四　交付の決定の日より前に発注し、又は支払った経費",
]


def shinju_specs():
    rows = [[n] + [cell(x) for x in vals] for n, *vals in RATES]
    rates = TableSpec(
        key="rates", doc=SHINJU_PDF, title="補助対象経費、補助率及び上限額",
        header=[["経費区分", REGIONS_A[0], "", REGIONS_A[1], ""],
                ["", "補助率（％）", "上限額（千円）", "補助率（％）", "上限額（千円）"]],
        rows=rows, col_widths=[56 * mm, 26 * mm, 27 * mm, 26 * mm, 27 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[-1])
    rrows = [[era(y), fw(a), fw(b), fw(s), fw(g)] for y, a, b, s, g in RECORD]
    rrows.append(["合計"] + [fw(sum(r[j] for r in RECORD)) for j in (1, 2, 3, 4)])
    record = TableSpec(
        key="record", doc=SHINJU_PDF, title="交付実績の推移",
        header=[["年度", "申請件数（件）", "交付件数（件）", "うち小規模企業者（件）", "交付額（千円）"]],
        rows=rrows, col_widths=[28 * mm, 30 * mm, 30 * mm, 42 * mm, 32 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    record.row_range = {"合計": [RECORD[0][0], RECORD[-1][0]]}
    kpis = TableSpec(
        key="kpis", doc=SHINJU_PDF, title="成果指標の目標と実績",
        header=[["指標", "目標", "実績", "達成率（％）"]],
        rows=[[n, fw(t), fw(a), fw(pct0(a, t))] for n, t, a in KPIS],
        col_widths=[70 * mm, 28 * mm, 28 * mm, 28 * mm], table_fy=2024,
    )
    kpis.unit = lambda row, c: "%" if c == 3 else bracket_unit(row[0])
    return rates, record, kpis


def shinju_story(specs):
    rates, record, kpis = specs
    last = RECORD[-1]
    achieved = sum(a >= t for _n, t, a in KPIS)
    st = [P(f"{SHINJU}交付要綱", TITLE), Spacer(1, 1 * mm),
          P("令和２年３月27日制定　令和７年３月28日改正", DATE_RIGHT), Spacer(1, 1 * mm)]
    st += article("趣旨", [
        f"第１条　知事は、県産真珠及び宝飾品の海外への販路の拡大を図るため、県内の中小企業者が行う海外展開の取組に要する経費に対し、予算の範囲内において{SHINJU}（以下「補助金」という。）を交付するものとし、その交付に関しては、{PREF}補助金等交付規則に定めるもののほか、この要綱に定めるところによる。",
    ])
    st += article("定義", [
        "第２条　この要綱において「県産真珠」とは、県内の漁場で養殖され、県内で浜揚げされた真珠をいう。",
        "２　この要綱において「宝飾品」とは、県産真珠、貴金属、宝石等を用いた指輪、ネックレス、イヤリング、ブローチ等の装身具で、県内の事業所で製造し、又は加工したものをいう。",
        "３　この要綱において「鑑別書等」とは、真珠又は宝石の種類、品質等を第三者の鑑別機関が証明する鑑別書、グレーディングレポートその他これらに類する書類をいう。",
        "４　この要綱において「輸出関係書類」とは、ワシントン条約に基づく輸出許可書、原産地証明書その他輸出先の国・地域が輸入の際に求める書類をいう。",
        "５　この要綱において「小規模企業者」とは、常時使用する従業員の数が20人（商業又はサービス業に属する事業を主たる事業として営む者については、５人）以下の中小企業者をいう。",
    ])
    st += article("補助対象者", [
        "第３条　補助金の交付の対象となる者は、県内に本社又は主たる事業所を有する中小企業者（中小企業基本法第２条第１項に規定する中小企業者をいう。）であって、県産真珠又は宝飾品を製造し、加工し、又は販売するものとする。ただし、県税を滞納している者を除く。",
    ])
    st += article("補助対象経費、補助率及び上限額", [
        "第４条　補助の対象となる経費（以下「補助対象経費」という。）並びにその補助率及び上限額は、別表のとおりとする。",
        f"２　補助金の額は、１事業者につき１年度当たり{FIRM_CAP_MAN}万円を上限とし、その額に千円未満の端数があるときは、これを切り捨てる。",
        "３　次に掲げる経費は、補助対象経費としない。",
    ], EXCLUDED)
    st += article("交付の申請", [
        "第５条　補助金の交付を受けようとする者は、補助金交付申請書（様式第１号）に事業計画書及び経費の見積書の写しを添えて、知事が別に定める期日までに知事に提出しなければならない。",
    ])
    st += article("交付の決定", [
        "第６条　知事は、前条の申請があったときは、その内容を審査し、適当と認めるときは、補助金の交付を決定し、その旨を申請者に通知するものとする。",
    ])
    st += article("実績報告", [
        "第７条　補助金の交付の決定を受けた者（以下「補助事業者」という。）は、補助事業が完了したときは、その日から起算して30日を経過した日又は交付の決定を受けた年度の２月末日のいずれか早い日までに、実績報告書（様式第５号）を知事に提出しなければならない。",
    ])
    st += article("補助金の返還", [
        "第８条　知事は、補助事業者が偽りその他不正の手段により補助金の交付を受けたときは、交付の決定の全部又は一部を取り消し、既に交付した補助金の返還を命ずることができる。",
    ])
    st += [P("附　則", ARTICLE_HEAD), P("この要綱は、令和７年４月１日から施行する。", pstyle("fusoku", left=2 * docgen.EM))]
    st += [P("別表（第４条関係）", REF)]
    st += [caption(rates.title), rates.flowable(), Spacer(1, 2)]
    st += notes([
        f"※１ 「{REGIONS_A[0]}」の欄は、出展先又は輸出先が中国、香港、台湾、韓国又はＡＳＥＡＮ加盟国である場合に適用し、それ以外の国・地域である場合は「{REGIONS_A[1]}」の欄を適用する。",
        f"※２ 「－」は、補助の対象としないことを示す（{REGIONS_A[1]}からのバイヤーの招へいは、県が主催する「{BUYER_EVENT}」で行う。）。",
        "※３ 上限額は経費区分ごとの１年度当たりの額とし、その合計が第４条第２項の額を超えるときは、同項の額を限度とする。",
    ])
    st += [P("（参考１）令和７年度の募集", REF)]
    st += lv_lines([
        ("募集期間", "令和７年５月12日から６月20日まで（必着）"),
        ("予算額", "2,400万円"),
        ("採択予定件数", "15件程度"),
        ("補助事業期間", "交付決定の日から令和８年２月15日まで"),
    ], 0)
    st += [P("（参考２）申請から支払までの流れ", REF)]
    st += numbered([
        f"① 事前相談（海外ビジネス推進課又は{SHINJU_DESK}へ）",
        "② 交付申請（様式第１号に事業計画書と見積書の写しを添えて提出）",
        "③ 審査（書類審査と面談。令和７年７月中旬）",
        "④ 交付決定の通知（令和７年７月下旬）",
        "⑤ 補助事業の実施（令和８年２月15日までに完了すること）",
        "⑥ 実績報告（第７条の期限まで）",
        "⑦ 補助金の額の確定と支払（令和８年３月）",
    ], 0)
    st += [P("（参考３）活用事例（令和６年度）", REF)]
    for i, (head, where, what, amount, _reg, _items) in enumerate(SHINJU_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("対象国・地域", where), ("主な取組", what), ("交付額", amount)], 1)
    st += [P("（参考４）交付実績と成果指標", REF)]
    st += paras(f"""
制度を創設した令和２年度（2020年度）以降、申請件数は毎年増えており、令和６年度は{last[1]}件の申請に対し{last[2]}件に交付した（うち小規模企業者{fw(last[3])}件）。交付を受けた事業者のうち、令和６年度末までに海外の取引先と継続的な取引を始めたものは{CONTINUING}者である。令和６年度の成果指標は、４指標のうち{fw(achieved)}指標で目標を達成した。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += [caption(kpis.title, "（令和６年度）"), kpis.flowable(), Spacer(1, 2)]
    st += notes([
        "※４ 達成率は、実績を目標で除して得た率の小数点以下第１位を四捨五入したものである。目標は「椨県真珠産業振興プラン」による。",
    ])
    st += [P("（参考５）よくある質問", REF)]
    qa = [
        ("同じ年度に、香港と米国の見本市に出展する場合、両方とも補助の対象になりますか。",
         f"対象になります。ただし、補助金の額は二つを合わせて{FIRM_CAP_MAN}万円までです。"),
        ("補助事業で制作したカタログを、事業の終了後に国内の販売に使ってもよいですか。",
         "差し支えありません。ただし、国内向けに増刷する費用は対象になりません。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("問い合わせ先", REF), Spacer(1, 2)]
    st.append(contact_box([
        f"{SHINJU_DEPT} 宝飾産業班　電話：099-901-4410　ファクス：099-901-4419",
        f"{SHINJU_DESK}（公益財団法人椨県産業振興財団内、事前相談）　電話：099-901-4500",
        "電子メール：tabu-shinju@example.jp",
    ]))
    return st


# ================================================================ document 2: stationery makers' exports, survey report
BUNGU = f"{PREF}文具メーカーの輸出に関する実態調査"
BUNGU_DEPT = f"{PREF} 商工観光労働部 産業振興課"
KUMIAI = f"{PREF}文具工業組合"
TARGET = 420  # 調査対象の企業
PRODUCTS = [  # 主な品目, 回答企業数（社）, 輸出企業数（社）, うち直接輸出（社）, 輸出額（百万円） (令和５年度)
    ("筆記具", 24, 15, 9, 1284), ("紙製品（ノート・手帳等）", 31, 14, 6, 612), ("事務用品", 27, 10, 4, 438),
    ("画材・絵具", 12, 8, 5, 356), ("文具雑貨", 22, 9, 3, 187), ("印章・スタンプ", 14, 4, 1, 63),
    ("学用品", 19, 5, 2, 142), ("その他", 19, 3, 1, 58),
]
DEST_YEARS = (2022, 2023)
DESTINATIONS = [  # 輸出先, 輸出額（百万円）: 令和４年度, 令和５年度
    ("中国", 612, 548), ("台湾", 398, 431), ("韓国", 265, 287), ("香港", 173, 166), ("タイ", 204, 259),
    ("ベトナム", 118, 176), ("米国", 487, 562), ("欧州", 338, 371), ("その他", 309, 340),
]
ISSUES = [  # 輸出の課題, 回答数: 直接輸出企業, 間接輸出企業 (複数回答)
    ("海外の取引先・販路の開拓", 19, 21), ("輸出先の安全基準・表示規制への対応", 14, 9),
    ("物流費の上昇", 12, 10), ("為替の変動", 9, 5), ("模倣品・商標の侵害", 8, 3),
    ("外国語ができる人材の不足", 6, 13),
]
CROSS_BORDER_EC = 23  # exporters selling through cross-border e-commerce (prose only)
EXPORT_START = (29, 17)  # exporters that began more than ten years ago / within five years (prose only)
BIG_EXPORTERS = 9  # exporters above 100百万円 (prose only)
PLANNING = 19  # non-exporters planning to start within three years (prose only)
NEXT_SURVEY = 2026  # 令和８年度 (the last item of the next steps)
BUNGU_CASES = [  # 見出し, 主な輸出先, 輸出の方法, 工夫していること (same labels in every sibling section)
    ("筆記具製造業Ｄ社（椨市）", "米国、ドイツ", "直接輸出（現地の販売代理店を通じて販売）",
     "海外の見本市で試し書きの場を設け、書き味を確かめてもらっている"),
    ("紙製品製造業Ｅ社（玉浦市）", "台湾、香港", "間接輸出（県内の商社経由）",
     "現地の祝日や行事に合わせた限定デザインの手帳を毎年制作している"),
    ("画材製造業Ｆ社（磯辺町）", "韓国、タイ", "直接輸出（越境ＥＣ）",
     "絵具の成分表を英語と韓国語で用意し、安全基準の確認に素早く応じている"),
]


def exporters() -> tuple[int, int, int]:
    """輸出企業: all, 直接輸出, 間接輸出 (the ｎ of the unruled table)."""
    n = sum(r[2] for r in PRODUCTS)
    d = sum(r[3] for r in PRODUCTS)
    return n, d, n - d


def bungu_specs():
    rows = [[n, fw(a), fw(b), fw(c), fw(v)] for n, a, b, c, v in PRODUCTS]
    rows.append(["合計"] + [fw(sum(r[j] for r in PRODUCTS)) for j in (1, 2, 3, 4)])
    products = TableSpec(
        key="products", doc=BUNGU_PDF, title="主な品目別の回答企業と輸出の状況",
        header=[["主な品目", "回答\n企業数（社）", "輸出\n企業数（社）", "うち直接\n輸出（社）", "輸出額\n（百万円）"]],
        rows=rows, col_widths=[46 * mm, 28 * mm, 28 * mm, 28 * mm, 28 * mm], table_fy=2023, repeat_header=False,
    )
    products.unit = lambda row, c, s=products: bracket_unit(s.column_label(c))
    drows = [[d, fw(a), fw(b), signed(b - a)] for d, a, b in DESTINATIONS]
    ta, tb = sum(r[1] for r in DESTINATIONS), sum(r[2] for r in DESTINATIONS)
    drows.append(["合計", fw(ta), fw(tb), signed(tb - ta)])
    dests = TableSpec(
        key="dests", doc=BUNGU_PDF, title="輸出先別の輸出額",
        header=[["輸出先"] + [era(y) for y in DEST_YEARS] + ["増減"]],
        rows=drows, col_widths=[40 * mm, 30 * mm, 30 * mm, 30 * mm], unit="百万円",
    )
    dests.col_range = {3: [DEST_YEARS[0], DEST_YEARS[-1]]}
    n_all, n_d, n_i = exporters()
    issues = TableSpec(
        key="issues", doc=BUNGU_PDF, title="輸出の課題（複数回答）",
        header=[["輸出の課題", "全体", "直接輸出", "間接輸出"]],
        rows=[[x, cell(pct1(a + b, n_all)), cell(pct1(a, n_d)), cell(pct1(b, n_i))] for x, a, b in ISSUES],
        col_widths=[72 * mm, 26 * mm, 26 * mm, 26 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return products, dests, issues


def bungu_story(specs):
    products, dests, issues = specs
    total = sum(r[1] for r in PRODUCTS)
    n_all, n_d, n_i = exporters()
    value = sum(r[4] for r in PRODUCTS)
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{BUNGU} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月", DATE_RIGHT), P(BUNGU_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県内の文具メーカーの輸出の現状と課題を把握し、海外販路の開拓を支える施策に役立てるため"),
        ("調査対象", f"県内に本社を置く文具・事務用品の製造業者 {TARGET}社"),
        ("調査基準日", "令和６年（2024年）10月１日"),
        ("調査期間", "令和６年10月７日から11月８日まで"),
        ("調査方法", f"郵送及びウェブによるアンケート（{KUMIAI}の協力による）"),
        ("調査項目", "輸出の有無と方法、輸出先と輸出額、輸出の課題、県への要望"),
        ("回答数", f"{total}社（回答率{pct1(total, TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「文具メーカー」とは、筆記具、紙製品、事務用品、画材等の文具を自ら製造し、又は製造を委託して自社の商標で販売する企業をいう。「輸出企業」とは、令和５年度中に自社の文具を輸出した企業をいい、商社等を通じた間接輸出のみの企業を含む。また、「直接輸出」とは、海外の取引先と自ら契約して輸出することをいい、それ以外の輸出を「間接輸出」という。
なお、割合は小数点以下第２位を四捨五入しているため、内訳の合計が100％にならない場合がある。
""", 0)
    st += [P("２　輸出の状況", H1)]
    st += paras(f"""
令和５年度に輸出を行った企業は、回答企業{total}社のうち{n_all}社（{pct1(n_all, total)}％）で、このうち直接輸出を行った企業は{n_d}社であった。輸出額の合計は{value:,}百万円で、主な品目別では筆記具が最も多く、全体の４割を占める。輸出を始めた時期は、10年以上前が{EXPORT_START[0]}社と最も多く、５年以内に始めた企業は{EXPORT_START[1]}社であった。輸出企業のうち、越境ＥＣを利用している企業は{CROSS_BORDER_EC}社あった。また、輸出を行っていない{total - n_all}社のうち{PLANNING}社が、今後３年以内に輸出を始める予定と回答した。
主な品目別にみると、回答企業に占める輸出企業の割合は画材・絵具と筆記具で６割を超える一方、印章・スタンプ、学用品及びその他では３割に満たない。直接輸出を行う企業の割合も、画材・絵具と筆記具で高くなっている。
輸出企業１社当たりの輸出額は平均{half_up(Decimal(value) / Decimal(n_all), "0.1")}百万円であるが、輸出額が１億円を超える企業は{fw(BIG_EXPORTERS)}社に限られ、輸出企業の半数以上は２千万円未満であった。
""", 0)
    st += [Spacer(1, 8 * mm), caption(products.title, "（令和５年度）", keep=False), products.flowable(), Spacer(1, 2)]
    st += notes(["※１ 「主な品目」は、各企業の売上高が最も多い品目による。「その他」は、はさみ・カッター等の刃物類、文具用の電子機器等である。"])
    st += [P("３　輸出先", H1)]
    st += paras("""
輸出先別では米国が最も多く、前年度からの増加も最も大きい。一方、中国と香港向けは前年度を下回った。
""", 0)
    st += [caption(dests.title, "（単位：百万円）"), dests.flowable(), Spacer(1, 2)]
    st += notes(["※２ 令和４年度の値は、今回の調査で併せて回答を求めたものである。「増減」は令和５年度の値から令和４年度の値を差し引いたもので、▲は減少を示す。「欧州」は英国を含む。"])
    st += [P("４　企業の事例", H1)]
    for i, (head, dest, how, idea) in enumerate(BUNGU_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な輸出先", dest), ("輸出の方法", how), ("工夫していること", idea)], 1)
    st += [P("５　輸出の課題", H1)]
    st += paras("""
全体では「海外の取引先・販路の開拓」が最も多かった。直接輸出企業では「輸出先の安全基準・表示規制への対応」が、間接輸出企業では「外国語ができる人材の不足」が２番目に多い。
""", 0)
    st += [caption(issues.title, "（単位：％）"), issues.flowable(), Spacer(1, 2)]
    st += notes([
        f"※３ 輸出企業（全体{n_all}社、直接輸出{n_d}社、間接輸出{n_i}社）が回答した。「直接輸出」は直接輸出を行った企業、「間接輸出」は間接輸出のみの企業である。複数回答のため、合計は100％にならない。",
    ])
    st += [P("６　県への主な要望（自由記述）", H1)]
    st += bullets([
        "海外の文具見本市に、県のブースを設けて共同で出展できるようにしてほしい。",
        "輸出先の玩具・文具の安全基準について、分かりやすい資料を作ってほしい。",
        "越境ＥＣの始め方を学べるセミナーを開いてほしい。",
    ], 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        f"① {KUMIAI}と連携し、海外の文具見本市への共同出展を令和７年度から始める。",
        "② 主な輸出先の安全基準と表示規制の要点を、品目別の資料にまとめる。",
        "③ 越境ＥＣの活用セミナーを年２回開く。",
        f"④ 次回の調査は、{era(NEXT_SURVEY)}に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{BUNGU_DEPT} 地場産業班　電話：099-904-2210　ファクス：099-904-2219",
        f"{KUMIAI}（調査の協力団体）　電話：099-904-2300",
        "電子メール：tabu-bungu@example.jp",
    ]))
    return st


# ================================================================ document 3: contract-review desk, user guide
KEIYAKU = f"{PREF}外国語契約書チェック窓口"
KEIYAKU_DEPT = f"{PREF} 商工観光労働部 国際経済課"
KYOKAI = f"一般社団法人{PREF}貿易振興協会"
KINDS = [  # 見出し, 確認の範囲, 回答の目安, 成果物 (same labels in every sibling section)
    ("要点チェック", "支払条件、契約期間・解除、準拠法・紛争解決の３項目", "資料の受領から５営業日",
     "チェックシート（電子メール）"),
    ("全文チェック", "すべての条項（翻訳者による和訳の要約を含む）", "資料の受領から10営業日",
     "指摘事項の報告書と60分の面談（オンライン可）"),
    ("修正案の作成", "全文チェックの結果に基づく修正条項の文案（相手方に示す外国語の文案）", "全文チェックの回答から７営業日",
     "修正案（外国語と日本語の対訳）"),
]
FEES = [  # 契約書の言語; 要点チェック, 全文チェック, 修正案の作成（円） (None = 「－」)
    ("英語", 12000, 36000, 24000), ("中国語（簡体字・繁体字）", 15000, 45000, 30000),
    ("韓国語", 15000, 45000, 30000), ("タイ語・ベトナム語", 20000, 60000, None),
    ("その他の言語", 20000, 60000, None),
]
LONG_FACTOR = Decimal("1.5")  # note ※３: 21ページ以上
CONTRACTS = [  # 契約の種類; 要点チェック, 全文チェック, 修正案の作成（通） (令和６年度)
    ("販売店・代理店契約", 28, 19, 8), ("売買基本契約", 22, 14, 5), ("秘密保持契約", 31, 6, 2),
    ("製造委託（ＯＥＭ）契約", 9, 11, 4), ("ライセンス契約", 4, 7, 3), ("業務委託契約", 7, 5, 1),
    ("その他", 6, 3, 1),
]
PREV_YEAR = 158  # 令和５年度のチェック件数 (prose only)
USERS = 121  # 令和６年度に利用した事業者 (prose only)
ENGLISH = 138  # 令和６年度の英語の契約書 (prose only)
KEIYAKU_QA = [
    ("相手方から届いた契約書が、英語と中国語の２か国語で書かれています。料金はどうなりますか。",
     "二つの言語の内容が同じであれば、英語の料金で１通として受け付けます。"),
    ("チェックの後、相手方との交渉に同席してもらえますか。",
     "同席はしていません。交渉の進め方は、全文チェックの面談でご相談ください。"),
]


def keiyaku_specs():
    fees = TableSpec(
        key="fees", doc=KEIYAKU_PDF, title="契約書の言語別の料金（１通当たり）",
        header=[["契約書の言語", "要点チェック（円）", "全文チェック（円）", "修正案の作成（円）"]],
        rows=[[n] + [cell(x) for x in v] for n, *v in FEES],
        col_widths=[52 * mm, 34 * mm, 34 * mm, 34 * mm], table_fy=2025,
    )
    fees.unit = lambda row, c, s=fees: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(c), fw(a + b + c)] for n, a, b, c in CONTRACTS]
    tot = [sum(r[j] for r in CONTRACTS) for j in (1, 2, 3)]
    rows.append(["合計"] + [fw(x) for x in tot] + [fw(sum(tot))])
    contracts = TableSpec(
        key="contracts", doc=KEIYAKU_PDF, title="契約の種類別のチェック件数",
        header=[["契約の種類", "要点\nチェック（通）", "全文\nチェック（通）", "修正案の\n作成（通）", "計（通）"]],
        rows=rows, col_widths=[46 * mm, 28 * mm, 28 * mm, 28 * mm, 26 * mm], table_fy=2024,
    )
    contracts.unit = lambda row, c, s=contracts: bracket_unit(s.column_label(c))
    return fees, contracts


def keiyaku_story(specs):
    fees, contracts = specs
    total = sum(a + b + c for _n, a, b, c in CONTRACTS)
    by_kind = [sum(r[j] for r in CONTRACTS) for j in (1, 2, 3)]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{KEIYAKU} 利用案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(KEIYAKU_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　窓口の概要", H1)]
    st += paras("""
この窓口は、県内の中小企業者が海外の企業と結ぼうとする外国語の契約書の案を、署名の前に弁護士が確認し、注意すべき点をお知らせするものです。翻訳者が和訳の要約を付けますので、外国語に不慣れな方もご利用いただけます。
""", 0)
    st += lv_lines([
        ("窓口名", KEIYAKU),
        ("実施主体", PREF),
        ("運営", f"{KYOKAI}（県からの委託。弁護士及び翻訳者と連携）"),
        ("利用できる者", "県内に事業所を有する中小企業者（個人事業主を含む。）"),
        ("受付時間", "平日９時から17時まで（電子メールによる申込みは24時間）"),
        ("実施期間", "令和７年４月１日から令和８年３月31日まで"),
    ], 0)
    st += paras("""
この案内において「契約書チェック」とは、事業者が外国の相手方と結ぼうとする契約書の案について、弁護士が条項の内容を確認し、事業者にとって不利な点や注意すべき点を指摘することをいいます。「１通」とは、１つの契約書をいい、別紙及び附属書類はその契約書に含めてページ数を数えます。「小規模企業者」とは、常時使用する従業員の数が20人（商業又はサービス業は５人）以下の中小企業者をいいます。また、「営業日」とは、窓口の開いている日（土曜日、日曜日、祝日及び12月29日から１月３日までを除く日）をいいます。
""", 0)
    st += [P("２　チェックの種類", H1)]
    for i, (head, scope, when, deliver) in enumerate(KINDS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("確認の範囲", scope), ("回答の目安", when), ("成果物", deliver)], 1)
    st += paras("修正案の作成は、全文チェックと併せて申し込むことができます。", 0)
    st += [P("３　料金", H1)]
    st += paras("料金は１通当たりの額で、契約書の言語とチェックの種類によって次のとおりです（消費税込み）。", 0)
    st += [caption(fees.title, "（令和７年度）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「－」の言語については、修正案の作成は受け付けていません（契約書に英語版がある場合は、英語の料金で受け付けます）。",
        "※２ 小規模企業者は、年度内２通までは、上表の料金の半額とします。",
        "※３ 21ページ以上の契約書は、上表の料金の1.5倍とします。51ページ以上の契約書は、個別に見積もります。",
    ])
    st += [P("４　申込みから回答までの流れ", H1)]
    st += numbered([
        "① 申込み（電子メール又は電話で、契約の種類、言語、ページ数及び相手方の国・地域を連絡）",
        "② 見積りの連絡（申込みの翌営業日まで）",
        "③ 契約書の案と関係資料の送付（電子メール）",
        "④ 料金の支払（請求書による銀行振込み）",
        "⑤ 回答（回答の目安は、入金と資料の両方を確認した日から数えます）",
        "⑥ 回答後の質問（回答の日から14日以内は、同じ契約書についての質問に無料で回答）",
    ], 0)
    st += [P("５　利用の状況", H1)]
    st += paras(f"""
令和６年度のチェック件数は{total}通（要点チェック{by_kind[0]}通、全文チェック{by_kind[1]}通、修正案の作成{by_kind[2]}通）で、前年度の{PREV_YEAR}通を上回りました。利用した事業者は{USERS}者です。契約書の言語別では英語が{ENGLISH}通と約７割を占め、契約の種類別では販売店・代理店契約が最も多くなっています。
""", 0)
    st += [caption(contracts.title, "（令和６年度）"), contracts.flowable(), Spacer(1, 2)]
    st += notes(["※４ 「販売店・代理店契約」は、海外の販売店又は代理店に自社の商品の販売を任せる契約です。「その他」は、合弁契約、共同開発契約等です。"])
    st += [P("６　よくある質問", H1)]
    for i, (q, a) in enumerate(KEIYAKU_QA, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [P("７　利用上の注意", H1)]
    st += bullets([
        "窓口の回答は契約書の案についての助言であり、相手方との交渉の結果を保証するものではありません。",
        "契約書の案に書かれた秘密情報は、チェック以外の目的には使いません。",
        "既に署名した契約書のチェックは受け付けません（更新を予定している契約を除きます）。",
        "相手方との紛争が生じている案件は、弁護士会の法律相談をご利用ください。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KEIYAKU_DEPT} 通商班　電話：099-907-3310　ファクス：099-907-3319",
        f"{KYOKAI}（申込み・料金）　電話：099-907-3400",
        "電子メール：tabu-keiyaku@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return shinju_specs() + bungu_specs() + keiyaku_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    sspecs, bspecs, kspecs = shinju_specs(), bungu_specs(), keiyaku_specs()
    sdoc = build_pdf(docs_dir / SHINJU_PDF, sspecs, shinju_story(sspecs),
                     f"{SHINJU}交付要綱", "令和７年４月１日施行", SHINJU_DEPT)
    bdoc = build_pdf(docs_dir / BUNGU_PDF, bspecs, bungu_story(bspecs),
                     f"令和６年度 {BUNGU} 報告書", "令和７年３月", BUNGU_DEPT)
    kdoc = build_pdf(docs_dir / KEIYAKU_PDF, kspecs, keiyaku_story(kspecs),
                     f"令和７年度 {KEIYAKU} 利用案内", "令和７年４月", KEIYAKU_DEPT)
    gold = all_gold({SHINJU_PDF: sdoc.row_pages, BUNGU_PDF: bdoc.row_pages, KEIYAKU_PDF: kdoc.row_pages})
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
    # --- shinju: the pearl and jewellery grant guideline, tables (a) (b) (c), articles, definitions, cases, Q&A
    dict(question="インドで開かれる宝飾展に真珠のネックレスを出展したいという会社があります。見本市の出展経費は、いくらまで補助されますか？",
         category="shinju", doc=SHINJU_PDF,
         evidence=["中国、香港、台湾、韓国又はＡＳＥＡＮ加盟国", "海外見本市への出展 50 1,000 50 1,500"], answer=["1,500"],
         notes="two facts: note ※１ of the 別表 applies 東・東南アジア only to 中国, 香港, 台湾, 韓国 and ＡＳＥＡＮ, so "
               "インド takes the その他の地域 group; (a) two-level header, leaf その他の地域／上限額（千円） (1,500千円); "
               "1,000 (東・東南アジア) is the trap"),
    dict(question="米国のバイヤーを県内に招いて商談をする費用は、この補助金で見てもらえますか？",
         category="shinju", doc=SHINJU_PDF,
         evidence=["補助の対象としないことを示す", "椨県海外バイヤー商談会"], answer=["補助の対象としない"],
         notes="(a) the 「－」 cells of 海外バイヤーの招へい under その他の地域 (米国 is no 東・東南アジア, note ※１); note ※２: "
               "「－」 = not covered, done through the prefecture's buyer event instead; 50 / 500 (東・東南アジア) is the trap"),
    dict(question="ドバイの見本市への出展に400万円、英語のカタログ制作に150万円かかる見込みの会社が、同じ年度に両方行うそうです。補助金は最大でいくらになりますか？",
         category="shinju", doc=SHINJU_PDF,
         evidence=["海外見本市への出展 50 1,000 50 1,500", "外国語カタログ・商品写真の制作 50 400 50 600",
                   "１年度当たり200万円を上限とし"], answer=["200万円"],
         notes="three facts: (a) その他の地域 (ドバイ, note ※１): the fair 4,000千円 × 50 % = 2,000 → cap 1,500; the catalogue "
               "1,500千円 × 50 % = 750 → cap 600; 2,100千円 is above the firm cap of 第４条第２項 (200万円, in 万円 while the "
               "table is in 千円; note ※３), so 200万円; 210万円 and 275万円 are the traps"),
    dict(question="2025年度の要綱で、タイへの輸出のために原産地証明書を取る費用は、何％補助されますか？",
         category="shinju", doc=SHINJU_PDF,
         evidence=["ワシントン条約に基づく輸出許可書、原産地証明書", "輸出関係書類の取得 60 200 75 300"], answer=["60"],
         notes="two facts: the 「輸出関係書類」 definition (第２条第４項) covers a certificate of origin; タイ is an ＡＳＥＡＮ "
               "member, so (a) leaf 東・東南アジア／補助率（％）; 75 (その他の地域) is the trap; 2025年度 = 令和７年度 "
               "(printed nowhere in Western form)"),
    dict(question="従業員15人で真珠の卸売をしている会社は、この要綱でいう「小規模企業者」に当たりますか？",
         category="shinju", doc=SHINJU_PDF,
         evidence=["商業又はサービス業に属する事業", "主たる事業として営む者については、５人）"], answer=["５人"],
         notes="definition 「小規模企業者」 (第２条第５項) at its boundary: a wholesaler is in 商業, whose limit is ５人, so "
               "15人 is not small (the 20人 of manufacturers is the trap)"),
    dict(question="2022年度には、この補助金は何件交付されましたか？",
         category="shinju", doc=SHINJU_PDF, evidence=["令和４年度 16 12 ５ 13,150"], answer=["12"],
         notes="(b) years as rows: 2022年度 = 令和４年度 (only 2020年度 is printed in Western form); column 交付件数（件）; "
               "16 (申請件数) and ５ (うち小規模企業者) are the traps"),
    dict(question="制度が始まってから令和６年度までに交付した案件のうち、小規模企業者の案件は何％を占めますか？",
         category="shinju", doc=SHINJU_PDF, evidence=["合計 83 62 25 68,550"], answer=["40.3%"], computed=True,
         notes="(b) the 合計 row over the five years (fiscal_year_range 2020–2024): 25 / 62 = 40.3 %; 25 / 83 = 30.1 % "
               "(of the applications) is a wrong reading"),
    dict(question="東京で開かれる国際的な宝飾展に出展する費用は、この補助金の対象になりますか？",
         category="shinju", doc=SHINJU_PDF,
         evidence=["次に掲げる経費は、補助対象経費としない", "国内の見本市への出展に要する経費"],
         answer=["補助対象経費としない"],
         notes="the items 一–四 of 第４条第３項 (a list): 三 国内の見本市; the row 海外見本市への出展 of (a) is a near miss "
               "(an international fair, but held in Japan)"),
    dict(question="この補助金を受けた事業者のうち、海外の取引先と継続的な取引を始めたところはどのくらいありますか？",
         category="shinju", doc=SHINJU_PDF, evidence=["継続的な取引を始めたものは31者"], answer=["31者"],
         notes="prose of （参考４） only (no table); 62 (交付件数 合計) and 18 (令和６年度) are near misses"),
    dict(question="真珠の問屋さんの活用事例では、補助金はいくら交付されましたか？",
         category="shinju", doc=SHINJU_PDF, evidence=["（３）真珠卸売業Ｃ社", "交付額：27万円"], answer=["27万円"],
         notes="sibling sections （１）–（３） of （参考３） share the labels 対象国・地域, 主な取組, 交付額; （３）真珠卸売業Ｃ社 "
               "(問屋 = 卸売業); 118万円 and 187万円 are the siblings' values"),
    dict(question="補助事業で作ったカタログを、事業が終わったあと国内の販売でも使ってかまいませんか？",
         category="shinju", doc=SHINJU_PDF, evidence=["差し支えありません。ただし、国内向けに増刷"],
         answer=["差し支えありません"],
         notes="Q&A: Ａ of Ｑ２ (yes, but reprinting for Japan is not covered)"),
    # --- bungu: the stationery makers' export survey, tables (d) (e) (f), definitions, sibling sections
    dict(question="文具メーカーの輸出調査は、いつ時点の状況を調べたものですか？",
         category="bungu", doc=BUNGU_PDF, evidence=["調査基準日：令和６年（2024年）10月１日"], answer=["10月１日"],
         notes="「label：value」 line 調査基準日; the 調査期間 (10月７日–11月８日) is the near miss"),
    dict(question="自社では輸出せず、商社を通して海外に出しているだけの文具メーカーも、この調査の「輸出企業」に数えられていますか？",
         category="bungu", doc=BUNGU_PDF, evidence=["商社等を通じた間接輸出のみの企業を含む"],
         answer=["間接輸出のみの企業を含む"],
         notes="definition 「輸出企業」とは…間接輸出のみの企業を含む (a yes)"),
    dict(question="学校で使う文具を作っている会社の輸出額は、合わせていくらですか？",
         category="bungu", doc=BUNGU_PDF, evidence=["学用品 19 ５ ２ 142"], answer=["142"],
         notes="(d) continuation page (no header there): row 学用品, column 輸出額（百万円） (header over two lines); "
               "19 (回答企業数) is the trap"),
    dict(question="絵具などの画材メーカーで輸出している会社のうち、自社で直接輸出しているのは何％ですか？",
         category="bungu", doc=BUNGU_PDF, evidence=["画材・絵具 12 ８ ５ 356"], answer=["62.5%"], computed=True,
         notes="(d) continuation page, share in a row: うち直接輸出 / 輸出企業数 = 5 / 8 = 62.5 %; 5 / 12 = 41.7 % "
               "(of the respondents) is a wrong reading"),
    dict(question="中国向けの文具の輸出額は、前の年度と比べてどう変わりましたか？",
         category="bungu", doc=BUNGU_PDF, evidence=["中国 612 548 ▲64"], answer=["64"],
         notes="(e) the 増減 column with ▲ (note ※２: ▲ = a decrease): 64百万円 down (612 → 548); the answer may be "
               "given as ▲64 or as a fall of 64百万円; unit only in the caption note （単位：百万円）"),
    dict(question="2023年度の台湾向けと香港向けの輸出額を合わせると、いくらになりますか？",
         category="bungu", doc=BUNGU_PDF, evidence=["台湾 398 431 33", "香港 173 166 ▲７"], answer=["597百万円"],
         computed=True,
         notes="(e) sum in a year column: 2023年度 = 令和５年度 (the report prints only 2024年 in Western form): "
               "431 + 166 = 597百万円 (unit from the caption note); 571 (令和４年度) is the trap"),
    dict(question="令和５年度の輸出額で、２番目に大きい輸出先はどこですか？",
         category="bungu", doc=BUNGU_PDF, evidence=["中国 612 548 ▲64"], answer=["中国"],
         notes="(e) ranking in the column 令和５年度: 米国 562, 中国 548, 台湾 431 (中国 is printed first although it is "
               "second; the prose names only 米国); second-largest"),
    dict(question="海外の取引先と自分で契約して輸出している文具メーカーでは、模倣品や商標の侵害を課題に挙げた割合はどのくらいですか？",
         category="bungu", doc=BUNGU_PDF, evidence=["模倣品・商標の侵害 16.2 25.8 8.1"], answer=["25.8"],
         notes="(f) unruled table, column 直接輸出 (the 「直接輸出」 definition: contracting with the buyer oneself); "
               "16.2 (全体) and 8.1 (間接輸出) are the traps"),
    dict(question="ノートや手帳を作っている会社の事例では、どのような方法で輸出していますか？",
         category="bungu", doc=BUNGU_PDF, evidence=["（２）紙製品製造業Ｅ社", "輸出の方法：間接輸出（県内の商社経由）"],
         answer=["県内の商社経由"],
         notes="sibling sections （１）–（３） of ４ share the labels 主な輸出先, 輸出の方法, 工夫していること; "
               "（２）紙製品製造業Ｅ社 (ノートや手帳 = 紙製品); 現地の販売代理店 and 越境ＥＣ are the siblings' values"),
    dict(question="この文具メーカーの調査は、次回は西暦で何年度に行う予定ですか？",
         category="bungu", doc=BUNGU_PDF, evidence=["次回の調査は、令和８年度に行う"], answer=["2026年度"],
         computed=True,
         notes="numbered list ①–④ of ７, item ④: 令和８年度 = 2026年度 (era → Western year; printed nowhere)"),
    # --- keiyaku: the contract-review desk guide, tables (g) (h), definitions, sibling sections, steps
    dict(question="相手方に示す修正の文案まで作ってもらう場合、回答はどのくらいで届きますか？",
         category="keiyaku", doc=KEIYAKU_PDF, evidence=["（３）修正案の作成", "回答の目安：全文チェックの回答から７営業日"],
         answer=["７営業日"],
         notes="sibling sections （１）–（３） of ２ share the labels 確認の範囲, 回答の目安, 成果物; （３）修正案の作成 "
               "(counted from the 全文チェック's reply); ５営業日 and 10営業日 are the siblings' values"),
    dict(question="従業員80人の機械メーカーが、本文30ページに別紙が６ページ付いた英語の売買契約書について、要点チェックを頼みたいそうです。料金はいくらになりますか？",
         category="keiyaku", doc=KEIYAKU_PDF,
         evidence=["別紙及び附属書類はその契約書に含めてページ数を数えます", "21ページ以上の契約書は、上表の料金の1.5倍",
                   "英語 12,000 36,000 24,000"], answer=["18,000円"], computed=True,
         notes="three facts: the 「１通」 definition counts the annex (36 pages), note ※３ makes 21 pages or more 1.5 times, "
               "(g) row 英語, column 要点チェック（円）: 12,000 × 1.5 = 18,000円; 80人 is above the 20人 of 小規模企業者, "
               "so no half fee (note ※２); 12,000 is the trap"),
    dict(question="従業員12人の食品メーカーが、中国語の契約書の全文チェックを頼みたいそうです。今年度初めての利用ですが、料金はいくらですか？",
         category="keiyaku", doc=KEIYAKU_PDF,
         evidence=["常時使用する従業員の数が20人", "年度内２通までは、上表の料金の半額",
                   "中国語（簡体字・繁体字） 15,000 45,000 30,000"], answer=["22,500円"], computed=True,
         notes="three facts: 12人 in manufacturing is within the 20人 of 小規模企業者 (definition in １), whose first two "
               "contracts of the year are half price (note ※２); (g) row 中国語, column 全文チェック（円）: 45,000 / 2 = "
               "22,500円; 45,000 is the trap"),
    dict(question="ベトナム語の契約書について、修正案を作ってもらうことはできますか？",
         category="keiyaku", doc=KEIYAKU_PDF, evidence=["修正案の作成は受け付けていません"], answer=["受け付けていません"],
         notes="(g) the 「－」 cell of タイ語・ベトナム語 under 修正案の作成（円）, explained by note ※１ (no; an English version "
               "of the contract is taken at the English fee)"),
    dict(question="令和６年度に、秘密保持契約のチェックは全部で何通ありましたか？",
         category="keiyaku", doc=KEIYAKU_PDF, evidence=["秘密保持契約 31 ６ ２ 39"], answer=["39"],
         notes="(h) total column on the right: row 秘密保持契約, column 計（通）; 31 (要点チェック) is the trap"),
    dict(question="要点チェックの件数がいちばん多かった契約の種類は何ですか？",
         category="keiyaku", doc=KEIYAKU_PDF, evidence=["秘密保持契約 31 ６ ２ 39"], answer=["秘密保持契約"],
         notes="(h) which row is largest in the column 要点チェック（通） (header over two lines): 秘密保持契約 31; "
               "販売店・代理店契約 (28, the largest 計 and the one the prose names) is the trap"),
    dict(question="2024年度に、ＯＥＭの製造委託契約で全文チェックは何通行われましたか？",
         category="keiyaku", doc=KEIYAKU_PDF, evidence=["製造委託（ＯＥＭ）契約 ９ 11 ４ 24"], answer=["11"],
         notes="(h) row 製造委託（ＯＥＭ）契約, column 全文チェック（通） (header printed over two lines); 2024年度 = 令和６年度 "
               "(the guide prints no Western year); ９ and 24 are the traps"),
    dict(question="チェックの回答を受け取ったあとで質問が出てきた場合、追加の料金はかかりますか？",
         category="keiyaku", doc=KEIYAKU_PDF, evidence=["回答の日から14日以内は、同じ契約書について"], answer=["14日以内"],
         notes="procedure ①–⑥ of ４, step ⑥ (free within 14 days, for the same contract)"),
    # --- followups
    dict(question="では、その経費をフランス向けに作る場合、上限額はいくらですか？",
         category="followup", doc=SHINJU_PDF, evidence=["外国語カタログ・商品写真の制作 50 400 50 600"], answer=["600"],
         history=_turns("台湾の取引先向けに中国語のカタログを作る場合、補助率は何％ですか？",
                        "外国語カタログ・商品写真の制作の補助率は、東・東南アジアでは50％です[1]。"),
         notes="(a) the row from the history (外国語カタログ・商品写真の制作), the other group (フランス = その他の地域, "
               "note ※１) and the other leaf: その他の地域／上限額（千円）; 400 (東・東南アジア) is the trap"),
    dict(question="その実績は、目標を何百万円上回りましたか？",
         category="followup", doc=SHINJU_PDF, evidence=["県産真珠の輸出額（百万円） 860 917 107"], answer=["57百万円"],
         computed=True,
         history=_turns("令和６年度の県産真珠の輸出額の目標はいくらでしたか？",
                        "令和６年度の県産真珠の輸出額の目標は860百万円でした[1]。"),
         notes="(c) KPI table, the row from the history, unit in the row label's bracket: 実績 − 目標 = 917 − 860 = "
               "57百万円; 107 (達成率) is the trap"),
    dict(question="そのうち、修正案の作成まで頼んだのは何通ですか？",
         category="followup", doc=KEIYAKU_PDF, evidence=["販売店・代理店契約 28 19 ８ 55"], answer=["８"],
         history=_turns("令和６年度に、販売店や代理店との契約書のチェックは全部で何通ありましたか？",
                        "販売店・代理店契約のチェックは、令和６年度に55通でした[1]。"),
         notes="(h) the row from the history (販売店・代理店契約), column 修正案の作成（通） (header over two lines); "
               "19 (全文チェック) is the trap"),
    dict(question="そのうち、越境ＥＣを使っている会社は何社ですか？",
         category="followup", doc=BUNGU_PDF, evidence=["越境ＥＣを利用している企業は23社"], answer=["23社"],
         history=_turns("令和５年度に輸出をしていた文具メーカーは何社ありましたか？",
                        "回答企業168社のうち68社（40.5％）が輸出を行っていました[1]。"),
         notes="prose of ２ only (no table): 23 of the 68 exporters; 31 (直接輸出) is the near miss"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=KEIYAKU_PDF, evidence=["電話：099-907-3400"], answer=["099-907-3400"],
         history=_turns("契約書チェックの料金の支払いについて聞きたいという会社があります。どこに問い合わせればよいですか？",
                        "申込みと料金は、一般社団法人椨県貿易振興協会が受け付けています[1]。"),
         notes="contact box of the guide: the 協会's phone (second line); the 班's phone 099-907-3310 and fax "
               "099-907-3319 (first line) are the near misses"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="この補助金を使って海外の見本市に出た会社の成約金額は、合計でいくらになりましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the KPI table gives the number of deals (海外での成約件数), not their value",
         absent=["成約額", "成約金額"]),
    dict(question="この補助金で、真珠の養殖業者自身が申請した件数はどのくらいありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the grants are given by year and small firms only; the applicants' trade (養殖 or not) is not given",
         absent=["養殖業者", "漁業者"]),
    dict(question="輸出している文具メーカーを従業員の規模別に見ると、どういう内訳になっていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey breaks the firms down by main product and by direct / indirect exports, not by size",
         absent=["従業員規模", "規模別"]),
    dict(question="文具メーカーの令和６年度の輸出額は、どれくらいになる見込みですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the exports of 令和４年度 and 令和５年度 only, no forecast",
         absent=["見込み", "見込額", "見通し"]),
    dict(question="令和４年度には、この窓口で何通の契約書をチェックしましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives 令和６年度 (196通) and 令和５年度 (158通) only",
         absent=["令和４年度のチェック", "令和４年度は"]),
    dict(question="チェックを受けた契約書のうち、実際に相手方と契約を結べたのは何通ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the checks by kind and contract type, not whether the contracts were signed",
         absent=["締結に至った", "締結率", "契約を結べた"]),
]
CATEGORY_COUNTS = {"shinju": 11, "bungu": 10, "keiyaku": 8, "followup": 5, "unanswerable": 6}
N_QUESTIONS, N_UNANSWERABLE = 40, 6
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h86q", "h86t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H = (
    "補助対象経費、補助率及び上限額", "交付実績の推移", "成果指標の目標と実績",
    "主な品目別の回答企業と輸出の状況", "輸出先別の輸出額", "輸出の課題（複数回答）",
    "契約書の言語別の料金（１通当たり）", "契約の種類別のチェック件数")
LETTERS = dict(zip((A, B, C, D, E, F, G, H), "abcdefgh"))
GOLD_PER_TABLE = {A: 18, B: 24, C: 12, D: 36, E: 30, F: 18, G: 13, H: 32}
PLANNED_DASHES = {  # the 「－」 cells: (row, column) per table; every other value cell is a gold cell
    A: {("海外バイヤーの招へい", "その他の地域／補助率（％）"), ("海外バイヤーの招へい", "その他の地域／上限額（千円）")},
    G: {("タイ語・ベトナム語", "修正案の作成（円）"), ("その他の言語", "修正案の作成（円）")},
}
TWO_LINE_TABLES = {D, H}  # tables whose value headers are printed over two lines


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _yen(n) -> str:
    return f"{int(n):,}円"


COMPUTED = {  # question id -> the answer string, computed from gold cells (or printed prose)
    "h86q07": lambda g: _pct(g(B, "合計", "うち小規模企業者（件）"), g(B, "合計", "交付件数（件）")),
    "h86q15": lambda g: _pct(g(D, "画材・絵具", "うち直接輸出（社）", 2023), g(D, "画材・絵具", "輸出企業数（社）", 2023)),
    "h86q17": lambda g: f"{g(E, '台湾', '令和５年度', 2023) + g(E, '香港', '令和５年度', 2023)}百万円",
    "h86q21": lambda g: f"{fiscal_year(era(NEXT_SURVEY))}年度",
    "h86q23": lambda g: _yen(Decimal(g(G, "英語", "要点チェック（円）", 2025)) * LONG_FACTOR),
    "h86q24": lambda g: _yen(Decimal(g(G, "中国語（簡体字・繁体字）", "全文チェック（円）", 2025)) / 2),
    "h86q31": lambda g: f"{g(C, '県産真珠の輸出額（百万円）', '実績', 2024) - g(C, '県産真珠の輸出額（百万円）', '目標', 2024)}百万円",
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {SHINJU_PDF: (2, 3), BUNGU_PDF: (2, 3), KEIYAKU_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (8, 40)  # after norm
GOLD_CELLS = (170, 200)
TABLE_QUESTIONS = 12  # at least, outside the followups
BEFORE_BREAK_ROWS = ("筆記具",)  # rows of (d) expected before the page break
CONTINUED_ROWS = ("画材・絵具", "学用品", "合計")  # and after it
COMPUTED_BARE = r"(%|百万円|千円|万円|円|件|人|社|通|年度)$"


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout86.py")
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
    ids = [q.get("id") for q in questions]
    if len(set(ids)) != len(ids):
        errors.append("question ids are not unique")
    if len(questions) != N_QUESTIONS or sum(q.get("category") == "unanswerable" for q in questions) != N_UNANSWERABLE:
        errors.append(f"expected {N_QUESTIONS} questions with {N_UNANSWERABLE} unanswerable")
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
                bare = re.sub(COMPUTED_BARE, "", nfkc(a))
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
    followups = sum(bool(q.get("history")) for q in questions)
    if not 5 <= followups <= 6:
        errors.append(f"{followups} follow-ups with a history, expected 5-6")
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
    for t, cells in PLANNED_DASHES.items():  # the questions on 「－」 cells ask about no gold cell
        for q in questions:
            if "「－」" in q["notes"] and t in table_of(q) and any(
                    g["table"] == t and (g["row"], g["column"]) in cells for g in gold):
                errors.append(f"{q['id']}: a 「－」 cell of {t} is a gold cell")
    n_computed = sum(bool(q.get("computed")) for q in questions)
    if not 6 <= n_computed <= 10:
        errors.append(f"{n_computed} computed questions, expected 6-10")
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
    per_table = defaultdict(int)
    for g in gold:
        per_table[g["table"]] += 1
    if dict(per_table) != GOLD_PER_TABLE:
        errors.append(f"gold cells per table {dict(per_table)}, expected {GOLD_PER_TABLE}")
    any_page = defaultdict(lambda: {0})
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout86.py")
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
        if g["value"] == DASH:
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
            # each printed row, cell after cell (the 「－」 cells included), on its page: every gold
            # value of the row is printed in its table's row
            if norm("".join(spec.printed_row(i))) not in page_text(g["doc"], g["page"]):
                errors.append(f"row sequence of {title} / {spec.row_label(i)} not on page {g['page']}")
            for gg in gold:
                if gg["table"] == title and gg["row"] == spec.row_label(i) and gg["value"] not in spec.rows[i]:
                    errors.append(f"{gg['id']}: value {gg['value']!r} is not printed in its row")
    try:
        errors += check_totals([g for g in gold if isinstance(g.get("number"), (int, float))])
    except KeyError as e:  # a gold cell the arithmetic needs is missing
        errors.append(f"the arithmetic checks need a missing gold cell {e}")
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

    # (a): rates within 100 %, caps within the firm cap of 第４条第２項 (200万円 = 2,000千円)
    for row, r in t[A].items():
        for col, v in r.items():
            if (col.endswith("補助率（％）") and not 0 < v <= 100) or (col.endswith("上限額（千円）") and v > FIRM_CAP_MAN * 10):
                errors.append(f"{A} / {row} / {col}: out of range")
    # (b): 合計 adds up; growing applications; small firms within grants within applications; grants within caps
    b = t[B]
    bcols = ("申請件数（件）", "交付件数（件）", "うち小規模企業者（件）", "交付額（千円）")
    adds_up(B, bcols)
    years = [r for r in b if r != "合計"]
    ns = [b[r]["申請件数（件）"] for r in years]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for row in years:
        r = b[row]
        if not r["うち小規模企業者（件）"] <= r["交付件数（件）"] <= r["申請件数（件）"] \
                or r["交付額（千円）"] > r["交付件数（件）"] * FIRM_CAP_MAN * 10:
            errors.append(f"{B} / {row}: grants out of range")
    # (c): 達成率 = 実績 / 目標 in whole per cent (note ※４)
    for row, r in t[C].items():
        if r["達成率（％）"] != pct0(r["実績"], r["目標"]):
            errors.append(f"{C} / {row}: 達成率 is not 実績 / 目標")
    # (d): 合計 adds up; direct within exporters within respondents
    d = t[D]
    dcols = ("回答企業数（社）", "輸出企業数（社）", "うち直接輸出（社）", "輸出額（百万円）")
    adds_up(D, dcols)
    for row, r in d.items():
        if not r["うち直接輸出（社）"] <= r["輸出企業数（社）"] <= r["回答企業数（社）"]:
            errors.append(f"{D} / {row}: counts out of order")
    # (e): 合計 adds up; 増減 is the difference; the 令和５年度 total equals (d)'s exports
    e = t[E]
    adds_up(E, ("令和４年度", "令和５年度", "増減"))
    for row, r in e.items():
        if r["増減"] != r["令和５年度"] - r["令和４年度"]:
            errors.append(f"{E} / {row}: 増減 is not the difference")
    if e["合計"]["令和５年度"] != d["合計"]["輸出額（百万円）"]:
        errors.append(f"{E}: the 令和５年度 total differs from {D}")
    # (f): the per cents come from the counts; the ｎ from (d)
    n_all, n_d, n_i = exporters()
    if n_all != d["合計"]["輸出企業数（社）"] or n_d != d["合計"]["うち直接輸出（社）"]:
        errors.append(f"{F}: the ｎ differ from {D}")
    for name, a, bb in ISSUES:
        r = t[F][name]
        want = (pct1(a + bb, n_all), pct1(a, n_d), pct1(bb, n_i))
        if tuple(Decimal(str(r[k])) for k in ("全体", "直接輸出", "間接輸出")) != want:
            errors.append(f"{F} / {name}: per cents differ from the counts")
    # (g): 全文 = 3 × 要点, 修正案 = 2 × 要点; fees do not fall down the table
    prev = 0
    for row, r in t[G].items():
        base = r["要点チェック（円）"]
        if r["全文チェック（円）"] != 3 * base or r.get("修正案の作成（円）", 2 * base) != 2 * base or base < prev:
            errors.append(f"{G} / {row}: fees out of proportion")
        prev = base
    # (h): 計 is the row sum; 合計 adds up
    hcols = ("要点チェック（通）", "全文チェック（通）", "修正案の作成（通）")
    adds_up(H, hcols + ("計（通）",))
    for row, r in t[H].items():
        if r["計（通）"] != sum(r[k] for k in hcols):
            errors.append(f"{H} / {row}: 計 is not the row sum")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    by_title = {s.title: s for s in all_specs()}
    prod = specs["products"]
    # (d): continued over a page break, its header not repeated
    bp = sorted({g["page"] for g in gold if g["table"] == D})
    if len(bp) != 2:
        errors.append(f"{D} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(prod.header[0]))
        on = [i + 1 for i, p in enumerate(pages[BUNGU_PDF]) if header in norm(p)]
        leaves = [label(x) for x in prod.header[0][1:]]
        cont = norm(pages[BUNGU_PDF][bp[1] - 1])
        if prod.repeat_header or on != bp[:1] or any(norm(x) in cont for x in leaves):
            errors.append(f"{D}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[0]}
        after = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[1]}
        if not 2 <= len(first) <= 6:
            errors.append(f"{D}: {len(first)} rows before the page break, expected 2-6")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in after for r in CONTINUED_ROWS):
            errors.append(f"{D}: rows on the wrong side of the page break ({sorted(first)} / {sorted(after)})")
        if norm("はさみ・カッター等の刃物類") not in cont:
            errors.append(f"{D}: note ※１ should follow the table on the continuation page")
    for title in LETTERS:
        if title == D:
            continue
        tp = {g["page"] for g in gold if g["table"] == title}
        if len(tp) != 1:
            errors.append(f"{title} is on pages {sorted(tp)}, expected one page")
    if specs["issues"].ruled or not all(s.ruled for k, s in specs.items() if k != "issues"):
        errors.append(f"only {F} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns; units from the leaves
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = [f"{r}／{leaf}" for r in REGIONS_A for leaf in ("補助率（％）", "上限額（千円）")]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "千円"}:
        errors.append(f"{A}: units should come from the leaf cells")
    # (b): years as rows, then a 合計 row over the five years
    bg = [g for g in gold if g["table"] == B]
    if [g["fiscal_year"] for g in bg if g["row"] != "合計"][::4] != [y for y, *_x in RECORD] \
            or any(g["fiscal_year_range"] != [RECORD[0][0], RECORD[-1][0]] for g in bg if g["row"] == "合計") \
            or bg[-1]["row"] != "合計":
        errors.append(f"{B}: expected years as rows and a 合計 row over them")
    # (c): a KPI table 目標 / 実績 / 達成率, units from each row label's bracket
    cg = [g for g in gold if g["table"] == C]
    if list(dict.fromkeys(g["column"] for g in cg)) != ["目標", "実績", "達成率（％）"] \
            or any(g["unit"] != (bracket_unit(g["row"]) if g["column"] != "達成率（％）" else "%") for g in cg) \
            or len({g["unit"] for g in cg}) < 4:
        errors.append(f"{C}: expected 目標 / 実績 / 達成率 with units from the row labels")
    # (e): ▲ exactly on the negative values; the 増減 column covers the two years
    eg = [g for g in gold if g["table"] == E]
    if any(g["value"].startswith(DECREASE) != (g["number"] < 0) for g in eg) or not any(g["number"] < 0 for g in eg):
        errors.append(f"{E}: ▲ should mark exactly the decreases")
    if any((g["fiscal_year_range"] == list(DEST_YEARS)) != (g["column"] == "増減") for g in eg):
        errors.append(f"{E}: only the 増減 column should cover {list(DEST_YEARS)}")
    ranged = {(g["table"], g["column"] if g["table"] == E else g["row"]) for g in gold if g["fiscal_year_range"]}
    if ranged != {(E, "増減"), (B, "合計")}:
        errors.append(f"only (b)'s 合計 row and (e)'s 増減 column may have a fiscal_year_range, got {ranged}")
    # (h): a total column on the right
    if specs["contracts"].header[0][-1] != "計（通）":
        errors.append(f"{H}: expected 計（通） as the last column")
    # 「－」 cells exactly where planned, never gold
    for title, spec in by_title.items():
        if spec.dash_cells() != PLANNED_DASHES.get(title, set()):
            errors.append(f"{title}: 「－」 cells {sorted(spec.dash_cells())}, planned {sorted(PLANNED_DASHES.get(title, set()))}")
        gcells = {(g["row"], g["column"]) for g in gold if g["table"] == title}
        if gcells & spec.dash_cells():
            errors.append(f"{title}: a 「－」 cell is a gold cell")
        n_value = len(spec.rows) * len(spec.value_cols)
        if len(gcells) != n_value - len(spec.dash_cells()):
            errors.append(f"{title}: {len(gcells)} gold cells, expected every value cell but the 「－」 ones")
    for title, cells in PLANNED_DASHES.items():
        page = min(g["page"] for g in gold if g["table"] == title)
        text = norm(pages[by_title[title].doc][page - 1])
        for i, r in enumerate(by_title[title].rows):
            if DASH in r and norm("".join(by_title[title].printed_row(i))) not in text:
                errors.append(f"{title}: the row with 「－」 is not printed as planned")
    # header cells printed over two lines
    two_line = {t for t, s in by_title.items() if any("\n" in h for row in s.header for h in row)}
    if two_line != TWO_LINE_TABLES:
        errors.append(f"two-line headers in {sorted(two_line)}, expected {sorted(TWO_LINE_TABLES)}")
    for title in TWO_LINE_TABLES:
        spec = by_title[title]
        page = min(g["page"] for g in gold if g["table"] == title)
        lines = [x.strip() for x in pages[spec.doc][page - 1].splitlines()]
        for h in spec.header[0]:
            if "\n" not in h:
                continue
            a, b = h.split("\n")
            if not any(lines[k] == a and lines[k + 1] == b for k in range(len(lines) - 1)):
                errors.append(f"{title}: header {h!r} is not printed over two lines")
        if sum("\n" in h for h in spec.header[0]) < 3:
            errors.append(f"{title}: expected at least three header cells over two lines")
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
        got = re.findall(PHONE_RE, text)
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

    def qa(doc, n, what):
        raw = "\n".join(pages[doc]).splitlines()
        if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != n or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != n:
            errors.append(f"{what}: expected {n} Ｑ lines and {n} Ａ lines")

    # ---- the grant guideline
    st = norm("\n".join(pages[SHINJU_PDF]))
    siblings(st, SHINJU_PDF, ("対象国・地域：", "主な取組：", "交付額："), [c[0] for c in SHINJU_CASES])
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請に対し{last[2]}件に交付した（うち小規模企業者{fw(last[3])}件）") not in st:
        errors.append("guideline: the 令和６年度 figures in the prose differ from (b)")
    achieved = sum(pct0(a, t) >= 100 for _n, t, a in KPIS)
    if norm(f"４指標のうち{fw(achieved)}指標で目標を達成した") not in st or len(KPIS) != 4:
        errors.append("guideline: the KPIs met in the prose differ from (c)")
    if CONTINUING > sum(r[2] for r in RECORD):
        errors.append("guideline: more continuing traders than grants")
    rates = {r[0]: r for r in RATES}
    for head, where, _what, amount, reg, items in SHINJU_CASES:
        caps = [rates[x][2 + 2 * reg] for x in items]
        if None in caps or int(amount.rstrip("万円")) * 10 > min(FIRM_CAP_MAN * 10, sum(caps)):
            errors.append(f"guideline: case {head} exceeds its caps")
        if (reg == 0) != (where in ("中国", "香港", "台湾", "韓国", "タイ", "ベトナム", "シンガポール")):
            errors.append(f"guideline: case {head} is under the wrong region")
    if re.findall(r"20\d\d年", st) != ["2020年"]:
        errors.append("guideline: only 2020年度 should be printed in Western form")
    defs(st, ("県産真珠", "宝飾品", "鑑別書等", "輸出関係書類", "小規模企業者"), "guideline")
    arts = re.findall(r"第([１-９])条", "".join(x for x in "\n".join(pages[SHINJU_PDF]).splitlines()
                                              if re.match(r"\s*第[１-９]条\s", x)))
    if arts != list("１２３４５６７８"):
        errors.append(f"guideline: expected articles 第１条–第８条 at the start of lines, got {arts}")
    raw = "\n".join(pages[SHINJU_PDF]).splitlines()
    if [x.strip()[0] for x in raw if re.match(r"\s*[一二三四五]\s", x)] != list("一二三四"):
        errors.append("guideline: expected the items 一–四 of 第４条第３項")
    for x in EXCLUDED:
        if norm(x) not in st:
            errors.append(f"guideline: the cost not covered {x} is missing")
    bullets_in(SHINJU_PDF, 0, "guideline")
    qa(SHINJU_PDF, 2, "guideline")
    steps_of(SHINJU_PDF, "①②③④⑤⑥⑦", "guideline")
    contacts(SHINJU_PDF, ["099-901-4410", "099-901-4419", "099-901-4500"], ["tabu-shinju@example.jp"], "guideline")

    # ---- the survey of stationery makers
    bt = norm("\n".join(pages[BUNGU_PDF]))
    siblings(bt, BUNGU_PDF, ("主な輸出先：", "輸出の方法：", "工夫していること："), [c[0] for c in BUNGU_CASES])
    total = sum(r[1] for r in PRODUCTS)
    n_all, n_d, n_i = exporters()
    value = sum(r[4] for r in PRODUCTS)
    if norm(f"{total}社（回答率{pct1(total, TARGET)}％）") not in bt \
            or norm(f"回答企業{total}社のうち{n_all}社（{pct1(n_all, total)}％）") not in bt \
            or norm(f"直接輸出を行った企業は{n_d}社") not in bt or norm(f"輸出額の合計は{value:,}百万円") not in bt:
        errors.append("survey: the response and export figures in the prose differ from (d)")
    top = max(PRODUCTS, key=lambda r: r[4])
    if top[0] != "筆記具" or not 0.4 <= top[4] / value < 0.5:
        errors.append("survey: 「筆記具が最も多く、全体の４割」 does not hold")
    share = {r[0]: r[2] / r[1] for r in PRODUCTS}
    if {k for k, v in share.items() if v > 0.6} != {"画材・絵具", "筆記具"} \
            or {k for k, v in share.items() if v < 0.3} != {"印章・スタンプ", "学用品", "その他"}:
        errors.append("survey: the exporter shares by product in the prose do not hold")
    direct = sorted(PRODUCTS, key=lambda r: -r[3] / r[2])
    if {direct[0][0], direct[1][0]} != {"画材・絵具", "筆記具"}:
        errors.append("survey: 「直接輸出を行う企業の割合も、画材・絵具と筆記具で高い」 does not hold")
    if norm(f"平均{half_up(Decimal(value) / Decimal(n_all), '0.1')}百万円") not in bt or BIG_EXPORTERS * 100 > value \
            or EXPORT_START[0] + EXPORT_START[1] > n_all or CROSS_BORDER_EC > n_all or PLANNING > total - n_all:
        errors.append("survey: the prose-only figures do not fit (d)")
    ranked = [x[0] for x in sorted(DESTINATIONS, key=lambda r: -r[2])]
    growth = max(DESTINATIONS, key=lambda r: r[2] - r[1])[0]
    falls = {x[0] for x in DESTINATIONS if x[2] < x[1]}
    if ranked[:2] != ["米国", "中国"] or growth != "米国" or falls != {"中国", "香港"}:
        errors.append("survey: the destination ranking, growth or falls in the prose do not hold")
    if DESTINATIONS[0][0] != "中国":
        errors.append("survey: the second-largest destination should be printed first")
    pr_all = max(ISSUES, key=lambda r: r[1] + r[2])[0]
    second_d = sorted(ISSUES, key=lambda r: -r[1])[1][0]
    second_i = sorted(ISSUES, key=lambda r: -r[2])[1][0]
    if pr_all != "海外の取引先・販路の開拓" or second_d != "輸出先の安全基準・表示規制への対応" \
            or second_i != "外国語ができる人材の不足":
        errors.append("survey: the tops of (f) in the prose do not hold")
    if norm(f"次回の調査は、{era(NEXT_SURVEY)}に行う") not in bt:
        errors.append("survey: the next survey year is not printed")
    if re.findall(r"20\d\d年", bt) != ["2024年"]:
        errors.append("survey: only 2024年 (調査基準日) should be printed in Western form")
    defs(bt, ("文具メーカー", "輸出企業", "直接輸出"), "survey")
    bullets_in(BUNGU_PDF, 3, "survey")
    steps_of(BUNGU_PDF, "①②③④", "survey")
    contacts(BUNGU_PDF, ["099-904-2210", "099-904-2219", "099-904-2300"], ["tabu-bungu@example.jp"], "survey")

    # ---- the contract-review desk guide
    kt = norm("\n".join(pages[KEIYAKU_PDF]))
    siblings(kt, KEIYAKU_PDF, ("確認の範囲：", "回答の目安：", "成果物："), [k[0] for k in KINDS])
    if [k[0] for k in KINDS] != [label(h).removesuffix("（円）") for h in keiyaku_specs()[0].header[0][1:]]:
        errors.append("guide: the sibling sections should be the three fee columns of (g)")
    tot = sum(a + b + c for _n, a, b, c in CONTRACTS)
    kinds = [sum(r[j] for r in CONTRACTS) for j in (1, 2, 3)]
    if norm(f"チェック件数は{tot}通（要点チェック{kinds[0]}通、全文チェック{kinds[1]}通、修正案の作成{kinds[2]}通）") not in kt \
            or norm(f"前年度の{PREV_YEAR}通を上回りました") not in kt or PREV_YEAR >= tot:
        errors.append("guide: the check figures in the prose differ from (h)")
    if not 0.65 <= ENGLISH / tot < 0.75 or USERS > tot:
        errors.append("guide: 「英語が…約７割」 or the users do not fit (h)")
    by_total = max(CONTRACTS, key=lambda r: sum(r[1:]))[0]
    by_short = max(CONTRACTS, key=lambda r: r[1])[0]
    if by_total != "販売店・代理店契約" or by_short != "秘密保持契約":
        errors.append("guide: 販売店・代理店契約 should lead in total and 秘密保持契約 in 要点チェック")
    if re.findall(r"20\d\d年", kt):
        errors.append("guide: no Western year should be printed")
    defs(kt, ("契約書チェック", "１通", "小規模企業者", "営業日"), "guide")
    bullets_in(KEIYAKU_PDF, 4, "guide")
    qa(KEIYAKU_PDF, 2, "guide")
    steps_of(KEIYAKU_PDF, "①②③④⑤⑥", "guide")
    contacts(KEIYAKU_PDF, ["099-907-3310", "099-907-3319", "099-907-3400"], ["tabu-keiyaku@example.jp"], "guide")
    # every phone number of the set is fictional (099-90x-xxxx), every mail address under example.jp
    for name, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{3,4}", text):
            if not re.fullmatch(PHONE_RE, ph):
                errors.append(f"{name}: phone number {ph} outside 099-90x-xxxx")
        for mail in re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text):
            if not mail.endswith(MAIL_DOMAIN):
                errors.append(f"{name}: mail address {mail} outside {MAIL_DOMAIN}")
        if PREF not in p[0] or any(x in text for x in FORBIDDEN_PREFS):
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
