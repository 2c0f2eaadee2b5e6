"""Build the 柾県 held-out set 78: three new PDFs, their extracted text, gold table cells,
questions, and a consistency check.

Everything here is fictional (柾県 and every town, scheme, organisation, phone number, address
and figure). The documents are in three genres the earlier sets do not use: a grant guideline
(交付要綱) for a subsidy towards small firms' Japanese-food cooking demonstrations abroad
(海外日本食調理実演支援補助金) with a two-level header of rates by firm size and caps by kind of
demonstration (a 「－」 cell), a yearly record (years as rows, header cells printed over two lines,
「－」 for the years before the small-firm rate) and a KPI table (目標 / 実績 / 達成率 and a mark
column ◎ ○ △); the user guide (利用案内) of a prefectural service lending booth equipment to
firms exhibiting at international trade fairs (展示会ブース備品貸出事業) with the equipment and its
fees (a table continued over a page break without its header, 「－」 deposit cells), the lendings
by region of the fair in two fiscal years with a 増減 column printing decreases with ▲ and an
unruled table of a users' survey; and the user guide (利用案内) of a prefectural photo studio for
export product images (輸出商品撮影スタジオ) with the fees under a two-level header (weekdays /
weekends over the two kinds of user), the bookings by studio and product field with a total
column on the right, and the cancellation fees; see README.md beside this file.

    python make_heldout78.py [OUTPUT_DIR]          # default: this file's directory

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

JITSUEN_PDF = "masaki_nihonshoku_chori_jitsuen_hojokin_kofu_yoko_r7.pdf"
BOOTH_PDF = "masaki_booth_bihin_kashidashi_riyo_annai_r7.pdf"
STUDIO_PDF = "masaki_yushutsu_shohin_satsuei_studio_riyo_annai_r7.pdf"
ALL_PDFS = (JITSUEN_PDF, BOOTH_PDF, STUDIO_PDF)

UNITS = ("千円", "万円", "円", "件", "回", "人", "社", "点", "%")
GROUP_SEP = "／"  # joins the levels of a two-level header
INDENT = "　"  # the full-width space that starts a body paragraph
DASH = "－"  # an empty cell (no figure; explained in a note); no gold cell
MINUS = "▲"  # a decrease in a 増減 column
PHONE_PREFIX = "099-82"  # every phone number of the set: 099-82x-xxxx
MAIL_DOMAIN = "@example.jp"
OTHER_PREFS = ("檀県",)  # the other helper's prefecture of this session


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
    """(number, unit) as printed after NFKC, ▲ read as a minus; (None, None) for text and 「－」."""
    v = nfkc(value).strip()
    neg = v.startswith(MINUS)
    if neg:
        v = v[1:]
    number, unit = docgen.parse_number(v, UNITS)
    if number is None:
        return None, None
    return (-number if neg else number), unit


def label(s: str) -> str:
    """A row or column label as recorded: line breaks dropped."""
    return s.replace("\n", "").strip(INDENT)


def bracket_unit(text: str) -> str | None:
    """The unit in brackets at the end of a label (申請件数（件） -> 件), NFKC."""
    m = re.search(r"（([^（）]+)）$", label(text))
    return nfkc(m.group(1)) if m else None


def half_up(x: Decimal, q: str) -> Decimal:
    return x.quantize(Decimal(q), ROUND_HALF_UP)


def pct1(k: int, n: int) -> Decimal:
    """k / n in per cent with one decimal, rounded half up."""
    return half_up(Decimal(k * 100) / Decimal(n), "0.1")


def cell(x) -> str:
    """A table cell: None as 「－」, an int as docgen prints it (single digits full-width), a Decimal
    with one decimal."""
    if x is None:
        return DASH
    if isinstance(x, Decimal):
        return f"{x:.1f}"
    return fw(x)


def signed(n: int) -> str:
    """A 増減 cell: a decrease with ▲, an increase without a sign."""
    return f"{MINUS}{fw(-n)}" if n < 0 else fw(n)


def era(fy: int) -> str:
    return f"令和{fw(fy - 2018)}年度"


class TableSpec(docgen.TableSpec):
    """docgen's table spec, with a two-level header read as group／leaf, optional columns that
    cover a range of fiscal years (a total column) and optional columns that are no gold cells
    (a mark column)."""

    col_range: dict | None = None  # {col: [first, last]} for columns summing several fiscal years
    skip_cols: tuple = ()  # printed columns that are no gold cells (the 評価 marks)

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
            if c in spec.skip_cols or value == DASH:
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


def articles(text: str):
    """Articles and their paragraphs (第１条　…, ２　…), hanging by one character."""
    return [P(t.strip(), hanging(0, 1)) for t in text.strip().split("\n") if t.strip()]


def numbered(items, level: int):
    return [P(t, hanging(level, 2)) for t in items]


def bullets(items, level: int):
    return [P(f"○ {t}", hanging(level, 1)) for t in items]


def notes(items):
    return [P(t, docgen.NOTE) for t in items]


def lv_lines(pairs, level: int):
    return [P(f"{k}：{v}", hanging(level, 1)) for k, v in pairs]


PREF = "柾県"
SIBLING_ROOM = 30 * mm  # a sibling section (heading and three lines) is never split by a page break

# ================================================================ document 1: cooking-demonstration subsidy, grant guideline
JITSUEN = f"{PREF}海外日本食調理実演支援補助金"
JITSUEN_DEPT = f"{PREF} 農林水産部 県産品輸出課"
SHINKOKAI = f"公益財団法人{PREF}食品産業振興会"
SMALL_FROM = 2022  # the 小規模企業者 rate exists from 令和４年度
RATES = [  # 補助対象経費; 補助率（％）: 中小企業者, 小規模企業者; 上限額（千円）: 単独実演, 見本市併催実演 (None = 「－」)
    ("調理人の渡航・滞在費", 50, 60, 400, 300), ("会場・厨房の借上費", 50, 60, 500, None),
    ("食材・調味料の輸送費", 50, 70, 300, 250), ("調理器具・食器の借上費", 50, 60, 150, 100),
    ("通訳・司会の謝金", 50, 60, 200, 150), ("告知・販促物の制作費", 40, 50, 150, 120),
]
FIRM_CAP = {"単独実演": 150, "見本市併催実演": 100}  # 万円 per firm and year (第４条 ２; the table is in 千円)
RECORD = [  # 年度, 申請件数, 交付件数, うち小規模企業者 (None before 令和４年度), 実演回数（回）, 交付額（千円）
    (2020, 9, 6, None, 7, 4120), (2021, 11, 8, None, 9, 5836), (2022, 16, 12, 4, 15, 9270),
    (2023, 21, 14, 6, 19, 11452), (2024, 26, 17, 8, 24, 13905),
]
KPI = [  # 指標（単位）, 目標, 実績 (令和６年度); the 実演 row equals (b)'s 実演回数 of 令和６年度
    ("調理実演の回数（回）", 20, 24), ("来場者数（人）", 3000, 2745), ("商談件数（件）", 400, 452),
    ("成約件数（件）", 60, 41), ("新たな取引先の数（社）", 30, 26),
]
MARKS = ((Decimal(100), "◎"), (Decimal(80), "○"), (Decimal(0), "△"))  # 達成率 ≥ threshold -> mark


def mark(rate: Decimal) -> str:
    return next(m for t, m in MARKS if rate >= t)


JITSUEN_CASES = [  # 見出し, 実演の場所, 実演の内容, 補助金の額 (same labels in every sibling section); kind, cost items
    ("水産加工業Ａ社（磯辺市）", "シンガポール（食品見本市の会期中、見本市併催実演）",
     "県産ぶりの照り焼きと刺身の調理実演", "48万円", "見本市併催実演",
     ("調理人の渡航・滞在費", "食材・調味料の輸送費")),
    ("みそ製造業Ｂ社（柾市）", "米国・ロサンゼルスの料理学校（単独実演）",
     "みそ汁とみそ漬けの調理実演と試食", "104万円", "単独実演",
     ("調理人の渡航・滞在費", "会場・厨房の借上費", "通訳・司会の謝金")),
    ("製茶業Ｃ社（奥野町）", "台湾・台北の百貨店の催事場（単独実演）",
     "県産抹茶を使った和菓子づくりの実演", "45万円", "単独実演",
     ("会場・厨房の借上費",)),
]
EXCLUDED = [  # 補助の対象としない経費 (第５条)
    "見本市の出展料及び小間代",
    "食材の仕入れ代（県産食材の購入費を含む。）",
    "補助事業者の役員及び従業員の人件費及び日当",
    "飲食物の販売を主な目的とする催しに要する経費",
    "交付決定の日より前に発注し、又は支払った経費",
]


def jitsuen_specs():
    rates = TableSpec(
        key="rates", doc=JITSUEN_PDF, title="補助対象経費別の補助率と上限額",
        header=[["補助対象経費", "補助率（％）", "", "上限額（千円）", ""],
                ["", "中小企業者", "小規模企業者", "単独実演", "見本市併催実演"]],
        rows=[[n, fw(a), fw(b), cell(c), cell(d)] for n, a, b, c, d in RATES],
        col_widths=[50 * mm, 26 * mm, 28 * mm, 24 * mm, 32 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    rates.unit = lambda row, c, s=rates: bracket_unit(s.header_parts(c)[0])
    record = TableSpec(
        key="record", doc=JITSUEN_PDF, title="申請と交付の実績",
        header=[["年度", "申請\n件数（件）", "交付\n件数（件）", "うち小規模\n企業者（件）", "実演\n回数（回）",
                 "交付額\n（千円）"]],
        rows=[[era(y), fw(a), fw(b), cell(s), fw(n), fw(g)] for y, a, b, s, n, g in RECORD],
        col_widths=[28 * mm, 24 * mm, 24 * mm, 28 * mm, 24 * mm, 26 * mm],
    )
    record.unit = lambda row, c, s=record: bracket_unit(s.column_label(c))
    rows = []
    for name, target, actual in KPI:
        rate = pct1(actual, target)
        rows.append([name, fw(target), fw(actual), cell(rate), mark(rate)])
    kpi = TableSpec(
        key="kpi", doc=JITSUEN_PDF, title="成果指標の目標と実績",
        header=[["指標", "目標", "実績", "達成率（％）", "評価"]],
        rows=rows, col_widths=[56 * mm, 24 * mm, 24 * mm, 28 * mm, 18 * mm], table_fy=2024,
    )
    kpi.skip_cols = (4,)
    kpi.unit = lambda row, c: "%" if c == 3 else bracket_unit(row[0])
    return rates, record, kpi


def jitsuen_story(specs):
    rates, record, kpi = specs
    n_all, amt_all = sum(r[2] for r in RECORD), sum(r[5] for r in RECORD)
    last = RECORD[-1]
    st = [Spacer(1, 2 * mm), P(f"{JITSUEN}交付要綱", TITLE), Spacer(1, 1 * mm),
          P("令和７年３月28日改正", DATE_RIGHT), P(JITSUEN_DEPT, DATE_RIGHT), Spacer(1, 2 * mm)]
    st += [P("（趣旨）", H2)]
    st += articles(f"""
