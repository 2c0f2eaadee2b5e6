"""Build the 椴県 held-out set 67: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (椴県 and every town, scheme, organisation, phone number, address
and figure). The documents are in three genres the earlier sets do not use: a call for
applications (募集要領) for a subsidy towards small firms' costs of joining business associations
abroad (海外経済団体加入支援補助金: entry and registration fees, the first year's dues, listings in
the members' directory and newsletter, members' business meetings and general meetings,
translating the papers) with a two-level header of rates by firm size and caps by kind of body
(with a 「－」 cell), a yearly record (years as rows, header cells printed over two lines) and the
grants by country in two fiscal years with a 増減 column printing decreases with ▲; the report of a
survey of the prefecture's firms on how they gather and use market information from abroad
(海外市場情報に関する実態調査) with the firms by industry (a table continued over a page
break without its header), an unruled table of the sources by firm size and the prefecture's
information programme's indicators with 目標 / 実績 / 達成率 and a mark column (◎ ○ △); and the
user guide (利用案内) of a prefectural advice service on business visas and invitation letters
(海外出張ビザ・招へい手続相談サービス) with the fees by kind of procedure (a 「－」 cell, header cells
over two lines) and the consultations by country with a total column; see README.md beside this
file.

    python make_heldout67.py [OUTPUT_DIR]          # default: this file's directory

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

DANTAI_PDF = "todo_kaigai_dantai_kanyu_hojokin_boshu_yoryo_r7.pdf"
JOHO_PDF = "todo_kaigai_shijo_joho_chosa_r6.pdf"
VISA_PDF = "todo_visa_shohei_sodan_service_riyo_annai_r7.pdf"
ALL_PDFS = (DANTAI_PDF, JOHO_PDF, VISA_PDF)

UNITS = ("千円", "万円", "円", "千件", "件", "人", "社", "本", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
DASH = "－"  # a cell with no figure: the cost or service is not offered (no gold cell)
MINUS = "▲"  # printed before a decrease in a 増減 column
MARKS = ("◎", "○", "△")  # the 評価 column of the KPI table (gold cells without a number)
PHONE_PREFIX = "099-71"  # every phone number of the set: 099-71x-xxxx
MAIL_DOMAIN = "@example.jp"
OTHER_PREFS = ("楪県", "槐県")  # the other helper's prefecture and that of the model set


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
    """(number, unit) as printed after NFKC, ▲ read as a minus; (None, None) for marks and text."""
    v = nfkc(value).strip()
    if v.startswith(MINUS):
        v = "-" + v[1:]
    return docgen.parse_number(v, UNITS)


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
    return half_up(Decimal(str(k)) * 100 / Decimal(str(n)), "0.1")


def cell(x) -> str:
    """A table cell: None -> 「－」, an int as docgen prints it (single digits full-width), a Decimal
    with one decimal."""
    if x is None:
        return DASH
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def signed(n: int) -> str:
    """A 増減 cell: decreases with ▲, increases without a sign."""
    return f"{MINUS}{fw(-n)}" if n < 0 else fw(n)


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf and optional columns that
    cover a range of fiscal years (a 増減 column, a total column)."""

    col_range: dict | None = None  # {col: [first, last]} for columns covering several fiscal years

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
    """Every cell of the table except the 「－」 cells (no figure)."""
    out = []
    for i, r in enumerate(spec.rows):
        for c in spec.value_cols:
            value = r[c]
            if value == DASH:
                continue
            number, cell_unit = parse_number(value)
            unit = None if value in MARKS else (cell_unit or spec.cell_unit(r, c))
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


PREF = "椴県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: association-membership subsidy, call for applications
DANTAI = f"{PREF}海外経済団体加入支援補助金"
DANTAI_DEPT = f"{PREF} 商工労働部 国際経済課"
DANTAI_DESK = f"{PREF}海外ネットワーク相談窓口"
RATES = [  # 経費区分; 補助率（％）: 中小企業者, 小規模企業者; 上限額（千円）: 業界団体, 商工会議所等 (None: not covered)
    ("入会金・登録料", 50, 70, 300, 200),
    ("年会費（初年度分）", 50, 70, 400, 300),
    ("会員名簿・会報への掲載料", 40, 50, 150, None),
    ("会員向け商談会・総会の参加費", 40, 50, 250, 200),
    ("加入書類・会員向け資料の翻訳", 60, 75, 100, 80),
]
FIRM_CAP_MAN = 80  # note ※２: 万円 per firm (the table is in 千円)
RECORD = [  # 年度, 申請件数, 交付件数, うち小規模企業者, 交付額（千円）
    (2020, 9, 6, 2, 1842), (2021, 14, 10, 3, 3205), (2022, 18, 13, 5, 4118),
    (2023, 22, 17, 6, 5436), (2024, 27, 21, 9, 6790),
]
COUNTRY_YEARS = (2023, 2024)
COUNTRIES = [  # 加入先の国・地域: 交付件数 in 令和５, ６年度
    ("中国", 3, 2), ("台湾", 2, 3), ("タイ", 3, 4), ("ベトナム", 2, 4), ("シンガポール", 1, 1),
    ("インドネシア", 1, 2), ("米国", 3, 2), ("ドイツ", 1, 2), ("その他", 1, 1),
]
DANTAI_CASES = [  # 見出し, 加入先, 主な成果, 補助金の額; (cost items, column of the kind of body)
    ("精密部品製造業Ａ社（椴市）", "ドイツの工作機械部品の業界団体", "会員向け商談会で、欧州の代理店候補２社と面談した", "42万円",
     (("年会費（初年度分）", "会員向け商談会・総会の参加費"), 3)),
    ("食品製造業Ｂ社（霧ヶ原市）", "タイの日本人商工会議所", "会員名簿から現地の輸入商社を知り、取引を始めた", "18万円",
     (("入会金・登録料", "年会費（初年度分）"), 4)),
    ("木製家具製造業Ｃ社（鳴砂町）", "米国の家具小売の業界団体", "会報に自社の紹介記事を載せ、小売業者３社から引き合いがあった", "25万円",
     (("会員名簿・会報への掲載料", "加入書類・会員向け資料の翻訳"), 3)),
]
EXCLUDED = [  # 補助の対象にならない経費
    "２年目以降の年会費",
    "会員向け商談会又は総会に参加するための旅費及び宿泊費",
    "寄附金、協賛金その他の任意の拠出金",
    "交付決定の日より前に支払った経費",
]


