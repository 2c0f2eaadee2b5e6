"""Build the 柳県 held-out set 46: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (柳県 and every town, scheme, organisation, phone number, address
and figure; マレーシア is real, ムリア州 is not). The documents are in three genres the earlier sets
do not use: a grant guideline (交付要綱) for a subsidy towards small firms teaching Japanese to
their foreign employees (外国人従業員日本語学習支援補助金) with a two-level header of rates by firm
size and caps by the number of employees taught, a yearly record (years as rows) and the grants by
industry and cost item with a total column on the right; the results report (実績報告書) of the
economic exchange with the prefecture's sister state in Malaysia (柳県・ムリア州経済交流事業) with
its indicators (fiscal years as columns and a 単位 column), the business meetings and deals by
field (a table continued over a page break without its header) and the joint projects' budgets
(a table without ruling lines); and a call for exhibitors (出品事業者募集要項) for the
prefecture's food fairs in supermarkets abroad (海外量販店フェア) with the fees by product class
and fair, the selection criteria (a numbered first column) and the sales by product group with
subtotal rows; see README.md beside this file.

    python make_heldout46.py [OUTPUT_DIR]          # default: this file's directory

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

YOKO_PDF = "yanagi_nihongo_gakushu_hojokin_kofu_yoko_r7.pdf"
KORYU_PDF = "yanagi_muria_keizai_koryu_jisseki_hokoku_r6.pdf"
FAIR_PDF = "yanagi_kaigai_ryohanten_fair_boshu_yoko_r7.pdf"
ALL_PDFS = (YOKO_PDF, KORYU_PDF, FAIR_PDF)

UNITS = ("万円", "円", "件", "人", "社", "団", "者", "品目", "点", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_RE = r"099-50\d-\d{4}"  # every phone and fax number of the set: 099-50x-xxxx
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
    """The unit in brackets at the end of a label (申請件数（件） -> 件), NFKC."""
    m = re.search(r"（([^（）]+)）$", text)
    return nfkc(m.group(1)) if m else None


def half_up(x: Decimal, q: str) -> Decimal:
    return x.quantize(Decimal(q), ROUND_HALF_UP)


def pct1(k: int, n: int) -> Decimal:
    """k / n in per cent with one decimal, rounded half up."""
    return half_up(Decimal(k * 100) / Decimal(n), "0.1")


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf and an optional
    column left of the label column that is no gold cell (a number （１） or a group)."""

    stub_col: int | None = None

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


def article(text: str):
    """An article or a numbered paragraph of a guideline (第１条　…, ２　…), hanging by one em."""
    return [P(t.strip(), hanging(0, 1)) for t in text.strip().split("\n") if t.strip()]


def numbered(items, level: int):
    return [P(t, hanging(level, 2)) for t in items]


def bullets(items, level: int):
    return [P(f"○ {t}", hanging(level, 1)) for t in items]


def notes(items):
    return [P(t, docgen.NOTE) for t in items]


def lv_lines(pairs, level: int):
    return [P(f"{k}：{v}", hanging(level, 1)) for k, v in pairs]


PREF = "柳県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: Japanese-learning subsidy, grant guideline
YOKO = f"{PREF}外国人従業員日本語学習支援補助金"
YOKO_DEPT = f"{PREF} 商工労働部 労働政策課"
CENTER = f"{PREF}外国人材受入サポートセンター"
DEPOPULATED = ("鷲尾町", "早瀬町", "岳浦町")  # 過疎地域 (第２条第４項)
DEPOPULATED_BONUS = 10  # note ※１: points added to the rate
RATES = [  # 経費区分; 補助率（％）: 中小企業者, 小規模事業者; 上限額（万円）: 受講者５人以下, 受講者６人以上 (令和７年度)
    ("日本語講座の受講料", 50, 75, 20, 40), ("日本語教材の購入費", 50, 75, 5, 10),
    ("講師の謝金", 50, 60, 30, 50), ("講師の旅費", 40, 50, 10, 15),
    ("日本語能力試験の受験料", 75, 100, 3, 6),
]
COMPANY_CAP = 100  # note ※２: 万円 per firm
RECORD = [  # 年度, 申請件数, 交付件数, 受講者数（人）, 交付額（万円）
    (2020, 12, 10, 38, 214), (2021, 19, 16, 61, 352), (2022, 27, 23, 95, 541),
    (2023, 35, 30, 128, 733), (2024, 44, 38, 167, 902),
]
GRANT_ITEMS = ("受講料", "教材費", "講師の謝金・旅費", "受験料")
INDUSTRY_GRANTS = [  # 業種, 受講料, 教材費, 講師の謝金・旅費, 受験料 (万円, 令和６年度)
    ("食料品製造業", 128, 21, 96, 12), ("金属・機械製造業", 142, 18, 64, 9), ("建設業", 58, 9, 41, 5),
    ("介護・福祉", 86, 14, 38, 11), ("その他", 84, 14, 43, 9),
]
CASES = [  # 見出し, 受講者数, 主な取組, 補助金の額 (same labels in every sibling section)
    ("食料品製造業Ａ社（柳市）", "８人", "講師を工場に招き、週２回の日本語講座を開いた", "62万円"),
    ("建設業Ｂ社（沖津市）", "４人", "オンラインの日本語講座を受講し、日本語能力試験を受験した", "18万円"),
    ("介護事業Ｃ社（早瀬町）", "６人", "介護の用語に絞った教材を購入し、講師に謝金を支払った", "47万円"),
]
EXCLUDED = [  # 補助の対象としない経費 (第５条)
    "受講する時間の外国人従業員の賃金及び手当",
    "通訳又は翻訳を外部に依頼する経費",
    "日本人の従業員が外国語を学ぶための経費",
    "交付決定の日より前に契約し、又は支払った経費",
]