第１条　知事は、県産の食材を使った日本食の魅力を海外に伝え、県産食材の輸出を広げるため、県内の中小企業者が海外で行う日本食の調理実演に要する経費に対し、予算の範囲内で{JITSUEN}（以下「補助金」という。）を交付する。
""")
    st += [P("（定義）", H2)]
    st += articles("""
第２条　この要綱において「調理実演」とは、海外の飲食店、料理学校、展示会場、小売店等で、県産食材を使って日本食を調理し、その調理法と食材を来場者に説明し、試食させる催しをいう。
２　この要綱において「単独実演」とは、補助事業者が自ら会場を借りて行う調理実演をいい、「見本市併催実演」とは、海外で開かれる食品の見本市の会場内で、その会期中に行う調理実演をいう。
３　この要綱において「県産食材」とは、県内で生産され、又は県内で加工された農林水産物及び食品をいう。
４　この要綱において「小規模企業者」とは、常時使用する従業員の数が20人（商業又はサービス業は５人）以下の中小企業者をいう。
""")
    st += [P("（補助対象者）", H2)]
    st += articles("""
第３条　補助金の交付の対象となる者は、県内に本社又は主たる事業所を有する中小企業者で、県産食材を輸出し、又は輸出しようとするものとする。
""")
    st += [P("（補助対象経費、補助率及び上限額）", H2)]
    st += articles(f"""
第４条　補助の対象となる経費、補助率及び上限額は、別表のとおりとする。
２　補助金の額は、１事業者につき年度内で{FIRM_CAP['単独実演']}万円（見本市併催実演のみを行う場合は{FIRM_CAP['見本市併催実演']}万円）を上限とし、千円未満の端数は切り捨てる。
""")
    st += [P("（補助の対象としない経費）", H2)]
    st += articles("第５条　次に掲げる経費は、補助の対象としない。")
    st += bullets(EXCLUDED, 0)
    st += [P("（実績報告及び成果の報告）", H2)]
    st += articles("""
第６条　補助事業者は、調理実演の終了の日から30日以内に、実績報告書に来場者数、商談件数及び成約件数を記載して知事に提出しなければならない。
２　補助事業者は、調理実演を行った年度の翌年度から２年間、実演を行った国・地域への県産食材の輸出の状況を知事に報告しなければならない。
""")
    st += [P("附　則", H2)]
    st += articles("""
この要綱は、令和２年（2020年）４月１日から施行する。
附　則（令和７年３月28日改正）
この要綱は、令和７年４月１日から施行する。
""")
    st += [caption(f"別表　{rates.title}", "（令和７年度）"), rates.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「－」は、見本市併催実演では対象にならないことを示す（会場の費用は見本市の出展料に含まれるため）。",
        "※２ 補助率は、補助事業者が小規模企業者である場合は「小規模企業者」の欄を、それ以外の場合は「中小企業者」の欄を適用する。",
    ])
    st += [P("（参考１）令和７年度の募集", H1)]
    st += lv_lines([
        ("募集期間", "令和７年５月12日から６月13日まで（必着）"),
        ("予算額", "1,800万円"),
        ("採択予定件数", "15件程度"),
        ("実演の実施期間", "交付決定の日から令和８年２月27日まで"),
        ("申請先", f"{JITSUEN_DEPT}"),
    ], 0)
    st += [P("（参考２）申請から支払までの流れ", H1)]
    st += numbered([
        f"① 事前相談（県産品輸出課又は{SHINKOKAI}へ）",
        "② 交付申請書の提出（実演の計画書、会場の資料及び見積書を添付）",
        "③ 審査（書類審査と面談、令和７年６月下旬）",
        "④ 交付決定の通知（令和７年７月中旬）",
        "⑤ 調理実演の実施（令和８年２月27日までに終えること）",
        "⑥ 実績報告（実演の終了の日から30日以内）",
        "⑦ 補助金の額の確定と支払（実績報告の審査の後）",
    ], 0)
    st += [P("（参考３）これまでの実績", H1)]
    st += paras(f"""
制度を始めた令和２年度から令和６年度までに、延べ{n_all}件、{amt_all:,}千円を交付した。令和６年度は{last[1]}件の申請があり、{last[2]}件に交付した（うち小規模企業者{fw(last[3])}件）。
""", 0)
    st += [caption(record.title), record.flowable(), Spacer(1, 2)]
    st += notes([
        "※３ 小規模企業者の補助率は令和４年度に設けたため、令和２年度と令和３年度は「－」としている。",
        "※４ 令和２年度と令和３年度は、渡航の制限のため、現地の調理人がオンラインで行う実演を対象に含めた。",
    ])
    st += [caption(kpi.title, "（令和６年度）"), kpi.flowable(), Spacer(1, 2)]
    st += notes([
        "※５ 評価は、達成率が100％以上を「◎」、80％以上100％未満を「○」、80％未満を「△」とした。",
    ])
    st += [P("（参考４）活用事例（令和６年度）", H1)]
    for i, (head, where, what, amount, _kind, _items) in enumerate(JITSUEN_CASES, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("実演の場所", where), ("実演の内容", what), ("補助金の額", amount)], 1)
    st += [CondPageBreak(30 * mm), P("問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{JITSUEN_DEPT} 輸出促進班　電話：099-821-4410　ファクス：099-821-4419",
        f"{SHINKOKAI}（事前相談）　電話：099-821-4500",
        "電子メール：masaki-shoku@example.jp",
    ]))
    return st


# ================================================================ document 2: booth equipment lending, user guide
BOOTH = f"{PREF}展示会ブース備品貸出事業"
BOOTH_DEPT = f"{PREF} 商工労働部 国際ビジネス課"
KIKO = f"公益財団法人{PREF}産業振興機構"
PLANS = [  # 見出し, 受渡しの方法, 貸出期間の上限, 送料 (same labels in every sibling section)
    ("窓口受取プラン", "機構の備品倉庫（柾市）で受け取り、同じ倉庫に返却する", "14日", "かからない"),
    ("国内発送プラン", "国内の会場又は利用者の事業所に宅配便で発送する", "21日", "利用者の負担（往復とも）"),
    ("海外直送プラン", "機構が手配する国際輸送で海外の会場に直接届ける", "45日", "実費の２分の１を利用者が負担"),
]
ITEMS = [  # 備品, 保有数（点）, 県内中小企業（円）, その他の事業者（円）, 保証金（円） (None = 「－」) (１点１日当たり)
    ("展示台（幅90cm）", 40, 300, 600, None), ("展示台（幅180cm）", 24, 500, 1000, None),
    ("ガラスショーケース", 12, 1200, 2400, 10000), ("冷蔵ショーケース", 6, 2500, 5000, 30000),
    ("スポットライト（２灯）", 30, 200, 400, None), ("大型モニター（55型）", 10, 1500, 3000, 20000),
    ("タブレット端末", 15, 800, 1600, 10000), ("バナースタンド", 20, 300, 600, None),
    ("商談テーブルセット", 18, 700, 1400, None), ("試食用備品セット", 8, 600, 1200, 5000),
    ("多言語案内スタンド", 12, 200, 400, None), ("電源タップ・延長コード", 50, 100, 200, None),
]
LEND_YEARS = (2023, 2024)
LENDINGS = [  # 展示会の開催地, 令和５年度, 令和６年度 (件)
    ("中国", 18, 14), ("台湾", 12, 17), ("香港", 9, 11), ("タイ", 10, 15), ("シンガポール", 8, 8),
    ("米国", 11, 9), ("欧州", 7, 10), ("国内の国際見本市", 21, 26),
]
BOOTH_USERS = 63  # 令和６年度に利用した事業者 (prose only)
SURVEY_N = 56  # 利用者アンケートの回答事業者
SURVEY = [  # 項目, 満足, やや満足, やや不満, 不満 (回答数; the table prints per cents of SURVEY_N)
    ("備品の種類と数", 24, 22, 8, 2), ("備品の状態", 35, 17, 3, 1), ("申込みの手続", 19, 25, 9, 3),
    ("料金", 31, 18, 5, 2), ("職員の対応", 38, 15, 2, 1),
]
SURVEY_COLS = ("満足", "やや満足", "やや不満", "不満")


def booth_specs():
    items = TableSpec(
        key="items", doc=BOOTH_PDF, title="貸し出す備品と貸出料",
        header=[["備品", "保有数\n（点）", "県内中小\n企業（円）", "その他の\n事業者（円）", "保証金\n（円）"]],
        rows=[[n, fw(k), fw(a), fw(b), cell(d)] for n, k, a, b, d in ITEMS],
        col_widths=[52 * mm, 22 * mm, 28 * mm, 28 * mm, 26 * mm], table_fy=2025, repeat_header=False,
    )
    items.unit = lambda row, c, s=items: bracket_unit(s.column_label(c))
    rows = [[n, fw(a), fw(b), signed(b - a)] for n, a, b in LENDINGS]
    ta, tb = sum(r[1] for r in LENDINGS), sum(r[2] for r in LENDINGS)
    rows.append(["合計", fw(ta), fw(tb), signed(tb - ta)])
    lendings = TableSpec(
        key="lendings", doc=BOOTH_PDF, title="展示会の開催地別の貸出件数",
        header=[["展示会の開催地"] + [era(y) for y in LEND_YEARS] + ["増減"]],
        rows=rows, col_widths=[48 * mm, 30 * mm, 30 * mm, 26 * mm], unit="件", table_fy=LEND_YEARS[-1],
    )
    survey = TableSpec(
        key="survey", doc=BOOTH_PDF, title="利用者アンケートの結果",
        header=[["項目"] + list(SURVEY_COLS)],
        rows=[[n] + [cell(pct1(k, SURVEY_N)) for k in ks] for n, *ks in SURVEY],
        col_widths=[52 * mm, 24 * mm, 24 * mm, 24 * mm, 24 * mm], ruled=False, unit="%", table_fy=2024,
    )
    return items, lendings, survey


def booth_story(specs):
    items, lendings, survey = specs
    ta, tb = sum(r[1] for r in LENDINGS), sum(r[2] for r in LENDINGS)
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{BOOTH} 利用案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(BOOTH_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　事業の概要", H1)]
    st += paras("""
