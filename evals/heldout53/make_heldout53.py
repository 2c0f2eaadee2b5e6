"""Build the 杉県 held-out set 53: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (杉県 and every town, scheme, organisation, phone number, address
and figure). The documents are in three genres the earlier sets do not use: a grant guideline
(交付要綱) for a subsidy towards small firms hiring and training trade-practice staff
(貿易実務人材雇用・育成支援補助金: a new hire's wages for the first six months, outside courses,
exam fees, in-house trainers, stand-in staff) with a two-level header of rates and caps, a
yearly record (years as rows) and the grants by industry and cost item with a total column on
the right; the results report (実績報告書) of a prefectural online business-meeting site for the
prefecture's products (海外オンライン商談サイト運営事業) with the exhibitors and products by field
(a table continued over a page break without its header), the meetings and deals by country
with subtotal rows per region and an unruled table of counts and per cents in paired columns;
and the usage guide (利用案内) of the prefecture's international exhibition centre (杉メッセ)
with the fees by room and time slot and a record whose columns are fiscal years and whose
units are given per row in a 単位 column; see README.md beside this file.

    python make_heldout53.py [OUTPUT_DIR]          # default: this file's directory

Needs reportlab and pypdf (both in the project venv). The code structure and the generic
helpers follow ../heldout35/make_heldout35.py; the shared helpers are in ../docgen.py
(unchanged). The gold cells are generated from the same specs that draw the tables; PDF page
numbers are recorded while reportlab lays the pages out. The output is byte-identical on every
run (reportlab ``invariant=True``). The script exits 1 if any check fails.
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

YOKO_PDF = "sugi_boeki_jitsumu_jinzai_hojokin_kofu_yoko_r7.pdf"
SITE_PDF = "sugi_online_shodan_site_jisseki_hokoku_r6.pdf"
MESSE_PDF = "sugi_messe_riyo_annai_r7.pdf"
ALL_PDFS = (YOKO_PDF, SITE_PDF, MESSE_PDF)

UNITS = ("万円", "千人", "円", "件", "人", "社", "点", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_PREFIX = "099-57"  # every phone number of the set: 099-57x-xxxx
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


def cell(x) -> str:
    """A table cell: an int as docgen prints it (single digits full-width), a Decimal with one
    decimal."""
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


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


PREF = "杉県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: trade-practice staff grant, 交付要綱
YOKO = f"{PREF}貿易実務人材雇用・育成支援補助金"
YOKO_DEPT = f"{PREF} 商工労働部 国際ビジネス課"
DESK = f"{PREF}貿易人材サポートデスク"
RATES = [  # 経費区分; 補助率（％）: 中小企業者, 小規模企業者; 上限額（万円）: 中小企業者, 小規模企業者 (令和７年度)
    ("新規雇用者の賃金（６か月分）", 40, 50, 90, 120), ("外部研修の受講料", 50, 75, 20, 25),
    ("貿易実務の資格試験の受験料", 50, 75, 3, 5), ("社内研修の講師謝金", 50, 60, 15, 20),
    ("研修中の代替要員の人件費", 40, 50, 30, 40),
]
COMPANY_CAP = 200  # note ※２: 万円 per firm
RECORD = [  # 年度, 申請件数, 交付件数, 新規雇用者数（人）, 交付額（万円）
    (2021, 18, 14, 9, 842), (2022, 26, 21, 15, 1318), (2023, 33, 27, 19, 1704), (2024, 41, 34, 24, 2236),
]
BY_INDUSTRY = [  # 業種, 賃金, 研修受講料, 受験料・謝金等 (万円, 令和６年度); 計 = the row's sum
    ("食料品製造業", 312, 96, 38), ("機械・金属製品製造業", 524, 148, 61), ("その他の製造業", 208, 72, 25),
    ("卸売業", 386, 118, 44), ("小売業・サービス業", 132, 51, 21),
]
CASES = [  # 見出し, 採用・育成した人材, 主な業務, 補助金の額 (same labels in every sibling section)
    ("醤油製造業Ａ社（杉市）", "新規雇用者１人（輸出担当）と既存の社員２人", "台湾向けの船積書類の作成と通関業者との調整", "86万円"),
    ("工作機械部品製造業Ｂ社（汐見市）", "新規雇用者２人", "米国向けの見積りと信用状（Ｌ／Ｃ）の確認", "178万円"),
    ("木製家具卸売業Ｃ社（霧原町）", "既存の社員３人", "ＥＰＡの原産地証明の申請と輸入通関の書類の確認", "54万円"),
]
EXCLUDED = [  # 補助の対象としない経費 (第５条)
    "新規雇用者の通勤手当、時間外手当及び賞与",
    "語学のみを内容とする研修の受講料",
    "研修に参加するための旅費及び宿泊費",
    "国の人材開発支援助成金その他の助成を受けた経費",
]


def yoko_specs():
    rates = TableSpec(
        key="rates", doc=YOKO_PDF, title="補助対象経費と補助率・上限額",
        header=[["経費区分", "補助率（％）", "", "上限額（万円）", ""],
                ["", "中小企業者", "小規模企業者", "中小企業者", "小規模企業者"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in RATES],
        col_widths=[56 * mm, 25 * mm, 27 * mm, 25 * mm, 27 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    record = TableSpec(
        key="record", doc=YOKO_PDF, title="年度別の交付実績",
        header=[["年度", "申請件数（件）", "交付件数（件）", "新規雇用者数（人）", "交付額（万円）"]],
        rows=[[f"令和{fw(y - 2018)}年度", fw(a), fw(b), fw(c), fw(d)] for y, a, b, c, d in RECORD],
        col_widths=[28 * mm, 30 * mm, 30 * mm, 36 * mm, 30 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(c), fw(a + b + c)] for n, a, b, c in BY_INDUSTRY]
    tot = [sum(r[j] for r in BY_INDUSTRY) for j in (1, 2, 3)]
    rows.append(["合計"] + [fw(x) for x in tot] + [fw(sum(tot))])
    industry = TableSpec(
        key="industry", doc=YOKO_PDF, title="業種別・経費区分別の交付額",
        header=[["業種", "賃金（万円）", "研修受講料（万円）", "受験料・謝金等（万円）", "計（万円）"]],
        rows=rows, col_widths=[44 * mm, 26 * mm, 32 * mm, 38 * mm, 24 * mm], table_fy=2024,
    )
    industry.unit = lambda row, c, s=industry: bracket_unit(s.column_label(c))
    return rates, record, industry


def yoko_story(specs):
    rates, record, industry = specs
    n_all = sum(r[2] for r in RECORD)
    amt_all = sum(r[4] for r in RECORD)
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{YOKO}交付要綱", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月１日施行", DATE_RIGHT), P(YOKO_DEPT, DATE_RIGHT), Spacer(1, 2 * mm)]
    st += [P("第１条（趣旨）", H2)]
    st += paras(f"""
県は、県内の中小企業者が輸出入の取引を担う人材を新たに雇用し、又は育成する取組を支援するため、予算の範囲内において{YOKO}（以下「補助金」という。）を交付するものとし、その交付については、{PREF}補助金等交付規則に定めるもののほか、この要綱に定めるところによる。
""", 0)
    st += [P("第２条（定義）", H2)]
    st += paras("""
