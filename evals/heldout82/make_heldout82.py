"""Build the 楊県 held-out set 82: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (楊県 and every town, scheme, organisation, company, phone number,
mail address and figure). The documents are in three genres the earlier sets do not use:

- a grant guideline (交付要綱, articles 第１条–第９条 with 附則 and 別表, then three （参考） parts)
  for a prefectural subsidy towards small food makers' frozen-food exports
  (冷凍食品輸出促進事業費補助金: quick freezers, test batches and quality tests after thawing,
  contracted frozen storage and transport, frozen samples at trade shows abroad, experts), with
  the rates and caps of a single firm and of a group of firms under one two-level header (a 「－」
  cell: a group cannot claim a freezer), the firm caps in an article (in 万円, the table in 千円),
  a small-firm rate given as a fraction in an article, and the record by year (years as rows,
  value headers over two lines);
- the report (報告書) of a survey of the prefecture's food makers on their exports of
  plant-based and vegan food (プラントベース食品の輸出に関する実態調査), with the firms by industry
  (a table continued over a page break without its header, headers over two lines), the
  destinations in two fiscal years with a 増減 column printing decreases with ▲, and an unruled
  table of the issues by firm size;
- the user guide (利用案内) of a prefectural desk issuing letters that introduce a firm of the
  prefecture to the Japanese consulate where its foreign business partner applies for a
  short-stay visa (事業者紹介状発行窓口), with the fees (a 「－」 cell and a half fee for small firms),
  a KPI table with 目標 / 実績 / 達成率, and the letters by the visitors' country with a total column
  on the right.

See README.md beside this file.

    python make_heldout82.py [OUTPUT_DIR]          # default: this file's directory

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

REITOU_PDF = "yo_reito_shokuhin_yushutsu_hojokin_kofu_yoko_r7.pdf"
VEGAN_PDF = "yo_plant_based_shokuhin_yushutsu_jittai_chosa_r6.pdf"
SHOKAI_PDF = "yo_jigyosha_shokaijo_hakko_madoguchi_riyo_annai_r7.pdf"
ALL_PDFS = (REITOU_PDF, VEGAN_PDF, SHOKAI_PDF)

UNITS = ("千円", "万円", "円", "件", "社", "台", "通", "者", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
DASH = "－"  # a cell with no figure; each one is explained by a note and is no gold cell
INDENT = "　"  # the full-width space that starts a body paragraph
PHONE_RE = r"099-86\d-\d{4}"  # every phone number of the set: 099-86x-xxxx
MAIL_DOMAIN = "@example.jp"
PREF = "楊県"
FORBIDDEN_PREFS = ("椥県",)  # never written (another name of these sessions)


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
    text and dashes."""
    v = nfkc(value).strip()
    neg = v.startswith("▲")
    number, unit = docgen.parse_number(v.lstrip("▲"), UNITS)
    if number is not None and neg:
        number = -number
    return number, unit


def label(s: str) -> str:
    """A row or column label as recorded: line breaks dropped."""
    return s.replace("\n", "").strip(INDENT)


def bracket_unit(text: str) -> str | None:
    """The unit in brackets at the end of a label (申請件数（件） -> 件), NFKC."""
    m = re.search(r"（([^（）]+)）$", label(text))
    if not m:
        return None
    u = nfkc(m.group(1))
    return u if u in UNITS else None


def half_up(x: Decimal, q: str) -> Decimal:
    return x.quantize(Decimal(q), ROUND_HALF_UP)


def pct1(k: int, n: int) -> Decimal:
    """k / n in per cent with one decimal, rounded half up."""
    return half_up(Decimal(k * 100) / Decimal(n), "0.1")


def cell(x) -> str:
    """A table cell: None -> 「－」, a Decimal with one decimal, an int as docgen prints it (single
    digits full-width), a signed difference with ▲ for a decrease."""
    if x is None:
        return DASH
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def signed(n: int) -> str:
    return f"▲{fw(-n)}" if n < 0 else fw(n)


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf, two-line header cells
    (the line break dropped in the label) and optional columns that cover a range of fiscal
    years (a 増減 column)."""

    col_range: dict | None = None  # {col: [first, last]}

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
    """The gold cells of a table; a cell printed 「－」 is no gold cell."""
    out = []
    for i, r in enumerate(spec.rows):
        for c in spec.value_cols:
            value = r[c]
            if value == DASH:
                continue
            number, cell_unit = parse_number(value)
            unit = cell_unit or spec.cell_unit(r, c)
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


ARTICLE_HEAD = pstyle("article_head", left=docgen.EM, keepWithNext=1)
ARTICLE = pstyle("article", left=docgen.EM, first=-docgen.EM)
ITEM = pstyle("article_item", left=3 * docgen.EM, first=-2 * docgen.EM)


def article(head: str | None, *paragraphs: str):
    """An article of the guideline: a bracketed heading line, then 第n条 and its paragraphs."""
    out = [P(f"（{head}）", ARTICLE_HEAD)] if head else []
    return out + [P(t, ARTICLE) for t in paragraphs]


def items(lines):
    return [P(f"({i}) {t}", ITEM) for i, t in enumerate(lines, 1)]


SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break
TOWNS = ("楊市", "白砂市", "霧谷町")

# ================================================================ document 1: frozen-food export subsidy, grant guideline
REITOU = f"{PREF}冷凍食品輸出促進事業費補助金"
REITOU_DEPT = f"{PREF} 農林水産部 食品輸出推進課"
REITOU_DESK = f"{PREF}食品輸出サポートデスク"
ZAIDAN1 = f"公益財団法人{PREF}産業振興財団"
RATES = [  # 補助対象経費; 単独事業者: 補助率（％）, 上限額（千円）; 連携体: 補助率（％）, 上限額（千円） (None = 「－」)
    ("急速冷凍設備の導入", 40, 3000, None, None),
    ("試作品の製造・品質試験", 50, 800, 60, 1500),
    ("冷凍保管・冷凍輸送の委託", 50, 600, 60, 1200),
    ("海外商談会への冷凍サンプル出品", 50, 400, 70, 800),
    ("専門家による指導", 50, 300, 60, 600),
]
FIRM_CAP_SOLO, FIRM_CAP_GROUP = 350, 600  # 第６条: 万円 per single firm / per group (the table is in 千円)
SMALL_RATE_ITEMS = ("試作品の製造・品質試験", "専門家による指導")  # 第６条第２項: ３分の２ for a small firm alone
RECORD = [  # 年度, 申請件数, 交付件数, 交付額（千円）, 急速冷凍設備の導入台数（台）
    (2020, 9, 6, 8420, 3), (2021, 13, 9, 12760, 5), (2022, 16, 11, 15930, 6),
    (2023, 21, 14, 19480, 8), (2024, 24, 17, 23150, 9),
]
REITOU_EXCLUDED = [  # 第７条: 補助対象経費としない経費
    "土地及び建物の取得、賃借及び改修に要する経費",
    "パソコン、車両その他の汎用性の高い物品の購入に要する経費",
    "試作に必要な量を超える原材料の購入に要する経費",
    "輸出先の国又は地域で課される関税その他の租税",
    "交付決定の日より前に発注し、又は支払った経費",
]
REITOU_CASES = [  # 見出し, 輸出先, 実施した内容, 補助金の額 (same labels in every sibling section); cost items; group?
    (f"水産加工業Ａ社（{TOWNS[0]}）", "台湾、香港", "急速冷凍設備の導入と、冷凍した刺身の解凍後の品質試験", "1,850千円",
     ("急速冷凍設備の導入", "試作品の製造・品質試験"), False),
    (f"和菓子製造業Ｂ社（{TOWNS[1]}）", "シンガポール", "冷凍大福の冷凍輸送の委託と、専門家による包装の指導", "640千円",
     ("冷凍保管・冷凍輸送の委託", "専門家による指導"), False),
    (f"惣菜製造業Ｃ社を代表とする連携体（{TOWNS[2]}ほか、４者）", "米国", "冷凍惣菜の試作と、ロサンゼルスの商談会への冷凍サンプルの出品",
     "1,980千円", ("試作品の製造・品質試験", "海外商談会への冷凍サンプル出品"), True),
]


def reitou_specs():
    rates = TableSpec(
        key="rates", doc=REITOU_PDF, title="補助対象経費、補助率及び上限額",
        header=[["補助対象経費", "単独事業者", "", "連携体", ""],
                ["", "補助率（％）", "上限額（千円）", "補助率（％）", "上限額（千円）"]],
        rows=[[n, cell(a), cell(b), cell(c), cell(d)] for n, a, b, c, d in RATES],
        col_widths=[60 * mm, 25 * mm, 26 * mm, 25 * mm, 26 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[-1])
    record = TableSpec(
        key="record", doc=REITOU_PDF, title="交付実績の推移",
        header=[["年度", "申請\n件数（件）", "交付\n件数（件）", "交付額\n（千円）", "急速冷凍設備の\n導入台数（台）"]],
        rows=[[era(y), fw(a), fw(b), fw(g), fw(k)] for y, a, b, g, k in RECORD],
        col_widths=[30 * mm, 28 * mm, 28 * mm, 30 * mm, 38 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    return rates, record


def reitou_story(specs):
    rates, record = specs
    last = RECORD[-1]
    st = [Spacer(1, 2 * mm), P(f"{REITOU}交付要綱", TITLE), Spacer(1, 1 * mm),
          P("令和２年４月１日制定", DATE_RIGHT), P("令和７年３月28日改正", DATE_RIGHT), Spacer(1, 3 * mm)]
    st += article("趣旨", f"第１条　この要綱は、県内の食品製造事業者が冷凍食品の輸出に取り組むために要する経費に対し、予算の範囲内で交付する{REITOU}（以下「補助金」という。）に関し、{PREF}補助金等交付規則に定めるもののほか、必要な事項を定めるものとする。")
    st += article("定義",
                  "第２条　この要綱において「冷凍食品」とは、前処理を施した食品を急速冷凍して包装し、品温をマイナス18℃以下に保って流通させるものをいう。",
                  "２　この要綱において「急速冷凍設備」とは、食品の中心温度がマイナス１℃からマイナス５℃までの温度帯を30分以内で通過するように冷凍する能力を有する設備をいう。",
                  "３　この要綱において「品質試験」とは、冷凍した試作品を解凍した後の食味、食感及び一般生菌数を調べる試験をいう。",
                  "４　この要綱において「連携体」とは、県内の中小企業者３者以上が、冷凍食品の輸出に共同で取り組むために協定を結んだものをいう。",
                  "５　この要綱において「小規模企業者」とは、常時使用する従業員の数が20人（商業又はサービス業に属する事業を主たる事業として営む者は５人）以下の中小企業者をいう。")
    st += article("補助対象者",
                  "第３条　補助金の交付の対象となる者（以下「補助事業者」という。）は、県内に製造拠点を有する食品製造業の中小企業者（以下「単独事業者」という。）又は連携体とする。")
    st += article("補助対象事業",
                  "第４条　補助金の交付の対象となる事業は、冷凍食品を新たに輸出し、又は輸出を拡大するために行う事業で、交付決定の日から令和８年１月30日までに完了するものとする。")
    st += article("補助対象経費等",
                  "第５条　補助対象経費、補助率及び上限額は、別表のとおりとする。")
    st += article("補助金の額の上限",
                  f"第６条　補助金の額は、単独事業者にあっては１事業者当たり{FIRM_CAP_SOLO}万円、連携体にあっては１連携体当たり{FIRM_CAP_GROUP}万円を上限とし、千円未満の端数は切り捨てる。",
                  "２　小規模企業者が単独事業者として申請する場合の試作品の製造・品質試験及び専門家による指導の補助率は、別表の規定にかかわらず、３分の２とする。")
    st += article("補助対象外経費", "第７条　次に掲げる経費は、補助対象経費としない。")
    st += items(REITOU_EXCLUDED)
    st += article("交付の手続",
                  "第８条　補助金の交付の手続は、次のとおりとする。")
    st += numbered([
        f"① 事前相談（食品輸出推進課又は{REITOU_DESK}へ）",
        "② 交付申請書（様式第１号）に事業計画書及び見積書を添えて提出",
        "③ 審査（書類審査及びヒアリング）",
        "④ 交付決定の通知",
        "⑤ 補助事業の実施",
        "⑥ 実績報告（事業の完了の日から30日以内に、実績報告書（様式第５号）を提出）",
        "⑦ 補助金の額の確定及び支払",
    ], 0)
    st += article("財産の処分の制限",
                  "第９条　補助事業者は、補助金により取得した急速冷凍設備その他の財産で取得価格が50万円以上のものを、取得の日から５年間は、知事の承認を受けないで、補助金の交付の目的に反して使用し、譲渡し、貸し付け、又は担保に供してはならない。")
    st += [P("附　則", ARTICLE_HEAD)]
    st += paras("この要綱は、令和２年４月１日から施行する。", 0)
    st += [P("附　則（令和７年３月28日改正）", ARTICLE_HEAD)]
    st += paras("この要綱は、令和７年４月１日から施行する。", 0)
    st += [CondPageBreak(60 * mm), caption(f"別表（第５条関係）　{rates.title}"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「－」は、連携体による急速冷凍設備の導入は補助の対象とならないことを示す（設備は、構成員がそれぞれ単独事業者として申請する。）。",
        f"※２ 上限額は経費区分ごとの額である。１事業者又は１連携体当たりの上限額は第６条第１項による（単位は万円）。",
        "※３ 小規模企業者の補助率の特例は、第６条第２項による。",
    ])
    st += [P("（参考１）令和７年度の募集", H1)]
    st += lv_lines([
        ("募集期間", "令和７年５月12日から６月13日まで（必着）"),
        ("予算額", "3,200万円"),
        ("採択予定件数", "20件程度"),
        ("審査", "令和７年７月中旬（書類審査及びヒアリング）"),
        ("交付決定", "令和７年７月下旬（予定）"),
        ("申請先", REITOU_DEPT),
    ], 0)
    st += [P("（参考２）交付実績", H1)]
    st += paras(f"""
