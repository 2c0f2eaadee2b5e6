"""Build the 桃県 held-out set 48: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (桃県 and every town, scheme, organisation, phone number, address
and figure). The documents are in three genres the earlier sets do not use: a programme guideline
(実施要領) of a prefectural interest subsidy on small firms' loans for overseas expansion
(中小企業海外展開資金 利子補給制度) with a two-level header of rates and yearly limits by fund type and
firm size, a yearly record (years as rows) and the subsidies by fund type and firm size with a
total column on the right; the progress report (進捗状況報告書) of the prefecture's plan for its
environmental businesses abroad (環境ビジネス海外展開推進プラン) with its indicators (a 単位 column
and fiscal years in the column headers), the business meetings and orders by country (a table
continued over a page break without its header) and the orders by field (an unruled table with a
count and its share in paired columns); and a guide (利用案内) to the prefecture's business-support
offices abroad (海外ビジネスサポートオフィス, ホーチミン and バンコク) with the fees, the services
used (a numbered first column), the use by year (years as rows) and the firms by industry (a
subtotal row inside the table); see README.md beside this file.

    python make_heldout48.py [OUTPUT_DIR]          # default: this file's directory

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

RISHI_PDF = "momo_kaigai_tenkai_rishi_hokyu_yoryo_r7.pdf"
SHINCHOKU_PDF = "momo_kankyo_business_kaigai_shinchoku_r6.pdf"
OFFICE_PDF = "momo_kaigai_support_office_riyo_annai_r7.pdf"
ALL_PDFS = (RISHI_PDF, SHINCHOKU_PDF, OFFICE_PDF)

UNITS = ("百万円", "億円", "万円", "円", "件", "人", "社", "日", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_PREFIX = "099-52"  # every phone number of the set: 099-52x-xxxx
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


def pct1(k, n) -> Decimal:
    """k / n in per cent with one decimal, rounded half up."""
    return half_up(Decimal(str(k)) * 100 / Decimal(str(n)), "0.1")


def yen(n: int) -> str:
    return f"{n:,}"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf."""

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