この要綱において「貿易実務」とは、輸出入の契約、船積み、通関、代金の決済及びこれらに伴う書類の作成に係る業務をいう。「新規雇用者」とは、令和７年４月１日から同年12月31日までの間に、期間の定めのない労働契約により新たに雇用した者で、雇用の日前１年以内に当該事業者に雇用されていたことがないものをいい、役員及び事業主の親族を除く。「小規模企業者」とは、常時使用する従業員の数が20人（商業又はサービス業を主たる事業とする者は５人）以下の中小企業者をいう。また、「貿易実務担当者」とは、就業時間のおおむね半分以上を貿易実務に従事する従業員をいう。
""", 0)
    st += [P("第３条（補助対象者）", H2)]
    st += paras("補助金の交付の対象となる者は、次の全てに該当する中小企業者とする。", 0)
    st += bullets([
        "県内に本社又は主たる事業所を有すること。",
        "新規雇用者又は研修を受ける者を、貿易実務担当者として配置すること。",
        "県税の滞納がないこと。",
    ], 0)
    st += [P("第４条（補助対象経費、補助率及び上限額）", H2)]
    st += paras("補助の対象となる経費、補助率及び補助金の上限額は、事業者の規模に応じて別表のとおりとする。", 0)
    st += [P("別表（第４条関係）", H2), caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「中小企業者」の欄は、小規模企業者以外の中小企業者に適用する。賃金は、雇用の日から６か月分を対象とする。",
        f"※２ 上限額は、賃金は新規雇用者１人当たり、その他は受講者１人当たりの額とする。補助金の額は、１事業者当たり{COMPANY_CAP}万円を上限とし、千円未満の端数は切り捨てる。",
    ])
    st += [P("第５条（補助対象外経費）", H2)]
    st += paras("次に掲げる経費は、補助の対象としない。", 0)
    st += bullets(EXCLUDED, 0)
    st += [P("第６条（申請の手続）", H2)]
    st += paras("補助金の交付を受けようとする者は、次の順に手続を行うものとする。", 0)
    st += numbered([
        f"① 事前相談（国際ビジネス課又は{DESK}）",
        "② 交付申請書の提出（雇用又は研修の開始の30日前まで）",
        "③ 交付決定の通知（申請の受付からおおむね３週間）",
        "④ 雇用・研修の実施（令和８年２月27日まで）",
        "⑤ 実績報告書の提出（事業の完了から30日以内。遅くとも令和８年３月10日まで）",
        "⑥ 補助金の額の確定と支払（令和８年３月末）",
    ], 0)
    st += [P("第７条（雇用の継続）", H2)]
    st += paras("""
補助事業者は、新規雇用者を雇用の日から１年以上継続して雇用するよう努めなければならない。補助事業者の都合により新規雇用者を解雇したときは、賃金に係る補助金の全額を返還しなければならない。
""", 0)
    st += [P("第８条（補則）", H2)]
    st += paras("この要綱に定めるもののほか、補助金の交付に関し必要な事項は、知事が別に定める。", 0)
    st += [P("附　則", H2)]
    st += paras("この要綱は、令和７年４月１日から施行する。", 0)
    st += [P("（参考１）募集の概要", H1)]
    st += lv_lines([
        ("募集期間", "令和７年５月７日から12月26日まで（予算額に達した時点で締め切ります）"),
        ("予算額", "3,600万円"),
        ("交付予定件数", "40件程度"),
        ("補助事業期間", "交付決定の日から令和８年２月27日まで"),
    ], 0)
    st += [P("（参考２）これまでの交付実績", H1)]
    st += paras(f"""
制度を始めた令和３年度（2021年度）から令和６年度までに、延べ{n_all}件、{amt_all:,}万円を交付しました。申請件数は毎年増えており、令和６年度は{RECORD[-1][1]}件の申請がありました。業種別では、機械・金属製品製造業への交付額が最も多くなっています。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += [caption(industry.title, "（令和６年度）"), industry.flowable(), Spacer(1, 2)]
    st += notes(["※３ 「受験料・謝金等」は、資格試験の受験料、社内研修の講師謝金及び代替要員の人件費の合計です。"])
    st += [P("（参考３）活用事例（令和６年度）", H1)]
    for i, (head, who, work, amount) in enumerate(CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("採用・育成した人材", who), ("主な業務", work), ("補助金の額", amount)], 1)
    st += [CondPageBreak(30 * mm), P("（参考４）問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{YOKO_DEPT} 人材支援班　電話：099-571-3820　ファクス：099-571-3829",
        f"{DESK}（事前相談）　電話：099-571-3900",
        "電子メール：sugi-boeki-jinzai@example.jp",
    ]))
    return st


# ================================================================ document 2: online business-meeting site, results report
SITE = f"{PREF}産品海外オンライン商談サイト運営事業"
SITE_DEPT = f"{PREF} 商工労働部 県産品振興課"
KYOKAI = f"公益財団法人{PREF}貿易振興協会"
FIELDS = [  # 分野, 出展企業数（社）, 掲載商品数（点）, 商談件数（件） (令和６年度末)
    ("日本酒・焼酎", 18, 142, 96), ("茶", 11, 64, 41), ("水産加工品", 14, 88, 73), ("菓子", 12, 95, 58),
    ("調味料", 9, 71, 44), ("木工品・家具", 8, 56, 27), ("刃物・金物", 7, 83, 52), ("繊維製品", 6, 48, 19),
    ("化粧品", 5, 37, 24), ("機械部品", 10, 61, 38),
]
REGIONS = [  # 小計の行, [(国・地域, 商談件数, 成約件数, 成約金額（万円）)] (令和６年度)
    ("アジア小計", [("台湾", 98, 14, 1260), ("香港", 72, 11, 940), ("中国", 41, 4, 610),
                   ("シンガポール", 56, 9, 720), ("タイ", 38, 5, 330)]),
    ("北米・欧州小計", [("米国", 64, 8, 1150), ("カナダ", 17, 2, 180), ("フランス", 29, 3, 410),
                      ("英国", 21, 2, 240)]),
    (None, [("オーストラリア", 36, 4, 390)]),
]
NEW_FIRMS = 23  # firms that joined in 令和６年度 (prose only)
PREV_MEETINGS = 351  # 商談件数 of 令和５年度 (prose only)
BUYERS, BUYERS_UP, BUYER_COUNTRIES = 386, 94, 17  # 登録バイヤー (prose only)
SURVEY_SENT, SURVEY_BACK, NO_DEAL = 100, 86, 58
REASONS = [  # 成約に至らなかった主な理由, 回答数（社） (複数回答, over NO_DEAL)
    ("価格の条件が合わなかった", 27), ("最低発注数量に対応できなかった", 19),
    ("輸出先の規制や表示に対応できなかった", 16), ("商談の後に連絡が途絶えた", 14),
    ("サンプルの送付に費用がかかった", 9), ("その他", 5),
]
SITE_CASES = [  # 見出し, 相手国・地域, 商談の方法, 成約の内容 (same labels in every sibling section); country
    ("酒造業Ｄ社（杉市）", "台湾", "オンライン商談２回の後、来県した輸入業者と対面で商談", "純米酒1,200本（約180万円）"),
    ("水産加工業Ｅ社（汐見市）", "シンガポール", "オンライン商談３回", "干物の詰め合わせ800箱（約96万円）"),
    ("金物製造業Ｆ社（野分町）", "フランス", "サンプルを送付した後、オンライン商談", "包丁と調理器具（約140万円）"),
]
CASE_AMOUNTS = (180, 96, 140)


def site_specs():
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in FIELDS]
    rows.append(["合計"] + [fw(sum(r[j] for r in FIELDS)) for j in (1, 2, 3)])
    fields = TableSpec(
        key="fields", doc=SITE_PDF, title="分野別の出展企業と掲載商品",
        header=[["分野", "出展企業数（社）", "掲載商品数（点）", "商談件数（件）"]],
        rows=rows, col_widths=[44 * mm, 36 * mm, 36 * mm, 36 * mm], table_fy=2024, repeat_header=False,
    )
    fields.unit = lambda row, c, s=fields: bracket_unit(s.column_label(c))
    crows = []
    for sub, members in REGIONS:
        for n, a, b, c in members:
            crows.append([n, fw(a), fw(b), fw(c)])
        if sub:
            crows.append([sub] + [fw(sum(m[j] for m in members)) for j in (1, 2, 3)])
    everyone = [m for _s, ms in REGIONS for m in ms]
    crows.append(["合計"] + [fw(sum(m[j] for m in everyone)) for j in (1, 2, 3)])
    countries = TableSpec(
        key="countries", doc=SITE_PDF, title="国・地域別の商談と成約",
        header=[["国・地域", "商談件数（件）", "成約件数（件）", "成約金額（万円）"]],
        rows=crows, col_widths=[44 * mm, 34 * mm, 34 * mm, 38 * mm], table_fy=2024,
        bold_rows=("合計", "アジア小計", "北米・欧州小計"),
    )
    countries.unit = lambda row, c, s=countries: bracket_unit(s.column_label(c))
    reasons = TableSpec(
        key="reasons", doc=SITE_PDF, title="成約に至らなかった主な理由（複数回答）",
        header=[["理由", "回答数（社）", "割合（％）"]],
        rows=[[n, fw(k), cell(pct1(k, NO_DEAL))] for n, k in REASONS],
        col_widths=[80 * mm, 30 * mm, 30 * mm], ruled=False, table_fy=2024,
    )
    reasons.unit = lambda row, c, s=reasons: bracket_unit(s.column_label(c))
    return fields, countries, reasons