本補助金は、令和２年度（2020年度）に創設した。申請件数は毎年増えており、令和６年度は{last[1]}件の申請に対し{last[2]}件に交付した。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += notes(["※４ 交付件数には、連携体に対する交付を含む（連携体は１件と数える。）。"])
    st += [P("（参考３）活用事例（令和６年度）", H1)]
    for i, (head, where, what, amount, _items, _g) in enumerate(REITOU_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("輸出先", where), ("実施した内容", what), ("補助金の額", amount)], 1)
    st += [CondPageBreak(30 * mm), P("問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{REITOU_DEPT} 輸出支援班　電話：099-861-2730　ファクス：099-861-2739",
        f"{REITOU_DESK}（{ZAIDAN1}内、事前相談）　電話：099-861-2800",
        "電子メール：yo-reitou@example.jp",
    ]))
    return st


# ================================================================ document 2: plant-based food exports, survey report
VEGAN = f"{PREF}内食品製造業のプラントベース食品輸出に関する実態調査"
VEGAN_DEPT = f"{PREF} 商工観光部 国際経済課"
KYOKAI = f"一般社団法人{PREF}食品産業協会"
TARGET = 720  # 調査対象（全数）
INDUSTRIES = [  # 業種, 回答企業数, うち輸出企業, うちＰＢ輸出企業, ＰＢ食品の輸出額（万円） (令和５年度の輸出)
    ("菓子", 58, 21, 9, 2340), ("みそ・しょうゆ等調味料", 41, 19, 11, 4180), ("豆腐・油揚げ・納豆", 27, 8, 6, 1520),
    ("麺類", 36, 15, 7, 1960), ("茶・清涼飲料", 33, 16, 5, 870), ("漬物・惣菜", 45, 12, 3, 410),
    ("パン・穀物加工品", 24, 6, 2, 250), ("水産・畜産加工品", 52, 23, 1, 90), ("その他", 31, 9, 4, 680),
]
SIZES = (("従業員20人以下", 214, 51, 17), ("従業員21人以上", 133, 78, 31))  # 回答, 輸出, ＰＢ輸出 (prose only)
DEST_YEARS = (2022, 2023)
DESTINATIONS = [  # 輸出先, ＰＢ食品を輸出した企業数: 令和４年度, 令和５年度 (複数回答)
    ("米国", 14, 19), ("カナダ", 4, 6), ("英国", 5, 7), ("ＥＵ", 8, 13), ("オーストラリア", 3, 6),
    ("台湾", 9, 11), ("香港", 7, 5), ("シンガポール", 6, 9), ("タイ", 3, 3), ("中国", 5, 2),
]
ISSUES = [  # 課題, 回答数: 従業員20人以下, 従業員21人以上 (輸出企業、複数回答)
    ("輸出先の表示・認証の制度が分からない", 27, 33), ("ヴィーガン認証の取得費用が高い", 18, 31),
    ("動物性原材料との混在防止が難しい", 21, 22), ("現地の需要・価格の情報が不足している", 15, 29),
    ("植物性原材料の調達費用が上がっている", 9, 20), ("輸出を担う人材が不足している", 19, 17),
]
CERTIFIED, PREPARING, RECENT = 19, 14, 29  # of the ＰＢ輸出企業 (prose only)
NEXT_SURVEY = 2027  # 次回の調査 (printed only as 令和９年度)
VEGAN_CASES = [  # 見出し, 主な輸出先, 輸出している商品, 工夫している点
    (f"みそ製造業Ｄ社（{TOWNS[0]}）", "米国、カナダ", "かつお節のだしを使わない即席みそ汁",
     "だしを昆布と干ししいたけに切り替え、動物性原材料を使う製品とは製造する曜日を分けている"),
    (f"菓子製造業Ｅ社（{TOWNS[1]}）", "ＥＵ、英国", "卵と乳製品を使わない焼き菓子",
     "海外の認証機関のヴィーガン認証を取得し、その表示を包装の正面に入れている"),
    (f"麺類製造業Ｆ社（{TOWNS[2]}）", "台湾、シンガポール", "植物性のスープを付けたラーメン",
     "現地の飲食店と組んで試食会を開き、その意見をもとにスープの味を調整している"),
]


def respondents() -> int:
    return sum(r[1] for r in INDUSTRIES)


def exporters() -> int:
    return sum(r[2] for r in INDUSTRIES)


def pb_exporters() -> int:
    return sum(r[3] for r in INDUSTRIES)