def siblings_story(heads_and_lines, labels):
    st = []
    for i, (head, *values) in enumerate(heads_and_lines, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines(list(zip(labels, values)), 1)
    return st


PREF = "桃県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: interest subsidy, guideline
RISHI = f"{PREF}中小企業海外展開資金 利子補給制度"
RISHI_DEPT = f"{PREF} 産業労働部 経営金融課"
KIKO = f"公益財団法人{PREF}産業支援機構"
RATES = [  # 資金の区分; 利子補給率（％）: 中小企業者, 小規模事業者; 年間限度額（万円）: 中小企業者, 小規模事業者 (令和７年度)
    ("海外拠点設立資金", "0.8", "1.0", 60, 80), ("海外設備資金", "0.6", "0.8", 50, 70),
    ("輸出運転資金", "0.5", "0.7", 30, 40), ("海外事業再編資金", "0.8", "1.0", 40, 50),
]
FIRM_CAP = 100  # note ※２: 万円 a year per firm
FIRST_BONUS = "0.2"  # 令和７年度から、初めて利用する小規模事業者への上乗せ（ポイント）
RECORD = [  # 年度, 交付件数（件）, 対象融資残高（百万円）, 利子補給額（万円）
    (2021, 18, 612, 395), (2022, 27, 948, 624), (2023, 35, 1274, 852), (2024, 44, 1650, 1118),
]
FUNDS = [  # 資金の区分, 中小企業者（件）, 小規模事業者（件） (令和６年度)
    ("海外拠点設立資金", 5, 4), ("海外設備資金", 7, 5), ("輸出運転資金", 8, 11), ("海外事業再編資金", 3, 1),
]
RISHI_CASES = [  # 見出し, 資金の区分, 融資額, 利子補給額（令和６年度） (same labels in every sibling section)
    ("精密部品製造業Ａ社（桃市）", "海外設備資金（中小企業者）", "8,000万円", "48万円"),
    ("日本茶販売業Ｂ社（汐戸市）", "輸出運転資金（小規模事業者）", "2,000万円", "14万円"),
    ("縫製業Ｃ社（霞台町）", "海外拠点設立資金（小規模事業者）", "5,000万円", "50万円"),
]
RISHI_LABELS = ("資金の区分", "融資額", "利子補給額（令和６年度）")
NOT_COVERED = [  # 利子補給の対象にならない融資
    "借換えのための融資（既存の借入金の返済に充てるもの）",
    "政府系金融機関から直接受けた融資",
    "県の他の制度で利子の補給又は補助を受けている融資",
    "返済が３か月以上遅れている融資（遅れている間に限る。）",
]


def rishi_specs():
    rates = TableSpec(
        key="rates", doc=RISHI_PDF, title="資金の区分別の利子補給率と年間限度額",
        header=[["資金の区分", "利子補給率（％）", "", "年間限度額（万円）", ""],
                ["", "中小企業者", "小規模事業者", "中小企業者", "小規模事業者"]],
        rows=[[n, a, b, fw(c), fw(d)] for n, a, b, c, d in RATES],
        col_widths=[44 * mm, 29 * mm, 29 * mm, 29 * mm, 29 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    record = TableSpec(
        key="record", doc=RISHI_PDF, title="利子補給の実績",
        header=[["年度", "交付件数（件）", "対象融資残高（百万円）", "利子補給額（万円）"]],
        rows=[[f"令和{fw(y - 2018)}年度", fw(a), fw(b), fw(c)] for y, a, b, c in RECORD],
        col_widths=[34 * mm, 36 * mm, 46 * mm, 40 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(a + b)] for n, a, b in FUNDS]
    sa, sb = sum(r[1] for r in FUNDS), sum(r[2] for r in FUNDS)
    rows.append(["合計", fw(sa), fw(sb), fw(sa + sb)])
    funds = TableSpec(
        key="funds", doc=RISHI_PDF, title="資金の区分・企業規模別の交付件数",
        header=[["資金の区分", "中小企業者（件）", "小規模事業者（件）", "計（件）"]],
        rows=rows, col_widths=[48 * mm, 38 * mm, 38 * mm, 28 * mm], table_fy=2024,
    )
    funds.unit = lambda row, c, s=funds: bracket_unit(s.column_label(c))
    return rates, record, funds


def rishi_story(specs):
    rates, record, funds = specs
    n_all, amt_all = sum(r[1] for r in RECORD), sum(r[3] for r in RECORD)
    last = RECORD[-1]
    small = sum(r[2] for r in FUNDS)
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{RISHI} 実施要領", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(RISHI_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　目的", H1)]
    st += paras(f"""
県内の中小企業者が海外展開のために取扱金融機関から借り入れた資金について、その利子の一部を県が補給し、資金調達の負担を軽くします。制度を始めた令和３年度（2021年度）から令和６年度までに、延べ{n_all}件、{amt_all:,}万円の利子補給を行いました。
""", 0)
    st += [P("２　制度の概要", H1)]
    st += lv_lines([
        ("制度名", RISHI),
        ("対象者", "県内に本社又は主たる事業所を有する中小企業者（個人事業主を含む。）で、取扱金融機関から海外展開資金の融資を受けたもの"),
        ("対象となる融資", "令和７年４月１日から令和８年３月31日までに実行された海外展開資金（１件当たりの融資額は１億円まで）"),
        ("補給期間", "融資の実行日から３年間"),
        ("予算額", "3,600万円"),
    ], 0)
    st += paras("""
この要領において「海外展開資金」とは、取扱金融機関が中小企業者に貸し付ける資金のうち、海外での拠点の設立、海外で使う設備の取得、輸出に要する運転資金又は海外事業の再編に充てるものをいいます。「小規模事業者」とは、常時使用する従業員の数が20人（商業又はサービス業は５人）以下の中小企業者をいいます。また、「取扱金融機関」とは、この制度について県と協定を結んだ銀行、信用金庫及び信用組合をいいます（令和７年４月１日現在14機関）。
""", 0)
    st += [P("３　利子補給率と年間限度額", H1)]
    st += paras("利子補給率（年率）と年間限度額は、資金の区分と事業者の規模によって次のとおりです。", 0)
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「中小企業者」の欄は、小規模事業者以外の中小企業者に適用します。",
        f"※２ 利子補給の額は、融資残高に利子補給率を乗じて得た額（実際に支払った利子の額を超えないもの）とし、１事業者当たり年{FIRM_CAP}万円を限度とします。",
    ])
    st += paras(f"令和７年度から、初めてこの制度を利用する小規模事業者には、表の利子補給率に{FIRST_BONUS}ポイントを上乗せします。", 0)
    st += paras("次の融資は利子補給の対象になりません。", 0)
    st += bullets(NOT_COVERED, 0)
    st += [P("４　申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（経営金融課又は{KIKO}の海外展開相談窓口へ）",
        "② 取扱金融機関への融資の申込み",
        "③ 融資の実行",
        "④ 利子補給の申請（融資の実行日から60日以内に、申請書に融資契約書の写しを添えて提出）",
        "⑤ 交付決定の通知（申請から30日以内）",
        "⑥ 実績報告と支払（毎年度、３月31日までに支払った利子について４月30日までに報告し、５月に支払）",
    ], 0)
    st += [P("５　これまでの実績", H1)]
    st += paras(f"""
交付件数は毎年増えており、令和６年度は{last[1]}件に利子補給を行いました。このうち{small}件が小規模事業者です。資金の区分別では、輸出運転資金が最も多くなっています。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += notes(["※３ 対象融資残高は、各年度の３月31日現在の残高の合計です。"])
    st += [caption(funds.title, "（令和６年度）"), funds.flowable(), Spacer(1, 2)]
    st += [P("６　利用事例（令和６年度）", H1)]
    st += siblings_story(RISHI_CASES, RISHI_LABELS)
    st += [P("７　よくある質問", H1)]
    qa = [
        ("融資を繰り上げて返済した場合は、どうなりますか。",
         "返済した日以後の利子は対象になりません。返済した日から14日以内に届け出てください。"),
        ("補給期間の途中で本社を県外に移した場合も、利子補給は続きますか。",
         "続きません。移転した日以後の利子は対象になりません。"),
        ("同じ年度に２件の融資を受けた場合、両方とも申請できますか。",
         f"申請できます。ただし、年{FIRM_CAP}万円の限度は２件の合計に適用します。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{RISHI_DEPT} 金融班　電話：099-521-3410　ファクス：099-521-3419",
        f"{KIKO} 海外展開相談窓口（事前相談）　電話：099-521-3600",
        "電子メール：momo-kinyu@example.jp",
    ]))
    return st


# ================================================================ document 2: environmental business plan, progress report
PLAN = f"{PREF}環境ビジネス海外展開推進プラン"
PLAN_DEPT = f"{PREF} 環境生活部 環境産業課"
KYOGIKAI = f"{PREF}環境ビジネス海外展開推進協議会"
CENTER = f"公益財団法人{PREF}環境技術センター"
KPIS = [  # 指標, 単位, 令和４年度（基準値）, 令和６年度 目標値, 令和６年度 実績値, 令和９年度 目標値
    ("海外案件の受注件数", "件", "14", "24", "26", "40"),
    ("海外案件の受注額", "億円", "8.2", "12.0", "11.1", "20.0"),
    ("海外商談件数", "件", "186", "260", "275", "350"),
    ("海外展開に取り組む企業数", "社", "31", "45", "42", "60"),
    ("海外実証事業の実施件数", "件", "2", "4", "5", "10"),
    ("海外研修員の受入数", "人", "24", "50", "37", "80"),
]
ORDERS_PREV = 19  # 海外案件の受注件数, 令和５年度 (prose only)
COUNTRIES = [  # 国・地域, 商談件数, 受注件数, 受注額（百万円） (令和６年度)
    ("ベトナム", 78, 8, 318), ("タイ", 56, 6, 198), ("インドネシア", 41, 4, 164), ("フィリピン", 29, 3, 86),
    ("中国", 22, 2, 236), ("マレーシア", 18, 1, 48), ("インド", 12, 1, 36), ("台湾", 11, 1, 24),
    ("その他", 8, 0, 0),
]
FOCUS = ("ベトナム", "タイ", "インドネシア", "フィリピン")  # 重点地域
FIELDS = [  # 分野, 受注件数, 受注額（百万円） (令和６年度)
    ("水処理", 9, 412), ("廃棄物処理・リサイクル", 7, 305), ("再生可能エネルギー", 5, 246),
    ("省エネルギー", 3, 97), ("大気汚染対策", 2, 50),
]
MEASURES = [  # 見出し, 主な実績, 評価, 今後の方向性 (same labels in every sibling section)
    ("海外見本市・商談会への出展支援", "ベトナムとタイの環境展に県のブースを設け、延べ21社が出展した",
     "Ｂ（おおむね順調）", "令和７年度からインドネシアの環境展にも出展する"),
    ("海外実証事業への支援", "タイとフィリピンで、排水処理や廃棄物発電の実証を５件行った",
     "Ａ（順調）", "実証を終えた案件の受注に向け、現地政府との協議を支援する"),
    ("海外研修員の受入れ", "ベトナムとインドネシアの自治体職員37人を受け入れ、浄水場などで研修を行った",
     "Ｃ（遅れている）", "オンライン研修を組み合わせ、受入れの人数を回復させる"),
]
MEASURE_LABELS = ("主な実績", "評価", "今後の方向性")


def kpi_rate(row) -> Decimal:
    return pct1(Decimal(row[4]), Decimal(row[3]))


def shinchoku_specs():
    kpis = TableSpec(
        key="kpis", doc=SHINCHOKU_PDF, title="指標の進捗状況",
        header=[["指標", "単位", "令和４年度\n（基準値）", "令和６年度\n目標値", "令和６年度\n実績値", "達成率\n（％）",
                 "令和９年度\n目標値"]],
        rows=[[n, u, fw(int(a)) if "." not in a else a, fw(int(b)) if "." not in b else b,
               fw(int(c)) if "." not in c else c, f"{kpi_rate(r):.1f}", fw(int(d)) if "." not in d else d]
              for r in KPIS for n, u, a, b, c, d in [r]],
        col_widths=[44 * mm, 12 * mm, 21 * mm, 21 * mm, 21 * mm, 19 * mm, 21 * mm],
        label_col=0, value_cols=[2, 3, 4, 5, 6], table_fy=2024, font_size=8.5,
    )
    kpis.unit = lambda row, c, s=kpis: "%" if s.column_label(c).startswith("達成率") else nfkc(row[1])
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in COUNTRIES]
    rows.append(["合計"] + [fw(sum(r[j] for r in COUNTRIES)) for j in (1, 2, 3)])
    countries = TableSpec(
        key="countries", doc=SHINCHOKU_PDF, title="国・地域別の商談と受注",
        header=[["国・地域", "商談件数（件）", "受注件数（件）", "受注額（百万円）"]],
        rows=rows, col_widths=[40 * mm, 36 * mm, 36 * mm, 40 * mm], table_fy=2024, repeat_header=False,
    )
    countries.unit = lambda row, c, s=countries: bracket_unit(s.column_label(c))
    n_orders = sum(r[1] for r in FIELDS)
    frows = [[n, fw(k), f"{pct1(k, n_orders):.1f}", fw(a)] for n, k, a in FIELDS]
    frows.append(["合計", fw(n_orders), "100.0", fw(sum(r[2] for r in FIELDS))])
    fields = TableSpec(
        key="fields", doc=SHINCHOKU_PDF, title="分野別の受注状況",
        header=[["分野", "受注件数（件）", "構成比（％）", "受注額（百万円）"]],
        rows=frows, col_widths=[56 * mm, 32 * mm, 28 * mm, 34 * mm], ruled=False, table_fy=2024,
    )
    fields.unit = lambda row, c, s=fields: bracket_unit(s.column_label(c))
    return kpis, countries, fields


def shinchoku_story(specs):
    kpis, countries, fields = specs
    achieved = [r[0] for r in KPIS if kpi_rate(r) >= 100]
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{PLAN} 進捗状況報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年７月", DATE_RIGHT), P(PLAN_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　プランの概要", H1)]
    st += lv_lines([
        ("計画名", PLAN),
        ("計画期間", "令和５年度から令和９年度までの５年間"),
        ("推進体制", f"{KYOGIKAI}（会員企業68社。事務局は{CENTER}）"),
        ("重点地域", "、".join(FOCUS)),
        ("令和６年度の事業費", "4,850万円"),
    ], 0)
    st += paras("""
この報告書において「環境ビジネス」とは、水処理、廃棄物処理・リサイクル、再生可能エネルギー、省エネルギー、大気汚染対策その他の環境の保全に役立つ製品、技術又はサービスを提供する事業をいう。「海外案件」とは、県内企業が海外の企業又は政府機関等と結んだ環境ビジネスの契約（覚書及び見積りを除く。）をいう。また、「達成率」とは、その年度の目標値に対する実績値の割合をいう。
""", 0)
    st += [P("２　指標の進捗状況", H1)]
    st += paras(f"""
{fw(len(KPIS))}指標のうち、令和６年度の目標を達成したのは{fw(len(achieved))}指標である。受注件数は令和５年度の{ORDERS_PREV}件から{KPIS[0][4]}件に増えたが、受注額は目標を下回った。
""", 0)
    st += [caption(kpis.title), kpis.flowable(), Spacer(1, 2)]
    st += [P("３　国・地域別の状況", H1)]
    st += paras(f"""
令和６年度の商談は{sum(r[1] for r in COUNTRIES)}件で、重点地域の４か国が全体の約４分の３を占めた。
""", 0)
    st += [caption(countries.title, "（令和６年度）", keep=False), countries.flowable(), Spacer(1, 2)]
    st += notes(["※１ 「その他」は、モンゴル、カンボジア、米国等である。"])
    st += [P("４　分野別の状況", H1)]
    st += paras("""
分野別では、水処理が件数、受注額ともに最も多く、次いで廃棄物処理・リサイクルであった。
""", 0)
    st += [caption(fields.title, "（令和６年度）"), fields.flowable(), Spacer(1, 2)]
    st += notes(["※２ 構成比は受注件数の構成比であり、端数処理のため内訳の計は100％にならない。"])
    st += [P("５　施策ごとの取組状況", H1)]
    st += paras("施策の評価は、Ａ（順調）、Ｂ（おおむね順調）、Ｃ（遅れている）の３段階とした。", 0)
    st += siblings_story(MEASURES, MEASURE_LABELS)
    st += [P("６　課題", H1)]
    st += bullets([
        "受注額の大きい案件は契約までに時間がかかり、年度ごとの実績が大きく変わる。",
        "海外での実証を終えた技術を、受注につなげる仕組みが弱い。",
        "海外の案件を担当できる人材が、中小企業に不足している。",
    ], 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        "① 重点地域の政府機関との定期的な協議の場を設ける。",
        "② 実証を終えた企業に、現地の専門家による受注支援を行う。",
        "③ 令和８年度にプランの中間見直しを行い、指標と目標値を点検する。",
    ], 0)
    st += [CondPageBreak(34 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{PLAN_DEPT} 環境ビジネス班　電話：099-524-2210　ファクス：099-524-2219",
        f"{KYOGIKAI} 事務局　電話：099-524-2300",
        "電子メール：momo-kankyo@example.jp",
    ]))
    return st


# ================================================================ document 3: business-support offices abroad, guide
OFFICE = f"{PREF}海外ビジネスサポートオフィス"
OFFICE_DEPT = f"{PREF} 産業労働部 国際ビジネス課"
KYOKAI = f"一般社団法人{PREF}貿易協会"
FEES = [  # 利用区分, 県内中小企業（円）, その他の県内企業（円） (令和７年度, both offices)
    ("共用デスク（１日）", 1000, 2000), ("共用デスク（１か月）", 15000, 30000), ("個室（１か月）", 45000, 90000),
    ("会議室（１時間）", 500, 1000), ("郵便物の受取（１か月）", 3000, 6000),
]
LONG_DISCOUNT = Decimal("0.2")  # note ※２: 長期利用 takes ２割 off the monthly desk and room fees
SERVICES = [  # サービス, ホーチミン（件）, バンコク（件） (令和６年度)
    ("共用デスクの利用", 41, 36), ("個室の利用", 12, 9), ("会議室の利用", 88, 64),
    ("現地の市場情報の提供", 54, 47), ("取引先候補の紹介", 37, 29), ("通訳の手配", 26, 31),
]
USAGE = [  # 年度, 利用企業数（社）, 延べ利用日数（日）, 商談件数（件）
    (2021, 21, 1240, 86), (2022, 34, 2115, 158), (2023, 47, 3062, 231), (2024, 58, 3890, 304),
]
MAKERS = [("食料品", 6, 5), ("機械・金属", 8, 7), ("その他の製造業", 4, 5)]
OTHERS = [("卸売・小売業", 7, 4), ("サービス業", 3, 5), ("その他", 2, 2)]
SUBTOTAL = "製造業小計"
OFFICE_CASES = [  # 見出し, 利用したオフィス, 利用期間, 主な成果 (same labels in every sibling section)
    ("菓子製造業Ａ社（桃市）", "ホーチミン・オフィス（共用デスク）", "令和６年６月から８月まで（長期利用）",
     "現地の輸入商社２社と取引を始めた"),
    ("工作機械部品製造業Ｂ社（汐戸市）", "バンコク・オフィス（個室）", "令和６年４月から令和７年３月まで（長期利用）",
     "日系の自動車部品メーカーから試作品を受注した"),
    ("人材サービス業Ｃ社（緑郷町）", "ホーチミン・オフィス（会議室）", "令和６年11月の３日間（短期利用）",
     "現地の日本語学校と提携の覚書を結んだ"),
]
OFFICE_LABELS = ("利用したオフィス", "利用期間", "主な成果")


def office_specs():
    fees = TableSpec(
        key="fees", doc=OFFICE_PDF, title="利用区分別の料金",
        header=[["利用区分", "県内中小企業（円）", "その他の県内企業（円）"]],
        rows=[[n, yen(a), yen(b)] for n, a, b in FEES],
        col_widths=[58 * mm, 44 * mm, 48 * mm], table_fy=2025,
    )
    fees.unit = lambda row, c, s=fees: bracket_unit(s.column_label(c))
    services = TableSpec(
        key="services", doc=OFFICE_PDF, title="サービス別の利用件数",
        header=[["番号", "サービス", "ホーチミン（件）", "バンコク（件）"]],
        rows=[[f"（{fw(i)}）", n, fw(a), fw(b)] for i, (n, a, b) in enumerate(SERVICES, 1)],
        col_widths=[16 * mm, 56 * mm, 36 * mm, 36 * mm], label_col=1, table_fy=2024,
    )
    services.unit = lambda row, c, s=services: bracket_unit(s.column_label(c))
    usage = TableSpec(
        key="usage", doc=OFFICE_PDF, title="年度別の利用状況",
        header=[["年度", "利用企業数（社）", "延べ利用日数（日）", "商談件数（件）"]],
        rows=[[f"令和{fw(y - 2018)}年度", fw(a), fw(b), fw(c)] for y, a, b, c in USAGE],
        col_widths=[34 * mm, 38 * mm, 42 * mm, 38 * mm],
    )
    usage.unit = lambda row, c, s=usage: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(a + b)] for n, a, b in MAKERS]
    ma, mb = sum(r[1] for r in MAKERS), sum(r[2] for r in MAKERS)
    rows.append([SUBTOTAL, fw(ma), fw(mb), fw(ma + mb)])
    rows += [[n, fw(a), fw(b), fw(a + b)] for n, a, b in OTHERS]
    ta, tb = ma + sum(r[1] for r in OTHERS), mb + sum(r[2] for r in OTHERS)
    rows.append(["合計", fw(ta), fw(tb), fw(ta + tb)])
    industries = TableSpec(
        key="industries", doc=OFFICE_PDF, title="業種別の利用企業数",
        header=[["業種", "ホーチミン（社）", "バンコク（社）", "計（社）"]],
        rows=rows, col_widths=[46 * mm, 36 * mm, 36 * mm, 30 * mm], table_fy=2024,
        bold_rows=("合計", SUBTOTAL),
    )
    industries.unit = lambda row, c, s=industries: bracket_unit(s.column_label(c))
    return fees, services, usage, industries


def office_story(specs):
    fees, services, usage, industries = specs
    last = USAGE[-1]
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{OFFICE} 利用案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(OFFICE_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　オフィスの概要", H1)]
    st += paras("県内企業が海外での事業の足掛かりとして使えるよう、ベトナムとタイに事務所スペースを用意し、現地での商談や情報収集を支援しています。", 0)
    st += lv_lines([
        ("名称", OFFICE),
        ("設置場所", "ホーチミン・オフィス（ベトナム・ホーチミン市１区）、バンコク・オフィス（タイ・バンコク都ワッタナー区）"),
        ("開設", "令和３年（2021年）10月"),
        ("運営", f"{KYOKAI}（県からの委託）"),
        ("利用時間", "現地時間の午前９時から午後６時まで（土曜日、日曜日及び現地の祝日を除く。）"),
        ("現地スタッフ", "各オフィス２人（日本語、英語及び現地語に対応）"),
    ], 0)
    st += paras("""
この案内において「県内企業」とは、県内に本社又は主たる事業所を有する企業をいいます。「県内中小企業」とは、県内企業のうち、中小企業基本法に定める中小企業者をいいます。また、「長期利用」とは、１か月を超えて12か月以内の期間を定めて続けて利用することをいい、それ以外の利用を「短期利用」といいます。
""", 0)
    st += [P("２　サービスと料金", H1)]
    st += paras("オフィスでは、次のサービスを利用できます。", 0)
    st += bullets([
        "共用デスク、個室及び会議室の利用（インターネット、複合機を含む。）",
        "現地の市場情報の提供と、取引先候補の紹介",
        "商談の際の通訳の手配（通訳料は実費を負担）",
    ], 0)
    st += paras("料金は、両オフィスとも次のとおりです。", 0)
    st += [caption(fees.title, "（令和７年度）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 料金には消費税相当額を含みます。個室を利用する場合は、別に料金の１か月分の保証金が必要です。",
        "※２ 長期利用の場合は、共用デスク（１か月）と個室（１か月）の料金を２割引きます。",
    ])
    st += [P("３　利用の手続", H1)]
    st += numbered([
        f"① 利用申込書の提出（利用開始日の１か月前までに、{KYOKAI}へ電子メールで提出）",
        "② 利用の承認の通知（申込みから10日以内）",
        "③ 料金の支払（利用開始日の前日までに。長期利用は３か月分ずつ前払）",
        "④ 利用の開始（初日に現地スタッフが施設と周辺を案内）",
        "⑤ 利用報告（利用の終了から２週間以内に、成果の報告書を提出）",
    ], 0)
    st += [P("４　利用の実績", H1)]
    st += paras(f"""
開設から利用は増え続けており、令和６年度は{last[1]}社が利用し、延べ利用日数は{last[2]:,}日、オフィスでの商談は{last[3]}件であった。サービス別では、会議室の利用が両オフィスとも最も多い。
""", 0)
    st += [caption(services.title, "（令和６年度）"), services.flowable(), Spacer(1, 2)]
    st += [caption(usage.title), usage.flowable(), Spacer(1, 2)]
    st += notes(["※３ 令和３年度は、10月から３月までの実績である。両方のオフィスを利用した企業は、それぞれのオフィスで数えている。"])
    st += [caption(industries.title, "（令和６年度）"), industries.flowable(), Spacer(1, 2)]
    st += [P("５　利用事例（令和６年度）", H1)]
    st += siblings_story(OFFICE_CASES, OFFICE_LABELS)
    st += [CondPageBreak(30 * mm), P("６　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{OFFICE_DEPT} 海外拠点班　電話：099-527-1510　ファクス：099-527-1519",
        f"{KYOKAI}（利用の申込み）　電話：099-527-1600",
        "電子メール：momo-office@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return rishi_specs() + shinchoku_specs() + office_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    rspecs, sspecs, ospecs = rishi_specs(), shinchoku_specs(), office_specs()
    rdoc = build_pdf(docs_dir / RISHI_PDF, rspecs, rishi_story(rspecs),
                     f"令和７年度 {RISHI} 実施要領", "令和７年４月", RISHI_DEPT)
    sdoc = build_pdf(docs_dir / SHINCHOKU_PDF, sspecs, shinchoku_story(sspecs),
                     f"令和６年度 {PLAN} 進捗状況報告書", "令和７年７月", PLAN_DEPT)
    odoc = build_pdf(docs_dir / OFFICE_PDF, ospecs, office_story(ospecs),
                     f"令和７年度 {OFFICE} 利用案内", "令和７年４月", OFFICE_DEPT)
    gold = all_gold({RISHI_PDF: rdoc.row_pages, SHINCHOKU_PDF: sdoc.row_pages, OFFICE_PDF: odoc.row_pages})
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
    # --- rishi: the interest-subsidy guideline, tables (a) (b) (c), definitions, loans not covered, cases, steps
    dict(question="従業員が５人の雑貨の卸売会社から相談を受けています。前にも一度この利子補給を受けたことがある会社ですが、今回、輸出向けの運転資金を借りた場合、利子補給率は年何％になりますか？",
         category="rishi", doc=RISHI_PDF,
         evidence=["商業又はサービス業は５人", "輸出運転資金 0.5 0.7 30 40"], answer=["0.7"],
         notes="two facts: a wholesaler (商業) with ５人 is within 「５人…以下」, so the firm is a 小規模事業者 (definition "
               "in ２, asked at its boundary); (a) two-level header, leaf 利子補給率（％）／小規模事業者; 0.5 (中小企業者) is "
               "the trap, and 0.9 (the 0.2-point bonus is only for first-time users, which this firm is not)"),
    dict(question="2025年度に、従業員80人の部品メーカーが海外工場の設備のために6,000万円を借ります。１年目の残高がずっと6,000万円のままだとすると、１年間の利子補給額はいくらになりますか？",
         category="rishi", doc=RISHI_PDF,
         evidence=["海外設備資金 0.6 0.8 50 70", "融資残高に利子補給率を乗じて得た額"], answer=["36万円"], computed=True,
         notes="(a) leaf 利子補給率（％）／中小企業者 (80人 is above the 20人 of the definition; note ※１) and note ※２: "
               "6,000万円 × 0.6％ = 36万円, below the yearly limit 50 (年間限度額（万円）／中小企業者); 2025年度 = 令和７年度 "
               "(printed nowhere in Western form); 48万円 (case Ａ社, 8,000万円) is a near miss"),
    dict(question="初めてこの制度を使う小規模事業者が、輸出のための運転資金を借りた場合、利子補給率は年何％になりますか？",
         category="rishi", doc=RISHI_PDF,
         evidence=["0.2ポイントを上乗せ", "輸出運転資金 0.5 0.7 30 40"], answer=["0.9%"], computed=True,
         notes="(a) leaf 利子補給率（％）／小規模事業者 plus the prose after the notes (令和７年度から、初めて利用する"
               "小規模事業者には0.2ポイントを上乗せ): 0.7 + 0.2 = 0.9％; 0.7 alone is the trap"),
    dict(question="2022年度には、何件の融資に利子補給が行われましたか？",
         category="rishi", doc=RISHI_PDF, evidence=["令和４年度 27 948 624"], answer=["27"],
         notes="(b) years as rows: 2022年度 = 令和４年度 (only 2021年度 is printed in Western form); column "
               "交付件数（件）; 948 (対象融資残高) and 624 (利子補給額) are the traps"),
    dict(question="令和５年度に、県が事業者に代わって負担した利子は、合わせていくらでしたか？",
         category="rishi", doc=RISHI_PDF, evidence=["令和５年度 35 1,274 852"], answer=["852"],
         notes="(b) column 利子補給額（万円） named by paraphrase; 1,274 (対象融資残高（百万円）) is the trap"),
    dict(question="令和６年度の利子補給は、１件当たり平均でいくらでしたか？",
         category="rishi", doc=RISHI_PDF, evidence=["令和６年度 44 1,650 1,118"], answer=["25.4万円"], computed=True,
         notes="(b) average in a row: 1,118 / 44 = 25.4万円"),
    dict(question="令和６年度に、海外設備資金で利子補給を受けた案件は、会社の規模を問わず全部で何件ありましたか？",
         category="rishi", doc=RISHI_PDF, evidence=["海外設備資金 ７ ５ 12"], answer=["12"],
         notes="(c) the total column on the right, 計（件）; ７ (中小企業者) is the trap, and the rates of (a) share the row label"),
    dict(question="2024年度に輸出運転資金で利子補給を受けた案件のうち、小規模事業者の割合は何％ですか？",
         category="rishi", doc=RISHI_PDF, evidence=["輸出運転資金 ８ 11 19"], answer=["57.9%"], computed=True,
         notes="(c) share within a row: 11 / 19 = 57.9 % (2024年度 = 令和６年度, the caption note)"),
    dict(question="服の縫製をしている会社の利用事例では、いくらの融資を受けていましたか？",
         category="rishi", doc=RISHI_PDF, evidence=["縫製業Ｃ社", "融資額：5,000万円"], answer=["5,000万円"],
         notes="sibling sections （１）–（３） of ６ share the labels 資金の区分, 融資額, 利子補給額（令和６年度）; "
               "（３）縫製業Ｃ社; 8,000万円 and 2,000万円 are the siblings' values, 50万円 the subsidy"),
    dict(question="融資を受けたあと、利子補給の申請はいつまでに出せばよいですか？",
         category="rishi", doc=RISHI_PDF, evidence=["融資の実行日から60日以内"], answer=["60日以内"],
         notes="procedure step ④; 30日以内 (step ⑤, the notice after the application) is a near miss"),
    dict(question="既存の借入金を返すために借り換えた融資も、利子補給の対象になりますか？",
         category="rishi", doc=RISHI_PDF, evidence=["次の融資は利子補給の対象になりません", "借換えのための融資"],
         answer=["対象になりません"],
         notes="the loans not covered (a lead sentence and four bulleted items, split by the page 1→2 break): the "
               "first item, 借換えのための融資 (no)"),
    # --- shinchoku: the plan's progress report, tables (d) (e) (f), a definition, sibling sections
    dict(question="令和６年度の海外案件の受注額は、実績でいくらでしたか？",
         category="shinchoku", doc=SHINCHOKU_PDF, evidence=["海外案件の受注額 億円 8.2 12.0 11.1 92.5 20.0"],
         answer=["11.1"],
         notes="(d) years in the column headers and a 単位 column (億円 for this row): column 令和６年度実績値; 12.0 "
               "(令和６年度目標値) is the trap"),
    dict(question="プランの最終年度の2027年度には、海外展開に取り組む企業を何社にする目標になっていますか？",
         category="shinchoku", doc=SHINCHOKU_PDF, evidence=["海外展開に取り組む企業数 社 31 45 42 93.3 60"],
         answer=["60"],
         notes="(d) column 令和９年度目標値: 2027年度 = 令和９年度 (the report prints no Western year); 45 (the "
               "令和６年度 target) and 42 (its result) are the traps"),
    dict(question="海外商談の件数は、プランの基準値から令和６年度の実績までに何件増えましたか？",
         category="shinchoku", doc=SHINCHOKU_PDF, evidence=["海外商談件数 件 186 260 275 105.8 350"],
         answer=["89件"], computed=True,
         notes="(d) difference across the year columns: 275 − 186 = 89件 (260 is the 令和６年度 target, not the result)"),
    dict(question="2024年度に、インド向けの商談は何件ありましたか？",
         category="shinchoku", doc=SHINCHOKU_PDF, evidence=["インド 12 １ 36"], answer=["12"],
         notes="(e) continuation page (no header there): row インド, column 商談件数（件）; インドネシア (41) is a "
               "near-miss row; 2024年度 = 令和６年度 (the caption note)"),
    dict(question="重点地域とされている国々からの受注額は、令和６年度に合わせていくらでしたか？",
         category="shinchoku", doc=SHINCHOKU_PDF,
         evidence=["重点地域：ベトナム、タイ、インドネシア、フィリピン", "ベトナム 78 ８ 318", "タイ 56 ６ 198",
                   "インドネシア 41 ４ 164", "フィリピン 29 ３ 86"],
         answer=["766百万円"], computed=True,
         notes="two facts: the 「label：value」 line 重点地域 names four countries; (e) sum over their rows (all on the "
               "first page of the table): 318 + 198 + 164 + 86 = 766百万円 (7億6,600万円); no subtotal is printed"),
    dict(question="受注額で見ると、２番目に大きい国・地域はどこですか？",
         category="shinchoku", doc=SHINCHOKU_PDF, evidence=["中国 22 ２ 236"], answer=["中国"],
         notes="(e) ranking in the column 受注額（百万円）: ベトナム 318, 中国 236, タイ 198 (タイ is second by 商談件数 "
               "and by 受注件数, the trap; 中国 is on the continuation page)"),
    dict(question="リサイクル関係の受注は、件数で全体の何％を占めていましたか？",
         category="shinchoku", doc=SHINCHOKU_PDF, evidence=["廃棄物処理・リサイクル ７ 26.9 305"], answer=["26.9"],
         notes="(f) unruled table, count and share in paired columns: column 構成比（％） (note ※２: the share of the "
               "count); ７ (受注件数) and 305 (受注額) are the traps"),
    dict(question="令和６年度の受注額のうち、水処理の分野が占める割合は何％ですか？",
         category="shinchoku", doc=SHINCHOKU_PDF, evidence=["水処理 ９ 34.6 412", "合計 26 100.0 1,110"],
         answer=["37.1%"], computed=True,
         notes="(f) share of the amount: 412 / 1,110 = 37.1 %; the printed 34.6 is the share of the count (note ※２), "
               "the trap"),
    dict(question="県内の企業がベトナムの省政府と覚書を結びました。これはプランでいう「海外案件」の件数に入りますか？",
         category="shinchoku", doc=SHINCHOKU_PDF, evidence=["覚書及び見積りを除く"], answer=["覚書及び見積りを除く"],
         notes="definition 「海外案件」とは…契約（覚書及び見積りを除く。）をいう (no; a government body as the "
               "partner is allowed, the near miss)"),
    dict(question="研修員の受入れの取組は、報告書でどのように評価されていますか？",
         category="shinchoku", doc=SHINCHOKU_PDF, evidence=["（３）海外研修員の受入れ", "評価：Ｃ（遅れている）"],
         answer=["Ｃ（遅れている）"],
         notes="sibling sections （１）–（３） of ５ share the labels 主な実績, 評価, 今後の方向性; （３）海外研修員の受入れ; "
               "Ｂ and Ａ are the siblings' values"),
    # --- office: the support-office guide, tables (g) (h) (i) (j), definitions, sibling sections, label-value lines
    dict(question="社員30人の県内の菓子メーカーが、ホーチミンのオフィスで共用デスクをちょうど１か月だけ借りたいそうです。料金はいくらですか？",
         category="office", doc=OFFICE_PDF, evidence=["共用デスク（１か月） 15,000 30,000"], answer=["15,000"],
         notes="two facts: a 30-person manufacturer is a 県内中小企業 (definition, 中小企業基本法); one month is not "
               "「１か月を超えて」, so it is 短期利用 and note ※２'s discount (12,000) does not apply; (g) column "
               "県内中小企業（円）; 30,000 is the trap"),
    dict(question="県内の中小企業がバンコクのオフィスの個室を半年続けて借りる場合、１か月当たりの料金はいくらになりますか？",
         category="office", doc=OFFICE_PDF,
         evidence=["１か月を超えて12か月以内", "個室（１か月）の料金を２割引きます", "個室（１か月） 45,000 90,000"],
         answer=["36,000円"], computed=True,
         notes="three facts: six months is 長期利用 (definition), note ※２ takes ２割 off, (g) column 県内中小企業（円）: "
               "45,000 × 0.8 = 36,000円; 45,000 is the trap"),
    dict(question="2024年度に、両方のオフィスを合わせて通訳の手配は何件ありましたか？",
         category="office", doc=OFFICE_PDF, evidence=["通訳の手配 26 31"], answer=["57件"], computed=True,
         notes="(h) numbered first column （６）; sum across the two office columns (no total column): 26 + 31 = 57件; "
               "2024年度 = 令和６年度 (the caption note)"),
    dict(question="2023年度にサポートオフィスを利用した企業は何社でしたか？",
         category="office", doc=OFFICE_PDF, evidence=["令和５年度 47 3,062 231"], answer=["47"],
         notes="(i) years as rows: 2023年度 = 令和５年度 (the guide prints only 2021年 in Western form); column "
               "利用企業数（社）; 231 (商談件数) is the trap"),
    dict(question="令和６年度の延べ利用日数は、開設した年度と比べて何倍になりましたか？",
         category="office", doc=OFFICE_PDF, evidence=["令和３年度 21 1,240 86", "令和６年度 58 3,890 304"],
         answer=["3.1倍"], computed=True,
         notes="(i) ratio down a column: 3,890 / 1,240 = 3.1倍 (the opening year is 令和３年度, from 開設 令和３年 and "
               "note ※３; it covers only October to March)"),
    dict(question="令和６年度に、バンコクのオフィスを使った製造業の会社は合わせて何社ですか？",
         category="office", doc=OFFICE_PDF, evidence=["製造業小計 18 17 35"], answer=["17"],
         notes="(j) the subtotal row inside the table, column バンコク（社）; 18 (ホーチミン) and 35 (計) are the "
               "traps, and 28 (the バンコク 合計 of all industries)"),
    dict(question="バンコクで個室を借りた部品メーカーの事例では、どれくらいの期間利用していましたか？",
         category="office", doc=OFFICE_PDF,
         evidence=["工作機械部品製造業Ｂ社", "利用期間：令和６年４月から令和７年３月まで"],
         answer=["令和６年４月から令和７年３月まで"],
         notes="sibling sections （１）–（３） of ５ share the labels 利用したオフィス, 利用期間, 主な成果; （２）工作機械部品"
               "製造業Ｂ社; the siblings' periods are the near misses"),
    dict(question="現地のオフィスは、現地時間の夕方何時まで使えますか？",
         category="office", doc=OFFICE_PDF, evidence=["現地時間の午前９時から午後６時まで"], answer=["午後６時"],
         notes="「label：value」 line 利用時間 (the same for both offices)"),
    # --- followups
    dict(question="では、その資金を借りるのが小規模事業者に当たらない中小企業だと、年間の限度額はいくらですか？",
         category="followup", doc=RISHI_PDF, evidence=["海外拠点設立資金 0.8 1.0 60 80"], answer=["60"],
         history=_turns("海外拠点設立資金の利子補給率は、小規模事業者だと年何％ですか？",
                        "小規模事業者の場合、海外拠点設立資金の利子補給率は年1.0％です[1]。"),
         notes="(a) the row from the history (海外拠点設立資金), leaf 年間限度額（万円）／中小企業者; 80 (the "
               "小規模事業者 limit) is the trap, and 0.8 (the 中小企業者 rate)"),
    dict(question="そのうち受注に結びついたのは何件ですか？",
         category="followup", doc=SHINCHOKU_PDF, evidence=["ベトナム 78 ８ 318"], answer=["８"],
         history=_turns("ベトナムとの商談は、令和６年度に何件ありましたか？",
                        "令和６年度のベトナムとの商談は78件でした[1]。"),
         notes="(e) the row from the history (ベトナム, on the first page of the table), column 受注件数（件）; 318 "
               "(受注額) is the trap"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=SHINCHOKU_PDF, evidence=["事務局 電話：099-524-2300"], answer=["099-524-2300"],
         history=_turns("プランを進めている協議会の事務局は、どこが務めていますか？",
                        f"{KYOGIKAI}の事務局は、{CENTER}が務めています[1]。"),
         notes="contact box of the progress report: the 協議会 事務局's phone (second line); the 班's phone "
               "099-524-2210 and fax 099-524-2219 (first line) are the near misses"),
    dict(question="その年度にオフィスで行われた商談は何件でしたか？",
         category="followup", doc=OFFICE_PDF, evidence=["令和４年度 34 2,115 158"], answer=["158"],
         history=_turns("2022年度にサポートオフィスを利用した企業は何社でしたか？",
                        "2022年度（令和４年度）の利用企業は34社でした[1]。"),
         notes="(i) the year from the history (2022年度 = 令和４年度), column 商談件数（件）; 2,115 (延べ利用日数) is "
               "the trap"),
    dict(question="それが中小企業ではない県内の企業だと、いくらになりますか？",
         category="followup", doc=OFFICE_PDF, evidence=["会議室（１時間） 500 1,000"], answer=["1,000"],
         history=_turns("県内の中小企業ですが、オフィスの会議室は１時間いくらで借りられますか？",
                        "県内中小企業の場合、会議室は１時間500円です[1]。"),
         notes="(g) the row from the history (会議室（１時間）), column その他の県内企業（円）"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="利子補給を受けた会社が借りた融資の金利は、平均で何％くらいでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline gives the subsidy rates, counts, balances and amounts, not the loans' interest rates",
         absent=["平均金利", "貸付利率", "約定利率", "融資の利率"]),
    dict(question="取扱金融機関ごとに、利子補給の件数を教えてください。",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the record is by year, fund type and firm size; only the number of 取扱金融機関 (14機関) is given",
         absent=["金融機関別", "機関別", "機関ごと"]),
    dict(question="環境ビジネスの海外での受注によって、県内にどれだけの雇用が生まれましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report gives orders, amounts, meetings, firms and trainees, not jobs",
         absent=["雇用", "新規採用"]),
    dict(question="令和６年度の海外案件のうち、契約の相手が政府機関だったものは何件ありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="orders are given by country and by field only; 政府機関等 appears only in the definition of 海外案件",
         absent=["発注者別", "政府案件", "公共案件", "相手先別"]),
    dict(question="ホーチミン・オフィスには、個室が何室ありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the fees and the uses of the rooms (個室の利用 12件), not how many rooms there are",
         absent=["室数", "部屋数", "個室の数"]),
    dict(question="オフィスを使った会社が現地で上げた売上げの合計は分かりますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives firms, days, business meetings and three cases' results, not the firms' sales",
         absent=["売上", "売り上げ", "販売額"]),
]
CATEGORY_COUNTS = {"rishi": 11, "shinchoku": 10, "office": 8, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
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
    "資金の区分別の利子補給率と年間限度額", "利子補給の実績", "資金の区分・企業規模別の交付件数",
    "指標の進捗状況", "国・地域別の商談と受注", "分野別の受注状況",
    "利用区分別の料金", "サービス別の利用件数", "年度別の利用状況", "業種別の利用企業数")
LETTERS = dict(zip((A, B, C, D, E, F, G, H, I, J), "abcdefghij"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y, unit) -> str:
    q = half_up(Decimal(str(x)) / Decimal(str(y)), "0.1")
    return f"{int(q) if q == q.to_integral() else q}{unit}"


def _dec(x) -> Decimal:
    return Decimal(str(x))


COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h48q02": lambda g: f"{min(_dec(6000) * _dec(g(A, '海外設備資金', '利子補給率（％）／中小企業者', 2025)) / 100, _dec(g(A, '海外設備資金', '年間限度額（万円）／中小企業者', 2025))).normalize():f}万円",
    "h48q03": lambda g: f"{_dec(g(A, '輸出運転資金', '利子補給率（％）／小規模事業者', 2025)) + Decimal(FIRST_BONUS)}%",
    "h48q06": lambda g: _avg(g(B, "令和６年度", "利子補給額（万円）", 2024), g(B, "令和６年度", "交付件数（件）", 2024), "万円"),
    "h48q08": lambda g: _pct(g(C, "輸出運転資金", "小規模事業者（件）", 2024), g(C, "輸出運転資金", "計（件）", 2024)),
    "h48q14": lambda g: f"{g(D, '海外商談件数', '令和６年度実績値', 2024) - g(D, '海外商談件数', '令和４年度（基準値）', 2022)}件",
    "h48q16": lambda g: f"{sum(g(E, r, '受注額（百万円）', 2024) for r in FOCUS)}百万円",
    "h48q19": lambda g: _pct(g(F, "水処理", "受注額（百万円）", 2024), g(F, "合計", "受注額（百万円）", 2024)),
    "h48q23": lambda g: f"{int(_dec(g(G, '個室（１か月）', '県内中小企業（円）', 2025)) * (1 - LONG_DISCOUNT)):,}円",
    "h48q24": lambda g: f"{g(H, '通訳の手配', 'ホーチミン（件）', 2024) + g(H, '通訳の手配', 'バンコク（件）', 2024)}件",
    "h48q26": lambda g: _avg(g(I, "令和６年度", "延べ利用日数（日）", 2024), g(I, "令和３年度", "延べ利用日数（日）", 2021), "倍"),
}
PREFIX_Q, PREFIX_T = "h48q", "h48t"

# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {RISHI_PDF: (3, 3), SHINCHOKU_PDF: (3, 3), OFFICE_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (150, 200)
TABLE_QUESTIONS = 20  # at least, outside the followups
COMPUTED_QUESTIONS = (8, 12)
BEFORE_BREAK_ROWS = ("ベトナム", "タイ")  # rows of (e) expected before the page break
CONTINUED_ROWS = ("中国", "マレーシア", "インド", "台湾", "その他", "合計")  # and after it
KPI_YEARS = {"令和４年度（基準値）": 2022, "令和６年度目標値": 2024, "令和６年度実績値": 2024, "達成率（％）": 2024,
             "令和９年度目標値": 2027}


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout48.py")
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
        if q.get("computed") and not table_of(q):
            errors.append(f"{qid}: a computed question whose notes name no table")
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
    n = sum(bool(q.get("computed")) for q in questions)
    if not COMPUTED_QUESTIONS[0] <= n <= COMPUTED_QUESTIONS[1]:
        errors.append(f"{n} computed questions, expected {COMPUTED_QUESTIONS[0]}-{COMPUTED_QUESTIONS[1]}")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout48.py")
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
            # each printed row, cell after cell (the number of (h) and the unit of (d) included), on its page
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

    def adds_up(table, cols, skip=()):
        tab = t[table]
        for col in cols:
            if tab["合計"][col] != sum(r[col] for row, r in tab.items() if row != "合計" and row not in skip):
                errors.append(f"{table}: 合計 of {col} does not add up")

    def total_column(table, parts, total):
        for row, r in t[table].items():
            if r[total] != sum(r[p] for p in parts):
                errors.append(f"{table} / {row}: {total} is not the sum of {parts}")

    # (a): small firms get at least the general rate and limit; no limit above the firm limit of note ※２
    for row, r in t[A].items():
        if r["利子補給率（％）／小規模事業者"] < r["利子補給率（％）／中小企業者"]:
            errors.append(f"{A} / {row}: 小規模事業者 rate below the 中小企業者 rate")
        if r["年間限度額（万円）／小規模事業者"] < r["年間限度額（万円）／中小企業者"]:
            errors.append(f"{A} / {row}: 小規模事業者 limit below the 中小企業者 limit")
        if r["年間限度額（万円）／小規模事業者"] > FIRM_CAP:
            errors.append(f"{A} / {row}: a limit above the firm limit of note ※２")
    # (b): growing counts; amounts within count × firm limit; implied rate between 0.5 % and 1.0 %
    b = t[B]
    ns = [r["交付件数（件）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 交付件数 should grow every year")
    for row, r in b.items():
        if r["利子補給額（万円）"] > r["交付件数（件）"] * FIRM_CAP \
                or not 0.5 <= r["利子補給額（万円）"] / r["対象融資残高（百万円）"] <= 1.0:
            errors.append(f"{B} / {row}: amounts out of range")
    # (c): the total column and the 合計 row add up; 合計 equals (b)'s 令和６年度
    total_column(C, ("中小企業者（件）", "小規模事業者（件）"), "計（件）")
    adds_up(C, ("中小企業者（件）", "小規模事業者（件）", "計（件）"))
    if t[C]["合計"]["計（件）"] != b["令和６年度"]["交付件数（件）"]:
        errors.append(f"{C}: 合計 differs from 令和６年度 of {B}")
    # (d): 達成率 from target and result; the results agree with (e) and (f)
    d = t[D]
    for row, r in d.items():
        want = pct1(_dec(r["令和６年度実績値"]), _dec(r["令和６年度目標値"]))
        if _dec(r["達成率（％）"]) != want:
            errors.append(f"{D} / {row}: 達成率 {r['達成率（％）']} is not {want}")
    e, f = t[E], t[F]
    adds_up(E, ("商談件数（件）", "受注件数（件）", "受注額（百万円）"))
    adds_up(F, ("受注件数（件）", "受注額（百万円）"))
    if not d["海外案件の受注件数"]["令和６年度実績値"] == e["合計"]["受注件数（件）"] == f["合計"]["受注件数（件）"] \
            or not _dec(d["海外案件の受注額"]["令和６年度実績値"]) * 100 == e["合計"]["受注額（百万円）"] == f["合計"]["受注額（百万円）"] \
            or d["海外商談件数"]["令和６年度実績値"] != e["合計"]["商談件数（件）"]:
        errors.append(f"{D}: 令和６年度 results differ from the totals of {E} and {F}")
    if any(r["受注件数（件）"] > r["商談件数（件）"] for r in e.values()):
        errors.append(f"{E}: 受注件数 above 商談件数")
    for row, r in f.items():
        if row != "合計" and _dec(r["構成比（％）"]) != pct1(r["受注件数（件）"], f["合計"]["受注件数（件）"]):
            errors.append(f"{F} / {row}: 構成比 does not come from the counts")
    # (g): the other firms pay twice the small firms' fee
    for row, r in t[G].items():
        if r["その他の県内企業（円）"] != 2 * r["県内中小企業（円）"]:
            errors.append(f"{G} / {row}: fees out of line")
    # (h): 会議室の利用 the most in both offices (prose)
    h = t[H]
    for col in ("ホーチミン（件）", "バンコク（件）"):
        if max(h, key=lambda row: h[row][col]) != "会議室の利用":
            errors.append(f"{H}: 会議室の利用 is not the most used in {col}")
    # (i): growing use; 令和６年度 equals (j)'s 合計
    i_ = t[I]
    for col in ("利用企業数（社）", "延べ利用日数（日）", "商談件数（件）"):
        v = [r[col] for r in i_.values()]
        if v != sorted(set(v)):
            errors.append(f"{I}: {col} should grow every year")
    j = t[J]
    total_column(J, ("ホーチミン（社）", "バンコク（社）"), "計（社）")
    adds_up(J, ("ホーチミン（社）", "バンコク（社）", "計（社）"), skip=(SUBTOTAL,))
    for col in ("ホーチミン（社）", "バンコク（社）", "計（社）"):
        if j[SUBTOTAL][col] != sum(j[m[0]][col] for m in MAKERS):
            errors.append(f"{J}: {SUBTOTAL} of {col} does not add up")
    if j["合計"]["計（社）"] != i_["令和６年度"]["利用企業数（社）"]:
        errors.append(f"{J}: 合計 differs from 令和６年度 of {I}")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    countries = specs["countries"]
    bp = sorted({g["page"] for g in gold if g["table"] == E})
    if len(bp) != 2:
        errors.append(f"{E} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(countries.header[0]))
        on = [i + 1 for i, p in enumerate(pages[SHINCHOKU_PDF]) if header in norm(p)]
        if countries.repeat_header or on != bp[:1]:
            errors.append(f"{E}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == E and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == E and g["page"] == bp[1]}
        if not 3 <= len(first) <= 8:
            errors.append(f"{E}: {len(first)} rows before the page break, expected 3-8")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{E}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("モンゴル、カンボジア") not in norm(pages[SHINCHOKU_PDF][bp[1] - 1]):
            errors.append(f"{E}: note ※１ should follow the table on the continuation page")
    for key in ("rates", "record", "funds", "kpis", "fields", "fees", "services", "usage", "industries"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["fields"].ruled or not all(s.ruled for k, s in specs.items() if k != "fields"):
        errors.append(f"only {F} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns; the leaves repeat under both groups
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["利子補給率（％）／中小企業者", "利子補給率（％）／小規模事業者", "年間限度額（万円）／中小企業者",
            "年間限度額（万円）／小規模事業者"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "万円"}:
        errors.append(f"{A}: units should come from the header groups")
    # (b), (i): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::3] != [y for y, *_x in RECORD]:
        errors.append(f"{B}: expected years as rows")
    if [g["fiscal_year"] for g in gold if g["table"] == I][::3] != [y for y, *_x in USAGE]:
        errors.append(f"{I}: expected years as rows")
    # (c), (j): a total column on the right; (j) a subtotal row inside the table
    for key, title in (("funds", C), ("industries", J)):
        if not specs[key].header[0][-1].startswith("計"):
            errors.append(f"{title}: expected a total column 計 on the right")
    rows_j = [r[0] for r in specs["industries"].rows]
    if not 0 < rows_j.index(SUBTOTAL) < len(rows_j) - 2 or rows_j[-1] != "合計":
        errors.append(f"{J}: expected the subtotal row inside the table and 合計 last")
    # (d): a 単位 column giving each row's unit, fiscal years in the column headers
    kpis = specs["kpis"]
    if kpis.header[0][1] != "単位" or 1 in kpis.value_cols:
        errors.append(f"{D}: expected a 単位 column that is no gold cell")
    for g in gold:
        if g["table"] != D:
            continue
        unit_col = next(nfkc(r[1]) for r in kpis.rows if r[0] == g["row"])
        if g["unit"] != ("%" if g["column"] == "達成率（％）" else unit_col):
            errors.append(f"{g['id']}: unit {g['unit']} does not come from the 単位 column")
        if KPI_YEARS.get(g["column"]) != g["fiscal_year"]:
            errors.append(f"{g['id']}: fiscal year {g['fiscal_year']} does not come from the column header")
    if len({g["unit"] for g in gold if g["table"] == D}) < 4:
        errors.append(f"{D}: expected several units from the 単位 column")
    # (f): a count and its share in paired columns
    fh = specs["fields"].header[0]
    if fh.index("構成比（％）") != fh.index("受注件数（件）") + 1:
        errors.append(f"{F}: expected 構成比 right after 受注件数")
    # (h): a numbered first column （１）… that is no gold cell; the label is the second column
    services = specs["services"]
    if services.label_col != 1 or [r[0] for r in services.rows] != [f"（{fw(i)}）" for i in range(1, len(SERVICES) + 1)]:
        errors.append(f"{H}: expected a numbered first column")
    if any(g["row"].startswith("（") for g in gold if g["table"] == H):
        errors.append(f"{H}: a number recorded as a row label")
    return errors


def check_prose(pages) -> list[str]:
    """Sibling sections print the same labels; figures stated in prose agree with the data."""
    errors = []

    def siblings(text, doc, labels, heads):
        labels = [f"{x}：" for x in labels]
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
        got = re.findall(r"099-52\d-\d{4}", text)
        if got != want:
            errors.append(f"{what}: the contact box should give {want}, got {got}")
        lines = [norm(x) for x in "\n".join(pages[doc]).splitlines()]
        if not any(f"電話:{want[0]}ファクス:{want[1]}" in x for x in lines):
            errors.append(f"{what}: phone and fax should share one line")
        if not any(f"電話:{want[2]}" in x for x in lines):
            errors.append(f"{what}: the other body's phone should be on one line with its label")
        got_mails = re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text)
        if got_mails != mails:
            errors.append(f"{what}: mail addresses {got_mails}, expected {mails}")

    def defs(text, terms, what):
        for d in terms:
            if norm(f"「{d}」とは") not in text:
                errors.append(f"{what}: the definition of {d} is missing")

    # ---- the interest-subsidy guideline
    rs = norm("\n".join(pages[RISHI_PDF]))
    siblings(rs, RISHI_PDF, RISHI_LABELS, [c[0] for c in RISHI_CASES])
    if norm(f"延べ{sum(r[1] for r in RECORD)}件、{sum(r[3] for r in RECORD):,}万円") not in rs:
        errors.append("guideline: the totals in the prose differ from (b)")
    if norm(f"令和６年度は{RECORD[-1][1]}件に利子補給") not in rs \
            or norm(f"{sum(r[2] for r in FUNDS)}件が小規模事業者") not in rs:
        errors.append("guideline: the 令和６年度 figures in the prose differ from (b) and (c)")
    by_count = sorted(FUNDS, key=lambda r: -(r[1] + r[2]))
    if by_count[0][0] != "輸出運転資金" or by_count[0][1] + by_count[0][2] == by_count[1][1] + by_count[1][2]:
        errors.append("guideline: 「輸出運転資金が最も多く」 does not hold")
    rates = {r[0]: r for r in RATES}
    for head, fund, loan, amount in RISHI_CASES:
        name, size = re.fullmatch(r"(.+)（(.+)）", fund).groups()
        r = rates[name]
        rate, cap = (_dec(r[1]), r[3]) if size == "中小企業者" else (_dec(r[2]), r[4])
        want = _dec(loan.rstrip("万円").replace(",", "")) * rate / 100
        if want != _dec(amount.rstrip("万円")) or want > cap:
            errors.append(f"guideline: case {head} does not fit the rate or the limit")
    if re.findall(r"20\d\d年", rs) != ["2021年"]:
        errors.append("guideline: only 2021年度 should be printed in Western form")
    defs(rs, ("海外展開資金", "小規模事業者", "取扱金融機関"), "guideline")
    for x in NOT_COVERED:
        if norm(x) not in rs:
            errors.append(f"guideline: the loan not covered {x} is missing")
    if norm(f"{FIRST_BONUS}ポイントを上乗せ") not in rs:
        errors.append("guideline: the first-time bonus is missing")
    raw = "\n".join(pages[RISHI_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != 3:
        errors.append("guideline: expected three Ｑ lines and three Ａ lines")
    steps_of(RISHI_PDF, "①②③④⑤⑥", "guideline")
    contacts(RISHI_PDF, ["099-521-3410", "099-521-3419", "099-521-3600"], ["momo-kinyu@example.jp"], "guideline")

    # ---- the progress report
    sh = norm("\n".join(pages[SHINCHOKU_PDF]))
    siblings(sh, SHINCHOKU_PDF, MEASURE_LABELS, [m[0] for m in MEASURES])
    achieved = [r for r in KPIS if kpi_rate(r) >= 100]
    if norm(f"{fw(len(KPIS))}指標のうち、令和６年度の目標を達成したのは{fw(len(achieved))}指標") not in sh:
        errors.append("progress report: the number of indicators achieved differs from (d)")
    orders, amount = KPIS[0], KPIS[1]
    if not ORDERS_PREV < int(orders[4]) or not _dec(amount[4]) < _dec(amount[3]) \
            or norm(f"令和５年度の{ORDERS_PREV}件から{orders[4]}件に増えた") not in sh:
        errors.append("progress report: 「受注件数は…増えたが、受注額は目標を下回った」 does not hold")
    meetings = sum(r[1] for r in COUNTRIES)
    share = sum(r[1] for r in COUNTRIES if r[0] in FOCUS) / meetings
    if norm(f"商談は{meetings}件") not in sh or not 0.72 <= share <= 0.78:
        errors.append("progress report: 「重点地域の４か国が全体の約４分の３」 does not hold")
    by_n = sorted(FIELDS, key=lambda r: -r[1])
    by_a = sorted(FIELDS, key=lambda r: -r[2])
    if [r[0] for r in by_n[:2]] != ["水処理", "廃棄物処理・リサイクル"] or [r[0] for r in by_a[:2]] != ["水処理", "廃棄物処理・リサイクル"]:
        errors.append("progress report: 「水処理が件数、受注額ともに最も多く、次いで廃棄物処理・リサイクル」 does not hold")
    by_amount = [r[0] for r in sorted(COUNTRIES, key=lambda r: -r[3])]
    by_meet = [r[0] for r in sorted(COUNTRIES, key=lambda r: -r[1])]
    by_order = [r[0] for r in sorted(COUNTRIES, key=lambda r: -r[2])]
    if by_amount[1] != "中国" or by_meet[1] != "タイ" or by_order[1] != "タイ":
        errors.append("progress report: the ranking the second-largest question relies on does not hold")
    kpi = {r[0]: r for r in KPIS}
    if MEASURES[1][1].count(f"{fw(int(kpi['海外実証事業の実施件数'][4]))}件") != 1 \
            or MEASURES[2][1].count(f"{kpi['海外研修員の受入数'][4]}人") != 1:
        errors.append("progress report: the sibling sections' figures differ from (d)")
    if re.findall(r"20\d\d年", sh):
        errors.append("progress report: no Western year should be printed")
    defs(sh, ("環境ビジネス", "海外案件", "達成率"), "progress report")
    steps_of(SHINCHOKU_PDF, "①②③", "progress report")
    contacts(SHINCHOKU_PDF, ["099-524-2210", "099-524-2219", "099-524-2300"], ["momo-kankyo@example.jp"],
             "progress report")

    # ---- the office guide
    of = norm("\n".join(pages[OFFICE_PDF]))
    siblings(of, OFFICE_PDF, OFFICE_LABELS, [c[0] for c in OFFICE_CASES])
    last = USAGE[-1]
    if norm(f"令和６年度は{last[1]}社が利用し、延べ利用日数は{last[2]:,}日、オフィスでの商談は{last[3]}件") not in of:
        errors.append("guide: the 令和６年度 figures in the prose differ from (i)")
    if re.findall(r"20\d\d年", of) != ["2021年"] or re.findall(r"20\d\d年度", of):
        errors.append("guide: only 2021年 (開設) should be printed in Western form")
    defs(of, ("県内企業", "県内中小企業", "長期利用"), "guide")
    for _h, _o, period, _r in OFFICE_CASES:
        if ("長期利用" in period) == ("３日間" in period):
            errors.append(f"guide: the case period {period} does not fit the definition of 長期利用")
    steps_of(OFFICE_PDF, "①②③④⑤", "guide")
    contacts(OFFICE_PDF, ["099-527-1510", "099-527-1519", "099-527-1600"], ["momo-office@example.jp"], "guide")
    # every phone number of the set is fictional (099-52x-xxxx), every mail address under example.jp
    for n, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text):
            if not ph.startswith(PHONE_PREFIX):
                errors.append(f"{n}: phone number {ph} outside {PHONE_PREFIX}x-xxxx")
        for mail in re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text):
            if not mail.endswith(MAIL_DOMAIN):
                errors.append(f"{n}: mail address {mail} outside {MAIL_DOMAIN}")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
