"""Build the 椎県 held-out set 51: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (椎県 and every town, scheme, organisation, phone number, address
and figure). The documents are in three genres the earlier sets do not use: a grant guideline
(交付要綱, 第１条–第８条 with 附則, 別表 and three （参考） parts) for a prefectural subsidy towards
small firms' production equipment for export (輸出向け生産設備導入支援補助金), with a two-level header
of rates and caps under a general and a first-time-exporter window, a yearly record (years as rows)
and the grants by kind of equipment with per cents next to the counts; the report (報告書) of a
survey of the prefecture's firms on their use of translation tools and generative AI in their
business abroad (翻訳ツール・生成ＡＩ活用実態調査), with the firms by industry (a table continued over a
page break without its header), the main indicators over three fiscal years (years as columns and
a 単位 column) and an unruled table of the reasons for not using generative AI; and the
participation guide (参加案内) of a prefectural international business forum
(椎県国際ビジネスフォーラム2025), with the fees by participant type and a total column on the right,
the past forums (years as rows) and the last forum's foreign participants by country; see
README.md beside this file.

    python make_heldout51.py [OUTPUT_DIR]          # default: this file's directory

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
    GOTHIC,
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

KOFU_PDF = "shii_yushutsu_setsubi_hojokin_kofu_yoko_r7.pdf"
CHOSA_PDF = "shii_honyaku_seiseiai_katsuyo_chosa_r6.pdf"
SANKA_PDF = "shii_kokusai_business_forum_sanka_annai_2025.pdf"
ALL_PDFS = (KOFU_PDF, CHOSA_PDF, SANKA_PDF)

UNITS = ("万円", "円", "件", "人", "社", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_PREFIX = "099-55"  # every phone number of the set: 099-55x-xxxx
PHONE_RE = r"099-55\d-\d{4}"
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


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


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


ARTICLE_HEAD = pstyle("article_head", GOTHIC, 10.5, 17, left=docgen.EM, spaceBefore=4, keepWithNext=1)
ARTICLE = pstyle("article", left=2 * docgen.EM, first=-docgen.EM)


def article(head: str, text: str):
    """An article of the guideline: （見出し） on its own line, then 第ｎ条　text."""
    return [P(head, ARTICLE_HEAD), P(text, ARTICLE)]


PREF = "椎県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: export equipment subsidy, grant guideline
KOFU = f"{PREF}輸出向け生産設備導入支援補助金"
KOFU_DEPT = f"{PREF} 商工労働部 国際ビジネス課"
CENTER = f"公益財団法人{PREF}産業支援センター"
RATES = [  # 経費区分; 補助率（％）: 一般枠, 新規輸出枠; 上限額（万円）: 一般枠, 新規輸出枠 (令和７年度)
    ("生産・加工設備の購入費", 50, 60, 500, 600), ("検査・計測機器の購入費", 50, 75, 200, 250),
    ("包装・梱包機械の購入費", 50, 60, 150, 200), ("設備の据付・試運転費", 40, 50, 50, 60),
    ("専門家の指導料", 60, 75, 20, 30),
]
COMPANY_CAP = 800  # note ※２: 万円 per firm
FIRST_FY = 2020
RECORD = [  # 年度, 申請件数, 交付件数, 交付額（万円）, 補助対象経費（万円）
    (2020, 12, 8, 2140, 5380), (2021, 17, 11, 3025, 7410), (2022, 21, 13, 3560, 8920),
    (2023, 26, 15, 4310, 10650), (2024, 30, 17, 4870, 12240),
]
KINDS = [  # 設備の種類, 交付件数, 交付額（万円） (令和６年度)
    ("食品加工・冷凍設備", 6, 1760), ("金属加工機械", 4, 1420), ("検査・計測機器", 3, 690),
    ("包装・梱包機械", 2, 560), ("その他", 2, 440),
]
CASES = [  # 見出し, 導入した設備, 主な輸出先, 補助金の額 (same labels in every sibling section); kind
    ("水産加工業Ａ社（潮見市）", "急速冷凍装置（新規輸出枠）", "台湾、香港", "480万円", "食品加工・冷凍設備"),
    ("菓子製造業Ｂ社（椎市）", "個包装機と金属検出機", "シンガポール、タイ", "165万円", "包装・梱包機械"),
    ("金属部品製造業Ｃ社（岩戸町）", "三次元測定機", "米国、メキシコ", "210万円", "検査・計測機器"),
]
EXCLUDED = [  # 補助の対象としない経費
    "土地及び建物の取得費、建物の改修費",
    "汎用性が高く、目的外の使用が容易なもの（パソコン、タブレット、車両等）",
    "国内向けの製品の生産だけに用いる設備の経費",
    "交付決定の日より前に発注し、又は支払った経費",
    "消費税及び地方消費税",
]


def kofu_specs():
    rates = TableSpec(
        key="rates", doc=KOFU_PDF, title="経費区分ごとの補助率と上限額",
        header=[["経費区分", "補助率（％）", "", "上限額（万円）", ""],
                ["", "一般枠", "新規輸出枠", "一般枠", "新規輸出枠"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in RATES],
        col_widths=[48 * mm, 27 * mm, 28 * mm, 27 * mm, 28 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    record = TableSpec(
        key="record", doc=KOFU_PDF, title="年度別の交付実績",
        header=[["年度", "申請件数（件）", "交付件数（件）", "交付額（万円）", "補助対象経費（万円）"]],
        rows=[[era(y), fw(a), fw(b), fw(c), fw(d)] for y, a, b, c, d in RECORD],
        col_widths=[28 * mm, 30 * mm, 30 * mm, 30 * mm, 40 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    n_all, amt_all = sum(k[1] for k in KINDS), sum(k[2] for k in KINDS)
    rows = [[n, fw(k), cell(pct1(k, n_all)), fw(a), cell(pct1(a, amt_all))] for n, k, a in KINDS]
    rows.append(["合計", fw(n_all), "100.0", fw(amt_all), "100.0"])
    kinds = TableSpec(
        key="kinds", doc=KOFU_PDF, title="設備の種類別の交付状況",
        header=[["設備の種類", "交付件数（件）", "件数の構成比（％）", "交付額（万円）", "金額の構成比（％）"]],
        rows=rows, col_widths=[40 * mm, 28 * mm, 34 * mm, 28 * mm, 34 * mm], table_fy=2024,
    )
    kinds.unit = lambda row, c, s=kinds: bracket_unit(s.column_label(c))
    return rates, record, kinds


def kofu_story(specs):
    rates, record, kinds = specs
    n_all, amt_all = sum(r[2] for r in RECORD), sum(r[3] for r in RECORD)
    last = RECORD[-1]
    st = [Spacer(1, 2 * mm), P(f"{KOFU}交付要綱", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月28日制定", DATE_RIGHT), P(KOFU_DEPT, DATE_RIGHT), Spacer(1, 2 * mm)]
    st += article("（趣旨）", f"第１条　県は、県内の中小企業者が海外の需要に応じて輸出を始め、又は拡大するために行う生産設備の導入に要する経費に対し、予算の範囲内において{KOFU}（以下「補助金」という。）を交付するものとし、その交付に関しては、この要綱に定めるところによる。")
    st += article("（定義）", "第２条　この要綱において、次の各号に掲げる用語の意義は、当該各号に定めるところによる。")
    st += numbered([
        "（１）「中小企業者」とは、中小企業基本法第２条第１項に規定する中小企業者であって、県内に本社又は主たる事業所を有するものをいう。",
        "（２）「輸出向け設備」とは、輸出する製品の生産、加工、検査又は包装に用いる機械装置をいい、導入の日から３年以内に輸出する製品に用いることが見込まれるものに限る。",
        "（３）「新規輸出者」とは、申請日の前３年間に直接又は商社を通じた輸出の実績がない中小企業者をいう。",
    ], 1)
    st += article("（補助対象者）", "第３条　補助金の交付の対象となる者は、輸出向け設備を導入する中小企業者とする。ただし、県税を滞納している者を除く。")
    st += article("（補助対象経費等）", "第４条　補助の対象となる経費（以下「補助対象経費」という。）、補助率及び補助金の上限額は、別表のとおりとする。")
    st += article("（補助対象外経費）", "第５条　前条の規定にかかわらず、次の経費は、補助の対象としない。")
    st += bullets(EXCLUDED, 1)
    st += article("（交付の手続）", "第６条　補助金の交付の手続は、次のとおりとする。")
    st += numbered([
        f"① 事前相談（国際ビジネス課又は{CENTER}へ）",
        "② 交付申請書の提出（事業計画書、見積書及び輸出の計画書を添えること）",
        "③ 審査（書類審査及び面談）",
        "④ 交付決定の通知",
        "⑤ 設備の発注及び導入（交付決定の日から令和８年２月27日までに支払を終えること）",
        "⑥ 実績報告（支払を終えた日から30日以内）",
        "⑦ 補助金の額の確定及び支払",
    ], 1)
    st += article("（財産の管理）", "第７条　補助事業者は、補助金により取得した設備のうち、取得価格が１件50万円以上のものについては、取得の日から５年間、知事の承認を受けないで、譲渡し、貸し付け、又は担保に供してはならない。")
    st += article("（輸出実績の報告）", "第８条　補助事業者は、補助事業を完了した日の属する年度の翌年度から３年間、毎年度６月30日までに、前年度の輸出の実績を知事に報告しなければならない。")
    st += [P("附　則", ARTICLE_HEAD), P("この要綱は、令和７年４月１日から施行する。", indented(1))]
    st += [P("別表（第４条関係）", H1)]
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「新規輸出枠」の欄は新規輸出者に、「一般枠」の欄はそれ以外の中小企業者に適用する。",
        f"※２ 補助金の額は、１事業者当たり{COMPANY_CAP}万円を上限とし、千円未満の端数は切り捨てる。",
        "※３ 中古の設備は、販売事業者が動作を保証し、かつ、製造から10年を経過していないものに限り対象とする。",
    ])
    st += [P("（参考１）令和７年度の募集", H1)]
    st += lv_lines([
        ("募集期間", "令和７年５月12日から６月30日まで（必着）"),
        ("予算額", "6,000万円"),
        ("採択予定件数", "15件程度"),
        ("申請先", f"{KOFU_DEPT} 販路開拓班"),
    ], 0)
    st += [P("（参考２）これまでの交付実績", H1)]
    st += paras(f"""