この事業は、国際見本市に出展する県内の事業者に、展示台、ショーケース、照明、モニター等のブース備品を貸し出すものです。
""", 0)
    st += lv_lines([
        ("事業名", BOOTH),
        ("実施主体", PREF),
        ("運営", f"{KIKO}（県からの委託）"),
        ("利用できる者", "県内に事業所を有する事業者で、国際見本市に出展するもの"),
        ("受付時間", "平日９時から17時まで"),
    ], 0)
    st += paras("""
この案内において「国際見本市」とは、海外で開かれる展示会及び商談会並びに国内で開かれる展示会のうち海外からの来場者を主な対象とするものをいいます。「貸出期間」とは、備品を受け取った日から返却した日までの期間をいい、輸送に要する日を含みます。また、「県内中小企業」とは、県内に事業所を有する中小企業者をいいます。
""", 0)
    st += [P("２　貸出のプラン", H1)]
    for i, (head, how, limit, fee) in enumerate(PLANS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("受渡しの方法", how), ("貸出期間の上限", limit), ("送料", fee)], 1)
    st += [P("３　貸し出す備品と貸出料", H1)]
    st += [caption(items.title, "（令和７年度、１点１日当たり、消費税込み）", keep=False), items.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「県内中小企業」以外の利用者には、「その他の事業者」の欄を適用します。",
        "※２ 保証金の欄の「－」は、保証金が要らないことを示します。保証金は、備品の返却と点検の後にお返しします。",
    ])
    st += [P("４　申込みから返却までの流れ", H1)]
    st += numbered([
        "① 在庫の確認（機構のウェブサイトで、備品ごとの空き状況を確認）",
        "② 申込み（窓口受取プランと国内発送プランは利用開始日の30日前まで、海外直送プランは60日前まで）",
        "③ 貸出の決定と請求書の送付（申込みから５営業日以内）",
        "④ 貸出料と保証金の支払（利用開始日の10日前まで）",
        "⑤ 備品の受取（窓口、宅配便又は国際輸送）",
        "⑥ 返却と点検（破損や不足がなければ、保証金を返金）",
    ], 0)
    st += [P("５　利用の状況", H1)]
    st += paras(f"""
令和６年度の貸出件数は{tb}件で、前年度から{tb - ta}件増えました。利用した事業者は{BOOTH_USERS}事業者です。開催地別では国内の国際見本市が最も多く、海外ではタイと台湾が大きく増えた一方、中国と米国は減りました。
""", 0)
    st += [caption(lendings.title, "（単位：件）"), lendings.flowable(), Spacer(1, 2)]
    st += notes(["※３ 「増減」は、令和６年度の件数から令和５年度の件数を引いたもので、「▲」は減少を示します。"])
    st += paras(f"""
令和６年度の利用者にアンケートを行い、{SURVEY_N}事業者から回答を得ました。「職員の対応」と「備品の状態」では、「満足」が６割を超えました。
""", 0)
    st += [caption(survey.title, "（令和６年度、単位：％）"), survey.flowable(), Spacer(1, 2)]
    st += notes([f"※４ 回答した{SURVEY_N}事業者に対する割合です。端数を四捨五入しているため、合計が100にならない項目があります。"])
    st += [P("６　利用上の注意", H1)]
    st += bullets([
        "備品を他の事業者に又貸しすることはできません。",
        "備品を破損し、又は紛失した場合は、修理又は買替えの実費をご負担いただきます（保証金から差し引きます）。",
        "食品を直接載せることができるのは、試食用備品セットに限ります。",
        "返却の際は、備品の汚れを落とし、付属品がそろっていることを確かめてください。",
    ], 0)
    st += [P("７　よくある質問", H1)]
    qa = [
        ("展示会の後、同じ備品をそのまま別の国の展示会に回すことはできますか。",
         "できません。展示会ごとに、一度機構の備品倉庫に返却していただきます。"),
        ("貸出期間の途中で、備品を追加して借りることはできますか。",
         "在庫があれば追加できます。追加した備品の貸出料は、追加した日から数えます。"),
        ("県外に本社があり、県内に工場がある会社も利用できますか。",
         "利用できます。県内に事業所があれば、本社の所在地は問いません。"),
    ]
    for i, (q, a) in enumerate(qa, 1):
        st += [P(f"Ｑ{fw(i)}　{q}", hanging(0, 2)), P(f"Ａ　{a}", hanging(0, 2))]
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{BOOTH_DEPT} 見本市支援班　電話：099-824-2630　ファクス：099-824-2639",
        f"{KIKO} 備品貸出係（申込み・在庫の確認）　電話：099-824-2700",
        "電子メール：masaki-booth@example.jp",
    ]))
    return st


# ================================================================ document 3: photo studio for export product images, user guide
STUDIO = f"{PREF}輸出商品撮影スタジオ"
STUDIO_DEPT = f"{PREF} 商工労働部 貿易振興課"
KYOKAI = f"一般社団法人{PREF}貿易協会"
STUDIOS = [  # 見出し, 広さ, 主な設備, 向いている撮影 (same labels in every sibling section)
    ("Ａスタジオ（大）", "約80㎡（天井の高さ４ｍ）", "白ホリゾント、ストロボ６灯、調理用のキッチン",
     "家具や機械などの大きな商品、料理の調理風景、モデルを使った撮影"),
    ("Ｂスタジオ（中）", "約40㎡", "背景紙（白・黒・灰）、ストロボ４灯、撮影台",
     "衣料・雑貨、食品のパッケージ、複数の商品を並べた撮影"),
    ("Ｃスタジオ（小）", "約15㎡", "撮影ボックス、ＬＥＤ照明、回転台（360度撮影用）",
     "アクセサリー、化粧品、越境ＥＣの商品ページに載せる画像"),
]
WEEKEND = Decimal("1.25")  # 土曜日・日曜日・祝日の料金は平日の1.25倍 (note ※２)
FEES = [  # 区分, 平日 県内中小企業（円）, 平日 その他の事業者; weekend None = not offered (「－」)
    ("Ａスタジオ（１コマ）", 6000, True), ("Ａスタジオ（延長１時間）", 2000, True),
    ("Ｂスタジオ（１コマ）", 3600, True), ("Ｂスタジオ（延長１時間）", 1200, True),
    ("Ｃスタジオ（１コマ）", 2000, True), ("Ｃスタジオ（延長１時間）", 800, True),
    ("カメラマンの同行（１コマ）", 16000, True), ("画像補正（10カット）", 5000, False),
]
FIELDS = ("食品", "酒類・飲料", "工芸品・雑貨", "機械・部品", "衣料・繊維")
BOOKINGS = [  # スタジオ, 利用件数 by FIELDS (令和６年度)
    ("Ａスタジオ", 38, 12, 9, 21, 14), ("Ｂスタジオ", 61, 27, 33, 8, 35), ("Ｃスタジオ", 46, 19, 55, 6, 23),
]
STUDIO_USERS = 132  # 令和６年度に利用した事業者 (prose only)
CANCEL = [  # 取消しの連絡の時期, スタジオ（％）, カメラマンの同行（％）
    ("利用日の８日前まで", 0, 0), ("利用日の７日前から３日前まで", 30, 50),
    ("利用日の２日前及び前日", 50, 100), ("利用日の当日（連絡がない場合を含む）", 100, 100),
]
FIRST_DISCOUNT = "半額"  # note ※３: a 県内中小企業's first コマ ever


def fee_rows():
    out = []
    for name, weekday, weekend in FEES:
        other = 2 * weekday
        we = int(weekday * WEEKEND) if weekend else None
        wo = int(other * WEEKEND) if weekend else None
        out.append((name, weekday, other, we, wo))
    return out


def studio_specs():
    fees = TableSpec(
        key="fees", doc=STUDIO_PDF, title="利用料金",
        header=[["区分", "平日（円）", "", "土曜日・日曜日・祝日（円）", ""],
                ["", "県内中小企業", "その他の事業者", "県内中小企業", "その他の事業者"]],
        rows=[[n, fw(a), fw(b), cell(c), cell(d)] for n, a, b, c, d in fee_rows()],
        col_widths=[50 * mm, 26 * mm, 28 * mm, 26 * mm, 28 * mm],
        spans=[((0, 0), (0, 1)), ((1, 0), (2, 0)), ((3, 0), (4, 0))], table_fy=2025,
    )
    fees.unit = lambda row, c, s=fees: bracket_unit(s.header_parts(c)[0])
    rows = [[n] + [fw(k) for k in ks] + [fw(sum(ks))] for n, *ks in BOOKINGS]
    cols = [sum(r[j] for r in BOOKINGS) for j in range(1, len(FIELDS) + 1)]
    rows.append(["合計"] + [fw(k) for k in cols] + [fw(sum(cols))])
    bookings = TableSpec(
        key="bookings", doc=STUDIO_PDF, title="スタジオ別・商品分野別の利用件数",
        header=[["スタジオ"] + list(FIELDS) + ["計"]],
        rows=rows, col_widths=[30 * mm, 21 * mm, 23 * mm, 25 * mm, 23 * mm, 23 * mm, 18 * mm],
        unit="件", table_fy=2024,
    )
    cancel = TableSpec(
        key="cancel", doc=STUDIO_PDF, title="取消料",
        header=[["取消しの連絡の時期", "スタジオ（％）", "カメラマンの同行（％）"]],
        rows=[[n, fw(a), fw(b)] for n, a, b in CANCEL],
        col_widths=[70 * mm, 34 * mm, 44 * mm], table_fy=2025,
    )
    cancel.unit = lambda row, c, s=cancel: bracket_unit(s.column_label(c))
    return fees, bookings, cancel


def studio_story(specs):
    fees, bookings, cancel = specs
    total = sum(sum(r[1:]) for r in BOOKINGS)
    st = [Spacer(1, 2 * mm), P("令和７年度", SUBTITLE), P(f"{STUDIO} 利用案内", TITLE), Spacer(1, 1 * mm),
          P("令和７年４月", DATE_RIGHT), P(STUDIO_DEPT, DATE_RIGHT), Spacer(1, 3 * mm)]
    st += [P("１　施設の概要", H1)]
    st += paras("""