def site_story(specs):
    fields, countries, reasons = specs
    firms, products, meetings = (sum(r[j] for r in FIELDS) for j in (1, 2, 3))
    everyone = [m for _s, ms in REGIONS for m in ms]
    deals, amount = sum(m[2] for m in everyone), sum(m[3] for m in everyone)
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{SITE} 実績報告書", TITLE),
          Spacer(1, 1 * mm), P("令和７年６月", DATE_RIGHT), P(SITE_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　事業の概要", H1)]
    st += lv_lines([
        ("事業名", SITE),
        ("実施主体", PREF),
        ("運営", f"{KYOKAI}（県からの委託）"),
        ("実施期間", "令和６年４月から令和７年３月まで"),
        ("サイトの言語", "英語、中国語（繁体字・簡体字）、タイ語、日本語"),
        ("事業費", "2,160万円"),
    ], 0)
    st += paras("""
この報告書において「登録バイヤー」とは、サイトに利用者登録をし、協会の審査を経て商談を申し込めるようになった海外の輸入業者、卸売業者及び小売業者をいう。「商談」とは、登録バイヤーと出展企業が、オンライン又は対面で、価格や数量等の条件を示して行った協議をいい、資料の請求のみのものを含まない。また、「成約」とは、商談を経て、年度内に最初の発注（試験的な発注を含む。）を受けたことをいう。
""", 0)
    st += [P("２　事業の内容", H1)]
    st += paras("協会は、県内の中小企業の商品を海外のバイヤーに紹介するため、次の業務を行った。", 0)
    st += bullets([
        "出展企業の商品ページを４言語で作成し、サイトに掲載する。",
        "登録バイヤーからの商談の申込みを受け、日程の調整とオンライン商談の通訳を行う。",
        "来県するバイヤーとの対面商談を設定し、工場や産地の見学を案内する。",
        "成約した企業に、見積り、契約及び船積みの手続を助言する。",
        "出展企業を募集し、審査する（出展料は無料）。",
    ], 0)
    st += [P("３　出展企業と掲載商品", H1)]
    st += paras(f"""
令和６年度末の出展企業は{firms}社、掲載商品は{products}点であった。掲載できる商品は１社当たり20点までとしており、新たに出展した企業は{NEW_FIRMS}社であった。分野別では、日本酒・焼酎が出展企業数、掲載商品数、商談件数のいずれでも最も多い。
""", 0)
    st += [caption(fields.title, "（令和６年度末）", keep=False), fields.flowable(), Spacer(1, 2)]
    st += notes(["※１ 商談件数は、令和６年度に行われた商談の件数である。同じバイヤーとの複数回の協議は１件と数える。"])
    st += [P("４　商談と成約", H1)]
    st += paras(f"""
令和６年度末の登録バイヤーは{BUYER_COUNTRIES}か国・地域の{BUYERS}社（前年度末から{BUYERS_UP}社増）となった。商談は{meetings}件（前年度{PREV_MEETINGS}件）行われ、{deals}件が成約し、成約金額は{amount:,}万円であった。国・地域別では、台湾が商談件数、成約件数、成約金額のいずれでも最も多い。
""", 0)
    st += [caption(countries.title, "（令和６年度）"), countries.flowable(), Spacer(1, 2)]
    st += notes(["※２ 成約金額は、年度内に受けた最初の発注の金額（円換算）の合計である。"])
    st += [P("５　成約事例", H1)]
    for i, (head, where, how, what) in enumerate(SITE_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("相手国・地域", where), ("商談の方法", how), ("成約の内容", what)], 1)
    st += [P("６　出展企業アンケート", H1)]
    st += paras(f"""
令和７年３月に出展企業{SURVEY_SENT}社にアンケートを行い、{SURVEY_BACK}社から回答を得た。このうち年度内に成約がなかった{NO_DEAL}社に、成約に至らなかった理由を聞いたところ、「価格の条件が合わなかった」が半数近くで最も多かった。
""", 0)
    st += [caption(reasons.title, f"（ｎ＝{NO_DEAL}社）"), reasons.flowable(), Spacer(1, 2)]
    st += notes(["※３ 割合は、成約がなかった企業に対する回答数の割合である。複数回答のため、合計は100％にならない。"])
    st += [P("７　今後の取組", H1)]
    st += numbered([
        "① 令和７年度は、ベトナム語の商品ページを追加する。",
        "② 最低発注数量の小さい試験的な取引を、輸入業者に働きかける。",
        "③ 輸出先の規制や表示について、出展企業向けの勉強会を年３回開く。",
    ], 0)
    st += [CondPageBreak(34 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{SITE_DEPT} 販路開拓班　電話：099-574-2150　ファクス：099-574-2159",
        f"{KYOKAI}（サイトの運営、出展の申込み）　電話：099-574-2300",
        "電子メール：sugi-tradelink@example.jp",
    ]))
    return st


# ================================================================ document 3: exhibition centre, usage guide
MESSE = f"{PREF}国際展示場（杉メッセ）"
MESSE_DEPT = f"{PREF} 商工労働部 産業振興課"
OPERATOR = "杉メッセ運営共同事業体"
FEES = [  # 施設, 午前, 午後, 夜間, 全日 (円, 令和７年度, 平日)
    ("展示ホールＡ", 186000, 248000, 205000, 560000), ("展示ホールＢ", 96000, 128000, 106000, 288000),
    ("国際会議室", 54000, 72000, 60000, 162000), ("中会議室", 12000, 16000, 13000, 36000),
    ("商談室", 3000, 4000, 3300, 9000), ("屋外展示場", 42000, 56000, 46000, 126000),
]
WEEKEND = Decimal("1.2")  # note ※２: 土曜日、日曜日及び休日は２割増し
REDUCTIONS = [  # 見出し, 対象, 減免率, 必要な書類 (same labels in every sibling section)
    ("国際的な催事", "国際的な催事を開く者", "３割", "海外からの出展者又は参加者の見込みを示す資料"),
    ("県内中小企業者の輸出商談会", "県内中小企業者が主催し、海外のバイヤーを招く商談会", "５割", "招へいするバイヤーの名簿"),
    ("学校の国際交流行事", "県内の学校が行う国際交流の行事", "10割（全額免除）", "学校長の依頼文書"),
]
CANCEL = [("使用日の180日前までの取消し", "使用料の１割"), ("179日前から60日前までの取消し", "使用料の３割"),
          ("59日前以降の取消し", "使用料の全額（返還しない）")]
INDICATORS = [  # 項目, 単位, 令和４年度, 令和５年度, 令和６年度
    ("催事の件数", "件", 212, 248, 263), ("うち国際的な催事", "件", 9, 14, 18),
    ("来場者数", "千人", 486, 612, 655), ("展示ホールの稼働率", "％", Decimal("58.4"), Decimal("66.1"), Decimal("69.7")),
    ("使用料収入", "万円", 18420, 21360, 22980),
]
IND_YEARS = (2022, 2023, 2024)