def dantai_specs():
    rates = TableSpec(
        key="rates", doc=DANTAI_PDF, title="経費区分別の補助率と上限額",
        header=[["経費区分", "補助率（％）", "", "上限額（千円）", ""],
                ["", "中小企業者", "小規模企業者", "業界団体", "商工会議所等"]],
        rows=[[n, fw(a), fw(b), fw(c), cell(d)] for n, a, b, c, d in RATES],
        col_widths=[58 * mm, 25 * mm, 27 * mm, 25 * mm, 27 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    record = TableSpec(
        key="record", doc=DANTAI_PDF, title="申請と交付の実績",
        header=[["年度", "申請\n件数（件）", "交付\n件数（件）", "うち小規模\n企業者（件）", "交付額\n（千円）"]],
        rows=[[era(y), fw(a), fw(b), fw(p), fw(g)] for y, a, b, p, g in RECORD],
        col_widths=[32 * mm, 28 * mm, 28 * mm, 30 * mm, 30 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), signed(b - a)] for n, a, b in COUNTRIES]
    ta, tb = sum(r[1] for r in COUNTRIES), sum(r[2] for r in COUNTRIES)
    rows.append(["合計", fw(ta), fw(tb), signed(tb - ta)])
    countries = TableSpec(
        key="countries", doc=DANTAI_PDF, title="加入先の国・地域別の交付件数",
        header=[["加入先の国・地域"] + [era(y) for y in COUNTRY_YEARS] + ["増減"]],
        rows=rows, col_widths=[44 * mm, 30 * mm, 30 * mm, 26 * mm], unit="件",
    )
    countries.col_range = {3: [COUNTRY_YEARS[0], COUNTRY_YEARS[-1]]}
    return rates, record, countries


def dantai_story(specs):
    rates, record, countries = specs
    n_all, amt_all = sum(r[2] for r in RECORD), sum(r[4] for r in RECORD)
    last = RECORD[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{DANTAI} 募集要領", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(DANTAI_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　目的", H1)]
    st += paras(f"""
県内の中小企業が、海外の業界団体や商工会議所に加入し、その会員網を通じて取引先や現地の情報を得られるよう、加入に要する経費の一部を補助します。制度を始めた令和２年度（2020年度）から令和６年度までに、延べ{n_all}件、総額{amt_all:,}千円を交付しました。
""", 0)
    st += [P("２　募集の概要", H1)]
    st += lv_lines([
        ("補助事業名", DANTAI),
        ("補助対象者", "県内に本社又は主たる事業所を有する中小企業者（個人事業主を含む。）で、海外経済団体に新たに加入しようとするもの"),
        ("募集期間", "令和７年５月12日から６月20日まで（必着）"),
        ("予算額", "1,600万円"),
        ("採択予定件数", "25件程度"),
        ("補助事業期間", "交付決定の日から令和８年２月27日まで"),
    ], 0)
    st += paras("""
この要領において「海外経済団体」とは、海外に所在する業界団体、商工会議所その他の経済団体で、会員名簿の公開、会員向けの商談会の開催又は会員への情報提供を行うものをいいます。このうち「業界団体」とは、特定の業種の企業を会員とするものをいい、「商工会議所等」とは、商工会議所、日本人商工会議所その他の地域の企業を広く会員とするものをいいます。また、「小規模企業者」とは、常時使用する従業員の数が20人（商業又はサービス業は５人）以下の中小企業者をいいます。
""", 0)
    st += [P("３　補助対象経費と補助率", H1)]
    st += paras("補助率は申請者の規模によって、上限額は加入する海外経済団体の種類によって、経費区分ごとに次のとおりです。", 0)
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 小規模企業者が申請する場合は「小規模企業者」の欄を、それ以外の中小企業者は「中小企業者」の欄を適用します。",
        f"※２ 補助金の額は、１事業者当たり{FIRM_CAP_MAN}万円を上限とし、千円未満の端数は切り捨てます。",
        "※３ 「－」は、その経費が補助の対象にならないことを示します。",
    ])
    st += paras("次の経費は補助の対象になりません。", 0)
    st += bullets(EXCLUDED, 0)
    st += [P("４　申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（国際経済課又は{DANTAI_DESK}へ）",
        "② 申請書の提出（募集期間内に、加入する団体の会則と会費の分かる資料を添えて提出）",
        "③ 審査（書類審査、令和７年７月中旬）",
        "④ 交付決定の通知（令和７年７月下旬）",
        "⑤ 加入と経費の支払（令和８年２月27日までに完了すること）",
        "⑥ 実績報告（加入を証する書類を添えて、支払の完了から30日以内）",
        "⑦ 補助金の額の確定と支払（令和８年３月）",
    ], 0)
    st += [P("５　これまでの実績", H1)]
    st += paras(f"""
申請件数は毎年増えており、令和６年度は{last[1]}件の申請があり、{last[2]}件に交付しました（うち小規模企業者{fw(last[3])}件）。加入先の国・地域別では、令和６年度はタイとベトナムが４件で最も多く、ベトナムは前年度の２倍になりました。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += [caption(countries.title, "（単位：件）"), countries.flowable(), Spacer(1, 2)]
    st += notes([
        "※４ 「増減」は令和６年度の件数から令和５年度の件数を引いたもので、「▲」は減少を示します。「その他」は、令和５年度が英国、令和６年度がメキシコです。",
    ])
    st += [P("６　活用事例（令和６年度）", H1)]
    for i, (head, where, what, amount, _items) in enumerate(DANTAI_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("加入先", where), ("主な成果", what), ("補助金の額", amount)], 1)
    st += [CondPageBreak(30 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{DANTAI_DEPT} 海外展開支援班　電話：099-711-4120　ファクス：099-711-4129",
        f"{DANTAI_DESK}（公益財団法人椴県産業振興財団内、事前相談）　電話：099-711-4300",
        "電子メール：todo-dantai@example.jp",
    ]))
    return st


# ================================================================ document 2: market-information survey, report
JOHO = f"{PREF}内企業の海外市場情報に関する実態調査"
JOHO_DEPT = f"{PREF} 産業政策部 産業調査課"
KYOKAI = f"一般社団法人{PREF}国際ビジネス協会"
TARGET = 1500  # 調査対象の企業
INDUSTRIES = [  # 業種, 回答企業数（社）, 海外展開企業（社）, 有料情報の利用企業（社）
    ("食料品", 71, 38, 9), ("繊維・衣服", 36, 19, 4), ("化学", 29, 21, 8), ("金属製品", 58, 27, 6),
    ("機械", 84, 61, 22), ("電気機器", 47, 35, 14), ("卸売・小売業", 79, 44, 11),
    ("運輸・サービス業", 52, 18, 3), ("その他", 41, 12, 2),
]
PAID_MEDIAN = 48  # 万円, prose only
MANUFACTURING = ("食料品", "繊維・衣服", "化学", "金属製品", "機械", "電気機器")
SIZES = (("中小企業", 432, 223), ("大企業", 65, 52))  # 回答企業数, うち海外展開企業
SOURCES = [  # 情報源, 回答数: 中小企業, 大企業 (複数回答; 割合 over the 海外展開企業 of each size)
    ("ＪＥＴＲＯ等の公的機関", 121, 31), ("取引先・現地代理店", 108, 40), ("金融機関", 62, 19),
    ("展示会・商談会", 71, 22), ("ウェブサイト・ＳＮＳ", 96, 35), ("有料データベース・調査会社", 51, 28),
    ("業界団体・商工会議所", 58, 17),
]
PAID_SOURCE = "有料データベース・調査会社"  # its answers are the 有料情報の利用企業 of (d)
KPI_CRITERIA = ((100, "◎"), (80, "○"), (0, "△"))  # note ※３: 達成率 at least … -> mark
KPIS = [  # 指標 (unit in brackets), 目標, 実績 (令和６年度)
    ("海外ビジネス情報メールの登録企業数（社）", 600, 642),
    ("海外市場セミナーの参加者数（人）", 800, 731),
    ("国・地域別レポートの発行数（本）", 24, 24),
    ("海外市場情報の個別相談の件数（件）", 300, 226),
    ("海外情報サイトの閲覧数（千件）", 150, 163),
    ("情報提供に満足した企業の割合（％）", Decimal("80.0"), Decimal("76.5")),
]
INFO_CASES = [  # 見出し, 主な情報源, 年間の費用, 工夫していること (same labels in every sibling section)
    ("機械製造業Ｄ社（椴市）", "現地代理店の月次報告と業界団体の会報", "約120万円",
     "代理店の報告を営業会議で毎月共有し、価格の見直しに使っている"),
    ("食料品製造業Ｅ社（霧ヶ原市）", "ＪＥＴＲＯ等の公的機関と展示会", "約15万円",
     "展示会で集めた現地の売場の写真を、商品開発の担当者と共有している"),
    ("卸売業Ｆ社（鳴砂町）", "有料データベースと現地の調査会社", "約340万円",
     "調査会社への依頼は、商談が具体的になった国に限っている"),
]


def respondents() -> int:
    return sum(r[1] for r in INDUSTRIES)


def overseas_firms() -> int:
    return sum(r[2] for r in INDUSTRIES)


def paid_firms() -> int:
    return sum(r[3] for r in INDUSTRIES)


def kpi_mark(rate: Decimal) -> str:
    return next(m for lo, m in KPI_CRITERIA if rate >= lo)


def kpi_rows():
    return [(n, t, a, pct1(a, t), kpi_mark(pct1(a, t))) for n, t, a in KPIS]


def joho_specs():
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in INDUSTRIES]
    rows.append(["合計"] + [fw(sum(r[j] for r in INDUSTRIES)) for j in (1, 2, 3)])
    industries = TableSpec(
        key="industries", doc=JOHO_PDF, title="業種別の回答企業と情報収集の状況",
        header=[["業種", "回答企業数（社）", "海外展開企業（社）", "有料情報の利用企業（社）"]],
        rows=rows, col_widths=[40 * mm, 34 * mm, 36 * mm, 46 * mm], table_fy=2024, repeat_header=False,
    )
    industries.unit = lambda row, c, s=industries: bracket_unit(s.column_label(c))
    (s_name, s_n, s_t), (l_name, l_n, l_t) = SIZES
    n_all = overseas_firms()
    sources = TableSpec(
        key="sources", doc=JOHO_PDF, title="海外市場情報の主な入手先（複数回答）",
        header=[["情報の入手先", "全体", "中小企業", "大企業"]],
        rows=[[x, cell(pct1(a + b, n_all)), cell(pct1(a, s_t)), cell(pct1(b, l_t))] for x, a, b in SOURCES],
        col_widths=[66 * mm, 26 * mm, 26 * mm, 26 * mm], ruled=False, unit="%", table_fy=2024,
    )
    kpis = TableSpec(
        key="kpis", doc=JOHO_PDF, title="県の海外市場情報提供事業の目標と実績",
        header=[["指標", "目標", "実績", "達成率（％）", "評価"]],
        rows=[[n, cell(t), cell(a), cell(r), m] for n, t, a, r, m in kpi_rows()],
        col_widths=[70 * mm, 20 * mm, 20 * mm, 26 * mm, 16 * mm], table_fy=2024,
    )
    kpis.unit = lambda row, c, s=kpis: bracket_unit(row[0]) if c in (1, 2) else "%"
    return industries, sources, kpis


def joho_story(specs):
    industries, sources, kpis = specs
    total, n, paid = respondents(), overseas_firms(), paid_firms()
    (s_name, s_n, s_t), (l_name, l_n, l_t) = SIZES
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{JOHO} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月", DATE_RIGHT), P(JOHO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県内企業が海外市場の情報をどのように集め、使っているかを把握し、県の情報提供事業の見直しに役立てるため"),
        ("調査対象", f"県内に本社を置く企業 {TARGET:,}社（無作為抽出）"),
        ("調査基準日", "令和６年（2024年）９月１日"),
        ("調査期間", "令和６年９月２日から10月11日まで"),
        ("調査方法", "郵送及びウェブによるアンケート"),
        ("回答数", f"{total}社（回答率{pct1(total, TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「海外市場情報」とは、海外の市場の需要、価格、競合、流通、規制及び商慣習に関する情報をいう。「海外展開企業」とは、調査基準日において輸出、海外での販売又は海外拠点の運営を行っている企業をいう。また、「有料情報」とは、有料のデータベース、調査会社への調査の依頼その他の対価を支払って入手する海外市場情報をいい、公的機関の有料セミナーは含まない。
""", 0)
    st += paras(f"""
本調査は、令和３年度に続く２回目の調査である。前回の調査では、海外市場情報の入手に苦労している企業が多く、県は令和４年度から国・地域別レポートの発行と個別相談を始めた。今回の調査では、情報の入手先、有料情報の利用、情報の社内での使い方を尋ねるとともに、県の情報提供事業の実績を併せて整理した。
""", 0)
    st += [P("２　回答企業と情報収集の状況", H1)]
    st += paras(f"""
回答企業{total}社のうち、海外展開企業は{n}社（{pct1(n, total)}％）であった。このうち有料情報を利用している企業は{paid}社で、海外展開企業の３割に満たない。業種別では、機械が海外展開企業数、有料情報の利用企業数ともに最も多い。企業規模別では、大企業は{l_n}社のうち{l_t}社が海外展開企業であったが、中小企業は{s_n}社のうち{s_t}社であった。
有料情報の利用企業が有料情報に支払った年間の費用は、中央値で{PAID_MEDIAN}万円であった。利用していない企業の理由は「費用が高い」が最も多く、「どの情報を買えばよいか分からない」がこれに続く。また、集めた情報を社内の会議や資料で共有している企業は、海外展開企業の約６割であった。
""", 0)
    st += [caption(industries.title, "（令和６年９月１日現在）", keep=False), industries.flowable(), Spacer(1, 2)]
    st += notes(["※１ 製造業は食料品から電気機器までの６業種、非製造業は卸売・小売業、運輸・サービス業及びその他である。「その他」は、建設業、情報通信業等である。"])
    st += [P("３　情報の入手先", H1)]
    st += paras("""
全体と中小企業では「ＪＥＴＲＯ等の公的機関」が最も多く、大企業では「取引先・現地代理店」が最も多かった。中小企業では「有料データベース・調査会社」が最も少なく、大企業との差が大きい。
""", 0)
    st += [caption(sources.title, "（単位：％）"), sources.flowable(), Spacer(1, 2)]
    st += notes([f"※２ 海外展開企業（全体{n}社、中小企業{s_t}社、大企業{l_t}社）が回答した。複数回答のため、合計は100％にならない。"])
    st += [P("４　企業の事例", H1)]
    for i, (head, src, cost, idea) in enumerate(INFO_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な情報源", src), ("年間の費用", cost), ("工夫していること", idea)], 1)
    st += [P("５　県の情報提供事業の実績", H1)]
    st += paras("""
県が令和６年度に行った海外市場情報の提供事業の目標と実績は、次のとおりである。個別相談の件数は目標を大きく下回った。
""", 0)
    st += [caption(kpis.title, "（令和６年度）"), kpis.flowable(), Spacer(1, 2)]
    st += notes([
        "※３ 評価は、達成率が100％以上を「◎」、80％以上100％未満を「○」、80％未満を「△」とした。",
        "※４ この表は県の事業の実績であり、アンケートの回答ではない。満足した企業の割合は、セミナー等の参加企業へのアンケートによる。",
    ])
    st += [P("６　県への主な要望（自由記述）", H1)]
    st += bullets([
        "有料データベースを中小企業が安く使える仕組みを設けてほしい。",
        "国・地域別レポートに、現地の小売価格の調べ方を載せてほしい。",
        "個別相談を、夜間やオンラインでも受けられるようにしてほしい。",
    ], 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        "① 有料データベースの共同利用の仕組みを、令和７年度中に試行する。",
        f"② {KYOKAI}と連携し、個別相談をオンラインでも受け付ける。",
        "③ 国・地域別レポートを、令和７年度は30本に増やす。",
        "④ 次回の調査は、令和９年度に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{JOHO_DEPT} 調査統計班　電話：099-714-2610　ファクス：099-714-2619",
        f"{KYOKAI}（海外市場情報の個別相談）　電話：099-714-2700",
        "電子メール：todo-chosa@example.jp",
    ]))
    return st