def vegan_specs():
    rows = [[n, fw(a), fw(b), fw(c), fw(d)] for n, a, b, c, d in INDUSTRIES]
    rows.append(["合計"] + [fw(sum(r[j] for r in INDUSTRIES)) for j in (1, 2, 3, 4)])
    industries = TableSpec(
        key="industries", doc=VEGAN_PDF, title="業種別の回答企業と輸出の状況",
        header=[["業種", "回答\n企業数（社）", "うち輸出\n企業（社）", "うちＰＢ\n輸出企業（社）", "ＰＢ食品の\n輸出額（万円）"]],
        rows=rows, col_widths=[46 * mm, 28 * mm, 28 * mm, 30 * mm, 32 * mm], table_fy=2023, repeat_header=False,
    )
    industries.unit = lambda row, c, s=industries: bracket_unit(s.column_label(c))
    destinations = TableSpec(
        key="destinations", doc=VEGAN_PDF, title="ＰＢ食品の輸出先（複数回答）",
        header=[["輸出先", f"{era(DEST_YEARS[0])}（社）", f"{era(DEST_YEARS[1])}（社）", "増減（社）"]],
        rows=[[d, fw(a), fw(b), signed(b - a)] for d, a, b in DESTINATIONS],
        col_widths=[44 * mm, 34 * mm, 34 * mm, 30 * mm], unit="社",
    )
    destinations.col_range = {3: list(DEST_YEARS)}
    (_s, _sn, s_exp, _sp), (_l, _ln, l_exp, _lp) = SIZES
    n = exporters()
    issues = TableSpec(
        key="issues", doc=VEGAN_PDF, title="ＰＢ食品の輸出を進める上での課題（複数回答）",
        header=[["課題", "全体", "従業員20人以下", "従業員21人以上"]],
        rows=[[x, cell(pct1(a + b, n)), cell(pct1(a, s_exp)), cell(pct1(b, l_exp))] for x, a, b in ISSUES],
        col_widths=[72 * mm, 22 * mm, 32 * mm, 32 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return industries, destinations, issues


def vegan_story(specs):
    industries, destinations, issues = specs
    total, n, pb = respondents(), exporters(), pb_exporters()
    amount = sum(r[4] for r in INDUSTRIES)
    (s_name, s_n, s_e, s_p), (l_name, l_n, l_e, l_p) = SIZES
    st = [Spacer(1, 2 * mm), P("令和６年度", SUBTITLE), P(f"{VEGAN} 報告書", TITLE), Spacer(1, 1 * mm),
          P("令和７年２月", DATE_RIGHT), P(VEGAN_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　調査の概要", H1)]
    st += lv_lines([
        ("調査の目的", "海外で需要が伸びているプラントベース食品について、県内の食品製造業の輸出の実態と課題を把握し、今後の支援策に役立てるため"),
        ("調査対象", f"県内に製造拠点を置く食品製造業 {TARGET}社（全数）"),
        ("調査基準日", "令和６年（2024年）10月１日"),
        ("調査期間", "令和６年10月７日から11月８日まで"),
        ("調査方法", f"郵送及びウェブによるアンケート（{KYOKAI}に委託）"),
        ("回答数", f"{total}社（回答率{pct1(total, TARGET)}％）"),
    ], 0)
    st += paras("""
この報告書において「プラントベース食品」とは、肉、魚介、卵、乳等の動物性原材料に代えて、大豆、小麦、えんどう豆等の植物性原材料を主に用いて作った食品をいう。「ヴィーガン対応食品」とは、プラントベース食品のうち、動物性原材料を一切使わず、かつ、製造ラインで動物性原材料が混ざらないよう管理しているものをいい、同じ製造ラインで動物性原材料を扱いながらその管理をしていないものは含まない。また、「輸出企業」とは、令和５年度中に食品を海外に輸出した企業をいい、そのうちプラントベース食品（以下「ＰＢ食品」という。）を輸出した企業を「ＰＢ輸出企業」という。
""", 0)
    st += [P("２　輸出の状況", H1)]
    st += paras(f"""
回答企業{total}社のうち、輸出企業は{n}社、ＰＢ輸出企業は{pb}社で、輸出企業の{pct1(pb, n)}％がＰＢ食品を輸出している。ＰＢ食品の輸出額は、回答企業の合計で{amount:,}万円であった。業種別では、みそ・しょうゆ等調味料がＰＢ輸出企業数、ＰＢ食品の輸出額ともに最も多い。
企業規模別では、{s_name}の企業{s_n}社のうち輸出企業は{s_e}社、ＰＢ輸出企業は{s_p}社であり、{l_name}の企業{l_n}社のうち輸出企業は{l_e}社、ＰＢ輸出企業は{l_p}社であった。
ＰＢ輸出企業{pb}社のうち、海外の認証機関のヴィーガン認証を取得している企業は{CERTIFIED}社（{pct1(CERTIFIED, pb)}％）、取得に向けて準備している企業は{PREPARING}社であった。また、ＰＢ食品の輸出を令和３年度以降に始めた企業は{RECENT}社で、ＰＢ輸出企業の６割を占める。
""", 0)
    st += [caption(industries.title, "（令和５年度の輸出）", keep=False), industries.flowable(), Spacer(1, 2)]
    st += notes(["※１ 「その他」は、酒類、製粉、冷凍食品等である。輸出額は、各企業が回答した令和５年度のＰＢ食品の輸出額（見込みを含む。）を合計したもの。"])
    st += [P("３　ＰＢ食品の輸出先", H1)]
    st += paras("""
ＰＢ輸出企業に令和４年度と令和５年度の輸出先を尋ねたところ、令和５年度は米国が最も多く、ＥＵが続いた。欧米とオーストラリアでは、いずれも輸出した企業が増えている。
""", 0)
    st += [caption(destinations.title), destinations.flowable(), Spacer(1, 2)]
    st += notes([f"※２ ＰＢ輸出企業{pb}社が回答した。「増減」は令和５年度の企業数から令和４年度の企業数を差し引いたもので、▲は減少を示す。"])
    st += [P("４　企業の事例", H1)]
    for i, (head, dest, goods, idea) in enumerate(VEGAN_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("主な輸出先", dest), ("輸出している商品", goods), ("工夫している点", idea)], 1)
    st += [P("５　ＰＢ食品の輸出を進める上での課題", H1)]
    st += paras("""
全体では「輸出先の表示・認証の制度が分からない」が最も多かった。従業員20人以下の企業では「動物性原材料との混在防止が難しい」と「輸出を担う人材が不足している」が、従業員21人以上の企業よりも多い。
""", 0)
    st += [caption(issues.title, "（単位：％）"), issues.flowable(), Spacer(1, 2)]
    st += notes([f"※３ 輸出企業（全体{n}社、従業員20人以下{s_e}社、従業員21人以上{l_e}社）が回答した。複数回答のため、合計は100％にならない。"])
    st += [P("６　県への主な要望（自由記述）", H1)]
    st += bullets([
        "海外のヴィーガン認証を取得する費用を補助してほしい。",
        "輸出先ごとの表示と認証の決まりを、日本語でまとめて知らせてほしい。",
        "ＰＢ食品を扱う海外のバイヤーとの商談会を開いてほしい。",
    ], 0)
    st += [P("７　今後の取組", H1)]
    st += numbered([
        "① 海外の認証の取得費用を補助する制度の創設を、令和７年度中に検討する。",
        f"② {KYOKAI}と連携し、輸出先の表示・認証制度のセミナーを年２回開く。",
        "③ 海外のプラントベース食品の見本市に、県のブースを設けて出展する。",
        f"④ 次回の調査は、{era(NEXT_SURVEY)}に行う。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{VEGAN_DEPT} 調査班　電話：099-864-1520　ファクス：099-864-1529",
        f"{KYOKAI}（輸出の相談）　電話：099-864-1600",
        "電子メール：yo-kokusai@example.jp",
    ]))
    return st


# ================================================================ document 3: introduction letters for visa applications, user guide
SHOKAI = f"{PREF}事業者紹介状発行窓口"
SHOKAI_DEPT = f"{PREF} 商工観光部 国際ビジネス推進課"
ZAIDAN3 = f"公益財団法人{PREF}国際ビジネス交流財団"
KINDS = [  # 見出し, 対象となる来訪, 追加で必要な書類, 発行までの日数 (same labels in every sibling section)
    ("商談用", "招へい者の事業所での商談又は契約の交渉", "来訪者との取引の経緯が分かる書類（電子メール、見積書等の写し）",
     "申込みの受理から５営業日以内"),
    ("展示会・見本市用", "国内で開かれる展示会又は見本市への来場又は出展", "展示会の案内又は出展申込書の写し",
     "申込みの受理から３営業日以内"),
    ("工場視察・技術打合せ用", "招へい者の工場の視察又は製品の技術的な打合せ", "視察又は打合せの日程表と、来訪者の名簿",
     "申込みの受理から７営業日以内"),
]
FEES = [  # 紹介状の種類, 通常発行（円）, 至急発行（円）, 英文の写し（円） (１通当たり, 令和７年度; None = 「－」)
    ("商談用", 2000, 5000, 1000), ("展示会・見本市用", 1500, 4000, 1000), ("工場視察・技術打合せ用", 2500, None, 1000),
]
KPIS = [  # 指標（単位）, 目標, 実績 (令和６年度); 達成率 = 実績 / 目標, per cent, one decimal, half up
    ("紹介状の発行数（通）", 420, None), ("利用事業者数（者）", 150, 131),
    ("来訪後の商談成約件数（件）", 60, 71), ("相談件数（件）", 500, 471),
]
COUNTRIES = [  # 来訪者の国・地域, 商談用, 展示会・見本市用, 工場視察・技術打合せ用 (令和６年度, 通)
    ("中国", 58, 31, 24), ("ベトナム", 47, 18, 29), ("インド", 36, 12, 17), ("フィリピン", 22, 9, 6),
    ("ミャンマー", 14, 3, 9), ("バングラデシュ", 11, 6, 3), ("その他", 19, 8, 7),
]
PREV_LETTERS = 342  # 令和５年度の発行数 (prose only)


def letters_total() -> int:
    return sum(sum(r[1:]) for r in COUNTRIES)


def kpi_rows():
    """The KPIs with the letters issued filled in from the country table."""
    out = []
    for name, target, actual in KPIS:
        if actual is None:
            actual = letters_total()
        out.append((name, target, actual, pct1(actual, target)))
    return out


def shokai_specs():
    fees = TableSpec(
        key="fees", doc=SHOKAI_PDF, title="紹介状の種類別の手数料",
        header=[["紹介状の種類", "通常発行（円）", "至急発行（円）", "英文の写し（円）"]],
        rows=[[n, cell(a), cell(b), cell(c)] for n, a, b, c in FEES],
        col_widths=[58 * mm, 32 * mm, 32 * mm, 34 * mm], table_fy=2025,
    )
    fees.unit = lambda row, c, s=fees: bracket_unit(s.column_label(c))
    kpis = TableSpec(
        key="kpis", doc=SHOKAI_PDF, title="窓口の成果指標",
        header=[["指標", "目標", "実績", "達成率（％）"]],
        rows=[[n, fw(t), fw(a), cell(r)] for n, t, a, r in kpi_rows()],
        col_widths=[64 * mm, 28 * mm, 28 * mm, 30 * mm], table_fy=2024,
    )
    kpis.unit = lambda row, c, s=kpis: bracket_unit(s.column_label(c)) or bracket_unit(row[0])
    rows = [[n, fw(a), fw(b), fw(c), fw(a + b + c)] for n, a, b, c in COUNTRIES]
    rows.append(["合計"] + [fw(sum(r[j] for r in COUNTRIES)) for j in (1, 2, 3)] + [fw(letters_total())])
    countries = TableSpec(
        key="countries", doc=SHOKAI_PDF, title="来訪者の国・地域別の発行数",
        header=[["国・地域", "商談用", "展示会・\n見本市用", "工場視察・\n技術打合せ用", "計"]],
        rows=rows, col_widths=[40 * mm, 26 * mm, 28 * mm, 32 * mm, 26 * mm], unit="通", table_fy=2024,
    )
    return fees, kpis, countries


def shokai_story(specs):
    fees, kpis, countries = specs
    total = letters_total()
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{SHOKAI} 利用案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(SHOKAI_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　窓口の概要", H1)]
    st += paras("""
この窓口は、県内の事業者が海外の取引先を日本に招く際に、取引先が在外の日本大使館又は総領事館に短期滞在の査証（ビザ）を申請するに当たって添付できるよう、招へいする事業者が県内で事業を営んでいることを県が紹介する文書を発行するものです。
""", 0)
    st += lv_lines([
        ("窓口名", SHOKAI),
        ("実施主体", PREF),
        ("運営", f"{ZAIDAN3}（県からの委託）"),
        ("利用できる者", "県内に本店又は事業所を有し、１年以上事業を営んでいる事業者（個人事業主を含む。）"),
        ("受付時間", "平日９時から17時まで"),
        ("受付場所", f"{TOWNS[0]}中央二丁目４番１号　{PREF}国際ビジネスプラザ２階"),
    ], 0)
    st += paras("""
この案内において「事業者紹介状」（以下「紹介状」といいます。）とは、招へい者の名称、所在地、事業の内容及び来訪の目的を記載し、県が発行する文書をいいます。「招へい者」とは、紹介状の発行を申し込み、海外の取引先を日本に招く県内の事業者をいい、「来訪者」とは、招へい者が日本に招く海外の取引先の役員又は従業員をいいます。「１通」とは、来訪者１人について発行する紹介状１部をいいます。また、「営業日」とは、土曜日、日曜日、祝日及び年末年始（12月29日から１月３日まで）を除く日をいいます。
""", 0)
    st += [P("２　紹介状の種類", H1)]
    for i, (head, what, docs, days) in enumerate(KINDS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("対象となる来訪", what), ("追加で必要な書類", docs), ("発行までの日数", days)], 1)
    st += [P("３　手数料", H1)]
    st += paras("手数料は紹介状１通当たりの額で、紹介状の種類と発行の方法によって次のとおりです。", 0)
    st += [caption(fees.title, "（令和７年度）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「至急発行」は、申込みの受理の翌営業日に発行するものです。工場視察・技術打合せ用は、日程表の確認に日数を要するため、至急発行を受け付けません（表中の「－」）。",
        "※２ 常時使用する従業員の数が20人以下の招へい者は、通常発行の手数料を半額とします（至急発行及び英文の写しの手数料は半額になりません）。",
        "※３ 「英文の写し」は、紹介状の英訳を添付するもので、通常発行又は至急発行の手数料に加算します。",
    ])
    st += [P("４　申込みから発行までの流れ", H1)]
    st += numbered([
        "① 事前の確認（電話又は電子メールで、来訪の目的と時期をお知らせください）",
        "② 申込書と必要書類の提出（来訪予定日の30日前まで）",
        "③ 内容の確認（必要に応じて、招へい者に聞き取りを行います）",
        "④ 手数料の納付（納付書による銀行振込み）",
        "⑤ 紹介状の発行（原本を郵送し、又は窓口でお渡しします）",
        "⑥ 来訪後の報告（来訪の終了から30日以内に、来訪の結果を報告書で提出）",
    ], 0)
    st += [P("５　利用の状況", H1)]
    st += paras(f"""
令和６年度の発行数は{total}通で、前年度の{PREV_LETTERS}通から{total - PREV_LETTERS}通増えました。来訪者の国・地域別では中国が最も多く、種類別では商談用が全体の半分を超えています。成果指標の実績は次のとおりです。
""", 0)
    st += [caption(kpis.title, "（令和６年度）"), kpis.flowable(), Spacer(1, 2)]
    st += notes(["※４ 達成率は、実績を目標で除して100を乗じ、小数点以下第２位を四捨五入したものです。商談成約件数は、来訪後の報告（４の⑥）によります。"])
    st += [caption(countries.title, "（令和６年度）（単位：通）"), countries.flowable(), Spacer(1, 2)]
    st += notes(["※５ 「その他」は、ネパール、スリランカ、ナイジェリア等です。"])
    st += [P("６　よくある質問", H1)]
    qa = [
        ("紹介状があれば、査証は必ず発給されますか。",
         "いいえ。査証の発給は在外公館が審査して決めるもので、紹介状は発給を保証するものではありません。"),
        ("紹介状は、いつまで使えますか。",
         "発行日から３か月以内に行う査証の申請に使うことができます。"),
        ("申込みの後に来訪者が増えた場合は、どうすればよいですか。",
         "増えた来訪者の分を改めて申し込んでください。手数料は１通ごとにかかります。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [P("７　利用上の注意", H1)]
    st += bullets([
        "査証の申請に必要な招へい理由書、身元保証書等は、招へい者が用意してください（窓口では作成しません）。",
        "来訪者が日本で報酬を受ける活動（作業、講演等）を行う場合は、紹介状の対象になりません。",
        "申込みの内容に偽りがあった場合は紹介状を取り消し、以後２年間は窓口を利用できません。",
        "紹介状の原本をなくした場合の再発行には、通常発行と同じ手数料がかかります。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{SHOKAI_DEPT} 交流支援班　電話：099-867-4410　ファクス：099-867-4419",
        f"{ZAIDAN3} 紹介状発行窓口（申込み・発行の状況）　電話：099-867-4500",
        "電子メール：yo-shokaijo@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return reitou_specs() + vegan_specs() + shokai_specs()


PREFIX_Q, PREFIX_T = "h82q", "h82t"


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    rspecs, vspecs, sspecs = reitou_specs(), vegan_specs(), shokai_specs()
    rdoc = build_pdf(docs_dir / REITOU_PDF, rspecs, reitou_story(rspecs),
                     f"{REITOU}交付要綱", "令和７年３月28日改正", REITOU_DEPT)
    vdoc = build_pdf(docs_dir / VEGAN_PDF, vspecs, vegan_story(vspecs),
                     f"令和６年度 {VEGAN} 報告書", "令和７年２月", VEGAN_DEPT)
    sdoc = build_pdf(docs_dir / SHOKAI_PDF, sspecs, shokai_story(sspecs),
                     f"令和７年度 {SHOKAI} 利用案内", "令和７年４月", SHOKAI_DEPT)
    gold = all_gold({REITOU_PDF: rdoc.row_pages, VEGAN_PDF: vdoc.row_pages, SHOKAI_PDF: sdoc.row_pages})
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
    # --- reitou: the frozen-food export subsidy guideline, tables (a) (b), articles, definitions, sibling sections
    dict(question="県内の食品メーカー４社が協定を結んでグループをつくり、海外の商談会に冷凍サンプルを出品したいそうです。補助率は何％になりますか？",
         category="reitou", doc=REITOU_PDF,
         evidence=["中小企業者３者以上", "海外商談会への冷凍サンプル出品 50 400 70 800"], answer=["70"],
         notes="two facts: four firms under an agreement are a 連携体 (definition in 第２条第４項: ３者以上), so (a) "
               "two-level header, column 連携体／補助率（％）; 50 (単独事業者) and 800 (the cap) are the traps"),
    dict(question="３社で連携体をつくって、急速冷凍機を共同で導入する計画があるそうです。補助の対象になりますか？",
         category="reitou", doc=REITOU_PDF,
         evidence=["連携体による急速冷凍設備の導入は補助の対象とならない"], answer=["対象とならない"],
         notes="(a) the 「－」 cells of 急速冷凍設備の導入 under 連携体, explained by note ※１ (each member may apply "
               "as a 単独事業者); 40 / 3,000 (単独事業者) are the traps"),
    dict(question="単独で申請する会社が、急速冷凍設備の導入と試作品の品質試験の両方で、別表の上限額いっぱいまで補助を受けようとすると、補助金は最大でいくらになりますか？",
         category="reitou", doc=REITOU_PDF,
         evidence=["急速冷凍設備の導入 40 3,000", "単独事業者にあっては１事業者当たり350万円"], answer=["350万円"],
         notes="two facts in two units: (a) caps 3,000 + 800 = 3,800千円 (単独事業者／上限額（千円）), but 第６条第１項 "
               "caps a single firm at 350万円 (note ※２ points there; the table is in 千円, the article in 万円)"),
    dict(question="従業員12人の和菓子メーカーが単独で、冷凍した商品を解凍したあとの味や菌の数を調べる試験をしたいそうです。補助率はどうなりますか？",
         category="reitou", doc=REITOU_PDF,
         evidence=["常時使用する従業員の数が20人", "別表の規定にかかわらず、３分の２とする"], answer=["３分の２"],
         notes="three facts: the test is a 品質試験 (definition in 第２条第３項); 12人 in manufacturing is a 小規模企業者 "
               "(第２条第５項); 第６条第２項 overrides (a) for it: ３分の２, not the 50 of 単独事業者／補助率（％）"),
    dict(question="2025年度の要綱で、単独の事業者が冷凍保管や冷凍輸送を外部の業者に委託する場合、上限額はいくらですか？",
         category="reitou", doc=REITOU_PDF, evidence=["冷凍保管・冷凍輸送の委託 50 600 60 1,200"], answer=["600"],
         notes="(a) two-level header, column 単独事業者／上限額（千円）; 2025年度 = 令和７年度 (the guideline prints only "
               "2020年度 in Western form); 1,200 (連携体) is the trap"),
    dict(question="2022年度にこの補助金の交付を受けた件数は何件ですか？",
         category="reitou", doc=REITOU_PDF, evidence=["令和４年度 16 11 15,930 ６"], answer=["11"],
         notes="(b) years as rows, headers over two lines: 2022年度 = 令和４年度, column 交付件数（件）; 16 (申請件数) "
               "is the trap"),
    dict(question="令和２年度から令和６年度までの５年間に交付された補助金は、合計でいくらになりますか？",
         category="reitou", doc=REITOU_PDF,
         evidence=["令和２年度 ９ ６ 8,420 ３", "令和６年度 24 17 23,150 ９"], answer=["79,740千円"], computed=True,
         notes="(b) sum of the column 交付額（千円） over the five year rows: 8,420 + 12,760 + 15,930 + 19,480 + 23,150 "
               "= 79,740千円 (printed nowhere)"),
    dict(question="惣菜メーカーなど４社のグループで冷凍惣菜を試作した事例では、補助金はいくら交付されましたか？",
         category="reitou", doc=REITOU_PDF, evidence=["惣菜製造業Ｃ社を代表とする連携体", "補助金の額：1,980千円"],
         answer=["1,980千円"],
         notes="sibling sections （１）–（３） of （参考３） share the labels 輸出先, 実施した内容, 補助金の額; （３） the "
               "連携体 led by Ｃ社; 1,850千円 and 640千円 are the siblings' values"),
    dict(question="輸出先の国で払う関税も、この補助金の対象経費に含められますか？",
         category="reitou", doc=REITOU_PDF,
         evidence=["次に掲げる経費は、補助対象経費としない", "輸出先の国又は地域で課される関税"], answer=["補助対象経費としない"],
         notes="第７条: a lead sentence and five items (4): no; 冷凍保管・冷凍輸送の委託 (covered) is a near miss"),
    dict(question="補助金で買った急速冷凍機を、３年後にほかの会社へ売ることはできますか？",
         category="reitou", doc=REITOU_PDF, evidence=["取得の日から５年間は、知事の承認を受けないで"], answer=["知事の承認"],
         notes="第９条: property of 50万円 or more may not be sold for five years without the governor's approval "
               "(three years < five: only with 知事の承認)"),
    # --- vegan: the plant-based food export survey, tables (c) (d) (e), definitions, prose figures, sibling sections
    dict(question="プラントベース食品の輸出の調査は、対象の企業のうち何％が回答していますか？",
         category="vegan", doc=VEGAN_PDF, evidence=["回答数：347社（回答率48.2％）"], answer=["48.2"],
         notes="「label：value」 line 回答数 (347 of the 720社 of 調査対象); 37.2 % (PB exporters among exporters) is a "
               "near miss"),
    dict(question="植物性の原料だけで作った豆乳アイスですが、同じ製造ラインで牛乳を使う商品も作っていて、混ざらないための管理はしていません。この報告書でいうヴィーガン対応食品に入りますか？",
         category="vegan", doc=VEGAN_PDF, evidence=["その管理をしていないものは含まない"], answer=["含まない"],
         notes="definition 「ヴィーガン対応食品」とは… at its boundary: no (it is still a プラントベース食品)"),
    dict(question="漬物や惣菜のメーカーで、令和５年度に何かしら食品を輸出していた会社は何社ありましたか？",
         category="vegan", doc=VEGAN_PDF, evidence=["漬物・惣菜 45 12 ３ 410"], answer=["12"],
         notes="(c) continuation page (no header there; headers over two lines on page 1): row 漬物・惣菜, column "
               "うち輸出企業（社） (the 輸出企業 definition: any food exported in 令和５年度); ３ (ＰＢ) and 45 are the traps"),
    dict(question="麺類のメーカーでは、輸出している会社のうち、プラントベース食品も輸出している会社は何％ですか？",
         category="vegan", doc=VEGAN_PDF, evidence=["麺類 36 15 ７ 1,960"], answer=["46.7%"], computed=True,
         notes="(c) share within a row: ＰＢ輸出企業 / 輸出企業 = 7 / 15 = 46.7 % (7 / 36 over all respondents is a "
               "wrong reading)"),
    dict(question="従業員20人以下の回答企業のうち、プラントベース食品を輸出している企業の割合はどのくらいですか？",
         category="vegan", doc=VEGAN_PDF, evidence=["従業員20人以下の企業214社のうち輸出企業は51社、ＰＢ輸出企業は17社"],
         answer=["7.9%"], computed=True,
         notes="prose of ２ (firm sizes, in no table): 17 / 214 = 7.9 % (17 / 51 = 33.3 % of the small exporters is "
               "another reading the question excludes by 回答企業のうち)"),
    dict(question="令和４年度より令和５年度のほうが、プラントベース食品を輸出した企業が減った輸出先はどこですか？",
         category="vegan", doc=VEGAN_PDF, evidence=["台湾 ９ 11 ２ 香港 ７ ５ ▲２", "タイ ３ ３ ０ 中国 ５ ２ ▲３"],
         answer=["香港", "中国"],
         notes="list of two: (d) the 増減（社） column prints decreases with ▲ (note ※２); the prose names only increases; "
               "タイ (０) is no decrease"),
    dict(question="2022年度に米国へプラントベース食品を輸出していた企業は何社でしたか？",
         category="vegan", doc=VEGAN_PDF, evidence=["米国 14 19 ５ カナダ"], answer=["14"],
         notes="(d) fiscal years as columns: 2022年度 = 令和４年度（社） (the report prints only 2024年 in Western form); "
               "19 (令和５年度) and ５ (増減) are the traps"),
    dict(question="従業員が50人ほどの輸出企業では、ヴィーガン認証の取得費用が高いことを課題に挙げた企業の割合はどのくらいですか？",
         category="vegan", doc=VEGAN_PDF, evidence=["ヴィーガン認証の取得費用が高い 38.0 35.3 39.7"], answer=["39.7"],
         notes="(e) unruled table, column 従業員21人以上 (50人 → 21人以上), unit only in the caption note （単位：％）; "
               "38.0 (全体) and 35.3 (20人以下) are the traps"),
    dict(question="みそやしょうゆの蔵元の事例では、どのような工夫をしていますか？",
         category="vegan", doc=VEGAN_PDF, evidence=["（１）みそ製造業Ｄ社", "だしを昆布と干ししいたけに切り替え"],
         answer=["昆布と干ししいたけ"],
         notes="sibling sections （１）–（３） of ４ share the labels 主な輸出先, 輸出している商品, 工夫している点; "
               "（１）みそ製造業Ｄ社 (蔵元 = 製造業); the siblings' 認証 and 試食会 are the near misses"),
    dict(question="この調査の次回の実施は、西暦でいうと何年度の予定ですか？",
         category="vegan", doc=VEGAN_PDF, evidence=["次回の調査は、令和９年度に行う"], answer=["2027年度"], computed=True,
         notes="numbered list ④ of ７: 令和９年度 → 2018 + 9 = 2027年度 (era → Western year; printed only as 令和)"),
    # --- shokai: the introduction-letter desk guide, tables (f) (g) (h), definitions, sibling sections, steps, Q&A
    dict(question="取引先の技術者を呼んで、工場を見てもらいながら製品の打合せをしたいという会社があります。紹介状はどのくらいで出ますか？",
         category="shokai", doc=SHOKAI_PDF,
         evidence=["（３）工場視察・技術打合せ用", "発行までの日数：申込みの受理から７営業日以内"], answer=["７営業日以内"],
         notes="sibling sections （１）–（３） of ２ share the labels 対象となる来訪, 追加で必要な書類, 発行までの日数; "
               "（３）工場視察・技術打合せ用; ５営業日 (商談用) and ３営業日 (展示会・見本市用) are the siblings' values"),
    dict(question="従業員15人の会社が、ベトナムの取引先から３人を商談のために招くそうです。紹介状を通常発行で頼むと、手数料は全部でいくらですか？",
         category="shokai", doc=SHOKAI_PDF,
         evidence=["来訪者１人について発行する紹介状１部", "通常発行の手数料を半額とします", "商談用 2,000 5,000 1,000"],
         answer=["3,000円"], computed=True,
         notes="three facts: 「１通」 is one letter per visitor (definition in １), so three letters; 15人 ≤ 20人 halves "
               "the 通常発行 fee (note ※２); (f) row 商談用, column 通常発行（円）: 2,000 / 2 × 3 = 3,000円"),
    dict(question="工場視察用の紹介状を急いでほしいと言われました。至急発行はお願いできますか？",
         category="shokai", doc=SHOKAI_PDF, evidence=["至急発行を受け付けません"], answer=["受け付けません"],
         notes="(f) the 「－」 cell of 工場視察・技術打合せ用 under 至急発行（円）, explained by note ※１ (no)"),
    dict(question="2025年度、展示会に来る海外のバイヤー向けの紹介状を至急で出してもらうと、１通いくらですか？",
         category="shokai", doc=SHOKAI_PDF, evidence=["展示会・見本市用 1,500 4,000 1,000"], answer=["4,000"],
         notes="(f) row 展示会・見本市用, column 至急発行（円）; 2025年度 = 令和７年度 (the guide prints no Western year); "
               "1,500 (通常発行) is the trap; the half fee of note ※２ does not apply to 至急発行"),
    dict(question="令和６年度の窓口の成果指標で、達成率が９割に届かなかったのはどの指標ですか？",
         category="shokai", doc=SHOKAI_PDF, evidence=["利用事業者数（者） 150 131 87.3"], answer=["利用事業者数"],
         notes="(g) KPI table with 目標 / 実績 / 達成率（％）: the only rate below 90 (87.3; 92.6, 118.3 and 94.2 are "
               "the others); which-row question"),
    dict(question="ベトナムから来る人向けに出した紹介状は、令和６年度に種類を問わず全部で何通でしたか？",
         category="shokai", doc=SHOKAI_PDF, evidence=["ベトナム 47 18 29 94"], answer=["94"],
         notes="(h) total column on the right: row ベトナム, column 計 (unit 通 only in the caption note); 47 (商談用) "
               "and 29 (工場視察・技術打合せ用) are the traps"),
    dict(question="2024年度に発行された紹介状のうち、中国からの来訪者向けは何％を占めていますか？",
         category="shokai", doc=SHOKAI_PDF, evidence=["中国 58 31 24 113", "合計 207 87 95 389"], answer=["29.0%"],
         computed=True,
         notes="(h) share in the total column: 113 / 389 = 29.0 % (2024年度 = 令和６年度)"),
    dict(question="紹介状の申込みは、取引先が来る予定の日のどのくらい前までに済ませればよいですか？",
         category="shokai", doc=SHOKAI_PDF, evidence=["申込書と必要書類の提出（来訪予定日の30日前まで）"], answer=["30日前"],
         notes="numbered procedure ② of ４; the 30日以内 of step ⑥ (the report after the visit) is the near miss"),
    dict(question="紹介状をもらってから、取引先がビザを申請するまで少し間が空きそうです。紹介状はいつまで使えますか？",
         category="shokai", doc=SHOKAI_PDF, evidence=["発行日から３か月以内に行う査証の申請"], answer=["３か月以内"],
         notes="Q&A: Ａ of Ｑ２ (ビザ = 査証)"),
    # --- followups
    dict(question="そのうち、実際に交付を受けたのは何％ですか？",
         category="followup", doc=REITOU_PDF, evidence=["24件の申請に対し17件に交付した"], answer=["70.8%"], computed=True,
         history=_turns("2024年度は、冷凍食品の輸出の補助金に何件の申請がありましたか？",
                        "2024年度（令和６年度）の申請は24件でした[1]。"),
         notes="the year from the history (2024年度 = 令和６年度); (b) row 令和６年度 (also in the prose of （参考２）): "
               "17 / 24 = 70.8 %"),
    dict(question="では、それを連携体で申請した場合の上限額はいくらですか？",
         category="followup", doc=REITOU_PDF, evidence=["専門家による指導 50 300 60 600"], answer=["600"],
         history=_turns("単独の事業者が専門家の指導を受ける場合、上限額はいくらですか？",
                        "単独事業者の場合、専門家による指導の上限額は300千円です[1]。"),
         notes="(a) the row from the history (専門家による指導), column 連携体／上限額（千円）; 60 (the 連携体 rate) "
               "and the 600万円 of 第６条 (a firm cap, another unit) are the traps"),
    dict(question="それに次いで多いのはどの業種ですか？",
         category="followup", doc=VEGAN_PDF, evidence=["菓子 58 21 ９ 2,340"], answer=["菓子"],
         history=_turns("プラントベース食品の輸出額が一番多かった業種はどこですか？",
                        "みそ・しょうゆ等調味料で、4,180万円でした[1]。"),
         notes="(c) second-largest in the column ＰＢ食品の輸出額（万円）: 菓子 2,340 (麺類 1,960 next); the rows are "
               "not sorted"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=SHOKAI_PDF, evidence=["電話：099-867-4500"], answer=["099-867-4500"],
         history=_turns("紹介状を申し込んだ会社から、発行の状況を確認したいと言われました。どこに問い合わせればよいですか？",
                        "申込みと発行の状況は、公益財団法人楊県国際ビジネス交流財団の紹介状発行窓口が受け付けています[1]。"),
         notes="contact box of the guide: the 財団's phone (second line); the 班's phone 099-867-4410 and fax "
               "099-867-4419 (first line) are the near misses"),
    dict(question="その国について、工場視察・技術打合せ用は何通でしたか？",
         category="followup", doc=SHOKAI_PDF, evidence=["インド 36 12 17 65"], answer=["17"],
         history=_turns("令和６年度、インドからの来訪者向けの商談用紹介状は何通でしたか？",
                        "インドからの来訪者向けの商談用は36通でした[1]。"),
         notes="(h) the row from the history (インド), column 工場視察・技術打合せ用 (a header over two lines); 12 "
               "(展示会・見本市用) and 65 (計) are the traps"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="2019年度には、冷凍食品の輸出の補助金は何件交付されましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the subsidy was created in 令和２年度（2020年度）; table (b) starts there, so no earlier year is given",
         absent=["令和元年度", "2019", "平成31年度"]),
    dict(question="冷凍食品の輸出の補助金は、事業が終わる前に概算払いで一部を先に受け取れますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline states only the payment after the 額の確定 (step ⑦); no rule on advance payment",
         absent=["概算払", "前払", "前金払"]),
    dict(question="プラントベース食品を韓国向けに輸出した企業は何社ありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="table (d) lists ten destinations without 韓国 and without an その他 row",
         absent=["韓国"]),
    dict(question="プラントベース食品の輸出企業のうち、ハラール認証も取得している企業は何社ですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the survey gives the firms with a vegan certification (19, prose), not halal",
         absent=["ハラール"]),
    dict(question="紹介状を付けてビザを申請したのに、不許可になった件数はどのくらいありますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide says the letter does not guarantee a visa (Ｑ１) but gives no refusals",
         absent=["不許可", "不交付", "拒否"]),
    dict(question="紹介状の申込みを途中で取り下げた場合、納めた手数料は返してもらえますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the fees and a reissue fee, no rule on refunds or withdrawals",
         absent=["返還", "返金", "還付", "取下げ", "取り下げ"]),
]
CATEGORY_COUNTS = {"reitou": 10, "vegan": 10, "shokai": 9, "followup": 5, "unanswerable": 6}
LISTS = 1  # questions whose notes start with "list" (several answer items)
SIBLING = 3  # non-followup questions on sibling sections (notes mention "sibling sections")
FOLLOWUP_CUES = ("その", "そこ", "それ")


def expected_questions() -> list[dict]:
    return numbered_questions(QUESTIONS, PREFIX_Q)


class GoldIndex:
    """Look up gold numbers by (table, row, column, fiscal year)."""

    def __init__(self, gold):
        self.cells = {(g["table"], g["row"], g["column"], g["fiscal_year"]): g for g in gold}

    def __call__(self, table, row, column, fy=None):
        return self.cells[(table, row, column, fy)]["number"]


A, B, C, D, E, F, G, H = (
    "補助対象経費、補助率及び上限額", "交付実績の推移",
    "業種別の回答企業と輸出の状況", "ＰＢ食品の輸出先（複数回答）", "ＰＢ食品の輸出を進める上での課題（複数回答）",
    "紹介状の種類別の手数料", "窓口の成果指標", "来訪者の国・地域別の発行数")
LETTERS = dict(zip((A, B, C, D, E, F, G, H), "abcdefgh"))
GOLD_COUNTS = {A: 18, B: 20, C: 40, D: 30, E: 18, F: 8, G: 12, H: 32}


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def qid_of(question: str) -> str:
    return f"{PREFIX_Q}{[q['question'] for q in QUESTIONS].index(question) + 1:02d}"


def _q(prefix: str) -> str:
    """The id of the question starting with `prefix`."""
    return qid_of(next(q["question"] for q in QUESTIONS if q["question"].startswith(prefix)))


COMPUTED = {  # question id -> the answer string, computed from gold cells (or, where a note says so, prose data)
    _q("令和２年度から令和６年度までの５年間"): lambda g: f"{sum(g(B, era(y), '交付額（千円）', y) for y, *_x in RECORD):,}千円",
    _q("麺類のメーカーでは"): lambda g: _pct(g(C, "麺類", "うちＰＢ輸出企業（社）", 2023), g(C, "麺類", "うち輸出企業（社）", 2023)),
    _q("従業員20人以下の回答企業"): lambda g: _pct(SIZES[0][3], SIZES[0][1]),
    _q("この調査の次回の実施"): lambda g: f"{NEXT_SURVEY}年度",
    _q("従業員15人の会社が"): lambda g: f"{g(F, '商談用', '通常発行（円）', 2025) // 2 * 3:,}円",
    _q("2024年度に発行された紹介状"): lambda g: _pct(g(H, "中国", "計", 2024), g(H, "合計", "計", 2024)),
    _q("そのうち、実際に交付を受けた"): lambda g: _pct(g(B, era(2024), "交付件数（件）", 2024), g(B, era(2024), "申請件数（件）", 2024)),
}


# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {REITOU_PDF: (2, 3), VEGAN_PDF: (2, 3), SHOKAI_PDF: (2, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (8, 40)  # after norm
TABLE_QUESTIONS = 12  # at least, outside the followups
DASH_CELLS = {  # spec key -> {(row label, column index)} printed 「－」, each explained by a note
    "rates": {("急速冷凍設備の導入", 3), ("急速冷凍設備の導入", 4)},
    "fees": {("工場視察・技術打合せ用", 2)},
}
TWO_LINE = {"record": (1, 2, 3, 4), "industries": (1, 2, 3, 4), "countries": (2, 3)}  # header cells over two lines
BEFORE_BREAK_ROWS = ("菓子", "みそ・しょうゆ等調味料")  # rows of (c) expected before the page break
CONTINUED_ROWS = ("漬物・惣菜", "水産・畜産加工品", "その他", "合計")  # and after it


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout82.py")
    return errors + check(questions, gold, pages)


def check(questions, gold, pages) -> list[str]:
    errors = check_page_counts(pages, PAGE_COUNTS)
    for fn, args in ((check_questions, (questions, gold, pages)), (check_gold, (gold, pages)),
                     (check_layouts, (gold, pages)), (check_prose, (pages,)), (check_fiction, (questions, pages))):
        try:
            errors += fn(*args)
        except Exception as e:  # a broken file must be reported, not crash the check
            errors.append(f"{fn.__name__} could not run: {e!r}")
    return errors


def table_of(q) -> set:
    """The tables a question's notes name, by title or by the README letter."""
    return {t for t, l in LETTERS.items() if t in q["notes"] or f"({l})" in q["notes"]}


def check_questions(questions, gold, pages) -> list[str]:
    errors = []
    doc_text = {n: norm("\n".join(p)) for n, p in pages.items()}
    absent = {q["question"]: q.get("absent", []) for q in QUESTIONS}
    if len(questions) != 40:
        errors.append(f"{len(questions)} questions, expected 40")
    ids = [q.get("id") for q in questions]
    if len(set(ids)) != len(ids):
        errors.append("question ids are not unique")
    for i, q in enumerate(questions, 1):
        qid = q.get("id")
        if qid != f"{PREFIX_Q}{i:02d}":
            errors.append(f"question {i}: id {qid!r}, expected {PREFIX_Q}{i:02d}")
        keys = set(q) - {"computed", "history"}
        if keys != QUESTION_KEYS:
            errors.append(f"{qid}: fields {sorted(keys)}")
            continue
        if not q["notes"] or "\n" in q["notes"]:
            errors.append(f"{qid}: notes must be one line")
        history = q.get("history")
        if q["category"] == "followup" and not history:
            errors.append(f"{qid}: a followup without a history")
        if history and q["category"] != "followup":
            errors.append(f"{qid}: only followups may have a history")
        if history:
            roles = [t["role"] for t in history]
            if roles != ["user", "assistant"]:
                errors.append(f"{qid}: history must be one user turn and one assistant turn")
            for t in history:
                if t["role"] == "assistant" and "[1]" not in t["content"]:
                    errors.append(f"{qid}: an assistant turn lacks its [1] citation marker")
            if not any(c in q["question"] for c in FOLLOWUP_CUES):
                errors.append(f"{qid}: follow-up without a word that needs the history")
        if not 1 <= len(q["evidence"]) <= 3 and q["doc"] is not None:
            errors.append(f"{qid}: 1-3 evidence strings expected")
        for s in q["evidence"]:
            if any(ch in s for ch in "～―"):
                errors.append(f"{qid}: evidence contains ～ or ―: {s}")
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
                bare = re.sub(r"(%|千円|万円|円|件|人|年度)$", "", nfkc(a))
                if re.search(r"(?<![\d.,])" + re.escape(bare) + r"(?![\d]|[.,]\d)", doc_text[q["doc"]]):
                    errors.append(f"{qid}: the computed number {bare} is printed in its document")
        if q["notes"].startswith("list") != (len(q["answer"]) > 1):
            errors.append(f"{qid}: only list questions have several answer items")
        for t in table_of(q):
            if next(g["doc"] for g in gold if g["table"] == t) != q["doc"]:
                errors.append(f"{qid}: its notes name table {t} of another document")
    errors += check_question_mix(questions, CATEGORY_COUNTS, western_share=(0.35, 0.65))
    n_unans = sum(q["category"] == "unanswerable" for q in questions)
    if n_unans != 6 or sum(q["doc"] is None for q in questions) != 6:
        errors.append(f"{n_unans} unanswerable questions, expected 6 (with doc null)")
    n_follow = sum(bool(q.get("history")) for q in questions)
    if not 5 <= n_follow <= 6:
        errors.append(f"{n_follow} follow-ups, expected 5-6")
    lists = sum(q["notes"].startswith("list") for q in questions)
    if lists != LISTS:
        errors.append(f"{lists} list questions, expected {LISTS}")
    sibling = sum("sibling" in q["notes"] and q["category"] not in ("followup", "unanswerable") for q in questions)
    if sibling != SIBLING:
        errors.append(f"{sibling} sibling-section questions, expected {SIBLING}")
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
    if sum("second" in q["notes"] for q in questions if q["doc"]) < 1:
        errors.append("no second-largest question")
    if sum("era → Western" in q["notes"] for q in questions if q.get("computed")) < 1:
        errors.append("no era → Western year computed question")
    n_computed = sum(bool(q.get("computed")) for q in questions)
    if not 6 <= n_computed <= 12:
        errors.append(f"{n_computed} computed questions, expected 6-12")
    errors += check_computed(questions, COMPUTED, GoldIndex(gold))
    return errors


def check_gold(gold, pages) -> list[str]:
    errors = []
    specs = {s.title: s for s in all_specs()}
    doc_text = {n: norm("\n".join(p)) for n, p in pages.items()}

    def page_text(doc, page):
        return norm(pages[doc][page - 1])

    any_page = defaultdict(lambda: {0})
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout82.py")
    counts = defaultdict(int)
    for g in gold:
        counts[g["table"]] += 1
    if dict(counts) != GOLD_COUNTS:
        errors.append(f"gold cells per table {dict(counts)}, expected {GOLD_COUNTS}")
    table_pages = defaultdict(set)
    for g in gold:
        table_pages[g["table"]].add(g["page"])
    for i, g in enumerate(gold, 1):
        if list(g) != GOLD_KEYS:
            errors.append(f"gold {i}: fields {list(g)}")
            continue
        if g["id"] != f"{PREFIX_T}{i:03d}":
            errors.append(f"gold {i}: id {g['id']!r}")
        if g["value"] == DASH or norm(g["value"]) == norm(DASH):
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
        for p in ({min(table_pages[g["table"]])} if not spec.repeat_header else table_pages[g["table"]]):
            for part in g["column"].split(GROUP_SEP):
                if norm(part) not in page_text(g["doc"], p):
                    errors.append(f"{g['id']}: column {part!r} not on page {p} of {g['doc']}")
        if norm(g["table"]) not in doc_text[g["doc"]]:
            errors.append(f"{g['id']}: table title not in text")
    keys = [(g["table"], g["row"], g["column"], g["fiscal_year"]) for g in gold]
    if len(set(keys)) != len(keys):
        errors.append("the key (table, row, column, fiscal_year) is not unique")
    by_row = defaultdict(list)
    for g in gold:
        by_row[(g["table"], g["row"])].append(g)
    for title, spec in specs.items():
        for i in range(len(spec.rows)):
            cells = by_row.get((title, spec.row_label(i)))
            if not cells:
                errors.append(f"{title} / {spec.row_label(i)}: no gold cell")
                continue
            g = cells[0]
            # each printed row, cell after cell (the 「－」 cells included), on its page: every gold
            # value is printed in its table's row
            printed = norm("".join(spec.printed_row(i)))
            if printed not in page_text(g["doc"], g["page"]):
                errors.append(f"row sequence of {title} / {spec.row_label(i)} not on page {g['page']}")
            row_cells = [norm(x) for x in spec.rows[i]]
            for c in cells:
                if norm(c["value"]) not in row_cells:
                    errors.append(f"{c['id']}: {c['value']!r} is not printed in the row {c['row']}")
    errors += check_totals(gold)
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

    # (a): groups get at least the single firm's rate; caps within the firm caps of 第６条 (万円 -> 千円)
    for row, r in t[A].items():
        solo_rate, solo_cap = r["単独事業者／補助率（％）"], r["単独事業者／上限額（千円）"]
        if solo_cap > FIRM_CAP_SOLO * 10:
            errors.append(f"{A} / {row}: a cap above the single-firm cap of 第６条")
        if "連携体／補助率（％）" in r:
            if r["連携体／補助率（％）"] < solo_rate or r["連携体／上限額（千円）"] < solo_cap \
                    or r["連携体／上限額（千円）"] > FIRM_CAP_GROUP * 10:
                errors.append(f"{A} / {row}: the 連携体 columns are out of range")
        if row in SMALL_RATE_ITEMS and Decimal(2) / 3 * 100 <= solo_rate:
            errors.append(f"{A} / {row}: the small-firm rate of 第６条第２項 should be above the table's rate")
    # the cases of （参考３） fit the caps of their cost items and their firm cap
    rates = {r[0]: r for r in RATES}
    for head, _w, _what, amount, items_, group in REITOU_CASES:
        caps = sum(rates[x][4 if group else 2] or 0 for x in items_)
        if int(amount.replace(",", "").rstrip("千円")) > min(caps, (FIRM_CAP_GROUP if group else FIRM_CAP_SOLO) * 10) \
                or (group and any(rates[x][4] is None for x in items_)):
            errors.append(f"guideline: case {head} exceeds its caps or uses a cost not covered")
    # (b): growing applications; grants within applications; grants within the firm caps; freezers within grants
    b = t[B]
    apps = [r["申請件数（件）"] for r in b.values()]
    if apps != sorted(set(apps)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for row, r in b.items():
        if not r["急速冷凍設備の導入台数（台）"] <= r["交付件数（件）"] <= r["申請件数（件）"] \
                or r["交付額（千円）"] > r["交付件数（件）"] * FIRM_CAP_GROUP * 10:
            errors.append(f"{B} / {row}: counts or grants out of range")
    # (c): 合計 adds up; subsets within their sets; the totals equal the firm sizes of the prose
    c = t[C]
    adds_up(C, ("回答企業数（社）", "うち輸出企業（社）", "うちＰＢ輸出企業（社）", "ＰＢ食品の輸出額（万円）"))
    for row, r in c.items():
        if not r["うちＰＢ輸出企業（社）"] <= r["うち輸出企業（社）"] <= r["回答企業数（社）"]:
            errors.append(f"{C} / {row}: subsets above their sets")
    for j, col in ((1, "回答企業数（社）"), (2, "うち輸出企業（社）"), (3, "うちＰＢ輸出企業（社）")):
        if c["合計"][col] != sum(s[j] for s in SIZES):
            errors.append(f"{C}: 合計 of {col} differs from the firm sizes of the prose")
    if sorted(INDUSTRIES, key=lambda r: -r[4])[0][0] != "みそ・しょうゆ等調味料" \
            or sorted(INDUSTRIES, key=lambda r: -r[3])[0][0] != "みそ・しょうゆ等調味料" \
            or sorted(INDUSTRIES, key=lambda r: -r[4])[1][0] != "菓子":
        errors.append(f"{C}: みそ・しょうゆ等調味料 should lead both columns and 菓子 be second in 輸出額")
    if [r[0] for r in INDUSTRIES].index("菓子") == 1:
        errors.append(f"{C}: the second-largest row should not be printed second")
    # (d): 増減 is the difference; ▲ exactly on the negative ones; no count above the ＰＢ輸出企業
    y0, y1 = (f"{era(y)}（社）" for y in DEST_YEARS)
    for row, r in t[D].items():
        if r["増減（社）"] != r[y1] - r[y0]:
            errors.append(f"{D} / {row}: 増減 is not the difference")
        if max(r[y0], r[y1]) > c["合計"]["うちＰＢ輸出企業（社）"]:
            errors.append(f"{D} / {row}: more firms than the ＰＢ輸出企業")
    for g in gold:
        if g["table"] == D and g["column"] == "増減（社）" and (g["value"].startswith("▲") != (g["number"] < 0)):
            errors.append(f"{g['id']}: ▲ should mark exactly the decreases")
    if not any(g["number"] < 0 for g in gold if g["table"] == D):
        errors.append(f"{D}: expected at least one ▲ decrease")
    # (e): the per cents come from the counts; the ｎ from (c) and the firm sizes
    n_all, n_s, n_l = c["合計"]["うち輸出企業（社）"], SIZES[0][2], SIZES[1][2]
    if n_s + n_l != n_all:
        errors.append(f"{E}: the ｎ differ from {C}")
    for name, a, bb in ISSUES:
        r = t[E][name]
        want = (pct1(a + bb, n_all), pct1(a, n_s), pct1(bb, n_l))
        if tuple(Decimal(str(r[k])) for k in ("全体", "従業員20人以下", "従業員21人以上")) != want:
            errors.append(f"{E} / {name}: per cents differ from the counts")
    # (f): 至急 above 通常; the same 英文の写し fee for every kind
    for row, r in t[F].items():
        if "至急発行（円）" in r and r["至急発行（円）"] <= r["通常発行（円）"]:
            errors.append(f"{F} / {row}: 至急発行 should cost more than 通常発行")
    # (g): 達成率 = 実績 / 目標, one decimal, half up; the letters issued equal (h)'s total
    for row, r in t[G].items():
        if Decimal(str(r["達成率（％）"])) != pct1(r["実績"], r["目標"]):
            errors.append(f"{G} / {row}: 達成率 is not 実績 / 目標")
    h = t[H]
    if t[G]["紹介状の発行数（通）"]["実績"] != h["合計"]["計"]:
        errors.append(f"{G}: 発行数 differs from {H}")
    if [row for row, r in t[G].items() if r["達成率（％）"] < 90] != ["利用事業者数（者）"]:
        errors.append(f"{G}: exactly 利用事業者数 should be below 90 %")
    # (h): 合計 adds up; every 計 is its row's sum
    kinds = ("商談用", "展示会・見本市用", "工場視察・技術打合せ用")
    adds_up(H, kinds + ("計",))
    for row, r in h.items():
        if r["計"] != sum(r[k] for k in kinds):
            errors.append(f"{H} / {row}: 計 is not the sum of the kinds")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    by_title = {s.title: s for s in specs.values()}
    # the page-break table (c): two pages, header on the first only, rows on both sides
    ind = specs["industries"]
    bp = sorted({g["page"] for g in gold if g["table"] == C})
    if len(bp) != 2 or bp[1] != bp[0] + 1:
        errors.append(f"{C} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(ind.header[0]))
        on = [i + 1 for i, p in enumerate(pages[VEGAN_PDF]) if header in norm(p)]
        if ind.repeat_header or on != bp[:1]:
            errors.append(f"{C}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == C and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == C and g["page"] == bp[1]}
        if not 2 <= len(first) <= 8 or not 2 <= len(cont):
            errors.append(f"{C}: {len(first)} rows before the page break and {len(cont)} after")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{C}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        # the continuation page starts with a data row right after the running header
        lines = [x.strip() for x in pages[VEGAN_PDF][bp[1] - 1].splitlines() if x.strip()]
        first_cont = next(label(r[0]) for r in ind.rows if label(r[0]) in cont)
        if lines[4:5] != [first_cont]:
            errors.append(f"{C}: the continuation page should start with the row {first_cont}, got {lines[4:6]}")
    for key, spec in specs.items():
        if key == "industries":
            continue
        tp = {g["page"] for g in gold if g["table"] == spec.title}
        if len(tp) != 1:
            errors.append(f"{spec.title} is on pages {sorted(tp)}, expected one page")
    if specs["issues"].ruled or not all(s.ruled for k, s in specs.items() if k != "issues"):
        errors.append(f"only {E} must be drawn without ruling lines")
    # the 「－」 cells: exactly where planned, printed in their rows, never gold
    for key, spec in specs.items():
        got = {(label(r[spec.label_col]), c) for r in spec.rows for c, v in enumerate(r) if v == DASH}
        if got != DASH_CELLS.get(key, set()):
            errors.append(f"{spec.title}: 「－」 cells at {sorted(got)}, expected {sorted(DASH_CELLS.get(key, set()))}")
        for rl, c in got:
            col = spec.column_label(c)
            if any(g["table"] == spec.title and g["row"] == rl and g["column"] == col for g in gold):
                errors.append(f"{spec.title} / {rl} / {col}: a 「－」 cell is in the gold")
    n_dash = sum(len(v) for v in DASH_CELLS.values())
    doc_dashes = sum(norm("".join(s.printed_row(i))).count(norm(DASH)) for s in specs.values() for i in range(len(s.rows)))
    if doc_dashes != n_dash:
        errors.append(f"{doc_dashes} 「－」 cells printed in the tables, expected {n_dash}")
    # two-line header cells: printed over two lines, one line after the other on the table's page
    for key, cols in TWO_LINE.items():
        spec = specs[key]
        page = min(g["page"] for g in gold if g["table"] == spec.title)
        lines = [x.strip() for x in pages[spec.doc][page - 1].splitlines()]
        for c, h in enumerate(spec.header[-1]):
            parts = h.split("\n")
            if (c in cols) != (len(parts) == 2):
                errors.append(f"{spec.title}: header {h!r} should {'' if c in cols else 'not '}be on two lines")
            if len(parts) == 2 and not any(lines[k:k + 2] == parts for k in range(len(lines) - 1)):
                errors.append(f"{spec.title}: header {h!r} is not printed over two lines")
    if any("\n" in h for k, s in specs.items() if k not in TWO_LINE for hrow in s.header for h in hrow):
        errors.append("a header outside TWO_LINE is printed over two lines")
    # (a): two header rows, three spans, group／leaf columns, units from the leaves
    cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == A))
    want = ["単独事業者／補助率（％）", "単独事業者／上限額（千円）", "連携体／補助率（％）", "連携体／上限額（千円）"]
    if len(specs["rates"].header) != 2 or len(specs["rates"].spans) != 3 or cols != want:
        errors.append(f"{A}: expected a two-row header with columns {want}, got {cols}")
    if {g["unit"] for g in gold if g["table"] == A} != {"%", "千円"}:
        errors.append(f"{A}: units should come from the leaves")
    # (b): years as rows
    if [g["fiscal_year"] for g in gold if g["table"] == B][::4] != [y for y, *_x in RECORD] \
            or [g["row"] for g in gold if g["table"] == B][::4] != [era(y) for y, *_x in RECORD]:
        errors.append(f"{B}: expected the era years as rows")
    # (d): two fiscal years as columns, a 増減 column with a range
    dg = [g for g in gold if g["table"] == D]
    if any(g["fiscal_year_range"] != list(DEST_YEARS) for g in dg if g["column"] == "増減（社）") \
            or any(g["fiscal_year"] != fiscal_year(g["column"]) for g in dg if g["column"] != "増減（社）"):
        errors.append(f"{D}: expected the years as columns and a 増減 column covering them")
    if any(g["fiscal_year_range"] is not None for g in gold if g["table"] != D or g["column"] != "増減（社）"):
        errors.append("only the 増減 column of (d) may have a fiscal_year_range")
    # (e) and (h): the unit only in the caption note
    if {g["unit"] for g in gold if g["table"] == E} != {"%"} or {g["unit"] for g in gold if g["table"] == H} != {"通"}:
        errors.append(f"{E} / {H}: expected the units of the caption notes")
    # (g): KPI columns, each row's unit from its label's bracket
    gg = [g for g in gold if g["table"] == G]
    if list(dict.fromkeys(g["column"] for g in gg)) != ["目標", "実績", "達成率（％）"] \
            or {g["row"]: g["unit"] for g in gg if g["column"] == "目標"} != {n: bracket_unit(n) for n, *_x in KPIS} \
            or len({g["unit"] for g in gg if g["column"] == "目標"}) != 3:
        errors.append(f"{G}: expected 目標 / 実績 / 達成率 with the units from the row labels")
    # (h): a total column on the right
    if list(dict.fromkeys(g["column"] for g in gold if g["table"] == H))[-1] != "計":
        errors.append(f"{H}: expected 計 as the last column")
    for title in (A, B, C, D, E, F, G, H):
        if title not in by_title:
            errors.append(f"table {title} has no spec")
    return errors


def check_prose(pages) -> list[str]:
    """Sibling sections print the same labels; figures stated in prose agree with the data."""
    errors = []

    def siblings(text, doc, labels, heads):
        for lab in labels:
            if text.count(norm(lab)) != len(heads):
                errors.append(f"{doc}: label {lab} printed {text.count(norm(lab))} times, expected {len(heads)}")
        page_texts = [norm(p) for p in pages[doc]]
        for i, head in enumerate(heads, 1):
            if norm(f"（{fw(i)}）{head}") not in text:
                errors.append(f"{doc} lacks the heading of sibling section {i}")
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
        got = re.findall(r"\d{3}-\d{3}-\d{4}", text)
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
            if not re.search(re.escape(norm(f"「{d}」")) + r"(\(以下「[^」]+」といいます。\))?とは", text):
                errors.append(f"{what}: the definition of {d} is missing")

    def bullets_in(doc, n, what):
        raw = [norm(x) for x in "\n".join(pages[doc]).splitlines()]
        titles = [norm(s.title) for s in all_specs()]
        got = sum(x.startswith("○") and not any(t in x for t in titles) for x in raw)
        if got != n:
            errors.append(f"{what}: expected {n} bulleted items, got {got}")

    def western(text, want, what):
        if re.findall(r"20\d\d年", text) != want:
            errors.append(f"{what}: the Western years printed are {re.findall(r'20[0-9][0-9]年', text)}, expected {want}")

    # ---- the guideline
    rt = norm("\n".join(pages[REITOU_PDF]))
    siblings(rt, REITOU_PDF, ("輸出先：", "実施した内容：", "補助金の額："), [c[0] for c in REITOU_CASES])
    for k in range(1, 10):
        if norm(f"第{fw(k)}条") not in rt:
            errors.append(f"guideline: article 第{fw(k)}条 is missing")
    if norm("第１０条") in rt or "附則" not in rt or norm("別表（第５条関係）") not in rt:
        errors.append("guideline: expected articles 第１条–第９条, 附則 and 別表")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請に対し{last[2]}件に交付した") not in rt:
        errors.append("guideline: the 令和６年度 figures in the prose differ from (b)")
    if norm(f"１事業者当たり{FIRM_CAP_SOLO}万円") not in rt or norm(f"１連携体当たり{FIRM_CAP_GROUP}万円") not in rt:
        errors.append("guideline: the firm caps of 第６条 are missing")
    western(rt, ["2020年"], "guideline")
    defs(rt, ("冷凍食品", "急速冷凍設備", "品質試験", "連携体", "小規模企業者"), "guideline")
    raw = [norm(x) for x in "\n".join(pages[REITOU_PDF]).splitlines()]
    if [x[:3] for x in raw if re.match(r"\(\d\)", x) and any(norm(e) in x for e in REITOU_EXCLUDED)] \
            != [f"({i})" for i in range(1, len(REITOU_EXCLUDED) + 1)]:
        errors.append("guideline: expected the items (1)-(5) of 第７条")
    for x in REITOU_EXCLUDED:
        if norm(x) not in rt:
            errors.append(f"guideline: the cost not covered {x} is missing")
    steps_of(REITOU_PDF, "①②③④⑤⑥⑦", "guideline")
    contacts(REITOU_PDF, ["099-861-2730", "099-861-2739", "099-861-2800"], ["yo-reitou@example.jp"], "guideline")

    # ---- the survey
    vt = norm("\n".join(pages[VEGAN_PDF]))
    siblings(vt, VEGAN_PDF, ("主な輸出先：", "輸出している商品：", "工夫している点："), [c[0] for c in VEGAN_CASES])
    total, n, pb = respondents(), exporters(), pb_exporters()
    if norm(f"{total}社（回答率{pct1(total, TARGET)}％）") not in vt \
            or norm(f"輸出企業は{n}社、ＰＢ輸出企業は{pb}社で、輸出企業の{pct1(pb, n)}％") not in vt \
            or norm(f"回答企業の合計で{sum(r[4] for r in INDUSTRIES):,}万円") not in vt:
        errors.append("survey: the response and export figures in the prose differ from (c)")
    (s_name, s_n, s_e, s_p), (l_name, l_n, l_e, l_p) = SIZES
    if norm(f"{s_name}の企業{s_n}社のうち輸出企業は{s_e}社、ＰＢ輸出企業は{s_p}社") not in vt \
            or norm(f"{l_name}の企業{l_n}社のうち輸出企業は{l_e}社、ＰＢ輸出企業は{l_p}社") not in vt:
        errors.append("survey: the firm sizes in the prose differ from the data")
    if norm(f"{CERTIFIED}社（{pct1(CERTIFIED, pb)}％）") not in vt or not 0.6 <= RECENT / pb < 0.7 \
            or CERTIFIED + PREPARING > pb:
        errors.append("survey: the certification and start figures of the prose do not hold")
    ranked = [d for d, _a, _b in sorted(DESTINATIONS, key=lambda r: -r[2])]
    west = ("米国", "カナダ", "英国", "ＥＵ", "オーストラリア")
    if ranked[:2] != ["米国", "ＥＵ"] or any(b <= a for d, a, b in DESTINATIONS if d in west):
        errors.append("survey: 「米国が最も多く、ＥＵが続いた」 or the increases in the West do not hold")
    e_top = max(ISSUES, key=lambda r: r[1] + r[2])[0]
    small_more = [x for x, a, b in ISSUES if pct1(a, s_e) > pct1(b, l_e)]
    if e_top != "輸出先の表示・認証の制度が分からない" or small_more != [
            "輸出先の表示・認証の制度が分からない", "動物性原材料との混在防止が難しい", "輸出を担う人材が不足している"]:
        errors.append(f"survey: the tops of (e) in the prose do not hold ({small_more})")
    western(vt, ["2024年"], "survey")
    defs(vt, ("プラントベース食品", "ヴィーガン対応食品", "輸出企業"), "survey")
    bullets_in(VEGAN_PDF, 3, "survey")
    steps_of(VEGAN_PDF, "①②③④", "survey")
    contacts(VEGAN_PDF, ["099-864-1520", "099-864-1529", "099-864-1600"], ["yo-kokusai@example.jp"], "survey")

    # ---- the guide
    st = norm("\n".join(pages[SHOKAI_PDF]))
    siblings(st, SHOKAI_PDF, ("対象となる来訪：", "追加で必要な書類：", "発行までの日数："), [k[0] for k in KINDS])
    if [k[0] for k in KINDS] != [f[0] for f in FEES] or [k[0] for k in KINDS] != \
            ["商談用", "展示会・見本市用", "工場視察・技術打合せ用"]:
        errors.append("guide: the sibling sections should be the rows of (f) and the columns of (h)")
    tot = letters_total()
    by_kind = [sum(r[j] for r in COUNTRIES) for j in (1, 2, 3)]
    if norm(f"発行数は{tot}通で、前年度の{PREV_LETTERS}通から{tot - PREV_LETTERS}通増えました") not in st \
            or max(COUNTRIES, key=lambda r: sum(r[1:]))[0] != "中国" or not by_kind[0] * 2 > tot:
        errors.append("guide: the use figures in the prose differ from (h)")
    western(st, [], "guide")
    defs(st, ("事業者紹介状", "招へい者", "来訪者", "１通", "営業日"), "guide")
    bullets_in(SHOKAI_PDF, 4, "guide")
    steps_of(SHOKAI_PDF, "①②③④⑤⑥", "guide")
    rawg = "\n".join(pages[SHOKAI_PDF]).splitlines()
    if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in rawg) != 3 or sum(bool(re.match(r"\s*Ａ\s", x)) for x in rawg) != 3:
        errors.append("guide: expected three Ｑ lines and three Ａ lines")
    contacts(SHOKAI_PDF, ["099-867-4410", "099-867-4419", "099-867-4500"], ["yo-shokaijo@example.jp"], "guide")
    return errors


def check_fiction(questions, pages) -> list[str]:
    """Every phone number 099-86x-xxxx, every mail address @example.jp, the prefecture 楊県 only."""
    errors = []
    texts = {n: "\n".join(p) for n, p in pages.items()}
    texts["questions.jsonl"] = "\n".join(str(q) for q in questions)
    for name, raw in texts.items():
        text = norm(raw)
        for ph in re.findall(r"\d{2,5}-\d{2,5}-\d{3,5}", text):
            if not re.fullmatch(PHONE_RE, ph):
                errors.append(f"{name}: phone number {ph} is not 099-86x-xxxx")
        for mail in re.findall(r"[A-Za-z0-9._-]+@[A-Za-z0-9.-]+", text):
            if not mail.endswith(MAIL_DOMAIN):
                errors.append(f"{name}: mail address {mail} outside {MAIL_DOMAIN}")
        for bad in FORBIDDEN_PREFS:
            if bad in raw or bad in text:
                errors.append(f"{name}: names {bad}")
        other = set(re.findall(r"([\u4e00-\u9fff々])県", text)) - {"楊"}
        if name != "questions.jsonl" and other:
            errors.append(f"{name}: names another prefecture {sorted(other)}")
    for name, p in pages.items():
        if PREF not in p[0]:
            errors.append(f"{name}: the first page should name {PREF}")
    return errors


def main(out: Path) -> int:
    gold, pages = build(out)
    write_jsonl(out / "questions.jsonl", expected_questions())
    errors = check_files(out)
    report(expected_questions(), gold, pages, {n: (out / DOCS_DIR / n).stat().st_size for n in pages})
    return docgen.exit_status(errors)


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent))