def yoko_specs():
    rates = TableSpec(
        key="rates", doc=YOKO_PDF, title="補助対象経費、補助率及び上限額",
        header=[["経費区分", "補助率（％）", "", "上限額（万円）", ""],
                ["", "中小企業者", "小規模事業者", "受講者５人以下", "受講者６人以上"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in RATES],
        col_widths=[52 * mm, 26 * mm, 27 * mm, 27 * mm, 28 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    record = TableSpec(
        key="record", doc=YOKO_PDF, title="年度別の交付実績",
        header=[["年度", "申請件数（件）", "交付件数（件）", "受講者数（人）", "交付額（万円）"]],
        rows=[[era(y), fw(a), fw(b), fw(c), fw(d)] for y, a, b, c, d in RECORD],
        col_widths=[30 * mm, 32 * mm, 32 * mm, 32 * mm, 32 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    rows = [[n] + [fw(x) for x in xs] + [fw(sum(xs))] for n, *xs in INDUSTRY_GRANTS]
    sums = [sum(r[j] for r in INDUSTRY_GRANTS) for j in range(1, 5)]
    rows.append(["合計"] + [fw(x) for x in sums] + [fw(sum(sums))])
    grants = TableSpec(
        key="grants", doc=YOKO_PDF, title="業種別・経費別の交付額",
        header=[["業種"] + list(GRANT_ITEMS) + ["計"]],
        rows=rows, col_widths=[40 * mm, 22 * mm, 22 * mm, 34 * mm, 22 * mm, 20 * mm], table_fy=2024, unit="万円",
    )
    return rates, record, grants


def yoko_story(specs):
    rates, record, grants = specs
    n_all, amt_all, people = (sum(r[j] for r in RECORD) for j in (2, 4, 3))
    last = RECORD[-1]
    st = [Spacer(1, 2 * mm), P(f"{YOKO}交付要綱", TITLE), Spacer(1, 1 * mm),
          P("令和２年４月１日制定　令和７年３月28日改正", DATE_RIGHT), P(YOKO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("（趣旨）", H2)]
    st += article(f"""
第１条　この要綱は、県内の中小企業者が雇用する外国人従業員の日本語の学習を支援し、職場への定着と能力の発揮を図るため、予算の範囲内で交付する{YOKO}（以下「補助金」という。）に関し、{PREF}補助金等交付規則に定めるもののほか、必要な事項を定める。
""")
    st += [P("（定義）", H2)]
    st += article(f"""
第２条　この要綱において「外国人従業員」とは、日本国籍を有しない者で、補助対象者に常時雇用され、県内の事業所で働くものをいう。
２　この要綱において「小規模事業者」とは、常時使用する従業員の数が20人（商業又はサービス業を主たる事業として営む者は５人）以下の中小企業者をいう。
３　この要綱において「受講者」とは、補助事業として日本語の講座等を受ける外国人従業員をいい、受講者の数は交付申請の時点の数による。
４　この要綱において「過疎地域」とは、{"、".join(DEPOPULATED[:-1])}及び{DEPOPULATED[-1]}の区域をいう。
""")
    st += [P("（補助対象者）", H2)]
    st += article("""
第３条　補助金の交付の対象となる者（以下「補助対象者」という。）は、県内に事業所を有する中小企業者（個人事業主を含む。）で、外国人従業員を１人以上雇用しているものとする。ただし、県税を滞納している者を除く。
""")
    st += [P("（補助対象経費、補助率及び上限額）", H2)]
    st += article("""
第４条　補助対象経費、補助率及び上限額は、別表のとおりとする。
""")
    st += [P("（補助の対象としない経費）", H2)]
    st += article("第５条　次に掲げる経費は、補助の対象としない。")
    st += bullets(EXCLUDED, 0)
    st += [P("（交付の手続）", H2)]
    st += article("第６条　補助金の交付の手続は、次のとおりとする。")
    st += numbered([
        f"① 事前相談（労働政策課又は{CENTER}へ）",
        "② 交付申請書の提出（受講計画書と見積書を添えて、募集期間内に提出）",
        "③ 審査と交付決定の通知（申請の受付から30日以内）",
        "④ 日本語講座等の実施（交付決定の日から令和８年２月27日までに終えること）",
        "⑤ 実績報告書の提出（事業の完了から30日以内。遅くとも令和８年３月10日まで）",
        "⑥ 補助金の額の確定と支払",
    ], 0)
    st += [P("（補助金の返還）", H2)]
    st += article("""
第７条　知事は、補助対象者が偽りその他不正な手段により補助金の交付を受けたときは、補助金の全部又は一部の返還を命ずる。
２　受講者が補助事業の期間中に退職した場合であっても、その受講者に係る補助金を返還する必要はない。
""")
    st += [P("附　則", H2)]
    st += article("この要綱は、令和７年４月１日から施行する。")
    st += [P("別表（第４条関係）", H1)]
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        f"※１ 過疎地域にある事業所の外国人従業員のための経費は、上表の補助率に{DEPOPULATED_BONUS}ポイントを加える"
        "（100％を超えない）。上限額は変わらない。",
        f"※２ 補助金の額は、１事業者当たり{COMPANY_CAP}万円を上限とし、千円未満の端数は切り捨てる。",
    ])
    st += [P("（参考１）令和７年度の募集", H1)]
    st += lv_lines([
        ("募集期間", "令和７年５月12日から12月26日まで（予算額に達した時点で締め切る）"),
        ("予算額", "1,800万円"),
        ("交付予定件数", "45件程度"),
        ("申請先", f"{YOKO_DEPT}"),
    ], 0)
    st += [P("（参考２）これまでの交付実績", H1)]
    st += paras(f"""
制度を始めた令和２年度（2020年度）から令和６年度までに、延べ{n_all}件、{amt_all:,}万円を交付し、延べ{people}人の外国人従業員が受講した。令和６年度は{last[1]}件の申請があり、{last[2]}件に交付した。受講者の国籍は、ベトナムが最も多く、次いでインドネシア、フィリピンの順であった。業種別では、食料品製造業への交付額が最も多い。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += [caption(grants.title, "（令和６年度、単位：万円）"), grants.flowable(), Spacer(1, 2)]
    st += notes(["※３ 「その他」は、宿泊業、飲食サービス業、農業等である。"])
    st += [P("（参考３）交付事例（令和６年度）", H1)]
    for i, (head, n, what, amount) in enumerate(CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("受講者数", n), ("主な取組", what), ("補助金の額", amount)], 1)
    st += [CondPageBreak(30 * mm), P("問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{YOKO_DEPT} 外国人材活躍推進班　電話：099-501-3320　ファクス：099-501-3329",
        f"{CENTER}（日本語講座と講師の紹介）　電話：099-501-3400",
        "電子メール：yanagi-nihongo@example.jp",
    ]))
    return st


# ================================================================ document 2: economic exchange with the sister state, results report
KORYU = f"{PREF}・ムリア州経済交流事業"
KORYU_DEPT = f"{PREF} 商工労働部 国際経済課"
ZAIDAN = f"公益財団法人{PREF}産業振興財団"
YEARS = (2022, 2023, 2024)
INDICATORS = [  # 指標, 単位, 令和４年度, 令和５年度, 令和６年度
    ("派遣した経済交流団", "団", 1, 2, 3), ("派遣団に参加した企業", "社", 14, 26, 38),
    ("受け入れた経済交流団", "団", 1, 1, 2), ("商談件数", "件", 96, 188, 312),
    ("成約件数", "件", 9, 22, 41), ("成約金額", "万円", 2860, 6150, None),  # 令和６年度 = the fields' total
]
FIELDS = [  # 分野, 参加企業数（社）, 商談件数（件）, 成約件数（件）, 成約金額（万円） (令和６年度)
    ("食品・飲料", 12, 86, 14, 3240), ("農林水産物", 6, 34, 5, 1180), ("機械・金属", 8, 52, 6, 2760),
    ("電子部品", 5, 31, 3, 2980), ("化学・プラスチック", 4, 22, 2, 640), ("木材・家具", 4, 18, 3, 720),
    ("環境・エネルギー", 6, 39, 4, 1080), ("観光・サービス", 4, 17, 3, 260), ("その他", 3, 13, 1, 90),
]
DELEGATIONS = [  # 見出し, 日程, 参加企業, 主な成果 (same labels in every sibling section)
    ("食品・農林水産物経済交流団（派遣）", "令和６年７月８日から７月12日まで", "16社",
     "ハラール認証を持つ州内の卸売業者２社と取引を始めた"),
    ("ムリア州製造業視察団（受入）", "令和６年10月21日から10月25日まで", "州内の企業11社",
     "県内の機械メーカー３社の工場を視察し、部品の共同調達を協議した"),
    ("環境・エネルギー経済交流団（派遣）", "令和７年２月17日から２月21日まで", "９社",
     "州の工業団地の排水処理設備の更新を提案した"),
]
OTHER_DELEGATIONS = [  # the two delegations of 令和６年度 without a section: 名称, 時期, 参加企業 (sent only)
    ("機械・電子部品経済交流団", "令和６年11月", 13), ("ムリア州食品輸入業者団", "令和７年１月", None),
]
SURVEY = (42, "88.1")  # participants' survey: answers, per cent 「満足」又は「やや満足」 (prose only)
PROJECTS = [  # 共同プロジェクト, 予算額, うち県負担, うち州負担 (万円, 令和６年度)
    ("ハラール食品の共同開発", 620, 310, 310), ("港湾物流の実証輸送", 840, 500, 340),
    ("再生可能エネルギーの人材育成", 450, 200, 250), ("観光と物産の相互プロモーション", 380, 190, 190),
]


def fields_total(j: int) -> int:
    return sum(r[j] for r in FIELDS)


def indicators():
    """INDICATORS with the 令和６年度 成約金額 filled in from the fields (they must agree)."""
    return [(n, u, a, b, c if c is not None else fields_total(4)) for n, u, a, b, c in INDICATORS]


def koryu_specs():
    trend = TableSpec(
        key="trend", doc=KORYU_PDF, title="主な指標の推移",
        header=[["指標", "単位"] + [era(y) for y in YEARS]],
        rows=[[n, u, fw(a), fw(b), fw(c)] for n, u, a, b, c in indicators()],
        col_widths=[52 * mm, 18 * mm, 30 * mm, 30 * mm, 30 * mm], value_cols=[2, 3, 4],
        align_left_cols=(1,),
    )
    trend.unit = lambda row, c: nfkc(row[1])
    rows = [[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in FIELDS]
    rows.append(["合計"] + [fw(fields_total(j)) for j in (1, 2, 3, 4)])
    fields = TableSpec(
        key="fields", doc=KORYU_PDF, title="分野別の商談と成約",
        header=[["分野", "参加企業数（社）", "商談件数（件）", "成約件数（件）", "成約金額（万円）"]],
        rows=rows, col_widths=[40 * mm, 30 * mm, 30 * mm, 30 * mm, 32 * mm], table_fy=2024, repeat_header=False,
    )
    fields.unit = lambda row, c, s=fields: bracket_unit(s.column_label(c))
    prows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in PROJECTS]
    prows.append(["合計"] + [fw(sum(r[j] for r in PROJECTS)) for j in (1, 2, 3)])
    projects = TableSpec(
        key="projects", doc=KORYU_PDF, title="共同プロジェクトの予算",
        header=[["共同プロジェクト", "予算額", "うち県負担", "うち州負担"]],
        rows=prows, col_widths=[70 * mm, 28 * mm, 28 * mm, 28 * mm], ruled=False, unit="万円", table_fy=2024,
    )
    return trend, fields, projects


def koryu_story(specs):
    trend, fields, projects = specs
    ind = {r[0]: r for r in indicators()}
    talks, deals, amount = fields_total(2), fields_total(3), fields_total(4)
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{KORYU} 実績報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年５月", DATE_RIGHT), P(KORYU_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　事業の概要", H1)]
    st += lv_lines([
        ("事業名", KORYU),
        ("交流先", "マレーシア ムリア州（平成13年（2001年）に姉妹州提携）"),
        ("実施主体", f"{PREF}、{ZAIDAN}"),
        ("実施期間", "令和６年４月から令和７年３月まで"),
        ("事業費", "3,260万円（うち県負担2,450万円）"),
    ], 0)
    st += paras("""
この報告書において「経済交流団」とは、県内の企業、団体等で構成し、県がムリア州へ派遣した団、又はムリア州から県が受け入れた団をいう。「商談」とは、経済交流団に参加した企業が相手側の企業と行った個別の取引の打合せをいい、「成約」とは、商談の結果、売買契約又は取引の合意に至ったものをいう（交渉中のものを含まない）。
""", 0)
    st += [P("２　交流の推移", H1)]
    st += paras(f"""
令和６年度は経済交流団を{fw(ind["派遣した経済交流団"][4])}団派遣し、{fw(ind["受け入れた経済交流団"][4])}団を受け入れた。成約金額は初めて１億円を超えた。
""", 0)
    st += [caption(trend.title), trend.flowable(), Spacer(1, 2)]
    st += notes(["※１ 成約金額は、成約の時点の為替相場で円に換算した（１リンギット＝32円）。"])
    st += [P("３　分野別の商談と成約", H1)]
    st += paras(f"""
令和６年度の商談{talks}件のうち{deals}件が成約し、成約率（成約件数÷商談件数）は{pct1(deals, talks)}％であった。分野別では、食品・飲料が商談件数、成約件数、成約金額のいずれも最も多い。電子部品は、商談件数は少ないが成約金額が大きい。
""", 0)
    st += [caption(fields.title, "（令和６年度）", keep=False), fields.flowable(), Spacer(1, 2)]
    st += notes(["※２ 参加企業数は、派遣団への参加と受入団との商談会への参加を合わせた県内企業の延べ数である。"])
    st += [P("４　令和６年度の主な経済交流団", H1)]
    (o1, t1, f1), (o2, t2, _f2) = OTHER_DELEGATIONS
    st += paras(f"""
令和６年度に派遣し、又は受け入れた{fw(len(DELEGATIONS) + len(OTHER_DELEGATIONS))}団のうち、主な{fw(len(DELEGATIONS))}団の概要は次のとおりである。このほか、{o1}（{t1}、{f1}社）を派遣し、{o2}（{t2}）を受け入れた。
""", 0)
    for i, (head, when, firms, result) in enumerate(DELEGATIONS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("日程", when), ("参加企業", firms), ("主な成果", result)], 1)
    st += [P("５　共同プロジェクト", H1)]
    st += paras("""
令和５年度から、州政府と四つの共同プロジェクトを進めている。港湾物流の実証輸送では、令和６年度に柳港から州の港への試験輸送を３回行い、輸送日数を平均９日から６日に縮めた。
""", 0)
    st += [caption(projects.title, "（令和６年度、単位：万円）"), projects.flowable(), Spacer(1, 2)]
    st += notes(["※３ 州負担は、州政府が支出した額を※１の相場で円に換算した額である。"])
    st += [P("６　課題と今後の取組", H1)]
    st += paras(f"""
参加企業へのアンケート（回答{SURVEY[0]}社）では、経済交流団の内容に「満足」又は「やや満足」と答えた企業が{SURVEY[1]}％であった。一方で、次のような課題が挙げられた。
""", 0)
    st += bullets([
        "成約後の輸送に時間と費用がかかり、少量の取引では採算が合わない。",
        "ハラール認証の取得に時間がかかる。",
        "州の企業との連絡を英語で続けられる人材が社内にいない。",
    ], 0)
    st += paras("これらを踏まえ、次の取組を進める。", 0)
    st += numbered([
        "① 令和７年度は、州都で県産品の商談会を初めて開く。",
        "② 柳港と州の港を結ぶ定期航路の開設を、船会社に働きかける。",
        "③ 州の若手経営者を県内企業に受け入れる短期研修（１回２週間）を始める。",
    ], 0)
    st += [CondPageBreak(34 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KORYU_DEPT} 海外交流班　電話：099-503-2210　ファクス：099-503-2219",
        f"{ZAIDAN} 海外展開支援室（経済交流団への参加申込み）　電話：099-503-2300",
        "電子メール：yanagi-muria@example.jp",
    ]))
    return st


# ================================================================ document 3: supermarket food fairs abroad, call for exhibitors
FAIR = f"{PREF}産品海外量販店フェア"
FAIR_DEPT = f"{PREF} 農林水産部 販売戦略課"
KYOKAI = f"一般社団法人{PREF}物産振興協会"
FAIRS = ("台北フェア", "シンガポールフェア", "クアラルンプールフェア")
FEES = [  # 区分, 台北, シンガポール, クアラルンプール (円, １品目当たり, 令和７年度)
    ("常温品", 12000, 15000, 10000), ("冷蔵品", 18000, 22000, 15000),
    ("冷凍品", 20000, 25000, 16000), ("酒類", 15000, 18000, 12000),
]
FAIR_SITES = [  # 見出し, 会場, 会期, 商品の搬入期限 (same labels in every sibling section)
    ("台北フェア", "台湾 台北市内の量販店２店舗", "令和７年10月17日から10月26日まで", "令和７年９月５日（県指定の倉庫に必着）"),
    ("シンガポールフェア", "シンガポールの百貨店の食品売場１店舗", "令和７年12月５日から12月14日まで", "令和７年10月24日（県指定の倉庫に必着）"),
    ("クアラルンプールフェア", "マレーシア クアラルンプール市内の量販店３店舗", "令和８年２月６日から２月15日まで", "令和７年12月19日（県指定の倉庫に必着）"),
]
CRITERIA = [  # 審査項目, 配点, 基準点
    ("海外の消費者への訴求力", 30, 12), ("商品の品質と独自性", 25, 10),
    ("輸出への対応（賞味期限、表示等）", 20, 8), ("安定した供給体制", 15, 6), ("県産原材料の使用", 10, 4),
]
PASS_MARK = 60  # note ※３
SALES = [  # (小計 label, [(品目区分, 出品事業者数, 出品品目数, 販売額（万円）)]) (令和６年度, three fairs)
    ("小計（常温品）", [("菓子", 9, 31, 412), ("調味料", 7, 24, 286), ("麺類", 5, 15, 198)]),
    ("小計（冷蔵・冷凍品）", [("水産加工品", 6, 17, 354), ("畜産加工品", 4, 11, 231)]),
    ("小計（酒類）", [("日本酒", 6, 19, 468), ("果実酒・リキュール", 3, 8, 157)]),
]
HISTORY = [(2022, 1, 14), (2023, 2, 27)]  # 年度, 会場数, 出品事業者数 (prose only)


def sales_rows():
    """(label, 事業者, 品目, 販売額) rows of the sales table, subtotals after each group, then 合計."""
    out = []
    for sub, members in SALES:
        out += members
        out.append((sub,) + tuple(sum(m[j] for m in members) for j in (1, 2, 3)))
    out.append(("合計",) + tuple(sum(m[j] for _s, ms in SALES for m in ms) for j in (1, 2, 3)))
    return out


def fair_specs():
    fees = TableSpec(
        key="fees", doc=FAIR_PDF, title="区分別の出品料",
        header=[["区分"] + list(FAIRS)],
        rows=[[n, fw(a), fw(b), fw(c)] for n, a, b, c in FEES],
        col_widths=[34 * mm, 36 * mm, 40 * mm, 44 * mm], unit="円", table_fy=2025,
    )
    crows = [[f"（{fw(i)}）", n, fw(a), fw(b)] for i, (n, a, b) in enumerate(CRITERIA, 1)]
    crows.append(["", "合計", fw(sum(r[1] for r in CRITERIA)), fw(sum(r[2] for r in CRITERIA))])
    criteria = TableSpec(
        key="criteria", doc=FAIR_PDF, title="審査項目と配点",
        header=[["番号", "審査項目", "配点（点）", "基準点（点）"]],
        rows=crows, col_widths=[16 * mm, 76 * mm, 28 * mm, 30 * mm], label_col=1, table_fy=2025,
    )
    criteria.stub_col = 0
    criteria.unit = lambda row, c, s=criteria: bracket_unit(s.column_label(c))
    subtotal_labels = tuple(s for s, _m in SALES)
    sales = TableSpec(
        key="sales", doc=FAIR_PDF, title="品目区分別の販売実績",
        header=[["品目区分", "出品事業者数（者）", "出品品目数（品目）", "販売額（万円）"]],
        rows=[[n, fw(a), fw(b), fw(c)] for n, a, b, c in sales_rows()],
        col_widths=[46 * mm, 36 * mm, 36 * mm, 34 * mm], table_fy=2024, bold_rows=("合計",) + subtotal_labels,
    )
    sales.unit = lambda row, c, s=sales: bracket_unit(s.column_label(c))
    return fees, criteria, sales


def fair_story(specs):
    fees, criteria, sales = specs
    total = sales_rows()[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{FAIR} 出品事業者募集要項", TITLE), Spacer(1, 1 * mm),
          P("令和７年６月", DATE_RIGHT), P(FAIR_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　趣旨", H1)]
    (y1, v1, n1), (y2, v2, n2) = HISTORY
    st += paras(f"""
県産の加工食品と酒類の海外での販路を広げるため、海外の量販店で「{FAIR}」を開きます。フェアは令和４年度に{fw(v1)}会場、{n1}事業者で始め、令和５年度は{fw(v2)}会場、{n2}事業者、令和６年度は{fw(len(FAIRS))}会場で延べ{total[1]}事業者が出品しました。
""", 0)
    st += [P("２　募集の概要", H1)]
    st += lv_lines([
        ("事業名", f"令和７年度 {FAIR}"),
        ("対象となる事業者", "県内に事業所を有し、県産の食品又は酒類を製造し、又は加工する中小企業者等"),
        ("募集数", "各フェア15事業者程度"),
        ("出品できる品目数", "１事業者当たり５品目まで"),
        ("申込期限", "令和７年７月18日（金）17時（必着）"),
    ], 0)
    st += paras("""
この要項において「量販店フェア」とは、海外の量販店（スーパーマーケット、百貨店の食品売場等）の売場に県産品のコーナーを設け、一定の期間、県産品を販売する催事をいいます。「品目」とは、商品名、内容量及び温度帯が同じ商品をいい、味や色が異なるものは別の品目として数えます。また、「冷蔵品」とは10℃以下で、「冷凍品」とはマイナス18℃以下で管理する必要がある商品をいいます。
""", 0)
    st += [P("３　各フェアの概要", H1)]
    for i, (head, where, when, due) in enumerate(FAIR_SITES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("会場", where), ("会期", when), ("商品の搬入期限", due)], 1)
    st += [P("４　出品料と経費の負担", H1)]
    st += paras("出品料は、出品する品目の区分とフェアによって次のとおりです。", 0)
    st += [caption(fees.title, "（１品目当たり、単位：円）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 酒類は、温度帯にかかわらず「酒類」の欄の額とします。",
        "※２ 出品料は、選定の通知の後に納付していただきます。選定後に辞退した場合は返還しません。",
    ])
    st += paras("次の経費は県が負担します。", 0)
    st += bullets([
        "売場の装飾と販促物の制作費",
        "県指定の倉庫から会場までの輸送費と通関の手数料",
        "現地の販売員の人件費",
        "試食に使う商品の費用（１品目当たり20個まで）",
    ], 0)
    st += paras("次の経費は出品事業者の負担となります。", 0)
    st += bullets([
        "出品料",
        "県指定の倉庫までの輸送費",
        "現地の会場に出向く場合の旅費",
    ], 0)
    st += paras("""
商品は、現地の輸入業者が日本円で買い取ります。売れ残った商品の返品はありません。
""", 0)
    st += [P("５　選定の方法", H1)]
    st += paras("申込みのあった事業者を、次の項目で審査します。", 0)
    st += [caption(criteria.title), criteria.flowable(), Spacer(1, 2)]
    st += notes([
        f"※３ 各項目の点数が基準点以上で、かつ合計点が{PASS_MARK}点以上の事業者の中から、合計点の高い順に選定します。"
        "同点の場合は、初めて出品する事業者を優先します。",
    ])
    st += paras("申込みから出品までの流れは、次のとおりです。", 0)
    st += numbered([
        "① 申込書と商品の規格書の提出（申込期限まで）",
        "② 書類審査（令和７年７月下旬）",
        "③ オンラインによる面談（令和７年８月上旬）",
        "④ 選定結果の通知（令和７年８月22日までに）",
        "⑤ 出品料の納付（通知から14日以内）と輸出用の表示の準備",
        "⑥ 商品の発送（各フェアの搬入期限まで）",
    ], 0)
    st += [P("６　令和６年度の実績", H1)]
    alc = next(r for r in sales_rows() if r[0] == "小計（酒類）")
    st += paras(f"""
令和６年度は、{fw(len(FAIRS))}会場で延べ{total[1]}事業者が{total[2]}品目を出品し、販売額は{total[3]:,}万円でした。酒類は、出品した事業者は{fw(alc[1])}者と少ないものの、１品目当たりの販売額が最も高くなりました。
""", 0)
    st += [caption(sales.title, "（令和６年度）"), sales.flowable(), Spacer(1, 2)]
    st += notes(["※４ 出品事業者数は、会場ごとの延べ数です。販売額は、３会場の売上げを合計したものです。"])
    st += [CondPageBreak(30 * mm), P("７　申込み・問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{FAIR_DEPT} 輸出促進班　電話：099-507-6140　ファクス：099-507-6149",
        f"{KYOKAI}（商品の輸送と通関）　電話：099-507-6200",
        "電子メール：yanagi-fair@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return yoko_specs() + koryu_specs() + fair_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    yspecs, kspecs, fspecs = yoko_specs(), koryu_specs(), fair_specs()
    ydoc = build_pdf(docs_dir / YOKO_PDF, yspecs, yoko_story(yspecs),
                     f"{YOKO}交付要綱", "令和７年３月28日改正", YOKO_DEPT)
    kdoc = build_pdf(docs_dir / KORYU_PDF, kspecs, koryu_story(kspecs),
                     f"令和６年度 {KORYU} 実績報告書", "令和７年５月", KORYU_DEPT)
    fdoc = build_pdf(docs_dir / FAIR_PDF, fspecs, fair_story(fspecs),
                     f"令和７年度 {FAIR} 出品事業者募集要項", "令和７年６月", FAIR_DEPT)
    gold = all_gold({YOKO_PDF: ydoc.row_pages, KORYU_PDF: kdoc.row_pages, FAIR_PDF: fdoc.row_pages})
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
    # --- yoko: the Japanese-learning subsidy guideline, tables (a) (b) (c), definitions, costs not covered, sibling sections
    dict(question="従業員５人で輸入雑貨を売っているお店から相談を受けています。外国人スタッフが通う日本語講座の受講料は、何％まで補助してもらえますか？",
         category="yoko", doc=YOKO_PDF,
         evidence=["主たる事業として営む者は５人）以下", "日本語講座の受講料 50 75 20 40"], answer=["75"],
         notes="two facts: a shop (商業) with 5 employees is within 「商業又はサービス業…は５人）以下」, so a 小規模事業者 "
               "(第２条第２項, asked at its boundary); (a) two-level header, leaf 補助率（％）／小規模事業者; 50 (中小企業者) "
               "is the trap"),
    dict(question="早瀬町に工場がある従業員12人の縫製会社が、外国人の社員のために日本語の教材を買う場合、補助率は何％になりますか？",
         category="yoko", doc=YOKO_PDF,
         evidence=["常時使用する従業員の数が20人", "早瀬町及び岳浦町の区域", "補助率に10ポイントを加える",
                   "日本語教材の購入費 50 75 ５ 10"],
         answer=["85%"], computed=True,
         notes="three facts and a sum: 12人 (manufacturing) makes a 小規模事業者 (第２条第２項), 早瀬町 is a 過疎地域 "
               "(第２条第４項), note ※１ adds 10 points; (a) leaf 補助率（％）／小規模事業者 75 + 10 = 85 %; 75 is the trap"),
    dict(question="2025年度に、従業員80人の食品工場が外国人社員８人のために外部の講師を招きます。講師の交通費は、いくらまで補助されますか？",
         category="yoko", doc=YOKO_PDF, evidence=["講師の旅費 40 50 10 15"], answer=["15"],
         notes="(a) the caps depend on the number taught, not on the firm size: leaf 上限額（万円）／受講者６人以上 (８人); "
               "10 (５人以下) and the rate 40 are the traps; 2025年度 = 令和７年度 (caption note, printed nowhere in "
               "Western form); 交通費 = 旅費"),
    dict(question="2022年度には、この日本語学習の補助金が何件に交付されましたか？",
         category="yoko", doc=YOKO_PDF, evidence=["令和４年度 27 23 95 541"], answer=["23"],
         notes="(b) years as rows: 2022年度 = 令和４年度 (only 2020年度 is printed in Western form); column "
               "交付件数（件）; 27 (申請件数) is the trap"),
    dict(question="令和６年度は、交付１件当たり平均でいくらの補助金が出た計算になりますか？",
         category="yoko", doc=YOKO_PDF, evidence=["令和６年度 44 38 167 902"], answer=["23.7万円"], computed=True,
         notes="(b) average in a row: 交付額 902 / 交付件数 38 = 23.7万円 (dividing by the 44 applications is the trap)"),
    dict(question="日本語の講座を受けた外国人従業員は、令和５年度から令和６年度にかけて何人増えましたか？",
         category="yoko", doc=YOKO_PDF, evidence=["令和５年度 35 30 128 733", "令和６年度 44 38 167 902"],
         answer=["39人"], computed=True,
         notes="(b) difference between two year rows, column 受講者数（人）: 167 − 128 = 39人"),
    dict(question="介護施設を運営する事業者には、2024年度に全部でいくらの補助金が交付されましたか？",
         category="yoko", doc=YOKO_PDF, evidence=["介護・福祉 86 14 38 11 149"], answer=["149"],
         notes="(c) the total column on the right (計) of the row 介護・福祉; 86 (受講料, the first cell) is the trap; "
               "the unit 万円 and the year (令和６年度 = 2024年度) only in the caption note"),
    dict(question="令和６年度の交付額のうち、講座の受講料に充てられた分は全体の何％を占めていますか？",
         category="yoko", doc=YOKO_PDF, evidence=["合計 498 76 282 46 902"], answer=["55.2%"], computed=True,
         notes="(c) share within the 合計 row: 受講料 498 / 計 902 = 55.2 %"),
    dict(question="外国人の現場作業員にオンライン講座と日本語の試験を受けさせた工務店の事例では、補助金はいくら出ていますか？",
         category="yoko", doc=YOKO_PDF, evidence=["建設業Ｂ社（沖津市）", "補助金の額：18万円"], answer=["18万円"],
         notes="sibling sections （１）–（３） of （参考３） share the labels 受講者数, 主な取組, 補助金の額; "
               "（２）建設業Ｂ社 (工務店 = 建設業); 62万円 and 47万円 are the siblings' values, ４人 its 受講者数"),
    dict(question="外国人従業員との面談のために外部の通訳を頼む費用も、この補助金の対象になりますか？",
         category="yoko", doc=YOKO_PDF, evidence=["補助の対象としない", "通訳又は翻訳を外部に依頼する経費"],
         answer=["対象としない"],
         notes="the costs not covered (第５条: a lead sentence and four ○ items): 通訳又は翻訳を外部に依頼する経費 (no); "
               "the outside teacher's fee (講師の謝金), covered, is the near miss"),
    # --- koryu: the sister-state economic exchange report, tables (d) (e) (f), definitions, sibling sections
    dict(question="ムリア州と姉妹州の関係を結んだのは、西暦で何年ですか？",
         category="koryu", doc=KORYU_PDF, evidence=["平成13年（2001年）に姉妹州提携"], answer=["2001"],
         notes="「label：value」 line 交流先 (the only Western year printed in the report)"),
    dict(question="2023年度には、ムリア州との経済交流で商談が何件ありましたか？",
         category="koryu", doc=KORYU_PDF, evidence=["商談件数 件 96 188 312"], answer=["188"],
         notes="(d) fiscal years as columns with a 単位 column: 2023年度 = 令和５年度 (the report prints 2001年 only); "
               "312 (令和６年度) and 22 (成約件数) are the traps"),
    dict(question="成約金額は、令和４年度と比べて令和６年度には何倍になりましたか？",
         category="koryu", doc=KORYU_PDF, evidence=["成約金額 万円 2,860 6,150 12,950"], answer=["4.5倍"], computed=True,
         notes="(d) ratio across the year columns: 12,950 / 2,860 = 4.5倍 (the prose says only 「１億円を超えた」)"),
    dict(question="環境やエネルギーの分野で、令和６年度に成約までこぎつけた商談は何件ありましたか？",
         category="koryu", doc=KORYU_PDF, evidence=["環境・エネルギー ６ 39 ４ 1,080"], answer=["４"],
         notes="(e) continuation page (no header there): row 環境・エネルギー, column 成約件数（件）; ６ (参加企業数) "
               "and 39 (商談件数) are the traps"),
    dict(question="2024年度に電子部品の分野で行われた商談は何件でしたか？",
         category="koryu", doc=KORYU_PDF, evidence=["電子部品 ５ 31 ３ 2,980"], answer=["31"],
         notes="(e) first page, column 商談件数（件）; 2024年度 = 令和６年度 (caption note); ５ and ３ are the traps"),
    dict(question="成約した金額で見ると、２番目に大きかったのはどの分野ですか？",
         category="koryu", doc=KORYU_PDF, evidence=["電子部品 ５ 31 ３ 2,980"], answer=["電子部品"],
         notes="(e) ranking in the column 成約金額（万円）: 食品・飲料 3,240, 電子部品 2,980, 機械・金属 2,760 (機械・金属 is "
               "second by 商談件数 and 成約件数, the trap)"),
    dict(question="マレーシアから来た製造業の視察団には、向こうの企業が何社参加していましたか？",
         category="koryu", doc=KORYU_PDF, evidence=["ムリア州製造業視察団（受入）", "参加企業：州内の企業11社"],
         answer=["11社"],
         notes="sibling sections （１）–（３） of ４ share the labels 日程, 参加企業, 主な成果; （２）ムリア州製造業視察団"
               "（受入）; 16社 and ９社 are the siblings' values"),
    dict(question="港からの試験輸送の共同プロジェクトで、マレーシア側が出した予算はいくらですか？",
         category="koryu", doc=KORYU_PDF, evidence=["港湾物流の実証輸送 840 500 340"], answer=["340"],
         notes="(f) unruled table, column うち州負担; 500 (県負担) and 840 (予算額) are the traps; unit 万円 in the caption "
               "note"),
    dict(question="四つの共同プロジェクトの予算のうち、県が負担している割合はどれくらいですか？",
         category="koryu", doc=KORYU_PDF, evidence=["合計 2,290 1,200 1,090"], answer=["52.4%"], computed=True,
         notes="(f) share within the 合計 row: うち県負担 1,200 / 予算額 2,290 = 52.4 %"),
    dict(question="年度末の時点でまだ交渉が続いている案件も、成約件数に含めて数えているのですか？",
         category="koryu", doc=KORYU_PDF, evidence=["交渉中のものを含まない"], answer=["含まない"],
         notes="definition 「成約」とは…売買契約又は取引の合意に至ったものをいう（交渉中のものを含まない） (no)"),
    # --- shuppin: the supermarket fair call, tables (g) (h) (i), definitions, notes, sibling sections, steps
    dict(question="マイナス18度以下で保管しないといけないアイスクリームをシンガポールのフェアに出す場合、１品目の出品料はいくらですか？",
         category="shuppin", doc=FAIR_PDF, evidence=["マイナス18℃以下で管理する", "冷凍品 20,000 25,000 16,000"],
         answer=["25,000"],
         notes="two facts: the definition makes it a 冷凍品; (g) column シンガポールフェア; 20,000 (台北) and 22,000 "
               "(冷蔵品) are the traps"),
    dict(question="台北のフェアに、常温の商品を３品目と冷凍の商品を２品目出したいという会社があります。出品料は合わせていくらになりますか？",
         category="shuppin", doc=FAIR_PDF, evidence=["常温品 12,000 15,000 10,000", "冷凍品 20,000 25,000 16,000"],
         answer=["76,000円"], computed=True,
         notes="(g) column 台北フェア: 3 × 12,000 + 2 × 20,000 = 76,000円"),
    dict(question="冷蔵で管理している生酒をクアラルンプールのフェアに出す場合、出品料は１品目いくらですか？",
         category="shuppin", doc=FAIR_PDF, evidence=["温度帯にかかわらず「酒類」の欄", "酒類 15,000 18,000 12,000"],
         answer=["12,000"],
         notes="two facts: note ※１ puts sake in the row 酒類 whatever its temperature; (g) column クアラルンプールフェア; "
               "15,000 (冷蔵品 in クアラルンプール, and 酒類 in 台北) is the trap"),
    dict(question="シンガポールの百貨店での販売に間に合わせるには、いつまでに商品を倉庫へ届ける必要がありますか？",
         category="shuppin", doc=FAIR_PDF, evidence=["（２）シンガポールフェア", "商品の搬入期限：令和７年10月24日"],
         answer=["10月24日"],
         notes="sibling sections （１）–（３） of ３ share the labels 会場, 会期, 商品の搬入期限; （２）シンガポールフェア; "
               "９月５日 and 12月19日 are the siblings' values, 12月５日 its opening day"),
    dict(question="審査では、商品を切らさずに出し続けられる体制があるかどうかに何点が割り振られていますか？",
         category="shuppin", doc=FAIR_PDF, evidence=["（４） 安定した供給体制 15 ６"], answer=["15"],
         notes="(h) a table whose first column is a number （１）…（５）: row （４）安定した供給体制, column 配点（点）; ６ "
               "(基準点) is the trap"),
    dict(question="審査で合計何点以上取れば、選ばれる可能性がありますか？",
         category="shuppin", doc=FAIR_PDF, evidence=["合計点が60点以上の事業者"], answer=["60点"],
         notes="note ※３ under (h): each item at least its 基準点 and a total of 60点 or more; the 合計 row of the 基準点 "
               "column (40) and of the 配点 column (100) are the traps"),
    dict(question="2024年度のフェアで、冷蔵や冷凍の商品は全部でいくら売れましたか？",
         category="shuppin", doc=FAIR_PDF, evidence=["小計（冷蔵・冷凍品） 10 28 585"], answer=["585"],
         notes="(i) a subtotal row inside the table (小計（冷蔵・冷凍品）), column 販売額（万円）; 354 and 231 (its rows) "
               "are traps; 2024年度 = 令和６年度 (caption note; the call prints no Western year)"),
    dict(question="令和６年度のフェアで、日本酒は１品目当たり平均いくら売れた計算になりますか？",
         category="shuppin", doc=FAIR_PDF, evidence=["日本酒 ６ 19 468"], answer=["24.6万円"], computed=True,
         notes="(i) average in a row: 販売額 468 / 出品品目数 19 = 24.6万円 (dividing by the ６ exhibitors is the trap)"),
    dict(question="申し込んだあと、選ばれたかどうかはいつまでに分かりますか？",
         category="shuppin", doc=FAIR_PDF, evidence=["選定結果の通知（令和７年８月22日までに）"], answer=["８月22日"],
         notes="procedure step ④ (the interview of step ③ in 令和７年８月上旬 is a near miss)"),
    # --- followups
    dict(question="では、その経費で、受講する従業員が３人の場合の上限額はいくらですか？",
         category="followup", doc=YOKO_PDF, evidence=["日本語教材の購入費 50 75 ５ 10"], answer=["５"],
         history=_turns("日本語の教材を買う費用は、小規模事業者だと何％補助されますか？",
                        "小規模事業者の場合、補助率は75％です[1]。"),
         notes="(a) the row from the history (日本語教材の購入費), leaf 上限額（万円）／受講者５人以下; 10 (６人以上) is the trap"),
    dict(question="その年度の交付額は、全部でいくらでしたか？",
         category="followup", doc=YOKO_PDF, evidence=["令和３年度 19 16 61 352"], answer=["352"],
         history=_turns("2021年度には、何件に補助金が交付されましたか？",
                        "2021年度（令和３年度）は16件に交付されました[1]。"),
         notes="(b) the year from the history (2021年度 = 令和３年度), column 交付額（万円）; 61 (受講者数) is the trap"),
    dict(question="そのうち成約に至ったのは、何％ですか？",
         category="followup", doc=KORYU_PDF, evidence=["機械・金属 ８ 52 ６ 2,760"], answer=["11.5%"], computed=True,
         history=_turns("機械・金属の分野では、令和６年度に商談が何件行われましたか？",
                        "機械・金属分野の商談件数は52件です[1]。"),
         notes="(e) the row from the history (機械・金属), share within the row: 成約件数 6 / 商談件数 52 = 11.5 % (the "
               "overall 13.1％ in the prose is the trap)"),
    dict(question="そのフェアに冷蔵の商品を出す場合、出品料は１品目いくらですか？",
         category="followup", doc=FAIR_PDF, evidence=["冷蔵品 18,000 22,000 15,000"], answer=["18,000"],
         history=_turns("台北フェアはいつ開かれますか？",
                        "台北フェアの会期は令和７年10月17日から10月26日までです[1]。"),
         notes="(g) the column from the history (台北フェア), row 冷蔵品; 22,000 (シンガポール) and 15,000 "
               "(クアラルンプール, and 酒類 in 台北) are the traps"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=FAIR_PDF, evidence=["電話：099-507-6200"], answer=["099-507-6200"],
         history=_turns("フェアに出す商品の輸送や通関について詳しく聞きたいのですが、どこに問い合わせればよいですか？",
                        "商品の輸送と通関については、一般社団法人柳県物産振興協会が受け付けています[1]。"),
         notes="contact box of the call: the 協会's phone (second line); the 班's phone 099-507-6140 and fax "
               "099-507-6149 (first line) are the near misses"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="この補助金で日本語能力試験を受けた外国人従業員のうち、試験に受かった人は何人いますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline covers the exam fee (受験料) and one case took the exam; no results of the exam are given",
         absent=["合格", "受かった"]),
    dict(question="補助金を使って日本語を学んだ会社では、外国人従業員の定着率がどれくらい上がっていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="第１条 names 職場への定着 as the aim, but no retention figure is given",
         absent=["定着率", "離職率", "離職"]),
    dict(question="柳県とムリア州の間の年間の貿易額は、どれくらいですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report gives the meetings, deals and deal amounts of the exchange, not the trade between the two",
         absent=["貿易額", "輸出額", "輸入額"]),
    dict(question="令和６年度にムリア州から受け入れた経済交流団は、合わせて何人の団でしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the delegations are counted as 団 and their firms as 社 (州内の企業11社 in one case), never in persons",
         absent=["人数", "団員", "名で構成"]),
    dict(question="前回の量販店フェアには、会期中に何人くらいのお客さんが売場に来ましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives exhibitors, items and sales by product group, not the shoppers",
         absent=["来場者", "来店者", "客数"]),
    dict(question="フェアに出品したあと、現地の輸入業者と継続して取引するようになった事業者は何社ありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the importer buys the goods at the fair (取引の方法 in ４); nothing on later, continuing business",
         absent=["継続取引", "継続して取引", "定番"]),
]
CATEGORY_COUNTS = {"yoko": 10, "koryu": 10, "shuppin": 9, "followup": 5, "unanswerable": 6}
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
FOLLOWUP_CUES = ("その", "そこ", "それ", "では")
PREFIX_Q, PREFIX_T = "h46q", "h46t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H, I = (
    "補助対象経費、補助率及び上限額", "年度別の交付実績", "業種別・経費別の交付額",
    "主な指標の推移", "分野別の商談と成約", "共同プロジェクトの予算",
    "区分別の出品料", "審査項目と配点", "品目区分別の販売実績")
LETTERS = dict(zip((A, B, C, D, E, F, G, H, I), "abcdefghi"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y, unit) -> str:
    q = half_up(Decimal(x) / Decimal(y), "0.1")
    return f"{int(q) if q == q.to_integral() else q}{unit}"


COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h46q02": lambda g: f"{g(A, '日本語教材の購入費', '補助率（％）／小規模事業者', 2025) + DEPOPULATED_BONUS}%",
    "h46q05": lambda g: _avg(g(B, "令和６年度", "交付額（万円）", 2024), g(B, "令和６年度", "交付件数（件）", 2024), "万円"),
    "h46q06": lambda g: f"{g(B, '令和６年度', '受講者数（人）', 2024) - g(B, '令和５年度', '受講者数（人）', 2023)}人",
    "h46q08": lambda g: _pct(g(C, "合計", "受講料", 2024), g(C, "合計", "計", 2024)),
    "h46q13": lambda g: _avg(g(D, "成約金額", "令和６年度", 2024), g(D, "成約金額", "令和４年度", 2022), "倍"),
    "h46q19": lambda g: _pct(g(F, "合計", "うち県負担", 2024), g(F, "合計", "予算額", 2024)),
    "h46q22": lambda g: f"{3 * g(G, '常温品', '台北フェア', 2025) + 2 * g(G, '冷凍品', '台北フェア', 2025):,}円",
    "h46q28": lambda g: _avg(g(I, "日本酒", "販売額（万円）", 2024), g(I, "日本酒", "出品品目数（品目）", 2024), "万円"),
    "h46q32": lambda g: _pct(g(E, "機械・金属", "成約件数（件）", 2024), g(E, "機械・金属", "商談件数（件）", 2024)),
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {YOKO_PDF: (3, 3), KORYU_PDF: (3, 3), FAIR_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (180, 230)
TABLE_QUESTIONS = 20  # at least, outside the followups
COMPUTED_RANGE = (8, 12)
BEFORE_BREAK_ROWS = ("食品・飲料", "農林水産物", "電子部品")  # rows of (e) expected before the page break
CONTINUED_ROWS = ("環境・エネルギー", "その他", "合計")  # and after it
FOLLOWUP_DOCS = {YOKO_PDF: 2, KORYU_PDF: 1, FAIR_PDF: 2}


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout46.py")
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
        if not q["evidence"] or not q["answer"]:
            errors.append(f"{qid}: an answerable question needs evidence and answers")
        if len(q["answer"]) != 1:
            errors.append(f"{qid}: one answer item per question in this set")
        errors += check_answerable(qid, q, doc_text[q["doc"]], EVIDENCE_LEN)
        for t in table_of(q):
            if next(g["doc"] for g in gold if g["table"] == t) != q["doc"]:
                errors.append(f"{qid}: its notes name table {t} of another document")
    errors += check_question_mix(questions, CATEGORY_COUNTS, western_share=(0.35, 0.65))
    sibling = sum("sibling" in q["notes"] and q["category"] not in ("followup", "unanswerable") for q in questions)
    if sibling != SIBLING:
        errors.append(f"{sibling} sibling-section questions, expected {SIBLING}")
    fdocs = defaultdict(int)
    for q in questions:
        if q["category"] == "followup":
            fdocs[q["doc"]] += 1
    if dict(fdocs) != FOLLOWUP_DOCS:
        errors.append(f"followups by document {dict(fdocs)}, expected {FOLLOWUP_DOCS}")
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
    n_comp = sum(bool(q.get("computed")) for q in questions)
    if not COMPUTED_RANGE[0] <= n_comp <= COMPUTED_RANGE[1]:
        errors.append(f"{n_comp} computed questions, expected {COMPUTED_RANGE}")
    for q in questions:
        if q.get("computed") and q["category"] == "unanswerable":
            errors.append(f"{q['id']}: an unanswerable cannot be computed")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout46.py")
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
            # each printed row, cell after cell (the number of (h) included), on its page
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
        for col in cols:
            members = rows if rows is not None else [r for r in tab if r != total]
            if tab[total][col] != sum(tab[r][col] for r in members):
                errors.append(f"{table}: {total} of {col} does not add up")

    # (a): small firms get at least the general rate; more learners at least the smaller cap; ≤ the firm cap
    for row, r in t[A].items():
        if r["補助率（％）／小規模事業者"] < r["補助率（％）／中小企業者"]:
            errors.append(f"{A} / {row}: 小規模事業者 rate below the 中小企業者 rate")
        if r["上限額（万円）／受講者６人以上"] < r["上限額（万円）／受講者５人以下"]:
            errors.append(f"{A} / {row}: the cap for ６人以上 is below the one for ５人以下")
        if r["上限額（万円）／受講者６人以上"] > COMPANY_CAP or r["補助率（％）／小規模事業者"] > 100:
            errors.append(f"{A} / {row}: a cap above the firm cap or a rate above 100 %")
    # (b): applications grow; grants within applications and within grants × firm cap
    b = t[B]
    ns = [r["申請件数（件）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for row, r in b.items():
        if r["交付件数（件）"] > r["申請件数（件）"] or r["交付額（万円）"] > r["交付件数（件）"] * COMPANY_CAP \
                or r["受講者数（人）"] < r["交付件数（件）"]:
            errors.append(f"{B} / {row}: grants or learners out of range")
    # (c): the total column and the 合計 row add up; 合計 計 = (b)'s 令和６年度 交付額
    c = t[C]
    adds_up(C, GRANT_ITEMS + ("計",))
    for row, r in c.items():
        if r["計"] != sum(r[k] for k in GRANT_ITEMS):
            errors.append(f"{C} / {row}: 計 does not add up")
    if c["合計"]["計"] != b["令和６年度"]["交付額（万円）"]:
        errors.append(f"{C}: 合計 differs from 令和６年度 of {B}")
    if max((r for r in c if r != "合計"), key=lambda r: c[r]["計"]) != "食料品製造業":
        errors.append(f"{C}: 「食料品製造業への交付額が最も多い」 does not hold")
    # (d): its 令和６年度 equals (e)'s 合計; counts grow
    d, e = t[D], t[E]
    for ind, col in (("商談件数", "商談件数（件）"), ("成約件数", "成約件数（件）"), ("成約金額", "成約金額（万円）")):
        if d[ind]["令和６年度"] != e["合計"][col]:
            errors.append(f"{D}: 令和６年度 {ind} differs from the 合計 of {E}")
        vals = [d[ind][era(y)] for y in YEARS]
        if vals != sorted(set(vals)):
            errors.append(f"{D}: {ind} should grow every year")
    if d["派遣団に参加した企業"]["令和６年度"] != sum(int(nfkc(x[2]).rstrip("社")) for x in DELEGATIONS if "派遣" in x[0]) \
            + sum(x[2] or 0 for x in OTHER_DELEGATIONS):
        errors.append(f"{D}: 派遣団に参加した企業 differs from the delegations")
    if e["合計"]["参加企業数（社）"] <= d["派遣団に参加した企業"]["令和６年度"]:
        errors.append(f"{E}: 参加企業数 (延べ, note ※２) should exceed the firms sent")
    # (e): 合計 adds up; 成約 ≤ 商談
    adds_up(E, ("参加企業数（社）", "商談件数（件）", "成約件数（件）", "成約金額（万円）"))
    if any(r["成約件数（件）"] > r["商談件数（件）"] for r in e.values()):
        errors.append(f"{E}: 成約 above 商談")
    # (f): 合計 adds up; 県 + 州 = 予算額
    f = t[F]
    adds_up(F, ("予算額", "うち県負担", "うち州負担"))
    if any(r["うち県負担"] + r["うち州負担"] != r["予算額"] for r in f.values()):
        errors.append(f"{F}: 県負担 + 州負担 differs from 予算額")
    # (g): frozen ≥ chilled ≥ ambient in every fair
    g = t[G]
    for fair in FAIRS:
        if not g["冷凍品"][fair] >= g["冷蔵品"][fair] >= g["常温品"][fair]:
            errors.append(f"{G}: fees of {fair} out of order")
    # (h): 合計 adds up; 基準点 = 40 % of 配点; the pass mark above the sum of the 基準点
    h = t[H]
    adds_up(H, ("配点（点）", "基準点（点）"))
    if h["合計"]["配点（点）"] != 100 or any(r["基準点（点）"] * 10 != r["配点（点）"] * 4 for r in h.values()) \
            or not h["合計"]["基準点（点）"] < PASS_MARK:
        errors.append(f"{H}: 配点 100, 基準点 40 % and the pass mark above their sum do not hold")
    # (i): subtotals add up over their group, 合計 over the subtotals
    i_ = t[I]
    cols = ("出品事業者数（者）", "出品品目数（品目）", "販売額（万円）")
    for sub, members in SALES:
        adds_up(I, cols, rows=[m[0] for m in members], total=sub)
    adds_up(I, cols, rows=[s for s, _m in SALES])
    per_item = {s: i_[s]["販売額（万円）"] / i_[s]["出品品目数（品目）"] for s, _m in SALES}
    if max(per_item, key=per_item.get) != "小計（酒類）" or min(i_[s]["出品事業者数（者）"] for s in per_item) \
            != i_["小計（酒類）"]["出品事業者数（者）"]:
        errors.append(f"{I}: 「酒類は…事業者は少ないものの、１品目当たりの販売額が最も高く」 does not hold")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    fields = specs["fields"]
    bp = sorted({g["page"] for g in gold if g["table"] == E})
    if len(bp) != 2:
        errors.append(f"{E} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(fields.header[0]))
        on = [i + 1 for i, p in enumerate(pages[KORYU_PDF]) if header in norm(p)]
        if fields.repeat_header or on != bp[:1]:
            errors.append(f"{E}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == E and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == E and g["page"] == bp[1]}
        if not 3 <= len(first) <= 8:
            errors.append(f"{E}: {len(first)} rows before the page break, expected 3-8")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{E}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("延べ数である") not in norm(pages[KORYU_PDF][bp[1] - 1]):
            errors.append(f"{E}: note ※２ should follow the table on the continuation page")
    for key in ("rates", "record", "grants", "trend", "projects", "fees", "criteria", "sales"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["projects"].ruled or not all(s.ruled for k, s in specs.items() if k != "projects"):
        errors.append(f"only {F} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns, units from the groups
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／中小企業者", "補助率（％）／小規模事業者", "上限額（万円）／受講者５人以下", "上限額（万円）／受講者６人以上"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "万円"}:
        errors.append(f"{A}: units should come from the header groups")
    # (b): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::4] != [y for y, *_x in RECORD]:
        errors.append(f"{B}: expected years as rows")
    # (c): a total column on the right
    ccols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == C))
    if ccols != list(GRANT_ITEMS) + ["計"]:
        errors.append(f"{C}: expected the total column 計 on the right, got {ccols}")
    # (d): fiscal years as columns and a 単位 column giving each row's unit
    dcols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == D))
    if dcols != [era(y) for y in YEARS] or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in gold if g["table"] == D):
        errors.append(f"{D}: expected the fiscal years as columns, got {dcols}")
    units = {g["row"]: g["unit"] for g in gold if g["table"] == D}
    if units != {n: nfkc(u) for n, u, *_x in INDICATORS} or len(set(units.values())) < 3:
        errors.append(f"{D}: units should come from the 単位 column ({units})")
    # (h): the first column numbers the rows （１）…; it is no cell and no row label
    crit = specs["criteria"]
    if [r[0] for r in crit.rows[:-1]] != [f"（{fw(i)}）" for i in range(1, len(CRITERIA) + 1)] or crit.label_col != 1:
        errors.append(f"{H}: expected a first column numbering the rows")
    if any(re.match(r"（", g["row"]) for g in gold if g["table"] == H):
        errors.append(f"{H}: a number is recorded as a row label")
    # (i): subtotal rows inside the table, each after its group, and a 合計 last
    srows = list(dict.fromkeys(g["row"] for g in gold if g["table"] == I))
    want_rows = [r[0] for r in sales_rows()]
    if srows != want_rows or sum(r.startswith("小計") for r in srows) != len(SALES) or srows[-1] != "合計":
        errors.append(f"{I}: expected subtotal rows inside the table, got {srows}")
    # (f): no ruling lines, 万円 only from the caption note
    if {g["unit"] for g in gold if g["table"] == F} != {"万円"}:
        errors.append(f"{F}: expected 万円 only")
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
        got = re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text)
        if got != want:
            errors.append(f"{what}: the contact box should give {want}, got {got}")
        lines = [norm(x) for x in "\n".join(pages[doc]).splitlines()]
        if not any(f"電話:{want[0]}ファクス:{want[1]}" in x for x in lines):
            errors.append(f"{what}: phone and fax should share one line")
        if any(want[2] in x and want[0] in x for x in lines):
            errors.append(f"{what}: the other body's phone should be on a line of its own")
        got_mails = re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text)
        if got_mails != mails:
            errors.append(f"{what}: mail addresses {got_mails}, expected {mails}")

    def defs(text, terms, what):
        for d in terms:
            if norm(f"「{d}」とは") not in text:
                errors.append(f"{what}: the definition of {d} is missing")

    def western(text, want, what):
        got = re.findall(r"20\d\d年", text)
        if got != want:
            errors.append(f"{what}: Western years printed {got}, expected {want}")

    # ---- the grant guideline
    yk = norm("\n".join(pages[YOKO_PDF]))
    siblings(yk, YOKO_PDF, ("受講者数：", "主な取組：", "補助金の額："), [c[0] for c in CASES])
    n_all, amt_all, people = (sum(r[j] for r in RECORD) for j in (2, 4, 3))
    if norm(f"延べ{n_all}件、{amt_all:,}万円を交付し、延べ{people}人") not in yk:
        errors.append("guideline: the totals in the prose differ from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件に交付") not in yk:
        errors.append("guideline: the 令和６年度 figures in the prose differ from (b)")
    for head, n, _what, amount in CASES:
        k, amt = int(nfkc(n).rstrip("人")), int(nfkc(amount).rstrip("万円"))
        if amt > COMPANY_CAP or amt > sum(r[4] if k >= 6 else r[3] for r in RATES):
            errors.append(f"guideline: case {head} does not fit the caps")
    if not any(d in CASES[2][0] for d in DEPOPULATED):
        errors.append("guideline: case （３） should be in a 過疎地域")
    western(yk, ["2020年"], "guideline")
    defs(yk, ("外国人従業員", "小規模事業者", "受講者", "過疎地域"), "guideline")
    for x in EXCLUDED:
        if norm(x) not in yk:
            errors.append(f"guideline: the cost not covered {x} is missing")
    arts = re.findall(r"第([１-９])条", "\n".join(pages[YOKO_PDF]))
    if list(dict.fromkeys(arts)) != list("１２３４５６７"):
        errors.append(f"guideline: articles {arts}, expected 第１条-第７条")
    steps_of(YOKO_PDF, "①②③④⑤⑥", "guideline")
    contacts(YOKO_PDF, ["099-501-3320", "099-501-3329", "099-501-3400"], ["yanagi-nihongo@example.jp"], "guideline")

    # ---- the exchange report
    kr = norm("\n".join(pages[KORYU_PDF]))
    siblings(kr, KORYU_PDF, ("日程：", "参加企業：", "主な成果："), [x[0] for x in DELEGATIONS])
    talks, deals, amount = fields_total(2), fields_total(3), fields_total(4)
    if norm(f"商談{talks}件のうち{deals}件が成約し、成約率（成約件数÷商談件数）は{pct1(deals, talks)}％") not in kr:
        errors.append("exchange report: the deals in the prose differ from (e)")
    top = [max(FIELDS, key=lambda r, j=j: r[j])[0] for j in (2, 3, 4)]
    if top != ["食品・飲料"] * 3 or amount <= 10000 \
            or any(max(r[2], r[3]) > 10000 for r in indicators() if r[0] == "成約金額"):
        errors.append("exchange report: 「食品・飲料が…いずれも最も多い」 or 「初めて１億円を超えた」 does not hold")
    elec = next(r for r in FIELDS if r[0] == "電子部品")
    if not elec[2] < talks / len(FIELDS) or sorted(r[4] for r in FIELDS)[-2] != elec[4]:
        errors.append("exchange report: 「電子部品は、商談件数は少ないが成約金額が大きい」 does not hold")
    ind = {r[0]: r for r in indicators()}
    if norm(f"経済交流団を{fw(ind['派遣した経済交流団'][4])}団派遣し、{fw(ind['受け入れた経済交流団'][4])}団を受け入れた") not in kr:
        errors.append("exchange report: the delegations in the prose differ from (d)")
    if sum("派遣" in x[0] for x in DELEGATIONS) + 1 != ind["派遣した経済交流団"][4] \
            or sum("受入" in x[0] for x in DELEGATIONS) + 1 != ind["受け入れた経済交流団"][4] \
            or OTHER_DELEGATIONS[0][2] is None or OTHER_DELEGATIONS[1][2] is not None:
        errors.append("exchange report: the three sections should be three of the five delegations")
    (o1, t1, f1), (o2, t2, _f2) = OTHER_DELEGATIONS
    if norm(f"このほか、{o1}（{t1}、{f1}社）を派遣し、{o2}（{t2}）を受け入れた") not in kr \
            or norm(f"（回答{SURVEY[0]}社）") not in kr:
        errors.append("exchange report: the other delegations or the survey are missing from the prose")
    if len(PROJECTS) != 4 or norm("四つの共同プロジェクト") not in kr:
        errors.append("exchange report: 「四つの共同プロジェクト」 does not hold")
    western(kr, ["2001年"], "exchange report")
    defs(kr, ("経済交流団", "商談", "成約"), "exchange report")
    steps_of(KORYU_PDF, "①②③", "exchange report")
    contacts(KORYU_PDF, ["099-503-2210", "099-503-2219", "099-503-2300"], ["yanagi-muria@example.jp"], "exchange report")

    # ---- the fair call
    fr = norm("\n".join(pages[FAIR_PDF]))
    siblings(fr, FAIR_PDF, ("会場：", "会期：", "商品の搬入期限："), [x[0] for x in FAIR_SITES])
    total = sales_rows()[-1]
    if norm(f"会場で延べ{total[1]}事業者が{total[2]}品目を出品し、販売額は{total[3]:,}万円") not in fr:
        errors.append("fair call: the 令和６年度 totals in the prose differ from (i)")
    if [x[0] for x in FAIR_SITES] != list(FAIRS):
        errors.append("fair call: the sibling sections and the fee columns name different fairs")
    (y1, v1, n1), (y2, v2, n2) = HISTORY
    if not n1 < n2 < total[1] or not v1 < v2 < len(FAIRS):
        errors.append("fair call: the history in the prose should grow")
    western(fr, [], "fair call")
    defs(fr, ("量販店フェア", "品目", "冷蔵品", "冷凍品"), "fair call")
    steps_of(FAIR_PDF, "①②③④⑤⑥", "fair call")
    contacts(FAIR_PDF, ["099-507-6140", "099-507-6149", "099-507-6200"], ["yanagi-fair@example.jp"], "fair call")

    # every phone and fax number of the set is 099-50x-xxxx, every mail address under example.jp
    for n, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text):
            if not re.fullmatch(PHONE_RE, ph):
                errors.append(f"{n}: phone number {ph} outside 099-50x-xxxx")
        for mail in re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text):
            if not mail.endswith(MAIL_DOMAIN):
                errors.append(f"{n}: mail address {mail} outside {MAIL_DOMAIN}")
        for name in ("楢", "桐"):
            if name + "県" in text:
                errors.append(f"{n}: names another prefecture ({name}県)")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