このスタジオは、県内の事業者が海外の商談や越境ＥＣで使う商品の画像を、自ら撮影できるように県が設けたものです。令和５年（2023年）10月に開設しました。撮影の機材はそろっていますので、商品をお持ちいただくだけで撮影ができます。
""", 0)
    st += lv_lines([
        ("施設名", STUDIO),
        ("所在地", "柾市港町２丁目５番　柾県国際ビジネスセンター３階"),
        ("運営", f"{KYOKAI}（県からの指定管理）"),
        ("利用できる者", "県内に事業所を有する事業者（個人事業主を含む。）"),
        ("利用時間", "９時から20時まで（最後の入室は17時）"),
        ("休館日", "毎週月曜日（祝日の場合はその翌日）及び年末年始"),
    ], 0)
    st += paras("""
この案内において「輸出商品」とは、海外での販売又は商談に使う商品（試作品を含む。）をいいます。「１コマ」とは、連続する３時間の利用をいい、準備と片付けの時間を含みます。また、「カット」とは、画像補正の対象となる撮影画像１枚をいいます。
""", 0)
    st += [P("２　スタジオの種類", H1)]
    for i, (head, size, gear, use) in enumerate(STUDIOS, 1):
        st += [CondPageBreak(SIBLING_ROOM), P(f"（{fw(i)}）{head}", H2)]
        st += lv_lines([("広さ", size), ("主な設備", gear), ("向いている撮影", use)], 1)
    st += [P("３　利用料金", H1)]
    st += paras("料金は次のとおりです（消費税込み）。１コマを超えて利用する場合は、延長料金を１時間単位で加えます。", 0)
    st += [caption(fees.title, "（令和７年度）"), fees.flowable(), Spacer(1, 2)]
    st += notes([
        "※１ 「県内中小企業」は、県内に事業所を有する中小企業基本法に定める中小企業者（個人事業主を含む。）をいい、それ以外の利用者には「その他の事業者」の欄を適用します。",
        "※２ 土曜日・日曜日・祝日の料金は、平日の1.25倍です。画像補正は平日のみ受け付けるため、「－」としています。",
        f"※３ 県内中小企業がこのスタジオを初めて利用する場合は、最初の１コマのスタジオの料金を{FIRST_DISCOUNT}とします（延長料金とカメラマンの同行を除く）。",
    ])
    st += [P("４　予約から利用までの流れ", H1)]
    st += numbered([
        "① 空き状況の確認（協会のウェブサイトの予約カレンダー）",
        "② 予約の申込み（利用日の２か月前の１日から７日前まで）",
        "③ 予約の確定の連絡（申込みの翌営業日まで）",
        "④ 料金の支払（利用日の前日までに銀行振込み、又は当日に窓口で支払）",
        "⑤ 撮影（受付で利用者の名簿に記入し、機材の説明を受けてから開始）",
        "⑥ 画像の受渡し（画像補正を頼んだ場合は、撮影の日から５営業日以内に電子ファイルで送付）",
    ], 0)
    st += [P("５　取消し", H1)]
    st += paras("予約を取り消す場合は、取消しの連絡をした時期に応じて、次の取消料をいただきます。", 0)
    st += [caption(cancel.title), cancel.flowable(), Spacer(1, 2)]
    st += notes(["※４ 割合は、予約した料金（スタジオは延長を含む。）に対するものです。台風等の悪天候で協会が休館した場合は、取消料はいただきません。"])
    st += [P("６　利用の状況", H1)]
    st += paras(f"""
