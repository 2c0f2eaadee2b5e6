"""Build the 萩県 held-out set 28: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (萩県 and every town, the sister state ケルソン州, every scheme,
organisation, phone number, mail address and figure). The documents are in three genres the
earlier sets do not use: a guide to a subsidy towards the labels, tests and analyses food
exporters need for their destination's rules (輸出向け食品表示・検査対応支援補助金のご案内) with a
two-level header (firm size over rate and cap), a yearly record (years as rows) and the grants
by cost item over three fiscal years (fiscal years as columns); the implementation report of a
teacher exchange with the prefecture's sister state (教員交流事業 実施報告書) with the teachers by
school type grouped under 派遣 and 受入 (a group cell spanning rows, the row axis named in the
header) and an unruled table of the costs; and the results report of a survey of the foreign
buyers of the prefecture's products (海外バイヤー調査 結果報告書) with the buyers by country and
region (a table continued over a page break without its header) and the reasons they buy; see
README.md beside this file.

    python make_heldout28.py [OUTPUT_DIR]          # default: this file's directory

Needs reportlab and pypdf (both in the project venv). The code structure follows
../heldout24/make_heldout24.py; the shared helpers are in ../docgen.py (unchanged). The gold
cells are generated from the same specs that draw the tables; PDF page numbers are recorded while
reportlab lays the pages out. The output is byte-identical on every run (reportlab
``invariant=True``). The script exits 1 if any check fails.
"""


import re
import sys
import unicodedata
from collections import defaultdict
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Paragraph, Spacer, TableStyle

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # run as a script: make `evals` importable