# ================================================================ document 3: visa and invitation advice service, user guide
VISA = f"{PREF}海外出張ビザ・招へい手続相談サービス"
VISA_DEPT = f"{PREF} 商工労働部 国際経済課"
CENTER = f"一般財団法人{PREF}国際交流センター"
KINDS = [  # 見出し, 内容, 時間, 申込み (same labels in every sibling section)
    ("窓口相談", "ビザの要否、必要書類、申請の流れについての相談（センターの相談室で行います）", "１回30分まで",
     "前日までに電話又はウェブで予約"),
    ("オンライン相談", "窓口相談と同じ内容をビデオ通話で行います", "１回30分まで", "３営業日前までにウェブで予約"),
    ("書類の事前確認", "申請書、招へい状その他の書類に不足や誤りがないかを確認し、結果を書面で回答します",
     "書類の受付から５営業日以内に回答", "ウェブで申し込み、書類を電子メールで送付"),
]
FEES = [  # 手続の種類, 県内中小企業（円）, その他の事業者（円） (None: not offered) (令和７年度)
    ("短期商用ビザの書類確認（１件）", 3000, 6000),
    ("就労・長期滞在ビザの書類確認（１件）", 8000, 16000),
    ("招へい状・招へい理由書の作成支援（１件）", 5000, 10000),
    ("身元保証書等の作成支援（１件）", 4000, None),
    ("書類の翻訳（Ａ４判１枚）", 2500, 5000),
]
CONSULT = [  # 国・地域, 出張（件）, 招へい（件） (令和６年度)
    ("中国", 46, 31), ("インド", 38, 12), ("ベトナム", 29, 44), ("インドネシア", 17, 26),
    ("サウジアラビア", 14, 3), ("ブラジル", 9, 5), ("米国", 8, 4), ("その他", 21, 15),
]
PREV_YEAR = 265  # 令和５年度の相談件数 (prose only)
USERS = 148  # 令和６年度に利用した事業者 (prose only)


def visa_specs():
    fees = TableSpec(
        key="fees", doc=VISA_PDF, title="手続の種類別の料金",
        header=[["手続の種類", "県内中小企業\n（円）", "その他の\n事業者（円）"]],
        rows=[[n, fw(a), cell(b)] for n, a, b in FEES],
        col_widths=[76 * mm, 34 * mm, 34 * mm], table_fy=2025,
    )
    fees.unit = lambda row, c, s=fees: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(a + b)] for n, a, b in CONSULT]
    rows.append(["合計"] + [fw(sum(r[1] for r in CONSULT)), fw(sum(r[2] for r in CONSULT)),
                          fw(sum(r[1] + r[2] for r in CONSULT))])
    consult = TableSpec(
        key="consult", doc=VISA_PDF, title="国・地域別の相談件数",
        header=[["国・地域", "出張（件）", "招へい（件）", "計（件）"]],
        rows=rows, col_widths=[44 * mm, 30 * mm, 30 * mm, 30 * mm], table_fy=2024,
    )
    consult.unit = lambda row, c, s=consult: bracket_unit(s.column_label(c))
    return fees, consult


