"""Build the 欅県 held-out set 39: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (欅県 and every town, scheme, organisation, company, phone number,
address and figure). The documents are in three genres the earlier sets do not use: a grant
guideline (交付要綱, articles 第１条–第８条, 附則, 別表 and a （参考） part) for a subsidy towards
small firms' preparation of tie-ups with and acquisitions of foreign companies
(中小企業海外提携・Ｍ＆Ａ支援補助金) with a two-level header of rates by firm size and caps by kind
of deal, a yearly record (years as rows) and the deals by partner country with a total column on
the right over a range of fiscal years; the results report (実績報告書) of a programme pairing the
prefecture's traditional-craft workshops with foreign designers to develop products for markets
abroad (伝統的工芸品 海外市場向け商品開発支援事業) with the workshops and products by craft (a
table continued over a page break without its header), the test sales by city with the share of
each city printed next to the amounts, and an unruled table of a business meeting's results; and
a guide (制度の手引き) to a location incentive for firms moving production back from abroad into
the prefecture (生産拠点県内回帰促進補助金) with the requirements by facility type and a unit per
row in a 単位 column, the yearly record with the fiscal years as columns and a 単位 column, and the
approvals by the country the production came from with subtotal rows; see README.md beside this
file.

    python make_heldout39.py [OUTPUT_DIR]          # default: this file's directory

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

TEIKEI_PDF = "keyaki_kaigai_teikei_ma_hojokin_kofu_yoko_r7.pdf"
KOGEI_PDF = "keyaki_kogeihin_kaigai_shohin_kaihatsu_hokoku_r6.pdf"
KAIKI_PDF = "keyaki_kennai_kaiki_hojokin_tebiki_r7.pdf"
ALL_PDFS = (TEIKEI_PDF, KOGEI_PDF, KAIKI_PDF)

UNITS = ("億円", "万円", "工房", "件", "人", "点", "店", "個", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_PREFIX = "099-43"  # every phone number of the set: 099-43x-xxxx
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
    """A table cell: an int as docgen prints it (single digits full-width), a Decimal per cent
    with one decimal."""
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf, an optional 単位 column
    (a unit per row) and an optional range of fiscal years for a cumulative table."""

    unit_col: int | None = None
    table_fy_range: list | None = None

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
            fy_range = None if fy else spec.table_fy_range
            pages = pages_of[(spec.key, i)]
            assert len(pages) == 1, (spec.key, r, pages)
            out.append({
                "doc": spec.doc, "table": spec.title, "row": row_label, "column": spec.column_label(c),
                "fiscal_year": fy, "fiscal_year_range": fy_range,
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


ARTICLE_HEAD = pstyle("article_head", GOTHIC, 10, 16, left=docgen.EM, spaceBefore=3, keepWithNext=1)


def article(head: str, text: str, items=(), more=()):
    """An article of a 要綱: （見出し）, 第ｎ条　text, its items （１）… and further paragraphs ２…."""
    out = [P(f"（{head}）", ARTICLE_HEAD), P(text, hanging(0, 1))]
    out += [P(t, hanging(1, 2)) for t in items]
    out += [P(t, hanging(0, 1)) for t in more]
    return out


PREF = "欅県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: tie-up and M&A subsidy, grant guideline
TEIKEI = f"{PREF}中小企業海外提携・Ｍ＆Ａ支援補助金"
TEIKEI_DEPT = f"{PREF} 産業労働部 国際ビジネス課"
CENTER = f"{PREF}海外ビジネス支援センター"
COMPANY_CAP = 500  # 第４条第２項: 万円 per firm and year
RATES = [  # 経費区分; 補助率（％）: 中小企業者, 小規模企業者; 補助限度額（万円）: 買収, 資本・業務提携 (令和７年度)
    ("事前調査（デューデリジェンス）費", 50, 75, 200, 100),
    ("仲介・助言手数料", 40, 50, 150, 80),
    ("企業価値の評価費", 50, 75, 100, 50),
    ("契約書の作成・翻訳費", 50, 75, 60, 40),
    ("交渉のための渡航費", 50, 60, 40, 30),
]
RECORD = [  # 年度, 申請件数, 交付件数, 交付額（万円）, うち成約
    (2020, 8, 5, 612, 2), (2021, 11, 7, 845, 3), (2022, 15, 10, 1260, 5),
    (2023, 19, 13, 1738, 7), (2024, 24, 16, 2105, 10),
]
PARTNERS = [  # 相手国・地域: 買収, 資本提携, 業務提携 (令和２～６年度の累計, 件)
    ("ベトナム", 2, 2, 4), ("米国", 2, 1, 2), ("タイ", 1, 2, 2), ("ドイツ", 1, 0, 3),
    ("台湾", 0, 1, 2), ("その他", 0, 0, 2),
]
PARTNER_RANGE = (2020, 2024)
DEALS = [  # 見出し, 提携の相手, 提携の形態, 補助金の額 (same labels in every sibling section); form
    ("精密部品製造業Ａ社（欅市）", "ベトナムの金型メーカー", "買収", "312万円"),
    ("食品製造業Ｂ社（沖浜市）", "タイの食品加工会社", "資本提携", "146万円"),
    ("ソフトウェア開発業Ｃ社（霧原町）", "ドイツの産業用ソフトウェア会社", "業務提携", "58万円"),
]
EXCLUDED = [  # 第５条: 補助の対象としない経費
    "（１）株式又は持分の取得に要する対価",
    "（２）交付決定の日より前に契約し、又は支払った経費",
    "（３）県内の企業との提携に要する経費",
    "（４）補助事業者の役員及び従業員の人件費",
]


def teikei_specs():
    rates = TableSpec(
        key="rates", doc=TEIKEI_PDF, title="経費区分別の補助率と補助限度額",
        header=[["経費区分", "補助率（％）", "", "補助限度額（万円）", ""],
                ["", "中小企業者", "小規模企業者", "買収", "資本・業務提携"]],
        rows=[[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in RATES],
        col_widths=[58 * mm, 24 * mm, 26 * mm, 24 * mm, 30 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    record = TableSpec(
        key="record", doc=TEIKEI_PDF, title="年度別の交付実績",
        header=[["年度", "申請件数（件）", "交付件数（件）", "交付額（万円）", "うち成約（件）"]],
        rows=[[f"令和{fw(y - 2018)}年度", fw(a), fw(b), fw(c), fw(d)] for y, a, b, c, d in RECORD],
        col_widths=[30 * mm, 32 * mm, 32 * mm, 32 * mm, 32 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), fw(c), fw(a + b + c)] for n, a, b, c in PARTNERS]
    rows.append(["合計"] + [fw(sum(r[j] for r in PARTNERS)) for j in (1, 2, 3)]
                + [fw(sum(r[1] + r[2] + r[3] for r in PARTNERS))])
    partners = TableSpec(
        key="partners", doc=TEIKEI_PDF, title="相手国・地域別の成立件数",
        header=[["相手国・地域", "買収", "資本提携", "業務提携", "計"]],
        rows=rows, col_widths=[40 * mm, 26 * mm, 26 * mm, 26 * mm, 26 * mm], unit="件",
    )
    partners.table_fy_range = list(PARTNER_RANGE)
    return rates, record, partners


def teikei_story(specs):
    rates, record, partners = specs
    n_all, amt_all, won = (sum(r[j] for r in RECORD) for j in (2, 3, 4))
    st = [Spacer(1, 2 * mm), P(f"{TEIKEI}交付要綱", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月25日制定", DATE_RIGHT), P(TEIKEI_DEPT, DATE_RIGHT), Spacer(1, 2 * mm)]
    st += article("趣旨", f"第１条　この要綱は、県内の中小企業者が海外の企業と資本提携若しくは業務提携を行い、又は海外の企業を買収すること（以下「海外提携等」という。）の準備に要する経費に対し交付する{TEIKEI}（以下「補助金」という。）について、必要な事項を定める。")
    st += article("定義", "第２条　この要綱において「中小企業者」とは、中小企業基本法第２条第１項に規定する中小企業者をいう。", more=[
        "２　この要綱において「小規模企業者」とは、常時使用する従業員の数が20人（商業又はサービス業を主たる事業とする者にあっては、５人）以下の中小企業者をいう。",
        "３　この要綱において「買収」とは、海外の企業の議決権の過半数を取得することをいい、「資本・業務提携」とは、議決権の過半数に満たない出資を伴う提携（資本提携）及び出資を伴わずに契約により技術、生産又は販売について協力する提携（業務提携）をいう。",
    ])
    st += article("補助対象者", "第３条　補助金の交付の対象となる者（以下「補助事業者」という。）は、次の各号のいずれにも該当する中小企業者とする。", items=[
        "（１）県内に本社又は主たる事業所を有すること。",
        "（２）県税を滞納していないこと。",
        "（３）海外の企業との間で、海外提携等に関する秘密保持契約又は基本合意書を締結していること。",
    ])
    st += article("補助対象経費等", "第４条　補助の対象となる経費、補助率及び補助限度額は、別表のとおりとする。", more=[
        f"２　補助金の額は、１補助事業者につき年度当たり{COMPANY_CAP}万円を限度とし、千円未満の端数は切り捨てる。",
    ])
    st += article("補助対象外経費", "第５条　次に掲げる経費は、補助の対象としない。", items=EXCLUDED)
    st += article("交付の申請", "第６条　補助金の交付を受けようとする者は、交付申請書（様式第１号）に次に掲げる書類を添えて、知事に提出しなければならない。")
    st += bullets(["事業計画書", "経費の見積書の写し", "秘密保持契約書又は基本合意書の写し", "直近２期分の決算書"], 1)
    st += article("交付の決定", "第７条　知事は、前条の申請があったときは、その内容を審査し、申請を受理した日から30日以内に交付の可否を決定し、申請者に通知するものとする。")
    st += article("実績報告", "第８条　補助事業者は、補助事業が完了した日から30日を経過した日又は令和８年３月10日のいずれか早い日までに、実績報告書（様式第５号）を知事に提出しなければならない。")
    st += [P("附　則", ARTICLE_HEAD), P("この要綱は、令和７年４月１日から施行する。", hanging(0, 1))]
    st += [P("別表（第４条関係）", H1)]
    st += [caption(rates.title, "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「中小企業者」の欄は、小規模企業者以外の中小企業者に適用する。",
        "※２ 「資本・業務提携」の欄は、資本提携及び業務提携に適用する。",
    ])
    st += [P("（参考１）令和７年度の募集", H1)]
    st += lv_lines([
        ("予算額", "3,000万円"),
        ("受付期間", "令和７年４月14日から12月26日まで（予算がなくなり次第終了）"),
        ("交付予定件数", "18件程度"),
    ], 0)
    st += [P("（参考２）手続の流れ", H1)]
    st += numbered([
        f"① 事前相談（国際ビジネス課又は{CENTER}へ）",
        "② 交付申請（受付期間内に、第６条の書類を添えて提出）",
        "③ 審査と交付決定の通知（申請の受理から30日以内）",
        "④ 補助事業の実施（令和８年２月27日までに完了すること）",
        "⑤ 実績報告（第８条の期限まで）",
        "⑥ 補助金の額の確定と支払（実績報告の受理からおおむね１か月）",
    ], 0)
    st += [P("（参考３）これまでの実績", H1)]
    st += paras(f"""
制度を始めた令和２年度（2020年度）から令和６年度までの５年間に、延べ{n_all}件、{amt_all:,}万円を交付し、このうち{won}件で海外提携等が成立した（令和７年３月末現在）。相手国・地域別ではベトナムが最も多く、形態別では業務提携が半数を超える。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += notes(["※３ 「うち成約」は、その年度に交付を受けた案件のうち、令和７年３月末までに海外提携等が成立した件数である。"])
    st += [caption(partners.title, "（令和２～６年度の累計、単位：件）"), partners.flowable(), Spacer(1, 2)]
    st += notes(["※４ 「その他」は、インドネシア及び韓国である。"])
    st += [CondPageBreak(SIBLING_ROOM + 10 * mm), P("（参考４）活用事例（令和６年度）", H1)]
    for i, (head, partner, form, amount) in enumerate(DEALS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("提携の相手", partner), ("提携の形態", form), ("補助金の額", amount)], 1)
    st += [CondPageBreak(30 * mm), P("問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{TEIKEI_DEPT} 投資・提携班　電話：099-431-2260　ファクス：099-431-2269",
        f"{CENTER}（事前相談）　電話：099-431-5800",
        "電子メール：keyaki-teikei@example.jp",
    ]))
    return st


# ================================================================ document 2: craft products for markets abroad, results report
KOGEI = f"{PREF}伝統的工芸品 海外市場向け商品開発支援事業"
KOGEI_DEPT = f"{PREF} 商工観光部 地場産業振興課"
KYOKAI = f"一般社団法人{PREF}伝統工芸協会"
CRAFTS = [  # 工芸品, 参加工房数, 開発商品数, うち試験販売 (令和６年度)
    ("欅焼", 3, 9, 7), ("沖浜焼", 2, 6, 5), ("霧原塗", 2, 7, 6), ("石蔵挽物", 2, 5, 4),
    ("欅箪笥", 1, 3, 2), ("沖浜絣", 2, 6, 4), ("奥谷紬", 1, 4, 3), ("霧原和紙", 2, 6, 5),
    ("欅竹細工", 1, 4, 2), ("石蔵打刃物", 2, 4, 3),
]
DESIGNERS, DESIGNER_COUNTRIES = 12, 6
CITIES = [  # 都市, 店舗数, 販売数（個）, 販売額（万円） (令和６年度)
    ("ニューヨーク", 2, 520, 640), ("パリ", 2, 400, 480), ("シンガポール", 1, 410, 370),
    ("コペンハーゲン", 1, 188, 270), ("台北", 1, 231, 240),
]
MEETINGS = [  # 業態, 商談件数, 成約件数, 成約額（万円）
    ("百貨店", 24, 5, 310), ("セレクトショップ", 38, 11, 426), ("ギャラリー", 15, 4, 188),
    ("ＥＣ事業者", 29, 6, 215), ("卸売業者", 12, 3, 161),
]
WORKS = [  # 見出し, 協業したデザイナー, 開発した商品, 試験販売での販売額 (same labels); craft
    ("欅焼（欅市）", "フランス・パリのプロダクトデザイナー", "ワイングラスの形をした酒器", "186万円", "欅焼"),
    ("霧原塗（霧原町）", "デンマーク・コペンハーゲンの家具デザイナー", "漆塗りのトレーとコースター", "142万円", "霧原塗"),
    ("石蔵打刃物（石蔵町）", "米国・ニューヨークの料理人兼デザイナー", "ステーキナイフの３本組", "205万円", "石蔵打刃物"),
]


def kogei_specs():
    rows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in CRAFTS]
    rows.append(["合計"] + [fw(sum(r[j] for r in CRAFTS)) for j in (1, 2, 3)])
    crafts = TableSpec(
        key="crafts", doc=KOGEI_PDF, title="工芸品別の参加工房と開発商品",
        header=[["工芸品", "参加工房数（工房）", "開発商品数（点）", "うち試験販売（点）"]],
        rows=rows, col_widths=[40 * mm, 38 * mm, 36 * mm, 38 * mm], table_fy=2024, repeat_header=False,
    )
    crafts.unit = lambda row, c, s=crafts: bracket_unit(s.column_label(c))
    total = sum(r[3] for r in CITIES)
    crows = [[n, fw(a), fw(b), fw(c), cell(pct1(c, total))] for n, a, b, c in CITIES]
    crows.append(["合計"] + [fw(sum(r[j] for r in CITIES)) for j in (1, 2, 3)] + [cell(pct1(total, total))])
    cities = TableSpec(
        key="cities", doc=KOGEI_PDF, title="都市別の試験販売の結果",
        header=[["都市", "店舗数（店）", "販売数（個）", "販売額（万円）", "構成比（％）"]],
        rows=crows, col_widths=[36 * mm, 28 * mm, 30 * mm, 32 * mm, 30 * mm], table_fy=2024,
    )
    cities.unit = lambda row, c, s=cities: bracket_unit(s.column_label(c))
    mrows = [[n, fw(a), fw(b), fw(c)] for n, a, b, c in MEETINGS]
    mrows.append(["合計"] + [fw(sum(r[j] for r in MEETINGS)) for j in (1, 2, 3)])
    meetings = TableSpec(
        key="meetings", doc=KOGEI_PDF, title="バイヤーの業態別の商談結果",
        header=[["業態", "商談件数（件）", "成約件数（件）", "成約額（万円）"]],
        rows=mrows, col_widths=[50 * mm, 32 * mm, 32 * mm, 32 * mm], ruled=False, table_fy=2024,
    )
    meetings.unit = lambda row, c, s=meetings: bracket_unit(s.column_label(c))
    return crafts, cities, meetings


def kogei_story(specs):
    crafts, cities, meetings = specs
    shops, pieces, sales = (sum(r[j] for r in CITIES) for j in (1, 2, 3))
    talks, deals, amount = (sum(r[j] for r in MEETINGS) for j in (1, 2, 3))
    workshops, products, tested = (sum(r[j] for r in CRAFTS) for j in (1, 2, 3))
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{KOGEI} 実績報告書", TITLE),
          Spacer(1, 1 * mm), P("令和７年５月", DATE_RIGHT), P(KOGEI_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　事業の概要", H1)]
    st += lv_lines([
        ("事業名", KOGEI),
        ("実施主体", PREF),
        ("運営", f"{KYOKAI}（県からの委託）"),
        ("実施期間", "令和６年５月から令和７年３月まで"),
        ("対象の工芸品", f"欅焼、霧原塗、沖浜絣など{len(CRAFTS)}品目"),
        ("事業費", "3,180万円"),
    ], 0)
    st += paras("""
この報告書において「参加工房」とは、本事業に参加し、海外のデザイナーと共同で商品を開発した県内の工芸品の製造事業者をいう。また、「成約」とは、試験販売又は商談会をきっかけに、海外の小売店等と継続取引の契約を結んだことをいう。
""", 0)
    st += [P("２　商品の開発", H1)]
    st += paras(f"""
令和６年度は、{len(CRAFTS)}品目の{workshops}工房が、フランス、デンマーク、米国など{fw(DESIGNER_COUNTRIES)}か国のデザイナー{DESIGNERS}人と組み、{products}点の商品を開発した。このうち{tested}点を海外の試験販売に出した。工芸品別では、欅焼が参加工房数、開発商品数ともに最も多い。
デザイナーとの打合せは、オンラインで月２回程度行い、試作品ができた段階でデザイナーが県内の工房を訪れて仕上げを確かめた。
参加工房は令和６年５月に公募し、応募のあった26工房の中から、書類審査と面談により選んだ。審査では、海外で販売した経験の有無よりも、新しい商品づくりへの意欲と、試作に充てる時間を確保できるかどうかを重く見た。デザイナーは、運営団体が海外の美術大学やデザイン事務所を通じて候補を集め、工房との面談を経て決めた。
工芸品別では、陶磁器と漆器・木工品の工房が多く、染織品と和紙の工房は、素材の特性を生かした小物の開発に取り組んだ。開発に当たっては、デザイナーが現地の売り場の写真や価格帯の情報を持ち寄り、工房の職人と使い方や大きさ、色合いを一つずつ話し合って仕様を決めた。試作品は、現地の小売店の担当者にも見てもらい、その意見を仕上げに反映させた。輸送の試験も行い、割れやすい陶磁器と漆器は、梱包の仕方を改めた。
""", 0)
    st += [caption(crafts.title, "（令和６年度）", keep=False), crafts.flowable(), Spacer(1, 2)]
    st += notes(["※１ 開発商品数には、試作にとどまり販売に至らなかったものを含む。"])
    st += [CondPageBreak(SIBLING_ROOM + 10 * mm), P("３　主な協業事例", H1)]
    for i, (head, who, what, sold, _c) in enumerate(WORKS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("協業したデザイナー", who), ("開発した商品", what), ("試験販売での販売額", sold)], 1)
    st += [P("４　海外での試験販売", H1)]
    st += paras(f"""
令和６年10月から令和７年２月まで、海外{fw(len(CITIES))}都市の{fw(shops)}店舗で試験販売を行い、{pieces:,}個、{sales:,}万円を販売した。都市別では、ニューヨークが販売額の３割余りを占めた。
""", 0)
    st += [caption(cities.title, "（令和６年度）"), cities.flowable(), Spacer(1, 2)]
    st += notes([
        "※２ 構成比は、販売額の合計に占める各都市の割合である。",
        "※３ 販売額は、現地通貨での販売額を各月末の為替相場で円に換算した。",
    ])
    st += [P("５　海外バイヤーとの商談会", H1)]
    st += paras(f"""
令和７年（2025年）１月に欅市で海外のバイヤーを招いた商談会を開き、{talks}件の商談のうち{deals}件が成約した。成約額は{amount:,}万円で、セレクトショップとの成約が件数、金額ともに最も多かった。
""", 0)
    st += [caption(meetings.title, "（令和６年度）"), meetings.flowable(), Spacer(1, 2)]
    st += [P("参加工房の主な感想は、次のとおりである。", indented(0))]
    st += bullets([
        "海外の生活様式に合わせた大きさや色の考え方を学べた。",
        "価格の付け方や輸送中の破損への備えに課題が残った。",
        "デザイナーとのやり取りに通訳の支援がほしい。",
    ], 0)
    st += [P("６　今後の取組", H1)]
    st += numbered([
        "① 令和７年度は、参加工房を24工房に増やす。",
        "② 試験販売で評価の高かった商品を、海外の見本市に出展する。",
        "③ 工房向けに、輸出の梱包と価格設定の講座を開く。",
    ], 0)
    st += [CondPageBreak(34 * mm), P("７　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KOGEI_DEPT} 工芸振興班　電話：099-434-1520　ファクス：099-434-1529",
        f"{KYOKAI}（試験販売・商談会）　電話：099-434-7700",
        "電子メール：keyaki-kogei@example.jp",
    ]))
    return st


# ================================================================ document 3: reshoring incentive, guide
KAIKI = f"{PREF}生産拠点県内回帰促進補助金"
KAIKI_DEPT = f"{PREF} 産業労働部 企業立地課"
KIKO = f"公益財団法人{PREF}産業支援機構"
REQUIREMENTS = [  # 区分, 単位, 工場, 研究開発施設, 物流施設 (令和７年度)
    ("投資額の下限", "億円", 5, 2, 10), ("新規常用雇用者数の下限", "人", 20, 5, 10),
    ("補助率", "％", 10, 15, 5), ("補助限度額", "億円", 5, 3, 2),
]
YEARS = (2022, 2023, 2024)
RESULTS = [  # 項目, 単位, 令和４年度, 令和５年度, 令和６年度
    ("認定件数", "件", 4, 6, 9), ("投資予定額", "億円", 38, 61, 97),
    ("新規常用雇用予定者数", "人", 112, 185, 264), ("交付件数", "件", 2, 3, 5),
    ("交付額", "万円", 3850, 6120, 11480),
]
ORIGINS = [  # 小計の名, [(国・地域, 認定件数, 投資予定額（億円）, 新規常用雇用予定者数（人）)] (令和４～６年度の累計)
    ("小計（アジア）", [("中国", 8, 72, 205), ("タイ", 4, 31, 98), ("ベトナム", 2, 14, 46), ("マレーシア", 1, 6, 18)]),
    ("小計（アジア以外）", [("米国", 2, 41, 112), ("メキシコ", 1, 18, 47), ("ドイツ", 1, 14, 35)]),
]
ORIGIN_RANGE = (2022, 2024)
CASES = [  # 見出し, 回帰元, 施設の種類, 新規常用雇用予定者数 (same labels in every sibling section)
    ("自動車部品製造業Ｄ社（沖浜市）", "中国（広東省）", "工場", "48人"),
    ("医療機器製造業Ｅ社（欅市）", "タイ", "研究開発施設", "16人"),
    ("衣料品製造業Ｆ社（石蔵町）", "ベトナム", "工場", "35人"),
]
SUBTOTALS = tuple(g for g, _m in ORIGINS)


def kaiki_specs():
    req = TableSpec(
        key="requirements", doc=KAIKI_PDF, title="施設の種類別の要件と補助率",
        header=[["区分", "単位", "工場", "研究開発施設", "物流施設"]],
        rows=[[n, u, fw(a), fw(b), fw(c)] for n, u, a, b, c in REQUIREMENTS],
        col_widths=[50 * mm, 18 * mm, 28 * mm, 32 * mm, 28 * mm], value_cols=[2, 3, 4], table_fy=2025,
        align_left_cols=(1,),
    )
    req.unit_col = 1
    req.unit = lambda row, c: nfkc(row[1])
    results = TableSpec(
        key="results", doc=KAIKI_PDF, title="年度別の認定と交付の実績",
        header=[["項目", "単位"] + [f"令和{fw(y - 2018)}年度" for y in YEARS]],
        rows=[[n, u] + [fw(x) for x in xs] for n, u, *xs in RESULTS],
        col_widths=[50 * mm, 18 * mm, 30 * mm, 30 * mm, 30 * mm], value_cols=[2, 3, 4], align_left_cols=(1,),
    )
    results.unit_col = 1
    results.unit = lambda row, c: nfkc(row[1])
    orows = []
    for sub, members in ORIGINS:
        orows += [[n, fw(a), fw(b), fw(c)] for n, a, b, c in members]
        orows.append([sub] + [fw(sum(m[j] for m in members)) for j in (1, 2, 3)])
    allm = [m for _s, ms in ORIGINS for m in ms]
    orows.append(["合計"] + [fw(sum(m[j] for m in allm)) for j in (1, 2, 3)])
    origins = TableSpec(
        key="origins", doc=KAIKI_PDF, title="回帰元の国・地域別の認定実績",
        header=[["国・地域", "認定件数（件）", "投資予定額（億円）", "新規常用雇用予定者数（人）"]],
        rows=orows, col_widths=[40 * mm, 30 * mm, 36 * mm, 50 * mm], bold_rows=("合計",) + SUBTOTALS,
    )
    origins.unit = lambda row, c, s=origins: bracket_unit(s.column_label(c))
    origins.table_fy_range = list(ORIGIN_RANGE)
    return req, results, origins


def kaiki_story(specs):
    req, results, origins = specs
    allm = [m for _s, ms in ORIGINS for m in ms]
    n_all, inv_all, jobs_all = (sum(m[j] for m in allm) for j in (1, 2, 3))
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{KAIKI} 制度の手引き", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(KAIKI_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　制度の目的", H1)]
    st += paras("""
海外に生産拠点を持つ企業が、その生産を県内に移す際の施設の整備に要する経費の一部を補助し、県内の雇用の確保と産業の集積を図ります。この制度は、令和４年度（2022年度）に創設しました。
""", 0)
    st += [P("２　制度の概要", H1)]
    st += lv_lines([
        ("補助金の名称", KAIKI),
        ("補助対象者", "海外に生産拠点を持ち、県内回帰を行う企業（外資系企業の日本法人を含む。）"),
        ("対象となる施設", "工場、研究開発施設、物流施設"),
        ("申請の受付", "随時"),
        ("令和７年度予算額", "４億5,000万円"),
        ("交付の方法", "補助金の額が１億円を超える場合は、３年度に分けて交付"),
    ], 0)
    st += [P("３　用語の定義", H1)]
    st += paras("""
この手引きにおいて「県内回帰」とは、海外に生産拠点を持つ企業が、その生産の全部又は一部を県内に新設し、又は増設する施設に移すことをいいます。「新規常用雇用者」とは、施設の操業の開始に伴い新たに雇用した者のうち、雇用期間の定めのない者で、県内に住所を有するものをいいます。また、「中小企業」とは、中小企業基本法第２条第１項に規定する中小企業者をいいます。
""", 0)
    st += [P("４　補助の要件と補助率", H1)]
    st += paras("施設の種類ごとの要件（投資額と新規常用雇用者数の下限）、補助率及び補助限度額は、次のとおりです。", 0)
    st += [caption(req.title, "（令和７年度）"), req.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 中小企業は、投資額の下限及び新規常用雇用者数の下限を、それぞれ表の２分の１とします。",
        "※２ 補助率は、土地の取得費を除く建物及び設備の取得に要する経費に乗じます。",
    ])
    st += paras("このほか、新規常用雇用者１人につき30万円（中小企業は50万円）を加算します。加算額は補助限度額に含めません。", 0)
    st += [P("５　手続の流れ", H1)]
    st += numbered([
        f"① 事前相談（企業立地課又は{KIKO}へ）",
        "② 立地計画の認定申請（着工の60日前まで）",
        "③ 立地計画の認定（申請からおおむね45日）",
        "④ 着工と操業の開始（認定から３年以内に操業を開始すること）",
        "⑤ 交付申請（操業の開始から１年以内）",
        "⑥ 交付決定と補助金の支払",
    ], 0)
    st += [P("立地計画の認定申請には、次の書類が必要です。", indented(0))]
    st += bullets(["立地計画書（様式第１号）", "海外の生産拠点の概要と移す生産の内容が分かる書類", "投資額の積算書", "直近３期分の決算書"], 0)
    st += [P("６　これまでの実績", H1)]
    st += paras(f"""
制度を創設した令和４年度から令和６年度までに{n_all}件の立地計画を認定し、投資予定額は{inv_all}億円、新規常用雇用予定者数は{jobs_all}人となりました。回帰元では中国が最も多く、認定件数の４割余りを占めています。
""", 0)
    st += [caption(results.title), results.flowable(), Spacer(1, 2)]
    st += notes(["※３ 交付件数と交付額は、その年度に補助金を交付した件数と額です。"])
    st += [caption(origins.title, "（令和４～６年度の累計）"), origins.flowable(), Spacer(1, 2)]
    st += [CondPageBreak(SIBLING_ROOM + 10 * mm), P("７　認定事例（令和６年度）", H1)]
    for i, (head, src, kind, jobs) in enumerate(CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("回帰元", src), ("施設の種類", kind), ("新規常用雇用予定者数", jobs)], 1)
    st += [P("８　留意事項", H1)]
    st += paras("""
認定の後に立地計画を変更するときは、あらかじめ変更の承認を受けてください。補助事業者が認定の要件を満たさなくなったときは、補助金の全部又は一部の返還を求めることがあります。
""", 0)
    st += [CondPageBreak(30 * mm), P("９　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{KAIKI_DEPT} 誘致第二班　電話：099-437-3310　ファクス：099-437-3319",
        f"{KIKO}（立地の相談）　電話：099-437-6100",
        "電子メール：keyaki-ricchi@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return teikei_specs() + kogei_specs() + kaiki_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    tspecs, gspecs, kspecs = teikei_specs(), kogei_specs(), kaiki_specs()
    tdoc = build_pdf(docs_dir / TEIKEI_PDF, tspecs, teikei_story(tspecs),
                     f"{TEIKEI}交付要綱", "令和７年４月", TEIKEI_DEPT)
    gdoc = build_pdf(docs_dir / KOGEI_PDF, gspecs, kogei_story(gspecs),
                     f"令和６年度 {KOGEI} 実績報告書", "令和７年５月", KOGEI_DEPT)
    kdoc = build_pdf(docs_dir / KAIKI_PDF, kspecs, kaiki_story(kspecs),
                     f"令和７年度 {KAIKI} 制度の手引き", "令和７年４月", KAIKI_DEPT)
    gold = all_gold({TEIKEI_PDF: tdoc.row_pages, KOGEI_PDF: gdoc.row_pages, KAIKI_PDF: kdoc.row_pages})
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
    # --- teikei: the tie-up and M&A grant guideline, tables (a) (b) (c), definitions, costs not covered, sibling sections
    dict(question="社員18人の精密部品メーカーから、ベトナムの会社を買収する前に財務や法務の調査を専門家に頼みたいと相談がありました。この調査費用は何％補助されますか？",
         category="teikei", doc=TEIKEI_PDF,
         evidence=["常時使用する従業員の数が20人", "事前調査（デューデリジェンス）費 50 75 200 100"], answer=["75"],
         notes="two facts: 18人 is within 「20人…以下」 (a manufacturer), so the firm is a 小規模企業者 (第２条第２項); "
               "(a) two-level header, leaf 補助率（％）／小規模企業者; 50 (中小企業者) is the trap, 200 and 100 are the caps"),
    dict(question="2025年度に、社員80人の食品会社がタイの企業と出資を伴わない業務提携を結ぶ予定です。契約書の作成や翻訳の費用は、いくらまで補助されますか？",
         category="teikei", doc=TEIKEI_PDF,
         evidence=["出資を伴わずに契約により技術", "契約書の作成・翻訳費 50 75 60 40"], answer=["40"],
         notes="(a) the caps are by kind of deal, not by firm size: a tie-up without capital is a 業務提携, which 第２条第３項 "
               "puts under 「資本・業務提携」 (note ※２), so the leaf 補助限度額（万円）／資本・業務提携; 60 (買収) is the trap, "
               "50 the rate for the firm's size; 2025年度 = 令和７年度 (only 2020年度 is printed in Western form)"),
    dict(question="2022年度には、何件の案件にこの補助金が交付されましたか？",
         category="teikei", doc=TEIKEI_PDF, evidence=["令和４年度 15 10 1,260 ５"], answer=["10"],
         notes="(b) years as rows: 2022年度 = 令和４年度; column 交付件数（件）; 15 (申請件数) is the trap"),
    dict(question="令和６年度に交付した補助金は、１件当たり平均でいくらになりますか？",
         category="teikei", doc=TEIKEI_PDF, evidence=["令和６年度 24 16 2,105 10"], answer=["131.6万円"], computed=True,
         notes="(b) average in a row: 2,105 / 16 = 131.6万円 (the 申請件数 24 is the wrong divisor)"),
    dict(question="制度が始まってから補助金を受けた案件のうち、実際に提携や買収まで成立したのは何％ですか？",
         category="teikei", doc=TEIKEI_PDF, evidence=["延べ51件、6,560万円を", "このうち27件で海外提携等が成立"],
         answer=["52.9%"], computed=True,
         notes="share from the prose (equal to the column sums of (b)): 27 / 51 = 52.9 %"),
    dict(question="ベトナムの企業との提携や買収は、これまでに全部で何件成立していますか？",
         category="teikei", doc=TEIKEI_PDF, evidence=["ベトナム ２ ２ ４ ８"], answer=["８"],
         notes="(c) the total column on the right (計), cumulative over 令和２～６年度; ４ (業務提携) and ２ are the traps"),
    dict(question="これまでに成立した案件のうち、出資を伴わない業務提携はどれくらいの割合を占めていますか？",
         category="teikei", doc=TEIKEI_PDF, evidence=["合計 ６ ６ 15 27"], answer=["55.6%"], computed=True,
         notes="(c) share within the 合計 row: 業務提携 15 / 計 27 = 55.6 % (the prose says only 「半数を超える」)"),
    dict(question="タイの食品加工会社と組んだ事例では、補助金はいくら出ましたか？",
         category="teikei", doc=TEIKEI_PDF, evidence=["提携の相手：タイの食品加工会社", "補助金の額：146万円"],
         answer=["146万円"],
         notes="sibling sections （１）–（３） of （参考４） share the labels 提携の相手, 提携の形態, 補助金の額; （２）食品製造業Ｂ社; "
               "312万円 and 58万円 are the siblings' values"),
    dict(question="今年度のこの補助金の申請は、いつまで受け付けていますか？",
         category="teikei", doc=TEIKEI_PDF, evidence=["令和７年４月14日から12月26日まで"], answer=["12月26日"],
         notes="「label：value」 line 受付期間 in （参考１） (令和８年２月27日, the end of the project in step ④, and "
               "令和８年３月10日 of 第８条 are near misses)"),
    dict(question="買収する相手の会社の株を買い取る代金そのものも、補助の対象になりますか？",
         category="teikei", doc=TEIKEI_PDF, evidence=["次に掲げる経費は、補助の対象としない", "株式又は持分の取得に要する対価"],
         answer=["補助の対象としない"],
         notes="第５条 (costs not covered), item （１）: no; the due-diligence and valuation costs of 別表 are covered, a near miss"),
    # --- kogei: the craft products report, tables (d) (e) (f), a definition, sibling sections
    dict(question="2024年度の伝統工芸品の海外向け商品開発の事業には、全体でいくらの事業費がかかりましたか？",
         category="kogei", doc=KOGEI_PDF, evidence=["事業費：3,180万円"], answer=["3,180万円"],
         notes="「label：value」 line 事業費 (the report prints no Western fiscal year: 2024年度 = 令和６年度)"),
    dict(question="海外の小売店から１回だけ単発の注文を受けた場合も、この事業でいう「成約」に数えられますか？",
         category="kogei", doc=KOGEI_PDF, evidence=["海外の小売店等と継続取引の契約を結んだこと"], answer=["継続取引"],
         notes="definition 「成約」とは…海外の小売店等と継続取引の契約を結んだことをいう (no: asked at its boundary)"),
    dict(question="和紙の工房では、開発した商品のうち何点を海外の試験販売に出しましたか？",
         category="kogei", doc=KOGEI_PDF, evidence=["霧原和紙 ２ ６ ５"], answer=["５"],
         notes="(d) continuation page (no header there): row 霧原和紙, column うち試験販売（点）; ６ (開発商品数) is the trap"),
    dict(question="2024年度に、欅焼で事業に参加した工房はいくつありましたか？",
         category="kogei", doc=KOGEI_PDF, evidence=["欅焼 ３ ９ ７"], answer=["３"],
         notes="(d) first page, column 参加工房数（工房）; ９ (開発商品数) is the trap; 2024年度 = 令和６年度"),
    dict(question="商談会でセレクトショップのバイヤーと話した案件のうち、成約までいったのは何件ですか？",
         category="kogei", doc=KOGEI_PDF, evidence=["セレクトショップ 38 11 426"], answer=["11"],
         notes="(f) unruled table, column 成約件数（件）; 38 (商談件数) and 426 (成約額) are the traps"),
    dict(question="試験販売の売れた金額のうち、ニューヨークの店の分は全体の何％でしたか？",
         category="kogei", doc=KOGEI_PDF, evidence=["ニューヨーク ２ 520 640 32.0"], answer=["32.0"],
         notes="(e) the per cent printed next to the amount (構成比（％）, note ※２: share of 販売額); the prose says only "
               "「３割余り」; 640 (販売額) is the trap"),
    dict(question="ニューヨークでは、１店舗当たり平均でいくら売れた計算になりますか？",
         category="kogei", doc=KOGEI_PDF, evidence=["ニューヨーク ２ 520 640 32.0"], answer=["320万円"], computed=True,
         notes="(e) average in a row: 640 / 2 = 320万円"),
    dict(question="試験販売で、売れた金額が２番目に多かった都市はどこですか？",
         category="kogei", doc=KOGEI_PDF, evidence=["パリ ２ 400 480 24.0"], answer=["パリ"],
         notes="(e) second largest in the column 販売額（万円）: ニューヨーク 640, パリ 480, シンガポール 370 (シンガポール is "
               "second by 販売数, the trap)"),
    dict(question="百貨店のバイヤーとの商談は、何％が成約につながりましたか？",
         category="kogei", doc=KOGEI_PDF, evidence=["百貨店 24 ５ 310"], answer=["20.8%"], computed=True,
         notes="(f) share within a row of the unruled table: 5 / 24 = 20.8 %"),
    dict(question="刃物の工房の協業事例では、試験販売でどれだけ売れましたか？",
         category="kogei", doc=KOGEI_PDF, evidence=["石蔵打刃物（石蔵町）", "試験販売での販売額：205万円"], answer=["205万円"],
         notes="sibling sections （１）–（３） of ３ share the labels 協業したデザイナー, 開発した商品, 試験販売での販売額; "
               "（３）石蔵打刃物; 186万円 and 142万円 are the siblings' values"),
    # --- kaiki: the reshoring incentive guide, tables (g) (h) (i), a definition, sibling sections, the steps
    dict(question="従業員60人の中小企業の部品メーカーが、中国の工場を閉じて県内に工場を新しく建てます。この補助金を使うには、投資額はいくら以上必要ですか？",
         category="kaiki", doc=KAIKI_PDF, evidence=["投資額の下限 億円 ５ ２ 10", "それぞれ表の２分の１"],
         answer=["2.5億円"], computed=True,
         notes="two facts: (g) row 投資額の下限, column 工場 (unit 億円 from the 単位 column), halved for a 中小企業 by note ※１: "
               "5 / 2 = 2.5億円; ５億円 is the trap"),
    dict(question="研究所を海外から県内に移す場合、補助率は何％ですか？",
         category="kaiki", doc=KAIKI_PDF, evidence=["補助率 ％ 10 15 ５"], answer=["15"],
         notes="(g) row 補助率 (unit ％ in the 単位 column), column 研究開発施設 (研究所); 10 (工場) is the trap"),
    dict(question="2023年度に認定された案件では、新たに何人を雇う予定になっていますか？",
         category="kaiki", doc=KAIKI_PDF, evidence=["新規常用雇用予定者数 人 112 185 264"], answer=["185"],
         notes="(h) fiscal years as columns: 2023年度 = 令和５年度 (only 2022年度 is printed in Western form); "
               "112 and 264 are the traps"),
    dict(question="令和６年度に認定された案件は、１件当たり平均で何人の新規雇用を予定していますか？",
         category="kaiki", doc=KAIKI_PDF, evidence=["新規常用雇用予定者数 人 112 185 264", "認定件数 件 ４ ６ ９"],
         answer=["29.3人"], computed=True,
         notes="(h) ratio of two rows in the 令和６年度 column: 264 / 9 = 29.3人"),
    dict(question="令和４年度から６年度までに、アジアから生産を戻した案件は何件認定されましたか？",
         category="kaiki", doc=KAIKI_PDF, evidence=["小計（アジア） 15 123 367"], answer=["15"],
         notes="(i) a subtotal row inside the table (小計（アジア）); 19 (合計) and ８ (中国) are the traps"),
    dict(question="米国から生産を戻した案件は、１件当たり平均でどれくらいの投資を予定していますか？",
         category="kaiki", doc=KAIKI_PDF, evidence=["米国 ２ 41 112"], answer=["20.5億円"], computed=True,
         notes="(i) average in a row: 41 / 2 = 20.5億円"),
    dict(question="医療機器メーカーの認定事例では、何人を新しく雇う予定ですか？",
         category="kaiki", doc=KAIKI_PDF, evidence=["医療機器製造業Ｅ社（欅市）", "新規常用雇用予定者数：16人"], answer=["16人"],
         notes="sibling sections （１）–（３） of ７ share the labels 回帰元, 施設の種類, 新規常用雇用予定者数; （２）Ｅ社; "
               "48人 and 35人 are the siblings' values"),
    dict(question="工場の建設に取りかかる前に、いつまでに認定の申請を出す必要がありますか？",
         category="kaiki", doc=KAIKI_PDF, evidence=["立地計画の認定申請（着工の60日前まで）"], answer=["60日前"],
         notes="procedure step ② (45日 of step ③ and the 1年 of step ⑤ are near misses)"),
    dict(question="１年契約の期間社員として採用した人も、この補助金の「新規常用雇用者」に数えられますか？",
         category="kaiki", doc=KAIKI_PDF, evidence=["雇用期間の定めのない者"], answer=["雇用期間の定めのない者"],
         notes="definition 「新規常用雇用者」とは…雇用期間の定めのない者で、県内に住所を有するものをいいます (no)"),
    # --- followups
    dict(question="では、それを買収の案件に使う場合、上限額はいくらですか？",
         category="followup", doc=TEIKEI_PDF, evidence=["仲介・助言手数料 40 50 150 80"], answer=["150"],
         history=_turns("仲介会社やアドバイザーに払う手数料は、小規模企業者だと何％補助されますか？",
                        "小規模企業者の場合、補助率は50％です[1]。"),
         notes="(a) the row from the history (仲介・助言手数料), leaf 補助限度額（万円）／買収; 80 (資本・業務提携) is the trap"),
    dict(question="その年度に交付された金額は、全部でいくらでしたか？",
         category="followup", doc=TEIKEI_PDF, evidence=["令和３年度 11 ７ 845 ３"], answer=["845"],
         history=_turns("2021年度の申請件数は何件でしたか？",
                        "2021年度（令和３年度）の申請は11件でした[1]。"),
         notes="(b) the year from the history (2021年度 = 令和３年度), column 交付額（万円）"),
    dict(question="そのうち、試験販売に出したのは何点ですか？",
         category="followup", doc=KOGEI_PDF, evidence=["欅竹細工 １ ４ ２"], answer=["２"],
         history=_turns("竹細工では何点の商品が開発されましたか？",
                        "欅竹細工の開発商品は４点でした[1]。"),
         notes="(d) the row from the history (欅竹細工, on the continuation page), column うち試験販売（点）"),
    dict(question="それは前の年度と比べて、いくら増えましたか？",
         category="followup", doc=KAIKI_PDF, evidence=["交付額 万円 3,850 6,120 11,480"], answer=["5,360万円"],
         computed=True,
         history=_turns("この補助金の令和６年度の交付額はいくらでしたか？",
                        "令和６年度の交付額は11,480万円でした[1]。"),
         notes="(h) the row from the history (交付額), difference between the 令和６年度 and 令和５年度 columns: "
               "11,480 − 6,120 = 5,360万円"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=KOGEI_PDF, evidence=["電話：099-434-7700"], answer=["099-434-7700"],
         history=_turns("試験販売や商談会に参加したい工房は、どこに問い合わせればよいですか？",
                        "一般社団法人欅県伝統工芸協会が試験販売と商談会の窓口です[1]。"),
         notes="contact box of the craft report: the 協会's phone (second line); the 班's phone 099-434-1520 and fax "
               "099-434-1529 (first line) are the near misses"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="補助を受けて買収した海外の会社は、買収の後に売上高がどれくらい伸びていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline counts the deals concluded (うち成約) and the grants, not the acquired firms' results",
         absent=["売上高", "売上"]),
    dict(question="これまでの補助案件で、海外企業の買収価格は平均でいくらでしたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="only the grants and the number of deals are given; the price paid for the shares is a cost not covered",
         absent=["買収価格", "買収額", "取得価額"]),
    dict(question="協業した海外のデザイナーには、１人当たりいくらのデザイン料を支払いましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the report gives the number of designers (12) and the 事業費, not what they were paid",
         absent=["デザイン料", "謝金", "報酬"]),
    dict(question="令和７年１月の商談会には、海外のバイヤーが何社参加しましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the meeting's results are given by the buyers' business type (商談件数, 成約件数, 成約額), not the number of buyers",
         absent=["バイヤー数", "社のバイヤー", "参加バイヤー", "バイヤーは"]),
    dict(question="県内に戻した工場で作られた製品の出荷額は、どれくらいになっていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives approvals, planned investment, planned jobs and grants, not output",
         absent=["出荷額", "出荷", "生産額"]),
    dict(question="補助を受けた工場は、何年以上操業を続けないと補助金の返還を求められますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="８ says a refund may be asked when the requirements are no longer met, without a period (the ３年 of step ④ "
               "is the time to start operating, a near miss)",
         absent=["年間継続", "撤退", "操業を継続", "年以上"]),
]
CATEGORY_COUNTS = {"teikei": 10, "kogei": 10, "kaiki": 9, "followup": 5, "unanswerable": 6}
LISTS = 0
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
UNANSWERABLE_FOLLOWUPS = 0
FOLLOWUP_CUES = ("その", "そこ", "それ")
PREFIX_Q, PREFIX_T = "h39q", "h39t"


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year); None for a cumulative table."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H, I = (
    "経費区分別の補助率と補助限度額", "年度別の交付実績", "相手国・地域別の成立件数",
    "工芸品別の参加工房と開発商品", "都市別の試験販売の結果", "バイヤーの業態別の商談結果",
    "施設の種類別の要件と補助率", "年度別の認定と交付の実績", "回帰元の国・地域別の認定実績")
LETTERS = dict(zip((A, B, C, D, E, F, G, H, I), "abcdefghi"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y, unit) -> str:
    q = half_up(Decimal(x) / Decimal(y), "0.1")
    return f"{int(q) if q == q.to_integral() else q}{unit}"


def _years_sum(g, column):
    return sum(g(B, f"令和{fw(y - 2018)}年度", column, y) for y, *_x in RECORD)


COMPUTED = {  # question id -> the answer string, computed from gold cells
    "h39q04": lambda g: _avg(g(B, "令和６年度", "交付額（万円）", 2024), g(B, "令和６年度", "交付件数（件）", 2024), "万円"),
    "h39q05": lambda g: _pct(_years_sum(g, "うち成約（件）"), _years_sum(g, "交付件数（件）")),
    "h39q07": lambda g: _pct(g(C, "合計", "業務提携"), g(C, "合計", "計")),
    "h39q17": lambda g: _avg(g(E, "ニューヨーク", "販売額（万円）", 2024), g(E, "ニューヨーク", "店舗数（店）", 2024), "万円"),
    "h39q19": lambda g: _pct(g(F, "百貨店", "成約件数（件）", 2024), g(F, "百貨店", "商談件数（件）", 2024)),
    "h39q21": lambda g: f"{Decimal(g(G, '投資額の下限', '工場', 2025)) / 2}億円",
    "h39q24": lambda g: _avg(g(H, "新規常用雇用予定者数", "令和６年度", 2024), g(H, "認定件数", "令和６年度", 2024), "人"),
    "h39q26": lambda g: _avg(g(I, "米国", "投資予定額（億円）"), g(I, "米国", "認定件数（件）"), "億円"),
    "h39q33": lambda g: f"{g(H, '交付額', '令和６年度', 2024) - g(H, '交付額', '令和５年度', 2023):,}万円",
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {TEIKEI_PDF: (3, 3), KOGEI_PDF: (3, 3), KAIKI_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (180, 220)
TABLE_QUESTIONS = 20  # at least, over all categories except the followups
BEFORE_BREAK_ROWS = ("欅焼", "沖浜焼")  # rows of (d) expected before the page break
CONTINUED_ROWS = ("霧原和紙", "欅竹細工", "石蔵打刃物", "合計")  # and after it
RANGE_TABLES = {C: list(PARTNER_RANGE), I: list(ORIGIN_RANGE)}


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout39.py")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout39.py")
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
        if g["fiscal_year_range"] is not None and g["fiscal_year_range"] != RANGE_TABLES.get(g["table"]):
            errors.append(f"{g['id']}: fiscal_year_range {g['fiscal_year_range']} is not its table's")
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
            # each printed row, cell after cell, on its page (a 単位 cell included)
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

    def adds_up(table, cols, members=None, total="合計"):
        tab = t[table]
        rows = members if members is not None else [r for r in tab if r != total]
        for col in cols:
            if tab[total][col] != sum(tab[r][col] for r in rows):
                errors.append(f"{table}: {total} of {col} does not add up")

    # (a): small firms get at least the general rate; an acquisition's cap is at least a tie-up's; no cap above 第４条
    for row, r in t[A].items():
        if r["補助率（％）／小規模企業者"] < r["補助率（％）／中小企業者"]:
            errors.append(f"{A} / {row}: 小規模企業者 rate below the 中小企業者 rate")
        if r["補助限度額（万円）／買収"] < r["補助限度額（万円）／資本・業務提携"]:
            errors.append(f"{A} / {row}: 買収 cap below the 資本・業務提携 cap")
        if r["補助限度額（万円）／買収"] > COMPANY_CAP:
            errors.append(f"{A} / {row}: a cap above the firm cap of 第４条第２項")
    # (b): growing applications; grants within applications and within grants × firm cap; deals within grants
    b = t[B]
    ns = [r["申請件数（件）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for row, r in b.items():
        if r["交付件数（件）"] > r["申請件数（件）"] or r["交付額（万円）"] > r["交付件数（件）"] * COMPANY_CAP \
                or r["うち成約（件）"] > r["交付件数（件）"]:
            errors.append(f"{B} / {row}: grants or deals out of range")
    # (c): the right-hand 計 is each row's sum; 合計 adds up; its 計 is (b)'s deals
    c = t[C]
    for row, r in c.items():
        if r["計"] != r["買収"] + r["資本提携"] + r["業務提携"]:
            errors.append(f"{C} / {row}: 計 is not the row's sum")
    adds_up(C, ("買収", "資本提携", "業務提携", "計"))
    if c["合計"]["計"] != sum(r["うち成約（件）"] for r in b.values()):
        errors.append(f"{C}: 合計 differs from the deals of {B}")
    # (d): 合計 adds up; 試験販売 within 開発商品
    adds_up(D, ("参加工房数（工房）", "開発商品数（点）", "うち試験販売（点）"))
    if any(r["うち試験販売（点）"] > r["開発商品数（点）"] for r in t[D].values()):
        errors.append(f"{D}: うち試験販売 above 開発商品数")
    # (e): 合計 adds up; the per cents come from the amounts and add up to 100.0
    e = t[E]
    adds_up(E, ("店舗数（店）", "販売数（個）", "販売額（万円）"))
    total = e["合計"]["販売額（万円）"]
    for row, r in e.items():
        if Decimal(str(r["構成比（％）"])) != pct1(r["販売額（万円）"], total):
            errors.append(f"{E} / {row}: 構成比 differs from the amounts")
    if sum(Decimal(str(r["構成比（％）"])) for row, r in e.items() if row != "合計") != Decimal("100.0"):
        errors.append(f"{E}: the 構成比 do not add up to 100.0")
    # (f): 合計 adds up; deals within meetings
    adds_up(F, ("商談件数（件）", "成約件数（件）", "成約額（万円）"))
    if any(r["成約件数（件）"] > r["商談件数（件）"] for r in t[F].values()):
        errors.append(f"{F}: 成約件数 above 商談件数")
    # (h) and (i): each subtotal adds up its members, 合計 the subtotals, and (i)'s 合計 is the sum of (h)'s years
    cols_i = ("認定件数（件）", "投資予定額（億円）", "新規常用雇用予定者数（人）")
    for sub, members in ORIGINS:
        adds_up(I, cols_i, [m[0] for m in members], total=sub)
    adds_up(I, cols_i, list(SUBTOTALS))
    h = t[H]
    years = [f"令和{fw(y - 2018)}年度" for y in YEARS]
    for row_h, col_i in zip(("認定件数", "投資予定額", "新規常用雇用予定者数"), cols_i):
        if sum(h[row_h][y] for y in years) != t[I]["合計"][col_i]:
            errors.append(f"{H} / {row_h}: the three years differ from 合計 of {I}")
    if sum(h["交付件数"][y] for y in years) > sum(h["認定件数"][y] for y in years):
        errors.append(f"{H}: more grants than approvals")
    cap = {k: t[G]["補助限度額"][k] for k in ("工場", "研究開発施設", "物流施設")}
    for y in years:
        if h["交付額"][y] > h["交付件数"][y] * max(cap.values()) * 10000:
            errors.append(f"{H} / {y}: grants above the caps")
    # (g): the sibling cases meet the job requirement of their facility type
    for head, _src, kind, jobs in CASES:
        if int(jobs.rstrip("人")) < t[G]["新規常用雇用者数の下限"][kind]:
            errors.append(f"{G}: case {head} has fewer new jobs than its facility type requires")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    crafts = specs["crafts"]
    bp = sorted({g["page"] for g in gold if g["table"] == D})
    if len(bp) != 2:
        errors.append(f"{D} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(crafts.header[0]))
        on = [i + 1 for i, p in enumerate(pages[KOGEI_PDF]) if header in norm(p)]
        if crafts.repeat_header or on != bp[:1]:
            errors.append(f"{D}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[1]}
        if not 3 <= len(first) <= 8:
            errors.append(f"{D}: {len(first)} rows before the page break, expected 3-8")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{D}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("試作にとどまり販売に至らなかった") not in norm(pages[KOGEI_PDF][bp[1] - 1]):
            errors.append(f"{D}: note ※１ should follow the table on the continuation page")
    for key in ("rates", "record", "partners", "cities", "meetings", "requirements", "results", "origins"):
        tp = {g["page"] for g in gold if g["table"] == specs[key].title}
        if len(tp) != 1:
            errors.append(f"{specs[key].title} is on pages {sorted(tp)}, expected one page")
    if specs["meetings"].ruled or not all(s.ruled for k, s in specs.items() if k != "meetings"):
        errors.append(f"only {F} must be drawn without ruling lines")
    # (a): two header rows, three spans, group／leaf columns with different leaves under the two groups
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["補助率（％）／中小企業者", "補助率（％）／小規模企業者", "補助限度額（万円）／買収", "補助限度額（万円）／資本・業務提携"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "万円"}:
        errors.append(f"{A}: units should come from the header groups")
    # (b): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::4] != [y for y, *_x in RECORD]:
        errors.append(f"{B}: expected years as rows")
    # (c) and (i): cumulative tables, a range of fiscal years and no single year
    for title in (C, I):
        if any(g["fiscal_year"] is not None or g["fiscal_year_range"] != RANGE_TABLES[title]
               for g in gold if g["table"] == title):
            errors.append(f"{title}: expected the range {RANGE_TABLES[title]} on every cell")
    # (c): the total column is the last one
    if list(dict.fromkeys(g["column"] for g in gold if g["table"] == C))[-1] != "計":
        errors.append(f"{C}: expected the total column 計 on the right")
    # (e): per cents printed next to the amounts
    ecols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == E))
    if ecols[-2:] != ["販売額（万円）", "構成比（％）"]:
        errors.append(f"{E}: expected 構成比（％） right of 販売額（万円）, got {ecols}")
    # (g) and (h): a 単位 column, each cell's unit from its row's 単位 cell; more than one unit per table
    for key, title in (("requirements", G), ("results", H)):
        spec = specs[key]
        if spec.header[0][1] != "単位" or spec.unit_col != 1 or 1 in spec.value_cols:
            errors.append(f"{title}: expected a 単位 column that is no cell")
        units = {label(r[0]): nfkc(r[1]) for r in spec.rows}
        if any(g["unit"] != units[g["row"]] for g in gold if g["table"] == title) or len(set(units.values())) < 3:
            errors.append(f"{title}: the units should come from the 単位 column and differ by row")
    # (h): fiscal years as columns (the year comes from the column header, none from the table)
    hcols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == H))
    if hcols != [f"令和{fw(y - 2018)}年度" for y in YEARS] or specs["results"].table_fy is not None \
            or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in gold if g["table"] == H):
        errors.append(f"{H}: expected the fiscal years as columns, got {hcols}")
    # (i): subtotal rows inside the table (each right after its members), 合計 last
    irows = list(dict.fromkeys(g["row"] for g in gold if g["table"] == I))
    want_rows = [m[0] for s, ms in ORIGINS for m in ms + [(s,)]] + ["合計"]
    if irows != want_rows or irows.index(SUBTOTALS[0]) == len(irows) - 2:
        errors.append(f"{I}: expected subtotal rows inside the table, got {irows}")
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
        if not any(x.endswith(f"電話:{want[2]}") and "ファクス" not in x for x in lines):
            errors.append(f"{what}: the other body's phone should have a line of its own")
        got_mails = re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text)
        if got_mails != mails:
            errors.append(f"{what}: mail addresses {got_mails}, expected {mails}")

    def defs(text, terms, what):
        for d in terms:
            if norm(f"「{d}」とは") not in text:
                errors.append(f"{what}: the definition of {d} is missing")

    def western(text, want, what):
        got = re.findall(r"20\d\d年度?", text)
        if got != want:
            errors.append(f"{what}: Western years {got}, expected {want}")

    # ---- the grant guideline
    tk = norm("\n".join(pages[TEIKEI_PDF]))
    siblings(tk, TEIKEI_PDF, ("提携の相手：", "提携の形態：", "補助金の額："), [d[0] for d in DEALS])
    n_all, amt_all, won = (sum(r[j] for r in RECORD) for j in (2, 3, 4))
    if norm(f"延べ{n_all}件、{amt_all:,}万円") not in tk or norm(f"このうち{won}件で海外提携等が成立") not in tk:
        errors.append("guideline: the totals in the prose differ from (b)")
    by_total = sorted(PARTNERS, key=lambda r: -(r[1] + r[2] + r[3]))
    forms = [sum(r[j] for r in PARTNERS) for j in (1, 2, 3)]
    if by_total[0][0] != "ベトナム" or sum(by_total[0][1:]) == sum(by_total[1][1:]) or not forms[2] * 2 > sum(forms):
        errors.append("guideline: 「ベトナムが最も多く、…業務提携が半数を超える」 does not hold")
    for head, _p, form, amount in DEALS:
        if int(amount.rstrip("万円")) > COMPANY_CAP or form not in ("買収", "資本提携", "業務提携"):
            errors.append(f"guideline: case {head} does not fit the firm cap or the forms of (c)")
    western(tk, ["2020年度"], "guideline")
    defs(tk, ("中小企業者", "小規模企業者", "買収", "資本・業務提携"), "guideline")
    for k in range(1, 9):
        if norm(f"第{fw(k)}条") not in tk:
            errors.append(f"guideline: article 第{fw(k)}条 is missing")
    for x in EXCLUDED:
        if norm(x) not in tk:
            errors.append(f"guideline: the cost not covered {x} is missing")
    steps_of(TEIKEI_PDF, "①②③④⑤⑥", "guideline")
    contacts(TEIKEI_PDF, ["099-431-2260", "099-431-2269", "099-431-5800"], ["keyaki-teikei@example.jp"], "guideline")

    # ---- the craft report
    kg = norm("\n".join(pages[KOGEI_PDF]))
    siblings(kg, KOGEI_PDF, ("協業したデザイナー：", "開発した商品：", "試験販売での販売額："), [w[0] for w in WORKS])
    workshops, products, tested = (sum(r[j] for r in CRAFTS) for j in (1, 2, 3))
    if norm(f"{len(CRAFTS)}品目の{workshops}工房") not in kg or norm(f"デザイナー{DESIGNERS}人") not in kg \
            or norm(f"{products}点の商品を開発") not in kg or norm(f"このうち{tested}点を") not in kg:
        errors.append("craft report: the development figures in the prose differ from (d)")
    top = CRAFTS[0]
    if any(r[1] >= top[1] or r[2] >= top[2] for r in CRAFTS[1:]):
        errors.append("craft report: 「欅焼が参加工房数、開発商品数ともに最も多い」 does not hold")
    shops, pieces, sales = (sum(r[j] for r in CITIES) for j in (1, 2, 3))
    if norm(f"{fw(shops)}店舗で試験販売を行い、{pieces:,}個、{sales:,}万円") not in kg:
        errors.append("craft report: the test-sale totals in the prose differ from (e)")
    if not 30 < CITIES[0][3] * 100 / sales < 35 or max(CITIES, key=lambda r: r[3])[0] != "ニューヨーク":
        errors.append("craft report: 「ニューヨークが販売額の３割余り」 does not hold")
    by_amount = [r[0] for r in sorted(CITIES, key=lambda r: -r[3])]
    by_pieces = [r[0] for r in sorted(CITIES, key=lambda r: -r[2])]
    if by_amount[1] != "パリ" or by_pieces[1] == "パリ" or len({r[3] for r in CITIES}) != len(CITIES):
        errors.append("craft report: the ranking h39q18 relies on (パリ second by amount, not by pieces) does not hold")
    talks, deals, amount = (sum(r[j] for r in MEETINGS) for j in (1, 2, 3))
    if norm(f"{talks}件の商談のうち{deals}件が成約") not in kg or norm(f"成約額は{amount:,}万円") not in kg:
        errors.append("craft report: the meeting totals in the prose differ from (f)")
    if max(MEETINGS, key=lambda r: r[2])[0] != "セレクトショップ" or max(MEETINGS, key=lambda r: r[3])[0] != "セレクトショップ":
        errors.append("craft report: 「セレクトショップとの成約が件数、金額ともに最も多かった」 does not hold")
    crafts = {c[0]: c for c in CRAFTS}
    if sum(int(w[3].rstrip("万円")) for w in WORKS) > sales or any(w[4] not in crafts for w in WORKS):
        errors.append("craft report: the cases do not fit (d) and (e)")
    western(kg, ["2025年"], "craft report")
    defs(kg, ("参加工房", "成約"), "craft report")
    steps_of(KOGEI_PDF, "①②③", "craft report")
    contacts(KOGEI_PDF, ["099-434-1520", "099-434-1529", "099-434-7700"], ["keyaki-kogei@example.jp"], "craft report")

    # ---- the reshoring guide
    kk = norm("\n".join(pages[KAIKI_PDF]))
    siblings(kk, KAIKI_PDF, ("回帰元：", "施設の種類：", "新規常用雇用予定者数："), [c[0] for c in CASES])
    allm = [m for _s, ms in ORIGINS for m in ms]
    n_all, inv_all, jobs_all = (sum(m[j] for m in allm) for j in (1, 2, 3))
    if norm(f"{n_all}件の立地計画を認定し、投資予定額は{inv_all}億円、新規常用雇用予定者数は{jobs_all}人") not in kk:
        errors.append("guide: the totals in the prose differ from (h) and (i)")
    china = max(allm, key=lambda m: m[1])
    if china[0] != "中国" or not 0.40 < china[1] / n_all < 0.45:
        errors.append("guide: 「中国が最も多く、認定件数の４割余り」 does not hold")
    western(kk, ["2022年度"], "guide")
    defs(kk, ("県内回帰", "新規常用雇用者", "中小企業"), "guide")
    steps_of(KAIKI_PDF, "①②③④⑤⑥", "guide")
    contacts(KAIKI_PDF, ["099-437-3310", "099-437-3319", "099-437-6100"], ["keyaki-ricchi@example.jp"], "guide")
    # every phone number of the set is fictional (099-43x-xxxx), every mail address under example.jp
    for n, p in pages.items():
        text = norm("\n".join(p))
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", text):
            if not ph.startswith(PHONE_PREFIX):
                errors.append(f"{n}: phone number {ph} outside {PHONE_PREFIX}x-xxxx")
        for mail in re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text):
            if not mail.endswith(MAIL_DOMAIN):
                errors.append(f"{n}: mail address {mail} outside {MAIL_DOMAIN}")
    for q in QUESTIONS:  # the phone numbers the questions cite are in the range too
        for ph in re.findall(r"\d{2,4}-\d{2,4}-\d{4}", " ".join(q["evidence"] + q["answer"] + [q["notes"]])):
            if not ph.startswith(PHONE_PREFIX):
                errors.append(f"a question cites the phone number {ph} outside {PHONE_PREFIX}x-xxxx")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