制度を始めた令和２年度（{FIRST_FY}年度）から令和６年度までに、延べ{n_all}件、{amt_all:,}万円を交付した。令和６年度は{last[1]}件の申請があり、{last[2]}件に交付した。設備の種類別では、食品加工・冷凍設備が件数、金額ともに最も多い。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += [caption(kinds.title, "（令和６年度）"), kinds.flowable(), Spacer(1, 2)]
    st += notes(["※４ 構成比は、小数点以下第２位を四捨五入したため、内訳の合計が100.0にならない場合がある。"])
    st += [P("（参考３）交付事例（令和６年度）", H1)]
    for i, (head, what, dest, amount, _k) in enumerate(CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("導入した設備", what), ("主な輸出先", dest), ("補助金の額", amount)], 1)
    st += [CondPageBreak(30 * mm), P("問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KOFU_DEPT} 販路開拓班　電話：099-551-2240　ファクス：099-551-2249",
        f"{CENTER}（事前相談）　電話：099-553-4100",
        "電子メール：shii-setsubi@example.jp",
    ]))
    return st


# ================================================================ document 2: translation tools and generative AI, survey report
CHOSA = f"{PREF}内企業の海外取引における翻訳ツール・生成ＡＩ活用実態調査"
CHOSA_DEPT = f"{PREF} 商工労働部 国際経済課"
MADOGUCHI = f"{PREF}デジタル活用相談窓口"
TARGET = 780  # 調査対象の企業
INDUSTRIES = [  # 業種, 回答企業数, うち翻訳ツール利用, うち生成ＡＩ利用 (社)
    ("食料品", 41, 30, 12), ("繊維・衣服", 22, 15, 5), ("化学", 19, 16, 9), ("金属製品", 33, 21, 8),
    ("機械", 45, 39, 21), ("電気機器", 28, 24, 15), ("卸売業", 38, 31, 14), ("小売業", 17, 11, 4),
    ("運輸業", 21, 15, 6), ("サービス業", 26, 20, 11), ("その他", 22, 12, 4),
]
SIZES = (("中小企業", 264, 82), ("大企業", 48, 27))  # 回答企業数, うち生成ＡＩ利用
BOTH, NEITHER_OUTSOURCE = 98, 41  # firms using both; firms using neither that outsource translation
SURVEY_YEARS = (2022, 2023, 2024)
TRENDS = [  # 指標, 単位, 令和４年度, 令和５年度, 令和６年度
    ("回答企業数", "社", 288, 301, None), ("翻訳ツールの利用率", "％", Decimal("61.5"), Decimal("68.4"), None),
    ("生成ＡＩの利用率", "％", Decimal("9.7"), Decimal("21.6"), None),
    ("翻訳の外部委託費（１社平均）", "万円", 86, 74, 63),
    ("外国語で対応できる社員がいる割合", "％", Decimal("52.4"), Decimal("53.8"), Decimal("54.2")),
]
REASONS = [  # 生成ＡＩを利用していない理由, 回答数: 中小企業, 大企業 (複数回答)
    ("情報漏えいが心配", 84, 12), ("使い方が分からない", 79, 2), ("翻訳の正確さに不安がある", 61, 7),
    ("費用に見合う効果が分からない", 47, 3), ("必要を感じない", 33, 1), ("社内の規則で使えない", 18, 13),
]
SECTORS = [  # 見出し, 主な取引先の国・地域, 主な使い方, 主な意見 (same labels in every sibling section)
    ("食料品", "台湾、香港、シンガポール", "商品規格書と表示の翻訳", "原材料名の訳を取引先に確かめてもらう手間が大きい"),
    ("機械", "米国、中国、タイ", "取扱説明書の翻訳と技術的な質問への回答の下書き", "専門用語の訳語を社内で統一したい"),
    ("卸売業", "中国、ベトナム、韓国", "電子メールと見積書の作成", "取引先の言語の細かな言い回しが正しいか判断できない"),
]


def respondents() -> int:
    return sum(r[1] for r in INDUSTRIES)


def tool_users() -> int:
    return sum(r[2] for r in INDUSTRIES)


def ai_users() -> int:
    return sum(r[3] for r in INDUSTRIES)


def non_users() -> tuple[int, int, int]:
    """Firms not using generative AI: all, 中小企業, 大企業 (the ｎ of the unruled table)."""
    s, l = SIZES[0][1] - SIZES[0][2], SIZES[1][1] - SIZES[1][2]
    return s + l, s, l


def trends() -> list[tuple]:
    """The indicator rows with the 令和６年度 figures of the first three taken from the survey."""
    now = [respondents(), pct1(tool_users(), respondents()), pct1(ai_users(), respondents())]
    return [(n, u, a, b, c if c is not None else now[i]) for i, (n, u, a, b, c) in enumerate(TRENDS)]