def visa_story(specs):
    fees, consult = specs
    out_n, in_n = sum(r[1] for r in CONSULT), sum(r[2] for r in CONSULT)
    total = out_n + in_n
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{VISA} 利用案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(VISA_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　サービスの概要", H1)]
    st += paras("""
このサービスは、県内の事業者が社員を海外に出張させる場合や、海外の取引先を県内に招く場合に必要なビザ（査証）の手続について、相談に応じ、書類を確認するものです。ビザの申請は、申請者ご本人又は各国の大使館等が認める代理人が行います。
""", 0)
    st += lv_lines([
        ("サービス名", VISA),
        ("実施主体", PREF),
        ("運営", f"{CENTER}（県からの委託）"),
        ("利用できる者", "県内に事業所を有する事業者（個人事業主を含む。）"),
        ("受付時間", "平日９時から17時まで（ウェブの予約は24時間）"),
        ("実施期間", "令和７年４月１日から令和８年３月31日まで"),
    ], 0)
    st += paras("""
この案内において「招へい」とは、海外の取引先の役員又は従業員を商談、研修等のために日本に招くことをいい、「招へい状」とは、招へいする事業者が招へいの目的、期間及び費用の負担者を記載して相手方に送る書面をいいます。「短期商用ビザ」とは、商談、会議、視察等のための90日以内の滞在に必要なビザをいいます。また、「営業日」とは、土曜日、日曜日、祝日及び年末年始（12月29日から１月３日まで）を除く日をいいます。
""", 0)
    st += [P("２　相談の種類", H1)]
    for i, (head, what, when, how) in enumerate(KINDS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("内容", what), ("所要時間", when), ("申込み", how)], 1)
    st += [P("３　利用料金", H1)]
    st += paras("窓口相談とオンライン相談は無料です。書類の確認と作成支援の料金は、手続の種類と利用者の区分によって次のとおりです（消費税込み）。", 0)
    st += [caption(fees.title, "（令和７年度）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「県内中小企業」は、県内に事業所を有する中小企業基本法に定める中小企業者（個人事業主を含む。）をいい、それ以外の利用者には「その他の事業者」の欄を適用します。",
        "※２ 「－」は、その他の事業者は利用できないことを示します。",
        "※３ 同じ出張又は招へいについて、書類確認と作成支援を合わせて申し込む場合は、料金の合計から1,000円を差し引きます。",
    ])
    st += [P("４　書類の事前確認の流れ", H1)]
    st += numbered([
        "① 申込み（ウェブの申込フォームに、渡航先又は招へい元の国・地域と渡航の予定日を記入）",
        "② 受付の連絡と料金の案内（申込みの翌営業日まで）",
        "③ 料金の支払（請求書による銀行振込み）",
        "④ 書類の送付（入金の確認後、電子メールで送付）",
        "⑤ 確認結果の回答（書類の受付から５営業日以内）",
    ], 0)
    st += [P("５　利用の状況", H1)]
    st += paras(f"""
令和６年度の相談件数は{total}件（出張{out_n}件、招へい{in_n}件）で、前年度の{PREV_YEAR}件から{total - PREV_YEAR}件増えました。利用した事業者は{USERS}事業者です。出張では中国が、招へいではベトナムが最も多くなっています。
""", 0)
    st += [caption(consult.title, "（令和６年度）"), consult.flowable(), Spacer(1, 2)]
    st += notes(["※４ 出張は渡航先の国・地域、招へいは招へいする相手方の国・地域で数えました。「その他」は、トルコ、ナイジェリア、ロシア等です。"])
    st += [P("６　よくある質問", H1)]
    qa = [
        ("ビザの申請そのものを代わりに行ってもらえますか。",
         "行っていません。申請は、ご本人又は各国の大使館等が認める代理人が行ってください。"),
        ("書類の事前確認を受ければ、ビザは必ず発給されますか。",
         "発給を保証するものではありません。発給の可否は、各国の大使館等が判断します。"),
        ("英語以外の言語で招へい状を作ることはできますか。",
         "作成支援は日本語と英語で行います。その他の言語は、書類の翻訳（有料）をご利用ください。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [P("７　利用上の注意", H1)]
    st += bullets([
        "ビザの要件は各国の判断で変わることがあります。渡航の前に、大使館等の最新の情報をご確認ください。",
        "書類の事前確認は、渡航又は招へいの予定日の１か月前までにお申し込みください。",
        "相談の内容は、ご本人の同意なく第三者に提供しません。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{VISA_DEPT} 国際人材班　電話：099-717-5520　ファクス：099-717-5529",
        f"{CENTER}（予約・書類の確認状況）　電話：099-717-5600",
        "電子メール：todo-visa@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return dantai_specs() + joho_specs() + visa_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    dspecs, jspecs, vspecs = dantai_specs(), joho_specs(), visa_specs()
    ddoc = build_pdf(docs_dir / DANTAI_PDF, dspecs, dantai_story(dspecs),
                     f"令和７年度 {DANTAI} 募集要領", "令和７年４月", DANTAI_DEPT)
    jdoc = build_pdf(docs_dir / JOHO_PDF, jspecs, joho_story(jspecs),
                     f"令和６年度 {JOHO} 報告書", "令和７年３月", JOHO_DEPT)
    vdoc = build_pdf(docs_dir / VISA_PDF, vspecs, visa_story(vspecs),
                     f"令和７年度 {VISA} 利用案内", "令和７年４月", VISA_DEPT)
    gold = all_gold({DANTAI_PDF: ddoc.row_pages, JOHO_PDF: jdoc.row_pages, VISA_PDF: vdoc.row_pages})
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
    # --- dantai: the association-membership subsidy call, tables (a) (b) (c), definitions, costs not covered, sibling sections, steps
    dict(question="従業員15人の部品メーカーが、タイの日本人商工会議所に入るそうです。初年度の年会費は何％補助されますか？",
         category="dantai", doc=DANTAI_PDF,
         evidence=["常時使用する従業員の数が20人", "年会費（初年度分） 50 70 400 300"], answer=["70"],
         notes="two facts: 15人 in manufacturing is within the 20人 of the 小規模企業者 definition (２), so note ※１ puts "
               "the firm under the column 小規模企業者; (a) two-level header, leaf 補助率（％）／小規模企業者; 50 "
               "(中小企業者) is the trap, and 300 (the 商工会議所等 cap) answers another question"),
    dict(question="2025年度の募集で、シンガポールの日本人商工会議所の会員名簿に自社の広告を載せる費用は、補助の対象になりますか？",
         category="dantai", doc=DANTAI_PDF,
         evidence=["日本人商工会議所その他の地域の企業を広く会員とするもの", "会員名簿・会報への掲載料 40 50 150",
                   "その経費が補助の対象にならないことを示します"],
         answer=["対象にならない"],
         notes="three facts: a 日本人商工会議所 is a 商工会議所等 (definition in ２); (a) row 会員名簿・会報への掲載料 has "
               "「－」 under 上限額（千円）／商工会議所等 (no gold cell); note ※３ says 「－」 means not covered; 150 "
               "(the 業界団体 cap) and the rates 40 / 50 are the traps; 2025年度 = 令和７年度 (printed nowhere in "
               "Western form)"),
    dict(question="社員８人の会社が米国の業界団体に加入します。入会金が36万円の場合、補助金はいくらになりますか？",
         category="dantai", doc=DANTAI_PDF,
         evidence=["常時使用する従業員の数が20人", "入会金・登録料 50 70 300 200"], answer=["252千円"], computed=True,
         notes="three facts: ８人 is a 小規模企業者 (definition in ２; note ※１), so (a) leaf 補助率（％）／小規模企業者 70; "
               "the cap 上限額（千円）／業界団体 300 does not bind: 360千円 × 70 % = 252千円 (25.2万円); 180千円 "
               "(the 50 % rate) is the trap"),
    dict(question="2022年度には、この補助金は何件に交付されましたか？",
         category="dantai", doc=DANTAI_PDF, evidence=["令和４年度 18 13 ５ 4,118"], answer=["13"],
         notes="(b) years as rows with header cells printed over two lines: 2022年度 = 令和４年度 (only 2020年度 is "
               "printed in Western form); column 交付件数（件）; 18 (申請件数) and ５ (うち小規模企業者) are the traps"),
    dict(question="令和２年度から令和６年度までの交付額を平均すると、１件当たりいくらになりますか？",
         category="dantai", doc=DANTAI_PDF, evidence=["延べ67件、総額21,391千円"], answer=["319.3千円"], computed=True,
         notes="the five-year totals in the prose of １ (also the sums of (b)): 21,391 / 67 = 319.3千円"),
    dict(question="令和６年度、米国の団体に加入した案件への交付は、前の年度と比べて増えましたか、減りましたか？",
         category="dantai", doc=DANTAI_PDF, evidence=["米国 ３ ２ ▲１", "「▲」は減少を示します"], answer=["▲１"],
         notes="(c) 増減 column printing decreases with ▲ (note ※４): row 米国, 増減 ▲１ (one fewer); 令和５年度 ３ and "
               "令和６年度 ２ are the columns it is computed from"),
    dict(question="2024年度の交付のうち、ＡＳＥＡＮの国（タイ、ベトナム、シンガポール、インドネシア）の団体への加入は何％を占めますか？",
         category="dantai", doc=DANTAI_PDF,
         evidence=["タイ ３ ４ １", "ベトナム ２ ４ ２", "シンガポール １ １ ０", "インドネシア １ ２ １", "合計 17 21 ４"],
         answer=["52.4%"], computed=True,
         notes="(c) share within a year column: (4 + 4 + 1 + 2) / 21 = 52.4 % (2024年度 = 令和６年度; 21 is also (b)'s "
               "交付件数); the 増減 column is the trap"),
    dict(question="タイの日本人会議所に入った食品会社の事例では、補助金はいくら出ましたか？",
         category="dantai", doc=DANTAI_PDF, evidence=["（２）食品製造業Ｂ社", "補助金の額：18万円"], answer=["18万円"],
         notes="sibling sections （１）–（３） of ６ share the labels 加入先, 主な成果, 補助金の額; （２）食品製造業Ｂ社 "
               "(日本人会議所 = 日本人商工会議所); 42万円 and 25万円 are the siblings' values"),
    dict(question="加入した団体の商談会に出るための航空券代やホテル代も、補助してもらえますか？",
         category="dantai", doc=DANTAI_PDF,
         evidence=["次の経費は補助の対象になりません", "参加するための旅費及び宿泊費"], answer=["対象になりません"],
         notes="the costs not covered (the lead sentence and the items, page 2): travel and hotels for the members' "
               "meetings; the row 会員向け商談会・総会の参加費 of (a) (the participation fee, covered) is the near miss"),
    dict(question="補助事業が終わったら、実績報告はいつまでに出せばよいですか？",
         category="dantai", doc=DANTAI_PDF, evidence=["実績報告（加入を証する書類を添えて、支払の完了から30日以内）"],
         answer=["30日以内"],
         notes="procedure step ⑥ (from the completion of the payment); the end of the project period (令和８年２月27日, "
               "step ⑤) is the near miss"),
    dict(question="小規模企業者が業界団体に加入し、５つの経費区分をすべて上限額まで使った場合、補助金は最大でいくらになりますか？",
         category="dantai", doc=DANTAI_PDF,
         evidence=["上限額（千円）", "１事業者当たり80万円を上限"], answer=["80万円"],
         notes="two facts: the 業界団体 caps of (a) add up to 1,200千円 (120万円), but note ※２ caps a firm at 80万円 "
               "(the table is in 千円, the note in 万円); 120万円 is the trap"),
    # --- joho: the market-information survey, tables (d) (e) (f), a definition, sibling sections
    dict(question="海外市場情報の実態調査は、回答率が何％でしたか？",
         category="joho", doc=JOHO_PDF, evidence=["回答数：497社（回答率33.1％）"], answer=["33.1"],
         notes="「label：value」 line 回答数 (497 of the 1,500社 of 調査対象); 55.3 % (海外展開企業) is a near miss"),
    dict(question="公的機関の有料セミナーに参加しているだけの会社は、この調査で「有料情報」を利用している企業に入りますか？",
         category="joho", doc=JOHO_PDF, evidence=["公的機関の有料セミナーは含まない"], answer=["含まない"],
         notes="definition 「有料情報」とは…その他の対価を支払って入手する海外市場情報をいい、公的機関の有料セミナーは"
               "含まない (no, although a fee is paid)"),
    dict(question="令和６年９月時点で、卸売・小売業のうち有料の情報を使っている会社は何社ありましたか？",
         category="joho", doc=JOHO_PDF, evidence=["卸売・小売業 79 44 11"], answer=["11"],
         notes="(d) continuation page (no header there): row 卸売・小売業, column 有料情報の利用企業（社）; 44 (海外展開企業) "
               "and 79 (回答企業数) are the traps"),
    dict(question="回答した中小企業のうち、海外展開をしている企業の割合はどのくらいですか？",
         category="joho", doc=JOHO_PDF, evidence=["中小企業は432社のうち223社"], answer=["51.6%"], computed=True,
         notes="prose of ２ (firm sizes, in no table): 223 / 432 = 51.6 % (大企業 52 / 65 and 全体 55.3 % are near misses)"),
    dict(question="大企業では、ウェブサイトやＳＮＳから海外の情報を得ている企業は何％ですか？",
         category="joho", doc=JOHO_PDF, evidence=["ウェブサイト・ＳＮＳ 47.6 43.0 67.3"], answer=["67.3"],
         notes="(e) unruled table, column 大企業 (of the 52 大企業 among the 海外展開企業, note ※２); 47.6 (全体) and 43.0 "
               "(中小企業) are the traps"),
    dict(question="中小企業が海外市場の情報を得ている先として、２番目に多いのはどこですか？",
         category="joho", doc=JOHO_PDF, evidence=["取引先・現地代理店 53.8 48.4 76.9"], answer=["取引先・現地代理店"],
         notes="(e) ranking in the column 中小企業: ＪＥＴＲＯ等の公的機関 54.3, 取引先・現地代理店 48.4, ウェブサイト・ＳＮＳ "
               "43.0 (the prose names only the first); second-largest; in 全体 the second is also 取引先・現地代理店, "
               "but for 大企業 it is the first"),
    dict(question="2024年度、県の海外市場情報の個別相談は、目標に何件届きませんでしたか？",
         category="joho", doc=JOHO_PDF, evidence=["海外市場情報の個別相談の件数（件） 300 226 75.3 △"],
         answer=["74件"], computed=True,
         notes="(f) KPI table with 目標 / 実績 / 達成率 and a mark column: 300 − 226 = 74件 (2024年度 = 令和６年度; the "
               "report prints only 2024年 in Western form); 75.3 (達成率) is the trap"),
    dict(question="県の海外市場セミナーの参加者数には「○」の評価が付いていますが、これはどういう意味ですか？",
         category="joho", doc=JOHO_PDF,
         evidence=["海外市場セミナーの参加者数（人） 800 731 91.4 ○", "80％以上100％未満を「○」"],
         answer=["80％以上100％未満"],
         notes="two facts: (f) the mark column (評価 ○, 達成率 91.4) and note ※３, which explains the marks; ◎ (100％以上) "
               "and △ (80％未満) are the near misses"),
    dict(question="情報提供に満足した企業の割合は、県の目標に何ポイント届きませんでしたか？",
         category="joho", doc=JOHO_PDF, evidence=["情報提供に満足した企業の割合（％） 80.0 76.5 95.6 ○"],
         answer=["3.5ポイント"], computed=True,
         notes="(f) difference between 目標 and 実績 in a per-cent row: 80.0 − 76.5 = 3.5ポイント (note ※４: from the "
               "participants' survey, not the firms' survey); 95.6 (達成率) is the trap"),
    dict(question="工作機械などを作っている機械メーカーの事例では、情報集めに年間いくらかけていますか？",
         category="joho", doc=JOHO_PDF, evidence=["（１）機械製造業Ｄ社", "年間の費用：約120万円"], answer=["約120万円"],
         notes="sibling sections （１）–（３） of ４ share the labels 主な情報源, 年間の費用, 工夫していること; （１）機械製造業Ｄ社 "
               "(工作機械 = 機械); 約15万円 and 約340万円 are the siblings' values, 48万円 (the median in ２) a near miss"),
    # --- visa: the visa and invitation advice service guide, tables (g) (h), a definition, sibling sections, Q&A
    dict(question="ビデオ通話で相談したいという会社があります。何日前までに予約が必要ですか？",
         category="visa", doc=VISA_PDF, evidence=["（２）オンライン相談", "申込み：３営業日前までにウェブで予約"],
         answer=["３営業日前まで"],
         notes="sibling sections （１）–（３） of ２ share the labels 内容, 所要時間, 申込み; （２）オンライン相談 (video call); "
               "前日まで (窓口相談) is the sibling's value"),
    dict(question="ベトナムの取引先を45日間、商談のために招く場合、「短期商用ビザ」に当たる滞在ですか？",
         category="visa", doc=VISA_PDF, evidence=["商談、会議、視察等のための90日以内の滞在"], answer=["90日以内"],
         notes="definition 「短期商用ビザ」とは、商談、会議、視察等のための90日以内の滞在に必要なビザ: 45 days for "
               "business meetings are within it (yes)"),
    dict(question="県内の中小企業が、同じ招へいについて招へい状の作成支援と短期商用ビザの書類確認を一緒に頼むと、料金は合わせていくらですか？",
         category="visa", doc=VISA_PDF,
         evidence=["短期商用ビザの書類確認（１件） 3,000", "招へい状・招へい理由書の作成支援（１件） 5,000",
                   "料金の合計から1,000円を差し引きます"],
         answer=["7,000円"], computed=True,
         notes="three facts: (g) column 県内中小企業（円） (header printed over two lines): 5,000 + 3,000, less the 1,000円 "
               "of note ※３ for the two together = 7,000円; 8,000円 (without the note) is the trap"),
    dict(question="県外の大企業から、身元保証書の作成支援を頼みたいと言われました。利用できますか？",
         category="visa", doc=VISA_PDF,
         evidence=["身元保証書等の作成支援（１件） 4,000", "その他の事業者は利用できないことを示します"],
         answer=["利用できない"],
         notes="two facts: a firm outside the prefecture is an その他の事業者 (note ※１); (g) its cell in that column is "
               "「－」 (no gold cell), which note ※２ explains; 4,000 (県内中小企業) is the trap"),
    dict(question="2024年度、ベトナムから取引先を招く件での相談は何件ありましたか？",
         category="visa", doc=VISA_PDF, evidence=["ベトナム 29 44 73"], answer=["44"],
         notes="(h) column 招へい（件） (note ※４: counted by the invited partner's country); 2024年度 = 令和６年度 (the "
               "guide prints no Western year); 29 (出張) and 73 (計) are the traps"),
    dict(question="令和６年度のインド関係の相談は、出張と招へいを合わせて何件でしたか？",
         category="visa", doc=VISA_PDF, evidence=["インド 38 12 50"], answer=["50"],
         notes="(h) total column on the right: row インド, column 計（件）; 38 (出張) is the trap"),
    dict(question="2024年度の相談のうち、招へいに関するものは何％でしたか？",
         category="visa", doc=VISA_PDF, evidence=["合計 182 140 322"], answer=["43.5%"], computed=True,
         notes="(h) share within the 合計 row: 140 / 322 = 43.5 % (2024年度 = 令和６年度; also in the prose of ５)"),
    dict(question="このサービスで、ビザの申請そのものを代わりにやってもらうことはできますか？",
         category="visa", doc=VISA_PDF, evidence=["申請そのものを代わりに行ってもらえますか", "Ａ 行っていません"],
         answer=["行っていません"],
         notes="Q&A: Ａ of Ｑ１ (no; the document check and the drafting help are the near misses)"),
    # --- followups
    dict(question="では、それを商工会議所等に加入する場合、上限額はいくらですか？",
         category="followup", doc=DANTAI_PDF, evidence=["年会費（初年度分） 50 70 400 300"], answer=["300"],
         history=_turns("海外の団体の初年度の年会費は、中小企業者だと何％補助されますか？",
                        "初年度分の年会費の補助率は、中小企業者で50％です[1]。"),
         notes="(a) the row from the history (年会費（初年度分）), leaf 上限額（千円）／商工会議所等; 400 (業界団体) is the trap"),
    dict(question="その年度の申請のうち、交付に至ったのは何％ですか？",
         category="followup", doc=DANTAI_PDF, evidence=["令和５年度 22 17 ６ 5,436"], answer=["77.3%"], computed=True,
         history=_turns("2023年度は何件の申請がありましたか？",
                        "2023年度（令和５年度）の申請は22件でした[1]。"),
         notes="(b) the year from the history (2023年度 = 令和５年度): 交付件数 17 / 申請件数 22 = 77.3 %"),
    dict(question="それは、大企業では何％ですか？",
         category="followup", doc=JOHO_PDF, evidence=["金融機関 29.5 27.8 36.5"], answer=["36.5"],
         history=_turns("金融機関から海外の情報を得ている中小企業は何％ですか？",
                        "金融機関を情報の入手先に挙げた中小企業は27.8％です[1]。"),
         notes="(e) unruled table, the row from the history (金融機関), column 大企業; 29.5 (全体) is the trap"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=VISA_PDF, evidence=["電話：099-717-5600"], answer=["099-717-5600"],
         history=_turns("書類の事前確認を申し込んだ会社が、確認がどこまで進んでいるか知りたいそうです。どこに聞けばよいですか？",
                        "予約と書類の確認状況は、一般財団法人椴県国際交流センターが受け付けています[1]。"),
         notes="contact box of the guide: the センター's phone (second line); the 班's phone 099-717-5520 and fax "
               "099-717-5529 (first line) are the near misses"),
    dict(question="その国から取引先を招く件の相談は何件でしたか？",
         category="followup", doc=VISA_PDF, evidence=["インドネシア 17 26 43"], answer=["26"],
         history=_turns("令和６年度、インドネシアへの出張についての相談は何件ありましたか？",
                        "インドネシアへの出張の相談は17件でした[1]。"),
         notes="(h) the row from the history (インドネシア), column 招へい（件）; 43 (計) is the trap"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="この補助金で海外の団体に加入した会社のうち、２年目以降も会員を続けている会社はどのくらいありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives the grants by year and country; the dues after the first year are only named as not "
               "covered, and nothing is said of firms staying members",
         absent=["会員を続け", "退会", "継続率"]),
    dict(question="令和６年度に交付を受けた事業者を業種別に見ると、どの業種が多いですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the call gives the grants by year and by the association's country, and three cases, not the grantees' "
               "industries (the survey's table by industry is about respondents, another document)",
         absent=["業種別の交付", "交付先の業種"]),
    dict(question="令和３年度の前回調査では、有料情報を使っていた企業は何社でしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report names the earlier survey of 令和３年度 but gives none of its figures",
         absent=["前回調査の", "前回比", "令和３年度調査"]),
    dict(question="有料情報に年間100万円以上かけている企業は何社ありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report gives only the median (48万円) and three firms' costs, not a breakdown by amount",
         absent=["100万円以上", "費用別", "支出額別"]),
    dict(question="書類の事前確認を受けたのにビザが下りなかったケースは、何件ありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide says the check does not guarantee a visa (Ｑ２) but gives no refusals",
         absent=["不許可", "不発給", "発給されなかった"]),
    dict(question="招へいの相談のうち、研修のために招くものは何件ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the consultations are given by country and by 出張 / 招へい only; 研修 is named only in the definition of 招へい",
         absent=["研修目的", "目的別"]),
]
CATEGORY_COUNTS = {"dantai": 11, "joho": 10, "visa": 8, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h67q", "h67t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H = (
    "経費区分別の補助率と上限額", "申請と交付の実績", "加入先の国・地域別の交付件数",
    "業種別の回答企業と情報収集の状況", "海外市場情報の主な入手先（複数回答）", "県の海外市場情報提供事業の目標と実績",
    "手続の種類別の料金", "国・地域別の相談件数")
LETTERS = dict(zip((A, B, C, D, E, F, G, H), "abcdefgh"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y, unit) -> str:
    q = half_up(Decimal(x) / Decimal(y), "0.1")
    return f"{int(q) if q == q.to_integral() else q}{unit}"


def _yen(n: int) -> str:
    return f"{n:,}円"


NOTE3_DISCOUNT = 1000  # the guide's note ※３: 円 off when a check and drafting help are asked together
COMPUTED = {  # question id -> the answer string, computed from gold cells (or, where a note says so, prose data)
    "h67q03": lambda g: f"{min(360 * g(A, '入会金・登録料', '補助率（％）／小規模企業者', 2025) // 100, g(A, '入会金・登録料', '上限額（千円）／業界団体', 2025))}千円",
    "h67q05": lambda g: _avg(sum(g(B, era(y), "交付額（千円）", y) for y, *_x in RECORD),
                             sum(g(B, era(y), "交付件数（件）", y) for y, *_x in RECORD), "千円"),
    "h67q07": lambda g: _pct(sum(g(C, m, "令和６年度", 2024) for m in ("タイ", "ベトナム", "シンガポール", "インドネシア")),
                             g(C, "合計", "令和６年度", 2024)),
    "h67q15": lambda g: _pct(SIZES[0][2], SIZES[0][1]),
    "h67q18": lambda g: f"{g(F, '海外市場情報の個別相談の件数（件）', '目標', 2024) - g(F, '海外市場情報の個別相談の件数（件）', '実績', 2024)}件",
    "h67q20": lambda g: f"{Decimal(str(g(F, '情報提供に満足した企業の割合（％）', '目標', 2024))) - Decimal(str(g(F, '情報提供に満足した企業の割合（％）', '実績', 2024)))}ポイント",
    "h67q24": lambda g: _yen(g(G, "招へい状・招へい理由書の作成支援（１件）", "県内中小企業（円）", 2025)
                             + g(G, "短期商用ビザの書類確認（１件）", "県内中小企業（円）", 2025) - NOTE3_DISCOUNT),
    "h67q28": lambda g: _pct(g(H, "合計", "招へい（件）", 2024), g(H, "合計", "計（件）", 2024)),
    "h67q31": lambda g: _pct(g(B, "令和５年度", "交付件数（件）", 2023), g(B, "令和５年度", "申請件数（件）", 2023)),
}


# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {DANTAI_PDF: (3, 3), JOHO_PDF: (3, 3), VISA_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (170, 210)
TABLE_QUESTIONS = 19  # at least, outside the followups
BEFORE_BREAK_ROWS = ("食料品", "繊維・衣服")  # rows of (d) expected before the page break
CONTINUED_ROWS = ("卸売・小売業", "運輸・サービス業", "その他", "合計")  # and after it
DASH_CELLS = {  # table key -> the (row, column) printed as 「－」 (no gold cell)
    "rates": [("会員名簿・会報への掲載料", "上限額（千円）／商工会議所等")],
    "fees": [("身元保証書等の作成支援（１件）", "その他の事業者（円）")],
}


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout67.py")
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
            # stricter than docgen: not even the bare number of a computed answer is printed
            for a in q["answer"]:
                bare = re.sub(r"(%|千円|万円|円|件|人|ポイント)$", "", nfkc(a))
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
    # the new layouts are asked about: a ▲ cell, a 「－」 cell, a mark with its note, a two-line header
    wanted = {"▲ cell": any("▲" in "".join(q["evidence"]) for q in questions),
              "「－」 cell": sum("「－」" in q["notes"] for q in questions) >= 2,
              "mark column": any("mark column" in q["notes"] for q in questions),
              "two-line header": sum("over two lines" in q["notes"] for q in questions) >= 2}
    for what, ok in wanted.items():
        if not ok:
            errors.append(f"no question on the {what}")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout67.py")
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
            if g["unit"] is not None or g["column"] != "評価":
                errors.append(f"{g['id']}: a mark belongs to the 評価 column and has no unit")
        else:
            if g["unit"] not in UNITS:
                errors.append(f"{g['id']}: unit {g['unit']!r} is not one of {UNITS}")
            if g["number"] is None:
                errors.append(f"{g['id']}: every cell but the marks should be numeric")
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
    for fn in (check_totals, lambda g: check_layouts(g, pages)):
        try:
            errors += fn(gold)
        except (KeyError, TypeError, ValueError, StopIteration) as e:  # a damaged gold file: report, do not crash
            errors.append(f"the gold cells cannot be checked for totals and layouts: {type(e).__name__} {e}")
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

    # (a): small firms get a higher rate; no cap above the firm cap of note ※２ (80万円 = 800千円)
    for row, r in t[A].items():
        if r["補助率（％）／小規模企業者"] <= r["補助率（％）／中小企業者"] or r["補助率（％）／小規模企業者"] > 100:
            errors.append(f"{A} / {row}: the small-firm rate should be above the general rate and at most 100 %")
        for k in ("上限額（千円）／業界団体", "上限額（千円）／商工会議所等"):
            if r.get(k, 0) > FIRM_CAP_MAN * 10:
                errors.append(f"{A} / {row}: a cap above the firm cap of note ※２")
        if "上限額（千円）／商工会議所等" in r and r["上限額（千円）／商工会議所等"] > r["上限額（千円）／業界団体"]:
            errors.append(f"{A} / {row}: the 商工会議所等 cap above the 業界団体 cap")
    if sum(r["上限額（千円）／業界団体"] for r in t[A].values()) <= FIRM_CAP_MAN * 10:
        errors.append(f"{A}: the 業界団体 caps should add up to more than the firm cap (h67q11)")
    # (b): growing applications; small firms within grants within applications; grants within the firm cap
    b = t[B]
    ns = [r["申請件数（件）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for row, r in b.items():
        if not r["うち小規模企業者（件）"] <= r["交付件数（件）"] <= r["申請件数（件）"] \
                or r["交付額（千円）"] > r["交付件数（件）"] * FIRM_CAP_MAN * 10:
            errors.append(f"{B} / {row}: grants out of range")
    # (c): 合計 adds up; 増減 is the difference; the year columns equal (b)'s grants
    c = t[C]
    ycols = [era(y) for y in COUNTRY_YEARS]
    adds_up(C, ycols + ["増減"])
    for row, r in c.items():
        if r["増減"] != r[ycols[1]] - r[ycols[0]]:
            errors.append(f"{C} / {row}: 増減 is not the difference of the years")
    for y in COUNTRY_YEARS:
        if c["合計"][era(y)] != b[era(y)]["交付件数（件）"]:
            errors.append(f"{C}: 合計 of {era(y)} differs from {B}")
    # (d): 合計 adds up; 有料 within 海外展開 within 回答; the totals equal the firm sizes of the prose
    d = t[D]
    adds_up(D, ("回答企業数（社）", "海外展開企業（社）", "有料情報の利用企業（社）"))
    if any(not r["有料情報の利用企業（社）"] <= r["海外展開企業（社）"] <= r["回答企業数（社）"] for r in d.values()):
        errors.append(f"{D}: counts out of order")
    if d["合計"]["回答企業数（社）"] != sum(s[1] for s in SIZES) or d["合計"]["海外展開企業（社）"] != sum(s[2] for s in SIZES):
        errors.append(f"{D}: 合計 differs from the firm sizes")
    # (e): the per cents come from the counts over the 海外展開企業 of each size; the paid source equals (d)'s 有料
    (s_name, s_n, s_t), (l_name, l_n, l_t) = SIZES
    for name, a, bb in SOURCES:
        r = t[E][name]
        want = (pct1(a + bb, s_t + l_t), pct1(a, s_t), pct1(bb, l_t))
        if tuple(Decimal(str(r[k])) for k in ("全体", "中小企業", "大企業")) != want:
            errors.append(f"{E} / {name}: per cents differ from the counts")
    paid = next(a + bb for name, a, bb in SOURCES if name == PAID_SOURCE)
    if paid != d["合計"]["有料情報の利用企業（社）"] or s_t + l_t != d["合計"]["海外展開企業（社）"]:
        errors.append(f"{E}: {PAID_SOURCE} or the ｎ differ from {D}")
    # (f): 達成率 = 実績 / 目標; the mark follows note ※３
    for row, r in t[F].items():
        rate = pct1(r["実績"], r["目標"])
        if Decimal(str(r["達成率（％）"])) != rate or r["評価"] is not None:
            errors.append(f"{F} / {row}: 達成率 differs from 実績 / 目標")
    marks = {g["row"]: g["value"] for g in gold if g["table"] == F and g["column"] == "評価"}
    for row, r in t[F].items():
        if marks.get(row) != kpi_mark(Decimal(str(r["達成率（％）"]))):
            errors.append(f"{F} / {row}: the mark does not follow note ※３")
    if set(marks.values()) != set(MARKS):
        errors.append(f"{F}: every mark of note ※３ should be used")
    # (g): the other users pay twice the small firms' fee
    for row, r in t[G].items():
        if "その他の事業者（円）" in r and r["その他の事業者（円）"] != 2 * r["県内中小企業（円）"]:
            errors.append(f"{G} / {row}: その他の事業者 is not twice 県内中小企業")
    # (h): 計 is the row sum; 合計 adds up
    adds_up(H, ("出張（件）", "招へい（件）", "計（件）"))
    for row, r in t[H].items():
        if r["計（件）"] != r["出張（件）"] + r["招へい（件）"]:
            errors.append(f"{H} / {row}: 計 is not the row sum")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    # (d): continued over the page 1→2 break without its header
    bp = sorted({g["page"] for g in gold if g["table"] == D})
    if len(bp) != 2:
        errors.append(f"{D} is on pages {bp}, expected a page break inside it")
    else:
        ind = specs["industries"]
        header = norm("".join(ind.header[0]))
        on = [i + 1 for i, p in enumerate(pages[JOHO_PDF]) if header in norm(p)]
        if ind.repeat_header or on != bp[:1]:
            errors.append(f"{D}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[1]}
        if not 2 <= len(first) <= 7:
            errors.append(f"{D}: {len(first)} rows before the page break, expected 2-7")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{D}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("建設業、情報通信業等") not in norm(pages[JOHO_PDF][bp[1] - 1]):
            errors.append(f"{D}: note ※１ should follow the table on the continuation page")
    for key, spec in specs.items():
        if key == "industries":
            continue
        tp = {g["page"] for g in gold if g["table"] == spec.title}
        if len(tp) != 1:
            errors.append(f"{spec.title} is on pages {sorted(tp)}, expected one page")
    if specs["sources"].ruled or not all(s.ruled for k, s in specs.items() if k != "sources"):
        errors.append(f"only {E} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns with different leaves under each group
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／中小企業者", "補助率（％）／小規模企業者", "上限額（千円）／業界団体", "上限額（千円）／商工会議所等"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "千円"}:
        errors.append(f"{A}: units should come from the header groups")
    # 「－」 cells: printed where expected, no gold cell, nowhere else
    for key, cells in DASH_CELLS.items():
        spec = specs[key]
        got = [(spec.row_label(i), spec.column_label(c)) for i, r in enumerate(spec.rows)
               for c in spec.value_cols if r[c] == DASH]
        if got != cells:
            errors.append(f"{spec.title}: 「－」 cells {got}, expected {cells}")
        for row, col in cells:
            if any(g["table"] == spec.title and g["row"] == row and g["column"] == col for g in gold):
                errors.append(f"{spec.title}: the 「－」 cell {row} / {col} should not be a gold cell")
            i = [spec.row_label(k) for k in range(len(spec.rows))].index(row)
            tp = next(g["page"] for g in gold if g["table"] == spec.title and g["row"] == row)
            if norm("".join(spec.printed_row(i))) not in norm(pages[spec.doc][tp - 1]) or DASH not in spec.printed_row(i):
                errors.append(f"{spec.title}: the 「－」 of {row} is not printed in its row")
    if any(DASH in r for k, s in specs.items() if k not in DASH_CELLS for r in s.rows):
        errors.append("a 「－」 cell outside the expected tables")
    # (b) and (g): header cells printed over two lines, as two lines of the extracted text
    for key, doc in (("record", DANTAI_PDF), ("fees", VISA_PDF)):
        spec = specs[key]
        lines = [norm(x) for x in "\n".join(pages[doc]).splitlines()]
        two = [h for h in spec.header[0] if "\n" in h]
        if len(two) < 2:
            errors.append(f"{spec.title}: expected at least two header cells printed over two lines")
        for h in two:
            top, bottom = (norm(x) for x in h.split("\n"))
            if not any(lines[k] == top and lines[k + 1] == bottom for k in range(len(lines) - 1)):
                errors.append(f"{spec.title}: header {h!r} is not printed over two lines")
    # (b): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::4] != [y for y, *_x in RECORD]:
        errors.append(f"{B}: expected years as rows")
    # (c): the fiscal years as columns and a 増減 column with ▲ for decreases, covering both years
    cg = [g for g in gold if g["table"] == C]
    ccols = list(dict.fromkeys(g["column"] for g in cg))
    if ccols != [era(y) for y in COUNTRY_YEARS] + ["増減"] \
            or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in cg if g["column"] != "増減") \
            or any(g["fiscal_year"] is not None or g["fiscal_year_range"] != list(COUNTRY_YEARS)
                   for g in cg if g["column"] == "増減"):
        errors.append(f"{C}: expected the fiscal years as columns and a 増減 column, got {ccols}")
    neg = [g for g in cg if g["column"] == "増減" and g["number"] < 0]
    if not neg or any(not g["value"].startswith(MINUS) for g in neg) \
            or any(MINUS in g["value"] for g in cg if g["number"] >= 0):
        errors.append(f"{C}: decreases should be printed with ▲ and only they")
    if any(g["fiscal_year_range"] is not None for g in gold if g["table"] != C or g["column"] != "増減"):
        errors.append("only the 増減 column of (c) may have a fiscal_year_range")
    # (f): 目標 / 実績 / 達成率 and a mark column; the units of 目標 and 実績 from the row label
    fg = [g for g in gold if g["table"] == F]
    if list(dict.fromkeys(g["column"] for g in fg)) != ["目標", "実績", "達成率（％）", "評価"] \
            or any(g["unit"] != bracket_unit(g["row"]) for g in fg if g["column"] in ("目標", "実績")) \
            or len({g["unit"] for g in fg if g["column"] == "目標"}) < 5:
        errors.append(f"{F}: expected 目標 / 実績 / 達成率 / 評価 with each row's unit from its label")
    if sum(g["value"] in MARKS for g in gold) != len(KPIS) or any(g["value"] in MARKS for g in gold if g["table"] != F):
        errors.append("the marks should be exactly the 評価 column of (f)")
    # (e): per cents only, unit from the caption note
    if {g["unit"] for g in gold if g["table"] == E} != {"%"}:
        errors.append(f"{E}: expected per cents only")
    # (h): a total column on the right and a 合計 row
    hcols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == H))
    hrows = list(dict.fromkeys(g["row"] for g in gold if g["table"] == H))
    if hcols[-1] != "計（件）" or hrows[-1] != "合計":
        errors.append(f"{H}: expected a 計 column on the right and a 合計 row")
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
        got = re.findall(r"099-71\d-\d{4}", text)
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

    def qa(doc, n, what):
        raw = "\n".join(pages[doc]).splitlines()
        if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != n or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != n:
            errors.append(f"{what}: expected {n} Ｑ lines and {n} Ａ lines")

    # ---- the call for applications
    dt = norm("\n".join(pages[DANTAI_PDF]))
    siblings(dt, DANTAI_PDF, ("加入先：", "主な成果：", "補助金の額："), [c[0] for c in DANTAI_CASES])
    if norm(f"延べ{sum(r[2] for r in RECORD)}件、総額{sum(r[4] for r in RECORD):,}千円") not in dt:
        errors.append("call: the totals in the prose differ from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件に交付しました（うち小規模企業者{fw(last[3])}件）") not in dt:
        errors.append("call: the 令和６年度 figures in the prose differ from (b)")
    top = max(r[2] for r in COUNTRIES)
    if sorted(r[0] for r in COUNTRIES if r[2] == top) != ["タイ", "ベトナム"] or top != 4 \
            or dict((r[0], r) for r in COUNTRIES)["ベトナム"][2] != 2 * dict((r[0], r) for r in COUNTRIES)["ベトナム"][1]:
        errors.append("call: 「タイとベトナムが４件で最も多く、ベトナムは前年度の２倍」 does not hold")
    rates = {r[0]: r for r in RATES}
    for head, where, _what, amount, (items, col) in DANTAI_CASES:
        if ("商工会議所" in where) != (col == 4):
            errors.append(f"call: case {head} is under the wrong kind of body")
        caps = [rates[x][col] for x in items]
        if None in caps or int(amount.rstrip("万円")) * 10 > min(FIRM_CAP_MAN * 10, sum(caps)):
            errors.append(f"call: case {head} exceeds its caps")
    if re.findall(r"20\d\d年", dt) != ["2020年"]:
        errors.append("call: only 2020年度 should be printed in Western form")
    defs(dt, ("海外経済団体", "業界団体", "商工会議所等", "小規模企業者"), "call")
    for x in EXCLUDED:
        if norm(x) not in dt:
            errors.append(f"call: the cost not covered {x} is missing")
    bullets_in(DANTAI_PDF, len(EXCLUDED), "call")
    steps_of(DANTAI_PDF, "①②③④⑤⑥⑦", "call")
    qa(DANTAI_PDF, 0, "call")
    contacts(DANTAI_PDF, ["099-711-4120", "099-711-4129", "099-711-4300"], ["todo-dantai@example.jp"], "call")

    # ---- the survey
    jt = norm("\n".join(pages[JOHO_PDF]))
    siblings(jt, JOHO_PDF, ("主な情報源：", "年間の費用：", "工夫していること："), [c[0] for c in INFO_CASES])
    total, n, paid = respondents(), overseas_firms(), paid_firms()
    if norm(f"{total}社（回答率{pct1(total, TARGET)}％）") not in jt \
            or norm(f"回答企業{total}社のうち、海外展開企業は{n}社（{pct1(n, total)}％）") not in jt \
            or norm(f"有料情報を利用している企業は{paid}社") not in jt or not paid / n < 0.3:
        errors.append("survey: the response figures in the prose differ from (d)")
    top = sorted(INDUSTRIES, key=lambda r: -r[2])[0][0], sorted(INDUSTRIES, key=lambda r: -r[3])[0][0]
    if top != ("機械", "機械"):
        errors.append("survey: 「機械が海外展開企業数、有料情報の利用企業数ともに最も多い」 does not hold")
    (s_name, s_n, s_t), (l_name, l_n, l_t) = SIZES
    if norm(f"大企業は{l_n}社のうち{l_t}社") not in jt or norm(f"中小企業は{s_n}社のうち{s_t}社") not in jt:
        errors.append("survey: the firm sizes in the prose differ from the data")
    by_all = sorted(SOURCES, key=lambda r: -(r[1] + r[2]))
    by_s = sorted(SOURCES, key=lambda r: -r[1])
    by_l = sorted(SOURCES, key=lambda r: -r[2])
    if by_all[0][0] != "ＪＥＴＲＯ等の公的機関" or by_s[0][0] != "ＪＥＴＲＯ等の公的機関" \
            or by_l[0][0] != "取引先・現地代理店":
        errors.append("survey: the tops of (e) in the prose do not hold")
    if by_s[1][0] != "取引先・現地代理店" or by_s[1][1] == by_s[2][1]:
        errors.append("survey: the second source of the 中小企業 (h67q17) should be 取引先・現地代理店")
    if by_s[-1][0] != PAID_SOURCE or by_s[-1][1] == by_s[-2][1]:
        errors.append("survey: 「中小企業では有料データベース・調査会社が最も少なく」 does not hold")
    if norm(f"中央値で{PAID_MEDIAN}万円") not in jt:
        errors.append("survey: the median cost is missing")
    kpi = {r[0]: r for r in kpi_rows()}
    if kpi["海外市場情報の個別相談の件数（件）"][4] != "△":
        errors.append("survey: 「個別相談の件数は目標を大きく下回った」 does not hold")
    if re.findall(r"20\d\d年", jt) != ["2024年"] or re.findall(r"20\d\d年度", jt):
        errors.append("survey: only 2024年 (調査基準日) should be printed in Western form")
    defs(jt, ("海外市場情報", "海外展開企業", "有料情報"), "survey")
    bullets_in(JOHO_PDF, 3, "survey")
    steps_of(JOHO_PDF, "①②③④", "survey")
    contacts(JOHO_PDF, ["099-714-2610", "099-714-2619", "099-714-2700"], ["todo-chosa@example.jp"], "survey")

    # ---- the service guide
    vt = norm("\n".join(pages[VISA_PDF]))
    siblings(vt, VISA_PDF, ("内容：", "所要時間：", "申込み："), [k[0] for k in KINDS])
    out_n, in_n = sum(r[1] for r in CONSULT), sum(r[2] for r in CONSULT)
    if norm(f"相談件数は{out_n + in_n}件（出張{out_n}件、招へい{in_n}件）") not in vt \
            or norm(f"前年度の{PREV_YEAR}件から{out_n + in_n - PREV_YEAR}件増えました") not in vt or USERS > out_n + in_n:
        errors.append("guide: the figures in the prose differ from (h)")
    if max(CONSULT, key=lambda r: r[1])[0] != "中国" or max(CONSULT, key=lambda r: r[2])[0] != "ベトナム":
        errors.append("guide: 「出張では中国が、招へいではベトナムが最も多く」 does not hold")
    if re.findall(r"20\d\d年", vt):
        errors.append("guide: no Western year should be printed")
    defs(vt, ("招へい", "招へい状", "短期商用ビザ", "営業日"), "guide")
    bullets_in(VISA_PDF, 3, "guide")
    steps_of(VISA_PDF, "①②③④⑤", "guide")
    qa(VISA_PDF, 3, "guide")
    contacts(VISA_PDF, ["099-717-5520", "099-717-5529", "099-717-5600"], ["todo-visa@example.jp"], "guide")
    # every phone number of the set is fictional (099-71x-xxxx), every mail address under example.jp
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