令和６年度の利用件数は{total}件で、利用した事業者は{STUDIO_USERS}事業者でした。スタジオ別ではＢスタジオ、商品分野別では食品の撮影が最も多くなっています。
""", 0)
    st += [caption(bookings.title, "（令和６年度、単位：件）"), bookings.flowable(), Spacer(1, 2)]
    st += notes(["※５ １回の予約を１件としています。１件で複数の分野の商品を撮影した場合は、主な商品の分野に数えています。"])
    st += [P("７　利用上の注意", H1)]
    st += bullets([
        "撮影した画像の著作権は、利用者に帰属します。",
        "食品を調理する撮影は、Ａスタジオのキッチンに限ります。",
        "危険物、生きた動物及び強いにおいのする物は持ち込めません。",
        "機材を破損した場合は、修理の実費をご負担いただきます。",
    ], 0)
    st += [CondPageBreak(30 * mm), P("８　問い合わせ先", H1), Spacer(1, 2)]
    st.append(contact_box([
        f"{STUDIO_DEPT} 輸出支援班　電話：099-826-3150　ファクス：099-826-3159",
        f"{KYOKAI} スタジオ受付（予約・変更・取消し）　電話：099-826-3200",
        "電子メール：masaki-studio@example.jp",
    ]))
    return st


# ================================================================ build
def extract_pages(docs_dir: Path) -> dict[str, list[str]]:
    return pdf_pages(docs_dir, ALL_PDFS)


def all_specs():
    return jitsuen_specs() + booth_specs() + studio_specs()


def all_gold(row_pages: dict) -> list[dict]:
    gold = []
    for spec in all_specs():
        gold += gold_records(spec, row_pages[spec.doc])
    return [{"id": f"{PREFIX_T}{i:03d}", **g} for i, g in enumerate(gold, 1)]


def build(out: Path):
    docs_dir, text_dir = output_dirs(out)
    jspecs, bspecs, sspecs = jitsuen_specs(), booth_specs(), studio_specs()
    jdoc = build_pdf(docs_dir / JITSUEN_PDF, jspecs, jitsuen_story(jspecs),
                     f"{JITSUEN}交付要綱", "令和７年３月28日改正", JITSUEN_DEPT)
    bdoc = build_pdf(docs_dir / BOOTH_PDF, bspecs, booth_story(bspecs),
                     f"令和７年度 {BOOTH} 利用案内", "令和７年４月", BOOTH_DEPT)
    sdoc = build_pdf(docs_dir / STUDIO_PDF, sspecs, studio_story(sspecs),
                     f"令和７年度 {STUDIO} 利用案内", "令和７年４月", STUDIO_DEPT)
    gold = all_gold({JITSUEN_PDF: jdoc.row_pages, BOOTH_PDF: bdoc.row_pages, STUDIO_PDF: sdoc.row_pages})
    write_jsonl(out / "tables.jsonl", gold)
    pages = extract_pages(docs_dir)
    write_texts(text_dir, pages)
    return gold, pages


PREFIX_Q, PREFIX_T = "h78q", "h78t"

# ================================================================ questions
# `absent` (unanswerable only, not written out): terms that must occur in no document.
# `history` (followups only): the earlier turns of the conversation.
def _turns(*pairs) -> list[dict]:
    out = []
    for user, assistant in zip(pairs[::2], pairs[1::2]):
        out += [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]
    return out


QUESTIONS = [
    # --- jitsuen: the cooking-demonstration grant guideline, tables (a) (b) (c), definitions, costs not covered, sibling sections, steps
    dict(question="従業員が10人の水産加工会社が、シンガポールの食品見本市の会期中に調理実演をするそうです。現地で調理器具や食器を借りる費用は、何％まで補助されますか？",
         category="jitsuen", doc=JITSUEN_PDF,
         evidence=["常時使用する従業員の数が20人", "調理器具・食器の借上費 50 60 150 100"], answer=["60"],
         notes="two facts: a fish processor with 10人 is within the 20人 of 小規模企業者 (第２条４; 20人 applies to "
               "manufacturing), and note ※２ applies the 小規模企業者 column; (a) two-level header, leaf "
               "補助率（％）／小規模企業者; 50 (中小企業者) is the trap, 100 (the 見本市併催実演 cap) another"),
    dict(question="2025年度の補助で、米国の料理学校を自社で借りて実演する場合、会場や厨房を借りる費用の上限額はいくらですか？",
         category="jitsuen", doc=JITSUEN_PDF, evidence=["会場・厨房の借上費 50 60 500"], answer=["500"],
         notes="(a) leaf 上限額（千円）／単独実演 (renting the venue oneself is a 単独実演, 第２条２); the unit 千円 is only "
               "in the header group; 2025年度 = 令和７年度 (the guideline prints only 2020年 in Western form)"),
    dict(question="食品見本市の会場の中で実演する場合でも、会場や厨房の借上費は補助の対象になりますか？",
         category="jitsuen", doc=JITSUEN_PDF, evidence=["見本市併催実演では対象にならない"], answer=["対象にならない"],
         notes="two facts: (a) row 会場・厨房の借上費 prints 「－」 under 上限額（千円）／見本市併催実演, and note ※１ says "
               "「－」 means not covered (the venue is in the fair's fee); the rates 50 / 60 of the row are the trap"),
    dict(question="従業員50人のみそメーカーが、米国で自ら会場を借りて実演し、通訳と司会に36万円を払う予定です。この経費への補助金はいくらになりますか？",
         category="jitsuen", doc=JITSUEN_PDF, evidence=["通訳・司会の謝金 50 60 200 150"], answer=["180千円"],
         computed=True,
         notes="(a): 50人 in manufacturing is above the 20人 of 小規模企業者, so the 中小企業者 rate 50 %; 360千円 × 50 % = "
               "180千円, below the 単独実演 cap of 200千円 (so 200 is the trap; 216 at the 60 % rate another)"),
    dict(question="2022年度には、何件に補助金が交付されましたか？",
         category="jitsuen", doc=JITSUEN_PDF, evidence=["令和４年度 16 12 ４ 15 9,270"], answer=["12"],
         notes="(b) years as rows, header cells printed over two lines: 2022年度 = 令和４年度, column 交付件数（件）; 16 "
               "(申請件数) and 15 (実演回数) are the traps"),
    dict(question="令和２年度から令和６年度までに交付した補助金は、１件当たり平均でいくらになりますか？",
         category="jitsuen", doc=JITSUEN_PDF, evidence=["延べ57件、44,583千円"], answer=["782.2千円"], computed=True,
         notes="the five-year totals in the prose of （参考３） (also the sums of (b)): 44,583 / 57 = 782.2千円"),
    dict(question="令和６年度の成果指標のうち、達成率が目標の８割に届かなかったのはどの指標ですか？",
         category="jitsuen", doc=JITSUEN_PDF, evidence=["成約件数（件） 60 41 68.3 △", "80％未満を「△」"],
         answer=["成約件数"],
         notes="which row: (c) KPI table with 目標 / 実績 / 達成率 and a mark column; note ※５ says △ = below 80 %; the "
               "only △ row is 成約件数 (来場者数 91.5 and 新たな取引先の数 86.7 are ○, the near misses)"),
    dict(question="令和６年度は、調理実演１回当たり平均で何件の商談があった計算になりますか？",
         category="jitsuen", doc=JITSUEN_PDF,
         evidence=["商談件数（件） 400 452 113.0 ◎", "調理実演の回数（回） 20 24 120.0 ◎"], answer=["18.8件"],
         computed=True,
         notes="(c) two 実績 cells: 452 / 24 = 18.8件 (the 目標 cells give 400 / 20 = 20, a wrong reading)"),
    dict(question="お茶の会社が台湾で和菓子づくりを実演した事例では、補助金はいくら出ましたか？",
         category="jitsuen", doc=JITSUEN_PDF, evidence=["（３）製茶業Ｃ社", "補助金の額：45万円"], answer=["45万円"],
         notes="sibling sections （１）–（３） of （参考４） share the labels 実演の場所, 実演の内容, 補助金の額; "
               "（３）製茶業Ｃ社 (お茶の会社 = 製茶業); 48万円 and 104万円 are the siblings' values"),
    dict(question="実演で使う県産の食材そのものを買う費用も、この補助金の対象になりますか？",
         category="jitsuen", doc=JITSUEN_PDF, evidence=["次に掲げる経費は、補助の対象としない", "県産食材の購入費を含む"],
         answer=["補助の対象としない"],
         notes="the costs not covered (第５条, a lead sentence and five ○ items): 食材の仕入れ代（県産食材の購入費を含む。）; "
               "食材・調味料の輸送費 (covered, a row of (a)) is the near miss"),
    dict(question="調理実演が終わったら、実績報告はいつまでに出す必要がありますか？",
         category="jitsuen", doc=JITSUEN_PDF, evidence=["実演の終了の日から30日以内"], answer=["30日以内"],
         notes="procedure step ⑥ (and 第６条); the two years of export reports (第６条２) are the near miss"),
    # --- booth: the booth-equipment lending guide, tables (d) (e) (f), a definition, sibling sections, Q&A
    dict(question="台湾の展示会の会場に、備品を直接届けてほしいという会社があります。その場合、最長で何日まで借りられますか？",
         category="booth", doc=BOOTH_PDF, evidence=["（３）海外直送プラン", "貸出期間の上限：45日"], answer=["45日"],
         notes="sibling sections （１）–（３） of ２ share the labels 受渡しの方法, 貸出期間の上限, 送料; （３）海外直送プラン "
               "(delivered to a venue abroad); 14日 and 21日 are the siblings' values"),
    dict(question="貸出期間には、展示会の会場まで運ぶのにかかる日数も含まれますか？",
         category="booth", doc=BOOTH_PDF, evidence=["輸送に要する日を含みます"], answer=["含みます"],
         notes="definition 「貸出期間」とは、備品を受け取った日から返却した日までの期間をいい、輸送に要する日を含みます (a yes)"),
    dict(question="大型モニターを県内の中小企業が借りる場合、１日いくらかかりますか？",
         category="booth", doc=BOOTH_PDF, evidence=["大型モニター（55型） 10 1,500 3,000 20,000"], answer=["1,500"],
         notes="(d) continuation page (no header there): row 大型モニター（55型）, column 県内中小企業（円） (a header cell "
               "printed over two lines); 3,000 (その他の事業者) and 20,000 (保証金) are the traps"),
    dict(question="県内の中小企業が冷蔵ショーケースを２台、５日間借りたいそうです。貸出料は合わせていくらになりますか？",
         category="booth", doc=BOOTH_PDF, evidence=["冷蔵ショーケース ６ 2,500 5,000 30,000"], answer=["25,000円"],
         computed=True,
         notes="(d) continuation page, a fee per item and day (caption note １点１日当たり): 2,500 × 2 × 5 = 25,000円; the "
               "保証金 30,000 per item is paid back and is no fee"),
    dict(question="スポットライトを借りる場合、保証金はいくら必要ですか？",
         category="booth", doc=BOOTH_PDF, evidence=["スポットライト（２灯） 30 200 400", "保証金が要らないことを示します"],
         answer=["保証金が要らない"],
         notes="two facts: (d) row スポットライト（２灯） prints 「－」 under 保証金（円）, and note ※２ says 「－」 means no "
               "deposit; 400 (その他の事業者) is the trap"),
    dict(question="2024年度、タイで開かれた展示会向けの貸出は何件でしたか？",
         category="booth", doc=BOOTH_PDF, evidence=["タイ 10 15 ５"], answer=["15"],
         notes="(e) fiscal years as columns with a 増減 column: 2024年度 = 令和６年度 (the guide prints no Western year); "
               "10 (令和５年度) and ５ (増減) are the traps"),
    dict(question="令和６年度の中国の展示会向けの貸出は、前年度と比べてどれだけ増減しましたか？",
         category="booth", doc=BOOTH_PDF, evidence=["中国 18 14 ▲４"], answer=["▲４"],
         notes="(e) 増減 column printing decreases with ▲ (note ※３): ▲４, a decrease of four; 14 (令和６年度) is the trap"),
    dict(question="台湾の展示会向けの貸出件数は、2023年度から2024年度にかけて何％増えましたか？",
         category="booth", doc=BOOTH_PDF, evidence=["台湾 12 17 ５"], answer=["41.7%"], computed=True,
         notes="(e): (17 − 12) / 12 = 41.7 % (2023年度 = 令和５年度, 2024年度 = 令和６年度); ５ is the increase in 件"),
    dict(question="利用者アンケートで、料金に「満足」か「やや満足」と答えた事業者は、合わせて何％ですか？",
         category="booth", doc=BOOTH_PDF, evidence=["料金 55.4 32.1 8.9 3.6"], answer=["87.5%"], computed=True,
         notes="(f) unruled table, unit only in the caption note: 55.4 + 32.1 = 87.5 % (49 of the 56 respondents of note ※４)"),
    dict(question="展示会が終わった後、借りた備品をそのまま次の国の展示会に持って行ってもよいですか？",
         category="booth", doc=BOOTH_PDF, evidence=["できません。展示会ごとに、一度機構の備品倉庫に返却"],
         answer=["できません"],
         notes="Q&A: Ａ of Ｑ１ (no: back to the warehouse after each fair); the 45日 of the 海外直送プラン is the near miss"),
    # --- studio: the photo-studio guide, tables (g) (h) (i), a definition, sibling sections
    dict(question="越境ＥＣの商品ページに載せるアクセサリーの写真を撮りたい会社があります。それに向いたスタジオの広さはどのくらいですか？",
         category="studio", doc=STUDIO_PDF, evidence=["（３）Ｃスタジオ（小）", "広さ：約15㎡"], answer=["約15㎡"],
         notes="sibling sections （１）–（３） of ２ share the labels 広さ, 主な設備, 向いている撮影; the section is found by "
               "its 向いている撮影 (アクセサリー、…越境ＥＣの商品ページ): （３）Ｃスタジオ; 約80㎡ and 約40㎡ are the siblings' values"),
    dict(question="県内の中小企業が、平日にＢスタジオを４時間使う予定です（初めての利用ではありません）。料金はいくらになりますか？",
         category="studio", doc=STUDIO_PDF,
         evidence=["連続する３時間の利用", "Ｂスタジオ（１コマ） 3,600 7,200", "Ｂスタジオ（延長１時間） 1,200 2,400"],
         answer=["4,800円"], computed=True,
         notes="two facts: the 「１コマ」 definition (３時間) and (g): one コマ plus one hour, 3,600 + 1,200 = 4,800円 "
               "(weekday, 県内中小企業; the two-level header repeats the leaves under 平日 and 土曜日・日曜日・祝日)"),
    dict(question="2025年度に、県外の会社が日曜日にＡスタジオを１コマ借りると、料金はいくらですか？",
         category="studio", doc=STUDIO_PDF, evidence=["Ａスタジオ（１コマ） 6,000 12,000 7,500 15,000"], answer=["15,000"],
         notes="(g) two-level header, leaf 土曜日・日曜日・祝日（円）／その他の事業者 (a firm outside the prefecture is no "
               "県内中小企業, note ※１); 7,500 (県内中小企業) and 12,000 (weekday) are the traps; 2025年度 = 令和７年度 "
               "(the guide prints only 2023年 in Western form)"),
    dict(question="土曜日に撮影した画像の補正を、土曜日のうちに頼むことはできますか？",
         category="studio", doc=STUDIO_PDF, evidence=["画像補正は平日のみ受け付ける"], answer=["平日のみ"],
         notes="two facts: (g) row 画像補正（10カット） prints 「－」 under the weekend group, and note ※２ says it is taken "
               "on weekdays only; the weekday fees 5,000 / 10,000 are the near miss"),
    dict(question="初めてスタジオを使う県内の中小企業が、平日にＢスタジオを１コマ予約しました。料金はいくらになりますか？",
         category="studio", doc=STUDIO_PDF, evidence=["最初の１コマのスタジオの料金を半額", "Ｂスタジオ（１コマ） 3,600 7,200"],
         answer=["1,800円"], computed=True,
         notes="two facts: note ※３ (a 県内中小企業's first コマ at half price) and (g) 平日（円）／県内中小企業: 3,600 / 2 = "
               "1,800円; 3,600 is the trap"),
    dict(question="2024年度に、Ｃスタジオで工芸品や雑貨を撮影した利用は何件ありましたか？",
         category="studio", doc=STUDIO_PDF, evidence=["Ｃスタジオ 46 19 55 ６ 23 149"], answer=["55"],
         notes="(h) row Ｃスタジオ, column 工芸品・雑貨 (a total column 計 on the right); 2024年度 = 令和６年度; 149 (計) "
               "and 97 (合計) are the traps"),
    dict(question="令和６年度の利用のうち、食品の撮影は全体の何％を占めていますか？",
         category="studio", doc=STUDIO_PDF, evidence=["合計 145 58 97 35 72 407"], answer=["35.6%"], computed=True,
         notes="(h) the 合計 row: 145 / 407 = 35.6 % (the 計 column's grand total 407 is also in the prose)"),
    dict(question="カメラマンの同行を頼んでいた撮影を、利用日の前日に取り消すと、料金の何％が取消料になりますか？",
         category="studio", doc=STUDIO_PDF, evidence=["利用日の２日前及び前日 50 100"], answer=["100"],
         notes="(i) row 利用日の２日前及び前日, column カメラマンの同行（％）; 50 (スタジオ) is the trap"),
    # --- followups
    dict(question="では、その経費を見本市の会期中の実演で使う場合、上限額はいくらですか？",
         category="followup", doc=JITSUEN_PDF, evidence=["調理人の渡航・滞在費 50 60 400 300"], answer=["300"],
         history=_turns("調理人を日本から連れて行く渡航費や滞在費は、中小企業者だと何％補助されますか？",
                        "中小企業者の補助率は50％です[1]。"),
         notes="(a) the row from the history (調理人の渡航・滞在費), leaf 上限額（千円）／見本市併催実演; 400 (単独実演) "
               "is the trap"),
    dict(question="その年度に行われた実演は、全部で何回でしたか？",
         category="followup", doc=JITSUEN_PDF, evidence=["令和５年度 21 14 ６ 19 11,452"], answer=["19"],
         history=_turns("2023年度は何件の申請がありましたか？",
                        "2023年度（令和５年度）の申請は21件でした[1]。"),
         notes="(b) the year from the history (2023年度 = 令和５年度), column 実演回数（回） printed over two lines"),
    dict(question="それを借りるときの保証金はいくらですか？",
         category="followup", doc=BOOTH_PDF, evidence=["タブレット端末 15 800 1,600 10,000"], answer=["10,000"],
         history=_turns("タブレット端末は、県内の中小企業なら１日いくらで借りられますか？",
                        "県内中小企業の貸出料は１日800円です[1]。"),
         notes="(d) continuation page: the row from the history (タブレット端末), column 保証金（円）"),
    dict(question="そこの電話番号を教えてください。",
         category="followup", doc=STUDIO_PDF, evidence=["電話：099-826-3200"], answer=["099-826-3200"],
         history=_turns("スタジオの予約を変更したいという会社があります。どこに連絡すればよいですか？",
                        "予約の変更は、一般社団法人柾県貿易協会のスタジオ受付が受け付けています[1]。"),
         notes="contact box of the studio guide: the 協会's phone (second line); the 班's phone 099-826-3150 and fax "
               "099-826-3159 (first line) are the near misses"),
    dict(question="そのスタジオの利用は、全部で何件でしたか？",
         category="followup", doc=STUDIO_PDF, evidence=["Ｂスタジオ 61 27 33 ８ 35 164"], answer=["164"],
         history=_turns("令和６年度、Ｂスタジオで食品を撮影した利用は何件でしたか？",
                        "Ｂスタジオでの食品の撮影は61件でした[1]。"),
         notes="(h) the row from the history (Ｂスタジオ), the total column 計 on the right"),
    # --- unanswerable: near misses (topic present, asked detail absent)
    dict(question="令和６年度の調理実演は、どこの国で行われたものが多かったのですか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline gives the demonstrations per year ((b)) and three cases, not the demonstrations by country",
         absent=["国別", "国・地域別"]),
    dict(question="この補助金の審査では、どんな点が評価されるのですか？配点を知りたいです。",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guideline names the review (書類審査と面談, step ③), not its criteria or points",
         absent=["配点", "審査基準", "評価項目"]),
    dict(question="令和６年度に、貸し出した備品が壊れて戻ってきたのは何件ありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide says who pays for damage (利用上の注意), not how often it happened",
         absent=["破損件数", "破損した件数", "修理件数"]),
    dict(question="備品を借りて出展した会社は、展示会でどのくらいの成約額を上げていますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the lendings and a users' survey, not the users' deals",
         absent=["成約額", "成約金額", "売上"]),
    dict(question="スタジオに車で行く場合、駐車場は使えますか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the address and the hours, not parking",
         absent=["駐車"]),
    dict(question="令和６年度に、スタジオの予約が取り消された件数はどのくらいありましたか？",
         category="unanswerable", doc=None, evidence=[], answer=[],
         notes="the guide gives the cancellation fees ((i)) and the bookings, not the cancellations made",
         absent=["取消件数", "取消しの件数", "キャンセル"]),
]
CATEGORY_COUNTS = {"jitsuen": 11, "booth": 10, "studio": 8, "followup": 5, "unanswerable": 6}
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


A, B, C, D, E, F, G, H, I = (
    "補助対象経費別の補助率と上限額", "申請と交付の実績", "成果指標の目標と実績",
    "貸し出す備品と貸出料", "展示会の開催地別の貸出件数", "利用者アンケートの結果",
    "利用料金", "スタジオ別・商品分野別の利用件数", "取消料")
LETTERS = dict(zip((A, B, C, D, E, F, G, H, I), "abcdefghi"))


def _pct(x, y) -> str:
    return f"{pct1(x, y)}%"


def _avg(x, y, unit) -> str:
    q = half_up(Decimal(x) / Decimal(y), "0.1")
    return f"{int(q) if q == q.to_integral() else q}{unit}"


def _yen(n: int) -> str:
    return f"{n:,}円"


COMPUTED = {  # question id -> the answer string, computed from gold cells (or, where a note says so, prose data)
    "h78q04": lambda g: f"{min(360 * g(A, '通訳・司会の謝金', '補助率（％）／中小企業者', 2025) // 100, g(A, '通訳・司会の謝金', '上限額（千円）／単独実演', 2025))}千円",
    "h78q06": lambda g: _avg(sum(g(B, era(y), "交付額（千円）", y) for y, *_x in RECORD),
                             sum(g(B, era(y), "交付件数（件）", y) for y, *_x in RECORD), "千円"),
    "h78q08": lambda g: _avg(g(C, "商談件数（件）", "実績", 2024), g(C, "調理実演の回数（回）", "実績", 2024), "件"),
    "h78q15": lambda g: _yen(g(D, "冷蔵ショーケース", "県内中小企業（円）", 2025) * 2 * 5),
    "h78q19": lambda g: _pct(g(E, "台湾", "令和６年度", 2024) - g(E, "台湾", "令和５年度", 2023), g(E, "台湾", "令和５年度", 2023)),
    "h78q20": lambda g: f"{Decimal(str(g(F, '料金', '満足', 2024))) + Decimal(str(g(F, '料金', 'やや満足', 2024)))}%",
    "h78q23": lambda g: _yen(g(G, "Ｂスタジオ（１コマ）", "平日（円）／県内中小企業", 2025) + g(G, "Ｂスタジオ（延長１時間）", "平日（円）／県内中小企業", 2025)),
    "h78q26": lambda g: _yen(g(G, "Ｂスタジオ（１コマ）", "平日（円）／県内中小企業", 2025) // 2),
    "h78q28": lambda g: _pct(g(H, "合計", "食品", 2024), g(H, "合計", "計", 2024)),
}
# ================================================================ checks
GOLD_KEYS = ["id", "doc", "table", "row", "column", "fiscal_year", "fiscal_year_range", "value",
             "number", "unit", "page"]
QUESTION_KEYS = {"id", "question", "category", "doc", "evidence", "answer", "notes"}
PAGE_COUNTS = {JITSUEN_PDF: (3, 3), BOOTH_PDF: (3, 3), STUDIO_PDF: (3, 3)}
MAX_FILE_BYTES = 100_000
EVIDENCE_LEN = (4, 36)  # after norm
GOLD_CELLS = (200, 250)
TABLE_QUESTIONS = 19  # at least, outside the followups
BEFORE_BREAK_ROWS = ("展示台（幅90cm）", "展示台（幅180cm）")  # rows of (d) expected before the page break
CONTINUED_ROWS = ("冷蔵ショーケース", "大型モニター（55型）", "タブレット端末", "電源タップ・延長コード")  # and after it
DASH_CELLS = {A: 1, B: 2, D: 7, G: 2}  # 「－」 cells per table (no gold cells)


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
        errors.append("questions.jsonl differs from QUESTIONS in make_heldout78.py")
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
                bare = re.sub(r"(%|千円|万円|円|件|人)$", "", nfkc(a))
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
    if sum(q["notes"].startswith("which row") for q in questions) < 1:
        errors.append("no which-row question")
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
    errors += check_against_expected(gold, all_gold(defaultdict(lambda: any_page)), "make_heldout78.py")
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
        if g["number"] is None or g["value"] == DASH:
            errors.append(f"{g['id']}: every gold cell of this set is numeric (「－」 and marks are no gold cells)")
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
            # each printed row, cell after cell (the 「－」 and mark cells included), on its page
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
        rows = rows if rows is not None else [r for r in tab if r != total]
        for col in cols:
            if tab[total][col] != sum(tab[r][col] for r in rows):
                errors.append(f"{table}: {total} of {col} does not add up")

    # (a): the small-firm rate is at least the other; caps within the firm caps of 第４条２ (万円 -> 千円)
    for row, r in t[A].items():
        if r["補助率（％）／小規模企業者"] < r["補助率（％）／中小企業者"]:
            errors.append(f"{A} / {row}: 小規模企業者 below 中小企業者")
        if r["上限額（千円）／単独実演"] > FIRM_CAP["単独実演"] * 10 \
                or r.get("上限額（千円）／見本市併催実演", 0) > FIRM_CAP["見本市併催実演"] * 10:
            errors.append(f"{A} / {row}: a cap above the firm cap of 第４条２")
        if r.get("上限額（千円）／見本市併催実演", 0) > r["上限額（千円）／単独実演"]:
            errors.append(f"{A} / {row}: 見本市併催実演 cap above 単独実演")
    # (b): growing applications; grants within applications; small firms within grants; amounts within the caps
    b = t[B]
    ns = [r["申請件数（件）"] for r in b.values()]
    if ns != sorted(set(ns)):
        errors.append(f"{B}: 申請件数 should grow every year")
    for row, r in b.items():
        if not r.get("うち小規模企業者（件）", 0) <= r["交付件数（件）"] <= r["申請件数（件）"] \
                or r["交付額（千円）"] > r["交付件数（件）"] * FIRM_CAP["単独実演"] * 10 \
                or r["実演回数（回）"] < r["交付件数（件）"]:
            errors.append(f"{B} / {row}: grants, amounts or demonstrations out of range")
        if (fiscal_year(row) >= SMALL_FROM) != ("うち小規模企業者（件）" in r):
            errors.append(f"{B} / {row}: 「－」 should mark exactly the years before 令和４年度")
    # (c): 達成率 = 実績 / 目標; the marks follow note ※５; 実演 equals (b)'s 令和６年度
    for name, target, actual in KPI:
        r = t[C][name]
        if Decimal(str(r["達成率（％）"])) != pct1(r["実績"], r["目標"]):
            errors.append(f"{C} / {name}: 達成率 is not 実績 / 目標")
    if t[C]["調理実演の回数（回）"]["実績"] != b[era(2024)]["実演回数（回）"]:
        errors.append(f"{C}: 調理実演の回数 differs from {B}")
    marks = [mark(pct1(a, tg)) for _n, tg, a in KPI]
    if sorted(set(marks)) != sorted({"◎", "○", "△"}):
        errors.append(f"{C}: every mark ◎ ○ △ should occur")
    # (d): the other users pay twice the small firms' fee
    for row, r in t[D].items():
        if r["その他の事業者（円）"] != 2 * r["県内中小企業（円）"]:
            errors.append(f"{D} / {row}: その他の事業者 is not twice 県内中小企業")
    # (e): 増減 is the difference; 合計 adds up
    adds_up(E, [era(y) for y in LEND_YEARS] + ["増減"])
    for row, r in t[E].items():
        if r["増減"] != r[era(LEND_YEARS[1])] - r[era(LEND_YEARS[0])]:
            errors.append(f"{E} / {row}: 増減 is not the difference")
    if not any(r["増減"] < 0 for r in t[E].values()) or not any(r["増減"] == 0 for r in t[E].values()):
        errors.append(f"{E}: expected decreases (▲) and a zero")
    # (f): per cents of the respondents
    for name, *ks in SURVEY:
        if sum(ks) != SURVEY_N:
            errors.append(f"{F} / {name}: the counts do not add up to {SURVEY_N}")
        for col, k in zip(SURVEY_COLS, ks):
            if Decimal(str(t[F][name][col])) != pct1(k, SURVEY_N):
                errors.append(f"{F} / {name} / {col}: per cent differs from the count")
    # (g): 1.25 times on weekends, twice for the other users
    for row, r in t[G].items():
        if r["平日（円）／その他の事業者"] != 2 * r["平日（円）／県内中小企業"]:
            errors.append(f"{G} / {row}: その他の事業者 is not twice 県内中小企業")
        for leaf in ("県内中小企業", "その他の事業者"):
            we = r.get(f"土曜日・日曜日・祝日（円）／{leaf}")
            if we is not None and Decimal(we) != Decimal(r[f"平日（円）／{leaf}"]) * WEEKEND:
                errors.append(f"{G} / {row}: the weekend fee is not 1.25 times")
    # (h): 合計 and 計 add up
    adds_up(H, list(FIELDS) + ["計"])
    for row, r in t[H].items():
        if r["計"] != sum(r[f] for f in FIELDS):
            errors.append(f"{H} / {row}: 計 is not the row's sum")
    # (i): the fees grow towards the day; the photographer's never below the studio's
    rows = list(t[I].values())
    for col in ("スタジオ（％）", "カメラマンの同行（％）"):
        if [r[col] for r in rows] != sorted(r[col] for r in rows):
            errors.append(f"{I}: {col} should grow towards the day")
    if any(r["カメラマンの同行（％）"] < r["スタジオ（％）"] for r in rows):
        errors.append(f"{I}: the photographer's fee below the studio's")
    return errors


def check_layouts(gold, pages) -> list[str]:
    errors = []
    specs = {s.key: s for s in all_specs()}
    items = specs["items"]
    bp = sorted({g["page"] for g in gold if g["table"] == D})
    if len(bp) != 2:
        errors.append(f"{D} is on pages {bp}, expected a page break inside it")
    else:
        header = norm("".join(items.header[0]))
        on = [i + 1 for i, p in enumerate(pages[BOOTH_PDF]) if header in norm(p)]
        if items.repeat_header or on != bp[:1]:
            errors.append(f"{D}: header printed on pages {on}, expected only on {bp[:1]}")
        first = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[0]}
        cont = {g["row"] for g in gold if g["table"] == D and g["page"] == bp[1]}
        if not 2 <= len(first) <= 7:
            errors.append(f"{D}: {len(first)} rows before the page break, expected 2-7")
        if not all(r in first for r in BEFORE_BREAK_ROWS) or not all(r in cont for r in CONTINUED_ROWS):
            errors.append(f"{D}: rows on the wrong side of the page break ({sorted(first)} / {sorted(cont)})")
        if norm("保証金が要らないことを示します") not in norm(pages[BOOTH_PDF][bp[1] - 1]):
            errors.append(f"{D}: note ※２ should follow the table on the continuation page")
    for key, spec in specs.items():
        if key == "items":
            continue
        tp = {g["page"] for g in gold if g["table"] == spec.title}
        if len(tp) != 1:
            errors.append(f"{spec.title} is on pages {sorted(tp)}, expected one page")
    if specs["survey"].ruled or not all(s.ruled for k, s in specs.items() if k != "survey"):
        errors.append(f"only {F} must be drawn without ruling lines")
    # (a) and (g): two header rows, three spans, group／leaf columns
    for key, title, want, units in (
            ("rates", A, ["補助率（％）／中小企業者", "補助率（％）／小規模企業者", "上限額（千円）／単独実演",
                          "上限額（千円）／見本市併催実演"], {"%", "千円"}),
            ("fees", G, ["平日（円）／県内中小企業", "平日（円）／その他の事業者",
                         "土曜日・日曜日・祝日（円）／県内中小企業", "土曜日・日曜日・祝日（円）／その他の事業者"], {"円"})):
        cols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == title))
        if len(specs[key].header) != 2 or len(specs[key].spans) != 3 or cols != want:
            errors.append(f"{title}: expected a two-row header with columns {want}, got {cols}")
        if {g["unit"] for g in gold if g["table"] == title} != units:
            errors.append(f"{title}: units should come from the header groups")
    # 「－」 cells: printed, no gold cell
    for title, n in DASH_CELLS.items():
        spec = next(s for s in specs.values() if s.title == title)
        printed = sum(c == DASH for r in spec.rows for c in r)
        cells = sum(g["table"] == title for g in gold)
        if printed != n or cells != len(spec.rows) * len(spec.value_cols) - n - len(spec.rows) * len(spec.skip_cols):
            errors.append(f"{title}: expected {n} 「－」 cells and no gold cell for them")
    if any(DASH in c for s in specs.values() if s.title not in DASH_CELLS for r in s.rows for c in r):
        errors.append(f"「－」 cells only in {sorted(DASH_CELLS)}")
    # (b): years as rows; header cells printed over two lines
    if [g["fiscal_year"] for g in gold if g["table"] == B and g["column"] == "申請件数（件）"] != [y for y, *_x in RECORD]:
        errors.append(f"{B}: expected years as rows")
    for key in ("record", "items"):
        if sum("\n" in h for h in specs[key].header[0]) < 3:
            errors.append(f"{specs[key].title}: expected header cells printed over two lines")
    # (c): 目標 / 実績 / 達成率 and a mark column that is no gold cell
    cg = [g for g in gold if g["table"] == C]
    if list(dict.fromkeys(g["column"] for g in cg)) != ["目標", "実績", "達成率（％）"] \
            or specs["kpi"].skip_cols != (4,) or specs["kpi"].header[0][4] != "評価" \
            or {g["unit"] for g in cg if g["column"] == "達成率（％）"} != {"%"} \
            or len({g["unit"] for g in cg if g["column"] == "実績"}) < 4:
        errors.append(f"{C}: expected 目標 / 実績 / 達成率 with units from the row labels and a mark column")
    # (e): the years as columns and a 増減 column printing decreases with ▲
    eg = [g for g in gold if g["table"] == E]
    if list(dict.fromkeys(g["column"] for g in eg)) != [era(y) for y in LEND_YEARS] + ["増減"] \
            or any((g["number"] < 0) != g["value"].startswith(MINUS) for g in eg):
        errors.append(f"{E}: expected the years as columns and a 増減 column with ▲ for decreases")
    # (h): a total column 計 on the right and a 合計 row
    hcols = list(dict.fromkeys(g["column"] for g in gold if g["table"] == H))
    if hcols[-1] != "計" or [g["row"] for g in gold if g["table"] == H][-1] != "合計":
        errors.append(f"{H}: expected a total column on the right and a 合計 row")
    if any(g["fiscal_year_range"] is not None for g in gold):
        errors.append("no cell of this set covers several fiscal years")
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
        got = re.findall(r"099-82\d-\d{4}", text)
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
        # a line that is only 「○」 is a mark cell of (c), no bullet
        got = sum(x.startswith("○") and x != "○" and not any(t in x for t in titles) for x in raw)
        if got != items:
            errors.append(f"{what}: expected {items} bulleted items, got {got}")

    def qa_lines(doc, n, what):
        raw = "\n".join(pages[doc]).splitlines()
        if sum(bool(re.match(r"\s*Ｑ[１-９]", x)) for x in raw) != n or sum(bool(re.match(r"\s*Ａ\s", x)) for x in raw) != n:
            errors.append(f"{what}: expected {n} Ｑ lines and {n} Ａ lines")

    # ---- the grant guideline
    jt = norm("\n".join(pages[JITSUEN_PDF]))
    siblings(jt, JITSUEN_PDF, ("実演の場所：", "実演の内容：", "補助金の額："), [c[0] for c in JITSUEN_CASES])
    if norm(f"延べ{sum(r[2] for r in RECORD)}件、{sum(r[5] for r in RECORD):,}千円") not in jt:
        errors.append("guideline: the totals in the prose differ from (b)")
    last = RECORD[-1]
    if norm(f"令和６年度は{last[1]}件の申請があり、{last[2]}件に交付した（うち小規模企業者{fw(last[3])}件）") not in jt:
        errors.append("guideline: the 令和６年度 figures in the prose differ from (b)")
    rates = {r[0]: r for r in RATES}
    for head, where, _what, amount, kind, items in JITSUEN_CASES:
        col = 3 if kind == "単独実演" else 4
        if kind not in where or any(rates[x][col] is None for x in items) \
                or int(amount.rstrip("万円")) * 10 > min(FIRM_CAP[kind] * 10, sum(rates[x][col] for x in items)):
            errors.append(f"guideline: case {head} exceeds its caps or uses a cost not covered")
    if re.findall(r"20\d\d年", jt) != ["2020年"]:
        errors.append("guideline: only 2020年 should be printed in Western form")
    defs(jt, ("調理実演", "単独実演", "見本市併催実演", "県産食材", "小規模企業者"), "guideline")
    for x in EXCLUDED:
        if norm(x) not in jt:
            errors.append(f"guideline: the cost not covered {x} is missing")
    bullets_in(JITSUEN_PDF, len(EXCLUDED), "guideline")
    for n in range(1, 7):
        if norm(f"第{fw(n)}条") not in jt:
            errors.append(f"guideline: 第{fw(n)}条 is missing")
    qa_lines(JITSUEN_PDF, 0, "guideline")
    steps_of(JITSUEN_PDF, "①②③④⑤⑥⑦", "guideline")
    contacts(JITSUEN_PDF, ["099-821-4410", "099-821-4419", "099-821-4500"], ["masaki-shoku@example.jp"], "guideline")

    # ---- the booth-equipment guide
    bt = norm("\n".join(pages[BOOTH_PDF]))
    siblings(bt, BOOTH_PDF, ("受渡しの方法：", "貸出期間の上限：", "送料："), [p[0] for p in PLANS])
    ta, tb = sum(r[1] for r in LENDINGS), sum(r[2] for r in LENDINGS)
    if norm(f"令和６年度の貸出件数は{tb}件で、前年度から{tb - ta}件増えました") not in bt:
        errors.append("booth guide: the lendings in the prose differ from (e)")
    top = max(LENDINGS, key=lambda r: r[2])[0]
    ups = sorted((r for r in LENDINGS if r[0] != "国内の国際見本市"), key=lambda r: -(r[2] - r[1]))
    downs = {r[0] for r in LENDINGS if r[2] < r[1]}
    if top != "国内の国際見本市" or {ups[0][0], ups[1][0]} != {"タイ", "台湾"} or ups[1][2] - ups[1][1] == ups[2][2] - ups[2][1] \
            or downs != {"中国", "米国"}:
        errors.append("booth guide: 「国内…最も多く」「タイと台湾が大きく増えた」「中国と米国は減りました」 do not hold")
    if BOOTH_USERS > tb:
        errors.append("booth guide: more users than lendings")
    over60 = {n for n, *ks in SURVEY if pct1(ks[0], SURVEY_N) > 60}
    if over60 != {"職員の対応", "備品の状態"}:
        errors.append("booth guide: 「満足」が６割を超えた items differ from (f)")
    if re.findall(r"20\d\d年", bt):
        errors.append("booth guide: no Western year should be printed")
    defs(bt, ("国際見本市", "貸出期間", "県内中小企業"), "booth guide")
    bullets_in(BOOTH_PDF, 4, "booth guide")
    qa_lines(BOOTH_PDF, 3, "booth guide")
    steps_of(BOOTH_PDF, "①②③④⑤⑥", "booth guide")
    contacts(BOOTH_PDF, ["099-824-2630", "099-824-2639", "099-824-2700"], ["masaki-booth@example.jp"], "booth guide")

    # ---- the studio guide
    st = norm("\n".join(pages[STUDIO_PDF]))
    siblings(st, STUDIO_PDF, ("広さ：", "主な設備：", "向いている撮影："), [s[0] for s in STUDIOS])
    total = sum(sum(r[1:]) for r in BOOKINGS)
    if norm(f"令和６年度の利用件数は{total}件で、利用した事業者は{STUDIO_USERS}事業者") not in st:
        errors.append("studio guide: the bookings in the prose differ from (h)")
    by_studio = max(BOOKINGS, key=lambda r: sum(r[1:]))[0]
    by_field = max(range(len(FIELDS)), key=lambda j: sum(r[j + 1] for r in BOOKINGS))
    if by_studio != "Ｂスタジオ" or FIELDS[by_field] != "食品":
        errors.append("studio guide: 「Ｂスタジオ」「食品の撮影が最も多く」 do not hold")
    if [s[0][:5] for s in STUDIOS] != [f[0][:5] for f in FEES[0:6:2]]:
        errors.append("studio guide: the sibling sections should be the studios of (g)")
    if re.findall(r"20\d\d年", st) != ["2023年"]:
        errors.append("studio guide: only 2023年 (the opening) should be printed in Western form")
    defs(st, ("輸出商品", "１コマ", "カット"), "studio guide")
    bullets_in(STUDIO_PDF, 4, "studio guide")
    qa_lines(STUDIO_PDF, 0, "studio guide")
    steps_of(STUDIO_PDF, "①②③④⑤⑥", "studio guide")
    contacts(STUDIO_PDF, ["099-826-3150", "099-826-3159", "099-826-3200"], ["masaki-studio@example.jp"], "studio guide")
    # every phone number of the set is fictional (099-82x-xxxx), every mail address under example.jp
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