def chosa_specs():
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in INDUSTRIES]
    rows.append(["合計"] + [fw(sum(r[j] for r in INDUSTRIES)) for j in (1, 2, 3)])
    industries = TableSpec(
        key="industries", doc=CHOSA_PDF, title="業種別の回答企業と利用の状況",
        header=[["業種", "回答企業数（社）", "うち翻訳ツール利用（社）", "うち生成ＡＩ利用（社）"]],
        rows=rows, col_widths=[40 * mm, 36 * mm, 44 * mm, 42 * mm], table_fy=2024, repeat_header=False,
    )
    industries.unit = lambda row, c, s=industries: bracket_unit(s.column_label(c))
    trows = [[n, u] + [cell(x) for x in (a, b, c)] for n, u, a, b, c in trends()]
    trend = TableSpec(
        key="trends", doc=CHOSA_PDF, title="主な指標の推移",
        header=[["指標", "単位"] + [era(y) for y in SURVEY_YEARS]],
        rows=trows, col_widths=[62 * mm, 16 * mm, 27 * mm, 27 * mm, 27 * mm], value_cols=[2, 3, 4],
    )
    trend.unit = lambda row, c: nfkc(row[1])
    n_all, n_s, n_l = non_users()
    reasons = TableSpec(
        key="reasons", doc=CHOSA_PDF, title="生成ＡＩを利用していない理由（複数回答）",
        header=[["利用していない理由", "全体", "中小企業", "大企業"]],
        rows=[[n, cell(pct1(a + b, n_all)), cell(pct1(a, n_s)), cell(pct1(b, n_l))] for n, a, b in REASONS],
        col_widths=[72 * mm, 26 * mm, 26 * mm, 26 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return industries, trend, reasons


def chosa_story(specs):
    industries, trend, reasons = specs
    total, tools, ai = respondents(), tool_users(), ai_users()
    n_all, n_s, n_l = non_users()
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{CHOSA} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月", DATE_RIGHT), P(CHOSA_DEPT, DATE_RIGHT), Spacer(1, 2 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "県内企業が海外との取引の業務で翻訳ツールや生成ＡＩをどの程度使っているかを把握し、支援策の検討に役立てるため"),
        ("調査対象", f"県内に本社を置き、海外との取引（輸出、輸入、海外拠点との取引等）がある企業 {TARGET}社"),
        ("調査基準日", "令和６年（2024年）11月１日"),
        ("調査期間", "令和６年11月５日から12月６日まで"),
        ("調査方法", "ウェブ回答及び郵送による調査票の回収"),
        ("回答数", f"{total}社（回答率{pct1(total, TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「翻訳ツール」とは、文書、ウェブページ、電子メール等を機械的に翻訳するソフトウェア又はウェブサービスをいい、生成ＡＩを除く。「生成ＡＩ」とは、利用者の指示に応じて文章等を作り出す人工知能のサービスをいう。また、「利用」とは、調査基準日前の６か月間に、海外との取引に関する業務で１回以上使ったことをいう。「中小企業」は中小企業基本法に定める中小企業者をいい、それ以外の企業を「大企業」という。
""", 0)
    st += [P("２　回答企業と利用の状況", H1)]
    st += paras(f"""
回答企業{total}社のうち、翻訳ツールを利用している企業は{tools}社（{pct1(tools, total)}％）、生成ＡＩを利用している企業は{ai}社（{pct1(ai, total)}％）であった。業種別では、機械が翻訳ツール、生成ＡＩともに利用企業数で最も多い。企業規模別に生成ＡＩの利用を見ると、大企業は{SIZES[1][1]}社のうち{SIZES[1][2]}社で半数を超えたが、中小企業は{SIZES[0][1]}社のうち{SIZES[0][2]}社で、３割程度にとどまった。
翻訳ツールと生成ＡＩの両方を利用している企業は{BOTH}社、生成ＡＩだけを利用している企業は{ai - BOTH}社であった。どちらも利用していない企業は{total - tools - (ai - BOTH)}社で、このうち{NEITHER_OUTSOURCE}社は翻訳を外部に委託している。業種別の状況は次のとおりである。
""", 0)
    st += [caption(industries.title, "（令和６年度）", keep=False), industries.flowable(), Spacer(1, 2)]
    st += notes(["※１ 「その他」は、窯業・土石、印刷、建設業等である。"])
    st += [P("３　主な業種の状況", H1)]
    for i, (head, where, how, voice) in enumerate(SECTORS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な取引先の国・地域", where), ("主な使い方", how), ("主な意見", voice)], 1)
    st += [P("４　主な指標の推移", H1)]
    st += paras("""
この調査は令和４年度から毎年行っている。生成ＡＩの利用率は３年間で３倍を超え、翻訳を外部に委託する費用は減り続けている。
""", 0)
    st += [caption(trend.title), trend.flowable(), Spacer(1, 2)]
    st += notes(["※２ 翻訳の外部委託費は、翻訳会社等に翻訳を委託している企業の１社当たりの年間の平均額である。"])
    st += [P("５　生成ＡＩを利用していない理由", H1)]
    st += paras("""
全体と中小企業では「情報漏えいが心配」が最も多く、大企業では「社内の規則で使えない」が最も多かった。中小企業では「使い方が分からない」も４割を超えた。
""", 0)
    st += [caption(reasons.title, "（単位：％）"), reasons.flowable(), Spacer(1, 2)]
    st += notes([
        f"※３ 生成ＡＩを利用していない企業（全体{n_all}社、中小企業{n_s}社、大企業{n_l}社）が回答した。複数回答のため、合計は100％にならない。",
    ])
    st += [P("６　県への主な要望（自由記述）", H1)]
    st += bullets([
        "社外秘の情報を守りながら生成ＡＩを使う方法を、具体的な事例で教えてほしい。",
        "業種ごとの専門用語の対訳集を、県で作って公開してほしい。",
        "翻訳した契約書や規格書を、専門家に確かめてもらう費用を支援してほしい。",
    ], 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        f"① {MADOGUCHI}で、生成ＡＩの安全な使い方の個別相談を始める。",
        "② 海外取引の文書を題材にした生成ＡＩの実践講座を、年３回開く。",
        "③ 食料品と機械の専門用語の対訳集を作り、県のウェブサイトで公開する。",
        "④ 次回の調査は、令和７年度に同じ方法で行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{CHOSA_DEPT} 通商班　電話：099-552-3140　ファクス：099-552-3149",
        f"{MADOGUCHI}（{CENTER}内、個別の相談）　電話：099-553-4180",
        "電子メール：shii-tsusho@example.jp",
    ]))
    return st


# ================================================================ document 3: international business forum, participation guide
FORUM = f"{PREF}国際ビジネスフォーラム2025"
SANKA_DEPT = f"{PREF} 商工労働部 国際ビジネス課"
KYOGIKAI = f"{PREF}国際ビジネス推進協議会"
JIMUKYOKU = "フォーラム運営事務局（株式会社椎コンベンションサービス）"
FEES = [  # 参加区分, フォーラム, 個別商談会, 交流会 (円, 令和７年度)
    ("協議会会員", 3000, 5000, 6000), ("県内企業（会員以外）", 5000, 8000, 7000),
    ("県外企業", 8000, 12000, 7000), ("海外企業", 0, 0, 7000),
]
EARLY_DISCOUNT = 20  # ※１: per cent off for 早期申込
PAST = [  # 年度, 参加者数, うち海外からの参加者, 商談件数, 成約件数
    (2021, 186, 24, 92, 11), (2022, 243, 41, 138, 17), (2023, 305, 68, 176, 23), (2024, 362, 87, 214, 29),
]
ABROAD = [  # 国・地域, 参加者数, 商談件数, 成約件数 (令和６年度、第４回)
    ("台湾", 18, 46, 7), ("韓国", 12, 31, 4), ("中国", 11, 29, 5), ("ベトナム", 13, 35, 5),
    ("タイ", 10, 22, 3), ("シンガポール", 7, 17, 2), ("米国", 7, 18, 2), ("オーストラリア", 5, 10, 1),
    ("その他", 4, 6, 0),
]
DAYS = [  # 見出し, 時間, 会場, 主な内容 (same labels in every sibling section)
    ("１日目　10月21日（火）", "13時から19時30分まで", "椎県国際交流会館 大ホール（交流会は２階 宴会場）",
     "開会、基調講演、分科会（食品、ものづくり、観光）、交流会（18時から）"),
    ("２日目　10月22日（水）", "９時30分から16時まで", "椎県国際交流会館 展示ホール",
     "個別商談会（１回30分、事前予約制）、県産品の展示"),
    ("３日目　10月23日（木）", "８時30分から17時まで", "潮見港及び県内の工場（バスで移動）",
     "海外企業向けの産地視察（エクスカーション）"),
]
COVERED = [
    "講演資料",
    "同時通訳の受信機の貸出し",
    "個別商談会の通訳（英語・中国語・ベトナム語）",
    "交流会の飲食",
]


def sanka_specs():
    frows = [[n, fw(a), fw(b), fw(c), fw(a + b + c)] for n, a, b, c in FEES]
    fees = TableSpec(
        key="fees", doc=SANKA_PDF, title="参加区分別の参加費",
        header=[["参加区分", "フォーラム（円）", "個別商談会（円）", "交流会（円）", "合計（円）"]],
        rows=frows, col_widths=[40 * mm, 30 * mm, 30 * mm, 28 * mm, 28 * mm], table_fy=2025,
    )
    fees.unit = lambda row, c, s=fees: bracket_unit(s.column_label(c))
    past = TableSpec(
        key="past", doc=SANKA_PDF, title="これまでの開催実績",
        header=[["年度", "参加者数（人）", "うち海外参加者（人）", "商談件数（件）", "成約件数（件）"]],
        rows=[[era(y), fw(a), fw(b), fw(c), fw(d)] for y, a, b, c, d in PAST],
        col_widths=[28 * mm, 30 * mm, 38 * mm, 30 * mm, 30 * mm],
    )
    past.unit = lambda row, c, s=past: bracket_unit(s.column_label(c))
    arows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in ABROAD]
    arows.append(["合計"] + [fw(sum(r[j] for r in ABROAD)) for j in (1, 2, 3)])
    abroad = TableSpec(
        key="abroad", doc=SANKA_PDF, title="前回の海外参加者の国・地域別の状況",
        header=[["国・地域", "参加者数（人）", "商談件数（件）", "成約件数（件）"]],
        rows=arows, col_widths=[40 * mm, 34 * mm, 34 * mm, 34 * mm], table_fy=2024,
    )
    abroad.unit = lambda row, c, s=abroad: bracket_unit(s.column_label(c))
    return fees, past, abroad


def sanka_story(specs):
    fees, past, abroad = specs
    last = PAST[-1]
    st = [Spacer(1, 2 * mm), P("第５回", SUBTITLE), P(f"{FORUM} 参加案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年７月", DATE_RIGHT), P(SANKA_DEPT, DATE_RIGHT), Spacer(1, 2 * mm)]
    st += [P("１　開催の概要", H1)]
    st += paras(f"""
アジア太平洋地域の企業と県内企業が出会い、取引を始めるきっかけをつくるため、令和３年度（2021年度）から毎年開いているフォーラムです。５回目となる今回は、講演と分科会に加え、海外企業との個別商談会を２日目に開きます。
""", 0)
    st += lv_lines([
        ("名称", f"第５回 {FORUM}"),
        ("会期", "令和７年10月21日（火）・22日（水）（23日（木）に海外企業向けのエクスカーション）"),
        ("開催場所", "椎県国際交流会館（椎市港町２丁目）"),
        ("主催", f"{PREF}、{KYOGIKAI}"),
        ("定員", "400人（先着順）"),
        ("申込締切", "令和７年９月26日（金）"),
    ], 0)
    st += paras("""
この案内において「協議会会員」とは、椎県国際ビジネス推進協議会の会員である企業及び団体をいいます。「県内企業」とは、県内に本社又は事業所を有する企業をいいます。また、「早期申込」とは、令和７年８月29日（金）までに申込みを終えることをいいます。
""", 0)
    st += [P("２　日程", H1)]
    for i, (head, when, where, what) in enumerate(DAYS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("時間", when), ("会場", where), ("主な内容", what)], 1)
    st += [P("３　参加費", H1)]
    st += paras("参加費は、参加する催しと参加区分によって次のとおりです。学生は、フォーラムのみ無料で聴講できます。", 0)
    st += [caption(fees.title, "（令和７年度）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        f"※１ 早期申込の場合は、各欄の額から{fw(EARLY_DISCOUNT // 10)}割を引いた額とします。",
        "※２ 参加費は、参加者１人当たりの額（消費税込み）です。個別商談会は、１社２人までとします。",
        "※３ エクスカーションは海外企業のみが対象で、参加費は4,000円です。",
    ])
    st += paras("参加費には、次のものが含まれます。会場までの交通費及び宿泊費は、各自の負担です。", 0)
    st += bullets(COVERED, 0)
    st += [P("４　申込みの方法", H1)]
    st += numbered([
        "① 専用サイトの申込フォームに入力する。",
        "② 個別商談会を希望する場合は、商談希望シートを提出する（令和７年９月12日（金）まで）。",
        "③ 事務局から受付確認の電子メールが届く。",
        "④ 商談相手と時間の決定通知が届く（10月３日（金）ごろ）。",
        "⑤ 請求書の発行日から14日以内に参加費を振り込む。",
        "⑥ 当日、受付で参加証を示す。",
    ], 0)
    st += paras("令和７年10月10日（金）以降に参加を取り消した場合は、参加費を返金しません。", 0)
    st += [P("５　これまでの開催実績", H1)]
    st += paras(f"""
参加者は毎回増えており、前回（令和６年度）は{last[1]}人が参加し、このうち海外からの参加者は{last[2]}人でした。個別商談会では{last[3]}件の商談が行われ、{last[4]}件が成約に至りました。
""", 0)
    st += [caption(past.title), past.flowable(), Spacer(1, 2)]
    st += paras("前回の海外参加者を国・地域別に見ると、台湾が参加者数、商談件数、成約件数のいずれも最も多くなっています。", 0)
    st += [caption(abroad.title, "（令和６年度）"), abroad.flowable(), Spacer(1, 2)]
    st += notes(["※４ 「その他」は、インド、マレーシア、カナダである。成約件数は、令和７年３月末までに報告のあったものである。"])
    st += [CondPageBreak(30 * mm), P("６　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{SANKA_DEPT} 交流推進班　電話：099-551-2270　ファクス：099-551-2279",
        f"{JIMUKYOKU}（申込み・参加費）　電話：099-557-8800",
        "電子メール：shii-forum@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return kofu_specs() + chosa_specs() + sanka_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    kspecs, cspecs, sspecs = kofu_specs(), chosa_specs(), sanka_specs()
    kdoc = build_pdf(docs_dir / KOFU_PDF, kspecs, kofu_story(kspecs),
                     f"{KOFU}交付要綱", "令和７年３月", KOFU_DEPT)
    cdoc = build_pdf(docs_dir / CHOSA_PDF, cspecs, chosa_story(cspecs),
                     f"令和６年度 {CHOSA} 報告書", "令和７年３月", CHOSA_DEPT)
    sdoc = build_pdf(docs_dir / SANKA_PDF, sspecs, sanka_story(sspecs),
                     f"第５回 {FORUM} 参加案内", "令和７年７月", SANKA_DEPT)
    gold = all_gold({KOFU_PDF: kdoc.row_pages, CHOSA_PDF: cdoc.row_pages, SANKA_PDF: sdoc.row_pages})
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
    # --- kofu: the export-equipment grant guideline, tables (a) (b) (c), definitions, articles, costs not covered, sibling sections
    dict(question="社員30人の食品メーカーから相談です。４年前に商社を通じて一度輸出しましたが、ここ３年は輸出していません。輸出向けの検査機器を買う場合、補助率は何％になりますか？",
         category="kofu", doc=KOFU_PDF,
         evidence=["申請日の前３年間に直接又は商社を通じた輸出の実績がない", "検査・計測機器の購入費 50 75 200 250"],
         answer=["75"],
         notes="two facts: an export four years ago lies outside 「申請日の前３年間」, so the firm is a 新規輸出者 "
               "(definition （３） of 第２条, asked at its boundary; note ※１); (a) two-level header, leaf "
               "補助率（％）／新規輸出枠; 50 (一般枠) is the trap"),
    dict(question="毎年アメリカへ部品を輸出している会社が、2025年度にこの補助金で加工機械を買う場合、補助の上限額はいくらですか？",
         category="kofu", doc=KOFU_PDF, evidence=["生産・加工設備の購入費 50 60 500 600"], answer=["500"],
         notes="(a) leaf 上限額（万円）／一般枠 (a firm exporting every year is no 新規輸出者; note ※１); the leaf "
               "一般枠 is printed under both groups, so the rate 50 is a trap, and 600 (新規輸出枠); 2025年度 = "
               "令和７年度 (caption note; only 2020年度 is printed in Western form)"),
    dict(question="2022年度には、何件の事業者に補助金が交付されましたか？",
         category="kofu", doc=KOFU_PDF, evidence=["令和４年度 21 13 3,560 8,920"], answer=["13"],
         notes="(b) years as rows: 2022年度 = 令和４年度; column 交付件数（件）; 21 (申請件数) is the trap"),
    dict(question="令和５年度に補助を受けた事業者が設備の導入に使った、補助の対象となる経費は合わせていくらでしたか？",
         category="kofu", doc=KOFU_PDF, evidence=["令和５年度 26 15 4,310 10,650"], answer=["10,650"],
         notes="(b) column 補助対象経費（万円）; 4,310 (交付額) is the trap"),
    dict(question="令和６年度は、申請のうち何パーセントが交付まで進んだことになりますか？",
         category="kofu", doc=KOFU_PDF, evidence=["令和６年度 30 17 4,870 12,240"], answer=["56.7%"], computed=True,
         notes="(b) share within a row: 17 / 30 = 56.7 %"),
    dict(question="令和６年度に食品の加工や冷凍の設備で交付を受けた事業者には、１件当たり平均でいくら交付されましたか？",
         category="kofu", doc=KOFU_PDF, evidence=["食品加工・冷凍設備 ６ 35.3 1,760 36.1"], answer=["293.3万円"],
         computed=True,
         notes="(c) average in a row: 1,760 / 6 = 293.3万円 (the per cents next to the counts are the traps)"),
    dict(question="補助金の金額で見ると、金属加工の機械は令和６年度の交付全体の何％を占めていましたか？",
         category="kofu", doc=KOFU_PDF, evidence=["金属加工機械 ４ 23.5 1,420 29.2"], answer=["29.2"],
         notes="(c) per cents next to counts in paired columns: column 金額の構成比（％）; 23.5 (件数の構成比) is the trap"),
    dict(question="これまで一度も輸出したことのない会社が、生産用の機械を買い、その据付けと試運転も業者に頼む場合、補助金は合わせて最大いくらになりますか？",
         category="kofu", doc=KOFU_PDF,
         evidence=["生産・加工設備の購入費 50 60 500 600", "設備の据付・試運転費 40 50 50 60"], answer=["660万円"],
         computed=True,
         notes="(a) sum of two caps under the leaf 上限額（万円）／新規輸出枠 (never exported: a 新規輸出者): 600 + 60 = "
               "660万円, below the 800万円 per firm of note ※２; 550万円 (一般枠) is the trap"),
    dict(question="金属部品を作っている会社の交付事例では、補助金はいくら出ましたか？",
         category="kofu", doc=KOFU_PDF, evidence=["金属部品製造業Ｃ社", "補助金の額：210万円"], answer=["210万円"],
         notes="sibling sections （１）–（３） of （参考３） share the labels 導入した設備, 主な輸出先, 補助金の額; "
               "（３）金属部品製造業Ｃ社; 480万円 and 165万円 are the siblings' values"),
    dict(question="輸出用の商品を運ぶトラックを買う費用は、この補助金の対象になりますか？",
         category="kofu", doc=KOFU_PDF,
         evidence=["次の経費は、補助の対象としない", "目的外の使用が容易なもの（パソコン、タブレット、車両等）"],
         answer=["補助の対象としない"],
         notes="the costs not covered (第５条, a lead sentence and bulleted items): 車両 (no); the 包装・梱包機械 of 別表 "
               "are covered, a near miss"),
    dict(question="補助を受けたあと、輸出の実績は毎年いつまでに県へ報告しなければなりませんか？",
         category="kofu", doc=KOFU_PDF, evidence=["毎年度６月30日までに"], answer=["６月30日"],
         notes="第８条 (three years from the next fiscal year); the 実績報告 of step ⑥ (within 30 days) and the "
               "募集期間 ending ６月30日 of （参考１） are near misses"),
    # --- chosa: the translation-tool and generative-AI survey, tables (d) (e) (f), definitions, sibling sections
    dict(question="今回の翻訳ツールや生成ＡＩの調査には、何社が回答していますか？",
         category="chosa", doc=CHOSA_PDF, evidence=["回答数：312社（回答率40.0％）"], answer=["312社"],
         notes="「label：value」 line 回答数 (780社 of 調査対象 is the near miss)"),
    dict(question="７か月前に一度だけ生成ＡＩで英文メールを作った会社は、この調査では生成ＡＩを「利用」している会社に数えられますか？",
         category="chosa", doc=CHOSA_PDF, evidence=["調査基準日前の６か月間に"], answer=["６か月間"],
         notes="definition 「利用」とは、調査基準日前の６か月間に…１回以上使ったことをいう (no: asked just outside "
               "its boundary)"),
    dict(question="調査に答えた機械メーカーのうち、生成ＡＩを使っているのは何社ですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["機械 45 39 21"], answer=["21"],
         notes="(d) first page, column うち生成ＡＩ利用（社）; 39 (翻訳ツール) is the trap"),
    dict(question="2024年度の調査で、サービス業で翻訳ツールを使っている会社は何社でしたか？",
         category="chosa", doc=CHOSA_PDF, evidence=["サービス業 26 20 11"], answer=["20"],
         notes="(d) continuation page (no header there): row サービス業, column うち翻訳ツール利用（社）; 2024年度 = "
               "令和６年度 (the report prints 2024年 only in 調査基準日); 11 (生成ＡＩ) is the trap"),
    dict(question="電気機器のメーカーでは、回答した会社のうち何％が生成ＡＩを使っていますか？",
         category="chosa", doc=CHOSA_PDF, evidence=["電気機器 28 24 15"], answer=["53.6%"], computed=True,
         notes="(d) share within a row: 15 / 28 = 53.6 %"),
    dict(question="2023年度の調査では、生成ＡＩを使っている会社の割合は何％でしたか？",
         category="chosa", doc=CHOSA_PDF, evidence=["生成ＡＩの利用率 ％ 9.7 21.6 34.9"], answer=["21.6"],
         notes="(e) years as columns with a 単位 column: 2023年度 = 令和５年度; 34.9 (令和６年度, also in the prose) is "
               "the trap"),
    dict(question="翻訳会社などに翻訳を頼む費用は、令和４年度から令和６年度までに１社平均でいくら減りましたか？",
         category="chosa", doc=CHOSA_PDF, evidence=["翻訳の外部委託費（１社平均） 万円 86 74 63"], answer=["23万円"],
         computed=True,
         notes="(e) difference across the year columns: 86 − 63 = 23万円 (the unit from the 単位 column)"),
    dict(question="大企業が生成ＡＩを使わない理由として、訳の精度が心配だと答えた割合はどれくらいですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["翻訳の正確さに不安がある 33.5 33.5 33.3"], answer=["33.3"],
         notes="(f) unruled table, column 大企業; 33.5 (全体 and 中小企業) is the trap"),
    dict(question="機械メーカーでは、翻訳ツールや生成ＡＩを主に何に使っていると報告されていますか？",
         category="chosa", doc=CHOSA_PDF,
         evidence=["（２）機械", "主な使い方：取扱説明書の翻訳と技術的な質問への回答の下書き"], answer=["取扱説明書"],
         notes="sibling sections （１）–（３） of ３ share the labels 主な取引先の国・地域, 主な使い方, 主な意見; "
               "（２）機械; 商品規格書と表示の翻訳 and 電子メールと見積書の作成 are the siblings' values"),
    dict(question="生成ＡＩを使っている会社の数で見ると、２番目に多い業種はどこですか？",
         category="chosa", doc=CHOSA_PDF, evidence=["電気機器 28 24 15"], answer=["電気機器"],
         notes="(d) ranking in the column うち生成ＡＩ利用（社）: 機械 21, 電気機器 15, 卸売業 14 (卸売業 is second by "
               "翻訳ツール, 食料品 second by 回答企業数: the traps)"),
    # --- sanka: the forum participation guide, tables (g) (h) (i), definitions, sibling sections, lists
    dict(question="東京に本社があり、椎市に営業所を置いている会社から問い合わせです。協議会には入っておらず、申込みは９月になりそうです。フォーラム、個別商談会、交流会のすべてに出ると、１人いくらかかりますか？",
         category="sanka", doc=SANKA_PDF,
         evidence=["県内に本社又は事業所を有する企業", "県内企業（会員以外） 5,000 8,000 7,000 20,000"],
         answer=["20,000"],
         notes="two facts: 「県内企業」 includes firms with only an office (事業所) in the prefecture, so the row is "
               "県内企業（会員以外）; (g) total column on the right, 合計（円）; 27,000 (県外企業) is the trap; a "
               "September application is no 早期申込"),
    dict(question="協議会の会員企業が８月29日に申し込んで、フォーラムと個別商談会に１人で参加する場合、参加費はいくらになりますか？",
         category="sanka", doc=SANKA_PDF,
         evidence=["令和７年８月29日（金）までに申込みを終える", "協議会会員 3,000 5,000 6,000 14,000",
                   "各欄の額から２割を引いた額"],
         answer=["6,400円"], computed=True,
         notes="(g) two cells of a row, less the early discount of note ※１ (８月29日 is the last day of 早期申込, "
               "asked at its boundary): (3,000 + 5,000) × 0.8 = 6,400円; 8,000円 (no discount) and 14,000 (合計) "
               "are the traps"),
    dict(question="2023年度のフォーラムでは、成約は何件ありましたか？",
         category="sanka", doc=SANKA_PDF, evidence=["令和５年度 305 68 176 23"], answer=["23"],
         notes="(h) years as rows: 2023年度 = 令和５年度 (the guide prints 2021年度 and 2025 only); 176 (商談件数) is "
               "the trap"),
    dict(question="前回の個別商談会では、商談のうち何％が成約に結びつきましたか？",
         category="sanka", doc=SANKA_PDF, evidence=["令和６年度 362 87 214 29"], answer=["13.6%"], computed=True,
         notes="(h) share within a row: 29 / 214 = 13.6 % (前回 = 令和６年度)"),
    dict(question="前回、ベトナムからの参加者は１人当たり平均で何件の商談をしたことになりますか？",
         category="sanka", doc=SANKA_PDF, evidence=["ベトナム 13 35 ５"], answer=["2.7件"], computed=True,
         notes="(i) average in a row: 35 / 13 = 2.7件"),
    dict(question="前回、ベトナム、タイ、シンガポールの３か国から来た参加者は合わせて何人でしたか？",
         category="sanka", doc=SANKA_PDF, evidence=["ベトナム 13 35 ５", "タイ 10 22 ３", "シンガポール ７ 17 ２"],
         answer=["30人"], computed=True,
         notes="(i) sum over three rows of the column 参加者数（人）: 13 + 10 + 7 = 30人 (no subtotal is printed)"),
    dict(question="個別商談会の日は、椎県国際交流会館のどの会場に行けばよいですか？",
         category="sanka", doc=SANKA_PDF, evidence=["（２）２日目", "会場：椎県国際交流会館 展示ホール"],
         answer=["展示ホール"],
         notes="sibling sections （１）–（３） of ２ share the labels 時間, 会場, 主な内容; the 個別商談会 is in the "
               "主な内容 of （２）２日目; 大ホール (１日目) is the sibling's value"),
    dict(question="ベトナムの企業との商談で通訳をお願いしたいのですが、参加費とは別に費用がかかりますか？",
         category="sanka", doc=SANKA_PDF,
         evidence=["参加費には、次のものが含まれます", "個別商談会の通訳（英語・中国語・ベトナム語）"],
         answer=["含まれます"],
         notes="what the fee covers: a lead sentence and a bulleted item (no extra fee); 交通費 and 宿泊費, borne by "
               "the participants, are the near misses"),
    # --- followups
    dict(question="では、その場合の上限額はいくらですか？",
         category="followup", doc=KOFU_PDF, evidence=["包装・梱包機械の購入費 50 60 150 200"], answer=["150"],
         history=_turns("毎年輸出している会社が包装機械を買う場合、補助率は何％ですか？",
                        "一般枠が適用され、補助率は50％です[1]。"),
         notes="(a) the row and the leaf from the history (包装・梱包機械の購入費, 一般枠), group 上限額（万円）; 200 "
               "(新規輸出枠) is the trap"),
    dict(question="その年度に交付が決まったのは何件ですか？",
         category="followup", doc=KOFU_PDF, evidence=["令和５年度 26 15 4,310 10,650"], answer=["15"],
         history=_turns("2023年度は何件の申請がありましたか？",
                        "2023年度（令和５年度）の申請は26件でした[1]。"),
         notes="(b) the year from the history (2023年度 = 令和５年度), column 交付件数（件）"),
    dict(question="そのうち生成ＡＩを使っている会社は何社ですか？",
         category="followup", doc=CHOSA_PDF, evidence=["運輸業 21 15 ６"], answer=["６"],
         history=_turns("運輸業で調査に答えた会社は何社でしたか？",
                        "運輸業の回答企業は21社でした[1]。"),
         notes="(d) the row from the history (運輸業, on the continuation page), column うち生成ＡＩ利用（社）; 15 "
               "(翻訳ツール) is the trap"),
    dict(question="その国・地域の参加者との商談で、成約したのは何件ですか？",
         category="followup", doc=SANKA_PDF, evidence=["台湾 18 46 ７"], answer=["７"],
         history=_turns("前回のフォーラムに台湾から参加したのは何人でしたか？",
                        "台湾からの参加者は18人でした[1]。"),
         notes="(i) the row from the history (台湾), column 成約件数（件）; 46 (商談件数) is the trap"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=SANKA_PDF, evidence=["電話：099-557-8800"], answer=["099-557-8800"],
         history=_turns("フォーラムの参加費の振込みについて問い合わせたいのですが、どこに聞けばよいですか？",
                        "参加費については、フォーラム運営事務局（株式会社椎コンベンションサービス）が受け付けています[1]。"),
         notes="contact box of the guide: the 事務局's phone (second line); the 班's phone 099-551-2270 and fax "
               "099-551-2279 (first line) are the near misses"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="この補助金で設備を入れた会社は、その後、輸出の売上がどれくらい伸びましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline requires yearly export reports (第８条) and gives grants by year and kind, not the "
               "grantees' export results",
         absent=["輸出額", "売上"]),
    dict(question="交付申請の審査では、どんな項目に何点ずつ配点されていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="step ③ says 書類審査及び面談 only; no scoring is given",
         absent=["配点", "審査基準", "評価項目", "点数"]),
    dict(question="生成ＡＩを使っている会社は、そのサービスに月いくらくらい払っていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the users and the cost of outsourced translation (翻訳の外部委託費), not what the AI "
               "services cost",
         absent=["利用料", "月額"]),
    dict(question="生成ＡＩを使うようになって、翻訳にかかる時間はどれくらい短くなりましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey reports use rates, the falling outsourcing cost and reasons for not using, not time saved",
         absent=["短縮", "削減", "作業時間"]),
    dict(question="会場の椎県国際交流会館には、駐車場は何台分ありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the venue, its halls and that travel costs are the participants' own; nothing on parking",
         absent=["駐車"]),
    dict(question="前回の個別商談会で成約した取引の金額は、合わせていくらでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the number of deals (成約件数), not their value",
         absent=["成約金額", "成約額"]),
]
CATEGORY_COUNTS = {"kofu": 11, "chosa": 10, "sanka": 8, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h51q", "h51t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H, I = (
    "経費区分ごとの補助率と上限額", "年度別の交付実績", "設備の種類別の交付状況",
    "業種別の回答企業と利用の状況", "主な指標の推移", "生成ＡＩを利用していない理由（複数回答）",
    "参加区分別の参加費", "これまでの開催実績", "前回の海外参加者の国・地域別の状況")
LETTERS = dict(zip((A, B, C, D, E, F, G, H, I), "abcdefghi"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y, unit) -> str:
    q = half_up(Decimal(x) / Decimal(y), "0.1")
    return f"{int(q) if q == q.to_integral() else q}{unit}"


def _yen(x) -> str:
    return f"{x:,}円"


COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h51q05": lambda g: _pct(g(B, "令和６年度", "交付件数（件）", 2024), g(B, "令和６年度", "申請件数（件）", 2024)),
    "h51q06": lambda g: _avg(g(C, "食品加工・冷凍設備", "交付額（万円）", 2024),
                             g(C, "食品加工・冷凍設備", "交付件数（件）", 2024), "万円"),
    "h51q08": lambda g: f"{g(A, '生産・加工設備の購入費', '上限額（万円）／新規輸出枠', 2025) + g(A, '設備の据付・試運転費', '上限額（万円）／新規輸出枠', 2025)}万円",
    "h51q16": lambda g: _pct(g(D, "電気機器", "うち生成ＡＩ利用（社）", 2024), g(D, "電気機器", "回答企業数（社）", 2024)),
    "h51q18": lambda g: f"{g(E, '翻訳の外部委託費（１社平均）', '令和４年度', 2022) - g(E, '翻訳の外部委託費（１社平均）', '令和６年度', 2024)}万円",
    "h51q23": lambda g: _yen((g(G, "協議会会員", "フォーラム（円）", 2025) + g(G, "協議会会員", "個別商談会（円）", 2025))
                             * (100 - EARLY_DISCOUNT) // 100),
    "h51q25": lambda g: _pct(g(H, "令和６年度", "成約件数（件）", 2024), g(H, "令和６年度", "商談件数（件）", 2024)),
    "h51q26": lambda g: _avg(g(I, "ベトナム", "商談件数（件）", 2024), g(I, "ベトナム", "参加者数（人）", 2024), "件"),
    "h51q27": lambda g: f"{sum(g(I, r, '参加者数（人）', 2024) for r in ('ベトナム', 'タイ', 'シンガポール'))}人",
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {KOFU_PDF: (3, 3), CHOSA_PDF: (3, 3), SANKA_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (170, 220)
TABLE_QUESTIONS = 20  # at least, over all categories
BEFORE_BREAK_ROWS = ("食料品", "機械")  # rows of (d) expected before the page break
CONTINUED_ROWS = ("運輸業", "サービス業", "合計")  # and after it (asked in h51q15, h51q33)


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout51.py")
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
    for q in questions:  # the unit word of a computed answer is named in its notes
        if q.get("computed"):
            unit = re.sub(r"^[\d,.]+", "", nfkc(q["answer"][0]))
            if not unit or unit not in nfkc(q["notes"]).replace(" %", "%"):
                errors.append(f"{q['id']}: the notes should name the unit {unit!r} of the computed answer")
    errors += check_computed(questions, COMPUTED, GoldIndex(gold))
    # the followups: the history's assistant turn states a figure printed in the document
    for q in questions:
        if q["category"] == "followup":
            stated = re.findall(r"\d[\d,]*", nfkc(q["history"][1]["content"]))
            if not any(norm(x) in doc_text[q["doc"]] for x in stated) and stated:
                errors.append(f"{q['id']}: the history's answer is not printed in the document")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout51.py")
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

    def adds_up(table, cols):
        tab = t[table]
        for col in cols:
            if tab["合計"][col] != sum(r[col] for row, r in tab.items() if row != "合計"):
                errors.append(f"{table}: 合計 of {col} does not add up")

    # (a): the first-time window gets at least the general rate and cap; no cap above the firm cap of note ※２
    for row, r in t[A].items():
        if r["補助率（％）／新規輸出枠"] < r["補助率（％）／一般枠"] or r["上限額（万円）／新規輸出枠"] < r["上限額（万円）／一般枠"]:
            errors.append(f"{A} / {row}: 新規輸出枠 below 一般枠")
        if r["上限額（万円）／新規輸出枠"] > COMPANY_CAP:
            errors.append(f"{A} / {row}: a cap above the firm cap of note ※２")
    # (b): growing applications; grants within applications and within grants × firm cap and the eligible costs
    b = t[B]
    ns = [r["申請件数（件）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for row, r in b.items():
        if r["交付件数（件）"] > r["申請件数（件）"] or r["交付額（万円）"] > r["交付件数（件）"] * COMPANY_CAP \
                or r["交付額（万円）"] > r["補助対象経費（万円）"] * 0.75:
            errors.append(f"{B} / {row}: grants out of range")
    # (c): 合計 adds up and equals (b)'s 令和６年度; the per cents come from the counts
    c = t[C]
    adds_up(C, ("交付件数（件）", "交付額（万円）"))
    if c["合計"]["交付件数（件）"] != b["令和６年度"]["交付件数（件）"] \
            or c["合計"]["交付額（万円）"] != b["令和６年度"]["交付額（万円）"]:
        errors.append(f"{C}: 合計 differs from 令和６年度 of {B}")
    for row, r in c.items():
        for k, pcol in (("交付件数（件）", "件数の構成比（％）"), ("交付額（万円）", "金額の構成比（％）")):
            if Decimal(str(r[pcol])) != pct1(r[k], c["合計"][k]):
                errors.append(f"{C} / {row}: {pcol} differs from the counts")
    # (d): 合計 adds up; users within respondents; the totals equal the firm sizes of the prose
    d = t[D]
    adds_up(D, ("回答企業数（社）", "うち翻訳ツール利用（社）", "うち生成ＡＩ利用（社）"))
    if any(r["うち翻訳ツール利用（社）"] > r["回答企業数（社）"] or r["うち生成ＡＩ利用（社）"] > r["回答企業数（社）"]
           for r in d.values()):
        errors.append(f"{D}: うち above 回答企業数")
    if d["合計"]["回答企業数（社）"] != sum(s[1] for s in SIZES) or d["合計"]["うち生成ＡＩ利用（社）"] != sum(s[2] for s in SIZES):
        errors.append(f"{D}: 合計 differs from the firm sizes")
    # (e): 令和６年度 agrees with (d); the generative-AI rate more than triples; the outsourcing cost falls every year
    e = t[E]
    if e["回答企業数"]["令和６年度"] != d["合計"]["回答企業数（社）"] \
            or Decimal(str(e["翻訳ツールの利用率"]["令和６年度"])) != pct1(d["合計"]["うち翻訳ツール利用（社）"], d["合計"]["回答企業数（社）"]) \
            or Decimal(str(e["生成ＡＩの利用率"]["令和６年度"])) != pct1(d["合計"]["うち生成ＡＩ利用（社）"], d["合計"]["回答企業数（社）"]):
        errors.append(f"{E}: 令和６年度 differs from {D}")
    if not e["生成ＡＩの利用率"]["令和６年度"] > 3 * e["生成ＡＩの利用率"]["令和４年度"]:
        errors.append(f"{E}: 「３倍を超え」 does not hold")
    cost = [e["翻訳の外部委託費（１社平均）"][era(y)] for y in SURVEY_YEARS]
    if cost != sorted(set(cost), reverse=True):
        errors.append(f"{E}: 「減り続けている」 does not hold")
    # (f): the per cents come from the counts (全体 over both sizes)
    n_all, n_s, n_l = non_users()
    for name, a, bb in REASONS:
        r = t[F][name]
        want = (pct1(a + bb, n_all), pct1(a, n_s), pct1(bb, n_l))
        if tuple(Decimal(str(r[k])) for k in ("全体", "中小企業", "大企業")) != want:
            errors.append(f"{F} / {name}: per cents differ from the counts")
    # (g): the total column is the sum of the three events in every row
    for row, r in t[G].items():
        if r["合計（円）"] != r["フォーラム（円）"] + r["個別商談会（円）"] + r["交流会（円）"]:
            errors.append(f"{G} / {row}: 合計 is not the sum of the row")
    # (h): growing participants; the last year equals (i)'s 合計
    h = t[H]
    ps = [r["参加者数（人）"] for r in h.values()]
    if ps != sorted(set(ps)) or any(r["うち海外参加者（人）"] > r["参加者数（人）"] or r["成約件数（件）"] > r["商談件数（件）"]
                                     for r in h.values()):
        errors.append(f"{H}: participants should grow; うち and 成約 within their totals")
    i_ = t[I]
    adds_up(I, ("参加者数（人）", "商談件数（件）", "成約件数（件）"))
    if (i_["合計"]["参加者数（人）"], i_["合計"]["商談件数（件）"], i_["合計"]["成約件数（件）"]) != (
            h["令和６年度"]["うち海外参加者（人）"], h["令和６年度"]["商談件数（件）"], h["令和６年度"]["成約件数（件）"]):
        errors.append(f"{I}: 合計 differs from 令和６年度 of {H}")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    inds = specs["industries"]
    bp = sorted({g["page"] for g in gold if g["table"] == D})
    if len(bp) != 2:
        errors.append(f"{D} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(inds.header[0]))
        on = [i + 1 for i, p in enumerate(pages[CHOSA_PDF]) if header in norm(p)]
        if inds.repeat_header or on != bp[:1]:
            errors.append(f"{D}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[1]}
        if not 3 <= len(first) <= 9 or len(cont) < 3:
            errors.append(f"{D}: {len(first)} rows before the page break and {len(cont)} after, expected 3-9 and 3+")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{D}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("窯業・土石、印刷") not in norm(pages[CHOSA_PDF][bp[1] - 1]):
            errors.append(f"{D}: note ※１ should follow the table on the continuation page")
    for key in ("rates", "record", "kinds", "trends", "reasons", "fees", "past", "abroad"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["reasons"].ruled or not all(s.ruled for k, s in specs.items() if k != "reasons"):
        errors.append(f"only {F} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns; the leaves repeat under both groups
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／一般枠", "補助率（％）／新規輸出枠", "上限額（万円）／一般枠", "上限額（万円）／新規輸出枠"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "万円"}:
        errors.append(f"{A}: units should come from the header groups")
    # (b), (h): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::4] != [y for y, *_x in RECORD]:
        errors.append(f"{B}: expected years as rows")
    if [g["fiscal_year"] for g in gold if g["table"] == H][::4] != [y for y, *_x in PAST]:
        errors.append(f"{H}: expected years as rows")
    # (c): per cents next to the counts, paired
    ccols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == C))
    if [bracket_unit(x) for x in ccols] != ["件", "%", "万円", "%"]:
        errors.append(f"{C}: expected per cents next to counts and amounts, got {ccols}")
    # (e): fiscal years as columns, a 単位 column giving each row's unit (no gold cell in it)
    trend = specs["trends"]
    ecols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == E))
    if ecols != [era(y) for y in SURVEY_YEARS] or trend.table_fy is not None \
            or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in gold if g["table"] == E):
        errors.append(f"{E}: expected the fiscal years as columns, got {ecols}")
    if trend.header[0][1] != "単位" or len({g["unit"] for g in gold if g["table"] == E}) < 3 \
            or any(g["unit"] != nfkc(next(r[1] for r in trend.rows if r[0] == g["row"])) for g in gold if g["table"] == E):
        errors.append(f"{E}: the units should come from the 単位 column, one per row")
    # (g): a total column on the right
    if specs["fees"].header[0][-1] != "合計（円）":
        errors.append(f"{G}: expected the total column on the right")
    # (f): per cents only, unit from the caption note
    if {g["unit"] for g in gold if g["table"] == F} != {"%"}:
        errors.append(f"{F}: expected per cents only")
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
        if not any(f"電話:{want[2]}" in x and "ファクス" not in x for x in lines):
            errors.append(f"{what}: the other body's phone should be on a line of its own")
        got_mails = re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text)
        if got_mails != mails:
            errors.append(f"{what}: mail addresses {got_mails}, expected {mails}")

    def defs(text, terms, what):
        for d in terms:
            if norm(f"「{d}」とは") not in text:
                errors.append(f"{what}: the definition of {d} is missing")

    def bulleted(doc, items, what):
        raw = [norm(x) for x in "\n".join(pages[doc]).splitlines()]
        for x in items:
            if norm(f"○{x}") not in raw:
                errors.append(f"{what}: the bulleted item {x} is missing")

    # ---- the grant guideline
    kf = norm("\n".join(pages[KOFU_PDF]))
    siblings(kf, KOFU_PDF, ("導入した設備：", "主な輸出先：", "補助金の額："), [c[0] for c in CASES])
    if norm(f"延べ{sum(r[2] for r in RECORD)}件、{sum(r[3] for r in RECORD):,}万円") not in kf:
        errors.append("guideline: the totals in the prose differ from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件に交付") not in kf:
        errors.append("guideline: the 令和６年度 figures in the prose differ from (b)")
    if max(KINDS, key=lambda k: k[1])[0] != "食品加工・冷凍設備" or max(KINDS, key=lambda k: k[2])[0] != "食品加工・冷凍設備" \
            or sorted(k[1] for k in KINDS)[-1] == sorted(k[1] for k in KINDS)[-2]:
        errors.append("guideline: 「食品加工・冷凍設備が件数、金額ともに最も多い」 does not hold")
    kinds = {k[0]: k for k in KINDS}
    for head, _what, _dest, amount, kind in CASES:
        if int(amount.rstrip("万円")) > COMPANY_CAP or int(amount.rstrip("万円")) * 10 > kinds[kind][2] * 10:
            errors.append(f"guideline: case {head} does not fit the firm cap or its kind")
    if re.findall(r"20\d\d年", kf) != [f"{FIRST_FY}年"]:
        errors.append(f"guideline: only {FIRST_FY}年度 should be printed in Western form")
    defs(kf, ("中小企業者", "輸出向け設備", "新規輸出者"), "guideline")
    bulleted(KOFU_PDF, EXCLUDED, "guideline")
    arts = re.findall(r"第([１-９])条", "".join(pages[KOFU_PDF]))
    if list(dict.fromkeys(arts)) != list("１２３４５６７８"):
        errors.append(f"guideline: articles {list(dict.fromkeys(arts))}, expected 第１条–第８条")
    steps_of(KOFU_PDF, "①②③④⑤⑥⑦", "guideline")
    contacts(KOFU_PDF, ["099-551-2240", "099-551-2249", "099-553-4100"], ["shii-setsubi@example.jp"], "guideline")

    # ---- the survey report
    ch = norm("\n".join(pages[CHOSA_PDF]))
    siblings(ch, CHOSA_PDF, ("主な取引先の国・地域：", "主な使い方：", "主な意見："), [x[0] for x in SECTORS])
    total, tools, ai = respondents(), tool_users(), ai_users()
    if norm(f"{total}社（回答率{pct1(total, TARGET)}％）") not in ch \
            or norm(f"翻訳ツールを利用している企業は{tools}社（{pct1(tools, total)}％）") not in ch \
            or norm(f"生成ＡＩを利用している企業は{ai}社（{pct1(ai, total)}％）") not in ch:
        errors.append("survey: the response and use figures in the prose differ from (d)")
    if not BOTH <= min(tools, ai) or NEITHER_OUTSOURCE > total - tools - (ai - BOTH) \
            or norm(f"どちらも利用していない企業は{total - tools - (ai - BOTH)}社") not in ch:
        errors.append("survey: the both/neither figures in the prose do not fit (d)")
    by_ai = [r[0] for r in sorted(INDUSTRIES, key=lambda r: -r[3])]
    by_tool = [r[0] for r in sorted(INDUSTRIES, key=lambda r: -r[2])]
    by_resp = [r[0] for r in sorted(INDUSTRIES, key=lambda r: -r[1])]
    if by_ai[:3] != ["機械", "電気機器", "卸売業"] or by_tool[:2] != ["機械", "卸売業"] or by_resp[:2] != ["機械", "食料品"] \
            or len({r[3] for r in INDUSTRIES[:8]}) != 8:
        errors.append("survey: the ranking the questions rely on (機械, 電気機器; 卸売業 second by 翻訳ツール) does not hold")
    (s_name, s_n, s_u), (l_name, l_n, l_u) = SIZES
    if not l_u / l_n > 0.5 or not 0.28 <= s_u / s_n <= 0.32 \
            or norm(f"大企業は{l_n}社のうち{l_u}社") not in ch or norm(f"中小企業は{s_n}社のうち{s_u}社") not in ch:
        errors.append("survey: 「大企業…半数を超えた…中小企業は…３割程度」 does not hold")
    n_all, n_s, n_l = non_users()
    top = [max(REASONS, key=lambda r, k=k: r[1] + r[2] if k == 0 else r[k])[0] for k in (0, 1, 2)]
    if top != ["情報漏えいが心配", "情報漏えいが心配", "社内の規則で使えない"]:
        errors.append("survey: the tops of (f) in the prose do not hold")
    if pct1(next(r[1] for r in REASONS if r[0] == "使い方が分からない"), n_s) <= 40:
        errors.append("survey: 「使い方が分からない」も４割を超えた does not hold")
    if re.findall(r"20\d\d年", ch) != ["2024年"] or re.findall(r"20\d\d年度", ch):
        errors.append("survey: only 2024年 (調査基準日) should be printed in Western form")
    defs(ch, ("翻訳ツール", "生成ＡＩ", "利用"), "survey")
    steps_of(CHOSA_PDF, "①②③④", "survey")
    contacts(CHOSA_PDF, ["099-552-3140", "099-552-3149", "099-553-4180"], ["shii-tsusho@example.jp"], "survey")

    # ---- the participation guide
    sk = norm("\n".join(pages[SANKA_PDF]))
    siblings(sk, SANKA_PDF, ("時間：", "会場：", "主な内容："), [x[0] for x in DAYS])
    last = PAST[-1]
    if norm(f"前回（令和６年度）は{last[1]}人が参加し、このうち海外からの参加者は{last[2]}人") not in sk \
            or norm(f"{last[3]}件の商談が行われ、{last[4]}件が成約") not in sk:
        errors.append("guide: the last forum's figures in the prose differ from (h)")
    for j in (1, 2, 3):
        col = sorted(ABROAD, key=lambda r, j=j: -r[j])
        if col[0][0] != "台湾" or col[0][j] == col[1][j]:
            errors.append("guide: 「台湾が…いずれも最も多く」 does not hold")
    if re.findall(r"20\d\d年", sk) != ["2021年"]:
        errors.append("guide: only 2021年度 should be printed in Western form (2025 only in the name)")
    if norm(f"各欄の額から{fw(EARLY_DISCOUNT // 10)}割を引いた額") not in sk:
        errors.append("guide: note ※１ (the early discount) is missing")
    defs(sk, ("協議会会員", "県内企業", "早期申込"), "guide")
    bulleted(SANKA_PDF, COVERED, "guide")
    steps_of(SANKA_PDF, "①②③④⑤⑥", "guide")
    contacts(SANKA_PDF, ["099-551-2270", "099-551-2279", "099-557-8800"], ["shii-forum@example.jp"], "guide")
    # every phone number of the set is fictional (099-55x-xxxx), every mail address under example.jp
    for n, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text):
            if not re.fullmatch(PHONE_RE, ph):
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