from evals import docgen
from evals.docgen import (
    DATE_RIGHT,
    DOCS_DIR,
    ERA_YEAR,
    GOTHIC,
    H1,
    H2,
    SUBTITLE,
    TITLE,
    build_pdf,
    caption,
    check_answerable,
    check_against_expected,
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

HOJO_PDF = "hagi_yushutsu_shokuhin_hyoji_kensa_hojokin_annai_r7.pdf"
KORYU_PDF = "hagi_shimaishu_kyoin_koryu_hokoku_r6.pdf"
CHOSA_PDF = "hagi_kaigai_buyer_chosa_r6.pdf"
ALL_PDFS = (HOJO_PDF, KORYU_PDF, CHOSA_PDF)

UNITS = ("万円", "件", "人", "校", "回", "社", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header, and a row group with its row
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_RE = r"099-29\d-\d{4}"  # every phone number of the set
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
    """The unit in brackets at the end of a label (交付件数（件） -> 件), NFKC."""
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


@dataclass
class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf and, optionally, a
    group column (``group_col``) whose cell spans the rows of its group and is printed once:
    such a row is recorded as group／row (派遣／小学校)."""

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

    def group_of(self, i: int) -> str:
        """The group cell printed at or above data row i (the top of its span)."""
        for k in range(i, -1, -1):
            if self.rows[k][self.group_col]:
                return label(self.rows[k][self.group_col])
        raise ValueError(f"{self.key}: row {i} has no group")

    def row_label(self, i: int) -> str:
        leaf = label(self.rows[i][self.label_col])
        if self.group_col is None:
            return leaf
        group = self.group_of(i)
        return GROUP_SEP.join([group, leaf]) if leaf else group

    def flowable(self):
        t = super().flowable()
        if self.group_col is not None:  # a total row whose label spans the group and row columns
            nh, style = len(self.header), []
            for i, r in enumerate(self.rows):
                if not r[self.label_col] and r[self.group_col] in self.bold_rows:
                    style += [("FONTNAME", (0, nh + i), (-1, nh + i), GOTHIC),
                              ("LINEABOVE", (0, nh + i), (-1, nh + i), 1.0, colors.black),
                              ("BACKGROUND", (0, nh + i), (-1, nh + i), colors.HexColor("#F3F3F3"))]
            t.setStyle(TableStyle(style))
        return t


def gold_records(spec: TableSpec, pages_of: dict) -> list[dict]:
    out = []
    for i, r in enumerate(spec.rows):
        for c in spec.value_cols:
            value = r[c]
            number, cell_unit = parse_number(value)
            unit = cell_unit or spec.cell_unit(r, c)
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


PREF = "萩県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: food-export labelling and testing subsidy guide
HOJO = f"{PREF}輸出向け食品表示・検査対応支援補助金"
HOJO_DEPT = f"{PREF} 農林水産部 食品流通課"
DESK = f"{PREF}輸出サポートデスク"
RATES = [  # 経費区分; 中小企業者: 補助率（％）, 上限額（万円）; 小規模事業者: 補助率（％）, 上限額（万円） (令和７年度)
    ("輸出向け表示ラベルの作成", 50, 20, 75, 30), ("残留農薬等の検査", 50, 40, 75, 50),
    ("栄養成分の分析", 50, 15, 75, 20), ("賞味期限を設定する保存試験", 50, 30, 75, 40),
    ("輸出先の規制に関する専門家の確認", 40, 10, 60, 15),
]
COMPANY_CAP = 80  # note ※２: 万円 per firm and year
GRANT_YEARS = [  # 年度, 申請件数, 交付件数, 交付額（万円）
    (2020, 14, 11, 186), (2021, 20, 17, 298), (2022, 29, 24, 431), (2023, 33, 29, 562), (2024, 42, 36, 694),
]
BY_COST_YEARS = (2022, 2023, 2024)  # the columns of (c)
BY_COST = [  # 経費区分, 交付件数 in 令和４年度, ５年度, ６年度 (counted per cost item)
    ("輸出向け表示ラベルの作成", 15, 18, 22), ("残留農薬等の検査", 9, 11, 14), ("栄養成分の分析", 7, 9, 12),
    ("賞味期限を設定する保存試験", 4, 6, 9), ("輸出先の規制に関する専門家の確認", 3, 4, 5),
]
CASES = [  # 見出し, 輸出先, 対応した内容, 補助金の額 (same labels in every sibling section)
    ("水産加工業Ａ社（萩浦市）", "米国", "栄養成分の分析、輸出向け表示ラベルの作成", "18万円"),
    ("菓子製造業Ｂ社（野分市）", "香港", "賞味期限を設定する保存試験", "27万円"),
    ("茶製造業Ｃ社（遠鳴町）", "ドイツ", "残留農薬等の検査、輸出先の規制に関する専門家の確認", "46万円"),
]


def era(y: int) -> str:
    return f"令和{fw(y - 2018)}年度"


def hojo_specs():
    rates = TableSpec(
        key="rates", doc=HOJO_PDF, title="経費区分別の補助率と上限額",
        header=[["経費区分", "中小企業者", "", "小規模事業者", ""],
                ["", "補助率（％）", "上限額（万円）", "補助率（％）", "上限額（万円）"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in RATES],
        col_widths=[58 * mm, 26 * mm, 26 * mm, 26 * mm, 26 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[-1])
    years = TableSpec(
        key="grants", doc=HOJO_PDF, title="交付実績の推移",
        header=[["年度", "申請件数（件）", "交付件数（件）", "交付額（万円）"]],
        rows=[[era(y), fw(a), fw(n), fw(m)] for y, a, n, m in GRANT_YEARS],
        col_widths=[34 * mm, 38 * mm, 38 * mm, 38 * mm],
    )
    years.unit = lambda row, c, s=years: bracket_unit(s.column_label(c))
    rows = [[n] + [fw(v) for v in vs] for n, *vs in BY_COST]
    rows.append(["合計"] + [fw(sum(r[k] for r in BY_COST)) for k in (1, 2, 3)])
    bycost = TableSpec(
        key="bycost", doc=HOJO_PDF, title="経費区分別の交付件数",
        header=[["経費区分"] + [era(y) for y in BY_COST_YEARS]],
        rows=rows, col_widths=[62 * mm, 28 * mm, 28 * mm, 28 * mm], unit="件",
    )
    return rates, years, bycost


def hojo_story(specs):
    rates, years, bycost = specs
    n_all, amt_all = sum(r[2] for r in GRANT_YEARS), sum(r[3] for r in GRANT_YEARS)
    last = GRANT_YEARS[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{HOJO}のご案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(HOJO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　補助金の概要", H1)]
    st += paras(f"""
県産の加工食品の輸出を広げるため、輸出先の国・地域の食品表示の基準に合わせたラベルの作成や、輸入の際に求められる検査・分析などにかかる経費の一部を補助します。令和２年度に始めたこの補助金は、令和６年度までに延べ{n_all}件、{amt_all:,}万円を交付しました。
""", 0)
    st += lv_lines([
        ("補助事業名", HOJO),
        ("補助対象者", "県内に事業所を有し、食品の製造、加工又は販売を行う中小企業者（個人事業主及び農林漁業者の団体を含む。）"),
        ("対象となる商品", "輸出する（輸出を予定しているものを含む。）県産原材料使用食品"),
        ("募集期間", "令和７年（2025年）５月７日から令和８年１月23日まで（予算額に達した時点で締め切ります）"),
        ("予算額", "1,200万円"),
        ("申請回数", "１事業者当たり年度内２回まで"),
    ], 0)
    st += paras("""
この案内において「県産原材料使用食品」とは、原材料（水及び食塩を除く。）の重量の半分以上に県内で生産された農林水産物を使った加工食品をいいます。また、「小規模事業者」とは、常時使用する従業員の数が20人（卸売業、小売業及びサービス業は５人）以下の事業者をいいます。
""", 0)
    st += [P("２　補助対象経費と補助率", H1)]
    st += paras("補助率と１商品当たりの上限額は、経費区分と事業者の規模によって、次のとおりです。", 0)
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「中小企業者」の欄は、小規模事業者以外の中小企業者に適用します。",
        f"※２ 補助金の額は、１事業者当たり年度内{COMPANY_CAP}万円を上限とします。千円未満の端数は切り捨てます。",
        "※３ 検査及び分析は、登録検査機関又は輸出先の国・地域の政府が認める検査機関で行ったものに限ります。",
    ])
    st += [P("３　申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（食品流通課又は{DESK}へ。輸出先と商品が決まった段階でご相談ください）",
        "② 交付申請（検査や分析を発注する前に、申請書、見積書及び商品の原材料表を提出）",
        "③ 交付決定の通知（申請の受付から３週間程度）",
        "④ ラベルの作成、検査・分析等の発注と費用の支払",
        "⑤ 実績報告（事業が終わった日から20日以内又は令和８年２月20日のいずれか早い日まで）",
        "⑥ 補助金の額の確定と支払（実績報告の受理から30日以内）",
    ], 0)
    st += [P("４　これまでの交付実績", H1)]
    st += paras(f"""
令和６年度は{last[1]}件の申請があり、{last[2]}件、{last[3]}万円を交付しました。申請件数、交付件数ともに、制度を始めてから毎年増えています。経費区分別では、表示ラベルの作成が毎年度最も多く利用されています。
""", 0)
    st += [caption(years.title), years.flowable(), Spacer(1, 2)]
    st += [caption(bycost.title, "（単位：件）"), bycost.flowable(), Spacer(1, 2)]
    st += notes([
        "※４ 一つの交付で複数の経費区分を対象とした場合は、経費区分ごとに数えているため、合計は各年度の交付件数と一致しません。",
    ])
    st += [P("５　活用事例（令和６年度）", H1)]
    for i, (head, where, what, amount) in enumerate(CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("輸出先", where), ("対応した内容", what), ("補助金の額", amount)], 1)
    st += [P("６　よくある質問", H1)]
    qa = [
        ("既に国内で販売している商品も対象になりますか。",
         "対象になります。ただし、輸出のために新たに必要となった表示の変更や検査の部分に限ります。"),
        ("輸出先の輸入業者が検査費用の一部を負担する場合はどうなりますか。",
         "補助の対象は申請者が支払った費用に限ります。輸入業者が負担した分は対象外です。"),
        ("同じ商品で、輸出先ごとに別のラベルを作る場合も対象になりますか。",
         "対象になります。輸出先ごとに上限額を適用しますが、１事業者当たりの年度内の上限は変わりません。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{HOJO_DEPT} 輸出促進班　電話：099-292-4410　ファクス：099-292-4419",
        f"{DESK}（事前相談）　電話：099-292-4500",
        f"電子メール：hagi-shokuhin-yushutsu{MAIL_DOMAIN}",
    ]))
    return st


# ================================================================ document 2: teacher exchange with the sister state
STATE = "ケルソン州"
KORYU = f"{PREF}・{STATE} 教員交流事業"
KORYU_DEPT = f"{PREF}教育委員会 教育政策課"
KYOKAI = f"公益財団法人{PREF}国際交流協会"
SCHOOL_TYPES = ("小学校", "中学校", "高等学校", "特別支援学校")
TEACHERS = {  # 区分 -> 学校種 -> (参加教員（人）, 交流校（校）, 授業実践（回）) (令和６年度)
    "派遣": [(6, 5, 14), (5, 4, 12), (7, 6, 21), (2, 2, 5)],
    "受入": [(4, 6, 18), (4, 5, 15), (5, 7, 23), (1, 2, 4)],
}
PREV_TEACHERS = 28  # 令和５年度
COSTS = [  # 費目, 派遣（万円）, 受入（万円）
    ("交通費", 452, 63), ("宿泊費", 214, 41), ("ホストファミリー謝礼", 0, 84),
    ("通訳・翻訳費", 36, 118), ("研修プログラム費", 95, 132), ("保険料", 47, 22),
]
HOST_FEE = 6  # 万円 per host family (note ※４)
PROGRAMMES = [  # 見出し, 日程, 参加者, 主な内容 (same labels in every sibling section)
    ("夏季派遣プログラム", "令和６年８月３日から８月12日まで（10日間）", "県内の公立学校の教員20人",
     f"{STATE}の17校で授業を参観し、日本の文化を紹介する授業を行った"),
    ("秋季受入プログラム", "令和６年10月19日から11月１日まで（14日間）", f"{STATE}の教員14人（ホストファミリー14世帯）",
     "県内の20校で英語の授業を担当し、地域の祭りや学校行事に参加した"),
    ("オンライン交流授業", "令和６年12月から令和７年２月まで", "両地域の小・中学校12校の児童生徒",
     "これまでに交流した学校同士をオンラインでつなぎ、互いの地域を英語と日本語で紹介した"),
]


def teacher_sum(group: str, k: int) -> int:
    return sum(r[k] for r in TEACHERS[group])


def koryu_specs():
    rows = []
    for group, vals in TEACHERS.items():
        for j, (t, v) in enumerate(zip(SCHOOL_TYPES, vals)):
            rows.append([group if j == 0 else "", t] + [fw(x) for x in v])
    rows.append(["合計", ""] + [fw(sum(teacher_sum(g, k) for g in TEACHERS)) for k in (0, 1, 2)])
    n = len(SCHOOL_TYPES)
    teachers = TableSpec(
        key="teachers", doc=KORYU_PDF, title="学校種別の参加状況",
        header=[["区分", "学校種", "参加教員（人）", "交流校（校）", "授業実践（回）"]],
        rows=rows, col_widths=[20 * mm, 34 * mm, 32 * mm, 30 * mm, 32 * mm], label_col=1, group_col=0,
        spans=[((0, 1), (0, n)), ((0, n + 1), (0, 2 * n)), ((0, 2 * n + 1), (1, 2 * n + 1))], table_fy=2024,
    )
    teachers.unit = lambda row, c, s=teachers: bracket_unit(s.column_label(c))
    crows = [[n_, fw(a), fw(b), fw(a + b)] for n_, a, b in COSTS]
    crows.append(["合計", fw(sum(r[1] for r in COSTS)), fw(sum(r[2] for r in COSTS)),
                  fw(sum(r[1] + r[2] for r in COSTS))])
    costs = TableSpec(
        key="costs", doc=KORYU_PDF, title="事業費の内訳",
        header=[["費目", "派遣", "受入", "計"]],
        rows=crows, col_widths=[60 * mm, 28 * mm, 28 * mm, 28 * mm], ruled=False, unit="万円", table_fy=2024,
    )
    return teachers, costs


def total_cost() -> int:
    return sum(r[1] + r[2] for r in COSTS)


def koryu_story(specs):
    teachers, costs = specs
    sent, received = teacher_sum("派遣", 0), teacher_sum("受入", 0)
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{KORYU} 実施報告書", TITLE),
          Spacer(1, 1 * mm), P("令和７年６月", DATE_RIGHT), P(KORYU_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　事業の概要", H1)]
    st += paras(f"""
萩県と{STATE}（オーストラリア）は、平成４年（1992年）に姉妹州の提携を結んだ。この事業は、両地域の教員が互いの学校を訪れて授業を行うもので、平成20年度から続けている。
""", 0)
    st += lv_lines([
        ("事業名", KORYU),
        ("目的", "教員が互いの学校で授業を行い、国際理解教育と外国語教育の充実を図る"),
        ("実施主体", f"萩県教育委員会（{STATE}教育省と共同で実施）"),
        ("実施期間", "令和６年７月から令和７年２月まで"),
        ("事業費", f"{total_cost():,}万円"),
    ], 0)
    st += paras(f"""
この報告書において「派遣」とは、県内の公立学校の教員を{STATE}の学校に送ることをいい、「受入」とは、{STATE}の教員を県内の学校に迎えることをいう。また、「交流校」とは、参加した教員が授業を行い、又は参観した学校をいい、オンラインのみで交流した学校を含まない。
""", 0)
    st += [P("２　学校種別の参加状況", H1)]
    st += paras(f"""
令和６年度は、派遣{sent}人、受入{received}人の計{sent + received}人の教員が参加し、前年度（{PREV_TEACHERS}人）より{fw(sent + received - PREV_TEACHERS)}人増えた。派遣、受入ともに高等学校の教員が最も多かった。
""", 0)
    st += [caption(teachers.title, "（令和６年度）"), teachers.flowable(), Spacer(1, 2)]
    st += notes([
        f"※１ 派遣の交流校は{STATE}の学校、受入の交流校は県内の学校である。",
        "※２ 「特別支援学校」には、州の特別支援教育を行う学校を含む。",
    ])
    st += [CondPageBreak(SIBLING_ROOM + 12 * mm), P("３　主なプログラム", H1)]  # the heading stays with （１）
    for i, (head, when, who, what) in enumerate(PROGRAMMES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("日程", when), ("参加者", who), ("主な内容", what)], 1)
    st += [P("４　事業費", H1)]
    st += paras(f"""
事業費は{total_cost():,}万円で、その内訳は次のとおりである。
""", 0)
    st += [caption(costs.title, "（単位：万円）"), costs.flowable(), Spacer(1, 2)]
    st += notes([
        f"※３ 受入の交通費は、県内の移動及び空港との送迎の費用である。{STATE}の教員の航空運賃は州が負担した。",
        f"※４ ホストファミリー謝礼は、１世帯当たり{fw(HOST_FEE)}万円である。",
    ])
    st += [P("５　参加した教員の主な感想", H1)]
    st += bullets([
        "少人数で議論する州の授業の進め方を、自分の学校の英語の授業に取り入れたい。",
        "ホストファミリーとの生活を通じて、日本の家庭の習慣を深く知ることができた。",
        "交流した学校同士で、オンラインの交流を今後も続けたい。",
    ], 0)
    st += [P("６　今後の取組", H1)]
    st += numbered([
        "① 令和７年度は、派遣する教員を24人に増やし、初めて県立高等学校の実習助手も対象とする。",
        "② ホストファミリーの登録を増やすため、市町の広報紙で募集する。",
        "③ 交流校の授業の指導案を集めた事例集を作り、県内の全ての公立学校に配る。",
    ], 0)
    st += [CondPageBreak(34 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KORYU_DEPT} 国際教育班　電話：099-294-2210　ファクス：099-294-2219",
        f"{KYOKAI}（ホストファミリーの登録）　電話：099-294-2300",
        f"電子メール：hagi-kyoin-koryu{MAIL_DOMAIN}",
    ]))
    return st


# ================================================================ document 3: survey of the foreign buyers of the prefecture's products
CHOSA = f"{PREF}産品の取引に関する海外バイヤー調査"
CHOSA_DEPT = f"{PREF} 商工観光部 国際経済課"
CENTER = f"{PREF}海外ビジネス支援センター"
TARGET = 412  # バイヤーに調査を依頼した数
COUNTRIES = [  # 国・地域, 回答数（社）, 継続取引あり（社）, 取扱いを増やす意向（社） (令和６年度)
    ("台湾", 38, 24, 19), ("香港", 34, 13, 15), ("米国", 29, 14, 13), ("シンガポール", 24, 16, 12),
    ("タイ", 21, 12, 11), ("中国", 18, 9, 6), ("ベトナム", 15, 7, 9), ("韓国", 12, 7, 4),
    ("オーストラリア", 10, 5, 5), ("フランス", 7, 3, 4), ("その他", 9, 3, 3),
]
ASIA = ("台湾", "香港", "シンガポール", "タイ", "中国", "ベトナム", "韓国")
INTENTIONS = (("増やしたい", 101), ("今と同程度", 86), ("減らしたい", 12), ("未定", 18))
BUYER_TYPES = (("輸入・卸売業", 68), ("小売・外食業", 45))  # ｎ of (g): the buyers with 継続取引あり
REASONS = [  # 理由, 輸入・卸売業（社）, 小売・外食業（社） (複数回答)
    ("品質が高い", 52, 36), ("産地や製法の説明が丁寧", 34, 22), ("日本国内での評判が良い", 22, 24),
    ("小ロットで発注できる", 35, 9), ("県の商談会で信頼関係ができた", 20, 14), ("価格が適正", 18, 12),
    ("輸出の手続に慣れている", 26, 3),
]
SEGMENTS = [  # 見出し, 回答社数, 増やしたい（社）, 主な要望 (same labels in every sibling section)
    ("輸入商社・卸売業", 102, 52, "輸出先の表示基準に合った商品の提案、混載による小口の輸送"),
    ("小売業", 71, 31, "店頭で使える販促資料の多言語化、試食販売への協力"),
    ("外食業", 44, 18, "業務用の大容量の商品、冷凍での安定した供給"),
]


def respondents() -> int:
    return sum(r[1] for r in COUNTRIES)


def chosa_specs():
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in COUNTRIES]
    rows.append(["合計"] + [fw(sum(r[k] for r in COUNTRIES)) for k in (1, 2, 3)])
    countries = TableSpec(
        key="countries", doc=CHOSA_PDF, title="国・地域別の回答状況",
        header=[["国・地域", "回答数（社）", "継続取引あり（社）", "取扱いを増やす意向（社）"]],
        rows=rows, col_widths=[40 * mm, 32 * mm, 40 * mm, 48 * mm], table_fy=2024, repeat_header=False,
    )
    countries.unit = lambda row, c, s=countries: bracket_unit(s.column_label(c))
    n_all = sum(n for _t, n in BUYER_TYPES)
    reasons = TableSpec(
        key="reasons", doc=CHOSA_PDF, title="県産品を取り扱う理由（複数回答）",
        header=[["理由", "輸入・卸売業（社）", "小売・外食業（社）", "全体の割合（％）"]],
        rows=[[n, fw(a), fw(b), cell(pct1(a + b, n_all))] for n, a, b in REASONS],
        col_widths=[60 * mm, 34 * mm, 34 * mm, 32 * mm], table_fy=2024,
    )
    reasons.unit = lambda row, c, s=reasons: bracket_unit(s.column_label(c))
    return countries, reasons


def chosa_story(specs):
    countries, reasons = specs
    total = respondents()
    asia = sum(r[1] for r in COUNTRIES if r[0] in ASIA)
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{CHOSA} 結果報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月", DATE_RIGHT), P(CHOSA_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "海外のバイヤーが県産品をどのように評価し、今後どのような取引を望んでいるかを把握し、県内企業の販路開拓の支援に役立てるため"),
        ("調査対象", f"令和４年度から令和６年度までに県が開いた商談会等で県内企業と商談した海外のバイヤー {TARGET}社"),
        ("調査の実施", f"{CENTER}（県からの委託）"),
        ("調査期間", "令和６年11月５日から12月６日まで"),
        ("調査方法", "電子メールで依頼したウェブアンケート（英語、中国語（繁体字・簡体字）、タイ語）"),
        ("調査項目", "取引の状況、県産品を取り扱う理由、今後の取扱いの意向、県や県内企業への意見"),
        ("回答数", f"{total}社（回答率{pct1(total, TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「バイヤー」とは、海外で食品、酒類又は工芸品を仕入れて販売する事業者（輸入商社、卸売業者、小売業者及び外食事業者）をいい、「県産品」とは、県内の事業所で製造し、又は加工した食品、酒類及び工芸品をいう。また、「継続取引あり」とは、調査日前の１年間に２回以上、県内企業に県産品を発注したことをいう。
同じ企業グループに属する複数の拠点から回答があった場合は、拠点ごとに１社として数えた。
""", 0)
    st += [P("２　回答したバイヤーの国・地域", H1)]
    st += paras(f"""
回答したバイヤーの国・地域は、台湾が{COUNTRIES[0][1]}社で最も多く、香港、米国が続いた。アジアの７か国・地域からの回答は{asia}社で、全体の７割を超えた。継続取引ありのバイヤーは、回答したバイヤーの約半数であった。
業態別では、輸入商社・卸売業が{SEGMENTS[0][1]}社、小売業が{SEGMENTS[1][1]}社、外食業が{SEGMENTS[2][1]}社であった。国・地域は、バイヤーの本社の所在地により分類している。
回答数が10社以上の国・地域は９か国・地域で、そのうち７か国・地域がアジアであった。
欧米やオーストラリアのバイヤーは、現地の日本食レストランや日系の小売店に商品を卸す事業者が中心であった。国・地域別の回答状況は、次のとおりである。
""", 0)
    st += [caption(countries.title, "（令和６年度）", keep=False), countries.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「その他」は、マレーシア、ドイツ、カナダ、アラブ首長国連邦等である。",
        "※２ 「取扱いを増やす意向」は、今後３年間で県産品の取扱いを「増やしたい」と答えたバイヤーの数である。",
    ])
    inc = dict(INTENTIONS)["増やしたい"]
    st += [P("３　今後の取扱いの意向", H1)]
    st += paras(f"""
今後３年間の県産品の取扱いについては、「増やしたい」が{inc}社（{pct1(inc, total)}％）、「今と同程度」が{dict(INTENTIONS)['今と同程度']}社、「減らしたい」が{dict(INTENTIONS)['減らしたい']}社、「未定」が{dict(INTENTIONS)['未定']}社であった。業態別にみると、次のとおりである。
""", 0)
    for i, (head, n, w, wants) in enumerate(SEGMENTS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("回答社数", f"{n}社"), ("増やしたいと答えた割合", f"{pct1(w, n)}％"),
                        ("主な要望", wants)], 1)
    st += [P("４　県産品を取り扱う理由", H1)]
    n_all = sum(n for _t, n in BUYER_TYPES)
    st += paras(f"""
継続取引ありの{n_all}社に県産品を取り扱う理由を聞いたところ、「品質が高い」が最も多かった。輸入・卸売業では「小ロットで発注できる」、小売・外食業では「日本国内での評判が良い」を挙げた社も多い。
""", 0)
    st += [caption(reasons.title, "（令和６年度）"), reasons.flowable(), Spacer(1, 2)]
    st += notes([
        f"※３ 回答は、輸入・卸売業{BUYER_TYPES[0][1]}社、小売・外食業{BUYER_TYPES[1][1]}社の計{n_all}社である。複数回答のため、割合の合計は100％にならない。",
        f"※４ 「全体の割合」は、{n_all}社に占める割合であり、小数点以下第２位を四捨五入している。",
    ])
    st += [P("５　県や県内企業への主な意見（自由記述）", H1)]
    st += bullets([
        "商品の規格書を英語で早く出してほしい。",
        "県の商談会を、オンラインでも年に数回開いてほしい。",
        "複数の県内企業の商品をまとめて発注できる仕組みがほしい。",
    ], 0)
    st += [P("６　今後の取組", H1)]
    st += numbered([
        "① 県内企業向けに、英語の商品規格書の作り方の講座を開く。",
        "② オンライン商談会を年４回開く。",
        f"③ {CENTER}で、複数の企業の商品をまとめて輸送する混載便の利用を支援する。",
        "④ 次回の調査は、令和８年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{CHOSA_DEPT} 海外販路班　電話：099-296-3310　ファクス：099-296-3319",
        f"{CENTER}（バイヤーの紹介・商談の相談）　電話：099-296-3400",
        f"電子メール：hagi-buyer-chosa{MAIL_DOMAIN}",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return hojo_specs() + koryu_specs() + chosa_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    hspecs, kspecs, cspecs = hojo_specs(), koryu_specs(), chosa_specs()
    hdoc = build_pdf(docs_dir / HOJO_PDF, hspecs, hojo_story(hspecs),
                     f"令和７年度 {HOJO}のご案内", "令和７年４月", HOJO_DEPT)
    kdoc = build_pdf(docs_dir / KORYU_PDF, kspecs, koryu_story(kspecs),
                     f"令和６年度 {KORYU} 実施報告書", "令和７年６月", KORYU_DEPT)
    cdoc = build_pdf(docs_dir / CHOSA_PDF, cspecs, chosa_story(cspecs),
                     f"令和６年度 {CHOSA} 結果報告書", "令和７年３月", CHOSA_DEPT)
    gold = all_gold({HOJO_PDF: hdoc.row_pages, KORYU_PDF: kdoc.row_pages, CHOSA_PDF: cdoc.row_pages})
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
    # --- hojo: the labelling and testing subsidy guide, tables (a) (b) (c), definitions, sibling sections, steps, Q&A
    dict(question="従業員８人で食品の卸売をしている会社が、輸出先の表示ルールに合わせたラベルを作る場合、補助率は何％ですか？",
         category="hojo", doc=HOJO_PDF,
         evidence=["卸売業、小売業及びサービス業は５人", "輸出向け表示ラベルの作成 50 20 75 30"], answer=["50"],
         notes="two facts: a 卸売業 with 8 employees is above the ５人 of 「小規模事業者」 (definition in １), so note ※１ "
               "puts it in the 中小企業者 column; (a) two-level header, leaf 中小企業者／補助率（％）; 75 (小規模事業者) "
               "is the trap"),
    dict(question="2025年度に、従業員50人の水産加工会社が商品の栄養成分を分析に出すと、補助の上限はいくらになりますか？",
         category="hojo", doc=HOJO_PDF, evidence=["栄養成分の分析 50 15 75 20"], answer=["15"],
         notes="(a) leaf 中小企業者／上限額（万円）: 50人 is above the 20人 of 「小規模事業者」, so the 中小企業者 column; "
               "20 is the trap; 2025年度 = 令和７年度 (only 2025年 is printed, in 募集期間)"),
    dict(question="2021年度には、この補助金に何件の申請がありましたか？",
         category="hojo", doc=HOJO_PDF, evidence=["令和３年度 20 17 298"], answer=["20"],
         notes="(b) years as rows: 2021年度 = 令和３年度 (printed nowhere in Western form); column 申請件数（件）; "
               "17 (交付件数) is the trap"),
    dict(question="令和２年度、実際に交付まで進んだ案件はいくつでしたか？",
         category="hojo", doc=HOJO_PDF, evidence=["令和２年度 14 11 186"], answer=["11"],
         notes="(b) column 交付件数（件）; 14 (申請件数) is the trap"),
    dict(question="2024年度は、申請のうちどのくらいの割合が交付に結びつきましたか？",
         category="hojo", doc=HOJO_PDF, evidence=["令和６年度 42 36 694"], answer=["85.7%"], computed=True,
         notes="(b) share within a row: 36 / 42 = 85.7 %"),
    dict(question="2023年度に、残留農薬などの検査の費用で補助を受けたケースは何件ありますか？",
         category="hojo", doc=HOJO_PDF, evidence=["残留農薬等の検査 ９ 11 14"], answer=["11"],
         notes="(c) fiscal years as columns: 2023年度 = the column 令和５年度; (a) has a row of the same name "
               "(50 40 75 50), a near miss"),
    dict(question="栄養成分の分析での利用件数は、令和４年度と比べて令和６年度にはいくつ増えましたか？",
         category="hojo", doc=HOJO_PDF, evidence=["栄養成分の分析 ７ ９ 12"], answer=["5件"], computed=True,
         notes="(c) difference across a row (two year columns): 12 − 7 = 5件"),
    dict(question="お茶を製造している会社の活用事例は、どこの国への輸出でしたか？",
         category="hojo", doc=HOJO_PDF, evidence=["茶製造業Ｃ社", "輸出先：ドイツ"], answer=["ドイツ"],
         notes="sibling sections （１）–（３） of ５ share the labels 輸出先, 対応した内容, 補助金の額; （３）茶製造業Ｃ社 named "
               "by paraphrase; 米国 and 香港 are the siblings' values"),
    dict(question="申請書を出してから交付決定の通知が届くまで、どれくらいかかりますか？",
         category="hojo", doc=HOJO_PDF, evidence=["申請の受付から３週間程度"], answer=["３週間程度"],
         notes="procedure step ③ (on page 2: the page break falls inside the procedure, after ②)"),
    dict(question="現地の輸入業者が検査費用の一部を出してくれる場合、その負担分も補助の対象に含められますか？",
         category="hojo", doc=HOJO_PDF, evidence=["輸入業者が負担した分は対象外です"], answer=["対象外"],
         notes="Q&A: Ａ of Ｑ２ (no: only what the applicant paid is covered)"),
    dict(question="水と塩を除いた原材料の重さのちょうど半分が県内産という加工品は、対象の商品になりますか？",
         category="hojo", doc=HOJO_PDF, evidence=["重量の半分以上に県内で生産された"], answer=["半分以上"],
         notes="definition 「県産原材料使用食品」とは、原材料（水及び食塩を除く。）の重量の半分以上に…をいいます "
               "(yes: 以上 includes exactly half)"),
    # --- koryu: the teacher exchange report, tables (d) (e), a definition, sibling sections
    dict(question="ケルソン州との先生の交流事業について、2024年度の事業費の総額を教えてください。",
         category="koryu", doc=KORYU_PDF, evidence=["事業費：1,304万円"], answer=["1,304万円"],
         notes="「label：value」 line 事業費 in １ (the cost table of ４ gives the same total); 2024年度 = 令和６年度 "
               "(printed nowhere in Western form)"),
    dict(question="令和６年度にケルソン州へ派遣された高校の先生は何人ですか？",
         category="koryu", doc=KORYU_PDF, evidence=["高等学校 ７ ６ 21"], answer=["７"],
         notes="(d) rows grouped under a 区分 cell spanning four rows: 派遣／高等学校 (the label 派遣 is printed once, "
               "on the 小学校 row), column 参加教員（人）; 受入／高等学校 (５) is the trap"),
    dict(question="州から迎えた特別支援学校の先生は、県内で何回授業をしましたか？",
         category="koryu", doc=KORYU_PDF, evidence=["特別支援学校 １ ２ ４"], answer=["４"],
         notes="(d) 受入／特別支援学校, column 授業実践（回）; 派遣／特別支援学校 (５) is the trap"),
    dict(question="派遣と受入を合わせると、小学校の先生は何人参加しましたか？",
         category="koryu", doc=KORYU_PDF, evidence=["派遣 小学校 ６ ５ 14", "小学校 ４ ６ 18"], answer=["10人"],
         computed=True,
         notes="(d) sum over the two groups: 派遣／小学校 6 + 受入／小学校 4 = 10人"),
    dict(question="この事業で先生たちが訪れて交流した学校は、延べ何校になりますか？",
         category="koryu", doc=KORYU_PDF, evidence=["合計 34 37 112"], answer=["37"],
         notes="(d) 合計 row (its label spans the 区分 and 学校種 columns), column 交流校（校）"),
    dict(question="州の先生を受け入れたときの通訳や翻訳の費用は、いくらかかりましたか？",
         category="koryu", doc=KORYU_PDF, evidence=["通訳・翻訳費 36 118 154"], answer=["118"],
         notes="(e) unruled table, row 通訳・翻訳費, column 受入 (unit only in the caption note （単位：万円）); "
               "36 (派遣) and 154 (計) are traps"),
    dict(question="派遣した先生１人当たりに換算すると、派遣にかかった費用は平均いくらになりますか？",
         category="koryu", doc=KORYU_PDF, evidence=["合計 844 460 1,304", "派遣20人"], answer=["42.2万円"],
         computed=True,
         notes="(e) 合計 row, column 派遣, divided by the 20 teachers sent (prose of ２; the sum of (d)'s 派遣 rows): "
               "844 / 20 = 42.2万円"),
    dict(question="秋に州の先生たちを迎えたプログラムは、何日間の日程でしたか？",
         category="koryu", doc=KORYU_PDF, evidence=["秋季受入プログラム", "11月１日まで（14日間）"], answer=["14日間"],
         notes="sibling sections （１）–（３） of ３ share the labels 日程, 参加者, 主な内容; （２）秋季受入プログラム named "
               "by paraphrase; 10日間 is （１）'s value"),
    dict(question="オンラインでつないだだけの州の学校も、交流校の数に入っていますか？",
         category="koryu", doc=KORYU_PDF, evidence=["オンラインのみで交流した学校を含まない"], answer=["含まない"],
         notes="definition 「交流校」とは…オンラインのみで交流した学校を含まない (no); the 12校 of （３）オンライン交流授業 "
               "are not in the 交流校 column"),
    dict(question="令和６年度の受入で、ホストファミリーへの謝礼には合計いくら使いましたか？",
         category="koryu", doc=KORYU_PDF, evidence=["ホストファミリー謝礼 ０ 84 84"], answer=["84"],
         notes="(e) row ホストファミリー謝礼, column 受入 (計 is also 84; 派遣 is ０); note ※４ gives ６万円 per family"),
    # --- chosa: the buyer survey, tables (f) (g), a definition, sibling sections
    dict(question="2024年度のバイヤー調査で、シンガポールから回答があったのは何社ですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["シンガポール 24 16 12"], answer=["24"],
         notes="(f) column 回答数（社）; 2024年度 = 令和６年度 (the report prints no Western year)"),
    dict(question="フランスのバイヤーで、今後県産品の扱いを増やしたいと答えたのは何社ありましたか？",
         category="chosa", doc=CHOSA_PDF, evidence=["フランス ７ ３ ４"], answer=["４"],
         notes="(f) continuation page (no header there): row フランス, column 取扱いを増やす意向（社）; ３ "
               "(継続取引あり) is the trap"),
    dict(question="継続的に取引しているバイヤーの数で見ると、２番目に多いのはどこの国・地域ですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["シンガポール 24 16 12"], answer=["シンガポール"],
         notes="(f) ranking in the column 継続取引あり（社）: 台湾 24, シンガポール 16, 米国 14, 香港 13 (香港 is second "
               "by 回答数, the trap)"),
    dict(question="ベトナムから回答したバイヤーのうち、取扱いを増やしたいと考えているのは何％ですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["ベトナム 15 ７ ９"], answer=["60.0%"], computed=True,
         notes="(f) share within a row on the continuation page: 9 / 15 = 60.0 %"),
    dict(question="小売店や飲食店のバイヤーで、少ない量から注文できる点を評価していたのは何社ですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["小ロットで発注できる 35 ９ 38.9"], answer=["９"],
         notes="(g) column 小売・外食業（社）; 小ロット named by paraphrase; 35 (輸入・卸売業) and 38.9 (全体の割合) "
               "are traps"),
    dict(question="品質の高さを理由に挙げた社数は、輸入・卸売業のほうが小売・外食業より何社多いですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["品質が高い 52 36 77.9"], answer=["16社"], computed=True,
         notes="(g) difference across a row: 52 − 36 = 16社"),
    dict(question="この１年に１回だけ注文をくれた海外の取引先は、「継続取引あり」に数えられますか？",
         category="chosa", doc=CHOSA_PDF, evidence=["１年間に２回以上"], answer=["２回以上"],
         notes="definition 「継続取引あり」とは、調査日前の１年間に２回以上…発注したことをいう (no: once is not enough)"),
    dict(question="レストランなど飲食店のバイヤーでは、県産品の取扱いを増やしたいと答えた割合はどのくらいですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["（３）外食業", "増やしたいと答えた割合：40.9％"], answer=["40.9％"],
         notes="sibling sections （１）–（３） of ３ share the labels 回答社数, 増やしたいと答えた割合, 主な要望; （３）外食業 "
               "named by paraphrase; 51.0％ and 43.7％ are the siblings' values, 46.5％ the whole survey's"),
    # --- followups
    dict(question="その場合、１商品当たりの上限額はいくらまでですか？",
         category="followup", doc=HOJO_PDF, evidence=["残留農薬等の検査 50 40 75 50"], answer=["50"],
         history=_turns("残留農薬の検査を小規模事業者が受ける場合、補助率はどれくらいですか？",
                        "小規模事業者の補助率は75％です[1]。"),
         notes="(a) the row and the firm size from the history, the other leaf 小規模事業者／上限額（万円）; 40 "
               "(中小企業者) is the trap"),
    dict(question="それが２年後の年度にはどこまで増えましたか？",
         category="followup", doc=HOJO_PDF, evidence=["輸出向け表示ラベルの作成 15 18 22"], answer=["22"],
         history=_turns("2022年度に、表示ラベルの作成で補助を受けたのは何件でしたか？",
                        "2022年度（令和４年度）は15件でした[1]。"),
         notes="(c) the row from the history, the column two fiscal years later (令和６年度)"),
    dict(question="その先生たちは、県内で合わせて何回授業をしましたか？",
         category="followup", doc=KORYU_PDF, evidence=["中学校 ４ ５ 15"], answer=["15"],
         history=_turns("ケルソン州から受け入れた中学校の先生は何人でしたか？",
                        "受入の中学校の教員は４人でした[1]。"),
         notes="(d) the row from the history (受入／中学校), column 授業実践（回）; 派遣／中学校 (12) is the trap"),
    dict(question="そこで継続取引があるバイヤーは何社ですか？",
         category="followup", doc=CHOSA_PDF, evidence=["香港 34 13 15"], answer=["13"],
         history=_turns("香港のバイヤーからは何社の回答がありましたか？",
                        "香港からは34社が回答しました[1]。"),
         notes="(f) the row from the history (香港), column 継続取引あり（社）; 15 (取扱いを増やす意向) is the trap"),
    dict(question="そこに電話で相談したいのですが、番号は何番ですか？",
         category="followup", doc=CHOSA_PDF, evidence=["商談の相談）　電話：099-296-3400"], answer=["099-296-3400"],
         history=_turns("県産品を扱ってくれる海外のバイヤーを紹介してもらえる窓口はありますか？",
                        "萩県海外ビジネス支援センターが、バイヤーの紹介や商談の相談を受け付けています[1]。"),
         notes="contact box of the survey report: the センター's phone; the 班's phone 099-296-3310 and fax "
               "099-296-3319 are the near misses"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="補助金を使ってラベルや検査に対応した商品は、その後、輸出額がどのくらい伸びましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the grants (by year and by cost item) and three cases, nothing on the exports that "
               "followed",
         absent=["輸出額", "輸出実績"]),
    dict(question="交付の実績を輸出先の国別に分けると、台湾向けの商品は何件でしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="grants are given by year and by cost item only; the cases name 米国, 香港 and ドイツ, and 台湾 is a row "
               "of the buyer survey (a near miss in another document)",
         absent=["輸出先別", "輸出先国別"]),
    dict(question="派遣された先生たちは、どの教科の担当が多かったのですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the exchange report gives the teachers by school type only (英語の授業 appears in the programmes and "
               "comments, a near miss)",
         absent=["教科別", "担当教科"]),
    dict(question="ケルソン州に派遣された先生の平均年齢を教えてください。",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="no ages are given (the teachers by school type and group only)",
         absent=["年齢"]),
    dict(question="回答したバイヤー１社当たり、県産品を年間どれくらいの金額で仕入れていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey counts buyers (by country, type, reasons and intentions), no purchase amounts",
         absent=["仕入額", "取引額", "取扱額", "購入額"]),
    dict(question="回答したバイヤーのうち、他の都道府県の産品も扱っているのは何社ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="not asked in the survey (日本国内での評判 is a reason in (g), a near miss)",
         absent=["他県", "他の都道府県"]),
]
CATEGORY_COUNTS = {"hojo": 11, "koryu": 10, "chosa": 8, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h28q", "h28t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G = ("経費区分別の補助率と上限額", "交付実績の推移", "経費区分別の交付件数", "学校種別の参加状況",
                       "事業費の内訳", "国・地域別の回答状況", "県産品を取り扱う理由（複数回答）")
LETTERS = dict(zip((A, B, C, D, E, F, G), "abcdefg"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y) -> Decimal:
    return half_up(Decimal(x) / Decimal(y), "0.1")


COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h28q05": lambda g: _pct(g(B, "令和６年度", "交付件数（件）", 2024), g(B, "令和６年度", "申請件数（件）", 2024)),
    "h28q07": lambda g: f"{g(C, '栄養成分の分析', '令和６年度', 2024) - g(C, '栄養成分の分析', '令和４年度', 2022)}件",
    "h28q15": lambda g: f"{g(D, '派遣／小学校', '参加教員（人）', 2024) + g(D, '受入／小学校', '参加教員（人）', 2024)}人",
    "h28q18": lambda g: f"{_avg(g(E, '合計', '派遣', 2024), sum(g(D, f'派遣／{t}', '参加教員（人）', 2024) for t in SCHOOL_TYPES))}万円",
    "h28q25": lambda g: _pct(g(F, "ベトナム", "取扱いを増やす意向（社）", 2024), g(F, "ベトナム", "回答数（社）", 2024)),
    "h28q27": lambda g: f"{g(G, '品質が高い', '輸入・卸売業（社）', 2024) - g(G, '品質が高い', '小売・外食業（社）', 2024)}社",
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {HOJO_PDF: (2, 3), KORYU_PDF: (2, 3), CHOSA_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (120, 170)
TABLE_QUESTIONS = 20  # at least, over all categories
BEFORE_BREAK_ROWS = ("台湾", "香港")  # rows of (f) expected before the page break
CONTINUED_ROWS = ("ベトナム", "フランス", "その他", "合計")  # and after it
WESTERN_PRINTED = {HOJO_PDF: ["2025年"], KORYU_PDF: ["1992年"], CHOSA_PDF: []}  # every Western year printed


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout28.py")
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
    n_table = sum(bool(table_of(q)) for q in questions if q["doc"] and q["category"] != "followup")
    if n_table < TABLE_QUESTIONS:
        errors.append(f"{n_table} table questions outside the followups, expected at least {TABLE_QUESTIONS}")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout28.py")
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
        for part in g["row"].split(GROUP_SEP):  # a grouped row: the group and the row label
            if norm(part) not in page_text(g["doc"], g["page"]):
                errors.append(f"{g['id']}: row {part!r} not on page {g['page']} of {g['doc']}")
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
    """Totals add up inside each table and between tables and the prose's data."""
    errors = []
    t = defaultdict(lambda: defaultdict(dict))
    for g in gold:
        t[g["table"]][g["row"]][g["column"]] = g["number"]

    def adds_up(table, cols):
        tab = t[table]
        for col in cols:
            if tab["合計"][col] != sum(r[col] for row, r in tab.items() if row != "合計"):
                errors.append(f"{table}: 合計 of {col} does not add up")

    # (a): small firms get at least the general rate and cap; no cap above the firm's cap of note ※２
    for row, r in t[A].items():
        if r["小規模事業者／補助率（％）"] < r["中小企業者／補助率（％）"]:
            errors.append(f"{A} / {row}: 小規模事業者 rate below the 中小企業者 rate")
        if r["小規模事業者／上限額（万円）"] < r["中小企業者／上限額（万円）"]:
            errors.append(f"{A} / {row}: 小規模事業者 cap below the 中小企業者 cap")
        if r["小規模事業者／上限額（万円）"] > COMPANY_CAP:
            errors.append(f"{A} / {row}: a cap above the firm's cap of note ※２")
    # (b): applications and grants grow every year; grants within applications
    b = t[B]
    for col in ("申請件数（件）", "交付件数（件）"):
        ns = [b[r][col] for r in b]
        if ns != sorted(set(ns)):
            errors.append(f"{B}: {col} should grow every year")
    if any(r["交付件数（件）"] > r["申請件数（件）"] for r in b.values()):
        errors.append(f"{B}: 交付件数 above 申請件数")
    # (c): 合計 adds up; its rows are (a)'s; per year, each item within (b)'s grants and the 合計 above them (※４)
    c = t[C]
    years = [era(y) for y in BY_COST_YEARS]
    adds_up(C, years)
    if [row for row in c if row != "合計"] != list(t[A]):
        errors.append(f"{C}: its rows should be the cost items of {A}")
    for y in years:
        granted = b[y]["交付件数（件）"]
        if c["合計"][y] <= granted:
            errors.append(f"{C}: 合計 of {y} should exceed the grants of {B} (note ※４)")
        if any(r[y] > granted for row, r in c.items() if row != "合計"):
            errors.append(f"{C}: a cost item of {y} above the grants of {B}")
        top = max((row for row in c if row != "合計"), key=lambda row: c[row][y])
        if top != "輸出向け表示ラベルの作成" or sorted(r[y] for row, r in c.items() if row != "合計")[-2] == c[top][y]:
            errors.append(f"{C}: 「表示ラベルの作成が毎年度最も多く」 does not hold in {y}")
    # (d): 合計 adds up over both groups; the groups match the prose and the sibling sections
    d = t[D]
    cols = ("参加教員（人）", "交流校（校）", "授業実践（回）")
    adds_up(D, cols)
    for group in TEACHERS:
        rows = [r for row, r in d.items() if row.startswith(group + GROUP_SEP)]
        if len(rows) != len(SCHOOL_TYPES):
            errors.append(f"{D}: group {group} should have {len(SCHOOL_TYPES)} rows")
        best = max(SCHOOL_TYPES, key=lambda s: d[f"{group}{GROUP_SEP}{s}"]["参加教員（人）"])
        if best != "高等学校" or sorted(r["参加教員（人）"] for r in rows)[-2] == d[f"{group}{GROUP_SEP}高等学校"]["参加教員（人）"]:
            errors.append(f"{D}: 「高等学校の教員が最も多かった」 does not hold for {group}")
    sent = sum(r["参加教員（人）"] for row, r in d.items() if row.startswith("派遣" + GROUP_SEP))
    received = sum(r["参加教員（人）"] for row, r in d.items() if row.startswith("受入" + GROUP_SEP))
    if (sent, received) != (20, 14):
        errors.append(f"{D}: the questions and the prose rely on 派遣20人 and 受入14人, got {sent} and {received}")
    # (e): 計 = 派遣 + 受入; 合計 adds up; its 計 is the 事業費 line; the host families' fee
    e = t[E]
    adds_up(E, ("派遣", "受入", "計"))
    for row, r in e.items():
        if r["計"] != r["派遣"] + r["受入"]:
            errors.append(f"{E} / {row}: 計 is not 派遣 + 受入")
    if e["合計"]["計"] != total_cost():
        errors.append(f"{E}: 合計 differs from the 事業費 line")
    if e["ホストファミリー謝礼"]["受入"] != HOST_FEE * received or e["ホストファミリー謝礼"]["派遣"] != 0:
        errors.append(f"{E}: ホストファミリー謝礼 is not {HOST_FEE}万円 × {received} families (note ※４)")
    # (f): 合計 adds up; the parts within 回答数; rankings the questions rely on
    f = t[F]
    fcols = ("回答数（社）", "継続取引あり（社）", "取扱いを増やす意向（社）")
    adds_up(F, fcols)
    for row, r in f.items():
        if r["継続取引あり（社）"] > r["回答数（社）"] or r["取扱いを増やす意向（社）"] > r["回答数（社）"]:
            errors.append(f"{F} / {row}: a part above 回答数")
    ranked = {col: sorted((row for row in f if row != "合計"), key=lambda row: -f[row][col]) for col in fcols}
    if ranked["回答数（社）"][:3] != ["台湾", "香港", "米国"]:
        errors.append(f"{F}: 「台湾…最も多く、香港、米国が続いた」 does not hold")
    cont = [f[row]["継続取引あり（社）"] for row in ranked["継続取引あり（社）"]]
    if ranked["継続取引あり（社）"][:2] != ["台湾", "シンガポール"] or len(set(cont[:3])) != 3:
        errors.append(f"{F}: シンガポール should be the only second by 継続取引あり")
    # (g): the per cents are the shares of the buyers with 継続取引あり, in descending order
    n_all = sum(n for _t, n in BUYER_TYPES)
    if f["合計"]["継続取引あり（社）"] != n_all:
        errors.append(f"{G}: its ｎ ({n_all}) differs from (f)'s 合計 継続取引あり")
    shares = []
    for name, a, bb in REASONS:
        r = t[G][name]
        if (r["輸入・卸売業（社）"], r["小売・外食業（社）"]) != (a, bb) or _dec(r["全体の割合（％）"]) != pct1(a + bb, n_all):
            errors.append(f"{G} / {name}: the per cent differs from the counts")
        if a > BUYER_TYPES[0][1] or bb > BUYER_TYPES[1][1]:
            errors.append(f"{G} / {name}: a count above its ｎ")
        shares.append(a + bb)
    if shares != sorted(shares, reverse=True) or len(set(shares)) != len(shares):
        errors.append(f"{G}: rows should be in strictly descending order of 全体")
    return errors


def _dec(x) -> Decimal:
    return Decimal(str(x))


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    countries = specs["countries"]
    bp = sorted({g["page"] for g in gold if g["table"] == F})
    if len(bp) != 2:
        errors.append(f"{F} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(countries.header[0]))
        on = [i + 1 for i, p in enumerate(pages[CHOSA_PDF]) if header in norm(p)]
        if countries.repeat_header or on != bp[:1]:
            errors.append(f"{F}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == F and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == F and g["page"] == bp[1]}
        if not 3 <= len(first) <= 8:
            errors.append(f"{F}: {len(first)} rows before the page break, expected 3-8")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{F}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("「その他」は、マレーシア") not in norm(pages[CHOSA_PDF][bp[1] - 1]):
            errors.append(f"{F}: note ※１ should follow the table on the continuation page")
    for key in ("rates", "grants", "bycost", "teachers", "costs", "reasons"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["costs"].ruled or not all(s.ruled for k, s in specs.items() if k != "costs"):
        errors.append(f"only {E} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns, units from the leaves
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["中小企業者／補助率（％）", "中小企業者／上限額（万円）", "小規模事業者／補助率（％）", "小規模事業者／上限額（万円）"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if [g["unit"] for g in gold if g["table"] == A][:4] != ["%", "万円", "%", "万円"]:
        errors.append(f"{A}: units should come from the leaves")
    # (b): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::3] != [y for y, *_x in GRANT_YEARS]:
        errors.append(f"{B}: expected years as rows")
    # (c): fiscal years as columns, the fiscal year of each cell from its column
    ccols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == C))
    if ccols != [era(y) for y in BY_COST_YEARS] or \
            any(g["fiscal_year"] != fiscal_year(g["column"]) for g in gold if g["table"] == C):
        errors.append(f"{C}: expected the fiscal years as columns, got {ccols}")
    # (d): a stub header naming the row axis, the group cell spanning its rows and printed once
    tspec = specs["teachers"]
    if tspec.header[0][:2] != ["区分", "学校種"] or tspec.group_col != 0 or tspec.label_col != 1:
        errors.append(f"{D}: expected the stub header 区分 / 学校種 over the row labels")
    n = len(SCHOOL_TYPES)
    if tspec.spans[:2] != [((0, 1), (0, n)), ((0, n + 1), (0, 2 * n))]:
        errors.append(f"{D}: each 区分 cell should span its {n} rows")
    dpage = {g["page"] for g in gold if g["table"] == D}
    if len(dpage) == 1:
        ptext = norm(pages[KORYU_PDF][min(dpage) - 1])
        for group, vals in TEACHERS.items():
            if norm(group + SCHOOL_TYPES[0] + "".join(fw(x) for x in vals[0])) not in ptext:
                errors.append(f"{D}: group {group} is not printed before its first row")
            for s in SCHOOL_TYPES[1:]:
                if norm(group + s) in ptext:
                    errors.append(f"{D}: group {group} printed again before {s}")
    drows = [g["row"] for g in gold if g["table"] == D][::3]
    if drows[0] != f"派遣{GROUP_SEP}小学校" or drows[-1] != "合計" or len(drows) != 2 * n + 1:
        errors.append(f"{D}: expected the rows 派遣／…, 受入／… and 合計, got {drows}")
    # (e): 万円 from the caption note only
    if {g["unit"] for g in gold if g["table"] == E} != {"万円"}:
        errors.append(f"{E}: expected 万円 only")
    # (g): the 全体の割合 column in per cent
    if {g["unit"] for g in gold if g["table"] == G and g["column"] == "全体の割合（％）"} != {"%"}:
        errors.append(f"{G}: expected per cents in 全体の割合")
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
        # each section on one page: the page of heading i holds the i-th occurrence of every label
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

    def contacts(doc, want, what):
        text = norm("\n".join(pages[doc]))
        got = re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text)
        if got != want or not all(re.fullmatch(PHONE_RE, x) for x in got):
            errors.append(f"{what}: the contact box should give {want} (099-29x-xxxx), got {got}")
        # the 班's phone and fax on one line
        if not any(f"電話：{want[0]}" in x and f"ファクス：{want[1]}" in x for x in "\n".join(pages[doc]).splitlines()):
            errors.append(f"{what}: the 班's phone and fax should share one line")
        mails = re.findall(r"[\w.-]+@[\w.-]+", text)
        if len(mails) != 1 or not mails[0].endswith(MAIL_DOMAIN):
            errors.append(f"{what}: expected one mail address ending in {MAIL_DOMAIN}, got {mails}")

    def western(doc, what):
        got = re.findall(r"(?:19|20)\d\d年", norm("\n".join(pages[doc])))
        if got != WESTERN_PRINTED[doc]:
            errors.append(f"{what}: the Western years printed are {got}, expected {WESTERN_PRINTED[doc]}")

    def qa_lines(doc, n, what):
        raw = "\n".join(pages[doc]).splitlines()
        if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != n or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != n:
            errors.append(f"{what}: expected {n} Ｑ lines and {n} Ａ lines")

    hj = norm("\n".join(pages[HOJO_PDF]))
    siblings(hj, HOJO_PDF, ("輸出先：", "対応した内容：", "補助金の額："), [c[0] for c in CASES])
    if norm(f"延べ{sum(r[2] for r in GRANT_YEARS)}件、{sum(r[3] for r in GRANT_YEARS):,}万円") not in hj:
        errors.append("subsidy guide: the five-year totals in the prose differ from (b)")
    last = GRANT_YEARS[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件、{last[3]}万円を交付") not in hj:
        errors.append("subsidy guide: the 令和６年度 figures in the prose differ from (b)")
    rates = {r[0]: r for r in RATES}
    for head, _where, what, amount in CASES:
        caps = sum(rates[x][4] for x in what.split("、"))
        if int(amount.rstrip("万円")) > min(caps, COMPANY_CAP):
            errors.append(f"subsidy guide: case {head} gets more than its caps allow")
    for dfn in ("「県産原材料使用食品」とは", "「小規模事業者」とは"):
        if norm(dfn) not in hj:
            errors.append(f"subsidy guide: the definition {dfn} is missing")
    western(HOJO_PDF, "subsidy guide")
    qa_lines(HOJO_PDF, 3, "subsidy guide")
    steps_of(HOJO_PDF, "①②③④⑤⑥", "subsidy guide")
    contacts(HOJO_PDF, ["099-292-4410", "099-292-4419", "099-292-4500"], "subsidy guide")

    kr = norm("\n".join(pages[KORYU_PDF]))
    siblings(kr, KORYU_PDF, ("日程：", "参加者：", "主な内容："), [p[0] for p in PROGRAMMES])
    sent, received = teacher_sum("派遣", 0), teacher_sum("受入", 0)
    if norm(f"派遣{sent}人、受入{received}人の計{sent + received}人") not in kr or \
            norm(f"前年度（{PREV_TEACHERS}人）より{fw(sent + received - PREV_TEACHERS)}人増えた") not in kr:
        errors.append("exchange report: the teachers in the prose differ from (d)")
    want_sib = [f"教員{sent}人", f"{STATE}の{teacher_sum('派遣', 1)}校", f"教員{received}人（ホストファミリー{received}世帯）",
                f"県内の{teacher_sum('受入', 1)}校"]
    for w in want_sib:
        if norm(w) not in kr:
            errors.append(f"exchange report: the sibling sections should say {w} (from (d))")
    if norm(f"事業費は{total_cost():,}万円") not in kr:
        errors.append("exchange report: the cost in the prose differs from (e)")
    for dfn in ("「派遣」とは", "「受入」とは", "「交流校」とは"):
        if norm(dfn) not in kr:
            errors.append(f"exchange report: the definition {dfn} is missing")
    western(KORYU_PDF, "exchange report")
    steps_of(KORYU_PDF, "①②③", "exchange report")
    contacts(KORYU_PDF, ["099-294-2210", "099-294-2219", "099-294-2300"], "exchange report")

    ch = norm("\n".join(pages[CHOSA_PDF]))
    siblings(ch, CHOSA_PDF, ("回答社数：", "増やしたいと答えた割合：", "主な要望："), [s[0] for s in SEGMENTS])
    total = respondents()
    if norm(f"{total}社（回答率{pct1(total, TARGET)}％）") not in ch:
        errors.append("survey report: the response line differs from (f)")
    asia = sum(r[1] for r in COUNTRIES if r[0] in ASIA)
    if norm(f"アジアの７か国・地域からの回答は{asia}社") not in ch or not 0.7 < asia / total < 0.8 or len(ASIA) != 7:
        errors.append("survey report: 「アジアの７か国・地域…７割を超えた」 does not hold")
    big = [r[0] for r in COUNTRIES if r[1] >= 10 and r[0] != "その他"]
    if len(big) != 9 or sum(x in ASIA for x in big) != 7:
        errors.append("survey report: 「回答数が10社以上の国・地域は９か国・地域で、そのうち７か国・地域がアジア」 does not hold")
    cont = sum(r[2] for r in COUNTRIES)
    if not 0.45 <= cont / total <= 0.55:
        errors.append("survey report: 「継続取引ありのバイヤーは…約半数」 does not hold")
    if sum(n for _s, n in INTENTIONS) != total or sum(s[1] for s in SEGMENTS) != total:
        errors.append("survey report: the intentions or the business types do not add up to the respondents")
    inc = dict(INTENTIONS)["増やしたい"]
    if inc != sum(r[3] for r in COUNTRIES) or inc != sum(s[2] for s in SEGMENTS) \
            or norm(f"「増やしたい」が{inc}社（{pct1(inc, total)}％）") not in ch:
        errors.append("survey report: 「増やしたい」 differs between the prose, (f) and the sibling sections")
    if norm(f"輸入商社・卸売業が{SEGMENTS[0][1]}社、小売業が{SEGMENTS[1][1]}社、外食業が{SEGMENTS[2][1]}社") not in ch:
        errors.append("survey report: the business types in the prose differ from the sibling sections")
    if BUYER_TYPES[0][1] > SEGMENTS[0][1] or BUYER_TYPES[1][1] > SEGMENTS[1][1] + SEGMENTS[2][1]:
        errors.append("survey report: more buyers with 継続取引あり than respondents of a business type")
    by_a = sorted(REASONS, key=lambda r: -r[1])
    by_b = sorted(REASONS, key=lambda r: -r[2])
    if by_a[0][0] != "品質が高い" or by_b[0][0] != "品質が高い" or by_a[1][0] != "小ロットで発注できる" \
            or by_b[1][0] != "日本国内での評判が良い" or by_a[1][1] == by_a[2][1] or by_b[1][2] == by_b[2][2]:
        errors.append("survey report: the ranking of the reasons in the prose does not hold")
    for dfn in ("「バイヤー」とは", "「県産品」とは", "「継続取引あり」とは"):
        if norm(dfn) not in ch:
            errors.append(f"survey report: the definition {dfn} is missing")
    western(CHOSA_PDF, "survey report")
    steps_of(CHOSA_PDF, "①②③④", "survey report")
    contacts(CHOSA_PDF, ["099-296-3310", "099-296-3319", "099-296-3400"], "survey report")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