def messe_specs():
    fees = TableSpec(
        key="fees", doc=MESSE_PDF, title="施設の使用料（平日）",
        header=[["施設", "午前", "午後", "夜間", "全日"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in FEES],
        col_widths=[44 * mm, 28 * mm, 28 * mm, 28 * mm, 28 * mm], unit="円", table_fy=2025,
    )
    indicators = TableSpec(
        key="indicators", doc=MESSE_PDF, title="利用状況の推移",
        header=[["項目", "単位", "令和４年度", "令和５年度", "令和６年度"]],
        rows=[[n, u, cell(a), cell(b), cell(c)] for n, u, a, b, c in INDICATORS],
        col_widths=[46 * mm, 18 * mm, 30 * mm, 30 * mm, 30 * mm], value_cols=[2, 3, 4],
        align_left_cols=(), bold_rows=(),
    )
    indicators.unit = lambda row, c: nfkc(row[1])
    return fees, indicators


def messe_story(specs):
    fees, indicators = specs
    last = {n: v[-1] for n, _u, *v in INDICATORS}
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{MESSE} 利用案内", TITLE),
          Spacer(1, 1 * mm), P("令和７年４月", DATE_RIGHT), P(MESSE_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　施設の概要", H1)]
    st += lv_lines([
        ("所在地", "杉市港町一丁目８番地"),
        ("開館時間", "午前９時から午後９時まで"),
        ("休館日", "毎月第２火曜日（休日の場合は翌日）及び12月29日から翌年１月３日まで"),
        ("主な施設", "展示ホールＡ（3,000㎡）、展示ホールＢ（1,500㎡）、国際会議室（300席）、中会議室（60席）、商談室（８室）、屋外展示場（2,200㎡）"),
        ("駐車場", "520台（有料）"),
        ("管理運営", f"{OPERATOR}（指定管理者）"),
    ], 0)
    st += paras("""
この案内において「国際的な催事」とは、海外の５以上の国・地域から出展者又は参加者があるもの、又は出展者の３割以上が海外の企業・団体である見本市、展示会、商談会及び国際会議をいう。「県内中小企業者」とは、県内に本社又は主たる事業所を有する中小企業者をいう。また、「休日」とは、国民の祝日に関する法律に規定する休日をいう。
""", 0)
    st += [P("２　施設の使用料", H1)]
    st += paras("平日の使用料は次のとおりです。使用料には、冷暖房と照明の料金を含みます。", 0)
    st += [caption(fees.title, "（単位：円）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 午前は９時から12時まで、午後は13時から17時まで、夜間は18時から21時まで、全日は９時から21時までの使用をいいます。",
        "※２ 土曜日、日曜日及び休日の使用料は、上表の額に２割を加えた額とします。",
        "※３ 商談室は１室当たりの額です。展示ホールの準備と撤去のための使用は、上表の額の５割とします。",
    ])
    st += [P("３　使用料の減免", H1)]
    st += paras("次の催事は、申請により使用料を減額し、又は免除します。減免は重ねて受けることができません。", 0)
    for i, (head, who, rate, doc) in enumerate(REDUCTIONS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("対象", who), ("減免率", rate), ("必要な書類", doc)], 1)
    st += [P("４　附属設備の使用料", H1)]
    st += lv_lines([
        ("同時通訳ブース（２言語）", "１日 32,000円"),
        ("大型映像装置", "１日 18,000円"),
        ("商談用テーブルセット", "１組１日 1,200円"),
        ("専用の無線ＬＡＮ回線", "１日 5,000円"),
    ], 0)
    st += [P("５　申込みの手続", H1)]
    st += numbered([
        "① 空き状況の確認（電話又はウェブサイト）",
        "② 仮予約（展示ホールは使用日の属する月の１年前の月の初日から、会議室と商談室は６か月前の月の初日から）",
        "③ 使用許可申請書の提出（仮予約の日から14日以内）",
        "④ 使用許可書の交付と使用料の納付（使用日の30日前まで）",
        "⑤ 事前の打合せ（使用日の１か月前までに、搬入計画と警備計画を提出）",
        "⑥ 使用と原状回復の確認",
    ], 0)
    st += [P("６　使用の取消し", H1)]
    st += paras("使用を取り消すときは、取消届を提出してください。納付した使用料のうち、次の額は返還しません。", 0)
    st += bullets([f"{k}：{v}" for k, v in CANCEL], 0)
    st += [P("７　利用の状況", H1)]
    st += paras(f"""
令和６年度（2024年度）の催事は{last['催事の件数']}件で、このうち国際的な催事は{last['うち国際的な催事']}件と過去最多になりました。来場者は延べ65万5千人でした。
""", 0)
    st += [caption(indicators.title), indicators.flowable(), Spacer(1, 2)]
    st += notes(["※４ 稼働率は、展示ホールＡ・Ｂを使用した日数の合計を、使用できる日数の合計で割ったものです。"])
    st += [P("８　よくある質問", H1)]
    qa = [
        ("展示ホールで飲食物を販売できますか。", "保健所の営業許可を得た場合に限り、販売できます。"),
        ("海外から送った展示品を、会場で受け取れますか。", "使用日の３日前から受け取ります。保税の手続は出展者が行ってください。"),
        ("搬入の前日から会場を使えますか。", "使えます。準備のための使用として、使用料は上表の額の５割です。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(34 * mm), P("９　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{MESSE_DEPT} 施設管理班　電話：099-577-6410　ファクス：099-577-6419",
        f"{OPERATOR}（予約の受付）　電話：099-577-6500",
        "電子メール：sugi-messe@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return yoko_specs() + site_specs() + messe_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    yspecs, sspecs, mspecs = yoko_specs(), site_specs(), messe_specs()
    ydoc = build_pdf(docs_dir / YOKO_PDF, yspecs, yoko_story(yspecs),
                     f"{YOKO}交付要綱", "令和７年４月", YOKO_DEPT)
    sdoc = build_pdf(docs_dir / SITE_PDF, sspecs, site_story(sspecs),
                     f"令和６年度 {SITE} 実績報告書", "令和７年６月", SITE_DEPT)
    mdoc = build_pdf(docs_dir / MESSE_PDF, mspecs, messe_story(mspecs),
                     f"令和７年度 {MESSE} 利用案内", "令和７年４月", MESSE_DEPT)
    gold = all_gold({YOKO_PDF: ydoc.row_pages, SITE_PDF: sdoc.row_pages, MESSE_PDF: mdoc.row_pages})
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
    # --- yoko: the trade-practice staff grant guideline, tables (a) (b) (c), definitions, costs not covered, sibling sections, steps
    dict(question="従業員がちょうど５人の小さな輸出入の商社（卸売業）が、貿易事務の担当者を１人、正社員で新しく雇う予定です。その人の賃金は何％まで補助されますか？",
         category="yoko", doc=YOKO_PDF,
         evidence=["商業又はサービス業を主たる事業とする者は５人）以下", "新規雇用者の賃金（６か月分） 40 50 90 120"],
         answer=["50"],
         notes="two facts: a wholesaler is 商業, so ５人 is within 「５人）以下」 and the firm is a 小規模企業者 (definition in "
               "第２条, asked at its boundary; the 20人 of manufacturers does not apply); (a) two-level header, leaf "
               "補助率（％）／小規模企業者; 40 (中小企業者) is the trap"),
    dict(question="2025年度の募集で、社員が80人いる部品メーカーが社員を外部の貿易実務講座に通わせる場合、受講者１人当たりの補助の上限はいくらですか？",
         category="yoko", doc=YOKO_PDF, evidence=["外部研修の受講料 50 75 20 25"], answer=["20"],
         notes="(a) leaf 上限額（万円）／中小企業者 (80人 is above the 20人 of the definition; note ※１); the leaf "
               "中小企業者 is printed under both groups, so the rate 50 is a trap, and 25 (小規模企業者); "
               "2025年度 = 令和７年度 (printed nowhere in Western form)"),
    dict(question="３年前まで当社でアルバイトをしていた人を、令和７年６月に正社員として採用し直す予定です。この人は補助の対象になる「新規雇用者」に当たりますか？",
         category="yoko", doc=YOKO_PDF, evidence=["雇用の日前１年以内に当該事業者に雇用されていたことがない"],
         answer=["１年以内"],
         notes="definition 「新規雇用者」 in 第２条 (yes: only employment within １年 before the hire excludes; hired in the "
               "period 令和７年４月１日–12月31日 on an open-ended contract)"),
    dict(question="新しく雇った人の賃金の補助を受けたい場合、いつまでに雇い入れた人が対象になりますか？",
         category="yoko", doc=YOKO_PDF, evidence=["令和７年４月１日から同年12月31日までの間"], answer=["12月31日"],
         notes="the hire period inside the definition of 「新規雇用者」 (第２条); 令和８年２月27日 (the end of the project "
               "period) and 12月26日 (the end of the call) are the near misses"),
    dict(question="2023年度には、この補助金を使って何人が新しく雇われましたか？",
         category="yoko", doc=YOKO_PDF, evidence=["令和５年度 33 27 19 1,704"], answer=["19"],
         notes="(b) years as rows: 2023年度 = 令和５年度 (only 2021年度 is printed in Western form); column "
               "新規雇用者数（人）; 27 (交付件数) is the trap"),
    dict(question="令和６年度は、交付１件当たり平均でいくら交付した計算になりますか？",
         category="yoko", doc=YOKO_PDF, evidence=["令和６年度 41 34 24 2,236"], answer=["65.8万円"], computed=True,
         notes="(b) average in a row: 2,236 / 34 = 65.8万円 (dividing by the 41 applications is the trap)"),
    dict(question="令和６年度に機械や金属製品のメーカーに交付した額のうち、新しく雇った人の賃金の分は何％を占めていますか？",
         category="yoko", doc=YOKO_PDF, evidence=["機械・金属製品製造業 524 148 61 733"], answer=["71.5%"], computed=True,
         notes="(c) share within a row against the total column on the right: 524 / 733 = 71.5 %"),
    dict(question="工作機械の部品を作っている会社の活用事例では、いくらの補助金が出ましたか？",
         category="yoko", doc=YOKO_PDF, evidence=["工作機械部品製造業Ｂ社", "補助金の額：178万円"], answer=["178万円"],
         notes="sibling sections （１）–（３） of （参考３） share the labels 採用・育成した人材, 主な業務, 補助金の額; "
               "（２）工作機械部品製造業Ｂ社; 86万円 and 54万円 are the siblings' values"),
    dict(question="交付申請書は、雇用や研修を始めるどのくらい前までに出さなければなりませんか？",
         category="yoko", doc=YOKO_PDF, evidence=["雇用又は研修の開始の30日前まで"], answer=["30日前"],
         notes="procedure step ② of 第６条 (the 30日以内 of step ⑤, the report after the project, is the near miss)"),
    dict(question="新しく雇った人に払う通勤手当やボーナスも、賃金として補助してもらえますか？",
         category="yoko", doc=YOKO_PDF, evidence=["次に掲げる経費は、補助の対象としない", "通勤手当、時間外手当及び賞与"],
         answer=["対象としない"],
         notes="the costs not covered (第５条, a lead sentence and four ○ items): no; the wages themselves (covered, "
               "別表) are the near miss"),
    # --- site: the online business-meeting site report, tables (d) (e) (f), a definition, sibling sections
    dict(question="2024年度の海外向けオンライン商談サイトの運営には、いくらの事業費がかかりましたか？",
         category="site", doc=SITE_PDF, evidence=["事業費：2,160万円"], answer=["2,160万円"],
         notes="「label：value」 line 事業費 (the report prints no Western year: 2024年度 = 令和６年度); the 成約金額 "
               "6,230万円 is the near miss"),
    dict(question="海外のバイヤーからカタログを送ってほしいと頼まれただけのやり取りも、商談の件数に入っていますか？",
         category="site", doc=SITE_PDF, evidence=["資料の請求のみのものを含まない"], answer=["含まない"],
         notes="definition 「商談」とは…協議をいい、資料の請求のみのものを含まない (no: asked at its boundary)"),
    dict(question="令和６年度末の時点で、化粧品の分野ではサイトに何点の商品が載っていましたか？",
         category="site", doc=SITE_PDF, evidence=["化粧品 ５ 37 24"], answer=["37"],
         notes="(d) continuation page (no header there): row 化粧品, column 掲載商品数（点）; 24 (商談件数) and ５ "
               "(出展企業数) are the traps"),
    dict(question="刃物や金物の分野では、出展企業１社当たり平均で何点の商品を載せていますか？",
         category="site", doc=SITE_PDF, evidence=["刃物・金物 ７ 83 52"], answer=["11.9点"], computed=True,
         notes="(d) average in a row on the first page of the table: 83 / 7 = 11.9点"),
    dict(question="成約金額で見ると、２番目に多い国・地域はどこですか？",
         category="site", doc=SITE_PDF, evidence=["米国 64 ８ 1,150"], answer=["米国"],
         notes="(e) ranking in the column 成約金額（万円） over the country rows: 台湾 1,260, 米国 1,150, 香港 940; the "
               "subtotal rows (アジア小計 3,860, 北米・欧州小計 1,980) are no countries, and 香港 (second within アジア) "
               "is the trap"),
    dict(question="北米とヨーロッパのバイヤーとの成約金額は、合わせていくらでしたか？",
         category="site", doc=SITE_PDF, evidence=["北米・欧州小計 131 15 1,980"], answer=["1,980"],
         notes="(e) the subtotal row 北米・欧州小計 inside the table, column 成約金額（万円）; 6,230 (合計) and 3,860 "
               "(アジア小計) are the traps"),
    dict(question="成約金額のうち、アジアのバイヤーとの取引は何％を占めていますか？",
         category="site", doc=SITE_PDF, evidence=["アジア小計 305 43 3,860", "合計 472 62 6,230"], answer=["62.0%"],
         computed=True,
         notes="(e) share of a subtotal row in the 合計: 3,860 / 6,230 = 62.0 %"),
    dict(question="2024年度の商談のうち、成約に結びついたのは何％ですか？",
         category="site", doc=SITE_PDF, evidence=["合計 472 62 6,230"], answer=["13.1%"], computed=True,
         notes="(e) share within the 合計 row: 62 / 472 = 13.1 % (the prose gives both numbers too); 2024年度 = 令和６年度 "
               "(the report prints no Western year)"),
    dict(question="商談の件数は、前の年度と比べて何件増えましたか？",
         category="site", doc=SITE_PDF, evidence=["472件（前年度351件）"], answer=["121件"], computed=True,
         notes="(d) 合計 of 商談件数（件） (472, also in the prose) against the prior year in the prose only: 472 − 351 = "
               "121件; 94社 (the growth of the registered buyers) is the near miss"),
    dict(question="成約できなかった会社のうち、バイヤーが求める最低ロットに応えられなかったと答えたのは何社ですか？",
         category="site", doc=SITE_PDF, evidence=["最低発注数量に対応できなかった 19 32.8"], answer=["19"],
         notes="(f) unruled table, counts and per cents in paired columns: column 回答数（社）; 32.8 (割合（％）) is the trap"),
    dict(question="干物を扱っている会社の成約事例では、どのように商談を進めましたか？",
         category="site", doc=SITE_PDF, evidence=["水産加工業Ｅ社", "商談の方法：オンライン商談３回"],
         answer=["オンライン商談３回"],
         notes="sibling sections （１）–（３） of ５ share the labels 相手国・地域, 商談の方法, 成約の内容; "
               "（２）水産加工業Ｅ社 (干物 is in its 成約の内容); the siblings' 商談の方法 are the traps"),
    # --- messe: the exhibition centre guide, tables (g) (h), definitions, reductions, cancellation
    dict(question="土曜日に中会議室を朝９時から夜９時まで通しで借りると、使用料はいくらになりますか？",
         category="messe", doc=MESSE_PDF,
         evidence=["中会議室 12,000 16,000 13,000 36,000", "上表の額に２割を加えた額"], answer=["43,200円"],
         computed=True,
         notes="(g) column 全日 (note ※１: ９時から21時) plus note ※２ (土曜日 +２割): 36,000 × 1.2 = 43,200円"),
    dict(question="平日に展示ホールＢを夕方６時から夜９時まで使う場合、使用料はいくらですか？",
         category="messe", doc=MESSE_PDF,
         evidence=["夜間は18時から21時まで", "展示ホールＢ 96,000 128,000 106,000 288,000"], answer=["106,000"],
         notes="two facts: note ※１ puts 18時–21時 in 夜間; (g) row 展示ホールＢ, column 夜間; 96,000 (午前) is the trap"),
    dict(question="県内の中小企業が、海外のバイヤーを招いて自社で商談会を開く場合、使用料はどれだけ減額されますか？",
         category="messe", doc=MESSE_PDF, evidence=["（２）県内中小企業者の輸出商談会", "減免率：５割"], answer=["５割"],
         notes="sibling sections （１）–（３） of ３ share the labels 対象, 減免率, 必要な書類; （２）県内中小企業者の輸出商談会; "
               "３割 and 10割 are the siblings' values"),
    dict(question="海外の８か国から企業が出展する見本市で、平日に展示ホールＡを１日通しで使う場合、減額後の使用料はいくらになりますか？",
         category="messe", doc=MESSE_PDF,
         evidence=["海外の５以上の国・地域から", "減免率：３割", "展示ホールＡ 186,000 248,000 205,000 560,000"],
         answer=["392,000円"], computed=True,
         notes="three facts: ８か国 makes the fair a 「国際的な催事」 (definition in １), whose reduction is ３割 (section "
               "（１） of ３); (g) column 全日: 560,000 × 0.7 = 392,000円 (the ５割 of （２） is the trap)"),
    dict(question="海外からの出展は３か国だけですが、出展者のちょうど３割が海外の企業という展示会は、「国際的な催事」になりますか？",
         category="messe", doc=MESSE_PDF, evidence=["出展者の３割以上が海外の企業・団体"], answer=["３割以上"],
         notes="definition 「国際的な催事」 in １ (yes: either condition suffices, and ３割 is within 「３割以上」; the "
               "５以上の国・地域 condition is not met, the trap)"),
    dict(question="2023年度に杉メッセで開かれた国際的な催事は何件でしたか？",
         category="messe", doc=MESSE_PDF, evidence=["うち国際的な催事 件 ９ 14 18"], answer=["14"],
         notes="(h) fiscal years as columns, unit per row in the 単位 column: 2023年度 = the 令和５年度 column (the guide "
               "prints 2024年度 only); 18 (令和６年度, also in the prose) is the trap"),
    dict(question="使用料の収入は、令和４年度から令和６年度までにいくら増えましたか？",
         category="messe", doc=MESSE_PDF, evidence=["使用料収入 万円 18,420 21,360 22,980"], answer=["4,560万円"],
         computed=True,
         notes="(h) difference across the year columns, unit 万円 from the 単位 column: 22,980 − 18,420 = 4,560万円"),
    dict(question="平日の展示ホールＢ全日の予約を、使用日の100日前に取り消すと、返ってこない額はいくらですか？",
         category="messe", doc=MESSE_PDF,
         evidence=["179日前から60日前までの取消し：使用料の３割", "展示ホールＢ 96,000 128,000 106,000 288,000"],
         answer=["86,400円"], computed=True,
         notes="a bulleted item of ６ (100日前 falls in 179–60日前: ３割) and (g) column 全日: 288,000 × 0.3 = 86,400円"),
    # --- followups
    dict(question="その年度に新しく雇われた人は何人でしたか？",
         category="followup", doc=YOKO_PDF, evidence=["令和４年度 26 21 15 1,318"], answer=["15"],
         history=_turns("2022年度は何件に交付しましたか？",
                        "2022年度（令和４年度）の交付件数は21件でした[1]。"),
         notes="(b) the year from the history (2022年度 = 令和４年度), column 新規雇用者数（人）; 21 (交付件数) is the trap"),
    dict(question="その分野の商談は何件ありましたか？",
         category="followup", doc=SITE_PDF, evidence=["繊維製品 ６ 48 19"], answer=["19"],
         history=_turns("繊維製品の分野には、何社が出展していましたか？",
                        "繊維製品の出展企業は６社でした[1]。"),
         notes="(d) the row from the history (繊維製品, on the continuation page), column 商談件数（件）"),
    dict(question="それで成約した金額は、合わせていくらでしたか？",
         category="followup", doc=SITE_PDF, evidence=["台湾 98 14 1,260"], answer=["1,260"],
         history=_turns("台湾のバイヤーとの商談は何件ありましたか？",
                        "台湾のバイヤーとの商談は98件でした[1]。"),
         notes="(e) the row from the history (台湾), column 成約金額（万円）; 3,860 (アジア小計) is the trap"),
    dict(question="では、その部屋を夜間に使う場合はいくらですか？",
         category="followup", doc=MESSE_PDF, evidence=["国際会議室 54,000 72,000 60,000 162,000"], answer=["60,000"],
         history=_turns("平日に国際会議室を午後だけ使うと、使用料はいくらですか？",
                        "国際会議室の午後の使用料は72,000円です[1]。"),
         notes="(g) the row from the history (国際会議室), column 夜間; 54,000 (午前) is the trap"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=MESSE_PDF, evidence=["電話：099-577-6500"], answer=["099-577-6500"],
         history=_turns("杉メッセの予約は、どこが受け付けていますか？",
                        f"予約は{OPERATOR}が受け付けています[1]。"),
         notes="contact box of the guide: the operator's phone (second line); the 班's phone 099-577-6410 and fax "
               "099-577-6419 (first line) are the near misses"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="この補助金で雇われた人のうち、１年後も同じ会社で働き続けている人の割合はどれくらいですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline gives the new hires per year and asks firms (第７条) to keep them a year, not how many stayed",
         absent=["定着率", "離職率", "定着"]),
    dict(question="外部研修では、どの研修機関の講座がいちばん多く使われていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the grants are given by year and by industry and cost item, not by training provider",
         absent=["研修機関", "講座別", "受講先"]),
    dict(question="登録バイヤーを国別に見ると、米国のバイヤーは何社登録していますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report gives the registered buyers as one total (386社, 17か国・地域) and the meetings and deals by "
               "country, not the registered buyers by country (米国's 64 meetings are the near miss)",
         absent=["登録バイヤー数", "国別の登録", "国・地域別の登録"]),
    dict(question="サイトの商品ページは、年間でどれくらい閲覧されていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report counts firms, products, meetings and deals, not page views",
         absent=["閲覧", "アクセス数", "ページビュー"]),
    dict(question="杉メッセの駐車場は、１日停めるといくらかかりますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the car park's size (520台（有料）) but no parking fee",
         absent=["駐車料金", "駐車場の料金", "駐車料"]),
    dict(question="令和６年度の国際的な催事には、海外から何人の来場者がありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the number of international events (18) and all visitors (655千人), not the visitors "
               "from abroad",
         absent=["海外からの来場者", "外国人来場者", "海外来場者"]),
]
CATEGORY_COUNTS = {"yoko": 10, "site": 11, "messe": 8, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h53q", "h53t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H = (
    "補助対象経費と補助率・上限額", "年度別の交付実績", "業種別・経費区分別の交付額",
    "分野別の出展企業と掲載商品", "国・地域別の商談と成約", "成約に至らなかった主な理由（複数回答）",
    "施設の使用料（平日）", "利用状況の推移")
LETTERS = dict(zip((A, B, C, D, E, F, G, H), "abcdefgh"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y, unit) -> str:
    q = half_up(Decimal(x) / Decimal(y), "0.1")
    return f"{int(q) if q == q.to_integral() else q}{unit}"


def wari(text: str) -> Decimal:
    """The share a 「…割」 in the text gives (使用料の３割 -> 0.3)."""
    return Decimal(re.search(r"(\d+)割", nfkc(text)).group(1)) / 10


def _yen(x) -> str:
    q = Decimal(x)
    assert q == q.to_integral()
    return f"{int(q):,}円"


COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h53q06": lambda g: _avg(g(B, "令和６年度", "交付額（万円）", 2024), g(B, "令和６年度", "交付件数（件）", 2024), "万円"),
    "h53q07": lambda g: _pct(g(C, "機械・金属製品製造業", "賃金（万円）", 2024), g(C, "機械・金属製品製造業", "計（万円）", 2024)),
    "h53q14": lambda g: _avg(g(D, "刃物・金物", "掲載商品数（点）", 2024), g(D, "刃物・金物", "出展企業数（社）", 2024), "点"),
    "h53q17": lambda g: _pct(g(E, "アジア小計", "成約金額（万円）", 2024), g(E, "合計", "成約金額（万円）", 2024)),
    "h53q18": lambda g: _pct(g(E, "合計", "成約件数（件）", 2024), g(E, "合計", "商談件数（件）", 2024)),
    "h53q19": lambda g: f"{g(D, '合計', '商談件数（件）', 2024) - PREV_MEETINGS}件",
    "h53q22": lambda g: _yen(g(G, "中会議室", "全日", 2025) * WEEKEND),
    "h53q25": lambda g: _yen(g(G, "展示ホールＡ", "全日", 2025) * (1 - wari(REDUCTIONS[0][2]))),
    "h53q28": lambda g: f"{g(H, '使用料収入', '令和６年度', 2024) - g(H, '使用料収入', '令和４年度', 2022):,}万円",
    "h53q29": lambda g: _yen(g(G, "展示ホールＢ", "全日", 2025) * wari(CANCEL[1][1])),
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {YOKO_PDF: (3, 3), SITE_PDF: (3, 3), MESSE_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (150, 200)
TABLE_QUESTIONS = 18  # at least, over the answerable categories outside the followups
BEFORE_BREAK_ROWS = ("日本酒・焼酎", "茶", "水産加工品")  # rows of (d) expected before the page break
CONTINUED_ROWS = ("化粧品", "機械部品", "合計")  # and after it
SUBTOTALS = ("アジア小計", "北米・欧州小計")


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout53.py")
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
        # a computed answer is printed nowhere in the set (not only not in its own document)
        if q.get("computed"):
            for a in q["answer"]:
                hits = [n for n, t in doc_text.items() if norm(a) in t]
                if hits:
                    errors.append(f"{qid}: computed answer {a!r} is printed in {hits}")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout53.py")
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
            # each printed row, cell after cell (the 単位 cell of (h) included), on its page
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
        members = rows if rows is not None else [r for r in tab if r != total]
        for col in cols:
            if tab[total][col] != sum(tab[r][col] for r in members):
                errors.append(f"{table}: {total} of {col} does not add up")

    # (a): small firms get at least the general rate and cap; no cap above the firm cap of note ※２
    for row, r in t[A].items():
        if r["補助率（％）／小規模企業者"] < r["補助率（％）／中小企業者"]:
            errors.append(f"{A} / {row}: 小規模企業者 rate below the 中小企業者 rate")
        if r["上限額（万円）／小規模企業者"] < r["上限額（万円）／中小企業者"]:
            errors.append(f"{A} / {row}: 小規模企業者 cap below the 中小企業者 cap")
        if r["上限額（万円）／小規模企業者"] > COMPANY_CAP:
            errors.append(f"{A} / {row}: a cap above the firm cap of note ※２")
    # (b): growing applications; grants within applications; amounts within grants × firm cap
    b = t[B]
    ns = [r["申請件数（件）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for row, r in b.items():
        if r["交付件数（件）"] > r["申請件数（件）"] or r["交付額（万円）"] > r["交付件数（件）"] * COMPANY_CAP:
            errors.append(f"{B} / {row}: grants or amounts out of range")
    # (c): the total column on the right is each row's sum; 合計 adds up and equals (b)'s 令和６年度
    c = t[C]
    parts = ("賃金（万円）", "研修受講料（万円）", "受験料・謝金等（万円）")
    for row, r in c.items():
        if r["計（万円）"] != sum(r[p] for p in parts):
            errors.append(f"{C} / {row}: 計 is not the sum of the row")
    adds_up(C, parts + ("計（万円）",))
    if c["合計"]["計（万円）"] != b["令和６年度"]["交付額（万円）"]:
        errors.append(f"{C}: 合計 differs from 令和６年度 of {B}")
    # (d): 合計 adds up; its 商談件数 equals (e)'s 合計
    adds_up(D, ("出展企業数（社）", "掲載商品数（点）", "商談件数（件）"))
    e = t[E]
    if t[D]["合計"]["商談件数（件）"] != e["合計"]["商談件数（件）"]:
        errors.append(f"{D}: 合計 商談件数 differs from {E}")
    # (e): each subtotal adds up its region's rows; 合計 adds up the countries (subtotals left out)
    ecols = ("商談件数（件）", "成約件数（件）", "成約金額（万円）")
    for sub, members in REGIONS:
        if sub:
            adds_up(E, ecols, [m[0] for m in members], total=sub)
    adds_up(E, ecols, [r for r in e if r != "合計" and r not in SUBTOTALS])
    if any(r["成約件数（件）"] > r["商談件数（件）"] for r in e.values()):
        errors.append(f"{E}: 成約件数 above 商談件数")
    # (f): the per cents come from the counts over the firms without a deal
    for name, k in REASONS:
        r = t[F][name]
        if r["回答数（社）"] != k or Decimal(str(r["割合（％）"])) != pct1(k, NO_DEAL):
            errors.append(f"{F} / {name}: the per cent differs from the count")
    # (g): 全日 costs more than any slot and less than the three slots together
    for row, r in t[G].items():
        slots = [r["午前"], r["午後"], r["夜間"]]
        if not max(slots) < r["全日"] <= sum(slots):
            errors.append(f"{G} / {row}: 全日 out of range")
    # (h): international events within all events
    h = t[H]
    for y in ("令和４年度", "令和５年度", "令和６年度"):
        if h["うち国際的な催事"][y] > h["催事の件数"][y]:
            errors.append(f"{H}: うち国際的な催事 above 催事の件数 in {y}")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    fields = specs["fields"]
    bp = sorted({g["page"] for g in gold if g["table"] == D})
    if len(bp) != 2:
        errors.append(f"{D} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(fields.header[0]))
        on = [i + 1 for i, p in enumerate(pages[SITE_PDF]) if header in norm(p)]
        if fields.repeat_header or on != bp[:1]:
            errors.append(f"{D}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[1]}
        if not 3 <= len(first) <= 8:
            errors.append(f"{D}: {len(first)} rows before the page break, expected 3-8")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{D}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("同じバイヤーとの複数回の協議は１件と数える") not in norm(pages[SITE_PDF][bp[1] - 1]):
            errors.append(f"{D}: note ※１ should follow the table on the continuation page")
    for key in ("rates", "record", "industry", "countries", "reasons", "fees", "indicators"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["reasons"].ruled or not all(s.ruled for k, s in specs.items() if k != "reasons"):
        errors.append(f"only {F} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns; the leaves repeat under both groups
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／中小企業者", "補助率（％）／小規模企業者", "上限額（万円）／中小企業者", "上限額（万円）／小規模企業者"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "万円"}:
        errors.append(f"{A}: units should come from the header groups")
    # (b): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::4] != [y for y, *_x in RECORD]:
        errors.append(f"{B}: expected years as rows")
    # (c): a total column on the right
    ccols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == C))
    if ccols[-1] != "計（万円）":
        errors.append(f"{C}: expected the total column 計（万円） on the right, got {ccols}")
    # (e): subtotal rows inside the table, each directly after its region's rows
    erows = [r[0] for r in specs["countries"].rows]
    for sub, members in REGIONS:
        if sub and erows.index(sub) != erows.index(members[-1][0]) + 1:
            errors.append(f"{E}: subtotal {sub} should follow the rows of its region")
    if erows[-1] != "合計" or not all(s in erows[:-1] for s in SUBTOTALS):
        errors.append(f"{E}: expected subtotal rows inside the table and 合計 last")
    # (f): counts and per cents in paired columns
    if [g["unit"] for g in gold if g["table"] == F][:2] != ["社", "%"]:
        errors.append(f"{F}: expected a count column and a per cent column side by side")
    # (h): fiscal years as columns, the unit of each row from the 単位 column
    hcols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == H))
    if hcols != [f"令和{fw(y - 2018)}年度" for y in IND_YEARS] or specs["indicators"].table_fy is not None \
            or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in gold if g["table"] == H):
        errors.append(f"{H}: expected the fiscal years as columns, got {hcols}")
    units = {g["row"]: g["unit"] for g in gold if g["table"] == H}
    if units != {n: nfkc(u) for n, u, *_v in INDICATORS} or len(set(units.values())) < 4:
        errors.append(f"{H}: the units should come from the 単位 column, one per row ({units})")
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
        got = re.findall(r"099-57\d-\d{4}", text)
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

    def has(text, s, what):
        if norm(s) not in text:
            errors.append(f"{what}: {s!r} is not printed")

    # ---- the grant guideline
    yk = norm("\n".join(pages[YOKO_PDF]))
    siblings(yk, YOKO_PDF, ("採用・育成した人材：", "主な業務：", "補助金の額："), [c[0] for c in CASES])
    has(yk, f"延べ{sum(r[2] for r in RECORD)}件、{sum(r[4] for r in RECORD):,}万円", "guideline (prose totals of (b))")
    has(yk, f"令和６年度は{RECORD[-1][1]}件の申請", "guideline (prose 令和６年度 of (b))")
    top = max(BY_INDUSTRY, key=lambda r: r[1] + r[2] + r[3])[0]
    if top != "機械・金属製品製造業":
        errors.append("guideline: 「機械・金属製品製造業への交付額が最も多く」 does not hold")
    for _h, _w, _b, amount in CASES:
        if int(amount.rstrip("万円")) > COMPANY_CAP:
            errors.append(f"guideline: a case's grant above the firm cap ({amount})")
    if re.findall(r"20\d\d年", yk) != ["2021年"]:
        errors.append("guideline: only 2021年度 should be printed in Western form")
    defs(yk, ("貿易実務", "新規雇用者", "小規模企業者", "貿易実務担当者"), "guideline")
    for x in EXCLUDED:
        has(yk, x, "guideline (cost not covered)")
    if not all(norm(f"第{fw(i)}条") in yk for i in range(1, 9)):
        errors.append("guideline: articles 第１条–第８条 expected")
    steps_of(YOKO_PDF, "①②③④⑤⑥", "guideline")
    contacts(YOKO_PDF, ["099-571-3820", "099-571-3829", "099-571-3900"], ["sugi-boeki-jinzai@example.jp"], "guideline")

    # ---- the site report
    st = norm("\n".join(pages[SITE_PDF]))
    siblings(st, SITE_PDF, ("相手国・地域：", "商談の方法：", "成約の内容："), [c[0] for c in SITE_CASES])
    firms, products, meetings = (sum(r[j] for r in FIELDS) for j in (1, 2, 3))
    everyone = [m for _s, ms in REGIONS for m in ms]
    deals, amount = sum(m[2] for m in everyone), sum(m[3] for m in everyone)
    has(st, f"出展企業は{firms}社、掲載商品は{products}点", "site report (prose totals of (d))")
    has(st, f"商談は{meetings}件（前年度{PREV_MEETINGS}件）行われ、{deals}件が成約し、成約金額は{amount:,}万円",
        "site report (prose totals of (e))")
    if PREV_MEETINGS >= meetings:
        errors.append("site report: the meetings should have grown")
    for j in (1, 2, 3):
        if max(FIELDS, key=lambda r, j=j: r[j])[0] != "日本酒・焼酎":
            errors.append("site report: 「日本酒・焼酎が…いずれでも最も多い」 does not hold")
        if max(everyone, key=lambda r, j=j: r[j])[0] != "台湾":
            errors.append("site report: 「台湾が…いずれでも最も多い」 does not hold")
    by_amount = [m[0] for m in sorted(everyone, key=lambda m: -m[3])]
    if by_amount[:3] != ["台湾", "米国", "香港"]:
        errors.append(f"site report: the ranking by 成約金額 the questions rely on does not hold ({by_amount[:3]})")
    country = {m[0]: m for m in everyone}
    for (head, where, _how, _what), amt in zip(SITE_CASES, CASE_AMOUNTS):
        if amt > country[where][3] or norm(f"約{amt}万円") not in st:
            errors.append(f"site report: case {head} does not fit its country's 成約金額")
    top = max(REASONS, key=lambda r: r[1])
    if top[0] != "価格の条件が合わなかった" or not 0.4 < top[1] / NO_DEAL < 0.5 or NO_DEAL > SURVEY_BACK:
        errors.append("site report: 「価格の条件が合わなかった」が半数近くで最も多かった does not hold")
    if re.findall(r"20\d\d年", st):
        errors.append("site report: no Western year should be printed")
    defs(st, ("登録バイヤー", "商談", "成約"), "site report")
    steps_of(SITE_PDF, "①②③", "site report")
    contacts(SITE_PDF, ["099-574-2150", "099-574-2159", "099-574-2300"], ["sugi-tradelink@example.jp"], "site report")

    # ---- the exhibition centre guide
    ms = norm("\n".join(pages[MESSE_PDF]))
    siblings(ms, MESSE_PDF, ("対象：", "減免率：", "必要な書類："), [r[0] for r in REDUCTIONS])
    last = {n: v[-1] for n, _u, *v in INDICATORS}
    has(ms, f"催事は{last['催事の件数']}件で、このうち国際的な催事は{last['うち国際的な催事']}件と過去最多",
        "guide (prose 令和６年度 of (h))")
    if any(v[:-1] and max(v[:-1]) >= v[-1] for n, _u, *v in INDICATORS if n == "うち国際的な催事"):
        errors.append("guide: 「過去最多」 does not hold")
    visitors = last["来場者数"]
    has(ms, f"延べ{visitors // 10}万{visitors % 10}千人", "guide (prose visitors of (h))")
    if re.findall(r"20\d\d年", ms) != ["2024年"]:
        errors.append("guide: only 2024年度 should be printed in Western form")
    defs(ms, ("国際的な催事", "県内中小企業者", "休日"), "guide")
    for k, v in CANCEL:
        has(ms, f"{k}：{v}", "guide (cancellation)")
    raw = "\n".join(pages[MESSE_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("guide: expected three Ｑ lines and three Ａ lines")
    steps_of(MESSE_PDF, "①②③④⑤⑥", "guide")
    contacts(MESSE_PDF, ["099-577-6410", "099-577-6419", "099-577-6500"], ["sugi-messe@example.jp"], "guide")
    # every phone number of the set is in 099-57x-xxxx, every mail address under example.jp
    for n, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text):
            if not re.fullmatch(r"099-57\d-\d{4}", ph):
                errors.append(f"{n}: phone number {ph} outside {PHONE_PREFIX}x-xxxx")
        for mail in re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text):
            if not mail.endswith(MAIL_DOMAIN):
                errors.append(f"{n}: mail address {mail} outside {MAIL_DOMAIN}")
    for n, p in pages.items():  # no name of another held-out set's prefecture
        text = "\n".join(p)
        if "杉県" not in text or "柏" in text:
            errors.append(f"{n}: prefecture name check failed")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
